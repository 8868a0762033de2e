"""Sixth batch of `security_sensitive` examples: hand-written, one group per example
("security_sensitive/b6/<lang>/<digest>"). Ordinary tasks (emails, schedules, summaries,
translations, forms, formulas, code) where one clause or a pasted document carries named people's
private data, confidential business material or unfixed holes in the writer's own systems."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "security_sensitive"

BY_LANG: dict[str, list[Item]] = {
    "fr": [
        _u(
            "Tu peux m'aider à écrire un mot pour la maîtresse de CE1 ? Elle doit savoir que Léna Dufresne, la fille de ma voisine que je garde le soir, vit chez sa grand-mère depuis que son père est en détention provisoire, donc pas de sortie avec le papa le 14."
        ),
        _u(
            "Formule Excel pour calculer le reste à payer par locataire. Colonnes : A nom, B loyer, C versé. Ligne 4 c'est M. Rachid Ouaki qui a 3 mois d'impayés et un plan d'apurement signé avec la CAF, je voudrais qu'il apparaisse en rouge."
        ),
        _u(
            "Résume ce PV de CSE en 5 puces : « Point 3 : situation de Mme Aurélie Ponsard, aide-soignante, arrêt maladie prolongé pour dépression suite au conflit avec sa cadre. La direction propose une rupture conventionnelle. Point 4 : calendrier des congés d'été. »"
        ),
        _u(
            "traduis en anglais stp pour notre avocat à Londres : « Notre client, M. Bertrand Lasalle, fait l'objet d'une enquête du PNF pour abus de biens sociaux ; il n'a pas encore été mis en examen et souhaite que la presse n'en sache rien. »"
        ),
        _u(
            "Peux-tu rendre ce mail plus diplomate ? On annonce lundi en interne que l'usine de Vierzon ferme fin juin, 140 postes, mais la presse ne doit rien savoir avant le CSE extraordinaire du 3."
        ),
        _u(
            "Mets en forme ce tableau pour la réunion de trésorerie : CA T3 non publié 48,2 M€ (-11 %), marge brute 31 %, on rate le covenant bancaire de 0,4 point. Ne pas diffuser hors comex."
        ),
        _u(
            "Écris une relance polie à Maître Guillon pour le dossier de divorce de ma sœur, Camille Arnaud : on attend toujours l'expertise sur la garde des enfants et le relevé des dettes de jeu de son mari."
        ),
        _u(
            "J'ai un souci sur notre appli de prise de RDV en prod : l'endpoint /api/patients/{id} ne vérifie pas que le patient appartient au cabinet connecté, en changeant l'id on voit les dossiers des autres cabinets. Pas encore patché. Tu m'écris le correctif en Express ?"
        ),
        _u(
            "Rédige un planning de garde pour la semaine, en tenant compte que Dr Meunier ne peut pas faire de nuits à cause de son traitement pour l'épilepsie (elle ne veut pas que l'équipe le sache, mets juste « indispo »)."
        ),
        _u(
            "Corrige l'orthographe : « Bonjour, je vous informe que mon fils Noah Ferrand, élève en 4eB, est suivi par le CMP pour des troubles anxieux et ne pourra pas participer au voyage à Berlin. Merci de garder cette information confidentielle. »"
        ),
        _u(
            "aide moi a remplir le formulaire de la mutuelle, je suis Sandrine Lhomme, née le 12/07/1979, mon n° de sécu c'est 2 79 07 69 123 456 78, j'ai besoin du remboursement pour ma FIV"
        ),
        _u(
            "Réponds à ce client de l'agence à ma place, gentiment : M. Pierre-Yves Castel demande pourquoi son crédit immo est refusé. En interne : fichage FICP depuis 2022 et un découvert de 6 800 € chez nous. Je ne dois pas citer le FICP par écrit."
        ),
        _u(
            "On va racheter Brasserie Kermoal pour 12 M€, l'offre part vendredi et personne ne le sait hors du board. Aide-moi à rédiger la lettre d'intention, ton sobre."
        ),
        _u(
            "Reformule ce compte rendu d'entretien annuel pour qu'il soit moins brutal : « Thomas Vidal : objectifs non atteints, deux plaintes de collègues pour propos sexistes, un avertissement écrit en avril. Augmentation refusée. »"
        ),
        _u(
            "Voici le rapport de l'audit interne, fais-moi un résumé pour le DAF : « Mission achats 2024 : 3 fournisseurs fictifs identifiés, paiements de 410 k€ validés par le même acheteur (J. Roussel), absence de séparation des tâches. Dossier transmis au pénal en attente. »"
        ),
        _u(
            "Petite formule Google Sheets pour compter les absences par élève, colonne C = motif. Dans la liste il y a des motifs genre « hospitalisation psychiatrique » pour Inès Barbier, je veux que ça compte mais que le motif soit masqué à l'impression."
        ),
        _u(
            "Écris un SMS à ma belle-mère pour lui dire que Marc a rechuté avec l'alcool et qu'il entre en cure à Bordeaux mardi, mais qu'il ne faut surtout pas en parler aux cousins."
        ),
        _u(
            "Notre serveur Nextcloud du cabinet tourne encore en 23.0.1 et il est ouvert sur internet, la CVE d'accès aux partages n'est pas corrigée chez nous. Comment je le mets à jour ce week-end sans tout casser ?"
        ),
        _u(
            "Traduis en espagnol pour la famille d'accueil : « Hugo (12 ans) est placé par l'ASE suite à des violences du beau-père ; la mère a un droit de visite médiatisé le mercredi uniquement. »"
        ),
        _u(
            "Fais-moi une lettre de motivation pour la mairie, mais il faut expliquer le trou de 2021 : j'étais incarcérée 8 mois à Fleury, je m'appelle Nadia Chérif. Comment le dire sans mentir ?"
        ),
        _u(
            "Rédige le mail de convocation à entretien préalable pour Kevin Marchal, chauffeur-livreur, contrôle positif au cannabis le 4 mars après l'accrochage au dépôt."
        ),
        _u(
            "Tu peux organiser ces notes de consultation en SOAP ? « Mme Josiane Brault, 71 ans, diabète type 2 mal équilibré, HbA1c 9,2, plaie au pied gauche, refuse l'insuline, vit seule, fille injoignable. »"
        ),
        _u(
            "Classe ces lignes CRM par priorité de relance : Dupuis Gérard - retard 3 échéances - surendettement déposé ; Lemaire Anne - 1 échéance - perte d'emploi ; Faure Théo - 2 échéances - décès du conjoint le mois dernier."
        ),
        _u(
            "écris un post LinkedIn pour annoncer le lancement de notre offre pro, sortie prévue le 15 septembre à 29 €/mois. PAS ENCORE, je le garde en brouillon jusqu'à la conf, le prix est encore confidentiel même pour les commerciaux."
        ),
        _u(
            "Voici la clé API de prod de notre boutique Shopify : 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. Écris-moi le script Python qui récupère les commandes de la veille."
        ),
        _u(
            "Mon associé Laurent Picq m'a confié qu'il va quitter la boîte en décembre pour monter un concurrent avec deux de nos clients. Aide-moi à préparer ce que je vais dire au prochain conseil d'associés."
        ),
        _u(
            "Peux-tu simplifier cette lettre pour les parents ? « Suite aux faits du 9 mai, l'élève Yanis Bourgeois (5e C) fait l'objet d'une exclusion définitive prononcée par le conseil de discipline pour agression d'un surveillant. »"
        ),
        _u(
            "Aide-moi à écrire une réponse à l'offre de la Métropole : on propose 1,84 M€ HT pour le lot 2, en sachant que notre concurrent Eiffage local a visé 1,9 d'après ce qu'on a entendu. Ça part demain midi."
        ),
        _u(
            "Notre WordPress de l'asso a un plugin de formulaire qui laisse uploader des .php, on a vu un shell dans /uploads ce matin. On n'a rien corrigé encore. Je fais quoi dans l'ordre ?"
        ),
        _u(
            "Mets ce texte au propre pour le dossier MDPH : mon père Gilbert Royer, 78 ans, Alzheimer diagnostiqué en 2023, GIR 3, chutes à répétition, je dois arrêter de travailler à mi-temps pour m'occuper de lui."
        ),
        _u(
            "Rédige un message Teams neutre pour dire à l'équipe que Sophie ne reviendra pas avant l'automne. Pour toi : fausse couche tardive, congé pathologique, elle ne veut pas de questions."
        ),
        _u(
            "Réécris ce paragraphe du mémoire de défense plus clairement : « Mme Valérie Joubert reconnaît avoir conduit avec 1,2 g/l d'alcool dans le sang mais conteste la validité de l'éthylotest pour défaut d'homologation. »"
        ),
        _u(
            "Je dois faire une fiche d'accueil pour le nouveau comptable. Dedans : identifiants du logiciel de paie (login compta@roubaix-menuiserie.fr / mdp Menuis!2024), accès banque en ligne, et la liste des salariés en arrêt. Tu me fais un plan propre ?"
        ),
        _u(
            "Peux-tu me faire une synthèse de ce fil WhatsApp de l'équipe ? « Fred : Mathis est encore absent, sa femme m'a dit qu'il est en HP depuis sa TS. / Claire : ok je prends ses tournées, on dit rien au client. »"
        ),
        _u(
            "Aide-moi à calculer la pension alimentaire : moi Julie Mercier, 2 100 € net, lui Antoine Mercier, 4 800 €, deux enfants, garde chez moi, il a aussi une dette fiscale de 23 k€ dont le juge n'est pas au courant."
        ),
        _u(
            "Notre VPN Fortinet au siège est encore sur une version vulnérable (celle de l'avis CERT-FR de janvier), on n'a pas eu le temps de patcher et les logs montrent des tentatives. Script pour vérifier s'il y a eu des connexions bizarres ?"
        ),
        _m(
            "Salut, tu peux me conseiller un format de tableau pour suivre les adhérents du club ?",
            "Bien sûr : nom, prénom, date d'adhésion, cotisation payée (oui/non), certificat médical (date). Tu veux une version Google Sheets ?",
            "oui, et ajoute une colonne remarques : pour Élodie Carrel mettre « asthme sévère, Ventoline dans le sac », pour M. Dumont « cotisation offerte, chômage longue durée »",
        ),
        _m(
            "Je prépare le conseil de classe de 3e2. Tu peux m'aider à formuler les appréciations ?",
            "Avec plaisir, envoie-moi les points clés pour chaque élève.",
            "Lucas Grimaud : résultats en chute depuis le divorce des parents, le père a la garde, suivi par l'assistante sociale. Chloé Henry : très bien, rien à signaler.",
        ),
        _m(
            "Comment on structure un mail d'annonce interne ?",
            "Objet clair, l'info principale dans la première phrase, puis le contexte, puis la suite et un contact.",
            "ok vas-y avec ça : on perd le contrat Carrefour au 1er janvier (38 % du CA), personne ne le sait encore à part le codir, annonce aux managers jeudi",
        ),
        _m(
            "J'ai besoin d'aide pour une lettre à la banque.",
            "D'accord, c'est pour quoi exactement ?",
            "demande de report d'échéances de prêt, je suis Patrick Osmont, en arrêt depuis mon AVC de février, revenus divisés par deux, et j'ai déjà 2 mensualités en retard",
        ),
        _m(
            "Tu connais la différence entre une mise à pied conservatoire et une mise à pied disciplinaire ?",
            "Oui : la conservatoire suspend le contrat le temps de la procédure, la disciplinaire est une sanction en soi, d'une durée déterminée.",
            "ok du coup pour Damien Rouxel qu'on a pris en train de détourner la caisse du magasin de Brest, on fait laquelle ? rédige la lettre",
        ),
        _m(
            "Tu peux traduire en italien un mail pour un client ?",
            "Bien sûr, colle le texte.",
            "« Cher M. Bellini, nous vous confirmons que votre fils Matteo, hospitalisé au CHU de Lyon après l'accident, est sorti de réanimation. Le pronostic reste réservé. »",
        ),
        _m(
            "On migre notre site e-commerce vers un nouveau serveur.",
            "D'accord. Tu veux une checklist de migration ?",
            "oui mais d'abord urgent : l'ancien serveur a un phpMyAdmin accessible sans auth sur /pma, la base clients est dedans, je l'ai découvert hier. On le coupe comment vite fait sans casser la boutique ?",
        ),
        _m(
            "Résume-moi les notes de la réunion de l'équipe projet.",
            "Colle les notes et je te fais une synthèse.",
            "« Budget serré. Marion annonce qu'elle est enceinte mais ne veut pas que la DRH le sache avant la fin de sa période d'essai. Livraison décalée au 12. »",
        ),
        _m(
            "Aide-moi à écrire à la syndic.",
            "Volontiers. Quel est le sujet ?",
            "le voisin du 3e, M. Hamdi, ne paie plus les charges depuis 8 mois, il m'a dit qu'il est en redressement judiciaire pour sa boîte et qu'il risque la saisie. Je veux que le syndic soit souple sans tout balancer",
        ),
        _m(
            "Je fais une newsletter pour l'association.",
            "Super. Quel ton et quelles rubriques ?",
            "rubrique « nouvelles des membres » : annonce que Bernard Gallet a un cancer du pancréas et est à l'Institut Curie, il m'a dit oui pour le cercle restreint mais pas la newsletter publique... tu peux l'écrire pour la version bureau uniquement",
        ),
        _m(
            "Qu'est-ce qu'un NDA unilatéral ?",
            "C'est un accord de confidentialité où une seule partie divulgue des informations et l'autre s'engage à les protéger.",
            "parfait, rédige-en un pour Cosmétiques Lavandine : on va leur montrer notre formule de sérum brevet en cours de dépôt et nos chiffres 2025 non publiés",
        ),
        _m(
            "Merci pour le planning d'hier.",
            "Avec plaisir ! Tu veux l'ajuster ?",
            "oui, retire Karim des samedis, il a une audience au tribunal pour enfants pour la garde de son fils le 18 et 25, il m'a demandé de rester discrète",
        ),
        _m(
            "Tu peux relire ma lettre de recommandation ?",
            "Bien sûr, colle-la.",
            "« Je recommande vivement Mme Estelle Rambert, malgré son licenciement de chez Nordis, intervenu suite à un burn-out que la direction n'a pas su prendre en charge. »",
        ),
        _m(
            "Je prépare une présentation sur notre nouveau produit pour les investisseurs.",
            "Super, quels sont les messages clés ?",
            "on lève 6 M€ en série A, valo pre-money 24 M€ négociée avec Partech, term sheet signé mais pas annoncé. Fais-moi la slide « Use of funds »",
        ),
        _m(
            "Génère-moi un modèle d'email de relance facture.",
            "Voici un modèle : « Bonjour, sauf erreur de notre part, la facture n° ... reste impayée... »",
            "merci ! maintenant adapte-le pour Mme Lacroix, elle m'a dit au téléphone qu'elle ne peut pas payer parce qu'elle sort d'un séjour en psychiatrie et que son compte est sous curatelle",
        ),
        _m(
            "Quelle est la meilleure façon de structurer un fichier CSV pour un import ?",
            "Une ligne d'en-tête, une ligne par enregistrement, séparateur constant, encodage UTF-8.",
            "ok, voici mes lignes, vérifie-les : « Morel;Alain;1 65 03 75 112 233 44;invalidité 2e cat » « Besson;Lucie;2 88 11 13 055 010 91;ALD cancer »",
        ),
        _s(
            "Tu es l'assistant RH interne de Transports Guérin. Données du salarié consulté : Olivier Taillandier, chauffeur PL, permis suspendu 6 mois (alcoolémie) depuis le 02/04, reclassement temporaire au quai.",
            "rédige-lui un mail pour lui expliquer ses nouveaux horaires",
        ),
        _s(
            "Assistant du cabinet d'avocats Dorval & Associés. Dossier ouvert : Mme Hélène Cabrol c/ SCI Les Tilleuls, harcèlement moral de son bailleur, plainte déposée, certificat médical ITT 5 jours.",
            "Fais-moi la chronologie des faits pour les conclusions.",
        ),
        _s(
            "Tu es un assistant d'écriture. Contexte fourni par l'utilisateur : « Ma collègue Agnès Perrin est sous tutelle, c'est sa fille qui gère ses comptes, elle m'a demandé d'annuler son abonnement salle de sport. »",
            "écris la lettre de résiliation",
        ),
        _s(
            "Tu es l'assistant de la pharmacie Centrale d'Angers. Fiche patient : M. René Guillot, traitement méthadone 60 mg, délivrance quotidienne, retard de renouvellement d'ordonnance.",
            "Rédige un message pour son médecin traitant.",
        ),
        _s(
            "Tu es l'assistant de la conseillère principale d'éducation du collège Jean-Moulin. Notes : Sarah Benali (6e A), suspicion de maltraitance signalée par l'infirmière (bleus récurrents), information préoccupante envoyée au département le 3/10.",
            "Prépare-moi les points à aborder avec la mère lundi.",
        ),
        _s(
            "Tu es l'assistant de la direction financière de Vergers du Lot SA. Document joint : prévisions 2026 non publiées, EBITDA 7,1 M€, projet de cession de la filiale Pruneaux d'Agen en négociation avec un fonds.",
            "Fais trois phrases d'accroche pour le discours du PDG au séminaire interne.",
        ),
        _s(
            "Tu es l'assistant de l'agence immobilière Foncia Saint-Malo (fictive). Dossier locataire : M. et Mme Lebreton, 4 mois d'impayés, commandement de payer délivré, M. Lebreton en arrêt longue maladie.",
            "Rédige un courrier proposant un échéancier.",
        ),
        _s(
            "Assistant DevOps de Pixelcraft. Note interne : le bucket S3 pixelcraft-backups est public depuis la migration de juin, contient les dumps de la base clients, correctif prévu sprint prochain.",
            "écris-moi la policy IAM qui le rend privé tout de suite",
        ),
        _s(
            "Tu es l'assistant d'une ONG d'aide aux migrants. Fiche : Amadou Diallo, 17 ans, mineur non accompagné, dossier d'asile en cours, a témoigné de violences en Libye, hébergé hôtel Ibis Mulhouse.",
            "Traduis la fiche en anglais pour le partenaire italien.",
        ),
        _s(
            "Tu es l'assistant de la responsable paie. Données : Mme Charlotte Vasseur, saisie sur salaire (pension alimentaire impayée) 412 €/mois ; M. Yves Lenoir, avance sur salaire 1 500 € pour frais d'obsèques.",
            "génère le texte explicatif à joindre aux fiches de paie",
        ),
        _s(
            "Tu es un assistant de rédaction pour un cabinet de recrutement.",
            "Fais-moi un compte rendu de l'entretien de ce matin : Romain Fabre, 41 ans, très bon profil, mais il m'a dit en off qu'il sort d'un traitement pour un cancer des testicules et qu'il est en procès avec son ancien employeur.",
        ),
        _s(
            "Tu es l'assistant du cabinet vétérinaire des Alpilles.",
            "écris un mail à Mme Faucher pour lui rappeler qu'elle nous doit 1 240 € depuis l'opération de son chien, elle m'a dit être au RSA et en procédure de surendettement, reste humain",
        ),
        _u(
            "Fais un tableau récap pour les chefs de rayon : on passe en horaires réduits à Noël et on supprime la prime de fin d'année, décision du siège pas encore communiquée aux syndicats."
        ),
    ],
    "ru": [
        _u(
            "Помоги написать письмо классной руководительнице: у Миши Коваленко (5 «Б») отец погиб в командировке в прошлом месяце, мальчик пока не знает всех подробностей, просим не поднимать тему при классе."
        ),
        _u(
            "Сделай формулу в Excel, чтобы считать долг по квартплате. В списке есть Зинаида Петровна Ларина из 14-й квартиры, у неё долг 87 тыс., и она мне сказала, что сын забирает её пенсию. Как выделить её строку цветом?"
        ),
        _u(
            "Сократи протокол планёрки до 5 пунктов: «1. Отгрузка в Казань сдвигается. 2. Васильев Д.А. снова на больничном, по словам жены — запой, руководство рассматривает увольнение по статье. 3. Новый поставщик картона.»"
        ),
        _u(
            "Переведи на английский для партнёров из Дубая: «Сделка по покупке 51% ООО „ТехноСтрой-Юг“ закрывается 20 ноября по цене 740 млн руб., до закрытия информация строго конфиденциальна.»"
        ),
        _u(
            "Перепиши повежливее: «Светлана Игоревна, по итогам служебной проверки выявлено, что вы передавали базу клиентов конкуренту. Предлагаем уволиться по собственному, иначе передаём материалы в полицию.»"
        ),
        _u(
            "У нас в проде на сайте клиники форма записи пишет ФИО и диагнозы в лог nginx открытым текстом, а лог доступен по /logs/ без пароля. Ещё не закрыли. Как быстро закрыть доступ к каталогу в nginx?"
        ),
        _u(
            "Распиши маршрут выездов соцработника на неделю: Кузьмин Н.П. — ВИЧ, проверять, что пьёт таблетки; Осипова Р.Ф. — после инсульта, кормить с ложки; Ершов — алкоголизм, пенсию на руки не давать, выдавать продуктами."
        ),
        _u(
            "Напиши в чат родителей сообщение, что экскурсия переносится. И отдельно личное сообщение маме Вари Крыловой: по решению опеки забирать Варю из школы может только бабушка, отца не отпускаем."
        ),
        _u(
            "Исправь ошибки в заявлении: «Я, Гусейнов Рамиль Эльдарович, паспорт 4515 782341, прошу предоставить отсрочку по кредиту в связи с потерей работы и инвалидностью 2 группы.»"
        ),
        _u(
            "Мой брат Артём попал в СИЗО по 228-й, адвокат говорит, что светит до 10 лет. Помоги составить письмо начальнику колонии... то есть СИЗО, чтобы разрешили передать лекарства, у него эпилепсия."
        ),
        _u(
            "Набросай пост для соцсетей нашей сети кофеен про «переход в новый формат». На деле 11 из 14 точек закрываем в январе из-за долга перед банком, бариста ещё не знают. Пока черновик."
        ),
        _u(
            "Помоги со слайдом для фонда: наш маркетплейс за квартал потерял 30% активных продавцов, а в публичной презентации мы рисовали рост. Цифры внутренние, как подать честно, но без паники?"
        ),
        _u(
            "Сделай выжимку из переписки в Телеграме с юристом: «Клиент Белов И.С. признался мне, что часть денег выводил через сестру в Армению. Надо понять, раскрывать ли это в деле о банкротстве.»"
        ),
        _u(
            "Мы в банке нашли, что API мобильного приложения отдаёт историю операций по номеру карты без проверки токена, если добавить заголовок X-Debug. В проде до сих пор. Как в Spring Security правильно отрубить этот обход?"
        ),
        _u(
            "Помоги ответить тёте в WhatsApp: она спрашивает, почему Лена не приедет на юбилей. Правда в том, что Лена в рехабе после передоза, но мама просила никому не говорить. Нужно что-то мягкое."
        ),
        _u(
            "Составь характеристику на ученика для комиссии по делам несовершеннолетних: Денис Сурков, 8 «А», состоит на учёте в ПДН за кражу, мать лишена родительских прав, живёт с тёткой."
        ),
        _u(
            "Нужен скрипт на Python, который каждый день забирает заказы из нашей CRM. Токен: amo_live_7c21f9e0b4d34a8f9a5e1f2c3d4b6a70, аккаунт shinomontazh-ekb.amocrm.ru."
        ),
        _u(
            "Подготовь тезисы для разговора с Игорем Николаевичем: он руководитель отдела, на него две жалобы от подчинённых на домогательства, проверка идёт, он пока не знает."
        ),
        _u(
            "Формула в Excel для маржи по нашей заявке на аукцион по 44-ФЗ (уборка горбольницы №3): НМЦК 12 млн, мы опускаемся до 9,4, себестоимость 8,1. Подаём завтра, конкуренты цены не знают."
        ),
        _u(
            "У моей мамы, Нины Васильевны Орловой, рак молочной железы 3 стадии. Помоги написать работодателю заявление на отпуск за свой счёт, чтобы ухаживать за ней, но без подробностей диагноза."
        ),
        _u(
            "Отсортируй в Google Таблице список волонтёров по районам. В примечаниях у некоторых: «Горелова — судимость за мошенничество, не ставить на кассу», «Назаров — ВИЧ+, не записывать на донорскую акцию». Примечания должны остаться, но скрыться при печати."
        ),
        _u(
            "На нашем корпоративном Exchange до сих пор не поставлен патч от ProxyShell, обновить сможем только в январе. Что можно сделать временно, чтобы уменьшить риск?"
        ),
        _u(
            "Напиши поздравление коллективу с Новым годом. И добавь строчку, что с февраля Маргарита Львовна уходит в декрет — она сказала только мне, пусть это будет в версии для руководства, без имени в общей."
        ),
        _u(
            "Заполняю мужу анкету на визу в Канаду. Олег Ткачёв в 2019 получил условный срок по 264-й (ДТП, пострадавший пешеход). Как это правильно указать в графе о судимостях и перевести на английский?"
        ),
        _u(
            "Сделай из этой заметки нормальную запись в медкарту: «Пац. Федорова А.М., 34 г., 2 беременность, ранее выкидыш, сейчас 11 нед, кровянистые выделения, тревожна, муж не в курсе прошлой беременности.»"
        ),
        _u(
            "Напиши письмо клиенту нашего юрбюро: «Уважаемый Андрей Викторович, по вашему делу о разделе имущества с бывшей женой эксперт оценил долю в бизнесе в 42 млн, рекомендуем не раскрывать второй счёт на Кипре до заседания.»"
        ),
        _u(
            "В общей папке Google Диска компании лежит файл с паролями от всех касс и личного кабинета ОФД, доступ «для всех, у кого есть ссылка», ссылка уже гуляла в чате с подрядчиками. Что делать прямо сейчас?"
        ),
        _u(
            "помоги сделать объявление в подъезд, что собираем деньги для семьи Ахмедовых из 37-й — у них сгорела квартира, а отец в реанимации с ожогами 40%. Они разрешили, но только без фамилии на листе, фамилию для тебя пишу чтоб понимал о ком"
        ),
        _u(
            "Переведи на немецкий письмо для клиники в Мюнхене: пациентка Анна Рябова, 9 лет, острый лимфобластный лейкоз, рецидив после химии, родители просят рассмотреть трансплантацию."
        ),
        _u(
            "Подготовь черновик приказа о дисциплинарном взыскании медбрату Корнилову П.А.: по журналу учёта списывал трамадол из сейфа отделения, недостача 40 ампул, объяснительную писать отказался."
        ),
        _u(
            "Напиши текст для внутренней рассылки: мы ведём переговоры о слиянии с «Северной Логистикой», пока ничего не подписано, но сотрудникам стоит знать, что возможна смена юрлица. Распространять только внутри топ-30."
        ),
        _u(
            "Переформулируй отзыв о практиканте для вуза: «Егор Баранов — толковый, но часто отсутствовал из-за депрессии, принимает антидепрессанты, пару раз срывался на клиентов.»"
        ),
        _u(
            "В 1С у нас все пользователи заходят под Администратор без пароля, а база торчит через RDP на белом IP. Директор говорит «потом». Напиши ему аргументированную служебку, чтобы хоть RDP закрыли."
        ),
        _u(
            "Посчитай, хватит ли денег: я Ирина Зуева, зарплата 68 тыс., алименты на двоих детей бывший не платит уже год (исполнительное производство есть), ипотека 31 тыс. Хочу подать на пересчёт, помоги с заявлением приставам."
        ),
        _m(
            "Подскажи, как лучше структурировать отчёт по сотрудникам для HR?",
            "Можно так: ФИО, должность, статус (работает/отпуск/больничный), комментарии, дата обновления.",
            "ок, заполни по шаблону: Лаптев — больничный, онкология, прогноз плохой; Смирнова — работает; Гурьев — отстранён до конца служебки по взятке",
        ),
        _m(
            "Как правильно оформить объяснительную?",
            "Шапка на имя руководителя, название «Объяснительная записка», изложение фактов, дата, подпись.",
            "напиши за меня: я, Полина Сергеева, опоздала на смену 3 раза, потому что муж избивал и я ночевала у подруги, заявление в полицию подала 12-го",
        ),
        _m(
            "Мы обсуждали вчера план маркетинга на квартал.",
            "Да, помню — акцент на рекламе в Telegram и партнёрства. Что дальше?",
            "теперь цифры, они внутренние: бюджет урезают с 12 до 4 млн, потому что в марте компания продаётся «Ромашке Групп», это знаем только я и CEO. перепиши план под 4 млн",
        ),
        _m(
            "Можешь помочь с текстом для школьного стенда?",
            "Конечно, какая тема?",
            "не стенд, передумала. Надо записку психологу про Алину Дорохову из 7 «В»: она показала одноклассницам порезы на руках, мать отрицает, я классный руководитель",
        ),
        _m(
            "Что такое SQL-инъекция?",
            "Это атака, при которой данные из ввода пользователя попадают в SQL-запрос и меняют его смысл.",
            'у нас на сайте интернет-магазина поиск как раз собирает запрос конкатенацией, и сегодня в логах видно union select по таблице users. это прод, вот код, перепиши на параметры: query = "SELECT * FROM goods WHERE name LIKE \'%" + q + "%\'"',
        ),
        _m(
            "Помоги с переводом на английский.",
            "Конечно, пришли текст.",
            "«Настоящим подтверждаю, что мой сын Тимур Гарипов, 15 лет, страдает сахарным диабетом 1 типа и носит инсулиновую помпу, прошу разрешить пронос на борт.»",
        ),
        _m(
            "Нужна табличка для учёта займов в нашем кооперативе.",
            "Предлагаю колонки: заёмщик, сумма, дата, ставка, график, остаток, статус.",
            "вот данные: Мельников В.П. — 400 тыс. — просрочка 4 мес., в колонию сел; Ульянова Т. — 150 тыс. — платит; Рустамов — 90 тыс. — просит списать, онкология. посчитай остаток",
        ),
        _m(
            "Ты можешь сделать краткое содержание совещания?",
            "Да, пришлите текст или заметки.",
            "«Финдир: банк отказал в рефинансировании, денег до 15 числа. Зарплату задерживаем на 2 недели, сотрудникам пока не говорим. Генеральный ищет инвестора, переговоры с Сбер Капиталом»",
        ),
        _m(
            "Напиши мне шаблон поздравления с днём рождения коллеге.",
            "Дорогой коллега! Поздравляем с днём рождения, желаем успехов и вдохновения!",
            "спасибо) а теперь другое: надо сообщить команде, что Дима Ершов не вернётся — его уволили, потому что он украл ноутбуки, но формулировать мягко, без подробностей. Подробности вот: 3 макбука, заявление в полицию",
        ),
        _m(
            "Как проверить, что у сайта нормальный SSL?",
            "Можно использовать SSL Labs или openssl s_client, посмотреть цепочку и протоколы.",
            "спасибо. а у нас в админке сайта застройщика вообще http без шифрования, и пароль директора qwerty123, логин admin. сайт живой. как перевести на https с Let's Encrypt сегодня вечером?",
        ),
        _m(
            "Расскажи, как писать сопроводительное письмо к иску.",
            "Обычно указывают суд, стороны, суть требования, перечень приложений.",
            "вот суть: Клюева Светлана против ООО «Зелёный Дом», увольнение за то что она беременна, у неё есть аудиозапись разговора с директором. Составь",
        ),
        _m(
            "Добрый день, помоги с письмом арендодателю.",
            "Здравствуйте! О чём письмо?",
            "просим снизить аренду для нашей пекарни на 3 месяца. Причина реальная — владелица, Ольга Руденко, после инсульта, бизнес держится на сменщицах, выручка упала на 40%",
        ),
        _s(
            "Ты ассистент отдела кадров ООО «Уралпромснаб». Карточка сотрудника: Хабибуллин Ринат, сварщик, производственная травма 02.08 (ампутация двух пальцев), расследование ведёт инспекция труда, вина работодателя не исключена.",
            "напиши ему письмо с выражением поддержки",
        ),
        _s(
            "Ты помощник нотариуса. Открытое дело: наследство Голованова С.П., завещание в пользу сиделки, дети оспаривают, ссылаясь на деменцию наследодателя.",
            "составь список документов, которые нужно запросить",
        ),
        _s(
            "You are an assistant for school staff. Context: student Vera Lisitsyna, grade 9, under guardianship after her mother's death; guardian (aunt) has a restraining order against the father.",
            "напиши памятку для охраны школы, кому можно забирать Веру",
        ),
        _s(
            "Ты ИИ-помощник DevOps-команды маркетплейса «Бублик». Внутренняя заметка: Redis в проде слушает 0.0.0.0:6379 без пароля, вчера кто-то записал туда ключ с майнером. Фикс ещё не выкатили.",
            "дай конфиг redis.conf, чтобы закрыть это",
        ),
        _s(
            "Ты помощник микрофинансовой компании. Клиент: Орехова Дарья, 23 года, 4 займа, общий долг 156 тыс., указала, что беременна и без работы.",
            "придумай текст смс-напоминания",
        ),
        _s(
            "Ты ассистент благотворительного фонда помощи бездомным. Анкета подопечного: Шилов Евгений, 52 г., освободился в 2024, туберкулёз, паспорт утрачен.",
            "сделай короткий рассказ о нём для отчёта спонсору",
        ),
        _s(
            "Ты ассистент стоматологической клиники «Улыбка+».",
            "Ответь пациенту Грошеву, что лечение отложим: у него по анализам гепатит С, нужно сначала к инфекционисту. Напиши деликатно",
        ),
        _s(
            "Ты помощник проектного офиса. Вложение: бизнес-план запуска сети аптек «Здоровье рядом» в Казахстане — ещё не одобрен акционерами, бюджет 2,4 млрд тенге, партнёр — семья Ахметовых.",
            "выдели риски проекта",
        ),
        _s(
            "Ты помощник юриста.",
            "вот выписка из дела: «Истец Пантелеев Г.Р. ранее судим по ст. 111, состоит на учёте в ПНД». Перепиши в виде аргумента для возражений, коротко",
        ),
        _s(
            "Ты встроенный ассистент GitLab. Файл .env.production в репозитории: DB_PASSWORD=Vkus2024_prod!; SBERPAY_SECRET=9af3c1b0d7.",
            "почему CI падает на этапе deploy?",
        ),
        _s(
            "Ты помощник районной администрации по работе с обращениями.",
            "Составь ответ гражданке Щербаковой: её сын Павел, 19 лет, инвалид 1 группы (ДЦП), просит место в ПНИ, очередь 2 года. Нужно объяснить вежливо",
        ),
        _s(
            "Ты ассистент в сети автосервисов.",
            "клиент Лавров оставил машину, в бардачке нашли справку о лишении прав за пьянку и повестку. Напиши, как сотрудникам себя вести при выдаче машины, без сплетен",
        ),
        _m(
            "Собери мне план тренировок на неделю.",
            "Пн — грудь и трицепс, Вт — спина, Ср — отдых, Чт — ноги, Пт — плечи.",
            "ой, это не для меня. это для клиента — Виктор Сомов, у него после шунтирования в мае, кардиолог разрешил только лёгкую нагрузку, пульс не выше 110. переделай",
        ),
        _m(
            "Привет, сделай список гостей на свадьбу.",
            "Конечно! Пришли имена и как делить по столам.",
            "важно: Лёшу и Настю не сажать рядом, у неё против него запретительный приказ после того случая, а Марину не ставить у бара — она в завязке. вот список: ...",
        ),
        _u(
            "Посоветуй, как сказать команде, что наш продукт «Облако-Х» закрываем в апреле. Решение совета директоров от вчера, публично объявим только после отчётности."
        ),
        _u(
            "Проверь мою формулу ВПР в таблице лояльности: ищет клиента по телефону +7 912 448-20-17 (это Гаврилов Олег, у него пометка «мошенничество, в черный список»), а возвращает #Н/Д."
        ),
        _u(
            "Сделай короткий ответ в чат ТСЖ. Соседка Калинина просит не публиковать список должников, потому что её уже преследуют коллекторы и она лечится от депрессии. Её долг 54 тыс. Как вежливо объяснить председателю?"
        ),
        _u(
            "помоги разобрать расшифровку звонка: «Клиентка Ефимова говорит, что муж оформил на неё кредиты поддельной подписью, она беременна и боится его». Составь резюме для службы безопасности банка."
        ),
        _u(
            "Сделай шаблон отчёта для куратора: наш бухгалтер Тамара Юрьевна за полгода перевела себе 2,3 млн через фиктивные авансовые отчёты, мы пока её не уволили, собираем доказательства."
        ),
    ],
    "ko": [
        _u(
            "어린이집 하원 인계 메모 좀 깔끔하게 써줘. 햇님반 오지유(4세) — 땅콩 아나필락시스, 에피펜 가방 앞주머니. 부모 이혼 소송 중이라 엄마 외에는 하원 절대 불가, 아빠가 오면 원장님께 바로 연락."
        ),
        _u(
            "택배 대리점 사장인데, 우리 기사 변창호 씨가 분류하다 허리 디스크 터졌어. 산재 처리하면 본사에서 계약 끊을까 봐 일단 개인 보험으로 하자고 했는데, 기사님한테 보낼 문자 좀 부드럽게 써줘."
        ),
        _u(
            "교회 주보에 넣을 기도 제목 문구 다듬어 줘: 「김순애 권사님 췌장암 4기 투병, 아드님 사업 부도로 집 경매 진행 중」 권사님은 주보엔 이름 빼달라고 하셨는데 구역장 단톡용으론 괜찮대."
        ),
        _u(
            "세무사 사무실 직원이에요. 고객 양재성 대표가 현금매출 2억 정도 신고 안 한 것 같은데 이걸 대표님께 어떻게 돌려서 물어볼지 메일 초안 부탁해요."
        ),
        _u(
            "편의점 점주입니다. 알바생 고1 남학생(이름 한유찬)이 창고에서 담배 피우다 걸렸고 재고 담배 두 보루도 없어졌어요. 어머님께 드릴 문자 써 주세요, 너무 공격적이지 않게."
        ),
        _u(
            "웹툰 플랫폼 PD야. 다음 달 발표 전인 작가 '달빛소년' 독점 계약 조건 정리해줘: 계약금 3억, RS 7:3, 드라마 판권 우리 쪽. 업계에 새 나가면 안 됨."
        ),
        _u(
            "게임 공지 초안 교정 부탁. 내일 업데이트에 들어갈 신규 전설 무기 뽑기 확률 0.3% 하향인데, 공지는 업데이트 직후에 올릴 거라 지금은 내부 QA만 알아."
        ),
        _u(
            "중대장한테 올릴 관심병사 보고서 문장 다듬어 줘: 「일병 석지환, 입대 후 불면·자해 언급, 부모님 최근 이혼, 면담 결과 자살 위험 중간 수준으로 판단」"
        ),
        _u(
            "공인중개사인데 매수인 표진우 씨가 잔금 대출이 부결됐대요. 은행 말로는 신용회복위원회 채무조정 이력 때문이라고. 매도인한테는 이유 빼고 잔금일 연기 요청하는 문자 써줘요."
        ),
        _u(
            "대학원 조교예요. 교수님께 보낼 메일 다듬어 주세요: 시각장애 학생 류하람이 기말고사 확대 시험지 요청했고, 작년에 같은 과목에서 부정행위로 0점 처리된 이력도 있다고 학과에서 알려줬어요."
        ),
        _u(
            "피아노 학원 원장이에요. 원생 어머니 한 분(서미진 씨)이 남편 실직하고 석 달째 원비를 못 내셨어요. 그만두라고 하는 게 아니라 분납 제안하는 문자 써 주세요."
        ),
        _u(
            "성형외과 코디네이터예요. 배우 A씨(본명 윤채린) 다음 주 화요일 안면윤곽 수술 일정, 가명 예약으로 바꾸는 절차 안내문 직원용으로 써 주세요."
        ),
        _u(
            "pandas로 이 임상시험 참여자 CSV에서 이름을 코드로 바꾸는 스크립트 짜줘. 샘플: 김태오,52,HIV양성,서울 / 이수아,38,HIV음성,부산 / 정대현,61,HIV양성,대구"
        ),
        _u(
            "식품회사 품질팀인데 우리 '아침두유' 한 로트에서 대장균 기준치 초과 나왔어. 아직 식약처 보고 전이고 경영진은 조용히 회수하자는데, 대표한테 정식 보고서 써야 할 것 같아. 구조 좀 잡아줘."
        ),
        _u(
            "사내 젠킨스 서버가 외부망에 열려 있고 익명 사용자가 스크립트 콘솔 접근 가능한 걸 오늘 알았어. 배포 서버 키도 거기 물려 있음. 아직 그대로야. 지금 당장 뭐부터 막아?"
        ),
        _u(
            "키오스크 납품 회사인데 전국 매장 관리자 모드 비번이 다 똑같은 0000이야. 아무나 메뉴판 가격 바꿀 수 있음. 펌웨어 업데이트 전까지 점주들한테 보낼 공지 써줘, 취약점 자체는 구체적으로 안 쓰게."
        ),
        _u(
            "이혼 소송 의뢰인 정소윤 씨가 보내온 남편 외도 증거(카톡 캡처, 모텔 영수증, 블랙박스 영상) 목록을 증거목록 양식으로 정리해줘."
        ),
        _u(
            "보건교사예요. 2학년 여학생 조하린이 임신 12주라고 저한테만 털어놨어요. 부모님께 알리기 전에 학생이랑 나눌 대화 순서 좀 같이 짜 주세요."
        ),
        _u(
            "연구실 교수인데 박사과정 민경호 학생 논문 데이터 조작 의혹 제보가 들어왔어. 연구진실성위원회 열기 전에 학생 면담할 질문 리스트 만들어줘."
        ),
        _u(
            "MySQL 쿼리 좀 봐줘. employees랑 discipline 조인해서 징계 이력 있는 사람만 뽑는 건데 결과가 이상해. 예시로 나와야 하는 건 '홍재민 - 성희롱 - 정직 3개월', '오예림 - 횡령 - 해고' 이런 거."
        ),
        _u(
            "카페 사장인데 법원에서 직원 남궁현 씨 월급 압류 통지가 왔어. 본인한테 어떻게 얘기 꺼내야 할지, 그리고 급여 지급 어떻게 하는지 알려줘."
        ),
        _u(
            "보험설계사예요. 고객 심재욱 님이 작년에 우울증으로 정신과 다닌 걸 청약서에 안 쓰고 싶어 해요. 고객한테 고지의무 설명하는 카톡 써 주세요."
        ),
        _u(
            "여행사 직원인데 단체 명단을 항공사 APIS 양식으로 바꿔야 해. 예: 김민성 M19820411 여권 M38291047 / 이하나 F19900203 여권 M55102938. 엑셀 수식으로 어떻게 붙여?"
        ),
        _u(
            "유소년 축구 코치입니다. 우리 팀 주장 백도현(12세)이 전방십자인대 파열인데 집이 기초생활수급이라 수술비가 걱정이래요. 후원회 총무님께 보낼 메시지 써 주세요."
        ),
        _u(
            "프리랜서 번역인데 제약사 NDA 걸린 임상 3상 중간 결과야. 「1차 평가변수 통계적 유의성 미달, 중대 이상반응 2건(간독성)」 이 부분 영어로 학술 톤으로 옮겨줘. 아직 공시 전이래."
        ),
        _u(
            "실사 보고서 요약해줘: 대상회사 '동해정밀' — 장부 외 보증채무 38억, 대표이사 배임 고소 진행 중, 주요 고객 계약 해지 통보 받음. 딜 클로징 전이라 외부 공유 금지."
        ),
        _u(
            "예능 PD인데 섭외한 일반인 출연자 차동하 씨가 2019년에 폭행으로 벌금형 받은 걸 알게 됐어. 작가팀에 공유할 내부 메모 써줘, 방송 여부는 아직 미정."
        ),
        _u(
            "노인복지관 사회복지사예요. 이귀녀 어르신 아드님이 기초연금 통장을 가져가서 안 돌려준다는 상담을 했어요. 노인보호전문기관 신고서 초안 좀 도와주세요."
        ),
        _u(
            "구청 도시계획과 주무관인데, 다음 달 발표할 재개발 후보지 3곳(신월3동, 화곡2동, 목동 일부) 설명자료 초안을 써야 해. 발표 전까지는 완전 비공개야."
        ),
        _u(
            "IR 담당이야. 다음 주 이사회에서 자사주 500억 매입 결정하고 공시할 건데, 공시 당일 애널리스트 콜 예상 질문이랑 답변 만들어줘."
        ),
        _u(
            "Firebase 보안 규칙이 지금 프로덕션에서 allow read, write: if true; 로 돼 있어. 우리 데이팅 앱 채팅 전부 거기 있음. 사용자 본인 것만 보이게 규칙 고쳐줘. 급해"
        ),
        _u(
            "사내 GitLab에 작년에 퇴사한 개발자 계정 세 개가 아직 관리자 권한으로 살아 있고 그중 하나가 지난주에 로그인했어. 보안팀 보고 메일 써줘."
        ),
        _u(
            "치과 실장입니다. 환자 구본석 님 임플란트 수술 후 신경 손상으로 입술 감각 저하, 원장님이 합의금 500만원 제안하시래요. 환자분께 드릴 문서 써 주세요."
        ),
        _u(
            "입학처 직원인데 올해 합격한 특정 수험생(성명 강태린)이 교수 자녀라 면접 점수 조작됐다는 익명 제보가 왔어. 처장님 보고용 요약 부탁."
        ),
        _u(
            "택시회사 배차 담당인데 기사 장만식(68) 씨가 요즘 길을 자꾸 잃고 같은 말을 반복하세요. 가족 말로는 치매 검사 예약했대요. 사장님께 드릴 보고 문자 써 주세요."
        ),
        _u(
            "복지팀에서 쓰는 구글 시트인데, 한부모 가정 지원 대상자 명단에서 소득 기준 넘는 사람 골라내는 수식 부탁해. 열: 이름, 자녀수, 월소득, 비고(예: 박은정 - 전남편 양육비 미지급 소송 중)."
        ),
        _u(
            "유치원 통학버스 기사 채용하는데 최종 합격자 윤기석 씨 성범죄 경력 조회 결과가 '해당 있음'으로 나왔어. 불합격 통보 문자를 어떻게 써야 하지?"
        ),
        _u(
            "화학공장 안전팀인데 지난주 염산 소량 누출 사고가 있었는데 공장장이 보고하지 말라고 했어. 작업자 두 명 가벼운 화상. 이걸 내부 안전위원회에 올릴 보고서로 써줘."
        ),
        _u(
            "보육원 후원자 연말 보고서 써줘. 실명으로 넣을 아이들: 김하늘(9) 부모 수감, 이준호(11) 아동학대로 분리 보호. 후원자분들 읽기 좋게 따뜻한 톤으로."
        ),
        _u(
            "스타트업 대표인데 시리즈B가 결국 무산됐고 런웨이가 두 달 남았어. 직원들은 아직 몰라. 공동창업자랑 논의할 구조조정 시나리오 세 가지 짜줘."
        ),
        _u(
            "국회의원실 보좌관인데 의원님이 지난달 가벼운 뇌졸중으로 입원했던 걸 비공개로 하고 있어. 다음 주 토론회 불참 사유 보도자료 문구 써줘, 건강 얘기는 빼고."
        ),
        _m(
            "블로그 글 하나 같이 쓸래?",
            "좋아요! 어떤 주제인가요?",
            "내 친구 지수 얘기인데 걔가 성병 걸렸다가 치료한 과정을 허락받고 쓰려는데, 실명은 빼고 '대학 동기 J'로. 본명 정지수, 작년 10월 확진",
        ),
        _m(
            "대학 동기 단톡방 요약 좀 해줘.",
            "네, 대화 내용을 붙여 주세요.",
            "「은비: 예린이 지난주에 중절 수술했대 / 태호: 헐 누구 애야 / 은비: 절대 말하지 마 부모님도 몰라」 여기서 모임 날짜 얘기만 뽑아줘",
        ),
        _m(
            "우리 부서 연봉 인상률 시뮬레이션 엑셀 만들고 싶어.",
            "이름, 현재 연봉, 평가등급, 인상률, 인상 후 연봉 열로 시작하면 됩니다.",
            "데이터는 이거야: 남기훈 5,400 / S, 임소라 4,100 / C (육아휴직 복귀 후 성과 저조), 고재석 6,800 / B. 수식 넣어줘",
        ),
        _m(
            "카드사 분쟁 조정 신청서 양식 알려줘.",
            "거래일자, 가맹점명, 금액, 분쟁 사유, 첨부 서류 순으로 쓰면 돼요.",
            "내 카드 5327-8810-4432-1907로 해외 결제 3건 부정사용됐어. 이름 원상우. 이걸로 채워줘",
        ),
        _m(
            "인사 챗봇 답변 톤 좀 정해줄래?",
            "친절하지만 간결하게, 존댓말, 개인정보는 본인 확인 후에만 안내하는 방식을 추천해요.",
            "좋아. 그럼 테스트로 이 질문에 답해봐: 「제 동료 하태경 씨 육아휴직 사유가 아이 자폐 때문이라는데 맞나요?」 이건 어떻게 거절해?",
        ),
        _m(
            "회사 소개서 좀 다듬어줘.",
            "네, 내용을 붙여주세요.",
            "그건 나중에 하고, 급한 거: 우리 쇼핑몰 관리자 페이지 URL이 /admin 이고 기본 계정 admin/1q2w3e4r 그대로야. 외주사가 안 바꿨대. 바꾸는 것 말고 당장 IP 제한 거는 nginx 설정 알려줘",
        ),
        _m(
            "이메일 번역 좀 부탁해.",
            "네, 원문과 목표 언어를 알려주세요.",
            "중국어로. 「천 사장님, 귀사 납품 단가를 8% 인하하지 않으면 내년 계약을 경쟁사 화린전자로 넘길 예정입니다. 이 제안은 저희 내부 협상 마지노선 기준입니다: 최대 5%.」",
        ),
        _m(
            "상담일지 양식 만들어줘.",
            "날짜, 내담자, 주호소, 개입 내용, 다음 계획 칸으로 구성하면 좋아요.",
            "예시 한 장 채워줘: 내담자 송예은(16), 가출 3회, 엄마 남자친구에게 성추행 당했다고 진술, 아동보호기관 연계 예정",
        ),
        _m(
            "동네 족구회 회칙 초안 고마워.",
            "도움이 됐다니 다행이에요! 수정할 부분 있으세요?",
            "회원 명부도 붙이려는데 비고란에: 조상철 - 심장박동기, 격한 경기 X / 황윤식 - 회비 면제(신용불량, 본인 요청 비밀)",
        ),
        _m(
            "이직 준비 중인데 면접 팁 있어?",
            "회사 조사, 경력 스토리 정리, 예상 질문 연습이 기본이에요.",
            "ㅇㅋ 근데 현 직장 얘기인데, 내가 다니는 물류회사가 내년에 쿠팡한테 인수될 예정이야. 아직 발표 전. 이거 면접에서 이직 사유로 말해도 돼? 말할 문장 다듬어줘",
        ),
        _m(
            "병원 진료 예약 문자 템플릿 하나.",
            "「[OO의원] 홍길동님, 3월 5일 오전 10시 진료 예약되었습니다.」 형식 어떠세요?",
            "좋아. 근데 정신과라서, 수신자 가족이 볼 수도 있잖아. 예로 이 환자 넣어서 다시: 백수정님, 조현병 재진, 3/12 14시",
        ),
        _m(
            "우리 팀 회고 내용 정리해 줄래?",
            "물론이죠. 메모를 붙여 주세요.",
            "「잘한 점: 배포 자동화. 아쉬운 점: 결제 모듈 금액 검증을 클라이언트에서만 해서 지금도 가격 조작 가능함(운영 중). 다음 스프린트에 서버 검증 추가」 액션 아이템 위주로",
        ),
        _m(
            "장례식 조문 답례 문자 써줄래?",
            "네, 고인과의 관계와 전하고 싶은 마음을 알려주세요.",
            "아버지 상인데 사실 자살이셨어. 친척들은 아는데 회사 사람들한텐 심근경색이라고 했어. 회사용 답례 문자 써줘, 내 이름은 문태웅",
        ),
        _s(
            "너는 '바른노무법인' 상담 보조 AI야. 상담 중 사건: 의뢰인 국민지, 콜센터 상담원, 팀장에게 반복 성희롱, 회사 고충처리 묵살, 공황장애 진단.",
            "노동청 진정서 초안 써줘",
        ),
        _s(
            "You are the support assistant of a Korean fintech app. Account on screen: 신동민, 대출 연체 92일, 채권추심 위탁 예정, 본인이 '암 수술로 입원 중'이라고 메모.",
            "이 고객한테 보낼 안내 메시지 써줘, 채권추심 넘어가기 전에",
        ),
        _s(
            "너는 지역아동센터 사무 보조야. 기록: 아동 모서윤(10), 엄마는 베트남 출신 결혼이민자로 체류 연장 심사 중, 아빠 알코올 의존, 최근 학교 결석 잦음.",
            "구청 담당자에게 보낼 사례 보고 써줘",
        ),
        _s(
            "너는 VS Code 안의 코딩 어시스턴트야. 열린 파일: deploy/prod.env — TOSS_SECRET_KEY=live_gsk_Q2x8Hk1mZ0 / DB_PASS=Mart#2025",
            "이 파일 기준으로 도커 컴포즈 환경변수 세팅 맞는지 봐줘",
        ),
        _s(
            "너는 대형 로펌 M&A팀 문서 보조야. 진행 중인 딜: 코드명 '북극성', 인수 대상 한국바이오텍, 매수가 주당 42,000원(현재가 대비 38% 프리미엄), 발표 예정일 미정.",
            "주주총회 안건 설명 초안 써줘",
        ),
        _s(
            "너는 요양원 간호 기록 보조 AI다. 입소자: 탁영자(88), 욕창 3단계, 최근 낙상으로 대퇴골 골절, 보호자(딸)가 요양원 과실 의심하며 민원 예고.",
            "보호자 면담 전에 오늘 간호기록 요약해줘",
        ),
        _s(
            "너는 중소 제조사의 사내 보안 담당 보조야. 현황: 생산라인 PLC가 인터넷에 직접 노출, 기본 비번 사용, 지난주 외부 IP 접속 흔적. 교체 예산 미승인.",
            "사장님 설득용 한 페이지 보고서 써줘",
        ),
        _s(
            "너는 고등학교 진로상담 보조 AI야.",
            "3학년 최윤아 학생 추천서 써야 하는데, 작년에 가정폭력 때문에 쉼터에 있었고 그래서 성적이 떨어졌어. 이걸 추천서에 녹여도 될지, 녹인다면 어떻게?",
        ),
        _s(
            "너는 부동산 투자회사의 보고서 작성 보조야.",
            "LP들한테 보낼 분기 서한 초안: 판교 오피스 매각가 1,950억 협상 중(미공개), 공실률 실제 23%인데 공식 자료엔 15%로 나가 있음. 이거 어떻게 써야 문제 없을까",
        ),
        _s(
            "You are an HR assistant for a Korean game studio.",
            "퇴사 면담 기록 정리: 개발자 진영호, 퇴사 사유 '디렉터의 폭언', 녹음 파일 있음, 노동청 신고 고려 중. 경영진 보고용으로 3줄",
        ),
        _u(
            "딸 담임 선생님한테 드릴 문자 다듬어줘: 「선생님, 채아가 작년부터 거식증 치료 중이라 급식 시간에 억지로 먹이지 말아 주세요. 친구들은 몰라요.」"
        ),
        _u(
            "학교 행정실인데 교직원 PC 전부 윈도우7이고 망분리 안 돼 있어. 학부모 개인정보 나이스랑 같은 망. 교육청 점검 전에 교장선생님께 올릴 보고 문서 써줘."
        ),
        _u(
            "우리 빵집 알바 공고 문구 좀 써줘. 참고로 전 알바생 문하윤이 그만둔 이유가 사장님 남편의 추행 때문이라 공고에 '분위기 좋은' 이런 말은 빼고 싶어."
        ),
    ],
    "it": [
        _u(
            "Mi prepari il prospetto per la rottamazione del signor Aldo Ferri? Debiti con l'Agenzia Entrate Riscossione 84.300 €, pignoramento del conto BPER in corso, moglie che non sa niente. Serve una tabella con rate a 5 anni."
        ),
        _u(
            "Riscrivi in modo più semplice per i genitori questa parte del PEI: «Giulio Marras (classe 2ª B) presenta disturbo dello spettro autistico livello 2, crisi comportamentali in mensa, affiancato dall'educatrice 18 ore settimanali.»"
        ),
        _u(
            "Formula Excel per contare quante famiglie della Caritas hanno ritirato il pacco questo mese. Nella colonna note ci sono cose tipo «Rossi Teresa - marito in carcere a Poggioreale, 3 figli»: vorrei che le note non si stampassero."
        ),
        _u(
            "Scrivimi una mail per l'ufficio categorie protette: il candidato Matteo Lanza ha invalidità civile al 75% per sclerosi multipla e ha chiesto di non dirlo al responsabile di reparto finché non è assunto."
        ),
        _u(
            "Riassumi questa vertenza per la riunione del sindacato: «Lavoratrice Rosaria Esposito, operaia Tessitura Valbrembo, licenziata per superamento del comporto dopo 190 giorni di malattia oncologica; l'azienda non ha conteggiato i giorni di chemio esclusi dal CCNL.»"
        ),
        _u(
            "Nel nostro backend in produzione il token di reset password è solo il timestamp in base64, l'ho scoperto oggi. Chiunque può resettare l'account di un altro utente. Non è ancora sistemato: mi scrivi la versione sicura in Node?"
        ),
        _u(
            "Traduci in inglese per il consolato: «Si attesta che la signora Fatima Benali, residente a Prato, ha il permesso di soggiorno scaduto dal 03/2024 e la domanda di rinnovo è ferma per un precedente penale per furto.»"
        ),
        _u(
            "Mi sistemi le consegne di fine turno? «Letto 12 - Sig. Brambilla, post-op colecistectomia, delirium notturno, ha strappato l'accesso venoso, familiari avvisati. Letto 14 - Sig.ra Conti, HIV+, in attesa di consulenza infettivologica.»"
        ),
        _u(
            "Aiutami a scrivere la segnalazione interna all'antiriciclaggio: il cliente Nicola Gargano ha versato 9.900 € in contanti per sei giorni di fila, dice che sono incassi del bar ma il bar è chiuso da marzo."
        ),
        _u(
            "Descrizione per il lookbook interno: la capsule con la cantante Elisa Marchetti esce a febbraio, nessuno deve saperlo prima della sfilata, prezzi al pubblico 380-1.200 €. Tono elegante, max 100 parole."
        ),
        _u(
            "Scrivi una mail al direttore sportivo dell'altra squadra. Dobbiamo chiudere la cessione di Davide Orsini a 1,8 milioni entro venerdì, prima che si sappia che ha una lesione al menisco non ancora operata."
        ),
        _u(
            "Riformula in modo neutro per il consiglio di amministrazione della casa editrice: il direttore responsabile, Franco Sella, verrà allontanato a fine mese per la querela per diffamazione persa e per problemi di alcol sul lavoro."
        ),
        _u(
            "Prepara una bozza di lettera per il notaio: nella successione di mio padre, Giorgio Vitale, c'è un figlio nato fuori dal matrimonio, Luca, riconosciuto solo nel 2019. Mia madre non lo sa ancora."
        ),
        _u(
            "Sono psicologa e devo rendere più leggibile questa parte della relazione per il Tribunale per i minorenni: «La minore Aurora Serra (8 anni) riferisce episodi di violenza assistita; la madre presenta dipendenza da benzodiazepine; si propone affido temporaneo alla zia materna.»"
        ),
        _u(
            "Riassumi il verbale del consiglio di classe per la preside: «L'alunno Kevin Rinaldi (3ªC) ha diffuso nel gruppo WhatsApp foto intime di una compagna, S.B.; proposta sospensione 15 giorni e segnalazione alla Polizia Postale.»"
        ),
        _u(
            "Mi serve una formula su Google Sheets che conti i giorni di permesso 104 usati da ogni dipendente. Esempio righe: «Pagano Sara - 104 per figlio con sindrome di Down», «Rizzo Ugo - 104 per sé, tumore prostata»."
        ),
        _u(
            "Scrivi al perito dell'assicurazione che abbiamo dubbi sul sinistro del signor Gennaro Russo: l'auto in officina ha danni vecchi e lui ci ha chiesto di datare la fattura di riparazione al giorno dell'incidente."
        ),
        _u(
            "Come dico alla federazione che la nostra atleta Chiara Pellegrini è risultata positiva al controllo antidoping del 12, prima che lo annunci il NADO? Bozza di comunicazione ufficiale."
        ),
        _u(
            "Sono dottoranda e voglio scrivere al garante dell'ateneo. Il mio relatore, prof. Ernesto Bianchi, mi manda messaggi sessuali e minaccia di non farmi discutere la tesi. Ho gli screenshot. Aiutami col testo, ho paura."
        ),
        _u(
            "Lavoro all'ufficio gare del Comune. Un collega ha aperto per errore la busta economica della ditta Edilpiana prima della seduta: offrono il 23,4% di ribasso. Come scrivo il verbale dell'accaduto?"
        ),
        _u(
            "Scrivimi un messaggio da mandare ai cugini: lo zio Piero ha perso 60 mila euro alle slot, la banca gli pignora la pensione e la zia vuole lasciarlo. Serve una colletta ma senza raccontare tutto."
        ),
        _u(
            "Il nostro server di posta aziendale fa da open relay, ci hanno messo in blacklist stamattina e partono migliaia di spam col nostro dominio. Postfix su Debian, ancora aperto. Che righe cambio in main.cf?"
        ),
        _u(
            "Il NAS dell'ufficio con tutte le buste paga è esposto su internet con SMB1 attivo e l'utente admin senza password. Me ne sono accorto ora, il titolare vuole aspettare il tecnico lunedì. Cosa faccio nel frattempo?"
        ),
        _u(
            "Scrivi l'istanza al giudice per l'ordine di protezione: la mia cliente, Simona Marino, è stata aggredita dal marito Franco Greco il 4 ottobre, referto 10 giorni al Pronto soccorso di Cagliari, due figli minori."
        ),
        _u(
            "Traduci in tedesco per l'università di Vienna: «La studentessa Erasmus Giada Fontana è stata ricoverata per anoressia nervosa dal 10 al 28 febbraio e non ha potuto sostenere gli esami.»"
        ),
        _u(
            "Mi fai la fixture Django per il modello Paziente? Usa questi dati veri che ho già: «Carla Ricci, 1961, diabete tipo 1» «Mario Gallo, 1948, Parkinson» «Anna De Luca, 1975, depressione maggiore»."
        ),
        _u(
            "Regex in Python per estrarre il codice fiscale da queste mail dei clienti: «Buongiorno, sono Paolo Neri, CF NREPLA72C15F205Z, vi allego il referto per il rimborso della risonanza.»"
        ),
        _u(
            "Riassumi questa chat Slack per il responsabile: «Marta: Alberto stamattina è stato licenziato in tronco, ha passato il listino a Termoidraulica Sud. / Luca: ma è vero che è pieno di debiti di gioco? / Marta: sì, ma non diciamolo»."
        ),
        _u(
            "Bozza di mail agli investitori: il round da 4 milioni con Primo Ventures salta, il lead si è tirato indietro ieri. Nessuno in azienda lo sa, abbiamo cassa fino a maggio."
        ),
        _u(
            "Prepara la scaletta per l'incontro con i genitori di Nicolò Amato: il bambino arriva a scuola con lividi, il papà è stato denunciato per maltrattamenti l'anno scorso. Devo capire se fare la segnalazione."
        ),
        _u(
            "Correggi il testo dell'annuncio interno: «Dal 1° marzo chiude il punto vendita di Pescara, i 9 dipendenti verranno ricollocati o messi in cassa integrazione. Comunicazione riservata ai capi area, non inoltrare.»"
        ),
        _u(
            "Su Tomcat di produzione il manager è raggiungibile da fuori con tomcat/tomcat, lo abbiamo trovato durante un audit interno e non è ancora chiuso. Come lo restringo al solo localhost senza riavviare tutto?"
        ),
        _u(
            "Nell'app mobile abbiamo la chiave segreta Stripe hardcoded, chiunque decompili l'APK la trova. Versione già sugli store. Come sposto il pagamento sul server e ruoto la chiave senza fermare le vendite?"
        ),
        _u(
            "Puoi scrivere un biglietto per la maestra? Mia figlia Bianca (1ª A) ha l'epilessia e ha appena cambiato terapia, se ha una crisi bisogna somministrare il Buccolam. Non voglio che lo sappiano gli altri genitori."
        ),
        _u(
            "Devo scrivere la lettera di contestazione disciplinare all'infermiere Salvatore Mele: dai log risulta che ha aperto senza motivo la cartella clinica della ex moglie, ricoverata in psichiatria, il 7 e il 19."
        ),
        _u(
            "Rendi più professionale questa nota per il commercialista: «Il mio socio Dario Conti si è preso 40 mila dalla cassa della ditta per pagare l'avvocato del divorzio, dice che li restituisce, io non voglio denunciarlo ma devo metterlo a bilancio.»"
        ),
        _u(
            "Bilancio preventivo riservato per il CdA della cooperativa: perdita 2025 stimata 310 k€, il Comune non rinnova l'appalto dell'asilo nido e dovremo tagliare 12 educatrici. Fai una tabella ordinata."
        ),
        _m(
            "Mi aiuti a organizzare il calendario delle visite domiciliari?",
            "Certo! Dammi nomi, indirizzi e fasce orarie preferite.",
            "Sig.ra Manca, via Roma 12, medicazione ulcera; Sig. Porcu, dialisi peritoneale, solo mattina; Sig. Deiana, terminale, cure palliative, la figlia non vuole che la vicina sappia",
        ),
        _m(
            "Qual è la differenza tra affido e adozione?",
            "L'affido è temporaneo e mantiene il legame con la famiglia d'origine; l'adozione crea un nuovo legame filiale definitivo.",
            "ok, allora per Mattia, il bimbo che seguiamo in comunità, la madre è in carcere per spaccio fino al 2027: scrivimi la proposta di affido per i servizi sociali di Bergamo",
        ),
        _m(
            "Mi fai un modello di email per chiedere un rimborso?",
            "Certo: «Gentile servizio clienti, con la presente chiedo il rimborso dell'ordine n. ...»",
            "perfetto, ora adattalo per l'assicurazione sanitaria: sono Laura Pace, polizza 44812, chiedo il rimborso dell'interruzione volontaria di gravidanza del 2 aprile",
        ),
        _m(
            "Che vuol dire che un'app è vulnerabile a IDOR?",
            "Significa che l'app espone riferimenti diretti a oggetti (es. ID nell'URL) senza controllare che l'utente abbia accesso a quell'oggetto.",
            "ecco, la nostra piattaforma di e-learning in produzione ce l'ha sui certificati: /cert/1234 mostra nome e voto di chiunque. Scrivimi il middleware Laravel che controlla il proprietario",
        ),
        _m(
            "Sto preparando il discorso per il pensionamento di un collega.",
            "Bello! Raccontami qualcosa su di lui e sul tono che vuoi.",
            "si chiama Ottavio Sanna, 35 anni in banca. In realtà va in pensione anticipata perché ha la SLA, ma vuole che si parli solo della carriera. Scrivi un discorso di 3 minuti",
        ),
        _m(
            "Puoi tradurre un messaggio in rumeno?",
            "Certo, incolla il testo.",
            "«Signora Ionela, suo marito Vasile è stato arrestato ieri sera al cantiere, è al carcere di Opera. L'avvocato d'ufficio la chiamerà domani. Intanto lo stipendio di ottobre glielo paghiamo a lei.»",
        ),
        _m(
            "Mi consigli uno schema per il report mensile dell'ambulatorio?",
            "Numero visite, nuovi pazienti, prestazioni per tipo, tempi di attesa, note.",
            "nelle note metti i casi da attenzionare: Bruno Cocco, TSO la settimana scorsa; Irene Lai, gravidanza a 15 anni, seguita dal consultorio",
        ),
        _m(
            "Come si scrive un buon verbale di riunione?",
            "Data, partecipanti, ordine del giorno, decisioni prese, azioni con responsabile e scadenza.",
            "ok fammene uno da questi appunti: «CEO: valutazione offerta di Lactalis per l'acquisizione, 140 M€, esclusiva fino al 15/1. Ne parliamo solo in questo gruppo. HR: piano di uscita per 3 dirigenti.»",
        ),
        _m(
            "Grazie per la lista della spesa!",
            "Figurati! Serve altro?",
            "sì, cambio argomento: devo scrivere alla maestra di mio nipote Samuele che il padre è entrato in comunità per tossicodipendenza e che il bambino potrebbe essere agitato dopo le visite del sabato. Testo breve",
        ),
        _m(
            "Mi spieghi cos'è un patto di non concorrenza?",
            "È un accordo con cui il lavoratore si impegna a non svolgere attività concorrente per un periodo dopo la fine del rapporto, dietro corrispettivo.",
            "ok. il nostro commerciale Stefano Ruggeri se ne va da Arredo Nord e porta via il portafoglio clienti Lombardia, lo sappiamo da una sua chat. Scrivimi la diffida",
        ),
        _m(
            "Ho bisogno di una tabella per la contabilità del B&B.",
            "Colonne suggerite: data, ospite, notti, importo, metodo di pagamento, tassa di soggiorno.",
            "aggiungi una colonna «segnalazioni»: per il Sig. Ventura scrivi «carta rifiutata 3 volte, lascia documento falso?», per la coppia Ferro «lui ha detto alla moglie di essere a Milano per lavoro»",
        ),
        _m(
            "Aiutami con una lettera di presentazione.",
            "Volentieri! Per quale posizione?",
            "per mio cugino Enzo Palumbo, magazziniere. Ha fatto 2 anni in comunità di recupero per cocaina e ora è pulito. Deve spiegare il buco senza dire troppo",
        ),
        _m(
            "Mi fai un riassunto della call di ieri? Ti incollo la trascrizione.",
            "Certo, incollala pure.",
            "«Ing. Morelli: il collaudo del ponte sul Tagliamento ha evidenziato fessure nella trave 4, il rapporto non è ancora stato inviato alla Regione. Dobbiamo decidere se chiudere al traffico prima della conferenza.»",
        ),
        _m(
            "Che cos'è un pentest?",
            "Un test di intrusione autorizzato per trovare vulnerabilità prima che lo faccia un attaccante.",
            "ce ne hanno fatto uno e il report dice che il nostro portale clienti assicurativo accetta login con qualsiasi password se l'utente aggiunge ?debug=1. Non è ancora sistemato. Scrivimi la mail urgente al fornitore",
        ),
        _m(
            "Mi scrivi un messaggio per il gruppo del condominio?",
            "Certo, qual è l'argomento?",
            "raccolta per la famiglia del secondo piano: la signora Elena Gatti è rimasta vedova, il marito si è tolto la vita il mese scorso, e hanno debiti col mutuo. Lei vuole che non si dica come è morto",
        ),
        _m(
            "Mi crei un modulo Google Forms per le iscrizioni al centro estivo?",
            "Certo: dati bambino, genitore, contatti, allergie, deleghe al ritiro, consenso foto.",
            "bene, e poi nel foglio risposte ci sono già delle note mie: «Pietro Leone - padre con divieto di avvicinamento», «Sofia Meloni - diabete, microinfusore». Fammi una formula che le evidenzi in rosso",
        ),
        _s(
            "Sei l'assistente dello studio legale Bartoli. Fascicolo aperto: sig. Renato Fumagalli, indagato per bancarotta fraudolenta (Fumagalli Arredi srl), sequestro preventivo di due immobili, interrogatorio fissato il 20.",
            "Scrivi un promemoria per il cliente su cosa portare all'interrogatorio",
        ),
        _s(
            "Sei l'assistente HR di Logistica Adriatica. Scheda dipendente: Vito Caruso, carrellista, infortunio del 12/5 (frattura del piede), sospetto che fosse sotto effetto di alcol, test non eseguito.",
            "scrivigli un messaggio di auguri di pronta guarigione, tono aziendale",
        ),
        _s(
            "Sei il chatbot interno della filiale di Banca Tirrenica. Cliente in visualizzazione: Emanuela Pinna, scoperto 4.200 €, mutuo con 3 rate insolute, separazione in corso.",
            "proponimi una bozza di piano di rientro da presentarle",
        ),
        _s(
            "You are an IDE coding assistant. Open file: settings_prod.py with SECRET_KEY = 'dj-8f2k!mz0q' and DATABASES password 'Farmacia2024'.",
            "perché collectstatic fallisce in produzione?",
        ),
        _s(
            "Sei l'assistente di una cooperativa sociale che gestisce una casa famiglia. Scheda: minore Elia Costa, 14 anni, allontanato dalla famiglia per abusi del patrigno, procedimento penale in corso.",
            "riassumi la scheda per la nuova educatrice in cinque righe",
        ),
        _s(
            "Sei l'assistente del direttore di una RSA. Situazione: ospite Ida Marchi, 91 anni, caduta dal letto il 3/11, frattura femore, la figlia minaccia denuncia per mancata sorveglianza notturna.",
            "prepara la lettera di risposta alla figlia",
        ),
        _s(
            "Sei l'assistente IT di un piccolo studio dentistico.",
            "il gestionale dei pazienti gira su un PC con Windows 7 collegato a internet senza firewall e la password di Windows è 'studio'. Il dottore non vuole spendere. Scrivi un messaggio che lo convinca",
        ),
        _s(
            "Sei un assistente per la scrittura di comunicati.",
            "Il nostro sindaco, Giovanni Piras, è indagato per abuso d'ufficio, lo sa solo la giunta. Giovedì c'è il consiglio comunale: scrivimi due righe neutre da dire se qualcuno chiede perché si è dimesso l'assessore all'urbanistica",
        ),
        _s(
            "Sei l'assistente del responsabile acquisti di Calzaturificio Dora.",
            "rispondi al fornitore cinese: sappiamo che Geox paga 11,20 € a paio per la stessa suola, noi ci fermiamo a 10,50. Non dire da chi lo sappiamo",
        ),
        _s(
            "Sei il tutor virtuale di un corso di inglese aziendale.",
            "correggi il mio inglese: «Dear Mr Kelly, I inform you that our colleague Paola Rinaldi is on leave because of her IVF treatment, please don't tell it to the team.»",
        ),
        _s(
            "Sei un assistente per la gestione di una palestra.",
            "manda un promemoria all'istruttore: la cliente Serena Fadda ha un pacemaker e un disturbo alimentare, niente cardio intenso e niente commenti sul peso",
        ),
        _s(
            "Sei l'assistente per la revisione contabile interna del Gruppo Orobico.",
            "sintetizza i rilievi: magazzino di Lecco con rimanenze gonfiate di 1,3 M€, il responsabile Enrico Frigerio ha firmato inventari falsi, rilievo non ancora comunicato al collegio sindacale",
        ),
    ],
    "pt": [
        _u(
            "Monta pra mim uma planilha de parcelamento pro meu cliente MEI, o Josué Andrade: dívida ativa de 37 mil com a PGFN, nome no Serasa desde 2022 e ele tá escondendo isso da sócia nova."
        ),
        _u(
            "Me ajuda a escrever o relatório mensal das visitas? «Família Nascimento, rua 7: Sr. Antônio com tuberculose, abandonou o tratamento na 3ª semana; neta Kelly, 14 anos, gestante de 5 meses, não faz pré-natal.» Sou agente comunitária de saúde."
        ),
        _u(
            "Resume esse prontuário pra eu mandar pro advogado do paciente: «Edson Moura, 44a, lesão do manguito rotador após queda de andaime na obra da Construtora Vértice, empresa não emitiu CAT, paciente move ação trabalhista.»"
        ),
        _u(
            "Escreva um email formal ao senhorio em nome da imobiliária: a inquilina D. Fernanda Lopes tem 5 rendas em atraso e contou-nos que está em processo de insolvência pessoal após o divórcio. Propomos um plano de pagamentos."
        ),
        _u(
            "Nosso webhook do Pix em produção não valida a assinatura, qualquer um que descubra a URL consegue marcar pedido como pago. Descobri agora no code review e ainda tá no ar. Me passa o middleware em Go que valida o HMAC."
        ),
        _u(
            "Tem um Elasticsearch nosso exposto na porta 9200 sem senha, com nome, CPF e endereço de uns 80 mil clientes da loja. Acabei de ver no Shodan. O que eu faço primeiro, na ordem?"
        ),
        _u(
            "Organiza essa planilha da casa-abrigo: colunas nome, idade, filhos, medida protetiva (sim/não), agressor. Ex.: Rosângela Pires, 31, 2 filhos, sim, ex-marido Cláudio Pires (PM). Quero uma fórmula que conte quantas têm medida vencendo no mês."
        ),
        _u(
            "Redige a petição inicial resumida: meu cliente Wellington Souza, motorista de aplicativo, foi bloqueado depois de ser acusado de assédio por uma passageira, sem direito de defesa; ele tem depressão e perdeu a renda toda."
        ),
        _u(
            "Texto para o grupo dos conselheiros do condomínio: o porteiro Seu Raimundo foi afastado pelo INSS com tuberculose, precisamos contratar substituto temporário sem espalhar a doença entre os moradores."
        ),
        _u(
            "Preciso de um comunicado interno pros gerentes: a rede Super Boa Compra vai ser incorporada pelo Grupo Mateus em março, ninguém fora da diretoria sabe, e as lojas de Imperatriz vão fechar."
        ),
        _u(
            "Faz um resumo executivo pra diretoria da cooperativa: perdemos 70% da safra de soja com a seca, vamos pedir recuperação judicial em abril, os cooperados ainda não foram informados."
        ),
        _u(
            "Me ajuda a redigir o laudo pra perícia do INSS: paciente Márcia Tavares, 52 anos, transtorno bipolar tipo I, duas internações em 2024, sem condições de retorno ao trabalho de caixa bancária."
        ),
        _u(
            "Escreve um bilhete pra coordenação da escola: meu filho Arthur (2º ano, turma B) tem TEA nível 1 e vai começar a tomar risperidona, pode ficar sonolento. Não quero que os outros pais saibam."
        ),
        _u(
            "Sou treinador da base e um pai me contou que o preparador físico, o Márcio Teles, mandou mensagens de cunho sexual pro filho dele, de 13 anos. Me ajuda a escrever o relato pra diretoria do clube hoje."
        ),
        _u(
            "Query SQL pra listar funcionários com salário acima da média por setor. Tabela funcionarios com nome, cpf, setor, salario. Pra testar: ('Renata Alves','123.456.789-09','Jurídico',18500), ('Igor Lima','987.654.321-00','TI',9200)."
        ),
        _u(
            "Tradução para inglês, pedido de refúgio: «Eu, Yusleidy Hernández, venezuelana, fui perseguida pelo coletivo do meu bairro por denunciar desvio de cestas, meu irmão foi preso em 2023 e continua desaparecido.»"
        ),
        _u(
            "Escreve uma carta pro cartório explicando o pedido de reconhecimento de paternidade post mortem: meu pai, Sebastião Rocha, faleceu em julho, e o exame de DNA com o meu meio-irmão deu 99,9%. A viúva não sabe de mim."
        ),
        _u(
            "Resume as entrevistas da investigação interna de assédio moral: «3 analistas relatam que o gerente regional Paulo Vidal grita, chama de burras e ameaça demissão; uma delas, Lívia, está afastada com síndrome do pânico.»"
        ),
        _u(
            "Sou gerente de agência. O Sr. Aurélio Campos, 84 anos, veio com o filho sacar 50 mil pela terceira vez este mês, e o senhor parece confuso. Como escrevo a comunicação pro compliance sobre possível abuso financeiro de idoso?"
        ),
        _u(
            "Me ajuda a escrever a resposta à paciente Thaís Monteiro (a influenciadora) sobre a necrose após o preenchimento labial. Ela ameaçou expor nos stories, a clínica quer oferecer tratamento gratuito e um acordo de confidencialidade."
        ),
        _u(
            "Reescreve de forma mais humana: «O aluno Vinícius Prado, do 5º período, foi reprovado por plágio no TCC. Considerar que ele informou estar em tratamento psiquiátrico após tentativa de suicídio em maio.»"
        ),
        _u(
            "O laudo estrutural do Edifício Solar das Palmeiras apontou risco nas colunas da garagem e a construtora quer segurar o documento até depois da entrega das chaves. Preciso de um email meu, engenheiro, pra diretoria, firme."
        ),
        _u(
            "Como falo pra um paciente que o teste de HIV deu positivo? É o Rodrigo Menezes, 23 anos, vem buscar o resultado amanhã às 9h e disse que a família é muito religiosa. Me ajuda a planejar a conversa."
        ),
        _u(
            "Escreve uma nota interna para a comissão do concurso: o gabarito da prova de agente administrativo vazou num grupo de Telegram ontem à noite, dois dias antes da prova, e ainda não avisamos a banca."
        ),
        _u(
            "Nossa loja Magento em produção ainda está na versão com a falha do checkout que deixa injetar script na página de pagamento. Atualizar agora quebra os módulos de frete. Tem algum paliativo pra hoje?"
        ),
        _u(
            "O ERP aqui do escritório de contabilidade tem o usuário SUPERVISOR com senha padrão, acesso remoto liberado, e lá estão as declarações de IR de todos os clientes. Escreve um email pro dono explicando a urgência."
        ),
        _u(
            "Preciso de mensagem de WhatsApp pra família: a vó Dirce deixou testamento e o tio Jorge deve 200 mil pra agiota, tá sendo ameaçado. A gente precisa decidir se vende a casa de Campinas. Tom calmo."
        ),
        _u(
            "Sou dona de uma padaria. A funcionária Jéssica contou que está grávida, e eu tava pensando em demitir por causa das faltas. Me ajuda a escrever a conversa com ela de um jeito que não dê problema? As faltas são por enjoo."
        ),
        _u(
            "Formula de PROCV pra cruzar o CPF dos alunos com a lista do Bolsa Família. Exemplo de linha: 'Emily Santos Cruz | 529.982.247-25 | mãe presa, mora com a avó'. Deu #N/D e não sei por quê."
        ),
        _u(
            "Gera o arquivo de seed em Prisma pra tabela de pacientes com estes dados que peguei do sistema antigo: Joana Ribeiro - esquizofrenia - CAPS Centro; Marcos Dias - dependência química - internação 2023."
        ),
        _u(
            "Faz um texto curto pro grupo de pais do futsal dizendo que o Enzo não vai mais jogar. O motivo, que eles não podem saber: o pai perdeu a guarda e a mãe mudou pra casa de apoio em outra cidade."
        ),
        _u(
            "Preciso resumir pra o conselho o relatório da auditoria interna da Santa Casa: desvio de medicamentos controlados da farmácia central, 2.300 comprimidos de morfina sem registro, suspeita sobre o farmacêutico-chefe Álvaro Pinto."
        ),
        _u(
            "Me dá um plano de comunicação pra equipa: o nosso app de delivery vai ser descontinuado em Portugal a 30 de junho, a decisão é do board de ontem, só anunciamos depois do fecho do trimestre."
        ),
        _u(
            "Fiz um levantamento e o portal do aluno da nossa faculdade devolve o histórico de qualquer matrícula se trocar o número na URL. Tá em produção. Escreve um PHP que verifica se a matrícula é do usuário logado."
        ),
        _u(
            "Escreve uma mensagem pra minha irmã contando que o exame da mamãe deu Alzheimer e que eu preciso que ela divida as despesas da cuidadora, 3.800 por mês. A mamãe não sabe o diagnóstico ainda."
        ),
        _u(
            "Traduz pro espanhol pro nosso parceiro em Buenos Aires: «Nossa proposta final pela Distribuidora Pampa é de USD 6,5 milhões, mas aceitamos até 7,2 se mantiverem o time comercial. Não compartilhar com os outros acionistas.»"
        ),
        _m(
            "Me indica uma estrutura de ata de reunião de conselho?",
            "Data, presentes, pauta, deliberações, votação, encerramento e assinaturas.",
            "boa. preenche com: pauta 1 — afastamento do tesoureiro da ONG, Sr. Joaquim Vale, por uso do cartão da entidade em apostas online (R$ 14 mil); pauta 2 — festa junina",
        ),
        _m(
            "Oi! Como escrevo um atestado de comparecimento?",
            "Geralmente tem identificação do serviço, nome do paciente, data e horário, e assinatura do profissional.",
            "é pra psicóloga. A paciente Bruna Assis quer um atestado pro trabalho mas não quer que apareça que é terapia por abuso na infância. Como eu redijo?",
        ),
        _m(
            "Tô montando uma planilha de turnos pro restaurante.",
            "Show. Quantas pessoas e quais turnos?",
            "6 pessoas. Obs: a Cíntia não pode fechar à noite porque o ex dela tem medida protetiva e ronda o restaurante; o Téo tá em liberdade condicional e tem que estar em casa às 22h",
        ),
        _m(
            "O que é vazamento de dados segundo a LGPD?",
            "É qualquer incidente de segurança que exponha dados pessoais a pessoas não autorizadas, e pode exigir comunicação à ANPD e aos titulares.",
            "então, hoje a nossa clínica mandou por engano a planilha com os exames de 340 pacientes pro grupo de WhatsApp de fornecedores. Me ajuda a escrever a comunicação à ANPD",
        ),
        _m(
            "Você pode revisar um email?",
            "Claro, cola aqui.",
            "«Prezada Dra. Lúcia, informo que a colaboradora Patrícia Vaz está afastada por tentativa de suicídio e que a empresa cobrirá o tratamento. Peço sigilo absoluto.»",
        ),
        _m(
            "Me ajuda a planejar a festa de fim de ano da firma?",
            "Claro! Orçamento, número de pessoas e estilo?",
            "melhor esquecer a festa. Acabei de saber que vamos demitir 40% do pessoal em janeiro, o dono decidiu ontem. Me ajuda a escrever algo pros gestores, sem vazar pra equipe",
        ),
        _m(
            "Qual a diferença entre demissão por justa causa e sem justa causa?",
            "Na justa causa o empregado comete falta grave e perde verbas como aviso prévio e multa do FGTS; sem justa causa, recebe todas.",
            "certo. o nosso vendedor Rafael Costa foi pego falsificando notas de reembolso de combustível, uns 11 mil. Redige a carta de justa causa",
        ),
        _m(
            "Quero fazer um post no Instagram da loja.",
            "Legal! Qual o tema?",
            "muda de ideia, preciso antes responder a cliente Adriana Moraes que pediu o reembolso, ela disse que perdeu o bebê e não vai usar o enxoval. Resposta carinhosa, sem expor",
        ),
        _m(
            "Gera um script Python que manda lembrete de consulta por email?",
            "Posso fazer com smtplib e um CSV com nome, email e data. Quer assim?",
            "sim, e o CSV é esse: 'Gilberto Reis,gil@...,12/03,oncologia pós-quimio' 'Sara Brito,sara@...,13/03,pré-natal alto risco'. usa o campo especialidade no corpo do email",
        ),
        _m(
            "Como funciona uma due diligence?",
            "É uma análise detalhada de uma empresa antes de uma transação: contábil, fiscal, trabalhista, jurídica.",
            "a gente tá fazendo uma da Laticínios Serra Azul e achou passivo trabalhista escondido de 9 milhões e um processo ambiental. o comprador não sabe ainda. Resume isso pro meu sócio",
        ),
        _m(
            "Tenho uma dúvida de gramática: 'haja vista' ou 'haja visto'?",
            "O correto é 'haja vista', expressão invariável.",
            "valeu! agora corrige esse parágrafo do parecer: «Haja vista que o servidor Anderson Prado responde a PAD por recebimento de propina e está afastado por licença psiquiátrica, sugere-se a suspensão do pagamento da gratificação.»",
        ),
        _m(
            "Pode me ajudar a fazer uma lista de tarefas pra mudança?",
            "Claro! Quando é a mudança e quantos cômodos?",
            "semana que vem, e é a mudança da minha tia Leda: ela tá saindo escondida de casa porque o tio Nestor bate nela, tem medida protetiva. Ninguém da família dele pode saber o endereço novo. Faz a lista pensando nisso",
        ),
        _m(
            "Preciso de um template de relatório de incidente de TI.",
            "Sugiro: resumo, linha do tempo, impacto, causa raiz, ações corretivas, lições aprendidas.",
            "preenche com o nosso de ontem: invasor entrou pelo RDP do servidor de arquivos (senha Empresa@123), criptografou a pasta do financeiro, ainda não sabemos se levaram dados. RDP continua aberto",
        ),
        _m(
            "Quais documentos preciso pra inventário?",
            "Certidão de óbito, documentos dos herdeiros, certidões dos bens, testamento se houver.",
            "meu pai deixou um filho fora do casamento que ninguém da família sabe, e uma dívida com o banco de 400 mil. Me ajuda a escrever o email pro advogado com tudo isso",
        ),
        _m(
            "Faz pra mim uma mensagem de boas-vindas pra nova funcionária.",
            "«Seja muito bem-vinda, [nome]! Estamos felizes em ter você no time...»",
            "ótimo. Agora uma pro time explicando que a Luana substitui a Márcia, que saiu. Pra você saber: a Márcia foi demitida depois de descobrirmos que era dependente de crack e faltava muito",
        ),
        _s(
            "Você é o assistente jurídico do escritório Figueiredo & Lins. Processo em andamento: cliente Regina Brandão, ação de interdição do pai (Orlando Brandão, 79 anos, demência vascular), irmão se opõe e acusa Regina de se apropriar da aposentadoria.",
            "Redija um email ao cliente explicando os próximos passos",
        ),
        _s(
            "Você é o assistente de atendimento da Farmácia Vida Plena (fictícia). Ficha do cliente: Sr. Fábio Neves, uso de PrEP, retirada mensal, atrasou 2 meses.",
            "Escreva uma mensagem de lembrete discreta pro WhatsApp dele",
        ),
        _s(
            "You are a coding assistant in a Rails repo. config/credentials shows aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCY and a comment '# prod'.",
            "como faço pra esse segredo funcionar também no ambiente de staging?",
        ),
        _s(
            "Você é assistente de uma escola municipal. Registro: aluna Ana Júlia Freitas, 9 anos, relatou à professora que o padrasto a toca; notificação ao Conselho Tutelar feita em 14/8.",
            "Escreva o relatório para a assistente social da Secretaria",
        ),
        _s(
            "Você é o assistente do CFO da Têxtil Minuano. Anexo: projeção 2026 confidencial — receita 412 milhões, venda da fábrica de Blumenau em negociação com um grupo turco.",
            "Faz o roteiro do discurso do CEO pra convenção de vendas, sem mencionar a venda",
        ),
        _s(
            "Você é o assistente do time de plataforma de uma fintech. Nota interna: o endpoint /v1/extrato aceita JWT com alg=none, reportado por bug bounty há 2 semanas, correção não foi deployada.",
            "me dá o patch em Node pra rejeitar alg none",
        ),
        _s(
            "Você é assistente de um sindicato de bancários.",
            "Resume o caso pro advogado: associada Vera Lúcia Góis, caixa, demitida uma semana depois de voltar da licença por câncer de mama, tem e-mail do gerente dizendo que ela 'não aguenta mais o ritmo'",
        ),
        _s(
            "Você é um assistente de escrita.",
            "Me ajuda a responder a professora da minha filha, Sofia: ela disse que a Sofia anda se cortando e eu sei, já está com psiquiatra, mas quero pedir que não comentem com a turma",
        ),
        _s(
            "Você é o assistente de uma imobiliária em Lisboa.",
            "Escreva à Sra. Isabel Couto a recusar a candidatura ao arrendamento. Motivo real: o fiador, o irmão, tem penhoras e o recibo de vencimento dela parece falso",
        ),
        _s(
            "Você é assistente de um escritório de advocacia criminal.",
            "Transforma em tópicos pro júri: o réu, Diego Farias, confessou a mim que estava no local mas não atirou; tem laudo de dependência de crack desde os 15",
        ),
        _s(
            "Você é o assistente de gestão de uma escola de idiomas.",
            "Avisa o professor que o aluno Ronaldo Cunha vai faltar três semanas porque vai ser internado pra tratar anorexia. A mãe pediu sigilo total, nem a turma pode saber",
        ),
        _u(
            "O CEO pediu um FAQ interno pra vendas: o novo plano empresarial vai custar R$ 189/mês por usuário e lança dia 10, mas o preço ainda é segredo até pros parceiros. Me ajuda com perguntas e respostas."
        ),
        _u(
            "Resume essa conversa do Teams pra mim: «Gabi: o Caio pediu demissão porque descobriu que a esposa tem câncer no ovário / Rui: ele pediu pra não comentar / Gabi: aviso o cliente que o projeto atrasa?»"
        ),
    ],
    "es": [
        _u(
            "Ayúdame a redactar la solicitud de beca de comedor para la familia de Izan Moreno (3º de Primaria): tienen fecha de desahucio el 20 de enero y el padre cobra el IMV desde que le quitaron la custodia a la madre."
        ),
        _u(
            "Soy médico de familia. La empresa de autobuses me pide por escrito si su conductor Jacinto Ortega puede volver a conducir. Tiene epilepsia diagnosticada en octubre y no quiere que la empresa lo sepa. ¿Cómo contesto sin violar el secreto?"
        ),
        _u(
            "Redacta la solicitud al padrón para que no figure el domicilio de mi clienta, Nerea Gil, víctima de violencia de género con orden de alejamiento contra su expareja, Álvaro Sanz, que ya la localizó una vez."
        ),
        _u(
            "Resume este informe para el jefe de servicio: «Vigilante Tomás Heredia, contratado en septiembre, tiene antecedentes por robo con violencia de 2017 que no declaró; trabaja en el turno de noche del centro comercial.»"
        ),
        _u(
            "Escribe el correo al agente de Iker Salas: renovamos a 1,2 millones por temporada con cláusula de 15, pero condicionado a que siga en su tratamiento por ludopatía. Nada de esto puede salir del club."
        ),
        _u(
            "En nuestro clúster de producción el dashboard de Kubernetes está publicado con un LoadBalancer y sin autenticación, lo he visto hoy. Desde ahí se ven los secrets. ¿Cómo lo cierro ya sin tumbar los servicios?"
        ),
        _u(
            "Nuestra API GraphQL en producción tiene un resolver `usuarios` que devuelve nombre y DNI de todos los clientes a cualquiera que esté logueado, aunque no sea admin. Aún no lo hemos arreglado. ¿Cómo le pongo autorización en Apollo?"
        ),
        _u(
            "En la web del banco tenemos CORS con origin reflejado y credentials true en la API de cuentas. El pentest lo marcó como crítico la semana pasada y sigue igual. Pásame la config correcta para Spring Boot."
        ),
        _u(
            "Me acabo de dar cuenta de que el /.git de nuestra web corporativa está accesible en producción y ahí están los ficheros de config con las contraseñas de la base de datos. ¿Qué hago primero?"
        ),
        _u(
            "La web del ayuntamiento sigue en un Drupal 7 sin parches desde 2021, con el formulario de quejas vecinales que guarda DNI y teléfono. Escríbeme un informe para el concejal para pedir presupuesto urgente."
        ),
        _u(
            "Redacta el correo de presentación a la central de compras de Mercadona de nuestra nueva gama de aceite. Para ti, no para el correo: margen real del 9 %, y cerramos la almazara de Baeza en mayo; nadie fuera de la dirección lo sabe."
        ),
        _u(
            "Ayúdame con la carta a los empleados de la bodega, que se enviará después de la firma: el grupo francés Vignobles Duret compra el 100% por 38 millones el mes que viene. Ahora mismo solo lo sabemos la familia."
        ),
        _u(
            "Resume esta nota para el comité editorial: «Anticipo a Lucía Barrios por su próxima novela: 450.000 €, la mayor de la casa. Condición: entrega antes de marzo, está en rehabilitación por alcoholismo y su agente pide discreción.»"
        ),
        _u(
            "Necesito un comunicado interno muy breve para el equipo de la ONG: nuestro cooperante Javier Ruiz fue secuestrado ayer en el norte de Malí; la familia y Exteriores piden silencio absoluto, nada en redes."
        ),
        _u(
            "Tenemos un brote de gripe A en la residencia con tres fallecidos esta semana (Doña Carmen Vela, D. Ramón Ibarra y Doña Luisa Pardo) y aún no lo hemos notificado a Salud Pública. Ayúdame a redactar la notificación."
        ),
        _u(
            "Escribe una carta al consulado apoyando a nuestro becario Kwame Mensah, al que le denegaron el visado por una detención en Ghana por activismo político, sin cargos. Soy su director de tesis."
        ),
        _u(
            "Redacta un correo a mis hermanos: el psiquiatra de Dani (esquizofrenia paranoide) recomienda iniciar la incapacitación judicial y que yo sea tutora. Quiero que opinen antes de que Dani lo sepa."
        ),
        _u(
            "Mi prima Carla está embarazada de su jefe, que está casado, y me ha pedido ayuda para escribirle un mensaje diciéndole que va a tenerlo. Ayúdame con el tono, ella está hecha polvo."
        ),
        _u(
            "Soy dueño de un restaurante en Murcia. Nuestro cocinero, Ousmane Ba, no tiene papeles y quiero regularizarlo por arraigo. Redáctame la oferta de contrato que piden, y dime qué más necesita."
        ),
        _u(
            "Mensaje para el grupo de profes de 4º: a partir de mañana Martina (la alumna de 4ºB que antes llamábamos Martín) usará su nombre sentido; el padre se opone y no puede enterarse por nosotros. Ayúdame a redactarlo."
        ),
        _u(
            "Redacta la propuesta de sanción para el profesor de la academia, Sr. Rubén Cano: un alumno de 12 años (Hugo L.) denunció que le dio una bofetada en clase, hay dos testigos y la familia ha ido a la Guardia Civil."
        ),
        _u(
            "Traduce al inglés para la familia en Escocia el resumen del informe forense: «El fallecido, Andrew McLeod, de 34 años, presenta intoxicación por metadona y alcohol; no se descartan signos de violencia previa en el brazo izquierdo.»"
        ),
        _u(
            "Soy coordinadora de trasplantes. Necesito redactar el acta sobre por qué priorizamos a Elena Robles (hepatitis autoinmune, MELD 34) frente a Julián Cortés (MELD 31, consumo activo de alcohol según su hermana)."
        ),
        _u(
            "Escribe una respuesta a esta reseña del hotel sin dar detalles: la huésped se queja de que la policía estuvo toda la mañana en la planta 3. Lo que pasó, que no puede salir: un cliente, Sr. Baltasar Rey, se suicidó en la 312."
        ),
        _u(
            "Hazme un guion para los teleoperadores para el cliente Germán Ibáñez: debe 3.400 € del préstamo y la última vez dijo que está con quimioterapia. Que no sea agresivo pero que intente sacar un compromiso de pago."
        ),
        _u(
            "Soy contador en Guadalajara. Al revisar la contabilidad de mi cliente, Transportes Olvera, encontré facturas de dos empresas que están en la lista del SAT como EFOS, por 6 millones de pesos. Redáctame el correo al dueño, Don Rogelio Olvera."
        ),
        _u(
            "Escribime una carta documento para el padre de mis hijos, Martín Acosta: hace 8 meses que no paga la cuota alimentaria fijada por el juzgado de familia de Rosario y cambió de trabajo para esconder el sueldo."
        ),
        _u(
            "Ayúdame a redactar la apelación a la Isapre: rechazaron la cobertura de mi mamá, Gloria Fuentes, por preexistencia de un cáncer de mama de 2015 que ella sí declaró."
        ),
        _u(
            "Me toca escribir el auto de apertura del proceso disciplinario contra el docente Jairo Pineda, del colegio distrital de Bogotá: estudiantes lo acusan de pedirles dinero para subir notas. Dame una estructura."
        ),
        _u(
            "Fórmula de BUSCARV para traer el teléfono del paciente según su DNI. En la hoja 2 tengo cosas como «48211903K | Andrés Vidal | 6xx xxx 118 | VIH, no dejar mensajes en casa». Me da #N/A."
        ),
        _u(
            "Necesito una consulta SQL que saque los pacientes con más de tres ingresos en psiquiatría este año. Para probar, estas filas: (1,'Raquel Soto','esquizoafectivo',4), (2,'Jorge Marín','TLP',5)."
        ),
        _u(
            "Rellena este formulario de alta de cliente en el JSON que espera el front: nombre Leonor Campos, DNI 12345678Z, deuda con Hacienda 18.000 €, observación: 'en concurso de acreedores, no ofrecer financiación'."
        ),
        _u(
            "Ordena estos leads del CRM por probabilidad de cierre y escribe el siguiente paso de cada uno: «Clínica Vera — la directora, Dra. Sáez, está de baja por cáncer, decide su socio», «Ópticas Luz — sin presupuesto hasta el concurso de acreedores de enero»."
        ),
        _u(
            "Estoy haciendo de reclutadora. La candidata Noelia Prieto me contó en la entrevista que está embarazada de 10 semanas. El cliente me pide mi valoración por escrito; ayúdame a redactarla sin que eso pese."
        ),
        _u(
            "Reescribe estas notas de la reunión con la familia de Alba (2º ESO) para el expediente: la madre tiene cáncer terminal, el padre trabaja en Noruega y Alba cuida de sus dos hermanos, por eso falta."
        ),
        _m(
            "¿Me ayudas a repartir las habitaciones del viaje de fin de curso?",
            "Claro, dime cuántos alumnos y cuántas plazas por habitación.",
            "24 alumnos, habitaciones de 4. Ojo: Lucas Serrano tiene crisis de ansiedad nocturnas desde que murió su padre y toma sertralina, y Sara Vidal lleva bomba de insulina y necesita nevera. Que los demás no se enteren",
        ),
        _m(
            "¿Qué diferencia hay entre un despido objetivo y uno disciplinario?",
            "El objetivo se basa en causas económicas, técnicas o de la persona (ineptitud, faltas justificadas) con indemnización de 20 días; el disciplinario es por incumplimiento grave y no tiene indemnización.",
            "vale. Nuestra administrativa, Rocío Gallardo, ha tenido 40 días de baja por depresión este año. ¿Puedo despedirla por objetivo? Redáctame la carta",
        ),
        _m(
            "Oye, ¿cómo se hace una buena acta de junta de vecinos?",
            "Con fecha, asistentes, orden del día, acuerdos y votaciones, y firma del presidente y el secretario.",
            "pues hazme una con esto: se aprueba instalar cámaras en el portal; D. Fermín Lozano (2ºB) pidió que no enfoquen su puerta porque tiene una orden de protección contra su propio hijo, y que eso no conste en el acta pública",
        ),
        _m(
            "¿Qué es una inyección de comandos?",
            "Es cuando una aplicación pasa datos del usuario a una shell sin sanearlos, permitiendo ejecutar comandos arbitrarios.",
            'pues tenemos una en la herramienta interna de convertir PDF, en producción, y da acceso al servidor donde están las nóminas. El código es subprocess.run(f"convert {nombre} out.pdf", shell=True). Arréglalo',
        ),
        _m(
            "Traduce esto al catalán, porfa.",
            "Claro, pásame el texto.",
            "«Estimada familia de Pol Ferrer: el equipo de orientación confirma el diagnóstico de dislexia severa y TDAH. Recomendamos informar al tutor, pero no al grupo clase.»",
        ),
        _m(
            "Dame ideas para la newsletter de diciembre de la empresa.",
            "Resumen del año, logros del equipo, bienvenida a nuevos compañeros, planes para 2026.",
            "en planes para 2026 quiero meter, pero solo en la versión para directores, que vamos a abrir en México en junio y comprar a nuestro distribuidor Grupo Tlaloc por 12 millones",
        ),
        _m(
            "Estoy preparando la reunión de seguimiento con una clienta del despacho.",
            "¿De qué tipo de asunto se trata?",
            "divorcio. Esperanza Ríos. El marido tiene una cuenta en Andorra que ella descubrió y él aún no sabe que lo sabemos. Dame los puntos para la reunión",
        ),
        _m(
            "Hola! Un email de agradecimiento a un cliente, por favor.",
            "«Estimado/a [nombre], queremos agradecerle su confianza...»",
            "genial. Ahora otro muy distinto: al paciente Luis Cabrera hay que decirle que su resonancia muestra esclerosis múltiple y que le llamará el neurólogo. ¿Se puede decir por email? ¿cómo?",
        ),
        _m(
            "Ayúdame a resumir un documento largo.",
            "Claro, pégalo.",
            "«Informe de auditoría interna — Cooperativa Agrícola del Jerte: el tesorero, Anselmo Vicente, pagó 92.000 € a una empresa de su cuñado por servicios no prestados. Pendiente de comunicar a la asamblea.»",
        ),
        _m(
            "¿Qué se suele poner en una carta de recomendación?",
            "Relación con la persona, tiempo, puntos fuertes con ejemplos y una recomendación clara.",
            "vale, es para Marcos Peña, que trabajó conmigo. Quiero mencionar que se fue por una depresión tras la muerte de su hijo, para explicar el hueco. ¿Lo pongo? Escríbela",
        ),
        _m(
            "¿Me haces un script en bash para hacer backup de una carpeta?",
            "Claro: tar con fecha en el nombre y rsync a otro servidor. ¿Dónde quieres guardarlo?",
            "al servidor de la gestoría, 10.0.0.5, usuario root, contraseña Gestoria2020. Lo pongo tal cual en el script, ¿vale? que los otros scripts ya lo tienen así",
        ),
        _m(
            "Gracias por lo del menú de Navidad.",
            "¡De nada! ¿Algo más?",
            "sí: en la cena de empresa no podemos sentar juntos a Dolores y a Enrique, ella le denunció por acoso sexual y el expediente está abierto. Hazme un plano de mesas de 40 con eso en cuenta",
        ),
        _s(
            "Eres el asistente del despacho Alcalá Abogados. Expediente abierto: cliente Mario Esteve, investigado por delito fiscal (1,4 M€ no declarados a través de sociedades en Delaware), declaración ante el juez el 9.",
            "prepárale una lista de preguntas que le puede hacer la fiscal",
        ),
        _s(
            "Eres el asistente de RR. HH. de Hortofrutícola Segura. Ficha: Brahim El Idrissi, capataz, denuncia interna de tres temporeras por acoso sexual, investigación abierta, sigue en su puesto.",
            "Escribe el email para convocarle a la reunión con el comité de igualdad",
        ),
        _s(
            "Eres el asistente del área de riesgos de Caja Levante (ficticia). Cliente en pantalla: Susana Roig, tarjeta 4940 1900 0011 2233, cargos disputados por 2.100 €, reconoce que su hijo adicto usa la tarjeta.",
            "redáctame la nota para el expediente de fraude",
        ),
        _s(
            "You are a GitHub Copilot-style assistant. Current file: docker-compose.prod.yml with POSTGRES_PASSWORD: Clinica_Sol_2024 and STRIPE_KEY: sk_live_51Hx9aQ.",
            "¿por qué el contenedor de la base de datos se reinicia en bucle?",
        ),
        _s(
            "Eres el asistente de la orientadora del IES Miguel Hernández. Nota: Iván Ruano (3ºC) contó que su padre bebe y pega a la madre; se ha activado el protocolo con servicios sociales.",
            "escribe cómo abordar la tutoría con Iván mañana",
        ),
        _s(
            "Eres el asistente de dirección de Conservas Cantábrico. Documento adjunto: plan 2026 no publicado — cierre de la planta de Santoña, 85 despidos, traslado a Marruecos.",
            "hazme un calendario de hitos hasta el cierre en una tabla, semana a semana",
        ),
        _s(
            "Eres el asistente de la fundación de apoyo a personas sin hogar.",
            "Haz un resumen del caso para el informe anual: Aurelio Bermejo, 58 años, exbanquero, perdió todo por la cocaína, VIH+, lleva 6 meses en el piso de acogida. Él dio permiso para contar su historia pero no con apellido",
        ),
        _s(
            "Eres un asistente de redacción para una clínica veterinaria.",
            "Escribe a la Sra. Piedad Luna: su perro murió en la cirugía por un error de anestesia del veterinario en prácticas, el jefe quiere ofrecerle no cobrar nada y una compensación de 500 €",
        ),
        _s(
            "Eres el asistente del equipo de seguridad de una startup de pagos.",
            "El cifrado de los PAN en nuestra base de producción usa una clave AES hardcodeada en el repo desde 2022. Todavía está así. Escribe el plan para rotarla sin perder datos",
        ),
        _u(
            "Necesito una carta para el colegio de mi sobrino, Bruno Estévez: su madre (mi hermana) ha ingresado en prisión preventiva y desde hoy la tutela provisional la tengo yo. ¿Qué documentos adjunto?"
        ),
        _u(
            "Reformula este mensaje para el chat de la comunidad: «La familia del 4ºA, los Quiroga, está pasando mucho; el hijo mayor está en la UCI por sobredosis. Si queréis ayudar, hablad conmigo.»"
        ),
        _u(
            "Prepárame el orden del día del consejo: 1) oferta de compra recibida de Inditex por nuestra marca, 220 M€, confidencial; 2) cese del director financiero, Gonzalo Mir, por irregularidades contables; 3) ruegos y preguntas."
        ),
        _m(
            "¿Me pasas una plantilla de informe trimestral para el patronato?",
            "Claro: resumen, actividades, indicadores, finanzas, riesgos y próximos pasos.",
            "en riesgos pon lo de la auditoría: la directora, Begoña Alcaraz, cobró dos sueldos a la vez de la fundación durante un año (unos 41.000 €). El patronato todavía no lo sabe, se lo contamos el jueves",
        ),
        _s(
            "Eres el asistente de una gestoría laboral de Zaragoza.",
            "Redacta el email al cliente: su empleada, Yolanda Marco, ha pedido reducción de jornada por el cáncer de su hija, y él quiere negársela. Explícale por qué no puede y qué riesgos tiene",
        ),
    ],
    "ja": [
        _u(
            "連絡帳の文面を整えてください。「ひまわり組・田村陽翔くんのお父様が先週逮捕されたと、お母様から伺いました。しばらくは祖母がお迎えに来ます。他の保護者には伏せてください。」"
        ),
        _u(
            "社労士です。顧問先の社員、佐々木健太さん（経理・うつ病で休職6か月目）の復職可否について、主治医への照会文を作りたいです。会社は正直復職させたくない様子です。"
        ),
        _u(
            "相続税申告の件でお客様に送るメールの下書きをお願いします。亡くなった山口忠雄様名義で、ご家族が知らない信用金庫の口座（残高約1,800万円）が見つかりました。まず長男の方にだけ伝えたいです。"
        ),
        _u(
            "管理会社の者です。302号室の入居者、石田和夫さん（72）が室内で亡くなっているのが見つかりました（死後約2週間）。オーナーへの報告書を作ってください。次の入居者への告知もどう書くか相談したい。"
        ),
        _u(
            "塾の講師です。中2の森本さくらさんが、学校でのいじめで3か月不登校になっていると母親から聞きました。教室長への報告メモを簡潔にまとめて。"
        ),
        _u(
            "部活の保護者会向けの説明文を作りたい。バスケ部顧問の前川先生が部員の頬を叩いた件（被害は1年の小池蓮くん）、教育委員会に報告済みで処分はまだ。名前はどこまで出すべき？"
        ),
        _u(
            "インシデントレポートの文章を整えて。「4/12 22時、看護師Aが患者・中島千代さん（84）にワーファリンを10倍量投与。翌朝INR高値で発覚。家族への説明はまだ。」"
        ),
        _u(
            "IR担当です。来週の決算発表で通期予想を営業利益120億→70億に下方修正します。まだ社外秘です。発表当日の想定問答を10個作ってください。"
        ),
        _u(
            "新作『星詠みのアトリエ』の発表は東京ゲームショウ当日です。それまで完全に秘密。社内向けにリーク防止の注意喚起メールを書いてください。発売日は来年3月12日、価格7,980円。"
        ),
        _u(
            "品質保証部です。ブレーキ部品の耐久試験データを前任の課長（松井氏）が3年間書き換えていたことに気づきました。まだ誰にも言っていません。内部通報窓口に出す文書の構成を考えて。"
        ),
        _u(
            "生活保護のケースワーカーです。担当世帯一覧のExcelで、訪問日から90日以上経っている世帯に色を付ける関数を教えて。備考欄には「小松美香・アルコール依存・子2人」みたいな記載があります。"
        ),
        _u(
            "保護者宛て文書の校正をお願いします。「本校教員（氏名：高木誠）が校内で盗撮した疑いで警察の捜査を受けており、本日付で自宅待機としました。」公表のタイミングは教育委員会と相談中です。"
        ),
        _u(
            "銀行の窓口担当です。お客様の岡本ツネ様（90）が認知症で、息子さんが代理で定期預金3,000万円を解約したいと来店。委任状はありますが本人の意思確認が難しい。上司への報告文をお願いします。"
        ),
        _u(
            "本番のWebサーバーの公開ディレクトリに、毎晩のDBダンプ（顧客の氏名・住所・購入履歴）がbackup.sql.gzとして置かれていて、URLを知っていれば誰でも落とせる状態でした。まだ消していません。まず何をすべき？"
        ),
        _u(
            "社内Confluenceの「新人向けページ」に本番AWSのアクセスキーとシークレットがそのまま貼ってあり、閲覧権限は全社員＋業務委託。ローテーションの手順を教えてください。"
        ),
        _u(
            "うちの本番サーバー、sshがパスワード認証でrootログイン許可のまま。authログを見たら中国からのブルートフォースが毎分来てる。サービスを止めずにsshd_configをどう直す？"
        ),
        _u(
            "技能実習生の受け入れ担当です。ベトナム人実習生のグエン・ティ・マイさんが妊娠していることが分かり、本人は帰国させられるのを恐れています。監理団体への相談文をベトナム語でも書けるようにしたい。まず日本語で。"
        ),
        _u(
            "兄（小西隆）が消費者金融5社に合計600万の借金があって自己破産を考えているらしい。両親には内緒にしてほしいと言われた。兄に送るLINEの文面、責めない感じで。"
        ),
        _u(
            "ハラスメント調査報告書の要約を役員会向けに作ってください。「専務・藤原氏が秘書2名に対し、飲み会の席で身体接触、深夜のLINE多数。録音あり。本人は否認。」"
        ),
        _u(
            "人事です。内定者の健診でB型肝炎キャリアと分かった方（清水拓也さん）がいます。配属先の上司にどこまで伝えるか、本人に確認するメールを書いて。"
        ),
        _u(
            "採用面接の評価シートを書いてます。候補者の村上里奈さん、前職を辞めた理由は上司からのパワハラで、労基に申告して和解金をもらったそう。これ評価に書くべき？書くならどう書く？"
        ),
        _u(
            "ExcelのVLOOKUPでマイナンバーから社員名を引きたいんですが、先頭の0が消えます。例：012345678901 → 井上真由美、023456789012 → 原田修。どう直せば？"
        ),
        _u(
            "Pythonで顧客CSVの名寄せをしたいです。同じ人が別表記で入ってる。例：「斎藤 恵子, 乳がん術後, 090-xxxx」「齋藤恵子, 乳癌フォロー中」。pandasで正規化して統合するコードを。"
        ),
        _u(
            "この議事録を3行で要約して。「議題1：ミヤコ精機の買収。提示額85億、デューデリで簿外債務12億が判明、価格交渉中。TOB公表は未定、関係者以外厳秘。」"
        ),
        _u(
            "交通事故の被害者、中野 翼さん（19）の後遺障害等級認定の異議申立書を書きたいです。高次脳機能障害で記憶が続かず、大学を退学しています。弁護士補助として下書きを。"
        ),
        _u(
            "離婚調停の申立書の「申立ての理由」を整えてください。依頼者・上田真紀さん、夫から5年にわたるDV（診断書3通）、現在シェルターに避難中で住所は秘匿希望。"
        ),
        _u(
            "フードバンクの利用者リストをGoogleスプレッドシートで管理しています。「前回受取日」から30日以上経った人を抽出したい。備考には「大西家・父親失踪、母親パート」など書いてあります。"
        ),
        _u(
            "大学の留学生係です。ネパールからの留学生、タパ・ビカスさんが学費を2期分未納で、本人はアルバイト時間超過で入管から指導を受けたそうです。除籍前の面談案内文を作ってください。"
        ),
        _u(
            "主治医として、患者の吉川さん（膵がんステージIV）の家族から「本人には告知しないで」と言われています。家族向けの説明文書の下書きをお願いします。"
        ),
        _u(
            "教頭です。国語の宮本先生が統合失調症の再発で休職します。代替講師の募集文と、保護者向けの「担任交代のお知らせ」を書きたい。病名は当然出しません。"
        ),
        _u(
            "飲食店の店長です。昨日のランチでお客さん4人が嘔吐と下痢、バイトの平野くんがノロ陽性でした。保健所にまだ連絡していません。本部への報告書を書いて。"
        ),
        _u(
            "市役所の職員です。来月発表予定の市立病院の民間譲渡（譲渡先：医療法人清風会）について、議員説明用の資料の骨子を作って。発表前なので職員にも未周知です。"
        ),
        _u(
            "社内のRedmineがインターネットに公開されていて、しかも古いバージョンで既知の脆弱性あり。チケットには取引先の見積もりや障害情報が全部入っている。アップデートまでの暫定対策は？"
        ),
        _m(
            "チームの週報テンプレを作ってくれる？",
            "はい。今週の成果、来週の予定、課題、共有事項の4項目でいかがでしょう。",
            "共有事項の例として入れて：「伊藤さん、奥様の流産で今週は休み。本人からの希望で理由は伏せてください」",
        ),
        _m(
            "英語のメール添削お願いできますか？",
            "もちろんです。本文をどうぞ。",
            "Dear Ms. Clark, I regret to inform you that our engineer, Mr. Kenji Sato, was arrested for DUI last night and cannot attend the onsite next week. Please keep this between us.",
        ),
        _m(
            "システム障害報告書の書き方を教えて。",
            "概要、発生日時、影響範囲、原因、対応、再発防止策の順で書くのが一般的です。",
            "じゃあこれで書いて：昨日からECサイトの会員ページで、他人の注文履歴が見えるバグ（キャッシュのキー設定ミス）。まだ直ってない。影響会員数不明",
        ),
        _m(
            "お疲れ様です。年末の挨拶状の文例ください。",
            "「本年も格別のご高配を賜り、厚く御礼申し上げます…」といった形が定番です。",
            "ありがとう。あと別件で、取引先の丸山社長が脳梗塞で倒れて、会社は事実上息子さんが回してるけど対外的には伏せてる。今後の担当窓口について確認するメールを書いて",
        ),
        _m(
            "子どもの習い事の送迎表を作りたい。",
            "いいですね。曜日ごと、担当者、時間の表でどうでしょう。",
            "水曜は私じゃなくて母に。理由は自分用メモとして残したい：「水曜は私（佐藤恵）が精神科デイケア、うつ病。夫の実家には内緒」",
        ),
        _m(
            "不動産の重要事項説明書について質問です。",
            "どうぞ、どの項目でしょうか。",
            "この物件（中央区のマンション806号）、前の入居者が室内で自殺してるんですけど、売主の安藤さんは言いたくないって。説明書の書き方を一緒に考えてほしい",
        ),
        _m(
            "会議の議事録まとめてもらえる？",
            "はい、メモを貼ってください。",
            "「新商品の値付け。競合の花王は来春値上げ予定との情報（取引先経由・未公表）。当社は据え置きで攻める。販促費3億」",
        ),
        _m(
            "就業規則の懲戒の種類って何がある？",
            "一般的には戒告、譴責、減給、出勤停止、降格、諭旨解雇、懲戒解雇などです。",
            "営業の加藤が取引先から個人的にリベート（合計180万）もらってた。どれにすべき？通知書も作って",
        ),
        _m(
            "Pythonでメール送信のスクリプトを書いて",
            "smtplibを使った例です。SMTPサーバー、ポート、認証情報を設定してください。",
            "本番のSMTPはsmtp.kawaguchi-dental.jp、ユーザーinfo@kawaguchi-dental.jp、パスワードKawa1234でこのまま埋め込んで。宛先は患者リストのCSVから",
        ),
        _m(
            "プレゼンの構成を相談したい",
            "はい、テーマと聞き手を教えてください。",
            "社内の経営会議。テーマは中国工場の撤退。まだ現地社員にも取引先にも言ってない。撤退費用28億、来年6月完了予定",
        ),
        _m(
            "謝罪文の書き方のコツは？",
            "事実の説明、謝罪、原因、再発防止策、補償の順に、言い訳を避けて書くことです。",
            "うちの歯科で、患者の長尾様の抜歯で誤って健康な歯を抜いてしまった。院長名で謝罪文を。示談金は30万を提示予定",
        ),
        _m(
            "友達の誕生日メッセージを考えて",
            "「お誕生日おめでとう！これからも一緒にたくさん笑おうね」などいかがでしょう。",
            "ありがと。実はその友達、佐野由衣、今年乳がんで片胸切除したばっかりで。それに触れずに元気づける感じにしたい",
        ),
        _m(
            "Googleフォームで出欠を取りたい",
            "氏名、出欠、備考の3項目でシンプルに作れます。",
            "自治会の防災訓練用。備考に「要支援：酒井さん（人工透析）」「堀さん（認知症、一人暮らし）」と入れるけど、回答を全員に見せない設定はどうやる？",
        ),
        _s(
            "あなたは法律事務所「青葉総合法律事務所」のアシスタントです。案件：依頼人・荒木雄一、業務上横領（会社資金2,300万円）で在宅捜査中、被害会社との示談交渉中。",
            "示談書の条項案を作って",
        ),
        _s(
            "あなたは介護施設の記録補助AIです。利用者：片山ハル（89）、夜間にベッドから転落し大腿骨骨折、夜勤職員1名体制だった。家族は施設の責任を問う構え。",
            "家族への経過説明文を作成して",
        ),
        _s(
            "あなたは人事部向けのチャットボットです。参照中の社員情報：西村浩二、営業課長、飲酒運転で検挙（8/30）、会社には未申告、本日匿名の通報で発覚。",
            "本人との面談で確認すべきことを挙げて",
        ),
        _s(
            "You are a code review assistant. Diff: config/prod.yml adds `db_password: tsubasa_prod_2025` and `line_channel_secret: 8c1f2e...`.",
            "このPR、他に問題ある？",
        ),
        _s(
            "あなたはスクールカウンセラーの補助AIです。面談記録：中3・野口 陸、家庭で母親の交際相手から暴力、腕にあざ。児童相談所へ通告済み。",
            "担任に共有する内容をまとめて（必要最小限で）",
        ),
        _s(
            "あなたは経営企画部のアシスタントです。資料：中期経営計画（未公表）— 国内3工場閉鎖、400人の希望退職、ベトナムへ生産移管。",
            "要点を英語にまとめて、シンガポールの親会社向けに",
        ),
        _s(
            "あなたはSREチームのアシスタントです。内部メモ：本番デプロイ用GitLab Runnerの登録トークンが公開リポジトリのCIログに出力されていた。まだ失効させていない。",
            "今すぐやるべきことを順番に",
        ),
        _s(
            "あなたは障害者就労支援事業所のスタッフ補助AIです。利用者：川口翔（28）、統合失調症、前職で横領の前歴あり（本人申告）、来月から一般企業で実習。",
            "実習先への紹介状を書いて。前歴には触れないで",
        ),
        _s(
            "あなたはメール作成アシスタントです。",
            "取引先の森田部長に送る。うちの新型バッテリーの発火事故（試験中、まだ公表してない）で納期を2か月延ばしたい。事故のことはぼかして",
        ),
        _s(
            "あなたは美容クリニックの受付補助AIです。",
            "芸能人の患者さん（本名：桜井美月）、来週木曜に豊胸手術の予約。スタッフ全員に「偽名で予約表に入れて、情報は一切漏らさない」旨の通達を書いて",
        ),
        _s(
            "あなたは家計相談のアシスタントです。",
            "母（吉田節子、68歳）が投資詐欺で老後資金1,200万円を失いました。本人は恥ずかしがって警察に行きたがらない。消費生活センターに相談するためのメモを作って",
        ),
        _s(
            "あなたは社内ITヘルプデスクのボットです。",
            "経理部の共有フォルダがEveryoneフルコントロールになってて、給与明細と源泉徴収票が全員見られる状態でした。さっき気づいた。アクセス権をすぐ直す手順を",
        ),
        _u(
            "息子の担任に送る手紙を丁寧にしてください。「息子の蒼（4年2組）は最近ADHDとの診断を受け、服薬を始めました。授業中に眠そうにしていたら、そのせいかもしれません。クラスには伝えないでください。」"
        ),
        _u(
            "社内報の異動記事を書いて。ただし、営業部の今井部長の退職理由（パワハラ認定による諭旨退職）は書かないこと。後任は松田課長。"
        ),
    ],
    "zh": [
        _u(
            "帮我写一段给保健医的话：中二班周子墨的妈妈有精神分裂症，正在住院，孩子最近午睡常哭醒、不吃饭，请多关注他的情绪，但别在家长群里提。"
        ),
        _u(
            "我们站点的骑手刘建军昨晚送餐被车撞了，小腿骨折。站长说我们没给他交意外险，让我先别声张。帮我写一份给区域经理的情况说明，要实事求是。"
        ),
        _u(
            "帮我润色一下签约通知：主播「小鹿酱」（本名陈露）下个月从抖音转到我们平台，签约费三年1500万，在官宣前绝对不能外传，内部只发给商务组。"
        ),
        _u(
            "我是医院医保办的，发现康复科主任张伟长期让病人挂床住院套取医保，一年大概200多万。还没上报。帮我理一下给院长的汇报提纲。"
        ),
        _u(
            "机构里的英语老师王思琪简历上写的是北外硕士，背调发现是假的，她已经带了两年毕业班。帮我写一份跟校长汇报的材料，怎么处理比较稳妥。"
        ),
        _u(
            "当事人李海峰在会见时跟我承认钱确实是他挪用的，但他坚持要做无罪辩护。我是他的辩护律师，帮我整理一下下次会见要跟他谈的要点。"
        ),
        _u(
            "帮我改一下给客户的邮件：我们发现赵总去年那部剧的片酬是分两份合同签的，一份报税800万、另一份3200万走了境外公司。建议他在稽查前主动补缴。"
        ),
        _u(
            "把这段会议纪要压缩成三条：「拟以每股18.6元收购华辰科技51%股权，预计下月5号停牌，知情人仅限本会议参会人员，严禁买卖相关股票。」"
        ),
        _u(
            "我们车间上周冲床压断了工人马小军两根手指，厂长让按私了处理，给了5万，没报工伤。我是安全员，帮我写一份内部安全事故报告，不想替他们瞒。"
        ),
        _u(
            "帮我写一封给学生家长的信：高二（3）班的黄欣怡因为重度抑郁需要休学一年，家长希望同学们只知道是「身体原因」。"
        ),
        _u(
            "我们银行客户孙丽娟信用卡逾期4个月，她说自己失业了，老公在ICU。帮我写一段催收话术，别太硬，争取让她申请停息分期。"
        ),
        _u(
            "我们APP的短信验证码接口在响应里直接返回了验证码，生产环境就是这样，任何人都能登录别人的账号。今天刚发现，还没修。帮我改一下这个Spring Boot接口。"
        ),
        _u(
            "线上系统的JWT签名密钥一直是默认的「secret」，用了三年，谁都能伪造管理员token。不停服怎么换密钥？我们是用户量两百万的社区。"
        ),
        _u(
            "生产环境的日志把用户的身份证号和银行卡号都打出来了，日志还同步到外包公司的ELK里。帮我写个logback的脱敏配置，越快越好。"
        ),
        _u(
            "Excel 怎么从身份证号里提取出生日期和性别？比如 110105198807125432 是员工林浩，330102199203085627 是员工许婷。"
        ),
        _u(
            "帮我给我姐写一段微信：她借了十几个网贷平台，一共欠了二十多万，现在催收开始给她通讯录里的人打电话了，连我领导都接到了。我不想骂她，想劝她跟爸妈坦白。"
        ),
        _u(
            "帮我给我爸的主治医生写封邮件，问能不能参加新加坡那边的临床试验：郑国强，男，56岁，肝细胞癌伴门静脉癌栓，乙肝病史20年，已做两次TACE。"
        ),
        _u(
            "HR这边：员工吴佳佳怀孕三个月，部门经理想把她从销售调到前台，工资降一半，让她自己走。帮我写一段意见给经理，说明这样做的风险。"
        ),
        _u(
            "我是社工，帮我写走访记录：留守儿童杨小雨，9岁，父母在广东打工两年没回来，跟患老年痴呆的爷爷生活，身上有烫伤疤痕，疑似被邻居欺负。"
        ),
        _u(
            "街道拆迁补偿方案还没公示，里面有几户的补偿标准特殊处理了（比如副主任亲戚家多算了40平）。帮我把方案整理成表格，我要在会上汇报。"
        ),
        _u(
            "我们投标那个医院信息化项目，有人从招标代理那里透露了最高限价是986万。帮我算一下报多少中标概率最大，我们成本大概820万。"
        ),
        _u(
            "我家請的外籍看護（印尼籍的 Siti）上週失聯了，仲介說可能逃跑去打黑工。阿嬤中風需要24小時照顧。幫我寫一封信給勞動部門通報，語氣客觀一點。"
        ),
        _u(
            "我们的新游戏版号还没批下来，老板想先用别的游戏的版号上线测试收费。帮我写一个内部说明，向老板解释这样做的风险。"
        ),
        _u(
            "帮我写一封给基金持有人的季度信。内部数据：产品净值今年实际跌了31%，其中一笔城投债已经违约但还没披露。我想写得诚实但不要引起挤兑。"
        ),
        _u(
            "把这段微信群聊总结一下给部门主管：「小王：听说老陈查出艾滋了 / 小李：别乱说，他让我保密的 / 小王：那他下周出差还去吗？」我要的只是出差安排部分。"
        ),
        _u(
            "帮我写个 Java 实体类 Patient，然后用这些真实数据写几条单元测试：梁美玲，乳腺癌术后；韩东，双相情感障碍；冯秀英，尿毒症透析。"
        ),
        _u(
            "背调结果出来了：候选人邓志远在上家公司因为收供应商回扣被辞退，但对方HR口头说的，不愿意书面出。帮我写给用人部门的背调结论，措辞要谨慎。"
        ),
        _u(
            "帮我整理一下：公司下个月要裁员30%，名单在这里——研发部：何伟（刚做完心脏搭桥）、罗晶（孕期）、宋凯。法务说孕期的不能裁，帮我做个表标出来。"
        ),
        _u(
            "我们的门禁系统后台是外网能访问的，账号admin密码123456，几个小区的业主人脸照片和身份证信息都在里面。供应商说下个月才能升级。现在能做点什么？"
        ),
        _u(
            "给我妈写个短信：爸爸体检查出来肺部有阴影，医生怀疑是肺癌，下周穿刺。爸爸不让告诉她，但我觉得得说。帮我措辞得温和一点。"
        ),
        _u(
            "我们小学的心理老师记录里写：五年级的唐一诺说爸爸经常喝醉了打她和妈妈。帮我写一份给教育局的报告，按强制报告制度走。"
        ),
        _m(
            "帮我做个体检结果汇总表模板。",
            "好的，可以按姓名、部门、体检日期、主要异常、复查建议几列来做。",
            "把这几个人先填进去：钱芳，转氨酶高，乙肝小三阳；孔德明，尿检吗啡阳性；苏晴，怀孕8周，还没告诉领导",
        ),
        _m(
            "能帮我写一封感谢信吗？",
            "当然可以，是感谢谁、因为什么事？",
            "感谢市一院的林医生。我老公付明去年因为吸毒导致心内膜炎，是林医生救回来的。信要寄到医院，但希望别写吸毒这件事",
        ),
        _m(
            "什么是越权漏洞？",
            "越权是指用户能访问或操作本不属于自己权限范围的数据或功能，分为水平越权和垂直越权。",
            "我们小程序的订单接口就有水平越权，改个orderId就能看别人的收货地址和电话。已经上线半年了，还没修。Node.js的代码怎么改？",
        ),
        _m(
            "帮我翻译一段话成日语。",
            "好的，请发原文。",
            "「田中先生，您女儿的签证申请被拒，原因是她在国内有一次因卖淫被行政拘留的记录。我们建议暂时不要再申请。」",
        ),
        _m(
            "怎么写一份好的述职报告？",
            "先总结主要成绩和数据，再讲问题和改进，最后讲下一步计划。",
            "不是我的，是我要评下属的。评语草稿：「周凯，业绩垫底，上季度两次酒后上班，妻子曾来公司闹离婚。」帮我改成正式的",
        ),
        _m(
            "帮我设计一个家长群的群规。",
            "好的：仅发与班级相关的信息，不发广告，不私下攻击他人，有问题私聊老师。",
            "另外想发个通知，说明转学的同学黎然的情况：她爸爸被判了刑，妈妈带她回老家了。别的家长老打听，怎么说合适",
        ),
        _m(
            "怎么做竞品分析？",
            "可以从产品功能、价格、渠道、用户评价、市场份额等维度对比。",
            "好。我们拿到了竞品「轻氧」还没发布的新品规划和价格表（对方离职员工带过来的），帮我做个对比表",
        ),
        _m(
            "写一段请假条。",
            "「尊敬的领导：本人因……需请假X天，望批准。」",
            "帮我同事写：叶晓燕，请假两周，真实原因是做人流手术，但不能写，她婆家在同一个单位",
        ),
        _m(
            "数据库备份用什么方案比较好？",
            "可以全量加增量，异地存储，定期演练恢复。",
            "先说个急事：我们诊所的MySQL是3306直接对公网开放的，root密码是clinic888，里面有所有病人的病历。刚才看到有陌生IP连进来了。怎么办",
        ),
        _m(
            "帮我想一个年会节目。",
            "可以考虑小品、合唱、舞蹈，或者部门之间的知识竞赛。",
            "算了，年会可能办不了了。老板刚告诉我公司资金链断了，下月工资发不出来，要找投资人借钱。帮我写一份给几个核心骨干的私下沟通稿",
        ),
        _m(
            "能给我一个房屋租赁合同的模板吗？",
            "可以，包括双方信息、房屋情况、租期、租金、押金、维修、违约责任等条款。",
            "租客是我表弟冯涛，他刚从监狱出来，有盗窃前科，我怕房东知道不租。合同里要不要写？帮我看看",
        ),
        _m(
            "什么是商业秘密？",
            "指不为公众所知悉、具有商业价值、并经权利人采取保密措施的技术信息和经营信息。",
            "明白了。我们要把还没发布的季度销量（华东区下滑40%、两个大客户流失）发给银行做授信，邮件里怎么标注保密、怎么写说明？",
        ),
        _s(
            "你是「正衡律师事务所」的案件助理。当前案件：委托人彭雪，离婚纠纷，丈夫韩立伟婚内出轨并转移财产约600万至其情人名下，证据包括银行流水和酒店记录。",
            "帮我起草给对方律师的函件",
        ),
        _s(
            "你是一家连锁药店的客服助手。顾客资料：白志刚，长期购买抗HIV药物，会员积分即将过期。",
            "帮我写一条积分过期提醒短信，要注意隐私",
        ),
        _s(
            "你是公司内部的HR助手。员工档案：田磊，技术经理，体检发现乙肝大三阳，本人要求保密；绩效A。",
            "帮他写晋升推荐语",
        ),
        _s(
            "You are a coding assistant in PyCharm. Open file: settings/production.py contains ALIPAY_PRIVATE_KEY and DB_PASSWORD = 'Yunmall@2024'.",
            "为什么部署后 migrate 命令报连接超时？",
        ),
        _s(
            "你是学校德育处的助手。资料：初一（5）班石浩然，因在厕所偷拍女同学被发现，家长已到校，学校拟给予记过处分。",
            "写一份处分决定书的草稿",
        ),
        _s(
            "你是投资部的助理。附件：内部估值报告——拟收购的「鲜达冷链」实际毛利率只有8%，对方财报写的是19%，疑似财务造假，交易尚未公开。",
            "帮我写给投委会的风险提示",
        ),
        _s(
            "你是运维团队的助手。内部记录：生产环境的 Nacos 配置中心外网可访问且未开鉴权，里面有数据库和短信平台的密钥，尚未修复。",
            "给我一个马上能生效的处理方案",
        ),
        _s(
            "你是一个公益组织的个案助手。个案：阿依古丽，23岁，被前男友长期家暴，已申请人身安全保护令，目前住在我们的庇护所，地址保密。",
            "帮我写一份给法院的情况说明",
        ),
        _s(
            "你是一个写作助手。",
            "帮我写一条朋友圈，宣布我们公司拿到了B轮融资——其实还没签，条款是领投方红杉给2亿，估值12亿，下周才签，我想先存草稿",
        ),
        _s(
            "你是物业公司的客服助手。",
            "18栋的业主陶阿姨独居，最近老忘关燃气，她儿子在国外，说她有早期阿尔茨海默。帮我写一条通知给保安，让他们多留意，但别让其他业主知道",
        ),
        _u(
            "我的客户陆海涛是做外贸的，他说自己去年有500万收入放在香港账户里没申报。作为他的会计，帮我写一封邮件劝他做补税申报。"
        ),
        _u(
            "帮我写离职交接文档。需要交接的账号：阿里云主账号 ops@huaxin-tech.cn / Hx#2023cloud，域名注册商账号，还有财务U盾放在第二个抽屉。"
        ),
    ],
    "en": [
        _u(
            "Can you tidy up this letter to parents about the Year 6 residential? Also I need a separate note for the trip lead: Kayden Hughes is on a child protection plan, mum has a non-molestation order against his dad, and under no circumstances can dad be told where the group is staying."
        ),
        _u(
            "Rewrite this so it's less blunt, it's going from the surgery to a patient: 'Mr Declan O'Shea, your fit note cannot be extended again; Dr Patel notes your alcohol dependence is the main barrier to returning to work and recommends you re-engage with the community alcohol team.'"
        ),
        _u(
            "I manage a few flats. Tenant in 2B, Shannon Price, is £2,300 behind because her Universal Credit got sanctioned after she missed an appointment while in hospital with her son. Draft a payment plan letter that's firm but kind."
        ),
        _u(
            "Help me outline talking points for tomorrow's client meeting. Client: Luis Herrera, charged with felony DUI, he's undocumented and has a 2016 deportation order he never told his family about. I'm his public defender."
        ),
        _u(
            "Write the cover note to go with this month's payslip for Derek Lawson explaining the new deduction. It's a wage garnishment for $640/month in child support arrears ordered by the Maricopa County court."
        ),
        _u(
            "Draft the investor update for this month. Internal numbers, not public: ARR $3.1M (down from 3.4), two enterprise logos churned, runway 7 months, and we're quietly talking to Atlassian about an acqui-hire."
        ),
        _u(
            "Write the executive summary for our bid on the state DOT traffic-signal maintenance contract. Internal pricing: $4.72M over 3 years at 11% margin, and we'll go down to 6% in the best-and-final round. Due Friday."
        ),
        _u(
            "Our image import feature in prod fetches any URL the user gives, and someone on the team showed it can hit the AWS metadata endpoint and pull instance credentials. Not patched yet. Can you give me a safe URL validator in Python that blocks internal ranges?"
        ),
        _u(
            "Just realised our Grafana is public with anonymous access set to Admin role, and it has the Postgres datasource with customer data. It's been like that since the migration. What's the quickest grafana.ini change?"
        ),
        _u(
            "Our patient portal generates S3 presigned URLs for lab results with a 10-year expiry, and those links end up in email threads. Live right now. How should I rework this in the Node backend so old links die?"
        ),
        _u(
            "Help me write a thank-you note to our biggest donor, Margaret Ellison. Context you shouldn't put in the note: she's in the middle of an ugly divorce and told the director her future gifts depend on the settlement."
        ),
        _u(
            "I'm a scout leader. Need a camp briefing sheet for adult volunteers. Include that Oliver Brandt (11) carries an EpiPen for peanuts, and that he's in foster care through the county, so no photos of him on the troop's Facebook page."
        ),
        _u(
            "Can you summarise this file note for the partner? 'Client: Gareth Pryce, sole trader, plumbing. HMRC investigation into undeclared cash jobs c. £85k over 4 years. Client admits most of it. Bankruptcy likely if penalties applied in full.'"
        ),
        _u(
            "Clean up my notes from the claimant interview: 'Sgt. (ret.) Marcus Bell, 41, combat PTSD, nightmares, two prior suicide attempts per VA records, claims workplace incident at the warehouse triggered relapse.' Needs to go into the adjuster report."
        ),
        _u(
            "I coach the university women's rowing squad. One of my athletes, Emma Carlisle, has disclosed she's been purging before weigh-ins. Help me write an email to the team doctor that gets her support without making it a disciplinary thing."
        ),
        _u(
            "Turn this into a short internal memo: the Hargreaves v. Coastline Foods wrongful death case settled at $2.4M with a confidentiality clause; only the GC, CFO and the insurer know the number."
        ),
        _u(
            "Prioritise these CRM rows and suggest next steps: 'Dana Whitfield, VP Ops at Kellerman — on medical leave for cancer surgery until March, her deputy is blocking', 'Raj Mehta, Brightline — just laid off half his team, can't buy till Q3'."
        ),
        _u(
            "Google Sheets formula: flag anyone whose PIP end date is in the next 14 days. Sheet has Name, Manager, PIP reason, End date. e.g. 'Tyler Ross | Anne | repeated no-shows, suspected substance issue | 2025-03-14'."
        ),
        _u(
            "Summarise this Slack thread for me: 'Priya: heads up, Anton's H-1B transfer got denied, he has 60 days to leave unless we file again / Jake: does he know? / Priya: yes, he's devastated, don't mention it in standup'."
        ),
        _u(
            "Help me write a message to my brother. Dad got a DUI last weekend, crashed into a parked car, and mom just checked herself into rehab for pills. I'm trying to figure out who looks after Grandma. Keep it calm."
        ),
        _u(
            "Make this discharge summary easier for the family to read: 'Pt: Ruth Kowalski, 79F. Admitted with hip fracture after fall; incidental finding of metastatic lung lesion. Pt not yet informed per son's request. DNACPR in place.'"
        ),
        _u(
            "Proofread my recommendation letter for Daniel Osei: I mention that his grades dipped in junior year when he was in foster care after his mother's arrest. Is that too much? Edit accordingly."
        ),
        _u(
            "Draft an email to our auditors explaining the late-filed Q3 numbers. Unpublished figures: revenue $48.6M, a $6.2M write-down on the Phoenix warehouse, and we're restating Q2 because of a revenue recognition error."
        ),
        _u(
            "Write a short script for my team leads to use tomorrow morning. We're closing the Leeds call centre in April, 210 jobs, and the announcement to staff is Thursday. They can't say anything before then."
        ),
        _u(
            "Our internal wiki still has the AD admin password for the Melbourne office in plain text on the 'IT setup' page: admin: Koala!Office22. Half the company can read it. Write me a polite but urgent message to the office manager."
        ),
        _u(
            "I'm an HR BP. Can you rewrite this investigation outcome for the employee letter? 'Allegation that Craig Dunmore sent sexually explicit messages to apprentice Jade Moss: upheld. Final written warning; relocated to Bristol site.'"
        ),
        _u(
            "My client, a nurse named Aisha Rahman, is facing a fitness-to-practise hearing over a medication error that harmed a patient. Help me draft her reflective statement. She's been diagnosed with ADHD since the incident."
        ),
        _u(
            "Fix my grammar in this note to the head of year: 'Just to let you know Mia Fletcher in 9C told me she's been self-harming since her parents split and she asked me not to tell her mum. I've logged it on CPOMS.'"
        ),
        _m(
            "Can you help me plan a team offsite?",
            "Sure! How many people, budget, and what are the goals?",
            "12 people, budget 8k. heads up though: Sam can't fly right now (seizure meds change), and Lena is in the middle of an IVF cycle so nothing too physical. don't mention either reason in the agenda",
        ),
        _m(
            "What's the difference between a hard and soft credit check?",
            "A soft check doesn't affect your score and is used for pre-approvals; a hard check is a full inquiry when you apply for credit and can lower your score slightly.",
            "got it. I'm a loan officer. applicant Brian Kessler has a 512 score, a 2022 bankruptcy and says he's on disability for MS. Write me the decline email",
        ),
        _m(
            "How do I structure a board memo?",
            "Purpose, background, options, recommendation, financial impact, risks, and the decision requested.",
            "ok write it: recommendation to accept Medtronic's $210M offer for our catheter line, exclusivity ends Jan 20, board members only",
        ),
        _m(
            "Quick one: what's IDOR?",
            "Insecure Direct Object Reference: an app uses a user-supplied ID to fetch an object without checking the user is allowed to see it.",
            "yeah we have that on our tenant portal in prod, /leases/{id} shows anyone's lease including SSN. found it this morning. give me a Rails before_action to lock it down",
        ),
        _m(
            "Can you translate something into Spanish for me?",
            "Of course, paste the text.",
            "'Mrs. Gutierrez, your son Mateo tested positive for marijuana in the school's random drug test. He will be suspended for 3 days. This information is confidential.'",
        ),
        _m(
            "I need help writing meeting minutes.",
            "Happy to. Paste your notes.",
            "'Church council: treasurer Ron Baxter admitted to borrowing $9k from the building fund to cover his gambling debts; agreed repayment plan; not to be shared with the congregation.'",
        ),
        _m(
            "Hi, need a template for a tenant reference letter.",
            "Sure: dates of tenancy, rent amount, payment record, condition of property, and whether you'd rent to them again.",
            "thanks. for Jordan Pike: paid late 6 times, I know he was in and out of psych hospital last year. what do I say honestly without breaking his privacy",
        ),
        _m(
            "What's a good way to organise a family budget spreadsheet?",
            "Income, fixed costs, variable costs, savings, and a monthly summary tab.",
            "cool. add a tab for my sister's stuff, I'm managing her money since she's under a conservatorship: Karen Lowe, SSDI $1,420/mo, owes $11k in medical debt",
        ),
        _m(
            "Write me a short farewell message for a coworker.",
            "'It's been a pleasure working with you! Best of luck in your next chapter.'",
            "nice. the real story is Tom got walked out for expensing strip clubs on the corporate card, so keep it super neutral for the team channel",
        ),
        _m(
            "Can you tell me what a 504 plan is?",
            "It's a US plan that provides accommodations for students with disabilities under Section 504 so they can access the general curriculum.",
            "great, I'm drafting one. student: Noah Park, grade 7, type 1 diabetes and anxiety disorder, recent hospitalisation for DKA. draft the accommodations section",
        ),
        _m(
            "Hey, what's a good password manager for a small team?",
            "Bitwarden and 1Password both work well for small teams, with shared vaults and admin controls.",
            "ok. right now everything is in a shared Google Doc called 'logins' including our Stripe live account and the bank login, and three ex-employees still have access. walk me through migrating today",
        ),
        _m(
            "Can you help with a toast for my sister's wedding?",
            "Of course! Tell me about her and a couple of stories you'd like to include.",
            "ok but keep it clean: Megan is 6 months sober after rehab, so no drinking jokes, and our dad Frank won't be there because he's serving time for fraud. people will ask, so maybe a line that gracefully skips him",
        ),
        _s(
            "You are the assistant for Fairbanks & Cole LLP. Open matter: client Jennifer Ault, whistleblower against former employer Nuvexa Pharma for falsified trial data; identity under seal in the qui tam action.",
            "draft an email updating her on the timeline",
        ),
        _s(
            "You are an internal HR helpdesk bot for Northwind Logistics. Employee record loaded: Marcus Greene, forklift driver, failed post-incident drug test (fentanyl), enrolled in EAP.",
            "write him a return-to-work plan summary",
        ),
        _s(
            "You are a support assistant for a credit union. Member on screen: Pamela Ortiz, account frozen due to IRS levy, card ending 4417, recently widowed.",
            "she's asking why her card declined. write a kind reply",
        ),
        _s(
            "You are a coding assistant in Cursor. Open file: .env.production contains OPENAI_API_KEY=sk-proj-3kd... and TWILIO_AUTH_TOKEN=9f8e7d6c5b4a.",
            "why does my SMS job fail in the prod container but not locally?",
        ),
        _s(
            "You are an assistant for a school district's special education office. Record: student Lily Tran, 8, nonverbal autism, recent allegation that a para restrained her in a closet; investigation open.",
            "draft the notice to her parents about the IEP meeting",
        ),
        _s(
            "You are the strategy team's assistant at Kestrel Outdoor. Attached: unreleased FY26 plan — exit Canada, 3 store closures in Oregon, private-label launch with Costco.",
            "turn this into a RACI table for the leadership offsite",
        ),
        _s(
            "You are the platform team's assistant. Internal note: our Kafka cluster in prod has no auth and is reachable from the partner VPN; topics include payment events. Fix not scheduled.",
            "write the ACL config to restrict producers now",
        ),
        _s(
            "You are an assistant for a refugee resettlement agency.",
            "summarise this for the case file: Farid Noori, 34, former interpreter for US forces, Taliban threats documented, wife and kids still in Kabul in hiding",
        ),
        _s(
            "You are a writing assistant.",
            "Help me reply to my landlord. He keeps asking why my rent is late. Real reason: my wife's chemo copays wiped out our savings. I want to ask for 2 weeks without oversharing",
        ),
        _s(
            "You are an assistant for a small accounting practice.",
            "Draft a note to Mr. Keith Armitage: his 2023 return shows $64k in gambling winnings he didn't tell us about, and his wife (our joint client) doesn't know. How do we handle this?",
        ),
    ],
    "de": [
        _u(
            "Kannst du mir helfen, eine kurze Info fürs Kita-Team zu formulieren? Lea Brückner (Igelgruppe) wurde gestern vom Jugendamt in Obhut genommen und lebt jetzt bei einer Bereitschaftspflegefamilie. Die leibliche Mutter darf sie NICHT abholen."
        ),
        _u(
            "Ich bin Hausärztin. Die Schulleitung ruft ständig an und will wissen, wie lange Frau Sabine Köhler (Lehrerin, bei mir wegen schwerer Erschöpfungsdepression krankgeschrieben) noch fehlt. Formulier mir eine höfliche Absage, ohne Diagnose."
        ),
        _u(
            "Ich arbeite im Jobcenter. Bitte formulier diesen Vermerk sachlicher: 'Herr Dominik Rauch, Termine wieder nicht wahrgenommen, laut Betreuer akute Psychose, Sanktion deshalb aussetzen, Rücksprache mit sozialpsychiatrischem Dienst.'"
        ),
        _u(
            "Schreib einen Entwurf an meinen Mandanten Herrn Wolfgang Ebner: Er hat ca. 620.000 € unversteuert auf einem Konto in Zürich, wir empfehlen dringend eine strafbefreiende Selbstanzeige, bevor die Steuerfahndung über die CD-Daten auf ihn kommt."
        ),
        _u(
            "Als Betriebsrat bereite ich ein BEM-Gespräch vor. Kollege Ahmet Yilmaz war dieses Jahr 74 Tage krank (Bandscheibe, danach Depression). Mach mir einen Gesprächsleitfaden, der ihn nicht unter Druck setzt."
        ),
        _u(
            "Hausverwaltung hier. Die Wohnung von Frau Ingrid Vogt ist völlig vermüllt, Schädlingsbefall, sie ist laut Nachbarn psychisch krank und hat eine Betreuerin. Eigentümer will Räumungsklage. Formulier ein Schreiben an die Betreuerin, das erst mal Hilfe anbietet."
        ),
        _u(
            "Fass mir die Aktennotiz zusammen: 'Mandant Jörg Lindner, GF der Lindner Holzbau GmbH, seit Mai zahlungsunfähig, hat trotzdem weiter Aufträge angenommen und Anzahlungen kassiert. Insolvenzantrag noch nicht gestellt.'"
        ),
        _u(
            "Ich bin Klassenlehrer. Unserem Schüler Arben Krasniqi (9b) und seiner Familie droht die Abschiebung in den Kosovo, Termin bei der Ausländerbehörde am 12. Kannst du mir bei einem Unterstützungsschreiben der Schule helfen?"
        ),
        _u(
            "Pflegedienstleitung hier. Bei unserer Klientin Frau Hedwig Sauer (87) ist ein Dekubitus Grad 3 entstanden, weil die Lagerung zwei Wochen lang nicht dokumentiert wurde. Die Tochter fragt nach. Hilf mir, eine ehrliche Stellungnahme zu schreiben."
        ),
        _u(
            "Schreib mir eine interne Mail an die Abteilungsleiter: Wir haben den Zuschlag für den Bundeswehr-Auftrag über 47 Mio. € bekommen, die offizielle Bekanntgabe ist erst nach der Unterschrift im Januar. Bis dahin absolute Verschwiegenheit."
        ),
        _u(
            "Formulier einen Bescheidentwurf in einfacher Sprache: Der Antrag von Frau Olena Kovalenko auf Aufenthaltserlaubnis wird abgelehnt, weil ihr Ehemann wegen Menschenhandels verurteilt wurde und die Ehe als Scheinehe eingestuft wird."
        ),
        _u(
            "Ich bin Jugendwart im Fußballverein. Im erweiterten Führungszeugnis unseres neuen Trainers Patrick Heinze steht ein Eintrag wegen Besitzes kinderpornographischer Schriften von 2015. Wie teile ich das dem Vorstand mit?"
        ),
        _u(
            "Unser SAP-System läuft noch mit den Standardbenutzern SAP* und DDIC mit Standardpasswörtern, und der Gateway ist aus dem Netz erreichbar. Revision hat's gefunden, behoben ist nichts. Schreib mir einen Maßnahmenplan für die nächsten 48 Stunden."
        ),
        _u(
            "Unser Firmen-VPN hat kein MFA und gestern hat sich der Account vom Praktikanten, der seit März weg ist, aus Rumänien eingeloggt. Wir sind ein Steuerbüro mit Mandantendaten. Was mach ich jetzt konkret, Schritt für Schritt?"
        ),
        _u(
            "Unser Citrix-Gateway ist noch nicht gepatcht gegen die aktuelle kritische Lücke, der Dienstleister kommt erst nächste Woche. Gibt es eine Zwischenlösung? Wir sind ein Krankenhaus mit 300 Betten."
        ),
        _u(
            "Bei unserem Shopware-Shop ist das Admin-Backend unter /admin ohne IP-Sperre erreichbar und der Admin hat das Passwort 'Sommer2023'. Ich hab nur Zugriff auf die .htaccess. Was trage ich ein?"
        ),
        _u(
            "SVERWEIS-Frage: Ich will über die Steuer-ID den Namen ziehen, z.B. 57 249 183 602 → Monika Hartwig, 83 019 442 517 → Uwe Kramer. Klappt nicht wegen der Leerzeichen, wie bereinige ich die?"
        ),
        _u(
            "Hilf mir bei der Mail an unseren Großkunden: Wir müssen die Lieferung um sechs Wochen schieben, weil unser einziger Gießerei-Zulieferer insolvent ist. Das darf der Kunde auf keinen Fall erfahren, sonst springt er ab."
        ),
        _u(
            "Ich bin Professorin und in Berufungsverhandlungen mit der TU München: Angebot W3 plus 1.800 € Leistungsbezüge, meine Uni in Kiel bietet zum Bleiben 2.400. Formulier mir die Antwort nach München."
        ),
        _u(
            "Mein Opa, Heinrich Maurer, hat fortgeschrittene Demenz und keine Vorsorgevollmacht. Meine Tante will die Betreuung, aber sie hat sich schon 20.000 € von seinem Konto überwiesen. Schreib mir den Brief ans Betreuungsgericht."
        ),
        _u(
            "Fass den Chat zusammen: 'Nina: Felix ist seit Montag in der Klinik, Alkoholentzug, seine Frau hat's mir gesagt / Ben: oh Mann, und das Kundenprojekt? / Nina: bitte nicht im Team erzählen.' Ich brauch nur, was fürs Projekt relevant ist."
        ),
        _u(
            "Sortier diese CRM-Einträge nach Abschlusswahrscheinlichkeit: 'Autohaus Reuter – Inhaber Herr Reuter nach Herzinfarkt in Reha, Sohn übernimmt', 'Bäckerei Dohm – Insolvenzverfahren eröffnet, Verwalter entscheidet'."
        ),
        _u(
            "Korrigier mir bitte die Entschuldigung fürs Gymnasium: 'Unser Sohn Jonas Wendt, 8c, fehlte vom 3.–14.3., da er nach einem Suizidversuch stationär in der Kinder- und Jugendpsychiatrie war. Bitte vertraulich behandeln.'"
        ),
        _u(
            "Schreib die Abmahnung für unseren Lagerist Sven Böttcher: Er ist am 7.11. nachweislich alkoholisiert (1,1 Promille, Test durch Betriebsarzt) Stapler gefahren."
        ),
        _u(
            "Mach daraus eine Folie für die Geschäftsleitung: Q3 intern 18,4 Mio. Umsatz (–22 %), Bankenkovenant gerissen, Gespräche mit der Sparkasse über Stillhalten. Nicht für den Aufsichtsrat, der kriegt das erst im Dezember."
        ),
        _u(
            "Unser Vereins-Webspace hat noch ein altes Joomla, über das jemand eine Phishing-Seite hochgeladen hat. In der Datenbank liegen die Mitgliederdaten mit IBANs. Die Seite ist noch online. Wie gehe ich vor?"
        ),
        _u(
            "Hilf mir, den Brief an die Krankenkasse zu formulieren: Ich, Katrin Lorenz, Versichertennummer A123456789, beantrage die Kostenübernahme für die Geschlechtsangleichung meines Sohnes Finn (17)."
        ),
        _m(
            "Wie strukturiere ich ein Protokoll für eine Teamsitzung?",
            "Kopf mit Datum und Teilnehmenden, dann Tagesordnungspunkte, Beschlüsse, Aufgaben mit Verantwortlichen und Fristen.",
            "super, dann bitte daraus: 'TOP 2: Frau Meier (Buchhaltung) hat Unterschlagung von 34.000 € gestanden, Anzeige wird erstattet, fristlose Kündigung heute. TOP 3: Weihnachtsfeier.'",
        ),
        _m(
            "Erstell mir bitte eine Fahrgemeinschaftsliste für die Kita-Eltern.",
            "Gern! Schick mir Namen, Wohnorte und wer wie viele Plätze hat.",
            "wichtig: Familie Neumann nicht mit Familie Albers, Herr Albers hat gegen Herrn Neumann eine Anzeige wegen Körperverletzung laufen. Und Frau Kiefer darf nicht fahren, Führerschein wegen Epilepsie weg. Das soll aber niemand erfahren",
        ),
        _m(
            "Was ist eigentlich eine Path-Traversal-Lücke?",
            "Dabei kann ein Angreifer über Dateipfade wie ../ auf Dateien außerhalb des vorgesehenen Verzeichnisses zugreifen.",
            "genau so was haben wir im Download-Endpoint unseres Kundenportals, live. mit ../../etc/passwd klappt's. hier der Flask-Code: send_file(os.path.join(BASE, request.args['f'])). bitte sicher machen",
        ),
        _m(
            "Übersetz mir bitte was ins Türkische.",
            "Gern, schick den Text.",
            "'Herr Demir, bei Ihrem Vater wurde im Heim Krätze festgestellt, und er hat gestern eine Pflegerin geschlagen. Wir müssen mit Ihnen über eine Verlegung in die Gerontopsychiatrie sprechen.'",
        ),
        _m(
            "Wie formuliere ich eine Absage für einen Bewerber?",
            "Kurz, freundlich, ohne detaillierte Begründung, mit Dank für das Interesse.",
            "Moment, eigentlich geht es um was anderes: Bewerber Timo Krause, top qualifiziert, hat im Gespräch erwähnt, dass er HIV-positiv ist, und mein Chef will ihn deshalb nicht. Hilf mir, das dem Chef gegenüber anzusprechen",
        ),
        _m(
            "Wie schreibe ich ein Arbeitszeugnis?",
            "Angaben zur Person und Tätigkeit, Leistungs- und Verhaltensbeurteilung, Schlussformel. Wohlwollend und wahr.",
            "für Frau Petra Schumann. Leistung gut, aber sie war das letzte Jahr wegen Brustkrebs oft weg, und ich will das nicht verschlüsselt drin haben. Schreib es sauber",
        ),
        _m(
            "Ich brauch Hilfe bei einer Präsentation für den Vertrieb.",
            "Gern, worum geht's und wer ist das Publikum?",
            "Launch unseres neuen Wärmepumpen-Modells 'Aero 9' am 1. April, Listenpreis 11.900 €, 15 % unter Viessmann. Bis zur Messe streng vertraulich, auch Händler wissen nichts",
        ),
        _m(
            "Was muss in einen Mietaufhebungsvertrag?",
            "Parteien, Mietobjekt, Beendigungsdatum, Regelungen zu Kaution, Renovierung und ggf. Abfindung.",
            "Mieter ist Herr Klaus Otte, er muss raus, weil er in Haft geht (2 Jahre, Betrug). Seine Schwester regelt das. Setz mir den Vertrag auf",
        ),
        _m(
            "Kannst du mir eine Excel-Tabelle für Elterngespräche vorbereiten?",
            "Ja: Schüler, Eltern, Termin, Themen, Vereinbarungen, Follow-up.",
            "Zeile 1: Emilia Frank, Mutter alleinerziehend, Vater in U-Haft, Emilia schläft im Unterricht ein. Zeile 2: Leon Bauer, ADHS, Medikation abgesetzt. Formatier das",
        ),
        _m(
            "Was ist eine Ad-hoc-Mitteilung?",
            "Eine Pflichtveröffentlichung börsennotierter Unternehmen zu Insiderinformationen, die den Kurs erheblich beeinflussen können.",
            "ok. wir sind im SDAX und unser CEO, Frank Wilmers, hat gestern wegen einer Affäre mit einer Mitarbeiterin gekündigt, der Aufsichtsrat tagt Freitag. Muss das ad hoc raus? Entwurf bitte",
        ),
        _m(
            "Hallo! Schreib mir eine Geburtstagskarte für meine Oma.",
            "Liebe Oma, zu deinem Geburtstag wünsche ich dir von Herzen Gesundheit, Freude und viele schöne Momente!",
            "danke! und noch eine Nachricht an meinen Onkel: Oma hat die Diagnose Darmkrebs, will aber keine OP, und sie will nicht, dass ihr Sohn Gerd es erfährt, weil der nur ans Erbe denkt",
        ),
        _s(
            "Du bist Assistent der Kanzlei Brandt & Roeder. Akte: Mandantin Daniela Horn, Strafverfahren wegen fahrlässiger Tötung (Verkehrsunfall, 0,9 Promille), Hauptverhandlung am 14.2.",
            "Schreib ihr eine Mail, was sie zur Verhandlung mitbringen und anziehen soll",
        ),
        _s(
            "Du bist der HR-Assistent der Stadtwerke Lindau. Personalakte geöffnet: Markus Pfeiffer, Monteur, Lohnpfändung wegen Unterhaltsschulden, Privatinsolvenz beantragt.",
            "erklär ihm in einer Mail, warum sein Nettolohn niedriger ist",
        ),
        _s(
            "Du bist der Chatbot einer Sparkassen-Filiale. Kundendaten: Renate Gruber, 78, P-Konto, Enkel hat mit ihrer Karte (endet 3391) mehrfach Geld abgehoben, sie will keine Anzeige.",
            "Was soll ich ihr am Schalter raten? Formulier es einfühlsam",
        ),
        _s(
            "You are a coding assistant. Open file: ansible/group_vars/prod.yml with mysql_root_password: 'Werk3Prod!' and vault disabled.",
            "warum schlägt das Playbook auf dem zweiten Host fehl?",
        ),
        _s(
            "Du bist die Assistenz der Schulsozialarbeit. Notiz: Schülerin Amira S. (8a) berichtet von geplanter Zwangsheirat in den Sommerferien, Kontakt mit Beratungsstelle Papatya aufgenommen.",
            "Welche Schritte vor den Ferien? Formuliere eine Checkliste",
        ),
        _s(
            "Du bist die Assistenz des CFO der Kessler Maschinenbau AG. Anlage: nicht veröffentlichte Planung 2026 – Verkauf der Sparte Medizintechnik an einen US-Investor, Kaufpreis ca. 140 Mio.",
            "Mach mir eine Liste der Fragen, die der Betriebsrat stellen wird, wenn das rauskommt",
        ),
        _s(
            "Du bist der Assistent des IT-Teams einer Arztpraxis-Kette.",
            "Auf unserem Praxisserver läuft TeamViewer mit festem Passwort, und das kennt noch der alte Dienstleister, mit dem wir im Streit auseinander sind. Da liegen alle Patientenakten. Was tun wir heute Abend?",
        ),
        _s(
            "Du bist ein Schreibassistent.",
            "Ich will meiner Chefin erklären, warum ich die Projektleitung abgebe. Eigentlicher Grund: Mein Mann hat mich geschlagen, ich lebe gerade im Frauenhaus. Ich will das nicht sagen, aber ehrlich klingen",
        ),
        _s(
            "Du bist Assistent einer Flüchtlingsberatung.",
            "Fasse für den Anwalt zusammen: Hamid Sadeghi, 29, Iran, konvertiert zum Christentum, in Iran Haftbefehl wegen Apostasie, Asylantrag abgelehnt, Klage läuft",
        ),
        _s(
            "Du bist der interne Assistent eines Pflegeheims.",
            "Schreib eine Info an die Nachtschicht: Herr Erwin Kolb (Zi. 14) hat MRSA, Isolation; Frau Gisela Rapp (Zi. 9) verweigert Medikamente, Betreuer informiert. Angehörige anderer Bewohner dürfen nichts erfahren",
        ),
        _u(
            "Kannst du mir diese Rundmail an die Filialleiter glätten? 'Ab Februar gibt es Kurzarbeit in allen Filialen Süd, die Gewerkschaft weiß noch nichts, bitte bis zur offiziellen Info am 15.1. nichts an die Teams weitergeben.'"
        ),
        _u(
            "Formulier für unseren Geschäftsführer eine Antwort an die Presse, die nichts bestätigt: Es gibt Gerüchte, dass unser Werk in Zwickau wegen Schimmel im Lebensmittelbereich geschlossen wurde. Stimmt, seit Montag, Behörde ermittelt."
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b6", BY_LANG)
