"""Seventh batch of `webgl` examples: hand-written, one group per example
("webgl/b7b/<lang>/<digest>"). Longer requests: pasted three.js, r3f, Babylon.js, PlayCanvas, raw
WebGL/WebGPU code and GLSL/WGSL shaders with a task, pasted GPU warnings, 3D design briefs and
IDE/agent turns about 3D app repositories."""

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
        _u("""J'ai ce code three.js et mes ombres sont pixelisées comme pas possible, on voit des escaliers partout sur le sol. Qu'est-ce que je rate ?

const light = new THREE.DirectionalLight(0xffffff, 2);
light.position.set(50, 80, 30);
light.castShadow = true;
scene.add(light);

renderer.shadowMap.enabled = true;

const ground = new THREE.Mesh(
  new THREE.PlaneGeometry(500, 500),
  new THREE.MeshStandardMaterial({ color: 0x88aa66 })
);
ground.rotation.x = -Math.PI / 2;
ground.receiveShadow = true;
scene.add(ground);

for (const tree of trees) {
  tree.castShadow = true;
  scene.add(tree);
}"""),
        _u(
            """Bonjour, je suis prof de physique en lycée et je voudrais une petite page web où les élèves voient le système Terre-Lune en 3D, avec la Lune qui tourne, l'ombre de la Terre pour montrer les éclipses, et un curseur pour accélérer le temps. Je sais un peu de JavaScript, rien en 3D. Comment je construis ça, étape par étape ?"""
        ),
        _u("""Ce fragment shader est censé faire un dégradé vertical du bleu au orange, mais tout sort noir. Pourquoi ?

precision mediump float;
varying vec2 vUv;
uniform vec3 uTop;
uniform vec3 uBottom;

void main() {
  vec3 col = mix(uBottom, uTop, vUv.y);
  gl_FragColor = vec4(col, 1);
}

Côté JS :
const mat = new THREE.ShaderMaterial({
  vertexShader: vert,
  fragmentShader: frag,
  uniforms: { uTop: new THREE.Color('#3a6cf4'), uBottom: new THREE.Color('#ff8a2a') }
});"""),
        _u("""La console Chrome me crache ça en boucle dès que je charge mon modèle :

[.WebGL-0x7f1c0400]GL_INVALID_OPERATION: glDrawElements: Source and destination textures of the draw are the same.
WebGL: too many errors, no more errors will be reported to the console for this context.

J'ai un EffectComposer avec un UnrealBloomPass et une RenderTarget que je réutilise pour une sorte de miroir. Pourquoi ça arrive ?"""),
        _u("""Cahier des charges client (agence immo, Lyon) :
- visite d'un appartement T3 en 3D dans le navigateur, pas d'appli à installer
- déplacement au clic sur le sol, comme Matterport mais sans leur abonnement
- on peut changer la couleur des murs et le parquet en direct
- doit tourner sur un iPhone de 3 ans
- on reçoit les plans en glTF depuis l'archi

Comment je m'y prendrais ? Quelle stack, quels pièges pour le mobile ?"""),
        _u("""Quelqu'un peut m'expliquer ligne par ligne ce que fait ce vertex shader ? Je l'ai trouvé dans un vieux projet et je ne comprends pas le calcul sur le billboard.

attribute vec3 position;
attribute vec2 offset;
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
uniform float size;
varying vec2 vUv;

void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  mv.xy += offset * size;
  vUv = offset + 0.5;
  gl_Position = projectionMatrix * mv;
}"""),
        _u("""Mon composant r3f recharge la texture à chaque rendu et le framerate s'écroule quand je bouge la souris. Comment corriger ?

function Poster({ url, hovered }) {
  const tex = new THREE.TextureLoader().load(url);
  return (
    <mesh scale={hovered ? 1.1 : 1}>
      <planeGeometry args={[1, 1.4]} />
      <meshBasicMaterial map={tex} />
    </mesh>
  );
}

export default function Wall({ posters }) {
  const [hover, setHover] = useState(null);
  return posters.map((p, i) => (
    <group key={p.id} position={[i * 1.5, 0, 0]} onPointerOver={() => setHover(i)}>
      <Poster url={p.url} hovered={hover === i} />
    </group>
  ));
}"""),
        _u("""J'ai 40 000 cubes dans ma scène (une visualisation de stock d'entrepôt), chacun avec son Mesh, et ça rame à 12 fps. Voici la boucle de création :

for (const slot of slots) {
  const geo = new THREE.BoxGeometry(1, 1, 1);
  const mat = new THREE.MeshLambertMaterial({ color: colorFor(slot.status) });
  const m = new THREE.Mesh(geo, mat);
  m.position.set(slot.x, slot.y, slot.z);
  scene.add(m);
}

Tu peux me réécrire ça en InstancedMesh, en gardant une couleur par case et la possibilité de cliquer sur un cube pour afficher son contenu ?"""),
        _u("""salut, sur babylon j'essaie d'avoir un verre réaliste pour une bouteille de parfum (réfraction + un peu de dispersion). voilà où j'en suis :

const glass = new BABYLON.PBRMaterial("glass", scene);
glass.metallic = 0;
glass.roughness = 0.05;
glass.alpha = 0.3;
glass.subSurface.isRefractionEnabled = true;
glass.subSurface.indexOfRefraction = 1.5;
bottle.material = glass;

ça ressemble à du plastique gris transparent. qu'est-ce qui cloche ?"""),
        _u("""Je dois porter ce shader GLSL en WGSL pour passer notre viewer sur WebGPU. Tu peux le traduire et m'expliquer les différences importantes (bindings, types) ?

uniform sampler2D uMap;
uniform float uTime;
varying vec2 vUv;

void main() {
  vec2 uv = vUv;
  uv.x += sin(uv.y * 20.0 + uTime) * 0.01;
  vec4 c = texture2D(uMap, uv);
  if (c.a < 0.1) discard;
  gl_FragColor = c;
}"""),
        _u(
            """Pour notre jeu de plateau en ligne (style Catan, tuiles hexagonales), je veux une caméra qui tourne autour du plateau avec le clic droit, zoome à la molette avec des limites, et qui ne passe jamais sous la table. OrbitControls me donne presque ça mais la caméra traverse le plateau quand on tire vers le bas. Comment bloquer proprement ?"""
        ),
        _u("""Mon glTF exporté depuis Blender apparaît tout noir dans three.js alors que dans Blender il est nickel. J'ai juste ça :

const loader = new GLTFLoader();
loader.load('/models/chaise.glb', (g) => scene.add(g.scene));
scene.add(new THREE.AmbientLight(0xffffff, 0.2));

Le matériau est un Principled BSDF avec metallic à 1. Une idée ?"""),
        _u("""Quelqu'un a déjà eu ce warning ? Il sort au chargement de ma scène PlayCanvas sur Safari :

WebGL: INVALID_VALUE: texImage2D: width or height out of range
[PlayCanvas] Texture "terrain_albedo" is 8192x8192, exceeds device max texture size 4096

Je pensais que tous les iPad récents faisaient du 8K. Je fais quoi, je découpe la texture ?"""),
        _u(
            """Je voudrais comprendre pourquoi on multiplie par la normal matrix et pas par la model matrix pour transformer les normales. Dans mon shader, ça marche avec la model matrix tant que je ne fais pas de scale non uniforme, après l'éclairage part en vrille. Tu peux m'expliquer avec un exemple concret ?"""
        ),
        _u("""J'ai écrit ce petit programme WebGL brut pour afficher un triangle, et j'ai un écran vide, aucune erreur :

const gl = canvas.getContext('webgl2');
const vs = compile(gl.VERTEX_SHADER, vsSrc);
const fs = compile(gl.FRAGMENT_SHADER, fsSrc);
const prog = gl.createProgram();
gl.attachShader(prog, vs);
gl.attachShader(prog, fs);
gl.linkProgram(prog);

const buf = gl.createBuffer();
gl.bindBuffer(gl.ARRAY_BUFFER, buf);
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0,1, -1,-1, 1,-1]), gl.STATIC_DRAW);

const loc = gl.getAttribLocation(prog, 'aPos');
gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0);

gl.clearColor(0,0,0,1);
gl.clear(gl.COLOR_BUFFER_BIT);
gl.drawArrays(gl.TRIANGLES, 0, 3);

Qu'est-ce qui manque ?"""),
        _u(
            """Brief pour une expo au musée des Confluences : on veut un écran tactile où le visiteur fait tourner un crâne de mammouth scanné (12 millions de triangles en sortie de photogrammétrie), avec des points d'intérêt qui s'allument et une coupe transversale qu'on peut déplacer. Ça doit tourner dans un navigateur sur un PC de borne. Comment on s'y prend pour que ce soit fluide ?"""
        ),
        _u("""Je fais un effet de dissolution sur un personnage qui meurt (bords qui brûlent en orange). Voilà mon onBeforeCompile, mais le bord lumineux n'apparaît pas, il y a juste des trous :

mat.onBeforeCompile = (shader) => {
  shader.uniforms.uProgress = { value: 0 };
  shader.uniforms.uNoise = { value: noiseTex };
  shader.fragmentShader = 'uniform float uProgress;\\nuniform sampler2D uNoise;\\n' + shader.fragmentShader;
  shader.fragmentShader = shader.fragmentShader.replace(
    '#include <dithering_fragment>',
    `#include <dithering_fragment>
     float n = texture2D(uNoise, vUv).r;
     if (n < uProgress) discard;
     if (n < uProgress + 0.05) gl_FragColor.rgb = vec3(1.0, 0.4, 0.0);`
  );
};

Ah et je n'ai pas de vUv déclaré je crois, c'est grave ?"""),
        _u(
            """Comment je fais un post-process de type « vision thermique » sur toute ma scène three.js ? L'idée : les objets marqués comme « chauds » ressortent en jaune/blanc, le reste en bleu foncé avec du bruit. J'utilise déjà EffectComposer pour un FXAA."""
        ),
        _u("""Voilà les stats de renderer.info après 10 minutes dans notre configurateur de cuisine :

memory: { geometries: 3412, textures: 1187 }
render: { calls: 246, triangles: 1.2M }

Au démarrage c'était 180 géométries et 90 textures. À chaque changement de façade, on charge le nouveau modèle et on remplace l'ancien. Ça finit par planter sur iPad. Pourquoi la mémoire monte comme ça ?"""),
        _u(
            """J'ai besoin d'un terrain procédural infini (genre exploration en vue à la première personne), avec des chunks générés autour du joueur et du brouillard au loin. Le tout en three.js. Tu peux me proposer une structure de code pour gérer les chunks et la génération de hauteur ?"""
        ),
        _u("""Dans mon WGSL ce compute shader pour mes particules ne compile pas :

@group(0) @binding(0) var<storage, read_write> particles: array<vec4f>;
@group(0) @binding(1) var<uniform> dt: f32;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3u) {
  let p = particles[id.x];
  p.y -= 9.81 * dt;
  particles[id.x] = p;
}

Erreur : "cannot assign to 'p.y': 'p' is a let". Je corrige comment, et au passage il faut vérifier la taille du tableau ?"""),
        _m(
            "Je fais un globe 3D avec les vols d'une compagnie aérienne, les arcs entre les aéroports.",
            "D'accord. Tu utilises three.js directement ou une lib comme globe.gl ? Et combien d'arcs à afficher en même temps ?",
            """three.js direct, environ 3000 arcs. J'ai fait ça, mais c'est lent et les arcs passent à travers la Terre :

function arc(a, b) {
  const pts = [];
  for (let i = 0; i <= 50; i++) {
    const t = i / 50;
    pts.push(new THREE.Vector3().lerpVectors(a, b, t));
  }
  const g = new THREE.BufferGeometry().setFromPoints(pts);
  return new THREE.Line(g, lineMat);
}""",
        ),
        _m(
            "Tu peux m'aider à rédiger un mail pour relancer un client qui ne paie pas ?",
            "Bien sûr. Voici une proposition courtoise mais ferme : « Bonjour Monsieur Garnier, sauf erreur de notre part, la facture n°2024-118 reste impayée... »",
            """Parfait merci. Autre chose, sur le projet de ce client justement : le viewer 3D de sa pièce mécanique a des faces qui clignotent quand on zoome, surtout là où deux surfaces sont très proches. near est à 0.01 et far à 100000. C'est lié ?""",
        ),
        _m(
            "Comment je fais pour que mes particules de fumée ne soient pas coupées net quand elles touchent le sol ?",
            "C'est l'effet « soft particles » : dans le fragment shader, tu compares la profondeur de la particule à celle de la scène (depth texture) et tu atténues l'alpha quand la différence est petite.",
            "ok et concrètement avec un THREE.Points, je récupère la depth texture comment ? montre moi le code",
        ),
        _m(
            """Je débute avec Babylon.js. Pourquoi ma scène est toute blanche quand j'ajoute ce code ?

const light = new BABYLON.HemisphericLight("h", new BABYLON.Vector3(0, 1, 0), scene);
light.intensity = 50;""",
            "L'intensité est énorme : pour une HemisphericLight, 1 est déjà une valeur normale. À 50 tout sature en blanc.",
            "Ah d'accord. Et si je veux un éclairage plus réaliste, genre lumière du jour, on utilise quoi à la place ?",
        ),
        _m(
            "On construit une appli de rééducation où le patient voit un avatar 3D qui fait les mouvements.",
            "Intéressant. Les animations viennent d'où : mocap, Mixamo, faites à la main ?",
            """Mocap exportée en glTF. Le souci, c'est quand je passe d'un exercice à l'autre, l'avatar saute d'une pose à l'autre d'un coup :

mixer.stopAllAction();
const action = mixer.clipAction(clips[next]);
action.play();

Comment faire une transition douce ?""",
        ),
        _m(
            "C'est quoi la différence entre MeshStandardMaterial et MeshPhysicalMaterial ?",
            "Physical étend Standard avec des options plus coûteuses : clearcoat, transmission, sheen, iridescence, IOR. Pour la plupart des objets Standard suffit.",
            "et pour une peinture de voiture métallisée avec le vernis dessus, je prends lequel et quels paramètres ?",
        ),
        _m(
            "Je voudrais afficher un nuage de points LiDAR de 30 millions de points dans le navigateur.",
            "À ce volume il faut un rendu par niveaux de détail (octree), comme le fait Potree : on ne charge que les nœuds visibles à la bonne résolution.",
            "On a déjà les fichiers en LAZ. Il faut les convertir comment, et ça s'intègre dans une appli three.js existante ?",
        ),
        _m(
            "J'ai une scène avec un lac, et je voudrais que le reflet ondule un peu.",
            "Tu peux utiliser l'objet Water de three/examples avec une normal map animée, ou faire ton propre Reflector et déformer les UV de lecture du reflet avec une texture de bruit.",
            "j'ai pris Water, mais le reflet est décalé de la scène quand la caméra monte. normal ?",
        ),
        _s(
            "Tu es un assistant de code intégré à l'IDE. Le dépôt ouvert est « atelier-3d », une appli Vite + React + react-three-fiber qui permet de personnaliser des sneakers. Structure : src/scene/Shoe.tsx, src/scene/Lights.tsx, src/state/store.ts (zustand), public/models/shoe.glb.",
            "Dans Shoe.tsx, ajoute la possibilité de cliquer sur une partie de la chaussure (semelle, lacets, empeigne) pour la sélectionner, avec un contour lumineux autour de la partie survolée. Les noms des meshes dans le glb sont sole, laces, upper.",
        ),
        _s(
            "Vous êtes l'agent de développement de l'équipe Visu de Hydrolis. Le repo contient un jumeau numérique de station d'épuration en Babylon.js 6 (src/twin/), alimenté par des mesures MQTT.",
            """Les bassins doivent changer de couleur selon le taux d'oxygène (vert > 2 mg/L, orange entre 1 et 2, rouge en dessous). Aujourd'hui on fait ça dans src/twin/basins.ts :

basin.material = new BABYLON.StandardMaterial("b" + id, scene);
basin.material.diffuseColor = colorFor(o2);

à chaque message MQTT, soit plusieurs fois par seconde. La mémoire GPU grimpe. Corrige ça proprement et ajoute une transition de couleur douce.""",
        ),
        _s(
            "Tu es un tuteur patient pour des étudiants en école d'ingé qui apprennent l'informatique graphique. Réponds en français, avec des schémas en ASCII si utile.",
            "J'ai pas compris le depth buffer. Pourquoi on a besoin de ça alors qu'on pourrait juste trier les triangles du plus loin au plus proche ?",
        ),
        _s(
            "You are a coding agent working in the repository `planetarium-web` (TypeScript, three.js r160, WebGL2). Key files: src/sky/Stars.ts (renders 120k stars as THREE.Points), src/sky/shaders/star.vert, src/sky/shaders/star.frag.",
            """Les étoiles scintillent trop quand on tourne la caméra, on dirait des pixels qui clignotent. Le vertex shader fait gl_PointSize = uSize * magnitudeScale; sans tenir compte de la résolution. Corrige pour que les étoiles faibles restent stables et rondes, et que ça marche pareil sur un écran Retina.""",
        ),
        _s(
            "Tu es l'assistant interne de Ludiq Studio (jeux web). Réponds de façon concise.",
            """Sur notre jeu de course en PlayCanvas, les roues tournent à l'envers quand la voiture dépasse 120 km/h. Script :

Wheel.prototype.update = function (dt) {
  const speed = this.car.script.car.speed;
  this.entity.rotateLocal(speed * dt * 57.3, 0, 0);
};

C'est un problème de code ou d'effet stroboscopique ? On fait comment pour que ça paraisse naturel ?""",
        ),
        _s(
            "Tu es Copilote, l'assistant de l'éditeur. Le projet ouvert est un portfolio 3D en Next.js avec @react-three/fiber et @react-three/drei.",
            """Le build Vercel casse avec : ReferenceError: window is not defined at node_modules/three/examples/jsm/controls/OrbitControls.js. En local ça marche. Le canvas est dans app/page.tsx. Répare.""",
        ),
        _s(
            "Tu es un assistant d'agence web. Le client est un vignoble bordelais. Le repo `chateau-experience` contient une page d'accueil three.js avec une bouteille qui tourne.",
            "Le client veut qu'au scroll la caméra descende dans la cave et passe entre les tonneaux, avec la lumière qui devient plus chaude. On a déjà GSAP dans le projet. Propose une implémentation.",
        ),
        _s(
            "Tu es un assistant de revue de code. Commente les problèmes de performance et de correction.",
            """Revue demandée sur ce hook r3f :

useFrame(() => {
  meshes.forEach((m) => {
    m.material = new THREE.MeshStandardMaterial({ color: m.userData.color });
    m.lookAt(camera.position);
  });
  setFrameCount((c) => c + 1);
});""",
        ),
        _u(
            """Je fais une carte 3D des pistes de ski de Val Thorens avec le relief (MNT de l'IGN en GeoTIFF). Comment je transforme le MNT en maillage dans three.js, et comment je drape l'orthophoto dessus sans que ce soit flou quand on zoome ?"""
        ),
        _m(
            "On a un configurateur de vélo en three.js, ça tourne bien sur desktop.",
            "Et sur mobile, ça donne quoi ?",
            """Sur Android milieu de gamme le contexte WebGL se perd au bout de 2-3 minutes, on a : "THREE.WebGLRenderer: Context Lost." puis plus rien. Comment on récupère proprement et comment on évite que ça arrive ?""",
        ),
    ],
    "ru": [
        _u("""Почему у меня модель в three.js выглядит плоской и блёклой, хотя в Sketchfab она сочная? Вот настройка рендерера:

const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);

const pmrem = new THREE.PMREMGenerator(renderer);
new RGBELoader().load('studio.hdr', (hdr) => {
  scene.environment = pmrem.fromEquirectangular(hdr).texture;
});

Может, дело в тонмаппинге или цветовом пространстве?"""),
        _u("""Пишу на голом WebGL2 простой рендер сотен спрайтов для 2.5D-игры. Сейчас на каждый спрайт отдельный drawArrays и uniform с матрицей — на слабом ноуте 20 fps. Как правильно переделать на инстансинг? Вот текущий цикл:

for (const s of sprites) {
  gl.uniformMatrix4fv(uModel, false, s.matrix);
  gl.uniform4fv(uUvRect, s.uv);
  gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
}"""),
        _u("""Объясните, пожалуйста, что делает этот кусок GLSL. Это из шейдера воды, который мне достался от уволившегося коллеги:

float fresnel = pow(1.0 - max(dot(normalize(vViewDir), vNormal), 0.0), 5.0);
vec3 refl = textureCube(uEnv, reflect(-vViewDir, vNormal)).rgb;
vec3 col = mix(uDeepColor, refl, fresnel * 0.8 + 0.2);
col += pow(max(dot(reflect(-uSunDir, vNormal), vViewDir), 0.0), 200.0) * uSunColor;

Особенно непонятна последняя строчка и почему степень 200."""),
        _u("""В консоли Firefox при запуске нашего WebGPU-прототипа:

Uncaught (in promise) GPUValidationError: Binding size (16) of [Buffer "uniforms"] is smaller than the minimum binding size (64).
 - While validating entries[0] as a Buffer.
 - While validating [BindGroupDescriptor] against [BindGroupLayout]

Буфер создаю так: device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST }). В шейдере struct Uniforms { mvp: mat4x4f }. Почему 64 и что поменять?"""),
        _u(
            """Задача от заказчика (металлургический комбинат): сделать в браузере 3D-схему цеха с конвейерами, по которым «едут» слитки, цвет слитка зависит от температуры с датчиков, при клике на печь открывается панель с графиками. Данные приходят по WebSocket раз в секунду. Как бы вы это построили? Интересует выбор между three.js и Babylon, структура сцены и как плавно анимировать движение между обновлениями."""
        ),
        _u("""Вот компонент на react-three-fiber. Хочу, чтобы камера плавно летела к объекту при клике, а сейчас она телепортируется:

function Scene() {
  const { camera } = useThree();
  const focus = (obj) => {
    camera.position.set(obj.position.x + 3, obj.position.y + 2, obj.position.z + 3);
    camera.lookAt(obj.position);
  };
  return (
    <>
      <OrbitControls />
      {items.map((it) => (
        <mesh key={it.id} position={it.pos} onClick={(e) => focus(e.object)}>
          <boxGeometry />
          <meshStandardMaterial color={it.color} />
        </mesh>
      ))}
    </>
  );
}

И ещё после перелёта OrbitControls почему-то возвращают камеру обратно."""),
        _u(
            """У меня тени от CSM (каскадные тени) в three.js дёргаются при движении камеры — границы тени «ползут» и мерцают. Сцена — открытый мир 2 на 2 км. Параметры: cascades 4, maxFar 600, shadowMapSize 2048, lightDirection (-1,-1,-1). Как стабилизировать?"""
        ),
        _u("""Помогите портировать этот шейдер из Shadertoy в three.js ShaderMaterial на плоскость во весь экран:

void mainImage(out vec4 fragColor, in vec2 fragCoord) {
  vec2 uv = (fragCoord - 0.5 * iResolution.xy) / iResolution.y;
  float d = length(uv);
  float r = 0.5 + 0.5 * sin(10.0 * d - iTime * 3.0);
  fragColor = vec4(vec3(r) * vec3(0.2, 0.6, 1.0), 1.0);
}

Что делать с iResolution и iTime и как сделать, чтобы при ресайзе окна не растягивалось?"""),
        _u(
            """Babylon.js, пишу вьювер для МРТ-данных в виде объёмного рендеринга (raymarching по 3D-текстуре 256^3). Получаю ошибку: "WebGL: INVALID_OPERATION: texImage3D: ArrayBufferView not big enough for request". Данные Uint16Array, формат выставил R16F. В чём дело?"""
        ),
        _u("""Сделал частицы дождя через THREE.Points, 100к капель, позиции обновляю в JS каждый кадр и ставлю needsUpdate = true. Профайлер показывает, что 70% времени кадра уходит на это. Как перенести анимацию в вершинный шейдер, чтобы CPU не трогал буфер?

const pos = geo.attributes.position.array;
for (let i = 0; i < N; i++) {
  pos[i * 3 + 1] -= speed[i] * dt;
  if (pos[i * 3 + 1] < 0) pos[i * 3 + 1] = 50;
}
geo.attributes.position.needsUpdate = true;"""),
        _u(
            """Зачем вообще нужен mipmapping? Если у меня текстура кирпичной стены, а камера далеко, почему без мипмапов стена начинает «рябить» муаром? Хочу понять на уровне того, что происходит при выборке в шейдере."""
        ),
        _u(
            """Есть PlayCanvas-проект — виртуальная примерочная очков. Лицо трекается через MediaPipe, получаем 468 точек. Нужно, чтобы 3D-оправа садилась на переносицу и дужки уходили за уши, а часть оправы за головой пряталась. Как сделать скрытие — отдельный невидимый меш головы, который пишет только в depth?"""
        ),
        _u("""Почему при включении logarithmicDepthBuffer у меня сломался мой самописный материал (объекты рисуются сквозь друг друга)? Материал ShaderMaterial, вот вершинник:

void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}

С обычными MeshStandardMaterial всё нормально."""),
        _u(
            """Нужен эффект «голограммы» для интерфейса в sci-fi игре на three.js: полупрозрачная синяя модель, горизонтальные бегущие полосы, мерцание и светящиеся края. Напиши шейдер и объясни, как его повесить на загруженную GLB-модель вместо её материалов."""
        ),
        _u(
            """Отчёт из Spector.js по одному кадру нашей сцены: 1840 draw calls, 212 смен программ, 600+ bindTexture. Сцена — город, ~300 зданий, у каждого свой материал с одной и той же текстурой фасада, только цвет разный. Что тут можно объединить, чтобы draw calls упали хотя бы до пары сотен?"""
        ),
        _u("""WGSL, не понимаю, почему vertex buffer layout не совпадает:

const pipeline = device.createRenderPipeline({
  layout: 'auto',
  vertex: {
    module,
    entryPoint: 'vs',
    buffers: [{
      arrayStride: 20,
      attributes: [
        { shaderLocation: 0, offset: 0, format: 'float32x3' },
        { shaderLocation: 1, offset: 12, format: 'float32x2' },
      ],
    }],
  },
  fragment: { module, entryPoint: 'fs', targets: [{ format }] },
});

struct VSIn { @location(0) pos: vec3f, @location(1) uv: vec2f, @location(2) normal: vec3f };

Ошибка: Vertex attribute slot 2 used in shader is not present in VertexState."""),
        _u(
            """Делаю 3D-визуализацию молекул для студентов-химиков: атомы шарами, связи цилиндрами, белки до 50 000 атомов. На больших белках всё тормозит. Сейчас каждый атом — отдельная SphereGeometry(0.3, 32, 32). Какие приёмы используют в серьёзных молекулярных вьюверах? Слышал про impostor-сферы, это как?"""
        ),
        _u(
            """Не могу понять, почему прозрачные объекты у меня рисуются в неправильном порядке — стекло витрины перекрывает бутылки за ним, хотя они ближе к камере… стоп, наоборот, бутылки внутри витрины не видны сквозь стекло. У стекла transparent: true, opacity 0.3, у бутылок тоже transparent. depthWrite везде по умолчанию."""
        ),
        _u(
            """Тех. задание на промо-сайт для нового внедорожника (бренд вымышленный, «Таймыр»): на главной машина стоит на снегу, вокруг метель, при скролле камера облетает машину, фары включаются, и снег в свете фар подсвечивается. Под это выделено 3 недели. Как разбить работу, что из готового взять, а что писать самим?"""
        ),
        _m(
            "Привет! Какой фильм посмотреть на выходных, что-нибудь про космос?",
            "Если хочется классики — «Солярис» Тарковского, если поновее — «Интерстеллар» или «Марсианин».",
            "Спасибо. Кстати, хочу сделать в браузере чёрную дыру как в Интерстелларе — с искривлением света вокруг. Это реально на шейдерах? С чего начать?",
        ),
        _m(
            "Как в three.js сделать outline выбранного объекта?",
            "Проще всего — OutlinePass из EffectComposer: передаёшь selectedObjects, настраиваешь edgeStrength и visibleEdgeColor.",
            """Сделал, но теперь весь рендер стал темнее и цвета «поплыли»:

composer.addPass(new RenderPass(scene, camera));
composer.addPass(outlinePass);

Без composer всё было нормально.""",
        ),
        _m(
            "Мы делаем симулятор рыбалки в браузере.",
            "Классно! На чём — three.js, Babylon, что-то ещё?",
            "Babylon. Нужно, чтобы леска была гибкой и провисала, а при поклёвке натягивалась. Сейчас это просто Line из двух точек. Как сделать реалистично и не убить производительность?",
        ),
        _m(
            "Что такое PBR простыми словами?",
            "Physically Based Rendering — подход, при котором материалы описываются физическими параметрами (базовый цвет, металличность, шероховатость), а освещение считается так, чтобы сохранялась энергия. Благодаря этому материал выглядит правдоподобно при любом освещении.",
            "а roughness и metalness в одной текстуре хранят? в каком канале что?",
        ),
        _m(
            "Подскажи, как анимировать морфинг лица (блендшейпы) в three.js.",
            "У меша с morph targets есть morphTargetInfluences и morphTargetDictionary. Меняешь значения от 0 до 1, можно через AnimationMixer, если анимация в glTF.",
            "а если нужно синхронизировать губы с аудио в реальном времени? у нас голосовой ассистент-аватар",
        ),
        _m(
            "У нас конфигуратор кухни на three.js, всё ок, но заказчик жалуется на «лесенку» по краям столешниц.",
            "Включён ли antialias в WebGLRenderer? И используется ли EffectComposer — с ним встроенный MSAA не работает.",
            "да, composer с SSAO. Что лучше добавить — FXAA, SMAA или MSAA-рендертаргет? Нужно, чтобы на макбуках тоже было прилично",
        ),
        _m(
            "Напиши SQL-запрос, который считает выручку по месяцам.",
            "SELECT date_trunc('month', created_at) AS m, sum(amount) FROM orders GROUP BY m ORDER BY m;",
            "ок. и другое: нужно показать эту выручку как 3D-столбики на карте регионов России, столбики растут из центра региона. Как это сделать на deck.gl или three.js?",
        ),
        _m(
            "Как сделать, чтобы персонаж в моей игре на three.js ходил по неровной земле, а не висел над ней?",
            "Классический приём — бросать луч (Raycaster) вниз из позиции персонажа каждый кадр и ставить Y по точке пересечения с ландшафтом.",
            "ландшафт 1 млн треугольников, raycast каждый кадр съедает 8 мс. есть быстрее?",
        ),
        _m(
            "Хочу сделать скайбокс с плавной сменой дня и ночи.",
            "Можно использовать Sky из examples three.js и менять положение солнца, а ночью подмешивать звёздную кубическую карту.",
            "а освещение сцены тоже менять? directional light и environment будут соответствовать небу автоматически или вручную?",
        ),
        _m(
            "Вопрос по WebGPU: чем compute shader лучше, чем просто считать в JS?",
            "Compute shader выполняется на GPU параллельно тысячами потоков, и данные уже лежат в видеопамяти — не нужно гонять их через шину каждый кадр.",
            "понял. а для симуляции ткани (флаг на ветру, 64x64 узла) это имеет смысл или проще на CPU?",
        ),
        _s(
            "Ты — ИИ-ассистент в IDE. Открыт репозиторий `metro-3d`: интерактивная 3D-схема метро на three.js r158. Файлы: src/lines.ts строит тубы по сплайнам, src/stations.ts — станции как InstancedMesh, src/labels.ts — подписи через CSS2DRenderer.",
            "Подписи станций тормозят при 250 станциях, особенно при вращении. Перепиши labels.ts на SDF-текст (troika-three-text или свой), чтобы подписи всегда смотрели на камеру и прятались, когда их перекрывают тоннели.",
        ),
        _s(
            "Ты — агент, который вносит изменения в код. Проект: веб-приложение для стоматологов, показывает 3D-модель челюсти из STL-сканов (Babylon.js 7). Код сцены в app/viewer/.",
            """Нужна функция измерения расстояния: врач кликает две точки на зубах, появляется линия и подпись с миллиметрами. Модель в STL в миллиметрах, загружается через SceneLoader.ImportMeshAsync. Учти, что клики должны попадать именно на поверхность, а подпись не должна уходить внутрь модели.""",
        ),
        _s(
            "Ты корпоративный помощник студии «Полигон». Отвечай коротко и по делу.",
            """Почему в Safari на iOS наша сцена грузится, но вместо текстур чёрные квадраты? В Chrome всё ок. Текстуры KTX2, грузим через KTX2Loader с transcoderPath '/basis/'. В консоли Safari: "THREE.KTX2Loader: Unsupported format" и затем "WebGL: INVALID_ENUM: compressedTexImage2D".""",
        ),
        _s(
            "Ты наставник на курсе компьютерной графики. Объясняй на пальцах, но без ошибок.",
            "Чем отличается forward rendering от deferred? Нам сказали, что в three.js только forward, и это почему-то плохо, когда много источников света.",
        ),
        _s(
            "You are an AI pair programmer. Repository: `orbit-lab`, a WebGPU playground (TypeScript, no framework). src/render/pipeline.ts builds pipelines, src/shaders/*.wgsl hold shaders.",
            """Добавь в src/shaders/mesh.wgsl поддержку normal map. Сейчас фрагментный шейдер:

@fragment fn fs(in: VSOut) -> @location(0) vec4f {
  let n = normalize(in.normal);
  let l = max(dot(n, normalize(u.lightDir)), 0.0);
  return vec4f(textureSample(albedo, samp, in.uv).rgb * l, 1.0);
}

Касательные в вершинах есть (location 3, vec4f). Обнови и pipeline.ts для нового биндинга.""",
        ),
        _s(
            "Ты помощник по ревью кода в команде, которая делает браузерную стратегию на PlayCanvas.",
            """Посмотри этот скрипт тумана войны и скажи, почему он съедает 15 мс на кадр:

FogOfWar.prototype.update = function () {
  const ctx = this.canvas.getContext('2d');
  ctx.fillStyle = 'black';
  ctx.fillRect(0, 0, 1024, 1024);
  for (const u of this.units) this.reveal(ctx, u);
  this.texture.setSource(this.canvas);
};""",
        ),
        _s(
            "Ты ассистент в чате поддержки конструктора сайтов «Витрина». Пользователи — владельцы магазинов, не программисты.",
            "У меня на сайте 3D-модель дивана (загрузила glb), но она показывается очень тёмной и какой-то матовой, а на фото диван светлый. Где это поправить? В настройках блока есть «экспозиция», «окружение» и «тени».",
        ),
        _u(
            """Как в three.js сделать «рентген»-режим для инженерной модели двигателя: внешние детали становятся полупрозрачными, а внутренние видны непрозрачными, и при этом не ломается сортировка прозрачности? Деталей около 900."""
        ),
        _u("""Вот кусок кода, рендер в текстуру для мини-карты. Мини-карта показывает то же самое, что основной экран, а не вид сверху. Где ошибка?

const rt = new THREE.WebGLRenderTarget(256, 256);
const topCam = new THREE.OrthographicCamera(-50, 50, 50, -50, 0.1, 500);
topCam.position.set(0, 200, 0);
topCam.lookAt(0, 0, 0);

function loop() {
  renderer.setRenderTarget(rt);
  renderer.render(scene, camera);
  renderer.setRenderTarget(null);
  renderer.render(scene, camera);
  requestAnimationFrame(loop);
}"""),
        _u(
            """Нам нужен 3D-тур по заводу для онбординга новых сотрудников: панорамы 360 в точках маршрута, переходы между ними с эффектом «проезда», хотспоты с видео по технике безопасности. Стоит ли брать A-Frame или писать на three.js? Как сделать переход между двумя панорамами, чтобы не было резкой смены?"""
        ),
        _u(
            """У нас в r3f-сцене 60 fps на десктопе, но на телефоне экран горячий и батарея садится за 20 минут, хотя сцена статичная, пока пользователь её не трогает. Canvas стоит с настройками по умолчанию. Как сделать рендер «по требованию» и что при этом сломается у анимаций drei?"""
        ),
    ],
    "ko": [
        _u("""three.js로 제품 상세페이지에 3D 운동화 뷰어 붙였는데, 모바일 사파리에서만 모델이 가끔 안 뜨고 콘솔에 이게 찍혀요.

THREE.WebGLRenderer: Context Lost.
WebGL: CONTEXT_LOST_WEBGL: loseContext: context lost

페이지에 캐러셀로 뷰어가 6개 있고 각각 new THREE.WebGLRenderer()를 만들고 있어요. 이게 원인인가요? 어떻게 고쳐야 하죠?"""),
        _u("""이 GLSL 프래그먼트 셰이더에서 림 라이트 효과를 넣고 싶은데 어디에 뭘 추가해야 할지 모르겠어요.

varying vec3 vNormal;
varying vec3 vWorldPos;
uniform vec3 uColor;
uniform vec3 uLightDir;

void main() {
  float diff = max(dot(normalize(vNormal), normalize(uLightDir)), 0.0);
  vec3 col = uColor * (0.2 + 0.8 * diff);
  gl_FragColor = vec4(col, 1.0);
}

카메라 위치 uniform은 아직 없어요."""),
        _u("""React Three Fiber로 만든 포트폴리오인데 스크롤할 때 카메라가 뚝뚝 끊겨요. 코드 첨부합니다.

function Rig() {
  const scroll = useScroll();
  useFrame(({ camera }) => {
    const t = scroll.offset;
    camera.position.set(Math.sin(t * Math.PI) * 5, 2, Math.cos(t * Math.PI) * 5);
    camera.lookAt(0, 0, 0);
  });
  return null;
}

<ScrollControls pages={4}><Rig /><Model /></ScrollControls>

부드럽게 보간하려면 어떻게 바꾸는 게 좋을까요? damp 같은 거 써야 하나요?"""),
        _u("""기획서 요약입니다. 어떻게 만들면 될지 조언 부탁드려요.

- 서비스: 온라인 가구 배치 시뮬레이터
- 사용자가 방 크기(가로/세로/천장높이)를 입력하면 3D 방 생성
- 가구 카탈로그에서 드래그해서 바닥에 놓기, 벽에 붙는 가구는 벽에 스냅
- 가구끼리 겹치면 빨간색 표시
- 위에서 보는 2D 평면도 모드와 3D 모드 전환
- 타깃: 갤럭시 중급기에서도 30fps 이상

프론트는 React 씁니다."""),
        _u(
            """Babylon.js에서 GUI 3D 버튼을 메쉬 위에 붙였는데, 카메라를 돌리면 버튼이 메쉬 뒤로 숨지 않고 항상 앞에 보여요. AdvancedDynamicTexture.CreateFullscreenUI 쓰고 linkWithMesh 했어요. 메쉬에 가려지게 하려면 어떻게 해야 하나요?"""
        ),
        _u("""WebGPU 입문 중입니다. 아래 WGSL에서 삼각형이 화면에 안 나와요. 에러는 없어요.

@vertex
fn vs(@builtin(vertex_index) i: u32) -> @builtin(position) vec4f {
  var pos = array<vec2f, 3>(vec2f(0.0, 0.5), vec2f(-0.5, -0.5), vec2f(0.5, -0.5));
  return vec4f(pos[i], 0.0, 1.0);
}

@fragment
fn fs() -> @location(0) vec4f {
  return vec4f(1.0, 0.3, 0.2, 1.0);
}

JS에서 pass.draw(3) 호출하고 pass.end(), device.queue.submit까지 했어요. 캔버스 configure는 format: 'bgra8unorm'으로 했습니다. 렌더 패스 loadOp는 'load'로 해놨는데 상관있나요?"""),
        _u(
            """three.js에서 그림자가 물체 바닥에서 살짝 떠 보이는 현상(피터패닝?)이랑, 반대로 표면에 줄무늬가 생기는 현상이 번갈아 나와요. shadow.bias를 -0.0005로 하면 줄무늬는 없어지는데 그림자가 떠요. normalBias라는 것도 있던데 둘의 차이가 뭐고 어떻게 조절하는 게 정석인가요?"""
        ),
        _u(
            """대학 졸업작품으로 웹에서 돌아가는 3D 리듬게임을 만들려고 해요. 노트가 터널 안쪽에서 날아오고, 박자에 맞춰 터널 벽이 빛나고, 맞추면 파티클이 터지는 식이요. three.js 기초만 알아요. 전체 구조(오디오 싱크, 렌더 루프, 이펙트)를 어떻게 잡으면 좋을지 알려주세요."""
        ),
        _u("""이 코드에서 메모리 누수가 있다는데 어디인지 모르겠어요. 씬 전환할 때마다 GPU 메모리가 100MB씩 늘어납니다.

function loadLevel(name) {
  scene.clear();
  loader.load(`/levels/${name}.glb`, (gltf) => {
    scene.add(gltf.scene);
  });
}

scene.clear() 하면 다 지워지는 거 아니었나요?"""),
        _u(
            """PlayCanvas 에디터에서 만든 씬인데 라이트맵 굽고 나서 모델 경계에 검은 선이 생겨요. UV1 채널은 블렌더에서 Lightmap Pack으로 만들었고 margin은 0이었어요. 이거 UV 문제인가요, 아니면 PlayCanvas 설정 문제인가요?"""
        ),
        _u("""다음 버텍스 셰이더로 깃발 펄럭이는 걸 만들었는데 조명이 이상해요. 위치는 움직이는데 음영이 평평한 깃발 그대로예요.

uniform float uTime;
varying vec3 vNormal;

void main() {
  vec3 p = position;
  p.z += sin(p.x * 3.0 + uTime * 4.0) * 0.2 * uv.x;
  vNormal = normalMatrix * normal;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}

노멀도 다시 계산해야 한다는 건 알겠는데 어떻게 하나요?"""),
        _u("""3D 뷰어 성능 측정 결과 공유드립니다. 어디를 먼저 손봐야 할지 봐주세요.

- 드로우콜 1,450
- 삼각형 3.8M
- 텍스처 212개 (대부분 4K PNG)
- 그림자 맵: DirectionalLight 1개(4096), PointLight 6개 castShadow
- 포스트: SSAO + Bloom + SMAA
- 갤럭시 A54에서 14fps, 맥북 M1에서 45fps

조선소 블록 조립 공정 시각화 프로젝트입니다."""),
        _u(
            """포인트 클라우드를 three.js Points로 그리는데 점이 화면에서 네모로 보여요. 동그랗게 하고 가까운 점은 크게, 먼 점은 작게 보이게 하고 싶어요. PointsMaterial sizeAttenuation은 켰는데 모양은 여전히 사각형이에요."""
        ),
        _u("""WebGL1 코드를 WebGL2로 옮기는 중인데 셰이더 컴파일 에러가 나요.

ERROR: 0:3: 'varying' : Illegal use of reserved word
ERROR: 0:9: 'gl_FragColor' : undeclared identifier

#version 300 es 를 맨 위에 붙인 것 말고는 그대로예요. 뭘 바꿔야 하는지 정리해 주세요."""),
        _u(
            """스마트팜 대시보드에 비닐하우스 3D 모델을 넣고, 센서 위치마다 온도에 따라 색이 변하는 구를 띄우고 싶어요. 센서가 2천 개라 구를 각각 Mesh로 만들면 느릴 것 같은데, 색을 개별로 바꾸면서 빠르게 그리는 방법 있나요? 마우스 올리면 센서 값 툴팁도 필요해요."""
        ),
        _u("""이 셰이더는 무슨 일을 하는 건지 설명해 줄 수 있나요? 회사 레거시 코드인데 주석이 하나도 없어요.

uniform sampler2D tDiffuse;
uniform vec2 uResolution;
varying vec2 vUv;

void main() {
  vec2 px = 1.0 / uResolution;
  float tl = dot(texture2D(tDiffuse, vUv + px * vec2(-1, 1)).rgb, vec3(0.299, 0.587, 0.114));
  float br = dot(texture2D(tDiffuse, vUv + px * vec2(1, -1)).rgb, vec3(0.299, 0.587, 0.114));
  float tr = dot(texture2D(tDiffuse, vUv + px * vec2(1, 1)).rgb, vec3(0.299, 0.587, 0.114));
  float bl = dot(texture2D(tDiffuse, vUv + px * vec2(-1, -1)).rgb, vec3(0.299, 0.587, 0.114));
  float e = abs(tl - br) + abs(tr - bl);
  gl_FragColor = vec4(vec3(1.0 - step(0.2, e)), 1.0);
}"""),
        _u(
            """InstancedMesh로 나무 1만 그루 심었는데 프러스텀 컬링이 안 먹어서 카메라 뒤에 있는 나무까지 다 그려요. 인스턴스 단위로 컬링하려면 직접 구현해야 하나요? 아니면 청크로 나눠서 InstancedMesh 여러 개로 쪼개는 게 나은가요?"""
        ),
        _u("""Babylon.js 씬을 WebGPU 엔진으로 바꿨더니 콘솔에 이런 경고가 잔뜩 떠요.

WebGPU: Shader "custom_water" uses a GLSL construct not supported by the automatic converter. Falling back to WebGL.
[Babylon] ShaderMaterial "custom_water": Uniform "time" is not part of the uniform buffer.

커스텀 ShaderMaterial을 WebGPU에서 쓰려면 뭘 바꿔야 하나요?"""),
        _u(
            """한옥 마을 가상 관광 콘텐츠를 기획 중입니다. 요구사항은 (1) 낮/밤 전환, 밤에는 처마 밑 등불이 켜지고 은은한 빛 번짐 (2) 기와 지붕 디테일 (3) 웹에서 바로 실행 (4) 관광객이 태블릿으로 체험. 외주 개발사에 어떤 기술 스택과 최적화 요구사항을 명시하면 좋을까요?"""
        ),
        _u("""카메라가 캐릭터를 따라가는 3인칭 카메라를 만들었는데 캐릭터가 회전할 때 카메라가 덜덜 떨려요.

useFrame((_, dt) => {
  const target = player.current.position.clone().add(new THREE.Vector3(0, 3, -6).applyQuaternion(player.current.quaternion));
  camera.position.lerp(target, 0.1);
  camera.lookAt(player.current.position);
});

물리는 rapier 쓰고 있어요."""),
        _m(
            "three.js에서 HDRI 환경맵 적용하는 법 알려주세요.",
            "RGBELoader로 .hdr을 불러와서 texture.mapping = THREE.EquirectangularReflectionMapping 설정 후 scene.environment에 넣으면 됩니다. 배경으로도 쓰려면 scene.background에도 지정하세요.",
            "배경은 흐리게 하고 반사는 선명하게 하고 싶은데 가능해요?",
        ),
        _m(
            "오늘 점심 뭐 먹을지 추천 좀",
            "비 오는 날이면 칼국수나 수제비 어떠세요? 가볍게 드시려면 비빔밥도 좋고요.",
            "ㅋㅋ 칼국수 ㄱㄱ. 아 그리고 오후에 할 일인데, 우리 웹 지도에 건물을 3D로 extrude해서 높이별로 색 입히는 거 해야 돼. mapbox 위에 three.js 레이어 얹는 방식이 나아, 아니면 deck.gl이 나아?",
        ),
        _m(
            "셰이더에서 노이즈 함수 쓰려면 어떻게 해요?",
            "GLSL에는 내장 노이즈가 없어서 simplex noise나 value noise 구현을 셰이더에 직접 포함하거나, 노이즈 텍스처를 만들어 샘플링합니다.",
            "그럼 구름처럼 보이게 하려면 fbm? 그거 쓰는 예제 짧게 보여줘요",
        ),
        _m(
            "우리 회사 VR 교육 콘텐츠를 WebXR로 만들려고 해요.",
            "좋네요. 어떤 기기를 타깃으로 하시나요? 퀘스트 브라우저인지, 모바일 AR인지에 따라 달라집니다.",
            "퀘스트3요. 근데 three.js로 만든 씬이 PC에선 잘 되는데 퀘스트에서 들어가면 72fps가 안 나오고 화면이 울렁거려요. 뭐부터 확인해야 할까요?",
        ),
        _m(
            "Babylon에서 애니메이션 블렌딩 되나요?",
            "네. AnimationGroup의 weight를 조절하거나 enableBlending과 blendingSpeed를 설정하면 애니메이션 간 전환을 부드럽게 할 수 있습니다.",
            "걷기랑 뛰기를 속도에 따라 섞고 싶은데, 발이 미끄러지는 것처럼 보여요. 어떻게 맞추죠?",
        ),
        _m(
            "스카이박스랑 환경맵이 같은 거예요?",
            "비슷하지만 용도가 다릅니다. 스카이박스는 배경으로 보이는 것이고, 환경맵은 물체 표면의 반사와 간접광 계산에 쓰입니다. 같은 이미지를 둘 다에 쓸 수도 있어요.",
            "그럼 실내 씬인데 창밖 풍경은 스카이박스로 하고 반사는 방 안이 비치게 하려면요?",
        ),
        _m(
            "파이썬으로 CSV 합치는 코드 짜줘",
            "pandas로 pd.concat([pd.read_csv(f) for f in files]).to_csv('merged.csv', index=False) 하시면 됩니다.",
            "고마워요. 이 CSV가 사실 드론으로 찍은 포인트 좌표인데, 이걸 웹에서 3D로 돌려볼 수 있게 하려면 어떻게 시작해요? 한 50만 점 정도요",
        ),
        _m(
            "r3f에서 Html 컴포넌트로 라벨 붙였어요.",
            "좋습니다. occlude 옵션을 쓰면 메쉬에 가려질 때 라벨을 숨길 수도 있어요.",
            "occlude 켰더니 fps가 반토막 났어요 ㅠ 라벨 80개인데",
        ),
        _m(
            "WebGL에서 텍스처 아틀라스 쓰면 뭐가 좋아요?",
            "여러 이미지를 한 텍스처에 모으면 바인딩 전환과 드로우콜을 줄일 수 있습니다. 대신 밉맵 시 가장자리 번짐(bleeding)에 주의해야 해요.",
            "그 번짐 어떻게 막아요? 패딩만 주면 돼요?",
        ),
        _s(
            "당신은 사내 코딩 에이전트입니다. 저장소 `factory-twin`은 Vue 3 + three.js r161 기반 공장 디지털 트윈입니다. 주요 파일: src/three/SceneManager.ts, src/three/loaders/ifcLoader.ts, src/components/Viewer.vue.",
            "IFC 모델 로딩이 40초 걸립니다. ifcLoader.ts에서 web-ifc를 메인 스레드에서 돌리고 있어요. 워커로 옮기고, 로딩 중 진행률 표시와 층별 점진 로딩이 되도록 수정해 주세요.",
        ),
        _s(
            "You are a coding assistant inside VS Code. The open project is a Babylon.js 7 racing game (src/track/, src/car/, src/fx/).",
            """src/fx/skidmarks.ts에서 타이어 자국을 매 프레임 새 메쉬로 만들고 있어요. 5분 달리면 드로우콜이 3천을 넘어요. 링 버퍼 방식으로 하나의 동적 메쉬에 누적하도록 바꿔 주세요. 자국은 오래되면 서서히 사라져야 해요.""",
        ),
        _s(
            "너는 그래픽스 과목 조교 봇이야. 학생 질문에 친절하게 답해.",
            "과제로 퐁 셰이딩 구현했는데 하이라이트가 버텍스 단위로 각져 보여요. 교수님이 고러드랑 섞였다고 하시는데, 계산을 어느 셰이더에서 해야 하는지 헷갈려요.",
        ),
        _s(
            "당신은 스타트업 '모션랩'의 사내 도우미입니다. 개발팀 질문에 답합니다.",
            """WebGPU로 만든 유체 시뮬레이션이 크롬에서는 되는데 사파리 테크 프리뷰에서 이렇게 나와요:

GPUValidationError: The number of storage buffers (10) in the Compute stage exceeds the maximum per-stage limit (8).

requestDevice 할 때 limits를 올리면 되나요, 아니면 버퍼를 합쳐야 하나요?""",
        ),
        _s(
            "You are an autonomous coding agent. Repository: `kpop-stage-viz` — Next.js + @react-three/fiber stage lighting previz tool. Lights are defined in data/rig.json.",
            "무빙 라이트 빔이 안개 속에서 보이게(볼류메트릭) 해 주세요. 라이트 48개라 진짜 볼륨 레이마칭은 무거울 것 같으니 원뿔 메쉬 + 셰이더로 가짜 빔을 만드는 방식으로 components/Beam.tsx를 새로 만들고 rig.json에 연결해 주세요.",
        ),
        _s(
            "당신은 코드 리뷰어입니다. 성능과 정확성 위주로 지적하세요.",
            """PR #212 리뷰 부탁:

function updateLabels() {
  for (const l of labels) {
    const v = l.anchor.getWorldPosition(new THREE.Vector3()).project(camera);
    l.el.style.left = ((v.x + 1) / 2) * innerWidth + 'px';
    l.el.style.top = ((1 - v.y) / 2) * innerHeight + 'px';
  }
}
renderer.setAnimationLoop(() => { updateLabels(); renderer.render(scene, camera); });""",
        ),
        _s(
            "당신은 3D 커머스 솔루션 고객지원 챗봇입니다.",
            "쇼핑몰에 올린 가방 3D 모델이 AR로 보면 실제보다 10배 커요. 블렌더에서 cm 단위로 작업했어요. 어디를 고쳐야 해요?",
        ),
        _u(
            """three.js에서 유리컵 안에 든 주스를 표현하려고 해요. transmission 쓰면 유리는 괜찮은데 안에 있는 주스 메쉬가 유리를 통해 안 보여요. 두 개 다 MeshPhysicalMaterial에 transmission 1이에요. 원래 이런가요?"""
        ),
        _u(
            """게임잼용으로 복셀 월드를 만들고 있어요. 청크 16x16x16, 보이는 면만 메쉬로 만드는데, 블록 하나 부술 때마다 청크 전체 지오메트리를 새로 만드니까 프레임이 툭 떨어져요. 메싱을 웹워커로 빼는 구조 예시 좀 보여주세요."""
        ),
        _u("""GLTF 모델에 Draco 압축 걸었더니 파일은 20MB에서 3MB로 줄었는데, 로딩 시 디코딩하느라 화면이 2초 멈춰요. DRACOLoader 설정은 이렇게 했어요.

const draco = new DRACOLoader();
draco.setDecoderPath('/draco/');
loader.setDRACOLoader(draco);

멈춤 없이 로딩하려면요? meshopt로 바꾸는 게 나을까요?"""),
        _m(
            "three.js에서 Raycaster로 클릭한 메쉬 찾는 거 했어요.",
            "잘 하셨네요. intersectObjects에 recursive true를 주면 자식까지 검사합니다.",
            "근데 SkinnedMesh 캐릭터는 애니메이션 중에 클릭 위치가 T포즈 기준으로 잡혀요. 팔을 클릭해도 안 잡히고 허공을 눌러야 잡혀요",
        ),
    ],
    "it": [
        _u("""Ciao, ho questo codice three.js per un configuratore di occhiali e quando cambio il colore della montatura cambiano colore TUTTE le montature nella pagina, anche quelle nelle altre card. Perché?

const gltf = await loader.loadAsync('/frame.glb');
const base = gltf.scene;

cards.forEach((card) => {
  const m = base.clone();
  card.scene.add(m);
  card.onColor = (c) => {
    m.traverse((o) => { if (o.isMesh) o.material.color.set(c); });
  };
});"""),
        _u("""Sto scrivendo un ray marcher in GLSL per un progetto universitario (SDF di una sfera che si fonde con un toro). Funziona, ma i bordi sono pieni di artefatti a gradini e a volte vedo delle "bande". Ecco il loop:

float march(vec3 ro, vec3 rd) {
  float t = 0.0;
  for (int i = 0; i < 64; i++) {
    float d = scene(ro + rd * t);
    if (d < 0.01) return t;
    t += d;
  }
  return -1.0;
}

Come lo miglioro? Più iterazioni basta o c'è altro?"""),
        _u("""Mi date una mano a capire questo errore? Lo vedo in console quando apro la scena Babylon su un vecchio Android:

BJS - [10:42:11]: Unable to compile effect:
BJS - [10:42:11]: Defines: #define NUM_BONE_INFLUENCERS 4 #define BonesPerMesh 87
BJS - [10:42:11]: Error: FRAGMENT SHADER ERROR: too many uniforms

Il personaggio ha 87 ossa. Sui telefoni nuovi va. Soluzioni?"""),
        _u(
            """Brief dal cliente (cantina in Valpolicella): vogliono sul sito una bottiglia in 3D che ruota e, quando l'utente scorre, il vino "si versa" in un calice con il liquido che si muove in modo credibile. Niente simulazione fisica vera, basta che sembri bello. Budget limitato, un solo sviluppatore front-end. Come lo impostereste?"""
        ),
        _u("""Devo portare questo shader da GLSL a WGSL per il nostro viewer su WebGPU. È un semplice toon shading a tre livelli:

uniform vec3 uLight;
uniform vec3 uColor;
varying vec3 vNormal;

void main() {
  float d = dot(normalize(vNormal), normalize(uLight));
  float level = d > 0.6 ? 1.0 : d > 0.2 ? 0.6 : 0.3;
  gl_FragColor = vec4(uColor * level, 1.0);
}

In particolare non so come si fanno gli uniform in WGSL e se esiste l'operatore ternario."""),
        _u("""In react-three-fiber ho un componente che carica un modello con useGLTF, e se lo uso due volte nella scena il secondo "ruba" il modello al primo, ne vedo solo uno. Codice:

function Lamp(props) {
  const { scene } = useGLTF('/lamp.glb');
  return <primitive object={scene} {...props} />;
}

<Lamp position={[0,0,0]} />
<Lamp position={[3,0,0]} />"""),
        _u(
            """Perché le mie texture sembrano slavate e troppo chiare da quando ho aggiornato three.js dalla r150 alla r162? Non ho toccato nulla, solo aggiornato il pacchetto. Carico le texture con TextureLoader e le assegno come map a MeshStandardMaterial."""
        ),
        _u(
            """Per il museo archeologico di Paestum dobbiamo mostrare un tempio ricostruito in 3D su un totem touch, con la possibilità di "togliere il tempo": un cursore che passa dalla rovina attuale al tempio com'era, con i colori originali. Abbiamo due modelli (rovina e ricostruzione) da fotogrammetria e da modellazione. Come si fa una transizione elegante tra i due in WebGL?"""
        ),
        _u("""PlayCanvas: ho uno script che spara proiettili e dopo un minuto di gioco il frame rate crolla. Ecco lo script:

Gun.prototype.fire = function () {
  const b = new pc.Entity();
  b.addComponent('model', { type: 'sphere' });
  b.addComponent('rigidbody', { type: 'dynamic', mass: 0.1 });
  b.addComponent('collision', { type: 'sphere', radius: 0.05 });
  b.setPosition(this.muzzle.getPosition());
  this.app.root.addChild(b);
  b.rigidbody.applyImpulse(this.entity.forward.clone().scale(20));
};

Cosa sbaglio?"""),
        _u(
            """Qualcuno mi spiega in parole semplici cos'è lo spazio colore lineare rispetto a sRGB e perché in three.js si parla sempre di outputColorSpace? Sono un designer che sta imparando, in Photoshop non me ne sono mai preoccupato."""
        ),
        _u(
            """Ho una mappa di calore del traffico di Milano da sovrapporre a un modello 3D della città. I dati sono una griglia 512x512 di valori. Vorrei che le strade "si colorino" in base al traffico direttamente nello shader dei palazzi/strade, senza ricreare geometrie. Come passo la griglia allo shader e come la campiono in coordinate mondo?"""
        ),
        _u(
            """Il mio sito con sfondo three.js (una rete di particelle collegate da linee tipo costellazione) fa salire la CPU al 90% sul portatile. Sono 400 particelle e controllo le distanze tra tutte le coppie ogni frame per disegnare le linee. Come ottimizzo? Meglio spostare tutto in uno shader?"""
        ),
        _u(
            """Sto facendo un gioco di corse in Babylon.js e vorrei l'effetto di motion blur solo sulle ruote e sullo sfondo quando si va veloci, non sull'auto. È possibile con la pipeline di default o serve un post-process custom? Come si esclude un mesh?"""
        ),
        _u("""Ecco un frammento del nostro shader di terreno. Le texture (erba, roccia, neve) si mescolano con la pendenza e l'altezza, ma sulle pareti ripide la roccia appare stirata in modo orribile. Ho letto di "triplanar mapping", come lo integro qui?

vec3 grass = texture2D(uGrass, vUv * 40.0).rgb;
vec3 rock = texture2D(uRock, vUv * 40.0).rgb;
vec3 snow = texture2D(uSnow, vUv * 40.0).rgb;
float slope = 1.0 - vNormal.y;
vec3 col = mix(grass, rock, smoothstep(0.3, 0.5, slope));
col = mix(col, snow, smoothstep(80.0, 100.0, vWorldPos.y));"""),
        _u("""Warning che mi esce ogni frame in Chrome:

[.WebGL-0x12a400]GL_INVALID_FRAMEBUFFER_OPERATION: Framebuffer is incomplete: Attachment has zero size.

Succede solo quando riduco a icona e poi riapro la finestra. Uso un WebGLRenderTarget ridimensionato nel resize handler con le dimensioni del container."""),
        _u(
            """Sono un'insegnante di matematica e vorrei mostrare ai ragazzi le superfici z = f(x, y) in 3D nel browser, con la possibilità di scrivere la funzione e vederla cambiare, ruotarla col mouse e vedere le curve di livello proiettate sotto. Ho trovato three.js ma non so da dove partire. Mi fai una traccia del codice?"""
        ),
        _u(
            """Ho un problema di z-fighting con le decal dei proiettili sui muri del mio sparatutto in three.js. Uso DecalGeometry e le decal sfarfallano. Ho provato a spostarle un po' lungo la normale ma da lontano sfarfallano comunque. polygonOffset può aiutare? Con quali valori?"""
        ),
        _u(
            """Qual è il modo giusto di gestire il resize in r3f quando il Canvas è dentro un div che cambia dimensione con un'animazione CSS (una sidebar che si apre)? Al momento la scena resta stirata finché non ridimensiono la finestra."""
        ),
        _u(
            """In WebGPU ho un compute shader per fare il culling di 200k istanze sulla GPU e poi disegnare con drawIndexedIndirect. Il conteggio delle istanze visibili lo scrivo con atomicAdd, ma a volte vedo istanze che lampeggiano. Sospetto una race condition tra compute e render pass. Come si sincronizzano correttamente?"""
        ),
        _m(
            "Ciao! Mi consigli un buon libro da leggere in vacanza?",
            "Se ti piacciono i gialli, «Il nome della rosa» è sempre una garanzia. Per qualcosa di più leggero, i romanzi di Andrea Vitali.",
            "grazie! ultima cosa prima di staccare: nel nostro configuratore di cucine le ante lucide riflettono l'ambiente ma il riflesso è fisso, non si vede il frigo accanto. si può avere un riflesso «vero» senza raytracing?",
        ),
        _m(
            "Come faccio a caricare un file FBX in three.js?",
            "C'è FBXLoader tra gli esempi: import { FBXLoader } from 'three/examples/jsm/loaders/FBXLoader.js'. Però ti consiglio di convertire in glTF, è il formato pensato per il web.",
            "ok convertito con blender, ma ora l'animazione va al doppio della velocità e il modello è enorme",
        ),
        _m(
            "Devo mostrare una nave da crociera in 3D sul sito della compagnia.",
            "Che dettaglio ha il modello e su che dispositivi deve girare?",
            "il modello dell'armatore è 9 milioni di triangoli, deve girare anche su tablet. ci servono i LOD? come si generano in automatico?",
        ),
        _m(
            "In Babylon come si fa un'ombra morbida sotto un oggetto senza calcolare le ombre vere?",
            "Un trucco comune è un piano con una texture radiale scura (blob shadow) sotto l'oggetto, oppure usare una ShadowOnlyMaterial con un generatore di ombre a bassa risoluzione e blur.",
            "e se l'oggetto salta? l'ombra dovrebbe rimpicciolirsi e sbiadire",
        ),
        _m(
            "Ho fatto un effetto neve con le particelle, carino.",
            "Bene! Che tecnica hai usato, Points con texture?",
            "sì. ora voglio che la neve si accumuli sui tetti delle casette col passare del tempo. idee?",
        ),
        _m(
            "Che differenza c'è tra perspective e orthographic camera?",
            "La prospettica simula l'occhio: gli oggetti lontani appaiono più piccoli. L'ortografica li mostra tutti alla stessa scala, utile per disegni tecnici o giochi isometrici.",
            "per un gestionale di magazzino con vista isometrica dei scaffali, e zoom con la rotella, come imposto lo zoom con l'ortografica?",
        ),
        _m(
            "Scrivimi una formula Excel per sommare le vendite per regione.",
            '=SOMMA.SE(B:B; "Lombardia"; C:C) somma la colonna C dove la colonna B vale Lombardia.',
            "perfetto. ora la parte divertente: il capo vuole le vendite per regione come un'Italia 3D con le regioni estruse in altezza. ho il GeoJSON delle regioni. come lo trasformo in mesh?",
        ),
        _m(
            "Sto facendo un'app per visualizzare cristalli (reticoli atomici) per chimica.",
            "Bella idea. Pensi a sfere per gli atomi e cilindri per i legami?",
            "sì, ma voglio anche mostrare la cella unitaria come un cubo di linee e poterla replicare 3x3x3. con le linee di three.js lo spessore resta sempre 1 pixel, perché?",
        ),
        _m(
            "Cos'è l'ambient occlusion?",
            "È l'oscuramento delle zone dove la luce ambientale arriva meno: angoli, fessure, punti di contatto. Si può precalcolare in una texture o calcolare in tempo reale (SSAO).",
            "in una scena r3f di un soggiorno conviene baked o SSAO? la scena è statica tranne i mobili che l'utente sposta",
        ),
        _s(
            "Sei un assistente di programmazione integrato nell'editor. Il repository aperto è `vela-sim`, un simulatore di barca a vela nel browser (three.js r160, cannon-es). File principali: src/boat.ts, src/sea/Ocean.ts, src/sea/ocean.vert.glsl.",
            "La barca non segue le onde: l'oceano è animato nel vertex shader con somme di onde di Gerstner, ma la fisica in boat.ts usa un piano piatto a y=0. Implementa in TypeScript la stessa funzione delle onde per calcolare altezza e normale in un punto, e usala per far beccheggiare e rollare la barca.",
        ),
        _s(
            "Sei un agente di sviluppo. Progetto: `arredo-ar`, app web Next.js con @react-three/xr per posizionare mobili in AR. Il codice AR è in app/ar/.",
            """Quando l'utente posiziona una sedia sul pavimento in AR, la sedia sembra galleggiare perché manca l'ombra di contatto e l'illuminazione non corrisponde alla stanza. Aggiungi una contact shadow e usa la light estimation di WebXR, se disponibile, per orientare la luce. Fallback elegante su iOS dove non c'è WebXR.""",
        ),
        _s(
            "Sei il tutor di un corso serale di grafica 3D per il web. Rispondi in italiano, con esempi brevi.",
            "Non capisco le matrici model, view e projection. In che ordine si moltiplicano e perché nel vertex shader si scrive projection * view * model * posizione e non il contrario?",
        ),
        _s(
            "Sei l'assistente interno di Pixelforno, studio di giochi web. Rispondi in modo conciso.",
            """Il nostro gioco PlayCanvas su iPhone crasha dopo 5 minuti con "A problem repeatedly occurred". In Safari Web Inspector la memoria tocca 1,4 GB. Usiamo texture PNG 2048 per ogni prop (circa 300). Cosa ci conviene fare per primo?""",
        ),
        _s(
            "You are a code reviewer for a team building 3D data dashboards. Be specific.",
            """Rivedi per favore:

const geo = new THREE.BufferGeometry();
setInterval(() => {
  const pts = data.map((d) => new THREE.Vector3(d.x, d.y, d.z));
  geo.setFromPoints(pts);
}, 100);
const line = new THREE.Line(geo, new THREE.LineBasicMaterial({ color: 'red' }));

I dati sono 20.000 punti di un sensore sismico che scorrono in tempo reale.""",
        ),
        _s(
            "Sei l'assistente clienti di una piattaforma di e-commerce che offre visualizzatori 3D per i prodotti.",
            "Ho caricato il modello di una lampada ma quando la guardo nel visualizzatore la parte in vetro è completamente bianca e opaca. Nel file originale era trasparente. Come risolvo?",
        ),
        _s(
            "Sei un agente che modifica codice in autonomia. Repository: `cosmo-edu`, Babylon.js 7, sistema solare didattico. src/planets.ts, src/orbits.ts, src/ui/panel.ts.",
            "Gli anelli di Saturno non proiettano ombra sul pianeta e il pianeta non proietta ombra sugli anelli. La luce è una PointLight al centro (il Sole). Aggiungi le ombre in modo che funzionino anche quando si cambia pianeta selezionato, tenendo conto che le distanze sono in scala molto grande.",
        ),
        _u(
            """Per un evento di lancio di un'auto elettrica vogliamo una pagina dove l'auto è "costruita" da migliaia di particelle luminose che si assemblano quando l'utente scorre. Ho il modello glTF dell'auto. Come prendo i punti dalla superficie del modello e li animo dalla nuvola casuale alla forma?"""
        ),
        _u("""Ho scritto questo post-processing per la vignettatura ma il centro dello schermo risulta spostato in basso a sinistra quando lo schermo non è quadrato:

float d = distance(vUv, vec2(0.5));
float v = smoothstep(0.8, 0.3, d);
gl_FragColor = vec4(texture2D(tDiffuse, vUv).rgb * v, 1.0);

Anzi non è spostato, è ovale. Come lo rendo circolare?"""),
        _u(
            """Mi serve un cielo notturno per un'esperienza VR sul browser (Quest) con la Via Lattea e stelle cadenti ogni tanto. La skybox HDR da 8K pesa troppo. Alternative procedurali che reggano i 72 fps?"""
        ),
        _u(
            """Domanda da principiante: perché se metto una PointLight dentro una stanza fatta con BoxGeometry (le pareti sono le facce interne del cubo) non vedo nulla illuminato? Ho messo side: THREE.BackSide sul materiale. Dall'esterno invece si vede tutto."""
        ),
    ],
    "pt": [
        _u("""Galera, meu three.js tá dando esse erro quando carrego um modelo com muitas texturas:

THREE.WebGLRenderer: Texture marked for update but no image data found.
THREE.WebGLProgram: Shader Error 0 - VALIDATE_STATUS false
FRAGMENT: ERROR: 0:1234: 'map' : too many samplers

O modelo é uma maquete de condomínio exportada do SketchUp, com uns 60 materiais. Por que isso acontece e como resolvo?"""),
        _u("""Briefing do cliente (construtora em Curitiba):
Queremos um site onde o comprador escolhe o apartamento num prédio 3D, vê quais unidades estão vendidas (vermelho) e disponíveis (verde), clica e vê a vista da janela naquele andar com o pôr do sol real da cidade. Tem que funcionar no celular porque 80% do tráfego vem do Instagram.

Como vocês montariam isso? Quais bibliotecas e como fazer a vista da janela?"""),
        _u("""No react-three-fiber, coloquei um useFrame que rotaciona 500 cubos e a página ficou travando. Código:

function Cubes({ data }) {
  return data.map((d) => <Cube key={d.id} {...d} />);
}
function Cube({ position, speed }) {
  const ref = useRef();
  useFrame((_, dt) => (ref.current.rotation.y += speed * dt));
  return (
    <mesh ref={ref} position={position}>
      <boxGeometry />
      <meshStandardMaterial color="orange" />
    </mesh>
  );
}

500 useFrame é muito? Como reescrevo com Instances do drei?"""),
        _u(
            """No Babylon.js quero que o jogador pegue objetos com o mouse e arraste no chão (tipo montar uma sala). Tentei PointerDragBehavior mas o objeto sai voando pra cima quando a câmera tá inclinada. Como limitar o arraste ao plano do chão?"""
        ),
        _u(
            """Sou arquiteta e quero colocar no meu portfólio os projetos em 3D navegáveis, mas os arquivos do Revit exportados em FBX ficam com 200 MB. Qual o fluxo pra deixar isso leve pra web (glTF, compressão, texturas) sem perder muito a qualidade visual? Não sou programadora, mas tenho um sobrinho que sabe JavaScript."""
        ),
        _u("""Por que minha sombra some quando afasto a câmera? Configuração:

const sun = new THREE.DirectionalLight(0xffffff, 3);
sun.castShadow = true;
sun.shadow.mapSize.set(2048, 2048);
sun.shadow.camera.left = -20;
sun.shadow.camera.right = 20;
sun.shadow.camera.top = 20;
sun.shadow.camera.bottom = -20;

O mapa é uma fazenda de 300 x 300 metros."""),
        _u(
            """Tô fazendo um visualizador de exames de tomografia no navegador e preciso mostrar cortes (axial, sagital, coronal) e uma renderização volumétrica 3D do lado. Os dados vêm em DICOM, 512x512x300. Dá pra fazer volume rendering em WebGL2 com texture 3D? Qual a ideia do shader de raymarching e o que fazer pra ficar em tempo real?"""
        ),
        _u("""Esse erro aparece quando rodo nosso projeto PlayCanvas localmente:

Access to image at 'https://cdn.exemplo.com.br/tex/piso.jpg' from origin 'http://localhost:3000' has been blocked by CORS policy.
WebGL: INVALID_VALUE: texImage2D: The image element contains cross-origin data, and may not be loaded.

Em produção funciona. É problema do WebGL ou do servidor?"""),
        _u(
            """Como faço um efeito de "portal" em three.js? Tipo uma porta no meio do cenário e, olhando através dela, você vê outro mundo (outra cena) com perspectiva correta. Ouvi falar de stencil buffer mas não sei usar."""
        ),
        _u("""Quero portar esse trecho de WebGL1 com extensão pra WebGL2 nativo:

const ext = gl.getExtension('ANGLE_instanced_arrays');
ext.vertexAttribDivisorANGLE(offsetLoc, 1);
ext.drawArraysInstancedANGLE(gl.TRIANGLES, 0, 6, count);

const vao = gl.getExtension('OES_vertex_array_object');
const v = vao.createVertexArrayOES();
vao.bindVertexArrayOES(v);

E nos shaders tem algo pra mudar por causa do instancing?"""),
        _u(
            """Como se faz aquele efeito de "grama ao vento" de jogo, com milhares de folhinhas balançando, em three.js? Quero pra um site de uma marca de produtos orgânicos, um campo infinito na home. Tem que rodar liso em notebook comum."""
        ),
        _u(
            """O texto 3D que eu criei com TextGeometry aparece com os acentos quebrados: "São Paulo" vira "S o Paulo". A fonte é a helvetiker_regular.typeface.json que vem com o three. Por quê? E como gero uma fonte com acentos?"""
        ),
        _u("""Estatísticas do nosso app de visualização de minas (mineradora em MG) medidas com stats-gl:

CPU 22 ms, GPU 9 ms, 980 draw calls
A maior parte do tempo de CPU está em updateMatrixWorld e em projectObject.
Cena tem 45 mil objetos (furos de sondagem como cilindros, cada um um Mesh).

O que dá pra fazer do lado da CPU?"""),
        _u("""Tenho este shader de dissolve e quero que a borda tenha um brilho (emissão) que apareça no bloom. Hoje a cor da borda sai laranja mas o UnrealBloomPass não pega:

float n = texture2D(uNoise, vUv).r;
if (n < uCut) discard;
float edge = 1.0 - smoothstep(uCut, uCut + 0.04, n);
gl_FragColor = vec4(mix(base.rgb, vec3(1.0, 0.5, 0.1), edge), 1.0);

Threshold do bloom está em 0.9."""),
        _u(
            """Preciso de um globo 3D no painel de logística mostrando rotas marítimas entre portos (Santos, Roterdã, Xangai...) com navios como pontinhos andando nas rotas em tempo real. Uns 2 mil navios. Como estruturo a animação dos navios pra não atualizar 2 mil objetos no JS a cada frame?"""
        ),
        _u(
            """Em Babylon, qual a diferença real entre usar thinInstances e InstancedMesh? Tenho 50 mil postes de luz num mapa de cidade e preciso às vezes esconder alguns e mudar a cor de outros."""
        ),
        _u("""Estou tentando fazer um efeito de pixel art em 3D (renderizar em baixa resolução e ampliar sem borrar). Fiz assim e ficou borrado:

const rt = new THREE.WebGLRenderTarget(320, 180);
// renderizo a cena no rt e depois desenho num quad em tela cheia
quadMat.map = rt.texture;

O que falta?"""),
        _u(
            """Projeto de TCC: simulação de um sistema de partículas com 1 milhão de partículas no navegador usando GPGPU (texturas de posição e velocidade, ping-pong). Consegui com GPUComputationRenderer, mas quero migrar pra WebGPU compute. Quais as vantagens reais e como fica a estrutura (buffers, bind groups, passes)?"""
        ),
        _m(
            "Me ajuda com uma receita de pão de queijo?",
            "Claro! 500 g de polvilho azedo, 250 ml de leite, 100 ml de óleo, 2 ovos, 200 g de queijo meia cura ralado e sal. Escalde o polvilho com leite e óleo ferventes, misture, acrescente ovos e queijo, modele e asse a 180 °C por uns 25 minutos.",
            "valeu! agora trabalho: no nosso jogo em three.js o personagem atravessa as paredes quando corre rápido. a colisão é por raycast na direção do movimento. como faço isso direito?",
        ),
        _m(
            "Como coloco uma imagem 360 como fundo no three.js?",
            "Carregue a imagem equiretangular com TextureLoader, defina texture.mapping = THREE.EquirectangularReflectionMapping e atribua a scene.background.",
            "funcionou mas a imagem tá bem pixelada, é 4096x2048. dá pra melhorar?",
        ),
        _m(
            "Estou fazendo uma vitrine de tênis 3D no Shopify.",
            "Legal. Você vai usar o model-viewer do Google ou three.js próprio?",
            "three.js próprio, porque quero animação de explodir as peças do tênis (sola, cabedal, cadarço) quando o usuário clica. como faço a animação de vista explodida?",
        ),
        _m(
            "O que é um draw call?",
            "É cada comando que a CPU manda pra GPU desenhar algo — normalmente um por objeto/material. Muitos draw calls sobrecarregam a CPU mesmo que a GPU esteja folgada.",
            "então se eu juntar todas as cadeiras do auditório num só mesh melhora? são 800 cadeiras iguais",
        ),
        _m(
            "Vou fazer um jogo de sinuca no navegador.",
            "Bacana! Vai usar física pronta (cannon-es, rapier) ou escrever a sua?",
            "rapier. a parte que me pega é o visual: as bolas precisam refletir a mesa e as luzes de cima, e ter aquele brilho de verniz. como faço o material das bolas?",
        ),
        _m(
            "Qual a diferença entre Lambert, Phong e Standard no three.js?",
            "Lambert é só difuso e barato; Phong acrescenta brilho especular; Standard é PBR, com metalness e roughness, mais realista e caro.",
            "pra um jogo mobile estilo low poly, qual eu uso?",
        ),
        _m(
            "Preciso renderizar um mapa de calor de temperatura em cima de um modelo 3D de um galpão frigorífico.",
            "Você tem as leituras dos sensores com posições 3D? Dá pra interpolar no shader ou gerar uma textura.",
            "tenho 40 sensores com x,y,z. quero que as paredes mostrem a cor interpolada, tipo gradiente. faço IDW no shader?",
        ),
        _m(
            "O useGLTF do drei faz cache?",
            "Faz: o mesmo caminho retorna o mesmo objeto, carregado uma vez. Por isso, para usar várias cópias, você clona a cena ou usa useGLTF com SkeletonUtils.clone para modelos com esqueleto.",
            "e quando eu saio da página do produto, como libero a memória? o app é SPA",
        ),
        _m(
            "Como faz pra câmera tremer quando tem explosão no jogo?",
            "Um jeito simples é somar um deslocamento aleatório à posição da câmera que decai com o tempo (trauma). Usar ruído em vez de random puro deixa mais suave.",
            "e com OrbitControls ligados? quando eu mexo na posição da câmera eles brigam comigo",
        ),
        _s(
            "Você é um assistente de código dentro do editor. O repositório aberto é `estadio-virtual`, um tour 3D de um estádio de futebol em three.js r159 com Vite. Arquivos: src/main.ts, src/stadium/Seats.ts, src/stadium/Lights.ts, src/ui/SeatPicker.ts.",
            "Implemente a funcionalidade 'ver do meu assento': o usuário escolhe setor, fileira e cadeira no SeatPicker e a câmera voa até a posição exata da cadeira, olhando para o centro do campo. As posições das cadeiras estão num InstancedMesh em Seats.ts. A transição deve durar 2 s com easing.",
        ),
        _s(
            "Você é um agente de programação autônomo. Projeto: `agro-drone-viz`, React + @react-three/fiber, mostra voos de drones de pulverização sobre lavouras. Código 3D em src/viz/.",
            """O terreno é carregado de um GeoTIFF em src/viz/Terrain.tsx, mas as trajetórias dos drones (src/viz/Paths.tsx) ficam flutuando ou enterradas, porque usam altitude absoluta e o terreno está em altura relativa. Corrija para que ambos usem o mesmo referencial e adicione um modo 'seguir drone' para a câmera.""",
        ),
        _s(
            "Você é monitor de uma disciplina de Computação Gráfica. Explique com calma e exemplos.",
            "Por que quando eu escalo um objeto só no eixo X a iluminação fica errada? O professor falou de 'inversa transposta' e eu não entendi nada.",
        ),
        _s(
            "Você é o assistente interno da Lumen Games. Seja direto.",
            """Nosso jogo em Babylon.js aparece esse aviso no console do Chrome Android: "WEBGL_debug_renderer_info is deprecated in Firefox" e "Performance warning: Texture unit 0 is bound to a texture that is not renderable". O jogo fica com objetos pretos às vezes. Tem relação?""",
        ),
        _s(
            "You are a code review bot for a WebGL team. Point out bugs and perf issues.",
            """Revisão, por favor:

function animate() {
  requestAnimationFrame(animate);
  const box = new THREE.Box3().setFromObject(model);
  const center = box.getCenter(new THREE.Vector3());
  controls.target.copy(center);
  controls.update();
  renderer.render(scene, camera);
}
animate();

O model é uma escavadeira com 300 peças animadas.""",
        ),
        _s(
            "Você é o suporte técnico de uma plataforma de tours virtuais imobiliários.",
            "Subi as fotos 360 do apartamento mas quando passo de um cômodo pro outro a transição dá um pulo branco esquisito. Dá pra deixar suave, tipo um fade ou um zoom para frente?",
        ),
        _s(
            "Você é um agente de código. Repositório: `museu-afro-3d`, PlayCanvas engine-only (sem editor), TypeScript. src/app.ts, src/gallery/, assets/.",
            "As esculturas escaneadas têm 2 a 5 milhões de triângulos cada e a sala tem 14. Implemente um sistema de LOD com 3 níveis (arquivos *_lod0.glb, *_lod1.glb, *_lod2.glb já existem em assets/) trocando pela distância da câmera, com carregamento preguiçoso dos níveis mais detalhados.",
        ),
        _u(
            """O cliente quer um fundo de site com uma "gosma" líquida metálica que reage ao mouse, tipo mercúrio. Pensei em metaballs num shader de tela cheia. Como faço isso com raymarching e deixo o reflexo parecendo metal cromado?"""
        ),
        _u(
            """Por que meu modelo aparece de dentro pra fora (vejo as faces de trás e não as da frente) só em algumas partes? Veio de um FBX que foi espelhado no 3ds Max com scale -1. No three.js fica estranho."""
        ),
        _u(
            """Como faço pra medir de verdade a performance da GPU na minha cena three.js? O stats.js mostra 60 fps mas a ventoinha do notebook dispara. Quero saber quanto tempo cada pass de pós-processamento está levando."""
        ),
        _m(
            "Fiz um carrossel 3D de produtos com cards girando num cilindro.",
            "Ficou legal? Você usou planos com textura pra cada card?",
            "sim, mas as imagens dos cards de trás aparecem espelhadas e por cima dos da frente às vezes. os planos tão com transparent true por causa das bordas arredondadas",
        ),
    ],
    "es": [
        _u("""Buenas, tengo este código de three.js para una escena de un faro y la luz giratoria no ilumina nada, solo se ve el cono que dibujé yo:

const spot = new THREE.SpotLight(0xfff2cc, 10, 200, Math.PI / 12, 0.3);
spot.position.set(0, 30, 0);
scene.add(spot);

function tick(t) {
  spot.rotation.y = t * 0.001;
  renderer.render(scene, camera);
  requestAnimationFrame(tick);
}

¿Qué estoy haciendo mal? ¿Cómo se hace girar un SpotLight?"""),
        _u("""Me sale este error al compilar un shader en Chrome y no entiendo qué significa:

THREE.WebGLProgram: Shader Error 1282 - VALIDATE_STATUS false
Program Info Log: Fragment shader is not compiled.
FRAGMENT
ERROR: 0:87: 'texture' : no matching overloaded function found
ERROR: 0:87: '=' : dimension mismatch

La línea 87 es: vec4 c = texture(uLut, vec3(col.rg, col.b * 0.5));
uLut es un sampler2D con una LUT de color de 512x512."""),
        _u("""Briefing para una experiencia web de una bodega de Rioja:
1. Intro: vista aérea de los viñedos al atardecer, niebla baja.
2. El usuario hace scroll y la cámara baja hasta una barrica.
3. La barrica se abre y aparece la botella girando con el etiquetado en alta resolución.
4. Al final, un mapa 3D de la finca con puntos clicables.
Tiene que pesar poco y verse bien en móvil. ¿Cómo lo planteo técnicamente y qué partes serían las más complicadas?"""),
        _u(
            """En react-three-fiber tengo un montón de tarjetas con <Html> de drei y al rotar la cámara va a 25 fps. Si las quito va a 60. ¿Alternativas para poner texto e iconos pegados a objetos 3D que no maten el rendimiento? Son unas 150 etiquetas de un plano de una planta industrial."""
        ),
        _u("""Estoy portando este compute shader de GLSL (usaba transform feedback en WebGL2) a WGSL. ¿Me ayudas?

#version 300 es
in vec3 aPos;
in vec3 aVel;
uniform float uDt;
uniform vec3 uGravity;
out vec3 vPos;
out vec3 vVel;
void main() {
  vVel = aVel + uGravity * uDt;
  vPos = aPos + vVel * uDt;
  if (vPos.y < 0.0) { vPos.y = 0.0; vVel.y *= -0.6; }
}

Quiero un compute shader con un storage buffer de partículas (pos + vel)."""),
        _u(
            """¿Por qué en Babylon mis mallas importadas de Blender salen giradas 180 grados y en espejo? Uso SceneLoader.ImportMeshAsync con un .glb. En el sandbox de Babylon se ven bien, en mi escena no. Tengo scene.useRightHandedSystem = false."""
        ),
        _u("""Necesito explicar a mi equipo de backend (que nunca ha tocado gráficos) por qué la escena va lenta. ¿Me ayudas a explicar esto en lenguaje llano?

renderer.info:
calls: 2310
triangles: 640k
programs: 48
textures: 390

Y el profiler dice que la GPU está al 30% y el hilo principal al 100%."""),
        _u(
            """Tengo un visor de maquetas de hoteles para una cadena en Canarias. Quiero que el agua de las piscinas se vea bonita: transparente, con cáusticas en el fondo y reflejos del cielo. Actualmente es un plano azul con opacidad 0.6. ¿Cómo lo mejoro paso a paso sin que pese mucho?"""
        ),
        _u("""He escrito esta función para generar un terreno con ruido y se ven costuras (grietas) entre los chunks. ¿Por qué?

function makeChunk(cx, cz) {
  const geo = new THREE.PlaneGeometry(64, 64, 63, 63);
  geo.rotateX(-Math.PI / 2);
  const pos = geo.attributes.position;
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i) + cx * 64;
    const z = pos.getZ(i) + cz * 64;
    pos.setY(i, noise(x * 0.01, z * 0.01) * 20);
  }
  geo.computeVertexNormals();
  return new THREE.Mesh(geo, terrainMat);
}

Las grietas se ven sobre todo con la luz, como si hubiera un corte de iluminación."""),
        _u(
            """En PlayCanvas, ¿cómo hago que un personaje mire hacia donde está el ratón en un juego top-down? Tengo la cámara ortográfica en diagonal (isométrica) y el personaje rota mal, como si el ratón estuviera en otro sitio."""
        ),
        _u("""Explícame qué hace cada parte de este código WebGPU, soy nuevo y vengo de WebGL:

const adapter = await navigator.gpu.requestAdapter();
const device = await adapter.requestDevice();
const ctx = canvas.getContext('webgpu');
const format = navigator.gpu.getPreferredCanvasFormat();
ctx.configure({ device, format, alphaMode: 'premultiplied' });

const enc = device.createCommandEncoder();
const pass = enc.beginRenderPass({
  colorAttachments: [{
    view: ctx.getCurrentTexture().createView(),
    clearValue: { r: 0.1, g: 0.1, b: 0.15, a: 1 },
    loadOp: 'clear',
    storeOp: 'store',
  }],
});
pass.setPipeline(pipeline);
pass.draw(3);
pass.end();
device.queue.submit([enc.finish()]);

¿Dónde está el equivalente de gl.clear y del bucle de render?"""),
        _u(
            """Estamos haciendo un gemelo digital de una planta de tratamiento de agua en Monterrey. Hay 600 válvulas y cada una tiene que parpadear en rojo si reporta falla. Ahora cada válvula clona su propio material para poder cambiarle el color y eso genera 600 programas de shader... ¿o no? ¿Cómo lo haríais bien?"""
        ),
        _u(
            """¿Qué es exactamente el "tone mapping" y por qué ACESFilmic me cambia tanto los colores de la marca? El cliente se queja de que el rojo corporativo de la moto en el configurador se ve anaranjado."""
        ),
        _u("""Shader de contorno para selección que hice con el truco de dibujar el mesh dos veces (una escalado y de color sólido por detrás). En cubos se ve fatal, el contorno se separa en las esquinas. ¿Cómo se arregla?

const outline = mesh.clone();
outline.material = new THREE.MeshBasicMaterial({ color: 0x00ffff, side: THREE.BackSide });
outline.scale.multiplyScalar(1.05);
scene.add(outline);"""),
        _u(
            """Tengo que representar en 3D la red de fibra óptica de una ciudad: miles de tubos bajo tierra a distintas profundidades, y el usuario debe poder "cortar" el terreno para ver el subsuelo. ¿Cómo se hace el corte con clipping planes en three.js y cómo tapo el hueco del corte para que no se vea hueco?"""
        ),
        _u("""Aviso que aparece en la consola al cargar nuestra escena con muchas luces:

THREE.WebGLProgram: Program Info Log: warning X4000: use of potentially uninitialized variable
WebGL warning: drawElementsInstanced: Tex image TEXTURE_2D level 0 is incurring lazy initialization.

La escena funciona pero la carga tarda 8 segundos en Windows y en Mac 1. ¿Tiene que ver con la compilación de shaders en ANGLE/D3D? ¿Cómo la acelero?"""),
        _u(
            """Soy diseñadora de interiores y uso una web que hice con ayuda de un amigo para enseñar salones en 3D. Los muebles parecen "flotar" porque no tienen sombra debajo. Mi amigo dice que activar sombras es caro. ¿Hay una forma barata de que los muebles parezcan apoyados en el suelo?"""
        ),
        _u("""Código r3f de un menú 3D que debería mostrar un tooltip al pasar el ratón, pero el evento onPointerOver salta para objetos que están detrás:

<group>
  <mesh onPointerOver={() => setHover('a')} position={[0, 0, 0]}>
    <boxGeometry />
    <meshStandardMaterial />
  </mesh>
  <mesh onPointerOver={() => setHover('b')} position={[0, 0, -2]}>
    <boxGeometry />
    <meshStandardMaterial />
  </mesh>
</group>

Cuando paso por encima del cubo 'a' se ponen los dos en hover."""),
        _u(
            """¿Cómo se implementa un sistema de "ghosting" para un juego de carreras en el navegador (ver el coche fantasma de tu mejor vuelta)? La parte de guardar posiciones la tengo; lo que no sé es dibujar el coche semitransparente sin que se vean sus piezas internas a través de él."""
        ),
        _u(
            """Tengo una escena en Babylon con 8 luces puntuales (farolas) y al añadir la novena algunos objetos dejan de iluminarse. ¿Es un límite? ¿Cómo se hacen escenas nocturnas con muchas farolas?"""
        ),
        _m(
            "¿Cuál es la capital de Australia? Siempre me confundo.",
            "Canberra. Mucha gente piensa que es Sídney o Melbourne, pero Canberra se eligió como compromiso entre ambas.",
            "jaja gracias. oye y otra cosa, estoy haciendo un globo terráqueo en three.js y quiero que las luces de las ciudades se vean solo en el lado de noche. tengo la textura de luces nocturnas de la NASA. ¿cómo lo mezclo en el shader?",
        ),
        _m(
            "Quiero animar una cámara por una ruta predefinida en un recorrido por un museo virtual.",
            "Puedes definir la ruta con una CatmullRomCurve3 y en cada frame colocar la cámara en curve.getPointAt(t) y mirar hacia getPointAt(t + delta).",
            "vale, pero en las curvas cerradas la cámara da un giro brusco y marea. ¿cómo lo suavizo?",
        ),
        _m(
            "Hemos hecho un mapa 3D de rutas de senderismo en los Pirineos.",
            "¡Suena genial! ¿Las rutas son líneas sobre el terreno?",
            "sí, pero la línea se mete por debajo del terreno en las zonas de pendiente y se ve a trozos. la línea tiene los puntos del GPX con su altitud",
        ),
        _m(
            "¿Qué diferencia hay entre WebGL y WebGPU?",
            "WebGPU es una API más moderna, parecida a Vulkan/Metal/D3D12: tiene compute shaders, menos sobrecarga de CPU y un modelo más explícito. WebGL se basa en OpenGL ES y está más extendido.",
            "y si tengo una app de three.js ya hecha, ¿merece la pena pasarme al WebGPURenderer? ¿qué se rompe?",
        ),
        _m(
            "Estoy haciendo un efecto de texto que se deshace en partículas.",
            "¿Lo tienes con TextGeometry o con texto en canvas muestreado a puntos?",
            "muestreo un canvas 2D y saco los píxeles como puntos. funciona pero con textos largos salen 200k puntos y va a saltos en el móvil",
        ),
        _m(
            "Me recomiendas alguna serie?",
            "Si te gusta la intriga, «La casa de papel» o «Dark». Si prefieres algo ligero, «Ted Lasso».",
            "vale. y ya que estoy: en mi juego de babylon quiero que al morir el personaje la pantalla se ponga en blanco y negro con un desenfoque. ¿postprocess o pipeline?",
        ),
        _m(
            "¿Cómo se hace un efecto de agua en 2D con shaders?",
            "Puedes distorsionar las UV de la imagen con ruido animado y añadir reflejos con un gradiente.",
            "perdona, me expliqué mal: es agua en 3D, un río en un juego de tercera persona, que fluya siguiendo el cauce, no hacia un lado fijo",
        ),
        _m(
            "En three.js, ¿se pueden tener dos escenas en un solo canvas?",
            "Sí. Con renderer.setScissor y setViewport puedes renderizar varias escenas o cámaras en distintas zonas del mismo canvas.",
            "perfecto, quiero una vista principal y un minimapa en la esquina con cámara cenital. ¿me pones el bucle de render?",
        ),
        _m(
            "Tengo un modelo de coche con 80 materiales.",
            "Es bastante. ¿Cuántos son realmente distintos? Muchos exportadores duplican materiales idénticos.",
            "habrá unos 15 distintos. ¿cómo los fusiono al cargar el glTF y junto las mallas que comparten material?",
        ),
        _s(
            "Eres un asistente de programación dentro del IDE. Repositorio abierto: `astro-aula`, una web educativa de astronomía con three.js r162. Carpetas: src/scene/, src/shaders/, src/data/exoplanets.json.",
            "Añade una vista de 'sistema exoplanetario' que lea exoplanets.json (radio orbital, periodo, radio del planeta, temperatura de la estrella) y genere el sistema con colores de estrella según temperatura (cuerpo negro) y órbitas a escala logarítmica. Reutiliza el shader de estrella que hay en src/shaders/star.frag.",
        ),
        _s(
            "Eres un agente de código autónomo. Proyecto: `tienda-3d`, Nuxt 3 + TresJS (three.js para Vue). Código de la escena en components/three/.",
            """En la página de producto el modelo tarda 6 segundos en aparecer y mientras se ve un hueco. Implementa: (1) un placeholder de baja resolución (el *_low.glb ya existe) que se sustituye al cargar el definitivo, (2) precarga del modelo al pasar el ratón por la tarjeta en el listado, (3) liberar memoria al salir de la página.""",
        ),
        _s(
            "Eres un profesor de gráficos por ordenador. Explica con analogías y sin fórmulas complicadas.",
            "¿Qué es un shader y por qué hay dos, el de vértices y el de fragmentos? Soy de diseño gráfico y quiero entender qué hace la tarjeta gráfica.",
        ),
        _s(
            "Eres el asistente interno del estudio Polígono Sur. Respuestas cortas y técnicas.",
            """En el proyecto de la feria, los vídeos que ponemos como textura en las pantallas 3D (VideoTexture) se ven con colores lavados y en iOS directamente no se reproducen. El vídeo es MP4 H.264. ¿Qué revisamos?""",
        ),
        _s(
            "You review pull requests for a three.js codebase. Be blunt.",
            """Revisa esto, por favor:

window.addEventListener('resize', () => {
  renderer = new THREE.WebGLRenderer({ canvas });
  renderer.setSize(innerWidth, innerHeight);
  camera.aspect = innerWidth / innerHeight;
});""",
        ),
        _s(
            "Eres el bot de soporte de una plataforma de visores 3D para fabricantes de maquinaria.",
            "Nuestro tractor se ve bien en ordenador pero en la tablet del comercial las piezas de cromo salen negras. ¿Es un fallo vuestro o del modelo?",
        ),
        _s(
            "Eres un agente de código. Repositorio: `rally-web`, Babylon.js 7 + Havok. src/vehicle/, src/track/, src/fx/dust.ts.",
            "El polvo que levantan las ruedas (src/fx/dust.ts, ParticleSystem por rueda) se ve plano y cortado contra el suelo. Cámbialo a GPUParticleSystem con partículas suaves (soft particles) que se difuminen al tocar el terreno, y que la cantidad dependa del deslizamiento de la rueda.",
        ),
        _u(
            """¿Cómo pinto sobre un modelo 3D en el navegador, tipo pintar una camiseta con el ratón? Quiero que el trazo se quede en la textura según el punto donde hago clic. Sé hacer raycasting y sacar las UV del punto de impacto, pero no sé cómo pintar en la textura de forma eficiente."""
        ),
        _u(
            """Mi InstancedMesh no proyecta sombras correctamente: todas las instancias hacen sombra como si estuvieran en el origen. Les pongo la matriz con setMatrixAt y llamo a instanceMatrix.needsUpdate = true. Uso un material personalizado con onBeforeCompile. ¿Qué me falta?"""
        ),
        _u(
            """Quiero hacer una visualización de música: una esfera que se deforma con las frecuencias del audio, con colores que cambian con el volumen. Tengo el AnalyserNode de Web Audio. ¿Cómo paso el espectro al vertex shader de forma eficiente cada frame?"""
        ),
        _u("""Tengo un shader de cielo con gradiente y sol, y en monitores normales se ven bandas de color muy marcadas en el degradado (banding), sobre todo en el atardecer. ¿Cómo se quita? He oído hablar de dithering pero no sé dónde meterlo:

vec3 sky = mix(uHorizon, uZenith, pow(max(dir.y, 0.0), 0.6));
float sun = smoothstep(0.9995, 1.0, dot(dir, uSunDir));
gl_FragColor = vec4(sky + sun * uSunColor, 1.0);"""),
    ],
    "ja": [
        _u("""three.jsで不動産サイト用に間取りの3Dモデルを表示しているのですが、壁の角の部分にチラチラと線が出ます。以下が設定です。

const renderer = new THREE.WebGLRenderer({ antialias: false });
const camera = new THREE.PerspectiveCamera(50, w / h, 0.001, 10000);

床と壁が同じ位置で重なっている箇所があります。原因と対策を教えてください。"""),
        _u("""このフラグメントシェーダーで、テクスチャの色がなぜか上下逆さまになります。

uniform sampler2D uTex;
varying vec2 vUv;
void main() {
  gl_FragColor = texture2D(uTex, vUv);
}

テクスチャはcanvasで描いた文字をCanvasTextureにしたものです。普通の画像だと正しく表示されます。flipYが関係していますか？"""),
        _u("""以下のような企画です。実装方針をアドバイスください。

・地方自治体の観光PR用Webサイト
・棚田の風景を3Dで再現し、季節（田植え・青田・稲刈り・雪）をスライダーで切り替え
・ドローン撮影のフォトグラメトリーデータあり（約800万ポリゴン、テクスチャ8K×6枚）
・高齢者もスマホで見るので、操作は簡単に
・予算は小さく、保守は地元の制作会社

特にデータの軽量化と季節切り替えの表現方法が知りたいです。"""),
        _u("""react-three-fiberでポストエフェクトを入れたら、Canvasの背景が透明にならなくなりました。

<Canvas gl={{ alpha: true }}>
  <Model />
  <EffectComposer>
    <Bloom intensity={1.2} luminanceThreshold={0.8} />
  </EffectComposer>
</Canvas>

EffectComposerを外すと背景のHTMLが透けて見えます。Bloomを保ったまま透過させるには？"""),
        _u("""WebGPUでシャドウマップを実装中です。深度テクスチャをサンプリングしようとしたら以下のエラーが出ました。

Texture binding "shadowMap" has sample type "float" but the texture format "depth32float" is a depth format and requires sample type "depth" or "unfilterable-float".

バインドグループレイアウトは layout: 'auto' です。WGSL側は var shadowMap: texture_2d<f32>; にしています。どこを直せばよいですか？"""),
        _u("""Babylon.jsで作っている工場ラインのシミュレーターで、コンベア上を流れる製品（最大3000個）をそれぞれMeshで動かしています。FPSが20まで落ちます。以下がループです。

scene.onBeforeRenderObservable.add(() => {
  for (const p of products) {
    p.mesh.position.x += p.speed * engine.getDeltaTime() / 1000;
    if (p.mesh.position.x > 50) p.mesh.position.x = -50;
  }
});

thin instanceに置き換える書き方を教えてください。製品ごとに色も変えたいです。"""),
        _u("""GLSLのこの関数がやっていることを解説してください。法線マップの処理らしいのですが、TBN行列を使わずにやっていて理解できません。

vec3 perturbNormal(vec3 pos, vec3 n, vec2 uv, vec3 mapN) {
  vec3 q0 = dFdx(pos);
  vec3 q1 = dFdy(pos);
  vec2 st0 = dFdx(uv);
  vec2 st1 = dFdy(uv);
  vec3 S = normalize(q0 * st1.t - q1 * st0.t);
  vec3 T = normalize(-q0 * st1.s + q1 * st0.s);
  mat3 tsn = mat3(S, T, n);
  return normalize(tsn * mapN);
}"""),
        _u("""PlayCanvasのゲームで、iPhoneだけ画面が真っ黒になります。Safariのコンソールには次のように出ています。

WebGL: context lost.
[PlayCanvas] Device lost, attempting restore...
Total canvas memory use exceeds the maximum limit (384 MB).

キャンバスのdevicePixelRatioは3のままにしています。関係ありますか？"""),
        _u(
            """three.jsで日本地図の都道府県を押し出し（extrude）して、人口に応じて高さを変えたいです。GeoJSONはあります。ShapeとExtrudeGeometryで作ると沖縄や北海道の島が多くて重くなります。どうやってまとめるのが良いですか？あと、ホバーした県だけ光らせたいです。"""
        ),
        _u("""このコード、ウィンドウをリサイズすると画像が伸びてしまいます。修正してください。

const camera = new THREE.PerspectiveCamera(45, innerWidth / innerHeight, 0.1, 100);
renderer.setSize(innerWidth, innerHeight);

window.addEventListener('resize', () => {
  renderer.setSize(innerWidth, innerHeight);
});

あと、Retinaディスプレイでぼやけるのも気になります。"""),
        _u(
            """生徒向けに、分子の軌道（s軌道、p軌道、d軌道）を3Dで見られる教材をブラウザで作りたい高校の化学教師です。確率密度を点の雲で表現したいのですが、どうやって点を配置すればいいでしょうか。three.jsを少し触ったことがあります。"""
        ),
        _u("""カメラを物体の周りで回すとき、真上に来るとカメラがくるっと反転してしまいます（ジンバルロック？）。自作のコードです。

camera.position.set(
  r * Math.cos(phi) * Math.sin(theta),
  r * Math.sin(phi),
  r * Math.cos(phi) * Math.cos(theta)
);
camera.lookAt(0, 0, 0);

phiは-90度〜90度の範囲で動かしています。"""),
        _u("""WebGL2で遅延レンダリング（ディファードシェーディング）を自前で書いています。G-bufferに複数のカラーアタッチメントを使うとき、以下でエラーになります。

gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT1, gl.TEXTURE_2D, normalTex, 0);
gl.drawBuffers([gl.COLOR_ATTACHMENT0, gl.COLOR_ATTACHMENT1]);

FRAMEBUFFER_INCOMPLETE_ATTACHMENT が返ってきます。normalTexは RGBA16F で作っています。"""),
        _u(
            """ECサイトで腕時計の3Dビューアーを出したいです。文字盤のガラスの映り込み、金属ベルトの質感、回転させたときのキラッとしたハイライトが重要です。モデルは外注で作ってもらう予定なので、発注時に指定すべき仕様（ポリゴン数、テクスチャ、マテリアル設定）を教えてください。"""
        ),
        _u("""Babylon.jsのGUIで、3D空間のキャラクターの頭上にHPバーを表示しています。100体を超えると急激に重くなります。

for (const e of enemies) {
  const rect = new GUI.Rectangle();
  rect.width = '60px';
  rect.height = '8px';
  ui.addControl(rect);
  rect.linkWithMesh(e.mesh);
  rect.linkOffsetY = -80;
}

もっと軽い方法はありますか？"""),
        _u(
            """シェーダーで「時間がたつと錆びていく鉄」の表現をしたいです。錆のテクスチャとノイズを使って、uProgressが0→1で錆が広がるようにしたい。凹んだところから先に錆びるようにしたいのですが、AOマップを使えばいいですか？MeshStandardMaterialを拡張する形で書いてほしいです。"""
        ),
        _u(
            """ブラウザで動く3Dの建設現場の進捗管理ツールを作っています。BIMモデル（IFC）の部材ごとに「未着工・施工中・完了」で色分けし、日付スライダーで進捗を再生したいです。部材は約12万個です。色の切り替えを高速にするにはどう実装すべきでしょうか。"""
        ),
        _u("""このエラーの意味が分かりません。

GL_INVALID_OPERATION: glDrawArrays: Feedback loop formed between Framebuffer and active Texture.

ブラーのポストエフェクトで、同じレンダーターゲットを読みながら書いている…のかもしれません。ピンポンバッファって何ですか？"""),
        _u(
            """three.jsのLine2（太さのある線）で描いた経路が、カメラを遠ざけると途切れ途切れになります。物流センターのAGVの走行ルートを表示しています。linewidthは3、worldUnitsはfalseです。解決方法は？"""
        ),
        _u(
            """WebXRでQuest 3向けに博物館の展示を作っています。手で土器をつかんで回転させたいのですが、three.jsのXRHandModelFactoryで手は表示できても、物をつかむ判定の作り方が分かりません。ピンチでつかむ仕組みを教えてください。"""
        ),
        _m(
            "明日の会議のアジェンダ作成を手伝ってもらえますか？",
            "もちろんです。目的、議題（各10分程度）、決定事項の確認、次回アクションの順で構成するのがおすすめです。",
            "ありがとうございます。会議の議題の一つなんですが、うちの3D製品ビューアで、モデル読み込み中に画面が固まる件。GLTFLoaderでparseしてる間にUIが止まるのはなぜで、どう直すか説明できるようにしたいです",
        ),
        _m(
            "three.jsで影をやわらかくしたいです。",
            "renderer.shadowMap.type = THREE.PCFSoftShadowMap にするか、VSMShadowMapを試してください。shadow.radiusで柔らかさを調整できます（VSM時）。",
            "VSMにしたら、床に光の漏れみたいなのが出ました",
        ),
        _m(
            "ゲーム用の水面シェーダーを書いています。",
            "どのような表現を目指していますか？リアル系かトゥーン系か。",
            "トゥーン系です。岸辺や岩の周りに白い泡のラインが出るようにしたい。デプスを使うと聞いたのですが、r3fでどうやりますか",
        ),
        _m(
            "Babylon.jsのNode Material Editorって何に使うんですか？",
            "ノードをつないでシェーダーを作れるビジュアルエディタです。作ったマテリアルはJSONやコードで書き出してシーンで使えます。",
            "作った溶岩マテリアルを読み込むと、エディタより暗く見える。なぜ？",
        ),
        _m(
            "WebGLのテクスチャサイズは2のべき乗じゃないとダメなんですか？",
            "WebGL1ではミップマップやリピートを使うなら2のべき乗が必要でした。WebGL2ではその制限はほぼなくなっています。",
            "じゃあ1920x1080の画像をそのまま床のタイルに使ってrepeatしても大丈夫？",
        ),
        _m(
            "3Dのキャラクターに髪の毛を付けたい",
            "ポリゴンの板（ヘアカード）にアルファ付きテクスチャを貼る方法が、ブラウザでは一般的です。",
            "それやったら髪の毛の重なりがおかしくて、奥の髪が手前に見えたりする",
        ),
        _m(
            "Excelで重複を削除する方法は？",
            "データタブの「重複の削除」を使うか、UNIQUE関数で一覧を作るのが簡単です。",
            "助かりました。ついでに、そのExcelにある倉庫の棚の座標データを、ブラウザで3Dの棚として表示したいんですが、何から始めればいいですか",
        ),
        _m(
            "GPUパーティクルとCPUパーティクルの違いは？",
            "CPU側で位置を計算して毎フレーム転送するのがCPUパーティクル、計算自体をシェーダーで行うのがGPUパーティクルです。大量に出すならGPUが有利です。",
            "花火を作りたいんです。打ち上げ→爆発→光の粒が落ちて消える。GPUでやるとして、爆発のタイミング制御はどうする？",
        ),
        _m(
            "r3fで物理演算を使いたい",
            "@react-three/rapier が定番です。<Physics>で囲み、<RigidBody>でメッシュを包めば動きます。",
            "積み木アプリで、ブロックを100個積むとプルプル震えて崩れる。設定で安定させられる？",
        ),
        _s(
            "あなたはIDEに組み込まれたコーディングアシスタントです。開いているリポジトリは `sakura-viewer`（Vite + three.js r161）。桜の名所を3Dで見せるサイトです。主要ファイル：src/scene/Trees.ts、src/scene/Petals.ts、src/shaders/petal.vert.glsl。",
            "Petals.tsで花びらを5万枚Pointsで降らせていますが、全部同じ向きで板っぽいです。InstancedMeshに変えて、花びらごとにランダムな回転と、風でひらひら舞う動きを頂点シェーダーで付けてください。地面に落ちた花びらはしばらく残してから消したいです。",
        ),
        _s(
            "You are an autonomous coding agent. Repository: `onsen-vr` — a WebXR hot-spring walkthrough built with Babylon.js 7. Scenes live in src/scenes/, shaders in src/shaders/.",
            "湯けむりを追加してください。src/scenes/Rotenburo.ts の湯船の上に、ゆらゆら立ち上る湯気を。VRで見ると板ポリの湯気は不自然なので、カメラに正対しても破綻しない方法で。Quest 2でも72fpsを維持すること。",
        ),
        _s(
            "あなたはCG入門講座のチューターです。専門用語はかみくだいて説明してください。",
            "法線（ノーマル）ってそもそも何ですか？スムーズシェーディングとフラットシェーディングの違いが、法線とどう関係するのか知りたいです。",
        ),
        _s(
            "あなたは株式会社ミライ設計の社内アシスタントです。簡潔に答えてください。",
            """社内の3D設備ビューア（three.js）で、Chromeのタブをしばらく裏にしてから戻ると、アニメーションが一気に早送りされたように動きます。requestAnimationFrameの中で Date.now() の差分で動かしています。どう直すのが正しいですか？""",
        ),
        _s(
            "あなたはコードレビュアーです。問題点を具体的に指摘してください。",
            """レビューお願いします（PlayCanvasのスクリプト）：

Spinner.prototype.update = function (dt) {
  const mat = this.entity.render.meshInstances[0].material;
  mat.emissive = new pc.Color(Math.random(), Math.random(), Math.random());
  mat.update();
  this.entity.rotate(0, 90 * dt, 0);
};

シーンにこのスクリプトのエンティティが400個あります。""",
        ),
        _s(
            "あなたは3Dコマースプラットフォームのサポート担当ボットです。",
            "アップロードしたソファのモデルの色が、商品写真と全然違います。写真はベージュなのに画面だと黄色っぽいです。ライティングの設定で直せますか？",
        ),
        _s(
            "You are a coding agent in the repo `shinkansen-sim` (TypeScript, WebGPU renderer written from scratch). src/gpu/device.ts, src/gpu/passes/, src/shaders/*.wgsl.",
            "トンネルに入ったときの暗転と、出たときの露出オーバーからの順応を再現したいです。src/gpu/passes/ に自動露出（平均輝度をcompute shaderで縮約して求める）パスを追加し、トーンマッピングパスで使えるようにしてください。",
        ),
        _u(
            """スマホで3Dモデルを指で回転・ピンチズームできるようにしたいです。OrbitControlsを入れたのですが、ページのスクロールと干渉して、モデルを回そうとするとページがスクロールしてしまいます。縦スクロールのLPの途中に3Dを埋め込んでいます。"""
        ),
        _u(
            """ブラウザゲームで、敵を倒したときに体がバラバラの破片になって飛び散る演出を入れたいです。モデルを事前に割っておく方法と、実行時にボロノイで割る方法、どちらが現実的ですか？three.js + cannon-esです。"""
        ),
        _u(
            """Three.jsのEffectComposerでSSAOPassを使うと、遠くの山までモヤっと黒くなってしまいます。近くの建物の隙間だけに効かせたいです。kernelRadius、minDistance、maxDistanceをどう設定すればいいのか、それぞれの意味から教えてください。"""
        ),
        _u(
            """3Dの展示会ブースをWebで再現するプロジェクトです。ブース内に動画を流すモニターが20台あり、VideoTextureを20個作ったらメモリもCPUも限界です。同じ動画を流すモニターもあります。どう最適化すればよいですか？"""
        ),
    ],
    "zh": [
        _u("""我用 three.js 做了个智慧园区大屏，楼宇模型加载后颜色发灰，和设计稿差很多。代码如下：

const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.toneMappingExposure = 0.6;

const loader = new GLTFLoader();
loader.load('park.glb', (gltf) => {
  gltf.scene.traverse((o) => {
    if (o.isMesh) o.material = new THREE.MeshLambertMaterial({ map: o.material.map });
  });
  scene.add(gltf.scene);
});

设计稿是在 Blender 里渲染的。问题出在哪？"""),
        _u("""这个片元着色器想做扫光效果（一道光带从下往上扫过建筑），但光带是斜的而且会随相机转动而变化，为什么？

varying vec2 vUv;
varying vec3 vPosition;
uniform float uTime;

void main() {
  float band = smoothstep(0.0, 0.05, abs(vPosition.y - mod(uTime * 10.0, 100.0)));
  vec3 col = mix(vec3(0.0, 1.0, 1.0), vec3(0.05, 0.1, 0.2), band);
  gl_FragColor = vec4(col, 1.0);
}

顶点着色器里 vPosition = (modelViewMatrix * vec4(position, 1.0)).xyz;"""),
        _u("""需求文档摘要，想听听技术方案：
- 城市级数字孪生，覆盖 50 平方公里
- 倾斜摄影数据（3D Tiles 格式），约 200 GB
- 需要叠加实时车流（约 2 万辆车的点位，每秒更新）
- 支持日照分析和天际线分析
- 浏览器端，客户电脑配置一般

用 Cesium 还是 three.js + 3d-tiles-renderer？车流怎么渲染才不卡？"""),
        _u("""r3f 里我用 useLoader 加载纹理，切换产品颜色的时候画面会闪一下白色，是因为 Suspense 吗？

function Sofa({ fabric }) {
  const tex = useLoader(THREE.TextureLoader, `/fabrics/${fabric}.jpg`);
  return (
    <mesh geometry={nodes.sofa.geometry}>
      <meshStandardMaterial map={tex} />
    </mesh>
  );
}

<Suspense fallback={null}><Sofa fabric={current} /></Suspense>

怎么做到切换时保持旧纹理直到新的加载完？"""),
        _u("""WebGPU 报错，看不懂：

GPUValidationError: Attachment state of [RenderPipeline "main"] is not compatible with [RenderPassEncoder].
[RenderPassEncoder] expects an attachment state of { colorFormats: [TextureFormat::BGRA8Unorm], depthStencilFormat: TextureFormat::Depth24Plus, sampleCount: 4 }.
[RenderPipeline "main"] has an attachment state of { colorFormats: [TextureFormat::BGRA8Unorm], depthStencilFormat: TextureFormat::Depth24Plus, sampleCount: 1 }.

我刚给渲染通道加了 MSAA。pipeline 那边还要改什么？"""),
        _u(
            """Babylon.js 做的在线看房，切换房间时用的 scene.dispose() 再新建 scene，结果第三次切换之后浏览器直接崩了。是不是 dispose 没释放干净？有没有更好的场景切换方式，比如只换网格和贴图？"""
        ),
        _u("""求解释一下这段 GLSL 在干嘛，是一个开源项目里的地形着色器：

float h = texture2D(uHeight, uv).r;
float hx = texture2D(uHeight, uv + vec2(uTexel.x, 0.0)).r;
float hy = texture2D(uHeight, uv + vec2(0.0, uTexel.y)).r;
vec3 n = normalize(vec3(h - hx, uTexel.x * 2.0 / uScale, h - hy));
vNormal = n;

为什么法线的 y 分量是那样算的？"""),
        _u("""我们做了一个 3D 展厅小程序（其实是 H5 嵌在微信里），在部分安卓机上纹理全是黑的，控制台有：

WebGL: INVALID_OPERATION: texImage2D: type FLOAT but ArrayBufferView not Float32Array
THREE.WebGLRenderer: EXT_color_buffer_float extension not supported.

是不是这些机器不支持浮点纹理？有什么兼容方案？"""),
        _u(
            """想做一个中国古建筑斗拱的拆解演示：点一下斗拱，各个构件（斗、栱、昂）按顺序飞出来并标注名称，再点一下组装回去。模型是分件的 glb。用 three.js 怎么组织这个动画？顺序和路径怎么配置比较方便改？"""
        ),
        _u("""这段代码做鼠标拾取，在页面有滚动条的时候拾取位置就偏了：

window.addEventListener('click', (e) => {
  mouse.x = (e.clientX / window.innerWidth) * 2 - 1;
  mouse.y = -(e.clientY / window.innerHeight) * 2 + 1;
  raycaster.setFromCamera(mouse, camera);
  const hits = raycaster.intersectObjects(scene.children, true);
  if (hits.length) select(hits[0].object);
});

canvas 不是全屏的，是嵌在页面中间的一个 800x600 的 div 里。"""),
        _u(
            """给我讲讲 PBR 里的 IBL（基于图像的光照）是怎么实现的？为什么要把 HDR 环境图预过滤成不同粗糙度的 mipmap，还有那个 BRDF LUT 是干嘛的。我在自己写 WebGL 渲染器，想搞懂原理再写。"""
        ),
        _u(
            """PlayCanvas 做的 H5 小游戏，首包 18MB，用户在 4G 下要等很久。资源主要是模型和贴图。我想做按需加载和压缩纹理，PlayCanvas 的 asset 系统该怎么配？Basis 纹理在 iOS 微信里能用吗？"""
        ),
        _u(
            """风电场监控大屏，要在 three.js 里显示 120 台风机，叶片要按实时转速转动，还要根据告警状态变色、闪烁。现在每台风机是克隆的整个 glb（塔筒、机舱、三片叶片），帧率只有 25。怎么优化？"""
        ),
        _u("""把这个 WebGL1 写法的后处理改成 three.js 的 ShaderPass，我不知道 tDiffuse 是怎么传进去的：

precision highp float;
uniform sampler2D uScene;
uniform float uAmount;
varying vec2 vUv;
void main() {
  vec2 off = (vUv - 0.5) * uAmount;
  float r = texture2D(uScene, vUv + off).r;
  float g = texture2D(uScene, vUv).g;
  float b = texture2D(uScene, vUv - off).b;
  gl_FragColor = vec4(r, g, b, 1.0);
}"""),
        _u(
            """我想在浏览器里做一个汽车外观的实时光线追踪效果展示，WebGPU 能做到吗？还是用屏幕空间反射 + 环境贴图糊弄一下就够了？目标设备是 RTX 显卡的台式机，展会现场用。"""
        ),
        _u("""性能分析结果：

- Chrome Performance：每帧 Scripting 11ms，其中 Object3D.updateMatrixWorld 占 6ms
- 场景中 Object3D 数量约 8 万（很多是空的 Group，导出时的层级）
- 静态物体占 95%

这是一个化工厂管道的三维模型。怎么减少 matrixWorld 的更新开销？"""),
        _u(
            """用 InstancedMesh 画了 10 万棵树，想让每棵树随风摇摆的相位不一样。我在 onBeforeCompile 里加了 uniform uTime，但所有树都一起摇。怎么给每个实例加一个随机相位的属性？用 InstancedBufferAttribute 吗？顶点着色器里怎么读？"""
        ),
        _u(
            """Babylon.js 的阴影在 WebXR 模式下（Pico 4 头显）左右眼不一致，一只眼有阴影另一只眼没有，或者有偏移。非 XR 模式正常。用的是 CascadedShadowGenerator。有人遇到过吗？"""
        ),
        _u(
            """我是做室内设计的，想在官网上放可以漫游的 3D 样板间。听说要"烘焙光照"才好看，这个烘焙是在 Blender 里做还是在网页里做？烘焙完导出什么格式，网页上怎么用？请按步骤讲。"""
        ),
        _u("""WGSL 里这个结构体在 uniform buffer 里对齐不对，读出来的 color 是错的：

struct Params {
  time: f32,
  color: vec3f,
  scale: f32,
};

JS 端：new Float32Array([t, r, g, b, s]) 写进 buffer。为什么 color 不对？对齐规则是怎样的？"""),
        _m(
            "帮我写一段年会主持词开场白",
            "各位同事，大家晚上好！过去的一年，我们并肩作战、共同成长……今晚让我们放下忙碌，一起庆祝属于我们的时刻！",
            "好的谢谢。另外年会要在大屏上放一个 3D 的公司 logo，粒子汇聚成 logo 的那种，用 three.js 怎么做？logo 是 SVG",
        ),
        _m(
            "three.js 中如何实现物体描边高亮？",
            "可以用 OutlinePass，或者用背面放大法（复制网格、背面渲染、沿法线外扩），或用后处理基于深度和法线的边缘检测。",
            "OutlinePass 在选中物体被别的物体挡住的时候也会显示描边，能不能只显示可见部分的描边？",
        ),
        _m(
            "我们在做一个在线 3D 装修设计工具。",
            "听起来很有意思。墙体是参数化生成的还是导入的模型？",
            "参数化生成的。现在要在墙上开门窗洞，用 CSG 做布尔运算，每次拖动窗户都要重算，卡得不行",
        ),
        _m(
            "什么是 draco 压缩？",
            "Draco 是 Google 的几何压缩库，能大幅减小 glTF 里网格数据的体积，加载时在浏览器里解码。",
            "那贴图呢？我的模型 40MB 里 35MB 是贴图",
        ),
        _m(
            "帮我看看这个 Python 报错：KeyError: 'price'",
            "说明字典里没有 'price' 这个键。可以用 d.get('price') 或先检查键是否存在。",
            "解决了。换个问题：我们的商品 3D 展示页，模型转起来的时候边缘锯齿很严重，开了 antialias: true 也没用，因为用了 EffectComposer",
        ),
        _m(
            "想在网页上做一个太阳系，行星绕太阳转。",
            "可以用 Group 嵌套：太阳是根，每个行星放在一个旋转的 Group 里，Group 旋转就带动行星公转。",
            "好，那月球绕地球转同时地球绕太阳转，还要有地球自转，但是月球不能跟着地球自转，层级怎么搭？",
        ),
        _m(
            "WebGL 里的 VAO 有什么用？",
            "VAO（顶点数组对象）记录了顶点属性的配置和绑定的缓冲区，绘制前绑定一次 VAO 就能恢复全部状态，省去每次重复设置。",
            "我的代码用了 VAO 之后第二个物体显示成第一个物体的形状了",
        ),
        _m(
            "r3f 里怎么做第一人称漫游？",
            "drei 提供 PointerLockControls，配合键盘事件控制移动；要碰撞的话可以结合 rapier 的角色控制器。",
            "手机上没有鼠标锁定，要左边虚拟摇杆移动、右边滑动转视角，怎么做",
        ),
        _m(
            "我在 Babylon 里导入的人物模型有动画吗？怎么看？",
            "导入后检查 scene.animationGroups，每个 AnimationGroup 对应一段动画，可以调用 start、stop 控制。",
            "有 idle、walk、wave 三个。我想让人物走到某个展台前然后挥手，怎么串起来？",
        ),
        _s(
            "你是 IDE 中的编程助手。当前仓库 `smart-port-3d`：Vue3 + three.js r160 的智慧港口可视化。目录：src/three/core/、src/three/objects/Crane.ts、src/three/objects/Container.ts、src/api/ws.ts。",
            "集装箱现在每个都是一个 Mesh，堆场有 3 万个箱子，帧率 15。请把 Container.ts 改成按箱型分组的 InstancedMesh，支持按箱号查找实例、修改颜色和高亮，并保证 ws.ts 推送的位置更新能增量写入实例矩阵。",
        ),
        _s(
            "You are an autonomous coding agent. Repo: `dunhuang-cave` — a web exhibition of a Mogao cave mural scan, Babylon.js 7, src/cave/, src/ui/.",
            "观众拿手电筒照壁画的交互：鼠标位置发出一个聚光灯照在洞窟墙面上，光圈内显示高清壁画贴图，光圈外是昏暗低清。墙面网格 300 万面。请实现，并注意移动端用手指拖动代替鼠标。",
        ),
        _s(
            "你是图形学课程的助教，回答要通俗，但要准确。",
            "老师讲了透视除法，说 gl_Position 输出后 GPU 会除以 w。为什么要除以 w？w 是从哪来的？跟近大远小有什么关系？",
        ),
        _s(
            "你是「星图科技」内部开发助手，回答简明。",
            """我们的三维管网系统在某些集显笔记本上报：

THREE.WebGLRenderer: A WebGL context could not be created. Reason: Web page caused context loss and was blocked.

用户说打开过几次就再也打不开了，要重启浏览器才行。是什么机制？我们代码层面怎么避免触发？""",
        ),
        _s(
            "你是代码审查机器人，指出性能和正确性问题。",
            """请审查：

useFrame(() => {
  const v = new THREE.Vector3();
  ref.current.children.forEach((c) => {
    c.getWorldPosition(v);
    c.visible = v.distanceTo(camera.position) < 100;
  });
  invalidate();
});

场景里 children 有 2 万个，Canvas 设置了 frameloop="demand"。""",
        ),
        _s(
            "你是某三维展示 SaaS 平台的客服机器人，面向不懂技术的商家。",
            "我上传的珠宝戒指模型，钻石一点都不亮，看着像塑料。平台上有「材质」选项：金属、玻璃、宝石、塑料。我该怎么设置？",
        ),
        _s(
            "你是一个编码智能体。仓库：`gpu-fluid-demo`，原生 WebGPU + TypeScript，src/sim/*.wgsl 为模拟着色器，src/render/ 为渲染。",
            "现在的烟雾模拟是 2D 网格 256x256，请扩展成 3D（128^3），用 3D 存储纹理，并在 src/render/ 里加一个体渲染（光线步进）的 pass 显示密度场。注意 workgroup 大小和纹理格式在 Chrome 和 Safari 上的兼容性。",
        ),
        _u(
            """three.js 的 CSS3DRenderer 和 WebGLRenderer 混用，想在 3D 场景里嵌一个可以交互的网页 iframe（比如大屏里的一块屏幕显示实时图表），但是 iframe 总是在所有 3D 物体上面，不能被遮挡。有办法吗？"""
        ),
        _u(
            """我写的天空盒在相机移动时会跟着移动但旋转不对，看起来像贴在一个盒子上，一眼就看出来是盒子的边角。用的是 6 张图的 CubeTextureLoader，设置为 scene.background。这是图的问题还是代码问题？"""
        ),
        _u(
            """我们的轨道交通运维平台要把隧道做成 3D 的，隧道长 20 公里，沿线有几千个设备点。相机沿隧道飞行时远处会因为精度问题抖动（坐标很大，用的是真实的投影坐标）。怎么解决大坐标下的抖动？"""
        ),
        _u(
            """画一个会呼吸的发光球体当 AI 助手的形象，表面有流动的噪声纹理，说话时会根据音量起伏。用 r3f 写，给我完整组件代码，需要 Bloom 发光，背景透明以便叠在网页上。"""
        ),
    ],
    "en": [
        _u("""Can someone tell me why my r3f scene re-renders the whole tree every frame? React DevTools flashes like crazy.

function Boat() {
  const [t, setT] = useState(0);
  useFrame((state) => setT(state.clock.elapsedTime));
  return (
    <group position={[0, Math.sin(t) * 0.2, 0]} rotation={[Math.sin(t * 0.7) * 0.05, 0, 0]}>
      <Hull />
      <Sail />
      <Crew count={6} />
    </group>
  );
}

The boat bobs fine, it just eats the CPU."""),
        _u("""Getting this in the console the moment I add a second light with shadows:

THREE.WebGLProgram: Shader Error 0 - VALIDATE_STATUS false
FRAGMENT
ERROR: 0:412: 'pointShadowMap' : array index out of range
WARNING: Output of vertex shader 'vPointShadowCoord' not read by fragment shader

three r158, MeshStandardMaterial, two PointLights with castShadow. Works with one. Why?"""),
        _u("""Design brief from our client (a Norwegian salmon farm) for a trade-show kiosk:
- an underwater view of a fish pen, god rays coming down from the surface, particles floating
- a school of ~2,000 salmon swimming with believable flocking
- tap a fish to see a data card (weight, age, feed)
- runs in Chrome on a kiosk PC with a mid-range GPU, 4K touchscreen

How would you build this? I'm thinking three.js. Mostly worried about the flocking and the fish animation at that count."""),
        _u("""Explain what this WGSL does, line by line. I inherited it and there are zero comments:

@group(0) @binding(0) var src: texture_2d<f32>;
@group(0) @binding(1) var dst: texture_storage_2d<rgba16float, write>;

@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) id: vec3u) {
  let size = textureDimensions(src);
  if (id.x >= size.x / 2u || id.y >= size.y / 2u) { return; }
  let p = vec2i(id.xy) * 2;
  let c = (textureLoad(src, p, 0) + textureLoad(src, p + vec2i(1, 0), 0)
         + textureLoad(src, p + vec2i(0, 1), 0) + textureLoad(src, p + vec2i(1, 1), 0)) * 0.25;
  textureStore(dst, vec2i(id.xy), c);
}"""),
        _u("""Port this Babylon.js snippet to three.js for me? We're consolidating on one engine:

const pipeline = new BABYLON.DefaultRenderingPipeline("default", true, scene, [camera]);
pipeline.bloomEnabled = true;
pipeline.bloomThreshold = 0.8;
pipeline.bloomWeight = 0.4;
pipeline.depthOfFieldEnabled = true;
pipeline.depthOfField.focalLength = 50;
pipeline.depthOfField.fStop = 1.4;
pipeline.depthOfField.focusDistance = 2000;
pipeline.imageProcessing.toneMappingEnabled = true;
pipeline.imageProcessing.vignetteEnabled = true;
pipeline.fxaaEnabled = true;"""),
        _u("""My raw WebGL2 instanced grass renders, but every blade has the same position. I think the divisor isn't sticking?

gl.bindVertexArray(vao);
gl.bindBuffer(gl.ARRAY_BUFFER, offsetBuf);
gl.enableVertexAttribArray(1);
gl.vertexAttribPointer(1, 3, gl.FLOAT, false, 0, 0);
gl.bindVertexArray(null);
gl.vertexAttribDivisor(1, 1);

gl.bindVertexArray(vao);
gl.drawArraysInstanced(gl.TRIANGLES, 0, 9, 50000);"""),
        _u(
            """why does my skinned character's arm stretch into a long spike toward the origin whenever she waves? only in three.js, looks fine in blender and in the gltf viewer. she's cloned with object.clone() so we can have three of her on stage"""
        ),
        _u("""We measure ~4.5s time-to-first-frame on our product viewer and marketing wants under 2s. Breakdown from the Performance tab:

- 1.9s downloading sneaker.glb (11 MB, uncompressed, 4 x 4K PNG textures embedded)
- 0.8s parsing and uploading textures (main thread jank)
- 0.6s shader compilation (first render)
- 0.4s HDR environment load + PMREM
- rest is JS bundle

What would you attack first and with what tools?"""),
        _u(
            """I run a small escape-room business and want to make a browser "preview" of one of our rooms: a 1920s study with a desk lamp, dusty air, a flickering fireplace, and a few objects you can pick up and inspect. I know basic JavaScript. What would the build look like, roughly, and which parts will be hardest for a beginner?"""
        ),
        _u("""This shader is supposed to do a hex grid overlay on the ground for our tactics game, but the hexes come out squashed vertically. Help?

vec2 hexUv(vec2 p) {
  vec2 r = vec2(1.0, 1.73);
  vec2 h = r * 0.5;
  vec2 a = mod(p, r) - h;
  vec2 b = mod(p - h, r) - h;
  return dot(a, a) < dot(b, b) ? a : b;
}

void main() {
  vec2 g = hexUv(vWorldPos.xz * uScale);
  float edge = smoothstep(0.45, 0.5, length(g));
  gl_FragColor = vec4(mix(uBase, uLine, edge), 1.0);
}"""),
        _u("""PlayCanvas question: we've got a script that swaps an entity's material on hover and after a few minutes the editor preview starts stuttering. Here's the hover code:

Hover.prototype.onEnter = function () {
  const m = this.entity.render.meshInstances[0].material.clone();
  m.emissive.set(1, 0.8, 0.2);
  m.update();
  this.entity.render.meshInstances[0].material = m;
};

Hover.prototype.onLeave = function () {
  this.entity.render.meshInstances[0].material = this.original;
};"""),
        _u(
            """What actually happens on the GPU when I set transparent: true on a material in three.js? Like, why does it break sorting, why are intersecting transparent meshes always wrong, and what is order-independent transparency buying you? I'd like the real explanation, not just "set depthWrite false"."""
        ),
        _u(
            """Building a browser-based MRI teaching tool, and I need a "slice plane" the student can drag through a 3D brain mesh, showing the cut surface as a solid color instead of seeing into the hollow inside. Using clippingPlanes on MeshStandardMaterial. The clipping works, the capping doesn't. How do people do caps with stencil in three.js?"""
        ),
        _u("""Chrome's throwing this only on some Windows laptops with Intel graphics:

[.WebGL-0x5c0c00]GL_OUT_OF_MEMORY: Internal D3D11 error: HRESULT: 0x8007000E: Error allocating Texture2D
WebGL: CONTEXT_LOST_WEBGL: loseContext: context lost

We allocate a 4096 shadow map, a 2x MSAA render target at full res (DPR 2 on a 4K screen), plus bloom mips. Why just Intel? What should we scale down?"""),
        _u(
            """Need a camera rig for a cinematic product reveal in r3f: slow dolly-in, slight handheld wobble, rack focus from the box to the watch inside, all driven by a GSAP timeline scrubbed by scroll. Could you give me the component structure and the DOF setup with @react-three/postprocessing?"""
        ),
        _u(
            """Our floor-plan app renders walls as extruded shapes. When users zoom out to see the whole building, the thin walls shimmer and partially disappear, like a moiré pattern. Walls are 0.1 units thick, building is about 400 units across. MSAA is on. What causes this and how do we keep thin geometry stable at distance?"""
        ),
        _u(
            """Write me a WebGPU render loop skeleton in TypeScript that: creates a depth texture that's recreated on canvas resize, uses a uniform buffer with a view-projection matrix updated each frame, and draws one indexed mesh. No libraries except gl-matrix. I keep getting the depth texture size wrong after resize."""
        ),
        _u(
            """In Babylon, how do I get decent-looking grass on a big open terrain (2km x 2km) for a farming sim? I tried SolidParticleSystem with quads and it tanks at ~100k blades. I want density near the camera and nothing far away, and the grass should bend when the tractor drives over it."""
        ),
        _u("""This is from our game's particle system. Smoke puffs look fine individually but where many overlap it turns into a solid bright white blob. What's wrong with the blending?

const mat = new THREE.PointsMaterial({
  map: smokeTex,
  size: 4,
  transparent: true,
  blending: THREE.AdditiveBlending,
  depthWrite: false,
  color: 0x999999,
});"""),
        _u(
            """I'm a product manager, not a graphics person. Our engineers say the 3D configurator "can't have real reflections on the car paint because of WebGL" and they're proposing baked environment maps. Is that true? What are the actual options and trade-offs so I can have an informed conversation?"""
        ),
        _m(
            "Can you proofread my cover letter intro? 'I am writing to express my interest for the position...'",
            "Small fix: 'interest in the position' rather than 'interest for'. Otherwise it reads well; consider opening with a specific achievement instead.",
            "Thanks. Unrelated: the job's at a studio doing WebGL experiences and the take-home is 'make a three.js scene with a reflective floor and a moving light'. what's the cleanest way to do the reflective floor?",
        ),
        _m(
            "I'm making a tiny three.js demo where a ball rolls around a bowl.",
            "Nice. Are you using a physics library, or faking it with your own integration?",
            "faking it. but the ball slides instead of rolling, the texture doesn't spin. how do I get the rotation right from the velocity?",
        ),
        _m(
            "Our web map shows 3D buildings with MapLibre, and we want to add animated delivery drones on top.",
            "You can add a custom layer that renders with three.js using MapLibre's shared WebGL context and its projection matrix.",
            "tried it. drones render but they're upside down and way too big, and they flicker when the map tilts",
        ),
        _m(
            "What's the difference between a normal map and a bump map?",
            "A bump map stores height and the renderer derives normals from its slope; a normal map stores the perturbed normal directly in RGB, giving more control and usually better quality.",
            "so for my procedural brick wall shader, should I compute a normal from the height noise in the shader, and if so how, without a texture?",
        ),
        _m(
            "We ship a three.js app inside an Electron kiosk.",
            "OK. Any particular issue with it?",
            "after ~6 hours running the fps drops from 60 to 20. memory looks stable in task manager. GPU memory? how do I even check that",
        ),
        _m(
            "Can r3f render only when something changes?",
            'Yes, set frameloop="demand" on the Canvas and call invalidate() when state changes; drei controls call it for you.',
            "did that, but my GLTF animation (a door opening) now only moves when I wiggle the mouse",
        ),
        _m(
            "How many lights can a three.js scene realistically have?",
            "With the default forward renderer each light adds cost to every lit fragment, so a few dozen dynamic lights is already heavy. For many lights you bake, use light probes, or go clustered/deferred.",
            "we need ~200 small lights for a christmas market scene (string lights on stalls). what's the trick?",
        ),
        _m(
            "Give me a good stretching routine for after running",
            "Try 30 seconds each: standing quad stretch, hamstring stretch, calf stretch against a wall, hip flexor lunge, and a figure-four glute stretch.",
            "cheers. back to work: my babylon scene looks great in chrome but washed out in firefox. same machine. what could differ?",
        ),
        _m(
            "I'm building a rubik's cube in three.js.",
            "Fun project. The usual approach is 27 cubies, and for a face turn you temporarily parent the 9 affected cubies to a pivot group and rotate the pivot.",
            "after a few turns the cubies drift slightly out of alignment, little gaps appear. floating point?",
        ),
        _s(
            "You are a coding assistant embedded in the IDE. Open repository: `tidepool`, a Vite + three.js r162 ocean-life simulation for an aquarium's website. Key files: src/world/Ocean.ts, src/creatures/Jellyfish.ts, src/shaders/jelly.vert, src/shaders/jelly.frag.",
            "The jellyfish look like solid plastic. Update jelly.frag and Jellyfish.ts so the bells are translucent with a fresnel rim glow, the inner organs are visible through the bell, and the whole thing pulses with the swimming animation. Keep it to one draw call per jellyfish if you can.",
        ),
        _s(
            "You are an autonomous coding agent operating in the repository `hangar-ar`, a WebXR aircraft maintenance trainer built on Babylon.js 7. src/xr/, src/aircraft/, src/steps/ (JSON procedures).",
            """When a trainee completes a step (e.g. 'remove panel 4L'), the relevant part should animate off and the next part to work on should pulse with a highlight visible through other geometry. Right now HighlightLayer only draws where the mesh is visible. Implement an x-ray style highlight for occluded targets, and make sure it works in immersive-ar on Quest 3.""",
        ),
        _s(
            "You are a patient graphics tutor for self-taught web developers.",
            "What is a framebuffer, really? Every post-processing tutorial says 'render to a texture' and I nod along but I don't get what's physically happening or why you can't just read the canvas.",
        ),
        _s(
            "You are Ops Helper, the internal assistant at Quarry Labs. Answer briefly.",
            """Sentry keeps reporting this from our 3D site-survey viewer in Safari 17:

Unhandled Promise Rejection: OperationError: WebGPU device was lost: reason 'unknown'

We use three's WebGPURenderer with a WebGL fallback. What does a lost device mean, and how should we recover without reloading the page?""",
        ),
        _s(
            "You review pull requests on a team that builds browser games. Focus on correctness and frame time.",
            """PR: 'add screen shake'

function shake(intensity) {
  const start = camera.position.clone();
  for (let i = 0; i < 30; i++) {
    setTimeout(() => {
      camera.position.set(start.x + Math.random() * intensity, start.y + Math.random() * intensity, start.z);
    }, i * 16);
  }
}""",
        ),
        _s(
            "You are the support assistant for a SaaS that lets furniture brands publish 3D product viewers. Users are non-technical.",
            "The wooden table I uploaded has weird black stripes across the top in your viewer, but it looks fine when I open the file on my computer. What do I need to change?",
        ),
        _s(
            "You are a coding agent. Repo: `city-pulse`, a deck.gl + React dashboard showing live transit vehicles in 3D over a city. src/layers/, src/data/feed.ts.",
            "The bus models (ScenegraphLayer with bus.glb) pop between positions every 10 s when the feed updates. Interpolate positions and headings smoothly between updates along the route shape, and tilt the buses on slopes using the terrain elevation we already load in src/layers/terrain.ts.",
        ),
        _u(
            """three.js TransformControls on a selected object in our level editor: when the object is a child of a rotated and scaled parent, dragging the gizmo moves it in the wrong direction and the scale handle skews it. Any clean way to edit objects in world space under transformed parents?"""
        ),
        _u(
            """I want stylized clouds for a cozy farming game in the browser: soft, puffy, slightly cel-shaded, drifting slowly, and you can fly through them. Volumetric raymarching seems overkill. What approaches do people use, and which one would you pick for Babylon.js on mid-range laptops?"""
        ),
        _u(
            """My scene's shadow acne appears only on the curved surfaces (a cylinder silo and a dome) but not on flat ground. bias is -0.0001, normalBias 0, PCFSoftShadowMap, shadow camera frustum 200 units wide with a 2048 map. What's special about curved surfaces here?"""
        ),
        _u("""Quick sanity check on this vertex shader for a billboarded health bar. It faces the camera but shrinks with distance, and I want it a constant size in pixels:

void main() {
  vec4 center = modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  center.xy += position.xy * uSize;
  gl_Position = projectionMatrix * center;
}

How do I do the offset in clip space instead?"""),
    ],
    "de": [
        _u("""Hallo zusammen, mein three.js-Konfigurator für Küchenfronten zeigt die Holzmaserung auf den Seitenflächen total verzerrt, oben passt sie. Geometrie kommt so rein:

const shape = new THREE.Shape();
shape.moveTo(0, 0);
shape.lineTo(w, 0);
shape.lineTo(w, h);
shape.lineTo(0, h);
const geo = new THREE.ExtrudeGeometry(shape, { depth: 0.019, bevelEnabled: true, bevelSize: 0.002 });
const mat = new THREE.MeshStandardMaterial({ map: oakTex });

Woran liegt das und wie bekomme ich vernünftige UVs für die Kanten?"""),
        _u("""Kann mir jemand diese Fehlermeldung erklären? Kommt in Firefox beim Laden unserer Szene:

WebGL warning: drawElementsInstanced: Vertex attrib array 3 is enabled but has no buffer bound.
WebGL warning: drawElementsInstanced: Drawing to a destination rect smaller than the viewport rect.

Die Szene nutzt InstancedMesh für Schrauben in einem Maschinenmodell. In Chrome keine Warnungen."""),
        _u("""Konzept von unserer Agentur für einen Autobauer (fiktiv: „Brenner Motorenwerke“):
- Landingpage mit dem neuen E-SUV in einer Halle aus Beton, Licht fällt durch Dachfenster
- Nutzer dreht das Auto, kann Türen öffnen, Innenraum per Klick betreten
- Tag/Nacht-Umschalter, nachts leuchten die LED-Streifen des Autos
- Desktop und Mobile, Lighthouse-Score darf nicht abstürzen

Wie würdet ihr das technisch aufziehen? Welche Teile backen, welche in Echtzeit?"""),
        _u("""Diesen GLSL-Shader möchte ich nach WGSL portieren, weil wir auf WebGPU umsteigen. Besonders unsicher bin ich bei texture2D mit Bias und bei gl_FragCoord:

uniform sampler2D uNoise;
uniform vec2 uResolution;
uniform float uTime;

void main() {
  vec2 uv = gl_FragCoord.xy / uResolution;
  float n = texture2D(uNoise, uv * 3.0 + uTime * 0.02, -1.0).r;
  float vignette = smoothstep(0.9, 0.3, length(uv - 0.5));
  gl_FragColor = vec4(vec3(n * vignette), 1.0);
}"""),
        _u("""In react-three-fiber bekomme ich diese Warnung und die Szene wird langsamer, je länger man in der App navigiert:

THREE.WebGLRenderer: Context Lost.
Warning: Too many active WebGL contexts. Oldest context will be lost.

Wir haben auf jeder Produktkarte im Shop ein eigenes <Canvas>. Wie macht man das richtig mit vielen kleinen 3D-Vorschauen auf einer Seite?"""),
        _u("""Was genau macht dieser Code? Der Kollege ist im Urlaub, und ich soll den Bug „Schatten wandern mit der Kamera“ fixen:

function updateShadowCamera() {
  const c = sun.shadow.camera;
  const center = camera.position.clone();
  sun.position.copy(center).add(sunDir.clone().multiplyScalar(100));
  sun.target.position.copy(center);
  sun.target.updateMatrixWorld();
  c.updateProjectionMatrix();
}

Die Schattenkanten flimmern bei jeder Bewegung."""),
        _u(
            """Babylon.js, Architekturvisualisierung: Wir wollen Glasfassaden, die die Umgebung spiegeln, aber auch den Innenraum dahinter zeigen. Mit PBRMaterial + Refraction sieht man innen nichts, mit Alpha sieht es aus wie Plastik. Gibt es einen etablierten Weg, Fresnel-abhängig zwischen Spiegelung und Durchsicht zu mischen?"""
        ),
        _u(
            """Ich bin Lehrer an einer Berufsschule (Mechatronik) und möchte einen einfachen 3D-Getriebe-Simulator im Browser bauen: zwei bis vier Zahnräder, man stellt die Zähnezahl ein, und sie drehen sich korrekt ineinander. Die Zahnräder sollen prozedural erzeugt werden. Wie fange ich an und wie berechne ich das Zahnprofil, damit es optisch passt?"""
        ),
        _u("""PlayCanvas: Nach dem Update auf Engine 2.x sind unsere Custom-Shader kaputt, die Konsole zeigt:

Shader [custom-dissolve] compilation failed:
ERROR: 0:45: 'gl_FragColor' : undeclared identifier
ERROR: 0:12: 'texture2D' : no matching overloaded function found

Früher haben wir die Chunks per material.chunks.diffusePS überschrieben. Was hat sich geändert und wie migriere ich?"""),
        _u(
            """Unsere Szene zeigt ein Windrad-Modell, die Rotorblätter werden per Code gedreht. Ab einer bestimmten Drehzahl sieht es so aus, als würden sie stehen oder rückwärts laufen. Das ist Aliasing, klar – aber wie faken Spiele das? Motion-Blur nur auf den Rotor? Wir nutzen three.js mit EffectComposer."""
        ),
        _u("""Ich habe einen selbstgeschriebenen WebGL2-Renderer und will Shadow Mapping einbauen. Die Tiefe rendere ich in eine DEPTH_COMPONENT24-Textur, aber beim Sampeln im Hauptpass ist alles 1.0. Setup:

gl.texImage2D(gl.TEXTURE_2D, 0, gl.DEPTH_COMPONENT24, 2048, 2048, 0, gl.DEPTH_COMPONENT, gl.UNSIGNED_INT, null);
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_COMPARE_MODE, gl.COMPARE_REF_TO_TEXTURE);

Im Shader: uniform sampler2D uShadow; float d = texture(uShadow, coord.xy).r;"""),
        _u(
            """Kurze Frage zu r3f und Zustand: Wenn ich die Farbe eines Objekts über einen zustand-Store ändere, rendert React das ganze Modell mit 400 Teilen neu und es ruckelt. Wie ändere ich Materialeigenschaften performant, ohne React-Re-Render? Transient updates mit subscribe?"""
        ),
        _u(
            """Für eine Ausstellung im Deutschen Bergbau-Museum (fiktives Projekt, Arbeitstitel „Unter Tage“) soll ein Besucher per Touchscreen durch ein 3D-Stollensystem fahren, mit Grubenlampe als einziger Lichtquelle, Staub in der Luft und Wassertropfen von der Decke. Die Stollen kommen als Laserscan. Welche Technik würdet ihr vorschlagen und wie bekommt man die dunkle, enge Atmosphäre hin?"""
        ),
        _u(
            """Warum ist mein Nebel in three.js auf großen Flächen falsch? Der Boden wird in der Nähe der Kamera schon neblig, während Objekte in gleicher Entfernung klar sind. Ich nutze FogExp2 und ein eigenes ShaderMaterial für den Boden mit fog: true und den Fog-Chunks."""
        ),
        _u(
            """Ich möchte in einem WebGPU-Projekt mehrere Meshes mit unterschiedlichen Transformationsmatrizen zeichnen. Aktuell schreibe ich vor jedem draw() mit writeBuffer in denselben Uniform-Buffer – und alle Meshes landen an derselben Stelle. Warum? Und was ist die übliche Lösung (dynamische Offsets?)"""
        ),
        _u("""Hier der Ausschnitt aus unserem Babylon-Loader. Die Modelle erscheinen, aber mit 5 Sekunden Hänger, in dem die Seite komplett einfriert:

const result = await BABYLON.SceneLoader.ImportMeshAsync('', '/assets/', 'werkhalle.glb', scene);
result.meshes.forEach((m) => {
  m.checkCollisions = true;
  m.receiveShadows = true;
  shadowGen.addShadowCaster(m);
});
scene.createOrUpdateSelectionOctree();

Die Datei hat 3.800 Meshes."""),
        _u(
            """Ein Kunde (Brauerei in Bamberg) hätte gern einen animierten Bierschaum in 3D, der beim Einschenken aufsteigt und dann langsam zusammenfällt, für die Startseite. Es muss nicht physikalisch sein, nur glaubwürdig. Wie würdet ihr den Schaum und die Bläschen im Glas darstellen?"""
        ),
        _u(
            """Was ist der Unterschied zwischen gl_FragCoord, vUv und Bildschirmkoordinaten, und warum verhält sich mein Effekt auf einem Retina-Display anders? Ich baue einen Scanline-Effekt, der auf meinem MacBook doppelt so dicht ist wie auf dem Büro-Monitor."""
        ),
        _u("""Ich habe ein Terrain mit 4 Texturen über eine Splatmap gemischt, und an den Übergängen sieht man harte, verwaschene Kanten. Ich hätte gern, dass z. B. Gras zwischen den Steinen rauskommt (höhenbasiertes Blending). Der aktuelle Shader:

vec4 s = texture2D(uSplat, vUv);
vec3 c = texture2D(uGrass, vUv * 50.0).rgb * s.r
       + texture2D(uRock, vUv * 50.0).rgb * s.g
       + texture2D(uDirt, vUv * 50.0).rgb * s.b
       + texture2D(uSnow, vUv * 50.0).rgb * s.a;"""),
        _u(
            """Warum hängt die Kamera in meinem three.js-Spiel immer ein Frame hinter dem Spieler her? Bei schnellen Bewegungen sieht man, dass die Figur leicht zittert. Reihenfolge im Loop: controls.update(), renderer.render(), dann physics.step() und player.syncFromBody()."""
        ),
        _m(
            "Kannst du mir helfen, eine Kündigung für mein Fitnessstudio zu formulieren?",
            "Gern: „Hiermit kündige ich meinen Mitgliedsvertrag Nr. … fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich.“",
            "Danke! Und was anderes: Unser 3D-Produktviewer zeigt bei iPads alle Texturen in niedriger Auflösung, obwohl wir 2K laden. Liegt das an maxTextureSize oder an Safari?",
        ),
        _m(
            "Ich baue einen Flugsimulator im Browser.",
            "Spannend! Welche Engine – three.js, Babylon, CesiumJS für den Globus?",
            "CesiumJS für das Terrain, aber das Cockpit will ich in three.js rendern und drüberlegen. Wie synchronisiere ich die Kameras, ohne dass das Cockpit gegen das Terrain wackelt?",
        ),
        _m(
            "Wie mache ich in three.js eine Kamera-Fahrt entlang eines Pfads?",
            "Einen CatmullRomCurve3 aus Wegpunkten erzeugen, dann pro Frame camera.position = curve.getPointAt(t) und camera.lookAt auf einen Punkt etwas weiter vorne.",
            "klappt, aber die Geschwindigkeit ist ungleichmäßig – an engen Stellen schneller. Ich nutze schon getPointAt statt getPoint",
        ),
        _m(
            "Was bringt eigentlich ein Depth Pre-Pass?",
            "Man rendert zuerst nur Tiefe; im zweiten Pass werden dann nur sichtbare Fragmente schattiert. Das spart teure Fragment-Shader, wenn viel Overdraw da ist.",
            "lohnt sich das bei unserer Innenraum-Szene mit vielen Möbeln und teurem PBR + 6 Lichtern? wie macht man das in three.js konkret?",
        ),
        _m(
            "Wir visualisieren Messdaten eines Windkanals als Stromlinien in 3D.",
            "Als Linien oder als Röhren (Tubes)? Und wie viele Stromlinien?",
            "aktuell 5000 TubeGeometrys, jede ein Mesh, 8 fps. die Farbe soll die Geschwindigkeit zeigen und animiert fließen",
        ),
        _m(
            "Welche Versicherung brauche ich als Freelancer in Deutschland?",
            "Üblich sind Krankenversicherung (Pflicht), Berufshaftpflicht und je nach Tätigkeit eine Vermögensschadenhaftpflicht. Altersvorsorge solltest du ebenfalls planen.",
            "danke. jetzt zum auftrag selbst: der kunde will eine 3D-schneekugel auf seiner website, die man schütteln kann (maus/gyro) und der schnee wirbelt dann. wie baue ich das mit three.js?",
        ),
        _m(
            "Kann Babylon glTF-Animationen abspielen?",
            "Ja, nach dem Import stehen sie als AnimationGroups zur Verfügung; start(true) spielt in Schleife.",
            "und wie spiele ich nur den Oberkörper einer Animation (winken) auf einem laufenden Charakter ab? additive oder Masken?",
        ),
        _m(
            'Ich nutze drei <Environment preset="city" />.',
            "Gute Wahl für schnelle, neutrale Reflexionen. Das HDR wird von einem CDN geladen.",
            "genau das ist das problem, der kunde ist offline auf messen. wie bundle ich das lokal und kann ich die beleuchtung selber aus lightformern bauen?",
        ),
        _m(
            "Wie bekomme ich in WebGL weiche Kanten an meinen Partikeln?",
            "Im Fragment-Shader über gl_PointCoord den Abstand zur Mitte berechnen und das Alpha mit smoothstep ausblenden.",
            "ok und wenn die partikel vor einer hellen wand sind, sieht man dunkle ränder. premultiplied alpha?",
        ),
        _s(
            "Du bist ein Coding-Assistent in der IDE. Geöffnetes Repository: `bahnhof-3d`, ein Wegeleitsystem für einen großen Hauptbahnhof, Vite + three.js r161. src/map/Floors.ts, src/map/Route.ts, src/ui/Search.tsx.",
            "Implementiere in Route.ts eine animierte Wegführung: die berechnete Route (Array von Punkten über mehrere Etagen) soll als leuchtender Pfeilpfad auf dem Boden erscheinen, der sich in Laufrichtung bewegt. Zwischen Etagen (Rolltreppen) soll die Kamera mitfahren und die anderen Etagen transparent werden.",
        ),
        _s(
            "You are an autonomous coding agent. Repository: `weinberg-twin`, Babylon.js 7 + TypeScript, digitaler Zwilling eines Weinbergs mit Sensordaten. src/scene/, src/sensors/, src/shaders/.",
            """Die Rebzeilen (ca. 90.000 Rebstöcke) sind aktuell als einzelne Clones angelegt; Startzeit 25 s. Stelle auf Thin Instances um, färbe jeden Rebstock nach Bodenfeuchte aus src/sensors/moisture.ts (Farbverlauf braun→grün), und sorge dafür, dass Picking auf einzelne Rebstöcke weiter funktioniert.""",
        ),
        _s(
            "Du bist Tutor für einen Online-Kurs „Grafikprogrammierung im Browser“. Erkläre anschaulich und korrekt.",
            "Was sind Quaternionen und warum soll ich die statt Euler-Winkel für Rotationen nehmen? Bei mir dreht sich das Flugzeug komisch, wenn es steil nach oben zieht.",
        ),
        _s(
            "Du bist der interne Assistent der Firma Kranich Digital. Antworte knapp.",
            """Bei unserem Messe-Exponat (three.js, Chrome im Kiosk-Modus, RTX 3060) ruckelt es alle paar Sekunden für ~100 ms. Im Performance-Tab sieht man „Major GC“ genau zu diesen Zeitpunkten. Wo suchen wir?""",
        ),
        _s(
            "Du prüfst Pull Requests in einem Team, das WebGL-Visualisierungen baut. Sei konkret.",
            """Bitte Review:

function setHighlight(mesh, on) {
  mesh.material.emissive.setHex(on ? 0x333333 : 0x000000);
}

// in onPointerMove:
const hit = raycaster.intersectObjects(scene.children, true)[0];
scene.traverse((o) => o.isMesh && setHighlight(o, false));
if (hit) setHighlight(hit.object, true);

Modelle werden per GLTFLoader geladen, viele Meshes teilen sich Materialien.""",
        ),
        _s(
            "Du bist der Support-Chatbot einer Plattform für 3D-Produktansichten im Onlineshop. Die Nutzer sind Händler ohne Technikkenntnisse.",
            "Mein Modell einer Kaffeemaschine dreht sich im Viewer um einen Punkt weit neben dem Gerät, statt um die Mitte. Wie kann ich das ändern?",
        ),
        _s(
            "Du bist ein Coding-Agent. Repository: `orbit-lehre`, ein Planetarium-Tool für Schulen in reinem WebGPU (TypeScript, wgpu-matrix). src/gpu/, src/shaders/, src/astro/.",
            "Füge atmosphärische Streuung für die Erde hinzu (blauer Rand am Tag, rötlicher Terminator), als eigenen Render-Pass nach dem Planeten. Rayleigh reicht, Mie optional. Die Shader bitte in src/shaders/atmosphere.wgsl, Parameter über einen Uniform-Buffer steuerbar.",
        ),
        _u(
            """Wie baue ich einen Röntgenblick-Effekt in einem Browser-Spiel: Gegner hinter Wänden sollen als farbige Silhouette sichtbar sein, aber nur der verdeckte Teil. three.js, Gegner sind SkinnedMeshes."""
        ),
        _u(
            """Wir haben eine 3D-Ansicht eines Bürogebäudes (BIM) und wollen Räume nach Belegung einfärben. Problem: Die Raumvolumen sind halbtransparent, überlappen mit Wänden und es gibt überall Flackern und falsche Sortierung. Wie zeigt man so was sauber, eher als Bodenfläche oder mit Outline?"""
        ),
        _u(
            """Ich möchte einen prozeduralen Planeten mit LOD (Quadtree auf einem Würfel, auf Kugel projiziert) im Browser. Die Chunks an den LOD-Grenzen haben Risse. Welche gängigen Lösungen gibt es – Skirts, Stitching, Geomorphing – und was ist für three.js am einfachsten?"""
        ),
        _u("""Dieses r3f-Setup soll ein Outline um das gehoverte Teil zeichnen, aber es wird immer das ganze Modell umrandet:

<EffectComposer autoClear={false}>
  <Outline selection={hovered ? [modelRef] : []} edgeStrength={4} />
</EffectComposer>

<primitive ref={modelRef} object={scene} onPointerOver={(e) => setHovered(e.object)} />

Wie bekomme ich nur das einzelne Mesh unter dem Mauszeiger markiert?"""),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7b", BY_LANG)
