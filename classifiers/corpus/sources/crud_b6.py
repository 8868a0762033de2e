"""Sixth batch of `crud` examples: hand-written, one group per example ("crud/b6/<lang>/<digest>").
Everyday code tasks in plain words: mobile apps, admin panels, import and cleaning scripts, API glue
and webhooks, Apps Script/VBA/Power Query, pasted errors, small reviews, tests and follow-ups."""

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
            "la liste des adhérents devrait s'afficher du plus récent au plus ancien, et j'aimerais pouvoir chercher par ville. C'est une page PHP avec du MySQL derrière, je peux vous coller le code"
        ),
        _u(
            "J'ai un fichier Excel de 3000 lignes avec des numéros de téléphone écrits n'importe comment (06 12.., +33 6.., 0612...). Un script Python pour tous les mettre au format +33612345678 ?"
        ),
        _u(
            "pourquoi j'ai « Call to a member function format() on null » dans mon contrôleur Laravel ? ça plante sur $commande->date_livraison->format('d/m/Y')"
        ),
        _u(
            "Google Apps Script : quand quelqu'un remplit notre formulaire de demande de congés, je voudrais qu'une ligne soit ajoutée dans la feuille « Suivi » et qu'un mail parte au responsable"
        ),
        _u(
            "est-ce que cette fonction est correcte ?\n\ndef moyenne(notes):\n    total = 0\n    for n in notes:\n        total += n\n    return total / len(notes)\n\nelle me sert pour le bulletin des élèves"
        ),
        _u(
            "écris des tests pytest pour ma fonction calcul_tva(montant_ht, taux) — cas normal, taux zéro, montant négatif qui doit lever une ValueError"
        ),
        _u(
            "SwiftUI : ma List de tâches ne se met pas à jour quand j'ajoute un élément depuis la feuille modale. J'utilise un @State dans la vue parent et je passe le tableau en paramètre"
        ),
        _u(
            'Je suis comptable, pas développeuse. On a une macro VBA qui copie les factures du mois dans un autre classeur mais elle s\'arrête avec « L\'indice n\'appartient pas à la sélection ». Voici le code :\n\nSub CopierFactures()\n    Workbooks("Factures 2024.xlsx").Sheets("Mars").Range("A2:H500").Copy\n    Workbooks("Synthese.xlsx").Sheets("Import").Range("A2").PasteSpecial\nEnd Sub'
        ),
        _u(
            "Power Query : j'ai une colonne « Nom complet » avec « DUPONT Marie », je veux deux colonnes Nom et Prénom, le nom étant toujours en majuscules"
        ),
        _u(
            "un webhook Stripe en Express qui met à jour le statut de la commande en « payée » dans Postgres quand on reçoit checkout.session.completed"
        ),
        _u(
            "Dans mon back-office Symfony EasyAdmin je voudrais un filtre par date d'inscription et un export CSV des utilisateurs filtrés, c'est faisable simplement ?"
        ),
        _u(
            "Kotlin Compose : une LazyColumn qui affiche les recettes depuis Room, avec un bouton supprimer sur chaque ligne"
        ),
        _u(
            "migration Rails pour ajouter une colonne archived_at nullable aux projets + un scope actifs"
        ),
        _u(
            "comment on fait un LEFT JOIN pour avoir tous les clients même ceux sans commande, avec le nombre de commandes (0 si aucune) ?"
        ),
        _u(
            "Ma requête fetch renvoie toujours « Unexpected token < in JSON at position 0 », pourtant l'URL est bonne…"
        ),
        _u(
            "React Native : je veux une liste de contacts avec une barre de recherche en haut qui filtre au fur et à mesure qu'on tape"
        ),
        _u(
            "Salut ! je débute en Go. Comment je lis un fichier JSON de config et je le mets dans une struct ?"
        ),
        _u(
            "tu peux me faire le modèle Prisma pour une petite appli de covoiturage : trajets, conducteurs, passagers, réservations"
        ),
        _u(
            "Je gère les inscriptions au club de foot dans un Google Sheet. Il me faudrait une formule qui calcule la catégorie (U9, U11, U13...) à partir de la date de naissance"
        ),
        _u(
            "Le test passe chez moi mais échoue une fois sur trois sur la CI, c'est un test qui compare deux dates avec datetime.now(). Pourquoi ?"
        ),
        _u(
            "Endpoint FastAPI : POST /rendez-vous qui refuse si le créneau est déjà pris (409) sinon enregistre en base avec SQLAlchemy"
        ),
        _u(
            "Elixir/Ecto : comment je précharge les commentaires d'un article avec leur auteur en une seule requête ?"
        ),
        _u(
            "Petit script bash qui renomme toutes les photos d'un dossier avec la date de prise de vue (AAAA-MM-JJ_hhmmss.jpg)"
        ),
        _u(
            "C# Entity Framework : j'ai « The instance of entity type 'Client' cannot be tracked because another instance with the same key value is already being tracked ». Qu'est-ce que ça veut dire ?"
        ),
        _u("Comment trier un tableau d'objets par nom puis par âge en JavaScript ?"),
        _u(
            "Je veux que le champ code postal n'accepte que 5 chiffres dans mon formulaire Angular réactif"
        ),
        _u(
            "Rust : lire un CSV de relevés de température avec serde et calculer la moyenne par station"
        ),
        _u(
            "relis mon endpoint stp, je trouve qu'il y a trop de if :\n\napp.post('/api/avis', async (req, res) => {\n  if (!req.body.note) return res.status(400).send('note manquante')\n  if (req.body.note < 1) return res.status(400).send('note trop basse')\n  if (req.body.note > 5) return res.status(400).send('note trop haute')\n  if (!req.body.produitId) return res.status(400).send('produit manquant')\n  const avis = await Avis.create(req.body)\n  res.json(avis)\n})"
        ),
        _u(
            "Bonjour, je suis infirmière et je bricole un petit outil pour le planning de l'équipe en Python. Comment j'empêche qu'une même personne soit planifiée deux fois le même jour ? J'ai une liste de dicts {nom, date, poste}"
        ),
        _u(
            "Dart : convertir la réponse JSON de mon API (liste de produits) en List<Produit> avec fromJson"
        ),
        _u(
            "requête SQL Server qui me donne le CA par mois sur les 12 derniers mois, même les mois à zéro"
        ),
        _u(
            "comment on écrit un test unitaire pour un service Spring qui appelle un repository ? faut-il mocker ?"
        ),
        _m(
            "Tu as vu le match hier soir ?",
            "Je ne peux pas regarder de matchs, mais je peux en parler si vous me donnez le score !",
            "haha ok. Bon, sinon, j'ai une table matchs(equipe_dom, equipe_ext, buts_dom, buts_ext) et je voudrais le classement avec 3 points la victoire et 1 le nul, en SQL",
        ),
        _m(
            "Je fais une appli Flutter pour notre boulangerie, les clients commandent leur pain la veille.",
            "Sympa ! Quel backend utilisez-vous ?",
            "Firebase. Comment je récupère les commandes du lendemain, triées par heure de retrait ?",
        ),
        _m(
            "Écris une fonction Python qui vérifie un IBAN.",
            "Voici une version avec le calcul modulo 97 : ...",
            "ajoute les tests stp",
        ),
        _m(
            "J'ai un modèle Django Livre avec auteur en ForeignKey.",
            "D'accord, que voulez-vous faire ?",
            "afficher dans l'admin la liste des livres avec le nom de l'auteur et un filtre par année de parution",
        ),
        _m(
            "comment je fais un GROUP BY en pandas ?",
            "df.groupby('colonne').agg(...) ; par exemple df.groupby('ville')['montant'].sum().",
            "et pour garder aussi le nombre de lignes par ville ?",
        ),
        _m(
            "Quelle est la capitale de l'Australie ?",
            "Canberra.",
            "merci ! autre chose : mon script Node qui importe un CSV d'adhérents plante sur les accents, j'ai des « Ã© » partout dans la base",
        ),
        _m(
            "J'ai écrit ça pour supprimer un utilisateur en Laravel : User::find($id)->delete();",
            "Ça fonctionne, mais si l'id n'existe pas vous aurez une erreur sur null.",
            "du coup je mets findOrFail ? ça renvoie quoi au client, une 404 ?",
        ),
        _m(
            "Je veux un bouton « Exporter en PDF » sur la fiche client de notre outil interne en Vue.",
            "Vous pouvez générer le PDF côté serveur ou côté navigateur. Quel backend ?",
            "Node. Fais simple, côté serveur",
        ),
        _m(
            "en SwiftUI comment j'affiche une alerte de confirmation avant suppression ?",
            "Avec .alert(isPresented:) ou .confirmationDialog, je vous montre ?",
            "oui, dans une List avec swipe pour supprimer",
        ),
        _m(
            "Mon webhook GitHub ne se déclenche pas.",
            "Qu'indique l'onglet « Recent Deliveries » dans les paramètres du dépôt ?",
            "code 500, et dans mes logs Flask : KeyError: 'pull_request'",
        ),
        _m(
            "Je prépare une appli de gestion de bibliothèque scolaire.",
            "Quelles sont les principales fonctions ?",
            "emprunts et retours. Donne-moi les tables SQL et la requête des livres en retard de plus de 15 jours",
        ),
        _m(
            "Mon test Jest échoue : Expected 3, received 2.",
            "Pouvez-vous montrer le test et la fonction ?",
            "test('compte les articles', () => { expect(compter(['a','b','b'])).toBe(3) }) et compter = l => new Set(l).size",
        ),
        _m(
            "Bonjour, pouvez-vous m'aider pour un mail à mon propriétaire ?",
            "Bien sûr, quel est le sujet ?",
            "laisse tomber, en fait j'ai plus urgent : en PHP comment je vérifie qu'un fichier uploadé est bien une image et fait moins de 2 Mo ?",
        ),
        _m(
            "Comment faire une requête paginée avec Supabase ?",
            "Avec .range(debut, fin) sur la requête.",
            "et le nombre total de lignes en même temps ?",
        ),
        _m(
            "Ruby : comment valider qu'un email est unique dans un modèle ?",
            "validates :email, uniqueness: true — mais ajoutez aussi un index unique en base.",
            "pourquoi l'index si la validation existe déjà ?",
        ),
        _s(
            "Tu es l'assistant de code intégré à l'IDE. Réponds de façon concise.",
            "génère le DTO et le mapper pour l'entité Commande (id, client, lignes, total, statut)",
        ),
        _s(
            "Vous êtes le support technique de la plateforme e-commerce Boutikéo.",
            "Notre webhook « order.created » nous envoie la commande en JSON, comment je l'insère dans ma base MySQL en PHP sans doublon si on le reçoit deux fois ?",
        ),
        _s(
            "Tu es un agent de code. Tu as accès au dépôt et au terminal.",
            "Ajoute une route GET /api/evenements?ville=... qui filtre par ville, avec un test.",
        ),
        _s(
            "Tu es un tuteur Python pour lycéens.",
            "mon prof veut un programme qui demande des notes jusqu'à ce qu'on tape « fin » et affiche la moyenne, je bloque sur la boucle",
        ),
        _s(
            "Assistant interne de l'équipe data de la coopérative agricole Terres d'Orge.",
            "J'ai un export des livraisons de céréales avec des poids en texte genre « 12,5 t » ou « 12500 kg ». Script pandas pour tout mettre en kg ?",
        ),
        _s(
            "Tu aides les utilisateurs de Google Workspace à automatiser leurs tâches.",
            "Je veux un script qui envoie chaque lundi à 8h un mail récapitulant les tâches en retard de la feuille « Projets »",
        ),
        _s(
            "You are a helpful coding assistant.",
            "Kotlin : comment je fais un appel Retrofit qui récupère la liste des magasins et l'affiche dans mon ViewModel ?",
        ),
        _s(
            "Tu es un relecteur de code bienveillant.",
            "public function total($panier) {\n  $t = 0;\n  foreach ($panier as $p) { $t = $t + $p['prix'] * $p['qte']; }\n  return round($t, 2);\n}\n\nc'est bon comme ça ?",
        ),
        _s(
            "Tu es l'assistant d'un éditeur de logiciel de caisse. Réponds en français.",
            "quelle requête pour avoir le ticket moyen par jour de la semaine ?",
        ),
        _s(
            "Tu es un assistant de code dans VS Code.",
            "Erreur : TypeError: Cannot read properties of undefined (reading 'map') dans mon composant Liste.jsx ligne 12, que je fais ?",
        ),
        _s(
            "Tu es un assistant de programmation.",
            "J'ai un CSV de bénévoles, écris une fonction qui supprime les doublons en se basant sur l'email sans tenir compte des majuscules",
            "Voici une fonction avec pandas : on normalise l'email en minuscules puis drop_duplicates(subset='email_norm').",
            "OK et si deux lignes ont le même email mais des téléphones différents, garde la plus récente selon la colonne date_maj",
        ),
        _u(
            "Comment on fait pour que mon API Go renvoie une erreur 422 avec la liste des champs invalides ?"
        ),
        _u("besoin d'un trigger PostgreSQL qui met à jour updated_at à chaque modif de ligne"),
        _u(
            "yo, c'est normal que mon useEffect s'exécute deux fois en dev ? il fait deux POST de la même commande"
        ),
        _m(
            "Voici ma requête : SELECT nom, COUNT(*) FROM inscriptions GROUP BY nom",
            "Elle compte les inscriptions par nom. Que voulez-vous changer ?",
            "je veux seulement ceux inscrits à plus de deux ateliers",
        ),
        _m(
            "Tu peux m'écrire un composant React pour un tableau de factures ?",
            "Voici un composant FacturesTable avec colonnes numéro, client, date, montant : ...",
            "merci. et le tri quand on clique sur l'en-tête ?",
            "J'ajoute un état sortKey/sortDir et un tri avant l'affichage : ...",
            "parfait, et la même chose en TypeScript",
        ),
        _m(
            "On parlait de vacances tout à l'heure, j'hésite entre la Bretagne et le Jura.",
            "Les deux sont superbes, la Bretagne pour la mer, le Jura pour la randonnée.",
            "bon, je verrai. Là il faut que je corrige un truc : mon formulaire Symfony n'affiche pas les erreurs de validation, le champ reste juste vide",
        ),
        _s(
            "Tu es l'assistant développeur de l'agence web Pixelune.",
            "Dans le site WooCommerce d'un client, je veux ajouter un champ « numéro de TVA intracom » au checkout et l'enregistrer dans la commande",
        ),
        _s(
            "Tu aides les développeurs mobiles. Réponds avec du code.",
            "React Native : un écran de paramètres avec un interrupteur « notifications » qui envoie la préférence à l'API quand on le bascule",
        ),
    ],
    "ru": [
        _u(
            "Нужно, чтобы в списке заказов сначала шли самые свежие, и чтобы можно было отфильтровать по статусу «доставлен». Бэкенд на Django REST, фронт на React"
        ),
        _u(
            "почему у меня в Flutter ошибка «setState() called after dispose()»? экран с профилем, данные грузятся из API"
        ),
        _u(
            "Напиши скрипт на Python, который пройдётся по папке с выгрузками из 1С (xlsx) и соберёт все остатки по складам в один файл"
        ),
        _u(
            "Как в SQL найти дубли клиентов по номеру телефона, если телефоны записаны по-разному: 8 (900) 123-45-67 и +79001234567?"
        ),
        _u(
            "Есть функция, нормально написана? Смущает try/except\n\ndef get_price(item):\n    try:\n        return float(item['price'])\n    except:\n        return 0"
        ),
        _u(
            "Напиши юнит-тесты на JUnit 5 для метода, который считает скидку: от 10 000 руб. — 5%, от 50 000 — 10%, иначе 0"
        ),
        _u("Что такое N+1 запросов в Hibernate и как понять, что у меня именно она?"),
        _u(
            "Kotlin + Jetpack Compose: форма добавления сотрудника (ФИО, должность, дата приёма), сохранить в Room, после сохранения вернуться на список"
        ),
        _u(
            "Google Таблицы: нужна формула, которая подтянет цену товара из листа «Прайс» по артикулу, а если артикула нет — пишет «нет в прайсе»"
        ),
        _u(
            "SwiftUI, как сделать pull-to-refresh в списке новостей, который грузится через async/await?"
        ),
        _u(
            "Laravel миграция: таблица abonements с полями client_id, тип, дата начала, дата окончания, заморожен (bool)"
        ),
        _u(
            "Обработчик вебхука от Telegram-бота на FastAPI: если пришла команда /zapis, сохранить пользователя и дату в Postgres"
        ),
        _u(
            'Выдаёт «ERROR: column "total" must appear in the GROUP BY clause or be used in an aggregate function». Запрос:\n\nSELECT client_id, total, COUNT(*) FROM orders GROUP BY client_id;\n\nпочему?'
        ),
        _u("VBA в Excel: пройти по всем листам книги и на каждом удалить пустые строки"),
        _u(
            "Я бухгалтер, в Power Query объединяю выписки из трёх банков. У одного дата в формате 31.12.2024, у другого 2024-12-31. Как привести к одному типу?"
        ),
        _u(
            "React Native: как сохранить корзину в AsyncStorage, чтобы она не пропадала после перезапуска приложения?"
        ),
        _u(
            "Админка на Go: нужен эндпоинт, который блокирует пользователя (is_blocked=true) и пишет в таблицу аудита, кто заблокировал"
        ),
        _u("Чем отличается DELETE от TRUNCATE, и что безопаснее для таблицы логов?"),
        _u(
            "подскажите, как в Ruby on Rails сделать поиск по названию товара без учёта регистра, база Postgres"
        ),
        _u(
            "Есть JSON от API склада, вложенные массивы позиций. Как в pandas развернуть его в плоскую таблицу?"
        ),
        _u(
            "C#: пишу консольную утилиту, которая читает XML с накладными и складывает в SQLite через Dapper. С чего начать?"
        ),
        _u(
            "Elixir Phoenix: сгенерировать контекст и схему для «Бронирований» — переговорка, время начала, время конца, кто бронирует"
        ),
        _u(
            "Tests падают с «django.db.utils.IntegrityError: NOT NULL constraint failed: shop_order.customer_id». Я в фабрике клиента не указываю, но думал, что он сам создастся"
        ),
        _u("Rust, actix-web: как вернуть 404 с JSON-телом, если запись не найдена в базе?"),
        _u(
            "Я учитель информатики. Дайте простой пример CRUD на PHP + MySQL для списка учеников класса, чтобы показать детям"
        ),
        _u(
            "Нужен cron-скрипт на Node, который раз в сутки удаляет из базы неподтверждённые регистрации старше 7 дней"
        ),
        _u(
            "TypeScript: как типизировать ответ API, где поле может быть либо объектом пользователя, либо null?"
        ),
        _u("как в Dart отсортировать список событий по дате, а одинаковые даты — по названию?"),
        _u(
            "Посмотри мой SQL, можно ли проще?\n\nSELECT * FROM products WHERE id IN (SELECT product_id FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE created_at > '2024-01-01'))"
        ),
        _u(
            "В Spring Boot не работает @Transactional — данные сохраняются частично, хотя выбрасывается исключение. Метод вызывается из того же класса"
        ),
        _u(
            "Apps Script: при изменении ячейки в столбце «Статус» на «Готово» ставить текущую дату в соседний столбец"
        ),
        _u(
            "короче, нужна простая валидация формы на ванильном JS: имя не пустое, телефон 11 цифр, галочка согласия"
        ),
        _u("Как в MongoDB обновить у всех документов поле status с 'new' на 'pending'?"),
        _u(
            "скрипт, который чистит выгрузку из CRM: убирает пробелы по краям, приводит email к нижнему регистру, удаляет строки без имени"
        ),
        _u(
            "Почему в pytest фикстура с scope='module' ломает соседние тесты? они начинают видеть данные друг друга"
        ),
        _m(
            "Привет, как дела?",
            "Всё хорошо, спасибо! Чем помочь?",
            "да вот, надо в Excel макрос, который разбивает большой лист по менеджерам — каждому свой файл",
        ),
        _m(
            "Делаю приложение для автосервиса на Flutter. Записи клиентов хранятся в Supabase.",
            "Отлично. Что именно нужно сделать?",
            "экран с записями на сегодня, сгруппированными по мастеру",
        ),
        _m(
            "Напиши модель Sequelize для таблицы «Товары».",
            "Вот модель Product с полями name, price, stock, category ...",
            "добавь связь с категориями и пример запроса товаров одной категории",
        ),
        _m(
            "Как проверить, что строка — валидный ИНН?",
            "Для 10- и 12-значных ИНН есть контрольные цифры, считаются по весовым коэффициентам. Показать код?",
            "да, на Python, и тесты к нему",
        ),
        _m(
            "Посоветуй сериал на вечер",
            "Можно попробовать детективный мини-сериал — что вам обычно нравится?",
            "потом решу. Сейчас важнее: в Postgres как сделать так, чтобы email был уникальным без учёта регистра?",
        ),
        _m(
            "В админке на Laravel Nova нужно добавить поле «Комментарий менеджера».",
            "Нужна миграция и поле Textarea в ресурсе. Сделать?",
            "давай, и чтобы видели его только админы",
        ),
        _m(
            "у меня useState не обновляется сразу после setCount",
            "setState асинхронный: новое значение будет при следующем рендере.",
            "а как тогда отправить на сервер уже обновлённое значение?",
        ),
        _m(
            "Мне нужно из API Новой почты... то есть, из API службы доставки получать статусы посылок.",
            "У них обычно REST API с ключом. Какой язык?",
            "PHP, и статусы записывать в нашу таблицу shipments раз в час",
        ),
        _m(
            "Пишу тесты для Go сервиса",
            "Какую часть хотите покрыть?",
            "хендлер создания заметки: проверить 201 и 400 при пустом заголовке. с httptest",
        ),
        _m(
            "Что такое миграции в Alembic?",
            "Это версии схемы БД: каждая миграция описывает изменение (upgrade/downgrade).",
            "а если я руками поменял таблицу в базе, как это подтянуть в миграцию?",
        ),
        _m(
            "Нужна регулярка для российского номера телефона",
            "Например: ^(\\+7|8)\\d{10}$",
            "а чтобы пропускала скобки, пробелы и дефисы?",
        ),
        _m(
            "Как в SwiftUI хранить настройки пользователя?",
            "Для простых значений — @AppStorage.",
            "а список избранных городов туда можно положить?",
        ),
        _m(
            "У меня бот в Telegram, который принимает заявки.",
            "На чём написан?",
            "aiogram. хочу, чтобы заявки сразу падали в Google-таблицу",
        ),
        _s(
            "Ты — ассистент разработчика в IDE. Отвечай кратко, с кодом.",
            "сделай CRUD-контроллер для сущности Supplier на NestJS с TypeORM",
        ),
        _s(
            "Ты помощник для начинающих программистов. Объясняй простыми словами.",
            "зачем нужен первичный ключ, если у меня и так имена товаров не повторяются?",
        ),
        _s(
            "Ты — внутренний бот компании «ТехноСнаб» для сотрудников отдела продаж.",
            "сделай мне формулу в таблице, которая считает премию: 3% от продаж свыше плана, план в столбце C, продажи в D",
        ),
        _s(
            "Ты кодовый агент с доступом к репозиторию.",
            "Добавь в модель Order поле comment (TEXT, может быть пустым), миграцию и отображение в сериализаторе",
        ),
        _s(
            "You are a code review assistant.",
            'проверь, пожалуйста:\n\nfunc GetUser(id int) User {\n    var u User\n    db.QueryRow("SELECT name, email FROM users WHERE id = ?", id).Scan(&u.Name, &u.Email)\n    return u\n}',
        ),
        _s(
            "Ты — помощник по автоматизации отчётности.",
            "Нужен Power Query запрос: взять все файлы из папки «Продажи», взять из каждого лист «Итог» и склеить",
        ),
        _s(
            "Ты наставник на курсе по веб-разработке.",
            "Почему форма на сайте отправляется и страница перезагружается, хотя я сделал fetch в обработчике submit?",
        ),
        _s(
            "Ты ассистент техподдержки сервиса онлайн-записи «Запишись».",
            "Как через ваше API получить список записей за день и отметить неявившихся клиентов?",
        ),
        _s(
            "Ты помощник программиста.",
            "Напиши на Kotlin data class для ответа API с погодой",
            "Готово: data class WeatherResponse(val city: String, val temp: Double, ...)",
            "теперь сделай функцию, которая переводит градусы Цельсия в Фаренгейты, и тест к ней",
        ),
        _s(
            "Ты — ИИ-помощник в Jupyter.",
            "как удалить из датафрейма строки, где дата рождения в будущем?",
        ),
        _u(
            "Traceback (most recent call last):\n  File \"import.py\", line 14, in <module>\n    row['qty'] = int(row['qty'])\nValueError: invalid literal for int() with base 10: '12,0'\n\nчто не так?"
        ),
        _u(
            "Подскажи, как в Java Stream сгруппировать сотрудников по отделу и посчитать среднюю зарплату"
        ),
        _u(
            "Вопрос новичка: что такое ORM lazy loading и почему у меня «LazyInitializationException» после закрытия сессии?"
        ),
        _u(
            "Сделай простую страницу админки на Flask: таблица клиентов, кнопка «редактировать», форма редактирования"
        ),
        _u(
            "В 1С-выгрузке даты как текст «01.02.2024 0:00:00». Как в JS превратить их в нормальный Date и отсортировать?"
        ),
        _m(
            "Сделай модель Django для склада: товар, количество, ячейка.",
            "Вот модель StockItem с полями product, quantity, cell: ...",
            "а теперь админку к ней с поиском по названию товара",
        ),
        _m(
            "Как в Go прочитать переменные окружения?",
            'os.Getenv("NAME") или os.LookupEnv, если важно отличить пустое значение от отсутствия.',
            "ок, а порт базы как число, с дефолтом 5432?",
        ),
        _m(
            "Давай поболтаем о книгах",
            "С удовольствием! Что читаете сейчас?",
            "Булгакова перечитываю. Ладно, по делу: в Excel нужна формула, которая из даты достаёт номер квартала",
        ),
        _s(
            "Ты — ассистент разработчиков интернет-магазина «ДомТекстиль».",
            "нужен SQL-запрос: товары, которых нет в продаже больше 30 дней, но они есть на складе",
        ),
        _s(
            "Ты помогаешь писать автотесты.",
            "напиши тесты на pytest для функции parse_phone, которая возвращает номер в формате +7XXXXXXXXXX или None",
        ),
    ],
    "ko": [
        _u(
            "회원 목록이 최신 가입순으로 나오고, 지역으로 검색할 수 있게 해주세요. 지금은 그냥 SELECT * FROM members 로 뿌리고 있어요 (PHP)"
        ),
        _u(
            "플러터에서 TextFormField 로 전화번호 입력받을 때 자동으로 하이픈 넣는 방법 있나요? 010-1234-5678 이런 식으로"
        ),
        _u(
            "엑셀에 주소가 한 칸에 다 들어있는데 시/도, 구/군, 나머지로 나누고 싶어요. 파이썬으로 해도 되고 엑셀 수식도 괜찮아요"
        ),
        _u(
            "스프링 부트에서 JPA로 게시글 목록 페이징 하는데 댓글 수도 같이 보여주고 싶어요. 어떻게 쿼리 짜나요?"
        ),
        _u(
            "pytest로 장바구니 합계 계산 함수 테스트 짜주세요. 쿠폰 적용, 수량 0, 빈 장바구니 케이스 포함"
        ),
        _u(
            "외래키(FK) 걸면 성능이 떨어진다던데 진짜인가요? 주문-주문상품 테이블에 거는 게 맞나요?"
        ),
        _u(
            "SwiftUI로 일기 앱 만드는 중인데 SwiftData로 저장한 일기를 날짜별로 묶어서 보여주고 싶어요"
        ),
        _u("구글 앱스 스크립트로 설문 응답이 들어오면 슬랙 채널에 알림 보내는 코드 부탁해요"),
        _u(
            "Kotlin Compose에서 검색창에 입력할 때마다 API 호출하지 않고 0.5초 기다렸다가 호출하려면?"
        ),
        _u(
            '"java.lang.NullPointerException: Cannot invoke \\"String.length()\\" because \\"name\\" is null" 이 에러 왜 나요? 회원가입 폼에서 이름 안 쓰고 제출하면 나요'
        ),
        _u("MySQL에서 월별 신규 가입자 수 구하는 쿼리 알려주세요"),
        _u(
            "리액트 네이티브에서 이미지 여러 장 선택해서 서버에 업로드하는 코드 예시 주세요. 서버는 Express + multer"
        ),
        _u(
            "저 간호사인데요, 병동 근무표를 엑셀로 관리해요. 한 사람이 나이트 근무 다음 날 데이 근무로 잡히면 빨간색 표시되게 하고 싶어요. 조건부 서식으로 가능할까요?"
        ),
        _u("Django admin에서 상품 목록에 재고가 10개 미만이면 빨간 글씨로 보이게 할 수 있나요?"),
        _u(
            "토스페이먼츠 결제 완료 웹훅 받아서 주문 상태 업데이트하는 Node 코드 짜주세요. 같은 웹훅 두 번 와도 문제없게"
        ),
        _u("Go에서 GORM으로 Soft delete 하면 조회할 때 자동으로 빠지나요?"),
        _u(
            "VBA로 폴더 안에 있는 엑셀 파일들 열어서 '합계' 시트의 B10 값을 모아오는 매크로 필요해요"
        ),
        _u("TypeScript에서 API 응답 날짜 문자열을 Date로 바꾸는 가장 깔끔한 방법은?"),
        _u("Rails에서 has_many through 관계 쓰는 법 예시로 설명해주세요. 학생-수강신청-강의"),
        _u("CSV로 받은 거래처 목록에서 사업자등록번호 형식 안 맞는 것만 걸러내는 스크립트"),
        _u("파워쿼리로 매장별 일매출 파일 합쳤는데 숫자가 텍스트로 들어가서 합계가 안 돼요"),
        _u("C# WinForms에서 DataGridView에 DB 데이터 띄우고 수정하면 바로 저장되게 하려면요?"),
        _u("422 Unprocessable Entity랑 400 Bad Request 차이가 뭐예요? 폼 검증 실패엔 뭘 써요?"),
        _u("Elixir에서 Ecto changeset으로 비밀번호 확인 필드 검증하는 방법"),
        _u(
            "Rust로 간단한 할 일 CLI 만들고 있는데 JSON 파일에 저장하고 불러오는 부분 좀 도와주세요"
        ),
        _u(
            "쿼리 리뷰 좀 해주세요. 느린 것 같아요\n\nSELECT * FROM orders WHERE DATE(created_at) = '2024-05-01';"
        ),
        _u("Dart에서 Future.wait로 API 세 개 동시에 부르고 결과 합치는 법"),
        _u("Next.js 서버 액션으로 방명록 글쓰기 만들려고 하는데 Prisma랑 같이 쓰는 예제 있을까요?"),
        _u("자바스크립트 배열에서 중복된 객체를 id 기준으로 제거하려면?"),
        _u(
            "라라벨에서 폼 요청(FormRequest)으로 검증하는 거랑 컨트롤러에서 validate() 하는 거 뭐가 나아요?"
        ),
        _u("jest 테스트가 가끔씩만 실패해요. setTimeout 쓰는 함수 테스트인데 왜 이럴까요?"),
        _u("몽고DB에서 배열 필드에 값 추가할 때 중복 안 되게 하려면 $push 말고 뭐 써요?"),
        _u(
            "판다스로 고객 데이터 정리 중인데 이름 컬럼에 '홍 길동', '홍길동 ' 같은 게 섞여있어요. 공백 정리 어떻게 해요?"
        ),
        _u("코틀린에서 Room DB 버전 올릴 때 마이그레이션 어떻게 써요? 컬럼 하나 추가했어요"),
        _u(
            "Firestore 보안 규칙 말고, 그냥 쿼리 질문이에요. 특정 사용자의 주문을 최신순으로 20개만 가져오려면?"
        ),
        _m(
            "오늘 날씨 진짜 덥네요",
            "그러게요, 물 많이 드세요! 도와드릴 일 있나요?",
            "ㅎㅎ 네 사실 엑셀 질문이요. 날짜 열에서 요일을 한글로 뽑는 수식 있나요?",
        ),
        _m(
            "동네 학원 출결 관리 앱을 Flutter로 만들고 있어요.",
            "좋네요. 데이터는 어디에 저장하나요?",
            "Firebase요. 오늘 결석한 학생 목록만 뽑는 쿼리 알려주세요",
        ),
        _m(
            "FastAPI로 회원 CRUD 만들어 주세요.",
            "User 모델, 스키마, 라우터를 만들었습니다: ...",
            "수정할 때 비밀번호는 빼고 나머지만 부분 수정 되게 바꿔줘",
        ),
        _m(
            "스프링에서 @Valid 붙였는데 검증이 안 돼요",
            "spring-boot-starter-validation 의존성이 있나요?",
            "아 없네요. 추가했는데 에러 메시지를 한국어로 바꾸려면요?",
        ),
        _m(
            "파이썬 리스트 컴프리헨션이 뭐예요?",
            "리스트를 한 줄로 만드는 문법이에요. [x*2 for x in nums] 처럼요.",
            "그럼 이 for문을 그걸로 바꿔주세요\nresult = []\nfor p in products:\n    if p['stock'] > 0:\n        result.append(p['name'])",
        ),
        _m(
            "블로그 글 하나 다듬어 주실래요?",
            "네, 글을 보내주세요.",
            "아 잠깐, 그 전에 급한 거요. 워드프레스에서 특정 카테고리 글만 REST API로 가져오는 방법이요",
        ),
        _m(
            "NestJS에서 DTO가 뭐예요?",
            "요청/응답 데이터의 형태를 정의하는 클래스예요. class-validator와 같이 써서 검증도 해요.",
            "그럼 상품 등록 DTO 예시 하나 만들어줘요. 가격은 0 이상",
        ),
        _m(
            "쇼핑몰 관리자 페이지에서 주문 목록 엑셀 다운로드 기능이 필요해요.",
            "백엔드가 무엇인가요?",
            "Spring Boot요. Apache POI 써서 해주세요",
        ),
        _m(
            "SQL 조인이 헷갈려요",
            "INNER JOIN은 양쪽에 다 있는 행, LEFT JOIN은 왼쪽은 전부 가져와요.",
            "그럼 한 번도 주문 안 한 회원 찾으려면 뭐 써요?",
        ),
        _m(
            "swift에서 Codable 쓰는데 키 이름이 snake_case예요",
            "JSONDecoder의 keyDecodingStrategy를 .convertFromSnakeCase로 설정하세요.",
            '근데 날짜는 "2024-05-01 13:00:00" 이런 형식인데 그것도 되나요?',
        ),
        _m(
            "사내 비품 신청을 구글 폼으로 받고 있어요.",
            "응답이 시트에 쌓이고 있나요?",
            "네. 승인 칸에 체크하면 신청자한테 메일 가게 해주세요",
        ),
        _m(
            "Jest로 테스트 짤 때 mock이 뭐예요?",
            "실제 함수나 모듈 대신 가짜를 넣어서 호출 여부나 반환값을 제어하는 거예요.",
            "axios 호출하는 fetchUsers 함수 테스트 예시로 보여주세요",
        ),
        _s(
            "당신은 IDE에 내장된 코딩 도우미입니다. 짧게 답하세요.",
            "이 테이블에 맞는 JPA 엔티티 만들어줘: reservation(id, room_id, guest_name, check_in, check_out, status)",
        ),
        _s(
            "당신은 초보 개발자를 위한 튜터입니다. 쉽게 설명하세요.",
            "트랜잭션이 뭔지 은행 송금 말고 다른 예로 설명해주세요. 쇼핑몰 주문 같은 걸로요",
        ),
        _s(
            "당신은 '한빛물류' 사내 업무 자동화 도우미입니다.",
            "매일 아침 배송 지연 건을 시트에서 뽑아서 팀장님한테 메일 보내는 앱스 스크립트 짜주세요",
        ),
        _s(
            "You are an autonomous coding agent working in the user's repository.",
            "게시판 글 삭제 API에 작성자 본인만 삭제 가능하도록 체크 추가하고 테스트도 업데이트해줘",
        ),
        _s(
            "당신은 코드 리뷰어입니다.",
            "def save_score(name, score):\n    f = open('scores.txt', 'a')\n    f.write(name + ',' + str(score) + '\\n')\n\n이거 문제 있나요?",
        ),
        _s(
            "당신은 데이터 정리 도우미입니다.",
            "설문 결과 CSV에서 나이 칸에 '20대', '25', '스물다섯' 이렇게 섞여 있어요. 숫자로 통일하는 파이썬 코드 부탁해요",
        ),
        _s(
            "당신은 고객지원 챗봇입니다. '예약온' API 관련 질문에 답하세요.",
            "예약 취소 웹훅을 받으면 우리 DB에서 해당 예약을 취소 상태로 바꾸고 싶은데 페이로드에 뭐가 들어와요?",
        ),
        _s(
            "당신은 안드로이드 개발 도우미입니다.",
            "Retrofit으로 받아온 공지사항 목록을 Compose LazyColumn에 띄우는 코드",
            "ViewModel에서 StateFlow로 목록을 들고 LazyColumn에서 items(notices)로 그리면 됩니다: ...",
            "띄웠어요. 근데 새로고침 버튼 누르면 목록이 안 바뀌어요",
            "뷰모델에서 StateFlow를 새 리스트로 교체하고 있나요? 코드를 보여주세요.",
            "fun refresh() { viewModelScope.launch { _notices.value.addAll(api.getNotices()) } }",
        ),
        _s(
            "당신은 VS Code 코파일럿입니다.",
            "TypeError: Cannot read properties of null (reading 'addEventListener') 왜 떠요? script 태그는 head에 있어요",
        ),
        _u("Apps Script에서 시트 데이터를 JSON으로 내보내는 웹앱 만드는 법"),
        _u(
            "Supabase에서 row level 말고 그냥 테이블에 created_by 컬럼 자동으로 넣으려면 트리거 써야 하나요?"
        ),
        _u("엑셀 VLOOKUP 대신 XLOOKUP 쓰면 뭐가 좋아요? 거래처 코드로 담당자 찾는 중이에요"),
        _u("PHP PDO로 INSERT 하고 방금 들어간 id 받으려면요?"),
        _u("리액트에서 목록 삭제 버튼 누르면 확인창 띄우고 삭제 후 목록 다시 불러오는 코드"),
        _u("자바 스트림으로 주문 목록에서 고객별 총 주문 금액 Map 만드는 법"),
        _u("Power Query에서 빈 행이랑 '합계' 행 제거하고 첫 행을 헤더로 쓰는 단계 알려주세요"),
        _u("Go 테스트에서 테이블 드리븐 테스트 어떻게 짜요? 가격 반올림 함수 예로요"),
        _m(
            "PostgreSQL에서 JSONB 컬럼 쓰고 있어요",
            "어떤 작업이 필요하세요?",
            "metadata 안에 color가 red인 상품만 조회하고 싶어요",
        ),
        _m(
            "아까 만들어주신 회원가입 API요",
            "네, Express로 만든 POST /signup 말씀이시죠?",
            "거기에 supertest로 테스트 세 개만 붙여주세요. 성공, 이메일 중복, 비밀번호 짧음",
        ),
        _m(
            "요즘 러닝 시작했어요",
            "멋지네요! 어떤 거리를 뛰세요?",
            "5키로요 ㅎㅎ 아 근데 질문: 러닝 기록 앱 만드는 중인데 SwiftUI에서 주간 총 거리 계산 어떻게 해요?",
        ),
        _s(
            "당신은 '모두의학원' 개발팀의 코드 도우미입니다.",
            "수강생 출석률이 80% 미만인 학생 목록 뽑는 SQL 짜주세요. attendance(student_id, date, present)",
        ),
        _s(
            "당신은 플러터 전문가입니다.",
            "Provider 쓰다가 Riverpod로 바꾸는 중인데 장바구니 상태를 StateNotifier로 어떻게 옮겨요?",
        ),
    ],
    "it": [
        _u(
            "l'elenco dei soci dovrebbe mostrare prima gli ultimi iscritti e farmi cercare per città. Il sito è in WordPress con una tabella custom, come faccio?"
        ),
        _u(
            "Flutter: ho una lista di prodotti presa da un'API, vorrei il pull to refresh e la paginazione infinita quando arrivo in fondo"
        ),
        _u(
            "Ho un Excel con le presenze dei dipendenti, una riga per giorno. Mi serve uno script Python che calcoli le ore totali per persona per mese"
        ),
        _u(
            "Mi controlli questa funzione? Deve restituire il codice fiscale in maiuscolo senza spazi\n\nfunction pulisciCF(cf) {\n  return cf.toUpperCase().replace(' ', '');\n}"
        ),
        _u(
            "Scrivimi dei test con JUnit per un metodo che calcola i giorni lavorativi tra due date, escludendo sabato e domenica"
        ),
        _u(
            "Che differenza c'è tra una chiave primaria naturale e una surrogata? Per la tabella prodotti uso il codice EAN come PK, va bene?"
        ),
        _u(
            "SwiftUI: come faccio un form con DatePicker, Picker per la categoria e un TextField per l'importo, per un'app di spese personali?"
        ),
        _u(
            "Google Apps Script: quando cambio lo stato di un preventivo in «Accettato» nel foglio, voglio che venga creato un evento nel Calendar con la data di consegna"
        ),
        _u("Kotlin: come salvo le preferenze dell'utente (tema scuro, lingua) con DataStore?"),
        _u(
            "query SQL per trovare i clienti che hanno comprato sia il prodotto A che il prodotto B"
        ),
        _u(
            "Sono un'insegnante di scuola media e ho fatto un modulo Google per i compiti. Vorrei una formula che assegni automaticamente il voto in base al punteggio (0-4 insufficiente, 5-6 sufficiente...)"
        ),
        _u(
            "Webhook di Shopify in Node: all'evento orders/paid voglio scrivere l'ordine nel nostro gestionale tramite la sua API REST. Mi fai lo scheletro?"
        ),
        _u("React Native: il FlatList è lentissimo con 2000 contatti, cosa sto sbagliando?"),
        _u(
            "Macro VBA che per ogni riga del foglio «Clienti» genera un documento Word da un modello, sostituendo [NOME] e [INDIRIZZO]"
        ),
        _u(
            "Power Query: devo togliere le righe dove la colonna «Importo» è vuota o zero e poi raggruppare per agente"
        ),
        _u(
            "Nel pannello admin fatto con Django voglio un'azione «Segna come spedito» che aggiorni più ordini selezionati in una volta"
        ),
        _u(
            "Go: come leggo i parametri di query ?pagina=2&per_pagina=20 in un handler net/http con valori di default?"
        ),
        _u(
            "Mi spieghi cos'è l'idempotenza in un endpoint POST e perché dovrebbe importarmi per i pagamenti?"
        ),
        _u(
            "script che legge un CSV esportato dalla banca (separatore ;, decimali con la virgola) e lo converte nel formato che vuole il mio software di contabilità"
        ),
        _u(
            "C# ASP.NET Core: un controller per le note spese con GET lista, GET per id, POST, PUT e DELETE usando EF Core"
        ),
        _u(
            "Elixir: come faccio un upsert con Ecto su una tabella di prodotti usando lo SKU come chiave?"
        ),
        _u("Rust con sqlx: come faccio a mappare il risultato di una SELECT in una struct?"),
        _u(
            "mi dà «TypeError: 'NoneType' object is not subscriptable» alla riga cliente['email']. Il cliente lo prendo con una query, perché?"
        ),
        _u("Dart: come formatto una data in italiano tipo «lunedì 3 giugno» con intl?"),
        _u(
            "pandas: ho due file, anagrafica e vendite, voglio unirli per codice cliente ma alcuni codici hanno zeri davanti e altri no"
        ),
        _u(
            "In un'app Vue ho un form di registrazione: come mostro gli errori di validazione che arrivano dal backend sotto ogni campo?"
        ),
        _u("È sbagliato usare SELECT * nelle query dell'app? Il mio capo dice di non farlo mai"),
        _u(
            "Spring Boot: la mia entità Fattura ha una lista di RigheFattura, quando salvo la fattura le righe non vengono salvate"
        ),
        _u(
            "TypeScript: come definisco un tipo per un ordine che può essere «bozza», «inviato» o «annullato» e nient'altro?"
        ),
        _u(
            "Come si scrive un test con pytest per una funzione che legge da un file, senza creare file veri?"
        ),
        _u(
            "Ciao! Avrei bisogno di una funzione PHP che generi uno slug da un titolo con accenti, tipo «Perché è così?» → «perche-e-cosi»"
        ),
        _u(
            "MongoDB: aggregazione per contare le recensioni per numero di stelle per ogni ristorante"
        ),
        _u(
            "Sono il titolare di una piccola ferramenta, ho un Access con il magazzino. Come faccio una query che mi dica cosa riordinare (giacenza sotto la scorta minima)?"
        ),
        _m(
            "Mi consigli un libro per l'estate?",
            "Dipende dai gusti: romanzo, giallo, saggio?",
            "ci penso. Intanto: in SQL come faccio a prendere solo l'ultimo ordine di ogni cliente?",
        ),
        _m(
            "Sto facendo un'app Flutter per la palestra dove lavoro, con le schede di allenamento.",
            "Bello! Dove salvi i dati?",
            "in locale con sqflite. Mi serve la tabella esercizi e una funzione per duplicare una scheda",
        ),
        _m(
            "Ho una funzione che somma i prezzi in JavaScript e mi viene 0.30000000000000004",
            "È l'aritmetica in virgola mobile. Per i soldi conviene lavorare in centesimi interi.",
            "ok, come la riscrivo allora? function totale(r) { return r.reduce((a, x) => a + x.prezzo, 0) }",
        ),
        _m(
            "Come si fa una relazione molti-a-molti in Django?",
            "Con ManyToManyField, eventualmente con through per dati extra.",
            "studenti e corsi, e voglio salvare anche il voto finale",
        ),
        _m(
            "Buongiorno, devo scrivere una lettera di reclamo.",
            "Certo, a chi è indirizzata?",
            "lasciamo stare, è più urgente questa: la mia macro Excel si blocca con «Errore di run-time 1004» quando provo a ordinare il foglio",
        ),
        _m(
            "Ho un bot Discord in Python per la mia gilda.",
            "Cosa deve fare?",
            "un comando !presenza che salva chi c'è alla serata in un SQLite, e !classifica che mostra chi è venuto di più",
        ),
        _m(
            "Che cos'è un indice in un database?",
            "È una struttura che rende veloci le ricerche su una colonna, come l'indice di un libro.",
            "quindi sulla colonna email degli utenti lo devo mettere? la uso per il login",
        ),
        _m(
            "Devo importare 50.000 righe da CSV in Postgres con Python.",
            "Il modo più veloce è COPY, per esempio con copy_expert di psycopg2.",
            "e se alcune righe hanno errori? voglio saltarle e salvarle in un file a parte",
        ),
        _m(
            "Nel gestionale in Angular c'è una tabella fornitori.",
            "Usi Angular Material?",
            "sì. Voglio ordinamento per colonna e un filtro di ricerca",
        ),
        _m(
            "come si testa un componente React che fa una fetch?",
            "Con React Testing Library e un mock della fetch (o MSW).",
            "fammi l'esempio con il componente ElencoOrdini che mostra «Nessun ordine» se la lista è vuota",
        ),
        _m(
            "SwiftUI, ho un @Observable con la lista delle spese",
            "Perfetto, cosa vuoi fare?",
            "il totale del mese in cima alla lista, che si aggiorni da solo",
        ),
        _m(
            "Ti ho incollato prima la funzione che calcola le provvigioni.",
            "Sì, quella con gli scaglioni.",
            "scrivi i test per i casi limite degli scaglioni",
        ),
        _s(
            "Sei l'assistente di programmazione integrato nell'editor. Rispondi in modo conciso.",
            "crea il modello Sequelize per Appuntamento (paziente_id, medico_id, data_ora, note) con le associazioni",
        ),
        _s(
            "Sei un tutor per studenti del primo anno di informatica.",
            "non capisco la differenza tra WHERE e HAVING, mi fai un esempio con una tabella di voti?",
        ),
        _s(
            "Sei l'assistente interno di Vinicola Colle Ameno per il reparto amministrativo.",
            "Mi serve una formula in Google Sheets che prenda il prezzo del vino dal foglio listino in base alla denominazione e all'annata",
        ),
        _s(
            "You are a coding agent with shell access.",
            "Aggiungi un campo «telefono» opzionale al modello Cliente, la migrazione Alembic e aggiorna lo schema Pydantic",
        ),
        _s(
            "Sei un revisore di codice attento ma gentile.",
            "Guarda questa funzione:\n\ndef sconto(prezzo, perc):\n    if perc > 0:\n        return prezzo - prezzo * perc / 100\n    else:\n        return prezzo\n\nil mio collega dice che si può scrivere meglio e che manca qualcosa",
        ),
        _s(
            "Sei un assistente per l'automazione in Excel.",
            "con Power Query come unisco la tabella ordini con la tabella listini prendendo il prezzo valido alla data dell'ordine?",
        ),
        _s(
            "Sei l'assistente di supporto della piattaforma di prenotazioni Tavolo.it.",
            "Come ricevo un webhook quando un cliente cancella la prenotazione e lo segno come cancellato nel mio gestionale PHP?",
        ),
        _s(
            "Sei un assistente di programmazione.",
            "Scrivi una funzione Python che valida una partita IVA italiana",
            "Ecco la funzione con il controllo della cifra di controllo: ...",
            "funziona. Ora usala in un form Flask e mostra un errore se non è valida",
        ),
        _s(
            "Sei Copilot in JetBrains.",
            "java.lang.IllegalStateException: Duplicate key Mario (attempted merging values ...) quando faccio Collectors.toMap sui dipendenti. Come si risolve?",
        ),
        _s(
            "Sei un assistente per chi sviluppa app mobili.",
            "Kotlin: il RecyclerView non mostra niente anche se la lista ha 10 elementi, l'adapter sembra giusto",
        ),
        _u(
            "Come si fa in Apps Script a leggere un foglio e creare un PDF per ogni riga da inviare per email?"
        ),
        _u(
            "query per avere il fatturato per regione e anno, con l'anno in colonna (pivot) su PostgreSQL"
        ),
        _u(
            "ho un JSON annidato da un'API meteo, come estraggo solo temperatura e data in una lista con JavaScript?"
        ),
        _u("Cosa significa 'lazy loading' nelle relazioni di Doctrine e perché mi fa 100 query?"),
        _u("Prisma: come aggiorno solo i campi che mi arrivano nella richiesta PATCH?"),
        _u(
            "un piccolo script Node che ogni notte scarica gli ordini del giorno via API e li salva in un CSV con la data nel nome"
        ),
        _u(
            "Ruby: come faccio a esportare in CSV i soci attivi con nome, email e data di iscrizione?"
        ),
        _m(
            "Mi scrivi una query per i prodotti più venduti?",
            "SELECT p.nome, SUM(r.quantita) AS venduti FROM righe_ordine r JOIN prodotti p ... GROUP BY p.nome ORDER BY venduti DESC LIMIT 10",
            "e solo per l'ultimo mese?",
        ),
        _m(
            "Ho un'app Laravel per le iscrizioni ai corsi di yoga.",
            "Di cosa hai bisogno?",
            "quando un corso è pieno il bottone «Iscriviti» deve sparire e comparire «Lista d'attesa»",
        ),
        _m(
            "Come stai oggi?",
            "Bene, grazie! Posso aiutarti con qualcosa?",
            "sì, devo fare uno script che rinomina i PDF delle fatture col numero fattura preso dal nome del file originale",
        ),
        _s(
            "Sei l'assistente dello sviluppatore nel gestionale di un'agenzia immobiliare.",
            "Mi serve un endpoint Django che restituisca gli immobili filtrati per comune, prezzo massimo e numero di locali",
        ),
        _s(
            "Sei un assistente che scrive test automatici.",
            "scrivi i test con PHPUnit per la classe Carrello: aggiungi, rimuovi, totale con sconto",
        ),
    ],
    "pt": [
        _u(
            "a lista de alunos tinha que aparecer em ordem alfabética e ter um campo pra buscar pela turma. É um sisteminha em PHP da escola, consegue me ajudar?"
        ),
        _u(
            "Flutter: como faço um dropdown de estados que, ao escolher, carrega as cidades daquele estado vindo da minha API?"
        ),
        _u(
            "Tenho uma planilha com CPFs escritos de vários jeitos (com ponto, sem ponto, com espaço). Quero um script Python que padronize tudo para só números e marque os que têm tamanho errado"
        ),
        _u(
            "por que o Spring me dá «could not initialize proxy - no Session» quando eu acesso pedido.getItens() no controller?"
        ),
        _u(
            "Essa função tá ok? É pra calcular o frete grátis acima de 200 reais\n\nfunction frete(total, cep) {\n  if (total > 200) return 0\n  return calcularPorCep(cep)\n}"
        ),
        _u(
            "escreve testes com Jest pra minha função formatarMoeda(valor) que devolve 'R$ 1.234,56'"
        ),
        _u("O que é uma migration e por que não posso só alterar a tabela direto no banco?"),
        _u(
            "SwiftUI: como faço uma tela de detalhes do produto que abre ao tocar no item da lista, com NavigationStack?"
        ),
        _u(
            "Google Apps Script: toda vez que chegar um e-mail com 'Pedido' no assunto, quero salvar remetente, data e assunto numa planilha"
        ),
        _u(
            "Kotlin Compose: tela de login com campo de e-mail, senha com botão de mostrar/ocultar e botão desabilitado até preencher tudo"
        ),
        _u(
            "webhook do Mercado Pago em Node: quando o pagamento é aprovado, atualizar o pedido no MongoDB. Como verifico se o pagamento é mesmo aprovado antes de atualizar?"
        ),
        _u(
            "React Native com Expo: como tiro uma foto e mando junto com o formulário de cadastro da ocorrência?"
        ),
        _u(
            "Power Query: tenho uma coluna de data no formato texto '05/03/2024' e ele entende como mês/dia. Como corrijo?"
        ),
        _u(
            "No painel admin feito em Laravel Filament, quero uma coluna que mostre o total de pedidos de cada cliente e dê para ordenar por ela"
        ),
        _u(
            "Go: como faço um handler que recebe JSON de um produto, valida que o preço é positivo e grava no Postgres com pgx?"
        ),
        _u("Rails: como crio um scope que traz só os eventos dos próximos 30 dias?"),
        _u(
            "Script que lê todos os XMLs de notas fiscais de uma pasta e gera uma planilha com número, data, CNPJ do emitente e valor total"
        ),
        _u("C#: como faço uma consulta LINQ que agrupa as vendas por mês e soma os valores?"),
        _u(
            "Elixir Phoenix LiveView: formulário de cadastro de paciente com validação em tempo real"
        ),
        _u(
            "Em Rust, qual a forma mais simples de ler um arquivo CSV de produtos e filtrar os que estão sem estoque?"
        ),
        _u(
            "Aparece «KeyError: 'data_nascimento'» quando rodo meu script de importação, mas a coluna existe no Excel!"
        ),
        _u(
            "Dart: como transformo uma lista de Map que vem do Firestore numa lista de objetos Tarefa?"
        ),
        _u(
            "pandas: como preencho os valores vazios da coluna 'cidade' com o valor da linha de cima?"
        ),
        _u(
            "Angular: como faço um formulário reativo com uma lista dinâmica de telefones (adicionar e remover)?"
        ),
        _u(
            "Vale a pena usar UUID como chave primária em vez de auto incremento numa tabela de pedidos?"
        ),
        _u(
            "TypeScript: tenho um objeto com campos opcionais e quero um tipo onde todos são obrigatórios, como faço?"
        ),
        _u("Como mocko a data atual num teste pytest? Minha função calcula a idade"),
        _u(
            "Oi! Sou professor de Educação Física e fiz um app bobo em Python para registrar os tempos dos alunos na corrida. Como salvo isso num arquivo para não perder quando fecho?"
        ),
        _u(
            "MongoDB: como faço um find que traz produtos com preço entre 50 e 100 e ordena pelo mais barato?"
        ),
        _u(
            "Sou contadora, uso o VBA para gerar relatórios. Como faço para o código pular as linhas ocultas quando copia os dados?"
        ),
        _u(
            "em PHP, como mando um POST para uma API externa com JSON e pego a resposta? sem usar biblioteca"
        ),
        _u("SQL Server: como excluo registros duplicados mantendo só o de menor id?"),
        _m(
            "Bom dia! Tudo bem?",
            "Bom dia! Tudo ótimo, em que posso ajudar?",
            "preciso de uma fórmula no Google Sheets que conte quantos pedidos cada cliente fez no mês",
        ),
        _m(
            "Estou fazendo um app em Flutter para o meu salão de beleza, para agendar horários.",
            "Legal! Onde ficam os dados?",
            "no Supabase. Como evito que duas clientes marquem o mesmo horário com a mesma profissional?",
        ),
        _m(
            "Cria um CRUD de categorias em Django REST Framework.",
            "Aqui está o model, serializer e ViewSet: ...",
            "agora não deixa apagar uma categoria que tenha produtos, retorna erro 400 explicando",
        ),
        _m(
            "Como funciona o async/await em JavaScript?",
            "Uma função async retorna uma Promise e o await espera o resultado sem travar a página.",
            "beleza, então reescreve isso com async/await: fetch('/api/clientes').then(r => r.json()).then(d => mostrar(d))",
        ),
        _m(
            "O que é um ORM?",
            "Uma camada que mapeia tabelas para classes, como Hibernate ou Eloquent.",
            "e o Eloquent faz join sozinho quando uso $pedido->cliente?",
        ),
        _m(
            "Me ajuda a planejar uma viagem para o Nordeste?",
            "Claro! Quantos dias?",
            "depois eu vejo isso. Agora: no meu Node tá dando 'ECONNREFUSED 127.0.0.1:5432' ao conectar no Postgres, por quê?",
        ),
        _m(
            "Tenho um bot de WhatsApp que recebe pedidos da pizzaria.",
            "Qual API vocês usam?",
            "a oficial da Meta, via webhook em Flask. Quero gravar cada pedido numa tabela com itens e endereço",
        ),
        _m(
            "Preciso de uma tabela de produtos no MySQL.",
            "Segue o CREATE TABLE com id, nome, preco, estoque ...",
            "adiciona categoria como chave estrangeira e um índice no nome",
        ),
        _m(
            "Meus testes do Vitest estão passando isolados mas falham juntos",
            "Provavelmente há estado compartilhado entre eles, como um mock não resetado. Usa beforeEach?",
            "não uso. Como faço o vi.fn voltar ao normal entre os testes?",
        ),
        _m(
            "Fiz uma tela de cadastro em SwiftUI",
            "Quer ajuda com o quê?",
            "ao tocar em salvar, quero fechar o teclado e voltar para a lista",
        ),
        _m(
            "No painel interno da transportadora tem uma lista de entregas.",
            "Feita com o quê?",
            "React e uma API em .NET. Quero um filtro por status e por data de saída",
        ),
        _m(
            "Me mostra como ler um JSON em Java?",
            "Com Jackson: new ObjectMapper().readValue(json, Cliente.class).",
            "e quando o JSON tem um campo a mais que a classe não tem, dá erro, como ignoro?",
        ),
        _s(
            "Você é o assistente de código integrado na IDE. Seja direto.",
            "gera um repository com Spring Data para a entidade Consulta com busca por médico e intervalo de datas",
        ),
        _s(
            "Você é um tutor de programação para iniciantes, explique com calma.",
            "o que é uma chave estrangeira? no meu trabalho da faculdade tenho alunos e cursos",
        ),
        _s(
            "Você é o assistente interno da Cooperativa Café Serra Alta.",
            "Preciso de um script do Apps Script que, todo fim de mês, copia a aba 'Entregas' para uma nova aba com o nome do mês e limpa a original",
        ),
        _s(
            "You are a coding agent operating in the user's repo.",
            "Adiciona paginação no endpoint GET /api/produtos (page e size) e atualiza os testes existentes",
        ),
        _s(
            "Você é um revisor de código.",
            "def salvar_cliente(dados):\n    conn = sqlite3.connect('loja.db')\n    conn.execute('INSERT INTO clientes (nome, email) VALUES (?, ?)', (dados['nome'], dados['email']))\n\nnão está salvando nada, por quê?",
        ),
        _s(
            "Você é um especialista em Excel e Power BI.",
            "no Power Query, como divido uma coluna 'Endereço' em rua, número e bairro separados por vírgula?",
        ),
        _s(
            "Você é o suporte técnico da plataforma de e-commerce LojaFácil.",
            "Quero receber um webhook quando o estoque de um produto zerar e desativar o anúncio no meu site em PHP, como faço?",
        ),
        _s(
            "Você é um assistente de programação.",
            "Escreve uma função em JavaScript que valida CNPJ",
            "Aqui está a função com os dois dígitos verificadores: ...",
            "agora usa ela num formulário React e mostra a mensagem de erro embaixo do campo",
        ),
        _s(
            "Você é o GitHub Copilot Chat.",
            "Uncaught (in promise) SyntaxError: Unexpected end of JSON input — acontece quando a API retorna 204, como trato?",
        ),
        _s(
            "Você ajuda desenvolvedores Android.",
            "Room: como faço uma query que retorna Flow<List<Pedido>> ordenado por data, para a tela atualizar sozinha?",
        ),
        _u(
            "Apps Script: como gero um número de protocolo sequencial para cada resposta do formulário?"
        ),
        _u("consulta no Postgres que traga os 3 produtos mais vendidos de cada categoria"),
        _u(
            "como faço para o meu endpoint Express retornar 404 quando o id não existe em vez de 200 com null?"
        ),
        _u("O que é 'eager loading' no Eloquent e quando devo usar with()?"),
        _u("Prisma: como faço um create que já cria o pedido com os itens juntos?"),
        _u(
            "script Python que pega uma lista de CEPs de um CSV, consulta uma API de CEP e preenche rua e bairro"
        ),
        _u(
            "Kotlin: como converto a String '2024-03-15' para LocalDate e mostro como '15/03/2024'?"
        ),
        _u(
            "meu form de contato em Next.js manda o e-mail duas vezes quando clico rápido, como evito?"
        ),
        _u("Laravel: criar uma Resource API que esconda o campo senha e formate a data de criação"),
        _m(
            "Fiz um model no Django chamado Reserva.",
            "Certo, quer ajuda com o quê?",
            "quero impedir reserva com data de saída antes da entrada, no clean()",
        ),
        _m(
            "Me passa um exemplo de GROUP BY?",
            "SELECT cidade, COUNT(*) FROM clientes GROUP BY cidade;",
            "e como ordeno da cidade com mais clientes pra menos?",
        ),
        _m(
            "Ontem você me ajudou com o script de importação de produtos.",
            "Sim, o que lê a planilha e grava no MySQL.",
            "agora ele precisa atualizar o preço se o produto já existir em vez de dar erro",
        ),
        _s(
            "Você é o assistente de desenvolvimento da clínica veterinária Patas & Cia.",
            "Preciso de uma consulta SQL que liste os animais com vacina vencida, com o nome do tutor e telefone, para a recepção ligar",
        ),
        _s(
            "Você ajuda quem está aprendendo Kotlin.",
            "como faço uma lista que, ao tocar num item, abre outra tela passando o id?",
        ),
    ],
    "es": [
        _u(
            "la lista de socios tendría que salir con los más nuevos arriba y poder buscar por barrio. La hice en Node con Express y una base SQLite"
        ),
        _u(
            "Flutter: cómo guardo localmente la lista de favoritos con Hive para que funcione sin conexión"
        ),
        _u(
            "Tengo un Excel de proveedores con los nombres repetidos escritos distinto ('Distribuidora Sur S.A.', 'DISTRIBUIDORA SUR SA'). ¿Cómo los unifico con Python?"
        ),
        _u(
            "¿por qué Django me tira «RelatedObjectDoesNotExist: User has no perfil»? pasa con los usuarios viejos"
        ),
        _u(
            "¿Está bien esta función o se puede mejorar?\n\ndef es_bisiesto(a):\n    if a % 4 == 0:\n        return True\n    return False"
        ),
        _u("hazme tests con xUnit para un método que calcula la cuota mensual de un préstamo"),
        _u(
            "¿Qué hace exactamente un índice único compuesto? Quiero que un alumno no pueda inscribirse dos veces al mismo curso"
        ),
        _u(
            "SwiftUI: una pantalla de ajustes con Toggle para notificaciones y un Picker para el idioma, guardado con @AppStorage"
        ),
        _u(
            "Apps Script: cuando se llena el formulario de inscripción al torneo, asignar automáticamente el equipo con menos jugadores"
        ),
        _u(
            "Kotlin: cómo hago una llamada con Ktor client para traer los pedidos y manejar el error si no hay internet"
        ),
        _u(
            "SQL: los clientes que gastaron más de 1000 euros en total el año pasado, ordenados de mayor a menor"
        ),
        _u(
            "Trabajo en recursos humanos y llevo las vacaciones en Excel. Quiero una fórmula que calcule los días hábiles pedidos sin contar los feriados que tengo en otra hoja"
        ),
        _u(
            "manejador de webhook de Twilio en Flask: cuando llega un SMS con 'BAJA', marcar al cliente como dado de baja en la base"
        ),
        _u("React Native: cómo muestro un mapa con los puntos de entrega que vienen de mi API"),
        _u(
            "Power Query: tengo una tabla con meses en columnas (ene, feb, mar...) y la quiero en formato largo con una columna Mes y otra Importe"
        ),
        _u(
            "En nuestro back office en Rails Admin, necesito que los pedidos pendientes se vean en amarillo y un botón para aprobarlos"
        ),
        _u(
            "Go: ¿cómo devuelvo una lista de productos en JSON con paginación y el total en la cabecera X-Total-Count?"
        ),
        _u("Ruby: ¿cómo limpio un array de hashes quitando los que tienen email vacío?"),
        _u("¿Qué significa que un endpoint sea RESTful? ¿/getUsuarios está mal?"),
        _u(
            "script en Python que lee los extractos del banco en PDF... bueno, en CSV, y clasifica los gastos por palabras clave (supermercado, gasolina, etc.)"
        ),
        _u(
            "C# con Entity Framework: ¿cómo hago una migración para renombrar una columna sin perder los datos?"
        ),
        _u("Elixir: cómo valido en un changeset que el teléfono tenga 9 dígitos"),
        _u(
            "Rust: mi función devuelve Result<Vec<Pedido>, sqlx::Error> y no sé cómo manejar el error en el handler de axum"
        ),
        _u(
            "Me sale «TypeError: unsupported operand type(s) for +: 'int' and 'str'» al sumar las ventas del CSV. ¿Por qué?"
        ),
        _u("Dart: ¿cómo hago un modelo con copyWith para un Pedido inmutable?"),
        _u("pandas: quiero las ventas por semana, pero que las semanas empiecen el lunes"),
        _u(
            "Vue 3: un formulario de alta de mascota con nombre, especie, fecha de nacimiento y foto, que envíe todo a mi API"
        ),
        _u(
            "¿Por qué mi test de integración deja datos en la base y falla la segunda vez que lo corro?"
        ),
        _u(
            "Spring Boot: quiero que al borrar un cliente no se borre de verdad, solo se marque como inactivo"
        ),
        _u("TypeScript: cómo hago una función genérica que agrupe un array por una clave"),
        _u(
            "¡Hola! Soy jubilado y estoy aprendiendo Python. Quiero un programa que guarde las lecturas de mi contador de luz cada mes y me diga cuánto gasté. ¿Por dónde empiezo?"
        ),
        _u("MongoDB con Mongoose: cómo hago populate del autor en una lista de artículos"),
        _u(
            "VBA: macro que envía por Outlook un correo a cada cliente con su saldo pendiente, sacado de la hoja"
        ),
        _u(
            "PHP: cómo subo un CSV desde un formulario y meto cada fila en MySQL validando que el email sea correcto"
        ),
        _u(
            "MySQL: ¿cómo actualizo los precios de todos los productos de una categoría subiendo un 8%?"
        ),
        _m(
            "¿Viste lo del eclipse?",
            "¡Sí, fue espectacular en varias zonas! ¿Te puedo ayudar con algo?",
            "jaja sí: necesito una consulta SQL que me diga qué día de la semana vendemos más",
        ),
        _m(
            "Estoy haciendo una app en Flutter para la cooperativa de mi pueblo, para pedir turnos en el tractor compartido.",
            "¡Qué buena idea! ¿Qué backend usas?",
            "Firebase. Quiero que en el calendario se vean los días ya ocupados en gris",
        ),
        _m(
            "Hazme un endpoint en FastAPI para crear tareas.",
            "Aquí tienes POST /tareas con el modelo Pydantic: ...",
            "ahora el PUT para marcarla como hecha y que devuelva 404 si no existe",
        ),
        _m(
            "¿Cómo funciona map en JavaScript?",
            "Recorre el array y devuelve uno nuevo con el resultado de la función para cada elemento.",
            "entonces, ¿cómo saco solo los nombres de esta lista de usuarios que viene de la API?",
        ),
        _m(
            "¿Qué es una transacción en base de datos?",
            "Un grupo de operaciones que se aplican todas o ninguna.",
            "vale, ¿y cómo la uso en Laravel al crear un pedido con sus líneas?",
        ),
        _m(
            "Necesito ayuda para escribir un discurso de boda",
            "¡Claro! ¿Para quién es?",
            "espera, primero esto que me urge: mi app de Android se cierra al abrir el detalle del producto, en el log sale NullPointerException en onBindViewHolder",
        ),
        _m(
            "Tengo un bot de Slack para el equipo de soporte.",
            "¿En qué lenguaje está?",
            "Node con Bolt. Quiero que el comando /ticket cree una fila en nuestra tabla de incidencias en Postgres",
        ),
        _m(
            "Crea la tabla de reservas de un hotel pequeño en Postgres.",
            "Aquí está: reservas(id, habitacion_id, huesped, entrada, salida, estado) ...",
            "¿y cómo evito en la base que se solapen dos reservas de la misma habitación?",
        ),
        _m(
            "¿Por qué mi test de React dice 'not wrapped in act(...)'?",
            "Suele pasar cuando el estado cambia después del test, por ejemplo tras una petición.",
            "¿entonces uso waitFor? muéstrame con mi componente ListaClientes",
        ),
        _m(
            "En SwiftUI tengo una lista de gastos.",
            "¿Qué quieres añadir?",
            "que al deslizar se pueda editar y borrar, y que pida confirmación al borrar",
        ),
        _m(
            "Tenemos un panel de administración hecho en Angular para la academia.",
            "¿Qué necesitas?",
            "exportar la lista de alumnos filtrada a Excel",
        ),
        _s(
            "Eres el asistente de programación integrado en el editor. Responde breve.",
            "genera un serializer de DRF para Factura con sus líneas anidadas, de solo lectura",
        ),
        _s(
            "Eres un tutor de programación para estudiantes de bachillerato.",
            "¿qué diferencia hay entre una lista y un diccionario en Python? lo necesito para guardar las notas de mis compañeros",
        ),
        _s(
            "Eres el asistente interno de Panadería La Espiga para la administración.",
            "Quiero una fórmula en Google Sheets que me diga cuántos kilos de harina necesito según los pedidos del día",
        ),
        _s(
            "You are an AI coding agent with repository access.",
            "Añade validación al endpoint POST /api/citas: la fecha no puede ser pasada y la duración máxima es 2 horas. Incluye tests",
        ),
        _s(
            "Eres un revisor de código.",
            "const total = carrito.map(p => p.precio * p.cantidad).reduce((a, b) => a + b)\n\n¿algún problema con esto?",
        ),
        _s(
            "Eres un asistente para analistas que usan Excel.",
            "En Power Query, ¿cómo combino dos tablas de clientes y me quedo solo con los que están en la primera y no en la segunda?",
        ),
        _s(
            "Eres el soporte de la API de facturación FacturaYa.",
            "Cuando una factura se paga me llega un webhook. ¿Cómo compruebo en PHP que no la he procesado ya antes de marcarla como cobrada?",
        ),
        _s(
            "Eres un asistente de código.",
            "Escribe una función en Go que valide un DNI español",
            "Aquí tienes la función con la letra de control: ...",
            "ahora escribe tests de tabla para ella",
        ),
        _s(
            "Eres Copilot en Visual Studio.",
            "System.InvalidOperationException: Sequence contains no elements en la línea var cliente = clientes.First(c => c.Id == id); ¿qué hago?",
        ),
        _u(
            "Apps Script: cómo ordenar automáticamente la hoja por fecha cada vez que se añade una fila"
        ),
        _u("consulta para sacar la media de notas por alumno y marcar 'aprobado' si es 5 o más"),
        _u("¿qué es un 'seeder' en Laravel y cómo lleno la tabla de provincias?"),
        _u("Prisma: ¿cómo borro un usuario y todos sus posts a la vez?"),
        _u(
            "Express: ¿cómo hago un middleware que valide el body con Zod y devuelva 400 con los errores?"
        ),
        _m(
            "Tengo este componente de lista de tareas en React.",
            "¿Qué quieres cambiar?",
            "que se guarden en localStorage y se carguen al abrir",
        ),
        _m(
            "Escríbeme un trigger en MySQL que guarde el precio anterior cuando se cambia un producto.",
            "Aquí tienes un AFTER UPDATE que inserta en historial_precios: ...",
            "¿y si solo quiero guardar cuando el precio cambia de verdad?",
        ),
        _m(
            "¿Qué opinas de Python frente a JavaScript para empezar?",
            "Los dos son buenas opciones; Python suele ser más legible para empezar.",
            "vale. Entonces en Python: ¿cómo leo un Excel de notas y saco la media de cada alumno?",
        ),
        _m(
            "Mi endpoint DELETE /productos/:id devuelve 200 aunque no exista el producto.",
            "¿Qué devuelve el ORM cuando no encuentra nada?",
            "Sequelize devuelve 0 en destroy",
        ),
        _s(
            "Eres el asistente técnico de la tienda online Moda Ribera.",
            "Necesito una consulta para sacar los productos con devoluciones más frecuentes este trimestre",
        ),
        _s(
            "Eres un asistente que ayuda a escribir pruebas.",
            "Tests con RSpec para el modelo Reserva: no puede tener fecha de salida antes de la de entrada",
        ),
    ],
    "ja": [
        _u(
            "会員一覧を新しい登録順に並べて、住所の市区町村で検索できるようにしたいです。いまはRailsのindexで全件出してるだけです"
        ),
        _u(
            "Flutterで、郵便番号を入れたら住所が自動で入るフォームを作りたい。APIは外部のものを使う予定"
        ),
        _u(
            "Excelの顧客リストで、全角と半角が混ざった電話番号を全部半角・ハイフンなしに揃えるPythonスクリプトをお願いします"
        ),
        _u(
            'Laravelで「Attempt to read property "name" on null」って出るんですが、なんでですか？ $order->customer->name のところです'
        ),
        _u(
            "この関数、レビューお願いします\n\nfunction calcTax(price) {\n  return Math.floor(price * 1.1);\n}\n\n軽減税率の商品もあるんですが…"
        ),
        _u(
            "pytestで、ポイント計算の関数(購入金額の1%、会員ランクがゴールドなら2%)のテストを書いてください"
        ),
        _u(
            "外部キー制約ってつけないとダメですか？うちの既存システム、どのテーブルにもついてないんですが"
        ),
        _u("SwiftUIで家計簿アプリ。月ごとにセクション分けしたListで支出を表示したいです"),
        _u(
            "GASで、スプレッドシートの「締切」列が今日から3日以内の行を毎朝チャットワークに通知したい"
        ),
        _u("Kotlin Composeで、商品一覧から複数選択して一括削除する画面を作りたい"),
        _u("SQLで、部署ごとに一番給与の高い社員を出すクエリ (PostgreSQL)"),
        _u(
            "小さな歯科医院の受付をしています。予約をスプレッドシートで管理していて、同じ時間に二重で入ったら色が変わるようにしたいです"
        ),
        _u(
            "Stripeのwebhookを受けて、サブスクがキャンセルされたらユーザーのplanをfreeに戻す処理をNext.jsのroute handlerで書きたい"
        ),
        _u("React Nativeでカメラで撮ったレシートの画像をサーバーに送る方法を教えてください"),
        _u(
            "Power Queryで、複数のCSVを結合したらヘッダー行が途中に何回も入ってしまいます。消し方は？"
        ),
        _u("社内の管理画面(Django admin)で、申請一覧に「承認」「却下」ボタンを付けたい"),
        _u("Goでecho使ってます。リクエストのバリデーションエラーを日本語メッセージで返したいです"),
        _u("RubyでCSVを読み込んで、金額列の合計を店舗ごとに出すスクリプト"),
        _u("204 No Content と 200 OK、削除APIではどっちを返すのが普通ですか？"),
        _u(
            "基幹システムから出力される固定長のテキストファイルをCSVに変換するスクリプトを書いてほしいです"
        ),
        _u("C#のDapperで、INサブクエリに配列を渡すにはどうすれば？"),
        _u("Elixir Phoenixで、記事一覧にタグで絞り込む機能を追加したい"),
        _u("Rustのserdeで、JSONのキーがキャメルケースのときに構造体はスネークケースにしたい"),
        _u(
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x82 in position 0 が出ます。取引先からもらったCSVを読んでるだけなんですが"
        ),
        _u("Dartで、DateTimeを「2024年5月1日(水)」みたいに表示する方法"),
        _u("pandasで、売上データの欠損している日を0で埋めて日次の連続データにしたい"),
        _u("Nuxtでお問い合わせフォームを作っていて、送信後にサンクスページに飛ばしたいです"),
        _u("テストが日付によって落ちたり通ったりします。月末だけ落ちる。なんで？"),
        _u("Spring BootのJPAで、論理削除したレコードを自動で検索から除外する方法"),
        _u(
            "TypeScriptで、APIから来る status が 'active' | 'paused' | 'closed' のどれかだけ許す型を作りたい"
        ),
        _u(
            "はじめまして、経理担当です。VBAで、請求書シートを取引先ごとにPDF保存するマクロを作りたいのですが、ファイル名に取引先名を入れるにはどうすれば"
        ),
        _u("MongoDBで、ネストした配列の中の特定要素だけ更新したい (orders.items の数量)"),
        _u("PHPでセッションにカートの中身を保存して、数量を変更できるようにしたい"),
        _u("MySQLで、重複したメールアドレスの会員を一覧で出すSQL"),
        _m(
            "お疲れさまです、今日は寒いですね",
            "お疲れさまです！本当に冷えますね。何かお手伝いできることはありますか？",
            "はい、スプレッドシートで、シフト表から各自の月の勤務時間を集計する関数を教えてください",
        ),
        _m(
            "町内会のイベント出欠をFlutterアプリで管理しようとしてます。",
            "いいですね。データはどこに保存しますか？",
            "Firestoreです。イベントごとの参加人数を一覧に出したい",
        ),
        _m(
            "FastAPIで書籍のCRUDを作って。",
            "Book モデルとルーターを作りました: ...",
            "ISBNで重複登録しようとしたら409を返すようにして",
        ),
        _m(
            "JavaScriptのfilterとfindの違いは？",
            "filterは条件に合う全要素の配列、findは最初の1件を返します。",
            "じゃあ在庫が0の商品を全部消したいときはfilterですね？コード書いてみて",
        ),
        _m(
            "N+1問題って何ですか？",
            "一覧で1回、各行の関連データで N 回クエリが走る状態です。",
            "Railsでincludesを使えば解決します？うちの注文一覧で試したい",
        ),
        _m(
            "旅行の持ち物リスト作ってもらえますか",
            "もちろん、どこへ何泊ですか？",
            "あ、やっぱり先にこっち。Node.jsで「Cannot set headers after they are sent to the client」が出る",
        ),
        _m(
            "LINE公式アカウントのbotで予約を受け付けています。",
            "どの言語で実装していますか？",
            "Python(Flask)です。予約メッセージが来たらDBに保存して、確認の返信をしたい",
        ),
        _m(
            "顧客テーブルを作りたい",
            "こちらでどうでしょう: customers(id, name, email, phone, created_at)",
            "法人と個人を分けたいので、種別と会社名も追加して",
        ),
        _m(
            "Vitestでモックの使い方がよくわからない",
            "vi.mock でモジュールごと、vi.fn で関数単体を置き換えられます。",
            "fetchOrders を呼ぶ関数のテストを例で見せて",
        ),
        _m(
            "SwiftUIで作ったToDoアプリがあります",
            "何を追加しますか？",
            "期限切れのタスクを赤く表示して、並びを期限順にしたい",
        ),
        _m(
            "社内の備品管理画面はVueとLaravelで作ってます。",
            "どんな機能が必要ですか？",
            "貸出中の備品を一覧で出して、返却ボタンで返却日を記録したい",
        ),
        _s(
            "あなたはIDEに組み込まれたコーディングアシスタントです。簡潔に答えてください。",
            "このテーブル定義からPrismaのスキーマを書いて: shops(id, name, prefecture, opened_on)",
        ),
        _s(
            "あなたはプログラミング初心者向けの先生です。やさしく説明してください。",
            "SQLのJOINって何ですか？生徒テーブルとクラステーブルで例を見せてほしいです",
        ),
        _s(
            "あなたは「さくら工務店」の社内業務アシスタントです。",
            "見積シートで、材料単価と数量から小計・消費税・合計を出す式を入れてほしい",
        ),
        _s(
            "You are a coding agent working inside the user's repository.",
            "ユーザー一覧APIにメールアドレスでの部分一致検索を追加して、既存のテストも直してください",
        ),
        _s(
            "あなたはコードレビュアーです。",
            "def add_item(item, items=[]):\n    items.append(item)\n    return items\n\nカート機能で使ってますが問題ありますか？",
        ),
        _s(
            "あなたはExcel・Power Queryの専門家です。",
            "Power Queryで、取引先マスタと売上を結合して、マスタにない取引先だけ抽出したい",
        ),
        _s(
            "あなたは決済サービス「PayNami」のサポート担当です。",
            "決済完了のWebhookを受け取ったらRubyで注文を更新したいのですが、同じ通知が2回来た場合の対処は？",
        ),
        _s(
            "あなたはプログラミングアシスタントです。",
            "Pythonでマイナンバーのチェックデジットを計算する関数を書いて",
            "こちらが関数です（ダミー番号でのテスト付き）: ...",
            "ついでにDjangoのフォームバリデーションに組み込む方法も",
        ),
        _s(
            "あなたはGitHub Copilotです。",
            "java.time.format.DateTimeParseException: Text '2024/05/01' could not be parsed at index 4 と出ます",
        ),
        _s(
            "あなたはAndroid開発のアシスタントです。",
            "Roomで、あるカテゴリの商品件数をFlowで監視する方法を教えて",
        ),
        _u("GASでフォームの回答に通し番号を自動で振りたい"),
        _u("Expressで、存在しないIDのときに404をJSONで返すにはどうする？"),
        _u("Eloquentのwithとloadの違いは何ですか"),
        _u("Prismaで、注文と明細をトランザクションでまとめて作成したい"),
        _m(
            "さっきのDjangoのモデル、いい感じです",
            "ありがとうございます。次は何をしましょう？",
            "一覧画面で、ステータスごとの件数を上に表示したい",
        ),
        _m(
            "SQLでLIKE検索してます",
            "どんな検索ですか？",
            "商品名に「セット」を含むものを探してるけど、全角と半角のカタカナが混ざってて引っかからない",
        ),
        _m(
            "最近ラーメンにハマってます",
            "いいですね！好きな系統はありますか？",
            "家系です笑 ところで、GASで毎月1日にシートをコピーして月名を付けるのってできます？",
        ),
        _m(
            "このテスト、たまに落ちるんです: expect(getToday()).toBe('2024-05-01')",
            "getTodayが実行時の日付を返しているなら、日付が変わると落ちます。",
            "じゃあどう書けばいいですか？",
        ),
        _s(
            "あなたはECサイト「ことり雑貨」の開発チームのアシスタントです。",
            "在庫が5個以下になった商品の一覧を管理画面に出したい。Laravelのコントローラとビューで",
        ),
        _s(
            "あなたはテストコード作成の専門家です。",
            "Goで、送料計算関数のテーブル駆動テストを書いてください。離島は+1000円",
        ),
    ],
    "zh": [
        _u(
            "会员列表要按注册时间倒序显示，还要能按城市搜索。后端是 Spring Boot + MyBatis，帮我写一下 mapper 和接口"
        ),
        _u("Flutter 里怎么做一个带搜索框的联系人列表，输入的时候实时过滤？"),
        _u(
            "我有个 Excel，里面的日期格式乱七八糟（2024/1/5、2024年1月5日、20240105），用 Python 怎么统一成 2024-01-05？"
        ),
        _u(
            '为什么 Django 报 "django.db.utils.OperationalError: no such column: shop_product.discount"？我刚在 model 里加了这个字段'
        ),
        _u(
            "帮我看看这个函数有没有问题\n\nfunc Sum(nums []int) int {\n    total := 0\n    for i := 1; i < len(nums); i++ {\n        total += nums[i]\n    }\n    return total\n}"
        ),
        _u("用 Jest 给这个函数写单元测试：formatPhone('13800138000') 返回 '138 0013 8000'"),
        _u("数据库里的索引是干什么用的？订单表的 user_id 需要加索引吗？"),
        _u("SwiftUI 怎么做一个记账页面，输入金额、选分类、选日期，保存到 SwiftData"),
        _u("用 Google Apps Script，表格里库存低于 10 的商品每天早上发邮件提醒采购"),
        _u("Kotlin Compose 里怎么实现下拉刷新和上拉加载更多的商品列表？"),
        _u("MySQL 查询：每个班级成绩前三名的学生"),
        _u("我是小超市老板，用 Excel 记进货和销售。想要一个公式，自动算出每种商品的当前库存"),
        _u("企业微信的回调消息怎么用 Node 接收并存到 MongoDB？"),
        _u("React Native 里表单怎么做校验？手机号 11 位，密码至少 6 位"),
        _u("Power Query 里怎么把一列“省-市-区”拆成三列？"),
        _u(
            "我们的后台管理系统是 Vue + Element Plus，订单表格想加一个按状态筛选和导出 Excel 的功能"
        ),
        _u("Go 用 gin 写个接口：POST /api/feedback，接收用户反馈存到 Postgres，内容不能为空"),
        _u("Ruby 里怎么把一个哈希数组按某个字段分组统计数量？"),
        _u("HTTP 状态码 500 和 502 有什么区别？我的接口老是返回 502"),
        _u(
            "写个 Python 脚本，把文件夹里所有的 Word 报名表里的姓名、电话、学校提取出来汇总到一个 Excel"
        ),
        _u("C# 里用 EF Core 怎么做分页查询并返回总条数？"),
        _u("Rust 里用 rusqlite 插入一条记录并拿到自增 id"),
        _u(
            "报错：TypeError: Cannot read properties of undefined (reading 'length')，出错的是 this.list.length，list 是接口返回的"
        ),
        _u("Dart 里怎么把 JSON 字符串转换成对象，字段有可能为空"),
        _u("pandas 怎么按月份统计每个门店的销售额，并且门店作为列？"),
        _u("TypeScript 里 interface 和 type 定义接口返回数据，用哪个好？"),
        _u("单元测试里要不要连真的数据库？我们组里意见不一样"),
        _u(
            "你好，我是做行政的，不太懂代码。公司用飞书表格登记会议室预约，能不能写个公式检查同一个会议室时间有没有冲突？"
        ),
        _u("VBA 宏：把工作表里每个部门的数据分别另存为单独的工作簿"),
        _u("PHP 里怎么把表单上传的 Excel 读出来插入数据库？用 PhpSpreadsheet"),
        _u("SQL Server 里怎么把一个逗号分隔的字符串字段拆成多行？"),
        _m(
            "今天心情不错",
            "那太好了！有什么我可以帮你的吗？",
            "哈哈，有的。Python 里怎么读一个 CSV，把金额那一列加起来？",
        ),
        _m(
            "我在用 Flutter 做一个宠物医院的预约 App。",
            "不错！后端用的是什么？",
            "Supabase。我要查某个医生某天已经被约的时间段",
        ),
        _m(
            "用 NestJS 帮我写一个文章的增删改查。",
            "好的，这是 entity、DTO、service 和 controller：...",
            "再加个按标题模糊搜索和分页",
        ),
        _m(
            "什么是 ORM 的懒加载？",
            "访问关联对象时才去查数据库，而不是一开始就查出来。",
            "那我在 Hibernate 里遍历订单的时候每个订单都查一次用户，这个要怎么改？",
        ),
        _m(
            "周末去哪玩比较好？",
            "你在哪个城市呢？",
            "算了先不说这个。Spring Boot 启动报 Failed to configure a DataSource: 'url' attribute is not specified，怎么回事",
        ),
        _m(
            "我们公司用钉钉审批。",
            "需要做什么集成吗？",
            "审批通过后回调我们的接口，用 Java 把审批单写到报销表里",
        ),
        _m(
            "帮我建一个学生表。",
            "CREATE TABLE students (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(50), class_id INT, ...)",
            "再建一个成绩表，跟学生表和课程表关联",
        ),
        _m(
            "Vitest 的 beforeEach 有什么用？",
            "每个测试执行前运行，用来重置数据或 mock。",
            "那帮我给购物车的 addItem 和 removeItem 写测试，每个测试前清空购物车",
        ),
        _m(
            "SwiftUI 里我有一个商品列表页",
            "想加什么功能？",
            "点右上角的加号弹出表单新增商品，保存后列表刷新",
        ),
        _m(
            "我们的仓库后台是 React + Ant Design。",
            "需要什么功能？",
            "入库单列表，能按日期范围查询，点击查看明细",
        ),
        _s(
            "你是集成在 IDE 里的编程助手，回答要简短。",
            "根据这个表生成 GORM 的 model：coupons(id, code, discount, expire_at, used)",
        ),
        _s(
            "你是面向编程新手的老师，请通俗地解释。",
            "主键和外键到底有什么区别？用图书馆借书举个例子",
        ),
        _s(
            "你是“鲜丰果园”公司的内部办公助手。",
            "帮我写个 WPS 表格公式，根据水果的进价和损耗率算出建议售价",
        ),
        _s(
            "You are a coding agent with access to the repo and terminal.",
            "给用户注册接口加上邮箱格式校验和重复邮箱检查，并补上测试用例",
        ),
        _s(
            "你是代码审查助手。",
            "public List<User> findActive(List<User> users) {\n    for (User u : users) {\n        if (!u.isActive()) users.remove(u);\n    }\n    return users;\n}\n\n运行时报 ConcurrentModificationException",
        ),
        _s(
            "你是 Excel 和 Power Query 专家。",
            "Power Query 合并了十二个月的销售表，怎么加一列显示每行来自哪个文件？",
        ),
        _s(
            "你是“快递通”开放平台的技术支持。",
            "物流状态变更的推送我用 PHP 接收，怎么校验签名然后更新订单的物流状态？",
        ),
        _s(
            "你是编程助手。",
            "写一个 JS 函数校验统一社会信用代码",
            "好的，这是带校验位计算的函数：...",
            "顺便在 Vue 表单里用上，不合法就显示红字提示",
        ),
        _s(
            "你是 Copilot。",
            "sqlalchemy.orm.exc.DetachedInstanceError: Instance <Order at 0x...> is not bound to a Session 这个怎么解决？",
        ),
        _u("Apps Script 怎么把表格里的数据做成一个简单的 JSON 接口给小程序用？"),
        _u("Postgres 里怎么查出连续三天都有登录的用户？"),
        _u("Express 里怎么统一处理错误，返回 {code, message} 格式？"),
        _u("小程序云开发里怎么批量更新一个集合里所有 status 为 0 的记录？"),
        _u("Laravel 里 hasMany 查询的时候怎么只取每个用户最新的一条订单？"),
        _m(
            "你帮我写的那个导入脚本能跑了",
            "太好了！还有什么需要调整的吗？",
            "有些行手机号是空的，跳过它们并把行号打印出来",
        ),
        _m("Vue 里 v-model 绑定表单", "需要做什么？", "编辑用户信息的时候，点取消要恢复成原来的值"),
        _m(
            "最近在学吉他",
            "很棒！学了多久了？",
            "两个月。对了，Excel 怎么用公式把姓名和工号拼成“张三(1024)”这种格式？",
        ),
        _s("你是“好邻居”社区团购平台的开发助手。", "写个 SQL，查出每个团长本周的订单数和销售额"),
        _s(
            "你是专门写测试的助手。",
            "用 JUnit 5 给 OrderService 的 cancelOrder 方法写测试，已发货的订单不能取消",
        ),
    ],
    "en": [
        _u(
            "the members list should show newest first and let me search by town. it's a little Flask app for our walking club, here's the route:\n\n@app.route('/members')\ndef members():\n    rows = db.execute('SELECT * FROM members').fetchall()\n    return render_template('members.html', rows=rows)"
        ),
        _u(
            "Flutter: how do I show a loading spinner while my FutureBuilder fetches the bookings, and an error message with a retry button if it fails?"
        ),
        _u(
            "I have a spreadsheet of 4k donor addresses where the postcode is sometimes in the address line and sometimes in its own column. Python script to pull it out into one clean column?"
        ),
        _u(
            'why does Rails say "ActiveRecord::RecordNotUnique: PG::UniqueViolation" when I import the same product twice? I thought find_or_create_by handled that'
        ),
        _u(
            "is this function ok? it's for splitting the bill at our team lunches\n\ndef split(total, people):\n    return round(total / people, 2)"
        ),
        _u(
            "write pytest tests for a function that parses '1h 30m' style durations into minutes, include garbage input"
        ),
        _u("what does a 422 actually mean vs a 400? our API returns 400 for everything"),
        _u(
            "SwiftUI: I want a search bar on top of my recipes list that filters by name and ingredient"
        ),
        _u(
            "Apps Script: when a row in the 'Leads' sheet gets 'Won' in column F, copy it to the 'Customers' sheet and send a welcome email"
        ),
        _u(
            "Jetpack Compose: a form to add a plant to my watering app, name + how often to water (days) + photo from gallery, saved in Room"
        ),
        _u("SQL (Postgres): customers whose last order was more than 90 days ago, with that date"),
        _u(
            "I'm a school admin, not a coder. We track library loans in Google Sheets. Can I get a formula that shows 'OVERDUE' when the return date is past and the book isn't back?"
        ),
        _u(
            "webhook handler in Express for Calendly invitee.created — insert the booking into our Postgres and ignore duplicates"
        ),
        _u(
            "React Native: keyboard covers the bottom inputs on my signup screen on Android, how do I fix that?"
        ),
        _u(
            "Power Query: combine all the monthly timesheet files in a SharePoint folder and keep only rows where hours > 0"
        ),
        _u(
            "Our back-office tool is Retool on top of Postgres. I need a query for the 'refund requests' table that shows pending ones older than 48h first"
        ),
        _u(
            "Go: read a CSV of stock levels and upsert them into SQLite, skipping rows where the SKU is empty"
        ),
        _u(
            "C#: quick question, is it bad to call SaveChanges() inside a foreach loop when importing 5000 rows?"
        ),
        _u(
            "panic: runtime error: invalid memory address or nil pointer dereference — happens in my handler when the JSON body has no 'address' field. why?"
        ),
        _u(
            "Elixir: how do I write an Ecto query that counts orders per customer and only returns those with more than 5?"
        ),
        _u(
            'Rust: derive a struct from this JSON and deserialize it with serde_json — {"id": 4, "title": "Fix gate", "done": false, "tags": ["garden"]}'
        ),
        _u(
            "Django REST: nested serializer for an invoice with its line items, and I want create() to save both"
        ),
        _u(
            "Laravel: my form keeps losing the old input when validation fails, how do I repopulate it?"
        ),
        _u(
            "what's the difference between a unit test and an integration test for a repository class that talks to the DB?"
        ),
        _u(
            "TS: type for a function that takes an array of orders and returns a Record<status, Order[]>"
        ),
        _u(
            "Retired accountant here, learning VBA for fun. I want a macro that goes down column A and highlights any invoice number that appears twice"
        ),
        _u("mongoose: how do I make a field unique but only among non-deleted documents?"),
        _u(
            "PHP: generate a CSV download of the filtered orders in our admin page without saving a file on disk"
        ),
        _u(
            "Dart: how do I debounce a TextField so my search only calls the API after the user stops typing?"
        ),
        _u(
            "pandas: I need to reshape a wide table (one column per week) into long format for a chart"
        ),
        _m(
            "hey, random q — best way to keep basil alive indoors?",
            "Lots of light, water when the top of the soil is dry, and pinch off flowers.",
            "cool thanks. ok actually work stuff: I need a SQL query that shows each warehouse's stock value (qty * unit_cost)",
        ),
        _m(
            "I'm building a Flutter app for my kid's football club to track who's bringing snacks each week.",
            "Nice! How are you storing the rota?",
            "Firestore. How do I let a parent claim a week so nobody else can grab it?",
        ),
        _m(
            "Give me a CRUD API for 'vehicles' in FastAPI with SQLModel.",
            "Here's the model, the session dependency and the routes: ...",
            "now add filtering by make and year range on the list endpoint",
        ),
        _m(
            "What does `JOIN ... USING` do?",
            "It joins on columns with the same name in both tables and outputs that column once.",
            "ok so rewrite this with USING: SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id",
        ),
        _m(
            "Can you proofread my cover letter later?",
            "Of course, send it whenever you're ready.",
            "will do. first though, my Jest test says 'Cannot use import statement outside a module' — what's going on?",
        ),
        _m(
            "I have a Slack slash command /lunch that people use to order.",
            "What's it built with?",
            "a Cloud Function in Node. I want each order saved to a Google Sheet with the name and time",
        ),
        _m(
            "Vitest: how do I fake timers?",
            "vi.useFakeTimers() and then vi.advanceTimersByTime(ms).",
            "test my reminder function that should fire after 10 minutes then",
        ),
        _m(
            "SwiftUI app for logging my runs",
            "What do you want to add?",
            "a stats screen: total km this week and this month, from the saved runs",
        ),
        _s(
            "You are an IDE coding assistant. Be concise.",
            "generate a Spring Data repository for Ticket with a method to find open tickets by assignee, newest first",
        ),
        _s(
            "You are a patient programming tutor for adult beginners.",
            "what's the point of a foreign key if I could just store the customer's name in the orders table?",
        ),
        _s(
            "You are the internal helpdesk bot for Brightwater Dental Supplies.",
            "I need a Google Sheets formula that pulls the supplier price from the 'Catalogue' tab by product code, and shows blank if it's missing",
        ),
        _s(
            "You are an autonomous coding agent in the user's repository.",
            "Add a `deleted_at` soft-delete to the Comment model, exclude deleted comments from the list endpoint, and update the tests.",
        ),
        _s(
            "You are a friendly code reviewer.",
            "function getAge(user) {\n  return 2024 - user.birthYear\n}\n\nused on the profile page, anything wrong?",
        ),
        _s(
            "You are a support assistant for the Parcelly shipping API.",
            "When I get the `shipment.delivered` webhook, how do I mark the order as delivered in my Django app safely if the webhook is retried?",
        ),
        _s(
            "You are a coding assistant.",
            "Write a Kotlin function that validates a UK postcode",
            "Here you go, a regex-based validator with a few test cases: ...",
            "now wire it into my Compose form so the Save button stays disabled until it's valid",
        ),
        _s(
            "You are GitHub Copilot.",
            "ORA-00942: table or view does not exist — but I can see the table in SQL Developer. The app connects as a different user, does that matter?",
        ),
        _u("Apps Script: auto-number new rows in the 'Tickets' sheet as T-0001, T-0002..."),
        _u(
            "why is my test flaky? it checks the order of results from `SELECT name FROM users` without ORDER BY"
        ),
        _u("prisma: findMany with include, but only the 3 latest comments per post"),
        _u(
            "Java: how do I map a ResultSet row to my Customer record without writing every getString by hand? no Hibernate allowed on this project"
        ),
        _u(
            "quick one: Ruby on Rails, how do I add a 'status' enum to Order with pending/shipped/cancelled and default pending?"
        ),
        _m(
            "Here's my model: class Booking(models.Model): room = FK(Room); start = DateTimeField(); end = DateTimeField()",
            "Got it. What do you need?",
            "a query for rooms that are free between two datetimes",
        ),
        _m(
            "can you make that Google Sheets formula ignore blank rows?",
            "Which formula — the SUMIFS for the monthly totals?",
            "yeah that one",
        ),
        _m(
            "lol my cat just walked across the keyboard and deleted half my code",
            "Ha! Hopefully you have version control. Anything I can help restore?",
            "nah it's fine, git saved me. but while you're here: why does my Kotlin data class not update the UI when I change a field inside a list?",
        ),
        _m(
            "I wrote a function that dedupes contacts by email.",
            "Want me to review it or extend it?",
            "write tests for it, especially case differences and trailing spaces",
        ),
        _s(
            "You are the dev assistant for Harborview Property Management's internal tools.",
            "I need an endpoint that lists maintenance requests by building, open ones first, with a filter for urgency",
        ),
        _s(
            "You help people automate spreadsheets.",
            "VBA: loop through every sheet and add a total row at the bottom of column D",
        ),
    ],
    "de": [
        _u(
            "Die Mitgliederliste soll die Neuesten zuerst zeigen und man soll nach Wohnort suchen können. Das ist eine kleine Laravel-App für unseren Sportverein"
        ),
        _u(
            "Flutter: Wie mache ich ein Formular für Schadensmeldungen mit Foto, Beschreibung und Standort, das an unsere REST-API geschickt wird?"
        ),
        _u(
            "Ich hab eine Excel-Liste mit Kundennummern, bei manchen fehlen die führenden Nullen. Python-Skript, das alles auf 8 Stellen auffüllt?"
        ),
        _u(
            'Warum kommt bei Symfony „An exception occurred while executing a query: SQLSTATE[23502]: Not null violation: null value in column "kunde_id"“? Im Formular ist der Kunde doch ausgewählt'
        ),
        _u(
            "Passt diese Funktion so? Soll prüfen, ob ein Termin am Wochenende liegt\n\nfunction istWochenende(datum) {\n  const t = datum.getDay();\n  return t == 6 || t == 7;\n}"
        ),
        _u(
            "Schreib mir JUnit-Tests für eine Methode, die aus einem Bruttopreis den Nettopreis bei 19 % und 7 % MwSt. berechnet"
        ),
        _u(
            "Was ist eigentlich der Unterschied zwischen einem INNER JOIN und einem LEFT JOIN? Ich verwechsle das immer"
        ),
        _u(
            "SwiftUI: Liste mit Einkaufsartikeln, abhaken per Tap, abgehakte Artikel nach unten sortieren"
        ),
        _u(
            "Apps Script: Wenn im Sheet „Bestellungen“ eine neue Zeile dazukommt, soll eine Mail ans Lager gehen mit Artikel und Menge"
        ),
        _u(
            "Kotlin/Compose: Ich will die Liste der Termine aus Room anzeigen und nach Datum gruppieren mit einer Überschrift pro Tag"
        ),
        _u("SQL: Umsatz pro Kunde im letzten Quartal, nur Kunden über 5.000 €, absteigend"),
        _u(
            "Ich bin Erzieherin und wir verwalten die Essensanmeldungen der Kita in Excel. Gibt es eine Formel, die pro Tag zählt, wie viele Kinder vegetarisch essen?"
        ),
        _u(
            "Webhook-Handler in Python (FastAPI) für Shopware: bei order.placed die Bestellung in unsere Warenwirtschaft-Datenbank schreiben"
        ),
        _u(
            "React Native: Wie lade ich eine PDF-Rechnung von der API herunter und öffne sie auf dem Handy?"
        ),
        _u(
            "Power Query: Zwei Spalten „Straße“ und „Hausnummer“ zusammenfügen, aber nur wenn Hausnummer nicht leer ist"
        ),
        _u(
            "Unser Admin-Panel ist in Django gebaut. Ich brauche eine Massenaktion, die ausgewählte Rechnungen als PDF in einer ZIP-Datei herunterlädt"
        ),
        _u(
            "Go: Wie gebe ich bei einem ungültigen JSON-Body ein sauberes 400 mit Fehlermeldung zurück statt einem 500?"
        ),
        _u(
            "Ruby: Skript, das eine CSV mit Seminaranmeldungen einliest und pro Seminar die Teilnehmerzahl ausgibt"
        ),
        _u("Was bedeutet der HTTP-Status 201 und muss ich da den Location-Header setzen?"),
        _u(
            "Ein kleines Skript, das unsere DATEV-Exportdatei (CSV, Semikolon, ISO-8859-1) in UTF-8 mit Komma umwandelt"
        ),
        _u(
            "C# / ASP.NET Core: Minimal API für Lagerplätze mit GET, POST, PUT, DELETE und EF Core InMemory zum Testen"
        ),
        _u("Elixir: Wie mache ich in Phoenix eine Paginierung für die Produktliste?"),
        _u(
            "Rust: Wie schreibe ich einen Test für eine Funktion, die eine Konfigurationsdatei einliest, ohne echte Datei?"
        ),
        _u(
            "„TypeError: Object of type datetime is not JSON serializable“ — kommt, wenn ich die Buchungen über meine Flask-API zurückgebe. Wieso?"
        ),
        _u(
            "Dart: Wie sortiere ich eine Liste von Mitarbeitern erst nach Abteilung, dann nach Nachname?"
        ),
        _u("pandas: Aus einer Spalte mit „Müller, Hans“ zwei Spalten Nachname und Vorname machen"),
        _u(
            "Vue: Wie zeige ich im Formular einen Hinweis, wenn der Benutzername schon vergeben ist (Check per API beim Verlassen des Feldes)?"
        ),
        _u(
            "Mein Test schlägt nur auf dem Build-Server fehl, lokal läuft er. Er vergleicht Dezimalzahlen als Strings („3,50“). Kann das an der Locale liegen?"
        ),
        _u(
            "Spring Boot: Wie validiere ich, dass das Enddatum einer Buchung nach dem Startdatum liegt? Eigene Annotation?"
        ),
        _u(
            "TypeScript: Wie mache ich aus einem Array von Kunden ein Objekt mit der Kundennummer als Schlüssel?"
        ),
        _u(
            "Hallo, ich bin Rentner und verwalte die Vereinskasse mit VBA. Ich möchte, dass das Makro am Monatsende automatisch den Saldo in ein neues Blatt schreibt"
        ),
        _u("MongoDB: Alle Bestellungen der letzten 7 Tage zählen, gruppiert nach Zahlungsart"),
        _u(
            "PHP: Wie prüfe ich serverseitig, ob das Geburtsdatum im Formular ein gültiges Datum ist und die Person mindestens 18?"
        ),
        _m(
            "Na, alles fit?",
            "Alles bestens, danke! Wobei kann ich helfen?",
            "Ich bräuchte eine Google-Sheets-Formel, die mir aus der Zeiterfassung die Überstunden pro Woche ausrechnet",
        ),
        _m(
            "Ich baue mit Flutter eine App für unseren Hofladen, damit Kunden Gemüsekisten vorbestellen können.",
            "Schöne Idee! Welches Backend?",
            "Appwrite. Wie frage ich alle Bestellungen für Freitag ab, sortiert nach Abholzeit?",
        ),
        _m(
            "Mach mir ein CRUD für „Fahrzeuge“ mit NestJS und Prisma.",
            "Hier sind Modul, Service und Controller: ...",
            "jetzt noch, dass das Kennzeichen eindeutig sein muss und beim Duplikat 409 kommt",
        ),
        _m(
            "Was ist eine Transaktion bei Datenbanken?",
            "Mehrere Operationen, die entweder alle oder gar nicht ausgeführt werden.",
            "und wie mach ich das in Django, wenn ich eine Bestellung und die Lagerbuchung zusammen speichern will?",
        ),
        _m(
            "Kannst du mir ein Rezept für Apfelstrudel geben?",
            "Gern! Für den Teig brauchst du ...",
            "danke, später. Jetzt erst: mein Node-Skript meldet „ER_DUP_ENTRY“ beim Import, wie überspringe ich doppelte Zeilen?",
        ),
        _m(
            "Wir haben einen Teams-Bot für Urlaubsanträge.",
            "Womit ist er gebaut?",
            "Power Automate plus eine kleine Azure Function in C#. Die Function soll den Antrag in unsere SQL-Tabelle schreiben",
        ),
        _m(
            "pytest-Fixtures verstehe ich nicht ganz",
            "Fixtures liefern vorbereitete Objekte oder Daten, die Tests als Parameter anfordern.",
            "zeig mal an meiner Funktion berechne_rabatt(kunde), mit einem Stammkunden und einem Neukunden",
        ),
        _m(
            "SwiftUI-App für meine Weinsammlung",
            "Was soll dazukommen?",
            "Filter nach Rebsorte und Jahrgang, und eine Detailansicht zum Bearbeiten",
        ),
        _s(
            "Du bist ein Coding-Assistent in der IDE. Antworte knapp.",
            "erzeug mir eine JPA-Entity für Rechnung (nummer, datum, kunde, positionen, summe) mit den Beziehungen",
        ),
        _s(
            "Du bist ein geduldiger Programmier-Tutor für Azubis.",
            "wozu braucht man einen Index auf einer Spalte? Unser Ausbilder meint, ich soll einen auf die E-Mail-Spalte setzen",
        ),
        _s(
            "Du bist der interne Assistent der Schreinerei Holzwerk Brandt GmbH.",
            "Ich brauche in Excel eine Formel, die aus Länge, Breite und Holzart (Preis aus Tabelle „Preise“) den Materialpreis berechnet",
        ),
        _s(
            "You are a coding agent with access to the repository and a shell.",
            "Füge dem Endpoint GET /api/kunden einen Filter nach PLZ hinzu und schreib einen Test dafür",
        ),
        _s(
            "Du bist ein freundlicher Code-Reviewer.",
            "def durchschnitt(werte):\n    return sum(werte) / len(werte)\n\nwird in unserem Notenrechner benutzt, passt das?",
        ),
        _s(
            "Du bist der Support-Assistent der Buchungs-API „Raumfrei“.",
            "Wie verarbeite ich in PHP den Webhook „booking.cancelled“ und setze die Buchung in meiner Datenbank auf storniert?",
        ),
        _s(
            "Du bist ein Programmierassistent.",
            "Schreib eine Python-Funktion, die eine deutsche IBAN prüft",
            "Hier die Funktion mit Prüfsummenberechnung und ein paar Beispielen: ...",
            "jetzt noch pytest-Tests mit gültigen und ungültigen Beispielen",
        ),
        _s(
            "Du bist GitHub Copilot.",
            "org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: Auftrag.positionen — was heißt das und wie behebe ich es?",
        ),
        _u(
            "Apps Script: Wie erstelle ich aus jeder Zeile der Tabelle ein Google-Doc aus einer Vorlage?"
        ),
        _u("Postgres: Wie finde ich Lücken in den Rechnungsnummern?"),
        _u("Prisma: wie mache ich ein Update nur, wenn der Datensatz noch den Status „offen“ hat?"),
        _m(
            "Hier ist meine Abfrage: SELECT * FROM termine WHERE datum = CURRENT_DATE",
            "Die liefert alle Termine von heute. Was fehlt?",
            "auch die von morgen, und sortiert nach Uhrzeit",
        ),
        _m(
            "Ich hab gestern mit dir das Import-Skript für die Lieferanten gebaut.",
            "Ja, das mit openpyxl und SQLite.",
            "kannst du noch ein Log schreiben lassen, welche Zeilen übersprungen wurden und warum?",
        ),
        _m(
            "Wie war dein Wochenende?",
            "Ich habe kein Wochenende, aber danke der Nachfrage! Wie kann ich helfen?",
            "haha. Ich brauch in Kotlin eine Funktion, die aus einer Liste von Bestellungen die Gesamtsumme pro Kunde macht",
        ),
        _s(
            "Du bist der Entwicklerassistent des Online-Shops Gartenglück.",
            "Ich brauche eine SQL-Abfrage für Artikel, die in den letzten 60 Tagen nie verkauft wurden, aber Bestand haben",
        ),
        _s(
            "Du schreibst Tests für Entwickler.",
            "Jest-Tests für eine Funktion, die Postleitzahlen prüft (genau 5 Ziffern, keine Buchstaben)",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b6", BY_LANG)
