"""Eighth batch of `webgl` examples: hand-written, one group per example
("webgl/b8/<lang>/<digest>"). Multi-turn chats about a 3D scene, viewer or game that end in a
short follow-up only the conversation explains, and short asks whose 3D nature shows weakly."""

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
        _m(
            "Dans mon configurateur de canapé, je voudrais que la caméra tourne toute seule autour du modèle quand personne ne touche à rien.",
            "Avec OrbitControls c'est direct : `controls.autoRotate = true; controls.autoRotateSpeed = 2.0;` et n'oublie pas `controls.update()` dans ta boucle d'animation.",
            "plus lent",
        ),
        _m(
            "J'ai un océan en shader, les vagues bougent bien mais la couleur est plate.",
            "Mélange deux couleurs selon la hauteur de la vague : `vec3 col = mix(deepColor, shallowColor, smoothstep(-0.2, 0.4, vPos.y));` puis ajoute un peu de fresnel sur les bords.",
            "et de l'écume sur les crêtes ?",
        ),
        _m(
            "Mon perso dans le jeu de plateforme a une ombre toute pixelisée.",
            "Augmente la taille de la shadow map : `light.shadow.mapSize.set(2048, 2048)` et resserre la caméra d'ombre autour de la zone de jeu (`shadow.camera.left/right/top/bottom`).",
            "toujours des escaliers sur les bords",
            "Passe `renderer.shadowMap.type = THREE.PCFSoftShadowMap` et joue sur `light.shadow.radius`.",
            "plus doux encore",
        ),
        _m(
            "Je fais une visite virtuelle d'appartement, la lumière du salon paraît trop jaune.",
            "Baisse la température : `light.color.set(0xfff4e5)` au lieu d'un orange franc, et vérifie que `renderer.toneMapping = THREE.ACESFilmicToneMapping`.",
            "un poil plus froid",
        ),
        _m(
            "Comment je fais apparaître les pièces de mon moteur éclaté une par une dans le viewer ?",
            "Tu peux animer la position de chaque pièce depuis le centre vers sa position finale avec un délai : `gsap.to(part.position, { ...target, delay: i * 0.15 })`.",
            "et qu'elles tournent un peu en arrivant",
        ),
        _m(
            "J'ai ajouté du brouillard à ma forêt : `scene.fog = new THREE.Fog(0xaaaaaa, 10, 60)`.",
            "Bien. Pense à mettre la même couleur en fond (`scene.background`) sinon les arbres lointains se détachent sur le ciel.",
            "plus épais près du sol seulement",
        ),
        _m(
            "Sur le globe de mon appli météo, je veux que les nuages tournent un peu plus vite que la Terre.",
            "Mets les nuages sur une seconde sphère un peu plus grande et incrémente `clouds.rotation.y += delta * 0.02` pendant que `earth.rotation.y += delta * 0.015`.",
            "et la nuit, les lumières des villes ?",
        ),
        _m(
            "Dans le jeu de course, la caméra colle trop à la voiture.",
            "Utilise un point cible derrière la voiture et fais un lerp : `camera.position.lerp(targetPos, 0.08)`, ça donne du retard.",
            "en virage elle devrait s'écarter un peu",
        ),
        _m(
            "Mes particules de feu de camp sont toutes carrées.",
            "Dans le fragment shader, coupe ce qui dépasse du cercle : `if (length(gl_PointCoord - 0.5) > 0.5) discard;` et utilise un blending additif.",
            "voilà c'est rond. plus de fumée au-dessus maintenant",
        ),
        _m(
            "Je montre un modèle de molécule avec des sphères et des bâtons, tout est gris.",
            "Colore par élément : une map `{ C: 0x333333, O: 0xff2222, N: 0x2255ff, H: 0xffffff }` et un `MeshStandardMaterial` par atome.",
            "Ok. et un effet de sélection quand je passe la souris ?",
        ),
        _m(
            "Le bloom de ma scène de néons fait baver tout l'écran.",
            "Monte le `threshold` de l'UnrealBloomPass vers 0.8 pour que seuls les éléments très lumineux brillent, et baisse `strength`.",
            "seulement les enseignes, pas la route",
        ),
        _m(
            "J'ai un terrain généré avec du bruit, ça fait trop montagne.",
            "Réduis l'amplitude et ajoute des octaves plus fines : `h = 0.4 * noise(p * 0.5) + 0.1 * noise(p * 2.0)`.",
            "plus de collines, moins de pics",
            "Applique une courbe : `h = pow(h, 1.5)` aplatit les bas et garde quelques bosses.",
            "et un lac au milieu ?",
        ),
        _m(
            "Dans notre jeu de cartes 3D, je veux que la carte se retourne quand on clique.",
            "Anime `card.rotation.y` de 0 à Math.PI avec un easing, et mets deux faces (deux plans dos à dos avec des textures différentes).",
            "avec un petit saut en même temps",
        ),
        _m(
            "Je fais une scène de neige qui tombe sur un village.",
            "Un `THREE.Points` avec quelques milliers de flocons, et dans la boucle tu fais descendre `y` et tu le remets en haut quand il passe sous le sol.",
            "et du vent qui les pousse de côté",
        ),
        _m(
            "La vitrine produit tourne sur un socle, le reflet dessus est trop net.",
            "Sur le `MeshStandardMaterial` du socle, monte `roughness` vers 0.3-0.4 ; avec un env map ça floute le reflet.",
            "encore un peu",
        ),
        _m(
            "Mon soleil couchant dans la scène de plage est trop orange.",
            "Joue sur le Sky shader : baisse `rayleigh` et `turbidity`, et remonte un peu l'élévation du soleil.",
            "plus rose plutôt",
        ),
        _m(
            "Est-ce qu'on peut faire un effet d'eau qui ondule quand on clique dessus dans la scène ?",
            "Oui, simule une grille de hauteurs en ping-pong sur deux render targets ; au clic tu injectes une impulsion à la position UV touchée.",
            "et si plusieurs clics en même temps ?",
        ),
        _m(
            "Le vaisseau de mon shoot'em up a besoin d'une traînée derrière les réacteurs.",
            "Garde les 30 dernières positions dans un tableau et dessine un ruban avec une `BufferGeometry` dont l'alpha diminue vers la fin.",
            "plus courte et bleue",
        ),
        _m(
            "J'ai un viewer d'IRM en volume rendering, tout est trop opaque.",
            "Baisse l'opacité dans la fonction de transfert pour les faibles densités, par exemple `alpha = smoothstep(0.2, 0.6, density) * 0.05` par pas.",
            "on voit mieux. et pour couper en deux avec un plan ?",
        ),
        _m(
            "Sur la maquette de l'immeuble, je veux que les étages s'allument un par un au scroll.",
            "Mappe la progression du scroll sur un index d'étage et change `emissiveIntensity` des étages dessous.",
            "dans l'autre sens quand on remonte ?",
        ),
        _m(
            "Le lapin de mon jeu saute, mais ça paraît rigide.",
            "Ajoute du squash and stretch : au décollage `scale.y = 1.2, scale.x = 0.9`, à l'atterrissage l'inverse, avec un lerp de retour.",
            "plus exagéré",
        ),
        _m(
            "Comment faire un contour blanc autour de l'objet sélectionné ?",
            "L'`OutlinePass` des exemples three.js fait ça : `outlinePass.selectedObjects = [obj]`, avec `edgeStrength` et `visibleEdgeColor`.",
            "plus fin",
        ),
        _u("Mon modèle importé apparaît tout noir alors qu'il a des textures, une idée ?"),
        _u("je veux que la caméra suive une courbe à travers le tunnel, genre montagnes russes"),
        _u("Les objets au loin clignotent quand ils se superposent, c'est quoi ce bug ?"),
        _u("effet verre dépoli sur une bouteille qui tourne, faisable en temps réel ?"),
        _u("Comment on fait un sol en miroir sous une voiture exposée ?"),
        _u("ma scène tourne à 20 fps sur iPad, par où je commence à chercher ?"),
        _u("Je voudrais que le personnage laisse des traces de pas dans la neige."),
        _u("Quand je zoome trop près du modèle, il se coupe. Pourquoi ?"),
        _u(
            "Faire un cube de Rubik qu'on peut tourner face par face à la souris, par où commencer ?"
        ),
        _u("Effet hologramme bleu avec des lignes qui défilent sur une statue, des pistes ?"),
        _u(
            "des rayons de lumière qui passent à travers les fenêtres d'une église, ça se fait comment en temps réel ?"
        ),
        _u("comment on met une texture de bois qui ne s'étire pas sur une table très longue"),
        _u("Je veux une transition en fondu entre deux pièces de la visite virtuelle."),
        _u("pourquoi mon objet transparent cache ceux qui sont derrière lui"),
        _u("La lune doit éclairer le lac la nuit dans ma scène, des idées ?"),
        _u("Un effet de dissolution quand un ennemi meurt, avec des bords qui brûlent ?"),
        _s(
            "Tu es l'assistant du studio Pixelbrume, qui développe des jeux web.",
            "Le joueur doit voir à travers les murs quand il est caché derrière, en silhouette.",
        ),
        _s(
            "Assistant de code intégré à l'éditeur. Réponds brièvement.",
            "le modèle glb est à l'envers quand je le charge",
        ),
        _s(
            "You are a support bot for an online 3D product viewer SaaS.",
            "Bonjour, sur ma page produit la chaise apparaît toute petite et décalée à gauche, comment je recentre ?",
        ),
    ],
    "ru": [
        _m(
            "Делаю сцену ночного города, фонари светятся, но на асфальте от них ничего нет.",
            "Добавь под каждым фонарём `PointLight` с небольшим `distance` и `decay = 2`, а если фонарей много — запеки пятна света в lightmap асфальта.",
            "а тень?",
        ),
        _m(
            "В игре про танки камера сверху, хочу плавный зум колесиком.",
            "Меняй целевую высоту по `wheel`, а в цикле `camera.position.y += (targetY - camera.position.y) * 0.1`.",
            "и чтобы наклон менялся вместе с зумом",
        ),
        _m(
            "Сделал вращающийся логотип из металла, но он выглядит как пластик.",
            "Поставь `metalness: 1, roughness: 0.2` и обязательно дай окружение: `scene.environment = pmremGenerator.fromScene(new RoomEnvironment()).texture`.",
            "чуть темнее",
        ),
        _m(
            "У меня в шейдере полоски, как на старом телевизоре, поверх сцены.",
            "Это обычный scanline в постпроцессе: `col *= 0.9 + 0.1 * sin(vUv.y * 800.0)`.",
            "пусть медленно ползут вниз",
        ),
        _m(
            "Для музея делаем просмотр статуи в браузере. Свет слишком плоский.",
            "Поставь один направленный свет сбоку как ключевой, слабый заполняющий с другой стороны и контровой сзади, а ambient почти убери.",
            "драматичнее",
            "Тогда ключевой сверху-сбоку под 60°, заполняющий в 4-5 раз слабее и тени включи.",
            "и чуть теплее",
        ),
        _m(
            "Как сделать, чтобы облака в небе медленно плыли?",
            "Самый простой вариант — сдвигать UV у текстуры облаков на куполе: `uv.x += time * 0.005`.",
            "быстрее, и чтобы были разные слои",
        ),
        _m(
            "Визуализирую карьер по данным лидара, точек миллионы, всё тормозит.",
            "Разбей облако на октодерево и грузи уровни детализации по расстоянию, как в Potree; и размер точки считай в шейдере.",
            "а цвет по высоте?",
        ),
        _m(
            "В браузерной гонке машина при повороте не наклоняется, выглядит деревянно.",
            "Наклоняй кузов по крену пропорционально боковой скорости: `body.rotation.z = THREE.MathUtils.lerp(body.rotation.z, -lateral * 0.05, 0.1)`.",
            "меньше",
        ),
        _m(
            "Хочу эффект портала: смотришь в рамку — видишь другую комнату.",
            "Рендери вторую сцену в `WebGLRenderTarget` с камерой, которая повторяет движение основной, и натягивай текстуру на плоскость портала.",
            "а если зайти внутрь?",
        ),
        _m(
            "На модели кроссовка видны швы от нормалей, какие-то ломаные полосы.",
            "Скорее всего, tangents не сходятся. Пересчитай их при экспорте или включи `computeTangents()`, и проверь, что normal map в linear, а не sRGB.",
            "помогло, но швы по UV ещё видно",
        ),
        _m(
            "Сделал дождь частицами, но капли выглядят как точки.",
            "Рисуй их вытянутыми отрезками: `LineSegments`, где второй конец смещён по вектору скорости.",
            "а брызги на земле?",
        ),
        _m(
            "Камера в шутере от первого лица сильно дёргается при беге.",
            "Уменьши амплитуду покачивания головы и сглаживай: `bob = sin(t * 10.0) * 0.03 * speedFactor`.",
            "совсем убрать при прицеливании",
        ),
        _m(
            "В 3D-просмотрщике квартиры хочу показывать солнце в разное время суток.",
            "Считай положение солнца по азимуту и высоте (есть библиотека suncalc) и ставь `DirectionalLight` туда же, плюс меняй цвет неба.",
            "только зимой",
        ),
        _m(
            "У куба с картинками на гранях всё размыто при наклоне.",
            "Включи анизотропную фильтрацию: `texture.anisotropy = renderer.capabilities.getMaxAnisotropy()`.",
            "а на телефоне так же?",
        ),
        _m(
            "Пишу стилизацию под мультик, тени сделал ступенчатыми.",
            "Хорошо, ещё добавь обводку: второй проход с инвертированными нормалями и чёрным цветом, чуть раздутый по нормали.",
            "толще",
        ),
        _m(
            "Делаю аквариум в браузере, рыбки двигаются по прямым.",
            "Используй простую модель стай: разделение, выравнивание и сцепление, плюс отталкивание от стенок.",
            "пусть пугаются курсора",
        ),
        _m(
            "Показываем модель турбины, нужно, чтобы лопасти крутились.",
            "Найди узел лопастей по имени в glTF и в цикле `rotor.rotateZ(speed * delta)`.",
            "с разгоном при старте",
        ),
        _m(
            "Хочу, чтобы при наведении на здание на карте оно приподнималось.",
            "Через `Raycaster` находи здание под курсором и анимируй его `position.y` вверх на пару метров, а у предыдущего — обратно.",
            "и подсветку по контуру",
        ),
        _m(
            "Небо у меня градиентом, хочу звёзды ночью.",
            "Добавь `Points` на большой сфере и плавно меняй им `opacity` в зависимости от высоты солнца.",
            "и падающую звезду иногда",
        ),
        _m(
            "Сделал огонь шейдером, цвета какие-то кислотные.",
            "Пройди по градиенту: от тёмно-красного снизу к жёлто-белому в середине, `mix` по значению шума, и добавь blending additive.",
            "потише",
        ),
        _m(
            "В игре у врагов полоски здоровья над головой, но они поворачиваются вместе с моделью.",
            "Сделай их спрайтами (`THREE.Sprite`) — они всегда смотрят на камеру — или копируй `camera.quaternion` каждый кадр.",
            "а сквозь стены их видно?",
        ),
        _m(
            "Для выставки — интерактивный скелет динозавра, кости можно кликать.",
            "Каждой кости — свой меш, по клику `Raycaster`, затем плавный перелёт камеры к выбранной кости.",
            "с подписью рядом",
        ),
        _u("как сделать, чтобы трава не торчала сквозь камни на сцене"),
        _u("Почему модель из блендера в браузере стала намного темнее, чем в самом блендере?"),
        _u("хочу эффект, будто экран замерзает по краям, когда персонаж на холоде"),
        _u(
            "Машина в конфигураторе должна менять цвет кузова при клике на образец краски, как это устроено?"
        ),
        _u("тени от деревьев дрожат при движении камеры, что делать"),
        _u("Можно ли сделать настоящий отражающий пол без двойного рендера сцены?"),
        _u("хочу глобус, где можно кликнуть страну и она подсвечивается"),
        _u("Как сделать эффект рыбьего глаза для всей картинки?"),
        _u("персонаж проваливается в пол на склонах, с чего начать отладку"),
        _u("Что быстрее для тысячи одинаковых ящиков: клоны или инстансинг?"),
        _u("нужен эффект тепловизора на всю сцену, серо-красный"),
        _u("Как показать внутренности двигателя, разрезав корпус пополам?"),
        _u("почему прозрачное стекло окон мерцает, когда поворачиваю камеру"),
        _u("сделать, чтобы текст на табличке в комнате был чётким на любом расстоянии — как?"),
        _u("Сколько примерно треугольников потянет средний ноутбук при 60 кадрах?"),
        _u("хочу эффект замедленного времени: всё синеет и размывается по краям"),
        _u("Как нарисовать линию толщиной больше одного пикселя? Сейчас всегда тонкая."),
        _s(
            "Ты — ассистент команды, которая делает браузерную игру «Северный рейс».",
            "лёд на реке должен трескаться там, где проехал грузовик",
        ),
        _s(
            "You are a code review bot. Answer in the language of the user.",
            "Посмотри: у меня в каждом кадре создаётся новый материал для подсветки — это плохо?",
        ),
        _s(
            "Ты помощник в IDE. Коротко и по делу.",
            "камера смотрит в пол после загрузки сцены",
        ),
        _u("как сделать следы от шин на песке, которые постепенно исчезают"),
    ],
    "ko": [
        _m(
            "제품 상세 페이지에 3D 신발 모델 띄웠는데 카메라가 너무 가까워요.",
            "모델의 bounding box를 구해서 거리 계산하면 돼요: `const size = box.getSize(new THREE.Vector3()).length(); camera.position.set(0, size*0.3, size*1.2);`",
            "더 멀리서",
        ),
        _m(
            "우리 게임 캐릭터 머리카락이 너무 반짝거려요.",
            "머티리얼 `roughness`를 0.6 이상으로 올리고, specular가 강하면 `specularIntensity`를 낮춰보세요.",
            "조금만 더",
        ),
        _m(
            "바다 씬에서 배가 그냥 떠 있기만 해요. 파도 따라 흔들리게 하고 싶어요.",
            "파도 함수랑 같은 식으로 배 위치의 높이를 구하고, 앞뒤/좌우 두 점 높이 차이로 pitch/roll을 계산하세요.",
            "폭풍 칠 때는?",
        ),
        _m(
            "웹에서 보여주는 아파트 단지 모형인데 그림자가 너무 진해요.",
            "`AmbientLight`나 `HemisphereLight`를 조금 올려서 그림자 영역을 채워주세요. 그림자 자체 투명도는 ShadowMaterial 쓸 때만 조절돼요.",
            "아침 느낌으로",
        ),
        _m(
            "포탈 들어갈 때 화면이 소용돌이치는 효과 넣고 싶어요.",
            "후처리 셰이더에서 중심 거리 기반으로 UV를 회전시키면 돼요: `float a = strength * (1.0 - r); uv = rot(a) * (uv - 0.5) + 0.5;`",
            "반대 방향으로",
        ),
        _m(
            "별자리 앱 만드는데 별 사이 선을 그리고 있어요.",
            "별 좌표를 쌍으로 `LineSegments`에 넣으면 돼요. 색은 `LineBasicMaterial({ color: 0x88aaff, transparent: true, opacity: 0.5 })` 정도.",
            "선이 천천히 그려지게",
        ),
        _m(
            "레이싱 게임에서 속도 빠를 때 느낌이 안 나요.",
            "속도에 비례해서 FOV를 넓히고(`camera.fov = 60 + speed*0.2; camera.updateProjectionMatrix()`), 화면 가장자리에 radial blur를 살짝 주세요.",
            "부스터 쓸 때만 더 세게",
        ),
        _m(
            "박물관 유물 뷰어에 조명 하나 넣었는데 뒤쪽이 새까매요.",
            "환경맵을 넣는 게 제일 간단해요. HDRI를 `RGBELoader`로 불러서 `scene.environment`에 넣으면 전체적으로 은은하게 밝아져요.",
            "배경은 그대로 검정으로",
        ),
        _m(
            "캐릭터가 물에 들어가면 물결이 퍼지게 하고 싶어요.",
            "캐릭터 위치에 링 모양 데칼을 생성해서 scale은 커지고 opacity는 줄게 하면 가볍게 구현돼요.",
            "걸을 때마다?",
        ),
        _m(
            "Babylon.js로 창고 디지털 트윈 만드는 중인데 선반이 천 개 넘어가요.",
            "같은 메쉬면 `mesh.thinInstanceAdd(matrix)`로 thin instance 쓰세요. draw call이 하나로 줄어요.",
            "그럼 선반 하나만 클릭해서 색 바꾸는 건?",
        ),
        _m(
            "로딩 화면에 3D 로고가 빙글빙글 돌아요.",
            "좋네요. `logo.rotation.y += delta * 1.5` 같은 식이면 프레임레이트 상관없이 일정해요.",
            "멈출 때 살짝 튕기게",
        ),
        _m(
            "숲 씬 안개 넣었어요. 근데 하늘까지 뿌옇게 돼요.",
            "하늘 돔 머티리얼에 `fog: false`를 주면 하늘은 안개 영향을 안 받아요.",
            "안개가 천천히 움직이게는?",
        ),
        _m(
            "홀로그램 셰이더 만들었는데 너무 밝아서 눈 아파요.",
            "fresnel 항의 지수를 올려서 가장자리만 밝게 하고, 전체 alpha를 0.4 정도로 낮춰보세요.",
            "좀 더 초록빛",
        ),
        _m(
            "3D 주사위 굴리는 웹앱이에요. 주사위가 바닥을 뚫고 떨어져요.",
            "물리 엔진 timestep이 크면 그래요. cannon-es면 `world.step(1/60, delta, 3)`처럼 고정 스텝에 서브스텝 주세요.",
            "이제 안 뚫어요. 굴러가는 소리도 맞출 수 있나요?",
        ),
        _m(
            "우주 배경 씬에 행성 하나 있는데 밋밋해요.",
            "대기 효과로 살짝 큰 구를 하나 더 씌우고 backside에 fresnel 글로우를 주면 분위기 확 살아요.",
            "고리도",
        ),
        _m(
            "가구 배치 앱에서 소파를 바닥 위에서 드래그로 옮기게 했어요.",
            "바닥 평면과 레이를 교차시켜서 위치 잡는 거죠? 그리드 스냅은 `Math.round(x / 0.1) * 0.1`로 하면 돼요.",
            "회전도 45도씩",
        ),
        _m(
            "게임 속 무기 들고 있는 손이 벽에 파묻혀요.",
            "무기는 별도 씬이나 레이어로 그리고 depth를 클리어한 뒤 위에 렌더하면 벽을 뚫고 보이지 않아요.",
            "그림자는 어떻게 돼요?",
        ),
        _m(
            "터레인에 눈 쌓인 느낌 내고 싶어요.",
            "노멀의 y 성분으로 위를 향한 면에만 흰색을 섞으세요: `mix(rock, snow, smoothstep(0.7, 0.9, normal.y))`.",
            "높은 곳에만",
        ),
        _m(
            "데이터 시각화로 3D 막대 차트 만들었어요. 막대가 한 번에 뿅 나타나요.",
            "높이를 0에서 목표값까지 보간하고 막대 순서대로 delay를 주면 자연스러워요. 피벗은 바닥에 두세요.",
            "마우스 올리면 값 툴팁",
        ),
        _m(
            "불꽃놀이 파티클 만들었는데 터지는 순간이 심심해요.",
            "터질 때 짧게 밝은 점광원을 켰다 끄고, 파티클에 중력과 감쇠를 주면 훨씬 그럴듯해요.",
            "색깔 여러 개 섞어서",
        ),
        _m(
            "VR 갤러리에서 그림에 다가가면 설명이 뜨게 하고 싶어요.",
            "카메라와 그림 사이 거리를 매 프레임 체크해서 임계값 아래면 패널을 페이드 인 하세요.",
            "한국어 글씨가 깨지는데",
        ),
        _m(
            "3D 지구본에 비행 경로 아치를 그리고 있어요.",
            "두 지점 사이 중간점을 지구 반지름보다 바깥으로 밀어서 `QuadraticBezierCurve3`로 만들면 아치가 돼요.",
            "비행기가 그 위를 따라가게",
        ),
        _u("캐릭터 발이 땅에 안 붙고 살짝 떠 있어요 왜 그럴까요"),
        _u("웹페이지 배경에 천천히 움직이는 추상적인 3D 물결 넣고 싶은데 가볍게 가능?"),
        _u("모델 불러오면 텍스처가 뒤집혀서 나와요"),
        _u("게임 맵 전체를 위에서 보는 미니맵 어떻게 만들어요?"),
        _u("물체가 멀어지면 디테일 낮은 버전으로 바꾸는 거 어떻게 해요"),
        _u("유리컵 안에 물 들어있는 느낌을 실시간으로 내고 싶어요"),
        _u("카메라가 벽 뒤로 가면 벽이 반투명해지게 하려면?"),
        _u("밤 장면에서 반딧불이 날아다니는 효과 추천 좀"),
        _u("gltf 파일이 너무 무거워서 로딩이 30초 걸려요 줄이는 방법?"),
        _u("스크롤하면 제품이 돌아가면서 부품이 분리되는 랜딩 페이지 어떻게 만들어요"),
        _u("그림자 맵이랑 라이트맵 차이가 뭐예요? 짧게"),
        _u("모바일에서만 화면이 깨지고 검은 점이 생겨요"),
        _u("캐릭터 주변에 보호막 같은 반투명 구체 효과 넣고 싶어요"),
        _u("카메라 흔들림 효과 폭발할 때만 자연스럽게"),
        _u("화면 전체를 픽셀아트처럼 보이게 하는 방법"),
        _u("지형 위에 도로를 자연스럽게 깔고 싶어요 높이 따라서"),
        _u("건물 모형 단면 보기 기능, 칼로 자른 것처럼"),
        _u("오브젝트가 카메라 쪽으로 올수록 흐려지는 피사계 심도 효과"),
        _u("메탈 재질이 너무 거울 같아요. 자연스럽게 하려면?"),
        _s(
            "당신은 인테리어 스타트업 '집꾸' 개발팀의 사내 도우미입니다.",
            "조명 켜면 방 모서리가 너무 어두워요",
        ),
        _s(
            "You are a coding assistant inside VS Code.",
            "카메라 회전할 때 모델이 화면 밖으로 나가요",
        ),
        _s(
            "당신은 게임 개발 튜터입니다. 학생 눈높이로 설명하세요.",
            "깊이 버퍼가 뭔지 모르겠어요",
        ),
        _m(
            "제 3D 포트폴리오 사이트에 방 모형이 있어요. 모니터 화면에 제 작업물이 나오게 하고 싶어요.",
            "모니터 화면 메쉬에 `VideoTexture`나 이미지 텍스처를 넣으면 돼요. 밝게 보이려면 `MeshBasicMaterial`로.",
            "클릭하면 화면으로 줌인",
        ),
    ],
    "it": [
        _m(
            "Nel configuratore della cucina voglio che le ante si aprano quando ci clicco.",
            "Metti il pivot dell'anta sulla cerniera (un `Group` spostato sul bordo) e anima `rotation.y` fino a -Math.PI/2 con un easing.",
            "più lentamente",
        ),
        _m(
            "Ho fatto un lago nella scena della montagna, ma sembra un foglio di plastica.",
            "Usa l'oggetto `Water` degli esempi di three.js con una normal map animata, e abbassa `distortionScale` se le onde sono troppo forti.",
            "e al tramonto?",
        ),
        _m(
            "Il mio gioco di astronavi ha uno sfondo nero vuoto.",
            "Metti una skybox con una texture di nebulosa, oppure genera qualche migliaio di stelle con `Points` su una sfera grande.",
            "un po' più di blu",
        ),
        _m(
            "Sto facendo il modello 3D di una villa romana per una mostra, le colonne sembrano finte.",
            "Aggiungi ambient occlusion (una aoMap o SSAO in post) e una normal map di marmo con leggere venature.",
            "più consumate",
        ),
        _m(
            "Voglio la pioggia che colpisce il parabrezza nel simulatore di guida.",
            "Fai un passaggio in post con una texture di gocce animate e usa la normale delle gocce per distorcere l'UV della scena dietro.",
            "e i tergicristalli?",
        ),
        _m(
            "Nel visualizzatore della cattedrale la telecamera entra dentro i muri.",
            "Limita la distanza di OrbitControls (`minDistance`, `maxDistance`) e fai un raycast dalla target alla camera per accorciarla se colpisce un muro.",
            "e dall'alto?",
        ),
        _m(
            "Ho una mappa 3D dell'Italia con le regioni in rilievo in base ai dati.",
            "Estrudi ogni regione con `ExtrudeGeometry` e usa il valore come `depth`, poi colora con una scala.",
            "solo il Sud",
        ),
        _m(
            "Le lucciole nella mia scena notturna si muovono a scatti.",
            "Usa un rumore continuo per lo spostamento invece di valori casuali a ogni frame, tipo `pos += curlNoise(pos * 0.3 + t) * delta`.",
            "più lente e che si spengano ogni tanto",
        ),
        _m(
            "Nel gioco di calcio la palla non gira quando rotola.",
            "Calcola la rotazione dalla velocità: asse = `up × velocity` normalizzato, angolo = `|velocity| * delta / raggio`, poi `ball.rotateOnWorldAxis`.",
            "perfetto. e l'ombra sotto?",
        ),
        _m(
            "Sto facendo un effetto vetro per un bicchiere di vino che ruota.",
            "Con `MeshPhysicalMaterial`: `transmission: 1, roughness: 0.05, thickness: 0.5, ior: 1.5`.",
            "e il vino dentro?",
            "Metti un secondo mesh per il liquido, rosso scuro con `transmission` più bassa e un po' di `attenuationColor`.",
            "più scuro",
        ),
        _m(
            "La nebbia nella mia città fantasy è uniforme, brutta.",
            "Prova una nebbia esponenziale in altezza: nel fragment shader moltiplica la densità per `exp(-worldPos.y * falloff)`.",
            "solo di notte",
        ),
        _m(
            "Voglio che il personaggio del mio gioco lasci una scia luminosa quando fa lo scatto.",
            "Copia la mesh in pose fantasma ogni 50 ms con materiale emissivo trasparente che svanisce in 0,3 secondi.",
            "arancione",
        ),
        _m(
            "Ho un planetario web, i pianeti girano tutti alla stessa velocità.",
            "Usa il periodo orbitale reale come divisore: `angle = t * (2π / period)`; Mercurio 88 giorni, Terra 365, e così via.",
            "accelera tutto 100 volte",
        ),
        _m(
            "Nel viewer di gioielli l'anello non brilla abbastanza.",
            "Serve un environment map con punti luce forti e una pietra con `MeshPhysicalMaterial` a `ior` alto e `dispersion` se la tua versione lo supporta.",
            "e i riflessi arcobaleno?",
        ),
        _m(
            "Ho messo l'erba nel giardino 3D, ma è ferma.",
            "Nel vertex shader sposta in x i vertici alti: `pos.x += sin(time + pos.z) * 0.1 * uv.y`.",
            "vento più forte",
        ),
        _m(
            "Il fuoco del camino nella casa virtuale non illumina la stanza.",
            "Metti una `PointLight` arancione vicino alla fiamma e falle variare l'intensità con un rumore per il tremolio.",
            "meno tremolio",
        ),
        _m(
            "Nel gioco di carte i mazzi sono cubi piatti, senza spessore visibile.",
            "Usa un `BoxGeometry` con altezza pari a `n * 0.002` e una texture a righe sul bordo per simulare le carte impilate.",
            "che si abbassi quando pesco",
        ),
        _m(
            "Ho una dashboard con un magazzino 3D e gli scaffali colorati per riempimento.",
            "Con `InstancedMesh` puoi fare `setColorAt(i, color)` e poi `instanceColor.needsUpdate = true`.",
            "lampeggiare quelli vuoti",
        ),
        _m(
            "La barca nel mio gioco non lascia una scia sull'acqua.",
            "Disegna una striscia a V dietro la poppa con una texture di schiuma che scorre e si dissolve.",
            "più larga",
        ),
        _m(
            "Sto animando un orologio 3D con le lancette.",
            "Ruota le lancette in base all'ora: `hour.rotation.z = -((h % 12) + m / 60) * Math.PI / 6`.",
            "che facciano il tic ogni secondo",
        ),
        _m(
            "Nel viewer della macchina i cerchioni sembrano opachi.",
            "Alza `metalness` a 1, `roughness` intorno a 0.15, e assicurati che ci sia un environment da riflettere.",
            "cromati proprio",
        ),
        _m(
            "La scena del mio escape room è troppo buia su alcuni monitor.",
            "Aggiungi un'opzione di luminosità che cambia `renderer.toneMappingExposure`, da 0.8 a 1.6.",
            "e una torcia?",
        ),
        _u(
            "come si fa un effetto acqua che scorre in un fiume senza che si veda la ripetizione della texture"
        ),
        _u("Quando ruoto il modello si vedono dei buchi nelle facce, perché?"),
        _u("voglio una telecamera che segue una farfalla che vola in un giardino"),
        _u("Come faccio a far sembrare più grande un ambiente con poca geometria?"),
        _u("le ombre del mio personaggio sono staccate dai piedi, cos'è?"),
        _u("effetto disegno a matita su una scena 3D si può fare?"),
        _u("Come si mette una scritta 3D che gira sopra un prodotto?"),
        _u("il modello del drone è bellissimo ma pesa 80 mega, che faccio"),
        _u("voglio che il mare diventi trasparente vicino alla riva"),
        _u("Come faccio un cielo con nuvole che si muovono senza usare video?"),
        _u("i testi sulle etichette dei prodotti nel negozio virtuale sono sfocati"),
        _u("effetto esplosione con detriti che volano e rimbalzano, da dove parto"),
        _u("Un tunnel infinito che scorre, stile salvaschermo anni 90?"),
        _u("come si evita che due superfici sovrapposte sfarfallino"),
        _u("il personaggio deve guardare verso il mouse con la testa"),
        _u("Come mostro le linee di contorno di un terreno, tipo carta topografica?"),
        _u("la scena va bene su PC ma sul telefono si scalda tantissimo"),
        _u("si può fare l'effetto acquarello su un paesaggio in tempo reale?"),
        _s(
            "Sei l'assistente tecnico di Vetrina3D, piattaforma per negozi online.",
            "La borsa nel viewer ha i colori sbiaditi rispetto alla foto, come mai?",
        ),
        _s(
            "Assistente di programmazione. Rispondi in italiano.",
            "mi serve che i nemici diventino rossi un attimo quando li colpisco",
        ),
        _m(
            "Ho un simulatore di volo semplice, l'orizzonte è una riga netta.",
            "Fai sfumare terreno e cielo con la nebbia dello stesso colore del cielo vicino all'orizzonte.",
            "con un po' di curvatura",
        ),
    ],
    "pt": [
        _m(
            "No tour virtual do hotel, quero que a câmera entre pela porta do quarto suavemente.",
            "Interpole posição e alvo ao longo de uma `CatmullRomCurve3` com alguns pontos, usando um valor `t` de 0 a 1 animado.",
            "mais devagar no final",
        ),
        _m(
            "Fiz uma fogueira com partículas, mas tá muito fraca.",
            "Aumente a quantidade e o tamanho das partículas na base e use `AdditiveBlending` pra somar o brilho.",
            "e faíscas subindo?",
        ),
        _m(
            "Meu jogo de corrida na praia tem um céu sem graça.",
            "Use o shader `Sky` do three.js e ajuste `sunPosition`, `turbidity` e `rayleigh`.",
            "mais alaranjado",
        ),
        _m(
            "To montando um visualizador de maquete de prédio. As janelas parecem pintadas.",
            "Coloque um vidro com `MeshPhysicalMaterial` meio reflexivo e atrás um plano com textura de interior (interior mapping fica ainda melhor).",
            "e à noite com luzes acesas?",
        ),
        _m(
            "O boneco do meu jogo anda mas os pés escorregam no chão.",
            "A velocidade de deslocamento tem que bater com a da animação. Ajuste `action.timeScale = speed / walkSpeedDaAnimacao`.",
            "e correndo?",
        ),
        _m(
            "Quero que o logo da empresa seja feito de partículas que se juntam.",
            "Amostre pontos na superfície do logo com `MeshSurfaceSampler` e anime cada partícula de uma posição aleatória até o ponto amostrado.",
            "e que se espalhem quando passar o mouse",
        ),
        _m(
            "Na cena da floresta os troncos parecem cilindros lisos.",
            "Adicione uma normal map de casca e, se der, uma displacement leve; mude também a cor pra não ficar uniforme.",
            "com musgo só de um lado",
        ),
        _m(
            "O globo do nosso app de logística mostra as rotas, mas tudo parado.",
            "Anime um 'pulso' andando pela linha: use `dashOffset` num material de linha tracejada e decremente a cada frame.",
            "mais rápido",
        ),
        _m(
            "Fiz um aquário 3D, a água não tem cara de água.",
            "Coloque caustics projetadas no fundo (uma textura animada multiplicada pela luz) e uma névoa azulada.",
            "bolhas também",
        ),
        _m(
            "No configurador de tênis o modelo fica meio lavado.",
            "Confira `renderer.outputColorSpace = THREE.SRGBColorSpace` e que as texturas de cor estejam marcadas como sRGB.",
            "melhorou. e um chão com sombra suave?",
        ),
        _m(
            "Quero simular um eclipse no meu app de astronomia.",
            "Coloque uma luz direcional no Sol e ative sombras na Lua e na Terra; a sombra da Lua vai cair na Terra no alinhamento certo.",
            "e a coroa do Sol?",
        ),
        _m(
            "Meu jogo de terror precisa de uma lanterna.",
            "Use uma `SpotLight` presa na câmera, com `angle` de uns 0.4, `penumbra` 0.5 e um alvo à frente.",
            "piscando quando a bateria acaba",
        ),
        _m(
            "Na visualização do robô industrial, quero mostrar o alcance do braço.",
            "Desenhe uma meia-esfera transparente com wireframe do raio máximo, centrada na base.",
            "só a parte da frente",
        ),
        _m(
            "Tem um efeito de glitch na tela quando o personagem leva dano?",
            "Dá pra fazer em pós-processamento: desloque os canais R e B em x com valores aleatórios e corte faixas horizontais.",
            "mais curtinho",
        ),
        _m(
            "Estou fazendo uma cena de cidade e o trânsito está parado.",
            "Defina os carros como instâncias seguindo curvas das ruas, com um `t` por carro, e atualize a matriz de cada instância.",
            "com semáforo",
        ),
        _m(
            "Queria que a moeda girasse e brilhasse no meu jogo de plataforma.",
            "Rotação em y constante e um shader com uma faixa clara que passa pela superfície de tempos em tempos.",
            "e ao pegar ela?",
        ),
        _m(
            "Meu terreno tem uma textura de grama só e fica repetitivo.",
            "Misture 2-3 texturas com uma máscara de ruído em escala maior e varie um pouco a cor.",
            "terra nas trilhas",
        ),
        _m(
            "O mapa 3D do estádio carrega, mas as cadeiras somem quando afasto.",
            "Provavelmente o `far` da câmera está curto. Aumente `camera.far` e chame `updateProjectionMatrix()`.",
            "agora piscam de longe",
        ),
        _m(
            "Fiz um cubo mágico, mas as faces não têm borda preta.",
            "Use cubinhos um pouco menores que o espaçamento e um cubo preto atrás, ou uma textura com bordas em cada face.",
            "arredondado",
        ),
        _m(
            "A aurora boreal na minha cena de neve tá muito estática.",
            "Faça cortinas com planos curvos e, no shader, desloque a cor com ruído ao longo do tempo.",
            "mais verde e roxo",
        ),
        _m(
            "Na loja virtual de móveis, o piso de madeira parece plástico.",
            "Coloque roughness map e um pouco de variação na cor; o brilho deve ser só parcial, não especular total.",
            "mais claro",
        ),
        _m(
            "Fiz uma bandeira tremulando com shader.",
            "Legal. Só lembre de fixar os vértices do lado do mastro multiplicando o deslocamento por `uv.x`.",
            "mais vento",
        ),
        _u("como faço o personagem refletir no espelho do banheiro do jogo"),
        _u("O modelo aparece com as cores erradas quando exporto do Blender, alguém sabe?"),
        _u("quero um efeito de água em volta do barco que dê pra ver o fundo"),
        _u("Como deixar o carro sujo de lama só na parte de baixo?"),
        _u("cena roda lisa no chrome mas engasga no safari"),
        _u("Como se faz um túnel de luz tipo hiperespaço?"),
        _u("a sombra do prédio não aparece no chão, só nas paredes"),
        _u("qual a diferença entre câmera em perspectiva e ortográfica, resumido"),
        _u("Quero que a planta do apartamento vire 3D quando clica no botão"),
        _u("dá pra fazer fumaça realista no navegador sem travar?"),
        _u("Como adicionar uma etiqueta que acompanha o objeto enquanto gira?"),
        _u("meu personagem fica preto quando entra na sombra total"),
        _u("como colocar neve acumulando aos poucos no telhado"),
        _u("Quero um efeito de lupa que aumenta parte do modelo"),
        _u("as texturas ficam borradas de longe, tem como melhorar?"),
        _u("como faço um botão 3D que afunda quando clica"),
        _u("O estádio tem 80 mil cadeiras, como desenhar tudo sem travar?"),
        _u("efeito de visão noturna verde no jogo"),
        _u("como faço a câmera tremer um pouco quando o trem passa"),
        _s(
            "Você é o assistente da equipe de front-end da Imobiliária Horizonte.",
            "o tour 3D abre de lado no celular, como travo a orientação da cena?",
        ),
        _s(
            "You are an AI pair programmer. Be concise.",
            "como deixo o vidro da janela embaçado",
        ),
        _s(
            "Você é um tutor de computação gráfica para iniciantes.",
            "o que é um vertex e o que é um fragment? to perdido",
        ),
        _m(
            "Montei um mini sistema solar pra aula de ciências dos meus alunos.",
            "Que legal! Se quiser órbitas visíveis, desenhe um `LineLoop` circular para cada planeta.",
            "e a Lua girando em volta da Terra?",
        ),
    ],
    "es": [
        _m(
            "En el visor del coche quiero que las ruedas giren cuando avanza la animación.",
            "Calcula el ángulo con la distancia recorrida: `wheel.rotation.x -= distancia / radio`.",
            "y que giren al doblar",
        ),
        _m(
            "Tengo una escena de una cueva, pero se ve todo plano.",
            "Pon una luz puntual cálida cerca de la antorcha, activa sombras y añade SSAO en postprocesado.",
            "más oscura al fondo",
        ),
        _m(
            "Mi juego de naves tiene asteroides que flotan, pero todos iguales.",
            "Deforma una `IcosahedronGeometry` con ruido por vértice y escala aleatoria, y usa unas pocas variantes.",
            "que giren despacio",
        ),
        _m(
            "Estoy haciendo un visor de piezas de impresión 3D, quiero ver las capas.",
            "En el shader, corta por altura con `if (vWorldPos.y > uCut) discard;` y mueve `uCut` con un slider.",
            "y pintar la capa actual en rojo",
        ),
        _m(
            "En el bosque de mi juego los árboles de lejos parecen recortes de cartón.",
            "Mezcla impostors con niebla y usa un fade de opacidad suave al cambiar de LOD para que no se note el salto.",
            "con viento también",
        ),
        _m(
            "Quiero un efecto de calor que ondule el aire sobre el asfalto.",
            "En postprocesado, desplaza el UV con un ruido animado solo en la franja inferior de la pantalla.",
            "más sutil",
        ),
        _m(
            "He montado una maqueta 3D del campus para la web de la uni.",
            "Para navegar, mejor `MapControls` que `OrbitControls`: arrastrar mueve, no rota.",
            "y desde arriba del todo?",
        ),
        _m(
            "La bola de cristal del juego no parece de cristal.",
            "Usa transmisión alta, `ior` 1.5, un poco de `thickness` y un entorno HDR para que refracte algo interesante.",
            "con humo dentro",
        ),
        _m(
            "Los personajes del juego no proyectan sombra en el suelo.",
            "Tienes que activar en cuatro sitios: `renderer.shadowMap.enabled`, `light.castShadow`, `mesh.castShadow` y `suelo.receiveShadow`.",
            "ya salen. ahora más suaves",
        ),
        _m(
            "Estoy haciendo un reloj de arena en 3D para una app de meditación.",
            "Para la arena, simula la altura arriba y abajo con dos conos que cambian de escala, y un chorro fino de partículas entre ellos.",
            "más lento",
        ),
        _m(
            "En la visualización del edificio quiero mostrar el consumo por planta.",
            "Colorea cada planta con una escala de verde a rojo según el valor y pon etiquetas HTML encima con `CSS2DRenderer`.",
            "solo las que superan el límite",
        ),
        _m(
            "Quiero que la tela de la bandera tenga arrugas al ondear.",
            "Combina dos senos con frecuencias distintas en el vertex shader y recalcula normales con derivadas para que se vea el sombreado.",
            "menos",
        ),
        _m(
            "Mi pez en el acuario 3D nada pero el cuerpo está rígido.",
            "Ondula los vértices en x según su posición a lo largo del cuerpo: `pos.x += sin(pos.z * 4.0 - t * 6.0) * 0.05 * pos.z`.",
            "solo la cola",
        ),
        _m(
            "En mi juego de granja quiero el ciclo día y noche.",
            "Mueve la luz direccional en arco y cambia su color y el del cielo según la hora, con un `lerp` entre paletas.",
            "y que los animales duerman de noche",
        ),
        _m(
            "Hice un volcán con partículas de lava.",
            "Añade gravedad y que al caer se vuelvan más oscuras; una luz roja parpadeante en el cráter ayuda mucho.",
            "más ceniza",
        ),
        _m(
            "La escena del concierto virtual necesita focos que barran el público.",
            "`SpotLight` con rotación animada y, para ver el haz, un cono con material aditivo y gradiente de opacidad.",
            "al ritmo de la música",
        ),
        _m(
            "En el mapa 3D de la ciudad quiero edificios que se construyen al cargar.",
            "Escala cada edificio en y desde 0 con un retraso aleatorio y `easeOutBack`.",
            "de izquierda a derecha",
        ),
        _m(
            "Tengo un dado de rol de 20 caras en la web.",
            "Con `IcosahedronGeometry(1, 0)` tienes las 20 caras; los números ponlos con una textura por cara o decals.",
            "que se pueda tirar con el dedo",
        ),
        _m(
            "En mi visor de joyas los diamantes se ven negros.",
            "Suele ser falta de entorno. Carga un HDR con `RGBELoader` y asígnalo a `scene.environment`.",
            "más destellos",
        ),
        _m(
            "Mi escena tiene un río que atraviesa un pueblo.",
            "Anima una textura de normales desplazando el UV en la dirección del flujo, y mete espuma en las orillas.",
            "más turbio",
        ),
        _u("cómo hago que la cámara se acerque sola al objeto que toco"),
        _u("Al cargar el modelo las texturas salen en blanco, ¿qué me falta?"),
        _u("efecto de rayos de sol entre las nubes, ¿cómo se hace?"),
        _u("Quiero que el personaje brille cuando sube de nivel"),
        _u("los bordes de todo se ven dentados, cómo los suavizo"),
        _u("¿Cómo se hace un suelo de lava que fluye?"),
        _u("tengo 200 farolas y cada una con luz, va lentísimo"),
        _u("Quiero una vitrina con un móvil que gira y cambia de color al pulsar botones"),
        _u("el personaje se ve a través de la pared cuando la cámara se aleja"),
        _u("cómo hacer huellas en la arena que se borran con las olas"),
        _u("efecto de teletransporte con partículas que se disuelven"),
        _u("¿Se puede hacer un espejo en la pared del baño del tour virtual?"),
        _u("mi escena se ve más oscura en el móvil que en el ordenador"),
        _u("cómo pongo un degradado de color en el cielo sin imagen"),
        _u("quiero que el agua de la piscina tenga esos reflejos ondulados en el fondo"),
        _s(
            "Eres el asistente interno de Bodegas Albar, que tiene un recorrido 3D por la bodega en su web.",
            "los barriles se ven demasiado brillantes, parecen de plástico",
        ),
        _s(
            "Eres un asistente de código en el editor. Responde breve.",
            "la cámara se va hacia el infinito cuando hago zoom con la rueda",
        ),
        _s(
            "You are a friendly tutor for game development students.",
            "¿por qué mi textura se ve estirada en las esquinas de la esfera?",
        ),
        _m(
            "Estoy haciendo un simulador de carretillas para formación en almacén.",
            "Para la horquilla, separa el mástil como objeto hijo y anima su `position.y` con límites.",
            "y que la carga se caiga si va muy rápido",
        ),
    ],
    "ja": [
        _m(
            "商品ページの3Dビューアで、時計がゆっくり回るようにしました。",
            "`controls.autoRotate = true` と `autoRotateSpeed = 1.0` でOKです。ユーザーが触ったら止めたいなら `start` イベントで false に。",
            "もっとゆっくり",
        ),
        _m(
            "ゲームの剣に光る効果をつけたいです。",
            "刃の部分に `emissive` を設定して、ポストプロセスの bloom を通すと光って見えます。",
            "振ったときに軌跡も",
        ),
        _m(
            "桜の花びらが舞うシーンを作ってます。",
            "花びらを InstancedMesh にして、落下しながら sin で横揺れ＋回転させると自然です。",
            "風が吹いたら一斉に",
        ),
        _m(
            "建築パースのビューアで、室内が暗すぎます。",
            "窓から入る光を DirectionalLight で、室内は HDR の環境光を足すのが手軽です。露出は `toneMappingExposure` で。",
            "夕方っぽく",
        ),
        _m(
            "レースゲームで雨の路面を表現したいです。",
            "路面の roughness を下げて、水たまり部分だけマスクでさらに下げると濡れた感じが出ます。",
            "夜は？",
        ),
        _m(
            "地球儀アプリで、日本だけハイライトしたい。",
            "国の境界ポリゴンから日本だけ別メッシュにして、少し浮かせて発光色をつけるのがわかりやすいです。",
            "クリックしたら拡大",
        ),
        _m(
            "キャラのアウトラインを入れたいです。トゥーン調のゲームです。",
            "背面法で、法線方向に少し膨らませたメッシュを黒で裏面だけ描画します。",
            "もう少し細く",
        ),
        _m(
            "水中シーンで、光の筋が差し込む感じを出したい。",
            "上から斜めの板ポリを何枚か並べて、加算合成でゆっくり揺らすのが軽いです。",
            "もっと青く",
        ),
        _m(
            "ロボットアームのデジタルツインで、関節ごとに動かしたい。",
            "glTF のノード階層を使って、各関節ノードの `rotation` を個別に変えればOKです。",
            "限界角度を超えたら赤く",
        ),
        _m(
            "お城のシーンに旗をたくさん置いたら重くなりました。",
            "旗をインスタンス化して、揺れは頂点シェーダーで計算すれば CPU 負荷がほぼなくなります。",
            "遠くのは止めてもいい",
        ),
        _m(
            "パーティクルで雪を降らせています。",
            "いいですね。地面に落ちたらリセットする形で、数千個なら Points で十分です。",
            "積もらせたい",
        ),
        _m(
            "博物館の土器を3Dで見せたいです。質感が出ません。",
            "スキャンデータなら法線マップと AO マップを使い、ライトは斜めから一灯で凹凸を強調しましょう。",
            "もう少し明るく",
        ),
        _m(
            "FPSゲームで、銃を撃ったときの光が欲しい。",
            "銃口に短時間だけ PointLight を点けて、マズルフラッシュのスプライトを出すと効果的です。",
            "煙も少し",
        ),
        _m(
            "海のシーンで、遠くの水平線がぼやけません。",
            "フォグを入れて、空の色と一致させると水平線が自然に溶けます。",
            "霧の日は？",
        ),
        _m(
            "カメラが部屋の中を移動するツアーを作っています。",
            "ポイント間を補間して移動、向きは `lookAt` を補間するか quaternion の slerp で。",
            "階段のところだけゆっくり",
        ),
        _m(
            "ネオン看板の文字がにじみすぎます。",
            "bloom の radius を小さく、threshold を上げてみてください。",
            "ちょっとだけ点滅",
        ),
        _m(
            "Babylon.js で車の内装ビューを作っています。",
            "`ArcRotateCamera` を運転席の位置に置き、半径を小さくすると車内を見回せます。",
            "ハンドルを握った視点で",
        ),
        _m(
            "3Dの棒グラフで売上を表示しています。",
            "棒は BoxGeometry の原点を底に移動してから scale.y で高さを変えると扱いやすいです。",
            "マイナスの月は下向きに",
        ),
        _m(
            "月面探査ゲームで、月の地面がのっぺりしてます。",
            "クレーターをノイズで配置して、法線マップで細かい凹凸を追加。太陽光は低い角度で影を長く。",
            "地球も空に",
        ),
        _m(
            "魔法陣が地面に光って浮かぶ演出をしたい。",
            "円形テクスチャを地面に少し浮かせた板に貼り、加算合成で回転させます。",
            "出現時に広がるように",
        ),
        _u("モデルを読み込むと小さすぎて見えない、どうすれば"),
        _u("キャラが水に入ったときだけ画面を青っぽくしたい"),
        _u("遠くの山が途中で切れて見える"),
        _u("木漏れ日みたいな影の揺れを出す方法ありますか"),
        _u("スマホだとシーンがカクつく。何から見るべき？"),
        _u("半透明の物体が重なると描画順がおかしくなる"),
        _u("法線ってそもそも何に使うんですか"),
        _u("部屋の模型をクリックで家具の色を変えたい"),
        _u("炎が揺らめく表現、軽めに作るには"),
        _u("影がギザギザ。きれいにしたい"),
        _u("カメラを車の後ろに固定して追いかけたい"),
        _u("星空をゆっくり回転させるには"),
        _u("背景に流れる雲を入れたい、動画なしで"),
        _u("鏡のような床に商品が映り込むようにしたい"),
        _u("ゲームでダメージを受けたら画面の端が赤くなる演出"),
        _s(
            "あなたは住宅メーカー「あさひホーム」のWeb開発チーム向けアシスタントです。",
            "モデルハウスの3D内覧で、窓の外の景色が真っ白になります",
        ),
        _s(
            "You are a coding assistant. Answer in Japanese.",
            "アニメーションが早送りみたいに速い。モニターによって違う",
        ),
        _s(
            "あなたはCG入門講座のチューターです。",
            "ミップマップって何のためにあるの？",
        ),
        _m(
            "水族館アプリでクラゲを作っています。",
            "傘の部分を頂点シェーダーで周期的に縮めて、触手は細いチューブを揺らします。",
            "光らせて",
        ),
        _m(
            "ゲームのコインを拾うとき、何か演出が欲しいです。",
            "拾った瞬間に上に跳ねながら縮小して消え、キラキラのパーティクルを少し出すのが定番です。",
            "音に合わせて",
        ),
    ],
    "zh": [
        _m(
            "我做了个汽车展厅的网页，车一直在转台上转。",
            "转台可以用 `turntable.rotation.y += delta * 0.3`，车作为它的子对象一起转。",
            "再慢一点",
        ),
        _m(
            "游戏里的角色阴影有点飘，脚和影子分开了。",
            "通常是 shadow bias 太大，把 `light.shadow.bias` 调到 -0.0005 左右，再配合 `normalBias` 试试。",
            "现在有条纹了",
        ),
        _m(
            "智慧园区大屏上有个三维园区模型，领导说太暗。",
            "可以整体提高 `toneMappingExposure`，或者加一个半球光 `HemisphereLight` 把暗部补起来。",
            "要科技感一点，偏蓝",
        ),
        _m(
            "我在写一个水面的着色器，想要有倒影。",
            "最简单是用 three.js 的 `Reflector`，或者 `Water` 示例，它内部会多渲染一次镜像相机。",
            "性能扛不住怎么办",
        ),
        _m(
            "做了个地球，想加上大气层的光晕。",
            "套一个稍大的球，用 `BackSide` 渲染，片元里按 fresnel 算透明度，颜色用淡蓝。",
            "只在白天那一侧",
        ),
        _m(
            "在网页里展示一个古建筑模型，想让屋檐下更有层次感。",
            "加环境光遮蔽：烘焙 AO 贴图最好，实时的话用 SSAO 后处理。",
            "再加点夕阳",
        ),
        _m(
            "赛车游戏里加速时想要速度线。",
            "后处理里画径向线条，强度跟速度挂钩，中心留空。",
            "只有氮气的时候",
        ),
        _m(
            "数字孪生的工厂里，设备报警时想让它闪红光。",
            "把设备材质的 `emissive` 设为红色，用 `sin(time * 6.0)` 调 `emissiveIntensity`。",
            "再加个描边",
        ),
        _m(
            "我的粒子烟雾看起来像一团一团的棉花。",
            "每个粒子随时间放大、变透明，并随机旋转贴图，叠加多了就连贯了。",
            "往右飘",
        ),
        _m(
            "网页上的3D房产户型图，想做切换楼层的功能。",
            "每层放一个 Group，切换时把上面的楼层隐藏或者往上移走淡出。",
            "加个动画",
        ),
        _m(
            "做了一个雪山场景，山顶的雪和岩石交界太生硬。",
            "在着色器里用噪声扰动混合的阈值：`smoothstep(0.6 + n*0.1, 0.75 + n*0.1, h)`。",
            "雪再多一点",
        ),
        _m(
            "游戏里的宝箱打开时想要发光。",
            "箱子里放一个点光源和一个向上的光柱（加法混合的圆柱），开盖时渐亮。",
            "金色的",
        ),
        _m(
            "用 Babylon.js 做了个展厅，地板反射太强像镜子。",
            "`MirrorTexture` 的 level 调低，比如 `material.reflectionTexture.level = 0.3`，再加一点模糊 `blurKernel`。",
            "再弱点",
        ),
        _m(
            "想做一个点云的城市扫描展示。",
            "用 `Points` 加 `PointsMaterial({ size: 0.05, vertexColors: true })`，数据大就分块加载。",
            "按高度上色呢",
        ),
        _m(
            "模型加载后想让它从下往上显现出来。",
            "在片元着色器里用世界坐标的 y 和一个 uniform 比较，小于它才显示，边缘加一圈发光。",
            "从中间往两边",
        ),
        _m(
            "做了个飞行游戏，云层穿过去的时候没感觉。",
            "穿云时加一层全屏白雾，透明度根据相机在云里的深度变化。",
            "再颠簸一点",
        ),
        _m(
            "想在3D场景里加一个真实的天空盒。",
            "六张图用 `CubeTextureLoader`，或者一张 HDR 全景图做 `scene.background`。",
            "换成夜空",
        ),
        _m(
            "学生作业做了个太阳系，行星大小和距离都按真实比例，结果什么都看不见。",
            "真实比例下行星太小了，通常距离用对数缩放，大小单独放大。",
            "那轨道线呢",
        ),
        _m(
            "游戏角色受伤后想让模型闪白。",
            "在材质的 `onBeforeCompile` 里加一个 uniform，把最终颜色和白色 mix，受伤时拉到 1 再衰减。",
            "闪两下",
        ),
        _m(
            "电商页面的3D包包，想要用户能换皮质颜色。",
            "换 `material.color` 就行，如果有贴图，贴图颜色会和 color 相乘，所以贴图最好是灰度的。",
            "还能换成鳄鱼纹吗",
        ),
        _u("模型放大后边缘全是锯齿怎么办"),
        _u("场景里的玻璃后面的东西不显示"),
        _u("想让镜头沿着一条路径穿过整个园区"),
        _u("为什么我的灯光照不到地面"),
        _u("怎么做一个可以旋转查看的商品展示"),
        _u("人物走在草地上草会被压弯，怎么实现"),
        _u("场景在手机上发烫掉帧，从哪里开始优化"),
        _u("法线贴图和凹凸贴图有啥区别，简单说说"),
        _u("怎么让物体被鼠标悬停时高亮"),
        _u("想要那种霓虹灯发光的效果"),
        _u("屏幕上的雨滴效果，像透过车窗看外面"),
        _u("导入的模型是躺着的，怎么立起来"),
        _u("远处的树一直在闪"),
        _s(
            "你是星河科技前端团队的内部助手。",
            "大屏上的三维地图转起来有点卡，尤其是拖动的时候",
        ),
        _s(
            "You are a coding assistant. Reply in Chinese.",
            "我想让相机始终看着那个旋转的飞船",
        ),
        _s(
            "你是图形学课程的助教，回答要通俗。",
            "深度测试到底在比什么？",
        ),
        _m(
            "我做的博物馆导览里，青铜器看着像塑料。",
            "调成 `metalness: 0.9`、`roughness: 0.4`，再用一张铜锈颜色贴图和粗糙度贴图。",
            "锈再多点",
        ),
        _m(
            "火焰特效做好了，但在白天场景里看不清。",
            "加法混合在亮背景上会饱和，白天可以换成普通混合，颜色更深一点。",
            "晚上再切回来",
        ),
        _u("怎么做一个水晶球里面飘雪的效果"),
        _u("想让页面背景有一片缓慢起伏的3D网格"),
    ],
    "en": [
        _m(
            "Our yacht viewer has the boat sitting on a static plane of water.",
            "Swap the plane for the `Water` object and bob the hull with a small sine on `position.y` and `rotation.z`.",
            "now slower",
        ),
        _m(
            "I've got a lighthouse in my coastal scene, want the beam to sweep.",
            "Attach a `SpotLight` and a cone mesh with an additive gradient material to a group, then rotate the group around y.",
            "only at night",
        ),
        _m(
            "The crystal cave in my game looks dull.",
            "Give the crystals `MeshPhysicalMaterial` with transmission and a faint emissive, then add bloom with a high threshold.",
            "a bit more blue",
        ),
        _m(
            "Building a drone flight replay viewer, camera is fixed behind the drone.",
            "Offset the camera in the drone's local space and lerp toward it each frame so it trails smoothly.",
            "and from above?",
        ),
        _m(
            "Made a campfire scene for a meditation app, the light is steady.",
            "Flicker a warm `PointLight` with layered noise: `intensity = 1.5 + noise(t*3)*0.4 + noise(t*11)*0.1`.",
            "calmer",
        ),
        _m(
            "Hologram effect on a character in our sci-fi game.",
            "Fresnel rim, scanlines from world y, and additive blending with depthWrite off.",
            "add a glitch every few seconds",
        ),
        _m(
            "The treehouse in my kid's game has grass that's too uniform.",
            "Vary blade height and tint per instance with a noise lookup on world position.",
            "some flowers too",
        ),
        _m(
            "We show a bridge model to the client with a cross-section plane.",
            "Set `renderer.localClippingEnabled = true` and pass a `THREE.Plane` in each material's `clippingPlanes`.",
            "fill the cut faces",
        ),
        _m(
            "In my space sim the sun looks like a flat yellow disk.",
            "Add a corona with a billboard sprite using a radial gradient and a touch of animated noise, plus lens flare.",
            "less glare",
        ),
        _m(
            "Making a snow globe for a holiday landing page.",
            "Glass sphere with transmission, a little village inside, and snow particles constrained to the sphere radius.",
            "shake it on click",
        ),
        _m(
            "My skateboard game camera feels too static on jumps.",
            "Pull the FOV out slightly and raise the camera offset while airborne, easing back on landing.",
            "more dramatic",
        ),
        _m(
            "Data viz of a city's air quality as 3D columns over the map.",
            "Use instanced cylinders, height from the value, color from a green-to-purple scale.",
            "animate over the week",
        ),
        _m(
            "Lava lamp screensaver thing in the browser, blobs look like solid balls.",
            "Raymarch metaballs with a smooth union (`smin`) in a fullscreen shader instead of meshes.",
            "slower and pinker",
        ),
        _m(
            "Wind turbine farm viewer for an energy company.",
            "Instance the turbines, and rotate only the rotor hub node with per-instance speed from the data.",
            "stop the ones offline",
        ),
        _m(
            "Night driving game, headlights just light a circle.",
            "Two `SpotLight`s with penumbra, slightly angled down, plus a projected texture for the beam pattern.",
            "high beams?",
        ),
        _u("how do i make the floor look wet after rain in my scene"),
        _u("Model loads fine but the colors look washed out compared to Sketchfab."),
        _u("want a camera that slowly drifts around the room like a documentary shot"),
        _u("why does my tree foliage look like black squares from behind"),
        _u("quick one: what's the difference between baked and realtime lighting"),
        _u("I need the character to glow through walls for teammates, like in shooters."),
        _u("smoke trail behind a rocket that bends with the wind, how"),
        _u("Scene stutters every few seconds, no idea why."),
        _u("How do I make the ocean meet the sky without a visible seam?"),
        _u("make the dice roll look heavier"),
        _s(
            "You are the internal assistant for Northbeam Interactive's web games team.",
            "the minimap shows the player arrow rotated the wrong way",
        ),
        _s(
            "You are a senior engineer reviewing code. Be direct.",
            "I'm creating a new geometry every frame for the laser beam, is that bad?",
        ),
        _s(
            "You are a patient tutor for an intro graphics course.",
            "what actually happens between my vertex shader and my fragment shader",
        ),
        _u("shadows on the terrain disappear when i zoom out"),
        _u("Can I fake a reflection on a shiny countertop without a second render?"),
    ],
    "de": [
        _m(
            "In unserem Küchenplaner soll die Kamera beim Laden einmal um die Küche fahren.",
            "Animier einen Winkel von 0 bis 2π und setz `camera.position` auf einen Kreis um die Mitte, mit `lookAt` auf die Arbeitsplatte.",
            "langsamer",
        ),
        _m(
            "Im Spiel soll der Zauberstab eine Funkenspur hinterlassen.",
            "Spawn an der Spitze jedes Frame ein paar Partikel mit kleiner Zufallsgeschwindigkeit und kurzer Lebensdauer, additiv geblendet.",
            "mehr golden",
        ),
        _m(
            "Der Zug in meiner Modellbahn-Simulation fährt, aber die Waggons wackeln nicht.",
            "Gib jedem Waggon einen kleinen Versatz auf der Kurve und ein leichtes Rollen per `sin(t + i)`.",
            "weniger",
        ),
        _m(
            "Ich habe einen Schatten unter dem Produkt, aber er ist hart wie ausgeschnitten.",
            "Für Produktviewer eignen sich Kontaktschatten: von unten eine Tiefenkamera rendern und weichzeichnen, wie `ContactShadows` in drei.",
            "etwas weicher",
        ),
        _m(
            "Unser Messestand-Viewer hat Bildschirme, die schwarz sind.",
            "Leg eine `VideoTexture` auf die Bildschirmflächen und nimm `MeshBasicMaterial`, damit sie nicht vom Licht abhängen.",
            "und leicht spiegelnd",
        ),
        _m(
            "Im Horrorspiel will ich, dass das Licht im Flur flackert.",
            "Schalte `intensity` zufällig zwischen voll und fast aus, mit kurzen Pausen, nicht jedes Frame.",
            "nur wenn der Spieler näher kommt",
        ),
        _m(
            "Beim Bergpanorama für die Tourismus-Seite sind die Gipfel zu scharf gegen den Himmel.",
            "Nutz Luftperspektive: Nebel in Himmelsfarbe mit großer Distanz, dann werden entfernte Gipfel heller und blauer.",
            "noch dunstiger",
        ),
        _m(
            "Die Schachfiguren im Browser-Schach sollen beim Ziehen hochgehoben werden.",
            "Heb die Figur beim Drag um ein paar Zentimeter an und lass sie mit einem kleinen Bounce wieder absetzen.",
            "mit Schatten, der kleiner wird",
        ),
        _m(
            "Ich baue ein Aquarium fürs Wartezimmer-Display, die Pflanzen sind steif.",
            "Im Vertex-Shader die oberen Vertices seitlich mit Sinus verschieben, Stärke über die Höhe skalieren.",
            "träger",
        ),
        _m(
            "Mein Raumschiff im Spiel soll einen Schild haben, der bei Treffern aufleuchtet.",
            "Kugel um das Schiff mit Fresnel-Shader; beim Treffer Trefferpunkt als Uniform, dort ringförmig aufleuchten lassen.",
            "grün statt blau",
        ),
        _m(
            "Für die Stadtwerke zeigen wir Leitungen unter der Straße in 3D.",
            "Mach die Straßenoberfläche halbtransparent und zeichne die Rohre als Tubes in Farben je nach Medium.",
            "nur Gas",
        ),
        _m(
            "Im Rennspiel sollen die Bremsscheiben glühen.",
            "Emissive der Scheibe abhängig von einer Temperaturvariable, die beim Bremsen steigt und langsam fällt.",
            "schneller abkühlen",
        ),
        _m(
            "Bei unserem Wohnungsrundgang spiegelt der Parkettboden gar nicht.",
            "Roughness auf ca. 0.3 senken und eine Env-Map setzen, für echte Spiegelungen ein Reflector mit Blur.",
            "nur ganz leicht",
        ),
        _m(
            "Ich habe Glühwürmchen in meiner Waldszene.",
            "Super, lass sie mit Rauschen schweben und die Helligkeit pulsieren, dazu Bloom.",
            "weniger davon",
        ),
        _u("wie krieg ich es hin, dass der Rauch aus dem Schornstein nach oben dünner wird"),
        _u("Mein Modell hat schwarze Flecken auf der Oberfläche, woran liegt das?"),
        _u("Kamera soll beim Klick auf ein Gebäude hinfliegen und davor anhalten"),
        _u("Was ist der Unterschied zwischen Vertex- und Pixelbeleuchtung, kurz erklärt?"),
        _u("wie mach ich einen Sternenhimmel, der sich langsam dreht"),
        _u("Szene ruckelt nur auf dem Laptop mit Intel-Grafik"),
        _u("Ich will, dass der Boden unter dem Spieler Risse bekommt, wenn er landet."),
        _u("warum sind meine Texturen nach dem Export so unscharf"),
        _u("Wie zeige ich mehrere tausend Bäume im Wald flüssig an?"),
        _u("Effekt wie durch eine beschlagene Skibrille schauen"),
        _s(
            "Du bist der interne Assistent des Entwicklerteams von Bergwerk Games.",
            "die Grubenlampe vom Helm leuchtet durch die Felswände durch",
        ),
        _s(
            "You are a coding assistant in the editor. Answer in German.",
            "das Modell dreht sich um die falsche Achse",
        ),
        _s(
            "Du bist Tutor für einen Grafikprogrammierkurs an einer Hochschule.",
            "wozu braucht man eigentlich homogene Koordinaten",
        ),
        _u("wie mache ich eine Wasseroberfläche, die bei Berührung Ringe zieht"),
        _u("Der Himmel soll bei Sonnenuntergang langsam rot werden."),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b8", BY_LANG)
