"""Sixth batch of `general` examples: hand-written, one group per example
("general/b6/<lang>/<digest>"). Everyday writing, household tech, hobbies, knowledge questions and
casual chat in French, Russian, Korean, Italian and Portuguese, many sharing words with the
code, design, 3D and security labels, some under IDE or support-bot system prompts."""

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
        "Peux-tu rédiger un mail pour inviter l'équipe commerciale à une réunion de lancement jeudi 10h, salle Colbert ? Ton cordial mais pro."
    ),
    _u(
        "reformule stp : « suite à notre échange téléphonique je me permets de revenir vers vous concernant la livraison qui n'est toujours pas arrivée »"
    ),
    _u(
        "J'ai reçu un aspirateur défectueux commandé sur un site en ligne. Aide-moi à écrire une réclamation ferme mais polie pour demander un remboursement."
    ),
    _u(
        "Écris une lettre de motivation pour un poste d'assistante de gestion dans une PME de menuiserie à Angers. J'ai 5 ans d'expérience en cabinet comptable."
    ),
    _u(
        "Rédige une fiche produit de 80 mots pour une théière en fonte émaillée bleu nuit, contenance 0,9 L."
    ),
    _u(
        "Traduis en anglais américain : « Nous avons le plaisir de vous annoncer l'ouverture de notre nouvelle boutique rue des Carmes le 3 mars. »"
    ),
    _u(
        "Il me faut un petit discours (2 min) pour le départ à la retraite de notre collègue Martine, 32 ans à la mairie. Drôle mais émouvant."
    ),
    _u(
        "Propose 3 posts LinkedIn pour annoncer que notre boulangerie a gagné le prix de la meilleure baguette du département."
    ),
    _u(
        "Corrige les fautes : « Les document que vous m'avez envoyer sont bien arrivé, je les est transmis au service concerné. »"
    ),
    _u(
        "Mon routeur Freebox redémarre tout seul la nuit, c'est normal ? Comment je vois l'historique ?"
    ),
    _u(
        "comment changer le nom et le mot de passe de mon wifi sur une box Orange ? j'ai jamais fait"
    ),
    _u(
        "Le wifi passe mal dans la chambre du fond, vaut mieux un répéteur ou un système mesh ? Appart de 90 m² avec murs en pierre."
    ),
    _u(
        "Mon imprimante HP affiche « hors ligne » alors qu'elle est allumée et connectée au wifi. Windows 11. Des idées ?"
    ),
    _u(
        "Comment désactiver la mise en veille automatique de l'écran sur mon MacBook quand je regarde un film ?"
    ),
    _u(
        "Sur mon Android, les notifications WhatsApp n'arrivent plus quand l'écran est éteint. Samsung A54."
    ),
    _u("Ma télé Samsung ne trouve plus l'appli Netflix après une mise à jour, je fais comment ?"),
    _u(
        "Dans mon tableur de budget perso, comment je fais une colonne qui additionne seulement les dépenses de courses ? J'utilise LibreOffice."
    ),
    _u(
        "Sur Lightroom mobile, comment rattraper un ciel cramé sans rendre le reste de la photo tout gris ?"
    ),
    _u("Dans Snapseed, c'est quoi la différence entre « structure » et « netteté » ?"),
    _u(
        "En peinture à l'huile, comment rendre la lumière rasante d'une fin de journée sur un mur en crépi ? Mes ombres sont trop noires."
    ),
    _u(
        "Je débute l'aquarelle. Pourquoi mes ombres portées deviennent boueuses quand je superpose les couleurs ?"
    ),
    _u(
        "Pour un portrait en clair-obscur, vous placez la source de lumière où ? Je peins d'après photo."
    ),
    _u(
        "Photo de nuit en ville avec un hybride Fuji : quelle vitesse et quels ISO pour garder les lumières des lampadaires sans trop de bruit ?"
    ),
    _u(
        "Mon imprimante 3D Ender 3 fait du stringing partout avec du PETG. Je baisse la température ou j'augmente la rétraction ?"
    ),
    _u(
        "Première couche qui décolle sur le plateau de mon imprimante 3D, j'ai nettoyé à l'alcool pourtant. Quoi d'autre ?"
    ),
    _u(
        "Pour une maquette de char au 1/35, comment faire un effet de boue sèche réaliste sur les chenilles ?"
    ),
    _u(
        "Je refais mon salon de 25 m², murs blancs, parquet chêne clair. Quelle couleur de canapé et quel éclairage pour une ambiance chaleureuse ?"
    ),
    _u(
        "Quelle différence entre l'architecture romane et gothique ? Je visite Vézelay et Bourges le mois prochain."
    ),
    _u(
        "Pourquoi les cathédrales gothiques ont des arcs-boutants ? Explique simplement pour un enfant de 10 ans."
    ),
    _u("Qui était Vauban et pourquoi ses fortifications sont classées à l'UNESCO ?"),
    _u(
        "C'est quoi le style haussmannien exactement ? Les balcons au 2e et 5e étage, c'est une règle ?"
    ),
    _u(
        "Sur Ableton, comment faire du sidechain entre la grosse caisse et la basse ? Je débute en MAO."
    ),
    _u(
        "Quelle est la différence entre compression et limiteur quand on masterise un morceau chez soi ?"
    ),
    _u("Résous : 3x² − 12x + 9 = 0, avec les étapes."),
    _u("Pourquoi le ciel est bleu mais les couchers de soleil sont orange ?"),
    _u(
        "Explique-moi la dérivée d'une fonction composée avec un exemple concret, j'ai un contrôle demain."
    ),
    _u(
        "Quelles ont été les causes principales de la Révolution française ? Réponse en 10 lignes max."
    ),
    _u(
        "Pourquoi le prix de l'électricité en France dépend du prix du gaz alors qu'on a surtout du nucléaire ?"
    ),
    _u("En quoi consiste la photosynthèse ? version lycée svp"),
    _u(
        "Combien de temps faut-il pour rejoindre Mars avec les fusées actuelles et pourquoi ça dépend de la date de départ ?"
    ),
    _u("Quels sont les symptômes classiques d'une carence en fer et quand faut-il consulter ?"),
    _u(
        "Est-ce que le paracétamol et l'ibuprofène peuvent se prendre en alternance chez l'adulte ? En général, je veux juste comprendre le principe."
    ),
    _u(
        "En France, un propriétaire peut-il garder tout le dépôt de garantie pour des traces de clous au mur ?"
    ),
    _u("Comment fonctionne le prélèvement à la source quand on change d'emploi en cours d'année ?"),
    _u(
        "PEA ou assurance-vie pour placer 200 € par mois sur 15 ans ? Explique les grandes différences."
    ),
    _u(
        "Mon fils de 4 ans fait des colères à chaque fois qu'on quitte le parc. Des astuces qui marchent vraiment ?"
    ),
    _u(
        "Comment expliquer à une ado de 13 ans les dangers du partage de photos sur les réseaux sans la braquer ?"
    ),
    _u(
        "Mon chat de 12 ans boit beaucoup plus que d'habitude. Ça peut venir de quoi ? Je prends rdv chez le véto mais je veux savoir à quoi m'attendre."
    ),
    _u("Quel âge pour commencer l'éducation d'un chiot à la propreté et comment s'y prendre ?"),
    _u(
        "Recette de blanquette de veau pour 6, sans crème fraîche (intolérance au lactose chez un invité)."
    ),
    _u("j'ai des courgettes, feta, œufs et un reste de riz, je fais quoi ce soir ?"),
    _u("Pourquoi ma pâte à pain ne lève pas ? Levure boulangère fraîche, cuisine à 18°C."),
    _u(
        "Quels papiers faut-il pour voyager au Maroc avec un enfant mineur qui n'a pas le même nom que moi ?"
    ),
    _u("Programme de course à pied pour passer de 5 à 10 km en 8 semaines, 3 sorties par semaine."),
    _u(
        "Explique la règle du hors-jeu au rugby, mon copain anglais me pose la question et j'en sais rien."
    ),
    _u(
        "C'est quoi concrètement le cloud ? Ma mère me demande si ses photos sont « dans le ciel »."
    ),
    _u("Différence entre RAM et stockage, pour quelqu'un qui va acheter son premier PC portable."),
    _u(
        "Je suis prof de SVT, 38 ans, je veux me reconvertir dans la data. Par où commencer et est-ce réaliste ?"
    ),
    _u("Quelles questions poser à la fin d'un entretien pour un poste de chef de projet digital ?"),
    _u("Comment fonctionne un ordinateur quantique, en gros ? Sans formules."),
    _u("Pourquoi on dit qu'Internet a été inventé par l'armée américaine ? C'est vrai ?"),
    _u("salut ça va ? j'ai besoin de me changer les idées, raconte-moi un truc insolite"),
    _u("Donne-moi 10 idées de noms pour un club de lecture de quartier."),
    _u("Écris un petit poème sur la pluie à Brest, ton léger."),
    _u(
        "Rédige une annonce pour la fête des voisins de la résidence Les Tilleuls, samedi 14 juin, chacun apporte un plat."
    ),
    _u(
        "Traduis en français ce message d'un client : « Could you please confirm the delivery window for next Tuesday? Our warehouse closes at 4 pm. »"
    ),
    _u(
        "Peux-tu raccourcir ce texte pour en faire un post Instagram ? « Cette semaine, notre atelier de céramique accueille des enfants de l'école Jules-Ferry pour une initiation au tour de potier. Ils ont réalisé leurs premiers bols, qui seront cuits et émaillés avant les vacances. Merci aux enseignants pour leur enthousiasme ! »"
    ),
    _m(
        "Je veux repeindre mon entrée, c'est un couloir sombre sans fenêtre.",
        "Privilégiez une teinte claire et chaude (blanc cassé, beige rosé), en finition satinée pour réfléchir la lumière, et ajoutez des appliques murales plutôt qu'un plafonnier unique.",
        "et le plafond, même couleur ou plus clair ?",
    ),
    _m(
        "Tu peux m'écrire un mail pour décaler notre rdv fournisseur de mardi à jeudi ?",
        "Bonjour Monsieur Lemaire, en raison d'un imprévu, serait-il possible de décaler notre rendez-vous de mardi à jeudi, même heure ? Je vous prie de m'excuser pour ce changement. Bien cordialement.",
        "un peu moins formel, on se connaît bien",
    ),
    _m(
        "Traduis « we look forward to welcoming you » en français",
        "« Nous avons hâte de vous accueillir » ou, plus formel, « Nous nous réjouissons de vous accueillir ».",
        "et en italien ?",
    ),
    _m(
        "Comment je fais pour que mon iPhone arrête de proposer des souvenirs photo ?",
        "Réglages > Photos > désactivez « Afficher le contenu en vedette ». Vous pouvez aussi désactiver les notifications de souvenirs dans Réglages > Notifications > Photos.",
        "merci ! et pour que ça ne fasse plus les fonds d'écran auto ?",
    ),
    _m("Résous 2^x = 32", "x = 5, car 2^5 = 32.", "et 3^x = 20 ?"),
    _m(
        "Quelle est la capitale de l'Australie ?",
        "Canberra, pas Sydney comme on le croit souvent.",
        "pourquoi pas Sydney d'ailleurs ?",
    ),
    _m(
        "Recette rapide de pâte brisée ?",
        "250 g de farine, 125 g de beurre froid en dés, une pincée de sel, 5 à 6 cl d'eau froide. Sablez farine et beurre, ajoutez l'eau, formez une boule, 30 min au frais.",
        "je peux la congeler ?",
    ),
    _m(
        "Je dois présenter le bilan annuel de l'association devant 40 personnes, j'ai le trac.",
        "C'est normal. Répétez à voix haute deux ou trois fois, préparez une première phrase par cœur et ayez des fiches avec les mots-clés plutôt qu'un texte complet.",
        "tu peux m'écrire une intro de 30 secondes ? c'est une asso de jardins partagés",
    ),
    _m(
        "Peux-tu expliquer la différence entre un CDD et un CDI ?",
        "Le CDI est sans date de fin ; le CDD est limité dans le temps, conclu pour un motif précis (remplacement, surcroît d'activité) et donne droit en principe à une indemnité de fin de contrat.",
        "et une période d'essai, elle dure combien pour un CDI cadre ?",
    ),
    _m(
        "Comment rattacher une requête SQL à un formulaire Django ?",
        "Dans la vue, récupérez le queryset puis passez-le au formulaire via le paramètre queryset d'un ModelChoiceField.",
        "ok merci. Sinon rien à voir, tu connais un bon film français des années 90 pour ce soir ?",
    ),
    _m(
        "On réfléchissait à passer nos services en event-driven avec Kafka.",
        "C'est pertinent si vous avez beaucoup de consommateurs indépendants ; sinon une simple file suffit souvent.",
        "on en reparle lundi. En attendant, tu peux m'aider à écrire un mot d'anniversaire pour ma sœur ?",
    ),
    _m(
        "Mon onduleur fait bip toutes les 30 secondes depuis la coupure de courant.",
        "Il signale qu'il fonctionne sur batterie ou que la batterie est faible. Vérifiez que la prise murale est bien alimentée et laissez-le recharger quelques heures.",
        "il est sur secteur pourtant, le voyant est orange",
    ),
    _m(
        "Je fais une maquette d'église romane au 1/200 pour un concours.",
        "Beau projet ! Pour les murs, un carton mousse recouvert d'enduit léger imite bien la pierre, et vous pouvez graver les joints au stylet.",
        "et pour les vitraux, tu me conseilles quoi ?",
    ),
    _m("Combien font 15 % de 2 340 ?", "351.", "et si j'enlève ça puis j'ajoute 20 % de TVA ?"),
    _m(
        "Tu peux m'expliquer ce qu'est une récession ?",
        "On parle en général de récession quand le PIB recule deux trimestres de suite ; cela s'accompagne souvent d'une hausse du chômage et d'une baisse de l'investissement.",
        "ok, et stagflation ?",
    ),
    _m(
        "J'ai écrit ça pour mon discours de mariage : « Thomas, tu es le frère que tout le monde rêve d'avoir, même quand tu piques mes pulls. »",
        "C'est drôle et tendre. Vous pourriez enchaîner sur une anecdote courte puis finir en vous adressant aux deux mariés.",
        "propose une suite de 3-4 phrases, la mariée s'appelle Inès",
    ),
    _m(
        "Quelle température pour un rôti de porc ?",
        "Four à 180°C, environ 30 min par 500 g ; à cœur, visez 68 à 70°C.",
        "j'ai pas de thermomètre 😅",
    ),
    _m(
        "C'est quoi le meilleur moment pour visiter la Norvège ?",
        "Juin à août pour les randonnées et les longues journées ; février-mars pour les aurores boréales dans le nord.",
        "et niveau budget, ça revient cher ?",
    ),
    _m(
        "Comment je branche ma barre de son à la télé LG ?",
        "Le plus simple : câble HDMI sur le port marqué ARC ou eARC de la télé, puis activez la sortie audio « HDMI ARC » dans les réglages son.",
        "j'ai que de l'optique sur la barre",
    ),
    _m(
        "Aide-moi à préparer mon entretien pour un stage en cabinet d'architecte.",
        "Préparez un portfolio de 8 à 10 projets, sachez expliquer vos choix et renseignez-vous sur les réalisations du cabinet.",
        "ils font surtout de la réhabilitation de bâtiments anciens. Je mets quoi en avant ?",
    ),
    _m(
        "Donne-moi un exo de maths niveau 3e sur Pythagore.",
        "Un triangle ABC est rectangle en A avec AB = 6 cm et AC = 8 cm. Calculez BC.",
        "ça fait 10 ?",
    ),
    _m(
        "Tu m'écris une description pour mon annonce Leboncoin ? Vélo de ville, 3 ans, bon état.",
        "Vends vélo de ville 28 pouces, 3 ans, très bon état général, 7 vitesses, panier avant et antivol inclus. Idéal trajets quotidiens. Prix : 180 €, à débattre.",
        "rajoute que les pneus sont neufs",
    ),
    _m(
        "Je cherche un roman policier pas trop gore.",
        "Essayez les enquêtes du commissaire Adamsberg de Fred Vargas : ambiance, personnages attachants, peu de violence graphique.",
        "j'ai déjà lu, autre chose ?",
    ),
    _m(
        "Mon fils de 8 ans veut apprendre à coder.",
        "Scratch est idéal à cet âge : on assemble des blocs pour créer des petits jeux. Ensuite, vers 11-12 ans, Python est un bon pas suivant.",
        "il préfère Minecraft, il y a un truc avec ?",
    ),
    _m(
        "Reformule ça pour une newsletter : « la piscine ferme pour travaux du 5 au 26 août »",
        "Info travaux : la piscine municipale sera fermée du 5 au 26 août pour permettre des travaux d'entretien. Merci de votre compréhension et à très vite dans les bassins !",
        "parfait. Tu peux aussi faire une version en anglais pour les touristes ?",
    ),
    _m(
        "Combien de calories dans une banane ?",
        "Environ 90 à 105 kcal pour une banane moyenne.",
        "et une pomme ?",
    ),
    _m(
        "Quels sont les gestes à connaître pour un bébé qui s'étouffe ?",
        "Pour un nourrisson : le placer à plat ventre sur votre avant-bras, tête plus basse, et donner jusqu'à 5 tapes dans le dos ; puis 5 compressions thoraciques si besoin, et appeler le 15. Une formation aux premiers secours est vivement conseillée.",
        "il existe des formations pour les parents ?",
    ),
    _m(
        "J'hésite entre Lisbonne et Porto pour un long week-end.",
        "Lisbonne pour l'animation et les quartiers variés ; Porto pour une ville plus compacte, les caves de porto et la vallée du Douro.",
        "on part avec une poussette",
    ),
    _m(
        "Quelle est la différence entre « censé » et « sensé » ?",
        "« Censé » signifie supposé (il est censé venir) ; « sensé » veut dire qui a du bon sens (une idée sensée).",
        "merci, et « près » / « prêt » ?",
    ),
    _m(
        "Peux-tu m'expliquer le théorème de Thalès ?",
        "Si deux droites sécantes sont coupées par deux parallèles, les longueurs des segments découpés sont proportionnelles.",
        "j'ai pas compris, avec un dessin en texte ?",
    ),
    _s(
        "Tu es un assistant de code intégré à l'éditeur. Réponds de façon concise.",
        "hors sujet mais tu sais combien de temps il faut pour cuire des œufs mollets ?",
    ),
    _s(
        "You are a coding agent working in the user's repository. Use tools when needed.",
        "avant qu'on attaque le ticket, tu peux m'aider à trouver une formule sympa pour souhaiter bonne retraite à un collègue dans la carte commune ?",
    ),
    _s(
        "Tu es l'assistant support de la box internet FibraNet. Aide les clients à résoudre leurs problèmes de connexion.",
        "Bonjour, le voyant de ma box clignote rouge depuis ce matin et plus d'internet. J'ai déjà débranché/rebranché.",
    ),
    _s(
        "Tu es l'assistant du service client de la boutique en ligne MaisonLuna (linge de maison).",
        "Je voudrais savoir comment laver une housse de couette en lin sans qu'elle rétrécisse.",
    ),
    _s(
        "Tu es un assistant d'écriture pour les collaborateurs d'une agence immobilière. Style clair, chaleureux.",
        "Écris la description d'un T3 lumineux de 68 m² à Nantes, quartier Zola, avec balcon et cave.",
    ),
    _s(
        "Tu es un tuteur de mathématiques pour des élèves de lycée. Guide l'élève sans donner directement la réponse.",
        "je comprends pas comment on trouve le sommet d'une parabole",
    ),
    _s(
        "Tu es un tuteur d'histoire bienveillant pour des collégiens.",
        "pk la guerre de 100 ans elle a duré 116 ans ??",
    ),
    _s(
        "Tu es l'assistant interne de l'entreprise Verrelec. Tu aides les salariés dans leurs tâches quotidiennes.",
        "Peux-tu rédiger une invitation pour le pot de fin d'année vendredi 19 décembre à 17h à la cafétéria ?",
    ),
    _s(
        "Tu es un assistant IA généraliste. Réponds en français.",
        "Quelles sont les différences entre une pompe à chaleur air-air et air-eau pour une maison de 110 m² ?",
    ),
    _s(
        "Tu es un assistant de développement pour une équipe PHP/Symfony.",
        "rien à voir avec le code, mais comment on calcule ses indemnités kilométriques pour les impôts ?",
    ),
    _s(
        "Tu es l'assistant d'aide de l'application de retouche photo Pixelia.",
        "Comment je fais pour flouter l'arrière-plan d'un portrait déjà pris ?",
    ),
    _s(
        "Tu es le chatbot du support technique d'un fabricant d'imprimantes (Imprimo).",
        "l'imprimante imprime des pages avec des bandes blanches horizontales, cartouches neuves",
    ),
    _s(
        "Tu es un assistant de rédaction pour la communication d'une mairie.",
        "Rédige un post Facebook pour annoncer la fermeture exceptionnelle de la médiathèque le lundi de Pâques.",
    ),
    _s(
        "Tu es un coach carrière qui aide des personnes en reconversion.",
        "J'ai 45 ans, je suis infirmière et je veux devenir UX designer. Est-ce que c'est trop tard ?",
    ),
    _s(
        "Tu es un assistant de code dans un IDE. Les réponses doivent être en français.",
        "Une question de culture générale : pourquoi on appelle ça un « bug » ?",
    ),
    _s(
        "You are a helpful assistant for a home automation company's customers.",
        "Ma télé Philips ne se connecte plus au wifi depuis que j'ai changé de box. Elle voit le réseau mais refuse le mot de passe.",
    ),
    _s(
        "Tu es un assistant de traduction professionnel.",
        "Traduis en espagnol, registre formel : « Veuillez trouver ci-joint le programme de la conférence ainsi que les informations pratiques pour votre hébergement. »",
    ),
    _s(
        "Tu es un assistant pour les bénévoles d'un club de football amateur.",
        "Écris un message aux parents pour le tournoi de samedi : rdv 8h15 au stade, prévoir gourde et goûter.",
    ),
    _s(
        "Tu es un assistant culinaire.",
        "Je reçois 8 personnes dont 2 végétariens et 1 sans gluten, propose un menu qui convient à tout le monde.",
    ),
    _s(
        "Tu es l'assistant d'une équipe produit SaaS. Tu aides sur les specs et le code.",
        "On a fini le sprint 🎉 Tu peux m'écrire un petit mot de remerciement pour l'équipe à poster sur Slack ?",
    ),
    _s(
        "Tu es un agent de code autonome. Tu modifies le dépôt sur demande.",
        "Avant de continuer : tu peux me rappeler la différence entre un mégaoctet et un mébioctet ? Je me mélange toujours.",
    ),
    _s(
        "Tu es un assistant pour un musée d'art. Tu réponds aux visiteurs.",
        "Pourquoi les peintres impressionnistes peignaient-ils en extérieur ?",
    ),
    _s(
        "Tu es un assistant de rédaction. Améliore les textes sans changer le sens.",
        "« Nous sommes ravis de vous annoncer que notre magasin sera ouvert le dimanche à partir du mois prochain de 10h à 13h pour mieux vous servir et répondre à vos attentes. »",
    ),
    _s(
        "Tu es un assistant de l'application bancaire NovaBanque. Tu réponds aux questions générales, sans accéder aux comptes.",
        "C'est quoi la différence entre un virement SEPA classique et un virement instantané ?",
    ),
    _s(
        "Tu es le support de l'appli de domotique Habitat+.",
        "Mon thermostat connecté affiche 19°C mais il fait clairement plus froid. Comment on le recalibre ?",
    ),
]


_RU: list[Item] = [
    _u(
        "Напиши письмо поставщику: просим перенести отгрузку на неделю, потому что склад на инвентаризации. Тон вежливый, деловой."
    ),
    _u("помоги составить жалобу в управляющую компанию, третью неделю не убирают подъезд"),
    _u(
        "Составь сопроводительное письмо на вакансию менеджера по закупкам в сеть магазинов стройматериалов. Опыт 4 года в логистике."
    ),
    _u(
        "Нужно описание товара для маркетплейса: термокружка 450 мл, держит тепло 6 часов, цвет графит. До 600 знаков."
    ),
    _u(
        "Переведи на английский: «Благодарим за участие в выставке и надеемся на дальнейшее сотрудничество»."
    ),
    _u("Напиши короткую речь на юбилей школы, 50 лет, я выступаю от выпускников 2005 года."),
    _u(
        "Сделай пост для телеграм-канала нашей кофейни: с понедельника новое сезонное меню, тыквенный раф и облепиховый чай."
    ),
    _u(
        "Проверь орфографию и пунктуацию: «Уважаемые коллеги, в связи с ремонтом, совещание переносится на пятницу, просьба не опаздывать.»"
    ),
    _u(
        "Как написать объявление для соседей, что в субботу будет шумно — у нас ремонт, кладём плитку с 10 до 18?"
    ),
    _u(
        "Как объяснить руководителю в письме, что дедлайн нереальный, и не выглядеть при этом лентяем?"
    ),
    _u(
        "Роутер Keenetic постоянно теряет интернет вечером, днём всё ок. Провайдер говорит у них всё нормально. Куда смотреть?"
    ),
    _u("как поменять пароль от вайфая на роутере TP-Link? не помню даже как в настройки зайти"),
    _u("Стоит ли брать mesh-систему для двухэтажного дома или хватит одного мощного роутера?"),
    _u("Принтер Canon печатает бледно, хотя картридж новый. Что можно сделать самому?"),
    _u("Как на айфоне отключить автояркость? В настройках экрана не нахожу"),
    _u("Ноутбук сильно греется и шумит, когда смотрю ютуб. Это нормально? Ему 3 года."),
    _u("Телевизор Xiaomi не видит флешку с фильмами. Флешка рабочая, на компе открывается."),
    _u("Как перенести все фото с андроида на новый айфон, чтобы ничего не потерять?"),
    _u("В Лайтруме как сделать тёплую плёночную обработку, как у всех в инстаграме?"),
    _u("Как в приложении Picsart убрать лишнего человека с фото на пляже?"),
    _u(
        "Пишу маслом натюрморт. Как сделать, чтобы блик на стеклянной бутылке выглядел натурально, а не как белое пятно?"
    ),
    _u("Почему тени в живописи не рекомендуют писать чёрной краской? Чем тогда их затемнять?"),
    _u(
        "Учусь рисовать карандашом. Объясните простыми словами: собственная тень, падающая тень, рефлекс — в чём разница?"
    ),
    _u(
        "Снимаю на Sony a6400 портреты в помещении, лица получаются жёлтые. Как настроить баланс белого?"
    ),
    _u("Какой объектив лучше для съёмки архитектуры в городе — 16-35 или 24-70?"),
    _u(
        "3D-принтер печатает PLA, а на модели появляются полосы на стенках. Что это и как исправить?"
    ),
    _u("Хочу купить первый 3D-принтер для печати фигурок для настольных игр. Смола или пластик?"),
    _u(
        "Собираю модель парусника «Паллада» в масштабе 1:200. Чем лучше красить мелкие детали — акрилом или эмалью?"
    ),
    _u("Делаю ремонт в однушке 33 м². Как визуально расширить пространство — цвета, свет, мебель?"),
    _u(
        "Чем конструктивизм отличается от модерна в архитектуре? Хочу пройтись по Москве и посмотреть примеры."
    ),
    _u("Почему Пизанская башня наклонилась и почему до сих пор не упала?"),
    _u("Кто строил Исаакиевский собор и сколько лет это заняло?"),
    _u("Что такое сталинский ампир и почему сталинки так ценятся на рынке жилья?"),
    _u("Пишу музыку в FL Studio. Как сделать, чтобы вокал не терялся за битом?"),
    _u(
        "Что такое частота дискретизации и битрейт, и какие ставить при экспорте трека для стримингов?"
    ),
    _u("Реши уравнение: log₂(x + 3) = 4"),
    _u("Объясни, что такое производная, на примере скорости машины"),
    _u("Почему лёд плавает на воде, если это та же вода?"),
    _u(
        "Сколько будет, если вложить 100 тысяч под 12% годовых с ежемесячной капитализацией на 3 года?"
    ),
    _u("Кратко: причины распада СССР, основные версии историков"),
    _u("Почему Пётр I перенёс столицу в Петербург?"),
    _u("Объясни, почему при росте цен на нефть рубль часто укрепляется"),
    _u("Как работает прививка от гриппа и почему её делают каждый год?"),
    _u("Чем отличается ОРВИ от гриппа по симптомам? Просто чтобы понимать, когда идти к врачу."),
    _u("Сколько в среднем нужно спать подростку и что будет, если спать по 5 часов?"),
    _u("Может ли работодатель не отпускать в отпуск по графику? Чисто в теории, как по ТК РФ."),
    _u("Как получить налоговый вычет за лечение зубов? Какие документы обычно нужны?"),
    _u("Что выгоднее для самозанятого: работать с физлицами или с ИП? В плане налогов."),
    _u("Ребёнок 6 лет не хочет читать, как заинтересовать без скандалов?"),
    _u("Как пережить кризис трёх лет и не сойти с ума? Сын на всё говорит «нет»."),
    _u("Собака боится салюта, в новогоднюю ночь трясётся и прячется. Что делать?"),
    _u("Какой корм лучше для котёнка 3 месяцев: сухой или влажный?"),
    _u("Рецепт борща, чтобы цвет был ярко-красный, а не бурый"),
    _u("Что приготовить на ужин из куриных бёдер, гречки и шампиньонов? Побыстрее"),
    _u("Почему тесто для пельменей рвётся при лепке?"),
    _u("Маршрут по Алтаю на 7 дней на машине, едем в конце июля с двумя детьми"),
    _u("Нужна ли виза в Турцию для граждан РФ и сколько можно там находиться?"),
    _u("Составь план тренировок в зале для новичка 3 раза в неделю, цель — набрать мышечную массу"),
    _u("Объясни правило офсайда в футболе, муж пытался, но я так и не поняла"),
    _u("Чем отличается SSD от HDD и стоит ли переплачивать?"),
    _u("Мне 29, работаю бухгалтером, хочу стать тестировщиком. Реально ли найти работу без опыта?"),
    _u(
        "Как подготовиться к собеседованию на стажировку в IT-компанию, если я студент второго курса?"
    ),
    _u("Чем отличается аналитик данных от дата-сайентиста? Какая зарплата у джунов?"),
    _u("почему компьютеры считают в двоичной системе, а не в десятичной?"),
    _u("привет) как дела? поболтай со мной, скучно на работе"),
    _u("Придумай 5 тостов на свадьбу друга, смешных, но без пошлости"),
    _u("Напиши стихотворение на 8 строк к 8 марта для коллег-женщин"),
    _u(
        "Переведи с английского: «Please be advised that the office will be closed on Monday due to a public holiday.»"
    ),
    _u(
        "Сократи текст для рассылки до 3 предложений: «Дорогие читатели! Мы рады сообщить, что наша библиотека запускает новый цикл встреч с местными авторами. Первая встреча пройдёт 12 октября в 18:00 в читальном зале. Вход свободный, но просим записаться заранее, количество мест ограничено. Ждём вас!»"
    ),
    _u(
        "Как сделать, чтобы фотографии с телефона автоматически сохранялись на домашний NAS, а не в облако? У меня Synology."
    ),
    _m(
        "Хочу выкрасить стены в детской, комната на север.",
        "Для северной комнаты подойдут тёплые светлые оттенки: персиковый, песочный, тёплый жёлтый. Холодные серые и голубые сделают её ещё темнее.",
        "а если ребёнок хочет зелёную?",
    ),
    _m(
        "Напиши письмо клиенту, что заказ задерживается на 2 дня",
        "Здравствуйте, Анна! К сожалению, ваш заказ задерживается на 2 рабочих дня из-за задержки поставки. Приносим извинения и благодарим за терпение.",
        "добавь что дадим скидку 10% на следующий заказ",
    ),
    _m(
        "Как по-английски «жду с нетерпением»?",
        "I'm looking forward to it / I can't wait.",
        "а официально в письме?",
    ),
    _m(
        "Как на андроиде включить режим «не беспокоить» по расписанию?",
        "Настройки → Уведомления → Не беспокоить → Расписание. Там можно задать время, например с 23:00 до 7:00.",
        "а чтобы звонки от мамы проходили?",
    ),
    _m(
        "Найди площадь круга с радиусом 7 см",
        "S = πr² = π · 49 ≈ 153,9 см².",
        "а длину окружности?",
    ),
    _m(
        "Какая самая длинная река в мире?",
        "Обычно называют Нил (около 6650 км), но некоторые исследования считают длиннее Амазонку.",
        "почему спорят?",
    ),
    _m(
        "Как сварить гречку рассыпчатой?",
        "Промойте, обжарьте на сухой сковороде 2-3 минуты, залейте водой 1:2, доведите до кипения и варите под крышкой на минимуме 15 минут.",
        "а в мультиварке?",
    ),
    _m(
        "У меня завтра презентация квартального отчёта отдела продаж перед директором.",
        "Начните с главного вывода, затем 3-4 ключевые цифры и график, в конце — что планируете дальше. Отрепетируйте вслух.",
        "подскажи, как красиво начать, первую фразу",
    ),
    _m(
        "Что такое испытательный срок?",
        "Это период, когда работодатель проверяет, подходит ли сотрудник. По ТК РФ обычно до 3 месяцев, для руководителей — до 6.",
        "а уволиться на испытательном можно быстро?",
    ),
    _m(
        "Помоги написать миграцию для добавления колонки email в таблицу users",
        "ALTER TABLE users ADD COLUMN email VARCHAR(255);",
        "спс. кстати, не знаешь, сколько варить яйца всмятку?",
    ),
    _m(
        "Почему у меня в Babylon.js тени рваные по краям?",
        "Включите PCF-фильтрацию у ShadowGenerator и увеличьте размер карты теней до 2048.",
        "ок, это потом. подскажи лучше, что подарить папе на 60 лет",
    ),
    _m(
        "Обсуждаем, как разбить монолит на сервисы: заказы, оплата, склад.",
        "Начните с выделения границ по бизнес-доменам и общей шины событий; сначала вынесите самый независимый модуль.",
        "ладно, продолжим завтра. а ты знаешь хороший сериал на вечер, что-нибудь детективное?",
    ),
    _m(
        "Роутер мигает оранжевым индикатором WAN",
        "Обычно это значит, что нет соединения с провайдером. Проверьте кабель, перезагрузите роутер и посмотрите, нет ли аварии у провайдера.",
        "перезагрузил, всё равно оранжевый",
    ),
    _m(
        "Собираю диораму с железной дорогой, масштаб H0.",
        "Отличный масштаб для начала. Сначала продумайте план путей и рельеф, потом уже озеленение и постройки.",
        "как сделать реалистичную воду в пруду?",
    ),
    _m("Сколько будет 17 × 23?", "391.", "а в уме как быстро посчитать?"),
    _m(
        "Что такое инфляция?",
        "Это устойчивый рост общего уровня цен, из-за которого на те же деньги можно купить меньше.",
        "а дефляция хорошо или плохо?",
    ),
    _m(
        "Написал поздравление: «Дорогой Игорь Петрович, с юбилеем! Желаем здоровья и успехов»",
        "Коротко и корректно. Можно добавить пару тёплых слов о вкладе в команду и пожелание на будущее.",
        "сделай подлиннее, он 20 лет руководит нашим цехом",
    ),
    _m(
        "Сколько запекать курицу целиком?",
        "При 190 °C примерно 1 час 20 минут на тушку 1,5 кг; готовность — прозрачный сок при проколе бедра.",
        "а если 2 кг?",
    ),
    _m(
        "Куда поехать на майские недорого из Екатеринбурга?",
        "Варианты: Казань, Пермь с Кунгурской пещерой, Таганай на машине, Тобольск.",
        "давай Казань, что там посмотреть за 3 дня?",
    ),
    _m(
        "Как подключить ноутбук к телевизору без проводов?",
        "Если телевизор поддерживает Miracast, на Windows нажмите Win+K и выберите телевизор.",
        "телевизор LG, не находит",
    ),
    _m(
        "Хочу поступать на архитектурный, что нужно сдавать?",
        "Обычно ЕГЭ по русскому и математике, плюс творческий экзамен: рисунок, композиция, иногда черчение.",
        "а как готовиться к рисунку, если я с нуля?",
    ),
    _m(
        "Дай задачку на проценты для 6 класса",
        "Куртка стоила 4000 рублей, её цена снизилась на 15%. Сколько стоит куртка теперь?",
        "3400?",
    ),
    _m(
        "Напиши объявление о продаже детской коляски",
        "Продаю коляску 2в1, б/у 1 год, в хорошем состоянии, все колёса целые, в комплекте дождевик и сумка. Цена 12 000 руб.",
        "добавь что самовывоз с Академической",
    ),
    _m(
        "Посоветуй фантастику уровня Стругацких",
        "Попробуйте Лема («Солярис»), Брэдбери, а из современных — Лю Цысиня.",
        "Лема читал. что-нибудь полегче?",
    ),
    _m(
        "Что такое облигации?",
        "Долговые бумаги: вы даёте деньги компании или государству в долг и получаете купон и номинал в конце срока.",
        "а ОФЗ надёжные?",
    ),
    _m(
        "Сыну 10, хочет научиться программировать",
        "Можно начать со Scratch или сразу с Python через игровые курсы. Главное — маленькие проекты, которые ему интересны.",
        "а курсы онлайн какие бывают, в общих чертах?",
    ),
    _m(
        "Переведи на английский: «Собрание жильцов состоится в среду в 19:00 во дворе»",
        "The residents' meeting will take place on Wednesday at 7 pm in the courtyard.",
        "и на немецкий, у нас сосед из Германии",
    ),
    _m(
        "Сколько белка в курином яйце?",
        "Около 6–7 г в одном яйце среднего размера.",
        "а в твороге 5%?",
    ),
    _m(
        "Как вести себя, если укусил клещ?",
        "Аккуратно удалите клеща пинцетом или специальной петлёй, продезинфицируйте место укуса и при возможности сдайте клеща на анализ. Следите за самочувствием несколько недель.",
        "а прививку от энцефалита когда делают?",
    ),
    _m(
        "Чем отличается «одеть» от «надеть»?",
        "«Надеть» что-то на себя (надеть шапку), «одеть» кого-то (одеть ребёнка).",
        "а запомнить как?",
    ),
    _m(
        "Что такое теорема Пифагора?",
        "В прямоугольном треугольнике квадрат гипотенузы равен сумме квадратов катетов: c² = a² + b².",
        "а где это в жизни пригождается?",
    ),
    _s(
        "Ты ассистент разработчика внутри IDE. Отвечай кратко.",
        "не по коду, но быстро: сколько часов разница между Москвой и Владивостоком?",
    ),
    _s(
        "Ты — кодовый агент, работающий в репозитории пользователя.",
        "Пока собирается проект, подскажи, как вежливо отказаться от встречи в календаре, если я в отпуске?",
    ),
    _s(
        "You are an AI pair programmer in the user's editor.",
        "слушай, а ты знаешь, почему клавиатура QWERTY такая странная по раскладке?",
    ),
    _s(
        "Ты — бот техподдержки интернет-провайдера ДомСеть. Помогай абонентам с подключением.",
        "Здравствуйте, у меня интернет есть только по кабелю, а вайфай телефон видит, но пишет «без доступа к интернету».",
    ),
    _s(
        "Ты — помощник службы поддержки магазина бытовой техники ТехноДом.",
        "Как правильно удалить накипь в кофемашине? Инструкцию потеряли.",
    ),
    _s(
        "Ты помогаешь сотрудникам агентства недвижимости писать тексты объявлений.",
        "Опиши двушку 54 м² в Казани, 7 этаж из 9, вид на Волгу, свежий ремонт.",
    ),
    _s(
        "Ты репетитор по физике для школьников. Объясняй по шагам, задавай наводящие вопросы.",
        "не понимаю, почему тяжёлое и лёгкое тело падают одинаково",
    ),
    _s(
        "Ты — корпоративный ассистент компании «СтальПроект».",
        "Напиши приглашение на корпоративный тимбилдинг 20 июня: сплав по реке, сбор в 9:00 у офиса.",
    ),
    _s(
        "Ты универсальный ассистент. Отвечай по-русски.",
        "Как правильно утеплить балкон, если он застеклён холодным алюминием?",
    ),
    _s(
        "Ты ассистент команды бэкенда на Go.",
        "офтоп: как считается средний балл аттестата, если есть оценки по выбору?",
    ),
    _s(
        "Ты — встроенный помощник приложения для монтажа видео КлипМастер.",
        "Как сделать плавный переход между двумя клипами и наложить музыку, чтобы она затихала в конце?",
    ),
    _s(
        "Ты чат-бот поддержки производителя умных телевизоров.",
        "Телевизор сам включается ночью, пугает уже. Что это может быть?",
    ),
    _s(
        "Ты помогаешь пресс-службе городского театра.",
        "Напиши пост ВКонтакте о премьере «Вишнёвого сада» 15 ноября, билеты уже в кассе.",
    ),
    _s(
        "Ты карьерный консультант.",
        "Я инженер-конструктор на заводе 12 лет. Стоит ли переходить в продакт-менеджмент в IT?",
    ),
    _s(
        "Ты ассистент в редакторе кода. Пиши на русском.",
        "вопрос на засыпку: кто такая Ада Лавлейс и почему её называют первым программистом?",
    ),
    _s(
        "You are a support assistant for a smart home hub company.",
        "Умная колонка перестала понимать команды после обновления, отвечает «не могу подключиться».",
    ),
    _s(
        "Ты профессиональный переводчик.",
        "Переведи на английский, деловой стиль: «Просим подтвердить получение счёта и сообщить ориентировочную дату оплаты».",
    ),
    _s(
        "Ты помощник тренера детской хоккейной команды.",
        "Составь сообщение родителям: сборы с 1 по 10 июля, нужно сдать по 15 тысяч до 20 мая.",
    ),
    _s(
        "Ты — кулинарный помощник.",
        "Гости через час, есть курица, картошка, сметана и сыр. Что можно быстро приготовить на шестерых?",
    ),
    _s(
        "Ты ассистент продуктовой команды, помогаешь с документацией и кодом.",
        "Релиз вышел! Напиши, пожалуйста, короткое поздравление команде в общий чат, с юмором.",
    ),
    _s("Ты — помощник садовода.", "Когда сажать чеснок под зиму в Подмосковье?"),
    _s(
        "Ты автономный агент разработки. Выполняешь задачи в репозитории.",
        "Стоп, прежде чем продолжать: объясни мне разницу между гигабитом и гигабайтом, провайдер обещает 500 Мбит.",
    ),
    _s(
        "Ты гид-ассистент художественной галереи.",
        "Почему у Куинджи «Лунная ночь на Днепре» так светится? Это какой-то особый приём?",
    ),
    _s(
        "Ты — редактор текстов. Делай текст живее, не меняя смысла.",
        "«Информируем вас о том, что в нашем магазине проводится акция, в рамках которой предоставляется скидка на товары для сада.»",
    ),
    _s(
        "Ты ассистент мобильного банка. Отвечаешь на общие вопросы, без доступа к счетам.",
        "В чём разница между дебетовой и кредитной картой и что такое льготный период?",
    ),
    _s(
        "Ты поддержка приложения умного дома.",
        "Датчик протечки всё время пишет «нет связи», хотя стоит в метре от хаба.",
    ),
]


_KO: list[Item] = [
    _u(
        "거래처에 납품 일정이 일주일 늦어진다고 알리는 메일 써 줘. 정중하지만 너무 굽신거리지 않게."
    ),
    _u(
        "택배가 파손돼서 왔는데 고객센터에 보낼 항의 글 좀 다듬어 줘: '상자가 찢어져서 왔고 안에 컵 두 개가 깨져 있었습니다. 교환 원합니다.'"
    ),
    _u(
        "중견 식품회사 마케팅 직무 자기소개서 지원동기 항목 초안 써 줘. 대학 때 카페 창업 동아리 경험이 있어."
    ),
    _u("스마트스토어에 올릴 상품 설명 써 줘: 원목 도마, 편백나무, 40x25cm, 항균 효과."),
    _u(
        "이 문장을 자연스러운 영어로 번역해 줘: '다음 주 화요일 오후 2시에 주간 회의가 있으니 참석 부탁드립니다.'"
    ),
    _u("회사 창립 20주년 행사에서 할 3분짜리 축사 써 줘. 나는 영업팀장이고 분위기는 따뜻하게."),
    _u("동네 필라테스 센터 오픈 이벤트 인스타 게시글 써 줘. 해시태그도 몇 개."),
    _u("맞춤법 봐 줘: '회의 결과 공유 드립니다. 다음주 까지 각 팀별로 의견 주시면 되겠습니다.'"),
    _u("사내 공지 좀 써 줘. 다음 달부터 주차장 이용 시간이 오전 7시~오후 10시로 바뀐다는 내용."),
    _u("공유기 바꾸고 나서 집 와이파이가 자꾸 끊겨요. ipTIME 쓰는데 채널 바꾸면 나아지나요?"),
    _u("와이파이 비밀번호 바꾸는 법 알려 주세요. KT 기가인터넷 쓰고 있어요."),
    _u("30평대 아파트인데 안방이랑 작은방에서 와이파이가 약해요. 메시 와이파이 살 만한가요?"),
    _u("프린터가 계속 '용지 걸림' 뜨는데 안에 종이가 없어요. 엡손 L3150이에요."),
    _u("맥북에서 한영 전환을 캡스락으로 하는 거 어떻게 설정해요?"),
    _u("갤럭시 배터리가 너무 빨리 닳아요. 설정에서 뭘 꺼야 하나요?"),
    _u("LG 스마트TV에서 유튜브 앱이 자꾸 꺼져요. 초기화 말고 방법 없나요?"),
    _u("아이패드 화면을 TV로 미러링하고 싶은데 애플TV 없으면 안 되나요?"),
    _u(
        "가계부를 엑셀로 쓰는데 월별로 카테고리 합계를 자동으로 보려면 어떻게 해요? 피벗 테이블 처음이에요."
    ),
    _u("라이트룸에서 인물 사진 피부톤만 살짝 밝게 하는 방법 있어요?"),
    _u("스노우 앱에서 보정한 사진을 원본 화질 그대로 저장하려면?"),
    _u("수채화로 노을 진 바다 그리는데 빛 번짐 표현이 잘 안 돼요. 젖은 종이에 칠해야 하나요?"),
    _u("인물 소묘할 때 명암 5단계가 뭔지 쉽게 설명해 주세요."),
    _u(
        "유화로 창가에 들어오는 햇빛을 그리고 싶은데 빛이 떠 보이지 않게 하려면 그림자 색을 어떻게 섞어요?"
    ),
    _u("미러리스로 야경 찍을 때 삼각대 없이 흔들림 줄이는 팁 있어요?"),
    _u("필름카메라 입문하려는데 35mm 자동 카메라랑 수동 SLR 중 뭐가 나아요?"),
    _u("3D 프린터로 PLA 출력하는데 바닥이 자꾸 휘어요(워핑). 베드 온도를 올려야 하나요?"),
    _u("집에서 쓸 3D 프린터 추천 기준이 뭐예요? 주로 아이 장난감이랑 화분 받침 뽑을 거예요."),
    _u("건담 프라모델 먹선 넣을 때 번지지 않게 하는 방법 알려 주세요."),
    _u("24평 구축 아파트 인테리어하는데 거실 조명을 간접조명으로 바꾸면 어떤 느낌일까요?"),
    _u("한옥의 처마가 왜 그렇게 길게 뻗어 있는지 건축적으로 설명해 줘."),
    _u("경복궁 근정전은 왜 2층처럼 보이는데 실제로는 1층이에요?"),
    _u("바우하우스 건축의 특징이 뭐고 한국 현대 건축에 어떤 영향을 줬어요?"),
    _u("로직 프로에서 보컬 녹음할 때 치찰음 줄이는 방법이 뭐예요? 디에서라는 거 쓰면 돼요?"),
    _u("작곡 초보인데 코드 진행 I-V-vi-IV가 왜 그렇게 많이 쓰여요?"),
    _u("이차방정식 x² - 5x + 6 = 0 풀이 과정 보여 줘."),
    _u("중2 수학 일차함수 기울기 개념 쉽게 설명해 줘."),
    _u("왜 겨울에 정전기가 더 많이 생겨요?"),
    _u("조선 후기 실학이 등장한 배경을 5줄로 요약해 줘."),
    _u("임진왜란 때 거북선이 실제로 얼마나 활약했는지 궁금해요."),
    _u("기준금리가 오르면 왜 주식 시장이 떨어지는 경우가 많아요?"),
    _u("환율이 오르면 수출 기업한테 무조건 좋은 거예요?"),
    _u("공복 혈당이 높게 나오는 이유가 뭐가 있어요? 일반적으로요."),
    _u("거북목 교정에 도움 되는 스트레칭 알려 주세요."),
    _u(
        "전세 계약 끝났는데 집주인이 보증금을 늦게 준다고 하면 세입자는 일반적으로 어떻게 할 수 있어요?"
    ),
    _u("프리랜서 3.3% 떼고 받은 돈은 종합소득세 신고 때 어떻게 되는 거예요?"),
    _u("연말정산에서 신용카드 공제랑 체크카드 공제 차이가 뭐예요?"),
    _u("사회초년생인데 적금이랑 ETF 적립식 투자 중에 뭐부터 하는 게 좋을까요?"),
    _u("5살 아이가 어린이집 가기 싫다고 아침마다 울어요. 어떻게 달래야 할까요?"),
    _u("초등 저학년 아이 스마트폰 사용 시간 어떻게 정하는 게 좋을까요?"),
    _u("강아지가 산책만 나가면 다른 개한테 짖어요. 훈련 방법 있을까요?"),
    _u("고양이 처음 입양하는데 꼭 준비해야 할 물건 목록 좀."),
    _u("김치찌개 맛있게 끓이는 법, 돼지고기 넣고요. 신김치 있어요."),
    _u("냉장고에 두부, 애호박, 계란, 대파 있는데 저녁 메뉴 추천해 줘."),
    _u("에어프라이어로 삼겹살 구울 때 온도랑 시간 몇 분이 적당해요?"),
    _u("부모님 모시고 3박 4일 제주도 여행 일정 짜 줘. 많이 걷는 건 어려우셔."),
    _u("오사카 여행 갈 때 간사이 패스 사는 게 이득이에요?"),
    _u("마라톤 하프 코스 처음 나가는데 12주 훈련 계획 짜 줘."),
    _u("야구에서 인필드 플라이 규칙이 뭔지 설명해 주세요."),
    _u("클라우드가 뭔지 부모님께 설명하려면 어떻게 말하면 좋을까요?"),
    _u("노트북 살 때 CPU 세대랑 램 용량 중 뭐가 더 중요해요? 문서 작업이랑 넷플릭스 정도요."),
    _u("비전공자인데 개발자로 전향하려면 부트캠프가 나을까요, 국비 교육이 나을까요?"),
    _u("IT 회사 PM 면접에서 자주 나오는 질문이 뭐예요?"),
    _u("인공지능이랑 머신러닝이랑 딥러닝 차이를 쉽게 설명해 줘."),
    _u("안녕~ 오늘 좀 우울한데 그냥 아무 얘기나 해 줄래?"),
    _u("친구 결혼식 축가 대신 할 축하 편지 써 줘. 10년 지기야."),
    _u("가을 주제로 짧은 시 한 편 써 줘. 너무 슬프지 않게."),
    _u(
        "다음 영어 이메일 한국어로 번역해 줘: 'Thank you for your inquiry. Unfortunately, the item is out of stock until the end of the month.'"
    ),
    _m(
        "거실 벽지 색 고민 중이에요. 남향이고 바닥은 월넛이에요.",
        "남향이라 빛이 충분하니 웜 화이트나 연한 그레이지가 잘 어울려요. 월넛 바닥의 따뜻한 느낌도 살아나요.",
        "소파는 무슨 색이 좋아요?",
    ),
    _m(
        "'잘 부탁드립니다'를 영어로 어떻게 해요?",
        "상황에 따라 'I look forward to working with you' 정도가 자연스러워요.",
        "처음 인사할 때는요?",
    ),
    _m(
        "아이폰 사진 용량 줄이는 방법 있어요?",
        "설정 > 카메라 > 포맷에서 '고효율'을 선택하면 HEIF로 저장돼 용량이 줄어요.",
        "이미 찍은 건요?",
    ),
    _m(
        "삼각형 내각의 합이 왜 180도예요?",
        "한 꼭짓점을 지나고 밑변에 평행한 직선을 그으면 엇각이 같아서 세 각이 일직선 180도를 이룹니다.",
        "그럼 사각형은 360도인 거죠?",
    ),
    _m(
        "세계에서 제일 높은 산이 어디예요?",
        "해발 기준으로는 에베레스트(약 8,849m)입니다.",
        "K2는 몇 번째예요?",
    ),
    _m(
        "된장찌개에 뭐 넣으면 맛있어요?",
        "애호박, 두부, 감자, 양파, 청양고추, 그리고 멸치 육수를 쓰면 깊은 맛이 나요.",
        "육수 없이 하면?",
    ),
    _m(
        "내일 팀 회의에서 분기 실적 발표하는데 떨려요",
        "핵심 숫자 세 개만 먼저 말하고, 그다음 이유와 다음 계획을 말하는 구조로 하면 덜 긴장돼요.",
        "첫 문장 예시 좀 들어 줘",
    ),
    _m(
        "수습 기간에도 4대 보험 들어야 해요?",
        "일반적으로 수습 기간에도 근로자라면 4대 보험 가입 대상입니다.",
        "월급은 90%만 줘도 되는 거죠?",
    ),
    _m(
        "리액트에서 폼 유효성 검사 어떻게 해요?",
        "react-hook-form과 zod를 같이 쓰면 간단하게 스키마 기반 검증을 할 수 있어요.",
        "오케이 고마워. 근데 혹시 점심 메뉴 추천해 줄 수 있어? 비 온다",
    ),
    _m(
        "three.js에서 카메라가 물체 주위를 돌게 하려면?",
        "OrbitControls를 쓰거나 render 루프에서 각도를 증가시키며 카메라 위치를 원 위에 놓으면 돼요.",
        "됐다! 이제 딴 얘긴데 주말에 서울 근교 드라이브 코스 추천해 줘",
    ),
    _m(
        "마이크로서비스로 나눌 때 DB도 나눠야 할까?",
        "서비스마다 데이터 소유권을 분리하는 게 원칙이지만, 초기에는 스키마 분리부터 시작하기도 해요.",
        "알겠어 다음에 더 얘기하자. 그나저나 요즘 볼 만한 한국 영화 있어?",
    ),
    _m(
        "공유기 불이 다 켜져 있는데 인터넷이 안 돼요",
        "모뎀과 공유기를 둘 다 전원을 끄고 1분 뒤 모뎀 먼저, 그다음 공유기를 켜 보세요.",
        "했는데 그대로예요",
    ),
    _m(
        "1/72 전투기 프라모델 처음 만들어 봐요",
        "접착제는 무수지 타입, 니퍼와 사포 정도만 있으면 시작할 수 있어요. 작은 부품은 도색 후 조립이 편해요.",
        "캐노피 투명 부품에 접착제 자국 안 남게 하려면?",
    ),
    _m("12의 약수가 뭐예요?", "1, 2, 3, 4, 6, 12입니다.", "그럼 최대공약수는 어떻게 구해요?"),
    _m(
        "인플레이션이 뭐예요?",
        "물가가 전반적으로 계속 오르는 현상이에요. 같은 돈으로 살 수 있는 게 줄어들죠.",
        "그럼 디플레이션은 좋은 거예요?",
    ),
    _m(
        "아버지 칠순 인사말 써 봤어요: '아버지, 칠순을 진심으로 축하드립니다.'",
        "좋은 시작이에요. 아버지와의 추억 한 가지와 감사 인사를 더하면 더 따뜻해져요.",
        "낚시 좋아하시는 걸 넣어서 길게 써 줘",
    ),
    _m(
        "닭볶음탕 몇 인분 기준으로 알려 줘",
        "닭 1kg 기준 3~4인분이에요. 감자 2개, 당근 1개, 양파 1개, 고추장 2큰술, 간장 4큰술 정도요.",
        "안 맵게 하려면?",
    ),
    _m(
        "10월에 가기 좋은 해외 여행지 추천해 줘",
        "베트남 다낭, 일본 홋카이도 단풍, 대만 타이베이가 날씨가 좋아요.",
        "4살 아이랑 가기엔 어디가 나아요?",
    ),
    _m(
        "노트북을 TV에 연결하고 싶어요",
        "HDMI 케이블로 연결하고 TV 입력을 HDMI로 바꾸면 돼요. 무선은 Win+K로 미라캐스트를 써 볼 수 있어요.",
        "맥북이에요 ㅠ",
    ),
    _m(
        "건축학과 포트폴리오 준비 중이에요",
        "완성작뿐 아니라 스케치와 과정도 보여 주는 게 좋아요.",
        "근대 건축물 답사 사진도 넣어도 돼요?",
    ),
    _m(
        "중1 방정식 문제 하나 내 줘",
        "어떤 수에 3을 곱하고 5를 더했더니 26이 되었습니다. 어떤 수는?",
        "7?",
    ),
    _m(
        "중고거래 글 써 줘. 유아 카시트, 2년 사용",
        "유아 카시트 판매합니다. 2년 사용, 사고 이력 없음, 커버 세탁 완료. 직거래 선호합니다.",
        "가격 8만원이고 분당 직거래라고 넣어 줘",
    ),
    _m(
        "가볍게 읽을 소설 추천해 줘",
        "《불편한 편의점》 어떠세요? 따뜻하고 술술 읽혀요.",
        "읽었어! 비슷한 거 또",
    ),
    _m(
        "ETF가 뭐예요?",
        "지수를 따라가도록 만든 펀드를 주식처럼 거래소에서 사고파는 상품이에요.",
        "수수료는 얼마나 들어요?",
    ),
    _m(
        "초등학생 아이가 코딩 배우고 싶대요",
        "엔트리나 스크래치 같은 블록 코딩으로 시작하면 좋아요.",
        "집에서 부모가 같이 해 줄 수 있어요?",
    ),
    _s(
        "당신은 IDE에 통합된 코딩 어시스턴트입니다. 짧게 답하세요.",
        "코드 말고 잠깐, 주말에 부산 날씨 보통 10월엔 어때?",
    ),
    _s(
        "You are a coding agent operating in the user's repository.",
        "빌드 기다리는 동안 궁금한 건데, 커피 하루에 몇 잔까지 괜찮아요?",
    ),
    _s(
        "당신은 개발팀을 돕는 AI 페어 프로그래머입니다.",
        "딴 얘긴데 팀 막내 생일이라 롤링페이퍼에 쓸 문구 추천해 줘",
    ),
    _s(
        "당신은 인터넷 서비스 회사 '한빛넷'의 고객 지원 챗봇입니다.",
        "와이파이는 잡히는데 인터넷 연결 없음이라고 떠요. 모뎀 재부팅은 해 봤어요.",
    ),
    _s(
        "당신은 가전 쇼핑몰의 상담 챗봇입니다.",
        "로봇청소기가 자꾸 같은 자리만 돌아요. 센서 청소는 어떻게 해요?",
    ),
    _s(
        "당신은 부동산 중개사무소 직원들을 위한 글쓰기 도우미입니다.",
        "역세권 신축 오피스텔 원룸 매물 소개글 써 줘. 풀옵션, 남향, 관리비 8만원.",
    ),
    _s(
        "당신은 고등학생을 위한 수학 튜터입니다. 답을 바로 주지 말고 힌트를 주세요.",
        "로그 성질이 헷갈려요. log a + log b가 왜 log ab예요?",
    ),
    _s(
        "당신은 회사 내부 업무 도우미 챗봇입니다.",
        "다음 주 금요일 팀 회식 안내문 써 줘. 장소는 회사 앞 고깃집, 7시.",
    ),
    _s(
        "당신은 친절한 범용 AI 비서입니다.",
        "겨울에 보일러 외출 모드랑 그냥 끄는 거 중에 뭐가 가스비 덜 나와요?",
    ),
    _s(
        "당신은 스프링 백엔드 팀의 코드 리뷰 도우미입니다.",
        "코드 얘기 아니고, 연차 수당은 보통 어떻게 계산되는지 일반적인 기준 알려 줄 수 있어?",
    ),
    _s(
        "당신은 사진 편집 앱 '포토랩'의 도움말 봇입니다.",
        "역광으로 찍혀서 얼굴이 까맣게 나왔는데 살릴 수 있어요?",
    ),
    _s(
        "당신은 스마트TV 제조사의 고객지원 챗봇입니다.",
        "TV 소리가 화면보다 조금 늦게 나와요. 사운드바 연결돼 있어요.",
    ),
    _s(
        "당신은 구청 홍보팀의 콘텐츠 작성 도우미입니다.",
        "구민 체육대회 참가자 모집 공지문 써 줘. 5월 18일, 구민운동장.",
    ),
    _s("당신은 커리어 코치입니다.", "간호사 7년 차인데 헬스케어 IT 기획자로 이직 가능할까요?"),
    _s(
        "당신은 코드 에디터 안의 도우미입니다. 한국어로 답하세요.",
        "상식 질문: 컴퓨터 '버그'라는 말은 어디서 유래했어요?",
    ),
    _s(
        "당신은 전문 번역가입니다.",
        "일본어로 번역해 줘: '이번 전시회에 방문해 주셔서 감사합니다. 다음에도 꼭 뵙기를 바랍니다.'",
    ),
    _s(
        "당신은 조기축구회 총무를 돕는 비서입니다.",
        "이번 달 회비 납부 안내 문자 써 줘. 3만원, 25일까지.",
    ),
    _s(
        "당신은 요리 도우미입니다.",
        "집들이에 8명 오는데 한 명이 비건이에요. 다 같이 먹을 수 있는 메뉴 짜 줘.",
    ),
    _s(
        "당신은 SaaS 스타트업 제품팀의 어시스턴트입니다.",
        "이번 분기 목표 달성했어요! 팀 슬랙에 올릴 축하 메시지 재밌게 써 줘.",
    ),
    _s(
        "당신은 자율 코딩 에이전트입니다.",
        "잠깐, 1GB가 1000MB인지 1024MB인지 매번 헷갈리는데 정리해 줄래?",
    ),
    _s("당신은 미술관 안내 도우미입니다.", "모네가 같은 성당을 여러 번 그린 이유가 뭐예요?"),
    _s(
        "당신은 은행 앱의 상담 도우미입니다. 계좌 정보에는 접근하지 않습니다.",
        "예금자 보호는 한 은행당 얼마까지 되는 거예요?",
    ),
    _m(
        "스마트 플러그로 전기장판 타이머 돌려도 괜찮아요?",
        "전기장판 소비전력이 플러그 허용 용량(보통 10A, 2200W) 이내면 대체로 괜찮지만, 장판 자체 전원 스위치가 켜진 상태를 유지하는 제품인지 확인하세요.",
        "우리 건 다이얼식이에요",
    ),
    _m(
        "조선 시대 과거 시험은 어떻게 봤어요?",
        "소과와 대과로 나뉘었고, 대과 합격자는 관직에 나아갈 수 있었어요. 3년마다 정기 시험이 있었어요.",
        "여자는 못 봤죠?",
    ),
    _s(
        "당신은 홈카메라 브랜드의 고객센터 챗봇입니다.",
        "앱에서 카메라 화면이 계속 로딩만 돼요. 공유기는 5GHz 쓰고 있어요.",
    ),
    _s("당신은 대학교 입학처 안내 봇입니다.", "건축학과 5년제랑 건축공학과 4년제 차이가 뭐예요?"),
]


_IT: list[Item] = [
    _u(
        "Mi scrivi una mail per ricordare a un cliente che la fattura di marzo è ancora da saldare? Tono cortese, niente minacce."
    ),
    _u(
        "Devo fare un reclamo alla compagnia aerea: volo Bari-Milano cancellato e nessun rimborso dopo due mesi. Aiutami a scriverlo."
    ),
    _u(
        "Lettera di presentazione per un posto da receptionist in un hotel 4 stelle a Riva del Garda. Parlo tedesco e inglese."
    ),
    _u(
        "Scrivi una descrizione per l'e-commerce: olio extravergine biologico, cultivar Coratina, bottiglia 750 ml, raccolta 2025."
    ),
    _u(
        "Traduci in inglese: «Vi confermiamo la disponibilità della sala per il 12 ottobre, comprensiva di proiettore e servizio caffè.»"
    ),
    _u(
        "Mi serve un discorso breve per l'inaugurazione della nuova biblioteca del paese. Parlo come assessora alla cultura."
    ),
    _u(
        "Scrivimi un post Facebook per la sagra della castagna di sabato e domenica, con un tono allegro."
    ),
    _u(
        "Correggi per favore: «Gentile dottore, le scrivo per chiederle se e possibile spostare l'appuntamento di giovedi, purtroppo ho un impegno di lavoro.»"
    ),
    _u(
        "Scrivi un invito per una riunione di condominio straordinaria sulla sostituzione della caldaia centralizzata, martedì alle 21."
    ),
    _u("Il modem TIM si disconnette ogni sera verso le 22. Da cosa può dipendere?"),
    _u(
        "come si cambia la password del wifi sul modem Fastweb? devo darla nuova ai vicini che la usavano lol"
    ),
    _u(
        "Casa su tre piani, il wifi arriva solo al piano terra. Meglio powerline o ripetitori mesh?"
    ),
    _u("La stampante Brother stampa tutto storto, i fogli escono inclinati. Come si sistema?"),
    _u("Come si attiva la modalità scura su Windows 11 anche per Outlook?"),
    _u("L'iPhone mi dice spazio esaurito ma non ho quasi niente. Cosa occupa tutto quello spazio?"),
    _u(
        "La smart TV Hisense si blocca sulla schermata del logo all'accensione. Cosa posso provare?"
    ),
    _u(
        "Ho un foglio Excel con le spese di casa. Come faccio a colorare da solo le righe sopra i 100 euro?"
    ),
    _u(
        "Su Lightroom come si fa a rendere il cielo più drammatico senza aloni intorno agli alberi?"
    ),
    _u(
        "Dipingo ad acrilico. Come rendo la luce del tramonto che attraversa una finestra e si posa sul pavimento?"
    ),
    _u("Nel disegno a carboncino come si ottiene un'ombra morbida senza sporcare tutto il foglio?"),
    _u("Caravaggio come otteneva quella luce così teatrale? È solo una questione di fondo scuro?"),
    _u("Fotografia di ritratto con una sola finestra come luce: dove metto il soggetto?"),
    _u(
        "Che differenza c'è tra diaframma aperto e chiuso, spiegato a chi ha appena comprato una reflex?"
    ),
    _u(
        "La mia stampante 3D Prusa fa dei buchi sulla superficie superiore dei pezzi. Aumento i layer superiori?"
    ),
    _u("Che filamento usare per stampare in 3D un vaso che deve tenere l'acqua?"),
    _u(
        "Sto costruendo un plastico ferroviario in scala N: come faccio gli alberi in modo economico?"
    ),
    _u(
        "Soggiorno stretto e lungo, 4x8 metri. Come disporre divano e tavolo per non farlo sembrare un corridoio?"
    ),
    _u("Che differenza c'è tra architettura barocca e rinascimentale? Fammi esempi a Roma."),
    _u("Come si riconosce una casa in stile liberty?"),
    _u("In GarageBand, come faccio a mettere il metronomo solo durante la registrazione?"),
    _u("Cos'è l'EQ sottrattivo e perché nel mixaggio si dice di tagliare invece di alzare?"),
    _u("Risolvi il sistema: 2x + y = 7, x − y = 2. Con i passaggi."),
    _u("Quali furono le cause della caduta dell'Impero romano d'Occidente? Riassunto breve."),
    _u("Cos'è lo spread BTP-Bund e perché in TV ne parlano sempre?"),
    _u("Perché l'euro forte può essere un problema per chi esporta?"),
    _u("Colesterolo HDL e LDL: qual è quello buono e perché?"),
    _u("In Italia, il padrone di casa può entrare nell'appartamento in affitto senza avvisare?"),
    _u("Come funziona il regime forfettario per chi apre la partita IVA come grafico?"),
    _u("Cos'è il 730 precompilato e conviene accettarlo così com'è?"),
    _u("Ho 200 euro al mese da mettere da parte, meglio un PAC su ETF o il conto deposito?"),
    _u("Mia figlia di 2 anni non vuole dormire nel suo letto. Consigli pratici?"),
    _u("Come parlo con mio figlio di 15 anni del fatto che passa 6 ore al giorno sul telefono?"),
    _u("Il mio cane mangia l'erba ogni volta che usciamo, devo preoccuparmi?"),
    _u("Ho zucchine, ricotta e pasta corta: mi dai un'idea veloce per pranzo?"),
    _u("Perché il mio risotto viene colloso? Uso il Carnaroli."),
    _u("Itinerario di 4 giorni in Puglia in treno, partendo da Bari, a maggio."),
    _u("Serve il passaporto per andare in Albania o basta la carta d'identità?"),
    _u("Scheda di allenamento a corpo libero per 20 minuti al giorno, sono principiante."),
    _u("Nel tennis perché il punteggio va 15, 30, 40 e non 45?"),
    _u("Cos'è un server, spiegato a mio nonno?"),
    _u("Differenza tra processore e scheda video, devo comprare un PC per mio figlio che gioca."),
    _u("Ho 35 anni, faccio la commessa e vorrei lavorare nell'IT. Che percorsi ci sono?"),
    _u("Quanto guadagna in media uno sviluppatore junior a Milano rispetto a Berlino?"),
    _u("Cos'è l'open source e perché le aziende lo usano se è gratis?"),
    _u("ciao! raccontami una curiosità sugli animali che non so"),
    _u("Scrivi un biglietto di auguri per i 50 anni di matrimonio dei miei zii."),
    _u(
        "Traduci in italiano: «We regret to inform you that the workshop has been postponed to a later date.»"
    ),
    _m(
        "Voglio ridipingere la cucina, mobili bianchi e top in legno.",
        "Un verde salvia o un azzurro polvere sulle pareti stanno bene con legno e bianco; evita colori troppo saturi vicino ai fornelli.",
        "e il soffitto?",
    ),
    _m(
        "Scrivimi una mail per spostare la call con il fornitore a venerdì",
        "Buongiorno Sig. Ferri, per un imprevisto le chiederei di spostare la nostra call a venerdì alla stessa ora. Mi scuso per il cambio. Cordiali saluti.",
        "più informale, ci diamo del tu",
    ),
    _m(
        "Come si dice «in bocca al lupo» in inglese?",
        "Di solito «good luck» o, a teatro, «break a leg».",
        "e in francese?",
    ),
    _m(
        "Come blocco le chiamate dai numeri sconosciuti su Android?",
        "App Telefono > Impostazioni > Numeri bloccati > attiva «Blocca numeri sconosciuti/privati».",
        "e su iPhone di mia madre?",
    ),
    _m("Quanto fa la radice quadrata di 144?", "12.", "e la radice cubica di 27?"),
    _m(
        "Qual è il lago più grande d'Italia?",
        "Il Lago di Garda, con circa 370 km².",
        "e il più profondo?",
    ),
    _m(
        "Come si fa il ragù alla bolognese?",
        "Soffritto di cipolla, carota e sedano, poi carne macinata mista, vino rosso, passata e cottura lenta per almeno 2-3 ore.",
        "ci va il latte?",
    ),
    _m(
        "Domani presento il progetto di riqualificazione del parco al consiglio di quartiere.",
        "Parti dal problema che tutti conoscono, mostra 2-3 immagini del prima/dopo e chiudi con costi e tempi.",
        "mi aiuti con la frase d'apertura?",
    ),
    _m(
        "Cosa cambia tra contratto a chiamata e part-time?",
        "Nel part-time l'orario è fisso e ridotto; nel lavoro a chiamata il datore ti chiama quando serve e l'orario non è garantito.",
        "e la disoccupazione poi spetta in entrambi?",
    ),
    _m(
        "Come faccio una query con JOIN su due tabelle in Postgres?",
        "SELECT o.id, c.nome FROM ordini o JOIN clienti c ON c.id = o.cliente_id;",
        "grazie. cambiando argomento, sai consigliarmi un vino per la pizza?",
    ),
    _m(
        "In three.js le texture sembrano slavate",
        "Imposta texture.colorSpace = THREE.SRGBColorSpace e verifica il tone mapping del renderer.",
        "perfetto. Ora una cosa personale: come si toglie una macchia di vino rosso dal divano?",
    ),
    _m(
        "Stiamo valutando se separare il backend in microservizi.",
        "Prima di separare, conviene capire i confini di dominio e il costo operativo in più.",
        "ne parliamo la prossima settimana. Intanto mi dici una ricetta facile per stasera?",
    ),
    _m(
        "Il ripetitore wifi ha la luce rossa fissa",
        "Spesso significa che è troppo lontano dal modem. Prova ad avvicinarlo a metà strada.",
        "l'ho spostato ma resta rossa",
    ),
    _m(
        "Sto facendo il modellino del Colosseo in cartoncino",
        "Bel progetto! Per gli archi, ritagliali prima di piegare e usa colla vinilica diluita.",
        "come invecchio il colore per farlo sembrare travertino?",
    ),
    _m("Quanto è il 22% di 850?", "187.", "quindi il totale con IVA è 1037?"),
    _m(
        "Cos'è il PIL?",
        "Il valore di tutti i beni e servizi finali prodotti in un paese in un anno.",
        "e il PIL pro capite a cosa serve?",
    ),
    _m(
        "Ho scritto gli auguri per la laurea di mia nipote: «Brava Giulia, sei una dottoressa!»",
        "Carino e diretto. Potresti aggiungere un ricordo del percorso e un augurio per il futuro.",
        "allungalo un po', si è laureata in veterinaria",
    ),
    _m(
        "Quanto cuocere le lasagne?",
        "In forno statico a 180°C per circa 35-40 minuti, coperte con alluminio per la prima metà.",
        "e se le preparo il giorno prima?",
    ),
    _m(
        "Dove andare in montagna ad agosto senza troppa folla?",
        "Val di Rabbi, Val Maira o Valle Aurina sono più tranquille delle località famose.",
        "con un cane va bene?",
    ),
    _m(
        "Come collego le cuffie bluetooth alla TV Sony?",
        "Impostazioni > Telecomandi e accessori > Associa accessorio, con le cuffie in modalità abbinamento.",
        "non le trova",
    ),
    _m(
        "Voglio iscrivermi ad architettura al Politecnico",
        "Dovrai sostenere il test d'ingresso con logica, storia, disegno e matematica.",
        "come mi preparo per la parte di storia dell'architettura?",
    ),
    _m(
        "Dammi un problema di geometria per la seconda media",
        "Un rettangolo ha il perimetro di 30 cm e la base lunga il doppio dell'altezza. Trova l'area.",
        "50 cm²?",
    ),
    _m(
        "Scrivi un annuncio per vendere la mia Vespa del 2012",
        "Vendo Vespa LX 125 del 2012, 18.000 km, tagliandata, gomme nuove. Visibile a Bologna.",
        "aggiungi che ha il bauletto originale",
    ),
    _m(
        "Consigliami un romanzo italiano contemporaneo",
        "Prova «L'amica geniale» di Elena Ferrante.",
        "già letto, qualcosa di più breve?",
    ),
    _m(
        "Cos'è un'obbligazione?",
        "Un prestito che fai a uno Stato o a un'azienda in cambio di interessi.",
        "e se l'azienda fallisce?",
    ),
    _m(
        "Mio figlio di 9 anni vuole imparare a programmare",
        "Scratch è perfetto per iniziare; poi può provare con semplici giochi in Python.",
        "ci sono corsi gratis in biblioteca di solito?",
    ),
    _s(
        "Sei un assistente di programmazione integrato nell'IDE. Rispondi in modo conciso.",
        "domanda fuori tema: quanto tempo si lascia riposare l'impasto della pizza?",
    ),
    _s(
        "You are a coding agent working in the user's repository.",
        "prima di continuare, mi scrivi due righe carine per salutare un collega che cambia lavoro?",
    ),
    _s(
        "Sei l'assistente clienti del provider internet FibraSud.",
        "Buongiorno, il modem ha la spia internet spenta da stamattina, ho già provato a riavviarlo.",
    ),
    _s(
        "Sei il chatbot di un negozio online di elettrodomestici.",
        "Come si pulisce il filtro della lavastoviglie? Fa cattivo odore.",
    ),
    _s(
        "Sei un assistente di scrittura per un'agenzia immobiliare.",
        "Scrivi l'annuncio per un bilocale ristrutturato a Torino, zona San Salvario, 55 m², terzo piano senza ascensore.",
    ),
    _s(
        "Sei un tutor di fisica per studenti del liceo. Guida con domande, non dare subito la soluzione.",
        "non capisco perché un oggetto in orbita non cade",
    ),
    _s(
        "Sei l'assistente interno dell'azienda Metalli Rossi.",
        "Prepara un avviso per i dipendenti: la mensa resta chiusa dal 10 al 21 agosto.",
    ),
    _s(
        "Sei un assistente generico. Rispondi in italiano.",
        "Meglio una caldaia a condensazione o una pompa di calore per un appartamento in Lombardia?",
    ),
    _s(
        "Sei un assistente per un team di sviluppo Java.",
        "off topic: come si calcola il TFR, grosso modo?",
    ),
    _s(
        "Sei l'assistente dell'app di fotoritocco Lumino.",
        "Come raddrizzo l'orizzonte storto di una foto al mare?",
    ),
    _s(
        "Sei il supporto tecnico di un marchio di smart TV.",
        "Il telecomando non risponde più, ho cambiato le pile.",
    ),
    _s(
        "Sei l'assistente comunicazione di un comune.",
        "Scrivi un post per annunciare la chiusura di via Roma per il mercatino di Natale.",
    ),
    _s(
        "Sei un career coach.",
        "Sono geometra da 15 anni, vale la pena passare al BIM e alla progettazione digitale?",
    ),
    _s(
        "Sei un assistente di codice nell'editor. Rispondi in italiano.",
        "curiosità: perché si chiama Python? c'entra il serpente?",
    ),
    _s(
        "Sei un traduttore professionista.",
        "Traduci in tedesco: «Grazie per averci scelto, il check-in è disponibile dalle 15:00.»",
    ),
    _s(
        "Sei l'assistente dell'allenatore di una squadra di pallavolo giovanile.",
        "Scrivi il messaggio ai genitori per la trasferta di domenica: partenza alle 7:30 dal palazzetto.",
    ),
    _s(
        "Sei un assistente di cucina.", "Cena per 6 con un celiaco e un vegetariano, cosa propongo?"
    ),
    _s(
        "Sei l'assistente del team prodotto di una startup.",
        "Abbiamo chiuso il round di beta test! Scrivi un messaggio di ringraziamento per i tester.",
    ),
    _s(
        "Sei un agente di sviluppo autonomo.",
        "Prima di proseguire: differenza tra Mbps e MB/s? Il mio provider mi confonde.",
    ),
    _s(
        "Sei la guida virtuale di una pinacoteca.",
        "Perché nei quadri fiamminghi la luce sembra così fredda e precisa?",
    ),
    _s(
        "Sei l'assistente dell'app di una banca. Rispondi a domande generali, senza accesso ai conti.",
        "Che differenza c'è tra bonifico ordinario e istantaneo?",
    ),
]


_PT: list[Item] = [
    _u(
        "Escreve um e-mail para o fornecedor pedindo a segunda via do boleto que venceu ontem. Tom educado."
    ),
    _u(
        "me ajuda a escrever uma reclamação pro Reclame Aqui: comprei uma geladeira, entregaram amassada e a loja não responde há 15 dias"
    ),
    _u(
        "Carta de apresentação para vaga de analista de RH numa rede de farmácias em Curitiba. Tenho 3 anos de experiência em recrutamento."
    ),
    _u(
        'Descrição de produto para loja virtual: mochila impermeável 25 L, compartimento para notebook 15", cor verde-musgo.'
    ),
    _u(
        "Traduz para inglês: «Informamos que o horário de atendimento será alterado a partir de segunda-feira.»"
    ),
    _u(
        "Preciso de um discurso curto para a formatura da turma de técnico em enfermagem, sou a paraninfa."
    ),
    _u("Cria três legendas para o Instagram da nossa padaria anunciando o pão de queijo recheado."),
    _u(
        "Corrige esse texto: «Segue em anexo os documentos solicitado, qualquer duvida estou a disposição.»"
    ),
    _u(
        "Escreve um convite para a reunião de pais e mestres do 5º ano, dia 22 às 19h, no auditório."
    ),
    _u(
        "Meu roteador da Vivo fica reiniciando sozinho várias vezes por dia. Pode ser defeito ou é configuração?"
    ),
    _u("como troca a senha do wi-fi da Claro? o técnico deixou uma senha enorme e ninguém decora"),
    _u("Casa térrea comprida, o wi-fi não chega nos quartos do fundo. Repetidor ou sistema mesh?"),
    _u(
        "A impressora Epson imprime com listras horizontais mesmo depois da limpeza de cabeçote. O que mais dá pra fazer?"
    ),
    _u(
        "Como faço pro meu notebook Dell parar de atualizar o Windows bem na hora que eu preciso usar?"
    ),
    _u(
        "O celular Motorola está com o armazenamento cheio por causa do WhatsApp. Como limpo sem perder as conversas?"
    ),
    _u(
        "A smart TV da TCL perdeu o sinal dos canais abertos depois da mudança do sinal digital. Preciso resintonizar?"
    ),
    _u("Como espelhar a tela do celular Android na TV Samsung sem cabo?"),
    _u(
        "Tenho uma planilha de gastos no Google Sheets. Como faço um gráfico de pizza por categoria que atualiza sozinho?"
    ),
    _u(
        "No Lightroom, como deixar as fotos de praia com aquele tom claro e limpo sem estourar a areia?"
    ),
    _u("Qual app gratuito é bom pra remover fundo de foto de produto pelo celular?"),
    _u("Pinto em guache e minhas sombras ficam sem vida. Uso preto para escurecer, está errado?"),
    _u(
        "Como pintar a luz da lua refletida no mar em acrílica? Sempre fica parecendo uma mancha branca."
    ),
    _u(
        "Explica o que é luz de recorte e luz de preenchimento num retrato fotográfico, como se eu fosse iniciante."
    ),
    _u(
        "Fotografar fogos de artifício no Réveillon: que configurações usar numa câmera de entrada da Canon?"
    ),
    _u("Vale a pena comprar uma lente 50mm f/1.8 como primeira lente extra?"),
    _u("Minha impressora 3D está com o bico entupido toda hora com PLA. Temperatura baixa demais?"),
    _u(
        "Quero imprimir em 3D peças de reposição para a máquina de lavar. Que material aguenta calor e umidade?"
    ),
    _u(
        "Estou montando uma maquete de uma casa para a faculdade em escala 1:50. Que material uso pras janelas?"
    ),
    _u(
        "Sala pequena de apartamento, 12 m², com pé-direito baixo. Dicas de decoração e iluminação para parecer maior?"
    ),
    _u(
        "Por que Brasília tem aquela arquitetura tão diferente? Qual a ideia do Niemeyer e do Lúcio Costa?"
    ),
    _u(
        "Por que as casas coloniais de Ouro Preto têm aquelas janelas e telhados? Tem a ver com o clima?"
    ),
    _u("Como funcionam os azulejos nas fachadas em Lisboa? Eram só decoração?"),
    _u("No FL Studio, como faço uma batida de funk com aquele grave que bate forte sem distorcer?"),
    _u("Qual a diferença entre gravar em 44.1 kHz e 48 kHz pra quem faz música em casa?"),
    _u("Resolve: 5x − 3 = 2x + 12, explicando cada passo."),
    _u("O que é uma função exponencial? Me dá um exemplo do dia a dia."),
    _u("Resume as causas da Independência do Brasil em um parágrafo."),
    _u("Quem foi Marquês de Pombal e o que ele fez depois do terremoto de Lisboa?"),
    _u("O que é a taxa Selic e por que afeta o preço das coisas?"),
    _u("Como funciona a energia solar em casa? Ela funciona em dia nublado?"),
    _u("Quais são os sinais de desidratação em idosos? Minha avó bebe pouca água."),
    _u("Dor de cabeça tensional e enxaqueca: qual a diferença, em termos gerais?"),
    _u("O inquilino pode sair antes do fim do contrato de aluguel? Tem multa sempre? No Brasil."),
    _u("MEI ou ME para quem vai abrir uma pequena confeitaria? Quais as diferenças?"),
    _u("Como funciona a restituição do imposto de renda e por que às vezes demora tanto?"),
    _u("Tesouro Selic ou CDB de banco médio para reserva de emergência?"),
    _u("Como conversar com um adolescente que quer largar a escola para ser youtuber?"),
    _u("Minha cachorra vira-lata late pra tudo quando fica sozinha. O que posso fazer?"),
    _u("Tenho frango, mandioca e requeijão. O que faço de jantar?"),
    _u("Por que meu bolo sempre afunda no meio depois de assar?"),
    _u("Roteiro de 7 dias pelo Nordeste saindo de Recife, com carro alugado."),
    _u("Treino de caminhada e corrida para começar do zero, 3 vezes por semana."),
    _u("Me explica o impedimento no futebol de um jeito que minha mãe entenda."),
    _u("O que é a nuvem de verdade? Onde ficam as fotos que eu salvo no Google Fotos?"),
    _u("Notebook com 8 GB de RAM dá conta de faculdade e um pouco de edição de vídeo?"),
    _u("Sou professora de inglês, 40 anos, e quero trabalhar com UX writing. Como começo?"),
    _u("Como montar um currículo para primeira vaga de estágio em TI?"),
    _u("oi! tô entediado no ônibus, me conta uma curiosidade sobre o espaço"),
    _u("Escreve uma mensagem de aniversário para minha chefe, carinhosa mas profissional."),
    _u(
        "Traduz para português: «Please remember to bring your own water bottle to the team-building event.»"
    ),
    _m(
        "Vou pintar o quarto do bebê, a janela é pequena.",
        "Tons claros e suaves como verde-menta, bege ou azul-bebê ajudam a refletir a luz. Use tinta lavável sem cheiro.",
        "e o teto, pinto branco neve?",
    ),
    _m(
        "Me escreve um e-mail pra remarcar a visita técnica de quarta",
        "Prezado Sr. Almeida, devido a um imprevisto, gostaria de remarcar a visita técnica de quarta-feira. Teria disponibilidade na sexta, no mesmo horário? Atenciosamente.",
        "menos formal, a gente se conhece",
    ),
    _m(
        "Como se diz «saudade» em inglês?",
        "Não há tradução exata; «I miss you» ou «longing» são aproximações.",
        "e em espanhol?",
    ),
    _m(
        "Como faço backup das fotos do iPhone no computador?",
        "Conecte o iPhone por cabo, abra o app Fotos (Mac) ou o Explorador de Arquivos (Windows) e importe as fotos.",
        "e pra fazer automático?",
    ),
    _m("Quanto é 3/4 de 120?", "90.", "e 2/5 de 90?"),
    _m(
        "Qual o maior estado do Brasil?",
        "O Amazonas, com cerca de 1,5 milhão de km².",
        "e o menor?",
    ),
    _m(
        "Como faz brigadeiro de panela?",
        "1 lata de leite condensado, 1 colher de manteiga, 2 colheres de chocolate em pó. Mexa em fogo baixo até desgrudar do fundo.",
        "dá pra fazer com cacau 50%?",
    ),
    _m(
        "Amanhã apresento os resultados do semestre da ONG para os doadores.",
        "Comece agradecendo, mostre 2 ou 3 números de impacto com histórias reais e termine com os próximos passos.",
        "me dá uma frase de abertura emocionante?",
    ),
    _m(
        "O que é aviso prévio?",
        "É o período de comunicação antes do fim do contrato de trabalho, de no mínimo 30 dias no Brasil, podendo aumentar com o tempo de casa.",
        "e se eu pedir demissão, tenho que cumprir?",
    ),
    _m(
        "Como faço um SELECT com GROUP BY no MySQL?",
        "SELECT categoria, COUNT(*) FROM produtos GROUP BY categoria;",
        "valeu. Outra coisa nada a ver: qual filme brasileiro você indica pra hoje?",
    ),
    _m(
        "As sombras no meu projeto three.js estão serrilhadas",
        "Use shadowMap.type = THREE.PCFSoftShadowMap e aumente o mapSize da luz.",
        "resolveu! agora me diz, quanto tempo dura uma viagem de carro de SP pro Rio?",
    ),
    _m(
        "Estamos pensando em usar filas para desacoplar o checkout do estoque.",
        "Faz sentido; garanta idempotência no consumidor e um plano para mensagens que falham.",
        "depois a gente vê isso. Me ajuda a escolher um presente de dia dos pais?",
    ),
    _m(
        "O roteador está com a luz LOS vermelha",
        "Geralmente indica falta de sinal da fibra. Verifique se o cabo de fibra não está dobrado e contate a operadora.",
        "o cabo parece ok, ligo pra eles mesmo?",
    ),
    _m(
        "Estou montando um aeromodelo de balsa pela primeira vez",
        "Legal! Trabalhe sobre a planta protegida com plástico e use alfinetes para fixar as nervuras enquanto a cola seca.",
        "que cola é melhor, ciano ou branca?",
    ),
    _m("Quanto é 18% de 2.500?", "450.", "e se tirar isso, fica quanto?"),
    _m(
        "O que é PIB?",
        "Produto Interno Bruto: a soma de todos os bens e serviços finais produzidos no país em um período.",
        "e por que o PIB per capita importa?",
    ),
    _m(
        "Escrevi o texto pro convite de casamento: «Com alegria, convidamos para a nossa união»",
        "Bonito e simples. Pode acrescentar data, local e uma frase pessoal do casal.",
        "reescreve pra ficar mais descontraído, a festa é na praia",
    ),
    _m(
        "Quanto tempo asso um pernil de 3 kg?",
        "Cerca de 2h30 a 180°C, coberto com papel-alumínio na primeira metade.",
        "e pra dourar no final?",
    ),
    _m(
        "Onde passar o feriado de carnaval fugindo da bagunça?",
        "Serra da Mantiqueira, Chapada dos Veadeiros ou cidades históricas de Minas fora do roteiro de bloco.",
        "com criança pequena qual é melhor?",
    ),
    _m(
        "Como conecto o fone bluetooth no notebook?",
        "Configurações > Bluetooth e dispositivos > Adicionar dispositivo, com o fone em modo pareamento.",
        "aparece mas não conecta",
    ),
    _m(
        "Penso em cursar arquitetura e urbanismo",
        "É um curso de 5 anos, com muito desenho, projeto, história da arte e tecnologia da construção.",
        "preciso saber desenhar bem antes de entrar?",
    ),
    _m(
        "Me passa um exercício de porcentagem do 7º ano",
        "Uma camiseta custava R$ 60 e teve desconto de 25%. Quanto passou a custar?",
        "R$ 45?",
    ),
    _m(
        "Faz um anúncio pra vender meu sofá de 3 lugares",
        "Vendo sofá 3 lugares, tecido suede cinza, 2 anos de uso, sem manchas. Retirada no local.",
        "põe que fica em Niterói e aceito Pix",
    ),
    _m(
        "Me indica um livro de suspense",
        "«A Paciente Silenciosa», de Alex Michaelides, é curto e viciante.",
        "já li, algum de autor brasileiro?",
    ),
    _m(
        "O que é fundo imobiliário?",
        "Um fundo que investe em imóveis ou títulos do setor e distribui rendimentos aos cotistas, geralmente todo mês.",
        "é isento de IR?",
    ),
    _m(
        "Minha filha de 7 anos quer aprender robótica",
        "Kits como LEGO Education ou cursos com Scratch e placas simples são ótimos para essa idade.",
        "tem algo barato pra fazer em casa?",
    ),
    _s(
        "Você é um assistente de programação integrado à IDE. Seja breve.",
        "pergunta aleatória: quanto tempo de cozimento pra arroz integral?",
    ),
    _s(
        "You are a coding agent working in the user's repository.",
        "antes de continuar, me ajuda a escrever uma mensagem de despedida pro colega que vai se aposentar?",
    ),
    _s(
        "Você é o atendimento virtual da operadora de internet NetLuz.",
        "Boa tarde, a internet está muito lenta só à noite, de dia funciona normal.",
    ),
    _s(
        "Você é o assistente de uma loja online de eletrodomésticos.",
        "Como faço pra tirar o cheiro de queimado do micro-ondas?",
    ),
    _s(
        "Você ajuda corretores de imóveis a escrever anúncios.",
        "Anúncio de casa em condomínio em Campinas, 3 quartos, piscina, 180 m², aceita financiamento.",
    ),
    _s(
        "Você é um tutor de química do ensino médio. Faça perguntas para guiar o aluno.",
        "não entendi o que é mol, pra que serve?",
    ),
    _s(
        "Você é o assistente interno da empresa Transportes Ipê.",
        "Escreve um comunicado: o expediente na sexta antes do feriado vai até as 15h.",
    ),
    _s(
        "Você é um assistente geral. Responda em português de Portugal.",
        "Vale a pena instalar painéis solares num T2 em Braga, com varanda virada a sul?",
    ),
    _s(
        "Você é um assistente para um time de desenvolvimento em .NET.",
        "fora do assunto: como funciona o 13º salário pra quem entrou no meio do ano?",
    ),
    _s(
        "Você é o suporte do aplicativo de edição de fotos FotoFácil.",
        "Como faço colagem com 4 fotos e coloco borda branca?",
    ),
    _s(
        "Você é o assistente de suporte de uma marca de smart TVs.",
        "A TV liga e desliga sozinha a cada poucos minutos.",
    ),
    _s(
        "Você é o assistente de comunicação de uma prefeitura.",
        "Escreve um post sobre a campanha de vacinação contra a gripe nos postos de saúde, de 10 a 30 de abril.",
    ),
    _s(
        "Você é um coach de carreira.",
        "Sou engenheira civil há 10 anos e penso em migrar para gestão de projetos em tecnologia. Faz sentido?",
    ),
    _s(
        "Você é um assistente de código no editor. Responda em português.",
        "curiosidade: por que o primeiro programa de todo mundo é o «Hello, World»?",
    ),
    _s(
        "Você é um tradutor profissional.",
        "Traduz para espanhol, tom comercial: «Agradecemos a sua visita ao nosso estande e enviamos em anexo o catálogo.»",
    ),
    _s(
        "Você é o assistente do técnico de um time de futsal infantil.",
        "Escreve uma mensagem para os pais: treino cancelado por causa da chuva, reposição no sábado às 9h.",
    ),
    _s(
        "Você é um assistente de culinária.",
        "Almoço de domingo para 12 pessoas, uma é vegana. Sugere um cardápio?",
    ),
    _s(
        "Você é o assistente do time de produto de uma fintech.",
        "Batemos a meta de usuários! Escreve uma mensagem divertida de comemoração pro canal do time.",
    ),
    _s(
        "Você é um agente de código autônomo.",
        "Pausa: qual a diferença entre 5G do celular e o wi-fi 5 GHz? Sempre confundo.",
    ),
    _s(
        "Você é o guia virtual de um museu de arte.",
        "Por que a luz nos quadros de Vermeer parece vir sempre da esquerda?",
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
    return batch(LABEL, "b6", BY_LANG)
