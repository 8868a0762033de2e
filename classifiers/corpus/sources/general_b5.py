"""Fifth batch of `general` examples: hand-written, one group per example
("general/b5/<lang>/<digest>"). Everyday requests in French, Russian, Korean, Italian and
Portuguese, with many hard negatives that share words with the code, design, 3D and security
labels (building architects, 3D printing, watercolour light, shopping lists, privacy settings)."""

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
        "Tu peux reformuler ce mail pour qu'il soit plus poli ? « Bonjour, j'attends toujours votre devis depuis trois semaines, merci de me répondre rapidement. »"
    ),
    _u(
        "c'est quoi la différence entre un taux nominal et un taux effectif global pour un prêt immo ?"
    ),
    _u(
        "Traduis en anglais : « Je vous remercie de votre patience et reste à votre disposition pour toute question. »"
    ),
    _u(
        "Un manteau à 180 € est soldé à -35 %, puis encore -10 % en caisse. Je paie combien au final ? Et ça fait quel pourcentage de remise total ?"
    ),
    _u(
        "Pourquoi le ciel est bleu mais les couchers de soleil sont orange ? Explique simplement, c'est pour ma fille de 9 ans."
    ),
    _u(
        "Je voudrais comprendre l'architecture gothique : c'est quoi un arc-boutant et à quoi ça sert concrètement ?"
    ),
    _u(
        "Mon imprimante 3D (une Ender 3) fait des fils partout entre les pièces, du stringing je crois. Je règle quoi en premier, la rétraction ou la température ?"
    ),
    _u("Comment peindre un dégradé de ciel bien lisse à l'aquarelle sans avoir des auréoles ?"),
    _u(
        "En peinture à l'huile, comment on rend l'ombre portée d'une pomme sur une nappe blanche ? Je mets du noir dedans ou pas ?"
    ),
    _u(
        "Crée-moi une liste de courses pour une semaine de repas végétariens pour 2 personnes, budget 60 €."
    ),
    _u(
        "Mets à jour ma liste : enlève le lait, ajoute des pois chiches et deux citrons. Liste actuelle : pâtes, lait, tomates, riz, œufs."
    ),
    _u("Pourquoi les cigognes migrent-elles vers l'Afrique et comment elles savent où aller ?"),
    _u(
        "C'est quoi une requête en référé au tribunal administratif, en gros ? Je ne suis pas juriste."
    ),
    _u("Explique-moi ce qu'est une fonction de hachage, sans code, juste l'idée."),
    _u(
        "Comment marche internet en vrai ? Genre entre le moment où je tape une adresse et la page qui s'affiche."
    ),
    _u(
        "Je cherche un ordi portable pour ma fac de lettres, budget 700 €, je fais surtout du traitement de texte et Netflix. Mac ou PC ?"
    ),
    _u(
        "Sur Excel, comment je fais un petit tableau de budget perso avec les dépenses par catégorie et un total mensuel ? Je suis débutant."
    ),
    _u(
        "J'ai oublié le mot de passe de mon ancienne adresse Hotmail et je n'ai plus le numéro de téléphone associé. Il y a un moyen de récupérer le compte ?"
    ),
    _u(
        "Pourquoi on dit qu'il ne faut jamais réutiliser le même mot de passe partout ? Si c'est un mot de passe compliqué, c'est grave ?"
    ),
    _u(
        "Obligations ou fonds euros pour de l'épargne à 5 ans ? J'ai du mal à comprendre la différence de risque."
    ),
    _u(
        "Sur mon appli bancaire j'ai une opération « en attente » depuis 4 jours pour un hôtel. C'est normal ? Ça veut dire quoi exactement ?"
    ),
    _u(
        "Diversifier son épargne, ça veut dire quoi concrètement pour quelqu'un qui a 10 000 € et aucune connaissance ?"
    ),
    _u("Recette de gratin dauphinois à l'ancienne, sans fromage comme le veut la tradition."),
    _u(
        "Mon pain maison ne lève presque pas. Levure boulangère fraîche, farine T65, eau tiède. Qu'est-ce qui cloche ?"
    ),
    _u(
        "Je pars 10 jours au Japon en avril. Faut-il un visa avec un passeport français, et le JR Pass vaut-il encore le coup ?"
    ),
    _u(
        "Combien de temps faut-il pour refaire une carte d'identité en mairie en ce moment, et quels papiers apporter ?"
    ),
    _u(
        "En photo, comment éviter les ombres dures sur le visage quand je fais des portraits en plein soleil à midi ?"
    ),
    _u(
        "Quelle ouverture et quelle vitesse pour photographier une cascade avec l'effet « eau soyeuse » ? J'ai un filtre ND8."
    ),
    _u(
        "Donne-moi une progression d'accords simple pour une chanson mélancolique à la guitare, en la mineur."
    ),
    _u("C'est quoi la règle du hors-jeu au foot, expliquée à quelqu'un qui n'y connaît rien ?"),
    _u(
        "Mon fils de 4 ans fait des colères énormes au moment du coucher. Des idées de routine qui marchent ?"
    ),
    _u(
        "Mon chat vomit des boules de poils deux fois par semaine, c'est normal ou je dois aller chez le véto ?"
    ),
    _u(
        "Quand est-ce qu'on taille les rosiers en Bretagne ? J'ai entendu mars mais aussi novembre."
    ),
    _u("Comment reboucher un trou de cheville dans un mur en placo avant de repeindre ?"),
    _u(
        "Je suis comptable depuis 8 ans et j'envisage une reconversion dans la data. Par où commencer sans reprendre 5 ans d'études ?"
    ),
    _u("Des techniques pour réviser le bac de philo efficacement en 3 semaines ?"),
    _u("Quel est le plus long fleuve de France ? La Loire ou le Rhône ?"),
    _u(
        "Conseille-moi 5 films de science-fiction des années 70-80 un peu oubliés, pas Star Wars ni Alien."
    ),
    _u("Résume-moi « L'Étranger » de Camus en 10 lignes, avec les thèmes principaux."),
    _u("Les films en 3D au cinéma, ça fonctionne comment ? Pourquoi il faut des lunettes ?"),
    _u("Qu'est-ce qu'un algorithme, expliqué avec une recette de cuisine comme exemple ?"),
    _u("Résous : 2x + 7 = 3x - 5"),
    _u("Quelle est la dérivée de ln(x² + 1) ? Avec les étapes s'il te plaît."),
    _u("La photosynthèse, c'est quoi exactement ? J'ai un contrôle de SVT demain, 4e."),
    _u("Pourquoi la Révolution française a-t-elle éclaté en 1789 et pas avant ?"),
    _u("Explique l'inflation et pourquoi la BCE monte les taux pour la freiner."),
    _u(
        "En France, un propriétaire peut-il garder toute la caution pour quelques trous de punaises dans les murs ?"
    ),
    _u(
        "Je suis auto-entrepreneur, est-ce que je dois facturer la TVA si je suis sous le seuil de franchise ?"
    ),
    _u(
        "Le cholestérol HDL et LDL, quelle est la différence ? Mon médecin m'a dit que le bon était un peu bas."
    ),
    _u("Combien de temps faut-il attendre après avoir mangé pour aller courir ?"),
    _u(
        "Écris un petit mot pour la carte d'anniversaire de ma collègue qui part à la retraite, ton chaleureux mais pas trop cucul."
    ),
    _u(
        "Lettre de résiliation de mon abonnement de salle de sport, motif déménagement, avec les formules qui vont bien."
    ),
    _u("Comment on dit « ça me gave » en anglais de façon naturelle, pas scolaire ?"),
    _u("Qui a conçu la pyramide du Louvre et pourquoi elle a fait polémique à l'époque ?"),
    _u(
        "Quelle différence entre un architecte et un maître d'œuvre pour construire une maison ? J'ai besoin d'un architecte obligatoirement au-delà de 150 m² c'est ça ?"
    ),
    _u(
        "je veux imprimer en 3D une figurine de 8 cm en PLA, remplissage 15 % ça suffit ? et supports arborescents ou normaux"
    ),
    _u(
        "Dans un tableau de Caravage, pourquoi la lumière a l'air de venir d'un seul point ? Comment s'appelle cette technique ?"
    ),
    _u(
        "Comment faire une migration de ses photos d'iCloud vers Google Photos sans perdre les dates ?"
    ),
    _u(
        "Je fais des recherches aux archives départementales sur mon arrière-grand-père. Comment formuler ma requête dans leur moteur pour les registres militaires ?"
    ),
    _u(
        "Dans mon carnet de bullet journal, comment organiser une table de suivi des habitudes jolie et lisible ?"
    ),
    _u(
        "Tu peux m'aider à supprimer les étapes inutiles de cette recette ? Elle fait 25 étapes pour un simple quatre-quarts, c'est absurde."
    ),
    _u(
        "Planning de voyage : crée un itinéraire de 5 jours en Sicile en voiture, départ Palerme, retour Catane."
    ),
    _u(
        "TCP et UDP, c'est quoi la différence ? On m'en a parlé en cours de réseau et j'ai rien compris."
    ),
    _u("C'est quoi le big O en informatique ? Pourquoi O(n log n) c'est mieux que O(n²) ?"),
    _u(
        "Je débute en programmation, je dois apprendre Python ou JavaScript en premier ? Je veux surtout faire de l'analyse de données plus tard."
    ),
    _u(
        "Quelle est la capitale de l'Australie ? Tout le monde dit Sydney mais je crois que c'est faux."
    ),
    _u("Combien de calories brûle-t-on en 30 minutes de natation, à peu près ?"),
    _u("Une recette de pâte à crêpes sans lait, avec de l'eau ou du lait d'avoine ?"),
    _u(
        "Rends ce paragraphe plus percutant pour ma lettre de motivation : « Je suis quelqu'un de motivé et j'aime travailler en équipe. J'ai de l'expérience dans la vente. »"
    ),
    _u(
        "Corrige les fautes : « Je vous est envoyé les document hier, j'espère qu'ils vous serons utile. »"
    ),
    _u(
        "Quels sont les avantages d'un PEA par rapport à une assurance-vie pour investir en actions ?"
    ),
    _u(
        "Mon ado passe 6 h par jour sur son téléphone. Comment mettre des limites sans que ça finisse en guerre ?"
    ),
    _u(
        "Pourquoi les feuilles de mon basilic jaunissent ? Il est en pot sur le rebord de la fenêtre."
    ),
    _u("C'est quoi un VPN et est-ce utile pour un usage normal à la maison ?"),
    _u(
        "J'ai reçu un SMS disant que mon colis Chronopost est bloqué et qu'il faut payer 1,99 €. C'est une arnaque ?"
    ),
    _u("qui a gagné la coupe du monde de rugby 2007 ?"),
    _u("Comment dessiner des mains de façon crédible ? Je bloque toujours sur les doigts."),
    _u("Quelle est la différence entre le baroque et le rococo en architecture ?"),
    _u(
        "Fais-moi un quiz de 10 questions de culture générale sur l'espace pour une soirée entre amis."
    ),
    _u("Combien font 15 % de 2 340 ? Et si j'ajoute 20 % de TVA après ?"),
    _u(
        "J'ai 32 ans, je gagne 2 400 € net, combien je devrais mettre de côté par mois selon la règle 50/30/20 ?"
    ),
    _m(
        "Tu peux m'écrire un mail pour demander un jour de télétravail supplémentaire à ma manager ?",
        "Bien sûr : « Bonjour Claire, je souhaiterais te proposer de passer à deux jours de télétravail par semaine... » Veux-tu un ton plus formel ?",
        "fais-le sonner plus sûr de moi, moins suppliant",
    ),
    _m(
        "Résous x² - 5x + 6 = 0",
        "Δ = 25 - 24 = 1, donc x = (5 ± 1)/2 : x = 3 ou x = 2.",
        "maintenant 3x² - 12 = 0",
    ),
    _m(
        "Mon composant React re-render en boucle quand je mets setState dans useEffect sans tableau de dépendances.",
        "C'est normal : sans tableau, l'effet tourne après chaque rendu. Ajoute `[]` ou les dépendances précises.",
        "ça marche, merci ! rien à voir : comment on fait un dégradé de ciel bien lisse à l'aquarelle ?",
    ),
    _m(
        "Dans ma scène three.js les ombres sont pixelisées sur le sol.",
        "Augmente shadow.mapSize à 2048 et ajuste shadow.camera pour qu'elle englobe juste la scène.",
        "Parfait, c'est réglé. Autre chose : tu as une idée de cadeau pour les 60 ans de mon père, qui adore la pêche ?",
    ),
    _m(
        "Traduis en italien : « Nous arriverons vers 18 h, pouvez-vous nous laisser les clés dans la boîte ? »",
        "« Arriveremo verso le 18, potete lasciarci le chiavi nella cassetta? »",
        "et en espagnol ?",
    ),
    _m(
        "Quels monuments voir à Lisbonne en 2 jours ?",
        "Tour de Belém, monastère des Hiéronymites, l'Alfama, le château Saint-Georges, le LX Factory...",
        "et si on a des enfants de 5 et 8 ans ?",
    ),
    _m(
        "Écris un court poème sur l'automne, 8 vers.",
        "Les feuilles tombent en silence, / Rousses comme un vieux secret...",
        "plus joyeux, et avec des rimes",
    ),
    _m(
        "Combien coûte un crédit de 15 000 € sur 5 ans à 5,2 % ?",
        "Mensualité d'environ 284 €, soit un coût total des intérêts d'environ 2 070 €.",
        "et sur 4 ans ?",
    ),
    _m(
        "J'ai migré ma base Postgres vers la version 16, tout roule.",
        "Super. Pense à lancer ANALYZE pour rafraîchir les statistiques.",
        "ok. question perso : tu connais des exercices pour le mal de dos quand on est assis toute la journée ?",
    ),
    _m(
        "Présente-moi l'œuvre de Zaha Hadid en quelques lignes.",
        "Architecte irako-britannique, connue pour ses formes fluides : le centre Heydar Aliyev à Bakou, l'opéra de Canton, le MAXXI à Rome...",
        "et Jean Nouvel, c'est quoi son style ?",
    ),
    _m(
        "Mes impressions 3D en PETG se décollent du plateau.",
        "Nettoie le plateau à l'alcool, monte le plateau à 80 °C et ralentis la première couche.",
        "toujours pareil sur les coins, même avec ça",
    ),
    _m(
        "Peux-tu raccourcir ce texte pour LinkedIn ? « Après cinq belles années chez Boulangeries Martin, je quitte l'entreprise pour un nouveau chapitre... »",
        "« Après 5 ans chez Boulangeries Martin, je tourne la page pour une nouvelle aventure. Merci à toute l'équipe ! »",
        "un peu moins sec, ajoute une phrase sur ce que j'ai appris",
    ),
    _m(
        "C'est quoi le théorème de Pythagore ?",
        "Dans un triangle rectangle, le carré de l'hypoténuse est égal à la somme des carrés des deux autres côtés : a² + b² = c².",
        "donne-moi un exercice corrigé",
    ),
    _m(
        "Tu peux m'aider à écrire la requête SQL pour sortir les commandes de mars ?",
        "SELECT * FROM commandes WHERE date_commande >= '2024-03-01' AND date_commande < '2024-04-01';",
        "Merci. Sinon, tu saurais m'expliquer la différence entre un Pinot noir et un Gamay ? Je fais un dîner samedi.",
    ),
    _m(
        "Comment on dit « je suis désolé pour le retard » en japonais ?",
        "« Osoku natte sumimasen » (遅くなってすみません).",
        "et de façon plus formelle, au travail ?",
    ),
    _m(
        "Je veux faire des lasagnes pour 8 personnes.",
        "Il te faut environ 500 g de pâtes, 1 kg de viande hachée, 1 L de sauce tomate, 1 L de béchamel, 200 g de parmesan.",
        "version végé ?",
    ),
    _m(
        "Explique-moi la migration des saumons.",
        "Ils naissent en rivière, partent en mer pour grandir, puis remontent la rivière natale pour frayer, guidés notamment par l'odorat.",
        "et les anguilles, c'est l'inverse non ?",
    ),
    _m(
        "Mon shader GLSL affiche tout en noir.",
        "Vérifie que les normales sont bien passées et que le uniform de la lumière est mis à jour.",
        "c'était ça merci. dis, combien de temps faut-il laisser reposer une pâte brisée au frigo ?",
    ),
    _m(
        "Je voudrais comparer deux offres d'emploi : 42 k€ en CDI à Lyon ou 46 k€ à Paris.",
        "Le loyer à Paris est en moyenne 50 à 60 % plus cher qu'à Lyon : à niveau de vie égal, 42 k€ à Lyon peut être plus avantageux.",
        "et si le poste à Paris est en télétravail 3 jours sur 5 ?",
    ),
    _m(
        "C'est quoi un ETF ?",
        "Un fonds coté en bourse qui réplique un indice, par exemple le CAC 40 ou le MSCI World, avec des frais faibles.",
        "et c'est risqué si je garde 20 ans ?",
    ),
    _m(
        "Donne-moi un planning de révision pour mes partiels de droit, 4 matières en 2 semaines.",
        "Jour 1-3 : droit civil, jour 4-6 : droit constitutionnel, jour 7-9 : droit pénal, jour 10-12 : institutions, jour 13-14 : révision générale.",
        "ajoute des pauses et du sport",
    ),
    _m(
        "Traduis « bird migration » en français.",
        "« Migration des oiseaux » ou « migration aviaire ».",
        "et « flyway » ?",
    ),
    _m(
        "C'est quoi la différence entre baroque et classicisme en musique ?",
        "Le baroque (Bach, Vivaldi) est riche en ornements et en contrepoint ; le classicisme (Mozart, Haydn) privilégie la clarté et l'équilibre.",
        "conseille-moi 3 morceaux pour découvrir chacun",
    ),
    _s(
        "Tu es un assistant de rédaction pour une agence de communication. Réponds en français, ton professionnel.",
        "Rédige une annonce pour le recrutement d'un stagiaire graphiste, 6 mois, à Nantes, avec une touche d'humour.",
    ),
    _s(
        "You are a coding assistant inside VS Code. Be concise.",
        "pas lié au code : comment je calcule ma note moyenne pondérée si j'ai 14 (coef 3), 11 (coef 2) et 8 (coef 1) ?",
    ),
    _s(
        "Tu es l'assistant du service client de VoyagesSoleil. Sois aimable et précis.",
        "Bonjour, je pars en Tunisie en juillet, mon passeport expire en septembre. Est-ce que ça pose problème pour entrer dans le pays ?",
    ),
    _s(
        "Tu es un tuteur de mathématiques pour lycéens. Guide l'élève sans donner directement la réponse.",
        "Je comprends pas comment on trouve le sommet d'une parabole, genre f(x) = 2x² - 8x + 3.",
    ),
    _s(
        "Tu es un assistant d'écriture. Aide l'utilisateur à améliorer ses textes en gardant sa voix.",
        "Voici le début de ma nouvelle : « Il pleuvait sur Brest depuis trois jours, et Yann n'avait toujours pas ouvert la lettre. » Tu peux proposer une suite de 5 lignes ?",
    ),
    _s(
        "Tu es le chatbot de la médiathèque de Villeneuve. Tu aides les usagers à trouver des livres et des informations pratiques.",
        "Je cherche des romans policiers scandinaves pas trop violents, vous avez des suggestions ?",
    ),
    _s(
        "You are a helpful assistant.",
        "Comment expliquer à mes grands-parents ce qu'est le cloud, avec des mots simples ?",
    ),
    _s(
        "Tu es l'assistant virtuel d'une banque en ligne. Ne demande jamais de code ni de mot de passe.",
        "Je vois une opération en attente de 1 € chez une station-service alors que j'ai fait le plein pour 60 €. C'est une erreur ?",
    ),
    _s(
        "Tu es un coach sportif virtuel. Propose des programmes adaptés au niveau de l'utilisateur.",
        "Je veux courir un 10 km dans 8 semaines, je cours actuellement 3 km en 20 minutes. Tu me fais un plan ?",
    ),
    _s(
        "Tu es un assistant pour une boutique de loisirs créatifs. Tu conseilles les clients.",
        "Quel papier aquarelle choisir pour débuter, grain fin ou grain torchon ? Et 300 g c'est obligatoire ?",
    ),
    _s(
        "Tu es un assistant de programmation pour une équipe Django.",
        "Hors sujet : tu peux me traduire en anglais ce message pour ma voisine ? « Merci d'avoir gardé notre chat pendant les vacances, voici un petit cadeau. »",
    ),
    _s(
        "Tu es un conseiller en orientation pour étudiants.",
        "Je suis en L2 d'histoire et je me demande si un master en urbanisme est accessible. Quels débouchés ?",
    ),
    _s(
        "Tu es un assistant culinaire. Propose des recettes de saison.",
        "Qu'est-ce que je peux faire avec des courges butternut, des châtaignes et un reste de crème ?",
    ),
    _s(
        "Tu es le support de l'application de jardinage PotagerMalin.",
        "Comment je crée un nouveau plan de potager dans l'appli et je supprime l'ancien de l'an dernier ?",
    ),
    _s(
        "Tu es un assistant de voyage. Tu aides à préparer des séjours.",
        "Mets à jour notre plan de voyage : on ne fait plus Florence, on reste 2 nuits de plus à Bologne. Refais le résumé jour par jour.",
    ),
    _s(
        "Tu es un assistant de photographie pour un club amateur.",
        "Pour un portrait en intérieur avec juste une fenêtre, comment je place le réflecteur pour déboucher les ombres ?",
    ),
    _s(
        "You are an AI assistant for a software company's internal helpdesk.",
        "Bonjour, pas une question technique : vous savez comment on calcule les congés payés acquis en France ? 2,5 jours par mois c'est ça ?",
    ),
    _s(
        "Tu es un assistant de lecture. Tu aides les lecteurs à choisir et comprendre des livres.",
        "J'ai adoré « Les Misérables ». Quels autres classiques du XIXe siècle me conseilles-tu, pas trop longs ?",
    ),
    _s(
        "Tu es un assistant pour parents. Réponds avec bienveillance.",
        "Mon bébé de 7 mois se réveille 4 fois par nuit depuis deux semaines. Est-ce une régression du sommeil ?",
    ),
    _u(
        "Quels sont les délais de prescription pour contester un PV de stationnement en France, en général ?"
    ),
    _u("Explique-moi la théorie de la relativité restreinte comme si j'avais 15 ans."),
    _u(
        "Quelle est la différence entre un virus et une bactérie ? Pourquoi les antibiotiques ne marchent pas sur la grippe ?"
    ),
    _u(
        "Écris un message WhatsApp pour annuler un dîner chez des amis à la dernière minute sans les vexer."
    ),
    _u("Comment ranger une cave à vin : couchée, debout, à quelle température ?"),
    _u(
        "J'ai un entretien chez Lumaris demain pour un poste de chef de projet. Quelles questions poser à la fin pour faire bonne impression ?"
    ),
    _u(
        "Comment fonctionne la lumière dans les vitraux de la Sainte-Chapelle ? Pourquoi l'effet est si intense ?"
    ),
    _u(
        "Quels exercices pour améliorer la perspective à deux points de fuite en dessin d'architecture ?"
    ),
    _u(
        "Ma grand-mère veut apprendre à faire des visios avec ses petits-enfants. Quelle tablette et quelle appli sont les plus simples ?"
    ),
    _u("C'est quoi une clé USB chiffrée et est-ce que j'en ai besoin pour mes photos de famille ?"),
    _u(
        "Résume-moi cet avis de la mairie en 3 points, je n'ai pas le courage de tout lire :\n\n« Avis aux riverains. Dans le cadre du programme de rénovation de la voirie, des travaux d'enfouissement des réseaux seront réalisés rue des Tilleuls du 3 au 28 mars. La circulation sera alternée par feux tricolores entre 8 h et 17 h. Le stationnement sera interdit des deux côtés de la chaussée pendant toute la durée du chantier. Les collectes des ordures ménagères seront maintenues mais les bacs devront être déposés à l'angle de la rue des Lilas. Pour toute question, une permanence se tiendra en mairie le mardi de 14 h à 16 h. »"
    ),
    _u(
        "Ma box internet redémarre toute seule le soir. Dans l'interface j'ai ça :\n\nDSL link down\nDSL training\nDSL link up 7.2 Mbps / 0.9 Mbps\nDSL link down\n\nC'est ma ligne le problème ou la box ? J'appelle l'opérateur en disant quoi ?"
    ),
    _m(
        "Pour notre appli, on hésite à découper le monolithe en microservices : paiement, catalogue, commandes.",
        "Commencez par extraire le domaine le plus autonome (paiement), avec une API claire et une base dédiée, et gardez le reste dans le monolithe modulaire.",
        "Merci, on en reparle lundi avec l'équipe. Rien à voir : c'est quoi la meilleure période pour voir les aurores boréales en Islande ?",
    ),
    _u(
        "Explique-moi cette clause de mon bail en langage simple : « Le preneur ne pourra céder son droit au présent bail ni sous-louer tout ou partie des lieux loués sans l'accord exprès et écrit du bailleur. »"
    ),
    _u(
        'Dans mon tableur de budget perso, =SOMME.SI(B2:B40;"Courses";C2:C40) me renvoie 0 alors qu\'il y a plein de lignes « Courses ». Pourquoi ?'
    ),
    _m(
        "Qu'est-ce que je peux planter en septembre dans un potager en Normandie ?",
        "Mâche, épinards, radis d'hiver, ail, oignons blancs, fèves en fin de mois, et des engrais verts sur les parcelles vides.",
        "et en pot ?",
    ),
    _u(
        "Analyse ce poème de Verlaine pour mon commentaire : « Les sanglots longs / Des violons / De l'automne / Blessent mon cœur / D'une langueur / Monotone. » Quels procédés poétiques relever ?"
    ),
    _u(
        "Mon imprimante (une Canon de la maison) affiche « Erreur 5B00 » et refuse d'imprimer. C'est grave ? Ça se répare ?"
    ),
]

_RU: list[Item] = [
    _u("Перепиши письмо арендодателю повежливее: «Уже месяц не чините кран, сколько можно ждать?»"),
    _u("Переведи на английский: «Просим подтвердить получение документов до конца недели»."),
    _u("Почему зимой в Москве темнеет так рано? Объясни про наклон оси Земли."),
    _u("Кто такой Шехтель и какие здания в Москве он построил?"),
    _u(
        "Чем отличается конструктивизм от модерна в архитектуре? Можно на примерах из Петербурга и Москвы."
    ),
    _u(
        "Печатаю на 3D-принтере PETG, первый слой отклеивается по краям. Стол 75 °C. Что подкрутить?"
    ),
    _u(
        "Как в масляной живописи передать тень от вазы на белой скатерти? Тень ведь не серая, а какого цвета?"
    ),
    _u("Составь список покупок на неделю для семьи из 4 человек, бюджет 7000 рублей, без свинины."),
    _u(
        "Обнови мой список дел на выходные: убери «помыть окна», добавь «купить подарок Лене» и «записаться к стоматологу»."
    ),
    _u("Почему журавли улетают на юг клином? Это правда экономит силы?"),
    _u("Как работает интернет? Вот я набираю адрес сайта — что происходит дальше?"),
    _u("Посоветуй ноутбук для студента-дизайнера до 90 тысяч, нужен нормальный экран."),
    _u(
        "Как в Excel сделать таблицу домашнего бюджета, чтобы расходы сами суммировались по категориям?"
    ),
    _u("Что такое двухфакторная аутентификация и стоит ли включать её в Госуслугах?"),
    _u("Сыну 12 лет, завёл TikTok. Какие настройки приватности стоит включить?"),
    _u(
        "Почему нельзя использовать один и тот же пароль на всех сайтах, если он длинный и сложный?"
    ),
    _u("ОФЗ или вклад на 3 года — что выгоднее и в чём разница по рискам?"),
    _u("В банковском приложении висит операция «в обработке» уже 5 дней. Деньги списаны или нет?"),
    _u("Что значит диверсифицировать портфель, если у меня всего 200 тысяч?"),
    _u("Рецепт борща, как у бабушки, чтобы был красный, а не бурый."),
    _u("Почему у меня пельмени разваливаются при варке? Тесто на воде и муке, без яйца."),
    _u("Еду в Грузию на машине через Верхний Ларс. Какие документы нужны на авто и на себя?"),
    _u("Сколько сейчас делается загранпаспорт нового образца через МФЦ?"),
    _u("Как фотографировать людей против солнца, чтобы лица не были тёмными?"),
    _u("Какую выдержку ставить для ночной съёмки звёзд, чтобы не было следов? Объектив 14 мм."),
    _u("Подбери аккорды для грустной песни в ре миноре, что-то простое для гитары."),
    _u("Объясни правило офсайда в хоккее, я вообще не разбираюсь."),
    _u("Дочке 3 года, не хочет ходить в садик, плачет каждое утро. Что делать?"),
    _u("Собака боится салюта и прячется под ванну. Как её успокоить на Новый год?"),
    _u("Когда сажать рассаду помидоров для средней полосы, если высаживать в теплицу в мае?"),
    _u("Как заделать щель между ванной и стеной, чтобы не было плесени?"),
    _u("Работаю бухгалтером 10 лет, хочу уйти в аналитику данных. С чего начать?"),
    _u("Как быстро выучить билеты к экзамену по истории за неделю? Есть какие-то техники?"),
    _u("Какая самая глубокая точка Байкала?"),
    _u("Посоветуй советские фильмы, которые стоит посмотреть иностранцу, кроме «Иронии судьбы»."),
    _u("Кратко перескажи «Мастера и Маргариту» и основные линии романа."),
    _u("Как работает 3D в кинотеатре? Зачем очки и почему у некоторых болит голова?"),
    _u("Что такое алгоритм? Объясни на примере заваривания чая."),
    _u("Реши уравнение: 5x - 3 = 2x + 9"),
    _u("Почему распался СССР? Главные причины, коротко."),
    _u("Объясни, почему ЦБ повышает ключевую ставку и как это влияет на ипотеку."),
    _u("Может ли работодатель не отпустить в отпуск по графику? Что говорит ТК РФ в общих чертах?"),
    _u("Я самозанятый, какой налог плачу, если клиент — юрлицо?"),
    _u("Чем отличается ОРВИ от гриппа и когда нужно к врачу?"),
    _u("Сколько воды реально нужно пить в день? Правда ли про 2 литра?"),
    _u("Напиши поздравление коллеге с юбилеем, 50 лет, без канцелярита."),
    _u("Составь заявление на возврат товара в магазин: купил пылесос, через неделю сломался."),
    _u("Как по-английски естественно сказать «мне лень»?"),
    _u("Кто проектировал Сиднейский оперный театр и почему стройка так затянулась?"),
    _u("Нужен ли архитектор для частного дома в ИЖС или можно построить по типовому проекту?"),
    _u(
        "Хочу напечатать на 3D-принтере подставку для телефона. Где брать модели и какой пластик лучше?"
    ),
    _u("Что такое светотень у Рембрандта и как её повторить в учебном рисунке?"),
    _u("Как перенести все контакты со старого айфона на андроид?"),
    _u(
        "Как правильно искать в Национальной электронной библиотеке? Мой запрос по фамилии выдаёт тысячи результатов."
    ),
    _u(
        "Как нарисовать в тетради таблицу для дневника тренировок, чтобы удобно было отмечать прогресс?"
    ),
    _u(
        "Удали из этого рецепта всё лишнее и оставь только шаги: «Сначала, дорогие мои, вспомню детство... Итак, берём 3 яйца...»"
    ),
    _u("Составь план поездки по Золотому кольцу на 4 дня на машине из Москвы."),
    _u("Что такое сложность O(n) и O(log n)? Учусь сам, ничего не понимаю."),
    _u("Какой язык учить первым: Python или Java? Хочу работать в геймдеве."),
    _u("Сколько спутников у Юпитера на сегодня?"),
    _u("Сколько калорий в тарелке гречки с курицей?"),
    _u("Блины без молока на воде — рецепт, чтобы были тонкие и не рвались."),
    _u(
        "Улучши текст сопроводительного письма: «Я ответственный и коммуникабельный, хочу у вас работать»."
    ),
    _u(
        "Исправь ошибки: «Мы будем рады видить вас на нашем меропреятии которое состоится в субботу»."
    ),
    _u("ИИС или обычный брокерский счёт — в чём разница для новичка?"),
    _u("Подросток не делает уроки и огрызается. Как разговаривать, чтобы не было скандала?"),
    _u("Почему у фикуса опадают листья зимой?"),
    _u("Нужен ли VPN дома обычному человеку? Что он вообще делает?"),
    _u("Пришла СМС «ваша карта заблокирована, перезвоните по номеру». Это мошенники?"),
    _u("Кто выиграл чемпионат мира по футболу в 1966 году?"),
    _u("Как научиться рисовать лица в профиль? Пропорции всегда съезжают."),
    _u("Какие архитектурные стили можно увидеть в Казани? Хочу сделать фотопрогулку."),
    _u("Придумай 10 вопросов для викторины про космос для детей 10 лет."),
    _u("Сколько будет 18 % от 4 500? И как посчитать в уме?"),
    _u("Зарплата 80 тысяч, как распределить по правилу 50/30/20?"),
    _u("Миграция птиц: как учёные отслеживают маршруты? Кольца, GPS?"),
    _u("Что такое облачное хранилище и безопасно ли хранить там сканы документов?"),
    _u(
        "Объясни теорию вероятностей на примере игральных костей: какой шанс выбросить две шестёрки?"
    ),
    _m(
        "Напиши письмо руководителю с просьбой перенести отпуск на две недели позже.",
        "«Добрый день, Андрей Викторович! Прошу рассмотреть возможность переноса моего отпуска с 1 на 15 июля...»",
        "сделай увереннее, без «прошу рассмотреть возможность»",
    ),
    _m(
        "Рецепт сырников на 2 порции?",
        "400 г творога, 1 яйцо, 2 ст. л. муки, 1 ст. л. сахара, щепотка соли. Жарить на среднем огне по 3 минуты с каждой стороны.",
        "а если творог слишком влажный, что добавить?",
    ),
    _m(
        "Площадь круга радиусом 7 см?",
        "S = πr² ≈ 3,14 · 49 ≈ 153,9 см².",
        "а длина окружности?",
    ),
    _m(
        "У меня в Django миграция падает с ошибкой про NOT NULL у нового поля.",
        "Добавь default или сделай поле null=True, затем заполни данные и убери null отдельной миграцией.",
        "помогло, спасибо! не по теме: как сделать гладкий градиент неба акварелью?",
    ),
    _m(
        "В three.js модель выглядит слишком тёмной после загрузки glTF.",
        "Проверь outputColorSpace = SRGBColorSpace и добавь HemisphereLight или environment map.",
        "Заработало. Слушай, а что подарить маме на 55 лет, она любит театр?",
    ),
    _m(
        "Как по-английски «держи меня в курсе»?",
        "«Keep me posted» или «Keep me in the loop».",
        "а что-нибудь не такое разговорное, для письма клиенту?",
    ),
    _m(
        "Что посмотреть в Калининграде за 3 дня?",
        "Кафедральный собор, остров Канта, Рыбная деревня, Куршская коса, Светлогорск, Зеленоградск.",
        "а если мы с собакой?",
    ),
    _m(
        "Напиши стих про зиму, 8 строк.",
        "Снег ложится на крыши тихо, / Город спит под белой шалью...",
        "повеселее и для детей",
    ),
    _m(
        "Сколько переплачу по кредиту 500 000 на 3 года под 18 %?",
        "Ежемесячный платёж около 18 080 ₽, переплата примерно 150 800 ₽.",
        "а если на 2 года?",
    ),
    _m(
        "Я переписал запрос с подзапросом на JOIN, стало быстрее в 10 раз.",
        "Отлично, планировщик часто лучше оптимизирует JOIN.",
        "ага. кстати, не знаешь, как отстирать пятно от красного вина с льняной скатерти?",
    ),
    _m(
        "Расскажи про архитектора Мельникова и его дом в Кривоарбатском переулке.",
        "Константин Мельников — советский авангардист. Его дом-мастерская — два пересекающихся цилиндра с шестиугольными окнами, построен в 1927–1929 годах.",
        "а ещё какие его здания сохранились?",
    ),
    _m(
        "Печатаю PLA, на деталях видны полосы по слоям.",
        "Это может быть неравномерная подача или люфт по оси Z. Проверь натяжение ремней и температуру.",
        "ремни натянул, всё равно полосы",
    ),
    _m(
        "Сократи пост для Телеграма: «Друзья, мы рады сообщить, что наша пекарня «Колосок» открывает второй филиал...»",
        "«Пекарня «Колосок» открывает второй филиал! Ждём вас с 1 марта на Садовой, 12.»",
        "добавь эмодзи и призыв прийти на дегустацию",
    ),
    _m(
        "Что такое теорема Виета?",
        "Для x² + px + q = 0 сумма корней равна -p, а произведение равно q.",
        "дай пару задач для тренировки",
    ),
    _m(
        "Помоги написать SQL-запрос для выборки клиентов без заказов.",
        "SELECT c.* FROM clients c LEFT JOIN orders o ON o.client_id = c.id WHERE o.id IS NULL;",
        "Спасибо! И совсем другое: как выбрать хороший арбуз на рынке?",
    ),
    _m(
        "Как по-японски «спасибо за помощь»?",
        "«Тэцудаттэ курэтэ аригато» или вежливее «Go-kyōryoku arigatō gozaimasu».",
        "а как сказать начальнику?",
    ),
    _m(
        "Хочу сделать плов на 10 человек.",
        "Возьми 1,5 кг риса девзира, 1,5 кг баранины, 1,5 кг моркови, 4 луковицы, 2 головки чеснока, зиру и барбарис.",
        "а с курицей можно?",
    ),
    _m(
        "Как мигрируют киты?",
        "Горбатые киты летом кормятся в холодных водах, а зимой уходят в тропики для размножения, проходя до 8000 км.",
        "а серые киты?",
    ),
    _m(
        "Почему у меня в WebGL текстура отображается чёрной?",
        "Скорее всего, размер текстуры не степень двойки и не выставлены параметры обёртки. Поставь CLAMP_TO_EDGE.",
        "Точно, спасибо. А ты не подскажешь, сколько варить яйцо всмятку?",
    ),
    _m(
        "Сравни две вакансии: 150 тысяч в офисе в Москве и 130 тысяч на удалёнке.",
        "Учти расходы на дорогу и время: 2 часа в день на дорогу — это около 40 часов в месяц.",
        "а если удалёнка из Твери, где жильё дешевле?",
    ),
    _m(
        "Что такое облигация?",
        "Это долговая бумага: вы даёте деньги в долг эмитенту, а он платит купоны и возвращает номинал в срок.",
        "а что будет, если компания обанкротится?",
    ),
    _m(
        "Составь план подготовки к ЕГЭ по обществознанию на 2 месяца.",
        "Недели 1–2: человек и общество, 3–4: экономика, 5–6: право, 7: политика, 8: пробники.",
        "добавь дни отдыха",
    ),
    _m(
        "Кто написал «Евгения Онегина»?",
        "Александр Сергеевич Пушкин, роман в стихах, 1823–1831.",
        "а о чём там, коротко?",
    ),
    _m(
        "Посоветуй сериал вроде «Шерлока».",
        "Попробуй «Лютер», «Настоящий детектив», «Мыслить как преступник».",
        "что-нибудь полегче и посмешнее",
    ),
    _s(
        "Ты — помощник по написанию текстов для маркетингового агентства. Пиши по-русски, живо.",
        "Напиши описание для карточки товара: термокружка 450 мл, держит тепло 6 часов, три цвета.",
    ),
    _s(
        "Ты — ассистент программиста в IDE. Помогай с кодом проекта.",
        "Вопрос не про код: как посчитать, сколько мне платить за коммуналку, если счётчик показал 34 кубометра по 48 ₽?",
    ),
    _s(
        "You are a coding assistant inside JetBrains IDE.",
        "оффтоп: как правильно — «в течение недели» или «в течении недели»? вечно путаю",
    ),
    _s(
        "Ты — онлайн-консультант туристического агентства «Солнечный берег».",
        "Здравствуйте! Нужна ли виза в Турцию на 10 дней и сколько должно оставаться срока действия загранпаспорта?",
    ),
    _s(
        "Ты — репетитор по физике для школьников. Объясняй пошагово и задавай наводящие вопросы.",
        "Не понимаю, почему тело в лифте весит меньше, когда лифт начинает спускаться.",
    ),
    _s(
        "Ты — литературный редактор. Сохраняй стиль автора.",
        "Вот начало моего рассказа: «Туман над Невой был таким густым, что Саша не видел собственных рук». Продолжи абзацем.",
    ),
    _s(
        "Ты — чат-бот городской библиотеки. Помогаешь читателям с поиском книг.",
        "Посоветуйте детективы для подростка 14 лет, чтобы не было жестокости.",
    ),
    _s(
        "You are a helpful assistant.",
        "Как объяснить пожилым родителям, что такое облако и почему фото не пропадут, если телефон сломается?",
    ),
    _s(
        "Ты — агент разработки с доступом к репозиторию и терминалу.",
        "Пока ждём сборку: что почитать из научной фантастики, если понравился «Пикник на обочине»?",
    ),
    _s(
        "Ты — виртуальный помощник банка. Никогда не запрашивай коды из СМС и пароли.",
        "Почему у меня с карты списали 1 рубль при привязке к сервису такси, а потом вернули?",
    ),
    _s(
        "Ты — онлайн-тренер по фитнесу.",
        "Хочу подтянуться 10 раз к лету, сейчас могу 2. Составь план на 12 недель.",
    ),
    _s(
        "Ты — консультант магазина товаров для художников.",
        "Какую бумагу для акварели взять новичку — целлюлозу или хлопок? И какие кисти на первое время?",
    ),
    _s(
        "Ты — ассистент команды, пишущей сервисы на Go.",
        "Не по теме: переведи на английский поздравление для коллеги из Берлина: «С днём рождения! Пусть всё получается!»",
    ),
    _s(
        "Ты — карьерный консультант для выпускников.",
        "Я закончил истфак, работаю в школе. Можно ли переучиться на UX-исследователя и сколько это займёт?",
    ),
    _s(
        "Ты — кулинарный помощник. Предлагай сезонные рецепты.",
        "Что приготовить из кабачков, кроме оладий? Их у нас с дачи целый мешок.",
    ),
    _s(
        "You are an AI pair programmer.",
        "есть смысл переплачивать за телефон с 5G, если в нашем городе его пока нет?",
    ),
    _s(
        "Ты — справочный помощник по правовым вопросам. Даёшь общую информацию, не индивидуальную консультацию.",
        "Что такое исковое заявление и чем оно отличается от жалобы?",
    ),
    _s(
        "Ты — служба поддержки приложения для садоводов «ДачаПлан».",
        "Как создать новый план грядок на этот сезон и удалить прошлогодний?",
    ),
    _s(
        "Ты — помощник по планированию путешествий.",
        "Обнови маршрут: вместо Пскова едем в Великий Новгород, всё остальное оставь. Напиши итоговый план по дням.",
    ),
    _s(
        "Ты — учитель химии, объясняешь доступно.",
        "Почему соль тает лёд на дорогах? Что там происходит с молекулами?",
    ),
    _s(
        "Ты — помощник фотокружка.",
        "Как снимать натюрморт у окна, чтобы тени были мягкие? Есть только белый лист картона.",
    ),
    _s(
        "You are an internal helpdesk assistant for an IT company.",
        "Добрый день, вопрос не про IT: что обычно пишут в отчёте о командировке? Первый раз ездил на выставку.",
    ),
    _s(
        "Ты — книжный советчик.",
        "Понравился «Тихий Дон». Что ещё из русской прозы XX века посоветуешь?",
    ),
    _s(
        "Ты — помощник для молодых родителей.",
        "Ребёнку 8 месяцев, когда вводить мясо в прикорм и с какого начать?",
    ),
    _u("Какой срок исковой давности по долгам за ЖКХ в общих чертах?"),
    _u("Объясни, что такое чёрная дыра, так, чтобы понял восьмиклассник."),
    _u("Чем отличается вирус от бактерии и почему антибиотики не помогают от простуды?"),
    _u("Напиши сообщение в чат дома с просьбой не парковаться у подъезда, вежливо, но твёрдо."),
    _u("Как хранить картошку в квартире, чтобы не прорастала?"),
    _u(
        "Завтра собеседование в компании «Северный ветер» на менеджера проектов. Какие вопросы задать в конце?"
    ),
    _u("Как свет проходит через витражи готических соборов и почему это так впечатляет?"),
    _u("Упражнения, чтобы научиться рисовать здания в перспективе с двумя точками схода."),
    _u(
        "Сделай выжимку из переписки в чате родителей класса, что в итоге решили:\n\nМама Вани: давайте на 23 февраля мальчикам по книге?\nПапа Оли: может, лучше настолку одну на всех?\nМама Сони: настолку быстро потеряют\nКлассный руководитель: предлагаю книги, бюджет до 600 р\nМама Вани: согласна\nПапа Оли: ладно, пусть книги, кто закажет?\nМама Сони: я могу на Озоне, скиньте по 600 до пятницы"
    ),
    _u(
        "Роутер дома каждый вечер теряет интернет. В журнале вот так:\n\nPPPoE: LCP terminated by peer\nPPPoE: connection down\nPPPoE: trying to reconnect\nPPPoE: connected\n\nЭто провайдер виноват или роутер менять? Что сказать в поддержку?"
    ),
    _m(
        "Мы проектируем систему бронирования: стоит ли выносить уведомления в отдельный сервис с очередью?",
        "Да, уведомления хорошо выносятся: бронирование публикует событие в очередь, сервис уведомлений отправляет письма и SMS с ретраями.",
        "Понял, спасибо. Совсем другая тема: какие документы нужны, чтобы вписать ребёнка в загранпаспорт… или сейчас так уже нельзя?",
    ),
    _u(
        "Что значит этот пункт договора найма: «Обеспечительный платёж возвращается Нанимателю в течение 10 дней после подписания акта возврата при отсутствии задолженности и повреждений»? Его обязаны вернуть целиком?"
    ),
    _u(
        "Веду личный бюджет в Excel. Как сделать, чтобы ячейка краснела, если траты за месяц больше 50 000? Я не программист, просто табличка."
    ),
    _m(
        "Что посадить под зиму на даче в Подмосковье?",
        "Чеснок, лук-севок, морковь, свёклу, укроп, петрушку — за 2–3 недели до устойчивых заморозков.",
        "а цветы?",
    ),
    _u(
        "Кто на самом деле нарисовал медведей на картине «Утро в сосновом лесу»? Слышал, что не Шишкин."
    ),
    _u(
        "Стиральная машина Bosch показывает ошибку F18 и не сливает воду. Это можно исправить самому?"
    ),
]

_KO: list[Item] = [
    _u(
        '팀장님께 보낼 메일인데 좀 더 정중하게 다듬어 주세요: "내일 회의 자료 아직 못 받았는데 언제 주시나요?"'
    ),
    _u('이 문장 자연스러운 영어로 번역해줘: "바쁘신 와중에 시간 내주셔서 감사합니다."'),
    _u(
        "원가 89,000원짜리 운동화가 40% 세일인데 쿠폰 15%를 세일가에 추가로 적용하면 얼마야? 총 할인율은?"
    ),
    _u("무지개는 왜 항상 빨주노초파남보 순서야? 초등학생 눈높이로 설명해줘"),
    _u("김수근이 설계한 공간 사옥 있잖아요, 건축적으로 뭐가 그렇게 대단한 건가요?"),
    _u(
        "DDP 설계한 자하 하디드는 어떤 건축가예요? 곡선 위주 건물이 왜 그렇게 짓기 어려운지도 궁금해요"
    ),
    _u("제주도에 안도 다다오 건축물 몇 개 있다던데 하루 코스로 돌 수 있을까요?"),
    _u("한옥 처마가 왜 저렇게 살짝 들려 있는 거예요? 그냥 멋 때문인가요?"),
    _u(
        "3D 프린터 입문용으로 뱀부랩 A1 미니랑 크리얼리티 중에 뭐가 나아요? 주로 피규어랑 생활용품 뽑을 거예요"
    ),
    _u(
        "3D 프린팅할 때 서포트 자국이 너무 지저분하게 남는데 후처리 어떻게 해요? 사포 몇 방 써야 돼요?"
    ),
    _u("3D 영화 보면 머리가 아프고 어지러운데 이유가 뭐예요?"),
    _u("수채화로 노을 하늘 그라데이션 할 때 자꾸 얼룩(꽃) 생기는데 물 양을 어떻게 조절해요?"),
    _u("연필 소묘에서 구 그릴 때 명암 단계가 어떻게 돼요? 반사광이랑 그림자 경계가 헷갈려요"),
    _u(
        "유화로 창가에 있는 정물 그리는데 그림자 색을 그냥 검정 섞으면 탁해지더라고요. 어떤 색 써야 해요?"
    ),
    _u("이번 주 장보기 목록 만들어줘. 2인 가구, 저녁은 집밥 5번, 예산 10만원"),
    _u(
        "내 장보기 목록 수정해줘: 우유 빼고 두부 2모, 대파 추가. 지금 목록은 계란, 우유, 양파, 쌀, 김"
    ),
    _u("철새들은 어떻게 매년 같은 곳으로 이동해요? 지구 자기장 느낀다는 게 진짜예요?"),
    _u("국립중앙도서관 검색에서 1970년대 신문 기사 찾으려면 검색어를 어떻게 넣어야 잘 나와요?"),
    _u("공책에 독서 기록 표 만들려고 하는데 어떤 칸 넣으면 좋을까요? 제목, 저자 말고 또 뭐?"),
    _u("해시 함수가 뭔지 비전공자한테 설명하듯이 알려주세요. 코드 없이요"),
    _u("주소창에 네이버 치면 화면 뜨기까지 무슨 일이 일어나는 거야? DNS가 뭔지도"),
    _u("대학원생인데 논문 쓰고 가끔 간단한 통계 돌리는 용도면 맥북 에어 M3 16기가로 충분할까요?"),
    _u(
        "엑셀로 가계부 만들고 싶은데 월별로 식비, 교통비 합계가 자동으로 나오게 하려면 어떻게 해요? 완전 초보예요"
    ),
    _u("2단계 인증이 정확히 뭐고 문자 인증이랑 OTP 앱 중에 뭐가 더 안전해요?"),
    _u("중학생 딸이 인스타 시작했는데 비공개 계정 말고 또 뭘 설정해줘야 해요?"),
    _u("옛날 다음 메일 비번을 까먹었는데 본인인증 휴대폰 번호가 바뀌었어요. 복구 방법 있나요?"),
    _u(
        "비밀번호 여러 사이트에 똑같이 쓰면 진짜 위험한가요? 크리덴셜 스터핑이 뭔지 쉽게 알려주세요"
    ),
    _u(
        "채권 ETF랑 예금 중에 3년 정도 묻어둘 거면 뭐가 나아요? 금리 떨어지면 채권이 오른다는 게 무슨 말인지도"
    ),
    _u("카드 앱에 '승인 대기'로 떠 있는 건 이미 돈이 빠져나간 거예요?"),
    _u(
        "사회초년생인데 월 50만원씩 투자하려면 어떻게 분산하는 게 좋을까요? 일반적인 원칙만 알려주세요"
    ),
    _u("청약통장은 꼭 만들어야 하나요? 자취하는 20대 기준으로요"),
    _u("연말정산에서 소득공제랑 세액공제 차이가 뭐예요?"),
    _u("김치찌개 끓일 때 고기 먼저 볶아요 김치 먼저 볶아요? 깊은 맛 내는 팁 있나요"),
    _u("된장찌개가 자꾸 짜게 되는데 어떻게 해야 돼요"),
    _u("에어프라이어로 통삼겹 구우려면 몇 도에 몇 분?"),
    _u("여권 재발급 받으려면 뭐 챙겨가야 돼요? 사진 규격도 알려주세요"),
    _u("오사카 3박 4일 가는데 간사이 스루패스 사는 게 이득이에요? 교토 하루, 나라 반나절 갈 예정"),
    _u("필름 카메라 입문하려는데 포트라 400이랑 울트라맥스 차이가 뭐예요?"),
    _u("역광 인물 사진 찍을 때 얼굴 안 어둡게 하려면 노출을 어디에 맞춰요? 폰 카메라로요"),
    _u("피아노 독학 중인데 양손 따로 노는 게 너무 안 돼요 ㅠㅠ 연습 방법 있을까요"),
    _u("야구에서 인필드 플라이 규칙이 뭐예요? 어제 경기 보다가 이해가 안 됐어요"),
    _u("5살 아이가 마트에서 드러누워 떼를 써요. 이럴 때 어떻게 대처하는 게 좋아요?"),
    _u("고양이 중성화 수술 적정 시기가 언제예요? 수컷이에요"),
    _u("강아지가 산책 중에 다른 개만 보면 짖어요. 훈련 방법 추천해주세요"),
    _u("다육이 잎이 물러지고 투명해지는데 과습인가요?"),
    _u("셀프 도배 처음 해보는데 합지 벽지 풀 바르는 순서 알려주세요"),
    _u("화장실 실리콘 곰팡이 제거하고 다시 쏘는 방법"),
    _u("토익 3주 만에 750에서 850 가능할까요? 공부 계획 좀 짜주세요"),
    _u("수능 국어 비문학 시간이 항상 부족해요. 지문 읽는 요령 있나요?"),
    _u("세계에서 가장 높은 빌딩 순위 top 5 알려줘"),
    _u("봉준호 영화 중에 기생충 말고 입문용으로 뭐 보면 좋아요?"),
    _u("'채식주의자' 줄거리랑 주제 간단하게 정리해줘. 독서 모임 준비 중이야"),
    _u("알고리즘이 뭔지 라면 끓이는 걸로 예를 들어서 설명해줄래?"),
    _u("방정식 풀어줘: 3(x - 2) = 2x + 7"),
    _u("적분 ∫ x·e^x dx 부분적분으로 풀어주세요. 과정도요"),
    _u("세포 호흡이랑 광합성 차이를 표로 정리해주세요. 고1 생명과학이에요"),
    _u("임진왜란 때 이순신 장군이 명량에서 어떻게 12척으로 이겼어요?"),
    _u("금리가 오르면 왜 집값이 떨어지는 경향이 있어요?"),
    _u("전세 계약할 때 확정일자랑 전입신고는 왜 꼭 해야 해요? 일반적인 얘기로요"),
    _u("프리랜서 3.3% 떼는 거 나중에 종합소득세 신고하면 돌려받을 수도 있어요?"),
    _u("공복 혈당이랑 당화혈색소는 뭐가 다른 거예요? 건강검진 결과표 보다가 궁금해서요"),
    _u("하루 만 보 걷기가 진짜 건강에 효과 있어요? 근거가 있는 얘기인가요"),
    _u("퇴사하는 선배한테 롤링페이퍼 문구 써야 하는데 센스 있게 몇 개 추천해줘"),
    _u("헬스장 환불 요청 문자 써줘. 이사 때문에 남은 4개월 환불받고 싶어"),
    _u("'눈치 보다'를 영어로 자연스럽게 어떻게 말해요?"),
    _u("루브르 유리 피라미드는 누가 설계했어요? 처음엔 반대가 심했다던데"),
    _u("단독주택 지으려면 건축사 꼭 써야 돼요? 설계비는 보통 평당 얼마쯤 해요?"),
    _u("카라바조 그림처럼 어둠 속에서 빛 한 줄기가 인물 비추는 기법 이름이 뭐예요?"),
    _u("아이폰에서 갤럭시로 바꾸는데 카톡 대화랑 사진 옮기는 방법 알려주세요"),
    _u(
        "레시피 정리해줘. 블로그 글이 너무 길어서: '오늘은 날씨가 좋아서... 자 이제 본론! 감자 3개를 깎고...' 재료랑 순서만 남겨줘"
    ),
    _u("부산 2박 3일 여행 일정 짜줘. 뚜벅이고 해운대랑 감천문화마을은 꼭 가고 싶어"),
    _u("TCP랑 UDP 차이가 뭐예요? 게임은 왜 UDP 쓴다는 거예요?"),
    _u("빅오 표기법이 뭔가요? O(n²)이 왜 느린 건지 감이 안 와요"),
    _u(
        "문과생인데 코딩 배우려면 파이썬이랑 자바스크립트 중 뭐부터 해요? 데이터 분석 쪽 관심 있어요"
    ),
    _u("오픈소스가 정확히 뭐예요? 무료 소프트웨어랑 같은 말인가요?"),
    _u("블록체인을 아주 쉽게 설명해줄 수 있어요? 비트코인 말고 원리만요"),
    _u("달걀 없이 팬케이크 만들 수 있어요? 집에 바나나는 있어요"),
    _u(
        "자소서 문장 다듬어 주세요: '저는 성실하고 책임감이 강한 사람입니다. 동아리 회장을 하며 리더십을 길렀습니다.'"
    ),
    _u("맞춤법 고쳐줘: '회의 결과를 정리해서 낼 오전까지 보내드릴께요. 않되면 연락 주세요.'"),
    _u("ISA 계좌가 뭐고 일반 증권 계좌랑 세금이 어떻게 달라요?"),
    _u("사춘기 아들이 방에서 안 나와요. 대화를 어떻게 시작해야 할까요"),
    _u("몬스테라 잎 끝이 갈색으로 타들어가요. 물 문제일까요 햇빛 문제일까요"),
    _u("공용 와이파이 쓸 때 조심해야 할 게 뭐예요? 카페에서 인터넷뱅킹 해도 돼요?"),
    _u("'택배 주소 불일치로 보관 중' 문자에 링크가 있던데 이거 스미싱이죠?"),
    _u("손흥민이 토트넘에서 득점왕 한 게 몇 시즌이었죠?"),
    _u("인물 크로키 빨리 늘려면 하루에 몇 장씩 그려야 해요?"),
    _u("고딕 건축이랑 로마네스크 건축 구별하는 법 알려주세요. 유럽 여행 가서 써먹고 싶어요"),
    _u("회사 송년회용 넌센스 퀴즈 10개 만들어줘"),
    _u("1,250,000원의 8%는 얼마야? 부가세 10% 별도면 총액은?"),
    _u("월급 300만원이면 비상금은 얼마 정도 모아둬야 해요?"),
    _u("연어는 왜 태어난 강으로 돌아와요? 어떻게 길을 찾아요?"),
    _u("클라우드에 여권 사본 같은 거 저장해도 괜찮아요? 일반적으로 주의할 점이 뭐예요?"),
    _u("주사위 두 개 던져서 합이 7 나올 확률은? 왜 7이 제일 잘 나와요?"),
    _m(
        "거래처에 납기 연기 요청 메일 써줘",
        "안녕하세요, ○○상사 김민수입니다. 부득이한 사정으로 납기를 일주일 연기 요청드리고자 합니다...",
        "좀 더 자신감 있게, 너무 죄송해하지 말고",
    ),
    _m(
        "바나나 머핀 레시피 알려줘, 12개 분량",
        "잘 익은 바나나 3개, 박력분 250g, 설탕 100g, 달걀 1개, 버터 80g, 베이킹파우더 1작은술. 180도 20분.",
        "오븐 없는데 에어프라이어로 해도 돼?",
    ),
    _m(
        "x² - 4x - 5 = 0 풀어줘",
        "(x - 5)(x + 1) = 0 이므로 x = 5 또는 x = -1 입니다.",
        "그럼 y = x² - 4x - 5 그래프의 꼭짓점은?",
    ),
    _m(
        "스프링 부트에서 @Transactional 붙였는데 롤백이 안 돼요",
        "같은 클래스 내부 호출이면 프록시를 안 타서 적용이 안 됩니다. 메서드를 다른 빈으로 분리해보세요.",
        "오 해결됐어요! 근데 전혀 다른 질문인데, 수채화로 하늘 그라데이션 부드럽게 하는 법 있어요?",
    ),
    _m(
        "three.js에서 그림자가 계단처럼 깨져 보여요",
        "shadow.mapSize를 2048로 올리고 shadow.bias를 -0.0005 정도로 조정해보세요.",
        "됐다 감사합니다 ㅎㅎ 그나저나 이번 주말에 서울 근교 단풍 어디가 예뻐요?",
    ),
    _m(
        "일본어로 '예약 변경하고 싶어요' 어떻게 말해?",
        "「予約を変更したいんですが」(요야쿠오 헨코-시타인데스가)라고 하면 됩니다.",
        "더 정중하게는?",
    ),
    _m(
        "경주 1박 2일 코스 추천해줘",
        "1일차: 불국사, 석굴암, 보문호 / 2일차: 대릉원, 첨성대, 황리단길, 동궁과 월지 야경",
        "7살 아이랑 가면?",
    ),
    _m(
        "봄에 관한 짧은 시 써줘",
        "벚꽃잎 하나 어깨에 내려앉아 / 겨울 끝자락을 살며시 밀어낸다...",
        "좀 더 밝고 귀엽게, 동시 느낌으로",
    ),
    _m(
        "주택담보대출 3억, 30년, 금리 4%면 월 상환액이 얼마예요?",
        "원리금균등 기준 월 약 143만원, 총이자는 약 2억 1,500만원입니다.",
        "20년이면?",
    ),
    _m(
        "리액트 쿼리로 데이터 캐싱 잘 되는 거 확인했어요",
        "좋네요. staleTime도 필요에 맞게 조절해 보세요.",
        "넵. 그건 그렇고 요즘 허리가 아픈데 의자에 오래 앉아 있을 때 좋은 스트레칭 있어요?",
    ),
    _m(
        "르 코르뷔지에의 건축 5원칙이 뭐예요?",
        "필로티, 자유로운 평면, 자유로운 입면, 수평 띠창, 옥상 정원입니다.",
        "이걸 잘 보여주는 건물은 어디예요?",
    ),
    _m(
        "PLA 출력물 표면에 가는 실 같은 게 생겨요",
        "스트링잉입니다. 리트랙션 거리를 늘리고 노즐 온도를 5도씩 낮춰보세요.",
        "온도 낮췄더니 층간 접착이 약해졌어요",
    ),
    _m(
        "인스타 홍보 문구 써줘. 동네 꽃집 '하루꽃' 오픈 이벤트야",
        "🌷 하루꽃이 문을 열었어요! 오픈 기념 첫 주 모든 꽃다발 10% 할인 🌷",
        "너무 평범해. 감성적으로 바꿔줘",
    ),
    _m(
        "피타고라스 정리 증명 하나만 보여줘",
        "정사각형 안에 직각삼각형 4개를 배치하면 (a+b)² = 4·(ab/2) + c² 이고, 정리하면 a² + b² = c² 입니다.",
        "다른 증명 방법도 있어?",
    ),
    _m(
        "MySQL에서 중복된 이메일 찾는 쿼리 알려줘",
        "SELECT email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1;",
        "고마워요. 그리고 하나만 더, 여름 장마철에 빨래 냄새 안 나게 말리는 방법 있어요?",
    ),
    _m(
        "떡볶이 4인분 레시피",
        "떡 600g, 어묵 4장, 고추장 3큰술, 고춧가루 1큰술, 설탕 2큰술, 간장 1큰술, 물 500ml, 대파.",
        "안 맵게 하려면?",
    ),
    _m(
        "겨울에 두루미가 철원으로 오는 이유가 뭐예요?",
        "먹이가 되는 낙곡이 많은 논과 얼지 않는 여울이 있어 월동하기 좋기 때문입니다.",
        "언제 가면 제일 많이 볼 수 있어요?",
    ),
    _m(
        "GLSL에서 uv 좌표로 그라데이션 만들었는데 색이 거꾸로 나와요",
        "vUv.y 대신 1.0 - vUv.y를 쓰면 뒤집힙니다.",
        "됐어요! 혹시 반숙 계란 삶는 시간도 알아요?",
    ),
    _m(
        "연봉 4,200 대기업 vs 연봉 4,800 스타트업 고민 중이에요",
        "복지, 성장 가능성, 안정성, 스톡옵션 등을 함께 비교해보는 게 좋아요.",
        "스타트업이 시리즈 A 단계면요?",
    ),
    _m(
        "ETF가 뭐예요?",
        "지수를 추종하는 펀드를 주식처럼 거래소에서 사고팔 수 있게 만든 상품이에요.",
        "S&P500 ETF 20년 넣어두면 손해 볼 가능성은?",
    ),
    _m(
        "기말고사 2주 남았는데 과목 5개 공부 계획 짜줘",
        "1주차: 과목별 개념 정리 / 2주차: 기출 풀이와 오답 정리, 마지막 이틀은 전체 복습",
        "하루 단위로 쪼개줘",
    ),
    _m(
        "'migration'을 한국어로 뭐라고 번역해? 새 이동 얘기야",
        "'철새의 이동' 또는 '회유'(어류)라고 하면 자연스러워요.",
        "'stopover site'는?",
    ),
    _s(
        "당신은 카페 프랜차이즈의 SNS 글쓰기 도우미입니다. 밝고 친근한 톤으로 작성하세요.",
        "가을 신메뉴 '밤 크림 라떼' 소개글 3줄로 써줘",
    ),
    _s(
        "당신은 IDE에 내장된 코딩 어시스턴트입니다.",
        "코드 얘기는 아닌데, 전세 보증보험이 뭔지 간단하게 설명해줄 수 있어요?",
    ),
    _s(
        "You are a coding assistant inside VS Code.",
        "잠깐 딴 얘기: '되'랑 '돼' 구분하는 쉬운 방법 있어? 맨날 틀려",
    ),
    _s(
        "당신은 항공사 고객센터 챗봇입니다. 친절하게 안내하세요.",
        "보조배터리 기내 반입 되나요? 20000mAh짜리예요",
    ),
    _s(
        "당신은 중학생을 위한 수학 튜터입니다. 답을 바로 주지 말고 힌트를 주세요.",
        "일차함수 그래프에서 기울기를 어떻게 구하는지 모르겠어요. (1, 3)이랑 (4, 9) 지나는 직선이요",
    ),
    _s(
        "당신은 소설 작가를 돕는 글쓰기 파트너입니다.",
        "제 소설 첫 문장이에요: '그날 부산역에는 비가 오지 않았다.' 이 다음에 이어질 문단 써줄래요?",
    ),
    _s(
        "당신은 구립 도서관 안내 챗봇입니다.",
        "초등 3학년이 읽을 만한 과학 동화 추천해 주세요",
    ),
    _s(
        "You are a helpful assistant.",
        "부모님께 클라우드 백업이 뭔지 설명해야 하는데 쉬운 비유 좀 알려줘",
    ),
    _s(
        "당신은 저장소와 터미널에 접근할 수 있는 개발 에이전트입니다.",
        "빌드 도는 동안 하나만: 감기 걸렸을 때 샤워해도 괜찮아요?",
    ),
    _s(
        "당신은 인터넷 은행의 상담 봇입니다. 비밀번호나 인증번호는 절대 묻지 마세요.",
        "해외 결제했는데 금액이 두 번 찍혀 있어요. 하나는 승인 대기고요. 이중 결제인가요?",
    ),
    _s(
        "당신은 홈트레이닝 코치입니다.",
        "플랭크 30초도 힘든데 한 달 안에 2분 버티고 싶어요. 루틴 짜주세요",
    ),
    _s(
        "당신은 화방 온라인몰의 상담 도우미입니다.",
        "수채화 입문용 물감 24색 세트 중에 신한이랑 미젤로 차이가 뭐예요?",
    ),
    _s(
        "당신은 Kotlin 안드로이드 개발팀의 어시스턴트입니다.",
        "업무 외 질문인데요, 외국인 동료 생일 카드에 쓸 영어 문구 하나만 자연스럽게 써줄래요?",
    ),
    _s(
        "당신은 대학생 진로 상담사입니다.",
        "건축학과 5년제 졸업하면 건축사 시험 바로 볼 수 있나요? 실무 경력이 필요한가요?",
    ),
    _s(
        "당신은 요리 도우미입니다. 냉장고 재료로 만들 수 있는 요리를 추천하세요.",
        "애호박 반 개, 스팸 조금, 계란 3개, 양파 있어요. 뭐 해먹죠?",
    ),
    _s(
        "You are GitHub Copilot Chat.",
        "모니터 살 건데 IPS랑 VA 패널 차이가 뭐야? 주로 영화 보는 용도",
    ),
    _s(
        "당신은 생활법률 정보를 안내하는 챗봇입니다. 일반적인 정보만 제공합니다.",
        "내용증명이 뭐예요? 보내면 법적 효력이 있는 건가요?",
    ),
    _s(
        "당신은 텃밭 관리 앱 '초록텃밭'의 고객지원 봇입니다.",
        "작년 텃밭 계획을 삭제하고 새 계획을 만들고 싶어요. 어디서 해요?",
    ),
    _s(
        "당신은 여행 일정 도우미입니다.",
        "일정 수정해줘: 둘째 날 전주 대신 군산으로 가고 나머지는 그대로. 전체 일정 다시 정리해줘",
    ),
    _s(
        "당신은 고등학교 화학 선생님입니다.",
        "겨울에 도로에 염화칼슘 뿌리면 왜 눈이 녹아요?",
    ),
    _s(
        "당신은 사진 동호회 도우미입니다.",
        "창가 자연광으로 음식 사진 찍을 때 반사판 위치 어디에 둬요?",
    ),
    _s(
        "You are an internal IT helpdesk assistant.",
        "IT 질문은 아니고요, 연차는 입사 1년 미만이면 며칠 생기는 거예요?",
    ),
    _s(
        "당신은 책 추천 도우미입니다.",
        "'아몬드' 재밌게 읽었어요. 비슷한 한국 소설 추천해줘요",
    ),
    _s(
        "당신은 육아 상담 도우미입니다.",
        "돌 지난 아기 생우유 먹여도 되나요? 하루에 얼마나요?",
    ),
    _u("교통 범칙금 이의신청 기한이 보통 어떻게 돼요?"),
    _u("상대성이론에서 시간이 느려진다는 게 무슨 뜻이에요? 쉽게요"),
    _u("항생제는 왜 끝까지 다 먹어야 한다고 하는 거예요?"),
    _u("친구 결혼식 못 가게 됐는데 미안한 마음 담아서 카톡 메시지 써줘"),
    _u("김장 김치 익는 속도 늦추려면 김치냉장고 온도 몇 도로 해요?"),
    _u("내일 '한빛물산' 영업관리 직무 면접인데 마지막에 할 역질문 추천해줘"),
    _u("성당 스테인드글라스는 왜 색이 그렇게 선명하게 보여요?"),
    _u("두 점 투시로 골목길 건물 그리는 연습 방법 알려주세요"),
    _u("할머니가 영상통화를 하고 싶어 하시는데 제일 쉬운 방법이 뭘까요?"),
    _u(
        '아파트 관리사무소 공지인데 요점만 세 줄로 정리해줘:\n\n"입주민 여러분께 알려드립니다. 노후 배관 교체 공사로 인하여 11월 4일(월)부터 11월 8일(금)까지 101동과 102동의 온수 공급이 오전 9시부터 오후 5시까지 중단됩니다. 공사 기간 중 지하주차장 B1 일부 구역은 자재 적치로 인해 주차가 제한됩니다. 세대 내 점검이 필요한 경우 관리사무소에서 사전에 연락드릴 예정이오니 협조 부탁드립니다. 불편을 드려 죄송합니다."'
    ),
    _u(
        "노트북 배터리 리포트 돌려봤더니 이렇게 나와요:\n\nDESIGN CAPACITY 52,000 mWh\nFULL CHARGE CAPACITY 31,400 mWh\nCYCLE COUNT 612\n\n배터리 교체해야 하는 수준이에요? 몇 퍼센트 남은 거예요?"
    ),
    _m(
        "주문 서비스랑 재고 서비스 사이 정합성은 사가 패턴으로 맞추는 게 나을까요?",
        "네, 주문 생성 → 재고 예약 → 결제 순으로 이벤트를 이어가고 실패 시 보상 트랜잭션으로 되돌리는 방식이 일반적이에요.",
        "정리 감사합니다. 완전 딴 얘기인데 다음 달 삿포로 가는데 눈축제 기간에 옷 뭐 챙겨야 돼요?",
    ),
    _u(
        "월세 계약서에 '임차인이 계약 기간 중 해지할 경우 잔여 기간 월세의 10%를 위약금으로 한다'라는 특약이 있는데, 보통 이런 조항이 일반적인 거예요?"
    ),
    _u(
        "엑셀 가계부에 날짜를 넣었더니 45231 같은 숫자로 보여요. 날짜로 다시 보이게 하려면 어떻게 해요?"
    ),
    _m(
        "고양이 사료 바꾸려는데 어떻게 바꿔야 탈이 안 나요?",
        "7~10일에 걸쳐 기존 사료에 새 사료를 25%, 50%, 75% 순으로 섞어 늘려가면 돼요.",
        "습식으로 바꾸는 것도 같은 방식?",
    ),
    _u(
        "윤동주 '서시' 수업 준비 중인데 '부끄럼'이 어떤 의미인지, 시대 배경이랑 같이 설명해줄 수 있어요?"
    ),
    _u(
        "보일러 화면에 에러 코드 03이 뜨고 온수가 안 나와요. 점화 불량이라는데 제가 해볼 수 있는 게 있을까요?"
    ),
]

_IT: list[Item] = [
    _u(
        "Mi sistemi questa mail per il condominio? Vorrei che fosse ferma ma non aggressiva: «Il portone resta sempre aperto e nessuno fa niente, è ora di smetterla.»"
    ),
    _u(
        "Traducimi in inglese: «Le confermo la prenotazione per due persone, con arrivo previsto venerdì sera.»"
    ),
    _u(
        "Un divano costa 1.290 €, in offerta al 25 % e con altri 100 € di sconto se lo ritiro io. Quanto pago e che sconto totale è in percentuale?"
    ),
    _u(
        "Come ha fatto Brunelleschi a costruire la cupola di Santa Maria del Fiore senza centine? Spiegamelo in modo semplice."
    ),
    _u("Chi era Andrea Palladio e perché le sue ville venete sono patrimonio UNESCO?"),
    _u(
        "Renzo Piano ha progettato il Centre Pompidou e lo Shard, giusto? Cosa accomuna i suoi edifici?"
    ),
    _u(
        "Stampante 3D a resina per miniature di D&D: Elegoo o Anycubic? E quanto è pericolosa la resina da maneggiare in casa?"
    ),
    _u("Ho stampato in 3D un vaso in PLA ma perde acqua dal fondo. Come lo rendo impermeabile?"),
    _u(
        "Il cinema 3D sta sparendo? Ricordo che dopo Avatar c'erano film 3D ovunque e ora quasi niente."
    ),
    _u("Cos'è lo sfumato di Leonardo e come posso provarlo con le matite colorate?"),
    _u(
        "Sto dipingendo ad acrilico un tramonto sul lago ma la sfumatura tra arancio e viola viene a strisce. Come si fa una transizione morbida?"
    ),
    _u(
        "Nel disegno dal vero, come capisco dove cade l'ombra propria e dove quella portata su un cubo illuminato da una lampada?"
    ),
    _u(
        "Creami una lista della spesa per una grigliata di 10 persone, con un paio di opzioni vegetariane."
    ),
    _u(
        "Aggiorna la lista della lista nozze: togli il servizio di piatti, aggiungi il robot da cucina e il viaggio a Lisbona come contributo."
    ),
    _u("Quando partono le rondini dall'Italia e dove vanno a passare l'inverno?"),
    _u(
        "Sto facendo una ricerca nell'archivio storico della Stampa. Come imposto la ricerca per trovare articoli sull'alluvione di Firenze del '66?"
    ),
    _u(
        "Nel mio quaderno delle ricette vorrei una tabella per le conversioni tazze-grammi. Me la prepari?"
    ),
    _u(
        "Cos'è un'istanza in autotutela e quando si usa contro una cartella esattoriale, in generale?"
    ),
    _u("Cos'è un compilatore e in cosa è diverso da un interprete? Solo il concetto."),
    _u("Come fa il GPS del telefono a sapere dove sono anche senza internet?"),
    _u(
        "PC fisso o portatile per mio figlio che inizia ingegneria? Budget 1000 €, userà Matlab e AutoCAD."
    ),
    _u(
        "Con Excel voglio tenere le spese di casa e vedere un grafico a torta per categoria. Da dove parto?"
    ),
    _u("Cos'è lo SPID e perché dicono che è più sicuro con l'app invece che con SMS?"),
    _u(
        "Mio papà di 75 anni usa WhatsApp: quali impostazioni della privacy gli conviene mettere per evitare che lo aggiungano a gruppi strani?"
    ),
    _u(
        "Non ricordo più la password della mia vecchia PEC e il gestore chiede cose che non so. Come si recupera di solito?"
    ),
    _u("Un password manager è davvero sicuro? Se lo bucano perdo tutto, no?"),
    _u(
        "Mi è arrivata una mail di Poste Italiane che dice che il mio conto è sospeso e di cliccare su un link. Come capisco se è phishing?"
    ),
    _u(
        "Vedo un movimento «in lavorazione» sulla carta per un noleggio auto. Sono soldi bloccati o già spesi?"
    ),
    _u("Cos'è un PAC e ha senso farlo su un ETF azionario globale per chi parte da zero?"),
    _u(
        "Il TFR mi conviene lasciarlo in azienda o metterlo nel fondo pensione? In generale, quali sono i pro e contro?"
    ),
    _u(
        "Con il regime forfettario quanto si paga più o meno di tasse su 30.000 € di fatturato? Solo l'ordine di grandezza."
    ),
    _u("Carbonara vera: guanciale o pancetta, pecorino o parmigiano, e la panna no, vero?"),
    _u("Il mio risotto viene sempre colloso. Sbaglio la tostatura o il brodo?"),
    _u("Ho il lievito madre da una settimana e non raddoppia. Quante volte lo devo rinfrescare?"),
    _u(
        "Per andare in Albania in traghetto da Bari serve il passaporto o basta la carta d'identità?"
    ),
    _u("Come funziona la ZTL a Firenze se ho un'auto a noleggio e l'hotel è in centro?"),
    _u(
        "Interrail di 15 giorni tra Austria, Slovenia e Croazia: mi conviene il pass o i biglietti singoli?"
    ),
    _u(
        "Per fotografare la Via Lattea in Val d'Orcia che impostazioni uso? Ho una mirrorless con un 20 mm f/1.8."
    ),
    _u(
        "Foto di prodotto per il mio negozio Etsy di ceramiche: come ottengo uno sfondo bianco senza ombre con due lampade da scrivania?"
    ),
    _u("Sto imparando l'ukulele: quali sono i 4 accordi per suonare metà delle canzoni pop?"),
    _u("Cos'è la regola del vantaggio nel rugby?"),
    _u(
        "Padel o tennis per uno di 45 anni che non fa sport da anni? Quale stressa meno le ginocchia?"
    ),
    _u(
        "Come si prepara il Giro d'Italia un ciclista professionista? Quanti km fanno in allenamento?"
    ),
    _u("Mio figlio di 6 anni dice le bugie per tutto. È una fase? Come reagisco?"),
    _u("Il coniglio nano si può tenere libero in casa? Cosa devo mettere in sicurezza?"),
    _u("Quando si pota l'ulivo e quanto si può tagliare senza rovinarlo?"),
    _u("Voglio fare un orto sul balcone esposto a nord. Cosa cresce con poca luce?"),
    _u(
        "Come si cambia la guarnizione di un rubinetto che gocciola? Ho una cassetta degli attrezzi base."
    ),
    _u("Quanta pittura serve per imbiancare una stanza di 4x4 m alta 2,70? Due mani."),
    _u(
        "Sono infermiere da 12 anni e vorrei passare alla formazione sanitaria. Che percorsi ci sono?"
    ),
    _u("Consigli per preparare l'orale della maturità quando ho ansia da prestazione?"),
    _u(
        "Qual è il metodo migliore per memorizzare le date di storia? Ho l'esame di storia contemporanea."
    ),
    _u("Quanti abitanti ha San Marino e come mai è indipendente?"),
    _u("Consigliami tre film di Fellini per iniziare, e in che ordine guardarli."),
    _u("Di cosa parla «Le città invisibili» di Calvino? Mi serve per una tesina."),
    _u("L'amica geniale: conviene leggere i libri prima della serie? Senza spoiler."),
    _u("Risolvi: (x + 3)/2 = x - 1"),
    _u("Quanto fa il limite di (1 + 1/n)^n per n che tende a infinito, e perché?"),
    _u("Come funziona il DNA in parole povere? Mia figlia fa la terza media."),
    _u("Perché l'Impero romano d'Occidente è caduto nel 476? Le cause principali."),
    _u("Cos'è lo spread BTP-Bund e perché i telegiornali ne parlano tanto?"),
    _u(
        "Il padrone di casa può entrare in appartamento quando vuole se ho un contratto 4+4? In generale."
    ),
    _u("Cos'è la vitamina D e perché quasi tutti ne sono carenti in inverno?"),
    _u("Le allergie primaverili possono comparire da adulti anche se non le hai mai avute?"),
    _u(
        "Scrivimi un discorso breve per il brindisi al matrimonio di mio fratello, ironico ma affettuoso."
    ),
    _u("Lettera di reclamo alla compagnia aerea per bagaglio arrivato con tre giorni di ritardo."),
    _u("Come si dice «magari!» in inglese, nel senso di «lo vorrei tanto»?"),
    _u("Chi ha progettato la Torre Velasca a Milano e perché ha quella forma a fungo?"),
    _u("Gae Aulenti cosa ha progettato oltre alla piazza che porta il suo nome?"),
    _u("Sto stampando in 3D pezzi di ricambio per la lavastoviglie: il PETG resiste a 65 gradi?"),
    _u("Devo trasferire le foto dal vecchio Android al nuovo iPhone, qual è il modo più semplice?"),
    _u(
        "Sistemami questa ricetta della nonna scritta a voce: «un po' di farina, le uova quante ne vuole l'impasto, il burro a occhio...» in grammi indicativi."
    ),
    _u("Organizzami 4 giorni in Puglia: Bari, Polignano, Alberobello, Lecce. Senza auto."),
    _u("Che differenza c'è tra Wi-Fi 5 e Wi-Fi 6? Devo cambiare il router?"),
    _u("Cosa vuol dire che un programma è open source? Posso usarlo per lavoro?"),
    _u("Per trovare lavoro come sviluppatore nel 2025 conviene imparare Java o Python?"),
    _u("Torta senza burro né uova per una compagna di classe di mia figlia che è allergica. Idee?"),
    _u(
        "Migliora questo paragrafo del CV: «Ho lavorato come cameriere, mi piace il contatto con le persone e imparo in fretta.»"
    ),
    _u("Correggi: «Se sarei venuto prima, avrei trovato posto. Ci vediamo a l'ingresso.»"),
    _u("Perché le foglie del limone in vaso si accartocciano?"),
    _u("Cosa sono i cookie dei siti e perché ogni sito mi chiede di accettarli?"),
    _u("Quanti scudetti ha vinto il Napoli in tutto?"),
    _u("Come si disegna un volto di tre quarti? Le proporzioni mi vengono sempre storte."),
    _u(
        "Quiz di 10 domande sulla storia dell'arte italiana, livello medio, per una serata in famiglia."
    ),
    _u(
        "Quanto è il 22 % di IVA su 850 €? E se il prezzo è già IVA inclusa, quanto è l'imponibile?"
    ),
    _u("Come fanno le tartarughe marine a tornare sulla stessa spiaggia dove sono nate?"),
    _u(
        "Che probabilità ci sono di fare 6 al Superenalotto, spiegato con un esempio che si capisca?"
    ),
    _m(
        "Scrivimi una mail al professore per chiedere di spostare la data della tesi.",
        "«Gentile Professor Ferri, le scrivo per chiederle se fosse possibile posticipare la discussione della tesi alla sessione di marzo...»",
        "rendila più sicura di sé, meno scuse",
    ),
    _m(
        "Ricetta del tiramisù per 8 persone?",
        "500 g di mascarpone, 5 uova, 120 g di zucchero, 400 g di savoiardi, caffè e cacao amaro.",
        "e in versione monoporzione nei bicchierini?",
    ),
    _m(
        "Risolvi x² + 2x - 15 = 0",
        "(x + 5)(x - 3) = 0, quindi x = -5 oppure x = 3.",
        "e il vertice della parabola dov'è?",
    ),
    _m(
        "In Laravel la validazione non mi mostra gli errori nella view.",
        "Usa @error('campo') nel Blade e controlla che il form faccia redirect back con withErrors.",
        "Funziona, grazie! Cambiando argomento: come faccio una sfumatura di cielo liscia ad acquerello?",
    ),
    _m(
        "Nella mia scena Babylon.js le ombre tremolano quando muovo la camera.",
        "Prova a usare CascadedShadowGenerator e aumenta il bias un po'.",
        "Risolto. Senti, che regalo faccio a mia suocera che ama il giardinaggio?",
    ),
    _m(
        "Come si dice in francese «ci vediamo domani alla stazione»?",
        "«On se voit demain à la gare.»",
        "più formale, è per un cliente",
    ),
    _m(
        "Cosa vedere a Torino in un weekend?",
        "Museo Egizio, Mole Antonelliana e Museo del Cinema, Palazzo Reale, piazza San Carlo, una passeggiata al Valentino.",
        "e se piove tutto il tempo?",
    ),
    _m(
        "Scrivi una filastrocca sulla pioggia per bambini.",
        "Plic ploc fa la pioggia sul tetto, / salta la rana dentro al laghetto...",
        "più lunga, con un finale col sole",
    ),
    _m(
        "Mutuo di 180.000 € a 25 anni al 3,5 %: quanto pago al mese?",
        "Circa 901 € al mese, con circa 90.300 € di interessi totali.",
        "e a 30 anni?",
    ),
    _m(
        "Ho aggiunto l'indice sulla colonna e la query ora è velocissima.",
        "Ottimo, controlla solo che non rallenti troppo gli insert.",
        "ok. domanda che non c'entra: come tolgo una macchia di olio da una camicia di seta?",
    ),
    _m(
        "Parlami di Carlo Scarpa.",
        "Architetto veneziano, maestro del dettaglio e dei materiali: Tomba Brion, Castelvecchio a Verona, negozio Olivetti a Venezia.",
        "si può visitare la Tomba Brion?",
    ),
    _m(
        "Le mie stampe 3D hanno il primo strato tutto ondulato.",
        "L'ugello è troppo vicino al piatto. Rifai il livellamento e alza lo Z-offset di 0,05 mm.",
        "rifatto ma adesso non si attacca più",
    ),
    _m(
        "Fammi un post Instagram per la riapertura della mia gelateria «Dolce Neve».",
        "🍦 Dolce Neve riapre sabato! Nuovi gusti, stesso amore. Vi aspettiamo in via Roma 14!",
        "più simpatico, con un gioco di parole sul gelato",
    ),
    _m(
        "Cos'è il teorema di Talete?",
        "Un fascio di rette parallele tagliate da due trasversali determina su di esse segmenti proporzionali.",
        "fammi un esercizio con la soluzione",
    ),
    _m(
        "Mi scrivi la query per contare gli ordini per cliente?",
        "SELECT cliente_id, COUNT(*) FROM ordini GROUP BY cliente_id;",
        "Grazie mille. Ultima cosa, completamente diversa: quanto si lessano le castagne?",
    ),
    _m(
        "Voglio fare la parmigiana per 6.",
        "3 melanzane grandi, 700 ml di passata, 300 g di mozzarella, parmigiano, basilico, olio per friggere.",
        "versione al forno senza friggere?",
    ),
    _m(
        "Perché le gru passano sopra l'Italia in primavera?",
        "Tornano dall'Africa verso i siti riproduttivi del Nord Europa e usano la penisola come corridoio di migrazione.",
        "dove si vedono meglio?",
    ),
    _m(
        "Lo shader in Three.js mi dà errore 'varying not written'.",
        "Il vertex shader deve assegnare il varying: aggiungi vUv = uv; nel main.",
        "Sistemato. A proposito, tu sai quanto tempo dura un uovo sodo in frigo?",
    ),
    _m(
        "Ho due offerte: 32k a Bologna in presenza o 30k full remote.",
        "Considera costi di trasporto, affitto e quanto valorizzi la flessibilità.",
        "e se col remoto torno a vivere in Calabria dai miei?",
    ),
    _m(
        "Cos'è un'obbligazione?",
        "Un titolo di debito: presti denaro all'emittente, che ti paga le cedole e restituisce il capitale a scadenza.",
        "e se l'emittente fallisce?",
    ),
    _m(
        "Programma di studio per il test di medicina in 3 mesi.",
        "Mese 1: biologia e chimica; mese 2: fisica, matematica e logica; mese 3: simulazioni complete.",
        "aggiungi un giorno libero a settimana",
    ),
    _m(
        "Chi ha scritto «Il nome della rosa»?",
        "Umberto Eco, pubblicato nel 1980.",
        "di cosa parla in due righe?",
    ),
    _s(
        "Sei un assistente di scrittura per una piccola casa editrice. Rispondi in italiano.",
        "Scrivi la quarta di copertina per un giallo ambientato a Trieste, protagonista una commissaria in pensione.",
    ),
    _s(
        "Sei un assistente di programmazione integrato nell'IDE.",
        "Domanda personale: come funziona la detrazione delle spese mediche nel 730, in generale?",
    ),
    _s(
        "You are a coding assistant inside VS Code.",
        "fuori tema: in una ricetta americana c'è 'one stick of butter', quanti grammi sono?",
    ),
    _s(
        "Sei l'assistente clienti dell'agenzia turistica ViaggiSereni.",
        "Buongiorno, posso portare il mio cane di taglia media sul Frecciarossa? Che biglietto serve?",
    ),
    _s(
        "Sei un tutor di matematica per le superiori. Guida lo studente passo passo.",
        "Non capisco come si risolvono le disequazioni di secondo grado, tipo x² - 5x + 4 > 0.",
    ),
    _s(
        "Sei un editor letterario. Mantieni lo stile dell'autore.",
        "Ecco l'incipit del mio racconto: «A Matera le pietre ricordano tutto.» Mi scrivi un secondo paragrafo?",
    ),
    _s(
        "Sei il chatbot della biblioteca civica di Bergamo.",
        "Cerco fumetti per un ragazzo di 11 anni che ha finito tutti i Diario di una schiappa.",
    ),
    _s(
        "You are a helpful assistant.",
        "Come spiego a mia nonna cos'è il cloud, con un paragone che capisca?",
    ),
    _s(
        "Sei un agente di sviluppo con accesso al repository e al terminale.",
        "Mentre gira la build: la febbre a 38 negli adulti va abbassata subito o è meglio lasciarla?",
    ),
    _s(
        "Sei l'assistente virtuale di una banca online. Non chiedere mai codici o password.",
        "Ho un addebito di 0,01 € da un sito dove ho registrato la carta. È normale?",
    ),
    _s(
        "Sei un personal trainer virtuale.",
        "Vorrei fare la mia prima mezza maratona a ottobre, ora corro 8 km. Mi fai una tabella di 16 settimane?",
    ),
    _s(
        "Sei il consulente di un negozio di belle arti.",
        "Per iniziare con l'acquerello meglio le pastiglie o i tubetti? E che carta prendo?",
    ),
    _s(
        "Sei un assistente per un team che sviluppa in Rust.",
        "Off topic: mi traduci in inglese il biglietto di ringraziamento per i vicini che ci hanno innaffiato le piante?",
    ),
    _s(
        "Sei un orientatore per studenti universitari.",
        "Ho una laurea triennale in architettura. Mi conviene la magistrale o lavorare subito in uno studio?",
    ),
    _s(
        "Sei un assistente di cucina. Suggerisci ricette con quello che l'utente ha in casa.",
        "Ho ceci in scatola, spinaci, mezza cipolla e del pane raffermo. Cosa preparo?",
    ),
    _s(
        "You are an AI programming assistant.",
        "cosa vuol dire che lo schermo del telefono è a 120 Hz? si nota davvero rispetto a 60?",
    ),
    _s(
        "Sei un assistente di informazione giuridica. Dai informazioni generali, non consulenze.",
        "Cos'è un decreto ingiuntivo e quanto tempo ho per fare opposizione, in generale?",
    ),
    _s(
        "Sei il supporto dell'app di ricette «Cucina Facile».",
        "Come creo una nuova raccolta di ricette e cancello quella vecchia che non uso più?",
    ),
    _s(
        "Sei un assistente che pianifica viaggi.",
        "Modifica il piano: niente Siena, aggiungi una notte a Lucca. Riscrivimi il programma giorno per giorno.",
    ),
    _s(
        "Sei un professore di scienze paziente.",
        "Perché quando apro una bottiglia di spumante esce la schiuma?",
    ),
    _s(
        "Sei un assistente per un circolo fotografico.",
        "Come fotografo un ritratto con una sola finestra e nessun flash, senza metà viso al buio?",
    ),
    _s(
        "Sei l'assistente interno dell'helpdesk IT aziendale.",
        "Non è un problema tecnico: sapete quanti giorni di permesso ho per il matrimonio, per legge?",
    ),
    _s(
        "Sei un consigliere di lettura.",
        "Mi è piaciuto moltissimo «Il Gattopardo». Altri romanzi storici italiani?",
    ),
    _s(
        "Sei un assistente per neogenitori.",
        "A che età si può dare il cuscino al bambino nel lettino?",
    ),
    _u(
        "Quanto tempo ho per fare ricorso contro una multa per eccesso di velocità, in linea di massima?"
    ),
    _u("Cos'è l'entropia in fisica? Spiegamela con un esempio di tutti i giorni."),
    _u("Perché il raffreddore non si cura con gli antibiotici?"),
    _u("Messaggio per disdire la cena di classe senza sembrare antipatico."),
    _u("Come si conserva il basilico fresco più a lungo?"),
    _u(
        "Colloquio domani da «Ferramenta Colombo & Figli» come magazziniere: cosa mi chiederanno di solito?"
    ),
    _u(
        "Come funzionano le vetrate del Duomo di Milano? Perché dentro la luce sembra colorata in quel modo?"
    ),
    _u("Esercizi per disegnare una piazza in prospettiva centrale."),
    _u(
        "Riassumimi in tre punti questo avviso del Comune, è lunghissimo:\n\n«Si comunica alla cittadinanza che, a seguito dei lavori di rifacimento della rete fognaria in via Garibaldi, dal 7 al 25 ottobre la strada sarà chiusa al traffico nel tratto compreso tra piazza Mazzini e via Verdi. Il servizio di trasporto pubblico subirà deviazioni: le fermate soppresse saranno sostituite da fermate provvisorie in via Cavour. I residenti potranno accedere ai passi carrai esclusivamente negli orari 7-8 e 18-20. La raccolta differenziata porta a porta resta invariata.»"
    ),
    _u(
        "La smart TV in salotto dice «Nessun segnale» su HDMI 2 da quando ho spostato il decoder. Cavi e prese sembrano a posto, cosa controllo?"
    ),
    _m(
        "Per il nostro gestionale stiamo valutando di separare la parte di fatturazione in un servizio a sé con la sua coda di eventi.",
        "Ha senso se la fatturazione ha ritmi e carichi diversi: il gestionale pubblica eventi 'ordine confermato' e la fatturazione li consuma in modo idempotente.",
        "Ok, ci ragioniamo. Domanda a parte: che documenti servono per portare il gatto in vacanza in Croazia?",
    ),
    _u(
        "Nel contratto d'affitto c'è scritto «Sono a carico del conduttore le spese condominiali ordinarie». Quali spese sono ordinarie e quali straordinarie, in generale?"
    ),
    _u(
        "Nel foglio Excel delle spese di casa come blocco la prima riga con i titoli così resta sempre visibile quando scorro?"
    ),
    _m(
        "Cosa posso seminare ad agosto nell'orto in Emilia?",
        "Cavoli, finocchi, radicchio, bietole, lattughe autunnali e, a fine mese, spinaci e rucola.",
        "e sul balcone in vaso?",
    ),
    _u(
        "Mi parafrasi la terzina «Nel mezzo del cammin di nostra vita / mi ritrovai per una selva oscura, / ché la diritta via era smarrita»? Cosa rappresenta la selva?"
    ),
    _u(
        "La lavatrice Candy dà errore E03 e non scarica. Posso provare a sistemarla da solo prima di chiamare il tecnico?"
    ),
]

_PT: list[Item] = [
    _u(
        "Reescreve este e-mail para o meu senhorio de forma mais educada: «A caldeira avariou outra vez e ninguém me diz nada, isto não pode continuar.»"
    ),
    _u(
        "Traduz para inglês, tom formal: «Agradecemos a sua candidatura e entraremos em contacto até ao final do mês.»"
    ),
    _u(
        "Uma TV de R$ 3.200 está com 20% de desconto no Pix e mais 10x sem juros no cartão sem desconto. Quanto economizo pagando no Pix? E se o rendimento da poupança for 0,5% ao mês, compensa parcelar?"
    ),
    _u("Por que o céu de Brasília é tão bonito no fim da tarde na seca? Tem a ver com poeira?"),
    _u(
        "O que o Oscar Niemeyer quis dizer com a frase sobre a curva livre e sensual? E por que o concreto armado era tão importante para ele?"
    ),
    _u(
        "Lúcio Costa desenhou o plano piloto de Brasília em forma de avião ou de cruz? Sempre ouço as duas versões."
    ),
    _u(
        "Quais obras do Siza Vieira vale a pena visitar no Porto e em Matosinhos? Gosto de arquitetura mas sou leigo."
    ),
    _u(
        "Quero imprimir em 3D um capacete de cosplay em partes. Qual o melhor jeito de colar e lixar para ficar liso antes de pintar?"
    ),
    _u("Impressão 3D em resina cheira muito forte. Preciso de exaustor ou só janela aberta basta?"),
    _u(
        "Vale a pena pagar mais caro pela sessão 3D no cinema ou a diferença é pequena hoje em dia?"
    ),
    _u(
        "Desenho com carvão: como faço a transição da luz para a sombra num rosto sem ficar borrado demais?"
    ),
    _u(
        "Estou pintando um céu de guache e a passagem do azul para o amarelo fica manchada. Tem truque para degradê suave com guache?"
    ),
    _u(
        "Como pintar a luz do sol atravessando a janela numa aquarela, aquele feixe de luz no chão?"
    ),
    _u(
        "Monta uma lista de compras para um churrasco de 15 pessoas, com carne, bebida e acompanhamentos."
    ),
    _u(
        "Atualiza a minha lista do supermercado: tira o arroz (ainda tenho), põe azeite, bacalhau e grão-de-bico. Lista: arroz, batatas, cebolas, ovos."
    ),
    _u("Por que as baleias-jubarte vêm para Abrolhos entre julho e novembro?"),
    _u(
        "Estou pesquisando meus antepassados no arquivo da Torre do Tombo online. Como faço uma consulta eficiente por nome e freguesia?"
    ),
    _u(
        "Preciso fazer uma tabela no Word para o meu caderno de estudos com matéria, data e revisão. Qual o jeito mais rápido?"
    ),
    _u(
        "Como se faz um requerimento à câmara municipal para pedir a poda de uma árvore na minha rua?"
    ),
    _u("Como o Pix funciona por trás? Por que o dinheiro cai na hora e a TED demorava?"),
    _u("O que é criptografia, explicado para alguém que nunca estudou computação?"),
    _u("O que é um sistema operacional e por que o Windows e o Linux são tão diferentes?"),
    _u(
        "Notebook para minha mãe que só usa e-mail, YouTube e banco: vale um Chromebook ou melhor um Windows básico?"
    ),
    _u(
        "Como faço uma planilha no Google Sheets para dividir as contas da casa entre 3 pessoas que moram juntas?"
    ),
    _u(
        "Minha filha de 11 anos quer YouTube. Como funciona o YouTube Kids e quais controles de privacidade existem?"
    ),
    _u(
        "Esqueci a senha do meu e-mail antigo do Yahoo e o celular de recuperação é de outra época. Tem saída?"
    ),
    _u(
        "É verdade que senha com frase comprida é mais segura do que senha curta cheia de símbolos?"
    ),
    _u(
        "Recebi uma mensagem de um número desconhecido dizendo ser meu filho com número novo pedindo Pix. Como confirmar se é golpe?"
    ),
    _u(
        "Tesouro Selic, CDB ou LCI para reserva de emergência? Qual a diferença de liquidez e imposto?"
    ),
    _u(
        "No app do banco aparece uma compra como «pendente» há 3 dias. Se eu cancelar com a loja, o valor volta?"
    ),
    _u(
        "O que significa não pôr os ovos todos no mesmo cesto quando se investe? Tenho 5 mil euros e nunca investi."
    ),
    _u("Como funciona o IRS automático em Portugal e quem pode usar? Só a ideia geral."),
    _u("Sou MEI e passei do limite de faturamento este ano. O que acontece em termos gerais?"),
    _u("Feijoada completa para 10 pessoas: quais carnes e quanto de cada?"),
    _u(
        "Como fazer pastel de nata em casa com massa folhada comprada? A minha fica sem aquelas manchinhas queimadas."
    ),
    _u("Meu arroz sempre fica empapado. Qual a proporção certa de água?"),
    _u("Bacalhau: quanto tempo de demolha e de quanto em quanto tempo troco a água?"),
    _u(
        "Vou de Lisboa a Marrocos de carro pelo ferry de Tarifa. Que papéis preciso para o carro e para mim?"
    ),
    _u("Qual o prazo hoje para tirar o passaporte na Polícia Federal depois de agendar?"),
    _u("Brasileiro precisa de visto para ir ao Canadá a turismo? E aquela eTA, como funciona?"),
    _u("Como fotografar o pôr do sol no Arpoador com o celular sem a foto ficar estourada?"),
    _u(
        "Quero fotografar surfistas na Nazaré. Que velocidade de obturador uso para congelar o movimento das ondas?"
    ),
    _u("Como fazer retrato com luz de janela e um rebatedor improvisado com papel alumínio?"),
    _u("Quero aprender cavaquinho. Quais os primeiros acordes para tocar samba?"),
    _u("Como funciona o VAR no futebol? Quando o árbitro é obrigado a ir ver o monitor?"),
    _u("Treino de surf em terra: que exercícios ajudam a levantar mais rápido na prancha?"),
    _u("Meu filho de 2 anos morde os coleguinhas na creche. Como agir?"),
    _u("Minha calopsita arranca as próprias penas. Pode ser estresse?"),
    _u("Minha samambaia está ficando com as pontas secas. Precisa de mais sol ou mais água?"),
    _u("Quais temperos dá para plantar num vaso na varanda de apartamento com sol só de manhã?"),
    _u("Como refazer o rejunte do azulejo da cozinha sem trocar os azulejos?"),
    _u("Como pendurar um espelho pesado em parede de drywall?"),
    _u(
        "Sou professora de português há 15 anos e quero migrar para revisão de textos e UX writing. Por onde começo?"
    ),
    _u("Dicas para a redação do ENEM: como montar uma proposta de intervenção completa?"),
    _u("Como estudar para exames nacionais de matemática A em Portugal com só um mês?"),
    _u("Qual é o ponto mais alto do Brasil? É o Pico da Neblina mesmo?"),
    _u("Me indica filmes brasileiros além de Cidade de Deus e Central do Brasil."),
    _u("Resume «Dom Casmurro» e explica a dúvida sobre a Capitu."),
    _u("Quero começar a ler Saramago. Qual livro é mais acessível para estrear?"),
    _u("O que é um algoritmo? Usa como exemplo o caminho que o GPS escolhe."),
    _u("Resolve: 4(x - 1) = 2x + 10"),
    _u(
        "Como calculo juros compostos de 1% ao mês durante 2 anos em cima de R$ 10.000? Mostra a fórmula."
    ),
    _u("Por que a água ferve a uma temperatura mais baixa no alto da serra?"),
    _u("Como o Brasil se tornou independente de Portugal sem uma grande guerra como nos EUA?"),
    _u("O que foi a Revolução dos Cravos e por que se comemora o 25 de Abril?"),
    _u("Por que o real se desvaloriza quando os juros nos EUA sobem?"),
    _u(
        "Em Portugal, o senhorio pode aumentar a renda quando quiser? Em termos gerais, o que diz a lei?"
    ),
    _u(
        "O que é a dengue e quais sinais indicam que é hora de ir ao pronto-socorro, de forma geral?"
    ),
    _u("Pressão 12 por 8 é normal? O que significam esses dois números?"),
    _u(
        "Escreve um texto curto de despedida para o grupo do trabalho, estou saindo depois de 6 anos."
    ),
    _u(
        "Faz uma carta de reclamação para o Procon sobre uma geladeira que veio amassada e a loja não troca."
    ),
    _u("Como se diz «saudade» em inglês? Existe algo parecido?"),
    _u("Quem projetou o Museu do Amanhã no Rio e por que ele parece um esqueleto?"),
    _u(
        "Para construir uma casa térrea em terreno próprio, preciso de arquiteto ou engenheiro assina o projeto?"
    ),
    _u(
        "Imprimi em 3D uma peça para a bicicleta em PLA e quebrou. Que material aguenta mais impacto?"
    ),
    _u(
        "No Rembrandt, a luz sempre vem da esquerda e de cima? Existe uma regra para isso nos retratos?"
    ),
    _u("Como passar as fotos do Google Fotos para um HD externo sem perder as datas?"),
    _u(
        "Corta o que não interessa nesta receita do blog e deixa só ingredientes e passos: «Quando eu era pequena, a minha avó... enfim, vamos lá: 3 ovos, 200 g de açúcar...»"
    ),
    _u("Monta um roteiro de 7 dias pelo Alentejo e Algarve, com carro, saindo de Lisboa."),
    _u("Qual a diferença entre 4G e 5G na prática, para quem só usa redes sociais?"),
    _u("O que é inteligência artificial generativa, numa explicação de dois parágrafos?"),
    _u("Vale a pena aprender C# ou Kotlin para quem quer fazer jogos indie?"),
    _u("Bolo de cenoura sem ovo e sem leite, existe? Minha sobrinha é alérgica."),
    _u(
        "Melhora este resumo do LinkedIn: «Sou analista financeiro, gosto de números e de desafios. Procuro novas oportunidades.»"
    ),
    _u(
        "Corrige: «Houveram muitos problemas na reunião, mas agente conseguiu resolver a maioria deles.»"
    ),
    _u("Minha cachorra tem medo de trovão. O que ajuda a acalmá-la em dia de tempestade?"),
    _u("Posso deixar o Bluetooth do celular sempre ligado ou isso é um risco de segurança?"),
    _u("Quantas Copas do Mundo o Brasil ganhou e em que anos?"),
    _u("Como desenhar cabelo cacheado com lápis grafite sem parecer uma esponja?"),
    _u("Faz 10 perguntas de trivia sobre música popular brasileira para um aniversário."),
    _u("Quanto é 12,5% de 3.680? E quanto fica se eu somar 23% de IVA a seguir?"),
    _u(
        "Ganho 1.400 euros líquidos. Quanto devo guardar para um fundo de emergência e em quanto tempo?"
    ),
    _u("Como as andorinhas sabem quando é hora de migrar?"),
    _u("É seguro guardar a foto do RG e do CPF na nuvem do celular? O que se recomenda em geral?"),
    _u("Qual a probabilidade de tirar pelo menos um seis em quatro lançamentos de um dado?"),
    _m(
        "Escreve uma mensagem para pedir aumento ao meu chefe.",
        "«Olá, Ricardo. Gostaria de marcar uma conversa para falarmos sobre a minha evolução e a minha remuneração...»",
        "menos formal, a gente se fala pelo Teams",
    ),
    _m(
        "Receita de brigadeiro para 50 unidades.",
        "2 latas de leite condensado, 2 colheres de sopa de manteiga, 4 colheres de sopa de cacau, granulado para enrolar.",
        "e de brigadeiro branco?",
    ),
    _m(
        "Deriva f(x) = x³ - 6x² + 9x",
        "f'(x) = 3x² - 12x + 9.",
        "e onde ela é zero?",
    ),
    _m(
        "No Rails o `has_many through` está me devolvendo registros duplicados.",
        "Use `.distinct` na associação ou no escopo: `has_many :tags, -> { distinct }, through: :taggings`.",
        "resolveu, valeu! mudando de assunto: como faço um degradê de céu bem liso em aquarela?",
    ),
    _m(
        "Minha cena em react-three-fiber fica escura no celular.",
        'Adicione um <Environment preset="city" /> e verifique o toneMapping.',
        "Show, resolveu. Outra coisa: qual vinho combina com moqueca?",
    ),
    _m(
        "Como se diz «obrigado pela paciência» em espanhol?",
        "«Gracias por tu paciencia» ou, formal, «Gracias por su paciencia».",
        "e em catalão?",
    ),
    _m(
        "O que ver no Porto em 2 dias?",
        "Ribeira, Livraria Lello, Torre dos Clérigos, Ponte Luís I, caves em Gaia e a Foz ao fim da tarde.",
        "e com um dia a mais, para onde vou?",
    ),
    _m(
        "Escreve uma quadrinha para o cartão de Dia das Mães.",
        "Mãe, teu colo é meu abrigo, / teu sorriso, meu farol...",
        "agora mais engraçada",
    ),
    _m(
        "Financiamento de R$ 60.000 em 48 meses a 1,5% ao mês: qual a parcela?",
        "Pela tabela Price, cerca de R$ 1.762 por mês.",
        "e se eu der 20 mil de entrada?",
    ),
    _m(
        "A minha impressora 3D está a fazer camadas desalinhadas a meio da peça.",
        "Pode ser perda de passos: verifica a tensão das correias e baixa a velocidade e as acelerações.",
        "já baixei, continua a acontecer na mesma altura",
    ),
    _m(
        "Cria uma legenda para o Instagram da minha padaria, «Pão da Vila», sobre o pão de queijo novo.",
        "🧀 Chegou o pão de queijo da Vila! Crocante por fora, macio por dentro. Venha provar!",
        "tira os emojis e deixa mais curto",
    ),
    _m(
        "O que é a regra de três simples?",
        "É uma forma de achar um valor desconhecido numa proporção: se 3 kg custam R$ 12, 5 kg custam 12 × 5 / 3 = R$ 20.",
        "e a composta?",
    ),
    _m(
        "Faz a query para somar as vendas por mês na tabela vendas.",
        "SELECT date_trunc('month', data) AS mes, SUM(valor) FROM vendas GROUP BY 1 ORDER BY 1;",
        "Obrigado! E só uma curiosidade: por que o mar de Fortaleza é mais quente que o de Floripa?",
    ),
    _m(
        "Quero fazer escondidinho de carne seca para 6.",
        "800 g de carne seca dessalgada, 1,2 kg de mandioca, manteiga, cebola, queijo coalho para gratinar.",
        "dá para trocar a carne seca por frango?",
    ),
    _m(
        "Por que os flamingos migram?",
        "Deslocam-se atrás de lagoas com alimento e condições de reprodução, muitas vezes à noite.",
        "em Portugal dá para ver onde?",
    ),
    _m(
        "Meu fragment shader mostra faixas no degradê.",
        "É banding: adicione um pouco de dithering com ruído no final do shader.",
        "Perfeito. Sem relação: quantos minutos cozinho ovo para gema mole?",
    ),
    _m(
        "Proposta A: R$ 9 mil CLT; proposta B: R$ 12 mil PJ.",
        "Na CLT há 13º, férias, FGTS e INSS patronal; como PJ você precisa provisionar tudo isso.",
        "fazendo as contas, quanto o PJ teria que ser para empatar?",
    ),
    _m(
        "O que é um fundo imobiliário?",
        "É um fundo que investe em imóveis ou títulos ligados a imóveis e distribui rendimentos mensais aos cotistas.",
        "paga imposto sobre esses rendimentos?",
    ),
    _m(
        "Organiza um cronograma para eu estudar para um concurso em 6 meses, trabalhando 8 h por dia.",
        "Dias úteis: 2 h por dia alternando matérias; sábado: 4 h de exercícios; domingo: revisão leve.",
        "põe isso numa tabela semana a semana",
    ),
    _m(
        "Quem escreveu «Os Lusíadas»?",
        "Luís Vaz de Camões, publicado em 1572.",
        "resume o canto IV em poucas linhas",
    ),
    _s(
        "És um assistente de escrita para uma agência de comunicação em Lisboa. Responde em português europeu.",
        "Escreve um texto de apresentação de 80 palavras para uma loja de cerâmica artesanal em Caldas da Rainha.",
    ),
    _s(
        "Você é um assistente de código integrado à IDE.",
        "Pergunta fora do código: como funciona a restituição do imposto de renda, quem recebe primeiro?",
    ),
    _s(
        "You are a coding assistant inside VS Code.",
        "off topic: minha média no semestre com notas 7,5 (peso 2), 6 (peso 3) e 9 (peso 5) dá quanto?",
    ),
    _s(
        "Você é o assistente virtual de uma companhia aérea. Seja cordial.",
        "Posso levar queijo minas e doce de leite na mala despachada para Portugal?",
    ),
    _s(
        "Você é um tutor de física para o ensino médio. Conduza o aluno com perguntas.",
        "Não entendo por que um carro a 100 km/h demora mais para frear do que a 50, se é só o dobro.",
    ),
    _s(
        "Você é um revisor literário que respeita a voz do autor.",
        "Meu conto começa assim: «Em Ouro Preto, as ladeiras guardam as vozes de quem já morreu.» Escreve o parágrafo seguinte?",
    ),
    _s(
        "Você é o chatbot da biblioteca municipal de Curitiba.",
        "Quero livros de fantasia para uma menina de 12 anos que já leu Harry Potter. Sugestões?",
    ),
    _s(
        "You are a helpful assistant.",
        "Como explico ao meu avô o que é um streaming, comparando com a TV que ele conhece?",
    ),
    _s(
        "Você é um agente de desenvolvimento com acesso ao repositório e ao terminal.",
        "Enquanto os testes rodam: dor de cabeça toda tarde pode ser falta de água? Em geral, o que costuma causar?",
    ),
    _s(
        "És o assistente virtual de um banco online. Nunca peças códigos ou palavras-passe.",
        "Fiz uma transferência ao fim de semana e ainda não chegou. As transferências SEPA demoram quanto?",
    ),
    _s(
        "Você é um treinador de corrida online.",
        "Nunca corri na vida e quero fazer 5 km em 2 meses. Monta um plano de caminhada e corrida?",
    ),
    _s(
        "Você é o atendente de uma loja de materiais artísticos.",
        "Para aquarela, pincel de pelo sintético serve ou preciso de pelo natural?",
    ),
    _s(
        "Você é um assistente de uma equipe que desenvolve em Flutter.",
        "Fora do assunto: traduz para inglês um recado para o síndico: «O vazamento no teto da garagem voltou depois da chuva.»",
    ),
    _s(
        "Você é um orientador de carreira para recém-formados.",
        "Me formei em arquitetura e urbanismo e estou pensando em fazer mestrado em conforto ambiental. Tem mercado?",
    ),
    _s(
        "Você é um assistente de culinária que sugere receitas com o que há na geladeira.",
        "Tenho chuchu, meio pimentão, frango desfiado e requeijão. O que faço para o jantar?",
    ),
    _s(
        "You are an AI programming assistant.",
        "o que é processador com mais núcleos, faz diferença para quem só edita fotos no Lightroom?",
    ),
    _s(
        "Você é um assistente de informação jurídica. Só dá informações gerais.",
        "O que é uma ação no juizado especial de pequenas causas e preciso de advogado?",
    ),
    _s(
        "Você é o suporte do app de viagens MochilaCerta.",
        "Como eu crio um novo roteiro e apago o da viagem que cancelei?",
    ),
    _s(
        "Você é um assistente de planejamento de viagens.",
        "Atualiza o plano: em vez de Paraty, vamos para Ilhabela. Mantém o resto e reescreve dia a dia.",
    ),
    _s(
        "Você é uma professora de biologia paciente.",
        "Por que as folhas mudam de cor no outono? No Brasil quase não vejo isso.",
    ),
    _s(
        "Você é o assistente de um clube de fotografia.",
        "Como fotografar comida com luz natural sem sombra dura do prato?",
    ),
    _s(
        "You are the internal IT helpdesk assistant of a company.",
        "Não é TI, mas alguém sabe: quantos dias de licença-paternidade a CLT garante?",
    ),
    _s(
        "Você é um consultor de leitura.",
        "Gostei muito de «Torto Arado». Que outros romances brasileiros contemporâneos devo ler?",
    ),
    _s(
        "És um assistente para pais de primeira viagem.",
        "Com quantos meses o bebé pode começar a comer fruta esmagada?",
    ),
    _u("Qual o prazo para recorrer de uma multa de trânsito no Brasil, em regra geral?"),
    _u("Explica o que é um buraco negro sem usar fórmulas."),
    _u(
        "Mensagem para o grupo da família avisando que não vamos ao almoço de domingo, sem criar drama."
    ),
    _u("Como congelar feijão cozido e por quanto tempo ele aguenta?"),
    _u(
        "Tenho entrevista na «Construtora Horizonte Azul» para assistente administrativo. O que perguntar no final?"
    ),
    _u("Os azulejos portugueses: por que são quase sempre azuis e brancos?"),
    _u("Exercícios para desenhar a fachada de um sobrado em perspectiva com dois pontos de fuga."),
    _u(
        "Resume em 3 tópicos este aviso do condomínio, por favor:\n\n«Prezados condôminos, informamos que nos dias 12, 13 e 14 de setembro será realizada a impermeabilização da laje da garagem. Durante esse período, as vagas do subsolo 1 ficarão interditadas das 7h às 19h. Os moradores afetados poderão utilizar provisoriamente as vagas de visitantes, mediante identificação na portaria. Pedimos que os veículos sejam retirados até as 6h30 do dia 12. A administração agradece a compreensão.»"
    ),
    _u(
        "O armazenamento do meu telemóvel está cheio e aparece: Sistema 28 GB, Outros 41 GB, Fotos 12 GB, Apps 15 GB. O que é esse «Outros» e como liberto espaço sem perder fotos?"
    ),
    _m(
        "Vale a pena colocar um cache Redis na frente do serviço de catálogo, que recebe 90% de leitura?",
        "Sim: cache-aside com TTL curto e invalidação por evento quando o produto muda costuma funcionar bem nesse perfil.",
        "Valeu, vou levar pro time. Mudando totalmente: qual a melhor época para ver os lençóis com as lagoas cheias?",
    ),
    _u(
        "No meu contrato de aluguel diz que a multa por sair antes dos 30 meses é de três aluguéis, proporcional ao tempo que falta. Como se calcula isso, em geral?"
    ),
    _u(
        'Na minha planilha de gastos pessoais, =SOMASE(A2:A70;"Mercado";B2:B70) retorna zero, mas tem várias linhas «Mercado». O que pode ser?'
    ),
    _m(
        "Me passa uns exercícios para fortalecer a lombar em casa.",
        "Ponte de glúteo, bird-dog, prancha, dead bug e alongamento do gato-camelo, 3 séries de 10 a 12.",
        "e para quem tem hérnia de disco, algum é contraindicado?",
    ),
    _u(
        "Me ajuda a interpretar o poema «No meio do caminho» do Drummond? Por que ele repete tanto a pedra?"
    ),
    _u(
        "A minha geladeira começou a fazer um barulho de estalo de vez em quando e o freezer está formando gelo demais. Vale chamar técnico ou é normal?"
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
    return batch(LABEL, "b5", BY_LANG)
