"""Seventh batch of `crud` examples: hand-written, one group per example
("crud/b7/<lang>/<digest>"). Weakly-coded everyday asks: vague bug reports, small scripts, dev
tools (git, npm, pip, Docker, cron, Postman), no-code and spreadsheet automation, homework and
short follow-ups in coding chats, from small businesses, schools, associations and freelancers."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "crud"

BY_LANG: dict[str, list[Item]] = {
    "fr": [
        _u(
            "le bouton enregistrer fait rien sur la fiche adhérent, je clique et rien ne se passe, pas d'erreur"
        ),
        _u(
            "Comment rendre mon tableau triable quand on clique sur les en-têtes ? C'est une page HTML toute simple avec du JS"
        ),
        _u(
            "est-ce que l'appli peut m'envoyer un mail quand le stock d'un produit passe sous 5 ? c'est un petit Flask pour ma boutique de thé"
        ),
        _u(
            "pourquoi ça affiche la date d'hier ?? je fais new Date().toISOString().slice(0,10) et on est le 14 mais ça met le 13"
        ),
        _u(
            "script pour renommer 300 photos avec la date de prise de vue, genre 2024-06-02_001.jpg, je suis sous Windows"
        ),
        _u(
            "git me dit « Your branch is behind 'origin/main' by 3 commits » je fais quoi sans tout casser"
        ),
        _u("npm install plante avec ERESOLVE unable to resolve dependency tree, c'est grave ?"),
        _u(
            "Dans Google Sheets, je voudrais que la colonne D passe en rouge si la date de relance est dépassée. Formule ?"
        ),
        _u(
            "Exercice : écrire une fonction Python qui renvoie le nombre de voyelles dans une chaîne. Je dois pas utiliser count()."
        ),
        _u(
            "mon fichier .env n'est pas lu par Node, j'ai bien mis PORT=3000 dedans mais process.env.PORT est undefined"
        ),
        _u(
            "Je gère les inscriptions du club de judo sur Airtable. Comment faire pour qu'un formulaire rempli crée aussi une ligne « Paiement » liée ?"
        ),
        _u(
            "docker compose up marche mais localhost:8080 affiche rien, mon app Express écoute sur 3000 dans le conteneur"
        ),
        _u(
            "un cron qui lance mon script de sauvegarde tous les lundis à 7h, c'est quoi la ligne exacte ?"
        ),
        _u("ajoute un champ téléphone au formulaire de contact et vérifie que c'est 10 chiffres"),
        _u(
            "Postman me renvoie 415 Unsupported Media Type sur mon POST, le body est en JSON pourtant"
        ),
        _u("comment je supprime le dernier commit que j'ai pas encore pushé"),
        _u("le champ code postal enlève le 0 devant (01000 devient 1000) dans mon export CSV"),
        _u(
            "TP de BTS SIO : créer la table Emprunt (id, livre, adherent, date_emprunt, date_retour) avec les clés étrangères. Je bloque sur les FK"
        ),
        _u(
            "pip install mysqlclient échoue sur mon Mac avec une erreur de compilation, y a plus simple ?"
        ),
        _u(
            "Macro VBA : à chaque nouvelle ligne dans l'onglet Devis, copier le numéro client et la date du jour dans l'onglet Suivi"
        ),
        _u("ça veut dire quoi « N+1 queries » ? mon collègue dit que ma page liste en fait"),
        _u(
            "comment on fait un select qui se remplit selon le choix d'un autre select (région puis département) ?"
        ),
        _u("j'ai un requirements.txt, comment je crée le venv et j'installe tout d'un coup"),
        _u(
            "Mon site WordPress de traiteur : le formulaire de commande envoie bien mais je reçois jamais le mail. Contact Form 7."
        ),
        _u(
            "Je suis prof de techno, j'aimerais un petit programme Scratch ou Python pour que les élèves calculent la moyenne de leurs notes. Version Python svp, niveau 3e."
        ),
        _m(
            "J'ai une API FastAPI avec un endpoint POST /factures, tu peux ajouter la validation du montant (positif) ?",
            "Oui : dans le modèle Pydantic, `montant: condecimal(gt=0)` ou un `Field(gt=0)`. Une valeur négative renverra 422.",
            "et pareil pour l'autre formulaire, celui des avoirs",
        ),
        _m(
            "mon endpoint /api/clients renvoie une liste vide alors qu'il y a des lignes en base",
            "Vérifie la connexion utilisée (bonne base ?) et si un filtre par défaut s'applique, par exemple un `actif=True` ou un tenant.",
            "ok c'était la mauvaise base. maintenant ça dit 500",
        ),
        _m(
            "Tu peux me faire un script qui envoie un rappel par mail aux adhérents qui n'ont pas payé leur cotisation ? J'ai un CSV nom,email,payé",
            "Voici un script Python avec csv et smtplib qui filtre les lignes où payé vaut « non » et envoie un message à chacun.",
            "ça marche ! tu peux mettre leur prénom dans le message ?",
        ),
        _m(
            "Quelle est la recette de la pâte à crêpes sans lait ?",
            "250 g de farine, 4 œufs, 50 cl d'eau (ou boisson végétale), une pincée de sel, 2 c. à s. d'huile.",
            "merci. autre chose : dans mon appli de recettes en Laravel, comment je fais une recherche par ingrédient ? table recettes et table ingredients avec une pivot",
        ),
        _m(
            "je veux une colonne « ancienneté » dans mon tableau du personnel, calculée depuis la date d'entrée",
            '=DATEDIF(C2;AUJOURDHUI();"y") donne le nombre d\'années complètes.',
            "et en années + mois ?",
        ),
        _m(
            "Comment ajouter un bouton « exporter en PDF » sur ma liste de commandes en React ?",
            "Le plus simple : jsPDF + jspdf-autotable, tu construis le tableau à partir de tes données et tu appelles doc.save().",
            "les accents sortent bizarres dans le pdf",
        ),
        _m(
            "j'ai fait git add . par erreur avec le dossier node_modules",
            "Fais `git reset` pour tout désindexer, ajoute `node_modules/` dans .gitignore, puis refais `git add .`.",
            "il était déjà commit par contre",
        ),
        _m(
            "Ma requête : SELECT * FROM reservations WHERE date = '2024-07-01' ne trouve rien",
            "Si la colonne est un DATETIME, compare avec un intervalle : date >= '2024-07-01' AND date < '2024-07-02'.",
            "ah oui. et pour toute la semaine ?",
        ),
        _m(
            "Dans Notion je veux que la colonne Statut passe à « En retard » toute seule quand l'échéance est passée",
            'Avec une propriété formule : if(prop("Échéance") < now() and prop("Fait") == false, "En retard", "OK").',
            "ça marche pas, il me dit Type mismatch",
        ),
        _m(
            "Écris des tests unitaires pour ma fonction calcul_tva(montant, taux)",
            "Voici quatre tests pytest : taux normal, taux réduit, montant nul, et montant négatif qui doit lever ValueError.",
            "rajoute le cas où le taux est une chaîne",
        ),
        _m(
            "T'as un conseil pour réviser le bac de philo ?",
            "Fais des fiches par notion, entraîne-toi sur des plans de dissertation et relis les grands auteurs au programme.",
            "ok. sinon mon script python pour le projet NSI plante : IndexError: list index out of range à la ligne 12, c'est une boucle for i in range(len(notes)+1)",
        ),
        _m(
            "la page de connexion de mon appli Symfony redirige en boucle",
            "Vérifie que la route /login est bien en access_control avec PUBLIC_ACCESS, sinon le firewall redemande une connexion.",
            "c'était ça merci. et la page mot de passe oublié aussi du coup ?",
        ),
        _s(
            "Tu es un assistant pour les bénévoles de l'association Les Jardins Partagés du Val. Tu aides sur le tableur et les outils numériques.",
            "Je voudrais que le tableau des parcelles m'indique automatiquement qui n'a pas arrosé depuis plus de 7 jours. On a une colonne « dernier arrosage ».",
        ),
        _s(
            "You are a coding agent working in the repository of a small bakery's ordering site (Django).",
            "ajoute un champ « allergènes » sur le modèle Produit et affiche-le sur la fiche",
        ),
        _s(
            "Tu es un tuteur de programmation pour des lycéens. Ne donne pas directement la solution, guide l'élève.",
            "je dois faire une fonction qui dit si une année est bissextile, j'ai fait if annee % 4 == 0 mais le prof dit que c'est faux pour 1900",
        ),
        _s(
            "Tu es le support technique de Facturo, logiciel de facturation en ligne pour indépendants. Tu peux aider les clients à utiliser l'API.",
            "bonjour, je veux créer une facture via votre API depuis mon Zapier, quel champ pour la date d'échéance ? ça me renvoie 400",
        ),
        _s(
            "Assistant Excel pour le service comptable de Menuiserie Roux SARL.",
            "j'ai besoin d'un total par fournisseur et par mois à partir de la feuille Achats, sans tableau croisé si possible",
        ),
        _s(
            "Tu es un assistant de développement pour une équipe PHP.",
            "fais-moi la migration Doctrine pour passer la colonne « remarque » en TEXT nullable",
        ),
        _s(
            "Tu aides les freelances à automatiser leurs tâches avec Make (ex-Integromat) et Google Workspace.",
            "quand un client remplit mon Google Form de devis, je voudrais que ça crée un dossier Drive à son nom et m'envoie un mail. C'est faisable ?",
        ),
        _s(
            "Tu es l'assistant de code de l'équipe web de la mairie. Tu réponds en français.",
            "sur le formulaire d'inscription cantine, le champ « date de naissance » accepte 2030, il faudrait bloquer les dates futures",
        ),
        _s(
            "Tu es un assistant Git patient pour débutants.",
            "j'ai modifié un fichier et je veux revenir à la version d'avant, mais seulement ce fichier",
        ),
        _s(
            "Tu es Copilote, l'assistant développeur interne de Transports Lemaire.",
            "la liste des tournées met 8 secondes à charger, il y a un ORDER BY date sur 200 000 lignes. Je mets un index où ?",
        ),
        _u("ça marche en local mais sur le serveur les images uploadées donnent 404"),
        _u(
            "Comment planter une tâche qui vide la table paniers_abandonnes tous les soirs avec Laravel ?"
        ),
        _u("une regex pour vérifier un numéro SIRET (14 chiffres) dans un input"),
        _u("c'est quoi un ORM en gros ? le freelance qui a fait notre site parle de Prisma"),
        _u(
            "dans mon Google Sheet de réservations de gîte, je veux empêcher deux réservations qui se chevauchent sur les mêmes dates, une validation de données ça peut le faire ?"
        ),
    ],
    "ru": [
        _u("кнопка «Сохранить» в карточке товара ничего не делает, консоль пустая"),
        _u(
            "как сделать чтобы таблица сортировалась по клику на столбец? у меня просто <table> на jQuery"
        ),
        _u("можно чтобы бот в телеграме писал мне когда в гугл таблице остаток меньше 10?"),
        _u("почему в отчёте дата на день раньше? в базе 2024-03-05, а на странице 04.03"),
        _u(
            "скрипт переименовать все фотки в папке по дате съёмки, их штук 400, желательно на питоне"
        ),
        _u("git push пишет rejected non-fast-forward, что делать"),
        _u("что значит ошибка 422 от API? я отправляю форму заказа"),
        _u(
            "Формула в Excel: если в столбце Оплачено «да», то сумма идёт в итог, иначе ноль. И итог внизу."
        ),
        _u(
            "Задача по информатике: найти второй по величине элемент массива за один проход, на C++. Сортировку нельзя."
        ),
        _u("как в .gitignore исключить всю папку uploads, кроме файла .gitkeep"),
        _u("pip ругается externally-managed-environment на убунте, как поставить requests"),
        _u(
            "сделай модель Django для записи к мастеру маникюра: клиент, услуга, дата и время, длительность, комментарий"
        ),
        _u(
            "docker-compose: как подключить к моему приложению postgres чтобы данные не терялись после перезапуска"
        ),
        _u("как запускать php-скрипт выгрузки заказов каждые 15 минут через cron"),
        _u("в 1С-ке выгружаю CSV, а в питоне кракозябры вместо русских букв"),
        _u("добавь в форму обратной связи капчу попроще, без гугла если можно"),
        _u("в постмане как передать токен один раз для всех запросов коллекции"),
        _u("SQL: сколько учеников записано на каждый кружок, включая кружки где никого нет"),
        _u("поле «телефон» сохраняется как 7.9E+10 в гугл таблице, как отключить"),
        _u(
            "напиши тест на функцию, которая считает скидку по карте лояльности: 5% от 10к, 10% от 50к"
        ),
        _u("npm run build падает: JavaScript heap out of memory. проект на vue, небольшой"),
        _u(
            "как в Bitrix24 сделать, чтобы при смене стадии сделки клиенту уходило письмо? без программиста желательно"
        ),
        _u("почему list.remove внутри цикла for пропускает элементы?? питон"),
        _u(
            "у нас в школе журнал посещаемости в экселе, хочу макрос который по кнопке делает лист на новый месяц с теми же учениками"
        ),
        _u("fetch возвращает Promise {<pending>} вместо данных, что я не так делаю"),
        _u("хранить цену в float или decimal для интернет-магазина?"),
        _m(
            "Сделай эндпоинт на Express, который отдаёт список заявок с фильтром по статусу",
            "Вот роут GET /requests?status=new: берём req.query.status и передаём в where запроса к базе.",
            "теперь ещё по дате от и до",
        ),
        _m(
            "Вот моя форма регистрации на React, при отправке страница перезагружается",
            "Добавь e.preventDefault() в обработчик onSubmit — иначе браузер отправляет форму стандартно.",
            "помогло. теперь пишет 500 при отправке",
        ),
        _m(
            "Подскажи, как лучше сварить гречку, чтобы рассыпчатая была?",
            "Промой, обжарь сухой минуту-две, залей водой 1:2, доведи до кипения и вари 15 минут под крышкой на маленьком огне.",
            "спасибо) ещё вопрос по работе: как в PostgreSQL удалить дубликаты клиентов по email, оставив самую раннюю запись?",
        ),
        _m(
            "Как в Google Apps Script отправить письмо из таблицы?",
            "MailApp.sendEmail(адрес, тема, текст) — берёшь значения из getRange и вызываешь в цикле.",
            "а как сделать чтобы это само запускалось каждое утро",
        ),
        _m(
            "Напиши скрипт, который скачивает курс евро с сайта ЦБ и пишет в CSV",
            "Вот вариант на Python: requests к XML ЦБ, парсинг через ElementTree, запись в csv с датой и курсом.",
            "и доллар тоже добавь",
        ),
        _m(
            "Как откатить последнюю миграцию в Django?",
            "python manage.py migrate имя_приложения номер_предыдущей_миграции — например 0004.",
            "а если я её уже удалил из папки",
        ),
        _m(
            "У меня в Flutter список заказов не обновляется после добавления нового",
            "Нужно вызвать setState после добавления или использовать провайдер, который уведомляет слушателей.",
            "а в экране редактирования то же самое",
        ),
        _m(
            "Почему запрос с LIKE '%иван%' не находит «Иван»?",
            "В PostgreSQL LIKE чувствителен к регистру. Используй ILIKE или lower(name) LIKE lower(...).",
            "ок, а индекс под это можно сделать?",
        ),
        _m(
            "Какие книги почитать про историю Византии?",
            "Начни с «Истории Византии» Васильева и книги Ю. Норвича, они читаются легко.",
            "спасибо. кстати, у меня в приложении библиотеки на Spring при сохранении книги автор становится null, хотя в JSON он есть",
        ),
        _m(
            "напиши функцию на питоне, которая проверяет ИНН на корректность",
            "Вот функция: проверяем длину 10 или 12 и контрольные цифры по весовым коэффициентам.",
            "тесты к ней тоже",
        ),
        _s(
            "Ты — ассистент по коду в JetBrains IDE. Отвечай коротко.",
            "как переименовать колонку в миграции Alembic, чтобы данные не потерялись",
        ),
        _s(
            "Ты помогаешь сотрудникам небольшой бухгалтерской фирмы автоматизировать Excel.",
            "нужно собрать в одну таблицу данные из 12 файлов по месяцам, структура у всех одинаковая. Power Query или макрос?",
        ),
        _s(
            "You are a coding agent with access to a Node.js repository for a dental clinic's booking site.",
            "сделай так, чтобы нельзя было записаться на время, которое уже занято",
        ),
        _s(
            "Ты — репетитор по программированию для школьников. Объясняй просто.",
            "я не понимаю чем while отличается от for, у нас задача посчитать сумму цифр числа",
        ),
        _s(
            "Ты — бот поддержки сервиса онлайн-записи «Запишись.Онлайн». Помогаешь клиентам с виджетом и API.",
            "вставил ваш виджет на сайт на Тильде, а он показывает пустое окно",
        ),
        _s(
            "Ты — внутренний помощник разработчиков компании «СеверЛес».",
            "допиши валидацию в форме приёмки: объём не может быть отрицательным, номер накладной обязателен",
        ),
        _s(
            "Ты помогаешь с git и GitHub начинающим разработчикам.",
            "случайно закоммитил в main вместо своей ветки, как перенести коммит",
        ),
        _s(
            "Ты ассистент по no-code инструментам (Airtable, Make, Zapier).",
            "хочу чтобы новые заявки с формы на сайте падали в Airtable и менеджеру приходило уведомление в телеграм",
        ),
        _s(
            "Ты — помощник по Python для аналитиков маркетплейса.",
            "pandas: сгруппировать продажи по артикулу и неделе, посчитать сумму и средний чек",
        ),
        _u("что лучше для маленькой CRM на двоих: SQLite или сразу Postgres?"),
        _u("приложение на Django, после деплоя не грузятся стили, DEBUG=False"),
        _u("как сделать поиск по таблице на странице, чтобы фильтровалось прямо при вводе"),
        _u("в requirements.txt стоит версия пакета, которой уже нет, как узнать какие есть"),
        _u("зачем нужен внешний ключ, если я и так храню id клиента в заказе?"),
        _u("регулярка для номера телефона в формате +7 (999) 123-45-67"),
        _u("у меня в отчёте итого считается неправильно, копейки теряются. javascript, 0.1+0.2"),
        _u(
            "как посмотреть, какие переменные окружения видит контейнер, у меня DATABASE_URL не подхватывается"
        ),
        _u(
            "сделай из этого списка товаров выпадающий список в форме заказа, чтобы цена подставлялась сама"
        ),
    ],
    "ko": [
        _u("저장 버튼 눌러도 아무 반응이 없어요 ㅠ 콘솔에도 에러 안 뜸"),
        _u("표 헤더 누르면 정렬되게 해주세요. 바닐라 JS로요"),
        _u(
            "재고 5개 이하로 떨어지면 메일 오게 할 수 있나요? 스마트스토어 주문 데이터를 구글시트로 받고 있어요"
        ),
        _u("왜 어제 날짜가 찍히죠? 서버에서 new Date() 찍으면 9시간 차이나요"),
        _u("사진 300장 찍은 날짜로 파일명 바꾸는 스크립트 있을까요? 맥북이에요"),
        _u("git stash가 뭐예요? 브랜치 바꾸려는데 변경사항 있다고 안 넘어가요"),
        _u(
            "npm audit 하니까 취약점 12개 나오는데 npm audit fix 해도 되나요? 학원 과제 프로젝트예요"
        ),
        _u(
            "엑셀에서 주민번호 앞자리로 나이 계산하는 수식... 아니 그냥 생년월일 칸 있어요, 만 나이로요"
        ),
        _u("파이썬 과제: 리스트에서 중복 제거하되 순서는 유지하기. set 쓰면 순서가 깨져요"),
        _u(".env 파일을 깃에 올리면 안 된다는데 그럼 팀원들은 설정을 어떻게 받아요?"),
        _u("Spring Boot에서 회원가입 API 만들 때 이메일 중복 체크는 어디서 하는 게 맞아요?"),
        _u("도커로 띄운 MySQL에 DBeaver로 접속이 안 돼요. 포트는 3306 열었어요"),
        _u("매일 새벽 3시에 로그 파일 지우는 크론 설정 알려주세요"),
        _u("구글 시트에서 체크박스 체크하면 옆 칸에 체크한 시간이 자동으로 들어가게 하고 싶어요"),
        _u("문의 폼에 파일 첨부 기능 추가해주세요. 5MB 제한이요"),
        _u("포스트맨에서 form-data로 보내면 되는데 raw JSON으로 보내면 req.body가 비어 있어요"),
        _u("커밋 메시지 오타 났는데 이미 푸시했어요. 고칠 수 있나요?"),
        _u(
            "학원 출결 관리 테이블 설계 좀 봐주세요. 학생, 수업, 출석 이렇게 세 개 만들었는데 출석에 뭐가 들어가야 하죠"
        ),
        _u("pip freeze > requirements.txt 했더니 쓸데없는 패키지가 너무 많이 들어가요"),
        _u("JPA에서 LazyInitializationException 떠요. 주문 조회하고 주문상품 꺼낼 때요"),
        _u(
            "우리 카페 적립 포인트를 엑셀로 관리하는데, 전화번호 뒷자리로 검색하면 포인트 나오게 하고 싶어요"
        ),
        _u("input type=number 에서 e 입력되는 거 막을 수 있나요"),
        _u("SQL로 월별 매출 합계 뽑기. 주문 테이블에 created_at, amount 있어요"),
        _u(
            "리액트에서 목록 삭제 버튼 누르면 맨 마지막 게 지워져요. key를 index로 줬는데 그거 때문인가요?"
        ),
        _u("Next.js API 라우트에서 500 뜨는데 어디서 로그를 봐야 돼요?"),
        _u(
            "노션 데이터베이스에 있는 일정을 구글 캘린더로 자동으로 옮기는 방법 있을까요? 코딩은 잘 몰라요"
        ),
        _u("CORS 에러가 뭐예요? 프론트는 5173, 백엔드는 8000 포트에서 돌려요"),
        _m(
            "FastAPI로 게시판 글 목록 API 만들어 주세요",
            "GET /posts 엔드포인트에서 skip, limit 쿼리 파라미터로 페이지네이션하는 예시입니다.",
            "검색어로 제목 필터도 추가해 주세요",
        ),
        _m(
            "회원 정보 수정 폼인데 저장하면 비밀번호가 빈 값으로 덮어써져요",
            "비밀번호 필드가 비어 있으면 업데이트 대상에서 제외하세요. 예: if (!dto.password) delete dto.password.",
            "이제 저장은 되는데 400 떠요",
        ),
        _m(
            "제주도 3박 4일 코스 추천해 주세요",
            "1일차 동쪽(성산, 우도), 2일차 남쪽(서귀포), 3일차 서쪽(협재, 오설록), 4일차 제주시 일대를 추천해요.",
            "감사합니다! 근데 딴 얘기인데 장고에서 예약 날짜 겹치면 저장 못 하게 하려면 어디에 코드 넣어야 해요?",
        ),
        _m(
            "앱스 스크립트로 구글폼 응답 오면 슬랙에 알림 보내고 싶어요",
            "onFormSubmit 트리거를 만들고 UrlFetchApp.fetch로 슬랙 웹훅 URL에 POST하면 됩니다.",
            "응답자 이름도 같이 나오게요",
        ),
        _m(
            "git에서 브랜치 합치다가 충돌 났어요",
            "충돌 난 파일을 열어 <<<<<<< 와 >>>>>>> 사이를 원하는 내용으로 고친 뒤 git add, git commit 하세요.",
            "파일이 20개인데 다 제 걸로 하고 싶으면요",
        ),
        _m(
            "파이썬으로 폴더 안 엑셀 파일 전부 합치는 코드 짜줘",
            "pandas로 glob 돌면서 read_excel 후 concat 하는 코드입니다.",
            "파일 이름도 열로 넣어줘",
        ),
        _m(
            "Flutter에서 TextField 값이 저장 후에도 그대로 남아 있어요",
            "저장 후 controller.clear()를 호출하면 됩니다.",
            "다른 폼도 똑같이 해야 돼요? 다섯 개 있어요",
        ),
        _m(
            "MySQL에서 한글이 ??? 로 저장돼요",
            "테이블과 연결 charset을 utf8mb4로 맞추세요. ALTER TABLE ... CONVERT TO CHARACTER SET utf8mb4.",
            "이미 들어간 데이터도 살릴 수 있어요?",
        ),
        _m(
            "요즘 볼만한 넷플릭스 드라마 있어요?",
            "최근엔 스릴러나 법정물이 인기예요. 취향을 말해 주시면 더 골라 드릴게요.",
            "나중에요 ㅋㅋ 일단 이거부터: Vue에서 v-model 바인딩한 select가 처음에 선택이 안 돼 있어요",
        ),
        _m(
            "주문 테이블에 배송 메모 컬럼 추가하는 마이그레이션 만들어 줘 (Laravel)",
            "php artisan make:migration add_memo_to_orders_table 후 $table->string('memo')->nullable(); 를 추가하세요.",
            "글자 수 제한 없게 하려면?",
        ),
        _s(
            "당신은 VS Code에 내장된 코딩 도우미입니다. 짧게 답하세요.",
            "이 함수 유닛 테스트 만들어 줘: 할인율 계산",
        ),
        _s(
            "당신은 소상공인을 위한 엑셀·구글시트 자동화 도우미입니다.",
            "꽃집 예약 시트인데 픽업 날짜가 오늘인 줄만 노란색으로 표시하고 싶어요",
        ),
        _s(
            "You are a coding agent working on a Korean academy's attendance web app (Express + MongoDB).",
            "출석 안 한 학생 목록을 반별로 뽑는 API 하나 만들어 주세요",
        ),
        _s(
            "너는 코딩 입문자를 위한 친절한 튜터야. 답을 바로 주지 말고 힌트를 줘.",
            "별 찍기 과제인데 피라미드 모양이 안 나와요. 왼쪽으로 쏠려요",
        ),
        _s(
            "당신은 결제 대행사 '페이온'의 개발자 지원 챗봇입니다.",
            "테스트 결제는 되는데 웹훅이 저희 서버로 안 와요. 로컬에서 테스트 중이에요",
        ),
        _s(
            "사내 개발팀 도우미. 코드 리뷰와 간단한 수정을 돕습니다.",
            "이 쿼리에서 탈퇴한 회원 제외해 줘: SELECT * FROM members WHERE grade = 'VIP'",
        ),
        _s(
            "당신은 깃 사용법을 알려주는 도우미입니다.",
            "다른 사람이 올린 브랜치를 제 컴퓨터로 받아오려면요?",
        ),
        _s(
            "노코드 툴(Bubble, Glide, Softr) 전문 상담 봇입니다.",
            "Glide로 동아리 회비 관리 앱 만드는데, 회원이 자기 납부 내역만 보게 할 수 있어요?",
        ),
        _s(
            "You are an IDE assistant for a Kotlin Android project.",
            "Room DB에 메모 저장했는데 앱 다시 켜면 목록이 비어 있어요",
        ),
        _u("외래키 걸려 있어서 삭제가 안 된대요. 그냥 같이 지워지게 하려면?"),
        _u("프로젝트 받아서 npm install 했는데 node 버전이 안 맞대요. nvm 써야 하나요"),
        _u("엑셀 VBA로 시트별로 PDF 저장하는 매크로 부탁드려요"),
        _u("로그인 안 한 사람이 주소 치고 관리자 페이지 들어오는 거 막으려면 어떻게 해요? 장고요"),
        _u("ORM이 뭔지 쉽게 설명해 주세요. SQL 직접 쓰는 거랑 뭐가 달라요"),
        _u("자바 과제인데 Scanner로 입력 받으면 nextInt 다음 nextLine이 건너뛰어져요"),
        _u("날짜 입력칸에 오늘 이전 날짜는 못 고르게 해주세요"),
        _u("테스트가 가끔만 실패해요. 로컬에선 통과하는데 깃헙 액션에서만 떨어져요"),
        _u("쇼핑몰 관리자 페이지 상품 목록에 엑셀 다운로드 버튼 달아 주세요. PHP예요"),
    ],
    "it": [
        _u("il tasto salva non fa niente, clicco e resta tutto com'era"),
        _u("come faccio a rendere ordinabile la tabella dei soci? è una pagina PHP vecchia"),
        _u(
            "si può fare che mi arriva una mail quando le scorte di un vino scendono sotto le 6 bottiglie? uso un foglio Google"
        ),
        _u(
            "perché mi mostra la data di ieri? salvo con datetime.now() e su Postgres risulta un giorno prima dopo mezzanotte"
        ),
        _u("script per rinominare 300 foto della cresima con la data dello scatto"),
        _u(
            "ho fatto git reset --hard e ho perso il lavoro di stamattina, c'è modo di recuperarlo?"
        ),
        _u("npm start mi dice che la porta 3000 è già in uso"),
        _u(
            "Formula Excel: se la fattura è scaduta da più di 30 giorni scrivi SOLLECITARE nella colonna F"
        ),
        _u(
            "Esercizio di informatica: scrivere in Java un metodo che controlla se una parola è palindroma, ignorando maiuscole"
        ),
        _u("cosa devo mettere nel .gitignore per un progetto Python? ho un venv e un file .env"),
        _u(
            "ho bisogno di un modello Django per le prenotazioni del campo da padel: campo, giocatore, orario inizio e fine"
        ),
        _u("docker: la mia app Flask nel container non vede il database che gira sul mio pc"),
        _u(
            "vorrei che ogni primo del mese partisse uno script che genera le fatture, come lo metto in crontab?"
        ),
        _u(
            "nel modulo di iscrizione il codice fiscale deve essere di 16 caratteri, mi fai la validazione in JS?"
        ),
        _u(
            "Postman: come salvo il token della login in una variabile e lo uso nelle altre richieste?"
        ),
        _u("query per trovare i clienti che hanno comprato sia il prodotto A che il prodotto B"),
        _u("pip install dice che non trova la versione 2.0 di pandas, ho python 3.8"),
        _u("cos'è una chiave esterna? il prof l'ha spiegata ma non ho capito a cosa serve davvero"),
        _u(
            "Macro VBA che per ogni riga del foglio Clienti crea un file Word con la lettera di benvenuto"
        ),
        _u(
            "in React la lista non si aggiorna dopo che aggiungo un elemento, uso push sull'array dello state"
        ),
        _u(
            "come faccio un menu a tendina che si riempie con le città prese dal database? Laravel + Blade"
        ),
        _u("il mio sito su Aruba dà errore 500 dopo che ho caricato il file .htaccess"),
        _u(
            "con AppSheet posso fare un'app per il magazzino della parrocchia dove i volontari segnano cosa prendono?"
        ),
        _u("Il test passa da solo ma fallisce quando li lancio tutti insieme, pytest. Perché?"),
        _u("differenza tra PUT e PATCH, in breve"),
        _u("il campo prezzo accetta la virgola ma poi salva 0, deve accettare sia 12,50 che 12.50"),
        _u("mi serve un endpoint per esportare gli ordini in CSV, Express + Sequelize"),
        _m(
            "Mi scrivi un form Vue per aggiungere un nuovo socio? Nome, cognome, email, data tessera",
            "Ecco un componente con v-model sui quattro campi e un metodo submit che fa POST a /api/soci.",
            "e la stessa cosa per modificare un socio esistente",
        ),
        _m(
            "Il mio endpoint /api/prenotazioni restituisce 404",
            "Controlla che la route sia registrata con lo stesso prefisso: se usi app.use('/api', router) la route nel router va scritta /prenotazioni.",
            "ok ora risponde ma dice 500",
        ),
        _m(
            "Quanto tempo ci vuole per cuocere un arrosto di vitello da 1 kg?",
            "Circa 60-70 minuti a 180 °C, fino a 65 °C al cuore.",
            "grazie! ora una cosa di lavoro: in Access come faccio una query che mi dà il totale venduto per agente nel mese?",
        ),
        _m(
            'Come conto le celle con testo "pagato" in una colonna?',
            '=CONTA.SE(B:B;"pagato")',
            "e se voglio sommare gli importi della colonna C solo per quelle?",
        ),
        _m(
            "Ho una tabella articoli in MySQL e voglio aggiungere la colonna sconto",
            "ALTER TABLE articoli ADD COLUMN sconto DECIMAL(5,2) NOT NULL DEFAULT 0;",
            "mi dà errore perché la tabella è enorme e va in timeout",
        ),
        _m(
            "Scrivimi uno script Python che manda un WhatsApp ai clienti il giorno prima dell'appuntamento",
            "Con l'API di Twilio per WhatsApp: leggi gli appuntamenti di domani dal CSV e per ognuno chiami client.messages.create.",
            "ma posso farlo gratis?",
        ),
        _m(
            "In Flutter come salvo una lista di note sul telefono?",
            "Per poche note va bene shared_preferences con jsonEncode; per dati strutturati meglio sqflite o Hive.",
            "vai con sqflite, mi fai la tabella e le funzioni per aggiungere e cancellare",
        ),
        _m(
            "Che differenza c'è tra SQL e NoSQL?",
            "SQL usa tabelle con schema fisso e relazioni; NoSQL usa documenti, chiavi-valore o grafi con schema flessibile.",
            "ok, e per la mia app di ricette su Firebase, come faccio a cercare le ricette che contengono un certo ingrediente?",
        ),
        _m(
            "Scrivi i test per la funzione calcolaRata(importo, mesi, tasso) in Jest",
            "Ecco quattro test: caso base, tasso zero, mesi zero che deve lanciare errore, arrotondamento a due decimali.",
            "uno fallisce per 0.01 di differenza",
        ),
        _m(
            "Consigli per il colloquio da sviluppatore junior?",
            "Prepara due progetti da raccontare bene, ripassa le basi (strutture dati, SQL, git) e fai domande sul team.",
            "grazie. intanto mi aiuti con questo: git mi dice detached HEAD e non so come ci sono finito",
        ),
        _s(
            "Sei l'assistente di codice integrato nell'editor. Rispondi in modo conciso.",
            "perché questa query Eloquent mi restituisce null anche se il record c'è? Cliente::where('email', $email)->first()",
        ),
        _s(
            "Sei un assistente per la segreteria di una scuola media che usa Fogli Google e Apps Script.",
            "vorrei che le assenze inserite dai prof nel modulo finissero nel foglio della classe giusta in automatico",
        ),
        _s(
            "You are a coding agent in the repository of an Italian agriturismo's booking site (Next.js + Prisma).",
            "aggiungi il campo numero di ospiti alla prenotazione e bloccalo a massimo 8",
        ),
        _s(
            "Sei un tutor di programmazione per studenti dell'ITIS. Fai domande e guida senza dare la soluzione completa.",
            "devo fare la media dei voti in C ma mi esce sempre un numero intero",
        ),
        _s(
            "Sei il supporto tecnico di FatturaFacile, servizio di fatturazione elettronica con API REST.",
            "quando invio la fattura via API ricevo 422 con 'partita_iva non valida' ma è giusta",
        ),
        _s(
            "Assistente Excel per l'ufficio acquisti della Ferramenta Bassi.",
            "ho i listini di tre fornitori su tre fogli, voglio vedere per ogni articolo qual è il prezzo più basso e di chi è",
        ),
        _s(
            "Sei un assistente per sviluppatori Ruby on Rails.",
            "scaffold per una risorsa Evento con titolo, data, luogo e posti disponibili",
        ),
        _s(
            "Aiuti piccole imprese ad automatizzare con Zapier e Make.",
            "ogni volta che arriva un ordine su Shopify voglio una riga nel mio foglio Google con nome, totale e indirizzo",
        ),
        _s(
            "Sei l'assistente git dello studio grafico Linea.",
            "come faccio a vedere chi ha modificato quella riga del file css e quando",
        ),
        _u(
            "come faccio a nascondere il pulsante elimina agli utenti che non sono admin? Django template"
        ),
        _u("mi serve una regex per la targa italiana tipo AB123CD"),
        _u("la pagina dei prodotti è lentissima, ci sono 50 query per caricare 50 prodotti"),
        _u("come si fa un seed del database con dati finti per provare l'app?"),
        _u("su Windows il mio script .bat non parte dall'Utilità di pianificazione ma a mano sì"),
        _u(
            "Esercizio: dato un file di testo con nomi e voti, stampare il migliore studente. In Python, siamo al primo anno"
        ),
        _u("il form di contatto su Netlify non mi manda le notifiche"),
        _u(
            "come si legge un file json in node e si aggiunge un elemento senza perdere quelli che c'erano"
        ),
        _u(
            "ho un foglio con le presenze dei volontari, mi serve una formula che conti quante ore ha fatto ognuno nel mese"
        ),
    ],
    "pt": [
        _u("o botão salvar não faz nada, nem dá erro"),
        _u("como deixar a tabela ordenável clicando no cabeçalho? é um projeto em Angular"),
        _u(
            "dá pra app me mandar um e-mail quando o estoque de um produto ficar abaixo de 3? é um sisteminha em Laravel da minha loja de roupa"
        ),
        _u(
            "por que aparece a data de ontem no comprovante? uso LocalDate no Java e o servidor tá em UTC"
        ),
        _u(
            "script pra renomear 300 fotos pela data, sou fotógrafa de casamento e quero tudo organizado"
        ),
        _u("git clone pede usuário e senha e não aceita minha senha do GitHub"),
        _u("npm ou yarn? o projeto veio com package-lock e yarn.lock os dois"),
        _u(
            "Fórmula no Sheets pra trazer o nome do aluno da aba Matrículas a partir do número de matrícula"
        ),
        _u(
            "Exercício de faculdade: fazer em C um programa que lê 10 números e mostra o maior e o menor"
        ),
        _u("meu .env funciona no dev mas no build do Vite as variáveis vêm undefined"),
        _u(
            "preciso de um CRUD simples de pacientes pra clínica de fisioterapia da minha mãe, nome, telefone, data da sessão. Pode ser em PHP"
        ),
        _u("docker compose down apagou meu banco? subi de novo e tá vazio"),
        _u("como agendar um script Python no Windows pra rodar toda sexta às 18h"),
        _u("validação de CPF no formulário de cadastro, em JavaScript"),
        _u("no Postman funciona, no meu front com axios dá CORS"),
        _u("SQL pra listar os produtos que nunca foram vendidos"),
        _u("pip install psycopg2 dá erro pg_config not found"),
        _u("o que é uma migration? o curso de Rails falou mas passou rápido"),
        _u(
            "macro no Excel pra enviar por e-mail a planilha de cada vendedor só com as vendas dele"
        ),
        _u("meu componente React renderiza infinitamente depois que coloquei o fetch"),
        _u("como faço pra o campo CEP preencher o endereço sozinho? ViaCEP"),
        _u("o site da associação de moradores em WordPress fica lento só na página de eventos"),
        _u(
            "dá pra fazer no Glide um app de controle de empréstimo de livros da escola sem programar?"
        ),
        _u("teste unitário no Jest que mocka o fetch, como faz?"),
        _u("o campo valor salva 1.500,00 como 1.5 no banco"),
        _u("um endpoint em Node que recebe uma foto do produto e salva numa pasta uploads"),
        _m(
            "Faz um formulário de orçamento em HTML com nome, e-mail, serviço e mensagem",
            "Segue o formulário com os quatro campos, required nos obrigatórios e um select para o serviço.",
            "agora faz ele mandar pro meu e-mail",
        ),
        _m(
            "meu login no Django não funciona, diz que usuário ou senha inválidos mas tá certo",
            "Se criou o usuário com User(password=...) a senha foi salva sem hash. Use create_user ou set_password.",
            "arrumei. agora dá 403 CSRF no form",
        ),
        _m(
            "Me indica um filme leve pra ver hoje?",
            'Que tal "O Auto da Compadecida"? Divertido e leve.',
            "boa! outra coisa, como faço no MySQL pra somar as vendas por dia da semana?",
        ),
        _m(
            "Como conto quantos alunos tiraram nota acima de 7 no Excel?",
            '=CONT.SE(C2:C40;">7")',
            "e a média só deles?",
        ),
        _m(
            "Preciso de um script que baixe os boletos em PDF de uma pasta do e-mail",
            "Dá pra fazer em Python com imaplib: buscar mensagens com anexo PDF na pasta e salvar em disco.",
            "é Gmail, muda alguma coisa?",
        ),
        _m(
            "Como adiciono um campo status na tabela pedidos com Prisma?",
            'Adicione `status String @default("novo")` no model Pedido e rode `npx prisma migrate dev --name status`.',
            "deu erro de drift detected",
        ),
        _m(
            "tô fazendo um app Flutter de lista de compras, como removo item arrastando pro lado?",
            "Envolva cada item num Dismissible com uma key única e remova da lista no onDismissed.",
            "e desfazer com um snackbar?",
        ),
        _m(
            "Qual a capital da Austrália?",
            "Camberra.",
            "valeu kk agora sério: minha query com JOIN tá repetindo os clientes várias vezes",
        ),
        _m(
            "Escreve testes pro meu serviço de cálculo de frete",
            "Seguem testes com pytest cobrindo faixa de peso, CEP inválido e frete grátis acima de R$ 200.",
            "coloca um caso pra peso zero",
        ),
        _m(
            "Como separo nome e sobrenome numa coluna do Sheets?",
            '=DIVIDIR(A2;" ") separa em colunas pelo espaço.',
            "mas tem gente com nome composto, queria só o primeiro e o resto junto",
        ),
        _s(
            "Você é o assistente de código do VS Code. Respostas curtas.",
            "por que meu map retorna undefined em todos os itens?",
        ),
        _s(
            "Você ajuda pequenos empreendedores a automatizar planilhas Google.",
            "tenho uma planilha de encomendas de bolo, queria que no dia da entrega a linha ficasse verde",
        ),
        _s(
            "You are a coding agent working in a Brazilian NGO's volunteer portal (Django).",
            "adiciona um filtro por cidade na lista de voluntários do admin",
        ),
        _s(
            "Você é tutor de lógica de programação para o ensino técnico. Dê dicas, não a resposta pronta.",
            "tenho que fazer a tabuada em Portugol e não sei como fazer o laço",
        ),
        _s(
            "Você é o suporte técnico da Cobrafácil, plataforma de cobranças com API.",
            "criei a cobrança via API mas o webhook de pagamento confirmado nunca chega no meu endpoint",
        ),
        _s(
            "Assistente de Excel do escritório de contabilidade Moura & Filhos.",
            "preciso juntar as abas de janeiro a dezembro numa só pra fazer o resumo anual",
        ),
        _s(
            "Você é um assistente para desenvolvedores .NET.",
            "cria o controller de Fornecedores com Entity Framework, listar, criar, editar e excluir",
        ),
        _s(
            "Você ajuda a configurar automações no n8n.",
            "quero que cada resposta do Typeform vire um card no Trello na lista Novos Leads",
        ),
        _s(
            "Assistente git do time de desenvolvimento da Padaria Estrela.",
            "como faço pra voltar o site pra versão de ontem? alguém subiu um bug",
        ),
        _u("como escondo o menu de admin pra quem não é admin no Blade?"),
        _u("erro Cannot read properties of undefined (reading 'map') quando a página carrega"),
        _u("um cron no Linux pra fazer backup do banco MySQL toda noite"),
        _u("o que é chave primária composta e quando usar?"),
        _u("preciso paginar a lista de clientes, são 5 mil e tá travando a tela"),
        _u("Exercício: em Python, ler um CSV de notas e mostrar quem passou (média >= 6)"),
        _u("como faço o input de data já vir com a data de hoje?"),
        _u(
            "depois que atualizei o Node meu projeto parou de rodar: digital envelope routines unsupported"
        ),
        _u(
            "na planilha de mensalidades da academia, quero uma coluna que diga ATRASADO se passou do dia 10 e não tem data de pagamento"
        ),
    ],
    "es": [
        _u("el botón de guardar no hace nada, ni error ni nada"),
        _u(
            "quiero que la tabla de pedidos se pueda ordenar por fecha y por cliente, está en React con MUI"
        ),
        _u(
            "¿se puede hacer que me llegue un correo cuando quede poco stock? lo llevo en un Excel de OneDrive"
        ),
        _u(
            "¿por qué me sale la fecha de ayer? en MySQL guardo NOW() y al mostrarlo en PHP sale un día menos por la noche"
        ),
        _u("script para renombrar 300 fotos del viaje de fin de curso por fecha, tengo Linux"),
        _u("git me dice 'fatal: not a git repository' y estoy en la carpeta del proyecto"),
        _u("¿qué es el package-lock.json y lo tengo que subir al repo?"),
        _u("Fórmula en Excel que me diga cuántos días faltan para que caduque cada lote"),
        _u(
            "Ejercicio de clase: hacer en Python una calculadora con un menú que se repita hasta que el usuario elija salir"
        ),
        _u(
            "necesito un modelo en Mongoose para los socios del gimnasio con tipo de cuota y fecha de alta"
        ),
        _u(
            "docker: mi contenedor de la app se para solo a los pocos segundos, ¿cómo veo qué pasa?"
        ),
        _u("cron para mandar el informe de ventas cada día a las 8:00 de lunes a viernes"),
        _u("validar el DNI español en el formulario, con la letra"),
        _u("en Postman me da 200 pero el body viene vacío"),
        _u("consulta SQL de los 5 productos más vendidos del mes pasado"),
        _u("¿para qué sirve un índice en una tabla? mi jefe dice que ponga uno"),
        _u("macro que borre las filas vacías de la hoja de inventario"),
        _u("el formulario se envía dos veces si le das doble clic"),
        _u(
            "con Power Automate, ¿puedo guardar los adjuntos de los correos de facturas en una carpeta de SharePoint?"
        ),
        _u("¿por qué mi test de pytest pasa a veces y a veces no? usa la hora actual"),
        _u("un endpoint en Flask para dar de baja a un socio (no borrarlo, marcarlo inactivo)"),
        _u("me sale 'ModuleNotFoundError: No module named requests' pero lo instalé con pip"),
        _u("cómo subo mi proyecto a GitHub por primera vez, ya tengo la carpeta con código"),
        _u("el precio sale con muchos decimales: 19.990000001"),
        _m(
            "Hazme un formulario de inscripción para el campamento de verano: nombre del niño, edad, alergias, teléfono de contacto",
            "Aquí tienes el HTML con validación: edad entre 6 y 14, teléfono obligatorio y un textarea para alergias.",
            "ahora que los datos se guarden en una hoja de Google",
        ),
        _m(
            "mi API en Express no guarda el pedido",
            "¿Tienes app.use(express.json())? Sin él, req.body llega undefined.",
            "eso era. ahora da 500 al guardar",
        ),
        _m(
            "¿Cómo se hace una tortilla de patatas jugosa?",
            "Patata pochada a fuego lento, huevo batido con sal, mezclar y cuajar poco por cada lado.",
            "gracias. otra cosa: en mi app de Django de la peña ciclista, ¿cómo muestro solo las salidas futuras?",
        ),
        _m(
            "En Sheets, ¿cómo junto nombre y apellidos en una celda?",
            '=A2&" "&B2 o =UNIR(" ";VERDADERO;A2:B2).',
            "y que salga en mayúsculas",
        ),
        _m(
            "Necesito un script que lea los PDF de nóminas de una carpeta y saque el total de cada uno a un Excel",
            "Con pdfplumber puedes extraer el texto, buscar la línea de 'Líquido a percibir' y escribir con openpyxl.",
            "me dice que no encuentra la línea en algunos",
        ),
        _m(
            "¿Cómo añado una columna 'observaciones' a la tabla clientes en Laravel?",
            "Crea una migración con $table->text('observaciones')->nullable(); y ejecuta php artisan migrate.",
            "y en el formulario de edición también",
        ),
        _m(
            "¿Quién ganó el Mundial de 2010?",
            "España, ganando 1-0 a Países Bajos en la final.",
            "jaja vale. oye, en mi consulta con GROUP BY me dice que la columna nombre no está en el group by",
        ),
        _s(
            "Eres el asistente de código del editor. Responde breve.",
            "¿por qué este useState no se actualiza al momento?",
        ),
        _s(
            "Ayudas a pequeños negocios con Google Sheets y Apps Script.",
            "tengo una hoja de reservas del restaurante, quiero que al final del día me mande un resumen por correo con las reservas de mañana",
        ),
        _s(
            "You are a coding agent working in the repo of a Mexican dance school's enrollment site (Express + SQLite).",
            "agrega un campo de 'nivel' (básico, intermedio, avanzado) a las inscripciones y filtra la lista por nivel",
        ),
        _s(
            "Eres un tutor de programación para bachillerato. Guía con preguntas, no des la solución.",
            "tengo que contar las palabras de una frase en Java y me da una de más cuando hay dos espacios",
        ),
        _s(
            "Eres el soporte técnico de Reservalo, plataforma de reservas con API pública.",
            "¿cómo cancelo una reserva desde la API? el DELETE me da 405",
        ),
        _s(
            "Asistente de Excel para la administración de la Cooperativa Agrícola San Isidro.",
            "quiero una tabla que me diga cuántos kilos ha entregado cada socio por campaña",
        ),
        _s(
            "Eres un asistente de Git para diseñadores que empiezan a programar.",
            "¿qué hago si al hacer pull me sale un editor raro pidiendo un mensaje de merge?",
        ),
        _s(
            "Ayudas a configurar automatizaciones con Zapier.",
            "cuando alguien pague en Stripe, que se añada a mi lista de Mailchimp con la etiqueta 'cliente'",
        ),
        _u("cómo hago que el select de provincias cargue los municipios de la que elijo"),
        _u("¿qué diferencia hay entre let y const? la profe no lo explicó bien"),
        _u("mi app de Vue no muestra los cambios hasta que recargo la página"),
        _u(
            "en mi tienda de WooCommerce quiero que los pedidos de más de 50€ tengan envío gratis sin plugin de pago"
        ),
        _u(
            "Ejercicio: crear en SQL las tablas Alumno, Asignatura y Matrícula y una consulta con la nota media por asignatura"
        ),
        _u("cómo ejecuto un .sql en un contenedor de postgres"),
        _u("el campo de email acepta cosas como 'pepe@' y se guarda igual"),
        _u("hazme un script que avise si la web de la asociación se cae"),
        _u(
            "en Airtable, ¿cómo hago que el campo 'Total' multiplique horas por tarifa y sume el IVA?"
        ),
        _m(
            "¿Cómo hago un seeder en Laravel con 20 productos de prueba?",
            "Crea una factory para Producto y en DatabaseSeeder llama Producto::factory(20)->create().",
            "y que cada producto tenga una categoría de las que ya existen",
        ),
    ],
    "ja": [
        _u("保存ボタン押しても何も起きないです…エラーも出ない"),
        _u("テーブルの見出しクリックで並び替えできるようにしたい。jQueryです"),
        _u(
            "在庫が5個切ったらメールで知らせてくれるようにできますか？スプレッドシートで在庫管理してます"
        ),
        _u("なんで昨日の日付になるんですか？Railsで Date.today 使ってて、朝の8時までずれてる"),
        _u("写真300枚を撮影日でリネームするスクリプトください。Windowsです"),
        _u("git で間違えて main に直接コミットしちゃった。まだ push してない"),
        _u("npm install したら node_modules が 1GB 超えてるんですけど普通ですか"),
        _u("Excelで、納期が過ぎてて未完了の行だけ赤くする条件付き書式の式を教えて"),
        _u(
            "課題：Pythonで入力された点数から成績（秀・優・良・可・不可）を出すプログラム。if文しか習ってません"
        ),
        _u(".env に書いた値を Python から読むには？ python-dotenv 入れました"),
        _u("Laravelで予約テーブルのモデルとマイグレーション作って。顧客名、日時、人数、備考"),
        _u("Docker Desktop で compose up すると port is already allocated って出る"),
        _u("毎朝9時にPythonスクリプトを動かしたい。Macのcronで大丈夫？"),
        _u("GASでフォームの回答が来たら担当者にメール送るやつ書いて"),
        _u("問い合わせフォームに電話番号の入力チェック付けて。ハイフンあり・なし両方OKで"),
        _u("Postmanでファイルアップロードのテストってどうやるの"),
        _u("SQLで、今月誕生日の会員を抽出したい"),
        _u("pip install で SSL エラーが出る。会社のネットワークです"),
        _u("外部キー制約ってつけないとダメ？つけると削除がエラーになって面倒"),
        _u("VBAで、フォルダ内のCSVを全部読み込んで1つのシートにまとめたい"),
        _u("Reactで削除した後に一覧が更新されない"),
        _u("kintoneで、案件のステータスが受注になったら自動で別アプリにレコード作れる？"),
        _u("Jestのテストでモックした関数が呼ばれてないって言われる"),
        _u("ステータスコード 409 ってどういう時に返すの？"),
        _u("金額の入力欄、全角数字で入れられると保存できない。半角に変換したい"),
        _m(
            "Djangoで会員一覧のページ作って",
            "ListView を使った例です。テンプレートで会員名とメールをテーブル表示します。",
            "ページ分けもお願い。20件ずつ",
        ),
        _m(
            "Expressで作ったAPIに POST すると 400 になる",
            "送っている Content-Type と body を確認してください。バリデーションのエラーメッセージも返すようにすると原因が分かりやすいです。",
            "直った。今度は500",
        ),
        _m(
            "京都で紅葉がきれいなお寺ってどこ？",
            "永観堂、東福寺、南禅寺あたりが有名です。",
            "ありがとう。話変わるけど、Flaskで検索フォーム作ってて、空欄のときは全件出したい",
        ),
        _m(
            "スプレッドシートで、シフト表から各スタッフの勤務時間の合計を出したい",
            '=SUMIF(B:B, "田中", D:D) のように名前ごとに集計できます。',
            "名前を全員分いちいち書くの面倒なんだけど",
        ),
        _m(
            "Flutterでメモアプリ作ってて、アプリ閉じるとメモが消える",
            "shared_preferences か sqflite で端末に保存する必要があります。",
            "sqfliteで保存と読み込みのコード書いて",
        ),
        _m(
            "商品テーブルに「公開フラグ」のカラム足したい。Rails です",
            "rails g migration AddPublishedToProducts published:boolean を作り、default: false を付けて migrate してください。",
            "一覧画面で公開中だけ出すには？",
        ),
        _m(
            "この関数のテスト書いて：消費税計算",
            "pytestで標準税率、軽減税率、端数切り捨ての3ケースを書きました。",
            "0円のケースも",
        ),
        _m(
            "git でブランチ作って作業してたら、mainが更新されたらしい",
            "git fetch してから git rebase origin/main か git merge origin/main で取り込めます。",
            "コンフリクト出た。どうすればいい",
        ),
        _s(
            "あなたはエディタに組み込まれたコーディングアシスタントです。簡潔に答えてください。",
            "このforループ、最後の要素だけ処理されないのはなぜ",
        ),
        _s(
            "町内会の事務作業をExcelとGoogleスプレッドシートで手伝うアシスタントです。",
            "会費の納入状況の表で、未納の人だけ別シートに自動で一覧にしたい",
        ),
        _s(
            "You are a coding agent in the repo of a Japanese ramen shop's order system (Next.js + Supabase).",
            "注文にトッピングを複数つけられるようにして。テーブル設計からお願い",
        ),
        _s(
            "プログラミング初心者向けの家庭教師です。答えをそのまま教えず、ヒントを出してください。",
            "FizzBuzz の 15 のとき Fizz しか出ない",
        ),
        _s(
            "あなたは請求書サービス「セイキュー」のAPIサポートです。",
            "APIで請求書を作ると金額が0円になる。明細は送ってるつもり",
        ),
        _s(
            "経理部向けのExcelマクロ相談窓口です。",
            "取引先ごとに請求書のシートを分けてPDFで保存するマクロを作りたい",
        ),
        _s(
            "Gitの使い方をやさしく教えるアシスタントです。",
            "プルリクってどうやって出すの？自分のブランチはpushしました",
        ),
        _u("一覧画面に検索ボックスを付けて、名前で絞り込めるようにしたい"),
        _u("ORMのN+1問題って何？Laravelで言われた"),
        _u("学校の課題で、Javaでじゃんけんゲーム。乱数の使い方が分からない"),
        _u("Vue の v-for で表示したリストの中の1件だけ編集モードにしたい"),
        _u("DockerでPostgres立てたけど、アプリから接続するときのホスト名はlocalhostでいいの？"),
        _u("日付の入力で、土日を選べないようにしたい"),
        _u("SQLiteのファイルを消さずにカラム名だけ変えたい"),
        _u("Notionのデータベースで、期限が今日のタスクだけ表示するビューの作り方"),
        _u(
            "フリーランスの請求管理をスプレッドシートでやってます。入金日が空欄で支払期限過ぎてる行を数える式ください"
        ),
        _u(
            "Spring Boot で、登録フォームのメールアドレスが重複してたらエラーメッセージを画面に出したい"
        ),
    ],
    "zh": [
        _u("保存按钮点了没反应，控制台也没报错"),
        _u("想让这个表格点表头就能排序，用的是 Element Plus"),
        _u("库存低于 10 件的时候能不能自动给我发邮件？我是用 Excel 记库存的小店"),
        _u("为什么显示的是昨天的日期？后端 Go 存的时间，前端显示少了一天"),
        _u("帮我写个脚本，把 300 张照片按拍摄日期重命名"),
        _u("git commit 之后发现漏了一个文件，怎么补进上一次提交"),
        _u("npm 装包特别慢，怎么换成国内镜像"),
        _u("Excel 公式：根据入职日期算工龄，满一年才算"),
        _u("作业：用 C 语言写一个学生成绩管理，能录入、查询、删除，用结构体数组就行"),
        _u(".env 文件要不要提交到仓库？那别人怎么知道要配哪些变量"),
        _u("帮我建一个 Django 模型：社团活动报名，有活动、学生、报名时间、是否签到"),
        _u("docker 里的 MySQL 重启后数据没了"),
        _u("用 crontab 每天凌晨 2 点跑一次数据同步脚本，怎么写"),
        _u("飞书多维表格能不能做到：状态改成已完成就自动通知负责人？"),
        _u("报名表单加个手机号校验，11 位，1 开头"),
        _u("Postman 里怎么批量跑一组接口测试"),
        _u("SQL：查出每个班级分数最高的学生"),
        _u("pip 装完了 import 还是报找不到模块，是不是装到别的 python 里了"),
        _u("外键到底有什么用？不加也能查啊"),
        _u("WPS 表格能用宏吗？想做个按钮一键生成当月对账单"),
        _u("Vue 里 v-if 和 v-show 有啥区别，列表该用哪个"),
        _u("小程序里下拉刷新后列表重复了"),
        _u("单元测试里怎么 mock 掉当前时间？Python"),
        _u("接口返回 413 是什么意思，我在上传图片"),
        _m(
            "用 Spring Boot 写一个商品的增删改查接口",
            "这里是 ProductController，包含 GET 列表、GET 详情、POST 新增、PUT 修改、DELETE 删除，用 JPA Repository。",
            "再加个按名称模糊搜索",
        ),
        _m(
            "前端提交订单一直 415",
            "后端用了 @RequestBody，前端要用 JSON 发送并带 Content-Type: application/json。",
            "改了，现在 500 了",
        ),
        _m(
            "周末去杭州玩两天怎么安排？",
            "第一天西湖一圈加灵隐寺，第二天去西溪湿地或者河坊街。",
            "好的。另外问下，Flask 里怎么把查询结果导出成 Excel 给用户下载？",
        ),
        _m(
            "Excel 里怎么把重复的客户标出来",
            "用条件格式 → 突出显示单元格规则 → 重复值。",
            "只想保留第一次出现的那条，其他删掉",
        ),
        _m(
            "帮我写个 Python 脚本，每天把微信群导出的接龙名单整理成表格",
            "可以用正则解析每行的序号和名字，再用 openpyxl 写入表格，按日期命名文件。",
            "有人名字后面带备注，比如“张三 带两个人”，要把人数也算出来",
        ),
        _m(
            "Laravel 给 users 表加个头像字段",
            "新建迁移 $table->string('avatar')->nullable(); 然后 php artisan migrate。",
            "上传头像的接口也写一下",
        ),
        _m(
            "React Native 里列表删除后界面没更新",
            "不要直接修改数组，用 setList(list.filter(...)) 返回新数组。",
            "编辑页也是一样的问题",
        ),
        _m(
            "给我的 calcShipping 函数写几个 Jest 测试",
            "写了四个：普通地区、偏远地区、满 99 包邮、重量为负抛错。",
            "边界 99 元那个算包邮吗，再加一个",
        ),
        _s(
            "你是集成在 IDE 里的编程助手，回答简短。",
            "为什么这个 async 函数返回的是 Promise 而不是数据",
        ),
        _s(
            "你是帮小微企业做表格自动化的助手，熟悉 Excel 和 WPS。",
            "我们奶茶店每天的销售记录在一张表里，想自动汇总出每周每个品类卖了多少杯",
        ),
        _s(
            "You are a coding agent in the repository of a Chinese tutoring center's class scheduling app (Vue + Express).",
            "排课的时候同一个老师同一时间不能排两节，帮我加这个校验",
        ),
        _s(
            "你是编程入门老师，引导学生自己想，不直接给答案。",
            "我写的冒泡排序结果顺序不对，最后一个数老是没排",
        ),
        _s(
            "你是「快递云」开放平台的开发者客服。",
            "调用下单接口一直返回签名错误，参数都对的",
        ),
        _s(
            "你是公司行政部的表格助手。",
            "员工考勤表里，迟到超过 3 次的人自动标红",
        ),
        _s(
            "你是一个 Git 入门助手。",
            "我想把别人仓库 fork 下来改完再提给他，流程是啥",
        ),
        _s(
            "你是低代码平台（简道云、宜搭）使用顾问。",
            "用宜搭做个设备报修流程，提交后自动派给维修组长，可以吗",
        ),
        _u("分页查询怎么写，MySQL 的 LIMIT 第二个参数是啥"),
        _u("ORM 是什么？跟直接写 SQL 比好在哪"),
        _u("课设：用 Python + SQLite 做一个图书借阅系统，先帮我把表建好"),
        _u("input 的日期默认显示今天"),
        _u("为啥我的 docker-compose 里服务之间用 localhost 连不上"),
        _u("表单提交成功后怎么清空输入框，React"),
        _u("时间戳转成 年-月-日 时:分 怎么写，JS"),
        _u("测试在本地能过，CI 上就挂，报数据库连接超时"),
        _u("Go 的 GORM 里软删除怎么用，删了以后查询还能查到吗"),
        _u("金额用 float 存数据库有问题吗？有人说要用 decimal"),
    ],
    "en": [
        _u("the save button does nothing on the edit customer page"),
        _u("make the table sortable pls"),
        _u(
            "can it email me when stock is low? it's a little inventory app my nephew built in Flask for our hardware store"
        ),
        _u("why does it show yesterday's date on the receipts after 7pm"),
        _u("need a script to rename 300 photos by the date they were taken, mix of jpg and heic"),
        _u(
            "git says 'please commit your changes or stash them before you merge', which one do I do"
        ),
        _u("npm ci vs npm install, what's the actual difference"),
        _u(
            "google sheets formula: pull the phone number from the Members tab by matching the email"
        ),
        _u(
            "homework: write a function that returns the factorial of n recursively in JavaScript, and handle n = 0"
        ),
        _u("how do i get my .env values into a docker container when i run it locally"),
        _u("cron runs my script but nothing happens, when I run it by hand it works fine"),
        _u("add a 'notes' field to the volunteer signup form and save it"),
        _u("postman: how do i send an array in form-data"),
        _u("sql to find duplicate emails in the contacts table"),
        _u("what's a migration and do I have to make one every time I change a model? (rails)"),
        _u("Zapier: when a new row is added to my sheet, create an invoice in QuickBooks. doable?"),
        _u("my pytest fixture runs once per test and it's slow, can it run once for the file"),
        _u("what does 'unique constraint failed' mean, I'm just trying to add a second order"),
        _u("the dropdown shows [object Object] instead of the names"),
        _u("pip install -r requirements.txt fails on numpy, python 3.12"),
        _u("make the phone number field optional"),
        _m(
            "Write me an Express route to update a booking's status",
            "Here's PATCH /bookings/:id that validates the status against an allowed list and updates the row.",
            "and for the cancel one too",
        ),
        _m(
            "the contact form on our church website isn't sending anything",
            "Check whether the PHP mail() function is allowed by your host; many block it. Using SMTP via PHPMailer is more reliable.",
            "ok switched to phpmailer, now it says 500",
        ),
        _m(
            "Any tips for keeping basil alive indoors?",
            "Lots of light, water when the top of the soil is dry, and pinch off the flowers.",
            "thanks! unrelated: how do I count rows per category in SQLAlchemy?",
        ),
        _m(
            "Excel: how do I highlight rows where the invoice is overdue",
            'Conditional formatting with a formula: =AND($D2<TODAY(),$E2="") applied to the whole table.',
            "it highlights the header too",
        ),
        _m(
            "Can you write a Python script that reads our class attendance CSV and emails parents when a kid misses 3 days in a row?",
            "Sure: it groups rows by student, finds 3 consecutive absences and sends a templated email via smtplib.",
            "the dates are in dd/mm/yyyy, does that break it",
        ),
        _m(
            "my Next.js page fetches the products but shows them twice",
            "In development React strict mode mounts twice; if you append to state in useEffect, you'll get duplicates. Replace the array instead of pushing.",
            "fixed. same thing happens on the orders page",
        ),
        _s(
            "You are the coding assistant inside the editor. Keep answers short.",
            "why is this variable undefined outside the if block",
        ),
        _s(
            "You help small nonprofits automate their Google Workspace.",
            "we take donations through a form. I want a thank-you email to go out automatically with the amount they gave",
        ),
        _s(
            "You are a coding agent working in the repo of a dog grooming salon's booking app (Rails).",
            "let customers pick which groomer they want when booking",
        ),
        _s(
            "You are a patient programming tutor for an intro CS course. Give hints, not full solutions.",
            "my while loop never stops, it's supposed to ask for a password until it's right",
        ),
        _s(
            "You are the developer support bot for Shiply, a shipping label API.",
            "getting 401 on every request even though I copied the key from the dashboard, sandbox mode",
        ),
        _s(
            "You are an Excel helper for the accounts team at a family-run plumbing company.",
            "need a sheet that totals each engineer's callouts per week from the job log",
        ),
        _s(
            "You help freelancers with git and GitHub.",
            "how do i undo a git push, I pushed a file I shouldn't have (it's just a big video, no secrets)",
        ),
        _s(
            "You are a low-code consultant (Airtable, Softr, Glide).",
            "can I make an Airtable field that automatically shows the member's age from their birthdate",
        ),
        _u("whats the difference between a primary key and a foreign key, quick version"),
        _u("the search box is case sensitive, how do I make it not"),
        _u("how to seed my dev database with fake customers, Django"),
        _u("docker compose: the app starts before postgres is ready and crashes"),
        _m(
            "how do I make a Laravel seeder for the bakery's product list",
            "Create ProductSeeder with an array of products and insert them in run(), then php artisan db:seed --class=ProductSeeder.",
            "it says class not found",
        ),
        _u(
            "can the signup sheet stop people picking a shift that already has 3 volunteers? it's a google form"
        ),
    ],
    "de": [
        _u("der Speichern-Button macht nix, weder Fehler noch sonstwas"),
        _u("kann man die Tabelle sortierbar machen? ist Bootstrap mit bisschen JS"),
        _u(
            "kann mir das Programm eine Mail schicken, wenn der Lagerbestand unter 5 fällt? ist ein Access-Ding von meinem Vorgänger"
        ),
        _u(
            "warum zeigt es das gestrige Datum an? Spring Boot, LocalDateTime, Server steht in Irland"
        ),
        _u("Skript, das 300 Fotos nach Aufnahmedatum umbenennt, am liebsten PowerShell"),
        _u("git: wie lösche ich einen Branch lokal und auf GitHub"),
        _u("npm warnt dauernd wegen deprecated Paketen, muss ich da was machen?"),
        _u("Excel-Formel: Summe der offenen Rechnungen pro Kunde aus der Liste"),
        _u(
            "Hausaufgabe: In Java eine Klasse Bankkonto mit einzahlen, abheben und Kontostand, abheben darf nicht ins Minus"
        ),
        _u("wie lade ich in PHP Werte aus einer .env Datei?"),
        _u("Docker: mein Volume für die SQLite-Datei wird nicht übernommen"),
        _u("cronjob, der jeden Sonntag um 23 Uhr die alten Uploads löscht"),
        _u("Formular für die Vereinsanmeldung: IBAN-Feld soll nur das Format prüfen"),
        _u("in Postman klappt der Request, in meinem Python-Skript kommt 403"),
        _u("SQL: alle Mitglieder, die dieses Jahr noch keinen Beitrag gezahlt haben"),
        _u("was ist ein Index in der Datenbank und wann lohnt der sich"),
        _u("VBA-Makro, das aus jeder Zeile der Teilnehmerliste eine Urkunde als PDF macht"),
        _u("Vue: nach dem Löschen bleibt der Eintrag in der Liste stehen, bis ich neu lade"),
        _m(
            "Schreib mir eine Django-View, die alle offenen Aufträge anzeigt",
            "Hier eine ListView mit queryset = Auftrag.objects.filter(status='offen').order_by('termin').",
            "und dasselbe für die erledigten, aber nur vom letzten Monat",
        ),
        _m(
            "Unser Kontaktformular auf der Praxis-Website schickt nichts ab",
            "Schau in die Browser-Konsole und den Netzwerk-Tab: kommt der POST beim Server an, und was antwortet er?",
            "jetzt steht da 500",
        ),
        _m(
            "Wie lange muss ein Ei kochen für wachsweich?",
            "Etwa 6 bis 7 Minuten ab kochendem Wasser, je nach Größe.",
            "danke. andere Frage: wie zähle ich in pandas, wie oft jeder Kunde bestellt hat?",
        ),
        _m(
            "Google Sheets: wie zeige ich ein Häkchen an, wenn Betrag bezahlt ist",
            "Einfügen → Kästchen, dann per WENN-Formel in der Nebenspalte darauf reagieren.",
            "und wie zähle ich alle angehakten?",
        ),
        _m(
            "Schreib Unittests für meine Funktion berechne_rabatt",
            "Hier Tests mit pytest: kein Rabatt unter 100 €, 5 % ab 100 €, 10 % ab 500 €, negativer Betrag wirft ValueError.",
            "noch einen für genau 100",
        ),
        _s(
            "Du bist der Code-Assistent in der IDE. Antworte knapp.",
            "warum ist meine Liste nach dem sort() None",
        ),
        _s(
            "Du hilfst kleinen Betrieben bei der Automatisierung mit Excel und Power Automate.",
            "wenn eine Bestellung per Mail reinkommt, soll der Anhang in den Ordner Bestellungen und eine Zeile in die Excel-Liste",
        ),
        _s(
            "You are a coding agent in the repository of a German sports club's member portal (Laravel).",
            "füg ein Feld für die Abteilung (Fußball, Turnen, Tennis) hinzu und zeig es in der Mitgliederliste",
        ),
        _s(
            "Du bist Programmier-Tutor an einer Berufsschule. Gib Hinweise statt fertiger Lösungen.",
            "mein Programm soll prüfen ob eine Zahl eine Primzahl ist, aber bei 1 sagt es ja",
        ),
        _s(
            "Du bist der Entwickler-Support von Termino, einem Online-Terminbuchungsdienst mit REST-API.",
            "wie bekomme ich über die API alle Termine von morgen? der Filter nach Datum wird ignoriert",
        ),
        _s(
            "Du hilfst Einsteigern mit Git.",
            "ich will nur eine bestimmte Datei aus einem anderen Branch holen",
        ),
        _u("Dropdown mit Bundesländern im Formular, Pflichtfeld"),
        _u("mein Test schlägt nur montags fehl, da wird irgendwas mit Wochentagen berechnet"),
        _u("pip sagt 'Requirement already satisfied' aber das Modul wird trotzdem nicht gefunden"),
        _u(
            "kann ich mit Zapier Rechnungen aus Lexoffice automatisch in eine Google-Tabelle schreiben?"
        ),
        _u("die Preise werden mit Punkt statt Komma angezeigt, sollen aber 12,99 € sein"),
        _u("in der Bestellübersicht fehlen die Bestellungen von heute"),
        _u("Tabelle Kurse um eine Spalte max_teilnehmer erweitern, Migration mit Alembic"),
        _u("wie baue ich eine Suche über Name und Ort in meine Flask-App ein"),
        _u("docker compose logs zeigt nix, Container startet und stoppt sofort"),
        _m(
            "Wie mache ich in React ein Formular mit Vorname, Nachname und E-Mail für die Newsletter-Anmeldung?",
            "Mit useState für jedes Feld und einem onSubmit, der per fetch an /api/newsletter schickt.",
            "und jetzt noch eine Meldung, wenn die E-Mail schon angemeldet ist",
        ),
        _u("wie mache ich in Airtable eine Ansicht, die nur die Aufgaben von mir zeigt"),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7", BY_LANG)
