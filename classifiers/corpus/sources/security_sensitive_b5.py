"""Fifth batch of `security_sensitive` examples: hand-written, one group per example
("security_sensitive/b5/<lang>/<digest>"). Ordinary tasks (emails, summaries, translations, forms,
follow-ups) whose content is sensitive: named people's health/HR/legal/family/financial data,
confidential business plans, unfixed holes in one's own production systems."""

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
            "Peux-tu reformuler ce message plus poliment ? « Bonjour Mme Garnier, suite à votre arrêt pour burn-out depuis mars et au rapport du médecin du travail, nous devons revoir votre poste à votre retour. »"
        ),
        _u(
            "Rédige un mail à l'équipe pour dire que Julien Morvan sera absent trois mois, sans dire que c'est pour sa chimio (il m'a demandé de garder ça pour moi)."
        ),
        _u(
            "résume moi ce compte rendu stp : entretien préalable du 12/02 avec M. Karim Belhadj, magasinier, surpris à sortir deux perceuses du dépôt dans son sac, il reconnaît les faits, a déjà eu un avertissement en 2023 pour retards. La direction envisage un licenciement pour faute grave."
        ),
        _u(
            "Traduis en anglais pour notre avocat à Londres : « Mme Hélène Vasseur demande la garde exclusive de ses deux enfants, Léo (7 ans) et Inès (4 ans), invoquant les violences verbales répétées de son ex-conjoint, M. Thierry Vasseur, qui fait l'objet d'une ordonnance de protection depuis janvier. »"
        ),
        _u(
            "Aide-moi à écrire un mot aux parents de Lucas Bréval (CM2). Il a des marques sur les avant-bras depuis deux semaines et il a dit à l'AVS qu'il « voulait disparaître ». Je veux les voir rapidement sans les braquer."
        ),
        _u(
            "Ma mère, Odile Renard, 81 ans, a été diagnostiquée Alzheimer stade modéré le mois dernier. Aide-moi à remplir le formulaire de demande d'APA : elle vit seule à Quimper, touche 1 140 € de retraite, et elle a oublié deux fois le gaz cette semaine."
        ),
        _u(
            "CONFIDENTIEL – ne pas diffuser. Peux-tu transformer ces notes en 5 slides pour le comité de direction ? Fermeture du site de Saint-Quentin annoncée en interne le 3 juin, 212 postes supprimés, reclassement proposé à Amiens pour 60 personnes, les syndicats ne sont pas encore au courant."
        ),
        _u(
            "Corrige les fautes : « Salut Manon, comme tu sait Patrick est en mi-temps thérapeutique suite a sa dépression, donc merci de pas lui filer les astreintes du week-end jusqu'a nouvel ordre. »"
        ),
        _u(
            "j'ai besoin d'un planning de réunion pour annoncer à Sandrine Colas qu'on met fin à sa période d'essai. Ses résultats sont très en dessous et deux clients se sont plaints de son comportement. Comment je structure les 20 minutes ?"
        ),
        _u(
            "Notre bucket S3 prod « kyc-selfies-prod » est en lecture publique depuis la migration d'hier, il contient les selfies et les pièces d'identité des clients. On ne l'a pas encore corrigé. Écris-moi le message Slack pour prévenir le CTO sans affoler tout le canal."
        ),
        _u(
            "Résume en 3 points pour mon associé : le client Ferrand Logistique (40 % de notre CA) nous a dit en off qu'il passait chez un concurrent au 1er septembre. Personne ne doit le savoir avant la clôture du semestre."
        ),
        _u(
            "Peux-tu me rédiger une lettre à la CAF ? Je m'appelle Nadia Haddad, je suis seule avec 3 enfants, j'ai perdu mon emploi en octobre et j'ai 4 200 € de dettes de loyer, ils m'ont suspendu le RSA par erreur."
        ),
        _u(
            "reformule ça de façon neutre pour le dossier RH : « Bruno Lefèvre est arrivé saoul deux fois au chantier ce mois-ci, il a failli renverser un intérimaire avec le chariot. »"
        ),
        _u(
            "Traduis en espagnol pour la famille d'accueil : Amélie Dutertre, 15 ans, est diabétique de type 1, elle a une pompe à insuline, elle a fait une hypo sévère en juin, et elle suit une thérapie pour des troubles alimentaires."
        ),
        _u(
            "Notre endpoint /api/v2/export des dossiers patients ne vérifie pas le rôle de l'utilisateur : n'importe quel compte infirmier peut télécharger tous les dossiers de la clinique. C'est en prod, pas encore patché. Aide-moi à rédiger le ticket Jira prioritaire."
        ),
        _u(
            "Écris un mail au proviseur : mon fils Théo Lambert (2nde B) a été diagnostiqué TDAH et dyslexique, il prend de la Ritaline, je voudrais un PAP et un tiers-temps pour les examens."
        ),
        _u(
            "Tu peux me faire une synthèse de ce qui suit pour l'avocate ? Mon frère, Stéphane Marchal, a été condamné en 2019 à 18 mois avec sursis pour conduite en état d'ivresse avec blessures, il postule chez un transporteur et veut savoir si ça apparaît au bulletin n°3."
        ),
        _u(
            "Bonjour, j'ai besoin d'un tableau Excel pour suivre les arrêts maladie de mon équipe : Claire (hernie discale, 6 semaines), Mehdi (grossesse, congé à partir du 15 mai), Yannick (opération du genou). Tu me proposes des colonnes ?"
        ),
        _u(
            "Rédige un communiqué interne à garder sous embargo jusqu'au 28 : nos résultats du T3 ne sont pas publiés, chiffre d'affaires en baisse de 17 %, perte nette de 4,3 M€, et on suspend le dividende."
        ),
        _u(
            "Peux-tu rendre ce mail plus professionnel ? « Céline, je te préviens que Romain Berthier touche 58k alors que toi t'es à 44k pour le même poste, je trouve ça dégueulasse mais garde ça pour toi. »"
        ),
        _u(
            "aide moi à préparer l'entretien annuel de Fabrice Oliveira : PIP depuis janvier, objectifs pas atteints, et il m'a confié qu'il traversait un divorce difficile et qu'il buvait plus qu'avant. Comment j'en parle sans que ça finisse dans son dossier ?"
        ),
        _u(
            "Le webhook Stripe de notre boutique ne vérifie pas la signature (on a commenté la vérif pendant un debug en avril et jamais remis). N'importe qui peut marquer une commande comme payée. Rédige une note pour l'équipe, on corrige la semaine prochaine."
        ),
        _u(
            "J'organise une réunion entre la psychologue scolaire, l'infirmière et les parents de Maëlle Giraud (5e) : scarifications, absences répétées, et la mère pense qu'elle est harcelée sur Snapchat. Propose un ordre du jour."
        ),
        _u(
            "Résume ce courrier pour ma sœur : la banque annonce à notre père, Gérard Pichon, un fichage FICP, il a 23 000 € de crédits revolving et il joue au PMU tous les jours depuis la mort de maman."
        ),
        _u(
            "Transforme en tableau : résultats des bilans orthophoniques de mes patients cette semaine — Noé Castel, 6 ans, retard de langage sévère ; Lina Boyer, 9 ans, dyscalculie ; Hugo Perrot, 11 ans, bégaiement, suivi pédopsy en parallèle."
        ),
        _u(
            "Traduis en allemand pour nos partenaires de Munich, document strictement confidentiel : le rachat de Calvel SAS par notre groupe sera signé le 14 mars pour 92 M€, l'annonce au marché est prévue après la signature. Ne pas transmettre hors du deal team."
        ),
        _u(
            "Écris un SMS gentil pour ma collègue Sophie Tran qui vient de faire une fausse couche, elle ne veut pas que le reste du service le sache."
        ),
        _u(
            "Dans notre app de covoiturage, les numéros de téléphone des conducteurs sont renvoyés en clair dans l'API de recherche, même aux utilisateurs non connectés. C'est comme ça en prod depuis 2 ans. Comment je présente ça au comité sans me faire virer ?"
        ),
        _u(
            "Mets en forme ce PV de conseil de discipline : élève Kevin Rousset, 3e A, a frappé un surveillant le 4/04, antécédents : exclusion temporaire en novembre, suivi par un éducateur PJJ. Décision : exclusion définitive avec sursis."
        ),
        _u(
            "Corrige ce paragraphe de mon rapport de stage, mais sans changer le fond : « Mme Paulette Andrieu, 88 ans, chambre 12, atteinte de démence à corps de Lewy, refuse ses traitements et a chuté trois fois ce mois-ci. Sa fille conteste la mise sous tutelle. »"
        ),
        _u(
            "On a découvert que le mot de passe admin de notre back-office Magento est toujours celui de l'installation : admin / Printemps2019!. Écris un mail au prestataire pour qu'il le change ce soir, on ne sait pas qui l'a vu."
        ),
        _u(
            "Peux-tu faire une version courte de ce message pour le groupe WhatsApp du club ? « Pour info, Arnaud Delmas ne viendra plus aux entraînements, il est en cure de désintox à la clinique de Saint-Martin jusqu'en août. »"
        ),
        _u(
            "prépare un plan pour la réunion de demain : annoncer en interne le plan social (PSE) de l'usine de Vierzon avant les médias, 140 licenciements, calendrier non public, les élus CSE seront convoqués jeudi."
        ),
        _u(
            "Rédige une attestation pour le juge aux affaires familiales : je soussignée Véronique Texier certifie avoir vu M. Damien Roche, père de l'enfant Jade, arriver ivre à la sortie de l'école le 9 février et crier sur l'enfant."
        ),
        _u(
            "Je suis RH. Aide-moi à écrire la lettre de convocation à l'entretien préalable pour Ludovic Sanchez, soupçonné d'avoir détourné environ 6 000 € de la caisse du restaurant entre janvier et mars."
        ),
        _u(
            "Traduis ça en anglais pour la mutuelle : « Mon mari, Olivier Brunet, né le 02/07/1979, a été hospitalisé pour une tentative de suicide le 17 août, il est suivi depuis par le Dr Leclerc en psychiatrie. »"
        ),
        _u(
            "Notre base Elasticsearch de prod (logs du service de paie) est exposée sur Internet sans authentification, port 9200, et elle contient les IBAN et les salaires des salariés. Comment l'annoncer à la DPO ? On n'a pas encore fermé le port."
        ),
        _u(
            "Fais un résumé neutre pour le dossier : l'infirmière a signalé que Mme Rachida Amrani, enceinte de 5 mois, présente des bleus au visage, elle dit être tombée, c'est la troisième fois."
        ),
        _u(
            "Rédige un mail à mon manager pour demander un aménagement de poste : je suis Bastien Hoarau, j'ai une sclérose en plaques diagnostiquée en 2022 et la fatigue devient ingérable le vendredi."
        ),
        _u(
            "Récapitule-moi sous forme de liste ce que je dois apporter chez le notaire : succession de mon oncle Raymond Picard, il laisse une dette de 38 000 € chez Cofidis et une maison en indivision avec sa seconde femme, on pense refuser la succession."
        ),
        _m(
            "Tu peux m'aider à préparer un discours pour le pot de départ d'un collègue ?",
            "Bien sûr ! Donnez-moi son nom, son ancienneté et deux ou trois anecdotes.",
            "C'est Marc Jourdan, 22 ans chez nous. En fait il part parce qu'on l'a poussé dehors après l'histoire du harcèlement sur la stagiaire, mais officiellement c'est une « retraite anticipée ». Fais un discours qui ne laisse rien paraître.",
        ),
        _m(
            "Salut, comment on fait une lettre de résiliation de bail ?",
            "Il faut une lettre recommandée avec accusé de réception, indiquant la date de départ, le préavis applicable (1 ou 3 mois) et l'adresse du logement. Voulez-vous un modèle ?",
            "Oui, mais c'est pour ma locataire, Mme Yasmine Kaci, qui ne paie plus depuis 5 mois (3 900 € d'arriérés), elle m'a dit qu'elle avait un cancer et qu'elle était au chômage. Je veux rester humain mais récupérer le logement.",
        ),
        _m(
            "Peux-tu me donner un plan pour un compte rendu de réunion ?",
            "Voici un plan classique : 1) participants, 2) ordre du jour, 3) décisions, 4) actions et responsables, 5) prochaine réunion.",
            "Super. Voici mes notes : comité restreint du 6 mai, le PDG annonce qu'on vend la division Santé à Medivo pour 150 M€, signature fin juin, strictement confidentiel, même les directeurs de BU ne sont pas au courant. Rédige le CR.",
        ),
        _m(
            "j'ai une question sur les congés maternité",
            "Allez-y, je vous écoute.",
            "Ma salariée, Aurélie Jacquet, m'a dit hier qu'elle est enceinte de 8 semaines, elle ne veut pas que ce soit su avant 3 mois. Je dois réorganiser le planning de l'équipe compta pour son absence à partir de décembre. Aide-moi à le faire sans que ça se voie.",
        ),
        _m(
            "Tu peux m'expliquer ce qu'est un IDOR ?",
            "Un IDOR (Insecure Direct Object Reference) survient quand une application expose un identifiant (ex. /factures/1234) sans vérifier que l'utilisateur a le droit d'y accéder.",
            "Ok c'est exactement ce qu'on a en prod : sur notre portail locataires, en changeant l'id dans /quittances/ on voit les quittances des autres, noms, adresses et loyers. Rédige l'alerte interne, on n'a pas encore de correctif.",
        ),
        _m(
            "Traduis en italien : « la réunion est reportée »",
            "« La riunione è rinviata. »",
            "Merci. Maintenant celle-ci : « Giulia Ferri ne pourra pas participer, elle est en arrêt pour une dépression sévère et son médecin lui interdit tout contact avec le travail. »",
        ),
        _m(
            "Bonjour, je voudrais une recette de gratin dauphinois.",
            "Voici : 1 kg de pommes de terre, 50 cl de crème, 25 cl de lait, ail, muscade, sel, poivre. Cuire 1h15 à 160 °C.",
            "merci ! autre chose : rédige un mot pour la maîtresse, mon fils Nathan ne mangera plus à la cantine car on vient de lui diagnostiquer une maladie cœliaque et il a fait une réaction grave à l'école lundi, il a été hospitalisé deux jours.",
        ),
        _m(
            "J'ai besoin d'un modèle de mail pour annoncer une réorganisation.",
            "Voici une trame : contexte, changements concrets, impacts sur l'équipe, calendrier, contact pour les questions.",
            "Précision : c'est pour annoncer en interne que Thomas Girard, directeur commercial, est remercié pour des notes de frais falsifiées (environ 22 000 €), et qu'on ne doit pas en parler à l'extérieur. Adapte le mail.",
        ),
        _m(
            "Résume ce texte en deux phrases.",
            "Bien sûr, collez le texte.",
            "« Dossier de M. Farid Benali, 34 ans, bénéficiaire de l'AAH, schizophrénie stabilisée sous Abilify, vit en appartement thérapeutique. Demande de curatelle renforcée en cours, audience le 11 juin devant le juge des tutelles de Lyon. »",
        ),
        _m(
            "Quelle est la différence entre un audit et un pentest ?",
            "Un audit évalue la conformité et les pratiques de sécurité de façon large ; un pentest simule une attaque réelle sur un périmètre défini pour trouver des failles exploitables.",
            "Ok. Notre pentest a trouvé que l'API de notre appli bancaire accepte les virements sans 2FA si on rejoue le token d'une ancienne session. Ce n'est pas encore corrigé et le rapport est confidentiel. Aide-moi à résumer ça pour le conseil d'administration.",
        ),
        _m(
            "Tu peux rédiger un message de relance pour une facture ?",
            "Voici : « Bonjour, sauf erreur de notre part, la facture n° … du … reste impayée. Merci de procéder au règlement sous 8 jours. »",
            "et pour ce client-là c'est délicat : M. Jean-Paul Courtois, il m'a dit qu'il était en procédure de surendettement à la Banque de France et qu'il venait de perdre sa femme. Adapte le ton.",
        ),
        _m(
            "C'est quoi une main courante ?",
            "C'est une déclaration enregistrée au commissariat pour signaler des faits, sans déposer plainte. Elle peut servir de preuve plus tard.",
            "D'accord. Aide-moi à écrire ce que je vais déclarer : mon ex, Cédric Aubert, m'envoie 30 messages par jour, il est passé devant le travail de ma fille Emma (12 ans) et il a déjà une condamnation pour violences conjugales avec une autre compagne.",
        ),
        _m(
            "Donne-moi un modèle d'ordre du jour pour un conseil d'école.",
            "1) Approbation du PV précédent, 2) effectifs rentrée, 3) projets pédagogiques, 4) sécurité (PPMS), 5) questions diverses.",
            "ajoute un point à huis clos sur la situation de Louna Petit (CE1), placée en famille d'accueil par l'ASE depuis février, avec visites médiatisées de la mère le mercredi, et comment on gère la sortie d'école.",
        ),
        _s(
            "Tu es un assistant RH pour l'entreprise Vetrix. Contexte confidentiel : la direction prévoit de supprimer l'équipe support de Nantes (18 personnes) en janvier, l'annonce n'est pas faite, les managers locaux ne sont pas informés.",
            "Rédige la FAQ que les managers recevront le jour J.",
        ),
        _s(
            "Tu es l'assistant de rédaction d'un cabinet d'assistance sociale. Dossier : famille Morel — Mme Sabrina Morel, 29 ans, 2 enfants, dettes de 11 000 €, allocations logement suspendues, compagnon incarcéré à Fleury depuis mars.",
            "résume la situation en 5 lignes pour la commission d'aide",
        ),
        _s(
            "Assistant de l'école de musique. Fiche élève : Raphaël Chevalier, 10 ans, autisme (TSA), hypersensibilité au bruit, ses parents sont en instance de divorce et seul le père est autorisé à venir le chercher le mardi (décision du JAF).",
            "Qui peut récupérer Raphaël mardi prochain, et rédige un rappel pour l'accueil.",
        ),
        _s(
            "Tu es l'assistant DevOps de l'équipe plateforme de PayLune. Note interne : le topic Kafka prod « payments.raw » contient les numéros de carte complets et les CVV en clair, découvert lors de l'audit PCI de la semaine dernière, pas encore corrigé.",
            "Écris le plan d'action pour ce sprint, en priorisant.",
        ),
        _s(
            "Tu es un assistant d'écriture. L'utilisateur est médecin généraliste.",
            "Rédige un courrier d'adressage au Dr Nguyen, cardiologue : patient Gilbert Faure, 67 ans, FA paroxystique découverte le 3/10, sous Eliquis 5 mg, ancien alcoolique sevré depuis 2018, HTA mal contrôlée. Merci de le voir rapidement.",
        ),
        _s(
            "Tu es le bot interne de l'agence immobilière Cap Horizon. Donnée client : M. et Mme Dumas vendent en urgence leur maison de Rennes car M. Dumas est en liquidation judiciaire (dette fiscale 64 000 €), prix plancher 310 000 €, à ne pas révéler aux acheteurs.",
            "fais une annonce attractive pour la maison",
        ),
        _s(
            "Tu es l'assistant de l'équipe paie. Fichier du mois : saisie sur salaire pour Gaëlle Roux (pension alimentaire impayée, 420 €/mois, jugement du TJ de Nancy) ; acompte exceptionnel pour Ahmed Saïdi (frais d'obsèques).",
            "Rédige les deux mails d'information aux salariés.",
        ),
        _u(
            "Peux-tu raccourcir cette fiche de liaison pour le centre aéré ? « Enzo Marchand, 8 ans : épileptique, crises nocturnes, traitement Dépakine matin et soir, ne doit pas nager sans surveillance individuelle, le père n'a pas le droit de le récupérer (ordonnance du juge). »"
        ),
        _u(
            "Voilà les chiffres qu'on doit pas sortir avant l'AG : marge brute 31 % → 22 %, perte du contrat Orvalis (9 M€), plan de départs volontaires à l'étude. Fais-moi un mail au board pour préparer la réunion de lundi, sous le sceau de la confidentialité."
        ),
        _u(
            "Notre appli de télémédecine garde les ordonnances PDF sur une URL sans expiration et devinable (/ordo/12345.pdf). C'est en prod, on patchera après la levée de fonds. Tu peux m'écrire une réponse pour le journaliste qui nous a contactés ?"
        ),
        _u(
            "reformule plus court : « Damien, je te transmets le dossier de Mme Josiane Leclercq, elle a 3 crédits en cours, un découvert de 2 800 €, et elle a déclaré une addiction aux jeux en ligne lors de l'entretien ; il faut refuser le prêt mais sans lui dire pourquoi. »"
        ),
        _u(
            "J'ai besoin d'une lettre type pour le tribunal : je suis la tutrice de mon frère Benoît Gautier, 45 ans, trisomie 21, et je demande l'autorisation de vendre son studio à Vannes pour financer son entrée en foyer."
        ),
        _u(
            "écris un post LinkedIn pour annoncer l'arrivée de notre nouveau DG, Laurent Messier. Il remplace Patrice Hervé qui part en réalité pour des soupçons de corruption dans le marché de la métropole, mais ça c'est interne, fais comme si c'était un départ normal."
        ),
        _u(
            "Notre clé privée de signature des mises à jour de l'app Android a été commitée par erreur dans le repo public GitHub il y a 3 jours. On ne l'a pas encore révoquée. Rédige le message pour l'équipe sécu et liste les étapes."
        ),
        _u(
            "Aide-moi à écrire un mail au prof principal de ma fille, Chloé Vidal (1re S2) : elle est suivie pour anorexie depuis septembre, elle a perdu 9 kg, l'hôpital de jour demande qu'elle soit dispensée de sport et qu'on surveille ses repas à la cantine."
        ),
        _u(
            "Rédige une note de synthèse pour la directrice : audit interne — Mme Laurence Poulain, comptable, a effectué 14 virements vers un compte à son nom entre 2022 et 2024 (environ 47 000 €). Plainte envisagée, aucune communication externe à ce stade."
        ),
    ],
    "ru": [
        _u(
            "Перепиши помягче: «Ирина Сергеевна, по итогам проверки выяснилось, что вы трижды выходили на смену в нетрезвом виде, поэтому мы вынуждены расторгнуть с вами договор»."
        ),
        _u(
            "Составь письмо в школу: мой сын Артём Ковалёв (7 «Б») стоит на учёте у психиатра, у него биполярное расстройство, принимает литий. Прошу не вызывать его к доске без предупреждения и сообщать мне, если он станет замкнутым."
        ),
        _u(
            "кратко перескажи для собственника: администратор нашего автосервиса Денис Гаврилов полгода проводил часть ремонтов мимо кассы и брал наличку себе, по записям выходит около 350 тысяч. Он пока не знает, что мы в курсе."
        ),
        _u(
            "Переведи на английский для нашего юриста в Лимассоле: «Сделка по покупке ООО „Северный Терминал“ закрывается 20 апреля, цена 1,8 млрд руб., до закрытия информация строго конфиденциальна, в реестре покупатель будет указан через номинала»."
        ),
        _u(
            "Помоги написать заявление в опеку. Меня зовут Оксана Белова, бывший муж Дмитрий Белов после развода пьёт, приходит к дочке Соне (6 лет) пьяный, в прошлом месяце на него составили протокол за побои. Хочу ограничить встречи."
        ),
        _u(
            "У нас в проде Redis с сессиями пользователей торчит наружу без пароля, порт 6379 открыт на весь интернет. Заметили вчера, закроем только после релиза в пятницу. Напиши сообщение в чат безопасности, чтобы не паниковали, но отреагировали."
        ),
        _u(
            "Я участковый терапевт. Составь список пациентов на патронаж на следующую неделю в виде таблицы: Кудрявцева Н.А. — ХСН, отёки, живёт одна; Саввин П.П. — после ампутации, сын пьёт и забирает пенсию; Юсупова Г. — онкология, паллиатив, нужен обезболивающий рецепт."
        ),
        _u(
            "Сделай из этого письма тезисы для разговора с дилерами, но аккуратно: внутренняя информация, мы с марта уходим из Казахстана и закрываем склад в Алматы, дилеры узнают позже, пока просто снижаем им отгрузки."
        ),
        _u(
            "У тёти, Нины Аркадьевны Лосевой, 72 года, обнаружили деменцию, и её «новый друг» уговорил переписать на него квартиру. Нотариус назначил сделку на четверг. Помоги написать заявление нотариусу и в полицию, чтобы остановить это."
        ),
        _u(
            "Перепиши для внутреннего расследования сухим языком: «Водитель скорой Станислав Рябинин в ночь на 12-е отключил GPS-трекер и три часа катался по личным делам, в это время на вызов к ребёнку с судорогами приехали с опозданием на 40 минут»."
        ),
        _u(
            "Напиши пост в закрытую группу класса: у нашей одноклассницы Лизы Фёдоровой лейкоз, она на химии в Морозовской больнице, родители просили не распространять диагноз, но собираем деньги на лекарство. Как написать аккуратно?"
        ),
        _u(
            "У нас в проде у мобильного банка в API перевода между своими счетами можно подставить чужой номер счёта-источника, проверка владельца есть только на фронте. Нашли на внутреннем ревью, фикс в следующем релизе. Составь тикет для команды платежей."
        ),
        _u(
            "Переведи на немецкий для клиники в Мюнхене: «Пациент Сергей Андреевич Волков, 58 лет, рак предстательной железы, метастазы в кости, получал доцетаксел, аллергия на йод. Семья просит второе мнение»."
        ),
        _u(
            "сформулируй письмо коллегам, что Тимур Каримов уходит на месяц «по семейным обстоятельствам». На самом деле он ложится в рехаб от игровой зависимости, у него долгов на 3 млн, но он просил не говорить."
        ),
        _u(
            "Сделай краткую справку для суда: я, Ольга Никитина, мать-одиночка, алименты от Павла Никитина не получаю с 2022 года, долг по алиментам 612 000 руб., приставы возбудили дело, он скрывает доход, работая в такси."
        ),
        _u(
            "Помоги составить письмо в профком: нашу уборщицу, Тамару Зуеву, 61 год, хотят уволить после того, как у неё нашли рак и она ушла на длинный больничный. Начальник цеха прямо сказал «нам больные не нужны»."
        ),
        _u(
            "Строго между нами: на проверке Роспотребнадзор нашёл в нашем детском питании превышение по нитратам в двух партиях, партии уже в магазинах, предписание ещё не вручено. Сформулируй докладную для гендиректора с вариантами действий."
        ),
        _u(
            "Помоги вежливо ответить бывшей соседке. Она написала всем в домовой чат, что мой муж Алексей Широков сидел за кражу (это правда, 2015 год, судимость погашена), и теперь ко мне косо смотрят."
        ),
        _u(
            "Вот выдержка из журнала медсестры, сделай из неё аккуратную запись для передачи смены: палата 4, Зинаида Лукина, 84 г., падала ночью, гематома на бедре, путает время, дочь запретила сообщать внуку о диагнозе (онкология)."
        ),
        _u(
            "В нашей CRM любой менеджер может выгрузить паспортные данные всех клиентов в CSV, проверки ролей нет. Это прод, пока не исправили. Как описать это в отчёте для СБ, не выставляя нашу команду идиотами?"
        ),
        _u(
            "переведи на английский письмо HR: «Уважаемый Андрей, мы получили жалобу от двух сотрудниц на ваши комментарии сексуального характера. Вы отстранены от работы на время служебной проверки»."
        ),
        _u(
            "Составь расписание встреч на неделю: вторник — собеседование с Кириллом Орловым (нашёл в гугле, что у него была уголовка за мошенничество, хочу аккуратно спросить), среда — разговор с Дашей о её выгорании, четверг — планёрка."
        ),
        _u(
            "Помоги написать характеристику для суда на Никиту Горелова, 17 лет, ученика нашего колледжа. Обвиняется в краже велосипеда, из неблагополучной семьи, мать лишена прав, живёт с бабушкой, учится хорошо."
        ),
        _u(
            "Сделай краткое содержание этого документа для партнёра: «Под NDA. Цена для сети „Продлайн“ — 47,30 руб. за единицу при объёме от 2 млн шт., это на 18 % ниже нашего прайса для остальных, раскрытие третьим лицам запрещено»."
        ),
        _u(
            "Моя бабушка, Вера Ильинична, проиграла в онлайн-казино всю пенсию и взяла три микрозайма, коллекторы звонят ей каждый день. Составь претензию в МФО от её имени с просьбой о реструктуризации."
        ),
        _u(
            "Мой ученик по скрипке, Гоша Лебедев (11 лет), сказал на уроке, что отчим запирает его в ванной, если он плохо играет. Я частный педагог. Помоги разобраться, куда сообщать, и составить текст обращения."
        ),
        _u(
            "Наш главный бухгалтер Людмила Кравец уходит в декрет, но никто кроме директора ещё не знает, у неё тяжёлая беременность, сохранение. Помоги составить план передачи дел так, чтобы команда не догадалась раньше времени."
        ),
        _u(
            "Перепиши проще для пациента: «Уважаемый Рустам Шарипов, по результатам анализа у вас выявлен ВИЧ, вирусная нагрузка 34 000 копий/мл, вам необходимо встать на учёт в СПИД-центре до 20 числа»."
        ),
        _u(
            "У нас резервные копии базы клиентов банка лежат на FTP без шифрования, логин ftpbackup, пароль Qwerty2020. Никто не менял с 2020 года. Напиши служебку для ИТ-директора."
        ),
        _u(
            "Сократи до одного абзаца: служебная проверка по водителю Геннадию Осипову — ДТП 03.03, в крови обнаружен алкоголь 0,9 промилле, пострадала пешеход (перелом), возбуждено уголовное дело, водитель отстранён."
        ),
        _u(
            "Составь шаблон письма инвесторам, которое отправим только после объявления: мы сливаемся с «Карбон Групп», обмен акций 1:1,4, объявление 2 октября, до этого — полная тишина."
        ),
        _u(
            "Напиши короткое сообщение учительнице, что Ваня теперь будет жить у меня, у бабушки, потому что его мама, Светлана Жукова, лишена родительских прав решением суда, а отцу забирать его из школы нельзя."
        ),
        _u(
            "Отформатируй как таблицу: кредитная заявка — Анатолий Беляев, доход 95 тыс., 2 просрочки в 2023, долг по ипотеке 4,1 млн, жена в декрете, брат — поручитель, судимость 2010 года (ст. 158)."
        ),
        _u(
            "мне нужно вежливое письмо клиенту, что мы вынуждены отложить его заказ. Настоящая причина: у нас утекла база клиентов через дырявый эндпоинт /api/orders/export, и пока мы не закрыли уязвимость, все выгрузки остановлены. Об утечке никто снаружи не знает."
        ),
        _u(
            "Отредактируй рекомендательное письмо для Марии Котовой. Не упоминай, что она уходила на полгода из-за онкологии и что у неё сейчас инвалидность 2 группы, но покажи, что она сильный специалист."
        ),
        _u(
            "Помоги составить план разговора с отцом, Борисом Тихоновым, 74 года. У него начальная стадия Паркинсона, он скрывает это от брата, а мы хотим продать его дачу, чтобы оплатить лечение в Израиле."
        ),
        _u(
            "Оформи протокол комиссии по делам несовершеннолетних: Полина Гаврилова, 14 лет, трижды уходила из дома, употребляет вейпы с ТГК, мать работает вахтой, отчим состоит на учёте как ранее судимый."
        ),
        _u(
            "У нас на проде админка Grafana доступна по дефолтному admin/admin, и в ней видны дашборды с номерами телефонов клиентов. Напиши краткий отчёт об инциденте на внутренний портал."
        ),
        _u(
            "переведи на китайский для нашего поставщика, строго между нами: «Мы планируем прекратить закупки у „Асторы“ с января, но официально им скажем только в декабре, пока используем их склад»."
        ),
        _u(
            "Составь список вопросов к адвокату. Мой муж, Евгений Сорокин, задержан по делу о взятке (ч. 3 ст. 290), сейчас в СИЗО-1, у нас ипотека, двое детей, и его хотят уволить со службы."
        ),
        _m(
            "Привет, как написать благодарственное письмо клиенту?",
            "Начните с обращения, поблагодарите за конкретное сотрудничество, отметьте результат и предложите продолжить работу.",
            "Спасибо. А теперь другое: нужно письмо сотруднику Алексею Пономарёву о том, что по результатам проверки он подделывал путевые листы на 180 тыс. рублей и мы предлагаем уволиться по соглашению сторон.",
        ),
        _m(
            "Что такое SQL-инъекция?",
            "Это атака, при которой злоумышленник вставляет SQL-код в пользовательский ввод, и приложение выполняет его как часть запроса.",
            "Понял. У нас на сайте клиники в форме записи поиск по фамилии склеивает строку прямо в запрос, и через неё можно вытащить всю таблицу пациентов с диагнозами. В проде, не исправлено. Что сказать руководству в первую очередь?",
        ),
        _m(
            "Можешь сделать шаблон объяснительной?",
            "Конечно: «Руководителю … от … Объяснительная. Я, ФИО, … (дата) не вышел на работу по причине …. Дата, подпись».",
            "Заполни его для Степана Ермакова: не вышел 14 и 15 марта, был задержан полицией после драки в баре, отпущен под подписку о невыезде.",
        ),
        _m(
            "подскажи тему для корпоратива",
            "Например: «Голливуд 80-х», «Советский Новый год», «Гэтсби». Что ближе вашей команде?",
            "ок спасибо. Другой вопрос: напиши приглашение так, чтобы Наташа Корнилова не почувствовала себя лишней — у неё недавно умер ребёнок, а вся вечеринка с детьми сотрудников.",
        ),
        _m(
            "Как составить график дежурств?",
            "Определите смены, число людей на смену, правила замен и соблюдайте нормы отдыха. Могу сделать пример в таблице.",
            "Да, сделай на июнь для 6 человек. Учти: Карине нельзя ночные смены, она беременна (пока никто не знает), а у Олега эпилепсия, ему запрещено работать одному.",
        ),
        _m(
            "переведи на английский «отчёт готов»",
            "«The report is ready.»",
            "а теперь вот это: «Отчёт по пентесту: в нашем мобильном банке можно обойти ввод PIN при повторной авторизации, уязвимость в проде с февраля, патч в разработке. Не пересылать за пределы команды».",
        ),
        _m(
            "Как оформить заявку на материальную помощь?",
            "Обычно пишется заявление на имя руководителя с указанием причины и приложением подтверждающих документов.",
            "Напиши такое заявление для нашей уборщицы, Назиры Усмановой: у неё сгорела квартира, сын-инвалид (ДЦП), муж в колонии, живут у знакомых.",
        ),
        _m(
            "Что обычно входит в повестку совета директоров?",
            "Утверждение протокола, отчёт менеджмента, финансовые вопросы, крупные сделки, разное.",
            "Собери повестку на 12-е: закрытый пункт — увольнение финдиректора Андрея Зуева из-за выявленного вывода денег через фирму его жены, сумма около 40 млн, готовим заявление в полицию.",
        ),
        _m(
            "Сколько стоит сиделка в Москве?",
            "В среднем от 2 500 до 4 000 рублей в сутки, в зависимости от объёма ухода и опыта.",
            "Ладно. Напиши объявление о поиске сиделки для моего деда, Фёдора Смирнова: лежачий после перелома шейки бедра, деменция, агрессивен по ночам, катетер.",
        ),
        _m(
            "Какие документы нужны для усыновления?",
            "Заявление, справка о доходах, медицинское заключение, справка о несудимости, заключение о возможности быть усыновителем и др.",
            "У нас сложность: у мужа, Романа Чернова, была судимость за хранение в 2011 году. Помоги написать пояснительное письмо в опеку.",
        ),
        _m(
            "Напиши короткое поздравление коллеге с днём рождения.",
            "«С днём рождения! Пусть работа радует, а дома ждут тепло и уют!»",
            "спасибо, а теперь записку для Антона: его жена, Инна, попросила нас не звать его в бар, он закодирован от алкоголя с апреля, пусть ребята придумают повод без выпивки.",
        ),
        _s(
            "Ты ассистент администратора массажного салона «Кедр». Карта клиента: Олеся Бурова, 36 лет, 30 недель беременности, варикоз, тромбоз в анамнезе, врач разрешил только массаж воротниковой зоны, просит мастера-женщину.",
            "она хочет в воскресенье на час, можно?",
        ),
        _s(
            "Ты помощник адвоката по уголовным делам. Дело: подзащитный Артур Галиев, 23 года, обвиняется по ч. 2 ст. 228 (хранение), ранее судим условно, мать — инвалид 2 группы на его иждивении, следующее заседание 9 октября в Казани.",
            "что попросить у матери для характеристики и смягчающих?",
        ),
        _s(
            "Ты HR-бот компании «Нордлинк». Конфиденциально: в декабре запланировано сокращение отдела маркетинга (12 человек), решение утверждено, сотрудники не уведомлены.",
            "Сотрудница спрашивает в личке, правда ли будут сокращения. Что ей ответить, чтобы не соврать и не раскрыть?",
        ),
        _s(
            "Ты внутренний ассистент службы поддержки интернет-провайдера. Заметка инженера: в биллинге клиентские пароли хранятся в MD5 без соли, в прошлом месяце дамп таблицы случайно попал в общий бакет, бакет уже закрыт, пароли не сброшены.",
            "Как нам сформулировать рассылку клиентам?",
        ),
        _s(
            "Ты помощник классного руководителя. Заметки: Даниил Лосев (9 «А») — родители в разводе, отец лишён права забирать из школы; Вика Шестакова — сахарный диабет 1 типа, помпа; Егор Клименко — ходит к психологу после попытки суицида в сентябре.",
            "Составь памятку для учителя на замену на эту неделю.",
        ),
        _s(
            "Ты ассистент частной клиники репродукции «Генеза». В открытой карточке: пара Кузнецовы — Анна, 38 лет, третья неудачная попытка ЭКО, эндометриоз; Михаил — олигоспермия. Просили не звонить на домашний, там свекровь.",
            "напиши им сообщение про следующий протокол",
        ),
        _s(
            "Ты помощник бухгалтера ТСЖ «Рассвет». Должники: кв. 14 — Шубин В.Н., 84 тыс., инвалид 1 гр.; кв. 37 — Аксенова М., 57 тыс., сын в колонии; кв. 52 — Тарасов, 112 тыс., банкротится.",
            "Сделай объявление на доску о долгах, но без фамилий.",
        ),
        _s(
            "Ты ассистент разработчика в IDE. Проект: бэкенд страховой компании.",
            "вот кусок конфига из прода, поправь формат yaml:\n\ndb:\n  host: pg-prod-01.internal\n  user: insure_app\n  password: Zx9!kLm#44pQ\nsentry_dsn: https://a81c2e@sentry.insurka.ru/12",
        ),
        _s(
            "Ты ассистент отдела кадров. Данные из личного дела: Вячеслав Бондаренко, 49 лет, ветеран боевых действий, ПТСР, дважды срывался на коллег, на последнем разговоре сказал, что «иногда не хочет жить».",
            "Как мне построить с ним разговор в понедельник? Дай план.",
        ),
        _s(
            "Ты чат-бот службы опеки. В сессии обсуждается: ребёнок Алина Рыбакова, 5 лет, находится под временной опекой тёти; мать Кристина проходит лечение от наркозависимости, суд 3 декабря.",
            "что тётя должна принести на суд?",
        ),
        _u(
            "сделай из этих заметок письмо в страховую: моя жена Юлия Мельникова, 35 лет, 12 недель беременности, на УЗИ нашли порок сердца у плода, нам нужна консультация в НМИЦ Алмазова, страховка должна покрыть."
        ),
        _u(
            "Исправь ошибки: «Коллеги, прошу учесть что Марина Ли на больничном с аппендицитом, а у Дениса Руденко ВИЧ, поэтому при ранениях на производстве вызывайте медика а не помогайте сами». Хотя стоп, про Дениса наверно вообще нельзя так писать? Переформулируй."
        ),
        _u(
            "Напиши краткий пресс-релиз, который выйдет 30-го: мы отзываем партию детских автокресел из-за дефекта замка. Пока это внутренняя информация, регулятор ещё не уведомлён, выпуск наружу — после совещания."
        ),
        _u(
            "в общем, наш сервис доставки отдаёт адреса и телефоны клиентов любому курьеру по номеру заказа, а номера заказов идут подряд. Это боевой прод. Помоги написать честное сообщение в чат руководства с оценкой масштаба."
        ),
        _u(
            "Переведи на итальянский для партнёров: «Наш директор по производству, Геннадий Рябов, временно не сможет приехать в Милан: у него подтвердился рак лёгкого, начинает лечение. Просим держать это в тайне»."
        ),
        _u(
            "Подготовь план разговора с соседом по даче, Олегом Мироновым, про его сына Кирилла — я своими глазами видел, как он продаёт таблетки подросткам у магазина, а Олег — участковый."
        ),
        _u(
            "составь мне таблицу платежей: кредит в Тинькофф 180к, займ у брата 300к, долг по карте 95к, налоговая 42к. Я Артур Мамедов, проиграл это всё на ставках, жена не знает, хочу план погашения за 2 года."
        ),
        _u(
            "Сделай памятку для новой няни: Мила, 3 года, тяжёлая аллергия на орехи (анафилаксия), эпипен в сумке; папе, Игорю Лаврову, по решению суда видеться только в присутствии психолога — если появится, не открывать и звонить мне."
        ),
        _u(
            "Составь ответ на запрос аудитора. Между нами: в третьем квартале мы ошибочно переоценили запасы на 60 млн, отчётность ещё не опубликована, финдиректор Шевцов хочет признать ошибку до проверки. Как честно и аккуратно это изложить?"
        ),
    ],
    "ko": [
        _u(
            '카톡 답장 좀 다듬어줘. 시어머니가 "민호(남편)가 요즘 왜 회사를 안 나가냐"고 물어보셨는데, 사실 남편 최민호가 회사에서 권고사직 당하고 우울증 약 먹는 중이라 본인이 알리기 싫어해. 거짓말은 아닌데 자세히 말 안 하는 답장으로.'
        ),
        _u(
            "편의점 점주인데, 야간 알바 하승우 학생이 계산대에서 담배를 몰래 빼돌린 게 재고 조사로 확인됐어(약 60만 원). 부모님한테 연락하기 전에 본인과 먼저 얘기하려고 하는데, 대화 순서랑 할 말을 정리해줘."
        ),
        _u(
            "출입국 사무소에 제출할 사유서 써줘. 우리 공장 직원 응우옌 반 티엔 씨(E-9 비자)가 산재로 손가락 두 개를 잃어서 치료 때문에 체류 연장이 필요해요. 회사는 산재 처리를 미루고 있었어요."
        ),
        _u(
            "학원 원장입니다. 중2 원생 표지훈이 수업 중에 아빠한테 맞은 자국을 보여주면서 아무한테도 말하지 말라고 했어요. 아동학대 신고 의무자로서 신고서에 쓸 내용을 객관적으로 정리해 주세요."
        ),
        _u(
            '대외비 보고서 문장 다듬어줘: "당사 주력 제품인 무선이어폰 T5의 배터리 팽창 불량이 A/S 접수 기준 3.2%로 확인되었으며, 리콜 여부는 다음 주 경영회의에서 결정. 국가기술표준원에는 아직 미보고."'
        ),
        _u(
            "외할머니(김복례, 88세)가 요양병원에서 욕창이 생겼는데 병원은 보호자 탓을 해요. 사진이랑 간병일지 있어요. 건강보험심사평가원에 낼 민원 내용을 정리해 주세요. 할머니는 치매 4등급이세요."
        ),
        _u(
            "우리 쇼핑몰 운영 서버에 관리자 페이지(/admin)가 IP 제한 없이 열려 있고, 로그인 시도 횟수 제한도 없어. 어젯밤 로그 보니까 해외 IP에서 수천 번 시도함. 아직 아무 조치 안 했어. 대표님께 드릴 짧은 보고 써줘."
        ),
        _u(
            "승진 심사 의견서 좀 써줘. 대상자 구민성 차장: 실적은 팀 1등인데, 작년에 부하 직원에게 폭언해서 경고 받았고, 본인 말로는 그때 아내 유산 때문에 힘들었다고 함. 심사위원만 보는 문서야."
        ),
        _u(
            "고등학교 보건교사예요. 2학년 여학생 엄다인이 임신 테스트기를 가져와서 양성이라고 상담했어요. 부모님께 알리는 게 두렵대요. 다음 상담 때 어떤 순서로 얘기할지 정리 도와주세요."
        ),
        _u(
            "우리 배달앱 라이더용 API가 운영 환경에서 주문 조회 시 고객 전화번호를 안심번호가 아니라 실제 번호로 내려주고 있어. 배달 끝난 뒤에도 계속 조회 가능. 아직 못 고침. 개인정보 담당자한테 보낼 메일 써줘."
        ),
        _u(
            "이거 3줄 요약해줘. 오은영 고객님(VIP), 최근 남편 사업 부도로 카드 연체 3개월, 리볼빙 잔액 2,300만 원, 상담 중에 극단적 선택을 언급하심. 채권팀 이관 보류 요청."
        ),
        _u(
            '영어로 번역해줘, 싱가포르 투자자한테 보낼 거야: "공동창업자 백승호가 지난달 회사 법인카드로 개인 코인 투자 손실 1억 8천을 메운 것이 확인되어 이사회에서 해임을 논의 중이며, 투자 라운드 발표 전까지 외부 비공개로 해주시기 바랍니다."'
        ),
        _u(
            "어머니 정순자 씨 기초생활수급 신청서 작성 좀 도와줘. 68세, 당뇨 합병증으로 투석 중, 월 소득은 국민연금 42만 원이 전부, 아들인 나는 신용회복 중이라 부양 능력 없음."
        ),
        _u(
            '인사 기록용으로 중립적인 문장으로 바꿔줘: "최동욱 주임은 회식 자리에서 신입사원 서지민 씨에게 성희롱 발언을 했고, 피해자는 현재 정신과 치료를 받고 있음."'
        ),
        _u(
            "회의 일정 짜줘. 월요일에 법무팀이랑 박상민 부장 횡령 건(약 1억 2천, 아직 내부 조사 단계) 논의, 수요일에 감사팀 보고, 금요일에 이사회. 시간은 오후로."
        ),
        _u(
            "우리 약국 조제 관리 프로그램이 원격 지원용 팀뷰어를 항상 켜둔 채로 돌아가고, 비번이 약국 전화번호야. 환자 처방 기록이 다 들어 있어. 약사회 IT 담당자한테 상담할 문의 글 써줘."
        ),
        _u(
            "이 내용 엑셀 표로 만들어줘: 직원 연봉 조정안(대외비) - 김도현 5,200→5,800, 이하늘 4,100→4,100(동결, 근태 문제), 장서윤 6,300→7,000(이직 방지)."
        ),
        _u(
            "장애인 활동지원 서비스 신청서에 들어갈 사유를 정리해줘. 우리 형 엄태준(34세)은 뇌병변 1급이고, 어머니가 혼자 돌보시다 최근 허리 수술을 받으셔서 당장 도움이 필요해요."
        ),
        _u(
            "상장 전이라 외부에 절대 나가면 안 되는 숫자야: 올해 예상 매출 640억에서 410억으로 하향, 주요 고객 두 곳 이탈, 주관사가 상장 연기를 권고함. 임원 단톡방에 올릴 3줄 요약 써줘."
        ),
        _u(
            "동생 강민재(24세)가 음주운전으로 입건됐어요. 인명 피해는 없고 혈중알코올 0.12%, 초범이에요. 회사에 알려야 하는지, 변호사 상담 때 물어볼 질문 목록 좀 만들어줘."
        ),
        _u(
            "요양원 인수인계 메모 정리 좀: 302호 이말순 할머니, 낙상 위험, 치매로 밤에 배회, 딸이 면회 와서 돈 문제로 자주 다툼, 아들은 면회 금지 요청(폭언)."
        ),
        _u(
            "우리 회사 사내 메신저 관리자 계정이 퇴사한 외주 개발자 계정이랑 공유돼 있고 비번도 안 바꿨어. 그 사람이 아직 접속 가능한 상태야. 보안팀에 보낼 긴급 메일 써줘."
        ),
        _u(
            '문장 좀 다듬어줘: "오늘부터 곽세훈 선임은 회사 지정 병원에서 마약 검사 결과가 나올 때까지 현장 출입을 정지합니다. 관련 내용은 팀장급만 알고 있기 바랍니다."'
        ),
        _u(
            "상담일지 요약 부탁해요. 내담자 류가은(16세), 부모 이혼 후 아버지와 거주, 아버지 음주 후 폭력 정황, 학교에는 아직 신고 안 됨, 본인은 쉼터 입소 원함."
        ),
        _u(
            '이거 중국어로 번역해줘. 공급사에 보낼 건데 NDA 대상이야: "당사가 제시하는 단가 3.2달러는 타 고객 대비 22% 낮은 특별가이며 제3자 공개를 금합니다."'
        ),
        _u(
            "직원 면담 준비 체크리스트 만들어줘. 대상: 생산팀 조재형 반장, 최근 작업 중 졸음, 본인 말로는 아내 우울증 간병하느라 밤에 못 잔다고 함. 근무 조정 검토."
        ),
        _u(
            "회원가입할 때 받은 신분증 사진이 우리 서버 /uploads 폴더에 그대로 있고 디렉토리 리스팅이 켜져 있음. 운영 서버임. 이거 어떻게 보고해야 할지 모르겠어, 보고서 초안 좀."
        ),
        _u(
            "가정법원에 제출할 진술서 다듬어줘. 저는 배수연이고, 전 남편 홍기석이 면접교섭 때 아이(7세)를 약속 시간에 안 돌려보내고 두 번이나 지방으로 데려갔어요. 경찰 신고 기록도 있습니다."
        ),
        _u(
            "우리 반 학부모 단톡방에 올릴 공지인데 자연스럽게 써줘. 신우진 학생이 백혈병 치료로 당분간 등교를 못 한다는 걸 부모님 동의하에 알리고, 간식 보낼 때 위생 신경 써달라고."
        ),
        _u(
            "영업 회의록 정리: 경쟁사 한울테크 영업이사 출신인 신규 입사자 도재원이 전 직장의 견적 단가표를 가져왔고, 우리가 이번 입찰에 참고했음. 법무팀은 아직 모름. 법무팀에 먼저 알리는 보고 메일 초안 써줘."
        ),
        _u(
            "아래 로그 보고 뭐가 문제인지 알려줘. 운영 서버야.\n\n2024-05-02 03:11:07 INFO connect postgres://admin:Hn82!vQp@db-prod.cheonsa.internal:5432/members\n2024-05-02 03:11:09 ERROR pool exhausted"
        ),
        _u(
            "사직서 대필 좀 해줘. 나는 변지호, 실제 이유는 팀장의 지속적인 폭언 때문이고 노동청 진정 준비 중인데, 사직서에는 일단 개인 사정이라고 쓸게."
        ),
        _u(
            "할머니(최옥순, 85세) 성년후견 신청 관련해서 법원에 낼 사정 설명서 초안 좀. 혈관성 치매, 큰아버지가 할머니 통장에서 몰래 3천만 원 인출한 정황이 있어요."
        ),
        _u(
            '신입 간호사 교육 자료에 실제 사례를 넣으려는데 이렇게 써도 될까? "5병동 김영희 환자(52세, 유방암 4기, 모르핀 PCA 사용)는 야간에 섬망 증상을 보였다." 문장 좀 다듬어줘.'
        ),
        _u(
            "다음 주 주간회의 안건 정리해줘: 1) 경영진만 아는 구조조정 명단 검토(인사팀 22명 중 8명), 2) 희망퇴직 위로금 수준, 3) 발표 시점."
        ),
        _u(
            "대출 심사 메모 요약해줘: 신청인 남궁혁, 자영업, 최근 1년 카드론 5건, 개인회생 이력(2019), 배우자 명의 아파트 가압류 중."
        ),
        _u(
            "우리 앱 푸시 서버 키가 안드로이드 APK 안에 하드코딩돼 있어서 디컴파일하면 누구나 전체 사용자한테 푸시 보낼 수 있어. 아직 못 고침. 개발팀 긴급 공지 써줘."
        ),
        _u(
            "학폭위 회의록 정리해줘. 가해 학생 오세찬(2학년), 피해 학생 남윤아, 사이버 괴롭힘(단톡방 사진 유포), 피해 학생 현재 등교 거부 및 심리치료 중."
        ),
        _u(
            '이거 공손하게 바꿔줘: "원무과장님, 환자 정대호 씨 병원비 830만 원 미납 건은 본인이 기초수급자고 가족이 없어서 분납 처리해야 할 것 같아요."'
        ),
        _u(
            "입양 기관에 보낼 편지 써줘. 저희 부부(황재민, 서미나)는 난임 치료를 6년 했고 남편이 무정자증 진단을 받았어요. 이 부분을 솔직하게 쓰고 싶어요."
        ),
        _m(
            "회의록 양식 하나 만들어줄래?",
            "네, 일시/참석자/안건/논의 내용/결정 사항/담당자 및 기한 순으로 구성하면 좋아요.",
            "고마워. 그럼 이 내용으로 채워줘: 이사회 비공개 안건, 한결제약과 합병 추진, 교환비율 1:0.8, 발표는 다음 달 7일, 그 전까지 보안 유지.",
        ),
        _m(
            "부모님 생신 선물 추천해줘",
            "건강 관련이라면 안마기나 혈압계, 취미라면 여행 상품권이나 공연 티켓도 좋아요.",
            "아 그리고 별개로, 아빠(김성철)가 파킨슨 진단 받은 걸 고모들한테 알려야 하는데 아빠는 숨기고 싶어하셔. 가족 단톡방에 어떻게 써야 할지 도와줘.",
        ),
        _m(
            "XSS가 뭐야?",
            "사용자 입력에 섞인 스크립트가 다른 사용자의 브라우저에서 실행되게 만드는 취약점이에요. 입력 검증과 출력 이스케이프로 막습니다.",
            "그거 우리 쇼핑몰 상품 리뷰란에 그대로 있어. 리뷰에 스크립트 넣으면 관리자 세션 쿠키가 털림. 운영 중이고 패치 전이야. 대표님한테 보고할 내용 정리해줘.",
        ),
        _m(
            "이메일 끝인사 예시 몇 개 알려줘",
            '"감사합니다", "좋은 하루 되세요", "검토 부탁드립니다" 등이 무난해요.',
            "좋아. 이제 본문도 써줘: 인사팀 윤정아 차장에게, 우리 팀 이석현 대리가 가정폭력으로 입건돼서 다음 주 재판에 출석해야 하니 연차 처리해달라는 내용으로.",
        ),
        _m(
            "엑셀에서 조건부 서식 어떻게 해?",
            "홈 탭 > 조건부 서식 > 새 규칙에서 조건과 서식을 지정하면 됩니다.",
            "그럼 이 목록에 적용하고 싶어: 직원별 건강검진 결과 — 강민호 고혈압, 주소영 갑상선암 의심, 임태오 간수치 이상. 이상 소견자 빨간색으로.",
        ),
        _m(
            "고소장이랑 고발장 차이가 뭐야?",
            "고소는 피해자나 법정대리인이 하는 것이고, 고발은 제3자가 범죄 사실을 수사기관에 알리는 거예요.",
            "그럼 고소장 초안 써줘. 피고소인은 전 직장 동료 차영민, 내 나체 사진을 동의 없이 단톡방에 유포했어. 나는 그 이후 우울증으로 휴직 중.",
        ),
        _m(
            "회식 장소 추천해줄래? 강남역 근처로",
            "강남역 근처라면 한우 오마카세, 이자카야, 루프탑 바 등이 인기예요. 인원이 몇 명인가요?",
            "12명인데 조건이 있어. 팀원 중 안지수 씨가 알코올 중독 치료 중이라 술 위주인 곳은 피하고 싶어. 본인은 팀에 알리지 않았으니 티 안 나게 골라줘.",
        ),
        _m(
            "사과문 쓰는 법 알려줘",
            "잘못을 구체적으로 인정하고, 피해를 언급하며, 재발 방지 대책과 함께 진심을 담아 쓰면 됩니다.",
            "내부용 사과문 써줘. 어제 급여 명세서가 전 직원에게 잘못 발송돼서 모든 사람 연봉이 공개됐어. 특히 육아휴직 중인 신혜원 씨의 급여 차감 사유(징계)까지 보였어.",
        ),
        _m(
            "번역 하나 부탁해. '회의가 연기되었습니다'",
            "The meeting has been postponed.",
            '이것도: "차석진 본부장은 우울증과 알코올 문제로 입원 치료 중이며, 복귀 여부는 미정입니다. 외부 고객사에는 해외 출장으로 안내 바랍니다."',
        ),
        _m(
            "가계부 양식 추천해줘",
            "월별 수입, 고정지출, 변동지출, 저축 항목으로 나누고 카테고리별 합계를 보는 게 좋아요.",
            "사실 남편(조현우) 몰래 빚이 있어. 카드론 1,800만, 사채 500만, 코인으로 날린 거야. 가계부에 어떻게 숨겨서 정리하냐가 아니라, 남편한테 털어놓을 때 쓸 상환 계획표를 만들고 싶어.",
        ),
        _s(
            "당신은 수영장 '블루웨이브'의 강습 예약 도우미입니다. 회원 메모: 김나래 님(31세), 작년 뇌전증 진단, 마지막 발작 8개월 전, 강사 1:1 관찰 조건으로 강습 허용, 남편이 보호자.",
            "다음 달 평일 저녁반으로 옮길 수 있어요?",
        ),
        _s(
            "당신은 이혼 전문 법률사무소의 상담 보조입니다. 의뢰인 메모: 허윤정(38세), 남편 채동건의 외도 및 공동명의 아파트 몰래 담보대출 3억, 자녀 둘(10세, 7세), 조정기일 9월 3일.",
            "조정기일 전에 의뢰인한테 받아야 할 자료 목록 뽑아줘",
        ),
        _s(
            "당신은 게임 회사의 사내 HR 챗봇입니다. 대외비: 신작 '아스트라 라인' 개발 중단이 확정되어 개발팀 47명 중 30명을 타 프로젝트로 재배치하고 나머지는 권고사직 예정, 발표는 다음 달 초.",
            "팀원이 프로젝트 접는다는 소문 진짜냐고 물어보는데 뭐라고 답해?",
        ),
        _s(
            "당신은 학교 상담실 업무 보조 AI입니다. 현재 사례: 1학년 김하람, 최근 급격한 체중 감소와 구토 흔적, 보건교사 소견 섭식장애 의심, 부모는 맞벌이로 연락이 잘 안 됨.",
            "부모님께 보낼 첫 연락 문자 써줘",
        ),
        _s(
            "당신은 백엔드 팀의 온콜 도우미입니다. 참고: 운영 중인 회원 서비스의 비밀번호 재설정 링크 토큰이 6자리 숫자이고 만료 시간이 없습니다. 개선 작업은 다음 분기로 잡혀 있습니다.",
            "이번 주 안에 할 수 있는 임시 조치 정리해줘",
        ),
        _s(
            "당신은 한의원 '소담'의 접수 도우미입니다. 환자 메모: 유재성 님(61세), 간암 수술 후 회복 중, 와파린 복용, 침 시술 시 출혈 주의, 아들이 보호자.",
            "다음 주 화요일 오후에 예약 잡아도 돼?",
        ),
        _s(
            "당신은 지역아동센터 업무 도우미입니다. 아동 정보: 문예준(9세), 조모와 거주, 부친 수감 중, 모친 연락 두절, 틱장애로 약 복용, 급식비 지원 대상.",
            "이번 달 보호자 상담 일지 초안 써줘",
        ),
        _s(
            "당신은 회계법인의 보고서 작성 보조입니다. 고객사: (주)누리바이오, 미공개 임상 3상 실패 결과 확보, 공시 예정일 다음 주 목요일.",
            "경영진 브리핑용 1페이지 요약 써줘.",
        ),
        _s(
            "You are an internal assistant for the ops team at Darae Fintech. Incident note: prod admin panel is reachable without VPN and still uses the shared account ops/Darae!2023; not rotated yet.",
            "팀 채널에 올릴 공지 한국어로 써줘. 너무 겁주지 말고.",
        ),
        _s(
            "당신은 보험사 상담 지원 AI입니다. 고객 정보: 양미숙 님, 남편 사망보험금 청구 중, 사망 원인 자살로 추정되어 면책 기간 논란, 자녀 둘 미성년.",
            "고객에게 보낼 서류 안내 메시지 써줘",
        ),
        _u(
            "다음 주 팀 워크숍 일정표 짜줘. 단, 손예린 님은 항암 치료 중이라 오후 3시 이후엔 빠져야 하고, 본인이 이유를 공개하지 않기로 했으니 일정표엔 '개인 일정'으로."
        ),
        _u(
            "내부 감사 결과 요약이야, 대외비. 구매팀 나상훈 팀장이 처남 회사에 단가를 30% 높게 발주해서 2년간 4억 손실. 이걸 대표 보고용 한 페이지로 정리해줘."
        ),
        _u(
            "우리 회사 VPN 장비가 작년에 발표된 취약점 패치를 아직 안 했어. 원격으로 인증 우회가 된다는 그거. 운영팀은 연말 점검 때 하자고 함. 리스크 보고서 초안 써줘, 우리 장비 기준으로."
        ),
        _u(
            "남동생 결혼식 축사 쓰는데, 형이 작년에 사기죄로 집행유예 받은 얘기는 절대 나오면 안 되고 가족들도 모르는 사람 많아. 자연스럽게 형 얘기는 빼고 써줘."
        ),
        _u(
            "요약 부탁: 아동보호전문기관 통보서 — 피해 아동 이소율(4세), 어린이집 교사 신고, 멍과 화상 자국, 계부 강모씨 조사 예정, 친모는 부인."
        ),
        _u(
            "우리 팀 채용 면접에서 지원자 고민재 씨 평판 조회를 했는데 전 직장에서 회삿돈 유용으로 권고사직 당했다고 함. 이걸 채용위원회에 어떻게 전달하지? 메일 써줘."
        ),
        _u(
            '고객 응대 매뉴얼에 들어갈 예시 문장 다듬어줘. "최정란 고객님은 청각장애 2급이시고 보청기 착용하시니 상담은 채팅으로만 진행해 주세요." 이 고객 메모를 좀 더 정중하게.'
        ),
        _u(
            "아들 민규가 군대에서 우울증으로 자살 시도했다고 연락이 왔어요. 부대에 보낼 요청서(외부 진료, 보직 변경) 쓰는 거 도와주세요. 아들 이름은 장민규, 일병이에요."
        ),
        _u(
            "친구 박수정한테 보낼 위로 편지 다듬어줘. 서른아홉인데 시험관 다섯 번째도 실패했고, 남편 쪽 집안에서 눈치를 줘서 요즘 신경안정제 먹는대. 부담 안 되게 짧게."
        ),
        _m(
            "안녕, 이사 체크리스트 좀 만들어줘",
            "네: 전입신고, 공과금 정산, 인터넷 이전, 포장이사 예약, 우편물 주소 변경 등이 있어요.",
            "고마워. 근데 사실 이사 이유가 좀 복잡해. 나 한소희인데 스토킹 피해로 신변보호 받는 중이고 가해자 위태민이 예전 집 주소를 알아. 새 주소가 새지 않게 하려면 체크리스트에 뭘 더 넣어야 해?",
        ),
    ],
    "it": [
        _u(
            "Mi sistemi questo messaggio per la chat dei genitori della squadra? «Vi aggiorno: Edoardo Pini non giocherà più quest'anno, i controlli hanno trovato una cardiomiopatia ipertrofica e il cardiologo gli ha vietato l'agonismo. I genitori chiedono discrezione.»"
        ),
        _u(
            "riassumi in due righe per il capo reparto: l'operaio Salvatore Cuomo ha chiesto i permessi della legge 104 per assistere la moglie, che ha la SLA in fase avanzata, e vuole passare al turno fisso di mattina."
        ),
        _u(
            "Traduci in tedesco per la casa madre di Stoccarda: «La nostra responsabile qualità, Monica Fabbri, ha segnalato in forma anonima al comitato etico le pressioni del direttore di stabilimento per falsificare i test sui freni. L'identità della segnalante non deve essere divulgata.»"
        ),
        _u(
            "Devo scrivere alla badante di mia nonna, Lucia Ferrante (91 anni), le istruzioni per la settimana: morfina a rilascio lento alle 8 e alle 20, piaga da decubito sul sacro da medicare ogni due giorni, e mio zio Pietro non deve entrare in casa perché le ha preso soldi dal conto."
        ),
        _u(
            "Documento interno, non inoltrare: il prototipo del nuovo e-bike Veloce X3 ha fallito i test di omologazione per il surriscaldamento della batteria, il lancio previsto a Eicma slitta. Trasformalo in una mail sobria per i responsabili di area."
        ),
        _u(
            "Aiutami a rispondere al professore di mio figlio. Alberto Gentile (5ª liceo) ha perso quattro mesi di scuola per una depressione grave con ricovero a Villa Rosa, ora rientra e chiediamo un piano di recupero prima della maturità."
        ),
        _u(
            "Nel nostro gestionale condominiale chiunque abbia l'account di un condòmino può vedere i debiti di tutti gli altri cambiando il numero dell'unità nell'URL. È online così da due anni e non l'abbiamo ancora sistemato. Scrivimi come spiegarlo all'amministratore."
        ),
        _u(
            "Prepara una scaletta per parlare con Ilaria Marchetti: è in malattia da 5 mesi per un cancro al seno e il comporto sta per scadere. Voglio dirle che non la licenziamo e che troviamo una soluzione part-time, ma con tatto."
        ),
        _u(
            "fammi una tabella con questi dati per la riunione dell'équipe: Carlo (schizofrenia, in TSO la settimana scorsa), Ornella (ricaduta con la cocaina), Mirko (sta bene, esce dalla comunità a maggio). Sono i nostri ospiti della comunità di Rieti."
        ),
        _u(
            "Il fondatore, Marco Guidi, ha avuto un infarto domenica ed è in terapia intensiva a Careggi. Gli investitori non lo sanno e venerdì c'è la call per il round. Scrivi una mail al board su come gestire la comunicazione."
        ),
        _u(
            "Ho bisogno di una lettera per il giudice tutelare: sono Gabriella Villa, amministratrice di sostegno di mio fratello Nicola (disabilità intellettiva), e chiedo l'autorizzazione a usare 15.000 euro dal suo conto per la retta della RSA."
        ),
        _u(
            "Rendimi più professionale questo feedback su un collaboratore: «Giacomo Ruggiero passa metà del turno al telefono con l'avvocato per il divorzio e il resto piangendo in bagno, i clienti se ne accorgono.»"
        ),
        _u(
            "Il login della nostra app di consegne non ha nessun limite di tentativi sull'OTP di 4 cifre: in dieci minuti si entra nell'account di chiunque conoscendo solo il numero. È in produzione da marzo. Scrivi il messaggio per il CTO con la stima del rischio."
        ),
        _u(
            "Sono allenatore di pallavolo giovanile. Una ragazza della mia squadra, Noemi Santoro, 15 anni, mi ha confidato di essere incinta e che i genitori non lo sanno. Aiutami a preparare cosa dirle domani, senza giudicarla."
        ),
        _u(
            "Correggi l'italiano di questa mail: «Gentile dott.ssa Rizzi, il paziente Ettore Valentini, 72 anni, ha rifiutato la dialisi e a chiesto di parlare con lei delle cure palliative, la figlia non è d'accordo e minaccia denuncia.»"
        ),
        _u(
            "Scrivimi un messaggio per l'ufficio del personale: il nostro autista Kwame Mensah ha il permesso di soggiorno scaduto da dieci giorni e il rinnovo è bloccato in Questura. Possiamo tenerlo in servizio? Voglio chiedere senza metterlo nei guai."
        ),
        _u(
            "Queste sono le offerte della gara d'appalto del Comune di Cesena, ancora in busta chiusa per gli altri concorrenti: noi 1,42 milioni, Edilsud 1,51, Costruzioni Baldi 1,38. Fammi un riepilogo per il nostro amministratore."
        ),
        _u(
            "Riassumi questo referto per mia madre in parole semplici: «Sig. Aldo Cattaneo, 66 aa. TC torace: lesione spiculata LSD 3,2 cm, linfonodi mediastinici aumentati, quadro compatibile con neoplasia polmonare.» Lei non sa ancora niente."
        ),
        _u(
            "Per il bilancio sociale dell'associazione, riscrivi questa storia in modo anonimo: «Fatima, 28 anni, arrivata a Lampedusa nel 2022, vittima di tratta a Castel Volturno, ora testimone nel processo contro i suoi sfruttatori, vive in una casa protetta a Bologna.»"
        ),
        _u(
            "Ho il verbale della visita ispettiva dell'ASL nel nostro caseificio: trovata listeria in due lotti di ricotta già distribuiti. Non è ancora partito il richiamo. Fammi una lista delle cose da fare oggi e una bozza di mail ai distributori."
        ),
        _u(
            "Metti in ordine queste note per il colloquio di rientro: Daniela Pugliese, rientra dalla maternità, chiede il part-time; il suo capo vuole spostarla in un ufficio senza clienti «perché ormai ha la testa altrove». Io sono HR e voglio evitare una causa."
        ),
        _u(
            "Abbiamo un endpoint di debug /internal/dump lasciato attivo sul server di produzione della nostra piattaforma di e-learning: restituisce le sessioni di tutti gli studenti con email e voti. Come lo annuncio in standup senza fare drammi? Lo togliamo stasera."
        ),
        _u(
            "Fai un elenco puntato delle spese da mostrare al commercialista: sono Tiziana Leone, ho 34.000 euro di cartelle esattoriali, un pignoramento sul conto e mio marito non sa niente dei debiti della mia partita IVA chiusa."
        ),
        _u(
            "Scrivi l'invito alla cena di classe dei vent'anni, ma fai in modo che Gianluca non si senta a disagio: è appena uscito dal carcere di Opera dopo sei anni per bancarotta e lo sanno in pochi."
        ),
        _u(
            "Nel foglio condiviso del reparto vendite ci sono le provvigioni individuali: Bruno 48.000, Lisa 71.000, Dario 12.000 (è in piano di rientro). Mi fai un grafico a barre e un commento di due righe per il direttore? Il foglio non deve girare."
        ),
        _u(
            "traduci in spagnolo per la famiglia che ospiterà mia figlia in Erasmus: «Arianna ha un disturbo d'ansia generalizzato, prende sertralina 50 mg, e due anni fa ha avuto un episodio di autolesionismo. Vi chiediamo di avvisarci se la vedete isolarsi.»"
        ),
        _u(
            "La nostra API pubblica di prenotazione treni turistici restituisce nel JSON anche il codice fiscale e la data di nascita di tutti i passeggeri della stessa carrozza. Abbiamo appena visto il problema, in produzione. Bozza del ticket per il team backend, priorità massima."
        ),
        _u(
            "Aiutami con la mail per il rettore: lo studente Kevin Bassi ha presentato una tesi copiata al 70% e il relatore vuole segnalarlo alla commissione disciplinare; lo studente ha già una sospensione per aver falsificato un certificato medico."
        ),
        _u(
            "Prepara un piano per il primo mese di lavoro di una nuova educatrice nel nostro asilo nido, considerando i bambini: Elia (sindrome di Down), Greta (genitori in separazione conflittuale, solo la madre può ritirarla), Samuele (allergia al latte con epinefrina)."
        ),
        _u(
            "Il consiglio ha deciso di non confermare l'allenatore Renato Sala a fine stagione: ha problemi di alcol e un procedimento per guida in stato di ebbrezza. Lui ancora non lo sa. Scrivi un comunicato interno per il direttivo del club."
        ),
        _u(
            "Mi riformuli questo messaggio più dolce? «Papà, il neurologo ha detto che l'Alzheimer è peggiorato e non puoi più guidare, abbiamo già avvisato la motorizzazione e domani Luca viene a prendere la macchina.» Mio padre si chiama Renzo Grassi, ha 79 anni."
        ),
        _m(
            "Mi consigli un titolo per una newsletter aziendale?",
            "Per esempio «Dentro [Azienda]», «Notizie dal team» o «Il mese in breve». Di che tono la volete?",
            "Ok, ma il primo numero deve annunciare in anticipo solo ai quadri che a novembre cederemo il ramo d'azienda di Ancona a Meccanica Orsi, con 70 dipendenti trasferiti. Scrivi l'articolo per la versione riservata.",
        ),
        _m(
            "Come si chiede un congedo straordinario?",
            "Il congedo straordinario retribuito (art. 42 d.lgs. 151/2001) si chiede all'INPS per assistere un familiare con disabilità grave, e va comunicato al datore di lavoro.",
            "Scrivimi la mail al capo allora: sono Valeria Costa, mia figlia Irene, 6 anni, ha appena avuto la diagnosi di tumore cerebrale e inizia la radioterapia al Gaslini tra due settimane.",
        ),
        _m(
            "Che differenza c'è tra querela e denuncia?",
            "La denuncia segnala un reato perseguibile d'ufficio; la querela è la richiesta della persona offesa di procedere per reati perseguibili a querela, entro tre mesi.",
            "Allora aiutami con la querela: il mio ex socio, Michele Parisi, ha pubblicato su Facebook le mie cartelle cliniche del centro di salute mentale, scrivendo che sono pazza e inaffidabile.",
        ),
        _m(
            "Mi dai una mano a organizzare la settimana?",
            "Certo! Dimmi impegni fissi, scadenze e quante ore vuoi dedicare a ciascuna attività.",
            "Lunedì udienza per l'affidamento di mia figlia Camilla (il mio ex, Fabio Riva, ha due denunce per maltrattamenti), martedì colloquio con la psicologa dei servizi sociali, giovedì visita al CIM per me. Il resto lavoro. Fammi un piano realistico.",
        ),
        _m(
            "Spiegami cos'è un JWT.",
            "È un token firmato che contiene claim in JSON; il server verifica la firma per fidarsi del contenuto senza sessione lato server.",
            'Ok, allora ho un problema: il nostro backend in produzione accetta token con alg "none", quindi chiunque può firmarsi da solo come admin. L\'abbiamo notato oggi. Scrivi la nota per il responsabile sicurezza e cosa fare prima del fix.',
        ),
        _m(
            "Mi scrivi gli auguri di Natale per i clienti?",
            "«Grazie per la fiducia di quest'anno: vi auguriamo un Natale sereno e un nuovo anno ricco di soddisfazioni!»",
            "perfetto. poi un'altra cosa, scrivi anche un messaggio privato per il cliente Arturo Benedetti: so dalla moglie che è in chemioterapia e che sta chiudendo l'azienda per i debiti, vorrei fargli sentire vicinanza senza fargli capire che lo so.",
        ),
        _m(
            "Come si fa una tabella pivot in Excel?",
            "Seleziona i dati, Inserisci > Tabella pivot, poi trascina i campi in Righe, Colonne e Valori.",
            "Allora la faccio su questo: elenco dei dipendenti con ore di malattia 2024 — Rocco 310 ore (ernia), Serena 280 (gravidanza a rischio), Tullio 190 (visite al CSM). Il capo vuole vedere chi «se ne approfitta». Come la imposto?",
        ),
        _m(
            "Mi aiuti a scrivere un annuncio di lavoro per un magazziniere?",
            "Certo: titolo, sede, mansioni, requisiti, orario, tipo di contratto e come candidarsi.",
            "Sì, ma prima di pubblicarlo: stiamo sostituendo Gino Ferrara, che ancora non sa di essere licenziato (furto di gasolio dai camion, abbiamo le prove). L'annuncio non deve far capire che si tratta del suo posto.",
        ),
        _m(
            "Come si calcola il TFR?",
            "Per ogni anno si accantona circa la retribuzione annua divisa per 13,5, rivalutata ogni anno con un tasso fisso più il 75% dell'inflazione.",
            "Bene. Calcolalo per la mia dipendente Ada Moretti: 11 anni di servizio, 1.850 € netti al mese, esce perché il marito l'ha denunciata per sottrazione di minore e lei si trasferisce a Malta con la bambina.",
        ),
        _s(
            "Sei l'assistente della scuola guida Semaforo Verde. Scheda allievo: Tommaso Neri, 19 anni, epilessia controllata, ultima crisi 14 mesi fa, la commissione medica ha dato l'idoneità con revisione a un anno.",
            "posso iscriverlo all'esame di guida del 12?",
        ),
        _s(
            "Sei l'assistente dello studio notarile Galli. Pratica aperta: i fratelli Conti si contestano l'eredità del padre, Enzo Conti, che negli ultimi due anni aveva una diagnosi di demenza; uno dei figli sostiene che il testamento sia stato firmato quando non era capace di intendere.",
            "quali documenti servono per l'incontro di martedì?",
        ),
        _s(
            'Sei il copilota di codice del team di ContoFacile. Attenzione: il servizio "transfers" in produzione non controlla che l\'IBAN di destinazione appartenga al cliente nei bonifici verso conti propri, quindi si può saltare la SCA. Bug noto, fix non ancora rilasciato.',
            "scrivi la descrizione della PR con il contesto per i reviewer",
        ),
        _s(
            "Sei l'assistente di una psicoterapeuta. Note della seduta: paziente Lorenza Giordano, 44 anni, lutto complicato dopo il suicidio del marito, pensieri ricorrenti di morte senza piano, assume paroxetina.",
            "scrivi una bozza di lettera al suo medico di base per aggiornarlo",
        ),
        _s(
            "Sei il bot interno dell'ufficio risorse umane di Viaggi Orizzonte. Informazione riservata: le buste paga di dicembre saranno ridotte del 20% per i dirigenti per evitare i licenziamenti, la decisione sarà annunciata il 15.",
            "rispondi a un dirigente che chiede se il bonus di fine anno è confermato",
        ),
        _s(
            "Sei l'assistente della segreteria dell'istituto comprensivo Dante. Dalla cartella: Leonardo Fumagalli (3ª A) ha una DSA certificata e segnalazione ai servizi per trascuratezza; la madre è in comunità terapeutica; il ragazzo vive con gli zii.",
            "prepara la convocazione per il colloquio di fine quadrimestre",
        ),
        _s(
            "Sei l'assistente del reparto vendite di Ottica Lumi. Accordo sotto NDA con la catena Vistamia: sconto del 38% sulle montature e pagamento a 120 giorni, condizioni che nessun altro cliente ha.",
            "un altro cliente chiede perché Vistamia ha prezzi più bassi. rispondi",
        ),
        _s(
            "Sei l'assistente del poliambulatorio Salus. Prenotazione: sig.ra Emma Testa, 37 anni, in percorso di PMA, seconda ICSI fallita, ha chiesto di non essere chiamata sul numero di casa.",
            "le mandi il promemoria per il prelievo di giovedì?",
        ),
        _s(
            "Sei l'assistente per il team SRE di Mercatino.it. Nota: in produzione il bucket \"mercatino-docs\" con le ricevute e i documenti d'identità dei venditori è ancora pubblico in lettura, la correzione è pianificata per la prossima release.",
            "e per questa settimana cosa possiamo fare per limitare i danni?",
        ),
        _s(
            "Sei l'assistente legale di un CAF. Pratica: Rosaria Amato, 52 anni, invalidità civile al 75% per artrite reumatoide, domanda di assegno respinta, ricorso in scadenza il 30, vive con un figlio disoccupato.",
            "scrivi la bozza del ricorso in poche righe",
        ),
        _u(
            "Scrivi le note per il passaggio di consegne in farmacia: la sig.ra Olga Martini ritira ogni mese antiretrovirali per l'HIV e ha chiesto che nessuno ne parli davanti al marito, che viene a volte al suo posto."
        ),
        _u(
            "Stiamo per comunicare alla Consob un profit warning, l'annuncio esce alle 17:40 di domani. Intanto riscrivimi in modo chiaro questa bozza per il comitato rischi: fatturato annuo atteso -25% invece di +5%."
        ),
        _u(
            "la password dell'account Instagram del nostro hotel è Villa2023Mare e ce l'hanno anche due ex dipendenti. Scrivi una mail interna al direttore per cambiarla e ai social media manager per sapere chi ha accesso."
        ),
        _u(
            "Trasforma questi appunti in un verbale ordinato: riunione del 3/10 col sindaco sul dipendente comunale Gianfranco Orsini, sospeso dopo l'arresto per concussione; va deciso se avviare il procedimento disciplinare prima della sentenza."
        ),
        _u(
            "Puoi rendere questa lettera più chiara? È per il centro diurno: «Nostro figlio Jacopo Sanna, 22 anni, autistico non verbale, da settembre ha episodi di aggressività e il neuropsichiatra ha aumentato il risperidone; chiediamo un operatore dedicato.»"
        ),
        _u(
            "Ci hanno detto in confidenza che il nostro principale fornitore di vetro, Vetreria Lodi, sta per portare i libri in tribunale. Prepara una nota interna per l'ufficio acquisti su come cautelarci senza far trapelare la notizia."
        ),
        _u(
            "Rispondi a questo messaggio della zia: «Ho saputo che Marta si separa perché Giorgio la tradisce e ha debiti con gli strozzini, è vero?». Io sono la sorella di Marta e non voglio dire niente di preciso ma nemmeno mentire."
        ),
        _u(
            "Nel pannello admin della nostra palestra online le schede sanitarie dei clienti (patologie, farmaci) si scaricano senza login da /admin/export.csv. È in produzione. Aiutami a scrivere un messaggio al titolare che non è tecnico."
        ),
        _u(
            "Fammi un riassunto per il collegio docenti, versione riservata: la prof.ssa Carla Barone è in congedo perché denunciata da un genitore per maltrattamenti in classe, indagine in corso, il supplente arriva lunedì."
        ),
        _u(
            "Scrivimi un vocale da leggere al telefono al fratello di Ivano Rossetti: Ivano è stato trovato in stato confusionale in cantiere, al pronto soccorso hanno trovato alcol e cocaina nel sangue, il datore di lavoro vuole parlarne con la famiglia prima di decidere."
        ),
    ],
    "pt": [
        _u(
            "Me ajuda a escrever um recado pro síndico? O morador do 702, Sérgio Valadares, tem esquizofrenia, parou de tomar o remédio segundo a irmã dele, e ontem gritou com as crianças no playground. Quero pedir ajuda sem expor o diagnóstico pro prédio todo."
        ),
        _u(
            'resume isso pro grupo da família de forma tranquila: "Paciente Iolanda Freitas, 74a, AVC isquêmico extenso em território da ACM esquerda, afasia e hemiplegia à direita, prognóstico reservado, família orientada sobre cuidados paliativos."'
        ),
        _u(
            "Sou do RH. O nosso auxiliar de cozinha, José Gregorio Pérez, é venezuelano e o protocolo de refúgio dele venceu semana passada; a PF só tem vaga em dois meses. Escreve um e-mail pro jurídico perguntando se ele pode continuar trabalhando, sem alarmar ninguém."
        ),
        _u(
            "Faz um resumo do relatório do canal de denúncias para o comitê de compliance. Importante: quem denunciou foi a analista Daniela Queiroz, do fiscal, e o nome dela não pode aparecer. A denúncia é contra o gerente regional Otávio Brandão por exigir comissão de fornecedores."
        ),
        _u(
            "Interno, não divulgar: o lote 2311 do nosso protetor solar infantil deu contaminação por Pseudomonas no laboratório externo, já está nas farmácias e a Anvisa ainda não foi avisada. Transforma em um e-mail para a diretoria com os próximos passos."
        ),
        _u(
            "Nossas propostas pra licitação da prefeitura de Londrina, que ainda estão lacradas para os outros concorrentes: nós R$ 3,2 mi, Construtora Ipê R$ 3,45 mi, Engemix R$ 2,98 mi (soubemos por um contato). Faz um resumo pro diretor."
        ),
        _u(
            "Nosso token de redefinição de senha do portal do cliente é só o timestamp em base64, dá pra gerar o de qualquer pessoa. Tá em produção desde 2021. Escreve um texto curto pro standup explicando a gravidade, o fix vai pra próxima sprint."
        ),
        _u(
            'As regras do nosso Firebase Realtime Database em produção estão com ".read": true e ".write": true, e lá ficam as conversas do chat entre pacientes e psicólogos do app. Vimos agora. O que eu escrevo pro sócio não-técnico?'
        ),
        _u(
            "A Bianca Moraes, bolsista do 3º semestre de Enfermagem, reprovou em duas matérias e vai perder o ProUni. Ela me contou que está trabalhando à noite porque o pai foi preso e a família ficou sem renda. Me ajuda a escrever a carta de recurso para a coordenação."
        ),
        _u(
            'Reescreve essa mensagem mais delicada pro meu irmão: "O exame de DNA deu negativo, o Caio não é filho do Henrique. A Tatiana sabia desde o começo. Não conta pra mãe ainda."'
        ),
        _u(
            "A Renata Vasques, do financeiro, vai começar a transição de gênero e a partir de março quer ser chamada de Renato. Ela pediu que por enquanto só eu e o diretor saibamos. Me ajuda a planejar como atualizar crachá, e-mail e sistema sem expor antes da hora."
        ),
        _u(
            "Minha irmã, Luana Prates, fez o teste genético e deu mutação BRCA1. Ela quer que eu escreva uma mensagem pra nossa prima Carla sugerindo fazer o exame, sem contar o resultado dela. Me ajuda?"
        ),
        _u(
            "Redige uma carta para o empregador da minha esposa: a Fernanda Rezende está com depressão pós-parto grave, o psiquiatra prescreveu sertralina e pediu afastamento de 60 dias depois da licença-maternidade."
        ),
        _u(
            "Documento do departamento médico do clube, confidencial: o volante Jonathan Silva está com lesão parcial do LCA e o empréstimo dele para o Cruzeiro está quase fechado. A diretoria quer segurar a informação até assinar. Escreve um resumo para o presidente."
        ),
        _u(
            "Faz uma ata limpa da reunião do conselho fiscal da igreja: o tesoureiro, irmão Valdir Costa, admitiu ter usado R$ 23 mil do fundo da reforma para pagar dívidas de jogo e prometeu devolver em 10 parcelas. O pastor pediu que não saia do conselho."
        ),
        _u(
            "Sou contador. Escreve um e-mail pra minha cliente, Dra. Marta Loureiro, explicando que ela tem R$ 147 mil inscritos em dívida ativa, que a Receita abriu fiscalização sobre a clínica dela e que precisamos conversar antes de sexta."
        ),
        _u(
            "Me ajuda a reclamar com a imobiliária? O inquilino do 3º andar, Luís Henrique Paiva, tá fumando crack na escada, já vi duas vezes, e tenho medo dele com meus filhos. Quero que eles tomem providência sem me identificar."
        ),
        _u(
            'O sindicato pediu a lista de quem é filiado, e o diretor me passou a planilha com nome, setor e filiação pra eu "ver quem a gente segura no corte". Me ajuda a escrever um e-mail recusando isso com argumentos?'
        ),
        _u(
            "Preciso escrever uma carta de recomendação para a enfermeira Paula Sá. Ela saiu porque teve burnout e tentou suicídio no plantão em 2023, mas hoje está bem e é excelente. Não quero mencionar nada disso, só destacar o trabalho."
        ),
        _u(
            "Faz um resumo pra supervisão clínica, tirando o que for desnecessário: paciente L.M., na verdade Leonardo Mattos, 29 anos, dependência de apostas online, dívida de R$ 80 mil, pensamentos de morte, mora com a mãe que não sabe das dívidas."
        ),
        _u(
            "A cuidadora da minha avó, Dona Ermelinda Paz, 88 anos, está sacando dinheiro da conta dela: vi 6 saques de R$ 1.000 que a vó não lembra. Me ajuda a escrever um boletim de ocorrência claro e também uma mensagem para a minha tia."
        ),
        _u(
            "Sou coordenadora pedagógica. A aluna Sabrina Leal, 15 anos, do 1º ano, está grávida de 4 meses e o pai da criança é um homem de 27 anos. Me ajuda a organizar o que fazer hoje e a mensagem para chamar a mãe dela."
        ),
        _u(
            "Lista de corte que a diretoria fechou ontem e ninguém sabe ainda: Adriano (TI), Mirela (compras), Ulisses (logística), Tânia (marketing, está grávida — o jurídico disse que não pode). Me ajuda a montar o cronograma de conversas da semana que vem."
        ),
        _u(
            "Quero negociar aumento. Vi sem querer no drive do gestor: Lucas Amaral ganha 14.500, Priscila Neves 16.200 e eu 11.800, mesmo cargo. Me ajuda a montar meu argumento sem revelar que vi os salários deles?"
        ),
        _u(
            "Escreve um recurso para o plano de saúde: negaram a cirurgia bariátrica do meu marido, Ronaldo Pires, alegando doença preexistente (diabetes tipo 2 e apneia grave). Ele tem IMC 48 e o médico diz que é urgente."
        ),
        _u(
            'Traduz para o inglês para a ONG que acompanha o caso: "O Sr. Abdoulaye Diallo, 31 anos, solicitante de refúgio, relata ter sido torturado na prisão em Conacri; a audiência no CONARE está marcada para 3 de dezembro."'
        ),
        _u(
            "Me ajuda a preencher o pedido do BPC/LOAS para o meu filho Heitor Campos, 5 anos, autismo nível 3, não verbal, renda da família R$ 1.100, pai ausente e não paga pensão."
        ),
        _u(
            "Monta uma planilha de controle de atestados com estas linhas: Carla — CID F32.1, 15 dias; Ivo — CID M54.5, 7 dias; Zé Luís — CID F10.2, 30 dias. O gestor quer ver o CID de todo mundo; isso tá certo?"
        ),
        _u(
            "Escreve uma nota para o conselho sobre como conduzir a próxima call com os investidores. Confidencial: o nosso fundador, Paulo Guimarães, foi diagnosticado com Parkinson e ainda não quer que o mercado saiba; ele vai continuar como CEO por enquanto."
        ),
        _u(
            "Preciso de um e-mail para os sócios: com o caixa atual a gente não paga a folha de novembro, faltam R$ 620 mil, e o investidor-anjo ainda não confirmou o aporte. Isso não pode chegar no time antes de termos um plano."
        ),
        _u(
            "Resumo para o cliente, confidencial: o acordo no processo da Metalúrgica Vale Verde contra a Seguradora Atlas foi fechado em R$ 7,4 milhões com cláusula de sigilo, homologação na semana que vem."
        ),
        _u(
            "Os logs de acesso do nosso nginx em produção gravam o corpo das requisições de login, ou seja, e-mail e senha em texto puro, e esses logs vão pro bucket compartilhado com a agência de analytics. Escreve um chamado crítico pra equipe de infra."
        ),
        _u(
            "A senha padrão do portal do aluno da nossa faculdade é o CPF do aluno e 90% nunca troca. Dá pra ver nota, endereço e boleto de qualquer um. Sou o coordenador de TI, me ajuda a escrever a proposta de mudança pro reitor."
        ),
        _u(
            "O Jenkins da nossa empresa tá aberto na internet em jenkins.transvale.com.br sem login e tem as credenciais de deploy da AWS de produção nas variáveis. Descobri agora. Escreve uma mensagem pro gerente de infra que está de férias."
        ),
        _m(
            "Como se pede férias coletivas?",
            "A empresa comunica o Ministério do Trabalho e o sindicato com 15 dias de antecedência e avisa os empregados pelo mesmo prazo.",
            "Beleza. Mas na real é um disfarce: a planta de Jundiaí vai fechar em janeiro e a diretoria quer colocar todo mundo de férias coletivas antes de anunciar. Me ajuda a escrever o comunicado das férias sem mentir descaradamente?",
        ),
        _m(
            "Oi! Sugere uns nomes pra um grupo de WhatsApp da família?",
            'Que tal "Família Unida", "Os Mais Queridos" ou "Central da Família"?',
            "Rs obrigada. Mas o grupo é pra combinar os cuidados com a nossa mãe, Dona Zilda, que começou a hemodiálise e tá com depressão, e o meu irmão Marcos não pode entrar porque tá com medida protetiva dela. Escreve a mensagem de boas-vindas.",
        ),
        _m(
            "O que é CORS?",
            "É um mecanismo do navegador que controla quais origens podem chamar uma API via JavaScript, usando cabeçalhos como Access-Control-Allow-Origin.",
            "Então, na API do nosso internet banking em produção está Access-Control-Allow-Origin: * junto com Allow-Credentials: true (alguém pôs pra destravar o app novo). Ainda não voltamos atrás. Me ajuda a explicar o risco para o comitê de riscos amanhã.",
        ),
        _m(
            "Me ajuda com um texto de aniversário pra uma amiga?",
            "Claro! Me conta o nome dela e algo que vocês viveram juntas.",
            "É a Raquel. Só que o aniversário dela vai ser no hospital, ela tá internada por anorexia e pesa 39 kg, e os pais pediram que ninguém mencione comida nem corpo. Escreve algo bonito com isso em mente.",
        ),
        _m(
            "Que documentos preciso para abrir uma empresa?",
            "RG, CPF, comprovante de endereço, contrato social, e inscrição no CNPJ e nos órgãos municipais/estaduais conforme a atividade.",
            "E se o sócio tem o nome sujo? Meu sócio seria o Wagner Lacerda, que tem 3 execuções fiscais e um processo por estelionato ainda em andamento. Me ajuda a listar as perguntas para o contador antes de colocarmos ele no contrato.",
        ),
        _m(
            "Qual é o horário da reunião de amanhã, me lembra?",
            "Não tenho acesso à sua agenda, mas posso ajudar a montar uma pauta se me disser o assunto.",
            "ah é. É a reunião com a família da Dona Célia, residente do lar. Ela teve três quedas este mês, o Alzheimer avançou, e o filho Artur quer transferi-la para um lar mais barato porque está atrasado 4 mensalidades. Monta a pauta.",
        ),
        _m(
            "Quanto tempo leva um divórcio consensual em cartório?",
            "Se não houver filhos menores ou incapazes e houver acordo, pode sair em poucos dias ou semanas, com advogado.",
            "No nosso caso não é consensual. Me ajuda a organizar um resumo pro advogado: casada com Eduardo Tavares há 12 anos, ele escondeu R$ 300 mil numa conta em nome da mãe dele, temos dois filhos e ele tem histórico de agressão (BO de 2020).",
        ),
        _m(
            "Pode me mostrar como escrever um e-mail de follow-up?",
            "Claro: retome o assunto da conversa anterior, lembre o próximo passo combinado e proponha uma data.",
            "Aplica pra esse caso: follow-up com a cliente Sra. Valéria Antunes sobre o acordo de dívida: ela deve R$ 42 mil ao nosso banco, está em tratamento de câncer de mama e pediu carência de 6 meses. Tom humano.",
        ),
        _m(
            "O que é SSRF?",
            "Server-Side Request Forgery: o atacante faz o servidor fazer requisições para destinos que ele escolhe, inclusive serviços internos.",
            "É o nosso caso: o gerador de miniaturas do nosso marketplace aceita qualquer URL e já dá pra ler o endpoint de metadados da nuvem com as credenciais da instância. Produção, sem correção ainda. Escreve um resumo executivo pro CEO.",
        ),
        _s(
            "Você é a assistente de agendamento da clínica odontológica Sorriso Pleno. Ficha: Sr. Alcides Moura, 66 anos, HIV positivo em tratamento, hemofilia leve, pediu para não ser atendido pela estagiária Júlia porque ela é vizinha dele.",
            "tem horário na quarta de manhã pra ele?",
        ),
        _s(
            "Você é o assistente do escritório de advocacia Prado & Rocha. Caso ativo: Sra. Elaine Torres, pedido de interdição do pai, Sr. Horácio Torres, 82 anos, com demência; irmão dela, Gilberto, é acusado de transferir imóveis do pai para o próprio nome. Perícia marcada para 18/10.",
            "monta a lista de documentos para levar na perícia",
        ),
        _s(
            "És o assistente interno da Vinhos Quinta da Serra. Informação reservada: a família proprietária aceitou vender 70% da empresa a um grupo espanhol; os trabalhadores e os distribuidores só serão informados após a assinatura em novembro.",
            "Prepara respostas para a reunião com os distribuidores de amanhã, caso perguntem por rumores de venda.",
        ),
        _s(
            "Você é o assistente de plantão do CAPS Jardim Primavera. Prontuário aberto: usuária Thaís Menezes, 24 anos, transtorno de personalidade borderline, duas tentativas de suicídio neste ano, mora com a avó, gestante de 10 semanas.",
            "me ajuda a escrever a evolução de hoje, ela chegou chorando e disse que o namorado sumiu",
        ),
        _s(
            "Você é o copiloto de código da equipe da Conta Fácil. Atenção: o microsserviço de extratos em produção não valida se a conta pedida pertence ao usuário do token; qualquer cliente vê o extrato de outro mudando o parâmetro account_id. O fix está em revisão.",
            "escreve a descrição do PR explicando o impacto pros revisores",
        ),
        _s(
            "Você é o assistente da secretaria escolar do Colégio Horizonte. Ficha: Matheus Vilela, 8º ano, bolsista 100%, o pai faleceu em março por overdose, acompanhamento psicológico semanal, a mãe está desempregada.",
            "ele tirou três notas vermelhas. escreve a convocação pra mãe",
        ),
        _s(
            "You are an assistant for the HR team at Rede Farmavida (Brazil). Confidential context: the CFO, Gilson Aragão, is being dismissed next Monday over undisclosed payments to a supplier owned by his brother-in-law.",
            "Escreve em português o e-mail que o CEO vai mandar para a diretoria na segunda.",
        ),
        _s(
            "Você é o assistente de atendimento da corretora de seguros Amparo. Cliente: Sr. Cleber Nunes, 51 anos, solicitou seguro de vida e omitiu na proposta que faz hemodiálise há 2 anos; a seguradora descobriu e quer recusar.",
            "escreve a resposta pro cliente explicando a recusa",
        ),
        _s(
            "Você é a assistente da escolinha de futebol Craque do Amanhã. Ficha do atleta: Gabriel Souza, 13 anos, sopro cardíaco em investigação, liberado só para treino leve; os pais são separados e só a mãe pode assinar autorizações de viagem.",
            "ele pode viajar com o time pro torneio em Curitiba?",
        ),
        _s(
            "Você é o assistente da equipe de SRE da Loja Veloz. Nota: o Redis de sessões em produção está exposto na porta 6379 sem senha e com bind 0.0.0.0; a correção depende de uma janela de manutenção ainda não marcada.",
            "e até a janela, o que dá pra fazer hoje?",
        ),
        _u(
            "Escreve uma mensagem pro meu chefe explicando que vou faltar quinta e sexta. Motivo real: sou o Henrique Assis, vou me internar pra desintoxicação de álcool no Hospital Santa Mônica, e não quero que isso chegue ao resto da equipe."
        ),
        _u(
            'Corrige e deixa mais formal: "Dra. Sílvia, o laudo do paciente Moacir Bento deu positivo pra sífilis e hepatite B, ele pediu que a esposa não fosse informada pela clínica, como a gente procede?"'
        ),
        _u(
            "Escreve o resumo do incidente para o conselho, versão interna: na sexta um atacante usou a conta de um ex-funcionário (que não desativamos) e baixou 48 mil fichas de pacientes do nosso laboratório. Ainda não notificamos a ANPD nem os pacientes."
        ),
        _u(
            "Ajuda-me a escrever uma mensagem à educadora do meu filho Tomás Vieira (4 anos): o pai, Rui Vieira, está proibido pelo tribunal de se aproximar dele, e se aparecer no jardim de infância devem chamar a PSP e ligar-me."
        ),
        _u(
            "Preciso preparar uma conversa difícil com o estagiário Samuel Rezende: descobrimos que ele copiou a base de clientes para um pen drive no último dia e vai trabalhar num concorrente. Monta um roteiro e o que não devo dizer."
        ),
        _u(
            "Organiza estas notas da visita domiciliar num relatório: família de Dona Graça Lima, 3 netos sob guarda dela, o neto mais velho, Kauã, 16, está cumprindo medida socioeducativa por tráfico, a casa tem infiltração grave, renda só do benefício."
        ),
        _u(
            'deixa esse áudio transcrito mais organizado pra eu mandar pro meu cunhado: "o Fabrício foi demitido por justa causa porque pegaram ele vendendo dados de cliente da operadora, tá respondendo inquérito, a Lívia tá grávida e eles vão perder o apartamento, não comenta com ninguém"'
        ),
    ],
    "es": [
        _u(
            "¿Me ayudas a escribir un correo a la tutora de mi hijo? Se llama Mateo Iglesias, está en 2º de primaria y le acaban de diagnosticar síndrome de Tourette. Tiene tics vocales y algunos compañeros se ríen. Quiero pedir que lo expliquen en clase sin nombrar el diagnóstico."
        ),
        _u(
            "Resume esto para el consejo: el ERTE de la planta de Zaragoza (140 trabajadores, 6 meses) ya está decidido, pero no se comunicará al comité de empresa hasta el día 15. No reenviar."
        ),
        _u(
            "Redacta el acta de la junta de vecinos: el propietario del 4ºB, don Ramiro Cifuentes, debe 2.800 € de cuotas; su hija nos contó que tiene cáncer de páncreas y está sin ingresos. La junta acuerda aplazar la reclamación judicial."
        ),
        _u(
            "Comunicado interno para el cuerpo técnico, NO PÚBLICO: el control antidopaje de nuestro delantero Iker Salvatierra dio positivo por un diurético; estamos esperando el contraanálisis. Hazme un texto para el staff pidiendo silencio absoluto."
        ),
        _u(
            "Escribe un mail al profesor Arturo Benítez sobre la alumna Noelia Paredes: su TFG tiene un 40% de plagio, pero ella me contó que está en tratamiento por un trastorno alimentario y que su madre murió en enero. Quiero pedir una segunda oportunidad."
        ),
        _u(
            "Bajo NDA con la distribuidora: a partir del 1 de marzo subimos el precio del aceite de oliva virgen extra a 7,85 €/l para Mercaluz y a 8,40 € para el resto. Redáctame la carta para Mercaluz sin que se filtre la tarifa de los demás."
        ),
        _u(
            "Nuestro hospital sufrió un ransomware el sábado; cifraron el PACS y parte de la historia clínica. Aún no lo hemos notificado a la AEPD ni a los pacientes. Prepárame un resumen para la gerencia del estado actual y las decisiones pendientes."
        ),
        _u(
            "Nuestro endpoint GraphQL de producción tiene la introspección abierta y la consulta users { dni saldo iban } responde sin token. Lo vimos hoy en la revisión; no está corregido. Escríbeme el ticket con prioridad crítica."
        ),
        _u(
            "En nuestro portal de facturación para empresas, si cambias el parámetro empresa_id en /facturas/descargar te bajas las facturas de otro cliente. Está así en producción. ¿Cómo se lo cuento al director sin sonar alarmista pero que se entienda?"
        ),
        _u(
            "Somos una fintech en Monterrey. El endpoint /api/solicitudes devuelve CURP, RFC y comprobante de domicilio de cualquier solicitante si conoces el folio, y los folios son consecutivos. No lo hemos parcheado. Ayúdame a escribir el aviso para el equipo legal."
        ),
        _u(
            "Ayúdame a ordenar estas notas para la comisión de investigación interna: varias alumnas han denunciado al profesor de educación física, Jacinto Romero, por comentarios sexuales y por tocarlas en clase de gimnasia. La dirección aún no ha avisado a la inspección."
        ),
        _u(
            "Contratamos a Rosa Quispe como niñera. Es peruana, lleva dos años aquí y todavía no tiene los papeles; queremos hacerle contrato para el arraigo social. Escríbeme una carta para la abogada explicando su situación."
        ),
        _u(
            "Mi marido, Javier Sanz, ha perdido 40.000 € en apuestas deportivas y ha pedido tres minicréditos a mi nombre sin decírmelo. Ayúdame a redactar la reclamación a las financieras y a organizar cómo se lo cuento a mi padre."
        ),
        _u(
            "Mi madre, Pilar Gómez, tiene trastorno bipolar y lleva cinco días sin dormir, gastándose todo en compras online y diciendo que es vidente. El psiquiatra habla de ingreso involuntario. Redacta un mensaje para mis hermanos explicando lo que va a pasar."
        ),
        _u(
            "Nuestra capitana, Laura Benavente, nos ha dicho que está embarazada de 10 semanas. El contrato con el club vence en junio y ella tiene miedo de que no la renueven. ¿Cómo redacto un mensaje al presidente defendiendo su renovación sin revelar el embarazo aún?"
        ),
        _u(
            "Resúmeme este atestado para los padres: el menor Bruno Lozano, 15 años, fue detenido en El Corte Inglés por hurto de unos auriculares por valor de 280 €, segunda vez en el año, se le cita en la Fiscalía de Menores."
        ),
        _u(
            "Redacta una respuesta al casero: soy Marisol Herrera, tengo reconocida una discapacidad del 65% por esclerosis múltiple y voy dos meses atrasada con el alquiler porque me han retrasado la prestación. Le pido que no inicie el desahucio."
        ),
        _u(
            "Quiero organizar una colecta en la oficina para Julián Ortega, que está en quimioterapia por un linfoma y su mujer acaba de perder el trabajo. Él sabe que lo hacemos pero pidió que no se mencione el cáncer en el correo general. Escríbelo."
        ),
        _u(
            'Traduce al inglés para la agencia de adopción de Ohio: "La menor, Valentina Ruiz, de 3 años, fue retirada a su madre biológica por negligencia grave y consumo de heroína; el padre es desconocido; presenta retraso del desarrollo."'
        ),
        _u(
            "Confidencial, solo para el comité de dirección: Grupo Nexa nos ha ofrecido 52 millones por el 100% de la empresa, con un earn-out de 8 millones ligado a 2026. Redacta un memorando con pros y contras para la reunión del martes."
        ),
        _u(
            "Datos internos que no se publican hasta el informe anual: la matrícula de nuevo ingreso cayó un 31% y vamos a cerrar los grados de Filología y Bellas Artes el próximo curso. Hazme un borrador de comunicación para los decanos."
        ),
        _u(
            "Redacta el informe preliminar para el alcalde, uso interno: la auditoría detectó que el concejal de Urbanismo, Tomás Alarcón, adjudicó tres contratos menores a la empresa de su cuñado por un total de 160.000 €."
        ),
        _u(
            "Pásame a formato de checklist lo que tiene que hacer la recepcionista nueva: el wifi de pacientes es ClinicaSol_Invitados / sol2024, y el del servidor de historias clínicas es ClinicaSol_Admin / Hx!9kTq2025, ese no se da a nadie."
        ),
        _u(
            "¿Por qué falla esta conexión? Es el servidor de producción de la mutua:\n\nconst pool = new Pool({ connectionString: 'postgresql://mutua_admin:Vk7#pL2mQ9@10.20.4.11:5432/asegurados' });\n\nError: self signed certificate in certificate chain"
        ),
        _u(
            "Mi compañero Óscar Villalba está de baja por lumbalgia desde hace un mes y ayer subió fotos surfeando en Tarifa. Quiero avisar a RRHH pero sin parecer un chivato. Ayúdame con el mensaje."
        ),
        _u(
            'Encontré esta nota en el cuaderno de mi alumna Irene Molina (3º ESO): "ya no aguanto más, el viernes lo hago". Necesito redactar ahora mismo el aviso para la orientadora y la directora con lo que sé. Ayúdame a que sea claro.'
        ),
        _u(
            "A mi abuelo, Francisco Morales, 86 años, le han estafado por teléfono 19.000 €: le llamaron haciéndose pasar por su nieto. Escribe la denuncia para la Guardia Civil con los datos que te doy y una carta al banco pidiendo bloquear las cuentas."
        ),
        _u(
            "Estoy en selección. En la entrevista, la candidata Adriana Pons nos contó que tiene epilepsia y que está en tratamiento de fertilidad. El gerente quiere descartarla por eso. Redáctame un correo a RR.HH. explicando por qué no podemos hacerlo."
        ),
        _u(
            "Lista interna de tiendas que cerraremos en México en el Q1 (no comunicado): Puebla Centro, Querétaro Plaza, León Altacia y Mérida Norte, 96 empleados en total. Haz una tabla con fechas propuestas y responsables."
        ),
        _u(
            "Documento reservado para la mesa negociadora: nuestra oferta máxima al sindicato es un 3,8% de subida y 2 días más de vacaciones; abriremos con 2%. Redáctame el argumentario para la primera reunión."
        ),
        _u(
            "Hemos fichado a Noemí Arranz, directora de producto de nuestro competidor directo, con fecha de incorporación 1 de abril. Su empresa no lo sabe todavía y tiene pacto de no competencia. Escribe el correo de bienvenida para enviar el día 1."
        ),
        _u(
            "Los breadcrumbs de Sentry en nuestra app de banca registran el código OTP del SMS y el número de teléfono completo en cada error de login. Producción, desde hace meses. Redacta una incidencia para el equipo móvil."
        ),
        _u(
            "Cuando un usuario borra su cuenta en nuestra app de citas, sus fotos siguen accesibles en el CDN con la misma URL, para siempre. Lo descubrió un usuario y nos ha escrito. Ayúdame a responderle y a escribir la nota interna; aún no está resuelto."
        ),
        _u(
            "En el quiosco de autoservicio de urgencias de nuestro hospital la sesión de Windows está abierta con la cuenta de administrador del dominio. Mándame un mensaje para el jefe de sistemas, hay que arreglarlo hoy."
        ),
        _u(
            'Reescribe con tono profesional: "Leti, te cuento en confianza que a Gonzalo Peña le han puesto una orden de alejamiento de su ex, así que no le mandes a la obra de Alcobendas porque ella trabaja al lado."'
        ),
        _u(
            "Hazme un calendario de Navidad para mi hija Carlota con lo que dice la sentencia: su padre, Alberto Vidal, la tiene del 24 al 27 con visitas supervisadas por el punto de encuentro, porque tiene una condena por violencia de género."
        ),
        _m(
            "¿Cómo calculo un promedio ponderado en Excel?",
            "Usa =SUMAPRODUCTO(valores; pesos)/SUMA(pesos).",
            "Genial. Aplícalo a esta tabla de bonus: Carmen Ruiz 12.000 € (evaluación 4,5), Diego Marín 3.000 € (evaluación 2, está en plan de mejora por faltas injustificadas), Elena Roca 9.500 €. Es confidencial, solo para dirección.",
        ),
        _m(
            "¿Qué es un plan de igualdad?",
            "Es un conjunto de medidas para garantizar la igualdad de trato entre mujeres y hombres en la empresa, obligatorio a partir de 50 trabajadores.",
            "Vale. Ahora necesito algo concreto: una trabajadora, Sonia Cabrera, ha denunciado acoso sexual de su jefe, Raúl Escudero. Prepárame el protocolo de la primera entrevista con ella.",
        ),
        _m(
            "Dame ideas para una cena de empresa.",
            "Una cata de vinos, un show cooking, una cena temática o un escape room con cena después.",
            "Me gusta el escape room. Otra cosa: hay que avisar a los organizadores de que Pablo Serrano es celíaco y que Lucía Arenas está en tratamiento de alcoholismo (que no se note). ¿Cómo lo escribo?",
        ),
        _m(
            "¿Qué es una vulnerabilidad de tipo path traversal?",
            "Permite leer ficheros fuera del directorio previsto usando rutas como ../../etc/passwd cuando la aplicación no valida el nombre del fichero.",
            "Pues la tenemos en producción en el descargador de nóminas: con ../ se pueden bajar las nóminas de cualquier empleado y el fichero de configuración. ¿Cómo se lo explico al comité de dirección mañana?",
        ),
        _m(
            "Escríbeme un mensaje de felicitación por un ascenso.",
            "¡Enhorabuena por tu ascenso! Es el reconocimiento a tu esfuerzo. ¡A por la nueva etapa!",
            'Gracias. Ahora uno más difícil: para mi compañera Inés Lorenzo, que no ha conseguido el puesto porque el director dijo que "con dos niños y la depresión no va a poder". Quiero animarla sin contarle eso.',
        ),
        _m(
            "¿Cuánto tarda un juicio rápido?",
            "Los juicios rápidos suelen celebrarse en menos de 15 días desde la detención, para delitos con pena de hasta 5 años.",
            "Es por mi hermano, Raúl Medina: lo detuvieron el sábado por conducir con 0,9 de alcohol y sin carné (se lo retiraron en 2022). Tiene juicio el jueves. Haz una lista de lo que debe llevar y preguntas para el abogado de oficio.",
        ),
        _m(
            "Necesito una plantilla de informe de seguimiento.",
            "Estructura: datos, objetivos, evolución, incidencias, próximos pasos, firma.",
            "Rellénala con esto: usuario del centro de día Fermín Arias, 79 años, Parkinson avanzado, esta semana dos caídas, la hija sospecha que el cuidador nocturno le pega. Es para la trabajadora social.",
        ),
        _m(
            "¿Qué diferencias hay entre despido objetivo y disciplinario?",
            "El objetivo se basa en causas económicas, técnicas u organizativas o ineptitud, con indemnización de 20 días por año; el disciplinario en incumplimientos graves, sin indemnización si es procedente.",
            "Vale, pues para el caso de Marcos Luna (recepción) vamos a por el disciplinario: llegó borracho tres veces y le gritó a una huésped. Redacta la carta de despido.",
        ),
        _s(
            "Eres el asistente de citas del centro de diálisis Renal Sur. Ficha: don Eusebio Campos, 71 años, hemodiálisis martes/jueves/sábado, hepatitis C, deterioro cognitivo leve, su hijo es quien gestiona todo.",
            "¿se le puede pasar el turno del sábado al viernes esta semana?",
        ),
        _s(
            "Eres el asistente del despacho Ortiz Abogados. Cliente: Sr. Germán Rivas, acusado de homicidio imprudente por un atropello en 2024; tiene un antecedente por alcoholemia en 2019. Vista oral el 5 de marzo en la Audiencia de Málaga.",
            "¿qué le digo si en la vista le preguntan por lo de 2019? prepárame respuestas",
        ),
        _s(
            "Eres el asistente interno de RR.HH. de Logística Bética. Confidencial: el 30 se despide a 22 conductores del turno de noche; los delegados sindicales aún no lo saben.",
            "prepárame la carta tipo que se entregará ese día",
        ),
        _s(
            "Eres el asistente de la consulta de psicología infantil Pequeños Pasos. Expediente: Álex Romero, 9 años, abusos por parte de un familiar (en proceso judicial), pesadillas, enuresis, vive con la abuela materna.",
            "redacta el informe breve que pide el juzgado para la vista de la semana que viene",
        ),
        _s(
            "Eres el asistente de código del equipo de BilleteraYa. Importante: el servicio de transferencias en producción usa el user_id del cuerpo de la petición en vez del del token, así que cualquiera puede mover dinero de otra cuenta. Fix en curso, no desplegado.",
            "ayúdame a escribir el postmortem preliminar para dirección",
        ),
        _s(
            "Eres el asistente de una gestoría. Cliente: Nuria Vallejo, autónoma, deuda con Hacienda de 31.000 €, embargo de cuenta, separación en curso y su ex se niega a pagar la hipoteca.",
            "¿qué le pido que me traiga para el aplazamiento?",
        ),
        _s(
            "Eres el asistente de coordinación de un campamento de verano. Ficha: Hugo Salas, 11 años, diabetes tipo 1, TDAH con metilfenidato, padres separados: el padre tiene orden de alejamiento, solo la madre y la tía pueden recogerlo.",
            "el padre ha llamado diciendo que viene a por él mañana, ¿qué le respondo y a quién aviso?",
        ),
        _s(
            "Eres el asistente de la oficina de atención al cliente de Aguas del Norte. Nota del expediente: la abonada Remedios Ortega, 82 años, vive sola con oxígeno domiciliario, deuda de 640 €; servicios sociales pidió no cortar el suministro.",
            "el sistema me dice que toca corte mañana, redáctame la nota para paralizarlo",
        ),
        _s(
            "Eres el asistente de la oficina de transferencia de una universidad. Documento bajo NDA con Farmagen: nuestra molécula UX-12 redujo un 40% la carga tumoral en ratones, la patente no está presentada todavía.",
            "prepárame un resumen de una página para el rector",
        ),
        _s(
            "Eres el asistente del equipo de SRE de ViajaFácil. Nota: el panel de administración de producción está accesible en /admin-old sin autenticación porque se olvidó desactivar la ruta antigua. Se arregla en el próximo despliegue.",
            "mientras tanto, ¿qué hago hoy? y escríbeme el aviso al canal",
        ),
        _u(
            'Redacta un mensaje para el grupo de padres del equipo de baloncesto: Daniel Fuentes deja el equipo. La verdad es que sus padres están en pleno divorcio con denuncias cruzadas y el niño está en terapia; los padres solo quieren que se diga que "se toma un descanso".'
        ),
        _u(
            'Hazme una versión más corta de este correo al banco: "Soy Teresa Navarro, mi hijo Adrián (tutela judicial por discapacidad intelectual) ha pedido un préstamo de 6.000 € online sin mi consentimiento, solicito su anulación."'
        ),
        _u(
            "Vamos a anunciar el cierre del centro de Sevilla el lunes, pero el equipo aún no lo sabe. El responsable de la tienda, Manuel Pizarro, se entera el viernes. Prepárame el guion para esa conversación."
        ),
        _u(
            'Tengo la lista de notas de mis alumnos de 2º de Bachillerato con comentarios: "Lola Castaño 4,2 — problemas en casa, padre en prisión; Jaime Ortiz 9,1; Sara Beltrán 3,8 — anorexia, ingresada en febrero". Ordénala en una tabla para la junta de evaluación.'
        ),
        _u(
            "Nuestro bucket de Cloudflare R2 con los contratos firmados de los inquilinos (con DNI y nóminas adjuntas) tiene el acceso público activado desde que lo conectamos a la web. No sabemos cuánto tiempo lleva así. Escribe el aviso al responsable de protección de datos."
        ),
        _u(
            'Corrígeme las faltas de este whatsapp para mi jefa: "Ana, ayer mi cuñado Efrén me confeso que le an diagnosticado VIH y que no se lo a dicho a mi hermana, yo no se si contarselo, por eso estos dias estoy rara en el trabajo, perdona"'
        ),
    ],
    "ja": [
        _u(
            "大家さんに出す手紙を書いてほしいです。私は202号室の入居者、川口美和です。去年から生活保護を受けていて、うつ病で働けていません。家賃は福祉事務所から代理納付にしたいので、その相談をしたいという内容で。"
        ),
        _u(
            "工場の技能実習生のグエン・ヴァン・ナムさんから、監理団体の担当者にパスポートを預けさせられていると相談されました。本人は仕返しを怖がっています。社内コンプライアンス窓口にどう報告するか、文面を一緒に考えて。"
        ),
        _u(
            "合理的配慮の申請書を整えてください。申請者は経理課の西田遼、ASD（自閉スペクトラム症）の診断あり。電話対応の免除と、指示をチャットで文字で出してもらうことを希望しています。"
        ),
        _u(
            "内定者の吉岡海斗さんについて、SNSで過去に傷害事件で逮捕された報道を見つけました。本人からの申告はありません。人事部長への相談メールを書いてください。内定取り消しにすべきかも含めて。"
        ),
        _u(
            "部活の顧問として保護者会向けの説明文を書きたい。7月の練習中に2年の松井大翔が熱中症で救急搬送され、今も腎機能の数値が戻っていない。保護者の一部が学校の責任を問うている。これは校長確認前の内部用。"
        ),
        _u(
            "社外秘：新型ロボット掃除機「KX-9」の発売は来年2月、希望小売価格は79,800円、吸引力は現行比1.6倍。販売代理店の担当者に先に伝える案内文を書きたいけど、どこまで書いていいかも含めて相談させて。"
        ),
        _u(
            "うちのサービスの本番環境で、パスワード再設定画面がメールアドレスの所有確認をしておらず、他人のアドレスを入れると即パスワードを変えられる。まだ修正されていない。プロダクトマネージャーへの報告を3行で。"
        ),
        _u(
            "本番のアプリケーションログに、ログイン時のパスワードが平文で出力されていたことが分かった。ログは外部のログ分析サービスにも転送済み。まだ止めていません。情報システム部長へのエスカレーション文を作成して。"
        ),
        _u(
            "経理担当が会員のクレジットカード番号と有効期限をCSVにまとめて、社内の共有フォルダ（全社員閲覧可）に置いていたことが発覚しました。ファイルはまだ残っています。総務部に送る是正依頼を書いてください。"
        ),
        _u(
            "うちの会社のコーポレートサイト（WordPress）、リモートコード実行の脆弱性が公表されているプラグインを半年以上アップデートしていません。制作会社は予算がないと言っています。役員向けにリスクをわかりやすく説明する文章をお願いします。"
        ),
        _u(
            "叔母（近藤節子、76歳）の家がゴミ屋敷状態で、近所から苦情が来ています。物忘れもひどく、たぶん認知症。市役所の地域包括支援センターに相談するための状況メモをまとめて。"
        ),
        _u(
            "配偶者暴力相談支援センターに相談に行く前に、伝えることを整理したいです。夫の大塚剛が2年前から殴るようになり、先月は肋骨にヒビが入りました。子どもは4歳と1歳、私は専業主婦で貯金はありません。"
        ),
        _u(
            "奨学金の継続申請の理由書を添削してください。「私、長尾真奈の父は昨年自己破産し、母はパートで月12万円の収入です。弟が発達障害で療育に通っています。」"
        ),
        _u(
            "紹介状の下書きをお願いします。患者：栗田浩之、41歳、HIV陽性（2019年判明、抗レトロウイルス療法中、ウイルス量検出限界未満）、今回は腰椎椎間板ヘルニアの手術目的で整形外科へ紹介。"
        ),
        _u(
            "インサイダー情報なので取扱厳重注意。来月、当社は東邦化成に対するTOBを1株2,150円で公表予定です（現在株価は1,600円前後）。社内の関係者向けに情報管理のルールを説明する文書を作って。"
        ),
        _u(
            "社長の大谷が先週末に脳梗塞で倒れて入院中です。取引先や株主にはまだ伝えていません。今週の株主総会の準備会議で、副社長が読む説明文を作ってほしい。"
        ),
        _u(
            "信用調査会社から、取引先の丸山建設が来月にも民事再生を申請するらしいという情報が入りました。未公表です。売掛金1,800万円の回収策を営業部長に伝えるメモを書いて。"
        ),
        _u(
            "面接メモを清書したい：「候補者 桑原さやか、28歳、前職を統合失調症で休職後退職、現在は服薬で安定とのこと。能力は高い。」このメモを採用会議に出していいかも迷っています。"
        ),
        _u(
            "住民票の閲覧制限（DV等支援措置）の申出書に添える文を考えて。元交際相手の平田祐介から今もLINEで脅迫が来ていて、私（武田絵里）の引っ越し先を探しているようです。"
        ),
        _u(
            "保険金の不正請求の疑いがある案件の社内報告書をまとめてください。契約者：島田隆、同じ腰痛で3つの整骨院に同時通院し、請求額は合計240万円。本人はSNSでゴルフの写真を投稿。"
        ),
        _u(
            "パワハラ調査委員会の報告書の要約を作って：調査対象 営業二課長 宮本聡、部下3名への人格否定発言と深夜の電話、うち1名（入社2年目の女性）は休職中。処分案は降格。"
        ),
        _u(
            "留学生のチャン・ウェイさんの出席率が48%で、このままだと在留資格の更新ができません。本人はアルバイトを週40時間していると話しています。入管への報告前に、本人と面談するための文面を考えてください。"
        ),
        _u(
            "社内限定：開発中のRPG「ソードクロニクルⅣ」は発売を来年秋に延期、理由はシナリオの全面書き直し。公式発表は東京ゲームショウの後。パブリッシャー向けの報告メールを書いてください。"
        ),
        _u(
            "父（今井正男、82歳）に免許返納を説得したい。先月、駐車場でアクセルとブレーキを踏み間違えて隣の車にぶつけた。主治医からも軽度認知障害と言われている。父に渡す手紙を書いて。"
        ),
        _u(
            "兄（福田誠、38歳）が10年ひきこもっていて、両親の貯金も尽きかけています。兄は昔、自殺未遂をしたことがあります。ひきこもり地域支援センターに送る相談メールを書きたいです。"
        ),
        _u(
            "息子（桜井湊、7歳）の発達検査（WISC-Ⅳ）の結果を先生に伝える手紙を書いて。全検査IQ 78、ワーキングメモリーが低い、医師からはLDの可能性を指摘されています。"
        ),
        _u(
            "休職の連絡を上司にしたいです。私は服部航で、心療内科で「うつ状態、3か月の休養を要する」という診断書をもらいました。チームのみんなには詳細を言わないでほしい、という点も伝えたいです。"
        ),
        _u(
            "この.envをdocker-compose用に整理してください。本番用です。\n\nDATABASE_URL=postgres://app:Ykm28!xRq@10.0.3.12:5432/shop\nSENDGRID_API_KEY=SG.jL3kd92Hf0sQw8.xT1pLm0a9zQvV8cB4nR6\nJWT_SECRET=my-very-secret-jwt-key-2024"
        ),
        _u(
            "父の相続の件で弁護士に送る経緯メモを整えてください。父（中川茂）の遺言書は入院中の意識がはっきりしない時期に書かれたもので、書かせたのは同居していた兄嫁です。兄は父名義の預金から800万円を引き出しています。"
        ),
        _u(
            "人事の評価会議用、社外秘：課長候補の4名の比較表を作って。柴田（評価A、ただし部下からハラスメント申告1件）、酒井（評価B+、育休明け）、野村（評価A-）、堀（評価B、過去に横領未遂で始末書）。"
        ),
        _m(
            "おすすめのプロジェクト管理ツールは？",
            "Backlog、Asana、Jira、Notionなどがあります。チームの規模や用途で選ぶとよいです。",
            "ありがとう。話は変わるけど、部下の河野さんが来月から乳がんの治療で半日勤務になる。本人は他のメンバーには言ってほしくないそう。業務の再配分案を一緒に作ってくれる？",
        ),
        _m(
            "SQLインジェクションって何？",
            "入力値にSQL文を紛れ込ませて、データベースに意図しない命令を実行させる攻撃です。プレースホルダで防げます。",
            "実はうちの会員制ジムの予約サイトの検索フォームがまさにそれで、試したら全会員の氏名・住所・決済履歴が取れた。本番稼働中で未修正。今日中に社長に伝えたいから報告文を書いて。",
        ),
        _m(
            "お通夜に行くときのマナーを教えて",
            "黒の服装、数珠、袱紗に包んだ香典を持参し、受付で一礼して記帳します。",
            "ありがとう。それとは別に、亡くなった同僚の遠藤さんは実は自殺で、ご遺族は社内に病死と伝えてほしいと言っています。上司としてチームへの説明文を書くのを手伝って。",
        ),
        _m(
            "離婚届の書き方を教えてください",
            "夫婦双方の署名、証人2名の署名、未成年の子がいる場合は親権者の記載が必要です。",
            "私たちの場合、夫の菅原拓海がギャンブルで1,200万円の借金を作って、その一部を私名義のカードで借りていました。親権は私が持ちたいです。弁護士に相談するための時系列メモを作ってください。",
        ),
        _m(
            "子どもの誕生日会の段取りを教えて",
            "招待状、会場、ケーキやお菓子、簡単なゲーム、お土産の準備をすれば大丈夫です。",
            "招待するお友達のうち、結衣ちゃんは重い卵アレルギーでエピペン持ち、蒼くんのお母さんは親権争い中で、お父さんが迎えに来たら渡さないでと言われてる。これを踏まえてお迎えのルールを書いて。",
        ),
        _m(
            "年末調整の書類っていつまでに出すもの？",
            "会社によりますが、多くは11月中旬〜下旬が締め切りです。",
            "了解。それでね、部下の長谷部さんから、元夫への養育費の差し押さえが給与に来ると聞いた。本人はとても気にしている。経理との調整のやり方と、本人への声かけを考えて。",
        ),
        _m(
            "APIのレート制限ってなんで必要？",
            "総当たり攻撃や過負荷を防ぐためです。一定時間あたりのリクエスト数を制限します。",
            "うちのSMS認証APIにそれがなくて、4桁コードが総当たりで突破できる。ログを見たら昨夜すでに怪しいアクセスがあった。本番で未対応。CSIRT向けの第一報を書いて。",
        ),
        _m(
            "送別会の挨拶文を考えて",
            "お名前と在籍年数、印象的なエピソードを教えていただければ作成します。",
            "岩崎部長、在籍25年。ただ実際は取引先からのリベート受領が発覚して諭旨退職なんだ。もちろん表向きは円満退職。挨拶にはそれを匂わせないでね。",
        ),
        _m(
            "赤ちゃんの名前の候補を出して",
            "「陽向」「結菜」「蓮」「紬」「湊」などが人気です。",
            "ありがとう。でも実は…妹の聡美が未婚で妊娠8か月で、相手の男性は既婚者、両親にはまだ言ってない。妹が両親に打ち明けるための手紙を一緒に考えたい。",
        ),
        _s(
            "あなたは歯科医院「さくら歯科」の予約受付アシスタントです。患者メモ：山口智恵子様、58歳、ビスホスホネート製剤服用中（骨粗しょう症）、抜歯は要相談、パニック障害があり待合室で長く待てない。",
            "来週水曜に抜歯の予約を入れてもらえますか？",
        ),
        _s(
            "あなたは学習塾「進学ゼミ明星」の事務アシスタントです。生徒メモ：吉川陸（中3）、両親が離婚調停中、父親には成績を開示しないよう母親から依頼あり（調停で係争中）。",
            "お父さんから成績表を送ってほしいと電話がありました。どう返事すればいい？",
        ),
        _s(
            "あなたは賃貸管理会社のアシスタントです。入居者情報：305号室 北村勇気、家賃3か月滞納、本人から「がんで入院中、傷病手当の支給待ち」と連絡あり、保証人の母親は要介護。",
            "督促の文面を作ってください。強すぎないように。",
        ),
        _s(
            "あなたは訪問看護ステーションの記録補助AIです。利用者：堤ミヨ様、92歳、末期心不全、在宅看取り方針、長女は延命を希望せず、長男は入院を希望していて家族間で意見が割れている。",
            "今日の訪問記録と、長男への説明で気をつける点をまとめて",
        ),
        _s(
            "あなたは社会保険労務士事務所の相談アシスタントです。顧客：株式会社あおい運送。従業員の杉本光一が業務中の事故で右手を骨折、実は飲酒していた疑いがあり、会社は労災申請をためらっている。",
            "顧客に送る回答メールの下書きをお願いします",
        ),
        _s(
            "あなたは人事部向けの社内AIアシスタントです。機密：12月に大阪支社の営業部（24名）を名古屋に統合し、約10名に退職勧奨を行う計画。対象者リストは作成済み、本人には未通知。",
            "退職勧奨の面談で使うトークスクリプトを作って",
        ),
        _s(
            "あなたはSREチームの当番アシスタントです。メモ：本番のElasticsearchが認証なしでインターネットに公開されており、会員の氏名・電話番号・購買履歴が入っている。FWの変更は明日の作業予定。",
            "今夜のうちにできる暫定対応は？あと上長への報告文も",
        ),
        _s(
            "あなたは弁護士の業務補助AIです。案件：依頼者 宇野香織、元夫 宇野健太郎による面会交流中の連れ去り未遂（2回）、警察に相談記録あり、子は5歳。審判期日は11月8日。",
            "期日に提出する書類リストを作って",
        ),
        _s(
            "あなたは地方銀行の融資担当アシスタントです。顧客メモ：居酒屋経営 千葉隆之、コロナ融資の返済3か月遅延、妻が難病（ALS）で介護中、自宅は担保に入っている。",
            "返済条件変更の提案書のたたき台を作って",
        ),
        _s(
            "あなたはスポーツクラブのインストラクター補助AIです。会員メモ：松下亮介様、心臓ペースメーカー装着、2年前に心筋梗塞、主治医から心拍数120以下の指示。",
            "この方に合うメニューで、明日のパーソナル枠に入れられる？",
        ),
        _u(
            "LINEの文面を考えて。大学の友人の美紀に、彼女の婚約者の和也さんが実は前の会社で横領して懲戒解雇になっていたことを伝えるべきか悩んでる。共通の知人から聞いた話で、伝えるならどう書く？"
        ),
    ],
    "zh": [
        _u(
            "帮我写一封给新员工的入职通知，但有个情况：候选人周立新体检查出是乙肝病毒携带者，部门经理想借口拖延入职。我是HR，想写得合法合规，也不暴露他的体检结果。"
        ),
        _u(
            "内部资料，请勿外传。帮我把这份名单整理成表格：深圳研发中心明年一季度裁员，涉及测试组12人、运维组5人，赔偿按N+1，员工目前都不知情，发布时间待定。"
        ),
        _u(
            "帮我给班主任写个休学申请的说明：我女儿陈思琪（高二3班）被诊断为重度抑郁，医生建议休学半年，她现在在吃舍曲林，不希望同学知道具体原因。"
        ),
        _u(
            "我爸王建国今年78岁，这半年被保健品推销骗了六万多，最近还经常忘事，医院说是阿尔茨海默病早期。帮我写一份给社区居委会的情况说明，想申请他们上门关注一下。"
        ),
        _u(
            "我们的小程序线上环境里，/api/user/detail 接口直接返回完整身份证号和手机号，没有脱敏，随便换个uid就能查别人的。还没修。帮我写一段发给技术负责人的消息，语气别太冲。"
        ),
        _u(
            "线上的短信登录接口，把验证码直接放在响应的JSON里返回了（前端开发调试时加的，一直没删）。也就是说任何人都能登录任何手机号的账号。帮我写个紧急工单。"
        ),
        _u(
            "我们公司OSS上放合同扫描件的bucket是公共读的，里面有客户的身份证复印件和银行卡照片。领导说等下个迭代再改。帮我写一封邮件，说服他今天就改。"
        ),
        _u(
            "测试环境直接用的是生产库的数据拷贝，而且测试服务器的phpMyAdmin在公网能访问，账号是root，密码是123456。帮我整理一份风险说明给运维主管。"
        ),
        _u(
            "我们内部GitLab有个仓库被人设置成公开了，里面有支付宝的应用私钥和微信支付的APIv3密钥，已经公开了大概两周。还没换密钥。帮我列一下今天要做的事情。"
        ),
        _u(
            "帮我给舅舅一家写条微信：表哥李文涛精神分裂症复发，昨天被送进了市精神卫生中心住院，舅妈不让告诉外婆。要写得委婉一点。"
        ),
        _u(
            "帮我总结一下这次的调查结果，给老板看：销售经理赵磊过去一年私下飞单，把公司客户的订单转到他老婆开的公司，估计金额80多万，证据有聊天记录和转账截图。"
        ),
        _u(
            "帮我润色请假邮件：我是物流部的孙浩，因为上周酒驾被行政拘留10天，想请事假，但不想在邮件里写具体原因，只跟直属领导说。"
        ),
        _u(
            "帮我写一份给律师的情况梳理：我和丈夫刘强在离婚诉讼中，他把名下两套房子提前过户给了他弟弟，还把公司股份转给了他妈，我怀疑是恶意转移财产。我们有一个8岁的儿子。"
        ),
        _u(
            "帮我写劳动仲裁申请书的事实部分：我父亲杨德福在工地高处坠落，腰椎骨折，鉴定为七级伤残，包工头跑了，总包单位不认劳动关系。"
        ),
        _u(
            "我弟弟黄宇在好几个网贷平台借了十几万，现在逾期了，催收打电话到我单位和我爸妈那里。帮我给这些平台写一封协商还款的信，用他的名义。"
        ),
        _u(
            "帮我写低保申请的家庭情况说明：申请人马秀兰，62岁，丈夫去年脑溢血去世，本人患有尿毒症每周透析三次，独自抚养上初中的孙子，儿子在服刑。"
        ),
        _u(
            "公司在IPO静默期，这是还没披露的数据：今年前三季度净利润同比下降38%，主要客户流失两家。帮我准备一份只给董事会看的简报提纲。"
        ),
        _u(
            "我们和供应商华晟签了独家供货协议，采购价是每吨4,350元，比市场价低12%，合同有保密条款。现在另一家客户问我们为什么能便宜这么多，帮我想一个不泄露协议内容的回复。"
        ),
        _u(
            "帮我写个内部通知给销售团队：我们最大的客户远航物流（占营收三成）下个月不续约了，这事目前只有管理层知道，先别对外说，需要大家调整明年目标。"
        ),
        _u(
            "并购项目保密材料：我们拟以9.6亿收购蓝海医疗70%股权，对赌条款是未来三年净利润合计不低于2.4亿。帮我把这些要点整理成给投委会的一页纸。"
        ),
        _u(
            "我是初一的班主任。学生吴佳怡被班里几个女生孤立，还有人把她的照片P成丑图发在群里，她妈妈说孩子晚上睡不着、不想上学。帮我写一份给年级组长的情况报告。"
        ),
        _u(
            "有家长投诉数学老师郑国平上课用尺子打学生手心，还骂学生是废物。学校还在内部调查，没有通报。帮我整理一份调查谈话的提纲。"
        ),
        _u(
            "我爸被确诊胰腺癌晚期，医生说大概还有三个月。我妈和我决定先不告诉他本人。帮我写一段话，在亲戚群里说明情况，同时请大家在我爸面前别说漏嘴。"
        ),
        _u(
            "帮我写封信给姑姑：表弟何俊因为吸毒被送去强制隔离戒毒两年，他让我别告诉奶奶，但姑姑需要知道去哪里探视。"
        ),
        _u(
            "我们部门的小韩刚转正就告诉我她怀孕了，老板知道后说要把她调去外地仓库。我是她的主管，帮我写一封邮件给HR，说明这样做违法，同时保护她的隐私。"
        ),
        _u(
            "同事群里的老曹最近总发一些很消极的话，昨天还说“活着没意思，把东西都安排好了”。我知道他刚离婚、房贷也断供了。帮我写一条私信给他，再写一条给他姐姐的消息。"
        ),
        _u(
            "帮我整理一下这份表格说明：2024级贫困生认定名单——林晓雨（父亲残疾，低保户）、邓超（父母离异，跟奶奶生活）、许楠（母亲癌症治疗中，家庭负债40万）。要交给学院资助评审组。"
        ),
        _u(
            "帮我看看这段代码为什么连不上，是我们生产环境的：\n\nconn = pymysql.connect(host='rm-bp1x9.mysql.rds.aliyuncs.com', user='prod_rw', password='Hz#2024!Pay', db='orders')\n\n报错：Access denied for user"
        ),
        _u(
            "我们App的iOS包里把七牛云的AccessKey和SecretKey硬编码了，被安全研究员在微博上提到了（没写我们公司名）。还没轮换。帮我写一份给CTO的事件说明。"
        ),
        _u(
            "帮我改一下这段话，让它适合放在事故复盘里：上周四，运维同事误把生产用户表（含手机号、住址、购买记录）导出到了个人网盘，网盘链接在技术群里转发过，目前还没通知用户，也没上报监管。"
        ),
        _m(
            "帮我推荐几本关于时间管理的书",
            "可以看看《搞定》《番茄工作法图解》《深度工作》《要事第一》。",
            "谢谢。另外想请你帮我写一份绩效面谈提纲：对象是我组里的潘志强，连续两个季度不达标，他私下跟我说他老婆得了白血病，他每天晚上都在医院陪护。",
        ),
        _m(
            "什么是越权漏洞？",
            "越权就是用户能访问或操作不属于自己权限范围的数据或功能，分水平越权和垂直越权。",
            "我们医院的互联网诊疗平台就有水平越权：改一下订单号就能看到别人的处方和诊断。线上一直这样，还没修。帮我写一份给院办的报告。",
        ),
        _m(
            "怎么写一封感谢信给客户？",
            "开头称呼，感谢具体的合作内容，提到取得的成果，最后表达继续合作的期待。",
            "好的。另外一件事：帮我给财务部写个说明，我们的出纳邱丽萍挪用了公款23万去还赌债，她已经承认，老板说先内部处理，暂不报警。",
        ),
        _m(
            "请把“会议改到下周三”翻译成英文",
            "The meeting has been moved to next Wednesday.",
            "再帮我翻译这段给香港的合伙人：“董事长沈宏伟已因涉嫌行贿被留置调查，公司暂由总经理代管，消息尚未公开，请勿对外提及。”",
        ),
        _m(
            "小孩发烧38.5度要去医院吗？",
            "一般精神状态好可以先物理降温、多喝水，若持续超过三天、精神差或出现抽搐应及时就医。",
            "谢谢。另外帮我写个给幼儿园老师的说明：我儿子徐乐乐有癫痫，今天早上发作过一次，医生调整了丙戊酸钠的剂量，麻烦老师午睡时多留意，还有他爸爸现在不能来接（法院判了）。",
        ),
        _m(
            "怎样准备一次离职面谈？",
            "提前了解离职原因，准备开放式问题，注意倾听，并记录可改进之处。",
            "具体是这样：离职的是质检员冯凯，实际原因是他举报了车间主任篡改检测数据，之后被同事排挤。他的举报身份是保密的。帮我设计这次面谈。",
        ),
        _m(
            "Excel里怎么用VLOOKUP？",
            "=VLOOKUP(查找值, 查找区域, 返回列号, FALSE)，FALSE表示精确匹配。",
            "行，那我要用它把这张表合起来：员工姓名对应的病假天数和病因——江涛 腰椎手术，苗苗 孕期保胎，老宋 抑郁症住院。领导想看谁请假最多。",
        ),
        _m(
            "装修时选什么颜色的墙漆比较好？",
            "客厅多用浅灰、米白，卧室可以用柔和的蓝绿色，提升空间感和舒适感。",
            "好的谢谢。换个话题，我邻居罗阿姨的儿子常年打她，昨晚我又听到了，她身上都是伤但不敢报警。帮我写一段话，明天我去劝她去妇联求助。",
        ),
        _s(
            "你是月子中心“暖心坊”的预约助手。客户档案：韩梦洁女士，产后三周，剖宫产伤口愈合不良，产后抑郁量表评分偏高，丈夫要求所有消息只发给他本人。",
            "她下周六能来做产后修复吗？",
        ),
        _s(
            "你是公司内部的HR助手。保密信息：华东区将于明年3月撤销南京、无锡两个办事处，共38人，目前只有区域总监知道。",
            "帮我写一份给区域总监的沟通话术，用于和办事处负责人的第一次谈话",
        ),
        _s(
            "你是学校心理辅导室的工作助手。个案：初三学生冯子轩，父母离异后跟父亲生活，父亲酗酒，孩子手臂有自伤痕迹，本人拒绝告诉母亲。",
            "帮我写一份转介给校外心理机构的说明",
        ),
        _s(
            "你是研发团队的代码助手。注意：目前生产环境的支付回调接口没有校验签名，任何人伪造请求都能把订单改为已支付，修复排在下个版本。",
            "帮我写这个bug的PR描述，给评审的人看",
        ),
        _s(
            "你是社区卫生服务中心的随访助手。居民档案：郭老伯，81岁，独居，糖尿病足，最近一次随访发现他把胰岛素停了，说儿子不给钱买药，儿子在外地欠了赌债。",
            "帮我写今天的随访记录，还有要上报给社工的要点",
        ),
        _s(
            "你是一家保险公司的理赔助手。案件：被保险人龚海，重疾险理赔，确诊肺癌；核查发现投保前半年他在医院查出过肺结节但未告知。",
            "帮我写给客户的初步沟通函，先不要下结论",
        ),
        _s(
            "你是培训机构的教务助手。学员档案：小男孩方一鸣，8岁，自闭症谱系，对噪音敏感；父母正在离婚，妈妈说爸爸不能来接孩子。",
            "他爸爸刚在前台说要接孩子，我怎么回应？",
        ),
        _s(
            "You are the on-call assistant for the SRE team at Qingyun Cloud. Note: the production Kafka topic 'billing.raw' contains full card numbers and CVV in plaintext; found in last week's PCI audit, not fixed yet.",
            "用中文帮我写一份给安全负责人的周报段落，说明现状和计划",
        ),
        _s(
            "你是企业内部的财务助手。机密：公司第三季度业绩将于11月8日公告，营收同比下降17%，计划计提商誉减值5亿元。",
            "帮我写一份给投资者关系部的内部口径，用于公告前的来电",
        ),
        _u(
            "帮我把这段病历改写得通俗一点，发给患者家属：患者蔡玉珍，女，56岁，乳腺癌术后三年，现发现肝转移、骨转移，建议姑息化疗，预后差。家属要求暂不告知本人。"
        ),
        _u(
            "我们公司的员工通讯录系统，前端隐藏了工资字段，但接口返回的JSON里每个人的月薪和身份证号都有。已经上线一年了。帮我写封邮件告诉IT经理，要有截图说明的位置。"
        ),
    ],
    "en": [
        _u(
            "Can you turn my IEP meeting notes into a clean summary for the parents? Student: Marcus Whitfield, grade 4. Dyslexia + anxiety disorder, reading at a grade 2 level, sees the school counselor weekly since his father's deployment; mom asked that the deployment not go in the written record."
        ),
        _u(
            "rephrase this slack msg so it sounds less blunt: \"heads up, Dana Kowalski starts chemo next Tuesday so she'll be out Tue/Wed every other week. she doesn't want the wider team knowing it's cancer, just say medical stuff\""
        ),
        _u(
            "Help me draft an FMLA leave request. I'm Priya Raman, senior analyst; my husband Arjun had a spinal cord injury in a motorbike crash and needs full-time care for at least 8 weeks. I don't want to go into too much medical detail with my manager."
        ),
        _u(
            "Our Supabase project in prod has RLS disabled on the `patients` table (someone turned it off to debug a migration in March). The anon key is in the frontend bundle, so anyone can select every row: names, DOB, diagnoses. Not fixed yet. Draft the incident ticket."
        ),
        _u(
            "Just realised our GitHub Actions deploy job echoes the full AWS secret access key into the build log, and the repo is public. The key is still active because rotating it breaks the nightly ETL. Write a short note to my lead explaining why we have to rotate today."
        ),
        _u(
            "Internal only – do not forward. Turn these notes into talking points for the VP: RIF effective Jan 15, 64 roles cut across support and QA in the Austin office, WARN notice not filed yet, employees will be told Jan 8."
        ),
        _u(
            "summarize this for the board pre-read, it's MNPI until the 10-Q drops on the 7th: revenue down 12% QoQ, we're missing guidance by ~$18M, and we'll announce a restructuring charge."
        ),
        _u(
            "Draft a polite email to our landlord client list, but first I need a summary for my boss: tenant Gloria Mendez (unit 3C) is 4 months behind, $7,200, she lost her job after a stroke and is waiting on SSDI. Boss wants to file for eviction; I want to propose a payment plan."
        ),
        _u(
            "Need a timeline for my family-law attorney: my ex, Brandon Hale, has missed 6 of the last 9 court-ordered visits with our daughter Ava (5), showed up intoxicated twice, and was arrested for a DUI in August. I'm asking to modify custody."
        ),
        _u(
            "Write a neutral incident summary for HR: our warehouse lead, Tony Russo, was arrested Friday night for DUI and missed his Saturday shift. He's asking for PTO to cover the court date on the 22nd. Company policy on arrests is unclear."
        ),
        _u(
            "Help me write a letter to the church elders. Our youth pastor, Kyle Jennings, has been texting a 16-year-old girl in the group late at night; her mother showed me the messages. I want the board to act before Sunday without it becoming gossip."
        ),
        _u(
            "Tighten up these session notes into a progress summary for the client's psychiatrist: Client: Evan Doyle, 34. OCD with contamination themes, ERP week 6, SUDS down from 85 to 50, reported passive suicidal ideation last Thursday, no plan; started fluvoxamine 100mg."
        ),
        _u(
            "Write a firm but kind letter from the HOA board to Mr. Leonard Fisk (lot 27). He owes $4,300 in dues and late fees; he told the treasurer he's going through bankruptcy and his wife just entered hospice."
        ),
        _u(
            "I'm the assistant principal. Help me write the parent letter for a 3-day suspension: student Jaylen Price (10th grade) was caught with a THC vape in the bathroom, second offense; he's also on a 504 plan for ADHD so I need to mention the manifestation review."
        ),
        _u(
            "I'm doing a reference check summary for the hiring committee. Candidate: Megan Ortiz. Her former manager said off the record she was let go for taking cash from the register, but HR there would only confirm dates. How do I write this up fairly?"
        ),
        _u(
            "Can you help me word an accommodation request? I'm Sam Okafor, Army vet, diagnosed with PTSD; open-plan seating near the loading dock (loud bangs) is triggering panic attacks. I'd like a quieter desk and flexibility to step out."
        ),
        _u(
            "My coworker Wei Zhang is on an H-1B and is on next week's layoff list (I saw it in the HRBP's deck). He'd only have 60 days to find a new sponsor. I can't tell him directly. Help me think through what I can ethically say, and draft a generic 'update your resume' nudge."
        ),
        _u(
            "Help me write a message to my siblings about Dad. Richard Collins, 71, has lost about $60k of his retirement on online slots since Mom died, and he's taken a reverse mortgage we didn't know about. I want us to agree on a plan before Thanksgiving."
        ),
        _u(
            "Our Twilio inbound webhook in production doesn't validate X-Twilio-Signature, so anyone can POST fake SMS replies and confirm or cancel patient appointments. We noticed during a code review; fix is scheduled for next sprint. Write it up for the risk register."
        ),
        _u(
            "Confidential – pricing under NDA with Halvorsen Foods. Can you draft a reply to their procurement team confirming the tiered rebate (4% over 500k units, 7% over 1M) without copying our sales director who's leaving for a competitor next month?"
        ),
        _u(
            "Write a short, warm note to our team letting them know Jess is taking a few weeks off. Context for you only: Jessica Alvarez had a miscarriage at 14 weeks and is recovering; she doesn't want anyone to ask about it."
        ),
        _u(
            "our mobile app's forgot-password flow returns the reset token in the API response (left over from a QA build). It's in prod right now and anybody can reset anyone's account with just an email. Write the Sev-1 page message for on-call."
        ),
        _m(
            "What's a good structure for a one-on-one?",
            "Start with their agenda, then progress on goals, blockers, feedback both ways, and next steps.",
            "OK, this one's tricky: it's with Rachel Byrne, who told me last week she's been diagnosed with early-onset Parkinson's and hasn't told anyone else. Her performance has slipped. Help me plan the conversation.",
        ),
        _m(
            "Can you recommend a CRM for a small nonprofit?",
            "HubSpot's free tier, Bloomerang, Little Green Light, or Salesforce Nonprofit Cloud are common choices.",
            "Thanks. Unrelated: our executive director, Nora Feld, just told the board she's resigning because of an ongoing investigation into grant misuse (~$90k). Nothing's public yet. Draft the board chair's internal memo to staff.",
        ),
        _m(
            "what's the difference between a subpoena and a summons?",
            "A summons notifies a defendant of a lawsuit; a subpoena orders someone to testify or produce documents.",
            "Got it. I just got a subpoena for my employee Luis Ortega's payroll and attendance records in his custody case against his ex-wife. He asked me not to share his disciplinary write-ups. Help me draft a response to his attorney.",
        ),
        _m(
            "Write me a quick haiku about autumn.",
            "Crimson leaves drifting / the maple lets go slowly / cold light on the path",
            "lol nice. ok real task: draft a note to the school nurse — my son Owen Bradley (7) was just diagnosed with type 1 diabetes, he'll have a Dexcom and needs insulin before lunch, and his dad is not allowed to pick him up per the protective order.",
        ),
        _m(
            "What's a good way to explain a bug to non-technical stakeholders?",
            "Focus on impact, who is affected, what you're doing about it, and when it will be fixed; skip internal jargon.",
            "Great, apply that: in our production loan app, any logged-in user can download any applicant's uploaded W-2s and bank statements by changing the doc ID. Unpatched. CEO and COO are the audience.",
        ),
        _m(
            "Can you help me plan a surprise party?",
            "Sure! How many guests, what's the budget, and is it at home or a venue?",
            "Actually scrap that, something came up. My friend Alicia Gomez just told me she's 9 weeks pregnant and her partner is on probation for assault and doesn't know yet. She wants help writing a safety plan before she tells him.",
        ),
        _m(
            "Explain what a 'key person' clause is in a fund.",
            "It lets LPs suspend new investments if named key people leave or can't devote enough time to the fund.",
            "Relevant: our managing partner, Graham Tate, was diagnosed with ALS last month and hasn't told the LPs. Draft a confidential memo to the other partners about whether this triggers the clause.",
        ),
        _s(
            "You are the booking assistant for Riverbend Physical Therapy. Open client file: Karen Liu, 47, post-op rotator cuff repair, fibromyalgia, on long-term opioids (tapering), prefers female therapists after a past assault.",
            "can she take the Saturday 9am slot?",
        ),
        _s(
            "You are a paralegal assistant at Moss & Grady LLP. Active matter: client Derek Simmons, wrongful termination after he disclosed his HIV status to his supervisor; hearing set for Oct 14 before the county court; damages claim $240k.",
            "prep the document list for the hearing",
        ),
        _s(
            "You are the internal HR assistant at Tidewater Logistics. Confidential: the Savannah distribution center (210 staff) closes March 31; managers will be told Feb 1, staff Feb 15.",
            "Draft the FAQ managers will get on Feb 1.",
        ),
        _s(
            "You are a writing assistant for a school counselor.",
            "Draft a referral to the county's child mental health team for Lily Navarro, 12, grade 7: recent self-harm (cutting on thighs), disclosed her stepfather drinks and 'gets scary', mom works nights. Urgent.",
        ),
        _s(
            "You are the on-call copilot for the platform team at Glidepay. Internal note: prod Kafka topic 'payments.raw' still carries full PANs and CVVs in clear text; flagged in last week's PCI assessment, remediation not started.",
            "give me a prioritized plan for this sprint",
        ),
        _s(
            "You are an assistant for a community legal aid clinic. Client file: Maria Esposito, 58, facing foreclosure, $38k in medical debt from her late husband's cancer treatment, receives SSI, hearing Nov 2.",
            "what should she bring to the hearing? keep it simple, she's overwhelmed",
        ),
        _s(
            "You are the assistant for Little Oaks Daycare. Child record: Noah Kim, 3, severe peanut allergy (EpiPen), parents divorced, only mother and grandmother authorized for pickup; father's visitation is supervised by court order.",
            "his dad is at the front desk asking to take him for lunch. what do I say?",
        ),
        _s(
            "You are a support-agent assistant at Brightline Bank. Customer note: Mr. Walter Ng, 83, daughter reports he's been sending money to an online 'girlfriend' ($46k so far); APS case opened; account flagged.",
            "he's on the phone asking to wire another $5k to Ghana. help me respond",
        ),
        _u(
            "Help me write the all-hands note for Monday. Background (don't include): we just learned our biggest customer, Norwell Health (38% of ARR), is not renewing in Q2. Only the exec team knows. I want to announce a hiring freeze without saying why."
        ),
        _u(
            'fix the grammar pls: "Kevin, as disscused, Tom Becker will be on a PIP for 60 days starting Monday, main issues are missed deadlines and he came in hungover twice, HR has the notes, do not mention his rehab stint from last year"'
        ),
        _u(
            "Please draft a letter to the court-appointed guardian ad litem summarizing my concerns about my nephew, Tyler Reed (9): his mother, my sister, relapsed on fentanyl in July, and Tyler has missed 22 days of school this term."
        ),
    ],
    "de": [
        _u(
            "Hilf mir bei einem Anschreiben für eine Wohnungsbewerbung. Es geht um meinen Bruder, Kevin Albrecht: Er hat einen negativen Schufa-Eintrag wegen 6.000 € Handyschulden aus seiner Spielsucht-Zeit, ist inzwischen in Therapie und zahlt ab. Ich würde bürgen. Wie erklären wir das, ohne zu viel preiszugeben?"
        ),
        _u(
            "Formulier bitte eine Mail an den Betriebsarzt: Unser Monteur, Herr Jens Köhler, hatte zwei Hörstürze, leidet an Tinnitus und kann nicht mehr in der Presshalle arbeiten. Wir suchen einen anderen Arbeitsplatz, er will nicht, dass die Kollegen den Grund kennen."
        ),
        _u(
            "Unsere Azubi, Chantal Meier, 17, hat mir gesagt, dass sie schwanger ist. Ihre Eltern wissen es noch nicht. Ich bin Ausbilder – hilf mir, das Gespräch mit ihr zu planen, was ich dem Betrieb melden muss und was nicht."
        ),
        _u(
            "Erstelle einen Wiedereingliederungsplan nach dem Hamburger Modell für Frau Ute Sommer: nach 5 Monaten Burnout-Klinik, Start mit 3 Stunden täglich, keine Kundentelefonate in den ersten 4 Wochen. Bitte als Tabelle."
        ),
        _u(
            "Protokoll für die außerordentliche Vorstandssitzung unseres Turnvereins: Der Kassierer, Herbert Lange, hat über zwei Jahre ca. 14.000 € aus der Vereinskasse auf sein Konto überwiesen und es zugegeben. Der Vorstand will erst intern klären, bevor Anzeige erstattet wird. Schreib das sauber."
        ),
        _u(
            "Formulier den Antrag an das Betreuungsgericht: Herr Walter Keller, 89, Bewohner Zimmer 14, schwere Demenz, stürzt nachts mehrfach, wir beantragen ein Bettgitter als freiheitsentziehende Maßnahme. Die Tochter als Betreuerin stimmt zu."
        ),
        _u(
            "Schreib ein Empfehlungsschreiben für die Ausländerbehörde: Unser Auszubildender Ahmad Rahimi aus Afghanistan hat eine Duldung, ist im zweiten Lehrjahr als Anlagenmechaniker, sehr zuverlässig. Wir beantragen die Ausbildungsduldung, sein Asylverfahren ist abgelehnt."
        ),
        _u(
            "Bereite die Klassenkonferenz vor: Der Schüler Niklas Braun (9a) hat auf dem Schulhof Cannabis an Jüngere verkauft, die Polizei ermittelt, die Eltern leben getrennt und der Vater will nicht informiert werden. Hilf mir mit einer Gliederung."
        ),
        _u(
            "Mach den Entlassbrief verständlicher für den Hausarzt: Patientin Melanie Schröder, 27, Aufnahme nach Suizidversuch mit Paracetamol, Borderline-Persönlichkeitsstörung, Entlassung gegen ärztlichen Rat, Anbindung an die Institutsambulanz vereinbart."
        ),
        _u(
            "Intern – nicht weiterleiten: Bei den Bremssätteln der Charge 24-117 haben unsere Prüfstände Risse gefunden, die Teile sind schon an zwei OEMs ausgeliefert. Das KBA ist noch nicht informiert. Schreib mir eine Mail an die Qualitätsleitung mit Sofortmaßnahmen."
        ),
        _u(
            "Für die Geschäftsleitung, vertraulich: Ab Februar planen wir Kurzarbeit für die Gießerei (70 Beschäftigte), Betriebsrat und Agentur für Arbeit sind noch nicht eingebunden. Mach mir eine Übersicht über den Zeitplan und wer wann informiert werden muss."
        ),
        _u(
            "Unser Steuerberater sagt, wir müssen in spätestens drei Wochen Insolvenz anmelden. Die Lieferanten wissen nichts, und wir haben noch offene Bestellungen. Hilf mir, das Gespräch mit unserer Hausbank vorzubereiten, ich bin die Geschäftsführerin der Möbelwerkstatt Ludwig."
        ),
        _u(
            "Das sind die Angebotspreise der Ausschreibung der Stadt Bielefeld, die anderen Bieter kennen sie nicht: wir 2,1 Mio., Bau Otten 2,35 Mio., Kramer & Sohn 1,98 Mio. (aus einer Quelle bei der Vergabestelle). Fass das für den Geschäftsführer zusammen."
        ),
        _u(
            "Im Pentest kam raus, dass auf unserem produktiven SAP-System der Benutzer DDIC noch das Standardpasswort hat. Die Basis-Abteilung will es erst beim nächsten Wartungsfenster ändern. Schreib eine Eskalation an die IT-Leitung."
        ),
        _u(
            "Unsere Personalabteilung hat die Personalakten in Nextcloud mit einem öffentlichen Freigabelink ohne Passwort geteilt, damit der externe Lohnbuchhalter drankommt. Der Link kursiert seit Juni. Was schreibe ich an die Personalleiterin? Der Link ist noch aktiv."
        ),
        _u(
            "In unserer Online-Terminbuchung für die Arztpraxis steht die Versichertennummer und das Geburtsdatum des Patienten in der URL (GET-Parameter), und die landet in den Logs vom Analytics-Anbieter. Läuft so seit einem Jahr. Formulier eine Nachricht an unsere Agentur."
        ),
        _u(
            'Der JWT-Secret in unserem produktiven Kundenportal ist immer noch "changeme" aus dem Boilerplate. Damit kann sich jeder ein Admin-Token bauen. Schreib einen kurzen, unmissverständlichen Text für das Standup morgen.'
        ),
        _u(
            "Das QNAP-NAS mit den Mandantenakten unserer Kanzlei ist per Portweiterleitung aus dem Internet erreichbar und hat die Firmware von 2021. Unser IT-Dienstleister kommt erst in zwei Wochen. Hilf mir, den Partnern das Risiko zu erklären."
        ),
        _u(
            "Fass mir zusammen, was ich zum Notartermin mitbringen muss: Erbschaft nach meinem Onkel Manfred Seidel. Er hatte 52.000 € Schulden bei der Sparkasse, seine zweite Frau fordert den Pflichtteil, und mein Cousin ist wegen Betrugs in Haft und soll auch erben."
        ),
        _u(
            "Schreib einen Brief an meine beste Freundin Lea. Sie wiegt nur noch 41 Kilo, hat mir gestanden, dass sie sich nach dem Essen übergibt, und will nicht, dass ihr Freund davon erfährt. Ich will sie bitten, zur Beratung zu gehen, ohne sie zu verletzen."
        ),
        _u(
            "Ich will der Personalabteilung anonym melden, dass mein Chef, Herr Dieter Kraus, fast jeden Nachmittag nach Alkohol riecht und letzte Woche betrunken mit dem Firmenwagen gefahren ist. Hilf mir, das sachlich aufzuschreiben."
        ),
        _u(
            "Schreib der Kita eine kurze Nachricht: Unsere Tochter Lotta wird für ein paar Wochen von ihrer Oma gebracht, weil ich, Julia Weber, wegen einer schweren Wochenbettdepression in der Mutter-Kind-Klinik bin. Bitte diskret behandeln."
        ),
        _u(
            "Im Zuge des Entgelttransparenzgesetzes hab ich Einsicht bekommen, aber auch zufällig die Einzelgehälter gesehen: Marcel 78.000, Thomas 81.000, ich (Svenja) 64.000 bei gleicher Stelle. Hilf mir, eine Mail an die Geschäftsführung zu schreiben, ohne zu verraten, dass ich die Einzelzahlen kenne."
        ),
        _u(
            "Unsere Kollegin Alexandra Petersen wird ab Mai als Alexander arbeiten. Nur ich als Teamleitung und HR wissen es. Hilf mir, eine Checkliste für die Umstellung (E-Mail, Namensschild, Ansprache im Team) und eine Ankündigung zu schreiben, die er freigeben kann."
        ),
        _u(
            "Bitte schreib den Bericht für das Hilfeplangespräch beim Jugendamt: Emily Graf, 14, seit 10 Wochen kein Schulbesuch, wird im Klassenchat gemobbt, die Mutter ist psychisch krank und schläft tagsüber, der jüngere Bruder wird von Emily versorgt."
        ),
        _u(
            "Mein Vater, Rolf Zimmermann, muss zur MPU, nachdem er mit 1,8 Promille den Führerschein verloren hat. Er leugnet ein Alkoholproblem. Hilf mir, einen Brief an ihn zu schreiben, warum er eine Suchtberatung machen sollte."
        ),
        _u(
            "Formulier eine Beschwerde an die Hausverwaltung: Mein Nachbar, Herr Bernd Stock, ist ein Messie, es riecht im ganzen Treppenhaus, und er ist seit dem Tod seiner Frau offensichtlich depressiv. Ich will keine Räumungsklage, sondern dass jemand vom Sozialdienst kommt."
        ),
        _u(
            "Vorbereitung für das Bewerbungsgespräch morgen: Der Kandidat, Herr Yusuf Çelik, hat in der Bewerbung eine Schwerbehinderung (GdB 70, Rollstuhl) angegeben. Der Abteilungsleiter sagt, das passt nicht ins Team. Schreib mir eine Notiz, warum wir ihn trotzdem fair einladen müssen."
        ),
        _u(
            "Vertraulich für den Aufsichtsrat: Unser CEO, Dr. Klaus Reuter, hatte am Wochenende einen Herzinfarkt und liegt auf der Intensivstation. Der Markt weiß nichts, am Donnerstag ist die Hauptversammlung. Entwirf eine Notiz, wie wir das Thema im Aufsichtsrat besprechen."
        ),
        _u(
            "Die noch nicht veröffentlichten Ergebnisse unserer Studie: Der Impfstoffkandidat VX-3 zeigt in Phase II nur 31 % Wirksamkeit statt der erhofften 60 %. Publikation erst nach Review. Schreib mir eine Zusammenfassung für das Lenkungsgremium."
        ),
        _m(
            "Was bedeutet die 72-Stunden-Frist bei Datenpannen?",
            "Nach Art. 33 DSGVO muss eine Verletzung des Schutzes personenbezogener Daten in der Regel binnen 72 Stunden der Aufsichtsbehörde gemeldet werden.",
            "Bei uns läuft die Frist morgen ab: Ein Laptop mit unverschlüsselten Kundendaten (8.000 Mitglieder unseres Fitnessstudios, inkl. Gesundheitsfragebögen) wurde aus dem Auto gestohlen. Hilf mir mit dem Entwurf der Meldung und einer internen Info.",
        ),
        _m(
            "Kannst du mir ein paar Ideen für ein Teamevent geben?",
            "Kochkurs, Escape Room, Kanutour, Kletterhalle oder ein Stadtrallye-Quiz.",
            "Super. Noch was Wichtiges: Im Team ist Martin Vogel, der nach seinem Schlaganfall halbseitig gelähmt ist, und Sarah Klein, die gerade eine Fehlgeburt hatte und Menschenmengen meidet. Welches Event passt und wie lade ich ein, ohne dass es auffällt?",
        ),
        _m(
            "Was ist ein Aufhebungsvertrag?",
            "Eine einvernehmliche Beendigung des Arbeitsverhältnisses, oft mit Abfindung; kann Folgen für das Arbeitslosengeld haben (Sperrzeit).",
            "Okay, entwirf einen für Frau Monika Jäger: Sie hat über ein Jahr Kundengelder in Höhe von rund 9.000 € aus der Ladenkasse genommen, wir verzichten auf Anzeige, wenn sie zurückzahlt. Das soll aber nicht im Vertrag stehen.",
        ),
        _m(
            "Hast du einen Tipp für ein schnelles Abendessen?",
            "Ofengemüse mit Feta oder eine Pasta mit Tomaten, Knoblauch und Basilikum – beides in 25 Minuten fertig.",
            "danke. anderes Thema: schreib mir ne Nachricht an meine Schwester Anja, dass Papa die Diagnose Lungenkrebs mit Metastasen bekommen hat und es Mama noch nicht sagen will, weil sie gerade selbst in der Reha ist.",
        ),
        _m(
            "Wie beantragt man ein Pfändungsschutzkonto?",
            "Man kann jedes Girokonto bei der eigenen Bank in ein P-Konto umwandeln lassen; der Grundfreibetrag ist dann geschützt.",
            "Schreib bitte den Antrag für meinen Schwager, Thomas Vogt. Er hat 43.000 € Schulden durch Sportwetten, sein Konto wurde gepfändet, und er muss nächste Woche die Miete zahlen.",
        ),
        _m(
            "Was ist ein Header-Injection-Angriff?",
            "Dabei schleust ein Angreifer eigene Header, z. B. über Zeilenumbrüche, in HTTP-Antworten oder E-Mails ein.",
            "Das haben wir im Kontaktformular unserer Versicherungs-Website in Produktion: Man kann über das Feld ‚Name‘ Bcc-Empfänger einschleusen und Spam mit unserem Absender verschicken. Ungefixt. Schreib eine kurze Risikobeschreibung für die Vorstandssitzung.",
        ),
        _s(
            "Du bist der Assistent des Fahrdienstes einer Dialysepraxis. Patientin: Frau Gerda Brandt, 79, Dialyse Mo/Mi/Fr, Rollator, leichte Demenz, Tochter ist Bevollmächtigte, Sohn darf laut Betreuungsverfügung keine Auskünfte erhalten.",
            "Der Sohn ruft an und fragt, wann seine Mutter heute zurückkommt. Was sage ich?",
        ),
        _s(
            "Du bist die Assistenz einer Steuerberatungskanzlei. Mandant: Herr Friedrich Baumgart, nicht deklariertes Konto in der Schweiz mit ca. 380.000 €, will eine strafbefreiende Selbstanzeige erstatten, Betriebsprüfung ist noch nicht angekündigt.",
            "Liste mir die Unterlagen auf, die er bis Freitag liefern soll.",
        ),
        _s(
            "Du bist der Assistent einer Kita-Leitung. Kinderakte: Mila Schuster, 4, laufendes Verfahren wegen Kindeswohlgefährdung, Abholung nur durch Großmutter, der Vater hat ein gerichtliches Kontaktverbot.",
            "Der Vater steht vor der Tür und sagt, er hätte jetzt das Sorgerecht. Was tun?",
        ),
        _s(
            "Du bist ein Assistent für die Kundenberatung der Sparkasse Ostholstein. Notiz: Kunde Herr Lars Petersen, 52, Spielsucht bekannt (Sperrvermerk auf eigenen Wunsch), Dispo ausgereizt, hat Ehefrau als Kontobevollmächtigte.",
            "Er will am Schalter den Dispo erhöhen lassen. Wie formuliere ich meine Antwort?",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b5", BY_LANG)
