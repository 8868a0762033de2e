"""Sixth batch of `architecture` examples: hand-written, one group per example
("architecture/b6/<lang>/<digest>"). System design in plain and expert words for many businesses
(ticketing, hospitals, IoT fleets, schools, marketplaces, newsrooms, logistics): trade-offs, growth,
failure handling, data flows, offline-first and edge, legacy integration, team ownership, reviews."""

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
            "On lance une billetterie pour des festivals (jusqu'à 80 000 places mises en vente à 10h pile). Comment éviter que tout s'écroule à l'ouverture ? File d'attente virtuelle, réservation temporaire des places, autre chose ?"
        ),
        _u(
            "je suis fondatrice, pas dev. Mon CTO veut passer en microservices alors qu'on est 4. C'est raisonnable ou c'est de la mode ?"
        ),
        _u(
            "Pour un groupe de 6 cliniques, on veut un seul outil de planning des blocs opératoires. Base centrale ou une base par site avec synchro ? Les sites ont parfois des coupures réseau."
        ),
        _u(
            "Différence concrète entre un event bus et une file de messages ? Dans quels cas je prends Kafka plutôt que RabbitMQ ?"
        ),
        _u(
            "On a 12 000 compteurs connectés qui remontent une mesure toutes les 15 min. Quelle chaîne d'ingestion vous proposeriez, du boîtier jusqu'au tableau de bord ?"
        ),
        _u(
            "Préparation d'entretien system design : concevoir un raccourcisseur d'URL qui tient 100 millions de liens. Je veux surtout comprendre comment générer les identifiants sans collision entre plusieurs serveurs."
        ),
        _u(
            "Notre ERP maison en Delphi parle uniquement par fichiers CSV déposés sur un FTP. On doit l'interfacer avec une boutique Shopify et un WMS en SaaS. Quelle architecture d'intégration pour ne pas tout casser ?"
        ),
        _u(
            "Rédaction d'un quotidien régional : le CMS, le site, l'appli et les newsletters lisent tous la même base. À chaque soirée électorale tout rame. Comment découpler la publication de la lecture ?"
        ),
        _u(
            "Est-ce qu'un cache Redis devant Postgres suffit pour un catalogue de 2 millions de produits, ou faut-il penser à un moteur de recherche séparé genre OpenSearch ?"
        ),
        _u(
            "C'est quoi le pattern outbox et pourquoi tout le monde en parle dès qu'on publie des événements depuis une base transactionnelle ?"
        ),
        _u(
            "Appli pour techniciens de maintenance d'ascenseurs, souvent en sous-sol sans réseau. Il faut qu'ils saisissent leurs interventions hors ligne et que ça se resynchronise. Comment gérer les conflits si deux techniciens modifient la même fiche ?"
        ),
        _u(
            "Réseau de 40 lycées : chaque établissement a son serveur local pour l'ENT. La région veut tout centraliser dans le cloud. Quels risques pour la continuité de service si la fibre d'un lycée tombe ?"
        ),
        _u(
            "Place de marché entre artisans et particuliers. Paiement, messagerie, avis, litiges. Quels blocs je découpe en services dès le départ et lesquels je garde dans le monolithe ?"
        ),
        _u(
            "Transporteur avec 300 camions : on veut suivre les positions en temps réel et recalculer les ETA. Push GPS toutes les 30 s. Stream processing ou simple base + cron ?"
        ),
        _u(
            "On a trois équipes qui touchent au même monorepo et qui se marchent dessus au moment des mises en prod. Comment organiser les responsabilités et le découpage du code ?"
        ),
        _u(
            "Qu'est-ce qu'on perd vraiment en passant en cohérence à terme sur le solde d'un porte-monnaie électronique ?"
        ),
        _u(
            "Voici notre schéma actuel :\n\n[App mobile] -> [API Gateway] -> [Service Commandes] -> [MySQL]\n                              -> [Service Stock] -> [MySQL (même instance)]\n[Back-office] -> directement sur MySQL\n\nLes deux services partagent des tables. Qu'est-ce qui vous choque là-dedans et dans quel ordre corriger ?"
        ),
        _u(
            "Pour un SaaS RH multi-clients, une base par client, un schéma par client ou une colonne tenant_id ? On a 200 clients aujourd'hui, peut-être 5 000 dans 3 ans."
        ),
        _u(
            "Comment dimensionner un cluster Kafka pour 50 000 messages/s avec 7 jours de rétention ? Je veux le raisonnement, pas juste un chiffre."
        ),
        _u(
            "Notre PSP de paiement tombe une à deux fois par mois. Comment concevoir le tunnel de commande pour basculer sur un second prestataire sans doubles débits ?"
        ),
        _u("gRPC ou REST entre nos services internes ? On a du Go, du Java et un peu de Python."),
        _u(
            "Coopérative agricole : des capteurs dans les silos, une passerelle par site avec 4G instable. Traitement en bord (edge) ou tout remonter brut au cloud ?"
        ),
        _u(
            "On migre d'Oracle vers PostgreSQL une appli de gestion de mutuelle qui a 600 procédures stockées. Big bang un week-end ou migration progressive par domaine ? Comment vous planifieriez ça ?"
        ),
        _u(
            "Quelle est la différence entre scalabilité horizontale et verticale, et à partir de quand la verticale ne suffit plus pour une base de données ?"
        ),
        _u(
            "Pour un service de visio pour cours particuliers, SFU ou MCU ? Et où placer les serveurs média si nos profs sont en France et nos élèves en Afrique de l'Ouest ?"
        ),
        _u(
            "Nos jobs batch de nuit (facturation, relances, exports compta) se chevauchent et plantent parfois à moitié. Comment rendre toute la chaîne reprenable sans tout refaire ?"
        ),
        _u("Un CQRS pour un simple back-office de gestion de salles de sport, c'est overkill ?"),
        _u(
            "Je dois présenter au comité de direction deux options : rester sur notre datacenter ou passer sur un cloud souverain. Quels critères d'architecture mettre en avant, au-delà du prix ?"
        ),
        _u(
            "Appli de livraison de repas : comment concevoir l'affectation des courses aux livreurs pour 5 villes, avec des pics le vendredi soir ? Où mettre l'algorithme de dispatch et comment le faire tenir la charge ?"
        ),
        _u(
            "Ça sert à quoi un service mesh concrètement, si on a déjà un ingress et des health checks dans Kubernetes ?"
        ),
        _u(
            "On reçoit les flux HL7 de trois hôpitaux partenaires, chacun avec ses variantes. Moteur d'intégration unique ou un adaptateur par établissement ? On voudrait passer à FHIR à terme."
        ),
        _u(
            "RPO 5 minutes et RTO 1 heure exigés par un client bancaire pour notre plateforme. Qu'est-ce que ça implique côté réplication et bascule ?"
        ),
        _u(
            "Comment découper un monolithe Django de 300 000 lignes sans arrêter les livraisons ? Strangler fig, modules internes d'abord, autre approche ?"
        ),
        _u(
            "Projet de bornes de recharge : 2 000 bornes en OCPP qui se connectent en websocket. Comment répartir les connexions et gérer la reconnexion massive après une coupure ?"
        ),
        _u(
            "Une mairie veut un portail unique pour les démarches (état civil, cantine, urbanisme). Chaque service a son logiciel métier d'un éditeur différent. Comment architecturer le portail au-dessus ?"
        ),
        _u(
            "Data warehouse ou lakehouse pour une PME de 80 personnes qui veut juste des tableaux de bord ventes + stocks ?"
        ),
        _m(
            "Salut, je prépare un entretien chez un gros site e-commerce.",
            "Bonne idée. Sur quel type de sujet voulez-vous vous entraîner : conception système, algorithmique, comportemental ?",
            "Conception système. Par exemple : concevoir le panier et le paiement pour 10 000 commandes par minute pendant les soldes.",
        ),
        _m(
            "On hésite entre Firebase et Supabase pour notre appli de covoiturage.",
            "Les deux conviennent pour démarrer. Firebase est plus mature en temps réel et hors-ligne mobile, Supabase vous donne du Postgres standard et moins de dépendance.",
            "Et si dans deux ans on veut sortir, laquelle des deux rend la migration la moins douloureuse ?",
        ),
        _m(
            "Je construis un système de réservation pour des salles de réunion dans un coworking.",
            "D'accord. Combien de sites et de salles, et les réservations viennent-elles d'un seul canal ?",
            "15 sites, 200 salles, réservations depuis l'appli, Google Agenda et Outlook. Comment éviter les doubles réservations entre ces trois sources ?",
        ),
        _m(
            "Comment faire une moyenne pondérée dans Excel ?",
            "Utilisez =SOMMEPROD(A2:A10;B2:B10)/SOMME(B2:B10).",
            "Merci. Autre chose : on a une appli de notes pour 30 écoles, chacune sur son propre serveur. On veut une vue consolidée pour le rectorat. Réplication vers un entrepôt central ou API fédérée ?",
        ),
        _m(
            "On a mis une file SQS entre la prise de commande et la préparation.",
            "C'est une bonne façon d'absorber les pics. Pensez à l'idempotence côté consommateur, car SQS peut livrer un message plusieurs fois.",
            "Et pour l'ordre ? Les modifications d'une même commande doivent être traitées dans l'ordre.",
        ),
        _m(
            "Notre archi actuelle : un seul Postgres pour tout, 2 To, 3 000 req/s en pointe.",
            "C'est encore gérable. Où se situent les goulots : lecture, écriture, verrous, maintenance ?",
            "Surtout la lecture, les rapports du service financier ralentissent les clients.",
        ),
        _m(
            "Quelle taille de pool de connexions pour Postgres ?",
            "Pour commencer, à peu près le nombre de cœurs x 2, puis mesurez.",
            "Ok mais on a 40 pods applicatifs qui ont chacun leur pool. Faut-il un PgBouncer central ou revoir toute la topologie ?",
        ),
        _m(
            "On veut ajouter une recherche plein texte à notre intranet documentaire.",
            "Vous pouvez commencer avec la recherche plein texte de Postgres, ou un moteur dédié comme Meilisearch ou Elasticsearch.",
            "Les documents viennent de SharePoint, d'un NAS et d'une GED Alfresco. Comment organiser l'indexation et le respect des droits d'accès de chaque source ?",
        ),
        _m(
            "Je t'ai décrit notre plateforme de paiement tout à l'heure.",
            "Oui, le service de paiement central avec la base partagée et les trois banques partenaires.",
            "Du coup si la banque B répond en 30 secondes au lieu de 2, qu'est-ce qui empêche tout le système de se bloquer ?",
        ),
        _m(
            "On a proposé un découpage en 5 bounded contexts pour notre logiciel de gestion locative.",
            "Lesquels ?",
            "Baux, Encaissements, Entretien, Comptabilité propriétaires, Communication locataires. Est-ce que Encaissements et Comptabilité ne devraient pas être un seul contexte ?",
        ),
        _m(
            "Ça veut dire quoi « at-least-once » ?",
            "Qu'un message est garanti d'être livré, mais qu'il peut l'être plusieurs fois.",
            "Et exactly-once, ça existe vraiment dans un système distribué ou c'est du marketing ?",
        ),
        _m(
            "On fait des webhooks sortants vers nos clients.",
            "Très bien. Vous gérez les tentatives en cas d'échec ?",
            "Pas encore. Comment concevoir un système de relivraison fiable qui ne surcharge pas un client en panne ?",
        ),
        _m(
            "Tu peux résumer ce rapport de réunion ?",
            "Bien sûr, collez-le ici.",
            "En fait laisse tomber. Question plus urgente : notre site vitrine et l'API de réservation sont sur le même serveur, et la pub TV de mardi va nous amener du monde. On sépare comment en 3 jours ?",
        ),
        _m(
            "On a choisi le event sourcing pour le module sinistres.",
            "D'accord. Avez-vous prévu les snapshots et la gestion des versions d'événements ?",
            "versions d'événements ?",
        ),
        _s(
            "Tu es un assistant d'architecture pour l'équipe plateforme d'une banque. Réponds en français, de façon structurée.",
            "Nos équipes veulent chacune leur propre cluster Kubernetes. L'équipe plateforme préfère un cluster mutualisé par environnement. Quels arguments de part et d'autre ?",
        ),
        _s(
            "Tu es un assistant intégré à notre wiki technique. Tu aides à relire les documents de conception.",
            "Relis ce design doc :\n\nObjectif : notifications push pour l'appli de fidélité.\n- Le service Fidélité appelle directement Firebase à chaque gain de points.\n- En cas d'erreur, on réessaie 3 fois en boucle synchrone.\n- Les préférences utilisateurs sont lues dans la base du service Comptes.\n\nQu'est-ce qui manque ou risque de poser problème ?",
        ),
        _s(
            "You are a senior solution architect helping a French logistics company. Answer in the user's language.",
            "On a un TMS, un WMS et un portail clients qui échangent des fichiers EDI. On voudrait passer à une architecture événementielle. Par quoi on commence sans tout réécrire ?",
        ),
        _s(
            "Tu es un tuteur pour étudiants en école d'ingénieurs, spécialité systèmes distribués.",
            "Expliquez-moi le théorème CAP avec un exemple concret, genre une appli de réservation de vélos en libre-service.",
        ),
        _s(
            "Assistant interne de la DSI d'un groupe hospitalier. Ne donne jamais de données patients.",
            "On doit relier le logiciel de pharmacie, le dossier patient et les automates de distribution. Bus d'intégration, API point à point, ou plateforme d'interopérabilité type EAI ?",
        ),
        _s(
            "Tu es l'assistant de codage dans l'IDE. Le projet est un monorepo TypeScript (Nx).",
            "Avant d'écrire du code : propose-moi un plan pour séparer la partie facturation en librairie indépendante avec ses propres frontières, sur plusieurs PR.",
        ),
        _s(
            "Tu es un coach pour CTO de startups early-stage.",
            "On a 1 500 utilisateurs payants, une seule instance Heroku et une base. Est-ce que je dois déjà penser haute dispo ou je me concentre sur le produit ?",
        ),
        _s(
            "Tu aides une équipe produit à rédiger des ADR (Architecture Decision Records).",
            "On a choisi de garder un seul service de notifications pour l'email, le SMS et le push au lieu de trois. Aide-moi à formuler le contexte, la décision et les conséquences.",
        ),
        _s(
            "Tu es un assistant pour une ESN, tu réponds aux questions d'avant-vente.",
            "Un client, réseau de 120 pharmacies, veut que ses caisses continuent de marcher même sans internet et remontent les ventes au siège. Quelle archi je propose dans la réponse à l'appel d'offres ?",
        ),
        _s(
            "Tu es un assistant d'architecture. Sois bref.",
            "Read replicas ou cache applicatif pour un site d'annonces immobilières très lu, peu écrit ?",
        ),
        _s(
            "Tu es un assistant pour l'équipe data d'un e-commerçant.",
            "On veut alimenter le data warehouse en quasi temps réel depuis la base de prod sans la charger. CDC avec Debezium, exports horaires, ou réplique dédiée ?",
        ),
        _s(
            "Tu es un assistant de revue technique dans une agence de voyage en ligne.",
            "On appelle 8 fournisseurs de vols en parallèle pour chaque recherche et on attend le plus lent. Comment repenser ça pour répondre en moins de 3 secondes ?",
        ),
        _u(
            "L'architecture hexagonale, c'est vraiment utile pour une API de 20 endpoints, ou on ajoute juste des couches pour rien ?"
        ),
        _u(
            "Comment garantir qu'un seul worker traite une tâche planifiée quand on a 6 instances derrière le load balancer ? Lock en base, leader election, scheduler externe ?"
        ),
        _u(
            "On stocke les photos des états des lieux (environ 3 To/an). S3 + CDN + miniatures à la volée, ou génération à l'upload ? Et quelle politique de cycle de vie ?"
        ),
        _u(
            "feature flags : outil SaaS ou table maison ? on est 25 devs et on déploie 10 fois par jour"
        ),
        _u(
            "Pour un jeu mobile multijoueur au tour par tour, quel backend ? On vise 200 000 joueurs actifs, les parties durent plusieurs jours."
        ),
        _u(
            "Comment on fait pour qu'une appli de prise de rendez-vous médicaux supporte la perte d'une zone entière chez l'hébergeur ?"
        ),
    ],
    "ru": [
        _u(
            "Горнолыжный курорт, 14 подъёмников, турникеты читают ски-пассы. Связь с центром на верхних станциях пропадает. Как сделать, чтобы турникеты пропускали офлайн, но один пасс нельзя было использовать двумя людьми одновременно?"
        ),
        _u(
            "Сеть стоматологий, 25 клиник, каждая в своей 1С. Хотим общую онлайн-запись на сайте. Тянуть расписание врачей из 25 баз в реальном времени или собирать его в центральный сервис?"
        ),
        _u(
            "Проектируем приём показаний с 40 тысяч умных водосчётчиков через NB-IoT. Как организовать обновление прошивки по воздуху партиями, чтобы не окирпичить половину парка?"
        ),
        _u(
            "Собеседование по system design: спроектировать rate limiter для публичного API, который работает на 20 серверах. Token bucket в Redis или локальные лимиты с синхронизацией?"
        ),
        _u(
            "Есть легаси на COBOL в банке, который отдаёт данные только ночными выгрузками. Бизнес хочет мобильное приложение с балансом в реальном времени. Какие вообще бывают варианты интеграции?"
        ),
        _u(
            "Онлайн-СМИ: хотим платный доступ с лимитом 5 бесплатных статей в месяц. Где считать лимит — на CDN, в отдельном сервисе или в браузере? Сайт отдаётся в основном из кэша."
        ),
        _u(
            "Шардирование PostgreSQL: по клиенту, по дате или по хэшу? B2B-сервис аналитики, 3 ТБ данных, растём вдвое за год."
        ),
        _u(
            "Что такое «горячая партиция» и как её избежать, если у нас один крупный клиент генерирует 60% всех событий?"
        ),
        _u(
            "Приложение переписи для интервьюеров на планшетах в деревнях без связи. Анкеты заполняются неделями офлайн. Как спроектировать хранение на устройстве, синхронизацию и защиту от потери данных при поломке планшета?"
        ),
        _u(
            "Университет, запись на курсы открывается в 9:00 для 25 тысяч студентов, и каждый семестр всё ложится. Как перестроить систему под этот пик?"
        ),
        _u(
            "Маркетплейс б/у техники с безопасной сделкой и доставкой тремя службами. Где хранить состояние сделки и как описать её жизненный цикл, чтобы службы доставки и платёжка не рассинхронизировались?"
        ),
        _u(
            "Транспортная компания, 1 200 машин. Стоит ли брать Kafka + Flink для расчёта загрузки в реальном времени, или это перебор для нашего масштаба?"
        ),
        _u(
            "У нас пять команд и один общий бэкенд на Java. Как разделить зоны ответственности: по слоям, по доменам, по фичам? И что делать с общим кодом?"
        ),
        _u(
            "Закон Конвея — это правда работает? У нас оргструктура поменялась, а архитектура осталась от старых отделов."
        ),
        _u(
            "Вот схема:\n\nWeb -> Nginx -> App (3 инстанса) -> Redis (сессии) -> Postgres master\nCron на одном из инстансов App делает рассылки\nФайлы пользователей лежат на локальном диске App\n\nЧто сломается первым при росте в 10 раз?"
        ),
        _u(
            "Сеть фитнес-клубов, 70 залов, у каждого зала свой турникет и локальный сервер. Хотим единый абонемент на все залы. Как сделать проверку абонемента быстрой и устойчивой к падению центра?"
        ),
        _u(
            "Как прикинуть, сколько нужно нод ClickHouse под 2 млрд событий в день с хранением год? Хочу понять порядок рассуждений."
        ),
        _u(
            "Внешний сервис проверки контрагентов отвечает через раз. Как встроить его в онбординг клиентов так, чтобы мы не зависели от его падений?"
        ),
        _u(
            "Мобильное приложение тянет на каждый экран данные из 4-5 сервисов. Делать BFF, GraphQL-федерацию или агрегацию прямо в клиенте?"
        ),
        _u(
            "Логистический оператор хочет видеть, где каждая паллета, по RFID-меткам в 12 складах. Считыватели выдают тысячи дублей в секунду. Где фильтровать и агрегировать: на складе или в облаке?"
        ),
        _u(
            "Переезжаем из своего ЦОДа в Яндекс Облако. Сразу переписывать под managed-сервисы или сначала lift-and-shift? Команда 8 человек."
        ),
        _u("Объясните разницу между репликацией и шардированием, и когда нужно и то, и другое."),
        _u(
            "Сервис ставок на спорт: коэффициенты меняются сотни раз в минуту, их надо разослать 300 тысячам открытых клиентов. WebSocket, SSE, что-то ещё? Как устроить fan-out?"
        ),
        _u(
            "Ночная выгрузка в хранилище идёт 7 часов и уже не влезает в окно. Как перестроить ETL, чтобы не упираться в ночь?"
        ),
        _u("Что такое cell-based architecture и есть ли смысл в ней для SaaS с 3 000 клиентов?"),
        _u(
            "Как обосновать руководству переход с монолита на модульный монолит, а не сразу на микросервисы?"
        ),
        _u(
            "Служба скорой помощи региона: диспетчерская система должна работать даже при падении основного ЦОДа. Какие требования к отказоустойчивости и как их обычно закрывают?"
        ),
        _u("Зачем нужен API gateway, если можно просто поставить nginx?"),
        _u(
            "Больница хочет связать лабораторную систему, МИС и PACS. Сейчас всё через общие папки и скрипты. С чего начать нормальную интеграцию?"
        ),
        _u(
            "Как на практике устроить учения по восстановлению после аварии, чтобы они не превратились в формальность? У нас 30 сервисов и две площадки."
        ),
        _u(
            "Два года назад распилили монолит на 35 микросервисов, теперь каждая фича трогает 6 репозиториев. Как понять, какие сервисы стоит слить обратно?"
        ),
        _u(
            "Паром между островами: бронирование мест для машин разной длины и пассажиров, продажи через сайт, кассы в портах и турагентов. Как не продать палубу дважды, если кассы в портах иногда без интернета?"
        ),
        _u(
            "Госуслуги регионального уровня: десятки ведомственных систем разных подрядчиков. Как построить единую шину межведомственного взаимодействия и кто должен ей владеть?"
        ),
        _u("Обратный ETL — это что вообще и зачем гнать данные из хранилища обратно в CRM?"),
        _u(
            "Как устроить удаление данных пользователя по запросу, если его данные разбросаны по 14 сервисам, бэкапам и хранилищу аналитики?"
        ),
        _u(
            "Temporal, Camunda или самописный движок на очередях для процесса выдачи кредита с ручными этапами проверки?"
        ),
        _m(
            "Привет! Помоги подготовиться к system design интервью.",
            "Конечно. Выберем задачу: сервис коротких ссылок, чат, бронирование?",
            "Давай чат на миллион одновременных пользователей. С чего начать рассуждение?",
        ),
        _m(
            "Мы делаем приложение для водителей такси.",
            "Что сейчас болит больше всего?",
            "Заказы иногда висят у двух водителей одновременно. Как спроектировать распределение заказа, чтобы один заказ гарантированно доставался одному водителю?",
        ),
        _m(
            "У нас сеть кинотеатров, 40 залов.",
            "Чем могу помочь?",
            "Места продаются на сайте, в приложении и в кассе, и ещё агрегатор бронирует через API. Как держать блокировку места на 10 минут, пока человек платит, и не заблокировать зал целиком ботами?",
        ),
        _m(
            "Как перевести текст на английский красиво?",
            "Пришлите текст, я переведу.",
            "Потом. Сейчас срочнее: интернет-магазин и склад на разных базах, остатки расходятся каждый день. Как правильно организовать обмен?",
        ),
        _m(
            "Поставили Redis как кэш перед каталогом.",
            "Как вы инвалидируете кэш при изменении цены?",
            "По TTL 10 минут. Маркетинг жалуется, что акции включаются с опозданием, а если TTL уменьшить — база не вывозит. Что делать?",
        ),
        _m(
            "У нас одна база Postgres на 4 ТБ.",
            "Что именно болит: запись, чтение, бэкапы, миграции?",
            "Бэкапы идут 9 часов, а восстановление мы ни разу не проверяли.",
        ),
        _m(
            "Сколько воркеров Celery ставить?",
            "Для I/O-задач больше, для CPU — примерно по числу ядер.",
            "А если задачи разные — генерация PDF, письма, импорт прайсов — их надо разнести по разным очередям и пулам?",
        ),
        _m(
            "Строим систему уведомлений для банка.",
            "Какие каналы и требования к срокам доставки?",
            "Push, SMS, email, и коды подтверждения должны доходить за 10 секунд. Как отделить срочный трафик от маркетинговых рассылок?",
        ),
        _m(
            "Я описал нашу архитектуру выше.",
            "Да: монолит на PHP, MySQL и отдельный поиск на Elasticsearch.",
            "Что будет, если Elasticsearch упадёт? Сейчас весь сайт показывает 500.",
        ),
        _m(
            "Хотим выделить домен «Договоры» в отдельный сервис.",
            "Какие данные он делит с другими частями системы?",
            "Клиентов и тарифы. Копировать их к себе через события или ходить за ними синхронно?",
        ),
        _m(
            "Что такое backpressure?",
            "Механизм, при котором потребитель сигнализирует производителю замедлиться.",
            "А как это применить ко всей цепочке из пяти сервисов через очереди?",
        ),
        _m(
            "Мы отдаём партнёрам публичное API.",
            "Есть ли версионирование и квоты?",
            "Нет, и один партнёр иногда кладёт нам всё своими выгрузками. Как спроектировать квоты и версии, чтобы не ломать существующих интеграторов?",
        ),
        _m(
            "Напиши стих про осень.",
            "Листья падают в тишине, ветер шепчет о весне...",
            "Спасибо) Другой вопрос: у нас 3 команды мобилки и одна бэкенда, бэкенд стал бутылочным горлышком. Стоит ли вводить BFF под каждую?",
        ),
        _m(
            "Внедряем feature toggles.",
            "Где вы планируете хранить и вычислять флаги?",
            "а если сервис флагов упадёт — что должны делать остальные сервисы?",
        ),
        _s(
            "Ты — ассистент архитектора в крупном ритейлере. Отвечай по-русски, структурированно.",
            "Команды хотят каждая свою базу данных, DBA против — говорит, что не потянет сопровождение. Как найти компромисс?",
        ),
        _s(
            "Ты помогаешь ревьюить дизайн-документы во внутреннем Confluence.",
            "Отревьюй:\n\nЗадача: сервис бонусных баллов.\n- Начисление синхронно в транзакции оформления заказа.\n- Списание через отдельный сервис, который ходит в базу заказов напрямую.\n- Отчёты строятся по продовой базе.\n\nКакие риски видишь?",
        ),
        _s(
            "You are an architecture assistant for a Russian fintech. Reply in the user's language.",
            "Принимаем платежи через 4 банка-эквайера с разными API. Как спроектировать слой абстракции и маршрутизацию платежей с фолбэком?",
        ),
        _s(
            "Ты — преподаватель курса по распределённым системам.",
            "Объясни на примере интернет-банка, что такое кворумная запись и чтение.",
        ),
        _s(
            "Ты — ассистент в IDE. Проект — Spring Boot-монолит на 400 тысяч строк.",
            "Без кода: составь план реорганизации пакетов из слоёв (controller/service/repo) в вертикальные модули по доменам, чтобы это можно было делать частями.",
        ),
        _s(
            "Ты консультируешь технических директоров небольших компаний.",
            "У нас 10 арендованных серверов и всё руками. Когда имеет смысл переходить на Kubernetes, а когда это лишняя сложность?",
        ),
        _s(
            "Ты помогаешь писать ADR.",
            "Решили хранить файлы в S3-совместимом хранилище, а не в базе. Помоги оформить ADR: контекст, варианты, решение, последствия.",
        ),
        _s(
            "Ты — бот пресейла интегратора.",
            "Клиент — сеть из 90 ресторанов быстрого питания. Нужна кухонная система заказов, которая работает без интернета и синхронизирует меню из центра. Что предложить?",
        ),
        _s(
            "Ты — ассистент архитектора. Коротко.",
            "Materialized view в Postgres или отдельная витрина в ClickHouse для отчётов по продажам?",
        ),
        _s(
            "Ты — помощник дата-инженеров маркетплейса.",
            "Нужен feature store для рекомендаций: онлайн-признаки за миллисекунды и те же признаки для обучения. Как устроить, чтобы онлайн и офлайн не расходились?",
        ),
        _s(
            "Ты — внутренний помощник платформенной команды.",
            "Нужна ли нам своя внутренняя платформа разработчика (IDP) с шаблонами сервисов, или пока хватит хорошей документации? 70 разработчиков, 40 сервисов.",
        ),
        _u(
            "Что выбрать для аудита всех действий сотрудников в админке: отдельный сервис аудита через события или триггеры в базе?"
        ),
        _u(
            "Подкаст-хостинг: 2 млн скачиваний эпизодов в сутки, пики в понедельник утром. Как считать статистику прослушиваний, не ломая раздачу через CDN?"
        ),
        _u(
            "сколько вообще стоит держать вторую площадку в горячем резерве и когда это окупается для интернет-магазина с оборотом 200 млн в год"
        ),
        _u(
            "Как сделать, чтобы данные клиентов из ЕС физически оставались в ЕС, а из Казахстана — в Казахстане, при одном общем приложении?"
        ),
    ],
    "ko": [
        _u(
            "저는 개발자가 아니고 학원 프랜차이즈 대표입니다. 지점 40개가 각자 다른 프로그램으로 출결이랑 수납을 관리하는데, 본사에서 하나로 합치려면 어떤 구조가 현실적인가요?"
        ),
        _u(
            "대학병원 병상 관리 시스템을 새로 만드는데, 응급실·병동·원무과가 실시간으로 같은 병상 현황을 봐야 합니다. 이벤트 방식으로 갈지, 중앙 DB 폴링으로 갈지 고민입니다."
        ),
        _u(
            "시스템 디자인 면접 준비 중입니다. '근처 라이더 찾기' 기능을 설계하라는 문제에서 지오해시, 쿼드트리, S2 중 뭘 고르고 왜 그런지 설명하는 법을 알려주세요."
        ),
        _u(
            "언론사인데 속보 푸시를 500만 명에게 1분 안에 보내야 합니다. 발송 시스템 구조와, 앱이 동시에 열릴 때 기사 서버가 안 터지게 하는 방법이 궁금해요."
        ),
        _u(
            "상품 상세 페이지를 CDN 엣지에서 캐싱하고 싶은데 가격과 재고는 자주 바뀝니다. 페이지를 어떻게 쪼개서 캐시해야 할까요?"
        ),
        _u("보상 트랜잭션까지 실패하면 Saga는 어떻게 끝나나요? 결국 사람이 개입해야 하는 건가요?"),
        _u(
            "교육청 산하 120개 학교 홈페이지를 하나의 플랫폼으로 통합하려 합니다. 헤드리스 CMS + 정적 사이트 생성으로 가면 학교별 관리자 권한은 어떻게 나누나요?"
        ),
        _u(
            "중고거래 앱에서 동네 인증 기반 피드를 만들려고 합니다. 반경 검색과 피드 정렬을 수백만 사용자 규모에서 어떻게 설계하나요?"
        ),
        _u(
            "택배사 배송 추적 시스템입니다. 하루 500만 건 스캔 이벤트가 들어와요. 이벤트 저장소는 뭐가 적합하고, 고객 조회용 데이터는 어떻게 분리해야 할까요?"
        ),
        _u(
            "팀이 4개인데 모노레포는 유지하면서 팀별 독립 배포를 가능하게 하려면 빌드·배포 구조를 어떻게 바꿔야 할까요?"
        ),
        _u(
            "공통 라이브러리를 서비스 20개가 쓰는데, 버전 올릴 때마다 전부 재배포해야 합니다. 공유 라이브러리 전략을 어떻게 가져가야 하나요?"
        ),
        _u(
            "현재 구조입니다:\n\n모바일 앱 → API 서버(Spring, 2대) → MySQL 1대\n관리자 페이지도 같은 MySQL 직접 접근\n푸시 발송은 API 서버 안에서 동기로 처리\n\n사용자가 10배 늘면 어디부터 터질까요? 우선순위대로 알려주세요."
        ),
        _u(
            "화이트라벨 앱을 고객사 50곳에 납품합니다. 고객사별 기능 차이와 브랜딩을 코드 분기 없이 관리하려면 어떤 아키텍처가 좋나요?"
        ),
        _u(
            "드론 배송 시범 사업입니다. 드론 200대의 상태, 비행 경로, 관제 명령을 주고받는데 통신이 끊길 때 드론 쪽 판단과 관제 쪽 판단을 어떻게 나눠야 하나요?"
        ),
        _u(
            "공동 문서 편집 기능을 넣으려는데 OT와 CRDT 중 뭘 골라야 하나요? 서버 구조도 달라지나요?"
        ),
        _u(
            "게임 랭킹 서비스입니다. 실시간 랭킹 1천만 명, 시즌마다 초기화. Redis sorted set 하나로 버틸 수 있을까요, 샤딩이 필요할까요?"
        ),
        _u(
            "사용량 기반 과금(API 호출 수)을 하려면 미터링 데이터를 어떻게 수집·집계해야 정확할까요? 하루 10억 호출입니다."
        ),
        _u(
            "고객센터 챗봇에 사내 매뉴얼 검색(RAG)을 붙이려 합니다. 문서 수집, 벡터 DB, 권한 필터링까지 전체 구조를 어떻게 잡나요?"
        ),
        _u(
            "지하철 교통카드 단말기는 오프라인으로도 승하차를 처리해야 합니다. 잔액 차감과 정산을 중앙 시스템과 어떻게 맞추는 구조가 일반적인가요?"
        ),
        _u(
            "호텔 PMS를 만들고 있는데 OTA 채널 매니저 5곳과 객실 재고를 주고받아야 해요. 오버부킹을 최소화하는 동기화 방식이 뭔가요?"
        ),
        _u(
            "항만 컨테이너 위치 추적 시스템을 설계합니다. 크레인, 게이트, 선사 시스템에서 이벤트가 오는데 각자 형식이 달라요. 표준화 계층을 어디에 두나요?"
        ),
        _u(
            "분산 시스템에서 전역적으로 고유한 ID는 어떻게 만드나요? UUID, 스노우플레이크, DB 시퀀스 장단점이 궁금합니다."
        ),
        _u(
            "쇼핑몰 검색에 자동완성을 넣으려고 합니다. 상품 200만 개, 초당 2천 쿼리. 별도 서비스로 뺄지, 기존 검색엔진으로 해결할지?"
        ),
        _u(
            "회사 내 앱 12개에 각자 로그인 기능이 있어요. SSO로 통합하려면 인증 서버를 어떻게 두고 기존 세션은 어떻게 옮기나요?"
        ),
        _u(
            "스마트 팩토리 OT망과 사무 IT망을 연결해 생산 데이터를 클라우드로 보내려 합니다. 보안 구역을 나누면서 데이터 흐름을 설계하는 일반적인 방법은요?"
        ),
        _u(
            "온라인 시험 플랫폼인데 전국 동시 시작 시간에 5만 명이 접속합니다. 답안 저장이 유실되면 안 되는데 어떤 구조가 안전할까요?"
        ),
        _u("캐시 스탬피드가 뭔가요? 인기 키 하나가 만료되면 DB가 죽는다는데 어떻게 막아요?"),
        _u(
            "광고 클릭 집계 시스템을 면접에서 설계하라고 하면, 실시간 집계와 정확한 정산 집계를 어떻게 나누어 설명하면 되나요?"
        ),
        _u(
            "아파트 관리비 정산 SaaS인데, 단지마다 부과 규칙이 달라요. 규칙 엔진을 별도 서비스로 둘지, 설정 데이터로 처리할지 고민입니다."
        ),
        _u(
            "전자 가격표(ESL) 5만 개를 매장 300곳에 설치했어요. 본사에서 가격을 바꾸면 10분 안에 반영돼야 하는데 배포 경로를 어떻게 설계하죠?"
        ),
        _u(
            "서버리스(Lambda)와 컨테이너(ECS) 중 어떤 게 우리한테 맞을까요? 트래픽이 낮에만 몰리고 밤엔 거의 없습니다."
        ),
        _u(
            "분석용 이벤트 스키마가 팀마다 제각각이라 데이터팀이 고생 중입니다. 스키마 레지스트리와 이벤트 계약을 어떻게 도입하나요?"
        ),
        _u("데이터 메시가 요즘 유행인데, 데이터 엔지니어 4명 있는 회사에도 맞는 얘기인가요?"),
        _u(
            "카메라 영상 분석을 매장 안 엣지 박스에서 할지, 클라우드로 영상을 올려서 할지 비용과 지연 관점에서 비교해 주세요."
        ),
        _u(
            "주문량이 하루 3천 건에서 30만 건으로 늘 예정입니다. 현재 Django + Postgres 한 대인데, 용량 계획을 어떤 순서로 세우면 되나요?"
        ),
        _u(
            "동영상 강의 업로드 후 여러 해상도로 트랜스코딩하는 파이프라인을 만들려고 합니다. 큐, 워커, 저장소 구조를 어떻게 잡나요?"
        ),
        _u(
            "지자체 공공데이터 포털을 만들 때 원천 시스템 부하 없이 데이터를 공개 API로 제공하려면 어떤 구조가 좋나요?"
        ),
        _m(
            "면접 연습으로 '분산 키-값 저장소 설계' 문제를 풀어보려 해요.",
            "좋습니다. 요구사항부터 정리해 볼까요? 읽기/쓰기 비율, 일관성 수준, 데이터 크기 등이요.",
            "쓰기가 많고, 최종 일관성이면 됩니다. 일관된 해싱이랑 복제를 어떻게 설명하면 될까요?",
        ),
        _m(
            "배달 앱 백엔드를 맡게 됐어요.",
            "어떤 부분이 걱정되시나요?",
            "점심시간 주문 폭주 때 가게 알림이 늦게 가요. 주문 접수에서 가게 태블릿까지 흐름을 어떻게 재설계하죠?",
        ),
        _m(
            "우리 팀 회고 진행 방법 좀 알려줘요.",
            "KPT나 4L 같은 방식을 써 보세요.",
            "알겠어요. 그리고 기술 질문인데, 서비스마다 로그 형식이 달라서 장애 추적이 어려워요. 분산 추적을 도입하려면 전체 구조를 어떻게 잡아야 하나요?",
        ),
        _m(
            "우리 정산 시스템은 하루 한 번 돌아요.",
            "판매자들이 실시간 정산 현황을 원하시나요?",
            "네, 판매자 앱에서 예상 정산금을 실시간으로 보고 싶대요. 배치는 유지하면서 어떻게 붙이죠?",
        ),
        _m(
            "API 버전을 URL에 넣을지 헤더에 넣을지 고민이에요.",
            "둘 다 흔하며, 외부 공개 API라면 URL 방식이 단순합니다.",
            "외부 파트너가 40곳인데, v1을 언제까지 유지하고 어떻게 단계적으로 종료할지 전체 전략을 짜고 싶어요.",
        ),
        _m(
            "우리 서비스가 어제 2시간 장애가 났어요.",
            "원인이 무엇이었나요?",
            "캐시 서버 하나가 죽었는데 모든 요청이 DB로 몰려서 DB까지 죽었어요. 구조적으로 어떻게 막아야 하나요?",
        ),
        _m(
            "이벤트 기반으로 바꾼 뒤로 디버깅이 힘들어요.",
            "어떤 점이 특히 어려운가요?",
            "한 주문이 어떤 서비스를 거쳤는지 추적이 안 돼요. 상관관계 ID랑 이벤트 카탈로그 같은 걸 어떻게 설계하나요?",
        ),
        _m(
            "우리는 멀티 리전을 하려고 해요.",
            "액티브-액티브인가요, 액티브-스탠바이인가요?",
            "액티브-액티브요. 그런데 두 리전에서 동시에 같은 회원 정보를 수정하면요?",
        ),
        _m(
            "쿠폰 서비스를 따로 분리했어요.",
            "주문 서비스와는 어떻게 통신하나요?",
            "동기 호출이요. 쿠폰 서비스가 죽으면 주문도 못 해요. 이거 괜찮은 건가요?",
        ),
        _m(
            "서킷 브레이커랑 벌크헤드 차이가 뭐예요?",
            "서킷 브레이커는 실패하는 호출을 차단하고, 벌크헤드는 자원을 분리해 장애 전파를 막습니다.",
            "그럼 우리처럼 외부 API 6개를 부르는 서비스에서는 둘을 어떻게 조합해요?",
        ),
        _m(
            "물류센터 로봇 200대를 운영해요.",
            "로봇 제어는 중앙에서 하나요, 로봇 자체에서 하나요?",
            "중앙 서버 한 대가 모든 경로를 계산해요. 이 서버가 죽으면 전부 멈추는데 이중화를 어떻게 하죠?",
        ),
        _m(
            "이거 맞춤법 좀 봐 주세요: '되요'",
            "'돼요'가 맞습니다.",
            "고마워요 ㅎㅎ 근데 진짜 물어보고 싶은 건, 우리 앱 푸시·문자·이메일 발송이 각 팀 코드에 흩어져 있는데 공통 알림 플랫폼으로 모으는 게 맞을까요?",
        ),
        _m(
            "Kafka 도입했어요.",
            "토픽 설계는 어떻게 하셨나요?",
            "토픽 설계를 어떤 기준으로 나눠야 해요? 서비스별? 이벤트 종류별?",
        ),
        _s(
            "당신은 대형 유통사 플랫폼팀의 아키텍처 어시스턴트입니다. 한국어로 답하세요.",
            "블루-그린과 카나리 배포를 서비스 40개 전체에 적용하려면 플랫폼 차원에서 어떤 구성 요소가 필요할까요?",
        ),
        _s(
            "사내 위키의 설계 문서 리뷰 도우미입니다.",
            "리뷰 부탁합니다:\n\n목표: 쿠폰 발급 이벤트 (선착순 10만 장)\n- API 서버가 MySQL에서 남은 수량을 SELECT 후 UPDATE\n- 발급 결과는 동기로 알림톡 호출\n- 트래픽 예상치: 오픈 직후 초당 5만 요청\n\n문제가 될 부분이 뭘까요?",
        ),
        _s(
            "You are a solution architect assistant for a Korean shipping company. Answer in Korean.",
            "선사 예약 시스템과 20개 대리점 시스템을 EDI 대신 API로 연결하려 합니다. 파트너마다 기술 수준이 다른데 어떤 연동 방식이 좋을까요?",
        ),
        _s(
            "당신은 컴퓨터공학과 학생을 위한 분산 시스템 튜터입니다.",
            "Raft 합의 알고리즘이 리더를 뽑는 과정을 쉽게 설명해 주세요. 네트워크가 갈라지면 어떻게 되나요?",
        ),
        _s(
            "당신은 IDE 코딩 어시스턴트입니다. 프로젝트는 NestJS 모놀리스입니다.",
            "코드는 아직 쓰지 말고, 모듈 간 순환 의존성을 없애기 위한 레이어 재구성 계획을 여러 단계로 제안해 주세요.",
        ),
        _s(
            "초기 스타트업 CTO를 위한 코치입니다.",
            "AWS 비용이 매출의 30%입니다. 아키텍처 차원에서 비용을 줄일 수 있는 큰 방향이 뭘까요?",
        ),
        _s(
            "SI 업체 제안서 작성 도우미입니다.",
            "무인 키오스크 3천 대에 소프트웨어를 원격 배포하고 상태를 모니터링하는 플랫폼을 제안해야 합니다. 구성도를 설명해 주세요.",
        ),
        _s(
            "아키텍처 어시스턴트입니다. 짧게 답하세요.",
            "MongoDB vs PostgreSQL JSONB, 스키마가 자주 바뀌는 설문 서비스엔 뭐가 나아요?",
        ),
        _s(
            "핀테크 회사의 내부 기술 도우미입니다. 민감한 고객 정보는 다루지 않습니다.",
            "복식부기 원장 서비스를 새로 만들려 합니다. 초당 5천 건 거래에서 잔액 정합성을 유지하는 설계 방법을 알려주세요.",
        ),
        _s(
            "게임 회사 서버팀 도우미입니다.",
            "실시간 PvP 매치메이킹 서버를 설계하려 합니다. 대기열, MMR 범위 확장, 지역별 서버 배정을 어떻게 구성하나요?",
        ),
        _s(
            "헬스케어 스타트업의 기술 자문 봇입니다.",
            "웨어러블 기기에서 심박 데이터를 5초마다 받습니다. 앱이 며칠 오프라인이었다가 한꺼번에 올릴 때 서버 구조를 어떻게 대비하죠?",
        ),
        _s(
            "공공기관 정보화 사업 컨설턴트 역할입니다.",
            "선거 개표 결과 공개 사이트는 개표일 밤 트래픽이 평소의 1000배입니다. 어떤 구조로 준비해야 하나요?",
        ),
        _u("리더 선출이 필요한 상황이 구체적으로 언제인가요? ZooKeeper나 etcd를 꼭 써야 해요?"),
        _u("마이크로서비스마다 DB를 따로 가져야 한다는데, 조인이 필요한 화면은 어떻게 만들죠?"),
        _u(
            "스트리밍 중계에서 스포츠 실시간 스코어를 100만 명에게 뿌리려면 어떤 방식이 비용 대비 효율적일까요"
        ),
        _u(
            "레디스가 단일 장애점인 것 같아요. 센티넬, 클러스터, 매니지드 중 어떤 구성으로 가야 할까요?"
        ),
        _u(
            "아키텍처 결정 기록(ADR)은 어떤 상황에서 쓰고, 팀이 실제로 읽게 하려면 어떻게 관리해야 하나요?"
        ),
    ],
    "it": [
        _u(
            "Gestiamo la biglietteria di 9 musei civici: biglietti online, casse fisiche e tessere abbonamento annuale. Oggi ogni museo ha il suo gestionale. Come impostereste un sistema unico senza fermare le casse durante la transizione?"
        ),
        _u(
            "Sono product manager, non tecnica. Il team dice che il nostro gestionale è 'troppo accoppiato'. Cosa vuol dire in pratica e come si vede dall'esterno?"
        ),
        _u(
            "Dobbiamo collegare il nostro gestionale al Sistema di Interscambio per la fatturazione elettronica. Le risposte dello SDI arrivano dopo ore o giorni. Come progettare il flusso asincrono e gli stati della fattura lato architettura?"
        ),
        _u(
            "Una ASL vuole un CUP regionale che prenoti visite su agende di 14 ospedali, ognuno con il suo software. Agende replicate centralmente o interrogate in tempo reale? Cosa succede se un ospedale non risponde?"
        ),
        _u(
            "Colloquio di system design la settimana prossima: 'progetta un web crawler che scarichi un miliardo di pagine'. Come divido il lavoro tra i nodi ed evito di martellare lo stesso sito?"
        ),
        _u(
            "Abbiamo un AS/400 che regge ordini e magazzino da 25 anni. Vogliamo un e-commerce B2B moderno davanti. Meglio esporre API sopra l'AS/400 o replicare i dati in un database nuovo?"
        ),
        _u(
            "Redazione di un giornale locale: vogliamo le dirette testuali (live blog) per le partite e le elezioni, con aggiornamenti ogni pochi secondi a 100 mila lettori. Polling, SSE o websocket? E come non stressare il CMS?"
        ),
        _u(
            "Registro elettronico per una rete di 30 scuole paritarie: i professori inseriscono voti anche da tablet con Wi-Fi ballerino. Offline-first con sincronizzazione o basta un buon retry lato client?"
        ),
        _u(
            "Marketplace di prodotti agricoli a km zero: aziende agricole, consumatori, punti di ritiro. Come gestiamo la disponibilità che cambia ogni giorno e gli ordini che si chiudono il giovedì per consegne il sabato?"
        ),
        _u(
            "Corriere con 800 furgoni in Lombardia. Vogliamo ricalcolare i giri di consegna durante il giorno quando arrivano ritiri urgenti. Dove mettiamo l'ottimizzatore e come comunica con le app degli autisti?"
        ),
        _u(
            "Siamo tre team su un unico backend Node e ogni rilascio è un parto. Ha senso passare a micro-frontend e microservizi, o prima dobbiamo sistemare i confini interni?"
        ),
        _u("Cosa significa che un sistema è 'osservabile' e perché non basta avere i log?"),
        _u(
            "Ecco la nostra architettura:\n\n- Frontend Angular\n- API .NET unica\n- SQL Server con 600 tabelle\n- Un job SSIS notturno che alimenta il DWH\n- Integrazione con il fornitore logistico tramite file XML su SFTP ogni ora\n\nVogliamo passare a tracking in tempo reale per i clienti. Cosa va rivisto per primo?"
        ),
        _u(
            "SaaS per studi dentistici, 1 200 studi. I clienti grandi chiedono i dati in un database separato, i piccoli no. Si possono avere i due modelli insieme senza impazzire?"
        ),
        _u(
            "Come stimo la capacità di un cluster Elasticsearch per log applicativi: 500 GB al giorno, ricerca sugli ultimi 30 giorni, archivio per un anno?"
        ),
        _u(
            "Il gateway del nostro fornitore di SMS va giù spesso e gli OTP non arrivano. Come progettare l'invio con un secondo fornitore senza mandare doppi messaggi?"
        ),
        _u(
            "Per un'app di prenotazione ombrelloni (sì, davvero) con picchi a giugno: serverless o un paio di VM? Siamo in due a sviluppare."
        ),
        _u(
            "Vigneti con sensori di umidità e stazioni meteo, connessione LoRaWAN. Il gateway della cantina può fare calcoli locali: cosa ha senso elaborare lì e cosa in cloud?"
        ),
        _u(
            "Migrazione da un vecchio Magento 1 a un'architettura headless. Facciamo tutto in un colpo o affianchiamo il nuovo al vecchio pagina per pagina?"
        ),
        _u(
            "Cosa si intende per 'consistenza forte' e perché costa latenza quando i dati sono in più regioni?"
        ),
        _u(
            "Piattaforma di e-learning per una regione: 200 mila studenti, picco il lunedì mattina alle 8. I video sono su un CDN, ma quiz e consegne cadono. Come separare le componenti?"
        ),
        _u(
            "Come si progetta un sistema di sconti e promozioni per una catena di profumerie, con regole cumulabili e non, valido sia online sia in cassa?"
        ),
        _u(
            "Event sourcing per un gestionale di noleggio biciclette: ha senso o è un'arma troppo grossa?"
        ),
        _u(
            "Una banca di credito cooperativo vuole uscire dal mainframe dell'outsourcer entro 5 anni. Che strategia architetturale si usa di solito per un percorso così lungo?"
        ),
        _u(
            "App per il car sharing: le auto devono aprirsi con il telefono anche nei garage senza rete. Come si progetta l'autorizzazione offline tra app, auto e backend?"
        ),
        _u(
            "Cosa sono i 12-factor app e quali punti contano davvero quando si porta un gestionale in container?"
        ),
        _u(
            "Tre laboratori di analisi con LIS diversi devono mandare i referti a un portale unico per i medici di base. Come progetto l'integrazione e la gestione delle versioni dei referti?"
        ),
        _u(
            "Ci chiedono disponibilità del 99,99% per una piattaforma di pagamenti PA. Quanti minuti di fermo all'anno sono e cosa cambia nell'architettura rispetto al 99,9%?"
        ),
        _u(
            "Il nostro monolite Laravel ha un modulo 'notifiche' che tutti chiamano. È un buon primo candidato da estrarre? Come lo faccio senza rompere niente?"
        ),
        _u(
            "Rete di 5 000 distributori automatici di caffè con pagamento contactless. Telemetria, prezzi, incassi: come strutturereste il backend e la comunicazione con le macchine?"
        ),
        _u(
            "Un comune vuole un'app per segnalazioni (buche, rifiuti, illuminazione). Ogni segnalazione va a un ufficio diverso con sistemi diversi. Architettura di smistamento?"
        ),
        _u(
            "Vogliamo aggiungere la ricerca per immagine al catalogo di un e-commerce di arredamento. Dove si inserisce nell'architettura esistente: servizio separato, indice vettoriale, batch notturno?"
        ),
        _u(
            "Società di bike sharing a Bologna: le rastrelliere sono smart e comunicano via 4G. Quando una stazione va offline, come gestiamo prelievi e riconsegne senza perdere corse?"
        ),
        _u(
            "Abbiamo 200 negozi in franchising con listini diversi. Il listino va calcolato in centrale e spinto ai negozi o ogni negozio lo calcola da regole comuni?"
        ),
        _u(
            "Stiamo progettando il backend per una catena di palestre con app, tornelli e personal trainer. Da dove partiamo per definire i servizi?"
        ),
        _m(
            "Mi aiuti a prepararmi per un colloquio da senior backend?",
            "Certo. Preferisci partire da system design o da domande di coding?",
            "System design. Proviamo 'progetta un sistema di notifiche per 50 milioni di utenti, con email, push e SMS'.",
        ),
        _m(
            "Stiamo valutando MongoDB per il catalogo prodotti.",
            "Ha senso se gli attributi variano molto tra categorie. Cosa vi preoccupa?",
            "Che gli ordini stanno su Postgres. Come teniamo coerenti catalogo e ordini quando cambia un prezzo?",
        ),
        _m(
            "Gestiamo un consorzio di 40 stabilimenti termali.",
            "Che sistemi usano oggi?",
            "Ognuno il suo gestionale per ingressi e trattamenti. Vogliamo un abbonamento unico valido in tutti. Come si progetta la validazione all'ingresso se il centro non risponde?",
        ),
        _m(
            "Mi traduci questa mail in inglese?",
            "Certo, incollala qui.",
            "Aspetta, prima un'altra cosa: vogliamo mandare gli eventi del nostro e-commerce a un CRM, a un tool di marketing e al data warehouse. Un collettore centrale tipo Segment o integrazioni dirette?",
        ),
        _m(
            "Abbiamo messo Kafka tra ordini e spedizioni.",
            "Come gestite i messaggi che falliscono?",
            "Li ritentiamo all'infinito e bloccano la partizione. Come si progetta una dead letter queue sensata?",
        ),
        _m(
            "Abbiamo tre ambienti: sviluppo, collaudo e produzione.",
            "Come vengono allineati i dati di collaudo?",
            "Copiamo la produzione a mano ogni mese e ci mettiamo due giorni. Come si progetta un flusso per avere ambienti di test realistici senza dati reali?",
        ),
        _m(
            "Stiamo rifacendo l'app di un ospedale per i pazienti.",
            "Quali sistemi deve interrogare?",
            "Prenotazioni CUP, referti del laboratorio e pagamenti ticket. Ognuno ha un'API diversa e lenta. Serve un BFF?",
        ),
        _m(
            "Prima ti ho descritto la piattaforma di pagamenti.",
            "Sì, il gateway con tre acquirer e il servizio antifrode.",
            "Se l'antifrode diventa lento, blocchiamo i pagamenti o li lasciamo passare? Come si progetta questa scelta?",
        ),
        _m(
            "Abbiamo diviso il dominio in sei bounded context.",
            "Quali sono?",
            "Clienti, Polizze, Sinistri, Pagamenti, Documenti, Agenti. 'Clienti' però lo usano tutti: è un contesto o un servizio condiviso?",
        ),
        _m(
            "Cos'è il two-phase commit?",
            "Un protocollo per far confermare una transazione a più partecipanti in modo atomico.",
            "E perché nei microservizi lo sconsigliano tutti?",
        ),
        _m(
            "Usiamo un monorepo con 30 microservizi.",
            "Come gestite la CI?",
            "Ogni commit ricompila tutto e ci vogliono 50 minuti. Come ripensiamo build e dipendenze tra servizi?",
        ),
        _m(
            "Scrivimi una ricetta per la carbonara.",
            "Guanciale, uova, pecorino, pepe e spaghetti...",
            "Grazie! Ora lavoro: il nostro sito di ricette ha picchi enormi a Natale e il database non regge. Come lo ripensiamo?",
        ),
        _m(
            "Abbiamo introdotto la CQRS nel modulo ordini.",
            "Le proiezioni di lettura come vengono aggiornate?",
            "E se una proiezione resta indietro di qualche minuto, come lo gestiamo lato utente?",
        ),
        _s(
            "Sei un assistente di architettura per il team piattaforma di un'assicurazione. Rispondi in italiano.",
            "Dobbiamo scegliere tra un API gateway centralizzato gestito dalla piattaforma e gateway per dominio gestiti dai team. Pro e contro?",
        ),
        _s(
            "Sei l'assistente del wiki tecnico e aiuti a revisionare documenti di design.",
            "Revisiona:\n\nProgetto: nuovo sistema prenotazioni sale corsi\n- Un'unica Lambda gestisce prenotazione, pagamento e email\n- Stato in DynamoDB, una tabella per tutto\n- Nessuna coda: se Stripe non risponde, la Lambda fallisce e l'utente riprova\n\nCosa cambieresti?",
        ),
        _s(
            "You are a senior architect helping an Italian logistics company. Reply in Italian.",
            "Vogliamo dare ai clienti un portale con lo stato delle spedizioni in tempo reale, ma i dati arrivano da 6 corrieri partner con formati diversi. Come impostare l'integrazione?",
        ),
        _s(
            "Sei un tutor universitario di sistemi distribuiti.",
            "Mi spieghi i vector clock con un esempio semplice, tipo due persone che modificano la stessa lista della spesa offline?",
        ),
        _s(
            "Sei un assistente interno dei sistemi informativi di una RSA. Non trattare dati degli ospiti.",
            "Vogliamo collegare campanelli di chiamata, sensori di caduta e il tablet degli operatori. Serve un server locale nella struttura o basta il cloud?",
        ),
        _s(
            "Sei l'assistente di codice nell'IDE. Il progetto è un'app Flutter con backend Firebase.",
            "Prima di scrivere codice: proponimi un piano in più passi per rendere l'app utilizzabile offline con sincronizzazione affidabile.",
        ),
        _s(
            "Sei un mentore per CTO di piccole aziende.",
            "Abbiamo 3 clienti enterprise che chiedono installazione on-premise del nostro SaaS. Come organizzo l'architettura per supportare cloud e on-prem senza due prodotti diversi?",
        ),
        _s(
            "Aiuti a scrivere ADR.",
            "Abbiamo deciso di usare Postgres anche come coda (SKIP LOCKED) invece di introdurre RabbitMQ. Mi aiuti a scrivere l'ADR con le conseguenze?",
        ),
        _s(
            "Sei un assistente per il prevendita di una software house.",
            "Cliente: consorzio di 25 cantine che vuole tracciare i lotti di vino dalla vendemmia alla bottiglia per la certificazione. Ogni cantina ha un gestionale diverso. Proposta architetturale?",
        ),
        _s(
            "Assistente di architettura. Risposte brevi.",
            "Un solo database per microservizio anche se sono 25 servizi e 3 DBA?",
        ),
        _s(
            "Sei un assistente per il team dati di una catena di supermercati.",
            "Vogliamo unire dati di casse, app fedeltà e e-commerce in un'unica vista cliente. Batch notturno o streaming? Che architettura dati?",
        ),
        _s(
            "Sei l'assistente di una software house che sviluppa per la PA.",
            "Un ente ci chiede un sistema di protocollo informatico che dialoghi con PEC, conservazione sostitutiva e 3 gestionali interni. Come lo strutturiamo?",
        ),
        _u(
            "Come si decide la granularità dei microservizi? Abbiamo un servizio per ogni tabella e ci sembra sbagliato."
        ),
        _u(
            "Per un'app di consegne in bicicletta a Milano: database geospaziale dedicato o PostGIS basta?"
        ),
        _u("ma un api gateway a cosa serve se abbiamo solo un backend e due app"),
        _u(
            "Vogliamo che la piattaforma di telemedicina resti in piedi anche se cade un intero data center di Milano. Serve un secondo sito a Roma o bastano le zone del cloud?"
        ),
    ],
    "pt": [
        _u(
            "Temos um e-commerce que emite NF-e e, quando a SEFAZ fica fora do ar, o checkout trava. Como desenhar a emissão em contingência de forma assíncrona sem atrasar a venda?"
        ),
        _u(
            "Sou dono de uma escola de natação com 4 unidades e não entendo nada de TI. Um fornecedor quer me vender um sistema 'sob medida', outro um SaaS pronto. Que perguntas de arquitetura eu deveria fazer para os dois?"
        ),
        _u(
            "Vamos receber pagamentos via Pix de milhares de lojistas. Como estruturar a conciliação entre as notificações do PSP, o nosso extrato e os pedidos, sabendo que a notificação às vezes chega duplicada ou fora de ordem?"
        ),
        _u(
            "Entrevista de system design: 'projete um sistema tipo Dropbox'. Como explico a sincronização de arquivos entre dispositivos e a deduplicação por blocos?"
        ),
        _u(
            "Cooperativa de leite com 3 mil produtores: os caminhões coletam em fazendas sem sinal e registram volume e qualidade num coletor. Como sincronizar com o laticínio e evitar perder coletas?"
        ),
        _u(
            "Plataforma de leilão online de gado: lances ao vivo, milhares de participantes, pregão com leiloeiro. Como garantir a ordem dos lances e a latência baixa?"
        ),
        _u(
            "Portal de notícias: queremos personalizar a home por leitor sem perder o cache de CDN. Dá para ter as duas coisas?"
        ),
        _u(
            "O que é um API gateway de borda versus um gateway interno, e por que algumas empresas têm os dois?"
        ),
        _u(
            "Marketplace de serviços domésticos (diaristas, eletricistas). Precisamos de agenda, pagamento com split, avaliação e suporte. Por onde começo a desenhar sem criar 15 microserviços?"
        ),
        _u(
            "Transportadora com 2 mil caminhões e rastreadores de 4 fornecedores diferentes. Como unificar os dados de posição num único fluxo sem depender de um fornecedor só?"
        ),
        _u(
            "Temos 6 squads mexendo no mesmo app React Native. Como dividir a responsabilidade no código e nos releases sem virar bagunça?"
        ),
        _u(
            "Como desenhar um sistema de senhas para atendimento em agências do INSS-like, com painel na TV, app e totem, para 500 unidades?"
        ),
        _u(
            "Segue nosso desenho atual:\n\nApp -> API Node (1 instância) -> MongoDB (sem réplica)\nWorker de e-mail rodando na mesma máquina da API\nUploads salvos em /var/www/uploads\nBackup: mongodump manual toda sexta\n\nVamos captar investimento e o investidor pediu uma avaliação técnica. O que corrigimos primeiro?"
        ),
        _u(
            "ERP SaaS para pequenas indústrias: como organizar a personalização por cliente (campos, fluxos, relatórios) sem criar um fork do código para cada um?"
        ),
        _u(
            "Como dimensiono um RabbitMQ para 20 mil mensagens por segundo com mensagens persistentes? Quantos nós, quantas filas?"
        ),
        _u(
            "Nosso sistema de cashback precisa receber transações de 8 bandeiras de parceiros. Como garantir que nenhuma transação se perca e que o cashback não seja pago duas vezes?"
        ),
        _u(
            "Monolito Java com 12 anos, 1 milhão de linhas. A diretoria quer 'ir para a nuvem'. Rehost, replatform ou refatorar? Como escolher por módulo?"
        ),
        _u(
            "Frigorífico com rastreabilidade desde o lote de gado até a caixa exportada. Os dados vêm de balanças, etiquetadoras e do ERP. Como estruturar o fluxo de dados?"
        ),
        _u(
            "Estamos pensando em multi-cloud (AWS + Azure) por exigência de um cliente grande. O que isso muda na arquitetura e o que não vale a pena replicar?"
        ),
        _u(
            "Plataforma de cursos online com lives de até 10 mil alunos e chat. Vale montar a infra de streaming própria ou usar um serviço pronto?"
        ),
        _u(
            "Como organizar os ambientes (dev, homologação, produção) para 12 microsserviços sem gastar uma fortuna com infraestrutura ociosa?"
        ),
        _u(
            "Faz sentido usar arquitetura orientada a eventos num sistema de agendamento de barbearia?"
        ),
        _u(
            "Rede de laboratórios quer mandar resultados para o app do paciente em tempo real. Os equipamentos geram arquivos, o LIS valida. Onde entra a fila e onde entra a notificação?"
        ),
        _u(
            "Como estimar custo de infraestrutura por cliente num SaaS multi-tenant para saber se o plano mais barato dá prejuízo?"
        ),
        _u(
            "Estamos tirando o módulo de frete de um monolito PHP. Banco compartilhado durante a transição ou já separa os dados de uma vez?"
        ),
        _u(
            "Rede de 3 mil máquinas de cartão (POS) próprias. Como estruturar a atualização de software remota e a telemetria sem derrubar vendas durante o dia?"
        ),
        _u(
            "Governo estadual quer um login único para todos os serviços digitais e integração com o gov.br. Como fica a arquitetura de identidade?"
        ),
        _u(
            "Startup de 15 pessoas: vale a pena ter uma camada de eventos de produto (tipo Segment) desde já ou dá pra esperar?"
        ),
        _u(
            "Quero entender o padrão 'bulkhead': como isolar o consumo de recursos de um cliente grande num SaaS multi-tenant?"
        ),
        _u(
            "App de delivery de farmácia: pedido, separação na loja, entregador e receita médica que precisa ser conferida. Como modelo os estados e os serviços desse fluxo?"
        ),
        _u(
            "Sistema de gestão de escolas municipais (matrícula, merenda, transporte). Cada secretaria quer seu módulo. Modular monolith ou microsserviços por secretaria?"
        ),
        _u(
            "Como projetar o sistema de check-in de um evento com 40 mil pessoas se a internet do local é ruim? Leitores de QR code nas catracas."
        ),
        _u(
            "Qual a diferença entre escalar com réplicas de leitura e escalar com particionamento, no caso de um app de classificados?"
        ),
        _u(
            "Vamos abrir API para parceiros (seguradoras) consultarem apólices. Como fica rate limit, versionamento e autenticação sem expor nosso core?"
        ),
        _u(
            "Preciso apresentar pro board por que a nossa plataforma precisa de um ano de 'débito técnico'. Como descrevo os riscos de arquitetura de um jeito que executivo entenda?"
        ),
        _m(
            "Tô estudando pra entrevista de system design.",
            "Ótimo! Qual tema você quer treinar?",
            "Um sistema de reservas de hotel tipo Booking, com busca por disponibilidade e bloqueio de quarto durante o pagamento.",
        ),
        _m(
            "Pensando entre Supabase e montar backend próprio em NestJS.",
            "Depende do quanto de lógica de negócio vocês têm e da equipe.",
            "Time de 3 pessoas, app de academia com treinos e pagamentos recorrentes. Se crescermos, sair do Supabase vai doer muito?",
        ),
        _m(
            "Faço sistemas para clubes de assinatura de vinho.",
            "Qual a dúvida?",
            "A cobrança recorrente roda em dois gateways e o estoque das caixas mensais é separado. Como orquestro o ciclo mensal sem cobrar quem não vai receber caixa?",
        ),
        _m(
            "Me ajuda com uma fórmula de PROCV?",
            "Claro: =PROCV(valor; intervalo; coluna; FALSO).",
            "Valeu. Outra coisa: queremos que o app de vendedores externos funcione com catálogo de 40 mil itens sem internet e sincronize pedidos. Como desenhar?",
        ),
        _m(
            "Usamos feature flags num arquivo de configuração.",
            "Como vocês mudam um flag em produção?",
            "Fazendo deploy. Queremos liberar funcionalidades por cliente e por porcentagem. Que arquitetura de flags faz sentido?",
        ),
        _m(
            "Nosso MySQL tem 3 TB e uma tabela de logs de 2 bilhões de linhas.",
            "Essa tabela é consultada com frequência?",
            "Só pra auditoria, raramente. Mas está deixando tudo lento e os backups enormes. Qual a estratégia de arquitetura pra isso?",
        ),
        _m(
            "Nosso app tem módulo de chat entre cliente e loja.",
            "Como está implementado?",
            "Polling a cada 3 segundos no banco principal. Com 20 mil usuários ativos o banco sofre. Como redesenhar?",
        ),
        _m(
            "Estamos criando um app para motoristas de aplicativo.",
            "Que funcionalidades principais?",
            "Corridas em tempo real, pagamento e cálculo de tarifa dinâmica. Onde roda o cálculo da tarifa dinâmica e com que dados?",
        ),
        _m(
            "Falei antes do nosso sistema de pedidos, lembra?",
            "Sim, o monolito com o serviço de estoque separado.",
            "Se o serviço de estoque cair, o cliente ainda deveria conseguir fechar o pedido? Como desenhar esse comportamento?",
        ),
        _m(
            "Separamos o domínio em Catálogo, Pedidos e Logística.",
            "E onde ficam os preços e promoções?",
            "Pois é, hoje estão espalhados. Crio um contexto de Precificação ou deixo em Catálogo?",
        ),
        _m(
            "O que é um ADR?",
            "É um registro curto de uma decisão de arquitetura, com contexto e consequências.",
            "E como a gente organiza isso num time de 20 devs sem virar burocracia?",
        ),
        _m(
            "Temos vários sistemas que enviam e-mail.",
            "Cada um com seu provedor?",
            "Sim, três provedores e nenhum controle de descadastro central. Como centralizar sem reescrever os sistemas?",
        ),
        _m(
            "Escreve uma mensagem de aniversário pro meu chefe?",
            "Claro! 'Parabéns, que este novo ano traga...'",
            "Valeu! Agora sério: queremos separar leitura e escrita do catálogo porque os lojistas atualizam preço toda hora. Vale CQRS ou é exagero?",
        ),
        _m(
            "Decidimos usar outbox pattern.",
            "Boa escolha para publicar eventos de forma confiável.",
            "E quem lê a tabela outbox? Um poller ou CDC?",
        ),
        _s(
            "Você é um assistente de arquitetura para o time de plataforma de um banco digital. Responda em português.",
            "Queremos adotar arquitetura de células para isolar clientes PJ grandes. Como dividimos roteamento, dados e deploy por célula?",
        ),
        _s(
            "Você ajuda a revisar documentos de design no Notion da empresa.",
            "Revisa isso:\n\nProposta: notificações de entrega\n- Serviço de Pedidos chama o serviço de SMS e o de push em sequência, de forma síncrona\n- Se o SMS falhar, o pedido volta para 'pendente'\n- Logs só no stdout\n\nO que está errado?",
        ),
        _s(
            "You are a solution architect assistant for a Brazilian retailer. Reply in Portuguese.",
            "Queremos oferecer retirada na loja em 2 horas para pedidos online. Que sistemas precisam conversar e em que ordem, considerando que o estoque da loja muda a cada venda no caixa?",
        ),
        _s(
            "Você é tutor de uma disciplina de sistemas distribuídos.",
            "Explique o que são relógios lógicos de Lamport usando um exemplo de mensagens num grupo de WhatsApp.",
        ),
        _s(
            "Assistente da TI de uma operadora de saúde. Não trate dados de beneficiários.",
            "Precisamos trocar guias TISS com 800 prestadores. Hoje é por upload de XML num portal. Como modernizar essa integração?",
        ),
        _s(
            "Você é o assistente de código no IDE. Projeto: monolito Rails.",
            "Sem código por enquanto: me dá um plano em etapas para separar o módulo de assinaturas em um engine isolado e depois em um serviço.",
        ),
        _s(
            "Você é mentor de fundadores técnicos.",
            "Um cliente grande quer nosso sistema integrado via SFTP com arquivos posicionais. Aceito e adapto o core, ou crio uma camada de integração separada?",
        ),
        _s(
            "Você ajuda o time a escrever ADRs.",
            "Escolhemos GraphQL para o app e REST para parceiros. Me ajuda a registrar essa decisão com contexto e alternativas?",
        ),
        _s(
            "Você é um assistente de pré-venda de uma consultoria.",
            "Cliente: rede de 35 hospitais veterinários que quer telemedicina, prontuário compartilhado e agendamento unificado. Que arquitetura proponho?",
        ),
        _s(
            "Assistente de arquitetura. Seja direto.",
            "Fila ou stream para eventos de clique em anúncios, 50 mil por segundo?",
        ),
        _s(
            "Você apoia o time de dados de uma varejista de moda.",
            "Como montar uma camada de métricas única para que marketing e financeiro parem de ter números diferentes de receita?",
        ),
        _u(
            "Como funciona o padrão strangler fig na prática quando o sistema antigo é um Delphi desktop e não uma aplicação web?"
        ),
        _u("DDD é só pra sistema grande ou vale a pena num sistema de gestão de condomínio?"),
        _u(
            "app de caronas universitárias: match entre motoristas e passageiros por rota. preciso de algo tipo geohash ou dá pra fazer com postgis?"
        ),
        _u(
            "Quais os riscos de depender de um único provedor de nuvem para um sistema de telemetria de ambulâncias, e como mitigar sem dobrar o custo?"
        ),
    ],
    "es": [
        _u(
            "Montamos una plataforma de venta de entradas para partidos de fútbol de tercera división y conciertos pequeños. Nada de millones de usuarios, pero sí picos de 5 000 personas en un minuto. ¿Qué arquitectura mínima aguanta eso sin pagar de más?"
        ),
        _u(
            "Soy jefa de producto en una aseguradora. Los de sistemas dicen que 'el core es un cuello de botella'. ¿Qué preguntas les hago para entender si hay que rehacerlo o no?"
        ),
        _u(
            "Red de 18 centros de salud que comparten agenda de especialistas. Cuando un centro se queda sin conexión, siguen dando citas en papel. ¿Cómo diseñamos un sistema que funcione desconectado y concilie después?"
        ),
        _u(
            "¿Qué es exactamente una arquitectura serverless orientada a eventos y qué pasa con los costes cuando el tráfico se dispara?"
        ),
        _u(
            "Tenemos 900 autobuses urbanos con GPS y contador de pasajeros. Queremos tiempos de llegada en las paradas y datos de ocupación. ¿Cómo montarías la tubería de datos?"
        ),
        _u(
            "Entrevista de system design: 'diseña YouTube'. ¿En qué partes me centro en 45 minutos? ¿Subida y transcodificación, o reproducción y CDN?"
        ),
        _u(
            "Usamos un SAP ECC antiguo y queremos que la app de comerciales consulte stock y precios en tiempo real. ¿Llamamos a SAP directamente, ponemos una capa intermedia o replicamos datos?"
        ),
        _u(
            "Periódico digital con 12 ediciones locales que comparten noticias. Cada edición tiene su propia web y su CMS. ¿Cómo centralizar contenidos sin quitar autonomía a cada redacción?"
        ),
        _u(
            "¿Memcached o Redis para cachear sesiones y fragmentos HTML en un foro con 2 millones de visitas al día?"
        ),
        _u(
            "Franquicia de 300 lavanderías autoservicio: las lavadoras se pagan con app y monedero. ¿Cómo diseño la comunicación máquina-nube para que una lavadora no arranque dos veces con el mismo pago?"
        ),
        _u(
            "App para inspectores agrícolas que visitan fincas sin cobertura y sacan fotos y muestras. ¿Cómo gestiono la subida diferida de archivos pesados y los conflictos si la oficina cambia el formulario mientras tanto?"
        ),
        _u(
            "Una red de 25 colegios concertados quiere una plataforma común de comunicación con familias, notas y cobros. ¿Multi-tenant con un colegio por inquilino o una sola base compartida?"
        ),
        _u(
            "Marketplace de alquiler de material de construcción entre empresas: reservas por días, fianzas, transporte. ¿Cómo modelo la disponibilidad y qué pasa con las reservas solapadas?"
        ),
        _u(
            "Empresa de mudanzas con 150 camiones y presupuestos que cambian durante el día. ¿Qué sistemas necesitamos y cómo se comunican entre sí?"
        ),
        _u(
            "Somos cuatro equipos y todos tocamos la misma base de datos. Cada migración es una negociación. ¿Cómo separamos la propiedad de los datos?"
        ),
        _u(
            "¿Qué se pierde si el catálogo de un supermercado online pasa a tener consistencia eventual entre la tienda física y la web?"
        ),
        _u(
            "Nuestro diseño actual:\n\n[Web] -> [Monolito .NET] -> [SQL Server]\n[App] -> [API Node] -> [el mismo SQL Server]\n[Power BI] -> consultas directas a SQL Server en horario laboral\n\nLa web va lenta por las mañanas. ¿Qué cambiaríais y en qué orden?"
        ),
        _u(
            "SaaS de gestión de restaurantes en España y México. ¿Una sola instancia global o una por país? Hay temas de facturación electrónica distintos en cada uno."
        ),
        _u(
            "¿Cómo se calcula cuántas réplicas de lectura necesito para Postgres si hoy tengo 5 000 consultas por segundo y espero el triple?"
        ),
        _u(
            "El proveedor de validación de documentos de identidad tarda a veces 40 segundos. ¿Cómo rediseño el alta de clientes para que no dependa de esa espera?"
        ),
        _u(
            "¿WebSockets o long polling para un panel de cocina de restaurante que tiene que ver los pedidos nuevos al instante?"
        ),
        _u(
            "Parque eólico con 120 aerogeneradores. El SCADA local ya registra todo. ¿Qué enviamos a la nube para mantenimiento predictivo y cada cuánto?"
        ),
        _u(
            "Vamos a migrar de Heroku a AWS. ¿Conviene pasar primero a contenedores en Heroku y luego mover, o ir directo a ECS?"
        ),
        _u("Explícame el teorema PACELC, que CAP ya lo entiendo pero me dicen que se queda corto."),
        _u(
            "Plataforma de clases de idiomas por videollamada: profesores en 30 países. ¿Dónde ponemos los servidores de medios y cómo elegimos región por llamada?"
        ),
        _u(
            "¿Cómo se organiza la observabilidad (logs, métricas, trazas) cuando tienes 3 equipos y ninguno quiere ser el dueño de la plataforma?"
        ),
        _u(
            "¿Tiene sentido event sourcing para el historial de versiones de contratos de alquiler?"
        ),
        _u(
            "Tengo que justificar ante el comité por qué necesitamos un segundo proveedor cloud. ¿Qué argumentos de arquitectura son serios y cuáles humo?"
        ),
        _u(
            "App de reparto de última milla en Bogotá y Lima: asignación de pedidos a repartidores en moto con tráfico impredecible. ¿Asignación centralizada o que los repartidores acepten ofertas?"
        ),
        _u(
            "Tenemos configuraciones repartidas en variables de entorno, ficheros y la base de datos de 25 servicios. ¿Cómo centralizar la configuración sin crear un punto único de fallo?"
        ),
        _u(
            "Laboratorio clínico que recibe peticiones de 40 hospitales por HL7 v2 y quiere pasarse a FHIR. ¿Convivencia de ambos durante años? ¿Cómo se organiza?"
        ),
        _u(
            "Nos piden un plan de continuidad para el sistema de reservas de un hotel con 300 habitaciones. ¿Qué escenarios de fallo consideramos y qué arquitectura mínima?"
        ),
        _u(
            "Monolito Spring de 8 años. Queremos sacar la facturación. ¿Empezamos separando el código en módulos dentro del mismo despliegue o directamente en otro servicio?"
        ),
        _u(
            "Red de 6 000 contadores de agua inteligentes que mandan lectura una vez al día por NB-IoT, todos a la misma hora. ¿Cómo evitamos el pico de conexiones a medianoche?"
        ),
        _u(
            "Ayuntamiento con sede electrónica, padrón y tributos de tres proveedores distintos. Queremos una carpeta ciudadana única. ¿Cómo integramos sin depender de que los tres cambien?"
        ),
        _u(
            "¿Qué diferencia práctica hay entre Airflow, Dagster y Prefect para orquestar los pipelines de datos de una fintech pequeña?"
        ),
        _m(
            "Me preparo para entrevistas de backend senior.",
            "Perfecto. ¿Practicamos un caso de diseño de sistemas?",
            "Sí: diseñar un sistema de pagos entre personas tipo Bizum, con límites diarios y notificaciones.",
        ),
        _m(
            "Dudamos entre DynamoDB y Postgres para un sistema de reservas de pistas de tenis.",
            "¿Qué patrones de acceso tenéis?",
            "Búsqueda por club, fecha y hora, y evitar reservas dobles. ¿Con DynamoDB cómo garantizo que no se solapen?",
        ),
        _m(
            "Llevo la tecnología de una escuela de idiomas con 5 sedes.",
            "¿Qué sistemas usáis ahora?",
            "Un Excel por sede, Moodle y una pasarela de pago. Queremos matrículas online unificadas. ¿Cómo lo planteo?",
        ),
        _m(
            "¿Cómo centro un div?",
            "Con flexbox: display:flex; justify-content:center; align-items:center.",
            "Gracias. Otra cosa más gorda: tenemos 3 apps (clientes, repartidores, tiendas) y cada una con su backend copiado y pegado. ¿Cómo unificamos?",
        ),
        _m(
            "Pusimos RabbitMQ entre pedidos y facturación.",
            "¿Qué problema tenéis?",
            "Facturación necesita datos del cliente que están en otro servicio. ¿Los copiamos en el evento, los guardamos localmente o los pedimos cada vez?",
        ),
        _m(
            "Nuestra web de subastas de coches usa un solo servidor.",
            "¿Qué os preocupa?",
            "En los últimos segundos de cada subasta entran miles de pujas. ¿Cómo garantizamos el orden de las pujas y que todos vean el precio actual?",
        ),
        _m(
            "¿Cuántas instancias de Node pongo detrás del balanceador?",
            "Depende de la CPU y la latencia; mide con carga real.",
            "Ya, pero cada instancia abre su conexión a Mongo, a Redis y a Elasticsearch. ¿Cómo pienso la capacidad de todo el conjunto?",
        ),
        _m(
            "Estamos haciendo una app de citas médicas para aseguradoras.",
            "¿Cuántas aseguradoras y cómo se conectan?",
            "Cuatro, cada una con su sistema de autorizaciones. ¿Un adaptador por aseguradora o pedirles a todas un estándar?",
        ),
        _m(
            "Antes te conté lo de la plataforma de apuestas.",
            "Sí, el motor de cuotas y los clientes conectados por WebSocket.",
            "Si el motor de cuotas se cae 30 segundos, ¿qué deberían ver los clientes y cómo evitamos aceptar apuestas con cuotas viejas?",
        ),
        _m(
            "Hemos definido los contextos: Catálogo, Carrito, Pedidos, Envíos.",
            "¿Y el inventario?",
            "Lo teníamos dentro de Catálogo. ¿Debería ser un contexto aparte si lo usan tienda física y web?",
        ),
        _m(
            "¿Qué es un 'circuit breaker'?",
            "Un mecanismo que corta las llamadas a un servicio que falla para no empeorarlo.",
            "¿Y dónde lo pongo, en cada cliente o en el mesh?",
        ),
        _m(
            "Mandamos eventos a los ERPs de nuestros clientes.",
            "¿Por webhook o por cola?",
            "Por webhook. Algunos ERPs tardan minutos en responder. ¿Cómo lo rediseñamos?",
        ),
        _m(
            "Resúmeme este artículo sobre el cambio climático.",
            "Claro, pégalo aquí.",
            "Mejor luego. Tenemos un evento de lanzamiento con reserva de plazas y la web está en el mismo servidor que el backoffice. ¿Cómo lo separamos rápido?",
        ),
        _m(
            "Usamos Kafka con 12 particiones para pedidos.",
            "¿Qué clave usáis para particionar?",
            "el id de cliente. ¿está bien?",
        ),
        _s(
            "Eres un asistente de arquitectura para el equipo de plataforma de un banco. Responde en español.",
            "Nos planteamos una plataforma interna de desarrollo con plantillas y pipelines estándar. ¿Qué piezas mínimas tendría y qué dejamos a cada equipo?",
        ),
        _s(
            "Eres el asistente de revisión de documentos de diseño en nuestro Confluence.",
            "Revisa esto:\n\nObjetivo: motor de recomendaciones en la web\n- El monolito llama al modelo de ML en cada petición de página\n- El modelo se reentrena a mano una vez al mes\n- Si el modelo tarda, la página espera\n\n¿Qué riesgos ves y qué propondrías?",
        ),
        _s(
            "You are a senior architect helping a Mexican logistics company. Reply in Spanish.",
            "Integramos con aduanas, navieras y transportistas terrestres, cada uno con su formato. ¿Qué arquitectura de integración recomiendas para no tener 50 conectores a medida?",
        ),
        _s(
            "Eres tutor de una asignatura de sistemas distribuidos.",
            "¿Por qué el 'split brain' es tan peligroso en una base de datos replicada? Ponme un ejemplo con un sistema de reservas de vuelos.",
        ),
        _s(
            "Asistente interno de sistemas de un hospital. No uses datos de pacientes.",
            "Queremos una capa de interoperabilidad entre la historia clínica, farmacia y la UCI. ¿Motor de integración tipo Mirth o desarrollo propio?",
        ),
        _s(
            "Eres el asistente de código del IDE. Proyecto: monorepo Python con Django y Celery.",
            "Antes de tocar código: dame un plan por fases para separar las tareas pesadas de Celery en un servicio de procesamiento independiente.",
        ),
        _s(
            "Eres mentor de CTOs de startups.",
            "Tenemos un solo desarrollador backend. ¿Qué decisiones de arquitectura son difíciles de revertir y debería tomar bien ahora?",
        ),
        _s(
            "Ayudas a redactar ADRs.",
            "Decidimos no usar microservicios y quedarnos con un monolito modular. Ayúdame a escribir el ADR con contexto, opciones y consecuencias.",
        ),
        _s(
            "Asistente de preventa de una consultora.",
            "Cliente: cooperativa de 200 taxis que quiere su propia app de pedidos en vez de depender de plataformas. Propón una arquitectura asumible para ellos.",
        ),
        _s(
            "Asistente de arquitectura. Respuestas cortas.",
            "¿Sticky sessions sí o no para una app con websockets?",
        ),
        _u(
            "¿Cómo evito que dos instancias de mi servicio procesen el mismo pedido a la vez si leen de la misma tabla?"
        ),
        _u("¿Clean architecture, hexagonal, onion... en qué se diferencian de verdad?"),
        _u(
            "necesito guardar grabaciones de llamadas del call center (10 TB/año). ¿almacenamiento frío, caliente, cómo lo organizo?"
        ),
        _u(
            "¿Cómo se diseña un sistema de turnos para oficinas públicas (DNI, pasaporte) cuando abren las citas a las 9 y entran 80 000 personas a la vez?"
        ),
        _s(
            "Eres asistente técnico de una cadena de radio con 40 emisoras locales.",
            "Queremos que la programación, la publicidad y el podcast se gestionen desde un sistema central, pero cada emisora debe poder emitir si pierde la conexión. ¿Cómo lo planteamos?",
        ),
        _s(
            "Eres un compañero de estudio para entrevistas de diseño de sistemas.",
            "diseña un sistema de reservas de restaurantes tipo TheFork para toda Latinoamérica",
        ),
    ],
    "ja": [
        _u(
            "地方の鉄道会社で、指定席の予約システムを作り直します。駅の窓口、券売機、ウェブ、旅行会社の端末から同時に同じ座席を押さえに来ます。座席在庫の管理をどう設計するのがよいでしょうか？"
        ),
        _u(
            "介護施設を30拠点運営しています。記録はタブレットで入力しますが、拠点によってWi-Fiが不安定です。オフラインでも記録でき、後で本部と同期する仕組みの全体像を知りたいです。"
        ),
        _u(
            "工場の射出成形機200台から1秒ごとに温度と圧力を取っています。異常検知は現場のエッジでやるべきか、クラウドでやるべきか、判断基準を教えてください。"
        ),
        _u(
            "システムデザイン面接対策です。「分散メッセージキューを設計せよ」と言われたら、パーティション、レプリケーション、コンシューマグループの説明をどんな順番でするのがよいですか？"
        ),
        _u(
            "新聞社です。紙面用の組版システムとウェブ配信のCMSが別々で、同じ記事を二重に入稿しています。記事データを一元管理する構成にするにはどうすればよいでしょう？"
        ),
        _u(
            "キャッシュの整合性で悩んでいます。商品価格を更新したのに一部のユーザーに古い価格が表示されます。CDN、アプリ内キャッシュ、Redisの三層です。どう設計し直すべき？"
        ),
        _u(
            "ハンドメイド作品のマーケットプレイスを作っています。出品者への売上分配、手数料、返金、振込を扱う決済まわりを、どのような境界で分けるべきでしょうか？"
        ),
        _u(
            "以下が現在の構成です。\n\nスマホアプリ → ALB → EC2（PHP）2台 → RDS MySQL（シングルAZ）\nバッチ処理は同じEC2のcronで実行\n画像はEC2のローカルディスクに保存\n\n来年テレビCMを打つ予定です。何から手を付けるべきですか？"
        ),
        _u(
            "Kinesisのシャード数の決め方を教えてください。1秒あたり2万件、1件あたり1KB程度で、あとからコンシューマが増える予定です。"
        ),
        _u(
            "社内APIをRESTのままにするか、GraphQLにするかで議論になっています。フロントエンドは3チーム、バックエンドは10サービスです。"
        ),
        _u(
            "ステートレスなサービスとステートフルなサービスの違い、そしてスケールのさせ方の違いを教えてください。"
        ),
        _u(
            "オンライン診療サービスで、ビデオ通話、予約、決済、処方箋の配送を扱います。どの部分を外部サービスに任せ、どこを自社で持つべきでしょうか？"
        ),
        _u(
            "航空会社の乗務員スケジューリングを作り直します。法令上の休息時間、資格、拠点の制約が多く、当日の欠航で組み直しも必要です。最適化エンジンと運用システムをどう分けて設計しますか？"
        ),
        _u(
            "保険の見積もりエンジンで、商品ごとに料率ルールが数千あります。ルールを業務部門が変えられるようにしつつ、見積もり結果を再現できるようにするには、どんな構成がよいでしょうか？"
        ),
        _u(
            "航空会社、コンビニ、カード会社など複数の提携先とポイントを相互に交換する共通ポイント基盤を作ります。提携先との残高のずれをどう防ぎ、どう精算しますか？"
        ),
        _u(
            "レコメンドをバッチで毎晩計算するか、リアルタイムで計算するか。アパレルECで商品数10万、会員200万人です。"
        ),
        _u(
            "時系列データベースはInfluxDB、TimescaleDB、それともClickHouse？ビル設備のセンサーデータを10年保存したいです。"
        ),
        _u(
            "メール配信基盤を自前で持っています。月に5億通、トランザクションメールとメルマガが同じIPから出ていて到達率が落ちています。どう分けて設計すべきですか？"
        ),
        _u(
            "株式の発注を受けるマッチングエンジンを勉強しています。なぜ単一スレッドで処理する設計が多いのか、冗長化はどうしているのか教えてください。"
        ),
        _u(
            "電子処方箋の仕組みで、病院、薬局、国の管理サービスがやり取りします。薬局側システムが一時的につながらないとき、処方箋の状態はどこで誰が管理するのが自然ですか？"
        ),
        _u(
            "オフィスビル20棟の空調・照明・入退室をまとめて管理するシステムを作ります。各ビルの制御は止められないので、クラウドとビル側の役割分担をどう考えるべきでしょうか？"
        ),
        _u(
            "有料道路の料金所で、ETCと現金レーンの通行記録を集計して、複数の道路会社間で精算しています。夜間バッチから準リアルタイムに変えたいのですが、どこから手を付けるべきですか？"
        ),
        _u(
            "浄水場のSCADAデータを本庁の情報系システムで見たいです。制御系ネットワークを危険にさらさずにデータを取り出す構成はどうするのが一般的ですか？"
        ),
        _u(
            "オンデマンド印刷のマーケットプレイスで、注文を全国の印刷会社12社に振り分けています。各社の受注API、FTP、メールなど手段がばらばらです。どう統合しますか？"
        ),
        _u(
            "ニュース記事を提携メディア30社に配信（シンジケーション）しています。各社のフォーマットと更新タイミングが違うのですが、配信基盤はどう作るのがよいでしょう？"
        ),
        _u(
            "紙の議事録や図面50年分をデジタル化して検索できるようにする計画です。OCR、メタデータ付与、保存、検索の流れを全体としてどう組みますか？"
        ),
        _u(
            "チャットアプリのメッセージ保存先で悩んでいます。1日1億メッセージ、既読管理あり。Cassandra系にすべきか、シャーディングしたMySQLで行けるか。"
        ),
        _u(
            "通知の受信設定（メール、プッシュ、LINE、カテゴリ別のオン・オフ）を全サービスで共通化したいです。設定をどこに持ち、各サービスはどう参照するべきですか？"
        ),
        _u(
            "タイムセールで10秒間に数十万件の注文が来ます。在庫の引き当てで売り越しを出さないために、DBの行ロック以外にどんな設計がありますか？"
        ),
        _u(
            "自社SaaSにダッシュボードを埋め込んで顧客に見せたいです。顧客ごとのデータ分離を保ちつつ、分析クエリを本番DBから切り離すにはどうしますか？"
        ),
        _u(
            "業務アプリにプラグイン機能を付けて、パートナー企業が機能を追加できるようにしたいです。本体を壊されないためのアーキテクチャはどんな形ですか？"
        ),
        _u(
            "請求書PDFを月末に200万件生成してメール送付しています。毎回サーバーが悲鳴を上げるのですが、生成基盤をどう作り直せばよいでしょう？"
        ),
        _u(
            "モノレポとポリレポ、チームが8つあるWeb企業ではどちらが向いていますか？CIの時間も気になります。"
        ),
        _u(
            "カオスエンジニアリングを始めたいのですが、本番でいきなり障害を起こすのは怖いです。どこから、どんな順番で始めるのが現実的ですか？"
        ),
        _u(
            "テーブルのカラム名変更を、10個のサービスが同じテーブルを読んでいる状態でダウンタイムなしにやるには、どういう段取りにしますか？"
        ),
        _u(
            "ロードシェディングって何ですか？ピーク時にわざとリクエストを捨てるのが正しい設計だと言われて戸惑っています。"
        ),
        _m(
            "システム設計の面接練習に付き合ってもらえますか？",
            "もちろんです。どのテーマにしますか？",
            "Twitterのタイムラインでお願いします。フォロワーが多いユーザーの投稿をどう配信するかが苦手です。",
        ),
        _m(
            "Salesforceと自社の顧客DBを同期しています。",
            "どちら方向の同期ですか？",
            "両方向です。営業がSalesforceで変えた住所と、会員サイトで変えた住所がぶつかります。どちらを正とするか、同期の仕組みをどう設計しますか？",
        ),
        _m(
            "スポーツクラブ向けの会員管理SaaSを作っています。",
            "どんな機能がありますか？",
            "会員、レッスン予約、入館、月謝の口座振替です。口座振替の結果ファイルが銀行から翌々日に返ってくるのですが、会員ステータスとの整合をどう取るべきですか？",
        ),
        _m(
            "履歴書の書き方を教えてください。",
            "職務経歴は成果を数字で示すと伝わりやすいですよ。",
            "ありがとうございます。あと仕事の相談で、スクールバスの位置を保護者アプリに出したいです。バス50台、保護者5千人。構成はどうしますか？",
        ),
        _m(
            "Prometheus と Grafana で監視しています。",
            "トレースやログはどうしていますか？",
            "ログはバラバラ、トレースはなしです。30サービスで障害の原因を追えるようにするには、何をどの順番で入れるべきですか？",
        ),
        _m(
            "シークレットを環境変数で渡しています。",
            "ローテーションはどうしていますか？",
            "手作業です。サービスが40あるので、シークレット管理の仕組みを全体としてどう設計すべきか知りたいです。",
        ),
        _m(
            "オンプレとクラウドのハイブリッド構成です。",
            "どの部分がオンプレに残っていますか？",
            "基幹DBだけです。クラウド側のアプリからのレイテンシが問題で、キャッシュで逃げるか、DBごと移すか迷っています。",
        ),
        _m(
            "空港のフライト情報表示システムを更新します。",
            "表示端末はどれくらいありますか？",
            "800台です。航空会社のシステムから遅延情報が来たら5秒以内に全部に反映したい。どう配信しますか？",
        ),
        _m(
            "給与計算システムを海外拠点にも広げます。",
            "何か国ですか？",
            "6か国です。国ごとに税や社会保険のルールが違うので、共通部分と国別部分をどう分ける設計にすべきでしょうか？",
        ),
        _m(
            "ECの税計算を外部サービスに任せています。",
            "障害時はどうしていますか？",
            "止まると購入できません。フォールバックとして概算で受け付けて後で補正する設計って、ありですか？",
        ),
        _m(
            "グローバル展開でユーザーIDの採番を見直しています。",
            "今はどうしていますか？",
            "MySQLのAUTO_INCREMENTです。リージョンを増やしたときに衝突しない方式はどれがよいですか？",
        ),
        _m(
            "サーバー間の時刻ずれで、イベントの順番がおかしくなりました。",
            "どんな処理で問題になりましたか？",
            "在庫の増減イベントです。タイムスタンプで並べていました。そもそも順序はどう決めるべきですか？",
        ),
        _m(
            "Kubernetesクラスタを1つで運用しています。",
            "環境はどう分けていますか？",
            "本番もステージングも同じクラスタです。マルチクラスタにすべきタイミングと、分け方の考え方を教えてください。",
        ),
        _s(
            "あなたは大手小売企業のプラットフォームチーム向けアーキテクチャアシスタントです。日本語で答えてください。",
            "各事業部がそれぞれAWSアカウントとネットワークを持ちたがっています。共通基盤チームとしてどう設計・統制すべきでしょうか？",
        ),
        _s(
            "社内Wikiの設計ドキュメントレビューを手伝うアシスタントです。",
            "以下をレビューしてください。\n\n目的：会員ランク更新\n- 毎晩全会員（800万人）のランクを1つのSQLで再計算\n- 結果を会員テーブルに直接UPDATE\n- 処理中はアプリからランクが参照できない\n\n問題点と改善案を教えてください。",
        ),
        _s(
            "You are a solution architect assistant for a Japanese manufacturer. Answer in Japanese.",
            "生産管理システム、MES、ERPがそれぞれ別ベンダーです。工場のデータを一元的に見たいのですが、どのような統合アーキテクチャが考えられますか？",
        ),
        _s(
            "あなたは情報系学生向けの分散システムのチューターです。",
            "リーダー選出とは何か、なぜ必要なのかを、コンビニのシフト決めのような身近な例で説明してください。",
        ),
        _s(
            "病院情報部門向け社内アシスタントです。患者の個人情報は扱いません。",
            "検査機器、電子カルテ、医事会計をつなぐ連携サーバーを更新します。メッセージの順序保証と再送をどう設計すればよいですか？",
        ),
        _s(
            "あなたはIDEのコーディングアシスタントです。プロジェクトはTypeScriptのモノレポ（pnpm workspaces）です。",
            "コードを書く前に、共通パッケージに詰め込まれたビジネスロジックを各ドメインに戻すリファクタリング計画を段階的に示してください。",
        ),
        _s(
            "ADR（アーキテクチャ決定記録）の作成を手伝うアシスタントです。",
            "ジョブキューとしてSidekiqをやめてCloud Tasksに移行することを決めました。ADRの形でまとめてください。",
        ),
        _s(
            "NGO向けの技術ボランティア支援ボットです。",
            "被災地で物資の配布状況を記録するアプリを作ります。通信がほぼない避難所が多いので、端末同士やUSBでデータを持ち運ぶ前提の設計を考えています。どう組み立てますか？",
        ),
        _s(
            "アーキテクチャアシスタントです。簡潔に。",
            "ジムのマシン（ルームランナー等）2万台のトレーニングログ収集、MQTTとHTTPどっち？",
        ),
        _s(
            "デジタルサイネージ事業者の社内アシスタントです。",
            "全国1万台のサイネージに番組表を配信しています。特定地域だけ緊急情報に差し替える機能を、既存の配信構成にどう組み込むべきですか？",
        ),
        _s(
            "スマートホーム製品の開発チーム向けアシスタントです。",
            "家庭内ハブで照明やカギを制御しています。クラウドが落ちても家の中の操作は止めたくない。ローカルとクラウドの責務分担をどう設計しますか？",
        ),
    ],
    "zh": [
        _u(
            "我们做直播带货，单个直播间高峰有100万人同时在线，弹幕和点赞要实时展示。消息推送这块应该怎么设计，才能不把网关打挂？"
        ),
        _u(
            "社区团购业务：用户晚上11点前下单，第二天送到团长自提点。订单汇总、分拣、线路规划这几个环节，系统之间怎么衔接比较合理？"
        ),
        _u(
            "医院想做全院统一的排队叫号系统，门诊、检验、影像、取药各科室用的都是不同厂商的系统。叫号平台应该怎么和它们对接？"
        ),
        _u(
            "共享充电宝柜机大概10万台，借还都要跟云端确认。如果柜机断网，用户还充电宝时怎么保证不会被重复扣费？"
        ),
        _u(
            "我们有App、微信小程序、支付宝小程序、H5四个端，后端接口各写各的，越来越乱。要不要上BFF？怎么划分？"
        ),
        _u(
            "银行核心系统要从Oracle小型机迁到分布式数据库（TiDB或OceanBase这类）。一般分几步走？账务数据的一致性怎么保证？"
        ),
        _u("同城双活和异地多活到底差在哪？一个中型电商平台有必要上异地多活吗？"),
        _u(
            "面试题：设计微信抢红包系统。拆红包的金额算法我会，主要是高并发下怎么防止超发，还有数据存储怎么设计？"
        ),
        _u(
            "新能源车企，车联网T-Box每10秒上报一次数据，车辆规模预计100万台。数据接入、存储和实时告警的整体架构怎么做？"
        ),
        _u(
            "我们医院要对接医保结算平台，医保那边接口经常超时，而病人在窗口等着结算。结算流程在架构上怎么设计才不卡窗口？"
        ),
        _u(
            "在线教育平台，学生交作业后要走AI批改再人工复核，高峰期晚上9点几万份作业一起交。这条处理链路怎么设计？"
        ),
        _u("手游后端：全服一个世界还是分服？玩家规模几十万，运营想搞跨服活动。"),
        _u(
            "跨境电商，海外有5个仓，多币种结算。库存、订单、支付这几块在架构上怎么分，汇率变化怎么处理？"
        ),
        _u("分库分表用ShardingSphere这类中间件好，还是直接换成分布式数据库？订单表已经20亿行了。"),
        _u(
            "老板听说了“中台”，要我们搞业务中台和数据中台。我们就一个40人的技术团队，这东西适合我们吗？"
        ),
        _u(
            "大促前想做全链路压测，但不能让压测数据污染生产数据。影子库、流量打标这些，整体方案怎么设计？"
        ),
        _u("大促期间的降级预案应该怎么从架构层面设计？哪些功能可以关，开关放在哪里，谁来拍板？"),
        _u("RocketMQ的事务消息和本地消息表方案，在下单扣库存这个场景里各有什么优缺点？"),
        _u(
            "商品搜索用ES，数据从MySQL用Canal同步过去，偶尔会出现数据不一致。整个同步链路应该怎么设计才可靠？"
        ),
        _u(
            "外卖平台的订单状态涉及用户、商家、骑手三方，状态流转很复杂。状态机放在哪个服务里管？各方怎么订阅变更？"
        ),
        _u("UGC社区每天几十万条内容要审核，机审加人审。审核系统应该怎么和发布流程解耦？"),
        _u(
            "公司内部好多团队都在调大模型API，想建一个统一的模型网关做配额、路由和计费。架构上要考虑哪些点？"
        ),
        _u("IM系统的万人大群，消息是写扩散还是读扩散？各自的存储和成本怎么算？"),
        _u(
            "我们要做一个低代码平台给内部业务用，表单、流程、报表。整体架构怎么分层，元数据怎么存？"
        ),
        _u("Lambda架构和Kappa架构的区别是什么？现在做实时数仓，用Flink + Doris是不是就够了？"),
        _u(
            "支付风控要求50毫秒内给出决策，规则加模型，还要用到用户最近的行为特征。实时决策引擎怎么设计？"
        ),
        _u("做广告RTB竞价，整个链路要在100毫秒内返回。服务怎么部署、数据怎么缓存才能稳定达标？"),
        _u(
            "要做一个大文件上传服务，支持分片上传、断点续传、秒传，文件最大50GB。整体架构怎么设计？"
        ),
        _u(
            "客服工单系统要支持多团队流转和SLA超时自动升级。工单流转和超时计算放在一个服务里还是拆开？"
        ),
        _u("服务注册与发现是干嘛的？我们现在直接在配置里写IP，有什么问题？"),
        _u("用户分布在全国，想按地域就近接入多个机房。DNS调度和GSLB怎么选？机房故障时怎么切流量？"),
        _u(
            "两个机房各有一套Redis，要互相同步。有没有靠谱的方案？还是说应该换思路，避免跨机房共享缓存？"
        ),
        _u(
            "这是我们现在的架构：\n\n用户 -> SLB -> Spring Cloud网关 -> 12个微服务 -> 同一个MySQL实例（12个库）\n配置：每个服务自己的application.yml\n日志：每台机器本地文件\n\n最近一个慢SQL把整个系统拖垮了。该怎么从架构上改？"
        ),
        _u(
            "我是创业公司的产品经理，想知道为什么加一个“导出报表”的功能，研发说要改五个服务？这说明架构有什么问题？"
        ),
        _m(
            "帮我准备一下系统设计面试。",
            "好的，想练哪个题目？",
            "练一个短链接服务，要支持自定义短码和访问统计，日均10亿次跳转。",
        ),
        _m(
            "我们打算从单体拆微服务。",
            "目前单体有多大？团队有多少人？",
            "30万行Java，15个开发。拆的时候数据库是先拆还是后拆？",
        ),
        _m(
            "做了一个景区分时预约系统。",
            "主要的痛点是什么？",
            "节假日放票瞬间几十万人抢，库存是按每个时段算的。库存扣减放Redis还是数据库？",
        ),
        _m(
            "帮我把这段话翻译成英文：我们很期待合作。",
            "We are looking forward to working with you.",
            "谢谢。另外问个技术问题，我们有三个业务系统各自维护用户表，想统一账号体系，迁移怎么做不影响现有用户？",
        ),
        _m(
            "我们引入了Kafka做订单事件。",
            "消费端有做幂等吗？",
            "做了。但是有个下游服务消费太慢，积压了几百万条，怎么从架构上解决？",
        ),
        _m(
            "我们MySQL主从延迟有时候到十几秒。",
            "业务上受影响的是哪些场景？",
            "用户下单后立刻查订单，查不到。除了强制读主库，还有别的架构方案吗？",
        ),
        _m(
            "我们的定时任务用的是Quartz。",
            "是集群模式吗？",
            "是的，但任务越来越多，有几千个，调度变慢了。要不要换分布式调度框架？怎么选？",
        ),
        _m(
            "之前说的那个会员系统还记得吧？",
            "记得，会员、积分、等级三个服务。",
            "等级变更要通知营销和客服系统，用消息还是让它们来查？",
        ),
        _m(
            "我们按DDD划分了领域：商品、订单、库存、营销、会员。",
            "划分看起来合理，有什么疑问？",
            "团队只有8个人，每个领域一个服务是不是太多了？部署单元怎么定？",
        ),
        _m(
            "什么是CAP？",
            "一致性、可用性、分区容错性，分布式系统在网络分区时只能在一致性和可用性之间取舍。",
            "那注册中心用ZooKeeper和Eureka，分别是CP还是AP，我们该选哪种？",
        ),
        _m(
            "我们的App冷启动要调8个接口。",
            "这些接口之间有依赖吗？",
            "有一些。首页打开要3秒，想在架构上优化，聚合层、缓存还是预计算？",
        ),
        _m(
            "今天晚饭吃什么好？",
            "可以试试番茄炒蛋配米饭，简单快手。",
            "哈哈好。说正事，我们想把单机的定时对账脚本改成可以水平扩展的，数据按商户分片，怎么设计任务分配和失败重试？",
        ),
        _m(
            "我们订单服务用了事件溯源。",
            "有考虑快照和事件版本演进吗？",
            "事件越来越多，重建聚合很慢，快照多久打一次合适？",
        ),
        _s(
            "你是一家大型零售企业平台团队的架构助手，用中文回答。",
            "各业务线都想自己选消息中间件，有的用Kafka，有的用RocketMQ，有的用RabbitMQ。平台团队该不该统一？怎么统一？",
        ),
        _s(
            "你是公司内部设计文档评审助手。",
            "帮我评审一下：\n\n需求：积分商城兑换\n- 兑换时先调积分服务扣分，再调库存服务扣库存，再调物流服务下单\n- 任何一步失败就返回错误，不做回滚\n- 高峰预计每秒2000次兑换\n\n有哪些问题？",
        ),
        _s(
            "You are an architecture assistant for a Chinese logistics company. Reply in Chinese.",
            "我们要对接20多家快递公司的接口，每家格式和回调方式都不一样。怎么设计一个统一的快递接入层？",
        ),
        _s("你是分布式系统课程的助教。", "用网购下单的例子，给我讲讲两阶段提交和TCC的区别。"),
        _s(
            "你是IDE里的编程助手，项目是Go写的单体服务。",
            "先别写代码。帮我规划一下怎么把用户、订单、支付三个模块的依赖关系理顺，分几步拆成独立的包，最后能独立部署。",
        ),
        _s(
            "你是给初创公司CTO提供建议的顾问。",
            "我们要做SaaS的私有化交付，客户机房环境五花八门。架构上怎么设计才能一套代码同时支持SaaS和私有化？",
        ),
        _s(
            "你帮团队写架构决策记录（ADR）。",
            "我们决定用PostgreSQL替代MongoDB作为主库。帮我按背景、选项、决策、后果写一份ADR。",
        ),
        _u(
            "多个业务线的数据口径不一致，GMV每个部门算出来都不一样。从数据架构上怎么建统一的指标层？"
        ),
        _u("视频网站的热门视频突然爆了，CDN回源把源站打挂了。回源链路和源站该怎么设计才能扛住？"),
        _s(
            "你是某连锁酒店集团的技术顾问，回答要简洁。",
            "300家门店的PMS要和集团会员系统、OTA渠道打通，房态以谁为准？",
        ),
        _s(
            "你是系统设计面试陪练，先问清需求再给方案。",
            "设计一个12306那样的火车票余票查询和购票系统",
        ),
        _s(
            "你是一家物联网公司的内部助手。",
            "我们的设备固件升级要分批灰度推送给50万台设备，失败可回滚。升级服务整体怎么设计？",
        ),
    ],
    "en": [
        _u(
            "We run a regional blood bank network: 9 donation centres, 40 hospitals ordering units. Stock must be visible across all of them within minutes and nobody can ever ship an expired unit. How would you structure the systems and data flows?"
        ),
        _u(
            "non-technical founder here. my dev agency wants to build our pet-sitting marketplace on 'serverless everything'. what questions should I ask them before saying yes?"
        ),
        _u(
            "How do airlines typically structure the split between the reservation system, departure control and the loyalty program? Trying to understand where the boundaries are before we integrate as a travel startup."
        ),
        _u(
            "System design prep: 'design a metrics and monitoring system like Datadog'. How do I handle ingestion of millions of time series and the query side in a 45-minute interview?"
        ),
        _u(
            "Our union pension fund still runs on a 1990s Informix database with a green-screen app. We need a member portal. Do we build on top of it, replicate out, or start a replacement? Rough phasing please."
        ),
        _u(
            "Podcast network with 60 shows, dynamic ad insertion, and download stats that advertisers audit. What does a sane architecture look like for insertion at the edge vs at request time?"
        ),
        _u(
            "What's the actual difference between a modular monolith and microservices in terms of deployment, data and team ownership? People at work use the words loosely."
        ),
        _u(
            "We're a 12-person agency building offline-first apps for field surveyors in Australia's outback. Couchbase Lite, PouchDB/CouchDB, or something custom with SQLite and our own sync?"
        ),
        _u(
            "Designing a volunteer scheduling platform for a national food bank: 300 sites, shifts booked weeks ahead, lots of last-minute cancellations and SMS reminders. How would you break this into components?"
        ),
        _u(
            "Freight brokerage: we match shippers' loads with small trucking companies, rates change hourly, and carriers confirm via app, phone or email. Where does the source of truth for a load's status live?"
        ),
        _u(
            "Our platform team owns Terraform for 14 product teams and has become a ticket queue. How do other orgs split ownership of infra between a platform team and product teams?"
        ),
        _u(
            "Here's our current design for a school district's bus routing:\n\n- Nightly Python job computes routes for 220 buses\n- Results emailed as PDFs to drivers\n- Parents call the office for delays\n- Route changes during the day are done by phone\n\nWe want a live parent app and in-day rerouting. What should the target architecture be?"
        ),
        _u(
            "Is it reasonable to run our multi-tenant legal docs SaaS on one Postgres with row-level security, given some law firms insist on 'their own database' in contracts?"
        ),
        _u(
            "Back-of-envelope: how much storage and bandwidth does a photo-sharing app with 2M DAU and 3 uploads per user per day need over 3 years? Walk me through the reasoning."
        ),
        _u(
            "The address-validation vendor we call during checkout has p99 of 8 seconds. How do we restructure the checkout so it's not hostage to them?"
        ),
        _u(
            "When does it make sense to put an event streaming platform in the middle of a company versus point-to-point APIs? We're at about 25 services."
        ),
        _u(
            "Mining company: haul trucks with telemetry, underground with no connectivity for hours. What's the edge/cloud split for safety alerts vs analytics?"
        ),
        _u(
            "Planning to move a 15-year-old ASP.NET WebForms app for a council's housing repairs to the cloud. Lift-and-shift first, or rebuild pieces as we go?"
        ),
        _u(
            "Explain consistent hashing like I'm a PM who needs to understand why adding a cache node didn't take down the site last time but did this time."
        ),
        _u(
            "Church-run network of 40 youth sports leagues wants a single registration and scheduling system. Tiny budget, volunteer admins. What's the simplest architecture that won't fall over on registration day?"
        ),
        _u(
            "Our end-of-day settlement for a prepaid card program runs 6 hours and has to finish before the bank's cut-off. How do you design these batch pipelines to be restartable and auditable?"
        ),
        _u(
            "Should a 3-person team building a property-management app even think about event-driven architecture yet?"
        ),
        _u(
            "We have to brief our board on whether to consolidate three acquired companies' platforms onto one. What architecture questions decide whether that's feasible?"
        ),
        _u(
            "Grocery rapid-delivery (15 min) in 4 cities: dark stores, pickers, riders. Where do you put order batching and rider assignment, and how do you keep it responsive at peak?"
        ),
        _u(
            "What is a sidecar, and why does everyone's diagram suddenly have one next to every service?"
        ),
        _u(
            "We ingest ADT and lab feeds from 12 hospitals into our care-coordination product. Each feed has quirks. Integration engine, custom adapters per site, or a canonical model?"
        ),
        _u(
            "Client contract says 99.9% monthly uptime for our dispatch SaaS for towing companies. What does that actually require in terms of redundancy, and where do teams usually get it wrong?"
        ),
        _u(
            "We're pulling payments out of a Rails monolith. Share the DB during transition or split data first? What's the least risky order?"
        ),
        _u(
            "Fleet of 20k e-bikes with IoT locks. Unlock requests go phone → cloud → lock over cellular and sometimes take 20 seconds. How do other systems make unlock feel instant and still be secure?"
        ),
        _u(
            "State government wants to expose 30 agencies' data to the public as open data APIs without letting traffic hit the agencies' own systems. High-level architecture?"
        ),
        _u(
            "Early-stage analytics stack for a 10-person DTC brand: is Fivetran + Snowflake + dbt overkill vs just querying Shopify and GA?"
        ),
        _m(
            "Can you help me practice system design?",
            "Sure. Pick a problem, or I can suggest one: URL shortener, chat, ride sharing, news feed.",
            "Let's do a distributed job scheduler — cron at scale, millions of jobs, exactly-once-ish execution.",
        ),
        _m(
            "We use Firebase Realtime Database for a classroom quiz app.",
            "How many concurrent classrooms?",
            "Up to 5k during exams, and teachers see lag. Do we restructure the data tree, shard across databases, or move off Firebase?",
        ),
        _m(
            "I manage tech for a chain of 14 escape rooms.",
            "What systems do you use today?",
            "Bookings via a SaaS widget, a separate waiver app, and gift cards in Shopify. They don't talk to each other. How would you tie them together?",
        ),
        _m(
            "What's a good name for a golden retriever?",
            "How about Maple, Biscuit, or Sunny?",
            "Ha, Biscuit it is. Unrelated: our restaurant group has 9 POS systems from acquisitions and finance wants one daily sales view. What architecture would you suggest?",
        ),
        _m(
            "We put a queue between the web tier and our PDF renderer.",
            "Good. How do you handle a poison message that crashes the renderer?",
            "Right now it just retries forever and blocks everything. What's the proper design?",
        ),
        _m(
            "Our Mongo cluster is 1.2TB and growing 50GB a week.",
            "What's driving growth — events, documents, history?",
            "Mostly an activity log nobody reads after 90 days. What are the architectural options for getting it out of the hot path?",
        ),
        _m(
            "We log every API request to Postgres.",
            "How many requests per day?",
            "About 30 million, and the table is half our DB. Where should request logs and analytics live instead, architecturally?",
        ),
        _m(
            "We're adding an AI assistant to our helpdesk product.",
            "What will it need to access?",
            "Ticket history, the customer's KB articles, and their product catalog. Each customer's data must stay isolated. How do I architect retrieval and tenancy?",
        ),
        _m(
            "Remember the marketplace design from earlier?",
            "Yes — buyer app, seller portal, the payments service with escrow.",
            "What happens if escrow release and the seller payout fail halfway? How do we make that flow recoverable?",
        ),
        _m(
            "Our domains right now: Enrollment, Billing, Claims, Providers.",
            "Where does eligibility checking sit?",
            "Everywhere, that's the problem. Should it be its own context or part of Enrollment?",
        ),
        _m(
            "What does idempotency key mean in an API?",
            "A client-supplied key so the server can recognize and dedupe retries of the same request.",
            "How long should we keep them and where, if we have 40 API nodes?",
        ),
        _m(
            "Can you proofread my cover letter?",
            "Happy to — paste it in.",
            "Later. Quick design question: our nonprofit wants donors, volunteers and event attendees in one CRM, but each comes from a different tool. Hub with sync jobs, or pick one system of record?",
        ),
        _m(
            "We went with CQRS for order history.",
            "How are your read models rebuilt if a projection bug corrupts them?",
            "we haven't thought about that. how should it work?",
        ),
        _s(
            "You are an architecture assistant for the platform group at a large insurer. Be concise and structured.",
            "Teams want to publish domain events to a shared Kafka cluster. Who should own topic naming, schemas and retention, and how do we avoid a free-for-all?",
        ),
        _s(
            "You review design docs posted in our engineering Slack channel.",
            "Review:\n\nProject: SMS appointment reminders for 200 vet clinics\n- A cron in the main API loops over tomorrow's appointments and calls Twilio inline\n- No record of what was sent\n- Clinic time zones stored as free text\n\nWhat would you flag?",
        ),
        _s(
            "You are a tutor for a graduate distributed systems course.",
            "Explain linearizability vs serializability with a bank-account example, and why people mix them up.",
        ),
        _s(
            "You are a coding agent inside the repo of a Django monolith. Do not write code unless asked.",
            "Give me a multi-PR plan to carve the notifications app out so it only talks to the rest through events, and list which modules import it today as the first step.",
        ),
        _s(
            "You advise CTOs at small SaaS companies.",
            "We're 8 engineers, one region on GCP, and a big customer asks for an EU-only deployment. Separate stack per region or one global control plane with regional data planes?",
        ),
        _s(
            "You help engineering teams write ADRs.",
            "We chose to keep Elasticsearch instead of moving search to Postgres full-text. Draft the ADR with context, options and consequences.",
        ),
        _s(
            "You are a presales assistant for a systems integrator.",
            "Prospect: chain of 70 veterinary clinics. They want shared medical records across clinics, clinic-level uptime during internet outages, and lab integrations. Outline a solution architecture.",
        ),
        _s(
            "You are the internal engineering assistant at a ticketing company. Answer briefly.",
            "For resale of tickets between fans, should the resale marketplace be its own service with its own ledger, or reuse the primary sales order system?",
        ),
        _s(
            "You are a study buddy for system design interviews. Ask clarifying questions first.",
            "design a web-based collaborative whiteboard for classrooms, 30 kids per board, teacher can lock the board",
        ),
        _s(
            "You are an assistant for the data team at a newsroom.",
            "Editors want real-time article performance (reads, scroll depth, subscriptions driven) on a dashboard within 10 seconds. Today it comes from a nightly batch. What pipeline would you build?",
        ),
        _s(
            "You are an architecture reviewer for a hospital group. Never include patient data.",
            "Proposal: nurses' shift-swap app writes directly into the rostering system's database because its API is slow. Good idea or not, and what would you do instead?",
        ),
    ],
    "de": [
        _u(
            "Wir sind ein Stadtwerk und wollen Fernwärme, Strom und Wasser in einem Kundenportal zusammenführen. Dahinter hängen drei Abrechnungssysteme von verschiedenen Herstellern. Wie würdet ihr die Integrationsschicht schneiden?"
        ),
        _u(
            "Ich bin Geschäftsführerin eines Handwerksbetriebs mit 60 Monteuren. Unsere Software-Firma will alles auf 'Event-Driven' umbauen. Was bringt das uns konkret, und was kostet es uns an Komplexität?"
        ),
        _u(
            "Für 14 Reha-Kliniken: Therapiepläne werden täglich neu erstellt, Therapeuten, Räume und Geräte sind knapp. Planungsengine zentral oder pro Klinik, und wie kommen Änderungen live auf die Stationstablets?"
        ),
        _u(
            "Vorbereitung aufs System-Design-Interview: 'Entwirf ein Hotelbuchungssystem wie HRS'. Wie gehe ich mit Überbuchung, Zimmerkontingenten von Partnern und Stornos um?"
        ),
        _u(
            "Unsere Versicherung hat noch ein PL/I-Bestandssystem auf dem Host. Neue Produkte sollen in einem modernen Tarifrechner laufen, Altverträge bleiben auf dem Host. Wie halten wir beide Welten über Jahre konsistent?"
        ),
        _u(
            "Regionalzeitung mit Paywall, E-Paper und App: das Abo-System ist ein altes SAP IS-M. Wie koppeln wir Login und Berechtigungen für alle Kanäle daran, ohne dass jede Seite im SAP nachfragt?"
        ),
        _u(
            "Was ist eigentlich der Unterschied zwischen Choreografie über Events und einer zentralen Prozess-Engine, wenn es um einen Kreditantrag mit manueller Prüfung geht?"
        ),
        _u(
            "Wir bauen eine App für Schornsteinfeger, die in Kellern und auf Dächern oft kein Netz haben. Messprotokolle müssen offline erfasst und rechtssicher übertragen werden. Welche Architektur für Sync und Nachvollziehbarkeit?"
        ),
        _u(
            "Ein Schulträger mit 90 Schulen will iPads zentral verwalten, Lernplattform, Stundenplan und Schulverwaltung verbinden. Wer sollte die Identitäten führen, und wie laufen die Daten zwischen den Systemen?"
        ),
        _u(
            "B2B-Marktplatz für Ersatzteile von Landmaschinen: Händler pflegen Bestände in eigenen Warenwirtschaften, wir zeigen Verfügbarkeit. Pull per API beim Händler, Push von ihnen oder nächtlicher Import?"
        ),
        _u(
            "Spedition mit eigener Telematik und Subunternehmern ohne Telematik. Wie bekommen wir trotzdem eine durchgängige Sendungsverfolgung für Kunden? Welche Bausteine braucht das?"
        ),
        _u(
            "Sechs Teams, ein Produkt, ein gemeinsames Frontend-Repository. Micro-Frontends, Module-Federation, oder lieber klare Modulgrenzen im Monolithen? Was sind die echten Trade-offs?"
        ),
        _u(
            "Was bedeutet 'Saga' im Kontext von Microservices, und wie sieht das bei einer Reisebuchung mit Flug, Hotel und Mietwagen aus, wenn der Mietwagen am Ende fehlschlägt?"
        ),
        _u(
            "Unser aktueller Aufbau:\n\nOnlineshop (Shopware) -> Warenwirtschaft (lokal, MSSQL) per nächtlichem CSV\nMarktplätze (Amazon, Otto) über ein drittes Tool\nLager pflegt Bestände per Hand nach\n\nWir verkaufen ständig Artikel, die nicht da sind. Wie sollte die Zielarchitektur aussehen?"
        ),
        _u(
            "Mandantenfähigkeit für eine Software für Steuerberatungskanzleien: Die Kanzleien wollen, dass Daten in Deutschland bleiben und strikt getrennt sind. Welche Modelle gibt es und was heißt das für Betrieb und Updates?"
        ),
        _u(
            "Wie groß muss ein Postgres-Setup für eine Kfz-Zulassungs-Terminbuchung sein, 400 Behörden, Spitzen am Montagmorgen? Ich will die Abschätzung nachvollziehen können."
        ),
        _u(
            "Die Schnittstelle der Krankenkasse für die Abrechnung ist nur werktags von 6 bis 22 Uhr verfügbar. Wie bauen wir unseren Abrechnungsprozess, damit Nutzer trotzdem jederzeit einreichen können?"
        ),
        _u(
            "Lohnt sich ein Schema-Registry mit Avro für unsere 20 Kafka-Topics, oder reicht JSON mit guter Doku?"
        ),
        _u(
            "Windparkbetreiber: Soll die Fernüberwachung der Anlagen direkt aus der Cloud auf die Parkrechner zugreifen, oder schieben die Parks ihre Daten raus? Was heißt das für Ausfälle und Sicherheit?"
        ),
        _u(
            "Wir ziehen von einem Hoster in Frankfurt zu einer deutschen Cloud (STACKIT/IONOS). Was muss in der Architektur vorher sauber sein, damit der Umzug nicht zum Großprojekt wird?"
        ),
        _u(
            "Kann mir jemand den Unterschied zwischen Optimistic und Pessimistic Locking auf Systemebene erklären, also wenn zwei Services dieselbe Bestellung ändern wollen?"
        ),
        _u(
            "Bürgerportal einer Kommune: Anträge sollen über das OZG-Portal reinkommen und in die Fachverfahren laufen, die teils nur über XÖV-Nachrichten sprechen. Wie baut man das robust auf?"
        ),
        _u(
            "Monatsabschluss in der Hausverwaltung: Nebenkostenabrechnung für 12 000 Einheiten läuft als ein großer Job, der zwei Tage braucht. Wie zerlegen wir das fachlich und technisch?"
        ),
        _u(
            "Brauchen wir für eine Vereinsverwaltungs-App mit 500 Vereinen wirklich Kubernetes oder reicht ein Managed-PaaS?"
        ),
        _u(
            "Vorstand will wissen, ob wir unser selbstgebautes CRM durch Salesforce ersetzen sollen. Welche Architekturfragen (Integrationen, Datenhoheit, Erweiterbarkeit) gehören in die Entscheidungsvorlage?"
        ),
        _u(
            "Essenslieferdienst für Kantinen in Bürogebäuden: Bestellungen bis 10 Uhr, Produktion ab 10:30, Auslieferung ab 11:30. Wie sieht die Systemlandschaft aus, und wo plant man die Touren?"
        ),
        _u(
            "Wozu braucht man einen Reverse Proxy vor der Anwendung, wenn die Anwendung selbst HTTPS kann?"
        ),
        _u(
            "Labor-Verbund mit 5 Standorten: jeder Standort hat ein eigenes LIS. Einsender sollen ein Portal bekommen. Zentrale Datenhaltung oder föderierte Abfrage?"
        ),
        _u(
            "Unser Kunde, ein Energieversorger, verlangt für das Störungsmeldesystem einen Betrieb auch bei Ausfall eines Rechenzentrums. Aktiv-Aktiv oder Aktiv-Passiv, und was heißt das für die Datenbank?"
        ),
        _u(
            "Aus unserem Symfony-Monolithen soll die Produktkonfiguration (Möbel nach Maß) raus, weil sie ein anderes Team übernimmt. Wie schneiden wir die Schnittstelle, damit beide Teams unabhängig releasen können?"
        ),
        _u(
            "Parkhausbetreiber mit 80 Häusern: Kennzeichenerkennung, Schranken, App-Bezahlung. Die Schranken müssen auch ohne Verbindung zur Zentrale öffnen. Wie verteilt man die Logik?"
        ),
        _m(
            "Kannst du mit mir System-Design üben?",
            "Gern. Welches Thema? Zum Beispiel ein Chat-Dienst, ein Ticketsystem oder eine Suchmaschine?",
            "Ein Ticketsystem für Bundesliga-Spiele mit Dauerkarten, Zweitmarkt und personalisierten Tickets.",
        ),
        _m(
            "Wir schwanken zwischen Keycloak und einem Cloud-IdP wie Auth0.",
            "Was sind Ihre Anforderungen?",
            "SSO für 8 interne Anwendungen, Kundenlogin für das Portal, und die Daten sollen in der EU bleiben. Was bedeutet das jeweils für Betrieb und Architektur?",
        ),
        _m(
            "Ich betreue die IT einer Musikschule mit 3 Standorten.",
            "Welche Systeme gibt es?",
            "Anmeldungen über ein Webformular, Unterrichtsplanung in Excel, Abrechnung im DATEV. Wie würdest du das sinnvoll verbinden, ohne gleich ein riesiges System einzuführen?",
        ),
        _m(
            "Wie schreibe ich eine gute Absage an einen Bewerber?",
            "Kurz, wertschätzend und ohne Details zur Entscheidung.",
            "Danke. Andere Frage: Unsere 11 Filialen schicken Kassendaten per E-Mail an die Buchhaltung. Wie bauen wir daraus eine saubere, automatische Datenstrecke?",
        ),
        _m(
            "Wir haben zwischen Bestellung und Lager einen Service-Bus von Azure eingeführt.",
            "Wie gehen Sie mit Duplikaten um?",
            "Gar nicht. Reicht Deduplizierung im Bus, oder muss das Lager selbst idempotent sein?",
        ),
        _m(
            "Wir verschicken Push-Nachrichten für eine Wetter-App.",
            "Wie viele Empfänger pro Warnung?",
            "Bei Unwetterwarnungen bis zu 4 Millionen, regional gefiltert, und das innerhalb von zwei Minuten. Wie baut man die Zustellung, dass sie nicht selbst zum Engpass wird?",
        ),
        _m(
            "Wir nutzen einen Redis-Cache für Sessions.",
            "Ist Redis hochverfügbar aufgesetzt?",
            "Nein, eine Instanz. Wenn der neu startet, sind alle 30 000 Nutzer ausgeloggt. Was wären die Optionen?",
        ),
        _m(
            "Du erinnerst dich an unsere Buchungsplattform für Ferienwohnungen?",
            "Ja, mit dem Channel-Manager und der Anbindung an drei Portale.",
            "Wenn eines der Portale Buchungen doppelt schickt, wie verhindern wir Doppelbelegung systemweit?",
        ),
        _m(
            "Wir haben Bounded Contexts definiert: Vertrag, Schaden, Inkasso, Partner.",
            "Wie kommunizieren die Kontexte miteinander?",
            "Bisher über gemeinsame Tabellen. Wie kommen wir da schrittweise raus?",
        ),
        _m(
            "Was ist ein Dead-Letter-Topic?",
            "Ein Ziel für Nachrichten, die nach mehreren Versuchen nicht verarbeitet werden konnten.",
            "Und wer kümmert sich organisatorisch darum? Wir haben fünf Teams, die alle in dasselbe Topic schreiben.",
        ),
        _m(
            "Kannst du das Protokoll vom Jour fixe zusammenfassen?",
            "Gern, bitte einfügen.",
            "Später. Dringender: unsere Onlineanmeldung für Kita-Plätze öffnet am 1. März, letztes Jahr ist sie sofort zusammengebrochen. Was ändern wir an der Architektur?",
        ),
        _m(
            "Wir haben Event Sourcing im Kontobereich.",
            "Wie werden neue Lesemodelle aufgebaut?",
            "durch komplettes Replay, dauert 14 Stunden. geht das besser?",
        ),
        _s(
            "Du bist Architektur-Assistent für das Plattform-Team einer Direktbank. Antworte auf Deutsch, strukturiert.",
            "Jedes Team betreibt eigene API-Gateways, Logging und Monitoring. Welche Bausteine sollten zentral als Plattform angeboten werden und welche bleiben bei den Teams?",
        ),
        _s(
            "Du hilfst beim Review von Architekturdokumenten in unserem Confluence.",
            "Bitte reviewen:\n\nVorhaben: Rechnungsversand als PDF und XRechnung\n- Der Rechnungsservice erzeugt PDFs synchron beim Abschluss des Auftrags\n- Versand per SMTP direkt aus dem Service\n- Bei Fehlern wird der Auftrag nicht abgeschlossen\n\nWas fällt dir auf?",
        ),
        _s(
            "You are an architecture assistant for a German automotive supplier. Answer in German.",
            "Wir müssen Daten aus 12 Werken (verschiedene MES-Versionen) in eine zentrale Qualitätsplattform bringen. Wie sieht ein schrittweiser Integrationsansatz aus?",
        ),
        _s(
            "Du bist Tutor für eine Vorlesung zu verteilten Systemen.",
            "Erkläre mir Quorum-Reads und -Writes am Beispiel eines Cassandra-Clusters mit drei Replikaten, und was passiert, wenn ein Knoten ausfällt.",
        ),
        _s(
            "Du bist Coding-Agent im Repository eines Java-Monolithen (Maven, 40 Module). Schreib keinen Code ohne Aufforderung.",
            "Erstelle einen Plan, wie wir die zyklischen Abhängigkeiten zwischen den Modulen 'auftrag', 'kunde' und 'preis' auflösen, in mehreren Schritten und PRs.",
        ),
        _s(
            "Du berätst CTOs von Mittelständlern.",
            "Wir haben 4 Entwickler und eine gewachsene Access-Datenbank, mit der 80 Leute arbeiten. Was ist ein realistischer Zielzustand und in welchen Schritten kommen wir dahin?",
        ),
        _s(
            "Du unterstützt beim Schreiben von ADRs.",
            "Entscheidung: Wir führen keine Microservices ein, sondern trennen den Monolithen in Module mit klaren Schnittstellen und prüfen das per ArchUnit. Bitte als ADR formulieren.",
        ),
        _s(
            "Du bist Presales-Assistent eines IT-Dienstleisters.",
            "Interessent: Bäckereikette mit 120 Filialen. Bestellungen der Filialen an die Backstube, Kassen, Retouren-Erfassung. Filialen haben teils schlechtes Internet. Skizziere eine Lösungsarchitektur.",
        ),
        _s(
            "Du bist interner Assistent der IT einer Logistikgruppe. Antworte knapp.",
            "Ein zentrales Datenmodell für Sendungen über alle Landesgesellschaften, oder jede behält ihr eigenes und wir mappen an der Grenze?",
        ),
        _s(
            "Du bist Tutor für Bewerbungsgespräche im Bereich Backend.",
            "Wie erkläre ich im Interview den Unterschied zwischen Message Queue und Pub/Sub an einem Beispiel aus dem Onlinehandel?",
        ),
        _s(
            "Du unterstützt die Redaktionstechnik eines Rundfunksenders.",
            "Wir wollen Liveticker, Push und Website aus einer Quelle speisen. Die Sendeplanung läuft in einem alten System ohne API. Wie sieht die Zielarchitektur aus?",
        ),
        _s(
            "Du bist Assistent eines Ingenieurbüros für Gebäudetechnik.",
            "In 30 Schulen sollen CO2-Sensoren die Lüftung steuern und die Werte an den Schulträger melden. Was läuft lokal, was zentral, und wie gehen wir mit Sensorausfällen um?",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b6", BY_LANG)
