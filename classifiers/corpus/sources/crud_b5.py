"""Fifth batch of `crud` examples: hand-written, one group per example ("crud/b5/<lang>/<digest>").
Short everyday coding requests in native words: queries, forms, uploads, imports/exports, tests,
models, migrations, handlers, small fixes, follow-ups in coding chats and in-domain questions."""

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
        _u(
            "Requête SQL : les clients qui n'ont rien commandé depuis le 1er janvier, avec leur dernière date de commande"
        ),
        _u(
            "comment je fais une pagination propre avec Spring Data JPA ? j'ai un repo ProduitRepository et je veux page + taille dans l'URL"
        ),
        _u(
            "Écris-moi un petit script Python qui lit tous les CSV d'un dossier et les fusionne en un seul fichier Excel, une feuille par fichier"
        ),
        _u(
            "J'ai besoin d'un modèle Django pour des rendez-vous de cabinet vétérinaire : animal, propriétaire, date, motif, statut (prévu/annulé/fait)"
        ),
        _u(
            "pourquoi mon formulaire Symfony ne valide pas ? la contrainte NotBlank est sur l'entité mais rien ne s'affiche dans le twig"
        ),
        _u(
            "Peux-tu écrire les tests unitaires pytest pour cette fonction ?\n\ndef calcul_remise(total, code):\n    if code == 'BIENVENUE':\n        return round(total * 0.9, 2)\n    if code == 'FIDELE' and total > 100:\n        return total - 15\n    return total"
        ),
        _u(
            "en pandas comment je groupe par mois sur une colonne date et je somme le montant ? la colonne est en texte genre 03/02/2024"
        ),
        _u(
            "upload de fichier avec FastAPI : je veux accepter que des PDF de moins de 5 Mo et les ranger dans uploads/<id_dossier>/"
        ),
        _u(
            "Fais une migration Laravel qui ajoute une colonne `archived_at` nullable à la table `projets` et un index dessus"
        ),
        _u("PUT ou PATCH pour mettre à jour juste l'adresse d'un client ?"),
        _u(
            "j'ai cette erreur en lançant mon app Node :\n\nTypeError: Cannot read properties of undefined (reading 'map')\n    at ListeCommandes (ListeCommandes.jsx:14:23)\n\nla ligne 14 c'est `commandes.map(c => <Ligne key={c.id} {...c} />)`. les données viennent d'un fetch"
        ),
        _u(
            "un cron qui tourne tous les jours à 2h du matin pour supprimer les paniers abandonnés de plus de 30 jours, en Node avec node-cron et Prisma"
        ),
        _u(
            "Comment on mocke un appel à requests.get dans un test unittest ? je veux pas taper la vraie API météo"
        ),
        _u(
            "Export Excel de la liste des adhérents de l'asso depuis notre back-office Rails, avec nom, email, date d'adhésion et cotisation payée oui/non"
        ),
        _u(
            "Endpoint GraphQL (Apollo Server) : une mutation pour créer un commentaire sur un article, avec l'auteur connecté"
        ),
        _u(
            "en VBA, je veux une macro qui colorie en rouge les lignes où la date d'échéance est dépassée et la case 'payé' vide"
        ),
        _u(
            "Quelle est la différence entre `save()` et `update()` dans l'ORM Django ? on m'a dit que update ne déclenche pas les signaux"
        ),
        _u(
            "Il me faut un CRUD complet pour les fournisseurs en ASP.NET Core minimal API avec EF Core. Champs : raison sociale, SIRET, email, téléphone."
        ),
        _u(
            "mon test Jest passe tout seul mais plante quand je lance toute la suite, je crois que c'est le mock de Date qui fuit entre les tests, comment je le remets à zéro ?"
        ),
        _u("c'est quoi un index composite et dans quel ordre je mets les colonnes ?"),
        _u(
            "Génère-moi les entités Doctrine pour une bibliothèque municipale : Livre, Exemplaire, Lecteur, Emprunt. Un livre a plusieurs exemplaires."
        ),
        _u(
            "script bash qui sauvegarde la base Postgres tous les soirs avec pg_dump et garde seulement les 7 derniers fichiers"
        ),
        _u(
            "Comment je renvoie un 404 propre en Go avec net/http quand l'article n'existe pas ? là je renvoie un 500 parce que sql.ErrNoRows remonte"
        ),
        _u(
            "Dans Google Sheets, formule pour récupérer le prix depuis l'onglet Tarifs selon la référence, et afficher 'inconnu' si pas trouvé"
        ),
        _u(
            "fais moi une fonction Kotlin qui parse une date au format jj/mm/aaaa et renvoie null si c'est invalide"
        ),
        _u(
            "J'utilise SQLAlchemy 2. Comment je fais un select avec un filtre optionnel ? Si le paramètre ville est None je ne filtre pas."
        ),
        _u("trie la liste des élèves par moyenne décroissante puis par nom, en JavaScript"),
        _u("Pourquoi on dit qu'il faut éviter SELECT * dans le code applicatif ?"),
        _u(
            "Ajoute une recherche par nom (insensible à la casse et aux accents) sur la page des patients, on est sur Postgres + Django"
        ),
        _u(
            "Salut ! j'ai un Flutter qui affiche une liste de tâches depuis une API REST. Je voudrais le pull-to-refresh et le scroll infini, c'est faisable simplement ?"
        ),
        _u(
            "Transforme ce code en requête préparée stp :\n\n$sql = \"SELECT * FROM membres WHERE email = '\" . $_POST['email'] . \"'\";\n$res = mysqli_query($conn, $sql);"
        ),
        _u(
            "seeders Laravel pour remplir la table produits avec 50 faux produits (nom, prix, stock) via factory"
        ),
        _u("comment tester un contrôleur Spring Boot sans démarrer tout le contexte ? MockMvc ?"),
        _u(
            "j'ai un fichier JSON avec des commandes imbriquées (client > commandes > lignes), je veux l'aplatir en un DataFrame une ligne par article"
        ),
        _u(
            "Écris un handler Rust avec axum pour POST /notes qui enregistre une note (titre, contenu) dans SQLite via sqlx et renvoie 201"
        ),
        _u("C'est quoi une transaction et quand je dois en ouvrir une dans mon code ?"),
        _u(
            "ma requête met 8 secondes :\n\nSELECT * FROM ventes WHERE YEAR(date_vente) = 2024 AND magasin_id = 12;\n\nil y a un index sur date_vente pourtant"
        ),
        _u(
            "le champ date de naissance dans mon formulaire React arrive décalé d'un jour côté API, je suis en France, je vois pas pourquoi"
        ),
        _u(
            "fais une route DELETE /api/evenements/:id qui supprime seulement si l'utilisateur est l'organisateur, sinon 403. Express + Mongoose"
        ),
        _m(
            "Tu peux m'écrire une requête qui donne le chiffre d'affaires par vendeur sur le mois en cours ? Tables ventes(id, vendeur_id, montant, date) et vendeurs(id, nom).",
            "```sql\nSELECT v.nom, SUM(s.montant) AS ca\nFROM ventes s\nJOIN vendeurs v ON v.id = s.vendeur_id\nWHERE s.date >= date_trunc('month', CURRENT_DATE)\nGROUP BY v.nom\nORDER BY ca DESC;\n```",
            "et les vendeurs à zéro aussi, ils doivent apparaître",
        ),
        _m(
            "J'ai fait la route POST /api/taches en FastAPI, ça marche.",
            "Super ! Tu veux qu'on ajoute la lecture, la mise à jour et la suppression ?",
            "oui, maintenant la suppression",
        ),
        _m(
            "Voici ma fonction de calcul des frais de port :\n\ndef frais_port(poids, pays):\n    if pays == 'FR':\n        return 4.9 if poids < 1 else 8.9\n    return 14.9",
            "Elle est lisible. Attention : un poids de 1 exactement passe dans le tarif à 8.9, c'est voulu ?",
            "oui c'est voulu. ajoute des tests pour ça",
        ),
        _m(
            "Tu as vu le match hier soir ? Quelle fin !",
            "Je n'ai pas vu le match, mais raconte-moi si tu veux !",
            "haha non laisse tomber. bon, question sérieuse : comment je fais un upsert en Postgres avec ON CONFLICT sur la colonne email ?",
        ),
        _m(
            "Je prépare un gâteau aux noix pour samedi, tu as une idée de glaçage ?",
            "Un glaçage au caramel beurre salé irait très bien avec les noix.",
            "merci ! autre chose : dans mon appli de recettes en Rails, je veux une validation qui empêche deux recettes avec le même titre pour le même utilisateur",
        ),
        _m(
            "écris-moi un modèle Prisma pour des réservations de salle (salle, début, fin, réservé par)",
            "```prisma\nmodel Reservation {\n  id        Int      @id @default(autoincrement())\n  salleId   Int\n  debut     DateTime\n  fin       DateTime\n  userId    Int\n  salle     Salle    @relation(fields: [salleId], references: [id])\n}\n```",
            "ajoute un index sur salle + début et fais la migration",
        ),
        _m(
            "J'ai une liste de clients en pandas et je veux garder ceux de Bretagne.",
            "Tu peux faire `df[df['region'] == 'Bretagne']`.",
            "et seulement ceux inscrits cette année ?",
        ),
        _m(
            "Peux-tu m'expliquer ce que fait ce code ?\n\nUser.where(active: true).includes(:orders).find_each { |u| ... }",
            "Il parcourt les utilisateurs actifs par lots de 1000, en préchargeant leurs commandes pour éviter le N+1.",
            "et si je veux des lots de 200 ?",
        ),
        _m(
            "Merci pour ton aide sur le CV hier, j'ai eu l'entretien !",
            "Félicitations ! J'espère que ça s'est bien passé.",
            'oui très bien. du coup premier jour lundi et on me demande déjà de corriger ça :\n\nIntegrityError: null value in column "created_by" violates not-null constraint\n\nsur un formulaire Django admin',
        ),
        _m(
            "Fais-moi une fonction JS qui formate un prix en euros.",
            "```js\nconst prix = (n) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(n);\n```",
            "parfait. maintenant la même en PHP",
        ),
        _m(
            "J'ai un endpoint GET /api/livres qui renvoie tout.",
            "Tu veux ajouter des filtres ou de la pagination ?",
            "les deux, filtre par auteur et 20 par page",
        ),
        _m(
            "c quoi un ORM en gros",
            "Une bibliothèque qui fait correspondre tes tables à des classes : tu manipules des objets et elle génère le SQL.",
            "ok et c'est plus lent que du SQL à la main ?",
        ),
        _s(
            "Tu es l'assistant de code intégré à l'IDE. Réponds d'abord avec le code, explications courtes.",
            "Fichier ouvert : src/services/facture.service.ts\nSélection :\n\nasync findAll() {\n  return this.repo.find();\n}\n\nAjoute un filtre par statut et un tri par date d'émission décroissante.",
        ),
        _s(
            "Tu es DevBot, l'assistant des développeurs de la Mutuelle Horizon. Stack : Java 17, Spring Boot 3, Oracle.",
            "j'ai besoin d'un repository JPA qui compte les dossiers par statut pour un gestionnaire donné",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "Le test `test_export_csv_encodage` échoue : les accents sortent mal dans Excel. Corrige l'export pour qu'il écrive en UTF-8 avec BOM.",
        ),
        _s(
            "Tu es un assistant de programmation. Réponds en français, avec des exemples de code clairs.",
            "Comment on fait un formulaire de contact en PHP qui envoie un mail et affiche un message de confirmation ? Rien de fou, c'est pour le site du club de tennis.",
        ),
        _s(
            "Tu es l'assistant technique de l'agence web Pixelune. Nos projets sont en WordPress et Laravel.",
            "un client veut pouvoir importer ses produits depuis un CSV dans WooCommerce avec les catégories, il y a un moyen en code plutôt qu'avec le plugin ?",
        ),
        _s(
            "Tu es un relecteur de code exigeant. Signale d'abord les bugs, ensuite le style.",
            "def moyenne(notes):\n    total = 0\n    for n in notes:\n        total += n\n    return total / len(notes)\n\nprint(moyenne([]))",
        ),
        _s(
            "Tu es un assistant pour les développeurs de la mairie de Saint-Aubin. Nos applis internes sont en Python/Flask.",
            "On veut une page où les agents saisissent les demandes de passeport : nom, date de RDV, pièces fournies (cases à cocher). Tu peux me donner le modèle et la vue Flask ?",
        ),
        _s(
            "You are a helpful assistant.",
            "Bonjour, en SQL Server comment je supprime les doublons d'une table en gardant la ligne la plus récente pour chaque email ?",
        ),
        _s(
            "Tu es un agent de code en ligne de commande. Outils : read_file, write_file, run. Réfléchis avant d'agir.",
            "Ajoute un champ `telephone` optionnel au serializer ClientSerializer et mets à jour les tests dans tests/test_clients.py",
        ),
        _s(
            "Tu es l'assistant des développeurs de TransLog, une boîte de logistique. Stack : Go, PostgreSQL, gRPC.",
            "écris la fonction Go qui récupère les livraisons d'un chauffeur pour une date donnée avec pgx, triées par heure prévue",
        ),
        _s(
            "Tu es un assistant concis. Utilise des blocs de code markdown.",
            "regex pour valider un code postal français",
        ),
        _s(
            "Tu es l'assistant interne de l'école Les Tilleuls. Le logiciel de notes est en Laravel + MySQL.",
            "il faut un export PDF du bulletin de chaque élève avec ses notes par matière et la moyenne générale, on a déjà dompdf installé",
        ),
        _s(
            "Assistant de code dans VS Code. Fichier ouvert : app/models/commande.rb",
            "ajoute un scope `en_retard` : commandes non livrées dont la date prévue est passée",
        ),
        _s(
            "Tu es un assistant de programmation pour débutants. Sois pédagogue.",
            "je comprends pas à quoi sert `async`/`await` quand j'appelle mon API avec fetch, si je l'enlève ça marche plus ?",
        ),
        _u(
            "comment je fais pour que mon API Express accepte le JSON et les formulaires classiques en même temps ?"
        ),
        _u(
            "Un test Vitest pour le composant BoutonPanier : il doit afficher le nombre d'articles et appeler onAjouter au clic"
        ),
    ],
    "ru": [
        _u(
            "Как в Django сделать, чтобы при удалении категории товары не удалялись, а у них просто обнулялась категория?"
        ),
        _u(
            "пагинация в DRF — как сделать, чтобы клиент сам передавал page_size, но не больше 100?"
        ),
        _u(
            "Помогите с формой на React Hook Form: поле ИНН должно быть 10 или 12 цифр, иначе показать ошибку под полем"
        ),
        _u("чем отличается WHERE от HAVING? коротко"),
        _u(
            "Скрипт на Python: пройтись по папке с накладными в xlsx, вытащить номер и сумму из первой строки и сложить всё в один CSV"
        ),
        _u(
            "падает вот так:\n\nsqlalchemy.exc.InvalidRequestError: Object '<Order at 0x7f...>' is already attached to session '3' (this is '4')\n\nчто это значит и как лечить?"
        ),
        _u(
            "напиши юнит-тест на JUnit 5 для метода, который считает стоимость доставки по весу и зоне, с параметризацией"
        ),
        _u(
            "в pandas как заменить пустые значения в колонке 'город' на 'не указан', а в колонке 'сумма' на 0?"
        ),
        _u(
            "Сделай CRUD для справочника складов на NestJS + TypeORM: название, адрес, ответственный, активен ли"
        ),
        _u("что такое N+1 запросов и как его заметить в логах?"),
        _u(
            "Загрузка аватарки в Laravel: проверить что это картинка до 2 МБ, пережать до 300x300 и сохранить путь в профиле"
        ),
        _u("как в Go закрывать rows после db.Query и почему без этого утекают соединения?"),
        _u(
            "Нужна cron-задача на Django (через celery beat), которая каждое утро в 7:00 шлёт менеджерам список просроченных счетов"
        ),
        _u(
            "В Excel есть список сотрудников и отдельный лист с отпусками. Как формулой подтянуть дату ближайшего отпуска для каждого?"
        ),
        _u(
            "почему этот код на JS выводит три раза 3?\n\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100);\n}"
        ),
        _u(
            "модель Rails для абонементов в фитнес-клуб: клиент, тариф, дата начала, дата окончания, заморозка (да/нет)"
        ),
        _u("Как замокать репозиторий в тесте сервиса на Mockito, если метод возвращает Optional?"),
        _u(
            "Экспорт списка заявок в Excel из ASP.NET Core, чтобы шапка была жирной и ширина колонок по содержимому"
        ),
        _u(
            "у меня GraphQL на Strawberry, нужен резолвер, который отдаёт пользователя по id вместе с его последними 5 постами"
        ),
        _u("Что лучше хранить для денег в базе: float или decimal? и почему"),
        _u(
            "напиши функцию на TypeScript, которая валидирует номер телефона РФ (+7 или 8, 11 цифр) и приводит к формату +7XXXXXXXXXX"
        ),
        _u(
            "Запрос выдаёт дубли после JOIN с таблицей адресов, у клиента может быть несколько адресов, а мне нужен один основной. Как поправить?"
        ),
        _u(
            "в Spring Boot как вернуть 400 с понятным текстом, если в DTO не прошла валидация @NotNull?"
        ),
        _u(
            "сделай импорт CSV с товарами в базу через management command в Django, если артикул уже есть — обновить цену"
        ),
        _u(
            "как написать тест на эндпоинт FastAPI, который требует авторизацию? подменить зависимость get_current_user"
        ),
        _u(
            "Объясни на пальцах, что такое индекс в базе данных и почему он ускоряет поиск, но замедляет вставку"
        ),
        _u(
            "Flask: как сделать, чтобы форма после отправки не отправлялась повторно при обновлении страницы?"
        ),
        _u(
            "ошибка в Kotlin + Room: Cannot access database on the main thread since it may potentially lock the UI. Что делать, я только учусь"
        ),
        _u(
            "Нужно посчитать средний чек по дням недели за последние 3 месяца. MySQL, таблица checks(id, total, created_at)"
        ),
        _u("PHP: функция, которая из даты рождения считает возраст в полных годах"),
        _u(
            "bash-скрипт, который удаляет логи старше 14 дней из /var/log/myapp и пишет, сколько удалил"
        ),
        _u(
            "Мне надо добавить soft delete в модели Eloquent для таблицы клиентов и чтобы в админке была кнопка «восстановить»"
        ),
        _u("зачем нужен @Transactional и что будет, если повесить его на private метод?"),
        _u(
            "сделай REST-эндпоинт на Express: GET /api/schedule?group=ИВТ-21&date=2024-09-02 возвращает расписание пар группы на день из MongoDB"
        ),
        _u("как правильно сравнить две даты без времени в C#? DateTime.Now с временем всё портит"),
        _u(
            "Vue 3: таблица с сортировкой по клику на заголовок и фильтром по строке поиска, данные с API"
        ),
        _u(
            "у меня в pytest фикстура с базой, и после каждого теста данные остаются. Как сделать откат транзакции после теста?"
        ),
        _u(
            "Нужен SQL: для каждого отдела сотрудник с максимальной зарплатой, если таких несколько — все"
        ),
        _u("чем отличается UNION от UNION ALL"),
        _u(
            "Swift, SwiftUI: форма с полями имя и email, кнопка «Сохранить» неактивна, пока email невалидный"
        ),
        _m(
            "Напиши запрос, который считает количество заказов по статусам.",
            "```sql\nSELECT status, COUNT(*) FROM orders GROUP BY status;\n```",
            "а только за текущий месяц?",
        ),
        _m(
            "Сделал в FastAPI модель Pydantic для заявки на ремонт, всё работает.",
            "Отлично! Следующий шаг — эндпоинты создания и получения списка?",
            "да, давай теперь роут на обновление статуса",
        ),
        _m(
            "Привет! Как дела?",
            "Привет! Всё хорошо, чем могу помочь?",
            "да вот хочу разобраться, как в Django ORM сделать выборку с annotate и Count, чтобы у каждого автора было число его книг",
        ),
        _m(
            "Посоветуй сериал на вечер, что-нибудь лёгкое.",
            "Можно «Парки и зоны отдыха» — короткие серии, много юмора.",
            "спасибо) слушай, а как в SQLite сделать автоинкремент и чтобы id не переиспользовались после удаления?",
        ),
        _m(
            "напиши функцию на Python, которая из списка заказов возвращает сумму по каждому клиенту",
            "```python\nfrom collections import defaultdict\n\ndef totals(orders):\n    res = defaultdict(float)\n    for o in orders:\n        res[o['client_id']] += o['amount']\n    return dict(res)\n```",
            "покрой тестами",
        ),
        _m(
            "У меня есть модель Booking в Laravel.",
            "Что нужно с ней сделать?",
            "валидацию при создании: дата заезда не в прошлом, выезд позже заезда, гостей от 1 до 6",
        ),
        _m(
            "как в pandas прочитать Excel с двух листов?",
            "`pd.read_excel('file.xlsx', sheet_name=['Январь', 'Февраль'])` вернёт словарь датафреймов.",
            "а склеить их в один с колонкой «месяц»?",
        ),
        _m(
            "Помоги составить письмо начальнику про отпуск.",
            "Конечно, вот вариант: «Прошу предоставить ежегодный отпуск с 10 по 24 июля…»",
            'супер, спасибо. теперь по работе: в Go-сервисе при json.Unmarshal поля структуры остаются пустыми, хотя в JSON они есть. структура type Req struct { name string `json:"name"` }',
        ),
        _m(
            "сделай на Express роут GET /tasks",
            "```js\nrouter.get('/tasks', async (req, res) => {\n  const tasks = await Task.find();\n  res.json(tasks);\n});\n```",
            "теперь удаление",
        ),
        _m(
            "в чём разница между select_related и prefetch_related?",
            "select_related делает JOIN для ForeignKey/OneToOne, prefetch_related — отдельный запрос для многих-ко-многим и обратных связей.",
            "а для ManyToMany через through-модель что брать?",
        ),
        _m(
            "У меня таблица заявок, хочу отчёт по менеджерам.",
            "Какая СУБД и какие поля есть в таблице?",
            "Postgres, поля manager_id, status, created_at, closed_at. нужно среднее время закрытия по каждому менеджеру",
        ),
        _m(
            "Я написал сервис на Spring, который отправляет уведомления.",
            "Хорошо, чем помочь?",
            "как протестировать его, не отправляя реальные письма? там JavaMailSender",
        ),
        _m(
            "Сколько будет 17% от 2350?",
            "399,5.",
            "спасибо. а в JS как правильно округлить 399.5 до копеек, чтобы не было 399.49999?",
        ),
        _s(
            "Ты — помощник по коду в IDE. Сначала код, потом короткое пояснение.",
            "Открыт файл: src/api/orders.py\nВыделено:\n\n@router.get('/orders')\ndef list_orders(db: Session = Depends(get_db)):\n    return db.query(Order).all()\n\nДобавь фильтр по дате от/до и пагинацию limit/offset.",
        ),
        _s(
            "Ты — DevHelper компании «СеверТранс». Наш стек: .NET 8, EF Core, MS SQL.",
            "надо добавить в сущность Рейс поле «номер водителя» и сделать миграцию, как правильно?",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make the smallest change that solves the task and run the tests.",
            "Тест test_invoice_total падает: сумма с НДС считается 119.99999 вместо 120.00. Почини расчёт в billing/invoice.py.",
        ),
        _s(
            "Ты — помощник для начинающих программистов. Объясняй просто.",
            "что такое REST API своими словами и чем GET отличается от POST?",
        ),
        _s(
            "Ты — ассистент разработчиков интернет-магазина «Домовой». Бэкенд на Laravel 10, фронт на Vue 3.",
            "клиенты жалуются, что промокод применяется дважды, если быстро нажать кнопку. вот контроллер:\n\npublic function apply(Request $r) {\n  $cart = Cart::find($r->cart_id);\n  $cart->discount += Promo::where('code', $r->code)->value('amount');\n  $cart->save();\n}",
        ),
        _s(
            "Ты — строгий ревьюер кода. Сначала баги, потом стиль.",
            "def get_user(id):\n    conn = sqlite3.connect('app.db')\n    cur = conn.cursor()\n    cur.execute(f\"SELECT * FROM users WHERE id = {id}\")\n    return cur.fetchone()",
        ),
        _s(
            "You are a helpful assistant.",
            "Как в Google Таблицах сделать выпадающий список, который берёт значения с другого листа?",
        ),
        _s(
            "Ты — консольный агент. Инструменты: read_file, write_file, run.",
            "добавь в модель Student поле middle_name (необязательное), сделай миграцию Django и прогони тесты",
        ),
        _s(
            "Ты — ассистент IT-отдела поликлиники №3. Внутренние системы на Python и PostgreSQL.",
            "нужен отчёт: сколько приёмов было у каждого врача по неделям за квартал, без персональных данных пациентов, только количество",
        ),
        _s(
            "Ты — помощник по программированию. Отвечай по-русски с примерами кода.",
            "как на C# прочитать JSON-файл с настройками в объект класса?",
        ),
        _s(
            "Ты — ассистент команды мобильной разработки. Flutter + Firebase.",
            "нужно при сохранении заметки в Firestore ставить поле updatedAt серверным временем, как это сделать?",
        ),
        _u("в Rust как прочитать CSV с заголовками в Vec<структура> через serde?"),
        _u("что такое миграции БД и зачем они, если можно руками поменять таблицу?"),
        _u(
            "поставь уникальный индекс на пару (user_id, course_id) в таблице записей на курсы и объясни, что будет при повторной записи"
        ),
        _m(
            "слушай, я тут переписал модель Product на SQLAlchemy 2.0 со стилем Mapped[]",
            "Хорошо, показывай, что получилось, или что нужно дальше?",
            "теперь репозиторий к ней: get, list с фильтром по категории, create, delete",
        ),
    ],
    "ko": [
        _u(
            "가입 폼에 이메일 중복 체크 넣어줘. 입력 끝나면 /api/users/check-email 호출해서 이미 있으면 빨간 글씨로 안내"
        ),
        _u("올해 한 번도 주문 안 한 회원 목록 뽑는 쿼리 좀. MySQL이고 members, orders 테이블 있어"),
        _u("Spring Boot에서 페이징 처리 어떻게 해? Pageable 쓰면 되는 거야?"),
        _u("파이썬으로 폴더 안 엑셀 파일들 다 읽어서 '매출' 시트만 합치는 스크립트 만들어줘"),
        _u("JPA에서 지연 로딩(LAZY)이랑 즉시 로딩(EAGER) 차이가 뭐야? 실무에서는 뭘 기본으로 써?"),
        _u(
            "Django 모델 만들어줘: 동네 도서관 대출 기록. 책, 회원, 대출일, 반납 예정일, 실제 반납일"
        ),
        _u(
            "이 에러 뭐야?\n\nTypeError: Cannot read properties of null (reading 'addEventListener')\n    at main.js:3:31\n\n그냥 버튼에 클릭 이벤트 달려고 한 건데"
        ),
        _u(
            "게시판 글 목록 API에 검색 기능 넣고 싶어. 제목이나 내용에 키워드 들어간 거. Express + Sequelize"
        ),
        _u("pandas에서 날짜 컬럼 기준으로 주 단위 합계 내는 법"),
        _u("NestJS로 상품 CRUD 만들어줘. 이름, 가격, 재고, 카테고리. DTO 검증도 class-validator로"),
        _u("API에서 검색 조건 많을 때 GET 쿼리스트링으로 받아 아니면 POST 바디로 받아?"),
        _u(
            "파일 업로드 API 만들어야 하는데 이미지만 받고 10MB 넘으면 거절하고 싶어. Spring Boot MultipartFile로"
        ),
        _u(
            "Laravel 마이그레이션으로 orders 테이블에 delivery_memo 컬럼(text, null 허용) 추가하는 거 알려줘"
        ),
        _u(
            "쿼리가 너무 느려. 인덱스 어디에 걸어야 할지 봐줘\n\nSELECT * FROM reservations WHERE shop_id = 3 AND reserved_at BETWEEN '2024-05-01' AND '2024-05-31' ORDER BY reserved_at;"
        ),
        _u("pytest에서 외부 결제 API 호출하는 함수 테스트할 때 mock 어떻게 걸어?"),
        _u("매일 자정에 만료된 쿠폰 상태를 EXPIRED로 바꾸는 배치 만들어줘. 스프링 @Scheduled로"),
        _u("엑셀에서 VLOOKUP 말고 XLOOKUP 쓰면 뭐가 좋아? 상품코드로 단가 찾는 용도"),
        _u("React에서 글쓰기 폼 만들었는데 제출하면 페이지가 새로고침돼. 왜 그래?"),
        _u("트랜잭션 격리 수준이 뭔지 쉽게 설명해줘. READ COMMITTED랑 REPEATABLE READ 차이"),
        _u("Go로 간단한 REST API: GET /memos, POST /memos. 저장은 일단 메모리 슬라이스로"),
        _u(
            "회원 탈퇴하면 데이터 바로 지우지 말고 deleted_at만 채우게 바꾸고 싶어. TypeORM 쓰고 있어"
        ),
        _u("학생 점수 리스트에서 평균 이상인 학생 이름만 뽑는 파이썬 코드"),
        _u(
            "CSV 다운로드 버튼 누르면 주문 내역이 한글 안 깨지고 엑셀에서 열리게 하고 싶어. 백엔드는 Node"
        ),
        _u("GraphQL에서 쿼리랑 뮤테이션 차이가 뭐야?"),
        _u("카페 주문 앱인데 Flutter에서 메뉴 목록 API 받아서 ListView로 뿌리는 코드 부탁해"),
        _u("SQL에서 NULL이랑 빈 문자열 비교할 때 주의할 점 있어?"),
        _u("Kotlin data class로 회원 DTO 만들고 엔티티로 변환하는 확장 함수 만들어줘"),
        _u(
            "Jest로 이 함수 테스트 짜줘\n\nexport function 배송비(금액, 지역) {\n  if (금액 >= 50000) return 0;\n  return 지역 === '제주' ? 6000 : 3000;\n}"
        ),
        _u("FastAPI에서 응답 모델에 비밀번호 필드 안 나오게 하려면?"),
        _u("PHP로 게시글 수정 폼 만들 때 기존 값 채워 넣는 거 어떻게 해? 그냥 생 PHP + PDO"),
        _u("MongoDB에서 특정 필드만 업데이트하려면 $set 쓰면 돼? 배열에 하나 추가하는 건?"),
        _u("주문 상태 enum을 DB에 문자열로 저장할지 숫자로 저장할지 고민돼. JPA 기준으로"),
        _u("Rails에서 has_many :through 관계로 수업-수강생 모델 짜줘"),
        _u("동호회 회비 관리 시트 만들고 있는데, 회원별로 미납 개월 수 세는 수식 알려줘"),
        _u("C#에서 async 메서드 안에서 .Result 쓰면 왜 안 돼?"),
        _u("택배 송장 번호 입력칸 검증: 숫자만, 10~12자리. 정규식이랑 Vue 코드 같이"),
        _u("ORM 쓰면 SQL 몰라도 돼? 신입인데 궁금해서"),
        _u("JUnit에서 예외 터지는지 테스트하는 방법"),
        _u("Supabase에서 게시글 목록을 최신순으로 20개씩 불러오는 코드 (JS 클라이언트)"),
        _u("DB에서 중복 회원 찾기: 전화번호가 같은 사람이 2명 이상인 경우만"),
        _m(
            "월별 매출 합계 쿼리 짜줘. sales(id, amount, sold_at)",
            "```sql\nSELECT DATE_FORMAT(sold_at, '%Y-%m') AS month, SUM(amount)\nFROM sales\nGROUP BY month\nORDER BY month;\n```",
            "올해 것만",
        ),
        _m(
            "Express로 POST /reviews 만들었어",
            "좋아요! 목록 조회나 수정도 필요하세요?",
            "이제 삭제 라우트",
        ),
        _m(
            "이 함수 좀 봐줘\n\ndef is_adult(birth_year):\n    return 2024 - birth_year >= 19",
            "연도를 하드코딩하면 내년에 틀려져요. `datetime.date.today().year`를 쓰는 게 좋습니다.",
            "고쳐주고 테스트도 추가해줘",
        ),
        _m(
            "주말에 제주도 가는데 비 온대 ㅠ",
            "아쉽네요. 실내 명소로 박물관이나 아쿠아리움도 괜찮아요!",
            "ㅇㅋ 고마워. 아 그리고 일 얘기인데, Django에서 unique_together 말고 요즘은 뭐 써?",
        ),
        _m(
            "오늘 점심 뭐 먹지",
            "날이 쌀쌀하면 국밥이나 칼국수 어때요?",
            "칼국수 ㄱㄱ. 근데 그 전에 이것만 좀: JPA에서 count 쿼리가 페이지마다 나가는데 이거 줄일 수 있어?",
        ),
        _m(
            "Prisma로 Post 모델 만들어줘. 제목, 본문, 작성자",
            "```prisma\nmodel Post {\n  id        Int      @id @default(autoincrement())\n  title     String\n  content   String\n  authorId  Int\n  author    User     @relation(fields: [authorId], references: [id])\n  createdAt DateTime @default(now())\n}\n```",
            "태그도 다대다로 붙여줘",
        ),
        _m(
            "pandas로 회원 데이터에서 서울 사는 사람만 필터링했어",
            "네, `df[df['지역'] == '서울']` 식으로 하셨겠네요.",
            "거기서 나이대별로 몇 명인지도",
        ),
        _m(
            "Spring에서 회원가입 API 만들었는데 이메일 형식 검증은 어떻게 해?",
            "DTO 필드에 `@Email`과 `@NotBlank`를 붙이고 컨트롤러 파라미터에 `@Valid`를 붙이면 됩니다.",
            "에러 메시지를 한국어로 바꾸려면?",
        ),
        _m(
            "SQLAlchemy에서 세션 commit 안 하면 어떻게 돼?",
            "변경 사항이 DB에 반영되지 않고 세션이 닫히면 롤백됩니다.",
            "그럼 with 문으로 자동 커밋되게 하는 방법은?",
        ),
        _m(
            "자소서 첨삭 고마워!",
            "도움이 됐다니 다행이에요. 좋은 결과 있길 바라요!",
            "ㅎㅎ 근데 과제 테스트가 나왔는데 '할 일 목록 CRUD API를 Node로 만들고 테스트 작성' 이래. 구조 어떻게 잡으면 돼?",
        ),
        _m(
            "axios로 상품 목록 불러오는 코드 있어",
            "어떤 부분을 도와드릴까요?",
            "로딩 중이랑 에러 났을 때 화면 처리 추가해줘",
        ),
        _m(
            "MySQL에서 문자열로 저장된 날짜를 DATE로 바꾸는 법?",
            "`STR_TO_DATE('2024.03.15', '%Y.%m.%d')`를 쓰면 됩니다.",
            "테이블 전체 컬럼을 바꾸는 UPDATE문으로 만들어줘",
        ),
        _m(
            "엑셀 VBA로 시트 복사하는 매크로 만들었는데",
            "네, 어떤 문제가 있나요?",
            "시트 이름을 오늘 날짜로 하고 싶어",
        ),
        _m(
            "Django REST framework로 공지사항 API 만들었어. ViewSet 사용",
            "좋습니다. 권한이나 필터링이 필요하신가요?",
            "관리자만 쓰기 가능하고 나머지는 읽기만",
        ),
        _s(
            "당신은 IDE에 내장된 코딩 도우미입니다. 코드를 먼저 보여주고 설명은 짧게 하세요.",
            "열린 파일: src/main/java/com/shop/OrderService.java\n선택 영역:\n\npublic List<Order> findOrders(Long memberId) {\n    return orderRepository.findAll();\n}\n\n회원 ID로 필터링하고 최신순 정렬해줘",
        ),
        _s(
            "당신은 '한빛병원' 전산팀 개발 도우미입니다. 스택: Java 17, Spring Boot, Oracle.",
            "진료과별 예약 건수를 날짜별로 집계하는 쿼리 만들어줘. 환자 정보는 필요 없고 건수만",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "test_signup_duplicate_email 테스트가 실패해. 중복 이메일이면 409를 돌려줘야 하는데 500이 나와. 고쳐줘",
        ),
        _s(
            "당신은 초보 개발자를 돕는 친절한 튜터입니다.",
            "API 만들 때 상태 코드 201이랑 200은 언제 구분해서 써?",
        ),
        _s(
            "당신은 '오늘의꽃' 쇼핑몰 개발팀 어시스턴트입니다. 백엔드는 NestJS, DB는 PostgreSQL.",
            "주문 취소 API 만들어줘. 배송 시작 전이면 취소 가능, 재고는 다시 늘려야 해",
        ),
        _s(
            "당신은 꼼꼼한 코드 리뷰어입니다. 버그를 먼저, 스타일은 나중에 지적하세요.",
            "app.get('/users/:id', async (req, res) => {\n  const user = await User.findById(req.params.id);\n  res.json({ name: user.name, email: user.email });\n});",
        ),
        _s(
            "You are a helpful assistant.",
            "구글 스프레드시트에서 날짜가 이번 달인 행만 합계 내는 수식 알려줘",
        ),
        _s(
            "당신은 명령줄 코딩 에이전트입니다. 도구: read_file, write_file, run.",
            "models/product.py에 할인율 필드 추가하고 마이그레이션 만든 다음 테스트 돌려줘",
        ),
        _s(
            "당신은 '바른물류' 사내 개발 도우미입니다. Go와 MySQL을 씁니다.",
            "기사별로 오늘 배송 완료 건수 조회하는 함수 Go로. database/sql 사용",
        ),
        _s(
            "당신은 학원 관리 프로그램 개발을 돕는 어시스턴트입니다. Laravel + MySQL.",
            "수강생 출석부를 엑셀로 내보내는 기능 필요해. 날짜별로 출석/결석/지각 표시",
        ),
        _s(
            "당신은 Swift 개발 도우미입니다.",
            "Core Data로 메모 저장하고 목록 불러오는 기본 코드 보여줘",
        ),
        _u("TypeScript에서 interface랑 type 중에 API 응답 타입 정의할 때 뭐 써?"),
        _u("Rust로 JSON 파일 읽어서 구조체로 파싱하는 예제"),
        _u(
            "회원 목록 화면에서 '더보기' 버튼 누르면 다음 20명 붙는 거 구현하고 싶어. 커서 기반 페이징이 좋다던데 쿼리 어떻게 짜?"
        ),
        _u("외래 키 걸면 성능 떨어진다고 안 거는 회사도 있던데 맞는 말이야?"),
        _u("Flask에서 폼 제출 후 flash 메시지 띄우고 목록 페이지로 리다이렉트하는 예제"),
    ],
    "it": [
        _u(
            "mi serve una query: tutti i clienti che non hanno mai pagato una fattura in ritardo, Postgres"
        ),
        _u("aggiungi un pulsante 'esporta in Excel' alla tabella degli ordini, backend in Django"),
        _u(
            "Come si fa la paginazione in Laravel con Eloquent mantenendo i filtri nella query string?"
        ),
        _u(
            "Scrivi uno script Python che rinomina tutte le foto di una cartella con la data di scatto presa dagli EXIF"
        ),
        _u("differenza tra chiave primaria e chiave esterna, spiegata semplice"),
        _u(
            "Modello SQLAlchemy per una palestra: iscritti, corsi, prenotazioni ai corsi con posti limitati"
        ),
        _u(
            "perché questo non funziona?\n\nconst totale = carrello.reduce((acc, p) => acc + p.prezzo);\n\nmi esce [object Object]299"
        ),
        _u(
            "Form di registrazione in Angular con reactive forms: codice fiscale obbligatorio, 16 caratteri, e data di nascita non nel futuro"
        ),
        _u(
            "Come faccio un test con pytest che controlla che la funzione sollevi ValueError se l'importo è negativo?"
        ),
        _u(
            "upload di file in Express con multer, salvare solo .jpg e .png e rinominarli con un uuid"
        ),
        _u(
            "migrazione Rails per aggiungere una colonna booleana `pubblicato` default false alla tabella articoli"
        ),
        _u("cos'è un'API REST idempotente? esempio pratico"),
        _u(
            "ho questo errore in Spring:\n\norg.hibernate.LazyInitializationException: could not initialize proxy - no Session\n\nsuccede quando accedo a ordine.getRighe() nel controller"
        ),
        _u(
            "Con pandas devo unire due file: anagrafica.csv e vendite.csv sulla colonna codice_cliente, tenendo anche i clienti senza vendite"
        ),
        _u(
            "un job cron che ogni lunedì manda via email il report delle prenotazioni della settimana, in PHP"
        ),
        _u(
            "Endpoint FastAPI per aggiornare parzialmente un prodotto: se un campo non c'è nel body non va toccato"
        ),
        _u(
            "Mi fai una macro Excel che crea un foglio per ogni agente di commercio con le sue vendite?"
        ),
        _u("a cosa serve `on_delete=models.PROTECT` in Django?"),
        _u(
            "scrivi un resolver GraphQL in Node che restituisce i libri di un autore con paginazione a cursore"
        ),
        _u(
            "Come mocko il modulo fs in Jest per testare una funzione che legge un file di configurazione?"
        ),
        _u("Query MySQL: i 5 prodotti più venduti per ogni categoria nell'ultimo trimestre"),
        _u("Come valido la partita IVA italiana in JavaScript? 11 cifre con cifra di controllo"),
        _u("In Go come leggo un CSV grande riga per riga senza caricarlo tutto in memoria?"),
        _u("Cos'è un ORM e perché in azienda usano Hibernate invece di scrivere SQL?"),
        _u(
            "ho una tabella prenotazioni con data_inizio e data_fine, come controllo che una nuova prenotazione non si sovrapponga?"
        ),
        _u(
            "crea un CRUD per i volontari dell'associazione in Flask: nome, telefono, disponibilità (giorni della settimana)"
        ),
        _u(
            "C#: come faccio a leggere un parametro dalla query string in un controller ASP.NET Core e dare 400 se manca?"
        ),
        _u("Differenza tra `==` e `===` in JS, e quale usare nei controlli dei form"),
        _u("Scrivimi gli unit test in PHPUnit per la classe CalcolatoreIva"),
        _u(
            "Nel foglio Google ho le presenze dei dipendenti, voglio contare quante volte compare 'F' (ferie) per ognuno nel mese"
        ),
        _u(
            "Kotlin + Spring: repository che cerca i pazienti per cognome ignorando maiuscole, con paginazione"
        ),
        _u("come si fa un seed del database in Prisma con dati di prova?"),
        _u("Vue: la lista non si aggiorna dopo che elimino un elemento con splice, cosa sbaglio?"),
        _u(
            "Rust: funzione che prende un Vec di ordini e restituisce il totale per cliente in una HashMap"
        ),
        _m(
            "Scrivimi una query che conta i ticket aperti per operatore.",
            "```sql\nSELECT operatore_id, COUNT(*) FROM ticket WHERE stato = 'aperto' GROUP BY operatore_id;\n```",
            "e anche quelli chiusi oggi, in un'altra colonna",
        ),
        _m(
            "Ho fatto la route GET /api/corsi in Express.",
            "Perfetto, vuoi aggiungere le altre operazioni?",
            "sì, ora il POST con validazione",
        ),
        _m(
            "Che tempo fa a Bologna questo weekend?",
            "Non ho dati meteo in tempo reale, ti consiglio di controllare un sito meteo.",
            "ok niente. allora dimmi come faccio in Django a ordinare un queryset per un campo della relazione, tipo ordine__cliente__cognome",
        ),
        _m(
            "funzione Python che calcola lo sconto fedeltà in base agli anni di iscrizione",
            "```python\ndef sconto(anni):\n    if anni >= 5:\n        return 0.15\n    if anni >= 2:\n        return 0.05\n    return 0\n```",
            "aggiungi i test, anche per i casi limite",
        ),
        _m(
            "Ho un DataFrame con le vendite giornaliere.",
            "Cosa vuoi calcolare?",
            "la media mobile a 7 giorni per negozio",
        ),
        _m(
            "Grazie per la ricetta del tiramisù, è venuto buonissimo!",
            "Che bello! Sono contento che sia piaciuto.",
            "ora però lavoro: in Laravel come faccio una validazione che l'email sia unica ma ignorando l'utente che sto modificando?",
        ),
        _m(
            "Mi spieghi cosa fa `@Transactional(readOnly = true)`?",
            "Indica a Spring che il metodo non scrive: Hibernate può evitare il flush e il driver può ottimizzare.",
            "e se dentro chiamo un metodo che fa save?",
        ),
        _m(
            "Ho una funzione JS che formatta le date in gg/mm/aaaa.",
            "Vuoi che la rivediamo?",
            "sì, e scrivi i test con Vitest",
        ),
        _s(
            "Sei un assistente di programmazione integrato nell'IDE. Prima il codice, poi spiegazioni brevi.",
            "File aperto: app/Http/Controllers/FatturaController.php\nSelezione:\n\npublic function index() {\n    return Fattura::all();\n}\n\nAggiungi filtro per anno e stato, e restituisci 25 risultati per pagina.",
        ),
        _s(
            "Sei l'assistente degli sviluppatori della Cooperativa Agricola Valverde. Stack: Python, Django, PostgreSQL.",
            "ci serve un modello per i conferimenti di uva: socio, data, quintali, grado zuccherino, vigneto di provenienza",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "Il test test_import_listino fallisce perché i prezzi con la virgola (12,50) non vengono letti. Sistema il parser in import/listino.py.",
        ),
        _s(
            "Sei un tutor di programmazione per principianti. Rispondi in modo semplice.",
            "cosa vuol dire che una funzione è asincrona e perché fetch restituisce una Promise?",
        ),
        _s(
            "Sei il bot interno del team e-commerce di ModaViva. Backend Node.js + MongoDB.",
            "quando un prodotto va a stock zero deve sparire dalla ricerca ma restare visibile nella pagina diretta. come modifico la query di ricerca?",
        ),
        _s(
            "Sei un revisore di codice. Segnala prima i bug, poi lo stile.",
            "public int contaAttivi(List<Utente> utenti) {\n    int c = 0;\n    for (int i = 0; i <= utenti.size(); i++) {\n        if (utenti.get(i).isAttivo()) c++;\n    }\n    return c;\n}",
        ),
        _s(
            "You are a helpful assistant.",
            "in SQL Server come aggiungo un vincolo CHECK che il prezzo sia maggiore di zero su una tabella che esiste già?",
        ),
        _s(
            "Sei un agente da riga di comando. Strumenti: read_file, write_file, run.",
            'aggiungi un endpoint GET /health che risponde {"status": "ok"} all\'app FastAPI in main.py e un test',
        ),
        _s(
            "Sei l'assistente per gli sviluppatori del Comune di Castelnuovo. Applicazioni interne in Java e Oracle.",
            "query per contare le richieste di certificati per tipo e per mese nell'anno corrente",
        ),
        _s(
            "Sei un assistente conciso.",
            "regex per controllare una targa italiana tipo AB123CD, senza spazi",
        ),
        _u("come gestisco i fusi orari quando salvo le date degli appuntamenti nel db?"),
        _u(
            "Flutter: form per inserire una spesa con importo, categoria da menu a tendina e data, poi salvarla in SQLite con sqflite"
        ),
        _u("perché il mio INSERT con Python e psycopg2 non salva niente? non dà errori"),
        _u("fammi un esempio di test di integrazione per un'API Spring Boot con un database H2"),
        _u(
            "ho una colonna 'note' in una tabella di 2 milioni di righe e devo cercarci dentro con LIKE '%parola%', è lentissimo, alternative in Postgres?"
        ),
        _u(
            "script Node che legge un file Excel di iscrizioni al torneo e inserisce le squadre nel db, saltando quelle già presenti"
        ),
        _m(
            "Tu conosci bene Django Admin?",
            "Sì, dimmi pure cosa ti serve.",
            "voglio un'azione nell'admin che segna come 'spediti' tutti gli ordini selezionati",
        ),
    ],
    "pt": [
        _u(
            "preciso de uma query que traga todos os alunos que não entregaram nenhuma atividade neste bimestre"
        ),
        _u(
            "adiciona um botão de 'marcar como pago' em cada linha da lista de cobranças, React + API em Node"
        ),
        _u(
            "Como faço paginação no Django REST Framework com LimitOffsetPagination e limite máximo de 50?"
        ),
        _u("qual a diferença entre COUNT(*) e COUNT(coluna)?"),
        _u("Valida CPF no formulário de cadastro, com os dígitos verificadores, em TypeScript"),
        _u(
            "modelo Prisma para uma clínica odontológica: pacientes, dentistas, consultas, procedimentos realizados"
        ),
        _u(
            "upload de comprovante em PDF no Spring Boot, salvar no disco e guardar o caminho na tabela de pagamentos"
        ),
        _u(
            "Como testar um service que chama um repositório JPA usando Mockito? Me dá um exemplo com when/thenReturn"
        ),
        _u(
            "pandas: como pivotar uma tabela de vendas para ter lojas nas linhas e meses nas colunas?"
        ),
        _u("Cria uma migration no Rails para renomear a coluna `nome_cliente` para `razao_social`"),
        _u("O que é um endpoint idempotente e por que o POST não é?"),
        _u("cron no Linux pra rodar um script PHP que gera boletos todo dia 1 às 6h"),
        _u(
            "Como importo um CSV de contatos no Django ignorando linhas com e-mail inválido e mostrando um resumo no final?"
        ),
        _u("FastAPI: rota GET /produtos com filtro opcional por categoria e faixa de preço"),
        _u("Me explica o que é ORM e se vale a pena usar o Sequelize num projeto pequeno"),
        _u(
            "no Excel, como faço uma fórmula que soma os valores da coluna C só quando a coluna A é 'Pix' e a data é deste mês?"
        ),
        _u(
            "Tenho um formulário em Vue que envia duas vezes quando o usuário clica rápido, como evito?"
        ),
        _u(
            "SQL para listar os 10 clientes que mais gastaram no ano, com o total e a quantidade de pedidos"
        ),
        _u(
            "em Go, como faço um handler que recebe JSON, valida os campos obrigatórios e devolve 422 se faltar algo?"
        ),
        _u(
            "Escreve os testes do Jest para essa função:\n\nfunction parcelas(valor, n) {\n  const p = Math.floor((valor / n) * 100) / 100;\n  const resto = +(valor - p * (n - 1)).toFixed(2);\n  return [...Array(n - 1).fill(p), resto];\n}"
        ),
        _u("Como exportar uma lista de pedidos para Excel no ASP.NET Core com EPPlus?"),
        _u("GraphQL com Hasura: como faço uma mutation que insere um pedido e os itens juntos?"),
        _u("diferença entre INNER JOIN e WHERE com duas tabelas no FROM? dá no mesmo?"),
        _u("Flutter: tela de lista de clientes com busca em tempo real filtrando pelo nome"),
        _u("Quero um CRUD de categorias em PHP puro com PDO, bem simples, pra aprender"),
        _u(
            "por que meu useEffect fica chamando a API em loop?\n\nuseEffect(() => {\n  fetch('/api/itens').then(r => r.json()).then(setItens);\n});"
        ),
        _u("Kotlin: função que agrupa uma lista de transações por categoria e soma os valores"),
        _u("O que acontece se eu não fechar a conexão com o banco no Python?"),
        _u(
            "como faço soft delete no Sequelize e como busco os registros apagados quando precisar?"
        ),
        _u(
            "Faz uma função em C# que calcula os dias úteis entre duas datas, ignorando sábado e domingo"
        ),
        _u(
            "índice único parcial no Postgres: e-mail único só entre usuários ativos, dá pra fazer?"
        ),
        _u("como escrevo um teste de integração no NestJS com banco em memória?"),
        _m(
            "Faz uma query que soma as vendas por vendedor.",
            "```sql\nSELECT vendedor_id, SUM(valor) AS total FROM vendas GROUP BY vendedor_id;\n```",
            "e só do ano passado?",
        ),
        _m(
            "Bom dia! Tudo bem?",
            "Bom dia! Tudo ótimo, em que posso ajudar?",
            "queria saber como faço no Django pra um campo de data ser preenchido sozinho quando o registro é criado",
        ),
        _m(
            "Qual o melhor time do Brasileirão esse ano na sua opinião?",
            "Não tenho opinião própria, mas posso falar sobre estatísticas se quiser.",
            "kkk justo. muda de assunto: como faço um LEFT JOIN no Eloquent?",
        ),
        _m(
            "Tenho um DataFrame de pedidos com as colunas cliente, valor e data.",
            "O que você gostaria de fazer com ele?",
            "o ticket médio por cliente, só de quem comprou mais de 3 vezes",
        ),
        _m(
            "Como leio um JSON numa API Spring Boot?",
            "Use `@RequestBody` com uma classe DTO no parâmetro do método do controller.",
            "e pra validar que o campo email não vem vazio?",
        ),
        _m(
            "obrigado pela ajuda com a planilha de gastos da viagem!",
            "Por nada! Boa viagem!",
            "valeu! outra coisa, no trampo: o Hibernate tá gerando um select pra cada item da lista, como resolvo?",
        ),
        _s(
            "Você é um assistente de programação integrado à IDE. Mostre o código primeiro e explique pouco.",
            "Arquivo aberto: src/pedidos/pedidos.controller.ts\nSeleção:\n\n@Get()\nfindAll() {\n  return this.pedidosService.findAll();\n}\n\nAdiciona paginação com page e limit vindos da query.",
        ),
        _s(
            "Você é o assistente dos desenvolvedores da Transportadora Rota Sul. Stack: .NET 8, EF Core, SQL Server.",
            "preciso de uma entidade Entrega com status (pendente, em rota, entregue) e a migration",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "O teste test_relatorio_mensal quebra em fevereiro porque o código assume 30 dias. Corrige em relatorios/mensal.py.",
        ),
        _s(
            "Você é um tutor paciente para iniciantes em programação.",
            "o que é uma chave estrangeira e por que meu professor insiste tanto nisso?",
        ),
        _s(
            "Você é o assistente do time de tecnologia da loja Casa Aurora. Backend em Laravel, front em Vue.",
            "precisamos que o cliente consiga baixar a nota fiscal em PDF na tela 'Meus pedidos', o arquivo já fica salvo no S3",
        ),
        _s(
            "Você é um revisor de código rigoroso. Aponte bugs primeiro.",
            "def media_notas(alunos):\n    return sum(a['nota'] for a in alunos) / len(alunos)\n\nmedia_notas(Aluno.objects.filter(turma=3).values())",
        ),
        _s(
            "You are a helpful assistant.",
            "no Google Sheets como faço pra destacar em vermelho as linhas com vencimento passado?",
        ),
        _s(
            "Você é um agente de linha de comando. Ferramentas: read_file, write_file, run.",
            "adiciona o campo telefone no model Cliente do Django, gera a migration e roda os testes",
        ),
        _s(
            "Você é o assistente de TI da Prefeitura de Vale Verde. Sistemas internos em Python e PostgreSQL.",
            "consulta para contar quantas solicitações de poda de árvore foram abertas por bairro em cada mês",
        ),
        _s(
            "Você é um assistente conciso.",
            "regex pra telefone celular brasileiro com DDD",
        ),
        _u("Rust com Diesel: como faço um insert e recebo o id gerado de volta?"),
        _u(
            "como faço pra baixar um relatório CSV no navegador a partir de um array de objetos em JS?"
        ),
        _u("Swift: salvar a lista de favoritos no UserDefaults e carregar quando o app abre"),
        _u("PUT ou PATCH pra atualizar só o status de um pedido?"),
        _u(
            "minha API retorna as datas como 2024-03-10T03:00:00Z e no front aparece dia 9, como resolvo?"
        ),
        _u("faz um seeder Laravel com 20 usuários e 5 posts cada usando factories"),
        _u("o que é migration e por que não posso só editar a tabela direto no phpMyAdmin?"),
        _m(
            "fiz um endpoint GET /api/livros no FastAPI",
            "Legal! Precisa de mais alguma coisa nele?",
            "quero busca por título sem diferenciar acento",
        ),
    ],
    "es": [
        _u(
            "necesito una consulta: todos los socios del club que no han pagado la cuota de este mes"
        ),
        _u(
            "añade un botón de 'duplicar' a cada fila de la tabla de presupuestos, el nuevo queda como borrador. Angular + API en .NET"
        ),
        _u(
            "¿Cómo hago paginación con Mongoose? Quiero page y limit por query string y devolver el total de documentos"
        ),
        _u(
            "Script en Python que lee un Excel de asistencias y genera un CSV con el porcentaje de asistencia de cada alumno"
        ),
        _u("¿qué diferencia hay entre un índice clustered y uno non-clustered en SQL Server?"),
        _u(
            "Modelo de Django para un taller mecánico: vehículos, clientes, órdenes de reparación y repuestos usados"
        ),
        _u(
            "me sale este error y no entiendo:\n\nAttributeError: 'NoneType' object has no attribute 'email'\n\nen la línea `usuario = Usuario.query.filter_by(id=uid).first(); print(usuario.email)`"
        ),
        _u(
            "Validación del formulario de reserva: la fecha de salida tiene que ser posterior a la de entrada, con Yup y Formik"
        ),
        _u(
            "subida de imágenes en Laravel con Storage, guardar en public/productos y mostrar la miniatura en el listado"
        ),
        _u(
            "Escríbeme tests con PHPUnit para un servicio que calcula el IVA según el tipo de producto"
        ),
        _u("En pandas, ¿cómo quito filas duplicadas quedándome con la última por fecha?"),
        _u(
            "migración en Knex para crear la tabla `turnos` con medico_id, paciente_id, fecha_hora y estado"
        ),
        _u("¿PUT o POST para crear un recurso cuando el cliente ya trae el id?"),
        _u(
            "tarea programada con Hangfire que cada noche marque como vencidas las facturas impagas de más de 60 días"
        ),
        _u(
            "Necesito importar un CSV de productos en Rails, actualizando el precio si el SKU existe y creando si no"
        ),
        _u(
            "Endpoint en Spring Boot: DELETE /api/empleados/{id} que devuelva 204, o 404 si no existe"
        ),
        _u(
            "¿Qué es una vista en SQL y cuándo conviene usarla en lugar de repetir la consulta en el código?"
        ),
        _u(
            "En Google Sheets quiero que una celda muestre 'Agotado' si el stock es 0 y 'Disponible' si no"
        ),
        _u(
            "hazme un resolver de GraphQL con graphql-java que devuelva los pedidos de un cliente filtrando por estado"
        ),
        _u("Cómo mockear axios en Jest para probar un componente que carga la lista de usuarios"),
        _u("Consulta para sacar el segundo sueldo más alto de cada departamento en MySQL 8"),
        _u("función en JavaScript que valide un DNI español (8 números y letra de control)"),
        _u(
            "¿por qué mi consulta con Sequelize devuelve los registros pero los includes vienen vacíos?"
        ),
        _u("En Go, ¿cómo hago un insert con transacción y rollback si falla el segundo insert?"),
        _u("¿Cuál es la diferencia entre `null=True` y `blank=True` en un campo de Django?"),
        _u(
            "Exportar a Excel el listado de inscritos a la carrera popular desde nuestra app en Flask, con openpyxl"
        ),
        _u(
            "crea el CRUD de mascotas para la app de la protectora en Express + PostgreSQL: nombre, especie, edad, adoptado"
        ),
        _u(
            "Tengo un formulario en React que al enviar limpia los campos aunque la API devuelva error, ¿cómo lo arreglo?"
        ),
        _u("Kotlin Android con Retrofit: llamar a GET /pedidos y mostrarlos en un RecyclerView"),
        _u("¿Qué es un DTO y para qué sirve si ya tengo la entidad?"),
        _u(
            "tengo que sumar una columna de importes que viene como texto con coma decimal '1.234,56' en Python"
        ),
        _u(
            "Rust con actix-web: handler GET /libros/{id} que busca en Postgres con sqlx y devuelve 404 si no está"
        ),
        _u(
            "en VBA, ¿cómo recorro todas las hojas del libro y copio la fila de totales de cada una a una hoja resumen?"
        ),
        _u(
            "¿cómo hago que el correo sea único en la tabla pero sin distinguir mayúsculas, en Postgres?"
        ),
        _m(
            "Hazme una consulta que cuente los pedidos por ciudad.",
            "```sql\nSELECT ciudad, COUNT(*) AS pedidos FROM pedidos GROUP BY ciudad ORDER BY pedidos DESC;\n```",
            "y solo las ciudades con más de 100",
        ),
        _m(
            "Ya tengo el GET /api/recetas en FastAPI funcionando.",
            "¡Bien! ¿Seguimos con crear y editar?",
            "sí, ahora el endpoint de editar",
        ),
        _m(
            "¿Me recomiendas un libro para el verano?",
            "«La sombra del viento» de Carlos Ruiz Zafón es muy entretenido.",
            "apuntado. oye, cambiando de tema: ¿cómo ordeno un queryset de Django por dos campos, uno ascendente y otro descendente?",
        ),
        _m(
            "Función en Python que devuelve el precio con descuento según el cupón.",
            "```python\ndef aplicar_cupon(precio, cupon):\n    descuentos = {'VERANO10': 0.10, 'VIP20': 0.20}\n    return round(precio * (1 - descuentos.get(cupon, 0)), 2)\n```",
            "ahora los tests, incluyendo cupón desconocido",
        ),
        _m(
            "Tengo un DataFrame con las llamadas del call center.",
            "¿Qué necesitas sacar?",
            "la duración media por agente y por día",
        ),
        _m(
            "gracias por ayudarme con la carta de presentación",
            "¡De nada! Mucha suerte con la candidatura.",
            "gracias :) ahora una de código: en Laravel, ¿cómo hago una regla de validación para que el teléfono tenga 9 dígitos?",
        ),
        _m(
            '¿Qué hace exactamente `@OneToMany(mappedBy = "cliente")`?',
            "Indica que la relación la controla el campo `cliente` de la otra entidad; esta parte es el lado inverso.",
            "¿y si quiero que al borrar el cliente se borren sus pedidos?",
        ),
        _m(
            "tengo un endpoint que lista productos en Express",
            "¿Qué quieres añadirle?",
            "filtro por categoría y orden por precio",
        ),
        _s(
            "Eres un asistente de programación integrado en el IDE. Primero el código, luego explicaciones breves.",
            "Archivo abierto: app/services/reserva_service.rb\nSelección:\n\ndef disponibles(fecha)\n  Habitacion.all\nend\n\nDevuelve solo las habitaciones sin reservas que se solapen con esa fecha.",
        ),
        _s(
            "Eres el asistente de los desarrolladores de Farmacias Solana. Stack: Java 21, Spring Boot, PostgreSQL.",
            "necesito un repositorio que busque medicamentos por principio activo y que tengan stock mayor a cero",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "El test test_total_carrito falla cuando el carrito está vacío: lanza ZeroDivisionError. Arréglalo en carrito/calculos.py.",
        ),
        _s(
            "Eres un tutor de programación para principiantes. Explica con calma.",
            "¿qué significa que una API devuelva un 401 y en qué se diferencia de un 403?",
        ),
        _s(
            "Eres el bot interno del equipo de la tienda online Zapatería Ibérica. Backend en Node.js con Prisma.",
            "cuando se cancela un pedido hay que devolver el stock de cada talla. ¿cómo lo hago en una transacción con Prisma?",
        ),
        _s(
            "Eres un revisor de código exigente. Señala primero los fallos.",
            "function esMayorDeEdad(fechaNac) {\n  const hoy = new Date();\n  return hoy.getFullYear() - fechaNac.getFullYear() > 18;\n}",
        ),
        _s(
            "You are a helpful assistant.",
            "¿Cómo hago en Excel una tabla dinámica que muestre ventas por vendedor y mes?",
        ),
        _s(
            "Eres un agente de línea de comandos. Herramientas: read_file, write_file, run.",
            "añade un campo `notas` opcional al modelo Paciente, crea la migración con Alembic y ejecuta los tests",
        ),
        _s(
            "Eres el asistente de TI del Ayuntamiento de Villanueva. Aplicaciones internas en PHP y MySQL.",
            "consulta para sacar cuántas licencias de obra menor se han concedido por barrio este año",
        ),
        _s(
            "Eres un asistente conciso.",
            "expresión regular para una matrícula de coche española nueva (0000 BBB)",
        ),
        _u("¿Cómo guardo fechas con zona horaria en MySQL si la app se usa en Madrid y en México?"),
        _u(
            "Flutter: formulario de alta de cliente que guarde en Firestore y muestre un SnackBar al terminar"
        ),
        _u(
            "mi UPDATE actualizó todas las filas 😱 `UPDATE clientes SET activo = 0 WHERE id = id` ¿qué pasó?"
        ),
        _u("test de integración con Testcontainers y PostgreSQL para un repositorio Spring Data"),
        _u("C#: LINQ para agrupar las ventas por mes y sacar el total y el promedio"),
        _u(
            "¿qué es el patrón repository y vale la pena en una app CRUD pequeña con Entity Framework?"
        ),
        _u("Con Supabase, ¿cómo filtro las tareas del usuario logueado que vencen esta semana?"),
        _m(
            "Escribí un modelo Eloquent `Factura` con sus líneas.",
            "Perfecto, ¿qué necesitas ahora?",
            "un accessor que calcule el total sumando las líneas con IVA",
        ),
    ],
    "ja": [
        _u(
            "今年まだ一度も注文していない会員を出すSQLください。PostgreSQLで、membersとordersテーブルです"
        ),
        _u("一覧画面の各行に「複製」ボタンを付けたい。Rails + Hotwireです"),
        _u("Laravelでページネーションしつつ検索条件をリンクに引き継ぐ方法は？"),
        _u("フォルダ内のCSVを全部読み込んで1つのExcelにまとめるPythonスクリプトを書いて"),
        _u("INNER JOINとLEFT JOINの違いを一言で"),
        _u(
            "Djangoのモデルを作ってほしいです。美容室の予約：顧客、スタイリスト、メニュー、日時、ステータス"
        ),
        _u(
            'このエラーの意味がわかりません\n\njava.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\nフォームから名前を受け取ってるだけなんですが'
        ),
        _u(
            "会員登録フォームのバリデーション：メール必須、パスワード8文字以上、確認用と一致。React Hook Form + zodで"
        ),
        _u("FastAPIで画像アップロードのエンドポイント。jpgとpngだけ、5MBまで"),
        _u("pytestでdatetime.now()を固定してテストしたい。どうやる？"),
        _u("pandasで売上データを店舗ごと・月ごとに集計して、ピボットテーブルにしたい"),
        _u("Railsのマイグレーションでusersテーブルにnicknameカラム追加、ユニーク制約付きで"),
        _u("REST APIでリソース名は単数形と複数形どっちが普通？ /user/1 と /users/1"),
        _u("毎朝9時に前日の売上をSlackに投稿するcronジョブをNode.jsで"),
        _u(
            "商品マスタのCSVをインポートする機能を作りたい。品番が既にあれば更新、なければ登録。Spring Boot"
        ),
        _u("ExpressでDELETE /api/comments/:id を作って。本人のコメントじゃなければ403"),
        _u("N+1問題ってなに？どうやって見つけて直すの？"),
        _u("Excelで、A列の社員番号をキーに別シートから部署名を引っ張ってくる関数は？"),
        _u("GraphQLのリゾルバで、記事一覧と一緒に著者名も返したい。Apollo Server使ってます"),
        _u("JestでfetchをモックしてAPI呼び出しのテストを書く方法"),
        _u("部署ごとに給与が一番高い社員を出すクエリ。MySQL 8でウィンドウ関数使ってOK"),
        _u("電話番号の入力チェック、ハイフンあり・なし両方OKにしたい。正規表現で"),
        _u("Goでsql.ErrNoRowsが返ってきたときに404を返すハンドラの書き方"),
        _u("TypeORMでソフトデリートを使う方法と、削除済みも含めて取得する方法"),
        _u("Vueで一覧の検索ボックスに入力するたびにAPIを叩くのをやめたい。debounceのやり方"),
        _u("Flutterでメモアプリ、sqfliteで保存・一覧・削除の基本コードください"),
        _u("Kotlin + Spring Data JPAで、名前の部分一致検索とページングをするRepository"),
        _u("トランザクションの分離レベルって実務で気にする必要ある？"),
        _m(
            "店舗ごとの売上合計を出すSQLを書いて。sales(store_id, amount, sold_at)",
            "```sql\nSELECT store_id, SUM(amount) AS total\nFROM sales\nGROUP BY store_id;\n```",
            "今月分だけにして",
        ),
        _m(
            "FastAPIでタスク作成のPOSTはできました",
            "いいですね！一覧や更新も作りますか？",
            "次は削除のエンドポイントお願いします",
        ),
        _m(
            "最近寒くなってきましたね",
            "そうですね、体調に気をつけてください。",
            "ありがとうございます。ところでDjangoのadminで一覧に検索ボックスを付けるにはどうすれば？",
        ),
        _m(
            "送料を計算するPython関数を書いて。5000円以上は無料、それ以外は600円",
            "```python\ndef shipping_fee(total: int) -> int:\n    return 0 if total >= 5000 else 600\n```",
            "テストも書いて。境界値も",
        ),
        _m(
            "pandasで顧客データから東京の人だけ抽出しました",
            "はい、`df[df['都道府県'] == '東京都']` のような形ですね。",
            "さらに年代別の人数も",
        ),
        _m(
            "旅行の持ち物リスト作ってくれてありがとう！",
            "どういたしまして。良い旅を！",
            "あ、そうだ仕事の件で。Laravelで更新時にメールのユニークチェックから自分自身を除外するには？",
        ),
        _m(
            "PrismaでUserモデル作りました",
            "次は何をしましょう？",
            "Postモデルを追加して1対多でつないで、マイグレーションも",
        ),
        _s(
            "あなたはIDEに組み込まれたコーディングアシスタントです。まずコードを示し、説明は短くしてください。",
            "開いているファイル: src/controllers/reservation.controller.ts\n選択範囲:\n\nasync list(req, res) {\n  const rows = await Reservation.findAll();\n  res.json(rows);\n}\n\n日付の範囲で絞り込めるようにして、新しい順に並べて",
        ),
        _s(
            "あなたは「みどり物流」の社内開発アシスタントです。スタック：C#、.NET 8、SQL Server。",
            "配送エンティティに「再配達回数」のカラムを追加して、EF Coreのマイグレーションを作りたい",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "test_point_calc が失敗しています。ポイントの端数を切り捨てるべきところが四捨五入になっているので、points/calc.py を直してください",
        ),
        _s(
            "あなたは初心者向けのプログラミング講師です。やさしく説明してください。",
            "APIのステータスコード404と500の違いってなんですか？",
        ),
        _s(
            "あなたはECサイト「こだわり茶房」の開発チームのアシスタントです。バックエンドはRuby on Rails。",
            "定期便の次回お届け日を、注文確定時に自動でセットしたい。モデルのコールバックで書くとどうなる？",
        ),
        _s(
            "あなたは厳しめのコードレビュアーです。まずバグ、その後スタイルを指摘してください。",
            "def average(scores):\n    total = 0\n    for s in scores:\n        total =+ s\n    return total / len(scores)",
        ),
        _s(
            "You are a helpful assistant.",
            "Googleスプレッドシートで、ステータスが「未対応」の行だけ色を付ける方法",
        ),
        _s(
            "あなたはコマンドラインのコーディングエージェントです。ツール: read_file, write_file, run。",
            "Customerモデルに郵便番号フィールドを追加して、Djangoのマイグレーション作成とテスト実行まで",
        ),
        _s(
            "あなたは市役所の情報システム課向けのアシスタントです。社内システムはJavaとOracle。",
            "住民票の発行申請を窓口別・月別に件数集計するSQLを書いてください",
        ),
        _u("SwiftUIで入力フォームを作って、保存ボタンで入力内容をCore Dataに保存したい"),
        _u("C#でCSVを読み込んでクラスのリストにする一番簡単な方法は？"),
        _u("ORMを使うとSQLを書かなくていいって聞いたけど、本当？"),
        _u("Rustでserdeを使ってJSONを構造体にデシリアライズするサンプル"),
        _u("Node.jsでExcelファイルを生成してダウンロードさせたい。exceljsで"),
        _u("MySQLでDATETIMEとTIMESTAMPはどっちを使うべき？予約システムです"),
    ],
    "zh": [
        _u("帮我写个查询：今年一单都没下过的会员，MySQL，表是 members 和 orders"),
        _u("给订单列表每一行加个“复制”按钮，复制出来的订单状态是草稿。前端 Vue3，后端 Spring Boot"),
        _u("MyBatis-Plus 分页怎么配？我写了 Page 对象但是返回的还是全部数据"),
        _u("写个 Python 脚本，把一个文件夹里所有 Excel 的第一个 sheet 合并成一个 CSV"),
        _u("WHERE 和 HAVING 有啥区别，简单说下"),
        _u("Django 模型：驾校预约练车，学员、教练、车辆、时间段、状态"),
        _u(
            "报错了，看不懂：\n\nCaused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '13800000000' for key 'uk_phone'\n\n注册接口里手机号重复了，怎么给前端返回友好提示？"
        ),
        _u(
            "注册表单校验：手机号 11 位、验证码 6 位数字、密码至少 8 位包含字母和数字，用 Element Plus 的 rules 写"
        ),
        _u("FastAPI 上传 Excel 文件，读出来存到数据库，用 pandas 就行"),
        _u("Jest 怎么 mock 一个 ES module 里的默认导出函数？"),
        _u("pandas 按部门分组算平均工资，再按平均工资降序"),
        _u("Laravel 迁移：给 products 表加一个 sort 字段，整数，默认 0，加索引"),
        _u("PUT 和 PATCH 到底用哪个？我们组里吵起来了"),
        _u("每天凌晨 1 点把过期的优惠券状态改成已过期，用 Spring 的 @Scheduled 写一下"),
        _u("导入 CSV 的学生名单到系统里，学号重复就跳过并记录下来，用 Node + Sequelize"),
        _u("Gin 写一个 DELETE /api/articles/:id，只有作者本人能删，不是就返回 403"),
        _u("什么是 N+1 查询问题？在 Django 里怎么看出来？"),
        _u("Excel 里怎么根据身份证号那一列算出年龄？公式就行"),
        _u("GraphQL 用 gqlgen 写个 mutation：新增评论"),
        _u("单元测试里怎么 mock Redis？项目是 Go 的，用的 go-redis"),
        _u("SQL：每个班级成绩前三名的学生，MySQL 8"),
        _u("JS 校验统一社会信用代码，18 位那个"),
        _u("GORM 里 Updates 传结构体的时候零值字段不更新，怎么把 status 改成 0？"),
        _u("JPA 的 @ManyToOne 默认是 EAGER 还是 LAZY？要不要改？"),
        _u("React 表格分页 + 搜索，数据从后端接口拿，后端返回 total 和 list"),
        _u("Flutter 里用 dio 请求商品列表，下拉刷新上拉加载更多"),
        _u("数据库里金额用 decimal 还是用整数存分？"),
        _u("写个 shell 脚本，每天备份 MySQL 数据库，保留最近 7 天的"),
        _u("Kotlin 协程里调用 Room 的 DAO 查询用户列表，再显示到 RecyclerView"),
        _u("Python 里 with open 和直接 open 有什么区别？读配置文件用哪个"),
        _m(
            "写个 SQL 统计每个城市的订单数。",
            "```sql\nSELECT city, COUNT(*) AS cnt FROM orders GROUP BY city ORDER BY cnt DESC;\n```",
            "只要上个月的",
        ),
        _m(
            "NestJS 里新增用户的接口写好了",
            "好的！需要继续写查询、修改、删除吗？",
            "现在写删除接口",
        ),
        _m(
            "周末去哪玩比较好？",
            "可以考虑附近的公园或者博物馆，看天气决定。",
            "行吧。对了问个技术问题，MySQL 里怎么把一张表的数据批量更新成另一张表的值？",
        ),
        _m(
            "写个 Python 函数，根据会员等级算折扣",
            "```python\ndef discount(level: str) -> float:\n    return {'gold': 0.8, 'silver': 0.9}.get(level, 1.0)\n```",
            "补一下单元测试",
        ),
        _m(
            "我有一个订单 DataFrame，字段有 user_id、amount、created_at",
            "需要做什么分析？",
            "算每个用户的首单日期和累计消费",
        ),
        _m(
            "谢谢你帮我改的简历！",
            "不客气，祝你面试顺利！",
            "哈哈谢谢。另外想问下 Spring Boot 里全局异常处理怎么写，参数校验失败统一返回 JSON",
        ),
        _m(
            "Prisma 里建了个 Order 模型",
            "接下来要做什么？",
            "加个 OrderItem，一对多，再生成迁移",
        ),
        _m(
            "Vue 里提交表单之后怎么清空？",
            "可以用 `formRef.value.resetFields()`（Element Plus），或者把 reactive 对象的字段重置。",
            "提交失败的时候不要清空",
        ),
        _s(
            "你是集成在 IDE 里的编程助手。先给代码，解释简短。",
            "当前文件：src/main/java/com/mall/service/ProductService.java\n选中代码：\n\npublic List<Product> list() {\n    return productMapper.selectList(null);\n}\n\n加上按分类筛选和按价格排序",
        ),
        _s(
            "你是“顺达物流”的内部开发助手。技术栈：Go、PostgreSQL。",
            "查某个司机今天所有待派送的运单，按预计送达时间排序，用 pgx 写",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "test_refund_amount 失败了：部分退款的时候金额算成了全额。修一下 payments/refund.py",
        ),
        _s(
            "你是面向新手的编程老师，讲解要通俗。",
            "接口返回 401 和 403 有什么不一样？",
        ),
        _s(
            "你是“鲜果到家”电商团队的开发助手。后端 Django + PostgreSQL。",
            "下单时要扣库存，防止超卖，用 select_for_update 怎么写？",
        ),
        _s(
            "你是严格的代码审查员，先指出 bug，再说风格。",
            "function getTotal(items) {\n  let total;\n  items.forEach(i => { total += i.price * i.qty; });\n  return total;\n}",
        ),
        _s(
            "You are a helpful assistant.",
            "WPS 表格里怎么把重复的手机号标红？",
        ),
        _s(
            "你是命令行编程代理。工具：read_file、write_file、run。",
            "给 Student 模型加一个 email 字段（可以为空），生成 Alembic 迁移并跑测试",
        ),
        _s(
            "你是区政务服务中心信息科的开发助手。系统用 Java + Oracle。",
            "写个 SQL，按街道和月份统计办件数量，只统计已办结的",
        ),
        _u("C# 用 EF Core 怎么写一对多的关系配置？学校和班级"),
        _u("ORM 和直接写 SQL 各有什么优缺点？小项目用哪个"),
        _u("Rust 用 sqlx 查询一条记录，没查到的时候怎么处理比较好？"),
        _u("导出 Excel 的时候中文文件名乱码，后端是 Spring Boot，前端用 axios 下载"),
    ],
    "en": [
        _u("need a query: every supplier we haven't ordered from since March, postgres"),
        _u(
            "add a 'duplicate' action to each row in the invoices table, the copy should start as a draft. Next.js + Prisma"
        ),
        _u(
            "how do I do keyset pagination in SQLAlchemy instead of offset? sorting by created_at then id"
        ),
        _u(
            "Quick Python script to rename a folder of scanned receipts to YYYY-MM-DD_vendor.pdf based on a CSV mapping"
        ),
        _u(
            "Django model for a dog grooming salon: pets, owners, appointments, services with prices"
        ),
        _u(
            'getting this and I have no idea why:\n\nActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_tags_on_name"\n\nit happens when two people tag a post at the same time'
        ),
        _u(
            "signup form validation in Svelte: username 3-20 chars, alphanumeric, show errors on blur not on every keystroke"
        ),
        _u(
            "file upload endpoint in ASP.NET Core that accepts CSV only, max 2MB, and returns the number of rows"
        ),
        _u(
            "how do I mock a class method with unittest.mock.patch.object and assert it was called with specific args?"
        ),
        _u("pandas: fill missing dates in a daily sales series with 0 per store"),
        _u(
            "write a Laravel migration that adds a nullable `cancelled_reason` text column to bookings"
        ),
        _u("is DELETE supposed to be idempotent? what should the second call return, 404 or 204?"),
        _u("cron job in a Node app that emails a weekly digest of new comments every Monday 8am"),
        _u(
            "import an Excel sheet of volunteers into our Rails app, skip rows without an email and report them"
        ),
        _u(
            "GraphQL mutation in Apollo Server to update a todo's title and done flag, return the updated todo"
        ),
        _u("what is a foreign key cascade and when is it a bad idea?"),
        _u(
            "Google Sheets formula: count how many orders per customer in column B, only where status in column E is 'shipped'"
        ),
        _u(
            "jest test for this reducer please\n\nexport function cart(state = [], action) {\n  switch (action.type) {\n    case 'add': return [...state, action.item];\n    case 'remove': return state.filter(i => i.id !== action.id);\n    default: return state;\n  }\n}"
        ),
        _u(
            "Go: handler that returns a JSON list of events filtered by ?from=&to= dates, using pgx"
        ),
        _u("why does my Spring @Valid not trigger on a nested object in the request body?"),
        _u(
            "Flutter: form to add an expense with amount, category dropdown and date picker, save via REST POST"
        ),
        _m(
            "write a query for total revenue per product category",
            "```sql\nSELECT c.name, SUM(oi.qty * oi.price) AS revenue\nFROM order_items oi\nJOIN products p ON p.id = oi.product_id\nJOIN categories c ON c.id = p.category_id\nGROUP BY c.name;\n```",
            "and only for this year?",
        ),
        _m(
            "got the GET and POST routes working for /api/members in Express",
            "Nice! Want to add update and delete next?",
            "now the delete route",
        ),
        _m(
            "any tips for keeping basil alive indoors?",
            "Give it lots of light, water when the top of the soil is dry, and pinch off flower buds.",
            "thanks! totally unrelated: how do I make a column default to the current timestamp in a Knex migration?",
        ),
        _m(
            "here's my helper:\n\ndef slugify(title):\n    return title.lower().replace(' ', '-')",
            "It works for simple titles, but punctuation and accents will slip through.",
            "fix that and add a test for it",
        ),
        _m(
            "I have a dataframe of support tickets with opened_at and closed_at",
            "What would you like to compute?",
            "median time to close per team, by month",
        ),
        _m(
            "how do I read query params in FastAPI?",
            "Declare them as function parameters that aren't part of the path, e.g. `def list_items(limit: int = 20, q: str | None = None)`.",
            "and make limit max 100",
        ),
        _s(
            "You are a coding assistant embedded in the user's IDE. Answer with code first and keep explanations short.",
            "Open file: app/repositories/ticket_repository.py\nSelection:\n\ndef all_tickets(self):\n    return self.session.query(Ticket).all()\n\nadd filtering by status and assignee, newest first",
        ),
        _s(
            "You are DevHelper for Brightwater Clinics' internal tools team. Stack: Kotlin, Spring Boot, PostgreSQL.",
            "need a repository method that counts appointments per clinic per day for a given week, counts only",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "test_csv_export_headers is failing because the export now has an extra 'id' column. Remove it from exports/members.py, keep the order otherwise.",
        ),
        _s(
            "You are a patient tutor for beginner programmers.",
            "what does 'stateless' mean when people talk about REST APIs?",
        ),
        _s(
            "You are a strict code reviewer. Point out bugs first, then style.",
            "async function getUsers() {\n  const res = fetch('/api/users');\n  return res.json();\n}",
        ),
        _s(
            "You are a command-line coding agent. Tools: read_file(path), write_file(path, content), run(cmd).",
            "add a `last_login_at` datetime to the User model, generate the Django migration and run the tests",
        ),
        _u(
            "Rust: parse a CSV of transactions with serde and sum amounts per account into a BTreeMap"
        ),
        _u("C# LINQ: left join customers to orders and list customers with zero orders"),
        _u("what's the point of a DTO if I already have the ORM entity?"),
        _u("Swift: decode this JSON array of products with Codable and show them in a List"),
        _u("my useState array doesn't re-render after push(), why?"),
        _u("write a seed script for Prisma that creates 3 schools with 10 students each"),
    ],
    "de": [
        _u("brauche eine Abfrage: alle Kunden, die dieses Jahr noch nichts bestellt haben, MySQL"),
        _u(
            "füg in der Rechnungsliste pro Zeile einen Button 'Duplizieren' ein, die Kopie soll Entwurf sein. Symfony + Twig"
        ),
        _u(
            "Wie mache ich Pagination mit Spring Data JPA und gebe zusätzlich die Gesamtanzahl im Response mit?"
        ),
        _u(
            "Python-Skript, das alle PDF-Rechnungen in einem Ordner nach Monat in Unterordner sortiert (Datum steht im Dateinamen)"
        ),
        _u(
            "Was ist der Unterschied zwischen LEFT JOIN und RIGHT JOIN, und braucht man RIGHT JOIN überhaupt?"
        ),
        _u(
            "Django-Model für einen Kleingartenverein: Parzellen, Pächter, Pachtbeginn, jährliche Gebühr"
        ),
        _u(
            "bekomme diesen Fehler:\n\nSystem.InvalidOperationException: The instance of entity type 'Kunde' cannot be tracked because another instance with the same key value for {'Id'} is already being tracked.\n\nbeim Update in EF Core"
        ),
        _u(
            "Formularvalidierung für eine Anmeldung: PLZ 5 Ziffern, Telefonnummer optional, Geburtsdatum Pflicht. Angular Reactive Forms"
        ),
        _u(
            "Datei-Upload in Laravel: nur Bilder bis 3 MB, im Storage ablegen und Pfad am Produkt speichern"
        ),
        _u(
            "Wie teste ich mit pytest eine Funktion, die eine externe REST-API aufruft, ohne dass der echte Request rausgeht?"
        ),
        _u(
            "pandas: zwei Excel-Dateien über die Kundennummer zusammenführen und die Unterschiede bei der Adresse anzeigen"
        ),
        _u(
            "Migration mit Flyway: neue Spalte `storniert_am` (timestamp, nullable) in der Tabelle bestellungen"
        ),
        _u("PUT oder PATCH, wenn nur der Status eines Auftrags geändert wird?"),
        _u("Cronjob, der jede Nacht um 3 Uhr alte Sessions aus der Datenbank löscht, in PHP"),
        _u(
            "CSV-Import für Mitglieder im Rails-Backend, bei vorhandener Mitgliedsnummer aktualisieren"
        ),
        _u("Express-Route PUT /api/termine/:id, die nur der Ersteller ändern darf, sonst 403"),
        _u(
            "Was bedeutet eigentlich 'Transaktion' in der Datenbank und wann brauche ich das im Code?"
        ),
        _u(
            "Excel: Formel, die aus einer Artikelliste den Preis per Artikelnummer holt und 'nicht gefunden' anzeigt, wenn es ihn nicht gibt"
        ),
        _u(
            "Jest-Test für eine Funktion, die Bruttopreise aus Netto + MwSt berechnet, inklusive 7 % und 19 %"
        ),
        _u(
            "Go: HTTP-Handler, der eine Liste von Veranstaltungen als JSON liefert, gefiltert nach Stadt"
        ),
        _u(
            "Warum ist mein @Transactional in Spring wirkungslos, wenn ich die Methode aus derselben Klasse aufrufe?"
        ),
        _m(
            "Schreib mir eine Abfrage für den Umsatz pro Filiale.",
            "```sql\nSELECT filiale_id, SUM(betrag) AS umsatz FROM verkaeufe GROUP BY filiale_id;\n```",
            "und nur für das letzte Quartal?",
        ),
        _m(
            "Die GET-Route für /api/kurse in FastAPI steht.",
            "Super! Sollen wir mit Anlegen und Ändern weitermachen?",
            "jetzt bitte die Lösch-Route",
        ),
        _m(
            "Kennst du ein gutes Rezept für Käsespätzle?",
            "Klar: Spätzle mit Bergkäse schichten, Röstzwiebeln drauf und kurz im Ofen überbacken.",
            "klingt gut! andere Frage: wie sortiere ich in Eloquent nach einer Spalte aus einer Relation?",
        ),
        _m(
            "Hier meine Funktion:\n\ndef alter(geburtsjahr):\n    return 2024 - geburtsjahr",
            "Das Jahr ist fest eingetragen, und der Geburtstag im laufenden Jahr wird nicht berücksichtigt.",
            "korrigier das und schreib Tests dazu",
        ),
        _m(
            "Ich habe ein DataFrame mit Lieferungen: spediteur, geplant, geliefert",
            "Was möchtest du auswerten?",
            "Anteil verspäteter Lieferungen pro Spediteur und Woche",
        ),
        _m(
            "Wie lese ich in Node eine Excel-Datei ein?",
            "Zum Beispiel mit `exceljs`: `await workbook.xlsx.readFile('datei.xlsx')` und dann über `worksheet.eachRow` iterieren.",
            "und wie schreibe ich das Ergebnis in eine neue Datei mit fetter Kopfzeile?",
        ),
        _s(
            "Du bist ein Coding-Assistent in der IDE. Zuerst Code, dann kurze Erklärung.",
            "Offene Datei: src/Service/MitgliedService.php\nAuswahl:\n\npublic function alle(): array {\n    return $this->repo->findAll();\n}\n\nnur aktive Mitglieder, alphabetisch nach Nachname",
        ),
        _s(
            "Du bist der Entwickler-Assistent der Stadtwerke Lindental. Stack: Java 17, Spring Boot, PostgreSQL.",
            "wir brauchen eine Entity Zählerstand (Zählernummer, Datum, Wert, Ablesart) plus Repository mit Suche nach Zählernummer",
        ),
        _s(
            "You are a coding agent working in the user's repository. Make minimal changes and run the tests.",
            "test_rabatt_staffel schlägt fehl: bei genau 100 Stück wird noch der alte Rabatt genommen. Bitte in preise/staffel.py korrigieren.",
        ),
        _s(
            "Du bist ein strenger Code-Reviewer. Erst Fehler, dann Stil.",
            "public BigDecimal summe(List<Position> pos) {\n    BigDecimal s = BigDecimal.ZERO;\n    for (Position p : pos) {\n        s.add(p.getBetrag());\n    }\n    return s;\n}",
        ),
        _s(
            "Du bist ein Kommandozeilen-Agent. Werkzeuge: read_file, write_file, run.",
            "ergänze im Model Auftrag das Feld `liefertermin` (Datum, optional), erstelle die Django-Migration und lass die Tests laufen",
        ),
        _s(
            "Du bist ein knapper Assistent.",
            "Regex für eine deutsche IBAN-Struktur (nur Format prüfen)",
        ),
        _u("Rust mit axum: POST /notizen speichert Titel und Text in SQLite über sqlx"),
        _u(
            "C#: wie lese ich eine CSV mit CsvHelper in eine Liste von Objekten, Semikolon als Trennzeichen?"
        ),
        _u(
            "Was ist ein ORM, und warum sagt mein Kollege, ich soll bei Berichten trotzdem SQL schreiben?"
        ),
        _u(
            "Kotlin-Funktion, die eine Liste von Buchungen nach Monat gruppiert und pro Monat summiert"
        ),
        _u(
            "Vue: Tabelle mit 'Mehr laden'-Button, der die nächsten 25 Einträge von der API nachlädt"
        ),
        _m(
            "Moin! Kurze Frage zum Wochenende: lohnt sich Rügen im November?",
            "Ruhig, windig und günstig, für Strandspaziergänge durchaus schön.",
            "danke! ok zurück an die Arbeit: wie bekomme ich im Django-Admin bei den Bestellungen einen Seitenfilter nach Lieferland und eine Suche nach Kundennummer?",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b5", BY_LANG)
