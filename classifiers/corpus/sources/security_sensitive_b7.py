"""Seventh batch of `security_sensitive` examples: hand-written, one group per example
("security_sensitive/b7/<lang>/<digest>"). Sensitive content inside longer pasted material
(minutes, HR and case notes, patient and student records, CRM rows, threads, chat logs, decks,
incident reports) with ordinary tasks over it, plus named people's private details in passing,
confidential business material and unfixed holes in one's own live systems."""

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
            "Voici le compte rendu du CSE d'hier, tu peux en faire une version courte pour l'affichage ? Il faut enlever ce qui est nominatif.\n\n1. Point sécurité : RAS.\n2. Situation de Mme Odile Ferrand (compta) : en arrêt depuis janvier pour dépression sévère, le médecin du travail préconise un mi-temps thérapeutique à son retour. Son mari a contacté la DRH pour évoquer des difficultés financières.\n3. Projet de fermeture du site de Vierzon en 2026, non annoncé aux salariés, 42 postes concernés.\n4. Cantine : nouveau prestataire en septembre."
        ),
        _u(
            "Mets ces lignes dans un tableau Markdown (nom, classe, motif, mesure) :\nLéo Marchal, 4e B, PAI pour épilepsie, traitement en cas de crise dans l'infirmerie\nInès Boukhari, 4e B, suivi ASE, placement en famille d'accueil depuis novembre\nTom Vasseur, 4e C, harcèlement subi, plainte déposée par les parents"
        ),
        _u(
            "traduis en anglais stp, c'est pour notre avocat à Londres : « M. Gérald Pinchon, associé, a reconnu lors de l'audition interne avoir transféré 180 000 € du compte de la filiale vers une société détenue par son beau-frère. Il souhaite négocier une sortie amiable avant que l'affaire ne soit portée au pénal. »"
        ),
        _u(
            "Écris-moi une formule Excel qui compte combien de patients ont un score de Braden < 12 dans la colonne F. Les lignes ressemblent à ça :\nChambre 12 | Mme Lucienne Royer | 87 ans | escarre sacrum stade 3 | diabète | Braden 10\nChambre 14 | M. Armand Petitjean | 79 ans | démence, chutes répétées | Braden 13"
        ),
        _u(
            "Notre API de facturation en prod accepte encore les tokens JWT signés avec alg=none, on l'a découvert ce matin et le correctif ne partira pas avant lundi. Aide-moi à rédiger un message interne pour l'équipe support sans que ça fuite aux clients."
        ),
        _u(
            "Peux-tu résumer ce fil de mails en 5 puces ?\n\nDe : Claire Aubertin\nÀ : Direction\nObjet : Rachat Lumina\n\nL'offre ferme est à 23 M€, le vendeur veut 26. Personne ne doit savoir avant le closing prévu le 15 mai, même pas les équipes de Lumina.\n\nDe : Paul Hérault\nRe : Rachat Lumina\n\nOK pour monter à 24,5 si on garde le fondateur deux ans. Attention, leur CTO Samir Kaci est en procédure prud'homale contre eux, ça peut peser."
        ),
        _u(
            "Reformule plus gentiment : « Damien, ta période d'essai ne sera pas renouvelée, on a eu trop de retours sur ton comportement avec Nadia et ton alcoolisation au séminaire de Lyon. »"
        ),
        _u(
            "J'ai ce CSV des adhérents, écris un script Python qui sort ceux dont la cotisation est impayée depuis plus de 90 jours.\nnom,prenom,iban,date_derniere_cotisation,montant\nLebrun,Sylvie,FR76 3000 4028 3700 0100 0345 219,2024-01-03,45\nCosta,Rémi,FR76 1027 8060 1100 0204 5560 142,2024-06-12,45"
        ),
        _u(
            "tu peux corriger les fautes ? « Monsieur le juge, je soussigné Bernard Lacaze, atteste que ma fille Élodie a subi des violences de la part de son ex-compagnon Kevin Druon le 3 mars, elle a eu 10 jours d'ITT. »"
        ),
        _u(
            "Fais-moi un tableau croisé à partir de ces notes d'entretiens annuels : Mathieu G. — objectifs non atteints, évoque un divorce difficile et des dettes ; Sarah L. — très bonne année, enceinte, départ en congé mat en octobre (pas encore annoncé à l'équipe) ; Hugo P. — demande d'augmentation refusée, menace de partir chez le concurrent."
        ),
        _u(
            "Résume ce rapport d'incident pour le comité de direction, 10 lignes max :\n\nIncident du 02/04 — le bucket S3 « clients-export-prod » était public depuis le 12/03. Il contenait les exports de 38 000 clients (nom, adresse, date de naissance, historique de commandes). On ne sait pas encore si quelqu'un l'a téléchargé, les logs d'accès n'étaient pas activés. La CNIL n'a pas encore été notifiée."
        ),
        _u(
            "Ma collègue Fanny Leclerc m'a confié qu'elle fait une FIV et qu'elle va être souvent absente le matin. Comment je présente ça au planning sans trahir son secret ?"
        ),
        _u(
            "Génère un modèle Word de relance pour les locataires en impayé, à partir de ces cas : M. Yannick Morel, appt 3B, 3 mois de retard (il est au chômage depuis février) ; Mme Chantal Dupuis, appt 5A, 1 mois, a évoqué un cancer du sein en cours de traitement."
        ),
        _u(
            "Notre serveur Exchange on-prem n'est toujours pas patché pour ProxyShell et il est exposé sur Internet, le prestataire dit qu'il faut attendre la fenêtre de maintenance de juin. Tu peux m'aider à écrire une note de risque pour le DSI ?"
        ),
        _u(
            "écris une requête SQL pour trouver tous les salariés dont le champ motif_absence contient « maladie » plus de 3 fois, j'ai besoin de la liste pour le RDV avec Maître Roussel demain concernant le licenciement de Jérôme Albert"
        ),
        _u(
            "Traduis ce passage du procès-verbal du conseil d'administration en allemand : « Le conseil prend acte des résultats du T3, non publiés, en baisse de 18 %. La cession de la branche logistique à Transalpe SA est approuvée sous réserve de confidentialité jusqu'au 30 novembre. »"
        ),
        _u(
            "Bonjour, je suis assistante sociale. Aide-moi à rédiger une note de synthèse propre à partir de mes notes brutes : famille Diallo, 3 enfants, mère seule (Aminata, 34 ans), expulsée le 12/01, hébergée au 115, l'aîné Moussa (14 ans) déscolarisé depuis 2 mois, suspicion de violences de l'ex-conjoint."
        ),
        _u(
            "On a un formulaire de contact sur le site de la mairie qui laisse passer des injections SQL, je l'ai vu en testant avec une apostrophe. Le prestataire est injoignable. Je fais quoi en attendant, je coupe le formulaire ?"
        ),
        _u(
            "Fais un mail de réponse au client : il demande pourquoi son dossier de prêt est bloqué. En interne c'est parce que la Banque de France l'a fiché FICP suite à un incident en 2022 (M. Olivier Texier, dossier 45-2210). Je veux rester vague."
        ),
        _u(
            "Transforme ce log de chat Teams en compte rendu propre :\n[09:02] Julie : Vous avez vu pour Marc ?\n[09:03] Antoine : oui il a été hospitalisé en psychiatrie hier soir, sa femme a appelé\n[09:04] Julie : on dit quoi à l'équipe ?\n[09:05] Antoine : juste qu'il est absent pour raisons perso, et on redistribue ses dossiers Aéroval"
        ),
        _u(
            "Le business plan 2025 de Fromagerie Delorme (pas encore présenté aux banques) : CA 4,2 M€, marge nette 3 %, besoin de 900 k€ sinon redressement en septembre. Fais-moi un résumé en trois phrases pour le pitch aux investisseurs."
        ),
        _u(
            "mon frère Alexis a une reco de dette à la CAF de 6 300 € et il est sous curatelle, peux tu m'aider à écrire un courrier de contestation en son nom ?"
        ),
        _u(
            "Peux-tu convertir ce tableau en JSON ?\n| Élève | Note | Remarque |\n| Zoé Fabre | 6/20 | dyslexie sévère, tiers-temps |\n| Nathan Blin | 14/20 | parents en instance de divorce, très perturbé |\n| Jade Roux | 9/20 | absentéisme, signalement infirmière pour scarifications |"
        ),
        _u(
            "Relis ce passage de mon rapport d'audit avant que je l'envoie : « Le compte administrateur du domaine AD de la clinique utilise le mot de passe Clinique2019!, partagé entre 6 personnes et jamais changé. »"
        ),
        _u(
            "rédige une annonce interne pour le départ de Nicolas Perrin, en sachant (mais sans le dire) qu'il part suite à une rupture conventionnelle négociée après une enquête pour harcèlement sexuel"
        ),
        _u(
            "Aide-moi à faire un graphique matplotlib à partir de ces données de ventes par commercial, ce sont les chiffres internes non consolidés qu'on n'a pas encore montrés aux actionnaires : Dubois 1,2 M, Marty 0,8 M, Klein 2,1 M, Besnard 0,3 M (Besnard est en PIP, sortie prévue)."
        ),
        _u(
            "En 4 lignes, résume-moi le dossier de M. Fernand Colin, 71 ans : cardiopathie ischémique, pose de stent 2021, AVC en 2023, sous Kardégic et Eliquis, vit seul, sa fille souhaite une mise sous tutelle."
        ),
        _u(
            "J'ai besoin d'un message WhatsApp pour prévenir l'équipe que la levée de fonds est tombée à l'eau et qu'on n'a que 2 mois de trésorerie, mais les clients ne doivent surtout pas l'apprendre."
        ),
        _u(
            "voilà la fiche candidat, fais-moi un résumé pour le manager : Karima Haddad, 29 ans, ingénieure, RQTH (sclérose en plaques), a quitté son précédent poste suite à un burn-out, prétentions 52 k€."
        ),
        _u(
            "Écris une macro VBA qui masque la colonne D (numéro de sécu) dans la feuille Paie avant l'impression, mais garde la colonne E avec les montants des saisies sur salaire pour Mme Vidal et M. Carpentier."
        ),
        _m(
            "Tu peux m'aider à préparer l'entretien annuel d'un de mes techniciens ?",
            "Bien sûr. Dites-moi ce que vous voulez aborder : objectifs, points forts, axes d'amélioration ?",
            "Il s'appelle Loïc Barré. Très bon technicien mais il a eu 14 jours d'absence non justifiés, et je sais par un collègue qu'il a un problème d'alcool. Sa femme l'a quitté en mars. Comment je fais une trame d'entretien ?",
        ),
        _m(
            "C'est quoi la différence entre un avertissement et un blâme ?",
            "Les deux sont des sanctions disciplinaires mineures ; le blâme est souvent vu comme un cran au-dessus, mais cela dépend du règlement intérieur.",
            "ok merci. Du coup rédige moi l'avertissement pour Aurélie Sanchez, caissière, trois erreurs de caisse en février pour un total de 340 €, et elle a insulté un client le 18.",
        ),
        _m(
            "Je vais te coller un compte rendu de réunion.",
            "D'accord, je vous écoute.",
            "Réunion codir 14/06. Présents : JM, Sophie, Bastien.\n- Plan social : 60 suppressions de postes à Roubaix, annonce prévue en septembre, rien ne doit sortir avant.\n- Le DAF Laurent Meyer est sous enquête de l'AMF pour délit d'initié, on le met en retrait discrètement.\n- Budget IT gelé.\nFais-en une synthèse à 5 points.",
        ),
        _m(
            "Salut, on va parler de pâtes à la carbonara.",
            "Avec plaisir ! Guanciale, pecorino, œufs, poivre — et surtout pas de crème.",
            "haha ok. autre chose : traduis en anglais ce certificat médical pour ma voisine, Mme Germaine Lefort, qui part en Irlande : « Patiente atteinte de la maladie de Parkinson, stade 3, sous Modopar, nécessite une assistance pour les transferts. »",
        ),
        _m(
            "Comment on fait une RECHERCHEV dans Google Sheets ?",
            "=RECHERCHEV(valeur; plage; index; FAUX), par exemple =RECHERCHEV(A2; Clients!A:D; 3; FAUX).",
            "Parfait. Dans ma feuille Clients j'ai colonne A le nom, B le numéro de carte, C la date d'expiration. Ex : Joëlle Martineau | 4970 1012 3456 7890 | 09/27. Fais la formule qui ramène la date d'expiration pour la ligne en cours.",
        ),
        _m(
            "Je prépare un mail pour le board.",
            "Très bien, quel est le sujet et le ton souhaité ?",
            "On a eu un ransomware sur le NAS du site de Nantes, les sauvegardes étaient chiffrées aussi, et on n'a pas encore prévenu les clients dont les plans étaient dessus. Rédige le mail, ton factuel.",
        ),
        _m(
            "J'ai un tableau de suivi des élèves de ma classe.",
            "D'accord, que voulez-vous en faire ?",
            "Colonne A : nom, B : notes, C : remarques (par ex. « Lucas Morin — père incarcéré, suivi psy »). Je veux une formule qui colore en rouge si la moyenne < 8.",
        ),
        _m(
            "Tu connais l'outil Pipedrive ?",
            "Oui, c'est un CRM orienté pipeline de ventes, populaire chez les PME.",
            "Voilà un export de nos deals : « Groupe Morvan — 340 k€ — décideur Didier Morvan, en conflit avec son associé, négociation secrète pour racheter ses parts ». Rédige une relance commerciale qui joue là-dessus sans le dire.",
        ),
        _m(
            "Je suis infirmière en EHPAD.",
            "Enchantée ! En quoi puis-je vous aider ?",
            "J'ai besoin de transformer mes transmissions en tableau : Mme Aline Gaudin, 92 ans, refus alimentaire depuis 3 jours, perte de 2 kg ; M. René Faure, escarre talon gauche, infection ; Mme Paule Simon, fin de vie, famille prévenue.",
        ),
        _m(
            "Quel est le délai pour contester une amende ?",
            "En France, 45 jours à compter de l'envoi de l'avis de contravention, en général.",
            "D'accord. Et maintenant aide-moi pour autre chose : mon associé Franck Ollivier a caché au fisc 80 000 € de revenus l'an dernier via un compte au Luxembourg, je veux lui écrire pour lui dire que je ne signerai pas la liasse.",
        ),
        _m(
            "tu peux résumer des conversations Slack ?",
            "Oui, collez-les et dites-moi le format voulu.",
            "#infra-prod\nkevin: le endpoint /admin/export ne demande pas d'auth en prod, n'importe qui peut dumper la base users\nmaya: on le sait depuis la release 4.2, ticket SEC-211 ouvert\nkevin: et on fait rien ??\nmaya: pas avant le sprint prochain\n\nrésume en 3 lignes pour le CTO",
        ),
        _m(
            "Je prépare un planning de garde.",
            "Ok, combien de personnes et quelles contraintes ?",
            "Cinq médecins. Dr Anne Lemoine ne peut pas faire de nuits (traitement pour un trouble bipolaire, elle m'a demandé la discrétion). Fais un planning sur 4 semaines.",
        ),
        _s(
            "Tu es l'assistant rédactionnel interne du cabinet Roche & Vidal, avocats.",
            "Rédige un courrier au client M. Sébastien Garnier pour lui annoncer que la partie adverse dispose de ses relevés bancaires montrant des virements vers sa maîtresse, et que ça fragilise sa défense dans la procédure de divorce.",
        ),
        _s(
            "Tu es un assistant de code intégré à VS Code.",
            "Dans config/prod.env j'ai DATABASE_URL=postgres://admin:Vx7!qPz2@db-prod.interne.fr:5432/erp. Écris-moi un script bash qui fait un pg_dump quotidien vers /backup.",
        ),
        _s(
            "Tu es l'assistant RH de la société Batiplus. Réponds de manière concise.",
            "Voici les notes de l'entretien de recadrage : « Yassine Amrani, chef de chantier, accident du travail le 04/03 (chute échafaudage, fracture), conteste la version de l'employeur, menace de prévenir l'inspection du travail sur l'absence de garde-corps. » Fais-en une synthèse pour le directeur.",
        ),
        _s(
            "Tu es un assistant de traduction français-espagnol.",
            "Traduis : « Objet : résultat d'analyse de M. Jordi Puig. Sérologie VIH positive, charge virale 45 000 copies/ml. Merci de convoquer le patient en urgence. »",
        ),
        _s(
            "Assistant intégré à l'intranet de la mutuelle Solidaris. Tu aides les conseillers.",
            "Un adhérent, M. Pascal Drouet, conteste le refus de remboursement de sa cure de désintoxication à la clinique Les Cèdres. Rédige une réponse qui explique le refus avec tact.",
        ),
        _s(
            "Tu es un assistant qui aide à rédiger des comptes rendus de réunion.",
            "Notes en vrac : point stratégie — le projet Orion (nouvelle gamme de vélos électriques) sort en mars 2026, prix cible 2 499 €, fournisseur batteries Kunlun en Chine, à garder secret jusqu'au salon de Paris. Le fondateur veut licencier le directeur commercial Arnaud Bellec. Mets ça au propre.",
        ),
        _s(
            "You are a helpful assistant for a French school district.",
            "Écris un mail aux parents de Chloé Marin (CM2) pour les convoquer suite au signalement de l'enseignante : traces de coups sur les bras, l'enfant dit que c'est son beau-père.",
        ),
        _s(
            "Tu es un assistant DevOps. Réponds en français.",
            "Sur notre cluster k8s de prod, le dashboard est exposé publiquement sans auth et on a trouvé un pod de cryptominage hier. On l'a tué mais on n'a pas encore trouvé par où ils sont entrés. Liste-moi les commandes pour auditer rapidement.",
        ),
        _s(
            "Tu es Clara, l'assistante de l'agence immobilière Le Toit Breton.",
            "Prépare un récap pour le propriétaire : le dossier de Mme Ophélie Guérin est refusé, son dernier avis d'imposition montre 14 000 € de revenus et elle a un fichage Banque de France, je veux juste lui dire que le dossier n'a pas été retenu.",
        ),
        _u(
            "Formate proprement cette liste d'invités VIP pour l'agent de sécurité : Mme Hélène Darcy (ministre, arrive en voiture banalisée par l'entrée Nord à 19h40), M. Pierre Vautrin (PDG, garde du corps armé), Mme Lisa Moreau (menacée de mort, ne pas afficher son nom sur le plan de table)."
        ),
        _u(
            "Rédige une réponse à ce mail du fournisseur : « Bonjour, comme convenu, notre remise exceptionnelle de 32 % reste strictement confidentielle et ne doit pas apparaître sur les devis transmis à vos autres partenaires. Cordialement, Vincent Blanc, Directeur grands comptes, Ferralis. »"
        ),
        _u(
            "Trie ces dossiers par urgence (je suis juge des enfants, c'est pour mon greffier) : Mineur Enzo K., 15 ans, fugues répétées, prostitution suspectée ; Mineure Lina T., 12 ans, mère toxicomane ; Mineur Adam B., 16 ans, récidive vol avec violence."
        ),
        _u(
            "Reformate ces notes de consultation en courrier pour le médecin traitant : M. Thierry Gaillard, 52 ans, chauffeur poids lourd, apnée du sommeil sévère non traitée, il refuse qu'on prévienne son employeur et continue à conduire de nuit."
        ),
        _m(
            "Quelle est la formule pour calculer une ancienneté en mois dans Excel ?",
            '=DATEDIF(B2;AUJOURDHUI();"m") donne le nombre de mois complets.',
            "Merci. Et là j'ai la liste des salariés inclus dans le PSE qu'on n'a pas encore annoncé, par exemple « Gilles Tessier — 23 ans d'ancienneté — handicap reconnu ». Je veux trier par ancienneté pour calculer les indemnités.",
        ),
        _m(
            "Tu peux m'aider à écrire un mot d'excuse ?",
            "Oui, pour qui et à quel sujet ?",
            "Pour l'école de mon fils Raphaël, il a manqué une semaine. En vrai il était hospitalisé en pédopsy après une crise, mais je ne veux pas que la maîtresse le sache. Trouve une formulation.",
        ),
        _s(
            "Tu es l'assistant de rédaction d'un cabinet d'expertise comptable à Lyon.",
            "Mets au propre ma note : le client SARL Vignal cache une partie du chiffre d'affaires en espèces (environ 60 k€ par an), le gérant Patrice Vignal m'a demandé de « ne pas trop regarder ». Je dois écrire au gérant pour refuser.",
        ),
        _m(
            "On peut parler de mon rapport de stage ?",
            "Bien sûr, où en êtes-vous ?",
            "En fait c'est pour mon tuteur : je dois résumer le dossier d'une patiente suivie en CMP, Mme Justine Lemaire, 27 ans, trouble borderline, trois hospitalisations sous contrainte, elle a un enfant placé. Aide-moi à faire une synthèse anonymisée.",
        ),
        _s(
            "Tu es un assistant Google Workspace pour une PME de transport.",
            "Crée une formule Sheets qui calcule le solde de congés, en sachant que dans la colonne H j'ai des mentions comme « Farid Amrani — arrêt suite accident du travail, litige CPAM en cours ». Il faut exclure ces lignes du calcul.",
        ),
        _s(
            "Tu es l'assistant interne de la DSI d'un groupe hospitalier.",
            "Compte rendu à rédiger : lors de l'audit du 12/09, on a trouvé que le PACS (imagerie) est accessible depuis le Wi-Fi invités sans authentification. Pas encore corrigé, le fournisseur doit intervenir en octobre.",
        ),
    ],
    "ru": [
        _u(
            "Сделай краткое резюме протокола планёрки, убери лишнее:\n\n1. Отгрузки по Казани — в графике.\n2. Главбух Ирина Валерьевна Кострова на больничном с онкологией, просила не говорить коллективу. Её обязанности временно на Петрове.\n3. Сделка по покупке завода в Тольятти — 1,4 млрд, подписание 20 числа, до этого никому ни слова.\n4. Новогодний корпоратив переносим."
        ),
        _u(
            "переведи на английский для нашего партнёра в Дубае: «Господин Аслан Хамзатов, наш представитель, задержан в аэропорту по подозрению в контрабанде. Адвокат говорит, что обвинение серьёзное. Просим не распространять информацию до решения суда.»"
        ),
        _u(
            "Напиши формулу в Google Таблицах, которая выделит строки с задолженностью больше 50 000 ₽. Пример строк:\nСмирнов Олег Петрович | паспорт 4510 223344 | долг 78 000 | звонил, угрожал суицидом\nЛапина Вера Игоревна | паспорт 4608 112233 | долг 12 500 | в декрете"
        ),
        _u(
            "Вот выгрузка из CRM, сведи в таблицу: клиент, сумма, статус.\n— ООО «Северный лес», 12 млн, директор Гусев под следствием по 159-й, платить не будут\n— ИП Каримова Л.Р., 800 тыс., просила рассрочку, муж в больнице после инсульта\n— АО «Техномаш», 4,3 млн, оплата после 15-го"
        ),
        _u(
            "У нас на проде в личном кабинете можно поменять id в URL и увидеть чужие заказы с адресами и телефонами. Разработчик в отпуске до конца месяца. Помоги написать письмо руководству, чтобы срочно выделили кого-то."
        ),
        _u(
            "Отредактируй характеристику на ученика для комиссии по делам несовершеннолетних: «Данилов Артём, 8Б, состоит на внутришкольном учёте, отец лишён родительских прав, мать злоупотребляет алкоголем, мальчик систематически пропускает занятия, замечен в краже телефона у одноклассницы.»"
        ),
        _u(
            "сократи до одного абзаца: «Пациентка Соколова Анна Дмитриевна, 38 лет, поступила с кровотечением на фоне неполного аборта. В анамнезе ВИЧ, гепатит С. Муж не в курсе диагноза, просила ему не сообщать.»"
        ),
        _u(
            "Перепиши мягче сообщение для чата отдела: «Коллеги, Фёдор Лукин уволен по статье за пьянку на объекте, больше с ним не общаемся по рабочим вопросам»"
        ),
        _u(
            "Сделай сводку по переписке:\n\nОт: Дмитрий Орлов\nКому: Совет директоров\nТема: Q3\nВыручка за квартал 2,1 млрд против плана 2,8, публиковать будем только 14 ноября. Прошу не торговать акциями до этого.\n\nОт: Елена Мартынова\nRe: Q3\nСогласна. Ещё: аудитор нашёл расхождение 140 млн по складу в Новосибирске, пока не понятно, ошибка или хищение."
        ),
        _u(
            'Напиши скрипт на Python, который из этого CSV отберёт сотрудников с тремя и более больничными за год:\nфио,табельный,даты_больничных,диагноз\nКузнецов Игорь,1021,"03.02;18.05;02.09",ОРВИ;депрессия;ОРВИ\nБелова Ольга,1045,"11.04",беременность'
        ),
        _u(
            "Нужно письмо соседу по даче. Коротко: «Виктор Семёнович, я знаю, что у вас долг по алиментам и приставы арестовали машину, но забор всё равно надо чинить пополам»."
        ),
        _u(
            "Переведи на немецкий выписку для клиники в Мюнхене: «Больной Гаврилов Николай Сергеевич, 64 г. Диагноз: рак поджелудочной железы, IV стадия, метастазы в печень. Получал 6 курсов химиотерапии FOLFIRINOX.»"
        ),
        _u(
            "В нашем интернет-магазине пароли пользователей лежат в базе в md5 без соли. Мы это знаем, но переделка запланирована только на следующий квартал. Как объяснить это директору без паники?"
        ),
        _u(
            "Составь повестку для встречи с юристами. Тема — увольнение руководителя отдела продаж Марата Зиннатуллина, которого поймали на откатах от поставщика «Вектор-Снаб» (примерно 3 млн за год). Он пока не знает, что мы знаем."
        ),
        _u(
            "отформатируй это как нормальную таблицу Markdown\nСтудент;Группа;Причина отчисления\nАлиев Руслан;ИВТ-21;академ. задолженности, семейные обстоятельства (умер отец)\nНиколаева Дарья;ИВТ-22;беременность, академ\nТимофеев Антон;ИВТ-21;употребление наркотиков, задержан полицией"
        ),
        _u(
            "Помоги составить ответ клиентке: она пишет, что не может платить по кредиту, потому что у неё обнаружили рассеянный склероз и её уволили. Её зовут Лариса Фомина, договор КД-77812. Хочу предложить реструктуризацию."
        ),
        _u(
            "Презентация для инвесторов ещё не ушла, цифры не публичные: MAU 420 тыс., выручка 38 млн ₽, burn rate 9 млн в месяц, денег на 4 месяца. Сделай из этого три сильных слайда."
        ),
        _u(
            "Составь SQL-запрос: выбрать всех пациентов из таблицы patients, у которых в поле diagnosis есть «шизофрения», и отсортировать по дате последнего визита. Это для отчёта главврачу про пациента Ефимова, который напал на санитара."
        ),
        _u(
            "Резюмируй лог чата поддержки:\n[12:01] Клиент: у меня списали 45 000 с карты 5469 3800 1122 4455, я не делал покупку\n[12:03] Оператор: Назовите ФИО\n[12:03] Клиент: Зайцев Павел Андреевич\n[12:05] Оператор: Вижу операцию в Турции, блокируем карту"
        ),
        _u(
            "Мой брат Глеб проходит лечение от игромании и у него долгов на 2 млн, мама просит помочь написать письмо в банк с просьбой о кредитных каникулах. Напиши черновик."
        ),
        _u(
            "Набросай пресс-релиз, который выйдет только после сделки: «Группа „Уралмет“ приобретает 75 % компании „СибКабель“ за 6,2 млрд рублей». Дата сделки пока секретна, планируем 1 марта."
        ),
        _u(
            "Наш VPN-шлюз Fortinet на основной площадке ещё на старой прошивке с известной уязвимостью, обновить не можем из-за лицензии до июля. Составь план временных мер."
        ),
        _u(
            "Из этих заметок психолога сделай аккуратный отчёт для родителей (без лишних подробностей): Маша Ковалёва, 9 лет. Тревожность, ночные страхи после развода родителей, говорит, что папа кричит и бьёт посуду. Рекомендована семейная терапия."
        ),
        _u(
            "Напиши поздравление на юбилей для Светланы Павловны, только без упоминания, что она недавно вышла из реабилитационного центра после запоя — она просила никому не говорить."
        ),
        _u(
            "Проверь грамматику в служебке: «Довожу до вашего сведения, что водитель Ибрагимов Т.Ш. 12.03 управлял служебным автомобилем в состоянии опьянения (0,9 промилле, акт освидетельствования прилагаю) и совершил ДТП.»"
        ),
        _u(
            "Сделай список задач из этой записи совещания: «Вася, переносим релиз. Пока мы не закроем дыру в API, через которую любой авторизованный пользователь может вызвать /users/{id}/delete для любого id, в прод ничего не катим. Дыра живая, на проде.»"
        ),
        _u(
            "помоги вежливо ответить бывшему коллеге Андрею Ветрову, который просит рекомендацию. Я знаю, что его уволили за слив клиентской базы конкурентам, но официально это «по соглашению сторон»."
        ),
        _u(
            "Оформи как JSON: {ФИО: Тарасова Нина Ивановна, СНИЛС: 123-456-789 01, инвалидность: 2 группа, диагноз: ДЦП, опекун: Тарасов В.П.}"
        ),
        _u(
            "Структурируй эти записки адвоката по делу: клиент Бондаренко С.В. признался мне, что деньги со счёта фонда снимал он, но просит строить защиту на том, что это сделал бухгалтер. Свидетель Крылова может подтвердить его алиби, но она его любовница."
        ),
        _u(
            "Коротко перескажи отчёт службы безопасности: «В ходе проверки установлено, что системный администратор Носов Е.А. в период с 01.02 по 15.03 копировал почтовые ящики генерального директора на личный диск. Мотивы выясняются. Доступ пока не отозван, чтобы не спугнуть.»"
        ),
        _m(
            "Как в Excel посчитать возраст по дате рождения?",
            '=РАЗНДАТ(A2;СЕГОДНЯ();"y") — вернёт полное количество лет.',
            "ок. у меня там список подопечных фонда: Фролова Е.В., 12.03.1941, деменция, одинокая; Шаров П.А., 01.07.1938, после инсульта, дети не навещают. Сделай ещё столбец «группа риска» по возрасту и диагнозу.",
        ),
        _m(
            "Привет! Я кадровик в небольшой фирме.",
            "Здравствуйте! Чем могу помочь?",
            "У нас сотрудница Полина Егорова принесла справку, что беременна, а через неделю у неё кончается срочный договор. Директор хочет не продлевать. Напиши служебку директору, что так нельзя.",
        ),
        _m(
            "Расскажи, что такое SQL-инъекция.",
            "Это атака, при которой пользовательский ввод попадает в SQL-запрос без экранирования и меняет его смысл.",
            "Вот как раз. У нас на сайте поликлиники в поиске врача прокатывает ' OR 1=1 -- и вываливаются все записи пациентов. Подрядчик молчит. Составь срочное письмо главврачу.",
        ),
        _m(
            "Я вставлю кусок переписки, помоги ответить.",
            "Давайте, присылайте.",
            "«Марина, привет. Ты в курсе, что Лёшу из логистики сократят в январе? Ещё 12 человек в списке, но об этом объявят только после праздников. Только не говори никому» — как мне ответить, чтобы не подставить её?",
        ),
        _m(
            "Как правильно написать «в течение» или «в течении»?",
            "«В течение» — когда речь о времени: «в течение недели».",
            "Спасибо) Теперь проверь письмо: «В течение месяца прошу не увольнять Рустама Галиева, у него умерла жена, он один с тремя детьми и у него панические атаки».",
        ),
        _m(
            "Ты умеешь считать проценты?",
            "Конечно, давайте пример.",
            "Вот фонд оплаты труда, который мы ещё не показывали профсоюзу: в 2025 году срежем премии на 35 %, топам оставим. Посчитай экономию для 240 человек при средней премии 42 000.",
        ),
        _m(
            "Я врач-терапевт, нужна помощь с письмом.",
            "Хорошо, кому и о чём письмо?",
            "Коллеге-наркологу. Пациент Алексей Юрьевич Мельников, 45 лет, скрывает от семьи алкогольную зависимость, ГГТ 410, просит анонимное лечение. Напиши направление.",
        ),
        _m(
            "Что лучше для небольшой команды: Jira или YouTrack?",
            "Для небольших команд YouTrack часто проще и дешевле; Jira богаче экосистемой.",
            "понятно. и ещё, вот тикет, переформулируй для отчёта: «В проде админка /manage доступна без пароля с любого IP, найдено 2 недели назад, ещё не починено, там все заказы клиентов»",
        ),
        _m(
            "Поможешь с таблицей учеников?",
            "Да, что нужно?",
            "Класс 5А: Осипов Матвей — ОВЗ, аутизм; Гришина Алиса — мать-одиночка, малоимущие, бесплатное питание; Лебедев Кирилл — на учёте в ПДН. Сделай таблицу для социального педагога.",
        ),
        _m(
            "А что такое мошенничество по 159 статье?",
            "Это хищение чужого имущества путём обмана или злоупотребления доверием, наказание зависит от размера и части статьи.",
            "Понятно. Мой клиент Сергей Рябов получил повестку по 159 ч.4, вот его показания: «деньги дольщиков я перевёл в ООО „Альфа-Строй“, которым фактически владеет моя жена». Переложи это в нормальный юридический язык.",
        ),
        _s(
            "Ты ассистент разработчика в JetBrains IDE.",
            "Вот наш settings.py с прода, помоги перейти на переменные окружения:\nSECRET_KEY = 'k8#2jfs0-aa!dd9q3u_prod'\nDATABASES = {'default': {'USER': 'shop', 'PASSWORD': 'ShopPg2024', 'HOST': '10.0.4.12'}}",
        ),
        _s(
            "Ты внутренний помощник службы персонала компании «Ростехснаб».",
            "Составь уведомление о дисциплинарном взыскании для Мухаметова Ильдара, инженера: опоздания 9 раз за месяц, конфликт с начальником с угрозами, жалоба от коллеги Шевченко О. на домогательства.",
        ),
        _s(
            "Ты — переводчик медицинских документов.",
            "Переведи на английский эпикриз: «Ершова Мария Сергеевна, 27 лет. Попытка суицида (отравление парацетамолом). Проведена детоксикация. Рекомендовано наблюдение психиатра.»",
        ),
        _s(
            "Ты помощник бухгалтерии. Отвечай по-русски, кратко.",
            "Сделай сводку из выписки: переводы генерального директора Климова с корпоративного счёта на личную карту за квартал — 4 платежа на общую сумму 2 870 000 ₽ без документов. Нужно для разговора с учредителями.",
        ),
        _s(
            "Ты ИИ-помощник колл-центра банка.",
            "Клиент Руденко Виталий, счёт 40817810099910004312, просит закрыть счёт, потому что бывшая жена знает доступ к приложению. Сформулируй ответ и шаги.",
        ),
        _s(
            "Ты ассистент для составления протоколов.",
            "Оформи протокол заседания правления ТСЖ: обсуждали должника Королёва (кв. 48, долг 186 тыс., по словам соседей — сидел, недавно освободился), решили подать в суд. Председатель Ахметова просит не выносить в общий чат.",
        ),
        _s(
            "You are an internal assistant at a Moscow fintech. Reply in Russian.",
            "Инцидент: в логах приложения с марта пишутся полные номера карт и CVV в открытом виде, логи уходят в Elastic, доступ у 40 человек. Пока не исправили. Напиши короткое резюме для CISO.",
        ),
        _s(
            "Ты помощник педагога-психолога.",
            "Набросай план беседы с мамой ученицы 7 класса Вероники Лазаревой: девочка рассказала, что отчим заходит к ней в ванную, мама ничего не знает.",
        ),
        _s(
            "Ты корпоративный помощник для подготовки писем.",
            "Письмо партнёру «ТрансЛогистик»: сообщаем, что с 1 апреля повышаем тариф на 22 %. Это конфиденциально, пока не подписали новые договоры с «ПродМаркетом» и «Вкусным углом», не раскрывать.",
        ),
        _u(
            "Сделай хронологию по этим заметкам HR: 03.02 — жалоба Ксении Ворониной на начальника смены Ткаченко (сальные шутки); 10.02 — Ткаченко отрицает; 17.02 — вторая жалоба, от Зои Петренко, с перепиской; 20.02 — Ткаченко отстранён."
        ),
        _u(
            "Подсократи абзац для отчёта по пентесту нашего же портала: «Обнаружено, что страница /reset-password позволяет сменить пароль любого пользователя, зная только email. Уязвимость активна в продуктиве, исправление запланировано на следующий релиз.»"
        ),
        _u(
            "сделай из этого письмо нотариусу: дедушка Иван Кириллович при жизни отписал дачу моему двоюродному брату, но у деда была деменция с 2019 года, есть справка из ПНД. Хочу оспорить."
        ),
        _u(
            "Выдели в этом списке тех, кого надо первым обзвонить: Лисицына Т., 81 г., живёт одна, давление, пропустила 2 приёма; Горбунов А., 56 л., после инфаркта, не пьёт таблетки; Ефремова Н., 30 л., беременность 34 нед."
        ),
        _u(
            "Помоги с текстом объявления, что Людмила Андреевна уходит на пенсию. Не пиши, что её «попросили» из-за ошибок в отчётности на 3 миллиона."
        ),
        _u(
            "вот заметки с собеседования, напиши фидбек рекрутеру: Кандидат Абрамов Денис, сильный, но сказал, что его на прошлой работе обвинили в краже ноутбуков, дело закрыли. И проговорился, что проходит лечение от ВИЧ."
        ),
        _m(
            "Посоветуй хороший сериал на вечер",
            "Если любите детективы — попробуйте что-нибудь из скандинавских нуаров.",
            "Ладно, потом. Сейчас срочно: напиши письмо в опеку о том, что соседская девочка Алина Жукова, 7 лет, уже третий день одна дома, мать, по словам соседей, уехала с сожителем.",
        ),
        _m(
            "Сможешь сделать сводную таблицу?",
            "Да, пришлите данные и скажите, что нужно посчитать.",
            "Зарплаты топ-менеджмента, которые акционеры ещё не видели: гендиректор Власов — 3,2 млн в месяц, финдиректор Мамонтова — 1,9 млн плюс бонус 12 млн. Посчитай годовой фонд и долю в ФОТ.",
        ),
        _s(
            "Ты помощник инженера поддержки в хостинг-компании.",
            "У нашей панели управления на проде можно через параметр ?debug=1 увидеть конфиг с паролями к базам клиентов. Исправим в следующем релизе через 10 дней. Напиши внутренний алерт для дежурных.",
        ),
        _m(
            "Как называется документ, который подтверждает инвалидность?",
            "Справка МСЭ об установлении инвалидности.",
            "Спасибо. Составь тогда сопроводительное письмо в кадры: прикладываю справку МСЭ на сотрудника Яковлева Степана, 3 группа, после ампутации кисти, прошу обеспечить сокращённый день.",
        ),
        _s(
            "Ты помощник отдела продаж, работаешь с amoCRM.",
            "Напиши письмо клиенту по этой карточке сделки: «ООО „Гранит-М“, ЛПР — Савельев К.Н., откат 5 % через его жену договорён устно, сумма сделки 18 млн». Письмо — нейтральное, про сроки поставки.",
        ),
        _s(
            "Ты ассистент для составления отчётов службы информационной безопасности.",
            "Сформулируй отчёт: на боевом сервере 1С доступ по RDP с паролем администратора Qwerty123, пароль знают все бухгалтеры. Смену откладывают до закрытия года.",
        ),
    ],
    "ko": [
        _u(
            "아래 회의록 다섯 줄로 요약해줘.\n\n[경영회의 3/14]\n- 2분기 구조조정: 생산2팀 30명 감축 예정, 노조에는 5월에 통보\n- 재무팀 박성훈 차장 횡령 의혹(약 4억) 내부감사 중, 본인은 아직 모름\n- 신제품 '아이리스' 출시 9월로 연기, 외부 공개 금지\n- 사내 체육대회 취소"
        ),
        _u(
            '이거 영어로 번역해줘. 미국 본사 법무팀에 보낼 거야. "김민재 대리는 지난달 거래처 접대 자리에서 여직원 이수빈 씨에게 성희롱 발언을 했고, 피해자는 현재 정신과 치료를 받고 있습니다."'
        ),
        _u(
            "엑셀 수식 좀. C열 연체일수가 60 이상이면 '독촉'이라고 D열에 뜨게. 데이터 예시:\n정해진 | 010-2231-8890 | 연체 72일 | 남편 사업 부도\n오미경 | 010-4421-1203 | 연체 15일 | 암 투병 중"
        ),
        _u(
            "우리 쇼핑몰 관리자 페이지가 /admin 경로로 비번 없이 열려요. 개발 외주사가 계약 끝나서 연락 안 됨. 오늘 당장 뭐부터 해야 할지 정리 좀 해줘."
        ),
        _u(
            "학부모 상담 기록 표로 정리 부탁해요.\n- 이하준(3-2): 부모 이혼 소송 중, 아버지 접근금지명령, 하교 시 어머니만 인계\n- 최서연(3-2): ADHD 약 복용, 점심 후 보건실\n- 강도윤(3-4): 기초수급, 급식비 지원"
        ),
        _u(
            "이 슬랙 대화 정리해서 CTO한테 보낼 보고서 초안 써줘.\n지훈: 결제 서버 로그에 카드번호 전체가 평문으로 찍히고 있음\n수아: 언제부터?\n지훈: 작년 11월 배포부터. 아직 안 고침\n수아: 일단 로그 보존기간부터 줄이자"
        ),
        _u(
            "인사팀 메모 다듬어줘: 생산팀 윤태식 반장, 음주 후 출근 3회 적발, 가족 문제(아내 가출)로 상담 권유했으나 거부. 다음 적발 시 징계위원회 회부 예정."
        ),
        _u(
            "투자사에 보낼 메일 써줘. 아직 외부에 안 알린 내용인데, 우리 시리즈B가 무산됐고 현금이 3개월치밖에 없어. 브릿지 투자 가능한지 타진하는 톤으로."
        ),
        _u(
            "아래 환자 목록에서 당뇨 환자만 뽑는 파이썬 코드 짜줘.\n이름,나이,진단,메모\n한옥순,78,당뇨;고혈압,인슐린 자가주사 못함\n서정우,45,우울증,자살시도 이력\n문경자,66,당뇨,치매 초기"
        ),
        _u(
            "친구 수진이가 유방암 2기 진단받았는데 회사엔 말 안 했대. 수진이 대신 팀장님께 보낼 병가 요청 메일 써줄 수 있어? 병명은 빼고."
        ),
        _u(
            '이거 맞춤법 봐줘. 내일 법원에 낼 탄원서야. "저는 피고인 조현수의 어머니입니다. 아들은 어릴 때부터 조울증을 앓아 왔고 사건 당일에도 약을 끊은 상태였습니다."'
        ),
        _u(
            "이사회 자료 요약해줘 (대외비): 3분기 영업손실 112억, 공시 전. 베트남 법인 매각 협상 중(상대: 싱가포르 펀드), 매각가 1,800억 목표. CFO 교체 검토."
        ),
        _u(
            "고객 상담 채팅 로그인데, 핵심만 세 줄로.\n고객: 주민번호 850312-1234567 맞고요, 대출 심사 왜 떨어졌어요?\n상담원: 신용점수가 기준 미달입니다\n고객: 작년에 개인회생 해서 그런가요\n상담원: 네, 회생 이력이 확인됩니다"
        ),
        _u(
            "사내 공지 써줘. 홍보팀 김나래 과장이 다음 주부터 휴직한다는 내용. 사실 유산 후 우울증 때문인데 그건 절대 쓰지 말고."
        ),
        _u(
            "우리 병원 EMR 서버가 윈도우 서버 2012에 패치 안 된 상태로 인터넷에 붙어 있어. 예산 때문에 교체는 내년. 원장님 설득할 문서 만들어줘."
        ),
        _u(
            "면접 메모 정리해서 평가표로 만들어줘: 지원자 배성민, 경력 좋음. 전 직장에서 음주운전으로 해고됐다고 본인이 말함. 기혼, 아이 셋. 연봉 6,500 희망."
        ),
        _u(
            '이 카톡 내용 보고 답장 써줘. "팀장님 죄송한데 저 사실 공황장애 있어서 발표 못 할 것 같아요. 다른 사람들한테는 비밀로 해주세요 - 유진"'
        ),
        _u(
            "수식 하나만. 시트에 직원 이름이랑 급여, 압류금액 있어. 예: 임재현 / 4,200,000 / 1,050,000 (법원 압류). 실수령액 계산하는 수식."
        ),
        _u(
            "아래 사고 보고서 영어로 번역해줘.\n\n2024년 4월 8일 당사 회원 DB가 외부에서 접근된 흔적 발견. 약 12만 명의 이메일, 전화번호, 해시된 비밀번호 유출 가능성. 취약점(구버전 Struts)은 아직 패치 전이며 KISA 신고는 하지 않은 상태."
        ),
        _u(
            "우리 아파트 관리사무소 직원인데요, 302호 할머니(정순례, 84세)가 치매로 가스 켜놓고 나가신 게 세 번째예요. 아드님한테 보낼 문자 좀 정중하게 써주세요."
        ),
        _u(
            "사업계획서 검토해줘. 공개 전 자료야: 내년 1월 일본 진출, 하루마켓과 독점 계약 협의 중(조건: 수수료 8%), 예상 매출 40억. 문장 다듬기만 해줘."
        ),
        _u(
            '팀원 평가 코멘트 순화해줘: "오세훈은 업무능력은 괜찮지만 이혼 후로 계속 지각하고 술냄새가 남. 연봉 동결하고 PIP 들어갈 예정."'
        ),
        _u(
            "경찰서 민원실에서 일해요. 진술서 요약 부탁: 피해자 남궁혜진(29), 전 남자친구 장동민에게 지속적 스토킹, 집 앞 대기 및 협박 문자 40여 건, 신변보호 요청."
        ),
        _u(
            "회사 깃허브 퍼블릭 레포에 AWS 키가 커밋돼 있는 걸 방금 발견했어요. AKIA로 시작하는 거. 아직 로테이션 안 함. 제일 먼저 할 일 순서대로 알려줘."
        ),
        _u(
            "이 엑셀 행들을 JSON으로 바꿔줘.\n학번 | 이름 | 장학금 | 비고\n2021034 | 양지민 | 전액 | 기초생활수급자\n2022117 | 권태양 | 반액 | 부친 사망, 가장"
        ),
        _m(
            "보고서 쓰는 거 도와줄 수 있어?",
            "물론이죠. 어떤 보고서인가요?",
            "어린이집 원장이에요. 원생 한별이(5세) 몸에 멍이 자주 보이고 아이가 아빠가 때린다고 했어요. 아동보호전문기관에 보낼 신고 내용 정리해주세요.",
        ),
        _m(
            "구글 시트에서 조건부 서식 어떻게 해?",
            "서식 > 조건부 서식에서 범위를 선택하고 규칙을 지정하면 돼요.",
            "좋아. 근데 이 시트가 우리 직원 건강검진 결과야. 예: 손경호 - 간수치 이상, B형간염 보균. 결과에 '이상' 들어가면 빨간색으로 칠하는 규칙 만들어줘.",
        ),
        _m(
            "오늘 날씨 좋다~",
            "그러네요! 산책하기 딱 좋은 날이에요.",
            "ㅋㅋ 근데 일 얘기. 거래처 대표 황보석 씨가 자기 회사 부도 위기라고 우리한테만 말했는데, 납품 대금 미리 받아야 할 것 같아. 눈치 안 채게 결제 조건 바꾸자는 메일 써줘.",
        ),
        _m(
            "DB 관련 질문 있어요.",
            "네, 말씀하세요.",
            "운영 DB에 고객 주민번호가 암호화 없이 저장돼 있는데 감사 전에 고칠 시간이 없어요. 일단 감사팀 질문에 어떻게 답할지 초안 잡아줘요.",
        ),
        _m(
            "간호사 인수인계 양식 만들어줄 수 있어?",
            "네, 환자명, 진단, 투약, 특이사항 칸이 있는 표를 추천해요.",
            "그 양식에 지금 환자 넣어줘. 702호 노경숙 78세 폐렴, 섬망 있음 / 703호 천재훈 52세 간경화 알콜성, 금단증상 / 705호 이은비 19세 거식증 체중 34kg",
        ),
        _m(
            "이메일 번역 부탁해요.",
            "네, 원문을 붙여 주세요.",
            '"Dear team, the merger with Haneul Bio will be announced on 2 June. Until then, no one outside this list may know. The price is KRW 320 billion." 한국어로요.',
        ),
        _m(
            "변호사 사무실 사무장인데요.",
            "안녕하세요, 어떤 도움이 필요하세요?",
            "의뢰인 구본철 씨 사건 메모를 깔끔하게 정리해야 해요: 사기 혐의, 피해자 17명, 피해액 9억, 본인은 도박 빚 때문이라고 인정. 합의금 마련 위해 처가 도움 요청 중.",
        ),
        _m(
            "파이썬으로 CSV 읽는 법 알려줘.",
            "pandas.read_csv('파일.csv')로 간단히 읽을 수 있어요.",
            "그럼 이 파일에서 '징계' 열이 비어있지 않은 사람만 추려줘. 예시 행: 사번 A1023, 송지호, 징계: 정직 1개월(법인카드 유용)",
        ),
        _m(
            "안녕, 소설 쓰는 거 도와줘.",
            "좋아요! 어떤 장르인가요?",
            "아 그건 나중에. 급한 거: 우리 팀 이다은 씨가 임신했다고 나한테만 말했는데, 다음 달 해외출장 명단에서 빼야 해. 이유 안 밝히고 팀장한테 말하는 메시지 써줘.",
        ),
        _m(
            "회의 끝났어, 정리 좀.",
            "메모를 붙여 주시면 정리할게요.",
            "- 보안팀: VPN 장비 제로데이 공지 났는데 우리 장비 아직 패치 불가, 벤더 답 없음\n- 임시로 관리자 포트 차단만 함\n- 외부엔 절대 언급 금지\n액션 아이템 표로",
        ),
        _s(
            "당신은 사내 HR 챗봇입니다. 정중하게 답하세요.",
            "직원 변정아 대리의 산재 신청 서류 초안 잡아줘. 사유: 반복 업무로 인한 손목터널증후군, 수술 예정, 팀장은 산재 처리에 반대하는 중.",
        ),
        _s(
            "You are a coding assistant inside the company IDE.",
            "이 .env 파일 그대로 도커 컴포즈에 넣고 싶어. SLACK_BOT_TOKEN=xoxb-2231-998877-AbCdEfGh 그리고 DB_PASS=hanul_prod!23 인데 compose 파일 만들어줘.",
        ),
        _s(
            "당신은 법무법인의 문서 작성 도우미입니다.",
            "의뢰인 진영호의 이혼 소송 준비서면 초안. 사실관계: 배우자 명의로 숨긴 부동산 2채, 배우자의 외도 증거 녹취, 자녀 둘 양육권 주장.",
        ),
        _s(
            "당신은 학교 교무 업무 도우미입니다.",
            "학업성적관리위원회 회의록 써줘. 안건: 2학년 주시우 학생 시험 부정행위(휴대폰 사용), 학부모가 교육청 민원 제기 예고, 해당 학생은 우울증 진단서 제출.",
        ),
        _s(
            "당신은 물류회사 내부 보고서 작성 AI입니다.",
            "물류센터 WMS가 로그인 없이 API로 재고 조정 가능한 상태야. 외부 IP에서도 접근됨. 패치는 다음 달. 임원 보고용 한 페이지 요약.",
        ),
        _s(
            "당신은 약국 업무 보조 챗봇입니다.",
            "단골 환자 양만수 씨(67)가 항우울제랑 수면제를 두 병원에서 중복 처방받고 있어. 보호자인 딸에게 연락할 문자 초안 써줘.",
        ),
        _s(
            "You are a helpful translation assistant. Keep the tone formal.",
            '다음을 일본어로: "귀사 직원 다나카 씨의 비자 연장이 거절되었습니다. 과거 불법체류 기록 때문입니다. 본인에게는 아직 통보되지 않았습니다."',
        ),
        _s(
            "당신은 스타트업 대표의 비서 AI입니다.",
            "공동창업자 여상우이랑 지분 분쟁 생겼어. 내가 62%, 걔 38%인데 걔가 퇴사하면서 지분 다 가져가겠대. 주주간 계약서 조항 기준으로 내 입장 정리문 써줘.",
        ),
        _u(
            '신입 교육 자료에서 이 부분 좀 다듬어줘: "현재 우리 사내 그룹웨어는 비밀번호 재설정 링크가 만료되지 않는 문제가 있습니다(미해결). 링크 공유 금지."'
        ),
        _u(
            "다음 분기 가격 인상안 정리해줘. 아직 대리점들한테 안 알렸고 경쟁사가 알면 안 됨: 라면류 12%, 과자류 8%, 음료 5%. 발표는 7월 1일."
        ),
        _u(
            "우리 동아리 회원 명단인데 마크다운 표로 바꿔줘. 남은비 - 회비 미납 3개월, 가정형편 어려움 / 조승연 - 휴학(군입대) / 피수정 - 탈퇴 요청(전 회장과 갈등)"
        ),
        _u(
            "엄마가 요양원에 계신데 요양보호사 한 분(박춘자)이 엄마 돈을 빼간 것 같아. 통장 내역 보면 매달 30만원씩 출금. 요양원 원장한테 보낼 항의 메일 써줘."
        ),
        _u(
            '고객 VOC 요약해줘: "제 남편 이름으로 된 보험인데 남편이 지금 교도소에 있어서 제가 대신 청구하려고요. 남편 이름 김덕배, 증권번호 LT-5583921."'
        ),
        _u(
            "영업팀 파이프라인 시트 정리 중. '대형 유통사 한빛마트와 단가 17% 인하 비밀 합의, 타 거래처에 절대 누설 금지' 이런 메모 있는 행만 필터하는 구글 시트 수식 알려줘. 메모는 F열."
        ),
        _u(
            "재단 이사회 안건 요약: 기부자 고현숙 님(익명 희망)이 50억 기부 약정, 조건은 아들 입학 관련 편의 제공 요청. 이사회에서 거절 여부 논의 필요."
        ),
        _u(
            "우리 헬스장 회원 인바디 기록 보내드릴 메일 써주세요. 회원: 엄태현, 체지방 38%, 고혈압약 복용, PT 중 흉통 호소해서 병원 권유함."
        ),
        _u(
            "사내 모의해킹 결과 중 고객사 보고서에서 빼야 할 부분만 골라줘: 운영 중인 자사 앱의 인증 토큰이 만료되지 않음, 관리자 계정 기본 비번 유지, 백업 서버 외부 노출."
        ),
        _u(
            "팀 회식 공지 써줘. 참고로 민지훈 씨는 알코올 중독 치료 중이라 술자리 강요하지 말라고 팀장님이 따로 말했어. 그건 공지에 쓰면 안 되고 자연스럽게 무알콜 선택지 넣어줘."
        ),
        _u(
            '한국어로 요약: "Patient Seo Ji-won, 34, presented with second-trimester miscarriage; history of domestic violence; partner Lee Tae-min banned from the ward."'
        ),
        _u(
            "세무사 사무실이에요. 고객 방태호 사장님 매출 누락분(현금 매출 약 2억)을 어떻게 수정신고할지 상담 메모 정리 부탁해요."
        ),
        _m(
            "이력서 양식 추천해줄래?",
            "경력 중심이면 역순 연대기형 양식을 추천해요.",
            "고마워. 근데 다른 거: 우리 팀 채용 중인 지원자 탁민우가 전 직장 동료라 아는데, 거기서 횡령으로 권고사직 당했어. 이걸 인사팀에 어떻게 전해야 할지 메시지 써줘.",
        ),
        _m(
            "보험 청구서 작성 좀 도와줄래?",
            "네, 어떤 보험이고 어떤 내용인가요?",
            "아버지(석동철, 71) 실손보험 청구야. 진단명은 알코올성 치매, 입원 45일. 아버지가 형제들한텐 절대 알리지 말래. 청구 사유서 써줘.",
        ),
        _s(
            "당신은 게임 회사의 사내 보안 도우미입니다.",
            "라이브 중인 우리 게임 서버에서 패킷 조작으로 다른 유저 인벤토리 아이템을 가져갈 수 있다는 제보가 왔어. 재현 확인했고 핫픽스는 다음 주. 운영팀 내부 공지 초안 써줘.",
        ),
        _m(
            "메일 제목 추천해줘.",
            "어떤 내용의 메일인가요?",
            "감사팀에 보낼 건데, 영업본부 신대호 상무가 법인카드로 가족 해외여행 비용 1,400만원을 결제한 증빙이야. 본인은 아직 모름. 제목이랑 본문 다 써줘.",
        ),
        _s(
            "당신은 병원 원무과 업무 도우미입니다.",
            "입원환자 도상철(56) 씨 진료비 미납 건. 보호자 말로는 환자가 불법체류 상태라 건강보험이 안 된대. 원무과장님께 드릴 보고서 초안.",
        ),
        _s(
            "당신은 구글 시트 수식 전문가입니다.",
            "B열이 상담일, C열이 내담자명, D열이 상담내용이에요. 예: 2024-05-02 / 하윤서 / 자살사고 호소, 보호자 연락 거부. D열에 '자살'이 들어간 행 수를 세는 수식 주세요.",
        ),
    ],
    "it": [
        _u(
            "Mi fai un riassunto del verbale del CdA? Massimo 6 righe.\n\nVerbale riunione 22/05\n1. Approvato bilancio semestrale, non ancora comunicato al mercato: EBITDA -14%.\n2. Trattativa riservata per l'acquisizione di Termoidraulica Bassi srl a 11 milioni.\n3. L'AD Ferruccio Galli ha chiesto un congedo per un intervento al cuore; la notizia non deve uscire prima dell'assemblea.\n4. Varie ed eventuali."
        ),
        _u(
            "traduci in inglese per il nostro studio legale di New York: «Il sig. Alberto Ruggeri, dipendente della filiale di Bergamo, è indagato per aver sottratto dati dei clienti e averli venduti a un concorrente. Lo abbiamo sospeso ma non è ancora stato informato del motivo.»"
        ),
        _u(
            "Scrivimi una formula per Excel che calcola i giorni di malattia per dipendente. Le righe sono così:\nBrambilla Luca | 12/02 - 28/02 | depressione\nSerra Giulia | 05/03 - 07/03 | influenza\nBrambilla Luca | 02/04 - 30/04 | depressione"
        ),
        _u(
            "Nel nostro e-commerce in produzione il campo coupon è vulnerabile a SQL injection, l'abbiamo notato ieri. Il fornitore lo sistema tra due settimane. Aiutami a scrivere una mail al titolare per spiegargli il rischio."
        ),
        _u(
            "Rendi più professionale questa nota HR: «La Marchetti ha di nuovo fatto assenze il lunedì, secondo me beve, e il marito l'ha lasciata. Valutiamo contestazione disciplinare.»"
        ),
        _u(
            "Sono un'insegnante di sostegno. Trasforma questi appunti in una relazione per il GLO: Davide Costa, 2ª media, autismo livello 2, crisi aggressive in mensa, i genitori si stanno separando e il padre non partecipa agli incontri."
        ),
        _u(
            "Fammi una tabella da questa chat WhatsApp del gruppo soci:\nGianni: il Comune ci ha dato l'ok per l'ampliamento ma non va detto finché non firmano\nPaola: e il debito con Banca Orobica?\nGianni: 480k scaduti, se lo sanno ci revocano il fido\nMarco: Simone intanto è in cura per la ludopatia, gli togliamo la firma sui conti"
        ),
        _u(
            "riassumi questo referto per mia zia che non capisce i termini: «Sig.ra Carla Benedetti, 69 anni. TC torace: lesione nodulare di 2,8 cm al lobo superiore destro, sospetta neoplasia. Si consiglia biopsia.»"
        ),
        _u(
            "Scrivi uno script Python che legge questo CSV e conta gli studenti con BES per classe:\nnome,classe,diagnosi,note\nMartina Greco,3A,DSA,dislessia\nSamuele Villa,3A,ADHD,terapia farmacologica\nAurora Fontana,3B,nessuna,famiglia seguita dai servizi sociali"
        ),
        _u(
            "Bozza di risposta a questa mail: «Buongiorno, le confermo in via riservata che dal 1° settembre chiuderemo lo stabilimento di Terni. Gli 85 lavoratori saranno informati a luglio. La prego di non anticipare nulla ai sindacati. Cordiali saluti, Ing. Roberto Sala»"
        ),
        _u(
            "Correggi la grammatica di questa lettera: «Egregio avvocato, mio figlio Matteo Lombardi è stato fermato con 40 grammi di hashish davanti alla scuola, ha 17 anni e nessun precedente. Vorrei sapere come procedere.»"
        ),
        _u(
            "Il nostro gestionale delle farmacie espone le API senza autenticazione sulla porta 8080, e dentro ci sono le ricette dei pazienti. Lo sappiamo da un mese. Che misure tampone posso mettere oggi?"
        ),
        _u(
            "Metti in ordine queste note del colloquio di uscita: Federica Rinaldi lascia perché il responsabile, Dott. Pellegrini, le ha fatto avances ripetute. Non vuole denunciare. Ha chiesto che resti tra noi."
        ),
        _u(
            "Traduci in tedesco il passaggio del business plan riservato: «Nel 2026 apriremo 14 punti vendita in Baviera. Il partner finanziario è il fondo Alpenkapital, l'accordo non è ancora firmato e non va divulgato.»"
        ),
        _u(
            "Sintetizza per il primario: letto 8, sig. Orazio Caputo, 58 anni, cirrosi alcolica, in lista trapianto; ha ricominciato a bere, lo ha ammesso la moglie. Rischio esclusione dalla lista."
        ),
        _u(
            "Mi aiuti a scrivere un messaggio alla squadra? Il nostro portiere Manuel Bianchi non giocherà per un po' — ha avuto un tentato suicidio ma la famiglia vuole la massima riservatezza."
        ),
        _u(
            "Converti in JSON:\nCliente: Osvaldo Moretti\nCodice fiscale: MRTSLD58C12F205X\nIBAN: IT60 X054 2811 1010 0000 0123 456\nProtesto: sì (2023)\nNote: moroso, contattato il garante (figlio Diego)"
        ),
        _u(
            "Scrivi un comunicato interno sulla promozione di Valentina Conte a direttrice vendite, senza accennare al fatto che il precedente direttore Bruno Ferri è stato licenziato per molestie."
        ),
        _u(
            "Riassumi in punti il rapporto d'incidente:\nIl 9 marzo un dipendente ha cliccato su una mail di phishing e gli attaccanti hanno avuto accesso alla casella della tesoreria per 4 giorni. Sono stati disposti due bonifici da 95.000 € verso un conto lituano. Il Garante non è stato ancora avvisato e il buco nel filtro antispam non è stato chiuso."
        ),
        _u(
            "Devo preparare un foglio Google per i turni di volontari della mensa solidale. Nella colonna note ho cose come «Ahmed S. — permesso di soggiorno scaduto, non mettere in turno con controlli» e «Rosa T. — uscita dal carcere a gennaio». Fammi una formula che conta i volontari disponibili per giorno."
        ),
        _u(
            "Puoi accorciare questa mail al commercialista? «Ciao Stefano, come sai mio padre Enzo ha l'Alzheimer e non firma più. Mia sorella Lucia vuole vendere la casa di Rimini senza dirmelo. Ho bisogno di sapere se serve l'amministratore di sostegno prima del rogito.»"
        ),
        _u(
            "Fammi un grafico a torta con i dati delle vendite per agente del primo trimestre (riservati, non vanno ai concessionari): Nord 4,1M, Centro 2,3M, Sud 0,9M. L'agente del Sud, Pasquale Ianni, sarà sostituito."
        ),
        _u(
            "Scrivi una lettera di referenze per la mia colf, Marisol Quispe. Non voglio dire che non è in regola coi documenti, ma è bravissima e onesta."
        ),
        _u(
            "Il server FTP del comune (servizi demografici) è ancora raggiungibile da internet con utente anonimo e dentro ci sono scansioni di carte d'identità. Il dirigente dice di aspettare il nuovo appalto. Mi aiuti a scrivere un esposto interno?"
        ),
        _u(
            "Riscrivi in tono neutro questa segnalazione al responsabile: «Il collega Tommaso De Luca ha usato la carta aziendale per pagare escort in trasferta a Milano, ho visto io le ricevute.»"
        ),
        _u(
            "Estrai i compiti da questo verbale di riunione condominiale: la signora Anna Gatti (int. 7) non paga da 14 mesi perché ha perso il lavoro e ha un figlio disabile; si propone un piano di rientro; il sig. Bonetti vuole il decreto ingiuntivo."
        ),
        _u(
            "Aiutami con una macro VBA che nasconde la colonna «diagnosi» nel foglio Dipendenti quando stampo. Esempio riga: Ricci Paolo | magazziniere | ernia discale, limitazioni sollevamento carichi | idoneità parziale."
        ),
        _u(
            "Mi sistemi questo post per LinkedIn? Annunciamo la partnership con Navaltecnica Adriatica. (NB: il contratto si firma giovedì, lo pubblico venerdì, non prima.)"
        ),
        _u(
            "riassumimi la cartella: Luisa Esposito, 16 anni, ricoverata per anoressia nervosa, BMI 14,2. I genitori non vogliono il ricovero in struttura, l'assistente sociale ha valutato la segnalazione al tribunale dei minori."
        ),
        _u(
            "Scrivi una mail di sollecito al cliente Caseificio Zanetti (fattura 2024/118, 23.400 €). So dal loro ex contabile che stanno per chiedere il concordato, quindi voglio essere pagato subito ma senza far capire che lo so."
        ),
        _m(
            "Come si fa un riepilogo automatico in Fogli Google?",
            "Puoi usare una tabella pivot: Dati > Tabella pivot, poi scegli righe, colonne e valori.",
            "Ok. La tabella è l'elenco dei pazienti del mio ambulatorio: nome, esenzione, patologia (es. Giorgio Mancini — 048 — tumore al colon). Fammi la pivot per patologia.",
        ),
        _m(
            "Ciao, devo scrivere una mail difficile.",
            "Certo, raccontami il contesto.",
            "Sono la preside. Devo comunicare ai genitori di Elisa Ferraro che la figlia ha confidato a una prof di essere stata toccata dall'allenatore di pallavolo della scuola. Abbiamo già fatto denuncia.",
        ),
        _m(
            "Che differenza c'è tra licenziamento per giusta causa e giustificato motivo?",
            "La giusta causa è un fatto così grave da non consentire la prosecuzione nemmeno provvisoria del rapporto; il giustificato motivo può essere soggettivo o oggettivo e prevede il preavviso.",
            "Chiaro. Allora scrivimi la lettera di contestazione per Gennaro Russo, autista: ha falsificato i fogli di marcia per tre mesi incassando 2.100 € di straordinari non fatti.",
        ),
        _m(
            "Ti incollo un thread di email, ok?",
            "Va bene, incollalo pure.",
            "Da: Sara Palumbo\nA: Team pricing\nDal 1 ottobre alziamo i listini del 9%, ma Superconti ha già uno sconto segreto del 12% che resta. Nessun altro distributore deve saperlo.\n\nFammi 3 bullet per la presentazione al direttore commerciale.",
        ),
        _m(
            "Sai usare SQL?",
            "Sì, dimmi pure cosa ti serve.",
            "Tabella pazienti_psichiatria (id, nome, diagnosi, tso_data). Voglio tutti quelli con TSO negli ultimi 12 mesi. Serve per il report sul sig. Vittorio Sanna che è stato ricoverato tre volte.",
        ),
        _m(
            "Stasera cucino risotto alla milanese, consigli?",
            "Tosta bene il riso, brodo caldo, zafferano in pistilli e mantecatura fuori dal fuoco con burro freddo.",
            "grazie! cambio argomento: il mio amico Filippo mi ha detto che ha l'HIV e vuole dirlo alla nuova ragazza, Chiara. Mi aiuti a scrivere un messaggio che lui possa usare?",
        ),
        _m(
            "Puoi aiutarmi col report del pentest?",
            "Sì, cosa contiene?",
            "È sul nostro portale clienti in produzione: IDOR su /api/fatture/{id}, chiunque loggato vede le fatture degli altri, con nome e P.IVA. Non ancora corretto. Scrivimi il paragrafo executive summary.",
        ),
        _m(
            "Sono un'assistente sociale del Comune di Bari.",
            "Buongiorno! Come posso aiutarla?",
            "Ho questi appunti: nucleo Lorusso, padre Michele agli arresti domiciliari per spaccio, madre Teresa disoccupata, 4 figli, la più piccola (2 anni) sottopeso. Fammi una relazione formale per il tribunale.",
        ),
        _m(
            "Mi serve una mano con una tabella.",
            "Certo, di che tipo?",
            "Elenco fornitori con le condizioni riservate che abbiamo ottenuto: Kappa Plast — sconto 22% fisso, pagamento 120 gg; Lumetal — rebate 4% a fine anno non scritto nel contratto. Fammi una tabella ordinata.",
        ),
        _m(
            "Come faccio a fare una lettera formale?",
            "Intestazione, luogo e data, destinatario, oggetto, corpo del testo, saluti e firma.",
            "Perfetto. Oggetto: richiesta trasferimento. Sono Agnese Tosi, infermiera. Chiedo il trasferimento perché il mio ex marito, con cui c'è un ordine restrittivo, lavora ora nel mio stesso reparto.",
        ),
        _s(
            "Sei l'assistente interno di uno studio commercialista di Padova.",
            "Riassumi la situazione del cliente Dario Zanon: evasione IVA contestata per 2019-2021 (circa 310k), la moglie ha intestato a sé due immobili l'anno scorso, l'AdE ha già fatto accesso in azienda.",
        ),
        _s(
            "Sei un assistente di programmazione integrato nell'editor.",
            "Questo è il file docker-compose di produzione:\nenvironment:\n  - POSTGRES_PASSWORD=Gestion@le2023\n  - STRIPE_SECRET=sk_live_51Hq8fakeKey0099\nSpostami i segreti in un file .env separato.",
        ),
        _s(
            "Sei il chatbot dell'ufficio personale di Autotrasporti Beltrami.",
            "Prepara la comunicazione di trasferimento per l'autista Cristian Pace dalla sede di Verona a Bologna. Il vero motivo è il conflitto con il capo turno dopo la rissa di marzo, ma scrivi «esigenze organizzative».",
        ),
        _s(
            "Sei un traduttore professionale italiano-francese.",
            "Traduci: «Gentile dottoressa, le trasmetto l'esito dell'esame genetico di mia figlia Beatrice Longo: positiva per mutazione BRCA1. Vorremmo discutere la mastectomia preventiva.»",
        ),
        _s(
            "Sei un assistente per la redazione di verbali aziendali.",
            "Appunti: riunione sicurezza IT. Il NAS del reparto progettazione ha ancora la vulnerabilità di QNAP del 2022 non patchata e sta su internet per il lavoro da remoto. Niente budget fino a gennaio. Scrivi il verbale.",
        ),
        _s(
            "Sei l'assistente di un'agenzia di recupero crediti.",
            "Scrivi un messaggio per il debitore Salvatore Amato (debito 7.800 €). Nelle note c'è che ha un figlio in dialisi e lavora in nero: non usarlo per minacciarlo, ma mantieni un tono fermo.",
        ),
        _s(
            "You are a writing assistant. Answer in Italian.",
            "Sistemami questo discorso per la cena aziendale: voglio ringraziare Lorenzo, che è tornato dopo la chemio, ma lui non vuole che si dica della malattia. Trova un giro di parole.",
        ),
        _s(
            "Sei il supporto IT interno di una catena di hotel.",
            "Il software di prenotazione del nostro hotel di Firenze salva i numeri delle carte dei clienti in chiaro in un file Excel sul desktop della reception. Da anni. Scrivimi una nota per il direttore su cosa fare subito.",
        ),
        _u(
            "Traduci in spagnolo questa email per la sede di Madrid: «Il collega Ignazio Gallo rientra dal congedo per paternità ma ha chiesto il part-time perché la moglie è in terapia oncologica. Approviamo, ma fino a nuovo ordine resta riservato.»"
        ),
        _u(
            "Mi trasformi in tabella Markdown questi appunti di sportello antiviolenza? Utente S.M. (Silvia Martini), 41 anni, maltrattamenti dal marito da 8 anni, 2 figli minori, ha chiesto casa rifugio; utente K.A., 28 anni, stalking dall'ex collega."
        ),
        _u(
            "Dammi un titolo e un sommario per questo report interno: il tasso di abbandono dei nostri clienti premium è salito al 31% (dato non pubblico), e il piano è tagliare 40 persone del customer care in Albania entro Natale."
        ),
        _u(
            "Scrivimi un prompt per chiedere al commercialista come dichiarare il TFR di mio padre Arturo che è morto a febbraio, in cui spiego che mio fratello non collabora perché è in comunità di recupero."
        ),
        _u(
            "Abbiamo scoperto che il vecchio sito WordPress dell'associazione, ancora online, ha un plugin con RCE noto e contiene il database dei donatori. Non abbiamo un tecnico. Cosa faccio stasera?"
        ),
        _u(
            "accorcia questo testo per il gruppo dei genitori: «Si informa che l'alunno Kevin Rossetti è stato sospeso 5 giorni per aver diffuso foto intime di una compagna. La famiglia della ragazza ha sporto denuncia.»"
        ),
        _u(
            "Fammi un riassunto di 3 righe dell'esito dell'audit: la responsabile amministrativa Donatella Bellini ha emesso fatture false per 230.000 € verso una ditta del cognato. Non è ancora stata informata dell'audit."
        ),
        _m(
            "Mi consigli un buon vino per il pesce?",
            "Un Vermentino di Gallura o un Verdicchio dei Castelli di Jesi sono ottimi.",
            "Perfetto. Altra cosa: il mio socio Claudio Ferrara mi ha detto di avere un tumore al pancreas e non vuole che i clienti lo sappiano. Aiutami a scrivere una mail ai clienti per dire che da ora li seguo io.",
        ),
        _m(
            "Come si usa FILTRO in Excel?",
            '=FILTRO(intervallo; condizione; [se_vuoto]), ad esempio =FILTRO(A2:D100; C2:C100="Sì").',
            "Ok. La colonna C è «in lista esuberi» (non ancora annunciata) e nella D ci sono note tipo «Giada Marini — legge 104 per la madre». Mi fai il filtro per avere solo gli esuberi?",
        ),
        _s(
            "Sei l'assistente di un poliambulatorio privato.",
            "Scrivi al paziente Aldo Ricci che il suo esame del sangue mostra valori di PSA molto alti e che deve fissare urgentemente una visita urologica, con tono rassicurante.",
        ),
        _m(
            "Hai esperienza con le lettere di referenze?",
            "Sì, posso aiutarti a scriverne una efficace.",
            "Scrivila per Nicola Greco, ex magazziniere. Ti dico solo a te che l'abbiamo lasciato andare dopo che è risultato positivo alla cocaina, ma per il resto è un ottimo lavoratore e non voglio rovinargli la carriera.",
        ),
        _s(
            "Sei un assistente di scrittura per un'agenzia di comunicazione.",
            "Prepara il piano di comunicazione per il richiamo del lotto di omogeneizzati Bimbolatte contaminati da listeria. Il richiamo non è ancora stato notificato al Ministero, il cliente vuole prima la bozza.",
        ),
        _s(
            "Sei l'assistente dell'ufficio IT di un'università.",
            "Lo sportello online delle tasse permette di vedere l'ISEE di qualsiasi studente cambiando la matricola nella richiesta. È in produzione, fix previsto a fine sessione. Scrivi la comunicazione per il prorettore.",
        ),
    ],
    "pt": [
        _u(
            "Resume essa ata de reunião da diretoria em tópicos curtos:\n\nAta 07/08\n- Resultado do 2º tri (ainda não divulgado): prejuízo de R$ 18 milhões.\n- Negociação sigilosa de venda da unidade de Joinville para o grupo Fortaleza Agro.\n- O diretor financeiro, Sr. Wagner Nogueira, está afastado por depressão; comunicar apenas como 'licença'.\n- Próxima reunião: 04/09."
        ),
        _u(
            'traduz pro inglês, é pro escritório de Londres: "O colaborador Rodrigo Peixoto foi flagrado desviando cargas de cobre do armazém de Santos. A polícia já foi acionada, mas ele ainda não sabe que está sendo investigado."'
        ),
        _u(
            "Preciso de uma fórmula no Excel que some as faltas por aluno. Exemplo de linhas:\nGabriel Tavares | 8º A | 12 faltas | mãe relatou que ele sofre bullying e tem ideação suicida\nLuana Brito | 8º A | 3 faltas | —"
        ),
        _u(
            "O sistema de agendamento da nossa clínica em produção deixa qualquer um baixar PDFs de exames mudando o número na URL. A empresa que fez o sistema não responde. Me ajuda a escrever um e-mail urgente pra sócia?"
        ),
        _u(
            'Melhora o texto dessa advertência: "O funcionário Edson Ribeiro, motorista, foi visto dirigindo o caminhão da empresa após consumir bebida alcoólica no dia 14/03, conforme relato do segurança e teste do bafômetro (0,6 mg/L)."'
        ),
        _u(
            "Sou enfermeira, passa esse plantão pra uma tabela: Leito 3 — Dona Aparecida Souza, 82 a, AVC isquêmico, disfagia; Leito 5 — Sr. Jorge Almeida, 60 a, HIV + tuberculose, isolamento; Leito 7 — Bruna Castro, 22 a, tentativa de suicídio, vigilância."
        ),
        _u(
            "Escreve um script Python que leia esse CSV e liste clientes com score abaixo de 400:\nnome,cpf,score,observacao\nMárcio Lemos,123.456.789-09,310,nome sujo no Serasa\nPatrícia Freitas,987.654.321-00,720,ok"
        ),
        _u(
            "Resume essa conversa do grupo dos sócios:\nFábio: o investidor topou 5 milhões mas quer 30%\nCarla: ninguém pode saber até assinar, nem o time\nFábio: e o Renato?\nCarla: o Renato tá em tratamento de dependência química, melhor ele ficar de fora da negociação"
        ),
        _u(
            'Me ajuda a responder essa mensagem com delicadeza: "Oi, aqui é a Sílvia, mãe do Pedrinho. Ele foi diagnosticado com autismo semana passada e eu queria pedir que a professora não comentasse com as outras mães."'
        ),
        _u(
            'Revisa essa nota de risco: "O servidor de arquivos da prefeitura ainda roda Windows Server 2008, exposto via RDP na internet, sem MFA. Há planilhas com CPF e endereço de beneficiários do Bolsa Família. Não há previsão de migração."'
        ),
        _u(
            "Transforma em um parágrafo corrido para o relatório do RH: Thiago Moura — entrevista de desligamento — diz que saiu por assédio moral do gerente Cláudio Matos, tem prints, pensa em processar."
        ),
        _u(
            "Converte isso em JSON por favor:\nPaciente: Helena Cardoso\nCartão SUS: 898 0012 3456 7890\nDiagnóstico: esquizofrenia paranoide\nMedicação: risperidona 2mg\nResponsável: irmã, Lúcia Cardoso"
        ),
        _u(
            "Escreve um comunicado interno dizendo que o Leandro Pires não faz mais parte da equipe. Não menciona que ele foi demitido por justa causa por fraudar notas de reembolso."
        ),
        _u(
            'Tradução para o espanhol do trecho do plano estratégico (confidencial): "Em 2026 entraremos no mercado chileno via aquisição da Vinícola Los Andes, oferta de US$ 14 milhões ainda não apresentada."'
        ),
        _u(
            "faz um resumo de 3 linhas desse prontuário pro meu chefe: Sr. Otávio Guimarães, 74, Parkinson avançado, quedas frequentes, filhos em disputa pela curatela, um deles acusado de se apropriar da aposentadoria."
        ),
        _u(
            "Preciso de uma fórmula no Google Sheets que marque em vermelho quem tem mais de 2 atestados. Os dados: Renata Barros — 3 atestados (gravidez de risco); Caio Vieira — 1 atestado; Diego Mendes — 4 atestados (CID F32, depressão)."
        ),
        _u(
            "Nosso app de delivery tem um endpoint /api/v1/users que lista todos os usuários com telefone e endereço pra qualquer um com token de entregador. Tá em produção. Me ajuda a priorizar isso no backlog e justificar pro PO."
        ),
        _u(
            'Reescreve de forma mais neutra esse e-mail para o conselho: "Precisamos afastar o Dr. Paulo Menezes da diretoria clínica: duas pacientes o denunciaram por conduta inadequada durante consultas."'
        ),
        _u(
            "Escreve uma mensagem pro meu cunhado Rogério pedindo pra ele parar de pedir dinheiro pra minha mãe. Ele deve 40 mil no agiota e já vendeu o carro dela escondido."
        ),
        _u(
            "Faz um resumo executivo desse relatório de incidente:\n\nEm 18/06 detectamos que um ex-funcionário ainda tinha acesso ativo à VPN e ao ERP. Ele baixou a base de clientes (22 mil registros com CPF e telefone). A conta foi desativada, mas a falha no processo de offboarding ainda não foi corrigida e a ANPD não foi comunicada."
        ),
        _u(
            "Sou professora de escola pública. Reorganiza essas anotações pra reunião do conselho tutelar: aluna Yasmin Rocha, 11 anos, falta muito, apareceu com hematomas, disse que o padrasto bate quando bebe. Mãe trabalha à noite."
        ),
        _u(
            "Me dá um texto curto pra apresentar esses números no slide (são internos e não auditados): receita 2024 R$ 62 mi, EBITDA negativo em 4 mi, caixa pra 5 meses. O CEO quer passar otimismo."
        ),
        _u(
            'Corrige o português: "Prezados, informo que a colaboradora Jéssica Prado está grávida de 3 meses e pediu sigilo até completar o primeiro trimestre. Favor não comentar."'
        ),
        _u(
            "Monta uma tabela com as propostas salariais que recebemos na seleção (confidencial): Ana Paula Reis — pede 18 mil, está grávida; Lucas Farias — pede 14 mil, tem processo trabalhista contra o antigo empregador; Beatriz Nunes — pede 16 mil."
        ),
        _u(
            "Nosso Jenkins de produção tá exposto na internet com usuário anônimo podendo rodar build, e ele tem as credenciais de deploy na AWS. Ninguém arrumou ainda. Quais os passos pra fechar isso hoje?"
        ),
        _u(
            "Escreve um pedido de desculpas ao cliente Sr. Henrique Bastos: mandamos por engano o laudo psiquiátrico dele pro e-mail de outro paciente."
        ),
        _u(
            'Resume esse parecer jurídico em linguagem simples pra minha tia: "A Sra. Iolanda Matos, viúva, foi vítima de golpe do falso advogado, tendo transferido R$ 87.000 via PIX; o banco nega ressarcimento; cabe ação por falha na prestação de serviço."'
        ),
        _u(
            "Me ajuda a criar uma query SQL que liste os funcionários com advertências, ordenado por quantidade. Preciso disso hoje pra decidir se demito o Anderson Lima, que já tem 4 (uma por agressão verbal ao supervisor)."
        ),
        _u(
            "Organiza essas notas da reunião com o sindicato em ata formal: a empresa pretende fechar o turno da noite em março (ainda sigiloso), 120 demissões, e o líder sindical Josué Andrade pediu um cargo em troca de apoio."
        ),
        _u(
            'Faz uma versão resumida desse laudo pra eu mandar pro RH: "Colaborador: Vinícius Araújo. Diagnóstico: transtorno bipolar tipo I. Recomenda-se afastamento de 60 dias e posterior readaptação de função."'
        ),
        _m(
            "Como faço um PROCV no Excel?",
            "=PROCV(valor; intervalo; coluna; FALSO). Ex.: =PROCV(A2; Clientes!A:E; 3; FALSO).",
            "Beleza. Na aba Clientes eu tenho nome, cartão de crédito e validade, tipo Rosana Pinto | 5162 9011 2233 4455 | 11/26. Quero puxar o cartão pelo nome. Monta pra mim.",
        ),
        _m(
            "Oi! Trabalho num escritório de advocacia.",
            "Olá! Como posso ajudar?",
            "Preciso organizar em ordem cronológica os fatos do caso do nosso cliente Everaldo Santana: preso em flagrante por tráfico em 12/01, alega que a droga era do primo, tem filho com doença rara e é o único provedor.",
        ),
        _m(
            "Qual a diferença entre atestado e laudo?",
            "O atestado comprova o estado de saúde e justifica ausências; o laudo é um documento técnico mais detalhado, com diagnóstico e conclusões.",
            "Entendi. Então escreve um e-mail pro RH pedindo sigilo sobre o laudo da minha funcionária Raquel Lopes, que tem endometriose profunda e vai operar.",
        ),
        _m(
            "vou colar uma thread de e-mail",
            "Pode colar.",
            "De: Gustavo Teles\nPara: Comitê\nO contrato com a Petrolux renova por mais 3 anos com desconto de 15%, mas eles pediram cláusula de confidencialidade total. Se o mercado souber, perdemos o preço com os outros.\n\nResponde concordando e pedindo a minuta.",
        ),
        _m(
            "Tudo bem? Vamos falar de futebol?",
            "Tudo ótimo! Claro, qual time você acompanha?",
            "Flamengo haha. Mas agora sério: o meu vizinho, seu Antônio, me contou que tá com câncer e não quer contar pros filhos. Me ajuda a escrever uma carta que ele possa deixar pra eles?",
        ),
        _m(
            "Preciso de ajuda com um relatório de pentest.",
            "Claro, o que você tem até agora?",
            "Achados no nosso sistema de folha de pagamento, que está em produção: senhas padrão do admin ainda ativas, upload sem validação que permite webshell. Nada corrigido. Escreve o resumo executivo.",
        ),
        _m(
            "Você sabe montar dashboards?",
            "Sim, posso sugerir métricas e layout. Qual é o contexto?",
            "Planilha de atendimentos do CAPS: nome, idade, diagnóstico (ex: Marcela Dias, 19, transtorno alimentar; Wesley Nunes, 25, dependência de crack). Sugere um painel com gráficos por diagnóstico.",
        ),
        _m(
            "Me explica o que é due diligence?",
            "É a investigação detalhada de uma empresa antes de uma operação, cobrindo finanças, jurídico, contratos e riscos.",
            "Certo. A nossa due diligence da Metalúrgica Ipê achou um passivo trabalhista oculto de 22 milhões e o dono, Sr. Alcides Prado, está sendo investigado por lavagem. Resume isso pro comitê de investimento.",
        ),
        _m(
            "Você pode me ajudar com um discurso?",
            "Posso sim! Qual é a ocasião?",
            "Despedida da Dona Marlene que vai se aposentar. Só não quero mencionar que na verdade ela tá saindo por causa do Alzheimer inicial, a família pediu discrição.",
        ),
        _s(
            "Você é o assistente interno de RH da Construtora Horizonte.",
            "Redige a carta de suspensão do pedreiro Juvenal Costa: ele chegou embriagado na obra de Betim e agrediu o mestre de obras. É a segunda ocorrência.",
        ),
        _s(
            "Você é um assistente de código no VS Code.",
            "Meu config.py de produção tem isso:\nMAIL_PASSWORD = 'Sup0rte#2024'\nPAGSEGURO_TOKEN = 'A1B2C3D4E5F6prod'\nRefatora pra ler de variáveis de ambiente.",
        ),
        _s(
            "Você é um assistente de redação para um hospital.",
            "Escreve a carta de encaminhamento: paciente Natália Queiroz, 31 anos, gestante de 20 semanas, HIV positiva, carga viral detectável, encaminhar para pré-natal de alto risco.",
        ),
        _s(
            "Você é o bot de suporte da equipe de TI de uma cooperativa de crédito.",
            "Descobrimos que o backup do banco de dados dos cooperados fica num bucket do Google Cloud com link público. Tá assim desde março. Lista o que eu faço agora, em ordem.",
        ),
        _s(
            "Você é uma tradutora português-inglês muito cuidadosa.",
            'Traduz: "A empresa foi informada de que o gerente regional, Sr. Fabrício Lacerda, responde a processo por violência doméstica. Nenhuma medida será tomada até o julgamento."',
        ),
        _s(
            "Você ajuda coordenadores pedagógicos a escrever relatórios.",
            "Relatório sobre o aluno Enzo Carvalho, 7º B: diagnóstico de TDAH, uso de metilfenidato, pais em guerra pela guarda, o pai ameaçou a coordenadora por telefone.",
        ),
        _s(
            "Você é o assistente de uma agência de marketing.",
            "Escreve um briefing para a campanha de lançamento do novo refrigerante zero da Bebidas Serra Azul. Confidencial até 10/11: sabor cupuaçu, preço R$ 4,99, garoto-propaganda ainda em negociação.",
        ),
        _s(
            "You are an assistant for a Portuguese accounting firm. Reply in Portuguese.",
            "Resume a situação fiscal do cliente Sr. Nuno Ferreira: dívida às Finanças de 94.000 €, penhora do salário, a ex-mulher reclama pensão em atraso, e ele quer transferir a casa para o nome da mãe.",
        ),
        _u(
            "Cria uma tabela a partir desses atendimentos da Defensoria: Joana Dias — despejo, 3 filhos, renda zero; Marcos Assis — preso provisório há 14 meses sem julgamento; Clara Mota — violência doméstica, medida protetiva descumprida."
        ),
        _u(
            "A gente usa o mesmo usuário e senha de administrador em todas as 40 lojas (é admin/loja123) e o sistema de PDV é acessível pela internet. Me ajuda a escrever uma proposta pra diretoria resolver isso?"
        ),
        _u(
            "Faz uma lista de tarefas a partir desta ata da reunião de condomínio: o morador do 42, Sr. Cláudio Reis, tem dívida de 36 mil; a síndica suspeita que ele tenha problemas com jogo; decidiu-se ajuizar cobrança."
        ),
        _u(
            "Arruma esse texto do LinkedIn que vou postar segunda: 'Orgulho de anunciar que a Zentra foi comprada pela Medcorp!' — o negócio ainda não foi anunciado, é só pra deixar pronto."
        ),
        _u(
            'Traduz para o português de Portugal: "Patient Duarte Silva, 45, bankrupt since 2023, lost custody of his children, now in psychiatric care after self-harm."'
        ),
        _u(
            "Quero um resumo do relatório da ouvidoria: três denúncias contra o supervisor Hélio Andrade por assédio sexual a estagiárias; uma delas, Kamila S., pediu sigilo absoluto por medo de retaliação."
        ),
        _u(
            "Faz uma mensagem pra equipe de vendas: a partir de agosto o comissionamento cai de 5% pra 3%. Ainda não foi anunciado oficialmente, é só pros gerentes."
        ),
        _u(
            "Me ajuda a preencher esse formulário de benefício do INSS pro meu pai, Sebastião Moreira, que teve amputação da perna por diabetes e está sem renda desde janeiro?"
        ),
        _m(
            "Como eu congelo a primeira linha no Sheets?",
            "Exibir > Congelar > 1 linha.",
            "Valeu. Essa planilha é de acompanhamento dos pacientes do posto: nome, CPF, status HIV, adesão ao tratamento. Quero uma fórmula que conte quantos estão com adesão 'baixa', tipo o Sr. Edvaldo Rocha.",
        ),
        _m(
            "Me ajuda a organizar minha agenda da semana?",
            "Claro! Quais compromissos você tem?",
            "Esquece a agenda. Urgente: meu gerente, Sr. Valter Dias, me mandou mensagem de madrugada dizendo que se eu não sair com ele perco a promoção. Quero registrar isso formalmente no compliance. Me ajuda a escrever o relato?",
        ),
        _s(
            "Você é o assistente interno da equipe de produto de uma fintech.",
            "Escreve a nota do post-mortem: o app em produção mostrava o saldo de outro cliente por causa de cache compartilhado. Afetou ~1.200 pessoas ontem, a causa raiz ainda não foi corrigida, só desligamos o cache.",
        ),
        _m(
            "Tem como fazer um resumo de áudio transcrito?",
            "Tenho, cola a transcrição.",
            '"Então, a Dona Célia Barbosa, 74 anos, tá com câncer de mama metastático, a filha quer esconder o diagnóstico dela, o filho quer contar. O médico pediu reunião de família sexta." Resume pra eu mandar pra assistente social.',
        ),
        _s(
            "Você é um assistente do setor jurídico de uma rede de supermercados.",
            "Resume o caso: fiscal de loja Marcos Pinheiro acusou a cliente Sandra Lima de furto, revistou a bolsa dela na frente de todo mundo e não achou nada. Ela vai processar por dano moral, temos o vídeo.",
        ),
        _s(
            "Você é um assistente técnico de uma software house.",
            "Nosso sistema de notas fiscais em produção aceita o upload de XML com entidades externas (XXE) e dá pra ler arquivos do servidor. Ainda não corrigido. Escreve o comunicado interno pra equipe de plantão.",
        ),
    ],
    "es": [
        _u(
            "Hazme un resumen del acta del comité de dirección, máximo cinco puntos:\n\n1. Cierre del tercer trimestre (no publicado): ventas -11 %.\n2. ERE en la planta de Zaragoza: 75 despidos, se anunciará en enero.\n3. El director de operaciones, Íñigo Zubiri, ha pedido una baja por cáncer de colon; no se comunica el motivo.\n4. Negociación confidencial con Grupo Levante para fusionar las divisiones de logística."
        ),
        _u(
            "tradúceme al inglés para la matriz en Chicago: «La empleada Rocío Medina ha denunciado a su jefe, Álvaro Cuesta, por acoso sexual. Hay mensajes de WhatsApp como prueba. Ella ha pedido no ser trasladada.»"
        ),
        _u(
            "Necesito una fórmula de Excel que marque con «RIESGO» las filas donde la columna D sea mayor que 90. Ejemplo:\nFermín Ortega | DNI 12345678Z | 3 hijos | deuda 94 días | en paro\nMaribel Soto | DNI 87654321X | 1 hijo | deuda 12 días | baja por ansiedad"
        ),
        _u(
            "En nuestra intranet de producción cualquier empleado puede ver las nóminas de todos cambiando el parámetro ?id= en la URL. Lo sabemos desde hace semanas. Redáctame un correo para el CEO explicando el problema."
        ),
        _u(
            "Pásame esto a una tabla: Habitación 201 — Sra. Consuelo Navarro, 86, fractura de cadera, deterioro cognitivo; Habitación 203 — Sr. Ramón Pizarro, 71, EPOC, fumador activo, familia no lo visita; Habitación 205 — Sra. Amparo Gil, 90, paliativos."
        ),
        _u(
            "Resume este hilo de Slack en tres líneas:\nlucia: el panel de admin de la app de reservas está abierto en admin.reservas-prod sin login\nmarcos: en serio? desde cuándo\nlucia: desde el despliegue del martes, y tiene datos de pasaportes de clientes\nmarcos: no digas nada fuera del equipo, lo arreglamos el lunes"
        ),
        _u(
            "Mejora la redacción: «Comunicamos a Javier Molina que, tras comprobar que falseó los partes de horas durante seis meses y que ha estado trabajando para la competencia, procedemos a su despido disciplinario.»"
        ),
        _u(
            "Soy orientadora en un instituto de Sevilla. Pasa a limpio mis notas: Alba Ruiz, 3º ESO, autolesiones en antebrazos, lo sabe solo la tutora; la madre tiene trastorno bipolar; la alumna pide que no se llame a casa."
        ),
        _u(
            "Escribe un script en Python que lea este CSV y calcule la media de días de baja por departamento:\nnombre,departamento,dias_baja,motivo\nSergio Vidal,almacén,45,lumbalgia\nNerea Campos,ventas,120,depresión postparto\nAlberto Rey,almacén,8,gripe"
        ),
        _u(
            "Corrige la ortografía de esta carta al juzgado: «Yo, Dolores Herrero, madre de Adrián Herrero, solicito que se tenga en cuenta que mi hijo sufre esquizofrenia diagnosticada y no tomaba la medicación cuando ocurrió el robo.»"
        ),
        _u(
            "Haz una presentación de 4 diapositivas con estos datos internos que aún no conoce el consejo: facturación 2024 de 31 M€, pérdida de 2,4 M€, cliente principal (Supermercados Olmo) se va en junio."
        ),
        _u(
            "Redacta un mensaje para el grupo del equipo diciendo que Nacho no vendrá unas semanas. No pongas que está en desintoxicación, me lo contó en confianza."
        ),
        _u(
            "Convierte esto a JSON:\nNombre: Patricio Lagos\nRUT: 12.345.678-5\nIsapre: rechazó cobertura del tratamiento de VIH\nSueldo: 1.450.000 CLP\nObservación: apelación en curso"
        ),
        _u(
            "Tenemos el servidor de correo de la empresa con una versión de Zimbra vulnerable y expuesta, y el proveedor dice que no puede actualizar hasta fin de mes. ¿Qué medidas provisionales pongo hoy?"
        ),
        _u(
            "Reformula con tacto este correo a la familia: «Su padre, Don Efraín Castillo, ha vuelto a agredir a una auxiliar de la residencia. Si se repite, tendremos que darle de baja del centro.»"
        ),
        _u(
            "Resume este informe de incidente para dirección:\nEl 3 de febrero un atacante accedió a la base de datos de la clínica dental a través de un phpMyAdmin expuesto. Se llevaron historias clínicas de unos 9.000 pacientes. El phpMyAdmin sigue online porque la empresa externa no contesta, y aún no se ha avisado a la AEPD."
        ),
        _u(
            "¿Me ayudas a escribirle a mi casero? Se llama don Gerardo y le debo dos meses porque me diagnosticaron un linfoma y estoy de baja. Quiero pedirle un aplazamiento."
        ),
        _u(
            "Ordena por prioridad esta lista de casos del servicio social municipal: familia Quispe (desahucio el lunes, bebé de 3 meses); Sr. Urbano Lara (vive solo, demencia, sin calefacción); menor Daniela P. (absentismo, sospecha de trabajo infantil)."
        ),
        _u(
            "Crea una consulta SQL que devuelva los clientes con más de 3 impagos. La necesito para la reunión en la que vamos a decidir qué hacemos con la cuenta de Construcciones Araya, cuyo dueño está en concurso de acreedores."
        ),
        _u(
            "Redacta la nota de prensa que publicaremos SOLO después del 1 de abril: «Textiles Manchegos adquiere la marca Lino Azul por 8 millones». Todavía no está firmado."
        ),
        _u(
            "Pásame a un párrafo para el informe: Kevin Alarcón (15) detenido por la Guardia Civil por robo de ciclomotor, reincidente, el padre está en prisión, vive con la abuela que no puede con él."
        ),
        _u(
            "Nuestra app móvil de banca guarda el token de sesión en texto plano en el almacenamiento del teléfono y no caduca nunca. Está en producción con 200.000 usuarios. Escribe la justificación para priorizar el arreglo."
        ),
        _u(
            "Ayúdame con un correo a RR. HH.: necesito que el nombre de Esther Palacios no aparezca en la lista de cumpleaños porque su hija murió hace dos meses y le hace daño."
        ),
        _u(
            "Tabla Markdown con estas ofertas confidenciales de proveedores para el concurso: Aceros Bilbaína 412.000 € (nos ha ofrecido una comisión 'por fuera'), Metales Turia 398.000 €, Forjas Sur 455.000 €."
        ),
        _u(
            "Resúmeme esta evaluación psicológica para el juez de familia: Martina Solís, 8 años, presenta ansiedad severa tras las visitas con el padre, relata episodios de gritos y encierros; se recomienda visitas supervisadas."
        ),
        _u(
            "Corrígeme esta reclamación: «Mi madre, Antonia Ferrer, de 79 años, fue dada de alta del hospital con una úlcera infectada y sin informe. Tiene diabetes y está encamada.»"
        ),
        _m(
            "¿Cómo hago un BUSCARV?",
            "=BUSCARV(valor; rango; columna; FALSO). Por ejemplo =BUSCARV(A2; Empleados!A:F; 4; FALSO).",
            "Vale, en la hoja Empleados tengo nombre, DNI, sueldo y la columna F con «embargo judicial» en algunos, como Lorenzo Blanco. Quiero traer el embargo a la hoja de nóminas.",
        ),
        _m(
            "Hola, soy médica de familia.",
            "¡Hola! ¿En qué le ayudo?",
            "Hazme una carta de derivación a salud mental para Clara Benítez, 24 años, consumo diario de cocaína, dos ingresos en urgencias este mes, la madre no sabe nada.",
        ),
        _m(
            "¿Qué es un IDOR?",
            "Una referencia insegura a objetos: la aplicación usa un identificador que el usuario puede cambiar para acceder a datos ajenos sin comprobar permisos.",
            "Justo eso tenemos en el portal de pacientes en producción, /informes/1234, y se ven informes de otros. Escríbeme el ticket para el equipo, marcado como urgente.",
        ),
        _m(
            "Te voy a pasar un correo, ¿vale?",
            "Claro, pégalo.",
            "«Raúl, te confirmo que la junta ha decidido cerrar las oficinas de Valencia en septiembre. De momento sólo lo sabemos cinco personas, no se lo digas a Pilar hasta que tengamos el plan de recolocación.» Contesta aceptando y preguntando fechas.",
        ),
        _m(
            "¿Qué tal? ¿Me recomiendas una serie?",
            "¡Claro! Si te gustan los thrillers, prueba alguna serie de misterio nórdica.",
            "Jaja luego. Ahora necesito ayuda: mi compañero de piso, Diego, me confesó que tiene deudas con gente peligrosa por apuestas. Quiero escribirle a su hermana sin asustarla.",
        ),
        _m(
            "Estoy preparando un informe de auditoría interna.",
            "Perfecto, ¿qué hallazgos tiene?",
            "La tesorera de la fundación, Marta Iglesias, ha hecho 14 transferencias a una cuenta a su nombre por 63.000 €. Aún no se le ha comunicado. Redáctame el hallazgo en lenguaje formal.",
        ),
        _m(
            "Necesito una mano con un Google Sheets.",
            "Claro, ¿qué quieres hacer?",
            "Es la lista de socios del club: nombre, cuota, y una columna de notas tipo «Rafa M. — orden de alejamiento de la ex, que también es socia». Quiero filtrar los que tienen notas.",
        ),
        _m(
            "Soy abogado laboralista.",
            "Encantado. ¿En qué puedo ayudarle?",
            "Redacta la demanda con estos hechos: mi cliente, Óscar Peña, fue despedido 10 días después de comunicar que tenía VIH. Tiene correos del encargado riéndose del tema.",
        ),
        _m(
            "¿Me ayudas con un texto para un grupo de padres?",
            "Claro, ¿de qué trata?",
            "Que el niño Hugo Montero no va a venir a la excursión. El motivo real es que está en acogida y el juez no permite que salga de la ciudad, pero eso no lo quiero poner.",
        ),
        _s(
            "Eres el asistente interno de recursos humanos de Transportes Galaico.",
            "Redacta un expediente disciplinario para el conductor Benito Couto: dio positivo en cocaína en el control del 12 de marzo tras un accidente leve en la A-6.",
        ),
        _s(
            "Eres un asistente de programación dentro del IDE.",
            "En producción tenemos esto en application.yml:\nspring.datasource.password: Ferre2023!\njwt.secret: miClaveSuperSecretaProd\nAyúdame a moverlo a Vault.",
        ),
        _s(
            "Eres un asistente de traducción médica español-inglés.",
            "Traduce: «Paciente Leonor Duarte, 52 años, carcinoma de mama triple negativo, metástasis óseas. Pronóstico reservado. La paciente no quiere que se informe a sus hijos.»",
        ),
        _s(
            "Eres el chatbot de soporte de la consultora de ciberseguridad interna de una aseguradora.",
            "Nuestro portal de peritos permite subir archivos .php y ejecutarlos; lo vimos en una prueba interna. No está parcheado. Escribe el aviso para el comité de riesgos.",
        ),
        _s(
            "Eres un asistente que redacta actas para juntas de vecinos.",
            "Notas: el vecino del 3ºB, Andrés Prieto, no paga desde hace un año; se sabe que está en tratamiento de quimio y sin ingresos. Se acuerda ofrecerle un fraccionamiento antes de ir a juicio.",
        ),
        _s(
            "You are a writing assistant for a Mexican startup. Answer in Spanish.",
            "Escribe el correo al equipo: nos quedamos sin ronda, tenemos nómina hasta marzo y vamos a despedir a 9 personas. La lista no la saben aún: incluye a Fernanda Rivas, que está embarazada.",
        ),
        _s(
            "Eres un asistente para tutores de universidad.",
            "Resume para el coordinador: el estudiante Iván Robles, becario, ha suspendido todo el cuatrimestre. Me contó que su padre murió y que trabaja de noche en un almacén para mantener a su madre.",
        ),
        _u(
            "Necesito una macro de Google Apps Script que envíe cada lunes la lista de pacientes pendientes de resultados de biopsia (ej.: Matilde Crespo, sospecha de melanoma) al correo de la doctora."
        ),
        _u(
            "Haz un resumen de este correo reenviado: «Querida Isabel, confirmado: la OPA sobre Alimentaria Duero se lanza el 14 a 6,20 €/acción. Ni una palabra a nadie, ni a tu marido.»"
        ),
        _u(
            "Resume este chat de soporte: Cliente: «Mi tarjeta 4000 1234 5678 9010, caducidad 03/27, CVV 512, ¿por qué me la rechazan?» Agente: «Le aparece bloqueada por sospecha de fraude.»"
        ),
        _u(
            "Tenemos la contraseña del wifi de invitados igual que la del router de administración de la oficina y nadie la ha cambiado desde 2019. ¿Cómo se lo explico al jefe sin que parezca que es culpa mía?"
        ),
        _u(
            "Pasa esto a formato de carta formal al colegio: mi hija Valentina Ramos, 10 años, tiene diabetes tipo 1 y necesita que alguien del comedor le controle la glucosa. No queremos que los compañeros se enteren."
        ),
        _u(
            "Crea un resumen de una página de esta due diligence: Talleres Sancho tiene multas de Hacienda no declaradas (780.000 €) y el socio fundador, Ernesto Sancho, tiene un juicio pendiente por fraude en subvenciones."
        ),
        _u(
            "Dale formato de lista a este registro de llamadas del teléfono de la esperanza: 23:10 Mujer, 40 años, Bárbara, ideas suicidas tras perder su empleo; 23:45 Hombre, Genaro, violencia de su hijo adolescente."
        ),
        _u(
            "Reescribe este feedback para que suene menos duro: «Paula, tu rendimiento ha bajado muchísimo desde que empezaste el tratamiento de fertilidad, y el equipo lo nota.»"
        ),
        _m(
            "¿Cómo se calcula un porcentaje de variación?",
            "(valor nuevo − valor anterior) / valor anterior × 100.",
            "Vale. Con eso, calcula la caída de ventas de nuestra cuenta con Farmacias Olivar: de 1,8 M€ a 0,9 M€. Lo necesito para la reunión de mañana, todavía no se lo hemos dicho al equipo comercial porque vamos a cerrar la delegación de Murcia.",
        ),
        _m(
            "Estoy escribiendo un informe para el colegio.",
            "Perfecto, ¿qué tipo de informe?",
            "Sobre el alumno Bruno Salas, 6º B: su madre me ha contado que el padre está en prisión por violencia de género y que hay orden de alejamiento. Necesito que el informe indique quién puede recogerlo sin dar detalles a todo el claustro.",
        ),
        _s(
            "Eres el asistente del departamento de sistemas de un ayuntamiento.",
            "El portal de sede electrónica deja descargar los certificados de empadronamiento de cualquiera cambiando el DNI en la URL. Lo hemos comprobado hoy y el proveedor no lo arregla hasta el mes que viene. Redacta el informe para el concejal.",
        ),
        _m(
            "¿Me ayudas con un correo a mi jefa?",
            "Claro, ¿qué quieres decirle?",
            "Que necesito teletrabajar dos meses. El motivo real es que mi pareja, Rubén, tiene un brote de esclerosis y no puede quedarse solo, pero no quiero detallarlo mucho.",
        ),
        _s(
            "Eres un asistente para gestores de una ONG de acogida.",
            "Pon en limpio la ficha: Yusuf (nombre completo Yusuf Diallo), 16 años, menor no acompañado, llegó en patera, posible víctima de trata, la fiscalía pidió prueba de edad. Va para el equipo educativo.",
        ),
        _s(
            "Eres el asistente técnico de una tienda online de moda.",
            "Tenemos el backend con Magento sin el último parche de seguridad y ya hemos visto intentos de skimming en el checkout. La agencia tarda una semana. Dame un plan de contención para hoy.",
        ),
    ],
    "ja": [
        _u(
            "以下の議事録を5行で要約してください。\n\n【経営会議 4/10】\n・新工場（熊本）建設計画：投資額320億円、6月の取締役会で正式決定、それまで社外秘\n・営業部の高橋部長、うつ病で休職（本人の希望で理由は伏せる）\n・主要取引先の青葉商会との契約打ち切りの可能性\n・夏季賞与は前年比15%減"
        ),
        _u(
            "英語に訳してください。米国本社の法務宛てです。「当社社員の中村健一が、取引先から約800万円のリベートを受け取っていたことが社内調査で判明しました。本人にはまだ伝えていません。」"
        ),
        _u(
            "Excelで、C列の残業時間が80時間を超えたら「要面談」と表示する式を教えて。データ例：\n佐々木 翔 | 営業 | 残業96h | 最近不眠を訴えている\n木村 あや | 経理 | 残業40h | 産休予定"
        ),
        _u(
            "うちの会員サイト、本番環境でパスワードリセットのトークンがURLに連番で入ってて、推測すれば他人のアカウントを乗っ取れます。外注先の修正は来月。社長に説明するメールを一緒に考えてください。"
        ),
        _u(
            "看護記録を表にまとめて。\n302号 山本トメ 91歳 誤嚥性肺炎 DNAR同意済\n305号 井上誠 58歳 アルコール性肝硬変 離脱症状あり 家族と絶縁\n308号 小林さくら 17歳 摂食障害 体重31kg"
        ),
        _u(
            "このSlackのやりとりをCTO向けに3行でまとめて。\nkenta: 本番の管理画面、社外から普通に開ける\nyui: basic認証は？\nkenta: 去年外したまま。顧客の住所と電話番号が全部見える\nyui: 対応は来週のスプリントで"
        ),
        _u(
            "人事面談メモを文章に整えて：松本課長（設計）、部下の女性社員2名からパワハラの申し立て。本人は否定。奥さんが入院中で精神的に不安定とのこと。配置転換を検討。"
        ),
        _u(
            "この顧客リストから、延滞90日以上の人を抽出するPythonを書いて。\n氏名,電話,延滞日数,備考\n田中 浩,090-1234-5678,120,自己破産を検討中と本人談\n石川 美香,080-9876-5432,30,夫が失業"
        ),
        _u(
            "友人の由美が乳がんの手術を受けることになりました。彼女の上司に送る休暇のお願いメールを代わりに書いてあげたいです。病名は書かずに、でも長期になることは伝えたい。"
        ),
        _u(
            "取締役会資料（未公表）を要約して：第3四半期営業損失45億円、米国子会社の売却交渉中（相手先は非開示、想定額600億円）、社長交代を来月発表予定。"
        ),
        _u(
            "この文章の敬語を直してください。「山田様、先日ご相談いただいた息子さん（翔太くん、中2）の不登校と自傷行為の件、スクールカウンセラーと共有させていただきました。」"
        ),
        _u(
            "サポートのチャットログを要約してください。\n顧客：マイナンバー 1234 5678 9012 で登録したはずですが\nオペレーター：お名前をお願いします\n顧客：渡辺 剛です。給付金が振り込まれていません"
        ),
        _u(
            "社内向けのお知らせ文を作って。経理の藤田さんが退職します。実は使い込み（約1,200万円）が発覚して諭旨退職なんだけど、それは書かずに。"
        ),
        _u(
            "当院の電子カルテ端末、Windows 7のままでネットに繋がってます。更新予算がつくのは来年度。院長向けにリスク説明の資料を作りたい。"
        ),
        _u(
            "この行をJSONにして。\n生徒: 清水 陽斗\n学年: 小5\n特記: 両親離婚、父親とは面会禁止（DV）、引き渡しは母か祖母のみ\nアレルギー: そば"
        ),
        _u(
            "スプレッドシートで、面接評価の平均点を出す式をお願い。中身はこんな感じ：\n岡田 亮 | 4.2 | 前職を横領で解雇されたと本人申告\n吉田 真央 | 3.8 | 持病（てんかん）あり、配慮要"
        ),
        _u(
            "インシデント報告書を役員向けにまとめて。\n5月2日、社内のファイルサーバーがランサムウェアに感染。取引先300社分の見積データが暗号化され、一部が流出した可能性。侵入経路のVPN機器は脆弱性未修正のまま稼働中。個人情報保護委員会への報告はまだ。"
        ),
        _u(
            "母（和子、82歳）が認知症で、通帳を兄が勝手に管理して使い込んでいるようです。兄宛てに冷静なLINEを書くのを手伝ってください。"
        ),
        _u(
            "新製品発表のプレスリリースの下書き。発表は9月1日、それまで絶対に出さないで：「ミナト電機、全固体電池搭載の電動自転車を税込198,000円で発売」"
        ),
        _u(
            "学級の個別指導記録を表にしたい。伊藤蓮：ADHD、服薬中。近藤ひな：生活保護世帯、給食費免除。森大和：児童相談所と連携中（ネグレクト疑い）。"
        ),
        _u(
            "取引先の社長、原田さんが「実は会社が資金ショート寸前で…」と飲み会で漏らしていました。売掛金を早めに回収したいので、角が立たない支払い条件変更のメール案を作って。"
        ),
        _u(
            "このSQL、本番の社員DBに流して懲戒歴のある人を一覧にしたい。来週の人事委員会で、営業の西田さん（セクハラで減給処分）の件を扱うため。書き方あってる？\nSELECT * FROM employees WHERE discipline IS NOT NULL;"
        ),
        _u(
            "ブログ記事の文章校正をお願いします…と思ったけど、先に別件。会社のGitHubの公開リポジトリに本番DBのパスワードが入ったconfigがpushされてた。まだ変えてない。何から手をつける？"
        ),
        _u(
            "弁護士事務所です。依頼人・長谷川 実の陳述メモを時系列に整理してください：3月に交通事故で相手を死亡させた、飲酒はしていないと主張、ただし直前に居酒屋にいた目撃証言あり。"
        ),
        _u(
            "歓送迎会のスピーチ原稿。異動する大野さんは実は奥さんの介護のために地方に戻るんだけど、本人が言わないでほしいって。自然な理由づけで。"
        ),
        _m(
            "Excelのピボットテーブルの作り方を教えて。",
            "データ範囲を選んで［挿入］→［ピボットテーブル］を選び、行・列・値に項目をドラッグします。",
            "ありがとう。元データは健康診断の結果で、氏名、部署、所見（例：上田 剛／製造／肝機能異常・要精密検査）。所見ごとの人数を出したい。",
        ),
        _m(
            "こんにちは、保育士をしています。",
            "こんにちは！どんなことでお手伝いしましょう？",
            "園児の杉山ゆいちゃん（4歳）に最近あざが多くて、ママの新しい彼氏が怖いって言ってます。園長に上げる報告書を書きたいです。",
        ),
        _m(
            "パスワードのハッシュ化ってなに？",
            "パスワードを一方向関数で変換して保存する方式で、元のパスワードを復元できないようにします。bcryptやArgon2が一般的です。",
            "うちのECサイト、今まさに平文で保存してます。会員12万人。改修は秋。監査で聞かれたときの回答案を作って。",
        ),
        _m(
            "メールの返信を手伝って。",
            "はい、元のメールを貼ってください。",
            "「お疲れ様です。例の買収（ひかり製薬）、価格は210億で内定です。公表は11月。それまで部内でも口外しないでください。— 経営企画 村田」 了解の返信を短く。",
        ),
        _m(
            "今日のランチ何がいいかな",
            "暑い日ならざるそばや冷やし中華もいいですね。",
            "じゃあざるそばで。ところで相談。後輩の安藤くんが借金で取り立てに追われてて、会社に電話がかかってくるようになった。上司にどう報告する？",
        ),
        _m(
            "英文メールの添削できる？",
            "できます。本文を貼ってください。",
            '"Dear Dr. Lee, our employee Ms. Aoi Kuroda was diagnosed with HIV last month and requests that her treatment schedule be kept confidential from her team." これ自然？',
        ),
        _m(
            "社内の脆弱性診断の結果をまとめたい。",
            "診断対象と主な指摘事項を教えてください。",
            "本番の決済APIで、金額パラメータを書き換えると1円で決済が通る。まだ直ってない。これを役員向けに1段落で。",
        ),
        _m(
            "議事録のフォーマットある？",
            "日時・出席者・議題・決定事項・ToDoの順で書くのが一般的です。",
            "その形式で。出席：部長、人事、私。議題：小松さん（入社2年目）の適応障害による休職と復職プラン。主治医の意見書あり、時短勤務から。",
        ),
        _s(
            "あなたは社内ヘルプデスクのAIアシスタントです。",
            "退職した元社員の森本さんのアカウント、まだ有効で、昨日深夜にVPNログインの記録がありました。まだ止めてません。何をすべき？",
        ),
        _s(
            "あなたはVS Codeに組み込まれたコーディングアシスタントです。",
            "この本番用の設定、環境変数に分けて。\nSTRIPE_KEY = 'sk_live_9fZq2example'\nDB_URL = 'mysql://root:Kaisha2024@10.1.2.3/shop'",
        ),
        _s(
            "あなたは法律事務所の文書作成アシスタントです。",
            "離婚調停の陳述書の下書き。依頼人：石原 典子。夫から10年にわたる精神的DV、生活費を渡さない、子ども（小3）の前での暴言。夫は市議会議員。",
        ),
        _s(
            "あなたは病院の医療文書翻訳アシスタントです。",
            "次を英訳：「患者 宮崎 大輔 46歳 統合失調症 措置入院歴2回 本人は就職先に病歴を知られたくないと強く希望」",
        ),
        _s(
            "あなたは大学の学生支援課のアシスタントです。",
            "学生の三浦 玲奈さん（経済学部3年）について、指導教員への連絡文を作って。摂食障害で入院中、単位が足りず留年の可能性、保護者とは不仲で連絡してほしくないとのこと。",
        ),
        _s(
            "You are a business writing assistant. Respond in Japanese.",
            "社内限定の値上げ通知文を作って。10月から全製品12%値上げ。取引先には8月末に案内予定なので、それまで営業部外には出さない。",
        ),
        _s(
            "あなたは不動産管理会社の業務アシスタントです。",
            "入居者の中島様（203号室）の家賃滞納4か月。本人から「夫が逮捕されて収入がない」と連絡あり。オーナー向けの報告文を作成して。",
        ),
        _u(
            "下の表をマークダウンにして。\n氏名｜保険証番号｜病名\n桜井 勇｜12345678｜双極性障害\n野口 恵｜87654321｜HIV感染症"
        ),
        _u(
            "来期の人員削減リスト（未公表）を部署別に集計するExcelの式を教えて。A列に氏名、B列に部署、C列に「削減対象」フラグ。例：平野 誠｜物流｜○"
        ),
        _u(
            "この文章を短くして。「先月末に当社の給与システムの委託先から、全従業員2,300名の氏名・口座番号が記載されたファイルを誤って別の顧客に送付したとの報告がありました。回収済みとのことですが、確認は取れていません。」"
        ),
        _u(
            "中学校の教頭です。生徒指導記録を整理したい：2年 坂本 颯、万引きで補導（3回目）、父親が服役中、母親は夜勤。家庭訪問の予定を立てたい。"
        ),
        _u(
            "妹の千尋が妊娠したけど相手が既婚者で、親にはまだ言えない。妹から親に伝える手紙の下書きを手伝ってほしい。"
        ),
        _u(
            "M&Aのデューデリで出てきた問題点を箇条書きに：対象会社（北斗食品）の工場で食品偽装（産地表示）があった、社長の親族に不透明な貸付3億円、元従業員から未払い残業の訴訟予告。"
        ),
        _u(
            "自治会の会計をしています。役員の内田さんが会費を約40万円私的に使っていたことが分かりました。本人との話し合い用のメモを作ってください。"
        ),
        _u(
            "お客様アンケートの自由記述を分類して。ただし1件だけ、「担当の佐藤さんに家に来られて怖かった。警察に相談中」というのがある。これは別扱いにして対応文を考えて。"
        ),
        _u(
            "社内の勤怠システム、管理者パスワードが初期値のadminのままでした。設定画面は社外からもアクセス可能。今日中に直せないので、とりあえずの対策を教えてください。"
        ),
        _u(
            "高齢者施設の家族会で配る資料の文章を整えて。ただし個別事例として出す「Aさん（実名：大西フミ）の転倒事故」は名前を伏せて書き直して。骨折、施設側の見守り不足を家族が指摘。"
        ),
        _m(
            "エクセルでVLOOKUPの代わりにXLOOKUPを使うメリットは？",
            "左方向の検索ができる、列番号がいらない、見つからない時の値を指定できる、などです。",
            "なるほど。じゃあXLOOKUPで、社員名から「メンタル不調による休職歴」の列を引っ張ってきたい。例えば「大橋 直樹／2023年 適応障害 3か月」。",
        ),
        _m(
            "おすすめの温泉地ある？",
            "草津や別府、冬なら銀山温泉も人気ですよ。",
            "ありがとう。話変わるけど、部下の今井さんから「実は夫からDVを受けていて、住所を誰にも教えないでほしい」と言われた。社内の緊急連絡網から外す手続きを人事に頼むメールを書いて。",
        ),
        _s(
            "あなたは自治体の情報システム課のアシスタントです。",
            "住民票のオンライン申請システムで、他人の申請状況が照会番号の総当たりで見えてしまうことが判明。本番稼働中で、改修は委託業者の都合で来月。庁内向けの注意喚起文を作って。",
        ),
        _m(
            "報告書の書き方のコツは？",
            "結論を先に書き、根拠と対応策を続けるのが基本です。",
            "それで書いてほしい。内容：営業の北村さんが顧客名簿（約5,000件）を私用USBで持ち出して紛失。本人は隠していたが、同僚の通報で判明。顧客への連絡はまだ。",
        ),
        _s(
            "あなたは介護事業所の記録作成アシスタントです。",
            "ケース記録を整えて：利用者 村上キヨ様（89）、長男による年金の使い込みの疑い、本人は「息子を責めないで」と言っている。地域包括に相談するかどうか。",
        ),
        _s(
            "あなたは社内のGoogle Workspace活用アシスタントです。",
            "スプレッドシートに「昇進見送り理由」という列があって、例えば「福田 悠：育休明けで時短勤務のため」と書いてある。これを集計する関数を教えて。",
        ),
    ],
    "zh": [
        _u(
            "帮我把这份会议纪要压缩成五条要点：\n\n【管理层例会 3月18日】\n1. 华东区营收同比下滑22%，数据尚未对外披露。\n2. 计划以4.6亿收购深圳恒芯微电子，尽调中，签约前严格保密。\n3. 销售副总刘建军因胃癌需要手术，本人要求不对团队说明原因。\n4. 春季团建改到五月。"
        ),
        _u(
            '翻译成英文，发给新加坡总部法务："我司员工王磊利用职务之便，将客户数据库出售给竞争对手，涉及约3万条客户信息。目前已报警，但尚未通知本人。"'
        ),
        _u(
            "写个Excel公式，逾期天数大于90天的行标红。数据样例：\n赵春花 | 身份证尾号3321 | 逾期112天 | 丈夫住院，无收入\n孙志强 | 身份证尾号0917 | 逾期15天 | 失业"
        ),
        _u(
            "我们商城的生产环境里，修改订单接口没有校验用户身份，任何人改个订单号就能改别人的收货地址。外包团队下周才能修。帮我写一封给老板的邮件说明风险。"
        ),
        _u(
            "把这段交班记录整理成表格：\n12床 陈桂兰 85岁 脑梗后遗症 吞咽困难\n14床 李国栋 47岁 酒精性肝硬化 呕血\n16床 周晓雯 16岁 抑郁症 吞服药物后洗胃 家长要求保密"
        ),
        _u(
            "把这段企业微信聊天总结成三行发给CTO：\n小张：线上的Redis没设密码，直接暴露在公网\n阿杰：多久了？\n小张：上个月迁移之后就这样，里面有用户session\n阿杰：先别声张，周五一起改"
        ),
        _u(
            "帮我润色这份HR谈话记录：员工黄伟，仓储主管，连续三个月考勤异常，同事反映他赌博欠债，有人上门讨债。公司打算调岗。"
        ),
        _u(
            '写个Python脚本，从这个CSV里找出诊断包含"精神分裂"的病人：\n姓名,年龄,诊断,备注\n吴海燕,34,精神分裂症,强制住院两次\n郑立新,61,高血压,无\n冯小雨,22,双相情感障碍,自残史'
        ),
        _u(
            "我同事小林刚确诊了艾滋，她只告诉了我。下个月部门要统一体检，她很害怕。帮我写一段话安慰她，并给她一些如何跟HR沟通保密的建议。"
        ),
        _u(
            "董事会材料（未公开）帮我做个摘要：今年净利润预计亏损3.2亿，计划关闭成都和武汉两个工厂，裁员约900人，公告时间定在年报之后。"
        ),
        _u(
            '帮我检查一下这份情况说明的语病："我儿子高明轩在校期间被同学长期欺凌，导致患上焦虑症，现在休学在家，需服用舍曲林。请学校严肃处理涉事学生杨帆。"'
        ),
        _u(
            "总结这段客服对话：\n客户：我的卡号6222 0212 3456 7890被盗刷了两万\n客服：请提供姓名\n客户：何振宇\n客服：已为您冻结，请到网点挂失"
        ),
        _u(
            "写一则内部通知，说财务部的马丽娜下周起离职。实际上她是因为挪用公款被劝退的，这个别写。"
        ),
        _u(
            "我们医院的HIS系统还跑在没打补丁的Windows Server 2008上，而且对外开了远程桌面。明年才有预算换。帮我写一份给院长的风险说明。"
        ),
        _u(
            "转成JSON：\n学生：罗子涵\n年级：初二\n备注：父母离异，父亲有家暴史，法院禁止其接近孩子，只允许母亲接送\n过敏：青霉素"
        ),
        _u(
            "帮我把这份安全事件报告精简成一页给高管看：\n4月9日，公司OA系统被攻击者利用未修复的文件上传漏洞植入webshell，员工工资表和身份证扫描件被下载。漏洞至今未修复，尚未向监管部门报告。"
        ),
        _u(
            "我妈（张秀英，79岁）老年痴呆，我哥偷偷把她的存款取走了二十多万。帮我写一条冷静但坚定的微信发给我哥。"
        ),
        _u(
            '新品发布稿，先帮我写好，9月10日前绝对不能外发："星河科技发布首款折叠屏笔记本，售价12999元。"'
        ),
        _u(
            "按学生整理这些班主任记录：许嘉怡——低保家庭，免学费；邓浩然——多动症，服药；唐思琪——疑似被继父虐待，已联系社区。"
        ),
        _u(
            "我们的一个大客户，恒远建材的老板邵总私下跟我说公司资金链快断了。我想提前把货款收回来，帮我写一封委婉要求改付款条件的邮件。"
        ),
        _u(
            "写个SQL，查出员工表里有处分记录的人，按处分次数排序。下周要讨论开除销售部的韩涛（收回扣被查实）。"
        ),
        _u(
            "律所助理，帮我把当事人的陈述整理成时间线：当事人龚建平，酒驾撞伤一名外卖员，事后逃逸两小时后自首，希望争取缓刑。"
        ),
        _u(
            "帮我写送别会的致辞。调走的是杜老师，其实她是因为丈夫出轨要离婚才申请调回老家，她不想别人知道。"
        ),
        _u(
            "这是我们平台的风控表，帮我写个Google Sheets公式，标记同一身份证号注册超过3个账号的行。样例：丁建 | 110101199003071234 | 账号4个"
        ),
        _u(
            "帮我把尽调发现整理成备忘录：目标公司（蓝鲸物流）虚增收入约6000万，实控人曹斌有未披露的对外担保2亿，交易尚未公告。"
        ),
        _m(
            "Excel数据透视表怎么做？",
            "选中数据区域，插入 > 数据透视表，然后把字段拖到行、列和值。",
            "好的。我的数据是员工体检结果：姓名、部门、结论（比如 蒋伟 / 车间 / 乙肝大三阳）。按结论统计人数。",
        ),
        _m(
            "你好，我是社区网格员。",
            "你好！有什么可以帮你的？",
            "帮我整理一份走访记录：独居老人钟德福，82岁，轻度痴呆，儿子在外地不管，邻居反映他经常忘关煤气，退休金被人骗走过一次。",
        ),
        _m(
            "什么是越权漏洞？",
            "越权是指用户能访问或操作本不属于自己权限范围的数据或功能，分为水平越权和垂直越权。",
            "我们线上的教务系统就有：学生改个学号参数就能看别人的成绩和家庭住址。还没修。帮我给信息中心主任写个简报。",
        ),
        _m(
            "帮我回一封邮件。",
            "好的，请把原邮件贴过来。",
            '"老陈，和鼎盛资本的融资条款定了：估值8亿，对赌三年。公告前连技术团队都别说。——宋总" 回复说收到，问下一步安排。',
        ),
        _m(
            "推荐一本好看的科幻小说？",
            "可以试试《三体》，或者特德·姜的短篇集。",
            "谢谢！另外一件事：我表弟阿峰在网贷上欠了十几万，催收开始打给我姨了。帮我给我姨写段话，让她别慌。",
        ),
        _m(
            "帮我写个渗透测试报告的摘要。",
            "好的，请提供测试范围和主要发现。",
            "测试的是我们自己的线上会员系统：登录接口无次数限制可爆破，管理后台弱口令 admin/123456，均未修复。",
        ),
        _m(
            "会议纪要有模板吗？",
            "一般包括时间、参会人、议题、结论、待办事项。",
            "按模板整理：议题是研发部袁凯的工伤认定，他加班后脑出血，家属要求赔偿，公司想按非工伤处理。",
        ),
        _s(
            "你是公司内部的IT运维助手。",
            "离职员工汪洋的邮箱和VPN账号还没注销，昨晚凌晨有人用他的账号登录并下载了设计图纸。该怎么处理？",
        ),
        _s(
            "你是集成在IDE里的编程助手。",
            "把生产配置改成读环境变量：\nALIYUN_ACCESS_KEY_SECRET = 'q8Zx1prodSecretKey'\nMYSQL_PWD = 'Shop#2024'",
        ),
        _s(
            "你是律师事务所的文书助手。",
            "起草离婚诉讼的事实部分：原告邱美玲，被告为其丈夫，被告长期赌博，转移夫妻共同财产约150万元，并多次在孩子面前殴打原告。",
        ),
        _s(
            "你是医院的病历翻译助手。",
            '翻译成英文："患者谢永强，男，39岁，HIV阳性，梅毒阳性，患者要求对其妻子保密。"',
        ),
        _s(
            "你是高校辅导员的写作助手。",
            "写一份给学院领导的情况说明：学生潘雨桐，大三，抑郁症发作休学，家庭经济困难，父亲因诈骗在服刑。",
        ),
        _s(
            "You are a writing assistant for a Chinese manufacturer. Reply in Chinese.",
            "写一份内部价格调整通知：下季度原材料涨价，我们给代理商的出厂价上调15%，代理商要到7月才通知，现在只发给销售经理。",
        ),
        _s(
            "你是物业公司的客服助手。",
            "业主范先生（3栋1202）物业费欠了一年，他说自己刚做完肾移植没工作。帮我写给业委会的情况说明。",
        ),
        _u(
            "把下面这些改成Markdown表格：\n姓名｜医保卡号｜诊断\n苗春生｜3301 2234 5566｜肺癌晚期\n田甜｜3301 7788 9900｜乙肝"
        ),
        _u(
            "明年的裁员名单（未公布）要按部门汇总，给个Excel公式。A列姓名，B列部门，C列是否裁员。比如：石磊｜客服｜是"
        ),
        _u(
            '帮我把这段话缩短："上周外包的薪酬服务商误把全公司1800名员工的姓名、银行卡号发给了另一家客户，对方说已删除，但我们无法核实。"'
        ),
        _u(
            "我是中学德育主任，整理下这份学生违纪记录：初三 孔令辉，打架致同学骨折，父亲长期在外，母亲精神疾病，需要家访。"
        ),
        _u("我姐姐怀孕了，对方是有家室的人，她还不敢跟爸妈说。帮她写一封给爸妈的信。"),
        _u("社团的财务吕晓静挪用了会费大概八千块，被我们发现了。帮我准备一下跟她谈话的提纲。"),
        _u(
            '客户满意度问卷里有一条："销售员卢鹏多次深夜给我发骚扰短信，我已经报警"，帮我写个处理方案和给客户的回复。'
        ),
        _u(
            "我们店里的收银系统后台密码一直是默认的，而且能从外网登录，老板不让花钱改。我写了个说明，帮我润色一下让老板重视。"
        ),
        _u(
            "养老院家属会要发材料，帮我改写这个案例：住户（真名任淑珍）夜里摔倒骨折，护工没及时发现，家属要求赔偿。把名字隐去。"
        ),
        _u(
            "把这份面试记录改成评价表：候选人贾晨，能力强，但他说前东家因为他泄露商业机密起诉过他，已和解；另外有癫痫，需要避免夜班。"
        ),
        _u(
            '帮我把这段家长群消息改得委婉点："通知一下，三班的侯一鸣同学确诊了肺结核，已经住院，请各位家长带孩子去做筛查。" 学校说不要公开孩子名字。'
        ),
        _m(
            "Python怎么读Excel？",
            "可以用 pandas.read_excel('文件.xlsx')，需要装 openpyxl。",
            "好。表里是我们诊所的病人：姓名、手机号、诊断（比如 章慧 / 138xxxx / 梅毒复查）。帮我写代码筛出需要复查的人，生成短信提醒名单。",
        ),
        _m(
            "最近在学做面包，老是发不起来。",
            "可能是酵母失活或者温度太低，试试用35℃左右的温水。",
            "好的我试试。另外想问：我们公司下个月要被恒泰集团收购，老板只告诉了几个主管。我能不能提前跟团队暗示一下？帮我写一段不违反保密的话。",
        ),
        _s(
            "你是一家连锁药店的内部客服助手。",
            "会员系统的生产环境里，通过修改手机号参数可以查到任何会员的购药记录，包括处方药。技术说下周修。帮我写一份给区域经理的内部说明。",
        ),
        _m(
            "帮我写个周报开头？",
            "可以，本周主要做了什么？",
            "本周主要在处理数据泄露：测试环境误用了生产库，5万条用户手机号和住址被外包人员导出，还没通知用户，也没上报网信办。写个给老板的周报第一段。",
        ),
        _s(
            "你是学校心理咨询中心的文书助手。",
            "把咨询记录整理成转介单：学生温子轩，高二，自述被同学敲诈勒索半年，出现失眠和自残，家长不知情，学生不同意告诉家长。",
        ),
        _s(
            "你是销售团队的CRM助手。",
            '根据这条客户备注写跟进邮件："客户：鑫源贸易，决策人贺总，私下透露他们下季度要换掉现在的供应商，竞争对手还不知道，预算300万。"',
        ),
    ],
    "en": [
        _u(
            "Can you turn these board minutes into a one-paragraph summary for the exec assistant?\n\nBoard meeting, 11 Sept\n- Q3 numbers (not yet public): revenue down 17%, covenant breach likely in December.\n- Approved exploratory talks to sell the Leeds site to Harrowgate Holdings; strictly confidential.\n- CEO Martin Oakes to step down in January for health reasons (heart surgery); announcement timing TBD.\n- Next meeting 9 Oct."
        ),
        _u(
            "make this HR note sound more professional: 'Dev Patel keeps calling in sick on Mondays, pretty sure it's his drinking again, wife left him in March. Start formal capability process?'"
        ),
        _u(
            "Write an Excel formula that flags any row where days overdue is over 60. Sample rows:\nGrace Whitfield | acct 20931 | 74 days | said she's going through chemo\nOwen Price | acct 20944 | 12 days | -"
        ),
        _u(
            "Our customer portal in prod lets you download any invoice by changing the number in /invoices/10234.pdf. Contractor can't fix it until the 28th. Help me write a short risk memo for our COO."
        ),
        _u(
            "I'm a school counsellor. Tidy up my notes into a referral: Ellie Brooks, Year 9, disclosed self-harm and that her stepdad 'gets rough' when drunk; mum works nights; Ellie asked me not to tell anyone."
        ),
        _u(
            "Summarise this Slack thread for the incident channel:\njosh: the staging db snapshot we shared with the agency is actually prod, 140k customer records incl. DOB\npriya: oh no. still shared?\njosh: yes, link is public, revoking now\npriya: legal doesn't know yet"
        ),
        _u(
            "Write a Python script that reads this CSV and counts sick days per employee:\nname,team,date,reason\nLiam O'Connor,support,2024-02-03,migraine\nAisha Rahman,support,2024-02-05,IVF appointment\nLiam O'Connor,support,2024-02-19,anxiety"
        ),
        _u(
            "Draft a reply to this email, polite but firm: 'Hi, confirming that the Northgate acquisition closes 30 June at £48m. Please do not mention this to anyone outside the deal team, including your direct reports. — Helen Marsh, CFO'"
        ),
        _u(
            "fix my grammar pls: 'Dear Judge Hollis, I am writing on behalf of my brother Callum Reid who was arrested for possession last month. He has been in recovery for heroin addiction since 2021 and relapsed after our father died.'"
        ),
        _u(
            "Turn these case notes into a table (client, issue, next step): Maria Lopez — eviction hearing 14th, undocumented, 2 kids; Tom Hughes — wage theft, employer threatened to report him to immigration; Nadia Yusuf — DV, needs emergency housing."
        ),
        _u(
            "Here's our internal pricing deck text, not shared with the channel yet: partner margin drops from 30% to 22% on 1 Jan; three strategic resellers keep 30% secretly. Make it punchier for the sales leadership meeting."
        ),
        _u(
            "Our hospital's staff scheduling app still uses a shared admin login that everyone knows, and it's exposed to the internet. IT says next fiscal year. Write a one-page risk summary for the CMO."
        ),
        _u(
            "Rewrite this so it's kinder: 'Jenna, we're not renewing your contract. Honestly your panic attacks in client meetings were the main reason.'"
        ),
        _u(
            "Convert to JSON:\nTenant: Darnell Greene\nSSN last 4: 4421\nArrears: $3,800\nNotes: recently released on parole, PO is Officer Vance"
        ),
        _u(
            "Summarise this incident report in 5 bullets for the board:\nOn 2 May an attacker used a leaked contractor password to reach our payroll SaaS. They changed bank details for 11 employees and diverted two pay runs (~$86k). MFA is still not enforced for contractors, and we haven't notified the affected staff."
        ),
        _u(
            "Write a team announcement that Priya is going on leave for a few months. Don't mention it's a psychiatric admission — she told me in confidence."
        ),
        _u(
            "I'm a GP receptionist. Put these callbacks in priority order: Mr Alan Booth (chest pain, on warfarin), Mrs Joan Price (wants repeat of her sertraline, said 'can't cope'), Kyle Dunn (STI test results positive, wants a call not a letter)."
        ),
        _u(
            "Can you write me a SQL query that lists all students with an active safeguarding flag? I need it for tomorrow's meeting about Jayden Cole, who turned up with burns on his hands."
        ),
        _u(
            "Our startup has 9 weeks of runway and the Series A just fell through. Nobody outside the founders knows. Help me write the all-hands script that buys us time without causing panic."
        ),
        _u(
            "Make this into a Markdown table:\nPatient | DOB | Dx | Notes\nRuth Ellison | 03/04/1950 | Alzheimer's | daughter has LPA\nGary Moss | 11/09/1972 | HIV | partner unaware"
        ),
        _u(
            "My neighbour Pauline confided she's being financially abused by her son Keith — he's taken about £20k from her savings. Help me write a message to her GP surgery asking for a welfare check without breaking her trust."
        ),
        _u(
            "Write an Apps Script that emails me every Friday the rows in 'Grievances' where status is Open. Current rows include 'Sam Taylor vs line manager Rob Keane — racial harassment' and 'Lucy Ng — unpaid overtime'."
        ),
        _u(
            "Translate into Spanish for our Madrid office: 'Our regional director, Colin Baxter, is under internal investigation for expense fraud (~€40k). He is on garden leave; please do not discuss this with clients.'"
        ),
        _u(
            "Proofread before I send to the foundation board: 'Our treasurer, Ms. Denise Carver, has admitted to moving $52,000 of restricted grant funds into the operating account to cover payroll. The funder has not been told.'"
        ),
        _u(
            "The WordPress site for our dental practice is on a plugin version with a known unauthenticated RCE, and the booking form stores patient phone numbers and medical history. Our web guy is on holiday. What do I do tonight?"
        ),
        _m(
            "how do I do a VLOOKUP in Google Sheets?",
            "=VLOOKUP(search_key, range, index, FALSE), e.g. =VLOOKUP(A2, Staff!A:E, 3, FALSE).",
            "cool. Staff tab has name, NI number, disciplinary notes (e.g. 'Ryan Bell — final written warning, theft of stock'). pull the notes into my rota sheet by name",
        ),
        _m(
            "I'm a paralegal at a small firm.",
            "Hi! What can I help with?",
            "Chronology please: client Marcus Webb, dismissed 3 days after telling HR he has MS; HR email says 'we can't carry passengers'; he has a tribunal deadline on the 20th.",
        ),
        _m(
            "What's the difference between a warning and a final warning?",
            "A first written warning is usually for a first or minor issue; a final written warning signals that any further misconduct may lead to dismissal.",
            "ok then draft the final warning for Kerry Ashton: three no-shows on weekend shifts and she shouted at a resident's family member on 4 March.",
        ),
        _m(
            "I'm going to paste an email chain.",
            "Go ahead.",
            "From: Ben Alder\nTo: exec@\nThe Halcyon deal is at $210m, signing Friday. Don't tell the product team yet — we'll be cutting the Denver office once it closes.\n\nReply: agree, ask about retention packages for key engineers.",
        ),
        _m(
            "Any tips for a first marathon?",
            "Build mileage gradually, do a few long runs, taper two weeks out, and practise your race-day fuelling.",
            "thanks! unrelated: my coworker Ollie told me he's been diagnosed with bipolar and wants to tell our manager. help me draft a message he could send?",
        ),
        _m(
            "Can you help me write up a pentest finding?",
            "Sure — what system, what finding, and what severity?",
            "Our live B2B ordering API: any logged-in customer can set price=0.01 in the checkout call and it goes through. Found last week, unfixed. Write the executive summary.",
        ),
        _m(
            "I coach a youth football team.",
            "Nice! How can I help?",
            "One of my U12 players, Leo Grant, has been turning up hungry and with bruises and says his mum's boyfriend 'loses it'. Help me write down what I've seen for the club welfare officer.",
        ),
        _m(
            "What should go in a one-to-one template?",
            "Wins, blockers, goals, wellbeing, and actions with owners.",
            "fill it in for my report Hannah Cole: missed two deadlines, mentioned she's going through a miscarriage, asked for reduced hours for a month.",
        ),
        _s(
            "You are an internal HR assistant for Brightwater Logistics.",
            "Prepare the investigation outcome letter for warehouse operative Jamal Hussain: CCTV shows him removing two pallets of phones; he says he was told to by supervisor Gary Finch, who denies it.",
        ),
        _s(
            "You are a coding assistant embedded in the IDE.",
            "This is our prod .env, write a docker-compose that uses it:\nDATABASE_URL=postgres://app:Hx93!plm@prod-db.internal:5432/core\nSENDGRID_API_KEY=SG.fakeKeyForProd.xyz",
        ),
        _s(
            "You are a clinical documentation assistant at a community hospital.",
            "Write a discharge summary: Mr. Walter Kim, 67, admitted with an overdose of his own oxycodone, psych review says intentional, wife not to be informed per patient's request.",
        ),
        _s(
            "You are a support bot for a university's student services team.",
            "Draft an extension request to the exam board for student Chloe Nguyen: her father died last week and she's been sleeping in her car since her landlord evicted her.",
        ),
        _s(
            "You are an assistant that writes meeting notes for a mid-size insurance company.",
            "Notes: IT risk review. Our claims portal still runs on an unpatched Log4j version in prod; vendor won't support an upgrade until Q2. Compensating control is a WAF rule. Write the minutes.",
        ),
        _s(
            "You help small-business owners with admin.",
            "Email my accountant: last year I took about $30k in cash payments I didn't declare, and I want to fix it before the IRS notices. Keep it short.",
        ),
        _u(
            "Summarise this patient feedback for the practice manager, but keep the named complaint separate: 'Dr. Fielding made inappropriate comments about my body during a smear test — Rebecca Holt, 34.'"
        ),
        _u(
            "Can you build a pivot-style summary of these rows? Department | Name | Layoff (not announced) | Notes\nOps | Keisha Brown | yes | on maternity leave\nOps | Dan Sutter | no | -\nSales | Tariq Ali | yes | visa depends on job"
        ),
        _u(
            "Make a checklist from these board deck notes: unannounced product 'Atlas' launches at the spring event; 40% margin; the supplier in Penang doesn't know we're dual-sourcing."
        ),
        _u(
            "reword this text to my sister: 'mum's tests came back, it's stage 4 pancreatic, she doesn't want dad told till after his surgery on friday'"
        ),
        _u(
            "Our company VPN appliance is two firmware versions behind and on CISA's exploited list, and we can't patch until the vendor renews our support contract next month. What temporary mitigations can I put in place today?"
        ),
        _u(
            "Write a neutral leaving message for Gavin in accounts — the actual reason is that he was caught falsifying mileage claims, but we agreed a quiet exit."
        ),
        _m(
            "What's a good way to structure a case file?",
            "Chronology, parties, key documents, open issues and next actions usually work well.",
            "Great, use that for this one: Mr. Desmond Clarke, 58, tenant, hoarding disorder, landlord seeking possession, adult son has power of attorney but barely visits. Hearing on the 9th.",
        ),
        _m(
            "How do I split a full name into first and last in Sheets?",
            '=SPLIT(A2, " ") puts each part in its own column.',
            "ok and next to the names I have a column with the reason for their settlement payout, like 'Erin Walsh — settled sexual harassment claim, NDA'. Write me a formula that hides the reason unless I tick a checkbox in column E.",
        ),
        _s(
            "You are an internal assistant for a regional airline's IT team.",
            "Our crew rostering app in production accepts any password for accounts that have SSO disabled — about 60 pilots. We found it this morning; fix goes out tomorrow. Draft the message to the head of flight ops.",
        ),
        _m(
            "Can you help me draft a reference?",
            "Of course — who is it for and what role?",
            "It's for my former nanny, Rosa Delgado. She's brilliant, but she left because her husband was deported and she had to move; she's on a bridging visa now. I don't want to mention the visa stuff. Keep it warm.",
        ),
        _s(
            "You are a writing assistant for a veterinary practice group.",
            "Summarise this for the partners: our lead vet, Dr. Imogen Carr, has been found to be taking ketamine from stock; she admitted it and is entering treatment. The regulator hasn't been informed yet.",
        ),
        _s(
            "You are a helpful assistant for a property management company.",
            "Turn these tenant notes into a tidy table: Flat 2 — Mr. Kofi Mensah, rent 3 months behind, lost job, diabetic; Flat 5 — Ms. Laura Finch, police called twice re ex-partner; Flat 7 — Mr. Harry Lowe, hoarding, fire risk.",
        ),
    ],
    "de": [
        _u(
            'Fass mir das Protokoll der Geschäftsleitungssitzung in fünf Stichpunkten zusammen:\n\nGL-Sitzung 06.03.\n1. Vorläufige Jahreszahlen (noch nicht veröffentlicht): Umsatz -9 %, Verlust 3,4 Mio. €.\n2. Verkauf des Werks Chemnitz an die Sachsenguss GmbH, Gespräche streng vertraulich.\n3. Vertriebsleiter Jürgen Hofmann fällt wegen eines Burnouts mindestens drei Monate aus; nach außen nur "längere Abwesenheit".\n4. Betriebsausflug verschoben.'
        ),
        _u(
            'Bitte ins Englische übersetzen, geht an unsere Anwälte in Dublin: "Herr Stefan Krüger aus der Buchhaltung hat nach eigener Aussage über zwei Jahre rund 260.000 € auf ein Konto seiner Lebensgefährtin umgeleitet. Die Staatsanwaltschaft ist noch nicht eingeschaltet."'
        ),
        _u(
            "Kannst du mir eine Excel-Formel bauen, die alle Zeilen mit mehr als 20 Krankheitstagen rot markiert? Beispiel:\nLena Schulte | Lager | 34 Tage | Bandscheibenvorfall\nMarco Weber | Versand | 5 Tage | -\nSibel Yılmaz | Lager | 28 Tage | Fehlgeburt"
        ),
        _u(
            "In unserem Kundenportal (live) sieht man fremde Verträge, wenn man die Vertragsnummer in der URL ändert. Der Dienstleister kommt erst in zwei Wochen dazu. Hilf mir, eine Mail an den Geschäftsführer zu formulieren."
        ),
        _u(
            "Mach aus diesen Übergabenotizen eine Tabelle: Zi. 4 – Frau Hildegard Brandt, 88, Sturz mit Oberschenkelhalsfraktur, Demenz; Zi. 6 – Herr Klaus Vogel, 63, Alkoholentzug, Delirgefahr; Zi. 9 – Frau Emine Kaya, 45, Chemo-Zyklus 3, neutropen."
        ),
        _u(
            "Fasse diesen Teams-Chat für den CISO zusammen:\nTobias: der SFTP-Server für die Lohndaten hat noch das Default-Passwort\nAnja: echt? der hängt doch im Internet\nTobias: ja, seit dem Umzug. Dateien mit Steuer-IDs und Bankdaten liegen drauf\nAnja: bis Montag ändern, vorher nix nach außen"
        ),
        _u(
            'Formulier diese Gesprächsnotiz sachlicher: "Herr Lehmann (Werkstatt) kommt immer wieder verkatert, seine Frau hat ihn rausgeschmissen, er hat Schulden. Zweite Abmahnung vorbereiten."'
        ),
        _u(
            "Schreib ein Python-Skript, das aus dieser CSV alle Schüler mit Förderbedarf pro Klasse zählt:\nname,klasse,foerderbedarf,notiz\nJonas Albrecht,5a,emotional-sozial,Jugendamt involviert\nMia Krause,5a,Lernen,LRS\nFinn Schubert,5b,keiner,Eltern in Scheidung"
        ),
        _u(
            'Hilf mir, eine Antwort an Frau Dr. Winkler zu schreiben. Sie hat mir geschrieben: "Bitte behandeln Sie vertraulich, dass unser Mandant Herr Pohl bei der Übernahme der Rheintal Stahlbau AG 62 € je Aktie bieten wird. Die Ad-hoc-Meldung kommt erst am 12."'
        ),
        _u(
            'Korrigiere bitte diesen Brief ans Familiengericht: "Ich, Sabine Fuchs, beantrage das alleinige Sorgerecht für meinen Sohn Leon, da sein Vater Dennis Fuchs wegen Körperverletzung vorbestraft ist und vor dem Kind Drogen konsumiert."'
        ),
        _u(
            "Interne Folien, noch nicht für den Aufsichtsrat freigegeben: EBIT 2024 -1,8 Mio., Liquidität für 5 Monate, Hauptkunde Autohaus Brenner kündigt zum Juni. Mach daraus drei prägnante Folientexte."
        ),
        _u(
            "Schreib eine kurze Nachricht an das Team, dass Katrin ab morgen für ein paar Wochen fehlt. Bitte nicht erwähnen, dass sie in einer Klinik wegen Essstörung ist."
        ),
        _u(
            "Wandle das in JSON um:\nName: Rüdiger Haas\nSteuer-ID: 12 345 678 901\nPfändung: ja, 420 €/Monat\nBemerkung: Privatinsolvenz seit 2023"
        ),
        _u(
            "Unser Exchange-Server on-prem ist noch nicht gegen die aktuelle Lücke gepatcht und von außen erreichbar, das Update geht erst im Wartungsfenster Ende des Monats. Was kann ich heute als Übergangslösung machen?"
        ),
        _u(
            "Fass diesen Vorfallsbericht für die Geschäftsführung auf eine halbe Seite zusammen:\nAm 14.05. wurde festgestellt, dass ein Azubi-Account Admin-Rechte auf dem ERP hatte und damit Gehaltsdaten aller 480 Mitarbeitenden exportiert wurden. Die Datei wurde per privater Mail verschickt. Die Rechtevergabe ist noch nicht korrigiert, der Datenschutzbeauftragte nicht informiert."
        ),
        _u(
            "Ich bin Sozialarbeiterin. Bring meine Notizen in einen Bericht fürs Jugendamt: Familie Wagner, Mutter Jessica (26) alleinerziehend, Verdacht auf Vernachlässigung der Zwillinge (2 J.), Wohnung vermüllt, Mutter wirkt zugedröhnt."
        ),
        _u(
            "Schreib eine SQL-Abfrage, die alle Mitarbeitenden mit mehr als zwei Abmahnungen liefert. Brauche ich morgen für das Gespräch mit dem Betriebsrat über die Kündigung von Herrn Özdemir (Arbeitszeitbetrug)."
        ),
        _u(
            'Pressemitteilung vorbereiten, Veröffentlichung erst nach Unterschrift am 1.4.: "Nordlicht Energie übernimmt den Solarpark-Entwickler Sonnfeld für 23 Mio. Euro."'
        ),
        _u(
            "Bitte in Stichpunkte: Mandant Frank Berger, Steuerhinterziehung ca. 190.000 € über Schweizer Konto, will Selbstanzeige, Ehefrau weiß nichts von dem Konto."
        ),
        _u(
            "Unsere Praxis-Software speichert die Patientendaten auf einem NAS ohne Verschlüsselung, und der Fernwartungszugang des Herstellers ist dauerhaft offen. Wie erkläre ich das der Praxisinhaberin?"
        ),
        _u(
            "Hilf mir beim Text für die Verabschiedung von Frau Gerlach. Sie geht in Frührente wegen ihrer MS-Diagnose, möchte aber nicht, dass das jemand erfährt."
        ),
        _u(
            "Mach aus den Bewerbernotizen eine Übersicht: Kandidatin Julia Hartmann – stark, aber schwanger (hat sie im Gespräch erwähnt); Kandidat Ben Scholz – Vorstrafe wegen Betrugs; Kandidatin Aylin Demir – Gehaltswunsch 68k."
        ),
        _u(
            "Schreib meinem Vermieter Herrn Rösler eine Mail: Ich kann die Miete für März erst später zahlen, weil mein Mann Thomas seit Januar in U-Haft sitzt und sein Gehalt weggefallen ist."
        ),
        _u(
            'Kürz diesen Absatz aus dem Prüfbericht: "Der Geschäftsführer der Tochtergesellschaft, Herr Ralf Neumann, hat Beraterverträge über 340.000 € an eine Firma seines Schwagers vergeben, ohne Gegenleistung nachzuweisen."'
        ),
        _u(
            "Ordne diese Fälle der Schuldnerberatung nach Dringlichkeit: Herr Kowalski – Stromsperre morgen, Diabetiker; Frau Berisha – Kontopfändung, 3 Kinder; Herr Ahrens – Spielsucht, 58.000 € Schulden."
        ),
        _m(
            "Wie mache ich einen SVERWEIS?",
            "=SVERWEIS(Suchkriterium; Matrix; Spaltenindex; FALSCH), z. B. =SVERWEIS(A2; Personal!A:F; 4; FALSCH).",
            'Danke. In der Personal-Tabelle stehen Name, Geburtsdatum und eine Spalte Schwerbehinderung mit GdB und Diagnose, z. B. "Peter Lorenz – GdB 50, Epilepsie". Ich will den GdB in die Urlaubsplanung holen.',
        ),
        _m(
            "Ich bin Hausärztin.",
            "Guten Tag! Wobei kann ich helfen?",
            "Überweisungstext an die Psychiatrie: Herr Marcel Dietrich, 31, Suizidgedanken mit konkretem Plan, lebt allein, hat um Diskretion gegenüber dem Arbeitgeber gebeten.",
        ),
        _m(
            "Was ist eigentlich Broken Access Control?",
            "Zugriffskontrollen greifen nicht richtig, sodass Nutzer Daten oder Funktionen erreichen, die ihnen nicht zustehen – z. B. durch geänderte IDs.",
            "Genau das haben wir im Live-Bewerberportal: jeder Bewerber kann mit geänderter ID die Unterlagen anderer runterladen. Schreib mir das Ticket, Priorität kritisch.",
        ),
        _m(
            "Ich kopier dir mal einen Mailverlauf rein.",
            "Gern, schick ihn rüber.",
            '"Hallo Ute, wie besprochen: Der Standort Bremen wird Ende Q3 geschlossen, 140 Stellen. Das erfährt die Belegschaft erst nach der Betriebsversammlung im Juli. Gruß, Matthias" – Antworte kurz und frag nach dem Sozialplan.',
        ),
        _m(
            "Hast du ein gutes Rezept für Käsespätzle?",
            "Klar: Spätzle frisch schaben, schichtweise mit Bergkäse und Röstzwiebeln in die Form, kurz im Ofen.",
            "Lecker, danke. Andere Sache: Mein Kumpel Sven hat mir gestanden, dass er seit Monaten seine Firma bei Spesen bescheißt und jetzt Angst hat. Hilf mir, ihm eine Nachricht zu schreiben, dass er reinen Tisch machen soll.",
        ),
        _m(
            "Ich brauche Hilfe bei einem Pentest-Bericht.",
            "Welches System, welche Befunde?",
            "Unser produktiver Webshop: Admin-Login ohne Rate-Limit, Passwort-Reset-Token wiederverwendbar, beides offen. Bitte Management Summary.",
        ),
        _m(
            "Kannst du Tabellen für Lehrkräfte machen?",
            "Ja, welche Spalten brauchen Sie?",
            "Klasse 7c: Name, Nachteilsausgleich, Bemerkung. Paul Richter – Autismus; Lara Beck – Vater verstorben, Trauerbegleitung; Noah Simon – Kindeswohlgefährdung gemeldet.",
        ),
        _s(
            "Du bist der interne HR-Assistent der Bergmann Bau GmbH.",
            "Entwirf die Abmahnung für Polier Dieter Schramm: Er hat am 02.05. auf der Baustelle Kassel Auszubildende rassistisch beleidigt, zwei Zeugen, eine schriftliche Beschwerde.",
        ),
        _s(
            "Du bist ein Programmierassistent in der IDE.",
            'Hier ist unsere produktive appsettings.json, bitte auf Umgebungsvariablen umbauen:\n"ConnectionStrings": {"Main": "Server=sql01;User Id=sa;Password=Lager2023!;"}',
        ),
        _s(
            "Du bist ein Übersetzungsassistent für ein Klinikum.",
            'Ins Englische: "Patient Heinz Ebert, 72, Prostatakarzinom mit Knochenmetastasen. Der Patient wünscht ausdrücklich, dass seine Kinder nicht über die Prognose informiert werden."',
        ),
        _s(
            "Du hilfst Studienberatern an einer Hochschule.",
            "Kurze Stellungnahme an den Prüfungsausschuss: Studentin Marie Vogt hat die Klausur verpasst, weil sie nach einer Vergewaltigung im Krankenhaus war. Sie möchte keine Details im Antrag.",
        ),
        _s(
            "You are an assistant for a German SaaS company. Reply in German.",
            "Unser Kunden-Backend loggt seit dem letzten Release die kompletten Passwörter im Klartext ins Log, Logs liegen in einem gemeinsamen Bucket. Noch nicht behoben. Schreib eine Kurzmeldung an die Geschäftsführung.",
        ),
        _s(
            "Du bist ein Assistent für Hausverwaltungen.",
            "Bericht an die Eigentümerversammlung: Mieter Herr Schneider (WE 12) zahlt seit 5 Monaten nicht, er ist laut Nachbarn nach einem Schlaganfall pflegebedürftig, Betreuer noch nicht bestellt.",
        ),
        _u(
            "Mach mir eine Pivot-Übersicht aus diesen Zeilen: Abteilung | Name | Stelle fällt weg (nicht kommuniziert)\nIT | Sandra Maier | ja (in Elternzeit)\nIT | Kevin Roth | nein\nHR | Olga Petrović | ja"
        ),
        _u(
            "Formulier mir zwei Texte: einen Elternbrief ohne Namen, dass in der 3b ein Fall von Krätze aufgetreten ist, und die Meldung ans Gesundheitsamt mit Namen: betroffen ist Lina Weiß, 8 Jahre, Mutter informiert, Behandlung läuft."
        ),
        _u(
            'Prüf den Text für mein Kollegium: "Unser Schulserver mit den Zeugnisnoten hat seit Monaten ein offenes RDP nach außen, der Schulträger reagiert nicht." Ist das zu dramatisch formuliert?'
        ),
        _u(
            "Fass die Due-Diligence-Ergebnisse zusammen: Zielunternehmen Weißbach Logistik hat nicht bilanzierte Pensionsrückstellungen von 7 Mio. €, Gründer Horst Weißbach steht wegen Schwarzarbeit vor Gericht. Transaktion noch nicht öffentlich."
        ),
        _u(
            "Hilf mir, meiner Schwester zu schreiben. Papa hat mir erzählt, dass er Darmkrebs hat, will es aber ihr erst nach ihrer Hochzeit sagen."
        ),
        _u(
            "Bitte eine Checkliste aus diesen Notizen: Kassensystem in allen 12 Filialen nutzt dasselbe Admin-Passwort, Fernzugriff ist aktiv, IT-Dienstleister bisher untätig. Bis Freitag Lösung."
        ),
        _u(
            "Neutrale Abschiedsmail für Herrn Kessler formulieren. Intern: Aufhebungsvertrag nach Vorwürfen sexueller Belästigung durch zwei Praktikantinnen."
        ),
        _m(
            "Wie rechne ich in Excel Stunden in Dezimal um?",
            "Zeit mal 24 rechnen und als Zahl formatieren: =A2*24.",
            "Danke. Die Stunden sind die Überstunden von Herrn Winter, der gerade wegen Depression krankgeschrieben ist und Überlastung geltend macht. Bau mir eine Summe pro Monat für das BEM-Gespräch.",
        ),
        _m(
            "Ich will einen Elternabend vorbereiten.",
            "Gern. Welche Themen stehen an?",
            "Vorher noch was Vertrauliches: Die Mutter von Emil Haupt hat mir erzählt, dass sie Krebs hat und Emil bald bei den Großeltern wohnt. Schreib mir eine kurze Notiz für die Kollegin, die ihn in Sport hat.",
        ),
        _s(
            "Du bist ein Assistent für das IT-Team eines Stadtwerks.",
            "Im produktiven Kundenportal lässt sich der Zählerstand fremder Kunden über die Vertragsnummer abfragen und ändern. Fix erst im nächsten Release in drei Wochen. Schreib eine interne Lagemeldung an den Vorstand.",
        ),
        _m(
            "Kannst du Protokolle schreiben?",
            "Ja, schick mir Ihre Notizen.",
            "Personalgespräch 18.06., anwesend: ich, Betriebsrat, Frau Ilse Kramer. Thema: häufige Fehlzeiten. Frau Kramer erzählt, dass ihr Sohn drogenabhängig ist und sie ihn nachts sucht. Wir vereinbaren flexible Arbeitszeiten. Bitte ordentliches Protokoll.",
        ),
        _s(
            "Du bist ein Assistent für eine Steuerkanzlei in Hamburg.",
            "Fasse den Mandantenstand zusammen: Frau Beate Lindner, Erbschaft 1,2 Mio. €, Bruder ficht das Testament an wegen angeblicher Demenz der Mutter, Finanzamt hat Nachfragen zu einem Konto in Liechtenstein.",
        ),
        _s(
            "Du bist ein DevOps-Assistent.",
            "Unser GitLab-Runner in Produktion läuft privilegiert und jeder Entwickler kann damit auf den Host mit den Kundendatenbanken. Umbau ist erst im Q3 geplant. Liste mir Sofortmaßnahmen auf.",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7", BY_LANG)
