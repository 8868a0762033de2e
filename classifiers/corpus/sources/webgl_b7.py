"""Seventh batch of `webgl` examples: hand-written, one group per example
("webgl/b7/<lang>/<digest>"). Short, vague, plain-worded asks about scenes, viewers, games and
visual effects, from designers, artists, teachers and shop owners, with follow-ups and topic switches."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "webgl"

BY_LANG: dict[str, list[Item]] = {
    "fr": [
        _u("mon modèle est tout noir une fois chargé, pourtant il a des textures"),
        _u("ça scintille dès que je zoome sur le sol de ma scène, c'est quoi ce truc"),
        _u(
            "Je voudrais que ma scène donne une impression de fin de journée, lumière rasante et orangée. Par quoi je commence ?"
        ),
        _u("le perso glisse sur le sol au lieu de marcher, on dirait qu'il patine"),
        _u(
            "Comment faire pour que les étiquettes au-dessus des bâtiments restent toujours tournées vers la caméra ?"
        ),
        _u("mon tel chauffe à mort sur la page avec la carte 3D, normal ?"),
        _u(
            "Je suis céramiste, j'ai scanné mes vases et je voudrais que les clients puissent les faire tourner sur mon site. C'est compliqué ?"
        ),
        _u(
            "Je voudrais un rendu à la Wes Anderson pour notre petit village en 3D : couleurs pastel, tout bien symétrique, un peu maquette."
        ),
        _u("Pourquoi les objets lointains disparaissent d'un coup au lieu de s'estomper ?"),
        _u(
            "Dans mon jeu de course, l'impression de vitesse est nulle. Comment les jeux comme Burnout font pour qu'on sente que ça va vite ?"
        ),
        _u(
            "Prof de SVT ici. Je cherche à montrer une cellule en 3D à mes élèves, qu'ils puissent zoomer dans les organites. Faisable sur un simple navigateur ?"
        ),
        _u("le reflet dans la vitrine de ma boutique virtuelle est tout pixelisé"),
        _u(
            "J'ai une montre à présenter sur ma boutique en ligne, je voudrais que le cadran brille quand on la fait pivoter, comme dans les pubs."
        ),
        _u("Pourquoi mon herbe a l'air toute plate vue de côté ?"),
        _u(
            "Les ombres de mes arbres bougent bizarrement, comme des escaliers qui rampent quand le soleil tourne."
        ),
        _u(
            "Il faudrait que la brume monte doucement depuis la rivière, genre matin d'automne. Dans la scène du musée virtuel."
        ),
        _u(
            "Mon visualiseur de pièces mécaniques rame avec 300 boulons identiques. Il y a une astuce ?"
        ),
        _u("comment on fait l'effet 'vision nocturne' verte comme dans Splinter Cell ?"),
        _u("Le texte en 3D est tout flou quand je m'éloigne un peu."),
        _u(
            "Pour une expo sur les volcans, on veut une coulée de lave qui avance lentement et qui rougeoie. Sur un écran tactile dans le hall, navigateur Chrome."
        ),
        _u("C'est quoi un 'draw call' et pourquoi tout le monde dit qu'il faut en faire moins ?"),
        _u("Ma planète tourne mais on voit une couture verticale sur la texture. D'où ça vient ?"),
        _u(
            "J'ai besoin que le ciel change de couleur selon l'heure réelle de l'utilisateur, sur la page d'accueil avec l'île en 3D."
        ),
        _u("la caméra tremble quand elle suit le bateau"),
        _u(
            "Je suis graphiste, pas dev. Le client veut un logo en verre dépoli qui tourne sur son site. On me dit que c'est du « shader », je dois demander quoi exactement au développeur ?"
        ),
        _u(
            "Les faces arrière de mon modèle apparaissent par-dessus celles de devant, on dirait qu'il est à l'envers."
        ),
        _u(
            "Dans ma visite virtuelle de l'appartement, les murs blancs ont l'air gris sale. Comment on rend ça plus lumineux sans tout cramer ?"
        ),
        _u(
            "Peut-on faire tenir un jeu 3D de plateforme dans moins de 5 Mo pour un navigateur mobile ? Quels compromis sur les modèles et textures ?"
        ),
        _u(
            "Je voudrais que les données de pollution apparaissent comme des colonnes lumineuses au-dessus de chaque quartier, un peu comme dans un film de science-fiction."
        ),
        _m(
            "J'ai un globe 3D avec des points pour chaque magasin.",
            "D'accord. Vous voulez quoi comme interaction ?",
            "qu'ils pulsent doucement",
        ),
        _m(
            "La caméra fait un tour complet autour de la statue en 10 secondes.",
            "OK, vous voulez ajuster la vitesse ou la trajectoire ?",
            "plus lent, et un peu plus haut",
        ),
        _m(
            "Mon feu de camp est fait avec des particules orange.",
            "Bien. Il manque quelque chose ?",
            "les étincelles qui montent, et que ça éclaire le sol autour",
        ),
        _m(
            "J'ai ajouté de la neige qui tombe sur le chalet.",
            "Parfait. Autre chose ?",
            "seulement la nuit",
        ),
        _m(
            "Le joueur peut maintenant tourner autour de la voiture.",
            "Oui, avec un contrôle orbital.",
            "et vu du dessus ?",
        ),
        _m(
            "Tu peux m'aider à écrire une lettre de motivation pour un stage ?",
            "Bien sûr, pour quel poste ?",
            "En fait laisse tomber, j'ai plus urgent : mon aquarium 3D a des poissons qui traversent les parois de la vitre. Comment les garder dedans ?",
        ),
        _m(
            "C'est quoi la meilleure recette de crêpes ?",
            "250 g de farine, 4 œufs, 50 cl de lait, une pincée de sel...",
            "merci ! autre chose : dans mon jeu, le brouillard coupe net au lieu d'être progressif, pourquoi ?",
        ),
        _m(
            "Mon modèle de dinosaure est importé.",
            "Très bien, il s'affiche correctement ?",
            "oui mais il est énorme, et il ne bouge pas alors que le fichier a une animation de marche",
        ),
        _m(
            "J'ai mis un effet de flou sur l'arrière-plan de ma scène.",
            "D'accord, un effet de profondeur de champ.",
            "trop fort, on ne voit plus rien derrière",
        ),
        _m(
            "Comment déclarer mes impôts en ligne ?",
            "Vous vous connectez à votre espace particulier sur impots.gouv.fr...",
            "Ok. Sinon question perso : comment on fait un reflet d'eau qui ondule sous un pont, dans une scène web ?",
        ),
        _m(
            "Les vitraux de la cathédrale virtuelle projettent de la lumière colorée.",
            "Oui, on peut simuler des rayons colorés au sol.",
            "et qu'on voie les grains de poussière dans les rayons",
        ),
        _m(
            "On a un tableau de bord avec une carte en relief.",
            "Compris, du terrain en 3D avec des données dessus.",
            "ça rame quand on zoome sur les Alpes",
        ),
        _m(
            "J'ai une scène avec un robot qui salue.",
            "Sympa. Que voulez-vous changer ?",
            "qu'il regarde la souris",
        ),
        _m(
            "Mon configurateur de canapé change la couleur du tissu.",
            "Ok, vous changez la couleur du matériau.",
            "il faudrait que ça ait l'air de velours, pas de plastique",
        ),
        _s(
            "Tu es l'assistant de code intégré à l'éditeur. Réponds brièvement.",
            "pourquoi mon cube est blanc uni alors que j'ai mis une lumière rouge",
        ),
        _s(
            "Tu es un tuteur pour étudiants en BTS multimédia.",
            "Je comprends pas ce que veut dire 'espace écran' vs 'espace monde'. Vous pouvez expliquer simplement ?",
        ),
        _s(
            "Tu es le bot d'assistance de Maquettes Ribaud, éditeur de visites virtuelles immobilières.",
            "Bonjour, dans la visite du 3 pièces, quand on passe d'une pièce à l'autre, l'écran devient noir une seconde. Peut-on faire une transition en fondu ?",
        ),
        _s(
            "Tu es un assistant pour designers produit.",
            "Je veux que notre casque audio apparaisse sur fond blanc infini, façon studio photo, avec une ombre douce dessous.",
        ),
        _s(
            "Tu es un agent de développement autonome. Travaille dans le dépôt courant.",
            "Le rendu de la carte 3D des pistes de ski saccade sur les iPad. Trouve pourquoi et propose un correctif.",
        ),
        _s(
            "Tu es l'assistant interne de l'agence Lumen & Fils.",
            "Le client veut que son flacon de parfum ait ce reflet arc-en-ciel qu'on voit sur les bulles de savon. C'est faisable en temps réel ?",
        ),
        _s(
            "Tu es un assistant pédagogique pour professeurs de mathématiques.",
            "Je voudrais montrer une sphère coupée par un plan et que les élèves déplacent le plan à la souris. Comment je fais ça sur une page web ?",
        ),
        _s(
            "Réponds en français, de façon concise.",
            "Pourquoi les bords de mes objets font des escaliers ?",
        ),
        _s(
            "Tu es un assistant de code dans un IDE.",
            "mes lucioles devraient briller davantage, là on dirait des points jaunes mats",
        ),
        _u(
            "Dans un jeu vu de dessus, comment on fait pour que les murs devant le joueur deviennent transparents quand il passe derrière ?"
        ),
    ],
    "ru": [
        _u("модель загрузилась, а вместо текстур фиолетово-чёрная клетка"),
        _u("у забора в сцене при движении камеры пляшут полосы, как это убрать?"),
        _u(
            "Хочу, чтобы сцена выглядела как после дождя: мокрый асфальт, отражения фонарей. С чего начать?"
        ),
        _u("персонаж крутит голову на 360 градусов, как сова, когда смотрит на цель"),
        _u(
            "Подписи на карте издалека крошечные, а вблизи огромные. Хочу, чтобы размер на экране был постоянный."
        ),
        _u("на телевизоре в холле 3д-заставка идёт рывками, хотя на компе норм"),
        _u(
            "Я учитель физики. Хочу показать школьникам, как движутся планеты, чтобы можно было крутить мышкой. Это можно сделать прямо в браузере?"
        ),
        _u("Нужна атмосфера как в «Сталкере»: серое небо, пыль в воздухе, всё немного выцветшее."),
        _u("Почему у меня тени есть только рядом с камерой, а дальше обрываются?"),
        _u("В чём вообще разница между фонгом и PBR, если объяснять по-простому?"),
        _u(
            "Продаю ювелирку, хочу чтобы кольцо на сайте можно было покрутить и чтобы камень искрился. Реально?"
        ),
        _u("У меня в игре вода выглядит как синий пластик."),
        _u("Как сделать эффект, когда предмет подсвечивается контуром при наведении, как в RPG?"),
        _u("Модель дома из SketchUp в браузере грузится минуту. Что можно ужать?"),
        _u("облака проходят сквозь гору, выглядит ужасно"),
        _u(
            "В музее хотим показать скелет мамонта, чтобы посетитель на планшете мог его вращать и нажимать на кости. Какой стек выбрать?"
        ),
        _u("Камера после поворота иногда переворачивается вверх ногами."),
        _u("Что такое нормали и почему из-за них модель выглядит гранёной?"),
        _u("Хочу, чтобы при скролле страницы кроссовок поворачивался и разбирался на части."),
        _u("На айфоне сцена розовая, на андроиде нормальная. Почему?"),
        _u(
            "Художник прислал текстуры 8K, теперь всё тормозит. Как объяснить, что так нельзя, и какие размеры нормальны?"
        ),
        _u("Как в стратегиях делают туман войны, который рассеивается вокруг юнитов?"),
        _u("Почему прозрачные объекты иногда пропадают за другими прозрачными?"),
        _u("Сделайте так, чтобы взрыв выглядел мощнее, сейчас как хлопушка."),
        _u(
            "Я дизайнер интерьеров. Можно ли показывать клиенту комнату в 3D по ссылке, чтобы он сам ходил внутри?"
        ),
        _u("мех у кота в сцене выглядит как ворс ковра"),
        _u(
            "Для визуализации продаж хочу столбики на 3D-глобусе, которые растут при загрузке. Это долго делать?"
        ),
        _u("Почему линии у меня всегда толщиной в один пиксель, сколько бы я ни ставил?"),
        _m(
            "У меня есть сцена с маяком у моря.",
            "Красиво. Что хотите добавить?",
            "чтобы луч вращался и был виден в тумане",
        ),
        _m("Камера летит вдоль реки.", "Хорошо, по заданному пути.", "медленнее и пониже"),
        _m(
            "Я сделал снег на крышах домов.",
            "Отлично, как он выглядит?",
            "как мука. надо чтобы блестел на солнце",
        ),
        _m(
            "Подскажи, как заварить пуэр?",
            "Промойте лист кипятком, затем заваривайте 20–30 секунд...",
            "спасибо. и другой вопрос: у меня в 3D-галерее картины бликуют так, что их не видно. как смягчить?",
        ),
        _m(
            "Помоги перевести письмо на английский.",
            "Конечно, пришлите текст.",
            "потом. сейчас срочно: модель самолёта мерцает, когда крылья пересекаются с фюзеляжем",
        ),
        _m(
            "Есть танк, он едет по холмам.",
            "Понял. Какая проблема?",
            "корпус не наклоняется по рельефу, едет ровно как по столу",
        ),
        _m(
            "В игре есть смена дня и ночи.",
            "Хорошо, цикл уже работает?",
            "да. а можно чтобы ночью были звёзды, а не просто чёрное небо",
        ),
        _m(
            "Мы показываем 3D-модель станка клиентам.",
            "Понятно, в вьюере на сайте?",
            "да. хотят кнопку 'разобрать', чтоб детали разлетались в стороны",
        ),
        _m(
            "Персонаж держит факел.",
            "Понял, факел как отдельный объект в руке?",
            "да, и чтоб от него свет на стены падал и дрожал",
        ),
        _m(
            "Я добавил блум к неоновым вывескам.",
            "Хорошо, как результат?",
            "теперь светится всё, даже асфальт",
        ),
        _m(
            "Какая погода будет в Казани завтра?",
            "У меня нет доступа к актуальным прогнозам, посмотрите Гисметео.",
            "ладно. тогда скажи, как сделать дождь в браузерной игре, чтобы капли по стеклу стекали",
        ),
        _m(
            "Сделал вращающийся логотип из металла.",
            "Отлично.",
            "а теперь пусть он отражает окружение, а не просто серый",
        ),
        _s("Ты помощник-программист в IDE. Отвечай кратко.", "почему сфера угловатая"),
        _s(
            "Ты ассистент онлайн-школы программирования для подростков.",
            "как сделать чтобы мой кубик прыгал когда нажимаешь пробел и падал обратно",
        ),
        _s(
            "Ты — бот поддержки конструктора 3D-туров «Панорамикс».",
            "Здравствуйте! В туре по квартире стыки панорам видны как шов. Можно сгладить?",
        ),
        _s(
            "Ты автономный агент разработки. Работай в текущем репозитории.",
            "На странице с 3D-моделью завода утекает память: через полчаса вкладка падает. Найди и почини.",
        ),
        _s(
            "You are a senior graphics engineer helping a team.",
            "Объясни, зачем нужен буфер глубины и что будет, если его отключить.",
        ),
        _s(
            "Ты помощник для преподавателей химии.",
            "Хочу показывать молекулы шариками и палочками, чтобы ученики вращали их на уроке с проектора.",
        ),
        _s(
            "Ты помощник дизайнерского бюро.",
            "Клиент хочет, чтобы на лендинге бутылка воды была как в рекламе: капли конденсата, свет сзади.",
        ),
        _s(
            "Отвечай по-русски.",
            "Почему у меня текстура на кирпичной стене растянута по одной стороне?",
        ),
        _s(
            "Ты помощник разработчиков игр.",
            "враги появляются прямо перед игроком из воздуха, хочу чтобы они проявлялись из тумана",
        ),
        _u("Хочу эффект телепорта: персонаж рассыпается на частицы и собирается в другом месте."),
        _u("Почему при повороте камеры объекты по краям экрана растянуты, как в рыбьем глазе?"),
        _m(
            "Делаю интерактивную карту метро в 3D.",
            "Интересно. Какие требования?",
            "станции должны подсвечиваться при наведении, а линии — слегка светиться",
        ),
        _u(
            "мне нужна карта местности с рельефом для урока географии, чтобы можно было поднять уровень моря ползунком и посмотреть что затопит"
        ),
        _u(
            "На слабых ноутбуках фпс падает до 15, хочу автоматически понижать качество. Как это обычно делают?"
        ),
    ],
    "ko": [
        _u("모델 불러왔는데 옆으로 누워 있어요. 서 있어야 하는데"),
        _u("카메라 돌리면 멀리 있는 철조망이 물결무늬처럼 일렁여요"),
        _u("씬 분위기를 비 오는 새벽 편의점 앞처럼 바꾸고 싶어요. 형광등 불빛 번지는 느낌으로요."),
        _u("캐릭터가 뛸 때 머리카락이 머리를 뚫고 나와요"),
        _u("3D 지도에 핀이 너무 많아서 겹쳐요. 가까운 것끼리 묶어서 보여주고 싶어요"),
        _u("태블릿으로 3D 교구 페이지 열면 브라우저가 튕겨요"),
        _u(
            "저 꽃집 하는데요, 꽃다발을 사이트에서 돌려볼 수 있게 하고 싶어요. 꽃잎이 얇게 비치는 느낌까지요."
        ),
        _u("지브리 애니처럼 풀이 바람에 사락사락 흔들리는 들판을 웹에 띄우고 싶어요."),
        _u("멀리 있는 건물 텍스처가 지글지글 끓는 것처럼 보여요"),
        _u("라이트맵이 뭔가요? 실시간 조명이랑 뭐가 달라요?"),
        _u(
            "쇼핑몰에 운동화 360도 뷰어 넣고 싶은데 사진 여러 장 돌리는 거랑 진짜 3D랑 뭐가 나아요?"
        ),
        _u("호수에 비친 산이 너무 또렷해서 그냥 거울 같아요 ㅠㅠ 물결에 흔들렸으면"),
        _u("적을 때리면 잠깐 멈칫하는 히트스톱 느낌, 그거 어떻게 만들어요?"),
        _u("과학 선생님인데 원자 구조를 3D로 보여주고 싶어요. 학생들이 크롬북으로 접속해요."),
        _u("카메라 회전이 너무 빨라서 어지러워요"),
        _u(
            "박물관 전시용으로 고려청자를 터치스크린에서 확대해서 볼 수 있게 만들고 싶습니다. 표면 빙열까지 보이게요."
        ),
        _u("투명한 유리컵 뒤에 있는 물체가 안 보여요"),
        _u("사이버펑크 2077 느낌으로 네온 번지는 거리 만들고 싶어요"),
        _u("그림자가 너무 진해서 물체 밑이 시커먼 구멍 같아요"),
        _u(
            "데이터 시각화로 서울 구별 인구를 3D 막대로 지도 위에 올리고 싶어요. 마우스 올리면 숫자 뜨게요."
        ),
        _u("오브젝트 500개 넘어가니까 프레임이 뚝 떨어져요. 다 같은 의자인데요."),
        _u(
            "가구 쇼핑몰인데 소파가 실제로 얼마나 큰지 감이 안 온대요. 사람 모형 옆에 세워서 보여줄까요?"
        ),
        _u("폭포 물보라가 너무 심심해요"),
        _u("텍스처가 거꾸로 뒤집혀서 붙어요"),
        _u("VR 헤드셋에서 손에 든 물건이 손보다 살짝 늦게 따라와요"),
        _u("스크롤 내리면 지구본이 돌면서 우리 지점 위치로 이동하게 하고 싶어요"),
        _u("안개를 바닥 쪽에만 깔고 싶어요. 위쪽은 맑게요."),
        _u("캐릭터 눈이 너무 죽어 보여요. 눈에 반짝임 넣으려면?"),
        _m("행성 모델 띄웠어요.", "좋네요. 다음은 뭘 할까요?", "천천히 자전하게"),
        _m(
            "카메라가 관람차를 따라 올라가요.",
            "네, 경로를 따라가고 있어요.",
            "꼭대기에서 잠깐 멈추게",
        ),
        _m(
            "광장에 분수대 만들었어요.",
            "좋아요. 어떤 점을 고칠까요?",
            "물줄기 조명 색이 바뀌게, 밤에만",
        ),
        _m(
            "이번 주말 부산 여행 코스 추천해 줄래요?",
            "해운대, 감천문화마을, 광안리 야경 코스를 추천해요.",
            "고마워요. 근데 갑자기 궁금한 게, 웹 게임에서 벚꽃잎 흩날리는 거 어떻게 만들어요?",
        ),
        _m(
            "엑셀에서 VLOOKUP 쓰는 법 알려줘요",
            "=VLOOKUP(찾을값, 범위, 열번호, FALSE) 형식이에요.",
            "ㅇㅋ 그건 됐고, 3D 뷰어에서 모델이 처음에 너무 작게 보여요. 화면에 딱 맞게 시작하려면?",
        ),
        _m("캐릭터 달리기 애니메이션 넣었어요.", "좋아요, 잘 재생되나요?", "너무 빨라요. 반으로"),
        _m(
            "던전에 보물상자가 있어요.",
            "네, 열리는 연출이 필요하신가요?",
            "응 열면 안에서 금빛이 새어 나오게",
        ),
        _m(
            "제품 뷰어에 배경을 흰색으로 했어요.",
            "깔끔하겠네요.",
            "근데 흰 제품이 배경에 묻혀서 윤곽이 안 보여요",
        ),
        _m(
            "도시 야경 씬에 비를 추가했어요.",
            "좋습니다. 어떻게 보이나요?",
            "웅덩이에 간판 불빛이 비쳤으면 좋겠어요",
        ),
        _m(
            "배 모델이 바다 위에 있어요.",
            "파도에 맞춰 움직이나요?",
            "아니요 그냥 떠 있어요. 파도 따라 출렁이게",
        ),
        _m("우주 배경 만들었어요.", "별이 보이나요?", "네, 근데 성운 같은 것도 뒤에 은은하게"),
        _s(
            "당신은 IDE에 내장된 코딩 도우미입니다. 짧게 답하세요.",
            "왜 애니메이션이 재생이 안 되지 모델은 보이는데",
        ),
        _s("너는 고등학생 대상 코딩 튜터야.", "투영 행렬이 뭐예요? 그냥 쉽게 설명해 주세요"),
        _s(
            "당신은 '하루가구' 온라인몰의 개발 지원 봇입니다.",
            "AR로 소파를 방에 놓아보기 기능 만들려면 어떤 모델 포맷이 좋아요?",
        ),
        _s(
            "You are an autonomous coding agent working in this repository.",
            "3D 물류창고 뷰어에서 선반을 클릭하면 엉뚱한 선반이 선택돼요. 원인 찾아서 고쳐 주세요.",
        ),
        _s(
            "당신은 디자인 에이전시의 사내 어시스턴트입니다.",
            "클라이언트가 화장품 병을 메인 화면에 띄우고 싶어해요. 애플 광고처럼 부드럽게 돌아가면서 빛이 쓱 지나가는 느낌으로요.",
        ),
        _s("한국어로 답해 주세요.", "로우폴리 스타일로 만들면 성능이 진짜 좋아지나요?"),
        _s(
            "당신은 게임 개발팀 어시스턴트입니다.",
            "보스 등장할 때 화면 전체가 붉게 물들고 느려지는 연출",
        ),
        _s(
            "너는 미술 선생님들을 돕는 도우미야.",
            "학생들 조소 작품을 스캔해서 온라인 전시회 열고 싶어요. 갤러리처럼 걸어 다니면서 보게요.",
        ),
        _s(
            "당신은 데이터 시각화 팀의 어시스턴트입니다.",
            "점이 100만 개인데 3D 산점도로 부드럽게 돌아가게 할 수 있나요?",
        ),
        _u("종이 공작처럼 보이는 스타일로 만들고 싶어요. 접힌 자국 있는 느낌"),
        _u("플레이어가 나무 뒤로 가면 안 보여요. 실루엣만이라도 보이게 하고 싶어요"),
        _m("건축 모델 웹에 올렸어요.", "네, 잘 보이나요?", "창문 유리가 불투명 회색으로 나와요"),
        _u("캐릭터가 계단 올라갈 때 발이 계단 속에 파묻혀요"),
        _u("모바일에서만 화면이 흐릿하게 보여요. 데스크톱은 선명하고요."),
        _u("게임 속 TV 화면에 다른 카메라로 찍은 장면이 나오게 하고 싶어요"),
    ],
    "it": [
        _u("la gondola nel canale non si riflette nell'acqua"),
        _u("quando giro intorno al duomo le guglie tremolano tutte"),
        _u(
            "Vorrei l'atmosfera di una sagra d'estate in piazza: lucine appese, cielo blu scuro, un po' di foschia calda."
        ),
        _u("il gatto quando salta ha la coda che si stacca dal corpo"),
        _u("nella mappa delle cantine i nomi dei paesi si accavallano quando ruoto"),
        _u(
            "i tablet della scuola si scaricano in mezz'ora con la simulazione 3D del sistema solare"
        ),
        _u(
            "Ho un negozio di occhiali: si può far provare le montature in 3D sulla faccia con la webcam, dal sito?"
        ),
        _u(
            "Vorrei colori seppiati e grana da pellicola, tipo western di Sergio Leone, sulla mia scena del paese."
        ),
        _u("perché la mia luna sembra un disco piatto e non una palla"),
        _u("Cos'è questa storia di sRGB e lineare? I miei colori vengono slavati."),
        _u(
            "Insegno latino. Mi piacerebbe far visitare ai ragazzi una domus romana ricostruita, stanza per stanza, dal browser."
        ),
        _u("l'erba si muove tutta insieme come un tappeto, non ciuffo per ciuffo"),
        _u("come si fa la scia luminosa dietro la spada quando si attacca?"),
        _u("le piastrelle del pavimento in lontananza sembrano stirate e sfocate"),
        _u(
            "Scarpe su misura: nel configuratore la pelle scamosciata sembra feltro. Come si rende la morbidezza?"
        ),
        _u("albero di Natale virtuale con diecimila lucine, va a scatti"),
        _u(
            "Museo archeologico: vorremmo un'anfora rotta i cui cocci si ricompongono quando il visitatore tocca lo schermo."
        ),
        _u(
            "Vorrei il vento come frecce animate sopra una mappa dell'Italia in rilievo, per il sito meteo."
        ),
        _u("nel tour virtuale del ristorante la telecamera passa attraverso i tavoli"),
        _u(
            "Sono architetto. Il cliente vuole girare la villa dal telefono in tempo reale invece dei render. Che qualità posso aspettarmi?"
        ),
        _u("su Firefox la pagina con il modello resta bianca"),
        _u("perché le mie luci rossa verde e blu insieme fanno tutto bianco"),
        _u(
            "Tengo un corso di astronomia all'università della terza età, vorrei mostrare le fasi di Venere girando intorno al Sole."
        ),
        _u("l'ombra del personaggio è staccata dai piedi, sembra che galleggi"),
        _u(
            "Effetto 'Sottosopra' di Stranger Things: particelle che fluttuano piano, luce rossa e blu."
        ),
        _u("i fili della corrente tra i pali spariscono a tratti quando sono lontani"),
        _u("Per la lezione di botanica vorrei un fiore che si apre in 3D, petalo per petalo."),
        _u("le scarpe nel negozio virtuale non sembrano appoggiate a terra, manca qualcosa sotto"),
        _u("è meglio un gltf unico grande o tanti piccoli da caricare man mano?"),
        _m("Ho una mongolfiera che sale piano.", "Bella. Cosa aggiungiamo?", "che ondeggi un po'"),
        _m(
            "La camera è in prima persona nel corridoio della scuola.",
            "Ok.",
            "più bassa, altezza bambino",
        ),
        _m(
            "Nel configuratore ho la Vespa.",
            "Bene, cosa vuoi sistemare?",
            "cromature più lucide, ora sembrano grigie",
        ),
        _m(
            "Orari dei treni Milano-Roma la mattina?",
            "Non ho orari in tempo reale, controlla il sito di Trenitalia o Italo.",
            "ok. allora: nel mio giochino il treno 3D sembra fermo anche se si muove, le ruote non girano",
        ),
        _m(
            "Come si coniuga 'fero' in latino?",
            "fero, fers, fert, ferimus, fertis, ferunt.",
            "grazie! ora un'altra cosa: come faccio un cielo stellato che ruota lentamente, da planetario, su una pagina web?",
        ),
        _m("Ho messo il mare intorno all'isola.", "Perfetto.", "più mosso, da tempesta"),
        _m(
            "La statua ha un faretto sopra.",
            "Ok, luce dall'alto.",
            "più drammatica, alla Caravaggio",
        ),
        _m(
            "Nel menu del sito c'è una pizza 3D che gira.",
            "Simpatico! Cosa vuoi cambiare?",
            "la mozzarella sembra plastica",
        ),
        _m(
            "Ho un presepe 3D con il trenino.",
            "Carino.",
            "aggiungi le lucine che si accendono quando fa sera",
        ),
        _m(
            "Il grafico a barre 3D delle vendite è pronto.",
            "Bene, funziona?",
            "da questa angolazione le barre si coprono a vicenda",
        ),
        _m("Ho un labirinto in prima persona.", "Ok.", "e una minimappa dall'alto nell'angolo"),
        _m("Ho fatto la bandiera sul pennone.", "Bene.", "che sventoli col vento"),
        _m("Il pesce nell'acquario nuota.", "Ok, uno solo?", "tanti, in banco, che girano insieme"),
        _s(
            "Sei l'assistente di codice integrato nell'editor. Rispondi brevemente.",
            "perché vedo il cielo attraverso la montagna",
        ),
        _s(
            "Sei un tutor per studenti di un corso di game design.",
            "Cos'è il normal mapping? Il prof ha detto che 'finge' i dettagli.",
        ),
        _s(
            "Sei il bot di supporto di Villa3D, visite virtuali per agenzie immobiliari.",
            "Buongiorno, nel tour della villa il giardino sembra finto, l'erba è piatta. Si può migliorare?",
        ),
        _s(
            "You are a coding agent. Work in the current repository.",
            "Il visore 3D delle turbine eoliche consuma sempre più memoria ogni volta che si cambia modello. Trova la perdita e correggila.",
        ),
        _s(
            "Sei un assistente per designer di gioielli.",
            "Orecchini in oro rosa: voglio che il colore non sembri arancione sullo schermo.",
        ),
        _s("Rispondi in italiano.", "Cosa vuol dire che una scena è 'fill-rate limited'?"),
        _s(
            "Sei l'assistente interno dello studio Corvino Design.",
            "Il cliente vuole una tazza di caffè fumante che ruota sulla home, stile spot pubblicitario.",
        ),
        _s(
            "Sei un assistente per insegnanti di scienze.",
            "Voglio mostrare un vulcano in sezione che erutta, da proiettare in classe, e poterlo ruotare.",
        ),
        _s(
            "Sei l'assistente del team di sviluppo di un gioco di calcio.",
            "l'erba dello stadio sembra un biliardo, vorrei le strisce tagliate e un po' d'usura in area",
        ),
        _u("Come si fanno i personaggi che si dissolvono in polvere come nei film Marvel?"),
        _u("le foglie hanno i bordi neri, tipo ritagliate male"),
        _u(
            "Vorrei una vista dall'alto del campo da calcio con i giocatori come pedine 3D che si muovono coi dati della partita."
        ),
    ],
    "pt": [
        _u("o tênis carrega sem cor nenhuma, tudo cinza"),
        _u("o personagem some quando chega muito perto da câmera"),
        _u(
            "Quero clima de festa junina na cena: fogueira, bandeirinhas balançando e céu estrelado."
        ),
        _u("o cachorro corre mas as patas mexem mais devagar que o corpo"),
        _u(
            "o nome em cima do jogador fica escondido atrás das paredes, queria que aparecesse sempre por cima"
        ),
        _u("a bateria do tablet do totem do museu acaba rapidinho com a visita 3D"),
        _u(
            "Tenho uma loja de pranchas de surfe. Queria que o cliente escolhesse as cores e a prancha girasse na tela já pintada."
        ),
        _u(
            "Queria um visual tipo Cidade de Deus: tudo amarelado, contraste forte, meio estourado."
        ),
        _u("por que minha neblina deixa tudo meio roxo"),
        _u("O que é anti-aliasing e por que dizem que pesa tanto?"),
        _u(
            "Sou professora de química. Dá pra fazer uma tabela periódica em 3D em que os elementos saltam quando os alunos clicam?"
        ),
        _u("a cachoeira parece um lençol branco parado"),
        _u("efeito de câmera de segurança velha: chiado, linhas, imagem meio abaulada"),
        _u("o azulejo português da parede fica borrado quando olho de lado"),
        _u(
            "Configurador de óculos de sol: a lente tem que ser espelhada com degradê. Como fica realista?"
        ),
        _u("Mapa da fazenda com milhares de pés de café e o navegador arrasta."),
        _u("Museu do futebol: queremos a taça girando com aquele dourado que reflete a sala."),
        _u("o que é um skybox?"),
        _u(
            "Quero mostrar o desmatamento como manchas vermelhas crescendo ano a ano num mapa 3D da Amazônia."
        ),
        _u("Na abertura do site queria a câmera passando por trás dos prédios tipo cena de filme."),
        _u(
            "Sou arquiteta. Quero mostrar ao cliente como a luz do sol entra pela janela às 8h, ao meio-dia e às 17h."
        ),
        _u("no Chrome do Android a cena some do nada depois de um tempo"),
        _u("coloquei 30 luzes e a cena parou de carregar"),
        _u(
            "Dou aula de história. Queria caravelas cruzando o Atlântico num globo, com as rotas aparecendo."
        ),
        _u("o personagem parece colado no cenário, falta alguma coisa embaixo dele"),
        _u("Dá pra deixar a cena com cara de pintura, cores chapadas tipo quadro da Tarsila?"),
        _u("a ponte estaiada parece feita de massinha"),
        _u("Pra aula de física, queria as ondinhas na água quando cai uma pedra, em 3D."),
        _u("o produto no showroom reflete uma janela que não existe na sala"),
        _u("glb ou fbx pro site?"),
        _m("Fiz um pião girando.", "Legal! E agora?", "que ele perca força e tombe no final"),
        _m("A câmera passeia pelo Pelourinho.", "Bonito.", "agora à noite"),
        _m("Coloquei pássaros voando.", "Ok, soltos?", "em V, como bando"),
        _m(
            "Como calcular juros compostos?",
            "M = C × (1 + i)^t, onde C é o capital...",
            "valeu. agora no meu jogo, as moedas no chão deviam brilhar e girar",
        ),
        _m(
            "Dica de filme de terror?",
            "'Hereditário' é ótimo, bem tenso.",
            "boa. e como deixo minha cena de casa abandonada mais assustadora, só com luz de lanterna",
        ),
        _m("Tem um cometa na cena.", "Ok.", "cauda mais comprida e brilhante"),
        _m(
            "O capacete está no viewer.",
            "Está aparecendo bem?",
            "sim, mas parece novo demais. quero arranhões",
        ),
        _m(
            "Montei uma sala de aula virtual.",
            "Legal. E aí?",
            "o quadro negro com giz legível de longe",
        ),
        _m(
            "Tenho um carro alegórico 3D pro Carnaval.",
            "Que massa.",
            "confete caindo e luzes piscando",
        ),
        _m(
            "Fiz o mapa do metrô em 3D.",
            "Ficou bom?",
            "queria as linhas em túneis debaixo do chão transparente",
        ),
        _m("Tem uma árvore no meio da praça.", "Certo.", "agora no outono"),
        _m("Gráfico de pizza 3D pronto.", "Funcionando?", "que a fatia saia pra fora quando clica"),
        _m("O sol nasce atrás do morro.", "Ok.", "mais rápido"),
        _m("O personagem nada no rio.", "Bacana.", "bolhinhas saindo da boca"),
        _s(
            "Você é o assistente de código do editor. Responda curto.",
            "por que o objeto fica todo listrado de sombra",
        ),
        _s(
            "Você é um tutor de um curso técnico em jogos digitais.",
            "O que é LOD? Vi no fórum e não entendi.",
        ),
        _s(
            "Você é o bot de suporte da Casa360, tours virtuais para imobiliárias.",
            "Oi, no tour as cores da cozinha ficam bem mais amareladas que nas fotos.",
        ),
        _s(
            "You are an autonomous coding agent. Work in the current repository.",
            "O visualizador 3D de peças do trator fica cada vez mais lento ao trocar de peça. Encontre o vazamento e corrija.",
        ),
        _s(
            "Você é assistente de uma agência de design.",
            "O cliente quer a lata de refrigerante girando na home com gotinhas geladas, tipo comercial de verão.",
        ),
        _s(
            "Você ajuda professores de ciências.",
            "Quero mostrar as fases da lua com uma esfera iluminada pelo sol, pra turma do 6º ano.",
        ),
        _s(
            "Você é assistente de uma equipe de desenvolvimento de jogos.",
            "inimigo tem que piscar branco rapidinho quando leva tiro",
        ),
        _s(
            "Você é assistente de uma startup de realidade virtual.",
            "Os usuários reclamam de enjoo quando se teleportam. Algum truque visual pra amenizar?",
        ),
        _u("Quero que a logo vire areia e seja levada pelo vento quando sai da tela."),
        _u("as folhas das palmeiras parecem recortes de papel com borda branca"),
    ],
    "es": [
        _u("el toro me sale con la textura estirada como derretida"),
        _u("la cámara atraviesa el suelo si bajo mucho"),
        _u(
            "Quiero ambiente de feria de abril: farolillos de colores y noche templada, en la portada de la web."
        ),
        _u("el futbolista chuta pero el balón sale antes de que el pie lo toque"),
        _u("los dorsales se ven al revés cuando miras al jugador desde detrás"),
        _u("al cliente le va a 10 fps la web del concesionario con los coches en 3D"),
        _u(
            "Tengo una tienda de cerámica de Talavera y quiero enseñar los platos girando con sus brillos de esmalte."
        ),
        _u("Quiero un estilo tipo Tim Burton: todo torcido, azul frío y una luna enorme."),
        _u("¿por qué mis objetos se ven más oscuros de un lado aunque la luz está justo encima?"),
        _u("la lava me queda naranja plano, sin vida"),
        _u("¿cómo se hace el efecto de mirar por prismáticos, con el círculo negro y el zoom?"),
        _u("las letras de los carteles del metro virtual tiemblan de lado a lado"),
        _u("En el configurador de cocinas el acero inoxidable parece papel de aluminio arrugado."),
        _u("Un campo de girasoles con miles de flores y el navegador se queda colgado."),
        _u(
            "En el museo queremos un códice medieval que se pueda hojear en 3D, con las páginas doblándose."
        ),
        _u("¿Qué es el bloom exactamente?"),
        _u(
            "Quiero los datos de turismo por provincia como burbujas flotando sobre un mapa de España en relieve."
        ),
        _u("al cargar la página, que la cámara vuele por encima de la ciudad como un dron"),
        _u(
            "Soy interiorista. Quiero que el cliente cambie la luz del salón de cálida a fría y vea la diferencia en el momento."
        ),
        _u("en el móvil viejo de mi madre la escena sale toda negra"),
        _u("quiero que las sombras de las nubes pasen por encima del terreno"),
        _u("¿Por qué mi modelo se ve hueco en algunas partes, como si faltaran caras?"),
        _u("Quiero que la ciudad se doble sobre sí misma como en Origen."),
        _u("¿por qué los juegos usan triángulos y no cuadrados?"),
        _u("con las gafas de VR el suelo parece más cerca de lo que debería"),
        _m(
            "Tengo un molino de viento.",
            "Bien. ¿Qué quieres ajustar?",
            "que las aspas giren más rápido cuando hay viento",
        ),
        _m("La cámara sigue al ciclista.", "Vale, en tercera persona.", "¿y a vista de pájaro?"),
        _m(
            "¿Qué documentos necesito para renovar el DNI?",
            "La cita previa, el DNI antiguo y una foto reciente, normalmente.",
            "vale. otra cosa: en mi visor de terreno las montañas salen puntiagudas como agujas",
        ),
        _m(
            "Recomiéndame un libro de ciencia ficción.",
            "'Solaris' de Stanisław Lem es un clásico.",
            "apuntado. ¿y cómo hago un agujero negro que deforme las estrellas de detrás en una web?",
        ),
        _m("Tengo una nave espacial.", "¿Y qué le falta?", "una estela azul del motor"),
        _m(
            "Hice una lámpara de lava en 3D.",
            "Qué chula.",
            "que las burbujas se fundan entre ellas",
        ),
        _m(
            "El visor muestra un reloj de pulsera.",
            "¿Se ve bien?",
            "el cristal debería tener un reflejo suave",
        ),
        _m("Tengo nieve cayendo.", "Bien.", "copos más gordos y más lentos"),
        _m(
            "Hay un ascensor en el edificio.",
            "Vale.",
            "que sea de cristal y se vea la ciudad al subir",
        ),
        _m(
            "Mi castillo de arena está en la playa.", "Bonito.", "que las olas lo vayan deshaciendo"
        ),
        _m(
            "La gráfica 3D de temperaturas está lista.",
            "¿Qué cambiamos?",
            "colores de azul a rojo según el valor",
        ),
        _m("El personaje ya salta.", "¿Algo más?", "que levante polvo al caer"),
        _s(
            "Eres el asistente de código del editor. Responde corto.",
            "por qué el suelo se ve en blanco y negro a cuadros y no con mi textura",
        ),
        _s(
            "Eres el bot de soporte de Pisos360, visitas virtuales inmobiliarias.",
            "Hola, en la visita del ático el salón parece una cueva de lo oscuro que está.",
        ),
        _s(
            "You are an autonomous coding agent. Work in the current repository.",
            "El mapa 3D de las rutas del Camino de Santiago va a trompicones en tablets. Investiga y arréglalo.",
        ),
        _s(
            "Eres asistente de una agencia creativa.",
            "El cliente quiere un perfume girando en la home con un rayo de luz que atraviesa el cristal.",
        ),
        _s("Responde en español.", "¿Qué es el culling de caras traseras?"),
        _s(
            "Eres asistente para profesores de física.",
            "Quiero enseñar cómo se reflejan los rayos de luz en un espejo curvo, en 3D, y que los chicos muevan la fuente.",
        ),
        _s(
            "Eres asistente del equipo de desarrollo de juegos.",
            "cuando entra el jefe final, que todo se ponga en blanco y negro menos él",
        ),
        _s(
            "Eres el asistente de una bodega con tienda online.",
            "queremos la botella girando y que al pulsar se vea el vino dentro con su color",
        ),
        _u("Quiero que el logo se deshaga en partículas al pasar el ratón."),
        _u("¿Cómo hago el contorno negro tipo cómic en los objetos?"),
        _u("Cuando cambio el tamaño de la ventana todo se estira."),
    ],
    "ja": [
        _u("読み込んだキャラの顔だけテカテカしすぎてロウ人形みたいです"),
        _u("回転させると模型の一部が欠けて見える。角度によって穴があく感じ"),
        _u("雰囲気を「夏の夜の縁日」っぽくしたいです。提灯のぼんやりした明かりとか。"),
        _u("歩かせると足が地面に少しめり込みます"),
        _u("吹き出しのUIを3Dキャラの頭の上にずっとくっつけたい"),
        _u("3Dの店内ツアーを開くとMacのファンがすごい音を出す"),
        _u(
            "和菓子屋です。季節の上生菓子をサイトでくるっと回して見せたいんですが、写真っぽくするには何が要りますか？"
        ),
        _u("新海誠の映画みたいな、キラキラした空と雲の背景をリアルタイムで動かせますか？"),
        _u("遠くの山がのっぺりしていて距離感がないです"),
        _u("シャドウマップって結局どういう仕組みなんですか？"),
        _u(
            "中学の理科で地層の断面を3Dで見せたい。生徒がタブレットで層をめくれるようにしたいです。"
        ),
        _u("池の水面に映る月がカクカクしてる"),
        _u("格ゲーの必殺技みたいに、背景が暗くなってキャラだけ光る演出をやりたい"),
        _u("文字が斜めから見るとにじむ"),
        _u("ギター型のスマホケースを売っていて、柄を選ぶと3Dでその場で反映したい。"),
        _u("草を一本ずつ置いたら重すぎて動かない"),
        _u("博物館で土偶を展示するんですが、表面のざらざらを触りたくなるくらいの質感にしたいです"),
        _u("ポリゴン数ってどれくらいまでなら普通のスマホで大丈夫？"),
        _u("人口データを日本地図の上に光の柱で立てたい。都道府県ごと。"),
        _u("カメラが人物を追うとき、ちょっと遅れてついてくる感じにしたい"),
        _u(
            "デザイナーです。Figmaで作った画面の中に3Dの地球儀を置きたいと言われて、エンジニアに何を渡せばいいか分かりません。"
        ),
        _u("Androidだけ色がくすむ"),
        _u("ポストエフェクトって重いんですか？ビネットだけでも？"),
        _u("プラネタリウム風に星座線を引いた夜空をWebで見せたい。小学生向けです。"),
        _u("キャラが壁際に立つと顔に変な影の縞が出る"),
        _u("ジブリの「天空の城」みたいな浮島を雲の上にふわふわ浮かべたい"),
        _m(
            "くるくる回る寿司のモデルができました。",
            "いいですね。次はどうしますか？",
            "ネタにツヤを",
        ),
        _m(
            "カメラがお城の周りを回っています。",
            "はい、自動回転ですね。",
            "もっとゆっくり。あと下から見上げる角度も",
        ),
        _m("桜の花びらを降らせました。", "素敵ですね。調整しますか？", "風で横に流れるように"),
        _m(
            "来週の京都旅行、おすすめの寺は？",
            "東福寺や詩仙堂は比較的空いていておすすめです。",
            "ありがとう。話変わるけど、ブラウザのゲームで紅葉の葉がひらひら落ちるのってどう作る？",
        ),
        _m(
            "Excelで重複を消すには？",
            "データタブの「重複の削除」を使います。",
            "OK。別件で、3Dビューアで製品が最初すごく小さく表示されるのを直したい",
        ),
        _m("ロボットに手を振らせました。", "動きはどうですか？", "カクカク。滑らかに"),
        _m(
            "和室のシーンを作っています。",
            "障子や畳があるんですね。",
            "障子越しの柔らかい光が欲しい",
        ),
        _m(
            "商品ビューアの背景を黒にしました。",
            "高級感が出ますね。",
            "でも黒いバッグが背景に溶けて輪郭が見えない",
        ),
        _m("水族館のクラゲを作ってます。", "半透明ですか？", "はい。でも重なると真っ白になる"),
        _m("花火のパーティクルを作りました。", "どうでしょう？", "地味。しだれ柳っぽく"),
        _s(
            "あなたはエディタに組み込まれたコーディングアシスタントです。短く答えてください。",
            "テクスチャ貼ったのに真っ白のまま",
        ),
        _s(
            "あなたは専門学校のゲーム科の講師アシスタントです。",
            "ビルボードって何ですか？木とかに使うって聞きました",
        ),
        _s(
            "あなたは住宅メーカー「ミドリホーム」の社内開発支援ボットです。",
            "モデルハウスの3D内覧で、夜モードに切り替えたら照明がつくようにしたい",
        ),
        _s(
            "You are an autonomous coding agent. Work in the current repository.",
            "登山ルートの3Dマップがズームアウトすると地形がちらつく。原因を調べて直してください。",
        ),
        _s(
            "あなたはデザイン事務所のアシスタントです。",
            "腕時計のLP、竜頭を回すと針が動くのを3Dでやりたいってクライアントが言ってます",
        ),
        _s("日本語で答えてください。", "法線って何？なんでそれで見た目が変わるの？"),
        _s(
            "あなたはVRアプリ開発チームのアシスタントです。",
            "手に持ったコップの中の水がこぼれそうに揺れる表現をしたい",
        ),
        _s(
            "あなたは美術教師向けのアシスタントです。",
            "授業で生徒が色を塗った立体を、クラス全員の画面でぐるぐる回して見せ合いたい",
        ),
        _u("キャラが消えるときにデジタルノイズみたいに崩れていく演出"),
        _u("アニメ調の塗りにしたい。影が二段階くらいのやつ"),
        _m("家の模型をWebに載せました。", "ちゃんと表示されていますか？", "屋根が透けて中が見える"),
        _u("画面を縦にすると3Dの絵が潰れる"),
        _u("VRで文字が読みにくい。小さくてチラチラする"),
        _u("雪だるまに当たる光がのっぺりして、雪のふわふわ感がない"),
    ],
    "zh": [
        _u("导进来的车模轮胎是透明的，车身却正常"),
        _u("镜头一拉远，山上的树就开始闪"),
        _u("想让场景有种江南雨天的感觉，灰蒙蒙的，瓦片湿湿的"),
        _u("人物转身的时候整个身体像是瞬移过去的，没有过渡"),
        _u("血条要一直跟着怪物头顶，而且永远正对屏幕"),
        _u("打开那个三维楼盘页面，手机五分钟就烫手了"),
        _u("我开了家茶具店，想让客人在网页上转着看紫砂壶，最好能看到泥料的颗粒感"),
        _u("想做那种《流浪地球》里的地球发动机喷射的蓝色光柱"),
        _u("远处的建筑边缘一直在抖，像锯齿在爬"),
        _u("延迟渲染和前向渲染有什么区别？我这种小场景需要关心吗"),
        _u("我是初中地理老师，想做个能转动的三维地球，展示昼夜分界线随季节变化。"),
        _u("湖面太假了，像贴了一张蓝色贴图"),
        _u("像原神那样角色一释放技能，周围就慢动作加一圈光，怎么实现"),
        _u("中文字放到3D场景里全是方块"),
        _u("卖实木家具的，顾客想切换胡桃木和樱桃木看效果，木纹要真"),
        _u("园区大屏上放了几千个摄像头图标，一转视角就卡"),
        _u("博物馆想把青铜鼎放到网上，锈迹的那种斑驳感出不来"),
        _u("三角面数多少算多？"),
        _u("想把全国高铁线路画成在地球上流动的光线"),
        _u("镜头跟着无人机飞，转弯的时候太生硬了"),
        _u(
            "我是做平面的，甲方要一个首页，鼠标一动，背景的星空就跟着视差移动。这算3D吗，要找什么样的开发？"
        ),
        _u("苹果手机上一片白，电脑上正常"),
        _u("后期加了景深，但是边缘一圈糊得很奇怪"),
        _u("想给小学生做个太阳系，行星大小和距离能切换真实比例和示意比例"),
        _u("模型身上有黑色的斑点，换个角度又没了"),
        _u("想要《头号玩家》里那种全息投影的效果，蓝色半透明带扫描线"),
        _m("我做了个旋转的地球。", "好的，需要加什么？", "加一层慢慢飘的云"),
        _m("相机在绕着雕塑转。", "嗯，自动环绕。", "转慢点，再从下往上看"),
        _m("场景里加了萤火虫。", "不错，要调整吗？", "只在天黑以后出现"),
        _m(
            "帮我写个请假条",
            "好的：尊敬的王经理，因家中有事，申请请假一天……",
            "谢谢。另外问下，网页小游戏里怎么做水花溅起来的效果",
        ),
        _m(
            "红烧肉怎么做不腻？",
            "先焯水，再用少量油煸出油脂……",
            "好。换个话题，三维看房页面里镜子照不出东西，是不是很难做",
        ),
        _m("角色可以跳了。", "手感怎么样？", "太飘了，像在月球上"),
        _m("我在做古建筑复原展示。", "是网页端吗？", "对。想让斗拱一层层拆开再合上"),
        _m("产品页上放了个耳机模型。", "显示正常吗？", "正常，就是有点塑料感，想要磨砂金属"),
        _m("赛车游戏做好了赛道。", "需要什么效果？", "下雨时路面反光，车灯打在地上"),
        _m("做了个风扇模型。", "好的。", "叶片转起来要有那种模糊感"),
        _s("你是编辑器里的代码助手，回答简短。", "为什么我的平面只有一面能看到"),
        _s("你是高职数字媒体专业的辅导老师。", "法线贴图为啥是蓝紫色的？"),
        _s(
            "你是「云栖文旅」数字展厅项目的内部助手。",
            "展厅里的灯光一多就很卡，但甲方要每件展品都有射灯",
        ),
        _s(
            "You are an autonomous coding agent. Work in the current repository.",
            "智慧园区三维大屏运行两小时后帧率越来越低，帮我查原因并修复",
        ),
        _s("你是设计公司的助手。", "客户想要首页一瓶白酒，瓶身透光，酒液有点琥珀色，缓慢转动"),
        _s("用中文回答。", "PBR里的粗糙度到底是啥？"),
        _s("你是VR教育产品团队的助手。", "化学实验室里试管倒液体，想要液体看起来有流动感"),
        _s("你是帮助美术老师的助手。", "想让学生的剪纸作品在网页上变成立体的，一层层分开"),
        _u("角色死亡时想要那种碎成玻璃渣的效果"),
        _u("想要水墨画风格的山，3D的但是看起来像国画"),
        _m("把房子模型放到官网上了。", "显示正常吗？", "屋顶的瓦片贴图全糊了"),
        _u("横屏竖屏切换后，画面被压扁了"),
        _u("VR里看远处的字一直在闪"),
        _u("沙漠里的热浪扭曲效果怎么做"),
    ],
    "en": [
        _u("the shoe model looks fine in the preview but on our site the laces are see-through"),
        _u("why does everything shimmer when the camera pans slowly across the harbour"),
        _u(
            "I want the whole scene to feel like a foggy Victorian London street, gas lamps and all"
        ),
        _u("the horse's legs clip through the fence when it turns"),
        _u(
            "we need the price tags on the shelves in our virtual store to stay readable from any angle"
        ),
        _u("laptop fan goes nuts the second someone opens our 3D campus map"),
        _u(
            "I run a small candle shop and someone told me I could show my candles in 3D with a real-looking flame. Is that a weekend project or a month?"
        ),
        _u(
            "looking for that Spider-Verse comic look, halftone dots and offset colours, on a spinning character"
        ),
        _u("why do my trees look like flat cardboard cutouts from the side"),
        _u(
            "I teach 8th grade earth science. Can I make a simple browser thing where kids drag a slider and watch a glacier carve a valley over time?"
        ),
        _u("pond looks like a mirror glued to the ground, no ripples"),
        _u("how do games do that 'rage mode' red screen with the edges pulsing?"),
        _u("signs in my game go blurry as soon as they're a few metres away"),
        _u(
            "Our bike configurator: when you pick carbon it should actually look like carbon weave, right now it's just dark grey."
        ),
        _u("stadium seats - 40k identical chairs - tanks the framerate. ideas?"),
        _u(
            "Our gallery wants to show a bronze sculpture online with that green patina that catches the light unevenly."
        ),
        _u("ELI5 what a vertex buffer is"),
        _u(
            "wanna show delivery routes as glowing arcs between cities on a dark globe, like an airline ad"
        ),
        _u("camera snaps instead of easing when you click a planet"),
        _m(
            "Made a little diorama of my hometown.",
            "Nice! What do you want to tweak?",
            "tilt-shift look so it feels like a toy",
        ),
        _m(
            "The camera orbits the engine block.",
            "Sure, auto-rotate is on.",
            "slower. and from underneath?",
        ),
        _m(
            "Added lanterns floating up over the lake.",
            "Lovely. Anything else?",
            "only after sunset",
        ),
        _m(
            "can you help me plan a 5k training schedule",
            "Sure: three runs a week, starting with run/walk intervals...",
            "thanks. unrelated: in my browser game the enemies' shadows are missing but the player has one",
        ),
        _m(
            "What's a good gift for my dad who likes fishing?",
            "A quality tackle box or a personalised lure set are both popular.",
            "cool. also how would I make a fishing line that bends realistically in a 3D scene",
        ),
        _m(
            "Our museum kiosk shows a rotating dinosaur skull.",
            "Got it, running in a browser on the kiosk?",
            "yes, and after a few hours it gets really choppy",
        ),
        _m(
            "I've got a sword model in the viewer.",
            "OK, what would you like to change?",
            "make the blade catch a glint when it turns",
        ),
        _m(
            "Clouds are in the sky now.",
            "Great, are they animated?",
            "yeah but they look like cotton balls, I want them wispier",
        ),
        _s(
            "You are a coding assistant in the user's editor. Keep answers short.",
            "spotlight isn't doing anything, everything's still flat",
        ),
        _s(
            "You are a patient tutor for an intro game-dev course.",
            "what does 'culling' mean? my teacher said it a lot today",
        ),
        _s(
            "You are the internal help bot for Harlow Maps, a company that builds terrain visualisations.",
            "Coastline looks jagged when you zoom all the way in, is there a cheap fix?",
        ),
        _s(
            "You are an autonomous coding agent. Work in the current repository.",
            "The 3D seating chart for the concert hall shows seats in the balcony flickering. Find the cause and fix it.",
        ),
        _s(
            "You help a small design studio.",
            "Client wants their honey jar on the homepage with light glowing through the honey, turning slowly.",
        ),
        _s(
            "You are an assistant for a VR training startup.",
            "welders in the sim say the sparks look like confetti. make them feel hot",
        ),
        _u("how do I do a dissolve where the model burns away from the edges"),
        _u("cel shading with a thick outline, like Borderlands"),
        _m(
            "Uploaded the cabin model to the site.",
            "Is it rendering correctly?",
            "the fireplace looks dead, no glow at all",
        ),
        _u("phone in landscape makes the whole scene squished"),
        _u("in the headset the UI panel swims when I turn my head"),
        _u("snow on the ground looks like white paint, no sparkle"),
    ],
    "de": [
        _u("Das Auto im Viewer hat null Spiegelungen, der Lack sieht aus wie Tafelkreide"),
        _u("beim Rauszoomen zerfällt unser Schriftzug in Pixelbrei"),
        _u(
            "Die Szene soll sich nach Abenddämmerung im Hochgebirge anfühlen, Alpenglühen auf den Gipfeln."
        ),
        _u("Der Roboterarm greift an der Kiste vorbei, die Finger schweben in der Luft."),
        _u("Die Info-Punkte im Rundgang verschwinden hinter den Möbeln."),
        _u(
            "Auf dem Firmen-Thinkpad läuft unser 3D-Lagerplan mit 5 fps, auf dem Mac flüssig. Woran liegt das?"
        ),
        _u(
            "Ich habe eine kleine Schreinerei und würde gern unsere Tische im Shop drehbar zeigen, mit echter Holzmaserung. Geht das ohne riesigen Aufwand?"
        ),
        _u(
            "Ich hätte gern den Look von 'Das Boot': enger Raum, rotes Notlicht, alles etwas dunstig."
        ),
        _u("Warum ist der Horizont so eine harte Kante?"),
        _u("Was ist eigentlich der Unterschied zwischen Rasterisierung und Raytracing, so grob?"),
        _u(
            "Ich bin Lehrerin für Mathe und will den Schülern Körper wie Pyramide und Kegel zeigen, die sie aufklappen können. Im Browser am Smartboard."
        ),
        _u("Der Springbrunnen im Park sieht aus wie Glasröhren."),
        _u("Wie kriege ich diese Bewegungsunschärfe bei schnellen Drehungen hin?"),
        _u("Die Schrift auf den Buchrücken in der virtuellen Bibliothek kann man nicht lesen"),
        _u("Im Konfigurator sieht die Lederpolsterung aus wie Gummi."),
        _u("Windpark mit 800 Windrädern, die sich alle drehen – der Browser geht in die Knie."),
        _u("Im digitalen Museum spiegeln sich die Deckenlampen in jeder Vitrine, das nervt."),
        _u(
            "Pendlerströme in NRW als fließende Lichtpunkte zwischen den Städten, das wär's für unsere Präsentation."
        ),
        _u("Die Kamera soll im Führerstand der Straßenbahn leicht mitwackeln."),
        _m("Ich hab ein Riesenrad gebaut.", "Schön. Was fehlt noch?", "nachts beleuchtete Gondeln"),
        _m(
            "Die Kamera fährt durch den Kölner Dom.",
            "Ok, auf einem festen Pfad.",
            "tiefer, aus Sicht eines Besuchers",
        ),
        _m(
            "Hab Laub auf den Boden gelegt.",
            "Schön. Noch was?",
            "es soll aufwirbeln, wenn man durchläuft",
        ),
        _m(
            "Kannst du mir ein Rezept für Käsespätzle geben?",
            "Klar: Mehl, Eier, Wasser, Salz, Bergkäse, Röstzwiebeln...",
            "danke! Andere Frage: Meine Feuerstelle im Browserspiel hat keinen Rauch, wie mach ich den?",
        ),
        _m(
            "Schreib mir eine kurze Absage für ein Bewerbungsgespräch.",
            "Sehr geehrte Frau Kessler, leider muss ich den Termin absagen...",
            "passt. Und jetzt: Im 3D-Viewer für unsere Pumpen fehlen die Schatten komplett.",
        ),
        _m(
            "Das Maskottchen steht auf der Startseite.",
            "Gut. Soll es sich bewegen?",
            "ab und zu blinzeln",
        ),
        _m(
            "Die Bahnhofsuhr in der Szene läuft.",
            "Gut.",
            "der Sekundenzeiger soll springen wie bei der echten",
        ),
        _m(
            "Ich habe das Sonnensystem gebaut.",
            "Läuft es?",
            "ja, aber die Erde hat keine Nachtseite, alles gleich hell",
        ),
        _s(
            "Du bist der Code-Assistent im Editor. Antworte knapp.",
            "warum ist mein modell spiegelverkehrt",
        ),
        _s(
            "Du bist Tutor für einen Ausbildungskurs Mediengestaltung.",
            "Was ist Ambient Occlusion? Einfach erklärt bitte.",
        ),
        _s(
            "Du bist der Support-Bot von Raumblick, einem Anbieter virtueller Immobilienrundgänge.",
            "Hallo, im Rundgang wirken die Räume viel höher und breiter als in echt. Kann man das korrigieren?",
        ),
        _s(
            "You are an autonomous coding agent. Work in the current repository.",
            "Der 3D-Stadionplan braucht beim ersten Öffnen 40 Sekunden. Analysiere die Assets und verkürze die Ladezeit.",
        ),
        _s(
            "Du bist Assistent einer Designagentur.",
            "Kunde will auf der Startseite eine Brezel, die langsam rotiert und richtig knusprig aussieht.",
        ),
        _s(
            "Antworte auf Deutsch.",
            "Warum wirken meine Schatten so hart wie mit der Schere ausgeschnitten?",
        ),
        _s(
            "Du hilfst Physiklehrkräften.",
            "Ich möchte ein Pendel in 3D zeigen, bei dem man Länge und Masse ändert und die Bahn sieht.",
        ),
        _u("Wie lasse ich einen Schriftzug aussehen wie aus Glas?"),
        _u("Aquarell-Look für die Landschaft, geht das in Echtzeit?"),
        _m(
            "Hab die Fabrikhalle hochgeladen.",
            "Wird sie richtig angezeigt?",
            "ja, jetzt sollen die Kräne sich bewegen",
        ),
        _u("Auf dem 4K-Monitor ist die Szene plötzlich viel langsamer."),
        _u("In der VR-Brille ist alles zu groß, man fühlt sich wie ein Zwerg."),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7", BY_LANG)
