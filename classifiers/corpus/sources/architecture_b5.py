"""Fifth batch of `architecture` examples: hand-written, one group per example
("architecture/b5/<lang>/<digest>"). Design questions in native words from many industries (shops,
banks, public administration, hospitals, logistics, games, media, SaaS): vendor exits, consistency,
caching, tenancy, audit trails, data platforms, team and repo structure, design-chat follow-ups."""

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
            "On a encore besoin d'un « middle office » commun entre la boutique en ligne et les magasins, ou chaque canal peut garder sa propre logique de stock ?"
        ),
        _u(
            "Black Friday dans 6 semaines, on s'attend à x10 de trafic sur le site. Comment dimensionner l'infra sans tout surprovisionner toute l'année ?"
        ),
        _u(
            "Notre module `utils/` fait 14 000 lignes et tout le monde l'importe (facturation, catalogue, back-office). Je voudrais un plan pour le découper en paquets cohérents, étape par étape, sans écrire de code pour l'instant. Par où commencer ?"
        ),
        _u(
            "Nous sommes sur Firebase (Firestore + Auth + Cloud Functions) depuis 4 ans pour une appli de covoiturage. On veut partir vers du Postgres auto-hébergé. Quelle stratégie de migration pour ne pas couper le service ? Double écriture, export nocturne, autre chose ?"
        ),
        _u(
            "c'est quoi la différence entre une saga orchestrée et une saga chorégraphiée, et laquelle choisir pour une réservation hôtel + vol + voiture ?"
        ),
        _u(
            "Pour une mutuelle, on doit garder un journal d'audit des modifications de contrats que personne ne peut altérer, même un DBA. Quelles options d'architecture ? Chaînage de hash, stockage WORM, base ledger ?"
        ),
        _u(
            "Banque en ligne, 3 datacenters. Est-ce qu'on part sur de l'actif-actif multi-région pour les virements ou est-ce que c'est de la folie vu les contraintes de cohérence ?"
        ),
        _u(
            "Pattern outbox vs publier directement dans Kafka après le commit : concrètement qu'est-ce qu'on risque avec la deuxième approche ?"
        ),
        _u(
            "On a une mairie avec 40 petites applis métier (état civil, urbanisme, cantine, etc.) qui ont chacune leur propre gestion des comptes. Comment concevoir un socle commun d'identité et de droits sans tout réécrire ?"
        ),
        _u(
            "Lakehouse ou entrepôt de données classique pour une chaîne de 120 supermarchés qui veut faire de la prévision de ventes ? Le volume : ~2 To par an de tickets de caisse."
        ),
        _u(
            "Comment découper les services d'une plateforme de livraison de repas ? Je pense à commandes, restaurants, livreurs, paiement, notifications... mais où mettre le calcul des frais de livraison, qui dépend de tout ça ?"
        ),
        _u(
            "Quelle stratégie de cache pour un site de presse : page d'accueil qui change toutes les 2 minutes, articles quasi statiques, et un paywall par abonné ? CDN, Varnish, Redis, tout à la fois ?"
        ),
        _u(
            "Idempotence des paiements : où stocker la clé d'idempotence, combien de temps la garder, et que faire si le prestataire répond en timeout alors que le débit est peut-être passé ?"
        ),
        _u(
            "Verrou distribué avec Redis (Redlock) pour empêcher deux workers de traiter la même facture : bonne idée ou pas ? J'ai lu des critiques de Martin Kleppmann là-dessus."
        ),
        _u(
            "SaaS B2B de gestion de paie pour PME, 3 000 clients. Base partagée avec tenant_id, schéma par client, ou base par client ? Certains gros clients exigent l'isolation."
        ),
        _u(
            "Je dois présenter une proposition d'architecture observabilité : logs, métriques, traces, pour 25 microservices Spring Boot. Quelle stack et surtout quelles conventions (corrélation, échantillonnage, rétention) ?"
        ),
        _u(
            "On sort de Heroku. 12 dynos, Postgres, Redis, deux add-ons. Cible : AWS ou Scaleway. Donne-moi un plan de migration par phases avec les points de bascule et comment revenir en arrière si ça se passe mal."
        ),
        _u(
            "Notre Jenkins auto-hébergé avec 300 jobs Groovy est devenu ingérable. Comment organiser la migration vers GitLab CI sans bloquer les équipes ? Faut-il tout convertir d'un coup ?"
        ),
        _u(
            "CDC avec Debezium depuis Oracle vers le data lake : quels pièges côté architecture (ordre des événements, changements de schéma, reprise après incident) ?"
        ),
        _u(
            "Read models en event sourcing : si je dois reconstruire une projection de 200 millions d'événements, comment l'architecturer pour ne pas bloquer la prod pendant des heures ?"
        ),
        _u(
            "Un monorepo ou un repo par équipe ? On est 9 équipes, 60 devs, du Kotlin côté back et du TypeScript côté front, avec une lib de composants partagée."
        ),
        _u(
            "API gateway : Kong, un BFF maison par client (web, mobile, bornes) ou les deux ? Les bornes en magasin ont une connexion très instable."
        ),
        _u(
            "c quoi le pattern strangler fig concrètement, et ça s'applique à un gros mainframe COBOL d'assurance ou c'est que pour les monolithes web ?"
        ),
        _u(
            "Hôpital : on doit faire communiquer le dossier patient, le labo, la pharmacie et l'imagerie. Bus d'intégration HL7/FHIR central ou échanges point à point ? Quels critères pour trancher ?"
        ),
        _u(
            "Pour un jeu mobile multijoueur au tour par tour (genre échecs avec 500k joueurs actifs), quelle archi serveur : WebSocket persistants, polling, push notifications ? Et où garder l'état des parties ?"
        ),
        _u(
            "Plateforme de streaming vidéo régionale (TV locale). Comment concevoir la chaîne ingestion → transcodage → stockage → diffusion avec un budget serré ? On hésite entre tout faire nous-mêmes et un service managé."
        ),
        _u(
            "Quelles frontières de bounded contexts pour un logiciel de gestion de flotte de camions : véhicules, chauffeurs, tournées, maintenance, carburant ? J'ai l'impression que « tournée » touche à tout."
        ),
        _u(
            "Comment concevoir le stockage des données personnelles des clients pour pouvoir honorer une demande d'effacement RGPD alors qu'elles sont copiées dans 8 systèmes (CRM, entrepôt, sauvegardes, logs) ?"
        ),
        _u(
            "File d'attente : RabbitMQ, Kafka ou SQS pour un système de commandes e-commerce de taille moyenne (5 000 commandes/jour, pics à 50/s) ? Je ne veux pas d'une usine à gaz."
        ),
        _u(
            "Est-ce que CQRS vaut le coup pour un back-office de gestion de stocks de pharmacie, ou c'est de la sur-ingénierie ?"
        ),
        _u(
            "Nous voulons passer d'un batch ETL nocturne à de l'ELT avec dbt sur BigQuery. Quelles conséquences sur l'organisation des couches (raw, staging, marts) et sur qui possède quoi entre data engineers et analystes ?"
        ),
        _u(
            "Plan de capacité : notre API de calcul de devis assurance tient 300 req/s aujourd'hui. Le commercial annonce un partenariat qui pourrait multiplier par 5. Quelles mesures faire avant de dire oui ?"
        ),
        _u(
            "Read-through, write-through, write-behind, cache-aside... lequel pour un panier e-commerce stocké dans Redis avec Postgres derrière ?"
        ),
        _u(
            "Comment structurer les équipes autour des services ? Aujourd'hui on a une équipe front, une équipe back, une équipe data, et chaque feature traverse les trois. Team topologies, stream-aligned, c'est applicable à 25 personnes ?"
        ),
        _u(
            "Voici notre dossier d'architecture pour le nouveau portail des démarches en ligne de la région :\n\n1. Front Angular servi par un CDN\n2. API Gateway (Apigee) → 6 microservices Java\n3. Une base Oracle partagée par les 6 services\n4. Échanges avec les systèmes de l'État via un ESB\n5. Authentification FranceConnect\n\nQu'est-ce qui vous choque ? Je sens que la base partagée va poser problème mais j'aimerais des arguments."
        ),
        _u(
            "Je relis un doc de design d'un collègue pour un système de fidélité (points cumulés dans 300 magasins, parfois hors ligne). Il propose que chaque caisse écrive directement dans la base centrale. Quelles questions poser en revue ?"
        ),
        _u(
            "multi-région actif-passif sur Azure pour une appli de réservation de salles de sport : RPO 5 min, RTO 30 min. c'est réaliste avec Azure SQL geo-replication ou faut autre chose ?"
        ),
        _u(
            "Où mettre la logique de tarification dans une archi microservices pour une compagnie de ferries (prix selon saison, véhicule, cabine, promo) ? Service dédié, règles dans chaque service, moteur de règles ?"
        ),
        _m(
            "On conçoit un système de commande pour une chaîne de restaurants : appli client, bornes, caisse, cuisine.",
            "D'accord. Je propose un service Commandes central, un service Menu/Catalogue, un service Paiement, et un bus d'événements vers lequel les écrans cuisine s'abonnent. Les bornes et l'appli passent par une même API.",
            "Et les imprimantes de tickets en cuisine, qui sont sur le réseau local du restaurant ? Si internet tombe, on fait comment ?",
        ),
        _m(
            "Pour notre boutique en ligne on sépare catalogue, panier, commande et paiement en services.",
            "Oui, c'est un découpage classique. Le panier peut rester léger (Redis), la commande devient la source de vérité au moment du checkout.",
            "et la logique des codes promo, elle vit où du coup ?",
        ),
        _m(
            "Peux-tu m'aider à concevoir l'archi d'une plateforme de téléconsultation ?",
            "Bien sûr : prise de rendez-vous, salle d'attente virtuelle, visio (WebRTC via un SFU), dossier de consultation, facturation. Les données de santé doivent être hébergées chez un hébergeur certifié HDS.",
            "Ok. Et pour les ordonnances, on les génère où et comment on garantit qu'elles ne sont pas modifiées après signature ?",
        ),
        _m(
            "Merci pour la recette de la tarte tatin, c'était parfait.",
            "Avec plaisir ! Bon appétit.",
            "Rien à voir : au boulot on doit migrer un monolithe PHP de 10 ans vers des services. Comment on choisit le premier morceau à sortir ?",
        ),
        _m(
            "Nous avons un entrepôt logistique avec un WMS, et on veut brancher 3 transporteurs + un site marchand.",
            "Je mettrais une couche d'intégration : un service « Expéditions » qui normalise les étiquettes et suivis des transporteurs, et publie des événements d'état.",
            "Et si un transporteur renvoie ses statuts en double ou dans le désordre ?",
        ),
        _m(
            "On a opté pour l'event sourcing dans le domaine Comptes d'une néobanque.",
            "Très bien. Pensez aux snapshots, à la version des événements et aux projections dédiées (solde, relevé, anti-fraude).",
            "Comment on gère un changement de format d'un événement qui existe déjà depuis 2 ans ?",
        ),
        _m(
            "Tu peux me traduire « release train » en français ?",
            "On dit souvent « train de livraison » ou on garde l'anglais.",
            "Merci. Autre sujet : on a 14 applis mobiles de marque blanche pour des clubs sportifs, chacune avec son backend copié-collé. Comment converger vers une seule plateforme multi-tenant ?",
        ),
        _m(
            "Pour l'application de gestion des cantines scolaires on part sur un monolithe modulaire en Django.",
            "Bon choix pour la taille de l'équipe. Définissez des modules avec des interfaces claires : inscriptions, menus, facturation, présence.",
            "ok et si dans 2 ans une autre commune veut l'utiliser avec ses propres tarifs ?",
        ),
        _m(
            "Notre archi de paiement : le front appelle le PSP, le PSP envoie un webhook, on met à jour la commande.",
            "Attention au cas où le webhook arrive avant que la commande soit créée, ou arrive deux fois.",
            "Justement, comment tu organiserais ça entre service commande, service paiement et la file de messages ?",
        ),
        _m(
            "On veut mettre un cache Redis devant notre API de catalogue produits.",
            "Cache-aside avec TTL court et invalidation sur événement de mise à jour produit, c'est une bonne base.",
            "et pour éviter que 2000 requêtes tapent la base en même temps quand une clé populaire expire ?",
        ),
        _m(
            "On a commencé un design doc pour le nouveau système de billetterie d'un festival.",
            "Parfait, envoyez les grandes lignes : volumes, pics, canaux de vente.",
            "80 000 billets mis en vente d'un coup un mardi à 10h, la moitié partent en 4 minutes. Comment éviter de survendre et de tomber ?",
        ),
        _m(
            "Quelle est la capitale de l'Australie ?",
            "Canberra.",
            "Ah oui. Bon, question de boulot : pour une appli de covoiturage, on calcule les correspondances trajet/passager dans l'API ou dans un service séparé alimenté par une file ?",
        ),
        _m(
            "On a découpé en 12 microservices et maintenant chaque feature demande 5 déploiements coordonnés.",
            "C'est souvent le signe de frontières mal placées : des services trop couplés par les données ou par des appels synchrones en chaîne.",
            "Comment on repère lesquels fusionner ? Tu as une méthode ?",
        ),
        _m(
            "Pour le SI d'une école de commerce on a Moodle, un ERP scolarité, et un outil RH.",
            "Un référentiel étudiants/personnels unique alimentant les trois est la base.",
            "et les notes ? on les synchronise ou on garde une seule source ?",
        ),
        _s(
            "Tu es l'assistant d'architecture interne de la DSI d'un groupe de distribution. Réponds en français, de façon structurée.",
            "On veut unifier le stock entre 400 magasins et l'e-commerce pour faire du click & collect en temps réel. Les caisses remontent les ventes toutes les 15 minutes. Quelle archi ?",
        ),
        _s(
            "Vous êtes un agent de code dans un dépôt Python (FastAPI). Proposez un plan avant toute modification.",
            "Le dossier `app/common/` est importé par les 9 routeurs et contient aussi bien l'envoi d'emails que le calcul de TVA et des helpers SQL. Propose un plan de découpage en modules avec l'ordre des étapes et comment éviter les imports circulaires. Pas de code pour l'instant.",
        ),
        _s(
            "You are a senior solutions architect. Answer in the user's language.",
            "Nous sommes une PME qui vend des pièces détachées agricoles. Tout tourne sur un AS/400. On voudrait ouvrir un site B2B avec les prix par client et le stock en temps réel sans toucher au cœur de l'AS/400. Quelle architecture d'intégration ?",
        ),
        _s(
            "Tu es un assistant qui aide les équipes à relire leurs dossiers d'architecture (ADR).",
            "ADR-014 : « Nous utiliserons une base MongoDB par microservice, et les rapports transverses seront faits par des appels API en chaîne au moment de la génération. » Tu en penses quoi ? On a 11 services.",
        ),
        _s(
            "Assistant technique de la plateforme SaaS Tikko (logiciel de caisse pour commerces). Réponds de manière concise.",
            "Nos commerçants veulent que la caisse fonctionne même sans connexion et se resynchronise ensuite. Quelle approche pour les conflits (même produit vendu dans 2 caisses, stock qui passe négatif) ?",
        ),
        _s(
            "Tu es un mentor pour des développeurs qui préparent des entretiens de conception de systèmes.",
            "Conçois un raccourcisseur d'URL pour 100 millions de liens par mois. Je veux voir les choix de stockage, génération d'identifiants et cache.",
        ),
        _s(
            "Tu es l'assistant de l'équipe plateforme. Les équipes te posent des questions sur l'infra.",
            "Faut-il un service mesh (Istio, Linkerd) pour 15 services ou c'est trop ? On veut surtout du mTLS et de meilleures métriques.",
        ),
        _s(
            "Vous êtes un consultant cloud. Répondez en français.",
            "Une collectivité veut quitter un hébergeur américain pour un cloud souverain. 60 VM, 3 bases SQL Server, un AD. Quelle démarche et dans quel ordre migrer ?",
        ),
        _s(
            "Tu es un assistant IA intégré à l'IDE. Le projet est un monorepo Nx (Angular + NestJS).",
            "On a 4 applis qui importent directement les entités TypeORM du back. Je veux une vraie séparation des couches avec des libs partagées propres. Donne-moi la structure cible des libs et les règles de dépendances.",
        ),
        _s(
            "Tu es un assistant pour l'équipe data d'une banque régionale.",
            "On doit servir des indicateurs de risque client à la fois au front conseiller (latence < 200 ms) et aux modèles de scoring (batch). Feature store, base de lecture dédiée, ou on requête le data warehouse ?",
        ),
        _s(
            "Assistant d'architecture. Tu poses des questions si le contexte manque.",
            "Notification multicanal (SMS, email, push, courrier) pour une caisse de retraite : 4 millions d'assurés, campagnes annuelles + messages transactionnels. Architecture ?",
        ),
        _u(
            "Pour une appli de suivi de colis, est-ce qu'on stocke chaque événement de scan (append-only) ou juste le dernier statut ? On parle de 3 millions de scans par jour."
        ),
        _u(
            "quel est l'intérêt d'un schema registry avec Kafka si toutes nos équipes utilisent déjà du JSON ?"
        ),
        _u(
            "Notre appli de e-santé doit tourner en France et au Québec avec des règles d'hébergement des données différentes. Un seul déploiement multi-région ou deux instances séparées ?"
        ),
        _u(
            "Horloges vectorielles vs timestamps hybrides (HLC) : c'est pour résoudre quoi exactement dans une base répliquée ?"
        ),
        _u(
            "On a une application de réservation de créneaux pour la déchetterie municipale qui plante chaque lundi matin à l'ouverture des réservations. Salle d'attente virtuelle, file, mise à l'échelle auto ? Comment penser ça ?"
        ),
        _u(
            "Backend pour un musée qui publie ses collections en 3D : scans de statues en glTF de 200 Mo, versions basse définition pour mobile, métadonnées. Comment organiser stockage, génération des LOD côté serveur et distribution via CDN ?"
        ),
        _u(
            "Faut-il un data mesh quand on est 8 dans l'équipe data ? Ou c'est un truc de très grosses boîtes ?"
        ),
    ],
    "ru": [
        _u(
            "Нам вообще нужен «средний слой» (middle platform) между витриной маркетплейса и складскими системами, или это пережиток моды 2019 года?"
        ),
        _u(
            "Как прикинуть мощности под «Чёрную пятницу», если ожидаем десятикратный рост трафика на каталог и в три раза больше заказов?"
        ),
        _u(
            "У нас в проекте пакет `common` на 20 тысяч строк, от него зависят все сервисы: там и работа с деньгами, и логирование, и парсинг дат, и клиенты к внешним API. Хочу план, как его распилить по доменам, в каком порядке и как не сломать сборку у соседних команд. Код пока не нужен."
        ),
        _u(
            "Уходим с Firebase: Firestore, Auth, Storage, пуши. Приложение доставки продуктов, 300 тыс. пользователей. Как спланировать переезд на свою инфраструктуру, чтобы пользователи не разлогинились массово?"
        ),
        _u(
            "Сага vs двухфазный коммит для оформления заказа в интернет-магазине: склад, оплата, доставка в разных сервисах. Почему все советуют саги?"
        ),
        _u(
            "Банк хочет журнал аудита действий операционистов, который нельзя подправить задним числом даже админу БД. Какие варианты архитектуры: цепочка хешей, отдельное хранилище с WORM, внешнее заверение меток времени?"
        ),
        _u(
            "Что такое паттерн outbox и зачем он нужен, если можно просто отправить сообщение в RabbitMQ после коммита транзакции?"
        ),
        _u(
            "Переезжаем с мейнфрейма (IBM z/OS, COBOL, DB2) в страховой компании. Расчёт полисов нельзя останавливать ни на день. С чего начинать: с данных, с интерфейсов, с отдельных продуктов?"
        ),
        _u(
            "Jenkins на одной виртуалке, 450 джобов, половина никому не известна. Как организовать переезд на GitLab CI, чтобы не потерять ни одной нужной сборки?"
        ),
        _u(
            "Идемпотентность при приёме платежей через эквайринг: где хранить ключ, что делать при повторном колбэке и при таймауте от банка?"
        ),
        _u(
            "Распределённая блокировка на Redis для планировщика, который не должен дважды запускать выгрузку в налоговую. Надёжно ли это или лучше через БД (advisory lock) / ZooKeeper?"
        ),
        _u(
            "Как строить read-модели в event sourcing, если проекций уже 30 и некоторые пересчитываются часами? Может, не все проекции должны жить на одном и том же потоке событий?"
        ),
        _u(
            "Кеширование для госуслуг региона: справочники (меняются раз в месяц), статусы заявлений (часто), личный кабинет. Какие уровни кеша и где инвалидация?"
        ),
        _u(
            "Очередь для обработки заявок на кредит: Kafka или RabbitMQ? Заявок немного (10 тыс. в день), но важен строгий порядок по клиенту и повторная обработка."
        ),
        _u(
            "Мультирегион для онлайн-кинотеатра: каталог и метаданные в одном регионе, видео по CDN, а что делать с прогрессом просмотра и подписками, чтобы не было рассинхрона?"
        ),
        _u(
            "SaaS для управления фитнес-клубами, 1200 клубов. Одна база с tenant_id или схема на клиента? Крупные сети хотят свои отчёты и отдельные бэкапы."
        ),
        _u(
            "ETL или ELT для сети аптек? Источники: 1С в каждой аптеке, сайт, колл-центр. Хранилище пока не выбрали — ClickHouse, Greenplum или lakehouse на S3?"
        ),
        _u(
            "Нужен CDC из PostgreSQL в ClickHouse для аналитики заказов. Debezium + Kafka или что-то попроще? Какие подводные камни с удалениями и изменениями схемы?"
        ),
        _u(
            "API-шлюз для банковского приложения: один общий на всё или отдельный BFF для мобилки, веба и партнёров? Как там же делать лимиты и аутентификацию?"
        ),
        _u(
            "Как нарезать границы сервисов для системы управления больницей: приёмное отделение, стационар, лаборатория, аптека, платные услуги? Пациент вроде как общий для всех."
        ),
        _u(
            "Монорепозиторий или много репозиториев для 70 разработчиков на Go и React? Сейчас 140 репо и зависимости между ними обновляются вручную."
        ),
        _u(
            "Хотим эфемерные окружения на каждую ветку для QA. Что делать с базой данных: копия прода с обезличиванием, сиды, общий стенд? И как не разориться на облаке?"
        ),
        _u(
            "Спроектируй наблюдаемость для логистической платформы: 40 сервисов, трекинг фур в реальном времени, SLA для клиентов. Что мерить, где хранить трейсы, как строить алерты?"
        ),
        _u(
            "Бэкенд для каталога 3D-моделей сантехники (glTF) для дизайнеров интерьера: как версионировать модели, хранить варианты материалов, раздавать через CDN и не ломать уже сохранённые проекты клиентов при обновлении модели?"
        ),
        _u(
            "в чём разница между CQRS и просто отдельной репликой для чтения? на собесе спросили, я поплыл"
        ),
        _u(
            "Как делать удаление персональных данных по запросу пользователя (152-ФЗ), если данные разлетелись по микросервисам, DWH и бэкапам? Архитектурно, не юридически."
        ),
        _u(
            "Стоит ли нам, команде из 6 человек, дробить Django-монолит на микросервисы? Продукт — CRM для автосалонов, нагрузка небольшая, но релизы стали страшными."
        ),
        _u(
            "Как спроектировать систему бронирования столиков для сети ресторанов так, чтобы один столик не продали дважды при одновременных бронях с сайта, из приложения и по телефону?"
        ),
        _u("Объясни векторные часы на пальцах и где их реально применяют, кроме учебников."),
        _u(
            "Переносим 200 ТБ медиаархива телеканала из своего хранилища в облако. Как организовать миграцию, чтобы редакция продолжала работать с материалами?"
        ),
        _u(
            "Хотим вынести расчёт цен (скидки, акции, персональные цены) в отдельный сервис. Но корзина, каталог и кассы должны отвечать мгновенно. Синхронный вызов или предрасчёт и кеш?"
        ),
        _u(
            "Как устроить игровой бэкенд для MMO-стратегии: карта мира, альянсы, бои, чат. Что держать в памяти, что в базе, как шардировать по серверам мира?"
        ),
        _u(
            "Есть ли смысл в data mesh для банка с 15 продуктовыми командами, или лучше централизованная платформа данных?"
        ),
        _u(
            "Какие SLO и бюджеты ошибок заводить для внутренней платформы, которой пользуются другие команды, а не клиенты?"
        ),
        _u(
            "План по ёмкости: сервис отправки СМС-кодов сейчас держит 500 rps, в дни выборов в госуслугах бывает 5000. Как считать, что докупить и где узкое место, если провайдер СМС сам ограничивает?"
        ),
        _u(
            "Вот кусок дизайн-документа, посмотри критично:\n\nСистема начисления бонусов для сети АЗС.\n- Каждая АЗС отправляет чеки в центральный API синхронно при пробитии.\n- Если API недоступен, чек не пробивается.\n- Баланс хранится в одной таблице, обновляется UPDATE balance = balance + x.\n- Отчёты строятся из той же базы.\n\nЧто тут не так и как бы ты переделал?"
        ),
        _u(
            "Хранить события трекинга курьеров (GPS раз в 5 секунд, 20 тыс. курьеров) — в какую базу и как отдавать последнюю точку в приложение клиента с минимальной задержкой?"
        ),
        _u(
            "Шардирование пользователей по user_id для соцсети — а как потом делать ленту, где посты друзей с разных шардов?"
        ),
        _u(
            "Что лучше для межсервисного взаимодействия в нашей платформе онлайн-школы: gRPC, REST или события? Сейчас всё на REST и цепочки вызовов по 6 сервисов."
        ),
        _u(
            "Как правильно организовать команды вокруг платформы такси: по сервисам, по продуктам (водители, пассажиры, тарифы) или по слоям? Сейчас 8 команд и вечные согласования."
        ),
        _u(
            "Когда нужен сервис-меш, а когда хватит библиотеки ретраев и таймаутов в каждом сервисе?"
        ),
        _u(
            "Мы госучреждение, нужно хранить документы граждан 75 лет. Как спроектировать архив: форматы, носители, проверка целостности, переезд между поколениями хранилищ?"
        ),
        _u(
            "бд для очереди задач или брокер? постгрес с SKIP LOCKED вроде норм работает, но архитектор говорит надо кафку. кто прав для 200 задач в минуту"
        ),
        _u(
            "Как спроектировать feature flags для мобильного банка, чтобы можно было выключить функцию у части клиентов без релиза и при этом не тормозить запуск приложения?"
        ),
        _u(
            "Как обеспечить согласованность остатков между WMS склада и маркетплейсами (Ozon, Wildberries, свой сайт), если каждый маркетплейс обновляет остатки со своей задержкой?"
        ),
        _m(
            "Проектируем систему заказов для сети пекарен: сайт, приложение, кассы в точках.",
            "Предлагаю центральный сервис заказов, сервис меню с ценами по точкам и очередь событий, из которой точки получают заказы на выдачу.",
            "А если в пекарне пропал интернет, а заказ уже оплачен в приложении?",
        ),
        _m(
            "У нас интернет-магазин: каталог, корзина, заказы, оплата — уже отдельные сервисы.",
            "Хорошо. Корзина хранит только ссылки на товары, цена фиксируется в заказе при оформлении.",
            "а если товар подорожал, пока лежал в корзине неделю? кто и когда пересчитывает?",
        ),
        _m(
            "Мы выбрали event sourcing для учёта в микрофинансовой организации.",
            "Тогда продумайте версионирование событий, снапшоты и отдельные проекции для отчётности регулятору.",
            "Отчёты регулятору нужно строить на любую дату в прошлом. Как это лучше сделать с проекциями?",
        ),
        _m(
            "Спасибо за помощь с письмом тёте, отправил.",
            "Рад помочь!",
            "Теперь по работе: у нас 30 микросервисов на одной общей базе Oracle. Как начать разделять данные по сервисам и в каком порядке?",
        ),
        _m(
            "Делаем платформу для клиник: запись, медкарта, оплата, телемедицина.",
            "Медкарту лучше выделить в отдельный контур с повышенными требованиями к защите и аудиту; запись и оплата — отдельно.",
            "и как тогда запись узнаёт, что у пациента противопоказания к процедуре, не ходя в медкарту напрямую?",
        ),
        _m(
            "Перевели кеш каталога на Redis, инвалидируем по событию изменения товара.",
            "Хорошо. Учтите, что событие может прийти раньше, чем завершится запись в базу у реплики.",
            "Точно, у нас такое было. Как это правильно решать?",
        ),
        _m(
            "Сколько будет 17% от 2400?",
            "408.",
            "Ок, спасибо. Вопрос по архитектуре: нам нужно, чтобы отчёты в BI не грузили боевую базу 1С. Реплика, выгрузка в хранилище или CDC?",
        ),
        _m(
            "Проектируем продажу билетов на футбол: 45 тысяч мест, старт продаж в 12:00.",
            "Понадобятся виртуальная очередь, резервирование мест с таймаутом и отдельный сервис оплаты.",
            "А сколько держать резерв и что делать, если оплата прошла, а резерв уже истёк?",
        ),
        _m(
            "Мы делаем сервис подписок для онлайн-кинотеатра: тарифы, списания, доступ к контенту.",
            "Биллинг хранит состояние подписки, а сервис доступа получает события о её изменении и кеширует права.",
            "Если списание не прошло, сколько держать доступ и кто решает его отключить — биллинг или сервис доступа?",
        ),
        _m(
            "Мы логистическая компания, подключаем 20 перевозчиков через их API.",
            "Нужен слой адаптеров и единая модель статусов отправления, плюс очередь для повторов.",
            "а если у перевозчика нет API, только выгрузка Excel раз в день на FTP?",
        ),
        _s(
            "Ты — помощник архитектора в ИТ-департаменте крупного ритейлера. Отвечай по-русски, по пунктам.",
            "Нужно объединить остатки 900 магазинов и интернет-магазина для самовывоза за час. Кассы выгружают продажи раз в 10 минут. Какую архитектуру предложишь?",
        ),
        _s(
            "Ты агент, работающий в репозитории на Java (Spring Boot, Maven multi-module). Сначала план, потом изменения.",
            "Модуль `core-utils` подключён в 18 модулях и тянет за собой Hibernate, Jackson и клиент S3. Составь план, как разнести его на несколько лёгких модулей и в каком порядке переводить зависимые модули. Код не пиши.",
        ),
        _s(
            "You are an architecture review assistant. Reply in the language of the user.",
            "Ревью: мы хотим хранить все настройки тарифов ЖКХ для 80 городов в одном JSON в S3 и читать его при каждом расчёте квитанции в 12 сервисах. Норм?",
        ),
        _s(
            "Ты — ассистент внутренней платформенной команды. К тебе приходят разработчики с вопросами про инфраструктуру.",
            "Мы хотим перейти с self-hosted Kubernetes на managed (Yandex Cloud). 50 сервисов, stateful есть: Postgres, Kafka, Elasticsearch. Что переносить первым и что оставить на своих серверах?",
        ),
        _s(
            "Ты — ментор, готовишь к собеседованию по system design.",
            "Спроектируй сервис уведомлений для маркетплейса: пуши, СМС, email, 50 млн сообщений в сутки, приоритеты (коды подтверждения важнее рекламы).",
        ),
        _s(
            "Ты встроенный помощник IDE. Проект: монорепо на TypeScript (NestJS + Next.js).",
            "У нас бэкенд и фронт импортируют одни и те же DTO, и любое изменение ломает всё. Как правильно организовать общий контракт между ними: генерация из OpenAPI, отдельный пакет, что-то ещё?",
        ),
        _s(
            "Ты технический консультант банка. Не запрашивай и не используй персональные данные клиентов.",
            "Как спроектировать антифрод, который должен принять решение по платежу за 100 мс, используя историю клиента за год?",
        ),
        _s(
            "Ты помощник команды данных онлайн-кинотеатра.",
            "Нужно собирать события просмотра (старт, пауза, перемотка) со всех устройств и строить рекомендации раз в час. Как устроить поток: от клиента до хранилища?",
        ),
        _s(
            "Ты ассистент по архитектуре. Если информации мало — задай уточняющие вопросы.",
            "Хотим сделать свою платёжную страницу для 40 интернет-магазинов-партнёров, чтобы не отправлять клиентов на сайт эквайера. Какую архитектуру выбрать?",
        ),
        _s(
            "Ты ИИ-ассистент в компании, разрабатывающей ПО для муниципалитетов.",
            "Каждый город хочет свою доработку нашей системы учёта обращений граждан. Сейчас у нас 35 форков. Как вернуться к одному продукту с настройкой и расширениями?",
        ),
        _u(
            "Нужна ли отдельная база под полнотекстовый поиск товаров (Elasticsearch/OpenSearch) или хватит Postgres с tsvector для каталога на 2 млн позиций? Как синхронизировать, если отдельная?"
        ),
        _u(
            "Как в многоарендной SaaS-системе не дать одному «шумному» клиенту положить остальных? Лимиты, отдельные пулы воркеров, шардирование по клиентам?"
        ),
        _u(
            "Геймдев: как спроектировать сервис лидербордов на 10 млн игроков с сезонными сбросами и отображением места игрока среди друзей?"
        ),
        _u(
            "Блокчейн для реестра земельных участков — реально нужен или хватит обычной БД с неизменяемым журналом и подписями?"
        ),
        _u(
            "С Heroku на свой VPS + Docker: какие вещи Heroku делал за нас незаметно (логи, перезапуски, SSL, бэкапы), которые теперь надо продумать в архитектуре?"
        ),
    ],
    "ko": [
        _u(
            "배달앱 주문을 가게 POS로 바로 넣어주는 연동 서비스를 만들려고 합니다. POS 업체가 10곳 넘고 가게 인터넷도 불안정한데, 중간 구조를 어떻게 잡아야 하나요?"
        ),
        _u(
            "공공기관 10곳 시스템을 통합 로그인(SSO)으로 묶으려고 합니다. 기관마다 회원 DB가 따로 있는데 계정 통합은 어떤 순서로 진행하나요?"
        ),
        _u(
            "월급날 오전에 이체 트래픽이 평소의 8배로 튑니다. 은행 API 서버 용량 산정을 어떻게 해야 하고, 어디까지 자동 확장에 맡겨도 될까요?"
        ),
        _u(
            "대학 수강신청 날마다 서버가 죽어요. 9시 정각에 2만 명이 몰리는데 대기열, 사전 로그인, 정원 카운트 처리를 어떻게 설계하나요?"
        ),
        _u(
            "새벽배송 물류센터에서 밤 11시 주문 마감 후 웨이브 피킹을 돌립니다. 주문 마감 시각과 피킹 배치 생성, 배송 차량 배정까지 시스템 흐름을 어떻게 나누는 게 좋을까요?"
        ),
        _u(
            "카드사 포인트를 제휴사 20곳과 주고받는 통합 포인트 원장을 설계합니다. 복식부기처럼 만들어야 하나요, 아니면 거래 내역 테이블 하나로 충분한가요?"
        ),
        _u(
            "웹툰 플랫폼에서 유료 회차 이미지를 CDN으로 서빙하는데 권한 체크를 어디서 해야 할지 고민입니다. 서명 URL, 엣지 인증, 오리진 체크 중에 뭐가 맞나요?"
        ),
        _u(
            "중고거래 앱 1:1 채팅 구조 질문입니다. 메시지 저장소, 실시간 전달(WebSocket), 푸시 알림, 안 읽은 메시지 수를 어떻게 나누나요?"
        ),
        _u(
            "보험금 청구 서류를 OCR로 처리하는 파이프라인을 만듭니다. 업로드, OCR, 사람 검수, 심사 시스템 전달까지 큐와 워커를 어떻게 배치할까요?"
        ),
        _u(
            "Express 백엔드의 `helpers/` 폴더에 파일이 200개고 팀 4개가 다 같이 고칩니다. 도메인별로 나누고 팀별 소유권을 정하는 계획을 세우고 싶어요. 코드 말고 단계별 계획이요."
        ),
        _u(
            "AWS Amplify로 시작한 서비스인데 이제 구조를 직접 관리하고 싶어요. Cognito 사용자, AppSync, DynamoDB를 어떤 순서로 걷어내면 될까요?"
        ),
        _u(
            "오라클 라이선스 비용 때문에 PostgreSQL로 전환하려고 합니다. PL/SQL 패키지가 300개 있는데 전환 전략을 어떻게 짜나요? 한 번에? 업무별로?"
        ),
        _u(
            "젠킨스로 빌드랑 배포를 다 하고 있는데, CI는 GitHub Actions로, 배포는 ArgoCD로 나누는 게 맞을까요? 전환 순서도 궁금합니다."
        ),
        _u(
            "포인트 일부 + 카드 나머지로 결제하는 복합결제에서 카드 승인은 됐는데 포인트 차감이 실패하면 어떻게 처리하는 구조가 좋을까요?"
        ),
        _u(
            "송금 API를 외부 핀테크에 제공합니다. 클라이언트가 타임아웃 후 재시도할 때 이중 송금을 막는 멱등성 설계를 어떻게 해야 하나요?"
        ),
        _u(
            "영화관 키오스크 여러 대와 앱에서 같은 좌석을 동시에 선택할 수 있어요. 좌석 임시 점유를 어디에서, 어떤 방식으로 잡는 게 좋을까요?"
        ),
        _u(
            "주식 포트폴리오 앱에서 체결 이벤트를 쌓고 수익률 화면을 프로젝션으로 만들고 있어요. 시세가 바뀔 때마다 수익률을 다시 계산해야 하는데 읽기 모델을 어떻게 설계하죠?"
        ),
        _u(
            "환율이랑 코인 시세를 여러 화면에서 보여줍니다. TTL 캐시로 갈지, 시세 서버가 푸시하게 할지 구조적으로 뭐가 나을까요?"
        ),
        _u(
            "마케팅 메일 200만 통과 비밀번호 재설정 메일이 같은 발송 시스템을 씁니다. 중요한 메일이 밀리지 않게 큐를 어떻게 나눠야 할까요?"
        ),
        _u(
            "글로벌 모바일 게임인데 게임 서버는 리전별로 두고 계정과 결제는 하나로 쓰고 싶어요. 리전 간 데이터를 어떻게 나눠야 하나요?"
        ),
        _u(
            "프랜차이즈용 SaaS인데 본사-지사-가맹점 계층 구조가 있어요. 본사는 전체 데이터를 보고 가맹점은 자기 것만 봐야 합니다. 테넌트 모델을 어떻게 잡나요?"
        ),
        _u(
            "공공기관 시스템에서 개인정보 처리 시스템 접속 기록을 2년 이상 위변조 없이 보관해야 합니다. 로그 수집부터 보관까지 구조를 어떻게 설계하나요?"
        ),
        _u(
            "스타트업 첫 데이터 파이프라인을 만들어요. GA4, 앱 이벤트, 운영 DB를 한곳에 모으려는데 처음엔 뭘로 시작하는 게 현실적일까요?"
        ),
        _u(
            "MongoDB 변경 스트림(change streams)으로 검색 인덱스랑 분석 DB를 채우려는데, 재처리랑 순서 보장 관련해서 주의할 게 뭔가요?"
        ),
        _u(
            "20년 된 SOAP 서비스 앞에 REST API 게이트웨이를 두고 모바일 앱을 붙이려 합니다. 변환 로직을 게이트웨이에 둘지 별도 어댑터 서비스로 둘지 고민이에요."
        ),
        _u(
            "부동산 중개 플랫폼을 매물, 중개사, 계약, 광고 서비스로 나누려는데, 매물 노출 순위는 광고 쪽인가요 매물 쪽인가요?"
        ),
        _u(
            "개발자 10명에서 40명으로 늘어났습니다. 팀은 어떻게 나누고 저장소와 배포 단위는 어떻게 맞춰야 하나요?"
        ),
        _u(
            "모바일 앱 QA용으로 PR마다 백엔드 임시 환경을 띄우는데, 앱 빌드가 그 임시 백엔드를 바라보게 하려면 구조를 어떻게 해야 하나요?"
        ),
        _u(
            "주문 수가 갑자기 줄어드는 걸 기술 지표보다 먼저 알아채고 싶어요. 비즈니스 메트릭 모니터링을 기존 관측성 스택에 어떻게 얹나요?"
        ),
        _u(
            "자동차 부품 카탈로그를 3D(glTF)로 딜러사에 제공합니다. 딜러사별 접근 권한, 부품 설계 변경 시 버전 관리, CDN 배포를 백엔드에서 어떻게 설계하면 좋을까요?"
        ),
        _u(
            "가명처리한 데이터를 분석팀에 제공하는 구조를 만들려고 합니다. 원본 DB, 가명처리 단계, 분석 환경을 어떻게 분리해야 하나요?"
        ),
        _u(
            "정기결제 구독 서비스에서 결제 실패 시 재시도, 유예 기간, 해지까지 구독 상태를 어느 서비스가 관리해야 할까요?"
        ),
        _u("MSA 하면 DB도 무조건 서비스마다 나눠야 해요?"),
        _u("헥사고날 아키텍처, 실무에서 써볼 만한가요?"),
        _u("이벤트 스토밍으로 서비스 경계 잡는 거 실제로 도움 되나요? 어떻게 진행하는지 궁금해요."),
        _u("캐시 일관성 그냥 포기하고 TTL을 짧게 가면 안 되나요? 어떤 경우에 문제가 되죠?"),
        _u("2PC는 왜 MSA에서 잘 안 쓰나요?"),
        _u("리더 선출이 필요한 상황은 언제인가요? 그냥 DB 락으로 대신하면 안 되나요?"),
        _u(
            "명절 기차표 예매 오픈 때 수십만 명이 동시에 접속합니다. 좌석 재고와 대기열, 결제 제한 시간을 어떻게 설계해야 하나요?"
        ),
        _u(
            "아래 설계 검토 부탁드립니다.\n\n[아파트 관리비 고지 시스템]\n- 단지 600곳, 매월 25일 일괄 고지\n- 단지별 관리사무소가 엑셀로 검침값 업로드\n- 고지서 PDF는 요청 시 실시간 생성\n- 납부는 은행 가상계좌, 입금 확인은 매일 새벽 파일 수신\n\n25일에 트래픽이 몰리고 PDF 생성이 느립니다. 구조를 어떻게 바꾸면 좋을까요?"
        ),
        _u(
            "키즈카페 예약 시스템 정도 규모면 아키텍처를 어느 정도까지 고민해야 할까요? 지점 5개, 하루 예약 300건이에요."
        ),
        _u(
            "병원 진료 예약, 알림톡 리마인드, 노쇼 관리 기능을 만들려고 합니다. 예약 서비스와 알림 서비스 사이의 흐름을 이벤트로 할지 스케줄러로 할지 고민입니다."
        ),
        _m(
            "사내 메신저를 만들고 있어요. 채팅방, 메시지, 파일 첨부 정도입니다.",
            "메시지는 채팅방 단위로 파티셔닝해 저장하고, 실시간 전달은 WebSocket 게이트웨이로 처리하는 구조가 일반적입니다.",
            "단체방에서 '안 읽은 사람 수' 표시는 어떻게 구현하는 게 구조적으로 맞아요?",
        ),
        _m(
            "배달 주문 흐름을 설계 중이에요. 주문 생성 → 결제 → 가게 접수 → 배차.",
            "결제 완료 후 가게 접수를 기다리는 상태를 주문 서비스가 관리하면 됩니다.",
            "가게가 주문을 거절하면 결제 취소는 누가 책임져요?",
        ),
        _m(
            "제주도 2박 3일 코스 추천해 줘",
            "첫날 동쪽(성산일출봉, 우도), 둘째 날 남쪽(중문, 천지연), 셋째 날 서쪽(협재, 한림공원) 어떠세요?",
            "좋네요. 이제 일 얘기: 쇼핑몰 모놀리스에서 결제만 먼저 분리하려는데 주문 테이블과 얽혀 있는 걸 어떻게 끊어야 할까요?",
        ),
        _m(
            "호텔 예약 플랫폼에서 예약, 객실 재고, 결제를 서비스로 나눴어요.",
            "예약 서비스가 재고 점유와 결제를 조율하는 사가 구조가 적합합니다.",
            "환불 규정이 예약 시점 기준이면, 그 규정은 어디에 스냅샷으로 저장해야 해요?",
        ),
        _m(
            "모놀리스를 나누는 중인데, 주문/상품/회원 서비스가 다 members 테이블을 읽어요.",
            "회원 서비스가 소유권을 갖고, 다른 서비스는 API나 이벤트로 필요한 정보만 복제하는 게 원칙입니다.",
            "근데 주문 목록에 회원 이름이랑 등급을 같이 보여줘야 해요. 매번 API 호출해요?",
        ),
        _m(
            "상품 상세에 캐시를 도입했는데 배포 직후에 DB 부하가 튑니다.",
            "새 버전의 캐시 키가 바뀌면서 전부 미스가 나는 경우가 많습니다.",
            "배포할 때 캐시 워밍업은 어떤 구조로 하는 게 좋아요?",
        ),
        _m(
            "카프카를 처음 도입해요. 주문 이벤트 토픽부터 만들려고요.",
            "키를 주문 ID로 잡으면 같은 주문의 이벤트 순서가 보장됩니다.",
            "파티션 수는 몇 개로 시작해야 해요? 나중에 늘리면 순서 깨지지 않나요?",
        ),
        _m(
            "이 영어 메일 좀 자연스럽게 고쳐줘: I want to request the meeting for next week.",
            "Could we schedule a meeting for next week?",
            "고마워요. 다른 건데, 우리 팀 서비스 15개에 트레이싱이 하나도 없어요. 어떤 순서로 도입하는 게 좋을까요?",
        ),
        _m(
            "물류 시스템에서 출고, 배송, 배송 완료까지는 설계가 끝났어요.",
            "좋습니다. 배송 상태는 배송 서비스가 소유하고 이벤트로 주문에 알리는 구조죠.",
            "반품 흐름은 어떻게 붙여요? 회수, 검수, 환불이 다 다른 팀이에요.",
        ),
        _m(
            "MMORPG 길드 기능을 설계하고 있어요. 길드원, 권한, 길드 창고.",
            "길드 상태는 길드 서비스가 갖고, 창고 아이템은 인벤토리 서비스와 연동하는 구조가 일반적입니다.",
            "길드원 여러 명이 창고에서 동시에 아이템을 꺼내면 어떻게 막아요?",
        ),
        _m(
            "공연 예매 시스템 대기열과 좌석 선점은 구현했어요.",
            "좋습니다. 결제 제한 시간이 지나면 좌석을 풀어주는 흐름도 필요합니다.",
            "취소표가 나오면 대기 중인 사람들한테 어떤 순서로 다시 열어줘요?",
        ),
        _m(
            "운영 DB에서 CDC로 데이터 레이크에 적재하기 시작했어요.",
            "스키마 변경 처리와 재적재 전략을 미리 정해두세요.",
            "개인정보 컬럼은 어떻게 마스킹해서 넘기는 게 좋아요? 레이크에 원본이 들어가면 안 돼서요.",
        ),
        _m(
            "학원 관리 SaaS예요. 원생, 수강, 출결, 수납 모듈이 있어요.",
            "모듈 경계가 명확하면 모듈러 모놀리스로 충분히 갈 수 있습니다.",
            "학원 체인 본사가 전 지점 통계를 실시간으로 보고 싶대요. 그건 어디서 만들어요?",
        ),
        _s(
            "당신은 편의점 본사 IT팀의 아키텍처 어시스턴트입니다. 한국어로 항목별로 답하세요.",
            "점포 1만 곳의 재고를 앱에서 '근처 매장 재고 조회'로 보여주려고 합니다. POS 판매는 실시간 전송이 안 되는 점포도 있어요. 어떤 구조가 좋을까요?",
        ),
        _s(
            "You are a coding agent in a Django repository. Present a plan before editing.",
            "앱 `core`에 모델 40개가 몰려 있고 모든 앱이 import 합니다. 도메인별 앱으로 나누는 계획을 단계별로 정리해 주세요. 마이그레이션과 외래키가 얽힌 부분을 어떻게 처리할지도요. 코드는 아직 필요 없어요.",
        ),
        _s(
            "당신은 설계 리뷰를 돕는 어시스턴트입니다.",
            "ADR 초안: '세션, 캐시, 분산 락, 작업 큐를 모두 하나의 공유 Redis 클러스터에 둔다.' 서비스 12개입니다. 리뷰해 주세요.",
        ),
        _s(
            "당신은 외식 프랜차이즈 POS SaaS '오더링크'의 기술 지원 봇입니다. 간결하게 답하세요.",
            "본사에서 메뉴랑 가격을 바꾸면 전국 가맹점 포스에 일괄 반영하고 싶어요. 일부 매장은 가격이 달라요. 배포 구조를 어떻게 잡나요?",
        ),
        _s(
            "당신은 시스템 디자인 면접 코치입니다.",
            "수천만 명이 쓰는 메신저를 설계해 보세요. 1:1 채팅, 단체방, 읽음 표시, 멀티 디바이스 동기화까지요.",
        ),
        _s(
            "당신은 IDC에서 클라우드로 전환하는 프로젝트의 컨설턴트입니다.",
            "쇼핑몰 서버가 IDC에 물리 서버 30대로 있습니다. 클라우드로 옮기면서 구조도 바꾸고 싶은데, 리프트 앤 시프트 후 개선할지 처음부터 재설계할지 어떻게 판단하나요?",
        ),
        _s(
            "당신은 IDE에 내장된 AI 도우미입니다. 프로젝트는 Kotlin 멀티모듈(Android 앱 + Ktor 서버)입니다.",
            "앱과 서버가 공유하는 모델 모듈이 점점 커져서 서버 전용 코드까지 앱에 들어가고 있어요. 모듈 구조를 어떻게 다시 나눠야 할까요?",
        ),
        _s(
            "당신은 보험사 데이터팀을 돕는 어시스턴트입니다. 실제 고객 정보는 요청하지 마세요.",
            "계약, 청구, 상담 데이터가 각자 다른 시스템에 있어서 고객 단위 분석이 안 됩니다. 통합 고객 뷰를 만들려면 어떤 데이터 아키텍처가 좋을까요?",
        ),
        _s(
            "당신은 공공기관 정보시스템 자문 어시스턴트입니다.",
            "지자체 재난 알림(문자, 앱 푸시, 전광판)을 한 번에 발송하는 시스템이 필요합니다. 평소엔 거의 안 쓰다가 재난 시 몇 분 안에 수백만 건을 보내야 해요. 구조를 제안해 주세요.",
        ),
        _s(
            "당신은 게임 회사 서버팀의 기술 어시스턴트입니다.",
            "실시간 1:1 대전 게임의 매치메이킹 서버를 설계하고 있어요. 실력 기반 매칭, 대기 시간 제한, 리전별 서버 배치를 어떻게 구성하나요?",
        ),
        _s(
            "당신은 증권사 IT 부서의 아키텍처 어시스턴트입니다.",
            "실시간 시세를 MTS 앱 50만 명에게 뿌려야 합니다. 시세 수신부터 앱까지 배포 구조와 장 시작 직후 부하 대응을 어떻게 설계하나요?",
        ),
        _s(
            "당신은 병원 정보팀의 연동 설계를 돕는 어시스턴트입니다. 실제 환자 정보는 다루지 않습니다.",
            "검사 장비 30종의 결과를 EMR로 보내는데 지금은 장비마다 프로그램이 따로 있어요. 중간 연동 계층을 어떻게 설계해야 할까요?",
        ),
        _s(
            "당신은 에듀테크 스타트업의 CTO를 돕는 어시스턴트입니다.",
            "학교별 데이터 분리가 계약 조건이라 지금은 학교마다 서버를 따로 띄우고 있어요. 200개 학교가 되니 운영이 불가능합니다. 어떻게 전환하나요?",
        ),
        _s(
            "당신은 언론사 디지털팀의 기술 어시스턴트입니다.",
            "오래된 설치형 CMS에서 헤드리스 CMS로 옮기려 합니다. 기사 30만 건, 기존 URL 유지, 모바일 앱도 같은 콘텐츠를 씁니다. 이관 전략을 알려주세요.",
        ),
        _u(
            "사내 결재 시스템을 그룹웨어 벤더에서 자체 구축으로 바꾸려 합니다. 진행 중인 결재 문서와 결재선 데이터를 어떻게 이관하고 두 시스템을 얼마나 병행해야 할까요?"
        ),
        _u(
            "서비스 간 호출이 많아지면서 장애가 연쇄적으로 번집니다. 타임아웃, 서킷 브레이커, 벌크헤드를 어느 계층에 어떻게 배치해야 할까요?"
        ),
    ],
    "it": [
        _u(
            "Abbiamo ancora bisogno di un middleware di integrazione tra il gestionale, l'e-commerce e il marketplace B2B, o ormai basta far parlare i sistemi via API e webhook?"
        ),
        _u(
            "Saldi estivi: l'anno scorso il sito è andato giù alle 9:01. Come impostiamo capacity planning e test di carico per quest'anno?"
        ),
        _u(
            "Nel nostro progetto Spring c'è un package `it.azienda.util` con 300 classi usate ovunque: calcolo ritenute, generazione XML per la fatturazione elettronica, invio SMS. Vorrei un piano per smontarlo per dominio, con l'ordine dei passi e come verificare le dipendenze. Per ora solo il piano."
        ),
        _u(
            "Siamo su Firebase da 5 anni con un'app per prenotare visite dal veterinario. Vorremmo passare a Supabase o a un backend nostro. Come migriamo utenti e dati senza far reinserire la password a nessuno?"
        ),
        _u(
            "Dobbiamo sostituire un vecchio ERP AS/400 di un'azienda di distribuzione alimentare. Meglio affiancare il nuovo e spostare un processo alla volta o fare il passaggio secco a inizio anno fiscale?"
        ),
        _u(
            "Da Jenkins a GitLab CI: conviene prima standardizzare le pipeline su Jenkins e poi migrare, o migrare e standardizzare insieme?"
        ),
        _u(
            "Portale dei pagamenti di un comune (multe, mense, tributi) collegato a pagoPA: come gestire le notifiche di esito che arrivano in ritardo o non arrivano, senza riscuotere due volte?"
        ),
        _u(
            "Sistema di prenotazione spiagge con lettini e ombrelloni numerati: l'app, il sito e il gestore al bar possono prenotare lo stesso ombrellone. Dove si fa il controllo di concorrenza?"
        ),
        _u(
            "Conservazione sostitutiva delle fatture per 10 anni: come progettate l'archivio in modo che si possa dimostrare che un documento non è stato modificato?"
        ),
        _u(
            "Una banca vuole esporre API PSD2 alle terze parti senza caricare il sistema centrale. Che architettura di caching e di isolamento useresti?"
        ),
        _u(
            "Saga per l'attivazione di un contratto luce e gas: verifica POD, switching con il distributore, attivazione fatturazione. Alcuni passi durano giorni. Orchestrazione con un workflow engine?"
        ),
        _u(
            "La tabella outbox cresce di milioni di righe al giorno. Come la ripuliamo senza perdere l'ordine degli eventi per lo stesso ordine?"
        ),
        _u(
            "Vendita dei biglietti per un museo con fasce orarie da 50 persone: lock distribuito sulla fascia o contatore atomico sul database? Cosa scegliereste?"
        ),
        _u(
            "Event sourcing per un conto deposito: come rifacciamo il calcolo degli interessi nella proiezione se cambia la regola di calcolo retroattivamente?"
        ),
        _u(
            "Catalogo ricambi auto con 4 milioni di codici e compatibilità per modello: ricerca lenta. Cache, indice di ricerca dedicato, viste materializzate? Come ragionereste?"
        ),
        _u(
            "Code di messaggi per un'app di ordini al tavolo nei ristoranti: serve davvero un broker o basta il database con un job che legge?"
        ),
        _u(
            "Una software house di gestionali per commercialisti vuole passare al cloud multi-tenant. Ogni studio ha migliaia di clienti e vuole poter esportare tutto. Che modello di tenancy?"
        ),
        _u(
            "Vogliamo un lakehouse per una catena di ottici: vendite, appuntamenti, magazzino lenti. Ha senso Databricks per 15 negozi o è sparare alle mosche col cannone?"
        ),
        _u(
            "CDC da MySQL per alimentare il motore di raccomandazione di un sito di ricette: meglio Debezium o leggere i binlog con uno strumento più semplice?"
        ),
        _u(
            "API gateway per una piattaforma di noleggio auto che espone tariffe e disponibilità ai broker online: dove mettiamo caching, quote per partner e trasformazione dei formati?"
        ),
        _u(
            "Come si disegnano i confini dei servizi per un software di gestione condominiale: anagrafiche, millesimi, rate, assemblee, fornitori?"
        ),
        _u(
            "Siamo 5 team su un'unica app Angular enorme. Micro-frontend, monorepo Nx con librerie per dominio, o tenere tutto com'è e cambiare solo i processi?"
        ),
        _u(
            "Ambienti di test effimeri: come gestiamo le integrazioni con lo SDI per la fatturazione elettronica, che ha un solo ambiente di test condiviso?"
        ),
        _u(
            "Come impostare log, metriche e tracing per un sistema di smistamento pacchi con nastri, scanner e PLC, dove metà dei componenti non è software nostro?"
        ),
        _u(
            "Backend per il configuratore 3D di biciclette su misura: modelli glTF per telaio, componenti e colori, nuove versioni a ogni stagione, preventivi che devono mostrare la versione con cui sono stati fatti. Come organizzereste archivio, versioni e CDN?"
        ),
        _u(
            "Come progettiamo un registro dei consensi privacy centralizzato, così newsletter, CRM e call center sanno subito se un cliente ha revocato il consenso?"
        ),
        _u(
            "Pagamenti ricorrenti per una palestra con addebito mensile: dove vive lo stato dell'abbonamento, chi gestisce i tentativi falliti e la sospensione dell'accesso ai tornelli?"
        ),
        _u(
            "monolite modulare vs microservizi: per un team di 8 che fa un'app di logistica per trasportatori, quali sono i segnali che dicono 'è ora di separare'?"
        ),
        _u(
            "cosa vuol dire 'eventual consistency' in pratica per un utente che aggiorna l'indirizzo di spedizione e poi fa subito un ordine?"
        ),
        _u(
            "Multi-regione per un gioco online di carte: partite in tempo reale vicino ai giocatori, ma inventario e acquisti globali. Come si separano?"
        ),
        _u(
            "Come si dimensiona Kafka (partizioni, broker, retention) per 50.000 eventi al secondo dai contatori intelligenti dell'acqua?"
        ),
        _u(
            "Rivedi per favore questo documento di design:\n\n**Prenotazione visite ASL**\n- Il CUP regionale espone le agende di 60 strutture\n- Ogni struttura sincronizza le agende ogni ora con un file CSV\n- Il cittadino prenota online, il posto viene tolto subito dal CUP\n- La struttura scopre la prenotazione alla sincronizzazione successiva\n\nSuccede che due persone si presentano per lo stesso posto. Cosa cambieresti?"
        ),
        _u(
            "Team per prodotto o per componente in un'azienda di software per hotel con PMS, channel manager e app ospiti?"
        ),
        _u(
            "Per il nuovo portale referti pensavamo a un bucket con link difficili da indovinare, ma il consulente ce l'ha sconsigliato. Come si progetta bene la distribuzione dei PDF ai pazienti (link firmati a scadenza, servizio di download, CDN)?"
        ),
        _u(
            "Come progettare una piattaforma di crowdfunding che raccoglie fondi e li rilascia solo se la campagna raggiunge l'obiettivo?"
        ),
        _u(
            "Il nostro sistema di tracciamento dei lotti alimentari deve ricostruire in pochi minuti dove è finito un lotto contaminato. Che modello dati e che architettura?"
        ),
        _u(
            "Come si organizza la migrazione di un sito di e-commerce da Magento 1 a una soluzione headless, mantenendo SEO, ordini aperti e account clienti?"
        ),
        _m(
            "Gestiamo una catena di gelaterie: ordini dall'app, casse nei punti vendita, laboratorio centrale che produce.",
            "Un servizio ordini centrale, un catalogo con disponibilità per negozio e un flusso di eventi per il laboratorio.",
            "E la produzione del giorno dopo? Il laboratorio deve sapere entro le 18 quanti gusti preparare per ogni negozio.",
        ),
        _m(
            "Abbiamo un marketplace di prodotti tipici con più venditori per ordine.",
            "Conviene dividere l'ordine del cliente in sotto-ordini per venditore, ognuno con la sua spedizione.",
            "e il rimborso parziale se un venditore non spedisce? chi lo gestisce?",
        ),
        _m(
            "Mi consigli un libro da leggere in vacanza?",
            "Se ti piacciono i gialli, 'Il nome della rosa' è un classico.",
            "Grazie! Tornando al lavoro: dobbiamo spostare il nostro gestionale da un server in ufficio al cloud. Come pianifichiamo la migrazione senza fermare gli uffici?",
        ),
        _m(
            "Per il sistema di prenotazione treni regionali abbiamo un servizio posti e un servizio pagamenti.",
            "Il servizio posti tiene la prenotazione provvisoria con scadenza, il pagamento la conferma.",
            "se il pagamento arriva dopo la scadenza della prenotazione provvisoria?",
        ),
        _m(
            "Il nostro CRM per agenti immobiliari è un monolite Symfony.",
            "Per il vostro team un monolite modulare è ragionevole: immobili, clienti, visite, contratti.",
            "Ora vogliono un portale pubblico con gli annunci che regga molto più traffico del CRM. Lo stacchiamo?",
        ),
        _m(
            "Abbiamo messo una cache sulle disponibilità delle camere.",
            "Attenzione: per le disponibilità la cache va usata per la ricerca, non per la conferma.",
            "quindi come faccio la verifica finale al momento della prenotazione senza rallentare tutto?",
        ),
        _m(
            "Stiamo progettando un'app per la raccolta differenziata porta a porta: calendario, segnalazioni, mezzi.",
            "Servizi per calendari per zona, segnalazioni dei cittadini e tracciamento dei mezzi.",
            "e le segnalazioni con foto fatte dai cittadini senza campo in montagna?",
        ),
        _m(
            "Puoi spiegarmi cos'è un data warehouse?",
            "Un database pensato per l'analisi: raccoglie dati da più sistemi, storicizzati e organizzati per i report.",
            "Ok. Nel nostro caso, gruppo di 3 ospedali privati, conviene un DWH unico o uno per ospedale?",
        ),
        _m(
            "Usiamo RabbitMQ tra l'ordine e la spedizione.",
            "Ricordate che i consumer devono essere idempotenti: i messaggi possono arrivare più di una volta.",
            "e per i messaggi che falliscono sempre? coda di scarto e poi?",
        ),
        _m(
            "Abbiamo diviso la piattaforma di corsi online in catalogo, iscrizioni, lezioni e certificati.",
            "Bene; i certificati dipendono dagli eventi di completamento delle lezioni.",
            "se cambiamo i requisiti di un corso, i certificati già emessi vanno ricalcolati?",
        ),
        _m(
            "Il servizio utenti è chiamato da tutti gli altri servizi a ogni richiesta.",
            "È un classico collo di bottiglia: si possono usare token con le informazioni necessarie o copie locali dei dati.",
            "e se cambia il ruolo di un utente? le copie locali restano vecchie",
        ),
        _s(
            "Sei l'assistente di architettura di una catena di farmacie. Rispondi in italiano, per punti.",
            "Vogliamo prenotare online i farmaci e ritirarli in farmacia entro 2 ore, ma i gestionali delle farmacie aggiornano le giacenze ogni ora. Come progettiamo la disponibilità?",
        ),
        _s(
            "Sei un agente di coding in un monorepo TypeScript (NestJS). Presenta sempre un piano prima di modificare.",
            "La libreria `shared` contiene entità TypeORM, DTO, client HTTP e costanti di tutti i domini. Fammi un piano per separarla in librerie per dominio con regole di dipendenza verificate in CI. Niente codice per ora.",
        ),
        _s(
            "Sei un assistente per le revisioni di design.",
            "Proposta: 'Il nuovo portale clienti leggerà direttamente dal database di produzione del sistema di fatturazione tramite una vista.' Il sistema di fatturazione è di un fornitore esterno. Rischi?",
        ),
        _s(
            "Sei il bot di supporto di Prenotalo, software di prenotazione per ristoranti. Rispondi brevemente.",
            "Un gruppo con 30 ristoranti vuole un'unica lista clienti e fedeltà condivisa, ma ogni locale deve vedere solo le sue prenotazioni. Come si struttura?",
        ),
        _s(
            "Sei un consulente cloud per le PMI.",
            "Un'azienda tessile ha tutto su un server in azienda: gestionale, file, posta. Vuole passare al cloud ma la connessione in zona è lenta. Che architettura ibrida proponi?",
        ),
        _s(
            "Sei un coach per colloqui di system design.",
            "Progetta un servizio come un'app di bike sharing cittadino: stazioni, sblocco, tariffe a tempo, ribilanciamento delle bici.",
        ),
        _s(
            "Sei un assistente IA integrato nell'IDE. Progetto: app Flutter con backend .NET.",
            "L'app deve funzionare nei cantieri senza rete e sincronizzare i rapportini a fine giornata. Che architettura di sincronizzazione e gestione dei conflitti?",
        ),
        _s(
            "Sei l'assistente del team piattaforma di un editore.",
            "Abbiamo 12 testate locali, ognuna con il suo WordPress. Vogliamo un'unica piattaforma editoriale. Multisite, headless, o cosa?",
        ),
        _s(
            "Sei un architetto di soluzioni. Non chiedere né usare dati personali reali.",
            "Una cooperativa sociale gestisce assistenza domiciliare per anziani: pianificazione turni degli operatori, diario delle visite, fatturazione ai comuni. Che architettura proponi?",
        ),
        _s(
            "Sei l'assistente tecnico del reparto IT di una compagnia di traghetti.",
            "A bordo la connessione è satellitare e intermittente. Biglietteria, ristorante e negozio di bordo devono funzionare lo stesso e sincronizzarsi a terra. Come la progettiamo?",
        ),
        _u(
            "Come evitare che un cliente con un import enorme rallenti tutti gli altri nel nostro gestionale SaaS per negozi di abbigliamento?"
        ),
    ],
    "pt": [
        _u(
            "Como desenhar um razão contábil de partidas dobradas para uma carteira digital? Saldo calculado na hora, saldo materializado, ou os dois?"
        ),
        _u(
            "Temos um app de estacionamento rotativo para 30 prefeituras. Cada prefeitura quer suas regras de tarifa e fiscalização. Como estruturar a plataforma para não virar 30 sistemas?"
        ),
        _u(
            "A gente ainda precisa de um barramento de serviços (ESB) em 2025 ou dá pra substituir tudo por eventos e APIs diretas? Empresa de energia, muito sistema legado."
        ),
        _u(
            "Precisamos ingerir leituras de 2 milhões de medidores inteligentes de energia a cada 15 minutos. Qual arquitetura de ingestão e armazenamento de séries temporais vocês recomendam?"
        ),
        _u(
            "Sair do Heroku para o Render ou para AWS direto? Temos Rails, Sidekiq, Postgres e Redis, time de 4 devs. Quero um plano de migração com janela mínima de indisponibilidade."
        ),
        _u(
            "Como fazer reconciliação entre o que o adquirente liquidou e o que nosso sistema registrou de vendas? Isso fica num serviço separado, num job batch, no data warehouse?"
        ),
        _u(
            "Motor de workflow (Temporal, Camunda) vale a pena para o processo de abertura de conta num banco digital, que tem KYC, análise de crédito e assinatura? Ou sagas na mão resolvem?"
        ),
        _u(
            "O pacote `shared` do nosso projeto NestJS virou um depósito de tudo: DTOs, guards, clientes HTTP, regras de frete. Me ajuda a montar um plano de quebra em bibliotecas por domínio, com a ordem e as regras de dependência? Ainda sem código."
        ),
        _u(
            "Cobrança por uso (metering) num SaaS de envio de WhatsApp: como registrar cada mensagem, agregar por cliente e fechar a fatura sem perder ou contar duas vezes?"
        ),
        _u(
            "GraphQL federation ou um BFF REST por canal? Temos app do cliente, app do entregador e painel do lojista, todos consumindo 9 serviços."
        ),
        _u(
            "Micro-frontends fazem sentido pra um portal de RH com 5 squads, ou só vamos trocar um problema por outro?"
        ),
        _u(
            "Sistema de matrículas de uma universidade cai todo semestre na abertura. Fila virtual, escala automática, pré-alocação de vagas? Como pensar a arquitetura?"
        ),
        _u(
            "Como projetar o pipeline de upload de fotos de um marketplace de carros usados: upload direto pro storage, geração de miniaturas, moderação, CDN?"
        ),
        _u(
            "Qual a diferença entre consistência forte e eventual na prática, pensando num app de banco onde o cliente faz um Pix e olha o extrato logo em seguida?"
        ),
        _u(
            "Queremos sair do Jenkins e também padronizar as pipelines de 60 repositórios. Template central de pipeline ou cada time com a sua? Como governar isso?"
        ),
        _u(
            "Blue-green ou canary para o backend de um app de delivery que não pode ficar fora no almoço de domingo? Como fica o banco de dados nessas estratégias?"
        ),
        _u(
            "Arquitetura de recomendação para uma plataforma de cursos online: treino offline diário, mas queremos reagir quando o aluno termina uma aula. Como combinar batch e tempo real?"
        ),
        _u(
            "Temos uma tabela de pedidos com 900 milhões de linhas no MySQL e precisamos particionar/shardar. Qual a estratégia de migração sem parar a operação?"
        ),
        _u(
            "Como evitar partição quente no DynamoDB quando todo mundo acessa o mesmo evento (ex.: lançamento de ingresso de show)?"
        ),
        _u(
            "Cadeia de hospitais com prontuário eletrônico próprio em cada unidade. Queremos uma visão única do paciente. Índice mestre de pacientes, integração FHIR, data lake? Por onde começar?"
        ),
        _u(
            "Entrega de webhooks para nossos clientes (plataforma de pagamentos): retentativas, assinatura, ordenação, painel de reenvio. Como arquitetar esse subsistema?"
        ),
        _u(
            "Backend de um app de visualização de imóveis em 3D: tours com modelos glTF pesados, versões por reforma, acesso por corretor. Como organizar armazenamento, versionamento e entrega por CDN?"
        ),
        _u(
            "Alguém já usou arquitetura baseada em células (cell-based) pra limitar o raio de impacto de falhas? Faz sentido pra um SaaS de agendamento com 15 mil clínicas?"
        ),
        _u(
            "Como desenhar o consentimento LGPD de forma centralizada, para que marketing, CRM e o app respeitem a escolha do titular em tempo quase real?"
        ),
        _u(
            "bulkhead, circuit breaker e timeout: como combinar isso nas chamadas do checkout para os serviços de frete, antifraude e estoque?"
        ),
        _u(
            "O que é backpressure e como aplicar num pipeline que lê de Kafka e grava num Elasticsearch que às vezes engasga?"
        ),
        _u(
            "Precisamos versionar a API pública para parceiros (transportadoras). Versão na URL, no header, ou evolução compatível sem versão? E como aposentar versões antigas?"
        ),
        _u(
            "Edição colaborativa de documentos tipo Google Docs num sistema jurídico: CRDT ou transformação operacional? E o servidor, como fica?"
        ),
        _u(
            "Como montar a estratégia de backup e recuperação de desastre para uma cooperativa de crédito com RPO de 1 minuto? Precisamos testar isso também."
        ),
        _u(
            "Nosso time de dados quer um lakehouse (Delta/Iceberg) mas a diretoria só usa Power BI em cima do SQL Server. Vale migrar? Qual seria o caminho incremental?"
        ),
        _u(
            "Como organizar times e repositórios quando o mesmo produto (ERP para agronegócio) tem versão on-premise para grandes fazendas e versão SaaS para pequenos produtores?"
        ),
        _u(
            "Limitação de taxa (rate limiting) distribuída para uma API pública: token bucket no gateway, no Redis, ou por instância? Clientes pagam por plano."
        ),
        _u(
            "Arquitetura de um app de jogo de perguntas ao vivo (tipo quiz na TV) com 1 milhão de pessoas respondendo ao mesmo tempo em 10 segundos."
        ),
        _u(
            "Eleição de líder e consenso: quando eu preciso de Raft de verdade e quando um lock no banco resolve?"
        ),
        _u(
            "Nosso sistema de frota de ônibus urbanos precisa mostrar a posição em tempo real no app dos passageiros e também calcular atrasos. Como separar os fluxos?"
        ),
        _u(
            "Revisa esse plano de migração, por favor:\n\nFase 1: copiar banco do ERP antigo para o novo toda noite\nFase 2: times passam a usar o novo em leitura\nFase 3: no dia D, desligamos o antigo e o novo passa a receber escritas\n\nSão 14 filiais e o ERP emite nota fiscal. O que está faltando?"
        ),
        _u(
            "Como estruturar um data warehouse para uma rede de academias que quer métricas de churn, frequência e receita por unidade? Modelo estrela, Data Vault, one big table?"
        ),
        _u(
            "Hash consistente: pra que serve e como ajuda quando adicionamos nós no cache distribuído?"
        ),
        _u(
            "SaaS de emissão de notas fiscais: a SEFAZ de um estado fica fora do ar e os pedidos acumulam. Como desenhar contingência e reprocessamento?"
        ),
        _u(
            "Queremos multi-região (São Paulo e Virgínia) para um app de streaming de música. O que replicar, o que deixar regional e como lidar com licenças por país?"
        ),
        _m(
            "Estamos desenhando o sistema de uma rede de farmácias: e-commerce, lojas físicas e app.",
            "Sugiro serviços de catálogo, estoque por loja, pedidos e um motor de preços, com eventos de venda das lojas alimentando o estoque central.",
            "E a receita médica controlada? Onde fica a validação e a retenção da receita nesse desenho?",
        ),
        _m(
            "No nosso marketplace o vendedor é pago depois da entrega.",
            "Então vocês precisam de um serviço de split e de uma conta de custódia com liberação por evento de entrega confirmada.",
            "e quando tem devolução parcial depois que o vendedor já foi pago?",
        ),
        _m(
            "Me explica rapidamente o que é Kubernetes?",
            "É um orquestrador de contêineres: agenda, escala e reinicia aplicações em um cluster.",
            "Beleza. Agora no contexto da minha empresa: vale a pena sair de 12 VMs com docker-compose para Kubernetes gerenciado, com 3 devs?",
        ),
        _m(
            "Temos um app de agendamento para salões de beleza.",
            "Entendi. Os módulos principais seriam agenda, profissionais, serviços, pagamentos e lembretes.",
            "como evitar dois agendamentos no mesmo horário do mesmo profissional quando o app e o WhatsApp agendam juntos?",
        ),
        _m(
            "Decidimos usar CDC com Debezium do Postgres para o BigQuery.",
            "Bom caminho. Planejem como tratar deletes, mudanças de schema e reprocessamento a partir de um snapshot.",
            "E os dados pessoais? Não queremos CPF e e-mail aberto no warehouse.",
        ),
        _m(
            "Obrigado pela ajuda com o currículo!",
            "De nada, boa sorte!",
            "Outra coisa: na empresa nova me pediram uma proposta de observabilidade para 20 serviços em Go. Por onde começo o desenho?",
        ),
        _m(
            "Estamos migrando de um monolito Delphi para serviços em .NET.",
            "Recomendo o padrão strangler: um proxy na frente e extração gradual por funcionalidade.",
            "só que o Delphi é desktop e fala direto com o banco. Como aplicar o strangler nisso?",
        ),
        _m(
            "Nosso feed de notícias usa fan-out na escrita.",
            "Funciona bem até aparecerem autores com milhões de seguidores.",
            "Pois é, temos um perfil de um jornal com 4 milhões. Como faz o híbrido?",
        ),
        _m(
            "Projeto de bilhetagem eletrônica de metrô: catracas, recarga no app e cartão.",
            "As catracas precisam validar offline com lista de bloqueio local e sincronizar depois.",
            "E como evitar que o mesmo saldo seja usado em duas estações antes da sincronização?",
        ),
        _m(
            "Montamos uma fila SQS entre o checkout e o faturamento.",
            "Lembrem da entrega pelo menos uma vez: o consumidor precisa ser idempotente.",
            "e as mensagens que falham sempre? DLQ e depois o quê?",
        ),
        _s(
            "Você é o assistente de arquitetura de uma empresa de logística. Responda em português, de forma objetiva.",
            "Queremos roteirização dinâmica de entregas: pedidos entram o dia todo e os motoristas já estão na rua. Como separar planejamento, despacho e rastreamento?",
        ),
        _s(
            "Você é um agente de código trabalhando num monorepo Python (Django + Celery). Sempre proponha um plano antes de mexer.",
            "O app `core` tem models de 14 domínios e todo mundo importa dele. Monta um plano para separar em apps Django por domínio, com a ordem das etapas e como lidar com as migrações e FKs cruzadas. Não escreve código ainda.",
        ),
        _s(
            "Você ajuda times a revisar ADRs.",
            "ADR-22: 'Vamos guardar o carrinho de compras no localStorage do navegador e enviar tudo no checkout, sem backend de carrinho.' Temos app mobile também. Comentários?",
        ),
        _s(
            "Você é o bot de suporte técnico da Vendê, plataforma de lojas virtuais. Seja breve.",
            "Lojistas grandes querem integrar o ERP deles com nosso estoque em tempo real. Webhook, API de polling, ou fila? Qual arquitetura vocês oferecem?",
        ),
        _s(
            "Você é um consultor de nuvem para o setor público.",
            "Um tribunal quer sair do datacenter próprio: 120 VMs, Oracle, sistemas processuais críticos. Quais ondas de migração e que critérios usar para escolher o que vai primeiro?",
        ),
        _s(
            "Você é um coach de entrevistas de system design.",
            "Desenha um sistema de reservas de voo com assentos marcados, overbooking controlado e integração com GDS.",
        ),
        _s(
            "Você é um assistente dentro da IDE. Projeto: app Flutter + backend Firebase.",
            "O Firestore está ficando caro e as regras de segurança viraram um monstro. Como seria uma arquitetura alternativa com backend próprio, e como migrar aos poucos sem forçar atualização do app?",
        ),
        _s(
            "Você é o assistente da equipe de dados de uma seguradora. Não use dados de clientes reais.",
            "Precisamos de uma trilha de auditoria imutável das alterações em apólices, consultável pelo compliance. Tabela de histórico, event store, ou ledger gerenciado (QLDB)?",
        ),
        _s(
            "Você é um arquiteto de soluções experiente.",
            "ONG com 200 voluntários quer um sistema de doações recorrentes, campanhas e prestação de contas pública. Orçamento pequeno. Qual arquitetura simples e barata você montaria?",
        ),
        _u(
            "Como dividir o backend de um jogo de futebol online (partidas em tempo real, mercado de transferências, ligas) entre servidores dedicados e serviços de plataforma?"
        ),
    ],
    "es": [
        _u(
            "¿Cómo diseñarías el sistema de turnos de un centro de salud público para que los vecinos pidan cita por web, teléfono y en ventanilla sin que se solapen?"
        ),
        _u(
            "Somos una cadena de gimnasios y queremos abrir las puertas con el móvil (QR o NFC). ¿Qué arquitectura aguanta que se caiga internet en un gimnasio?"
        ),
        _u(
            "Nos vamos de un proveedor de e-commerce SaaS (tipo VTEX) a una solución propia headless. ¿Cómo planificáis la migración de catálogo, clientes y pedidos abiertos sin perder ventas?"
        ),
        _u(
            "El paquete `lib/utils` de nuestro backend en Express tiene 9.000 líneas y mezcla autenticación, cálculo de envíos, PDF y acceso a la base. ¿Cómo planteo un plan para partirlo en módulos por dominio? Solo el plan, sin código."
        ),
        _u(
            "¿Qué es el patrón 'transactional inbox' y en qué se diferencia del outbox? ¿Necesito los dos?"
        ),
        _u(
            "Queremos un log de auditoría inmutable para una notaría digital: cada firma y cada cambio de estado de una escritura. ¿Árbol de Merkle, anclaje periódico de hashes, base de datos tipo ledger?"
        ),
        _u(
            "Banco mediano: ¿tiene sentido separar el core bancario en microservicios o mejor dejar el core como está y construir una capa de servicios alrededor?"
        ),
        _u(
            "Dimensionamiento para las rebajas de enero: ¿cómo hago pruebas de carga que representen de verdad el patrón de tráfico (mucho navegar, picos de checkout)?"
        ),
        _u(
            "¿Cómo garantizar que una transferencia entre dos cuentas que viven en servicios distintos no deje el dinero 'en el aire' si algo falla a la mitad?"
        ),
        _u(
            "Tenemos Jenkins más un Nexus y un SonarQube auto-alojados. Queremos pasar a GitLab CI gestionado. ¿Qué movemos primero y cómo evitamos que cada equipo migre a su manera?"
        ),
        _u(
            "Ayuntamiento con un padrón municipal en una base Informix de los 90. Otras 15 aplicaciones leen de ahí. ¿Cómo modernizamos sin romperle nada a nadie?"
        ),
        _u(
            "Plataforma de e-learning para colegios de Latinoamérica: ¿una instancia por país por temas de datos de menores, o una sola multi-tenant con datos separados por región?"
        ),
        _u(
            "¿Caché en el cliente, en el CDN, en el API gateway o en el servicio? Es una API de horarios de trenes que consultan 40 apps de terceros."
        ),
        _u(
            "Read models en event sourcing: ¿una proyección por pantalla o proyecciones más genéricas? Se nos están multiplicando."
        ),
        _u(
            "¿Qué diferencia hay entre un data lake, un data warehouse y un lakehouse, y cuál encaja para una aseguradora que quiere empezar con analítica?"
        ),
        _u(
            "Estamos valorando CDC con Debezium o triggers en la base para alimentar el buscador de productos. ¿Pros y contras a nivel de arquitectura?"
        ),
        _u(
            "¿Cómo diseño el sistema de notificaciones de una app de citas (match, mensajes, likes) para que no se manden 40 pushes en una hora a la misma persona?"
        ),
        _u(
            "Tenemos 3 equipos tocando el mismo monolito Rails y pisándonos en cada release. ¿Monolito modular con engines, separar servicios, o cambiar primero cómo nos organizamos?"
        ),
        _u(
            "Entornos efímeros por rama para una app con 8 microservicios: ¿levantamos todos en cada entorno o solo los que cambian y el resto apunta a staging?"
        ),
        _u(
            "Trazas distribuidas: ¿qué tasa de muestreo se usa normalmente y cómo nos aseguramos de guardar siempre las trazas de errores?"
        ),
        _u(
            "Backend de una tienda de zapatillas con visor 3D: los modelos glTF se generan por escaneo, hay que comprimirlos (Draco/meshopt), versionarlos y servirlos por CDN a varias resoluciones. ¿Cómo montaríais el pipeline y el almacenamiento?"
        ),
        _u(
            "¿Cómo se diseña el borrado de datos personales cuando un cliente pide ejercer su derecho de supresión y esos datos están en eventos inmutables (event sourcing)?"
        ),
        _u(
            "Servicio de cálculo de nóminas para 3.000 empresas: cierre de mes, todos procesan a la vez el día 28. ¿Colas, procesamiento por lotes, escalado horizontal? Cuéntame cómo lo plantearías."
        ),
        _u(
            "Arquitectura de un sistema de apuestas deportivas en vivo: cuotas que cambian cada segundo, aceptar la apuesta solo si la cuota sigue vigente. ¿Cómo se evitan condiciones de carrera?"
        ),
        _u(
            "¿Para qué sirven los relojes lógicos de Lamport si ya tenemos NTP en todos los servidores?"
        ),
        _u(
            "Migrar 80 TB de imágenes médicas (PACS) de un hospital a la nube: ¿cómo lo hacemos sin que radiología deje de ver estudios antiguos?"
        ),
        _u(
            "¿Dónde vive la lógica de tarifas de un operador logístico (peso volumétrico, zonas, recargos de combustible) para que la usen la web, el API de clientes y la facturación?"
        ),
        _u(
            "Servidor para un juego de cartas coleccionables online: partidas, inventario, tienda y intercambio entre jugadores sin duplicar cartas. ¿Qué arquitectura?"
        ),
        _u(
            "¿Vale la pena un service mesh si ya usamos un API gateway? No tengo claro qué hace cada uno."
        ),
        _u(
            "Revisa este diseño:\n\n- App de reparto de paquetería\n- Cada repartidor envía su posición cada 3 s al API REST\n- El API escribe cada posición en MySQL\n- La web de seguimiento consulta MySQL cada 2 s por cada cliente mirando\n\nSomos 4.000 repartidores. ¿Qué va a reventar primero?"
        ),
        _u(
            "¿Cuándo conviene un motor de reglas (Drools y similares) para la lógica de concesión de ayudas sociales de una comunidad autónoma, y cuándo es mejor código normal?"
        ),
        _u(
            "Nos piden RTO de 15 minutos para la plataforma de reservas de un hotel. ¿Qué arquitectura de recuperación ante desastres necesitamos y cuánto nos va a costar más o menos?"
        ),
        _u(
            "Feature flags, ramas de larga vida o trunk-based: ¿cómo afecta esto a la arquitectura de despliegue de 20 servicios?"
        ),
        _u(
            "Tenemos un 'servicio de usuarios' al que llaman todos los demás en cada petición. Es el cuello de botella. ¿Cómo se rediseña eso?"
        ),
        _u(
            "¿Qué estructura de repos y de equipos tiene sentido para una empresa de software de TPV con app Android, backend en Java y panel web?"
        ),
        _u(
            "¿Cómo planteo la partición de los datos de un SaaS de facturación electrónica para que un cliente muy grande no afecte a los pequeños?"
        ),
        _u(
            "para una app de pedidos de un bar con 3 mesas no hace falta kafka, ¿no? qué arquitectura mínima recomiendas"
        ),
        _u(
            "Estamos entre Pub/Sub, EventBridge y Kafka gestionado para integrar 12 sistemas de una cadena de supermercados. ¿Con qué criterios decidimos?"
        ),
        _m(
            "Diseñamos un sistema de pedidos para una cadena de hamburgueserías con app, kioscos y caja.",
            "Propuesta: servicio de pedidos central, catálogo con precios por local y un canal de eventos por local para las pantallas de cocina.",
            "¿Y la impresora de tickets de cocina que está en la LAN del local? ¿Cómo le llegan los pedidos si se corta la fibra?",
        ),
        _m(
            "Tenemos un marketplace de artesanía con pagos divididos entre vendedores.",
            "Necesitaréis un servicio de liquidaciones que calcule comisiones y retenga fondos hasta la entrega.",
            "vale, ¿y los cupones que paga la plataforma y no el vendedor? ¿dónde se calcula eso?",
        ),
        _m(
            "¿Me recomiendas una serie para el fin de semana?",
            "Si te gusta el suspense, 'La casa de papel' o 'El Marginal'.",
            "Gracias. Cambio de tema: en el curro tenemos que sacar de Firebase la autenticación de 200.000 usuarios. ¿Cómo lo hacemos sin obligarles a cambiar la contraseña?",
        ),
        _m(
            "Para la app de la biblioteca municipal usamos un monolito en Laravel.",
            "Tiene sentido; podéis organizarlo en módulos: catálogo, préstamos, socios, actividades.",
            "Ahora quieren que las 12 bibliotecas de la comarca compartan catálogo pero cada una sus socios. ¿Cómo lo encaramos?",
        ),
        _m(
            "Usamos sagas para el alta de líneas en una operadora móvil: portabilidad, activación de SIM y facturación.",
            "Bien; cada paso necesita su compensación y un estado persistido de la saga.",
            "¿Qué hacemos si la compensación también falla? Por ejemplo, no se puede revertir la portabilidad.",
        ),
        _m(
            "Nuestro buscador de vuelos cachea resultados 10 minutos en Redis.",
            "Es razonable, aunque los precios pueden quedar obsoletos y el usuario verlos cambiar al reservar.",
            "¿Cómo se combina esa caché con la verificación de precio real al ir a pagar?",
        ),
        _m(
            "Partimos el monolito en 10 servicios y ahora tenemos latencias de 2 segundos.",
            "Seguramente hay cadenas de llamadas síncronas entre servicios por cada petición.",
            "¿Cómo lo detecto y qué opciones hay aparte de volver a juntarlo todo?",
        ),
        _m(
            "Montamos un data warehouse en BigQuery con cargas nocturnas desde 6 sistemas.",
            "Bien. Con un modelo por capas (raw, staging, marts) y dbt lo tendréis controlado.",
            "¿y quién es dueño de cada capa? El equipo de datos no da abasto con las peticiones de negocio.",
        ),
        _m(
            "Estoy preparando la arquitectura de una app de telemedicina veterinaria.",
            "Componentes: citas, videollamada, historial de la mascota, recetas y pagos.",
            "¿Y si una clínica quiere integrar su software de gestión que solo exporta CSV?",
        ),
        _m(
            "Qué hora es en Tokio si en Madrid son las 10?",
            "Las 18:00 (en invierno; en verano, las 17:00).",
            "Ok. Pregunta de trabajo: nuestro SaaS tiene clientes en Japón y la base está en Irlanda. ¿Réplicas de lectura en Tokio o desplegar una región completa?",
        ),
        _m(
            "Vamos a poner una cola entre el checkout y el envío de emails de confirmación.",
            "Buena idea, desacopla el checkout de la disponibilidad del proveedor de email.",
            "¿y si el usuario recibe el email antes de que el pedido aparezca en 'mis pedidos'?",
        ),
        _s(
            "Eres el asistente de arquitectura de una empresa de transporte de viajeros. Responde en español.",
            "Queremos vender billetes de autobús con asiento asignado en web, app, taquilla y agencias. ¿Cómo diseñamos el inventario de plazas para que no se vendan dos veces?",
        ),
        _s(
            "Eres un agente de programación en un repositorio Kotlin (Spring, Gradle multi-módulo). Propón siempre un plan antes de tocar código.",
            "El módulo `commons` depende de todo y todo depende de él. Hazme un plan de extracción en módulos más pequeños, el orden de los pasos y cómo comprobar que no queda ningún ciclo. Nada de código todavía.",
        ),
        _s(
            "Ayudas a revisar documentos de diseño técnico.",
            "Propuesta: 'Para la nueva app de banca, todas las pantallas llamarán a un único endpoint GraphQL que a su vez consulta directamente las bases de los 14 sistemas del banco.' ¿Qué riesgos ves?",
        ),
        _s(
            "Eres el asistente técnico de Turnea, software de reservas para peluquerías. Respuestas cortas.",
            "Queremos que los salones sincronicen su agenda con Google Calendar en los dos sentidos. ¿Qué arquitectura de sincronización nos recomiendas para no crear bucles ni duplicados?",
        ),
        _s(
            "Eres consultor de migraciones a la nube.",
            "Una universidad tiene su ERP académico en servidores propios y quiere irse a Azure antes de la matrícula de septiembre. ¿Qué plan de fases propones y qué haríamos si la migración se retrasa?",
        ),
        _s(
            "Eres un entrenador de entrevistas de diseño de sistemas.",
            "Diseña un sistema como el de una app de VTC: emparejar conductores y pasajeros, precios dinámicos y seguimiento en tiempo real.",
        ),
        _s(
            "Eres un asistente de IA en el IDE. El proyecto es un monorepo Turborepo (Next.js + tRPC + Prisma).",
            "Queremos sacar la parte de pagos a un servicio aparte porque lo exige la auditoría. ¿Cómo se reparte el código del monorepo y cómo se comunican después?",
        ),
        _s(
            "Eres el asistente del equipo de plataforma de un medio digital.",
            "Cuando hay una noticia de última hora el tráfico se multiplica por 30 en 5 minutos. ¿Qué cambios de arquitectura nos ayudarían a no caernos (cacheo, degradación, páginas estáticas)?",
        ),
        _s(
            "Eres un arquitecto de soluciones. No pidas ni uses datos personales reales.",
            "Diseña el almacenamiento de historias clínicas para una red de clínicas dentales con 40 sedes: dónde viven los datos, cómo se comparten entre sedes y cómo se audita quién accede.",
        ),
        _u(
            "¿Qué ventajas reales tiene separar lecturas y escrituras (CQRS) en un sistema de reservas de pistas de pádel que tiene 500 usuarios?"
        ),
        _u(
            "Tenemos la lógica de negocio repartida en procedimientos almacenados de SQL Server (más de 600). ¿Cómo se planifica sacar esa lógica a la capa de aplicación poco a poco?"
        ),
    ],
    "ja": [
        _u(
            "共通基盤チームをつくって3年、各事業部から「遅い」と言われ続けています。共通基盤って今でも持つべきですか？解体して各チームに戻すべき？"
        ),
        _u(
            "ふるさと納税の年末駆け込みで、12月最終週だけアクセスが20倍になります。キャパシティの見積もりと、どこを事前に増強してどこをキューで逃がすか考えたいです。"
        ),
        _u(
            "Railsアプリの `app/lib` と concerns にビジネスロジックが散らばっていて、どのモデルからも呼ばれています。これをドメインごとのモジュール（packwerkとか）に整理する計画を立てたいです。手順と順番だけ、コードはまだ要りません。"
        ),
        _u(
            "kintoneで作った受発注の仕組みが限界で、自社システムに移行したいです。現場は毎日使っているので止められません。どういう段階で移すのがいいですか？"
        ),
        _u(
            "SVN＋オンプレJenkinsの構成から、GitHub＋GitHub Actionsへ移ります。リポジトリ移行とCI移行、どちらを先にやるべき？並行期間の運用はどう考えますか？"
        ),
        _u(
            "決済代行会社を乗り換えることになりました。既存の継続課金の顧客をどう新しい会社に移すか、トークンの扱いも含めた移行戦略を知りたいです（カード番号そのものは当社では持っていません）。"
        ),
        _u(
            "ホテルの客室在庫を自社サイト、じゃらん、楽天トラベル、Booking.comで共有しています。どこかで同時に売れてオーバーブッキングが起きます。在庫の正をどこに置いて、どう同期する設計がいいでしょう？"
        ),
        _u(
            "電子帳簿保存法に対応した請求書保管の仕組みを作ります。改ざんされていないことを後から証明できるように、タイムスタンプやハッシュをどう組み込むべきですか？"
        ),
        _u(
            "地銀として電子決済等代行業者向けのAPIを公開します。勘定系に直接負荷をかけずに、残高照会や入出金明細を返すにはどういう構成がいいですか？"
        ),
        _u(
            "結婚式場の予約で、会場・衣装・料理・写真を別々の業者システムに押さえる必要があります。途中で一つ取れなかったときの取り消しも含めて、サーガで組むべきですか？"
        ),
        _u(
            "アウトボックステーブルがどんどん肥大化しています。送信済みレコードの掃除と、同じ集約のイベント順序を保つ方法を教えてください。"
        ),
        _u(
            "家電量販店の限定販売で、同じ商品の引当が複数サーバーで同時に走ります。分散ロックを使うべきか、DBの条件付き更新で十分か、判断基準は？"
        ),
        _u(
            "会計仕訳をイベントソーシングで持っています。月次締め後に過去の仕訳を訂正したいとき、読み取りモデル（試算表）はどう扱う設計にしますか？"
        ),
        _u(
            "不動産ポータルで、検索結果と地図表示が重いです。検索条件ごとのキャッシュは組み合わせが多すぎて効きません。どういうキャッシュ戦略が考えられますか？"
        ),
        _u(
            "証券会社のBCPで、東京が被災したら大阪へ切り替える構成を作っています。注文データの整合性をどこまで保証できるか、同期・非同期レプリケーションの選び方を教えてください。"
        ),
        _u(
            "学校向けSaaSで、自治体ごとに閉域網接続やデータの保管場所の要件が違います。マルチテナントのまま対応するのと、自治体ごとに環境を分けるのと、どちらが現実的ですか？"
        ),
        _u(
            "工場の設備センサー（1秒ごと、5,000点）のデータを品質分析に使いたいです。時系列DB、レイクハウス、既存のDWHのどれに寄せる構成がいいですか？"
        ),
        _u(
            "IBM i（AS/400）の基幹データを変更データキャプチャでクラウドのDWHへ流したいです。ジャーナルを使う方法など、アーキテクチャ上の注意点はありますか？"
        ),
        _u(
            "外部公開APIを有料プラン別に提供します。レート制限、APIキー管理、利用量の計測と課金連携を、APIゲートウェイとバックエンドでどう分担すべき？"
        ),
        _u(
            "SIerに丸投げしてきた会社で内製化を始めます。エンジニア12人で、既存の5システムをどうチームに割り当て、リポジトリをどう分けるのがいいですか？"
        ),
        _u(
            "検証環境が1面しかなく、チーム間で取り合いになっています。ブランチごとの一時環境を作るか、共有環境のまま機能フラグで分けるか、どちらがいいでしょう？"
        ),
        _u(
            "オンラインの分散トレースは入れたのですが、夜間バッチとジョブネットが真っ暗です。バッチ処理の可観測性はどう設計すべきですか？"
        ),
        _u(
            "VTuber向けに3Dアバター（VRM/glTF）を配信するサービスのバックエンドを設計しています。ユーザーごとのカスタマイズ版、モデルの版管理、CDN配信とキャッシュ無効化をどう組み立てればいいですか？"
        ),
        _u(
            "会員の個人情報を海外リージョンのクラウドに置きたいという話が出ています。国内に残すデータと海外に置くデータを分ける場合、システム構成はどう考えればいいですか？"
        ),
        _u(
            "QRコード決済の加盟店への入金（精算）サイクルを設計しています。売上の確定、手数料計算、振込データ作成をどのサービスの責務にすべきでしょうか。"
        ),
        _u("BFFって結局必要なんですか？"),
        _u("マイクロサービスにしてから障害が増えた気がします。何から見直すべき？"),
        _u(
            "CAP定理とPACELCの違いを、実際の設計判断（例えば在庫DBの選定）でどう使うのか教えてください。"
        ),
        _u("イベント駆動アーキテクチャとメッセージ駆動って何が違うんですか？"),
        _u(
            "以下の設計書をレビューしてください。\n\n【給食食材の発注システム】\n- 市内40校の栄養士が献立から発注量を入力\n- 毎週木曜17時に締め、業者ごとの発注書をPDFで生成してメール送信\n- 業者からの納品確認は電話、職員が手入力\n- DBは1台、バックアップは週1回\n\n来年から隣の市も参加予定です。構成上の問題と改善案をお願いします。"
        ),
        _u(
            "メインフレームの夜間バッチをクラウドに移すとき、JCLで組まれたジョブネットの依存関係や再実行の仕組みはどう移行するのがいいですか？"
        ),
        _u(
            "ECの定期便（サブスク）機能を追加します。スキップ、配送日変更、解約、決済失敗時の再試行を、既存の注文サービスに入れるか別サービスにするか悩んでいます。"
        ),
        _m(
            "学習塾チェーンで、各教室のタブレットから授業記録と出欠を入力する仕組みを作ります。",
            "教室単位でオフラインでも入力でき、接続時に本部サーバーへ同期する構成が良さそうです。",
            "同じ生徒の記録を別教室の講師が同時に編集したら、同期のときどうなりますか？",
        ),
        _m(
            "タクシー配車アプリの設計をしています。配車、車両位置、料金、決済をサービスに分けました。",
            "良い分け方です。配車サービスが乗車リクエストの状態遷移を管理するのが自然です。",
            "迎車中に乗客がキャンセルした場合、キャンセル料の判定と決済は誰の責務？",
        ),
        _m(
            "俳句の季語で「秋の暮」ってどういう意味ですか？",
            "秋の夕暮れ、または晩秋を表す季語で、寂しさの情感を伴います。",
            "ありがとうございます。話は変わって、ECサイトの商品検索をRDBの LIKE 検索からElasticsearchに移したいのですが、データ同期の構成はどうするのがいいですか？",
        ),
        _m(
            "図書館の予約システムで、貸出・予約・取り置きをモジュールに分けています。",
            "予約キューは予約モジュール、実際の資料の状態は貸出モジュールが持つ形がわかりやすいです。",
            "取り置き期限切れで次の人に回すとき、通知はどのモジュールが責任を持つべき？",
        ),
        _m(
            "ライブ配信サービスのコメント機能で、1配信に10万人が同時に見ています。",
            "コメントはルーム単位のpub/subで配信し、接続はWebSocketゲートウェイに集約するのが一般的です。",
            "ゲートウェイのサーバーが1台落ちたときに、その上の視聴者のコメントが欠けないようにするには？",
        ),
        _m(
            "勤怠管理SaaSで、月末締めの集計が毎月遅延します。",
            "全テナントの締めが同じ日に集中するのが原因なら、ジョブの分散とテナント単位の並列化が効きます。",
            "大口顧客1社の集計が全体を詰まらせるのはどう避ける？",
        ),
        _m(
            "ソシャゲのガチャで、アイテム付与が二重になる事故がありました。",
            "付与処理を冪等にし、ガチャ実行IDごとに付与済みを記録するのが基本です。",
            "課金（ストア決済）の確認とガチャ実行と付与、この3つの境界はどう設計すべき？",
        ),
        _s(
            "あなたはSIerの提案書レビューを支援するアーキテクチャアシスタントです。日本語で、懸念点を優先度順に答えてください。",
            "提案：「病院の予約・再来受付機・会計システムを1つのDBに統合し、待ち時間表示もそのDBを5秒ごとにポーリングして表示する」。外来は1日3,000人です。",
        ),
        _s(
            "You are a coding agent in a Laravel monolith. Always present a plan before modifying files.",
            "app/Services 配下に60個のサービスクラスがあり、互いに呼び合っています。受注・在庫・請求のモジュールに分ける計画を、手順と依存ルール込みで出してください。コードはまだ不要です。",
        ),
        _s(
            "あなたは社内プラットフォームチームのヘルプボットです。",
            "Kubernetesクラスタを1つから、本番・ステージング・社内ツールの3つに分けるべきか迷っています。判断基準とネットワーク・認証の設計を教えてください。",
        ),
        _s(
            "あなたはシステム設計面接のコーチです。",
            "電車の乗換案内サービスを設計してください。時刻表の更新、遅延情報の反映、経路検索の応答速度を考慮して。",
        ),
        _s(
            "あなたはIDEに組み込まれたAIアシスタントです。プロジェクトはFlutterアプリとGoのバックエンドです。",
            "現場作業員が電波のない場所で点検記録を入力し、あとで同期するアプリです。オフライン同期の設計（競合解決、添付写真のアップロード順）をどうすべきですか？",
        ),
        _s(
            "あなたは損害保険会社のデータチームのアシスタントです。実在の契約者情報は扱いません。",
            "契約内容の変更履歴を「いつ時点で有効だったか」と「いつ記録されたか」の両方で検索したいです。バイテンポラルなデータモデルを、どのシステムに持たせるべきでしょうか。",
        ),
        _s(
            "あなたはニュースメディアのインフラチームのアシスタントです。",
            "選挙速報の夜はアクセスが平常の50倍になります。開票データの更新を速く出しつつ落ちないための、配信とキャッシュの構成を提案してください。",
        ),
        _s(
            "あなたはコンビニ本部システムのアーキテクトを支援するアシスタントです。",
            "全国1万店舗の発注端末から、毎日決まった時刻に発注データが一斉に送られてきます。本部側の受信と、店舗側の通信断への備えをどう設計すべきですか？",
        ),
        _u(
            "鉄道の運行情報を、アプリ、駅の案内表示、Webサイト、SNSに同時配信したいです。発信元を一つにして各チャネルに配る構成を考えてください。"
        ),
        _u(
            "宅配ロッカーの空き状況を複数の配送会社に公開しています。同じ区画を2社が同時に予約しないようにするには、どこで排他をかけるべきですか？"
        ),
        _u(
            "電子書籍ストアで、購入、ライセンス管理、DRM、ビューアの同期（しおり）をどういうサービス境界で分けるのがいいでしょうか。"
        ),
    ],
    "zh": [
        _u(
            "我们公司数据中台建了三年，业务方基本不用，现在是继续投入还是拆掉、回到各业务自己建数仓？"
        ),
        _u(
            "春节红包活动，除夕晚上八点峰值预计是平时的三十倍，容量规划怎么做？哪些链路要提前扩容，哪些可以降级？"
        ),
        _u(
            "Spring Boot 项目里有个 `base-service` 模块，所有业务模块都继承它的 BaseService，里面塞了权限、缓存、导出 Excel、发消息。想拆掉，先给个分步方案：先拆什么、依赖规则怎么定、怎么防止再长回去。暂时不写代码。"
        ),
        _u(
            "小程序后端一直用的微信云开发，现在要迁到自建的 Spring Cloud。用户的 openid 绑定、云数据库、云存储里的图片，迁移顺序怎么安排才不影响线上？"
        ),
        _u(
            "信创要求把 Oracle 换成国产数据库（OceanBase 或达梦），系统有 800 多个存储过程。迁移策略怎么定？双写、影子库、还是分模块切？"
        ),
        _u(
            "银行要把 IBM MQ 换成 RocketMQ，上下游有 40 多个系统。怎么做到平滑迁移，不丢消息也不重复？"
        ),
        _u("外卖平台的派单服务和订单服务边界怎么划？骑手接单、转单、改派这些状态到底归谁管？"),
        _u(
            "社区团购系统：团长、自提点、每天晚上 11 点截单、第二天配送到自提点。整体服务怎么拆，截单那一刻的高并发怎么扛？"
        ),
        _u(
            "直播带货秒杀，库存先在 Redis 里预扣再异步落库，怎么保证最后和数据库对得上？对账怎么设计？"
        ),
        _u(
            "一网通办平台要统一身份认证，还要和几十个委办局的业务系统做数据共享交换。总体架构怎么设计比较稳？"
        ),
        _u("医院 HIS 和医保结算平台对接，结算结果偶尔超时不确定，怎么设计冲正和每日对账？"),
        _u("电子发票平台给几千家企业开票，每家开票量差别巨大，多租户和限流怎么设计？"),
        _u("在线考试系统，十万人同时交卷，怎么保证答卷不丢？交卷接口要不要先写消息队列？"),
        _u("游戏抽卡后道具发放失败要补偿，重复请求又不能重复发，整个发放链路怎么设计？"),
        _u("弹幕系统怎么设计？一个热门直播间几十万人，弹幕要实时推送，还要存下来做回放。"),
        _u(
            "分拣中心每个包裹扫描都会产生事件，一天几千万条，要实时看板，也要给路由计算用。数据流怎么设计？"
        ),
        _u("微服务拆得太细了，三十个服务五个人维护，怎么合并？"),
        _u("DDD 的聚合怎么划？订单和订单明细是一个聚合吗？那支付单呢？"),
        _u("Saga 里补偿操作本身也失败了怎么办？"),
        _u(
            "订单表按用户 ID 分库分表以后，商家后台要按商家查订单，怎么办？异构索引表还是同步到 ES？"
        ),
        _u("本地消息表越来越大，发送成功的怎么清理？同一个订单的消息顺序怎么保证？"),
        _u(
            "定时任务部署了三个实例，每天重复执行三次。是上 XXL-JOB 这种调度中心，还是自己加分布式锁？"
        ),
        _u("工单系统想用事件溯源，主要是为了审计和回放。读模型怎么设计，查询工单列表会不会很慢？"),
        _u("多级缓存：本地缓存 Caffeine + Redis + CDN，商品价格改了以后怎么保证各层尽快一致？"),
        _u("听说大厂搞单元化架构做异地多活，我们一个中型电商有必要吗？单元按什么维度划分？"),
        _u(
            "实时数仓选 Doris、StarRocks 还是 ClickHouse？主要场景是运营看板和自助分析，数据从 MySQL 通过 CDC 进来。"
        ),
        _u(
            "电子合同平台要做存证，是接司法区块链存证平台，还是自建哈希链加可信时间戳？两种方案架构上怎么取舍？"
        ),
        _u(
            "汽车官网的 3D 看车，模型是 glTF，不同车型配置、颜色、轮毂都有变体，车型年款更新还要保留老版本。后端的模型存储、版本管理和 CDN 分发怎么设计？"
        ),
        _u(
            "按照个人信息保护法，境内用户的个人信息要留在境内，海外业务又要共用一套系统。架构上怎么做数据分区？"
        ),
        _u(
            "聚合支付要接微信、支付宝、银联和几家银行，某个通道故障时要自动切换。支付路由服务怎么设计？"
        ),
        _u("前端有 8 个团队共用一个组件库，是放 monorepo 里一起发版，还是独立成 npm 包走版本号？"),
        _u(
            "测试环境不够用，想做基于流量染色的全链路灰度，每个需求只部署改动的服务。这套方案的架构要点是什么？"
        ),
        _u("SkyWalking 和 OpenTelemetry 怎么选？我们 Java 和 Go 服务混着用。"),
        _u("同一套后端要服务 App、小程序、H5 和合作方，每端要的数据字段都不一样，要不要上 BFF？"),
        _u(
            "帮我看看这个设计文档哪里有问题：\n\n【网约车计价】\n1. 行程结束时，司机端上传全部轨迹点\n2. 计价服务根据轨迹重新计算里程和费用\n3. 计价结果直接写订单表，然后调支付\n4. 司机端网络不好时，轨迹点可能丢失或重复上传\n\n主要想知道可靠性和一致性方面的风险。"
        ),
        _u(
            "Jenkins 换成 Tekton 还是直接用云效？我们两百多个 Java 服务，流水线都是各团队自己写的 Groovy。"
        ),
        _m(
            "医院挂号系统：号源、预约、取号、退号这几块。",
            "号源服务管理每个医生每个时段的号，预约服务负责锁号和支付，退号后释放。",
            "退号之后号源怎么回池？要是回池那一刻好多人在抢怎么办？",
        ),
        _m(
            "火锅店要做排队叫号：顾客扫码取号，门口大屏叫号，店员用平板操作。",
            "可以用云端排队服务，门店设备通过长连接订阅本店队列变化。",
            "那门店断网的时候，叫号屏和平板还能用吗？",
        ),
        _m(
            "我们商城分了商品、购物车、订单、支付、营销几个服务。",
            "下单时营销服务计算优惠，订单服务保存最终价格快照。",
            "积分抵扣放哪？算营销还是放会员服务？",
        ),
        _m(
            "“床前明月光”下一句是什么？",
            "“疑是地上霜。”",
            "哈哈谢谢。问个正事：工厂的设备数据要上云，几千台设备 MQTT 上报，消息队列和存储怎么选型？",
        ),
        _m(
            "直播平台打赏：用户送礼物，主播收到礼物分成。",
            "建议把虚拟币账户、礼物流水和主播分成拆开，账户变动走记账流水。",
            "怎么保证用户扣了钱、主播那边一定到账，不丢也不多？",
        ),
        _m(
            "我们搭了数仓，分 ODS、DWD、DWS、ADS 四层。",
            "分层清晰后，关键是指标定义统一和数据血缘。",
            "那指标口径谁负责？业务方和数据团队老是吵。",
        ),
        _s(
            "你是某城商行科技部的架构助手，请用中文分点回答。",
            "手机银行要上“转账实时到账”，但核心系统日终批处理期间不能记账。日终期间的交易怎么处理？整体架构怎么设计？",
        ),
        _s(
            "You are a coding agent in a Java monorepo. Propose a plan before touching files.",
            "`common-utils` 被 35 个模块依赖，里面既有 Excel 导出，又有金额计算和 Redis 工具类。请给出拆分计划：拆成哪几个模块、迁移顺序、怎么检测循环依赖。先不写代码。",
        ),
        _s(
            "你是一个帮团队评审架构决策记录（ADR）的助手。",
            "ADR-12：所有服务之间一律使用 gRPC 同步调用，不引入消息队列，以降低复杂度。我们有 18 个服务，有下单、发货、通知等流程。你怎么看？",
        ),
        _s(
            "你是政企客户的云迁移顾问。",
            "一个省级单位要从 VMware 私有云迁到国产化云平台，150 台虚拟机，业务不能长时间中断。迁移批次、验证和回退怎么安排？",
        ),
        _s(
            "你是系统设计面试教练。",
            "设计一个分布式 ID 生成服务：全局唯一、趋势递增、每秒百万级，机房之间不能冲突。",
        ),
        _s(
            "你是 IDE 里的 AI 助手，项目是 Flutter App + Go 后端。",
            "巡检人员在没有信号的地方录入检查记录和照片，回到有网的地方再同步。离线同步和冲突处理应该怎么设计？",
        ),
        _s(
            "你是一家 SaaS 公司（客服系统）的技术支持机器人，回答要简洁。",
            "有大客户要求私有化部署，但我们是多租户 SaaS 架构。要同时支持 SaaS 和私有化，架构上需要做哪些调整？",
        ),
        _u(
            "还需要中台吗？我们零售公司想把会员、商品、订单能力沉淀下来给各业务线复用，但又怕变成大泥球。"
        ),
    ],
    "en": [
        _u(
            "do we still need an ESB or is that a 2010 thing? insurer, 30 systems, lots of nightly file drops"
        ),
        _u(
            "How would you size the infra for a charity telethon night? Donations page gets basically zero traffic all year and then ~50x for 4 hours."
        ),
        _u(
            "Our Django `core/utils.py` is 6k lines and imported by every app (billing, scheduling, reporting). I want a plan to break it up into domain modules — order of steps, how to keep PRs small, how to stop it growing back. No code yet, just the plan."
        ),
        _u(
            "We're leaving Heroku for Fly.io. Postgres, Redis, 3 worker types, a scheduler, ~20 env vars per app. What's a sensible cutover plan with a rollback path?"
        ),
        _u(
            "Moving off a managed Auth0 tenant to self-hosted Keycloak for 1.2M users. How do we migrate password hashes and sessions without forcing a reset on everyone?"
        ),
        _u(
            "Outbox + CDC vs outbox + polling publisher: which one for a Postgres-backed order service doing ~200 writes/s?"
        ),
        _u(
            "Design question: a municipal parking permit system where residents apply online, wardens check plates on handhelds (often offline), and fines go to a separate finance system. Where are the service boundaries?"
        ),
        _u(
            "Is a distributed lock the right tool to make sure only one pod sends the daily statements email, or should the scheduler just be a single-instance thing?"
        ),
        _u(
            "We run a bank's card-dispute workflow across 5 systems. Saga with a state machine in Step Functions, or a Temporal workflow? What are we trading off?"
        ),
        _u(
            "Tamper-evident audit log for a payroll SaaS: we need customers' auditors to verify nothing was changed after the fact. Hash chain per tenant + periodic anchoring to an external timestamping service — sane?"
        ),
        _u(
            "caching tiers for a recipe site w/ 8M monthly users: CDN, edge KV, app cache, db. where do personalised bits (saved recipes) go without killing the CDN hit rate?"
        ),
        _u(
            "Read model design for an event-sourced logistics platform: dispatchers need a live board, customers need tracking, finance needs monthly rollups. One projection service or several?"
        ),
        _u(
            "Multi-region for a B2B SaaS where EU customers need data residency and US customers don't care. Cell per region? Global control plane? How do shared things like billing and login work?"
        ),
        _u(
            "Tenancy model for a hospital scheduling SaaS: each hospital group wants its own encryption keys and the ability to export everything if they leave. How does that shape the data layer?"
        ),
        _u(
            "ELT with Fivetran + dbt + Snowflake or roll our own with Airbyte + Postgres? 40-person e-commerce company, one data engineer."
        ),
        _u(
            "API gateway per environment or one shared gateway with routes per team? 11 teams, everyone keeps stepping on each other's config."
        ),
        _u(
            "How should we split repos and teams for a media company with a CMS, a video pipeline, 3 apps (iOS, Android, TV) and an ads integration layer?"
        ),
        _u(
            "Ephemeral environments: we tried namespaces per PR and the cluster costs tripled. What patterns actually keep it affordable — shared databases, sleep-on-idle, only spinning up changed services?"
        ),
        _u(
            "We want SLO-based alerting instead of 400 threshold alerts. How do you design the SLIs for an async system (queue → workers → email) where latency isn't one HTTP request?"
        ),
        _u(
            "Backend design for a 3D asset library used by our configurator: artists upload glTF, we run a pipeline (validation, Draco compression, thumbnail render, LOD generation), publish immutable versions to a CDN, and old saved configurations must keep pointing at the version they were built with. What does the storage/versioning scheme look like?"
        ),
        _u(
            "How do we structure personal data in a CRM so that 'delete me' requests can be honoured in under 30 days across the warehouse, search index, and backups? Crypto-shredding?"
        ),
        _u(
            "Payments architecture review: we store only PSP tokens, never card data. Checkout service calls PSP, PSP webhooks hit a separate ingest service that writes to a queue. Where are the gaps around retries and reconciliation?"
        ),
        _u(
            "We have one 'god' service (accounts) that every request hits for permission checks. Options to get it off the hot path?"
        ),
        _u(
            "what's a bounded context, in one paragraph, and how is it different from a microservice?"
        ),
        _u(
            "Mainframe exit for a pension fund: batch COBOL jobs run overnight and feed 40 downstream systems via flat files. Is there a way to move off gradually without rewriting all consumers at once?"
        ),
        _u(
            "Jenkins → GitHub Actions for 150 repos. Build a central reusable-workflow library first, or migrate repos one by one and extract patterns later?"
        ),
        _u(
            "Capacity planning for a school district's enrollment portal that opens at 8am on one day a year. Autoscaling reacts too slowly — what would you pre-provision and what would you queue?"
        ),
        _u(
            "Idempotency for a ride-hailing 'request ride' call: mobile clients retry on flaky networks and we've seen double bookings. Where does the key come from and how long do we keep it?"
        ),
        _u(
            "Should game state for a turn-based mobile strategy game live in Redis with periodic snapshots to Postgres, or just Postgres? ~300k DAU, turns are a few KB."
        ),
        _m(
            "We're designing an ordering system for a restaurant group: app, kiosks, POS, kitchen screens.",
            "I'd go with a central Orders service, a Menu/Pricing service, and a per-location event stream the kitchen display subscribes to.",
            "what about the kitchen printers on the restaurant LAN? if the internet drops mid-service we can't lose tickets",
        ),
        _m(
            "Our shop is split into catalog, cart, checkout and payments services.",
            "Makes sense — freeze prices at checkout, keep the cart as references only.",
            "and where does the coupon logic live?",
        ),
        _m(
            "Can you give me a quick packing list for a weekend hike?",
            "Water, layers, rain shell, snacks, map, headlamp, first aid kit, sunscreen.",
            "Perfect, thanks. Totally different thing: we're a 12-person startup on a Rails monolith and investors keep asking about 'microservices'. How do I decide if and when we should split?",
        ),
        _m(
            "We went with event sourcing for the loyalty points ledger.",
            "Good fit. Plan event versioning, snapshots, and separate projections for balance and statements.",
            "Marketing now wants 'points expire after 12 months, FIFO'. How does that fit into the event model and projections?",
        ),
        _m(
            "We integrate with 9 freight carriers, each with their own API.",
            "A carrier adapter layer with a canonical shipment status model and a retry queue works well.",
            "one carrier only gives us a nightly CSV over SFTP. how does that fit?",
        ),
        _m(
            "We put a Redis cache in front of our pricing API.",
            "Cache-aside with short TTLs and invalidation on price-change events is a good baseline.",
            "how do we stop a stampede when a hot key expires during a flash sale?",
        ),
        _m(
            "Here's our plan: split the monolith into 14 services over 6 months.",
            "Before that, map the domain and the data ownership; otherwise you'll end up with a distributed monolith.",
            "We already have 4 of them out and every feature needs coordinated deploys. How do we find which ones to merge back?",
        ),
        _m(
            "Thanks for the cover letter edits!",
            "Glad it helped — good luck!",
            "One more, work related: our analytics queries hit the production Postgres and slow down checkout. Read replica, CDC into a warehouse, or something else?",
        ),
        _s(
            "You are the internal architecture assistant for a regional grocery chain's IT department. Be structured and concise.",
            "We want same-day delivery slots across 80 stores, limited by picker capacity and van availability. How should slot inventory be modelled and which service owns it?",
        ),
        _s(
            "You are a coding agent operating in a TypeScript monorepo (NestJS services, shared libs). Always produce a plan before editing.",
            "libs/common is imported by all 14 services and contains DB helpers, the Stripe wrapper, i18n, and date math. Give me a step-by-step plan to split it into focused libs with enforced dependency rules. Don't write code yet.",
        ),
        _s(
            "You help engineering teams review design docs. Ask clarifying questions when needed.",
            "RFC: 'All services will publish domain events to a single Kafka topic called `events`; consumers filter by a `type` field.' We have 20 services. Thoughts?",
        ),
        _s(
            "You are the support assistant for Stockly, a cloud POS for independent shops. Keep answers short.",
            "Our merchants want the till to keep selling offline and sync later. How should we handle two tills selling the last unit of the same item?",
        ),
        _s(
            "You are a cloud migration consultant.",
            "A county council has 50 VMs, SQL Server, file shares and on-prem AD. They want to be on Azure within a year. How would you sequence the waves and what's the rollback story?",
        ),
        _s(
            "You are a system design interview coach.",
            "Design a web crawler that fetches 1 billion pages a month, respects robots.txt and per-domain politeness, and deduplicates content.",
        ),
        _s(
            "You are an AI assistant embedded in the IDE. The project is a Go monorepo with 9 services.",
            "Services share protobufs via a `proto/` folder but versioning is a mess and breaking changes slip in. How should we structure schema ownership and compatibility checks?",
        ),
        _s(
            "You are an assistant for a hospital's integration team. Do not ask for or use real patient data.",
            "We have HL7v2 feeds from the lab and radiology going point-to-point into 7 systems. Should we put an integration engine in the middle or go straight to FHIR APIs? What would a target architecture look like?",
        ),
        _u(
            "Our observability bill is bigger than our compute bill. How do we redesign logging/metrics/tracing — sampling, retention tiers, what to drop — without going blind?"
        ),
        _u(
            "For a news app, should push notifications be fanned out by our own service or via a vendor? 4M devices, breaking news needs to land in under a minute."
        ),
        _u(
            "Design review please: a public library consortium wants one shared catalogue across 14 branches, but each branch keeps its own member list and loan rules. Shared DB with branch_id, or a catalogue service + per-branch services?"
        ),
        _u(
            "We're a 3-person team running a scheduling app for physio clinics on Firebase. Costs are fine, but clinics keep asking for proper reporting and data export. Do we add a Postgres + warehouse alongside Firestore, or plan a full move? What would the phased migration look like?"
        ),
    ],
    "de": [
        _u(
            "Brauchen wir als Stadtwerk wirklich noch eine eigene Integrationsplattform, oder reicht es, wenn die Fachverfahren (Abrechnung, Netz, Kundenportal) direkt per API miteinander reden?"
        ),
        _u(
            "Wie plant man die Kapazität für den Vorverkaufsstart eines Fußballvereins? 30.000 Dauerkarten, erfahrungsgemäß alle in den ersten 20 Minuten weg."
        ),
        _u(
            "Unser `Common`-Projekt in der .NET-Solution ist das Nadelöhr: 40 Projekte referenzieren es, jede Änderung baut alles neu. Wie würdet ihr einen Plan aufsetzen, das in fachliche Pakete zu zerlegen? Reihenfolge, Abhängigkeitsregeln, wie wir es verhindern, dass es wieder wächst. Noch kein Code."
        ),
        _u(
            "Wir wollen von Firebase weg zu einer eigenen Lösung in der EU (Datenschutz). App für Vereinsverwaltung, 80.000 Nutzer. Welche Migrationsstrategie für Auth und Daten?"
        ),
        _u(
            "Outbox-Pattern: Muss die Outbox-Tabelle in derselben Datenbank liegen wie die Fachdaten? Wir haben pro Service eine eigene Postgres-Instanz."
        ),
        _u(
            "Für eine Krankenkasse sollen Änderungen an Versichertenstammdaten revisionssicher protokolliert werden. Welche Architektur für ein manipulationssicheres Audit-Log würdet ihr empfehlen?"
        ),
        _u(
            "Sparkasse, Kernbankensystem beim Rechenzentrum, wir bauen drumherum eigene Services. Wie schneiden wir die Integrationsschicht, damit wir nicht bei jeder Release des Kernsystems alles anpassen müssen?"
        ),
        _u(
            "Saga oder lieber alles in einem Service lassen? Es geht um die Bestellung in einem Online-Baumarkt: Lagerreservierung, Zahlung, Speditionsauftrag für Sperrgut."
        ),
        _u(
            "Jenkins-Ablösung: 250 Jobs, teils mit Groovy-Shared-Libraries, Ziel ist GitLab CI. Wie würdet ihr die Migration organisieren, ohne dass Releases stehen bleiben?"
        ),
        _u(
            "Idempotenz bei eingehenden Zahlungsbenachrichtigungen vom PSP: Wo speichern wir, was schon verarbeitet wurde, und wie lange?"
        ),
        _u(
            "Wie baut man Lesemodelle bei Event Sourcing so, dass neue Projektionen nachträglich aus der Historie aufgebaut werden können, ohne dass die Live-Projektionen hinterherhinken?"
        ),
        _u(
            "Caching-Strategie für ein Stellenportal: Suchergebnisse mit vielen Filtern, Detailseiten, Firmenprofile. Was lohnt sich am CDN, was in Redis, was gar nicht?"
        ),
        _u(
            "Kafka oder RabbitMQ für ein Landesamt, das Anträge aus mehreren Portalen in die Fachverfahren verteilt? Volumen ist klein, aber nichts darf verloren gehen."
        ),
        _u(
            "Mandantenfähigkeit für eine Software für Pflegedienste: 1.500 kleine Pflegedienste, ein paar große Träger mit eigenen Anforderungen an Datentrennung. Welches Modell?"
        ),
        _u(
            "ETL mit nächtlichen Batches oder ELT mit dbt? Mittelständischer Maschinenbauer, SAP als Hauptquelle, ein Data Engineer. Und braucht man da überhaupt ein Lakehouse?"
        ),
        _u(
            "CDC aus einer Oracle-Datenbank vom ERP ins Data Warehouse: Debezium, GoldenGate oder doch lieber nächtlicher Export? Was sind die architektonischen Fallstricke?"
        ),
        _u(
            "Wie schneidet man die Services für ein Krankenhaus-Informationssystem: Aufnahme, Stationen, Labor, OP-Planung, Abrechnung? Der Patient taucht ja überall auf."
        ),
        _u(
            "Monorepo oder Polyrepo für 7 Teams mit Kotlin-Backends und einer React-Oberfläche? Aktuell pflegen wir 90 Repos und Versionsabgleiche sind Handarbeit."
        ),
        _u(
            "Kurzlebige Testumgebungen pro Merge Request: wie geht man mit den Drittsystemen um (SAP, Zahlungsanbieter), die es nur einmal als Testsystem gibt?"
        ),
        _u(
            "Wie sollte ein Observability-Konzept für 30 Microservices aussehen, die teils auf Kubernetes, teils noch auf VMs laufen? Einheitliche Trace-IDs, OpenTelemetry, Aufbewahrungsfristen?"
        ),
        _u(
            "Backend für einen 3D-Produktkonfigurator von Fenstern und Türen: glTF-Modelle pro Profilserie, Farbvarianten, Versionen bei Konstruktionsänderungen, Auslieferung übers CDN. Wie organisieren wir Ablage und Versionierung, damit alte Angebote die alte Geometrie behalten?"
        ),
        _u(
            "Wie gestaltet man ein Löschkonzept nach DSGVO in einer Architektur mit Microservices, Data Warehouse und Backups, ohne dass jedes Team es anders umsetzt?"
        ),
        _u(
            "Was ist der Unterschied zwischen CQRS und Event Sourcing? Werden die immer zusammen eingesetzt?"
        ),
        _u(
            "Wir sind ein Verlag und wollen das Paywall-System vom CMS entkoppeln. Wer entscheidet, ob ein Artikel angezeigt wird: CDN-Edge, eigener Entitlement-Service, das CMS?"
        ),
        _u(
            "Verteiltes Lock für die Tourenplanung einer Spedition: Nur ein Planer-Prozess darf pro Depot gleichzeitig rechnen. Wie würdet ihr das robust machen?"
        ),
        _u(
            "Aktiv-aktiv über zwei Rechenzentren für ein Buchungssystem einer Bahngesellschaft — welche Daten muss man stark konsistent halten und wo reicht eventual consistency?"
        ),
        _u(
            "Teamstruktur für eine Behörde, die von Projektorganisation auf Produktteams umstellen will: 5 Fachverfahren, viele externe Dienstleister. Wie passen Teams und Systemgrenzen zusammen?"
        ),
        _u(
            "Kann mir jemand das Strangler-Fig-Pattern erklären, am Beispiel einer alten Warenwirtschaft in Delphi mit direktem Datenbankzugriff aus dem Client?"
        ),
        _m(
            "Wir planen das Bestellsystem für eine Bäckereikette: App, Kasse, Produktion.",
            "Ich würde einen zentralen Bestellservice, einen Sortiments-/Preisservice und pro Filiale einen Eventstream vorsehen.",
            "Und die Produktion? Die Backstube muss morgens um 3 wissen, wie viel sie für jede Filiale backen soll.",
        ),
        _m(
            "Unser Shop besteht aus Katalog, Warenkorb, Checkout und Zahlung als eigene Services.",
            "Gut. Preise beim Checkout festschreiben, der Warenkorb hält nur Referenzen.",
            "Und Sperrgut mit Speditionslieferung? Das hat eigene Lieferzeiten und Kosten – eigener Service oder Teil vom Checkout?",
        ),
        _m(
            "Kannst du mir ein Rezept für Käsespätzle geben?",
            "Klar: Spätzle aus Mehl, Eiern, Wasser, Salz; schichtweise mit Bergkäse, Röstzwiebeln drauf.",
            "Danke! Ganz anderes Thema: unsere App läuft komplett auf Heroku und wir müssen wegen Datenschutz in ein deutsches Rechenzentrum. Wie gehen wir die Migration an?",
        ),
        _m(
            "Für den Landkreis bauen wir ein Portal für Sperrmüll-Termine.",
            "Ein Terminservice mit Kapazitäten pro Tour und Bezirk, dazu eine Anbindung an die Tourenplanung des Entsorgers.",
            "Der Entsorger hat nur eine alte Software mit nächtlichem CSV-Import. Wie kriegen wir da Stornos vom selben Tag hin?",
        ),
        _m(
            "Wir haben für die Fahrplanauskunft der Verkehrsbetriebe einen Cache eingeführt.",
            "Bei Fahrplandaten lohnt sich ein langer Cache für den Soll-Fahrplan und ein sehr kurzer für Echtzeitdaten.",
            "wie bringen wir Störungsmeldungen sofort in alle Caches, ohne dass alles auf einmal neu geladen wird?",
        ),
        _m(
            "Wir haben den Monolithen in 11 Services zerlegt.",
            "Wie sieht die Kommunikation aus? Viele synchrone Aufrufketten sind ein Warnsignal.",
            "Genau das: eine Anfrage geht durch 6 Services, p99 liegt bei 3 Sekunden. Was tun?",
        ),
        _s(
            "Du bist der Architektur-Assistent der IT eines Lebensmittelhändlers. Antworte auf Deutsch, gegliedert.",
            "Click & Collect in 200 Märkten: Die Kassen melden Abverkäufe nur alle 15 Minuten. Wie bekommen wir trotzdem verlässliche Bestände für die Online-Reservierung?",
        ),
        _s(
            "Du bist ein Coding-Agent in einem Java-Repository (Maven, 25 Module). Schlage immer zuerst einen Plan vor.",
            "Das Modul `util-core` zieht Hibernate, Jackson und einen SOAP-Client mit und hängt in jedem Modul. Erstelle einen Plan, wie wir es in schlanke Module aufteilen, in welcher Reihenfolge wir die Abhängigen umstellen und wie wir Zyklen verhindern. Noch keinen Code.",
        ),
        _s(
            "Du unterstützt Teams beim Review von Architekturentscheidungen (ADRs).",
            "ADR-031: 'Alle Services schreiben direkt in die Tabellen des Reporting-Schemas, damit das BI-Team aktuelle Daten hat.' 12 Services. Wie bewertest du das?",
        ),
        _s(
            "Du bist Berater für Cloud-Migrationen im öffentlichen Sektor.",
            "Ein Landratsamt will 60 VMs und 3 SQL-Server in eine souveräne Cloud umziehen. Wie teilen wir die Migrationswellen ein und wie sieht der Rückweg aus, wenn etwas schiefgeht?",
        ),
        _s(
            "Du bist ein Trainer für System-Design-Interviews.",
            "Entwirf ein System für E-Scooter-Verleih: Fahrzeuge melden Position und Akkustand, Nutzer entsperren per App, Abrechnung pro Minute.",
        ),
        _s(
            "Du bist ein KI-Assistent in der IDE. Projekt: Monorepo mit Angular-Frontend und Spring-Backend.",
            "Frontend und Backend pflegen die Schnittstellentypen doppelt. Wie sollten wir den gemeinsamen API-Vertrag organisieren (OpenAPI-first, Codegenerierung, eigenes Paket)?",
        ),
        _u(
            "Wie verhindert man in einer mandantenfähigen SaaS, dass ein großer Kunde mit einem Massenimport alle anderen ausbremst?"
        ),
        _u(
            "Unsere Logging-Kosten explodieren. Wie sieht ein sinnvolles Konzept mit Sampling, Aufbewahrungsstufen und strukturierten Logs für 40 Services aus?"
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b5", BY_LANG)
