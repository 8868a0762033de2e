"""Ninth batch of `crud` examples (training only): hand-written, one group per example
("crud/b9/<lang>/<digest>"). Everyday app code as real users ask for it: plain-worded asks,
short follow-ups in coding chats, asks under editor, tutor and support-bot system prompts, and
pasted code, logs and tables with a routine fix or feature request."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "crud"

BY_LANG: dict[str, list[Item]] = {
    "en": [
        _u(
            "the list of customers should be sortable by last order date, newest first. it's the django admin"
        ),
        _u(
            "when someone signs up for the newsletter the form happily accepts stuff like 'bob@' as an email. can you make it reject that? plain html form + a bit of jquery"
        ),
        _u(
            "Write a SQL query that returns, for each month of 2023, the number of orders and the total revenue, from a table orders(id, created_at, total_cents)."
        ),
        _u(
            "need a bash script that deletes files older than 30 days in /var/backups/app but always keeps the 5 newest ones no matter what"
        ),
        _u(
            "Could you write a Go HTTP handler for PATCH /tasks/{id} that only updates the fields actually present in the JSON body?"
        ),
        _u(
            "I'm a teacher and keep grades in Google Sheets. Column B has scores out of 40. I want column C to show the letter: A for 36 and up, B for 30-35, C for 24-29, otherwise F. What formula do I put in C2?"
        ),
        _u(
            "rails: add soft delete to the Comment model so deleted comments vanish from the page but stay in the db"
        ),
        _u(
            "Kotlin Room entity 'Recipe' with id, title, minutes and a list of tags, plus the TypeConverter for the list"
        ),
        _u(
            "the invoice totals on our site are off by one cent sometimes. we add up prices as floats in javascript. whats the usual fix"
        ),
        _u(
            "write pytest tests for this: def slugify(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')"
        ),
        _u(
            "SwiftUI: show a list of items from a JSON endpoint with pull to refresh, nothing fancy"
        ),
        _u(
            "the page listing our volunteers shows everybody at once and it's getting slow with 4000 people. can it show 50 at a time with next/previous buttons? it's express and postgres"
        ),
        _u(
            "EF Core migration to rename the column 'Adress' to 'Address' on Customers without losing the data"
        ),
        _u(
            "my little flask app needs a 'forgot password' page. just the usual: enter email, get a link with a token that expires in an hour"
        ),
        _m(
            "write a python function that reads products.csv and returns the rows where stock is under 5",
            "```python\nimport csv\n\ndef low_stock(path, threshold=5):\n    with open(path, newline='', encoding='utf-8') as f:\n        return [row for row in csv.DictReader(f) if int(row['stock']) < threshold]\n```",
            "ok now the test",
        ),
        _m(
            "SQL to get the top 10 customers by total spent, tables customers and orders",
            "```sql\nSELECT c.id, c.name, SUM(o.total) AS spent\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nGROUP BY c.id, c.name\nORDER BY spent DESC\nLIMIT 10;\n```",
            "only this year",
        ),
        _m(
            "Express route that creates a user; validate that email looks like an email and the password is at least 10 chars.",
            "```js\napp.post('/users', async (req, res) => {\n  const { email, password } = req.body;\n  if (!/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(email)) return res.status(400).json({ error: 'invalid email' });\n  if (!password || password.length < 10) return res.status(400).json({ error: 'password too short' });\n  const user = await db.users.create({ email, passwordHash: await bcrypt.hash(password, 12) });\n  res.status(201).json({ id: user.id, email: user.email });\n});\n```",
            "same but in Go",
        ),
        _m(
            "node script that imports a csv with ~200k rows into a postgres table",
            "Stream it with `COPY` instead of inserting row by row:\n```js\nconst { pipeline } = require('stream/promises');\nconst fs = require('fs');\nconst { from: copyFrom } = require('pg-copy-streams');\n\nconst client = await pool.connect();\nawait pipeline(\n  fs.createReadStream('data.csv'),\n  client.query(copyFrom(\"COPY items(sku,name,price) FROM STDIN WITH (FORMAT csv, HEADER true)\"))\n);\nclient.release();\n```",
            "and if it fails halfway?",
        ),
        _m(
            "React form with name, email and a 'how did you hear about us' dropdown, controlled inputs",
            '```jsx\nfunction SignupForm({ onSubmit }) {\n  const [form, setForm] = useState({ name: \'\', email: \'\', source: \'\' });\n  const update = e => setForm({ ...form, [e.target.name]: e.target.value });\n  return (\n    <form onSubmit={e => { e.preventDefault(); onSubmit(form); }}>\n      <input name="name" value={form.name} onChange={update} />\n      <input name="email" type="email" value={form.email} onChange={update} />\n      <select name="source" value={form.source} onChange={update}>\n        <option value="">Choose…</option>\n        <option>Friend</option><option>Search</option><option>Social media</option>\n      </select>\n      <button>Send</button>\n    </form>\n  );\n}\n```',
            "make the dropdown required and show a red message if they skip it",
        ),
        _m(
            "crontab line to run /opt/app/backup.sh every night at 2am",
            "`0 2 * * * /opt/app/backup.sh >> /var/log/backup.log 2>&1`",
            "and sundays only?",
        ),
        _m(
            "js function that turns a timestamp into '3 days ago' style text",
            "```js\nfunction timeAgo(ts) {\n  const s = Math.floor((Date.now() - ts) / 1000);\n  const units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60]];\n  for (const [name, secs] of units) {\n    const n = Math.floor(s / secs);\n    if (n >= 1) return `${n} ${name}${n > 1 ? 's' : ''} ago`;\n  }\n  return `${s} seconds ago`;\n}\n```",
            "say 'just now' under a minute",
        ),
        _m(
            "Spring Boot JPA entities for Book and Author, a book has one author, an author many books",
            '```java\n@Entity\npublic class Author {\n  @Id @GeneratedValue private Long id;\n  private String name;\n  @OneToMany(mappedBy = "author") private List<Book> books = new ArrayList<>();\n}\n\n@Entity\npublic class Book {\n  @Id @GeneratedValue private Long id;\n  private String title;\n  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "author_id") private Author author;\n}\n```',
            "repository method to find books by author name?",
        ),
        _m(
            "rust: parse a line like `name=foo;age=12;city=oslo` into a HashMap<String, String>",
            "```rust\nfn parse(line: &str) -> HashMap<String, String> {\n    line.split(';')\n        .filter_map(|kv| kv.split_once('='))\n        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))\n        .collect()\n}\n```",
            "what if a key has no = at all, i want an error then",
        ),
        _m(
            "pandas: total sales per region from a dataframe with columns region, amount",
            "`totals = df.groupby('region', as_index=False)['amount'].sum()`",
            "sorted biggest first",
            "`totals = totals.sort_values('amount', ascending=False)`",
            "now save to excel with a bold header row",
        ),
        _m(
            "In our Laravel app, how do I validate that the product price is a positive number with max 2 decimals?",
            "In the form request:\n```php\npublic function rules(): array\n{\n    return [\n        'price' => ['required', 'numeric', 'gt:0', 'decimal:0,2'],\n    ];\n}\n```",
            "custom messages for those?",
        ),
        _s(
            "You are a coding agent running inside VS Code. The open file is src/api/orders.ts (Fastify + Prisma). Make minimal, focused edits.",
            "add a GET /orders endpoint that filters by the ?status= query param, default all",
        ),
        _s(
            "You are the help assistant of Shopfront, a website builder for small stores. Merchants can paste custom JavaScript into their store footer. Be friendly and give copy-paste-ready code.",
            "hi, can the add to cart button go grey when the quantity box is empty? customers keep clicking it with nothing in there",
        ),
        _s(
            "You are a teaching assistant for an intro to databases course. Give a hint first; give the full answer only if the student asks again.",
            "how do i find students who are enrolled in more than 3 courses? tables are students, courses and enrollments(student_id, course_id)",
        ),
        _s(
            "You are a coding assistant for a small web agency. Prefer PHP 8 with plain PDO, no frameworks.",
            "function that saves a contact form message (name, email, message) into the messages table",
            "```php\nfunction saveMessage(PDO $pdo, string $name, string $email, string $message): int\n{\n    $stmt = $pdo->prepare('INSERT INTO messages (name, email, message, created_at) VALUES (?, ?, ?, NOW())');\n    $stmt->execute([$name, $email, $message]);\n    return (int) $pdo->lastInsertId();\n}\n```",
            "now also email it to the shop owner",
        ),
        _s(
            "You are an assistant embedded in a Jupyter notebook. The dataframe `signups` is loaded.",
            "drop duplicate rows by email, keep the most recent signup_date",
        ),
        _s(
            "You are DevBot, the coding helper for Meridian Logistics' developers. House style: TypeScript, zod for validation, no classes.",
            "zod schema for a shipment: trackingId is exactly 12 chars, weightKg positive number, deliveredAt optional date",
        ),
        _u(
            "getting this when importing the supplier file, it worked last week:\n\n```\nTraceback (most recent call last):\n  File \"import_prices.py\", line 41, in <module>\n    main()\n  File \"import_prices.py\", line 33, in main\n    price = Decimal(row['Unit Price'])\nKeyError: 'Unit Price'\n```\n\nthe code:\n```python\nwith open(path, newline='') as f:\n    for row in csv.DictReader(f, delimiter=';'):\n        price = Decimal(row['Unit Price'])\n        upsert(row['SKU'], price)\n```\n\nwhen i print reader.fieldnames i get ['\\ufeffSKU', 'Unit price', 'Stock']. how do i make this robust?"
        ),
        _u(
            "The category filter on our blog does nothing, it always returns every post. What's wrong?\n\n```python\n# views.py\ndef post_list(request):\n    posts = Post.objects.filter(published=True)\n    category = request.GET.get('category')\n    if category:\n        posts.filter(category__slug=category)\n    return render(request, 'blog/list.html', {'posts': posts})\n```\n\nURL I'm testing: /blog/?category=recipes"
        ),
        _u(
            "here's the table:\n\n```\nappointments\n id | clinic_id | starts_at           | status\n----+-----------+---------------------+----------\n  1 |         3 | 2024-05-02 09:00:00 | done\n  2 |         3 | 2024-05-02 09:30:00 | no_show\n  3 |         1 | 2024-05-03 14:00:00 | cancelled\n  4 |         1 | 2024-05-03 14:30:00 | done\n```\n\nI need a report: per clinic and per week, how many were done, no_show, cancelled, and the no-show rate as a percentage. postgres."
        ),
        _u(
            'this test fails and I don\'t get why, 19.99 * 3 should be 59.97:\n\n```java\n@Test\nvoid totalForThreeItems() {\n    Cart cart = new Cart();\n    cart.add(new Item("mug", 19.99), 3);\n    assertEquals(59.97, cart.total());\n}\n```\n\n```\norg.opentest4j.AssertionFailedError: expected: <59.97> but was: <59.96999999999999>\n```\n\nCart.total() just sums price * qty as doubles. Should I change the test or the code?'
        ),
        _u(
            "This is supposed to load every page of results from our API but the last page always goes missing:\n\n```js\nasync function fetchAll() {\n  let page = 1;\n  const all = [];\n  let res = await fetch(`/api/items?page=${page}`).then(r => r.json());\n  while (page < res.totalPages) {\n    all.push(...res.items);\n    page++;\n    res = await fetch(`/api/items?page=${page}`).then(r => r.json());\n  }\n  return all;\n}\n```"
        ),
        _u(
            "My sheet 'Tasks' has columns: A Task | B Owner | C Due | D Status. When D says Done I want the row moved to a sheet called Archive (appended at the bottom) and deleted from Tasks. Can you write the Apps Script, ideally running when someone edits column D?"
        ),
        _u(
            "can someone give me a sql query that finds duplicate customers by phone number, ignoring spaces and dashes"
        ),
        _u(
            "Write a Python CLI with argparse that converts a CSV file to JSON, with --pretty and --delimiter options."
        ),
        _u(
            "in typescript how do i check a string is a real ISO date? '2024-02-30' should come back invalid"
        ),
        _u("ruby method that returns the next business day, skipping saturdays and sundays"),
        _u(
            "Our booking page lets people pick a checkout date that's before the check-in date. Please block that on the form and on the server too (Node/Express)."
        ),
        _u(
            "PHP: turn a flat mysql result (category, product, price) into a nested array grouped by category for a json response"
        ),
        _u(
            "how do i write a jest + testing-library test for a component that shows 'No results' when the list prop is empty"
        ),
        _u(
            "the shop search only finds 'T-shirt' if you type it exactly like that. customers type tshirt or t shirt and get nothing. django + postgres, what's the easiest fix"
        ),
        _u(
            "C# extension method to cut a string to N characters and add an ellipsis, without chopping a word in half"
        ),
        _u(
            "SwiftUI: how do I debounce a search field so it doesn't hit the API on every keystroke?"
        ),
        _u(
            "excel formula: count the unique values in column A but only for rows where column B says 'open'"
        ),
        _u("quick table-driven Go test for a func CelsiusToFahrenheit(c float64) float64"),
        _u("SQLite: add a NOT NULL column with a default to a table that already has rows in it"),
        _u(
            "Kotlin: turn a List<Order> into a CSV string with a header row, quoting fields that contain commas"
        ),
        _u(
            "hey so the 'member since' date on profile pages says 1970 for some old accounts. column is a nullable int of unix seconds, frontend is plain js. what do i do"
        ),
        _m(
            "bash: loop over the lines of hosts.txt and ping each once",
            '```bash\nwhile IFS= read -r host; do\n  ping -c1 -W2 "$host" >/dev/null && echo "$host up" || echo "$host DOWN"\ndone < hosts.txt\n```',
            "skip blank lines and lines starting with #",
        ),
        _m(
            "Flask-SQLAlchemy model for a Note: title, body, created_at",
            "```python\nclass Note(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    title = db.Column(db.String(200), nullable=False)\n    body = db.Column(db.Text, default='')\n    created_at = db.Column(db.DateTime, nullable=False, default=datetime.utcnow)\n```",
            "the alembic migration for it?",
        ),
        _m(
            "TS function to split an array into chunks of n",
            "```ts\nexport function chunk<T>(arr: T[], n: number): T[][] {\n  if (n <= 0) throw new Error('n must be > 0');\n  const out: T[][] = [];\n  for (let i = 0; i < arr.length; i += n) out.push(arr.slice(i, i + n));\n  return out;\n}\n```",
            "vitest tests for it",
        ),
        _m(
            "SQL to delete orders older than 2 years (postgres)",
            "`DELETE FROM orders WHERE created_at < now() - interval '2 years';`",
            "table is huge, can we do it 10k rows at a time",
        ),
        _m(
            "python: send a plain text email with smtplib",
            "```python\nimport smtplib\nfrom email.message import EmailMessage\n\nmsg = EmailMessage()\nmsg['Subject'] = 'Daily report'\nmsg['From'] = 'reports@example.com'\nmsg['To'] = 'team@example.com'\nmsg.set_content('Report attached.')\n\nwith smtplib.SMTP('smtp.example.com', 587) as s:\n    s.starttls()\n    s.login(os.environ['SMTP_USER'], os.environ['SMTP_PASS'])\n    s.send_message(msg)\n```",
            "with the report.xlsx attached",
        ),
        _m(
            "Go: read PORT from the environment with a default of 8080",
            '```go\nport := os.Getenv("PORT")\nif port == "" {\n    port = "8080"\n}\n```',
            "and TIMEOUT as a duration like 30s",
        ),
        _m(
            "little React hook that fetches JSON from a url and gives me data/loading/error",
            "```js\nfunction useJson(url) {\n  const [state, setState] = useState({ data: null, loading: true, error: null });\n  useEffect(() => {\n    fetch(url)\n      .then(r => { if (!r.ok) throw new Error(r.status); return r.json(); })\n      .then(data => setState({ data, loading: false, error: null }))\n      .catch(error => setState({ data: null, loading: false, error }));\n  }, [url]);\n  return state;\n}\n```",
            "cancel it if the component unmounts",
        ),
        _m(
            "SwiftUI form where you pick a product quantity",
            '```swift\nstruct QuantityForm: View {\n    @State private var qty = 1\n    var body: some View {\n        Form {\n            Stepper("Quantity: \\(qty)", value: $qty)\n        }\n    }\n}\n```',
            "min 1 max 10",
        ),
        _m(
            "Java record for a Money type (amount + currency)",
            "```java\npublic record Money(BigDecimal amount, Currency currency) {\n    public Money {\n        Objects.requireNonNull(amount);\n        Objects.requireNonNull(currency);\n        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);\n    }\n}\n```",
            "add a plus method",
            "```java\npublic Money plus(Money other) {\n    return new Money(amount.add(other.amount), currency);\n}\n```",
            "throw if the currencies differ",
        ),
        _m(
            "Rails scope for posts that are published (published_at in the past)",
            "```ruby\nscope :published, -> { where(published_at: ..Time.current) }\n```",
            "and one for the last 7 days that I can chain with it",
        ),
        _s(
            "You are Cody, the coding assistant in the team's JetBrains IDE. Current file: src/test/java/shop/PriceCalculatorTest.java (JUnit 5, AssertJ).",
            "add tests for applyDiscount: 0%, 100%, a normal 15%, and a negative percent which should throw",
        ),
        _s(
            "You are the support assistant for Tabletop Inventory, an inventory app for board game cafés. It has a REST API and a Google Sheets add-on.",
            "how can I get my full game list pulled into a google sheet every morning automatically?",
        ),
        _s(
            "You are a patient tutor for a high school computer science class. The class uses Python 3. Explain the bug before showing a fix.",
            "my program asks for 5 test scores and should print the average but it prints them stuck together like 8090759588 and then crashes",
        ),
        _s(
            "You are an AI pair programmer working in a Go repository (service: inventory, package store uses database/sql with Postgres).",
            "add a ListItems method to the store with limit and offset",
            "```go\nfunc (s *Store) ListItems(ctx context.Context, limit, offset int) ([]Item, error) {\n    rows, err := s.db.QueryContext(ctx,\n        `SELECT id, sku, name, qty FROM items ORDER BY id LIMIT $1 OFFSET $2`, limit, offset)\n    if err != nil {\n        return nil, err\n    }\n    defer rows.Close()\n    var items []Item\n    for rows.Next() {\n        var it Item\n        if err := rows.Scan(&it.ID, &it.SKU, &it.Name, &it.Qty); err != nil {\n            return nil, err\n        }\n        items = append(items, it)\n    }\n    return items, rows.Err()\n}\n```",
            "tests pls, we use sqlmock",
        ),
        _s(
            "You are the helper inside Gridbase, a no-code database tool. Field formulas use a small expression language with IF(), AND(), OR(), TODAY(), DATEDIFF(a, b, unit), CONCAT().",
            "i want a formula field that says 'overdue' when due date is before today and status isn't Done, otherwise blank",
        ),
        _u(
            "getting this from the search endpoint when someone sorts by price:\n\n```\nError: ER_BAD_FIELD_ERROR: Unknown column 'price desc' in 'order clause'\n    at Query.Sequence._packetToError (/app/node_modules/mysql/lib/protocol/sequences/Sequence.js:47:14)\n```\n\n```js\napp.get('/products', (req, res) => {\n  const sort = req.query.sort || 'name';\n  const dir = req.query.dir || 'asc';\n  db.query('SELECT * FROM products ORDER BY ??', [`${sort} ${dir}`], (err, rows) => {\n    if (err) return res.status(500).send(err.message);\n    res.json(rows);\n  });\n});\n```\n\nhow should sort and direction be passed? only name, price and created_at should be allowed."
        ),
        _u(
            'go test output:\n\n```\n--- FAIL: TestParseAmount (0.00s)\n    --- FAIL: TestParseAmount/thousands_separator (0.00s)\n        amount_test.go:27: ParseAmount("1,250.00") = 0, error strconv.ParseFloat: parsing "1,250.00": invalid syntax; want 125000\n    --- FAIL: TestParseAmount/negative_in_parens (0.00s)\n        amount_test.go:27: ParseAmount("(42.10)") = 0, error strconv.ParseFloat: parsing "(42.10)": invalid syntax; want -4210\nFAIL\nexit status 1\n```\n\n```go\n// ParseAmount returns cents.\nfunc ParseAmount(s string) (int64, error) {\n    f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)\n    if err != nil {\n        return 0, err\n    }\n    return int64(math.Round(f * 100)), nil\n}\n```\n\nmake both cases pass please, without floats if possible'
        ),
        _u(
            "Here's what the club's old membership spreadsheet looks like when exported:\n\n```\nMember No,Joined,Tier,Boat Class,Locker,Paid Through\n0012,03/14/2009,Full,Laser,L-07,12/31/2024\n0047,9/2/2015,Junior,Optimist,,06/30/2025\n0105,11/21/2021,Social,,L-22,12/31/2024\n```\n\nI want a Python script that loads this into a SQLite table with proper types: member_no as int, dates as ISO dates, empty strings as NULL, tier restricted to Full/Junior/Social (reject the row and print it otherwise)."
        ),
        _u(
            "Can you clean this up and add unit tests? It works but nobody dares touch it.\n\n```php\nfunction shipping($country, $weight, $express) {\n    if ($country == 'US') {\n        if ($weight < 1) { $c = 5; } else if ($weight < 5) { $c = 9; } else { $c = 15; }\n    } else if ($country == 'CA' || $country == 'MX') {\n        if ($weight < 1) { $c = 8; } else if ($weight < 5) { $c = 14; } else { $c = 25; }\n    } else {\n        if ($weight < 1) { $c = 12; } else if ($weight < 5) { $c = 22; } else { $c = 40; }\n    }\n    if ($express == true) { $c = $c * 1.5; }\n    return $c;\n}\n```"
        ),
        _u(
            "tsc is unhappy after I turned on strict:\n\n```\nsrc/cart.ts:14:22 - error TS2532: Object is possibly 'undefined'.\n\n14     const price = prices.get(item.sku).amount;\n                        ~~~~~~~~~~~~~~~~~~~~~~\n\nsrc/cart.ts:21:5 - error TS7006: Parameter 'line' implicitly has an 'any' type.\n\n21     (line) => line.qty * line.price\n       ~~~~\n\nFound 2 errors in the same file, starting at: src/cart.ts:14\n```\n\n```ts\nexport function total(items: CartItem[], prices: Map<string, Price>) {\n  const lines = items.map(item => {\n    const price = prices.get(item.sku).amount;\n    return { qty: item.qty, price };\n  });\n  return lines.reduce(\n    (sum, l) => sum + l, 0,\n  ) && lines.map(\n    (line) => line.qty * line.price\n  ).reduce((a, b) => a + b, 0);\n}\n```\n\nwhat should a missing price do? throw, I think."
        ),
        _u(
            "From our product owner, for the admin panel (Next.js + Prisma):\n\nDiscount codes page\n- table of codes: code, type (percent / fixed), value, valid from, valid to, uses so far / max uses, active toggle\n- search by code, filter active/expired\n- create + edit form: code must be uppercase letters and digits, 4-20 chars, unique; percent 1-90; fixed amount > 0; valid to after valid from\n- deleting is not allowed once a code has been used; deactivate instead\n\nCan you give me the Prisma model, the API routes and the form validation with zod?"
        ),
    ],
    "es": [
        _u(
            "tengo una tabla de clientes en MySQL y necesito sacar los que no han comprado nada en los últimos 6 meses"
        ),
        _u(
            "como hago que el campo de teléfono del formulario solo acepte números y tenga 9 dígitos?? es un form en React"
        ),
        _u(
            "necesito un script en Python que renombre todas las fotos de una carpeta con la fecha en que se hicieron, sacada del EXIF, tipo 2024-07-15_103212.jpg"
        ),
        _u(
            "En Excel tengo fechas en la columna A y quiero que en la B salga el nombre del día de la semana en español (lunes, martes...)"
        ),
        _u(
            "hazme el modelo de Sequelize para una tabla de reservas del restaurante: fecha, hora, número de comensales, estado (pendiente/confirmada/cancelada)"
        ),
        _u(
            "La lista de productos de la tienda tiene que poder filtrarse por precio mínimo y máximo. El backend es Django REST Framework, ¿qué añado al viewset?"
        ),
        _u("¿Cómo redondeo un importe a dos decimales en C# de forma que 2,675 dé 2,68 y no 2,67?"),
        _u(
            "migración de Laravel para añadir una columna booleana 'activo' con valor por defecto true a la tabla usuarios"
        ),
        _u(
            "test con Jest para una función calcularIva(precio) que aplica el 21% y redondea a céntimos"
        ),
        _u(
            "Spring Boot: endpoint DELETE /api/productos/{id} que devuelva 404 si no existe y 204 si se borra"
        ),
        _u(
            "query en postgres para contar los pedidos por estado (pendiente, enviado, entregado) y que salgan también los estados que tienen cero"
        ),
        _u(
            "quiero un programita de línea de comandos en Go que lea un archivo JSON y lo imprima bonito con sangría, y si el JSON está mal que diga en qué línea"
        ),
        _u(
            "en la app de la peluquería las citas salen con una hora de diferencia desde el cambio de hora. guardamos la hora con new Date() en el navegador y la enseñamos en el móvil, qué estamos haciendo mal"
        ),
        _u(
            "regex para validar un DNI español, 8 números y una letra, y si puede ser comprobando que la letra sea la correcta"
        ),
        _m(
            "hazme un CRUD de tareas con FastAPI y SQLModel",
            "```python\nclass Tarea(SQLModel, table=True):\n    id: int | None = Field(default=None, primary_key=True)\n    titulo: str\n    hecha: bool = False\n\n@app.post('/tareas')\ndef crear(t: Tarea, s: Session = Depends(get_session)):\n    s.add(t); s.commit(); s.refresh(t)\n    return t\n\n@app.get('/tareas')\ndef listar(s: Session = Depends(get_session)):\n    return s.exec(select(Tarea)).all()\n\n@app.patch('/tareas/{id}')\ndef actualizar(id: int, datos: dict, s: Session = Depends(get_session)):\n    t = s.get(Tarea, id) or abort404()\n    for k, v in datos.items(): setattr(t, k, v)\n    s.commit(); return t\n\n@app.delete('/tareas/{id}', status_code=204)\ndef borrar(id: int, s: Session = Depends(get_session)):\n    s.delete(s.get(Tarea, id)); s.commit()\n```",
            "ahora con paginación",
        ),
        _m(
            "cómo leo un Excel con pandas y me quedo solo con las filas donde 'Región' sea 'Norte'?",
            "```python\nimport pandas as pd\ndf = pd.read_excel('ventas.xlsx')\nnorte = df[df['Región'] == 'Norte']\n```",
            "y guardarlo en csv con punto y coma",
        ),
        _m(
            "función en PHP que genere un slug a partir de un título con tildes y eñes",
            "```php\nfunction slug(string $t): string {\n    $t = iconv('UTF-8', 'ASCII//TRANSLIT', $t);\n    $t = strtolower(preg_replace('/[^A-Za-z0-9]+/', '-', $t));\n    return trim($t, '-');\n}\n```\n`slug('Año nuevo en Málaga')` → `ano-nuevo-en-malaga`",
            "y que no se repita si ya existe en la base de datos",
        ),
        _m(
            "consulta SQL con las ventas por vendedor del mes pasado",
            "```sql\nSELECT vendedor_id, SUM(importe) AS total\nFROM ventas\nWHERE fecha >= date_trunc('month', now()) - interval '1 month'\n  AND fecha <  date_trunc('month', now())\nGROUP BY vendedor_id\nORDER BY total DESC;\n```",
            "es MySQL, no existe date_trunc",
        ),
        _m(
            "en Vue 3 cómo hago una tabla que se ordene al hacer clic en la cabecera?",
            '```vue\n<script setup>\nconst props = defineProps({ filas: Array })\nconst campo = ref(\'nombre\'), asc = ref(true)\nconst ordenadas = computed(() => [...props.filas].sort((a, b) =>\n  (a[campo.value] > b[campo.value] ? 1 : -1) * (asc.value ? 1 : -1)))\nfunction ordenar(c) { asc.value = campo.value === c ? !asc.value : true; campo.value = c }\n</script>\n<template>\n  <table><thead><tr>\n    <th @click="ordenar(\'nombre\')">Nombre</th><th @click="ordenar(\'precio\')">Precio</th>\n  </tr></thead>\n  <tbody><tr v-for="f in ordenadas" :key="f.id"><td>{{ f.nombre }}</td><td>{{ f.precio }}</td></tr></tbody></table>\n</template>\n```',
            "que salga una flechita con el orden",
        ),
        _m(
            "Flutter: cómo valido que el campo email no esté vacío en un TextFormField",
            "```dart\nTextFormField(\n  decoration: const InputDecoration(labelText: 'Email'),\n  validator: (v) => (v == null || v.trim().isEmpty) ? 'El email es obligatorio' : null,\n)\n```\nY en el botón: `if (_formKey.currentState!.validate()) { ... }`",
            "y que 'repetir contraseña' coincida con la contraseña?",
        ),
        _m(
            "script bash que comprima los logs de ayer de /var/log/miapp",
            '```bash\n#!/bin/bash\nayer=$(date -d yesterday +%F)\nfind /var/log/miapp -name "*${ayer}*.log" -exec gzip {} \\;\n```',
            "y que borre los .gz de hace más de una semana",
        ),
        _m(
            "clase en Java para una cuenta con métodos depositar y retirar",
            "```java\npublic class Cuenta {\n    private BigDecimal saldo = BigDecimal.ZERO;\n    public void depositar(BigDecimal c) { saldo = saldo.add(c); }\n    public void retirar(BigDecimal c) { saldo = saldo.subtract(c); }\n    public BigDecimal getSaldo() { return saldo; }\n}\n```",
            "que no deje retirar más de lo que hay",
            '```java\npublic void retirar(BigDecimal c) {\n    if (c.compareTo(saldo) > 0) throw new IllegalStateException("Saldo insuficiente");\n    saldo = saldo.subtract(c);\n}\n```',
            "vale, ahora los tests con JUnit 5",
        ),
        _m(
            "en Django cómo mando un correo de bienvenida cuando alguien se registra?",
            "Con una señal `post_save`:\n```python\n@receiver(post_save, sender=User)\ndef bienvenida(sender, instance, created, **kw):\n    if created:\n        send_mail('Bienvenido', 'Gracias por registrarte', None, [instance.email])\n```",
            "prefiero sin señales, directamente en la vista de registro",
        ),
        _m(
            "fórmula de Google Sheets para sumar la columna C solo cuando la A sea 'Madrid'",
            '`=SUMAR.SI(A:A; "Madrid"; C:C)`',
            "y si es Madrid o Barcelona?",
        ),
        _s(
            "Eres el asistente de programación integrado en el editor del equipo web de Hornos Ruiz, una panadería con tienda online en Django. Responde en español y con código listo para pegar.",
            "añade un campo 'alérgenos' al modelo Producto (puede tener varios: gluten, lactosa, frutos secos...) y la migración",
        ),
        _s(
            "Eres tutor de programación para alumnos de un bootcamp. Explica paso a paso y sin jerga innecesaria.",
            "hice una lista de la compra en JavaScript pero cuando recargo la página se borra todo, cómo hago que se guarde?",
        ),
        _s(
            "Eres el asistente de soporte de FacturaFácil, un programa de facturación con API REST pública documentada en /docs. Ayuda a los clientes con integraciones.",
            "cómo saco todas las facturas de marzo desde la API con Python? veo que la respuesta viene por páginas de 50",
        ),
        _s(
            "You are a coding assistant. The user's repository is a Ruby on Rails 7 app. Reply in the user's language.",
            "crea el scaffold de Evento con título, lugar, fecha y aforo",
            "```bash\nbin/rails generate scaffold Evento titulo:string lugar:string fecha:datetime aforo:integer\nbin/rails db:migrate\n```",
            "valida que el aforo sea mayor que cero y que la fecha no sea pasada",
        ),
        _s(
            "Eres un asistente para los analistas de datos de una cadena de supermercados. Trabajan con BigQuery; la tabla de tickets es `ventas.tickets(ticket_id, tienda_id, fecha_hora, importe)`.",
            "necesito el ticket medio por tienda y por día de la semana",
        ),
        _s(
            "Eres un asistente de código dentro del IDE. Archivo abierto: src/utils/fechas.ts.",
            "haz una función esDiaLaborable(fecha) que devuelva false en fin de semana y en los festivos nacionales de 2025 (lista fija)",
        ),
        _u(
            "me sale esto al abrir la página de pedidos:\n\n```\nUncaught TypeError: Cannot read properties of undefined (reading 'map')\n    at ListaPedidos (ListaPedidos.jsx:12:24)\n```\n\n```jsx\nexport default function ListaPedidos() {\n  const [datos, setDatos] = useState();\n  useEffect(() => {\n    fetch('/api/pedidos').then(r => r.json()).then(setDatos);\n  }, []);\n  return (\n    <ul>\n      {datos.pedidos.map(p => <li key={p.id}>{p.cliente} - {p.total} €</li>)}\n    </ul>\n  );\n}\n```\n\nla API sí devuelve {\"pedidos\": [...]}, lo he mirado en el navegador"
        ),
        _u(
            "El proveedor nos manda un CSV así:\n\n```\nreferencia;descripcion;precio;stock\nA-1001;Tornillo 4x20;1.234,50;120\nA-1002;Tuerca M4;0,35;4000\nA-1003;Arandela;12,00;\n```\n\ny al leerlo con pandas los precios salen como texto y el 1.234,50 da error al convertir. Cómo lo leo bien, y el stock vacío que quede en 0"
        ),
        _u(
            "al guardar un producto me sale esto en laravel.log:\n\n```\n[2024-11-04 10:12:33] local.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'camiseta-basica' for key 'productos.productos_slug_unique'\n```\n\n```php\npublic function store(Request $request)\n{\n    $producto = new Producto($request->validated());\n    $producto->slug = Str::slug($request->nombre);\n    $producto->save();\n    return redirect()->route('productos.index');\n}\n```\n\nquiero que si existe ponga camiseta-basica-2, -3, etc."
        ),
        _u(
            "Hola! Soy la responsable de producto y necesito que alguien me pase el HTML con validación para este formulario de alta de socios del club, luego lo conecta el programador:\n\n- Nombre y apellidos: obligatorio\n- Fecha de nacimiento: obligatoria, tiene que ser mayor de 16 años\n- Email: obligatorio, formato válido\n- Teléfono: opcional, 9 cifras\n- Modalidad: Mensual / Trimestral / Anual (obligatoria)\n- Acepto las normas del club: casilla obligatoria\n\nQue los errores salgan debajo de cada campo en rojo."
        ),
        _u(
            "Las facturas con vencimiento a un mes salen mal cuando se emiten el 31 de enero:\n\n```php\n$emision = '2025-01-31';\n$vencimiento = date('Y-m-d', strtotime($emision . ' +1 month'));\necho $vencimiento; // 2025-03-03 ???\n```\n\nQuiero que dé 2025-02-28 (último día del mes siguiente si no existe el mismo día)."
        ),
        _u(
            "necesito sacar el stock valorizado por almacén (cantidad × coste medio) en SQL Server, tablas stock(articulo_id, almacen_id, cantidad) y articulos(id, coste_medio)"
        ),
        _u(
            "cómo paso una lista de diccionarios de Python a un Excel con una hoja por cada categoría?"
        ),
        _u("oye, en Angular cómo hago que los importes salgan como 1.234,56 € en la plantilla"),
        _u(
            "Quisiera un endpoint en Laravel que devuelva los pedidos de un cliente en JSON, paginados de 20 en 20 y del más nuevo al más viejo."
        ),
        _u(
            "los precios en la web salen con punto decimal (12.50) y los clientes se lían, queremos 12,50. la web es Django con plantillas"
        ),
        _u(
            "script de PowerShell que copie cada noche la carpeta Facturas a un disco externo y deje un log con lo copiado"
        ),
        _u(
            "Necesito validar en el backend con Express que el código postal tenga 5 dígitos y empiece entre 01 y 52"
        ),
        _u("Kotlin: convertir un String '2025-03-15' a LocalDate y sumarle 30 días"),
        _u(
            "cómo escribo un test en RSpec para que el modelo Reserva no permita reservas solapadas en la misma pista"
        ),
        _u("en Go, cómo hago rows.Scan cuando algunas columnas pueden venir NULL?"),
        _u(
            "Google Sheets: fórmula para sacar el número de semana del año a partir de una fecha, que la semana empiece en lunes"
        ),
        _u(
            "tengo un formulario de inscripción a un torneo de pádel y quiero que si eliges 'dobles' aparezca el campo del compañero y sea obligatorio. HTML y JS sin frameworks"
        ),
        _u("Rust: leer un archivo de configuración TOML con serde y usar valores por defecto"),
        _u("SwiftUI: mostrar un alert de confirmación antes de borrar una fila de la lista"),
        _m(
            "endpoint en NestJS para crear un producto con validación",
            "```ts\nexport class CreateProductoDto {\n  @IsString() @IsNotEmpty() nombre: string;\n  @IsNumber({ maxDecimalPlaces: 2 }) @IsPositive() precio: number;\n  @IsInt() @Min(0) stock: number;\n}\n\n@Controller('productos')\nexport class ProductosController {\n  constructor(private readonly service: ProductosService) {}\n\n  @Post()\n  crear(@Body() dto: CreateProductoDto) {\n    return this.service.crear(dto);\n  }\n}\n```",
            "y el test e2e",
        ),
        _m(
            "cómo hago en pandas una tabla dinámica de ventas por mes y por tienda",
            "```python\ndf['mes'] = df['fecha'].dt.to_period('M')\ntabla = df.pivot_table(index='mes', columns='tienda', values='importe', aggfunc='sum', fill_value=0)\n```",
            "con totales de fila y de columna",
        ),
        _m(
            "función en JS que valide una contraseña: mínimo 8 caracteres, una mayúscula y un número",
            "```js\nfunction esValida(pw) {\n  return pw.length >= 8 && /[A-Z]/.test(pw) && /\\d/.test(pw);\n}\n```",
            "que me diga qué requisito falta en vez de true/false",
        ),
        _m(
            "Python: descargar una página y sacar todos los títulos h2",
            "```python\nimport requests\nfrom bs4 import BeautifulSoup\n\nhtml = requests.get(url, timeout=10).text\ntitulos = [h.get_text(strip=True) for h in BeautifulSoup(html, 'html.parser').find_all('h2')]\n```",
            "para una lista de urls y guardarlo todo en un csv",
        ),
        _m(
            "Spring Data JPA: pedidos entre dos fechas",
            "```java\nList<Pedido> findByFechaBetween(LocalDate desde, LocalDate hasta);\n```",
            "y que filtre por estado solo si me lo pasan",
        ),
        _m(
            "modelo Django para una biblioteca de barrio: libros y préstamos",
            "```python\nclass Libro(models.Model):\n    titulo = models.CharField(max_length=200)\n    autor = models.CharField(max_length=150)\n    isbn = models.CharField(max_length=13, unique=True)\n\nclass Prestamo(models.Model):\n    libro = models.ForeignKey(Libro, on_delete=models.PROTECT, related_name='prestamos')\n    socio = models.ForeignKey('Socio', on_delete=models.PROTECT)\n    fecha_salida = models.DateField(auto_now_add=True)\n    fecha_devolucion = models.DateField(null=True, blank=True)\n```",
            "un método en Libro que diga si está disponible",
        ),
        _m(
            "Dockerfile para mi app de Flask con gunicorn",
            '```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n```',
            "que no corra como root",
        ),
        _m(
            "C#: clase Producto con validaciones usando DataAnnotations",
            '```csharp\npublic class Producto\n{\n    [Required, StringLength(100)] public string Nombre { get; set; } = "";\n    [Range(0.01, 100000)] public decimal Precio { get; set; }\n    [Range(0, int.MaxValue)] public int Stock { get; set; }\n}\n```',
            "cómo la valido a mano en una app de consola, fuera de ASP.NET",
        ),
        _m(
            "en React cómo hago un formulario de varios pasos (datos personales, dirección, pago)",
            "```jsx\nfunction Asistente() {\n  const [paso, setPaso] = useState(0);\n  const [datos, setDatos] = useState({});\n  const pasos = [<Personales />, <Direccion />, <Pago />];\n  const siguiente = parcial => { setDatos(d => ({ ...d, ...parcial })); setPaso(p => p + 1); };\n  return React.cloneElement(pasos[paso], { datos, onSiguiente: siguiente });\n}\n```",
            "que se pueda volver atrás sin perder lo escrito",
            "Pasa también `onAtras={() => setPaso(p => p - 1)}` y que cada paso inicialice sus campos desde `datos` (por ejemplo `useState(datos.nombre ?? '')`). Así al volver ves lo que ya escribiste.",
            "y una barrita de progreso arriba",
        ),
        _m(
            "regex para sacar los hashtags de un texto",
            "`const tags = texto.match(/#\\w+/g) || [];`",
            "no me pilla #añoNuevo ni #café",
        ),
        _s(
            "Eres Copiloto, el asistente de código del equipo de informática de una cooperativa agrícola. Stack: PHP 8.2, Symfony 6, MySQL.",
            "necesito un comando de consola que importe las entregas de aceituna del día desde un CSV (socio, kilos, variedad, rendimiento) a la tabla entregas",
        ),
        _s(
            "Eres un asistente para profesores de secundaria que enseñan programación con Python. Da material listo para clase.",
            "dame un ejercicio resuelto de diccionarios: contar cuántas veces sale cada palabra en un texto, con la solución comentada línea a línea",
        ),
        _s(
            "Eres el asistente de soporte de MercadoLocal, plataforma de tiendas online. Los comercios pueden añadir scripts en el checkout con acceso al objeto `carrito`.",
            "quiero que el código de descuento VERANO solo funcione si el carrito pasa de 50 €, cómo lo hago con un script?",
        ),
        _s(
            "You are a coding assistant inside Cursor. Reply in Spanish. Project: Expo React Native app written in TypeScript.",
            "pantalla con una lista de gastos (concepto, importe, fecha) y un botón para añadir uno",
            "```tsx\nexport default function Gastos() {\n  const [gastos, setGastos] = useState<Gasto[]>([]);\n  const [concepto, setConcepto] = useState('');\n  const [importe, setImporte] = useState('');\n  const anadir = () => {\n    setGastos([{ id: Date.now().toString(), concepto, importe: Number(importe.replace(',', '.')), fecha: new Date().toISOString() }, ...gastos]);\n    setConcepto(''); setImporte('');\n  };\n  return (\n    <View style={{ padding: 16 }}>\n      <TextInput placeholder=\"Concepto\" value={concepto} onChangeText={setConcepto} />\n      <TextInput placeholder=\"Importe\" keyboardType=\"decimal-pad\" value={importe} onChangeText={setImporte} />\n      <Button title=\"Añadir\" onPress={anadir} />\n      <FlatList data={gastos} keyExtractor={g => g.id} renderItem={({ item }) => <Text>{item.concepto}: {item.importe.toFixed(2)} €</Text>} />\n    </View>\n  );\n}\n```",
            "guárdalos con AsyncStorage",
        ),
        _s(
            "Eres un asistente de Excel para el departamento de compras de una distribuidora. Usan Excel 365 en español.",
            "fórmula que me traiga el último precio de compra de cada artículo desde la hoja Historial (columnas Fecha, Artículo, Precio)",
        ),
        _u(
            "Tenemos el horario de la academia en esta tabla:\n\n```\nclases\n id | aula | profesor_id | dia | hora_inicio | hora_fin\n----+------+-------------+-----+-------------+---------\n  1 | A1   | 4           | LUN | 17:00       | 18:30\n  2 | A1   | 7           | LUN | 18:00       | 19:00\n  3 | B2   | 4           | LUN | 18:00       | 19:30\n```\n\nNecesito una consulta (PostgreSQL) que saque los solapamientos: misma aula a la vez, o mismo profesor en dos clases a la vez. En el ejemplo saldrían 1-2 (aula) y 1-3 (profesor)."
        ),
        _u(
            'en el carrito, cuando subo la cantidad de un producto no se actualiza el total hasta que toco otra cosa:\n\n```jsx\nfunction Carrito() {\n  const [lineas, setLineas] = useState(inicial);\n  const cambiarCantidad = (id, cantidad) => {\n    const l = lineas.find(x => x.id === id);\n    l.cantidad = cantidad;\n    setLineas(lineas);\n  };\n  const total = lineas.reduce((s, l) => s + l.precio * l.cantidad, 0);\n  return (\n    <>\n      {lineas.map(l => (\n        <input key={l.id} type="number" value={l.cantidad} onChange={e => cambiarCantidad(l.id, +e.target.value)} />\n      ))}\n      <p>Total: {total.toFixed(2)} €</p>\n    </>\n  );\n}\n```'
        ),
        _u(
            "arranco el proyecto de Spring Boot nuevo y no levanta:\n\n```\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.\n\nReason: Failed to determine a suitable driver class\n```\n\nen el pom tengo spring-boot-starter-data-jpa y spring-boot-starter-web, nada más. De momento solo quiero probar con una base en memoria para los tests y las pruebas en local. ¿Qué añado y qué pongo en application.properties?"
        ),
        _u(
            "Soy profe de primaria y un compañero me está haciendo una web para poner las notas de los exámenes de clase. Le he escrito esto, ¿le puedes preparar la base de datos y las consultas?\n\n- Hay alumnos, asignaturas y exámenes (cada examen es de una asignatura y tiene fecha)\n- Cada alumno tiene una nota por examen, de 0 a 10 con un decimal\n- Quiero ver la media de cada alumno por asignatura y trimestre (1º: sep-dic, 2º: ene-mar, 3º: abr-jun)\n- Y un listado de los exámenes que aún no tienen todas las notas puestas\n\nUsamos MySQL."
        ),
        _u(
            "tengo esta página que pinta la tabla de socios y quiero que se pueda ordenar pinchando en la cabecera (por nombre, fecha de alta o cuota):\n\n```php\n<?php\n$socios = $pdo->query('SELECT nombre, fecha_alta, cuota FROM socios')->fetchAll();\n?>\n<table>\n  <tr><th>Nombre</th><th>Alta</th><th>Cuota</th></tr>\n  <?php foreach ($socios as $s): ?>\n    <tr>\n      <td><?= htmlspecialchars($s['nombre']) ?></td>\n      <td><?= $s['fecha_alta'] ?></td>\n      <td><?= $s['cuota'] ?></td>\n    </tr>\n  <?php endforeach; ?>\n</table>\n```\n\nsin que se pueda meter cualquier cosa en el ORDER BY, claro"
        ),
    ],
    "de": [
        _u(
            "Ich brauche eine SQL-Abfrage für unseren Sportverein: alle Mitglieder, für die es dieses Jahr noch keinen Eintrag in der Tabelle beitraege gibt. Tabellen: mitglieder(id, name), beitraege(mitglied_id, jahr, betrag)"
        ),
        _u("wie parse ich in TypeScript ein Datum im Format TT.MM.JJJJ ohne extra Library"),
        _u(
            "Unser Shop soll bei der Postleitzahl nur genau 5 Ziffern annehmen, das Formular ist in Vue 3 gebaut"
        ),
        _u(
            "Schreib mir ein kleines Python-Skript, das alle PDFs in einem Ordner anhand des Datums im Dateinamen (rechnung_2024-03-12.pdf) in Unterordner pro Monat verschiebt"
        ),
        _u(
            "Excel: In Spalte A stehen Artikelnummern, manche kommen doppelt vor. Wie kann ich die Duplikate per Formel markieren?"
        ),
        _u(
            "Symfony: Doctrine-Entity für Rechnungspositionen mit Menge, Einzelpreis und MwSt-Satz, plus eine Methode für den Bruttobetrag"
        ),
        _u(
            "Die Kundenliste im Backoffice soll nach PLZ-Bereich filterbar sein (z.B. 80000-89999). Backend ist Spring Boot mit JPA, wie sieht das Repository aus?"
        ),
        _u(
            "Wie runde ich in Python Beträge auf 5 Rappen? Für einen Schweizer Kassenbon, 12.32 soll 12.30 werden und 12.33 dann 12.35"
        ),
        _u("Go: YAML-Konfig in ein Struct einlesen, mit Standardwerten wenn Felder fehlen"),
        _u(
            "ich bräuchte ne Alembic-Migration, die aus full_name zwei Spalten vorname und nachname macht und die vorhandenen Daten beim ersten Leerzeichen aufteilt"
        ),
        _u(
            "xUnit-Tests für eine Methode bool IsValidIban(string iban) – gültige, zu kurze, falsche Prüfsumme, Leerzeichen drin"
        ),
        _u("Wie lösche ich in MongoDB automatisch alle Sessions, die älter als 7 Tage sind?"),
        _u(
            "Rust: kleines CLI mit clap, das zwei Zahlen und einen Operator (+ - * /) nimmt und das Ergebnis ausgibt, Division durch 0 abfangen"
        ),
        _u(
            "Bei unserem Terminbuchungs-Formular kann man Termine in der Vergangenheit auswählen, das darf nicht gehen. Wie verhindere ich das im Datepicker und auch serverseitig in PHP?"
        ),
        _u(
            "kotlin: liste von bestellungen nach datum gruppieren und pro tag die summe bilden, bestellungen haben ein LocalDateTime"
        ),
        _m(
            "SQL: Umsatz pro Kategorie aus bestellpositionen und artikel",
            "```sql\nSELECT a.kategorie, SUM(bp.menge * bp.preis) AS umsatz\nFROM bestellpositionen bp\nJOIN artikel a ON a.id = bp.artikel_id\nGROUP BY a.kategorie\nORDER BY umsatz DESC;\n```",
            "nur die über 10.000 €",
        ),
        _m(
            "Python-Funktion, die grob prüft, ob ein String eine gültige E-Mail-Adresse ist",
            '```python\nimport re\n\nEMAIL_RE = re.compile(r"^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$")\n\ndef ist_email(s: str) -> bool:\n    return bool(EMAIL_RE.match(s.strip()))\n```',
            "jetzt pytest dazu, parametrisiert",
        ),
        _m(
            "Laravel: Blade-Formular zum Bearbeiten eines Artikels (titel, text)",
            '```blade\n<form method="POST" action="{{ route(\'artikel.update\', $artikel) }}">\n  @csrf @method(\'PUT\')\n  <input name="titel" value="{{ old(\'titel\', $artikel->titel) }}">\n  @error(\'titel\') <p class="error">{{ $message }}</p> @enderror\n  <textarea name="text">{{ old(\'text\', $artikel->text) }}</textarea>\n  <button>Speichern</button>\n</form>\n```',
            "mit Bild-Upload bitte",
        ),
        _m(
            "Einzeiler: alle .jpg im Ordner nach .webp konvertieren",
            '`for f in *.jpg; do cwebp -q 80 "$f" -o "${f%.jpg}.webp"; done`',
            "auch in Unterordnern",
        ),
        _m(
            "Django-Model für eine Veranstaltung mit Titel, Start und Ende",
            "```python\nclass Veranstaltung(models.Model):\n    titel = models.CharField(max_length=200)\n    start = models.DateTimeField()\n    ende = models.DateTimeField()\n\n    class Meta:\n        ordering = ['start']\n```",
            "Ende darf nicht vor dem Start liegen",
        ),
        _m(
            "JS: Array von Personen-Objekten nach Nachname sortieren",
            "`personen.sort((a, b) => a.nachname < b.nachname ? -1 : a.nachname > b.nachname ? 1 : 0);`",
            "Ö und Ü landen ganz am Ende, warum",
        ),
        _m(
            "TypeScript-Interface für eine API-Antwort mit einer Benutzerliste (id, name, email, rolle)",
            "```ts\nexport interface Benutzer {\n  id: number;\n  name: string;\n  email: string;\n  rolle: 'admin' | 'redakteur' | 'leser';\n}\n\nexport type BenutzerListe = Benutzer[];\n```",
            "jetzt mit Paginierung drumherum, generisch",
        ),
        _m(
            "Express: Endpunkt, der die Bestellungen als CSV zum Download ausliefert",
            "```js\napp.get('/export/bestellungen.csv', async (req, res) => {\n  const rows = await db.query('SELECT id, kunde, summe, datum FROM bestellungen');\n  const csv = ['id;kunde;summe;datum', ...rows.map(r => [r.id, r.kunde, r.summe, r.datum.toISOString()].join(';'))].join('\\n');\n  res.header('Content-Type', 'text/csv; charset=utf-8');\n  res.attachment('bestellungen.csv');\n  res.send(csv);\n});\n```",
            "in Excel sind die Umlaute kaputt",
        ),
        _m(
            "Java: Methode, die aus einem Geburtsdatum das Alter in Jahren berechnet",
            "```java\npublic static int alter(LocalDate geburt, LocalDate heute) {\n    return Period.between(geburt, heute).getYears();\n}\n```",
            "Tests dazu, auch 29. Februar",
        ),
        _m(
            "Flask-Route für einen einfachen Login mit flask-login",
            "```python\n@app.route('/login', methods=['GET', 'POST'])\ndef login():\n    form = LoginForm()\n    if form.validate_on_submit():\n        user = User.query.filter_by(email=form.email.data).first()\n        if user and user.check_password(form.password.data):\n            login_user(user)\n            return redirect(url_for('dashboard'))\n        flash('E-Mail oder Passwort falsch')\n    return render_template('login.html', form=form)\n```",
            "mit 'angemeldet bleiben' Häkchen",
            "Im Formular `remember = BooleanField('Angemeldet bleiben')` und dann `login_user(user, remember=form.remember.data)`. Die Dauer steuerst du mit `REMEMBER_COOKIE_DURATION = timedelta(days=30)`.",
            "und logout noch",
        ),
        _m(
            "Google Sheets: Preis aus dem Blatt 'Preisliste' holen, Artikelnummer steht in A2",
            "`=SVERWEIS(A2; Preisliste!A:C; 3; FALSCH)`",
            "wenn nix gefunden kommt #NV, soll einfach leer bleiben",
        ),
        _s(
            "Du bist ein Coding-Assistent in IntelliJ. Projekt: Kotlin-Backend mit Ktor und Exposed. Halte dich an den bestehenden Stil.",
            "Endpunkt GET /kunden/{id}/bestellungen mit page und size als Query-Parameter",
        ),
        _s(
            "Du bist der Support-Chatbot von Formbaukasten, einem Baukasten für Online-Formulare. Kunden können pro Formular eigene JavaScript-Regeln hinterlegen.",
            "wie krieg ich hin, dass das Feld Firma nur dann Pflicht ist, wenn oben 'geschäftlich' angeklickt ist?",
        ),
        _s(
            "Du bist Tutor im Informatikunterricht der 10. Klasse. Sprich die Schüler mit du an und erkläre einfach, ohne gleich die ganze Lösung zu verraten.",
            "wir sollen eine funktion schreiben die prüft ob ein jahr ein schaltjahr ist, meine sagt bei 1900 ja, das ist aber falsch",
        ),
        _s(
            "Du hilfst den Entwicklern einer Webagentur bei WordPress-Projekten. Code immer mit Prefix 'agx_'.",
            "Shortcode, der die 3 neuesten Beiträge einer Kategorie als Liste ausgibt",
            "```php\nadd_shortcode('agx_neueste', function ($atts) {\n    $a = shortcode_atts(['kategorie' => '', 'anzahl' => 3], $atts);\n    $q = new WP_Query(['category_name' => $a['kategorie'], 'posts_per_page' => (int) $a['anzahl']]);\n    $out = '<ul>';\n    while ($q->have_posts()) { $q->the_post(); $out .= '<li><a href=\"' . get_permalink() . '\">' . esc_html(get_the_title()) . '</a></li>'; }\n    wp_reset_postdata();\n    return $out . '</ul>';\n});\n```",
            "mit Beitragsbild davor",
        ),
        _s(
            "Du bist ein Assistent für Datenanalyse in einem Jupyter-Notebook. Antworte knapp, nur Code wenn möglich.",
            "Spalte 'Datum' ist Text wie 31.12.2024 — in datetime umwandeln und 'Betrag' pro Monat summieren",
        ),
        _s(
            "Du bist der Entwicklungsassistent für die Warenwirtschaft eines Baumarkts (C#, .NET 8, Dapper, SQL Server).",
            "Methode, die alle Artikel holt, deren Bestand unter dem Mindestbestand liegt, sortiert nach Lieferant",
        ),
        _u(
            "Beim Einlesen der Datei, die uns die Buchhaltung aus Excel exportiert, kommt:\n\n```\nTraceback (most recent call last):\n  File \"einlesen.py\", line 8, in <module>\n    for zeile in reader:\n  File \"/usr/lib/python3.11/codecs.py\", line 322, in decode\n    (result, consumed) = self._buffer_decode(data, self.errors, final)\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xfc in position 1187: invalid start byte\n```\n\n```python\nwith open('export.csv', encoding='utf-8') as f:\n    reader = csv.reader(f, delimiter=';')\n    for zeile in reader:\n        verarbeite(zeile)\n```\n\nWas muss ich ändern? Die Datei kommt jeden Monat gleich."
        ),
        _u(
            "Tabellen:\n\n```sql\nCREATE TABLE fahrzeuge (id SERIAL PRIMARY KEY, kennzeichen TEXT, standort TEXT);\nCREATE TABLE fahrten (\n  id SERIAL PRIMARY KEY,\n  fahrzeug_id INT REFERENCES fahrzeuge(id),\n  start_km INT,\n  ende_km INT,\n  datum DATE\n);\n```\n\nIch brauche pro Fahrzeug und Monat die gefahrenen Kilometer, und Fahrzeuge ohne Fahrten im Monat sollen mit 0 auftauchen. Postgres 15."
        ),
        _u(
            'Seit dem letzten Deploy kommt beim Anlegen einer Bestellung ohne Gutschein:\n\n```\njava.lang.NullPointerException: Cannot invoke "de.shop.model.Gutschein.getRabatt()" because "gutschein" is null\n\tat de.shop.service.BestellService.berechneSumme(BestellService.java:58)\n\tat de.shop.service.BestellService.anlegen(BestellService.java:31)\n\tat de.shop.web.BestellController.post(BestellController.java:24)\n```\n\n```java\nBigDecimal berechneSumme(Warenkorb wk, String code) {\n    Gutschein gutschein = gutscheinRepo.findByCode(code);\n    BigDecimal summe = wk.summe();\n    return summe.subtract(summe.multiply(gutschein.getRabatt()));\n}\n```\n\nBitte sauber fixen, am liebsten mit Optional.'
        ),
        _u(
            "Unsere Kunden in den USA sehen im Kalender den Termin einen Tag zu früh:\n\n```js\nconst termin = new Date('2024-03-10');\nelement.textContent = termin.toLocaleDateString('de-DE');\n// in Deutschland: 10.3.2024, in New York: 9.3.2024\n```\n\nDas Datum kommt vom Server als reiner Tag ohne Uhrzeit. Wie zeige ich überall denselben Tag an?"
        ),
        _u(
            'Die Schnittstelle liefert das hier:\n\n```json\n{\n  "bestellung": "B-20931",\n  "positionen": [\n    { "sku": "HX-100", "menge": 2, "preis": "19.90", "mwst": 19 },\n    { "sku": "BK-7", "menge": 1, "preis": "4.50", "mwst": 7 }\n  ],\n  "versand": { "art": "DHL", "preis": "4.95" }\n}\n```\n\nBitte TypeScript-Typen dafür und eine Funktion, die Netto, MwSt je Satz und Brutto berechnet. Preise kommen als String, bitte ohne Rundungsfehler.'
        ),
        _u(
            "Das Makro hier braucht bei 20.000 Zeilen fast 10 Minuten. Kann man das schneller machen?\n\n```vba\nSub Markieren()\n    Dim i As Long\n    For i = 2 To Cells(Rows.Count, 1).End(xlUp).Row\n        If Cells(i, 4).Value < Cells(i, 5).Value Then\n            Rows(i).Interior.Color = RGB(255, 200, 200)\n        Else\n            Rows(i).Interior.ColorIndex = xlNone\n        End If\n    Next i\nEnd Sub\n```\n\nSpalte D ist Bestand, E Mindestbestand."
        ),
        _u("SQL: pro Filiale die drei umsatzstärksten Tage im letzten Quartal, Postgres"),
        _u(
            "Wie baue ich in Django einen CSV-Import für Produkte ins Admin ein, am besten mit Vorschau bevor gespeichert wird?"
        ),
        _u(
            "Bitte eine JavaScript-Funktion, die eine IBAN beim Tippen in 4er-Blöcke aufteilt, ohne dass der Cursor springt"
        ),
        _u("Node: jede Stunde alle Dateien in uploads/tmp löschen, die älter als 24 Stunden sind"),
        _u(
            "Unsere Vereinsseite soll die nächsten 5 Termine aus der Tabelle termine anzeigen, vergangene nicht. PHP und MySQL, ganz simpel bitte"
        ),
        _u("Ruby: Hash nach Werten absteigend sortieren und die Top 3 ausgeben"),
        _u(
            "Wie teste ich mit Jest eine Funktion, die intern setTimeout benutzt, ohne wirklich zu warten?"
        ),
        _u(
            "Blazor: Enum-Werte in einem Dropdown anzeigen, aber mit deutschen Anzeigenamen aus [Display(Name=...)]"
        ),
        _u("Regex für deutsche Kfz-Kennzeichen, z.B. M-AB 1234, HH-X 12E oder B-CD 99H"),
        _u(
            "Postgres: Spalte status von text auf einen ENUM-Typ umstellen, die bestehenden Werte sollen erhalten bleiben"
        ),
        _u(
            "SwiftUI: Liste von Einkäufen nach Tag gruppiert in Sections anzeigen, neuester Tag oben"
        ),
        _u(
            "Google Sheets: abhängige Dropdowns – die Auswahl in Spalte C soll davon abhängen, was in Spalte B gewählt wurde"
        ),
        _u(
            "Go: HTTP-Client mit 10s Timeout, der bei 5xx bis zu 3 Mal mit kurzer Pause neu versucht"
        ),
        _u(
            "python: aus einer Liste von Stempelzeiten (kommen/gehen abwechselnd) die Arbeitszeit pro Tag ausrechnen, Pausen rausrechnen"
        ),
        _u("Laravel: Policy, damit nur der Ersteller einen Beitrag bearbeiten und löschen darf"),
        _m(
            "Spring Boot: REST-Controller für Lagerplätze (code, regal, ebene)",
            '```java\n@RestController\n@RequestMapping("/lagerplaetze")\n@RequiredArgsConstructor\npublic class LagerplatzController {\n    private final LagerplatzRepository repo;\n\n    @GetMapping public List<Lagerplatz> alle() { return repo.findAll(); }\n    @PostMapping public ResponseEntity<Lagerplatz> neu(@Valid @RequestBody Lagerplatz l) {\n        return ResponseEntity.status(HttpStatus.CREATED).body(repo.save(l));\n    }\n    @DeleteMapping("/{id}") public void loeschen(@PathVariable Long id) { repo.deleteById(id); }\n}\n```',
            "jetzt noch Swagger-Doku dran",
        ),
        _m(
            "Python: Dateien im Download-Ordner nach Endung in Unterordner sortieren",
            "```python\nfrom pathlib import Path\nimport shutil\n\nordner = Path.home() / 'Downloads'\nfor f in ordner.iterdir():\n    if f.is_file():\n        ziel = ordner / (f.suffix.lower().lstrip('.') or 'ohne_endung')\n        ziel.mkdir(exist_ok=True)\n        shutil.move(str(f), ziel / f.name)\n```",
            "und doppelte Dateien per Hash erkennen und löschen",
        ),
        _m(
            "SQL: alle Kunden, die noch nie bestellt haben",
            "```sql\nSELECT k.*\nFROM kunden k\nWHERE NOT EXISTS (SELECT 1 FROM bestellungen b WHERE b.kunde_id = k.id);\n```",
            "und zusätzlich die, deren letzte Bestellung über ein Jahr her ist",
        ),
        _m(
            "React: Länder-Dropdown, die Liste kommt von /api/laender",
            "```jsx\nfunction LandAuswahl({ value, onChange }) {\n  const [laender, setLaender] = useState([]);\n  useEffect(() => { fetch('/api/laender').then(r => r.json()).then(setLaender); }, []);\n  return (\n    <select value={value} onChange={e => onChange(e.target.value)}>\n      {laender.map(l => <option key={l.code} value={l.code}>{l.name}</option>)}\n    </select>\n  );\n}\n```",
            "DE, AT und CH sollen ganz oben stehen",
        ),
        _m(
            "TypeScript: Typ für Formularfehler, also pro Feld eine Liste von Meldungen",
            "```ts\nexport type FormFehler<T> = Partial<Record<keyof T, string[]>>;\n```",
            "und eine Funktion, die das aus einem ZodError baut",
        ),
        _m(
            "PHP: hochgeladenes Bild auf maximal 1200px Breite verkleinern",
            "```php\n[$w, $h] = getimagesize($tmp);\n$neuW = min(1200, $w);\n$neuH = (int) round($h * $neuW / $w);\n$src = imagecreatefromjpeg($tmp);\n$dst = imagescale($src, $neuW, $neuH);\nimagejpeg($dst, $ziel, 85);\n```",
            "Handyfotos liegen danach auf der Seite",
        ),
        _m(
            "Vue 3: Datumsauswahl für Lieferungen, Wochenenden sollen gesperrt sein",
            "```vue\n<script setup>\nconst datum = ref('')\nconst fehler = computed(() => {\n  if (!datum.value) return ''\n  const tag = new Date(datum.value).getDay()\n  return tag === 0 || tag === 6 ? 'Am Wochenende liefern wir nicht' : ''\n})\n</script>\n<template>\n  <input type=\"date\" v-model=\"datum\" />\n  <p v-if=\"fehler\" class=\"fehler\">{{ fehler }}</p>\n</template>\n```",
            "Feiertage aus einer Liste auch",
        ),
        _m(
            "Java: mit Streams die Bestellsumme pro Kunde berechnen",
            "```java\nMap<Long, BigDecimal> summen = bestellungen.stream()\n    .collect(Collectors.groupingBy(Bestellung::kundeId,\n        Collectors.reducing(BigDecimal.ZERO, Bestellung::betrag, BigDecimal::add)));\n```",
            "als nach Kunden-ID sortierte Map",
        ),
        _m(
            "Bash: einen MySQL-Dump in eine neue Datenbank einspielen",
            "```bash\nmysql -e 'CREATE DATABASE shop_test CHARACTER SET utf8mb4'\nmysql shop_test < dump.sql\n```",
            "dauert ewig, kann ich einen Fortschritt sehen?",
        ),
        _m(
            "Rails: Mailer für die Bestellbestätigung",
            '```ruby\nclass BestellungMailer < ApplicationMailer\n  def bestaetigung(bestellung)\n    @bestellung = bestellung\n    mail(to: bestellung.email, subject: "Ihre Bestellung #{bestellung.nummer}")\n  end\nend\n```\nAufruf: `BestellungMailer.bestaetigung(b).deliver_later`',
            "mit der Rechnung als PDF-Anhang",
            '```ruby\ndef bestaetigung(bestellung)\n  @bestellung = bestellung\n  pdf = RechnungPdf.new(bestellung).render\n  attachments["Rechnung_#{bestellung.nummer}.pdf"] = { mime_type: \'application/pdf\', content: pdf }\n  mail(to: bestellung.email, subject: "Ihre Bestellung #{bestellung.nummer}")\nend\n```',
            "und im Test prüfen, dass der Anhang dran ist",
        ),
        _m(
            "Excel: Summe der Verkäufe der letzten 7 Tage, Datum in A, Menge in B",
            '`=SUMMEWENNS(B:B; A:A; ">="&HEUTE()-6; A:A; "<="&HEUTE())`',
            "ich brauch das gleitend für jede Zeile, nicht nur ab heute",
        ),
        _s(
            "Du bist der Coding-Assistent in VS Code für das Webteam einer Stadtbibliothek. Projekt: Vue 3 mit Pinia, TypeScript.",
            "Pinia-Store für die Merkliste (Medien merken/entfernen), soll nach dem Neuladen noch da sein",
        ),
        _s(
            "Du bist Lernbegleiter für Azubis zum Fachinformatiker Anwendungsentwicklung. Erkläre gründlich, mit Beispielen.",
            "schreib mir die Abfrage, die alle Kunden mit ihrer Anzahl Bestellungen zeigt, auch die mit 0, und erklär warum man da LEFT JOIN braucht",
        ),
        _s(
            "Du bist der Hilfe-Assistent von Kassenbuch24, einer Online-Buchhaltung für Kleinunternehmer. Über die API können Buchungen als JSON exportiert werden (Dokumentation unter /api/docs).",
            "ich will meine Buchungen jeden Monat automatisch als Excel-Datei haben, ich kann ein bisschen Python. Wie fang ich an?",
        ),
        _s(
            "You are a coding assistant. Answer in German. The repository is a small Python package called 'rechnungstools'.",
            "Funktion, die Rechnungsnummern wie RE-2025-00042 erzeugt, fortlaufend pro Jahr, der letzte Stand liegt in einer JSON-Datei",
            "```python\ndef naechste_nummer(pfad: Path, heute: date | None = None) -> str:\n    heute = heute or date.today()\n    stand = json.loads(pfad.read_text()) if pfad.exists() else {}\n    jahr = str(heute.year)\n    n = stand.get(jahr, 0) + 1\n    stand[jahr] = n\n    pfad.write_text(json.dumps(stand))\n    return f'RE-{jahr}-{n:05d}'\n```",
            "Tests bitte, auch Jahreswechsel",
        ),
        _s(
            "Du unterstützt die Entwickler eines Online-Shops auf Shopware 6.",
            "ich brauche ein Snippet, das im Warenkorb einen Sperrgut-Hinweis zeigt, sobald ein Artikel über 30 kg drin ist",
        ),
        _u(
            "Seit dem Update auf PHP 8 kommt auf der Rechnungsseite:\n\n```\nFatal error: Uncaught TypeError: number_format(): Argument #1 ($num) must be of type float, string given in /var/www/shop/rechnung.php:57\nStack trace:\n#0 /var/www/shop/rechnung.php(57): number_format('12,90', 2, ',', '.')\n#1 {main}\n  thrown in /var/www/shop/rechnung.php on line 57\n```\n\n```php\n$preis = $row['preis']; // kommt aus der DB als VARCHAR, z.B. \"12,90\"\necho number_format($preis, 2, ',', '.') . ' €';\n```\n\nDie Spalte umbauen wäre mir eigentlich am liebsten, aber erst mal muss es laufen."
        ),
        _u(
            "Nach dem Merge habe ich plötzlich mehr Zeilen als vorher:\n\n```python\nbestellungen = pd.read_csv('bestellungen.csv')   # 12.430 Zeilen\nartikel = pd.read_csv('artikel.csv')\nergebnis = bestellungen.merge(artikel, on='artikelnr', how='left')\nprint(len(ergebnis))   # 13.118\n```\n\n```\n>>> artikel['artikelnr'].duplicated().sum()\n41\n```\n\nIn artikel.csv gibt es wohl alte und neue Einträge für dieselbe Nummer (Spalte gueltig_ab). Ich will immer den neuesten Eintrag nehmen."
        ),
        _u(
            "Beim Laden der Bestellungen im Frontend:\n\n```\nUncaught (in promise) SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON\n    at bestellungen.js:8\n```\n\n```js\nasync function laden() {\n  const res = await fetch('api/bestellungen');\n  const daten = await res.json();\n  render(daten);\n}\n```\n\nAuf /admin/ geht's, auf /admin/bestellungen/ kommt der Fehler. Im Netzwerk-Tab sehe ich, dass /admin/bestellungen/api/bestellungen aufgerufen wird und 404 liefert."
        ),
        _u(
            "Lagertabellen (MySQL 8):\n\n```sql\nCREATE TABLE chargen (\n  id INT PRIMARY KEY AUTO_INCREMENT,\n  artikel_id INT NOT NULL,\n  menge INT NOT NULL,\n  mhd DATE NOT NULL,\n  eingang DATETIME NOT NULL\n);\n```\n\nBeispiel für Artikel 17: Charge A 20 Stück MHD 10.05., Charge B 50 Stück MHD 02.06., Charge C 30 Stück MHD 15.06.\n\nFür eine Entnahme von 60 Stück brauche ich eine Abfrage, die zeigt, wie viel aus welcher Charge genommen wird (kürzestes MHD zuerst): A 20, B 40. Geht das in reinem SQL mit Window-Functions?"
        ),
        _u(
            "Beim Speichern eines geänderten Artikels fliegt:\n\n```\nSystem.InvalidOperationException: The instance of entity type 'Artikel' cannot be tracked because another instance with the same key value for {'Id'} is already being tracked.\n   at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.IdentityMap`1.ThrowIdentityConflict(InternalEntityEntry entry)\n   at Lager.Services.ArtikelService.Aktualisieren(ArtikelDto dto) in ArtikelService.cs:line 44\n```\n\n```csharp\npublic async Task Aktualisieren(ArtikelDto dto)\n{\n    var vorhanden = await _db.Artikel.FindAsync(dto.Id);\n    if (vorhanden is null) throw new NotFoundException();\n    var artikel = _mapper.Map<Artikel>(dto);\n    _db.Artikel.Update(artikel);\n    await _db.SaveChangesAsync();\n}\n```"
        ),
        _u(
            "Hallo, ich bin Kassenwart in unserem Kleingartenverein. Jedes Jahr lesen wir die Wasseruhren der Parzellen ab. Ich hätte gern eine kleine Webseite dafür:\n\n- Parzellennummer auswählen (1 bis 64)\n- Zählerstand eingeben, darf nicht kleiner sein als der vom Vorjahr\n- Ablesedatum\n- Foto vom Zähler optional\n- Am Ende eine Liste: Parzelle, alter Stand, neuer Stand, Verbrauch in m³, Kosten (Verbrauch × 2,35 €)\n\nUnser Webspace kann PHP und MySQL. Können Sie mir die Tabellen, das Formular und die Liste schreiben?"
        ),
    ],
    "zh": [
        _u(
            "帮我写个SQL，查出每个分类下销量最高的那个商品，表是 products(id, name, category_id) 和 order_items(product_id, qty)"
        ),
        _u("vue 表单里手机号怎么校验是11位并且1开头"),
        _u(
            "python 把一个文件夹里所有 Excel 合并成一个，每个文件的表头都一样，最后加一列写来源文件名"
        ),
        _u("Spring Boot 分页查询订单列表，前端传 page 和 size，按创建时间倒序"),
        _u("我们小程序里的折后价有时候显示成 9.899999999，怎么处理比较稳妥？"),
        _u("写一个 Go 的定时任务，每天凌晨3点把昨天的订单数和金额统计好写到 daily_stats 表"),
        _u("MyBatis 的 mapper xml 里怎么写按商品名称模糊查询，参数可能为空"),
        _u("用 jest 测一个函数：把秒数格式化成 mm:ss，比如 75 变成 01:15"),
        _u(
            "老板让我把后台的客户列表改成按最后下单时间排序，后台是别人用 Laravel 写的，我只懂一点点代码，要改哪里"
        ),
        _u("node 里怎么把数据库里存的 UTC 时间显示成北京时间，格式 2024-05-01 08:00"),
        _u("C# 怎么读取 appsettings.json 里自己加的配置节，绑定到一个类上"),
        _u("Excel 里A列是日期，B列是金额，用什么公式能算出每个月的合计"),
        _u("flutter 列表下拉刷新、上拉加载更多怎么写，接口是分页的"),
        _m(
            "写一个 FastAPI 接口，上传 csv 文件并导入到 products 表",
            "```python\n@app.post('/products/import')\nasync def import_products(file: UploadFile, db: Session = Depends(get_db)):\n    text = (await file.read()).decode('utf-8-sig')\n    rows = list(csv.DictReader(io.StringIO(text)))\n    for r in rows:\n        db.add(Product(sku=r['sku'], name=r['name'], price=Decimal(r['price'])))\n    db.commit()\n    return {'imported': len(rows)}\n```",
            "sku 重复的时候要更新，不要报错",
        ),
        _m(
            "MySQL 建表：学生、课程、选课",
            "```sql\nCREATE TABLE student (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(50) NOT NULL);\nCREATE TABLE course (id INT PRIMARY KEY AUTO_INCREMENT, title VARCHAR(100) NOT NULL);\nCREATE TABLE enrollment (\n  student_id INT NOT NULL,\n  course_id INT NOT NULL,\n  PRIMARY KEY (student_id, course_id),\n  FOREIGN KEY (student_id) REFERENCES student(id),\n  FOREIGN KEY (course_id) REFERENCES course(id)\n);\n```",
            "再加个成绩字段，0到100",
        ),
        _m(
            "React 里做个搜索框，输入的时候过滤下面的列表",
            "```jsx\nfunction Searchable({ items }) {\n  const [q, setQ] = useState('');\n  const shown = items.filter(i => i.name.toLowerCase().includes(q.toLowerCase()));\n  return (\n    <>\n      <input value={q} onChange={e => setQ(e.target.value)} placeholder=\"搜索\" />\n      <ul>{shown.map(i => <li key={i.id}>{i.name}</li>)}</ul>\n    </>\n  );\n}\n```",
            "改成调接口搜，加个防抖",
        ),
        _m(
            "Java 写个工具方法，把金额转成中文大写，比如 1234.56 转成 壹仟贰佰叁拾肆元伍角陆分",
            '```java\npublic static String toChinese(BigDecimal amount) {\n    String[] num = {"零","壹","贰","叁","肆","伍","陆","柒","捌","玖"};\n    String[] unit = {"分","角","元","拾","佰","仟","万","拾","佰","仟","亿"};\n    long v = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();\n    StringBuilder sb = new StringBuilder();\n    for (int i = 0; v > 0; i++, v /= 10) sb.insert(0, num[(int) (v % 10)] + unit[i]);\n    return sb.toString().replaceAll("零[拾佰仟角分]", "零").replaceAll("零+", "零").replaceAll("零([万亿元])", "$1") + (amount.scale() == 0 ? "整" : "");\n}\n```',
            "测试用例呢",
        ),
        _m(
            "写个 shell 脚本每天备份 mysql 的 shop 库",
            "```bash\n#!/bin/bash\nd=$(date +%F)\nmysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction shop | gzip > /data/backup/shop_$d.sql.gz\n```\ncrontab: `30 2 * * * /opt/scripts/backup.sh`",
            "只保留最近7份",
        ),
        _m(
            "用 pandas 统计每个城市的订单数",
            "`counts = df.groupby('city').size().sort_values(ascending=False)`",
            "画成柱状图，中文显示成方块了",
        ),
        _m(
            "gin 写一个获取用户详情的接口 GET /users/:id",
            '```go\nr.GET("/users/:id", func(c *gin.Context) {\n    id, err := strconv.Atoi(c.Param("id"))\n    if err != nil {\n        c.JSON(http.StatusBadRequest, gin.H{"error": "invalid id"})\n        return\n    }\n    var u User\n    db.First(&u, id)\n    c.JSON(http.StatusOK, u)\n})\n```',
            "用户不存在要返回404",
        ),
        _m(
            "TypeScript 写个深拷贝函数",
            "最简单的是 `const copy = JSON.parse(JSON.stringify(obj));`",
            "Date 会变成字符串啊",
        ),
        _m(
            "PHP 把订单导出成 Excel，用 PhpSpreadsheet",
            "```php\n$sheet = (new Spreadsheet())->getActiveSheet();\n$sheet->fromArray(['订单号', '金额', '下单时间'], null, 'A1');\n$row = 2;\nforeach ($orders as $o) {\n    $sheet->fromArray([$o['order_no'], $o['amount'], $o['created_at']], null, 'A' . $row++);\n}\n(new Xlsx($sheet->getParent()))->save('php://output');\n```",
            "订单号那列变成科学计数法了",
        ),
        _m(
            "Kotlin 用 Retrofit 定义一个 GET /articles 的接口，带分页参数",
            '```kotlin\ninterface ArticleApi {\n    @GET("articles")\n    suspend fun list(@Query("page") page: Int, @Query("size") size: Int = 20): List<Article>\n}\n```',
            "每个请求都要带登录后拿到的 token 头",
            '加一个拦截器：\n```kotlin\nclass AuthInterceptor(private val store: TokenStore) : Interceptor {\n    override fun intercept(chain: Interceptor.Chain): Response {\n        val req = chain.request().newBuilder()\n            .header("Authorization", "Bearer ${store.token}")\n            .build()\n        return chain.proceed(req)\n    }\n}\n```',
            "返回401的时候跳回登录页",
        ),
        _m(
            "SQL 查询最近7天每天的注册人数",
            "```sql\nSELECT DATE(created_at) AS day, COUNT(*) AS cnt\nFROM users\nWHERE created_at >= CURDATE() - INTERVAL 6 DAY\nGROUP BY DATE(created_at)\nORDER BY day;\n```",
            "没人注册的那天也要显示0",
        ),
        _s(
            "你是集成在 VS Code 里的编程助手。当前项目是 NestJS + TypeORM，回答请直接给出要改的代码。",
            "给 Product 实体加一个库存字段 stock，默认0，并生成迁移",
        ),
        _s(
            "你是某在线编程课的辅导老师，学生都是零基础，回答要耐心，先指出问题在哪。",
            "老师，我用 for 循环求1到100的和，结果是4950，少了100，代码是 for i in range(1, 100): total += i",
        ),
        _s(
            "你是“云店通”商家后台的客服助手。商家可以在“店铺设置 > 自定义代码”里插入 JavaScript。",
            "能不能让商品详情页在库存少于10件的时候显示“仅剩X件”？",
        ),
        _s(
            "You are a coding assistant. Always reply in Simplified Chinese.",
            "用 SQLAlchemy 2.0 定义订单和订单明细两个模型",
            "```python\nclass Order(Base):\n    __tablename__ = 'orders'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)\n    items: Mapped[list['OrderItem']] = relationship(back_populates='order', cascade='all, delete-orphan')\n\nclass OrderItem(Base):\n    __tablename__ = 'order_items'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    order_id: Mapped[int] = mapped_column(ForeignKey('orders.id'))\n    sku: Mapped[str]\n    qty: Mapped[int]\n    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))\n    order: Mapped[Order] = relationship(back_populates='items')\n```",
            "再加个按日期范围查询订单的函数",
        ),
        _s(
            "你是数据组的 SQL 助手，数据库是 ClickHouse，埋点表是 events(event_time DateTime, user_id String, channel String, event String)。",
            "统计最近30天每个渠道每天的UV",
        ),
        _s(
            "你是 JetBrains IDE 里的 AI 助手。当前文件：src/test/java/com/demo/OrderServiceTest.java，使用 JUnit 5 + Mockito。",
            "给 cancelOrder 补测试：已发货的订单不能取消，要抛 IllegalStateException",
        ),
        _u(
            '导入考勤记录的时候报错：\n\n```\nTraceback (most recent call last):\n  File "import_att.py", line 22, in <module>\n    t = datetime.strptime(row[2], \'%Y-%m-%d %H:%M\')\n  File "/usr/lib/python3.10/_strptime.py", line 352, in _strptime\n    raise ValueError("unconverted data remains: %s" %\nValueError: unconverted data remains: :07\n```\n\n文件里的时间有的是 2024-06-03 08:59，有的是 2024-06-03 08:59:07，还有的是 2024/6/3 8:59。怎么都能解析？'
        ),
        _u(
            "前端传日期过来后端报错：\n\n```\nWARN 18236 --- [nio-8080-exec-3] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: Failed to convert value of type 'java.lang.String' to required type 'java.time.LocalDate'; Failed to convert from type [java.lang.String] to type [@org.springframework.web.bind.annotation.RequestParam java.time.LocalDate] for value [2024-07-01]]\n```\n\n```java\n@GetMapping(\"/orders\")\npublic List<OrderDto> list(@RequestParam LocalDate from, @RequestParam LocalDate to) {\n    return orderService.findBetween(from, to);\n}\n```\n\n怎么改？"
        ),
        _u(
            "产品给了个需求，帮我设计一下请假申请的表结构和增删改查接口（Spring Boot）：\n\n| 字段 | 说明 |\n|---|---|\n| 申请人 | 关联员工表 |\n| 请假类型 | 事假/病假/年假/调休 |\n| 开始时间、结束时间 | 精确到半天 |\n| 天数 | 自动计算 |\n| 事由 | 最多200字 |\n| 状态 | 待审批/已通过/已驳回/已撤回 |\n| 审批人、审批时间、审批意见 | |\n\n只有待审批的能撤回，已通过的不能改。"
        ),
        _u(
            "为什么这个函数返回的时候数组还是空的？\n\n```js\nasync function loadPrices(ids) {\n  const result = [];\n  ids.forEach(async (id) => {\n    const res = await fetch(`/api/price/${id}`);\n    const data = await res.json();\n    result.push({ id, price: data.price });\n  });\n  return result;\n}\n\nloadPrices([1, 2, 3]).then(console.log); // []\n```"
        ),
        _u(
            'Go 解析 JSON，字段全是空的，没有报错：\n\n```go\ntype product struct {\n    sku   string  `json:"sku"`\n    name  string  `json:"name"`\n    price float64 `json:"price"`\n}\n\nfunc main() {\n    data := []byte(`{"sku":"A100","name":"保温杯","price":59.9}`)\n    var p product\n    if err := json.Unmarshal(data, &p); err != nil {\n        log.Fatal(err)\n    }\n    fmt.Printf("%+v\\n", p) // {sku: name: price:0}\n}\n```'
        ),
        _u("写个 SQL：找出连续三天或以上都有下单的用户，MySQL 8"),
        _u("uniapp 里怎么做省市区三级联动选择，数据是一个本地 json"),
        _u("Spring Boot 全局异常处理，所有接口都返回统一的 {code, msg, data} 格式"),
        _u(
            "后台商品列表要能按上架时间、价格、销量排序，正序倒序都要，接口参数怎么定、后端怎么写比较省事？我们用 Express + Sequelize"
        ),
        _u("js 里拿到 '2024-05-01 10:00:00' 这样的字符串，怎么判断它是不是已经过期了"),
        _u("Django admin 后台怎么加一个“批量上架”的操作按钮"),
        _u("Go 用 excelize 读取 Excel，遍历每一行，跳过表头"),
        _u("用 Redis 给 Express 写个简单的限流中间件，每个 IP 每分钟最多 60 次，超过返回 429"),
        _u("TypeScript 枚举怎么转成下拉框用的 {label, value} 数组"),
        _u("Android 里 RecyclerView 用 Glide 加载图片，快速滑动的时候图片会错位，怎么改"),
        _u("MySQL 里有个字段存的是逗号分隔的 '1,3,5'，怎么把它拆成多行查询"),
        _u("PHP 生成订单号：年月日时分秒加4位随机数，怎么保证不重复"),
        _u("写个 pytest fixture，让每个测试都用一个干净的 SQLite 内存数据库"),
        _m(
            "Vue3 写个分页组件，传 total、pageSize、当前页",
            '```vue\n<script setup>\nconst props = defineProps({ total: Number, pageSize: { type: Number, default: 10 }, modelValue: Number })\nconst emit = defineEmits([\'update:modelValue\'])\nconst pages = computed(() => Math.max(1, Math.ceil(props.total / props.pageSize)))\nconst go = p => { if (p >= 1 && p <= pages.value) emit(\'update:modelValue\', p) }\n</script>\n<template>\n  <div class="pager">\n    <button :disabled="modelValue === 1" @click="go(modelValue - 1)">上一页</button>\n    <span>{{ modelValue }} / {{ pages }}</span>\n    <button :disabled="modelValue === pages" @click="go(modelValue + 1)">下一页</button>\n  </div>\n</template>\n```',
            "加个输入框可以直接跳到第几页",
        ),
        _m(
            "SQL 统计每个月的新客户和老客户数量",
            "```sql\nSELECT DATE_FORMAT(o.created_at, '%Y-%m') AS month,\n       COUNT(DISTINCT CASE WHEN f.first_at >= DATE_FORMAT(o.created_at, '%Y-%m-01') THEN o.user_id END) AS new_users,\n       COUNT(DISTINCT CASE WHEN f.first_at <  DATE_FORMAT(o.created_at, '%Y-%m-01') THEN o.user_id END) AS old_users\nFROM orders o\nJOIN (SELECT user_id, MIN(created_at) AS first_at FROM orders GROUP BY user_id) f ON f.user_id = o.user_id\nGROUP BY month\nORDER BY month;\n```",
            "老客户改成之前下过两单以上的",
        ),
        _m(
            "Python 读取 json 配置文件",
            "```python\nimport json\nfrom pathlib import Path\n\ndef load_config(path='config.json'):\n    return json.loads(Path(path).read_text(encoding='utf-8'))\n```",
            "文件不存在就自动生成一个默认的",
        ),
        _m(
            "Node 用 nodemailer 发一封邮件",
            "```js\nconst transporter = nodemailer.createTransport({\n  host: process.env.SMTP_HOST,\n  port: 465,\n  secure: true,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\nawait transporter.sendMail({ from: '\"小店\" <noreply@example.com>', to, subject: '订单已发货', text: '您的订单已发货' });\n```",
            "改成 HTML，里面带订单明细表格",
        ),
        _m(
            "Java 把 List<Employee> 按部门分组",
            "```java\nMap<String, List<Employee>> byDept = employees.stream()\n    .collect(Collectors.groupingBy(Employee::getDept));\n```",
            "每组里按入职日期排序",
        ),
        _m(
            "Go 写个函数读取 CSV 返回 []Product",
            '```go\nfunc ReadProducts(r io.Reader) ([]Product, error) {\n    rows, err := csv.NewReader(r).ReadAll()\n    if err != nil {\n        return nil, err\n    }\n    var out []Product\n    for i, row := range rows {\n        if i == 0 { continue }\n        price, err := strconv.ParseFloat(row[2], 64)\n        if err != nil {\n            return nil, fmt.Errorf("第%d行价格错误: %w", i+1, err)\n        }\n        out = append(out, Product{SKU: row[0], Name: row[1], Price: price})\n    }\n    return out, nil\n}\n```',
            "补上单元测试",
        ),
        _m(
            "微信小程序里表单提交到后端",
            "```js\nPage({\n  onSubmit(e) {\n    const data = e.detail.value\n    if (!data.title) return wx.showToast({ title: '请填写标题', icon: 'none' })\n    wx.request({\n      url: 'https://api.example.com/notes',\n      method: 'POST',\n      data,\n      success: () => wx.showToast({ title: '已保存' }),\n    })\n  },\n})\n```",
            "成功以后返回上一页并且刷新列表",
        ),
        _m(
            "C# WinForms 里 DataGridView 怎么绑定一个 List<Customer>",
            "```csharp\nvar list = new BindingList<Customer>(customerService.GetAll());\ndataGridView1.AutoGenerateColumns = true;\ndataGridView1.DataSource = list;\n```",
            "双击某一行打开编辑窗口，改完刷新这一行",
        ),
        _m(
            "Laravel 用户和角色多对多怎么定义",
            "```php\n// User.php\npublic function roles() { return $this->belongsToMany(Role::class); }\n// Role.php\npublic function users() { return $this->belongsToMany(User::class); }\n// 迁移：role_user(user_id, role_id)\n```",
            "给用户分配角色的接口怎么写",
        ),
        _m(
            "jQuery 上传图片之前先预览",
            "```js\n$('#file').on('change', function () {\n  const f = this.files[0];\n  if (!f) return;\n  const reader = new FileReader();\n  reader.onload = e => $('#preview').attr('src', e.target.result);\n  reader.readAsDataURL(f);\n});\n```",
            "要支持多张",
            "```js\n$('#file').attr('multiple', true).on('change', function () {\n  $('#previews').empty();\n  Array.from(this.files).forEach(f => {\n    const url = URL.createObjectURL(f);\n    $('#previews').append(`<div class=\"thumb\"><img src=\"${url}\"></div>`);\n  });\n});\n```",
            "每张右上角加个叉可以删掉",
        ),
        _m(
            "Excel 用 SUMIFS 按月份和产品统计销量，A列日期 B列产品 C列数量",
            '`=SUMIFS(C:C, B:B, F2, A:A, ">="&DATE(2024,5,1), A:A, "<"&DATE(2024,6,1))`',
            "月份想在另一张表用下拉框选",
        ),
        _s(
            "你是公司低代码平台的脚本助手。平台脚本用 JavaScript 编写，可以调用 api.query(sql, params) 和 api.exec(sql, params)，支持定时触发。",
            "写个定时脚本，每小时把下单超过24小时还没付款的订单状态改成“已取消”，并把库存加回去",
        ),
        _s(
            "你是高校《数据库原理》课程的助教，回答时先说明思路再给代码。",
            "老师让写个触发器，插入选课记录的时候自动把课程表里的已选人数加1，MySQL 的，我写的一直报语法错误",
        ),
        _s(
            "你是“小店助手”SaaS 的智能客服。商家可以在订单列表里添加“自定义列”，用类似 Excel 的公式引用字段，例如 {售价}、{数量}。",
            "我想加一列利润，等于售价乘数量，减去进价乘数量，再减运费，公式怎么写？",
        ),
        _s(
            "You are a coding assistant in the editor. Reply in Chinese. Project: Flask + SQLAlchemy blog.",
            "写个接口按关键字搜索文章标题和正文，分页返回",
            "```python\n@bp.get('/api/articles/search')\ndef search():\n    q = request.args.get('q', '').strip()\n    page = request.args.get('page', 1, type=int)\n    query = Article.query\n    if q:\n        like = f'%{q}%'\n        query = query.filter(or_(Article.title.ilike(like), Article.body.ilike(like)))\n    p = query.order_by(Article.created_at.desc()).paginate(page=page, per_page=10)\n    return {'items': [a.to_dict() for a in p.items], 'total': p.total}\n```",
            "结果里把关键字高亮",
        ),
        _s(
            "你是 Cursor 里的编程助手，项目是 Vue3 + Element Plus 的后台管理系统。",
            "商品表格每一行加一个开关控制上下架，切换时调接口，失败了开关要弹回去",
        ),
        _u(
            "同步第三方订单的脚本偶尔报错：\n\n```\nTraceback (most recent call last):\n  File \"sync_orders.py\", line 34, in fetch_page\n    data = resp.json()\n  File \"/usr/local/lib/python3.11/site-packages/requests/models.py\", line 975, in json\n    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)\nrequests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n```\n\n```python\ndef fetch_page(page):\n    resp = requests.get(API_URL, params={'page': page, 'size': 100}, timeout=15)\n    data = resp.json()\n    return data['list']\n```\n\n打印出来发现有时候返回的是 502 的 HTML 页面。想加个重试，3次都失败就记录日志跳过这一页。"
        ),
        _u(
            "会员积分流水表 point_log：\n\n```\n id | member_id | change | reason   | created_at          | expire_at\n----+-----------+--------+----------+---------------------+------------\n  1 |      1001 |   +200 | 消费     | 2024-01-05 10:00:00 | 2025-01-05\n  2 |      1001 |   -50  | 兑换     | 2024-03-02 15:20:00 | NULL\n  3 |      1002 |   +80  | 签到     | 2024-06-11 09:00:00 | 2025-06-11\n```\n\n需要两个查询：1）每个会员当前可用积分（未过期的加项减去所有扣减）；2）30天内即将过期的积分明细，用来发提醒。PostgreSQL。"
        ),
        _u(
            '控制台一直有这个警告，而且父组件的值没变：\n\n```\n[Vue warn]: Avoid mutating a prop directly since the value will be overwritten whenever the parent component re-renders. Instead, use a data or computed property based on the prop\'s value. Prop being mutated: "visible"\n```\n\n```vue\n<template>\n  <div v-if="visible" class="dialog">\n    <slot />\n    <button @click="visible = false">关闭</button>\n  </div>\n</template>\n<script setup>\ndefineProps({ visible: Boolean })\n</script>\n```\n\n父组件是 <MyDialog :visible="show">，我想点关闭以后 show 也变成 false。'
        ),
        _u(
            "我们是做社区团购的，需要给团长一个订单汇总页面，需求如下：\n\n1. 团长登录后只看到自己小区的订单\n2. 按商品汇总：商品名、规格、总件数、总金额\n3. 按自提点汇总：每个用户取几件什么东西（用户显示昵称和手机尾号）\n4. 可以按“配送日期”筛选，默认明天\n5. 可以导出 Excel\n\n后端是 Spring Boot + MyBatis-Plus，麻烦给一下 SQL 和接口代码。"
        ),
        _u(
            "导出的 Excel 里日期列全变成了数字，比如 45413：\n\n```python\nimport openpyxl\nwb = openpyxl.Workbook()\nws = wb.active\nws.append(['订单号', '下单日期', '金额'])\nfor o in orders:\n    ws.append([o.no, (o.created_at - datetime(1899, 12, 30)).days, float(o.amount)])\nwb.save('orders.xlsx')\n```\n\n前同事写的，说是为了兼容 Excel。我想让它在 Excel 里正常显示成 2024-05-01 这种格式，金额显示两位小数。"
        ),
    ],
    "ja": [
        _u("会員一覧を最終ログイン日で並び替えられるようにしたいです。Railsの管理画面です"),
        _u(
            "郵便番号を入れたら住所が自動で入るフォームってどう作ればいい？素のJSで、APIはzipcloudを使うつもり"
        ),
        _u(
            "Pythonで、Excelの売上表（担当者・日付・金額）から担当者ごとの合計を出して別シートに書き出すスクリプトがほしい"
        ),
        _u(
            "SQLで、先月一度も出荷されていない商品を出したい。テーブルは products と shipments(product_id, shipped_at)"
        ),
        _u("全角数字で入力されても半角にして保存したい。JavaScriptでどう書く？"),
        _u("LaravelのEloquentで、投稿とタグの多対多ってどう定義するんだっけ"),
        _u("GoでCSVを読み込んで金額の列の合計を表示するだけの小さいコマンドを作りたい"),
        _u("PHPで消費税10%を計算して1円未満切り捨て、これで合ってる？ floor($price * 1.1)"),
        _u("和暦（令和6年5月1日）を西暦の Date に変換する関数を TypeScript で書いてください"),
        _u("Spring Bootの@Validで、メールアドレスの形式と年齢18歳以上をチェックするDTOを書いて"),
        _u("SwiftでUserDefaultsにお気に入りのIDの配列を保存して、アプリ起動時に読み出したい"),
        _u(
            "Googleスプレッドシートで、A列のチェックボックスにチェックが入ってる行だけC列を合計したい"
        ),
        _u("pytestで「今日の日付」に依存する関数をテストするにはどうするのが定番？"),
        _u(
            "問い合わせフォームで、送信できたら「送信しました」と表示して入力欄を空にしたいです。HTMLとJSだけのページ"
        ),
        _u("C#でファイル名に使えない文字を全部 _ に置き換える関数ください"),
        _m(
            "DRFで商品一覧のAPIを作りたい",
            "```python\nclass ProductSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Product\n        fields = ['id', 'name', 'price', 'category']\n\nclass ProductViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = Product.objects.all().order_by('id')\n    serializer_class = ProductSerializer\n\nrouter = DefaultRouter()\nrouter.register('products', ProductViewSet)\n```",
            "カテゴリで絞り込みもできるように",
        ),
        _m(
            "Node (Express) で画像をアップロードするAPI、multer使って",
            "```js\nconst upload = multer({ dest: 'uploads/' });\napp.post('/images', upload.single('image'), (req, res) => {\n  res.json({ filename: req.file.filename, size: req.file.size });\n});\n```",
            "5MB超えと画像以外は弾きたい",
        ),
        _m(
            "Pythonで '2024/4/1' みたいな文字列を datetime にしたい",
            "`datetime.strptime('2024/4/1', '%Y/%m/%d')` で大丈夫です。ゼロ埋めなしでも `%m` `%d` は読めます。",
            "'4月1日(月)' みたいな形式も混ざってる、年は今年で",
        ),
        _m(
            "ReactでTODOリストを作って。追加と完了チェックだけでいい",
            "```jsx\nfunction Todo() {\n  const [items, setItems] = useState([]);\n  const [text, setText] = useState('');\n  const add = () => { if (text) { setItems([...items, { id: Date.now(), text, done: false }]); setText(''); } };\n  const toggle = id => setItems(items.map(i => i.id === id ? { ...i, done: !i.done } : i));\n  return (\n    <div>\n      <input value={text} onChange={e => setText(e.target.value)} /><button onClick={add}>追加</button>\n      <ul>{items.map(i => <li key={i.id}><input type=\"checkbox\" checked={i.done} onChange={() => toggle(i.id)} />{i.text}</li>)}</ul>\n    </div>\n  );\n}\n```",
            "完了したのは下に移動させて",
        ),
        _m(
            "KotlinでRoomのDAO、メモの一覧取得と追加",
            '```kotlin\n@Dao\ninterface MemoDao {\n    @Query("SELECT * FROM memo ORDER BY updatedAt DESC")\n    suspend fun all(): List<Memo>\n\n    @Insert\n    suspend fun insert(memo: Memo): Long\n}\n```',
            "一覧はFlowで返したい",
        ),
        _m(
            "RubyでCSVの2列目と3列目を入れ替えるスクリプト",
            "```ruby\nrequire 'csv'\nrows = CSV.read('in.csv')\nCSV.open('out.csv', 'w') do |csv|\n  rows.each { |r| r[1], r[2] = r[2], r[1]; csv << r }\nend\n```",
            "Excelで開くと文字化けする、Shift_JISで出して",
        ),
        _m(
            "MySQLでusersテーブルのemailにユニーク制約つけたい",
            "`ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);`",
            "すでに重複があってエラーになる",
        ),
        _m(
            "Javaで文字列が回文かどうか判定するメソッド",
            "```java\nstatic boolean isPalindrome(String s) {\n    int i = 0, j = s.length() - 1;\n    while (i < j) if (s.charAt(i++) != s.charAt(j--)) return false;\n    return true;\n}\n```",
            "大文字小文字と空白は無視で",
        ),
        _m(
            "Expressでログインしてないと見られないルートにするミドルウェア（セッション使ってる）",
            "```js\nfunction requireLogin(req, res, next) {\n  if (!req.session.userId) return res.redirect('/login');\n  next();\n}\napp.get('/mypage', requireLogin, mypageHandler);\n```",
            "管理者だけ通すやつも",
            "```js\nfunction requireAdmin(req, res, next) {\n  if (req.session.role !== 'admin') return res.status(403).send('権限がありません');\n  next();\n}\napp.get('/admin', requireLogin, requireAdmin, adminHandler);\n```",
            "テストはsupertestで",
        ),
        _m(
            "Excel VBAで、選択範囲の空白セルを削除したい",
            "```vba\nSub DeleteBlanks()\n    On Error Resume Next\n    Selection.SpecialCells(xlCellTypeBlanks).Delete Shift:=xlUp\nEnd Sub\n```",
            "行ごと消したい場合は？",
        ),
        _s(
            "あなたはエディタに組み込まれたコーディングアシスタントです。プロジェクト：Next.js 14 (App Router) + Prisma + PostgreSQL。",
            "ブログ記事の一覧ページに10件ずつのページネーションを付けて",
        ),
        _s(
            "あなたはプログラミングスクールの学習サポートAIです。受講生にはすぐ答えを教えず、まずヒントを出してください。",
            "FizzBuzzで15のときにFizzしか出ません。if i % 3 == 0 を最初に書いてます",
        ),
        _s(
            "あなたはネットショップ作成サービス「ミセノワ」のサポートBotです。ショップ運営者はテーマ設定からカスタムJavaScriptを追加できます。",
            "カートページに「送料無料まであと○円」って出したいんですけどできますか？5000円以上で送料無料です",
        ),
        _s(
            "あなたは業務システム開発チーム向けのアシスタントです。言語は C# / ASP.NET Core、DBはSQL Server。",
            "勤怠の打刻APIで、同じ社員が1分以内に二重で打刻したら弾きたい",
            '```csharp\n[HttpPost("punch")]\npublic async Task<IActionResult> Punch(PunchRequest req)\n{\n    var last = await _db.Punches.Where(p => p.EmployeeId == req.EmployeeId)\n        .OrderByDescending(p => p.At).FirstOrDefaultAsync();\n    if (last != null && DateTime.UtcNow - last.At < TimeSpan.FromMinutes(1))\n        return Conflict(new { error = "duplicate punch" });\n    _db.Punches.Add(new Punch { EmployeeId = req.EmployeeId, At = DateTime.UtcNow, Type = req.Type });\n    await _db.SaveChangesAsync();\n    return Ok();\n}\n```',
            "エラーメッセージは日本語で返して",
        ),
        _s(
            "あなたはBigQueryを使うマーケティング担当者向けのSQLアシスタントです。わかりやすいコメントを付けてください。",
            "キャンペーンごとのCVRを出したい。sessions(session_id, campaign, started_at) と conversions(session_id, converted_at) があります",
        ),
        _s(
            "あなたはiOSアプリ開発を手伝うアシスタントです。SwiftUIを前提に答えてください。",
            "設定画面にダークモードのオン/オフのトグルを置いて、次回起動時も覚えておきたい",
        ),
        _u(
            "注文を保存しようとするとこうなります：\n\n```\nActiveRecord::RecordInvalid: Validation failed: Customer must exist\n  app/controllers/orders_controller.rb:14:in `create'\n```\n\n```ruby\nclass Order < ApplicationRecord\n  belongs_to :customer\nend\n\ndef create\n  @order = Order.new(order_params)\n  @order.save!\n  redirect_to @order\nend\n\ndef order_params\n  params.require(:order).permit(:total, :note)\nend\n```\n\nフォームでは顧客をセレクトボックスで選んでます。"
        ),
        _u(
            "このコードで警告が出ます。結果も元のdfに反映されてないっぽい。\n\n```python\nsales = df[df['店舗'] == '渋谷店']\nsales['税込'] = sales['金額'] * 1.1\n```\n\n```\nSettingWithCopyWarning: \nA value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead\n```\n\n正しい書き方を教えてください。"
        ),
        _u(
            "注文一覧の合計金額が実際の倍くらいになってます。\n\n```sql\nSELECT o.id, o.ordered_at, SUM(i.price * i.qty) AS total, COUNT(p.id) AS payments\nFROM orders o\nJOIN order_items i ON i.order_id = o.id\nLEFT JOIN payments p ON p.order_id = o.id\nGROUP BY o.id, o.ordered_at;\n```\n\n分割払いの注文だけおかしいみたいです。直し方は？"
        ),
        _u(
            "CSVダウンロードのボタンを作ったけど、Excelで開くと日本語が全部文字化けします。\n\n```js\nfunction download(rows) {\n  const csv = rows.map(r => r.join(',')).join('\\n');\n  const blob = new Blob([csv], { type: 'text/csv' });\n  const a = document.createElement('a');\n  a.href = URL.createObjectURL(blob);\n  a.download = '顧客一覧.csv';\n  a.click();\n}\n```\n\nあと、住所にカンマが入ってると列がずれます。"
        ),
        _u(
            "フォームを送ると毎回こんな警告が出ます：\n\n```\nWarning: Undefined array key \"newsletter\" in /var/www/html/contact.php on line 9\n```\n\n```php\n<?php\n$name = $_POST['name'];\n$email = $_POST['email'];\n$message = $_POST['message'];\n$newsletter = $_POST['newsletter'];  // チェックボックス\n\nif ($newsletter == 'on') {\n    add_to_list($email);\n}\n```\n\nチェックを入れないと出るみたい。ついでに入力チェックもちゃんとしたいです。"
        ),
        _u(
            "商品マスタを取り込むPythonスクリプトを作ってほしいです。仕様はこんな感じ：\n\n- ファイル：毎朝 /import/items_YYYYMMDD.csv に置かれる（UTF-8 BOM付き）\n- 列：商品コード, 商品名, JANコード, 定価, 廃番フラグ\n- 商品コードは英数字8桁、JANは13桁の数字（チェックデジットも確認）\n- 定価は0以上の整数\n- 廃番フラグは 0/1\n- エラーの行はスキップして errors.csv に行番号と理由を書く\n- 正常な行は SQLite の items テーブルに upsert\n\nよろしくお願いします。"
        ),
        _u("SQLで、ユーザーごとに直近3件の注文だけ取りたい。PostgreSQLです"),
        _u("Vueのv-forで出してる表に、合計の行を一番下に付けたい"),
        _u(
            "Pythonで、取引先から届くPDFの請求書からテキストを抜き出して、品目と金額の行だけCSVにしたい"
        ),
        _u("Railsのenumでstatusを定義して、画面では日本語で表示したい"),
        _u(
            "Laravelで、ログインしているユーザーが自分の注文だけ見られるようにしたい。他人のIDをURLに入れても見えないように"
        ),
        _u("Node.jsでフォルダを監視して、新しいCSVが置かれたらDBに取り込むスクリプトを書きたい"),
        _u("JavaScriptで、idが同じオブジェクトを配列から取り除く一番簡単な書き方は？"),
        _u("Excelで、年と月を入れたらその月の第2月曜日の日付が出る式ってありますか"),
        _u("Goの構造体をJSONにするとき、空のフィールドを出力しない方法"),
        _u(
            "Androidで、金額を入力している最中に3桁ごとにカンマを入れて表示するEditTextを作りたい（Kotlin）"
        ),
        _u("Swiftで、APIを叩くのを1日1回だけにしたい。最後に取得した日時を保存して判定する感じで"),
        _u("Jestでfetchをモックして、API呼び出し関数のテストを書きたいです"),
        _u("PostgreSQLで、JSONBカラムの中の特定のキーの値で検索したい。インデックスも張りたい"),
        _u(
            "C#でCSVを読むとき、ダブルクォートで囲まれたカンマをちゃんと扱いたい。ライブラリ使ってもいい"
        ),
        _u(
            "うちの店の予約サイト、予約一覧が登録順に並んでて見にくいので日付と時間の順にしたい。PHPで作ってもらったもので、SQLのどこを直せばいいか教えてください"
        ),
        _m(
            "FastAPIでユーザー登録のAPIを作りたい",
            "```python\nclass UserCreate(BaseModel):\n    email: EmailStr\n    password: str = Field(min_length=8)\n\n@app.post('/users', status_code=201)\ndef register(data: UserCreate, db: Session = Depends(get_db)):\n    user = User(email=data.email, password_hash=hash_password(data.password))\n    db.add(user)\n    db.commit()\n    return {'id': user.id, 'email': user.email}\n```",
            "メールアドレスが重複してたら409を返したい",
        ),
        _m(
            "SQLで日別の売上を出したい",
            "```sql\nSELECT DATE(ordered_at) AS day, SUM(amount) AS sales\nFROM orders\nGROUP BY DATE(ordered_at)\nORDER BY day;\n```",
            "前日比も横に出して",
        ),
        _m(
            "Reactで商品カードの一覧を表示したい",
            '```jsx\nfunction ProductGrid({ products }) {\n  return (\n    <div className="grid">\n      {products.map(p => (\n        <div key={p.id} className="card">\n          <img src={p.imageUrl} alt={p.name} />\n          <h3>{p.name}</h3>\n          <p>¥{p.price.toLocaleString()}</p>\n        </div>\n      ))}\n    </div>\n  );\n}\n```',
            "在庫0のはグレーにして「売り切れ」って出して",
        ),
        _m(
            "Pythonで、logsフォルダの7日より古いログをzipにまとめたい",
            "```python\nimport time, zipfile\nfrom pathlib import Path\n\nlimit = time.time() - 7 * 86400\nold = [p for p in Path('logs').glob('*.log') if p.stat().st_mtime < limit]\nwith zipfile.ZipFile(f'logs/archive_{time.strftime(\"%Y%m%d\")}.zip', 'w', zipfile.ZIP_DEFLATED) as z:\n    for p in old:\n        z.write(p, p.name)\n```",
            "zipに入れたら元のファイルは消して",
        ),
        _m(
            "Spring Data JPAで、条件が入力されたものだけで絞り込む検索を作りたい（名前、カテゴリ、価格帯）",
            '```java\npublic static Specification<Product> nameLike(String name) {\n    return (root, q, cb) -> name == null ? null : cb.like(root.get("name"), "%" + name + "%");\n}\npublic static Specification<Product> categoryIs(String c) {\n    return (root, q, cb) -> c == null ? null : cb.equal(root.get("category"), c);\n}\n// repo.findAll(Specification.where(nameLike(n)).and(categoryIs(c)))\n```',
            "ページングもつけたい",
        ),
        _m(
            "TypeScriptで、APIのレスポンスがUser型か確かめる型ガードを書いて",
            "```ts\nfunction isUser(x: unknown): x is User {\n  return typeof x === 'object' && x !== null\n    && typeof (x as any).id === 'number'\n    && typeof (x as any).name === 'string';\n}\n```",
            "zodで書き直して",
        ),
        _m(
            "PHPでCSVをアップロードして商品テーブルに取り込みたい",
            "```php\nif (is_uploaded_file($_FILES['csv']['tmp_name'])) {\n    $fp = fopen($_FILES['csv']['tmp_name'], 'r');\n    $stmt = $pdo->prepare('INSERT INTO products (code, name, price) VALUES (?, ?, ?)');\n    while (($row = fgetcsv($fp)) !== false) {\n        $stmt->execute([$row[0], $row[1], (int) $row[2]]);\n    }\n    fclose($fp);\n}\n```",
            "1行目のヘッダーは飛ばして、既にあるコードは更新にしたい",
        ),
        _m(
            "GoのGinのハンドラのテストってどう書く？",
            '```go\nfunc TestGetItem(t *testing.T) {\n    gin.SetMode(gin.TestMode)\n    r := gin.New()\n    r.GET("/items/:id", GetItem)\n\n    w := httptest.NewRecorder()\n    req := httptest.NewRequest(http.MethodGet, "/items/1", nil)\n    r.ServeHTTP(w, req)\n\n    if w.Code != http.StatusOK {\n        t.Fatalf("status = %d", w.Code)\n    }\n}\n```',
            "返ってきたJSONの中身もチェックしたい",
        ),
        _m(
            "Flutterでメモアプリの一覧画面を作りたい",
            "```dart\nclass MemoListPage extends StatelessWidget {\n  final List<Memo> memos;\n  const MemoListPage({super.key, required this.memos});\n\n  @override\n  Widget build(BuildContext context) {\n    return Scaffold(\n      appBar: AppBar(title: const Text('メモ')),\n      body: ListView.builder(\n        itemCount: memos.length,\n        itemBuilder: (_, i) => ListTile(title: Text(memos[i].title), subtitle: Text(memos[i].updatedAt.toString())),\n      ),\n    );\n  }\n}\n```",
            "タップしたら編集画面に行くようにして",
            "```dart\nitemBuilder: (context, i) => ListTile(\n  title: Text(memos[i].title),\n  onTap: () => Navigator.push(\n    context,\n    MaterialPageRoute(builder: (_) => MemoEditPage(memo: memos[i])),\n  ),\n),\n```",
            "編集から戻ってきたら一覧を更新したい",
        ),
        _m(
            "GASで、Googleフォームに回答が来たら回答者に確認メールを送りたい",
            "```js\nfunction onFormSubmit(e) {\n  const email = e.namedValues['メールアドレス'][0];\n  MailApp.sendEmail(email, 'お申し込みありがとうございます', '内容を確認のうえ、ご連絡いたします。');\n}\n```\nトリガーで「フォーム送信時」に設定してください。",
            "件名に回答者の名前を入れて、本文に回答内容を全部載せたい",
        ),
        _s(
            "あなたは社内ポータル開発チームのコーディング支援AIです。フロントエンドは Nuxt 3、APIは Hono + Drizzle ORM（PostgreSQL）です。",
            "お知らせ一覧APIに、ログインユーザーごとの既読・未読フラグを付けたい。既読にするAPIも",
        ),
        _s(
            "あなたは高校「情報I」の授業用アシスタントです。生徒にわかる言葉で説明してください。",
            "Pythonで、テストの点数のリストから平均点と最高点と最低点を出すプログラムを作りたいです",
        ),
        _s(
            "あなたはクラウド会計サービス「カンタン帳簿」のサポートAIです。取引は「日付, 内容, 金額(入金はプラス, 出金はマイナス)」の3列CSVでインポートできます。",
            "銀行のCSVがそのまま取り込めません。日付が2024/05/01形式で、入金と出金が別々の列になってます。Excelでどう変換すればいいですか",
        ),
        _s(
            "You are a coding assistant. Respond in Japanese. Project: Ruby on Rails 7 EC site.",
            "商品にレビュー機能を付けたい（星1〜5とコメント）",
            "```bash\nbin/rails g model Review product:references user:references rating:integer body:text\n```\n```ruby\nclass Review < ApplicationRecord\n  belongs_to :product\n  belongs_to :user\n  validates :rating, inclusion: { in: 1..5 }\n  validates :body, length: { maximum: 1000 }\nend\n```",
            "1人1商品1レビューまでにしたい",
        ),
        _s(
            "あなたは VS Code 上で動くAIアシスタントです。開いているファイル: src/lib/date.ts（date-fns を使用）、テストは Vitest。",
            "期限日までの残り日数を返す daysUntil を追加して、テストも書いて。過ぎてたらマイナス",
        ),
        _u(
            "会員登録で時々こうなります：\n\n```\nTraceback (most recent call last):\n  File \"app.py\", line 52, in register\n    db.execute('INSERT INTO members (email, name) VALUES (?, ?)', (email, name))\nsqlite3.IntegrityError: UNIQUE constraint failed: members.email\n```\n\n```python\n@app.post('/register')\ndef register():\n    email = request.form['email']\n    name = request.form['name']\n    db.execute('INSERT INTO members (email, name) VALUES (?, ?)', (email, name))\n    db.commit()\n    return redirect('/thanks')\n```\n\n500エラー画面じゃなくて「このメールアドレスは登録済みです」とフォームに出したいです。大文字小文字違いも同じ扱いにしたい。"
        ),
        _u(
            "注文詳細の画面でエラーになります：\n\n```\nError: Call to a member function format() on string\n(View: /var/www/resources/views/orders/show.blade.php)\n```\n\n```blade\n<dl>\n  <dt>注文日</dt>\n  <dd>{{ $order->ordered_at->format('Y年m月d日 H:i') }}</dd>\n  <dt>お届け予定</dt>\n  <dd>{{ $order->delivery_date->format('Y年m月d日') }}</dd>\n</dl>\n```\n\nordered_at は大丈夫で、delivery_date のほうで落ちてるみたいです。マイグレーションでは date 型にしてます。"
        ),
        _u(
            "整体院の予約システムで、空いている枠を出すクエリが書けません。\n\n```\nslots（営業枠）\n id | staff_id | starts_at        | minutes\n  1 | 1        | 2024-06-10 10:00 | 30\n  2 | 1        | 2024-06-10 10:30 | 30\n  3 | 2        | 2024-06-10 10:00 | 60\n\nreservations（予約）\n id | slot_id | status\n 10 | 1       | confirmed\n 11 | 3       | cancelled\n```\n\n指定した日付で、confirmed の予約が入っていない枠だけをスタッフ別・時間順に出したいです（キャンセルされた枠は空きとして扱う）。MySQLです。"
        ),
        _u(
            "ボタンが3つあって、どれを押しても「3番目が押されました」になります：\n\n```html\n<button class=\"plan\">ライト</button>\n<button class=\"plan\">スタンダード</button>\n<button class=\"plan\">プレミアム</button>\n<script>\n  var buttons = document.querySelectorAll('.plan');\n  for (var i = 0; i < buttons.length; i++) {\n    buttons[i].addEventListener('click', function () {\n      alert((i + 1) + '番目が押されました');\n      selectPlan(i);\n    });\n  }\n</script>\n```\n\nなぜですか？直し方も教えてください。"
        ),
        _u(
            "自治会の行事の出欠をネットで取りたくて、ざっくりこういうのを考えています。作れる人に渡せるように、HTMLフォームと保存するところ（Googleスプレッドシートに溜まればOK）を作ってもらえませんか。\n\n・行事名（夏祭り準備／防災訓練／清掃活動 から選ぶ）\n・班（1班〜8班）\n・世帯の代表者名\n・参加人数（大人・子どもを別々に、0〜10）\n・出欠（参加／不参加）\n・連絡事項（自由記入、200字まで）\n\n同じ班・同じ代表者名で二回送ったら上書きされるようにしたいです。"
        ),
        _u(
            '日付の変換で落ちます：\n\n```\nException in thread "main" java.time.format.DateTimeParseException: Text \'2024/5/1\' could not be parsed at index 5\n\tat java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2052)\n\tat java.base/java.time.LocalDate.parse(LocalDate.java:430)\n\tat jp.example.batch.ImportJob.toDate(ImportJob.java:88)\n```\n\n```java\nprivate static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy/MM/dd");\n\nLocalDate toDate(String s) {\n    return LocalDate.parse(s, F);\n}\n```\n\n取り込むファイルには 2024/05/01 と 2024/5/1 の両方が混ざってます。'
        ),
    ],
    "fr": [
        _u(
            "j'ai besoin d'une requête SQL qui sort les adhérents dont l'adhésion expire dans les 30 prochains jours, table adherents(id, nom, date_fin_adhesion)"
        ),
        _u(
            "petit script python qui parcourt un dossier de factures PDF et liste dans un CSV le nom du fichier, sa taille et sa date de modif"
        ),
        _u(
            "Dans Google Sheets je voudrais concaténer prénom et nom (colonnes A et B) avec juste la première lettre de chaque en majuscule"
        ),
        _u(
            "symfony : le FormType pour une entité Reservation avec date d'arrivée, date de départ et nombre de personnes"
        ),
        _u(
            "la liste des commandes du back-office doit pouvoir se filtrer par statut et par période. C'est du Rails 7, je mets ça où ?"
        ),
        _u(
            "Comment arrondir un prix TTC au centime en JavaScript sans les erreurs de virgule flottante ?"
        ),
        _u(
            "Migration Doctrine pour ajouter un index unique sur la colonne email de la table client"
        ),
        _u(
            "écris-moi un test PHPUnit pour une fonction fraisDePort($poids) : jusqu'à 1 kg 5 €, jusqu'à 5 kg 9 €, au-delà 15 €"
        ),
        _u(
            "En Go, comment lire un fichier ligne par ligne et compter les lignes qui contiennent 'ERROR' ?"
        ),
        _u(
            "regex pour un numéro de téléphone français, avec ou sans espaces ou points, et +33 accepté"
        ),
        _u(
            "Kotlin/Android : afficher une liste de contacts dans un RecyclerView avec une barre de recherche au-dessus"
        ),
        _u(
            "comment faire pour que le champ date de naissance de mon formulaire refuse une date dans le futur ? c'est du html tout simple"
        ),
        _u("Swift : formater un montant en euros à la française, genre 1 234,56 €"),
        _u(
            "Dans notre appli Laravel je veux qu'un mail de rappel parte automatiquement la veille de chaque rendez-vous à 18h"
        ),
        _m(
            "une API REST en Express pour gérer des livres (CRUD), en mémoire pour commencer",
            "```js\nlet livres = [];\nlet nextId = 1;\napp.get('/livres', (req, res) => res.json(livres));\napp.get('/livres/:id', (req, res) => {\n  const l = livres.find(x => x.id == req.params.id);\n  l ? res.json(l) : res.sendStatus(404);\n});\napp.post('/livres', (req, res) => {\n  const l = { id: nextId++, ...req.body };\n  livres.push(l);\n  res.status(201).json(l);\n});\napp.put('/livres/:id', (req, res) => {\n  const i = livres.findIndex(x => x.id == req.params.id);\n  if (i < 0) return res.sendStatus(404);\n  livres[i] = { ...livres[i], ...req.body };\n  res.json(livres[i]);\n});\napp.delete('/livres/:id', (req, res) => {\n  livres = livres.filter(x => x.id != req.params.id);\n  res.sendStatus(204);\n});\n```",
            "maintenant avec SQLite",
        ),
        _m(
            "SQL : nombre de ventes par mois pour 2024",
            "```sql\nSELECT EXTRACT(MONTH FROM date_vente) AS mois, COUNT(*) AS nb\nFROM ventes\nWHERE date_vente >= '2024-01-01' AND date_vente < '2025-01-01'\nGROUP BY mois\nORDER BY mois;\n```",
            "avec 2023 à côté pour comparer",
        ),
        _m(
            "un composant React qui affiche une note sur 5 en étoiles",
            "```jsx\nfunction Etoiles({ note }) {\n  return <span>{[1, 2, 3, 4, 5].map(i => <span key={i}>{i <= note ? '★' : '☆'}</span>)}</span>;\n}\n```",
            "qu'on puisse cliquer pour noter",
        ),
        _m(
            "comment lire un fichier JSON en Python et récupérer le prix de chaque produit ?",
            "```python\nimport json\nwith open('produits.json', encoding='utf-8') as f:\n    produits = json.load(f)\nprix = [p['prix'] for p in produits]\n```",
            "certains n'ont pas de prix, ça plante",
        ),
        _m(
            "modèle Django pour des recettes avec des ingrédients et leurs quantités",
            "```python\nclass Ingredient(models.Model):\n    nom = models.CharField(max_length=100, unique=True)\n\nclass Recette(models.Model):\n    titre = models.CharField(max_length=200)\n    ingredients = models.ManyToManyField(Ingredient, through='Dose')\n\nclass Dose(models.Model):\n    recette = models.ForeignKey(Recette, on_delete=models.CASCADE)\n    ingredient = models.ForeignKey(Ingredient, on_delete=models.PROTECT)\n    quantite = models.DecimalField(max_digits=7, decimal_places=2)\n    unite = models.CharField(max_length=20)\n```",
            "et l'admin qui va avec, avec les doses dans la page de la recette",
        ),
        _m(
            "fonction C# qui calcule le nombre de jours ouvrés entre deux dates",
            "```csharp\npublic static int JoursOuvres(DateOnly debut, DateOnly fin)\n{\n    int n = 0;\n    for (var d = debut; d <= fin; d = d.AddDays(1))\n        if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday) n++;\n    return n;\n}\n```",
            "en enlevant les jours fériés français",
        ),
        _m(
            "script bash pour redimensionner toutes les images d'un dossier à 800px de large",
            "`mogrify -resize 800x *.jpg`",
            "sans écraser les originaux",
        ),
        _m(
            "Requête MongoDB pour trouver les utilisateurs inscrits en 2024",
            "```js\ndb.utilisateurs.find({\n  dateInscription: { $gte: ISODate('2024-01-01'), $lt: ISODate('2025-01-01') }\n})\n```",
            "compter par ville plutôt",
        ),
        _m(
            "Java : lire un CSV avec OpenCSV dans une liste d'objets Produit",
            '```java\npublic class Produit {\n    @CsvBindByName(column = "ref") private String ref;\n    @CsvBindByName(column = "libelle") private String libelle;\n    @CsvBindByName(column = "prix") private BigDecimal prix;\n}\n\nList<Produit> produits = new CsvToBeanBuilder<Produit>(new FileReader("produits.csv"))\n    .withType(Produit.class).withSeparator(\';\').build().parse();\n```',
            "et si une ligne est mal formée je veux la sauter et la logger",
        ),
        _m(
            "comment ajouter un bouton supprimer sur chaque ligne de ma liste en Vue ?",
            '```vue\n<li v-for="(t, i) in taches" :key="t.id">\n  {{ t.titre }}\n  <button @click="taches.splice(i, 1)">Supprimer</button>\n</li>\n```',
            "avec une confirmation avant",
            "```vue\n<button @click=\"supprimer(i)\">Supprimer</button>\n\n<script setup>\nfunction supprimer(i) {\n  if (confirm('Supprimer cette tâche ?')) taches.value.splice(i, 1)\n}\n</script>\n```",
            "et que ça appelle l'API en DELETE",
        ),
        _m(
            "Sheets : formule pour compter les lignes dont la date (colonne A) est entre deux dates mises en F1 et F2",
            '`=NB.SI.ENS(A:A; ">="&F1; A:A; "<="&F2)`',
            "seulement si la colonne C dit 'payé'",
        ),
        _s(
            "Tu es un assistant de code intégré à l'éditeur. Projet : API Symfony 7 avec API Platform et Doctrine.",
            "ajoute un filtre de recherche partielle par nom sur la ressource Produit",
        ),
        _s(
            "Tu es le tuteur du module d'initiation à Python de première année. Réponds simplement, avec des exemples courts.",
            "comment je demande un nombre à l'utilisateur et je redemande tant qu'il tape des lettres ?",
        ),
        _s(
            "Tu es l'assistant du support de Caisse&Co, un logiciel de caisse pour commerçants. Les clients peuvent ajouter des scripts personnalisés en JavaScript qui reçoivent l'objet `ticket`.",
            "bonjour, je voudrais que le ticket affiche en bas le total économisé grâce aux promos, c'est possible avec un script ?",
        ),
        _s(
            "You are a helpful coding assistant. Answer in French.",
            "écris une classe Python Panier avec ajouter, retirer et total",
            "```python\nclass Panier:\n    def __init__(self):\n        self.lignes = {}\n\n    def ajouter(self, produit, prix, qte=1):\n        p, q = self.lignes.get(produit, (prix, 0))\n        self.lignes[produit] = (prix, q + qte)\n\n    def retirer(self, produit):\n        self.lignes.pop(produit, None)\n\n    def total(self):\n        return sum(prix * q for prix, q in self.lignes.values())\n```",
            "ajoute un code promo en pourcentage",
        ),
        _s(
            "Tu aides les analystes d'un réseau de librairies indépendantes. Base PostgreSQL : ventes(id, librairie_id, isbn, quantite, date_vente), livres(isbn, titre).",
            "top 20 des livres les plus vendus par librairie sur le dernier trimestre",
        ),
        _s(
            "Tu es un assistant intégré à Android Studio. Le projet utilise Jetpack Compose et un ViewModel par écran.",
            "je veux sauvegarder le brouillon du formulaire quand l'utilisateur quitte l'écran et le remettre quand il revient",
        ),
        _u(
            "mon script qui additionne les ventes plante :\n\n```\nTraceback (most recent call last):\n  File \"total.py\", line 9, in <module>\n    total += ligne['montant']\nTypeError: unsupported operand type(s) for +=: 'int' and 'str'\n```\n\n```python\nimport csv\ntotal = 0\nwith open('ventes.csv', encoding='utf-8') as f:\n    for ligne in csv.DictReader(f, delimiter=';'):\n        total += ligne['montant']\nprint(total)\n```\n\nles montants dans le fichier sont écrits comme ça : 12,50 ou 1 200,00"
        ),
        _u(
            "Le formulaire d'inscription ne valide jamais, j'ai ça dans le profiler Symfony :\n\n```\nThis form should not contain extra fields.\nForm: inscription  Extra fields: \"plainPassword_confirm\"\n```\n\n```php\n$builder\n    ->add('email', EmailType::class)\n    ->add('plainPassword', PasswordType::class, ['mapped' => false]);\n```\n\ndans le twig j'ai ajouté à la main un `<input name=\"inscription[plainPassword_confirm]\">` pour la confirmation. Comment faire proprement ?"
        ),
        _u(
            "On a des doublons dans la table clients, exemple :\n\n```\n id  | email                  | nom        | cree_le\n-----+------------------------+------------+------------\n 102 | contact@fleursduport.fr | Fleurs du Port      | 2021-03-02\n 877 | Contact@FleursDuPort.fr | Fleurs du port SARL | 2023-09-14\n 415 | atelier@boisetcie.fr    | Atelier B.          | 2022-01-20\n 990 | atelier@boisetcie.fr    | Bois & Cie          | 2024-02-11\n```\n\nJe veux une requête (PostgreSQL) qui liste les doublons par email sans tenir compte de la casse, puis une qui supprime tous sauf le plus ancien. Les commandes pointent sur clients.id, il faudrait les rattacher au client gardé avant."
        ),
        _u(
            "Le tri des tailles dans ma boutique est bizarre, le 10 passe avant le 2 :\n\n```js\nconst tailles = ['2', '10', '4', '12', '6', '8'];\ntailles.sort();\nconsole.log(tailles); // ['10', '12', '2', '4', '6', '8']\n```\n\nEt j'ai aussi des tailles comme 'S', 'M', 'L', 'XL' dans d'autres produits, il faudrait qu'elles soient dans l'ordre logique, pas alphabétique."
        ),
        _u(
            "Bonjour, je tiens une petite épicerie et mon neveu veut me faire une appli pour le stock. Il m'a demandé de lister ce dont j'ai besoin, le voilà :\n\n- les produits (nom, fournisseur, prix d'achat, prix de vente, quantité en stock, seuil d'alerte)\n- les livraisons des fournisseurs (date, produits et quantités reçues)\n- les ventes du jour (on les saisit le soir en gros)\n- une liste de ce qui passe sous le seuil\n- la marge par produit sur le mois\n\nVous pouvez lui préparer les tables SQL et les requêtes pour les deux dernières listes ?"
        ),
        _u(
            "mon test Laravel échoue :\n\n```\n   FAIL  Tests\\Feature\\ArticleTest\n  ✕ creation article  0.21s\n  Expected response status code [201] but received 422.\n  The following errors occurred during the last request:\n  {\n      \"message\": \"The slug field is required.\",\n      \"errors\": { \"slug\": [\"The slug field is required.\"] }\n  }\n```\n\n```php\npublic function test_creation_article(): void\n{\n    $user = User::factory()->create();\n    $this->actingAs($user)\n        ->postJson('/api/articles', ['titre' => 'Bonjour', 'contenu' => 'Texte'])\n        ->assertCreated();\n}\n```\n\nLe slug devrait être généré automatiquement à partir du titre, pas envoyé par le client."
        ),
        _u(
            "requête SQL pour trouver les produits dont le prix a changé plus de 3 fois ce mois-ci, j'ai une table historique_prix(produit_id, prix, modifie_le)"
        ),
        _u("Comment générer le PDF d'une facture en PHP avec Dompdf à partir d'un template Twig ?"),
        _u("en JS comment je récupère les paramètres de l'URL genre ?page=2&tri=prix"),
        _u(
            "Django : un champ code postal qui remplit la ville tout seul à partir de notre table de communes"
        ),
        _u(
            "Script bash qui vérifie si le disque est rempli à plus de 90 % et écrit une alerte dans un log"
        ),
        _u(
            "Comment on fait une pagination par curseur (après le dernier id vu) au lieu d'OFFSET en SQL ?"
        ),
        _u("Laravel : un seeder qui crée 50 faux produits répartis dans 5 catégories"),
        _u("Java : convertir un LocalDateTime stocké en UTC vers l'heure de Paris pour l'afficher"),
        _u(
            "TypeScript : transformer un objet { page: 2, tri: 'prix' } en query string, en ignorant les valeurs undefined"
        ),
        _u(
            "Excel : formule pour extraire le domaine d'une adresse mail, tout ce qui est après le @"
        ),
        _u(
            "Kotlin : test unitaire pour un ViewModel qui charge une liste depuis un repository, avec des coroutines"
        ),
        _u("Go : parser une date au format français jj/mm/aaaa"),
        _u(
            "comment empêcher qu'une personne réserve plus d'un créneau par jour sur notre appli de réservation de salles ? c'est du Node avec Postgres"
        ),
        _u(
            "Rust : lire un CSV et écrire dans un autre fichier seulement les lignes où la colonne quantite est > 0"
        ),
        _u(
            "mon site de vente de fromages doit calculer les frais de port selon le département de livraison. comment je stocke les tarifs et je fais le calcul en PHP ?"
        ),
        _m(
            "API Flask qui renvoie la liste des événements en JSON",
            "```python\n@app.get('/api/evenements')\ndef evenements():\n    rows = Evenement.query.order_by(Evenement.date.asc()).all()\n    return jsonify([e.to_dict() for e in rows])\n```",
            "filtrer par ville et par date de début",
        ),
        _m(
            "SQL : chiffre d'affaires par trimestre",
            "```sql\nSELECT date_trunc('quarter', date_commande) AS trimestre, SUM(montant) AS ca\nFROM commandes\nGROUP BY 1\nORDER BY 1;\n```",
            "avec l'évolution en % par rapport au trimestre d'avant",
        ),
        _m(
            "Python : renommer les colonnes d'un DataFrame en snake_case",
            "```python\nimport re\ndf.columns = [re.sub(r'\\W+', '_', c.strip()).lower() for c in df.columns]\n```",
            "et enlever les accents, j'ai 'Date de création' et 'Quantité livrée'",
        ),
        _m(
            "Spring : un service qui envoie un mail de bienvenue à l'inscription",
            '```java\n@Service\n@RequiredArgsConstructor\npublic class BienvenueService {\n    private final JavaMailSender mailSender;\n\n    public void envoyer(String email, String prenom) {\n        SimpleMailMessage msg = new SimpleMailMessage();\n        msg.setTo(email);\n        msg.setSubject("Bienvenue !");\n        msg.setText("Bonjour " + prenom + ", merci pour votre inscription.");\n        mailSender.send(msg);\n    }\n}\n```',
            "le test unitaire avec un mock du JavaMailSender",
        ),
        _m(
            "Vue : liste de tâches avec un filtre toutes / faites / à faire",
            '```vue\n<script setup>\nconst taches = ref([])\nconst filtre = ref(\'toutes\')\nconst visibles = computed(() => {\n  if (filtre.value === \'faites\') return taches.value.filter(t => t.faite)\n  if (filtre.value === \'afaire\') return taches.value.filter(t => !t.faite)\n  return taches.value\n})\n</script>\n<template>\n  <select v-model="filtre"><option value="toutes">Toutes</option><option value="faites">Faites</option><option value="afaire">À faire</option></select>\n  <ul><li v-for="t in visibles" :key="t.id"><input type="checkbox" v-model="t.faite" /> {{ t.titre }}</li></ul>\n</template>\n```',
            "un petit compteur 'x tâches restantes' en bas",
        ),
        _m(
            "C# : LINQ pour regrouper les ventes par mois",
            "```csharp\nvar parMois = ventes\n    .GroupBy(v => new { v.Date.Year, v.Date.Month })\n    .Select(g => new { g.Key.Year, g.Key.Month, Total = g.Sum(v => v.Montant) })\n    .OrderBy(x => x.Year).ThenBy(x => x.Month);\n```",
            "les mois sans vente doivent apparaître à 0",
        ),
        _m(
            "Ruby : script qui lit un fichier config.yml",
            "```ruby\nrequire 'yaml'\nconfig = YAML.safe_load_file('config.yml', symbolize_names: true)\nputs config[:base_url]\n```",
            "vérifier que base_url, timeout et dossier_sortie sont bien présents, sinon message clair",
        ),
        _m(
            "Node : générer un QR code pour chaque billet de notre spectacle",
            "```js\nconst QRCode = require('qrcode');\nconst url = await QRCode.toDataURL(`https://billets.example.fr/verif/${billet.code}`);\n```",
            "les enregistrer en PNG avec le numéro du billet comme nom de fichier",
        ),
        _m(
            "Symfony : entité Article avec titre, contenu et date de publication",
            "```php\n#[ORM\\Entity(repositoryClass: ArticleRepository::class)]\nclass Article\n{\n    #[ORM\\Id, ORM\\GeneratedValue, ORM\\Column] private ?int $id = null;\n    #[ORM\\Column(length: 200)] private string $titre;\n    #[ORM\\Column(type: 'text')] private string $contenu;\n    #[ORM\\Column] private \\DateTimeImmutable $publieLe;\n}\n```",
            "ajoute une relation vers Categorie",
            "```php\n#[ORM\\ManyToOne(inversedBy: 'articles')]\n#[ORM\\JoinColumn(nullable: false)]\nprivate Categorie $categorie;\n```\nEt dans `Categorie` : `#[ORM\\OneToMany(mappedBy: 'categorie', targetEntity: Article::class)] private Collection $articles;`",
            "et dans le repository les 5 derniers articles d'une catégorie",
        ),
        _m(
            "Sheets : mettre en rouge les dates d'échéance dépassées (colonne D)",
            'Mise en forme conditionnelle sur D2:D, formule personnalisée : `=ET(D2<>""; D2<AUJOURDHUI())`',
            "sauf si la colonne E vaut 'terminé'",
        ),
        _s(
            "Tu es l'assistant de code de l'équipe informatique d'une mairie. Projet : application Laravel de prise de rendez-vous pour les guichets (passeports, état civil).",
            "ajoute la possibilité d'annuler un rendez-vous avec un lien reçu par mail, sans avoir à se connecter",
        ),
        _s(
            "Tu es un tuteur pour une classe de NSI au lycée. Explique avec des mots simples.",
            "comment je trie une liste de tuples (nom, note) par note décroissante en python ? et si deux notes sont égales par nom ?",
        ),
        _s(
            "Tu es l'assistant du support de Formulo, un outil de formulaires en ligne. Les champs calculés acceptent du JavaScript avec accès à `champs.nomDuChamp`.",
            "je veux un champ Total qui calcule quantité × prix unitaire + 20 % de TVA en direct pendant que la personne remplit",
        ),
        _s(
            "Tu es intégré à JetBrains Rider. Projet : API ASP.NET Core 8 avec EF Core et SQL Server.",
            "ajoute un endpoint qui retourne les commandes d'un client avec leurs lignes, sans boucle infinie dans le JSON",
        ),
        _u(
            'impossible de supprimer une catégorie depuis l\'admin :\n\n```\nsqlalchemy.exc.IntegrityError: (psycopg2.errors.ForeignKeyViolation) update or delete on table "categories" violates foreign key constraint "produits_categorie_id_fkey" on table "produits"\nDETAIL:  Key (id)=(12) is still referenced from table "produits".\n[SQL: DELETE FROM categories WHERE categories.id = %(id)s]\n```\n\n```python\nclass Categorie(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    nom = db.Column(db.String(80))\n    produits = db.relationship(\'Produit\', backref=\'categorie\')\n```\n\nce que je voudrais : si la catégorie a des produits, afficher un message « déplacez d\'abord les produits », sinon la supprimer.'
        ),
        _u(
            "ma page affiche rien et j'ai ça dans la console :\n\n```\nUncaught TypeError: Cannot set properties of null (setting 'innerHTML')\n    at afficherMenu (menu.js:4:27)\n    at menu.js:12:1\n```\n\n```html\n<head>\n  <meta charset=\"utf-8\">\n  <title>Menu du jour</title>\n  <script src=\"menu.js\"></script>\n</head>\n<body>\n  <div id=\"menu\"></div>\n</body>\n```\n\n```js\nfunction afficherMenu(plats) {\n  document.getElementById('menu').innerHTML = plats.map(p => `<p>${p.nom} — ${p.prix} €</p>`).join('');\n}\nafficherMenu(platsDuJour);\n```"
        ),
        _u(
            "On organise des ateliers (poterie, couture, cuisine...) et je dois afficher les places restantes :\n\n```\nateliers(id, titre, date, capacite)\ninscriptions(id, atelier_id, nb_places, annulee BOOLEAN)\n```\n\nExemple attendu :\n\n```\ntitre           | date       | capacite | reservees | restantes\nPoterie débutant| 2025-04-12 | 8        | 6         | 2\nCouture zéro    | 2025-04-13 | 10       | 0         | 10\n```\n\nLes inscriptions annulées ne comptent pas. MySQL 8. Et en bonus, comment éviter de dépasser la capacité quand deux personnes s'inscrivent en même temps ?"
        ),
        _u(
            "L'API renvoie les accents sous forme bizarre :\n\n```php\n$produits = [\n    ['nom' => 'Crème brûlée', 'prix' => 6.5],\n    ['nom' => 'Pâté en croûte', 'prix' => 9.9],\n];\nheader('Content-Type: application/json');\necho json_encode($produits);\n```\n\nSortie :\n\n```\n[{\"nom\":\"Cr\\u00e8me br\\u00fbl\\u00e9e\",\"prix\":6.5},{\"nom\":\"P\\u00e2t\\u00e9 en cro\\u00fbte\",\"prix\":9.9}]\n```\n\nLe front affiche bien les accents mais mon collègue veut que le JSON soit lisible quand il le regarde. Et le prix 9.9 devrait être 9.90."
        ),
        _u(
            "Bonjour, je suis bénévole dans un club de foot amateur. On voudrait une petite appli pour organiser les déplacements :\n\n- liste des matchs (date, heure de rendez-vous, adresse du stade, catégorie U11/U13/U15)\n- pour chaque match, les parents indiquent s'ils peuvent conduire et combien de places ils ont\n- les joueurs sont répartis dans les voitures, on voit qui manque d'une place\n- l'entraîneur peut modifier la répartition à la main\n\nQuelqu'un pourrait écrire le schéma de base (PostgreSQL) et les routes principales en Express ? On n'a pas besoin de plus compliqué."
        ),
        _u(
            'J\'ai une exception quand je retire les articles expirés du panier :\n\n```\nException in thread "main" java.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)\n\tat fr.boutique.Panier.nettoyer(Panier.java:31)\n```\n\n```java\npublic void nettoyer() {\n    for (Article a : articles) {\n        if (a.estExpire()) {\n            articles.remove(a);\n        }\n    }\n}\n```'
        ),
    ],
    "pt": [
        _u(
            "preciso de uma query que traga os clientes que compraram mais de 3 vezes no último mês, postgres"
        ),
        _u(
            "como valido CPF num formulário em JavaScript? só o cálculo dos dígitos verificadores, sem chamar API"
        ),
        _u(
            "script em Python que lê a planilha de estoque do mercadinho e gera um relatório dos itens com validade vencendo nos próximos 15 dias"
        ),
        _u(
            "No Excel, quero que a linha inteira fique vermelha quando a coluna F (status) for 'Atrasado'. Qual fórmula coloco na formatação condicional?"
        ),
        _u("schema do Prisma pra pedidos e itens do pedido, com preço unitário em Decimal"),
        _u(
            "a tela de produtos precisa de um filtro por marca e por faixa de preço. front em Angular e back em Node com Express, como passo os filtros e monto a query?"
        ),
        _u("Como formatar valor em reais (R$ 1.234,56) no Java?"),
        _u(
            "migration no Rails pra adicionar a coluna telefone_whatsapp em clientes, string, opcional"
        ),
        _u(
            "teste com JUnit pra um método que calcula o frete: grátis acima de R$ 199, senão R$ 19,90"
        ),
        _u(
            "Go: função que valida se o CEP tem 8 dígitos (aceitando com ou sem traço) e busca o endereço no ViaCEP"
        ),
        _u(
            "regex pra placa de carro brasileira, no padrão antigo (ABC-1234) e no Mercosul (ABC1D23)"
        ),
        _u("Flutter: como salvar uma lista de tarefas no SQLite com sqflite e listar de volta"),
        _u(
            "minha loja virtual mostra o horário dos pedidos com 3 horas a mais. o banco tá em UTC e o site é em PHP puro, onde eu converto?"
        ),
        _u(
            "C# minimal API: endpoint que devolve os produtos em JSON, com filtro opcional por categoria na query string"
        ),
        _u(
            "como faço um botão 'exportar para CSV' numa tabela HTML simples, sem biblioteca nenhuma?"
        ),
        _m(
            "CRUD de clientes em Spring Boot com JPA",
            '```java\n@RestController\n@RequestMapping("/clientes")\npublic class ClienteController {\n    private final ClienteRepository repo;\n    public ClienteController(ClienteRepository repo) { this.repo = repo; }\n\n    @GetMapping public List<Cliente> listar() { return repo.findAll(); }\n    @GetMapping("/{id}") public Cliente buscar(@PathVariable Long id) { return repo.findById(id).orElseThrow(); }\n    @PostMapping public Cliente criar(@RequestBody Cliente c) { return repo.save(c); }\n    @PutMapping("/{id}") public Cliente atualizar(@PathVariable Long id, @RequestBody Cliente c) { c.setId(id); return repo.save(c); }\n    @DeleteMapping("/{id}") public void remover(@PathVariable Long id) { repo.deleteById(id); }\n}\n```',
            "agora com validação dos campos",
        ),
        _m(
            "componente React pra fazer upload de foto com preview antes de enviar",
            '```jsx\nfunction FotoUpload({ onEnviar }) {\n  const [arquivo, setArquivo] = useState(null);\n  const preview = useMemo(() => arquivo && URL.createObjectURL(arquivo), [arquivo]);\n  return (\n    <div>\n      <input type="file" accept="image/*" onChange={e => setArquivo(e.target.files[0])} />\n      {preview && <img src={preview} alt="preview" width={200} />}\n      <button disabled={!arquivo} onClick={() => onEnviar(arquivo)}>Enviar</button>\n    </div>\n  );\n}\n```',
            "limita a 2MB",
        ),
        _m(
            "Python: ler todos os .txt de uma pasta e contar as palavras",
            "```python\nfrom pathlib import Path\nfrom collections import Counter\n\ncont = Counter()\nfor arq in Path('textos').glob('*.txt'):\n    cont.update(arq.read_text(encoding='utf-8').lower().split())\nprint(sum(cont.values()))\n```",
            "quero as 10 mais frequentes, sem contar 'de', 'a', 'o' essas coisas",
        ),
        _m(
            "model Laravel de Agendamento que pertence a um Cliente e a um Servico",
            "```php\nclass Agendamento extends Model\n{\n    protected $fillable = ['cliente_id', 'servico_id', 'inicio', 'observacao'];\n    protected $casts = ['inicio' => 'datetime'];\n\n    public function cliente() { return $this->belongsTo(Cliente::class); }\n    public function servico() { return $this->belongsTo(Servico::class); }\n}\n```",
            "e a migration",
        ),
        _m(
            "Kotlin: função que divide o valor de uma compra em N parcelas",
            "```kotlin\nfun parcelas(total: BigDecimal, n: Int): List<BigDecimal> =\n    List(n) { total.divide(n.toBigDecimal(), 2, RoundingMode.DOWN) }\n```",
            "a soma não fecha, a última parcela tem que ficar com os centavos que sobram",
        ),
        _m(
            "shell script que verifica se o site está no ar e grava no log",
            "```bash\n#!/bin/bash\ncode=$(curl -s -o /dev/null -w '%{http_code}' https://minhaloja.com.br)\necho \"$(date '+%F %T') $code\" >> /var/log/site_status.log\n```",
            "rodar de 5 em 5 minutos",
        ),
        _m(
            "MongoDB: como modelar produto com variações de cor e tamanho?",
            "```js\n{\n  _id: ObjectId(),\n  nome: 'Camiseta básica',\n  preco: 49.9,\n  variacoes: [\n    { cor: 'preta', tamanho: 'M', estoque: 12, sku: 'CB-PR-M' },\n    { cor: 'branca', tamanho: 'G', estoque: 0, sku: 'CB-BR-G' }\n  ]\n}\n```",
            "a consulta dos que têm tamanho M com estoque",
        ),
        _m(
            "TypeScript: função que agrupa um array de objetos por uma chave",
            "```ts\nfunction agrupar(lista, chave) {\n  return lista.reduce((acc, item) => {\n    (acc[item[chave]] ||= []).push(item);\n    return acc;\n  }, {});\n}\n```",
            "tipada direitinho, sem any",
        ),
        _m(
            "Django: view que lista os imóveis cadastrados",
            "```python\ndef lista_imoveis(request):\n    imoveis = Imovel.objects.filter(ativo=True).order_by('-criado_em')\n    return render(request, 'imoveis/lista.html', {'imoveis': imoveis})\n```",
            "filtrar por número de quartos pela URL",
            "```python\ndef lista_imoveis(request):\n    imoveis = Imovel.objects.filter(ativo=True)\n    quartos = request.GET.get('quartos')\n    if quartos and quartos.isdigit():\n        imoveis = imoveis.filter(quartos__gte=int(quartos))\n    return render(request, 'imoveis/lista.html', {'imoveis': imoveis.order_by('-criado_em')})\n```",
            "e paginar de 12 em 12 mantendo o filtro nos links",
        ),
        _m(
            "Planilhas Google: fórmula pra contar quantos 'Sim' tem na coluna D",
            '`=CONT.SE(D:D; "Sim")`',
            "e em porcentagem das respostas",
        ),
        _s(
            "Você é um assistente de programação dentro do VS Code. Projeto: API em NestJS com Prisma e PostgreSQL.",
            "cria o endpoint pra atualizar o status do pedido, aceitando só transições válidas (pendente → pago → enviado → entregue)",
        ),
        _s(
            "Você é monitor da disciplina de Algoritmos e Programação. Responda com dicas e perguntas, não entregue a resposta pronta.",
            "minha média das notas em C sempre dá número inteiro, tipo 7 em vez de 7.5, por quê?",
        ),
        _s(
            "Você é o assistente virtual da Lojinha Fácil, uma plataforma de lojas virtuais. Os lojistas podem editar o tema com HTML e Liquid.",
            "quero mostrar 'ou 10x de R$ XX sem juros' embaixo do preço de cada produto, como faço no tema?",
        ),
        _s(
            "You are a coding assistant. Answer in Portuguese.",
            "classe Python pra ler um arquivo de configuração .ini",
            "```python\nimport configparser\n\nclass Config:\n    def __init__(self, caminho='app.ini'):\n        self._cp = configparser.ConfigParser()\n        self._cp.read(caminho, encoding='utf-8')\n\n    def get(self, secao, chave):\n        return self._cp.get(secao, chave)\n```",
            "com valores padrão quando a chave não existir",
        ),
        _s(
            "Você ajuda o time de BI de uma rede de lojas de materiais de construção. Banco: SQL Server. Tabelas: vendas, itens_venda, produtos, lojas.",
            "quantidade vendida por loja e por categoria no mês passado, com total por loja no fim",
        ),
        _s(
            "Você é o assistente de desenvolvimento do app iOS de um delivery de comida. Use Swift e SwiftUI.",
            "preciso mostrar o tempo estimado de entrega como '25-35 min' a partir de dois inteiros que vêm da API",
        ),
        _u(
            "Tá dando esse erro no script que atualiza a planilha de preços:\n\n```\nTraceback (most recent call last):\n  File \"atualiza_precos.py\", line 17, in <module>\n    ws.cell(row=i, column=4).value = novo_preco\n  File \"/usr/lib/python3/dist-packages/openpyxl/cell/cell.py\", line 215, in value\n    self._bind_value(value)\nAttributeError: 'MergedCell' object attribute 'value' is read-only\n```\n\n```python\nwb = load_workbook('precos.xlsx')\nws = wb['Tabela']\nfor i in range(2, ws.max_row + 1):\n    novo_preco = ws.cell(row=i, column=3).value * 1.08\n    ws.cell(row=i, column=4).value = novo_preco\nwb.save('precos.xlsx')\n```\n\nTem umas células mescladas no meio (títulos de seção). Como pulo elas?"
        ),
        _u(
            "quando clico em Enviar a página recarrega e não aparece nada:\n\n```html\n<form id=\"orcamento\">\n  <input name=\"nome\" required>\n  <input name=\"email\" type=\"email\" required>\n  <button>Enviar</button>\n</form>\n<p id=\"msg\"></p>\n<script>\n  document.getElementById('orcamento').addEventListener('submit', function () {\n    fetch('/api/orcamento', { method: 'POST', body: new FormData(this) })\n      .then(() => document.getElementById('msg').textContent = 'Recebemos seu pedido!');\n  });\n</script>\n```"
        ),
        _u(
            "Preciso atualizar o preço dos produtos a partir de uma tabela de reajuste que o fornecedor mandou e importei pro MySQL:\n\n```\nprodutos: id | sku     | preco\n          1  | PX-001  | 10.00\n          2  | PX-002  | 25.50\n\nreajuste: sku    | percentual\n          PX-001 | 5.0\n          PX-002 | -2.5\n```\n\nComo faço um UPDATE com JOIN no MySQL que aplica o percentual e arredonda pra 2 casas? E pros SKUs que não estão no reajuste não mexer."
        ),
        _u(
            "Oi! Tenho uma academia pequena e quero um sisteminha de check-in pros alunos. Meu sobrinho programa e pediu pra eu escrever o que precisa:\n\n1. cadastro do aluno: nome, telefone, plano (mensal, trimestral, anual), data de início\n2. o aluno digita o número de matrícula num tablet na entrada e registra a entrada\n3. se o plano estiver vencido, aparece aviso pra procurar a recepção\n4. relatório de quantas entradas por dia e por horário\n\nDá pra montar as tabelas e as rotas principais em Node/Express pra ele começar?"
        ),
        _u(
            "a diferença de dias entre duas datas está dando errado em alguns casos:\n\n```php\n$inicio = strtotime('2024-10-19');\n$fim = strtotime('2024-10-21');\n$dias = ($fim - $inicio) / 86400;\necho $dias; // em produção às vezes sai 1.9583333\n```\n\no servidor está com timezone America/Sao_Paulo. Como calculo certinho?"
        ),
        _u(
            "SQL pra listar os produtos parados: sem nenhuma venda nos últimos 90 dias mas com estoque maior que zero"
        ),
        _u(
            "como faço máscara de CNPJ num input com JavaScript puro, tipo 12.345.678/0001-90 enquanto digita"
        ),
        _u(
            "Node com Express: rota que recebe uma planilha .xlsx com código e preço e atualiza os produtos no banco"
        ),
        _u("no Laravel, como faço um scope pra buscar só os pedidos do mês atual?"),
        _u(
            "React: como mostro um spinner enquanto carrega e uma mensagem amigável se a busca der erro"
        ),
        _u(
            "Java: ler um arquivo .txt de layout posicional (largura fixa) e transformar cada linha num objeto"
        ),
        _u(
            "como calculo multa de 2% e juros de 1% ao mês pro-rata sobre uma taxa de condomínio vencida, em JavaScript?"
        ),
        _u(
            "PostgreSQL: gerar a série de datas do mês pra montar relatório diário mesmo nos dias sem venda"
        ),
        _u(
            "Kotlin com Jetpack Compose: validar o formulário de cadastro e mostrar o erro embaixo de cada campo"
        ),
        _u("Go: salvar um struct num arquivo JSON e ler de volta"),
        _u(
            "Excel: como separo 'Rua das Flores, 123 - Centro' em rua, número e bairro em colunas diferentes?"
        ),
        _u(
            "Ruby: método que pega só números e formata como telefone (11) 91234-5678 ou (11) 3456-7890"
        ),
        _u(
            "Django REST Framework: como faço pra cada usuário só ver e editar os próprios registros?"
        ),
        _u(
            "a gente tem uma loja de roupas online e o botão comprar continua aparecendo quando o tamanho tá com estoque 0. o site foi feito em PHP por um freela, como seria esse if no template?"
        ),
        _m(
            "API em FastAPI pro cadastro de pets de um petshop",
            "```python\nclass Pet(SQLModel, table=True):\n    id: int | None = Field(default=None, primary_key=True)\n    nome: str\n    especie: str\n    raca: str | None = None\n    tutor_telefone: str\n\n@app.post('/pets', status_code=201)\ndef criar(pet: Pet, s: Session = Depends(sessao)):\n    s.add(pet); s.commit(); s.refresh(pet)\n    return pet\n\n@app.get('/pets')\ndef listar(s: Session = Depends(sessao)):\n    return s.exec(select(Pet)).all()\n```",
            "agora os agendamentos de banho e tosa",
        ),
        _m(
            "SQL: ticket médio por dia da semana",
            "```sql\nSELECT EXTRACT(DOW FROM data_venda) AS dia, AVG(valor_total) AS ticket_medio\nFROM vendas\nGROUP BY dia\nORDER BY dia;\n```",
            "quero só duas linhas: fim de semana e dias úteis",
        ),
        _m(
            "Angular: serviço que busca os produtos na API",
            "```ts\n@Injectable({ providedIn: 'root' })\nexport class ProdutoService {\n  constructor(private http: HttpClient) {}\n  listar(): Observable<Produto[]> {\n    return this.http.get<Produto[]>('/api/produtos');\n  }\n}\n```",
            "com tratamento de erro e tentar de novo 2 vezes",
        ),
        _m(
            "Python: gerar um recibo simples em PDF com reportlab",
            "```python\nfrom reportlab.lib.pagesizes import A5\nfrom reportlab.pdfgen import canvas\n\ndef recibo(caminho, numero, valor, descricao):\n    c = canvas.Canvas(caminho, pagesize=A5)\n    c.setFont('Helvetica-Bold', 14)\n    c.drawString(40, 540, f'Recibo nº {numero}')\n    c.setFont('Helvetica', 11)\n    c.drawString(40, 510, f'Valor: R$ {valor:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.'))\n    c.drawString(40, 490, descricao)\n    c.save()\n```",
            "com o logo da loja no topo",
        ),
        _m(
            "C#: entidade Pedido com itens no EF Core",
            '```csharp\npublic class Pedido\n{\n    public int Id { get; set; }\n    public DateTime CriadoEm { get; set; } = DateTime.UtcNow;\n    public List<ItemPedido> Itens { get; set; } = new();\n}\n\npublic class ItemPedido\n{\n    public int Id { get; set; }\n    public int PedidoId { get; set; }\n    public string Sku { get; set; } = "";\n    public int Quantidade { get; set; }\n    public decimal PrecoUnitario { get; set; }\n}\n```',
            "a migration e um seed com 3 pedidos de exemplo",
        ),
        _m(
            "Vue 3: lista de produtos com scroll infinito, a API é paginada",
            '```vue\n<script setup>\nconst itens = ref([]), pagina = ref(1), fim = ref(false), sentinela = ref(null)\nasync function carregar() {\n  const r = await fetch(`/api/produtos?page=${pagina.value}`).then(r => r.json())\n  itens.value.push(...r.itens)\n  pagina.value++\n  fim.value = r.itens.length === 0\n}\nonMounted(() => {\n  new IntersectionObserver(([e]) => { if (e.isIntersecting && !fim.value) carregar() }).observe(sentinela.value)\n})\n</script>\n<template>\n  <div v-for="p in itens" :key="p.id">{{ p.nome }}</div>\n  <div ref="sentinela"></div>\n</template>\n```',
            "mostra 'fim da lista' quando acabar e um carregando enquanto busca",
        ),
        _m(
            "PHP: conectar no MySQL com PDO",
            "```php\n$pdo = new PDO('mysql:host=localhost;dbname=loja;charset=utf8mb4', getenv('DB_USER'), getenv('DB_PASS'), [\n    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,\n    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,\n]);\n```",
            "se der erro não quero mostrar os detalhes pro usuário, só logar",
        ),
        _m(
            "bash: renomear IMG_0001.JPG, IMG_0002.JPG... pra viagem_0001.jpg",
            '```bash\nfor f in IMG_*.JPG; do\n  n=${f#IMG_}; n=${n%.JPG}\n  mv "$f" "viagem_${n}.jpg"\ndone\n```',
            "só os que foram modificados em 2023",
        ),
        _m(
            "Swift: salvar receitas favoritas com Core Data",
            "```swift\nfunc favoritar(_ receita: Receita, context: NSManagedObjectContext) throws {\n    let fav = Favorito(context: context)\n    fav.receitaId = receita.id\n    fav.titulo = receita.titulo\n    fav.criadoEm = Date()\n    try context.save()\n}\n```",
            "e remover deslizando na lista",
        ),
        _m(
            "Node: ler um CSV grande linha por linha sem carregar tudo na memória",
            "```js\nconst fs = require('fs');\nconst { parse } = require('csv-parse');\n\nfs.createReadStream('clientes.csv')\n  .pipe(parse({ columns: true, delimiter: ';' }))\n  .on('data', linha => { /* ... */ })\n  .on('end', () => console.log('fim'));\n```",
            "filtrar só as linhas com uf = SP",
            "```js\n.on('data', linha => {\n  if (linha.uf === 'SP') processar(linha);\n})\n```",
            "e escrever o resultado em outro CSV",
        ),
        _m(
            "Planilhas Google: QUERY pra filtrar as vendas acima de 1000 (A data, B vendedor, C valor)",
            '`=QUERY(A:C; "select A, B, C where C > 1000"; 1)`',
            "agrupado por vendedor com a soma",
        ),
        _s(
            "Você é o assistente de código da equipe de TI de uma rede de escolas de idiomas. Stack: Laravel 11 + Vue 3 (Inertia).",
            "tela de matrícula: escolher curso, turma e horário, e não deixar matricular em turma lotada",
        ),
        _s(
            "Você é tutor da disciplina de Programação Web de um curso técnico. Use exemplos curtos e explique cada linha.",
            "como eu pego o valor que a pessoa escolheu num select e mostro num parágrafo embaixo com JavaScript?",
        ),
        _s(
            "Você é o atendente virtual do Agenda Pronta, sistema de agendamento para salões de beleza. O plano Pro permite scripts personalizados que rodam quando um agendamento é criado (objeto `agendamento`).",
            "quero que quando a cliente agenda escova a duração vá automaticamente pra 40 minutos, e hidratação pra 60",
        ),
        _s(
            "You are a coding assistant. Reply in Portuguese (Brazil). The project is a Spring Boot 3 REST API.",
            "endpoint pra upload da foto de perfil do usuário",
            '```java\n@PostMapping(value = "/usuarios/{id}/foto", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)\npublic ResponseEntity<Void> foto(@PathVariable Long id, @RequestParam MultipartFile arquivo) throws IOException {\n    if (arquivo.getSize() > 2_000_000 || !List.of("image/jpeg", "image/png").contains(arquivo.getContentType()))\n        return ResponseEntity.badRequest().build();\n    Path destino = Path.of("uploads", id + ".jpg");\n    Files.copy(arquivo.getInputStream(), destino, StandardCopyOption.REPLACE_EXISTING);\n    return ResponseEntity.noContent().build();\n}\n```',
            "salvar no S3 em vez do disco",
        ),
        _s(
            "Você é o assistente SQL dentro do DBeaver para o time de dados de uma transportadora. Banco PostgreSQL; tabela entregas(id, uf_destino, prazo, entregue_em).",
            "entregas atrasadas por estado no mês passado, com o percentual sobre o total do estado",
        ),
        _u(
            "No Windows o script que gera o relatório dá erro:\n\n```\nTraceback (most recent call last):\n  File \"C:\\relatorios\\gerar.py\", line 22, in <module>\n    w.writerow([p['nome'], p['cidade'], p['total']])\n  File \"C:\\Python311\\Lib\\encodings\\cp1252.py\", line 19, in encode\n    return codecs.charmap_encode(input,self.errors,encoding_table)[0]\nUnicodeEncodeError: 'charmap' codec can't encode character '\\u0103' in position 7: character maps to <undefined>\n```\n\n```python\nwith open('relatorio.csv', 'w', newline='') as f:\n    w = csv.writer(f, delimiter=';')\n    for p in pedidos:\n        w.writerow([p['nome'], p['cidade'], p['total']])\n```\n\nNo Linux funciona. E o arquivo precisa abrir certinho no Excel."
        ),
        _u(
            "Criei o controller e a rota mas dá isso:\n\n```\nIlluminate\\Contracts\\Container\\BindingResolutionException\nTarget class [ProdutoController] does not exist.\n```\n\n```php\n// routes/web.php\nRoute::get('/produtos', 'ProdutoController@index');\n```\n\n```php\n// app/Http/Controllers/ProdutoController.php\nnamespace App\\Http\\Controllers;\n\nclass ProdutoController extends Controller\n{\n    public function index() { return view('produtos.index', ['produtos' => Produto::paginate(20)]); }\n}\n```\n\nLaravel 10. Vi um tutorial antigo."
        ),
        _u(
            "No condomínio a gente empresta ferramentas (furadeira, escada, etc.) e controlo numa base SQLite:\n\n```\nferramentas(id, nome)\nemprestimos(id, ferramenta_id, apartamento, retirada_em, devolvida_em)\n```\n\nExemplo:\n\n```\n1 | 3 | 101 | 2024-08-01 | 2024-08-03\n2 | 5 | 204 | 2024-08-10 | NULL\n3 | 3 | 302 | 2024-08-12 | NULL\n```\n\nPreciso de uma consulta que mostre as ferramentas que estão fora há mais de 7 dias, com o apartamento e há quantos dias, e outra que liste as que estão disponíveis agora."
        ),
        _u(
            "Aparece esse aviso amarelo e a lista fica travando:\n\n```\nWARN  VirtualizedLists should never be nested inside plain ScrollViews with the same orientation because it can break windowing and other functionality - use another VirtualizedList-backed container instead.\n```\n\n```jsx\n<ScrollView>\n  <Banner />\n  <Text style={styles.titulo}>Pedidos recentes</Text>\n  <FlatList\n    data={pedidos}\n    keyExtractor={p => String(p.id)}\n    renderItem={({ item }) => <PedidoCard pedido={item} />}\n  />\n  <Rodape />\n</ScrollView>\n```\n\nPreciso do banner em cima e do rodapé embaixo rolando junto com a lista."
        ),
        _u(
            "Oi! Tenho uma confeitaria e quero parar de anotar encomendas no caderno. Pensei em algo assim:\n\n- cliente: nome e WhatsApp\n- encomenda: data e horário de retirada, produtos (bolo, docinhos, torta...), sabor, tamanho/quantidade, observações\n- valor total e sinal pago (50%)\n- status: orçamento, confirmada, em produção, pronta, entregue\n- uma tela com as encomendas da semana por dia, e aviso se tiver mais de 5 bolos no mesmo dia\n\nMeu filho mexe com Python/Django. Dá pra passar os models e as views principais?"
        ),
        _u(
            'Tá dando exceção quando divido o valor do frete entre os itens:\n\n```\nException in thread "main" java.lang.ArithmeticException: Non-terminating decimal expansion; no exact representable decimal result.\n\tat java.base/java.math.BigDecimal.divide(BigDecimal.java:1780)\n\tat br.loja.frete.Rateio.porItem(Rateio.java:19)\n```\n\n```java\nBigDecimal porItem(BigDecimal frete, int quantidadeItens) {\n    return frete.divide(BigDecimal.valueOf(quantidadeItens));\n}\n```\n\nE quero que a soma das partes dê exatamente o frete total, com a diferença de centavo no último item.'
        ),
    ],
    "it": [
        _u(
            "mi serve una query che per ogni cliente mi dia la data del primo e dell'ultimo ordine, e quanti ordini ha fatto in tutto"
        ),
        _u(
            "come controllo che il codice fiscale inserito nel form abbia il formato giusto? va bene anche solo una regex"
        ),
        _u(
            "script Python che ogni mattina scarica il file dei cambi valuta della BCE e aggiunge la riga del giorno a un csv"
        ),
        _u(
            "Excel: in colonna A ho cognome e nome insieme tipo 'Bianchi Laura', voglio dividerli in due colonne con una formula"
        ),
        _u(
            "model Eloquent per Fattura con le righe fattura, e il totale che si calcola da solo dalle righe"
        ),
        _u(
            "la pagina dei prodotti deve mostrare prima quelli disponibili e poi quelli esauriti, ognuno in ordine alfabetico. è un sito Django"
        ),
        _u("JavaScript: come mostro una data in italiano tipo 'lunedì 3 marzo 2025'?"),
        _u(
            "migrazione Flyway per creare la tabella prenotazioni con data, ora, numero persone e tavolo"
        ),
        _u(
            "test pytest per una funzione prezzo_biglietto(eta): ridotto sotto i 12 anni e sopra i 65, gratis sotto i 3"
        ),
        _u(
            "C#: leggere un file Excel con ClosedXML e mettere le righe in una lista di oggetti Articolo"
        ),
        _u(
            "bash: rinominare tutti i file di una cartella sostituendo gli spazi con il trattino basso"
        ),
        _u(
            "Swift: tenere disabilitato il pulsante Registrati finché email e password non sono compilati"
        ),
        _u(
            "Go: middleware per net/http che logga metodo, path, status e tempo di risposta di ogni richiesta"
        ),
        _u(
            "ho un sito di ricette su WordPress e vorrei che i lettori possano salvare una ricetta tra i preferiti, senza plugin a pagamento. si può fare con un po' di codice?"
        ),
        _u("Rust: leggere un CSV con serde e calcolare la media della colonna 'temperatura'"),
        _m(
            "endpoint Flask per iscriversi alla newsletter, salva l'email in SQLite",
            "```python\n@app.post('/newsletter')\ndef iscrivi():\n    email = request.form.get('email', '').strip().lower()\n    if '@' not in email:\n        return {'errore': 'email non valida'}, 400\n    db = get_db()\n    db.execute('INSERT INTO iscritti (email, creato_il) VALUES (?, datetime(\"now\"))', (email,))\n    db.commit()\n    return {'ok': True}, 201\n```",
            "e se l'email è già iscritta?",
        ),
        _m(
            "SQL: numero di clienti per regione",
            "```sql\nSELECT regione, COUNT(*) AS clienti\nFROM clienti\nGROUP BY regione\nORDER BY clienti DESC;\n```",
            "solo le regioni con più di 50",
        ),
        _m(
            "componente Vue con una textarea e il contatore dei caratteri sotto",
            "```vue\n<script setup>\nimport { ref } from 'vue'\nconst testo = ref('')\n</script>\n<template>\n  <textarea v-model=\"testo\" rows=\"4\"></textarea>\n  <small>{{ testo.length }} caratteri</small>\n</template>\n```",
            "massimo 280 e il numero diventa rosso quando ci si avvicina",
        ),
        _m(
            "Python: convertire un file JSON (lista di oggetti) in CSV",
            "```python\nimport json, csv\nwith open('dati.json', encoding='utf-8') as f:\n    dati = json.load(f)\nwith open('dati.csv', 'w', newline='', encoding='utf-8') as f:\n    w = csv.DictWriter(f, fieldnames=dati[0].keys())\n    w.writeheader()\n    w.writerows(dati)\n```",
            "ma ci sono oggetti annidati dentro, tipo indirizzo.citta",
        ),
        _m(
            "Spring: entity Prenotazione con tavolo, data e ora",
            "```java\n@Entity\npublic class Prenotazione {\n    @Id @GeneratedValue private Long id;\n    @ManyToOne(optional = false) private Tavolo tavolo;\n    private LocalDateTime quando;\n    private int persone;\n}\n```",
            "non devono esserci due prenotazioni sullo stesso tavolo alla stessa ora",
        ),
        _m(
            "PHP: funzione che dice quanti giorni mancano a una scadenza",
            "```php\nfunction giorniAllaScadenza(string $scadenza): int {\n    $oggi = new DateTimeImmutable('today');\n    $s = new DateTimeImmutable($scadenza);\n    return (int) $oggi->diff($s)->format('%r%a');\n}\n```",
            "se è già scaduta voglio il testo 'scaduto da X giorni'",
        ),
        _m(
            "riga di crontab per lanciare /home/app/report.py ogni lunedì alle 8",
            "`0 8 * * 1 /usr/bin/python3 /home/app/report.py >> /home/app/report.log 2>&1`",
            "usa un virtualenv e da cron non trova i pacchetti",
        ),
        _m(
            "Node: come leggo le variabili da un file .env?",
            "Con dotenv: `npm i dotenv`, poi in cima all'entry point `require('dotenv').config();` e usi `process.env.PORT`.",
            "voglio che si fermi con un errore chiaro se manca PORT o DATABASE_URL",
        ),
        _m(
            "Java: ordinare una lista di Prodotto per prezzo crescente",
            "`prodotti.sort(Comparator.comparing(Prodotto::getPrezzo));`",
            "a parità di prezzo per nome",
        ),
        _m(
            "React Native: schermata di login con email e password",
            '```jsx\nexport default function Login({ onLogin }) {\n  const [email, setEmail] = useState(\'\');\n  const [password, setPassword] = useState(\'\');\n  return (\n    <View style={{ padding: 24, gap: 12 }}>\n      <TextInput placeholder="Email" value={email} onChangeText={setEmail} autoCapitalize="none" keyboardType="email-address" />\n      <TextInput placeholder="Password" value={password} onChangeText={setPassword} secureTextEntry />\n      <Button title="Accedi" onPress={() => onLogin(email, password)} />\n    </View>\n  );\n}\n```',
            "aggiungi l'occhio per mostrare/nascondere la password",
            "```jsx\nconst [visibile, setVisibile] = useState(false);\n...\n<View style={{ flexDirection: 'row', alignItems: 'center' }}>\n  <TextInput style={{ flex: 1 }} placeholder=\"Password\" value={password} onChangeText={setPassword} secureTextEntry={!visibile} />\n  <Pressable onPress={() => setVisibile(v => !v)}><Text>{visibile ? '🙈' : '👁'}</Text></Pressable>\n</View>\n```",
            "il bottone deve restare disabilitato finché i campi sono vuoti",
        ),
        _m(
            "Fogli Google: come estraggo solo il numero da celle tipo 'Ordine n. 4521 - Milano'?",
            '`=REGEXEXTRACT(A2; "\\d+")` ti restituisce `4521` come testo; avvolgilo in `VALORE()` se ti serve numerico.',
            "e se ci sono due numeri voglio l'ultimo",
        ),
        _s(
            "Sei un assistente di programmazione integrato nell'editor. Progetto: gestionale in Laravel 10 con Livewire.",
            "aggiungi un pulsante che esporta in Excel la lista clienti così come è filtrata a video",
        ),
        _s(
            "Sei il tutor del corso di Informatica di un istituto tecnico. Rispondi in modo semplice e incoraggiante.",
            "prof come faccio a contare le vocali in una stringa in java? ho provato con un for ma mi conta anche gli spazi",
        ),
        _s(
            "Sei l'assistente di supporto di PrenotaFacile, software per le prenotazioni dei ristoranti. Il prodotto offre webhook e una API REST documentata.",
            "vorrei che ogni nuova prenotazione finisse in una riga di un foglio Google, ho visto che c'è il webhook, come lo collego?",
        ),
        _s(
            "You are a coding assistant. Reply in Italian.",
            "funzione TypeScript che valida una partita IVA italiana (11 cifre con cifra di controllo)",
            "```ts\nexport function partitaIvaValida(piva: string): boolean {\n  if (!/^\\d{11}$/.test(piva)) return false;\n  let somma = 0;\n  for (let i = 0; i < 11; i++) {\n    let c = Number(piva[i]);\n    if (i % 2 === 1) { c *= 2; if (c > 9) c -= 9; }\n    somma += c;\n  }\n  return somma % 10 === 0;\n}\n```",
            "i test con vitest",
        ),
        _s(
            "Sei un assistente SQL per l'ufficio commerciale di un'azienda vinicola. DB PostgreSQL: vendite(id, vino_id, cliente_id, bottiglie, prezzo_unitario, data), vini(id, nome, annata, regione).",
            "fatturato per annata e per regione, dal 2020 in poi",
        ),
        _s(
            "Sei un assistente integrato in Xcode. L'app usa SwiftUI e SwiftData.",
            "lista di note con lo swipe per eliminare e un pulsante + per aggiungerne una",
        ),
        _u(
            "il report settimanale è andato in errore stamattina:\n\n```\nTraceback (most recent call last):\n  File \"report.py\", line 31, in <module>\n    media = totale / len(ordini_settimana)\nZeroDivisionError: division by zero\n```\n\n```python\nordini_settimana = [o for o in ordini if o['data'] >= inizio_settimana]\ntotale = sum(o['importo'] for o in ordini_settimana)\nmedia = totale / len(ordini_settimana)\nscrivi_report(totale, media)\n```\n\nera la settimana di Ferragosto, chiuso. come lo sistemo?"
        ),
        _u(
            'il form si invia anche se la casella della privacy non è spuntata:\n\n```html\n<form id="contatti" action="/invia" method="post">\n  <input type="text" name="nome">\n  <input type="email" name="email">\n  <label><input type="checkbox" id="privacy"> Accetto l\'informativa</label>\n  <button type="submit">Invia</button>\n</form>\n<script>\nfunction controlla() {\n  if (!document.getElementById(\'privacy\').checked) {\n    alert(\'Devi accettare l\\\'informativa\');\n    return false;\n  }\n}\ndocument.getElementById(\'contatti\').onsubmit = controlla();\n</script>\n```'
        ),
        _u(
            "ho queste tabelle in MySQL:\n\n```\narticoli(id, codice, descrizione, scorta_minima)\nmovimenti(id, articolo_id, tipo ENUM('carico','scarico'), quantita, data)\n```\n\nla giacenza non è salvata da nessuna parte, va calcolata come carichi meno scarichi. mi serve una query che dia codice, descrizione, giacenza attuale e scorta minima solo per gli articoli sotto scorta, esempio di output:\n\n```\ncodice | descrizione      | giacenza | scorta_minima\nVT-12  | Vite 4x12 inox   | 35       | 100\nRN-8   | Rondella 8mm     | 0        | 50\n```"
        ),
        _u(
            "Quando salvo un nuovo evento dall'admin mi esce:\n\n```\nIntegrityError at /admin/eventi/evento/add/\nNOT NULL constraint failed: eventi_evento.slug\nRequest Method: POST\nDjango Version: 5.0.3\n```\n\n```python\nclass Evento(models.Model):\n    titolo = models.CharField(max_length=150)\n    slug = models.SlugField(unique=True)\n    data = models.DateField()\n```\n\n```python\n@admin.register(Evento)\nclass EventoAdmin(admin.ModelAdmin):\n    list_display = ('titolo', 'data')\n    exclude = ('slug',)\n```\n\nvoglio che lo slug si crei da solo dal titolo."
        ),
        _u(
            "Ciao, ho un B&B con 4 camere e vorrei un modulo di richiesta prenotazione sul sito. Il programmatore mi ha chiesto di scrivere le regole, eccole:\n\n- data di arrivo e partenza (partenza dopo l'arrivo, minimo 2 notti ad agosto)\n- numero ospiti da 1 a 4\n- camera: Girasole, Lavanda, Ulivo, Mare (la Mare ha massimo 2 ospiti)\n- nome, email e telefono obbligatori\n- note facoltative, massimo 500 caratteri\n- alla fine mostrare il prezzo stimato: 80 € a notte, 95 € ad agosto\n\nPotete scrivere il form in HTML con la validazione in JavaScript e il calcolo del prezzo?"
        ),
        _u(
            "l'app va in crash quando l'utente scrive il prezzo con la virgola:\n\n```\nFATAL EXCEPTION: main\nProcess: it.bottega.cassa, PID: 21544\njava.lang.NumberFormatException: For input string: \"12,50\"\n\tat java.lang.Double.parseDouble(Double.java:538)\n\tat it.bottega.cassa.NuovoArticoloActivity.salva(NuovoArticoloActivity.kt:47)\n```\n\n```kotlin\nprivate fun salva() {\n    val prezzo = binding.prezzo.text.toString().toDouble()\n    viewModel.aggiungi(binding.nome.text.toString(), prezzo)\n    finish()\n}\n```\n\nvorrei accettare sia 12,50 che 12.50 e mostrare un errore sul campo se è scritto male"
        ),
        _u(
            "query per trovare i numeri di fattura duplicati nella tabella fatture, con quante volte compaiono e gli id"
        ),
        _u(
            "come faccio in Python a leggere un Excel con più fogli e unirli in un unico DataFrame, aggiungendo una colonna col nome del foglio?"
        ),
        _u(
            "Angular: validatore custom per il form, la data di fine deve essere dopo la data di inizio"
        ),
        _u(
            "Laravel: come mando la mail di conferma ordine in coda invece che subito, così la pagina non aspetta"
        ),
        _u(
            "il sito del nostro agriturismo ha un template PHP fatto a mano che stampa i prezzi tipo 1250.5, come lo faccio uscire 1.250,50 €?"
        ),
        _u(
            "Node: con node-cron, ogni notte alle 2 esportare gli ordini del giorno prima in un CSV"
        ),
        _u(
            "Java: come controllo se una stringa è un intero valido prima del parseInt senza riempire il codice di try/catch"
        ),
        _u(
            "TypeScript: tipo per una risposta API che è o { ok: true, data } o { ok: false, errore }, e come lo uso senza cast"
        ),
        _u("MongoDB: aggregazione che conta gli ordini per stato e per mese"),
        _u(
            "Excel: formula per l'IVA al 22% e il totale ivato arrotondato al centesimo, partendo dall'imponibile in B2"
        ),
        _u(
            "Go: leggere gli argomenti da riga di comando con il pacchetto flag: --input, --output e --verbose"
        ),
        _u(
            "Kotlin: mostrare un Toast 'Salvato' dopo l'insert con Room, che però è in una coroutine"
        ),
        _u(
            "PHP: validare che la data inserita nel form esista davvero, tipo che 31/02/2024 venga rifiutata"
        ),
        _u("SwiftUI: un Picker con le province italiane prese da un file JSON nel bundle"),
        _u(
            "C#: funzione che calcola la data di Pasqua per un anno, mi serve per le festività nel gestionale"
        ),
        _m(
            "endpoint Express per aggiornare il profilo utente (nome, bio)",
            "```js\napp.put('/profilo', richiediLogin, async (req, res) => {\n  const { nome, bio } = req.body;\n  if (!nome || nome.length > 80) return res.status(400).json({ errore: 'nome non valido' });\n  const utente = await Utente.findByIdAndUpdate(req.user.id, { nome, bio: (bio || '').slice(0, 500) }, { new: true });\n  res.json(utente);\n});\n```",
            "anche l'avatar",
        ),
        _m(
            "SQL: media delle stelle delle recensioni per prodotto",
            "```sql\nSELECT p.id, p.nome, ROUND(AVG(r.stelle), 1) AS media\nFROM prodotti p\nJOIN recensioni r ON r.prodotto_id = p.id\nGROUP BY p.id, p.nome;\n```",
            "solo quelli con almeno 5 recensioni",
        ),
        _m(
            "React: una modale di conferma riutilizzabile (titolo, testo, conferma/annulla)",
            '```jsx\nexport function Conferma({ aperta, titolo, testo, onConferma, onAnnulla }) {\n  if (!aperta) return null;\n  return (\n    <div className="overlay">\n      <div className="modale" role="dialog">\n        <h2>{titolo}</h2>\n        <p>{testo}</p>\n        <button onClick={onAnnulla}>Annulla</button>\n        <button onClick={onConferma}>Conferma</button>\n      </div>\n    </div>\n  );\n}\n```',
            "che si chiuda anche con Esc",
        ),
        _m(
            "Python: script che controlla ogni 5 minuti se il sito risponde e manda un messaggio Telegram se è giù",
            "```python\nimport os, time, requests\n\nTOKEN = os.environ['TG_TOKEN']\nCHAT = os.environ['TG_CHAT']\n\ndef avvisa(testo):\n    requests.post(f'https://api.telegram.org/bot{TOKEN}/sendMessage', data={'chat_id': CHAT, 'text': testo}, timeout=10)\n\nwhile True:\n    try:\n        ok = requests.get('https://www.example.it', timeout=10).ok\n    except requests.RequestException:\n        ok = False\n    if not ok:\n        avvisa('Il sito non risponde!')\n    time.sleep(300)\n```",
            "non più di un avviso ogni 30 minuti, e uno quando torna su",
        ),
        _m(
            "Django: modello Corso con data di inizio e posti disponibili",
            "```python\nclass Corso(models.Model):\n    titolo = models.CharField(max_length=150)\n    inizio = models.DateField()\n    posti_totali = models.PositiveIntegerField()\n\n    @property\n    def posti_liberi(self):\n        return self.posti_totali - self.iscrizioni.count()\n```",
            "la vista di iscrizione che non fa iscrivere se è pieno",
        ),
        _m(
            "PHP: classe Carrello salvata in sessione",
            "```php\nclass Carrello\n{\n    public function aggiungi(int $id, int $qta = 1): void\n    {\n        $_SESSION['carrello'][$id] = ($_SESSION['carrello'][$id] ?? 0) + $qta;\n    }\n\n    public function righe(): array\n    {\n        return $_SESSION['carrello'] ?? [];\n    }\n}\n```",
            "metodi per cambiare quantità e togliere un prodotto",
        ),
        _m(
            "Rust: struct Articolo che si serializza in JSON con serde",
            "```rust\n#[derive(Serialize, Deserialize, Debug)]\nstruct Articolo {\n    codice_articolo: String,\n    descrizione: String,\n    prezzo_unitario: f64,\n}\n\nlet json = serde_json::to_string(&articolo)?;\n```",
            "nel JSON i campi devono essere in camelCase",
        ),
        _m(
            "bash: backup di /var/www/sito su un server remoto con rsync",
            "`rsync -az --delete /var/www/sito/ backup@nas.locale:/backup/sito/`",
            "escludi node_modules e .git",
        ),
        _m(
            "Spring Data: query per i clienti che hanno ordini sopra una certa cifra",
            '```java\n@Query("select distinct c from Cliente c join c.ordini o where o.totale > :soglia")\nList<Cliente> conOrdiniSopra(@Param("soglia") BigDecimal soglia);\n```',
            "con paginazione e ordinamento scelti dal frontend",
        ),
        _m(
            "Vue: tabella dei prodotti con nome e prezzo",
            '```vue\n<template>\n  <table>\n    <tr v-for="p in prodotti" :key="p.id">\n      <td>{{ p.nome }}</td>\n      <td>{{ p.prezzo.toFixed(2) }} €</td>\n    </tr>\n  </table>\n</template>\n```',
            "voglio poter modificare il prezzo direttamente nella tabella",
            '```vue\n<td>\n  <input v-if="inModifica === p.id" v-model.number="p.prezzo" type="number" step="0.01" />\n  <span v-else @click="inModifica = p.id">{{ p.prezzo.toFixed(2) }} €</span>\n</td>\n```',
            "salva con una PATCH quando esco dal campo",
        ),
        _m(
            "Fogli Google: somma degli importi (colonna C) di un mese, data in colonna A",
            '`=SUMIFS(C:C; A:A; ">="&DATE(2025;3;1); A:A; "<"&DATE(2025;4;1))`',
            "mi serve una tabellina riassuntiva con tutti i mesi dell'anno",
        ),
        _s(
            "Sei il copilota di codice del team di sviluppo di una cantina sociale. Stack: Django 5, PostgreSQL. I soci conferiscono le uve in pesate registrate nel modello Conferimento.",
            "aggiungi il grado zuccherino (°Babo) ai conferimenti e un report con la media per vigneto e varietà",
        ),
        _s(
            "Sei un assistente per gli studenti di un corso serale di programmazione per adulti. Spiega senza dare nulla per scontato.",
            "cosa devo scrivere per salvare la lista della spesa su un file in Python e rileggerla la volta dopo?",
        ),
        _s(
            "Sei l'assistente di supporto di NegozioFacile, piattaforma e-commerce per piccoli negozi. I commercianti possono aggiungere snippet JavaScript nelle pagine prodotto.",
            "vorrei mostrare la data di consegna stimata: se ordini entro le 13 arriva in 2 giorni lavorativi, altrimenti 3",
        ),
        _s(
            "You are a coding assistant. Reply in Italian. Project: FastAPI + SQLAlchemy 2.0.",
            "endpoint per l'elenco ordini con filtro per intervallo di date",
            "```python\n@router.get('/ordini')\ndef elenco(dal: date | None = None, al: date | None = None, db: Session = Depends(get_db)):\n    q = select(Ordine)\n    if dal:\n        q = q.where(Ordine.data >= dal)\n    if al:\n        q = q.where(Ordine.data <= al)\n    return db.scalars(q.order_by(Ordine.data.desc())).all()\n```",
            "aggiungi l'export in CSV dello stesso elenco",
        ),
        _s(
            "Sei un assistente in VS Code. File aperto: tests/test_sconti.py (pytest). Il codice da testare è in negozio/sconti.py.",
            "scrivi i test per calcola_sconto: 10% sopra 100 €, 20% sopra 500 €, mai totale negativo, e cosa succede con importo esattamente 100",
        ),
        _u(
            "l'API che restituisce gli appuntamenti del parrucchiere va in errore:\n\n```\nTraceback (most recent call last):\n  File \"app.py\", line 44, in appuntamenti\n    return json.dumps(righe)\n  File \"/usr/lib/python3.11/json/__init__.py\", line 231, in dumps\n    return _default_encoder.encode(obj)\nTypeError: Object of type datetime is not JSON serializable\n```\n\n```python\n@app.route('/api/appuntamenti')\ndef appuntamenti():\n    cur.execute('SELECT id, servizio, inizio, durata_min FROM appuntamenti WHERE inizio::date = CURRENT_DATE')\n    righe = [dict(zip(['id', 'servizio', 'inizio', 'durata_min'], r)) for r in cur.fetchall()]\n    return json.dumps(righe)\n```\n\nvorrei le date in formato ISO."
        ),
        _u(
            "codice vecchio di un sito, dopo il cambio di hosting dà:\n\n```\nWarning: mysqli_fetch_assoc() expects parameter 1 to be mysqli_result, bool given in /home/sito/public_html/news.php on line 12\n```\n\n```php\n$conn = mysqli_connect('localhost', $utente, $pwd, 'sito');\n$sql = \"SELECT * FROM news WHERE pubblicata = 1 ORDER BY data DESC LIMIT 10\";\n$res = mysqli_query($conn, $sql);\nwhile ($r = mysqli_fetch_assoc($res)) {\n    echo '<h2>' . $r['titolo'] . '</h2>';\n}\n```\n\ncome capisco qual è l'errore vero? e già che ci siamo, come lo sistemo con i prepared statement?"
        ),
        _u(
            "Gestiamo un noleggio di biciclette, le tabelle sono:\n\n```\nbici(id, modello, tipo)          -- tipo: 'city', 'ebike', 'mtb'\ntariffe(tipo, euro_ora, max_giorno)\nnoleggi(id, bici_id, inizio, fine) -- fine NULL se ancora fuori\n```\n\nMi serve una query (PostgreSQL) che per ogni noleggio chiuso di ieri calcoli la durata in ore arrotondata per eccesso e il costo = ore × euro_ora, ma mai più di max_giorno. E una seconda query con le bici ancora fuori da più di 8 ore."
        ),
        _u(
            "il totale del preventivo viene fuori assurdo:\n\n```js\nconst righe = [\n  { descr: 'Manodopera', importo: 10 },\n  { descr: 'Materiale', importo: 20 },\n];\nlet totale = 0;\nrighe.forEach(r => {\n  totale = totale + r.importo.toFixed(2);\n});\ndocument.querySelector('#totale').textContent = totale + ' €';\n// mostra: 010.0020.00 €\n```\n\ncome lo correggo? e voglio anche l'IVA al 22% a parte."
        ),
        _u(
            "Ciao! Sono nella Pro Loco del paese e per la sagra vorremmo smettere con i foglietti di carta in cucina. Idea:\n\n- alla cassa si inseriscono gli ordini: numero tavolo o asporto, piatti (menu fisso di 15 voci) e quantità\n- ogni ordine ha un numero progressivo che riparte ogni sera\n- in cucina uno schermo mostra gli ordini da preparare, in ordine di arrivo, e si segnano come pronti\n- a fine serata: quante porzioni di ogni piatto e incasso totale\n\nAbbiamo un portatile che fa da server in rete locale. Ci scrivete le tabelle e le pagine principali in Flask?"
        ),
        _u(
            'La pagina di modifica del prodotto esplode se il prodotto non ha categoria:\n\n```\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n   at Magazzino.Pages.Prodotti.ModificaModel.OnGetAsync(Int32 id) in Pages/Prodotti/Modifica.cshtml.cs:line 29\n```\n\n```csharp\npublic async Task<IActionResult> OnGetAsync(int id)\n{\n    Prodotto = await _db.Prodotti.Include(p => p.Categoria).FirstOrDefaultAsync(p => p.Id == id);\n    NomeCategoria = Prodotto.Categoria.Nome;\n    Categorie = new SelectList(await _db.Categorie.ToListAsync(), "Id", "Nome");\n    return Page();\n}\n```\n\nE se l\'id non esiste dovrebbe dare 404.'
        ),
    ],
    "ko": [
        _u("회원 목록을 가입일 기준 최신순으로 정렬하고 싶어요. Spring Data JPA 쓰고 있습니다"),
        _u(
            "파이썬으로 폴더 안 엑셀 파일들에서 '합계' 시트만 뽑아서 하나로 합치는 스크립트 짜주세요"
        ),
        _u("MySQL에서 최근 30일 동안 한 번도 로그인 안 한 회원 수 구하는 쿼리"),
        _u(
            "NestJS에서 DTO로 상품 등록 요청 검증하는 방법 알려주세요. 가격은 0 이상 정수, 이름은 필수"
        ),
        _u("장고 모델에 created_at, updated_at이 자동으로 들어가게 하려면 어떻게 해요?"),
        _u("자바스크립트에서 1234567을 1,234,567원으로 표시하려면?"),
        _u("Go로 간단한 할일 CLI 만들고 싶어요. add, list, done 명령어 있고 JSON 파일에 저장되게"),
        _u("엑셀에서 B열 날짜가 오늘보다 지났으면 C열에 '마감'이라고 뜨게 하는 수식"),
        _u(
            "게시판 목록 밑에 [이전] 1 2 3 ... 10 [다음] 이런 페이지 번호 나오게 하려면 계산을 어떻게 해요? PHP로 만들고 있어요"
        ),
        _u("Swift Codable로 '2024-05-01T09:00:00+09:00' 같은 날짜 문자열 파싱하는 법"),
        _u(
            "사장님이 쇼핑몰 관리자 페이지에서 주문 목록을 엑셀로 내려받게 해달래요. 스프링 부트인데 Apache POI로 하면 되나요? 예제 코드 부탁"
        ),
        _u(
            "kotlin에서 서버 응답에 가끔 필드가 null로 와서 앱이 죽어요 ㅠ data class 어떻게 선언해야 안전해요"
        ),
        _m(
            "SQL로 카테고리별 평균 가격",
            "```sql\nSELECT category, AVG(price) AS avg_price\nFROM products\nGROUP BY category;\n```",
            "소수점 없이 반올림해서",
        ),
        _m(
            "React에서 체크박스 전체 선택 기능",
            '```jsx\nconst [checked, setChecked] = useState([]);\nconst allChecked = items.length > 0 && checked.length === items.length;\nconst toggleAll = () => setChecked(allChecked ? [] : items.map(i => i.id));\nconst toggle = id => setChecked(c => c.includes(id) ? c.filter(x => x !== id) : [...c, id]);\n\n<input type="checkbox" checked={allChecked} onChange={toggleAll} /> 전체\n{items.map(i => (\n  <label key={i.id}><input type="checkbox" checked={checked.includes(i.id)} onChange={() => toggle(i.id)} /> {i.name}</label>\n))}\n```',
            "선택한 것들 한번에 삭제 버튼도",
        ),
        _m(
            "파이썬으로 텍스트 파일에서 이메일 주소만 뽑고 싶어요",
            "```python\nimport re\ntext = open('input.txt', encoding='utf-8').read()\nemails = re.findall(r'[\\w.+-]+@[\\w-]+\\.[\\w.-]+', text)\n```",
            "중복 없이 정렬해서 파일로 저장",
        ),
        _m(
            "JPA 엔티티 Member랑 Team, 회원은 팀 하나에 속함",
            '```java\n@Entity\npublic class Team {\n    @Id @GeneratedValue private Long id;\n    private String name;\n}\n\n@Entity\npublic class Member {\n    @Id @GeneratedValue private Long id;\n    private String username;\n    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = "team_id")\n    private Team team;\n}\n```',
            "팀 이름으로 회원 찾는 메서드는?",
        ),
        _m(
            "Flutter 텍스트필드에서 비밀번호 8자 이상인지 검증",
            "```dart\nTextFormField(\n  obscureText: true,\n  validator: (v) => (v == null || v.length < 8) ? '8자 이상 입력하세요' : null,\n)\n```",
            "특수문자도 하나 이상 들어가야 해요",
        ),
        _m(
            "리눅스에서 app.log가 100MB 넘으면 날짜 붙여서 압축하고 새로 시작하는 스크립트",
            '```bash\n#!/bin/bash\nf=/var/log/myapp/app.log\nif [ $(stat -c%s "$f") -gt 104857600 ]; then\n  mv "$f" "$f.$(date +%Y%m%d%H%M)"\n  gzip "$f."*[0-9]\n  touch "$f"\nfi\n```',
            "매시간 돌게 해주세요",
        ),
        _m(
            "라라벨에서 상품 이미지 업로드 처리",
            "```php\npublic function store(Request $request)\n{\n    $request->validate(['image' => 'required|image|max:5120']);\n    $path = $request->file('image')->store('products', 'public');\n    Product::create([...$request->only('name', 'price'), 'image_path' => $path]);\n    return back()->with('ok', '등록되었습니다');\n}\n```",
            "썸네일도 300px로 하나 만들어줘",
        ),
        _m(
            "C# LINQ로 주문 리스트에서 고객별 주문 금액 합계",
            "```csharp\nvar totals = orders\n    .GroupBy(o => o.CustomerId)\n    .Select(g => new { CustomerId = g.Key, Total = g.Sum(o => o.Amount) })\n    .ToList();\n```",
            "큰 순으로 상위 5개만",
        ),
        _m(
            "Vue에서 모달로 회원 정보 수정하는 폼 만들기",
            '```vue\n<template>\n  <div v-if="open" class="modal">\n    <input v-model="form.nickname" placeholder="닉네임" />\n    <input v-model="form.phone" placeholder="연락처" />\n    <button @click="$emit(\'close\')">취소</button>\n    <button @click="save">저장</button>\n  </div>\n</template>\n<script setup>\nconst props = defineProps({ open: Boolean, member: Object })\nconst emit = defineEmits([\'close\', \'saved\'])\nconst form = reactive({ ...props.member })\nfunction save() { emit(\'saved\', { ...form }); emit(\'close\') }\n</script>\n```',
            "저장 누르면 API 호출하게 해줘",
            "```js\nasync function save() {\n  await fetch(`/api/members/${props.member.id}`, {\n    method: 'PUT',\n    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify(form),\n  })\n  emit('saved', { ...form })\n  emit('close')\n}\n```",
            "실패하면 모달 안 닫히고 에러 메시지 보이게",
        ),
        _m(
            "구글 시트에서 A열 중복 제거한 목록 만들기",
            "`=UNIQUE(A2:A)`",
            "옆에 각각 몇 번 나왔는지도",
        ),
        _s(
            "당신은 VS Code에 내장된 코딩 어시스턴트입니다. 프로젝트: Spring Boot 3 + MyBatis + MariaDB.",
            "공지사항 목록 조회에 제목 검색 조건 추가해줘. 검색어 없으면 전체",
        ),
        _s(
            "당신은 코딩 부트캠프의 학습 도우미입니다. 정답 코드를 바로 주지 말고 힌트 위주로 설명하세요.",
            "배열에서 두 번째로 큰 수 찾는 문제인데 [5, 5, 3] 넣으면 5가 나와요. 3이 나와야 하는데",
        ),
        _s(
            "당신은 '예약톡' 서비스의 고객지원 챗봇입니다. 매장 사장님들은 예약 위젯 설정에서 커스텀 CSS와 JavaScript를 넣을 수 있습니다.",
            "예약 가능한 시간이 하나도 없을 때 '오늘 예약은 마감되었습니다' 문구를 띄우고 싶어요",
        ),
        _s(
            "You are a coding assistant. Answer in Korean.",
            "TypeScript로 장바구니 총액 계산 함수 만들어줘. 상품별 가격이랑 수량 있음",
            "```ts\ntype CartItem = { price: number; qty: number };\n\nexport function cartTotal(items: CartItem[]): number {\n  return items.reduce((sum, i) => sum + i.price * i.qty, 0);\n}\n```",
            "쿠폰 할인도 적용해줘. 정액이랑 정률 둘 다",
        ),
        _s(
            "당신은 모바일 게임 회사 데이터팀의 SQL 도우미입니다. DB는 PostgreSQL이며 users(id, created_at), logins(user_id, logged_at) 테이블이 있습니다.",
            "일별 신규 가입자 수랑 D1 리텐션 구하는 쿼리",
        ),
        _s(
            "당신은 Android Studio에 내장된 어시스턴트입니다. 프로젝트는 Jetpack Compose와 Room을 사용합니다.",
            "리스트에서 아이템을 길게 누르면 삭제 확인 다이얼로그 띄우고 확인하면 DB에서 지우기",
        ),
        _u(
            "날씨 API 응답 저장하는 스크립트가 가끔 죽어요:\n\n```\nTraceback (most recent call last):\n  File \"collect.py\", line 19, in <module>\n    rain = data['rain']['1h']\nKeyError: 'rain'\n```\n\n```python\nres = requests.get(URL, params={'q': 'Seoul', 'units': 'metric'}, timeout=10)\ndata = res.json()\ntemp = data['main']['temp']\nrain = data['rain']['1h']\ncur.execute('INSERT INTO weather (ts, temp, rain) VALUES (%s, %s, %s)', (now, temp, rain))\n```\n\n비 안 올 때는 rain 키 자체가 없는 것 같아요. 그럴 땐 0으로 넣고 싶어요."
        ),
        _u(
            '회원가입 하면 이런 에러가 나요:\n\n```\norg.springframework.dao.DataIntegrityViolationException: could not execute statement [Column \'email\' cannot be null]\n\tat com.example.member.MemberService.join(MemberService.java:27)\n```\n\n```java\npublic record JoinRequest(String Email, String password, String nickname) {}\n\n@PostMapping("/members")\npublic ResponseEntity<Long> join(@RequestBody JoinRequest req) {\n    return ResponseEntity.ok(memberService.join(req));\n}\n```\n\n프론트에서는 {"email": "...", "password": "...", "nickname": "..."}로 보내고 있어요.'
        ),
        _u(
            "orders 테이블이 이렇게 생겼어요:\n\n```\n order_id | store   | ordered_at          | amount\n----------+---------+---------------------+--------\n     1001 | 강남점  | 2024-01-03 12:10:00 |  18000\n     1002 | 홍대점  | 2024-01-03 13:45:00 |  24500\n     1003 | 강남점  | 2024-02-11 19:02:00 |  31000\n```\n\n매장별로 1월~12월 매출을 가로로 펼친 표를 만들고 싶어요 (매장 | 1월 | 2월 | ... | 12월 | 합계). MySQL 8이에요."
        ),
        _u(
            "마감일 지난 할 일만 빨간색으로 표시하려는데 이상하게 나와요:\n\n```js\nconst today = new Date().toLocaleDateString(); // '2024. 11. 5.'\ntodos.forEach(t => {\n  // t.due 는 '2024-11-04' 같은 문자열\n  if (t.due < today) {\n    t.el.classList.add('overdue');\n  }\n});\n```\n\n아무것도 빨간색이 안 되거나 전부 빨간색이 돼요."
        ),
        _u(
            "학원 출결 관리 기능 만들어야 하는데 기획서 요약이에요. 테이블이랑 API 목록 잡아주세요 (Node + PostgreSQL):\n\n- 반(class): 반 이름, 담당 강사, 요일, 시간\n- 학생은 여러 반을 들을 수 있음\n- 수업마다 출석/지각/결석/조퇴 체크\n- 지각은 10분 기준, 강사가 직접 변경 가능\n- 학부모에게 결석 시 알림 발송 여부 기록\n- 월말에 학생별 출석률 리포트"
        ),
        _u(
            '콘솔에 경고가 뜨고, 항목 하나 지우면 엉뚱한 입력칸 값이 사라져요.\n\n```\nWarning: Each child in a list should have a unique "key" prop.\nCheck the render method of `OptionList`.\n```\n\n```jsx\nfunction OptionList({ options, onRemove }) {\n  return (\n    <ul>\n      {options.map((opt, i) => (\n        <li>\n          <input defaultValue={opt.label} />\n          <button onClick={() => onRemove(i)}>삭제</button>\n        </li>\n      ))}\n    </ul>\n  );\n}\n```'
        ),
        _u(
            "SQL로 상품별 재구매율 구하고 싶어요. 같은 상품을 2번 이상 산 고객 수 / 그 상품 산 전체 고객 수"
        ),
        _u(
            "파이썬으로 어제 가격표 CSV랑 오늘 가격표 CSV를 상품코드 기준으로 비교해서 가격 바뀐 것만 뽑기"
        ),
        _u(
            "Spring Boot 파일 다운로드 API에서 한글 파일명이 깨져요. Content-Disposition 어떻게 써야 돼요?"
        ),
        _u("Node.js에서 dayjs로 한국 시간 기준 오늘 00:00:00 ~ 23:59:59 범위 구하는 법"),
        _u("라라벨 유효성 검사 에러 메시지를 한국어로 바꾸려면?"),
        _u("SQLite에서 날짜별로 GROUP BY 하는데 저장된 게 UTC라 한국 시간으로 보면 하루씩 밀려요"),
        _u("Go에서 구조체 슬라이스를 가격 오름차순, 같으면 이름순으로 정렬"),
        _u("엑셀에서 XLOOKUP으로 조건 두 개(지점이랑 날짜) 맞는 값 찾기"),
        _u("kotlinx.serialization에서 LocalDate를 'yyyy-MM-dd' 문자열로 직렬화하려면?"),
        _u("Next.js API 라우트에서 쿼리 파라미터 받아서 DB 조회하고 JSON으로 돌려주는 예제"),
        _u("파이썬 unittest에서 특정 예외가 발생하는지 테스트하는 법"),
        _u(
            "우리 카페 홈페이지 메뉴판에서 품절된 메뉴는 회색으로 보이게 하고 싶어요. 메뉴는 menu.json 파일로 관리하고 있어요"
        ),
        _u("C#에서 DateTime을 '2024년 5월 1일 (수)' 형식으로 출력"),
        _u("Swift에서 정규식으로 이메일 형식 체크하는 함수"),
        _m(
            "Django로 간단한 방명록 만들기",
            "```python\nclass Entry(models.Model):\n    name = models.CharField(max_length=30)\n    message = models.TextField(max_length=500)\n    created_at = models.DateTimeField(auto_now_add=True)\n\ndef guestbook(request):\n    if request.method == 'POST':\n        form = EntryForm(request.POST)\n        if form.is_valid():\n            form.save()\n            return redirect('guestbook')\n    else:\n        form = EntryForm()\n    entries = Entry.objects.order_by('-created_at')[:50]\n    return render(request, 'guestbook.html', {'form': form, 'entries': entries})\n```",
            "관리자만 글 삭제할 수 있게",
        ),
        _m(
            "SQL로 주문 상태별 건수",
            "```sql\nSELECT status, COUNT(*) AS cnt\nFROM orders\nGROUP BY status;\n```",
            "최근 7일만, 날짜별로 펼쳐서",
        ),
        _m(
            "Vue에서 다음 우편번호 서비스로 주소 검색 붙이기",
            '```vue\n<script setup>\nconst addr = reactive({ zonecode: \'\', road: \'\', detail: \'\' })\nfunction search() {\n  new daum.Postcode({\n    oncomplete: data => {\n      addr.zonecode = data.zonecode\n      addr.road = data.roadAddress\n    },\n  }).open()\n}\n</script>\n<template>\n  <input v-model="addr.zonecode" readonly /> <button @click="search">주소 검색</button>\n  <input v-model="addr.road" readonly />\n  <input v-model="addr.detail" placeholder="상세주소" />\n</template>\n```',
            "검색 끝나면 상세주소 칸에 자동으로 포커스",
        ),
        _m(
            "파이썬으로 엑셀에서 '상품명', '수량', '금액' 열만 골라서 새 파일로 저장",
            "```python\nimport pandas as pd\ndf = pd.read_excel('주문내역.xlsx')\ndf[['상품명', '수량', '금액']].to_excel('요약.xlsx', index=False)\n```",
            "열 너비도 내용에 맞게 자동으로",
        ),
        _m(
            "NestJS + TypeORM으로 Post, Comment 엔티티",
            "```ts\n@Entity()\nexport class Post {\n  @PrimaryGeneratedColumn() id: number;\n  @Column() title: string;\n  @Column('text') content: string;\n  @OneToMany(() => Comment, c => c.post) comments: Comment[];\n}\n\n@Entity()\nexport class Comment {\n  @PrimaryGeneratedColumn() id: number;\n  @Column() body: string;\n  @ManyToOne(() => Post, p => p.comments, { onDelete: 'CASCADE' }) post: Post;\n}\n```",
            "글 목록 조회할 때 댓글 수도 같이",
        ),
        _m(
            "자바 Scanner로 숫자 여러 개 입력받아서 합계 출력",
            '```java\nScanner sc = new Scanner(System.in);\nint n = sc.nextInt();\nint sum = 0;\nfor (int i = 0; i < n; i++) sum += sc.nextInt();\nSystem.out.println("합계: " + sum);\n```',
            "개수 말고 0 입력하면 끝나게",
        ),
        _m(
            "PHP로 게시글 볼 때마다 조회수 올리기",
            "```php\n$stmt = $pdo->prepare('UPDATE posts SET views = views + 1 WHERE id = ?');\n$stmt->execute([$id]);\n```",
            "새로고침할 때마다 올라가요, 하루에 한 번만",
        ),
        _m(
            "Flutter에서 SharedPreferences로 로그인 상태 저장",
            "```dart\nFuture<void> saveLogin(String userId) async {\n  final prefs = await SharedPreferences.getInstance();\n  await prefs.setString('userId', userId);\n}\n\nFuture<String?> loadLogin() async {\n  final prefs = await SharedPreferences.getInstance();\n  return prefs.getString('userId');\n}\n```",
            "자동 로그인 체크박스 체크했을 때만 저장되게",
        ),
        _m(
            "Go gorm으로 User 모델 정의",
            '```go\ntype User struct {\n    ID        uint   `gorm:"primaryKey"`\n    Email     string `gorm:"uniqueIndex;size:255"`\n    Nickname  string `gorm:"size:30"`\n    CreatedAt time.Time\n    UpdatedAt time.Time\n}\n```',
            "탈퇴하면 soft delete로",
        ),
        _m(
            "엑셀 VBA로 통합문서의 시트 이름 목록을 '목차' 시트에 만들기",
            '```vba\nSub 목차만들기()\n    Dim ws As Worksheet, i As Long\n    i = 2\n    For Each ws In ThisWorkbook.Worksheets\n        If ws.Name <> "목차" Then\n            Sheets("목차").Cells(i, 1).Value = ws.Name\n            i = i + 1\n        End If\n    Next ws\nEnd Sub\n```',
            "클릭하면 그 시트로 가게 하이퍼링크",
            '```vba\nSheets("목차").Hyperlinks.Add Anchor:=Sheets("목차").Cells(i, 1), Address:="", _\n    SubAddress:="\'" & ws.Name & "\'!A1", TextToDisplay:=ws.Name\n```',
            "숨긴 시트는 빼줘",
        ),
        _m(
            "TypeScript에서 enum 말고 union 타입으로 주문 상태 정의",
            "```ts\nexport const ORDER_STATUS = ['PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;\nexport type OrderStatus = typeof ORDER_STATUS[number];\n```",
            "상태별 한글 라벨도 매핑해줘",
        ),
        _s(
            "당신은 스타트업 개발팀의 코딩 어시스턴트입니다. 스택: Next.js 14 (App Router) + Supabase.",
            "상품 목록 페이지에 카테고리 탭 필터 추가해줘. 선택한 탭은 URL에 남게",
        ),
        _s(
            "당신은 대학교 '프로그래밍 기초' 과목 조교입니다. 학생 수준에 맞게 설명하세요.",
            "C언어로 점수 입력받아서 학점(A~F) 출력하는 프로그램인데 switch문을 꼭 써야 한대요. 어떻게 해요?",
        ),
        _s(
            "당신은 '스마트스토어 도우미' 앱의 상담 봇입니다. 판매자는 주문 내역을 엑셀로 내려받을 수 있고, 열은 주문일, 상품명, 옵션, 수량, 결제금액입니다.",
            "주문 엑셀에서 상품별 수량 합계를 피벗 말고 수식으로 내고 싶어요",
        ),
        _s(
            "당신은 IntelliJ에 내장된 AI 어시스턴트입니다. 현재 파일: src/main/java/com/shop/coupon/CouponService.java (Spring Boot, JPA).",
            "한 주문에 쿠폰 하나만, 같은 쿠폰은 한 번만 쓸 수 있게 검증 로직 넣고 테스트도 작성해줘",
        ),
        _u(
            "정렬하다가 에러가 나요:\n\n```\nTraceback (most recent call last):\n  File \"rank.py\", line 11, in <module>\n    products.sort(key=lambda p: p['price'])\nTypeError: '<' not supported between instances of 'str' and 'int'\n```\n\n```python\nproducts = [\n    {'name': '머그컵', 'price': 12000},\n    {'name': '텀블러', 'price': '18,000'},\n    {'name': '에코백', 'price': 9000},\n    {'name': '키링', 'price': None},\n]\nproducts.sort(key=lambda p: p['price'])\n```\n\n데이터가 엑셀에서 와서 형식이 섞여 있어요. 가격 없는 건 맨 뒤로 보내고 싶어요."
        ),
        _u(
            "서버 시작하면 이렇게 떠요:\n\n```\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nParameter 0 of constructor in com.example.order.OrderService required a bean of type 'com.example.order.OrderRepository' that could not be found.\n\nAction:\n\nConsider defining a bean of type 'com.example.order.OrderRepository' in your configuration.\n```\n\n```java\npublic interface OrderRepository {\n    List<Order> findByStatus(String status);\n}\n```\n\n```java\n@SpringBootApplication\npublic class ShopApplication { ... }  // 패키지: com.example.shop\n```"
        ),
        _u(
            "출석체크 이벤트 테이블이에요:\n\n```\nattendance\n user_id | checked_on\n---------+------------\n      7  | 2024-09-01\n      7  | 2024-09-02\n      7  | 2024-09-04\n      9  | 2024-09-01\n      9  | 2024-09-02\n      9  | 2024-09-03\n```\n\n유저별로 '현재까지 가장 길게 연속 출석한 일수'랑 '오늘 기준 연속 출석 일수'를 구하고 싶어요. 7일 연속이면 보상 주려고요. PostgreSQL입니다."
        ),
        _u(
            "타이머 시작 버튼을 여러 번 누르면 시간이 막 빨리 줄어요:\n\n```html\n<span id=\"left\">60</span>\n<button id=\"start\">시작</button>\n<button id=\"reset\">초기화</button>\n<script>\n  let left = 60;\n  document.getElementById('start').onclick = () => {\n    setInterval(() => {\n      left--;\n      document.getElementById('left').textContent = left;\n    }, 1000);\n  };\n  document.getElementById('reset').onclick = () => {\n    left = 60;\n    document.getElementById('left').textContent = left;\n  };\n</script>\n```\n\n0에서 멈추고, 초기화하면 멈춘 상태로 60이 되게 하고 싶어요."
        ),
        _u(
            "동네에서 작은 꽃집을 하는데 홈페이지에 꽃다발 예약 주문 기능을 넣고 싶어요. 아는 개발자한테 부탁하려고 정리했는데, 이걸로 DB 테이블이랑 API 설계해 줄 수 있나요? (Node.js + MySQL 생각 중)\n\n- 상품: 꽃다발/꽃바구니/화분, 사이즈별 가격\n- 주문: 받는 날짜·시간(매장 픽업 또는 배달), 리본 문구, 요청사항\n- 배달은 구 단위로 배달비 다름\n- 하루 최대 20건까지만 예약 가능, 넘으면 그 날짜 선택 못 하게\n- 관리자 화면: 날짜별 주문 목록, 상태(접수/제작중/완료/배달완료) 변경"
        ),
        _u(
            '앱에서 버튼 누르면 바로 죽어요:\n\n```\nFATAL EXCEPTION: main\nProcess: kr.example.menu, PID: 8812\nandroid.os.NetworkOnMainThreadException\n\tat android.os.StrictMode$AndroidBlockGuardPolicy.onNetwork(StrictMode.java:1605)\n\tat java.net.Inet6AddressImpl.lookupHostByName(Inet6AddressImpl.java:115)\n\tat kr.example.menu.MainActivity.loadMenu(MainActivity.kt:41)\n```\n\n```kotlin\nprivate fun loadMenu() {\n    val json = URL("https://api.example.kr/menu").readText()\n    val items = Json.decodeFromString<List<MenuItem>>(json)\n    adapter.submitList(items)\n}\n```\n\n코루틴으로 바꾸는 법 알려주세요.'
        ),
    ],
    "ru": [
        _u(
            "нужен SQL-запрос: средний чек по каждому магазину за прошлую неделю, таблица receipts(store_id, created_at, total)"
        ),
        _u(
            "как сделать маску ввода телефона +7 (___) ___-__-__ в форме на React без тяжёлых библиотек"
        ),
        _u(
            "скрипт на питоне, который проходит по папке с выгрузками номенклатуры в xml и собирает артикул, название и цену в один csv"
        ),
        _u(
            "Excel: как посчитать сумму по столбцу C, если дата в столбце A попадает в текущий месяц"
        ),
        _u(
            "модель SQLAlchemy для заявок в техподдержку: тема, статус, автор, исполнитель, дата создания"
        ),
        _u(
            "на сайте список товаров надо сортировать по популярности — сколько штук продано за последние 30 дней. бэкенд на Laravel, как написать запрос через Eloquent?"
        ),
        _u(
            "Как в C# правильно хранить и складывать денежные суммы, чтобы не вылезали ошибки в копейках?"
        ),
        _u(
            "миграция в Django: поменять тип поля price с FloatField на DecimalField(10, 2), чтобы данные не потерялись"
        ),
        _u(
            "напиши тесты на JUnit 5 для метода, который проверяет контрольную цифру ИНН юрлица (10 цифр)"
        ),
        _u(
            "на Go прочитать JSON-массив из stdin и вывести только поля name и price в виде таблицы"
        ),
        _u(
            "регулярка для российского автомобильного номера вида А123ВС77 или А123ВС777, только допустимые буквы"
        ),
        _u("kotlin: как вывести дату в виде «пятница, 5 апреля» по-русски"),
        _u(
            "надо, чтобы фильтры в каталоге сохранялись в адресной строке и ссылкой можно было поделиться. Vue 3 + vue-router"
        ),
        _u("bash: найти все файлы больше 500 МБ в /home и вывести отсортированными по размеру"),
        _u(
            "Swift: как сохранить картинку, которую пользователь выбрал из галереи, в папку документов приложения и потом загрузить обратно"
        ),
        _m(
            "FastAPI: эндпоинт для создания заказа, Pydantic-модели и SQLAlchemy",
            "```python\nclass OrderItemIn(BaseModel):\n    product_id: int\n    qty: int = Field(gt=0)\n\nclass OrderIn(BaseModel):\n    customer_id: int\n    items: list[OrderItemIn] = Field(min_length=1)\n\n@app.post('/orders', status_code=201)\ndef create_order(data: OrderIn, db: Session = Depends(get_db)):\n    order = Order(customer_id=data.customer_id, status='new')\n    order.items = [OrderItem(product_id=i.product_id, qty=i.qty) for i in data.items]\n    db.add(order)\n    db.commit()\n    return {'id': order.id}\n```",
            "теперь список заказов с фильтром по статусу",
        ),
        _m(
            "SQL: топ-5 товаров по выручке за год",
            "```sql\nSELECT p.name, SUM(oi.qty * oi.price) AS revenue\nFROM order_items oi\nJOIN products p ON p.id = oi.product_id\nJOIN orders o ON o.id = oi.order_id\nWHERE o.created_at >= date_trunc('year', now())\nGROUP BY p.name\nORDER BY revenue DESC\nLIMIT 5;\n```",
            "а теперь топ-5 в каждой категории",
        ),
        _m(
            "React: таблица пользователей с поиском по имени",
            "```jsx\nfunction UsersTable({ users }) {\n  const [q, setQ] = useState('');\n  const rows = users.filter(u => u.name.toLowerCase().includes(q.toLowerCase()));\n  return (\n    <>\n      <input placeholder=\"Поиск\" value={q} onChange={e => setQ(e.target.value)} />\n      <table><tbody>{rows.map(u => <tr key={u.id}><td>{u.name}</td><td>{u.role}</td></tr>)}</tbody></table>\n    </>\n  );\n}\n```",
            "добавь колонку с кнопкой «Заблокировать», она дергает POST /users/:id/block",
        ),
        _m(
            "Python: скачать все картинки по ссылкам из файла links.txt в папку img",
            "```python\nimport requests\nfrom pathlib import Path\n\nout = Path('img'); out.mkdir(exist_ok=True)\nfor url in Path('links.txt').read_text().split():\n    r = requests.get(url, timeout=20)\n    r.raise_for_status()\n    (out / url.rsplit('/', 1)[-1]).write_bytes(r.content)\n```",
            "сделай в несколько потоков, ссылок тысячи",
        ),
        _m(
            "Rails: модель Order с позициями LineItem",
            "```ruby\nclass Order < ApplicationRecord\n  has_many :line_items, dependent: :destroy\n  accepts_nested_attributes_for :line_items\nend\n\nclass LineItem < ApplicationRecord\n  belongs_to :order\n  belongs_to :product\n  validates :quantity, numericality: { greater_than: 0 }\nend\n```",
            "валидация, что в заказе есть хотя бы одна позиция",
        ),
        _m(
            "PHP: функция, чтобы писать «1 товар», «2 товара», «5 товаров»",
            '```php\nfunction tovarov(int $n): string {\n    $m10 = $n % 10; $m100 = $n % 100;\n    if ($m10 == 1 && $m100 != 11) return "$n товар";\n    if ($m10 >= 2 && $m10 <= 4 && ($m100 < 10 || $m100 >= 20)) return "$n товара";\n    return "$n товаров";\n}\n```',
            "сделай универсальную, чтобы слова передавать",
        ),
        _m(
            "нужен systemd unit, чтобы мой телеграм-бот на python запускался при старте сервера",
            "```ini\n[Unit]\nDescription=Telegram bot\nAfter=network-online.target\n\n[Service]\nUser=bot\nWorkingDirectory=/opt/bot\nExecStart=/opt/bot/venv/bin/python main.py\n\n[Install]\nWantedBy=multi-user.target\n```\n`sudo systemctl enable --now bot.service`",
            "и чтобы перезапускался, если упал",
        ),
        _m(
            "TypeScript: функция, которая форматирует размер файла в байтах в читаемый вид",
            "```ts\nexport function formatSize(bytes: number): string {\n  const units = ['B', 'KB', 'MB', 'GB', 'TB'];\n  let i = 0;\n  while (bytes >= 1024 && i < units.length - 1) { bytes /= 1024; i++; }\n  return `${bytes.toFixed(i ? 1 : 0)} ${units[i]}`;\n}\n```",
            "по-русски: КБ, МБ, и запятая вместо точки",
        ),
        _m(
            "Java: как прочитать настройки из config.properties",
            '```java\nProperties props = new Properties();\ntry (InputStream in = new FileInputStream("config.properties")) {\n    props.load(in);\n}\nString title = props.getProperty("shop.title", "Магазин");\n```',
            "кириллица в значениях превращается в кракозябры",
        ),
        _m(
            "Django: форма регистрации с email и паролем",
            "```python\nclass RegisterForm(forms.Form):\n    email = forms.EmailField()\n    password = forms.CharField(widget=forms.PasswordInput, min_length=8)\n```",
            "проверь, что такой email ещё не зарегистрирован",
            "```python\n    def clean_email(self):\n        email = self.cleaned_data['email'].lower()\n        if User.objects.filter(email__iexact=email).exists():\n            raise forms.ValidationError('Этот email уже зарегистрирован')\n        return email\n```",
            "и поле повтора пароля",
        ),
        _m(
            "Google Таблицы: как автоматически ставить дату в столбец B, когда кто-то заполняет ячейку в A?",
            "Через Apps Script:\n```js\nfunction onEdit(e) {\n  const r = e.range;\n  if (r.getColumn() === 1 && r.getRow() > 1 && r.getValue() !== '') {\n    r.offset(0, 1).setValue(new Date());\n  }\n}\n```",
            "только чтобы дата не перезаписывалась, если A потом правят",
        ),
        _s(
            "Ты ассистент в редакторе кода. Проект: бэкенд на Go (chi, sqlx, PostgreSQL). Следуй структуре пакетов handlers/ и store/.",
            "добавь DELETE /products/{id} с мягким удалением (deleted_at), и чтобы список больше не показывал удалённые",
        ),
        _s(
            "Ты — помощник преподавателя на курсе программирования для школьников. Объясняй просто и по шагам.",
            "почему у меня цикл никогда не заканчивается?\nn = 10\nwhile n > 0:\n    print(n)",
        ),
        _s(
            "Ты — бот поддержки сервиса онлайн-записи «Запишись». Владельцы салонов могут добавлять свой JavaScript на страницу записи; доступен объект `booking` с выбранной датой и услугами.",
            "как скрыть услугу «окрашивание» в списке, если клиент выбрал воскресенье?",
        ),
        _s(
            "You are a coding assistant. Answer in Russian.",
            "скрипт на Python, который разбирает access.log nginx и считает запросы по статус-кодам",
            "```python\nimport re\nfrom collections import Counter\n\nLINE = re.compile(r'\"[A-Z]+ [^\"]*\" (\\d{3}) ')\ncodes = Counter()\nwith open('/var/log/nginx/access.log') as f:\n    for line in f:\n        m = LINE.search(line)\n        if m:\n            codes[m.group(1)] += 1\nfor code, n in sorted(codes.items()):\n    print(code, n)\n```",
            "ещё топ-10 URL, которые отдают 404",
        ),
        _s(
            "Ты SQL-помощник аналитиков интернет-магазина. PostgreSQL, таблицы orders(id, customer_id, created_at, total) и customers(id, created_at).",
            "доля повторных покупателей по месяцам: сколько из купивших в месяце уже покупали раньше",
        ),
        _s(
            "Ты — ассистент в IntelliJ IDEA. Проект на Kotlin и Spring Boot 3, тесты на JUnit 5.",
            "напиши тест на OrderController с MockMvc: POST /orders с пустым списком позиций должен вернуть 400",
        ),
        _u(
            'импорт клиентов падает на середине:\n\n```\nTraceback (most recent call last):\n  File "import_clients.py", line 28, in <module>\n    cur.execute(INSERT_SQL, row)\npsycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "clients_code_key"\nDETAIL:  Key (code)=(KL-00412) already exists.\n```\n\n```python\nINSERT_SQL = \'INSERT INTO clients (code, name, city) VALUES (%(code)s, %(name)s, %(city)s)\'\nfor row in reader:\n    cur.execute(INSERT_SQL, row)\nconn.commit()\n```\n\nнадо, чтобы существующие обновлялись (название и город), а новые добавлялись'
        ),
        _u(
            "чекбоксы не собираются в массив, в selected всегда true/false:\n\n```vue\n<template>\n  <label v-for=\"c in categories\" :key=\"c.id\">\n    <input type=\"checkbox\" v-model=\"selected\" />\n    {{ c.title }}\n  </label>\n  <p>Выбрано: {{ selected }}</p>\n</template>\n<script setup>\nimport { ref } from 'vue'\nconst categories = ref([{ id: 1, title: 'Книги' }, { id: 2, title: 'Игрушки' }, { id: 3, title: 'Канцтовары' }])\nconst selected = ref(false)\n</script>\n```\n\nхочу получить массив id выбранных категорий"
        ),
        _u(
            "структура такая:\n\n```sql\nCREATE TABLE drivers (id serial PRIMARY KEY, full_name text);\nCREATE TABLE trips (\n  id serial PRIMARY KEY,\n  driver_id int REFERENCES drivers(id),\n  started_at timestamptz,\n  finished_at timestamptz,\n  distance_km numeric(7,2),\n  fare numeric(10,2)\n);\n```\n\nнужен отчёт за месяц по каждому водителю: число поездок, суммарный пробег, средняя длительность поездки в минутах и выручка. Водители без поездок тоже должны быть, с нулями."
        ),
        _u(
            "паника на ровном месте:\n\n```\npanic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.groupByCity(...)\n\t/home/dev/report/main.go:21\nmain.main()\n\t/home/dev/report/main.go:35 +0x1a5\n```\n\n```go\ntype Report struct {\n    ByCity map[string]int\n}\n\nfunc groupByCity(shops []Shop) Report {\n    var r Report\n    for _, s := range shops {\n        r.ByCity[s.City]++\n    }\n    return r\n}\n```"
        ),
        _u(
            "У меня небольшой автосервис, хочу на сайте форму записи на ТО. Что нужно:\n\n- марка и модель авто (из списка), год выпуска\n- госномер\n- вид работ: замена масла, шиномонтаж, диагностика, другое (тогда поле с описанием)\n- желаемая дата и время: только будни с 9 до 18, шаг 30 минут, не раньше завтрашнего дня\n- имя и телефон\n\nЗаявки должны сохраняться в базу MySQL, а я хочу видеть их списком по датам. Сайт на PHP. Напишите форму, проверки и таблицу."
        ),
        _u(
            "после логина вместо редиректа вижу это:\n\n```\nWarning: Cannot modify header information - headers already sent by (output started at /var/www/site/includes/header.php:1) in /var/www/site/login.php on line 23\n```\n\n```php\n<?php\nrequire 'includes/header.php';\nrequire 'includes/db.php';\n\nif ($_SERVER['REQUEST_METHOD'] === 'POST') {\n    $user = find_user($_POST['login']);\n    if ($user && password_verify($_POST['password'], $user['hash'])) {\n        $_SESSION['uid'] = $user['id'];\n        header('Location: /cabinet.php');\n        exit;\n    }\n}\n```\n\nheader.php начинается с <!DOCTYPE html>. Что не так?"
        ),
        _u("SQL: найти заказы, у которых сумма позиций не совпадает с полем total в самом заказе"),
        _u(
            "Как в Django сделать выгрузку выбранных заказов в Excel прямо из админки, через action?"
        ),
        _u("python: разбить большой csv на файлы по 100 тысяч строк, чтобы в каждом был заголовок"),
        _u(
            "Express: валидация тела запроса через joi для создания товара — название, цена больше нуля, массив тегов"
        ),
        _u(
            "в интернет-магазине цены показываются как 1500.5 руб, а надо 1 500,50 ₽. фронт на Vue 3, где лучше форматировать?"
        ),
        _u("Java: прочитать xlsx через Apache POI и пропустить пустые строки"),
        _u("TypeScript: функция debounce с нормальными типами, чтобы аргументы сохранялись"),
        _u(
            "PostgreSQL: как сделать вставку, а если товар с таким артикулом уже есть — обновить цену и остаток"
        ),
        _u("Kotlin: как сохранить список заметок в DataStore и читать его как Flow"),
        _u(
            "Go: как сделать аккуратное завершение http-сервера по Ctrl+C, чтобы текущие запросы доработали"
        ),
        _u("Excel: формула, которая из «Петров Сергей Андреевич» делает «Петров С. А.»"),
        _u("PHP: как принять файл из формы и проверить, что это именно PDF и не больше 5 МБ"),
        _u("C#: как сделать, чтобы enum в JSON отдавался строкой, а не числом (System.Text.Json)"),
        _u(
            "SwiftUI: обратный отсчёт до заданной даты — дни, часы, минуты, обновляется каждую секунду"
        ),
        _u(
            "мне надо, чтобы телеграм-бот по команде /report присылал сумму продаж за сегодня из нашей базы postgres. бот на aiogram 3"
        ),
        _m(
            "Spring Boot: CRUD для справочника городов",
            '```java\n@RestController\n@RequestMapping("/cities")\n@RequiredArgsConstructor\npublic class CityController {\n    private final CityRepository repo;\n\n    @GetMapping public List<City> all() { return repo.findAll(Sort.by("name")); }\n    @PostMapping public City create(@RequestBody City c) { return repo.save(c); }\n    @PutMapping("/{id}") public City update(@PathVariable Long id, @RequestBody City c) { c.setId(id); return repo.save(c); }\n    @DeleteMapping("/{id}") public void delete(@PathVariable Long id) { repo.deleteById(id); }\n}\n```',
            "теперь проверка, что название уникально, с нормальной ошибкой 409",
        ),
        _m(
            "SQL: выручка по менеджерам за прошлый месяц",
            "```sql\nSELECT m.name, SUM(d.amount) AS revenue\nFROM deals d\nJOIN managers m ON m.id = d.manager_id\nWHERE d.closed_at >= date_trunc('month', now()) - interval '1 month'\n  AND d.closed_at < date_trunc('month', now())\nGROUP BY m.name\nORDER BY revenue DESC;\n```",
            "есть таблица plans(manager_id, month, amount), добавь план и процент выполнения",
        ),
        _m(
            "React: компонент, который загружает CSV и показывает его таблицей",
            '```jsx\nimport Papa from \'papaparse\';\n\nfunction CsvPreview() {\n  const [rows, setRows] = useState([]);\n  const onFile = e => Papa.parse(e.target.files[0], { header: true, complete: r => setRows(r.data) });\n  return (\n    <>\n      <input type="file" accept=".csv" onChange={onFile} />\n      <table>\n        <tbody>{rows.map((r, i) => <tr key={i}>{Object.values(r).map((v, j) => <td key={j}>{v}</td>)}</tr>)}</tbody>\n      </table>\n    </>\n  );\n}\n```',
            "подсвети красным строки, где цена не число или пустой артикул",
        ),
        _m(
            "Python: класс для работы с заметками в SQLite (добавить, список, удалить)",
            "```python\nimport sqlite3\n\nclass Notes:\n    def __init__(self, path='notes.db'):\n        self.db = sqlite3.connect(path)\n        self.db.execute('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT, created TEXT DEFAULT CURRENT_TIMESTAMP)')\n\n    def add(self, text):\n        self.db.execute('INSERT INTO notes (text) VALUES (?)', (text,))\n        self.db.commit()\n\n    def all(self):\n        return self.db.execute('SELECT id, text, created FROM notes ORDER BY id DESC').fetchall()\n\n    def delete(self, note_id):\n        self.db.execute('DELETE FROM notes WHERE id = ?', (note_id,))\n        self.db.commit()\n```",
            "добавь поиск по тексту без учёта регистра",
        ),
        _m(
            "Laravel: модель Article с тегами многие-ко-многим",
            "```php\nclass Article extends Model\n{\n    public function tags() { return $this->belongsToMany(Tag::class); }\n}\n\nclass Tag extends Model\n{\n    public function articles() { return $this->belongsToMany(Article::class); }\n}\n```",
            "в контроллере фильтр статей по тегу из ?tag=",
        ),
        _m(
            "JS: функция, которая пишет сумму прописью, например 123.45 → «сто двадцать три рубля 45 копеек»",
            "```js\nconst ed = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];\nconst des = ['', 'десять', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];\nconst sot = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];\nconst nadc = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];\n\nfunction triada(n) {\n  const s = Math.floor(n / 100), d = Math.floor(n / 10) % 10, e = n % 10;\n  return [sot[s], d === 1 ? nadc[e] : des[d], d === 1 ? '' : ed[e]].filter(Boolean).join(' ');\n}\n// ... склонение «рубль/рубля/рублей» и тысячи\n```",
            "допиши до конца, с тысячами",
        ),
        _m(
            "bash: проверить, что сервис myapp запущен, и если нет — перезапустить",
            "```bash\n#!/bin/bash\nif ! systemctl is-active --quiet myapp; then\n  systemctl restart myapp\nfi\n```",
            "и писать в лог, когда и почему перезапускал",
        ),
        _m(
            "C#: запрос списка товаров через Dapper",
            '```csharp\nusing var conn = new SqlConnection(_connString);\nvar items = await conn.QueryAsync<Product>("SELECT Id, Name, Price FROM Products ORDER BY Name");\n```',
            "с фильтром по цене от и до, оба необязательные",
        ),
        _m(
            "Rust: ручка на axum, которая отдаёт список задач в JSON",
            '```rust\n#[derive(Serialize, Clone)]\nstruct Task { id: u32, title: String, done: bool }\n\ntype Db = Arc<Mutex<Vec<Task>>>;\n\nasync fn list(State(db): State<Db>) -> Json<Vec<Task>> {\n    Json(db.lock().unwrap().clone())\n}\n\nlet app = Router::new().route("/tasks", get(list)).with_state(db);\n```',
            "добавь POST для создания задачи",
        ),
        _m(
            "Flask: форма обратной связи (имя, email, сообщение)",
            "```python\nclass FeedbackForm(FlaskForm):\n    name = StringField('Имя', validators=[DataRequired()])\n    email = EmailField('Email', validators=[DataRequired(), Email()])\n    message = TextAreaField('Сообщение', validators=[DataRequired(), Length(max=2000)])\n\n@app.route('/feedback', methods=['GET', 'POST'])\ndef feedback():\n    form = FeedbackForm()\n    if form.validate_on_submit():\n        flash('Спасибо, сообщение отправлено')\n        return redirect(url_for('feedback'))\n    return render_template('feedback.html', form=form)\n```",
            "сохранять сообщения в базу",
            "```python\nclass Feedback(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    name = db.Column(db.String(100))\n    email = db.Column(db.String(200))\n    message = db.Column(db.Text)\n    created_at = db.Column(db.DateTime, default=datetime.utcnow)\n\n# в feedback():\n    if form.validate_on_submit():\n        db.session.add(Feedback(name=form.name.data, email=form.email.data, message=form.message.data))\n        db.session.commit()\n```",
            "и простую капчу: сумма двух случайных чисел",
        ),
        _m(
            "Google Таблицы: выпадающий список в столбце B из значений листа «Справочник»",
            "Данные → Проверка данных → «Раскрывающийся список из диапазона» → `Справочник!A2:A50`.",
            "чтобы список сам расширялся, когда в справочник добавляют строки",
        ),
        _s(
            "Ты — ассистент разработчиков сервиса доставки продуктов. Стек: Python 3.12, FastAPI, SQLAlchemy 2.0, PostgreSQL.",
            "эндпоинт для курьера: отметить заказ доставленным, но только если заказ назначен именно на этого курьера и он в статусе «в пути»",
        ),
        _s(
            "Ты — наставник на курсе «Python с нуля». Отвечай доброжелательно и объясняй, почему возникла ошибка.",
            "почему у меня 2 + 2 получается 22? a = input() b = input() print(a + b)",
        ),
        _s(
            "Ты — бот поддержки конструктора сайтов «Сайтоград». Пользователи могут вставлять на страницу блоки с собственным HTML и JavaScript.",
            "хочу на странице акции таймер до конца распродажи — 31 декабря 23:59 по Москве, чтобы у всех показывал одинаково",
        ),
        _s(
            "You are a coding assistant. Answer in Russian. Project: NestJS + Prisma, PostgreSQL.",
            "сервис для бронирования столиков: создать бронь, список броней на дату",
            "```ts\n@Injectable()\nexport class BookingsService {\n  constructor(private prisma: PrismaService) {}\n\n  create(dto: CreateBookingDto) {\n    return this.prisma.booking.create({ data: dto });\n  }\n\n  forDate(date: Date) {\n    const start = startOfDay(date), end = endOfDay(date);\n    return this.prisma.booking.findMany({ where: { startsAt: { gte: start, lte: end } }, orderBy: { startsAt: 'asc' } });\n  }\n}\n```",
            "проверка, что столик свободен в это время (бронь длится 2 часа)",
        ),
        _s(
            "Ты ассистент в DataGrip для аналитиков сети пекарен. PostgreSQL: sales(store_id, item_id, sold_at, qty), items(id, name).",
            "средние продажи каждой позиции по дням недели за последние 8 недель, чтобы планировать выпечку",
        ),
        _u(
            "после коммита падает при обращении к атрибуту:\n\n```\nsqlalchemy.orm.exc.DetachedInstanceError: Instance <Order at 0x7f3a2c1d5e50> is not bound to a Session; attribute refresh operation cannot proceed\n```\n\n```python\ndef create_order(data):\n    with Session(engine) as s:\n        order = Order(**data)\n        s.add(order)\n        s.commit()\n    return order\n\norder = create_order({'customer_id': 5, 'total': 1200})\nprint(order.id)  # тут падает\n```\n\nкак правильно вернуть созданный объект из функции?"
        ),
        _u(
            "после регистрации нового пользователя открываю личный кабинет и получаю:\n\n```\nRelatedObjectDoesNotExist at /cabinet/\nUser has no profile.\nException Location: django/db/models/fields/related_descriptors.py, line 492, in __get__\n```\n\n```python\nclass Profile(models.Model):\n    user = models.OneToOneField(User, on_delete=models.CASCADE)\n    phone = models.CharField(max_length=20, blank=True)\n    city = models.CharField(max_length=100, blank=True)\n\n@login_required\ndef cabinet(request):\n    return render(request, 'cabinet.html', {'profile': request.user.profile})\n```\n\nу старых пользователей профиль создавали руками в админке. как сделать, чтобы он появлялся сам?"
        ),
        _u(
            "учёт склада, таблицы:\n\n```sql\nCREATE TABLE movements (\n  id bigserial PRIMARY KEY,\n  item_id int NOT NULL,\n  warehouse_id int NOT NULL,\n  qty int NOT NULL,          -- плюс приход, минус расход\n  moved_at timestamptz NOT NULL\n);\nCREATE TABLE items (id int PRIMARY KEY, sku text, name text);\nCREATE TABLE warehouses (id int PRIMARY KEY, name text);\n```\n\nнужен запрос «остатки на дату»: на любую дату, которую передаю параметром, — остаток по каждому товару на каждом складе, нулевые не показывать. и отдельно — товары, ушедшие в минус (ошибки учёта)."
        ),
        _u(
            "сортировка по дате в таблице работает как попало:\n\n```js\nconst rows = [\n  { num: 'А-17', date: '05.11.2024' },\n  { num: 'А-18', date: '28.10.2024' },\n  { num: 'А-19', date: '01.12.2024' },\n];\nrows.sort((a, b) => a.date.localeCompare(b.date));\n// 01.12.2024, 05.11.2024, 28.10.2024\n```\n\nдаты приходят с бэка строками в таком виде, поменять формат там нельзя. как правильно отсортировать по убыванию?"
        ),
        _u(
            "Здравствуйте! У нас небольшая школа танцев, хотим уйти от тетрадки. Что нужно:\n\n- направления (хип-хоп, контемпорари, бальные) и группы по уровню\n- расписание: группа, зал, день недели, время, преподаватель\n- абонементы: на 8 или 12 занятий, действуют 30 дней с первого посещения\n- отметка посещений на занятии, списание с абонемента\n- предупреждение, если осталось 1 занятие или абонемент истекает через 3 дня\n\nПрограммист у нас студент, пишет на Django. Можете набросать модели и основные представления?"
        ),
        _u(
            "отчёт иногда падает:\n\n```\nSystem.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at System.Linq.Enumerable.Max[TSource](IEnumerable`1 source, Func`2 selector)\n   at Reports.DailyReport.Build(DateOnly day) in DailyReport.cs:line 37\n```\n\n```csharp\nvar sales = _db.Sales.Where(s => s.Day == day).ToList();\nvar maxCheck = sales.Max(s => s.Total);\nvar avgCheck = sales.Average(s => s.Total);\nreturn new DailyReport(day, sales.Count, maxCheck, avgCheck);\n```\n\nв выходные продаж нет. хочу, чтобы в отчёте были нули."
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b9", BY_LANG)
