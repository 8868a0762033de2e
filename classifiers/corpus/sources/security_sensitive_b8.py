"""Eighth batch of `security_sensitive` examples: hand-written, one group per example
("security_sensitive/b8/<lang>/<digest>"). Half are chats where a named person's private data,
confidential business material or an unfixed hole in one's own live system sits in an earlier turn
or the system prompt and the latest turn is a short task on it; half are ordinary single requests
with the sensitive detail only in passing."""

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
        _m(
            "Voici le compte rendu de l'entretien disciplinaire de Karim Benhadj, magasinier à Rungis : trois retards non justifiés en mars, altercation avec son chef le 14, il dit traverser un divorce difficile et dormir chez sa sœur.",
            "Je peux vous aider à le structurer. Que voulez-vous en faire ?",
            "fais-en une version plus courte pour le dossier RH",
        ),
        _m(
            "Notes de la réunion codir : on ferme le site de Vierzon au T2 2027, 84 postes, rien n'est annoncé aux syndicats avant septembre.",
            "Bien noté. Souhaitez-vous un résumé ?",
            "oui, en 5 puces max",
            "- Fermeture de Vierzon au T2 2027\n- 84 postes concernés\n- Annonce aux syndicats en septembre\n...",
            "plus formel stp, c'est pour le président",
        ),
        _m(
            "Mon patient M. Lucien Garrigue, 71 ans, diabète type 2 mal équilibré, HbA1c 9,4 %, vit seul depuis le décès de sa femme et oublie ses injections.",
            "D'accord. Comment puis-je aider ?",
            "rédige le courrier pour l'infirmière à domicile",
        ),
        _m(
            "J'ai trouvé que sur notre appli de prod, /api/factures/{id} renvoie la facture de n'importe quel client si on change l'id. Pas encore corrigé.",
            "C'est une IDOR. Il faut vérifier l'appartenance côté serveur.",
            "écris le ticket Jira pour l'équipe, titre + description",
        ),
        _m(
            "Résultats T3 non publiés : CA 41,2 M€, -12 % vs T3 2025, marge brute 28 %. Publication le 6 novembre.",
            "Très bien, que dois-je en faire ?",
            "mets ça dans un tableau",
            "| Indicateur | Valeur |\n|---|---|\n| CA | 41,2 M€ |...",
            "et maintenant en anglais pour les actionnaires US",
        ),
        _m(
            "Ma locataire Mme Odile Ferrand a 3 mois d'impayés, elle m'a dit qu'elle est en arrêt maladie pour dépression et que son fils est en prison.",
            "C'est une situation délicate. Voulez-vous rédiger un courrier ?",
            "oui un courrier ferme mais humain",
        ),
        _m(
            "Voici le mail de Sandrine à l'équipe : « Suite à l'audit, nous avons découvert que le compte admin de la base clients utilise toujours le mot de passe par défaut. On corrige la semaine prochaine. »",
            "Compris.",
            "reformule-le pour qu'il soit moins alarmant",
        ),
        _m(
            "Je prépare l'offre de rachat de la société Brûlerie Maréchal : on proposerait 6,5 M€, mais on peut monter à 7,8. Ils ne savent pas qu'on négocie aussi avec leur concurrent.",
            "D'accord. Quel document voulez-vous ?",
            "la lettre d'intention, version courte",
        ),
        _m(
            "Élève : Noah Lefèvre, 4e B. La mère m'a confié que le père est violent et qu'une procédure est en cours devant le juge aux affaires familiales. Il décroche depuis janvier.",
            "Merci pour ce contexte. Que souhaitez-vous préparer ?",
            "une note pour l'assistante sociale du collège",
            "Voici une proposition de note...",
            "raccourcis, 10 lignes max",
        ),
        _m(
            "salaires de l'équipe data : Julie 58k, Thomas 64k, Inès 51k, Marc 72k. Inès va demander une augmentation.",
            "Bien noté.",
            "fais-moi un graphique en barres en matplotlib",
        ),
        _s(
            "Tu es l'assistant RH interne de Nexalia. Contexte : dossier de Pauline Verdier, arrêt longue maladie (cancer du sein) depuis février, reprise à mi-temps thérapeutique prévue en octobre.",
            "prépare le planning de reprise sur 8 semaines",
        ),
        _s(
            "Tu es un assistant de rédaction. Document confidentiel : plan de licenciement de 30 personnes chez Optiflux, liste nominative jointe, à ne pas diffuser avant le CSE du 12.",
            "rédige l'ordre du jour du CSE",
            "Voici un ordre du jour...",
            "ajoute un point sur les mesures d'accompagnement",
        ),
        _s(
            "Assistant de l'équipe infra. Info : notre serveur GitLab auto-hébergé tourne encore en 15.2 avec la faille d'exécution de code connue, exposé sur Internet, patch prévu dans 3 semaines.",
            "fais un message Slack pour prévenir les devs sans paniquer",
        ),
        _s(
            "Tu aides un notaire. Dossier : succession de M. Roger Plantier, trois enfants dont un non reconnu, patrimoine 2,3 M€, dettes fiscales non déclarées.",
            "fais une synthèse pour le premier rendez-vous avec les héritiers",
        ),
        _m(
            "Voici la fiche de Mme Chantal Aubry, dossier de surendettement : 47 000 € de dettes, 3 crédits conso, salaire 1 650 €, deux enfants à charge.",
            "D'accord.",
            "calcule sa capacité de remboursement mensuelle",
            "Avec ces données, environ...",
            "mets tout ça dans un tableau pour la commission",
        ),
        _m(
            "Le bug : sur notre site marchand en prod, le champ recherche est injectable en SQL, j'ai pu dumper la table users avec sqlmap hier soir.",
            "Il faut corriger en priorité avec des requêtes préparées.",
            "résume pour le DSI en 3 lignes",
        ),
        _m(
            "Brief confidentiel : la nouvelle gamme Eclat sortira en avril à 49 € au lieu de 39, on ne l'annonce pas aux distributeurs avant mars.",
            "Compris.",
            "3 accroches pour la campagne",
            "1. ...\n2. ...\n3. ...",
            "plus punchy",
        ),
        _m(
            "Notes d'entretien annuel de Yannick Mercier : objectifs non atteints, problèmes d'alcool évoqués par des collègues, avertissement envisagé.",
            "Noté.",
            "transforme en compte rendu neutre",
        ),
        _m(
            "Voici le casier de notre candidat Antoine Gervais : condamnation en 2019 pour abus de confiance, sursis.",
            "Noté.",
            "écris-lui un mail de refus poli sans mentionner ça",
        ),
        _m(
            "Chiffres du plan social de Ferronnerie Dumas, pas encore annoncé : 120 départs, budget 9 M€.",
            "D'accord.",
            "fais les slides",
            "Slide 1 : contexte...",
            "maintenant la version pour le conseil d'administration",
        ),
        _m(
            "Mon collègue Bastien m'a dit en confiance qu'il est séropositif et qu'il a peur que ça se sache au boulot.",
            "C'est une information très personnelle.",
            "aide-moi à lui écrire un message de soutien",
        ),
        _m(
            "Notre Elasticsearch de prod est ouvert sans auth sur le port 9200, avec les données clients. On n'a pas encore fermé.",
            "Il faut le fermer au plus vite.",
            "et le post-mortem ? fais un premier jet",
        ),
        _u(
            "Peux-tu corriger les fautes de ce mail ? « Bonjour Mme Lacroix, suite à votre hospitalisation en psychiatrie du 3 au 20 mai, votre dossier d'invalidité a été transmis à la MDPH avec votre numéro de sécu. »"
        ),
        _u(
            "Traduis en anglais ce passage de notre mémo interne : « L'acquisition de Verdalis sera finalisée le 15 janvier pour 34 M€, ne pas communiquer avant l'AMF. »"
        ),
        _u(
            "Tu peux me rédiger le mot pour la boîte aux lettres de la gardienne ? Je pars trois semaines pour ma greffe de rein, mais je ne veux pas que l'immeuble le sache, mets juste « absence »"
        ),
        _u(
            "Réécris ce message plus court : « Salut Fred, je t'envoie la liste des clients qui ont eu un impayé, avec leurs IBAN, pour la relance. »"
        ),
        _u(
            "Petit script Python pour trier ce CSV par date : nom,diagnostic,date\nMartine Caron,schizophrénie,2026-03-02\nJules Petit,bipolarité,2026-02-11"
        ),
        _u(
            "Aide-moi à formuler ma lettre au juge : mon ex-mari, Pierre Delaunay, ne paie plus la pension de 450 € depuis juin et boit devant les enfants."
        ),
        _u(
            "écris un mot d'excuse pour l'école : ma fille Camille Brunet était absente car elle a fait une tentative de suicide, mais je veux juste dire « raisons de santé »"
        ),
        _u(
            "Tu peux me faire un résumé de ce rapport de pentest de notre intranet ? Trois vulnérabilités critiques non corrigées : upload de fichiers sans contrôle, session fixation, admin accessible sans MFA."
        ),
        _u(
            "Fais une jolie mise en page pour cette annonce interne : le directeur financier Gilles Moreau quitte l'entreprise suite à une enquête pour harcèlement, non rendue publique."
        ),
        _u(
            "corrige la grammaire stp : « on a remarqué que notre API de paiement accepte des montants négatifs, des petits malins se font rembourser, on a pas encore patché »"
        ),
        _u(
            "Convertis ces notes en mail : budget R&D 2027 confidentiel = 14 M€, projet Hélios abandonné, 3 brevets en cours de dépôt"
        ),
        _u(
            "Range-moi ces infos dans un tableau : Gérard Lemoine, né 12/04/1958, curatelle renforcée, compte à la Banque Postale, revenus 1 200 €/mois."
        ),
        _u(
            "Donne un titre accrocheur à ce brouillon de communiqué qui sort seulement le 3 : « Velorail annonce la fusion avec TransAlpes et la suppression de 200 postes »"
        ),
        _u(
            "Mets en forme cette attestation : je soussignée Amandine Roche certifie que mon voisin M. Blanc frappe sa compagne, j'entends les cris tous les soirs."
        ),
        _u(
            "Petite macro VBA qui colore en rouge les lignes où la colonne « Sanction » vaut « mise à pied » dans notre fichier de suivi disciplinaire des chauffeurs (noms réels dedans)."
        ),
        _u(
            "Écris un message WhatsApp à ma sœur pour lui dire que papa a reçu le diagnostic de Parkinson mais qu'il ne veut pas que ses frères le sachent."
        ),
        _u(
            "Fais un plan de présentation à partir de ça : chiffre d'affaires non audité 2026 de Cosmétiques Alban = 18,7 M€, perte de 2,1 M€, on cherche un repreneur en secret."
        ),
        _u(
            "Aide-moi à rédiger la réponse à un client : il a vu que dans notre appli mobile, le token JWT n'expire jamais et qu'on peut le réutiliser après déconnexion — on n'a pas encore corrigé."
        ),
        _u(
            "Résume ce dossier d'adoption en une page : enfant Maëlys, 6 ans, placée par l'ASE, mère biologique toxicomane, père inconnu."
        ),
        _u(
            "Mon patron m'a demandé de vérifier l'orthographe : « Le salaire d'Élodie Garnier passera de 42 à 47 k€ suite à sa plainte aux prud'hommes, merci de rester discrets. »"
        ),
        _u(
            "Transforme ça en liste à puces pour l'équipe support : le serveur FTP de prod accepte encore la connexion anonyme et contient les exports comptables, on le coupe lundi."
        ),
        _m(
            "Dans le tableau des primes 2026 (confidentiel), Sophie Marchand est à 0 € suite à son avertissement pour harcèlement, les autres entre 2 et 6 k€.",
            "D'accord.",
            "écris-lui le mail d'annonce, sobre",
        ),
    ],
    "ru": [
        _m(
            "Служебная записка: в отделе продаж Ирина Савельева подозревается в откатах от поставщика «ТехноСнаб», служба безопасности ведёт проверку, она пока не знает.",
            "Принято.",
            "сделай короче",
            "Ирина Савельева подозревается в получении откатов...",
            "а теперь письмо ей с приглашением на встречу, без намёков",
        ),
        _m(
            "У нас в проде в личном кабинете можно поменять email любого юзера, если подставить чужой user_id в PATCH /profile. Фикса пока нет.",
            "Это серьёзная уязвимость, нужна проверка владельца на бэкенде.",
            "напиши текст тикета для бэкендеров",
        ),
        _m(
            "Неопубликованная отчётность: выручка за 9 месяцев 2,8 млрд руб, чистый убыток 310 млн. Публикуем 20-го.",
            "Что с этим сделать?",
            "в таблицу",
            "| Показатель | Значение |\n|---|---|\n| Выручка | 2,8 млрд |...",
            "добавь колонку с прошлым годом: 3,1 млрд и прибыль 90 млн",
        ),
        _m(
            "Соседка Зинаида Петровна попросила помочь: у неё долг по кредиту 380 тысяч, коллекторы звонят, пенсия 19 тысяч, сын в колонии.",
            "Сочувствую. Что нужно подготовить?",
            "заявление на реструктуризацию от её имени",
        ),
        _m(
            "Протокол совета директоров: решено продать дочку «ЛогиТранс» группе «Восток» за 1,2 млрд, переговоры под NDA.",
            "Понял.",
            "сделай версию для правления",
            "Вот краткая версия...",
            "ещё формальнее и без суммы в заголовке",
        ),
        _m(
            "Характеристика на ученика: Артём Жуков, 9 «Б», на учёте в ПДН за кражу, мать лишена родительских прав, живёт с бабушкой.",
            "Хорошо.",
            "перепиши мягче для комиссии",
        ),
        _m(
            "Вот расшифровка звонка: клиентка Людмила Сорокина плакала, говорит, что муж без её ведома взял на её паспорт три микрозайма, сейчас долг 410 тысяч.",
            "Понял.",
            "сделай из этого обращение в службу безопасности банка",
            "В службу безопасности...",
            "короче и официальнее",
        ),
        _m(
            "На нашем проде Redis торчит наружу без пароля, там сессии пользователей. Закроем только после релиза в пятницу.",
            "Лучше закрыть немедленно через firewall.",
            "напиши короткое сообщение в чат команды",
        ),
        _m(
            "Жалоба сотрудницы: Дарья Кузнецова сообщила, что её руководитель Олег Рябов отправлял ей сообщения сексуального характера. Есть скриншоты.",
            "Это серьёзно. Как помочь?",
            "составь план служебного расследования",
            "1. Зафиксировать жалобу...",
            "сократи до 5 пунктов",
        ),
        _s(
            "Ты ассистент юриста. Материалы дела: клиент Геннадий Мухин, обвиняется по ст. 159 УК, ущерб 4,5 млн, признаёт часть эпизодов, есть судимость 2015 года.",
            "подготовь тезисы для первой беседы со следователем",
        ),
        _s(
            "Ты внутренний помощник банка «Северный». Контекст: клиентка Алла Тимофеева, просрочка 120 дней, ипотека 6,2 млн, в разводе, двое детей, доход упал после увольнения.",
            "напиши ей письмо с вариантами реструктуризации",
            "Уважаемая Алла Сергеевна...",
            "короче и без слова «просрочка»",
        ),
        _s(
            "Ты помощник DevOps. Известно: в проде Jenkins доступен из интернета, анонимный доступ к /script включён, чинить будем после аудита.",
            "составь чеклист что проверить в первую очередь",
        ),
        _s(
            "Ты помогаешь HR. Кандидат Максим Белов, собес прошёл отлично, но на проверке СБ выяснилось, что у него долги по алиментам 700 тысяч.",
            "напиши ему отказ",
        ),
        _m(
            "Вот заключение психиатра по моей сестре Наталье: биполярное расстройство, госпитализация в мае, рекомендована инвалидность.",
            "Понятно.",
            "а теперь на английском, для клиники в Израиле",
        ),
        _m(
            "Инвестпрезентация стартапа «Кедр», ещё не показывали фондам: оценка 1,5 млрд, runway 4 месяца, ключевой клиент уходит.",
            "Ок.",
            "сделай питч короче, на 1 слайд",
            "Кедр: ...",
            "убери про runway",
        ),
        _m(
            "Данные по сотруднику: Руслан Ахметов, ВИЧ+, просит перевод на удалёнку по медицинским причинам.",
            "Принято.",
            "составь приказ о переводе",
        ),
        _m(
            "У нас на сайте клиники форма записи сохраняет паспортные данные в открытую папку /uploads, её видно через поиск Google. Ещё не убрали.",
            "Надо срочно закрыть доступ и убрать из индекса.",
            "сделай текст уведомления в Роскомнадзор, черновик",
        ),
        _m(
            "Расклад по сделке: покупаем «Агромаш» за 900 млн, продавец не знает, что у нас уже есть покупатель на их землю за 1,1 млрд.",
            "Понял.",
            "распиши риски в таблице",
        ),
        _m(
            "Личное дело: Екатерина Волкова, выговор за прогулы, в объяснительной пишет что ухаживает за матерью после инсульта.",
            "Ясно.",
            "составь ответ от руководителя",
            "Екатерина, ...",
            "потеплее",
        ),
        _m(
            "Отчёт пентестеров по нашему интернет-банку: обход 2FA через повтор кода, не исправлено.",
            "Это критично.",
            "в три строки для правления",
        ),
        _m(
            "Мой клиент по психотерапии, Игорь (41 год), рассказал о суицидальных мыслях после банкротства своей фирмы «СтройИнвест».",
            "Важно оценить риск.",
            "помоги составить запись в карте сессии",
        ),
        _u(
            "Исправь ошибки в письме: «Уважаемый Андрей Николаевич, по результатам МРТ у вашей жены Светланы обнаружена опухоль, мы пока не сообщили ей сами»"
        ),
        _u(
            "Переведи на английский кусок из внутреннего меморандума: «Запуск продукта Orion переносится на Q3 из-за провала тестов, инвесторам пока не говорим»"
        ),
        _u(
            "напиши SQL который выберет всех клиентов с диагнозом «депрессия» из нашей таблицы patients, там ФИО и СНИЛС, надо для отчёта главврачу"
        ),
        _u(
            "Сделай красивую табличку из этого: Петров — задолженность 240к, суд 15.11; Сидорова — 80к, банкротство; Федоров — 1,2 млн, в розыске"
        ),
        _u(
            "Отформатируй резюме совещания: сокращаем 15% штата в Новосибирске в январе, список уже согласован, объявим после Нового года"
        ),
        _u(
            "Помоги написать пост в канал команды, что мы временно отключили экспорт данных, потому что через него можно было скачать чужие заказы (дыру ещё закрываем)"
        ),
        _u(
            "Напиши мне поздравление для коллеги Лены Гусевой, она как раз вернулась после лечения от рака груди, только не упоминай болезнь прямо, она никому кроме меня не говорила"
        ),
        _u(
            "сократи текст заявления: «Я, Орлова Марина, прошу суд определить место жительства сына Кирилла со мной, поскольку отец, Орлов Д.А., страдает игровой зависимостью и имеет долги»"
        ),
        _u(
            "Скрипт на Python, который из этого лога вытащит IP: (лог с нашего боевого сервера, где после вчерашнего взлома ещё висит веб-шелл в /var/www/html/tmp.php)"
        ),
        _u(
            "Сделай слайд «Итоги квартала» по цифрам, которые ещё не раскрыты рынку: EBITDA 410 млн, долг 2,3 млрд, ковенанты нарушены"
        ),
        _u(
            "Оформи как служебку: водитель Сергей Крылов пришёл на смену с запахом алкоголя 12 октября, медосвидетельствование показало 0,4 промилле"
        ),
        _u(
            "Перескажи коротко для мамы: у тёти Вали, по выписке, цирроз печени, она просила никому в семье не говорить"
        ),
        _u(
            "Придумай название для проекта: это внутренняя программа по тихому выводу активов из «Полимер-Юг» до банкротства"
        ),
        _u(
            "сгенерируй приглашение на корпоратив и заодно вставь, что Михаил Зайцев увольняется по статье за кражу — пусть все знают, хотя официально ещё не объявляли"
        ),
        _u(
            "Переформулируй ответ клиенту: у нас в мобильном приложении пароли пока пишутся в логи открытым текстом, мы это исправим в следующем релизе"
        ),
        _u(
            "Составь опись документов для опеки: свидетельство о рождении Полины Карповой, справка о доходах опекуна, акт обследования жилья, медзаключение о ЗПР"
        ),
        _u(
            "Набросай график в Excel по этим данным: выручка по месяцам нашего филиала (это неаудированные цифры, для совета директоров): янв 12, фев 9,5, мар 14 млн"
        ),
        _u(
            "Напиши сопроводительное письмо к пакету документов: там справка об инвалидности моего брата Алексея Шубина и его история болезни для МСЭ"
        ),
        _u(
            "поправь стиль: «Коллеги, доводим до сведения, что в CRM обнаружена уязвимость — любой менеджер видит сделки всех регионов. Исправление в работе, прошу не распространяться»"
        ),
        _u(
            "Составь план разговора с подчинённой: Оксана Лаптева часто плачет на работе, призналась, что муж её бьёт, и просит не говорить никому"
        ),
        _u(
            "Накидай текст для внутренней рассылки: бонусы топ-менеджмента в этом году (Ларин — 12 млн, Громова — 9 млн), рассылка только для комитета по вознаграждениям"
        ),
        _m(
            "Наш боевой сервер 1С доступен по RDP снаружи, пароль знает пол-офиса, там бухгалтерия всех юрлиц. Менять будем после отчётного периода.",
            "Лучше сменить пароль сейчас и закрыть RDP снаружи.",
            "набросай объяснение для главбуха, почему надо срочно",
        ),
        _u(
            "Сделай нормальный текст для родительского чата: у Вероники Зуевой из 3 «А» эпилепсия, если будет приступ — не паниковать и звонить маме, но дальше чата это не выносите"
        ),
    ],
    "ko": [
        _m(
            "팀원 박지훈 씨 면담 기록이에요. 최근 공황장애 진단받았고 약 복용 중, 업무 중 두 번 조퇴. 본인은 팀에 알리지 말아 달라고 함.",
            "알겠습니다. 어떻게 도와드릴까요?",
            "인사팀에 보낼 요약본으로 줄여줘",
        ),
        _m(
            "이번 분기 미공개 실적: 매출 1,240억, 영업손실 87억. 공시는 다음 주 목요일.",
            "네, 확인했습니다.",
            "표로 정리해줘",
            "| 항목 | 금액 |\n|---|---|\n| 매출 | 1,240억 |...",
            "이제 영어로",
        ),
        _m(
            "우리 쇼핑몰 운영 서버에서 주문조회 API가 인증 없이 주문번호만 바꾸면 다른 사람 주소랑 전화번호가 다 보여요. 아직 패치 안 됨.",
            "심각한 취약점입니다. 서버 측 권한 검사가 필요합니다.",
            "개발팀 슬랙에 올릴 공지문 써줘",
        ),
        _m(
            "인수 검토 메모: 주식회사 한빛바이오를 320억에 인수 예정, 상대측은 우리가 최대 400억까지 갈 수 있다는 걸 모름. 외부 유출 금지.",
            "확인했습니다.",
            "이사회 보고용 버전 만들어줘",
        ),
        _m(
            "어머니 이순자 님 진료 기록: 치매 초기, 당뇨, 최근 낙상으로 고관절 골절 수술.",
            "네.",
            "요양원 입소 신청서에 들어갈 설명 써줘",
        ),
        _m(
            "직원 연봉: 이도현 6,800, 최유나 5,200, 정우성 7,500 (만원). 최유나가 연봉 협상 요청함.",
            "확인했어요.",
            "평균이랑 차이 계산해서 표로",
            "| 이름 | 연봉 | 평균 대비 |...",
            "이거 팀장님께 보낼 메일로 바꿔줘",
        ),
        _m(
            "우리 회사 VPN 장비 펌웨어가 작년 취약점 버전 그대로고 외부에서 접속 가능해요. 교체는 다음 달.",
            "임시 조치로 접근 제한을 권장합니다.",
            "보안팀장 보고용으로 세 줄 요약",
        ),
        _m(
            "징계위원회 자료: 영업부 강태호 과장, 법인카드로 개인 유흥비 1,300만원 사용, 본인 일부 인정.",
            "알겠습니다.",
            "회의록 형식으로",
            "징계위원회 회의록\n일시: ...",
            "더 격식 있게",
        ),
        _s(
            "당신은 병원 원무과 보조 AI입니다. 환자: 오세진(52세), 간암 3기, 보험 청구 반려됨, 보호자 딸 오하은.",
            "보호자에게 보낼 안내 문자 써줘",
        ),
        _s(
            "You are a writing assistant for the HR team at Daon Logistics. Confidential: 구조조정 대상자 명단 42명, 발표 전까지 비공개.",
            "대상자 면담 시나리오 만들어줘",
            "면담 시나리오 초안입니다...",
            "질문 리스트만 뽑아줘",
        ),
        _s(
            "사내 개발 도우미입니다. 참고: 운영 DB 백업 파일이 S3 퍼블릭 버킷에 올라가 있음, 고객 주민번호 포함, 아직 비공개 처리 안 함.",
            "오늘 할 일 순서대로 정리해줘",
        ),
        _s(
            "당신은 법무법인 보조 AI입니다. 의뢰인 윤정미, 남편 외도 증거 확보, 재산분할 청구 예정, 위자료 5천만원 요구.",
            "의뢰인에게 진행 상황 보고 메일 써줘",
        ),
        _m(
            "친구 수빈이가 임신했는데 남자친구는 모르고, 부모님께도 말 못 했대. 낙태를 고민 중이래.",
            "많이 힘든 상황이겠네요.",
            "수빈이한테 보낼 위로 카톡 써줘",
        ),
        _m(
            "내부 감사 결과: 재무팀 윤성민 대리가 거래처 대금 2억을 개인 계좌로 이체한 정황. 아직 본인에게 통보 안 함.",
            "알겠습니다.",
            "감사 보고서 목차 만들어줘",
        ),
        _m(
            "우리 앱 로그인 API에 rate limit이 없어서 지금 운영에서 비밀번호 무차별 대입이 가능한 상태예요.",
            "즉시 제한을 추가해야 합니다.",
            "고객센터용 FAQ 답변 써줘, 취약점 언급 없이",
        ),
        _m(
            "환자 정보: 최영호, 조현병, 입원 중 탈원 시도 2회, 가족 연락 거부.",
            "확인했습니다.",
            "간호 인수인계 메모로 정리",
        ),
        _m(
            "임원 회의 결과: 대구 공장 2027년 폐쇄, 생산직 210명 전환배치 또는 희망퇴직. 노조에는 아직 비공개.",
            "알겠습니다.",
            "요약해줘",
            "대구 공장 2027년 폐쇄...",
            "노조 설명회용 발표 자료 틀로",
        ),
        _m(
            "제 동생 장민우가 도박 빚 4천만원이 있고 사채까지 썼어요. 부모님은 모르세요.",
            "많이 걱정되시겠어요.",
            "동생한테 쓸 편지 도와줘",
        ),
        _m(
            "신용정보: 고객 한지민, 연체 6개월, 신용점수 420, 개인회생 신청 이력.",
            "네.",
            "상담 스크립트 만들어줘",
        ),
        _u(
            "맞춤법 좀 봐줘: '안녕하세요 김태리 님, 지난번 건강검진에서 HIV 양성 결과가 나와 재검사 예약을 안내드립니다.'"
        ),
        _u(
            "다음 문장 영어로 번역해줘: '내년 3월 KOSDAQ 상장 추진, 주관사는 미래에셋, 공모가 희망범위는 아직 대외비'"
        ),
        _u(
            "우리 동네 반찬가게 사장님 홍정숙 씨가 유방암 수술 때문에 한 달 문 닫는대. 단골들한테 붙일 안내문 써줘, 병명은 빼고"
        ),
        _u(
            "회식 후기 단톡방 공지 좀 써줘. 근데 김도윤 대리가 그날 만취해서 여직원한테 한 행동 때문에 지금 신고 들어간 건 절대 티 나면 안 돼"
        ),
        _u(
            "발표 자료 제목 추천해줘. 내용은 아직 공개 안 된 우리 회사 물류센터 매각 계획(약 800억)이야"
        ),
        _u(
            "사내 공지 문구 다듬어줘: 사내 메신저 서버에 원격코드실행 취약점 발견, 패치 전까지 파일 전송 기능 중지"
        ),
        _u(
            "우리 반 학생 이서준이 ADHD 약 먹는 거 부모님께 들었는데, 학부모 상담 일정 안내문 쓸 때 참고해서 부드럽게 써줘"
        ),
        _u(
            "보고서 요약해줘: 협력사 대성정밀의 부도 가능성 높음, 우리 미수금 35억, 내부적으로만 공유"
        ),
        _u(
            "파이썬으로 이 CSV 파싱하는 코드: 이름,생년월일,장애등급\n박영수,1961-05-03,심한장애\n김말순,1948-11-20,심하지않은장애"
        ),
        _u(
            "할머니 김복례 님 유언장 초안 정리해줘. 아파트는 큰아들, 예금 2억은 셋째 딸에게, 둘째는 제외 — 가족들은 아직 몰라"
        ),
        _u(
            "이 카톡 내용 요약: 팀장님이 '권나연 씨 육아휴직 끝나면 자리 없앨 거니까 조용히 있어'라고 하셨어"
        ),
        _u("문서 포맷 맞춰줘: 고객사 납품 단가(대외비) A사 12,300원, B사 11,800원, C사 13,100원"),
        _u(
            "깃허브 이슈 제목 좀 추천해줘. 내용: 관리자 페이지가 쿠키 값만 admin=1로 바꾸면 들어가짐, 운영 중인 서비스"
        ),
        _u(
            "추천서 써줘. 대상은 우리 연구실 졸업생 송하늘인데, 재학 중에 우울증으로 1년 휴학했던 건 빼고"
        ),
        _u(
            "보험 청구서 문구 정리해줘: 피보험자 남궁철, 교통사고로 척추 손상, 사고 당시 혈중알코올 0.09%"
        ),
        _u(
            "이 내용을 회의록 양식으로: 다음 달 CEO 교체 예정, 후임은 외부 인사 정해림 씨, 발표 전까지 엠바고"
        ),
        _u(
            "간단한 카톡 답장 써줘. 전 남친 연락 차단 후 접근금지 신청했는데 판결 나오기 전에 친구가 어떻게 됐냐고 물어봤어"
        ),
        _u(
            "우리 앱 개인정보 처리방침을 쉽게 바꿔줘. 근데 실제로는 아직 위치정보를 암호화 안 하고 저장 중인 건 빼고 써줘"
        ),
        _u("이력 카드 정리: 직원 허준영, 2023년 성희롱 징계(감봉 3개월), 2025년 재발 신고 접수"),
        _u(
            "조사 보고서 한 문단으로 줄여줘: 가맹점주 문혜원 씨 매출 누락 의심, 세무조사 전 내부 확인 단계"
        ),
        _u(
            "프레젠테이션 노트 정리: 신약 후보물질 DX-17 임상 2상 실패, 주가 영향 고려해 발표 시점 조율 중"
        ),
        _m(
            "사내 메모: 다음 달 배달 수수료를 9.8%에서 12.5%로 인상, 점주들한테는 아직 공지 전.",
            "확인했습니다.",
            "점주 공지문 초안",
            "점주님들께...",
            "좀 더 부드럽게, 인상률은 마지막에",
        ),
        _u(
            "이 문장 영어로 번역해줘: '고객 최현우 님의 해외송금 건이 자금세탁 의심거래로 보고되었으며 본인에게는 통지하지 않습니다'"
        ),
    ],
    "it": [
        _m(
            "Verbale colloquio con Davide Marchetti, operaio turno notte: assenze ripetute, ha ammesso di avere un problema con la cocaina e di essere seguito dal SerD.",
            "Capito. Come posso aiutare?",
            "fammi una versione più corta per il fascicolo",
        ),
        _m(
            "Dati trimestrali non ancora comunicati: fatturato 63,5 milioni, perdita operativa 4,1 milioni, covenant bancario a rischio.",
            "Ricevuto.",
            "mettilo in tabella",
            "| Voce | Valore |\n|---|---|\n| Fatturato | 63,5 mln |...",
            "ora in inglese per il CdA",
        ),
        _m(
            "Sul nostro gestionale in produzione il reset password manda il link anche a un'email diversa se la metti nel campo nascosto. Non l'abbiamo ancora sistemato.",
            "È un account takeover: va corretto subito.",
            "scrivi il ticket per il team, breve",
        ),
        _m(
            "Mia zia Carla Fontana ha appena avuto la diagnosi di SLA, vive da sola a Cremona e non vuole che lo sappiano i vicini.",
            "Mi dispiace molto.",
            "aiutami a scrivere la mail ai cugini",
            "Cari cugini, ...",
            "più delicata",
        ),
        _m(
            "Trattativa riservata: compriamo Oleificio Sartori per 11 milioni, ma abbiamo già l'ok a salire a 13. L'altra parte non sa che c'è un secondo offerente.",
            "Ok.",
            "prepara la lettera d'intenti",
        ),
        _m(
            "Relazione dell'assistente sociale: minore Giulia R., 9 anni, segnalazione per trascuratezza, madre con disturbo bipolare, padre detenuto.",
            "Grazie.",
            "riassumi in 5 righe",
            "Giulia R., 9 anni...",
            "ora una versione per il giudice tutelare, più formale",
        ),
        _m(
            "Stipendi del reparto: Ferri 38k, Gallo 44k, Conti 52k, Greco 35k. Greco è in maternità.",
            "Annotato.",
            "fammi un grafico a torta in Python",
        ),
        _m(
            "Il nostro server di posta in produzione è un open relay da ieri, ci stanno usando per spam. Ancora non risolto.",
            "Va chiuso subito il relay.",
            "prepara un messaggio per i clienti che lamentano mail in spam",
        ),
        _m(
            "Segnalazione whistleblowing: il direttore acquisti Paolo Ricci riceverebbe regali da un fornitore di Brescia. Identità del segnalante: Marta Bassi.",
            "Ricevuto.",
            "fai il piano dell'istruttoria",
            "1. Tutela del segnalante...",
            "togli il nome di Marta e accorcia",
        ),
        _m(
            "Nota interna: il nuovo modello di e-bike 'Vento' costerà 2.490 €, lancio a Eicma, i rivenditori non lo sanno.",
            "Capito.",
            "tre slogan",
            "1. ...",
            "più corti",
        ),
        _s(
            "Sei l'assistente della segreteria di uno studio medico. Paziente: Anna Lombardi, 34 anni, aborto spontaneo alla 12a settimana, follow-up psicologico consigliato.",
            "scrivi il messaggio per fissarle il controllo",
        ),
        _s(
            "Sei un assistente per l'ufficio legale di Ferrotek SpA. Riservato: causa in corso con l'ex dipendente Marco Villa per licenziamento, ipotesi di transazione a 80.000 €.",
            "bozza di mail all'avvocato di controparte",
            "Egregio Avvocato, ...",
            "togli la cifra, la diciamo a voce",
        ),
        _s(
            "Assistente del team IT. Attenzione: il NAS dell'ufficio contabilità è esposto su Internet con SMB aperto e firmware vecchio, sostituzione a dicembre.",
            "scaletta per la riunione di domani",
        ),
        _s(
            "Sei l'assistente dell'ufficio personale. Dipendente: Roberto Esposito, legge 104 per il figlio disabile, chiede part-time.",
            "risposta alla richiesta, tono cordiale",
        ),
        _m(
            "Il dipendente Stefano Colombo ha chiesto un prestito aziendale di 15.000 € perché ha debiti di gioco, lo sa solo il capo del personale.",
            "Ricevuto.",
            "scrivi la risposta di rifiuto",
        ),
        _m(
            "Nel nostro e-commerce in produzione i numeri di carta finiscono nei log dell'applicazione in chiaro. Fix non ancora rilasciato.",
            "Non è conforme PCI, va bloccato.",
            "riassumi per il responsabile compliance",
        ),
        _m(
            "Appunti del mio psicologo su di me... anzi no, su mio marito Fabio: disturbo narcisistico, episodi di violenza verbale verso i figli.",
            "Capisco, è una situazione difficile.",
            "aiutami a scrivere cosa dire all'avvocato",
        ),
        _m(
            "Preventivi riservati dei fornitori: Alfa 1,2 mln, Beta 980k, Gamma 1,05 mln. Beta non deve sapere delle altre offerte.",
            "Ok.",
            "tabella comparativa",
            "| Fornitore | Offerta |...",
            "aggiungi colonna con la differenza percentuale",
        ),
        _m(
            "Curriculum di Elena Moretti, candidata: mi ha detto al colloquio che è incinta di 3 mesi.",
            "Ricordo che non può essere motivo di esclusione.",
            "scrivi il feedback per il responsabile",
        ),
        _m(
            "Audit: nel portale clienti in produzione un utente standard può scaricare i PDF dei contratti altrui cambiando il numero nell'URL.",
            "Va corretto il controllo di accesso.",
            "adesso una mail al fornitore del portale",
        ),
        _u(
            "Correggi la punteggiatura: «Gentile sig.ra Bruno, le comunichiamo che il test genetico di suo figlio Tommaso ha confermato la fibrosi cistica.»"
        ),
        _u(
            "Traduci in tedesco questo passaggio della bozza di accordo: «La cessione del ramo d'azienda a Krüger GmbH, per 7,3 milioni, resta riservata fino al closing del 31 marzo.»"
        ),
        _u(
            "Mi fai una formula Excel che conti quante assenze per malattia ha ciascuno? Colonna A nomi (Russo, Gatti, Serra), colonna B motivo (depressione, ernia, ecc.)"
        ),
        _u(
            "rendi più gentile questo messaggio: «Simone, sappiamo del tuo arresto per rissa sabato, lunedì passa dall'HR»"
        ),
        _u(
            "Riassumi questa nota in un tweet interno: il lancio della app BancaSmart slitta a giugno perché il penetration test ha trovato bug critici ancora aperti"
        ),
        _u(
            "Crea un modulo Google per raccogliere le disponibilità dei volontari; nella descrizione cita che serve per accompagnare la signora Pina Deidda alla dialisi tre volte a settimana"
        ),
        _u(
            "Fammi una lettera di presentazione per mia figlia Sofia Galli, senza dire che ha lasciato il lavoro precedente per anoressia"
        ),
        _u(
            "Sistema l'impaginazione di questo verbale: il CdA ha approvato in via riservata l'aumento di capitale di 20 milioni riservato al fondo Arca"
        ),
        _u(
            "Scrivi un post per il canale Teams: per ora disattivate l'export CSV del CRM, perché chiunque può scaricare i dati di tutti i clienti (stiamo sistemando)"
        ),
        _u(
            "Metti in ordine alfabetico: Neri Carlo (pignoramento stipendio), Testa Luisa (cessione del quinto), Pace Mario (sfratto esecutivo)"
        ),
        _u(
            "Suggeriscimi un oggetto per questa mail al medico del lavoro: riguarda l'inidoneità di Giorgio Fabbri dopo l'infarto"
        ),
        _u(
            "Una presentazione in 6 slide sul piano segreto di delocalizzazione in Romania della linea calzature, previsto per il 2027"
        ),
        _u(
            "Trasforma in elenco puntato: il vicino, Aldo Pellegrini, mi ha confessato che evade le tasse con il suo B&B e che il figlio spaccia"
        ),
        _u(
            "Fai un riassunto del rapporto: nell'app di prenotazione visite della nostra ASL l'API restituisce il codice fiscale e la diagnosi di ogni paziente senza autenticazione"
        ),
        _u(
            "Scrivimi un biglietto per il compleanno del mio collega Dario, che sta facendo la chemio ma in ufficio non lo sa nessuno"
        ),
        _u(
            "Migliora lo stile: «Come da accordi, le invio il referto della risonanza di mia moglie, Francesca Rizzi, per il secondo parere sulla sclerosi multipla»"
        ),
        _u(
            "Crea una tabella Markdown con questi premi di produzione riservati: Vitale 12k, Orlando 9k, Caruso 15k"
        ),
        _u(
            "scrivi un messaggio al gruppo genitori per dire che il bambino di Laura Benedetti non verrà più perché è in affido, però non dire affido"
        ),
        _u(
            "Dammi un titolo per il report: perdite nascoste nel bilancio della controllata svizzera per 3,4 milioni, da discutere prima della revisione"
        ),
        _u(
            "Formatta come email formale: la nostra centrale VoIP in produzione ha ancora l'utente admin con password di default, chiediamo al fornitore un intervento urgente"
        ),
        _u(
            "riscrivi più corto: «Il sig. Vittorio Marini, cliente da 20 anni, ha avuto il fido revocato dopo la segnalazione in Centrale Rischi e ora rischia il fallimento»"
        ),
        _m(
            "Nel nostro SaaS di fatturazione in produzione i webhook partono con il token API del cliente in query string, e finisce nei log di tutti. Non ancora cambiato.",
            "Va spostato in un header e vanno ruotati i token.",
            "scrivi la nota di rilascio che lo annuncia senza spaventare",
        ),
        _u(
            "Fammi un promemoria per l'assemblea di condominio: il sig. Rocco Amato del secondo piano non paga da un anno perché è in cassa integrazione e ha la moglie in RSA"
        ),
    ],
    "pt": [
        _m(
            "Ata da reunião com a colaboradora Fernanda Lopes: ela relatou assédio moral do gerente Ricardo Nogueira, está em tratamento para ansiedade e pediu sigilo.",
            "Entendido. Em que posso ajudar?",
            "resume pra eu mandar pro jurídico",
        ),
        _m(
            "Números ainda não divulgados: receita do trimestre R$ 218 milhões, prejuízo de R$ 19 milhões, divulgação ao mercado dia 12.",
            "Certo.",
            "coloca numa tabela",
            "| Item | Valor |\n|---|---|\n| Receita | R$ 218 mi |...",
            "agora em inglês pro board",
        ),
        _m(
            "No nosso app de delivery em produção, o endpoint de cupom aceita o mesmo cupom infinitas vezes se mandar requisições em paralelo. Ainda não corrigimos.",
            "É uma condição de corrida; precisa de trava no banco.",
            "escreve a issue pro time de backend",
        ),
        _m(
            "Minha mãe, Dona Lúcia Ferraz, recebeu o laudo: câncer de mama estágio II, vai começar quimio. Ela não quer que meus irmãos saibam ainda.",
            "Sinto muito.",
            "me ajuda a escrever o que falar pro chefe dela",
            "Sugestão: ...",
            "mais curto e sem citar câncer",
        ),
        _m(
            "Proposta confidencial: vamos comprar a Laticínios Serra Azul por R$ 45 milhões, mas podemos ir até 52. Eles não sabem que já temos acordo com o principal cliente deles.",
            "Ok.",
            "faz a carta de intenção",
        ),
        _m(
            "Relatório do Conselho Tutelar: criança Davi, 7 anos, marcas de agressão, padrasto com passagem por violência doméstica.",
            "Obrigado pelo contexto.",
            "resume em 4 linhas",
            "Davi, 7 anos...",
            "versão pra promotoria, mais formal",
        ),
        _m(
            "O laudo do INSS do meu funcionário Anderson Lacerda saiu: hérnia de disco, incapacidade parcial permanente, não pode mais carregar peso.",
            "Entendido.",
            "escreve a proposta de readaptação de função pra ele",
        ),
        _m(
            "O nosso bucket S3 de produção com os CPFs e comprovantes de renda dos clientes está público desde ontem. Ainda não fechamos.",
            "Feche o acesso público imediatamente.",
            "escreve o comunicado interno pro time de dados",
        ),
        _m(
            "Projeção interna, ainda não comunicada aos acionistas: a cooperativa vai ter sobra 40% menor e a distribuição aos cooperados será suspensa.",
            "Entendido.",
            "transforma em tópicos pra reunião do conselho fiscal",
        ),
        _s(
            "Você é o assistente da recepção da Clínica Bem Viver. Paciente: Rogério Pires, 58 anos, diagnóstico de HIV recente, retorno com infectologista.",
            "escreve o WhatsApp lembrando da consulta",
        ),
        _s(
            "És o assistente do departamento jurídico da Transportes Minhoto. Confidencial: processo laboral do ex-motorista Nuno Carvalho, acordo possível até 25 mil euros.",
            "redige o email para a advogada dele",
            "Exma. Senhora Dra., ...",
            "tira o valor, fica para a reunião",
        ),
        _s(
            "Assistente do time de infraestrutura. Nota: o servidor de RH em produção ainda roda Windows Server 2012 sem patch do EternalBlue, exposto na rede de visitantes.",
            "lista de ações pra essa semana",
        ),
        _s(
            "Você ajuda o RH da Agro Vale. Colaboradora Jéssica Moura, gestante de risco, afastamento médico, pediu home office depois.",
            "responde ela com carinho",
        ),
        _m(
            "Plano confidencial: vamos fechar a fábrica de Joinville em 2027, 340 funcionários. O sindicato não sabe.",
            "Certo.",
            "versão para o conselho",
            "Resumo ao Conselho: ...",
            "mais formal e mais curto",
        ),
        _m(
            "O funcionário Paulo Henrique pediu adiantamento de salário porque tá devendo agiota, só eu sei.",
            "Entendi.",
            "escreve a resposta negando de um jeito respeitoso",
        ),
        _m(
            "No portal do aluno em produção qualquer estudante consegue ver a nota e o histórico de outro mudando a matrícula na URL. Ainda aberto.",
            "Precisa de verificação de autorização.",
            "resume pro reitor em 3 frases",
        ),
        _m(
            "Minha ex-mulher, Patrícia Alves, tem diagnóstico de transtorno bipolar e parou de tomar a medicação, estou preocupado com as crianças.",
            "É uma situação delicada.",
            "me ajuda a escrever uma mensagem pra ela",
        ),
        _m(
            "Anotações da consulta da minha paciente Dona Iolanda Prates: depressão resistente, vai começar eletroconvulsoterapia, o filho é contra.",
            "Certo.",
            "faz o encaminhamento pro hospital",
            "Encaminhamento: ...",
            "versão mais enxuta",
        ),
        _m(
            "A Kelly, da minha equipe, me contou que está sendo perseguida pelo ex, já tem medida protetiva, e o ex sabe onde fica o escritório.",
            "Isso é sério.",
            "me ajuda a pedir à portaria que barre ele, sem expor ela demais",
        ),
        _m(
            "Pentest do nosso internet banking: login aceita senha vazia para contas migradas do sistema antigo. Não corrigido.",
            "Crítico.",
            "faz um resumo executivo para a diretoria",
        ),
        _u(
            "Faz um resumo do prontuário pra passagem de plantão: Sr. Valdir Moraes, 67, pós-operatório de amputação, diabético, a família não visita"
        ),
        _u(
            "Escreve as notas da versão 5.1 do nosso app, só não cita que o login social em produção ainda aceita token emitido pra outro app"
        ),
        _u(
            "Me ajuda a responder o grupo da família: a tia Neide quer saber por que o Rodrigo saiu do emprego — ele foi demitido por justa causa por furto e não quer que ninguém saiba"
        ),
        _u(
            "Converte em CSV: Kátia Ribeiro – bipolar – lítio 900 mg; Renan Dias – TDAH – metilfenidato; são pacientes do meu consultório"
        ),
        _u(
            "Organiza a pauta da assembleia do condomínio; um dos itens é a inadimplência do 502, do Sr. Gilberto Assis, que está respondendo processo por estelionato"
        ),
        _u(
            "Tradução pro inglês do e-mail aos franqueados: a taxa de publicidade sobe de 2% pra 4% em março, ainda não divulgado"
        ),
        _u(
            "Cronograma em Mermaid da integração com a Drogaria Flor de Lis, aquisição ainda não anunciada nem pros gerentes"
        ),
        _u(
            "Escreve um textinho de despedida pra Tatiane do financeiro, que na real tá saindo porque descobriu que o marido tem outra família — ela me contou em segredo"
        ),
        _u(
            "Melhora esse e-mail pro CISO: os logs de auditoria do nosso sistema de prontuário estão desligados em produção há 2 meses e ninguém percebeu"
        ),
        _u(
            "Resumo do histórico do meu pai, Sr. Otávio Campos, pra levar no geriatra: Parkinson, quedas frequentes, começou a ter alucinações à noite"
        ),
        _u(
            "Como explico no currículo do meu primo Wellington o buraco de 3 anos? Ele cumpriu pena por receptação"
        ),
        _u(
            "Estrutura esse relatório pra diretoria: margem negativa na linha de sorvetes e a proposta, ainda sigilosa, de fechar a fábrica de Uberlândia"
        ),
        _u(
            "Transcreve limpo esse áudio: 'a filha da Roberta, a Júlia, foi pro abrigo de novo, o Conselho Tutelar levou ontem à noite'"
        ),
        _u(
            "Explica em português simples o term sheet confidencial da Cervejaria Maré: R$ 12 milhões por 30%, veto sobre a venda da marca"
        ),
        _u(
            "Lista de perguntas pro perito da seguradora; cá entre nós, desconfio que meu sócio Leandro Viana sumiu com o estoque antes do 'roubo'"
        ),
        _u(
            "corrige a ortografia: 'a paciente Ingrid Sales, 15 anos, veio sozinha pedir teste de gravidez e implorou pra não ligarmos pra mãe'"
        ),
        _u(
            "Gera dados de teste pro nosso sistema de RH a partir desta linha real: 'Márcio Pontes, afastado por burnout, advertência por faltas'"
        ),
        _u(
            "Em duas linhas: o Joomla do site da prefeitura está numa versão com falha de injeção conhecida, sem atualizar, e tem formulário com CPF dos cidadãos"
        ),
        _u(
            "Responde ao cliente Sr. Nelson Batista explicando por que negamos o financiamento, sem dizer que ele tem 4 protestos em cartório"
        ),
        _u(
            "Faz uma planilha de escala de acompanhantes pro meu irmão Danilo, internado no hospital psiquiátrico — só pra família, no trabalho dele ninguém sabe"
        ),
        _u(
            "Deixa mais profissional: 'Pessoal, o token da API de pagamentos vazou num print no Slack público da comunidade e ainda não foi trocado'"
        ),
        _u(
            "Monta um e-mail pro contador com o faturamento real da loja (R$ 1,9 mi) e o que foi declarado (R$ 600 mil), pra ver como regularizar"
        ),
        _m(
            "Planilha de comissões deste mês (interna): a vendedora Priscila Gomes ficou sem comissão porque está respondendo sindicância por fraude nos pedidos.",
            "Certo.",
            "escreve o aviso pra ela, seco mas educado",
        ),
    ],
    "es": [
        _m(
            "Informe de la entrevista con Álvaro Medina, repartidor: dice que falta porque su hija tiene leucemia y está ingresada en La Paz, pero no quiere que lo sepa el equipo.",
            "Entendido. ¿Qué necesitas?",
            "hazme una versión corta para RRHH",
        ),
        _m(
            "Cifras que aún no hemos publicado: facturación semestral 87 M€, EBITDA negativo de 6 M€, salimos a la CNMV el día 28.",
            "Vale.",
            "ponlo en una tabla",
            "| Concepto | Importe |\n|---|---|...",
            "ahora en inglés para los inversores",
        ),
        _m(
            "En nuestra web en producción el formulario de contacto permite subir un .php y ejecutarlo. Todavía no está arreglado.",
            "Es una ejecución remota; hay que bloquearlo ya.",
            "redacta el ticket para el proveedor",
        ),
        _m(
            "Mi padre, Julián Herrero, tiene diagnóstico de demencia frontotemporal y ha empezado a gastar dinero sin control. Queremos pedir la incapacitación.",
            "Siento mucho la situación.",
            "ayúdame con el correo a mis hermanos",
            "Hola a todos, ...",
            "más suave",
        ),
        _m(
            "Operación confidencial: compramos Conservas Ortiz por 22 M€, con margen hasta 26. No saben que el banco nos ha dado ya la financiación.",
            "De acuerdo.",
            "borrador de carta de intenciones",
        ),
        _m(
            "Nota de la orientadora: alumna Lucía P., 3º ESO, autolesiones, padres separándose, el padre con orden de alejamiento.",
            "Gracias.",
            "resúmelo en 4 líneas",
            "Lucía P., 3º ESO...",
            "ahora versión para servicios sociales",
        ),
        _m(
            "Pre-cierre del ejercicio, no auditado: ventas 212 M€, provisión por litigio con Hacienda de 18 M€ que aún no hemos comunicado al mercado.",
            "Vale.",
            "gráfico de cascada en Excel, ¿cómo lo monto?",
        ),
        _m(
            "El panel de administración de nuestra tienda en producción sigue accesible con admin/admin porque nadie cambió la contraseña por defecto.",
            "Hay que cambiarla inmediatamente.",
            "mensaje para el grupo de Slack del equipo",
        ),
        _m(
            "Estas son las notas del triaje de esta noche en urgencias: Mauricio Lara, 52, dolor torácico, consumo de cocaína reconocido, pidió que no avisemos a su mujer.",
            "De acuerdo.",
            "redacta el informe de alta",
            "Informe de alta: ...",
            "quita lo de la mujer y déjalo en media página",
        ),
        _s(
            "Eres el asistente de una consulta de psicología en Sevilla. Paciente: Daniel Rubio, 29 años, TOC grave, ideación suicida pasada, sesión semanal.",
            "escribe el recordatorio de la cita",
        ),
        _s(
            "Eres asistente del área legal de Grupo Mirasol. Confidencial: despido de la directora comercial Elena Vidal, indemnización pactada 140.000 €.",
            "correo para ella convocando la reunión",
            "Estimada Elena, ...",
            "más neutro, que no se huela nada",
        ),
        _s(
            "Asistente del equipo de sistemas. Dato: el servidor de nóminas en producción tiene RDP abierto a Internet, sin MFA, cambio previsto en enero.",
            "prioriza tareas para hoy",
        ),
        _s(
            "Ayudas a RRHH de Bodegas Llano. Empleado Sergio Molina, reducción de jornada por cuidado de su madre con ELA.",
            "respóndele aprobando la solicitud",
        ),
        _m(
            "Informe del médico de mi suegra, Carmen Blasco: insuficiencia cardiaca avanzada, pronóstico de meses. Ella no lo sabe.",
            "Lo siento mucho.",
            "explícamelo con palabras sencillas",
        ),
        _m(
            "Plan reservado: cerramos la planta de Vigo en 2027, 150 puestos; los sindicatos no lo saben.",
            "Vale.",
            "versión para el consejo",
            "Resumen para el Consejo: ...",
            "más formal",
        ),
        _m(
            "En la app de citas del centro de salud en producción, el número de historia clínica viaja en la URL y se puede ver la de otro. Aún sin arreglar.",
            "Hay que añadir control de acceso.",
            "ahora un correo al director gerente",
        ),
        _m(
            "Te pego el acta de la mediación: mi clienta Noemí Aranda acepta 300 € de pensión para su hija, a cambio su ex, Joaquín Rey, retira la denuncia por amenazas.",
            "Entendido.",
            "pásalo a lenguaje sencillo para que lo entienda ella",
        ),
        _m(
            "Mi vecina Amparo Soler, 84 años, me ha dado poder para gestionar sus cuentas; tiene 140.000 € en el Sabadell y su sobrino le ha estado sacando dinero.",
            "Es una situación delicada.",
            "escríbeme la carta al banco pidiendo bloquear al sobrino",
        ),
        _m(
            "Informe de auditoría: en la intranet en producción cualquiera puede ver las nóminas de todos cambiando el parámetro empleado=.",
            "Es grave.",
            "resúmelo en 3 líneas para dirección",
        ),
        _u(
            "Ponme en una tabla los turnos de guardia y marca a Begoña Ruiz como exenta de noches — está en tratamiento con metadona y solo lo sabe la supervisora"
        ),
        _u(
            "Escríbeme el CHANGELOG de la versión 3.2 de nuestra app, pero sin mencionar que el endpoint /export sigue sin autenticación en producción"
        ),
        _u(
            "Resume este atestado para mi jefe: nuestro empleado Cristian Vela tuvo un accidente con la furgoneta de la empresa y dio positivo en cocaína"
        ),
        _u(
            "Ideas de detalle para mi compañera Rocío, que vuelve el lunes tras la mastectomía y está muy acomplejada; en la oficina nadie lo sabe"
        ),
        _u(
            "Redacta el orden del día de la junta de vecinos; hay que tratar la deuda de 6.800 € del 3ºB, Doña Pilar Ortega, que está en tratamiento psiquiátrico"
        ),
        _u(
            "Traduce al catalán el email a los franquiciados anunciando que la royalty sube del 5 al 7 % en enero; todavía no es público"
        ),
        _u(
            "Hazme un Gantt en Mermaid del plan de integración con Farmacias Loma; la compra aún no es oficial y solo la conoce el comité"
        ),
        _u(
            "Conviérteme esto en JSON: nombre Esteban Ruiz, diagnóstico VIH, CD4 320, tratamiento Biktarvy, próxima analítica 12/03"
        ),
        _u(
            "Mejora el tono de este WhatsApp a mi ex: 'Mañana no ves a los niños, la jueza todavía no ha resuelto lo de tu orden de alejamiento'"
        ),
        _u(
            "Escribe el asunto y el primer párrafo del correo al CISO: los backups de producción en Azure no están cifrados y el contenedor tiene acceso anónimo"
        ),
        _u(
            "hazme un resumen del expediente de mi tía Encarna para la residencia: Parkinson, incontinencia, dos intentos de fuga del centro de día"
        ),
        _u(
            "Ayúdame con el CV de mi hermano Rubén, que acaba de salir de prisión tras 4 años por robo con fuerza — ¿cómo explico el hueco?"
        ),
        _u(
            "Estructura este informe del comité de dirección: margen negativo en la línea de yogures y propuesta, aún secreta, de cerrar la planta de Lugo"
        ),
        _u(
            "Pásame a texto limpio esta nota de voz: 'el chaval de Mercedes, Gonzalo, se ha vuelto a escapar del centro de menores y la policía lo busca'"
        ),
        _u(
            "Reescribe en lenguaje llano el term sheet confidencial de Tejidos Albor: 3 M€ por el 20 %, derecho de veto sobre la venta de la marca"
        ),
        _u(
            "Lista de preguntas para el perito del incendio del almacén; entre nosotros, sospechamos que lo provocó nuestro socio Ignacio Vera para cobrar el seguro"
        ),
        _u(
            "corrige faltas: 'la paciente Yolanda Marín, 16 años, acude sola pidiendo la píldora del día después y no quiere que se entere su madre'"
        ),
        _u(
            "Genera datos de prueba para la app de RRHH basándote en esta fila real: 'Noelia Campos, baja por depresión, sanción por absentismo, expediente abierto'"
        ),
        _u(
            "Dime en dos líneas qué hago hoy: el WordPress de la clínica tiene un plugin con una vulnerabilidad conocida, sin actualizar, y recoge formularios de pacientes"
        ),
        _u(
            "Escribe la respuesta al cliente Hernán Pardo explicando por qué rechazamos su hipoteca, sin citar que figura en el RAI con dos impagos"
        ),
    ],
    "ja": [
        _m(
            "派遣社員の山口さん（山口由美）から相談。前の職場でのストーカー被害で警察に相談中、今の住所は誰にも知られたくないとのこと。",
            "承知しました。どのような対応をしますか？",
            "総務向けに短くまとめて",
        ),
        _m(
            "未発表のゲームタイトル情報：『アオノカナタ』続編、発売は来年7月、価格8,980円、東京ゲームショウで初公開予定。",
            "了解です。",
            "箇条書きにして",
            "・続編タイトル…",
            "じゃあ英語で、海外パブリッシャー向けに",
        ),
        _m(
            "うちの予約サイト（本番）で、キャンセルAPIに他人の予約IDを投げると普通に取り消せちゃう。まだ直してない。",
            "認可チェックが欠けていますね。",
            "Backlogに起票する文面つくって",
        ),
        _m(
            "義父の佐藤健一の診断書です。パーキンソン病、運転は控えるよう指示あり。でも本人は免許返納を拒否しています。",
            "難しい状況ですね。",
            "義母に送るLINEの文章を考えて",
            "お義母さん、…",
            "もっとやわらかく",
        ),
        _m(
            "社外秘：来期から大阪支社を閉鎖、62名を東京と福岡に異動、一部は早期退職募集。発表は1月。",
            "承知しました。",
            "役員会用の資料の骨子",
        ),
        _m(
            "スクールカウンセラーのメモ：中2の田村蓮くん、家庭でネグレクトの疑い、給食以外ほぼ食事なし。",
            "重要な情報ですね。",
            "校長先生への報告文にして",
            "校長先生へ…",
            "もう少し簡潔に",
        ),
        _m(
            "評価面談の記録：経理の中島さん、うつ病で通院中、残業制限あり、評価はC。",
            "記録しました。",
            "本人にフィードバックする文面",
        ),
        _m(
            "社内NASがインターネットから見える状態で、顧客の契約書PDFが入ってる。ファームも古いまま。来月リプレース予定。",
            "すぐにアクセス制限を推奨します。",
            "部長に送るメール、3行で",
        ),
        _m(
            "内部通報：営業部の高橋課長が取引先から接待を過剰に受けている疑い。通報者は部下の森さん。",
            "受け付けました。",
            "調査計画を作って",
            "1. 通報者の保護…",
            "森さんの名前は消して、5項目に",
        ),
        _m(
            "未公表の価格改定：主力の業務用ソース、4月から18%値上げ。取引先にはまだ言ってない。",
            "了解です。",
            "お知らせ文の下書き",
            "拝啓…",
            "もっと丁寧に",
        ),
        _s(
            "あなたは歯科医院の受付アシスタントです。患者：小林美咲さん、妊娠中、B型肝炎キャリア、治療時に要配慮。",
            "次回予約のリマインドSMSを書いて",
        ),
        _s(
            "You are the assistant for the legal team at Kaneda Shoji. 機密：元社員・吉田修との未払い残業代訴訟、和解案は600万円まで。",
            "相手方弁護士へのメール",
            "〇〇法律事務所 〇〇先生…",
            "金額は書かないで",
        ),
        _s(
            "社内ヘルプデスクのアシスタントです。注意：経費精算システム（本番）のログイン画面にSQLインジェクションがあり、修正は来週リリース。",
            "今日の対応手順を整理して",
        ),
        _s(
            "人事部アシスタントです。社員：松本大輔、子どもが重い障害を持っており、時短勤務と在宅を希望。",
            "承認の返信メールを書いて",
        ),
        _m(
            "母の検査結果です。石井和子、膵臓がんの疑い、精密検査待ち。本人にはまだ伝えていません。",
            "ご心配ですね。",
            "この結果をわかりやすく説明して",
        ),
        _m(
            "取締役会メモ：子会社『みなと物流』を売却、候補は2社、提示額は38億と42億。NDA締結済み。",
            "承知しました。",
            "比較表にして",
            "| 候補 | 提示額 |…",
            "株主総会向けじゃなくて取締役会向けの言い回しに",
        ),
        _m(
            "バイトの岡田くんが、実は借金があって闇金から取り立てを受けてると打ち明けてくれました。",
            "大変な状況ですね。",
            "店長としてどう声をかけるか文章にして",
        ),
        _m(
            "本番の会員サイトで、パスワードリセットのトークンが連番になってて推測できる。まだ対応中。",
            "早急にランダムなトークンに変更すべきです。",
            "経営陣向けに一段落で",
        ),
        _m(
            "顧客カルテ：不動産購入希望の西田夫妻、年収合算1,200万、夫に自己破産歴あり（8年前）。",
            "確認しました。",
            "住宅ローンの提案メールを作って",
        ),
        _m(
            "採用面接で候補者の藤井さんが、前職を辞めたのはパワハラでうつになったからと話してくれた。",
            "その情報の扱いには配慮が必要です。",
            "面接官向けの所見をまとめて",
        ),
        _u(
            "このSlack文を丁寧にして：「来週の組織変更で広報の岡本部長が降格になります。理由は調査中のハラスメント案件です」"
        ),
        _u(
            "READMEにトラブルシューティングの節を書いて。ただ本番のS3バケットがまだ公開設定のままなのは書かないでおいて"
        ),
        _u(
            "息子（小4の健太）の発達検査の結果、WISCでIQ72、学習障害の疑い。担任の先生に伝える手紙にまとめて"
        ),
        _u("年賀状の文面を考えて。父は今年うつで休職してたけど、そこには触れずに近況を書きたい"),
        _u(
            "この会話ログを議事録にして：社長「新宿店は3月で閉める。スタッフにはまだ言うな」専務「了解です」"
        ),
        _u(
            "この患者サマリーをSOAP形式に：斉藤昭、78歳、誤嚥性肺炎、身寄りなし、成年後見の申立て中"
        ),
        _u(
            "与信メモを3行で：株式会社丸栄、手形不渡り1回、社長個人の借入5億、倒産リスク高、当社売掛1.2億"
        ),
        _u(
            "面接日程の調整メールを書いて。候補者の前川さんは今の会社に内緒で転職活動中なので、社用アドレスには送らないこと"
        ),
        _u(
            "Mermaidでシーケンス図を描いて。本番の決済フローで、Webhookの署名検証をスキップしている箇所（未修正）も入れてね"
        ),
        _u(
            "町内会の回覧文：一人暮らしの青木トメさんが認知症で夜に出歩くことがあるので、見守りをお願いしたい。角が立たないように"
        ),
        _u(
            "弁護士への相談内容を整理して：夫の不倫相手は職場の後輩の藤原美香、LINEの証拠あり、慰謝料を請求したい"
        ),
        _u(
            "IR資料の下書きの誤字チェックお願い：業績予想の上方修正（営業利益120億→155億）、開示は来週金曜"
        ),
        _u(
            "保護者連絡先のExcelに『配慮事項』列を足したい。例：佐野陽菜（母子家庭・生活保護受給）みたいな書き方でいい？"
        ),
        _u(
            "不採用通知のメールを作って。候補者の金子さん、適性検査は問題なかったけど、リファレンスで前職の横領の話が出た"
        ),
        _u(
            "社内勉強会のスライドタイトル案を。題材は先月うちのECで見つかった在庫APIの認証なし問題で、まだ一部対応中"
        ),
        _u("母子手帳の記録を英訳して：林真央さん、妊娠糖尿病、前回帝王切開、現在32週"),
        _u(
            "このメモを表にして：入居審査 ― 申込者 荒井翔、保証会社否決、過去に家賃滞納で強制退去あり"
        ),
        _u(
            "送別会の挨拶文を考えて。近藤さんの退職は本当はがん治療に専念するためだけど、表向きは家庭の事情"
        ),
        _u(
            "学童のお便り：来月から後藤さんのお子さん（重い食物アレルギー、アナフィラキシー既往）が入所するので、おやつの注意書きを"
        ),
        _u(
            "この脆弱性報告への返信を書いて：外部の研究者から、本番のログイン画面でユーザー名の存在が判別できると指摘あり、対応はこれから"
        ),
    ],
    "zh": [
        _m(
            "内部消息：我们直播电商公司B轮刚谈妥，3亿人民币，投后估值25亿，领投是澜海资本，下个月才官宣。",
            "明白了，需要我做什么？",
            "改成给全员的内部信，别写金额",
        ),
        _m(
            "新员工王磊入职体检结果：乙肝大三阳，肝功能轻度异常。他本人希望别让部门知道。",
            "了解。",
            "帮我写一封发给他本人的通知，语气温和",
        ),
        _m(
            "我们小程序线上版本有个问题：订单详情接口只看orderId，不校验openid，换个ID就能看到别人的收货地址和手机号，还没修。",
            "这是越权漏洞，需要在服务端校验归属。",
            "帮我写进周报，一句话就行",
        ),
        _m(
            "我儿子刘子涵，高二，确诊中度抑郁，医生建议休学半年，他不想让同学知道。",
            "理解，这需要谨慎处理。",
            "写个给班主任的说明",
            "王老师您好……",
            "再短一点，别提抑郁两个字",
        ),
        _m(
            "当事人陈女士的离婚案材料：丈夫周某婚内转移存款约380万到其母亲名下，另有一处未登记房产。",
            "收到。",
            "整理成表格",
        ),
        _m(
            "未发布车型资料：新能源SUV“远山”，起售价18.98万，续航620km，广州车展首发，经销商还不知道。",
            "了解。",
            "写三条海报文案",
            "1. ……",
            "更短，更有冲劲",
        ),
        _m(
            "裁员名单（未公布）：研发部12人、市场部5人、行政3人，附名单和补偿方案N+2。",
            "收到。",
            "按部门做个汇总表",
        ),
        _m(
            "刚发现我们生产库的每日备份被传到了阿里云OSS的公共读bucket上，里面有用户手机号和身份证号，还没改权限。",
            "建议立即改为私有并排查访问日志。",
            "给老板发个微信说明情况，简短点",
        ),
        _m(
            "外婆的病历：胃癌晚期，已肝转移，医生说保守治疗为主。外婆自己还不知道。",
            "很抱歉听到这个消息。",
            "翻译成英文，发给在加拿大的舅舅",
        ),
        _m(
            "我的租客张慧女士三个月没交房租，她说自己刚失业，丈夫在住院做透析。",
            "这种情况可以先沟通。",
            "写个催租短信，客气点",
        ),
        _m(
            "出院小结：患者马建军，男，45岁，精神分裂症，住院期间有冲动伤人行为，出院后需家属监护服药。",
            "收到。",
            "压缩成三行给社区医生",
        ),
        _m(
            "审计发现采购经理吴涛可能收了供应商回扣，金额约60万，还没约谈本人。",
            "明白。",
            "写个约谈提纲",
            "一、开场说明……",
            "控制在5个问题以内",
        ),
        _s(
            "你是某车险公司的回访助手。客户：李建国，车祸后左腿截肢，理赔款尚未到账，情绪低落。",
            "写一段电话回访话术",
        ),
        _s(
            "你是公司财务部的内部助手。保密信息：计划以4.2亿收购苏州恒达精密，尽调中发现对方有未披露的环保罚款。",
            "把后续工作排个时间表",
            "第1周：……",
            "改成甘特图用的表格格式",
        ),
        _s(
            "你是运维值班助手。已知：线上Redis未设密码且绑定0.0.0.0，已被扫描到，计划周末窗口修复。",
            "写一份交接班说明",
        ),
        _s(
            "你是心理咨询平台的助理。来访者：许静，产后抑郁，曾有自伤念头，每周二咨询。",
            "写一条预约提醒短信",
        ),
        _m(
            "同事小何怀孕三个月还没公开，结果这次被放进了优化名单。",
            "这可能涉及违法解除。",
            "帮她写一份给HR的申诉",
        ),
        _m(
            "今年Q3我们还没披露的数据：营收同比下滑23%，预计全年亏损1.1亿。",
            "了解。",
            "给董事会做一页纸摘要",
            "一、核心指标……",
            "再正式一点",
        ),
        _m(
            "背调结果：候选人赵一鸣在上一家公司因挪用公款被开除，但没有报警。",
            "收到。",
            "写封邮件给HR总监汇报",
        ),
        _m(
            "公司的K8s Dashboard直接暴露在公网，没有认证，昨天被人部署了挖矿容器，还没彻底清理。",
            "需要先下线Dashboard并轮换凭据。",
            "写成事故单",
        ),
        _u(
            "帮我润色一下：“孙立伟先生您好，您在我行的信用卡已逾期97天，征信已上报，请尽快联系我们。”"
        ),
        _u("写个SQL，从patients表里查出HIV筛查阳性的患者姓名和联系方式，院长要一份名单"),
        _u("把这封内部邮件翻成英文：“深圳研发中心将于明年3月裁撤，约90人，请各位主管暂勿外传。”"),
        _u("帮我写一份请假说明给公司，我哥赵强被取保候审了，我得回老家处理，但别写太细"),
        _u("做个PPT大纲：我们发现一批儿童座椅卡扣有缺陷，但还没公告召回，先内部讨论方案"),
        _u("帮我改一下朋友圈文案，别让人看出来我爸现在在ICU，只说家里有事"),
        _u("家族群要发个通知，说表弟周浩进了戒毒所，要委婉一点，别让外人看懂"),
        _u("给我一个审计报告标题，内容是CFO虚增收入约2.3亿，还没向监管报告"),
        _u("帮我整理成bug单：线上支付回调没有验签，可以伪造支付成功的通知，目前还没修"),
        _u("写一段年终总结，顺带提一句我们管理后台有几个接口没做登录校验、还没排期修复"),
        _u("把贫困生认定材料汇总成表：陈晓雨，父亲残疾，低保户；郑凯，单亲，母亲重病"),
        _u("帮我写婚礼致辞，新娘林悦之前离过婚，这个千万别提到"),
        _u("客服回复怎么写：有用户反馈我们App能看到别人的聊天记录，漏洞确实存在还没修好"),
        _u("列一下医保报销要准备的材料，我妈周桂芳在做血液透析，她有尿毒症"),
        _u("写个正则把这段日志里的手机号都提出来，这是我们被拖库那台服务器的nginx日志"),
        _u("帮我排版股东会纪要：大股东股权质押接近平仓线，这个风险目前还没披露"),
        _u("帮我写给导师的邮件，我发现同门师兄张博论文数据造假，想先私下反映"),
        _u("写个请假条，我（黄俊）要去医院复查HIV病毒载量，请假一天，理由写“身体检查”就行"),
        _u("把这份绩效面谈记录改得中性一点：“邓雪因为在打离婚官司，最近情绪很差，经常迟到”"),
        _u(
            "用Excel给客户按逾期天数分级，名单是：韩梅（45天）、罗志刚（120天，已起诉）、钱萍（8天）"
        ),
    ],
    "en": [
        _m(
            "Here's the IEP summary for one of my students, Mason Whitfield: autism level 2, reads two grades below level, dad has sole custody after the mom's overdose last spring.",
            "Thanks. What would you like to do with it?",
            "make it shorter for the sub teacher",
        ),
        _m(
            "Draft S-1 numbers, not filed yet: FY revenue $412M, net loss $96M, 38% of revenue from one customer (Halvorsen Retail).",
            "Got it.",
            "put it in a table",
            "| Metric | Value |\n|---|---|...",
            "now a version for the board pre-read",
        ),
        _m(
            "Our prod GraphQL endpoint has introspection on and the `users` query ignores auth if you pass `includeDeleted: true`. Not patched yet.",
            "That needs a server-side auth check on that resolver.",
            "write the Linear ticket",
        ),
        _m(
            "Notes from my call with my client Denise Okafor: she's behind $14k on her mortgage, her husband just got deported, and she's considering chapter 7.",
            "Understood.",
            "turn that into a case intake summary",
            "Client: Denise Okafor...",
            "tighter, bullets only",
        ),
        _m(
            "Leadership offsite notes: we're shutting down the Austin studio in Q1, 47 people, nobody's been told yet, and the Lumen IP gets sold to Crestpoint.",
            "Noted.",
            "send version for the board",
        ),
        _m(
            "My brother Caleb got a DUI last weekend, it's his second, and he's terrified his nursing license board will find out.",
            "That's a stressful situation.",
            "help me write him a text that's supportive but honest",
        ),
        _m(
            "Payroll garnishment order came in for one of our drivers, Luis Arriaga: child support arrears of $22,310, take 50% of disposable earnings.",
            "OK.",
            "write the letter to him explaining what happens to his paycheck",
        ),
        _m(
            "We found our staging AND prod share the same JWT signing secret, and it's committed in the public repo. Haven't rotated it yet.",
            "Rotate immediately and scrub the history.",
            "draft the incident update for the #eng-leads channel",
        ),
        _s(
            "You are a scheduling assistant for Brightwater Family Therapy. Client on file: Rachel Imbert, 33, PTSD after assault, court date pending against her ex-partner.",
            "write a reminder text for Thursday's session",
        ),
        _s(
            "You are an internal assistant for Corvane Capital. CONFIDENTIAL: we're taking Miller & Sons private at $31/share, announcement Feb 9.",
            "outline a talking-points doc for the deal team",
            "1. Strategic rationale...",
            "cut it to 5 bullets",
        ),
        _s(
            "You help the SRE team. Context: our customer-facing Grafana is on a version with a known path traversal bug, reachable from the internet; upgrade is blocked until next sprint.",
            "what should the on-call handoff note say",
        ),
        _s(
            "HR copilot for Pinecrest Health. Employee file: Tomasz Wilk, FMLA for his wife's cancer treatment, performance warning issued last month.",
            "draft a reply to his request to extend leave",
            "Hi Tomasz, ...",
            "warmer",
        ),
        _m(
            "Our dentist office's patient portal shows full treatment history to anyone who guesses the appointment number in the URL. Live right now.",
            "That's a HIPAA exposure.",
            "summarize for the practice owner in plain English",
        ),
        _m(
            "My grandfather Harold Benning's will: house to my aunt, nothing to my dad because of the gambling debts. Dad doesn't know yet.",
            "That's a sensitive family matter.",
            "help me write an email to my aunt about how to tell him",
        ),
        _m(
            "Unreleased Q4 churn: 11.4%, up from 6.2%, mostly enterprise. We present to investors Tuesday.",
            "Got it.",
            "chart it in matplotlib",
            "```python\nimport matplotlib.pyplot as plt ...",
            "now a one-slide version for investors",
        ),
        _u(
            "Can you fix the grammar here: \"Hi Priya, per your doctor's note your miscarriage leave is approved through the 14th, I've told only Dave in payroll.\""
        ),
        _u(
            'Translate into Spanish for our Mexico office: "The Ridgeway plant closure will be announced March 3. Until then, do not discuss with suppliers or staff."'
        ),
        _u(
            "quick pandas script to group this by diagnosis? name,dob,dx\nJanet Cole,1961-02-09,HIV\nRon Beck,1977-08-30,bipolar I"
        ),
        _u(
            "Help me write the out-of-office for my manager Priyanka while she's away; actually it's inpatient treatment for an eating disorder, so it should just say 'extended leave'"
        ),
        _u(
            "write a LinkedIn-style announcement for my colleague Gemma's return to work, but leave out that she was in rehab for opioids"
        ),
        _u(
            "Give me a subject line for this email to our insurer: our checkout still logs full card numbers to Datadog and we haven't fixed it"
        ),
        _u(
            "Format these as a markdown table, they're the unannounced layoff counts per team: Platform 9, Growth 14, Support 22"
        ),
        _u(
            'Rewrite nicer: "Mr. Delgado, your son Mateo was caught selling vape pens at school and the police liaison has been informed."'
        ),
        _u(
            "Help me reword my letter to the parole board for my sister Tanya Pruitt, she's served 6 of 9 years for the embezzlement charge"
        ),
        _u(
            "Write a Python function that emails each overdue tenant; the list is Carla Mendes $3,400 eviction filed, Jon Ruiz $900"
        ),
        _u(
            "Turn this into a status update: the admin panel on our live SaaS is reachable at /admin-old with no login, we're still working on removing it"
        ),
        _u(
            "Polish my toast for the retirement party — Frank doesn't want anyone to know he's leaving because of the ALS diagnosis, so keep it vague"
        ),
        _u(
            "summarize this in 3 bullets for my cofounder: term sheet from Northgate, $8M at $40M pre, 2x liquidation pref, they want a board seat, keep it quiet"
        ),
        _u(
            'Proofread the note I\'m leaving for the night nurse: "Bed 4, Mrs. Evelyn Ash, DNR signed today, family not yet informed of the hospice referral"'
        ),
        _u(
            "Can you make an agenda for Monday's meeting? Topic is the audit finding that our CFO, Dana Whitlock, approved her own expense reports totaling $186k"
        ),
    ],
    "de": [
        _m(
            "Gesprächsnotiz zu Herrn Jens Köhler, Lagerlogistik: Privatinsolvenz läuft, Lohnpfändung seit März, er hat im Gespräch geweint und von Suizidgedanken gesprochen.",
            "Danke für die Notiz. Wie kann ich helfen?",
            "mach's kürzer für die Personalakte",
        ),
        _m(
            "Vertraulich: Übernahme der Brauerei Hollerbach für 19 Mio. €, Signing am 15.12., die Belegschaft weiß noch nichts.",
            "Verstanden.",
            "Tabelle mit den Eckdaten",
            "| Punkt | Wert |...",
            "jetzt auf Englisch für die Holding",
        ),
        _m(
            "Unser Kundenportal in Produktion: Beim Rechnungs-Download wird nur die Rechnungsnummer geprüft, nicht der Kunde. Noch nicht gefixt.",
            "Das ist ein klassisches IDOR.",
            "schreib das Jira-Ticket",
        ),
        _m(
            "Meine Mutter, Gisela Brandt, hat die Diagnose Lewy-Körper-Demenz bekommen. Sie will nicht, dass ihr Bruder davon erfährt.",
            "Das tut mir leid.",
            "hilf mir bei der Mail an meine Schwester",
            "Liebe Anja, ...",
            "noch etwas behutsamer",
        ),
        _m(
            "Aus dem Betriebsrat-Vorgespräch: Werk Gifhorn wird 2027 geschlossen, 260 Stellen, offiziell erst im Februar.",
            "Notiert.",
            "Version für den Aufsichtsrat",
        ),
        _m(
            "Die Schulsozialarbeiterin schreibt über Leon W., 7b: Verdacht auf häusliche Gewalt, Jugendamt eingeschaltet, Mutter kooperiert nicht.",
            "Danke.",
            "fass es für die Klassenkonferenz in 4 Sätzen zusammen",
        ),
        _m(
            "Unser Jira läuft noch auf einer Version mit bekannter Auth-Bypass-Lücke und ist aus dem Internet erreichbar. Update erst nach dem Release.",
            "Ich würde den Zugang sofort per VPN einschränken.",
            "formulier eine kurze Info an die Geschäftsführung",
        ),
        _s(
            "Du bist Assistent einer Hausarztpraxis in Kassel. Patient: Herr Ömer Yıldız, 61, Leberzirrhose, Alkoholabhängigkeit, Termin beim Hepatologen steht aus.",
            "schreib die Erinnerungs-SMS",
        ),
        _s(
            "Du unterstützt die Rechtsabteilung der Falkner AG. Vertraulich: Kündigungsschutzklage von Frau Sabine Roth, Vergleichsrahmen bis 65.000 €.",
            "Entwurf einer Mail an ihren Anwalt",
            "Sehr geehrter Herr Kollege, ...",
            "ohne Betrag, bitte",
        ),
        _s(
            "Du hilfst dem IT-Team einer Stadtverwaltung. Info: Der Exchange-Server ist noch nicht gegen die aktuelle Lücke gepatcht und von außen erreichbar, Patch-Fenster erst am Wochenende.",
            "Checkliste für heute",
        ),
        _m(
            "Protokoll der Notfallbesprechung: Unser Buchungssystem in Produktion gibt über die alte SOAP-Schnittstelle ohne Login Namen und Geburtsdaten aller Reisenden aus. Abschaltung erst nach Rücksprache mit dem Großkunden.",
            "Die Schnittstelle sollte sofort gesperrt werden.",
            "mach daraus eine Mail an den Kunden, ohne Panik",
            "Sehr geehrte Damen und Herren, ...",
            "noch knapper",
        ),
        _m(
            "Mein Kollege Timo hat mir erzählt, dass er wegen Spielsucht in Therapie ist und Schulden bei seinen Eltern hat.",
            "Das ist sehr persönlich.",
            "hilf mir, ihm eine aufmunternde Nachricht zu schreiben",
        ),
        _m(
            "Unveröffentlichte Halbjahreszahlen: Umsatz 148 Mio. €, EBIT –9 Mio. €, Prognose wird gesenkt, Ad-hoc-Meldung am Donnerstag.",
            "Verstanden.",
            "Stichpunkte für den Vorstand",
            "- Umsatz 148 Mio. € ...",
            "förmlicher",
        ),
        _m(
            "In unserer Produktiv-App werden Passwort-Reset-Codes per GET im Klartext in die Access-Logs geschrieben. Fix folgt nächste Woche.",
            "Die Logs sollten sofort bereinigt werden.",
            "drei Sätze für den Datenschutzbeauftragten",
        ),
        _m(
            "Bewerberin Lena Fischer hat im Vorstellungsgespräch erwähnt, dass sie an MS erkrankt ist.",
            "Das darf nicht in die Bewertung einfließen.",
            "schreib das Feedback an den Fachbereich",
        ),
        _u(
            "Schreib einen Absatz für den Quartalsbericht an die Hausbank; dass unser Großkunde Reimann Bau gerade Insolvenz angemeldet hat (noch nicht öffentlich), soll nur angedeutet werden"
        ),
        _u(
            "Mach aus den Stichpunkten ein Protokoll der Elternsprechstunde: Mia K., Verdacht auf Magersucht, Vater streitet alles ab, Mutter in Tränen"
        ),
        _u(
            "Formatier mir das als YAML: name Klaus Reuter, diagnose paranoide Schizophrenie, betreuung Amtsgericht Fulda, unterbringung geschlossen"
        ),
        _u(
            "Brief an die Hausverwaltung: meine Nachbarin Frau Irmgard Pohl verwahrlost, die Wohnung ist vermüllt, ihr Sohn sitzt in U-Haft – bitte diskret formulieren"
        ),
        _u(
            "Hilf mir mit der Rede zur Hochzeit meines Bruders Jan. Er war letztes Jahr in der Entzugsklinik, das soll natürlich nicht vorkommen"
        ),
        _u(
            "Rollout-Plan als Mermaid-Gantt für den neuen Tarif „Flex+“ – der Preis von 29,99 € ist intern, der Vertrieb erfährt ihn erst im Januar"
        ),
        _u(
            "Wie priorisiere ich das kurz? Unser Produktiv-Shop läuft noch auf Magento 2.3 mit der bekannten Checkout-Lücke, Update erst im März"
        ),
        _u(
            "Fass den Arztbrief für meine Tante zusammen: Horst Lenz, Z. n. Schlaganfall, Aphasie, Pflegegrad 4 beantragt, Fahrverbot"
        ),
        _u(
            "Formulier meinen Lebenslauf-Eintrag so, dass man nicht merkt, dass mir 2024 bei der Sparkasse wegen Veruntreuung gekündigt wurde (ich bin Markus Heller)"
        ),
        _u(
            "Antwortvorlage für einen Kunden, der meldet, dass unsere Webapp nach dem Logout seine Daten anderen Nutzern aus dem Cache zeigt – stimmt leider, ist noch offen"
        ),
        _u(
            "Lektorier bitte mein Gedächtnisprotokoll für die Polizei: Mein Ex, Dennis Arnold, hat mich am 2.11. vor der Kita bedroht und mein Handy weggeschlagen"
        ),
        _u(
            "Dreizeiler für den Vorstand: Die Due Diligence bei Nordlicht Energie hat verdeckte Pensionsverpflichtungen von 40 Mio. € ergeben"
        ),
        _u(
            "Gib mir einen unauffälligen Projektnamen für das vertrauliche Vorhaben, unsere Filialen in Sachsen an den Konkurrenten Elbmarkt zu verkaufen"
        ),
        _u(
            "Tabelle draus machen: Bewohnerin Erna Walter (Dekubitus Grad 3, Sturz am 4.), Bewohner Kurt Lorenz (MRSA, Isolation), für die Übergabe"
        ),
        _u(
            "Schreib die Einladung zum Teamfrühstück und erwähn nebenbei, dass Sven ab Montag in die Buchhaltung wechselt – intern, weil er nach Carinas Mobbing-Beschwerde versetzt wurde"
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b8", BY_LANG)
