"""Fifth batch of `webgl` examples: hand-written, one group per example
("webgl/b5/<lang>/<digest>"). Plain-word descriptions of real-time 3D effects, conceptual
graphics questions, short follow-ups in 3D chats, topic switches and named-library requests."""

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
        _u(
            "Je veux de l'eau dans ma scène qui reflète le paysage autour, mais sans exploser les perfs sur un portable moyen. Quelles options j'ai ?"
        ),
        _u(
            "Sur notre plan 3D de la ville, le client veut un balayage radar vert qui passe sur les bâtiments, genre écran de contrôle militaire. Par où commencer ?"
        ),
        _u(
            "Je voudrais afficher le ciel étoilé avec les vraies positions des étoiles pour une date et un lieu donnés, dans le navigateur, en 3D qu'on peut tourner."
        ),
        _u(
            "caméra à la troisième personne qui traverse les murs quand le perso est collé contre. comment on évite ça proprement ?"
        ),
        _u(
            "Ma scène a l'air délavée, toute grise, alors que le modèle est super coloré dans Blender. J'ai raté un réglage de couleurs ?"
        ),
        _u(
            "Normales par face ou par sommet : quelle différence visuelle et pourquoi mon cube a l'air bizarre quand je lisse tout ?"
        ),
        _u(
            "Dans three.js, le clearcoat du MeshPhysicalMaterial, c'est pour quoi exactement ? Je fais un configurateur de voiture."
        ),
        _u(
            "Pourquoi mes métaux PBR sont tout noirs ? Le modèle glTF a metalness à 1 et j'ai une lumière directionnelle bien forte."
        ),
        _u(
            "Les mipmaps, c'est quoi et pourquoi ma texture de sol scintille au loin quand je les désactive ?"
        ),
        _u(
            "J'ai du z-fighting sur les marquages au sol de mon parking 3D, ça clignote quand la caméra bouge. Solutions ?"
        ),
        _u(
            "Gamma, sRGB, espace linéaire... j'y comprends rien. Quand est-ce que je dois convertir mes couleurs dans un shader de fragment ?"
        ),
        _u(
            "Combien de draw calls on peut se permettre sur mobile pour une scène WebGL qui tourne à 60 fps ?"
        ),
        _u(
            "j'ai 20 000 arbres identiques dans ma forêt, ça rame à mort. j'ai entendu parler d'instancing, ça marche comment ?"
        ),
        _u(
            "Quelle taille de shadow map choisir pour un soleil qui couvre un terrain de 2 km ? À 4096 c'est encore baveux de près."
        ),
        _u(
            "Explique-moi le G-buffer en rendu différé, avec un petit schéma de ce qu'on stocke dans chaque texture."
        ),
        _u(
            "Avec react-three-fiber et drei, comment je charge un modèle .glb compressé en Draco et j'affiche un loader pendant ce temps ?"
        ),
        _u(
            "On fait une visite virtuelle d'un appartement témoin pour un promoteur immobilier : on se déplace pièce par pièce dans le navigateur. Vous conseillez quel moteur, Babylon ou three ?"
        ),
        _u(
            "Je bosse sur un jumeau numérique d'usine : les machines en 3D changent de couleur selon leur température en temps réel (données MQTT). Comment mettre à jour les matériaux sans tout recréer ?"
        ),
        _u(
            "Dans mon jeu de course en navigateur, les roues ont l'air de tourner à l'envers à grande vitesse. On peut ajouter du flou de mouvement pour masquer ça ?"
        ),
        _u(
            "Un shader GLSL pour faire un effet de dissolution avec bord incandescent quand un objet disparaît, tu peux m'en écrire un ?"
        ),
        _u(
            "c'est quoi la différence entre WebGL 2 et WebGPU pour quelqu'un qui fait des visualisations de nuages de points ?"
        ),
        _u(
            "Avec deck.gl, je veux des colonnes 3D par commune avec la hauteur = nombre d'habitants. Le HexagonLayer ou le ColumnLayer ?"
        ),
        _u(
            "Mon globe CesiumJS met 10 secondes à afficher les bâtiments 3D de Paris. On peut précharger les tuiles ou baisser la qualité au début ?"
        ),
        _u(
            "Une scène A-Frame où on ramasse des objets avec les mains dans le casque, c'est faisable sans écrire de composant maison ?"
        ),
        _u(
            "Nos textures KTX2 s'affichent noires sur Safari iOS mais marchent sur Chrome. Il faut un transcodeur Basis particulier ?"
        ),
        _u(
            "Je veux un effet bloom juste sur les néons de ma ruelle cyberpunk, pas sur tout l'écran. Comment on fait la lumière sélective ?"
        ),
        _u(
            "La mer dans ma scène est trop plate, je voudrais des vagues qui se croisent, avec de l'écume sur les crêtes."
        ),
        _u(
            "Comment faire un brouillard qui reste au ras du sol, dans les vallées, et pas un brouillard uniforme partout ?"
        ),
        _u(
            "des lucioles qui flottent au crépuscule dans un jardin 3D, avec une petite lueur qui pulse. Des particules ? des sprites ?"
        ),
        _u(
            "Pour un musée en ligne, on veut que les tableaux 3D aient un léger reflet de vitre quand on tourne autour. C'est un matériau spécial ?"
        ),
        _u(
            "En WGSL, comment je déclare un storage buffer en lecture-écriture pour un compute shader qui met à jour 1 million de particules ?"
        ),
        _u(
            "PlayCanvas : mon personnage importé a l'animation de marche qui saute au début de chaque boucle. Ça vient de l'export ou du graphe d'animation ?"
        ),
        _u(
            "Pourquoi on multiplie par la matrice modèle-vue-projection dans le vertex shader, et dans quel ordre ?"
        ),
        _u("C'est quoi le clip space et pourquoi on divise par w après ?"),
        _u(
            "Sur Quest 3, ma scène WebXR tourne à 40 fps. Quels sont les premiers trucs à regarder pour gagner des images ?"
        ),
        _u(
            "j'arrive pas à avoir des ombres douces dans three, elles sont pixelisées avec des escaliers partout. PCFSoft change rien"
        ),
        _u(
            "Pour une appli de cartographie, je veux extruder les bâtiments OSM en 3D avec des fenêtres éclairées la nuit. Un shader procédural suffit ?"
        ),
        _u(
            "Le postprocessing de pmndrs avec un SSAO, ça coûte combien en perf comparé au SSAO natif de three ?"
        ),
        _m(
            "J'ai une scène three.js avec un océan fait d'un plan subdivisé et d'un shader de vagues.",
            "Très bien. Vous déplacez les sommets dans le vertex shader avec des sinus, je suppose ? Que voulez-vous modifier ?",
            "oui. fais les vagues plus grosses et plus lentes",
        ),
        _m(
            "Tu peux m'aider à ajouter du brouillard dans ma forêt en r3f ?",
            "Bien sûr : ajoutez <fog attach=\"fog\" args={['#a0b0a0', 10, 60]} /> dans votre Canvas. Les deux nombres sont le début et la fin du brouillard.",
            "plus dense, et qu'au loin on ne voie plus rien du tout",
        ),
        _m(
            "J'ai fait une pluie de particules dorées pour l'écran de victoire de mon jeu.",
            "Sympa ! Vous utilisez des Points avec une texture ou des sprites instanciés ?",
            "des Points. et il faudrait qu'elles scintillent aussi",
        ),
        _m(
            "Notre showroom de meubles en WebXR marche avec la souris et le clavier.",
            "Parfait. Vous utilisez les contrôles de la caméra classique pour le desktop ?",
            "oui. et avec les manettes du Quest ?",
        ),
        _m(
            "Merci pour la recette de la tarte tatin, elle était parfaite !",
            "Avec plaisir ! Bon appétit.",
            "Autre chose, rien à voir : dans mon jeu en three.js le personnage saute mais retombe à travers le sol une fois sur dix. Pourquoi ?",
        ),
        _m(
            "Peux-tu corriger les fautes de ce mail à mon bailleur ?",
            "Voici la version corrigée : « Madame, je vous informe que... »",
            "Top merci. Sinon question graphisme : pourquoi mes ombres disparaissent quand je m'éloigne un peu dans ma scène 3D ?",
        ),
        _m(
            "Comment je fais tourner mon modèle de montre sur lui-même ?",
            "Dans votre boucle de rendu : montre.rotation.y += 0.01; ou mieux, utilisez le delta de l'horloge pour que la vitesse ne dépende pas du framerate.",
            "ok et si je veux que ça s'arrête quand l'utilisateur attrape le modèle à la souris ?",
        ),
        _m(
            "Mon terrain est généré avec du bruit de Perlin dans un vertex shader.",
            "D'accord. Vous recalculez aussi les normales dans le shader, ou elles restent celles du plan ?",
            "celles du plan je crois. c'est pour ça que l'éclairage est tout plat ?",
        ),
        _m(
            "On affiche un entrepôt 3D avec les racks et les colis en temps réel.",
            "Combien de colis au maximum, environ ?",
            "jusqu'à 80 000. ça rame déjà à 10 000",
        ),
        _m(
            "Bonjour, je cherche un hôtel à Lisbonne pas trop cher.",
            "Je vous conseille de regarder le quartier de Graça, plus calme et abordable.",
            "merci ! au fait, tu sais comment faire un effet de verre dépoli sur un objet dans Babylon.js ?",
        ),
        _m(
            "J'ai un radar qui balaie la carte avec un shader.",
            "Vous calculez l'angle avec atan(uv.y, uv.x) et le comparez à un uniform de temps, c'est ça ?",
            "oui. maintenant je voudrais une traînée qui s'estompe derrière le faisceau",
        ),
        _m(
            "Pour mon planétarium web, j'affiche les étoiles avec des points.",
            "Les magnitudes sont-elles utilisées pour la taille des points ?",
            "pas encore. et il faudrait aussi qu'elles scintillent près de l'horizon",
        ),
        _s(
            "Tu es l'assistant de code intégré à l'éditeur de l'équipe produit de Lumea Design. Réponds de façon concise.",
            "Le configurateur de canapés charge 14 textures 4K par tissu, le premier affichage prend 8 secondes. Comment réduire ça ?",
        ),
        _s(
            "Vous êtes un agent de code qui a accès au dépôt. Proposez un diff quand c'est pertinent.",
            "Dans src/scene/Lights.ts, les ombres du soleil tremblent quand la caméra bouge. Stabilise la caméra d'ombre.",
        ),
        _s(
            "Tu es un assistant technique pour les développeurs de jeux indépendants.",
            "Je veux une caméra de jeu de stratégie : vue du dessus inclinée, zoom à la molette, déplacement au bord de l'écran. Dans Babylon.js.",
        ),
        _s(
            "Assistant interne de l'agence Orvalis (visualisation architecturale).",
            "Le client veut voir son futur bureau avec la lumière réelle à 9h et à 17h en décembre. On peut placer le soleil selon la date et la latitude dans la maquette web ?",
        ),
        _s(
            "Vous êtes un assistant de programmation. L'utilisateur travaille en TypeScript.",
            "Voici mon fragment shader :\n\nprecision mediump float;\nvarying vec2 vUv;\nuniform sampler2D map;\nvoid main(){ gl_FragColor = texture2D(map, vUv) * 2.0; }\n\nPourquoi tout est cramé, blanc ?",
        ),
        _s(
            "Tu es un assistant bienveillant pour des étudiants en informatique graphique.",
            "Pourquoi on a besoin d'une matrice normale séparée au lieu d'utiliser directement la matrice modèle pour transformer les normales ?",
        ),
        _s(
            "Tu es l'assistant du support développeur de la plateforme Kartix (cartes 3D).",
            "Quand j'incline la carte à 60°, les bâtiments au fond disparaissent d'un coup. C'est le plan lointain de la caméra ?",
        ),
        _s(
            "Agent de code. Le projet utilise Vite, React et @react-three/fiber.",
            "ajoute un contrôle orbit limité : pas sous le sol, zoom entre 2 et 15 mètres",
        ),
        _s(
            "Tu aides une équipe qui fait des expériences de réalité augmentée dans le navigateur.",
            "On veut poser un modèle de plante sur la table via la caméra du téléphone, avec une ombre au sol. Android seulement pour l'instant.",
        ),
        _s(
            "Tu es un assistant de revue de code.",
            "Peux-tu relire cette boucle ?\n\nfunction animate(){\n  requestAnimationFrame(animate);\n  scene.traverse(o => { if (o.isMesh) o.material = new THREE.MeshStandardMaterial({color: o.userData.c}); });\n  renderer.render(scene, camera);\n}",
        ),
        _s(
            "Tu es un assistant pour une équipe de data-visualisation.",
            "On doit montrer les flux de camions entre entrepôts sur un globe, avec des arcs lumineux animés. deck.gl ArcLayer ou TripsLayer ?",
        ),
        _s(
            "Tu es l'assistant technique de Studio Grenat, qui fait des jeux mobiles web.",
            "nos menus sont en HTML par-dessus le canvas 3D et ça fait chuter le fps sur les vieux iPhone. pourquoi ?",
        ),
        _s(
            "Tu réponds en français, brièvement.",
            "Le rendu three.js devient tout noir quand je redimensionne la fenêtre. Le canvas se vide ?",
        ),
        _s(
            "Assistant pour développeurs WebGPU.",
            "Mon pipeline échoue avec « Binding size is smaller than the minimum binding size » dans le bind group 0. Le struct WGSL fait 52 octets.",
        ),
        _u(
            "Comment afficher le contour d'un objet sélectionné, genre surbrillance orange comme dans les éditeurs 3D ?"
        ),
        _u(
            "J'aimerais un effet de chaleur qui fait onduler l'air au-dessus d'un feu de camp dans ma scène."
        ),
        _u(
            "quelle différence entre une lumière ponctuelle et une spot light, côté coût en ombres ?"
        ),
        _u(
            "Mon modèle glTF est tout petit et décalé du centre quand je l'importe. Comment le recentrer et le mettre à l'échelle automatiquement ?"
        ),
        _u(
            "Pour une appli de jardinage en 3D, je voudrais que l'herbe se couche quand le personnage marche dedans. C'est un shader ou de la physique ?"
        ),
    ],
    "ru": [
        _u(
            "Зимняя сцена с домиками: хочу, чтобы на крышах и на верхних гранях веток лежал снег, но моделить его отдельно не хочется. Можно это как-то шейдером по направлению нормали?"
        ),
        _u(
            "Нужна лава, которая медленно течёт, с тёмной коркой и светящимися трещинами между кусками. Для вулкана в браузерной игре."
        ),
        _u(
            "как сделать северное сияние на небе, чтобы ленты колыхались? сцена ночной тундры, камеру можно вращать"
        ),
        _u("Хочу лунную дорожку на воде — полоса бликов до горизонта, которая дрожит на волнах."),
        _u(
            "Эффект ударной волны после взрыва: картинка вокруг искажается кольцом, которое расходится. Это постобработка?"
        ),
        _u(
            "Хочу дверь-портал: смотришь в проём — а там другой мир, а обойдёшь дверь сзади — ничего нет. Как это делают?"
        ),
        _u(
            "В модели здания для эксплуатационщиков нужно смотреть трубы сквозь стены, как рентгеном. Стены полупрозрачные выглядят кашей. Есть приёмы получше?"
        ),
        _u(
            "Архитекторы просят разрез здания: двигаешь плоскость — и видно этажи в сечении, срез закрашен. Как сделать в three.js?"
        ),
        _u(
            "Мокрый асфальт после дождя, в лужах отражаются фонари и витрины. Что дешевле — SSR или кубкарты?"
        ),
        _u(
            "Смена дня и ночи: небо должно плавно краснеть на закате, потом звёзды. Какую модель неба взять?"
        ),
        _u(
            "Каустики на дне бассейна — эти бегающие светлые сетки. Можно подделать текстурой или надо честно считать?"
        ),
        _u(
            "Хочу мультяшный стиль: ступенчатое освещение и чёрная обводка по контуру. Какой подход самый простой?"
        ),
        _u(
            "Нужно показать в браузере CAD-модель турбины на 5 миллионов треугольников. На ноутбуке инженера 8 fps. С чего начинать оптимизацию?"
        ),
        _u(
            "Конфигуратор флакона духов: стекло должно преломлять, жидкость внутри цветная. transmission в MeshPhysicalMaterial подойдёт?"
        ),
        _u(
            "Кольцо с бриллиантом в 3D выглядит как пластик. Как получить игру света, радужные искры?"
        ),
        _u(
            "Облако точек с лазерного сканирования моста, 300 млн точек. Как показывать в браузере — Potree? Или самим на WebGPU?"
        ),
        _u(
            "Тепловая карта Wi-Fi в 3D-модели офиса: объём воздуха раскрашен по силе сигнала. Это volume rendering или можно слоями?"
        ),
        _u(
            "Есть карта высот Эльбруса (GeoTIFF). Как сделать из неё рельеф в браузере с нормальным освещением склонов?"
        ),
        _u(
            "В карте нормалей рельеф выглядит вдавленным, а не выпуклым. Говорят, зелёный канал перевёрнут — это как?"
        ),
        _u(
            "Вокруг листьев тёмная кайма на краях текстуры. Что такое premultiplied alpha и поможет ли?"
        ),
        _u("Что такое shadow acne и как подобрать bias, чтобы тени не отрывались от объектов?"),
        _u("Тонмаппинг ACES или AgX — в чём разница на практике для предметной визуализации?"),
        _u(
            "Прозрачные стёкла в модели машины рисуются в неправильном порядке — заднее поверх переднего. Почему так и что делать?"
        ),
        _u("MSAA или FXAA для WebGL на мобилках? Где лесенки меньше и что дешевле?"),
        _u(
            "Камера при вращении вокруг модели вдруг переворачивается у полюса. Это gimbal lock? Кватернионы помогут?"
        ),
        _u("Что такое raymarching по SDF и можно ли им нарисовать облака в реальном времени?"),
        _u("Объясните IBL: зачем нужна HDR-панорама окружения, если у меня и так есть лампы?"),
        _u(
            "Как отрисовать каркас поверх закрашенной модели без дублирования геометрии? Слышал про барицентрические координаты."
        ),
        _u(
            "Воксельная игра типа майнкрафта на WebGL: как собирать чанки в один меш и убирать невидимые грани?"
        ),
        _u(
            "Космическая стрелялка: нужен скайбокс с туманностями и звёздами, который не двигается при полёте. Как правильно?"
        ),
        _u(
            "Tower defense на Babylon.js: пули — 2000 мелких объектов одновременно. Как их рисовать, чтобы не тормозило?"
        ),
        _u(
            "Танчики в браузере: следы гусениц на песке, которые постепенно исчезают. Декали? Рендер в текстуру?"
        ),
        _u(
            "Как анимировать пролёт камеры по сцене по скроллу страницы? Лендинг с 3D-кроссовком, r3f."
        ),
        _u("Theatre.js или GSAP для анимации камеры в промо-ролике на three.js?"),
        _u(
            "gltf-transform: какими командами сжать модель — meshopt, текстуры в KTX2, чтобы было меньше 5 МБ?"
        ),
        _u(
            "В useFrame я создаю new Vector3 каждый кадр. Это реально бьёт по производительности или миф?"
        ),
        _u(
            "Экспортировал сцену из Spline, в three.js материалы выглядят иначе, чем в редакторе. Почему?"
        ),
        _u("Cesium 3D Tiles: как подгрузить свою фотограмметрию завода и совместить с рельефом?"),
        _u(
            "Для голограммы в sci-fi интерфейсе: синие полосы бегут снизу вверх, края светятся, иногда глитч. Как собрать такой шейдер?"
        ),
        _u(
            "Нужны падающие лепестки сакуры, чтобы кружились и ложились на землю. Какой подход для частиц с вращением?"
        ),
        _m(
            "Сделал снегопад частицами в сцене с домиками.",
            "Отлично. Сколько частиц и как двигаете — на CPU или в шейдере?",
            "в шейдере, 20 тысяч. сделай гуще и пусть ветер сносит вбок",
        ),
        _m(
            "У меня закат в сцене с Sky из three/examples.",
            "Хорошо, высоту солнца задаёте через sunPosition?",
            "да. сделай небо краснее и длиннее тени",
        ),
        _m(
            "Интерактивная модель квартиры, можно кликать по комнатам.",
            "Клики ловите через Raycaster?",
            "да. и чтобы при наведении комната подсвечивалась",
        ),
        _m(
            "Сделал вращающийся глобус с точками городов.",
            "Отлично. Точки — это Points или отдельные меши?",
            "Points. а на телефоне всё это нормально пойдёт?",
        ),
        _m(
            "Посчитай налог с продажи квартиры, если владел 3 года.",
            "Если квартира в собственности больше минимального срока, налог обычно не платится. Уточните, как она была получена.",
            "понял, спасибо. другой вопрос: как в three.js сделать, чтобы тень от облаков ползла по земле?",
        ),
        _m(
            "Напиши стишок на день рождения коллеги.",
            "Коллеге нашему желаем / терпенья, отпуска и сил...",
            "Отлично) теперь по работе: шейдер радуги на мыльном пузыре, GLSL, можешь?",
        ),
        _m(
            "Хочу голограмму с полосами в шейдере.",
            "Вот базовый вариант: float line = step(0.5, fract(vPos.y * 40.0 - uTime)); gl_FragColor = vec4(0.2, 0.8, 1.0, line * 0.6);",
            "а глитч добавить? чтобы иногда дёргалась вбок",
        ),
        _m(
            "Делаю аквариум в 3D, рыбки плавают стаей.",
            "Для стаи подойдёт алгоритм boids. Сколько рыб планируете?",
            "штук 500. и чтобы от курсора разбегались",
        ),
        _m(
            "Лес на r3f, деревья через Instances из drei.",
            "Сколько экземпляров?",
            "10 тысяч. а тени от них можно, или это самоубийство?",
        ),
        _m(
            "Сделал лаву шейдером, светится красиво.",
            "Можно добавить bloom, чтобы свечение выходило за края. Используете EffectComposer?",
            "нет пока. добавь, но чтобы светилась только лава",
        ),
        _m(
            "Карта Москвы в deck.gl, здания выдавлены.",
            "Используете PolygonLayer с extruded: true?",
            "да. теперь нужно, чтобы ночью окна горели",
        ),
        _m(
            "Как вам мой вопрос про ипотеку, понятно объяснили?",
            "Надеюсь, что да! Если будут вопросы по ставке — пишите.",
            "ок. слушай, а почему у меня на модели в Babylon все швы UV видны как белые линии?",
        ),
        _s(
            "Ты встроенный помощник в IDE студии «Ортосфера». Отвечай кратко.",
            "Конфигуратор кухонь грузит по 12 текстур 4K на фасад, первая загрузка 9 секунд. Что сделать первым делом?",
        ),
        _s(
            "Ты агент с доступом к репозиторию. Предлагай дифф.",
            "в src/scene/water.ts отражения в воде рвутся у краёв экрана. разберись",
        ),
        _s(
            "Ты помощник для разработчиков браузерных игр.",
            "Нужна камера от третьего лица для платформера, которая не залезает в стены и плавно отъезжает назад. Babylon.js.",
        ),
        _s(
            "Внутренний ассистент архитектурного бюро «Квадр».",
            "Хотим выкладывать клиентам прогулку по будущему коттеджу в браузере, с дневным светом и мебелью. Что выбрать и как готовить модели из Revit?",
        ),
        _s(
            "Ты ассистент по программированию на TypeScript.",
            "Вершинный шейдер:\n\nattribute vec3 position;\nuniform mat4 projectionMatrix;\nvoid main(){ gl_Position = projectionMatrix * vec4(position, 1.0); }\n\nничего не видно на экране, хотя куб в центре. что не так?",
        ),
        _s(
            "Ты помощник для студентов курса компьютерной графики.",
            "Чем отличается forward от deferred рендеринга и почему в браузере чаще forward?",
        ),
        _s(
            "Ты бот поддержки платформы 3D-карт «Гео-Объём».",
            "При большом наклоне камеры дальние кварталы становятся размытыми. Это LOD тайлов или фильтрация текстур?",
        ),
        _s(
            "Агент. Проект: Vite + React + @react-three/fiber + drei.",
            "сделай, чтобы модель кроссовка медленно вращалась, а при наведении на шнурки они подсвечивались",
        ),
        _s(
            "Ты помогаешь команде, делающей дополненную реальность в браузере.",
            "WebXR hit-test: модель дивана ставится, но висит в воздухе на 10 см над полом. Куда смотреть?",
        ),
        _s(
            "Ты ревьюер кода.",
            "Глянь цикл:\n\nfunction loop(){\n  requestAnimationFrame(loop);\n  meshes.forEach(m => m.geometry = new THREE.BoxGeometry(1,1,1));\n  renderer.render(scene, camera);\n}\n\nпамять растёт, почему?",
        ),
        _s(
            "Ты помощник команды визуализации данных транспортной компании.",
            "Надо показать все рейсы электричек за сутки на 3D-карте области, поезда двигаются по времени. Какой слой deck.gl?",
        ),
        _s(
            "Отвечай на русском.",
            "После ресайза окна 3D-сцена в canvas растянутая и мыльная. Что поправить?",
        ),
        _s(
            "Помощник для разработчиков на WebGPU.",
            "Пишу compute-шейдер на WGSL для симуляции жидкости. Как синхронизировать запись и чтение между проходами?",
        ),
        _u("Что такое depth prepass и когда он даёт выигрыш?"),
        _u("Объясните, что такое кубкарта и чем она отличается от equirectangular-панорамы."),
        _u("Атлас текстур vs массив текстур в WebGL2 — что выбрать для 200 разных вывесок?"),
        _u("Uniform buffer objects в WebGL2 — зачем они, если можно просто uniform?"),
        _u(
            "сцена в браузере греет ноутбук как печка даже когда ничего не двигается. можно рендерить только при изменениях?"
        ),
    ],
    "ko": [
        _u(
            "밤하늘 도시 위로 불꽃놀이가 터지는 장면을 웹에서 만들고 싶어요. 터질 때 주변 건물도 잠깐 밝아지게 하려면 어떻게 하나요?"
        ),
        _u(
            "비 오는 날 창문에 물방울이 맺혀서 흘러내리는 효과, 창 너머 풍경은 살짝 일그러져 보이게. 셰이더로 가능한가요?"
        ),
        _u(
            "창문으로 햇빛이 들어오면서 먼지 낀 공기에 빛줄기가 보이는 거 있잖아요. 그거 실시간으로 하려면 뭐가 필요해요?"
        ),
        _u(
            "깃발이 바람에 펄럭이는 걸 만들고 싶은데 물리 엔진까지 써야 하나요? 그냥 보기 좋기만 하면 돼요."
        ),
        _u(
            "게임에서 폭발할 때 화면 흔들리는 카메라 쉐이크, 자연스럽게 하는 방법 있나요? 지금은 랜덤으로 위치만 흔들어서 어지러워요."
        ),
        _u(
            "캐릭터 머리카락이 걸을 때 살랑살랑 흔들리게 하고 싶어요. 본 애니메이션 없이 버텍스 셰이더로 흉내 낼 수 있을까요?"
        ),
        _u(
            "구름 위를 나는 비행 장면인데 구름이 납작한 이미지처럼 보여요. 입체적인 구름은 어떻게 그리나요?"
        ),
        _u("해변 모래사장에 캐릭터 발자국이 찍히고 파도가 오면 지워지는 효과 만들고 싶어요."),
        _u(
            "화면 구석에 위에서 내려다보는 미니맵을 넣고 싶은데, 카메라를 하나 더 만들어서 렌더해야 하나요?"
        ),
        _u(
            "FPS처럼 마우스로 시점 돌리는 1인칭 카메라 만들려는데, 클릭하면 커서가 사라지고 고정되는 거 어떻게 해요?"
        ),
        _u(
            "제 3D 장면이 전체적으로 뿌옇고 물 빠진 색처럼 보여요. 텍스처는 분명 쨍한데 왜 그럴까요?"
        ),
        _u(
            "맥북 레티나에서 돌리면 팬이 미친 듯이 돌아요. devicePixelRatio를 그대로 쓰면 안 되나요?"
        ),
        _u(
            "로우폴리 스타일로 면마다 각지게 보이게 하고 싶은데, 면 노멀이랑 정점 노멀 차이가 뭔가요?"
        ),
        _u(
            "자동차 도장 재질에서 클리어코트가 정확히 뭘 표현하는 거예요? 설정하니까 반사가 두 겹으로 보이네요."
        ),
        _u("금속 재질로 바꾸면 모델이 그냥 새까맣게 나와요. 조명은 충분히 밝은데 왜 이래요?"),
        _u("멀리 있는 바닥 타일이 지글지글 깜빡여요. 밉맵 문제라는데 밉맵이 정확히 뭔가요?"),
        _u(
            "건물 외벽에 간판을 붙였더니 카메라 움직일 때마다 간판이 벽이랑 번갈아 깜빡여요. 왜 그런 거예요?"
        ),
        _u(
            "셰이더에서 색을 계산할 때 선형 공간에서 해야 한다는 게 무슨 뜻이에요? 감마 보정이랑 무슨 관계?"
        ),
        _u("모바일 웹에서 드로우콜 몇 개까지가 안전한가요? 지금 1200개 정도 나와요."),
        _u(
            "같은 의자 모델을 공연장 좌석으로 3000개 배치했는데 너무 느려요. 인스턴싱 쓰면 얼마나 나아지나요?"
        ),
        _u(
            "넓은 야외 맵에서 그림자가 가까이는 흐릿하고 멀리는 아예 없어요. 캐스케이드 섀도우맵이 답인가요?"
        ),
        _u("디퍼드 렌더링에서 쓰는 G-버퍼에 보통 뭐가 들어가요? 웹에서도 쓸 만해요?"),
        _u(
            "지형이 넓어서 카메라 near를 0.01, far를 100000으로 했더니 멀리 있는 산이 깨져 보여요. 로그 깊이 버퍼가 뭔가요?"
        ),
        _u("노멀 맵이랑 범프 맵 차이가 뭐예요? 벽돌 벽에 뭘 쓰는 게 나아요?"),
        _u("AO 맵을 넣었는데 아무 변화가 없어요. 두 번째 UV가 필요하다던데 요즘도 그런가요?"),
        _u(
            "스마트 팩토리 디지털 트윈인데 AGV 로봇 40대가 실시간 좌표대로 3D 공장 바닥을 돌아다니게 하려고 해요. 움직임이 뚝뚝 끊기는데 보간은 어떻게 해요?"
        ),
        _u(
            "자동차 컨피규레이터에서 휠을 바꾸면 모델 전체를 다시 불러오는데 너무 오래 걸려요. 부품만 갈아끼우는 구조로 하려면요?"
        ),
        _u(
            "웹캠으로 얼굴 인식해서 안경을 가상으로 씌워보는 기능, three.js로 만들 수 있나요? 안경다리가 얼굴 뒤로 가려져야 해요."
        ),
        _u(
            "지하철역별 승하차 인원을 서울 지도 위에 3D 막대로 세우고 시간대별로 애니메이션 하고 싶어요. deck.gl로요."
        ),
        _u(
            "태풍 경로를 3D 지구본 위에 선으로 그리고 중심 주변에 회전하는 구름을 보여주고 싶어요. Cesium이 맞을까요?"
        ),
        _u(
            "메타버스 전시관처럼 아바타로 부스를 돌아다니는 웹 페이지, PlayCanvas랑 Babylon 중 뭐가 팀 협업에 편해요?"
        ),
        _u(
            "아파트 단지 조감도를 웹에서 돌려볼 수 있게 하고, 동을 클릭하면 평면도가 뜨게 하려고 합니다. 건물 모델 클릭 판정은 어떻게 하나요?"
        ),
        _u("InstancedMesh에서 특정 인스턴스만 클릭해서 색 바꾸려면 raycast 결과에서 뭘 봐야 해요?"),
        _u(
            "3D 텍스트로 가게 간판을 만들었는데 한글 폰트가 안 나와요. typeface json 변환할 때 한글 범위도 넣어야 하나요?"
        ),
        _u(
            "레이저 쇼처럼 여러 색 빔이 연기 속에서 부채꼴로 움직이는 효과. 빔은 그냥 원뿔 메시에 가산 블렌딩이면 되나요?"
        ),
        _u("WebGPU로 파티클 100만 개 돌리는 예제 있을까요? WGSL 컴퓨트 셰이더 구조가 궁금해요."),
        _u("A-Frame으로 VR 갤러리 만들었는데 텔레포트 이동은 어떻게 넣어요?"),
        _u(
            "KTX2로 텍스처 바꾸니까 용량은 줄었는데 노멀맵이 뭉개져요. UASTC로 해야 하나요, ETC1S로 해야 하나요?"
        ),
        _u(
            "드라코 압축한 glb를 r3f에서 useGLTF로 불러오는데 디코더 경로 에러가 나요. 로컬에 두려면 어떻게 해요?"
        ),
        _m(
            "three.js로 호수 만들고 있어요. Water 예제 쓰는 중이에요.",
            "좋아요. 물결 세기는 distortionScale로 조절하고, 색은 waterColor로 바꿀 수 있어요.",
            "물결 좀 더 느리게 해 주세요",
        ),
        _m(
            "파티클로 벚꽃잎 날리는 거 만들었어요.",
            "멋지네요! 회전은 각 파티클마다 랜덤으로 주고 있나요?",
            "네. 색깔을 보라색 계열로도 바꿔볼래요",
        ),
        _m(
            "포스트 프로세싱으로 블룸이랑 SSAO 넣었어요.",
            "좋습니다. 성능은 어떤가요?",
            "데스크톱은 괜찮은데 모바일에서는 끄고 싶어요",
        ),
        _m(
            "r3f로 책상 위 소품들 배치했어요. 조명은 ambient 하나뿐이에요.",
            "그러면 입체감이 약할 거예요. directionalLight를 하나 추가해 보세요.",
            "추가했어요. 이제 그림자도 넣어 주세요",
        ),
        _m(
            "김치찌개 맛있게 끓이는 비법 알려줘.",
            "묵은지를 먼저 돼지고기와 충분히 볶은 뒤 물을 넣으면 깊은 맛이 나요.",
            "고마워! 근데 갑자기 궁금한 건데, 셰이더에서 시간에 따라 색이 무지개처럼 바뀌게 하려면?",
        ),
        _m(
            "이 영어 메일 좀 자연스럽게 고쳐줘: I want to meet you for discuss the project.",
            "I'd like to meet with you to discuss the project.",
            "굿. 다른 얘기인데 Babylon.js에서 카메라가 바닥 밑으로 안 내려가게 막는 법?",
        ),
        _m(
            "3D 지구본에 항공 노선을 곡선으로 그렸어요.",
            "좋아요. 곡선은 QuadraticBezierCurve3로 만드셨나요?",
            "네. 이제 선 위로 빛이 흘러가는 애니메이션 넣고 싶어요",
        ),
        _m(
            "화면 흔들림 넣었어요, 감사합니다.",
            "도움이 됐다니 다행이에요. 진폭은 거리 기반으로 줄이면 더 자연스러워요.",
            "폭발이 멀리서 나면 덜 흔들리게 그걸로 해 주세요",
        ),
        _m(
            "미니맵용 카메라 추가했어요.",
            "렌더 타깃에 그린 후 화면 구석 평면에 붙이면 됩니다.",
            "미니맵에 플레이어 위치 빨간 점도 표시하고 싶어요",
        ),
        _m(
            "연기 파티클 만들었는데 가장자리가 네모나게 잘려 보여요.",
            "텍스처 알파가 가장자리에서 0이 되는지 확인해 보세요. depthWrite도 false로 해야 해요.",
            "했는데 이제 연기가 다른 물체 뒤에서도 보여요",
        ),
        _m(
            "VR 모드에서 손 모델 보이게 했어요.",
            "좋습니다. hand tracking 입력은 잘 들어오나요?",
            "네. 이제 손으로 버튼 누르는 것도요",
        ),
        _m(
            "오늘 날씨 어때?",
            "저는 실시간 날씨를 확인할 수 없어요. 지역 날씨 앱을 참고해 주세요.",
            "ㅇㅋ. 그럼 이거: 웹 3D 뷰어에서 모델 로딩 중에 진행률 바 띄우는 법",
        ),
        _s(
            "당신은 사내 코드 어시스턴트입니다. 간결하게 답하세요.",
            "가구 컨피규레이터에서 원단 바꿀 때마다 화면이 0.5초 멈춰요. 텍스처 업로드 때문일까요?",
        ),
        _s(
            "너는 저장소에 접근할 수 있는 코딩 에이전트야. 필요하면 diff로 제안해.",
            "src/viewer/Camera.ts 에서 줌할 때 모델 안으로 파고드는 문제 고쳐줘. 최소 거리 걸어줘",
        ),
        _s(
            "인디 게임 개발자를 돕는 어시스턴트입니다.",
            "탑다운 슈팅 게임인데 적이 죽을 때 픽셀 조각으로 흩어지는 효과 넣고 싶어요. 웹 기반이에요.",
        ),
        _s(
            "건축 설계사무소 '한결'의 내부 도우미입니다.",
            "설계 중인 도서관을 웹에서 걸어다니며 볼 수 있게 하고 싶어요. 시간대별 채광 변화도 보여주고요. 어떤 순서로 작업하면 될까요?",
        ),
        _s(
            "당신은 프로그래밍 도우미입니다.",
            "이 프래그먼트 셰이더가 검은 화면만 나와요.\n\nvoid main(){\n  vec3 c = texture2D(uTex, vUv).rgb;\n  gl_FragColor = vec4(c, 0.0);\n}",
        ),
        _s(
            "컴퓨터 그래픽스 수업 조교 봇입니다. 친절하게 설명하세요.",
            "투영 행렬에서 원근 투영과 직교 투영 차이가 화면에 어떻게 나타나는지 궁금해요.",
        ),
        _s(
            "3D 지도 플랫폼 '입체맵' 개발자 지원 봇입니다.",
            "건물 레이어를 켜면 밤 모드에서 건물이 너무 밝게 떠 보여요. 조명 값을 바꿀 수 있나요?",
        ),
        _s(
            "코딩 에이전트. 스택: Next.js, @react-three/fiber, drei.",
            "제품 페이지 3D 뷰어에 환경맵 넣고 바닥에 부드러운 접지 그림자 추가해줘",
        ),
        _s(
            "웹 AR 프로젝트를 돕는 어시스턴트입니다.",
            "아이폰 사파리에서는 WebXR이 안 된다는데, 가구 AR 미리보기는 어떻게 대응해야 하나요?",
        ),
        _s(
            "코드 리뷰 봇입니다.",
            "리뷰 부탁드려요.\n\nuseFrame(() => {\n  setRotation(r => r + 0.01)\n})\n\n회전 상태를 useState로 관리하는데 이상하게 느려요.",
        ),
        _s(
            "데이터 시각화 팀 도우미입니다.",
            "전국 택배 물동량을 3D 지도 위에 시간 흐름으로 보여줘야 해요. 트럭 경로가 빛나는 선으로 이동하게요.",
        ),
        _s(
            "한국어로 짧게 답하세요.",
            "캔버스 크기 바꾸면 3D 모델이 찌그러져요. 카메라 aspect 말고 또 뭘 바꿔야 해요?",
        ),
        _s(
            "WebGPU 개발자 도우미입니다.",
            "requestAdapter가 null을 반환해요. 크롬 최신인데 리눅스라서 그런가요?",
        ),
        _u("렌더 타깃이 뭔지, 그리고 왜 포스트 프로세싱할 때 꼭 필요한지 설명해 주세요."),
        _u("오클루전 컬링이랑 프러스텀 컬링 차이는요? 건물 많은 도시 장면이에요."),
        _u("LOD를 three.js에서 자동으로 바꾸게 하려면 어떻게 설정해요? 나무 모델 3단계 있어요."),
        _u("물체가 투명한데 뒤에 있는 투명 물체가 앞에 그려져요. 정렬 문제인가요?"),
        _u(
            "밤 장면에서 가로등 30개에 전부 포인트 라이트 넣었더니 프레임이 바닥이에요. 어떻게 줄이죠?"
        ),
    ],
    "it": [
        _u(
            "Devo fare una fontana in una piazza 3D, con i getti d'acqua che salgono e ricadono nella vasca. Particelle o mesh animata?"
        ),
        _u(
            "Una vetrata colorata in una chiesa virtuale che proietta macchie di luce colorata sul pavimento quando entra il sole. Si può fare in tempo reale nel browser?"
        ),
        _u(
            "Vorrei una candela con la fiamma che tremola e la luce sulla parete che oscilla insieme. Come sincronizzo le due cose?"
        ),
        _u(
            "Pioggia che cade con gli schizzi quando tocca il selciato, per una scena notturna di Venezia. Da dove parto?"
        ),
        _u(
            "Mi piacerebbe un effetto acquerello su tutta la scena, tipo illustrazione, invece del solito look realistico. È post-processing?"
        ),
        _u(
            "Il campo di grano nella mia scena è immobile. Vorrei delle onde che lo attraversano come quando tira vento."
        ),
        _u(
            "Nel configuratore del bagno c'è uno specchio che deve riflettere la stanza. Il riflesso però è sfocato e in basso risoluzione, come miglioro?"
        ),
        _u(
            "Per un museo stiamo ricostruendo il Foro Romano in 3D, con una visita guidata dove la camera segue un percorso e si ferma davanti ai monumenti. Come gestisco il percorso della camera?"
        ),
        _u(
            "Gioco di kart nel browser: voglio il fumo che esce dalle gomme in derapata e le tracce nere sull'asfalto."
        ),
        _u(
            "Spiaggia con 5000 ombrelloni e lettini tutti uguali, il frame rate crolla. Cosa devo usare?"
        ),
        _u(
            "Configuratore di biciclette: il cliente sceglie colore del telaio, sella e ruote. Conviene un materiale per pezzo o cambiare le texture?"
        ),
        _u(
            "Ho un vigneto in 3D ricostruito da drone, con i filari. Vorrei colorare le piante in base ai dati NDVI. Come passo i dati allo shader?"
        ),
        _u(
            "Il riflesso del sole al tramonto sul mare deve essere una scia dorata che luccica. Come si ottiene?"
        ),
        _u("Cos'è il backface culling e perché il mio piano sparisce se lo guardo da dietro?"),
        _u("Perché le mie texture appaiono capovolte quando le carico a mano in WebGL?"),
        _u(
            "MeshStandardMaterial o MeshPhysicalMaterial: quando vale la pena usare il secondo? Costa tanto di più?"
        ),
        _u("Cos'è il quad a schermo intero che si usa nel post-processing?"),
        _u("Mi spieghi la matrice di vista? Non capisco perché si muove il mondo e non la camera."),
        _u(
            "Conviene fare il baking delle lightmap per un interno di villa, invece di luci in tempo reale?"
        ),
        _u(
            "Come si fa la profondità di campo, con lo sfondo sfocato quando metto a fuoco un gioiello?"
        ),
        _u(
            "Differenza tra morph target e skinning? Ho un volto che deve sorridere e una mano che si chiude."
        ),
        _u(
            "La mia scena sembra tutta slavata, grigiastra. Ho messo tone mapping ACES e outputColorSpace, ma niente."
        ),
        _u(
            "Con il monitor 4K dell'ufficio il modello dell'edificio scatta, col portatile no. Devo abbassare il pixel ratio?"
        ),
        _u(
            "Lo stencil buffer si può usare per fare una finestra che mostra l'interno di un motore tagliato?"
        ),
        _u(
            "I metalli del mio modello sono neri anche sotto un faro potentissimo. Mi manca una mappa d'ambiente?"
        ),
        _u(
            "Che cos'è lo z-fighting e perché le piastrelle del pavimento e il tappeto si mescolano tremolando?"
        ),
        _u("Quante draw call regge un telefono di fascia media per un gioco WebGL?"),
        _u("Ombre: 2048 o 4096 per una scena d'interni? Le vedo seghettate sul divano."),
        _u(
            "Nel Node Material Editor di Babylon come creo un materiale che si dissolve dal basso verso l'alto?"
        ),
        _u(
            "three.js con WebGPURenderer e TSL: come scrivo un materiale che cambia colore in base all'altezza del vertice?"
        ),
        _u(
            "drei Environment: meglio un preset o un HDR mio per un configuratore di scarpe? Il bianco deve restare bianco."
        ),
        _u(
            "deck.gl TripsLayer per mostrare i vaporetti a Venezia nel corso della giornata: come preparo i dati dei percorsi?"
        ),
        _u(
            "In CesiumJS voglio il terreno delle Dolomiti con le piste da sci disegnate sopra che seguono il rilievo."
        ),
        _u("A-Frame o three.js puro per una visita VR di un agriturismo da vedere col visore?"),
        _u(
            "WebXR in modalità AR: come faccio a far apparire un modello di macchina da caffè sul bancone con l'ombra giusta?"
        ),
        _m(
            "Ho fatto la fontana con le particelle, funziona!",
            "Ottimo. Usi gravità costante nel vertex shader?",
            "sì. fai i getti più alti e con più gocce",
        ),
        _m(
            "La nebbia del mio borgo medievale è esponenziale, FogExp2.",
            "Bene, la densità attuale quanto vale?",
            "0.02. la voglio più fitta e un po' azzurrina",
        ),
        _m(
            "Ho messo le lucciole nel giardino della villa.",
            "Carino! Sono sprite additivi?",
            "sì. e che si spengano quando il giocatore si avvicina",
        ),
        _m(
            "Ho il tour VR del castello funzionante col mouse.",
            "Per il desktop usi PointerLockControls?",
            "esatto. e con i controller del visore come si fa?",
        ),
        _m(
            "Mi consigli un buon libro di storia romana?",
            "«SPQR» di Mary Beard è un'ottima introduzione.",
            "grazie! ora una cosa diversa: come faccio una cupola di vetro trasparente che non nasconde le statue dentro, in three.js?",
        ),
        _m(
            "Scrivimi un messaggio di auguri per mia nonna.",
            "Cara nonna, tanti auguri di cuore per i tuoi 90 anni...",
            "perfetto. domanda tecnica: perché il mio modello glb appare tutto nero in Babylon?",
        ),
        _m(
            "Ho un radar che gira sulla mappa 3D della città.",
            "Il fascio è un cono trasparente o un effetto nello shader del terreno?",
            "nello shader. ora vorrei che i palazzi colpiti restino illuminati per un attimo",
        ),
        _m(
            "Il cielo stellato del planetario è fatto con Points.",
            "Le posizioni vengono da un catalogo come Hipparcos?",
            "sì. adesso aggiungi le linee delle costellazioni",
        ),
        _m(
            "Abbiamo il gemello digitale del magazzino con i muletti che si muovono.",
            "I muletti ricevono posizione via WebSocket?",
            "sì. vorrei anche la scia del percorso dell'ultima ora",
        ),
        _m(
            "Ho messo il bloom nella scena notturna.",
            "Bene, usi UnrealBloomPass?",
            "sì. troppo forte, si vede tutto sfocato",
        ),
        _m(
            "Grazie per la spiegazione sulle tasse della partita IVA.",
            "Di nulla! Per i dettagli conviene sentire un commercialista.",
            "certo. senti, la camera in terza persona del mio gioco entra nei muri, come la blocco?",
        ),
        _s(
            "Sei l'assistente di codice integrato nell'IDE di Ferrante Interni. Rispondi in breve.",
            "Il configuratore di cucine mostra le ante con riflessi strani a scacchi. Il modello ha UV sovrapposte?",
        ),
        _s(
            "Sei un agente di programmazione con accesso al repository.",
            "In src/world/Ocean.ts le onde si vedono ripetersi ogni 50 metri. Rendile meno ripetitive.",
        ),
        _s(
            "Assistente per sviluppatori di videogiochi indipendenti.",
            "Vorrei un effetto di danno sullo schermo: bordi rossi e leggera aberrazione cromatica quando il giocatore viene colpito.",
        ),
        _s(
            "Assistente interno dello studio di architettura Bellandi & Riva.",
            "Il cliente vuole girare nel progetto della sua nuova casa dal tablet, con i materiali reali e la luce di giugno. Come prepariamo il modello da Archicad per il web?",
        ),
        _s(
            "Sei un tutor di grafica computerizzata per studenti universitari.",
            "Perché si usano coordinate omogenee a 4 componenti per i punti 3D?",
        ),
        _s(
            "Sei l'assistente del supporto sviluppatori di Mappamondo3D.",
            "Quando zoomo molto sul terreno compaiono crepe tra le tile. Da cosa dipende?",
        ),
        _s(
            "Agente di codice. Stack: React, @react-three/fiber, drei, zustand.",
            "quando clicco una stanza nel modello dell'appartamento, la camera deve volare lì dentro con un'animazione morbida",
        ),
        _s(
            "Sei un revisore di codice.",
            "Guarda qui:\n\nconst tex = new THREE.TextureLoader().load(url)\nmaterial.map = tex\n\nlo faccio ogni volta che l'utente cambia colore e dopo un po' la pagina crasha",
        ),
        _s(
            "Rispondi in italiano.",
            "Come metto un'etichetta HTML che segue un oggetto 3D sullo schermo, tipo il nome sopra un macchinario?",
        ),
        _s(
            "Assistente per sviluppatori WebGPU.",
            "Come passo una texture di profondità a un compute shader in WGSL per fare un effetto di nebbia?",
        ),
        _u(
            "Cos'è il normal mapping in tangent space e perché serve il tangente oltre alla normale?"
        ),
        _u("perché il mio modello importato da SketchUp ha le facce che sfarfallano dappertutto?"),
        _u(
            "Come faccio un'animazione di apertura di un cofanetto di gioielli con la luce che esce da dentro?"
        ),
    ],
    "pt": [
        _u(
            "Tô fazendo um estádio de futebol em 3D pro site do clube e queria a torcida nas arquibancadas se mexendo, tipo ola. São 40 mil torcedores, como não travar?"
        ),
        _u(
            "Queria uma cachoeira com aquela névoa subindo na base e a água brilhando. É pra um app de turismo da Chapada, roda no celular."
        ),
        _u(
            "Os coqueiros da minha praia em 3D estão duros que nem poste. Como faço eles balançarem com a brisa?"
        ),
        _u(
            "Um carro alegórico de carnaval em 3D com luzes piscando em sequência, tipo pisca-pisca. Melhor fazer no shader ou mudar os materiais via JS?"
        ),
        _u(
            "Quero um efeito de TV antiga de tubo em cima da cena do meu jogo: linhas, curvatura nas bordas e um chiado leve."
        ),
        _u(
            "Fogo de lareira numa sala 3D, com a luz laranja tremendo nas paredes e no sofá. Qual o jeito barato?"
        ),
        _u(
            "Neblina que desce a serra de manhã, baixa, deixando só o topo dos morros de fora. Dá pra fazer?"
        ),
        _u(
            "Temos um gêmeo digital de uma plataforma de petróleo. Os operadores querem clicar numa válvula e ver o histórico de pressão. Como ligo os objetos do modelo 3D aos IDs dos sensores?"
        ),
        _u(
            "Globo 3D com os focos de queimada do mês, pontos que brilham mais conforme a intensidade. deck.gl ou Cesium?"
        ),
        _u(
            "Configurador de sandálias: a pessoa escolhe cor da tira e estampa da sola. A estampa tem que acompanhar a curvatura. Decal ou troca de textura?"
        ),
        _u(
            "Imobiliária quer tour virtual de casa na planta, andar pelos cômodos com o mouse e trocar o piso. Qual engine vocês usariam?"
        ),
        _u(
            "Joguinho de futebol no navegador: a rede do gol precisa balançar quando a bola entra. Simulação de tecido é pesada demais?"
        ),
        _u(
            "Mapa 3D de uma fazenda de soja com talhões coloridos pela produtividade e o relevo real. Por onde começo?"
        ),
        _u(
            "minha cena tá toda desbotada, parece que tem um filtro cinza por cima. já mexi em tudo"
        ),
        _u(
            "No monitor 4K o configurador engasga, no notebook não. Tem como limitar a resolução só quando tiver lento?"
        ),
        _u("O que é um shader, afinal? Vertex e fragment fazem o quê cada um?"),
        _u("O que é o render loop e por que não posso simplesmente usar setInterval?"),
        _u(
            "Roughness e metalness no PBR: qual a diferença prática? Minha madeira parece plástico."
        ),
        _u("O que é SSAO e por que deixa os cantos da sala mais escuros?"),
        _u("O que é shadow bias? Minhas sombras estão cheias de listras no chão."),
        _u("Buffer de profundidade: por que objetos longe da câmera começam a piscar um no outro?"),
        _u("O que é um VAO no WebGL 2 e eu preciso me preocupar com isso se uso three.js?"),
        _u("Framebuffer e render target são a mesma coisa?"),
        _u(
            "Faces ou vértices: onde ficam as normais quando quero aquele visual facetado low poly?"
        ),
        _u(
            "Por que meus metais ficam pretos sem um mapa de ambiente? Na vida real metal reflete luz, não?"
        ),
        _u("Mipmap serve pra quê? A textura do gramado fica com moiré de longe."),
        _u(
            "Tenho 8 mil cadeiras iguais num auditório. Instancing resolve? E se cada uma tiver cor diferente?"
        ),
        _u("O que é o stencil buffer? Vi num tutorial de portal e não entendi."),
        _u("Quantas draw calls é aceitável no mobile? Meu jogo tá com 900."),
        _u(
            "Tamanho do shadow map pra cena externa grande: 2048 fica borrado, 8192 trava. E agora?"
        ),
        _u(
            "Linear ou sRGB: o color picker do meu app mostra uma cor e o objeto aparece com outra. Por quê?"
        ),
        _u(
            "Com r3f e @react-three/rapier, como faço uma bola quicar no chão e colidir com as paredes?"
        ),
        _u("drei Text com fonte própria: aparece quadrado no lugar do ç e do ã. Como resolve?"),
        _u(
            "No glTF dá pra ter variantes de material (KHR_materials_variants) pra trocar a cor do sofá sem baixar outro arquivo?"
        ),
        _u("Babylon.js GUI: quero um painel 3D flutuando do lado do produto com botões de cor."),
        _u(
            "PlayCanvas: como faço o lightmap no editor e depois troco a iluminação de dia pra noite?"
        ),
        _u(
            "WebXR no Quest: como mostro o teclado virtual pra pessoa digitar dentro da experiência?"
        ),
        _m(
            "Fiz o mar com o shader de ondas Gerstner.",
            "Legal! Quantas ondas você está somando?",
            "quatro. deixa as ondas maiores e com mais espuma",
        ),
        _m(
            "Botei neblina na cidade do meu jogo.",
            "Fog linear ou exponencial?",
            "linear. quero mais densa, sem ver nada lá no fundo",
        ),
        _m(
            "Fiz os fogos de artifício com partículas.",
            "Ficou bom? Está usando blending aditivo?",
            "sim. e que deixem um rastro brilhando",
        ),
        _m(
            "A visita à casa decorada já funciona no navegador.",
            "Com teclado e mouse, certo?",
            "certo. e no óculos, com os controles?",
        ),
        _m(
            "Me ajuda com um bolo de cenoura?",
            "Claro: 3 cenouras, 3 ovos, 1 xícara de óleo no liquidificador, depois farinha e açúcar...",
            "valeu! agora outra coisa: por que minhas sombras somem quando a câmera se afasta no three?",
        ),
        _m(
            "Qual a capital da Austrália?",
            "Camberra.",
            "ah tá. e como faço uma câmera em terceira pessoa que não atravessa parede no Babylon?",
        ),
        _m(
            "O radar já gira por cima dos prédios.",
            "Quer que o feixe deixe rastro?",
            "quero, e que os prédios pisquem quando o feixe passar",
        ),
        _m(
            "Fiz o céu estrelado com as posições reais.",
            "Ótimo, com base na data e na latitude?",
            "isso. agora mostra a Via Láctea também",
        ),
        _m(
            "O estádio 3D tá pronto, falta iluminação.",
            "Pensou em holofotes nas torres?",
            "sim, com o cone de luz visível",
        ),
        _m(
            "Coloquei o modelo do tênis na página com r3f.",
            "Carregando com useGLTF?",
            "isso. agora faz girar quando a pessoa arrasta o dedo no celular",
        ),
        _s(
            "Você é o assistente de código do time de e-commerce da Lojas Pitanga. Seja breve.",
            "O visualizador 3D dos produtos demora 6s pra abrir no 4G. Os .glb têm uns 30 MB. O que fazer?",
        ),
        _s(
            "Você é um agente de programação com acesso ao repositório.",
            "Em src/game/Player.ts a câmera treme quando o personagem anda na escada. Suaviza isso.",
        ),
        _s(
            "Assistente para desenvolvedores de jogos independentes.",
            "Quero um céu com ciclo de dia e noite e nuvens andando, num jogo de fazendinha no navegador.",
        ),
        _s(
            "Assistente interno do escritório de arquitetura Moraes Lins.",
            "O cliente quer ver o prédio que projetamos de noite, com as janelas acesas e a fachada iluminada, no navegador. Como fazer as luzes sem pesar?",
        ),
        _s(
            "Você é o suporte para desenvolvedores da plataforma de mapas Relevo.",
            "As linhas de ônibus desenhadas sobre o terreno 3D ficam escondidas dentro das montanhas. Como deixo por cima?",
        ),
        _s(
            "Agente de código. Projeto com Vue 3 e TresJS.",
            "adiciona sombras no chão e uma luz de ambiente suave na cena do produto",
        ),
        _s(
            "Você é revisor de código.",
            "Revisa:\n\nwindow.addEventListener('resize', () => {\n  renderer.setSize(innerWidth, innerHeight)\n})\n\na imagem fica esticada quando giro o celular",
        ),
        _s(
            "Responda em português.",
            "Como faço um contorno brilhando no objeto quando o mouse passa por cima? three.js",
        ),
        _s(
            "Assistente para desenvolvedores WebGPU.",
            "Qual a diferença entre render pass e compute pass no WebGPU e quando uso cada um?",
        ),
        _u(
            "Dá pra fazer reflexo tipo espelho d'água num lago usando uma segunda câmera? Como fica o custo?"
        ),
        _u("O que é o fator de pixel ratio e por que o celular esquenta tanto com a minha cena?"),
    ],
    "es": [
        _u(
            "Necesito un faro en la costa cuyo haz de luz gire y se vea atravesando la niebla por la noche. Es para la web de un hotel, tiene que ir fluido."
        ),
        _u(
            "Dunas en un desierto con el viento levantando arena de las crestas. ¿Cómo lo hago sin que pese una tonelada?"
        ),
        _u(
            "Un mercado nocturno con farolillos de papel que brillan y se mecen un poco. Son unos 300 farolillos, ¿cómo los ilumino sin 300 luces?"
        ),
        _u(
            "El ayuntamiento quiere un visor 3D del barrio donde se vea cómo sube el agua en una inundación, con el nivel animado por horas. ¿Por dónde empiezo?"
        ),
        _u(
            "Efecto de salto al hiperespacio: las estrellas se estiran en líneas hacia el centro. ¿Shader o partículas?"
        ),
        _u(
            "Un bloque de hielo que se va derritiendo, con el brillo y la transparencia del hielo. ¿Qué material y cómo animo que encoja?"
        ),
        _u(
            "Coche de noche en una carretera: los faros tienen que iluminar el asfalto de delante y ver los conos de luz. ¿SpotLight basta?"
        ),
        _u(
            "Escena submarina con rayos de luz que bajan desde la superficie y burbujas subiendo. Para una web de buceo."
        ),
        _u(
            "En un hospital quieren ver un TAC en volumen en el navegador, girarlo y cortar capas. ¿Se puede hacer volume rendering con WebGL 2?"
        ),
        _u(
            "Configurador de guitarras eléctricas: cambiar el acabado de la madera, el color de las pastillas y el golpeador. ¿Cómo organizo los materiales del modelo?"
        ),
        _u(
            "Mapa 3D de México con hexágonos de altura según la densidad de población, con transición al cambiar de año."
        ),
        _u(
            "Para una petrolera: visualizar las capas geológicas del subsuelo en 3D y los pozos como líneas que bajan. ¿Qué librería usarías?"
        ),
        _u(
            "Simular un eclipse solar en 3D con la sombra de la Luna recorriendo la Tierra. ¿Cómo hago esa sombra sobre el globo?"
        ),
        _u(
            "mi escena se ve lavada, sin contraste, como con una capa gris encima. el mismo modelo en el visor de glTF se ve bien"
        ),
        _u(
            "En la pantalla 4K del cliente el tour virtual va a tirones. ¿Es por el devicePixelRatio?"
        ),
        _u("¿Qué es el stencil buffer y para qué lo usaría en un juego?"),
        _u(
            "¿Normales por cara o por vértice? Mi esfera se ve llena de facetas aunque tiene muchos polígonos."
        ),
        _u("¿Qué aporta el clearcoat en un material de coche? ¿Y el sheen, para tela?"),
        _u(
            "Mis objetos metálicos salen negros. Tengo luces, pero nada de environment map. ¿Es eso?"
        ),
        _u("¿Qué son los mipmaps y por qué la carretera tiembla a lo lejos?"),
        _u(
            "Dos paredes coincidentes parpadean cuando muevo la cámara. ¿Cómo se llama eso y cómo se arregla?"
        ),
        _u(
            "Tengo un bosque con 30.000 pinos. ¿Instancing o fusionar geometrías? ¿Qué diferencia hay?"
        ),
        _u(
            "¿Qué tamaño de mapa de sombras para una plaza de 200 metros? Me salen sombras con dientes de sierra."
        ),
        _u("¿Qué es un G-buffer? Lo vi en un artículo sobre renderizado diferido."),
        _u("¿Qué es gamma y por qué las texturas de color van en sRGB pero las normales no?"),
        _u("¿Qué es un billboard y cuándo conviene usarlo para árboles lejanos?"),
        _u("¿Qué es el tone mapping y por qué cambia tanto los colores de mi escena?"),
        _u("¿Qué diferencia hay entre el antialiasing del renderer y el SMAA del postprocesado?"),
        _u("¿Qué es un texto SDF y por qué se ve nítido en 3D aunque acerques la cámara?"),
        _u("¿Qué es el IOR en un material de vidrio y qué valor pongo para agua?"),
        _u(
            "Con Babylon.js, ¿cómo hago que un personaje importado de Mixamo camine y corra mezclando animaciones?"
        ),
        _u(
            "En A-Frame, ¿cómo pongo una escena 360 con puntos clicables para un tour de una bodega?"
        ),
        _u(
            "WebGPU: ¿hay forma de depurar un shader WGSL que devuelve todo negro? En WebGL usaba Spector."
        ),
        _u(
            "CesiumJS: quiero meter el modelo BIM de un puente como 3D Tiles y colocarlo en su coordenada real."
        ),
        _u("glTF con Draco y KTX2: ¿qué gano de verdad en tiempo de carga en móviles?"),
        _u(
            "r3f: ¿cómo hago que el objeto se mueva siguiendo el scroll con ScrollControls de drei?"
        ),
        _m(
            "Tengo el mar hecho con el ejemplo Water de three.",
            "Bien, ¿quieres cambiar el color o el movimiento?",
            "el movimiento. olas más grandes y más rápidas",
        ),
        _m(
            "Añadí niebla a mi ciudad en r3f.",
            "Perfecto, ¿con <fog> o <fogExp2>?",
            "<fog>. más densa, que lo lejano desaparezca del todo",
        ),
        _m(
            "Ya tengo la nieve cayendo con partículas.",
            "Genial. ¿Son Points con textura?",
            "sí. y que brillen un poco al darles la luz",
        ),
        _m(
            "El showroom en WebXR ya funciona con ratón.",
            "¿Usas OrbitControls en escritorio?",
            "sí. ¿y con los mandos del Quest?",
        ),
        _m(
            "¿Me recomiendas una serie para el fin de semana?",
            "Si te gusta el misterio, prueba «Dark».",
            "la veré. otra cosa: ¿cómo hago que en three.js el cielo cambie de color al atardecer?",
        ),
        _m(
            "Ayúdame a escribir una carta de presentación para un trabajo de camarero.",
            "Estimado responsable de selección: me dirijo a usted para...",
            "gracias. ahora de mi proyecto: las sombras del personaje tiemblan cuando camina, ¿por qué?",
        ),
        _m(
            "Hice un globo terráqueo con los vuelos como arcos.",
            "¿Arcos con QuadraticBezierCurve3 y tubos?",
            "sí. quiero un avión pequeño recorriendo cada arco",
        ),
        _m(
            "Tengo el faro con el haz girando.",
            "¿El cono es una malla con blending aditivo?",
            "sí. que se vea más en la niebla y menos en el cielo despejado",
        ),
        _m(
            "El TAC ya se ve en volumen.",
            "¿Usas raymarching sobre una textura 3D?",
            "sí. ahora quiero poder cortar con un plano y ver el interior",
        ),
        _m(
            "Hice un laberinto 3D para mi juego.",
            "¿Primera persona?",
            "sí. pon una linterna que ilumine solo delante",
        ),
        _s(
            "Eres el asistente de código del equipo web de Muebles Arcadia. Responde breve.",
            "El configurador de sofás tarda mucho al cambiar de tela porque cada tela es un glb distinto. ¿Qué hago?",
        ),
        _s(
            "Eres un agente de programación con acceso al repositorio.",
            "En src/scene/Terrain.ts se ven grietas entre los trozos de terreno a distinta resolución. Arréglalo.",
        ),
        _s(
            "Asistente para desarrolladores de videojuegos indie.",
            "Quiero un efecto de cámara lenta tipo bullet time, con desenfoque en los bordes y colores más fríos.",
        ),
        _s(
            "Asistente interno del estudio de arquitectura Lorca Prieto.",
            "Queremos que el cliente recorra la vivienda proyectada desde el móvil con la luz real de su parcela. ¿Cómo calculamos la posición del sol?",
        ),
        _s(
            "Eres tutor de un curso de gráficos por computadora.",
            "¿Por qué se usa la matriz inversa transpuesta para transformar normales?",
        ),
        _s(
            "Eres el soporte para desarrolladores de la plataforma de mapas Cumbre3D.",
            "Al acercarme a una montaña, la textura de satélite se ve borrosa aunque haya nivel de detalle. ¿Qué pasa?",
        ),
        _s(
            "Agente de código. Stack: Svelte y Threlte.",
            "añade un efecto de bloom solo a los objetos con la etiqueta neon",
        ),
        _s(
            "Eres revisor de código.",
            "Mira esto:\n\nfor (const p of puntos) {\n  const m = new THREE.Mesh(new THREE.SphereGeometry(0.1), mat)\n  m.position.copy(p)\n  scene.add(m)\n}\n\nson 50.000 puntos y va a 5 fps",
        ),
        _s(
            "Responde en español.",
            "¿Cómo pongo etiquetas con nombres que siempre miren a la cámara encima de los edificios?",
        ),
        _s(
            "Asistente para desarrolladores WebGPU.",
            "¿Cómo hago un timestamp query para medir cuánto tarda mi pasada de sombras?",
        ),
        _u(
            "Quiero que al pasar el ratón por un edificio del mapa 3D se ilumine el contorno y salga su altura."
        ),
        _u(
            "¿Qué es el culling de caras traseras y por qué mi hoja de árbol desaparece de un lado?"
        ),
        _u("Necesito que el humo de la chimenea se vaya con el viento y se disipe arriba."),
    ],
    "ja": [
        _u(
            "ネオン街の夜景で、雨に濡れた路面に看板の光がにじんで映り込む感じを出したいです。ブラウザで60fps出したいのですが、何から手をつければいいですか？"
        ),
        _u(
            "雪の露天風呂のシーンで、湯気がもくもく立ち上って風で流れる表現をしたい。パーティクルで作るのが普通？"
        ),
        _u("雲の中で雷が光って、一瞬だけ雲の内側が明るくなる演出はどうやって作りますか"),
        _u(
            "障子越しに入ってくる柔らかい光を和室のシーンで再現したい。ライトの置き方のコツありますか？"
        ),
        _u(
            "水面をクリックしたところから波紋が広がるようにしたいです。複数回クリックしたら波紋同士が重なるように。"
        ),
        _u(
            "鉄道ジオラマを3Dで作ってて、ミニチュアっぽく見せたい。上下がぼけるティルトシフト風の効果ってどうやりますか？"
        ),
        _u(
            "工場のデジタルツインで、ロボットアームの各関節の角度をPLCからリアルタイムで受け取って動かしたい。three.jsでボーンを回すのと階層オブジェクトを回すの、どっちがいい？"
        ),
        _u(
            "地震の揺れで高層ビルがしなる様子を3Dで見せたい。解析結果の変位データを頂点に反映するにはどうすれば？"
        ),
        _u(
            "雨雲レーダーの情報を3D地図の上に立体的に重ねたい。雲の厚みを半透明のボリュームで見せられますか？"
        ),
        _u(
            "住宅メーカーのWebモデルハウスで、お客さんが家具をドラッグして床の上に置けるようにしたい。壁にめり込まないようにするには？"
        ),
        _u(
            "フィギュアの通販サイトで、商品を360度ぐるぐる回して見られる3Dビューアを付けたい。一番軽い構成は？"
        ),
        _u("シーン全体が白っぽく眠たい色になってしまう。テクスチャの色空間の設定ミスでしょうか？"),
        _u(
            "4Kモニターだとカクつくのに、ノートPCの画面だとヌルヌル動きます。解像度を落とす以外に手はありますか？"
        ),
        _u("ステンシルバッファって何に使うんですか？具体例で教えてください。"),
        _u(
            "面法線と頂点法線の違いがよく分かりません。フラットシェーディングにしたいときはどっち？"
        ),
        _u("クリアコートってどういう質感を表すパラメータですか？ピアノの塗装に使えますか？"),
        _u("PBRで金属にすると真っ黒になるのはなぜ？環境マップって必須なんですか？"),
        _u("ミップマップを切ると遠くの床がチラチラするのはどういう理屈ですか？"),
        _u("床とラグが重なってるところがちらつく。いわゆるZファイティング？近接面を上げればいい？"),
        _u("ガンマ補正とsRGBとリニアの関係を、シェーダーを書く人向けに整理してほしいです。"),
        _u("スマホ向けのWebGLゲームで、ドローコールはどのくらいまで抑えるべき？"),
        _u("同じ木を2万本並べたら激重です。インスタンシングにしたら影も付けられますか？"),
        _u(
            "影の解像度は2048と4096でどのくらい見た目と負荷が変わりますか？屋外の広い街のシーンです。"
        ),
        _u("ディファードレンダリングのGバッファの中身と、WebGLで使うときの制限を教えてください。"),
        _u(
            "深度テストとブレンドの順番がよく分からない。半透明の窓ガラスが奥のものを消してしまう。"
        ),
        _u("シャドウアクネのしま模様が床に出ます。biasとnormalBiasはどう調整する？"),
        _u(
            "Babylon.jsでキャラクターの足元に丸い影だけ落としたい。本格的なシャドウマップは重いので。"
        ),
        _u(
            "PlayCanvasのエディタでマテリアルのオフセットをアニメーションさせて、流れる川を作りたい。"
        ),
        _u("WebGPUのWGSLで、workgroup_sizeはどう決めればいいですか？パーティクル更新用です。"),
        _u(
            "react-three-fiberで、画面外のオブジェクトのuseFrameも毎フレーム呼ばれて重いんですが、止める方法ある？"
        ),
        _u("Cesiumで国土地理院の地形データを使って、登山ルートを立体的に表示したいです。"),
        _u("WebXRのARで、床を検出して等身大の車を置きたい。スケールが合わないのはなぜ？"),
        _m(
            "three.jsで海を作りました。Gerstner波を3つ重ねています。",
            "いいですね。波の高さはamplitudeで調整できます。何を変えたいですか？",
            "もっと荒れた海にして。白波も",
        ),
        _m(
            "霧を入れました。Fogで始点20、終点100です。",
            "了解です。もっと遠くまで見せたいですか？",
            "逆。もっと濃くして、奥は完全に見えなくして",
        ),
        _m(
            "雪のパーティクルを降らせています。",
            "Pointsでテクスチャ付きですね。",
            "はい。地面に積もっていくようにもできる？",
        ),
        _m(
            "VRで美術館を歩けるようにしました。マウスとキーボードで操作できます。",
            "デスクトップ版はPointerLockControlsですね。",
            "はい。Questのコントローラーだとどうなりますか？",
        ),
        _m(
            "京都で紅葉がきれいな場所を教えて。",
            "東福寺や永観堂が有名です。11月下旬が見頃です。",
            "ありがとう。話変わるけど、3Dの紅葉の葉っぱがひらひら落ちる動きってどう作る？",
        ),
        _m(
            "このメール、もう少し丁寧な敬語にしてもらえますか。",
            "「ご確認いただけますと幸いです」に言い換えるとよいでしょう。",
            "助かります。ところで、Babylon.jsでモデルのワイヤーフレームを重ねて表示するには？",
        ),
        _m(
            "波紋のシェーダーができました。",
            "クリック位置をuniformで渡していますね。",
            "はい。波紋がだんだん弱くなって消えるようにしたい",
        ),
        _m(
            "ジオラマの電車が線路の上を走るようにしました。",
            "CatmullRomCurve3に沿って動かしていますか？",
            "そうです。カーブで車体がちゃんと傾くようにしたい",
        ),
        _s(
            "あなたは社内のコーディングアシスタントです。簡潔に答えてください。",
            "キッチンのシミュレーターで天板の木目がゆがんで見えます。UV展開の問題ですか？",
        ),
        _s(
            "あなたはリポジトリにアクセスできるコーディングエージェントです。",
            "src/three/Sky.ts の夕焼けが急にパッと変わるので、時間に応じてなめらかに変化させて",
        ),
        _s(
            "インディーゲーム開発者向けのアシスタントです。",
            "トップビューのアクションゲームで、敵の視界を扇形で床に描きたい。壁で遮られるように。",
        ),
        _s(
            "設計事務所「杉村アトリエ」の社内アシスタントです。",
            "設計中の美術館をお施主さんにブラウザで歩いてもらいたい。トップライトからの光の入り方を季節ごとに見せたいです。",
        ),
        _s(
            "コンピュータグラフィックス講義のTAボットです。",
            "透視投影でなぜwで割る必要があるのか、図なしで分かるように説明してください。",
        ),
        _s(
            "3D地図サービス「ヤマナミ」の開発者サポートです。",
            "夜間モードで建物の窓を光らせたいのですが、カスタムシェーダーは使えますか？",
        ),
        _s(
            "コーディングエージェント。Nuxt + TresJSのプロジェクトです。",
            "商品モデルの下に柔らかい接地影を追加して、背景は白いスタジオ風にして",
        ),
        _s(
            "コードレビューボットです。",
            "レビューお願いします。\n\nfunction tick(){\n  const geo = new THREE.PlaneGeometry(10,10,200,200)\n  mesh.geometry = geo\n  renderer.render(scene, camera)\n  requestAnimationFrame(tick)\n}",
        ),
        _s(
            "日本語で答えてください。",
            "three.jsのシーンで、ブラウザのタブを切り替えて戻るとアニメーションが一気に飛ぶのはなぜ？",
        ),
        _s(
            "WebGPU開発者向けアシスタントです。",
            "GPUDeviceがlostになってしまう。大きなテクスチャを作った直後です。",
        ),
    ],
    "zh": [
        _u(
            "智慧城市大屏项目，甲方要求城市建筑有一道光从下往上扫过去的效果，还要一圈圈往外扩散的雷达波。这种扫光一般怎么做？"
        ),
        _u(
            "在3D中国地图上做城市之间的飞线，线上有光点流动，北京到各省会。用什么方式画弧线性能最好？"
        ),
        _u(
            "园区数字孪生里要画一圈电子围栏，就是那种半透明向上渐变、还会流动的光墙。着色器怎么写？"
        ),
        _u("想做一个粒子汇聚成公司logo的开场动画，鼠标划过粒子会散开再回来。"),
        _u("水墨画风格的山水场景，边缘要有毛笔描边的感觉，远山淡一点。后处理能做出来吗？"),
        _u("竹林在风里摇晃，叶子沙沙动的那种，古风小游戏用的，手机上要能跑。"),
        _u("雨后天空出现彩虹，彩虹要半透明，随着视角稍微变化。这个效果怎么实现比较自然？"),
        _u("做一个线上故宫的漫游，用户可以在太和殿前走动、进殿里看。模型很大，怎么分块加载？"),
        _u("汽车展厅的换色功能，车漆要有金属颗粒闪烁的感觉，还要能看到环境反射。"),
        _u("隧道监控数字孪生，隧道很长，要沿着隧道看到每个摄像头和风机的状态。相机怎么沿隧道走？"),
        _u("我的场景整体发灰，颜色很淡，跟在Blender里看到的完全不一样，是哪里设置错了？"),
        _u("4K显示器上帧率掉到20多，1080p就满帧，是不是像素比的问题？"),
        _u("模板缓冲（stencil buffer）到底是干什么的？能举个实际的例子吗？"),
        _u("面法线和顶点法线有什么区别？为什么我的低多边形模型看起来是圆滑的？"),
        _u("MeshPhysicalMaterial 的 clearcoat 参数适合用在什么材质上？"),
        _u("为什么金属材质在没有环境贴图的时候是黑的？我加了三盏灯也不行。"),
        _u("Mipmap是什么？为什么远处的地板纹理会闪烁出摩尔纹？"),
        _u("两个面重叠的地方一直在闪，叫什么问题？怎么解决？"),
        _u("sRGB和线性空间到底怎么区分？贴图、颜色值和最终输出分别该用哪个？"),
        _u("移动端的Draw Call控制在多少以内比较合适？合批有哪些方法？"),
        _u("十万个相同的小方块，用InstancedMesh还是合并几何体？需要每个单独改颜色。"),
        _u("阴影贴图分辨率怎么选？场景范围大概一公里，近处阴影锯齿很明显。"),
        _u("什么是G-Buffer？延迟渲染在WebGL里值得用吗？"),
        _u("什么是四元数，为什么相机旋转要用它而不是欧拉角？"),
        _u("什么是纹理压缩？KTX2和普通PNG在显存里差多少？"),
        _u("屏幕空间反射（SSR）是什么原理，为什么屏幕边缘的反射会消失？"),
        _u("Babylon.js 里怎么做一个第三人称相机，跟着角色走、碰到墙自动拉近？"),
        _u("three.js 加载 glb 模型后全是黑的，控制台没有报错，可能是什么原因？"),
        _u("用 deck.gl 在地图上画出租车的轨迹回放，一天的数据大概两百万个点。"),
        _u("Cesium 加载倾斜摄影的 3D Tiles，视角拉远就卡，怎么调 maximumScreenSpaceError？"),
        _u("WebGPU 的 bind group 和 WebGL 的 uniform 有什么本质区别？"),
        _u("A-Frame 做 VR 看房，怎么在房间之间加传送点？"),
        _m(
            "我用 three.js 做了一个海面，顶点着色器里用正弦波。",
            "好的，现在海面的波浪参数是多少？想怎么调整？",
            "浪再大一点，速度慢一些",
        ),
        _m("我做了一个粒子星空。", "用的是Points和自定义着色器吗？", "对。再让星星一闪一闪的"),
        _m(
            "VR展厅用鼠标键盘已经能逛了。",
            "桌面端用的是PointerLockControls吧？",
            "是的。那换成Quest手柄怎么弄？",
        ),
        _m(
            "帮我写一段年会主持词。",
            "尊敬的各位领导、亲爱的同事们，大家晚上好！……",
            "谢谢！另外问个技术问题，three.js 里怎么让模型外面有一圈发光的描边？",
        ),
        _m(
            "推荐几本科幻小说。",
            "《三体》《银河帝国》《沙丘》都不错。",
            "好的。换个话题，WebGL里为什么我的透明物体会互相遮挡错乱？",
        ),
        _m(
            "建筑扫光效果做好了。",
            "很好，是在片元着色器里根据高度和时间计算的吧？",
            "对。再加一个颜色从蓝到青的渐变",
        ),
        _m(
            "飞线已经画出来了。",
            "飞线上的光点是用纹理偏移做的吗？",
            "是。现在要让飞线终点有个扩散的光圈",
        ),
        _s(
            "你是公司内部的代码助手，回答要简洁。",
            "家具配置器里换一次布料要卡半秒，是不是纹理上传导致的？怎么优化？",
        ),
        _s(
            "你是可以访问代码仓库的编程代理。",
            "src/scene/Camera.ts 里相机缩放会穿进模型里，帮我加个最小距离限制",
        ),
        _s(
            "你是帮助独立游戏开发者的助手。",
            "想做一个角色受击时全身闪白的效果，网页小游戏，用three.js。",
        ),
        _s(
            "你是筑原建筑设计事务所的内部助手。",
            "想让业主在网页上走进我们设计的别墅，能切换白天和黄昏的光照，模型从SketchUp导出，怎么处理？",
        ),
        _s("你是计算机图形学课程的助教。", "透视投影矩阵里的near和far为什么会影响深度精度？"),
        _s("你是三维地图平台的开发者支持。", "夜景模式下建筑太亮了，看不出轮廓，能不能加边缘光？"),
        _s(
            "编程代理。技术栈：React + @react-three/fiber + drei。",
            "给产品模型加一个环境贴图和柔和的接地阴影",
        ),
        _s(
            "你是代码审查机器人。",
            "帮我看看：\n\nfunction animate(){\n  requestAnimationFrame(animate)\n  scene.children.forEach(c => c.material.needsUpdate = true)\n  renderer.render(scene, camera)\n}\n\n帧率很低",
        ),
        _s("请用中文回答。", "怎么让三维场景里的标签始终朝向相机，而且不被模型挡住？"),
        _s(
            "你是WebGPU开发助手。",
            "WGSL里怎么声明一个结构体数组作为storage buffer，并且在计算着色器里读写？",
        ),
    ],
    "en": [
        _u(
            "I want a disco ball in the middle of a dance floor scene that throws little moving light spots all over the walls. What's the cheapest way to fake it?"
        ),
        _u(
            "sonar ping effect on a seabed map: a ring expands from the ship and briefly lights up the terrain it passes over"
        ),
        _u(
            "Show the ISS orbiting a 3D Earth in real time, with its ground track and the night side of the planet darker. Where do I start?"
        ),
        _u(
            "orbit camera that auto-frames whatever part the user clicks on, like zoom-to-fit but smooth"
        ),
        _u(
            "The scene looks way too dark on phones but fine on my desktop monitor. Same build. What could cause that?"
        ),
        _u(
            "Faucet configurator for a bathroom brand: chrome, brushed brass, matte black. The brushed finish looks like plain plastic right now."
        ),
        _u(
            "Building a marble run toy in the browser, marbles roll down tracks and bounce. Which physics lib plays nicely with three?"
        ),
        _u(
            "Live flight tracking on a 3D globe: planes at the right altitude, trails behind them, ~12k planes. deck.gl or Cesium?"
        ),
        _u(
            "We have 1M text embeddings reduced to 3D and want a scatter plot you can fly through and hover points to see the label. Is WebGL enough or do I need WebGPU?"
        ),
        _u(
            "Data center digital twin: racks colored by inlet temperature, and a heat shimmer above the hot aisles. How would you approach it?"
        ),
        _u(
            "For a stadium ticketing site: click a seat and see the view of the pitch from that seat in 3D. How do I place the camera per seat?"
        ),
        _u(
            "Does WebXR work in Safari on Vision Pro yet, and can I use hand pinches as select events?"
        ),
        _u(
            "What's the half vector in Blinn-Phong and why is it cheaper than the reflection vector?"
        ),
        _u("what is TAA and why does everything ghost when the camera moves?"),
        _u("What's specular aliasing? My shiny floor sparkles like crazy on thin edges."),
        _u(
            "Parallax occlusion mapping vs normal mapping for a cobblestone street, is POM worth the cost in the browser?"
        ),
        _u("Why are point light shadows so much more expensive than directional ones?"),
        _u(
            "Can someone explain what a lookAt matrix actually builds? I keep getting my model upside down."
        ),
        _u(
            "my gltf has 400 meshes and 400 materials, draw calls are through the roof. how do i merge them without breaking the textures?"
        ),
        _u(
            "Postprocessing (the pmndrs lib) vs three's EffectComposer — why do people say the former is faster?"
        ),
        _u(
            "Babylon.js: how do I get a reflective floor that mirrors the car above it in a showroom?"
        ),
        _u(
            "PlayCanvas vs Babylon for a kids' educational game that has to run on school Chromebooks?"
        ),
        _u(
            "A-Frame scene stutters every few seconds on the Quest browser. GC? How do I profile it on-device?"
        ),
        _u(
            "Writing my first WGSL fragment shader — how do I sample a texture and where does the sampler come from?"
        ),
        _m(
            "I've got an ocean in r3f using a custom shaderMaterial.",
            "Nice. Are the waves driven by a uTime uniform in the vertex shader?",
            "yeah. make them choppier",
        ),
        _m(
            "Added fog to the canyon level.",
            "Linear fog with near 30 and far 300, right?",
            "right. thicker, and tint it orange like dust",
        ),
        _m(
            "The loot drop particles are done.",
            "Are they additive sprites?",
            "yep. now make them pulse",
        ),
        _m(
            "Our furniture AR preview works on Android Chrome.",
            "Great, using WebXR hit-test?",
            "yes. and on iPad?",
        ),
        _m(
            "Can you summarize this article about sleep hygiene?",
            "Sure: keep a consistent schedule, limit screens before bed, and keep the room cool and dark.",
            "thanks. totally unrelated: why do my three.js shadows look blocky only on the left side of the map?",
        ),
        _m(
            "What's a good name for a golden retriever?",
            "Maple, Biscuit or Sunny are popular picks.",
            "lol Biscuit it is. ok back to work: how do I make a car's headlights actually light the road in Babylon?",
        ),
        _m(
            "The disco ball spots are moving now.",
            "Are you projecting a texture with a SpotLight map?",
            "yeah. can they be colored, like a rainbow?",
        ),
        _m(
            "Sonar ring is working on the terrain.",
            "Good, the radius comes from a uniform that grows over time?",
            "yes. fade it out with distance and repeat every 3 seconds",
        ),
        _s(
            "You are a coding assistant embedded in the IDE at Northwind Optics. Be concise.",
            "Our lens configurator renders the glass with a weird grey tint. MeshPhysicalMaterial with transmission 1. Ideas?",
        ),
        _s(
            "You are a coding agent with repo access. Propose diffs.",
            "In src/render/Grass.ts the grass blades pop in at a hard line. Make them fade in with distance.",
        ),
        _s(
            "You help indie game developers.",
            "I want a fog of war in my RTS that reveals the map around units and stays dim where you've been. WebGL.",
        ),
        _s(
            "Internal assistant for Harlow & Finch Architects.",
            "Client wants a browser walkthrough of the new library wing, first-person, on a laptop. We model in Revit. What pipeline gets us there with decent lighting?",
        ),
        _s(
            "You are a TA for an intro computer graphics course.",
            "Why do we need a depth buffer at all if we could sort triangles back to front?",
        ),
        _s(
            "You answer questions for developers on the Terrava 3D maps platform.",
            "Labels flicker in and out when I tilt the map. Is that collision detection or depth?",
        ),
        _s(
            "Coding agent. Stack: Vite, React, @react-three/fiber, drei, leva.",
            "add a leva panel to tweak the bloom intensity and the light color live",
        ),
        _s(
            "You review code.",
            "Why does this leak?\n\nfunction swap(url) {\n  loader.load(url, gltf => {\n    scene.remove(current)\n    current = gltf.scene\n    scene.add(current)\n  })\n}",
        ),
    ],
    "de": [
        _u(
            "Ich möchte über einem See im Gebirge Morgennebel, der langsam aufreißt und die Spiegelung der Berge freigibt. Wie fange ich das an?"
        ),
        _u(
            "Ein Glühwürmchen-Schwarm? Nee, was anderes: Schneeflocken, die auf der Windschutzscheibe eines Autos landen und schmelzen, für einen Fahrsimulator im Browser."
        ),
        _u(
            "Windräder in einer Landschaft, deren Rotoren sich drehen und nachts rot blinken. Hunderte davon. Wie bleibt das flüssig?"
        ),
        _u(
            "Für den Stadtplanungsausschuss: ein geplanter Neubau soll im 3D-Stadtmodell stehen, und man soll den Schattenwurf auf die Nachbarhäuser im Tagesverlauf sehen."
        ),
        _u(
            "Eine Bergwerks-Visualisierung mit Stollen unter der Erde: die Oberfläche soll halbtransparent werden, wenn man darunter schaut."
        ),
        _u(
            "Meine Szene wirkt total flau und grau, obwohl das Modell knallige Farben hat. Woran liegt das?"
        ),
        _u(
            "Auf dem 4K-Monitor ruckelt der Produktviewer, auf dem Laptop läuft er flüssig. Pixel-Ratio begrenzen?"
        ),
        _u("Was ist der Stencil-Buffer und wofür braucht man ihn in der Praxis?"),
        _u(
            "Flächennormalen vs. Vertexnormalen: warum sieht mein Würfel nach Smooth Shading so komisch aus?"
        ),
        _u("Warum sind meine PBR-Metalle schwarz, obwohl ein starkes Licht drauf scheint?"),
        _u("Was sind Mipmaps, und warum flimmert der Boden in der Ferne ohne sie?"),
        _u(
            "Z-Fighting zwischen Straße und Fahrbahnmarkierung: polygonOffset oder Geometrie anheben?"
        ),
        _u("Wie viele Draw Calls verträgt ein Mittelklasse-Handy bei einer WebGL-Szene?"),
        _u("Was ist Instancing und lohnt es sich schon bei 500 gleichen Objekten?"),
        _u("Welche Shadow-Map-Größe nimmt man für eine Innenraumszene, und was bringt PCF?"),
        _u(
            "Gamma, sRGB, linear: wann muss ich im Shader umrechnen und wann macht three.js das selbst?"
        ),
        _u(
            "Konfigurator für Küchenarmaturen: Wie bekomme ich gebürstetes Edelstahl mit anisotropen Reflexen hin?"
        ),
        _u(
            "Digitaler Zwilling einer Kläranlage: Becken sollen je nach Füllstand animiert steigen und fallen, Daten per OPC UA. Wie aktualisiere ich das Wasser-Mesh effizient?"
        ),
        _u(
            "Wir bauen ein Browser-Spiel mit Panzern auf einer Insel. Die Kamera soll hinter dem Panzer hängen und bei Hügeln nicht in den Boden tauchen."
        ),
        _u(
            "deck.gl: Ich will Pendlerströme zwischen Gemeinden in Bayern als animierte Bögen zeigen, Dicke nach Anzahl."
        ),
        _u(
            "CesiumJS mit eigenem Geländemodell aus LiDAR-Daten: wie bekomme ich das als Quantized Mesh rein?"
        ),
        _u("Babylon.js: Wie baue ich einen Spiegel im Badezimmer eines Hotelzimmer-Rundgangs?"),
        _u(
            "WebGPU: Wie lade ich eine Textur aus einem ImageBitmap in ein GPUTexture und generiere Mipmaps?"
        ),
        _u(
            "Mit react-three-fiber Objekte per Drag & Drop auf einer Ebene verschieben, ohne OrbitControls dabei auszulösen?"
        ),
        _m(
            "Ich hab ein Meer mit Gerstner-Wellen im Vertex-Shader.",
            "Sehr gut. Wie viele Wellen überlagerst du?",
            "drei. die Wellen sollen höher werden und mehr Gischt haben",
        ),
        _m(
            "Der Nebel in meinem Wald ist FogExp2 mit 0.015.",
            "Alles klar, was soll sich ändern?",
            "dichter, und in der Ferne soll gar nichts mehr zu sehen sein",
        ),
        _m(
            "Die VR-Tour durchs Museum läuft mit Maus und Tastatur.",
            "PointerLockControls für den Desktop?",
            "ja. und mit den Quest-Controllern?",
        ),
        _m(
            "Kannst du mir ein Rezept für Käsespätzle geben?",
            "Klar: 400 g Mehl, 4 Eier, Wasser, Bergkäse, Röstzwiebeln ...",
            "danke! ganz anderes Thema: warum werden meine Schatten in three.js nur in der Mitte der Szene angezeigt?",
        ),
        _m(
            "Formulier mir bitte eine Absage für ein Vorstellungsgespräch.",
            "Sehr geehrte Frau Albers, leider muss ich den Termin absagen ...",
            "super. jetzt was Technisches: wie mache ich einen Glüheffekt nur auf den Leuchtreklamen meiner Szene?",
        ),
        _m(
            "Der Schattenwurf des Neubaus im Stadtmodell funktioniert.",
            "Die Sonne wird aus Datum und Uhrzeit berechnet?",
            "ja. jetzt noch ein Schieberegler für den ganzen 21. Juni",
        ),
        _s(
            "Du bist der Code-Assistent im IDE von Brenner Möbelwerk. Antworte knapp.",
            "Im Sofa-Konfigurator sehen die Stoffe aus der Nähe matschig aus. Texturen sind 2K. Was hilft?",
        ),
        _s(
            "Du bist ein Coding-Agent mit Zugriff auf das Repository.",
            "In src/scene/Windpark.ts blinken die Warnlichter alle synchron, das sieht unecht aus. Gib jedem Windrad eine zufällige Phase.",
        ),
        _s(
            "Du hilfst Indie-Spieleentwicklern.",
            "Ich will einen Unterwasser-Effekt, sobald die Kamera unter die Wasseroberfläche taucht: blaugrün, verschwommen, Lichtstreifen.",
        ),
        _s(
            "Interner Assistent des Architekturbüros Kessler Vogt.",
            "Der Bauherr soll das geplante Einfamilienhaus im Browser begehen können, inklusive Blick aus dem Fenster auf das echte Grundstück. Wie kombinieren wir Modell und Umgebungspanorama?",
        ),
        _s(
            "Du bist Tutor für eine Computergrafik-Vorlesung.",
            "Was passiert zwischen Vertex-Shader und Fragment-Shader, also bei der Rasterisierung und Interpolation?",
        ),
        _s(
            "Du beantwortest Fragen von Entwicklern der 3D-Kartenplattform Höhenlinie.",
            "Die Gebäude haben an den Kanten Treppenstufen, sobald ich die Karte drehe. Kann man Antialiasing einschalten?",
        ),
        _s(
            "Coding-Agent. Stack: Angular und three.js.",
            "füg einen Umschalter für Tag- und Nachtbeleuchtung im Gebäudeviewer hinzu, mit sanftem Übergang",
        ),
        _s(
            "Du machst Code-Reviews.",
            "Schau mal:\n\nrenderer.setPixelRatio(window.devicePixelRatio)\nrenderer.shadowMap.enabled = true\nlights.forEach(l => l.castShadow = true) // 24 Lichter\n\nwarum ist das auf dem Tablet so langsam?",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b5", BY_LANG)
