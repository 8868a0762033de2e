"""Seventh batch of `architecture` examples: hand-written, one group per example
("architecture/b7/<lang>/<digest>"). Design questions that show their nature only weakly: business
words from non-architects (stock drift, Monday slowness, offline use, partner platforms), code and
team organisation at scale, vendor and platform choices, integration, recovery, data ownership,
pasted design docs and ADRs to review, short follow-ups inside design chats."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "architecture"

BY_LANG: dict[str, list[Item]] = {
    "fr": [
        _u(
            "Notre site e-commerce et l'entrepôt n'affichent jamais le même stock. Le soir ça se recale, mais en journée on vend des produits qu'on n'a plus. C'est quoi la bonne façon de faire dialoguer les deux ?"
        ),
        _u(
            "Chaque lundi matin tout rame chez nous : l'intranet, l'appli de planning, même les mails internes. Le reste de la semaine ça va. Par où on commence pour comprendre ce qui se passe côté infra ?"
        ),
        _u(
            "On est une chaîne de 40 boulangeries. Aujourd'hui chaque magasin a sa caisse avec sa base locale et on remonte les ventes par clé USB (oui...). On veut centraliser. Quelles sont les grandes options d'organisation ?"
        ),
        _u(
            "je suis gérante d'une agence de voyage, nos conseillers utilisent une appli sur tablette dans les salons et le wifi des hôtels coupe tout le temps. comment l'appli peut continuer à marcher et renvoyer les réservations plus tard sans doublons ?"
        ),
        _u(
            "On aimerait que des partenaires (assureurs, loueurs de voitures) puissent se brancher sur notre plateforme de réservation. Il faut prévoir quoi comme briques avant de leur ouvrir quoi que ce soit ?"
        ),
        _u(
            "Monolithe modulaire ou microservices pour une équipe de 6 devs qui démarre un SaaS de gestion de cabinets vétérinaires ? Soyez honnêtes."
        ),
        _u(
            "C'est quoi concrètement la différence entre orchestration et chorégraphie dans une saga ? On me pose la question en entretien et j'ai une réponse floue."
        ),
        _u(
            "Notre mutuelle a trois services qui gèrent chacun « le client » : adhésion, remboursements, relation client. Chacun a sa table clients et elles divergent. Qui devrait être propriétaire de la donnée client, et comment les autres y accèdent ?"
        ),
        _u(
            "Salut, question bête : pourquoi tout le monde dit qu'un bus d'événements découple les services alors qu'au final tout le monde dépend du format des messages ?"
        ),
        _u(
            "On a 14 applis métier dans la collectivité (état civil, cantine, urbanisme, paie...) qui s'échangent des fichiers CSV par FTP la nuit. La DSI veut « moderniser les échanges ». Vous proposeriez quoi comme trajectoire réaliste sur 3 ans ?"
        ),
        _u(
            "Si notre datacenter de Lyon brûle demain (OVH style), on redémarre en combien de temps ? Honnêtement je ne sais pas. Comment on définit un plan de reprise qui tienne la route pour une PME de 80 personnes ?"
        ),
        _u(
            "Quel est l'intérêt d'un CQRS si on a une seule base Postgres ? J'ai l'impression qu'on complique pour rien."
        ),
        _u(
            "Nous hésitons entre Salesforce, HubSpot et un CRM maison branché sur notre ERP Sage. Au-delà des fonctionnalités, quels critères d'architecture et d'intégration regarder ?"
        ),
        _u(
            "Notre appli mobile de fidélité tombe à chaque campagne SMS : 200 000 personnes ouvrent l'appli en 5 minutes. Comment on absorbe ce genre de pic sans payer des serveurs toute l'année ?"
        ),
        _u(
            "Dans une boîte de 300 devs, vous feriez un monorepo ou un repo par équipe ? On a les deux camps en interne et ça tourne au débat religieux."
        ),
        _u(
            "Les chiffres du tableau de bord de la direction ne collent jamais avec ceux de la compta. Chaque service fait ses extractions. Comment on construit une seule source de vérité pour les indicateurs ?"
        ),
        _u("""Voici notre ADR, j'aimerais un regard critique avant la revue de jeudi :

# ADR-017 : Passage des notifications à une file de messages

## Contexte
Aujourd'hui, le service Commandes appelle en synchrone le service Notifications (email, SMS, push). Quand le fournisseur SMS est lent, la validation de commande prend jusqu'à 8 s et on a eu des timeouts côté client.

## Décision
Les Commandes publient un événement `commande.validee` sur RabbitMQ. Notifications consomme et envoie. En cas d'échec, 3 tentatives puis file de lettres mortes.

## Conséquences
- Validation de commande découplée de l'envoi.
- Plus de garantie d'ordre entre « commande validée » et « commande expédiée ».
- Une nouvelle brique à opérer (RabbitMQ) pour une équipe de 4.

Qu'est-ce qui manque ? Est-ce que la partie conséquences est honnête ?"""),
        _u(
            "On stocke les photos des sinistres (assurance habitation) dans la base SQL en BLOB. Ça fait 4 To. On devrait changer d'approche ? Laquelle et comment migrer sans couper le service ?"
        ),
        _u(
            "pourquoi on dit qu'il faut éviter la base de données partagée entre microservices ? chez nous 5 services tapent dans la même base et ça marche très bien"
        ),
        _u(
            "Je suis chef de projet, pas technique. Les devs parlent de « dette d'architecture » sur notre plateforme de e-learning et veulent 3 mois de refonte. Comment je peux évaluer si c'est justifié ?"
        ),
        _u(
            "Nos livreurs scannent les colis dans des zones sans réseau (parkings souterrains, campagne). Les scans arrivent en désordre et parfois en double. Comment concevoir la synchro côté serveur ?"
        ),
        _u(
            "Quelle stratégie de cache pour un site d'annonces immobilières où les prix changent plusieurs fois par jour mais où 90 % du trafic c'est de la consultation ?"
        ),
        _u(
            "On rachète une autre agence de com et on doit fusionner deux outils de gestion de projets, deux annuaires, deux facturations. Comment on planifie l'intégration des SI sans tout casser ?"
        ),
        _u(
            "Un conseil : hébergement souverain (Scaleway, OVH, Outscale) ou AWS pour une plateforme de santé qui doit être HDS ? Surtout côté architecture et réversibilité."
        ),
        _u(
            "Une idée sur comment découper les équipes ? On a 5 équipes et un seul backend Django, chaque mise en prod bloque tout le monde."
        ),
        _u(
            "Le multi-tenant pour un logiciel de gestion de copropriétés : une base par syndic, un schéma par syndic, ou tout dans les mêmes tables avec un tenant_id ? On a 1 200 syndics, certains énormes."
        ),
        _u(
            "Nos API internes n'ont aucune gestion de version, et chaque changement casse une appli mobile. Comment structurer le versionnage et la dépréciation à l'échelle de 30 API ?"
        ),
        _u("C'est grave si nos deux datacenters sont à 2 km l'un de l'autre ?"),
        _u(
            "Comment on fait tenir un service de billetterie quand une place ne doit être vendue qu'une seule fois et que 50 000 personnes cliquent en même temps à l'ouverture des ventes ?"
        ),
        _u(
            "On veut passer de cron jobs éparpillés sur 6 serveurs à quelque chose de centralisé (Airflow ? Temporal ? un simple ordonnanceur ?). Comment choisir ?"
        ),
        _m(
            "On a un ERP Cegid, un WMS maison et Shopify. Comment faire circuler les commandes entre les trois ?",
            "Plusieurs options : intégrations point à point, un middleware/iPaaS, ou un bus d'événements. Le choix dépend du volume, de qui possède la donnée commande, et des besoins de temps réel. Quel volume de commandes par jour ?",
            "environ 3000, avec des pics à 15000 en soldes. et qui doit être maître de la commande du coup ?",
        ),
        _m(
            "Tu peux m'expliquer ce qu'est l'event sourcing ?",
            "C'est stocker la suite des événements qui ont modifié un objet plutôt que seulement son état courant ; l'état se reconstruit en rejouant les événements.",
            "ok et pour un logiciel de paie, c'est une bonne idée ou un piège ?",
        ),
        _m(
            "Je prépare un gratin dauphinois pour 12, je mets combien de pommes de terre ?",
            "Compte environ 250 g par personne, donc 3 kg de pommes de terre.",
            "Merci ! Autre chose : au boulot on doit choisir entre Kafka et RabbitMQ pour relier nos caisses à la centrale d'achat, tu conseillerais quoi ?",
        ),
        _m(
            "Notre plateforme de cours en ligne tient 2 000 élèves connectés. On vise 50 000 à la rentrée.",
            "Il faut d'abord savoir où ça coince : base, serveurs d'application, vidéo, sessions. Vous avez des mesures ?",
            "La base sature déjà à 2000, le CPU est à 90 % aux heures de cours.",
        ),
        _m(
            "On découpe notre monolithe PHP en services. On a commencé par extraire le module de facturation.",
            "Bonne cible : frontière claire, données assez isolées. Comment le monolithe appelle-t-il la facturation maintenant ?",
            "en HTTP synchrone. mais les écritures de factures et de commandes doivent rester cohérentes, on fait comment ?",
        ),
        _m(
            "On a deux options pour la reprise après sinistre : actif-passif sur deux régions ou sauvegardes restaurées à la demande.",
            "Tout dépend de votre RTO/RPO. Combien de temps d'arrêt et combien de données perdues pouvez-vous accepter ?",
            "4h d'arrêt max, 15 min de données max",
        ),
        _m(
            "Notre appli de réservation de salles de sport marche avec une base unique. On ouvre en Belgique et en Suisse.",
            "Est-ce que les données doivent rester dans chaque pays, ou une seule région suffit ?",
            "la Suisse veut ses données en Suisse. du coup ?",
        ),
        _m(
            "On utilise Redis comme cache devant notre catalogue produits.",
            "D'accord. Comment invalidez-vous le cache quand un produit change ?",
            "TTL de 24h. et les clients voient des vieux prix... on fait quoi à la place ?",
        ),
        _m(
            "Pour notre portail fournisseurs, on part sur une API REST publique.",
            "Il faudra penser à l'authentification des partenaires, aux quotas, au versionnage et à la documentation.",
            "et webhooks ou polling pour les prévenir des nouvelles commandes ?",
        ),
        _m(
            "Je dois présenter une archi cible pour le SI RH au comité de direction.",
            "Quels blocs existent aujourd'hui : paie, temps, recrutement, formation ? Et qu'est-ce qui pose problème ?",
            "Tout est dans des outils SaaS différents qui ne se parlent pas. Je veux un schéma simple avec les flux.",
        ),
        _m(
            "Un bounded context, c'est quoi ?",
            "En DDD, c'est une frontière à l'intérieur de laquelle un modèle et son vocabulaire ont un sens précis.",
            "et comment on les trouve dans une vraie boîte, genre une banque régionale ?",
        ),
        _m(
            "On a choisi Kubernetes pour notre SaaS.",
            "Vous avez des gens pour l'exploiter ? Kubernetes demande une vraie compétence d'exploitation.",
            "non... un seul ops. on devrait revenir en arrière ?",
        ),
        _m(
            "Notre service de paiement dépend d'un prestataire qui tombe parfois 10 min.",
            "Vous pouvez prévoir un disjoncteur, une file d'attente pour rejouer, voire un second prestataire.",
            "un second prestataire, ça implique quoi côté conception ?",
        ),
        _m(
            "ok donc on garde le monolithe pour l'instant",
            "Oui, en le structurant en modules avec des frontières nettes, vous gardez la possibilité d'extraire plus tard.",
            "et concrètement on s'y prend comment pour poser ces frontières sans tout réécrire ?",
        ),
        _s(
            "Tu es l'assistant interne de la DSI d'un groupe hospitalier. Réponds de façon claire et concise.",
            "Les urgences, la radiologie et le labo ont chacun leur logiciel et les médecins ressaisissent les informations. Comment on organise les échanges entre ces logiciels à l'échelle du groupe ?",
        ),
        _s(
            "You are a senior software architect helping teams review designs. Answer in the user's language.",
            "On doit choisir entre une architecture serverless (Lambda + DynamoDB) et des conteneurs sur ECS pour une appli de prise de rendez-vous chez des kinés. Trafic faible mais pics le lundi matin. Avantages/inconvénients ?",
        ),
        _s(
            "Tu es un assistant de code intégré à l'IDE. Le projet ouvert est un backend Symfony.",
            "Je ne te demande pas de code. Le projet a 400 contrôleurs dans un seul dossier et tout le monde se marche dessus. Propose-moi une organisation du code par domaine et un plan de migration progressif.",
        ),
        _s(
            "Tu es le bot d'assistance de Logivrac, éditeur de logiciels pour la grande distribution.",
            "Nos magasins veulent que les étiquettes électroniques de prix se mettent à jour en moins d'une minute après un changement au siège. Comment on pourrait propager ça à 600 magasins ?",
        ),
        _s(
            "Tu es un tuteur qui aide des étudiants en école d'ingénieurs.",
            "Pour mon projet, je dois justifier le choix entre une base relationnelle et une base documentaire pour une appli de covoiturage qui doit encaisser beaucoup d'écritures. Quels arguments d'architecture ?",
        ),
        _s(
            "Tu es un assistant pour des consultants en transformation numérique.",
            "Le client est une coopérative agricole. Ils ont un ERP vieillissant, des capteurs dans les silos, et veulent « une plateforme de données ». Aide-moi à structurer une proposition d'architecture cible en grandes briques.",
        ),
        _s(
            "Tu es Claude, un assistant utile.",
            "Nos développeurs veulent un « API gateway ». Moi je suis DAF, à quoi ça sert et est-ce que ça vaut le coût pour une boîte de 40 personnes ?",
        ),
        _s(
            "Tu aides l'équipe plateforme d'une banque en ligne à relire ses documents de conception.",
            """Relis ce passage et dis-moi ce qui est risqué :

« Pour réduire la latence, le solde affiché dans l'application est lu depuis un cache Redis mis à jour toutes les 30 secondes par un batch. Les virements instantanés vérifient le solde dans ce même cache avant de débiter le compte dans la base principale. »""",
        ),
        _s(
            "Tu es un assistant pour les chefs de produit d'une startup de livraison de repas.",
            "Les restaurants partenaires veulent recevoir les commandes directement dans leur logiciel de caisse au lieu de notre tablette. Il y a 12 logiciels de caisse différents. Comment concevoir ça sans maintenir 12 intégrations sur mesure ?",
        ),
        _s(
            "Tu es un assistant technique pour une ESN. Réponds en français.",
            "Le client veut une disponibilité de 99,99 % sur son portail d'assurés, mais il n'a qu'une seule région cloud et une base Oracle unique. Qu'est-ce que ça implique comme architecture, et est-ce réaliste ?",
        ),
        _s(
            "Tu es l'assistant de l'équipe data d'un réseau de transport urbain.",
            "On veut croiser les validations de titres, le GPS des bus et la météo pour prévoir la fréquentation. Lakehouse, entrepôt classique, ou juste un Postgres bien rangé ? On est 3 dans l'équipe.",
        ),
    ],
    "ru": [
        _u(
            "У нас сеть ветеринарных клиник в Казани и Самаре, в каждой своя программа записи. Хозяин собаки приходит в другую клинику — там про него ничего не знают. Как это объединить, не заставляя всех переходить на одну программу за неделю?"
        ),
        _u(
            "В конце каждого месяца, когда бухгалтерия закрывает период, наш портал для дилеров становится невыносимо медленным. Что обычно с этим делают на уровне устройства системы?"
        ),
        _u(
            "Мы турфирма, гиды водят группы по Алтаю, там связи нет по три дня. Планшетное приложение должно отмечать туристов, расходы и фото, а потом всё это сводить. Как такое проектируют?"
        ),
        _u(
            "Наша фитнес-платформа хочет, чтобы сторонние студии йоги и бассейны сами публиковали своё расписание у нас. Как открыть платформу внешним, не превратив её в проходной двор?"
        ),
        _u(
            "объясни на пальцах, что такое backpressure и почему о нём говорят, когда речь про очереди"
        ),
        _u(
            "Нужен ли отдельный сервис авторизации, если у нас пока три внутренних приложения и все на одном домене?"
        ),
        _u(
            "В страховой «полис» у андеррайтеров, урегулирования убытков и агентов — три разные сущности с разными полями. Мы пытаемся сделать одну общую модель и тонем. Может, так и не надо?"
        ),
        _u(
            "Уходим с Oracle на Postgres под давлением лицензий. 15 лет хранимых процедур. Какую стратегию перехода выбирают в таких случаях — большой взрыв или постепенно?"
        ),
        _u("зачем нужен sidecar? ну то есть почему не положить логику прямо в сервис"),
        _u(
            "Как устроить работу 12 команд мобильной разработки над одним приложением банка, чтобы релиз раз в две недели не превращался в ад?"
        ),
        _u(
            "Если у нашего облачного провайдера случится сбой на сутки, что мы потеряем? Мы даже не знаем, какие сервисы критичные. Как составить карту зависимостей и план восстановления?"
        ),
        _u(
            "Для сбора телеметрии с 40 тысяч счётчиков воды что выбрать: MQTT-брокер, Kafka или просто HTTP в балансировщик? Счётчики шлют раз в 15 минут."
        ),
        _u(
            "Руководство хочет отчёты по продажам «в реальном времени», хотя сейчас они раз в сутки из 1С. Это переделка всего или можно малой кровью?"
        ),
        _u(
            "Что лучше для каталога запчастей на 8 миллионов позиций с поиском по аналогам: Elasticsearch рядом с основной базой или поиск прямо в Postgres?"
        ),
        _u("""Хочу критики на ADR, завтра защищать перед архитектурным комитетом:

ADR-042. Единый идентификатор клиента

Контекст: у нас 7 систем (CRM, биллинг, склад, программа лояльности, сайт, колл-центр, мобильное приложение), в каждой свой ID клиента. Склейка делается вручную аналитиками в Excel.

Решение: создать сервис MDM, который выдаёт глобальный ID и хранит связки с локальными ID. Все системы при создании клиента обращаются в MDM синхронно.

Последствия:
+ единый клиент во всех отчётах
- MDM становится точкой отказа для регистрации клиентов
- нужно доработать все 7 систем

Альтернативы не рассматривались из-за сроков."""),
        _u(
            "Почему saga считается лучше двухфазного коммита, если в saga надо писать компенсации руками?"
        ),
        _u(
            "Я директор по продукту. Команда говорит, что без шины данных мы не сможем подключить новых поставщиков. Как мне проверить, что они правы, не будучи инженером?"
        ),
        _u(
            "Логи со всех 60 сервисов сейчас лежат на серверах, и при инциденте мы ходим по ssh. Как построить нормальную наблюдаемость — логи, метрики, трассировки — и в каком порядке внедрять?"
        ),
        _u(
            "Сколько реплик базы нужно сервису, который 95% времени читает, и как не отдать пользователю устаревшие данные сразу после его собственной записи?"
        ),
        _u(
            "Нормально ли держать бизнес-логику в триггерах базы, если приложений, которые пишут в эту базу, четыре?"
        ),
        _u(
            "Переходим с самописного деплоя на GitOps. Один репозиторий с манифестами на все окружения или по репозиторию на команду?"
        ),
        _u(
            "Сервис расчёта зарплаты для 40 тысяч сотрудников считает всё за 9 часов в ночь, и мы не успеваем. Как перестроить расчёт, чтобы он параллелился?"
        ),
        _u(
            "Лучше купить готовую WMS или дописывать свою? Склад один, но собираемся открыть ещё три."
        ),
        _u("Как вообще решают, где проходит граница между двумя сервисами?"),
        _u(
            "У нас поставщики присылают прайсы в 20 разных форматах: Excel, XML, иногда PDF. Как построить конвейер приёма, чтобы новый формат не требовал релиза?"
        ),
        _u(
            "Хотим разрешить клиентам-юрлицам выгружать все свои данные по API. Как не положить основную базу, если крупный клиент начнёт тянуть миллионы записей?"
        ),
        _u(
            "Стоит ли переводить внутренние вызовы между сервисами с REST на gRPC, если проблемы с производительностью пока нет?"
        ),
        _m(
            "У нас интеграция с маркетплейсами через три разных модуля, каждый писал свой человек.",
            "Типичная ситуация. Общее между ними — выгрузка остатков, цен и приём заказов. Хотите свести их к одной модели?",
            "да. и ещё два маркетплейса в планах. как это спроектировать?",
        ),
        _m(
            "Что такое идемпотентность в контексте обработки сообщений?",
            "Это когда повторная обработка того же сообщения не меняет результат — важно, потому что брокеры обычно гарантируют доставку «хотя бы один раз».",
            "а как это обеспечить на уровне всей системы, где сообщение проходит через 4 сервиса?",
        ),
        _m(
            "Как отмыть кастрюлю от пригоревшей гречки?",
            "Залейте водой с содой, доведите до кипения и оставьте на полчаса, потом отчистите губкой.",
            "спасибо) и вопрос с работы: у нас склад и интернет-магазин по-разному считают резерв товара, кто из них должен быть главным?",
        ),
        _m(
            "Мы делим монолит поликлиники на сервисы. Начали с расписания врачей.",
            "Разумно. Какие модули сейчас напрямую читают таблицы расписания?",
            "запись пациентов, отчёты, call-центр и мобильное приложение. как их отвязать?",
        ),
        _m(
            "Бэкапы делаем раз в ночь.",
            "Тогда при сбое днём вы потеряете до 24 часов данных. Бизнесу это подходит?",
            "нет, для заказов нужно не больше минуты потерь. что менять?",
        ),
        _m(
            "Мы кешируем ответы внешнего API курсов валют.",
            "На сколько и что происходит, когда внешний API недоступен?",
            "на 10 минут, а если он лежит — у нас всё падает. как сделать устойчиво?",
        ),
        _m(
            "Делаем API для партнёров-турагентств.",
            "Стоит заранее решить про ключи, квоты, версионирование, песочницу и SLA.",
            "песочницу делать отдельным стендом с копией данных или моками?",
        ),
        _m(
            "Выбрали Kafka для всех событий.",
            "Кто будет её эксплуатировать и какой объём событий?",
            "тысяча событий в день и один разработчик. перебор?",
        ),
        _m(
            "ладно, значит разбиваем по доменам",
            "Да, начните с карты доменов и того, кто какими данными владеет.",
            "а кто это должен рисовать — архитектор или сами команды?",
        ),
        _m(
            "У нас один большой кластер Postgres на все продукты.",
            "Сколько продуктов и как они влияют друг на друга?",
            "пять продуктов, тяжёлые отчёты одного тормозят остальных. делить кластер?",
        ),
        _m(
            "Сервис печати этикеток работает в одном складе.",
            "Собираетесь тиражировать на другие склады?",
            "да, на 15 складов, там разные принтеры и иногда пропадает сеть. как строить?",
        ),
        _m(
            "Портал госуслуг региона падает при записи в детсады.",
            "Когда открывается запись и сколько людей приходит одновременно?",
            "в 8 утра 1 апреля, порядка 60 тысяч родителей за 10 минут",
        ),
        _s(
            "Ты ассистент ИТ-дирекции металлургического комбината. Отвечай по делу.",
            "Лаборатория, MES и система энергоучёта собирают данные отдельно, и технологи склеивают их вручную. Как выстроить общую схему потоков, чтобы видеть качество плавки и расход энергии вместе?",
        ),
        _s(
            "You are an experienced solution architect. Reply in the user's language.",
            "Стоит ли нам, интернет-аптеке с 50 тысячами заказов в месяц, уходить с виртуалок на managed-сервисы облака, или это привязка к вендору, которая потом аукнется?",
        ),
        _s(
            "Ты помощник, встроенный в IDE. Открыт проект на Go.",
            "Код не нужен. У нас пакет internal/common, от которого зависит всё, и циклические импорты чинят копипастой. Предложи, как перестроить структуру пакетов и в каком порядке это делать.",
        ),
        _s(
            "Ты бот поддержки компании «ЭнергоСчёт», которая делает ПО для сбытовых компаний.",
            "Мы хотим давать клиентам личный кабинет с показаниями почти в реальном времени, но биллинг у нас считается ночными пакетами. Как совместить?",
        ),
        _s(
            "Ты наставник на курсе по system design.",
            "Разбираю задачу «спроектировать сервис коротких ссылок». Где тут узкие места при миллиарде переходов в сутки, и как их обычно обходят?",
        ),
        _s(
            "Ты помогаешь консультантам по ИТ-стратегии.",
            "Клиент — сеть частных школ в пяти городах. Каждая школа купила своё: электронный журнал, CRM для родителей, бухгалтерию. Хотят «одну систему». Помоги набросать варианты целевой картины и их плюсы-минусы.",
        ),
        _s(
            "Ты полезный ассистент.",
            "Я руковожу отделом продаж, айтишники говорят про «событийную архитектуру». Объясни, что это меняет для бизнеса и зачем нам платить за переход.",
        ),
        _s(
            "Ты помогаешь команде маркетплейса рецензировать проектные документы.",
            """Где тут подвох?

«Чтобы разгрузить базу, счётчик оставшихся товаров в акции хранится только в памяти каждого из 8 экземпляров сервиса. При покупке экземпляр уменьшает свой счётчик; раз в минуту экземпляры сверяются через базу.»""",
        ),
        _s(
            "Ты ассистент продактов сервиса такси.",
            "Корпоративные клиенты хотят, чтобы поездки сотрудников автоматически попадали в их системы авансовых отчётов. Таких систем у клиентов около десятка. Как сделать это без десятка отдельных проектов?",
        ),
        _s(
            "Ты технический консультант интегратора.",
            "Заказчик хочет развернуть нашу систему у себя в закрытом контуре без интернета, а мы привыкли к облаку. Что придётся пересмотреть в архитектуре?",
        ),
        _s(
            "Ты помощник data-команды сети кофеен.",
            "Хотим понимать, как погода и акции влияют на продажи в 120 кофейнях. Данные в кассах, в Excel маркетинга и в приложении лояльности. С чего начать построение аналитической платформы, если нас двое?",
        ),
        _u(
            "У нас техподдержка и разработка спорят, кто владеет справочником тарифов. Как вообще решают вопрос владения данными между отделами?"
        ),
        _u(
            "Как спроектировать систему так, чтобы при отключении платёжного провайдера заказы не терялись, а просто ждали?"
        ),
        _u(
            "В чём реальная разница между API gateway и BFF, и нужен ли нам BFF, если у нас один веб и одно мобильное приложение?"
        ),
        _u(
            "как перевезти 20 ТБ файлов договоров из локального хранилища в S3-совместимое облако, чтобы юристы всё это время могли ими пользоваться?"
        ),
        _u(
            "Отдел маркетинга хочет свою CDP, а ИТ говорит, что всё уже есть в хранилище. Как понять, нужна ли отдельная платформа клиентских данных?"
        ),
    ],
    "ko": [
        _u(
            "저희는 반찬 정기배송 스타트업인데요, 주문 앱이랑 물류센터 시스템이 재고 숫자가 계속 안 맞아요. 품절된 메뉴가 주문되기도 하고요. 두 시스템을 어떻게 연결해야 맞는 건가요?"
        ),
        _u(
            "매달 1일 오전만 되면 그룹웨어랑 결재 시스템이 엄청 느려져요. 다른 날은 멀쩡한데. 이런 건 어디서부터 봐야 하나요?"
        ),
        _u(
            "섬 지역 보건소를 돌아다니는 이동 진료 차량에서 쓰는 태블릿 앱을 만들어요. 통신이 자주 끊기는데 기록은 나중에 본원 시스템에 정확히 합쳐져야 해요. 전체 구조를 어떻게 잡아야 할까요?"
        ),
        _u(
            "우리 숙박 예약 플랫폼에 렌터카, 액티비티 업체들이 직접 붙을 수 있게 하고 싶어요. 외부 업체한테 열기 전에 뭘 준비해야 하나요?"
        ),
        _u("이벤트 소싱이랑 그냥 변경 이력 테이블 남기는 거랑 실제로 뭐가 다른 거예요?"),
        _u("개발자 4명인 스타트업인데 처음부터 MSA로 가자는 의견이 있어요. 솔직히 어떻게 보세요?"),
        _u(
            "본사 영업팀, 가맹점 관리팀, 고객센터가 각자 '가맹점 정보'를 따로 관리해서 주소랑 연락처가 다 달라요. 데이터 주인을 누가 해야 하고 나머지는 어떻게 가져다 써야 하나요?"
        ),
        _u(
            "온프레미스 IDC에서 AWS로 옮기려는데 레거시 시스템이 80개쯤 되고 서로 DB 링크로 엮여 있어요. 이관 순서랑 전략을 어떻게 세우는 게 좋을까요?"
        ),
        _u(
            "서킷 브레이커가 정확히 뭘 막아주는 건지 모르겠어요. 타임아웃이랑 재시도만 잘 걸면 되는 거 아닌가요?"
        ),
        _u(
            "개발자가 200명 넘어가니까 공통 모듈 하나 바꾸는 데 두 달 걸려요. 코드베이스랑 팀을 어떻게 나눠야 이게 좀 나아질까요?"
        ),
        _u(
            "판교 데이터센터 화재 같은 일이 우리한테 생기면 서비스가 몇 시간 만에 복구될지 아무도 몰라요. 재해복구 계획은 뭐부터 정해야 하나요?"
        ),
        _u(
            "콘서트 티켓 오픈 때 대기열 시스템은 보통 어떤 구조로 만드나요? 좌석 중복 판매는 절대 안 되고요."
        ),
        _u(
            "Kafka랑 Pulsar랑 클라우드 큐(SQS 같은 거) 중에 뭘 고를지 판단 기준이 뭐예요? 하루 이벤트는 500만 건 정도예요."
        ),
        _u(
            "경영진이 실시간 매출 대시보드를 원하는데 지금은 ERP에서 하루 한 번 엑셀로 뽑아요. 이걸 바꾸려면 구조를 얼마나 뜯어고쳐야 해요?"
        ),
        _u("""ADR 초안인데 빠진 게 있는지 봐주세요.

ADR-009 알림 발송 비동기화

배경: 주문 서비스가 카카오 알림톡, SMS, 푸시를 동기로 호출함. 외부 업체 지연 시 주문 API 응답이 5초 이상 걸림.

결정: 주문 서비스는 '주문완료' 이벤트만 발행하고, 알림 서비스가 구독해서 채널별로 발송. 실패 시 최대 5회 재시도 후 DLQ로.

영향:
- 주문 응답시간 개선
- 알림이 늦게 가거나 중복으로 갈 수 있음
- 운영할 컴포넌트 증가

검토 요청: 중복 발송을 어디서 막아야 하는지, 순서 보장이 필요한지."""),
        _u(
            "공유 DB를 여러 서비스가 같이 쓰면 왜 안 된다고들 하죠? 저희는 지금 그렇게 쓰는데 문제는 없어요."
        ),
        _u(
            "저는 병원 행정팀장이에요. IT팀이 EMR 연동 구조를 다 바꿔야 한다고 예산을 올렸는데, 이게 타당한지 제가 뭘 물어봐야 할까요?"
        ),
        _u(
            "B2B SaaS인데 고객사마다 DB를 따로 줄지, 하나로 쓰고 tenant_id로 나눌지 고민이에요. 고객사 300곳, 대기업 몇 곳은 데이터가 어마어마해요."
        ),
        _u(
            "캐시를 Redis로 쓰는데 상품 가격이 바뀌어도 한참 옛날 가격이 보여요. 캐시 무효화 전략을 전체적으로 어떻게 가져가야 하나요?"
        ),
        _u(
            "내부 API가 40개인데 버전 관리가 하나도 없어서 앱 배포 때마다 장애가 나요. 버전 관리랑 폐기 정책을 어떻게 만들어야 할까요?"
        ),
        _u("리전 두 개 액티브-액티브로 가는 게 액티브-스탠바이보다 항상 나은 거예요?"),
        _u(
            "배달 기사 앱이 지하 주차장에서 배달완료를 누르면 가끔 두 번 처리되거나 순서가 꼬여요. 서버 쪽 설계를 어떻게 바꿔야 할까요?"
        ),
        _u(
            "회사 인수합병으로 인사 시스템 두 개, 회계 시스템 두 개를 합쳐야 해요. 통합 로드맵은 어떤 식으로 짜나요?"
        ),
        _u(
            "자체 구축 vs 솔루션 도입, 물류 WMS는 뭐가 나을까요? 창고는 지금 2개인데 내년에 6개로 늘려요."
        ),
        _u("서비스 경계를 나눌 때 팀 구조를 따라가야 하나요, 도메인을 따라가야 하나요?"),
        _u(
            "크론 작업이 서버 10대에 흩어져 있어서 뭐가 언제 도는지 아무도 몰라요. 워크플로 엔진을 도입할지, 간단한 스케줄러로 모을지 어떻게 결정하죠?"
        ),
        _u(
            "사진 원본을 DB에 BLOB으로 넣고 있는데 벌써 5TB예요. 오브젝트 스토리지로 무중단 이관하려면 어떤 단계를 밟아야 하나요?"
        ),
        _u(
            "데이터 레이크하우스가 요즘 유행인데 직원 150명 유통회사에도 필요한가요, 아니면 그냥 DW면 충분한가요?"
        ),
        _m(
            "쇼핑몰, 오프라인 POS, 자사 앱 주문을 한 곳으로 모으려고 해요.",
            "채널별로 주문을 받는 방식과 량이 다르니, 주문 허브를 두고 채널 어댑터로 받는 구조를 많이 씁니다. 하루 주문량이 얼마나 되나요?",
            "평소 5천 건, 명절엔 5만 건이요. 그럼 주문 허브는 직접 만들어야 하나요?",
        ),
        _m(
            "outbox 패턴이 뭐예요?",
            "DB 트랜잭션 안에서 데이터와 함께 이벤트를 outbox 테이블에 저장하고, 별도 프로세스가 이를 브로커로 발행하는 방식입니다.",
            "그럼 CDC 도구 쓰는 거랑은 어떻게 골라요?",
        ),
        _m(
            "주말에 부산 여행 가는데 해운대 근처 맛집 추천해 줄래요?",
            "돼지국밥이나 밀면 집을 많이 추천해요. 시장 근처 노포도 좋아요.",
            "고마워요. 그리고 회사 얘긴데, 결제 서비스가 PG사 장애 나면 같이 죽어요. PG사를 두 개 붙이는 구조로 가면 뭘 고려해야 해요?",
        ),
        _m(
            "모놀리스에서 회원 모듈을 먼저 떼어내고 있어요.",
            "좋은 출발점입니다. 다른 모듈들이 회원 테이블을 직접 조회하나요?",
            "네 거의 전부요. 주문, 쿠폰, 리뷰, 정산까지 조인해서 써요.",
        ),
        _m(
            "백업은 하루 한 번 다른 리전에 떠 놔요.",
            "그러면 최대 하루치 데이터가 유실될 수 있어요. 비즈니스에서 허용되나요?",
            "아뇨 결제 데이터는 1분도 잃으면 안 된대요",
        ),
        _m(
            "파트너용 오픈 API를 설계 중이에요.",
            "인증, 호출 한도, 버전 관리, 샌드박스, 문서를 먼저 정해두시는 게 좋아요.",
            "변경 알림은 웹훅으로 줄지 폴링하게 할지 뭐가 나아요?",
        ),
        _m(
            "쿠버네티스로 가기로 했어요.",
            "운영 인력은 충분한가요? 클러스터 운영 부담이 꽤 큽니다.",
            "인프라 담당 1명이요... 다시 생각해야 하나",
        ),
        _m(
            "네 그럼 일단 모놀리스 유지할게요",
            "모듈 경계를 명확히 하고 다른 모듈 테이블 직접 접근을 막아두면 나중에 분리가 쉬워집니다.",
            "그 경계를 어떻게 강제하죠? 사람이 많아서 금방 무너질 것 같아요",
        ),
        _m(
            "학원 관리 프로그램을 만들고 있어요. 지금은 학원 한 곳에서만 써요.",
            "여러 학원으로 확장할 계획이 있나요?",
            "네 전국 프랜차이즈 200곳이요. 지점마다 원하는 기능도 달라요.",
        ),
        _m(
            "예약 시스템이 동기 호출로 결제, 알림, 포인트 서비스를 차례로 불러요.",
            "하나만 느려져도 예약 전체가 느려지는 구조네요. 어느 단계까지 동기로 꼭 처리해야 하나요?",
            "결제까지는 동기, 나머진 늦어도 돼요",
        ),
        _m(
            "데이터 메시가 뭐예요?",
            "도메인 팀이 자기 데이터를 제품처럼 책임지고 제공하고, 공통 플랫폼이 이를 뒷받침하는 조직·아키텍처 방식입니다.",
            "데이터 엔지니어가 3명뿐인 회사에서도 의미가 있나요?",
        ),
        _m(
            "수강신청 서버가 매 학기 터져요.",
            "수강신청 오픈 시점에 동시 접속자가 몇 명 정도인가요?",
            "2만 명이 10시 정각에 동시에 들어와요",
        ),
        _s(
            "당신은 한 제조사 IT 전략팀의 어시스턴트입니다. 간결하게 답하세요.",
            "공장 설비 데이터는 OPC UA로, MES는 자체 개발, ERP는 SAP예요. 설비 가동률을 실시간으로 보려면 데이터 흐름을 전체적으로 어떻게 설계해야 할까요?",
        ),
        _s(
            "You are a pragmatic cloud architect. Answer in Korean.",
            "서버리스(Lambda)랑 컨테이너(ECS) 중에 병원 예약 서비스엔 뭐가 맞을까요? 평소엔 한가한데 월요일 아침만 몰려요.",
        ),
        _s(
            "당신은 IDE에 내장된 코딩 어시스턴트입니다. 현재 열린 프로젝트는 Spring Boot 백엔드입니다.",
            "코드 말고 방향만요. 패키지가 controller/service/repository 계층별로만 나뉘어 있고 클래스가 1500개예요. 도메인 기준으로 재구성하는 계획을 단계별로 짜 주세요.",
        ),
        _s(
            "당신은 편의점 POS 솔루션 회사의 고객지원 봇입니다.",
            "본사에서 가격을 바꾸면 전국 3천 개 점포 POS에 1분 안에 반영되게 하고 싶어요. 어떤 방식이 좋을까요?",
        ),
        _s(
            "당신은 대학 소프트웨어 설계 수업의 튜터입니다.",
            "기말 프로젝트로 중고거래 앱을 하는데, 채팅 기능을 따로 서비스로 분리해야 하는지 근거를 어떻게 잡아야 할지 모르겠어요.",
        ),
        _s(
            "당신은 디지털 전환 컨설턴트를 돕는 어시스턴트입니다.",
            "고객사는 지방 농협이에요. 오래된 전산, 창고 온습도 센서, 조합원 엑셀 명부가 있고 '데이터 플랫폼'을 원해요. 목표 아키텍처를 큰 블록으로 정리해 주세요.",
        ),
        _s(
            "당신은 친절한 AI 어시스턴트입니다.",
            "저는 재무팀장인데요, 개발팀이 메시지 큐를 도입하겠다고 해요. 이게 뭐고 우리 같은 중견 회사에 비용 대비 가치가 있는지 알려주세요.",
        ),
        _s(
            "당신은 핀테크 회사의 설계 문서 리뷰를 돕습니다.",
            """이 설계에서 위험한 부분을 짚어 주세요.

"포인트 잔액은 조회 속도를 위해 Redis에만 저장하고, 매일 새벽 배치로 RDB에 스냅샷을 남긴다. 포인트 사용 시 Redis 값을 차감한다." """,
        ),
        _s(
            "당신은 음식 배달 플랫폼 PM들을 돕는 어시스턴트입니다.",
            "가맹 식당들이 주문을 우리 태블릿 말고 자기 POS로 바로 받고 싶대요. POS 종류가 15개쯤 되는데, 15개 연동을 따로 유지하지 않으려면 어떻게 설계하나요?",
        ),
        _s(
            "당신은 SI 회사의 기술 자문 어시스턴트입니다.",
            "공공기관 고객이 망분리 환경에 우리 SaaS를 설치형으로 달라고 해요. 아키텍처에서 무엇을 바꿔야 할까요?",
        ),
        _s(
            "당신은 지자체 데이터팀을 돕는 어시스턴트입니다.",
            "버스 승하차, 공공자전거 대여, 날씨 데이터를 합쳐서 교통 수요를 예측하고 싶어요. 팀은 두 명이에요. 어떤 데이터 플랫폼 구조가 현실적일까요?",
        ),
        _u(
            "관측성(observability)을 처음부터 갖추려면 로그, 메트릭, 트레이싱 중 뭘 먼저 하고 조직 차원에선 누가 책임져야 하나요?"
        ),
        _u(
            "읽기 복제본을 붙였더니 사용자가 방금 쓴 글이 안 보인다는 민원이 와요. 구조적으로 어떻게 풀어요?"
        ),
        _u(
            "마케팅팀은 CDP를 따로 사자고 하고 IT팀은 데이터 웨어하우스로 충분하다고 해요. 누구 말이 맞는지 어떤 기준으로 판단하죠?"
        ),
        _u(
            "사내 시스템이 전부 한 사람이 만든 거라 그분 퇴사하면 끝이에요. 구조를 어떻게 정리하고 문서화해야 다른 팀이 이어받을 수 있을까요?"
        ),
    ],
    "it": [
        _u(
            "Abbiamo un caseificio con spaccio, e-commerce e vendita all'ingrosso. I tre canali pescano dallo stesso magazzino ma ognuno ha il suo gestionale, e le forme di parmigiano risultano vendute due volte. Come si mette ordine?"
        ),
        _u(
            "Ogni fine trimestre, quando gli agenti caricano gli ordini tutti insieme, il nostro portale B2B diventa lentissimo. Che strategie esistono a livello di architettura?"
        ),
        _u(
            "Le guide dei nostri tour in Dolomiti usano un'app sul telefono, ma in quota il segnale non c'è. Come progettiamo l'app perché registri presenze e incassi offline e poi sincronizzi senza pasticci?"
        ),
        _u(
            "Vorremmo che cantine e agriturismi potessero pubblicare da soli le loro esperienze sulla nostra piattaforma di enoturismo. Cosa serve predisporre prima di aprire ai partner esterni?"
        ),
        _u("ma in pratica cos'è un message broker e perché tutti dicono che ci serve?"),
        _u(
            "Siamo 5 sviluppatori, facciamo un gestionale per studi dentistici. Microservizi o monolite modulare? Niente risposte da manuale, per favore."
        ),
        _u(
            "In comune l'anagrafe, i tributi e i servizi sociali hanno ognuno il proprio archivio dei cittadini e non coincidono mai. Chi dovrebbe essere il proprietario del dato e come lo leggono gli altri?"
        ),
        _m(
            "Stiamo spostando il gestionale dal server in ufficio al cloud.",
            "Quali altri sistemi dipendono da quel server? Fatture elettroniche, magazzino, posta?",
            "un po' tutto, anche le macchine del reparto taglio che scrivono su una cartella condivisa. da dove partiamo?",
        ),
        _m(
            "Cos'è il pattern strangler fig?",
            "È una strategia di migrazione: si costruiscono nuove parti attorno al sistema vecchio e si sposta il traffico un pezzo alla volta finché il vecchio si può spegnere.",
            "ok, e per un gestionale assicurativo in COBOL come si sceglie il primo pezzo?",
        ),
        _s(
            "Sei l'assistente interno dell'IT di una catena di supermercati del Nord Italia.",
            "Vogliamo che i prezzi delle etichette elettroniche si aggiornino in tutti i 200 punti vendita entro pochi minuti da una modifica in sede. Quale architettura di distribuzione conviene?",
        ),
        _s(
            "Sei un tutor per studenti di ingegneria informatica.",
            "Per la tesi devo giustificare perché ho separato il servizio pagamenti dal resto della piattaforma di car sharing. Quali argomenti di architettura posso portare?",
        ),
        _u(
            "Se il nostro unico data center a Milano si ferma, quanto ci mettiamo a ripartire? Nessuno lo sa. Come si imposta un piano di disaster recovery per un'azienda di 120 persone?"
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7", BY_LANG)
