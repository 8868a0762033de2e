"""Seventh batch of `general` examples: hand-written, one group per example
("general/b7/<lang>/<digest>"). Everyday requests in French, Russian, Korean, Italian and
Portuguese that look like the other labels on the surface: harmless work writing, household IT,
technical hobbies, tech-industry and career questions, pasted texts and topic switches."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "general"

_FR: list[Item] = [
    _u(
        "Rédige un compte rendu de la réunion d'équipe de lundi : on a validé le planning des congés d'été, choisi le nouveau fournisseur de café et décidé de déplacer le point hebdo au jeudi 10h."
    ),
    _u(
        "Peux-tu m'aider à écrire une annonce interne pour dire que la cantine ferme pour travaux du 3 au 14 juin ? Ton léger, pas trop administratif."
    ),
    _u(
        "j'ai une présentation de 10 min demain sur le bilan du salon professionnel de Lyon, tu me proposes un plan en 6 slides ?"
    ),
    _u(
        "Écris un petit mot de félicitations pour Nadège qui part à la retraite après 32 ans à la médiathèque. Quelque chose de chaleureux à lire au pot de départ."
    ),
    _u(
        "Comment on fait pour que l'imprimante du bureau (une Brother laser) soit visible par tous les PC sur le Wi-Fi ? Là elle marche qu'en USB sur un seul poste."
    ),
    _u(
        "C'est quoi un bon gestionnaire de mots de passe pour une famille de 4 ? On a des iPhone et un vieux PC Windows."
    ),
    _u(
        "Je voudrais un tableau Excel pour suivre les dépenses du foyer par mois : courses, essence, loisirs, factures. Quelles colonnes tu mettrais et comment faire un petit graphique camembert ?"
    ),
    _u(
        "En photo de paysage, pourquoi tout le monde ferme à f/8 ou f/11 ? J'ai un Fuji X-T30 et je shoote toujours à f/2.8."
    ),
    _u(
        "Ma fille veut faire de la data science après son bac. Licence de maths, BUT informatique ou école d'ingé post-bac, c'est quoi les différences concrètes ?"
    ),
    _u(
        "Explique-moi la loi de l'offre et de la demande avec l'exemple du prix des fraises au printemps."
    ),
    _u(
        "Pourquoi la Révolution française commence en 1789 et pas avant ? Les causes principales en quelques points."
    ),
    _u(
        "Quelle est la différence entre un CDD et un contrat d'intérim en France ? Juste en général, je compare deux offres."
    ),
    _u(
        "Quels sont les symptômes classiques d'une carence en fer ? Je me pose la question en général, je suis souvent fatigué en hiver."
    ),
    _u(
        "résume cet article stp :\n\n« La ville de Besançon a inauguré samedi sa nouvelle passerelle piétonne au-dessus du Doubs. Longue de 84 mètres, elle relie le quartier de Battant au centre historique et remplace un ancien pont métallique fermé depuis 2019 pour des raisons de sécurité. Les travaux, qui ont duré dix-huit mois, ont été financés à 60 % par la région. Le maire a salué un ouvrage « sobre et lumineux », équipé d'un éclairage LED à détection de présence. Les associations de cyclistes regrettent toutefois que les vélos doivent y circuler au pas. »"
    ),
    _u(
        "Traduis en anglais la notice de ma cafetière : « Avant la première utilisation, faites fonctionner l'appareil deux fois avec de l'eau claire sans café. Ne jamais remplir le réservoir au-delà du repère MAX. Détartrer tous les deux mois avec un produit adapté. »"
    ),
    _u(
        "Comment fonctionne une imprimante 3D résine par rapport à une FDM ? Je veux imprimer des figurines pour du jeu de plateau."
    ),
    _u(
        "Pour mon réseau de train miniature à l'échelle HO, c'est quoi l'intérêt du digital (DCC) par rapport à l'analogique ?"
    ),
    _u(
        "On refait la cuisine : on voudrait abattre la cloison entre cuisine et séjour. Comment savoir si c'est un mur porteur, et qui faut-il appeler ?"
    ),
    _u(
        "Quel télescope pour débuter en astronomie avec un budget de 400 € ? Je veux voir Saturne et quelques nébuleuses."
    ),
    _u(
        "C'est quoi exactement le style haussmannien ? Les caractéristiques des façades, les balcons, les étages."
    ),
    _u(
        "Dessin : comment on fait une perspective à deux points de fuite pour dessiner une rue ? Je galère avec les fenêtres."
    ),
    _u(
        "Est-ce que ça vaut le coup d'apprendre à coder en 2025 avec toutes les IA qui génèrent du code ? Je suis comptable, 38 ans."
    ),
    _u(
        "ChatGPT, Claude, Mistral, Gemini… concrètement c'est quoi la différence pour un usage perso (mails, recettes, devoirs des enfants) ?"
    ),
    _u("Pourquoi Nvidia vaut autant en bourse ? Explique-moi comme si je n'y connaissais rien."),
    _u(
        "Je cherche une formation en ligne pour devenir chef de projet digital, reconnue et finançable par le CPF. Tu as des pistes de critères pour choisir ?"
    ),
    _u(
        "Comment sauvegarder automatiquement les photos de mon téléphone Android sur un cloud sans payer trop cher ? Google Photos, pCloud, autre ?"
    ),
    _u(
        "Mon iPhone dit « stockage presque saturé » alors que j'ai supprimé plein d'applis. C'est quoi « Données du système » qui prend 20 Go ?"
    ),
    _u("Démontre que la somme des n premiers entiers impairs vaut n²."),
    _u("Calcule la dérivée de f(x) = x² · e^(-x) et dis-moi où elle s'annule."),
    _u("Pourquoi l'eau bout à une température plus basse en montagne ?"),
    _u("Écris une biographie courte (150 mots) de Marie Curie pour un exposé de CM2."),
    _u(
        "Merci de rédiger un message de remerciement pour les bénévoles qui ont tenu la buvette à la fête du village, à publier sur la page Facebook de l'association."
    ),
    _u(
        "Fais-moi une trame d'entretien annuel d'évaluation générique, côté manager, avec les grandes rubriques. Pas pour quelqu'un en particulier, c'est pour créer notre modèle."
    ),
    _u(
        "Je dois écrire un avis Google pour le garage qui a réparé ma voiture, super service. Tu peux me proposer 3 lignes sympas ?"
    ),
    _u(
        "Quelle différence entre un SSD NVMe et un SSD SATA pour un PC de bureautique ? Ça vaut le coup de payer plus ?"
    ),
    _u("Comment on calcule des intérêts composés ? Exemple : 5 000 € placés à 3 % pendant 10 ans."),
    _u("Donne-moi un programme de révision sur 4 semaines pour le code de la route."),
    _u(
        "Je monte une maquette de la tour Eiffel en allumettes avec mon fils. Des conseils pour la colle et pour que ça tienne droit ?"
    ),
    _u(
        "Comment réinitialiser un routeur TP-Link aux paramètres d'usine ? J'ai oublié le mot de passe admin de l'interface."
    ),
    _u(
        "Corrige les fautes : « Suite a notre échange télephonique, je vous confirme que la livraison seras effectué mercredi prochain entre 9h et 12h. »"
    ),
    _u(
        "Quelles sont les règles d'or pour choisir un bon mot de passe ? Je fais un atelier pour les seniors du club informatique."
    ),
    _u(
        "je comprends rien aux fuseaux horaires, si il est 14h à Montréal il est quelle heure à Tokyo ?"
    ),
    _u("Propose-moi un titre accrocheur pour un article de blog sur le compostage en appartement."),
    _u(
        "C'est quoi le métier de product manager, concrètement, une journée type ? Je suis prof et j'envisage une reconversion."
    ),
    _u("Un SaaS, c'est quoi ? On en parle tout le temps dans ma boîte et je n'ose pas demander."),
    _u("Pourquoi les photos de la Lune avec mon téléphone sont toujours une tache blanche floue ?"),
    _u(
        "Rédige un texte d'invitation pour la journée portes ouvertes de notre cabinet d'architectes le 12 octobre : visite de l'atelier, maquettes, apéritif."
    ),
    _u(
        "Aide-moi à préparer un discours de 2 minutes pour le mariage de mon meilleur pote, Julien. Il est fan de rugby et de barbecue."
    ),
    _u(
        "Comment fonctionne la TVA pour un auto-entrepreneur, en général ? Franchise, seuils, tout ça."
    ),
    _u(
        "Je fais du modélisme ferroviaire, je veux construire un décor de montagne en plâtre. Quelle technique pour les rochers ?"
    ),
    _u(
        "Quelles sont les étapes pour isoler des combles perdus soi-même ? Laine soufflée ou rouleaux ?"
    ),
    _u(
        "Quels livres pour comprendre l'histoire de l'informatique, de Turing à Internet ? Niveau grand public."
    ),
    _u("comment on partage un agenda Google avec toute la famille pour les activités des enfants"),
    _u("Explique-moi ce qu'est l'inflation et pourquoi la BCE monte les taux pour la combattre."),
    _u(
        "Fais-moi un tableau comparatif de trois aspirateurs robots pour un appartement avec un chat : critères à regarder, pas de marques spécifiques."
    ),
    _m(
        "Tu peux m'expliquer comment fonctionne un index composite en PostgreSQL ?",
        "Un index composite porte sur plusieurs colonnes dans un ordre donné ; il sert surtout les requêtes qui filtrent sur les premières colonnes de cet ordre…",
        "Ok merci. Sinon rien à voir, tu me conseilles quoi comme série policière française à regarder ce week-end ?",
    ),
    _m(
        "Écris-moi un mail pour annoncer à l'équipe que le séminaire annuel aura lieu à Annecy les 19 et 20 septembre.",
        "Bonjour à toutes et à tous, j'ai le plaisir de vous annoncer que notre séminaire annuel se tiendra à Annecy les 19 et 20 septembre…",
        "plus court et plus fun stp",
    ),
    _m(
        "J'ai un souci avec mon shader de bruit dans three.js, les nuages apparaissent pixelisés.",
        "C'est souvent lié à la résolution de la texture de bruit ou à un filtrage en NearestFilter…",
        "Bon je verrai ça demain. Tu connais une bonne recette de blanquette de veau ?",
    ),
    _m(
        "Résume-moi les causes de la Première Guerre mondiale.",
        "Les historiens retiennent souvent : les alliances, le nationalisme, l'impérialisme, la course aux armements et l'attentat de Sarajevo…",
        "et la deuxième ?",
    ),
    _m(
        "Comment je règle la balance des blancs sur mon Canon pour les photos en intérieur ?",
        "Passe en mode balance des blancs « tungstène » ou personnalise-la avec une feuille blanche dans la lumière de la pièce…",
        "Et si je shoote en RAW, c'est important ou je peux corriger après ?",
    ),
    _m(
        "Traduis en italien : « Le musée sera fermé le lundi de Pâques. »",
        "« Il museo resterà chiuso il lunedì di Pasqua. »",
        "Et en espagnol ?",
    ),
    _m(
        "On devrait séparer notre monolithe en microservices d'après toi ?",
        "Ça dépend de la taille de l'équipe, des besoins de déploiement indépendant et des frontières métier…",
        "Ok on en reparle. Question perso : c'est quoi la meilleure période pour visiter la Crète ?",
    ),
    _m(
        "Je fais un tableau de suivi de mes séances de course à pied dans Google Sheets.",
        "Bonne idée ! Tu peux prévoir des colonnes date, distance, durée, allure et ressenti…",
        "Comment je calcule l'allure moyenne en min/km à partir de la durée et de la distance ?",
    ),
    _m(
        "Quelle est la capitale de l'Australie ?",
        "Canberra, et non Sydney comme on le croit souvent.",
        "pourquoi pas Sydney du coup ?",
    ),
    _m(
        "Je prépare une présentation sur l'histoire de l'aviation pour des collégiens.",
        "Super sujet. On peut structurer : les pionniers, la Grande Guerre, l'âge d'or, les jets, aujourd'hui…",
        "Ajoute une slide sur Hélène Boucher, elle était de ma région.",
    ),
    _m(
        "Ma box Free clignote en rouge depuis ce matin.",
        "Un voyant rouge indique souvent une perte de synchronisation. Essaie de la redémarrer et vérifie le câble de la prise téléphonique…",
        "c'est fait, toujours rouge",
    ),
    _m(
        "Peux-tu relire ma lettre de motivation pour un poste d'assistante de direction ?",
        "Avec plaisir, colle-la ici.",
        "Madame, Monsieur,\nForte de huit ans d'expérience en gestion d'agenda et organisation d'événements, je souhaite rejoindre votre société en tant qu'assistante de direction. Rigoureuse et discrète, j'apprécie particulièrement les environnements exigeants…\nEst-ce que l'intro est trop classique ?",
    ),
    _m(
        "Explique-moi le principe des trous noirs.",
        "Un trou noir est une région où la gravité est si forte que rien, même la lumière, ne peut s'en échapper…",
        "Et ça veut dire quoi l'horizon des événements ?",
    ),
    _m(
        "Aide-moi à écrire la requête SQL pour compter les commandes par client.",
        "SELECT client_id, COUNT(*) FROM commandes GROUP BY client_id;",
        "Merci ! Au fait, tu peux m'écrire un petit poème pour l'anniversaire de ma collègue Sophie ? Elle adore les chats.",
    ),
    _m(
        "Quelle imprimante 3D pour débuter, Bambu Lab A1 mini ou Prusa Mini ?",
        "Les deux sont très bien. La A1 mini est plus simple à prendre en main, la Prusa plus ouverte et réparable…",
        "et pour imprimer du PETG ça change quelque chose ?",
    ),
    _m(
        "Donne-moi trois idées de sujets pour un mémoire de master en sociologie urbaine.",
        "1) La gentrification des anciens quartiers ouvriers ; 2) Les usages des tiers-lieux ; 3) Les mobilités douces en périphérie…",
        "Développe la deuxième, avec une problématique possible.",
    ),
    _m(
        "C'est quoi la différence entre un crédit à taux fixe et variable ?",
        "Le taux fixe reste identique toute la durée du prêt ; le variable évolue selon un indice, souvent capé…",
        "Dans quel cas le variable est intéressant ?",
    ),
    _m(
        "Bonjour, je dois écrire le rapport d'activité annuel de notre club de tennis.",
        "Bonjour ! Quels éléments veux-tu y mettre : effectifs, résultats sportifs, événements, finances ?",
        "Effectifs en hausse de 15 %, deux équipes montées en division supérieure, le tournoi open a accueilli 140 joueurs. Fais-moi une intro.",
    ),
    _m(
        "Comment fonctionne la reconnaissance faciale sur les téléphones ?",
        "Le téléphone projette des milliers de points infrarouges pour construire une carte 3D du visage…",
        "Et c'est plus sûr qu'une empreinte digitale ?",
    ),
    _m(
        "J'écris une nouvelle de science-fiction sur une colonie martienne.",
        "Chouette ! Tu as déjà le personnage principal et le conflit central ?",
        "Oui, une botaniste qui découvre que les serres sont sabotées. Propose-moi une première scène.",
    ),
    _m(
        "Pourquoi mon code Python affiche None à la fin de ma fonction ?",
        "Probablement parce que la fonction ne fait pas de return et que tu affiches son résultat avec print…",
        "ah oui c'était ça. Bon sinon j'hésite à prendre un congé sabbatique de 6 mois pour voyager en Amérique du Sud, tu as des conseils pour préparer ça ?",
    ),
    _m(
        "Combien de calories brûle-t-on en une heure de vélo ?",
        "Ça dépend du poids et de l'intensité, mais en moyenne entre 400 et 700 kcal…",
        "et en natation ?",
    ),
    _m(
        "Peux-tu me faire un planning de ménage hebdo pour une coloc de 4 ?",
        "Bien sûr : on peut répartir cuisine, salle de bain, sols et poubelles en rotation hebdomadaire…",
        "Mets-le sous forme de tableau avec les prénoms Léa, Karim, Tom et Inès.",
    ),
    _m(
        "C'est quoi le télétravail hybride, exactement ?",
        "C'est une organisation qui alterne jours au bureau et jours à distance, selon des règles définies par l'entreprise…",
        "Tu peux m'aider à rédiger une note pour présenter cette organisation aux équipes ? Rien de confidentiel, c'est déjà annoncé.",
    ),
    _m(
        "La perspective atmosphérique, c'est quoi en peinture ?",
        "C'est le fait de représenter les plans lointains plus clairs, plus bleutés et moins contrastés…",
        "Comment je l'applique à l'aquarelle ?",
    ),
    _m(
        "Tu peux m'expliquer ce qu'est le cloud computing en deux phrases ?",
        "Le cloud computing, c'est utiliser des serveurs, du stockage et des logiciels hébergés chez un prestataire via Internet, au lieu de les posséder. On paie selon l'usage.",
        "Et iCloud c'est pareil ?",
    ),
    _m(
        "Ton avis : bambou ou parquet chêne pour une chambre ?",
        "Le chêne est plus chaleureux et se ponce plusieurs fois ; le bambou est dur et écologique mais sensible à l'humidité…",
        "ok chêne. massif ou contrecollé ?",
    ),
    _s(
        "Tu es un assistant de code intégré à l'IDE. Réponds de façon concise.",
        "Au fait, c'est quoi la différence entre Git et GitHub ? Ma stagiaire m'a posé la question et je veux une explication simple sans jargon.",
    ),
    _s(
        "Tu es un assistant de code intégré à VS Code.",
        "Pas de code cette fois : tu connais des bons podcasts tech en français pour les trajets ?",
    ),
    _s(
        "Vous êtes l'assistant virtuel de Mobiliso, opérateur mobile. Vous aidez les clients pour leurs forfaits et leurs appareils.",
        "Bonjour, comment je transfère mes contacts de mon ancien Samsung vers mon nouvel iPhone ?",
    ),
    _s(
        "Vous êtes l'assistant virtuel de Mobiliso, opérateur mobile.",
        "C'est quoi l'eSIM et est-ce que mon téléphone est compatible en général ? J'ai un Pixel 7.",
    ),
    _s(
        "Tu es un assistant d'écriture pour une agence de communication. Tu aides à rédiger des textes clairs et engageants.",
        "Rédige un post LinkedIn pour annoncer que notre agence fête ses 10 ans, avec un remerciement à nos clients et à l'équipe.",
    ),
    _s(
        "Tu es un assistant d'écriture.",
        "Transforme ces notes en compte rendu propre :\n- réunion parents-profs 5e B\n- sortie au Futuroscope confirmée le 22 mai\n- besoin de 3 parents accompagnateurs\n- kermesse : stand gâteaux à organiser",
    ),
    _s(
        "Tu es un tuteur de mathématiques bienveillant pour des lycéens.",
        "Je comprends pas pourquoi ln(a×b) = ln(a) + ln(b). Tu peux m'expliquer avec des exemples ?",
    ),
    _s(
        "Tu es un agent de développement autonome. Tu as accès au dépôt et au terminal.",
        "Avant de commencer la tâche : c'est quoi la licence MIT et est-ce que je peux l'utiliser pour un projet perso que je vends ?",
    ),
    _s(
        "Tu es l'assistant support de CloudoBox, service de stockage en ligne.",
        "Comment je partage un dossier de photos de vacances avec ma famille sans qu'ils aient besoin de créer un compte ?",
    ),
    _s(
        "Tu es l'assistant support de CloudoBox.",
        "Quelle est la différence entre synchronisation et sauvegarde ? Je ne suis pas sûr de quoi activer.",
    ),
    _s(
        "Tu es un assistant RH interne de la société Vergelys. Tu réponds aux questions générales des salariés.",
        "Comment on pose des RTT en général, il y a un délai de prévenance ?",
    ),
    _s(
        "Tu es un assistant RH interne.",
        "Peux-tu m'aider à écrire un message d'accueil pour les trois nouveaux arrivants de lundi dans l'équipe logistique ? Juste un mot de bienvenue sympa.",
    ),
    _s(
        "You are a helpful coding assistant embedded in JetBrains IDEs.",
        "Dis-moi, pour mon CV de développeuse, c'est mieux de lister les technos par niveau ou par projet ?",
    ),
    _s(
        "You are a helpful assistant.",
        "Explique-moi en français le principe des marées et le rôle de la Lune.",
    ),
    _s(
        "Tu es un assistant pour les agents d'une bibliothèque municipale.",
        "Propose-moi 5 romans jeunesse sur le thème de l'écologie pour une table thématique en avril.",
    ),
    _s(
        "Tu es un assistant de rédaction juridique grand public.",
        "En termes simples, c'est quoi un bail mobilier et un bail d'habitation vide ? Les durées et le préavis.",
    ),
    _s(
        "Tu es l'assistant d'une plateforme de cours en ligne.",
        "Quelle différence entre un MOOC et une formation certifiante ? Et est-ce que les recruteurs regardent vraiment les certificats Coursera ?",
    ),
    _s(
        "Tu es un assistant de code.",
        "Question hors sujet, désolé : mon écran externe ne s'allume plus quand je branche mon MacBook via l'adaptateur USB-C. Des idées ?",
    ),
    _s(
        "Tu es un coach de productivité.",
        "Comment organiser ma semaine quand j'ai un job à temps plein et une formation du soir deux fois par semaine ?",
    ),
    _s(
        "Tu es un assistant d'écriture pour une mairie.",
        "Rédige un avis à la population pour annoncer la coupure d'eau rue des Tilleuls le mardi 8 de 8h à 12h pour travaux.",
    ),
    _s(
        "Tu es un assistant d'aide aux devoirs.",
        "Comment on calcule l'aire d'un trapèze ? On a un contrôle demain.",
    ),
]

_RU: list[Item] = [
    _u(
        "Составь служебную записку на имя директора о закупке новых офисных кресел для отдела бухгалтерии: старые сломаны, нужно 8 штук, прикладываю три коммерческих предложения."
    ),
    _u(
        "Напиши пресс-релиз об открытии нашего нового филиала в Екатеринбурге. Открытие уже состоялось, адрес публичный: ул. Малышева, 51, будем консультировать по вопросам страхования."
    ),
    _u(
        "Для внутренней рассылки: итоги хакатона выходного дня. Участвовало 11 команд, победил проект бота для записи к офисному массажисту. Пара абзацев с юмором."
    ),
    _u(
        "Нужна короткая памятка для сотрудников, как пользоваться новой кофемашиной на этаже и не ломать её: вода, зёрна, чистка поддона."
    ),
    _u(
        "Придумай текст для стенда нашей компании на выставке «Агропродмаш»: мы делаем упаковочные линии для молочки. Коротко, ёмко, без воды."
    ),
    _u("Напиши письмо клиентам химчистки, что с 1 марта мы работаем с 8 до 21 без выходных."),
    _u(
        "Сделай конспект вебинара по этим заметкам: «тайм-блокинг, правило двух минут, не проверять почту до 11, еженедельный обзор по пятницам, матрица Эйзенхауэра»."
    ),
    _u(
        "Помоги составить отчёт о командировке на открытую конференцию «Белые ночи» в Питере: какие доклады слушал, что можно внедрить у нас в отделе поддержки."
    ),
    _u(
        "Поздравь нашу классную руководительницу Галину Сергеевну с Днём учителя от имени родителей 7 «Б». Она ведёт у них литературу и театральный кружок."
    ),
    _u(
        "Напиши благодарность волонтёрам приюта «Верный друг», которые весь декабрь выгуливали собак в мороз. Для поста ВКонтакте."
    ),
    _u("Краткая биография Софьи Ковалевской для школьного доклада, 1–2 абзаца."),
    _u("Чем знаменит Лобачевский? Объясни, что такого революционного в его геометрии, без формул."),
    _u(
        "Телевизор Samsung не видит флешку с фильмами, хотя на компе она открывается. В чём может быть дело?"
    ),
    _u(
        "Как в общих чертах настроить родительский контроль на планшете ребёнка, чтобы ограничить время в играх?"
    ),
    _u("Колонка с Алисой не подключается к домашнему Wi-Fi, пишет ошибку. Что обычно помогает?"),
    _u("почему ноут не заряжается от зарядки телефона через type-c, разъём же одинаковый"),
    _u("Звук в блютуз-наушниках отстаёт от видео на ноутбуке. Это лечится?"),
    _u(
        "Мышка сама делает двойной клик вместо одинарного. Это можно починить или проще купить новую?"
    ),
    _u("Хочу заняться радиолюбительством. Как получить позывной и с какой рации начать для УКВ?"),
    _u(
        "Можно ли сфотографировать Юпитер со спутниками на телефон через окуляр телескопа? Какие настройки камеры ставить?"
    ),
    _u(
        "Собираю сборную модель танка Т-34 в масштабе 1:35. Как сделать эффект грязи и ржавчины аэрографом?"
    ),
    _u(
        "Досталась бабушкина комод советский, лакированный. Как его отреставрировать, не испортив шпон?"
    ),
    _u("На гитаре никак не получается баррэ, струны дребезжат. Упражнения какие-нибудь есть?"),
    _u("Какие дебюты в шахматах стоит выучить новичку с рейтингом 1000 на Lichess?"),
    _u(
        "Ставлю теплицу из поликарбоната 3×6 на даче. Какой фундамент лучше: брус, кирпич или винтовые сваи?"
    ),
    _u(
        "Расскажи про конструктивизм в архитектуре на примере дома Мельникова. Почему у него круглые окна?"
    ),
    _u("Как построили церковь Преображения в Кижах без единого гвоздя? Это правда или легенда?"),
    _u(
        "Из пункта А в пункт Б выехал поезд со скоростью 60 км/ч, через час навстречу из Б — другой со скоростью 90 км/ч. Расстояние 360 км. Когда встретятся? Реши с пояснениями."
    ),
    _u(
        "Объясни парадокс дней рождения: почему в группе из 23 человек вероятность совпадения больше 50%?"
    ),
    _u("Как работает холодильник, если внутри холодно, а сзади горячо? Объясни через физику."),
    _u("Почему за самолётом остаётся белый след в небе?"),
    _u(
        "Как в общих чертах работают вакцины и почему от некоторых болезней прививаются каждый год?"
    ),
    _u("Почему у жирафа длинная шея — это Дарвин или Ламарк? Объясни разницу взглядов."),
    _u("Расскажи историю Великой теоремы Ферма: почему её так долго не могли доказать?"),
    _u("Какие реформы Петра I были самыми важными? Для доклада, 5 пунктов."),
    _u("Почему распался СССР? Основные причины, без политических оценок."),
    _u("Что такое Великий шёлковый путь и почему он перестал быть важным?"),
    _u("Ледовое побоище — насколько достоверны описания из фильма Эйзенштейна?"),
    _u("Что такое ETF и чем он отличается от покупки отдельных акций?"),
    _u("Как в общем устроен социальный налоговый вычет за лечение? Какие документы обычно нужны?"),
    _u("Самозанятость: кому подходит и какой там налог? Хочу шить на заказ."),
    _u("Что такое банкротство физического лица в общих чертах и какие у него последствия?"),
    _u("Нужна ли страховка для поездки в Турцию и что она обычно покрывает?"),
    _u("Как отказаться от сладкого, если тянет каждый вечер? Общие советы."),
    _u("Какие бывают частые триггеры мигрени, если говорить в целом?"),
    _u(
        "Переведи на английский этот кусочек рассказа, стараясь сохранить настроение:\n\n«Поезд остановился посреди поля. Проводница вышла покурить, а мы смотрели, как над рожью поднимается туман. Никто не спешил — казалось, мы приехали туда, куда и ехали.»"
    ),
    _u(
        "Выдели главное из текста:\n\n«Исследователи из Томска создали биоразлагаемую упаковку на основе отходов переработки облепихи. Материал сохраняет прочность в течение полугода, а затем разлагается в почве за восемь недель. Учёные уже договорились с двумя местными производителями соков о пробной партии. По оценкам авторов, себестоимость упаковки пока на 20% выше пластиковой, но при массовом производстве разница может исчезнуть.»"
    ),
    _u(
        "Сократи инструкцию к велосипеду до 5 пунктов:\n«Перед каждой поездкой проверяйте давление в шинах. Убедитесь, что быстросъёмные эксцентрики затянуты. Проверьте работу тормозов на малой скорости. Раз в месяц смазывайте цепь специальной смазкой, излишки удаляйте тряпкой. Не оставляйте велосипед под дождём. Раз в год проводите техническое обслуживание в мастерской. Используйте шлем и световозвращатели.»"
    ),
    _u(
        "Стоит ли идти учиться на программиста 1С в 35 лет? Говорят, это стабильная работа в любом городе."
    ),
    _u("Как подготовиться к собеседованию на английском, если разговорный уровень так себе?"),
    _u("Кто такой DevRel и чем он занимается в IT-компании?"),
    _u(
        "Можно ли работать удалённо на московскую компанию, живя в Калуге? Какие подводные камни вообще бывают?"
    ),
    _u("Объясни на пальцах, что такое нейросеть. Мне 67, внук всё время о них говорит."),
    _u("Почему языковые модели иногда уверенно выдумывают факты? Что такое галлюцинации ИИ?"),
    _u("Как Midjourney и похожие сервисы рисуют картинки по тексту? В двух словах."),
    _u(
        "Сделай таблицу для учёта показаний счётчиков воды и света по месяцам, чтобы сразу видно было расход."
    ),
    _u(
        "Хочу в Excel вести список лекарств в домашней аптечке со сроками годности. Как подсветить те, что скоро истекают?"
    ),
    _u(
        "Почему банки и сервисы просят менять пароль, а потом эксперты говорят, что часто менять не надо? Кто прав, в общем?"
    ),
    _u("Что такое дата-центр и почему их строят на севере, например в Финляндии?"),
    _u("скучно. давай сыграем в города?"),
    _m(
        "Как в Go прочитать JSON из файла в структуру?",
        "Откройте файл через os.ReadFile и передайте байты в json.Unmarshal вместе с указателем на структуру…",
        "Спасибо! А вообще, что почитать из современной русской прозы? Хочется чего-то не депрессивного.",
    ),
    _m(
        "Напиши объявление для сотрудников о том, что офис переезжает на новый адрес в апреле. Это уже объявлено официально.",
        "Уважаемые коллеги! Сообщаем, что в апреле наш офис переезжает по новому адресу…",
        "добавь, что парковка там бесплатная, и сделай теплее",
    ),
    _m(
        "В PlayCanvas у меня материал воды выглядит как пластик.",
        "Попробуйте добавить френелевское отражение, нормал-карту с анимацией и уменьшить шероховатость…",
        "Ок, гляну. Кстати, что подарить маме на юбилей, если она всё уже имеет?",
    ),
    _m(
        "Кто такие декабристы?",
        "Участники тайных обществ, которые 14 декабря 1825 года вышли на Сенатскую площадь с требованием перемен…",
        "а что с ними было потом?",
    ),
    _m(
        "Как снимать водопад, чтобы вода была шёлковая?",
        "Нужна длинная выдержка, от 1/4 до нескольких секунд, штатив и, при ярком свете, ND-фильтр…",
        "а какой ND брать, на сколько стопов?",
    ),
    _m(
        "Переведи на английский вывеску: «Осторожно, скользкий пол».",
        "«Caution: Slippery Floor» или «Caution: Wet Floor».",
        "а как лучше для табличек в отеле?",
    ),
    _m(
        "Нам стоит вынести авторизацию в отдельный сервис?",
        "Если несколько продуктов используют одни учётки — да, но это добавит сетевую зависимость и требования к доступности…",
        "Ладно, это потом. Подскажи, как отмыть накипь с электрочайника без химии?",
    ),
    _m(
        "Веду в таблице список подарков к Новому году.",
        "Удобно! Колонки: кому, идея, бюджет, куплено ли, где купить.",
        "как сделать, чтобы сумма по бюджету считалась сама?",
    ),
    _m(
        "Какое самое глубокое озеро в мире?",
        "Байкал, около 1642 метров.",
        "а почему вода в нём такая прозрачная?",
    ),
    _m(
        "Готовлю классный час про блокаду Ленинграда для шестиклассников.",
        "Можно выстроить так: начало блокады, Дорога жизни, дневник Тани Савичевой, прорыв и снятие блокады…",
        "добавь про Седьмую симфонию Шостаковича",
    ),
    _m(
        "Почему телефон показывает, что Wi-Fi подключён, но без интернета?",
        "Значит, связь с роутером есть, а у роутера — нет связи с провайдером, или сбился DNS…",
        "у соседей тоже не работает",
    ),
    _m(
        "Помоги написать пост о поиске новых участников в наш любительский хор.",
        "С удовольствием. Расскажите, какой у вас хор и когда репетиции?",
        "Смешанный хор при ДК «Октябрь», репетиции по вторникам и четвергам в 19:00, поём от народных до Rutter. Опыт не обязателен.",
    ),
    _m(
        "Что такое квантовая запутанность?",
        "Это связь между частицами, при которой измерение одной мгновенно определяет состояние другой, как бы далеко они ни были…",
        "значит, можно передавать информацию быстрее света?",
    ),
    _m(
        "Как в Kotlin сделать data class с значением по умолчанию?",
        "data class User(val name: String, val age: Int = 18)",
        "Понял. Не по теме: посоветуй настолку на компанию из 6 человек, чтобы без долгого изучения правил.",
    ),
    _m(
        "На 3D-принтере печатаю PLA, а модель отрывается от стола на углах.",
        "Это warping: помогает кайма (brim), чистый стол, нагрев стола до 60 °C и отсутствие сквозняков…",
        "а закрытый корпус для принтера нужен?",
    ),
    _m(
        "Помоги выбрать тему для проекта в 9 классе по биологии.",
        "Варианты: влияние музыки на рост растений, микрофлора на телефоне, качество воды в местном пруду…",
        "давай про воду. как составить план исследования?",
    ),
    _m(
        "Что такое рефинансирование ипотеки в общем смысле?",
        "Это когда вы берёте новый кредит в другом банке под меньший процент, чтобы погасить старый…",
        "когда оно обычно выгодно?",
    ),
    _m(
        "Надо написать отчёт о летнем лагере для сайта школы.",
        "Отлично! Какие были смены, мероприятия, сколько ребят?",
        "Две смены по 21 дню, 120 детей, походы, конкурс «Минута славы», экскурсия в Великий Новгород. Напиши текст.",
    ),
    _m(
        "Как бесконтактная оплата телефоном работает?",
        "Телефон эмулирует карту по NFC и передаёт терминалу одноразовый токен вместо номера карты…",
        "а если телефон разряжен?",
    ),
    _m(
        "Пишу сказку для дочки про ёжика-почтальона.",
        "Милая идея! В чём его приключение?",
        "Он должен доставить письмо Деду Морозу через метель. Напиши начало, чтобы было уютно.",
    ),
    _m(
        "Почему в Java NullPointerException при вызове метода у списка?",
        "Список не был инициализирован: объявлена переменная, но нет new ArrayList<>()…",
        "точно. Кстати, как уйти с работы вежливо и не сжечь мосты? Вообще, без подробностей.",
    ),
    _m(
        "Сколько нужно ходить пешком в день для здоровья?",
        "Часто говорят о 7–10 тысячах шагов, но польза заметна уже с 4–5 тысяч.",
        "а скандинавская ходьба лучше обычной?",
    ),
    _m(
        "Что такое гризайль в живописи?",
        "Это монохромная живопись оттенками серого, часто как подмалёвок или для имитации скульптуры.",
        "как её потом лессировать цветом маслом?",
    ),
    _m(
        "Чем внешний SSD отличается от флешки?",
        "SSD быстрее, надёжнее при долгом использовании и рассчитан на большие объёмы записи…",
        "для хранения семейного фотоархива что лучше?",
    ),
    _m(
        "Что такое ипотечные каникулы?",
        "Это возможность временно не платить или платить меньше по ипотеке при определённых жизненных ситуациях, по закону.",
        "а на кредитную историю это влияет?",
    ),
    _s(
        "Ты — ассистент по коду в IDE. Отвечай кратко.",
        "Вопрос не по проекту: как объяснить родителям, чем я занимаюсь как бэкенд-разработчик?",
    ),
    _s(
        "Ты — ИИ-помощник в VS Code.", "Посоветуй упражнения для глаз, если весь день за монитором."
    ),
    _s(
        "Вы — виртуальный помощник оператора связи «ВолнаТелеком».",
        "Чем отличается eSIM от обычной симки и можно ли иметь две на одном телефоне?",
    ),
    _s(
        "Вы — бот поддержки интернет-провайдера.",
        "Как понять, какая у меня реальная скорость интернета, и почему она меньше, чем в тарифе?",
    ),
    _s(
        "Ты — редактор корпоративных текстов.",
        "Напиши поздравление всем сотрудникам с Днём энергетика от имени компании. Мы энергосбыт, 400 человек.",
    ),
    _s(
        "Ты — помощник по текстам.",
        "Оформи протокол собрания жильцов по заметкам:\n- установка шлагбаума одобрена\n- сбор по 1500 с квартиры\n- ответственный за подрядчика — совет дома\n- следующее собрание в сентябре",
    ),
    _s(
        "Ты — репетитор по математике.",
        "Объясни, зачем нужны комплексные числа, если корня из минус единицы не бывает.",
    ),
    _s("Ты — репетитор по географии.", "Почему в Сибири резко-континентальный климат?"),
    _s(
        "Ты — агент-разработчик с доступом к терминалу.",
        "Пока ставятся зависимости: что такое Linux-дистрибутив и почему их так много?",
    ),
    _s(
        "Вы — поддержка облачного сервиса «ДискЛайт».",
        "Если я удалю фото из облака, оно удалится и с телефона?",
    ),
    _s(
        "Ты — HR-бот компании «Уралпромсервис». Отвечаешь на общие вопросы по правилам.",
        "Как в целом устроена система наставничества для новичков?",
    ),
    _s(
        "You are a helpful assistant.",
        "Ответь по-русски: почему зимой в Москве солнце встаёт так поздно?",
    ),
    _s(
        "You are an AI coding assistant.",
        "Стоит ли мне, джуну, сейчас учить Rust или лучше углубиться в Python?",
    ),
    _s(
        "Ты — помощник школьной библиотеки.",
        "Подбери пять книг о космосе для ребят 12–14 лет, не только фантастику.",
    ),
    _s(
        "Ты — справочный юридический бот, даёшь только общую информацию.",
        "Как в общем случае вернуть деньги за билет на концерт, если он перенесён?",
    ),
    _s(
        "Ты — помощник онлайн-школы.",
        "Как не бросить онлайн-курс на середине? Уже три начинал и не закончил.",
    ),
    _s("Ты — кулинарный бот.", "Почему у меня блины рвутся при переворачивании?"),
    _s(
        "Ты — бот туристического центра Казани.",
        "Что посмотреть в Казани за один день, если я первый раз?",
    ),
    _s(
        "Ты — помощник IT-отдела для сотрудников.",
        "Как подключиться к принтеру на другом этаже? Общие шаги для Windows.",
    ),
    _s(
        "Ты — коуч по обучению.",
        "Как учить английские слова, чтобы они не вылетали из головы через неделю?",
    ),
    _s(
        "Ты — помощник пресс-службы городского парка.",
        "Напиши анонс: в субботу в парке фестиваль воздушных змеев, вход свободный, мастер-классы для детей.",
    ),
    _s(
        "Ты — ассистент магазина товаров для дома.",
        "Какой увлажнитель выбрать в детскую: ультразвуковой или мойку воздуха? Общие плюсы и минусы.",
    ),
    _u(
        "Набросай текст для слайда «Наши итоги года» в презентации для всего коллектива музея: 48 тысяч посетителей, три новые выставки, отреставрирован зал икон. Всё уже опубликовано на сайте."
    ),
    _u(
        "Почему у старых пятиэтажек плоская крыша, а у дореволюционных домов скатная? Расскажи с точки зрения архитектуры и климата."
    ),
]

_KO: list[Item] = [
    _u(
        "이번 주 주간 업무 보고서 양식 좀 만들어줘. 팀원들이 매주 금요일에 채워서 내는 용도고, 항목은 완료한 일, 진행 중인 일, 다음 주 계획, 이슈 정도면 돼."
    ),
    _u(
        "다음 달 팀 워크숍 공지문 써줘. 장소는 가평 펜션, 1박 2일, 레크리에이션이랑 바비큐 있음. 참석 여부는 20일까지 회신."
    ),
    _u(
        "연말 시상식 사회 멘트 초안 부탁해요. 분위기는 유쾌하게, 시상 부문은 올해의 신입상, 협업상, 베스트 아이디어상이에요."
    ),
    _u(
        "사내 뉴스레터에 들어갈 '이달의 동호회 소개' 코너 글을 써줘. 이번엔 등산 동호회고, 지난달 북한산 다녀왔어."
    ),
    _u("신입사원 교육 때 쓸 '보고 잘하는 법' 발표 대본을 5분 분량으로 써 줄 수 있어?"),
    _u(
        "고객사에 보낼 감사 메일 써줘. 이번 박람회 부스에 들러주셔서 감사하다는 내용으로, 너무 딱딱하지 않게."
    ),
    _u(
        "15년 근속하고 퇴사하시는 팀장님께 드릴 롤링페이퍼 문구 몇 개 추천해 줘. 팀장님이 커피를 엄청 좋아하심 ㅋㅋ"
    ),
    _u("갤럭시 S23 배터리가 요즘 너무 빨리 닳아요. 설정에서 뭘 꺼야 하나요?"),
    _u("카톡 대화 내용을 새 폰으로 옮기려면 어떻게 백업해야 돼? 아이폰에서 갤럭시로 바꿨어."),
    _u(
        "노트북 팬 소리가 갑자기 엄청 커졌는데 그냥 청소하면 되는 건가요, 아니면 서비스센터 가야 하나요?"
    ),
    _u("스마트 TV에서 넷플릭스만 자꾸 튕겨요. 공유기 문제일까요 TV 문제일까요?"),
    _u(
        "집에 사진이 너무 많아서 NAS 사볼까 하는데, 시놀로지 같은 거 일반인이 쓰기 어렵나요? 그냥 구글 드라이브 유료가 나을까요?"
    ),
    _u("2단계 인증이 정확히 뭐고 왜 켜두라고 하는 거야? 부모님께 설명해드려야 해서 쉽게."),
    _u("공동인증서랑 간편인증(카카오, 네이버 인증서) 차이가 뭔가요?"),
    _u(
        "은하수 사진 찍고 싶은데 국내에서 빛 공해 적은 곳 어디가 좋아요? 장비는 미러리스에 14mm 광각 렌즈 있어요."
    ),
    _u("필름 카메라 입문하려는데 자동 똑딱이랑 수동 SLR 중에 뭐가 나아요? 예산 30만 원."),
    _u(
        "레고 테크닉 42115 조립 중인데 기어박스 부분이 헷갈려요. 기어비가 뭔지 원리만 쉽게 설명해 주세요."
    ),
    _u("아이패드 프로크리에이트로 수채화 느낌 내고 싶은데 브러시 설정이나 레이어 쓰는 팁 있나요?"),
    _u("기계식 키보드 입문하려는데 적축, 갈축, 청축 차이가 뭐예요? 사무실에서 쓸 거예요."),
    _u("한옥의 처마가 왜 저렇게 길게 나와 있는지 궁금해요. 구조적으로 어떤 역할을 하나요?"),
    _u("셀프 도배 해보려는데 합지 벽지랑 실크 벽지 중에 초보가 하기 쉬운 건 뭐예요?"),
    _u("베란다 확장 공사하면 결로가 생긴다던데 왜 그런 거고 어떻게 막아요?"),
    _u("드론으로 한강 공원 촬영하려는데 비행 허가 같은 거 필요한가요? 일반적인 규정 알려주세요."),
    _u("수경재배로 상추 키우려고 하는데 양액은 어떻게 맞추나요?"),
    _u("주사위 두 개를 던졌을 때 합이 7이 나올 확률이 왜 1/6인지 설명해 줘."),
    _u("극한 lim(x→0) sin x / x = 1 인 이유를 고등학생 수준으로 설명해 주세요."),
    _u("광합성이랑 세포호흡 차이를 표로 정리해 줘. 생명과학 시험 공부 중이야."),
    _u("세종대왕이 한글을 만든 이유랑 당시 반대했던 사람들 주장 정리해 줘."),
    _u("환율이 오르면 왜 수입 물가가 올라가는지 쉽게 설명해 주세요. 경제 까막눈입니다."),
    _u("전세랑 월세 중에 어떤 게 유리한지 일반적으로 따지는 방법 알려줘. 금리 4% 가정."),
    _u("청약통장 꼭 만들어야 해요? 20대 후반인데 아직 안 만들었어요."),
    _u("퇴직금은 일반적으로 어떻게 계산되나요? 평균임금이라는 게 정확히 뭔지."),
    _u(
        "하루 종일 모니터 보니까 거북목이 심해졌어요. 사무실에서 할 수 있는 스트레칭 추천해 주세요."
    ),
    _u("잠을 자도 피곤한 건 왜 그런가요? 수면의 질 높이는 일반적인 방법이 궁금해요."),
    _u(
        "다음 기사 세 줄 요약해 줘.\n\n\"전주시가 한옥마을 일대 보행 환경 개선 사업을 마무리했다. 시는 약 1.2km 구간의 보도를 넓히고 전선을 땅속에 묻는 지중화 작업을 진행했으며, 야간 경관 조명도 새로 설치했다. 사업비는 국비와 시비를 합쳐 48억 원이 투입됐다. 시 관계자는 '관광객뿐 아니라 주민들의 생활 만족도도 높아질 것'이라고 밝혔다. 다만 일부 상인들은 공사 기간 중 매출 감소를 호소하기도 했다.\""
    ),
    _u(
        '이 소설 구절 영어로 자연스럽게 번역해 줘: "그날 밤 할머니는 부엌 불을 끄지 않았다. 누군가 돌아올 것처럼, 식탁 위에는 따뜻한 보리차가 한 잔 놓여 있었다."'
    ),
    _u(
        "가습기 설명서 요약 좀 해 줘. 너무 길어서 못 읽겠어.\n\n1. 물통은 매일 비우고 새 물로 채워 주십시오.\n2. 수돗물 사용을 권장하며, 정수기 물이나 끓인 물은 세균 번식이 쉬울 수 있습니다.\n3. 초음파 진동판은 주 1회 부드러운 솔로 세척하십시오.\n4. 세척 시 표백제나 세제를 사용하지 마십시오.\n5. 사용하지 않을 때는 물을 완전히 비우고 건조한 곳에 보관하십시오.\n6. 제품을 기울이거나 물이 든 상태로 이동하지 마십시오."
    ),
    _u("비전공자인데 국비 지원 부트캠프 듣고 개발자로 취업 가능할까요? 현실적인 얘기 듣고 싶어요."),
    _u("문과 출신이 데이터 분석가 되려면 뭐부터 공부해야 돼? SQL? 통계?"),
    _u("IT 업계에서 PM이랑 PO 차이가 뭐예요? 채용 공고마다 다르게 써 있어서 헷갈려요."),
    _u("회사 다니면서 대학원 가는 거 어떻게 생각하세요? 야간 경영대학원 고민 중."),
    _u("ChatGPT한테 질문 잘하는 법, 그러니까 프롬프트 잘 쓰는 요령 있어요?"),
    _u("AI로 그린 그림도 저작권이 인정되나요? 일반적으로 어떻게 보는지 궁금해요."),
    _u("반도체 산업에서 파운드리랑 팹리스가 뭐가 다른 거예요?"),
    _u("요즘 빅테크 기업들이 구조조정 많이 하던데 왜 그런 건지 흐름을 설명해 주세요."),
    _u(
        "엑셀로 동호회 회비 관리표 만들려고 하는데, 회원별로 납부했는지 체크하고 미납자만 색깔 표시하려면 어떻게 해요?"
    ),
    _u("결혼 준비 체크리스트를 스프레드시트로 만들려는데 항목 뭐뭐 넣으면 좋을까요?"),
    _u("아이 예방접종 일정 관리용 표 만들고 싶어요. 어떤 칸을 만들면 편할까요?"),
    _u("비밀번호를 사이트마다 다르게 하라는데 그걸 다 어떻게 외워요? 일반적인 관리 방법 알려줘요."),
    _u("회사 복합기에서 스캔하면 메일로 보내지는 기능 있던데 그거 원리가 뭐예요? 그냥 궁금해서요."),
    _u("오늘 저녁 메뉴 추천 좀. 냉장고에 두부, 애호박, 돼지고기 조금 있어."),
    _u("제주도 3박 4일 여행 코스 짜 줘. 렌트카 있고 동쪽 위주로."),
    _u("블랙홀 사진은 어떻게 찍은 거예요? 빛도 못 빠져나온다면서요."),
    _u("3D 프린터로 코스프레 소품 뽑으려는데 PLA랑 PETG 중에 뭐가 후가공하기 편해요?"),
    _u("철도 모형 N게이지랑 HO게이지 중에 원룸에서 하기 좋은 건?"),
    _u("고흐가 왜 귀를 잘랐는지에 대한 여러 설 정리해 줘."),
    _u("ㅋㅋ 너 혹시 MBTI 뭐야"),
    _u('이 문장 존댓말로 바꿔줘: "내일 회의 10시로 옮겼으니까 늦지 말고 와."'),
    _m(
        "Spring Boot에서 JPA N+1 문제가 뭐야?",
        "연관 엔티티를 지연 로딩할 때 목록 조회 1번에 각 항목마다 추가 쿼리가 N번 나가는 문제예요. fetch join이나 EntityGraph로 해결할 수 있어요…",
        "오케이 이해했어. 근데 갑자기 궁금한데 라면 물 양은 왜 550ml야?",
    ),
    _m(
        "사내 봉사활동 신청 안내문 써줘. 연탄 나르기, 12월 둘째 주 토요일.",
        "안녕하세요! 올해도 따뜻한 나눔에 함께해 주세요. 12월 둘째 주 토요일, 연탄 나르기 봉사활동을 진행합니다…",
        "장갑이랑 점심은 회사에서 준비한다는 것도 넣어줘",
    ),
    _m(
        "three.js에서 안개 효과 넣으면 멀리 있는 건물들이 다 회색으로 뭉개져요.",
        "Fog의 near/far 값을 조정하거나 FogExp2의 density를 낮춰 보세요…",
        "ㅇㅋ 나중에 해볼게. 그건 그렇고 이번 주말에 볼 만한 전시회 있을까? 서울이야.",
    ),
    _m(
        "고려가 멸망한 이유 간단히 알려줘.",
        "권문세족의 부패, 원나라 간섭기의 후유증, 홍건적과 왜구 침입, 신진사대부와 신흥무인세력의 성장 등이 있어요…",
        "그럼 조선 건국 과정은?",
    ),
    _m(
        "미러리스로 인물 사진 찍을 때 배경 흐리게 하려면 어떻게 해요?",
        "조리개를 최대한 개방하고(f/1.8 등), 피사체와 배경 거리를 멀리 두고, 망원 쪽으로 찍으면 좋아요.",
        "단렌즈 50mm 하나 살까 하는데 괜찮아요?",
    ),
    _m(
        "'손님, 주문하신 음료 나왔습니다'를 영어로 하면 어색하지 않게 뭐라고 해?",
        '카페라면 보통 "Here\'s your drink!"나 이름을 불러서 "Latte for Jisoo!"처럼 말해요.',
        "그럼 '진동벨 울리면 가지러 오세요'는?",
    ),
    _m(
        "우리 서비스 트래픽이 10배 늘면 DB 샤딩을 해야 할까?",
        "읽기 위주라면 먼저 리드 레플리카와 캐시로 버티고, 쓰기 병목이 확실할 때 샤딩을 검토하는 게 일반적이에요…",
        "그건 다음 회의 때 얘기하고, 혹시 부모님 환갑 선물 추천 좀 해줄래?",
    ),
    _m(
        "구글 시트로 독서 기록 하고 있어.",
        "좋네요! 제목, 저자, 읽은 날짜, 별점, 한 줄 감상 같은 칸을 두면 편해요.",
        "올해 읽은 권수 자동으로 세려면?",
    ),
    _m(
        "세계에서 제일 긴 강이 뭐야?",
        "보통 나일강(약 6,650km)으로 알려져 있지만, 아마존강이 더 길다는 주장도 있어요.",
        "왜 주장이 갈려?",
    ),
    _m(
        "초등학생 대상으로 우주 탐사 역사 발표 자료 만들고 있어.",
        "좋아요! 스푸트니크, 가가린, 아폴로 11호, 우주정거장, 누리호 순으로 구성하면 어때요?",
        "누리호 슬라이드 내용 좀 더 자세히 써줘.",
    ),
    _m(
        "폰 핫스팟으로 노트북 연결하면 데이터 많이 나가요?",
        "유튜브 같은 영상은 화질에 따라 시간당 1~3GB 정도 쓸 수 있어서 꽤 나가요. 문서 작업 위주면 적어요.",
        "노트북 윈도우 업데이트 때문에 몇 기가 날아갔어요 ㅠ 이거 막는 법?",
    ),
    _m(
        "면접에서 '마지막으로 하고 싶은 말'에 뭐라고 하면 좋을까?",
        "짧게 지원 의지를 다시 밝히고, 면접에서 못 한 강점 하나를 덧붙이는 게 무난해요.",
        "물류 회사 사무직이에요. 30초 분량으로 예시 하나만",
    ),
    _m(
        "오로라는 왜 생겨요?",
        "태양에서 온 전기를 띤 입자들이 지구 자기장을 따라 극지방 대기와 부딪혀 빛을 내는 거예요.",
        "우리나라에서도 볼 수 있어요?",
    ),
    _m(
        "파이썬 리스트에서 중복 제거하는 법?",
        "list(dict.fromkeys(my_list)) 하면 순서 유지하면서 중복이 없어져요.",
        "굿. 다른 얘긴데 운동 처음 시작하는 사람한테 헬스랑 필라테스 중에 뭐가 나을까?",
    ),
    _m(
        "3D 프린터 베드 레벨링이 계속 틀어져요.",
        "베드 스프링이 약하거나 나사가 풀리는 경우가 많아요. 실리콘 스페이서로 바꾸는 것도 방법이에요.",
        "자동 레벨링 센서 달면 해결돼요?",
    ),
    _m(
        "경영학과 졸업 논문 주제 추천해 줘.",
        "1) MZ세대의 구독 서비스 이용 행태, 2) ESG 경영과 기업 가치, 3) 중소기업의 재택근무 도입 효과…",
        "2번으로 할게. 연구 질문이랑 목차 잡아줘.",
    ),
    _m(
        "적금이랑 예금 차이 알려줘.",
        "예금은 목돈을 한 번에 맡기는 거고, 적금은 매달 일정 금액을 나눠 넣는 거예요.",
        "그럼 적금 금리 5%면 실제로 받는 이자도 5%야?",
    ),
    _m(
        "동네 도서관 자원봉사 모임 연간 활동 보고서 써야 해요.",
        "어떤 활동들을 하셨나요? 횟수나 참여 인원 같은 숫자가 있으면 좋아요.",
        "책 읽어주기 24회, 도서 정리 봉사 연 500시간, 여름 독서캠프 1회. 첫 문단 써주세요.",
    ),
    _m(
        "지문 인식은 어떤 원리예요?",
        "정전식은 손가락 융선과 골의 전기 용량 차이를, 초음파식은 반사되는 음파를 읽어서 패턴을 만들어요.",
        "젖은 손가락이면 왜 인식이 안 돼요?",
    ),
    _m(
        "웹소설 쓰고 있는데 회귀물이에요.",
        "재밌겠네요! 주인공이 어떤 시점으로 돌아가고, 무엇을 바꾸려 하나요?",
        "망한 식당 사장이 10년 전으로 돌아가서 레시피를 되살리는 얘기예요. 1화 도입부 써줘.",
    ),
    _m(
        "React에서 useEffect가 두 번 실행돼요.",
        "개발 모드의 StrictMode 때문이에요. 배포 빌드에서는 한 번만 실행돼요.",
        "아하. 그건 그렇고 이직할 때 연봉 협상은 보통 몇 퍼센트 올려 부르는 게 일반적이에요?",
    ),
    _m(
        "하루 물 몇 리터 마셔야 돼?",
        "일반적으로 성인은 음식 포함 2리터 안팎이 권장되지만 체중과 활동량에 따라 달라요.",
        "커피도 포함돼?",
    ),
    _m(
        "이번 주말 등산 가는데 북한산 초보 코스 추천해줘.",
        "백운대 코스는 조금 힘들고, 초보라면 둘레길이나 진관사에서 시작하는 코스도 좋아요.",
        "도시락 뭐 싸가면 좋아?",
    ),
    _m(
        "소묘할 때 명암 단계가 잘 안 나와요.",
        "연필 경도를 나눠 쓰세요. 밝은 부분은 H~HB, 어두운 부분은 2B~6B로 레이어를 쌓으면 좋아요.",
        "찰필은 언제 써요?",
    ),
    _m(
        "클라우드 저장소 여러 개 쓰는 게 좋아요?",
        "중요한 자료는 두 군데 이상에 백업해 두는 게 안전해요. 예를 들어 클라우드 하나와 외장하드 하나처럼요.",
        "외장하드는 SSD가 나아 HDD가 나아?",
    ),
    _s(
        "당신은 IDE에 내장된 코딩 어시스턴트입니다. 간결하게 답하세요.",
        "코딩 질문은 아닌데, 개발자 포트폴리오 사이트에 꼭 넣어야 할 항목이 뭐가 있을까요?",
    ),
    _s(
        "당신은 코딩 에이전트입니다. 저장소와 터미널에 접근할 수 있습니다.",
        "작업 시작 전에 하나만: 오픈소스 라이선스 중 아파치 2.0은 상업적으로 써도 돼요?",
    ),
    _s(
        "당신은 VS Code용 AI 어시스턴트입니다.",
        "잠깐 딴 얘기. 모니터 암 살까 하는데 듀얼 모니터면 가스식이 나아요 스프링식이 나아요?",
    ),
    _s(
        "당신은 통신사 '하늘텔레콤'의 고객 상담 챗봇입니다.",
        "알뜰폰으로 바꾸면 통화 품질이 떨어지나요? 일반적으로 궁금해서요.",
    ),
    _s(
        "당신은 통신사 고객 상담 챗봇입니다.",
        "해외여행 갈 때 로밍이랑 현지 유심이랑 이심 중에 뭐가 편해요?",
    ),
    _s(
        "당신은 가전 브랜드 '온누리전자'의 고객지원 어시스턴트입니다.",
        "로봇청소기 지도 기능이 자꾸 초기화돼요. 일반적으로 어떤 경우에 그래요?",
    ),
    _s(
        "당신은 홍보팀 글쓰기 도우미입니다.",
        "우리 회사가 지역 아동센터에 도서 500권을 기부했어요. 보도자료 초안 써 주세요. 이미 행사 끝났고 공개 가능한 내용이에요.",
    ),
    _s(
        "당신은 글쓰기 도우미입니다.",
        "아래 메모로 회의록 정리해 줘.\n- 봄 체육대회 5/17 확정\n- 종목: 피구, 줄다리기, 계주\n- 간식 예산은 총무팀 확인\n- 우천 시 실내 체육관",
    ),
    _s(
        "당신은 친절한 고등학교 수학 튜터입니다.", "등차수열 합 공식이 왜 n(a+l)/2 인지 모르겠어요."
    ),
    _s("당신은 과학 선생님입니다.", "계절이 바뀌는 이유가 지구랑 태양 거리 때문인가요?"),
    _s(
        "당신은 클라우드 스토리지 '구름함' 고객지원 봇입니다.",
        "가족 공유 요금제로 바꾸면 각자 파일이 서로 보이나요?",
    ),
    _s(
        "당신은 사내 총무 도우미 챗봇입니다.",
        "회의실 예약은 보통 며칠 전까지 해야 해요? 일반 규칙이 궁금해요.",
    ),
    _s(
        "당신은 사내 HR 챗봇입니다. 일반적인 인사 제도에 답합니다.",
        "육아휴직은 일반적으로 언제부터 쓸 수 있어요? 제도 자체가 궁금해요.",
    ),
    _s("You are a helpful assistant.", "한국어로 답해줘. 달은 왜 항상 같은 면만 보여?"),
    _s(
        "You are an AI coding assistant in Cursor.",
        "이력서에 깃허브 링크 넣는 게 도움이 돼요? 커밋이 별로 없는데.",
    ),
    _s("당신은 도서관 사서 도우미입니다.", "초등 저학년이 좋아할 만한 과학 그림책 추천 5권."),
    _s(
        "당신은 생활 법률 안내 챗봇으로, 일반적인 정보만 제공합니다.",
        "중고거래에서 물건이 설명과 다르면 일반적으로 어떻게 대응할 수 있어요?",
    ),
    _s(
        "당신은 온라인 강의 플랫폼의 학습 도우미입니다.",
        "코딩 강의를 들어도 머리에 안 남아요. 공부법 추천해 주세요.",
    ),
    _s("당신은 여행 플래너 챗봇입니다.", "오사카 2박 3일, 아이 둘 데리고 갈 만한 코스 짜 주세요."),
    _s("당신은 요리 도우미입니다.", "김치찌개에 설탕 넣으면 왜 맛있어져요?"),
    _s(
        "당신은 구청 민원 안내 도우미입니다.",
        "대형 폐기물 버리는 방법 일반적으로 알려 주세요. 소파 하나 버려야 해요.",
    ),
    _s("당신은 학습 코치입니다.", "토익 700에서 850 가려면 3개월 동안 어떻게 공부해야 할까요?"),
    _s(
        "당신은 IT 헬프데스크 어시스턴트입니다.",
        "윈도우 업데이트 후에 프린터가 오프라인으로 떠요. 일반적으로 뭘 확인해야 하나요?",
    ),
    _u(
        "분기 실적 발표회 끝나고 참석자들한테 보낼 감사 메일 써 주세요. 발표 자료는 이미 홈페이지에 공개돼 있어서 링크만 안내하면 돼요."
    ),
    _u("캠핑 가서 별 사진 찍을 때 삼각대 없이 찍는 방법도 있어요? 핸드폰은 아이폰 15예요."),
]

_IT: list[Item] = [
    _u(
        "Mi scrivi una circolare per i dipendenti sulla chiusura aziendale di Ferragosto? Chiusi dal 10 al 24 agosto, reperibilità per le urgenze tramite il centralino."
    ),
    _u(
        "Devo preparare il verbale dell'assemblea condominiale di ieri: approvato il rifacimento della facciata, scelto il preventivo della ditta Edilnova, prossima riunione a novembre. Me lo imposti in forma ufficiale?"
    ),
    _u(
        "Scrivi la newsletter di ottobre per i clienti della nostra enoteca: arrivano i vini novelli, degustazione sabato 26 e sconto del 10% sui Barbera."
    ),
    _u(
        "Mi serve un discorso breve per l'inaugurazione della nuova sede dell'azienda a Bergamo. Da leggere davanti a dipendenti, sindaco e fornitori, massimo 3 minuti."
    ),
    _u(
        "Prepara una bozza di relazione annuale per la nostra associazione di volontariato che fa doposcuola: 60 ragazzi seguiti, 22 volontari, due gite e una festa di fine anno."
    ),
    _u(
        "Puoi scrivere le FAQ per il sito del mio B&B a Matera? Orari check-in, colazione, parcheggio, animali ammessi."
    ),
    _u(
        "Fammi una scaletta per una presentazione di 15 minuti al corso di formazione interno su come si scrivono email efficaci."
    ),
    _u(
        "Recensione per il blog aziendale del libro «Il metodo Toyota», 300 parole, tono divulgativo."
    ),
    _u(
        "Mia nipote Giulia si è laureata in ingegneria civile con 110 e lode! Scrivimi un biglietto di auguri simpatico da parte degli zii."
    ),
    _u(
        "Un messaggio di saluto per Marco, il collega che si trasferisce nella filiale di Torino dopo sei anni con noi. Da firmare tutti insieme."
    ),
    _u(
        "Vorrei ringraziare pubblicamente l'idraulico che è venuto la sera di Natale per un tubo rotto. Mi scrivi una recensione da mettere su Google?"
    ),
    _u("Scrivi una breve biografia di Rita Levi-Montalcini per un cartellone di terza media."),
    _u("Cos'è lo SPID e come si attiva in generale? Mia madre ha 70 anni e non ci capisce niente."),
    _u("FTTH o FTTC, cosa cambia davvero per una famiglia che guarda Netflix e fa smart working?"),
    _u(
        "il Chromecast non si vede più dalla app di YouTube sul telefono, eppure siamo sulla stessa rete. che faccio?"
    ),
    _u("Serve davvero un antivirus su Mac? Leggo pareri opposti."),
    _u(
        "Il mio smartwatch conta passi anche quando sono in macchina, com'è possibile? Come funziona l'accelerometro?"
    ),
    _u(
        "Per la fotografia macro di insetti meglio un obiettivo macro dedicato o i tubi di prolunga? Ho una Canon R50."
    ),
    _u(
        "Sto restaurando una Vespa 125 del 1968. Che differenza c'è tra riverniciare a pennello e a spruzzo per un risultato d'epoca?"
    ),
    _u(
        "Modellismo navale: sto costruendo l'Amerigo Vespucci in legno, come si fa il sartiame senza impazzire?"
    ),
    _u(
        "Voglio fare la birra in casa con il kit all grain. Quali sono gli errori tipici dei principianti?"
    ),
    _u("Ceramica raku: perché i pezzi si crepano quando li tiro fuori dal forno?"),
    _u("Orto sinergico sul balcone: si può fare in vasi o servono per forza i bancali?"),
    _u("Pianoforte digitale per una principiante adulta: tasti pesati sono indispensabili?"),
    _u("Come si impara la calligrafia corsiva inglese? Che pennino mi consigli?"),
    _u(
        "Quando sarà visibile dall'Italia la prossima eclissi di Sole e come si osserva senza rovinarsi gli occhi?"
    ),
    _u(
        "Vogliamo ristrutturare il bagno e trasformare la vasca in doccia a filo pavimento. Quali sono i passaggi e cosa chiedere al muratore?"
    ),
    _u("Spiegami il Rinascimento fiorentino: perché proprio Firenze?"),
    _u("Qual è stato il ruolo di Garibaldi nell'Unità d'Italia, spiegato a un bambino di 10 anni?"),
    _u("Perché Galileo fu processato? Cosa sosteneva esattamente?"),
    _u("Perché l'Etna è così attivo rispetto al Vesuvio?"),
    _u("Cos'è lo spread tra BTP e Bund e perché i telegiornali ne parlano sempre?"),
    _u("Come si calcola il PIL e perché non misura il benessere?"),
    _u("Risolvi: 2x² − 5x + 3 = 0, spiegando i passaggi con la formula."),
    _u("Come funziona in generale il 730 precompilato? Conviene accettarlo così com'è?"),
    _u(
        "Il regime forfettario per la partita IVA: come funziona in generale e quali sono i limiti?"
    ),
    _u("Cos'è il TFR e come viene calcolato, in linea di massima?"),
    _u(
        "Detrazioni per ristrutturazione: in generale quali lavori rientrano? Voglio capire prima di chiamare il geometra."
    ),
    _u("La dieta mediterranea è davvero la più sana? Cosa dicono gli studi in generale?"),
    _u(
        "Riassumi questo testo per la bacheca della scuola:\n\n«Dal prossimo lunedì il servizio di pre-scuola sarà attivo dalle 7:30 alle 8:15 nella palestra del plesso Don Milani. Le famiglie interessate devono compilare il modulo disponibile in segreteria entro venerdì. Il servizio è gratuito per i residenti e prevede la presenza di due educatori. In caso di sciopero del personale ATA, il servizio potrebbe non essere garantito e le famiglie saranno avvisate tramite il registro elettronico.»"
    ),
    _u(
        "Traduci in inglese per il menù del ristorante: «Tagliatelle al ragù bianco di cinghiale, profumate al rosmarino, con scaglie di pecorino di fossa.»"
    ),
    _u(
        "Traduci in tedesco questa parte del regolamento del campeggio: «Il silenzio va rispettato dalle 23 alle 7. È vietato accendere fuochi al di fuori delle aree attrezzate. I cani devono essere tenuti al guinzaglio.»"
    ),
    _u(
        "Ho 29 anni, faccio la commessa e vorrei entrare nel mondo del digital marketing. Da dove parto? Corsi, certificazioni, stage?"
    ),
    _u(
        "Cosa fa un data engineer rispetto a un data scientist? Ho visto tanti annunci e non capisco."
    ),
    _u("Le startup italiane fanno fatica a trovare investimenti rispetto alla Francia? Perché?"),
    _u("Usare ChatGPT per scrivere la tesi è consentito? In generale cosa dicono le università?"),
    _u(
        "Che differenza c'è tra un modello di intelligenza artificiale open source e uno chiuso? Spiegato a un non tecnico."
    ),
    _u(
        "Mi serve un foglio Excel per il piano di studi dell'università: esami, CFU, voti e media ponderata. Come imposto la formula della media?"
    ),
    _u(
        "Un foglio Google per dividere le spese della vacanza tra 6 amici: come calcolo chi deve dare quanto a chi?"
    ),
    _u("boh non so cosa cucinare stasera, ho zucchine e gamberi"),
    _u("Tre giorni a Napoli a novembre, cosa non devo perdermi? Mangio di tutto."),
    _u(
        "Mi spieghi perché il cielo di notte è buio se ci sono miliardi di stelle? Il paradosso di Olbers."
    ),
    _m(
        "Scrivi un messaggio per il gruppo WhatsApp del calcetto aziendale: partita giovedì alle 19 al centro sportivo.",
        "Ciao ragazzi! Giovedì alle 19 ci vediamo al centro sportivo per la solita sfida…",
        "aggiungi che chi perde offre la birra",
    ),
    _m(
        "Nel mio gioco con Godot la luce della torcia non proietta ombre.",
        "Controlla che la luce abbia Shadow abilitato e che le mesh abbiano cast shadow attivo…",
        "Va bene, ci guardo dopo. Intanto, come si fa il tiramisù senza uova crude?",
    ),
    _m(
        "Cos'è la Guerra Fredda in poche righe?",
        "Fu il confronto politico, economico e militare tra USA e URSS dal 1947 al 1991, senza uno scontro diretto tra le due superpotenze…",
        "e come è finita?",
    ),
    _m(
        "Che obiettivo mi serve per fotografare i concerti al chiuso?",
        "Serve un obiettivo luminoso, tipo un 35mm o 50mm f/1.8, oppure uno zoom f/2.8…",
        "e la stabilizzazione conta?",
    ),
    _m(
        "Come si dice «magari» in inglese? Non trovo mai la parola giusta.",
        "Dipende: come desiderio è «I wish» o «if only»; come «forse» è «maybe» o «perhaps».",
        "e «boh»?",
    ),
    _m(
        "Dovremmo usare un message broker tra i servizi di ordini e di magazzino?",
        "Se vuoi disaccoppiarli e gestire picchi, un broker aiuta; in cambio devi gestire idempotenza e ordini dei messaggi…",
        "Ne parliamo lunedì. Ora una domanda personale: che pianta da appartamento resiste se mi dimentico di annaffiarla?",
    ),
    _m(
        "Tengo un foglio Excel con i km percorsi in bici.",
        "Ottimo! Puoi mettere colonne per data, percorso, km, dislivello e tempo.",
        "come faccio la media settimanale?",
    ),
    _m(
        "Qual è il monte più alto d'Europa?",
        "Dipende da dove metti il confine: l'Elbrus nel Caucaso (5.642 m) o il Monte Bianco (4.806 m) se consideri solo l'Europa occidentale.",
        "perché il confine è dubbio?",
    ),
    _m(
        "Preparo una lezione sul Risorgimento per la seconda media.",
        "Bella scelta. Potremmo dividerla in: moti del '20-'21, Mazzini, le guerre d'indipendenza, la spedizione dei Mille, Roma capitale.",
        "aggiungi una parte sulle donne del Risorgimento",
    ),
    _m(
        "Il telefono si scarica di notte anche se non lo uso.",
        "Spesso sono app in background o sincronizzazioni. Controlla in Impostazioni > Batteria quali consumano di più.",
        "c'è Instagram al 40%, è normale?",
    ),
    _m(
        "Sto scrivendo il discorso per i 50 anni di matrimonio dei miei nonni.",
        "Che bello! Vuoi un tono commosso o più scherzoso? Hai qualche aneddoto?",
        "Si sono conosciuti a una festa dell'uva a Marino nel '74. Un po' di tutti e due i toni.",
    ),
    _m(
        "Perché la Luna ha le fasi?",
        "Perché vediamo parti diverse del suo lato illuminato dal Sole mentre gira intorno alla Terra.",
        "e l'eclissi di Luna allora?",
    ),
    _m(
        "Come scrivo un test con pytest per una funzione che somma due numeri?",
        "def test_somma():\n    assert somma(2, 3) == 5",
        "grazie! cambio totale: mi scrivi una filastrocca per il compleanno di mia figlia Bianca, 5 anni, ama i dinosauri?",
    ),
    _m(
        "Stampante 3D: il primo strato non si attacca al piatto.",
        "Controlla il livellamento, pulisci il piatto con alcol isopropilico e abbassa leggermente l'ugello…",
        "e la lacca per capelli funziona davvero?",
    ),
    _m(
        "Idee per una tesina di maturità collegata all'acqua?",
        "Potresti collegare: Leopardi e il mare, gli acquedotti romani, la fisica dei fluidi, l'inquinamento dei fiumi…",
        "sviluppami i collegamenti per un liceo scientifico",
    ),
    _m(
        "Cos'è l'ISEE, in generale?",
        "È un indicatore che misura la situazione economica di un nucleo familiare, usato per accedere a bonus e agevolazioni.",
        "serve anche per le tasse universitarie?",
    ),
    _m(
        "Devo scrivere il resoconto della sagra del paese per il giornalino.",
        "Volentieri! Che numeri e momenti salienti vuoi inserire?",
        "Tre giorni, circa 4.000 presenze, concerto della banda, gara di torte vinta dalla pro loco. Scrivi l'attacco del pezzo.",
    ),
    _m(
        "Come funziona il contactless delle carte?",
        "Usa l'NFC: la carta e il POS comunicano via radio a pochi centimetri…",
        "e se avvicino il portafoglio con due carte?",
    ),
    _m(
        "Sto scrivendo un racconto ambientato in un faro in Sardegna.",
        "Suggestivo! Chi è il protagonista?",
        "Un guardiano in pensione che riceve lettere da una nave scomparsa. Scrivimi l'incipit.",
    ),
    _m(
        "Perché il mio CSS non centra il div?",
        "Prova con display: flex; justify-content: center; align-items: center; sul contenitore.",
        "funziona! senti, come si chiede un aumento in modo professionale?",
    ),
    _m(
        "Quante ore di sonno servono a un adolescente?",
        "In genere tra 8 e 10 ore per notte.",
        "e a un adulto?",
    ),
    _m(
        "Organizzo una cena tra amici per 10 persone, menù autunnale.",
        "Potresti fare: antipasto con zucca e burrata, risotto ai funghi, arista al forno, torta di mele.",
        "uno è vegetariano, cambia il secondo",
    ),
    _m(
        "Cos'è lo sfumato di Leonardo?",
        "Una tecnica pittorica che elimina i contorni netti con passaggi graduali di luce e ombra, come nella Gioconda.",
        "si può fare con le matite colorate?",
    ),
    _s(
        "Sei un agente di sviluppo con accesso al repository e al terminale.",
        "Prima di iniziare: qual è la differenza tra software libero e freeware? Curiosità.",
    ),
    _s(
        "Sei l'assistente clienti di FibraViva, operatore internet.",
        "Il router va messo in alto o in basso per coprire meglio la casa? Consigli generali.",
    ),
    _s(
        "Sei un assistente di scrittura per un'agenzia di viaggi.",
        "Scrivi un post Instagram per promuovere il nostro tour delle Cinque Terre in primavera.",
    ),
    _s(
        "Sei un assistente di scrittura.",
        "Trasforma questi appunti in un verbale ordinato:\n- riunione comitato festa di quartiere\n- data 15 giugno\n- servono gazebo e tavoli dal Comune\n- musica: gruppo folk locale\n- raccolta fondi per il parco giochi",
    ),
    _s(
        "Sei un tutor di matematica paziente.",
        "Non capisco le frazioni equivalenti. Me le spieghi con le pizze?",
    ),
    _s(
        "Sei un tutor di fisica per il liceo.",
        "Perché un aereo sta in aria? La portanza non mi è chiara.",
    ),
    _s(
        "Sei l'assistente di supporto di NuvolaDrive, servizio di archiviazione online.",
        "Se cancello un file dal computer sparisce anche dal cloud?",
    ),
    _s(
        "Sei un assistente HR interno che risponde a domande generali sui regolamenti.",
        "In generale, come funzionano i permessi per studio?",
    ),
    _s(
        "You are a coding assistant in an IDE.",
        "Nel CV meglio scrivere 'junior developer' o solo 'developer' se ho un anno di esperienza?",
    ),
    _s(
        "Sei l'assistente della biblioteca comunale.",
        "Consigliami tre romanzi brevi per un gruppo di lettura di pensionati.",
    ),
    _s(
        "Sei un assistente legale divulgativo; dai solo informazioni generali.",
        "Cos'è il diritto di recesso negli acquisti online, in generale?",
    ),
    _s(
        "Sei un assistente per una piattaforma di corsi online.",
        "Vale la pena fare un master in project management dopo la laurea triennale?",
    ),
    _s(
        "Sei un assistente di cucina.",
        "Come si fa il brodo vegetale che non sappia di acqua sporca?",
    ),
    _s(
        "Sei l'assistente dell'ufficio turistico di Lecce.",
        "Cosa c'è da vedere nel barocco leccese in una mattinata?",
    ),
    _s(
        "Sei un assistente IT per i dipendenti.",
        "Come si collega il portatile al proiettore della sala riunioni se non trova il segnale? Consigli generali.",
    ),
    _s(
        "Sei un coach per lo studio.",
        "Come preparo un esame orale di storia dell'arte in tre settimane?",
    ),
    _s(
        "Sei l'assistente del Comune.",
        "Scrivi un avviso: giovedì mattina mercato settimanale spostato in piazza Garibaldi per lavori.",
    ),
]

_PT: list[Item] = [
    _u(
        "Escreve um comunicado interno a dizer que a partir de setembro às sextas o dress code passa a ser casual. Tom simpático, sem parecer que estamos a facilitar demais."
    ),
    _u(
        "Preciso de um relatório curto da visita da equipe à feira de agronegócio em Ribeirão Preto: estandes visitados, tendências de irrigação, contatos feitos com fornecedores de drones agrícolas."
    ),
    _u(
        "Monta uma pauta para a reunião mensal do setor de compras: fechamento do mês, avaliação de fornecedores, treinamento do novo sistema, assuntos gerais."
    ),
    _u(
        "Faz um e-mail de boas-vindas para a turma de estagiários que começa segunda, explicando o primeiro dia: crachá, almoço com a equipe, apresentação da empresa."
    ),
    _u(
        "Texto para o mural da empresa convidando o pessoal para a campanha de doação de sangue no hemocentro, dia 14, com transporte pago pela empresa."
    ),
    _u(
        "Me ajuda a escrever o discurso de orador da formatura de Administração? 3 minutos, emocionante mas com um pouco de humor."
    ),
    _u(
        "Crie uma apresentação de integração de novos colaboradores em 10 slides: história da empresa, valores, benefícios gerais, canais de comunicação."
    ),
    _u(
        "Quero mandar uma mensagem de parabéns para a equipe de vendas que bateu a meta do trimestre. Algo curto para o grupo do Teams."
    ),
    _u(
        "Escreve um cartão de despedida para a Dona Lurdes, a senhora do café da firma que se aposenta depois de 25 anos. Todo mundo adora o bolo de fubá dela."
    ),
    _u(
        "Preciso de uma biografia curta do Santos Dumont para um trabalho da escola do meu filho, 5º ano."
    ),
    _u("Quem foi Amália Rodrigues e por que ela é tão importante para o fado?"),
    _u(
        "Escreve uma avaliação de 5 estrelas para a escola de surf onde fiz aulas em Peniche, os professores foram impecáveis."
    ),
    _u("Qual a diferença entre Pix, TED e DOC? Ainda existe DOC?"),
    _u(
        "Como criar uma rede Wi-Fi de convidados no meu roteador pra visita não usar a rede principal?"
    ),
    _u("Meu celular caiu na água, coloquei no arroz. Isso funciona mesmo ou é mito?"),
    _u(
        "Como evitar que o WhatsApp seja clonado? Dicas gerais para passar para o grupo da família."
    ),
    _u(
        "Vale a pena comprar TV box ou é melhor um Fire TV Stick? Só quero ver YouTube e Globoplay."
    ),
    _u("Impressora tanque de tinta compensa para quem imprime pouco, tipo 30 páginas por mês?"),
    _u("O HD externo não aparece no Windows, mas faz barulhinho quando ligo. O que posso tentar?"),
    _u(
        "O meu Google Drive está cheio, o que ocupa mais espaço normalmente? Como liberar sem perder fotos?"
    ),
    _u(
        "Notebook com Windows 11 ficou muito lento depois de um ano. O que costuma resolver antes de formatar?"
    ),
    _u("Por que recebo tanto spam no e-mail e como filtrar no Gmail?"),
    _u("Aquário plantado de 60 litros: preciso mesmo de CO2 ou dá para começar sem?"),
    _u(
        "Comecei marcenaria em casa. Que ferramentas básicas comprar primeiro para fazer uma prateleira?"
    ),
    _u("Drone FPV ou drone com câmera estabilizada tipo DJI Mini para quem quer filmar viagens?"),
    _u("Fotografia de rua: como fotografar pessoas sem parecer invasivo? Uso uma Ricoh GR."),
    _u("Como ler um gráfico de crochê? Sempre me perco nos símbolos."),
    _u("Quero aprender a pintar azulejos à maneira portuguesa. Que tintas e que forno se usam?"),
    _u(
        "Por que Brasília foi planejada em forma de avião? Fala um pouco do projeto do Lúcio Costa e do Niemeyer."
    ),
    _u("Telescópio Dobson de 8 polegadas vale a pena para quem mora na cidade?"),
    _u("Quero trocar o piso da sala por vinílico. Dá para colocar por cima do piso cerâmico?"),
    _u(
        "Como planejar uma reforma de cozinha: em que ordem fazer elétrica, hidráulica, revestimento e marcenaria?"
    ),
    _u(
        "Qual é a diferença entre arquitetura barroca e manuelina? Estou a preparar uma visita ao Mosteiro dos Jerónimos."
    ),
    _u(
        "Por que o Brasil proclamou a independência em 1822 e não junto com os vizinhos hispânicos?"
    ),
    _u("O que foi o 25 de Abril em Portugal, em poucas linhas?"),
    _u("Como os portugueses conseguiram navegar até à Índia? Que tecnologias usaram?"),
    _u("Explica a Revolução Industrial para uma prova do 8º ano, com causas e consequências."),
    _u("O que é o DNA e como ele guarda informação? Explicação bem simples."),
    _u("Por que a tabela periódica é organizada daquele jeito?"),
    _u("Efeito estufa é bom ou ruim? Minha filha ficou confusa com a aula."),
    _u(
        "Calcula: um produto de R$ 2.400 em 12x sem juros ou 10% de desconto à vista, considerando que o dinheiro renderia 0,9% ao mês. Qual compensa?"
    ),
    _u("Resolve o sistema: 2x + y = 7 e x − y = 2, explicando."),
    _u("Como funciona o FGTS em linhas gerais? Quando posso sacar?"),
    _u("Ser MEI vale a pena para quem faz bolos por encomenda? Quais as regras gerais?"),
    _u("Em Portugal, como funciona em geral o IRS Jovem?"),
    _u("Consórcio ou financiamento para comprar carro? Prós e contras no geral."),
    _u("Tesouro Direto é seguro? Explica para alguém que só conhece poupança."),
    _u("Quais os sintomas típicos da dengue e quando procurar atendimento, em geral?"),
    _u("Colesterol bom e colesterol ruim, qual a diferença?"),
    _u(
        'Resume esta notícia:\n\n"A Câmara Municipal do Porto apresentou ontem o plano para a nova ciclovia que vai ligar a Boavista à Foz. O percurso terá cerca de 4 quilómetros e será separado do trânsito automóvel por lancis. As obras deverão começar em março e durar oito meses. Durante esse período, algumas paragens de autocarro serão temporariamente deslocadas. A associação de moradores da Foz mostrou-se favorável, mas pede mais lugares de estacionamento para residentes."'
    ),
    _u(
        'Traduz para inglês o texto do folheto do nosso restaurante: "Cozinha caseira alentejana desde 1987. Pratos do dia com produtos da horta da família. Reservas aconselhadas ao fim de semana."'
    ),
    _u(
        'Traduz para espanhol as instruções da máquina de lavar: "Não sobrecarregue o tambor. Limpe o filtro uma vez por mês. Use detergente de baixa espuma."'
    ),
    _u(
        "Tenho 35 anos, sou professora de geografia e quero migrar para UX. É tarde demais? Por onde começo?"
    ),
    _u("O que faz um engenheiro de DevOps? Ouvi dizer que paga bem."),
    _u("Por que tanta empresa de tecnologia brasileira está indo para Portugal?"),
    _u(
        "Quais ferramentas de IA ajudam um pequeno comércio no dia a dia, tipo legendas para Instagram e respostas a clientes?"
    ),
    _u(
        "Inteligência artificial vai acabar com o emprego de tradutor? Opinião equilibrada, por favor."
    ),
    _u(
        "Quero uma planilha para controlar as contas da casa dividida com meu namorado: aluguel, mercado, luz, internet. Como organizo?"
    ),
    _u("kkk me conta uma piada de programador"),
    _u("O que posso fazer com sobra de arroz além de bolinho?"),
    _m(
        "Como faço um relacionamento um-para-muitos no Prisma?",
        "Você define o campo de relação nos dois modelos, com @relation(fields: [authorId], references: [id]) no lado 'muitos'…",
        "valeu. mudando de assunto, que série brasileira você indica pra maratonar?",
    ),
    _m(
        "Escreve um convite para o happy hour de fim de ano da equipe, sexta às 18h no bar da esquina.",
        "Pessoal, chegou a hora de celebrar o ano! Sexta às 18h no bar da esquina…",
        "põe que amigo secreto é opcional e o valor é até 50 reais",
    ),
    _m(
        "No meu visualizador com react-three-fiber o modelo aparece todo escuro.",
        "Provavelmente falta iluminação ambiente ou um environment map; adicione <Environment preset='city' />…",
        "ok depois testo. Agora me diz: como faço pão de queijo que fique oco por dentro?",
    ),
    _m(
        "Resume a Guerra do Paraguai.",
        "Foi o conflito de 1864 a 1870 entre o Paraguai e a Tríplice Aliança (Brasil, Argentina e Uruguai)…",
        "e quais foram as consequências pro Paraguai?",
    ),
    _m(
        "Como fotografo fogos de artifício?",
        "Use tripé, ISO baixo, f/8 a f/11 e exposição de 2 a 6 segundos no modo bulb…",
        "e com o celular dá?",
    ),
    _m(
        "Qual a diferença entre 'a gente' e 'nós' no português do Brasil?",
        "Significam o mesmo, mas 'a gente' é mais informal e leva o verbo na 3ª pessoa do singular.",
        "e em Portugal usa-se?",
    ),
    _m(
        "Vale a pena colocar cache Redis na frente da nossa API de catálogo?",
        "Se as leituras dominam e os dados mudam pouco, sim; o difícil é a invalidação…",
        "beleza, vejo com o time. Outra coisa: o que levar numa trilha de um dia na Chapada Diamantina?",
    ),
    _m(
        "Tenho uma planilha com os livros que li no ano.",
        "Ótimo! Colunas úteis: título, autor, gênero, páginas, data de término, nota.",
        "como somo o total de páginas por mês?",
    ),
    _m(
        "Qual o maior deserto do mundo?",
        "Tecnicamente é a Antártida, porque deserto é definido pela pouca precipitação. Entre os quentes, o Saara.",
        "sério? explica melhor",
    ),
    _m(
        "Vou dar uma palestra sobre a história do samba para o ensino médio.",
        "Boa! Dá para organizar: raízes africanas, Tia Ciata, Pelo Telefone, escolas de samba, bossa nova, hoje.",
        "coloca um slide sobre a Clementina de Jesus",
    ),
    _m(
        "O meu portátil não encontra a rede Wi-Fi de 5 GHz, só a de 2,4.",
        "Pode ser que a placa de rede não suporte 5 GHz ou que o canal escolhido no router não seja compatível…",
        "como vejo se a placa suporta?",
    ),
    _m(
        "Preciso de ideias para o chá de bebê da minha irmã.",
        "Que legal! Já tem tema? Pode ser floresta encantada, ursinhos, ou algo mais minimalista.",
        "tema ursinhos. me dá 5 brincadeiras que não sejam constrangedoras",
    ),
    _m(
        "O que é uma supernova?",
        "É a explosão de uma estrela no fim da vida, que pode brilhar mais que uma galáxia inteira por semanas.",
        "o Sol vai virar uma?",
    ),
    _m(
        "Como faço um teste no Jest para uma função que retorna a soma?",
        "test('soma', () => { expect(soma(1, 2)).toBe(3); });",
        "show. agora outra coisa: qual a diferença entre café arábica e robusta?",
    ),
    _m(
        "Minha impressora 3D está fazendo camadas desalinhadas.",
        "Layer shift costuma ser correia frouxa, polia solta ou velocidade alta demais…",
        "como eu sei se a correia está frouxa?",
    ),
    _m(
        "Quero começar a correr, mas canso em 5 minutos.",
        "Comece alternando: 1 minuto correndo, 2 caminhando, por 20 minutos, três vezes por semana.",
        "e o tênis, qualquer um serve?",
    ),
    _m(
        "Qual a diferença entre tabela SAC e Price?",
        "Na SAC a amortização é constante e as parcelas caem; na Price as parcelas são iguais e a amortização cresce.",
        "qual paga menos juros no total?",
    ),
    _m(
        "Preciso do relatório anual do grupo de escoteiros.",
        "Claro! Que atividades e números você tem?",
        "12 acampamentos, 38 jovens, mutirão de limpeza na praia, campanha do agasalho com 600 peças. Faz a introdução.",
    ),
    _m(
        "Como funciona o GPS do celular?",
        "O aparelho recebe sinais de vários satélites e calcula a posição pelo tempo que cada sinal leva para chegar.",
        "e por que em túnel ele se perde?",
    ),
    _m(
        "Estou escrevendo um conto de terror numa vila de pescadores.",
        "Que clima! Qual é a ameaça?",
        "Uma maré que não baixa há sete dias. Escreve o primeiro parágrafo.",
    ),
    _m(
        "Por que meu git push dá rejected?",
        "Provavelmente o remoto tem commits que você não tem; faça git pull --rebase antes.",
        "resolvido. agora uma pessoal: como montar um currículo sem experiência pra primeiro emprego?",
    ),
    _m(
        "O que é o horário de verão e por que o Brasil acabou com ele?",
        "É adiantar o relógio uma hora nos meses mais longos para aproveitar a luz do dia; o Brasil suspendeu em 2019 alegando pouca economia de energia.",
        "e Portugal ainda muda a hora?",
    ),
    _m(
        "Qual a diferença entre guache e acrílica?",
        "O guache é opaco e reativa com água depois de seco; a acrílica seca rápido e fica permanente, resistente à água.",
        "pra pintar num vaso de cerâmica qual uso?",
    ),
    _s(
        "Você é um assistente de código integrado à IDE. Responda de forma concisa.",
        "Pergunta fora do assunto: qual cadeira de escritório é boa pra quem passa 8h sentado? Critérios gerais.",
    ),
    _s(
        "Você é um agente de programação com acesso ao repositório.",
        "Antes de começar: por que tanta gente usa modo escuro no computador? É só moda ou faz mesmo diferença para a vista?",
    ),
    _s(
        "Você é o assistente virtual da operadora Conecta+. Ajuda clientes com planos e aparelhos.",
        "Como saber se o meu celular suporta 5G?",
    ),
    _s(
        "Você é o assistente de atendimento de uma loja de informática.",
        "Preciso de um notebook para minha mãe usar Word e videochamada. O que olhar na configuração?",
    ),
    _s(
        "Você é um assistente de redação para uma ONG ambiental.",
        "Escreve um post para o Instagram convidando para o mutirão de plantio de mudas no parque no domingo.",
    ),
    _s(
        "Você é um assistente de escrita.",
        "Transforma essas anotações em ata:\n- reunião da associação de moradores\n- conserto da iluminação da praça pedido à prefeitura\n- festa junina 22/06\n- barracas: pastel, quentão, pescaria",
    ),
    _s(
        "Você é um tutor de matemática paciente.",
        "Não entendo porcentagem. Como calculo 15% de 80 de cabeça?",
    ),
    _s("Você é um professor de química.", "Por que o sal derrete o gelo na estrada?"),
    _s(
        "Você é o suporte do serviço de armazenamento em nuvem NuvemBox.",
        "Consigo acessar meus arquivos offline no celular?",
    ),
    _s(
        "Você é um assistente de RH que responde dúvidas gerais dos colaboradores.",
        "Como funciona em geral o banco de horas?",
    ),
    _s(
        "You are a helpful assistant.",
        "Responde em português: por que as estrelas piscam e os planetas não?",
    ),
    _s(
        "You are an AI pair programmer.",
        "No LinkedIn, vale a pena colocar 'open to work'? Estou procurando vaga de dev júnior.",
    ),
    _s(
        "Você é um assistente de biblioteca escolar.",
        "Indica três livros de aventura para alunos de 12 anos.",
    ),
    _s(
        "Você é um assistente jurídico informativo; dá apenas orientações gerais.",
        "Em geral, quanto tempo a loja tem para trocar um produto com defeito?",
    ),
    _s(
        "Você é o assistente de uma plataforma de cursos online.",
        "Certificado de curso livre vale como horas complementares na faculdade?",
    ),
    _s(
        "Você é um assistente culinário.", "Como deixar a feijoada menos pesada sem perder o sabor?"
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
    return batch(LABEL, "b7", BY_LANG)
