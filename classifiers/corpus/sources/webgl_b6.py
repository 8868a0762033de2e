"""Sixth batch of `webgl` examples: hand-written, one group per example
("webgl/b6/<lang>/<digest>"). Visual results in plain words across many settings (games, shops,
museums, science, maps, medical, real estate, music, VR), materials, lighting, motion, cameras,
mobile performance, big models, buggy shaders, concepts, follow-ups and topic switches."""

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
            "Sur notre boutique en ligne, la chaussure en 3D a l'air en plastique alors que c'est du cuir. Comment rendre le rendu plus mat et plus granuleux ?"
        ),
        _u(
            "Mon salon virtuel est beaucoup trop sombre dès qu'on entre dans la pièce, alors que dehors c'est nickel. Il manque quoi côté lumière ?"
        ),
        _u(
            "le verre de ma bouteille de parfum fait faux, on dirait du plexi gris. j'utilise three.js, MeshPhysicalMaterial avec transmission. une idée ?"
        ),
        _u(
            "Pour un musée, on a scanné une statue gallo-romaine (40 millions de triangles). On veut la montrer sur le site sans que les tablettes plantent. Quelle démarche ?"
        ),
        _u(
            "Je prépare un cours de SVT : je voudrais une cellule animale en 3D où les élèves cliquent sur chaque organite et il s'illumine. C'est faisable dans une page web simple ?"
        ),
        _u(
            "Dans mon jeu de course dans le navigateur, la caméra suit la voiture mais tremble dans les virages serrés. Je la colle directement à la position de la voiture à chaque frame."
        ),
        _u(
            "Sur un iPhone 11 notre scène tourne à 20 fps, sur PC à 144. Par quoi je commence pour trouver ce qui coûte ?"
        ),
        _u(
            "C'est quoi concrètement le z-fighting ? J'ai des sols qui clignotent quand je bouge la caméra."
        ),
        _u(
            "Pourquoi on parle de « espace tangent » pour les normal maps ? J'ai jamais compris ce que ça change."
        ),
        _u(
            "Je veux un visualiseur de musique où des cubes pulsent au rythme des basses, avec un léger effet de lueur. Par où je commence ?"
        ),
        _u(
            "Visite virtuelle d'un appartement à vendre : on a des photos 360°, le client veut pouvoir « marcher » d'une pièce à l'autre avec une transition douce. Comment vous feriez ?"
        ),
        _u(
            "Les ombres de mes arbres sont toutes pixelisées avec des escaliers. Shadow map en 1024. Je monte juste la résolution ?"
        ),
        _u(
            "On a un jumeau numérique d'une usine dans Babylon.js. Les opérateurs veulent voir les machines en panne clignoter en rouge. Quelle est la façon propre de faire ça sans cloner les matériaux partout ?"
        ),
        _u(
            "carte 3D de Lyon avec les bâtiments extrudés, je veux que la hauteur pousse en animation au chargement, comme si la ville sortait du sol"
        ),
        _u(
            "Pour un IRM, on a un volume en coupes DICOM et on voudrait un rendu volumique dans le navigateur, avec un curseur pour régler la transparence des tissus. Ça se fait en WebGL2 ?"
        ),
        _u(
            "Mon perso glisse sur le sol quand il marche, ses pieds ne suivent pas la vitesse. L'animation vient d'un glTF exporté de Mixamo."
        ),
        _u(
            "Dans A-Frame, comment je fais pour que le joueur se téléporte en pointant avec la manette du Quest ?"
        ),
        _u(
            "Les couleurs de mon modèle glTF sont délavées dans le viewer, alors que dans Blender elles sont saturées. J'ai vérifié l'éclairage, c'est pas ça."
        ),
        _u(
            "Je fais de la data art : 200 000 points qui forment un visage puis se dispersent en poussière quand on passe la souris. Avec des sprites ça rame. Autre piste ?"
        ),
        _u(
            "Le modèle de moteur d'avion (CAO) pèse 180 Mo en glTF. Le chargement prend une minute. Qu'est-ce qu'on peut compresser ?"
        ),
        _u(
            "Bonjour, je suis prof de maths en lycée. Je voudrais montrer une surface z = sin(x)·cos(y) qu'on fait tourner à la souris, dans une page que je mets sur l'ENT. Le plus simple possible svp."
        ),
        _u(
            "Pourquoi mes objets transparents disparaissent les uns derrière les autres selon l'angle ? On dirait que l'ordre change tout seul."
        ),
        _u(
            "Sur la version mobile de notre configurateur de cuisine, le téléphone chauffe au bout de deux minutes. On rend en continu même quand rien ne bouge."
        ),
        _u(
            "Le reflet du sol en marbre a l'air trop parfait, comme un miroir. On voudrait un reflet flou, un peu brillant. Quelle technique ?"
        ),
        _u(
            "J'aimerais un effet de brouillard qui s'épaissit en bas de la vallée, pas un brouillard uniforme partout."
        ),
        _u(
            "Dans Cesium, mon tileset 3D de la cathédrale flotte à 30 mètres au-dessus du terrain. C'est un problème de hauteur ellipsoïde ?"
        ),
        _u(
            'Avec r3f et drei, j\'ai mis <Environment preset="city" /> et maintenant tout est trop réfléchissant, même le bois. Je règle ça où ?'
        ),
        _u(
            "Je vois une ligne fine entre les tuiles de mon terrain, qui clignote quand je zoome. Les UV vont de 0 à 1 sur chaque tuile."
        ),
        _u(
            "Pour une expo sur les dinosaures, on veut un squelette qui s'assemble os par os quand le visiteur fait défiler la page. C'est réaliste en une semaine ?"
        ),
        _u(
            "Le PBR, c'est quoi en deux mots ? Un client me parle de « rendu PBR » et j'ai fait semblant de comprendre."
        ),
        _u(
            "écran noir. rien. console vide. j'ai un renderer, une scène, un cube, une caméra. je colle le code ?"
        ),
        _u(
            "Dans mon jeu de plateforme, quand la caméra est trop proche d'un mur, on voit à travers. Je voudrais qu'elle se rapproche du perso plutôt."
        ),
        _u(
            "Le contour lumineux autour de l'objet sélectionné (outline) dans notre éditeur de plans coûte 8 ms par frame. Il y a moins cher ?"
        ),
        _m(
            "Tu peux m'aider à écrire un mail pour décaler une réunion à jeudi ?",
            "Bien sûr : « Bonjour à tous, je vous propose de décaler notre réunion à jeudi même heure. Dites-moi si cela vous convient. »",
            "Merci. Autre chose : sur notre page produit, le sac à main en 3D tourne trop vite quand on lâche la souris, il continue sur sa lancée. Je peux calmer l'inertie ?",
        ),
        _m(
            "Je fais un viewer 3D pour des pièces mécaniques, avec des OrbitControls.",
            "D'accord, qu'est-ce qui bloque ?",
            "Quand je zoome à fond je traverse la pièce et je me retrouve dedans.",
        ),
        _m(
            "J'ai un effet d'eau avec un shader qui déforme les sommets.",
            "Tu utilises une somme de sinusoïdes ou des vagues de Gerstner ?",
            "Des sinus. Mais l'éclairage ne bouge pas avec les vagues, l'eau a l'air plate.",
        ),
        _m(
            "Explique-moi le mipmapping.",
            "Ce sont des versions réduites de la texture, choisies selon la distance, pour éviter le scintillement et accélérer la lecture.",
            "Et pourquoi ma texture devient floue de biais, sur un sol au loin ?",
        ),
        _m(
            "Quelle est la capitale de l'Australie ?",
            "Canberra.",
            "Ok merci. Sinon, dans mon globe 3D, comment je place un marqueur sur Canberra à partir de sa latitude/longitude ?",
        ),
        _m(
            "On fait une visite virtuelle du château de Chambord pour un office de tourisme.",
            "Sympa ! Photogrammétrie, modélisation, ou photos 360 ?",
            "Photogrammétrie. Le rendu est super mais l'escalier à double révolution fait 3 millions de triangles à lui seul.",
            "Il existe des outils de décimation et des LOD ; tu peux aussi découper en morceaux.",
            "Et pour que ça reste net de près ?",
        ),
        _m(
            "J'ai passé mon terrain en WebGPU.",
            "Quel problème tu rencontres ?",
            "Les compute shaders pour l'érosion, ça vaut le coup ou c'est gadget ?",
        ),
        _m(
            "Mon particule de feu est trop uniforme.",
            "Tu fais varier la taille, la couleur et la durée de vie de chaque particule ?",
            "Non, tout est pareil. Tu me montres ?",
        ),
        _m(
            "Je bosse sur un jeu de cartes dans le navigateur en 3D.",
            "Qu'est-ce que tu veux obtenir ?",
            "Quand on retourne une carte, qu'elle se torde un peu comme du vrai carton.",
        ),
        _m(
            "Le taux d'intérêt de mon prêt immo passe à 3,4 %, ça change beaucoup ?",
            "Sur 20 ans, chaque dixième compte ; compare le coût total avec ta banque.",
            "Je verrai. En attendant, pour le site de l'agence je dois faire la maquette 3D de la résidence : le soleil doit tourner selon l'heure pour montrer l'ensoleillement de chaque balcon.",
        ),
        _m(
            "Pourquoi mon normal map a l'air inversé ? Les bosses sont des creux.",
            "C'est souvent la convention OpenGL vs DirectX : le canal vert est inversé.",
            "ah. et je fais ça comment dans le matériau sans retoucher l'image ?",
        ),
        _m(
            "J'utilise PlayCanvas pour un jeu de golf.",
            "Cool. Qu'est-ce qui coince ?",
            "La balle traverse parfois le green quand elle va vite.",
        ),
        _m(
            "et le bloom ?",
            "Dans ton post-traitement, le bloom s'applique à tout ce qui dépasse un seuil de luminosité.",
            "du coup mon ciel blanc brille comme un néon. je veux que seuls les néons de la ville brillent.",
        ),
        _m(
            "Salut ! J'ai un modèle d'oreille interne pour des étudiants en médecine.",
            "Super projet. Qu'est-ce que tu veux montrer ?",
            "Des coupes qu'on déplace à la souris pour voir l'intérieur de la cochlée.",
            "Tu peux utiliser des plans de coupe (clipping planes).",
            "Et colorer la surface coupée pour qu'on ne voie pas le vide à l'intérieur ?",
        ),
        _m(
            "Ma scène spatiale a des planètes à des distances réelles.",
            "Tu risques des problèmes de précision de profondeur.",
            "C'est ça, Jupiter clignote. Je fais quoi ?",
        ),
        _m(
            "Je prépare un rapport sur la culture du blé.",
            "Très bien, de quoi as-tu besoin ?",
            "En fait laisse tomber, j'ai plus urgent : mon champ de blé en 3D pour un jeu agricole, 100 000 brins d'herbe qui ondulent au vent, ça rame à mort.",
        ),
        _s(
            "Tu es l'assistant de code intégré à l'IDE de l'équipe. Réponds avec du code quand c'est utile.",
            "Ce fragment shader devrait faire un dégradé du haut vers le bas, mais j'ai une couleur unie :\n\nvarying vec2 vUv;\nvoid main() {\n  float t = vUv.x;\n  gl_FragColor = vec4(mix(vec3(0.1,0.2,0.5), vec3(1.0), t), 1.0);\n}",
        ),
        _s(
            "Tu es le support technique de Vizio3D, une plateforme de visites virtuelles immobilières.",
            "Bonjour, sur l'application nos clients voient des coutures noires entre les faces du cube de la photo 360. Comment on corrige ?",
        ),
        _s(
            "Tu es un tuteur patient pour des étudiants en licence d'informatique graphique.",
            "Je ne comprends pas pourquoi on multiplie par la matrice de projection après la matrice vue. On ne pourrait pas faire l'inverse ?",
        ),
        _s(
            "Tu es un agent de développement qui travaille dans le dépôt d'un jeu web (Vite + three.js).",
            "Ajoute un cycle jour-nuit : le ciel passe à l'orange le soir, les lampadaires s'allument la nuit.",
        ),
        _s(
            "Tu es l'assistant interne de l'agence Pixelmare.",
            "Le client veut que le logo 3D de la home ait l'air en or brossé, pas en laiton jaune. Quelles valeurs de métal et de rugosité ?",
        ),
        _s(
            "You are a helpful coding assistant.",
            "Mon globe avec deck.gl affiche 2 millions de trajets de bus, mais quand je zoome tout devient une bouillie orange. Comment on garde la lisibilité ?",
        ),
        _s(
            "Tu es un assistant pour une équipe de musée numérique.",
            "Les visiteurs sur tablette trouvent que la rotation du vase est saccadée. Le modèle fait 800 000 triangles et 4 textures en 8K.",
        ),
        _s(
            "Tu es l'assistant d'une startup de réalité augmentée pour le mobilier.",
            "En AR sur Android, le canapé semble flotter au-dessus du sol. Il manque une ombre de contact ?",
        ),
        _s(
            "Tu aides des développeurs de jeux indépendants.",
            "Mon shader de dissolution laisse des bords blancs et nets. Je voudrais un liseré orange qui brûle comme du papier.",
        ),
        _s(
            "Tu es un assistant de revue de code.",
            "Relis ma boucle de rendu, j'ai l'impression que la vitesse de rotation dépend de l'écran :\n\nfunction loop() {\n  mesh.rotation.y += 0.01;\n  renderer.render(scene, camera);\n  requestAnimationFrame(loop);\n}",
        ),
        _s(
            "Tu es le chatbot de l'école d'ingénieurs, section réalité virtuelle.",
            "Pour le TP WebXR, le casque affiche la scène mais les mains ne sont pas au bon endroit, décalées d'un mètre.",
        ),
        _u(
            "Je voudrais que mon robot 3D cligne des yeux et suive la souris du regard sur la page d'accueil. Le modèle a un squelette."
        ),
        _u(
            "En WGSL, comment je lis une texture dans un compute shader ? textureSample me donne une erreur."
        ),
        _u(
            "On fait un simulateur de conduite pour auto-école dans le navigateur. La pluie sur le pare-brise doit avoir l'air crédible, avec des gouttes qui glissent. Des idées ?"
        ),
        _u(
            "sur mon globe terrestre la ligne de nuit est franche, je voudrais un crépuscule progressif avec les lumières des villes qui apparaissent"
        ),
        _s(
            "Tu es l'assistant technique d'un éditeur de jeux éducatifs.",
            "Dans notre jeu sur le système digestif, le bol alimentaire doit avancer dans l'intestin en déformant la paroi, façon vague. Comment on anime ça sans squelette ?",
        ),
        _s(
            "Tu es l'assistant de l'équipe front d'un site de randonnée alpine.",
            "On affiche l'itinéraire en 3D sur le relief, mais le tracé passe sous les crêtes et disparaît. Comment le garder toujours visible ?",
        ),
        _s(
            "You are a friendly assistant for a cosmetics brand's web team.",
            "Le rouge à lèvres en 3D doit avoir un effet satiné qui change légèrement quand on le tourne, pas un gloss brillant.",
        ),
    ],
    "ru": [
        _u(
            "На сайте магазина часы в 3D выглядят как игрушечные, пластиковые. Корпус должен быть из полированной стали. Что подкрутить в материале?"
        ),
        _u(
            "Сделали онлайн-тур по квартире, но в ванной всё тёмное и серое, хотя там белая плитка. Как осветлить помещение, не пересвечивая окна?"
        ),
        _u(
            "Стекло в витрине выглядит фальшиво — просто полупрозрачный серый прямоугольник. Хочу преломление и лёгкие блики."
        ),
        _u(
            "У нас скан древнего кургана на 25 млн полигонов, музей хочет показать его на сайте. Как это вообще грузить в браузер?"
        ),
        _u(
            "Я учитель физики. Хочу показать школьникам движение планет вокруг Солнца в 3D, чтобы можно было ускорять время ползунком. С чего начать, если я почти не программирую?"
        ),
        _u(
            "В браузерной стрелялке камера от первого лица дёргается при повороте мышью. Использую PointerLockControls."
        ),
        _u(
            "На бюджетном ноуте с Intel HD сцена еле шевелится, 12 фпс. Там всего-то 50 объектов и пара источников света. Куда смотреть?"
        ),
        _u("Объясните по-человечески, что такое deferred rendering и зачем он, если есть forward?"),
        _u(
            "Что такое гамма-коррекция и почему у меня всё слишком тёмное после того, как я включил sRGB?"
        ),
        _u(
            "Хочу визуализатор для подкаста: сфера, которая дрожит и вспучивается от голоса. Web Audio уже подключил, дальше не знаю."
        ),
        _u(
            "Карта Москвы в 3D, здания из OSM. Хочу, чтобы при наведении дом подсвечивался и показывалась этажность. Их 60 тысяч — как сделать пикинг, не тормозя?"
        ),
        _u(
            "Шейдер выдаёт чёрный экран, в консоли пусто:\n\nprecision highp float;\nuniform vec3 uLightDir;\nvarying vec3 vNormal;\nvoid main(){\n  float d = dot(vNormal, uLightDir);\n  gl_FragColor = vec4(vec3(d), 1.0);\n}\n\nuLightDir передаю (0, 10, 5)."
        ),
        _u(
            "Тени от персонажа отрываются от ног, висит зазор. Это shadow bias? Какие значения ставить?"
        ),
        _u(
            "В Babylon.js сделали конфигуратор кухни, заказчик жалуется, что дерево на фасадах размытое вблизи. Текстуры 2048."
        ),
        _u(
            "Нужна анимация: логотип компании собирается из тысячи летящих осколков и потом разлетается при скролле."
        ),
        _u(
            "Медицинская платформа: КТ лёгких надо показать в 3D с возможностью отрезать часть объёма плоскостью. Это вообще реально на WebGL без плагинов?"
        ),
        _u(
            "Персонаж в игре бегает, но при смене анимации с бега на прыжок его резко дёргает. Как сделать плавный переход?"
        ),
        _u(
            "Кто-нибудь делал WebXR на A-Frame для Quest 3? Руки не отображаются, контроллеры видно."
        ),
        _u("После экспорта из Blender металл стал чёрным. В Blender красиво блестит."),
        _u(
            "Генеративное искусство: хочу поток линий, которые текут по полю шума, как волосы под водой, и чтобы их было штук 50 тысяч. На canvas 2D тормозит."
        ),
        _u(
            "glb модели турбины весит 300 МБ, пользователи ждут загрузку вечно. Draco, meshopt, KTX2 — что из этого реально поможет?"
        ),
        _u(
            "Привет! Я дизайнер, кодить не умею. Хочу на портфолио 3D-кружку, которую можно вращать мышкой. Самый простой путь?"
        ),
        _u("Листья деревьев отображаются с чёрными квадратами вокруг. Текстура PNG с альфой."),
        _u(
            "Мобильная версия нашего 3D-каталога мебели вылетает на старых айфонах, Safari просто перезагружает вкладку."
        ),
        _u(
            "Хочу, чтобы вода в бассейне отбрасывала на дно бегущие световые узоры, как в жару летом."
        ),
        _u(
            "Дым от костра выглядит как набор плоских картинок, видно, что это спрайты, когда они пересекают землю."
        ),
        _u("Как работает raymarching и почему им рисуют облака?"),
        _u(
            "В Cesium при приближении к городу текстуры зданий долго грузятся, всё серое секунд десять."
        ),
        _u(
            "В r3f компонент перерисовывается каждый кадр, а у меня внутри useFrame вызывается setState. Это плохо?"
        ),
        _u("Хочу эффект старой плёнки поверх всей 3D-сцены: зерно, царапины, виньетка."),
        _u(
            "На выставку про космос нужен интерактив: МКС летит над Землёй, можно переключаться между камерами модулей. Тач-экран в зале, браузер Chrome."
        ),
        _u("Что такое нормали и почему без них свет ложится неправильно?"),
        _u(
            "модель грузится но она огромная и камера внутри. как подогнать камеру под размер модели автоматически?"
        ),
        _u(
            "Камера в изометрической стратегии должна двигаться, когда курсор у края экрана, и зумиться колесом, но без перспективы."
        ),
        _u(
            "Постобработка SSAO съедает половину кадра на ноутбуке. Можно как-то дешевле получить эти тени в углах?"
        ),
        _m(
            "Помоги составить список покупок на неделю.",
            "Конечно: крупы, овощи, курица, яйца, молочка, фрукты. Уточнить?",
            "Потом. Сейчас горит: в 3D-витрине кроссовок подошва белая, а выглядит серой и грязной. Как её отбелить в рендере?",
        ),
        _m(
            "У меня вьюер для деталей на OrbitControls.",
            "Что именно не так?",
            "При вращении деталь уходит за экран, она вращается не вокруг своего центра.",
        ),
        _m(
            "Делаю океан в шейдере.",
            "Какой подход — FFT или сумма волн Герстнера?",
            "Герстнер. Но на горизонте видна сетка, волны выглядят ступеньками.",
        ),
        _m(
            "Что такое LOD?",
            "Уровни детализации: вдали показывают упрощённую модель, вблизи — подробную.",
            "А как сделать, чтобы переключение не было заметно? Сейчас деревья прыгают.",
        ),
        _m(
            "Как перевести «render pass» на русский для документации?",
            "Обычно пишут «проход рендеринга».",
            "Спасибо. И раз уж о нём: как мне сделать отдельный проход, чтобы только выделенный объект светился?",
        ),
        _m(
            "Мы делаем виртуальный тур по Эрмитажу для школьников.",
            "Интересно! Что уже есть?",
            "Сферические панорамы залов и пара 3D-скульптур.",
            "Можно совместить: панорамы как фон, скульптуры — настоящие модели.",
            "А как сделать, чтобы скульптура освещалась так же, как на панораме?",
        ),
        _m("Перешёл на WebGPU.", "Какие трудности?", "Не понимаю bind groups. Зачем их несколько?"),
        _m(
            "Мои частицы снега падают одинаково.",
            "Добавь каждой случайный дрейф и скорость.",
            "А если миллион снежинок? На CPU это смерть.",
        ),
        _m(
            "Пишу головоломку с вращающимся кубом в браузере.",
            "Что нужно?",
            "Чтобы при повороте грани куба была приятная пружинистая анимация, а не линейная.",
        ),
        _m(
            "Как лучше написать резюме разработчику?",
            "Кратко, с цифрами по результатам, стек наверху.",
            "Ок. А в портфолио у меня 3D-сцена, которая на слабых телефонах показывает белый экран. Как сделать заглушку-картинку, если WebGL не тянет?",
        ),
        _m(
            "Почему моя текстура кирпича растянута?",
            "Скорее всего UV-развёртка не совпадает с пропорциями.",
            "ну а если я не хочу лезть в блендер, можно повторить текстуру прямо в коде?",
        ),
        _m(
            "Делаю игру в PlayCanvas.",
            "Что за игра?",
            "Гонки на лодках. Волны есть, но лодка не качается на них.",
        ),
        _m(
            "а если без bloom?",
            "Можно эмулировать свечение спрайтом-ореолом вокруг лампы.",
            "мне нужно для сотни фонарей на улице, это не убьёт фпс?",
        ),
        _m(
            "Делаю 3D-атлас зубов для стоматологов.",
            "Хорошая задача. Что показываем?",
            "Эмаль должна выглядеть влажной и слегка просвечивать, а сейчас как мел.",
        ),
        _m(
            "Рисую молекулы белка шариками и палочками.",
            "Сколько атомов?",
            "Около 80 тысяч. Каждый атом — отдельная сфера, и всё встаёт колом.",
        ),
        _m(
            "Нужно эссе о Пушкине.",
            "Какой объём и акцент?",
            "Забудь, это сестре. Мне нужна помощь с тем, что трава в моей 3D-игре выглядит как ковёр, а не как трава.",
        ),
        _s(
            "Ты — ассистент в IDE. Отвечай кратко, с кодом.",
            "Почему объект не крутится?\n\nuseFrame(() => {\n  ref.current.rotation.y + 0.01\n})",
        ),
        _s(
            "Ты — бот поддержки платформы 3D-туров «Домовид».",
            "У клиента на планшете при переходе между комнатами экран на секунду белеет. Можно сделать плавное затемнение?",
        ),
        _s(
            "Ты — агент, работающий в репозитории браузерной игры на Babylon.js.",
            "Сделай так, чтобы при попадании по врагу он на долю секунды вспыхивал белым.",
        ),
        _s(
            "Ты — внутренний помощник студии «Светопись».",
            "Заказчик хочет, чтобы керамическая ваза выглядела глазурованной: блестящий верхний слой, матовая глина под ним.",
        ),
        _s(
            "You are a coding assistant.",
            "В deck.gl сделал слой с 3D-столбиками по продажам в регионах, но при наклоне карты столбики проваливаются под землю.",
        ),
        _s(
            "Ты помогаешь команде цифрового музея.",
            "Посетители жалуются, что на старом Android модель меча грузится минуту и потом всё лагает. Модель 1,2 млн треугольников.",
        ),
        _s(
            "Ты ассистент стартапа по примерке очков в AR.",
            "Оправа на лице выглядит приклеенной, нет ощущения, что она отбрасывает тень на кожу.",
        ),
        _s(
            "Ты помогаешь инди-разработчикам.",
            "Хочу шейдер силового поля: прозрачная сфера, которая ярче по краям и рябит в месте удара.",
        ),
        _s(
            "Ты — ревьюер кода.",
            "Посмотри, мне кажется, тут утечка памяти при смене уровней:\n\nfunction loadLevel(url){\n  scene.clear();\n  loader.load(url, g => scene.add(g.scene));\n}",
        ),
        _s(
            "Ты — чат-бот университета, кафедра VR.",
            "В лабораторной по WebXR при повороте головы картинка отстаёт и плывёт, тошнит.",
        ),
        _u(
            "В игре-рогалике хочу, чтобы при взрыве камера коротко тряслась, но не укачивало. Как правильно сделать camera shake?"
        ),
        _u("Как в WGSL правильно выровнять структуру в uniform-буфере? vec3 ломает смещения."),
        _u(
            "Симулятор для пилотов-любителей в браузере: облака надо пролетать насквозь, и чтобы внутри было туманно. Как?"
        ),
        _u(
            "Для приложения по геологии нужен разрез горы: слои пород разного цвета видны на срезе, и срез можно двигать пальцем на планшете."
        ),
        _s(
            "Ты — помощник команды, которая делает тренажёры для энергетиков.",
            "В 3D-модели подстанции нужно, чтобы при ошибке оператора между шинами проскакивала дуга — яркая, ветвистая, на полсекунды.",
        ),
        _s(
            "Ты помогаешь фронтенд-команде интернет-магазина ковров.",
            "Ворс ковра в 3D выглядит как плоская картинка. Нужен объём, хотя бы когда смотришь под углом.",
        ),
    ],
    "ko": [
        _u(
            "쇼핑몰 상세페이지에 올린 운동화 3D 모델이 너무 플라스틱 같아요. 니트 소재 느낌이 나게 하려면 뭘 만져야 하나요?"
        ),
        _u(
            "호텔 객실 웹 VR 투어인데 창가 쪽은 괜찮은데 침대 쪽이 너무 어두워요. 라이트를 더 넣으면 성능이 떨어지고… 방법 없을까요?"
        ),
        _u("와인잔 렌더링이 너무 가짜 같아요. 유리 두께감이 하나도 없고 그냥 투명한 판때기 같음"),
        _u(
            "박물관에서 고려 청자 3D 스캔본을 웹에 올리려는데 텍스처가 8K 여섯 장이에요. 모바일에서 터지지 않게 하려면요?"
        ),
        _u(
            "중학교 과학 수업용으로 화산 단면을 3D로 보여주고 싶어요. 마그마가 올라오는 애니메이션까지 있으면 좋겠는데 웹페이지로 가능할까요?"
        ),
        _u(
            "브라우저 레이싱 게임에서 속도감이 안 느껴져요. 빠르게 달릴 때 화면 가장자리가 흐려지고 시야각이 넓어지는 효과 어떻게 넣나요?"
        ),
        _u(
            "갤럭시 A 시리즈 같은 보급형 폰에서 우리 3D 랜딩페이지가 버벅여요. 개발자 도구로 뭘 먼저 봐야 할까요?"
        ),
        _u("드로우콜이 정확히 뭐고 왜 줄이라고들 하는 거예요?"),
        _u("셰이더에서 varying이랑 uniform 차이가 헷갈려요. 예시로 설명해주세요"),
        _u(
            "K-pop 팬 사이트에 노래 틀면 3D 파티클이 비트에 맞춰 터지는 비주얼라이저 넣고 싶어요. three.js로 할 거예요."
        ),
        _u(
            "아파트 분양 홍보용 3D 단지 모델에서 시간대별 일조량을 보여주고 싶어요. 동지 오후 3시 그림자 같은 거요."
        ),
        _u(
            "이 셰이더 왜 안 돼요? 화면이 그냥 분홍색이에요\n\nuniform float uTime;\nvoid main(){\n  vec3 c = vec3(sin(uTime), 0.2, 1.0);\n  gl_FragColor = vec4(c, 1);\n}\n\nuTime은 매 프레임 업데이트하고 있어요."
        ),
        _u("그림자 가장자리가 너무 딱딱해요. 흐린 날처럼 부드러운 그림자를 원해요."),
        _u(
            "Babylon.js로 만든 스마트팩토리 대시보드에서 컨베이어 벨트가 움직이는 것처럼 보이게 하고 싶어요. 모델을 움직이는 게 아니라 텍스처만 흐르게요."
        ),
        _u(
            "서울 3D 지도에서 지하철 노선을 땅속에 빛나는 관처럼 보여주고 싶은데, 지면을 반투명하게 하면 다 이상해져요."
        ),
        _u(
            "치과 스캐너에서 나온 STL을 웹 뷰어로 보여주는데, 환자가 보기엔 회색 덩어리라 별로래요. 치아랑 잇몸을 좀 그럴듯하게 보이게 하려면요?"
        ),
        _u("InstancedMesh 쓰면 각 인스턴스마다 색을 다르게 줄 수 있나요?"),
        _u(
            "캐릭터가 걸을 때 발이 땅을 뚫고 들어가요. 언덕 지형이라서 그런 것 같은데 IK 같은 게 필요한가요?"
        ),
        _u("A-Frame으로 만든 VR 갤러리인데 그림에 가까이 가면 해상도가 뭉개져요."),
        _u("GLB 불러왔더니 텍스처가 위아래 뒤집혀 나와요. flipY 건드려야 하나요?"),
        _u(
            "미디어아트 전시용으로 관객 움직임에 따라 수만 개의 꽃잎이 흩날리는 화면을 만들고 싶어요. 웹캠 입력은 이미 받고 있어요."
        ),
        _u(
            "건설사 BIM 모델을 웹에서 보여줘야 하는데 IFC를 변환하니 메시가 4만 개로 쪼개져 있어요. 합쳐야 하나요?"
        ),
        _u(
            "저는 코딩을 전혀 모르는 쇼핑몰 사장인데요, 가방 3D 모델 파일을 받았어요. 우리 상세페이지에 돌려볼 수 있게 붙이려면 제일 쉬운 방법이 뭔가요?"
        ),
        _u("반투명한 유리창 뒤에 있는 파티클이 안 보여요. 렌더 순서 문제인가요?"),
        _u("모바일에서 우리 3D 뷰어를 켜 두면 배터리가 엄청 빨리 닳는다는 리뷰가 달렸어요."),
        _u("바닥이 물에 젖은 것 같은 반사, 사이버펑크 거리 느낌으로 하고 싶어요."),
        _u("산속 장면에서 멀리 있는 산이 푸르스름하게 옅어지는 대기 원근감은 어떻게 표현해요?"),
        _u("오클루전 컬링이랑 프러스텀 컬링 차이 좀 알려주세요."),
        _u("CesiumJS로 드론 비행경로를 3D로 그리고 있는데 선이 지형에 묻혀서 안 보여요."),
        _u(
            "r3f에서 drei의 <Html>로 라벨 붙였더니 모델 뒤로 가도 라벨이 계속 보여요. 가려지게 할 수 있나요?"
        ),
        _u(
            "벽돌 텍스처가 멀리서 보면 반복 패턴이 너무 티 나요. 타일링 티 안 나게 하는 요령 있나요?"
        ),
        _u(
            "공룡 박물관 키오스크용으로 티라노 골격을 손가락으로 돌리고 확대하는 앱이요. 터치 제스처 두 손가락 회전이 안 먹혀요."
        ),
        _u("HDR 환경맵이 뭐고 왜 그걸 쓰면 금속이 갑자기 예뻐지나요?"),
        _u("흰 화면만 나와요. 캔버스는 있는데 아무것도 안 그려짐. 에러도 없음."),
        _u("3인칭 카메라가 캐릭터 뒤를 따라가는데 방향 바꿀 때 너무 휙휙 돌아서 어지러워요."),
        _u("선택한 부품만 노란 외곽선 보이게 하고 싶은데 OutlinePass 쓰니까 전체가 흐려져요."),
        _m(
            "회의록 요약 좀 해줄래?",
            "네, 붙여넣어 주세요.",
            "아 잠깐, 그거 말고 급한 거. 우리 3D 제품 뷰어에서 안경테 금속 부분이 너무 누렇게 보여요. 실버여야 하거든요.",
        ),
        _m(
            "제품 뷰어 만들고 있어요. OrbitControls 씀.",
            "네, 어떤 문제가 있나요?",
            "사용자가 모델 아래쪽으로 카메라를 돌려서 바닥 밑이 보여요. 막고 싶어요.",
        ),
        _m(
            "호수 물 셰이더 만들었어요.",
            "반사는 어떻게 처리하셨나요?",
            "큐브맵으로요. 그런데 물가 쪽이 너무 딱 끊겨요. 물이 얕아지면서 투명해지는 느낌이 없어요.",
        ),
        _m(
            "노멀맵이 뭐예요?",
            "표면의 미세한 요철 방향을 텍스처에 저장해서, 폴리곤을 늘리지 않고도 울퉁불퉁해 보이게 하는 기법이에요.",
            "그럼 실루엣은요? 옆에서 보면 여전히 매끈하던데.",
        ),
        _m(
            "내일 제주도 날씨 어때?",
            "실시간 정보는 없지만 기상청 앱을 확인해 보세요.",
            "알겠어. 그럼 다른 질문. 한라산 지형을 3D로 띄웠는데 높이가 너무 납작해 보여. 과장해서 보여주려면?",
        ),
        _m(
            "경복궁 근정전 복원 모델을 웹에 올리는 프로젝트 중이에요.",
            "멋지네요. 어떤 단계인가요?",
            "모델은 끝났고 단청 색감이 문제예요.",
            "조명과 톤매핑 영향이 클 수 있어요.",
            "ACES로 하면 빨간색이 주황으로 날아가요. 원래 색 살리려면?",
        ),
        _m(
            "WebGPU 시작했어요.",
            "어떤 걸 만드세요?",
            "WGSL에서 storage buffer랑 uniform buffer 언제 뭘 써요?",
        ),
        _m(
            "불꽃놀이 파티클 만들었는데요.",
            "어떤 부분이 아쉬우세요?",
            "터진 다음 꼬리가 안 남아요. 잔상처럼 흐르는 꼬리를 원해요.",
        ),
        _m(
            "보드게임을 웹 3D로 옮기고 있어요.",
            "재밌겠네요. 뭐가 필요하세요?",
            "주사위 굴릴 때 진짜처럼 튕기고 멈추게요. 물리 엔진 써야 해요?",
        ),
        _m(
            "전세 계약 갱신할 때 주의할 점 알려줘.",
            "확정일자, 등기부등본 확인, 보증금 반환 조건을 챙기세요.",
            "고마워. 그리고 이건 일인데, 부동산 앱에 매물 3D 평면도를 넣었는데 위에서 내려다보면 벽이 너무 얇게 보여.",
        ),
        _m(
            "모델이 너무 반짝여요.",
            "roughness 값을 올려보셨나요?",
            "올렸는데 이번엔 전체가 뿌옇게 떠 보여요",
        ),
        _m(
            "PlayCanvas로 미니골프 만들어요.",
            "좋네요! 문제는요?",
            "공이 홀 가장자리에서 이상하게 튀어요.",
        ),
        _m(
            "그럼 SSAO는 빼고요?",
            "네, 대신 라이트맵에 AO를 구워 넣으면 됩니다.",
            "라이트맵 굽는 건 블렌더에서 하면 되고, 웹에서는 어떻게 적용해요?",
        ),
        _m(
            "의대생용 심장 3D 모델 만들고 있어요.",
            "어떤 기능이 필요해요?",
            "심장이 뛰는 애니메이션이랑 판막 열리는 거요.",
            "모프 타깃이나 스켈레탈 애니메이션을 쓸 수 있어요.",
            "혈류를 빨강 파랑 화살표로 흐르게 하는 건요?",
        ),
        _m(
            "우주 시뮬레이션 중이에요.",
            "어떤 문제가 있으세요?",
            "행성 가까이 가면 표면 디테일이 없어요. 멀리서 보면 괜찮은데.",
        ),
        _m(
            "자기소개서 첨삭해줄 수 있어?",
            "물론이죠, 붙여넣어 주세요.",
            "이따가 할게. 지금은 게임에서 나무가 바람에 흔들리게 하고 싶은데 나무가 500그루라 애니메이션 클립으로는 무리야.",
        ),
        _s(
            "당신은 IDE에 내장된 코딩 도우미입니다.",
            "텍스처가 까맣게 나와요.\n\nconst tex = new THREE.TextureLoader().load('wood.jpg');\nconst mat = new THREE.MeshBasicMaterial({ map: tex });\nrenderer.render(scene, camera);\n\n애니메이션 루프는 없어요.",
        ),
        _s(
            "당신은 3D 가상 모델하우스 플랫폼 '집보기'의 고객지원 챗봇입니다.",
            "아이폰에서 모델하우스 들어가면 화면이 흔들리면서 자이로로 움직여요. 끄는 방법 있나요?",
        ),
        _s(
            "당신은 컴퓨터 그래픽스 과목 조교입니다.",
            "깊이 버퍼가 왜 원근 투영에서 비선형이 되는지 모르겠어요.",
        ),
        _s(
            "당신은 웹 게임 저장소에서 일하는 코딩 에이전트입니다. 스택: Vite, three.js, TypeScript.",
            "피격 시 화면 가장자리가 붉게 번지는 데미지 효과를 추가해줘.",
        ),
        _s(
            "당신은 디자인 스튜디오 '포말'의 사내 어시스턴트입니다.",
            "화장품 브랜드 런칭 페이지에 립스틱 케이스를 3D로 넣는데, 무광 블랙에 골드 로고가 살짝 도드라지게 보이게 하고 싶어요.",
        ),
        _s(
            "You are a helpful assistant for developers.",
            "deck.gl HexagonLayer로 서울 배달 데이터를 보여주는데 육각형 기둥이 다 똑같은 색이에요.",
        ),
        _s(
            "당신은 디지털 헤리티지 팀을 돕는 어시스턴트입니다.",
            "탑 모델을 여러 조각으로 나눠서 스크롤하면 층별로 분해되는 연출을 하고 싶어요.",
        ),
        _s(
            "당신은 AR 인테리어 앱 개발팀을 돕습니다.",
            "AR로 놓은 조명 기구가 방 밝기랑 안 맞아서 혼자 붕 떠 보여요.",
        ),
        _s(
            "인디 게임 개발자를 돕는 어시스턴트입니다.",
            "픽셀아트 느낌을 3D에 입히고 싶어요. 저해상도로 그리고 선명하게 확대하는 방식이요.",
        ),
        _s(
            "당신은 코드 리뷰어입니다.",
            "이 코드 리뷰해줘. 창 크기 바꾸면 화면이 늘어나요.\n\nwindow.addEventListener('resize', () => {\n  renderer.setSize(innerWidth, innerHeight);\n});",
        ),
        _s(
            "대학교 XR 연구실 챗봇입니다.",
            "WebXR에서 컨트롤러로 물건 잡는 걸 만들었는데 잡으면 물건이 손에서 순간이동하듯 튀어요.",
        ),
        _u(
            "마스코트 캐릭터가 웹사이트 방문자에게 손을 흔드는 인사 애니메이션을 스크롤 시작할 때만 재생하고 싶어요."
        ),
        _u("WGSL에서 workgroup_size를 얼마로 잡아야 하나요? 64? 256?"),
        _u("눈 내리는 밤 거리 장면인데 가로등 아래에만 눈송이가 반짝이게 하고 싶어요."),
        _s(
            "당신은 e스포츠 방송 그래픽팀의 어시스턴트입니다.",
            "경기 시작 전에 팀 로고가 3D로 깨지면서 등장하는 인트로를 브라우저 오버레이로 만들고 싶어요.",
        ),
        _s(
            "당신은 해양 연구소 웹팀을 돕는 어시스턴트입니다.",
            "독도 주변 해저 지형을 3D로 보여주는데, 깊이에 따라 색이 자연스럽게 짙어지게 하고 싶어요.",
        ),
    ],
    "it": [
        _u(
            "Nel configuratore online delle nostre poltrone il velluto sembra gomma. Come si ottiene quella lucentezza morbida ai bordi tipica del velluto?"
        ),
        _u(
            "Il tour virtuale della cantina è buio pesto: solo le botti vicino alla porta si vedono. Come illumino un ambiente interno senza cento luci?"
        ),
        _u(
            "La lampada di Murano nel nostro e-commerce sembra di plastica colorata, non di vetro soffiato. Voglio riflessi e un po' di colore che passa attraverso."
        ),
        _u(
            "Abbiamo la scansione laser di un affresco di Pompei su una parete curva. Vogliamo farlo vedere online con la luce radente che mostra le crepe. Si può?"
        ),
        _u(
            "Insegno chimica al liceo. Vorrei mostrare gli orbitali s, p e d in 3D come nuvole semitrasparenti che i ragazzi possono ruotare. Da dove parto?"
        ),
        _u(
            "Nel mio gioco di guida la macchina sembra non avere peso: in curva non si inclina e la telecamera è rigida."
        ),
        _u(
            "Sul Redmi della mia ragazza la nostra scena fa 15 fps e sul mio Mac 120. Il pixel ratio c'entra qualcosa?"
        ),
        _u("Qualcuno mi spiega il normal mapping senza formule? Devo spiegarlo al cliente."),
        _u("Che differenza c'è tra un vertex shader e un fragment shader? Quale gira più volte?"),
        _u(
            "Per una serata techno vogliamo un visual in browser: un tunnel infinito che accelera col kick e cambia colore sui drop."
        ),
        _u(
            "Mappa 3D di Venezia per un progetto sull'acqua alta: vorrei alzare il livello dell'acqua con uno slider e vedere quali calli finiscono sott'acqua."
        ),
        _u(
            "Questo shader dovrebbe fare un'onda ma i vertici non si muovono:\n\nuniform float time;\nvoid main(){\n  vec3 p = position;\n  p.z = sin(p.x * 4.0 + time);\n  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);\n}"
        ),
        _u(
            "Le ombre sul pavimento hanno delle strisce a righe, tipo moiré. Si chiama shadow acne? Come si toglie?"
        ),
        _u(
            "In Babylon.js abbiamo un modello di una nave da crociera per le vendite. Il cliente vuole vedere le cabine sezionando il ponte come una torta. Come si fa?"
        ),
        _u(
            "Vorrei che i palazzi della mia mappa urbana di notte avessero le finestre accese a caso, senza modellare ogni finestra."
        ),
        _u(
            "Ecografie 3D fetali: le vorremmo mostrare ai genitori in un portale web con un rendering morbido color pesca. Che tecnica di rendering volumetrico si usa?"
        ),
        _u(
            "Qual è la differenza tra luce direzionale, puntiforme e spot? E quale fa le ombre più costose?"
        ),
        _u(
            "Il mio personaggio quando si ferma fa uno scatto, passa da corsa a fermo di colpo. Usiamo AnimationMixer."
        ),
        _u(
            "Con A-Frame sto facendo una visita in VR di una chiesa romanica. Come metto dei punti informativi che si aprono quando li guardi per due secondi?"
        ),
        _u("Il glTF esportato da 3ds Max ha le normali sbagliate, alcune facce sono nere."),
        _u(
            "Voglio fare un'opera di data art con i dati dei terremoti italiani degli ultimi 100 anni: colonne luminose sulla penisola che crescono nel tempo."
        ),
        _u(
            "Il modello CAD della macchina per il caffè professionale ha 6000 pezzi separati. Il browser ci mette una vita a disegnarlo."
        ),
        _u(
            "Sono un architetto, non uno sviluppatore. Ho il mio progetto in SketchUp e vorrei metterlo sul mio sito, navigabile. Quale strada è la meno complicata?"
        ),
        _u(
            "I capelli del personaggio hanno un contorno seghettato e alcune ciocche spariscono dietro altre. Uso alpha blending."
        ),
        _u(
            "Il nostro showroom 3D di moto su tablet crasha dopo aver cambiato modello tre o quattro volte. Mi sa che non liberiamo la memoria."
        ),
        _u(
            "Vorrei le pozzanghere sul selciato che riflettono le insegne, ma solo dove c'è l'acqua."
        ),
        _u(
            "Come faccio a fare i raggi di luce che entrano da una finestra, con la polvere che si vede nel fascio?"
        ),
        _u(
            "A cosa serve il tone mapping? Se lo tolgo i colori sembrano più vivi ma le luci bruciano."
        ),
        _u(
            "Con Cesium voglio mostrare il percorso di un'auto di rally in 3D sulle montagne, con la telecamera che la segue."
        ),
        _u("Le texture dei miei muri da lontano brillano e sfarfallano, come se ci fosse rumore."),
        _u(
            "Per un'app del museo di storia naturale vogliamo un'ammonite che si apre e mostra le camere interne, con la spirale che si illumina."
        ),
        _u('Cosa significa che una texture deve essere "potenza di due"? Vale ancora con WebGL2?'),
        _u("ho fatto tutto come nel tutorial ma vedo solo il colore di sfondo. niente cubo."),
        _u(
            "La telecamera dovrebbe fare un volo cinematografico intorno al prodotto all'apertura della pagina, poi lasciare il controllo all'utente senza scatti."
        ),
        _u("Come si fa a far brillare solo le scritte al neon di un'insegna e non tutta la scena?"),
        _m(
            "Mi riassumi il capitolo 3 dei Promessi sposi?",
            "Renzo va dall'Azzeccagarbugli per un consiglio legale, ma viene cacciato quando si capisce che c'entra don Rodrigo.",
            "Perfetto. Ora una cosa di lavoro: nella vetrina 3D degli occhiali, le lenti specchiate sembrano grigie opache.",
        ),
        _m(
            "Ho un visualizzatore di turbine con OrbitControls.",
            "Dimmi pure.",
            "Vorrei che ruotando si girasse solo orizzontalmente, senza poter andare sopra o sotto.",
        ),
        _m(
            "Sto facendo un fiume in WebGL.",
            "Usi una texture di normali che scorre?",
            "Sì, ma sembra un nastro trasportatore, l'acqua scorre tutta uguale.",
        ),
        _m(
            "Cos'è l'anti-aliasing MSAA?",
            "Campiona più volte i bordi dei triangoli per ammorbidire i gradini.",
            "E perché quando aggiungo il post-processing i gradini tornano?",
        ),
        _m(
            'Come si dice "draw call" in italiano?',
            'Di solito si lascia in inglese; a volte "chiamata di disegno".',
            "Ok. Comunque ne ho 3000 in una scena di un paesino. Come le riduco?",
        ),
        _m(
            "Facciamo un tour virtuale degli Uffizi per le scuole.",
            "Bellissimo. Cosa avete già?",
            "Le sale modellate e i quadri come texture.",
            "Il rischio è che i quadri siano pesanti da caricare.",
            "Esatto, 200 quadri. Come carico in alta risoluzione solo quello che sto guardando?",
        ),
        _m(
            "Provo WebGPU.",
            "Cosa ti serve?",
            "Non capisco il concetto di pipeline. Perché devo crearne una per ogni materiale?",
        ),
        _m(
            "Ho fatto la pioggia con le particelle.",
            "Com'è il risultato?",
            "Sembrano puntini che cadono, non gocce. Mancano le strisce.",
        ),
        _m(
            "Faccio un puzzle 3D nel browser.",
            "Che tipo di puzzle?",
            "Pezzi che si incastrano. Voglio che quando un pezzo è vicino al posto giusto scatti in posizione con un piccolo rimbalzo.",
        ),
        _m(
            "Mi aiuti con la dichiarazione dei redditi?",
            "Posso spiegare in generale le voci, ma per il tuo caso serve un CAF.",
            "Va bene. Ora invece: il mio sito di case vacanza ha un modello 3D della villa e le piante sembrano ritagli di cartone.",
        ),
        _m(
            "Perché il mio modello sembra piatto?",
            "Forse manca una luce ambiente o le ombre.",
            "ho messo tutto. sembra ancora piatto, tipo un cartone animato senza volume",
        ),
        _s(
            "Sei un assistente per sviluppatori PlayCanvas.",
            "Nel mio editor le lightmap cotte hanno macchie scure nei punti dove due muri si toccano. Cosa controllo negli UV?",
        ),
        _m(
            "e per la profondità di campo?",
            "Puoi usare un passaggio bokeh nel post-processing.",
            "sì ma lo sfondo sfocato ha un alone intorno al prodotto in primo piano",
        ),
        _m(
            "Faccio un modello 3D del ginocchio per i fisioterapisti.",
            "Ottimo. Cosa deve fare?",
            "Mostrare i legamenti quando la gamba si piega.",
            "Puoi animare le ossa e deformare i legamenti con lo skinning.",
            "E come li rendo evidenziati in un colore diverso quando sono in tensione?",
        ),
        _m(
            "Nella mia galassia ci sono 500.000 stelle.",
            "Le disegni come punti?",
            "Sì ma sembrano tutte uguali, nessuna profondità, sembra rumore.",
        ),
        _m(
            "Scrivimi una poesia sul mare.",
            "Onde che tornano, come pensieri lenti...",
            "Bella. Adesso però aiutami con il mio mare in 3D: la schiuma sulle onde non c'è e sembra finto.",
        ),
        _s(
            "Sei l'assistente di programmazione dentro l'IDE.",
            "Perché la luce non illumina niente?\n\nconst light = new THREE.PointLight(0xffffff, 1);\nlight.position.set(0, 5, 0);\nconst mat = new THREE.MeshBasicMaterial({ color: 'red' });",
        ),
        _s(
            "Sei il supporto clienti di CasaTour, piattaforma di tour virtuali immobiliari.",
            "Salve, nelle nostre planimetrie 3D gli utenti vogliono misurare le stanze cliccando due punti. Si può attivare?",
        ),
        _s(
            "Sei un tutor di grafica computerizzata per studenti universitari.",
            "Perché si usano i quaternioni per le rotazioni e non gli angoli di Eulero?",
        ),
        _s(
            "Sei un agente di sviluppo nel repository di un gioco web con Babylon.js.",
            "Aggiungi una minimappa in alto a destra vista dall'alto che mostra il giocatore.",
        ),
        _s(
            "Sei l'assistente interno dello studio Fiordaliso.",
            "Il cliente vuole che il gioiello ruoti e che i diamanti facciano quei lampi di colore (dispersione). Fattibile in tempo reale?",
        ),
        _s(
            "Sei l'assistente del team digitale del museo archeologico.",
            "I vasi etruschi online appaiono troppo lucidi, come se fossero verniciati. Dovrebbero essere terracotta opaca.",
        ),
        _s(
            "Sei l'assistente di una startup di prova virtuale di scarpe in AR.",
            "La scarpa in AR sul piede trema continuamente anche se il piede è fermo.",
        ),
        _s(
            "Aiuti sviluppatori indipendenti di videogiochi.",
            "Vorrei un effetto acquerello su tutta la scena 3D, tipo illustrazione per bambini.",
        ),
        _s(
            "Sei il chatbot del laboratorio di realtà virtuale del politecnico.",
            "In WebXR il pavimento della scena è a livello degli occhi, la gente si vede sottoterra.",
        ),
        _s(
            "Sei l'assistente tecnico di un'agenzia che fa installazioni per fiere.",
            "Allo stand avremo un monitor verticale 4K con un trattore 3D che gira. Su quel PC mini la ventola urla e scatta ogni tanto. Come alleggeriamo?",
        ),
        _u("In WGSL non riesco a passare un array di luci di lunghezza variabile. Come si fa?"),
        _u(
            "Gioco di astronavi in browser: voglio la scia del motore che si curva quando la nave vira."
        ),
    ],
    "pt": [
        _u(
            "No nosso e-commerce de bolsas o couro em 3D parece emborrachado. Como deixo com aqueles poros e um brilho sutil só nas dobras?"
        ),
        _u(
            "A planta 3D do apartamento decorado ficou com a cozinha escura demais, parece de noite. Já coloquei uma AmbientLight forte e ficou tudo chapado."
        ),
        _u(
            "O aquário do meu joguinho tem vidro que parece uma parede cinza. Queria ver os peixes meio distorcidos pela água e pelo vidro."
        ),
        _u(
            "O museu quer colocar online a escultura do Aleijadinho escaneada, mas o arquivo OBJ tem 900 MB. Qual o caminho pra isso abrir em celular?"
        ),
        _u(
            "Sou professora de geografia. Queria um globo 3D que mostre as placas tectônicas se movendo ao longo de milhões de anos, com um controle deslizante. Existe algo pronto ou tenho que programar?"
        ),
        _u(
            "No meu jogo de skate no navegador, quando o personagem cai a câmera atravessa o chão e mostra tudo por baixo."
        ),
        _u(
            "Nosso site com um carro 3D girando fica travando em Moto G. Tem jeito de detectar celular fraco e baixar a qualidade automaticamente?"
        ),
        _u("O que é um G-buffer? Vi num artigo e não entendi nada."),
        _u("Pra que serve a matriz normal no shader? Por que não uso a modelView direto?"),
        _u(
            "Quero um visualizador pra rádio online: ondas de som desenhadas como montanhas 3D que vão passando, estilo capa de disco anos 80."
        ),
        _u(
            "Mapa 3D de São Paulo com as linhas de ônibus: queria os ônibus como pontinhos andando em tempo real por cima das ruas, são uns 12 mil."
        ),
        _u(
            "Meu shader de toon shading ficou com listras esquisitas:\n\nfloat d = dot(normalize(vNormal), lightDir);\nfloat tone = floor(d * 3.0) / 3.0;\ngl_FragColor = vec4(baseColor * tone, 1.0);\n\nAs partes de trás ficam pretas demais e tem faixas serrilhadas."
        ),
        _u(
            "As sombras das árvores somem quando eu afasto a câmera. Chega um ponto que não tem sombra nenhuma."
        ),
        _u(
            "No Babylon.js fizemos uma vitrine de tênis e o cliente quer trocar a cor do cadarço sem recarregar o modelo. Como identifico só o cadarço?"
        ),
        _u(
            "Quero que as ruas da minha cidade 3D tenham carros com faróis à noite, mas sem colocar uma luz real em cada carro."
        ),
        _u(
            "Plataforma de radiologia: queremos mostrar a reconstrução 3D do crânio a partir da tomografia e deixar o médico medir distâncias clicando. Que bibliotecas vocês usariam?"
        ),
        _u("Diferença entre BufferGeometry indexada e não indexada? Faz diferença pra desempenho?"),
        _u(
            "Meu boneco tem animação de acenar e de andar; quero que ele acene enquanto anda, só com o braço. Dá pra misturar?"
        ),
        _u("A-Frame: como faço pra ter um céu de 360° com vídeo em vez de foto?"),
        _u("O modelo veio do Sketchfab e as texturas estão todas cor-de-rosa chapado."),
        _u(
            "Quero fazer arte generativa com os dados de chuva de Pernambuco: cada dia vira um fio de luz num cilindro que gira."
        ),
        _u(
            "O modelo BIM do hospital tem mais de 2 milhões de triângulos e precisa rodar no notebook dos engenheiros da obra. O que fazer primeiro?"
        ),
        _u(
            "Oi, sou dono de uma loja de móveis e não entendo nada de programação. Dá pra colocar meus sofás em 3D no site e o cliente ver na sala dele pelo celular?"
        ),
        _u(
            "As folhas das minhas árvores ficam com bordas brancas em volta, tipo halo, quando estão na frente do céu."
        ),
        _u(
            "No iPad o nosso configurador 3D mostra 'WebGL context lost' depois de um tempo. O que causa isso?"
        ),
        _u(
            "Queria um chão de vidro num prédio 3D, tipo mirante, que você vê o andar de baixo com reflexo por cima."
        ),
        _u("Como fazer areia do deserto com aquelas ondinhas que brilham quando o sol bate baixo?"),
        _u("O que é shadow cascade e quando preciso disso?"),
        _u(
            "No Cesium quero mostrar a mancha de desmatamento na Amazônia crescendo ano a ano sobre o terreno 3D."
        ),
        _u(
            "Em r3f, o meu <Canvas> re-renderiza toda vez que o estado do React muda. Como isolo a cena do resto da página?"
        ),
        _u("A grama no horizonte fica uma mancha verde piscando. De perto é bonita."),
        _u(
            "Pra feira de ciências, quero mostrar um coração de tubarão em 3D com as câmaras abrindo e fechando devagar. Tenho o modelo em FBX."
        ),
        _u("Luz baked e luz em tempo real: qual a diferença e quando usar cada uma?"),
        _u("tela preta no celular, no pc funciona. alguém?"),
        _u(
            "Quero que a câmera faça um passeio automático pelo imóvel seguindo uma trilha, e o usuário possa pausar e olhar em volta."
        ),
        _u("Como faço pra o objeto selecionado ficar com um brilho pulsante em volta?"),
        _m(
            "Qual a diferença entre 'por que' e 'porque'?",
            "'Por que' em perguntas, 'porque' em respostas/explicações.",
            "Valeu! Agora outra coisa: no site da ótica os óculos 3D ficam com as lentes totalmente invisíveis, parece que só tem a armação.",
        ),
        _m(
            "Tenho um viewer de peças automotivas com OrbitControls.",
            "Ok, qual o problema?",
            "O duplo clique deveria centralizar a câmera na peça clicada, mas não sei como fazer.",
        ),
        _m(
            "Fiz uma cachoeira com partículas.",
            "Como está ficando?",
            "Tá parecendo arroz caindo. Cadê a névoa lá embaixo?",
        ),
        _m(
            "O que é PBR?",
            "Renderização baseada em física: materiais descritos por cor base, metalicidade e rugosidade, reagindo à luz de forma realista.",
            "E por que meu material PBR fica preto sem um mapa de ambiente?",
        ),
        _m(
            "Me ajuda a escolher um nome pro meu cachorro?",
            "Que tal Paçoca, Biscoito ou Tufão?",
            "Paçoca, adorei. Mudando de assunto: no meu jogo o cachorro 3D tem pelo que parece plástico. Como faz pelo em tempo real?",
        ),
        _m(
            "Estamos digitalizando o Theatro Municipal pra um tour online.",
            "Que legal. Em que etapa estão?",
            "Fotogrametria pronta, falta a parte web.",
            "Vão usar 3D tiles ou um glTF único?",
            "Não sei. O que carrega mais rápido quando a pessoa entra direto no palco?",
        ),
        _m(
            "Comecei com WebGPU.",
            "Qual sua dúvida?",
            "Preciso de um depth buffer? No WebGL vinha de graça.",
        ),
        _m(
            "Fiz fumaça com sprites.",
            "Está animada?",
            "Sim, mas quando gira a câmera dá pra ver que é plano. Tem truque?",
        ),
        _m(
            "Estou fazendo um jogo de tabuleiro de xadrez 3D.",
            "Legal. Qual a dúvida?",
            "Quero as peças com aquele efeito de madeira envernizada, e quando pega uma peça ela levanta com sombra se afastando.",
        ),
        _m(
            "Quanto rende 10 mil no CDB a 110% do CDI?",
            "Depende da taxa atual; faça a conta com o CDI anual e desconte o IR.",
            "Beleza. Agora trabalho: no app da construtora, o prédio 3D tem que mostrar quais apartamentos estão vendidos, pintando de vermelho as janelas.",
        ),
        _m(
            "minha cena está muito saturada",
            "Você está usando tone mapping?",
            "tô usando o padrão. os vermelhos estouram",
        ),
        _s(
            "Você ajuda engenheiros de uma empresa de mineração.",
            "Temos o modelo 3D da cava da mina e queremos mostrar no navegador as camadas de minério por teor, com cores e um corte vertical que o geólogo arrasta.",
        ),
        _m(
            "e se eu usar Draco?",
            "Reduz bastante o tamanho da geometria, mas a descompressão consome CPU no cliente.",
            "e pras texturas, que são 70% do peso?",
        ),
        _m(
            "Faço um app de anatomia odontológica.",
            "Que tipo de visualização?",
            "A mandíbula abrindo e fechando.",
            "Pode animar a articulação com um osso e rotação.",
            "E mostrar os músculos ficando vermelhos quando contraem?",
        ),
        _m(
            "Tenho um mapa estelar em 3D.",
            "Como está renderizando as estrelas?",
            "Pontos. Mas as estrelas brilhantes deveriam ter aquele brilho em cruz.",
        ),
        _m(
            "Me indica um livro de ficção científica?",
            "'Fundação', de Asimov, é um clássico.",
            "Já li. Então me ajuda com outra coisa: quero um buraco negro no meu site que distorça as estrelas atrás dele.",
        ),
        _s(
            "Você é o assistente de código do IDE.",
            "Por que nada aparece?\n\nconst geometry = new THREE.BoxGeometry(1,1,1);\nconst mesh = new THREE.Mesh(geometry, material);\ncamera.position.set(0,0,0);\nrenderer.render(scene, camera);",
        ),
        _s(
            "Você é o suporte da Imovi3D, plataforma de tours de imóveis.",
            "Olá, os clientes reclamam que ao entrar no tour a primeira imagem fica borrada por uns 5 segundos antes de ficar nítida.",
        ),
        _s(
            "Você é um tutor de computação gráfica.",
            "Por que as texturas usam coordenadas UV de 0 a 1 e não em pixels?",
        ),
        _s(
            "Você é um agente de código no repositório do nosso jogo (three.js + Rapier).",
            "Implementa um efeito de câmera lenta quando o jogador acerta o último inimigo.",
        ),
        _s(
            "Você é o assistente interno da agência Carambola.",
            "O cliente de cerveja quer a garrafa suada, com gotinhas escorrendo, girando na home.",
        ),
        _s(
            "You are an assistant for data visualization engineers.",
            "No deck.gl, o ScatterplotLayer com 3 milhões de pontos fica ilegível quando afasto. Queria que virasse um mapa de calor sozinho.",
        ),
        _s(
            "Você ajuda a equipe digital de um museu de arte sacra.",
            "O ouro dos altares aparece amarelo chapado no navegador. No local é um dourado quente e cheio de reflexos.",
        ),
        _s(
            "Você é o assistente de uma startup de maquiagem virtual em AR.",
            "O batom no rosto parece tinta chapada, sem brilho nenhum nos lábios.",
        ),
        _s(
            "Você ajuda desenvolvedores indie.",
            "Quero um shader de holograma azul com linhas de varredura e leve tremor, tipo filme de ficção científica.",
        ),
        _s(
            "Você é um revisor de código.",
            "Revisa isso? As texturas ficam borradas quando aproximo:\n\ntexture.minFilter = THREE.NearestFilter;\ntexture.magFilter = THREE.LinearFilter;\ntexture.generateMipmaps = false;",
        ),
        _s(
            "Você é o bot do laboratório de XR da universidade.",
            "No Quest o texto das placas em VR fica tremido e difícil de ler.",
        ),
        _s(
            "Você é o assistente técnico de um estúdio de games em Recife.",
            "O nosso jogo de navegador tem um mar ao pôr do sol e a faixa de reflexo do sol na água fica quadriculada, cheia de blocos.",
        ),
        _u("Em WGSL, como declaro e uso uma textura de profundidade pra comparar sombra?"),
        _u(
            "Quero um efeito de calor saindo do asfalto, aquela distorção no ar, numa cena de deserto."
        ),
    ],
    "es": [
        _u(
            "En la tienda online el reloj de madera en 3D se ve como plástico barnizado. Quiero que se note la veta y que no brille tanto."
        ),
        _u(
            "Nuestro recorrido virtual por el hotel rural: el comedor con vigas queda tan oscuro que no se ven las vigas. ¿Cómo ilumino interiores sin que el rendimiento se hunda?"
        ),
        _u(
            "Las gafas de buceo del catálogo tienen un cristal que parece una lámina gris opaca. ¿Qué parámetros tocan la transparencia de verdad?"
        ),
        _u(
            "El museo arqueológico quiere mostrar en la web un dolmen escaneado con dron. Son 12 GB de nube de puntos. ¿Por dónde empezamos?"
        ),
        _u(
            "Soy profe de tecnología en secundaria. Quiero que los alumnos vean un motor de cuatro tiempos en 3D con los pistones moviéndose y poder pararlo en cada fase."
        ),
        _u(
            "En mi juego de motos la cámara se queda atrás en las rectas y luego pega un tirón. Quiero que se aleje un poco con la velocidad y vuelva suave."
        ),
        _u(
            "El visor 3D de nuestro catálogo va a tirones en portátiles del cole con Chromebook. ¿Qué bajamos primero, sombras, resolución o antialias?"
        ),
        _u("¿Qué es el blending aditivo y por qué las partículas de fuego lo usan?"),
        _u('¿Por qué se dice que los shaders trabajan "en paralelo"? ¿Cada píxel es un hilo?'),
        _u(
            "Para un festival de música electrónica queremos una pantalla con formas geométricas que se deforman con el audio del DJ. Todo en navegador, pantalla gigante 4K."
        ),
        _u(
            "Mapa 3D de Barcelona con el precio del alquiler por barrio como altura de los edificios. Al pasar el ratón quiero ver el dato."
        ),
        _u(
            "Mi shader de scroll de textura deja una costura visible cada vez que da la vuelta:\n\nvec2 uv = vUv;\nuv.x = fract(uv.x + uTime * 0.1);\ngl_FragColor = texture2D(uMap, uv);"
        ),
        _u("Las sombras de los personajes parpadean cuando la cámara se mueve, como si bailaran."),
        _u(
            "En Babylon.js tenemos un gemelo digital del puerto con grúas. Quieren ver la trayectoria de cada contenedor como una línea brillante que se desvanece."
        ),
        _u(
            "Quiero que en mi ciudad 3D la niebla de la mañana se vaya levantando con el paso del tiempo."
        ),
        _u(
            "Proyecto de hospital: segmentaron los vasos del hígado en la resonancia y quieren un modelo 3D web que el cirujano rote antes de operar, con los vasos en colores distintos."
        ),
        _u(
            "¿Qué diferencia hay entre usar una textura de 4K o dos de 2K? ¿Afecta la memoria de la GPU igual?"
        ),
        _u(
            "El personaje cuando gira en el sitio arrastra los pies, queda fatal. ¿Se soluciona con root motion?"
        ),
        _u(
            "Hago una experiencia WebXR de un yacimiento romano; quiero que el visitante vea, en AR sobre las ruinas reales, cómo era la villa entera."
        ),
        _u("Exporté desde Maya y las animaciones se reproducen a velocidad doble en el visor."),
        _u(
            "Quiero hacer arte con los datos de migración de aves: miles de líneas que vuelan de África a Europa sobre un globo que gira."
        ),
        _u(
            "El modelo de la planta de tratamiento de agua pesa 400 MB y el cliente lo quiere en tablet para visitas de obra. ¿Streaming por partes?"
        ),
        _u(
            "Buenas, soy diseñadora de joyas, no programo. Tengo un anillo en Rhino y quiero que se vea en mi web girando con brillo bonito. ¿Qué hago?"
        ),
        _u(
            "Los cristales de la catedral (vidrieras) se ven pero el color no se proyecta en el suelo. Quiero esas manchas de luz de colores."
        ),
        _u(
            "En móviles viejos la pestaña se recarga sola al abrir el visor 3D. ¿Cómo sé cuánta memoria estoy usando?"
        ),
        _u(
            "Quiero hielo: un bloque que se vea translúcido, con burbujas dentro y los bordes más blancos."
        ),
        _u(
            "¿Cómo hago un cielo con nubes que se muevan y el sol que cambie de color al atardecer, sin usar una foto?"
        ),
        _u("¿Qué son los mipmaps y por qué mi textura de texto se ve borrosa con ellos?"),
        _u(
            "Con Cesium quiero ver la sombra que proyecta un edificio nuevo sobre la plaza a distintas horas del año."
        ),
        _u(
            "En r3f con drei uso <Text> para etiquetas, pero al hacer zoom se ven pixeladas. ¿Hay algo que escale bien?"
        ),
        _u("Al mover la cámara el suelo de baldosas hace un efecto de ondas raras (moiré)."),
        _u(
            "Para un centro de interpretación del Teide queremos una maqueta 3D del volcán donde se vean las coladas de lava de cada erupción con colores por época."
        ),
        _u("¿Qué es el culling de caras traseras y por qué mi modelo se ve hueco por un lado?"),
        _u("se ve todo negro excepto el fondo. tengo luces. ayuda"),
        _u(
            "Quiero que al hacer clic en un planeta la cámara vuele hacia él, lo rodee y se quede orbitando."
        ),
        _u("¿Cómo hago que el arma del jugador no atraviese las paredes cuando se pega a ellas?"),
        _m(
            "¿Me recomiendas una receta rápida de cena?",
            "Tortilla francesa con espinacas y queso, lista en diez minutos.",
            "Genial. Y ya que estoy: en mi web de cocina quiero una sartén 3D que gire, pero el metal se ve negro.",
        ),
        _m(
            "Tengo un visor de motores eléctricos con OrbitControls.",
            "¿Qué necesitas?",
            "Que la rotación tenga límites y que al soltar vuelva a la vista frontal con una animación.",
        ),
        _m(
            "Estoy haciendo una piscina en WebGL.",
            "¿Ya tienes reflejos?",
            "Sí. Me falta que desde fuera se vea el fondo distorsionado.",
        ),
        _m(
            "¿Qué es un render target?",
            "Una textura en la que dibujas en vez de la pantalla, para usarla luego.",
            "Vale, ¿y cómo lo uso para un espejo en un baño?",
        ),
        _m(
            "Traduce 'shader' al español, por favor.",
            "Se suele dejar 'shader'; a veces 'sombreador'.",
            "Ok. Mi sombreador de agua se ve bien en Chrome y negro en Safari.",
        ),
        _m(
            "Hacemos una visita virtual de la Alhambra para turismo.",
            "¡Qué bonito! ¿Qué parte?",
            "El Patio de los Leones.",
            "Los azulejos y yeserías tienen mucho detalle.",
            "Eso, los relieves de yeso se ven planos. ¿Cómo les doy profundidad sin millones de polígonos?",
        ),
        _m(
            "Empecé con WebGPU y WGSL.",
            "¿En qué te ayudo?",
            "¿Cómo paso la matriz de la cámara al shader? En WebGL usaba uniformMatrix4fv.",
        ),
        _m(
            "Hice nieve con partículas.",
            "¿Qué tal queda?",
            "Bien, pero la nieve atraviesa los tejados. Debería acumularse.",
        ),
        _m(
            "Estoy programando un juego de parchís en 3D.",
            "¿Qué quieres conseguir?",
            "Que las fichas salten de casilla en casilla con un arco, no que se deslicen.",
        ),
        _m(
            "¿Cuánto se tarda en renovar el DNI?",
            "Con cita previa suele ser el mismo día.",
            "Gracias. Otra cosa: en la web de la promotora, el edificio 3D tiene que mostrar las vistas reales desde cada ático.",
        ),
        _m(
            "el modelo se ve muy brillante",
            "¿Tiene mapa de rugosidad?",
            "sí pero parece que lo ignora",
        ),
        _s(
            "Eres un asistente para el equipo de una app de astronomía.",
            "Queremos que al apuntar el móvil al cielo se vean las constelaciones en 3D dibujadas encima, y que las líneas no tiemblen.",
        ),
        _m(
            "¿Y si uso baked lighting?",
            "Pierdes luces dinámicas, pero ganas mucho rendimiento.",
            "¿Y cómo combino eso con un personaje que se mueve por la sala?",
        ),
        _m(
            "Hago un modelo 3D del ojo humano para óptica.",
            "¿Qué deben ver los alumnos?",
            "Cómo la luz entra y se enfoca en la retina.",
            "Puedes dibujar los rayos como líneas.",
            "¿Y que la lente se deforme al cambiar el enfoque?",
        ),
        _s(
            "Eres el asistente de programación del IDE.",
            "¿Por qué el modelo sale gigante y no veo nada?\n\nloader.load('casa.glb', (gltf) => {\n  scene.add(gltf.scene);\n});\ncamera.position.z = 5;",
        ),
        _s(
            "Eres el soporte de Recorre360, plataforma de visitas virtuales.",
            "Hola, en las visitas los puntos para saltar de sala se ven muy pequeños en el móvil y nadie los encuentra.",
        ),
        _s(
            "Eres un tutor de gráficos por ordenador.",
            "¿Qué es el espacio de clip y por qué hay que dividir por w?",
        ),
        _s(
            "Eres un agente de código en el repositorio de nuestro juego web (Babylon.js).",
            "Añade huellas en la arena que el jugador deje al caminar y que se borren con el tiempo.",
        ),
        _s(
            "Eres el asistente interno del estudio Almendra.",
            "El cliente de cosmética quiere que el frasco de crema tenga un acabado perlado que cambia de color según el ángulo.",
        ),
        _s(
            "You are a geospatial visualization assistant.",
            "En deck.gl quiero mostrar la red de metro de Madrid en 3D, con los túneles bajo el suelo y el suelo semitransparente.",
        ),
        _s(
            "Eres el asistente del área digital de un museo de ciencias.",
            "El esqueleto de ballena online tarda muchísimo y en iPhone no llega a cargar.",
        ),
        _s(
            "Ayudas a desarrolladores de videojuegos independientes.",
            "Quiero el efecto de 'rayo de luz divina' entre los árboles del bosque, sin hundir los fps.",
        ),
        _s(
            "Eres revisor de código.",
            "Revisa esto, el objeto rota cada vez más rápido:\n\nfunction tick(){\n  requestAnimationFrame(tick);\n  requestAnimationFrame(tick);\n  cube.rotation.x += 0.02;\n  renderer.render(scene, camera);\n}",
        ),
        _s(
            "Eres el asistente técnico de una bodega que prepara su web.",
            "Queremos una copa de vino tinto en 3D donde el vino deje 'lágrimas' en el cristal al girarla. ¿Es posible en tiempo real o hacemos vídeo?",
        ),
        _u(
            "En WGSL, ¿por qué no puedo usar textureSample dentro de un if que depende de un valor no uniforme?"
        ),
    ],
    "ja": [
        _u(
            "ECサイトの陶器のマグカップ、3D表示だとツルツルのプラスチックみたいに見えます。釉薬のムラや土っぽさを出すには？"
        ),
        _u(
            "旅館のバーチャル内覧で、和室が暗すぎて畳の質感が全然見えません。障子越しの柔らかい光っぽくしたいです。"
        ),
        _u("香水瓶のガラスが嘘っぽい。屈折はしてるけど、縁の厚みのある部分が明るくならない。"),
        _u(
            "博物館で土偶をフォトグラメトリでスキャンしました。Webで公開したいけど、スマホで開くとメモリ不足で落ちます。"
        ),
        _u(
            "小学校の理科で月の満ち欠けを3Dで見せたいです。太陽・地球・月の位置を動かすと見え方が変わるようなもの、ブラウザで作れますか？"
        ),
        _u("ブラウザのレースゲームで、ドリフト中にタイヤ痕を地面に残したいです。"),
        _u(
            "社内の古いノートPC（内蔵GPU）だと3Dビューアーが10fpsしか出ません。まずどこを計測すればいいですか？"
        ),
        _u("シャドウマップの仕組みをざっくり教えてください。なんで解像度で見た目が変わるの？"),
        _u(
            "頂点シェーダーでやるべき処理とフラグメントシェーダーでやるべき処理の分け方ってありますか？"
        ),
        _u(
            "ライブ配信の背景に、音楽に合わせて波打つ3Dのワイヤーフレーム地形を出したい。OBSのブラウザソースで動かす予定です。"
        ),
        _u(
            "東京の3D都市モデル（PLATEAU）を使って、洪水浸水想定の水位を建物に重ねて表示したいです。"
        ),
        _u(
            "このシェーダー、リムライトのつもりが全体が白くなります。\n\nvec3 V = normalize(cameraPosition - vWorldPos);\nfloat rim = 1.0 - dot(vNormal, V);\ngl_FragColor = vec4(vec3(rim), 1.0);"
        ),
        _u("影の境界がギザギザ。PCFSoftShadowMapにしてもあまり変わりません。"),
        _u(
            "Babylon.jsで工場ラインのデジタルツインを作っています。温度が高い設備をヒートマップ風に色付けしたいです。"
        ),
        _u("街の3Dマップで、選んだ駅から徒歩10分圏内をドーム状に光らせたい。"),
        _u(
            "歯科医院向けに、CTから作った顎の骨の3Dをブラウザで見せたいです。インプラントの位置を半透明の骨越しに見せたい。"
        ),
        _u("three.jsのLayersって何に使うんですか？"),
        _u("キャラのアニメーションを切り替えると一瞬Tポーズが見えます。"),
        _u("A-FrameでVR美術館を作っています。作品の前に立つと音声ガイドが流れるようにしたい。"),
        _u(
            "glTFに埋め込んだテクスチャが暗く表示されます。カラースペースの設定が怪しい気がします。"
        ),
        _u(
            "メディアアートで、来場者のスマホの傾きに合わせて会場の大画面の花畑が風になびく作品を作りたいです。"
        ),
        _u("プラントの点群データ（5億点）をブラウザで見たいです。Potreeとか使うべき？"),
        _u(
            "不動産会社の営業です。プログラミングはわかりませんが、物件の3Dモデルをホームページに載せたいと上司に言われました。何を用意すればいいですか？"
        ),
        _u("半透明のパーティクル同士が重なると、ところどころ黒い四角が見えます。"),
        _u("iPhoneのSafariで3Dページを開くと、しばらくして真っ白になり再読み込みされます。"),
        _u("雨上がりのアスファルトに街灯が映り込む感じを出したいです。"),
        _u(
            "水中シーンで、水面から差し込む光の筋と、ゆらゆらした模様（コースティクス）を出したい。"
        ),
        _u("LODとインポスターの違いは何ですか？遠くの木に使いたい。"),
        _u(
            "CesiumJSで富士山の登山ルートを3D地形上に表示して、標高に合わせてカメラを移動させたいです。"
        ),
        _u("r3fで<Suspense>の中でモデルを読み込んでいるけど、読み込み中に進捗バーを出すには？"),
        _u("遠くの床のタイルがチカチカして見えます。"),
        _u(
            "科学館の展示で、DNAの二重らせんがほどけて複製される様子を3Dアニメーションで見せたいです。"
        ),
        _u("ポリゴンの表と裏ってどうやって決まるんですか？"),
        _u("何も表示されない。canvasは出てるけど真っ黒。"),
        _u(
            "カメラを商品の周りでゆっくり自動回転させて、ユーザーが触ったら止めて、離したら数秒後に再開したい。"
        ),
        _m(
            "来週の会議資料の構成を考えてくれる？",
            "はい、目的・現状・課題・提案・スケジュールの順がおすすめです。",
            "ありがとう。ところで、うちの3D商品ページの腕時計、文字盤のガラスが反射しすぎて針が見えないんだけど。",
        ),
        _m(
            "OrbitControlsで機械部品を見せています。",
            "どんな問題がありますか？",
            "ズームすると部品の中心じゃなくて画面の中心に寄っていく。マウス位置に向かってズームしたい。",
        ),
        _m(
            "海のシェーダーを書いています。",
            "波はどうやって作っていますか？",
            "ノイズで高さを出してます。でも遠くの海が細かすぎてざらざらに見える。",
        ),
        _m(
            "アンチエイリアスって何？",
            "ポリゴンの縁のギザギザを滑らかにする処理です。",
            "じゃあFXAAとMSAA、スマホ向けならどっち？",
        ),
        _m(
            "「ドローコール」ってどういう意味？",
            "CPUがGPUに描画を命令する1回分の呼び出しです。",
            "なるほど。うちのシーン、1万超えてた。まず何をまとめればいい？",
        ),
        _m(
            "姫路城のバーチャルツアーを作っています。",
            "いいですね。どこまでできていますか？",
            "外観は完成、内部は未着手です。",
            "内部は暗く、柱や梁が多いですね。",
            "その暗さを雰囲気として残しつつ、見学者が迷わないようにしたい。",
        ),
        _m(
            "WebGPUに移行中です。",
            "何で困っていますか？",
            "WebGLで使っていたポストエフェクトをどう移植すればいいか分からない。",
        ),
        _m(
            "桜の花びらを散らしたい。",
            "パーティクルで良さそうですね。",
            "でも花びらがただ落ちるだけで、ひらひら回転しない。",
        ),
        _m(
            "ブラウザで麻雀ゲームを3Dで作っています。",
            "どの部分ですか？",
            "牌を倒すときに、カチッと当たって少し跳ねる感じを出したい。",
        ),
        _m(
            "確定申告って副業でも必要？",
            "所得が20万円を超える場合は原則必要です。",
            "了解。話変わるけど、マンションの3Dモデルで眺望シミュレーションを作りたい。階数を選ぶと窓からの景色が変わるやつ。",
        ),
        _m("モデルが暗い", "環境マップは設定していますか？", "してない。どこで手に入るの？"),
        _m(
            "PlayCanvasでピンボールを作っています。",
            "いいですね。問題は？",
            "ボールがフリッパーをすり抜けることがある。",
        ),
        _m(
            "じゃあライトプローブは？",
            "静的な環境光を空間にサンプリングして、動く物体にも反映できます。",
            "それってthree.jsでも使えますか？",
        ),
        _m(
            "獣医学生向けに犬の骨格モデルを作っています。",
            "どう使ってもらう予定ですか？",
            "骨を一つずつ外して名前を表示したい。",
            "クリックで選択してアニメーションで外すといいですね。",
            "外した骨を元の位置に戻すボタンもほしい。",
        ),
        _m(
            "銀河のシミュレーションを作っています。",
            "星の数は？",
            "100万。腕の部分をもっと明るく、中心をぼんやり光らせたい。",
        ),
        _m(
            "おすすめの温泉地ある？",
            "箱根や草津が人気です。",
            "ありがとう。で、仕事の話。温泉の湯気を3Dで出したいんだけど、板ポリっぽさが消えない。",
        ),
        _s(
            "あなたはIDEに組み込まれたコーディングアシスタントです。",
            "影が出ません。\n\nrenderer.shadowMap.enabled = true;\nlight.castShadow = true;\nmesh.castShadow = true;\n\n床はPlaneGeometryです。",
        ),
        _s(
            "あなたは3D内見サービス「ウチミル」のサポートボットです。",
            "内見画面で、家具を消して空室状態を見たいというお客様が多いです。対応できますか？",
        ),
        _s(
            "あなたはコンピュータグラフィックスの講義のTAです。",
            "フォンシェーディングとグーローシェーディングの違いを、見た目の違いで教えてください。",
        ),
        _s(
            "あなたはWebゲームのリポジトリで作業するコーディングエージェントです。three.js + TypeScript。",
            "プレイヤーがダメージを受けたら画面が一瞬揺れてモノクロになる演出を追加して。",
        ),
        _s(
            "あなたは制作会社「こもれび」の社内アシスタントです。",
            "日本酒のボトルを3Dで見せたい。ラベルは和紙の質感、瓶は深い緑のガラスで。",
        ),
        _s(
            "You are an assistant for GIS developers.",
            "deck.glで全国の人流データをアニメーションさせたい。TripsLayerを使えばいい？",
        ),
        _s(
            "あなたは美術館のデジタルチームのアシスタントです。",
            "仏像の金箔が剥げた質感を、Webでもそれらしく見せたいです。",
        ),
        _s(
            "あなたはインディーゲーム開発者を支援するアシスタントです。",
            "セルルック（トゥーン調）にして、輪郭線も付けたいです。",
        ),
        _s(
            "あなたはコードレビュアーです。",
            "これ、ウィンドウを開くたびに重くなります。\n\nfunction open3D(){\n  const renderer = new THREE.WebGLRenderer();\n  container.appendChild(renderer.domElement);\n  start(renderer);\n}",
        ),
        _u("サイトの3Dキャラクターが、ページをスクロールするとこちらを振り向くようにしたい。"),
        _u(
            "WebGPUで経過時間をuniformで渡してアニメーションさせたいけど、毎フレームwriteBufferするのは重くないですか？"
        ),
        _s(
            "あなたは鉄道会社の社内ツール開発を支援するアシスタントです。",
            "車両基地の3Dモデルで、点検中の車両だけを半透明のオレンジで強調表示したいです。",
        ),
        _s(
            "あなたは和菓子店のECサイト担当を手伝うアシスタントです。",
            "練り切りの3Dモデルが粘土細工みたいに見えます。しっとりした柔らかさを出したい。",
        ),
    ],
    "zh": [
        _u(
            "我们电商页面上的丝绸围巾3D模型看起来像塑料布，完全没有丝绸那种流动的光泽。材质该怎么调？"
        ),
        _u("样板间的线上VR看房，卫生间太暗了，白色瓷砖看起来灰蒙蒙的。加灯又掉帧，怎么办？"),
        _u("茶具展示页里的玻璃公道杯太假了，像一块透明塑料，没有厚度感。"),
        _u("博物馆想把青铜器的三维扫描放到官网上，锈迹和铭文都要看得清楚，但模型有两千万面。"),
        _u(
            "我是初中物理老师，想做一个网页上的光的折射演示：光线射进水里会弯折，可以拖动入射角。用3D做合适吗？"
        ),
        _u("网页赛车游戏里，漂移的时候想要轮胎冒烟，烟还要被车尾气流带着走。"),
        _u("我们的3D产品页在千元机上只有十几帧，怎么自动判断设备性能然后降画质？"),
        _u("什么是延迟着色？和前向渲染比各有什么优缺点？"),
        _u("法线贴图和凹凸贴图（bump map）有什么区别？"),
        _u("想给直播间做一个音乐可视化：一圈发光的柱子围成圆环，随频谱跳动。"),
        _u("做了个深圳的三维城市地图，想让楼宇根据实时用电量变颜色，几万栋楼怎么更新不卡？"),
        _u(
            "这个着色器想做渐隐效果，结果整个物体直接消失了：\n\nuniform float uFade;\nvoid main(){\n  vec4 c = texture2D(uMap, vUv);\n  gl_FragColor = vec4(c.rgb, c.a * uFade);\n}\n\n材质已经设置了 transparent: true。"
        ),
        _u("阴影边缘有一圈光晕漏光，角色脚下的影子和身体分开了。"),
        _u("用 Babylon.js 做风电场数字孪生，想让风机叶片按实时风速转动，还要看起来有动态模糊。"),
        _u("城市三维地图上想画出台风路径，一条会随时间向前推进的发光管道。"),
        _u(
            "医院想在网页上展示骨折患者的CT三维重建，医生能旋转并用剪切平面看骨头内部。WebGL 能胜任吗？"
        ),
        _u("three.js 里的 Object3D 和 Group 有什么区别？"),
        _u("角色跳跃落地的时候会穿过地面一下再弹回来。"),
        _u("用 A-Frame 做一个VR看展，想让用户用凝视的方式选择展品。"),
        _u("从 C4D 导出的 glTF 动画，在网页里播放时物体全都挤在原点。"),
        _u("想做一个数据艺术作品：把一年的微博情绪数据变成一片会随时间起伏的发光海面。"),
        _u("工厂的三维点云有三亿个点，要在浏览器里漫游，有什么分块加载的方案？"),
        _u("我是开民宿的，不懂技术。想把院子做成3D放到小程序里让客人先看看，难吗？"),
        _u("透明的窗户后面的树叶时隐时现，像是排序出了问题。"),
        _u("我们的3D看车页在安卓微信内置浏览器里经常白屏，其他浏览器都正常。"),
        _u("想做一个故宫雪景：红墙上落雪，屋檐下挂着冰凌，亮晶晶的。"),
        _u("怎样做出体积云？要能飞进云里。"),
        _u("什么是 PBR 里的 IBL？"),
        _u("用 Cesium 展示长江流域，想让水位按年份涨落，并淹没沿岸低地。"),
        _u("r3f 里 useFrame 每帧都在跑，页面切到后台还在消耗电，怎么暂停？"),
        _u("远处山体贴图一片糊，近处又太锐利，有办法平衡吗？"),
        _u("科技馆要做一个展项：地球磁场线环绕地球，太阳风吹来时磁场线会变形。"),
        _u("为什么三角形是图形学里最基本的图元？不能直接画四边形吗？"),
        _u("屏幕全黑，console 没报错，求助"),
        _u("想让相机沿着一条路线飞过整个园区，过程中镜头始终看向主楼。"),
        _m(
            "帮我写一段周报开头。",
            "本周主要完成了以下工作：……",
            "好的谢谢。另外，我们3D展厅里的翡翠手镯看起来像绿色玻璃，怎么才能有那种温润通透的感觉？",
        ),
        _m(
            "我用 OrbitControls 做了个机械臂查看器。",
            "遇到什么问题？",
            "旋转中心总是在原点，我想让它绕用户点击的那个点转。",
        ),
        _m(
            "我在写湖面的 shader。",
            "有做反射吗？",
            "做了平面反射，但湖面看起来像镜子，一点波纹都没有。",
        ),
        _m(
            "什么是顶点缓冲？",
            "存放顶点位置、法线、UV等数据的显存区域，GPU 从这里读取绘制。",
            "那我动态修改顶点位置，每帧都要重新上传吗？",
        ),
        _m(
            "明天北京会下雨吗？",
            "我无法获取实时天气，建议查看天气预报。",
            "好吧。那帮我看看这个：我的3D天气站点想让雨滴打在地面上溅起水花。",
        ),
        _m(
            "我们在做敦煌莫高窟的线上数字展。",
            "很棒的项目。现在卡在哪？",
            "壁画颜色不对。",
            "可能是色彩空间或色调映射的问题。",
            "原画那种褪色的赭石色，网页里变得很鲜艳，像新画的一样。",
        ),
        _m(
            "开始学 WebGPU 了。",
            "有什么问题？",
            "render pass 和 compute pass 能在同一帧里交替用吗？",
        ),
        _m("我做了烟花粒子。", "效果怎么样？", "爆开之后颜色是死白的，想要中心白、边缘彩色。"),
        _m("在做一个网页版3D象棋。", "需要什么效果？", "吃子的时候被吃的棋子要碎开，飞出去。"),
        _m(
            "社保断缴一个月有影响吗？",
            "可能影响部分城市的购房或落户资格，建议及时补缴。",
            "知道了。工作上的事：售楼处的沙盘要做成3D网页版，晚上楼盘要亮灯。",
        ),
        _m("模型边缘锯齿很严重", "开启抗锯齿了吗？", "开了 antialias: true，手机上还是锯齿"),
        _s(
            "你是一个面向地质院校的教学助手。",
            "想在网页上展示地震波在地球内部传播，纵波和横波用不同颜色的波前，遇到外核时横波消失。",
        ),
        _m(
            "那用烘焙AO呢？",
            "可以把环境光遮蔽烘到贴图里，运行时几乎零开销。",
            "我的场景物体会移动，烘焙的会不会穿帮？",
        ),
        _m(
            "我在做一个给护士培训用的静脉穿刺3D模型。",
            "需要展示什么？",
            "手臂皮肤下的血管。",
            "可以让皮肤半透明。",
            "半透明之后血管看起来浮在表面，没有在皮肤下面的感觉。",
        ),
        _s(
            "你是集成在IDE里的编程助手。",
            "为什么模型是黑的？\n\nconst loader = new GLTFLoader();\nloader.load('shoe.glb', g => scene.add(g.scene));\n// 场景里没有加任何灯",
        ),
        _s(
            "你是VR看房平台“看家”的客服机器人。",
            "用户反馈切换房间时会先显示一张很模糊的图，怎么优化？",
        ),
        _s("你是计算机图形学课程的助教。", "请解释一下为什么透视投影后要做透视除法。"),
        _s(
            "你是在一个 three.js 网页游戏仓库里工作的编程代理。",
            "给主角加一个冲刺技能，冲刺时留下残影。",
        ),
        _s(
            "你是设计公司“青禾”的内部助手。",
            "客户要一个手机的3D展示，背板是磨砂玻璃，摄像头模组要有金属光泽。",
        ),
        _s(
            "You are a data visualization assistant.",
            "用 deck.gl 画全国航线，航班多的时候弧线糊成一片，怎么让它看起来有层次？",
        ),
        _s("你是博物馆数字化团队的助手。", "瓷器的开片纹理在网页上看不出来，放大也不清楚。"),
        _s("你帮助独立游戏开发者。", "想做一个传送门效果：透过门能看到另一个场景。"),
        _s(
            "你是一名代码审查员。",
            "帮我看看，切换场景后内存一直涨：\n\nfunction switchScene(next){\n  scene.remove(current);\n  current = next;\n  scene.add(next);\n}",
        ),
        _s(
            "你是一家汽车品牌官网的前端助手。",
            "新车发布页要有一段车灯依次点亮的开场动画，灯光还要照到地面上形成光斑。",
        ),
        _u("WGSL 里怎么写一个简单的高斯模糊 compute shader？"),
        _s(
            "你是一家游戏公司的技术美术助手。",
            "水墨风格的3D场景，想让山体边缘有毛笔描边，内部是晕染的墨色。",
        ),
    ],
    "en": [
        _u(
            "Our sneaker viewer makes the suede look like shiny vinyl. What settings give that soft, dusty suede look?"
        ),
        _u(
            "Built a browser walkthrough of a loft conversion and the basement gym is pitch black even with a hemisphere light. How do people light interiors without tanking fps?"
        ),
        _u(
            "the ice cubes in my drink render look like frosted plastic lol. want them clear with some cloudy bits in the middle"
        ),
        _u(
            "Our heritage trust scanned a medieval tithe barn. The timber frame is 18M triangles. How would you stream that to a browser so visitors can walk inside?"
        ),
        _u(
            "I teach A-level physics and want a 3D electric field line demo where students drag two charges around. Browser only, no installs. Where do I start?"
        ),
        _u(
            "In my browser kart racer the camera clips into the track when going over a crest. How do I keep it above the ground?"
        ),
        _u(
            "Our 3D landing page runs at 9 fps on the marketing team's 2019 laptops. Where do I even start profiling?"
        ),
        _u("What does 'premultiplied alpha' mean and why do my PNG edges look dark?"),
        _u("ELI5: why do GPUs hate branching in shaders?"),
        _u(
            "Want a music visualiser for my band's site: a low-poly mountain range that rises and falls with the track, synthwave sunset behind it."
        ),
        _u(
            "City model of Manchester from LiDAR, I want to show noise pollution as a coloured fog hugging the busy roads. Doable?"
        ),
        _u(
            "Fresnel looks inverted, edges are dark and centre is bright:\n\nfloat f = pow(dot(normalize(vNormal), normalize(vViewDir)), 3.0);\ngl_FragColor = vec4(mix(baseColor, rimColor, f), 1.0);"
        ),
        _u(
            "Shadows on my terrain are fine up close but vanish past about 50 metres. Is that a camera far plane thing?"
        ),
        _u(
            "Babylon.js digital twin of a warehouse: we want forklifts shown as ghosted outlines through the shelving so ops can see them behind racks."
        ),
        _u(
            "On our planning-app city map I want proposed buildings shown as translucent blue boxes next to the existing grey ones."
        ),
        _u(
            "Orthopaedic surgery planning tool: show a hip joint from CT, let the surgeon drop a virtual implant in and see if it collides with bone. Rendering side only, what's the approach?"
        ),
        _u("When should I use a Points object versus instanced little quads?"),
        _u(
            "My character's arms stretch weirdly when I play a retargeted animation. Bone names match."
        ),
        _u(
            "A-Frame question: how do I make a 360 video hotspot that opens a 2D info panel facing the user?"
        ),
        _u("exported from Blender, my glTF's emissive screens don't glow in the browser anymore"),
        _u(
            "Doing a generative piece from 40 years of tide data: a ribbon spiralling through space, thickness = tide height. How do I build the ribbon geometry?"
        ),
        _u(
            "Aircraft maintenance viewer: the engine assembly is 2,400 separate meshes and picking a bolt takes 300ms. How do I speed up raycasting?"
        ),
        _u(
            "Hi, I run a small pottery business and someone made me 3D models of my bowls. How do I put them on my Shopify page so people can spin them?"
        ),
        _u(
            "Order-independent transparency: is it worth it for a scene full of glass panels, or is sorting good enough?"
        ),
        _u(
            "Our product configurator on Android leaks memory every time someone switches colours. Heap snapshots show textures piling up."
        ),
        _u(
            "How do I get that wet-cobblestone-after-rain look with puddles only in the gaps between stones?"
        ),
        _u(
            "What's the difference between SSR and planar reflections and which should I use for a shiny showroom floor?"
        ),
        _u(
            "Cesium: I want to fly the camera along a hiking trail and have the terrain near the trail highlighted."
        ),
        _u(
            "In r3f, how do I share one geometry and material across 2,000 trees without killing React?"
        ),
        _u("My skybox has visible seams at the cube edges."),
        _u(
            "Science centre exhibit: a plate-sized model of a coral reef where kids tap fish to learn names. Touchscreen kiosk running Chrome."
        ),
        _u("What is a draw call actually costing me, CPU or GPU?"),
        _u("blank canvas again. renderer is created, nothing shows. want me to paste?"),
        _m(
            "Can you tighten this cover letter paragraph? 'I am writing to apply for...'",
            "Sure: 'I'm applying for the Product Designer role because...'",
            "Thanks. Totally different thing: our 3D ring viewer on the jewellery site makes gold look like brass. How do I warm it up without going orange?",
        ),
        _m(
            "I've got a turbine viewer with OrbitControls.",
            "What's up?",
            "Panning lets people drag the model completely off screen. Can I clamp it?",
        ),
        _m(
            "Working on a stylised water shader for a cosy farming game.",
            "What's missing?",
            "Foam lines where the water meets rocks. Right now it just cuts hard.",
        ),
        _m(
            "What's a BRDF?",
            "A function that says how much light a surface reflects from one direction into another.",
            "Right, so is that what 'roughness' is plugging into?",
        ),
        _m(
            "Quick one: what year did the Berlin Wall fall?",
            "1989.",
            "Cheers. Now, for my history app I have a 3D Berlin and want the Wall to rise and fall on a timeline slider.",
        ),
        _m(
            "We're building a virtual tour of a Victorian pumping station.",
            "Nice! What's the state?",
            "Photogrammetry done, engines rigged.",
            "You could animate the beam engines.",
            "Yes — how do I make the steam and the big flywheel feel heavy and slow rather than floaty?",
        ),
        _m(
            "Added sparks to my welding sim.",
            "How do they look?",
            "Too static. Real sparks bounce off the floor and fade orange to red.",
        ),
        _m(
            "Making a browser jigsaw in 3D.",
            "Sounds fun.",
            "Pieces should have a slight cardboard thickness and cast soft shadows on the table.",
        ),
        _m(
            "what's a good savings rate for a 30 year old?",
            "Common guidance is 15–20% of gross income, but it depends on goals.",
            "ok. unrelated: in my estate agent's 3D floorplan the furniture casts no shadows and everything looks pasted in.",
        ),
        _m(
            "it's still washed out",
            "Did you set the output colour space to sRGB?",
            "yep. still grey-ish compared to the Blender render",
        ),
        _m(
            "PlayCanvas, making a bowling alley game.",
            "What's the issue?",
            "The lane reflections look painted on, they don't move with the camera.",
        ),
        _m(
            "Teaching med students the brachial plexus in 3D.",
            "What do you need it to do?",
            "Trace a nerve from the spine to the hand.",
            "You could highlight the path on click.",
            "Can the highlight travel along the nerve like a pulse?",
        ),
        _s(
            "You are a coding assistant inside the editor.",
            "Why does my sprite face the wrong way?\n\nconst sprite = new THREE.Mesh(new THREE.PlaneGeometry(), mat);\nsprite.lookAt(camera);",
        ),
        _s(
            "You are the support bot for Walkabout3D, a property tour platform.",
            "Clients say the dollhouse view looks tiny on phones and they can't pinch to zoom.",
        ),
        _s(
            "You are a graphics programming tutor.",
            "Can you explain what a view matrix is without using the word 'matrix'?",
        ),
        _s(
            "You are a coding agent working in our three.js game repo.",
            "Add a dust puff under the player's feet when they land from a jump.",
        ),
        _s(
            "You are the internal assistant at Hollowbrook Studio.",
            "Client wants their whisky bottle rendered with the liquid visibly sloshing when the user drags it.",
        ),
        _s(
            "You assist geospatial developers.",
            "deck.gl: our 3D ferry routes clip through the ground at the harbour because the coast is below sea level in the DEM.",
        ),
        _s(
            "You help indie game developers.",
            "I want a 'CRT monitor' look over the whole game: curvature, scanlines, slight colour bleed.",
        ),
        _s(
            "You are a code reviewer.",
            "Objects flicker between visible and invisible when I move:\n\nconst camera = new THREE.PerspectiveCamera(75, w/h, 0.0001, 100000);",
        ),
        _u(
            "Our site mascot is a 3D fox; I want it to curl up and sleep if the user is idle for a minute."
        ),
        _u("WGSL: how do I do instancing, what's the equivalent of gl_InstanceID?"),
        _s(
            "You are an assistant for a sports broadcaster's web team.",
            "We want a 3D replay of a cricket delivery in the browser: the ball's path as a trail, swing visible, camera from behind the bowler.",
        ),
        _s(
            "You support a vertical farming startup's dashboard team.",
            "Our 3D greenhouse view should tint each grow rack by humidity, but the colour gradient looks muddy brown in the middle.",
        ),
    ],
    "de": [
        _u(
            "Im Onlineshop wirkt unser Holzspielzeug in 3D wie lackiertes Plastik. Wie bekomme ich eine matte, geölte Holzoptik hin?"
        ),
        _u(
            "Der virtuelle Rundgang durchs Fachwerkhaus ist im Dachgeschoss viel zu dunkel. Mehr Lichter machen es auf dem Handy ruckelig."
        ),
        _u(
            "Die Glasvitrine im Museumsviewer sieht aus wie eine graue Folie. Die Exponate dahinter sollen klar sichtbar sein, mit leichten Spiegelungen."
        ),
        _u(
            "Wir haben einen keltischen Goldschatz gescannt und wollen ihn im Browser zeigen. Das Gold wirkt aber wie gelbe Farbe, nicht wie Metall."
        ),
        _u(
            "Ich bin Erdkundelehrerin und möchte Schülern zeigen, wie ein Gletscher über Jahrhunderte schrumpft, als 3D-Gelände im Browser mit Zeitregler."
        ),
        _u(
            "In meinem Browser-Flugsimulator soll die Kamera beim Looping nicht auf dem Kopf stehen bleiben, sondern sauber mitdrehen. Gerade springt sie bei 90 Grad."
        ),
        _u(
            "Auf den Schul-iPads läuft unsere 3D-Lernseite mit 15 fps. Was sind die üblichen Stellschrauben für Tablets?"
        ),
        _u("Was ist eigentlich ein Shadow Bias und warum muss ich da rumprobieren?"),
        _u(
            "Kann mir jemand erklären, was ein Framebuffer ist, ohne gleich mit OpenGL-Spezifikationen zu kommen?"
        ),
        _u(
            "Für unser Theaterstück wollen wir einen Bühnenhintergrund im Browser: ein Sternenhimmel, der mit der Musik langsam atmet und pulsiert."
        ),
        _u(
            "3D-Stadtmodell von Hamburg: Die Elbe soll bei Sturmflut animiert ansteigen und die Speicherstadt überfluten."
        ),
        _u(
            "Mein Shader für Höhenlinien zeigt nur Rauschen statt sauberer Linien:\n\nfloat h = vWorldPos.y;\nfloat line = step(0.98, fract(h));\ngl_FragColor = vec4(vec3(line), 1.0);"
        ),
        _u(
            "Die Schatten auf der Fassade haben Treppenstufen. Shadow-Map ist 2048 groß, Kamera deckt die ganze Stadt ab."
        ),
        _u(
            "Babylon.js, digitaler Zwilling einer Brauerei: Die Füllstände der Tanks sollen als halbtransparente Flüssigkeit im Tank sichtbar sein."
        ),
        _u(
            "Auf der Karte sollen Windräder stehen, deren Rotoren sich passend zur aktuellen Windrichtung drehen."
        ),
        _u(
            "Für die Radiologie brauchen wir eine Browseransicht, in der man durch MRT-Schichten scrollt und parallel das 3D-Modell des Gehirns sieht."
        ),
        _u(
            "Was ist der Unterschied zwischen Perspective- und OrthographicCamera, wann nimmt man welche?"
        ),
        _u(
            "Meine Figur läuft auf der Stelle, die Animation spielt, aber sie bewegt sich nicht vorwärts."
        ),
        _u("A-Frame: Wie lasse ich Text in VR immer zum Nutzer zeigen, egal wo er steht?"),
        _u(
            "Nach dem Import sind alle Materialien meines glTF doppelseitig weg, man sieht durch die Vorhänge."
        ),
        _u(
            "Datenkunst-Projekt: Die Pendlerströme im Ruhrgebiet als leuchtende Fäden, die morgens in die Städte fließen und abends zurück."
        ),
        _u(
            "Das Maschinenmodell aus SolidWorks hat 500 MB. Wie bekommen wir das für Servicetechniker aufs Tablet?"
        ),
        _u(
            "Ich bin Tischlermeister und hab von einem Freund 3D-Modelle meiner Küchen bekommen. Wie kommen die auf meine Website, dass man sie drehen kann?"
        ),
        _u("Rauch und Glas zusammen: Der Rauch hinter der Scheibe verschwindet einfach."),
        _u("Unser Autokonfigurator stürzt auf älteren Android-Handys beim Felgenwechsel ab."),
        _u(
            "Wie kriege ich schneebedeckte Dächer hin, bei denen nur die flachen Stellen Schnee haben?"
        ),
        _u(
            "Was bringt mir ein Tiefenvorlauf (Depth Pre-Pass) in einer Szene mit vielen überlappenden Objekten?"
        ),
        _u(
            "CesiumJS: Ich möchte die Flugbahn eines Segelflugzeugs mit Thermik-Schläuchen als Säulen darstellen."
        ),
        _u(
            "In r3f flackert mein Modell kurz, wenn ich die Route in Next.js wechsle. Wird der Canvas neu erzeugt?"
        ),
        _u("Die Wiese sieht von oben aus wie ein grüner Teppich ohne Tiefe."),
        _u(
            "Für das Planetarium soll ein Modell der Mondoberfläche mit Kratern im Streiflicht gezeigt werden, das man am Touchscreen dreht."
        ),
        _u("schwarzer Bildschirm. WebGL-Context da, Szene da, Licht da. Ideen?"),
        _m(
            "Kannst du mir kurz erklären, was eine GmbH von einer UG unterscheidet?",
            "Vor allem das Mindeststammkapital: 25.000 € bei der GmbH, ab 1 € bei der UG.",
            "Danke. Ganz anderes Thema: Unser Möbelviewer zeigt Stoffbezüge total glatt, man sieht kein Gewebe.",
        ),
        _m(
            "Ich hab einen Getriebe-Viewer mit OrbitControls.",
            "Was klemmt?",
            "Beim Reinzoomen wird das Modell vorne abgeschnitten, als ob eine unsichtbare Wand da wäre.",
        ),
        _m(
            "Ich mache ein Wasser-Shader für einen Bergsee.",
            "Wie sieht es aus?",
            "Zu blau und zu klar. Bergseen sind eher grünlich und am Ufer sieht man den Grund.",
        ),
        _m(
            "Was sind Uniforms?",
            "Werte, die für alle Vertices bzw. Pixel eines Draw Calls gleich sind, z. B. Zeit oder Lichtposition.",
            "Und wie viele darf ich haben, bevor es auf dem Handy Probleme gibt?",
        ),
        _m(
            "Wann wurde der Kölner Dom fertiggestellt?",
            "1880.",
            "Gut. Für unsere Stadtführer-App soll der Dom in 3D nach Bauphasen wachsen.",
        ),
        _m(
            "Wir bauen einen virtuellen Rundgang durch eine Zeche.",
            "Spannend! Wo steht ihr?",
            "Untertage-Stollen sind modelliert.",
            "Da ist die Beleuchtung entscheidend.",
            "Genau, nur die Grubenlampe soll leuchten, wie eine Taschenlampe mit Lichtkegel.",
        ),
        _m(
            "Wir steigen auf WebGPU um.",
            "Was ist die Frage?",
            "Lohnt sich das für einen einfachen Produktviewer oder ist das nur für Compute?",
        ),
        _m(
            "Ich hab Glühwürmchen als Partikel gemacht.",
            "Und?",
            "Sie leuchten, aber erhellen die Umgebung nicht. Sollen schwach das Gras beleuchten.",
        ),
        _m(
            "Ich baue Mensch ärgere dich nicht in 3D.",
            "Was brauchst du?",
            "Der Würfel soll beim Wurf realistisch rollen und das Ergebnis muss trotzdem vorher feststehen.",
        ),
        _m(
            "zu dunkel immer noch",
            "Hast du das Tone Mapping und die Belichtung angepasst?",
            "toneMappingExposure auf 2 und jetzt sind die Lampen ausgebrannt",
        ),
        _s(
            "Du unterstützt ein Start-up für digitale Orgelbau-Dokumentation.",
            "Die Orgelpfeifen im 3D-Modell sollen beim Abspielen eines Stücks kurz aufleuchten, je nachdem welcher Ton gerade klingt.",
        ),
        _m(
            "Wir machen ein Lernmodell der Lunge für Pflegeschüler.",
            "Was soll es zeigen?",
            "Ein- und Ausatmen.",
            "Das geht mit Morph Targets.",
            "Und die Bronchien sollen sich beim Asthmaanfall sichtbar verengen.",
        ),
        _s(
            "Du bist der Coding-Assistent in der IDE.",
            "Warum ist mein Würfel verzerrt, wenn ich das Fenster breiter mache?\n\nwindow.onresize = () => renderer.setSize(innerWidth, innerHeight);",
        ),
        _s(
            "Du bist der Support-Bot von Raumblick, einer Plattform für virtuelle Immobilienrundgänge.",
            "Kunden wollen im Rundgang zwischen Tag- und Nachtansicht umschalten. Geht das?",
        ),
        _s(
            "Du bist Tutor für Computergrafik.",
            "Warum braucht man homogene Koordinaten mit einer vierten Komponente?",
        ),
        _s(
            "Du bist ein Coding-Agent im Repo unseres Browser-Spiels (three.js).",
            "Bau einen Wassereffekt ein: Wenn der Spieler in den Teich springt, sollen Wellenringe entstehen.",
        ),
        _s(
            "Du bist der interne Assistent der Agentur Nordlicht.",
            "Kunde will seine Kaffeemaschine mit gebürstetem Edelstahl in 3D zeigen, die Bürstrichtung soll sichtbar sein.",
        ),
        _s(
            "You are a maps engineering assistant.",
            "Mit deck.gl zeigen wir Radwege als 3D-Linien, aber an Kreuzungen flackern die Linien, wo sie sich überlagern.",
        ),
        _s(
            "Du hilfst Indie-Spieleentwicklern.",
            "Ich möchte, dass Gegner hinter Wänden als Silhouette durchscheinen, wie in vielen Actionspielen.",
        ),
        _s(
            "Du bist Code-Reviewer.",
            "Hier wird jedes Frame neu gecastet, ist das schlimm?\n\nfunction loop(){\n  raycaster.setFromCamera(mouse, camera);\n  const hits = raycaster.intersectObjects(scene.children, true);\n  requestAnimationFrame(loop);\n}",
        ),
        _s(
            "Du bist Assistent für das Webteam eines Zoos.",
            "Für die neue Pinguin-Seite wollen wir ein 3D-Gehege, in dem die Pinguine watscheln und ins Wasser springen. Wie animieren wir 30 Pinguine, ohne dass es ruckelt?",
        ),
        _u(
            "WGSL: Wie übergebe ich eine Textur und einen Sampler an den Fragment-Shader, welche Bindings brauche ich?"
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b6", BY_LANG)
