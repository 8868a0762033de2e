"""Eighth batch of `general` examples: hand-written, one group per example
("general/b8/<lang>/<digest>"). French, Russian, Korean, Italian and Portuguese chats whose short
latest turn only makes sense from earlier turns, topic switches away from code, design and 3D, and
general asks that share words with the technical labels."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "general"

_FR: list[Item] = [
    _m(
        "Tu peux me proposer une recette de quiche lorraine pour 4 ?",
        "Bien sûr : pâte brisée, 200 g de lardons, 3 œufs, 20 cl de crème, 20 cl de lait, muscade. 35 min à 180 °C.",
        "et sans lactose ?",
    ),
    _m(
        "Écris-moi un petit poème pour l'anniversaire de ma grand-mère, elle a 90 ans.",
        "Quatre-vingt-dix printemps fleuris, / Tant de rires et de récits...",
        "plus drôle stp",
    ),
    _m(
        "Comment on calcule l'aire d'un trapèze ?",
        "A = (B + b) × h / 2, avec B et b les deux bases parallèles et h la hauteur.",
        "et un losange ?",
    ),
    _m(
        "J'ai mal au dos après le jardinage, des étirements simples à faire ?",
        "Essaie la posture de l'enfant, le chat-vache et la torsion allongée, 30 secondes chacune.",
        "et le matin au réveil, lesquels ?",
    ),
    _m(
        "Une idée de gâteau au chocolat rapide ?",
        "Fondant : 200 g de chocolat, 150 g de beurre, 4 œufs, 100 g de sucre, 50 g de farine, 20 min à 180 °C.",
        "pour 10 personnes du coup ?",
    ),
    _m(
        "C'est quoi le délai de rétractation pour un achat en ligne en France ?",
        "14 jours à compter de la réception du bien, en général.",
        "et pour un voyage réservé sur internet ?",
    ),
    _m(
        "Mon fils de 8 ans veut apprendre les échecs, par quoi commencer ?",
        "Le déplacement des pièces, puis des mats simples (roi + dame contre roi), et des petites parties.",
        "et pour un ado de 14 ans qui joue déjà un peu ?",
    ),
    _m(
        "Tu peux résumer la Révolution française en 5 lignes ?",
        "1789 : États généraux, prise de la Bastille. 1792 : république. 1793-94 : la Terreur. 1799 : coup d'État de Bonaparte.",
        "encore plus court, pour un enfant de CE2",
    ),
    _m(
        "Rédige une annonce pour vendre mon vélo de route, taille 56, 6 ans, bon état.",
        "À vendre : vélo de route taille 56, acheté il y a 6 ans, très bon état, entretien régulier. 450 € à débattre.",
        "ajoute que je suis à Grenoble et dispo le week-end",
    ),
    _m(
        "Combien de temps cuire un œuf mollet ?",
        "6 minutes dans l'eau bouillante, puis eau froide.",
        "et en altitude, genre à 2000 m ?",
    ),
    _m(
        "Quelles plantes d'intérieur résistent bien au manque de lumière ?",
        "Le pothos, la sansevieria, le zamioculcas et l'aspidistra.",
        "lesquelles sont sans danger pour un chat ?",
    ),
    _m(
        "Je dois faire un discours de 3 minutes pour le pot de départ de ma collègue Martine, 25 ans de maison.",
        "Voici une proposition : « Chère Martine, vingt-cinq ans, c'est plus qu'une carrière... »",
        "moins solennel, on est une petite équipe qui rigole beaucoup",
    ),
    _m(
        "Explique-moi les intérêts composés simplement.",
        "Les intérêts de chaque année s'ajoutent au capital et produisent eux-mêmes des intérêts l'année suivante.",
        "avec un exemple chiffré sur 10 ans à 3 % ?",
    ),
    _m(
        "J'ai une réunion d'équipe en visio demain, comment rendre le tour de table moins ennuyeux ?",
        "Limite chacun à une réussite et un blocage, 1 minute par personne, et fais tourner l'animation.",
        "et si on est 20 ?",
    ),
    _m(
        "Quelle est la meilleure période pour voir les aurores boréales en Norvège ?",
        "De fin septembre à fin mars, loin des lumières, vers Tromsø ou les Lofoten.",
        "et en Islande ?",
    ),
    _m(
        "Comment enlever une tache de vin rouge sur un canapé en tissu ?",
        "Tamponne sans frotter, puis eau froide + un peu de liquide vaisselle, ou bicarbonate en pâte.",
        "et si c'est du velours ?",
    ),
    _m(
        "Donne-moi un plan d'entraînement pour courir 5 km en 8 semaines, je pars de zéro.",
        "Semaines 1-2 : alterner 1 min de course / 2 min de marche ×8, 3 fois par semaine...",
        "je n'ai que 2 séances possibles par semaine",
    ),
    _m(
        "J'écris une nouvelle policière, tu peux m'aider à trouver un titre ? L'histoire se passe dans un phare en Bretagne.",
        "Quelques pistes : « La Lanterne muette », « Marée basse », « Le Dernier Gardien ».",
        "plus inquiétant",
    ),
    _m(
        "Dans mon service Go, le handler renvoie une 500 quand le body est vide, je fais comment ?",
        "Vérifie r.ContentLength ou décode dans une struct et renvoie 400 si io.EOF.",
        "merci ! Rien à voir, mais tu as une idée de dîner rapide avec des courgettes et de la feta ?",
    ),
    _m(
        "On hésite entre Kafka et RabbitMQ pour notre bus d'événements, 15 microservices.",
        "Kafka si vous voulez rejouer l'historique et un gros débit ; RabbitMQ pour du routage souple et des files de travail.",
        "Ok je vais y réfléchir. Au fait, c'est quoi déjà la règle pour accorder le participe passé avec avoir ?",
    ),
    _m(
        "Mon shader de toon shading a des bandes qui scintillent quand la caméra bouge.",
        "Lisse le seuil avec smoothstep et vérifie que tes normales sont bien normalisées dans le fragment shader.",
        "Super. Sinon, tu me conseilles quel roman de SF pour les vacances ?",
    ),
    _m(
        "J'ai une migration Django qui plante sur une colonne NOT NULL.",
        "Ajoute un default, ou fais la migration en deux temps : colonne nullable, remplissage, puis contrainte.",
        "Nickel, ça passe. Question perso : comment je demande une augmentation sans paraître arrogant ?",
    ),
    _m(
        "Mon scène three.js rame sur mobile avec 200 arbres.",
        "Utilise InstancedMesh et baisse le pixelRatio à 1,5 max.",
        "top. Dernière chose, hors sujet : combien de temps se garde une soupe maison au frigo ?",
    ),
    _m(
        "Tu peux m'expliquer le théorème de Pythagore ?",
        "Dans un triangle rectangle, le carré de l'hypoténuse égale la somme des carrés des deux autres côtés.",
        "et la réciproque ?",
    ),
    _m(
        "Écris un mot d'excuse pour l'école, ma fille était malade lundi.",
        "Madame, Monsieur, je vous prie d'excuser l'absence de ma fille lundi, pour raison de santé. Cordialement.",
        "un peu plus formel",
    ),
    _m(
        "Que faire 3 jours à Marseille en été ?",
        "Les Calanques, le Vieux-Port, le MuCEM, le Panier et une baignade aux Catalans.",
        "et s'il fait 38 degrés ?",
    ),
    _m(
        "Propose-moi un menu de la semaine équilibré pour une famille de 4.",
        "Lundi : poulet rôti et haricots verts ; mardi : lentilles au saumon ; mercredi : omelette et salade...",
        "version végétarienne",
    ),
    _m(
        "C'est quoi la différence entre un CDD et un contrat d'intérim ?",
        "Le CDD te lie directement à l'employeur ; en intérim, ton employeur est l'agence qui te met à disposition.",
        "et côté chômage après ?",
    ),
    _m(
        "Comment on dit « chaussette » en allemand ?",
        "« die Socke », pluriel « die Socken ».",
        "et en néerlandais ?",
    ),
    _m(
        "J'ai 3 heures pour réviser la photosynthèse, comment m'organiser ?",
        "45 min de relecture active, 30 min de fiches, 1 h d'exercices, 30 min de quiz, pauses incluses.",
        "et si j'ai que 1 heure ?",
    ),
    _m(
        "Un bon jeu de société pour 6 joueurs adultes ?",
        "Codenames, Just One, Dixit ou Skull.",
        "plutôt coopératif",
    ),
    _m(
        "Reformule ce paragraphe de ma lettre de motivation : « Je suis quelqu'un de motivé et dynamique qui aime le travail en équipe. »",
        "« Curieux et énergique, je m'épanouis dans les projets collectifs où chacun apporte son expertise. »",
        "moins cliché encore",
    ),
    _m(
        "Combien de protéines dans 100 g de pois chiches cuits ?",
        "À peu près 8 à 9 g.",
        "et dans les lentilles corail ?",
    ),
    _m(
        "Mon voisin fait du bruit tous les soirs après 23 h, je fais quoi en premier ?",
        "Commence par une discussion à l'amiable, puis un courrier, puis le conciliateur de justice.",
        "et si c'est un bar en bas de chez moi ?",
    ),
    _m(
        "Comment fonctionne l'hypothèque en France ?",
        "C'est une garantie sur un bien immobilier : si l'emprunteur ne rembourse pas, la banque peut faire saisir le bien.",
        "c'est mieux qu'une caution Crédit Logement ?",
    ),
    _m(
        "Je veux repeindre ma chambre, 12 m², combien de litres de peinture ?",
        "Pour 2 couches sur environ 32 m² de murs, compte 6 à 7 litres.",
        "et si je fais aussi le plafond ?",
    ),
    _m(
        "Mon code React re-rend toute la liste à chaque frappe.",
        "Mémorise les lignes avec React.memo et sors le state de l'input du parent.",
        "merci. Tu peux me rappeler la date de la fête des pères cette année ?",
    ),
    _m(
        "Dessine-moi les grandes étapes pour découper notre monolithe PHP en services.",
        "1. Cartographier les domaines ; 2. Strangler fig sur le module facturation ; 3. ...",
        "on verra lundi. Là je cherche une excuse polie pour décliner un mariage, tu m'aides ?",
    ),
    _m("Quelle est la capitale de l'Australie ?", "Canberra.", "et de la Nouvelle-Zélande ?"),
    _m(
        "Fais-moi un haïku sur l'automne.",
        "Feuilles rousses au vent / le banc du parc se souvient / d'un été trop court",
        "un autre sur l'hiver",
    ),
    _m(
        "Comment apprendre à nager à 40 ans ?",
        "Commence par des cours pour adultes, travaille d'abord la respiration et la flottaison.",
        "et si j'ai peur de l'eau ?",
    ),
    _m(
        "J'aimerais une liste de questions pour un entretien d'embauche d'assistant comptable.",
        "Parlez-moi de votre expérience des rapprochements bancaires ? Comment gérez-vous les clôtures mensuelles ?...",
        "et pour un stagiaire ?",
    ),
    _u(
        "Mon chef m'a demandé de préparer une présentation sur « la dette technique » pour le comité de direction, qui n'a aucun profil tech. Tu peux m'aider à trouver une métaphore parlante ?"
    ),
    _u("c'est quoi exactement la 5G SA vs NSA ? mon opérateur en parle partout"),
    _u(
        "Ma box internet redémarre toute seule plusieurs fois par jour, j'ai déjà changé le câble. Qu'est-ce que je peux essayer avant d'appeler le service client ?"
    ),
    _u(
        "Je fais de l'impression 3D en PLA et mes pièces gondolent sur les coins. Le plateau est à 60 °C. Des idées ?"
    ),
    _u(
        "Écris-moi un post LinkedIn pour annoncer que j'ai obtenu ma certification de chef de projet, ton sobre, pas de hashtags partout."
    ),
    _u(
        "Explique-moi comment marche un algorithme de recommandation à la Netflix, en gros, pour un exposé de terminale."
    ),
    _u(
        "Comment je transfère toutes mes photos de mon vieil iPhone vers un PC Windows sans iCloud ?"
    ),
    _u(
        "Je monte un diaporama pour les 60 ans de mon père, quel logiciel gratuit pour ajouter de la musique et des transitions ?"
    ),
    _u(
        "Traduis ce message pour mon voisin anglais : « Les travaux dans la cour commenceront lundi à 8 h, désolé pour le bruit. »"
    ),
    _u("mon ordi portable chauffe à mort quand je regarde des vidéos, c'est grave ?"),
    _u(
        "Donne-moi 5 idées d'activités de team building pas chères pour une équipe de 12 développeurs qui ne supportent pas les jeux de rôle."
    ),
    _u("C'est quoi un « cloud » au juste ? Ma mère me demande où sont stockées ses photos Google."),
    _u(
        "Aide-moi à rédiger un compte rendu de réunion de copropriété : vote du ravalement de façade adopté, devis de l'entreprise Morel retenu, début des travaux en mai."
    ),
    _u("Je suis infirmière de nuit, des conseils pour mieux dormir la journée ?"),
    _u(
        "Quelle différence entre un SSD NVMe et un SSD SATA pour un PC de bureau qui sert à la bureautique ?"
    ),
    _u("Comment régler le contrôle parental sur une Nintendo Switch ?"),
    _u("Un jeu vidéo en 3D m'a donné le mal des transports, pourquoi ça arrive ?"),
    _u(
        "Je suis prof de maths en 4e. Trouve-moi un problème concret sur les fonctions linéaires avec des forfaits de téléphone."
    ),
    _u(
        "Peux-tu m'expliquer ce que veut dire « scalabilité » ? On l'a entendu dans un reportage sur les start-up et mon mari et moi ne sommes pas d'accord."
    ),
    _u(
        "Rédige un mail de relance gentil à un client qui n'a pas payé sa facture de menuiserie depuis 45 jours."
    ),
    _u("Quelles sont les grandes étapes pour déclarer ses revenus de micro-entrepreneur ?"),
    _u("Combien de temps faut-il laisser reposer une pâte à pain au levain ?"),
    _u(
        "J'ai un vieux Raspberry Pi qui traîne. Des idées de petits projets sympas pour la maison, genre station météo ?"
    ),
    _u("C'est quoi l'histoire d'Alan Turing en quelques paragraphes ?"),
    _u("Fais une liste de courses pour un barbecue de 15 personnes, dont 3 végétariens."),
    _u(
        "Résume-moi les principales différences entre Windows 11 et macOS pour quelqu'un qui hésite à changer d'ordi."
    ),
    _u("J'apprends la guitare depuis 2 mois, mes doigts font mal sur les cordes, c'est normal ?"),
    _u("Écris un conte de 300 mots sur un petit robot qui a peur du noir, pour ma fille de 5 ans."),
    _u("Quel est le meilleur moment pour tailler un rosier ?"),
    _u("Qu'est-ce que la « loi de Moore » et est-ce qu'elle est encore vraie ?"),
    _u(
        "J'ai reçu une amende de stationnement alors que j'avais payé via l'appli. Comment contester en général ?"
    ),
    _u("Aide-moi à faire un planning de révision du bac sur 6 semaines, 4 matières."),
    _u(
        "Comment choisir une imprimante pour la maison qui ne coûte pas une fortune en cartouches ?"
    ),
    _s(
        "Tu es l'assistant de code intégré à l'IDE de l'équipe. Réponds en français.",
        "En dehors du code : tu pourrais m'aider à écrire un petit mot de remerciement pour mon mentor qui quitte la boîte ?",
    ),
    _s(
        "Tu es un agent de développement autonome avec accès au dépôt et au terminal.",
        "Pause café. C'est vrai que le café fait monter la tension ?",
    ),
    _s(
        "Tu es l'assistant du support client de Fibrea, fournisseur d'accès internet. Sois courtois et concis.",
        "Bonjour, mon wifi ne capte pas dans la chambre du fond, il y a deux murs porteurs. Je peux faire quoi ?",
    ),
    _s(
        "Vous êtes un assistant de rédaction pour une agence de communication.",
        "Trouve-moi trois slogans pour une boulangerie bio qui ouvre à Nantes.",
    ),
    _s(
        "Tu es un tuteur de mathématiques pour lycéens.",
        "Je comprends pas pourquoi la dérivée de x² c'est 2x.",
        "Imagine un carré de côté x : si x grandit un tout petit peu, l'aire gagne deux bandes de longueur x.",
        "et pour x³ ?",
    ),
    _s(
        "You are a helpful coding assistant in VS Code.",
        "Tu peux me donner une astuce pour retenir les verbes irréguliers anglais ? Mon fils galère.",
    ),
    _s(
        "Tu es l'assistant interne de l'entreprise Lumivert. Réponds en français.",
        "Quel est un bon moyen de rester concentré en open space ?",
    ),
]

_RU: list[Item] = [
    _m(
        "Подскажи рецепт борща на 3-литровую кастрюлю.",
        "Говядина на кости, свёкла, капуста, картофель, морковь, лук, томатная паста; варить бульон 1,5 часа, потом овощи.",
        "а постный вариант?",
    ),
    _m(
        "Составь маршрут по Казани на два дня.",
        "День 1: Кремль, мечеть Кул-Шариф, улица Баумана. День 2: Старо-Татарская слобода, Храм всех религий.",
        "а если зимой?",
    ),
    _m(
        "Напиши поздравление коллеге с 50-летием, в прозе.",
        "Дорогой Андрей Петрович! Полвека — это время опыта и мудрости...",
        "покороче, для открытки",
    ),
    _m(
        "Как решать квадратные уравнения через дискриминант?",
        "D = b² − 4ac; если D > 0, два корня x = (−b ± √D) / 2a; если D = 0, один корень.",
        "а если D меньше нуля?",
    ),
    _m(
        "Сколько варить гречку?",
        "15–20 минут после закипания, соотношение 1:2.",
        "а в мультиварке?",
    ),
    _m(
        "Переведи на английский: «Спасибо за быстрый ответ, буду ждать документы».",
        "Thank you for the quick reply, I'll be waiting for the documents.",
        "а на немецкий?",
    ),
    _m(
        "Какие упражнения делать при сидячей работе?",
        "Наклоны головы, вращения плечами, растяжка грудных мышц в дверном проёме, приседания каждый час.",
        "а прямо за столом, чтобы никто не заметил?",
    ),
    _m(
        "Чем отличается ИП от самозанятого в общих чертах?",
        "Самозанятый платит налог на профессиональный доход 4–6 % и не может нанимать сотрудников; у ИП больше режимов и возможностей.",
        "а если доход больше 2,4 млн в год?",
    ),
    _m(
        "Придумай название для кофейни у моря.",
        "«Бриз», «Солёный ветер», «Пена и зерно», «Маяк».",
        "ещё варианты, но с юмором",
    ),
    _m(
        "Помоги написать заявление на отпуск.",
        "Директору ООО «…» от … Прошу предоставить ежегодный оплачиваемый отпуск с … по … Дата, подпись.",
        "а за свой счёт?",
    ),
    _m(
        "Как вывести пятно от травы с джинсов?",
        "Смочить, натереть хозяйственным мылом или средством с ферментами, оставить на 30 минут и постирать.",
        "а если они белые?",
    ),
    _m(
        "Посоветуй, что почитать из русской классики, я давно не читал.",
        "«Герой нашего времени», «Отцы и дети», рассказы Чехова, «Мастер и Маргарита».",
        "что-нибудь покороче, на один вечер",
    ),
    _m(
        "Сколько нужно плитки на пол ванной 2 на 1,7 метра?",
        "Площадь 3,4 м², с запасом 10 % — примерно 3,75 м².",
        "а на стены до потолка 2,5 м?",
    ),
    _m(
        "Мой сын в 5 классе не хочет читать. Как заинтересовать?",
        "Дайте выбрать книги самому, комиксы и аудиокниги тоже считаются, читайте вслух вместе.",
        "а если ему 15?",
    ),
    _m(
        "Сделай план тренировок в зале на 3 дня в неделю для новичка.",
        "День A: присед, жим лёжа, тяга в наклоне. День B: становая, жим стоя, подтягивания...",
        "а если только гантели дома?",
    ),
    _m(
        "Напиши стих про кота, который ворует колбасу.",
        "Усатый вор на кухне тих, / Глаза горят, как два огня...",
        "ещё куплет",
    ),
    _m(
        "Какая погода обычно в Стамбуле в октябре?",
        "Около 15–20 °C днём, бывают дожди, вода ещё тёплая, около 19 °C.",
        "а в Анталье?",
    ),
    _m(
        "В Postgres медленно работает запрос с LIKE '%abc%'.",
        "Обычный B-tree не поможет; поставь расширение pg_trgm и GIN-индекс по колонке.",
        "спасибо, помогло. Слушай, а как по-быстрому почистить духовку от нагара?",
    ),
    _m(
        "Как лучше разбить платформу на домены: заказы, склад, доставка?",
        "Начните с событийного штурминга, выделите bounded contexts и определите, кто владеет данными о заказе.",
        "ладно, это на потом. Подскажи лучше, какой подарок сделать тёще на юбилей",
    ),
    _m(
        "В Babylon.js тени дрожат на большом ландшафте.",
        "Используй CascadedShadowGenerator и подбери splitLambda, плюс bias.",
        "Работает! Кстати, как правильно пишется: «в течение» или «в течении»?",
    ),
    _m(
        "Напиши мне Python-скрипт, который переименует фото по дате съёмки.",
        "Вот скрипт на Pillow: читаем EXIF DateTimeOriginal и переименовываем файл...",
        "отлично. А теперь вопрос не про код: сколько по времени лететь из Москвы в Калининград?",
    ),
    _m(
        "Как приготовить сырники, чтобы не разваливались?",
        "Творог 9 %, отжать, 1 яйцо на 500 г, 3–4 ложки муки, жарить на среднем огне.",
        "без муки можно?",
    ),
    _m(
        "Объясни правило буравчика по физике.",
        "Если вращать буравчик по направлению тока, его рукоятка покажет направление линий магнитного поля.",
        "а правило левой руки?",
    ),
    _m(
        "Напиши отзыв о гостинице: чисто, вежливый персонал, но шумно от дороги.",
        "Отличная гостиница: номера чистые, персонал вежливый. Единственный минус — шум от дороги ночью.",
        "на английском для Booking",
    ),
    _m(
        "Как пересадить орхидею?",
        "После цветения, в прозрачный горшок, в кору сосны, гнилые корни срезать.",
        "а если она сейчас цветёт?",
    ),
    _m("Сколько нужно спать подростку?", "Обычно 8–10 часов.", "а пожилым?"),
    _m(
        "Помоги составить резюме для бухгалтера с опытом 7 лет.",
        "Раздел «Опыт»: ведение учёта на ОСНО и УСН, сдача отчётности, работа в 1С...",
        "теперь сопроводительное письмо к нему",
    ),
    _m(
        "Что посмотреть из фильмов про космос?",
        "«Интерстеллар», «Гравитация», «Марсианин», «Солярис» Тарковского.",
        "только не голливуд",
    ),
    _m(
        "Что взять с собой в поход на 3 дня летом?",
        "Палатка, спальник, коврик, горелка, аптечка, налобный фонарь, дождевик, запас воды и еды.",
        "а с ребёнком 6 лет?",
    ),
    _m(
        "Напиши приглашение на детский день рождения, тема — пираты.",
        "Эй, юнга! Капитан Миша собирает команду 12 июня в 14:00...",
        "убери пиратов, пусть будут динозавры",
    ),
    _m(
        "Какой штраф за превышение скорости на 25 км/ч?",
        "В России обычно 500 рублей, при оплате в первые 20 дней — скидка 50 %.",
        "а на 45?",
    ),
    _m(
        "Как научиться вставать в 6 утра?",
        "Сдвигайте подъём по 15 минут в неделю, ложитесь раньше, утром сразу свет и вода.",
        "а если я сова?",
    ),
    _m(
        "У нас микросервисы на Kubernetes, думаем о service mesh.",
        "Istio мощный, но тяжёлый; Linkerd проще и легче. Для 10 сервисов начал бы с Linkerd.",
        "спасибо. А ты знаешь хорошие упражнения для глаз, после целого дня у монитора?",
    ),
    _m(
        "Почему в three.js модель из Blender выглядит темнее?",
        "Скорее всего outputColorSpace и toneMapping; поставь SRGBColorSpace и ACESFilmic.",
        "помогло. А теперь личное: как вежливо отказать другу, который просит денег в долг?",
    ),
    _m(
        "Как сделать квас дома?",
        "Сухари из ржаного хлеба, вода, сахар, дрожжи; настаивать 1–2 дня, процедить.",
        "а без дрожжей?",
    ),
    _m(
        "Расскажи вкратце про Петра Первого.",
        "Царь, затем первый император России, реформы армии и флота, основание Петербурга, «окно в Европу».",
        "а про Екатерину Вторую так же",
    ),
    _m(
        "Как утеплить балкон своими руками?",
        "Остекление, пеноплекс на пол и стены, пароизоляция, потом обшивка.",
        "а если бюджет совсем маленький?",
    ),
    _m(
        "Подбери синонимы к слову «важный».",
        "Значимый, существенный, ключевой, весомый, серьёзный.",
        "а в разговорном стиле?",
    ),
    _m(
        "Сколько калорий тратится за час ходьбы?",
        "Около 250–350 ккал при весе 70 кг, зависит от темпа.",
        "а на велосипеде?",
    ),
    _m(
        "Напиши короткую речь тамады для начала свадьбы.",
        "Дорогие гости! Сегодня особенный день — два сердца...",
        "смешнее и без пафоса",
    ),
    _m(
        "Как варить кофе в турке?",
        "Мелкий помол, холодная вода, на слабом огне довести до поднятия пенки, не кипятить.",
        "а с кардамоном как?",
    ),
    _m(
        "Можно ли вернуть в магазин обувь, если носил один день?",
        "Если есть брак — да. Если просто не подошла, обувь должна быть без следов носки.",
        "а через месяц?",
    ),
    _m("Как называется страх высоты?", "Акрофобия.", "а страх пауков?"),
    _u("Объясни, что такое блокчейн, так, чтобы поняла моя бабушка. Без программирования."),
    _u(
        "У меня дома роутер старый, интернет 500 Мбит, а по Wi-Fi выходит 80. Менять роутер или дело в чём-то ещё?"
    ),
    _u(
        "Пишу доклад в университет про историю интернета: от ARPANET до смартфонов. Дай план на 7 пунктов."
    ),
    _u(
        "Помоги сформулировать письмо руководителю: хочу перейти с бэкенда в продакт-менеджеры внутри компании, как аргументировать?"
    ),
    _u(
        "Я печатаю на 3D-принтере фигурки для настолок, как лучше их покрасить, чтобы не слезала краска?"
    ),
    _u("чем отличается оперативка от памяти на телефоне, продавец в магазине мне всё запутал"),
    _u(
        "Какую архитектуру выбрать для загородного дома в стиле шале? Интересует именно строительство: материалы, кровля."
    ),
    _u("Напиши пост для телеграм-канала нашей школы о том, что в пятницу день открытых дверей."),
    _u("Как настроить родительский контроль на телефоне ребёнка с Android?"),
    _u("Почему луна иногда днём видна?"),
    _u("Сравни Kindle и PocketBook для чтения в метро."),
    _u(
        "Я медсестра, перехожу на работу в частную клинику. Как грамотно написать заявление на увольнение по собственному?"
    ),
    _u("Что такое нейросети в общих чертах и почему все о них говорят?"),
    _u(
        "Посоветуй, как красиво рассадить 40 гостей на свадьбе, 5 столов, есть две враждующие ветви семьи :)"
    ),
    _u(
        "Мой ноутбук стал медленно загружаться, ему 4 года. Что можно сделать без переустановки Windows?"
    ),
    _u("Как перенести контакты со старого Samsung на новый iPhone?"),
    _u(
        "Подготовь для меня таблицу сравнения ипотеки и аренды на 10 лет, в общих чертах, без цифр конкретного банка."
    ),
    _u("Придумай загадку про компьютерную мышь для первоклассников."),
    _u("Как тренировать память в 60 лет?"),
    _u("Какая разница между GPU и CPU, если объяснять геймеру?"),
    _u(
        "Напиши письмо соседям по подъезду: собираем деньги на новый домофон, по 800 рублей с квартиры."
    ),
    _u("Сколько стоит обычно получить загранпаспорт и как долго его делают?"),
    _u(
        "Я тимлид, в команде вечные споры на код-ревью. Как провести ретроспективу, чтобы люди высказались без обид?"
    ),
    _u("Дай рецепт шарлотки без миксера."),
    _u("Как фотографировать звёздное небо на обычный фотоаппарат?"),
    _u("Почему самолёты летают так высоко?"),
    _u(
        "Что лучше для домашней бухгалтерии: таблица в Excel или приложение? Я пенсионер, хочу следить за расходами."
    ),
    _u("Как объяснить ребёнку 7 лет, что такое интернет и почему нельзя писать незнакомцам?"),
    _u("Расскажи, как работает GPS в телефоне."),
    _u("Переведи на русский поговорку «The early bird catches the worm» и найди русский аналог."),
    _u("Какие навыки нужны, чтобы стать UX-дизайнером после 30, и с чего начать?"),
    _s(
        "Ты — ассистент по коду в IDE. Отвечай кратко.",
        "Не по коду: как правильно написать «с уважением» в конце письма — с запятой после?",
    ),
    _s(
        "Ты — автономный агент разработки с доступом к репозиторию.",
        "Пока тесты гоняются: какой фильм посмотреть вечером с женой, что-то лёгкое?",
    ),
    _s(
        "Ты — бот поддержки интернет-магазина бытовой техники «Домотех».",
        "Здравствуйте, как выбрать пылесос для квартиры с котом? Шерсть везде.",
    ),
    _s(
        "Ты — репетитор по английскому языку для взрослых.",
        "Как отличить Present Perfect от Past Simple?",
        "Present Perfect связывает прошлое с настоящим: I have lost my keys (и сейчас их нет).",
        "а с since и for?",
    ),
    _s(
        "Ты — помощник по написанию текстов для маркетингового отдела.",
        "Сделай три варианта заголовка для статьи о том, как выбрать летние шины.",
    ),
    _s(
        "You are a coding copilot for a fintech team.",
        "Отвлечёмся: сколько длится акклиматизация в горах на 3000 м?",
    ),
    _s(
        "Ты — внутренний ассистент компании «Северный ветер». Отвечай по-русски.",
        "Подскажи, как вести себя на первом рабочем дне, чтобы произвести хорошее впечатление?",
    ),
    _s(
        "Ты — ассистент-повар для приложения с рецептами.",
        "Хочу испечь пирог с капустой.",
        "Дрожжевое тесто, капуста тушёная с луком и яйцом, 40 минут при 180 °C.",
        "а на 8 человек сколько теста?",
    ),
    _s(
        "Ты — помощник в службе поддержки мобильного оператора «Волна».",
        "Как включить режим экономии батареи на айфоне?",
    ),
    _u("Какой сорт томатов лучше посадить в теплице в Подмосковье?"),
    _m(
        "Как сварить клюквенный морс?",
        "Размять 300 г клюквы, отжать сок, жмых проварить в 1,5 л воды, добавить сахар и сок.",
        "а без сахара, с мёдом?",
    ),
    _m(
        "Реши: поезд проехал 360 км за 4 часа, какая средняя скорость?",
        "90 км/ч.",
        "а если первую половину пути он ехал 120 км/ч?",
    ),
    _u("Что такое «облачное хранилище» и надёжно ли хранить там семейные фото?"),
    _u(
        "Составь список вопросов для родительского собрания в 3 классе: экскурсии, питание, домашние задания."
    ),
]

_KO: list[Item] = [
    _m(
        "김치찌개 레시피 알려줘",
        "묵은지, 돼지고기 앞다리살, 두부, 대파, 고춧가루, 다진 마늘. 고기를 먼저 볶고 김치 넣고 물 부어 20분 끓이세요.",
        "참치로 하면?",
    ),
    _m(
        "제주도 2박 3일 코스 짜줘",
        "1일차: 동쪽(성산일출봉, 우도), 2일차: 남쪽(중문, 천지연폭포), 3일차: 서쪽(협재, 오설록).",
        "렌터카 없이 버스로만 다니면?",
    ),
    _m(
        "회사 동료 결혼식 축사 좀 써줄래?",
        "안녕하세요, 신랑 민수 씨와 5년째 같은 팀에서 일하고 있는...",
        "더 짧게, 1분 안에 끝나게",
    ),
    _m("원의 넓이 공식이 뭐였지?", "πr², 반지름의 제곱에 원주율을 곱하면 됩니다.", "구의 부피는?"),
    _m(
        "이 문장 영어로 번역해줘: 회의 시간을 오후 3시로 변경해도 될까요?",
        "Would it be possible to move the meeting to 3 p.m.?",
        "일본어로는?",
    ),
    _m(
        "허리 디스크에 좋은 운동 있어?",
        "일반적으로 맥켄지 신전 운동, 버드독, 플랭크 같은 코어 운동이 많이 권장돼요. 통증이 심하면 먼저 진료를 받으세요.",
        "임산부도 해도 돼?",
    ),
    _m(
        "전세랑 월세 차이 간단히 설명해줘",
        "전세는 큰 보증금을 맡기고 월세 없이 사는 것, 월세는 보증금이 적고 매달 임대료를 내는 방식이에요.",
        "반전세는?",
    ),
    _m(
        "초등학생 아이 생일파티 게임 추천해줘",
        "보물찾기, 풍선 터뜨리기, 몸으로 말해요, 의자 뺏기.",
        "실내에서 10명이면?",
    ),
    _m(
        "된장찌개 2인분 재료 알려줘",
        "된장 2큰술, 애호박 1/3개, 두부 반 모, 감자 1개, 양파 반 개, 멸치육수 500ml.",
        "6인분이면?",
    ),
    _m(
        "자기소개서 첫 문장 좀 다듬어줘: 저는 성실하고 책임감이 강한 사람입니다.",
        '"맡은 일은 끝까지 해내는 것, 그것이 제가 일하는 방식입니다."',
        "덜 뻔하게 다시",
    ),
    _m(
        "스페인 여행 가는데 꼭 먹어야 할 음식?",
        "파에야, 하몽, 추로스 콘 초콜라테, 감바스 알 아히요, 타파스.",
        "채식이면?",
    ),
    _m(
        "비타민D는 언제 먹는 게 좋아?",
        "지용성이라 기름기 있는 식사 후에 먹는 게 흡수에 좋다고 알려져 있어요.",
        "오메가3는?",
    ),
    _m(
        "고양이 처음 키우는데 준비물 뭐 있어?",
        "화장실과 모래, 사료와 그릇, 스크래처, 이동장, 장난감.",
        "강아지는?",
    ),
    _m(
        "프랑스 혁명 3줄 요약해줘",
        "1789년 바스티유 습격, 절대왕정 붕괴와 인권선언, 공화정 수립 후 나폴레옹 등장.",
        "중학생 수준으로 좀 더 풀어서",
    ),
    _m(
        "등산 초보인데 북한산 코스 추천해줘",
        "북한산성 입구에서 백운대까지가 대표적이에요. 왕복 4~5시간.",
        "겨울이면?",
    ),
    _m(
        "우리 서비스 Spring Boot에서 JPA N+1 문제가 나요",
        "fetch join이나 @EntityGraph를 쓰고, 컬렉션은 batch size를 설정하세요.",
        "오 해결됐다. 근데 혹시 퇴근길에 마트에서 살 만한 간단한 저녁 메뉴 있을까?",
    ),
    _m(
        "트래픽 10배 늘어나면 지금 구조에서 뭐부터 바꿔야 할까요? API 서버 2대, MySQL 1대예요",
        "읽기 복제본, 캐시 계층, 무상태 API 오토스케일링부터 보세요.",
        "ㅇㅋ 다음주 회의 때 보자. 그건 그렇고 주말에 부모님 모시고 갈 만한 서울 근교 온천 있어?",
    ),
    _m(
        "R3F에서 Environment 넣으니까 모델이 너무 번쩍거려요",
        "environmentIntensity를 낮추고 toneMapping을 ACES로 해보세요.",
        "됐다 ㄳ. 딴 얘기인데 '되'랑 '돼' 구분하는 법 좀",
    ),
    _m(
        "파이썬으로 엑셀 파일 합치는 스크립트 짜줘",
        "pandas로 폴더 안 xlsx를 읽어서 concat 후 저장하는 코드입니다...",
        "감사! 이제 코딩 말고, 팀장님께 보낼 연차 신청 메시지 좀 공손하게 써줘",
    ),
    _m(
        "떡볶이 맵지 않게 만드는 법?",
        "고추장 대신 간장과 케첩을 섞은 궁중떡볶이 스타일로 해보세요.",
        "아이 5살이 먹을 거면 설탕은 얼마나?",
    ),
    _m(
        "토익 700점 목표로 한 달 공부 계획 짜줘",
        "1~2주차 LC 파트 2·RC 파트 5 집중, 3주차 파트 7, 4주차 실전 모의고사.",
        "하루 1시간밖에 없으면?",
    ),
    _m(
        "엄마 환갑 선물 뭐가 좋을까?",
        "가족사진 촬영권, 건강검진 패키지, 여행, 안마의자.",
        "예산 30만원이면?",
    ),
    _m(
        "감기 걸렸을 때 좋은 음식 알려줘",
        "따뜻한 국물, 생강차, 꿀물, 죽, 비타민C 많은 과일.",
        "목이 특히 아프면?",
    ),
    _m(
        "원룸 인테리어 팁 좀",
        "밝은 색 벽, 다리가 보이는 가구, 거울, 수납형 침대.",
        "월세라 못 박으면?",
    ),
    _m(
        "이메일 마무리 인사 좀 추천해줘, 거래처용",
        '"늘 협조해 주셔서 감사합니다. 좋은 하루 보내십시오."',
        "좀 덜 딱딱하게",
    ),
    _m(
        "달리기 시작하려는데 운동화 고르는 법",
        "발볼과 아치 형태를 확인하고, 오후에 신어보고, 쿠션 위주로 고르세요.",
        "평발이면?",
    ),
    _m(
        "아이유 노래 중에 위로되는 거 추천",
        "'무릎', '밤편지', '마음', '아이와 나의 바다'.",
        "신나는 걸로",
    ),
    _m("1부터 100까지 더하면 얼마야?", "5050이에요. (1+100)×100÷2.", "1부터 1000까지는?"),
    _m(
        "해외 직구하면 관세 얼마부터 붙어?",
        "일반적으로 미국발은 200달러, 그 외는 150달러 이하 목록통관 면세예요.",
        "전자제품도 같아?",
    ),
    _m(
        "고등학교 입학하는 조카한테 줄 편지 써줘",
        "사랑하는 지호에게, 벌써 고등학생이라니...",
        "반말로 친근하게",
    ),
    _m(
        "집에서 라떼아트 연습하려면?",
        "우유 스티밍부터 연습하고, 하트 → 튤립 → 로제타 순서로 해보세요.",
        "스팀 노즐 없는 머신이면?",
    ),
    _m("교토 가을 단풍 시기 언제야?", "보통 11월 중순부터 말까지가 절정이에요.", "오사카는?"),
    _m(
        "쿠버네티스에서 HPA 설정했는데 파드가 안 늘어나요",
        "metrics-server 설치 여부와 resources.requests 설정을 확인하세요.",
        "ㅇㅋ. 근데 내일 소개팅인데 무슨 얘기 하면 좋을까",
    ),
    _m(
        "WebGL 캔버스가 레티나에서 흐릿해요",
        "devicePixelRatio만큼 캔버스 크기를 키우고 viewport를 맞추세요.",
        "고마워요. 아 그리고 이번 주말 부산 날씨 어떨지 감이 와? 보통 5월 말에",
    ),
    _m(
        "아파트 반상회 회의록 요약해줘: 분리수거장 위치 이동, 놀이터 페인트칠 6월, 다음 모임 둘째 주 토요일.",
        "• 분리수거장 위치 이동\n• 놀이터 페인트칠: 6월\n• 다음 모임: 둘째 주 토요일",
        "영어로",
    ),
    _m(
        "불면증 있을 때 어떻게 해?",
        "같은 시간에 자고 일어나기, 침대에서 휴대폰 금지, 오후 카페인 줄이기.",
        "교대근무하면?",
    ),
    _m("김장 배추 몇 포기 해야 해? 4인 가족", "보통 4인 가족이면 10~20포기 정도 해요.", "2인이면?"),
    _m(
        "삼각함수 sin, cos 외우는 팁",
        "단위원으로 생각하면 쉬워요. 30°, 45°, 60° 값만 외우세요.",
        "tan은?",
    ),
    _m(
        "우울할 때 볼 만한 영화?",
        "'리틀 포레스트', '월터의 상상은 현실이 된다', '어바웃 타임'.",
        "한국 영화만",
    ),
    _m(
        "퇴사 인사 메일 써줘, 3년 다닌 회사",
        "안녕하세요, 여러분. 3년간 함께해 주셔서 진심으로 감사드립니다...",
        "좀 더 유쾌하게",
    ),
    _m("캠핑 초보 장비 리스트", "텐트, 타프, 침낭, 매트, 버너, 랜턴, 의자, 테이블.", "차박이면?"),
    _m("강아지 산책 하루 몇 번?", "보통 하루 2번, 30분 정도가 일반적이에요.", "노견이면?"),
    _m(
        "어린이 영어 그림책 추천",
        "'Brown Bear, Brown Bear', 'The Very Hungry Caterpillar', 'Goodnight Moon'.",
        "초등 3학년이면?",
    ),
    _m(
        "미역국 끓이는 법",
        "미역 불리고, 소고기와 참기름에 볶고, 물 부어 30분, 국간장으로 간.",
        "소고기 없이?",
    ),
    _m(
        "통신사 바꾸면 위약금 어떻게 계산돼?",
        "일반적으로 남은 약정 기간과 받은 할인액에 따라 달라져요.",
        "알뜰폰으로 가면?",
    ),
    _u("개발자 아닌 사람한테 API가 뭔지 비유로 설명해줘. 식당 비유 말고 다른 걸로."),
    _u("집 와이파이가 저녁마다 느려져요. 공유기 재부팅 말고 해볼 만한 거 있을까요?"),
    _u("3D 프린터로 피규어 뽑았는데 표면이 거칠어요. 사포질이랑 도색 순서 어떻게 해요?"),
    _u("팀 회고 때 쓸 만한 질문 10개 만들어줘. 개발팀이고 분위기가 좀 가라앉아 있어요."),
    _u("노트북 살 건데 램 16기가면 충분해? 대학생이고 문서작업, 유튜브, 가끔 포토샵"),
    _u("클라우드랑 외장하드 중에 가족사진 보관 어디가 나아?"),
    _u("블로그에 올릴 '재택근무 1년 후기' 글 초안 써줘. 장점 3개 단점 3개"),
    _u("양자컴퓨터가 뭔지 중학생도 이해할 수 있게 설명해줘"),
    _u("부모님 스마트폰 글씨 크게 하는 법 (갤럭시)"),
    _u("게임할 때 모니터 주사율 144Hz랑 60Hz 체감 차이 커?"),
    _u("IT 회사 면접에서 '마지막으로 질문 있나요?' 할 때 물어볼 만한 거 추천"),
    _u("세계에서 가장 긴 강이 나일강이야 아마존강이야?"),
    _u("연말정산 때 월세 세액공제 받으려면 일반적으로 뭐가 필요해?"),
    _u("아두이노로 화분 자동 물주기 만들고 싶은데 필요한 부품 목록만 알려줘"),
    _u("간호사 3교대 하는데 야간 근무 후 식사 어떻게 하는 게 좋아?"),
    _u("'데이터 기반 의사결정'이라는 말을 보고서에 너무 많이 썼어. 다른 표현 추천해줘"),
    _u("인공지능이 그림 그리는 원리를 대충 알려줘. 수학 없이"),
    _u("전자레인지에 넣으면 안 되는 것들 정리해줘"),
    _u("유튜브 채널 이름 지어줘. 주제는 50대 아빠의 목공 취미"),
    _u("휴대폰 배터리 오래 쓰는 습관 뭐 있어? 100% 충전 안 좋다는 거 사실이야?"),
    _u("한국사 능력검정시험 심화 2주 벼락치기 전략"),
    _u("비트랑 바이트 차이, 그리고 인터넷 속도 100Mbps면 파일 1GB 받는 데 얼마나 걸려?"),
    _u("결혼기념일 10주년 이벤트 아이디어, 아이 둘 있음"),
    _u("조선시대 한양 도성 구조에 대해 간단히 설명해줘"),
    _u("요즘 다들 말하는 '디지털 트윈'이 뭐야? 뉴스에서 봤는데 감이 안 와"),
    _u("에어프라이어로 군고구마 몇 도에 몇 분?"),
    _u("스마트홈 입문하려는데 전구, 플러그, 센서 중에 뭐부터 사면 좋아?"),
    _u("자전거 체인에서 소리 나는데 기름칠 어떻게 해?"),
    _s(
        "당신은 IDE에 내장된 코딩 어시스턴트입니다.",
        "코드 말고 하나만요. 이번 주 금요일 팀 회식 장소 공지 문구 좀 써주세요.",
    ),
    _s(
        "You are an autonomous coding agent working in the user's repository.",
        "빌드 기다리는 동안 궁금한 건데, 커피 하루 몇 잔까지 괜찮아?",
    ),
    _s(
        "당신은 가전제품 쇼핑몰 '하나전자'의 상담 챗봇입니다. 친절하게 답하세요.",
        "식기세척기 6인용이랑 12인용 중에 3인 가족이면 뭐가 나아요?",
    ),
    _s(
        "너는 중학생 수학 과외 선생님이야.",
        "일차방정식 2x + 3 = 11 어떻게 풀어?",
        "양변에서 3을 빼면 2x = 8, 양변을 2로 나누면 x = 4야.",
        "분수 있으면?",
    ),
    _s("당신은 마케팅팀의 카피라이팅 도우미입니다.", "여름 시즌 아이스크림 할인 이벤트 문구 3개"),
    _s("당신은 사내 HR 챗봇입니다.", "신입인데 첫 출근 날 뭐 입고 가는 게 무난할까요?"),
    _s(
        "당신은 여행사 '바람길'의 상담 봇입니다.",
        "베트남 다낭 3박 4일 준비물 뭐 챙겨요?",
        "여권, 110V 어댑터는 필요 없고, 선크림, 모기 기피제, 얇은 긴팔을 챙기세요.",
        "아기랑 가면?",
    ),
    _s(
        "You are a helpful coding assistant in JetBrains IDE.",
        "오늘 저녁에 뭐 먹지? 냉장고에 계란, 양파, 햄 있음",
    ),
    _m(
        "강남역 근처 조용한 카페 조건 알려줘, 노트북 작업용",
        "콘센트 많고, 2층 이상, 대형 프랜차이즈보다는 스터디 카페형이 조용해요.",
        "주말에도?",
    ),
    _m(
        "갈비찜 양념 비율?",
        "간장 1 : 설탕 0.5 : 배즙 1 : 다진 마늘 0.5 비율이 기본이에요.",
        "고기 3kg이면?",
    ),
    _u("재테크 처음인데 ETF가 뭔지 아주 쉽게"),
    _u("영어 회화 늘리려면 미드 뭐 보면 좋아? 너무 빠르지 않은 걸로"),
    _u("창문 결로 심한데 겨울에 어떻게 줄여?"),
    _u("고객사 발표용으로 '클라우드 전환의 장점' 일반적인 내용만 5줄로 정리해줘"),
    _m(
        "손글씨 예쁘게 쓰는 연습법?",
        "자음 모음 크기 맞추기, 받침 작게, 줄 노트에 천천히 필사하기.",
        "영어 필기체는?",
    ),
    _u("수학여행 장기자랑으로 반 전체가 할 만한 쉬운 거 추천해줘"),
]

_IT: list[Item] = [
    _m(
        "Mi dai la ricetta della carbonara vera?",
        "Guanciale, tuorli, pecorino romano, pepe nero, spaghetti. Niente panna.",
        "e per 6 persone?",
    ),
    _m(
        "Scrivimi un biglietto per il matrimonio di mia cugina.",
        "Cara Giulia, che questo giorno sia l'inizio di un viaggio pieno di risate e complicità...",
        "più corto",
    ),
    _m(
        "Cosa vedere a Napoli in un weekend?",
        "Spaccanapoli, il Museo Archeologico, il Cristo Velato, il lungomare e una pizza da Sorbillo o simili.",
        "e se piove tutto il tempo?",
    ),
    _m(
        "Come si calcola la media ponderata?",
        "Moltiplichi ogni voto per il suo peso, sommi tutto e dividi per la somma dei pesi.",
        "e la mediana?",
    ),
    _m(
        "Esercizi per il mal di collo da scrivania?",
        "Rotazioni lente della testa, retrazione del mento, stretching dei trapezi, 2-3 volte al giorno.",
        "e per le spalle?",
    ),
    _m(
        "Che differenza c'è tra affitto a canone concordato e libero?",
        "Il concordato ha un canone calmierato e agevolazioni fiscali; il libero lascia le parti libere sul prezzo, con durata 4+4.",
        "e per gli studenti fuori sede?",
    ),
    _m(
        "Un'idea per una torta di compleanno facile?",
        "Torta allo yogurt: un vasetto come misura, 3 uova, zucchero, farina, olio. 40 minuti a 180 °C.",
        "senza zucchero?",
    ),
    _m(
        "Consigli per insegnare a mio figlio ad andare in bici?",
        "Inizia senza pedali, su un prato in leggera discesa, tienilo per le spalle e non per il manubrio.",
        "e se ha già 9 anni e ha paura?",
    ),
    _m(
        "Quanto tempo cuocere un uovo sodo?",
        "9-10 minuti da quando bolle l'acqua.",
        "e alla coque?",
    ),
    _m(
        "Cosa porto per una settimana in Islanda a luglio?",
        "Strati: intimo termico, pile, giacca impermeabile, scarpe da trekking, costume per le piscine termali.",
        "e a dicembre?",
    ),
    _m(
        "Riassumi l'Odissea in 5 righe.",
        "Ulisse, dopo Troia, vaga dieci anni per tornare a Itaca: ciclopi, Circe, sirene. A casa trova i Proci e li sconfigge.",
        "per un bambino di 7 anni",
    ),
    _m(
        "Scrivi un annuncio per affittare la mia casa al mare, 2 camere, a 300 m dalla spiaggia.",
        "Affittasi bilocale/trilocale a 300 m dal mare, due camere, terrazzo, posto auto...",
        "in tedesco",
    ),
    _m(
        "Il mio backend Node ha un memory leak, l'heap cresce sempre.",
        "Fai heap snapshot con --inspect e controlla listener mai rimossi e cache senza limite.",
        "trovato, grazie! Cambio argomento: com'è il meteo medio in Sardegna a fine settembre?",
    ),
    _m(
        "Sto valutando se spezzare il nostro gestionale in microservizi, siamo in 4 sviluppatori.",
        "Con 4 persone un monolite modulare ben separato è spesso più sensato.",
        "ok ci penso. Intanto mi aiuti a scrivere gli auguri di Natale per i clienti?",
    ),
    _m(
        "In three.js le ombre si tagliano ai bordi della scena.",
        "Allarga la shadow camera della DirectionalLight (left/right/top/bottom) e aggiorna la projection.",
        "perfetto. Ultima cosa, non c'entra: qual è la differenza tra prosecco e spumante?",
    ),
    _m(
        "Come si fa il ragù alla bolognese?",
        "Soffritto, macinato misto, vino rosso, passata, latte, cottura lenta di almeno 2-3 ore.",
        "in pentola a pressione?",
    ),
    _m(
        "Come si fa il cambio gomme invernali per legge in Italia, in generale?",
        "Dal 15 novembre al 15 aprile su molte strade serve pneumatici invernali o catene a bordo, secondo le ordinanze.",
        "e in Austria?",
    ),
    _m(
        "Mi spieghi cos'è lo spread?",
        "È la differenza di rendimento tra i titoli di Stato italiani a 10 anni e i Bund tedeschi.",
        "e perché sale quando c'è crisi?",
    ),
    _m(
        "Consigliami un libro giallo italiano.",
        "Camilleri con Montalbano, «Il nome della rosa» di Eco, oppure De Giovanni con il commissario Ricciardi.",
        "qualcosa di più recente",
    ),
    _m(
        "Come pulisco il calcare dal box doccia?",
        "Aceto e acqua in parti uguali, oppure acido citrico, lasci agire 15 minuti e risciacqui.",
        "e se è di marmo?",
    ),
    _m(
        "Programma di allenamento per una mezza maratona in 12 settimane?",
        "3-4 uscite: un lungo progressivo, un lavoro di ripetute, uno a ritmo gara, un lento.",
        "ho 50 anni, va bene lo stesso?",
    ),
    _m(
        "Aiutami con un discorso per la laurea di mia sorella.",
        "Cara Chiara, oggi non festeggiamo solo una tesi, ma anni di notti sui libri...",
        "più ironico",
    ),
    _m("Qual è la capitale del Canada?", "Ottawa.", "e del Brasile?"),
    _m(
        "Come si coltiva il basilico sul balcone?",
        "Sole diretto, terriccio drenante, annaffiature regolari ma senza ristagni, cima i fiori.",
        "e d'inverno?",
    ),
    _m(
        "Scrivi una poesia sul mare d'inverno.",
        "Onde grigie sulla riva vuota, / ombrelloni chiusi come pensieri...",
        "in rima",
    ),
    _m(
        "Ho una query SQL lenta con tre JOIN su tabelle grandi.",
        "Controlla con EXPLAIN, aggiungi indici sulle colonne di join e filtra prima di unire.",
        "sistemato. Domanda a caso: quanti giorni di ferie ho di diritto per legge in Italia, in generale?",
    ),
    _m(
        "Come si dice «ci vediamo dopo» in spagnolo?",
        "«Nos vemos luego» oppure «hasta luego».",
        "e in portoghese?",
    ),
    _m(
        "Organizza una giornata a Firenze con due bambini piccoli.",
        "Mattina al Giardino di Boboli, pranzo in Oltrarno, pomeriggio al Museo Galileo e gelato in piazza.",
        "e se uno è in passeggino?",
    ),
    _m(
        "Che differenza c'è tra IRPEF e IRES?",
        "L'IRPEF colpisce le persone fisiche, l'IRES le società di capitali.",
        "e l'IRAP?",
    ),
    _m(
        "Menù per una cena romantica?",
        "Antipasto di burrata e pomodorini, risotto allo zafferano, tagliata, tiramisù.",
        "lei è vegana",
    ),
    _m(
        "Quanto devo allenarmi per perdere 5 kg?",
        "Dipende molto dall'alimentazione; in generale 3-4 allenamenti a settimana e deficit calorico moderato.",
        "e in 2 mesi è realistico?",
    ),
    _m(
        "Mi fai un elenco di giochi da fare in macchina con i bambini?",
        "Indovina chi sono, targhe a punti, catena di parole, 20 domande.",
        "per un viaggio di 8 ore",
    ),
    _m(
        "Con Babylon.js come faccio il riflesso dell'acqua?",
        "Usa la WaterMaterial o un MirrorTexture con renderList degli oggetti da riflettere.",
        "grazie! Cambiando tema: mi consigli un regalo per il mio capo che va in pensione?",
    ),
    _m(
        "Come si scrive una lettera di reclamo al condominio?",
        "Intestazione all'amministratore, descrizione chiara del problema, richiesta precisa, data e firma.",
        "me la scrivi tu per le infiltrazioni dal tetto?",
    ),
    _m(
        "Spiegami la fotosintesi semplice.",
        "Le piante usano luce, acqua e anidride carbonica per produrre zuccheri e rilasciare ossigeno.",
        "e la respirazione cellulare?",
    ),
    _m(
        "Quali vaccini servono per un viaggio in Thailandia, in generale?",
        "Di solito si consigliano epatite A e B, tifo; meglio chiedere al servizio di medicina dei viaggi.",
        "e per il Kenya?",
    ),
    _m(
        "Dammi un nome per il mio cane, è un bassotto.",
        "Biscotto, Salame, Otto, Briciola.",
        "femmina",
    ),
    _m(
        "Che cos'è la pensione anticipata?",
        "È l'uscita dal lavoro prima dell'età di vecchiaia, con un certo numero di anni di contributi.",
        "e l'opzione donna?",
    ),
    _u(
        "Devo spiegare al consiglio di amministrazione della nostra cooperativa cosa significa «passare al cloud», senza tecnicismi. Mi prepari 5 slide di testo?"
    ),
    _u("Il router di casa ha il Wi-Fi a 2,4 e 5 GHz, quale uso per la smart TV in salotto?"),
    _u("Stampo in 3D con il PETG e ho un sacco di filamenti tipo ragnatela. Cosa cambio?"),
    _u(
        "Scrivi una mail al mio team per dire che da lunedì facciamo lo stand-up alle 9:30 invece che alle 9. Tono leggero."
    ),
    _u("Cos'è un algoritmo? Mia figlia di 10 anni me l'ha chiesto e non so spiegarlo."),
    _u("Differenza tra architetto e geometra per una ristrutturazione in casa?"),
    _u(
        "Come scelgo un portatile per mio padre che usa solo mail, giornali online e videochiamate?"
    ),
    _u(
        "Quali sono le cose principali da sapere sul GDPR per una piccola pasticceria che raccoglie email per la newsletter?"
    ),
    _u("Perché l'acqua bolle a temperatura più bassa in montagna?"),
    _u("Come si fa uno screenshot su un Mac?"),
    _u(
        "Sono project manager, mi aiuti a scrivere un messaggio per rimandare una deadline al cliente senza sembrare disorganizzata?"
    ),
    _u(
        "Mi spieghi la differenza tra intelligenza artificiale, machine learning e deep learning per un articolo sul giornalino della scuola?"
    ),
    _u(
        "Come proteggo gli account dei miei genitori anziani dalle truffe via SMS? Consigli generali."
    ),
    _u("Chi ha inventato il World Wide Web e perché?"),
    _u("Mi serve un titolo accattivante per un workshop aziendale sulla gestione del tempo."),
    _u(
        "Faccio modellismo ferroviario in scala H0, come creo un effetto di erba realistica sui plastici?"
    ),
    _u("Consigli per una videochiamata di colloquio di lavoro: luce, sfondo, audio."),
    _u("Cos'è la fibra FTTH e perché è meglio dell'FTTC?"),
    _u("Fammi un piano pasti settimanale per un'infermiera che fa i turni di notte."),
    _u("Come si fa a sbloccare un lavandino intasato senza chiamare l'idraulico?"),
    _u("Riassumimi la trama dei Promessi Sposi in 10 righe per ripassare."),
    _u("Quali esercizi fare per migliorare la postura se sto 8 ore al pc?"),
    _u("Che differenza c'è tra console e PC per giocare, se uno ha poco tempo?"),
    _u("Consigli per fotografare i fuochi d'artificio con lo smartphone."),
    _u("Qual è la differenza tra un mutuo a tasso fisso e variabile, in parole semplici?"),
    _u("Come funziona la batteria di un'auto elettrica e quanto dura di solito?"),
    _u("Scrivimi una breve bio per il profilo di una ceramista su Instagram."),
    _u("Mi spieghi perché il cielo al tramonto diventa rosso?"),
    _u("Come preparo mio figlio alla prima visita dal dentista?"),
    _u("Differenza tra SIM fisica ed eSIM, conviene passare?"),
    _s(
        "Sei l'assistente di programmazione integrato nell'IDE.",
        "Una pausa dal codice: mi dai una ricetta veloce per il pranzo con zucchine e tonno?",
    ),
    _s(
        "You are a coding agent with shell access to the repository.",
        "Mentre gira la CI: è vero che bisogna bere 2 litri d'acqua al giorno?",
    ),
    _s(
        "Sei il chatbot di assistenza clienti di «Casa Luce», negozio di elettrodomestici.",
        "Buongiorno, come faccio a decalcificare la macchinetta del caffè?",
    ),
    _s(
        "Sei un tutor di latino per il liceo.",
        "Come si traduce «Veni, vidi, vici»?",
        "«Venni, vidi, vinsi»: tre perfetti di venio, video e vinco.",
        "e «Alea iacta est»?",
    ),
    _s(
        "Sei un assistente di scrittura per un'agenzia di viaggi.",
        "Scrivi una descrizione di 80 parole per un tour in barca alle Cinque Terre.",
    ),
    _s(
        "Sei l'assistente interno dell'azienda Ferro & Vetro S.r.l.",
        "Come posso migliorare la mia presentazione in pubblico? Ho sempre ansia.",
    ),
    _u("Cos'è il cashback e come funziona con le carte?"),
    _u("Consigli per tenere in vita un'orchidea regalata?"),
    _m(
        "Ho bisogno di un'idea per la cena di stasera, ho ceci e spinaci.",
        "Ceci e spinaci saltati con aglio, paprika e un uovo in camicia sopra.",
        "senza uova",
    ),
    _m(
        "Come si stira una camicia bene?",
        "Collo, polsini, maniche, poi schiena e davanti, con vapore e camicia un po' umida.",
        "e se è di lino?",
    ),
]

_PT: list[Item] = [
    _m(
        "Me passa uma receita de feijoada pra 4 pessoas?",
        "Feijão preto, carne-seca, paio, costelinha, linguiça, bacon, louro; deixe de molho na véspera e cozinhe na pressão.",
        "e pra 12?",
    ),
    _m(
        "Faz um roteiro de 3 dias no Rio?",
        "Dia 1: Pão de Açúcar e Urca; dia 2: Cristo Redentor e Santa Teresa; dia 3: praias de Ipanema e Leblon.",
        "e se chover?",
    ),
    _m(
        "Escreve uma mensagem de aniversário pro meu chefe.",
        "Feliz aniversário! Que seu novo ano seja cheio de conquistas, saúde e boas parcerias.",
        "mais descontraída",
    ),
    _m(
        "Como calcular juros simples?",
        "J = C × i × t: capital vezes taxa vezes tempo.",
        "e compostos?",
    ),
    _m(
        "Traduz pro inglês: «Segue em anexo o relatório do mês.»",
        "Please find attached this month's report.",
        "e pro espanhol?",
    ),
    _m(
        "Alongamentos pra dor no joelho depois de correr?",
        "Alongamento de quadríceps, isquiotibiais, banda iliotibial e panturrilha, 30 segundos cada.",
        "e pra canela?",
    ),
    _m(
        "Qual a diferença entre MEI e ME?",
        "O MEI tem faturamento anual limitado e imposto fixo mensal; a ME fatura mais e pode ter mais funcionários.",
        "e se eu passar do limite do MEI?",
    ),
    _m(
        "Ideia de bolo de cenoura fofinho?",
        "3 cenouras, 3 ovos, 1 xícara de óleo no liquidificador; misture com 2 xícaras de farinha e 2 de açúcar; cobertura de chocolate.",
        "sem glúten?",
    ),
    _m(
        "Me ajuda a escrever um e-mail pedindo home office dois dias por semana.",
        "Olá, Fernanda, gostaria de propor um formato híbrido, com dois dias de trabalho remoto...",
        "mais curto e direto",
    ),
    _m(
        "Como ensinar meu filho de 6 anos a amarrar o cadarço?",
        "Use o método das orelhas de coelho e cadarços de duas cores.",
        "e se ele for canhoto?",
    ),
    _m(
        "Quanto tempo cozinhar arroz integral?",
        "Cerca de 40 a 45 minutos em panela comum, proporção 1 para 2,5 de água.",
        "e na panela de pressão?",
    ),
    _m(
        "O que levar numa viagem pra Patagônia em novembro?",
        "Corta-vento, fleece, camadas térmicas, bota de trilha, protetor solar e óculos escuros.",
        "e em julho?",
    ),
    _m(
        "Resume Dom Casmurro em poucas linhas.",
        "Bentinho, já velho, narra sua história com Capitu e a suspeita de traição com Escobar, nunca confirmada.",
        "pra uma criança do 5º ano",
    ),
    _m(
        "Faz um anúncio pra vender meu sofá de 3 lugares, cinza, 2 anos de uso.",
        "Vendo sofá 3 lugares cinza, 2 anos de uso, ótimo estado, sem manchas. Retirar no local.",
        "coloca que é em Curitiba, bairro Batel",
    ),
    _m(
        "Meu app em Flutter trava ao rolar uma lista com 2 mil itens.",
        "Use ListView.builder em vez de ListView com children e evite imagens sem cache.",
        "resolveu! Mudando de assunto: quais são os feriados nacionais de novembro no Brasil?",
    ),
    _m(
        "Estamos pensando em separar o checkout em um serviço próprio com fila de eventos.",
        "Faz sentido se o checkout tem ritmo de deploy diferente; use outbox para garantir a publicação dos eventos.",
        "vou levar pro time. Agora outra coisa: me sugere um presente de amigo secreto até 50 reais?",
    ),
    _m(
        "No three.js o texto 3D fica serrilhado.",
        "Ative antialias no renderer e use setPixelRatio(window.devicePixelRatio).",
        "valeu. Fora do assunto: qual a diferença entre 'mas' e 'mais'? Meu sobrinho sempre erra",
    ),
    _m(
        "Como fazer pão de queijo?",
        "Polvilho doce e azedo, leite, óleo, ovos e queijo meia cura ralado; bolinhas e 25 min a 180 °C.",
        "e congelar, dá?",
    ),
    _m(
        "O que é a taxa Selic?",
        "É a taxa básica de juros da economia brasileira, definida pelo Copom.",
        "e por que ela influencia o preço do dólar?",
    ),
    _m(
        "Como tirar mofo da parede do banheiro?",
        "Água sanitária diluída ou vinagre, esfregar com escova, secar bem e melhorar a ventilação.",
        "e do teto?",
    ),
    _m(
        "Plano de treino pra correr 10 km em 10 semanas?",
        "Três treinos: um longo, um intervalado, um leve; aumente o longo 1 km por semana.",
        "tenho só 2 dias livres",
    ),
    _m(
        "Escreve um discurso curto pra formatura da minha turma de enfermagem.",
        "Colegas, hoje encerramos um ciclo de plantões, provas e muito café...",
        "mais emocionante",
    ),
    _m("Qual a capital do Marrocos?", "Rabat.", "e da Tunísia?"),
    _m(
        "Como plantar alecrim em vaso?",
        "Vaso com boa drenagem, sol pleno, regar só quando a terra estiver seca.",
        "e hortelã junto, pode?",
    ),
    _m(
        "Faz uma poesia sobre saudade.",
        "Saudade é casa de porta aberta / onde ninguém entra, mas tudo espera...",
        "em forma de soneto",
    ),
    _m(
        "Minha query no MongoDB tá lenta com filtro por data.",
        "Cria um índice composto com o campo de data e o campo do filtro principal.",
        "resolveu. Pergunta aleatória: quanto tempo dura a licença-paternidade em geral?",
    ),
    _m(
        "Como se diz «saudade» em inglês?",
        "Não há tradução exata; algo como «longing» ou «missing someone».",
        "e em alemão?",
    ),
    _m(
        "Roteiro de um dia em Lisboa com idosos?",
        "Tram 28 com calma, Baixa, almoço no Chiado, fim de tarde no miradouro de São Pedro de Alcântara.",
        "e se um deles usa cadeira de rodas?",
    ),
    _m(
        "Qual a diferença entre IPTU e IPVA?",
        "IPTU é o imposto municipal sobre imóveis urbanos; IPVA é o estadual sobre veículos.",
        "e ITBI?",
    ),
    _m(
        "Cardápio pra um almoço de domingo com a família?",
        "Frango assado com batatas, arroz, farofa, salada de maionese e pudim de sobremesa.",
        "versão vegetariana",
    ),
    _m(
        "Quanto tempo leva pra ganhar massa muscular?",
        "Em geral, resultados visíveis em 8 a 12 semanas de treino consistente e boa alimentação.",
        "e depois dos 50?",
    ),
    _m(
        "Brincadeiras pra festa junina na escola?",
        "Pescaria, boca do palhaço, corrida do saco, correio elegante.",
        "pra crianças de 3 anos",
    ),
    _m(
        "Como fazer um laço de fita bonito pra presente?",
        "Faça duas alças, cruze, passe uma por baixo e puxe, ajustando as pontas em diagonal.",
        "e com fita de tecido larga?",
    ),
    _m(
        "No PlayCanvas, como faço a câmera seguir o personagem suavemente?",
        "Interpole a posição da câmera com lerp no update, usando um offset atrás do personagem.",
        "funcionou! Agora, nada a ver: qual a melhor época pra visitar Fernando de Noronha?",
    ),
    _m(
        "Como escrever uma carta de reclamação para a operadora de celular?",
        "Identificação, número do contrato, relato do problema com datas, pedido claro e prazo.",
        "escreve pra mim, é sobre cobrança de um pacote que cancelei",
    ),
    _m(
        "Explica o ciclo da água simples.",
        "Evaporação, condensação em nuvens, precipitação e escoamento de volta aos rios e mares.",
        "e o ciclo do carbono?",
    ),
    _m(
        "Precisa de visto pra ir aos Estados Unidos saindo do Brasil?",
        "Sim, em geral é preciso o visto de turista B1/B2.",
        "e pro Canadá?",
    ),
    _m(
        "Sugere um nome pra minha gata, ela é toda preta.",
        "Pantera, Noite, Jabuticaba, Salem.",
        "algo mais engraçado",
    ),
    _u(
        "Preciso explicar pra diretoria da escola o que é «computação em nuvem», em linguagem simples, numa apresentação de 5 minutos."
    ),
    _u("Tô imprimindo em 3D com resina e as peças saem com bolhas, o que pode ser?"),
    _u(
        "Escreve um recado pro grupo do time avisando que a retrospectiva da sprint foi remarcada pra quinta."
    ),
    _u("O que é um servidor, afinal? Meu avô quer entender onde ficam os sites."),
    _u("Diferença entre arquiteto e engenheiro civil pra construir uma casa?"),
    _u("Qual notebook comprar pra faculdade de direito? Uso Word, PDF e muita aba aberta."),
    _u("O que é a LGPD em termos gerais e o que uma pequena loja online precisa saber?"),
    _u("Por que o mar é salgado e os rios não?"),
    _u("Como desativar as notificações de um grupo no WhatsApp sem sair dele?"),
    _u(
        "Sou gerente de produto. Me ajuda a escrever um comunicado interno curto sobre o lançamento do novo app, sem detalhes técnicos?"
    ),
    _u("Explica o que é uma rede neural pra um trabalho de escola do ensino médio."),
    _u("Quais cuidados gerais pra não cair em golpe de Pix?"),
    _u("Quem foi Ada Lovelace?"),
    _u(
        "Dá umas ideias de dinâmicas de quebra-gelo pra um workshop de 20 pessoas de áreas diferentes."
    ),
    _u("Faço miniaturas de RPG, como pintar olhos sem borrar?"),
    _u("Dicas pra entrevista de emprego por vídeo: iluminação, câmera e postura."),
    _u("Monta um cardápio semanal barato pra estudante que mora sozinho."),
    _u("Como desentupir ralo do box sem produto químico?"),
    _u("Resume Vidas Secas pra eu revisar pro vestibular."),
    _u("Exercícios de respiração pra ansiedade antes de uma prova."),
    _u("Vale a pena comprar um videogame de geração passada em 2026?"),
    _u("Como fotografar a lua com celular?"),
    _u("Tabela Price e SAC: qual a diferença num financiamento, em termos gerais?"),
    _u("Carro híbrido vale a pena pra quem roda pouco na cidade?"),
    _u("Escreve uma bio de Instagram pra uma confeitaria artesanal em Recife."),
    _u("Como preparar meu cachorro pra chegada de um bebê em casa?"),
    _u("Como transferir o WhatsApp do Android pro iPhone sem perder as conversas?"),
    _s(
        "Você é o assistente de código integrado à IDE. Responda em português.",
        "Fora do código: me dá uma ideia rápida de lanche da tarde saudável?",
    ),
    _s(
        "You are an autonomous software engineering agent.",
        "Enquanto o deploy roda: como faço pra tirar o cheiro de cigarro do carro?",
    ),
    _s(
        "Você é o atendente virtual da Eletro Sol, loja de eletrodomésticos.",
        "Oi, geladeira frost free precisa descongelar alguma vez?",
    ),
    _s(
        "Você é um tutor de física para o ensino médio.",
        "O que é aceleração?",
        "É o quanto a velocidade muda por unidade de tempo, em m/s².",
        "e a da gravidade, por que é 9,8?",
    ),
    _s(
        "Você é assistente de redação de uma agência de marketing.",
        "Cria três chamadas pra campanha de Dia das Mães de uma floricultura.",
    ),
    _s(
        "Você é o assistente interno da Transportes Andorinha Ltda.",
        "Como organizo melhor minha semana quando tenho muitas reuniões?",
    ),
    _u("O que significa «open source»? Vi no jornal e fiquei curioso."),
    _u("Dicas pra manter a samambaia bonita em apartamento."),
    _m(
        "O que fazer com banana madura demais?",
        "Bolo de banana, vitamina, panqueca de banana e aveia ou congelar pra sorvete.",
        "sem forno",
    ),
    _m(
        "Como passar a ferro uma calça social?",
        "Do avesso primeiro nos bolsos, depois do lado certo, marcando o vinco com pano úmido.",
        "e se for de linho?",
    ),
]

BY_LANG: dict[str, list[Item]] = {
    "fr": _FR,
    "ru": _RU,
    "ko": _KO,
    "it": _IT,
    "pt": _PT,
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b8", BY_LANG)
