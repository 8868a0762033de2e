"""Eighth batch of `architecture` examples: hand-written, one group per example
("architecture/b8/<lang>/<digest>"). Multi-turn design chats ending in short context-bound
follow-ups, plus single asks whose design nature shows only through business words."""

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
        _m(
            "On lance une appli de consigne pour les bouteilles en verre dans 400 supérettes.",
            "Chaque magasin enregistre les retours via une borne ou la caisse, les crédits de consigne vont dans un registre central par client, et la collecte des bouteilles est planifiée à partir des volumes par magasin.",
            "et les magasins qui n'ont pas de borne ?",
        ),
        _u(
            "Notre réseau de crèches veut que les parents réservent des heures en plus depuis leur téléphone, mais chaque crèche a ses propres règles d'encadrement. Comment on conçoit ça pour que ça tienne quand on passera de 12 à 50 crèches ?"
        ),
        _m(
            "On refait la plateforme de réservation de nos gîtes. Aujourd'hui c'est un gros monolithe PHP. Tu partirais sur quoi ?",
            "Je garderais un monolithe modulaire au début : modules réservation, paiement, catalogue et avis, chacun avec son schéma, et des événements internes entre eux. On découpe en services seulement là où la charge ou les équipes l'exigent.",
            "ok et le calendrier des dispos, il vit où ?",
        ),
        _m(
            "Nos caisses en magasin doivent continuer à vendre même sans internet. Comment on synchronise avec le central ?",
            "Chaque caisse garde un journal local des ventes, horodaté et numéroté, et le pousse quand le réseau revient. Le central rejoue le journal de façon idempotente.",
            "Et les prix qui changent pendant la coupure ?",
        ),
        _m(
            "On a trois équipes sur le même dépôt et tout le monde se marche dessus. Monorepo ou un dépôt par équipe ?",
            "Le monorepo marche si vous avez un outil de build qui ne reconstruit que ce qui a changé et des CODEOWNERS clairs. Sinon, plusieurs dépôts avec des contrats versionnés.",
            "et les libs partagées dans le 2e cas ?",
        ),
        _m(
            "Pour notre appli de covoiturage on veut matcher conducteurs et passagers en temps réel. Quelle archi ?",
            "Les positions arrivent par websocket dans un service de géolocalisation qui les garde en mémoire dans un index géographique (Redis GEO par ex.). Le matching interroge cet index et publie les propositions sur une file.",
            "Ça tient à 50 000 conducteurs connectés en même temps ?",
            "Oui si vous partitionnez par ville : une instance d'index par zone, et les websockets derrière un répartiteur qui connaît la zone.",
            "et si un conducteur passe d'une zone à l'autre ?",
        ),
        _m(
            "On veut passer nos factures en événements : FactureCréée, FacturePayée, etc. Bonne idée ?",
            "Pour l'audit oui, c'est naturel. Gardez quand même une vue matérialisée de l'état courant pour les lectures, sinon chaque écran rejoue tout l'historique.",
            "qui met à jour la vue ?",
        ),
        _m(
            "Notre SaaS RH a 400 clients, une base par client. Ça devient ingérable pour les migrations.",
            "Vous pouvez passer à un schéma partagé avec une colonne tenant, ou garder l'isolation mais automatiser les migrations en vagues avec un orchestrateur.",
            "Et les gros clients qui exigent d'être isolés ?",
        ),
        _m(
            "On a un cache Redis devant le catalogue produits. Comment on invalide quand un prix change ?",
            "Le service catalogue publie un événement PrixModifié, et un consommateur supprime la clé concernée. Ajoutez un TTL court en filet de sécurité.",
            "Et si l'événement se perd ?",
        ),
        _m(
            "Je dois présenter au comité un plan pour sortir notre ERP maison du datacenter. Par quoi on commence ?",
            "Inventaire des flux d'abord : qui appelle qui, quelles bases, quels batchs de nuit. Ensuite on migre par vagues, en commençant par ce qui a le moins de dépendances.",
            "les batchs de nuit justement, on en fait quoi ?",
        ),
        _m(
            "Notre app de livraison de repas : commande, resto, livreur. On pense à une saga pour la commande.",
            "Oui, une saga orchestrée marche bien : l'orchestrateur valide le paiement, attend l'acceptation du resto, puis assigne un livreur, avec des compensations à chaque étape.",
            "si le resto refuse après paiement ?",
        ),
        _m(
            "On expose notre API de tarification à des partenaires. Gateway ou pas ?",
            "Oui, une passerelle pour l'authentification, les quotas par partenaire et le versionnage. Le service de tarification reste derrière, sans logique de partenaire.",
            "et les quotas, on les stocke où ?",
        ),
        _m(
            "On remplace nos exports CSV quotidiens vers la compta par quelque chose de plus propre.",
            "Le plus simple : un flux d'événements comptables publié par chaque domaine, et un service d'intégration qui les agrège et les pousse dans l'outil compta.",
            "Et pour rattraper un jour raté ?",
        ),
        _m(
            "Pour un site de billetterie, comment éviter de vendre deux fois la même place à l'ouverture des ventes ?",
            "Réservation temporaire de la place avec expiration, verrou au niveau de la place dans la base, et une file d'attente virtuelle en amont pour lisser le pic.",
            "la file d'attente, on la construit ou on l'achète ?",
        ),
        _m(
            "On démarre un data warehouse pour le service marketing. BigQuery ou Snowflake ?",
            "Les deux conviennent. BigQuery si vous êtes déjà sur GCP, Snowflake si vous voulez rester multi-cloud. Le plus important est la couche de modélisation au-dessus.",
            "Et qui possède les modèles, les analystes ou les devs ?",
        ),
        _m(
            "Nos microservices s'appellent tous en HTTP synchrone et une panne fait tomber tout le reste.",
            "Introduisez des disjoncteurs et des timeouts, et passez en asynchrone les appels qui n'ont pas besoin d'une réponse immédiate.",
            "lesquels en premier ?",
        ),
        _m(
            "On veut une recherche plein texte sur nos annonces immobilières. Elasticsearch à côté de Postgres ?",
            "Oui, Postgres reste la source de vérité, et un pipeline de changements (CDC) alimente l'index de recherche.",
            "Et si l'index a du retard sur la base ?",
        ),
        _m(
            "On passe en multi-région pour nos clients canadiens. Qu'est-ce qui change ?",
            "Il faut décider quelles données restent dans la région (résidence des données), comment router les utilisateurs, et si les écritures sont actives dans les deux régions ou une seule.",
            "et les sauvegardes ?",
        ),
        _m(
            "Comment vous organiseriez les notifications d'une banque en ligne : SMS, mail, push ?",
            "Un service de notification unique qui reçoit des événements métier, applique les préférences du client et délègue à des connecteurs par canal.",
            "Et les préférences, c'est lui qui les garde ?",
        ),
        _m(
            "On hésite entre Kafka et RabbitMQ pour les événements de notre marketplace.",
            "Kafka si vous voulez rejouer l'historique et avoir plusieurs consommateurs indépendants ; RabbitMQ si c'est surtout du routage de tâches.",
            "on a 4 devs…",
        ),
        _m(
            "Notre appli mobile de fidélité appelle directement 6 services. C'est lent.",
            "Un backend-for-frontend dédié au mobile peut agréger ces appels et renvoyer un seul écran prêt à afficher.",
            "Et la version web, elle aussi ?",
        ),
        _m(
            "Pour le suivi de colis on reçoit des scans de 30 transporteurs différents.",
            "Une couche d'adaptateurs par transporteur qui normalise en un format d'événement commun, puis un service de suivi unique qui construit la timeline.",
            "Et quand un transporteur change son format sans prévenir ?",
        ),
        _m(
            "Bonjour, on découpe notre monolithe Rails. On a commencé par extraire l'authentification.",
            "Bon choix. Ensuite, regardez ce qui change le plus souvent et ce qui a le moins de jointures avec le reste.",
            "la facturation alors ?",
            "Plutôt non : elle touche à presque toutes les tables. Gardez-la pour plus tard.",
            "bon, le catalogue ?",
        ),
        _m(
            "On stocke les photos des utilisateurs sur le disque du serveur. On veut plusieurs serveurs.",
            "Passez au stockage objet (S3 ou équivalent) avec un CDN devant ; les serveurs n'écrivent plus en local.",
            "Et les miniatures ?",
        ),
        _u(
            "On ouvre des magasins en Belgique et en Suisse l'an prochain. Qu'est-ce qu'il faut prévoir côté systèmes pour les prix, la TVA et les stocks par pays ?"
        ),
        _u(
            "Notre boutique en ligne tombe chaque année pendant les soldes. Le reste de l'année tout va bien. Comment on se prépare cette fois ?"
        ),
        _u(
            "Nous sommes une mutuelle et nous voulons que les agences, le site et le centre d'appels voient la même chose sur un adhérent. Comment organiser ça ?"
        ),
        _u(
            "On a racheté une autre agence de voyages et chacun a son propre outil de réservation. Comment on fait pour n'en avoir qu'un à terme sans arrêter de vendre ?"
        ),
        _u(
            "Le directeur commercial veut voir les ventes de la journée en direct plutôt que le lendemain matin. Qu'est-ce que ça implique chez nous ?"
        ),
        _u(
            "Chaque franchise a son fichier clients et on veut un fichier commun pour la carte de fidélité. Comment on s'y prend sans tout casser ?"
        ),
        _u(
            "notre appli de prise de rdv marche bien pour 3 cabinets, on vise 300 l'an prochain, qu'est ce qui va lâcher en premier ?"
        ),
        _u(
            "On veut proposer notre logiciel de gestion de cantine aux autres mairies du département. Une seule installation pour tout le monde ou une par commune ?"
        ),
        _u(
            "Les équipes produit se plaignent d'attendre l'équipe data pour chaque chiffre. Comment on réorganise ça ?"
        ),
        _u(
            "Nous facturons à l'usage depuis ce mois-ci. Comment compter l'usage de chaque client de manière fiable, sans en perdre et sans compter deux fois ?"
        ),
        _u(
            "Le service client veut un historique complet de tout ce qui est arrivé à une commande, qui a fait quoi et quand. Comment on conçoit ça ?"
        ),
        _u(
            "On va brancher nos machines d'usine sur le système de suivi de production. Environ 200 machines qui envoient une mesure par seconde. Ça se pense comment ?"
        ),
        _u(
            "Nos prix sont calculés à trois endroits différents et ils ne tombent jamais pareil. Comment on remet de l'ordre ?"
        ),
        _u(
            "On a un seul informaticien qui connaît le serveur de production. Comment on rend l'ensemble moins dépendant de lui, côté organisation et côté système ?"
        ),
        _u(
            "Qu'est-ce que ça coûte vraiment d'accepter que le stock affiché soit parfois en retard de quelques secondes ?"
        ),
        _u(
            "Nous voulons que nos partenaires assureurs puissent récupérer les devis directement chez nous. Par où commencer ?"
        ),
        _u(
            "Pour une association nationale avec des antennes locales, vaut-il mieux une base de données commune ou une par antenne ?"
        ),
        _u(
            "On veut arrêter de tout déployer le vendredi soir en une fois. Comment on organise les livraisons entre équipes ?"
        ),
        _s(
            "Tu es l'assistant d'architecture interne de la société Ferrandier Logistique. Réponds de façon concise.",
            "Nos entrepôts utilisent chacun un WMS différent. On veut un tableau de bord national des stocks. Quelle approche ?",
        ),
        _s(
            "Tu es un assistant qui aide les équipes à préparer leurs revues de conception.",
            "Voici notre idée : chaque service écrit directement dans la base des autres quand il en a besoin. Qu'est-ce que le relecteur va nous reprocher ?",
        ),
        _s(
            "You are a helpful assistant for a French e-commerce company. Answer in the user's language.",
            "on veut ajouter la livraison en 2 h dans 5 villes, qu'est-ce que ça change dans nos systèmes de commande et de stock ?",
        ),
        _s(
            "Tu es un coach technique pour des startups.",
            "On a 6 mois de runway et une appli en microservices pour 200 utilisateurs. Est-ce qu'on simplifie ?",
        ),
    ],
    "ru": [
        _m(
            "Проектируем учёт для сети прачечных самообслуживания: машины, оплата, бонусы.",
            "Машины подключены к контроллеру в каждой точке, оплата идёт через центральный сервис, который выдаёт команду запуска, бонусы — отдельный журнал.",
            "а если связь с центром пропала, а человек уже заплатил?",
        ),
        _u(
            "Мы региональный оператор такси для школьников, родители хотят видеть, где ребёнок. Как организовать систему, чтобы это выдержало весь город?"
        ),
        _m(
            "Делаем сервис доставки продуктов по городу. Заказы, сборка на складе, курьеры. С чего начать архитектуру?",
            "Выделите три контекста: заказы, склад и логистика. Между ними — события (ЗаказОформлен, ЗаказСобран), чтобы склад не зависел от доступности сервиса заказов.",
            "а где хранить историю?",
        ),
        _m(
            "У нас 1С и интернет-магазин на Битриксе, остатки расходятся постоянно.",
            "Нужен один источник правды по остаткам — обычно это 1С — и обмен не раз в сутки, а по изменениям, через очередь.",
            "а если 1С ляжет?",
        ),
        _m(
            "Мы банк, хотим открыть API для партнёров-маркетплейсов. Как это устроить?",
            "API-шлюз с OAuth2 и квотами на партнёра, отдельный слой фасадов над внутренними системами, чтобы не светить наружу модель АБС.",
            "и кто будет владеть этими фасадами?",
        ),
        _m(
            "Планируем переезд с Oracle на Postgres, база на 8 ТБ, простой максимум час.",
            "Делайте через репликацию изменений: начальная загрузка, потом CDC до выравнивания, затем переключение приложений поочерёдно.",
            "а хранимки куда?",
        ),
        _m(
            "Проектируем систему продажи билетов на пригородные электрички с оплатой картой на турникете.",
            "Турникет проверяет карту локально по стоп-листу, проходы копятся и уходят пачками в процессинг, который считает поездку и списывает деньги.",
            "а стоп-лист как часто обновлять?",
        ),
        _m(
            "Строим систему онлайн-записи в поликлиники региона, 60 учреждений.",
            "Центральный сервис расписаний и адаптеры к МИС каждой поликлиники. Слоты кешируются централизованно, бронь подтверждается в МИС.",
            "а если МИС отвечает по 10 секунд?",
        ),
        _m(
            "Делаем систему для сети ветклиник: карты животных, приёмы, анализы из внешних лабораторий.",
            "Карта животного — в центральном сервисе, приёмы ведёт каждая клиника у себя, результаты лабораторий принимает отдельный сервис-адаптер и прикрепляет к карте.",
            "а если животное лечат в двух клиниках сразу?",
        ),
        _m(
            "У нас очередь задач на RabbitMQ, обработка отчётов. Иногда задача выполняется дважды.",
            "Это нормально для at-least-once. Сделайте обработчик идемпотентным: ключ задачи и таблица выполненных.",
            "а если отчёт уже отправили клиенту?",
        ),
        _m(
            "Мы стартап, делаем агрегатор такси. Писать сразу на микросервисах?",
            "Нет, начните с модульного монолита и чётких границ модулей. Микросервисы — когда появятся независимые команды и разная нагрузка.",
            "а геотрекинг тоже в монолит?",
        ),
        _m(
            "Нужна аналитика по событиям мобильного приложения, миллионов 50 в день.",
            "Приём через лёгкий коллектор в Kafka, оттуда в ClickHouse. Сырые события храните отдельно в объектном хранилище.",
            "а сколько это хранить?",
        ),
        _m(
            "Команды жалуются, что общий staging вечно сломан.",
            "Варианты: эфемерные окружения на каждый pull request или контрактные тесты, чтобы меньше зависеть от общего стенда.",
            "а данные для эфемерных откуда?",
        ),
        _m(
            "Проектируем систему лояльности для сети АЗС: баллы, акции, партнёры.",
            "Ядро — журнал операций по баллам (начисление, списание, сгорание), баланс считается из него. Акции — отдельный движок правил.",
            "и как партнёры будут начислять?",
        ),
        _m(
            "У нас сеть ломбардов, 90 точек, и каждая работает в своей локальной программе.",
            "Центральный учёт залогов и клиентов, а в точках — клиент, который умеет работать без связи и досылать операции при восстановлении.",
            "а оценку золота по курсу откуда брать?",
        ),
        _m(
            "Разделяем монолит на сервисы. Пользователи сейчас в одной таблице, её читают все модули.",
            "Сервис пользователей становится владельцем таблицы, остальные получают данные через API или подписку на события изменений.",
            "а отчёты, которые джойнят всё со всем?",
        ),
        _m(
            "Делаем платформу онлайн-курсов, видео будет много.",
            "Видео — в объектное хранилище, транскодирование в очереди, раздача через CDN с подписанными ссылками.",
            "а если курс продают в Казахстан тоже?",
        ),
        _m(
            "Какую шину выбрать для интеграции 15 систем завода?",
            "Если много синхронных запросов — API-шлюз плюс лёгкий брокер. Классическая ESB сейчас обычно избыточна.",
            "у нас половина систем умеет только файлы",
        ),
        _m(
            "В сервисе бронирования отелей хотим CQRS.",
            "Запись — через агрегат брони с проверкой доступности; чтение — денормализованные витрины для поиска.",
            "и на сколько отстаёт поиск?",
        ),
        _m(
            "Мы уходим с облака AWS в российское облако. Что учитывать?",
            "Инвентаризируйте управляемые сервисы: для каждого найдите аналог или self-hosted замену. Особенно очереди, объектное хранилище и IAM.",
            "а Lambda?",
        ),
        _m(
            "Хотим сделать сервис аренды спецтехники с почасовой оплатой и телематикой.",
            "Бронирование и договоры — в ядре, телематика моточасов идёт отдельным потоком и в конце аренды сверяется с заявленным временем.",
            "а если телематика и водитель показывают разное?",
        ),
        _m(
            "Думаем о GraphQL для нашего интернет-банка.",
            "GraphQL-шлюз поверх существующих сервисов удобен для фронта, но следите за глубиной запросов и N+1 на бэкендах.",
            "а мобилка?",
        ),
        _m(
            "Проектируем хранение документов для нотариальной палаты.",
            "Объектное хранилище с неизменяемостью (WORM), метаданные в реляционной базе, отдельный журнал доступа.",
            "а поиск по тексту сканов?",
        ),
        _m(
            "Нужно переделать расчёт зарплаты, сейчас он идёт 9 часов ночью.",
            "Разбейте расчёт по подразделениям и считайте параллельно; промежуточные результаты сохраняйте, чтобы перезапускать только упавшие части.",
            "а если в середине месяца меняется оклад?",
        ),
        _u(
            "Мы сеть из 40 аптек, хотим, чтобы покупатель видел на сайте наличие в конкретной аптеке. Как это лучше устроить?"
        ),
        _u(
            "Директор хочет единую картину по всем филиалам, а у каждого филиала своя программа учёта. Что нам делать?"
        ),
        _u(
            "Мы выпускаем электронные больничные листы для частных клиник, и каждая клиника хочет свою интеграцию. Как не утонуть в двадцати разных вариантах обмена?"
        ),
        _u(
            "Мы маленькая турфирма, хотим продавать туры через три агрегатора и свой сайт, и чтобы места не продавались дважды. Как это сделать правильно?"
        ),
        _u("Сколько серверов нам нужно, если планируем 200 тысяч заказов в месяц и пики в обед?"),
        _u("У нас пять команд и один общий релиз раз в месяц. Как перейти на независимые выпуски?"),
        _u(
            "Хотим дать клиентам личный кабинет, где видно все их договоры, счета и заявки из разных наших систем. С чего начинается такая задача?"
        ),
        _u(
            "Мы производитель мебели, хотим принимать заказы от дилеров напрямую в производство, без менеджеров и таблиц. Как такое выстроить?"
        ),
        _u(
            "что лучше для нашей компании: купить готовую CRM или писать свою, если у нас очень нестандартный процесс продаж?"
        ),
        _u(
            "Отдел продаж, склад и бухгалтерия называют одно и то же разными словами, и отчёты не сходятся. Как это разруливают в больших компаниях?"
        ),
        _u(
            "Мы хотим продавать наш софт для автосервисов по подписке. Сейчас каждому ставим отдельную копию на его компьютер. Что менять?"
        ),
        _u(
            "Стоит ли нам делить каталог товаров на отдельную систему, если его правят контент-менеджеры, а читают сайт, приложение и маркетплейсы?"
        ),
        _u(
            "Как устроить учёт показаний счётчиков для управляющей компании на 300 домов, чтобы жильцы, диспетчеры и бухгалтерия работали с одними данными?"
        ),
        _u(
            "Нас купила крупная группа, и их ИТ требует перейти на их стандарты. Как спланировать переход, не остановив продажи?"
        ),
        _u(
            "Сервис доставки пиццы: сейчас всё на одном сервере в офисе. Открываем 10 точек в других городах. Что поменять в первую очередь?"
        ),
        _u(
            "Как считать, сколько нам будет стоить хранение, если каждый клиент загружает около гигабайта фото в год, а клиентов 30 тысяч?"
        ),
        _u(
            "Хочу понять на пальцах: что такое «согласованность в конечном счёте» и когда за неё приходится платить?"
        ),
        _s(
            "Ты — ассистент отдела архитектуры компании «Северный путь». Отвечай кратко и по делу.",
            "Планируем вынести тарифный калькулятор из основной системы. Как его отделить, чтобы не поломать расчёты в старых договорах?",
        ),
        _s(
            "Ты помогаешь проводить ревью технических решений.",
            "Вот наш план: все сервисы читают и пишут в одну общую базу, но каждый в свои таблицы. Какие вопросы нам зададут на ревью?",
        ),
        _s(
            "You are an internal assistant for a logistics company. Reply in the user's language.",
            "Хотим отслеживать фуры в реальном времени, 3000 машин, точка раз в 10 секунд. Как устроить приём и хранение?",
        ),
        _s(
            "Ты — наставник для тимлидов.",
            "У меня команда из 12 человек и один репозиторий. Как разделить на подкоманды, чтобы код тоже разделился?",
        ),
        _s(
            "Ты — ассистент продуктовой команды сервиса аренды самокатов.",
            "хотим запуститься ещё в двух странах, что делать с данными поездок?",
        ),
    ],
    "ko": [
        _m(
            "농산물 새벽배송을 하는데 산지 농가 300곳에서 매일 물량이 바뀌어요.",
            "농가별 출하 가능 수량을 매일 받아 판매 가능 재고로 만들고, 주문 마감 후 농가별 발주와 집하 경로를 생성하는 흐름으로 나누세요.",
            "농가가 당일에 물량을 줄이면요?",
        ),
        _m(
            "공유 오피스 출입을 QR로 바꾸려고 해요. 지점 40곳이에요.",
            "QR 발급과 권한은 중앙에서 관리하고, 각 지점 출입 단말은 권한 목록을 캐시해서 로컬에서 검증하게 하세요.",
            "권한 취소는 바로 반영돼야 하는데요?",
        ),
        _m(
            "택시 호출 앱에서 요금을 미터기 대신 앱에서 계산하려고 해요.",
            "운행 중 위치를 주기적으로 서버에 보내고, 요금은 운행 종료 시 서버에서 경로 기준으로 확정하세요. 앱 표시값은 예상치로만 씁니다.",
            "터널에서 GPS 튀면요?",
            "서버 측에서 지도 매칭으로 보정하고, 비정상 점프는 버리는 필터를 두세요.",
            "기사님 앱이 구형 폰이에요",
        ),
        _m(
            "게임 랭킹 서버 설계 중입니다. 동접 20만 정도예요.",
            "Redis Sorted Set으로 실시간 랭킹을 유지하고, 시즌 종료 시 RDB에 스냅샷을 저장하는 방식이 일반적이에요.",
            "서버가 여러 리전이면요?",
        ),
        _m(
            "병원 예약 시스템을 여러 지점으로 확장하려고 해요.",
            "지점별 스케줄은 공통 예약 서비스에서 관리하고, 지점 EMR과는 어댑터로 연동하는 구조가 좋아요.",
            "환자 정보는 누가 갖고 있어요?",
        ),
        _m(
            "B2B SaaS인데 고객사마다 DB를 따로 둘지 고민이에요.",
            "고객 수가 많고 규모가 작으면 공유 스키마 + tenant_id가 운영상 편해요. 규제나 대형 고객이 있으면 분리형을 섞는 하이브리드도 가능해요.",
            "마이그레이션은 어떻게 돌려요 그럼?",
        ),
        _m(
            "핀테크 송금 서비스 원장 구조 조언 부탁드려요.",
            "복식부기 원장을 불변 로그로 쌓고, 잔액은 원장에서 파생되는 값으로 관리하세요. 송금은 멱등 키로 중복을 막고요.",
            "잔액 조회가 느려지면?",
        ),
        _m(
            "웹툰 플랫폼인데 신작 공개 시간마다 트래픽이 몰려요.",
            "회차 이미지는 공개 전에 CDN에 미리 올려 두고, 공개 시각에는 권한 토큰만 발급하게 하면 원본 서버 부하가 크게 줄어요.",
            "유료 회차 결제도 그 시간에 몰리는데요?",
        ),
        _m(
            "온프렘에 있는 ERP를 클라우드로 옮기라는 지시가 내려왔어요.",
            "먼저 연동 목록을 만들고, 리프트 앤 시프트로 옮길 것과 재설계할 것을 나누세요. 야간 배치와 파일 연동이 보통 발목을 잡아요.",
            "파일 연동은 어떻게 바꿔요?",
        ),
        _m(
            "IoT 센서 데이터 수집 구조를 잡아야 해요. 공장 3곳, 센서 5천 개요.",
            "현장에 엣지 게이트웨이를 두고 MQTT로 받은 뒤, 중앙 스트림(Kafka 등)으로 올려 시계열 DB에 저장하세요.",
            "공장 인터넷이 끊기면?",
        ),
        _m(
            "주문 상태를 이벤트 소싱으로 관리하자는 의견이 있어요.",
            "감사 추적이 중요하다면 의미가 있지만, 조회용 프로젝션과 이벤트 스키마 버전 관리 부담을 감안해야 해요.",
            "스키마 바뀌면 옛날 이벤트는요?",
        ),
        _m(
            "API 게이트웨이를 도입하려고 합니다. 인증을 게이트웨이에서 할까요?",
            "토큰 검증은 게이트웨이에서, 세부 권한 판단은 각 서비스에서 하는 게 보통이에요.",
            "그럼 서비스끼리 호출할 땐요?",
        ),
        _m(
            "중고거래 앱 채팅 기능을 붙이려고 해요.",
            "웹소켓 게이트웨이와 메시지 저장소를 분리하고, 오프라인 사용자에게는 푸시로 알리는 구조가 기본이에요.",
            "메시지는 얼마나 보관해야 돼요?",
        ),
        _m(
            "약국 처방전 전달 서비스를 만들어요. 병원에서 약국으로 처방을 보내는 거예요.",
            "처방은 병원 시스템에서 발행 이벤트로 받고, 환자가 고른 약국에 전달하는 중계 서비스와 조제 상태 추적을 분리하세요.",
            "약국이 조제 못 한다고 하면요?",
        ),
        _m(
            "저희 교육 플랫폼 라이브 강의가 수강생 몰리면 터져요.",
            "라이브 스트림은 미디어 서버와 CDN으로 분리하고, 채팅·출석 같은 부가 기능은 별도 서비스로 떼어야 해요.",
            "녹화본은 어디로?",
        ),
        _m(
            "데이터 레이크를 만들자는데 뭐부터 해야 할지 모르겠어요.",
            "원천 시스템별 적재 파이프라인, 원본 보관 영역과 정제 영역 분리, 카탈로그와 소유자 지정부터 하세요.",
            "소유자는 데이터팀이 다 하면 안 돼요?",
        ),
        _m(
            "대학 수강신청 서버가 매 학기 첫날 마비돼요.",
            "대기열 서비스로 입장을 제어하고, 과목별 정원은 메모리 기반 카운터로 처리한 뒤 확정 내역만 DB에 쓰세요.",
            "졸업 예정자 우선 신청은 어떻게 넣어요?",
        ),
        _m(
            "중고 명품 거래 플랫폼인데 감정 절차가 들어가요.",
            "거래를 감정 대기, 감정 중, 합격/불합격 상태가 있는 흐름으로 만들고, 결제 대금은 감정 합격 후 정산되게 하세요.",
            "감정센터가 두 곳으로 늘면요?",
        ),
        _m(
            "스마트팜 온실 200동의 환경 제어를 원격으로 하려고 해요.",
            "온실마다 로컬 제어기가 자율적으로 동작하고, 클라우드는 설정값 배포와 모니터링만 맡도록 하세요.",
            "클라우드에서 설정 잘못 내려보내면요?",
        ),
        _m(
            "레거시 자바 모놀리스를 조금씩 떼어내고 싶어요.",
            "스트랭글러 패턴으로, 앞단 라우팅을 두고 기능 하나씩 새 서비스로 넘기세요.",
            "첫 번째로 뭘 떼요?",
        ),
        _m(
            "정산 배치가 새벽에 6시간 걸려요.",
            "가맹점 단위로 파티셔닝해서 병렬 처리하고, 하루치를 몰아서 하지 말고 실시간으로 중간 집계를 쌓아두세요.",
            "중간에 실패하면?",
        ),
        _m(
            "스타트업인데 쿠버네티스 꼭 써야 하나요?",
            "서비스 몇 개 수준이면 관리형 컨테이너 서비스(ECS, Cloud Run)가 운영 부담이 훨씬 적어요.",
            "나중에 옮기기 어렵지 않아요?",
        ),
        _m(
            "호텔 예약 플랫폼에서 객실 재고를 어떻게 관리하죠? 여러 OTA에 동시에 팔아요.",
            "채널 매니저를 두고 재고의 원천은 한 곳에서 관리하며, 예약 시 임시 홀드 후 확정하는 방식이 좋아요.",
            "OTA 쪽 반영이 늦으면 오버부킹 나잖아요",
        ),
        _u(
            "세차장 체인인데 정기권 고객이 어느 지점에서든 세차할 수 있게 하려면 지점 기계들과 본사 시스템을 어떻게 연결해야 해요?"
        ),
        _u(
            "중고차 매매 플랫폼인데 딜러, 검수센터, 탁송업체가 각자 엑셀로 일해요. 차량 한 대의 진행 상황을 한 곳에서 보려면 어떻게 설계해야 할까요?"
        ),
        _u(
            "아파트 단지 관리비 앱을 여러 관리업체에 팔고 싶어요. 업체마다 부과 방식이 달라요. 이걸 한 서비스로 어떻게 운영하죠?"
        ),
        _u(
            "보험 설계사 앱에서 상담 기록, 청약, 계약 관리가 다 다른 시스템이라 설계사들이 세 번씩 입력해요. 어떤 구조로 정리하면 좋을까요?"
        ),
        _u(
            "해외 진출하면서 결제, 세금, 배송이 나라마다 달라요. 기존 시스템을 어떻게 확장해야 하나요?"
        ),
        _u(
            "공연장 대관 예약을 전국 문화센터 50곳이 같이 쓰게 하려는데, 센터마다 승인 절차가 달라요."
        ),
        _u(
            "우리 회사 서비스가 전부 한 AWS 계정에 있어요. 팀이 늘면서 계정이랑 네트워크를 어떻게 나눠야 할지 모르겠어요."
        ),
        _u(
            "택배 기사님들이 쓰는 앱이 지하 주차장에서 자꾸 멈춰요. 배송 완료 처리가 오프라인에서도 되게 하려면 서버 쪽은 어떻게 바뀌어야 해요?"
        ),
        _u(
            "도서관 여러 곳이 같이 쓰는 대출 시스템을 만들려고 해요. 도서관마다 규칙이 조금씩 달라요."
        ),
        _u(
            "헬스케어 웨어러블 데이터를 병원 여러 곳과 공유하려고 해요. 병원마다 받는 방식이 달라요."
        ),
        _u(
            "영화관 체인 좌석 예매를 자체 앱이랑 포털 세 곳에서 동시에 팔아요. 좌석이 겹치지 않게 하는 구조가 궁금해요."
        ),
        _u(
            "외부 파트너사에 우리 상품 데이터를 제공해야 하는데 파트너가 30곳이 넘어요. 방식을 어떻게 정하죠?"
        ),
        _u(
            "구독형 밀키트 서비스인데 주문 마감, 생산, 배송 일정이 다 얽혀 있어요. 시스템을 어떻게 나누는 게 맞을까요?"
        ),
        _u(
            "사내 문서가 위키, 드라이브, 메신저에 흩어져 있어요. 통합 검색을 만들려면 어떤 구성으로 가야 하나요?"
        ),
        _u(
            "서비스 메시가 정확히 뭘 해결해 주는 건가요? 저희 같은 서비스 10개짜리 회사에도 필요한가요?"
        ),
        _u(
            "물류센터 세 곳을 운영하는데 주문이 들어오면 어느 센터에서 출고할지 자동으로 정하고 싶어요."
        ),
        _s(
            "당신은 사내 아키텍처 리뷰를 돕는 어시스턴트입니다. 간결하게 답하세요.",
            "결제 승인 결과를 주문 서비스에 웹훅으로만 알려주는 구조예요. 리뷰에서 어떤 질문이 나올까요?",
        ),
        _s(
            "You are a helpful assistant for a Korean retail company. Answer in Korean.",
            "매장 POS, 자사몰, 오픈마켓 주문을 한 물류센터에서 다 처리하려고 해요. 주문 수집을 어떻게 설계하면 좋을까요?",
        ),
        _s(
            "너는 스타트업 CTO들을 위한 기술 자문 봇이야.",
            "투자 미팅에서 '이 구조로 해외 진출 가능하냐'는 질문을 받았어요. 지금은 서울 리전 하나에 다 있어요. 뭘 준비해야 하죠?",
        ),
        _s(
            "당신은 공공기관 정보화 사업 PM을 돕는 어시스턴트입니다.",
            "시·군 15곳이 같이 쓸 민원 시스템을 만들어요. 한 벌로 운영할지 지자체별로 설치할지 판단 기준이 뭘까요?",
        ),
        _s(
            "당신은 게임 회사의 서버팀 어시스턴트입니다.",
            "신규 MMO 월드 서버를 샤드로 나눌지 하나의 심리스 월드로 갈지 고민이에요. 장단점 정리해 주세요.",
        ),
        _u(
            "사내 여러 팀이 각자 로그인 기능을 만들어 쓰고 있어요. 통합하려면 어떤 순서로 가야 할까요?"
        ),
    ],
    "it": [
        _m(
            "Stiamo rifacendo il gestionale di una catena di palestre, 25 sedi. Abbonamenti, ingressi, corsi.",
            "Terrei un servizio centrale per anagrafica e abbonamenti, e un componente leggero in ogni sede per i tornelli, che funzioni anche offline e sincronizzi gli ingressi.",
            "e se uno entra in due sedi nello stesso giorno?",
        ),
        _m(
            "Abbiamo un e-commerce su Magento e vogliamo separare il checkout.",
            "Ha senso se il checkout ha ritmi di rilascio diversi. Estraetelo dietro un'API, con il carrello come unico punto di contatto con il catalogo.",
            "i coupon chi li gestisce?",
        ),
        _m(
            "Dobbiamo portare il gestionale di un consorzio agrario in cloud.",
            "Partite dalla mappa delle integrazioni: bilance, fatturazione elettronica, banche. Migrate a ondate, prima i moduli con meno dipendenze.",
            "lo SDI per le fatture dove lo mettiamo?",
        ),
        _m(
            "Come strutturereste un sistema di ticketing per un comune: segnalazioni dei cittadini, uffici, squadre esterne?",
            "Un servizio segnalazioni centrale con un flusso di stati, e integrazioni verso gli uffici tramite code; le squadre esterne usano un'app che lavora anche offline.",
            "e le foto delle segnalazioni?",
        ),
        _m(
            "Progettiamo un marketplace di artigiani: ordini, pagamenti divisi, spedizioni.",
            "Usate un provider con split payment, un servizio ordini che genera sotto-ordini per venditore e un servizio spedizioni per sotto-ordine.",
            "i resi?",
        ),
        _m(
            "Sincronizziamo il magazzino con Amazon, eBay e il nostro sito.",
            "Una fonte unica della disponibilità, e connettori per canale che ricevono gli aggiornamenti da una coda, con riserva di sicurezza per canale.",
            "e se Amazon accetta un ordine già esaurito?",
        ),
        _m(
            "Stiamo disegnando il flusso di onboarding clienti per una fintech: KYC, apertura conto, carta.",
            "Un orchestratore di processo con stati espliciti; ogni passo chiama un servizio e può essere ripreso dopo un errore.",
            "se il KYC ci mette 2 giorni?",
        ),
        _m(
            "Come gestite i feature flag tra 6 team?",
            "Un servizio centrale di flag con proprietario per ogni flag, scadenza e pulizia periodica; i servizi leggono da una cache locale.",
            "e se il servizio flag va giù?",
        ),
        _m(
            "Gestiamo le mense di 60 scuole: menù, diete speciali, prenotazione dei pasti dai genitori.",
            "Un servizio menù con le varianti per dieta, le prenotazioni giornaliere con orario di chiusura, e un riepilogo per cucina generato alla chiusura.",
            "e se la cucina centrale cambia fornitore a metà anno?",
        ),
        _m(
            "Vogliamo un sistema per le prenotazioni delle spiagge attrezzate di tutta la riviera, 120 stabilimenti.",
            "Mappa ombrelloni per stabilimento come inventario, prenotazioni per giorno e fascia, e un pannello per i gestori che vendono anche al banco.",
            "chi vende al banco senza connessione?",
        ),
        _m(
            "Il nostro gruppo di concessionarie auto ha officine, vendita nuovo, usato. Tre gestionali.",
            "Mettete al centro un'anagrafica veicolo e cliente condivisa, e fate dialogare i gestionali tramite eventi su quella, invece di sostituirli subito.",
            "il telaio è la chiave giusta?",
        ),
        _m(
            "Progettiamo la piattaforma per il bike sharing elettrico di Torino. Il problema sono le batterie.",
            "Un servizio di flotta che riceve telemetria delle batterie e genera missioni di sostituzione per gli operatori, ordinate per priorità e zona.",
            "e gli operatori esterni in subappalto?",
        ),
        _m(
            "Stiamo pensando all'event sourcing per le pratiche di rimborso spese mediche della nostra cassa.",
            "Funziona bene per la tracciabilità: ogni pratica è una sequenza di eventi, con proiezioni per le code di lavoro degli operatori.",
            "e quando cambia il regolamento dei rimborsi?",
        ),
        _m(
            "Una rete di cantine sociali vuole un'unica piattaforma per i conferimenti di uva.",
            "Pesate registrate in ogni cantina anche offline, sincronizzate con il centro che calcola le liquidazioni per socio in base alla qualità.",
            "e le analisi di laboratorio che arrivano giorni dopo?",
        ),
        _m(
            "Abbiamo un portale immobiliare e vogliamo aggiungere le visite virtuali prenotabili con l'agente.",
            "Un servizio agende per agenzia con slot, collegato agli annunci, e un provider esterno per la videochiamata.",
            "le agenzie usano già Outlook",
            "Allora sincronizzate le agende con Microsoft Graph in entrambe le direzioni e tenete la vostra come fonte degli slot pubblicati.",
            "e quelle con Google?",
        ),
        _m(
            "Vendiamo corsi di formazione obbligatoria alle aziende, con attestati.",
            "Catalogo corsi, iscrizioni per azienda, tracciamento della fruizione e un servizio attestati che li genera e li archivia con verifica pubblica.",
            "le aziende vogliono i dati nel loro gestionale HR",
        ),
        _m(
            "Un'azienda di trasporto pubblico vuole passare al pagamento contactless a bordo.",
            "I validatori registrano i tocchi, li mandano in batch al back office che calcola la tariffa migliore della giornata e addebita.",
            "e se un bus non si sincronizza per due giorni?",
        ),
        _m(
            "Gestiamo 400 distributori di carburante in franchising e vogliamo prezzi dinamici.",
            "Motore prezzi centrale che calcola per impianto, approvazione del gestore e invio ai totem e alle pompe tramite un servizio locale.",
            "e il prezzo che mostriamo sull'app?",
        ),
        _m(
            "Siamo una compagnia di assicurazioni auto e vogliamo usare i dati delle scatole nere.",
            "Ingestione dei dati telematici in un flusso separato, calcolo del punteggio di guida offline, e solo il punteggio arriva al sistema polizze.",
            "quanto tempo teniamo i percorsi grezzi?",
        ),
        _m(
            "Il nostro museo diffuso ha 14 sedi e un biglietto unico.",
            "Biglietto come titolo centrale con ingressi registrati da ogni sede; i tornelli verificano localmente con liste sincronizzate.",
            "e le mostre temporanee a pagamento?",
        ),
        _m(
            "Vogliamo portare la nostra app di home banking su un'architettura a eventi.",
            "Iniziate da ciò che è naturalmente asincrono: notifiche, movimenti, categorizzazione. Il saldo disponibile resta sincrono sul core.",
            "e i bonifici istantanei?",
        ),
        _m(
            "Come organizziamo i repository? Abbiamo l'app dei clienti, quella degli operatori e il backoffice, più librerie comuni.",
            "Un monorepo per le tre app e le librerie, con pipeline che costruiscono solo ciò che cambia; il backend resta a parte se ha un altro ciclo di rilascio.",
            "e i designer che toccano solo le icone?",
        ),
        _u(
            "Abbiamo aperto un secondo stabilimento e la produzione non vede gli ordini dell'altro. Come facciamo a lavorare come un'unica azienda?"
        ),
        _u(
            "Gestiamo i parcheggi di tre aeroporti e vogliamo vendere la sosta online con prezzi che cambiano in base all'occupazione. Come lo progettiamo?"
        ),
        _u(
            "Siamo una cooperativa sociale con 12 sedi e ognuna usa il suo programma per le presenze. Vorremmo un sistema solo."
        ),
        _u(
            "Siamo un'azienda di ascensori: vogliamo che gli impianti segnalino da soli i guasti e che il tecnico più vicino venga mandato in automatico."
        ),
        _u(
            "Il nostro caseificio vende a GDO, negozi e online, e ogni canale ha il suo listino e i suoi tempi di consegna. Come organizziamo ordini e produzione?"
        ),
        _u(
            "Una rete di farmacie vuole gestire le prenotazioni di vaccini e tamponi su un calendario unico, ma ogni farmacia decide i propri orari."
        ),
        _u(
            "Un consorzio di produttori di vino vuole un portale unico per le esportazioni, con documenti doganali, ordini e spedizioni. Da dove si inizia?"
        ),
        _u(
            "Il nostro servizio di car sharing vuole aggiungere monopattini e bici. Stessa app, mezzi diversi: come allarghiamo il sistema?"
        ),
        _u(
            "Stiamo valutando di dare ai clienti un'area riservata con tutte le loro bollette luce e gas degli ultimi dieci anni. Dove teniamo tutto quello storico?"
        ),
        _u(
            "Vorremmo che gli studi medici della nostra rete condividano le agende per smistare i pazienti quando uno è pieno. Come si collegano sistemi diversi?"
        ),
        _u(
            "Abbiamo un'app per le sagre di paese: ogni sagra vende gettoni per cibo e bevande. Come reggiamo il sabato sera quando 30 sagre sono aperte insieme?"
        ),
        _u(
            "Vorremmo che i nostri fornitori vedano direttamente le scorte e ci riforniscano da soli. Da dove partiamo?"
        ),
        _u(
            "Una scuola di lingue con corsi in 8 città vuole un portale unico per iscrizioni, pagamenti e presenze. Come lo imposteresti?"
        ),
        _u(
            "Una compagnia di traghetti vuole vendere i biglietti anche tramite agenzie e portali esteri, con i posti auto limitati. Come si tiene tutto allineato?"
        ),
        _u(
            "Vogliamo offrire lo stesso gestionale alle 40 sedi della nostra rete di autoscuole, ma ognuna è un'impresa indipendente. Come lo impostiamo?"
        ),
        _u("cosa serve a un'app di consegne per passare da una città a tutta Italia?"),
        _u(
            "Dobbiamo mandare i dati delle vendite all'agenzia delle entrate ogni giorno da 300 negozi. Meglio che lo faccia ogni negozio o la sede?"
        ),
        _s(
            "Sei l'assistente tecnico interno di Brenta Trasporti. Rispondi in modo sintetico.",
            "Vogliamo seguire i camion in tempo reale, 1.500 mezzi, una posizione ogni 15 secondi. Come organizziamo ricezione e archiviazione?",
        ),
        _s(
            "Sei un assistente che aiuta a preparare le revisioni di progetto.",
            "Il nostro progetto prevede che il sito legga i prezzi direttamente dal gestionale di magazzino ad ogni pagina. Cosa ci contesteranno in revisione?",
        ),
        _s(
            "You are a consulting assistant. Reply in the user's language.",
            "abbiamo un'app di prenotazione per parrucchieri e vogliamo integrare Google Calendar, Instagram e WhatsApp, come evitiamo che ogni integrazione diventi un pezzo di codice a sé?",
        ),
        _s(
            "Sei il bot di supporto agli architetti di un gruppo bancario.",
            "Dobbiamo separare il motore di calcolo dei mutui dal core banking. Come lo stacchiamo senza rompere i contratti già in essere?",
        ),
        _s(
            "Sei un tutor per studenti di ingegneria informatica.",
            "Per l'esame di sistemi distribuiti: quando conviene una saga invece di una transazione distribuita? Mi fai un esempio con un'agenzia viaggi?",
        ),
        _u(
            "Ogni reparto del nostro ospedale ha il suo software e i dati non si parlano. Come si costruisce un'integrazione che regga nel tempo?"
        ),
    ],
    "pt": [
        _m(
            "Estamos montando um app de delivery de farmácia em Belo Horizonte. Pedido, farmácia, entregador, receita.",
            "Separe em pedidos, catálogo/estoque por farmácia e logística. A validação da receita vira uma etapa do fluxo do pedido, com estado próprio.",
            "e quem guarda a foto da receita?",
        ),
        _m(
            "Vamos abrir uma API pra parceiros de crédito consignado. Precisa de gateway?",
            "Sim: autenticação por parceiro, limites de chamadas e versionamento no gateway. A regra de negócio fica nos serviços atrás.",
            "os limites ficam guardados onde?",
        ),
        _m(
            "A gente quer migrar de SQL Server on-premise pra nuvem sem parar o sistema de cobrança.",
            "Replicação contínua para o banco novo, validação por comparação de dados, e troca da aplicação por módulo, começando pelas leituras.",
            "e as procedures?",
        ),
        _m(
            "Temos um app de pedágio eletrônico com tag no para-brisa. As passagens chegam das concessionárias em lotes.",
            "Receba os lotes numa área de entrada, normalize por concessionária e lance cada passagem num extrato do cliente de forma idempotente.",
            "e quando a concessionária reenvia o lote corrigido?",
        ),
        _m(
            "Plataforma de vaquinha online: doações, saques dos organizadores, antifraude.",
            "Doações entram num razão por campanha; saques passam por uma fila de análise antifraude antes de ir ao provedor de pagamento.",
            "e o Pix, entra como?",
        ),
        _m(
            "Rede de laboratórios de análises clínicas: coleta em 150 postos, processamento em 3 centrais.",
            "Cada amostra ganha um identificador na coleta e segue por eventos (coletada, em trânsito, recebida, laudo liberado) num serviço de rastreio central.",
            "o laudo sai de qual sistema?",
            "Do sistema da central que processou, publicado para um serviço de entrega de laudos que o paciente e o médico acessam.",
            "e os convênios?",
        ),
        _m(
            "Estamos desenhando um app de aluguel de temporada com proprietários que também anunciam em outros sites.",
            "Um calendário próprio por imóvel como fonte da disponibilidade, sincronizado com os outros sites por iCal ou API, com bloqueio imediato na reserva.",
            "o iCal demora horas pra atualizar",
        ),
        _m(
            "Nosso sistema de gestão escolar vai atender a rede estadual inteira, 2 mil escolas.",
            "Um backend multi-escola com dados por escola, e as visões da secretaria montadas num repositório analítico separado.",
            "e as escolas sem internet boa?",
        ),
        _m(
            "A distribuidora de energia quer avisar os clientes sobre falta de luz em tempo real.",
            "Eventos de ocorrência da rede alimentam um serviço que cruza com o cadastro de unidades consumidoras por alimentador e dispara notificações.",
            "e quando o cliente liga pro 0800 ao mesmo tempo?",
        ),
        _m(
            "Temos um ERP próprio em Delphi e o time quer reescrever tudo em Node.",
            "Reescrever de uma vez é arriscado. Melhor colocar uma API na frente do banco atual e migrar tela por tela.",
            "quanto tempo a gente convive com os dois?",
        ),
        _m(
            "Marketplace de serviços de reforma: cliente, prestador, orçamento, pagamento em etapas.",
            "O pagamento fica custodiado e é liberado por etapa concluída; cada obra tem um fluxo de estados com aceites do cliente.",
            "e disputa entre cliente e prestador?",
        ),
        _m(
            "Um clube de assinatura de vinhos manda caixas todo mês para 40 mil assinantes.",
            "Ciclo mensal: cobrança em lotes alguns dias antes, separação por lote de envio, e um serviço de assinaturas que controla pausas e trocas de plano.",
            "e se a cobrança falha no cartão?",
        ),
        _m(
            "Precisamos integrar nosso app de transporte com o bilhete único da cidade.",
            "Um serviço de integração que conversa com o sistema da prefeitura, guarda o vínculo conta-cartão e processa recargas de forma assíncrona.",
            "a API da prefeitura vive fora do ar",
        ),
        _m(
            "Estamos fazendo um sistema de senhas e filas para agências do INSS-like, atendimento presencial.",
            "Agendamento central, e em cada unidade um serviço local de chamada de senhas que continua funcionando se cair o link.",
            "e o painel de TV da sala de espera?",
        ),
        _m(
            "Nossa corretora quer mostrar cotações em tempo real no app.",
            "Um serviço recebe o feed da bolsa, normaliza e distribui por websocket com tópicos por ativo; o app só assina o que está na tela.",
            "e o histórico pros gráficos?",
        ),
        _m(
            "Empresa de ônibus rodoviário: vendemos passagem no guichê, no site e em três revendedores.",
            "Um inventário único de assentos por viagem, com reserva temporária e confirmação; revendedores acessam via API com cota.",
            "o guichê às vezes fica sem internet",
        ),
        _m(
            "App de agendamento de barbearia cresceu, 5 mil barbearias. Tudo num servidor só.",
            "Separe o banco em servidor gerenciado, coloque a aplicação atrás de um balanceador com várias instâncias e jogue lembretes para uma fila.",
            "e os lembretes por WhatsApp?",
        ),
        _m(
            "Estamos criando um programa de milhas de um varejista com parceiros aéreos.",
            "Razão de milhas próprio, conversão com parceiros por arquivos ou API com conciliação diária.",
            "e quem paga a milha, nós ou o parceiro?",
        ),
        _m(
            "Uma rede de supermercados quer etiqueta eletrônica de preço em 90 lojas.",
            "Preço definido no central, publicado por loja, e um servidor local em cada loja que conversa com as etiquetas.",
            "e se o preço do caixa não bater com a etiqueta?",
        ),
        _m(
            "Hospital quer integrar os monitores de UTI com o prontuário.",
            "Um gateway de dispositivos na rede do hospital coleta os sinais, filtra e grava amostras no prontuário; alarmes seguem por outro caminho, sem depender do prontuário.",
            "quanto disso a gente guarda?",
        ),
        _m(
            "Somos um banco médio e o time quer Open Finance rodando em seis meses.",
            "Separe a camada de APIs regulatórias, o serviço de consentimento e os adaptadores para o core; o consentimento é o coração.",
            "e quem mantém quando a regulação muda?",
        ),
        _m(
            "Temos uma fintech de maquininha de cartão e queremos liquidar em D+0.",
            "A antecipação vira um fluxo próprio com risco e funding separados; a liquidação passa a rodar em janelas ao longo do dia, não num lote noturno.",
            "e a conciliação com as bandeiras?",
        ),
        _u(
            "Somos uma rede de 60 padarias e queremos que o cliente faça o pedido pelo app e retire na loja. Hoje cada loja tem seu sistema. Como fazer?"
        ),
        _u(
            "Temos uma rede de escolas de idiomas e cada unidade usa um sistema de matrícula. O aluno que muda de cidade precisa refazer tudo. Como resolver isso de forma estrutural?"
        ),
        _u(
            "Somos uma distribuidora de bebidas e os vendedores tiram pedido no interior sem sinal. Como o sistema deve lidar com isso do começo ao fim?"
        ),
        _u(
            "Uma rede de hospitais quer centralizar a compra de materiais, mas cada hospital tem seu almoxarifado e seu fornecedor local. Como desenhar?"
        ),
        _u(
            "Nosso app de academia quer liberar aulas de parceiros (yoga, natação, luta) em outras redes. Como integrar agendas de empresas diferentes?"
        ),
        _u(
            "Queremos oferecer crédito para nossos lojistas usando o histórico de vendas deles na nossa plataforma. Como separar isso do resto do sistema?"
        ),
        _u(
            "Uma emissora de TV quer que o voto do público no reality apareça na tela quase ao vivo. Milhões de votos em 10 minutos. Como se monta?"
        ),
        _u(
            "Vamos terceirizar o atendimento para dois call centers diferentes. Como eles acessam nossos sistemas sem cada um ter uma integração própria?"
        ),
        _u(
            "O que é exatamente uma service mesh e vale a pena pra uma empresa com uns 15 serviços?"
        ),
        _u(
            "Somos uma cooperativa de crédito e o sistema central é de um fornecedor. Queremos lançar produtos novos mais rápido sem depender dele. Qual o caminho?"
        ),
        _u(
            "Nosso marketplace de fretes quer mostrar ao embarcador onde está o caminhão, mas cada transportadora usa um rastreador diferente."
        ),
        _u(
            "dá pra usar o mesmo backend pro app do cliente e pro app do entregador ou é melhor separar?"
        ),
        _u(
            "Um frigorífico quer rastrear cada lote do abate até o supermercado por exigência de exportação. Que sistemas entram nisso?"
        ),
        _u(
            "Nossa loja virtual de móveis quer oferecer montagem por parceiros locais no checkout. Como encaixar isso no fluxo de pedido?"
        ),
        _u(
            "Uma prefeitura quer um sistema único para matrícula em todas as escolas municipais. Como pensar a solução?"
        ),
        _u(
            "Temos uma plataforma de cashback e cada varejista parceiro manda as compras de um jeito. Como padronizar a entrada?"
        ),
        _u(
            "Vamos expandir nossa fintech pro México e Colômbia. O que precisa mudar nos sistemas de conta e pagamento?"
        ),
        _s(
            "Você é o assistente de arquitetura da Transportes Ipê. Responda de forma objetiva.",
            "Cada armazém usa um WMS diferente. Queremos um painel nacional de estoque. Qual abordagem?",
        ),
        _s(
            "Você ajuda times a se prepararem para revisões de design.",
            "Nossa proposta é guardar o carrinho de compras só na sessão do servidor, sem banco. O que vão questionar na revisão?",
        ),
        _s(
            "You are a friendly assistant for startup founders. Answer in Portuguese.",
            "tenho 2 devs e o investidor pergunta se a arquitetura aguenta 100x usuários. o que eu respondo e o que eu preciso mudar?",
        ),
        _s(
            "Você é um tutor de arquitetura de software para alunos de pós-graduação.",
            "Me explica com um exemplo de companhia aérea quando usar consistência forte e quando dá pra aceitar consistência eventual.",
        ),
        _s(
            "Você é o assistente interno de uma operadora de saúde.",
            "Queremos separar o cálculo de reembolso do sistema principal. Como desacoplar sem quebrar os reembolsos em andamento?",
        ),
        _u(
            "Nossa empresa de energia solar tem vendas, instalação e pós-venda em sistemas separados. Como integrar tudo num fluxo só?"
        ),
    ],
    "es": [
        _m(
            "Montamos una plataforma para alquilar trasteros sin personal: reserva online, acceso con el móvil, cobro mensual.",
            "Reserva y contratos en el núcleo, acceso delegado a un servicio que habla con las cerraduras de cada local, y cobros recurrentes con un proveedor.",
            "¿qué hacemos si el cliente deja de pagar?",
        ),
        _m(
            "Queremos trazabilidad completa en nuestra bodega: de la parcela a la botella. Viñedo, bodega, embotellado, distribuidores.",
            "Cada etapa publica eventos de lote (vendimia, fermentación, embotellado) y un servicio de trazabilidad los encadena por identificador de lote.",
            "¿y los distribuidores que no tienen sistema?",
        ),
        _m(
            "Diseñamos el sistema de bicis compartidas de una ciudad mediana. 300 estaciones.",
            "Las estaciones reportan estado por MQTT a un servicio de flota; los viajes se abren y cierran en un servicio aparte que cobra al final.",
            "¿qué pasa si una estación pierde conexión con una bici anclada?",
        ),
        _m(
            "Gestión de camas de un hospital: urgencias, plantas, quirófanos.",
            "Un servicio de ocupación como fuente única del estado de cada cama, con eventos de ingreso, traslado y alta que consumen los demás sistemas.",
            "¿y la limpieza de la cama entre pacientes?",
        ),
        _m(
            "Somos una aerolínea regional y vamos a rehacer la planificación de tripulaciones.",
            "Separa el optimizador (batch, pesado) del servicio de asignaciones en vivo, que aplica cambios de última hora sobre el plan publicado.",
            "¿quién gana si los dos tocan la misma tripulación?",
        ),
        _m(
            "Plataforma de podcasts: subida, procesado de audio, distribución a apps.",
            "Subida directa a almacenamiento de objetos, procesado en cola, feeds RSS generados y cacheados en CDN.",
            "¿y las estadísticas de escucha?",
        ),
        _m(
            "Nuestro sistema de reclamaciones de seguros recibe fotos de siniestros.",
            "Las fotos van a almacenamiento de objetos con URL firmada, y un flujo asíncrono las clasifica y las asocia al expediente.",
            "¿cuánto tiempo las guardamos?",
        ),
        _m(
            "Facturación de una operadora de telecomunicaciones pequeña, 200.000 líneas.",
            "Mediación de CDRs a una cola, tarificación en streaming con acumulados por línea, y cierre de ciclo en batch.",
            "¿y si llega un CDR tarde, después del cierre?",
        ),
        _m(
            "Venta de entradas para museos de toda la provincia, cada museo con sus horarios.",
            "Catálogo y aforo por museo y franja en un servicio común; los museos pequeños usan un panel web, los grandes se integran por API.",
            "¿los bonos para varios museos?",
        ),
        _m(
            "Queremos separar la parte de recomendaciones de nuestra tienda de moda.",
            "Un servicio de recomendaciones que consume eventos de navegación y compra y expone una API de lectura rápida con resultados precalculados.",
            "¿si se cae, qué enseña la web?",
        ),
        _m(
            "App de reservas para un coworking con 12 sedes en España y Portugal.",
            "Reservas centralizadas por sede y recurso, con zona horaria por sede y facturación por país.",
            "¿y el acceso con el móvil a la puerta?",
        ),
        _m(
            "Sensores de plazas de aparcamiento en la calle, 8.000 plazas.",
            "Los sensores envían cambios de estado por LoRaWAN a un servidor de red; de ahí a una cola y a un servicio de disponibilidad en memoria.",
            "¿y el histórico para la concejalía?",
        ),
        _m(
            "Migramos de un mainframe a Java en una caja de ahorros. Empezamos por consultas de saldo.",
            "Bien, con réplica de datos hacia el nuevo entorno y el mainframe como sistema de registro mientras tanto.",
            "¿y cuando toque mover los movimientos?",
            "Ahí conviene doble escritura controlada o un corte por producto, con conciliación diaria entre ambos.",
            "¿cuánto dura eso normalmente?",
        ),
        _m(
            "Hemos montado un lago de datos y nadie confía en los números.",
            "Falta propiedad: cada conjunto de datos necesita un dueño de negocio, contratos de calidad y un catálogo con definiciones.",
            "¿lo hace IT o cada área?",
        ),
        _m(
            "App de recetas con suscripción, 2 millones de usuarios.",
            "Contenido servido desde CDN, cuentas y suscripciones en servicios propios, y validación de compras de las tiendas móviles en el servidor.",
            "¿y si Apple tarda en notificar la renovación?",
        ),
        _m(
            "Nuestro servicio de firmas electrónicas tiene picos a fin de mes.",
            "Desacopla la recepción de documentos del proceso de firma con una cola, y escala los trabajadores según el tamaño de la cola.",
            "¿y el cliente, cómo sabe cuándo está firmado?",
        ),
        _m(
            "Rutas de autobús escolar para 40 colegios de la comunidad.",
            "Planificador de rutas como proceso batch nocturno, y un servicio en vivo para incidencias y posiciones, con app para familias.",
            "¿y cuando un niño cambia de parada a mitad de curso?",
        ),
        _m(
            "Lotería online: compra de boletos, sorteos, pagos de premios.",
            "La venta debe ser estrictamente consistente y auditada; el sorteo, aislado; el pago de premios, un flujo aparte con conciliación.",
            "¿qué pasa si el pico de compras es justo antes del cierre?",
        ),
        _m(
            "Estamos pensando en GraphQL como capa única para nuestros 20 servicios.",
            "Un gateway federado funciona, pero cada equipo debe ser dueño de su subgrafo y hay que limitar la complejidad de las consultas.",
            "¿y el versionado?",
        ),
        _m(
            "Empresa de mudanzas con presupuestos, visitas, camiones y operarios.",
            "Un flujo de expediente por mudanza y un servicio de planificación de recursos que asigna camiones y equipos por día.",
            "¿los operarios autónomos?",
        ),
        _u(
            "Tenemos una cadena de 35 ópticas y queremos que el cliente pueda ver su graduación y pedir lentillas desde cualquier tienda o desde casa. ¿Cómo se organiza algo así?"
        ),
        _u(
            "Cada delegación de nuestra empresa de limpieza lleva los turnos en su propio Excel. Queremos un sistema común sin quitarles autonomía."
        ),
        _u(
            "Nos han adjudicado la gestión de las piscinas municipales de 9 ayuntamientos. ¿Una sola plataforma o una por ayuntamiento?"
        ),
        _u(
            "Queremos que los agricultores de la cooperativa vean en el móvil cuánto han entregado y cuánto van a cobrar. Hoy está todo en el programa de la báscula."
        ),
        _u(
            "La campaña de la renta multiplica por 15 las visitas de nuestra gestoría online durante dos meses. ¿Qué hacemos para no caernos?"
        ),
        _u(
            "Somos una editorial y queremos vender libros digitales directamente, además de en las librerías online. ¿Qué sistemas necesitamos y cómo encajan?"
        ),
        _u(
            "Queremos que nuestros técnicos de calderas tengan en el móvil el historial de cada instalación, aunque la instalación la haya hecho otra empresa del grupo."
        ),
        _u(
            "Tenemos un portal de empleo y las empresas publican ofertas desde su propio software de RR. HH. ¿Cómo recibimos ofertas de decenas de sistemas distintos?"
        ),
        _u(
            "Una federación de fútbol regional quiere fichas, arbitrajes, actas y resultados en un solo sitio para 1.200 clubes. ¿Cómo lo planteamos?"
        ),
        _u("¿Qué es exactamente un bus de eventos y cuándo deja de ser buena idea?"),
        _u(
            "La dirección quiere saber en todo momento dónde está cada contenedor de nuestra naviera, y hoy lo sabemos por correos de los agentes."
        ),
        _u(
            "Hacemos catering para colegios y hospitales. Los menús, alergias y pedidos van por teléfono. ¿Cómo lo digitalizamos de forma que crezca?"
        ),
        _u(
            "Vendemos seguros de mascotas a través de tiendas de animales. ¿Cómo hacemos para que cada tienda pueda emitir pólizas sin tocar nuestro sistema central?"
        ),
        _u(
            "Vamos a cobrar a nuestros clientes por kilómetros recorridos con nuestras furgonetas de alquiler. ¿Cómo medimos y facturamos eso con fiabilidad?"
        ),
        _u(
            "Tenemos tarjeta regalo que se puede usar en tienda física, web y app. ¿Dónde vive el saldo y cómo evitamos que se gaste dos veces a la vez?"
        ),
        _s(
            "Eres el asistente técnico de Grupo Almenara. Responde de forma breve.",
            "Queremos centralizar la gestión de las máquinas de vending de 4.000 ubicaciones: stock, recaudación, averías. ¿Qué arquitectura propones?",
        ),
        _s(
            "Ayudas a preparar revisiones de diseño en una consultora.",
            "El cliente propone un único servicio de 'utilidades' que todos los demás llamen para fechas, precios, permisos y plantillas. ¿Qué riesgos le señalo?",
        ),
        _s(
            "You are a helpful assistant. Answer in Spanish.",
            "somos una ONG con voluntarios en 6 países y cada país usa su herramienta para donaciones, ¿cómo lo unificamos?",
        ),
        _s(
            "Eres profesor de un máster de ingeniería de software.",
            "Explícame con el ejemplo de una plataforma de alquiler vacacional qué significa partir un sistema por dominios de negocio.",
        ),
        _u(
            "¿Cómo montamos un sistema para que los repartidores de nuestra cadena de pizzerías cojan pedidos de cualquier local cercano y no solo del suyo?"
        ),
        _m(
            "Vamos a integrar los TPV de 80 restaurantes con la central de compras.",
            "Cada TPV envía las ventas por plato a la central, que descuenta escandallos y calcula la reposición.",
            "¿y los restaurantes franquiciados?",
        ),
    ],
    "ja": [
        _u(
            "地域の路線バス5社で共通のICカードと乗換割引を始めたいです。各社の精算はどういう仕組みにすればいいですか？"
        ),
        _m(
            "地方の温泉旅館30軒で共同の予約サイトを作りたいです。各旅館は別々の台帳ソフトを使っています。",
            "共通の空室在庫サービスを中心に置き、各旅館の台帳とはアダプタ経由で同期する形がよいです。予約は仮押さえ→確定の二段階にします。",
            "じゃあ電話予約はどうなります？",
        ),
        _m(
            "回転寿司チェーンのタッチパネル注文を全店で刷新します。",
            "店舗内にローカルサーバーを置き、注文は店内で完結させて、売上や在庫だけ本部に非同期で送る構成が安定します。",
            "本部が落ちたら？",
        ),
        _m(
            "自治体向けにごみ収集の予約アプリを作ります。粗大ごみの申込と手数料の支払いです。",
            "申込、収集日程、決済を分け、収集業者には日次で確定リストを渡す形がシンプルです。",
            "複数の自治体で使い回せますか？",
        ),
        _m(
            "製薬会社の治験データ収集基盤を設計しています。",
            "施設からの入力はEDCに集約し、監査証跡を必須にします。解析環境へは確定データのみをスナップショットで渡します。",
            "途中で修正が入ったら？",
        ),
        _m(
            "駐輪場のシェアサービスで、料金精算をリアルタイムにしたいです。",
            "利用開始・終了のイベントを受けて精算サービスで計算し、決済は非同期で行います。",
            "決済が失敗したときは？",
        ),
        _m(
            "社内の勤怠・経費・稟議がバラバラのシステムです。統合したいと言われました。",
            "全部を一つにするより、共通の社員マスタと認証を先に統一し、各システムをそれに寄せるのが現実的です。",
            "社員マスタは人事が持つんですか？",
        ),
        _m(
            "ECサイトのポイントを楽天やPayPayなど外部ポイントと連携したいです。",
            "外部ポイントごとに連携アダプタを作り、社内のポイント台帳とは交換トランザクションで繋ぎます。",
            "外部APIが遅いときは？",
        ),
        _m(
            "ライブ配信アプリの投げ銭機能を設計中です。",
            "投げ銭は残高台帳への記帳として厳密に処理し、画面上のエフェクト配信はそれとは別の軽量な経路で流します。",
            "配信者への支払いは月末ですか？",
        ),
        _m(
            "物流倉庫のピッキング指示をハンディ端末に出しています。倉庫が5つに増えます。",
            "倉庫ごとに実行系を置き、在庫の引当は中央で行う形がよいです。倉庫側はネットワーク断でも作業継続できるようにします。",
            "引当の競合はどうしますか？",
        ),
        _m(
            "保険の見積もりエンジンを、代理店向けとWeb直販で共通化したいです。",
            "見積もりロジックを独立したサービスにして、両チャネルからAPIで呼ぶ形にします。料率表はバージョン管理します。",
            "古い料率で出した見積もりは？",
        ),
        _m(
            "マイクロサービスが40個あって、どれが何を持っているか誰も分かりません。",
            "サービスカタログを作り、各サービスのオーナーチーム、データ、依存先を登録します。Backstageなどが使えます。",
            "誰が最新に保つんです？",
        ),
        _m(
            "気象データを配信するAPIを企業向けに提供しています。アクセスが急増中です。",
            "データは更新間隔が決まっているので、生成済みのレスポンスをCDNでキャッシュするのが最も効きます。",
            "契約ごとの利用上限は？",
        ),
        _m(
            "学習塾チェーンのオンライン授業と教室授業の記録を一元化したいです。",
            "授業記録を共通のイベント形式に揃え、生徒ごとの学習履歴サービスに集約します。",
            "保護者向けアプリからも見られます？",
        ),
        _m(
            "電力会社のスマートメーターデータ、30分値を数百万件受けています。",
            "受信はストリームで受けてバッファし、時系列DBに保存、料金計算用には日次で集計テーブルを作ります。",
            "メーターの欠測は？",
        ),
        _m(
            "モノリスのRailsアプリから決済部分を切り出したいです。",
            "決済はデータの整合性が大事なので、まずモジュール境界を作ってからサービス化します。",
            "返金処理も一緒に？",
            "はい、決済の状態遷移の一部なので同じサービスに入れるべきです。",
            "請求書発行は？",
        ),
        _m(
            "チケットの二次流通サービスを作ります。",
            "出品・購入・本人確認・入場時の券面切替を分け、券の所有権は一つの台帳で管理します。",
            "主催者側のシステムとはどう繋ぎます？",
        ),
        _m(
            "店舗アプリのクーポン配信で、一斉配信時にサーバーが落ちます。",
            "配信はキューで段階的に送り、クーポン取得時の照会はキャッシュから返すようにします。",
            "数量限定クーポンだと？",
        ),
        _m(
            "介護施設向けに、入居者の見守りセンサーとナースコールを一つの画面にまとめたいです。",
            "施設内にゲートウェイを置いてセンサーとナースコールの信号を集約し、通知は施設内で完結させます。クラウドには記録と分析だけ送ります。",
            "複数の施設をまとめて見たい法人本部は？",
        ),
        _m(
            "酒蔵の直販サイトで、季節限定酒の抽選販売をしたいです。",
            "申込期間中は申込だけを受け付けて保存し、締切後に抽選をバッチで実行、当選者にだけ決済リンクを送る流れにします。",
            "当選者が期限内に払わなかったら？",
        ),
        _m(
            "フードデリバリーの配達員の位置情報を客に見せたいです。",
            "位置は数秒間隔でリアルタイム基盤に送り、注文ごとのチャネルに購読者として客をつなぎます。永続化は間引いて保存します。",
            "配達員が圏外に入ったら？",
        ),
        _u(
            "取引先が200社あって、受発注はFAXとメールです。これをシステム化したいのですが、取引先側にシステムがない会社も多いです。どう進めるべきでしょう？"
        ),
        _u(
            "全国のコインランドリー300店の洗濯機を遠隔で監視して、空き状況をアプリで見せたいです。どんな構成になりますか？"
        ),
        _u(
            "病院グループで、各病院の予約と会計が別々です。患者さんがどの病院に行っても同じ診察券で使えるようにしたいです。"
        ),
        _u(
            "葬儀社の施行管理を、式場、花屋、仕出し、返礼品の業者とつなげたいです。今は電話とFAXです。"
        ),
        _u(
            "観光地の周遊パスを、鉄道、バス、美術館の各事業者で共同販売したいです。売上の配分も必要です。"
        ),
        _u(
            "社内システムのバッチが夜間に200本以上あって、どれかが遅れると翌朝の業務が止まります。どう見直すべきですか？"
        ),
        _u(
            "スマホ決済を導入した商店街で、各店のレジと決済会社と商店街のポイントをつなげたいです。"
        ),
        _u(
            "マンションの宅配ボックスを複数メーカー分まとめて管理するサービスを考えています。メーカーごとに仕様が違います。"
        ),
        _u(
            "ふるさと納税の返礼品を、自治体、事業者、配送業者の間でやり取りする仕組みを作りたいです。"
        ),
        _u("農協の出荷データを生産者がスマホで見られるようにしたいです。今は紙の伝票です。"),
        _u(
            "鉄道会社のポイントと、沿線の百貨店・スーパーのポイントを共通化したいです。各社のシステムは残したままです。"
        ),
        _u(
            "建設現場の入退場管理を、元請けと下請け数十社で共有したいです。現場ごとに入口の機器が違います。"
        ),
        _u(
            "市内の図書館12館の蔵書と予約を一つのサービスにまとめたいのですが、館ごとにルールが少し違います。"
        ),
        _u(
            "取締役会から、システム障害時にどれくらいで復旧できるか説明しろと言われました。何を決めて、何を作ればいいですか？"
        ),
        _s(
            "あなたは社内のアーキテクチャ相談窓口のアシスタントです。簡潔に答えてください。",
            "全社の通知（メール、SMS、アプリ通知）を各システムがバラバラに送っています。共通化の進め方を教えてください。",
        ),
        _s(
            "あなたは設計レビューの準備を手伝うアシスタントです。",
            "全サービスのログを一つのRDBに書き込む構成を考えています。レビューで何を指摘されそうですか？",
        ),
        _s(
            "You are a helpful assistant. Reply in Japanese.",
            "toC向けのアプリで、海外のユーザーが増えてきました。サーバーは東京だけです。次に何を考えるべきですか？",
        ),
        _s(
            "あなたは情報系の大学生向けのチューターです。",
            "分散システムの授業で出た「サーガ」を、旅行予約（飛行機・ホテル・レンタカー）の例で説明してください。",
        ),
        _u(
            "レンタカー会社で、営業所ごとに車両の空き状況を管理しています。乗り捨てを始めたいのですが、仕組みはどう変わりますか？"
        ),
        _m(
            "コールセンターの通話録音を全拠点で一か所に集めたいです。",
            "録音は各拠点から非同期でオブジェクトストレージに転送し、メタデータはCRMの案件と紐づけて保存します。",
            "保存期間は拠点ごとに違うんですが",
        ),
    ],
    "zh": [
        _u(
            "我们几家连锁书店想做一个共同的会员和借阅平台，各家收银系统不一样，会员权益也不同，应该怎么规划？"
        ),
        _m(
            "我们做社区团购，团长、仓库、司机、用户四方。系统怎么拆？",
            "按业务拆成商品与活动、订单、仓配、团长结算四块，订单截单后生成仓库拣货单和司机线路。",
            "那团长佣金谁来算？",
        ),
        _m(
            "医院想做互联网医院，在线问诊、开处方、药品配送。",
            "问诊和处方放在医院侧系统，药品配送对接第三方药房，处方以电子处方流转，审核状态独立管理。",
            "医保结算怎么接？",
        ),
        _m(
            "我们的秒杀活动一开抢数据库就挂。",
            "库存预扣放到Redis里做原子扣减，请求先进队列削峰，订单异步落库。",
            "那超卖了怎么办？",
        ),
        _m(
            "公司要从自建机房迁到阿里云，核心是订单系统和几个老的Java应用。",
            "先梳理依赖和数据流，按系统分批迁移，数据库用DTS做增量同步，最后切流量。",
            "切的时候要停机吗？",
        ),
        _m(
            "SaaS版进销存，客户有5000家小店。",
            "共享库加租户ID足够，大客户可以单独分库。注意每个查询都要带租户条件。",
            "那某个客户要导出全部数据呢？",
        ),
        _m(
            "充电桩运营平台，全国有2万个桩。",
            "桩通过长连接接入网关，状态和充电数据进消息队列，订单和计费服务消费后结算。",
            "桩掉线的时候在充电呢？",
        ),
        _m(
            "我们几个业务线都自己搞了一套用户体系，现在要统一。",
            "先建统一账号中心，老系统通过映射表关联，新登录都走账号中心，逐步迁移。",
            "手机号重复的用户怎么合？",
        ),
        _m(
            "直播电商的订单高峰在主播喊上链接的那几秒。",
            "商品详情和库存读走缓存，下单走队列排队，前端给出排队中的状态。",
            "支付回调也会堵吗？",
        ),
        _m(
            "物流公司的运单轨迹要给几十个电商平台推送。",
            "轨迹事件统一落到事件中心，按平台订阅推送，失败进重试队列。",
            "有的平台要拉不要推呢？",
        ),
        _m(
            "想把单体的PHP商城拆成微服务，团队8个人。",
            "8个人建议先做模块化单体，划清模块边界，把最独立的比如搜索、消息推送先拆出去。",
            "那订单和库存呢？",
            "这两个耦合紧，先放在一起，等边界稳定了再考虑拆。",
            "支付呢？",
        ),
        _m(
            "银行要做两地三中心。",
            "同城双活保证机房级故障不中断，异地灾备保证城市级故障可恢复，核心是明确每类系统的RPO和RTO。",
            "账务系统也双活吗？",
        ),
        _m(
            "社区快递代收点的系统，我们要给三千个站点用。",
            "站点端做成能离线入库、出库的轻客户端，数据同步到中心，和各快递公司的接口在中心统一对接。",
            "取件码冲突呢？",
        ),
        _m(
            "做一个跨境电商，卖到东南亚六个国家。",
            "商品、订单可以共用，但价格、税、支付、物流要按国家配置化，数据存放要看各国法规。",
            "印尼那边要求数据本地化呢？",
        ),
        _m(
            "做一个城市停车诱导系统，路边和停车场加起来五万个车位。",
            "车位状态由地磁和停车场系统上报到接入层，汇总成区域空位数，诱导屏和App都从同一份汇总数据读。",
            "停车场系统不愿意开放接口呢？",
        ),
        _m(
            "外卖平台骑手调度怎么设计？",
            "骑手位置实时上报到定位服务，调度服务按区域批量计算派单，结果推给骑手端。",
            "恶劣天气单量翻倍呢？",
        ),
        _m(
            "我们想用事件溯源做会员积分。",
            "积分本身就适合用流水记账，余额是流水的汇总，查询时用快照加增量。",
            "积分过期怎么处理？",
        ),
        _m(
            "我们是做电子发票的SaaS，要对接各地税务和几千家企业的ERP。",
            "开票请求统一进队列，按地区路由到税务通道适配器，结果异步回写企业，并提供查询接口兜底。",
            "税务通道限流了怎么办？",
        ),
        _m(
            "公司要做数据中台，老板说要打通所有数据。",
            "先从几个高价值的业务场景倒推需要的数据，别一开始就全量接入，同时定好每个数据的负责人。",
            "负责人是业务还是IT？",
        ),
        _m(
            "政务服务平台，区县要接进来。",
            "统一身份认证和事项库放在市级，区县系统通过标准接口接入，材料统一存储。",
            "区县的老系统没接口呢？",
        ),
        _m(
            "游戏要全球同服还是分区？",
            "全球同服体验好但延迟和成本高，一般做法是按大区部署，账号全球统一，战斗服就近。",
            "跨区组队呢？",
        ),
        _u(
            "我们是做宠物医院连锁的，想让宠物主人在任何一家分院看病都能调出以前的病历和疫苗记录，各分院系统不一样。"
        ),
        _u("景区想做分时预约，门票、索道、观光车都要按时段限流，还要对接OTA。怎么规划？"),
        _u("高速公路服务区想把加油、餐饮、停车、充电的数据汇到一起给运营看，各家都是外包商。"),
        _u("我们做二手手机回收，门店、快递上门、线上估价三种渠道，质检结果要统一，怎么搭？"),
        _u("公司内部有十几个系统各自维护组织架构和人员，人员变动要改十几遍，怎么治理？"),
        _u("驾校想做约车练车，教练、车辆、学员三方时间都要排，还要跟交管的考试预约衔接。"),
        _u("社区医院和上级医院要做双向转诊，检查结果要互认，各家HIS厂商不同，怎么设计？"),
        _u("我们做企业团餐，要对接几百家公司的报餐系统和食堂的厨房生产，怎么规划整体架构？"),
        _u("读写分离之后，用户刚改完资料刷新还是旧的，这类问题在架构上一般怎么处理？"),
        _u("我们的短视频App要在中东上线，内容审核、CDN、数据存储要怎么考虑？"),
        _u("共享充电宝的柜机分布在几万个商户，租借、归还、计费、分润该怎么拆分系统？"),
        _u(
            "我们有个老的Delphi客户端程序，几百家客户在用，想逐步换成Web，又不能一次性切换，有什么路线？"
        ),
        _u("我们是做农产品溯源的，想让消费者扫码看到从种植到上架的全过程，数据来自好几家合作社。"),
        _u("招聘平台想把简历解析、职位推荐、面试安排做成独立能力，给其他HR系统调用，边界怎么划？"),
        _s(
            "你是公司内部的架构咨询助手，回答简洁。",
            "各业务系统自己发短信和邮件，想收拢成统一的通知平台，怎么推进？",
        ),
        _s(
            "你是帮团队准备设计评审的助手。",
            "我们打算用定时任务每分钟扫描订单表来触发后续流程。评审会上会被问哪些问题？",
        ),
        _s(
            "You are a helpful assistant. Answer in Chinese.",
            "做SaaS的，客户越来越多要求私有化部署，产品怎么设计才能同时支持公有云和私有化？",
        ),
        _s(
            "你是计算机专业的课程助教。",
            "用机票+酒店的例子讲讲分布式事务里TCC和Saga的区别。",
        ),
        _u(
            "连锁健身房想做一卡通，会员在任何一家店都能刷卡上课，每家店课程和教练不一样，系统怎么规划？"
        ),
        _m(
            "酒店集团的会员、预订、前台系统都是不同厂商的。",
            "中间建一个集成层，用统一的会员ID和预订事件把几个系统串起来，不要点对点互相调用。",
            "那厂商不给接口怎么办？",
        ),
    ],
    "en": [
        _m(
            "We run a network of 120 vet clinics and want one patient record across all of them. Right now each clinic has its own practice software.",
            "Put a shared patient index in the middle that maps each clinic's local IDs to one pet/owner identity, and sync visit summaries into it via events rather than replacing every clinic system on day one.",
            "who owns the vaccination history then?",
        ),
        _m(
            "Designing a warehouse robot fleet controller. ~400 robots per site.",
            "Keep a per-site controller that owns real-time task assignment and path reservation locally; the cloud only gets aggregated metrics and receives the order backlog.",
            "and if the site loses its uplink for an hour?",
        ),
        _m(
            "Our parking app sells permits for 40 cities. Each city has different rules.",
            "Model the rules as per-city configuration evaluated by a single permit engine, not as forked code paths.",
            "what about cities that want their own branding?",
        ),
        _m(
            "We're moving our credit union's online banking off a vendor platform onto our own stack.",
            "Run both side by side, migrate members in cohorts, and keep the vendor as system of record until reconciliation is clean for a few cycles.",
            "how long do we keep paying for both?",
        ),
        _m(
            "Planning a ride-hailing surge pricing service. Needs to react within a few seconds.",
            "Stream supply and demand events into a windowed aggregator per geohash cell, publish multipliers to a low-latency store the pricing API reads from.",
            "and if the aggregator lags?",
            "Fall back to the last published multiplier with a cap, and alert if it gets older than a threshold.",
            "what about airports?",
        ),
        _m(
            "We're a fantasy sports site. Scoring updates spike massively during live games.",
            "Compute scores once per event and fan out via pub/sub; leaderboards served from precomputed snapshots refreshed every few seconds.",
            "and the mobile app?",
        ),
        _m(
            "Our SaaS sends webhooks to 3k customer endpoints and slow endpoints are backing up everything.",
            "Isolate delivery per customer with separate queues or at least per-tenant concurrency limits, plus exponential backoff and a dead-letter store.",
            "do we let them replay from the dead-letter?",
        ),
        _m(
            "We want a feature store for our ML team. Online and offline.",
            "Offline features in the warehouse for training, online features materialized into a key-value store, both defined once in a shared registry.",
            "who keeps them in sync?",
        ),
        _m(
            "Thinking of splitting our Django monolith's reporting into a separate service.",
            "Reporting is a good first candidate: feed it from change events or a replica so it never queries the transactional DB directly.",
            "and the admin exports?",
        ),
        _m(
            "Our library-lending app for schools is going statewide. 1,800 schools.",
            "Shared multi-tenant backend with per-district tenants; catalog data can be shared, loans and students stay tenant-scoped.",
            "and districts that insist on hosting it themselves?",
        ),
        _m(
            "We run a grocery chain loyalty program. Points are computed nightly from POS exports.",
            "Move to streaming POS events into a points ledger so balances update in minutes; keep the nightly job as a reconciliation pass.",
            "what if a till is offline all day?",
        ),
        _m(
            "Architecture question for our telehealth startup: video, chat, scheduling, prescriptions.",
            "Buy video from a provider, keep scheduling and visit records as your core, and integrate e-prescribing through a certified partner API.",
            "and when we go to Canada?",
        ),
        _m(
            "We have three mobile apps built by three agencies hitting the same backend in different ways.",
            "Introduce a versioned public API contract and a gateway, then give each app a thin BFF if their screens differ a lot.",
            "who maintains the BFFs, us or the agencies?",
        ),
        _m(
            "We're picking between Postgres and DynamoDB for a new order history service.",
            "If access is mostly 'orders by customer, by date' at high volume, DynamoDB fits; if finance will run ad-hoc queries, Postgres plus a replica is easier.",
            "finance will definitely ask",
        ),
        _u(
            "We're a regional bus operator and passengers keep complaining that the arrival times on the app are wrong. The buses have GPS. What would a proper setup look like?"
        ),
        _u(
            "Our payroll company is signing its first customer with 40,000 employees. Our biggest today has 2,000. What should we be worried about?"
        ),
        _u(
            "Every department at our university bought its own event booking tool. The provost wants one. How do we get there without a war?"
        ),
        _u(
            "how do you decide what belongs in a shared platform team vs what each product team builds themselves"
        ),
        _u(
            "We sell replacement parts and our dealers want to see our stock and prices live instead of calling us. Where do we start?"
        ),
        _u(
            "What does it actually cost us, operationally, to keep our booking data in two regions instead of one?"
        ),
        _u(
            "Our membership numbers in the CRM, the billing system and the app never match. Which one should be the truth, and how do we enforce it?"
        ),
        _u(
            "We want to let customers bring their own data warehouse and have our product write into it. How do other companies set that up?"
        ),
        _u(
            "Board wants a plan for what happens if our cloud provider's main region goes down for a day. We have nothing written. What goes in it?"
        ),
        _u(
            "rough numbers: 2M daily active users, each opens the app ~5 times, how do I size the backend"
        ),
        _s(
            "You are the internal architecture assistant at Halloway Freight. Be concise.",
            "Customs brokers, our TMS and the port systems all need the same shipment status. Right now it's emails. Proposal?",
        ),
        _s(
            "You help engineering teams prepare for design reviews.",
            "Our plan is for every service to publish every DB row change as an event and let consumers figure it out. What will reviewers push back on?",
        ),
        _s(
            "You are a coding agent working in a large TypeScript monorepo. Ask before making changes.",
            "Before you touch anything: give me a plan to split the `core` package, which 60 other packages import, into smaller packages without breaking them all at once.",
        ),
        _s(
            "You are a tutor for a distributed systems course.",
            "Can you explain the outbox pattern using a concert-ticket purchase as the example?",
        ),
        _u(
            "We're a 12-person nonprofit running food bank logistics for 90 pantries. Should we build something or stitch together off-the-shelf tools?"
        ),
        _u(
            "Our clinic scheduling product has a single database and it's the bottleneck now. What are the options before we reach for sharding?"
        ),
        _m(
            "Our event ticketing platform lets organizers build custom forms for attendees.",
            "Store form definitions as versioned schemas and responses as documents tied to a schema version, so old responses stay readable after edits.",
            "and reporting across different form versions?",
        ),
    ],
    "de": [
        _m(
            "Wir sind ein Stadtwerk und wollen Ladesäulen, Strom- und Wärmeverträge in einem Kundenportal zusammenführen.",
            "Ein Portal-Backend, das über eine Integrationsschicht die bestehenden Abrechnungssysteme anspricht, statt sie zu ersetzen. Kundenidentität zentral, Verträge bleiben in den Fachsystemen.",
            "und wer pflegt dann die Adressen?",
        ),
        _m(
            "Unsere Spedition plant die Touren noch in Excel. 180 LKW, drei Standorte.",
            "Tourenplanung als eigenes System mit Optimierer, Aufträge kommen aus dem ERP, Ergebnisse gehen an die Fahrer-App und zurück ins ERP.",
            "und wenn ein Auftrag um 6 Uhr morgens noch reinkommt?",
        ),
        _m(
            "Wir bauen eine Plattform für Handwerkerbuchungen: Kunde, Betrieb, Termin, Rechnung.",
            "Trennt Marktplatz (Anfrage, Angebot), Terminplanung pro Betrieb und Abrechnung. Die Betriebe sollen ihre bestehenden Kalender anbinden können.",
            "Was ist mit Betrieben, die gar keinen digitalen Kalender haben?",
        ),
        _m(
            "Die Krankenkasse will Belege per App einreichen lassen. Aktuell alles Papier.",
            "Upload in einen Objektspeicher, asynchrone Texterkennung und Prüfung, Ergebnis als Vorgang im Leistungssystem.",
            "und die Fristen für die Bearbeitung?",
        ),
        _m(
            "Wir lösen bei einem Maschinenbauer das alte Host-System ab. Angefangen wird mit der Ersatzteilbestellung.",
            "Gut gewählt. Strangler-Ansatz: neue Bestellstrecke davor, der Host bleibt führend für Lagerbestände, bis die auch umziehen.",
            "und die Stücklisten?",
            "Die sind meist das Herzstück; erst spiegeln und lesend nutzen, später umziehen.",
            "wie lange spiegeln wir?",
        ),
        _m(
            "Für unser Stadtticket wollen wir Check-in/Check-out per Handy einführen.",
            "Fahrtdaten entstehen auf dem Handy, werden gesammelt hochgeladen und am Tagesende zu einem Bestpreis berechnet.",
            "und bei Funkloch im Tunnel?",
        ),
        _m(
            "Unser Shop läuft auf Shopware, das Lager auf einem alten Navision. Die Bestände hinken hinterher.",
            "Bestandsänderungen aus Navision ereignisbasiert über eine Queue an den Shop melden statt stündlichem Abgleich.",
            "und Navision kann das überhaupt?",
        ),
        _m(
            "Wir wollen unsere internen Tools auf eine gemeinsame Plattform bringen, Stichwort Platform Engineering.",
            "Startet mit einem goldenen Pfad: Vorlage für neue Dienste, CI/CD, Logging und Monitoring standardisiert, als Angebot statt Pflicht.",
            "und die Teams mit eigenem Kram?",
        ),
        _m(
            "Wir sind ein Fahrradhersteller und wollen Händlern Reparaturaufträge und Garantiefälle digital abwickeln lassen.",
            "Ein Händlerportal mit Rahmennummer als Schlüssel, Garantiefälle als Vorgang mit Status, Ersatzteile über die bestehende Warenwirtschaft angebunden.",
            "und die Händler mit eigener Werkstattsoftware?",
        ),
        _m(
            "Unser Tierheim-Verbund will Vermittlung, Spenden und Patenschaften über eine Plattform laufen lassen.",
            "Ein gemeinsamer Bestand an Tieren pro Tierheim, Vermittlungsanfragen als Workflow, Spenden und Patenschaften über einen Zahlungsanbieter mit Zuordnung pro Heim.",
            "und die Heime, die weiter ihre Excel-Liste wollen?",
        ),
        _m(
            "Wir gehen mit unserer HR-Software nach Österreich und in die Schweiz.",
            "Länderspezifisches (Lohnarten, Feiertage, Sozialversicherung) als austauschbare Regelmodule; Datenhaltung je nach Kundenvertrag.",
            "Schweiz außerhalb der EU, heißt das eigenes Rechenzentrum?",
        ),
        _m(
            "Unser Data Warehouse ist eine große Oracle-Datenbank, die nachts befüllt wird.",
            "Eine Option: Lakehouse mit Rohdatenzone, CDC aus den Quellsystemen und fachlich geschnittenen Datenprodukten.",
            "und wer baut die Datenprodukte?",
        ),
        _m(
            "Wir planen eine App für Vereinsverwaltung: Mitglieder, Beiträge, Platzbuchungen.",
            "Mandantenfähiges Backend pro Verein, Beiträge über SEPA-Lastschrift-Anbieter, Platzbuchung als eigener Bereich mit Konfliktprüfung.",
            "und Dachverbände, die mehrere Vereine sehen wollen?",
        ),
        _m(
            "Wir wollen in der Produktion Maschinendaten sammeln, OPC UA ist vorhanden.",
            "Edge-Gateway pro Halle, das OPC UA liest und per MQTT weitergibt, zentral in eine Zeitreihendatenbank.",
            "und die Qualitätsdaten aus dem Labor?",
        ),
        _u(
            "Wir sind ein Verbund von 14 Volkshochschulen und jede hat ihr eigenes Anmeldesystem. Wie kommen wir zu einer gemeinsamen Kursbuchung?"
        ),
        _u(
            "Wir sind ein Verlag mit Print-Abos, Digital-Abos und Kombi-Angeboten, verteilt auf drei Systeme. Wie bekommen wir ein sauberes Abo-Modell hin?"
        ),
        _u(
            "Unsere Kommune will Bürgeranliegen online annehmen und an die zuständigen Ämter verteilen, die alle andere Fachverfahren nutzen. Wie baut man das auf?"
        ),
        _u(
            "Wir verleihen Baumaschinen an 25 Standorten und wollen, dass Kunden online sehen, was wo verfügbar ist, inklusive Transport. Wie gehen wir das an?"
        ),
        _u(
            "Unsere Zahnarztpraxis-Kette will Laboraufträge digital an verschiedene Dentallabore schicken. Jedes Labor hat ein anderes System."
        ),
        _u(
            "Wir sind Energieversorger und müssen ab nächstem Jahr viertelstündliche Zählerwerte für Hunderttausende Kunden verarbeiten. Was heißt das für unsere Systeme?"
        ),
        _u(
            "Ein Weingut-Verbund möchte einen gemeinsamen Onlineshop, aber jedes Weingut verschickt selbst. Wie laufen Bestellung, Versand und Abrechnung zusammen?"
        ),
        _u(
            "Unsere Hochschule will Online-Prüfungen für alle Fakultäten anbieten. Was muss die Plattform aushalten und wie verteilt man das?"
        ),
        _u(
            "Wir möchten unsere Kundendaten aus Salesforce, dem Shop und dem ERP in einem Golden Record zusammenführen. Welche Architektur hat sich bewährt?"
        ),
        _u(
            "Mehrere Kliniken eines Trägers sollen sich Medizingeräte leihen können. Wie verwaltet man Bestand, Reservierung und Wartung standortübergreifend?"
        ),
        _u(
            "Wir bauen eine Plattform für Kleinanzeigen und wollen Bilder, Suche und Nachrichten getrennt skalieren können. Wie schneiden wir das?"
        ),
        _s(
            "Du bist der interne Architektur-Assistent der Brenner Versicherungsgruppe. Antworte knapp.",
            "Wir wollen den Tarifrechner aus dem Bestandssystem lösen. Wie machen wir das, ohne laufende Verträge falsch zu berechnen?",
        ),
        _s(
            "Du hilfst Teams bei der Vorbereitung von Architektur-Reviews.",
            "Unser Entwurf: Jeder Microservice bekommt eine eigene Programmiersprache nach Wahl des Teams. Was wird man im Review kritisieren?",
        ),
        _s(
            "You are a helpful assistant for a German software company. Answer in German.",
            "wir wollen Kunden per API an unsere Fahrplandaten lassen, aber die Daten liegen in einem alten System, das kaum Last verträgt, wie trennen wir das?",
        ),
        _s(
            "Du bist Tutor für eine Vorlesung zu verteilten Systemen.",
            "Erklär mir das CAP-Theorem am Beispiel eines Reisebüros mit Filialen, die offline gehen können.",
        ),
        _u(
            "Wir betreiben 60 Pflegeheime und jede Einrichtung plant Dienste anders. Wie sollte eine gemeinsame Dienstplanung aufgebaut sein, die trotzdem lokale Besonderheiten zulässt?"
        ),
        _m(
            "Unsere Bäckereikette will Vorbestellungen per App für alle 70 Filialen anbieten.",
            "Bestellungen zentral annehmen, pro Filiale Backmengen bis zu einem Annahmeschluss aggregieren und an die Backstube übergeben.",
            "und wenn eine Filiale spontan schließt?",
        ),
    ],
    # NEXT
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b8", BY_LANG)
