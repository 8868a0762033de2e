"""Eighth batch of `crud` examples: hand-written, one group per example ("crud/b8/<lang>/<digest>").
Multi-turn coding chats that end in a short follow-up only the earlier turns explain, plus short
single asks about everyday app code whose coding nature shows only weakly."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "crud"

BY_LANG: dict[str, list[Item]] = {
    "fr": [
        _m(
            "J'ai une route Express qui renvoie la liste des adhérents du club, je voudrais filtrer par ville via ?ville=",
            "Tu peux lire req.query.ville et l'ajouter au where : `const where = req.query.ville ? { ville: req.query.ville } : {}; const adherents = await Adherent.findAll({ where });`",
            "pareil pour la page admin",
        ),
        _m(
            "Comment je valide qu'un code postal français fait bien 5 chiffres dans mon formulaire Symfony ?",
            "Ajoute une contrainte Regex sur le champ : `#[Assert\\Regex(pattern: '/^\\d{5}$/', message: 'Code postal invalide')]`",
            "et pour la Corse ?",
        ),
        _m(
            "écris un test pytest pour ma fonction calcul_remise(total, code)",
            "```python\ndef test_remise_code_valide():\n    assert calcul_remise(100, 'PROMO10') == 90\n\ndef test_remise_code_inconnu():\n    assert calcul_remise(100, 'XXX') == 100\n```",
            "ajoute le cas total négatif",
        ),
        _m(
            "J'ai fait une migration Laravel pour ajouter une colonne telephone à la table clients",
            "Parfait, pense à la rendre nullable si tu as déjà des lignes : `$table->string('telephone')->nullable();`",
            "ok et pour revenir en arrière ?",
        ),
        _m(
            "mon endpoint POST /reservations marche en local",
            "Qu'est-ce qui se passe en préprod ?",
            "ça renvoie 422 maintenant",
            "Un 422 veut dire que la validation a refusé le corps de la requête. Regarde le détail de l'erreur dans la réponse, souvent un champ obligatoire manquant ou un format de date différent.",
            "c'est la date oui, elle arrive en jj/mm/aaaa",
        ),
        _m(
            "Petite fonction JS pour formater un montant en euros avec espace pour les milliers ?",
            "`const fmt = (n) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(n);`",
            "et sans les centimes",
        ),
        _m(
            "Je récupère les commandes d'un client avec Doctrine : `$repo->findBy(['client' => $client])`",
            "Ça marche. Pour trier, passe un deuxième argument : `findBy(['client' => $client], ['date' => 'DESC'])`.",
            "et seulement les 10 dernières",
        ),
        _m(
            "Fais-moi une requête SQL qui compte les inscriptions par mois pour 2024",
            "```sql\nSELECT date_trunc('month', cree_le) AS mois, count(*)\nFROM inscriptions\nWHERE cree_le >= '2024-01-01' AND cree_le < '2025-01-01'\nGROUP BY 1 ORDER BY 1;\n```",
            "c'est du MySQL en fait",
        ),
        _m(
            "J'ai un modèle Django Facture avec un champ montant_ht. Je voudrais le TTC aussi.",
            "Tu peux ajouter une propriété : `@property\ndef montant_ttc(self): return self.montant_ht * Decimal('1.20')`",
            "je peux trier dessus dans l'admin ?",
        ),
        _m(
            "comment rendre ce fetch asynchrone proprement ? `fetch('/api/stock').then(r => r.json()).then(afficher)`",
            "Avec async/await : `const r = await fetch('/api/stock'); afficher(await r.json());` dans une fonction async.",
            "et si le serveur répond 500 ?",
        ),
        _m(
            "Génère le CRUD d'une entité Livre (titre, auteur, isbn) en Spring Boot",
            "Voici l'entité, le repository JpaRepository<Livre, Long> et un LivreController avec GET /livres, GET /livres/{id}, POST, PUT et DELETE.",
            "maintenant les tests du contrôleur",
        ),
        _m(
            "Mon formulaire React se vide quand je clique sur Envoyer",
            "Il manque sûrement `e.preventDefault()` dans ton handler onSubmit, sinon le navigateur recharge la page.",
            "c'était ça merci. et pour désactiver le bouton pendant l'envoi ?",
        ),
        _m(
            "Comment j'importe un fichier CSV de produits dans ma base avec Python ?",
            "Avec csv.DictReader et un executemany sur ta table produits, en une transaction.",
            "le fichier est en latin-1",
            "Ouvre-le avec `open(chemin, encoding='latin-1', newline='')`, le reste ne change pas.",
            "et le séparateur c'est point-virgule",
        ),
        _m(
            "J'ai ajouté un champ `archive` booléen sur les projets",
            "D'accord. Tu veux l'exclure des listes par défaut ?",
            "oui partout sauf l'export",
        ),
        _m(
            "Écris un script bash qui renomme les photos d'un dossier en date_numero.jpg",
            '```bash\ni=1; for f in *.jpg; do mv "$f" "$(date +%F)_$i.jpg"; i=$((i+1)); done\n```',
            "avec la date de prise de vue plutôt",
        ),
        _m(
            "Dans mon app Flask, comment je renvoie une 404 si l'élève n'existe pas ?",
            "`eleve = Eleve.query.get_or_404(id)` fait exactement ça.",
            "et en JSON au lieu de la page HTML",
        ),
        _m(
            "On a une table paiements et une table abonnements, je veux les abonnés sans paiement ce mois-ci",
            "Un LEFT JOIN sur paiements filtré sur le mois courant, puis `WHERE p.id IS NULL`.",
            "écris-la",
        ),
        _m(
            "Tu peux me faire un sérialiseur DRF pour le modèle Trajet ?",
            "```python\nclass TrajetSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Trajet\n        fields = ['id', 'depart', 'arrivee', 'date', 'places']\n```",
            "places doit être en lecture seule",
        ),
        _m(
            "comment je mets une valeur par défaut sur une colonne en SQL Server ?",
            "`ALTER TABLE commandes ADD CONSTRAINT df_statut DEFAULT 'nouvelle' FOR statut;`",
            "et pour les lignes déjà là ?",
        ),
        _m(
            "Mon test Jest passe tout seul mais échoue quand je lance toute la suite",
            "Souvent un état partagé : un mock pas réinitialisé ou une base pas nettoyée entre les tests. Tu as un beforeEach ?",
            "non aucun",
        ),
        _m(
            "je veux un endpoint pour supprimer un commentaire",
            "En FastAPI : `@app.delete('/commentaires/{id}', status_code=204)` qui récupère le commentaire, 404 s'il n'existe pas, puis le supprime.",
            "seulement si c'est l'auteur",
        ),
        _m(
            "Ma formule RECHERCHEV renvoie #N/A pour certains codes article",
            "Souvent des espaces en trop ou des nombres stockés en texte. Essaie `=RECHERCHEV(SUPPRESPACE(A2);Articles!A:C;3;FAUX)`.",
            "toujours #N/A pour ceux qui commencent par 0",
        ),
        _m(
            "on a un service qui envoie les mails de confirmation en synchrone dans la vue Django",
            "Tu peux le passer dans une tâche Celery : `envoyer_confirmation.delay(commande.id)`.",
            "fais-le",
        ),
        _u("le bouton valider fait rien sur la fiche client"),
        _u("comment on fait pour que la liste se trie par nom au lieu de par date"),
        _u("les accents s'affichent mal dans l'export, des Ã© partout"),
        _u(
            "il me faut un truc qui vérifie qu'une adresse mail a l'air correcte avant d'enregistrer"
        ),
        _u("les doublons dans la table contacts, comment je les vire en gardant le plus récent"),
        _u("quand je modifie une fiche et que je reviens, l'ancienne valeur est toujours là"),
        _u("faut que le total se recalcule quand on change la quantité"),
        _u("pourquoi mon compteur de lignes est faux d'une unité"),
        _u("je voudrais pouvoir chercher un produit par une partie de son nom"),
        _u("la page met 10 secondes à charger la liste des factures, y en a 3000"),
        _u("comment je garde les filtres choisis quand on change de page"),
        _u("transformer une date 2024-03-05 en 05/03/2024"),
        _u("une fonction qui dit si une année est bissextile, vite fait"),
        _u("à chaque enregistrement ça crée deux lignes au lieu d'une"),
        _u("c'est quoi la différence entre PUT et PATCH pour mettre à jour un client"),
        _u("les dates sont décalées d'une heure une fois en base"),
        _s(
            "Tu es l'assistant de code intégré à l'IDE de l'équipe. Réponds brièvement.",
            "ce champ peut être vide, gère-le",
        ),
        _s(
            "Tu es le bot interne de support développeurs de Transports Lemoine.",
            "Comment j'ajoute une colonne « immatriculation » à la liste des véhicules ?",
        ),
        _s(
            "You are a coding agent working in the user's repository.",
            "renomme prix en prix_unitaire partout dans le modèle et les formulaires",
        ),
        _s(
            "Tu es un tuteur de programmation pour des élèves de BTS SIO.",
            "madame pourquoi mon INSERT dit que la colonne id ne peut pas être nulle",
        ),
    ],
    "ru": [
        _m(
            "Напиши валидацию для поля ИНН в форме регистрации организации",
            "Для юрлиц ИНН состоит из 10 цифр: `if not re.fullmatch(r'\\d{10}', inn): raise ValidationError('Неверный ИНН')`",
            "а если поле пустое?",
        ),
        _m(
            "Как в Django получить все заказы пользователя за последнюю неделю?",
            "`Order.objects.filter(user=request.user, created_at__gte=timezone.now() - timedelta(days=7))`",
            "и отсортируй по сумме",
        ),
        _m(
            "Сделал эндпоинт PATCH /tasks/{id} на FastAPI",
            "Хорошо. Используешь модель с Optional-полями и `model_dump(exclude_unset=True)`?",
            "да. теперь он кидает 422",
        ),
        _m(
            "Нужен SQL: сотрудники без отдела",
            "```sql\nSELECT e.* FROM employees e LEFT JOIN departments d ON d.id = e.department_id WHERE d.id IS NULL;\n```",
            "а заодно и отделы без сотрудников",
        ),
        _m(
            "Как сделать загрузку аватарки в Laravel?",
            "`$path = $request->file('avatar')->store('avatars', 'public');` и сохраняешь $path в поле пользователя.",
            "ограничь 2 мегабайтами",
        ),
        _m(
            "написал функцию отправки смс, она синхронная",
            "Что используешь, requests?",
            "да. сделай асинхронной",
        ),
        _m(
            "Как в Go прочитать JSON из тела запроса в структуру?",
            "`var req CreateUserRequest; if err := json.NewDecoder(r.Body).Decode(&req); err != nil { http.Error(w, err.Error(), 400); return }`",
            "а лишние поля запретить можно?",
        ),
        _m(
            "Напиши юнит-тест для метода CalculateShipping в C#",
            "```csharp\n[Fact]\npublic void FreeShippingOver5000() {\n    var svc = new ShippingService();\n    Assert.Equal(0m, svc.CalculateShipping(5000m));\n}\n```",
            "на NUnit переделай",
        ),
        _m(
            "Экспорт таблицы клиентов в Excel из 1С-выгрузки, csv на 50 тысяч строк, pandas",
            "`pd.read_csv('clients.csv', sep=';', encoding='cp1251').to_excel('clients.xlsx', index=False)`",
            "телефоны превращаются в числа с E+",
            "Укажи тип при чтении: `dtype={'Телефон': str}`.",
            "а даты?",
        ),
        _m(
            "как в React показать спиннер пока грузится список",
            "Держи `const [loading, setLoading] = useState(true)` и ставь false в finally после fetch.",
            "а если ошибка",
        ),
        _m(
            "Переименовал колонку в Postgres, теперь старый код падает",
            "Нужно обновить маппинг в ORM или временно создать view со старым именем.",
            "маппинг в SQLAlchemy, как?",
        ),
        _m(
            "Сделай форму обратной связи на Vue: имя, почта, сообщение",
            "Вот компонент с v-model на трёх полях и методом submit, который шлёт POST на /api/feedback.",
            "и чтобы после отправки очищалась",
        ),
        _m(
            "Почему `User.find(params[:id])` падает с RecordNotFound?",
            "find бросает исключение, если записи нет. Если хочешь nil, используй `find_by(id: params[:id])`.",
            "а в контроллере как 404 вернуть",
        ),
        _m(
            "скрипт на питоне чтобы раз в день чистить старые записи логов из таблицы",
            "`DELETE FROM logs WHERE created_at < now() - interval '30 days'` и запуск через cron.",
            "пачками, там миллионы",
        ),
        _m(
            "Как в Spring сделать пагинацию списка заявок?",
            "Принимай Pageable в контроллере и возвращай `repo.findAll(pageable)`.",
            "а по статусу фильтр?",
        ),
        _m(
            "Тест на pytest падает через раз",
            "Там есть время, случайные данные или порядок из set/dict?",
            "время, сравниваю с datetime.now()",
        ),
        _m(
            "Добавил поле discount в заказ, тип float",
            "Для денег лучше Decimal/NUMERIC, float даёт ошибки округления.",
            "переделай модель",
        ),
        _m(
            "напиши мне CRUD для заметок на Express + MongoDB",
            "Модель Note через mongoose и роуты GET/POST/PUT/DELETE на /notes.",
            "и то же самое для тегов",
        ),
        _m(
            "Как в PHP проверить, что дата окончания позже даты начала?",
            "`if (new DateTime($end) <= new DateTime($start)) { $errors[] = 'Дата окончания раньше начала'; }`",
            "в Laravel-валидаторе можно?",
        ),
        _m(
            "В Kotlin-приложении Room, нужен DAO для списка покупок",
            '`@Dao interface ItemDao { @Query("SELECT * FROM items") fun all(): Flow<List<Item>>; @Insert suspend fun add(item: Item) }`',
            "удаление добавь",
        ),
        _m(
            "Поменял тип поля с int на bigint в миграции",
            "Ок, на большой таблице это перепишет её целиком, учти.",
            "таблица маленькая. а откатить?",
        ),
        _m(
            "Формула в Гугл таблицах: сумма продаж по менеджеру",
            '`=СУММЕСЛИ(B:B; "Иванов"; D:D)` или сводная таблица.',
            "а только за март",
        ),
        _u("кнопка сохранить иногда дважды срабатывает"),
        _u("надо чтобы в списке сначала шли непрочитанные"),
        _u("у меня при сохранении обрезается текст отзыва, дальше 255 символов пропадает"),
        _u("почему после удаления записи она всё ещё видна до перезагрузки"),
        _u("как сделать поиск по фамилии чтобы регистр не учитывался"),
        _u("что значит ошибка 409 при создании пользователя"),
        _u("нужно посчитать сколько дней между двумя датами в отчёте"),
        _u("в выпадающем списке городов дубли"),
        _u("сумма в итоге не сходится на копейку"),
        _u("хочу чтобы при регистрации телефон приводился к виду +7XXXXXXXXXX"),
        _u("ленивая загрузка в hibernate это что и почему у меня LazyInitializationException"),
        _u("список сотрудников надо разбить на страницы по 20"),
        _u("скрипт который переименует все файлы в папке в нижний регистр"),
        _u("после импорта у всех товаров цена ноль"),
        _u("как хранить статус заказа: строкой или числом"),
        _u("фильтр по дате не включает последний день"),
        _s(
            "Ты — ассистент по коду в IDE. Отвечай коротко, по делу.",
            "добавь сюда проверку на null",
        ),
        _s(
            "Ты внутренний бот поддержки разработчиков компании «СеверЛог».",
            "как в нашей админке добавить колонку с датой отгрузки в таблицу накладных",
        ),
        _s(
            "You are a helpful coding assistant.",
            "перепиши этот цикл через list comprehension",
        ),
        _s(
            "Ты преподаватель курса по базам данных, объясняй студентам просто.",
            "зачем нужен первичный ключ если у меня и так есть имя",
        ),
        _s(
            "Ты агент, работающий в репозитории пользователя; можешь читать и менять файлы.",
            "в модели Invoice нет поля paid_at, добавь и сделай миграцию",
        ),
    ],
    "ko": [
        _m(
            "스프링 부트로 회원 목록 조회 API 만들었는데 페이징 넣고 싶어요",
            "컨트롤러에서 Pageable 받아서 `memberRepository.findAll(pageable)` 반환하면 됩니다.",
            "주문 목록도 똑같이 해줘",
        ),
        _m(
            "장바구니 담기 API가 로컬에선 잘 되는데",
            "서버에선 어떤 응답이 오나요?",
            "이제 422 뜸",
        ),
        _m(
            "파이썬으로 엑셀 매출 파일 읽어서 월별 합계 내는 코드 짜줘",
            "`df = pd.read_excel('매출.xlsx'); df.groupby(df['일자'].dt.to_period('M'))['금액'].sum()`",
            "결과를 새 시트에 저장까지",
        ),
        _m(
            "Django에서 게시글 모델에 조회수 필드 추가하려면?",
            "`views = models.PositiveIntegerField(default=0)` 추가하고 makemigrations, migrate 하세요.",
            "조회할 때마다 1씩 올리는 건?",
        ),
        _m(
            "NestJS에서 DTO 검증 어떻게 해요?",
            "class-validator 데코레이터 붙이고 `app.useGlobalPipes(new ValidationPipe())` 설정하면 됩니다.",
            "전화번호 형식도 체크하고 싶음",
        ),
        _m(
            "리액트 폼에서 입력값이 바뀔 때마다 리렌더링이 너무 많아요",
            "react-hook-form 쓰면 비제어 컴포넌트라 리렌더가 훨씬 줄어요.",
            "그걸로 바꿔줘",
        ),
        _m(
            "MySQL에서 최근 30일 가입자 수 쿼리",
            "```sql\nSELECT COUNT(*) FROM users WHERE created_at >= NOW() - INTERVAL 30 DAY;\n```",
            "일별로 나눠서",
        ),
        _m(
            "JPA에서 N+1 문제가 뭐예요?",
            "연관 엔티티를 지연 로딩할 때 목록 1번 + 각 항목마다 추가 쿼리 N번이 나가는 현상이에요. fetch join이나 @EntityGraph로 해결합니다.",
            "fetch join 예시",
        ),
        _m(
            "Express 라우터에서 에러 처리 미들웨어 만들어 줘",
            "`app.use((err, req, res, next) => { res.status(err.status || 500).json({ message: err.message }); });`",
            "async 함수 에러는 안 잡히던데",
        ),
        _m(
            "jest로 이 함수 테스트 짜줘: `export const 할인가 = (가격, 율) => 가격 * (1 - 율)`",
            "```js\ntest('10% 할인', () => { expect(할인가(10000, 0.1)).toBe(9000); });\n```",
            "ok 경계값도",
        ),
        _m(
            "Flutter에서 sqflite로 메모 저장하는 거 만들고 있어요",
            "테이블 생성은 onCreate에서 `CREATE TABLE memo(id INTEGER PRIMARY KEY, content TEXT, created TEXT)` 하시면 돼요.",
            "수정 기능은?",
        ),
        _m(
            "주문 상태 변경 API 만들었어요. PUT /orders/{id}/status",
            "상태 전이 규칙도 검증하나요? 예: 배송완료에서 결제대기로 못 가게.",
            "아니요 넣어주세요",
        ),
        _m(
            "구글 시트에서 재고가 10 미만이면 빨간색 되게 하고 싶어요",
            "조건부 서식에서 맞춤 수식 `=$C2<10` 넣고 빨간 배경 지정하세요.",
            "그리고 메일도 보내게 하려면",
            "Apps Script로 시트 값 읽어서 `MailApp.sendEmail`을 부르고, 시간 기반 트리거를 걸면 됩니다.",
            "스크립트 써줘",
        ),
        _m(
            "코틀린으로 사용자 엔티티 만들었는데 이메일 중복 막고 싶어요",
            "`@Column(unique = true) val email: String` 하고 저장 전에 existsByEmail로 체크하세요.",
            "예외 메시지 한글로",
        ),
        _m(
            "Prisma 스키마에 Post랑 Comment 관계 설정",
            "Comment에 `post Post @relation(fields: [postId], references: [id])`와 `postId Int`, Post에 `comments Comment[]`.",
            "게시글 지우면 댓글도 같이",
        ),
        _m(
            "파이썬 requests로 API 호출하는 함수가 너무 느려요. 100개 호출",
            "httpx AsyncClient와 asyncio.gather로 동시에 보내면 빨라집니다.",
            "비동기로 바꿔줘",
        ),
        _m(
            "Laravel에서 상품 등록 폼 만들었어요",
            "검증은 FormRequest로 분리했나요?",
            "아직요. 분리해줘",
        ),
        _m(
            "pytest 픽스처로 DB 세션 만드는 법",
            "`@pytest.fixture\ndef db():\n    s = Session(); yield s; s.rollback(); s.close()`",
            "테스트마다 초기화돼?",
        ),
        _m(
            "Vue에서 목록 검색창 만들었는데 타이핑마다 API 호출돼요",
            "디바운스 걸면 됩니다. lodash debounce로 300ms 정도.",
            "코드로",
        ),
        _m(
            "엑셀 VBA로 거래처별 시트 나누는 매크로",
            "A열 거래처명 기준으로 고유값 돌면서 새 시트에 필터링 결과를 복사하는 매크로를 짜면 됩니다.",
            "짜주세요",
        ),
        _m(
            "타입스크립트 인터페이스로 예약 데이터 정의해줘",
            "```ts\ninterface Reservation { id: number; name: string; date: string; people: number; }\n```",
            "메모는 선택으로",
        ),
        _m(
            "Go에서 gorm으로 회원 조회",
            "`var m Member; db.First(&m, id)`",
            "없을 때 처리는?",
        ),
        _u("저장 버튼 누르면 가끔 두 번 저장돼요"),
        _u("목록에서 삭제했는데 새로고침해야 사라짐"),
        _u("날짜가 하루씩 밀려서 저장되는데 왜 그럴까요"),
        _u("회원가입할 때 비밀번호 확인 칸 같은지 체크하는 거"),
        _u("검색할 때 띄어쓰기 있으면 결과가 안 나와요"),
        _u("외래키 걸면 뭐가 좋은 거예요"),
        _u("csv 올리면 한글이 다 깨져요"),
        _u("이름 순으로 정렬이 이상해요 가나다순이 아님"),
        _u("합계 칸이 자동으로 안 바뀜"),
        _u("게시판 글 수정하면 작성일도 바뀌어버림"),
        _u("선택 안 하면 기본값 넣고 싶어요"),
        _u("폴더 안 사진 파일명 일괄로 바꾸는 스크립트"),
        _u("중복 데이터 하나만 남기고 지우기"),
        _u("총 건수가 실제보다 하나 적게 나와요"),
        _u("PATCH랑 PUT 뭐 써야 돼요 프로필 수정에"),
        _u("생일로 나이 계산하는 함수 하나만"),
        _u("엑셀 다운로드 누르면 빈 파일이 받아져요"),
        _u("전화번호 하이픈 자동으로 넣어지게 해줘 입력칸에"),
        _s(
            "당신은 사내 개발자 지원 봇입니다. 간결하게 답하세요.",
            "배송지 목록에 우편번호 칼럼 추가하는 방법",
        ),
        _s(
            "You are an AI pair programmer inside the editor.",
            "이거 null이면 빈 배열 반환하게",
        ),
        _s(
            "너는 코딩 부트캠프 조교야. 초보자 눈높이로 설명해.",
            "조교님 insert 했는데 select 하면 안 보여요",
        ),
        _s(
            "당신은 사용자의 저장소에서 작업하는 코딩 에이전트입니다.",
            "User 모델에 탈퇴일 컬럼 추가하고 마이그레이션 만들어",
        ),
        _s(
            "당신은 쇼핑몰 관리자 페이지 개발팀의 코드 도우미입니다.",
            "쿠폰 만료일 지난 건 목록에서 빼줘",
        ),
    ],
    "it": [
        _m(
            "Ho un endpoint Express che restituisce i prodotti, voglio filtrarli per categoria",
            "Leggi `req.query.categoria` e passalo nel where della query: `Prodotto.find(categoria ? { categoria } : {})`.",
            "stessa cosa per i fornitori",
        ),
        _m(
            "Come valido il codice fiscale in un form Angular?",
            "Puoi usare un Validators.pattern con `^[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z]$` sul controllo.",
            "e se lo scrivono in minuscolo?",
        ),
        _m(
            "Scrivimi un test JUnit per il metodo calcolaIva",
            '```java\n@Test\nvoid ivaOrdinaria() {\n    assertEquals(new BigDecimal("22.00"), service.calcolaIva(new BigDecimal("100.00")));\n}\n```',
            "e per l'aliquota ridotta?",
        ),
        _m(
            "La mia POST /ordini funzionava ieri",
            "Cosa è cambiato da ieri?",
            "abbiamo aggiornato il frontend, adesso dà 422",
        ),
        _m(
            "query per i clienti che hanno speso più di 1000 euro nel 2023",
            "```sql\nSELECT c.id, c.nome, SUM(o.totale) AS speso FROM clienti c JOIN ordini o ON o.cliente_id = c.id WHERE o.data BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY c.id, c.nome HAVING SUM(o.totale) > 1000;\n```",
            "ordinali dal più alto",
        ),
        _m(
            "In Django come faccio a mostrare solo le prenotazioni future nell'admin?",
            "Sovrascrivi get_queryset nel ModelAdmin e filtra `data__gte=timezone.now()`.",
            "però al superuser fagli vedere tutto",
        ),
        _m(
            "Ho una funzione che scarica i listini da tre URL uno dopo l'altro",
            "Con requests in sequenza? Quanto ci mette?",
            "sì, 20 secondi. rendila async",
        ),
        _m(
            "Mi serve un modello Sequelize per le fatture",
            "Campi: numero, data, cliente_id, imponibile, iva, totale. Vuoi anche lo stato pagata/non pagata?",
            "sì, e la data di scadenza",
        ),
        _m(
            "Come aggiungo un campo note a una tabella esistente con Alembic?",
            "`op.add_column('pazienti_visite', sa.Column('note', sa.Text(), nullable=True))` nell'upgrade.",
            "e il downgrade?",
        ),
        _m(
            "Ho fatto un form React per iscriversi alla newsletter",
            "Usi un input controllato con useState per l'email?",
            "sì",
            "Allora nel submit controlla il formato e mostra un messaggio se non va bene.",
            "ok scrivilo",
        ),
        _m(
            "Funzione PHP per generare lo slug dal titolo dell'articolo",
            "`function slug($t){ return trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($t)), '-'); }`",
            "con le lettere accentate non va",
        ),
        _m(
            "Il mio test con Mockito fallisce con 'Wanted but not invoked'",
            "Vuol dire che il metodo mockato non è stato chiamato, o è stato chiamato con argomenti diversi. Controlla gli argomenti del verify.",
            "passo un oggetto nuovo uguale",
        ),
        _m(
            "Script Python che legge le email dei clienti da un CSV e toglie i doppioni",
            "`emails = sorted({r['email'].strip().lower() for r in csv.DictReader(open('clienti.csv'))})`",
            "salvalo in un altro csv",
        ),
        _m(
            "Come faccio la paginazione in Laravel?",
            "`$articoli = Articolo::latest()->paginate(15);` e nella vista `{{ $articoli->links() }}`.",
            "anche per l'API json",
        ),
        _m(
            "Formula Excel per contare le consegne in ritardo",
            '`=CONTA.PIÙ.SE(E:E;"<"&OGGI();F:F;"No")` se E è la scadenza e F dice se è consegnato.',
            "e metterle in rosso",
        ),
        _m(
            "Ho un enum StatoOrdine in TypeScript",
            "Ok, come è definito?",
            "`enum StatoOrdine { Nuovo, Spedito, Consegnato }`. mi serve la label in italiano per la tabella",
        ),
        _m(
            "In Rails voglio un endpoint per cancellare un prodotto",
            "`def destroy; @prodotto.destroy; head :no_content; end` con before_action che lo carica.",
            "solo se non ha ordini",
        ),
        _m(
            "Spring Data: trovare gli utenti per cognome ignorando maiuscole",
            "`List<Utente> findByCognomeIgnoreCase(String cognome);`",
            "anche con parte del cognome",
        ),
        _m(
            "come si scrive una fixture pytest che crea un utente di prova",
            "`@pytest.fixture\ndef utente(db):\n    return Utente.objects.create(email='prova@example.com')`",
            "e il test che lo usa?",
        ),
        _m(
            "Nel mio controller .NET voglio restituire 404 se la pratica non esiste",
            "`var p = await _db.Pratiche.FindAsync(id); if (p is null) return NotFound(); return Ok(p);`",
            "e 403 se non è sua",
        ),
        _m(
            "ho aggiunto una colonna sconto decimal(5,2) alla tabella righe_ordine",
            "Bene. Vuoi aggiornare anche il calcolo del totale riga?",
            "sì, fallo",
        ),
        _m(
            "Componente Vue per la lista dei soci con ricerca",
            "Ecco un componente con un input v-model='cerca' e una computed che filtra i soci per nome.",
            "aggiungi l'ordinamento per data iscrizione",
        ),
        _m(
            "In Go come mappo una riga SQL su una struct?",
            'Con database/sql: `row.Scan(&c.ID, &c.Nome, &c.Email)`, oppure usa sqlx con i tag `db:"nome"`.',
            "fammi vedere con sqlx",
        ),
        _u("il pulsante salva a volte non fa niente"),
        _u("la lista dei clienti mi esce disordinata, la voglio per cognome"),
        _u("dopo aver salvato la scheda i campi tornano vuoti"),
        _u("mi si duplicano le righe quando importo il file"),
        _u("le date escono in formato americano"),
        _u("come tolgo i doppioni dalla rubrica tenendo il più recente"),
        _u("serve un campo obbligatorio per la partita iva nel form"),
        _u("il totale del carrello non si aggiorna se cambio quantità"),
        _u("la ricerca non trova niente se metto un accento"),
        _u("che vuol dire errore 409 quando creo un utente"),
        _u("perché il mio test passa da solo ma fallisce con gli altri"),
        _u("una funzione che calcola i giorni lavorativi tra due date"),
        _u("l'elenco fatture è lentissimo, sono solo 5000"),
        _u("dopo l'import tutti i prezzi sono a zero"),
        _u("il campo telefono mi toglie lo zero iniziale"),
        _u("come faccio a far comparire prima gli ordini non evasi"),
        _s(
            "Sei l'assistente di programmazione integrato nell'editor.",
            "gestisci il caso in cui la lista è vuota",
        ),
        _s(
            "Sei il bot di supporto interno per gli sviluppatori di Ferramenta Bortolin.",
            "come aggiungo il filtro per magazzino nella pagina giacenze?",
        ),
        _s(
            "You are a coding agent with access to the user's repository.",
            "aggiungi il campo data_consegna al modello Spedizione e la migrazione",
        ),
        _s(
            "Sei un tutor di informatica per studenti dell'ITIS.",
            "prof perché l'UPDATE mi ha cambiato tutte le righe",
        ),
        _s(
            "Sei un assistente tecnico per il team del gestionale della palestra.",
            "gli abbonamenti scaduti non devono più comparire nel calendario",
        ),
    ],
    "pt": [
        _m(
            "Fiz um endpoint GET /pedidos em NestJS, quero filtrar por status",
            "Recebe `@Query('status') status?: string` e passa no where do repositório.",
            "e o mesmo pra clientes",
        ),
        _m(
            "Como valido CPF num formulário em React?",
            "Tira a pontuação, confere 11 dígitos e calcula os dois dígitos verificadores. Posso te mandar a função.",
            "manda",
        ),
        _m(
            "Meu POST /cadastro tava funcionando",
            "O que mudou?",
            "mudei o DTO e agora dá 422",
        ),
        _m(
            "Consulta SQL: produtos que nunca foram vendidos",
            "```sql\nSELECT p.* FROM produtos p WHERE NOT EXISTS (SELECT 1 FROM itens_venda i WHERE i.produto_id = p.id);\n```",
            "só os ativos",
        ),
        _m(
            "Escreve um teste em Jest pra função calcularFrete",
            "```js\ntest('frete grátis acima de 200', () => { expect(calcularFrete(250, 'SP')).toBe(0); });\n```",
            "ok e o teste pra CEP inválido?",
        ),
        _m(
            "Tenho um model Eloquent Aluno e quero as notas dele",
            "Cria `public function notas() { return $this->hasMany(Nota::class); }` e usa `$aluno->notas`.",
            "e a média?",
        ),
        _m(
            "essa função que manda e-mail de boas-vindas trava a resposta da API",
            "Está em Node? Usa algum serviço de fila?",
            "node, sem fila. deixa async",
        ),
        _m(
            "Como faço paginação no Django REST Framework?",
            "Define `DEFAULT_PAGINATION_CLASS` e `PAGE_SIZE` no settings, ou uma classe por view.",
            "só nessa view de produtos",
        ),
        _m(
            "Planilha do Google: quero somar as vendas de cada vendedor",
            '`=SOMASE(B:B; "Marcos"; D:D)` ou uma tabela dinâmica.',
            "só do mês atual",
        ),
        _m(
            "Script em Python pra juntar várias planilhas de ponto num arquivo só",
            "`pd.concat([pd.read_excel(f) for f in glob('ponto/*.xlsx')]).to_excel('total.xlsx', index=False)`",
            "com uma coluna dizendo de qual arquivo veio",
        ),
        _m(
            "Entidade JPA de Consulta médica: paciente, médico, data, observação",
            "Segue a entidade com @ManyToOne pra Paciente e Medico, LocalDateTime data e @Lob observacao.",
            "agora o repository com busca por médico e dia",
        ),
        _m(
            "Tenho um formulário de contato em Vue que não limpa depois de enviar",
            "No then do envio, reseta o objeto: `this.form = { nome: '', email: '', mensagem: '' }`.",
            "e mostrar uma mensagem de sucesso",
        ),
        _m(
            "Meu teste do pytest às vezes falha, às vezes passa",
            "Depende de hora, de ordem de execução ou de dados aleatórios?",
            "usa random pra gerar o pedido",
            "Fixa a semente com `random.seed(42)` no teste ou gera dados determinísticos.",
            "e com faker?",
        ),
        _m(
            "Função em Kotlin pra formatar valor em real",
            '`NumberFormat.getCurrencyInstance(Locale("pt", "BR")).format(valor)`',
            "sem o R$",
        ),
        _m(
            "No Prisma, como deleto um usuário e os posts dele?",
            "Coloca `onDelete: Cascade` na relação em Post e roda a migration.",
            "e se eu quiser só desativar?",
        ),
        _m(
            "Controller ASP.NET Core pra cadastrar fornecedor",
            "POST recebendo FornecedorDto, valida ModelState, salva no DbContext e retorna CreatedAtAction.",
            "CNPJ tem que ser único",
        ),
        _m(
            "Tem como fazer o select de cidades depender do estado escolhido?",
            "Sim: no change do estado, busca `/api/cidades?uf=XX` e preenche o segundo select.",
            "em jQuery",
        ),
        _m(
            "Go: handler que cria uma tarefa a partir do JSON",
            "Decode no struct, valida título não vazio, insere e responde 201 com a tarefa.",
            "escreve o teste com httptest",
        ),
        _m(
            "SQL pra pegar o último pedido de cada cliente",
            "Com window function: `ROW_NUMBER() OVER (PARTITION BY cliente_id ORDER BY data DESC)` e filtra rn = 1.",
            "é MySQL 5.7",
        ),
        _m(
            "Adicionei um campo desconto no pedido como float",
            "Pra dinheiro melhor usar decimal, float arredonda errado.",
            "troca pra mim no model e na migration",
        ),
        _m(
            "Como faço upload de comprovante em Laravel?",
            "`$request->file('comprovante')->store('comprovantes')` e salva o caminho no pagamento.",
            "só pdf e imagem",
        ),
        _u("o botão de salvar às vezes salva duas vezes"),
        _u("depois que apago um item ele continua aparecendo até dar F5"),
        _u("as datas tão ficando um dia antes no banco"),
        _u("quero que a lista venha em ordem alfabética"),
        _u("como tiro os clientes repetidos da tabela"),
        _u("o total não bate, sempre um centavo de diferença"),
        _u("acento vira ? quando exporto o relatório"),
        _u("campo de telefone tem que aceitar só número"),
        _u("o campo CEP perde o zero da frente"),
        _u("preciso calcular a idade a partir da data de nascimento"),
        _u("a tela de pedidos demora demais pra abrir"),
        _u("busca por nome não acha se eu digitar minúsculo"),
        _u("o que quer dizer erro 400 quando salvo o produto"),
        _u("quando edito o cadastro a data de criação muda junto"),
        _u("renomear um monte de arquivo de nota fiscal de uma vez"),
        _u("o filtro de data não pega o último dia"),
        _s(
            "Você é o assistente de código da IDE. Responda curto.",
            "trata o caso de vir nulo aqui",
        ),
        _s(
            "Você é o bot de suporte interno dos desenvolvedores da Padaria Estrela Digital.",
            "como coloco a coluna de validade na tela de estoque?",
        ),
        _s(
            "You are a coding agent working inside the user's project.",
            "cria o campo data_entrega em Pedido e a migration",
        ),
        _s(
            "Você é monitor da disciplina de banco de dados, explique de forma simples.",
            "por que meu DELETE apagou a tabela toda",
        ),
        _s(
            "Você ajuda a equipe que mantém o sistema da clínica odontológica.",
            "agendamento cancelado não pode mais aparecer na agenda do dia",
        ),
    ],
    "es": [
        _m(
            "Tengo una API en Express que lista los socios, quiero filtrar por provincia",
            "Lee `req.query.provincia` y mételo en el where si viene.",
            "lo mismo para las cuotas",
        ),
        _m(
            "¿Cómo valido un DNI español en un formulario?",
            "Comprueba 8 dígitos y una letra, y que la letra sea `'TRWAGMYFPDXBNJZSQVHLCKE'[numero % 23]`.",
            "¿y el NIE?",
        ),
        _m(
            "El endpoint PUT /empleados/{id} iba bien",
            "¿Qué ha cambiado?",
            "ahora me tira 422",
        ),
        _m(
            "Consulta SQL de ventas por tienda en el último trimestre",
            "```sql\nSELECT tienda_id, SUM(importe) FROM ventas WHERE fecha >= CURRENT_DATE - INTERVAL '3 months' GROUP BY tienda_id;\n```",
            "y que salga el nombre de la tienda",
        ),
        _m(
            "Hazme un test con pytest para la función aplicar_cupon",
            "```python\ndef test_cupon_valido():\n    assert aplicar_cupon(50, 'VERANO') == 45\n```",
            "vale ¿y el del cupón caducado?",
        ),
        _m(
            "Modelo de Django para las reservas de pistas de pádel",
            "Pista (nombre, cubierta) y Reserva (pista FK, usuario FK, inicio, fin).",
            "que no se puedan solapar",
        ),
        _m(
            "Tengo una función que descarga las facturas de cinco proveedores en bucle",
            "¿Usas requests? ¿Cuánto tarda?",
            "sí, un montón. hazla async",
        ),
        _m(
            "Formulario en React para dar de alta un paciente en la agenda",
            "Campos nombre, teléfono, fecha de cita; useState y un onSubmit que hace POST a /api/citas.",
            "la fecha no puede ser pasada",
        ),
        _m(
            "En Spring, ¿cómo devuelvo 404 si no existe el pedido?",
            "`return repo.findById(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());`",
            "¿y con un mensaje?",
        ),
        _m(
            "Fórmula de Excel para sacar el IVA de una columna de precios",
            "`=B2*0,21` para el IVA y `=B2*1,21` para el total.",
            "y si en otra columna pone si es reducido",
        ),
        _m(
            "Script en Python que lea un Excel de alumnos y genere un CSV por clase",
            "`for clase, g in df.groupby('clase'): g.to_csv(f'{clase}.csv', index=False)`",
            "los nombres de clase tienen barras, 1º/A",
        ),
        _m(
            "¿Cómo pagino resultados en Sequelize?",
            "`findAndCountAll({ limit, offset: (page - 1) * limit })` y devuelves count y rows.",
            "con orden por fecha",
        ),
        _m(
            "Mi test de Jest falla solo en el CI",
            "¿Depende de la zona horaria o de fechas?",
            "formatea fechas sí",
            "En el CI suele estar en UTC. Fija TZ en el script de test o usa fechas sin hora local.",
            "¿dónde pongo lo de TZ?",
        ),
        _m(
            "Endpoint en FastAPI para borrar una tarea",
            "`@app.delete('/tareas/{id}', status_code=204)` que busca, 404 si no existe, y borra.",
            "que solo la borre el dueño",
        ),
        _m(
            "En Rails quiero los clientes con más de 3 pedidos",
            "`Cliente.joins(:pedidos).group(:id).having('COUNT(pedidos.id) > 3')`",
            "¿y contarlos?",
        ),
        _m(
            "Componente Vue con la tabla de productos",
            "Una tabla con v-for sobre productos y un botón de borrar por fila.",
            "añade editar en línea",
        ),
        _m(
            "Añadí un campo precio como float en el modelo",
            "Para dinero mejor Decimal, el float redondea mal.",
            "cámbialo",
        ),
        _m(
            "en Go cómo leo un query param ?pagina=2",
            '`p, err := strconv.Atoi(r.URL.Query().Get("pagina"))` y si falla usas 1.',
            "y tamano por defecto 20",
        ),
        _m(
            "Entidad de Entity Framework para los vehículos de la flota",
            "Clase Vehiculo con Id, Matricula, Modelo, FechaItv y un DbSet en el contexto.",
            "la matrícula única",
        ),
        _u("el botón de guardar a veces no hace nada"),
        _u("al borrar un registro sigue saliendo hasta que recargo"),
        _u("las fechas se me guardan con un día menos"),
        _u("me salen filas repetidas al importar"),
        _u("las tildes salen rotas en el CSV que exporto"),
        _u("el total del carrito no cambia si cambio las unidades"),
        _u("campo teléfono que solo acepte números"),
        _u("¿qué significa un 409 al crear un usuario?"),
        _u("la búsqueda no encuentra nada si pongo una tilde"),
        _u("necesito sacar los días laborables entre dos fechas"),
        _u("el listado de albaranes tarda una eternidad"),
        _u("al editar la ficha se cambia también la fecha de alta"),
        _u("quitar duplicados de la tabla de contactos dejando el último"),
        _s(
            "Eres el asistente de programación del editor. Responde breve.",
            "controla aquí que no venga vacío",
        ),
        _s(
            "Eres el bot interno de soporte a desarrolladores de Conservas Arrieta.",
            "¿cómo añado la columna de lote en la pantalla de almacén?",
        ),
        _s(
            "You are a coding agent with write access to this repository.",
            "añade fecha_baja al modelo Socio y su migración",
        ),
        _s(
            "Eres tutor de un ciclo de DAW, explica con calma.",
            "profe, ¿por qué el INSERT me dice que la columna no existe si la veo?",
        ),
        _s(
            "Eres el asistente técnico del equipo que mantiene la web de la autoescuela.",
            "los alumnos dados de baja que no salgan en el calendario de prácticas",
        ),
    ],
    "ja": [
        _m(
            "Railsで会員一覧APIを作りました。都道府県で絞り込みたいです",
            "`@members = Member.all; @members = @members.where(prefecture: params[:prefecture]) if params[:prefecture].present?`",
            "注文一覧も同じように",
        ),
        _m(
            "郵便番号のバリデーションをフォームに入れたい",
            "`/^\\d{3}-?\\d{4}$/` でチェックするのが簡単です。",
            "全角数字で入れられたら？",
        ),
        _m(
            "POST /items がローカルでは通るんですが",
            "ステージングではどうなりますか？",
            "422になる",
        ),
        _m(
            "先月の売上を店舗ごとに集計するSQL",
            "```sql\nSELECT store_id, SUM(amount) FROM sales WHERE sold_at >= date_trunc('month', now()) - interval '1 month' AND sold_at < date_trunc('month', now()) GROUP BY store_id;\n```",
            "店舗名も出して",
        ),
        _m(
            "pytestで消費税計算関数のテストを書いて",
            "```python\ndef test_tax_10():\n    assert calc_tax(1000) == 1100\n```",
            "軽減税率のケースも",
        ),
        _m(
            "Djangoの予約モデルにキャンセル日時を追加したい",
            "`cancelled_at = models.DateTimeField(null=True, blank=True)` を追加してマイグレーションしてください。",
            "一覧からキャンセル分を除くには？",
        ),
        _m(
            "在庫をAPIから取ってくる関数、10件順番に呼んでて遅い",
            "requestsで1件ずつですか？",
            "そう。asyncにして",
        ),
        _m(
            "Laravelで商品登録フォームを作った",
            "バリデーションはどこでやっていますか？",
            "コントローラの中。FormRequestに分けて",
        ),
        _m(
            "Spring Bootで社員が見つからないとき404にしたい",
            "`orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))` が手軽です。",
            "メッセージも日本語で返したい",
        ),
        _m(
            "ReactのフォームでSubmitするとページがリロードされる",
            "onSubmitで `e.preventDefault()` を呼んでください。",
            "直った。送信中はボタン無効にしたい",
        ),
        _m(
            "ExcelのVLOOKUPで#N/Aになる商品コードがある",
            "先頭ゼロが落ちて数値になっているか、余計な空白がある可能性が高いです。",
            "先頭ゼロだった。どうすれば",
        ),
        _m(
            "CSVの顧客データをPostgreSQLに取り込むスクリプト",
            "psycopgで `COPY customers FROM STDIN WITH CSV HEADER` を使うのが速いです。",
            "Shift_JISなんだけど",
        ),
        _m(
            "Jestのテストが単体だと通るのに全体で落ちる",
            "モックやテスト間で共有している状態がリセットされていない可能性があります。",
            "afterEachで何すればいい？",
        ),
        _m(
            "TypeScriptで予約の型を定義して",
            "```ts\ntype Reservation = { id: number; name: string; date: string; guests: number };\n```",
            "備考は任意で",
        ),
        _m(
            "Goのgormでユーザー取得",
            "`db.First(&user, id)`",
            "見つからないときは？",
            "`errors.Is(err, gorm.ErrRecordNotFound)` で判定して404を返します。",
            "ハンドラ全体書いて",
        ),
        _m(
            "Vueで検索ボックス作ったら入力のたびにAPI叩いてる",
            "debounceで300msくらい待つようにしましょう。",
            "コードで",
        ),
        _m(
            "金額カラムをfloatで作っちゃった",
            "お金はdecimalにしたほうが丸め誤差が出ません。",
            "変更するマイグレーション書いて",
        ),
        _m(
            "Prismaで投稿とコメントのリレーション",
            "Commentに `post Post @relation(fields: [postId], references: [id])` を追加します。",
            "投稿消したらコメントも消えるように",
        ),
        _m(
            "Flaskでタスク削除のエンドポイント",
            "`@app.delete('/tasks/<int:id>')` でget_or_404してdelete、204を返します。",
            "作成者だけ消せるように",
        ),
        _m(
            "Kotlin + Roomで買い物リストのDAO",
            '`@Query("SELECT * FROM items") fun all(): Flow<List<Item>>` と `@Insert suspend fun add(item: Item)`。',
            "削除と更新も",
        ),
        _u("保存ボタンを押すとたまに二重登録される"),
        _u("削除したのにリロードするまで一覧に残る"),
        _u("日付が1日ずれて保存される"),
        _u("一覧を名前のあいうえお順にしたい"),
        _u("外部キーって結局何のためにあるの"),
        _u("CSV出力すると文字化けする"),
        _u("合計金額が1円合わない"),
        _u("電話番号の欄に数字しか入れられないようにしたい"),
        _u("409エラーってどういう意味ですか、ユーザー登録で出ます"),
        _u("検索で大文字小文字を区別しないようにしたい"),
        _u("生年月日から年齢を出す関数"),
        _u("重複している顧客データを1件だけ残して消したい"),
        _u("編集すると作成日まで変わってしまう"),
        _u("一覧画面が重い、件数は3000件くらい"),
        _u("フォルダ内のファイル名を連番に一括変更したい"),
        _s(
            "あなたはエディタに組み込まれたコーディングアシスタントです。簡潔に答えてください。",
            "ここnullのときの処理入れて",
        ),
        _s(
            "あなたは株式会社みなと物流の社内開発者サポートボットです。",
            "出荷一覧に配達希望日の列を足すには？",
        ),
        _s(
            "You are a coding agent working in the user's repository.",
            "Orderモデルに発送日を追加してマイグレーションも作って",
        ),
        _s(
            "あなたはプログラミングスクールのメンターです。初心者向けに説明してください。",
            "UPDATEしたら全部の行が変わっちゃいました",
        ),
        _s(
            "あなたは歯科医院の予約システムを保守するチームのアシスタントです。",
            "キャンセル済みの予約は当日の一覧に出さないで",
        ),
    ],
    "zh": [
        _m(
            "我用 Express 写了个商品列表接口，想按分类筛选",
            "读取 `req.query.category`，有值就放进 where 条件里。",
            "订单列表也一样",
        ),
        _m(
            "表单里怎么校验手机号",
            "用正则 `/^1[3-9]\\d{9}$/` 判断就行。",
            "那座机号呢",
        ),
        _m(
            "POST /api/users 本地没问题",
            "测试环境返回什么？",
            "现在报 422",
        ),
        _m(
            "写个 SQL 统计每个部门的人数",
            "```sql\nSELECT d.name, COUNT(e.id) FROM departments d LEFT JOIN employees e ON e.dept_id = d.id GROUP BY d.name;\n```",
            "只要人数大于10的",
        ),
        _m(
            "帮我给 calc_discount 写个单元测试，用 pytest",
            "```python\ndef test_vip_discount():\n    assert calc_discount(100, 'vip') == 80\n```",
            "好，普通用户的呢",
        ),
        _m(
            "Django 模型里加一个软删除字段",
            "加 `is_deleted = models.BooleanField(default=False)`，然后自定义 Manager 过滤掉。",
            "后台管理也要过滤吗",
        ),
        _m(
            "我有个函数挨个调用五个接口拉数据，很慢",
            "用的是 requests 吗？",
            "对，改成异步",
        ),
        _m(
            "Spring Boot 里查不到用户时返回 404",
            "`userRepo.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))`",
            "统一异常处理怎么写",
        ),
        _m(
            "MyBatis 怎么写分页查询",
            "用 PageHelper：`PageHelper.startPage(page, size); List<Order> list = mapper.selectAll();`",
            "加个按日期排序",
        ),
        _m(
            "React 表单提交后页面刷新了",
            "在 onSubmit 里调用 `e.preventDefault()`。",
            "好了，提交时按钮禁用怎么弄",
        ),
        _m(
            "Excel 里 VLOOKUP 有些编号返回 #N/A",
            "多半是有空格或者数字存成了文本。",
            "是文本格式，怎么改公式",
        ),
        _m(
            "Python 脚本把一个文件夹里的 Excel 合并成一个",
            "`pd.concat([pd.read_excel(f) for f in glob('data/*.xlsx')]).to_excel('合并.xlsx', index=False)`",
            "加一列写来源文件名",
        ),
        _m(
            "Jest 测试单独跑能过，一起跑就挂",
            "可能是 mock 没重置或者共享了状态。",
            "怎么重置",
        ),
        _m(
            "Gin 里怎么把 JSON 绑定到结构体",
            '`var req CreateReq; if err := c.ShouldBindJSON(&req); err != nil { c.JSON(400, gin.H{"error": err.Error()}); return }`',
            "字段必填怎么标",
        ),
        _m(
            "Vue 搜索框每输入一个字就请求一次接口",
            "加个防抖，300 毫秒左右。",
            "写一下",
        ),
        _m(
            "金额字段我用了 float",
            "钱最好用 decimal，float 有精度问题。",
            "帮我改迁移",
        ),
        _m(
            "Laravel 里上传营业执照图片",
            "`$path = $request->file('license')->store('licenses');` 然后存到商户表。",
            "限制只能传图片，5M 以内",
        ),
        _m(
            "FastAPI 删除文章的接口",
            "`@app.delete('/articles/{id}', status_code=204)`，找不到返回 404。",
            "只有作者能删",
            "在依赖里拿到当前用户，比较 article.author_id，不一致就抛 403。",
            "代码给我",
        ),
        _m(
            "TypeScript 定义一个订单类型",
            "```ts\ninterface Order { id: number; userId: number; total: number; status: string }\n```",
            "status 只能是几个固定值",
        ),
        _m(
            "EF Core 实体：车辆，有车牌号、型号、年检日期",
            "类 Vehicle 加 Id、PlateNo、Model、InspectionDate，再在 DbContext 加 DbSet。",
            "车牌号唯一",
        ),
        _u("点保存有时候会存两条"),
        _u("删了的数据刷新之前还在列表里"),
        _u("存进数据库的日期少了一天"),
        _u("列表想按名字排序"),
        _u("外键到底有什么用"),
        _u("导出的 CSV 用 Excel 打开是乱码"),
        _u("合计金额总差一分钱"),
        _u("电话号码输入框只能输数字"),
        _u("注册用户时报 409 是啥意思"),
        _u("搜索不区分大小写怎么弄"),
        _u("根据生日算年龄的函数"),
        _u("客户表里有重复的，只留最新一条"),
        _u("编辑之后创建时间也跟着变了"),
        _u("订单列表打开特别慢，才几千条"),
        _u("批量把文件夹里的文件改成小写"),
        _s(
            "你是编辑器里的编程助手，回答简短。",
            "这里为空的时候处理一下",
        ),
        _s(
            "你是青禾科技内部的开发者支持机器人。",
            "库存页面怎么加一列保质期",
        ),
        _s(
            "You are a coding agent with access to the repository.",
            "给 Customer 模型加个会员等级字段，顺便生成迁移",
        ),
        _s(
            "你是数据库课程的助教，讲得通俗一点。",
            "为什么我 DELETE 把整张表都删了",
        ),
        _s(
            "你是维护健身房会员系统的团队助手。",
            "过期会员不要出现在签到列表里",
        ),
    ],
    "en": [
        _m(
            "I've got a Rails endpoint listing volunteers, need to filter by shift",
            "`@volunteers = Volunteer.where(shift: params[:shift])` when the param is present.",
            "and the same for donors",
        ),
        _m(
            "my POST /signup works locally",
            "What happens on staging?",
            "now it throws 422",
        ),
        _m(
            "write a pytest test for parse_invoice_number",
            "```python\ndef test_parses_prefix():\n    assert parse_invoice_number('INV-0042') == 42\n```",
            "ok and the bad input case?",
        ),
        _m(
            "this function fetches prices from three suppliers one after another",
            "Using requests in a loop?",
            "yep. make it async",
        ),
        _m(
            "SQL for customers who haven't ordered in 90 days",
            "```sql\nSELECT c.* FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.created_at > now() - interval '90 days');\n```",
            "only ones with a newsletter opt-in",
        ),
        _m(
            "Django model for library loans: book, member, due date",
            "Loan with FK to Book and Member, `due_date = models.DateField()`, `returned_at` nullable.",
            "how do I get the overdue ones?",
        ),
        _m(
            "Laravel migration adding a notes column to tickets",
            "`$table->text('notes')->nullable();` in up, `dropColumn('notes')` in down.",
            "and show it on the edit form",
        ),
        _m(
            "jest test is flaky, passes maybe 4 out of 5",
            "Does it depend on time, random data, or test order?",
            "it uses Date.now()",
        ),
        _m(
            "Spring repo method to find bookings by date",
            "`List<Booking> findByDate(LocalDate date);`",
            "sorted by start time",
        ),
        _m(
            "Express handler to delete a comment",
            "`router.delete('/comments/:id', ...)` that loads it, returns 404 if missing, deletes, sends 204.",
            "only the author can",
        ),
        _m(
            "Google Sheets formula to total hours per employee",
            '`=SUMIF(A:A, "Priya", C:C)` or a pivot table.',
            "just this week",
        ),
        _m(
            "Go handler that lists tasks as JSON",
            "Query rows, scan into []Task, `json.NewEncoder(w).Encode(tasks)`.",
            "add ?done=true filter",
        ),
        _m(
            "I stored prices as float in the model",
            "Use Decimal for money, float rounds badly.",
            "fix it",
        ),
        _m(
            "Vue search box hits the API on every keystroke",
            "Debounce it by ~300ms.",
            "show me",
        ),
        _u("save button sometimes saves twice"),
        _u("deleted rows still show until I refresh"),
        _u("dates end up one day off in the db"),
        _u("want the list sorted by last name"),
        _u("csv export has weird characters instead of accents"),
        _u("totals are off by a cent"),
        _u("phone field should only take digits"),
        _u("what's a 409 when creating a user"),
        _u("the orders page takes forever to load, like 4k rows"),
        _u("editing a record also changes its created date"),
        _s(
            "You are the coding assistant built into the team's IDE. Keep answers short.",
            "handle the empty case here",
        ),
        _s(
            "You are the internal developer support bot for Harbor Lane Produce.",
            "how do I add a harvest date column to the crates table view?",
        ),
        _s(
            "You are a coding agent with write access to this repository.",
            "add shipped_at to Order plus the migration",
        ),
        _s(
            "You are a patient tutor for a community college intro to databases course.",
            "why did my UPDATE change every row",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b8", BY_LANG)
