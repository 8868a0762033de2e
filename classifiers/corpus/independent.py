# ruff: noqa: E501, RUF001
"""Independent evaluation set: 300 prompts written blind to the training corpus (from the label
definitions only), never trained on; `python -m classifiers.evaluate --independent` scores it."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example, chat

Item = tuple[str, str, str | None, tuple[str, ...]]  # (label, lang, system prompt or None, turns)

ITEMS: list[Item] = [
    # ---------------------------------------------------------------- crud
    ("crud", "en", None, ("drizzle soft delete filter",)),
    (
        "crud",
        "en",
        None,
        (
            """why does this return an empty array even though the table has rows?

```ts
app.get('/api/customers', async (req, res) => {
  const { city } = req.query;
  const rows = await db.select().from(customers).where(eq(customers.city, city as string));
  res.json(rows);
});
```

GET /api/customers?city=Leeds gives [] but `select * from customers where city = 'Leeds'` in psql returns 14 rows""",
        ),
    ),
    (
        "crud",
        "en",
        None,
        (
            "what's the difference between a unique constraint and a unique index in postgres? does it matter",
        ),
    ),
    (
        "crud",
        "en",
        "You are Cody, an AI pair programmer running inside VS Code. Keep answers short and show code.",
        (
            """write pytest tests for this, include the edge cases

def slugify(title: str) -> str:
    title = title.strip().lower()
    title = re.sub(r'[^a-z0-9]+', '-', title)
    return title.strip('-')[:80]""",
        ),
    ),
    (
        "crud",
        "en",
        None,
        (
            "I have a Rails model Invoice, belongs_to :client, has amount_cents and due_on",
            "Got it. Something like:\n\n```ruby\nclass Invoice < ApplicationRecord\n  belongs_to :client\nend\n```\nWhat do you want to add?",
            "a scope for overdue ones (due_on in the past and not paid_at) and validate amount is positive",
        ),
    ),
    (
        "crud",
        "en",
        None,
        (
            "Generate a CSV export endpoint in FastAPI for the bookings table (id, guest_name, check_in, check_out, room_no). Stream it, the table is big so don't load everything into memory.",
        ),
    ),
    # es
    ("crud", "es", None, ("como hago un upsert en mongoose??",)),
    (
        "crud",
        "es",
        None,
        (
            "Tengo un formulario en React con react-hook-form y zod y el campo fecha_nacimiento siempre me llega como string al backend. ¿Cómo lo paso a Date en el schema sin romper la validación?",
        ),
    ),
    (
        "crud",
        "es",
        None,
        (
            "hazme la migración de Laravel para una tabla de citas (paciente_id, medico_id, fecha, estado)",
            "Claro:\n\n```php\nSchema::create('citas', function (Blueprint $table) {\n    $table->id();\n    $table->foreignId('paciente_id')->constrained();\n    $table->foreignId('medico_id')->constrained();\n    $table->dateTime('fecha');\n    $table->string('estado');\n    $table->timestamps();\n});\n```",
            "agrégale un índice compuesto medico_id + fecha y que estado sea enum (pendiente, confirmada, cancelada)",
        ),
    ),
    (
        "crud",
        "es",
        "Eres el asistente de programación de Logística Albatros. Respondes en español y con ejemplos de SQL para PostgreSQL.",
        (
            "Necesito una consulta que me saque los envíos entregados con retraso el mes pasado, agrupados por transportista, con el retraso medio en horas",
        ),
    ),
    (
        "crud",
        "es",
        None,
        (
            """me sale esto al guardar un movimiento desde el admin de Django:

django.db.utils.IntegrityError: null value in column "creado_por_id" of relation "inventario_movimiento" violates not-null constraint
DETAIL:  Failing row contains (311, 2026-03-02 09:14:55+00, 12, entrada, null).

en el modelo tengo creado_por = models.ForeignKey(User, on_delete=models.PROTECT). ¿cómo hago que se rellene solo con el usuario logueado?""",
        ),
    ),
    ("crud", "es", None, ("diferencia entre PUT y PATCH, en dos líneas",)),
    # de
    (
        "crud",
        "de",
        None,
        (
            "Spring Boot/JPA: wie mappe ich eine @OneToMany-Beziehung so, dass beim Löschen eines Kunden auch seine Adressen mitgelöscht werden? orphanRemoval oder cascade?",
        ),
    ),
    (
        "crud",
        "de",
        None,
        (
            "Schreib mir ein kleines Python-Skript, das alle .csv-Dateien in einem Ordner einliest und in eine Excel-Datei packt, jede Datei ein eigenes Tabellenblatt",
        ),
    ),
    (
        "crud",
        "de",
        "Du bist ein Coding-Agent im Repository der Stadtwerke Talbach. Halte dich an die bestehenden Konventionen und ändere nur die nötigen Dateien.",
        (
            "Füge im Formular für Zählerstände eine Validierung hinzu: der neue Wert darf nicht kleiner als der zuletzt erfasste sein. Datei: src/forms/ZaehlerstandForm.vue, der letzte Wert kommt aus useLetzterStand()",
        ),
    ),
    ("crud", "de", None, ("Was ist das N+1-Problem bei ORMs?",)),
    (
        "crud",
        "de",
        None,
        (
            "Kannst du mir eine Entity für Mitarbeiter in EF Core schreiben? Felder: Id, Vorname, Nachname, Eintrittsdatum, AbteilungId",
            'public class Mitarbeiter\n{\n    public int Id { get; set; }\n    public string Vorname { get; set; } = "";\n    public string Nachname { get; set; } = "";\n    public DateOnly Eintrittsdatum { get; set; }\n    public int AbteilungId { get; set; }\n    public Abteilung? Abteilung { get; set; }\n}',
            "jetzt noch DbContext und ne Migration dazu",
        ),
    ),
    (
        "crud",
        "de",
        None,
        (
            """warum geht mir nach ein paar Stunden der Connection-Pool aus?

func offeneAuftraege(db *sql.DB) ([]Auftrag, error) {
	rows, err := db.Query("SELECT id, kunde, status FROM auftraege WHERE status = 'offen'")
	if err != nil {
		return nil, err
	}
	var res []Auftrag
	for rows.Next() {
		var a Auftrag
		if err := rows.Scan(&a.ID, &a.Kunde, &a.Status); err != nil {
			return nil, err
		}
		res = append(res, a)
	}
	return res, nil
}""",
        ),
    ),
    # zh
    ("crud", "zh", None, ("用 Gin 写一个图书管理的增删改查接口，要带分页和按书名模糊搜索",)),
    (
        "crud",
        "zh",
        None,
        ("MySQL 里 LEFT JOIN 的条件写在 ON 里和写在 WHERE 里，结果为什么不一样？",),
    ),
    (
        "crud",
        "zh",
        None,
        (
            "帮我用 pandas 读这个 excel，把「金额」列按「部门」汇总",
            "df = pd.read_excel('报销.xlsx')\nresult = df.groupby('部门')['金额'].sum().reset_index()",
            "再按月份拆开，日期列叫「报销日期」，结果写到新的 sheet 里",
        ),
    ),
    (
        "crud",
        "zh",
        "你是集成在 IntelliJ IDEA 里的编程助手，回答简洁。",
        (
            """MyBatis 一直报 org.apache.ibatis.binding.BindingException: Invalid bound statement (not found): com.shop.mapper.OrderMapper.selectByUserId
xml 里 namespace 写的是 com.shop.mapper.OrderMapper，id 也是 selectByUserId，application.yml 里 mapper-locations: classpath:mapper/*.xml
xml 放在 src/main/java/com/shop/mapper/ 下面，哪里不对？""",
        ),
    ),
    ("crud", "zh", None, ("给这个 Vue 表单的手机号字段加校验，11 位、1 开头，失焦的时候提示",)),
    ("crud", "zh", None, ("prisma 软删除怎么做",)),
    # ja
    (
        "crud",
        "ja",
        None,
        (
            "Laravelでユーザー一覧APIにキーワード検索を追加したい。名前とメールの部分一致で、ページネーションはそのまま残したい。",
        ),
    ),
    (
        "crud",
        "ja",
        None,
        (
            "SQLiteで日付の範囲検索がうまくいかない。created_atはTEXT型で '2026/03/01 10:00' みたいな形式で入ってる。BETWEENで取ると変な結果になる",
        ),
    ),
    (
        "crud",
        "ja",
        "あなたは社内向けのコーディングアシスタントです。回答は日本語で、コードはそのまま貼れる形で。",
        (
            """このRSpec、たまに落ちるんだけどなんで？

it 'returns orders sorted by newest' do
  create(:order, title: 'a')
  create(:order, title: 'b')
  get '/api/orders'
  expect(json.map { _1['title'] }).to eq(%w[b a])
end

コントローラは Order.order(created_at: :desc) で返してる""",
        ),
    ),
    (
        "crud",
        "ja",
        None,
        (
            "Djangoで商品モデル作って。名前、価格、在庫数、カテゴリ",
            "class Product(models.Model):\n    name = models.CharField(max_length=200)\n    price = models.DecimalField(max_digits=10, decimal_places=0)\n    stock = models.IntegerField(default=0)\n    category = models.ForeignKey('Category', on_delete=models.PROTECT)",
            "在庫数がマイナスにならないようにDB側で制約つけて",
        ),
    ),
    ("crud", "ja", None, ("楽観ロックって何？",)),
    (
        "crud",
        "ja",
        None,
        (
            "Flutterの入力フォームでメールアドレスと郵便番号（ハイフンありの7桁）のバリデーションを書きたい",
        ),
    ),
    # fr
    (
        "crud",
        "fr",
        None,
        ("requête sql pour trouver les doublons sur l'email dans la table clients",),
    ),
    (
        "crud",
        "fr",
        None,
        (
            "Comment faire une relation many-to-many avec une table pivot qui a des colonnes en plus (quantité, date_ajout) dans Symfony avec Doctrine ?",
        ),
    ),
    (
        "crud",
        "fr",
        None,
        (
            "tu as une idée de dessert rapide avec des pommes ?",
            "Une crumble aux pommes : 4 pommes, 100 g de farine, 75 g de beurre, 75 g de sucre, 30 min au four à 180 °C.",
            """merci ! autre chose : écris-moi un test Jest pour cette fonction

export function prixTTC(prixHT, taux = 0.2) {
  if (prixHT < 0) throw new Error('prix négatif');
  return Math.round(prixHT * (1 + taux) * 100) / 100;
}""",
        ),
    ),
    (
        "crud",
        "fr",
        "Tu es l'assistant de développement de l'équipe produit des Boulangeries Mercier. Stack : NestJS, TypeORM, PostgreSQL.",
        (
            "Ajoute un endpoint POST /commandes qui valide le body avec class-validator (client_id, lignes[] avec produit_id et quantité > 0, date_retrait dans le futur)",
        ),
    ),
    (
        "crud",
        "fr",
        None,
        (
            """j'ai ça quand j'accède à commande.client après avoir fermé la session, pourquoi ?

Traceback (most recent call last):
  File "app/services/factures.py", line 42, in generer_facture
    nom = commande.client.nom
  File ".../sqlalchemy/orm/attributes.py", line 566, in __get__
    return self.impl.get(state, dict_)
sqlalchemy.orm.exc.DetachedInstanceError: Parent instance <Commande at 0x7f3a> is not bound to a Session; lazy load operation of attribute 'client' cannot proceed""",
        ),
    ),
    (
        "crud",
        "fr",
        None,
        ("c'est quoi un ORM concrètement, ça sert à quoi par rapport à écrire du SQL ?",),
    ),
    # pt
    (
        "crud",
        "pt",
        None,
        ("como faço um CRUD de produtos no Next.js 15 com server actions e Prisma?",),
    ),
    (
        "crud",
        "pt",
        None,
        (
            """essa query tá lenta demais (uns 8s):

SELECT p.id, p.total, c.nome
FROM pedidos p
JOIN clientes c ON c.id = p.cliente_id
WHERE date(p.criado_em) = '2026-02-10'
ORDER BY p.total DESC;

já tem índice em criado_em. o que tô fazendo de errado?""",
        ),
    ),
    (
        "crud",
        "pt",
        None,
        (
            "cria um script bash que faz backup do postgres todo dia às 2h",
            "#!/bin/bash\npg_dump -U postgres minha_base | gzip > /backups/minha_base_$(date +%F).sql.gz\n\nE no crontab: 0 2 * * * /opt/scripts/backup.sh",
            "e que apague os arquivos com mais de 7 dias",
        ),
    ),
    (
        "crud",
        "pt",
        "Você é um agente de código trabalhando no repositório da Clínica Vida Plena. Use TypeScript estrito e siga o padrão das pastas existentes.",
        (
            "adiciona um campo opcional 'convenio' no cadastro de pacientes: model, migration, DTO e o formulário",
        ),
    ),
    ("crud", "pt", None, ("diferença entre UNION e UNION ALL",)),
    (
        "crud",
        "pt",
        None,
        ("dao do room em kotlin pra listar tarefas de um dia específico ordenadas por hora",),
    ),
    # it
    (
        "crud",
        "it",
        None,
        (
            "Come valido il formato del codice fiscale in un form Angular reattivo? Mi basta il formato, non il carattere di controllo.",
        ),
    ),
    (
        "crud",
        "it",
        None,
        (
            "query postgres per contare gli ordini per cliente negli ultimi 30 giorni, anche quelli con zero ordini",
        ),
    ),
    (
        "crud",
        "it",
        "Sei un assistente di programmazione integrato nell'editor. Rispondi in italiano.",
        (
            """perché l'update non salva niente? non dà errori

$stmt = $pdo->prepare('UPDATE articoli SET prezzo = :prezzo WHERE id = :id');
$stmt->execute(['prezzo' => $_POST['prezzo'], 'id' => $_POST['id ']]);
echo 'ok';""",
        ),
    ),
    (
        "crud",
        "it",
        None,
        (
            "ho una tabella prenotazioni su Supabase, mi scrivi un hook React per caricarle?",
            "export function usePrenotazioni() {\n  return useQuery({\n    queryKey: ['prenotazioni'],\n    queryFn: async () => (await supabase.from('prenotazioni').select('*')).data,\n  });\n}",
            "aggiungi anche la cancellazione con conferma",
        ),
    ),
    (
        "crud",
        "it",
        None,
        ("Cos'è una migration e perché non dovrei modificare quelle già applicate?",),
    ),
    (
        "crud",
        "it",
        None,
        (
            "unit test con JUnit 5 e Mockito per il service che calcola lo sconto fedeltà (10% sopra i 500 punti, 5% sopra i 200)",
        ),
    ),
    # ko
    (
        "crud",
        "ko",
        None,
        ("JPA에서 findAll 했더니 쿼리가 엄청 많이 나가요. N+1 같은데 어떻게 잡나요?",),
    ),
    (
        "crud",
        "ko",
        None,
        ("게시판 글쓰기 API 만들어줘. express + mysql2, 제목/내용/작성자 받아서 저장",),
    ),
    (
        "crud",
        "ko",
        None,
        (
            "엑셀 VBA로 A열 날짜 중에 오늘 이전인 행만 빨간색으로 칠하고 싶어",
            'Sub 지난날짜표시()\n    Dim c As Range\n    For Each c In Range("A2:A" & Cells(Rows.Count, 1).End(xlUp).Row)\n        If c.Value < Date Then c.EntireRow.Interior.Color = vbRed\n    Next c\nEnd Sub',
            "빨간색 말고 연한 회색으로, 그리고 빈 칸은 건너뛰게",
        ),
    ),
    (
        "crud",
        "ko",
        "당신은 사내 개발 지원 봇입니다. 백엔드는 FastAPI + SQLAlchemy 2.0 + Alembic을 사용합니다.",
        ("members 테이블에 phone 컬럼 하나 추가하는 alembic 마이그레이션 예시 보여줘. nullable로",),
    ),
    ("crud", "ko", None, ("트랜잭션 격리수준 READ COMMITTED랑 REPEATABLE READ 차이 간단히",)),
    ("crud", "ko", None, ("파이썬으로 json 파일 읽어서 sqlite 테이블에 넣는 스크립트 짜줘",)),
    # ru
    ("crud", "ru", None, ("напиши запрос, который выводит сотрудников без отдела",)),
    (
        "crud",
        "ru",
        None,
        (
            "Почему в Django форма не сохраняет ManyToMany поле? Делаю save(commit=False), потом obj.save(), а теги пустые",
        ),
    ),
    (
        "crud",
        "ru",
        "Ты — ассистент разработчика в компании «СеверТранс». Отвечай кратко, код на Kotlin.",
        (
            "сгенерируй data class DTO и маппер для сущности Маршрут (id, номер, начальнаяОстановка, конечнаяОстановка, активен)",
        ),
    ),
    (
        "crud",
        "ru",
        None,
        (
            "сделай модель Заказ в SQLAlchemy: id, клиент, сумма, статус, создан",
            "class Order(Base):\n    __tablename__ = 'orders'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    customer: Mapped[str]\n    amount: Mapped[Decimal]\n    status: Mapped[str] = mapped_column(default='new')\n    created_at: Mapped[datetime] = mapped_column(server_default=func.now())",
            "теперь эндпоинт на FastAPI, чтобы менять статус",
        ),
    ),
    (
        "crud",
        "ru",
        None,
        (
            """при повторной регистрации падает 500:

error: duplicate key value violates unique constraint "users_email_key"
DETAIL:  Key (email)=(test@example.com) already exists.

как сделать, чтобы вместо 500 возвращалось нормальное 409 с сообщением? express + pg""",
        ),
    ),
    ("crud", "ru", None, ("индексы в postgres: когда b-tree, а когда gin?",)),
    # ---------------------------------------------------------------- architecture
    ("architecture", "en", None, ("monolith to microservices, where do i even start cutting",)),
    (
        "architecture",
        "en",
        None,
        (
            "We run a Django monolith for a food delivery app, ~40k orders/day with big lunch peaks. Orders, payments, courier dispatch and notifications all live in one Postgres. Dispatch needs courier positions every few seconds and it's hammering the DB. Should we pull dispatch out into its own service? What would the boundaries and the data flow between orders and dispatch look like, and what do we do about the shared tables during the transition?",
        ),
    ),
    (
        "architecture",
        "en",
        None,
        ("outbox pattern vs CDC with Debezium — when would you pick which?",),
    ),
    (
        "architecture",
        "en",
        "You are an autonomous coding agent working in the repo `fleetops`. Before touching code, produce a plan and wait for approval.",
        (
            "Plan the refactor that moves all the billing logic out of the Express controllers into a separate billing module with its own interfaces and repository layer. It touches ~30 files across routes/, services/ and jobs/. No code yet, just the step-by-step plan, the order of PRs and how we keep main deployable the whole time.",
        ),
    ),
    (
        "architecture",
        "en",
        None,
        (
            "how should I cache product pages for a store with 200k SKUs?",
            "Typical setup: CDN in front with a TTL of a few minutes, an application cache (Redis) for product fragments, and cache keys per SKU + locale. Invalidate on product update events.",
            "and what happens when prices change every 5 minutes during a flash sale?",
        ),
    ),
    (
        "architecture",
        "en",
        None,
        (
            "capacity estimate pls: chat app, 5M DAU, ~40 messages per user per day, ~1KB each, retain 2 years. storage, write QPS at peak (assume 3x avg), and how many Cassandra nodes roughly",
        ),
    ),
    # es
    ("architecture", "es", None, ("¿Qué es CQRS y cuándo merece la pena?",)),
    (
        "architecture",
        "es",
        None,
        (
            "Estamos migrando de un servidor on-premise a AWS. Tenemos un ERP en .NET Framework 4.8, una base SQL Server de 2 TB y unos 30 jobs nocturnos que se pisan entre sí. ¿Lift and shift primero y luego modernizar, o rediseñar de entrada? Dame una estrategia por fases con riesgos.",
        ),
    ),
    (
        "architecture",
        "es",
        None,
        (
            "diseña el sistema de reservas para una cadena de gimnasios: clases con cupo limitado, app móvil y web",
            "Propuesta: servicio de Reservas (dueño de cupos y reservas), servicio de Clases (horarios, instructores), Notificaciones vía cola. Las apps llaman a un API gateway.",
            "¿y cómo evito la sobreventa si dos personas reservan el último cupo a la vez, una desde la app y otra desde la web?",
        ),
    ),
    (
        "architecture",
        "es",
        "Eres un arquitecto de software senior que revisa propuestas técnicas en Finanzas Orbe. Sé directo.",
        (
            """Revisa esta propuesta:

Propuesta RFC-112: Para reducir latencia, cada microservicio (cuentas, préstamos, scoring, notificaciones) podrá leer y escribir directamente en las tablas de los demás servicios usando un usuario de BD compartido. Se elimina la capa de APIs internas. Los cambios de esquema se coordinarán en la reunión semanal.""",
        ),
    ),
    (
        "architecture",
        "es",
        None,
        ("kafka o rabbitmq para los eventos entre pedidos e inventario? somos 5 devs",),
    ),
    (
        "architecture",
        "es",
        None,
        (
            "cómo versionar eventos en un sistema con event sourcing sin romper a los consumidores viejos",
        ),
    ),
    # de
    (
        "architecture",
        "de",
        None,
        (
            "Wie schneide ich Bounded Contexts für eine Versicherungsplattform mit Verträgen, Schadensfällen, Abrechnung und Kundenportal?",
        ),
    ),
    (
        "architecture",
        "de",
        None,
        ("Saga orchestriert oder choreografiert – was bleibt bei 6 Services wartbarer?",),
    ),
    (
        "architecture",
        "de",
        None,
        (
            "Kurz zu unserer Architektur: API-Gateway vor 12 Services, jeder mit eigener Postgres-DB, Kommunikation komplett synchron über REST. Der Checkout ruft nacheinander Warenkorb, Preis, Lager, Zahlung und Versand auf. Bei Lastspitzen (Black Friday) kaskadieren die Timeouts und am Ende steht alles. Retries haben es schlimmer gemacht. Was würdet ihr grundsätzlich ändern?",
        ),
    ),
    (
        "architecture",
        "de",
        "Du bist ein Architektur-Review-Assistent bei der Nordbahn Logistik GmbH. Nenne Risiken und Alternativen.",
        (
            "Bewerte folgenden Vorschlag: Wir wollen Redis als primäre Datenbank für den Sendungsstatus nutzen (ca. 2 Mio. aktive Sendungen), Persistenz über AOF, ein Primary + zwei Replicas. Reporting läuft nachts über einen Export.",
        ),
    ),
    (
        "architecture",
        "de",
        None,
        (
            "Wir haben eine Multi-Tenant-SaaS für Hausverwaltungen, aktuell ein Schema pro Mandant in Postgres, 900 Mandanten.",
            "Schema-per-Tenant funktioniert bei einigen hundert Mandanten gut: gute Isolation, einfache Backups pro Kunde. Engpässe sind meist Migrationen über alle Schemas und die Anzahl der Objekte im Katalog.",
            "und wenn wir auf 10.000 wachsen?",
        ),
    ),
    ("architecture", "de", None, ("was heißt eventual consistency konkret für den nutzer",)),
    # zh
    ("architecture", "zh", None, ("秒杀系统怎么设计？库存怎么扣才不会超卖",)),
    ("architecture", "zh", None, ("什么是服务网格？我们就 20 个服务，有必要上 Istio 吗",)),
    (
        "architecture",
        "zh",
        None,
        (
            "我们的订单服务调用库存服务现在是同步 HTTP",
            "同步调用的问题是库存服务一慢，下单链路就整体变慢；而且任一方失败都要处理补偿。可以考虑改成基于消息的异步扣减。",
            "那改成 MQ 之后，怎么保证订单和库存最终一致？消息丢了怎么办",
        ),
    ),
    (
        "architecture",
        "zh",
        "你是公司内部的技术方案评审助手，请按「问题 / 风险 / 建议」三部分输出。",
        (
            """方案：把现在的单体拆成用户、商品、订单、支付四个服务，先共用一个 MySQL 实例和同一套表，服务之间通过 Feign 同步调用；支付回调直接写订单表。上线后再慢慢拆库。
请评审。""",
        ),
    ),
    ("architecture", "zh", None, ("分库分表之后，跨库查询和分页一般怎么处理",)),
    ("architecture", "zh", None, ("读写分离带来的主从延迟，有哪些常见的解决思路",)),
    # ja
    (
        "architecture",
        "ja",
        None,
        (
            "モノリスのRailsアプリを段階的に分割したい。ストラングラーパターンの進め方を具体的に教えてほしい",
        ),
    ),
    ("architecture", "ja", None, ("イベントソーシングと普通のCRUD設計、どう使い分ける？",)),
    (
        "architecture",
        "ja",
        "あなたはSREチーム向けの設計相談ボットです。",
        (
            "月間1億PVのニュースサイトで、記事を更新したときのキャッシュ無効化をどう設計するのがいい？CDN、Redis、アプリ内キャッシュの3層ある",
        ),
    ),
    (
        "architecture",
        "ja",
        None,
        (
            "サービスをマルチリージョン構成（東京と大阪）にしたい",
            "アクティブ-スタンバイかアクティブ-アクティブかでだいぶ変わります。まずRPO/RTOの目標と、書き込みの比率を教えてください。",
            "アクティブ-アクティブで。書き込みはどっちのリージョンで受けるべき？競合はどう解決する？",
        ),
    ),
    (
        "architecture",
        "ja",
        None,
        (
            "ファイル変換サービスの設計レビューお願いします。アップロード→S3→Lambda起動→変換→完了通知、という流れ。変換は大きいファイルだと20分以上かかることがある。同時に数百件来ることもある。",
        ),
    ),
    ("architecture", "ja", None, ("APIゲートウェイとBFFの違いは？両方いる？",)),
    # fr
    (
        "architecture",
        "fr",
        None,
        (
            "On veut faire évoluer notre appli de gestion de mutuelles, un gros monolithe PHP, vers quelque chose de plus modulaire. Par où commencer ? Et est-ce qu'un monolithe modulaire ne suffirait pas plutôt que des microservices ?",
        ),
    ),
    (
        "architecture",
        "fr",
        None,
        ("idempotence des consommateurs de messages : quelles stratégies en pratique ?",),
    ),
    (
        "architecture",
        "fr",
        None,
        (
            "Salut, tu peux corriger ce mail ? « Bonjour a tous, la reunion de jeudi est decalée a 15h. »",
            "Bonjour à tous, la réunion de jeudi est décalée à 15 h.",
            "Parfait merci. Sinon question boulot : comment dimensionner un cluster Kafka pour 50k événements/s, messages de 2 Ko, rétention 7 jours, réplication 3 ?",
        ),
    ),
    (
        "architecture",
        "fr",
        "Tu es l'assistant technique de l'équipe plateforme de Transports Lemoine.",
        (
            "Propose un plan de découpage du module facturation en services : frontières, contrats d'API entre eux, et ordre de migration sans geler les livraisons.",
        ),
    ),
    ("architecture", "fr", None, ("c'est quoi les horloges vectorielles et à quoi ça sert ?",)),
    (
        "architecture",
        "fr",
        None,
        (
            "rate limiting distribué pour une API publique avec 8 instances derrière un load balancer : token bucket dans Redis ou autre chose ?",
        ),
    ),
    # pt
    ("architecture", "pt", None, ("Qual a diferença entre orquestração e coreografia em sagas?",)),
    (
        "architecture",
        "pt",
        None,
        (
            "Arquitetura pra um app de delivery de farmácia: pedidos, estoque por loja, entregadores e pagamento. Quero começar simples mas sem me encurralar depois. Como você dividiria?",
        ),
    ),
    (
        "architecture",
        "pt",
        "Você é um consultor de arquitetura da Pagatudo Fintech.",
        (
            "Precisamos processar 3 mil transações PIX por segundo no pico. Hoje é um monolito Java com Oracle e já estamos no limite. Como escalar sem reescrever tudo?",
        ),
    ),
    (
        "architecture",
        "pt",
        None,
        (
            "vale a pena usar GraphQL federation pra juntar 8 serviços num grafo só?",
            "Pode valer: um schema único para o front, cada time dono do seu subgraph. Mas exige governança de schema e um gateway/router.",
            "e a latência das chamadas em cascata entre subgraphs?",
        ),
    ),
    (
        "architecture",
        "pt",
        None,
        (
            "como migrar um banco grande de MySQL pra Postgres sem downtime? dual write ou replicação lógica?",
        ),
    ),
    ("architecture", "pt", None, ("cache aside vs write through",)),
    # it
    (
        "architecture",
        "it",
        None,
        (
            "Devo progettare il backend per le prenotazioni visite di una rete di poliambulatori (30 sedi, agende per medico, pagamenti online). Come divido i servizi?",
        ),
    ),
    (
        "architecture",
        "it",
        None,
        ("In pratica che differenza c'è tra un monolite modulare e i microservizi?",),
    ),
    (
        "architecture",
        "it",
        None,
        (
            "stiamo valutando di spostare tutto su Kubernetes, oggi sono 6 VM",
            "Ha senso se avete molti servizi e deploy frequenti. Conviene partire da un cluster gestito e migrare un servizio stateless alla volta.",
            "e i job batch notturni che oggi girano con cron sulle VM?",
        ),
    ),
    (
        "architecture",
        "it",
        "Sei un assistente per le design review del team backend di Ferramenta Rossi Online.",
        (
            "Flusso attuale: carrello in sessione, l'ordine viene scritto nel nostro DB e poi chiamiamo in modo sincrono il gestionale per scalare il magazzino. Se il gestionale è giù, l'ordine fallisce e il cliente vede errore. Che alternative abbiamo?",
        ),
    ),
    ("architecture", "it", None, ("backpressure tra servizi: come si gestisce?",)),
    (
        "architecture",
        "it",
        None,
        (
            "strategia di sharding per una tabella di eventi IoT da 2 miliardi di righe, query quasi sempre per dispositivo e intervallo di tempo",
        ),
    ),
    # ko
    ("architecture", "ko", None, ("MSA로 전환하면서 DB를 서비스별로 나누면 조인은 어떻게 해요?",)),
    (
        "architecture",
        "ko",
        None,
        ("하루 5천만 건 보내는 알림 시스템 설계 (푸시, 이메일, SMS). 재시도랑 중복 발송 방지까지",),
    ),
    (
        "architecture",
        "ko",
        "당신은 초기 스타트업 CTO를 돕는 기술 자문 AI입니다.",
        ("처음부터 마이크로서비스로 가야 할까요? 개발자는 4명이고 아직 PMF 전입니다.",),
    ),
    (
        "architecture",
        "ko",
        None,
        (
            "채팅 서비스 설계 중인데 웹소켓 서버를 여러 대로 늘리면 다른 서버에 붙은 사용자한테 메시지를 어떻게 전달하죠?",
            "보통 Redis Pub/Sub이나 Kafka 같은 브로커를 두고, 각 웹소켓 서버가 자기에게 연결된 사용자의 채널을 구독하는 방식을 씁니다.",
            "동시 접속 100만 명이면 그것도 버티나요?",
        ),
    ),
    ("architecture", "ko", None, ("이벤트 드리븐 아키텍처에서 이벤트 순서 보장은 어떻게 해?",)),
    ("architecture", "ko", None, ("서킷 브레이커 패턴이 뭐예요",)),
    # ru
    (
        "architecture",
        "ru",
        None,
        (
            "как спроектировать систему продажи билетов на концерты, чтобы одно место не продалось дважды при 100 тыс. одновременных пользователей",
        ),
    ),
    ("architecture", "ru", None, ("в чём разница между двухфазным коммитом и сагой",)),
    (
        "architecture",
        "ru",
        "Ты — технический архитектор в компании «Лента Доставки».",
        (
            "Составь план миграции с монолита на сервисы: какие границы выделить, в каком порядке выносить, как синхронизировать данные в переходный период.",
        ),
    ),
    (
        "architecture",
        "ru",
        None,
        (
            "У нас три сервиса пишут в одну общую базу",
            "Это распространённый антипаттерн: сервисы связаны через схему, любое изменение таблицы ломает соседей. Обычно каждому сервису выделяют свою базу и общаются через API или события.",
            "а как тогда строить отчёты, которым нужны данные из всех трёх?",
        ),
    ),
    (
        "architecture",
        "ru",
        None,
        (
            "Текущая схема: мобильное приложение → nginx → один инстанс Node.js → PostgreSQL (один сервер, 64 ГБ). Фоновые задачи крутятся в том же процессе через setInterval. Картинки храним в базе в bytea. Пользователей 300 тыс., к лету ждём в 5 раз больше. Где узкие места и что менять в первую очередь?",
        ),
    ),
    ("architecture", "ru", None, ("шардировать по user_id или по региону для соцсети?",)),
    # ---------------------------------------------------------------- webgl
    ("webgl", "en", None, ("three.js shadows look blocky",)),
    (
        "webgl",
        "en",
        None,
        (
            "My r3f scene drops to 20fps on an iPhone 13 as soon as I add ~3000 trees. Each tree is its own <mesh> with the same geometry and material. What's the right way to do this?",
        ),
    ),
    (
        "webgl",
        "en",
        None,
        (
            "I'm building a little planet viewer in the browser: a globe with a day texture and a night texture blended by the sun direction",
            "Nice. In the fragment shader compute `float d = dot(normal, sunDir);` and `mix(nightColor, dayColor, smoothstep(-0.1, 0.1, d))`.",
            "make the city lights glow a bit on the dark side, and add a thin blue atmosphere rim",
        ),
    ),
    (
        "webgl",
        "en",
        "You are an AI assistant built into the Babylon.js Playground. Answer with runnable snippets.",
        ("why is my glTF model completely black after import? it looks fine in the glTF viewer",),
    ),
    (
        "webgl",
        "en",
        None,
        (
            """getting this when compiling, it's a WebGL2 context:

ERROR: 0:14: 'texture2D' : no matching overloaded function found
ERROR: 0:14: '=' : dimension mismatch

#version 300 es
precision highp float;
in vec2 vUv;
uniform sampler2D uMap;
uniform float uTime;
out vec4 fragColor;
void main() {
  vec2 uv = vUv + vec2(sin(uTime + vUv.y * 10.0) * 0.01, 0.0);
  vec4 c = texture2D(uMap, uv);
  fragColor = c;
}

what's wrong?""",
        ),
    ),
    (
        "webgl",
        "en",
        None,
        (
            "the ocean in our browser game looks like blue plastic. how do I make it reflect the sky and get that sparkle where the sun hits it",
        ),
    ),
    # es
    (
        "webgl",
        "es",
        None,
        ("¿Qué es el clip space y en qué se diferencia de las coordenadas de pantalla?",),
    ),
    (
        "webgl",
        "es",
        None,
        (
            "quiero que las hojas de los árboles de mi escena 3D se muevan con el viento, sin animar cada hoja a mano",
        ),
    ),
    (
        "webgl",
        "es",
        None,
        (
            "hice un visor de pisos en 3D para una inmobiliaria con three.js",
            "¡Genial! ¿Qué necesitas mejorar: navegación, carga del modelo o aspecto visual?",
            "la luz del sol que entra por las ventanas se ve muy plana, como si no entrara nada. ¿cómo hago que se vea más real?",
        ),
    ),
    (
        "webgl",
        "es",
        "Eres un asistente de desarrollo para el estudio de videojuegos Pixel Cóndor. Usamos WebGPU.",
        (
            "escríbeme un shader de disolución en WGSL con un borde brillante naranja que avance según un uniform de progreso",
        ),
    ),
    (
        "webgl",
        "es",
        None,
        ("PlayCanvas: ¿cómo cargo texturas KTX2/Basis y cuánta memoria de GPU ahorro de verdad?",),
    ),
    (
        "webgl",
        "es",
        None,
        (
            "la escena se ve lavada, sin contraste, todo medio gris. ya puse ACESFilmic pero sigue igual",
        ),
    ),
    # de
    ("webgl", "de", None, ("Was ist ein G-Buffer?",)),
    (
        "webgl",
        "de",
        None,
        (
            "In unserem 3D-Sofakonfigurator wirken die Stoffe wie Plastik. Wie bekomme ich so einen samtigen Stoffglanz hin?",
        ),
    ),
    (
        "webgl",
        "de",
        "Du bist ein Coding-Assistent im Projekt 'Windpark-Visualisierung' (three.js, TypeScript, Vite).",
        (
            "Die Rotorblätter sollen sich je nach Windgeschwindigkeit aus der API drehen. Wie mache ich das im Render-Loop framerate-unabhängig?",
        ),
    ),
    (
        "webgl",
        "de",
        None,
        (
            "Wie mache ich Nebel, der mit der Entfernung dichter wird?",
            "scene.fog = new THREE.FogExp2(0xcfd8e0, 0.02); – das Material muss fog: true haben (Standard bei den eingebauten Materialien).",
            "und dass er unten am Boden dicker ist als oben?",
        ),
    ),
    (
        "webgl",
        "de",
        None,
        ("Warum sehen meine Normalen facettiert aus, obwohl das Modell in Blender glatt ist?",),
    ),
    (
        "webgl",
        "de",
        None,
        (
            "WebGPU Compute Shader für 1 Mio. Partikel, bitte ein Grundgerüst mit Storage Buffer und Render Pass",
        ),
    ),
    # zh
    ("webgl", "zh", None, ("three.js 怎么做选中物体的描边效果",)),
    (
        "webgl",
        "zh",
        None,
        ("想在城市三维模型上做一个雷达扫描的效果，从中心一圈一圈往外扩散，扫到的楼会亮一下",),
    ),
    (
        "webgl",
        "zh",
        "你是数字孪生平台的前端开发助手，技术栈是 Cesium + three.js。",
        ("工厂模型加载后特别卡，整个模型大概 200 万个三角面，800 多个 mesh，怎么优化",),
    ),
    (
        "webgl",
        "zh",
        None,
        (
            "用粒子做烟花效果",
            "可以用 THREE.Points + BufferGeometry，每个粒子存初速度，在顶点着色器里按时间算位置。",
            "爆开之后要慢慢往下落，还要有拖尾",
        ),
    ),
    ("webgl", "zh", None, ("PBR 材质里 metalness 和 roughness 分别影响什么？",)),
    ("webgl", "zh", None, ("为什么我的半透明物体排序总是错乱，后面的会挡住前面的",)),
    # ja
    ("webgl", "ja", None, ("react-three-fiberでカメラをクリックした建物まで滑らかに移動させたい",)),
    ("webgl", "ja", None, ("影が縞模様にちらつく。シャドウアクネってやつ？直し方を教えて",)),
    (
        "webgl",
        "ja",
        None,
        (
            "ブラウザで動く3Dの水槽を作ってる",
            "いいですね。今どこまでできていますか？魚のモデルや水面はありますか？",
            "水面から差し込む光のゆらゆらを底の砂に映したい",
        ),
    ),
    (
        "webgl",
        "ja",
        "あなたはゲーム開発会社のシェーダー相談役AIです。",
        (
            """トゥーンシェーダーで陰影を3段階にしたい。今はこう：

float NdotL = max(dot(normalize(vNormal), normalize(uLightDir)), 0.0);
float shade = NdotL > 0.5 ? 1.0 : 0.4;
gl_FragColor = vec4(uColor * shade, 1.0);""",
        ),
    ),
    ("webgl", "ja", None, ("ポストプロセスでブルームをかけると画面全体が白っぽくなる",)),
    ("webgl", "ja", None, ("glTFとFBX、Webで3Dモデル表示するならどっち？",)),
    # fr
    (
        "webgl",
        "fr",
        None,
        ("c'est quoi le depth buffer et pourquoi j'ai du z-fighting sur mon sol",),
    ),
    (
        "webgl",
        "fr",
        None,
        (
            "Je voudrais que le sol de ma scène 3D ait l'air mouillé après la pluie, avec les reflets des néons de la rue qui bavent dedans",
        ),
    ),
    (
        "webgl",
        "fr",
        "Tu es l'assistant de code de l'agence Lumen Studio, spécialisée dans les sites immersifs (three.js + GSAP).",
        (
            "Animation de caméra au scroll : la caméra doit suivre un chemin (CatmullRomCurve3) et regarder le produit pendant qu'on scrolle",
        ),
    ),
    (
        "webgl",
        "fr",
        None,
        (
            "j'ai un modèle de voiture en .glb que j'affiche avec three",
            "D'accord, tu le charges avec GLTFLoader ? Qu'est-ce qui ne va pas ?",
            "les vitres sont opaques, je veux qu'elles soient teintées et transparentes avec un léger reflet",
        ),
    ),
    ("webgl", "fr", None, ("Babylon.js : différence entre StandardMaterial et PBRMaterial ?",)),
    (
        "webgl",
        "fr",
        None,
        (
            """ça arrive après quelques minutes sur Chrome Android, jamais sur desktop :

THREE.WebGLRenderer: Context Lost.
WebGL: CONTEXT_LOST_WEBGL: loseContext: context lost

la scène a une vingtaine de textures 4K. comment éviter ça ?""",
        ),
    ),
    # pt
    ("webgl", "pt", None, ("como faço um skybox no three.js",)),
    (
        "webgl",
        "pt",
        None,
        (
            "quero um efeito de holograma azul piscando no personagem do meu jogo web, tipo com umas linhas passando",
        ),
    ),
    (
        "webgl",
        "pt",
        None,
        (
            "tô fazendo um mapa 3D do Brasil com colunas saindo de cada estado mostrando as vendas",
            "Boa! Dá pra usar um InstancedMesh de BoxGeometry e escalar cada instância no eixo Y pelo valor de vendas.",
            "coloca uma animação das colunas crescendo quando o mapa carrega",
        ),
    ),
    (
        "webgl",
        "pt",
        "Você é um assistente de programação especializado em gráficos para a EduVerso, uma plataforma de aulas em 3D no navegador.",
        (
            "no modelo do sistema solar os planetas estão iluminados do lado oposto ao Sol. uso uma PointLight na posição do Sol",
        ),
    ),
    ("webgl", "pt", None, ("o que é mipmap e por que minha textura fica borrada de longe",)),
    (
        "webgl",
        "pt",
        None,
        ("fps despencando quando adiciono muitas luzes pontuais no r3f, tem jeito?",),
    ),
    # it
    ("webgl", "it", None, ("Come funziona lo shadow mapping?",)),
    (
        "webgl",
        "it",
        None,
        (
            "Vorrei che le montagne in lontananza sfumassero nell'azzurro come nei paesaggi dipinti, nella mia scena three.js",
        ),
    ),
    (
        "webgl",
        "it",
        "Sei un assistente di sviluppo per un configuratore 3D di cucine.",
        (
            "Come cambio il materiale delle ante al click mantenendo la stessa texture delle venature ma con un colore diverso?",
        ),
    ),
    (
        "webgl",
        "it",
        None,
        (
            "ho un terreno generato con il noise nel vertex shader",
            "Ok, sposti la y dei vertici con una funzione di noise in base a position.xz. Cosa non va?",
            "l'illuminazione è piatta, le colline non hanno ombreggiatura",
        ),
    ),
    ("webgl", "it", None, ("differenza tra MeshStandardMaterial e MeshPhysicalMaterial",)),
    ("webgl", "it", None, ("come faccio un effetto vetro smerigliato davanti a un oggetto 3D?",)),
    # ko
    (
        "webgl",
        "ko",
        None,
        ("three.js에서 그림자가 안 보여요. castShadow, receiveShadow 다 켰는데요",),
    ),
    (
        "webgl",
        "ko",
        None,
        (
            "웹에서 보여주는 3D 건물 모델에 밤이 되면 창문 불이 하나씩 랜덤하게 켜지는 효과 넣고 싶어요",
        ),
    ),
    (
        "webgl",
        "ko",
        "당신은 WebGPU 튜토리얼 사이트의 질문 답변 봇입니다.",
        (
            """WGSL에서 이런 에러가 나요

uniform storage requires that the number of bytes between the start of the previous member of type 'vec3<f32>' and the current member of type 'f32' be a multiple of 16 bytes

struct Params {
  lightPos: vec3<f32>,
  intensity: f32,
  color: vec3<f32>,
  radius: f32,
};""",
        ),
    ),
    (
        "webgl",
        "ko",
        None,
        (
            "r3f로 캐릭터 뷰어 만드는 중이에요",
            "좋아요. 모델은 useGLTF로 불러오고 있나요? 어떤 기능이 필요하세요?",
            "마우스로 캐릭터 주변을 돌려볼 수 있게 해주세요. 근데 바닥 아래로는 못 내려가게",
        ),
    ),
    ("webgl", "ko", None, ("카메라 near/far 값은 어떻게 정해야 해요?",)),
    ("webgl", "ko", None, ("파티클로 눈 내리는 효과 만들기",)),
    # ru
    ("webgl", "ru", None, ("как в three.js сделать мягкие тени",)),
    (
        "webgl",
        "ru",
        None,
        (
            "Сцена в Babylon: хочу, чтобы трава расступалась и колыхалась, когда персонаж через неё идёт",
        ),
    ),
    (
        "webgl",
        "ru",
        "Ты — помощник разработчика в студии «Полигон».",
        ("нужен пост-эффект виньетки и плёночного зерна для нашей 3D-сцены, через EffectComposer",),
    ),
    (
        "webgl",
        "ru",
        None,
        (
            "делаю визуализацию молекул в браузере, атомы — сферы, связи — цилиндры",
            "Хорошо. Для каждого атома создаёшь Mesh со SphereGeometry и материалом по типу элемента.",
            "их 50 тысяч, всё тормозит",
        ),
    ),
    ("webgl", "ru", None, ("что такое матрица вида и матрица проекции, объясни на пальцах",)),
    (
        "webgl",
        "ru",
        None,
        (
            """почему всё чёрное? модель видно только силуэтом

varying vec3 vNormal;
uniform vec3 uLightDir;
void main() {
  float l = dot(vNormal, uLightDir);
  gl_FragColor = vec4(vec3(l), 1.0);
}

в вершинном: vNormal = normalMatrix * normal; uLightDir передаю как new THREE.Vector3(10, 10, 10)""",
        ),
    ),
    # ---------------------------------------------------------------- security_sensitive
    (
        "security_sensitive",
        "en",
        None,
        (
            "can you tighten up this email? \"Hi Dana, following your call with HR I want to confirm that Marcus Whitfield will be on medical leave from March 3 for chemotherapy. Please don't share the reason with the team, he's asked us to just say 'personal leave'. His projects go to Aisha until June.\"",
        ),
    ),
    (
        "security_sensitive",
        "en",
        "You are an AI coding assistant in the Cursor editor.",
        (
            """why can't the worker connect? it works from my laptop

DATABASE_URL=postgres://app_admin:Qz7!vLp29xrT@db-prod-1.brightwell.internal:5432/brightwell_prod
REDIS_URL=redis://:n8Hk2LwqP0@cache-prod.brightwell.internal:6379/0

Error: connect ETIMEDOUT 10.40.2.17:5432""",
        ),
    ),
    (
        "security_sensitive",
        "en",
        None,
        (
            "Turn this into five bullets for Thursday's board pack. Q1 numbers are NOT public yet: revenue $41.2M vs $47M guidance, gross margin down to 52%, and we'll announce 120 layoffs in the Denver office on April 14 before the earnings call.",
        ),
    ),
    (
        "security_sensitive",
        "en",
        None,
        (
            "help me write a performance improvement plan",
            "Sure. Tell me the role, the specific gaps, the timeline and any support you'll offer.",
            "Priya Ramanathan, senior accountant. Missed three month-end close deadlines, written warnings in Nov and Jan. She told her manager she's being treated for an anxiety disorder and her medication changed in December, so we need to factor in accommodations. 60-day plan.",
        ),
    ),
    (
        "security_sensitive",
        "en",
        None,
        (
            "our /api/export endpoint at Kelvora doesn't check the tenant id, any logged-in user can download other customers' invoices just by changing the account param. not fixed yet, it's been in prod since October. how do I explain the severity to my manager without causing a panic?",
        ),
    ),
    (
        "security_sensitive",
        "en",
        None,
        (
            "explain these lab results in plain English so I can tell my mum what's going on: Helen Okafor, DOB 12/04/1961. HbA1c 8.9%, eGFR 52, LDL 4.1 mmol/L, urine albumin/creatinine ratio 38. GP wants to start her on insulin.",
        ),
    ),
    # es
    (
        "security_sensitive",
        "es",
        None,
        (
            "Resume este informe para RR. HH. en un párrafo: «Juan Pablo Ferreyra, legajo 4471, fue suspendido 3 días por agredir verbalmente a una compañera el 2 de febrero. Tiene dos apercibimientos previos en 2025 y está en tratamiento psiquiátrico según el certificado que presentó.»",
        ),
    ),
    (
        "security_sensitive",
        "es",
        None,
        (
            "Ayúdame a preparar el guion para la reunión del lunes con los directores regionales: vamos a comprar Distribuidora Ocaso por 18 millones, el anuncio no es hasta septiembre y fuera del comité nadie lo sabe. Hay que explicar por qué se congelan las contrataciones sin decir el motivo real.",
        ),
    ),
    (
        "security_sensitive",
        "es",
        "Eres un asistente de programación. Responde en español.",
        (
            "¿por qué me da 401 este curl?\n\ncurl https://api.pagosur.com/v2/charges -H 'Authorization: Bearer sk_live_9QmZt2LwX81bVfRk0aPcE7uN' -d amount=1500 -d currency=ars",
        ),
    ),
    (
        "security_sensitive",
        "es",
        None,
        (
            "necesito escribir una carta al colegio de mi hija",
            "Claro, ¿qué quieres pedir o comunicar?",
            "Mi hija se llama Lucía Benítez Roca, 3.º B. Tiene diagnóstico de TDAH desde noviembre y toma metilfenidato por las mañanas. Quiero pedir que le den más tiempo en los exámenes y que la sienten delante, y que no se lo cuenten a los otros padres.",
        ),
    ),
    (
        "security_sensitive",
        "es",
        None,
        (
            "tenemos el bucket de S3 de producción con las fichas de pacientes de la Clínica San Telmo público por error desde hace una semana, y todavía no lo cerramos porque la app móvil carga las imágenes directo de ahí. ¿cómo lo arreglo rápido sin romper la app?",
        ),
    ),
    (
        "security_sensitive",
        "es",
        None,
        (
            "Revisa la redacción: «Estimado Sr. Medina: le comunicamos que su solicitud de préstamo ha sido denegada debido a su inclusión en ASNEF y a la deuda de 23.400 € que mantiene con Financiera Levante, así como al embargo de nómina vigente.»",
        ),
    ),
    # de
    (
        "security_sensitive",
        "de",
        None,
        (
            "Formuliere das freundlicher, aber klar: „Frau Krüger, Ihre Krankmeldungen häufen sich (17 Tage seit Januar, laut Attest Erschöpfungsdepression). Wir müssen zeitnah über ein BEM-Gespräch sprechen.“",
        ),
    ),
    (
        "security_sensitive",
        "de",
        "Du bist ein Assistent für die IT-Abteilung der Haller Bau AG.",
        (
            """Der nächtliche Report-Job schickt keine Mails mehr. Config:

SMTP_HOST=mail.haller-bau.de
SMTP_PORT=587
SMTP_USER=reports@haller-bau.de
SMTP_PASS=Herbst2025!Haller

Log: 535 5.7.8 Authentication credentials invalid. Was ist falsch?""",
        ),
    ),
    (
        "security_sensitive",
        "de",
        None,
        (
            "Bitte fasse das in drei Sätzen zusammen – VERTRAULICH, nur Geschäftsleitung: Das Werk Gelsenkirchen wird Ende Q3 geschlossen, 240 Stellen fallen weg, der Betriebsrat wird erst am 20. Mai informiert. Sozialplanbudget 14 Mio. €.",
        ),
    ),
    (
        "security_sensitive",
        "de",
        None,
        (
            "kannst du mir beim Antrag auf Unterhaltsvorschuss helfen?",
            "Klar. Der Antrag läuft über das Jugendamt. Was ist deine Situation?",
            "Mein Ex-Mann Thomas Brandl verdient ca. 5.800 netto, zahlt seit Oktober nichts mehr für unsere zwei Kinder (Lena 7, Jonas 4). Er hat Spielschulden und sein Konto wurde gepfändet. Wie formuliere ich das?",
        ),
    ),
    (
        "security_sensitive",
        "de",
        None,
        (
            "In unserem Kundenportal (läuft so in Produktion) kann man über ../ im download-Parameter beliebige Dateien vom Server laden, auch die .env. Ist noch nicht gefixt und noch nicht gemeldet. Schreib mir einen Patch für den DownloadController (Spring).",
        ),
    ),
    (
        "security_sensitive",
        "de",
        None,
        (
            "Schreib eine sachliche Zusammenfassung für unsere Anwältin: Herr Stefan Weber (42), Lagerist bei uns, wurde im Januar gekündigt, zwei Wochen nachdem er seinem Teamleiter von seiner HIV-Infektion erzählt hatte. Er klagt jetzt vor dem Arbeitsgericht. Wir brauchen die Chronologie.",
        ),
    ),
    # zh
    (
        "security_sensitive",
        "zh",
        None,
        (
            "帮我润色一下这段话：「王晓东同志因重度抑郁住院治疗两周，期间工作由李娜代理。请各部门对其病情保密，对外统一称休假。」",
        ),
    ),
    (
        "security_sensitive",
        "zh",
        None,
        (
            "公司还没公布的消息：我们下个月要和华辰科技合并，董事会刚批。帮我写一份发给十几个核心员工的内部通知草稿，要稳定军心但不能透露对方名字",
        ),
    ),
    (
        "security_sensitive",
        "zh",
        "你是一个代码助手。",
        (
            """这段配置连不上 Redis，帮我看看

spring.redis.host=10.20.3.15
spring.redis.port=6380
spring.redis.password=Xy8#kLm2Qp!prod
spring.redis.ssl=true

报错：NOAUTH Authentication required""",
        ),
    ),
    (
        "security_sensitive",
        "zh",
        None,
        (
            "帮我写个请假条",
            "好的，请告诉我请假人姓名、请假时间和原因。",
            "我叫张丽，财务部的。怀孕 12 周，上周出现先兆流产，医生建议卧床休息两周，从 3 月 9 日到 3 月 22 日。",
        ),
    ),
    (
        "security_sensitive",
        "zh",
        None,
        (
            "我们线上的支付回调接口没做验签，理论上谁都能伪造一个支付成功的请求，目前还没修也没人发现。先帮我写个验签的中间件，Go 的",
        ),
    ),
    (
        "security_sensitive",
        "zh",
        None,
        (
            "整理一下这份绩效面谈记录给 HR 存档：员工陈浩，绩效 C，本季度迟到 11 次，他自述父亲肝癌晚期，需要经常陪诊，最近在吃安眠药才能睡着。主管建议调岗。",
        ),
    ),
    # ja
    (
        "security_sensitive",
        "ja",
        None,
        (
            "次のメールを丁寧な敬語に直して：『佐々木さんの休職理由（うつ病）について、チーム内では体調不良とだけ伝えてください。復職は7月の予定です』",
        ),
    ),
    (
        "security_sensitive",
        "ja",
        "あなたは社内ヘルプデスクのアシスタントです。",
        (
            "VPNに入れません。ユーザー名 t.nakamura、パスワードは Sakura#2026vpn で合ってるはずなんですが、認証エラーになります。",
        ),
    ),
    (
        "security_sensitive",
        "ja",
        None,
        (
            "社外秘の未発表決算です。営業利益は前年比38%減、主因は北米子会社の減損。4月25日の開示まで口外禁止。これを役員向けに3行でまとめて",
        ),
    ),
    (
        "security_sensitive",
        "ja",
        None,
        (
            "保険金の請求書類の書き方を教えてください",
            "はい。どのような保険（医療保険、がん保険など）で、どなたの請求ですか？",
            "父の高橋誠一（昭和30年生まれ）の医療保険です。先月脳梗塞で入院して、右半身に麻痺が残りました。診断書には「アテローム血栓性脳梗塞、入院23日」とあります。",
        ),
    ),
    (
        "security_sensitive",
        "ja",
        None,
        (
            "うちの本番の管理画面、/admin がIP制限もBasic認証もなしで外から開けることに気づいた。顧客情報も見える。まだ誰にも言ってない。まず何をすべき？",
        ),
    ),
    (
        "security_sensitive",
        "ja",
        None,
        (
            "この懲戒処分通知書の誤字をチェックして：『営業部 森田健太 殿　貴殿は2026年1月、取引先接待費として計上した経費のうち約42万円を私的に流用したため、就業規則第58条に基づき減給処分とする。』",
        ),
    ),
    # fr
    (
        "security_sensitive",
        "fr",
        None,
        (
            "Peux-tu reformuler ce compte rendu pour la médecine du travail : Mme Laurence Petit, 38 ans, assistante de direction, a fait une fausse couche en décembre et souffre depuis de troubles du sommeil et de crises d'angoisse ; elle demande un mi-temps thérapeutique.",
        ),
    ),
    (
        "security_sensitive",
        "fr",
        "Tu es un assistant de développement intégré à l'IDE.",
        (
            """mon .env ne marche pas en prod, les paiements échouent

STRIPE_SECRET_KEY=sk_live_51NvTqGH7aRk2mPzW8sYxL0bQeJcD4uF
MAILJET_API_KEY=6f1d9a3c7e2b4085a1c9d7e3f5b2a8c4
MAILJET_SECRET=b83e0f4d6a2c9175e8d3b0a6c4f1e297

dans les logs : Invalid API Key provided""",
        ),
    ),
    (
        "security_sensitive",
        "fr",
        None,
        (
            "Rédige le mail aux trois actionnaires principaux — strictement confidentiel — : le rachat des Fromageries Vernet est signé pour 62 M€, annonce publique le 3 juin, d'ici là rien ne doit fuiter.",
        ),
    ),
    (
        "security_sensitive",
        "fr",
        None,
        (
            "aide-moi à écrire un courrier au juge aux affaires familiales",
            "Bien sûr. Quel est l'objet de la demande (garde, pension, droit de visite) ?",
            "Je m'appelle Sophie Garnier. Mon ex-conjoint, Julien Roche, a été condamné pour violences conjugales en 2024. Je demande la garde exclusive de notre fils Noé, 6 ans, et un droit de visite médiatisé uniquement.",
        ),
    ),
    (
        "security_sensitive",
        "fr",
        None,
        (
            "on vient de découvrir que notre appli mobile en prod écrit les tokens de session en clair dans les logs Crashlytics depuis la 4.2. Pas encore corrigé ni communiqué aux utilisateurs. Comment on priorise le correctif et est-ce qu'on doit prévenir la CNIL ?",
        ),
    ),
    (
        "security_sensitive",
        "fr",
        None,
        (
            "Traduis en anglais pour le siège : entretien annuel de Karim Haddad – objectifs non atteints, arrêt maladie de trois mois pour dépression, proposition de rupture conventionnelle avec 8 000 € d'indemnité supra-légale.",
        ),
    ),
    # pt
    (
        "security_sensitive",
        "pt",
        None,
        (
            "Melhora esse texto do relatório pro convênio autorizar a internação: paciente Rafael Moura Lima, 47 anos, diagnóstico de esquizofrenia paranoide, três internações anteriores, parou a medicação em janeiro e teve surto com agressividade.",
        ),
    ),
    (
        "security_sensitive",
        "pt",
        None,
        (
            "resume essa ata do conselho (confidencial, não circular): vamos desligar 15% do time de vendas em maio, a lista com os nomes já está com o RH, e o anúncio aos gestores será só na véspera.",
        ),
    ),
    (
        "security_sensitive",
        "pt",
        "Você é o assistente virtual da central de atendimento do Banco Aurora.",
        (
            "meu cartão 5502 0931 7745 2216 validade 08/28 foi clonado, apareceram 3 compras que não fiz. consegue bloquear e contestar?",
        ),
    ),
    (
        "security_sensitive",
        "pt",
        None,
        (
            "me ajuda a escrever uma mensagem pro meu chefe",
            "Claro! Sobre o que é a mensagem?",
            "preciso avisar que não vou conseguir ir semana que vem porque minha esposa, a Camila, vai fazer a cirurgia pra retirar o tumor da mama na terça e eu vou ficar com ela no hospital. não quero que ele espalhe pro time.",
        ),
    ),
    (
        "security_sensitive",
        "pt",
        None,
        (
            "achei uma falha no nosso sistema em produção: o endpoint de redefinição de senha devolve o token de reset no corpo da resposta. ainda não foi corrigido. me ajuda a escrever o ticket interno com severidade e passos pra reproduzir",
        ),
    ),
    (
        "security_sensitive",
        "pt",
        None,
        (
            "revisa esse e-mail: 'Oi Marcos, a reclamação trabalhista da Juliana Farias contra a gente tem audiência dia 12. Ela alega assédio sexual do gerente Paulo Nunes e tem prints das mensagens. Não comenta com ninguém do time.'",
        ),
    ),
    # it
    (
        "security_sensitive",
        "it",
        None,
        (
            "Sistemami questa lettera per l'ufficio del personale: 'Il dipendente Giorgio Santoro ci ha comunicato di essere in cura presso il SerD per dipendenza da alcol e chiede un'aspettativa di tre mesi. Si prega massima riservatezza.'",
        ),
    ),
    (
        "security_sensitive",
        "it",
        "Sei un assistente di programmazione.",
        (
            """questo script di deploy si blocca su 'aws s3 sync', che c'è che non va?

#!/bin/bash
export AWS_ACCESS_KEY_ID=AKIA4QXVHM7RZC2PLJ6N
export AWS_SECRET_ACCESS_KEY=r9Tq2vLmX8aWfK3bZp0YcH6dN1sJeU7gQ4oV5iB
export AWS_DEFAULT_REGION=eu-south-1
npm run build
aws s3 sync dist/ s3://tessuti-ricci-prod-web --delete""",
        ),
    ),
    (
        "security_sensitive",
        "it",
        None,
        (
            "Bozza di comunicato interno, NON ancora pubblico: Ceramiche Valdarno chiuderà lo stabilimento di Empoli entro ottobre, 85 esuberi. I sindacati non lo sanno ancora. Rendilo più empatico.",
        ),
    ),
    (
        "security_sensitive",
        "it",
        None,
        (
            "mi aiuti a riassumere un documento?",
            "Certo, incollalo pure e dimmi quanto deve essere lungo il riassunto.",
            "È la relazione dell'assistente sociale su mia nipote Giulia Conti, 14 anni: è seguita dal tribunale per i minorenni, la madre ha problemi di tossicodipendenza e da gennaio Giulia è collocata in comunità a Prato. Mi serve mezza pagina per l'avvocato.",
        ),
    ),
    (
        "security_sensitive",
        "it",
        None,
        (
            "il nostro gestionale in produzione ha una SQL injection nel campo ricerca clienti, l'abbiamo scoperta ieri e non è ancora patchata. scrivimi la correzione in PHP, il codice è: $sql = \"SELECT * FROM clienti WHERE nome LIKE '%\" . $_GET['q'] . \"%'\";",
        ),
    ),
    (
        "security_sensitive",
        "it",
        None,
        (
            "Aiutami a fare un piano per rientrare dai debiti di mia sorella: Marta Ferri, stipendio 1.850 € netti, prestito Agos residuo 12.000 €, due rate del mutuo arretrate, e la banca le ha già mandato la messa in mora.",
        ),
    ),
    # ko
    (
        "security_sensitive",
        "ko",
        None,
        (
            "이 문장 자연스럽게 다듬어줘: '김민수 대리는 공황장애 진단을 받아 3개월 병가 중이며, 팀원들에게는 개인 사정이라고만 안내해 주세요.'",
        ),
    ),
    (
        "security_sensitive",
        "ko",
        None,
        (
            "아직 공시 전인 자료야. 2분기 영업손실 320억, 하반기 희망퇴직 200명 계획 포함. 이사회 보고용으로 1페이지 요약해줘",
        ),
    ),
    (
        "security_sensitive",
        "ko",
        "당신은 사내 개발자 포털의 AI 도우미입니다.",
        (
            "깃허브 액션 배포 끝나고 슬랙 알림이 안 와요. 워크플로에 이렇게 넣었어요: curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"배포 완료\"}' https://hooks.slack.com/services/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",
        ),
    ),
    (
        "security_sensitive",
        "ko",
        None,
        (
            "이혼 소송 진술서 좀 봐줄 수 있어?",
            "네, 내용을 보내주시면 문장과 구성을 다듬어 드릴게요.",
            "남편 박준호가 2023년부터 도박으로 약 1억 2천만 원의 빚을 졌고, 제 명의로 몰래 대출을 두 건 받았습니다. 아이 둘(9살, 6살) 양육권은 제가 원합니다. 이 부분 설득력 있게 써줘.",
        ),
    ),
    (
        "security_sensitive",
        "ko",
        None,
        (
            "우리 회사 운영 서버 몇 대에 아직 취약한 log4j 버전이 돌고 있어요. 외부에 알려지면 안 되는데, 패치 배포 전까지 임시로 막을 방법 있을까요?",
        ),
    ),
    (
        "security_sensitive",
        "ko",
        None,
        (
            "인사평가 코멘트 작성 좀 도와줘. 대상은 이수진 과장, 육아휴직 복귀 후 성과가 떨어졌고 최근 우울증으로 상담을 받고 있다고 본인이 말했어.",
        ),
    ),
    # ru
    (
        "security_sensitive",
        "ru",
        None,
        (
            "отредактируй служебную записку: «Сотрудник Орлов Д. В. 14.02 явился на смену в состоянии алкогольного опьянения, акт освидетельствования прилагается. Ранее уже получал замечание. Предлагаю объявить выговор.»",
        ),
    ),
    (
        "security_sensitive",
        "ru",
        "Ты — помощник программиста.",
        (
            """почему ssh пишет invalid format? вот ключ, которым захожу на прод-сервер:

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk7Jm0q3Xy2Lr9QvTw8sUcZp1aHbN5eRfK0oGjW4tYVAAAAJh2cS1wdnEt
cAAAAAtzc2gtZWQyNTUxOQAAACDk7Jm0q3Xy2Lr9QvTw8sUcZp1aHbN5eRfK0oGjW4tYVA
-----END OPENSSH PRIVATE KEY-----""",
        ),
    ),
    (
        "security_sensitive",
        "ru",
        None,
        (
            "Конфиденциально: совет директоров одобрил продажу дочерней компании «Уралпак» до конца года. Подготовь тезисы для разговора с ключевыми клиентами так, чтобы пока ничего не раскрыть, но и не соврать.",
        ),
    ),
    (
        "security_sensitive",
        "ru",
        None,
        (
            "помоги составить письмо классному руководителю",
            "Конечно. О чём нужно сообщить?",
            "Сын — Артём Волков, 5 «Б». У него эпилепсия, приступы примерно раз в месяц. Прошу не допускать его к физкультуре без присмотра и объяснить, что делать при приступе. Другим родителям говорить не надо.",
        ),
    ),
    (
        "security_sensitive",
        "ru",
        None,
        (
            "у нас в проде эндпоинт /internal/metrics торчит наружу и отдаёт email и телефоны пользователей. пока не закрыли, узнали сегодня. как быстрее всего закрыть на nginx, не перезапуская приложение?",
        ),
    ),
    (
        "security_sensitive",
        "ru",
        None,
        (
            "переведи на английский для страховой: Петрова Анна Сергеевна, 1979 г. р., диагноз — папиллярный рак щитовидной железы, тиреоидэктомия 12.03.2026, далее радиойодтерапия.",
        ),
    ),
    # ---------------------------------------------------------------- general
    ("general", "en", None, ("whats a good substitute for buttermilk",)),
    (
        "general",
        "en",
        None,
        (
            "Rewrite this cover letter paragraph so it sounds less desperate: 'I would be extremely grateful for any opportunity to join your team, and I am willing to do whatever it takes, including unpaid overtime, to prove myself.'",
        ),
    ),
    (
        "general",
        "en",
        None,
        ("how does passkey login actually work? like what's stored on my phone vs on the website",),
    ),
    (
        "general",
        "en",
        "You are Wren, the friendly writing assistant in Inkwell Notes.",
        ("give me 5 title ideas for a blog post about slow travel in Portugal",),
    ),
    (
        "general",
        "en",
        None,
        (
            "what's the derivative of x^2 sin x",
            "Product rule: d/dx [x² sin x] = 2x sin x + x² cos x.",
            "and the integral?",
        ),
    ),
    (
        "general",
        "en",
        None,
        (
            "Summarise this in 3 bullets for my year 9 history class:\n\nThe Hanseatic League was a commercial and defensive confederation of merchant guilds and market towns in Central and Northern Europe. Growing from a few North German towns in the late 12th century, the League came to dominate Baltic maritime trade for three centuries. Its cities had their own legal systems and operated their own armies for mutual protection. Kontors were established in London, Bruges, Bergen and Novgorod. The League declined from the 15th century as territorial states grew stronger and trade routes shifted towards the Atlantic.",
        ),
    ),
    # es
    ("general", "es", None, ("¿cuántas calorías tiene un plátano mediano?",)),
    (
        "general",
        "es",
        None,
        (
            "Estoy planeando 10 días por Japón en noviembre con mi pareja. Nos gusta comer bien y caminar, no tanto los museos. ¿Me armas un itinerario? Llegamos a Tokio y salimos desde Osaka.",
        ),
    ),
    (
        "general",
        "es",
        None,
        ("¿Qué estilo arquitectónico tiene la Casa Batlló y por qué la fachada parece de huesos?",),
    ),
    (
        "general",
        "es",
        None,
        (
            "tradúceme al inglés: «Quedamos a las ocho en la puerta del cine, no llegues tarde»",
            "\"Let's meet at eight at the cinema entrance, don't be late.\"",
            "y ahora más informal, como entre amigos",
        ),
    ),
    (
        "general",
        "es",
        "Eres el asistente virtual de Ópticas Miravista. Respondes dudas generales de los clientes.",
        ("si no uso las lentillas mensuales todos los días, ¿igual tengo que tirarlas al mes?",),
    ),
    (
        "general",
        "es",
        None,
        (
            "Tengo 34 años y trabajo en administración. ¿Me conviene más aprender Python o JavaScript si quiero cambiar a algo de datos?",
        ),
    ),
    # de
    ("general", "de", None, ("wie lange muss ein Ei kochen für wachsweich",)),
    (
        "general",
        "de",
        None,
        (
            "Kannst du diesen Satz für eine Trauerkarte etwas wärmer formulieren? „Wir sind in Gedanken bei euch und wünschen euch viel Kraft.“",
        ),
    ),
    (
        "general",
        "de",
        None,
        ("Was ist eigentlich der Unterschied zwischen TCP und UDP, einfach erklärt?",),
    ),
    (
        "general",
        "de",
        "Du bist ein Lernassistent für Schülerinnen und Schüler der Oberstufe.",
        ("Erklär mir die Ursachen des Ersten Weltkriegs in fünf Punkten",),
    ),
    (
        "general",
        "de",
        None,
        (
            "Ich will mit Ölmalerei anfangen, was brauche ich?",
            "Für den Anfang: 5–6 Farben (Titanweiß, Ultramarin, Kadmiumgelb, Kadmiumrot, gebrannte Siena), 3 Borstenpinsel, Malgrund, Terpentinersatz und Leinöl.",
            "und wie male ich Licht und Schatten auf einem Apfel, dass es echt wirkt?",
        ),
    ),
    (
        "general",
        "de",
        None,
        ("Wie rechne ich aus einem Bruttobetrag die Mehrwertsteuer raus? z. B. 249 € mit 19 %",),
    ),
    # zh
    ("general", "zh", None, ("红烧肉怎么做才不腻",)),
    ("general", "zh", None, ("帮我把这句话改得正式一点：「老板，我下周想请两天假回老家办点事」",)),
    ("general", "zh", None, ("3D 打印 PLA 的时候第一层总是翘边，热床已经 60 度了，还能怎么调",)),
    (
        "general",
        "zh",
        None,
        (
            "推荐几本讲宋朝历史的书",
            "可以看看《宋朝简史》《大宋之变》，以及邓广铭的《北宋政治改革家王安石》。",
            "有没有适合初中生读的",
        ),
    ),
    (
        "general",
        "zh",
        "你是一个旅游规划助手。",
        ("五一去成都玩四天，预算三千，不想太赶，怎么安排",),
    ),
    ("general", "zh", None, ("什么是哈希函数？为什么说它是单向的",)),
    # ja
    ("general", "ja", None, ("明日のプレゼン、緊張しないコツある？",)),
    (
        "general",
        "ja",
        None,
        ("この英文を自然な日本語にして：'Thanks for bearing with us while we sort this out.'",),
    ),
    ("general", "ja", None, ("二段階認証って、SMSよりも認証アプリの方が安全なの？",)),
    (
        "general",
        "ja",
        None,
        (
            "一眼レフで夜景を撮りたい",
            "三脚を使って、ISOは100〜400、絞りはF8前後、シャッタースピードは数秒に。手ブレ防止にセルフタイマーかリモコンを。",
            "人物も入れると顔が暗くなっちゃうんだけど、どうすればいい？",
        ),
    ),
    (
        "general",
        "ja",
        "あなたは料理レシピサイト『ごはん日和』のアシスタントです。",
        ("鶏むね肉をパサパサにしないで焼くコツを教えて",),
    ),
    ("general", "ja", None, ("安藤忠雄の建築の特徴ってなに？",)),
    # fr
    ("general", "fr", None, ("marathon en 4h, ça fait quelle allure au km ?",)),
    (
        "general",
        "fr",
        None,
        (
            "Écris un petit poème pour les 90 ans de ma grand-mère, elle adore son jardin et ses rosiers",
        ),
    ),
    (
        "general",
        "fr",
        None,
        (
            "Quelle est la différence entre un CDD et un CDI ?",
            "Le CDI n'a pas de date de fin ; le CDD est conclu pour une durée déterminée ou un motif précis (remplacement, surcroît d'activité) et donne droit à une prime de précarité de 10 % en fin de contrat.",
            "et la période d'essai, elle dure combien pour un cadre ?",
        ),
    ),
    (
        "general",
        "fr",
        "Tu es l'assistant de la médiathèque de Saint-Aubin.",
        ("Vous auriez des conseils de polars scandinaves pas trop glauques ?",),
    ),
    (
        "general",
        "fr",
        None,
        (
            "C'est quoi le RGPD en gros, et est-ce que ça s'applique à une petite asso de quartier ?",
        ),
    ),
    (
        "general",
        "fr",
        None,
        (
            "voilà ma liste de courses : pâtes, lait, tomates, pain, yaourts. mets-la à jour : enlève le lait, ajoute des œufs et remplace les pâtes par du riz",
        ),
    ),
    # pt
    ("general", "pt", None, ("quanto tempo de voo de Lisboa pro Rio?",)),
    (
        "general",
        "pt",
        None,
        (
            "Me ajuda a responder esse e-mail de um cliente reclamando do atraso na entrega? Quero ser educado mas firme, o atraso foi da transportadora.",
        ),
    ),
    (
        "general",
        "pt",
        None,
        ("meu notebook tá esquentando muito e a ventoinha não para, o que pode ser?",),
    ),
    (
        "general",
        "pt",
        None,
        (
            "quero começar a correr",
            "Ótimo! Comece com caminhada e corrida alternadas: 1 min correndo, 2 min andando, por 20–30 min, três vezes por semana.",
            "tenho 45 anos e nunca fiz exercício, tem algum problema?",
        ),
    ),
    (
        "general",
        "pt",
        "Você é um assistente de escrita acadêmica.",
        (
            "reescreve esse trecho do resumo do meu TCC de forma mais formal: 'a gente viu que as escolas que tem horta o pessoal come mais verdura e falta menos'",
        ),
    ),
    ("general", "pt", None, ("como deixar o Instagram privado só pros amigos verem os stories",)),
    # it
    ("general", "it", None, ("ricetta della carbonara vera, senza panna",)),
    (
        "general",
        "it",
        None,
        (
            "Mi spieghi la differenza tra interesse semplice e composto con un esempio di 1000 euro per 5 anni?",
        ),
    ),
    (
        "general",
        "it",
        None,
        (
            "Chi ha progettato la cupola del Duomo di Firenze e come hanno fatto a costruirla senza centine?",
        ),
    ),
    (
        "general",
        "it",
        "Sei l'assistente virtuale dell'agenzia Viaggi Aurora.",
        ("Cosa serve per andare in Giappone con il passaporto italiano? Ci resto 3 settimane",),
    ),
    (
        "general",
        "it",
        None,
        (
            "scrivimi un messaggio di auguri per un collega che va in pensione dopo 35 anni",
            "Caro Franco, dopo 35 anni di lavoro, battute e caffè condivisi, è arrivato il momento di goderti il meritato riposo. Ci mancherai! Tanti auguri da tutto l'ufficio.",
            "più breve e un po' più spiritoso",
        ),
    ),
    ("general", "it", None, ("come fanno le rondini a orientarsi durante la migrazione?",)),
    # ko
    ("general", "ko", None, ("김치찌개 맛있게 끓이는 법",)),
    (
        "general",
        "ko",
        None,
        ("자기소개서 첫 문장 좀 임팩트 있게 바꿔줘: '저는 성실하고 책임감 있는 사람입니다.'",),
    ),
    ("general", "ko", None, ("HTTPS가 어떻게 안전하게 통신하는지 쉽게 설명해 주세요",)),
    (
        "general",
        "ko",
        None,
        (
            "제주도 3박 4일 여행 코스 추천해줘",
            "1일차 동쪽(성산일출봉, 우도), 2일차 남쪽(중문, 천지연폭포), 3일차 서쪽(협재해변, 오설록), 4일차 제주시(동문시장) 코스를 추천해요.",
            "렌트 안 하고 버스로만 다니면?",
        ),
    ),
    (
        "general",
        "ko",
        "당신은 영어 회화 튜터입니다.",
        ("'I have been to'랑 'I went to' 차이가 뭐예요?",),
    ),
    ("general", "ko", None, ("3D 영화 보면 왜 어지러워?",)),
    # ru
    ("general", "ru", None, ("сколько варить гречку",)),
    (
        "general",
        "ru",
        None,
        (
            "Помоги написать поздравление с юбилеем для учительницы, ей 60, от всего класса, тепло и без пафоса",
        ),
    ),
    (
        "general",
        "ru",
        None,
        (
            "Что лучше учить в 2026 году, Rust или Go, если я бэкендер на PHP и хочу сменить работу?",
        ),
    ),
    (
        "general",
        "ru",
        None,
        (
            "объясни теорему Байеса",
            "P(A|B) = P(B|A)·P(A) / P(B): вероятность гипотезы A после наблюдения B равна правдоподобию, умноженному на априорную вероятность, делённому на полную вероятность B.",
            "а на примере с медицинским тестом?",
        ),
    ),
    (
        "general",
        "ru",
        "Ты — ассистент для подготовки к ЕГЭ по физике.",
        ("почему небо голубое, а закат красный?",),
    ),
    (
        "general",
        "ru",
        None,
        (
            "Сократи до 100 слов:\n\nВ тот год осень выдалась долгой и тёплой. Листья на старых липах вдоль набережной держались до самого ноября, и по утрам, когда туман ещё не успевал рассеяться, город казался нарисованным акварелью. Анна выходила из дома в половине восьмого, покупала в ларьке у моста горячий бублик и шла пешком до библиотеки, хотя могла бы доехать на трамвае. Ей нравилось это время: пустые улицы, запах реки, редкие прохожие с собаками. В библиотеке её ждали каталожные ящики, которые никто не открывал уже лет двадцать, и письма, которые она находила между карточками, — чужие, пожелтевшие, иногда без подписи.",
        ),
    ),
]


def examples() -> Iterator[Example]:
    for index, (label, lang, system, turns) in enumerate(ITEMS, 1):
        yield chat(label, lang, f"independent/{lang}/{index:03d}", *turns, system=system)
