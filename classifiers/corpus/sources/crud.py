"""Training examples for the `crud` label: routine code in any language and framework.

CRUD endpoints, queries, forms, models, migrations, unit tests, small scripts, simple bug fixes
and boilerplate. Hand-written prompts (each its own group) come first, then a few templated
families drawn with a fixed seed (each family one group, at most 25 variants).

Border cases kept here on purpose: login and registration endpoints, bcrypt hashing, JWT
middleware that reads its secret from the environment, validation tests, 2D charts and CSS
animations, single-function refactors, one index or one migration. Secrets only ever appear as
environment lookups or `<placeholders>`.
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable, Iterator

from classifiers.corpus.example import Example, chat

LABEL = "crud"


def _t(text: str) -> str:
    """Hand-written text indented in the source: dedented and stripped."""
    return textwrap.dedent(text).strip()


# ---------------------------------------------------------------------------------------------
# System prompts shared by hand-written and templated examples.
# ---------------------------------------------------------------------------------------------

SYS_AGENT = (
    "You are an expert software engineer working in the user's repository. You can read and "
    "edit files with the tools provided. Make the smallest change that solves the task, follow "
    "the existing code style, and run the tests before you report back."
)
SYS_IDE = (
    "You are a coding assistant embedded in the user's IDE. The user's currently open file and "
    "selection may be included. Answer with code first and keep explanations short."
)
SYS_GENERIC = "You are a helpful assistant."
SYS_CONCISE = "You are a helpful, concise assistant. Use markdown code blocks for code."
SYS_CLI_AGENT = (
    "You are a command-line coding agent. Tools: read_file(path), write_file(path, content), "
    "run(cmd). Think step by step, then act. Never run destructive commands without asking."
)
SYS_ACME = (
    "You are DevHelper, the developer assistant of Acme Logistics. Our stack is Django 4.2, "
    "PostgreSQL 15 and React 18 with TypeScript. Prefer solutions that fit this stack."
)
SYS_SHOP = (
    "You are ShopBot for the Northwind e-commerce team. Answer questions about our Laravel 10 "
    "backend and Vue 3 storefront. Be friendly and practical."
)
SYS_REVIEW = (
    "You are a senior engineer doing code review. Point out bugs first, then style issues. "
    "Suggest concrete code changes."
)
SYS_ES = "Eres un asistente de programación. Responde en español, con ejemplos de código claros."
SYS_DE = "Du bist ein hilfreicher Programmierassistent. Antworte knapp auf Deutsch, mit Code."
SYS_ZH = "你是一名资深后端工程师助手。回答要简洁，代码请放在代码块里。"
SYS_JA = (
    "あなたは経験豊富なソフトウェアエンジニアのアシスタントです。日本語で簡潔に答えてください。"
)
SYS_FR = "Tu es un assistant de développement. Réponds en français, de façon concise."
SYS_PT = "Você é um assistente de programação. Responda em português do Brasil."
SYS_IT = "Sei un assistente per sviluppatori. Rispondi in italiano con esempi di codice."
SYS_KO = "당신은 숙련된 백엔드 개발자 어시스턴트입니다. 한국어로 간단명료하게 답하세요."
SYS_RU = "Ты опытный разработчик-ассистент. Отвечай по-русски, кратко и с примерами кода."

SYSTEMS_BY_LANG: dict[str, tuple[str, ...]] = {
    "en": (SYS_AGENT, SYS_IDE, SYS_GENERIC, SYS_CONCISE, SYS_CLI_AGENT, SYS_ACME, SYS_SHOP),
    "es": (SYS_ES, SYS_AGENT, SYS_GENERIC),
    "de": (SYS_DE, SYS_IDE, SYS_GENERIC),
    "zh": (SYS_ZH, SYS_AGENT, SYS_CONCISE),
    "ja": (SYS_JA, SYS_IDE, SYS_GENERIC),
    "fr": (SYS_FR, SYS_CONCISE),
    "pt": (SYS_PT, SYS_GENERIC),
    "it": (SYS_IT, SYS_IDE),
    "ko": (SYS_KO, SYS_CONCISE),
    "ru": (SYS_RU, SYS_AGENT),
}

# ---------------------------------------------------------------------------------------------
# Hand-written: very short one-liners (under 80 characters).
# ---------------------------------------------------------------------------------------------

SHORT: list[tuple[str, str]] = [
    ("en", "fix this sql: SELECT * FROM users WHERE created_at > NOW() - 7 days"),
    ("en", "how do i add a unique constraint in a django model"),
    ("en", "pytest fixture for a temp sqlite db?"),
    ("en", "write a flask route that returns all todos as json"),
    ("en", "express: get user by id, 404 if missing"),
    ("en", "regex for a UK postcode pls"),
    ("en", "rename column email to email_address in postgres"),
    ("en", "convert this for loop to a list comprehension"),
    ("en", "TypeError: Cannot read properties of undefined (reading 'map')"),
    ("en", "laravel validation rule for a date after today?"),
    ("en", "bash one-liner to delete files older than 30 days"),
    ("en", "add pagination to my FastAPI list endpoint"),
    ("en", "go: read a csv file into a slice of structs"),
    ("en", "jest test for a function that sums an array"),
    ("en", "prisma findMany where status = 'active' order by createdAt desc"),
    ("en", "make this useEffect only run once"),
    ("en", "Rails migration to add an index on orders.user_id"),
    ("en", "sqlalchemy soft delete column, how?"),
    ("en", "dockerfile for a node 20 express app"),
    ("en", "pandas: group by month and sum the amount column"),
    ("en", "powershell: rename all .txt files in a folder to .md"),
    ("en", "IndentationError: unexpected indent (views.py, line 14)"),
    ("en", "spring boot PUT endpoint for a Product entity"),
    ("en", "vue 3 form with v-model and a submit handler"),
    ("en", "write a unit test for is_valid_email()"),
    ("en", "mysql: count orders per customer, only those with more than 5"),
    ("en", "debounce a search input in react"),
    ("en", "how to return 201 + Location header in ASP.NET Core?"),
    ("en", "gorm: update only the non-zero fields"),
    ("en", "github actions yaml to run pytest on every push"),
    ("en", "axum handler that deletes a row by id"),
    ("en", "ts type for this json: {id, name, tags[]}"),
    ("en", "simple css fade-in animation for a modal"),
    ("en", "bcrypt hash a password in node"),
    ("en", "Chart.js bar chart from an array of {month, total}"),
    ("en", "NestJS DTO with class-validator for CreateUser"),
    ("en", "remove duplicates from a list but keep order, python"),
    ("en", "why does my PATCH request return 415"),
    ("es", "¿cómo hago un endpoint DELETE en FastAPI?"),
    ("es", "consulta sql para sacar los 10 productos más vendidos"),
    ("es", "arregla este error: NameError: name 'db' is not defined"),
    ("es", "hazme el modelo de Django para una tabla de facturas"),
    ("es", "test en pytest para validar el formulario de registro"),
    ("es", "migración de Laravel para añadir la columna telefono"),
    ("es", "cómo ordeno un array de objetos por fecha en js"),
    ("es", "necesito un script bash que haga backup de una carpeta"),
    ("es", "¿por qué mi useState no se actualiza al momento?"),
    ("es", "paginación con Spring Data JPA, un ejemplo rápido"),
    ("es", "regex para validar un código postal de 5 dígitos"),
    ("es", "crud básico con express y mongoose porfa"),
    ("de", "Wie mache ich einen Join in SQLAlchemy 2.0?"),
    ("de", "schreib mir einen Unit-Test für die Funktion parse_date"),
    ("de", "ModuleNotFoundError: No module named 'app' – was mache ich falsch?"),
    ("de", "Flyway-Migration: Spalte status zur Tabelle orders hinzufügen"),
    ("de", "Formular in Angular mit Reactive Forms und Validierung"),
    ("de", "kurzes Python-Skript, das alle CSV-Dateien zusammenführt"),
    ("de", "REST-Endpoint in Go mit gin für GET /artikel/:id"),
    ("de", "Wie setze ich einen Default-Wert für eine Prisma-Spalte?"),
    ("de", "Index auf created_at anlegen, Postgres"),
    ("de", "Django-Admin: Liste nach Datum filtern, wie geht das?"),
    ("de", "JUnit-Test für meinen UserService bitte"),
    ("de", "warum gibt mein fetch undefined zurück??"),
    ("zh", "用 FastAPI 写一个增删改查的接口"),
    ("zh", "这个 SQL 怎么加索引比较好？"),
    ("zh", "帮我写个 pytest 单元测试，测一下 add_user 函数"),
    ("zh", "Django 模型里怎么定义多对多关系"),
    ("zh", "express 里怎么拿到 query 参数"),
    ("zh", "MySQL 按天统计订单数量的 SQL 怎么写"),
    ("zh", "报错 KeyError: 'id'，怎么改"),
    ("zh", "vue3 表单校验怎么写"),
    ("zh", "写一个 shell 脚本批量重命名文件"),
    ("zh", "GORM 怎么做软删除"),
    ("zh", "Spring Boot 分页查询给个示例"),
    ("zh", "用 pandas 读取 excel 然后去重"),
    ("ja", "Railsでユーザー一覧APIを作りたい"),
    ("ja", "このSQLにインデックスを追加して"),
    ("ja", "pytestでfixtureを使う方法を教えて"),
    ("ja", "Laravelのバリデーションで電話番号をチェックしたい"),
    ("ja", "TypeScriptでAPIレスポンスの型を定義するには？"),
    ("ja", "GoでJSONを構造体にデコードするサンプル"),
    ("ja", "React Hook Formで問い合わせフォームを作って"),
    ("ja", "NullPointerExceptionが出ます。どこを直せばいい？"),
    ("ja", "Djangoのマイグレーションをやり直す方法"),
    ("ja", "PowerShellでフォルダ内の古いログを削除するスクリプト"),
    ("ja", "Prismaで1対多のリレーションを書きたい"),
    ("ja", "Jestでモック関数の呼び出し回数を確認したい"),
    ("fr", "comment faire un PUT avec axios ?"),
    ("fr", "écris-moi une migration Doctrine pour ajouter un champ slug"),
    ("fr", "requête SQL pour supprimer les doublons dans la table clients"),
    ("fr", "test unitaire PHPUnit pour ma méthode calculerTotal"),
    ("pt", "como faço um endpoint POST no Express?"),
    ("pt", "query no Postgres pra pegar o último pedido de cada cliente"),
    ("pt", "cria um model Eloquent pra tabela produtos"),
    ("pt", "erro 'undefined method' no Rails, como resolvo?"),
    ("it", "come faccio una SELECT con LEFT JOIN in Sequelize?"),
    ("it", "scrivimi un test con Jest per questa funzione"),
    ("it", "script python per rinominare i file in una cartella"),
    ("ko", "Spring Boot로 게시판 CRUD API 만들어줘"),
    ("ko", "이 쿼리에 인덱스 추가하려면 어떻게 해?"),
    ("ko", "pytest로 API 테스트 코드 작성해줘"),
    ("ru", "напиши эндпоинт на FastAPI для удаления пользователя"),
    ("ru", "как добавить миграцию в Alembic?"),
    ("ru", "SQL-запрос: сумма заказов по месяцам"),
]

# ---------------------------------------------------------------------------------------------
# Hand-written: single-turn requests of ordinary length, no system prompt.
# ---------------------------------------------------------------------------------------------

SINGLE: list[tuple[str, str]] = [
    (
        "en",
        _t("""
        my django view returns a 500 when i submit the form. code:

        ```python
        def create_invoice(request):
            form = InvoiceForm(request.POST)
            invoice = form.save(commit=False)
            invoice.owner = request.user
            invoice.save()
            return redirect("invoice-list")
        ```
        error says "The Invoice could not be created because the data didn't validate."
        """),
    ),
    (
        "en",
        "Can you write a FastAPI router for a `Book` resource (id, title, author, "
        "published_year) with create/list/get/update/delete, using SQLAlchemy 2.0 async "
        "sessions? Keep it in one file please, I'll split it later.",
    ),
    (
        "en",
        _t("""
        knex insert on postgres gives me `[ { id: 7 } ]` instead of just 7, how do i get the
        plain id back?

        ```js
        const id = await db('projects').insert({ name, owner_id: req.user.id }).returning('id');
        res.status(201).json({ id });
        ```
        """),
    ),
    (
        "en",
        "Add a scope `recent` to my Rails Post model that returns posts from the last 30 days, "
        "newest first, and use it in PostsController#index with kaminari pagination (20 per "
        "page).",
    ),
    (
        "en",
        "Write a plain net/http handler in Go for POST /notes: decode JSON {title, body}, "
        "return 400 if title is empty, insert with database/sql into a notes table and return "
        "the created note with status 201. No frameworks.",
    ),
    (
        "en",
        "I need a React component that fetches /api/orders and shows them in a table with "
        "columns id, customer, total, status. Clicking a header should sort by that column "
        "(toggle asc/desc). Plain useState/useEffect, no table library.",
    ),
    (
        "en",
        _t("""
        login endpoint for flask. users table has email + password_hash (bcrypt). I want:
        - POST /login with json {email, password}
        - 401 with a generic message if email unknown or password wrong
        - on success put user_id in the session and return 204
        using flask-sqlalchemy and the bcrypt package
        """),
    ),
    (
        "en",
        "Express middleware that checks the Authorization: Bearer header, verifies the JWT "
        "with jsonwebtoken using process.env.JWT_SECRET, puts the decoded payload on req.user "
        "and returns 401 otherwise. TypeScript please.",
    ),
    (
        "en",
        _t("""
        chart.js line chart with two datasets (revenue and costs) per month. data comes from
        my endpoint like:
        [{"month": "2024-01", "revenue": 12000, "costs": 8000}, ...]
        y axis should show values with a € sign. vanilla js, no react.
        """),
    ),
    (
        "en",
        "css only loading spinner: a circle border with one colored quarter that rotates "
        "forever, 40px, should respect prefers-reduced-motion.",
    ),
    (
        "en",
        _t("""
        refactor this one function, the nesting is killing me:

        ```python
        def shipping_cost(order):
            if order.country == "DE":
                if order.total > 50:
                    return 0
                else:
                    if order.express:
                        return 9.9
                    else:
                        return 4.9
            else:
                if order.express:
                    return 19.9
                else:
                    return 12.9
        ```
        """),
    ),
    (
        "en",
        _t("""
        this query takes 4s on ~2M rows. what index should i add?

        SELECT id, status, total FROM orders
        WHERE customer_id = $1 AND status IN ('paid','shipped')
        ORDER BY created_at DESC LIMIT 20;

        EXPLAIN shows Seq Scan on orders, filter removes 1999870 rows.
        """),
    ),
    (
        "en",
        "Write an Alembic migration that adds a nullable `archived_at` timestamptz column to "
        "`projects` plus a partial index on (owner_id) WHERE archived_at IS NULL. Include the "
        "downgrade.",
    ),
    (
        "en",
        _t("""
        write pytest tests for this pydantic model's validation — empty username, username
        too long, invalid email, age below 13, and a valid case.

        class SignupIn(BaseModel):
            username: constr(min_length=3, max_length=30)
            email: EmailStr
            age: conint(ge=13)
        """),
    ),
    (
        "en",
        "laravel 10: make me a resource controller for Supplier (name, vat_number, email, "
        "phone) with a StoreSupplierRequest form request that validates everything, plus the "
        "route in api.php",
    ),
    (
        "en",
        "ASP.NET Core 8 minimal API with EF Core for a TodoItem (Id, Title, IsDone). Need "
        "GET all, GET by id, POST, PUT, DELETE. Use the in-memory provider for now.",
    ),
    (
        "en",
        _t("""
        @Transactional doesn't roll back when my method throws. Spring Boot 3.

        ```java
        @Service
        public class TransferService {
            @Transactional
            public void transfer(Long from, Long to, BigDecimal amount) throws Exception {
                accounts.debit(from, amount);
                if (amount.signum() <= 0) throw new Exception("invalid amount");
                accounts.credit(to, amount);
            }
        }
        ```
        the debit stays in the db. why?
        """),
    ),
    (
        "en",
        "svelte (not sveltekit) form to create a contact: name, email, phone, notes. POST to "
        "/api/contacts, show field errors returned by the server as {field: message}.",
    ),
    (
        "en",
        "Android/Kotlin: Retrofit interface + ViewModel + a Compose LazyColumn that lists "
        "tasks from GET https://api.example.com/tasks. Show a spinner while loading and a "
        "retry button on error.",
    ),
    (
        "en",
        "actix-web 4 + sqlx (postgres): handler for GET /items/{id} that returns 404 when not "
        "found. Item has id: i64, name: String, price_cents: i32.",
    ),
    (
        "en",
        "in phoenix, what's the mix command to generate a JSON context for Comment (body:text, "
        "post_id references posts) and what do I add to the router afterwards?",
    ),
    (
        "en",
        "NestJS + TypeORM: in my OrdersService.findOne I need the order with its items and "
        "the customer loaded, and throw NotFoundException if missing. how do I write that "
        "with the repository API?",
    ),
    (
        "en",
        "next.js 14 app router: route handler POST /api/subscribe that takes {email}, "
        "validates it with zod, upserts into a Prisma `Subscriber` model and returns 200 or "
        "400 with the zod errors.",
    ),
    (
        "en",
        "python script: merge customers.csv and orders.csv on customer_id, compute total spent "
        "per customer, write top 100 to top_customers.xlsx. pandas is fine.",
    ),
    (
        "en",
        "github actions workflow: run npm ci + npm test on node 18, 20 and 22, cache npm, only "
        "on pull requests to main.",
    ),
    (
        "en",
        "small Dockerfile for a FastAPI app (app/main.py, requirements.txt), python 3.12 slim, "
        "non-root user, uvicorn on port 8000. multi-stage if it actually helps.",
    ),
    (
        "en",
        "regex to pull all hashtags out of a tweet: #word, allow underscores and digits but "
        "not starting with a digit. JS.",
    ),
    (
        "en",
        _t("""
        RSpec specs for this service object please:

        class ApplyCoupon
          def initialize(order, code) = (@order, @code = order, code)
          def call
            coupon = Coupon.active.find_by(code: @code)
            return false unless coupon
            @order.update!(discount_cents: coupon.amount_cents)
          end
        end
        """),
    ),
    (
        "en",
        "table-driven Go test for func Slugify(s string) string — cases: spaces, umlauts, "
        "multiple dashes, leading/trailing dashes, empty string.",
    ),
    (
        "en",
        "hibernate is firing one select per author when I list books (n+1). Book has "
        "@ManyToOne Author. how do i fix it in this one repository method "
        "`List<Book> findByGenre(String genre)`?",
    ),
    (
        "es",
        "Necesito un serializer y un ViewSet de Django REST Framework para el modelo Cliente "
        "(nombre, email, ciudad, activo) con filtro por ciudad usando django-filter. ¿Me lo "
        "escribes?",
    ),
    (
        "es",
        _t("""
        me sale "Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the
        client" y no entiendo por qué

        ```js
        app.get('/usuarios/:id', async (req, res) => {
          const u = await Usuario.findById(req.params.id);
          if (!u) res.status(404).json({ error: 'no existe' });
          res.json(u);
        });
        ```
        """),
    ),
    (
        "es",
        "En Laravel tengo Pedido y LineaPedido. Quiero la relación hasMany y un endpoint GET "
        "/api/pedidos/{id} que devuelva el pedido con sus líneas y el total calculado. Uso "
        "API Resources.",
    ),
    (
        "es",
        "hazme un formulario en React para dar de alta un empleado (nombre, apellidos, "
        "departamento de un select, fecha de alta) con validación básica y que haga POST a "
        "/api/empleados con fetch",
    ),
    (
        "es",
        _t("""
        esta consulta me da error en Postgres:

        SELECT cliente_id, nombre, SUM(importe) FROM facturas
        JOIN clientes ON clientes.id = facturas.cliente_id
        GROUP BY cliente_id;

        ERROR: column "clientes.nombre" must appear in the GROUP BY clause or be used in an
        aggregate function
        """),
    ),
    (
        "es",
        "Spring Boot 3: endpoint POST /api/registro que reciba email y contraseña, compruebe "
        "que el email no exista, guarde la contraseña con BCryptPasswordEncoder y devuelva "
        "201. Con un DTO y @Valid.",
    ),
    (
        "es",
        "script en python que lea un archivo productos.json (lista de objetos) y genere un "
        "CSV con las columnas sku, nombre, precio. Que no pete si falta algún campo.",
    ),
    (
        "es",
        "¿me escribes tests con Jest para este reducer del carrito? acciones: ADD_ITEM, "
        "REMOVE_ITEM, CLEAR. Si añado el mismo producto dos veces debe sumar la cantidad.",
    ),
    (
        "es",
        "Vue 3 con composition API: tabla de clientes paginada desde /api/clientes?page=N "
        "(la API devuelve {data, total, per_page}). Botones anterior/siguiente.",
    ),
    (
        "es",
        "Migración de Flyway (V3__crear_categorias.sql) para una tabla categorias con id, "
        "nombre único, slug y parent_id que apunte a la misma tabla.",
    ),
    (
        "es",
        "Flutter: pantalla que liste productos de GET /productos con el paquete http, con "
        "pull-to-refresh y un CircularProgressIndicator mientras carga.",
    ),
    (
        "es",
        _t("""
        pásame esto a async/await porfa, que con tanto callback no hay quien lo lea

        function guardar(datos, cb) {
          validar(datos, function (err) {
            if (err) return cb(err);
            db.insert(datos, function (err, id) {
              if (err) return cb(err);
              cb(null, id);
            });
          });
        }
        """),
    ),
    (
        "de",
        "Spring Boot REST-Controller für Kunden (Name, E-Mail, Geburtsdatum) mit @Valid, "
        "eigenem DTO und sauberer 400-Antwort bei Validierungsfehlern. Repository ist schon "
        "da (JpaRepository<Kunde, Long>).",
    ),
    (
        "de",
        "SQLAlchemy: Autor hat viele Bücher. Wie definiere ich die Beziehung (2.0-Stil mit "
        "Mapped[]) und lade alle Autoren mit ihren Büchern in einer Abfrage (joinedload oder "
        "selectinload?)",
    ),
    (
        "de",
        _t("""
        Bitte pytest-Tests mit parametrize für diese Funktion:

        def plz_gueltig(plz: str) -> bool:
            return len(plz) == 5 and plz.isdigit() and plz != "00000"

        Randfälle bitte mit abdecken (Leerzeichen, Buchstaben, None?).
        """),
    ),
    (
        "de",
        _t("""
        django.db.utils.IntegrityError: NOT NULL constraint failed: shop_order.customer_id

        kommt beim Speichern im View:

            order = Order(total=cart.total())
            order.save()
            order.customer = request.user.customer

        Was ist falsch?
        """),
    ),
    (
        "de",
        "Schreib mir eine Express-Middleware in JS, die das JWT aus dem Cookie `token` liest, "
        "mit process.env.JWT_SECRET prüft und bei Fehler 401 zurückgibt. Gern mit kurzen "
        "Kommentaren.",
    ),
    (
        "de",
        "Bash-Skript: alle *.log im Verzeichnis /var/log/meineapp, die älter als 7 Tage sind, "
        "mit gzip komprimieren und älter als 30 Tage löschen. Soll per cron laufen.",
    ),
    (
        "de",
        "Angular 17: ProduktService mit HttpClient für GET/POST/PUT/DELETE auf /api/produkte, "
        "mit Interface Produkt {id, name, preis}. Fehlerbehandlung mit catchError.",
    ),
    (
        "de",
        "EF Core: Ich möchte der Tabelle Rechnungen eine Spalte Faelligkeitsdatum (DateOnly, "
        "nullable) hinzufügen. Welche Befehle und wie sieht die Migration aus?",
    ),
    (
        "de",
        "Symfony 6: Controller-Action, die alle Artikel einer Kategorie als JSON liefert, über "
        "ein eigenes Repository-Methode findByKategorieSortiert(). Doctrine ORM.",
    ),
    (
        "de",
        "GORM: Bestellung hat viele Positionen. Mit Preload bekomme ich die Positionen, aber "
        "ich will sie nach position_nr sortiert. Wie geht das?",
    ),
    (
        "de",
        "CSS: Button soll beim Hover leicht wachsen und einen Schatten bekommen, 200ms "
        "ease-out, ohne JavaScript.",
    ),
    (
        "de",
        "Regex für deutsche Handynummern: +49 oder 0, dann 15x/16x/17x, dann 7–8 Ziffern, "
        "Leerzeichen und Bindestriche erlaubt. Für Python re.",
    ),
    (
        "zh",
        "用 Gin 写一个用户注册接口：接收 username 和 password，密码用 bcrypt 加密后存到 MySQL（用 "
        "GORM），用户名重复返回 409。",
    ),
    (
        "zh",
        "MyBatis 动态 SQL：根据传入的 name、status、开始时间、结束时间做多条件查询，参数为空就不拼"
        "这个条件，XML 怎么写？",
    ),
    (
        "zh",
        "Vue3 + Element Plus 做一个用户管理表格，支持新增、编辑（弹窗）、删除确认、分页，接口是 "
        "/api/users。",
    ),
    (
        "zh",
        "写个 Python 脚本，把 data 目录下所有 .json 文件合并成一个列表写到 all.json，遇到格式"
        "错误的文件就跳过并打印文件名。",
    ),
    (
        "zh",
        _t("""
        sqlalchemy.exc.InvalidRequestError: When initializing mapper Mapper[User(users)],
        expression 'Order' failed to locate a name ('Order').

        两个模型在不同文件里，User 里写了 orders = relationship("Order")，这个怎么解决？
        """),
    ),
    (
        "zh",
        "Spring Boot 项目里想统一接口返回格式 {code, msg, data}，再加个全局异常处理，给我一个"
        "Result 类和 @RestControllerAdvice 的例子。",
    ),
    (
        "zh",
        "用 ECharts 画一个最近 7 天订单量的折线图，数据从 /api/stats/orders 拿，返回格式是 "
        "[{date, count}]。",
    ),
    (
        "zh",
        "帮我给这个工具函数写 Jest 测试：formatPrice(cents) 返回 ¥ 开头、两位小数、千分位的字符"
        "串，负数和 0 也要测。",
    ),
    (
        "zh",
        "Node 里查商品详情的接口太慢了，想用 ioredis 加一层缓存，缓存 5 分钟，商品更新的时候删掉"
        "缓存。就这一个接口，帮我改一下。",
    ),
    (
        "zh",
        "Django REST framework 列表接口怎么加分页？想要每页 20 条，并且前端可以传 page_size，"
        "最大 100。",
    ),
    (
        "zh",
        "Flutter 写一个商品列表页，调用 GET /api/goods，上拉加载更多，下拉刷新，用 dio。",
    ),
    (
        "zh",
        "给我一个 MySQL 建表语句：文章表，有标题、内容、作者 id、状态、创建时间、更新时间，"
        "再给作者 id 和创建时间建个联合索引。",
    ),
    (
        "ja",
        "Laravel 10で商品（name, price, stock）の一覧・登録・更新・削除のAPIを作りたいです。"
        "コントローラ、FormRequest、ルート定義まで書いてください。",
    ),
    (
        "ja",
        "RailsのUserモデルにメールアドレスの形式チェックと一意性のバリデーションを付けたので、"
        "RSpecでモデルスペックを書いてほしいです。",
    ),
    (
        "ja",
        "TypeScript + Expressでログイン用のPOST /loginを実装したい。パスワードはbcryptで照合、"
        "成功したらJWTを返す（秘密鍵はprocess.env.JWT_SECRETから読む）。",
    ),
    (
        "ja",
        _t("""
        直近30日の売上を日別に集計するSQLを書いてください。売上がない日も0で出したいです。
        テーブル: sales(id, amount, sold_at timestamp)  DBはPostgreSQL 15
        """),
    ),
    (
        "ja",
        "Next.js (App Router) でお問い合わせフォームを作っています。react-hook-formとzodで"
        "バリデーションして、Server Actionで保存するサンプルがほしいです。",
    ),
    (
        "ja",
        "pandasでsales.csvを読み込んで、店舗ごと・月ごとの売上合計をピボットにしてExcelに"
        "出力するスクリプトをお願いします。",
    ),
    (
        "ja",
        _t("""
        fetchでAPIを叩くと以下のエラーになります。
        Uncaught (in promise) SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid
        JSON
        URLは '/api/items' で、ローカルでは動いてました。原因と直し方を教えてください。
        """),
    ),
    (
        "ja",
        "Spring Boot + JPAで注文(Order)と注文明細(OrderItem)のエンティティを定義したいです。"
        "1対多で、注文を消したら明細も消えるようにしたい。",
    ),
    (
        "ja",
        "GoのechoでTODOのREST API（一覧・作成・更新・削除）を作るサンプルください。DBはとりあえず"
        "メモリ上のmapでOKです。",
    ),
    (
        "ja",
        "GitHub ActionsでLaravelのテスト（PHPUnit）を回したい。MySQLのサービスコンテナも"
        "使います。workflowのymlを書いてもらえますか。",
    ),
    (
        "ja",
        "SwiftUIでAPIから取得したユーザー一覧をListに表示したいです。async/awaitとCodableを"
        "使った書き方でお願いします。",
    ),
    (
        "ja",
        _t("""
        この関数、読みにくいのでリファクタリングしてほしいです。

        function getLabel(status) {
          if (status === 1) { return '受付'; }
          else if (status === 2) { return '処理中'; }
          else if (status === 3) { return '完了'; }
          else { return '不明'; }
        }
        """),
    ),
    (
        "fr",
        "J'ai besoin d'un CRUD complet pour une entité Article (titre, contenu, publie) avec "
        "Symfony 7 et Doctrine : contrôleur, formulaire et templates Twig basiques.",
    ),
    (
        "fr",
        _t("""
        mon test pytest plante avec « fixture 'client' not found », pourtant j'ai bien un
        conftest.py à la racine du dossier tests. Voici le début :

        import pytest
        from app import create_app

        @pytest.fixture
        def app():
            return create_app({"TESTING": True})
        """),
    ),
    (
        "fr",
        "Comment ajouter une validation côté serveur dans Express avec express-validator pour "
        "un formulaire d'inscription (email valide, mot de passe de 8 caractères min) ?",
    ),
    (
        "fr",
        "Petit script PowerShell qui parcourt un dossier, trouve tous les fichiers .csv de "
        "plus de 10 Mo et les déplace dans un sous-dossier archive.",
    ),
    (
        "fr",
        "Requête SQL (MySQL) : pour chaque client, la date de sa dernière commande et le "
        "montant total, triés par montant décroissant.",
    ),
    (
        "pt",
        "Preciso de um CRUD de clientes em Node com Express e Prisma (nome, email, telefone). "
        "Pode me passar o schema.prisma e as rotas?",
    ),
    (
        "pt",
        _t("""
        ta dando esse erro no meu Django:
        django.core.exceptions.ImproperlyConfigured: Field name `nome_completo` is not valid
        for model `Cliente`.
        o serializer tá com fields = ['id', 'nome_completo', 'email']. o que pode ser?
        """),
    ),
    (
        "pt",
        "Como faço uma tela de login no Flutter que chama POST /auth/login e guarda o token "
        "com flutter_secure_storage? Só a tela e o service, sem gerência de estado complicada.",
    ),
    (
        "pt",
        "Escreve testes JUnit 5 com Mockito pro meu ProdutoService.buscarPorId, cobrindo o "
        "caso de produto encontrado e o de ProdutoNaoEncontradoException.",
    ),
    (
        "pt",
        "Tenho uma tabela vendas com data e valor. Quero uma query que traga o total por "
        "semana do ano atual, no Postgres.",
    ),
    (
        "it",
        "Mi serve un endpoint in FastAPI per aggiornare parzialmente un prodotto (PATCH), solo "
        "i campi inviati devono cambiare. Uso SQLModel.",
    ),
    (
        "it",
        _t("""
        perché questa query Eloquent mi restituisce tutti gli utenti invece che solo quelli
        attivi di Milano?

        User::where('citta', 'Milano')->orWhere('citta', 'Monza')->where('attivo', 1)->get();
        """),
    ),
    (
        "it",
        "Scrivi un componente Angular con reactive form per modificare un indirizzo (via, "
        "cap, città, provincia) con validatori e pulsante salva disabilitato se invalido.",
    ),
    (
        "it",
        "Come posso fare un job in GitLab CI che costruisce l'immagine Docker del mio servizio "
        "e la pusha sul registry del progetto solo sui tag?",
    ),
    (
        "ko",
        "Spring Boot JPA로 회원 엔티티랑 리포지토리 만들고, 이메일로 회원 찾는 메서드 추가해줘. "
        "이메일은 유니크 제약 걸어야 해.",
    ),
    (
        "ko",
        _t("""
        express에서 multer로 이미지 업로드하는데 req.file이 계속 undefined 나와요.

        app.post('/upload', upload.single('image'), (req, res) => {
          console.log(req.file);
        });

        프론트에서는 FormData에 'file'로 append 하고 있어요.
        """),
    ),
    (
        "ko",
        "React에서 회원가입 폼 만들고 싶은데 이메일 형식, 비밀번호 확인 일치 여부 검증까지 "
        "해주는 코드 부탁해요. react-hook-form 써도 돼요.",
    ),
    (
        "ko",
        "MySQL에서 게시글 목록 조회할 때 댓글 수도 같이 가져오는 쿼리 어떻게 짜요? posts, "
        "comments 테이블 있어요.",
    ),
    (
        "ru",
        "Напиши, пожалуйста, Django-модель Заказ (номер, клиент FK, сумма, статус с choices, "
        "дата создания) и админку с фильтром по статусу.",
    ),
    (
        "ru",
        _t("""
        падает с ошибкой psycopg2.errors.UniqueViolation: duplicate key value violates unique
        constraint "users_email_key" — хочу вместо 500 отдавать 409. Flask + SQLAlchemy,
        вставка делается через db.session.add(user); db.session.commit(). Как правильно
        поймать?
        """),
    ),
    (
        "ru",
        "Нужен bash-скрипт, который делает pg_dump базы каждую ночь, складывает в /backups с "
        "датой в имени и удаляет дампы старше 14 дней.",
    ),
    (
        "ru",
        "Как в NestJS сделать валидацию query-параметров page и limit (числа, limit не больше "
        "100) через class-validator и ValidationPipe?",
    ),
]

# ---------------------------------------------------------------------------------------------
# Hand-written: long requests (pasted code, logs, specs), some under a system prompt.
# ---------------------------------------------------------------------------------------------

LONG: list[tuple[str, str | None, str]] = [
    (
        "en",
        None,
        _t("""
        here are my models, can you write DRF serializers + viewsets + router registration for
        all three? Recipe list should include the author username and the ingredient count,
        detail should nest the ingredients. Only the author may update/delete a recipe.

        ```python
        class Recipe(models.Model):
            author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                       related_name="recipes")
            title = models.CharField(max_length=200)
            description = models.TextField(blank=True)
            prep_minutes = models.PositiveIntegerField(default=0)
            created_at = models.DateTimeField(auto_now_add=True)

        class Ingredient(models.Model):
            name = models.CharField(max_length=100, unique=True)

        class RecipeIngredient(models.Model):
            recipe = models.ForeignKey(Recipe, on_delete=models.CASCADE, related_name="items")
            ingredient = models.ForeignKey(Ingredient, on_delete=models.PROTECT)
            quantity = models.DecimalField(max_digits=8, decimal_places=2)
            unit = models.CharField(max_length=20)

            class Meta:
                unique_together = ("recipe", "ingredient")
        ```
        """),
    ),
    (
        "en",
        None,
        _t("""
        getting this when creating an order, no idea what's going on

        ```
        SequelizeForeignKeyConstraintError: insert or update on table "order_items" violates
        foreign key constraint "order_items_order_id_fkey"
            at Query.formatError (node_modules/sequelize/lib/dialects/postgres/query.js:336:16)
            at Query.run (node_modules/sequelize/lib/dialects/postgres/query.js:76:18)
            at async PostgresQueryInterface.bulkInsert (node_modules/sequelize/lib/.../query-interface.js:822:21)
            at async OrderItem.bulkCreate (node_modules/sequelize/lib/model.js:2775:23)
            at async createOrder (/app/src/services/orders.js:21:5)
        ```

        ```js
        async function createOrder(userId, cart) {
          const t = await sequelize.transaction();
          try {
            const order = Order.create({ userId, status: 'pending' }, { transaction: t });
            await OrderItem.bulkCreate(
              cart.items.map((i) => ({ orderId: order.id, productId: i.id, qty: i.qty })),
              { transaction: t },
            );
            await t.commit();
            return order;
          } catch (e) {
            await t.rollback();
            throw e;
          }
        }
        ```
        """),
    ),
    (
        "en",
        None,
        _t("""
        Ticket RCP-214: Favourite recipes

        As a logged-in user I want to mark recipes as favourites so I can find them later.

        Acceptance criteria
        - POST /api/recipes/{id}/favourite marks it (idempotent, 204)
        - DELETE /api/recipes/{id}/favourite unmarks it (204, also if it was not marked)
        - GET /api/me/favourites lists my favourites, newest first, paginated (page, size<=50)
        - recipe list/detail responses get a boolean `is_favourite` for the current user
        - 404 for unknown recipe ids, 401 when not logged in

        Tech notes
        - FastAPI + SQLAlchemy 2.0, Postgres, migrations with Alembic
        - new table favourites(user_id, recipe_id, created_at) with a composite PK
        - tests with pytest + httpx AsyncClient, we already have `client` and `auth_headers`
          fixtures in conftest.py

        Can you implement this: the model, the migration, the router and the tests?
        """),
    ),
    (
        "en",
        SYS_IDE,
        _t("""
        This component re-renders forever and the network tab shows /api/filters being called
        in a loop. What's wrong and how do I fix it?

        ```tsx
        export function ProductFilters({ category }: { category: string }) {
          const [filters, setFilters] = useState<Filter[]>([]);
          const [selected, setSelected] = useState<Record<string, string>>({});
          const query = { category, ...selected };

          useEffect(() => {
            fetch(`/api/filters?${new URLSearchParams(query)}`)
              .then((r) => r.json())
              .then((data) => {
                setFilters(data.filters);
                setSelected(data.defaults);
              });
          }, [query]);

          return (
            <div className="filters">
              {filters.map((f) => (
                <select
                  key={f.key}
                  value={selected[f.key] ?? ""}
                  onChange={(e) => setSelected({ ...selected, [f.key]: e.target.value })}
                >
                  {f.options.map((o) => (
                    <option key={o} value={o}>{o}</option>
                  ))}
                </select>
              ))}
            </div>
          );
        }
        ```
        """),
    ),
    (
        "en",
        None,
        _t("""
        Schema (Postgres):

        customers(id bigserial pk, name text, country char(2), created_at timestamptz)
        products(id bigserial pk, sku text unique, name text, category text, price numeric)
        orders(id bigserial pk, customer_id bigint fk, status text, created_at timestamptz)
        order_lines(order_id bigint fk, product_id bigint fk, qty int, unit_price numeric)

        I need a report query for the finance dashboard:
        - one row per (month, category) for the last 12 full months
        - revenue = sum(qty * unit_price) of orders with status in ('paid', 'shipped')
        - number of distinct customers who bought in that category that month
        - share of the month's total revenue, as a percentage with 1 decimal
        - months with no sales in a category should still appear with 0
        Ideally one query with CTEs, no functions. We're on Postgres 14.
        """),
    ),
    (
        "en",
        None,
        _t("""
        my script skips the last row of every file and i can't see why

        ```python
        import csv
        import sys
        from pathlib import Path

        def load(path):
            rows = []
            with open(path, newline="") as f:
                reader = csv.reader(f)
                header = next(reader)
                prev = None
                for row in reader:
                    if prev is not None:
                        rows.append(dict(zip(header, prev)))
                    prev = row
            return rows

        def main():
            total = 0
            for p in sorted(Path(sys.argv[1]).glob("*.csv")):
                rows = load(p)
                amount = sum(float(r["amount"]) for r in rows)
                print(f"{p.name}: {len(rows)} rows, {amount:.2f}")
                total += amount
            print(f"TOTAL {total:.2f}")

        if __name__ == "__main__":
            main()
        ```

        the files have a header and 100 data rows each but it prints 99 rows. also is there
        a cleaner way to do this with DictReader?
        """),
    ),
    (
        "en",
        SYS_AGENT,
        _t("""
        CI is red on my branch. Here is the failing job output:

        ```
        [INFO] Running com.acme.billing.InvoiceServiceTest
        [ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.412 s
        [ERROR] InvoiceServiceTest.totalIncludesVat  Time elapsed: 0.021 s  <<< FAILURE!
        org.opentest4j.AssertionFailedError: expected: <119.00> but was: <119.0>
            at org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)
            at org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:1141)
            at com.acme.billing.InvoiceServiceTest.totalIncludesVat(InvoiceServiceTest.java:48)
        [INFO] Results:
        [ERROR] Failures:
        [ERROR]   InvoiceServiceTest.totalIncludesVat:48 expected: <119.00> but was: <119.0>
        [ERROR] Tests run: 42, Failures: 1, Errors: 0, Skipped: 0
        [ERROR] BUILD FAILURE
        ```

        The test is `assertEquals(new BigDecimal("119.00"), service.total(invoice));` and
        `total()` does `net.multiply(new BigDecimal("1.19"))` with net = 100. Fix it in the
        service so totals always have scale 2 (HALF_UP), and keep the test as it is.
        """),
    ),
    (
        "en",
        None,
        _t("""
        please write unit tests for this (go 1.22, standard testing pkg, no testify):

        ```go
        package cart

        import "errors"

        var ErrQty = errors.New("quantity must be positive")

        type Line struct {
            SKU      string
            Qty      int
            PriceCts int
        }

        type Cart struct{ lines map[string]*Line }

        func New() *Cart { return &Cart{lines: map[string]*Line{}} }

        func (c *Cart) Add(sku string, qty, price int) error {
            if qty <= 0 {
                return ErrQty
            }
            if l, ok := c.lines[sku]; ok {
                l.Qty += qty
                return nil
            }
            c.lines[sku] = &Line{SKU: sku, Qty: qty, PriceCts: price}
            return nil
        }

        func (c *Cart) Remove(sku string) { delete(c.lines, sku) }

        func (c *Cart) TotalCts() int {
            t := 0
            for _, l := range c.lines {
                t += l.Qty * l.PriceCts
            }
            return t
        }
        ```
        want table-driven tests where it makes sense and a test for the error.
        """),
    ),
    (
        "en",
        SYS_SHOP,
        _t("""
        Our ProductController is getting messy. Can you move the validation into a
        FormRequest and the response shaping into an API Resource? Keep behaviour identical.

        ```php
        public function update(Request $request, int $id)
        {
            $product = Product::find($id);
            if (!$product) {
                return response()->json(['message' => 'Not found'], 404);
            }
            $data = $request->validate([
                'name' => 'required|string|max:255',
                'price' => 'required|numeric|min:0',
                'stock' => 'integer|min:0',
                'category_id' => 'required|exists:categories,id',
            ]);
            $product->update($data);
            return response()->json([
                'id' => $product->id,
                'name' => $product->name,
                'price' => number_format($product->price, 2),
                'stock' => $product->stock,
                'category' => $product->category->name,
                'updated_at' => $product->updated_at->toIso8601String(),
            ]);
        }
        ```
        """),
    ),
    (
        "en",
        None,
        _t("""
        Flask app below. I want a decorator `@require_auth` that reads a Bearer JWT, verifies
        it with PyJWT (HS256, secret from os.environ["JWT_SECRET"]), puts the user id in
        flask.g and returns 401 JSON on any failure. Then protect the two write routes.

        ```python
        from flask import Flask, jsonify, request
        from .db import get_db

        app = Flask(__name__)

        @app.get("/notes")
        def list_notes():
            rows = get_db().execute("SELECT id, title FROM notes ORDER BY id").fetchall()
            return jsonify([dict(r) for r in rows])

        @app.post("/notes")
        def create_note():
            data = request.get_json()
            db = get_db()
            cur = db.execute("INSERT INTO notes (title, body) VALUES (?, ?)",
                             (data["title"], data.get("body", "")))
            db.commit()
            return jsonify({"id": cur.lastrowid}), 201

        @app.delete("/notes/<int:note_id>")
        def delete_note(note_id):
            db = get_db()
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            db.commit()
            return "", 204
        ```
        """),
    ),
    (
        "en",
        None,
        _t("""
        This pandas loop takes ~20 minutes on 3M rows. Can you vectorize it?

        ```python
        df = pd.read_parquet("events.parquet")
        df["session_id"] = None
        session = 0
        last_user, last_ts = None, None
        for i, row in df.sort_values(["user_id", "ts"]).iterrows():
            if row.user_id != last_user or (row.ts - last_ts).total_seconds() > 1800:
                session += 1
            df.at[i, "session_id"] = session
            last_user, last_ts = row.user_id, row.ts
        sessions = df.groupby("session_id").agg(
            user_id=("user_id", "first"),
            start=("ts", "min"),
            end=("ts", "max"),
            events=("event", "count"),
        )
        sessions["duration_s"] = (sessions.end - sessions.start).dt.total_seconds()
        sessions.to_csv("sessions.csv")
        ```
        A new session starts when the user changes or after 30 min of inactivity. Output
        should stay the same (session ids can be numbered differently).
        """),
    ),
    (
        "en",
        None,
        _t("""
        docker build fails:

        ```
        => ERROR [builder 6/7] RUN npm run build                                       4.1s
        ------
         > [builder 6/7] RUN npm run build:
        0.512 > web@1.0.0 build
        0.512 > tsc -p tsconfig.build.json
        3.998 src/main.ts(3,22): error TS2307: Cannot find module '@nestjs/core' or its
        corresponding type declarations.
        ------
        ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete
        successfully: exit code: 2
        ```

        Dockerfile:
        ```dockerfile
        FROM node:20-alpine AS builder
        WORKDIR /app
        COPY package.json ./
        ENV NODE_ENV=production
        RUN npm install
        COPY . .
        RUN npm run build

        FROM node:20-alpine
        WORKDIR /app
        COPY --from=builder /app/dist ./dist
        COPY --from=builder /app/node_modules ./node_modules
        CMD ["node", "dist/main.js"]
        ```
        builds fine locally with npm run build. what's different?
        """),
    ),
    (
        "en",
        None,
        _t("""
        alembic autogenerate produced this for a simple column rename (full_name -> name) and
        it would drop all the data. Can you rewrite it as a proper rename, with a working
        downgrade?

        ```python
        revision = "3f2a9c1d7e44"
        down_revision = "b81e0a6c2d19"

        def upgrade() -> None:
            op.add_column("authors", sa.Column("name", sa.String(length=200), nullable=False))
            op.drop_index("ix_authors_full_name", table_name="authors")
            op.create_index("ix_authors_name", "authors", ["name"])
            op.drop_column("authors", "full_name")

        def downgrade() -> None:
            op.add_column("authors", sa.Column("full_name", sa.VARCHAR(length=200),
                          autoincrement=False, nullable=False))
            op.drop_index("ix_authors_name", table_name="authors")
            op.create_index("ix_authors_full_name", "authors", ["full_name"])
            op.drop_column("authors", "name")
        ```
        Postgres 15, and the table has ~40k rows.
        """),
    ),
    (
        "en",
        SYS_CLI_AGENT,
        _t("""
        Add zod validation to every route in src/routes/tickets.ts. Return 400 with
        `{ errors: issues }` when the body or params are invalid. The file currently is:

        ```ts
        import { Router } from "express";
        import { db } from "../db";

        export const tickets = Router();

        tickets.get("/:id", async (req, res) => {
          const t = await db.ticket.findUnique({ where: { id: Number(req.params.id) } });
          if (!t) return res.sendStatus(404);
          res.json(t);
        });

        tickets.post("/", async (req, res) => {
          const { title, priority, assigneeId } = req.body;
          const t = await db.ticket.create({ data: { title, priority, assigneeId } });
          res.status(201).json(t);
        });

        tickets.patch("/:id", async (req, res) => {
          const t = await db.ticket.update({
            where: { id: Number(req.params.id) },
            data: req.body,
          });
          res.json(t);
        });
        ```
        priority is one of low|medium|high, title 1-120 chars, assigneeId optional int.
        """),
    ),
    (
        "en",
        None,
        _t("""
        rspec is failing after I added the archived check, output:

        ```
        Failures:

          1) ProjectsController#index returns only active projects
             Failure/Error: expect(json.map { _1["id"] }).to contain_exactly(active.id)

               expected collection contained:  [12]
               actual collection contained:    [12, 13]
               the extra elements were:        [13]
             # ./spec/requests/projects_spec.rb:18:in `block (3 levels) in <top (required)>'

        Finished in 0.84 seconds (files took 2.1 seconds to load)
        9 examples, 1 failure
        ```

        controller:
        ```ruby
        def index
          projects = current_user.projects
          projects.where(archived_at: nil) if params[:include_archived].blank?
          render json: projects.order(:name)
        end
        ```

        spec creates one active project (id 12) and one with archived_at: 1.day.ago (id 13).
        Could you fix it and add a spec for include_archived=1 as well? thanks
        """),
    ),
    (
        "en",
        None,
        _t("""
        Can you turn this into a proper CLI with argparse? Options: --input (dir, required),
        --output (file, default report.json), --since (YYYY-MM-DD, optional, filter by the
        file's date), --verbose. Keep the logic the same, add a main() and type hints.

        ```python
        import json, os, datetime

        folder = "/data/exports"
        out = {}
        for name in os.listdir(folder):
            if not name.endswith(".json"):
                continue
            day = datetime.date.fromisoformat(name[:10])
            with open(os.path.join(folder, name)) as fh:
                items = json.load(fh)
            for it in items:
                key = it["country"]
                out.setdefault(key, {"orders": 0, "revenue": 0.0})
                out[key]["orders"] += 1
                out[key]["revenue"] += it["total"]
            print("processed", name, day)
        json.dump(out, open("report.json", "w"), indent=2)
        ```
        """),
    ),
    (
        "es",
        None,
        _t("""
        Tengo este modelo en Laravel y necesito el controlador API completo (index con
        filtros, store, show, update, destroy) y las reglas de validación. El index tiene que
        permitir filtrar por estado y por rango de fechas (desde / hasta) y paginar de 15 en
        15.

        ```php
        class Reserva extends Model
        {
            protected $fillable = [
                'cliente_id', 'sala_id', 'fecha_inicio', 'fecha_fin', 'estado', 'notas',
            ];

            protected $casts = [
                'fecha_inicio' => 'datetime',
                'fecha_fin' => 'datetime',
            ];

            public function cliente() { return $this->belongsTo(Cliente::class); }
            public function sala() { return $this->belongsTo(Sala::class); }
        }
        ```

        Estados posibles: pendiente, confirmada, cancelada. fecha_fin tiene que ser posterior
        a fecha_inicio y no se puede reservar una sala que ya esté ocupada en ese tramo (esto
        último si puedes, si no lo dejamos para después).
        """),
    ),
    (
        "es",
        None,
        _t("""
        me da este error al arrancar la app de Spring Boot y no lo entiendo:

        ```
        ***************************
        APPLICATION FAILED TO START
        ***************************

        Description:

        Parameter 0 of constructor in com.tienda.pedidos.PedidoService required a bean of
        type 'com.tienda.pedidos.PedidoRepository' that could not be found.

        Action:

        Consider defining a bean of type 'com.tienda.pedidos.PedidoRepository' in your
        configuration.
        ```

        ```java
        package com.tienda.pedidos;

        public interface PedidoRepository extends CrudRepository<Pedido, Long> {
            List<Pedido> findByClienteId(Long clienteId);
        }
        ```

        ```java
        package com.tienda;

        @SpringBootApplication(scanBasePackages = "com.tienda.web")
        public class TiendaApplication {
            public static void main(String[] args) {
                SpringApplication.run(TiendaApplication.class, args);
            }
        }
        ```
        """),
    ),
    (
        "es",
        SYS_ES,
        _t("""
        Quiero tests con pytest para este módulo de validación de formularios. Cubre casos
        válidos e inválidos de cada campo, y usa parametrize para no repetir código.

        ```python
        import re
        from datetime import date

        EMAIL_RE = re.compile(r"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", re.I)

        class ErrorValidacion(Exception):
            def __init__(self, campo, mensaje):
                super().__init__(f"{campo}: {mensaje}")
                self.campo = campo

        def validar_alta(datos: dict) -> dict:
            nombre = (datos.get("nombre") or "").strip()
            if not 2 <= len(nombre) <= 80:
                raise ErrorValidacion("nombre", "longitud incorrecta")
            email = (datos.get("email") or "").strip().lower()
            if not EMAIL_RE.match(email):
                raise ErrorValidacion("email", "formato inválido")
            nacimiento = date.fromisoformat(datos["nacimiento"])
            if nacimiento > date.today():
                raise ErrorValidacion("nacimiento", "fecha futura")
            return {"nombre": nombre, "email": email, "nacimiento": nacimiento}
        ```
        Ojo con date.today(), habría que poder fijarla en los tests.
        """),
    ),
    (
        "es",
        None,
        _t("""
        Este componente de React para editar un producto funciona pero cuando guardo, la
        lista de la página anterior no se actualiza hasta que recargo. Uso React Query.

        ```jsx
        function EditarProducto({ id }) {
          const { data, isLoading } = useQuery({
            queryKey: ['producto', id],
            queryFn: () => api.get(`/productos/${id}`).then((r) => r.data),
          });
          const mutation = useMutation({
            mutationFn: (cambios) => api.put(`/productos/${id}`, cambios),
            onSuccess: () => navigate('/productos'),
          });
          const [form, setForm] = useState(null);
          useEffect(() => { if (data) setForm(data); }, [data]);
          if (isLoading || !form) return <Spinner />;
          return (
            <form onSubmit={(e) => { e.preventDefault(); mutation.mutate(form); }}>
              <input value={form.nombre}
                     onChange={(e) => setForm({ ...form, nombre: e.target.value })} />
              <input type="number" value={form.precio}
                     onChange={(e) => setForm({ ...form, precio: e.target.value })} />
              <button disabled={mutation.isPending}>Guardar</button>
            </form>
          );
        }
        ```
        La lista usa queryKey ['productos']. ¿Qué me falta?
        """),
    ),
    (
        "de",
        None,
        _t("""
        Ich habe folgende Tabellen in MySQL 8 und brauche eine Abfrage für den Monatsbericht:

        mitarbeiter(id, vorname, nachname, abteilung_id, eintrittsdatum)
        abteilungen(id, name)
        zeiterfassung(id, mitarbeiter_id, datum, stunden, projekt_id)
        projekte(id, name, kunde)

        Gesucht pro Abteilung und Projekt für einen gegebenen Monat:
        - Summe der Stunden
        - Anzahl unterschiedlicher Mitarbeiter
        - durchschnittliche Stunden pro Mitarbeiter (2 Nachkommastellen)
        - Abteilungen ohne Buchungen sollen trotzdem mit 0 erscheinen

        Monat kommt als Parameter (z. B. '2024-03'). Sortierung nach Abteilung, dann Stunden
        absteigend. Bitte mit kurzer Erklärung, warum welcher JOIN.

        Mein bisheriger Versuch (liefert Abteilungen ohne Buchungen aber gar nicht):

        SELECT a.name, p.name, SUM(z.stunden)
        FROM zeiterfassung z
        JOIN mitarbeiter m ON m.id = z.mitarbeiter_id
        JOIN abteilungen a ON a.id = m.abteilung_id
        JOIN projekte p ON p.id = z.projekt_id
        WHERE DATE_FORMAT(z.datum, '%Y-%m') = ?
        GROUP BY a.name, p.name;
        """),
    ),
    (
        "de",
        SYS_DE,
        _t("""
        Beim Start bekomme ich diesen Fehler, kannst du mir sagen, was an der Entity falsch
        ist?

        ```
        org.hibernate.AnnotationException: Collection 'de.firma.lager.Lager.artikel' is
        'mappedBy' a property named 'lagerort' which does not exist in the target entity
        'de.firma.lager.Artikel'
            at org.hibernate.boot.model.internal.CollectionBinder.handleMappedBy(...)
            at org.hibernate.boot.model.internal.CollectionBinder.bind(...)
        ```

        ```java
        @Entity
        public class Lager {
            @Id @GeneratedValue
            private Long id;
            private String bezeichnung;

            @OneToMany(mappedBy = "lagerort", cascade = CascadeType.ALL)
            private List<Artikel> artikel = new ArrayList<>();
        }

        @Entity
        public class Artikel {
            @Id @GeneratedValue
            private Long id;
            private String name;
            private int bestand;

            @ManyToOne
            @JoinColumn(name = "lager_id")
            private Lager lager;
        }
        ```
        """),
    ),
    (
        "de",
        None,
        _t("""
        Kannst du dieses Skript aufräumen? Es funktioniert, aber es ist ein einziger Block und
        ich will es testen können. Bitte in Funktionen aufteilen, Typ-Hints, logging statt
        print, und die Pfade als CLI-Argumente.

        ```python
        import os, shutil, hashlib
        src = "/mnt/kamera"
        dst = "/home/jan/bilder"
        gesehen = set()
        for wurzel, ordner, dateien in os.walk(src):
            for d in dateien:
                if not d.lower().endswith((".jpg", ".jpeg", ".png", ".heic")):
                    continue
                pfad = os.path.join(wurzel, d)
                h = hashlib.md5(open(pfad, "rb").read()).hexdigest()
                if h in gesehen:
                    print("doppelt:", pfad)
                    continue
                gesehen.add(h)
                jahr = str(os.path.getmtime(pfad))[:4]
                ziel = os.path.join(dst, jahr)
                os.makedirs(ziel, exist_ok=True)
                shutil.copy2(pfad, ziel)
                print("kopiert:", pfad)
        ```
        Mir ist auch aufgefallen, dass das Jahr manchmal komisch ist (z. B. "1712").
        """),
    ),
    (
        "de",
        None,
        _t("""
        Unser GitLab-CI-Job für die Tests schlägt seit heute fehl:

        ```
        $ python -m pytest -q
        ImportError while loading conftest '/builds/shop/backend/tests/conftest.py'.
        tests/conftest.py:4: in <module>
            from app.main import create_app
        app/main.py:7: in <module>
            from app.routes import bestellungen
        app/routes/bestellungen.py:3: in <module>
            from pydantic import BaseSettings
        E   pydantic.errors.PydanticImportError: `BaseSettings` has been moved to the
        `pydantic-settings` package.
        Cleaning up project directory and file based variables
        ERROR: Job failed: exit code 4
        ```

        In der requirements.txt steht nur `pydantic` ohne Version. Was ist die sauberste
        Lösung – pinnen oder auf pydantic-settings umstellen? Zeig mir bitte beides für
        diese Datei:

        ```python
        from pydantic import BaseSettings

        class Einstellungen(BaseSettings):
            datenbank_url: str
            debug: bool = False

            class Config:
                env_file = ".env"
        ```
        """),
    ),
    (
        "zh",
        None,
        _t("""
        下面是我的 Gin 项目里的商品接口，现在要加上：
        1. 列表接口支持按名称模糊搜索、按分类筛选、分页（page、page_size，默认 1 和 20）
        2. 创建和更新的时候做参数校验（名称必填、价格大于 0、库存不能为负）
        3. 删除改成软删除
        帮我改一下代码，GORM 用的 v2。

        ```go
        type Product struct {
            ID         uint    `json:"id" gorm:"primaryKey"`
            Name       string  `json:"name"`
            CategoryID uint    `json:"category_id"`
            Price      float64 `json:"price"`
            Stock      int     `json:"stock"`
        }

        func ListProducts(c *gin.Context) {
            var items []Product
            db.Find(&items)
            c.JSON(http.StatusOK, items)
        }

        func CreateProduct(c *gin.Context) {
            var p Product
            c.BindJSON(&p)
            db.Create(&p)
            c.JSON(http.StatusOK, p)
        }

        func UpdateProduct(c *gin.Context) {
            var p Product
            if err := db.First(&p, c.Param("id")).Error; err != nil {
                c.JSON(http.StatusNotFound, gin.H{"msg": "not found"})
                return
            }
            c.BindJSON(&p)
            db.Save(&p)
            c.JSON(http.StatusOK, p)
        }

        func DeleteProduct(c *gin.Context) {
            db.Delete(&Product{}, c.Param("id"))
            c.Status(http.StatusNoContent)
        }
        ```
        """),
    ),
    (
        "zh",
        None,
        _t("""
        线上日志里一直有这个报错，Python 3.11 + Django 4.2：

        ```
        Traceback (most recent call last):
          File "/srv/app/orders/views.py", line 58, in export_orders
            writer.writerow([o.id, o.customer.name, o.total, o.created_at.strftime("%Y-%m-%d")])
        AttributeError: 'NoneType' object has no attribute 'name'
        ```

        对应代码：

        ```python
        def export_orders(request):
            response = HttpResponse(content_type="text/csv")
            response["Content-Disposition"] = 'attachment; filename="orders.csv"'
            writer = csv.writer(response)
            writer.writerow(["ID", "客户", "金额", "日期"])
            for o in Order.objects.filter(status="paid"):
                writer.writerow([o.id, o.customer.name, o.total,
                                 o.created_at.strftime("%Y-%m-%d")])
            return response
        ```

        Order.customer 是 ForeignKey(null=True, on_delete=SET_NULL)。另外导出几万条的时候很慢，
        是不是有 N+1 的问题？一起帮我改下。
        """),
    ),
    (
        "zh",
        SYS_ZH,
        _t("""
        需求：给后台加一个“公告”功能，很简单的增删改查。

        - 字段：标题（必填，最多 100 字）、内容（富文本，存 HTML）、是否置顶、发布时间、状态
          （草稿/已发布/已下线）
        - 接口：列表（分页，置顶的排前面，然后按发布时间倒序）、详情、新增、修改、删除、
          上线/下线
        - 只有已发布且发布时间小于等于当前时间的公告对前台可见
        - 技术栈：Spring Boot 3 + MyBatis-Plus + MySQL 8

        请给出：建表 SQL、实体类、Mapper、Service、Controller，以及 Controller 的单元测试
        （MockMvc）。代码量大的话可以先给建表和 Controller。

        现有的表都是这个风格，照着来就行：

        ```sql
        CREATE TABLE sys_dict (
          id          BIGINT       NOT NULL AUTO_INCREMENT COMMENT '主键',
          dict_type   VARCHAR(64)  NOT NULL COMMENT '字典类型',
          dict_label  VARCHAR(100) NOT NULL COMMENT '字典标签',
          dict_value  VARCHAR(100) NOT NULL COMMENT '字典值',
          sort        INT          NOT NULL DEFAULT 0 COMMENT '排序',
          deleted     TINYINT      NOT NULL DEFAULT 0 COMMENT '逻辑删除',
          create_by   VARCHAR(64)  DEFAULT NULL COMMENT '创建人',
          create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
          update_time DATETIME     DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
          PRIMARY KEY (id),
          KEY idx_dict_type (dict_type)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='字典表';
        ```
        """),
    ),
    (
        "zh",
        None,
        _t("""
        这个 Vue 组件的表单提交后，列表没刷新，而且再次打开弹窗时表单里还是上一次的数据。

        ```vue
        <script setup>
        import { ref } from 'vue'
        import { createUser, updateUser } from '@/api/user'

        const props = defineProps({ user: Object })
        const emit = defineEmits(['saved'])
        const visible = ref(false)
        const form = ref({ ...props.user })

        async function submit() {
          if (form.value.id) {
            await updateUser(form.value.id, form.value)
          } else {
            await createUser(form.value)
          }
          visible.value = false
        }
        defineExpose({ open: () => (visible.value = true) })
        </script>

        <template>
          <el-dialog v-model="visible" title="用户">
            <el-form :model="form">
              <el-form-item label="姓名"><el-input v-model="form.name" /></el-form-item>
              <el-form-item label="邮箱"><el-input v-model="form.email" /></el-form-item>
            </el-form>
            <template #footer><el-button type="primary" @click="submit">保存</el-button></template>
          </el-dialog>
        </template>
        ```
        父组件里是 `<UserDialog ref="dlg" :user="current" @saved="loadList" />`。
        """),
    ),
    (
        "ja",
        None,
        _t("""
        以下のようなテーブルがあります（PostgreSQL）。

        members(id, name, plan, joined_at)
        payments(id, member_id, amount, paid_at, status)

        やりたいこと：
        ・月ごとの新規会員数
        ・月ごとの売上（status = 'succeeded' のみ）
        ・前月比（%、小数1桁）
        ・プラン別の内訳（basic / pro / enterprise）を横持ちで
        ・直近12か月分、データがない月も0で出す

        1本のSQLで書けますか？ generate_series を使う想定です。
        あとこのクエリを速くするためにどんなインデックスを張ればいいかも教えてください。
        payments は500万行くらいあります。

        いま書いてみたのはこれですが、データがない月が出てこないし前月比も出せていません。

        ```sql
        SELECT date_trunc('month', p.paid_at) AS month,
               count(DISTINCT m.id) FILTER (WHERE date_trunc('month', m.joined_at)
                                            = date_trunc('month', p.paid_at)) AS new_members,
               sum(p.amount) AS revenue,
               sum(p.amount) FILTER (WHERE m.plan = 'basic') AS basic,
               sum(p.amount) FILTER (WHERE m.plan = 'pro') AS pro,
               sum(p.amount) FILTER (WHERE m.plan = 'enterprise') AS enterprise
        FROM payments p
        JOIN members m ON m.id = p.member_id
        WHERE p.status = 'succeeded'
          AND p.paid_at >= now() - interval '12 months'
        GROUP BY 1
        ORDER BY 1;
        ```
        """),
    ),
    (
        "ja",
        SYS_JA,
        _t("""
        Railsで以下のエラーが出ます。原因と修正方法を教えてください。

        ```
        ActiveRecord::RecordInvalid (Validation failed: Company must exist)
        app/controllers/employees_controller.rb:14:in `create'
        ```

        ```ruby
        class EmployeesController < ApplicationController
          def create
            @employee = Employee.new(employee_params)
            @employee.save!
            redirect_to @employee, notice: "登録しました"
          end

          private

          def employee_params
            params.require(:employee).permit(:name, :email, :department)
          end
        end
        ```

        ```erb
        <%= form_with model: @employee do |f| %>
          <%= f.text_field :name %>
          <%= f.email_field :email %>
          <%= f.select :company_id, Company.pluck(:name, :id) %>
          <%= f.text_field :department %>
          <%= f.submit %>
        <% end %>
        ```
        Employee は belongs_to :company です。フォームでは会社を選んでいるのに…

        ```ruby
        class Employee < ApplicationRecord
          belongs_to :company
          validates :name, presence: true
          validates :email, presence: true, uniqueness: { scope: :company_id }
        end
        ```
        """),
    ),
    (
        "ja",
        None,
        _t("""
        以下のTypeScriptの関数にJestでユニットテストを書いてください。境界値（0円、上限、
        端数）とエラーケースもお願いします。モックが必要ならjest.fnで。

        ```ts
        export type Item = { price: number; qty: number; taxRate: 0.08 | 0.1 };

        export function calcTotal(items: Item[], coupon?: { rate: number }): number {
          if (items.length === 0) throw new Error("カートが空です");
          let subtotal = 0;
          for (const it of items) {
            if (it.qty <= 0 || !Number.isInteger(it.qty)) {
              throw new Error("数量が不正です");
            }
            subtotal += Math.floor(it.price * it.qty * (1 + it.taxRate));
          }
          if (coupon) {
            if (coupon.rate <= 0 || coupon.rate >= 1) throw new Error("クーポンが不正です");
            subtotal = Math.floor(subtotal * (1 - coupon.rate));
          }
          return subtotal;
        }
        ```

        既存のテストファイルはこんな書き方なので、スタイルを合わせてもらえると助かります。

        ```ts
        describe("formatYen", () => {
          it("3桁区切りになる", () => {
            expect(formatYen(1234567)).toBe("¥1,234,567");
          });
        });
        ```
        """),
    ),
    (
        "ja",
        None,
        _t("""
        FastAPIで以下の仕様の在庫管理APIを作っています。とりあえずモデル・スキーマ・
        ルーターを1ファイルで書いてもらえますか。DBはSQLite、ORMはSQLModelでお願いします。

        仕様
        - 倉庫(warehouses)：id, 名前, 住所
        - 在庫(stocks)：id, 倉庫id, 商品コード, 数量, 更新日時
        - GET /warehouses/{id}/stocks ：その倉庫の在庫一覧（商品コードで部分一致検索可）
        - POST /stocks/adjust ：{倉庫id, 商品コード, 増減数} を受け取り数量を増減。
          結果がマイナスになる場合は 409 を返す
        - 存在しない倉庫は 404
        - 更新日時は自動で入れる

        テストは後で自分で書くので不要です。

        既存のコードはこれだけです（DB接続まわり）。

        ```python
        from sqlmodel import SQLModel, Session, create_engine
        from fastapi import FastAPI, Depends

        engine = create_engine("sqlite:///inventory.db", echo=False)
        app = FastAPI(title="在庫管理")

        def get_session():
            with Session(engine) as session:
                yield session

        @app.on_event("startup")
        def on_startup() -> None:
            SQLModel.metadata.create_all(engine)
        ```
        on_event は非推奨と聞いたので、lifespan に書き換えてもらえると嬉しいです。
        Python は 3.12、FastAPI は 0.111 を使っています。
        """),
    ),
    (
        "fr",
        None,
        _t("""
        Voici mon entité Doctrine et mon contrôleur. Quand je soumets le formulaire d'édition,
        j'ai l'erreur ci-dessous. Je ne comprends pas pourquoi il essaie d'insérer une
        nouvelle ligne au lieu de mettre à jour.

        ```
        An exception occurred while executing a query: SQLSTATE[23000]: Integrity constraint
        violation: 1062 Duplicate entry 'mon-premier-article' for key 'UNIQ_23A0E66989D9B62'
        ```

        ```php
        #[Route('/article/{id}/edit', name: 'article_edit')]
        public function edit(Request $request, int $id, EntityManagerInterface $em): Response
        {
            $article = new Article();
            $form = $this->createForm(ArticleType::class, $article);
            $form->handleRequest($request);
            if ($form->isSubmitted() && $form->isValid()) {
                $em->persist($article);
                $em->flush();
                return $this->redirectToRoute('article_show', ['id' => $article->getId()]);
            }
            return $this->render('article/edit.html.twig', ['form' => $form]);
        }
        ```
        """),
    ),
    (
        "pt",
        None,
        _t("""
        Galera, preciso de ajuda com esse endpoint do NestJS. A ideia é listar os pedidos
        do usuário logado com filtro por status e paginação, mas tá voltando pedidos de
        todo mundo e a paginação não funciona.

        ```ts
        @Get()
        async listar(@Req() req, @Query() q: any) {
          const page = q.page || 1;
          const limit = q.limit || 10;
          return this.pedidosRepo.find({
            where: { status: q.status },
            skip: page * limit,
            take: limit,
            order: { criadoEm: 'DESC' },
          });
        }
        ```

        O usuário vem em req.user.id (passport-jwt). Queria também devolver o total pra
        montar a paginação no front, tipo { itens, total, page, limit }. E se o status não
        vier, era pra trazer todos os status. Pode reescrever com um DTO validado?

        A entidade é essa:

        ```ts
        @Entity('pedidos')
        export class Pedido {
          @PrimaryGeneratedColumn() id: number;
          @Column() usuarioId: number;
          @Column({ type: 'varchar' }) status: 'aberto' | 'pago' | 'enviado' | 'cancelado';
          @Column('decimal') total: string;
          @CreateDateColumn() criadoEm: Date;
        }
        ```
        """),
    ),
    (
        "it",
        None,
        _t("""
        Ho questo script che importa un CSV di clienti in Postgres ma è lentissimo (100k
        righe, ci mette 15 minuti) e se una riga è sbagliata si ferma tutto. Mi aiuti a
        riscriverlo? Vorrei: inserimenti a blocchi, le righe non valide scritte in un file
        errori.csv con il motivo, e un riepilogo finale.

        ```python
        import csv
        import psycopg

        with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
            with open("clienti.csv") as f:
                for riga in csv.DictReader(f, delimiter=";"):
                    conn.execute(
                        "INSERT INTO clienti (codice, ragione_sociale, piva, citta) "
                        "VALUES (%s, %s, %s, %s)",
                        (riga["codice"], riga["ragione_sociale"], riga["piva"], riga["citta"]),
                    )
                    conn.commit()
        ```
        La partita IVA deve avere 11 cifre, il codice non può essere vuoto.
        """),
    ),
    (
        "ko",
        None,
        _t("""
        Spring Boot에서 게시글 수정 API를 만들었는데 수정 요청을 보내면 다른 필드들이 null로
        바뀌어 버려요. 제목만 보내면 내용이 null이 되는 식이에요.

        ```java
        @PutMapping("/posts/{id}")
        public ResponseEntity<PostResponse> update(@PathVariable Long id,
                                                   @RequestBody PostUpdateRequest req) {
            Post post = postRepository.findById(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            post.setTitle(req.getTitle());
            post.setContent(req.getContent());
            post.setCategory(req.getCategory());
            return ResponseEntity.ok(PostResponse.from(postRepository.save(post)));
        }
        ```

        PATCH로 바꿔서 보낸 필드만 수정되게 하고 싶어요. 그리고 작성자 본인만 수정할 수
        있도록 체크도 넣고 싶은데, 로그인 사용자는 @AuthenticationPrincipal로 받을 수
        있어요. 어떻게 고치면 될까요? 테스트 코드도 있으면 좋겠어요.

        ```java
        @Getter
        @NoArgsConstructor
        public class PostUpdateRequest {
            private String title;
            private String content;
            private String category;
        }
        ```
        """),
    ),
    (
        "ru",
        None,
        _t("""
        Есть такой обработчик на aiohttp, иногда падает с ошибкой ниже. Помогите понять, в
        чём дело, и заодно сделать нормальную валидацию входных данных (сейчас её нет).

        ```
        Error handling request
        Traceback (most recent call last):
          File ".../aiohttp/web_protocol.py", line 452, in _handle_request
            resp = await request_handler(request)
          File "/app/handlers.py", line 31, in create_task
            due = datetime.fromisoformat(data["due"])
        KeyError: 'due'
        ```

        ```python
        async def create_task(request: web.Request) -> web.Response:
            data = await request.json()
            due = datetime.fromisoformat(data["due"])
            async with request.app["db"].acquire() as conn:
                row = await conn.fetchrow(
                    "INSERT INTO tasks (title, due, priority) VALUES ($1, $2, $3) RETURNING id",
                    data["title"], due, data.get("priority", 2),
                )
            return web.json_response({"id": row["id"]}, status=201)
        ```
        Поле due должно быть необязательным, title — обязательное, priority от 1 до 5.
        """),
    ),
]

# ---------------------------------------------------------------------------------------------
# Hand-written: single-turn requests under a system prompt (agents, IDEs, company bots).
# ---------------------------------------------------------------------------------------------

SYS_BOOTCAMP = (
    "You are Kai, a patient tutor for a web development bootcamp. Explain simply, use short "
    "code examples, and encourage the student."
)
SYS_NOTEBOOK = (
    "You are an assistant inside a Jupyter notebook. The user's dataframes are already loaded. "
    "Reply with a single code cell unless asked otherwise."
)
SYS_DATED = (
    "You are a large language model assistant. Knowledge cutoff: 2023-10. Current date: "
    "2024-09-14. Answer accurately; say so when you are unsure."
)
SYS_TOOLS_JSON = _t("""
    You are an autonomous software engineering agent.
    Available tools (call them with JSON):
    - {"tool": "read_file", "path": string}
    - {"tool": "apply_patch", "patch": string}
    - {"tool": "run_tests", "selector": string}
    Always read the relevant files before editing. Keep diffs small.
    """)
SYS_HELPDESK_DE = (
    "Du bist der Entwickler-Assistent der Stadtwerke Nordhausen IT. Antworte auf Deutsch. Unser "
    "Stack: Java 17, Spring Boot 3, Oracle 19c, Angular 16."
)
SYS_ZH_COMPANY = (
    "你是「小智」，某电商公司研发团队的编程助手。技术栈：Java 17、Spring Boot、MyBatis-Plus、"
    "MySQL、Vue3。回答时优先使用团队技术栈。"
)
SYS_JA_COMPANY = (
    "あなたは株式会社サンプルテックの開発支援AIです。社内の標準はRuby on Rails 7、PostgreSQL、"
    "Hotwireです。回答は日本語で、コード例を添えてください。"
)
SYS_ES_COMPANY = (
    "Eres el asistente técnico del equipo de desarrollo de una fintech. Stack: Node.js 20, "
    "NestJS, PostgreSQL y React. Responde en español de España."
)

WITH_SYSTEM: list[tuple[str, str, str]] = [
    (
        "en",
        SYS_IDE,
        _t("""
        [file: src/api/users.ts, selection lines 12-20]
        router.get("/users", async (req, res) => {
          const users = await prisma.user.findMany();
          res.json(users);
        });

        add ?search= (matches name or email, case-insensitive) and ?limit/?offset
        """),
    ),
    (
        "en",
        SYS_AGENT,
        "The `Customer` model in app/models.py needs a `phone` field (optional, max 20 chars). "
        "Add it, create the Django migration, expose it in CustomerSerializer and update the "
        "test in tests/test_customers.py that checks the serialized fields.",
    ),
    (
        "en",
        SYS_BOOTCAMP,
        "hi kai! i'm trying to make a todo app with node and express. how do i make a route "
        "that adds a new todo to an array and sends back the whole list? i'm confused about "
        "req.body being undefined",
    ),
    (
        "en",
        SYS_NOTEBOOK,
        "df_orders has columns order_id, customer_id, created_at (string), amount. parse the "
        "dates, drop rows with negative amount, and give me a weekly revenue series plus a "
        "simple matplotlib line plot.",
    ),
    (
        "en",
        SYS_DATED,
        "What's the current recommended way to define a one-to-many relationship in "
        "SQLAlchemy 2.x with type hints? Parent has many children, deleting the parent "
        "should delete the children.",
    ),
    (
        "en",
        SYS_TOOLS_JSON,
        "Bug report #482: GET /api/invoices?status=overdue returns invoices that are already "
        "paid. The filter lives in services/invoices.py::list_invoices. Find and fix it, and "
        "add a regression test.",
    ),
    (
        "en",
        SYS_ACME,
        "Need a new endpoint to list a driver's deliveries for a given day (date param, "
        "default today), ordered by planned_time. Deliveries have a FK to Driver. DRF please, "
        "and a small React hook to call it.",
    ),
    (
        "en",
        SYS_REVIEW,
        _t("""
        ```python
        @app.route("/products/<id>", methods=["DELETE"])
        def delete_product(id):
            p = Product.query.get(id)
            db.session.delete(p)
            db.session.commit()
            return jsonify({"ok": True})
        ```
        """),
    ),
    (
        "en",
        SYS_CONCISE,
        "Write a SQLite schema for a tiny library app: books, members, loans (a member can "
        "borrow many books, a book can only be on one active loan). Include the indexes you "
        "think are needed.",
    ),
    (
        "en",
        SYS_GENERIC,
        "Can you show me how to make a simple registration form in HTML + vanilla JS that "
        "checks the two password fields match before submitting to /register?",
    ),
    (
        "en",
        SYS_CLI_AGENT,
        "write a Makefile for this python project with targets: venv, install, lint (ruff), "
        "test (pytest -q), run (uvicorn app.main:app --reload), clean.",
    ),
    (
        "en",
        SYS_SHOP,
        "The product search on the storefront should also match the SKU, not only the name. "
        "It's the `scopeSearch` in app/Models/Product.php, currently `where('name', 'like', "
        '"%$term%")`. How do I change it?',
    ),
    (
        "en",
        SYS_IDE,
        _t("""
        [file: handlers/user.go]
        func GetUser(w http.ResponseWriter, r *http.Request) {
            id := chi.URLParam(r, "id")
            u, err := store.FindUser(r.Context(), id)
            if err != nil {
                http.Error(w, err.Error(), 500)
            }
            json.NewEncoder(w).Encode(u)
        }

        this returns 500 for missing users and still writes a body after the error. fix
        """),
    ),
    (
        "en",
        SYS_AGENT,
        "Please add a GitHub Actions workflow that runs `go vet` and `go test ./... -race` on "
        "pushes and PRs, with Go 1.22, and caches the module download.",
    ),
    (
        "es",
        SYS_ES,
        "Necesito una función en Python que reciba una lista de diccionarios de ventas y "
        "devuelva el total por vendedor ordenado de mayor a menor. Con type hints y un par de "
        "tests.",
    ),
    (
        "es",
        SYS_ES_COMPANY,
        "Hay que añadir un endpoint GET /cuentas/:id/movimientos con paginación por cursor "
        "(parámetro `after`) ordenado por fecha descendente. Tenemos TypeORM. ¿Cómo lo "
        "montarías en el controlador y el servicio?",
    ),
    (
        "es",
        SYS_AGENT,
        "En el repo hay un script scripts/limpiar_usuarios.py que borra usuarios inactivos. "
        "Añádele una opción --dry-run que solo liste lo que borraría, y un test para esa "
        "opción.",
    ),
    (
        "es",
        SYS_GENERIC,
        "¿Cómo hago en Django que un campo slug se rellene solo a partir del título al "
        "guardar, y que no se repita?",
    ),
    (
        "es",
        SYS_IDE,
        _t("""
        [archivo: src/components/TablaClientes.vue]
        tengo la tabla pintando bien pero el botón de borrar no refresca la lista, te paso el
        método:

        async borrar(id) {
          await axios.delete(`/api/clientes/${id}`)
          this.clientes.filter(c => c.id !== id)
        }
        """),
    ),
    (
        "de",
        SYS_HELPDESK_DE,
        "Wir brauchen im Zählerstand-Modul einen neuen REST-Endpunkt, der alle Ablesungen "
        "eines Zählers in einem Zeitraum liefert (von/bis als Query-Parameter). Bitte "
        "Controller, Service und Repository-Methode mit Spring Data JPA.",
    ),
    (
        "de",
        SYS_DE,
        "Wie schreibe ich in Python einen Context-Manager, der eine SQLite-Verbindung öffnet, "
        "bei Erfolg committet und bei Exception ein Rollback macht?",
    ),
    (
        "de",
        SYS_IDE,
        _t("""
        [Datei: src/app/kunden/kunden-liste.component.ts]
        Die Liste soll nach dem Löschen neu geladen werden, aber ngOnInit läuft natürlich
        nicht nochmal. Wie mache ich das sauber?

        loeschen(id: number) {
          this.kundenService.loeschen(id).subscribe();
        }
        """),
    ),
    (
        "de",
        SYS_AGENT,
        "Bitte ergänze in tests/test_rechnung.py Testfälle für die Rundung in "
        "berechne_brutto(): 19 % und 7 % MwSt, Cent-Beträge, die auf ,5 enden, und negative "
        "Beträge (Gutschriften).",
    ),
    (
        "de",
        SYS_GENERIC,
        "Kannst du mir eine Laravel-Migration schreiben, die eine Tabelle termine anlegt "
        "(titel, beginn, ende, raum_id als Fremdschlüssel, notiz optional)?",
    ),
    (
        "zh",
        SYS_ZH_COMPANY,
        "订单列表接口要加一个按下单时间范围和订单状态筛选的功能，用 MyBatis-Plus 的 "
        "LambdaQueryWrapper 怎么写？前端传的是 startTime、endTime、status，都可能为空。",
    ),
    (
        "zh",
        SYS_ZH,
        "Python 里怎么用 requests 分页拉取一个接口的所有数据？接口返回 {items, next_page}，"
        "next_page 为 null 就结束，顺便加个重试。",
    ),
    (
        "zh",
        SYS_AGENT,
        "把 utils/date.js 里的 formatDate 改成支持传入格式字符串（比如 'YYYY-MM-DD HH:mm'），"
        "默认还是 'YYYY-MM-DD'，并补上单元测试。",
    ),
    (
        "zh",
        SYS_CONCISE,
        "用 Express 写一个文件上传接口，只允许 jpg/png，最大 2MB，保存到 uploads 目录，返回"
        "文件访问地址。",
    ),
    (
        "zh",
        SYS_IDE,
        _t("""
        [文件: src/views/Login.vue]
        登录按钮点了没反应，控制台也没报错：

        <el-form ref="formRef" :model="form" :rules="rules">
        ...
        <el-button type="primary" @click="onSubmit">登录</el-button>

        const onSubmit = () => {
          formRef.value.validate((valid) => {
            if (valid) login(form)
          })
        }
        """),
    ),
    (
        "ja",
        SYS_JA_COMPANY,
        "日報（daily_reports）のCRUDを作りたいです。ユーザーは自分の日報だけ編集でき、"
        "一覧は日付の降順。scaffoldをベースにどう直せばいいか教えてください。",
    ),
    (
        "ja",
        SYS_JA,
        "PythonでCSVを読み込んで、メールアドレスの形式が正しくない行だけ別ファイルに"
        "書き出すスクリプトを作ってください。文字コードはShift_JISです。",
    ),
    (
        "ja",
        SYS_AGENT,
        "src/services/orderService.ts の getOrders が N+1 になっているので、Prisma の "
        "include を使って1回のクエリで注文と明細を取るように修正してください。",
    ),
    (
        "ja",
        SYS_IDE,
        _t("""
        [ファイル: app/Http/Controllers/PostController.php]
        storeで画像も一緒に保存したいです。今はタイトルと本文だけ保存しています。

        public function store(Request $request) {
            $post = Post::create($request->only('title', 'body'));
            return redirect()->route('posts.show', $post);
        }
        """),
    ),
    (
        "ja",
        SYS_GENERIC,
        "Vue 3 で、入力中にリアルタイムでバリデーションするフォーム（名前・メール・"
        "電話番号）のサンプルを見せてください。ライブラリは使わずに。",
    ),
    (
        "fr",
        SYS_FR,
        "Écris-moi une route FastAPI qui reçoit un fichier CSV de produits, valide chaque "
        "ligne avec Pydantic et renvoie le nombre de lignes valides et la liste des erreurs.",
    ),
    (
        "fr",
        SYS_AGENT,
        "Dans le projet, le formulaire d'inscription (templates/inscription.html + "
        "views.py) n'affiche pas les erreurs de validation. Corrige-le et ajoute un test.",
    ),
    (
        "pt",
        SYS_PT,
        "Faz um exemplo de repository com Spring Data JPA pra entidade Produto com busca por "
        "nome (contendo, ignorando maiúsculas) e paginação.",
    ),
    (
        "it",
        SYS_IT,
        "Come creo un modello Django per le prenotazioni di un ristorante (nome, telefono, "
        "data e ora, numero di persone, note) con un controllo che non si prenoti nel passato?",
    ),
    (
        "ko",
        SYS_KO,
        "FastAPI에서 Pydantic으로 요청 바디 검증할 때, 비밀번호랑 비밀번호 확인 필드가 "
        "같은지 체크하는 validator 어떻게 작성해요?",
    ),
    (
        "ru",
        SYS_RU,
        "Напиши на Go функцию, которая читает JSON-файл со списком пользователей, "
        "фильтрует неактивных и записывает результат в CSV. Плюс тест.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Hand-written: multi-turn chats. Earlier turns are often another kind of task; the latest
# user turn is routine code. Some end with a short follow-up that needs the earlier turns.
# ---------------------------------------------------------------------------------------------

MULTI: list[tuple[str, tuple[str, ...], str | None]] = [
    (
        "en",
        (
            "we're thinking about splitting our monolith into services (orders, billing, "
            "catalog). what are the main things to watch out for?",
            "The big ones: data ownership per service, how you handle cross-service "
            "consistency (sagas/outbox instead of distributed transactions), versioned "
            "contracts between services, and observability from day one. Start by carving "
            "out the piece with the clearest boundary.",
            "ok makes sense. for now I just need the Alembic migration for an `outbox` table: "
            "id uuid pk, aggregate_type text, aggregate_id text, payload jsonb, created_at, "
            "published_at nullable, index on published_at where null",
        ),
        None,
    ),
    (
        "en",
        (
            "how do I add bloom to my three.js scene with EffectComposer?",
            "Create an EffectComposer with a RenderPass, then add an UnrealBloomPass with "
            "strength, radius and threshold, and call composer.render() in your loop instead "
            "of renderer.render().",
            "cool thanks. unrelated: write me an express route that saves a user's scene "
            "settings json (camera position, bloom strength) to postgres with pg, keyed by "
            "user id, upsert",
        ),
        None,
    ),
    (
        "en",
        (
            "write a flask endpoint to create a task (title, due_date)",
            _t("""
            ```python
            @app.post("/tasks")
            def create_task():
                data = request.get_json()
                task = Task(title=data["title"], due_date=date.fromisoformat(data["due_date"]))
                db.session.add(task)
                db.session.commit()
                return jsonify(task.to_dict()), 201
            ```
            """),
            "now add pagination to the list one",
        ),
        None,
    ),
    (
        "en",
        (
            "can you explain how PKCE works in OAuth in simple terms?",
            "The client makes a random code_verifier, sends its SHA-256 hash (code_challenge) "
            "with the authorization request, and later proves possession by sending the "
            "original verifier when exchanging the code. An attacker who intercepts the code "
            "can't use it without the verifier.",
            "got it. in my next.js app, how do I write the /api/auth/callback route handler "
            "that reads `code` from the query and exchanges it? client id and secret come from "
            "process.env.OAUTH_CLIENT_ID / process.env.OAUTH_CLIENT_SECRET",
        ),
        None,
    ),
    (
        "en",
        (
            "write a haiku about mondays",
            "Coffee cools too fast / inbox swells like morning tide / the week clears its throat",
            "lol. ok now a regex that matches dates like 2024-03-07 or 07/03/2024",
        ),
        None,
    ),
    (
        "en",
        (
            "I have a NestJS UsersController with create and findAll. give me findOne, update "
            "and remove too",
            "Here are the three handlers using UsersService with ParseIntPipe for the id, "
            "NotFoundException when the service returns null, and an UpdateUserDto built with "
            "PartialType(CreateUserDto).",
            "and the e2e tests with supertest?",
        ),
        None,
    ),
    (
        "en",
        (
            "what's the difference between a clustered and non-clustered index?",
            "A clustered index defines the physical order of rows in the table (one per "
            "table); a non-clustered index is a separate structure that points to the rows. "
            "In Postgres all indexes are secondary; CLUSTER reorders once but isn't "
            "maintained.",
            "ok so for this mysql table, which index do I need for `SELECT * FROM events WHERE "
            "tenant_id = ? AND created_at >= ? ORDER BY created_at`?",
        ),
        None,
    ),
    (
        "en",
        (
            "help me write a polite email declining a meeting invite",
            "Hi Sam, thanks for the invite. Unfortunately I can't make it on Thursday; could "
            "you share the notes afterwards? Happy to follow up async. Best, Alex",
            "perfect. also can you write a python script that reads meetings.csv (title, "
            "start, end) and prints the ones that overlap?",
        ),
        None,
    ),
    (
        "en",
        (
            "give me a spring boot REST controller for Product CRUD",
            "Here's ProductController with GET /products, GET /products/{id}, POST, PUT and "
            "DELETE, delegating to ProductService and returning ResponseEntity with proper "
            "status codes.",
            "make the list endpoint accept sort and filter by category",
            "Added `@RequestParam Optional<String> category` and a Pageable parameter; the "
            "repository gets `Page<Product> findByCategory(String category, Pageable p)`.",
            "now write the MockMvc tests for it",
        ),
        None,
    ),
    (
        "en",
        (
            "should our mobile app and web app share one GraphQL gateway or have separate "
            "BFFs? 4 teams, 12 services",
            "With 4 teams and diverging client needs, separate BFFs owned by the client teams "
            "usually scale better organisationally; a shared gateway works if the clients "
            "need mostly the same data. A federated graph is a middle ground.",
            "thanks, we'll discuss. meanwhile, small thing: my apollo resolver for "
            "`user(id)` returns null for existing users. code: `user: (_, id) => "
            "db.users.findById(id)`",
        ),
        None,
    ),
    (
        "en",
        (
            "write a react hook useFetch(url) that returns {data, error, loading}",
            _t("""
            ```ts
            export function useFetch<T>(url: string) {
              const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>(
                { loading: true },
              );
              useEffect(() => {
                let cancelled = false;
                fetch(url)
                  .then((r) => r.json())
                  .then((data) => !cancelled && setState({ data, loading: false }))
                  .catch((error) => !cancelled && setState({ error, loading: false }));
                return () => { cancelled = true; };
              }, [url]);
              return state;
            }
            ```
            """),
            "it doesn't treat 404 as an error",
        ),
        None,
    ),
    (
        "en",
        (
            "my shader's fragment output looks banded, any tips?",
            "Banding usually comes from 8-bit output of smooth gradients; add a little "
            "dithering noise before output, or render to a higher precision target and "
            "tone-map.",
            "ok I'll try. different question — chart.js: how do i make a doughnut chart show "
            "the percentage in the tooltip instead of the raw value?",
        ),
        None,
    ),
    (
        "en",
        (
            "explain the CAP theorem like I'm five",
            "If the network between two copies of your data breaks, you have to choose: keep "
            "answering (maybe with old data) or stop answering until they can talk again. You "
            "can't have both.",
            "haha ok. now something concrete: write a pytest test that checks my "
            "`retry(fn, attempts=3)` helper calls fn exactly 3 times when it keeps raising",
        ),
        None,
    ),
    (
        "en",
        (
            "create the sqlalchemy model for Invoice (number, customer_id, issued_on, "
            "total_cents, status)",
            "Done: `Invoice` with Mapped[] columns, a unique constraint on number, a FK to "
            "customers.id and an Enum for status (draft, sent, paid, void).",
            "add the pydantic schemas for create/read",
            "Added InvoiceCreate (without id/status) and InvoiceRead with "
            "model_config = ConfigDict(from_attributes=True).",
            "and the fastapi routes",
        ),
        SYS_CONCISE,
    ),
    (
        "en",
        (
            "what's a good name for a budgeting app? something short",
            "Some ideas: Pennywise, Tally, Budgie, Centsible, Ledgerly.",
            "Tally it is. set up the first model for me: Django, Transaction with amount "
            "(decimal), category (choices), date, note, user FK. plus admin registration",
        ),
        None,
    ),
    (
        "en",
        (
            "is it safe to store JWTs in localStorage?",
            "It works, but anything in localStorage is readable by injected scripts, so an "
            "XSS bug leaks the token. httpOnly, Secure, SameSite cookies are the usual safer "
            "choice, combined with CSRF protection.",
            "ok switching to cookies. update my express login handler to set the token as an "
            "httpOnly cookie instead of returning it in the body: `res.json({ token })`",
        ),
        None,
    ),
    (
        "en",
        (
            "generate a bash script that backs up /srv/data to /backup with a timestamp",
            "```bash\n#!/usr/bin/env bash\nset -euo pipefail\nts=$(date +%F_%H%M)\n"
            'tar -czf "/backup/data_$ts.tar.gz" -C /srv data\n```',
            "keep only the last 7 backups",
        ),
        None,
    ),
    (
        "en",
        (
            "we need to plan how to migrate 30 services from heroku to kubernetes, high level "
            "steps?",
            "Inventory services and their add-ons, containerise with consistent base images, "
            "set up the cluster and CI/CD, migrate stateless services first behind a router "
            "with gradual traffic shifting, then data stores, then decommission.",
            "first step then: write a Dockerfile for our simplest one, a sinatra app with a "
            "Gemfile and config.ru, ruby 3.2",
        ),
        SYS_GENERIC,
    ),
    (
        "en",
        (
            "add a `status` filter to the GET /tickets endpoint in tickets/views.py",
            "I added `status = request.GET.get('status')` and filter the queryset when it's "
            "set; invalid values return 400 with the allowed list.",
            "tests?",
        ),
        SYS_AGENT,
    ),
    (
        "es",
        (
            "¿qué diferencia hay entre microservicios y un monolito modular?",
            "En un monolito modular todo se despliega junto pero con módulos bien separados "
            "y contratos internos; en microservicios cada pieza se despliega por separado, "
            "con su propia base de datos, a cambio de más complejidad operativa.",
            "vale. de momento sigo con el monolito: hazme el modelo y el controlador de "
            "Laravel para Proveedores (nombre, cif, email, teléfono) con sus validaciones",
        ),
        None,
    ),
    (
        "es",
        (
            "hazme un endpoint en FastAPI para crear productos",
            _t("""
            ```python
            @router.post("/productos", status_code=201)
            def crear_producto(datos: ProductoIn, db: Session = Depends(get_db)):
                producto = Producto(**datos.model_dump())
                db.add(producto)
                db.commit()
                db.refresh(producto)
                return producto
            ```
            """),
            "¿y los tests?",
        ),
        None,
    ),
    (
        "es",
        (
            "¿me recomiendas algún libro para aprender a diseñar bases de datos?",
            "«Database Design for Mere Mortals» es muy accesible, y para SQL práctico «SQL "
            "Antipatterns» de Bill Karwin.",
            "gracias. ahora una duda concreta: en Postgres, ¿cómo creo una tabla pedidos con "
            "una foreign key a clientes que al borrar el cliente ponga NULL?",
        ),
        None,
    ),
    (
        "es",
        (
            "tengo un formulario de contacto en React con nombre y mensaje",
            "Perfecto, pásame el código o dime qué quieres añadir (validación, envío, "
            "estado de carga…).",
            "añádele un campo email con validación y que muestre un mensaje de enviado",
        ),
        None,
    ),
    (
        "es",
        (
            "estoy montando una escena con react-three-fiber y el modelo glb sale negro",
            "Casi siempre es la iluminación: añade un <ambientLight /> y un "
            "<directionalLight />, o usa <Environment preset='city' /> de drei.",
            "¡era eso! otra cosa: necesito guardar en la base de datos los modelos que sube "
            "cada usuario. hazme la ruta de Express con multer que guarde el archivo y un "
            "registro en la tabla modelos (usuario_id, nombre, ruta, tamaño)",
        ),
        None,
    ),
    (
        "es",
        (
            "consulta para sacar los clientes que no han comprado en 6 meses",
            "SELECT c.* FROM clientes c WHERE NOT EXISTS (SELECT 1 FROM pedidos p WHERE "
            "p.cliente_id = c.id AND p.fecha >= now() - interval '6 months');",
            "ahora que también salga la fecha de su última compra",
        ),
        None,
    ),
    (
        "es",
        (
            "escribe un poema corto sobre el café",
            "Negro y caliente, / despierta la mañana / con sabor a hogar.",
            "jaja gracias. oye, y un script en python que renombre las fotos de una carpeta "
            "con la fecha EXIF?",
        ),
        None,
    ),
    (
        "de",
        (
            "Wie würdest du bei uns das Thema Eventual Consistency zwischen Bestellung und "
            "Lager lösen? Zwei Services, jeweils eigene DB.",
            "Typisch wäre ein Outbox-Pattern im Bestellservice plus ein Consumer im "
            "Lagerservice, idempotent über die Event-ID, und eine Saga für Stornos.",
            "Okay. Dann schreib mir bitte erstmal den idempotenten Consumer-Handler in Python: "
            "Event-ID in einer Tabelle verarbeitete_events speichern, doppelte ignorieren, "
            "Bestand reduzieren. SQLAlchemy.",
        ),
        None,
    ),
    (
        "de",
        (
            "schreib mir ein Django-Model für Veranstaltungen (Titel, Datum, Ort, max. Teilnehmer)",
            "```python\nclass Veranstaltung(models.Model):\n    titel = models.CharField("
            "max_length=200)\n    datum = models.DateTimeField()\n    ort = models.CharField("
            "max_length=200)\n    max_teilnehmer = models.PositiveIntegerField()\n```",
            "und jetzt noch die Anmeldung dazu, mit Prüfung ob noch Plätze frei sind",
        ),
        None,
    ),
    (
        "de",
        (
            "Was ist der Unterschied zwischen PUT und PATCH?",
            "PUT ersetzt die Ressource vollständig (idempotent), PATCH ändert nur die "
            "mitgeschickten Felder.",
            "Dann bau mir bitte in meinem Express-Router einen PATCH /kunden/:id, der nur "
            "name, email und telefon übernimmt und alles andere ignoriert.",
        ),
        None,
    ),
    (
        "de",
        (
            "Ich habe eine WebGL-Szene mit vielen Würfeln, läuft mit 20 fps. Tipps?",
            "Instancing (InstancedMesh), weniger Draw-Calls, Frustum Culling prüfen, "
            "Schatten nur wo nötig, und devicePixelRatio begrenzen.",
            "Danke. Ganz andere Sache: kannst du mir einen Jest-Test schreiben für eine "
            "Funktion formatiereDatum(date), die 'TT.MM.JJJJ' zurückgibt?",
        ),
        None,
    ),
    (
        "de",
        (
            "Erstelle eine Spring-Boot-Entity Mitarbeiter mit Name, Abteilung, Gehalt",
            "Hier die Entity mit @Entity, @Id @GeneratedValue, BigDecimal für das Gehalt und "
            "einem Enum Abteilung.",
            "Repository und Controller auch noch",
            "Erledigt: MitarbeiterRepository extends JpaRepository, Controller mit GET/POST/"
            "PUT/DELETE unter /api/mitarbeiter.",
            "jetzt bitte Validierung: Name Pflicht, Gehalt > 0",
        ),
        SYS_DE,
    ),
    (
        "de",
        (
            "Kannst du mir einen kurzen Text für unsere Teamseite schreiben? Wir sind das "
            "Backend-Team, 5 Leute, machen Zahlungsabwicklung.",
            "Wir sind das Backend-Team – fünf Menschen, die dafür sorgen, dass jede Zahlung "
            "zuverlässig, schnell und nachvollziehbar ankommt.",
            "super. und eine SQL-Abfrage, die pro Tag die Anzahl fehlgeschlagener Zahlungen "
            "der letzten 30 Tage zählt (Tabelle zahlungen, Spalten status, erstellt_am)",
        ),
        None,
    ),
    (
        "zh",
        (
            "我们系统要从单体拆成微服务，订单、库存、支付三个服务之间的数据一致性怎么保证比较好？",
            "一般用最终一致性：本地消息表或 outbox 加消息队列，配合 Saga 做补偿；尽量避免跨服务"
            "的分布式事务。",
            "好的。那先帮我写一下本地消息表的建表 SQL 和插入消息的 MyBatis Mapper 吧",
        ),
        None,
    ),
    (
        "zh",
        (
            "用 Django 写一个文章模型，有标题、内容、作者、创建时间",
            "```python\nclass Article(models.Model):\n    title = models.CharField(max_length="
            "200)\n    content = models.TextField()\n    author = models.ForeignKey(User, "
            "on_delete=models.CASCADE)\n    created_at = models.DateTimeField(auto_now_add="
            "True)\n```",
            "再加上列表和详情的接口",
        ),
        None,
    ),
    (
        "zh",
        (
            "three.js 里怎么让模型跟着鼠标旋转？",
            "可以用 OrbitControls，或者监听 pointermove，把鼠标坐标映射成旋转角度，在渲染循环里"
            "插值更新 mesh.rotation。",
            "明白了。另外后端有个小问题：Node 接口返回的时间是 UTC，前端想显示成北京时间 "
            "yyyy-MM-dd HH:mm:ss，用 dayjs 怎么写？",
        ),
        None,
    ),
    (
        "zh",
        (
            "帮我写个 Go 的用户结构体和 GORM 的增删改查",
            "已写好 User 结构体（ID、Name、Email、CreatedAt）和 Create、GetByID、Update、Delete "
            "四个函数，错误统一返回。",
            "加个按邮箱查询的，邮箱不存在返回自定义错误",
        ),
        None,
    ),
    (
        "zh",
        (
            "HTTPS 握手的过程能简单讲一下吗？",
            "客户端发 ClientHello，服务器回 ServerHello 和证书，双方协商出会话密钥（TLS 1.3 里"
            "用 ECDHE），之后用对称加密通信。",
            "谢谢。现在要在 Spring Boot 里写个接口，用 RestTemplate 调第三方的 HTTPS 接口，"
            "超时设置成 5 秒，失败重试两次，怎么写？",
        ),
        None,
    ),
    (
        "zh",
        (
            "Vue3 写一个商品表格，能增删改查",
            "给你写了 GoodsTable.vue，用 el-table 展示，新增和编辑共用一个弹窗，删除前确认。",
            "加个导出 Excel 的按钮",
        ),
        SYS_ZH,
    ),
    (
        "zh",
        (
            "帮我润色一下这句话：我们的产品很好用，大家都喜欢。",
            "可以改成：「我们的产品简单易用，深受用户喜爱。」",
            "好。再帮我写个 Python 函数，校验手机号是不是 11 位、1 开头，附带几个单元测试",
        ),
        None,
    ),
    (
        "ja",
        (
            "マイクロサービス間の通信はRESTとgRPCどっちがいいですか？",
            "社内サービス同士で型安全と性能を重視するならgRPC、外部公開やブラウザから直接"
            "呼ぶならRESTが扱いやすいです。",
            "なるほど。とりあえず今はRESTで、ExpressでユーザーのGET /users/:idを書いて"
            "ほしいです。存在しなければ404で。",
        ),
        None,
    ),
    (
        "ja",
        (
            "Railsで商品モデルを作って",
            "`rails g model Product name:string price:integer stock:integer` を実行して、"
            "モデルにバリデーション（name必須、price 0以上）を追加しました。",
            "コントローラーとビューもお願い",
        ),
        None,
    ),
    (
        "ja",
        (
            "WebGPUってWebGLと何が違うんですか？",
            "WebGPUはVulkan/Metal/D3D12に近い低レベルAPIで、コンピュートシェーダが使え、"
            "CPU側のオーバーヘッドも小さいです。WebGLはOpenGL ESベースの古いAPIです。",
            "ありがとうございます。話変わりますが、Djangoで問い合わせフォームを作って送信"
            "内容をDBに保存したいです。モデルとフォームとビューを書いてください。",
        ),
        None,
    ),
    (
        "ja",
        (
            "pytestでユーザー登録APIのテストを書いて",
            "正常系（201）、メール重複（409）、必須項目なし（422）の3ケースを "
            "TestClient で書きました。",
            "パラメータ化して、メール形式のパターンも増やして",
        ),
        None,
    ),
    (
        "ja",
        (
            "来週のチームの飲み会の案内文を書いて",
            "来週金曜19時から、駅前の「いろは」で懇親会を行います。参加可否を水曜までに"
            "ご返信ください。",
            "ありがとう！あと、出欠を集計するGoogle Apps Scriptも書けますか？スプレッド"
            "シートのB列に「参加」「不参加」が入ってます",
        ),
        None,
    ),
    (
        "ja",
        (
            "Laravelで注文一覧APIを作った",
            "いいですね。コードを見せてもらえれば、改善点やテストの書き方を提案します。",
            "ページネーションとステータス絞り込みを追加して。コードは "
            "`return Order::all();` だけです",
        ),
        SYS_JA,
    ),
    (
        "fr",
        (
            "c'est quoi la différence entre une architecture hexagonale et une architecture "
            "en couches ?",
            "En hexagonal, le domaine est au centre et ne dépend de rien ; les adaptateurs "
            "(BD, HTTP) dépendent de ports définis par le domaine. En couches, chaque couche "
            "dépend de celle du dessous, souvent jusqu'à la base.",
            "ok. concrètement pour l'instant j'ai juste besoin d'un repository Doctrine avec "
            "une méthode qui renvoie les commandes d'un client entre deux dates",
        ),
        None,
    ),
    (
        "fr",
        (
            "écris une fonction python qui calcule la TVA",
            "```python\ndef tva(montant_ht: float, taux: float = 0.2) -> float:\n    return "
            "round(montant_ht * taux, 2)\n```",
            "et les tests pytest ?",
        ),
        None,
    ),
    (
        "fr",
        (
            "peux-tu me résumer les nouveautés de PHP 8.3 ?",
            "Entre autres : constantes de classe typées, json_validate(), l'attribut "
            "#[\\Override], et des améliorations de readonly.",
            "merci. du coup écris-moi une classe DTO en PHP 8.3 pour une commande (id, client, "
            "lignes, total) avec des propriétés readonly",
        ),
        None,
    ),
    (
        "pt",
        (
            "qual a melhor forma de escalar um sistema de notificações pra milhões de usuários?",
            "Fila de mensagens (Kafka/SQS) desacoplando a geração do envio, workers "
            "horizontais por canal, deduplicação e rate limiting por provedor.",
            "beleza. por agora só preciso do endpoint em Express que marca uma notificação "
            "como lida: PATCH /notificacoes/:id/lida",
        ),
        None,
    ),
    (
        "pt",
        (
            "cria um model Sequelize de Produto",
            "Pronto: Produto com nome (STRING, obrigatório), preco (DECIMAL), estoque "
            "(INTEGER, default 0) e timestamps.",
            "agora as rotas de CRUD",
        ),
        None,
    ),
    (
        "pt",
        (
            "me explica o que é um índice composto",
            "É um índice sobre mais de uma coluna; a ordem importa, porque ele serve para "
            "filtros que usam as colunas da esquerda para a direita.",
            "então cria pra mim a migration do Rails que adiciona um índice composto em "
            "pedidos (cliente_id, criado_em)",
        ),
        None,
    ),
    (
        "it",
        (
            "mi consigli un buon modo per organizzare un progetto con molti microservizi in Go?",
            "Un repo per servizio o un monorepo con moduli separati; librerie comuni minime, "
            "contratti con protobuf versionati e CI che builda solo ciò che cambia.",
            "ok, intanto mi scrivi un handler gin per creare un cliente con validazione dei "
            'campi (binding:"required")?',
        ),
        None,
    ),
    (
        "it",
        (
            "scrivi una query SQL per il fatturato mensile",
            "SELECT date_trunc('month', data) AS mese, SUM(importo) FROM fatture GROUP BY 1 "
            "ORDER BY 1;",
            "e se volessi solo l'anno in corso?",
        ),
        None,
    ),
    (
        "it",
        (
            "come funziona il garbage collector di Java, in breve?",
            "Divide l'heap in generazioni: gli oggetti giovani vengono raccolti spesso e "
            "velocemente, quelli sopravvissuti passano alla old generation, raccolta più "
            "raramente. G1 è il default moderno.",
            "grazie. ora mi serve un test JUnit per il mio ClienteService.salva, con Mockito "
            "per il repository",
        ),
        None,
    ),
    (
        "ko",
        (
            "서비스가 커지면 DB를 어떻게 나누는 게 좋을까요? 샤딩이랑 리플리케이션 차이도요",
            "리플리케이션은 같은 데이터를 복제해서 읽기 부하를 나누고, 샤딩은 데이터를 키 기준으로 "
            "쪼개서 쓰기와 저장 용량을 분산합니다. 보통 읽기 복제부터 시작해요.",
            "알겠습니다. 일단 지금은 JPA로 회원 목록을 페이지네이션해서 가져오는 API만 만들어 "
            "주세요",
        ),
        None,
    ),
    (
        "ko",
        (
            "Express로 게시글 작성 API 만들어줘",
            "POST /posts 핸들러를 만들었어요. title, content를 받아 검증하고 DB에 저장한 뒤 201을 "
            "반환합니다.",
            "수정이랑 삭제도 추가해줘",
        ),
        None,
    ),
    (
        "ru",
        (
            "как лучше организовать взаимодействие между сервисами: через REST или через очередь?",
            "Синхронный REST проще, но связывает сервисы по доступности; очередь даёт "
            "развязку и буферизацию, но добавляет eventual consistency.",
            "понял. пока что просто напиши мне на FastAPI эндпоинт, который кладёт заказ в "
            "таблицу orders и возвращает его id",
        ),
        None,
    ),
    (
        "ru",
        (
            "напиши модель SQLAlchemy для статьи блога",
            "Готово: Article с id, title, body, author_id (FK на users), created_at и "
            "relationship на автора.",
            "а теперь CRUD-роуты на Flask для неё",
        ),
        None,
    ),
    (
        "es",
        (
            "¿qué me recomiendas para mostrar un modelo 3D de un producto en la web?",
            "three.js con un GLTFLoader es lo más habitual; si usas React, react-three-fiber y "
            "drei te ahorran mucho código.",
            "vale, eso lo hará el equipo de front. yo tengo que hacer el backend: modelo de "
            "Django para Producto con nombre, precio y un FileField para el .glb",
            "Listo: Producto con nombre (CharField), precio (DecimalField) y modelo_3d "
            "(FileField con upload_to='modelos/' y un validador de extensión .glb).",
            "perfecto, ahora el serializer y la vista para subirlo",
        ),
        None,
    ),
    (
        "de",
        (
            "Schreib mir eine FastAPI-Route GET /rechnungen",
            "Hier die Route mit SQLAlchemy-Session als Dependency, Rückgabe als Liste von "
            "RechnungOut.",
            "Filter nach Kunde bitte",
            "Ergänzt: optionaler Query-Parameter kunde_id, der die Abfrage einschränkt.",
            "und nach Zeitraum (von, bis)",
            "Ergänzt: von und bis als date-Parameter, beide optional, mit Prüfung von <= bis.",
            "jetzt noch Tests mit TestClient",
        ),
        None,
    ),
    (
        "zh",
        (
            "帮我看看这段 GLSL 为什么颜色不对",
            "看起来是 gamma 的问题：纹理是 sRGB，但你在线性空间里直接输出了。读取后先转线性，"
            "最后再转回 sRGB。",
            "好了，谢谢！另外一个事：后端要存用户的材质预设",
            "可以，存成一张表就行：用户 id、预设名称、参数（JSON）、创建时间。需要我写建表语句吗？",
            "要，MySQL 的，再加上增删改查接口，用 Spring Boot",
        ),
        None,
    ),
    (
        "ja",
        (
            "Goでユーザー登録のハンドラを書いて",
            "net/httpでPOST /usersを受け取り、JSONをデコードしてバリデーションし、bcryptで"
            "パスワードをハッシュ化して保存するハンドラを書きました。",
            "メール重複のときは409にして",
            "UNIQUE制約違反（pq のエラーコード 23505）を判定して409を返すようにしました。",
            "テーブル駆動テストも追加して",
        ),
        SYS_JA,
    ),
    (
        "ru",
        (
            "как в WebGL сделать тени?",
            "Рендеришь сцену из источника света в карту глубины (shadow map), потом в основном "
            "проходе сравниваешь глубину фрагмента с картой. В three.js это включается через "
            "renderer.shadowMap.enabled.",
            "ок, спасибо. а теперь другое: регулярка на Python, которая вытаскивает из строки "
            "все номера заказов вида ORD-12345",
        ),
        None,
    ),
]


def _hand_written() -> Iterator[Example]:
    for index, (lang, text) in enumerate(SHORT, 1):
        yield chat(LABEL, lang, f"crud/short/{index:03d}", text)
    for index, (lang, text) in enumerate(SINGLE, 1):
        yield chat(LABEL, lang, f"crud/single/{index:03d}", text)
    for index, (lang, system, text) in enumerate(LONG, 1):
        yield chat(LABEL, lang, f"crud/long/{index:03d}", text, system=system)
    for index, (lang, system, text) in enumerate(WITH_SYSTEM, 1):
        yield chat(LABEL, lang, f"crud/system/{index:03d}", text, system=system)
    for index, (lang, turns, system) in enumerate(MULTI, 1):
        yield chat(LABEL, lang, f"crud/multi/{index:03d}", *turns, system=system)


# ---------------------------------------------------------------------------------------------
# Templated families. Each family is one group of at most 25 variants; slots are drawn with the
# seeded Random passed in, and every family spreads its variants over the languages.
# ---------------------------------------------------------------------------------------------

Field = tuple[str, str]  # (name, kind): str text int decimal bool date datetime fk enum
Entity = tuple[str, str, tuple[Field, ...]]  # (class name, table name, fields)

ENTITIES: tuple[Entity, ...] = (
    (
        "Product",
        "products",
        (
            ("name", "str"),
            ("sku", "str"),
            ("price", "decimal"),
            ("stock", "int"),
            ("category_id", "fk"),
        ),
    ),
    (
        "Customer",
        "customers",
        (("name", "str"), ("email", "str"), ("country", "str"), ("is_active", "bool")),
    ),
    (
        "Order",
        "orders",
        (
            ("customer_id", "fk"),
            ("status", "enum"),
            ("total", "decimal"),
            ("placed_at", "datetime"),
        ),
    ),
    (
        "Invoice",
        "invoices",
        (("number", "str"), ("customer_id", "fk"), ("issued_on", "date"), ("amount", "decimal")),
    ),
    (
        "Ticket",
        "tickets",
        (("title", "str"), ("description", "text"), ("priority", "enum"), ("assignee_id", "fk")),
    ),
    (
        "Appointment",
        "appointments",
        (("title", "str"), ("starts_at", "datetime"), ("ends_at", "datetime"), ("room_id", "fk")),
    ),
    (
        "Book",
        "books",
        (("title", "str"), ("isbn", "str"), ("author_id", "fk"), ("published_on", "date")),
    ),
    (
        "Course",
        "courses",
        (("title", "str"), ("code", "str"), ("credits", "int"), ("starts_on", "date")),
    ),
    (
        "Reservation",
        "reservations",
        (
            ("guest_name", "str"),
            ("party_size", "int"),
            ("reserved_for", "datetime"),
            ("notes", "text"),
        ),
    ),
    (
        "Vehicle",
        "vehicles",
        (("plate", "str"), ("model", "str"), ("year", "int"), ("mileage_km", "int")),
    ),
    (
        "Supplier",
        "suppliers",
        (("name", "str"), ("email", "str"), ("phone", "str"), ("rating", "int")),
    ),
    (
        "Comment",
        "comments",
        (("post_id", "fk"), ("author_id", "fk"), ("body", "text"), ("is_hidden", "bool")),
    ),
    (
        "Project",
        "projects",
        (("name", "str"), ("owner_id", "fk"), ("status", "enum"), ("due_on", "date")),
    ),
    (
        "Task",
        "tasks",
        (("title", "str"), ("project_id", "fk"), ("done", "bool"), ("due_on", "date")),
    ),
    (
        "Coupon",
        "coupons",
        (("code", "str"), ("percent_off", "int"), ("valid_until", "date"), ("max_uses", "int")),
    ),
    (
        "Review",
        "reviews",
        (("product_id", "fk"), ("rating", "int"), ("title", "str"), ("body", "text")),
    ),
    (
        "Shipment",
        "shipments",
        (
            ("order_id", "fk"),
            ("carrier", "str"),
            ("tracking_code", "str"),
            ("shipped_at", "datetime"),
        ),
    ),
    (
        "Warehouse",
        "warehouses",
        (("name", "str"), ("city", "str"), ("capacity", "int"), ("is_active", "bool")),
    ),
    (
        "Event",
        "events",
        (("title", "str"), ("venue", "str"), ("starts_at", "datetime"), ("capacity", "int")),
    ),
    (
        "Article",
        "articles",
        (("title", "str"), ("slug", "str"), ("body", "text"), ("published", "bool")),
    ),
)

SERVER_FRAMEWORKS = (
    "FastAPI",
    "Flask",
    "Django REST Framework",
    "Express",
    "NestJS",
    "Spring Boot",
    "ASP.NET Core",
    "Laravel",
    "Rails",
    "gin",
    "echo",
    "axum",
    "actix-web",
    "Phoenix",
    "Next.js route handlers",
    "Fastify",
    "Symfony",
    "Ktor",
    "Koa",
    "Hono",
)

ORMS = (
    "SQLAlchemy 2.0",
    "Django ORM",
    "Prisma",
    "TypeORM",
    "Sequelize",
    "Hibernate/JPA",
    "Eloquent",
    "ActiveRecord",
    "GORM",
    "EF Core",
    "Ecto",
    "Drizzle",
    "sqlx",
    "Knex",
)

MIGRATION_TOOLS = (
    "Alembic",
    "Flyway",
    "Liquibase",
    "Django migrations",
    "a Rails migration",
    "a Laravel migration",
    "Prisma Migrate",
    "Knex migrations",
    "EF Core migrations",
    "golang-migrate",
    "a TypeORM migration",
    "Ecto migrations",
)

EXTRA_LANGS = ("fr", "pt", "it", "ko", "ru")


def _lang_cycle(offset: int) -> list[str]:
    """24 languages for one family: 8 English, 3 each of es/de/zh/ja, 4 of the rest."""
    langs = ["en"] * 8 + ["es", "de", "zh", "ja"] * 3
    langs += [EXTRA_LANGS[(offset + i) % len(EXTRA_LANGS)] for i in range(4)]
    return langs


def _plural(entity: Entity) -> str:
    return entity[1]


def _snake(entity: Entity) -> str:
    name = entity[0]
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def _field_names(entity: Entity) -> list[str]:
    return [name for name, _ in entity[2]]


def _family(
    group: str,
    langs: list[str],
    rng: random.Random,
    build: Callable[[random.Random, str], Example],
) -> Iterator[Example]:
    """One templated family: one example per language slot, none repeated."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for lang in langs:
        for _ in range(50):
            example = build(rng, lang)
            if example.messages not in seen:
                seen.add(example.messages)
                yield example
                break


def _maybe_system(rng: random.Random, lang: str, share: float) -> str | None:
    if rng.random() < share:
        return rng.choice(SYSTEMS_BY_LANG[lang])
    return None


# --- family: one endpoint ---------------------------------------------------------------------

ENDPOINT_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "write a {method} {path} endpoint in {fw} for {entity}",
        "{fw}: {method} {path} handler pls, the {entity} model already exists",
        "how do I implement {method} {path} with {fw}? model is {entity}",
        "need {method} {path} in {fw} ({entity}). just the route + handler",
    ),
    "es": (
        "hazme el endpoint {method} {path} en {fw} para {entity}",
        "¿cómo implemento {method} {path} con {fw}? ya tengo el modelo {entity}",
    ),
    "de": (
        "Schreib mir den Endpoint {method} {path} in {fw} für {entity}",
        "Wie implementiere ich {method} {path} mit {fw}? Das Model {entity} gibt es schon.",
    ),
    "zh": (
        "用 {fw} 写一个 {method} {path} 接口，实体是 {entity}",
        "{fw} 里 {method} {path} 怎么实现？{entity} 模型已经有了",
    ),
    "ja": (
        "{fw}で{method} {path}のエンドポイントを作ってください（{entity}モデルは作成済み）",
        "{fw}で{entity}の{method} {path}を実装したいです",
    ),
    "fr": ("écris l'endpoint {method} {path} avec {fw} pour l'entité {entity}",),
    "pt": ("faz o endpoint {method} {path} em {fw} pra entidade {entity}",),
    "it": ("scrivimi l'endpoint {method} {path} in {fw} per il modello {entity}",),
    "ko": ("{fw}로 {entity} {method} {path} API 만들어줘",),
    "ru": ("напиши эндпоинт {method} {path} на {fw} для сущности {entity}",),
}

ENDPOINT_EXTRAS: dict[str, tuple[str, ...]] = {
    "en": (
        ", return 404 if it doesn't exist",
        ", with input validation",
        ". fields: {fields}",
        ", and a quick test",
    ),
    "es": (", que devuelva 404 si no existe", ", con validación", ". campos: {fields}"),
    "de": (", mit 404 falls nicht vorhanden", ", mit Validierung", ". Felder: {fields}"),
    "zh": ("，不存在返回 404", "，要有参数校验", "。字段：{fields}"),
    "ja": ("。存在しない場合は404で", "。バリデーションも入れて", "。フィールド：{fields}"),
    "fr": (", avec 404 si introuvable", ". champs : {fields}"),
    "pt": (", com validação", ". campos: {fields}"),
    "it": (", con 404 se non esiste", ". campi: {fields}"),
    "ko": (". 없으면 404 반환", ". 필드: {fields}"),
    "ru": (", с 404, если не найдено", ". поля: {fields}"),
}


def _endpoint_text(rng: random.Random, lang: str) -> str:
    entity = rng.choice(ENTITIES)
    method, suffix = rng.choice(
        (
            ("GET", ""),
            ("GET", "/{id}"),
            ("POST", ""),
            ("PUT", "/{id}"),
            ("PATCH", "/{id}"),
            ("DELETE", "/{id}"),
        )
    )
    text = rng.choice(ENDPOINT_PHRASES[lang]).format(
        method=method,
        path=f"/{_plural(entity)}{suffix}",
        fw=rng.choice(SERVER_FRAMEWORKS),
        entity=entity[0],
    )
    if rng.random() < 0.5:
        extra = rng.choice(ENDPOINT_EXTRAS[lang])
        text += extra.replace("{fields}", ", ".join(_field_names(entity)))
    return text


def _build_endpoint(rng: random.Random, lang: str) -> Example:
    text = _endpoint_text(rng, lang)
    return chat(LABEL, lang, "crud/tpl/endpoint", text, system=_maybe_system(rng, lang, 0.2))


# --- family: one ORM query --------------------------------------------------------------------

ORM_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "{orm}: get all {plural} where {cond}, newest first, limit {n}",
        "how do I write this in {orm}? {plural} where {cond}, order by {order} desc, first {n}",
        "{orm} query for {plural} with {cond} — top {n} by {order}",
    ),
    "es": (
        "{orm}: sacar los {plural} donde {cond}, ordenados por {order} desc, límite {n}",
        "¿cómo escribo en {orm} una consulta de {plural} con {cond}? los {n} primeros por {order}",
    ),
    "de": (
        "{orm}: alle {plural} mit {cond}, sortiert nach {order} absteigend, max. {n}",
        "Wie sieht die {orm}-Abfrage aus für {plural} mit {cond}, die ersten {n} nach {order}?",
    ),
    "zh": (
        "{orm} 怎么查 {plural}：条件是 {cond}，按 {order} 倒序，取前 {n} 条",
        "用 {orm} 写个查询，{plural} 里 {cond} 的，按 {order} 排序，限制 {n} 条",
    ),
    "ja": (
        "{orm}で{plural}を{cond}の条件で取得して、{order}の降順で{n}件に絞りたい",
        "{orm}のクエリの書き方を教えてください：{plural}、条件 {cond}、{order}降順、上位{n}件",
    ),
    "fr": ("{orm} : récupérer les {plural} où {cond}, triés par {order} desc, limite {n}",),
    "pt": ("{orm}: buscar os {plural} onde {cond}, ordenado por {order} desc, limite {n}",),
    "it": ("{orm}: prendere i {plural} con {cond}, ordinati per {order} desc, massimo {n}",),
    "ko": ("{orm}로 {plural} 조회: 조건 {cond}, {order} 내림차순, {n}개만",),
    "ru": ("{orm}: выбрать {plural}, где {cond}, сортировка по {order} desc, лимит {n}",),
}


def _condition(rng: random.Random, entity: Entity) -> str:
    name, kind = rng.choice(entity[2])
    if kind in ("int", "decimal"):
        return f"{name} > {rng.choice((0, 10, 100, 500))}"
    if kind == "bool":
        return f"{name} = {rng.choice(('true', 'false'))}"
    if kind in ("date", "datetime"):
        return f"{name} >= '{rng.choice(('2024-01-01', '2024-06-30', '2023-12-01'))}'"
    if kind == "fk":
        return f"{name} = :{name}"
    if kind == "enum":
        return f"{name} IN ('open', 'pending')"
    return f"{name} ILIKE '%' || :q || '%'"


def _build_orm(rng: random.Random, lang: str) -> Example:
    entity = rng.choice(ENTITIES)
    order = next((name for name, kind in entity[2] if kind in ("datetime", "date")), "created_at")
    text = rng.choice(ORM_PHRASES[lang]).format(
        orm=rng.choice(ORMS),
        plural=_plural(entity),
        cond=_condition(rng, entity),
        order=order,
        n=rng.choice((5, 10, 20, 50)),
    )
    return chat(LABEL, lang, "crud/tpl/orm-query", text, system=_maybe_system(rng, lang, 0.15))


# --- family: one migration --------------------------------------------------------------------

MIGRATION_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "add": "write {tool} for adding a {col} {typ} column to {table}",
        "index": "{tool}: add an index on {table}({col}), it's a big table",
        "rename": "migration with {tool} to rename {table}.{col} to {new}",
        "notnull": "using {tool}, make {table}.{col} NOT NULL with a default, existing rows too",
    },
    "es": {
        "add": "escríbeme la migración con {tool} para añadir la columna {col} ({typ}) a {table}",
        "index": "{tool}: crear un índice en {table}({col}), la tabla es grande",
        "rename": "migración con {tool} para renombrar {table}.{col} a {new}",
        "notnull": "con {tool}, hacer {table}.{col} NOT NULL con valor por defecto",
    },
    "de": {
        "add": "Migration mit {tool}: Spalte {col} ({typ}) zu {table} hinzufügen",
        "index": "{tool}: Index auf {table}({col}) anlegen, Tabelle ist groß",
        "rename": "Wie benenne ich mit {tool} {table}.{col} in {new} um?",
        "notnull": "{tool}: {table}.{col} auf NOT NULL mit Default setzen, auch für Altdaten",
    },
    "zh": {
        "add": "用 {tool} 写个迁移，给 {table} 加一个 {col} 字段（{typ}）",
        "index": "{tool}：给 {table}({col}) 加索引，表数据量很大",
        "rename": "{tool} 迁移：把 {table}.{col} 改名为 {new}",
        "notnull": "用 {tool} 把 {table}.{col} 改成 NOT NULL 并设置默认值，老数据也要处理",
    },
    "ja": {
        "add": "{tool}で{table}に{col}カラム（{typ}）を追加するマイグレーションを書いて",
        "index": "{tool}で{table}({col})にインデックスを張りたい。テーブルは大きいです",
        "rename": "{tool}で{table}.{col}を{new}にリネームするマイグレーション",
        "notnull": "{tool}で{table}.{col}をNOT NULLにしてデフォルト値も設定したい",
    },
    "fr": {
        "add": "migration {tool} pour ajouter une colonne {col} ({typ}) à {table}",
        "index": "{tool} : ajouter un index sur {table}({col})",
        "rename": "migration {tool} pour renommer {table}.{col} en {new}",
        "notnull": "avec {tool}, passer {table}.{col} en NOT NULL avec une valeur par défaut",
    },
    "pt": {
        "add": "migration com {tool} pra adicionar a coluna {col} ({typ}) em {table}",
        "index": "{tool}: criar índice em {table}({col})",
        "rename": "como renomear {table}.{col} para {new} com {tool}?",
        "notnull": "com {tool}, deixar {table}.{col} NOT NULL com default",
    },
    "it": {
        "add": "migrazione con {tool} per aggiungere la colonna {col} ({typ}) a {table}",
        "index": "{tool}: aggiungere un indice su {table}({col})",
        "rename": "migrazione {tool} per rinominare {table}.{col} in {new}",
        "notnull": "con {tool}, rendere {table}.{col} NOT NULL con un default",
    },
    "ko": {
        "add": "{tool}로 {table}에 {col} 컬럼({typ}) 추가하는 마이그레이션 작성해줘",
        "index": "{tool}로 {table}({col})에 인덱스 추가하고 싶어요",
        "rename": "{tool}로 {table}.{col} 컬럼 이름을 {new}로 바꾸는 마이그레이션",
        "notnull": "{tool}로 {table}.{col}을 NOT NULL로 바꾸고 기본값 넣어줘",
    },
    "ru": {
        "add": "миграция на {tool}: добавить колонку {col} ({typ}) в {table}",
        "index": "{tool}: добавить индекс на {table}({col}), таблица большая",
        "rename": "миграция {tool}, чтобы переименовать {table}.{col} в {new}",
        "notnull": "как через {tool} сделать {table}.{col} NOT NULL с дефолтом?",
    },
}

NEW_COLUMNS = (
    ("archived_at", "timestamp"),
    ("external_ref", "varchar(64)"),
    ("notes", "text"),
    ("sort_order", "integer"),
    ("is_featured", "boolean"),
    ("currency", "char(3)"),
    ("deleted_at", "timestamp"),
    ("version", "integer"),
)


RENAMES = {
    "name": "display_name",
    "email": "email_address",
    "title": "headline",
    "body": "content",
    "status": "state",
    "price": "unit_price",
    "total": "total_amount",
    "notes": "remarks",
    "description": "details",
    "phone": "phone_number",
    "city": "town",
    "code": "short_code",
}


def _build_migration(rng: random.Random, lang: str) -> Example:
    entity = rng.choice(ENTITIES)
    kind = rng.choice(("add", "add", "index", "rename", "notnull"))
    existing = rng.choice(_field_names(entity))
    col, typ = rng.choice(NEW_COLUMNS)
    text = MIGRATION_PHRASES[lang][kind].format(
        tool=rng.choice(MIGRATION_TOOLS),
        table=entity[1],
        col=col if kind == "add" else existing,
        typ=typ,
        new=RENAMES.get(existing, f"{existing}_legacy"),
    )
    return chat(LABEL, lang, "crud/tpl/migration", text, system=_maybe_system(rng, lang, 0.15))


# --- family: tests for a pasted service (long) ------------------------------------------------

PY_TYPES = {
    "str": "str",
    "text": "str",
    "int": "int",
    "decimal": "Decimal",
    "bool": "bool",
    "date": "date",
    "datetime": "datetime",
    "fk": "int",
    "enum": "str",
}
TS_TYPES = {
    "str": "string",
    "text": "string",
    "int": "number",
    "decimal": "number",
    "bool": "boolean",
    "date": "string",
    "datetime": "Date",
    "fk": "number",
    "enum": "string",
}

PY_SERVICE = """
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

REQUIRED = (@REQUIRED@)
FIELDS = frozenset({@ALLFIELDS@})


class @E@NotFound(Exception):
    pass


class @E@Invalid(ValueError):
    pass


@dataclass
class @E@:
    id: int
@DATACLASS@


class @E@Service:
    def __init__(self, repo):
        self.repo = repo

    def create(self, data: dict) -> @E@:
        missing = [key for key in REQUIRED if data.get(key) in (None, "")]
        if missing:
            raise @E@Invalid("missing: " + ", ".join(missing))
@CHECKS@
        return self.repo.insert(data)

    def get(self, @e@_id: int) -> @E@:
        item = self.repo.find(@e@_id)
        if item is None:
            raise @E@NotFound(@e@_id)
        return item

    def update(self, @e@_id: int, changes: dict) -> @E@:
        item = self.get(@e@_id)
        unknown = set(changes) - FIELDS
        if unknown:
            raise @E@Invalid("unknown fields: " + ", ".join(sorted(unknown)))
        return self.repo.save(item, changes)

    def delete(self, @e@_id: int) -> None:
        self.get(@e@_id)
        self.repo.delete(@e@_id)
"""

TS_SERVICE = """
export interface @E@ {
  id: number;
@INTERFACE@
}

export class @E@NotFoundError extends Error {}
export class @E@ValidationError extends Error {}

export interface @E@Repo {
  insert(data: Omit<@E@, "id">): Promise<@E@>;
  find(id: number): Promise<@E@ | null>;
  update(id: number, patch: Partial<Omit<@E@, "id">>): Promise<@E@>;
  delete(id: number): Promise<void>;
}

export class @E@Service {
  constructor(private readonly repo: @E@Repo) {}

  async create(data: Omit<@E@, "id">): Promise<@E@> {
@TSCHECKS@
    return this.repo.insert(data);
  }

  async findOne(id: number): Promise<@E@> {
    const item = await this.repo.find(id);
    if (!item) throw new @E@NotFoundError(`@E@ ${id} not found`);
    return item;
  }

  async update(id: number, patch: Partial<Omit<@E@, "id">>): Promise<@E@> {
    await this.findOne(id);
    return this.repo.update(id, patch);
  }

  async remove(id: number): Promise<void> {
    await this.findOne(id);
    await this.repo.delete(id);
  }
}
"""

TEST_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "write {tf} tests for this service: happy paths, validation errors and not-found. "
        "mock the repo.",
        "Can you cover this with {tf} unit tests? I especially care about the validation "
        "branches. The repo should be a fake/mock, no database.",
        "need unit tests ({tf}) for the class below before I refactor it",
    ),
    "es": (
        "escríbeme tests con {tf} para este servicio: casos correctos, errores de validación "
        "y no encontrado. El repo mockeado.",
        "¿me haces los tests unitarios con {tf} de esta clase? sin base de datos, con un repo "
        "falso",
    ),
    "de": (
        "Bitte schreib {tf}-Tests für diesen Service: Erfolgsfälle, Validierungsfehler und "
        "nicht gefunden. Das Repo soll gemockt werden.",
        "Kannst du diese Klasse mit {tf} abdecken, bevor ich sie umbaue? Keine echte DB.",
    ),
    "zh": (
        "帮我给下面这个 service 写 {tf} 单元测试，正常流程、校验失败、找不到都要覆盖，repo 用 "
        "mock。",
        "重构之前想先补测试，用 {tf}，不要连数据库：",
    ),
    "ja": (
        "このサービスクラスに{tf}でユニットテストを書いてください。正常系・バリデーションエラー・"
        "見つからない場合を網羅して、repoはモックで。",
        "リファクタリング前にテストを用意したいです。{tf}で、DBは使わずにお願いします。",
    ),
    "fr": ("écris des tests {tf} pour ce service (cas nominal, validation, introuvable) :",),
    "pt": ("escreve testes com {tf} pra esse service, com o repo mockado:",),
    "it": ("mi scrivi i test con {tf} per questo service? repo mockato, niente database",),
    "ko": ("이 서비스 클래스에 {tf} 단위 테스트 작성해줘. 정상, 검증 실패, 없는 경우 다 포함해서",),
    "ru": ("напиши тесты на {tf} для этого сервиса: успешные сценарии, ошибки валидации, 404",),
}


def _py_service(entity: Entity) -> str:
    fields = entity[2]
    required = [name for name, kind in fields if kind not in ("text", "bool")][:3]
    checks = []
    for name, kind in fields:
        if kind in ("int", "decimal"):
            checks.append(
                f'        if data.get("{name}") is not None and data["{name}"] < 0:\n'
                f'            raise @E@Invalid("{name} must not be negative")'
            )
        elif kind == "str" and "email" in name:
            checks.append(
                f'        if "@" not in data["{name}"]:\n'
                f'            raise @E@Invalid("{name} is not an email address")'
            )
        elif kind == "str":
            checks.append(
                f'        if len(data.get("{name}") or "") > 120:\n'
                f'            raise @E@Invalid("{name} is too long")'
            )
    code = (
        PY_SERVICE.replace("@REQUIRED@", ", ".join(f'"{n}"' for n in required) + ",")
        .replace("@ALLFIELDS@", ", ".join(f'"{n}"' for n, _ in fields))
        .replace("@DATACLASS@", "\n".join(f"    {n}: {PY_TYPES[k]}" for n, k in fields))
        .replace("@CHECKS@", "\n".join(checks[:3]))
    )
    return code.replace("@E@", entity[0]).replace("@e@", _snake(entity)).strip()


def _ts_service(entity: Entity) -> str:
    fields = entity[2]
    checks = []
    for name, kind in fields:
        if kind in ("int", "decimal"):
            checks.append(
                f'    if (data.{name} < 0) throw new @E@ValidationError("{name} must be >= 0");'
            )
        elif kind == "str":
            checks.append(
                f'    if (!data.{name}?.trim()) throw new @E@ValidationError("{name} is required");'
            )
    code = TS_SERVICE.replace(
        "@INTERFACE@", "\n".join(f"  {n}: {TS_TYPES[k]};" for n, k in fields)
    ).replace("@TSCHECKS@", "\n".join(checks[:3]))
    return code.replace("@E@", entity[0]).strip()


def _build_service_tests(rng: random.Random, lang: str) -> Example:
    entity = rng.choice(ENTITIES)
    if rng.random() < 0.5:
        code, fence, tf = _py_service(entity), "python", rng.choice(("pytest", "unittest"))
    else:
        code, fence, tf = _ts_service(entity), "ts", rng.choice(("Jest", "Vitest"))
    ask = rng.choice(TEST_PHRASES[lang]).format(tf=tf)
    text = f"{ask}\n\n```{fence}\n{code}\n```"
    if rng.random() < 0.3:
        text = f"```{fence}\n{code}\n```\n\n{ask}"
    return chat(LABEL, lang, "crud/tpl/service-tests", text, system=_maybe_system(rng, lang, 0.3))


# --- family: pasted error and the code around it (long) ---------------------------------------

TRACES: tuple[str, ...] = (
    """
Traceback (most recent call last):
  File "/app/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/app/venv/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
  File "/app/shop/views.py", line 42, in create_@e@
    obj.save()
  File "/app/venv/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute
    return self.cursor.execute(sql, params)
django.db.utils.IntegrityError: null value in column "@fk@" of relation "shop_@e@" violates not-null constraint
DETAIL:  Failing row contains (17, null, ...).

```python
def create_@e@(request):
    form = @E@Form(request.POST)
    if form.is_valid():
        obj = form.save(commit=False)
        obj.save()
        return redirect("@e@-detail", pk=obj.pk)
    return render(request, "shop/@e@_form.html", {"form": form})
```
""",
    """
TypeError: Cannot read properties of undefined (reading '@f@')
    at @E@Controller.update (/usr/src/app/src/controllers/@e@.controller.js:38:31)
    at Layer.handle [as handle_request] (/usr/src/app/node_modules/express/lib/router/layer.js:95:5)
    at next (/usr/src/app/node_modules/express/lib/router/route.js:149:13)
    at Route.dispatch (/usr/src/app/node_modules/express/lib/router/route.js:119:3)
    at /usr/src/app/node_modules/express/lib/router/index.js:284:15
    at Function.process_params (/usr/src/app/node_modules/express/lib/router/index.js:346:12)

```js
async update(req, res) {
  const item = await @E@.findByPk(req.params.id);
  const { @f@ } = req.body.data;
  item.@f@ = @f@;
  await item.save();
  res.json(item);
}
```
the client sends `{"@f@": ...}` as JSON with content-type application/json
""",
    """
org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.example.@e@.@E@.items: could not initialize proxy - no Session
	at org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)
	at org.hibernate.collection.spi.AbstractPersistentCollection.withTemporarySessionIfNeeded(AbstractPersistentCollection.java:218)
	at org.hibernate.collection.spi.AbstractPersistentCollection.initialize(AbstractPersistentCollection.java:615)
	at com.example.@e@.@E@Mapper.toDto(@E@Mapper.java:27)
	at com.example.@e@.@E@Controller.get(@E@Controller.java:34)

```java
@GetMapping("/{id}")
public @E@Dto get(@PathVariable Long id) {
    @E@ entity = service.findById(id);
    return mapper.toDto(entity);
}
```
`items` is `@OneToMany(mappedBy = "@e@")` with the default fetch type.
""",
    """
NoMethodError (undefined method `@f@' for nil:NilClass):

app/controllers/@t@_controller.rb:21:in `show'
actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'
actionpack (7.1.3) lib/abstract_controller/base.rb:224:in `process_action'
actionpack (7.1.3) lib/action_controller/metal/rendering.rb:165:in `process_action'
activesupport (7.1.3) lib/active_support/callbacks.rb:121:in `block in run_callbacks'

```ruby
def show
  @@e@ = @E@.find_by(id: params[:id])
  @summary = "#{@@e@.@f@} (#{@@e@.created_at.to_date})"
  render :show
end
```
""",
    """
Illuminate\\Database\\QueryException
SQLSTATE[HY000]: General error: 1364 Field '@fk@' doesn't have a default value
(Connection: mysql, SQL: insert into `@t@` (`@f@`, `updated_at`, `created_at`) values (?, ?, ?))

  at vendor/laravel/framework/src/Illuminate/Database/Connection.php:829
    825▕                     $this->getName(), $query, $this->prepareBindings($bindings), $e
    826▕                 );
    827▕             }
  + 16 vendor frames
  17  app/Http/Controllers/@E@Controller.php:31

```php
public function store(Store@E@Request $request)
{
    $item = @E@::create($request->validated());
    return new @E@Resource($item);
}
```
the model has `protected $fillable = ['@f@'];`
""",
    """
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6f1c2a]

goroutine 34 [running]:
main.(*@E@Handler).Get(0xc0001a2030, {0x8a1f40, 0xc0002be000}, 0xc0002c4100)
	/src/internal/http/@e@_handler.go:47 +0x8a
net/http.HandlerFunc.ServeHTTP(0xc0001c8010, {0x8a1f40, 0xc0002be000}, 0xc0002c4100)
	/usr/local/go/src/net/http/server.go:2166 +0x29
github.com/go-chi/chi/v5.(*Mux).routeHTTP(0xc0000b2060, {0x8a1f40, 0xc0002be000}, 0xc0002c4100)

```go
func (h *@E@Handler) Get(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	item, err := h.store.Find@E@(r.Context(), id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": item.ID, "@f@": item.@F@})
}
```
""",
)

TRACE_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "getting this, what's wrong?",
        "Can you help me fix this error? Relevant code below.",
        "this started happening after my last change, fix pls",
    ),
    "es": ("me sale este error, ¿qué está mal?", "¿me ayudas a arreglar esto? te paso el código"),
    "de": ("Ich bekomme diesen Fehler, was ist falsch?", "Kannst du mir beim Fix helfen?"),
    "zh": ("报了下面这个错，帮我看看哪里有问题", "这个错误怎么修？相关代码也贴上了"),
    "ja": (
        "このエラーが出ます。どこがおかしいでしょうか？",
        "以下のエラーの直し方を教えてください",
    ),
    "fr": ("j'ai cette erreur, tu vois ce qui cloche ?",),
    "pt": ("tá dando esse erro, o que pode ser?",),
    "it": ("mi dà questo errore, cosa sbaglio?",),
    "ko": ("이런 에러가 나는데 뭐가 문제일까요?",),
    "ru": ("вылетает вот такая ошибка, что не так?",),
}


TRACE_TRIED: dict[str, tuple[str, ...]] = {
    "en": (
        "I already restarted the dev server and cleared the cache, same thing. It worked "
        "yesterday before I touched the model.",
        "Tried googling it but the answers are for older versions. Running everything locally "
        "with docker compose.",
    ),
    "es": (
        "Ya reinicié el servidor y borré la caché, y nada. Ayer funcionaba antes de tocar el "
        "modelo.",
        "He buscado en Google pero las respuestas son de versiones antiguas.",
    ),
    "de": (
        "Server neu gestartet und Cache geleert, gleicher Fehler. Gestern lief es noch, bevor "
        "ich das Model angepasst habe.",
        "Gegoogelt habe ich schon, aber die Antworten sind für ältere Versionen.",
    ),
    "zh": (
        "已经重启过服务、清过缓存了，还是一样。昨天改模型之前是好的，今天改完就这样了，本地用 "
        "docker compose 跑的。",
        "网上搜到的答案都是老版本的，试了几个都不行，麻烦帮忙看看具体是哪一行的问题。",
    ),
    "ja": (
        "サーバーの再起動やキャッシュ削除はもう試しましたが、同じエラーのままです。昨日モデルを"
        "変更するまでは動いていました。ローカルは docker compose で動かしています。",
        "ネットで調べた解決策は古いバージョン向けのものばかりで、いくつか試しましたがダメでした。",
    ),
    "fr": ("J'ai déjà redémarré le serveur et vidé le cache, rien ne change.",),
    "pt": ("Já reiniciei o servidor e limpei o cache, continua igual.",),
    "it": ("Ho già riavviato il server e svuotato la cache, niente da fare.",),
    "ko": (
        "서버 재시작이랑 캐시 삭제는 이미 해봤는데 똑같아요. 어제 모델 수정하기 전에는 잘 "
        "됐어요. 로컬은 docker compose로 띄우고 있어요.",
    ),
    "ru": ("Сервер уже перезапускал и кэш чистил — то же самое. Вчера до правки модели работало.",),
}


def _build_trace(rng: random.Random, lang: str) -> Example:
    entity = rng.choice(ENTITIES)
    names = _field_names(entity)
    fks = [name for name, kind in entity[2] if kind == "fk"] or ["owner_id"]
    field = rng.choice([name for name in names if name not in fks] or names)
    trace = (
        rng.choice(TRACES)
        .replace("@E@", entity[0])
        .replace("@e@", _snake(entity))
        .replace("@t@", entity[1])
        .replace("@fk@", fks[0])
        .replace("@F@", "".join(part.title() for part in field.split("_")))
        .replace("@f@", field)
        .strip()
    )
    ask = rng.choice(TRACE_PHRASES[lang])
    if len(trace) < 800 or rng.random() < 0.3:
        if ask[-1] not in ".?!。？！":
            ask += "。" if lang in ("zh", "ja") else "."
        ask += ("" if lang in ("zh", "ja") else " ") + rng.choice(TRACE_TRIED[lang])
    text = f"{ask}\n\n{trace}" if rng.random() < 0.6 else f"{trace}\n\n{ask}"
    return chat(LABEL, lang, "crud/tpl/trace", text, system=_maybe_system(rng, lang, 0.25))


# --- family: a table definition turned into an API (long) -------------------------------------

SQL_TYPES: dict[str, dict[str, str]] = {
    "postgres": {
        "str": "varchar(120) NOT NULL",
        "text": "text",
        "int": "integer NOT NULL DEFAULT 0",
        "decimal": "numeric(12,2) NOT NULL",
        "bool": "boolean NOT NULL DEFAULT false",
        "date": "date",
        "datetime": "timestamptz",
        "fk": "bigint NOT NULL REFERENCES @REF@(id)",
        "enum": "varchar(20) NOT NULL DEFAULT 'open'",
    },
    "mysql": {
        "str": "VARCHAR(120) NOT NULL",
        "text": "TEXT",
        "int": "INT NOT NULL DEFAULT 0",
        "decimal": "DECIMAL(12,2) NOT NULL",
        "bool": "TINYINT(1) NOT NULL DEFAULT 0",
        "date": "DATE",
        "datetime": "DATETIME",
        "fk": "BIGINT UNSIGNED NOT NULL",
        "enum": "ENUM('open','pending','closed') NOT NULL DEFAULT 'open'",
    },
    "sqlite": {
        "str": "TEXT NOT NULL",
        "text": "TEXT",
        "int": "INTEGER NOT NULL DEFAULT 0",
        "decimal": "NUMERIC NOT NULL",
        "bool": "INTEGER NOT NULL DEFAULT 0",
        "date": "TEXT",
        "datetime": "TEXT",
        "fk": "INTEGER NOT NULL REFERENCES @REF@(id)",
        "enum": "TEXT NOT NULL DEFAULT 'open'",
    },
}


def _ddl(entity: Entity, dialect: str) -> str:
    types = SQL_TYPES[dialect]
    pk = {
        "postgres": "id bigserial PRIMARY KEY",
        "mysql": "id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY",
        "sqlite": "id INTEGER PRIMARY KEY AUTOINCREMENT",
    }[dialect]
    lines = [pk]
    for name, kind in entity[2]:
        ref = name.removesuffix("_id") + "s"
        if ref in ("assignees", "owners") or (entity[1] == "comments" and ref == "authors"):
            ref = "users"
        column = types[kind].replace("@REF@", ref)
        if kind == "enum":
            values = _enum_values(entity, name)
            listed = ",".join(f"'{value}'" for value in values)
            column = column.replace("'open','pending','closed'", listed)
            column = column.replace("DEFAULT 'open'", f"DEFAULT '{values[0]}'")
        lines.append(f"{name} {column}")
    stamp = "timestamptz NOT NULL DEFAULT now()" if dialect == "postgres" else "DATETIME"
    lines.append(f"created_at {stamp}")
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {entity[1]} (\n  {body}\n);"


STR_SAMPLES: dict[str, tuple[str, str, str]] = {
    "name": ("Northwind Traders", "Harbor Supply", "Atlas Works"),
    "products.name": ("Blue Mug", "Desk Lamp", "Notebook A5"),
    "warehouses.name": ("North Hub", "Port Depot", "East Yard"),
    "projects.name": ("Website relaunch", "Billing v2", "Mobile app"),
    "sku": ("MUG-001", "LMP-204", "NTB-A5"),
    "email": ("orders@northwind.example", "hello@harbor.example", "ops@atlas.example"),
    "country": ("ES", "DE", "JP"),
    "number": ("INV-2024-0001", "INV-2024-0002", "INV-2024-0003"),
    "title": ("Kickoff", "Quarterly review", "Planning"),
    "books.title": ("Dune", "Emma", "Ulysses"),
    "courses.title": ("Databases I", "Linear Algebra", "Physics Lab"),
    "tasks.title": ("write docs", "fix login bug", "review PR"),
    "tickets.title": ("Printer offline", "VPN is slow", "New laptop"),
    "articles.title": ("Hello world", "Release notes 2.1", "FAQ"),
    "events.title": ("Meetup", "Workshop", "Launch party"),
    "reviews.title": ("Great mug", "Too small", "Does the job"),
    "isbn": ("978-0-441-17271-9", "978-0-14-143958-7", "978-0-679-72276-1"),
    "plate": ("B-AB 1234", "M-XY 998", "HH-Q 42"),
    "model": ("Corolla", "Golf", "Model 3"),
    "phone": ("+49 30 1234567", "+34 91 555 0100", "+81 3 5555 0100"),
    "code": ("SPRING10", "WELCOME", "VIP25"),
    "courses.code": ("CS101", "MA201", "PH110"),
    "carrier": ("DHL", "UPS", "SEUR"),
    "tracking_code": ("JD0146000038", "1ZA99AA1012", "SE12345XYZ"),
    "city": ("Valencia", "Leipzig", "Osaka"),
    "venue": ("Hall A", "Main Stage", "Room 2"),
    "slug": ("hello-world", "release-notes-2-1", "faq"),
    "guest_name": ("Lee party", "Team lunch", "Walk-in"),
}
INT_SAMPLES: dict[str, tuple[int, int, int]] = {
    "percent_off": (10, 25, 5),
    "rating": (5, 3, 4),
    "credits": (6, 3, 4),
    "party_size": (2, 4, 8),
    "year": (2019, 2021, 2023),
    "mileage_km": (42000, 8000, 120500),
    "capacity": (500, 120, 80),
    "max_uses": (100, 1, 50),
}
ENUM_SAMPLES: dict[str, tuple[str, str, str]] = {
    "orders.status": ("pending", "paid", "shipped"),
    "projects.status": ("active", "on_hold", "done"),
    "priority": ("low", "medium", "high"),
}
OTHER_SAMPLES: dict[str, tuple[str, str, str]] = {
    "text": ("'first batch'", "NULL", "'needs review'"),
    "decimal": ("19.90", "4.50", "120.00"),
    "bool": ("true", "false", "true"),
    "date": ("'2024-05-01'", "'2024-06-15'", "NULL"),
    "datetime": ("'2024-05-01 10:30:00'", "'2024-05-02 08:00:00'", "NULL"),
    "fk": ("3", "3", "7"),
}


def _enum_values(entity: Entity, name: str) -> tuple[str, str, str]:
    return ENUM_SAMPLES.get(
        f"{entity[1]}.{name}", ENUM_SAMPLES.get(name, ("open", "pending", "closed"))
    )


def _sample(entity: Entity, name: str, kind: str, row: int) -> str:
    """An SQL literal for one column of one sample row."""
    if kind == "str":
        values = STR_SAMPLES.get(
            f"{entity[1]}.{name}", STR_SAMPLES.get(name, ("alpha", "beta", "gamma"))
        )
        return "'" + values[row] + "'"
    if kind == "int":
        return str(INT_SAMPLES.get(name, (12, 0, 250))[row])
    if kind == "enum":
        return "'" + _enum_values(entity, name)[row] + "'"
    return OTHER_SAMPLES[kind][row]


def _sample_inserts(entity: Entity) -> str:
    columns = ", ".join(_field_names(entity))
    rows = ",\n  ".join(
        "(" + ", ".join(_sample(entity, n, k, row) for n, k in entity[2]) + ")" for row in range(3)
    )
    return f"INSERT INTO {entity[1]} ({columns}) VALUES\n  {rows};"


def _sample_json(entity: Entity) -> str:
    parts = ['  "id": 1']
    for name, kind in entity[2]:
        value = _sample(entity, name, kind, 0)
        if value.startswith("'"):
            value = '"' + value.strip("'") + '"'
        if kind == "decimal":
            value = f'"{value}"'
        parts.append(f'  "{name}": {value}')
    return "{\n" + ",\n".join(parts) + "\n}"


TABLE_API_ASK: dict[str, tuple[str, ...]] = {
    "en": (
        "Here's the table. Generate the full CRUD in {fw} for it (model, routes/controller, "
        "request validation). Requirements:",
        "I have this {dialect} table and need a REST API over it with {fw}. What I need:",
    ),
    "es": ("Tengo esta tabla en {dialect}. Necesito el CRUD completo con {fw}. Requisitos:",),
    "de": ("Hier die Tabelle ({dialect}). Bitte das komplette CRUD mit {fw}. Anforderungen:",),
    "zh": ("下面是 {dialect} 的建表语句，帮我用 {fw} 生成完整的增删改查接口。要求：",),
    "ja": ("以下の{dialect}のテーブルに対して、{fw}でCRUD APIを作ってください。要件：",),
    "fr": ("Voici la table ({dialect}). Il me faut le CRUD complet avec {fw}. Contraintes :",),
    "pt": ("Tenho essa tabela no {dialect}, preciso do CRUD completo em {fw}. Requisitos:",),
    "it": ("Ecco la tabella ({dialect}). Mi serve il CRUD completo con {fw}. Requisiti:",),
    "ko": ("아래 {dialect} 테이블로 {fw} CRUD API 만들어 주세요. 요구사항:",),
    "ru": ("Вот таблица ({dialect}). Нужен полный CRUD на {fw}. Требования:",),
}

TABLE_API_REQS: dict[str, tuple[str, ...]] = {
    "en": (
        "list endpoint with pagination (page, page_size, max 100)",
        "filter the list by any exact-match column passed as query param",
        "sort by created_at desc by default, allow ?sort=field,-field",
        "404 JSON error for unknown ids",
        "validation errors as 422 with field -> message",
        "DELETE returns 204",
        "PATCH for partial updates, PUT for full replace",
        "a couple of tests for create and for the 404 case",
        "responses should look like the example below",
    ),
    "es": (
        "listado paginado (page, page_size, máximo 100)",
        "filtrar por cualquier columna pasada como query param",
        "orden por defecto created_at desc",
        "404 en JSON si el id no existe",
        "errores de validación como 422 con campo -> mensaje",
        "DELETE devuelve 204",
        "PATCH para actualizaciones parciales",
        "un par de tests para el alta y para el 404",
        "las respuestas tienen que tener esta pinta:",
    ),
    "de": (
        "Liste mit Pagination (page, page_size, max. 100)",
        "Filter über beliebige Spalten als Query-Parameter",
        "Standardsortierung created_at absteigend",
        "404 als JSON bei unbekannter ID",
        "Validierungsfehler als 422 mit Feld -> Meldung",
        "DELETE liefert 204",
        "PATCH für Teil-Updates",
        "ein paar Tests für Anlegen und den 404-Fall",
        "Antworten sollen so aussehen:",
    ),
    "zh": (
        "列表接口分页（page、page_size，最大 100）",
        "支持按任意字段精确筛选（query 参数）",
        "默认按 created_at 倒序，支持 sort 参数",
        "id 不存在时返回 404 的 JSON",
        "参数校验失败返回 422，格式是 字段 -> 错误信息",
        "删除成功返回 204",
        "PATCH 做部分更新，PUT 做整体更新",
        "新增和 404 各写一两个测试",
        "返回格式参考下面的例子",
    ),
    "ja": (
        "一覧はページネーション付き（page、page_size、最大100）",
        "クエリパラメータで任意のカラムを完全一致で絞り込み",
        "デフォルトは created_at の降順、sort パラメータで変更可能",
        "存在しないIDは404をJSONで返す",
        "バリデーションエラーは422で フィールド -> メッセージ の形式",
        "DELETEは204を返す",
        "PATCHで部分更新、PUTで全体更新",
        "作成と404のケースのテストを少し",
        "レスポンスは下の例のような形にしたいです",
    ),
    "fr": (
        "liste paginée (page, page_size, 100 max)",
        "filtres sur n'importe quelle colonne en query param",
        "tri par défaut created_at desc",
        "404 en JSON si l'id n'existe pas",
        "erreurs de validation en 422 avec champ -> message",
        "DELETE renvoie 204",
        "PATCH pour les mises à jour partielles",
        "quelques tests pour la création et le 404",
        "les réponses doivent ressembler à l'exemple ci-dessous",
    ),
    "pt": (
        "listagem paginada (page, page_size, máx. 100)",
        "filtro por qualquer coluna via query param",
        "ordenação padrão por created_at desc",
        "404 em JSON quando o id não existir",
        "erros de validação como 422 com campo -> mensagem",
        "DELETE retorna 204",
        "PATCH para atualização parcial",
        "uns testes pro create e pro 404",
        "as respostas devem seguir o exemplo abaixo",
    ),
    "it": (
        "lista paginata (page, page_size, massimo 100)",
        "filtri su qualsiasi colonna come query param",
        "ordinamento di default per created_at desc",
        "404 in JSON se l'id non esiste",
        "errori di validazione come 422 con campo -> messaggio",
        "DELETE restituisce 204",
        "PATCH per aggiornamenti parziali",
        "qualche test per la creazione e per il 404",
        "le risposte devono avere questa forma",
    ),
    "ko": (
        "목록은 페이지네이션 (page, page_size, 최대 100)",
        "쿼리 파라미터로 아무 컬럼이나 필터링",
        "기본 정렬은 created_at 내림차순",
        "없는 id는 404 JSON 응답",
        "검증 실패는 422, 필드 -> 메시지 형태",
        "DELETE는 204 반환",
        "PATCH는 부분 수정",
        "생성이랑 404 케이스 테스트 몇 개",
        "응답은 아래 예시 형태로",
    ),
    "ru": (
        "список с пагинацией (page, page_size, максимум 100)",
        "фильтрация по любым колонкам через query-параметры",
        "сортировка по умолчанию created_at desc",
        "404 в JSON, если id не найден",
        "ошибки валидации — 422 в виде поле -> сообщение",
        "DELETE возвращает 204",
        "PATCH для частичного обновления",
        "пара тестов на создание и на 404",
        "ответы должны выглядеть как в примере ниже",
    ),
}


def _build_table_api(rng: random.Random, lang: str) -> Example:
    entity = rng.choice(ENTITIES)
    dialect = rng.choice(("postgres", "mysql", "sqlite"))
    ask = rng.choice(TABLE_API_ASK[lang]).format(fw=rng.choice(SERVER_FRAMEWORKS), dialect=dialect)
    reqs = list(TABLE_API_REQS[lang])
    example_req = reqs.pop()
    rng.shuffle(reqs)
    count = rng.randint(4, 6)
    bullets = "\n".join(f"- {req}" for req in reqs[:count])
    sql = _ddl(entity, dialect)
    if lang in ("zh", "ja", "ko") or rng.random() < 0.5:
        sql += "\n\n-- some rows from staging\n" + _sample_inserts(entity)
    text = f"```sql\n{sql}\n```\n\n{ask}\n{bullets}"
    index = count
    while len(text) <= 820 and index < len(reqs):
        text += f"\n- {reqs[index]}"
        index += 1
    if len(text) <= 820 or rng.random() < 0.4:
        text += f"\n- {example_req}\n\n```json\n{_sample_json(entity)}\n```"
    return chat(LABEL, lang, "crud/tpl/table-api", text, system=_maybe_system(rng, lang, 0.3))


# --- family: CRUD request, answer, short follow-up (multi-turn) -------------------------------

FIRST_ASK: dict[str, tuple[str, ...]] = {
    "en": ("write a basic CRUD for {entity} in {fw}", "{fw} crud for {entity} please"),
    "es": ("hazme un CRUD básico de {entity} con {fw}",),
    "de": ("Schreib mir ein einfaches CRUD für {entity} mit {fw}",),
    "zh": ("用 {fw} 给 {entity} 写个增删改查",),
    "ja": ("{fw}で{entity}のCRUDを書いてください",),
    "fr": ("fais-moi un CRUD simple pour {entity} avec {fw}",),
    "pt": ("faz um CRUD básico de {entity} em {fw}",),
    "it": ("mi fai un CRUD base per {entity} con {fw}?",),
    "ko": ("{fw}로 {entity} CRUD 만들어줘",),
    "ru": ("сделай простой CRUD для {entity} на {fw}",),
}

FIRST_REPLY: dict[str, str] = {
    "en": "Here's a minimal {fw} CRUD for {entity}: list, get by id, create, update and "
    "delete, with a 404 when the id doesn't exist.\n\n```\n{routes}\n```",
    "es": "Aquí tienes un CRUD mínimo de {entity} con {fw}: listar, obtener por id, crear, "
    "actualizar y borrar, con 404 si no existe.\n\n```\n{routes}\n```",
    "de": "Hier ein minimales CRUD für {entity} mit {fw}: Liste, Einzelabruf, Anlegen, "
    "Ändern, Löschen, inklusive 404.\n\n```\n{routes}\n```",
    "zh": "下面是 {fw} 版 {entity} 的最小增删改查：列表、详情、新增、修改、删除，找不到时返回 "
    "404。\n\n```\n{routes}\n```",
    "ja": "{fw}での{entity}の最小限のCRUDです。一覧・取得・作成・更新・削除と、存在しない場合の"
    "404を入れています。\n\n```\n{routes}\n```",
    "fr": "Voici un CRUD minimal pour {entity} avec {fw} : liste, détail, création, mise à "
    "jour, suppression, avec 404.\n\n```\n{routes}\n```",
    "pt": "Segue um CRUD mínimo de {entity} em {fw}: listar, buscar, criar, atualizar e "
    "excluir, com 404.\n\n```\n{routes}\n```",
    "it": "Ecco un CRUD minimo per {entity} con {fw}: lista, dettaglio, creazione, modifica e "
    "cancellazione, con 404.\n\n```\n{routes}\n```",
    "ko": "{fw}로 만든 {entity} 기본 CRUD입니다. 목록, 조회, 생성, 수정, 삭제와 404 처리가 "
    "들어 있어요.\n\n```\n{routes}\n```",
    "ru": "Вот минимальный CRUD для {entity} на {fw}: список, получение, создание, "
    "обновление и удаление, с 404.\n\n```\n{routes}\n```",
}

FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "en": (
        "now add pagination",
        "add tests for it",
        "make it async",
        "can you add validation too?",
        "also soft delete pls",
        "add sorting by created_at",
        "and a search param on the list?",
        "now the same for the {child} model",
    ),
    "es": ("¿y los tests?", "ahora añade paginación", "¿y la validación?", "añade borrado lógico"),
    "de": (
        "jetzt noch Pagination",
        "und die Tests dazu?",
        "bitte mit Validierung",
        "auch Soft Delete",
    ),
    "zh": ("再加个分页", "单元测试也写一下", "加上参数校验", "删除改成软删除"),
    "ja": (
        "ページネーションも追加して",
        "テストも書いて",
        "バリデーションも入れて",
        "論理削除にして",
    ),
    "fr": ("et les tests ?", "ajoute la pagination"),
    "pt": ("agora coloca paginação", "e os testes?"),
    "it": ("aggiungi la paginazione", "e i test?"),
    "ko": ("페이지네이션도 추가해줘", "테스트도 작성해줘"),
    "ru": ("теперь добавь пагинацию", "а тесты?"),
}


def _routes(entity: Entity) -> str:
    path = f"/{entity[1]}"
    return "\n".join(
        (
            f"GET    {path}",
            f"GET    {path}/:id",
            f"POST   {path}",
            f"PUT    {path}/:id",
            f"DELETE {path}/:id",
        )
    )


def _build_followup(rng: random.Random, lang: str) -> Example:
    entity, child = rng.sample(ENTITIES, 2)
    fw = rng.choice(SERVER_FRAMEWORKS)
    first = rng.choice(FIRST_ASK[lang]).format(entity=entity[0], fw=fw)
    reply = FIRST_REPLY[lang].format(entity=entity[0], fw=fw, routes=_routes(entity))
    follow = rng.choice(FOLLOW_UPS[lang]).replace("{child}", child[0])
    return chat(
        LABEL,
        lang,
        "crud/tpl/followup",
        first,
        reply,
        follow,
        system=_maybe_system(rng, lang, 0.25),
    )


# --- family: a form component (always under a system prompt) ----------------------------------

UI_STACKS = (
    "React + react-hook-form",
    "React (useState)",
    "Vue 3",
    "Angular reactive forms",
    "Svelte",
    "HTML + vanilla JS",
    "Flutter",
    "SwiftUI",
    "Jetpack Compose",
    "Blazor",
    "Laravel Livewire",
    "Django forms + templates",
)

FORM_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "{ui}: a form to create a {entity} with fields {fields}. submit to POST {path}, show "
        "server errors under each field",
        "build me an edit form for {entity} in {ui} ({fields}), load it from GET {path}/:id and "
        "save with PUT",
        "simple {ui} form for new {entity}s — {fields}. required fields marked, disable the "
        "button while submitting",
    ),
    "es": (
        "formulario en {ui} para crear un {entity} con los campos {fields}, que haga POST a "
        "{path} y muestre los errores",
        "necesito un formulario de edición de {entity} en {ui} ({fields})",
    ),
    "de": (
        "Formular in {ui} zum Anlegen von {entity} mit den Feldern {fields}, POST an {path}, "
        "Fehler unter den Feldern anzeigen",
        "Bearbeitungsformular für {entity} in {ui} ({fields}), Daten von GET {path}/:id",
    ),
    "zh": (
        "用 {ui} 写一个新增 {entity} 的表单，字段有 {fields}，提交到 POST {path}，错误显示在字段"
        "下面",
        "{ui} 做一个 {entity} 编辑表单（{fields}），先从 GET {path}/:id 拿数据，保存用 PUT",
    ),
    "ja": (
        "{ui}で{entity}の登録フォームを作ってください。項目は{fields}で、POST {path}に送信、"
        "エラーは各項目の下に表示",
        "{ui}で{entity}の編集フォーム（{fields}）を作りたいです",
    ),
    "fr": ("formulaire {ui} pour créer un {entity} ({fields}), envoi en POST sur {path}",),
    "pt": ("formulário em {ui} pra cadastrar {entity} com os campos {fields}, POST em {path}",),
    "it": ("form in {ui} per creare un {entity} con i campi {fields}, POST su {path}",),
    "ko": ("{ui}로 {entity} 등록 폼 만들어줘. 필드는 {fields}, POST {path}로 전송",),
    "ru": ("форма на {ui} для создания {entity}: поля {fields}, отправка POST на {path}",),
}


def _build_form(rng: random.Random, lang: str) -> Example:
    entity = rng.choice(ENTITIES)
    fields = [name for name, kind in entity[2] if kind != "fk"] or _field_names(entity)
    text = rng.choice(FORM_PHRASES[lang]).format(
        ui=rng.choice(UI_STACKS),
        entity=entity[0],
        fields=", ".join(fields),
        path=f"/api/{entity[1]}",
    )
    system = rng.choice(SYSTEMS_BY_LANG[lang])
    return chat(LABEL, lang, "crud/tpl/form", text, system=system)


# --- family: small scripts --------------------------------------------------------------------

SCRIPT_TOOLS = ("bash", "Python", "PowerShell", "Node.js", "Go", "Ruby")

SCRIPT_TASKS: dict[str, tuple[str, ...]] = {
    "en": (
        "{tool} script that deletes *.{ext} files older than {days} days in {dir}",
        "write a {tool} script to merge all .{ext} files in {dir} into one",
        "{tool}: count lines in every .{ext} file under {dir} and print the top 10",
        "small {tool} script that finds duplicate files in {dir} by hash",
        "{tool} script: convert every .json in {dir} to .{ext}",
    ),
    "es": (
        "script en {tool} que borre los .{ext} de {dir} con más de {days} días",
        "¿me haces un script en {tool} que junte todos los .{ext} de {dir} en uno?",
    ),
    "de": (
        "{tool}-Skript, das *.{ext} in {dir} löscht, die älter als {days} Tage sind",
        "Schreib ein {tool}-Skript, das alle .{ext}-Dateien in {dir} zusammenführt",
    ),
    "zh": (
        "写个 {tool} 脚本，删除 {dir} 下超过 {days} 天的 .{ext} 文件",
        "用 {tool} 写个脚本，统计 {dir} 下每个 .{ext} 文件的行数",
    ),
    "ja": (
        "{dir}にある{days}日より古い.{ext}ファイルを削除する{tool}スクリプト",
        "{tool}で{dir}内の.{ext}ファイルを1つにまとめるスクリプトを書いて",
    ),
    "fr": ("script {tool} qui supprime les .{ext} de {dir} plus vieux que {days} jours",),
    "pt": ("script em {tool} pra apagar os .{ext} de {dir} com mais de {days} dias",),
    "it": ("script {tool} che cancella i file .{ext} in {dir} più vecchi di {days} giorni",),
    "ko": ("{dir}에서 {days}일 지난 .{ext} 파일 지우는 {tool} 스크립트 짜줘",),
    "ru": ("скрипт на {tool}, который удаляет .{ext} в {dir} старше {days} дней",),
}


def _build_script(rng: random.Random, lang: str) -> Example:
    text = rng.choice(SCRIPT_TASKS[lang]).format(
        tool=rng.choice(SCRIPT_TOOLS),
        ext=rng.choice(("log", "csv", "tmp", "txt", "bak", "parquet")),
        days=rng.choice((3, 7, 14, 30, 90)),
        dir=rng.choice(("/var/log/app", "./exports", "~/Downloads", "C:\\data\\in", "/srv/dumps")),
    )
    return chat(LABEL, lang, "crud/tpl/script", text, system=_maybe_system(rng, lang, 0.15))


# --- family: one SQL report over two small tables ---------------------------------------------

SQL_ASK: dict[str, tuple[str, ...]] = {
    "en": (
        "{dialect}: top {n} {parent} by number of {child} in the last {days} days",
        "sql ({dialect}): every row of {parent} with its number of {child}, zeros included",
        "{dialect} query: {parent} that have no {child} at all",
    ),
    "es": (
        "{dialect}: los {n} {parent} con más {child} en los últimos {days} días",
        "consulta {dialect}: cada fila de {parent} con su número de {child}, también los que "
        "tienen 0",
    ),
    "de": (
        "{dialect}: die {n} {parent} mit den meisten {child} der letzten {days} Tage",
        "{dialect}-Abfrage: alle {parent} ohne {child}",
    ),
    "zh": (
        "{dialect}：最近 {days} 天 {child} 数量最多的前 {n} 个 {parent}",
        "{dialect} 查询：每个 {parent} 对应的 {child} 数量，没有的也显示 0",
    ),
    "ja": (
        "{dialect}で、直近{days}日間の{child}件数が多い{parent}を上位{n}件",
        "{dialect}：{child}が1件もない{parent}を抽出するSQL",
    ),
    "fr": ("{dialect} : les {n} {parent} avec le plus de {child} sur {days} jours",),
    "pt": ("{dialect}: os {n} {parent} com mais {child} nos últimos {days} dias",),
    "it": ("{dialect}: i {n} {parent} con più {child} negli ultimi {days} giorni",),
    "ko": ("{dialect}: 최근 {days}일 동안 {child}가 가장 많은 {parent} 상위 {n}개",),
    "ru": ("{dialect}: топ-{n} {parent} по количеству {child} за последние {days} дней",),
}

SQL_PAIRS = (
    ("customers", "orders", "customer_id", "created_at"),
    ("authors", "books", "author_id", "published_on"),
    ("products", "reviews", "product_id", "created_at"),
    ("projects", "tasks", "project_id", "created_at"),
    ("posts", "comments", "post_id", "created_at"),
    ("warehouses", "shipments", "warehouse_id", "shipped_at"),
    ("courses", "enrollments", "course_id", "enrolled_at"),
    ("suppliers", "purchase_orders", "supplier_id", "ordered_at"),
)


def _build_sql(rng: random.Random, lang: str) -> Example:
    parent, child, fk, stamp = rng.choice(SQL_PAIRS)
    ask = rng.choice(SQL_ASK[lang]).format(
        dialect=rng.choice(("Postgres", "MySQL", "SQLite", "SQL Server")),
        n=rng.choice((5, 10, 20)),
        parent=parent,
        child=child,
        days=rng.choice((7, 30, 90)),
    )
    schema = f"{parent}(id, name)\n{child}(id, {fk}, {stamp})"
    text = f"{ask}\n\n{schema}" if rng.random() < 0.6 else ask
    return chat(LABEL, lang, "crud/tpl/sql", text, system=_maybe_system(rng, lang, 0.15))


# --- family: another kind of task first, then a routine code request (multi-turn) -------------

OTHER_TOPICS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "how should we split our billing and invoicing into services?",
            "Split along ownership: billing owns pricing and charges, invoicing owns documents "
            "and numbering; integrate through events and keep one source of truth per fact.",
        ),
        (
            "what's a good way to do soft shadows in three.js?",
            "Use PCFSoftShadowMap, tune the shadow camera to fit the scene tightly, and raise "
            "mapSize moderately; baked lightmaps are even cheaper for static scenes.",
        ),
        (
            "give me three title ideas for a talk about developer productivity",
            "1. Less Waiting, More Shipping 2. The Friction Budget 3. Fast Feedback, Happy Teams",
        ),
        (
            "what does CSRF protection actually protect against?",
            "It stops another site from making the user's browser send authenticated requests "
            "to your app, by requiring a token that only your pages can read.",
        ),
    ),
    "es": (
        (
            "¿cómo escalarías un sistema de reservas con picos de tráfico?",
            "Colas para absorber picos, caché de disponibilidad, particionado por recurso y "
            "escrituras idempotentes.",
        ),
        (
            "resúmeme en dos frases qué es la fotosíntesis",
            "Las plantas usan la luz para convertir CO2 y agua en glucosa. Como subproducto "
            "liberan oxígeno.",
        ),
    ),
    "de": (
        (
            "Wie würdet ihr die Grenzen zwischen Katalog- und Preisservice ziehen?",
            "Der Katalog besitzt Produktdaten, der Preisservice Preise und Regeln; Abgleich "
            "über Events, keine geteilte Datenbank.",
        ),
        (
            "Wie funktioniert ein Fragment-Shader eigentlich?",
            "Er läuft pro Pixel-Fragment auf der GPU und berechnet dessen Farbe aus "
            "interpolierten Werten, Texturen und Uniforms.",
        ),
    ),
    "zh": (
        (
            "我们的服务之间应该用同步调用还是消息队列？",
            "核心链路需要强一致就同步调用，其余尽量异步解耦，用消息队列加幂等消费。",
        ),
        (
            "给我讲个程序员笑话",
            "程序员去买面包，老婆说：买一个面包，如果看到西瓜就买两个。结果他买了两个面包。",
        ),
    ),
    "ja": (
        (
            "モノリスからマイクロサービスへの移行は何から始めるべき？",
            "境界がはっきりしていて変更頻度の高い機能から切り出し、ストラングラーパターンで"
            "段階的に移行するのがおすすめです。",
        ),
        (
            "three.jsでカメラをなめらかに動かすには？",
            "目標位置に向けて毎フレームlerpで補間するか、GSAPなどのトゥイーンを使います。",
        ),
    ),
    "fr": (
        (
            "quelle est la différence entre OAuth et OpenID Connect ?",
            "OAuth délègue des autorisations d'accès ; OpenID Connect ajoute une couche "
            "d'identité par-dessus, avec l'id_token.",
        ),
    ),
    "pt": (
        (
            "me dá uma ideia de nome pra um app de receitas",
            "Que tal «Panelinha», «Tempero» ou «Receitário»?",
        ),
    ),
    "it": (
        (
            "come progetteresti la separazione tra servizio ordini e magazzino?",
            "Ogni servizio con il suo database, comunicazione via eventi e una saga per "
            "gestire annullamenti e compensazioni.",
        ),
    ),
    "ko": (
        (
            "WebGL에서 텍스처가 흐릿하게 보여요. 이유가 뭘까요?",
            "밉맵 필터링이나 devicePixelRatio 설정 때문일 가능성이 커요. 캔버스 크기와 "
            "anisotropy도 확인해 보세요.",
        ),
    ),
    "ru": (
        (
            "объясни простыми словами, что такое eventual consistency",
            "Данные в разных копиях могут какое-то время расходиться, но если новых изменений "
            "нет, со временем все копии придут к одному состоянию.",
        ),
    ),
}

SWITCH_PREFIX: dict[str, tuple[str, ...]] = {
    "en": ("ok thanks. ", "unrelated: ", "got it. now ", ""),
    "es": ("vale, gracias. ", "otra cosa: ", ""),
    "de": ("Danke. Andere Sache: ", "Okay. ", ""),
    "zh": ("好的，谢谢。另外，", "明白了。", ""),
    "ja": ("ありがとうございます。話は変わりますが、", "了解です。", ""),
    "fr": ("merci. autre chose : ", ""),
    "pt": ("valeu. outra coisa: ", ""),
    "it": ("grazie. altra cosa: ", ""),
    "ko": ("감사합니다. 그리고 ", ""),
    "ru": ("спасибо. другой вопрос: ", ""),
}


def _build_after_other(rng: random.Random, lang: str) -> Example:
    question, answer = rng.choice(OTHER_TOPICS[lang])
    latest = rng.choice(SWITCH_PREFIX[lang]) + _endpoint_text(rng, lang)
    return chat(
        LABEL,
        lang,
        "crud/tpl/after-other",
        question,
        answer,
        latest,
        system=_maybe_system(rng, lang, 0.2),
    )


FAMILIES: tuple[tuple[str, Callable[[random.Random, str], Example]], ...] = (
    ("crud/tpl/endpoint", _build_endpoint),
    ("crud/tpl/orm-query", _build_orm),
    ("crud/tpl/migration", _build_migration),
    ("crud/tpl/service-tests", _build_service_tests),
    ("crud/tpl/trace", _build_trace),
    ("crud/tpl/table-api", _build_table_api),
    ("crud/tpl/followup", _build_followup),
    ("crud/tpl/form", _build_form),
    ("crud/tpl/script", _build_script),
    ("crud/tpl/sql", _build_sql),
    ("crud/tpl/after-other", _build_after_other),
)


def _templated() -> Iterator[Example]:
    rng = random.Random(20240611)
    for offset, (group, build) in enumerate(FAMILIES):
        yield from _family(group, _lang_cycle(offset), rng, build)


# ---------------------------------------------------------------------------------------------
# Second batch (round 2): hand-written only, one group per example ("crud/b2/<lang>/<nnn>").
# Aimed at the first model's weak spots: short and mid-length prompts in fr/pt/it/ko/ru (and
# short zh/ja), concept questions inside the domain ("what does ON DELETE CASCADE do"), code
# over HR/health/finance schemas that carries no real data, and short follow-up turns.
# ---------------------------------------------------------------------------------------------

B2Item = tuple[str | None, tuple[str, ...]]  # (system prompt or None, alternating turns)


def _u(text: str) -> B2Item:
    """One user turn, no system prompt."""
    return (None, (text,))


def _s(system: str, *turns: str) -> B2Item:
    """Turns under a system prompt."""
    return (system, turns)


def _m(*turns: str) -> B2Item:
    """Several turns (user, assistant, ..., user), no system prompt."""
    return (None, turns)


SYS_B2_FR_BOT = (
    "Tu es l'assistant interne de l'équipe web des Boulangeries Martin. Stack : Symfony 6.4, "
    "Doctrine, MariaDB 10.11 et Vue 3. Réponds en français, avec du code prêt à coller."
)
SYS_B2_PT_BOT = (
    "Você é o assistente de engenharia do RangoJá, app de delivery. Nosso backend é Rails 7 com "
    "PostgreSQL; o app é React Native. Seja direto e mostre código."
)
SYS_B2_IT_AGENT = (
    "Sei un agente di programmazione che lavora nel repository dell'utente. Puoi leggere e "
    "modificare i file e lanciare i test. Fai modifiche piccole e spiega cosa hai cambiato."
)
SYS_B2_IT_BOT = (
    "Sei l'assistente di OfficinaPro, il gestionale per autofficine. Backend: Laravel 11 + "
    "MySQL; frontend: Blade e Alpine.js. Rispondi in italiano."
)
SYS_B2_KO_BOT = (
    "당신은 사내 개발 지원 봇입니다. 우리 팀은 Spring Boot 3, MyBatis, Oracle 19c를 사용합니다. "
    "코드 위주로 답변하고, 설명은 짧게 해 주세요."
)
SYS_B2_RU_IDE = (
    "Ты — ассистент, встроенный в IDE. К сообщению может быть приложен открытый файл и "
    "выделенный фрагмент. Сначала код, потом короткое пояснение."
)
SYS_B2_RU_BOT = (
    "Ты внутренний помощник разработчиков компании «ТехноМаркет». Наш стек: Django 5, "
    "PostgreSQL 16, Celery, фронтенд на Vue. Отвечай по-русски."
)
SYS_B2_ES_BOT = (
    "Eres el asistente técnico de VetCloud, un software para clínicas veterinarias hecho con "
    "Rails 7 y PostgreSQL. Responde en español y con ejemplos de código."
)
SYS_B2_DE_BOT = (
    "Du bist der interne Entwicklerassistent der Holzmann Software GmbH. Unser Stack: .NET 8, "
    "EF Core, SQL Server 2022 und Blazor. Antworte auf Deutsch."
)
SYS_B2_ZH_BOT = (
    "你是公司内部的研发助手。我们的技术栈：Spring Boot 2.7 + MyBatis-Plus + MySQL 8，前端 Vue 2 + "
    "Element UI。请给出可以直接使用的代码。"
)
SYS_B2_JA_BOT = (
    "あなたは社内の開発ヘルプデスクボットです。対象システムは Rails 7 + MySQL 8 の受発注管理です。"
    "丁寧語で、コード例を添えて回答してください。"
)
SYS_B2_EN_BOT = (
    "You are the internal assistant for the engineering team at Lumen Payroll. Our app is "
    "Rails 7.1 with PostgreSQL and Hotwire. Keep answers practical and match Rails conventions."
)
SYS_B2_CODE_ONLY = "Answer with code only. No explanations unless the user asks for them."

B2_EN: list[B2Item] = [
    _u("is PATCH supposed to be idempotent or not? getting mixed answers"),
    _u("what does select_for_update actually do in django, and do i need it for a stock counter"),
    _u(
        "composite index on (a, b) vs two separate indexes on a and b — when does it matter? postgres"
    ),
    _u("why does my session-scoped pytest fixture still run once per test module"),
    _u("has_many :through vs has_and_belongs_to_many, which one for users <-> groups?"),
    _u("rails noob here: what's the point of strong params"),
    _u("how do i add NOT NULL to a column on a big postgres table without locking it forever"),
    _u("what is optimistic locking and how do i add it to a JPA entity"),
    _u(
        "HR app: Employee model with name, department, salary, hire_date. Need the Django "
        "model + admin with a list filter by department and search by name."
    ),
    _u("need a function that masks an email for display, like j***@example.com. typescript"),
    _u(
        "clinic booking form: patient name, date of birth, reason for visit, preferred slot. "
        "react-hook-form + zod please, no backend yet, just log the payload"
    ),
    _u(
        "seed script for local dev: 200 fake customers (name, address, iban) with Faker, "
        "inserted via SQLAlchemy in batches"
    ),
    _u(
        "payroll report query: total gross pay per department per month from "
        "payslips(employee_id, period date, gross numeric) joined to employees(id, department)"
    ),
    _u(
        "our signup endpoint lets people register 'Bob@Mail.com ' and 'bob@mail.com' as two "
        "accounts. strip + lowercase before saving? flask + sqlalchemy"
    ),
    _u("supabase-js: insert a row into todos and get the inserted row back"),
    _u("htmx: delete button that removes the table row after DELETE /items/{id} succeeds"),
    _u("ecto changeset: price must be > 0 and name required, how"),
    _u("playwright test that fills the signup form, submits, and checks the success toast"),
    _u("sqlc: query to list a customer's orders with limit/offset, plus the generated Go usage"),
    _u("jq: pull .items[].id out of an API response into a bash array"),
    _u("what's the difference between a unit test and an integration test for a REST endpoint?"),
    _u("litestar handler for GET /books/{book_id:int} returning 404 if missing"),
    _u("when should i use a DB transaction in a plain CRUD update? always?"),
    _u(
        "dapper: map a join of Orders and OrderLines into Order objects with a Lines list "
        "(one-to-many) in C#"
    ),
    _u(
        _t("""
        Can someone explain why this Prisma query returns every invoice instead of only the
        unpaid ones from last month? I'm pretty sure the date filter is wrong but I can't see
        it.

        ```ts
        const start = new Date();
        start.setMonth(start.getMonth() - 1, 1);
        const end = new Date();
        end.setDate(1);

        const invoices = await prisma.invoice.findMany({
          where: {
            OR: [
              { status: "UNPAID" },
              { issuedAt: { gte: start, lt: end } },
            ],
          },
          include: { customer: true },
          orderBy: { issuedAt: "desc" },
        });
        ```

        schema:

        ```prisma
        model Invoice {
          id         Int      @id @default(autoincrement())
          number     String   @unique
          status     InvoiceStatus
          issuedAt   DateTime
          amount     Decimal  @db.Decimal(10, 2)
          customerId Int
          customer   Customer @relation(fields: [customerId], references: [id])
        }
        ```

        also the dates: start/end keep the current time of day, is that a problem?
        """)
    ),
    _u(
        _t("""
        Spec for a small feature, can you write the Laravel side (migration, model, form
        request, controller, routes)? Keep it boring.

        Feature: expense claims
        - an employee submits a claim: date, category (travel, meals, equipment, other),
          amount (max 5000), currency (EUR/USD/GBP), description (optional, max 500 chars),
          receipt file (pdf/jpg/png, max 5 MB)
        - GET /api/claims lists the logged-in user's own claims, newest first, 15 per page,
          optional ?status=submitted|approved|rejected
        - POST /api/claims creates one with status "submitted"
        - PATCH /api/claims/{id} only while status is submitted, only by the owner
        - DELETE /api/claims/{id} same rule
        - approvals come later, ignore them for now
        Use policies for the owner check. Receipt goes to the "receipts" disk.
        """)
    ),
    _s(
        SYS_AGENT,
        "The /api/appointments list endpoint ignores the `date` query param and returns "
        "everything. Fix the filter in appointments/views.py and add a regression test.",
    ),
    _s(
        SYS_IDE,
        _t("""
        [file: billing/invoice.py, selection]
        def total(lines, vat_rate):
            net = sum(l.qty * l.unit_price for l in lines)
            return round(net * (1 + vat_rate), 2)

        accounting wants VAT rounded per line, not on the total. change it, use Decimal
        """),
    ),
    _s(
        SYS_B2_EN_BOT,
        "add a terminated_on date to employees and hide terminated ones from the default "
        "index, with a toggle to show them",
    ),
    _s(SYS_CONCISE, "why does [10, 9, 1].sort() give [1, 10, 9] in JS"),
    _s(SYS_B2_CODE_ONLY, "Kotlin data class + Ktor route: POST /tasks, validate title not blank"),
    _m(
        "We're debating whether orders and invoicing should be separate services. Thoughts?",
        "Split only if they change at different rates or need independent scaling. If every "
        "order change touches invoicing, a separate service mostly adds network calls and "
        "consistency headaches.",
        "ok fair. for now: one Flyway migration adding `region` varchar(8) not null default "
        "'eu' to `warehouses`",
    ),
    _m(
        "why do shadow maps need a bias?",
        "Because the depth map has limited resolution: a surface compared with its own stored "
        "depth can read as slightly occluded, giving shadow acne. The bias offsets the "
        "comparison to avoid that.",
        "got it thanks. unrelated: my express route returns 304 for /api/items and the "
        "frontend keeps showing stale data after an update",
    ),
    _m(
        "gift ideas for a friend who likes hiking?",
        "A good headlamp, merino socks, a trail guide for a region they love, or a "
        "lightweight thermos.",
        "haha ok. can you write a python function that returns the next birthday date given a "
        "date of birth (handle feb 29), with a few tests",
    ),
    _m(
        "how does credential stuffing work?",
        "Attackers take username/password pairs leaked from one site and try them on many "
        "others, betting on password reuse. Rate limiting, MFA and breached-password checks "
        "are the usual defenses.",
        "ok so code-wise: rate limit POST /login to 5 per minute per IP with express-rate-limit",
    ),
    _m(
        "generate the routes file for a tickets API in laravel",
        "Route::apiResource('tickets', TicketController::class); plus a nested "
        "Route::post('tickets/{ticket}/close', ...).",
        "and for the controllers?",
    ),
    _m(
        "function that groups transactions by category and sums amounts, python",
        "```python\ndef by_category(txs):\n    totals = {}\n    for t in txs:\n        if "
        "t.category not in totals:\n            totals[t.category] = 0\n        "
        "totals[t.category] += t.amount\n    return totals\n```",
        "shorter",
    ),
    _m(
        "sqlalchemy orm query: orders over 100 in the last week with their customer",
        "```python\nstmt = select(Order).options(joinedload(Order.customer)).where(Order.total "
        "> 100, Order.created_at >= week_ago)\n```",
        "same thing but with sqlalchemy core, no orm",
    ),
]
B2_ES: list[B2Item] = [
    _u("¿qué diferencia hay entre PATCH y PUT en la práctica?"),
    _u("qué es un ORM y por qué todo el mundo dice que genera consultas lentas"),
    _u("¿para qué sirve un índice compuesto y en qué orden pongo las columnas?"),
    _u("sequelize: findAll con include y un where sobre el modelo asociado, ¿cómo?"),
    _u(
        "después de importar datos me sale duplicate key value violates unique constraint "
        '"productos_pkey" al insertar. ¿cómo reseteo la secuencia en Postgres?'
    ),
    _u("script de Node que lea un .txt línea por línea y cuente las palabras"),
    _u("regex para validar el formato del DNI (8 números + letra)"),
    _u("Django admin: que cada usuario solo vea sus propios pedidos en el listado"),
    _u("test con pytest-mock para una función que llama a requests.get"),
    _u("FastAPI: subir un archivo, guardarlo en disco y guardar la ruta en la BD"),
    _u("consulta para sacar el segundo salario más alto de la tabla empleados"),
    _u("React: tabla con TanStack Table que ordene por columna y tenga filtro global"),
    _u(
        "TypeScript me dice Property 'id' does not exist on type 'never' cuando hago "
        "const [items, setItems] = useState([]) y luego items.map(i => i.id)"
    ),
    _u("CSS: que el icono de la campana haga un 'pulse' cuando hay notificaciones nuevas"),
    _u("gráfico de barras con Recharts para las ventas por mes, datos de /api/ventas"),
    _u("¿cómo se hace un seeder en Laravel con Faker para 50 clientes de prueba?"),
    _u(
        _t("""
        buenas, al guardar un pedido con mongoose me salta esto y no veo qué está mal:

        ```
        ValidationError: Pedido validation failed: lineas.0.producto: Cast to ObjectId
        failed for value "PRD-001" (type string) at path "producto"
        ```

        el esquema:

        ```js
        const lineaSchema = new Schema({
          producto: { type: Schema.Types.ObjectId, ref: 'Producto' },
          cantidad: Number,
        });
        ```

        y desde el front mando `{ lineas: [{ producto: "PRD-001", cantidad: 2 }] }`. el
        PRD-001 es el código del producto, no el _id. ¿lo busco antes o cambio el esquema?
        """)
    ),
    _u("Angular: mostrar los errores de validación debajo de cada input del formulario"),
    _u("Go: leer variables de entorno con un valor por defecto si no existen"),
    _u("¿qué es un middleware en Express? pon uno que loguee cuánto tarda cada petición"),
    _u("diferencia entre `==` y `===` cuando comparo ids que vienen de req.params"),
    _u("Postgres: cómo paso una columna de texto a integer sin perder las filas que no son número"),
    _s(SYS_ES, "Hazme un endpoint con Flask-RESTX para Tareas, que salga documentado en Swagger."),
    _s(
        SYS_B2_ES_BOT,
        "necesito un scope en el modelo Mascota que devuelva las que tienen alguna vacuna "
        "vencida (tabla vacunas con mascota_id y vence_el)",
    ),
    _s(
        SYS_AGENT,
        "Cambia el endpoint de exportación de clientes para que el CSV use ';' como "
        "separador y lleve BOM, que Excel lo abre mal. Actualiza el test.",
    ),
    _s(
        SYS_IDE,
        _t("""
        [archivo: src/api/clientes.js]
        export async function borrarCliente(id) {
          const res = await fetch('/api/clientes/' + id, { method: 'DELTE' });
          return res.json();
        }
        me devuelve 405, ¿qué pasa?
        """),
    ),
    _s(SYS_CONCISE, "¿diferencia entre useMemo y useCallback? con un ejemplo corto"),
    _m(
        "¿merece la pena meter un API gateway delante de nuestros tres servicios?",
        "Aporta un punto único para autenticación, rate limiting y enrutado, pero añade un "
        "componente más que operar. Con tres servicios y un solo cliente puede bastar un "
        "proxy inverso.",
        "vale, lo hablamos. mientras tanto: migración de Knex que cree la tabla facturas "
        "(numero único, cliente_id, importe, emitida_el)",
    ),
    _m(
        "en react-three-fiber cómo hago que la cámara siga al personaje",
        "En useFrame, interpola la posición de la cámara hacia un offset detrás del personaje "
        "con lerp y llama a camera.lookAt con la posición del personaje.",
        "guay. otra cosa: endpoint en Django que devuelva el ranking de puntuaciones "
        "paginado, 20 por página",
    ),
    _m(
        "dame un nombre para un gato naranja",
        "¿Qué tal Mandarina, Nacho o Calabaza?",
        "jaja Mandarina. ahora una de código: formatear un número como moneda en JS, que salga "
        "1.234,56 €",
    ),
    _m(
        "genera las rutas de Express para productos",
        "router.get('/productos', listar); router.get('/productos/:id', obtener); "
        "router.post('/productos', crear); router.put('/productos/:id', actualizar); "
        "router.delete('/productos/:id', borrar);",
        "¿y para los controladores?",
    ),
    _m(
        "función en python que cuente cuántas veces aparece cada palabra en un texto",
        "```python\ndef contar(texto):\n    conteo = {}\n    for palabra in texto.lower()."
        "split():\n        conteo[palabra] = conteo.get(palabra, 0) + 1\n    return conteo\n```",
        "hazlo más corto",
    ),
    _m(
        "hazme un servicio en JS que consuma la API de tareas con fetch",
        "Aquí tienes tareasService con listar, crear, actualizar y borrar usando fetch y "
        "lanzando error si la respuesta no es ok.",
        "ahora en TypeScript con tipos",
    ),
    _m(
        "test de Jest para validarEmail()",
        "```js\ntest('acepta un email válido', () => {\n  expect(validarEmail('ana@ejemplo.com'))."
        "toBe(true);\n});\n```",
        "añade el caso de error, email sin arroba y vacío",
    ),
    _s(
        SYS_ES,
        _t("""
        Tengo este endpoint en Spring Boot para actualizar el stock y a veces, con dos
        peticiones casi a la vez, el stock queda mal (se pierde una de las restas). ¿Cómo lo
        arreglo sin complicarme mucho? Es una sola tabla.

        ```java
        @PutMapping("/productos/{id}/stock")
        public ProductoDto restarStock(@PathVariable Long id, @RequestBody RestaDto dto) {
            Producto p = repo.findById(id).orElseThrow(NotFoundException::new);
            if (p.getStock() < dto.cantidad()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "sin stock");
            }
            p.setStock(p.getStock() - dto.cantidad());
            return mapper.toDto(repo.save(p));
        }
        ```

        Usamos MySQL 8 y Spring Data JPA. ¿@Version, un UPDATE con condición, o
        @Lock(PESSIMISTIC_WRITE)? Si puedes, pon el código de la opción que recomiendes y un
        test.
        """),
    ),
]
B2_DE: list[B2Item] = [
    _u("Was ist der Unterschied zwischen PUT und PATCH? Kurz bitte."),
    _u("Wozu überhaupt Migrationen, wenn das ORM die Tabellen doch selbst anlegen kann?"),
    _u("Was genau macht ON UPDATE CASCADE bei einem Fremdschlüssel?"),
    _u(
        "COUNT(*) mit LEFT JOIN liefert bei Kunden ohne Bestellungen 1 statt 0. Warum und "
        "wie richtig?"
    ),
    _u("pytest: wie mocke ich datetime.now() in einer Funktion, die ich teste?"),
    _u("Node-Skript: alle Bilder in einem Ordner mit sharp auf max. 800px Breite verkleinern"),
    _u(
        "Express-Route für den Download einer Rechnung als PDF aus ./rechnungen, mit "
        "richtigem Content-Disposition-Header"
    ),
    _u("Vue 3 + Pinia: Store für einen Warenkorb mit add, remove und einem total-Getter"),
    _u("TypeORM: Spalte umbenennen, ohne dass Daten verloren gehen — Migration bitte"),
    _u("Regex, die eine deutsche IBAN vom Format her prüft (DE + 20 Ziffern, Leerzeichen ok)"),
    _u(
        "Django-Formular: Feld 'firmenname' nur Pflicht, wenn die Checkbox 'ist_firma' gesetzt "
        "ist. Wo prüfe ich das serverseitig?"
    ),
    _u("Was ist das Repository-Pattern und brauch ich das bei Spring Data überhaupt noch?"),
    _u("Quarkus mit Panache: Entity Mitarbeiter und eine REST-Resource mit CRUD"),
    _u("Go: wie lasse ich ein JSON-Feld weg, wenn der Pointer nil ist?"),
    _u("SQL: Umsatz pro Quartal und Filiale für 2024, MariaDB"),
    _u("Mein Jest-Test ist grün, obwohl die Promise rejected wird. Was fehlt da?"),
    _u(
        _t("""
        Laravel wirft mir beim Speichern eines Termins das hier:

        ```
        Illuminate\\Database\\Eloquent\\MassAssignmentException
        Add [raum_id] to fillable property to allow mass assignment on [App\\Models\\Termin].
        ```

        Controller:

        ```php
        public function store(Request $request)
        {
            $termin = Termin::create($request->all());
            return response()->json($termin, 201);
        }
        ```

        Model hat nur `protected $fillable = ['titel', 'beginn', 'ende'];`. Soll ich einfach
        raum_id ergänzen oder lieber $guarded? Und ist $request->all() überhaupt okay so?
        """)
    ),
    _u("Python: Excel mit openpyxl einlesen, leere Zeilen überspringen, als JSON speichern"),
    _u("Warum ist mein @Autowired-Feld im JUnit-Test null?"),
    _u("C#: LINQ-Abfrage, die Artikel nach Kategorie gruppiert und die Summe der Preise bildet"),
    _u(
        "Was ist der Unterschied zwischen einem Unit-Test und einem Integrationstest bei einer REST-API?"
    ),
    _u(
        "Wie baue ich in HTML ein Formular, das ohne JS ein Pflichtfeld und eine PLZ mit 5 Ziffern prüft?"
    ),
    _s(
        SYS_DE,
        "Wie baue ich in FastAPI einen Endpunkt mit Query-Parameter für Sortierung, z. B. "
        "sort=name,-datum?",
    ),
    _s(
        SYS_B2_DE_BOT,
        "Ich brauche eine EF-Core-Abfrage: alle offenen Aufträge eines Kunden inklusive "
        "Positionen, sortiert nach Lieferdatum. Nur lesend, also AsNoTracking.",
    ),
    _s(
        SYS_AGENT,
        "Benenne das Feld `plz` im Kunden-Modell in `postleitzahl` um, inklusive Migration und "
        "Anpassung von Serializer und Tests.",
    ),
    _s(
        SYS_IDE,
        _t("""
        [Datei: src/components/KundenTabelle.tsx]
        const sortiert = [...kunden].sort((a, b) => a[sortFeld] > b[sortFeld] ? 1 : -1);
        Sortierung geht nur aufsteigend, ich will per Klick auf die Spaltenüberschrift
        umschalten
        """),
    ),
    _s(SYS_GENERIC, "fetch oder axios — was nehme ich für ein kleines CRUD-Frontend und warum?"),
    _m(
        "Sollen wir für Bestellungen und Lager getrennte Datenbanken pro Service nehmen?",
        "Getrennte Datenbanken erzwingen klare Grenzen, bedeuten aber eventual consistency "
        "zwischen Bestellung und Lagerbestand. Klärt zuerst, welche Abläufe wirklich atomar "
        "sein müssen.",
        "Okay, das klären wir im Team. Bis dahin: schreib mir das Spring-Data-Repository für "
        "Lieferung mit findByStatusOrderByDatumDesc und Paging",
    ),
    _m(
        "Wie mache ich in WebGPU einen Compute-Shader, der ein Array verdoppelt?",
        "Du legst einen Storage-Buffer an, schreibst einen WGSL-Compute-Shader mit "
        "@workgroup_size(64), der data[i] = data[i] * 2.0 setzt, und dispatchst "
        "ceil(n/64) Workgroups.",
        "Danke! Ganz andere Frage: Wie speichere ich in Laravel hochgeladene Dateien im "
        "storage und gebe die URL zurück?",
    ),
    _m(
        "Kannst du mir ein kurzes Anschreiben für eine Werkstudentenstelle formulieren?",
        "Gern: „Sehr geehrte Damen und Herren, mit großem Interesse habe ich Ihre "
        "Ausschreibung gelesen …“ — soll ich es auf eine konkrete Stelle zuschneiden?",
        "Passt so, danke. Jetzt was Technisches: Bash-Einzeiler, der in allen "
        ".env.example-Dateien PORT=3000 durch PORT=8080 ersetzt",
    ),
    _m(
        "generier mir die Routen für eine Kunden-API in Symfony",
        "Hier die Routen als Attribute: #[Route('/kunden', methods: ['GET'])], "
        "#[Route('/kunden/{id}', methods: ['GET'])], POST, PUT und DELETE.",
        "und für die Controller?",
    ),
    _m(
        "Python-Funktion, die prüft ob ein Jahr ein Schaltjahr ist",
        "```python\ndef ist_schaltjahr(jahr):\n    if jahr % 400 == 0:\n        return True\n"
        "    if jahr % 100 == 0:\n        return False\n    return jahr % 4 == 0\n```",
        "kürzer bitte",
    ),
    _m(
        "schreib mir eine Funktion, die aus einer Liste von Bestellungen den Gesamtumsatz "
        "pro Monat berechnet",
        "Hier eine Funktion umsatz_pro_monat(bestellungen), die ein dict {'2024-01': 1234.5, "
        "...} zurückgibt, gruppiert über bestellung.datum.strftime('%Y-%m').",
        "Jetzt mit Tests",
    ),
    _m(
        "Lies mit requests die Liste der Produkte von /api/produkte und speicher sie in einer CSV",
        "Hier ein Skript mit requests.get, raise_for_status und csv.DictWriter.",
        "und das Ganze als async mit httpx?",
    ),
    _s(
        SYS_B2_DE_BOT, "Blazor EditForm für einen neuen Lieferanten mit DataAnnotations-Validierung"
    ),
]
B2_ZH: list[B2Item] = [
    _u("PUT 和 PATCH 有啥区别"),
    _u("什么是 N+1 查询？"),
    _u("联合索引的最左前缀原则是啥意思"),
    _u("sql 去重，每个用户只保留最新一条"),
    _u("mybatis 里 #{} 和 ${} 的区别"),
    _u("Django ORM 怎么写 OR 条件"),
    _u("Go 里时间怎么格式化成 2024-01-02 15:04 这种"),
    _u("vue 表格怎么做行内编辑"),
    _u("axios 拦截器统一处理 401，跳回登录页"),
    _u("为什么 useEffect 里拿到的 state 是旧的"),
    _u("Spring Boot 加了 @Valid 校验不生效"),
    _u("写个 Python 脚本批量把 xlsx 转成 csv"),
    _u("MySQL 报 1452 Cannot add or update a child row，咋办"),
    _u("Laravel 按月份分组统计订单数"),
    _u("正则校验 18 位身份证号格式（最后一位可能是 X）"),
    _u("ts 定义接口返回类型用 interface 还是 type？"),
    _u("FastAPI 怎么返回自定义状态码"),
    _u("pytest 怎么跳过某个用例"),
    _u("antd Form 编辑的时候怎么回显数据"),
    _u("逻辑删除和物理删除有什么区别？后台管理系统用哪个好"),
    _u("char 和 varchar 怎么选？手机号字段用哪个"),
    _u("python 读 json 文件中文乱码"),
    _u(
        _t("""
        新增用户的接口报错了，帮忙看看：

        ```
        org.apache.ibatis.binding.BindingException: Invalid bound statement (not found):
        com.demo.mapper.UserMapper.insertUser
            at org.apache.ibatis.binding.MapperMethod$SqlCommand.<init>(MapperMethod.java:235)
        ```

        UserMapper.xml 放在 src/main/java/com/demo/mapper 下面，namespace 也写对了。
        application.yml 里配的是 mybatis.mapper-locations: classpath:mapper/*.xml
        """)
    ),
    _u("写个 SQL：查出连续 3 天都有下单的用户"),
    _u("uniapp 里怎么调接口把表单提交到后台"),
    _s(SYS_ZH, "MyBatis-Plus 分页插件怎么配置？"),
    _s(
        SYS_B2_ZH_BOT,
        "写一个导入 Excel 批量新增商品的接口，用 EasyExcel 读，校验名称和价格，失败的行返回行号和原因",
    ),
    _s(
        SYS_AGENT,
        "把 UserService 里 getUserList 的分页参数改成可选，默认第 1 页 10 条，并更新对应的单元测试。",
    ),
    _s(SYS_CONCISE, "什么是接口幂等？提交订单的接口怎么防止重复提交"),
    _s(
        SYS_IDE,
        _t("""
        [文件: src/api/order.js]
        export function getOrders(params) {
          return request({ url: '/order/list', method: 'get', data: params })
        }
        后端收不到 params，为什么
        """),
    ),
    _m(
        "我们要不要把单体拆成微服务？现在就 5 个开发。",
        "5 个人的团队拆微服务通常得不偿失，运维和分布式事务成本很高。建议先做模块化单体，"
        "把模块边界理清楚。",
        "行，那先这样。帮我写个优惠券领取记录的实体类和 Mapper",
    ),
    _m(
        "three.js 怎么让模型一直慢慢旋转",
        "在渲染循环里每帧给 mesh.rotation.y 加一个小值，最好乘上 clock.getDelta() 保证帧率无关。",
        "好的谢谢。另外问一下，Koa 里怎么写一个分页查询的接口",
    ),
    _m(
        "推荐几本入门的历史书",
        "可以看《万历十五年》《人类简史》《全球通史》，都比较好读。",
        "哈哈好。说正事：SQL 查每个部门工资最高的员工",
    ),
    _m(
        "写个函数，把数组里的对象按 id 去重",
        "```js\nfunction uniqById(list) {\n  const seen = new Set();\n  const result = [];\n"
        "  for (const item of list) {\n    if (!seen.has(item.id)) {\n      seen.add(item.id);"
        "\n      result.push(item);\n    }\n  }\n  return result;\n}\n```",
        "再短一点",
    ),
    _m(
        "帮我写个 Spring Boot 的 ProductService，增删改查",
        "这是 ProductService，注入 ProductRepository，提供 list、getById、create、update、"
        "delete 五个方法，找不到时抛 ResourceNotFoundException。",
        "controller 也写一下",
    ),
    _m(
        "写个工具函数，计算两个日期相差几天",
        "```python\ndef days_between(a: date, b: date) -> int:\n    return abs((b - a).days)\n```",
        "加上单元测试",
    ),
    _m(
        "Java 里怎么把订单列表按用户 id 分组",
        "用一个 HashMap<Long, List<Order>>，遍历订单，computeIfAbsent 之后 add 进去就行。",
        "改成用 Stream API",
    ),
    _s(
        SYS_ZH,
        "用 Gin 写一个查询文章详情的接口",
        "GET /articles/:id，先用 strconv.Atoi 转 id，查不到返回 404，查到返回 JSON。",
        "再加个更新接口，只更新传了的字段",
    ),
]
B2_JA: list[B2Item] = [
    _u("PUTとPATCHの違いって何ですか？"),
    _u("N+1問題ってなに？Railsだとどう防ぐ？"),
    _u("外部キー制約って付けたほうがいい？"),
    _u("SQLでNULLを0にしたい"),
    _u("複合インデックスのカラム順ってどう決める？"),
    _u("Laravelのfillableとguardedの違い"),
    _u("Pythonでフォルダ内の画像ファイル名を連番にリネームしたい"),
    _u("Vueでチェックした行だけまとめて削除したい"),
    _u("Spring Bootで@RequestBodyの中身が全部nullになる"),
    _u("jestでDate.now()を固定する方法"),
    _u("Djangoで未ログインのユーザーを弾くには？"),
    _u("GoでCSVを書き出すとExcelで文字化けする、BOM付けたい"),
    _u("TypeScriptでAPIのエラーレスポンスを型安全に扱う書き方"),
    _u("Expressで500エラーのときJSONを返す共通エラーハンドラー"),
    _u("MySQLで月ごとの新規会員数と累計を出すSQL"),
    _u("FlutterでTextFormFieldの入力値をAPIにPOSTする"),
    _u("論理削除ってdeleted_atカラムでやるのが普通？"),
    _u("RSpecのrequest specの書き方を教えて"),
    _u("CSSでトースト通知を右下からスライドインさせたい"),
    _u("主キーにUUIDを使うデメリットは？"),
    _u("SQLiteで日付の範囲検索がうまくいかない"),
    _u(
        _t("""
        PHPで以下のエラーが出ます。フォームから送信したときだけです。

        ```
        Fatal error: Uncaught PDOException: SQLSTATE[HY093]: Invalid parameter number:
        number of bound variables does not match number of tokens in
        /var/www/html/save.php:14
        ```

        ```php
        $stmt = $pdo->prepare('INSERT INTO contacts (name, email, body) VALUES (?, ?, ?)');
        $stmt->execute([$_POST['name'], $_POST['email']]);
        ```

        どこを直せばいいですか？
        """)
    ),
    _u("Pandasで2つのCSVを社員IDで結合して、片方にしかない行も残したい"),
    _u("Next.jsでフォーム送信中はボタンを無効にしたい"),
    _s(SYS_JA, "Next.jsのServer Actionsで一覧の削除ボタンを実装する方法を教えてください。"),
    _s(
        SYS_B2_JA_BOT,
        "出荷一覧画面にCSVダウンロードボタンを付けたいです。絞り込み条件はそのまま反映させたいです。",
    ),
    _s(
        SYS_AGENT,
        "app/models/order.rb にステータス遷移（受付→発送→完了のみ可）のバリデーションを追加して、"
        "specも書いてください。",
    ),
    _s(SYS_CONCISE, "SQLAlchemyのsessionっていつcloseすればいい？"),
    _s(
        SYS_IDE,
        "[ファイル: src/pages/users/[id].tsx]\n編集して保存したあと一覧に戻ると古いデータのまま"
        "表示されます。SWRを使っています。",
    ),
    _m(
        "マイクロサービス間の認証ってどうするのが定番ですか？",
        "ゲートウェイでユーザーを認証し、サービス間は短命のJWTやmTLSで呼び出すのが一般的です。"
        "内部トークンの発行元を一つにまとめると管理しやすくなります。",
        "了解です。まずはusersテーブルのマイグレーションだけ書いてもらえますか（Laravel）",
    ),
    _m(
        "WebGLでテクスチャが上下逆になる",
        "gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, true) を設定するか、シェーダーでUVのyを "
        "1.0 - uv.y にしてください。",
        "ありがとう！別件で、Djangoでアップロードした画像のサムネイルを作る処理を書いてほしい",
    ),
    _m(
        "週末に読むおすすめの小説ある？",
        "軽めなら『コンビニ人間』、じっくりなら『博士の愛した数式』はいかがでしょう。",
        "ありがとう。仕事の話：ExcelのVLOOKUPみたいなことをpandasでやりたい",
    ),
    _m(
        "配列の合計を出すJSの関数",
        "```js\nfunction sum(arr) {\n  let total = 0;\n  for (let i = 0; i < arr.length; i++) {"
        "\n    total += arr[i];\n  }\n  return total;\n}\n```",
        "もっと短くして",
    ),
    _m(
        "メールアドレスの形式をチェックする関数をPythonで",
        "```python\nimport re\n\ndef is_email(s: str) -> bool:\n    return re.fullmatch("
        'r"[^@\\s]+@[^@\\s]+\\.[^@\\s]+", s) is not None\n```',
        "テストもお願い",
    ),
    _m(
        "在庫を取得するAPIクライアントをJavaScriptで書いて",
        "fetchを使ったgetStock(productId)とupdateStock(productId, qty)を用意しました。",
        "TypeScriptにして",
    ),
    _m(
        "Railsで商品管理のモデルとマイグレーションを作って",
        "Productモデル（name, price, stock）とマイグレーション、バリデーションを書きました。",
        "コントローラーは？",
    ),
]
B2_FR: list[B2Item] = [
    _u("c'est quoi la différence entre PUT et PATCH pour une API REST, concrètement ?"),
    _u("à quoi sert ON DELETE CASCADE sur une clé étrangère ? j'ai peur de tout supprimer"),
    _u(
        "Django : select_related ou prefetch_related pour une ForeignKey ? je mélange "
        "toujours les deux"
    ),
    _u("pourquoi mon useEffect se lance deux fois en dev ?? (React 18)"),
    _u("ajoute un index unique sur (tenant_id, email) dans ma table users, Postgres"),
    _u(
        "TypeError: Object of type datetime is not JSON serializable\n\nça vient de ma vue "
        "Flask qui fait jsonify(commande.__dict__), je corrige comment ?"
    ),
    _u("un petit script bash qui compte les lignes de tous les .py d'un projet sans le venv/"),
    _u("Laravel : comment je fais un soft delete + une route pour restaurer l'élément ?"),
    _u("Écris un test Vitest pour ma fonction slugify(), avec des accents (é, à, ç, œ)."),
    _u("Quelle est la différence entre WHERE et HAVING ? un exemple avec COUNT svp"),
    _u(
        "formulaire de contact en Nuxt 3 (nom, email, message) avec validation côté client "
        "qui poste sur /api/contact, et la route server/api/contact.post.ts qui va avec"
    ),
    _u(
        "c'est quoi une migration en fait ? pourquoi je peux pas juste modifier la table à "
        "la main dans phpMyAdmin"
    ),
    _u(
        'Spring Boot : mon @GetMapping("/api/clients") renvoie 404 alors que le contrôleur '
        "existe. Il est dans un package à côté de celui de la classe Application, ça joue ?"
    ),
    _u("requête Mongo (aggregate) pour avoir le nombre de commandes par statut"),
    _u(
        "mon formulaire Symfony accepte n'importe quoi dans le champ email alors que j'ai "
        "mis #[Assert\\Email] sur l'entité. une idée ?"
    ),
    _u(
        "Script Python qui lit un export Excel en CSV (séparateur ;, encodage cp1252) et "
        "convertit les montants du style « 1 234,56 » en float."
    ),
    _u(
        "regex pour un numéro de portable français : 06/07 ou +33 6/7, avec ou sans espaces "
        "ou points entre les paires"
    ),
    _u(
        "dans mon entité JPA, j'utilise LocalDate ou Date pour une date de naissance ? et "
        "quel type de colonne côté Postgres ?"
    ),
    _u("FastAPI: comment je renvoie un vrai 404 si l'item existe pas ? là j'ai null en 200"),
    _u("C'est quoi un DTO et pourquoi on renvoie pas directement l'entité dans le contrôleur ?"),
    _u("Dockerfile pour mon app Symfony : php 8.3-fpm-alpine, composer install --no-dev"),
    _u("CodeIgniter 4 : modèle + contrôleur REST pour une table livres (titre, auteur, annee)"),
    _u(
        "test PHPUnit qui vérifie que POST /api/produits renvoie une 422 quand le prix est "
        "négatif (Laravel 11, RefreshDatabase)"
    ),
    _u(
        _t("""
        J'ai ce message quand j'ouvre la page d'édition d'un fournisseur dans mon projet
        Django, je comprends pas ce qu'il veut :

        ```
        NoReverseMatch at /fournisseurs/12/modifier/
        Reverse for 'fournisseur-detail' with arguments '('',)' not found. 1 pattern(s)
        tried: ['fournisseurs/(?P<pk>[0-9]+)/\\\\Z']
        ```

        dans le template j'ai `{% url 'fournisseur-detail' fournisseur.id %}` et la vue :

        ```python
        class FournisseurUpdate(UpdateView):
            model = Fournisseur
            fields = ["nom", "siret", "ville"]
            template_name = "fournisseurs/form.html"
            context_object_name = "f"
        ```

        urls.py : path("fournisseurs/<int:pk>/", FournisseurDetail.as_view(),
        name="fournisseur-detail")
        """)
    ),
    _u(
        "mock ou stub, c'est quoi la différence en test unitaire ? un exemple avec "
        "unittest.mock ce serait top"
    ),
    _u("comment paginer avec Doctrine ? Paginator ou setFirstResult/setMaxResults, je prends quoi"),
    _u(
        "j'ai « SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry » quand "
        "je relance mon import. je veux faire un upsert en MySQL, comment ?"
    ),
    _u(
        "composant React qui affiche une liste de tâches avec une checkbox pour marquer "
        "« fait » (PATCH /taches/:id), et qui remet la case si la requête échoue"
    ),
    _s(
        SYS_FR,
        "Génère le modèle Sequelize et la migration pour une table rendez_vous (debut "
        "datetime, duree_min int, client_id FK, note text nullable).",
    ),
    _s(
        SYS_B2_FR_BOT,
        _t("""
        le filtre par catégorie de la page produits ne marche plus depuis la mise à jour,
        il renvoie tous les produits. voilà la méthode :

        public function findByCategorie(?int $categorieId): array
        {
            $qb = $this->createQueryBuilder('p');
            if ($categorieId) {
                $qb->where('p.categorie = :cat');
            }
            return $qb->getQuery()->getResult();
        }
        """),
    ),
    _s(
        SYS_AGENT,
        "Ajoute un champ `telephone` optionnel au formulaire d'inscription et au modèle "
        "Utilisateur, génère la migration et adapte le test d'inscription.",
    ),
    _s(SYS_CONCISE, "Express : req.body est toujours undefined dans mes routes POST, pourquoi ?"),
    _s(
        SYS_IDE,
        "[fichier : src/utils/prix.ts]\nexport const ttc = (ht) => ht * 1.2\n\najoute le "
        "typage, le taux en paramètre (défaut 20 %) et arrondis à 2 décimales",
    ),
    _s(SYS_FR, "Explique ce que fait @Transactional(readOnly = true) et quand le mettre."),
    _m(
        "On hésite à découper notre monolithe Rails en microservices (catalogue, commandes, "
        "paiement). T'en penses quoi ?",
        "Avant de découper, identifiez les frontières réelles : qui change ensemble, quelles "
        "données sont partagées. Un monolithe modulaire est souvent une meilleure étape "
        "intermédiaire que des services séparés.",
        "ok on en reparle. en attendant j'ai besoin d'une route Express GET "
        "/factures?mois=2024-05 qui filtre les factures du mois",
    ),
    _m(
        "comment on fait un effet bloom en post-processing avec three.js ?",
        "Utilise EffectComposer avec un RenderPass puis un UnrealBloomPass (strength, "
        "radius, threshold), et appelle composer.render() dans ta boucle au lieu de "
        "renderer.render().",
        "merci ! autre chose : j'ai une table scores (joueur_id, points, joue_le). la "
        "requête SQL pour le top 10 de la semaine ?",
    ),
    _m(
        "tu peux m'aider à écrire un mail pour décaler une réunion à jeudi ?",
        "Bien sûr : « Bonjour à tous, un imprévu m'oblige à décaler notre réunion de mardi. "
        "Seriez-vous disponibles jeudi à la même heure ? Merci et bonne journée. »",
        "parfait merci. maintenant un script Python qui renomme des PDF genre "
        "facture_12-03-2024.pdf en 2024-03-12_facture.pdf",
    ),
    _m(
        "écris-moi le modèle Django pour un Livre (titre, isbn, auteur FK, paru_le)",
        "```python\nclass Livre(models.Model):\n    titre = models.CharField(max_length=200)\n"
        "    isbn = models.CharField(max_length=13, unique=True)\n    auteur = "
        "models.ForeignKey(Auteur, on_delete=models.PROTECT)\n    paru_le = "
        "models.DateField(null=True, blank=True)\n```",
        "et pour les vues ?",
    ),
    _m(
        "fonction JS qui formate une date en jj/mm/aaaa",
        "```js\nfunction formaterDate(d) {\n  const jour = String(d.getDate()).padStart(2, "
        "'0');\n  const mois = String(d.getMonth() + 1).padStart(2, '0');\n  return "
        "`${jour}/${mois}/${d.getFullYear()}`;\n}\n```",
        "plus court stp",
    ),
    _m(
        "endpoint FastAPI POST /notes qui enregistre une note (titre, contenu) avec SQLModel",
        "Voici la route : elle valide le corps avec NoteCreate, ajoute la note à la session, "
        "commit, refresh et renvoie la note avec un status_code=201.",
        "et les tests avec TestClient ?",
    ),
    _m(
        "requête SQL pour trouver les clients qui n'ont jamais passé de commande",
        "SELECT c.* FROM clients c LEFT JOIN commandes o ON o.client_id = c.id WHERE o.id IS NULL;",
        "et avec NOT EXISTS, c'est mieux ou pareil ?",
    ),
    _m(
        "combien font 15 % de 240 ?",
        "15 % de 240 = 36.",
        "merci. du coup fais-moi une fonction Python appliquer_remise(prix, pourcentage) "
        "avec Decimal, et deux-trois tests pytest",
    ),
    _m(
        "c'est quoi le principe du hachage de mot de passe avec un sel ?",
        "On ajoute une valeur aléatoire unique (le sel) à chaque mot de passe avant de le "
        "hacher avec une fonction lente (bcrypt, argon2), pour que deux mots de passe "
        "identiques donnent des empreintes différentes et que les tables arc-en-ciel ne "
        "servent à rien.",
        "ok, montre-moi comment le faire avec argon2-cffi dans ma route d'inscription Flask",
    ),
    _s(
        SYS_B2_FR_BOT,
        _t("""
        Sur la page « Commandes du jour » (Vue 3 + API Symfony), quand je change le filtre
        de boutique, la liste se met à jour mais le total en bas reste celui d'avant. Et si
        je change deux fois vite, j'ai parfois les commandes de la mauvaise boutique.

        ```vue
        <script setup>
        import { ref, watch, onMounted } from 'vue'
        const boutique = ref('toutes')
        const commandes = ref([])
        const total = ref(0)

        async function charger() {
          const r = await fetch(`/api/commandes/jour?boutique=${boutique.value}`)
          commandes.value = await r.json()
        }
        onMounted(async () => {
          await charger()
          total.value = commandes.value.reduce((s, c) => s + c.montant, 0)
        })
        watch(boutique, charger)
        </script>
        ```

        Côté Symfony :

        ```php
        #[Route('/api/commandes/jour', methods: ['GET'])]
        public function duJour(Request $request, CommandeRepository $repo): JsonResponse
        {
            $boutique = $request->query->get('boutique', 'toutes');
            return $this->json($repo->findDuJour($boutique), 200, [], ['groups' => 'liste']);
        }
        ```

        Comment je corrige les deux problèmes proprement ?
        """),
    ),
]
B2_PT: list[B2Item] = [
    _u("qual a diferença entre INNER JOIN e LEFT JOIN? explica com clientes e pedidos"),
    _u("o que é o tal do problema N+1 no ORM? como evito isso no Django?"),
    _u("como faço upsert no Postgres? tentei ON CONFLICT mas dá erro de sintaxe"),
    _u(
        "Error: Cannot find module '.prisma/client/default' depois do deploy na Vercel, "
        "localmente funciona. o que falta?"
    ),
    _u("cria uma rota GET /produtos/:id no Fastify com schema de validação do params"),
    _u("Laravel: como valido CPF num FormRequest? quero uma rule customizada"),
    _u("regex pra CEP (00000-000 ou só os 8 números)"),
    _u("query pra somar as vendas de cada vendedor no mês atual, MySQL 8"),
    _u("teste com Vitest pra um hook useCarrinho (adicionar, remover, total)"),
    _u("pra que serve o @Transactional no Spring? coloco no controller ou no service?"),
    _u("migration do Sequelize pra adicionar a coluna status com default 'pendente' em pedidos"),
    _u(
        "script Python que puxa todos os registros de uma API paginada (?page=N, para quando "
        "vier lista vazia) e salva num CSV"
    ),
    _u("meu form em React não limpa depois do submit, uso um useState pra cada campo. ajuda?"),
    _u("DRF: como deixo um campo só leitura no serializer? o created_by não pode vir do cliente"),
    _u(
        "Node: process.env.DATABASE_URL vem undefined mesmo com o .env na raiz. uso "
        "require('dotenv').config() no index.js, mas o arquivo que conecta no banco é importado "
        "antes"
    ),
    _u("o que significa um método HTTP ser idempotente? DELETE é idempotente mesmo?"),
    _u("Flutter: tela de cadastro com TextFormField, validação de email e botão desabilitado"),
    _u("Kotlin + Room: entity Tarefa, DAO e uma @Query que traz só as não concluídas"),
    _u("como faço um CRUD simples com Supabase no Next.js? tabela tarefas (id, titulo, feita)"),
    _u(
        "tô tomando LazyInitializationException: could not initialize proxy - no Session "
        "quando acesso pedido.getItens() no controller. como resolvo sem EAGER?"
    ),
    _u("explica a diferença entre null=True e blank=True no model do Django"),
    _u("como testo uma rota Express com supertest e jest mockando o repositório?"),
    _u(
        "bash: ler um arquivo urls.txt, fazer curl em cada linha e salvar 'url;status' num "
        "resultado.csv"
    ),
    _u("Go + Fiber: handler POST /clientes que valida o corpo e devolve 201 com o cliente criado"),
    _u(
        "PowerShell pra exportar nome, tamanho e data de modificação dos arquivos de uma pasta em CSV"
    ),
    _u(
        "preciso do model Eloquent e da migration pra tabela pacientes (nome, data_nascimento, "
        "convenio, observacoes). só a estrutura, os dados vêm depois"
    ),
    _u(
        _t("""
        Pessoal, o NestJS não sobe depois que criei o módulo de pedidos:

        ```
        [Nest] ERROR [ExceptionHandler] Nest can't resolve dependencies of the
        PedidosService (?). Please make sure that the argument "PedidoRepository" at index
        [0] is available in the PedidosModule context.
        ```

        pedidos.module.ts:
        ```ts
        @Module({
          controllers: [PedidosController],
          providers: [PedidosService],
        })
        export class PedidosModule {}
        ```

        e no service eu faço `constructor(@InjectRepository(Pedido) private repo:
        Repository<Pedido>) {}`. o que tá faltando?
        """)
    ),
    _u("Vue 3: como pego o id da rota no componente de edição e carrego o produto da API?"),
    _u("Qual a diferença entre save() e saveAndFlush() no Spring Data JPA?"),
    _u("função em JS que formata número como moeda brasileira: 1234.5 -> R$ 1.234,50"),
    _u("sql: apagar registros da tabela logs com mais de 90 dias, em lotes de 10 mil"),
    _u("como mudo o nome de uma coluna numa migration do Rails sem perder os dados?"),
    _s(SYS_PT, "Como crio um índice composto no schema do mongoose? (clienteId + criadoEm desc)"),
    _s(
        SYS_B2_PT_BOT,
        "preciso de um scope no model Restaurante que traga só os que estão abertos agora "
        "(colunas abre_as e fecha_as, tipo time). cuidado com os que fecham depois da meia-noite",
    ),
    _s(
        SYS_AGENT,
        "Adiciona paginação no endpoint GET /api/v1/pedidos (parâmetros page e per_page, "
        "máximo 50) e atualiza os testes do controller.",
    ),
    _s(SYS_GENERIC, "faz um componente Angular que lista usuários numa mat-table com paginação"),
    _s(
        SYS_IDE,
        _t("""
        [arquivo: app/services/frete.rb]
        def calcular(peso, uf)
          if uf == "SP"
            if peso <= 1 then 15 elsif peso <= 5 then 25 else 40 end
          else
            if peso <= 1 then 22 elsif peso <= 5 then 35 else 55 end
          end
        end

        refatora esse método pra usar uma tabela de faixas, tá cheio de if
        """),
    ),
    _s(SYS_CONCISE, "diferença entre findById e getReferenceById no Spring Data?"),
    _m(
        "A gente tá pensando em usar event sourcing no módulo de pagamentos. Vale a pena?",
        "Depende: event sourcing ajuda quando vocês precisam de auditoria completa e "
        "reconstruir estados passados, mas traz complexidade (projeções, versionamento de "
        "eventos). Para começar, uma tabela de histórico pode bastar.",
        "beleza, por enquanto me faz só a entidade JPA Pagamento com um enum de status "
        "(PENDENTE, PAGO, ESTORNADO) e valor em BigDecimal",
    ),
    _m(
        "por que meu fragment shader fica todo preto quando uso a textura?",
        "Normalmente é textura não carregada ainda, uv fora do intervalo ou o sampler não "
        "ligado à unidade certa. Confira se o uniform do sampler recebe o índice da unidade.",
        "valeu, era o uniform. agora uma coisa nada a ver: endpoint Flask que lista as fases "
        "do jogo salvas no SQLite, com filtro por dificuldade",
    ),
    _m(
        "traduz pra inglês: 'segue em anexo o relatório do trimestre'",
        "'Please find attached the quarterly report.'",
        "obg! agora me ajuda numa query: clientes que não compram nada há mais de 90 dias "
        "(tabelas clientes e pedidos)",
    ),
    _m(
        "cria o model Prisma de Post (titulo, conteudo, publicado, autorId)",
        "```prisma\nmodel Post {\n  id        Int     @id @default(autoincrement())\n"
        "  titulo    String\n  conteudo  String?\n  publicado Boolean @default(false)\n"
        "  autor     User    @relation(fields: [autorId], references: [id])\n  autorId   Int\n}"
        "\n```",
        "e as rotas?",
    ),
    _m(
        "função em Python que valida se uma senha é forte (8+ caracteres, maiúscula, número)",
        "```python\ndef senha_forte(s: str) -> bool:\n    return len(s) >= 8 and any(c.isupper() "
        "for c in s) and any(c.isdigit() for c in s)\n```",
        "agora os testes",
    ),
    _m(
        "me mostra um CRUD de tarefas com Express em JavaScript",
        "Aqui vai: um router com GET /tarefas, GET /tarefas/:id, POST, PUT e DELETE, guardando "
        "num array em memória por enquanto.",
        "e se eu quiser em TypeScript, muda muita coisa?",
    ),
    _m(
        "preciso de um script que junte vários ficheiros Excel de uma pasta num só",
        "Com pandas: lês cada .xlsx com pd.read_excel, acrescentas uma coluna com o nome do "
        "ficheiro e fazes pd.concat no fim, gravando com to_excel.",
        "consegues pôr isso a ignorar as folhas vazias?",
    ),
    _m(
        "me passa uma receita de bolo de cenoura rápida",
        "Bata 3 cenouras, 3 ovos e 1 xícara de óleo no liquidificador, misture com 2 xícaras "
        "de açúcar e 2 de farinha, 1 colher de fermento, e asse a 180 °C por uns 40 minutos.",
        "kkk valeu. agora sério: como faço delete em cascata no TypeORM entre Pedido e ItemPedido?",
    ),
    _s(
        SYS_B2_PT_BOT,
        "faz o model Cupom (codigo, percentual, valido_ate) com validações",
        "```ruby\nclass Cupom < ApplicationRecord\n  validates :codigo, presence: true, "
        "uniqueness: true\n  validates :percentual, numericality: { greater_than: 0, "
        "less_than_or_equal_to: 100 }\nend\n```",
        "e um scope de válidos hoje",
    ),
]
B2_IT: list[B2Item] = [
    _u("differenza tra PUT e POST per creare una risorsa? quando uso uno e quando l'altro"),
    _u("cos'è una chiave esterna e perché mi da errore quando provo a cancellare un cliente?"),
    _u(
        "Eloquent mi da \"Unknown column 'updated_at' in 'field list'\" ma la tabella non ha "
        "i timestamp, come lo disattivo?"
    ),
    _u("script bash che fa il backup di una cartella in tar.gz con la data nel nome del file"),
    _u("query SQL per i prodotti che non sono mai stati ordinati"),
    _u("come si scrive un test pytest che si aspetta un'eccezione ValueError?"),
    _u(
        "Django: form con un campo data che non deve accettare date nel passato, dove metto "
        "il controllo, clean_data o nel model?"
    ),
    _u(
        "Spring Boot: DTO con Lombok e mapper MapStruct per l'entità Fattura (numero, data, "
        "importo, cliente)"
    ),
    _u("a cosa serve un indice? se lo metto su tutte le colonne va più veloce?"),
    _u(
        "Angular: servizio che fa GET /api/ordini e un componente che mostra uno spinner mentre carica"
    ),
    _u("regex per validare il formato del codice fiscale italiano (16 caratteri)"),
    _u("Go: come faccio lo Scan di una colonna che può essere NULL? sql.NullString o puntatore?"),
    _u("FastAPI + SQLModel: endpoint per creare e listare le prenotazioni"),
    _u("mi fai un esempio di changeset Liquibase in YAML che aggiunge una colonna 'note'?"),
    _u("differenza tra findOne e findOneBy in TypeORM 0.3?"),
    _u(
        "errore CORS quando il frontend Vue (localhost:5173) chiama la mia API Flask su "
        "localhost:5000, come lo sistemo lato flask?"
    ),
    _u("PHP senza framework: form di login con password_verify e sessione, niente di più"),
    _u("pandas: togliere i duplicati tenendo solo l'ultima riga per ogni cliente_id"),
    _u("Mockito: come verifico che repository.save() venga chiamato una volta sola?"),
    _u("Svelte: tabella con campo di ricerca che filtra per nome e città mentre scrivo"),
    _u("cos'è il lazy loading in Hibernate? perché funziona nel service e fuori mi esplode?"),
    _u("un .gitlab-ci.yml che lancia mvn test e pubblica il report JUnit negli artifacts"),
    _u(
        "Laravel: relazione molti-a-molti tra Studente e Corso con tabella pivot che ha anche "
        "il voto. come lo leggo il voto?"
    ),
    _u("Express + Mongoose: PATCH che aggiorna solo i campi che arrivano nel body"),
    _u(
        _t("""
        ciao, ho un problema con questo form Django: quando lo invio con errori, la pagina
        si ricarica ma i campi sono vuoti e non vedo nessun messaggio.

        ```python
        def nuovo_cliente(request):
            if request.method == "POST":
                form = ClienteForm(request.POST)
                if form.is_valid():
                    form.save()
                    return redirect("clienti")
            form = ClienteForm()
            return render(request, "clienti/nuovo.html", {"form": form})
        ```

        nel template uso {{ form.as_p }}. cosa sbaglio?
        """)
    ),
    _u("Rails: validazione che data_fine sia dopo data_inizio nel model Evento"),
    _u("animazione css di una barra di progresso che si riempie da 0 al valore, solo css"),
    _u("grafico a torta con Chart.js delle spese per categoria, dati da /api/spese"),
    _u("PostgreSQL: come faccio a vedere quali indici non vengono mai usati?"),
    _u("come rinomino tutti i file .jpeg in .jpg in una cartella, da terminale mac?"),
    _u(
        "ho una tabella dipendenti con stipendio e reparto: query per lo stipendio medio per "
        "reparto, solo reparti con più di 5 persone"
    ),
    _u("che differenza c'è tra una migration e un seeder in Laravel?"),
    _s(
        SYS_IT,
        "Scrivi una funzione Python che calcola l'IVA al 22% usando Decimal, arrotondando a "
        "2 decimali, con un paio di test pytest.",
    ),
    _s(
        SYS_B2_IT_AGENT,
        "Nel file app/routes/clienti.py aggiungi l'endpoint DELETE /clienti/{id} che "
        "risponde 204, oppure 404 se non esiste, e scrivi il test in tests/test_clienti.py.",
    ),
    _s(
        SYS_IDE,
        _t("""
        [file: src/components/ListaOrdini.jsx]
        const elimina = async (id) => {
          await fetch(`/api/ordini/${id}`, { method: "DELETE" });
          ordini.filter((o) => o.id !== id);
        };
        dopo elimina la lista resta uguale, perché?
        """),
    ),
    _s(SYS_GENERIC, "cosa cambia tra @RequestParam e @PathVariable in Spring?"),
    _s(
        SYS_B2_IT_BOT,
        "mi serve la query Eloquent che mostra gli interventi ancora aperti raggruppati per "
        "meccanico, con il numero di interventi per ognuno",
    ),
    _s(SYS_CONCISE, "Knex: migration per la tabella presenze (id, dipendente_id, giorno, ore)"),
    _m(
        "Ci conviene usare CQRS per separare letture e scritture nel nostro gestionale?",
        "Solo se letture e scritture hanno esigenze davvero diverse (carichi, modelli). "
        "Altrimenti aggiunge complessità: potete iniziare con query dedicate in lettura "
        "nello stesso servizio.",
        "ok grazie, per ora mi basta un endpoint NestJS che restituisca l'ordine con le sue "
        "righe, GET /ordini/:id",
    ),
    _m(
        "in Babylon.js come carico un modello glb e lo centro nella scena?",
        "Usa SceneLoader.ImportMeshAsync, poi calcola il bounding box con "
        "getHierarchyBoundingVectors e sposta il root mesh in modo che il centro sia "
        "nell'origine.",
        "perfetto. domanda diversa: come salvo i punteggi dei giocatori in SQLite da Node "
        "con better-sqlite3?",
    ),
    _m(
        "scrivimi una poesia breve sull'autunno",
        "Foglie d'oro sul selciato, / il vento conta i giorni andati, / e la sera, piano, / "
        "accende lampioni stanchi.",
        "ahah bella. ora una cosa seria: regex per le targhe italiane tipo AB123CD",
    ),
    _m(
        "controller Laravel per le Categorie con index, store, update, destroy",
        "Ecco CategoriaController con le quattro azioni, validazione inline con "
        "$request->validate e risposte JSON.",
        "e le rotte?",
    ),
    _m(
        "scrivi i test per la funzione media(numeri) che restituisce la media di una lista",
        "```python\ndef test_media_semplice():\n    assert media([2, 4, 6]) == 4\n\n"
        "def test_media_un_elemento():\n    assert media([5]) == 5\n```",
        "aggiungi anche il caso con la lista vuota",
    ),
    _m(
        "query per il totale venduto per prodotto nel 2024",
        "SELECT prodotto_id, SUM(quantita * prezzo) AS totale FROM righe_ordine JOIN ordini "
        "ON ordini.id = righe_ordine.ordine_id WHERE ordini.data >= '2024-01-01' AND "
        "ordini.data < '2025-01-01' GROUP BY prodotto_id;",
        "e se volessi anche il mese, tipo totale per prodotto e per mese?",
    ),
    _m(
        "fammi un model Mongoose per Evento (titolo, luogo, data, posti)",
        "```js\nconst eventoSchema = new Schema({\n  titolo: { type: String, required: true },"
        "\n  luogo: String,\n  data: { type: Date, required: true },\n  posti: { type: Number, "
        "min: 0 },\n});\n```",
        "aggiungi un indice sulla data",
    ),
    _m(
        "script python che sposta i file più vecchi di 30 giorni da download/ ad archivio/",
        "Ecco uno script con os.listdir, os.path.getmtime e shutil.move, con un controllo "
        "che la cartella archivio esista.",
        "puoi farlo con pathlib invece di os?",
    ),
    _m(
        "che tempo fa di solito a Lisbona a marzo?",
        "A marzo Lisbona è mite: 15-19 °C di giorno, qualche pioggia, serate fresche.",
        "grazie! tornando al lavoro: in Django come faccio un filtro admin per mese sulla "
        "data_prenotazione?",
    ),
    _s(SYS_B2_IT_BOT, "come aggiungo il campo 'targa' alla tabella veicoli con una migration?"),
]
B2_KO: list[B2Item] = [
    _u("PUT이랑 PATCH 차이가 뭐예요? 실무에선 뭘 더 많이 써요?"),
    _u("JPA N+1 문제가 정확히 뭔가요? fetch join으로 해결하는 예시 보여주세요"),
    _u("MySQL LIMIT OFFSET 페이징이 뒤로 갈수록 느린데 커서 방식 쿼리로 바꿔줘"),
    _u("@Transactional을 private 메서드에 붙이면 왜 안 먹혀요?"),
    _u("express에서 req.body가 계속 undefined로 나와요 ㅠㅠ"),
    _u("Next.js API 라우트에서 POST 받아서 Prisma로 저장하는 코드 짜줘"),
    _u("파이썬으로 폴더 안 엑셀 파일들 하나로 합치는 스크립트"),
    _u("Django 모델에 필드 추가했는데 makemigrations 하면 No changes detected 떠요"),
    _u("휴대폰 번호 정규식 (010-1234-5678, 하이픈 없어도 되게)"),
    _u("React에서 axios로 DELETE 보내고 성공하면 목록에서 바로 빼는 법"),
    _u("MyBatis에서 foreach로 IN 절 만드는 법 알려줘요"),
    _u("Kotlin Spring Boot에서 JPA 엔티티를 data class로 만들어도 되나요?"),
    _u("Vue3 체크박스 여러 개를 v-model 하나로 배열에 받는 방법"),
    _u("jest에서 axios 모킹하는 제일 쉬운 방법이 뭐예요"),
    _u("인덱스를 많이 걸면 INSERT가 느려진다는데 진짜예요? 어느 정도인지 궁금"),
    _u("gin에서 쿼리 파라미터 page, size 받고 없으면 기본값 1, 20 주는 법"),
    _u("FastAPI에서 Depends로 DB 세션 주입하는 패턴 예시 부탁"),
    _u("JPA랑 MyBatis 차이 간단하게 설명해 주세요. 신입이라 헷갈려요"),
    _u("Flutter 리스트에서 아이템 스와이프하면 삭제 API 호출하고 목록에서 없애기"),
    _u("NestJS DTO에 class-validator 붙였는데 검증이 안 돼요. 뭘 빠뜨렸을까요"),
    _u(
        "게시판 테이블이 posts(id, title, content, user_id, view_count, created_at) 인데 "
        "조회수 올리는 쿼리 동시에 여러 명이 보면 값이 틀어질 수 있나요? 어떻게 써야 해요?"
    ),
    _u("Spring Data JPA에서 이름 검색할 때 대소문자 무시하려면 메서드 이름 어떻게 지어요?"),
    _u("SwiftUI Form으로 회원정보 수정 화면 만들고 저장 누르면 PUT 요청 보내는 코드"),
    _u("crontab으로 매일 새벽 3시에 파이썬 스크립트 돌리는 설정 알려줘"),
    _u("라라벨 처음인데 라우트 모델 바인딩이 뭐예요?"),
    _u(
        _t("""
        회원가입 API 호출하면 500 에러가 나요. 로그는 이렇습니다.

        ```
        org.springframework.dao.DataIntegrityViolationException: could not execute statement
        [Column 'created_at' cannot be null]
        ...
        Caused by: java.sql.SQLIntegrityConstraintViolationException: Column 'created_at'
        cannot be null
        ```

        엔티티에는 `private LocalDateTime createdAt;` 만 있고 값은 안 넣고 있어요.
        DB 컬럼은 NOT NULL 이고요. 어떻게 고치는 게 제일 깔끔할까요?
        """)
    ),
    _u("Apache POI로 주문 목록 엑셀 다운로드 API 간단한 예제 있을까요?"),
    _u("TypeScript에서 API 응답을 ApiResponse<T> 제네릭으로 감싸는 법"),
    _u("SQL에서 WHERE 절에 함수 쓰면 인덱스 안 탄다는데 무슨 뜻이에요?"),
    _u("pytest에서 fixture scope가 function이랑 module 차이가 뭐예요?"),
    _u("엑셀처럼 생긴 테이블에서 셀 더블클릭하면 수정되게 하고 싶어요 (React)"),
    _u("git 커밋 전에 eslint 자동으로 돌게 husky 설정하는 법"),
    _s(SYS_KO, "JPA 엔티티에 생성일, 수정일 자동으로 들어가게 하는 법 (@CreatedDate 등)"),
    _s(
        SYS_B2_KO_BOT,
        "주문 테이블(ORDERS)에서 오늘 들어온 주문만 조회하는 mapper XML이랑 DAO 메서드 "
        "작성해 주세요. 상태가 'CANCEL'인 건 빼고요.",
    ),
    _s(
        SYS_AGENT,
        "UserController에 회원 탈퇴 API(DELETE /users/me)를 추가하고, 탈퇴한 회원은 "
        "deleted_at만 채우는 소프트 삭제로 해 주세요. 테스트도 같이요.",
    ),
    _s(SYS_CONCISE, "pandas로 날짜별 방문자 수 집계해서 matplotlib 막대그래프로 그리기"),
    _s(
        SYS_IDE,
        _t("""
        [파일: src/hooks/useTodos.ts]
        export function useTodos() {
          const [todos, setTodos] = useState<Todo[]>([]);
          useEffect(() => {
            fetch("/api/todos").then((r) => r.json()).then(setTodos);
          }, []);
          return todos;
        }
        에러 처리랑 로딩 상태 추가해줘
        """),
    ),
    _s(SYS_GENERIC, "HTTP 상태 코드 201이랑 204는 각각 언제 써요?"),
    _m(
        "저희 서비스 규모가 커져서 MSA로 가야 할지 고민입니다. 기준이 있을까요?",
        "팀 규모, 배포 주기 충돌, 도메인 경계의 명확성이 주요 기준입니다. 경계가 불분명하면 "
        "분산 모놀리스가 되기 쉬우니 모듈러 모놀리스부터 권합니다.",
        "ㅇㅋ 일단 모놀리스로 가고요, 상품 CRUD API부터 만들어 주세요. Spring Boot + JPA로요",
    ),
    _m(
        "three.js에서 그림자가 계단처럼 깨져 보여요",
        "shadow.mapSize를 키우고(예: 2048), 라이트의 shadow camera 범위를 씬에 맞게 좁히고, "
        "shadow.bias를 조금 음수로 조정해 보세요.",
        "고마워요 해결됐어요. 다른 질문인데 파이썬으로 CSV에서 중복 행 제거하는 코드 있을까요?",
    ),
    _m(
        "제주도 2박 3일 코스 추천해줘",
        "1일차 동쪽(성산일출봉, 섭지코지), 2일차 남쪽(천지연폭포, 중문), 3일차 서쪽(협재해변, "
        "오설록) 코스를 추천합니다.",
        "ㅋㅋ 감사요. 이제 일 얘기: MySQL에서 가입일이 이번 달인 회원 수를 일별로 세는 쿼리",
    ),
    _m(
        "Member 엔티티 만들어줘 (이름, 이메일, 가입일)",
        "```java\n@Entity\npublic class Member {\n    @Id @GeneratedValue\n    private Long id;\n"
        "    private String name;\n    @Column(unique = true)\n    private String email;\n"
        "    private LocalDate joinedAt;\n}\n```",
        "리포지토리도",
    ),
    _m(
        "게시글 목록 API 만들어줘, FastAPI로",
        "GET /posts 라우트를 만들고 skip, limit 쿼리 파라미터로 페이지네이션하도록 작성했습니다.",
        "검색 기능도 넣어줘 (제목+내용)",
    ),
    _m(
        "배열에서 짝수만 골라서 제곱한 합 구하는 JS 함수",
        "```js\nfunction sumEvenSquares(arr) {\n  let sum = 0;\n  for (const n of arr) {\n"
        "    if (n % 2 === 0) sum += n * n;\n  }\n  return sum;\n}\n```",
        "좀 더 짧게",
    ),
    _m(
        "이 함수 테스트 코드 짜줘: divide(a, b)는 b가 0이면 에러 던짐",
        "```python\ndef test_divide():\n    assert divide(6, 3) == 2\n```",
        "예외 케이스도 추가해 주세요",
    ),
    _m(
        "영어로 회의 일정 변경 이메일 써줘",
        "Subject: Rescheduling our meeting\n\nHi all, due to a conflict I need to move "
        "Tuesday's meeting. Would Thursday at the same time work for you?",
        "감사해요. 이제 코드 질문이요: React에서 폼 제출하고 나서 입력값 초기화하는 법",
    ),
    _m(
        "회원 목록 쿼리 짜줘: members 테이블에서 활성 회원만",
        "SELECT * FROM members WHERE status = 'ACTIVE';",
        "가입일 최신순 정렬하고 20개만",
    ),
    _s(
        SYS_KO,
        "Express로 공지사항 목록 API 만들어 주세요 (MySQL, mysql2)",
        "GET /notices 라우트에서 pool.query로 SELECT id, title, created_at FROM notices "
        "ORDER BY created_at DESC 를 실행해 JSON으로 반환하도록 작성했습니다.",
        "상세 조회도 추가해줘, 없으면 404",
    ),
]
B2_RU: list[B2Item] = [
    _u("чем PUT отличается от PATCH? когда что использовать"),
    _u("что такое N+1 в Django и как его быстро найти?"),
    _u("как сделать upsert в Postgres через SQLAlchemy 2.0 (insert ... on conflict)?"),
    _u(
        'psql пишет ERROR: relation "users" does not exist, хотя таблицу я создавал. может '
        "она в другой схеме?"
    ),
    _u("баш-скрипт: проверять свободное место на диске и писать в лог, если меньше 10%"),
    _u("напиши тест на pytest для функции, которая парсит дату из строки вида '12.03.2024'"),
    _u("в чём разница между LEFT JOIN и LEFT OUTER JOIN? или это одно и то же"),
    _u("Express: как валидировать тело запроса через Joi и возвращать 400 с ошибками"),
    _u("Laravel: как отдавать 404 в JSON вместо html-страницы для api-роутов?"),
    _u("как в Go сделать транзакцию через database/sql и откатить при ошибке?"),
    _u("регулярка для ИНН: 10 или 12 цифр, без пробелов"),
    _u(
        "React: форма редактирования профиля, данные подтягиваются из GET /me, сохранение "
        "через PUT, кнопка неактивна пока ничего не поменяли"
    ),
    _u("что такое миграция данных и чем она отличается от миграции схемы?"),
    _u("Spring: кастомный запрос @Query с пагинацией, Pageable, как правильно?"),
    _u(
        "mongoose возвращает пустой массив, хотя в Compass данные есть. модель "
        "mongoose.model('Order', schema), коллекция называется orders_archive"
    ),
    _u("pandas: как смержить два датафрейма сразу по двум колонкам?"),
    _u("DRF: фильтр по диапазону дат (?from=...&to=...) для списка заказов"),
    _u("FastAPI: как вернуть CSV-файл из эндпоинта, чтобы браузер его скачал?"),
    _u("axum: принять JSON и вернуть 422, если поле name пустое"),
    _u("что лучше для первичного ключа: uuid или bigserial? таблица на пару миллионов строк"),
    _u("PowerShell: найти все файлы больше 1 ГБ на диске D и вывести путь и размер"),
    _u("Vue 3: таблица через v-for, по клику на строку она становится редактируемой"),
    _u("EF Core: как правильно удалять связанные записи? каскад или руками?"),
    _u("напиши миграцию goose для таблицы audit_log (id, entity, entity_id, action, created_at)"),
    _u("Jest падает с 'SyntaxError: Cannot use import statement outside a module', что делать"),
    _u(
        _t("""
        Помогите, не понимаю, что не так. Flask + SQLAlchemy, после коммита обращаюсь к
        объекту и получаю:

        ```
        sqlalchemy.orm.exc.DetachedInstanceError: Instance <Order at 0x7f3c1a2b> is not
        bound to a Session; attribute refresh operation cannot proceed
        ```

        код примерно такой:

        ```python
        def create_order(data):
            with Session(engine) as session:
                order = Order(**data)
                session.add(order)
                session.commit()
            return order.id
        ```

        вызываю create_order из вьюхи и падает на return. как правильно?
        """)
    ),
    _u("Python-скрипт: выгрузить заказы за вчера из API в Excel через openpyxl"),
    _u("TypeORM: поиск по LIKE без учёта регистра в Postgres (ILIKE?)"),
    _u("зачем нужен сериализатор в DRF, если можно просто вернуть model_to_dict?"),
    _u("как сделать, чтобы поле email в модели Django было уникальным без учёта регистра?"),
    _u(
        "sql: посчитать для каждого пользователя количество заказов за последние 30 дней, включая тех, у кого 0"
    ),
    _u("Почему в Go мой JSON приходит с пустыми полями? структура User{name string}"),
    _s(SYS_RU, "Напиши модель Peewee для заметок и функции create/get/update/delete к ней."),
    _s(
        SYS_B2_RU_IDE,
        _t("""
        [файл: app/handlers/orders.py]
        def get_total(order):
            total = 0
            for item in order.items:
                total += item.price * item.qty
            if order.discount:
                total = total - total * order.discount / 100
        почему функция возвращает None?
        """),
    ),
    _s(
        SYS_AGENT,
        "Добавь в сервис эндпоинт GET /health: проверяет соединение с БД (SELECT 1) и "
        "отвечает 200 или 503. Плюс тест.",
    ),
    _s(SYS_CONCISE, "что делает session.flush() в SQLAlchemy и чем он отличается от commit()?"),
    _s(
        SYS_B2_RU_BOT,
        "нужна админка для модели Supplier: поиск по ИНН и названию, фильтр по городу, "
        "колонки name, inn, city, created_at",
    ),
    _s(
        SYS_GENERIC,
        "JS: отсортировать массив объектов сначала по status, потом по дате (новые сверху)",
    ),
    _m(
        "Kafka или RabbitMQ для очереди уведомлений между сервисами? нагрузка небольшая",
        "При небольшой нагрузке и классической очереди задач RabbitMQ проще в эксплуатации. "
        "Kafka имеет смысл, если нужен журнал событий с повторным чтением и высокая "
        "пропускная способность.",
        "ладно, обсудим с командой. а пока напиши модель Django Subscription: user FK, plan "
        "(choices), started_at, expires_at, и метод is_active()",
    ),
    _m(
        "как в three.js загрузить gltf с draco-сжатием?",
        "Создай DRACOLoader, укажи setDecoderPath на папку с декодером и передай его в "
        "GLTFLoader через setDRACOLoader, затем loader.load(...).",
        "спасибо! и ещё вопрос по бэку: как во Flask отдать список файлов из папки "
        "static/models в JSON?",
    ),
    _m(
        "кто построил Исаакиевский собор?",
        "Архитектор — Огюст Монферран, строительство шло с 1818 по 1858 год.",
        "ок. теперь по работе: SQL для удаления дублей в таблице contacts по email, оставить "
        "запись с минимальным id",
    ),
    _m(
        "сгенерируй контроллер NestJS для сущности Product",
        "Вот ProductsController с маршрутами GET /products, GET /products/:id, POST, PATCH и "
        "DELETE, всё делегирует ProductsService.",
        "а для сервиса?",
    ),
    _m(
        "SQL: сумма продаж по категориям за 2024 год",
        "SELECT c.name, SUM(s.amount) FROM sales s JOIN products p ON p.id = s.product_id "
        "JOIN categories c ON c.id = p.category_id WHERE s.sold_at >= '2024-01-01' AND "
        "s.sold_at < '2025-01-01' GROUP BY c.name;",
        "а теперь то же самое на SQLAlchemy",
    ),
    _m(
        "функция на python, которая разбивает список на чанки по n элементов",
        "```python\ndef chunks(items, n):\n    result = []\n    for i in range(0, len(items), n):"
        "\n        result.append(items[i:i + n])\n    return result\n```",
        "сделай короче",
    ),
    _m(
        "эндпоинт на FastAPI, который возвращает список статей",
        '```python\n@router.get("/articles")\ndef list_articles(db: Session = '
        "Depends(get_db)):\n    return db.query(Article).all()\n```",
        "добавь пагинацию и сортировку по дате",
    ),
    _m(
        "почему пароли нельзя хранить в открытом виде, если база и так закрыта?",
        "Потому что базы утекают: бэкапы, логи, инсайдеры, SQL-инъекции. Хеш с солью "
        "(bcrypt, argon2) не даёт восстановить пароль и защищает пользователей, которые "
        "используют его на других сайтах.",
        "понял. покажи тогда регистрацию в Django с make_password и проверку через "
        "check_password в своей вьюхе логина",
    ),
    _m(
        "модель для задач в SQLAlchemy: title, done, due_date",
        '```python\nclass Task(Base):\n    __tablename__ = "tasks"\n    id: Mapped[int] = '
        "mapped_column(primary_key=True)\n    title: Mapped[str]\n    done: Mapped[bool] = "
        "mapped_column(default=False)\n    due_date: Mapped[date | None]\n```",
        "и pydantic-схемы для неё",
    ),
    _s(
        SYS_RU,
        "напиши сериализатор DRF для модели Invoice (number, customer, amount, issued_at)",
        "```python\nclass InvoiceSerializer(serializers.ModelSerializer):\n    class Meta:\n"
        '        model = Invoice\n        fields = ["id", "number", "customer", "amount", '
        '"issued_at"]\n```',
        "а вьюсет и роутер?",
    ),
]

B2_BY_LANG: dict[str, list[B2Item]] = {
    "en": B2_EN,
    "es": B2_ES,
    "de": B2_DE,
    "zh": B2_ZH,
    "ja": B2_JA,
    "fr": B2_FR,
    "pt": B2_PT,
    "it": B2_IT,
    "ko": B2_KO,
    "ru": B2_RU,
}


def _second_batch() -> Iterator[Example]:
    for lang, items in B2_BY_LANG.items():
        for index, (system, turns) in enumerate(items, 1):
            yield chat(LABEL, lang, f"{LABEL}/b2/{lang}/{index:03d}", *turns, system=system)


# ---------------------------------------------------------------------------------------------
# Third batch (round 3): hand-written only, one group per example ("crud/b3/<lang>/<nnn>").
# Aimed at ru/pt/fr/es/ko/it prompts that name the task in native words rather than English
# technical terms ("добавить столбец в таблицу", "consulta", "cadastro", "조회", "anagrafica"),
# with a few in de/zh/ja. New situations, not paraphrases of the first two batches.
# ---------------------------------------------------------------------------------------------

SYS_B3_RU_BOT = (
    "Ты помощник отдела разработки сети аптек «Здоровье+». У нас Django 4.2, PostgreSQL 14 и "
    "немного jQuery в шаблонах. Отвечай по-русски, давай готовый код."
)
SYS_B3_PT_AGENT = (
    "És um agente de programação a trabalhar no repositório do utilizador. Podes ler e editar "
    "ficheiros e correr os testes. Faz alterações pequenas e explica o que mudaste."
)
SYS_B3_KO_AGENT = (
    "당신은 사용자의 저장소에서 작업하는 코딩 에이전트입니다. 파일을 읽고 수정할 수 있으며 테스트를 "
    "실행할 수 있습니다. 변경은 최소한으로 하고, 무엇을 바꿨는지 짧게 설명하세요."
)
SYS_B3_ES_BOT = (
    "Eres el asistente de desarrollo de Ferretería Gómez. La tienda online está hecha con "
    "Laravel 10 y MySQL 8, y el panel interno con Vue 3. Responde en español de España."
)


B3_RU: list[B2Item] = [
    _u(
        "как добавить в таблицу новый столбец, чтобы старые строки получили значение по умолчанию? джанго"
    ),
    _u("нужен запрос: все покупатели, у которых за этот год не было ни одного заказа"),
    _u(
        "почему после сохранения формы дата рождения съезжает на день назад? бэк на питоне, "
        "в базе поле timestamp with time zone"
    ),
    _u(
        "как сделать, чтобы в таблицу нельзя было записать отрицательную цену? прямо на уровне базы"
    ),
    _u(
        "напиши проверку ввода для формы обратной связи: имя не пустое, почта корректная, "
        "сообщение не длиннее 2000 символов"
    ),
    _u("скрипт под линукс, который раз в сутки чистит папку с временными файлами старше недели"),
    _u("чем внешний ключ отличается от обычного индекса? зачем он вообще нужен"),
    _u("выведи список товаров постранично, по 25 штук на странице, на ларавеле"),
    _u("как в юнит-тесте проверить, что функция выбрасывает исключение при отрицательной сумме?"),
    _u(
        "таблицы сотрудников и отделов. запрос: название отдела, сколько в нём людей и средняя зарплата"
    ),
    _u("в таблице заказов хочу подсвечивать красным строки, где оплата просрочена. vue 3"),
    _u(
        "хочу, чтобы при удалении категории товары оставались, а у них просто очищалась ссылка "
        "на категорию. как это прописать в модели?"
    ),
    _u("переименовать столбец в таблице и не потерять данные, постгрес"),
    _u("сделай кнопку «Показать ещё» под списком отзывов, данные берём с /api/reviews?offset="),
    _u("как отсортировать выборку сначала по фамилии, потом по имени? SQLAlchemy"),
    _u(
        'после переименования поля в модели вылезает ОШИБКА:  столбец "created" не существует. '
        "что я забыл сделать?"
    ),
    _u(
        "напиши обработчик: принимает номер заказа и отдаёт его статус, а если такого нет — 404. "
        "Go, только стандартная библиотека"
    ),
    _u("как сделать поле почты необязательным, но уникальным, если оно всё-таки заполнено?"),
    _u(
        "функция на питоне, которая склоняет слово по числу: 1 товар, 2 товара, 5 товаров, 21 товар"
    ),
    _u("одним скриптом выгрузить справочник городов из базы в json-файл"),
    _u("как хранить теги у статьи: отдельная таблица со связью или массив прямо в поле? постгрес"),
    _u("как подменить в тестах внешний сервис доставки, чтобы тесты не лезли в сеть?"),
    _u(
        "форма добавления сотрудника: ФИО, должность из выпадающего списка, дата приёма на "
        "работу. React, без библиотек для форм"
    ),
    _u("почему count(*) и count(поле) возвращают разное число строк?"),
    _u(
        "как в ларавеле сделать транзакцию: списать остаток со склада и тут же записать "
        "строку в журнал движений?"
    ),
    _u(
        _t("""
        отчёт по среднему чеку падает:

        ```
        SELECT shop_id, SUM(total) / COUNT(*) FILTER (WHERE status = 'paid') AS avg_check
        FROM orders GROUP BY shop_id;

        ОШИБКА:  деление на ноль
        ```

        как сделать, чтобы для магазинов без оплаченных заказов выводился просто NULL?
        """)
    ),
    _s(
        SYS_B3_RU_BOT,
        "добавь в карточку клиента поле «день рождения» и выведи его в списке клиентов",
    ),
    _s(SYS_RU, "как достать из базы по пять последних записей журнала для каждого пользователя?"),
    _s(
        SYS_B2_RU_IDE,
        "[файл: billing/utils.py]\ndef round_price(p):\n    return int(p * 100) / 100\n\n"
        "округляет неправильно: 2.675 превращается в 2.67, а нужно 2.68. поправь",
    ),
    _s(
        SYS_GENERIC,
        "напиши миграцию, которая добавит в таблицу книг столбец «год издания» — целое число, "
        "может быть пустым",
    ),
    _m(
        "посоветуй, что почитать по истории Византии для начала",
        "Хороший вход — «Византия» Джудит Херрин и краткая «История Византии» Острогорского "
        "(она подробнее и суше).",
        "спасибо. теперь по делу: запрос, который покажет книги, которые никто не брал "
        "больше года (таблицы books и loans)",
    ),
    _m(
        "стоит ли нам делить интернет-магазин на микросервисы? команда 4 человека",
        "Скорее нет: при такой команде накладные расходы на инфраструктуру и согласование "
        "контрактов съедят выигрыш. Лучше модульный монолит с чёткими границами модулей.",
        "понял, не делим. тогда просто добавь в модуль заказов поле «комментарий курьеру» и "
        "миграцию к нему",
    ),
    _m(
        "напиши модель для учёта расходов: сумма, категория, дата, описание",
        "```python\nclass Expense(models.Model):\n    amount = models.DecimalField(max_digits=10, "
        "decimal_places=2)\n    category = models.ForeignKey(Category, on_delete=models.PROTECT)"
        "\n    spent_on = models.DateField()\n    description = models.TextField(blank=True)\n```",
        "теперь форму для добавления расхода",
    ),
    _m(
        "запрос для отчёта: выручка по дням за текущий месяц",
        "SELECT date_trunc('day', paid_at) AS day, SUM(amount) FROM payments WHERE paid_at >= "
        "date_trunc('month', now()) GROUP BY 1 ORDER BY 1;",
        "а можно рядом вывести тот же день прошлого месяца, для сравнения?",
    ),
    _m(
        "как в three.js сделать тени от направленного света?",
        "Включи renderer.shadowMap.enabled, у света castShadow = true, у мешей castShadow и "
        "receiveShadow, и подстрой shadow.camera под размер сцены.",
        "получилось, спасибо. теперь другое: в админке джанго нужен фильтр пользователей по "
        "дате регистрации и поиск по телефону",
    ),
    _m(
        "что такое соль при хешировании паролей и зачем она?",
        "Соль — случайная строка, которая добавляется к паролю перед хешированием. Из-за неё "
        "одинаковые пароли дают разные хеши и заранее посчитанные таблицы бесполезны.",
        "ясно. тогда напиши смену пароля в нашем Flask-приложении: проверить старый, "
        "захешировать новый через bcrypt и сохранить",
    ),
]


B3_PT: list[B2Item] = [
    _u(
        "como adiciono uma coluna nova numa tabela que já tem milhares de registros sem quebrar nada?"
    ),
    _u("consulta que traga os clientes cadastrados este mês que ainda não fizeram nenhuma compra"),
    _u(
        "tela de cadastro de fornecedor (razão social, CNPJ e telefone) em Vue, mandando pro "
        "backend via POST"
    ),
    _u(
        "pra que serve uma tabela intermediária numa relação muitos-para-muitos? exemplo com alunos e turmas"
    ),
    _u(
        "função em JavaScript que calcula o valor da parcela de um financiamento com juros compostos"
    ),
    _u(
        "tenho uma planilha com 3 mil produtos. script em python que lê ela e atualiza o preço "
        "no banco pelo código de barras"
    ),
    _u(
        "meu teste passa sozinho mas falha quando rodo a suíte inteira. deve ser estado "
        "compartilhado entre os testes? uso jest"
    ),
    _u(
        "como faço o filtro da listagem de produtos funcionar por nome e por categoria ao mesmo tempo? Django"
    ),
    _u("como importo o extrato do banco em OFX e salvo os lançamentos numa tabela? python"),
    _u("consulta SQL pro estoque atual de cada produto: soma das entradas menos as saídas"),
    _u(
        "gera um relatório em CSV com os alunos que tiraram nota abaixo de 6, separado por disciplina"
    ),
    _u(
        "como deixo o usuário reordenar a lista de tarefas arrastando e salvo a nova ordem no banco? React"
    ),
    _u(
        "no formulário de endereço, quero que ao digitar o CEP a rua e o bairro se preencham sozinhos (ViaCEP)"
    ),
    _u("dá pra fazer paginação sem contar o total de registros? esse count tá lento demais"),
    _u("Spring: quero que o campo ativo venha true por padrão quando não for enviado no JSON"),
    _u(
        "tabela de agendamentos com horário de início e fim: como impedir dois agendamentos "
        "sobrepostos pro mesmo profissional? postgres"
    ),
    _u("script que apaga do banco as sessões expiradas toda madrugada"),
    _u("como mostro a mensagem 'salvo com sucesso' depois do redirect no Laravel?"),
    _u("teste garantindo que só o dono do pedido consegue cancelar ele (Rails, request spec)"),
    _u(
        "o campo preço vem do formulário como texto e a soma dá errado: '10' + '5' = '105'. como resolvo?"
    ),
    _u(
        "Django: renomeei o app e agora ele não acha as tabelas antigas. como aponto pro nome antigo?"
    ),
    _u(
        "como pego todos os registros de ontem, do começo ao fim do dia, num campo timestamp do Postgres?"
    ),
    _u(
        "cria o cadastro de categorias de despesa em Flask: página de listagem e formulário de edição"
    ),
    _u(
        "preciso de validar o NIF num formulário, com o dígito de controlo. função em JavaScript, se faz favor"
    ),
    _u(
        "consigo ter uma coluna calculada na tabela, tipo total = quantidade * preco_unitario? MySQL"
    ),
    _u(
        "ao gravar dá 'Data truncated for column status at row 1'. a coluna é "
        "enum('ativo','inativo') e eu mando 'Ativo'"
    ),
    _s(
        SYS_PT,
        "exporta a lista de pedidos da tela pra Excel, com as colunas número, cliente, data e total",
    ),
    _s(
        SYS_B2_PT_BOT,
        "o entregador precisa marcar o pedido como entregue pelo app. faz a rota no Rails e o teste",
    ),
    _s(
        SYS_B3_PT_AGENT,
        "Acrescenta ao modelo Reserva um campo observações opcional, actualiza o formulário e "
        "os testes.",
    ),
    _s(
        SYS_GENERIC,
        "função que separa nome e sobrenome a partir do nome completo, tratando 'da', 'de', 'dos'",
    ),
    _m(
        "qual é a capital da Austrália? sempre confundo com Sydney",
        "É Camberra. Sydney é a maior cidade, mas a capital foi construída entre Sydney e "
        "Melbourne justamente para resolver essa disputa.",
        "kkk valeu. agora trabalho: como conto quantos chamados tem em cada status na tabela chamados?",
    ),
    _m(
        "vale a pena separar o faturamento num serviço próprio, conversando com o resto por fila?",
        "Depende do volume e de quantos times mexem nele. Com um time só e pouco tráfego, um "
        "módulo bem isolado dentro do monólito costuma bastar; a fila traz consistência "
        "eventual e mais operação.",
        "ok, fica pra depois. por enquanto só cria a tabela de notas fiscais: número, série, "
        "valor e data de emissão",
    ),
    _m(
        "faz o model Produto no Prisma: nome, preço e estoque",
        "```prisma\nmodel Produto {\n  id      Int     @id @default(autoincrement())\n  nome    "
        "String\n  preco   Decimal @db.Decimal(10, 2)\n  estoque Int     @default(0)\n}\n```",
        "agora a rota que dá baixa no estoque quando sai uma venda",
    ),
    _m(
        "consulta dos 10 clientes que mais gastaram",
        "SELECT c.nome, SUM(p.total) AS gasto FROM clientes c JOIN pedidos p ON p.cliente_id = "
        "c.id GROUP BY c.id, c.nome ORDER BY gasto DESC LIMIT 10;",
        "filtra só quem comprou em 2024",
    ),
    _m(
        "como faço um shader de água simples?",
        "Dá pra começar com um plano subdividido, deslocar os vértices com somas de senos no "
        "vertex shader e misturar reflexo e cor de fundo no fragment com um termo de Fresnel.",
        "massa. outra coisa, bem mais simples: a tela de login do site tá aceitando email sem @, "
        "ajusta a validação do formulário (HTML e JS puro)",
    ),
    _m(
        "escreve os testes do serviço de desconto",
        "```python\ndef test_cupom_valido():\n    assert aplicar(100, Cupom('DEZ', 10)) == 90\n\n"
        "def test_sem_cupom():\n    assert aplicar(100, None) == 100\n```",
        "faltou o caso de cupom vencido",
    ),
]


B3_FR: list[B2Item] = [
    _u("comment je rends une colonne obligatoire alors qu'il y a déjà des lignes vides dedans ?"),
    _u(
        "requête pour trouver les adhérents dont la cotisation de cette année n'est pas encore réglée"
    ),
    _u(
        "fonction JS qui calcule le total d'un panier avec la TVA à 5,5 % pour l'alimentaire et "
        "20 % pour le reste"
    ),
    _u(
        "formulaire d'inscription à une sortie scolaire : nom de l'enfant, classe, case "
        "« autorisation parentale » obligatoire. en Symfony"
    ),
    _u(
        "la pagination de ma liste de factures saute des lignes quand deux factures ont la même date, pourquoi ?"
    ),
    _u(
        "comment tester que le mail de confirmation part bien après l'inscription, sans l'envoyer pour de vrai ? Django"
    ),
    _u(
        "comment je stocke les horaires d'ouverture d'un commerce en base, avec la pause de midi et les jours fermés ?"
    ),
    _u(
        "script qui renomme les photos d'un dossier avec un numéro : vacances_001.jpg, vacances_002.jpg…"
    ),
    _u("c'est quoi une sous-requête corrélée et dans quel cas on s'en sert ?"),
    _u(
        "ma date arrive du formulaire au format jj/mm/aaaa, je la convertis comment avant l'enregistrement ? PHP"
    ),
    _u(
        "afficher « aucun résultat » quand la liste filtrée est vide, plus un compteur de résultats, en React"
    ),
    _u(
        "je veux des numéros de facture qui se suivent sans trou (FAC-2024-0001, FAC-2024-0002…). "
        "comment je génère ça proprement en base ?"
    ),
    _u(
        "mon tri alphabétique met les noms qui commencent par É après le Z, comment corriger en JS ?"
    ),
    _u("Laravel : ma relation belongsTo renvoie null alors que la clé étrangère est bien remplie"),
    _u(
        "import d'un fichier CSV d'adhérents : comment ignorer les lignes en double sur l'adresse mail ?"
    ),
    _u(
        "petit script qui découpe un gros CSV en fichiers de 10 000 lignes, en gardant l'en-tête dans chacun"
    ),
    _u(
        "un champ de recherche qui filtre la liste côté serveur sans recharger la page, Django + un peu de JS"
    ),
    _u(
        "quelle différence entre une contrainte CHECK et une validation dans le modèle ? je mets les deux ?"
    ),
    _u(
        "Symfony me dit « Cette valeur est déjà utilisée. » alors que je modifie l'utilisateur "
        "lui-même, sans changer son email (UniqueEntity)"
    ),
    _u(
        "TypeError: Cannot read properties of undefined (reading 'map') au chargement de ma "
        "liste de produits. l'appel à l'API est dans un useEffect"
    ),
    _u(
        "écris les tests unitaires de ma fonction qui découpe une adresse en numéro, rue, code postal et ville"
    ),
    _u(
        "requête : chiffre d'affaires du mois en cours par magasin, comparé au même mois de l'année dernière"
    ),
    _u(
        "ajoute un bouton « dupliquer » sur chaque ligne du tableau des devis, qui crée une copie en brouillon"
    ),
    _u(
        "comment mettre à jour plusieurs lignes avec des valeurs différentes en une seule requête ? Postgres"
    ),
    _u("dans Flask, je mets où la connexion à la base pour ne pas la rouvrir à chaque requête ?"),
    _u(
        "composant Vue pour saisir une heure de début et une heure de fin, qui refuse une fin avant le début"
    ),
    _s(
        SYS_FR,
        "donne-moi la requête Doctrine (QueryBuilder) pour les articles publiés d'un auteur, du "
        "plus récent au plus ancien",
    ),
    _s(
        SYS_B2_FR_BOT,
        "le formulaire de commande de gâteaux doit refuser les retraits le dimanche. ajoute la "
        "contrainte et le test qui va avec",
    ),
    _s(
        SYS_AGENT,
        "Le test test_annulation_commande échoue depuis le dernier commit. Trouve pourquoi et "
        "corrige le code sans toucher au test.",
    ),
    _s(
        SYS_CONCISE,
        "regex pour extraire les montants en euros d'un texte, du genre « 12,50 € » ou « 1 200 € »",
    ),
    _m(
        "tu peux me résumer la différence entre une association loi 1901 et une SARL ?",
        "L'association n'a pas de but lucratif et ne partage pas ses bénéfices entre membres ; "
        "la SARL est une société commerciale dont les associés se partagent les bénéfices et "
        "dont la responsabilité est limitée aux apports.",
        "ok merci. pour le site de l'asso : modèle Django Adherent avec date d'adhésion et "
        "montant de la cotisation",
    ),
    _m(
        "on hésite entre un monolithe modulaire et des microservices pour la refonte, t'en penses quoi ?",
        "Avec une petite équipe et un domaine encore mouvant, le monolithe modulaire est plus "
        "sûr : vous gardez des frontières claires et pourrez extraire un service plus tard.",
        "d'accord. en attendant, corrige cette requête qui me renvoie des doublons : SELECT "
        "c.nom FROM clients c JOIN commandes o ON o.client_id = c.id WHERE o.total > 100",
    ),
    _m(
        "fais-moi le modèle Eloquent Livre avec auteur et année de parution",
        "```php\nclass Livre extends Model\n{\n    protected $fillable = ['titre', 'auteur_id', "
        "'annee'];\n\n    public function auteur(): BelongsTo\n    {\n        return "
        "$this->belongsTo(Auteur::class);\n    }\n}\n```",
        "et la liste paginée avec une recherche par titre ?",
    ),
    _m(
        "écris une fonction Python qui valide un IBAN",
        "```python\ndef iban_valide(iban: str) -> bool:\n    s = iban.replace(' ', '').upper()\n"
        "    s = s[4:] + s[:4]\n    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1\n```",
        "ajoute les tests, y compris un IBAN avec une mauvaise clé",
    ),
    _m(
        "comment j'anime une caméra qui tourne autour d'un objet dans Babylon.js ?",
        "Utilise une ArcRotateCamera ciblée sur l'objet et incrémente camera.alpha dans "
        "scene.onBeforeRenderObservable.",
        "merci ! autre chose sans rapport : une route Express qui renvoie les utilisateurs "
        "inscrits cette semaine, triés par date",
    ),
    _m(
        "requête pour le nombre d'inscriptions par jour",
        "SELECT date(cree_le) AS jour, COUNT(*) FROM inscriptions GROUP BY jour ORDER BY jour;",
        "et en cumulé ?",
    ),
]


B3_ES: list[B2Item] = [
    _u(
        "consulta para sacar los alumnos que han faltado más de tres días este mes (tabla asistencias)"
    ),
    _u(
        "formulario de alta de pacientes para una clínica dental: nombre, fecha de nacimiento y "
        "teléfono, validando que la fecha no sea futura"
    ),
    _u(
        "¿qué tipo de dato uso para guardar importes en la base de datos? me han dicho que float no"
    ),
    _u(
        "quiero que el listado de pedidos recuerde los filtros que puse aunque recargue la página (React)"
    ),
    _u(
        "función en JS que calcule los días laborables entre dos fechas, sin contar sábados ni domingos"
    ),
    _u("ordenar por apellido ignorando las tildes en MySQL, que Álvarez salga junto a los de la A"),
    _u(
        "tabla de turnos del médico: que un mismo paciente no pueda pedir dos turnos el mismo día, "
        "¿lo hago con una restricción?"
    ),
    _u("prueba unitaria que compruebe que el descuento nunca deja el precio por debajo de cero"),
    _u("¿por qué mi consulta con LIKE '%perez%' no me encuentra a 'Pérez'?"),
    _u(
        "script que recorra una carpeta de facturas en PDF y me haga un listado en Excel con el nombre y la fecha"
    ),
    _u("en Django, listado con buscador y filtros por estado y por fecha, todo en la misma vista"),
    _u(
        "necesito que el desplegable de provincias dependa del país elegido en el formulario (React)"
    ),
    _u("¿cómo paso una fecha '2024-03-05' a 'martes, 5 de marzo de 2024' en JavaScript?"),
    _u(
        "me equivoqué en una migración de Rails que ya está en producción, ¿la edito o hago una nueva?"
    ),
    _u("Laravel: al editar un producto se le borra la imagen si no subo una nueva"),
    _u(
        "listado de inventario en Flutter con buscador arriba y que cargue más artículos al llegar al final"
    ),
    _u("¿qué diferencia hay entre DELETE y TRUNCATE? ¿cuál uso para vaciar una tabla de pruebas?"),
    _u(
        "consulta: ventas del día agrupadas por cajero, con el importe total y el número de tickets"
    ),
    _u(
        "Express: si intento borrar un cliente que tiene pedidos, la base de datos da error de "
        "clave foránea y la API devuelve 500. ¿cómo respondo un 409 con un mensaje claro?"
    ),
    _u("script de bash que renombre los archivos de una carpeta quitando espacios y tildes"),
    _u("¿cómo hago que los números de pedido empiecen en 1000 en vez de en 1? MySQL"),
    _u(
        "Angular: que el botón de guardar solo se active cuando el formulario ha cambiado "
        "respecto a lo que vino del servidor"
    ),
    _u(
        "al guardar un comentario con emoji me salta \"Incorrect string value: '\\xF0\\x9F\\x98\\x80' "
        "for column 'comentario'\". ¿qué toco en la tabla?"
    ),
    _u(
        "¿cómo guardo el historial de cambios de precio de cada artículo? ¿tabla aparte y un trigger?"
    ),
    _u(
        "Spring Boot: cargar las provincias al arrancar la aplicación, pero solo si la tabla está vacía"
    ),
    _u("componente de Svelte para subir la foto de perfil, con vista previa antes de enviarla"),
    _s(
        SYS_ES,
        "¿cómo calculo la edad a partir de la fecha de nacimiento en una consulta de SQL Server?",
    ),
    _s(
        SYS_B2_ES_BOT,
        "en la ficha de la mascota quieren ver el peso de las últimas cinco visitas. hazme la "
        "consulta y el método en el modelo",
    ),
    _s(
        SYS_B3_ES_BOT,
        "Añade un endpoint para traspasar existencias de un almacén a otro dentro de una "
        "transacción, con sus tests.",
    ),
    _s(
        SYS_GENERIC,
        "porfa, una función que pase un número a letras para los recibos: 1250 -> mil doscientos cincuenta",
    ),
    _m(
        "¿me recomiendas una serie de ciencia ficción que no sea muy larga?",
        "«Devs» (una temporada) o «Station Eleven» (miniserie). Si te valen tres temporadas, "
        "«Severance» va por la segunda y engancha mucho.",
        "me la apunto. oye, una de código: en pandas, ¿cómo relleno con cero los días que no "
        "tienen ventas?",
    ),
    _m(
        "¿tiene sentido meter un bus de eventos entre facturación y almacén?",
        "Si hoy son dos módulos del mismo despliegue, probablemente no: una llamada directa "
        "dentro de una transacción es más simple. El bus compensa cuando hay varios "
        "consumidores o despliegues separados.",
        "vale, más adelante. por ahora solo necesito la tabla de movimientos de almacén y su "
        "modelo en Sequelize",
    ),
    _m(
        "endpoint para listar empleados en NestJS",
        "```ts\n@Get()\nfindAll() {\n  return this.empleadosService.findAll();\n}\n```",
        "ahora que se pueda filtrar por departamento",
    ),
    _m(
        "consulta para saber el producto más vendido de cada categoría",
        "```sql\nSELECT * FROM (\n  SELECT categoria_id, producto_id, SUM(cantidad) AS total,\n"
        "         RANK() OVER (PARTITION BY categoria_id ORDER BY SUM(cantidad) DESC) AS r\n"
        "  FROM lineas_venta GROUP BY categoria_id, producto_id\n) t WHERE r = 1;\n```",
        "no me funciona, el servidor es MySQL 5.7 y no tiene funciones de ventana",
    ),
    _m(
        "¿en qué consiste un ataque de inyección SQL?",
        "En meter texto en un campo que acaba formando parte de la consulta, por ejemplo "
        "' OR '1'='1, de modo que la base de datos ejecuta algo distinto de lo previsto.",
        'vale, entonces reescríbeme esto con parámetros: "SELECT * FROM usuarios WHERE email = \'" '
        '+ email + "\'"',
    ),
    _m(
        "modelo de Django para recetas con sus ingredientes",
        "```python\nclass Receta(models.Model):\n    nombre = models.CharField(max_length=120)\n\n"
        "class Ingrediente(models.Model):\n    receta = models.ForeignKey(Receta, "
        "on_delete=models.CASCADE, related_name='ingredientes')\n    nombre = "
        "models.CharField(max_length=80)\n    cantidad = models.CharField(max_length=40)\n```",
        "¿y el formulario para añadir los ingredientes en la misma página que la receta?",
    ),
]


B3_KO: list[B2Item] = [
    _u(
        "테이블에 컬럼 하나 추가했더니 기존 행은 전부 빈 값이에요. 기본값으로 한 번에 채우는 쿼리 알려주세요"
    ),
    _u(
        "회원 목록 조회할 때 탈퇴한 회원은 항상 빼고 싶어요. 매번 조건 붙이기 싫은데 JPA에서 방법 있나요?"
    ),
    _u("주문 상세 화면에 주문한 상품 목록이랑 합계 금액을 같이 보여주는 쿼리 짜 주세요"),
    _u(
        "같은 좌석을 두 사람이 거의 동시에 예약하면 두 건 다 저장돼요. 테이블 차원에서 막을 방법 있나요?"
    ),
    _u("입력 폼 전화번호 칸에 숫자만 입력되게 하려면 어떻게 해요? 리액트"),
    _u(
        "스프링에서 JSON 배열로 상품 여러 개를 한 번에 등록하는 API, 하나라도 잘못되면 전부 롤백되게"
    ),
    _u("이번 주 요일별 방문자 수를 월요일부터 일요일 순서로 뽑는 쿼리"),
    _u("JUnit에서 같은 테스트를 입력값만 바꿔서 여러 번 돌리고 싶어요. 할인율 계산 메서드예요"),
    _u("게시글 삭제 버튼 누르면 '정말 삭제하시겠습니까?' 확인창 띄우고 지우는 코드 (Vue)"),
    _u("파이썬으로 로그 파일에서 에러 줄만 골라서 날짜별로 몇 개인지 세는 스크립트"),
    _u(
        "댓글에 대댓글 달 수 있게 테이블 만들고, 댓글 목록을 계층 구조로 조회하는 쿼리까지 부탁해요"
    ),
    _u("Next.js App Router에서 상품 상세 페이지 만들 때 없는 상품 id면 404 페이지 보여주는 법"),
    _u(
        "회원가입 화면에서 닉네임 중복 확인 버튼 누르면 사용 가능 여부 알려주는 API랑 화면 코드 부탁해요"
    ),
    _u("검색어가 제목이나 작성자 이름에 들어간 글만 조회하는 MyBatis 동적 쿼리"),
    _u("목록 정렬 기준(최신순, 조회순, 좋아요순)을 사용자가 고를 수 있게 API에서 받는 방법"),
    _u("Django에서 같은 이메일로 두 번 가입 못 하게 막는 건 모델에서 해요, 폼에서 해요?"),
    _u("Go에서 DB 조회 결과가 없을 때 sql.ErrNoRows 확인해서 404 돌려주는 핸들러 예시"),
    _u("도서 대여 테이블에서 반납 기한이 지났는데 아직 반납 안 한 사람 목록 뽑는 쿼리"),
    _u(
        "장바구니에서 수량 바꾸면 합계 금액이 바로 바뀌게 하고 싶어요. 리액트, 상태 관리 라이브러리 없이"
    ),
    _u("초성으로도 검색되게 하고 싶어요. 'ㄱㄴㅇ' 치면 '김나영'이 나오는 자바스크립트 함수"),
    _u(
        _t("""
        주문할 때 가끔 이런 에러가 나는데 어디가 문제인지 모르겠어요

        ```
        java.lang.NullPointerException: Cannot invoke "com.shop.member.Member.getGrade()" because "member" is null
            at com.shop.order.OrderService.applyDiscount(OrderService.java:57)
        ```
        """)
    ),
    _u(
        "프로젝트에 테스트 코드가 하나도 없어요. 서비스 계층부터 단위 테스트 작성하는 예시 보여주세요"
    ),
    _u("SwiftUI로 할 일 목록 화면 만들고, 체크하면 서버에 완료 상태 저장되게 해 주세요"),
    _u(
        "공지사항을 목록 맨 위에 고정하는 기능 넣고 싶어요. 테이블에 뭘 추가하고 정렬은 어떻게 해요?"
    ),
    _u("타임리프로 게시판 목록 페이지 만들고 아래에 페이지 번호 1 2 3 4 5 나오게 해 주세요"),
    _u("PHP로 간단한 방명록 만들고 싶어요. 글 쓰기랑 목록 보기만 있으면 돼요"),
    _s(
        SYS_KO,
        "상품 재고가 0이면 품절로 표시해야 해요. 상품 조회 API 응답에 soldOut 필드 추가해 주세요",
    ),
    _s(SYS_B2_KO_BOT, "부서별 인원수 조회하는 매퍼 쿼리랑 VO 클래스 만들어 주세요"),
    _s(
        SYS_B3_KO_AGENT,
        "주문 취소할 때 재고를 원래대로 돌려놓는 로직이 빠져 있어요. OrderService에 추가하고 "
        "테스트도 작성해 주세요.",
    ),
    _s(
        SYS_IDE,
        "[파일: src/utils/date.ts]\nexport const toYmd = (d: Date) => d.toISOString().slice(0, 10);"
        "\n\n한국 시간 기준으로 자정 넘으면 날짜가 하루 전으로 나와요. 고쳐 주세요",
    ),
    _m(
        "선착순 쿠폰 발급에서 한 사람이 두 번 받는 걸 막으려면 분산 락이 꼭 필요한가요? 서버가 3대예요",
        "DB 하나를 같이 쓴다면 (user_id, coupon_id) 유니크 제약만으로도 중복 발급은 막을 수 "
        "있습니다. 락은 전체 수량 제한까지 엄격히 맞춰야 할 때 고민하면 돼요.",
        "그럼 유니크 제약 추가하는 SQL이랑, 중복 키 예외 잡아서 '이미 발급된 쿠폰' 응답 주는 스프링 코드 부탁해요",
    ),
    _m(
        "요즘 같은 날씨에 먹기 좋은 점심 메뉴 추천해 줘",
        "쌀쌀할 땐 순두부찌개나 칼국수, 따뜻한 국밥이 무난해요. 가볍게 먹고 싶으면 우동도 좋아요.",
        "ㅎㅎ 고마워요. 이제 일 얘기: 점심 메뉴 투표 테이블 만들고 오늘 1등 메뉴 뽑는 쿼리 짜 주세요",
    ),
    _m(
        "회원 엔티티에 주소 필드 추가해 주세요",
        "```java\n@Column(length = 200)\nprivate String address;\n```",
        "주소를 도시, 도로명, 우편번호로 나눠서 값 타입(@Embeddable)으로 빼 주세요",
    ),
    _m(
        "게시글 목록 API 만들어 줘. Spring Boot",
        '```java\n@GetMapping("/posts")\npublic Page<PostResponse> list(Pageable pageable) {\n'
        "    return postService.findAll(pageable);\n}\n```",
        "작성자 닉네임도 같이 내려줘",
    ),
    _m(
        "three.js에서 모델을 클릭하면 색이 바뀌게 하려면 어떻게 해요?",
        "Raycaster로 마우스 좌표에서 광선을 쏘고, 맞은 메시의 material.color를 바꾸면 됩니다. "
        "재질을 공유하고 있으면 clone()부터 하세요.",
        "감사해요! 그럼 사용자가 클릭한 부품 이름을 서버에 기록하는 API 하나 만들어 주세요 (Express + MySQL)",
    ),
    _m(
        "pytest로 회원가입 API 테스트 작성해 줘",
        "```python\ndef test_signup(client):\n    res = client.post('/signup', json={'email': "
        "'a@test.com', 'password': 'pw12345!'})\n    assert res.status_code == 201\n```",
        "이미 가입된 이메일 케이스도",
    ),
]


B3_IT: list[B2Item] = [
    _u(
        "devo aggiungere il campo partita IVA all'anagrafica clienti: migration Laravel e validazione nel form"
    ),
    _u("query per le fatture scadute e non ancora pagate, con i giorni di ritardo calcolati"),
    _u(
        "maschera di inserimento ordini in Angular: cliente da una tendina, righe che si "
        "aggiungono col pulsante +, totale che si aggiorna da solo"
    ),
    _u("cos'è una vista (VIEW) in SQL e conviene usarla per i report del gestionale?"),
    _u(
        "funzione Python che divide un importo in rate uguali e mette i centesimi di resto sull'ultima rata"
    ),
    _u("test unitario che controlla che non si possa prenotare un tavolo per più di 12 persone"),
    _u(
        "ho la tabella presenze (dipendente, entrata, uscita): mi serve la query con le ore "
        "lavorate per dipendente nella settimana, tolta un'ora di pausa pranzo al giorno"
    ),
    _u(
        "ordinamento della tabella clienti cliccando sull'intestazione delle colonne, in Vue senza librerie"
    ),
    _u(
        "script che legge le fatture elettroniche XML da una cartella e scrive numero, data e "
        "importo in un CSV"
    ),
    _u("come si fa una relazione uno a uno tra Utente e Profilo con Eloquent?"),
    _u("il form parte anche se l'email è vuota, eppure ho messo required sull'input. React"),
    _u(
        "quando salvo un ordine ricevo 'Integrity constraint violation: 1452 Cannot add or update "
        "a child row: a foreign key constraint fails'. da dove parto?"
    ),
    _u(
        "come conto i record per stato in una sola query, con aperti, chiusi e sospesi su tre colonne?"
    ),
    _u("in Spring Boot come restituisco solo alcuni campi dell'utente e non la password?"),
    _u(
        "in una select devo mostrare le province raggruppate per regione, i dati arrivano da /api/province"
    ),
    _u("come faccio il backup solo della struttura del database, senza i dati? MySQL"),
    _u(
        "tabella prodotti con prezzo di listino e prezzo scontato: query che mostra lo sconto in percentuale"
    ),
    _u(
        "come metto un limite di 5 MB al caricamento dei documenti con multer e rispondo con un "
        "messaggio chiaro se il file è troppo grande?"
    ),
    _u(
        "Rails: nel form dell'articolo voglio una select con le categorie e 'nessuna' come prima opzione"
    ),
    _u("funzione che dato un CAP restituisce la provincia leggendo dalla tabella cap_province"),
    _u("pytest: come controllo che una funzione scriva un certo messaggio nel log?"),
    _u("Go: leggere un CSV di dipendenti e inserirli in Postgres con pgx"),
    _u("come rendo obbligatorio almeno uno tra telefono ed email nel modello Django?"),
    _u(
        "pulsante 'stampa' che apre la fattura in una pagina pulita, pronta da stampare, con CSS @media print"
    ),
    _u("come faccio a sapere quante righe ha cancellato una DELETE in PHP con PDO?"),
    _u(
        "la query in locale è istantanea ma in produzione ci mette dieci secondi. come si legge l'EXPLAIN?"
    ),
    _s(
        SYS_IT,
        "scrivimi il controller Spring per l'anagrafica fornitori: elenco, dettaglio, inserimento, "
        "modifica e cancellazione",
    ),
    _s(
        SYS_B2_IT_BOT,
        "nella scheda intervento aggiungi il campo chilometri e fallo vedere nello storico del veicolo",
    ),
    _s(
        SYS_B2_IT_AGENT,
        "Il test test_calcolo_straordinari fallisce perché le ore della domenica non vengono "
        "maggiorate. Sistema la funzione, il test è giusto.",
    ),
    _s(
        SYS_GENERIC,
        "come trasformo una stringa tipo '3 ore e 20 minuti' in minuti totali, in Python?",
    ),
    _m(
        "mi spieghi cos'è il TFR in due righe?",
        "È il trattamento di fine rapporto: una quota della retribuzione che il datore di lavoro "
        "accantona ogni anno e versa al dipendente quando il rapporto di lavoro finisce.",
        "grazie. ora mi serve la query che somma il TFR accantonato per dipendente dalla tabella movimenti_tfr",
    ),
    _m(
        "ha senso usare CQRS per il nostro gestionale? siamo in tre",
        "Probabilmente no: separare modello di lettura e scrittura aggiunge parecchia "
        "complessità. Con tre persone conviene un modello unico e qualche vista dedicata ai report.",
        "ok, per ora niente. intanto mi scrivi il repository JPA per i documenti di trasporto "
        "con la ricerca per intervallo di date?",
    ),
    _m(
        "crea il modello Sequelize Prenotazione (cliente, data, persone)",
        "```js\nconst Prenotazione = sequelize.define('Prenotazione', {\n  cliente: { type: "
        "DataTypes.STRING, allowNull: false },\n  data: { type: DataTypes.DATE, allowNull: false "
        "},\n  persone: { type: DataTypes.INTEGER, allowNull: false },\n});\n```",
        "e adesso le rotte Express per gestirlo",
    ),
    _m(
        "query per i 5 clienti con più ordini",
        "SELECT cliente_id, COUNT(*) AS n FROM ordini GROUP BY cliente_id ORDER BY n DESC LIMIT 5;",
        "fai vedere anche quelli a pari merito col quinto",
    ),
    _m(
        "in three.js come carico una mappa HDR per l'illuminazione dell'ambiente?",
        "Usa RGBELoader per il file .hdr, imposta texture.mapping = "
        "EquirectangularReflectionMapping e assegnala a scene.environment (e se vuoi a "
        "scene.background).",
        "grazie! ora una cosa di lavoro vera: nel pannello admin mi serve la lista utenti "
        "paginata con ricerca per cognome, Django ListView",
    ),
    _m(
        "funzione che controlla se una partita IVA è valida",
        "```python\ndef piva_valida(p: str) -> bool:\n    if len(p) != 11 or not p.isdigit():\n"
        "        return False\n    s = 0\n    for i, c in enumerate(p[:10]):\n        n = int(c)\n"
        "        if i % 2:\n            n = n * 2 - 9 if n > 4 else n * 2\n        s += n\n"
        "    return (10 - s % 10) % 10 == int(p[10])\n```",
        "scrivi i test, anche con numeri troppo corti o con lettere",
    ),
]


B3_DE: list[B2Item] = [
    _u("wie füge ich einer Tabelle eine Spalte hinzu, die nur bei neuen Datensätzen befüllt wird?"),
    _u("Abfrage: alle Mitglieder, deren Jahresbeitrag für dieses Jahr noch offen ist"),
    _u(
        "Eingabemaske für Urlaubsanträge: Von- und Bis-Datum, Vertretung aus einer Liste, "
        "Bemerkung. Angular mit Reactive Forms"
    ),
    _u("Wie bekomme ich nach dem INSERT die neu vergebene ID zurück? PHP mit PDO und MySQL"),
    _u(
        "Skript, das jeden Morgen die umsatz.csv vom Netzlaufwerk einliest und in die Datenbank schreibt"
    ),
    _s(
        SYS_DE,
        "Komponententest für die Funktion, die die Versandkosten nach Gewicht und Zielland berechnet",
    ),
    _m(
        "lohnt sich Event Sourcing für unser Bestellsystem?",
        "Nur wenn ihr die Historie wirklich fachlich braucht, etwa für Audits oder Auswertungen "
        "über Zustandswechsel. Sonst ist der Mehraufwand bei Projektionen und Migrationen groß.",
        "ok, später. jetzt erst mal: Fremdschlüssel von bestellpositionen auf bestellungen "
        "nachträglich anlegen, MySQL",
    ),
    _m(
        "schreib mir eine Funktion, die deutsche Datumsangaben wie 03.11.2024 ins ISO-Format umwandelt",
        "```python\nfrom datetime import datetime\n\ndef zu_iso(s: str) -> str:\n    return "
        "datetime.strptime(s, '%d.%m.%Y').date().isoformat()\n```",
        "und bei ungültigen Daten wie 31.02.2024 soll eine verständliche Fehlermeldung kommen",
    ),
]


B3_ZH: list[B2Item] = [
    _u("订单表要加一个备注字段，表里已经有几十万条数据了，加的时候要注意什么？"),
    _u("登录记录表 login_log(user_id, login_at)，查出连续三天都登录过的用户，SQL 怎么写？"),
    _u("写个报销申请表单：金额、类别下拉框、发票图片上传，Vue3 + Element Plus"),
    _u("写一个 Java 方法，根据出生日期算年龄，再给它写几个 JUnit 测试，包括今天正好生日的情况"),
    _u("删除分类的时候，如果下面还有商品就不让删，这个判断放在哪一层比较合适？"),
    _s(
        SYS_ZH,
        "写一个定时任务：每天凌晨把 30 天前的操作日志挪到历史表里，用 Spring Boot 的 @Scheduled",
    ),
    _m(
        "我们要不要把用户中心拆成独立的服务？",
        "看团队规模和调用量。如果只有一个团队、其他模块都在同一个进程里，先在单体内部划清模块"
        "边界就够了，等确实有独立扩展的需求再拆。",
        "好，先不拆。帮我写个接口：根据手机号查询用户，查不到返回 404",
    ),
    _m(
        "商品表里图片路径都是 /static/old/ 开头，要批量改成 CDN 地址，SQL 怎么写？",
        "UPDATE goods SET image_url = REPLACE(image_url, '/static/old/', "
        "'https://cdn.example.com/img/') WHERE image_url LIKE '/static/old/%';",
        "改之前想先把原来的值备份一下，怎么写？",
    ),
]


B3_JA: list[B2Item] = [
    _u("Railsで商品テーブルの価格カラムをintegerからdecimalに変えるマイグレーションを書きたい"),
    _u("会員一覧画面に検索条件（氏名の部分一致・登録日の範囲）を追加したいです。Laravel"),
    _u("社員テーブルから、上司の名前も一緒に出すSQL（同じテーブルの manager_id を参照）"),
    _u("入力チェック：郵便番号は7桁で、ハイフンありでもなしでも通るようにしたい"),
    _u("ReactでAPIから取ってきた商品一覧を、価格の安い順・高い順で切り替えられるようにしたい"),
    _s(
        SYS_JA,
        "Railsのモデルスペックで、注文の合計金額が明細の小計の合計と一致することを確かめるテストを書いてください",
    ),
    _m(
        "マイクロサービス化の進め方について相談させてください",
        "まずは現在のモジュール境界と、チームごとのデプロイの頻度を整理しましょう。"
        "境界がはっきりしていて独立して変更される部分から切り出すのが一般的です。",
        "ありがとうございます。その前に、在庫テーブルに更新日時が自動で入るようにしたいです（MySQL）",
    ),
    _m(
        "社員マスタの一覧・登録・編集・削除画面をDjangoで作ってください",
        "モデル Employee と ModelForm、ListView / CreateView / UpdateView / DeleteView の"
        "4つのクラスベースビューで作れます。コードは以下の通りです。",
        "一覧を部署で絞り込めるようにしてください",
    ),
]

B3_BY_LANG: dict[str, list[B2Item]] = {
    "ru": B3_RU,
    "pt": B3_PT,
    "fr": B3_FR,
    "es": B3_ES,
    "ko": B3_KO,
    "it": B3_IT,
    "de": B3_DE,
    "zh": B3_ZH,
    "ja": B3_JA,
}


def _third_batch() -> Iterator[Example]:
    for lang, items in B3_BY_LANG.items():
        for index, (system, turns) in enumerate(items, 1):
            yield chat(LABEL, lang, f"{LABEL}/b3/{lang}/{index:03d}", *turns, system=system)


# ---------------------------------------------------------------------------------------------
# Fourth batch (round 4): hand-written only, one group per example ("crud/b4/<lang>/<nnn>").
# Short conceptual and definitional questions inside the routine-code domain (what is X, why
# does Y behave so, when to use it, X vs Y), mostly in fr/pt/it/ko/ru/es, a few in de/zh/ja/en.
# ---------------------------------------------------------------------------------------------

B4_FR: list[B2Item] = [
    _u("c'est quoi la différence entre UNION et UNION ALL ?"),
    _u("à quoi sert COALESCE en SQL ?"),
    _u("une CTE (WITH ... AS), ça sert à quoi concrètement ?"),
    _u("pourquoi on dit que SELECT * c'est une mauvaise pratique ?"),
    _u("clé primaire vs contrainte UNIQUE, quelle différence ?"),
    _u("NOT IN avec une sous-requête qui contient un NULL, pourquoi ça renvoie rien ?"),
    _u("BETWEEN en SQL, les bornes sont incluses ou pas ?"),
    _u("DECIMAL(10,2), ça veut dire quoi les deux chiffres ?"),
    _u("c'est quoi un soft delete ?"),
    _u("à quoi sert le mot-clé RETURNING dans Postgres ?"),
    _u("Django : différence entre auto_now et auto_now_add ?"),
    _u("on_delete=PROTECT ou SET_NULL, je choisis comment ?"),
    _u("c'est quoi une expression F() dans l'ORM Django ?"),
    _u("get_object_or_404, ça fait quoi de plus qu'un get() ?"),
    _u("makemigrations et migrate, pourquoi il y a deux commandes ?"),
    _u("Laravel : c'est quoi le mass assignment et pourquoi $fillable ?"),
    _u("firstOrCreate vs updateOrCreate dans Eloquent ?"),
    _u("Blade : {{ }} ou {!! !!}, c'est quoi la différence ?"),
    _u("pourquoi utiliser des requêtes préparées avec PDO ?"),
    _u("isset() et empty() en PHP, c'est pareil ?"),
    _u("React : à quoi sert la prop key dans une liste ?"),
    _u("input contrôlé vs non contrôlé en React, ça veut dire quoi ?"),
    _u("pourquoi e.preventDefault() dans le onSubmit du formulaire ?"),
    _u("Vue : computed ou watch, quand utiliser lequel ?"),
    _u("fetch ne lève pas d'erreur sur un 404, c'est normal ?"),
    _u("c'est quoi un debounce sur un champ de recherche ?"),
    _u("401 ou 403 quand l'utilisateur n'a pas le droit de modifier la ressource ?"),
    _u("400 ou 422 pour une erreur de validation ?"),
    _u("Jest : toBe et toEqual, quelle différence ?"),
    _u("c'est quoi un test paramétré ?"),
    _u("conftest.py, il sert à quoi dans pytest ?"),
    _u("Doctrine : c'est quoi le mappedBy et le inversedBy ?"),
    _u("Dockerfile : CMD ou ENTRYPOINT ?"),
    _u("set -e en début de script bash, ça fait quoi ?"),
    _m(
        "c'est quoi un index partiel dans Postgres ?",
        "Un index construit seulement sur les lignes qui vérifient une condition, par exemple "
        "CREATE INDEX ... WHERE deleted_at IS NULL. Il est plus petit et plus rapide à maintenir.",
        "et Postgres l'utilise quand exactement ?",
    ),
]

B4_PT: list[B2Item] = [
    _u("o que é uma CTE no SQL?"),
    _u("pra que serve o COALESCE?"),
    _u("qual a diferença entre UNION e UNION ALL?"),
    _u("o que é soft delete e quando vale a pena?"),
    _u("chave natural ou chave substituta (id autoincremento)? qual usar?"),
    _u("o que é uma chave primária composta?"),
    _u("VARCHAR ou TEXT no Postgres, faz diferença?"),
    _u("DATETIME ou TIMESTAMP no MySQL? qual a diferença?"),
    _u("por que LIMIT sem ORDER BY pode trazer resultado diferente cada vez?"),
    _u("o que faz o ROW_NUMBER() OVER (PARTITION BY ...)?"),
    _u("o que é uma trigger e quando não usar?"),
    _u("o que é normalização de banco, tipo 1FN, 2FN?"),
    _u("no Rails, qual a diferença entre includes e joins?"),
    _u("find ou find_by no ActiveRecord?"),
    _u("pluck e select no Rails, qual a diferença?"),
    _u("pra que servem os strong parameters no Rails?"),
    _u("RSpec: let ou let!, qual a diferença?"),
    _u("factory_bot ou fixtures, o que vocês usam e por quê?"),
    _u("Prisma: include e select, qual a diferença?"),
    _u("o que é o paranoid do Sequelize?"),
    _u("TypeORM: save() vs insert(), quando usar cada um?"),
    _u("o que é um slug?"),
    _u("NULL ou string vazia pra campo opcional?"),
    _u("o que é lock otimista e pra que serve a coluna version?"),
    _u("o que é o select_for_update do Django?"),
    _u("async/await e .then() fazem a mesma coisa?"),
    _u("null e undefined no JS, qual a diferença?"),
    _u("let, const e var: qual usar?"),
    _u("o que é FormData e quando uso no lugar de JSON?"),
    _u("multipart/form-data é o quê?"),
    _u("o que é o Content-Type de uma requisição?"),
    _u("status 409 Conflict: quando retornar?"),
    _u("Flutter: StatelessWidget ou StatefulWidget?"),
    _u("pra que serve o FutureBuilder?"),
    _u("Jest: jest.fn() e jest.spyOn(), qual a diferença?"),
    _m(
        "o que é um teste de integração?",
        "É um teste que exercita várias partes juntas, por exemplo a rota, o serviço e o banco "
        "de teste, em vez de isolar uma função com mocks como no teste unitário.",
        "e preciso de um banco separado pra isso?",
    ),
]

B4_IT: list[B2Item] = [
    _u("cos'è una CTE in SQL?"),
    _u("differenza tra UNION e UNION ALL?"),
    _u("a cosa serve COALESCE?"),
    _u("cos'è una chiave primaria composta e quando si usa?"),
    _u("perché con NOT IN e un NULL nella sottoquery non esce niente?"),
    _u("cosa vuol dire normalizzare un database?"),
    _u("cos'è un trigger in MySQL?"),
    _u("stored procedure o query nel codice, cosa conviene?"),
    _u("cosa fa ROW_NUMBER() in una query?"),
    _u("cosa significa la collation di una tabella?"),
    _u("CHAR o VARCHAR per un codice a lunghezza fissa?"),
    _u("cos'è una transazione e perché serve?"),
    _u("cos'è un deadlock nel database?"),
    _u("in Django che differenza c'è tra get() e filter().first()?"),
    _u("a cosa servono gli oggetti Q in Django?"),
    _u("cos'è un ModelForm?"),
    _u("perché Django vuole il csrf_token nel form?"),
    _u("Flask: cos'è un blueprint?"),
    _u("Flask: differenza tra g e session?"),
    _u("FastAPI: a cosa serve response_model?"),
    _u("FastAPI: def o async def per gli endpoint?"),
    _u("Pydantic: cosa significa Field(...) con i tre puntini?"),
    _u("Spring: @Controller o @RestController?"),
    _u("a cosa serve ResponseEntity?"),
    _u("@Service e @Component sono la stessa cosa?"),
    _u("JPA: cascade ALL e orphanRemoval, che differenza c'è?"),
    _u("perché non usare @Data di Lombok sulle entity?"),
    _u("a cosa serve @Valid sul parametro del controller?"),
    _u("Angular: reactive forms o template-driven?"),
    _u("cos'è la async pipe in Angular?"),
    _u("Vue: ref o reactive?"),
    _u("Svelte: cosa fa il $: davanti a una riga?"),
    _u("JUnit: @BeforeEach o @BeforeAll?"),
    _u("cos'è il TDD in pratica?"),
    _u("ha senso puntare al 100% di coverage?"),
    _m(
        "cos'è un seeder?",
        "È una classe che inserisce dati di prova o di base nel database, per esempio le "
        "categorie iniziali o cinquanta utenti finti per lo sviluppo.",
        "e lo posso lanciare anche in produzione?",
    ),
]

B4_KO: list[B2Item] = [
    _u("UNION이랑 UNION ALL 차이가 뭐예요?"),
    _u("COALESCE는 언제 써요?"),
    _u("CTE(WITH 절)가 뭔가요?"),
    _u("서브쿼리랑 JOIN, 보통 어느 쪽이 더 빨라요?"),
    _u("SELECT * 쓰지 말라는 이유가 뭐예요?"),
    _u("기본키랑 유니크 제약조건 차이?"),
    _u("복합키는 언제 써요?"),
    _u("정규화가 뭔지 쉽게 설명해 주세요"),
    _u("트랜잭션 격리 수준 READ COMMITTED가 무슨 뜻이에요?"),
    _u("낙관적 락이랑 비관적 락 차이가 뭐예요?"),
    _u("VARCHAR랑 TEXT 중에 뭘 써야 돼요? MySQL"),
    _u("DECIMAL(10,2)에서 10이랑 2는 뭐예요?"),
    _u("NULL이랑 빈 문자열 중에 뭘 저장하는 게 맞아요?"),
    _u("소프트 삭제가 뭐예요?"),
    _u("JPA에서 mappedBy는 왜 쓰는 거예요?"),
    _u("엔티티에 equals랑 hashCode 꼭 오버라이드해야 돼요?"),
    _u("@RestController랑 @Controller 차이"),
    _u("DTO에 자바 record 써도 돼요?"),
    _u("EF Core에서 AsNoTracking은 언제 써요?"),
    _u("Include랑 ThenInclude 차이가 뭐예요?"),
    _u("C#에서 async void 쓰면 왜 안 돼요?"),
    _u("Kotlin lateinit이 뭐예요?"),
    _u("useEffect 의존성 배열은 왜 넣는 거예요?"),
    _u("리액트 훅이 정확히 뭐예요?"),
    _u("v-model이 내부적으로 뭘 하는 거예요?"),
    _u("Promise랑 async/await 차이"),
    _u("쿼리 파라미터랑 패스 파라미터는 언제 각각 써요?"),
    _u("401이랑 403 차이가 뭐예요?"),
    _u("REST API에서 엔드포인트가 정확히 뭐예요?"),
    _u("Swagger랑 OpenAPI는 같은 거예요?"),
    _u("단위 테스트랑 통합 테스트 차이"),
    _u("Mockito에서 mock이랑 spy 차이가 뭐예요?"),
    _u("SwiftUI에서 @State랑 @Binding 차이가 뭐예요?"),
    _u("Go에서 defer rows.Close()는 왜 해야 돼요?"),
    _m(
        "비밀번호는 암호화해서 저장하는 거죠?",
        "정확히는 암호화가 아니라 해시입니다. 복호화할 수 없는 단방향 함수(bcrypt, argon2 등)로 "
        "변환해서 저장하고, 로그인할 때 입력값을 같은 방식으로 검증해요.",
        "그럼 솔트는 DB에 따로 컬럼 만들어야 돼요?",
    ),
]

B4_RU: list[B2Item] = [
    _u("что такое CTE в SQL?"),
    _u("чем UNION отличается от UNION ALL?"),
    _u("зачем нужен COALESCE?"),
    _u("что такое оконные функции и зачем они?"),
    _u("что делает RETURNING в постгресе?"),
    _u("почему NOT IN с NULL в подзапросе ничего не возвращает?"),
    _u("BETWEEN включает границы или нет?"),
    _u("чем первичный ключ отличается от уникального индекса?"),
    _u("что такое составной первичный ключ?"),
    _u("что такое нормализация БД простыми словами?"),
    _u("что такое триггер и когда его лучше не использовать?"),
    _u("что такое частичный индекс?"),
    _u("что такое покрывающий индекс?"),
    _u("чем Seq Scan отличается от Index Scan в EXPLAIN?"),
    _u("зачем нужен VACUUM в постгресе?"),
    _u("что значит ON CONFLICT DO NOTHING?"),
    _u("что такое оптимистичная блокировка?"),
    _u("что такое дедлок в базе и откуда он берётся?"),
    _u("timestamp или timestamptz, что выбрать?"),
    _u("что такое мягкое удаление?"),
    _u("чем select_related отличается от обычного get в Django?"),
    _u("в Rails чем includes отличается от joins?"),
    _u("Laravel: зачем нужен $fillable?"),
    _u("что такое route model binding в Laravel?"),
    _u("что такое Eloquent accessor и mutator?"),
    _u("GORM: что делает Preload?"),
    _u("в Rust Option и Result — когда что?"),
    _u("почему unwrap() в хендлере — плохая идея?"),
    _u("pandas: чем loc отличается от iloc?"),
    _u("pandas: merge, join и concat — в чём разница?"),
    _u("что значит 2>&1 в баше?"),
    _u("что такое шебанг в начале скрипта?"),
    _u("чем $@ отличается от $* в bash?"),
    _u("что такое фикстура в pytest?"),
    _u("table-driven тесты в Go — что это?"),
    _m(
        "что такое middleware?",
        "Это функция, которая выполняется между приходом запроса и обработчиком: например, "
        "логирует запрос, проверяет токен или парсит тело.",
        "а в NestJS чем оно отличается от guard и interceptor?",
    ),
]

B4_ES: list[B2Item] = [
    _u("¿qué es una CTE en SQL?"),
    _u("¿para qué sirve COALESCE?"),
    _u("¿UNION o UNION ALL?"),
    _u("¿qué es una clave primaria compuesta?"),
    _u("clave natural o clave sustituta, ¿cuál uso?"),
    _u("¿qué es la normalización de una base de datos?"),
    _u("¿qué hace ROW_NUMBER()?"),
    _u("¿qué es un trigger y para qué se usa?"),
    _u("¿procedimiento almacenado o lógica en el backend?"),
    _u("¿qué es la intercalación (collation) de una columna?"),
    _u("¿por qué no devuelve nada mi NOT IN si la subconsulta tiene un NULL?"),
    _u("¿BETWEEN incluye los extremos?"),
    _u("¿qué significa DECIMAL(10,2)?"),
    _u("¿qué es un índice parcial?"),
    _u("¿qué es un deadlock en la base de datos?"),
    _u("¿qué es el bloqueo optimista?"),
    _u("¿qué es un borrado lógico y en qué se diferencia del físico?"),
    _u("en Django, ¿para qué sirven los objetos Q?"),
    _u("¿qué es un ModelForm en Django?"),
    _u("¿por qué Django me pide csrf_token en el formulario?"),
    _u("¿makemigrations y migrate no es lo mismo?"),
    _u("Flask: ¿qué es un blueprint?"),
    _u("FastAPI: ¿async def o def normal en los endpoints?"),
    _u("Laravel: ¿qué es la asignación masiva?"),
    _u("Eloquent: ¿para qué sirve with()?"),
    _u("¿qué es una promesa en JavaScript?"),
    _u("¿null o undefined para un campo vacío?"),
    _u("React: ¿para qué es el array de dependencias de useEffect?"),
    _u("Vue: ¿ref o reactive?"),
    _u("¿401 o 403 si el usuario no es dueño del recurso?"),
    _u("¿400 o 422 para errores de validación?"),
    _u("¿qué es un webhook?"),
    _u("¿qué es un archivo .env y por qué no se sube al repo?"),
    _u("Jest: ¿toBe o toEqual?"),
    _u("¿qué es un test de snapshot?"),
    _m(
        "¿qué es una expresión cron?",
        "Es una cadena de cinco campos (minuto, hora, día del mes, mes, día de la semana) que "
        "indica cuándo se ejecuta una tarea. Por ejemplo, 0 3 * * * es todos los días a las 3:00.",
        "¿y cada 15 minutos en horario laboral?",
    ),
]

B4_DE: list[B2Item] = [
    _u("Django: was ist der Unterschied zwischen null=True und default=None?"),
    _u("wofür ist @Transactional(propagation = REQUIRES_NEW) gut?"),
    _u("was macht RETURNING in Postgres?"),
    _u("Surrogatschlüssel oder natürlicher Schlüssel?"),
    _u("was ist ein Soft Delete?"),
    _u("was ist der Unterschied zwischen Unit- und Integrationstest?"),
    _u("Spring: wozu ResponseEntity?"),
    _u("warum ist SELECT * schlecht?"),
    _u("was bedeutet optimistisches Locking?"),
    _u("JUnit: assertEquals vs assertSame?"),
]

B4_ZH: list[B2Item] = [
    _u("MyBatis 里 #{} 和 ${} 有什么区别？"),
    _u("为什么 LIMIT 10000, 20 越往后翻页越慢？"),
    _u("DATETIME 和 TIMESTAMP 在 MySQL 里有啥不同？"),
    _u("什么是软删除？"),
    _u("联合主键什么时候用？"),
    _u("乐观锁和悲观锁有什么区别？"),
    _u("数据库三大范式是什么？"),
    _u("@Service 和 @Component 有区别吗？"),
    _u("Vue 里 computed 和 watch 什么时候用？"),
    _u("401 和 403 有什么区别？"),
]

B4_JA: list[B2Item] = [
    _u("Laravelのfirstとfindの違いって何ですか？"),
    _u("NULLと空文字、どっちで保存すべき？"),
    _u("pytestのfixtureとsetup_methodはどう使い分ける？"),
    _u("論理削除と物理削除、どっちがいい？"),
    _u("複合主キーっていつ使う？"),
    _u("楽観ロックって何ですか？"),
    _u("Railsのincludesとjoinsの違い"),
    _u("ReactのkeyってなんでIDにしないとダメなの？"),
    _u("単体テストと結合テストの違いは？"),
    _u("400と422、バリデーションエラーはどっち？"),
]

B4_EN: list[B2Item] = [
    _u("pandas: what does SettingWithCopyWarning actually mean?"),
    _u("go: why is my sql.Rows loop missing rows.Err()?"),
    _u("what does `inplace=True` do in pandas and why do people say avoid it"),
    _u("why does NOT IN return nothing when the subquery has a NULL?"),
    _u("what's a partial index and when would I use one?"),
    _u("timestamp vs timestamptz in postgres, which one?"),
    _u("what is optimistic locking?"),
    _u("django auto_now vs auto_now_add?"),
    _u("what's the difference between toBe and toEqual in jest?"),
    _u("401 or 403 when a user edits someone else's post?"),
]

B4_BY_LANG: dict[str, list[B2Item]] = {
    "fr": B4_FR,
    "pt": B4_PT,
    "it": B4_IT,
    "ko": B4_KO,
    "ru": B4_RU,
    "es": B4_ES,
    "de": B4_DE,
    "zh": B4_ZH,
    "ja": B4_JA,
    "en": B4_EN,
}


def _fourth_batch() -> Iterator[Example]:
    for lang, items in B4_BY_LANG.items():
        for index, (system, turns) in enumerate(items, 1):
            yield chat(LABEL, lang, f"{LABEL}/b4/{lang}/{index:03d}", *turns, system=system)


def examples() -> Iterator[Example]:
    """Every `crud` example: hand-written, templated families, then batches two to four."""
    yield from _hand_written()
    yield from _templated()
    yield from _second_batch()
    yield from _third_batch()
    yield from _fourth_batch()
