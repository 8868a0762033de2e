"""Training examples for the `webgl` label: 3D and graphics work in the browser.

three.js, react-three-fiber and drei, Babylon.js, PlayCanvas, A-Frame/WebXR, raw WebGL 1/2,
WebGPU and WGSL, GLSL shaders, render loops, post-processing, 3D maths, particles and 3D data
visualisation (deck.gl, CesiumJS, point clouds). Hand-written prompts come first, one group
each; templated variation follows, one group per template family (at most 25 variants).
A second, fully hand-written batch (`_second_batch`, groups "webgl/b2/<lang>/<nnn>") comes last:
short and mid-length prompts in many languages, concept questions, follow-ups.
A third hand-written batch (`_third_batch`, groups "webgl/b3/<lang>/<nnn>") targets
ru/pt/fr/es/ko/it (plus some de/zh/ja) prompts that name the domain in native words
rather than English technical terms.
A fourth hand-written batch (`_fourth_batch`, groups "webgl/b4/<lang>/<nnn>") adds short
conceptual and definitional questions ("c'est quoi le z-fighting ?", "что такое SSAO?"),
mostly in fr/pt/it/ko/ru/es.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import NamedTuple

from classifiers.corpus.example import Example, chat

LABEL = "webgl"

Section = Callable[[], Iterator[Example]]
_SECTIONS: list[Section] = []


def _section(function: Section) -> Section:
    _SECTIONS.append(function)
    return function


def examples() -> Iterator[Example]:
    for section in _SECTIONS:
        yield from section()
    yield from _second_batch()
    yield from _third_batch()
    yield from _fourth_batch()


def _group(lang: str, tag: str, index: int) -> str:
    return f"webgl/{lang}/{tag}-{index:03d}"


def _singles(lang: str, tag: str, texts: tuple[str, ...]) -> Iterator[Example]:
    """One-turn prompts, each its own group."""
    for index, text in enumerate(texts, 1):
        yield chat(LABEL, lang, _group(lang, tag, index), text)


def _prompted(lang: str, tag: str, pairs: tuple[tuple[str, str], ...]) -> Iterator[Example]:
    """(system prompt, user prompt) pairs, each its own group."""
    for index, (system, text) in enumerate(pairs, 1):
        yield chat(LABEL, lang, _group(lang, tag, index), text, system=system)


def _dialogues(
    lang: str, tag: str, dialogues: tuple[tuple[str, ...], ...], system: str | None = None
) -> Iterator[Example]:
    """Multi-turn chats (user, assistant, ..., user), each its own group."""
    for index, turns in enumerate(dialogues, 1):
        yield chat(LABEL, lang, _group(lang, tag, index), *turns, system=system)


def _prompted_dialogues(
    lang: str, tag: str, dialogues: tuple[tuple[str, ...], ...]
) -> Iterator[Example]:
    """Multi-turn chats whose first element is the system prompt."""
    for index, (system, *turns) in enumerate(dialogues, 1):
        yield chat(LABEL, lang, _group(lang, tag, index), *turns, system=system)


# System prompts of the kinds clients send: generic assistants, coding agents and IDE plugins,
# company bots. Most say nothing about graphics; the user's turn carries the task.
SYS_PLAIN = "You are a helpful assistant."
SYS_CONCISE = "You are a concise, accurate assistant. Use markdown for code."
SYS_AGENT = (
    "You are an expert software engineer working in the user's repository. You can read and "
    "edit files with the tools provided. Make the smallest change that solves the task, run "
    "the relevant checks, and summarise what you changed."
)
SYS_IDE = (
    "You are a coding assistant embedded in the user's editor. The currently open file and the "
    "selection are attached to the message. Answer with code first and keep explanations short."
)
SYS_CLI = (
    "You are a command-line coding agent. You have shell access to the project directory. "
    "Prefer small, reviewable diffs. Never commit without being asked."
)
SYS_REVIEW = (
    "You are a meticulous code reviewer. Point out bugs, performance problems and unclear code, "
    "ordered by severity, and suggest concrete fixes."
)
SYS_MENTOR = (
    "You are a senior graphics programmer mentoring a junior developer. Explain the why, not "
    "just the how, and keep examples small."
)
SYS_STUDIO = (
    "You are Pixel, the internal developer assistant at Northlight Interactive. Help engineers "
    "with the web configurator, the asset pipeline and build tooling. Be friendly and precise."
)
SYS_DOCS = (
    "You are the documentation assistant for a product team. Answer questions about the "
    "codebase and suggest code when helpful. If you are not sure, say so."
)
SYS_TUTOR = (
    "You are a patient programming tutor for university students. Give hints before full "
    "solutions unless the student asks for the full solution."
)
SYS_ES = (
    "Eres un asistente de programación experto. Responde siempre en español, con ejemplos de "
    "código cuando sea útil."
)
SYS_ES_AGENT = (
    "Eres un agente de desarrollo que trabaja dentro del repositorio del usuario. Puedes leer y "
    "modificar archivos. Haz cambios pequeños y explica qué has tocado."
)
SYS_DE = (
    "Du bist ein hilfreicher Assistent für Softwareentwicklung. Antworte auf Deutsch, knapp und "
    "präzise."
)
SYS_DE_AGENT = (
    "Du bist ein erfahrener Softwareentwickler und arbeitest direkt im Repository des Nutzers. "
    "Nimm nur minimale Änderungen vor und fasse sie am Ende zusammen."
)
SYS_ZH = "你是一名资深前端工程师，请用中文回答，并尽量给出可以直接运行的代码。"
SYS_ZH_AGENT = (
    "你是一个在用户代码仓库中工作的编程助手。可以读取和修改文件，改动要尽量小，并说明改了什么。"
)
SYS_JA = "あなたは優秀なソフトウェアエンジニアです。日本語で簡潔に回答してください。"
SYS_JA_AGENT = (
    "あなたはユーザーのリポジトリで作業するコーディングエージェントです。"
    "変更は最小限にし、最後に変更内容を要約してください。"
)
SYS_FR = "Tu es un assistant de développement. Réponds en français, de façon claire et concise."
SYS_PT = "Você é um assistente de programação. Responda em português do Brasil, com exemplos."
SYS_IT = "Sei un assistente esperto di programmazione. Rispondi in italiano in modo conciso."
SYS_KO = "당신은 숙련된 소프트웨어 엔지니어입니다. 한국어로 간결하게 답변하세요."
SYS_RU = "Ты опытный разработчик и помощник по программированию. Отвечай по-русски, кратко."


@_section
def _english_short() -> Iterator[Example]:
    yield from _singles(
        "en",
        "short",
        (
            "three.js texture shows up black, why",
            "how do i enable shadows in r3f",
            "orbitcontrols damping not working",
            "GLTFLoader vs DRACOLoader whats the difference",
            "z-fighting on coplanar planes in three, fix?",
            "write a glsl simplex noise function",
            "webgl2 VAO example pls",
            "convert this shadertoy to a three.js ShaderMaterial",
            "why is my bloom pass washing out the whole scene",
            "InstancedMesh setMatrixAt not updating",
            "babylon.js how to import a .glb",
            "raycaster.intersectObjects returns empty array",
            "minimal WebGPU compute shader that adds two arrays",
            "how to dispose a three.js scene properly",
            "shadow acne everywhere, what bias values?",
            "aframe: make an entity always face the camera",
            "toon shader in glsl with 3 bands",
            "WebGL CONTEXT_LOST_WEBGL, how do I recover",
            "drei <Html> component flickers when camera moves",
            "how many draw calls is too many in webgl",
            "frustum culling for instanced meshes in three",
            "quaternion slerp between two camera orientations",
            "deck.gl HexagonLayer columns way too tall",
            "cesium: fly the camera to a lat/lon",
            "5M point cloud in three.js, is that doable?",
            "wgsl how to declare a storage buffer array",
            "EffectComposer + FXAA makes my text blurry",
            "colors look washed out after upgrading three to r152",
            "useFrame running twice?? r3f",
            "gl.readPixels returns all zeros",
            "add a spinning cube to my three.js scene",
            "what does gl_FragCoord.w actually contain",
        ),
    )


@_section
def _english_medium() -> Iterator[Example]:
    yield from _singles(
        "en",
        "medium",
        (
            "I'm loading a GLB exported from Blender with GLTFLoader. The model shows up but "
            "it's completely unlit and flat grey, even though I have a DirectionalLight in the "
            "scene. Materials are MeshStandardMaterial according to the console. What am I "
            "missing?",
            "Can you explain the difference between MeshStandardMaterial and MeshPhysicalMaterial "
            "in three.js, and when clearcoat / transmission are worth the extra cost on mobile?",
            "I need a fullscreen quad fragment shader that draws an animated plasma effect, "
            "uniforms u_time and u_resolution only, WebGL1 compatible (no #version 300 es).",
            "what's the cheapest way to get soft-ish shadows in three.js for a product viewer? "
            "PCFSoftShadowMap looks bad and VSM leaks light. the object sits on a plane, camera "
            "orbits around it, nothing else moves",
            "In react-three-fiber, how do I make a group of meshes follow the mouse with some "
            "lag (lerp) without causing React re-renders every frame?",
            "Please write a WebGL2 example that renders to a floating point texture via a "
            "framebuffer and then samples it in a second pass. Check for EXT_color_buffer_float "
            "and fall back gracefully if it's missing.",
            "our babylon scene drops to 20 fps on an iPad when we enable the default rendering "
            "pipeline (bloom + FXAA + tone mapping). which of those is the expensive part and "
            "how do I profile it?",
            "how do I rotate an object around an arbitrary pivot point in three.js without "
            "changing its geometry? the pivot is a Vector3 in world space",
            "Explain how a perspective projection matrix maps view space to clip space, with "
            "the actual 4x4 matrix and what near/far do to depth precision. I keep getting "
            "z-fighting at distance.",
            "I want a GPU particle system in three.js with ~200k particles, positions updated "
            "in a shader (GPUComputationRenderer?). Give me a skeleton I can build on.",
            "deck.gl: I have 2 million GPS points with timestamps and want a TripsLayer "
            "animation over a MapLibre basemap. How should I structure the data so it doesn't "
            "freeze the browser on load?",
            "CesiumJS loads our 3D Tiles tileset fine on desktop but on Android Chrome half the "
            "tiles never appear and the console says 'WebGL: INVALID_OPERATION: "
            "texImage2D: ArrayBufferView not big enough'. ideas?",
            "write a raymarching SDF shader for a smooth union of a sphere and a box, with "
            "soft shadows and ambient occlusion, Shadertoy style (mainImage)",
            "Is there a way to do GPU picking in three.js for 50k instanced objects instead of "
            "using Raycaster? Raycasting against the InstancedMesh takes 30ms per mousemove.",
            "A-Frame + WebXR on Quest 2: how do I detect the controller trigger press and shoot "
            "a ray to select objects? The laser-controls component shows the ray but clicks "
            "don't register.",
            "Need help with a PlayCanvas script: when the player enters a trigger volume I want "
            "to swap the material on a mesh instance to an emissive one and tween the emissive "
            "intensity up over 0.5s.",
            "How would you implement an outline / selection highlight effect in three.js? I tried "
            "OutlinePass but it's slow with many objects and the edges look jaggy.",
            "I have a WebGPU render pipeline working, now I want to add a depth buffer. what "
            "texture format, and what changes in the pipeline descriptor and render pass?",
            "my instanced trees all face the same direction and it looks fake. how can I give "
            "each instance a random Y rotation and scale when filling the InstancedMesh?",
            "Can you review my approach: I recreate a new THREE.BufferGeometry every frame "
            "for a line that follows the mouse. Memory in the performance tab grows until the "
            "tab crashes after a few minutes.",
            "how do I make a three.js canvas transparent so the page background shows "
            "through, while still using tone mapping and bloom?",
            "What's the right way to handle devicePixelRatio and canvas resize in a raw WebGL "
            "app so it stays crisp on retina but doesn't kill fill rate on 4K screens?",
        ),
    )


@_section
def _english_long() -> Iterator[Example]:
    yield from _singles(
        "en",
        "long",
        (
            """My texture is black. The plane renders, but it's just solid black. No errors.

```js
import * as THREE from 'three';

const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(60, innerWidth / innerHeight, 0.1, 100);
camera.position.set(0, 0, 3);
const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);

const loader = new THREE.TextureLoader();
const tex = loader.load('/img/crate.png');
const mat = new THREE.MeshStandardMaterial({ map: tex });
const plane = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), mat);
scene.add(plane);

function tick() {
  renderer.render(scene, camera);
  requestAnimationFrame(tick);
}
tick();
```

The png loads fine in the network tab (200, image/png). If I switch to MeshBasicMaterial it
shows up. what's going on?""",
            """Getting this when compiling my fragment shader in WebGL2, can't see the problem:

```
ERROR: 0:14: 'texture2D' : no matching overloaded function found
ERROR: 0:14: '=' : dimension mismatch
ERROR: 0:18: 'gl_FragColor' : undeclared identifier
```

shader:

```glsl
#version 300 es
precision highp float;

uniform sampler2D uScene;
uniform vec2 uResolution;
uniform float uStrength;
in vec2 vUv;

void main() {
  vec2 texel = 1.0 / uResolution;
  vec3 col = vec3(0.0);
  for (int i = -2; i <= 2; i++) {
    vec2 off = vec2(float(i) * texel.x * uStrength, 0.0);
    col += texture2D(uScene, vUv + off).rgb;
  }
  col /= 5.0;

  gl_FragColor = vec4(col, 1.0);
}
```

It's a horizontal blur pass for a custom bloom. Worked before I added the #version line.
I added it because I wanted to use texelFetch in the vertical pass. Do both passes have to
be GLSL ES 3.00 now, and does RawShaderMaterial vs ShaderMaterial matter here?""",
            """WebGPU validation error and I don't understand what it's telling me:

```
Bind group layout entry binding 1 with type BufferBindingType::Storage is not compatible
with the pipeline's usage (ReadOnlyStorage) in [ComputePipeline "simulate"].
 - While validating entries[1] as a Buffer.
 - While calling [Device].CreateBindGroup([BindGroupDescriptor "particles-bg"]).
```

WGSL:

```wgsl
struct Particle { pos: vec2f, vel: vec2f };
@group(0) @binding(0) var<uniform> dt: f32;
@group(0) @binding(1) var<storage, read> particlesIn: array<Particle>;
@group(0) @binding(2) var<storage, read_write> particlesOut: array<Particle>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3u) {
  let i = id.x;
  if (i >= arrayLength(&particlesIn)) { return; }
  var p = particlesIn[i];
  p.vel.y -= 9.8 * dt;
  p.pos += p.vel * dt;
  particlesOut[i] = p;
}
```

and the layout:

```js
const layout = device.createBindGroupLayout({
  entries: [
    { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'uniform' } },
    { binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
    { binding: 2, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
  ],
});
```

I ping-pong the two buffers every frame so both need to be writable at some point.""",
            """r3f component re-renders like crazy and the fps tanks. React devtools shows Ship
re-rendering ~60 times a second.

```tsx
function Ship({ target }: { target: THREE.Vector3 }) {
  const ref = useRef<THREE.Mesh>(null!);
  const [pos, setPos] = useState(new THREE.Vector3());
  const { nodes, materials } = useGLTF('/models/ship.glb') as any;

  useFrame((_, delta) => {
    const next = pos.clone().lerp(target, delta * 2);
    setPos(next);
    ref.current.lookAt(target);
  });

  return (
    <mesh ref={ref} position={pos} geometry={nodes.Hull.geometry}>
      <meshStandardMaterial {...materials.Hull} />
      <Trail width={2} length={6} color="orange">
        <mesh position={[0, 0, -1]}><sphereGeometry args={[0.05]} /></mesh>
      </Trail>
    </mesh>
  );
}
```

There are 40 ships on screen. How should this be written so movement stays out of React
state? Also is spreading materials.Hull into a new material per ship wasteful?""",
            """Shadow acne AND peter-panning at the same time, depending on the bias. Setup:

```js
const sun = new THREE.DirectionalLight(0xffffff, 3);
sun.position.set(50, 80, 30);
sun.castShadow = true;
sun.shadow.mapSize.set(2048, 2048);
sun.shadow.camera.left = -200;
sun.shadow.camera.right = 200;
sun.shadow.camera.top = 200;
sun.shadow.camera.bottom = -200;
sun.shadow.camera.near = 0.5;
sun.shadow.camera.far = 500;
sun.shadow.bias = -0.0005;
scene.add(sun);

renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFSoftShadowMap;
```

The terrain is 400x400 units, buildings are ~10 units tall, player sees maybe 60 units around
them. With bias -0.0005 the ground has stripes, with -0.005 the buildings float. normalBias
didn't seem to do much. Do I need cascaded shadow maps here or is the frustum just way too
big? A diagram of what's happening would help, I don't get how the shadow camera frustum
relates to texel size.""",
            """Memory leak in our three.js viewer. Every time the user opens a different product
we call this, and after ~20 products the tab is at 3GB and Chrome kills it.

```js
async function showProduct(url) {
  if (current) {
    scene.remove(current);
    current = null;
  }
  const gltf = await loader.loadAsync(url);
  current = gltf.scene;
  current.traverse((o) => {
    if (o.isMesh) {
      o.material = o.material.clone();
      o.material.envMap = envTexture;
      o.castShadow = true;
    }
  });
  scene.add(current);
  fitCameraToObject(camera, current, controls);
}
```

renderer.info.memory.geometries goes 12, 25, 37, 51... and textures also climbs. I thought
removing from the scene was enough for GC. What do I need to dispose and in which order,
and does the cloned material leak the original's textures too?""",
            """Port request: this Shadertoy runs fine on the site but I need it as a background in a
three.js page (full screen, behind the UI). Can you convert it to a ShaderMaterial on a
fullscreen triangle, wire up iTime / iResolution / iMouse, and make it respect devicePixelRatio?

```glsl
float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }

float noise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    return mix(mix(hash(i), hash(i + vec2(1, 0)), u.x),
               mix(hash(i + vec2(0, 1)), hash(i + vec2(1, 1)), u.x), u.y);
}

void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = fragCoord / iResolution.xy;
    vec2 m = iMouse.xy / iResolution.xy;
    float n = 0.0, a = 0.5;
    vec2 p = uv * 3.0 + iTime * 0.05;
    for (int k = 0; k < 6; k++) { n += a * noise(p); p *= 2.03; a *= 0.5; }
    vec3 col = mix(vec3(0.05, 0.07, 0.15), vec3(0.3, 0.6, 0.9), n);
    col += 0.15 * smoothstep(0.3, 0.0, length(uv - m));
    fragColor = vec4(col, 1.0);
}
```

Bonus if the noise can pause when the tab is hidden.""",
            """Spec for the 3D configurator sprint, need an implementation plan + code for the
rendering parts (three.js r160, vanilla, no r3f):

- Load a sofa GLB (~8MB, Draco compressed) with a progress bar.
- Fabric swatches: swapping a swatch changes the baseColor map, normal map and roughness of
  the "Fabric" material only. Textures are 2K KTX2.
- Leg options: 3 separate GLBs, swapped at the node "LegsAnchor".
- Environment: HDRI from /env/studio_small_03_1k.hdr, PMREM, no visible background, soft
  contact shadow under the sofa (no shadow maps, too expensive on mobile).
- Camera: OrbitControls, limited polar angle so you can't look from below, auto-rotate until
  first interaction.
- AR button on mobile that hands off to model-viewer / Quick Look with the currently
  configured variant.
- Target: 60fps on an iPhone 12, < 150 draw calls.

Where do the pitfalls usually hide with KTX2 + Draco in the same loader setup?""",
            """WebGL 1, no libraries. I'm drawing 10k sprites and each one is its own drawArrays call
with uniforms set per sprite. It's slow (~25fps). Current loop:

```js
for (const s of sprites) {
  gl.uniform2f(uOffset, s.x, s.y);
  gl.uniform1f(uAngle, s.angle);
  gl.uniform4fv(uUvRect, s.frame.uv);
  gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
}
```

vertex shader:

```glsl
attribute vec2 aCorner;
uniform vec2 uOffset;
uniform float uAngle;
uniform vec4 uUvRect;
uniform mat3 uView;
varying vec2 vUv;
void main() {
  float c = cos(uAngle), s = sin(uAngle);
  vec2 p = mat2(c, s, -s, c) * (aCorner * 16.0) + uOffset;
  gl_Position = vec4((uView * vec3(p, 1.0)).xy, 0.0, 1.0);
  vUv = mix(uUvRect.xy, uUvRect.zw, aCorner * 0.5 + 0.5);
}
```

How do I batch this with ANGLE_instanced_arrays? Please show the buffer layout and the
per-frame update (bufferSubData vs orphaning).""",
            """deck.gl + react, the PointCloudLayer goes blank whenever I update the data prop, then
comes back after a second. We stream LiDAR tiles in and append points.

```jsx
const [points, setPoints] = useState([]);
useEffect(() => {
  const ws = new WebSocket(LIDAR_URL);
  ws.onmessage = (e) => {
    const tile = decodeTile(e.data); // {positions: Float32Array, colors: Uint8Array}
    setPoints((prev) => [...prev, ...toObjects(tile)]);
  };
  return () => ws.close();
}, []);

const layer = new PointCloudLayer({
  id: 'lidar',
  data: points,
  getPosition: (d) => d.position,
  getColor: (d) => d.color,
  pointSize: 2,
  coordinateSystem: COORDINATE_SYSTEM.METER_OFFSETS,
  coordinateOrigin: [-122.4, 37.74],
});
```

After ~3M points it also gets really slow. I think converting to objects is dumb but not
sure how to feed binary attributes directly and append without re-uploading everything.""",
            """Design question for our in-browser 3D editor (think a small Spline/Blender-lite, WebGL2
now, WebGPU later). Rendering currently works like this:

1. Editor state (Zustand) -> scene graph sync -> three.js objects.
2. One renderer.render() for the viewport, then a second render for the selection outline
   (renders selected objects into a mask target, then an edge-detect pass).
3. Gizmos are a separate scene rendered on top with depth cleared.
4. Thumbnails for the asset panel are rendered with the same renderer into a 256x256 target
   on demand.

Problems: post-processing order is hardcoded, adding SSAO broke the outline pass (it reads
the wrong depth), and thumbnails sometimes come out with the viewport's tone mapping. I'm
considering a small render graph: passes declare the textures they read/write, the graph
allocates and reuses render targets, and the viewport, thumbnail and picking renders become
different graphs. Is this overkill? How would you structure passes and resource lifetimes so
it ports to WebGPU later? Sketch the pass interface in TypeScript.""",
            """Please write vitest unit tests for these camera math helpers from our three.js app.
They're pure functions, no renderer needed.

```ts
import { Vector3, Quaternion, PerspectiveCamera, Box3, Sphere } from 'three';

export function lookRotation(from: Vector3, to: Vector3, up = new Vector3(0, 1, 0)) {
  const m = new Matrix4().lookAt(from, to, up);
  return new Quaternion().setFromRotationMatrix(m);
}

export function fitDistance(camera: PerspectiveCamera, box: Box3, padding = 1.1) {
  const sphere = box.getBoundingSphere(new Sphere());
  const fov = (camera.fov * Math.PI) / 180;
  const fovH = 2 * Math.atan(Math.tan(fov / 2) * camera.aspect);
  const r = sphere.radius * padding;
  return Math.max(r / Math.sin(fov / 2), r / Math.sin(fovH / 2));
}

export function orbitPosition(target: Vector3, radius: number, azimuth: number, polar: number) {
  return new Vector3(
    target.x + radius * Math.sin(polar) * Math.sin(azimuth),
    target.y + radius * Math.cos(polar),
    target.z + radius * Math.sin(polar) * Math.cos(azimuth),
  );
}
```

Cover the edge cases: looking straight up (up vector parallel), zero-size box, aspect < 1.
I also think lookRotation is missing an import, flag anything else you spot.""",
            """Babylon.js: our thin instances flicker / disappear when the camera gets close. Console
is clean. Code:

```js
const base = BABYLON.MeshBuilder.CreateBox('crate', { size: 1 }, scene);
const count = 20000;
const matrices = new Float32Array(count * 16);
for (let i = 0; i < count; i++) {
  const m = BABYLON.Matrix.Translation(
    (Math.random() - 0.5) * 500, 0.5, (Math.random() - 0.5) * 500
  );
  m.copyToArray(matrices, i * 16);
}
base.thinInstanceSetBuffer('matrix', matrices, 16);
base.material = crateMat;

scene.registerBeforeRender(() => {
  for (let i = 0; i < 50; i++) {
    const idx = movingIds[i];
    matrices[idx * 16 + 13] = Math.sin(performance.now() / 500 + i) + 0.5;
  }
  base.thinInstanceBufferUpdated('matrix');
});
```

Base mesh's bounding box is only the 1x1 cube at the origin so I guess it's being frustum
culled when the origin is off-screen? What's the proper fix, refreshBoundingInfo or
alwaysSelectAsActiveMesh, and what does each cost?""",
            """A-Frame scene for a museum WebXR tour, the hotspots don't respond on Quest but work on
desktop with the mouse:

```html
<a-scene renderer="colorManagement: true" xr-mode-ui="enabled: true">
  <a-assets>
    <a-asset-item id="hall" src="models/hall.glb"></a-asset-item>
    <img id="info" src="img/info.png">
  </a-assets>
  <a-entity gltf-model="#hall" position="0 0 0"></a-entity>
  <a-entity id="rig" movement-controls>
    <a-entity camera look-controls position="0 1.6 0">
      <a-cursor raycaster="objects: .hotspot"></a-cursor>
    </a-entity>
    <a-entity oculus-touch-controls="hand: right"></a-entity>
  </a-entity>
  <a-image class="hotspot" src="#info" position="2 1.5 -3" width="0.4" height="0.4"
           event-set__enter="_event: mouseenter; scale: 1.2 1.2 1.2"></a-image>
</a-scene>
```

I want trigger-to-select with a visible laser in VR and keep gaze cursor only on desktop /
Cardboard. Also the hall GLB is 45MB, any tips to make it load faster in the headset?""",
            """three.js SSAO + bloom + FXAA with EffectComposer, output looks way too dark and the
bloom has a hard edge. Code:

```js
const composer = new EffectComposer(renderer);
composer.addPass(new RenderPass(scene, camera));
const ssao = new SSAOPass(scene, camera, innerWidth, innerHeight);
ssao.kernelRadius = 16;
ssao.minDistance = 0.002;
ssao.maxDistance = 0.2;
composer.addPass(ssao);
const bloom = new UnrealBloomPass(new THREE.Vector2(innerWidth, innerHeight), 1.2, 0.4, 0.85);
composer.addPass(bloom);
const fxaa = new ShaderPass(FXAAShader);
fxaa.uniforms.resolution.value.set(1 / innerWidth, 1 / innerHeight);
composer.addPass(fxaa);

renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.outputColorSpace = THREE.SRGBColorSpace;
```

I read that tone mapping and color space are ignored when rendering into render targets
and there's an OutputPass now? Where exactly should it go in this chain and should FXAA be
before or after it? Also resolution uniform doesn't account for pixel ratio, is that why
edges look jaggy on my MacBook?""",
            """CesiumJS: clamping my GeoJSON polygons to 3D Tiles (Google photorealistic tiles) makes
them flicker and z-fight with the buildings.

```js
const viewer = new Cesium.Viewer('cesiumContainer', {
  globe: false,
  baseLayerPicker: false,
});
const tileset = await Cesium.createGooglePhotorealistic3DTileset();
viewer.scene.primitives.add(tileset);

const ds = await Cesium.GeoJsonDataSource.load('/parcels.geojson', {
  clampToGround: true,
  fill: Cesium.Color.ORANGE.withAlpha(0.4),
  stroke: Cesium.Color.ORANGE,
});
viewer.dataSources.add(ds);
ds.entities.values.forEach((e) => {
  e.polygon.classificationType = Cesium.ClassificationType.BOTH;
});
```

With globe: false, does clampToGround even know what 'ground' is? Would a
ClassificationPrimitive against CESIUM_3D_TILE be the right approach and how does it
perform with ~4000 parcels? Also outlines aren't drawn at all for clamped polygons.""",
            """Raw WebGL2 deferred renderer, G-buffer with MRT. The second attachment is always
black when I read it in the lighting pass, the first one is fine.

```js
const fb = gl.createFramebuffer();
gl.bindFramebuffer(gl.FRAMEBUFFER, fb);
const albedo = makeTex(gl.RGBA8, gl.RGBA, gl.UNSIGNED_BYTE);
const normal = makeTex(gl.RGBA16F, gl.RGBA, gl.HALF_FLOAT);
gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, albedo, 0);
gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT1, gl.TEXTURE_2D, normal, 0);
const depth = gl.createRenderbuffer();
gl.bindRenderbuffer(gl.RENDERBUFFER, depth);
gl.renderbufferStorage(gl.RENDERBUFFER, gl.DEPTH_COMPONENT24, w, h);
gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.DEPTH_ATTACHMENT, gl.RENDERBUFFER, depth);
console.log(gl.checkFramebufferStatus(gl.FRAMEBUFFER) === gl.FRAMEBUFFER_COMPLETE); // true
```

geometry pass fragment shader:

```glsl
#version 300 es
precision highp float;
in vec3 vNormal;
in vec2 vUv;
uniform sampler2D uAlbedo;
layout(location = 0) out vec4 outAlbedo;
layout(location = 1) out vec4 outNormal;
void main() {
  outAlbedo = texture(uAlbedo, vUv);
  outNormal = vec4(normalize(vNormal) * 0.5 + 0.5, 1.0);
}
```

Framebuffer is complete, no GL errors. I'm on Chrome/Windows (ANGLE D3D11).""",
        ),
    )


@_section
def _english_prompted() -> Iterator[Example]:
    yield from _prompted(
        "en",
        "sys",
        (
            (SYS_AGENT, "add a ground plane that receives shadows to src/scene/setup.ts"),
            (
                SYS_AGENT,
                "The product viewer in packages/viewer renders at 30fps on the test Pixel 6. "
                "Profile the render loop and cut draw calls: the bolts and screws are separate "
                "meshes sharing one material, merge them or switch to InstancedMesh, whichever "
                "keeps picking working.",
            ),
            (SYS_IDE, "why does this shader output pure magenta on safari only"),
            (
                SYS_IDE,
                """convert this to use a single BufferGeometry with a position attribute instead
of creating 500 Mesh objects:

```js
for (let i = 0; i < 500; i++) {
  const star = new THREE.Mesh(new THREE.SphereGeometry(0.02, 6, 6), starMat);
  star.position.setFromSphericalCoords(50, Math.acos(2 * Math.random() - 1),
    Math.random() * Math.PI * 2);
  scene.add(star);
}
```""",
            ),
            (SYS_PLAIN, "How do normal maps work? Like, how does a flat texture fake bumps?"),
            (SYS_PLAIN, "explain what a vertex shader and fragment shader each do, simply"),
            (
                SYS_CONCISE,
                "Give me the GLSL for Fresnel rim lighting I can paste into onBeforeCompile of a "
                "MeshStandardMaterial.",
            ),
            (SYS_CONCISE, "webgpu: difference between a bind group and a bind group layout?"),
            (
                SYS_REVIEW,
                """Review this render loop please:

```js
let last = 0;
function loop(t) {
  const dt = (t - last) / 1000;
  last = t;
  controls.update();
  for (const m of movers) m.position.addScaledVector(m.userData.vel, dt);
  scene.traverse((o) => { if (o.isMesh) o.material.needsUpdate = true; });
  composer.render();
  requestAnimationFrame(loop);
}
requestAnimationFrame(loop);
window.addEventListener('resize', () => {
  renderer.setSize(innerWidth, innerHeight);
});
```""",
            ),
            (
                SYS_MENTOR,
                "I don't get why we multiply by the inverse transpose of the model matrix for "
                "normals. Why not just the model matrix?",
            ),
            (
                SYS_MENTOR,
                "Why does my scene look different with renderer.toneMapping set? What is tone "
                "mapping actually doing to the pixel values and why do HDR env maps need it?",
            ),
            (
                SYS_STUDIO,
                "The configurator's chrome trim looks flat on iOS but fine on desktop. We use "
                "the studio HDRI through PMREMGenerator. Could it be the half-float render "
                "target fallback? How do I check what iOS is actually giving us?",
            ),
            (SYS_STUDIO, "how do we bake AO for the kitchen GLBs so we can drop SSAO on mobile"),
            (
                SYS_DOCS,
                "Where in our viewer should I hook in to add a measurement tool: click two points "
                "on the model, draw a line between them with a label showing the distance in mm?",
            ),
            (
                SYS_TUTOR,
                "For my graphics course assignment I have to implement Phong shading in a "
                "fragment shader in WebGL. I have ambient working but diffuse looks wrong when I "
                "rotate the model. Just a hint please, not the answer.",
            ),
            (
                SYS_TUTOR,
                "Can you give me the full solution now? Blinn-Phong with one point light, normals "
                "transformed correctly, in WebGL1 GLSL.",
            ),
            (
                SYS_CLI,
                "Upgrade three from 0.149 to 0.162 in this repo and fix whatever breaks. I know "
                "sRGBEncoding and useLegacyLights changed.",
            ),
            (
                SYS_CLI,
                "run the vite dev server and tell me why the WebGPU backend falls back to WebGL2 "
                "in our three.js app, navigator.gpu exists in this Chrome",
            ),
            (
                SYS_AGENT,
                """Failing CI on the visual regression tests for the globe component:

```
FAIL src/globe/__tests__/globe.render.test.ts
  ● Globe › renders atmosphere
    Error: WebGL context could not be created. headless-gl: ANGLE not available
      at createRenderer (src/globe/renderer.ts:22:11)
      at Object.<anonymous> (src/globe/__tests__/globe.render.test.ts:14:20)
```

The tests render the three.js globe into an offscreen canvas and compare PNG snapshots. They
passed until we bumped the runner image to ubuntu-24.04. Find a way to get a WebGL context
in CI again (swiftshader? xvfb + headless chrome?) and update the workflow and the test
setup accordingly.""",
            ),
            (
                SYS_IDE,
                "This PlayCanvas script spawns coins but they all spawn at the origin instead of "
                "at the spawner entity's position, what's wrong with "
                "`coin.setPosition(this.entity.position)`?",
            ),
        ),
    )


@_section
def _english_dialogues() -> Iterator[Example]:
    yield from _dialogues(
        "en",
        "multi",
        (
            (
                "write a SQL query that returns the top 5 customers by total order value in 2023",
                "```sql\nSELECT c.id, c.name, SUM(o.total) AS revenue\nFROM customers c\n"
                "JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2023-01-01' "
                "AND o.created_at < '2024-01-01'\nGROUP BY c.id, c.name\nORDER BY revenue DESC\n"
                "LIMIT 5;\n```",
                "thanks. different thing: in three.js how do I make a mesh glow, only that mesh, "
                "not the whole scene? selective bloom",
            ),
            (
                "what's a good name for a cat that's grey and very lazy",
                "Some ideas: Dusty, Ash, Pebble, Slate, Mochi, Sir Naps-a-Lot.",
                "haha ok. also I'm building a little 3D room with r3f, the cat model from "
                "sketchfab loads but it's gigantic and positioned way off. how do I center and "
                "scale a GLTF to fit a 1 unit box?",
            ),
            (
                "Create a three.js scene with a rotating torus knot and orbit controls.",
                "```js\nimport * as THREE from 'three';\nimport { OrbitControls } from "
                "'three/addons/controls/OrbitControls.js';\n// scene, camera, renderer, "
                "TorusKnotGeometry + MeshStandardMaterial, light, animate loop...\n```",
                "now add shadows",
            ),
            (
                "Create a three.js scene with a rotating torus knot and orbit controls.",
                "Here's a minimal setup with a PerspectiveCamera, a hemisphere light and a "
                "`TorusKnotGeometry` rotated in the animation loop.",
                "nice. now make it react to the mouse: tilt toward the cursor",
                "Track normalized pointer coordinates in a `pointermove` listener and lerp the "
                "knot's rotation.x / rotation.y toward them every frame.",
                "can you add an environment map so it looks metallic",
            ),
            (
                "Should our backend be split into microservices? We have 6 devs and one Rails "
                "monolith.",
                "With six developers a well-modularised monolith is usually the better call; "
                "split out services only where scaling or deployment needs really differ.",
                "ok fair. unrelated, the marketing site has a three.js hero with a particle "
                "logo and Lighthouse says it blocks the main thread for 800ms on load. how do I "
                "defer that without the logo popping in?",
            ),
            (
                "How does HTTPS certificate pinning work on mobile apps?",
                "The app ships with the expected public key (or certificate hash) and rejects TLS "
                "connections whose chain does not contain it, even if a trusted CA signed it.",
                "got it. totally different question: WebXR hit-test in three.js for placing "
                "furniture on the floor, is there a minimal example?",
            ),
            (
                "fix this python: `for i in range(len(items)): if items[i] == None: del items[i]`",
                "Deleting while iterating by index skips elements and eventually raises "
                "IndexError. Use `items = [x for x in items if x is not None]`.",
                "thanks!! ok now the real problem. my raymarcher has banding in the fog, "
                "how do i dither it in glsl",
            ),
            (
                "I need a fragment shader for a hologram effect: scanlines, fresnel rim, flicker.",
                "```glsl\nuniform float uTime;\nvarying vec3 vNormal;\nvarying vec3 vViewDir;\n"
                "void main(){\n  float rim = pow(1.0 - abs(dot(vNormal, vViewDir)), 2.0);\n"
                "  float scan = step(0.5, fract(gl_FragCoord.y * 0.25 - uTime * 4.0));\n"
                "  gl_FragColor = vec4(vec3(0.2,0.8,1.0) * (rim + 0.2*scan), rim);\n}\n```",
                "it looks like the scanlines move with the screen, not with the object. "
                "can they stick to the model?",
            ),
            (
                "Write me a haiku about winter.",
                "Bare branches at dusk\nthe pond holds a sheet of sky\nfootprints fill with snow",
                "lovely. can you make a snow particle system in three.js to go with it, "
                "flakes drifting with a little wind, for a background",
            ),
            (
                "We're using deck.gl ScatterplotLayer for 300k store locations and it's fine.",
                "Good, ScatterplotLayer handles that size comfortably as long as accessors are "
                "cheap and data is not recreated on each render.",
                "now they want it 3D: extrude each store as a column by revenue, and tilt the "
                "map. ColumnLayer? and how do I keep the tooltip picking working",
            ),
            (
                "Explain the CAP theorem in two sentences.",
                "In a network partition a distributed store must choose between staying "
                "consistent and staying available. Without partitions you can have both.",
                "ok. now: my WebGPU app crashes on 'Device was lost' after alt-tabbing on "
                "windows. how do i handle device loss and recreate everything",
            ),
            (
                "My GLSL toon shader works but the outline is missing.",
                "A common approach is the inverted hull: render a slightly scaled copy of the "
                "mesh with front-face culling and a flat dark colour behind the original.",
                "tried that, the outline has gaps at hard edges on the cube. why",
            ),
            (
                "I have a Babylon.js scene with a car model and I'm adding a turntable.",
                "You can parent the car to a TransformNode and rotate that node in "
                "`scene.onBeforeRenderObservable`, using `engine.getDeltaTime()` for speed.",
                "ok and the reflections? the paint looks like plastic",
                "Use a PBRMaterial with clear coat enabled and an HDR environment texture; "
                "metallic paint needs both a base layer and the coat.",
                "where do I get the env texture and how do I make it not show as background",
            ),
            (
                "can u write a regex to match hex colors like #fff or #a1b2c3",
                "`/^#(?:[0-9a-fA-F]{3}){1,2}$/`",
                "cool. i'm passing those colors into a three.js material via uniforms and the "
                "colors come out darker than the css. convertSRGBToLinear? where",
            ),
            (
                "How do I sort an array of objects by date in JavaScript?",
                "`arr.sort((a, b) => new Date(a.date) - new Date(b.date))`",
                "Thanks. Second question, same project: we show a 3D timeline where each "
                "event is a card in 3D space. Cards far from the camera should fade out and "
                "nearest ones should be pickable. three.js, ~2000 cards, need ideas for "
                "rendering them efficiently (text included)",
            ),
            (
                "Please summarise the attached meeting notes in 5 bullets.",
                "- Launch moved to Q3\n- Hiring two frontend devs\n- New 3D viewer is the main "
                "risk\n- Budget approved\n- Next review on the 14th",
                "about the 3D viewer risk: what's realistic for rendering a 2 million triangle "
                "CAD assembly in the browser at 60fps? LOD, meshopt, instancing? give me a plan",
            ),
            (
                "Refactor this React form to use react-hook-form.",
                "Here is the form rewritten with `useForm`, `register` for the inputs and "
                "`handleSubmit` wrapping your onSubmit.",
                "ty. the page also has a <Canvas> from r3f showing a preview of the product and "
                "typing in the form makes the 3D preview stutter. how do i isolate them",
            ),
        ),
    )


@_section
def _spanish() -> Iterator[Example]:
    yield from _singles(
        "es",
        "single",
        (
            "¿cómo activo las sombras en three.js?",
            "textura negra en three.js, ¿por qué?",
            "shader de agua en GLSL, algo sencillo porfa",
            "OrbitControls no me deja hacer zoom",
            "¿qué es un VAO en WebGL2?",
            "hazme un cubo que gire con react-three-fiber",
            "mi modelo glb sale rosa en babylon",
            "bloom solo en algunos objetos con EffectComposer",
            "¿cómo roto un objeto con cuaterniones sin gimbal lock?",
            "raycaster no detecta los InstancedMesh, ayuda",
            "Estoy haciendo un visor de edificios con three.js y cuando acerco la cámara las "
            "paredes parpadean entre sí (creo que es z-fighting). El near de la cámara está en "
            "0.001 y el far en 100000. ¿Tiene que ver?",
            "Necesito un fragment shader que haga un degradado radial animado para el fondo "
            "de la landing, compatible con WebGL1. Uniforms: tiempo y resolución.",
            "Buenas! ¿Alguien me explica la diferencia entre un render target y el canvas "
            "en three.js? Quiero renderizar la escena a una textura para ponerla en una tele "
            "dentro de la misma escena.",
            "¿Cómo cargo un modelo comprimido con Draco en react-three-fiber? Con useGLTF me "
            "da error de decoder y no sé dónde poner los archivos del decoder.",
            "Quiero hacer un sistema de partículas de fuego en Babylon.js que no se coma el "
            "rendimiento en móviles. ¿GPUParticleSystem o ParticleSystem normal?",
            "En deck.gl, ¿cómo pinto un arco 3D entre dos ciudades con ArcLayer y que el "
            "color dependa del volumen de envíos?",
            "¿Por qué mi requestAnimationFrame va a 120 fps en el iPad Pro y la animación "
            "corre el doble de rápido? No estoy usando delta time.",
            "Tengo un globo con CesiumJS y quiero marcar 10.000 puntos con etiquetas sin que "
            "se vuelva lentísimo. ¿Billboards, PointPrimitiveCollection o qué?",
            """No entiendo por qué el cubo sale completamente negro. Le puse luz y todo:

```js
const geo = new THREE.BoxGeometry(1, 1, 1);
const mat = new THREE.MeshStandardMaterial({ color: 0x44aa88 });
const cubo = new THREE.Mesh(geo, mat);
scene.add(cubo);

const luz = new THREE.PointLight(0xffffff, 1);
luz.position.set(2, 2, 2);
scene.add(luz);

function animar() {
  cubo.rotation.x += 0.01;
  cubo.rotation.y += 0.01;
  renderer.render(scene, camera);
  requestAnimationFrame(animar);
}
animar();
```

Estoy usando three r165. En un tutorial viejo funcionaba igual con la misma intensidad.
He probado a subir el color a blanco y sigue negro, solo se ve un poquito si pego la luz
al cubo. ¿Cambió algo en las unidades de las luces? Y ya que estamos, ¿qué luz me
recomendáis para una escena de producto sencilla, ambiental + direccional o un HDRI?""",
            """Me sale este error al compilar el shader y no doy con ello:

```
THREE.WebGLProgram: Shader Error 0 - VALIDATE_STATUS false
FRAGMENT
ERROR: 0:87: 'vUv' : undeclared identifier
ERROR: 0:87: 'texture2D' : no matching overloaded function found
```

```js
const mat = new THREE.ShaderMaterial({
  uniforms: { uTex: { value: tex }, uTime: { value: 0 } },
  vertexShader: `
    void main() {
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    }
  `,
  fragmentShader: `
    uniform sampler2D uTex;
    uniform float uTime;
    varying vec2 vUv;
    void main() {
      vec2 uv = vUv + vec2(sin(uTime + vUv.y * 10.0) * 0.02, 0.0);
      gl_FragColor = texture2D(uTex, uv);
    }
  `,
});
```

Es para un efecto de ondas sobre una imagen en la home. ¿Qué me falta en el vertex shader?
Y ya de paso, ¿cómo hago que el efecto solo se active al pasar el ratón por encima?""",
            """Tenemos un visor de nubes de puntos (LiDAR de una obra) hecho con three.js y Points.
Son unos 12 millones de puntos en un .las que convertimos a binario en el servidor. Ahora
mismo cargamos todo de golpe:

```js
const res = await fetch('/api/nube/42.bin');
const buf = await res.arrayBuffer();
const pos = new Float32Array(buf, 0, n * 3);
const col = new Uint8Array(buf, n * 12, n * 3);
const geo = new THREE.BufferGeometry();
geo.setAttribute('position', new THREE.BufferAttribute(pos, 3));
geo.setAttribute('color', new THREE.BufferAttribute(col, 3, true));
const nube = new THREE.Points(geo, new THREE.PointsMaterial({ size: 0.02, vertexColors: true }));
scene.add(nube);
```

En portátiles sin gráfica dedicada va a 8 fps y tarda 20 segundos en aparecer algo. He leído
sobre octrees tipo Potree y sobre LOD por distancia. ¿Qué enfoque recomendáis para pasar a
carga progresiva sin reescribir todo el visor? Y el tamaño de punto, ¿debería ser adaptativo
según la distancia a la cámara?""",
            """Estoy portando una escena de Unity a Babylon.js y las normales del terreno se ven
raras, como facetadas, aunque en Unity se ve suave. Exporté el terreno como glTF desde
Blender. Código:

```js
BABYLON.SceneLoader.ImportMeshAsync('', '/assets/', 'terreno.glb', scene).then((r) => {
  const terreno = r.meshes[1];
  terreno.material.backFaceCulling = true;
  terreno.receiveShadows = true;
  terreno.convertToFlatShadedMesh(); // esto lo añadió un compañero, no sé por qué
  const sg = new BABYLON.ShadowGenerator(2048, sol);
  sg.usePercentageCloserFiltering = true;
  sg.addShadowCaster(arbol);
});
```

Aparte, las sombras de los árboles tienen dientes de sierra. ¿Es el tamaño del shadow map,
el filtro o las dos cosas? El terreno mide 2 km de lado y la cámara va en primera persona.
Os pego también los valores del inspector: bias 0.00005, normalBias 0, depthScale 50.""",
        ),
    )
    yield from _prompted(
        "es",
        "sys",
        (
            (SYS_ES, "¿Qué diferencia hay entre WebGL y WebGPU y merece la pena migrar ya?"),
            (
                SYS_ES_AGENT,
                "Añade un efecto de outline al objeto seleccionado en el editor "
                "(src/visor/seleccion.ts). Usamos three.js con EffectComposer.",
            ),
            (
                SYS_AGENT,
                "el visor 3D pierde el contexto WebGL cuando el usuario cambia de pestaña muchas "
                "veces en Safari. añade manejo de webglcontextlost/restored y vuelve a crear las "
                "texturas",
            ),
            (
                SYS_ES,
                "explícame qué hace la matriz de vista y la de proyección, con dibujitos ascii",
            ),
            (
                SYS_IDE,
                "¿por qué este useFrame hace que el componente se renderice cada frame? "
                "uso setState dentro para la rotación",
            ),
        ),
    )
    yield from _dialogues(
        "es",
        "multi",
        (
            (
                "hazme un endpoint en express que devuelva la lista de productos paginada",
                "```js\napp.get('/productos', async (req, res) => {\n  const page = "
                "Number(req.query.page) || 1;\n  const rows = await db.producto.findMany({ "
                "skip: (page - 1) * 20, take: 20 });\n  res.json(rows);\n});\n```",
                "gracias. ahora en el front quiero mostrar cada producto como una tarjeta 3D que "
                "gira al pasar el ratón, con three.js. ¿cómo lo planteo sin tener 20 canvas?",
            ),
            (
                "He hecho un shader de agua con ondas usando sin() en el vertex shader.",
                "Bien. Para que se vea más natural puedes sumar varias ondas de Gerstner con "
                "direcciones y longitudes distintas.",
                "¿y la espuma en la orilla? el agua corta con el terreno",
            ),
            (
                "¿Cuál es la capital de Australia?",
                "Canberra.",
                "jaja vale. oye, otra cosa: en A-Frame, ¿cómo hago que al mirar un objeto 2 "
                "segundos se active (fuse)?",
            ),
            (
                "Tengo una escena con 3000 árboles en three.js, cada uno un Mesh.",
                "Con tantos objetos iguales conviene usar InstancedMesh: un solo draw call por "
                "geometría y material.",
                "vale, ya lo pasé a InstancedMesh. ¿y ahora cómo hago el raycast para saber qué "
                "árbol se ha clicado?",
                "`raycaster.intersectObject(instancedMesh)` devuelve `instanceId` en cada "
                "intersección; con eso sabes qué instancia es.",
                "¿y para cambiarle el color solo a ese?",
            ),
            (
                "¿Me revisas este README del proyecto? Tiene faltas seguro.",
                "Claro, he corregido la ortografía y unificado los títulos. Te dejo el texto "
                "revisado abajo.",
                "perfecto. el proyecto es un visor de moléculas en WebGL; los enlaces entre "
                "átomos los dibujo como cilindros y con proteínas grandes va fatal. "
                "¿impostors en el shader?",
            ),
        ),
    )


@_section
def _german() -> Iterator[Example]:
    yield from _singles(
        "de",
        "single",
        (
            "three.js Schatten werden nicht angezeigt, was fehlt?",
            "wie funktioniert InstancedMesh genau?",
            "GLSL: Perlin Noise Funktion bitte",
            "Textur in WebGL ist auf dem Kopf, warum?",
            "r3f: Kamera soll einem Objekt folgen",
            "WebGPU Compute Shader Beispiel in WGSL",
            "Babylon.js GUI Button im 3D Raum anbringen?",
            "was bedeutet 'GL_INVALID_OPERATION: no valid shader program'",
            "Wir bauen einen Produktkonfigurator mit three.js. Die Felgen sollen beim Wechsel "
            "weich überblenden statt hart zu springen. Wie macht man das am besten, zwei "
            "Modelle mit Opacity oder im Shader?",
            "Kann mir jemand erklären, warum mein Skybox-Würfel Nähte an den Kanten zeigt? "
            "Die sechs Texturen sind 2048er JPGs, CubeTextureLoader, nichts Besonderes.",
            "Ich brauche einen Toon-Shader in three.js mit harten Lichtstufen und schwarzer "
            "Kontur, ähnlich Zelda BotW. MeshToonMaterial reicht mir nicht ganz.",
            "Wie kann ich in WebGL2 Transform Feedback für Partikel nutzen? Ich habe bisher "
            "alles auf der CPU gerechnet und bei 50k Partikeln ist Schluss.",
            "Unsere CesiumJS-Anwendung soll Gebäude aus CityGML als 3D Tiles anzeigen und "
            "nach Baujahr einfärben. Geht das mit Cesium3DTileStyle direkt?",
            "Frage zu Quaternionen: Ich will eine Drohne in three.js so drehen, dass sie sich "
            "in Flugrichtung neigt. Euler-Winkel machen bei senkrechtem Flug Probleme.",
            "Warum flackert mein Post-Processing (UnrealBloomPass), sobald ich das Fenster "
            "verkleinere? Ich rufe composer.setSize nicht auf, könnte es daran liegen?",
            "PlayCanvas: Wie lade ich Assets erst, wenn der Spieler ein neues Level betritt, "
            "statt alles beim Start?",
            """Moin, folgender Fehler beim Laden eines GLB mit Draco-Kompression:

```
Uncaught (in promise) Error: THREE.GLTFLoader: No DRACOLoader instance provided.
    at new GLTFDracoMeshCompressionExtension (GLTFLoader.js:1455:10)
    at GLTFParser.parse (GLTFLoader.js:2310:22)
```

Mein Code:

```js
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

const loader = new GLTFLoader();
loader.load('/modelle/maschine_komprimiert.glb', (gltf) => {
  scene.add(gltf.scene);
  gltf.scene.traverse((o) => {
    if (o.isMesh) {
      o.castShadow = true;
      o.receiveShadow = true;
    }
  });
}, undefined, (err) => console.error(err));
```

Ich dachte, Draco wird automatisch erkannt? Wo müssen die Decoder-Dateien liegen, wenn wir
mit Vite bauen und alles offline laufen muss (Messestand, kein Internet)? Und lohnt sich
KTX2 für die Texturen zusätzlich, die Maschine hat 40 Texturen à 4K?""",
            """Hallo zusammen, ich habe ein Performanceproblem mit react-three-fiber. Wir zeigen
eine Lagerhalle mit ca. 8000 Regalfächern an, jedes Fach ist ein eigenes Mesh, damit man es
anklicken kann:

```tsx
{faecher.map((f) => (
  <mesh
    key={f.id}
    position={[f.x, f.y, f.z]}
    onClick={() => waehle(f.id)}
    onPointerOver={() => setHover(f.id)}
  >
    <boxGeometry args={[0.9, 0.4, 0.6]} />
    <meshStandardMaterial color={hover === f.id ? 'orange' : belegungsFarbe(f)} />
  </mesh>
))}
```

Auf dem Firmenlaptop (Intel Iris) sind es ca. 12 fps. Ich vermute die vielen Draw Calls und
dass bei jedem Hover alles neu rendert. Wie würdet ihr das umbauen? Instances von drei?
Und wie bekomme ich dann Klick und Hover pro Fach hin, ohne dass das Raycasting teuer wird?
Die Belegungsfarben ändern sich alle paar Sekunden über einen WebSocket.""",
            """Ich portiere einen alten WebGL1-Renderer auf WebGL2 und bekomme nur noch schwarzes
Bild. Keine Fehler in der Konsole. Vertex-Shader:

```glsl
#version 300 es
attribute vec3 aPos;
attribute vec3 aNormal;
uniform mat4 uMVP;
uniform mat3 uNormalMat;
varying vec3 vNormal;
void main() {
  vNormal = uNormalMat * aNormal;
  gl_Position = uMVP * vec4(aPos, 1.0);
}
```

Fragment-Shader:

```glsl
#version 300 es
precision mediump float;
varying vec3 vNormal;
uniform vec3 uLightDir;
void main() {
  float d = max(dot(normalize(vNormal), -uLightDir), 0.0);
  gl_FragColor = vec4(vec3(d), 1.0);
}
```

getShaderInfoLog gibt irgendwas aus, das ich übersehen habe? Ich prüfe ehrlich gesagt den
Compile-Status gar nicht. Was muss ich bei attribute/varying/gl_FragColor ändern, und
welche Stolpersteine gibt es noch beim Umstieg (VAOs, Texturformate, Extensions)?""",
        ),
    )
    yield from _prompted(
        "de",
        "sys",
        (
            (SYS_DE, "Was ist der Unterschied zwischen Forward und Deferred Rendering?"),
            (
                SYS_DE_AGENT,
                "Bitte im Viewer (src/viewer/Scene.ts) die Kamera so anpassen, dass beim Laden "
                "eines Modells automatisch auf die Bounding Box gezoomt wird.",
            ),
            (
                SYS_DE,
                "Wie baue ich SSAO in Babylon.js ein und welche Parameter sind für Innenräume "
                "sinnvoll?",
            ),
            (SYS_AGENT, "fix: Raycaster trifft nach dem Resize des Canvas daneben"),
            (
                SYS_REVIEW,
                """Kannst du meinen Shader reviewen? Läuft, aber auf Android sehr langsam.

```glsl
precision highp float;
uniform sampler2D uTex;
uniform vec2 uRes;
varying vec2 vUv;
void main() {
  vec4 sum = vec4(0.0);
  for (int x = -8; x <= 8; x++)
    for (int y = -8; y <= 8; y++)
      sum += texture2D(uTex, vUv + vec2(x, y) / uRes);
  gl_FragColor = sum / 289.0;
}
```""",
            ),
        ),
    )
    yield from _dialogues(
        "de",
        "multi",
        (
            (
                "Schreib mir bitte eine kurze Absage-Mail an einen Bewerber, freundlich.",
                "Gern: „Vielen Dank für Ihr Interesse und die Zeit, die Sie sich genommen haben. "
                "Nach sorgfältiger Prüfung haben wir uns für eine andere Person entschieden…“",
                "danke. andere baustelle: in unserem three.js viewer sind die transparenten "
                "glasscheiben manchmal hinter den wänden sichtbar. sortierproblem?",
            ),
            (
                "Wie lege ich in Django ein Modell mit einer ManyToMany-Beziehung an?",
                "Mit `models.ManyToManyField(OtherModel, related_name=...)` im Modell und einer "
                "anschließenden Migration.",
                "ok danke. jetzt was anderes: wie zeichne ich in three.js dicke linien? "
                "linewidth wird ignoriert",
            ),
            (
                "Ich habe mit WebGPU ein Dreieck gerendert.",
                "Glückwunsch! Als nächstes bieten sich ein Vertex-Buffer mit mehreren Objekten "
                "und eine Uniform für die Kameramatrix an.",
                "ok, wie sieht der Uniform-Buffer für die MVP-Matrix aus und wie update ich ihn "
                "pro Frame?",
            ),
            (
                "Unsere Microservices sollen über Kafka kommunizieren, ist das sinnvoll für "
                "10 Services?",
                "Für ereignisgetriebene Abläufe ja; für einfache Request/Response-Aufrufe ist "
                "HTTP/gRPC oft einfacher.",
                "alles klar. nebenbei: der 3D-Lageplan im Dashboard (deck.gl) soll Gebäude "
                "extrudiert zeigen, Höhe = Auslastung. welcher Layer?",
            ),
            (
                "Ich möchte ein Partikelsystem für Funken in three.js.",
                "Mit `THREE.Points`, einem eigenen ShaderMaterial und Attributen für "
                "Geschwindigkeit und Lebensdauer lässt sich das gut auf der GPU animieren.",
                "und wie bekomme ich die funken additiv geblendet ohne dass sie sich "
                "gegenseitig verdecken?",
            ),
        ),
    )


@_section
def _german_extra() -> Iterator[Example]:
    yield from _singles(
        "de",
        "extra",
        (
            "A-Frame Szene ruckelt auf der Quest, wie messe ich die Draw Calls?",
            "Kurze Frage: Muss ich Geometrien in three.js manuell dispose()n, wenn ich die "
            "Szene wechsle, oder räumt der Garbage Collector das auf?",
            "Wie rendere ich in three.js eine Minimap von oben (zweite orthografische Kamera) "
            "in die Ecke des Bildschirms? Mit setViewport und setScissor?",
        ),
    )


@_section
def _chinese() -> Iterator[Example]:
    yield from _singles(
        "zh",
        "single",
        (
            "three.js 加载 gltf 模型后全黑怎么办",
            "WebGL 纹理为什么是上下颠倒的",
            "求一个 GLSL 的水波纹 shader",
            "r3f 里怎么加 OrbitControls",
            "InstancedMesh 怎么单独改某个实例的颜色？",
            "WebGPU 和 WebGL 性能差多少",
            "three.js 模型边缘锯齿严重，怎么抗锯齿",
            "Babylon.js 怎么加载 obj 模型",
            "cesium 怎么加载 3dtiles 倾斜摄影",
            "shader 里的 step 和 smoothstep 有什么区别",
            "大佬们，three.js 里模型和地面之间一直闪烁（z-fighting），把 near 调大了也没用，"
            "还有什么办法？polygonOffset 要怎么设置？",
            "做数字孪生项目，园区大概有 500 栋楼，用 three.js 渲染帧率只有 15 左右，"
            "有什么优化思路吗？合并几何体还是用实例化？",
            "想用 three.js 实现一个飞线效果（城市之间的弧线，带流光动画），"
            "用 shader 还是 Line2 比较好？",
            "请问 WebGL 里 framebuffer 和 renderbuffer 的区别是什么？什么时候用纹理附件，"
            "什么时候用 renderbuffer？",
            "在 react-three-fiber 中如何实现点击模型后相机平滑飞过去并对准该模型？"
            "目前用的 drei 的 CameraControls。",
            "echarts-gl 和 deck.gl 做 3D 地图热力柱状图，哪个更适合十万级数据？",
            "WebGPU 的 compute shader 里 workgroup_size 应该怎么选？"
            "64 和 256 在实际性能上差别大吗？",
            "three.js 的 EffectComposer 加了 UnrealBloomPass 之后背景变成黑色了，"
            "原来的透明背景没了，怎么解决？",
            """three.js 加载模型之后内存一直涨，切换了几次模型页面就崩了。代码如下：

```js
function loadModel(url) {
  if (current) {
    scene.remove(current);
  }
  loader.load(url, (gltf) => {
    current = gltf.scene;
    current.traverse((child) => {
      if (child.isMesh) {
        child.material = new THREE.MeshStandardMaterial({
          map: child.material.map,
          metalness: 0.3,
          roughness: 0.6,
        });
      }
    });
    scene.add(current);
  });
}
```

控制台看 renderer.info.memory，geometries 和 textures 一直在增加。
是不是要手动调用 dispose？geometry、material、texture 都要释放吗？
另外我在 traverse 里新建了材质，原来的材质是不是也没释放？求一个完整的释放函数。
还有一个问题：多个模型共用同一张贴图的时候，dispose 掉一个模型会不会把别的模型的贴图也弄坏？
我们是做展厅的，用户会来回切换二三十个展品模型，每个模型大概 10~30MB，
现在切到第十个左右 iPad 上就直接白屏了，Chrome 电脑上会慢慢变卡。
有没有比较成熟的做法，比如做一个缓存池，或者用引用计数来管理贴图和几何体？
three 版本是 r158，用的是 GLTFLoader + DRACOLoader，贴图大部分是 2K 的 jpg。
如果改成 KTX2 压缩纹理，显存占用能降多少？对 iPad 白屏的问题有帮助吗？""",
            """写了一个简单的 WebGL 程序，画不出三角形，也没有报错，画布是黑的：

```js
const gl = canvas.getContext('webgl');
const vs = `
attribute vec2 a_pos;
void main() { gl_Position = vec4(a_pos, 0.0, 1.0); }
`;
const fs = `
precision mediump float;
void main() { gl_FragColor = vec4(1.0, 0.5, 0.0, 1.0); }
`;
const prog = createProgram(gl, vs, fs);
const buf = gl.createBuffer();
gl.bindBuffer(gl.ARRAY_BUFFER, buf);
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0.5, -0.5, -0.5, 0.5, -0.5]),
  gl.STATIC_DRAW);
const loc = gl.getAttribLocation(prog, 'a_pos');
gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0);
gl.clearColor(0, 0, 0, 1);
gl.clear(gl.COLOR_BUFFER_BIT);
gl.drawArrays(gl.TRIANGLES, 0, 3);
```

createProgram 是我自己封装的，里面有检查编译和链接状态，都是成功的。
是不是漏了哪一步？网上教程看了好几个都差不多，实在找不出来。
我用 gl.getError() 打印了一下，返回 0。换成 gl.POINTS 画也什么都看不到。
canvas 的宽高是在 CSS 里设置的 100%，会不会和这个有关系？
顺便问一下，如果要画很多个三角形，是每个都调用一次 drawArrays，还是放进同一个 buffer 里一次画完？
最终是想做一个简单的 2.5D 地图编辑器，地块要用三角形拼出来，可能有几万个，所以想先把基础打牢。""",
            """需求：智慧园区大屏，three.js 实现以下效果，帮忙出个技术方案和关键代码：

1. 加载园区整体模型（glb，约 60MB，需要 Draco 压缩 + 分块加载）；
2. 楼宇点击后高亮描边，其余楼宇半透明；
3. 摄像头点位用 Sprite 图标显示，点击弹出 HTML 信息框（跟随 3D 位置）；
4. 道路上有车辆流光效果（沿路径移动的光带）；
5. 昼夜切换：白天用 HDR 环境贴图，夜晚楼宇窗户自发光 + bloom；
6. 大屏分辨率 7680x2160，要求稳定 30 帧以上。

目前最担心的是第 6 点，这么大的分辨率下 bloom 和描边的后处理开销很大，
是不是应该降低渲染分辨率再放大？setPixelRatio 应该怎么设？
另外第 3 点用 CSS2DRenderer 还是 drei 的 Html 组件更好？我们没用 React，是原生 three.js。""",
        ),
    )
    yield from _prompted(
        "zh",
        "sys",
        (
            (SYS_ZH, "用 three.js 写一个旋转的地球，带大气层辉光效果"),
            (SYS_ZH_AGENT, "把项目里所有的 Geometry 改成 BufferGeometry，three 已经升级到 r150 了"),
            (SYS_PLAIN, "解释一下 PBR 材质里的 metalness 和 roughness 分别控制什么"),
            (
                SYS_ZH,
                "WebGL 中如何实现阴影贴图（shadow mapping）？请从原理讲起，"
                "再给出一个最小的 WebGL2 实现。",
            ),
            (
                SYS_IDE,
                "这个 useFrame 里每帧 new THREE.Vector3() 会不会有 GC 问题？要怎么改？",
            ),
        ),
    )
    yield from _dialogues(
        "zh",
        "multi",
        (
            (
                "帮我写一个 Python 脚本，把文件夹里所有 png 批量改名为 001.png、002.png……",
                "```python\nfrom pathlib import Path\nfor i, p in enumerate(sorted("
                "Path('.').glob('*.png')), 1):\n    p.rename(f'{i:03d}.png')\n```",
                "好的。另外这些 png 是序列帧，我想在 three.js 里做成一个 sprite 动画贴在平面上，"
                "怎么切换 UV？",
            ),
            (
                "我用 three.js 做了一个粒子星空。",
                "不错！可以用 BufferGeometry + Points，并在 shader 里根据距离调整 gl_PointSize。",
                "现在想让粒子组成文字，点击后散开再聚合，思路是什么？",
            ),
            (
                "解释一下什么是 RESTful API",
                "REST 是一种架构风格：用 URL 表示资源，用 HTTP 方法表达操作，无状态通信。",
                "懂了。换个问题，cesium 里怎么画一条贴地的管线，并且能点击查询属性？",
            ),
            (
                "three.js 的 OutlinePass 怎么用？",
                "创建 `new OutlinePass(new Vector2(w, h), scene, camera)`，加入 composer，"
                "再把要描边的对象放进 `selectedObjects`。",
                "加上以后抗锯齿没了，边缘全是锯齿",
                "使用 EffectComposer 后 renderer 的 antialias 对渲染目标不生效，"
                "可以在最后加 FXAA/SMAA pass，或给渲染目标设置 samples。",
                "那 samples 设多少合适，手机上会不会很卡",
            ),
            (
                "最近在学 shader，感觉好难。",
                "可以从 The Book of Shaders 开始，先写 2D 的片元着色器，比如渐变、形状和噪声。",
                "好，那帮我写一个用 fbm 噪声生成云朵的片元着色器吧，带注释",
            ),
        ),
    )


@_section
def _japanese() -> Iterator[Example]:
    yield from _singles(
        "ja",
        "single",
        (
            "three.jsで影が出ない",
            "GLTFLoaderで読み込んだモデルが真っ黒になる",
            "WebGLのテクスチャが上下反転するのはなぜ？",
            "GLSLでトゥーンシェーディングを書きたい",
            "r3fでクリックしたメッシュだけ色を変える方法",
            "WebGPUのバインドグループって何？",
            "three.jsのbloomを特定のオブジェクトだけにかけたい",
            "Babylon.jsでglbを読み込む最小コード",
            "A-FrameでVRモードのボタンを消したい",
            "raycasterがスマホだとずれる",
            "three.jsで数万個の立方体を表示したいのですが、Meshを大量に作ると重くなります。"
            "InstancedMeshを使うべきでしょうか？その場合、個別のクリック判定はどうなりますか？",
            "OrbitControlsで回転させたときに、カメラが地面の下に潜り込まないように"
            "制限する方法はありますか？maxPolarAngleを設定しても少し潜ってしまいます。",
            "シェーダーでレイマーチングを始めたいです。球と床だけのシーンで、"
            "ソフトシャドウまで入ったサンプルを解説付きで書いてもらえますか？",
            "WebGL2のインスタンシング描画（drawArraysInstanced）で、"
            "インスタンスごとに色を渡す方法を教えてください。vertexAttribDivisorの使い方が"
            "よく分かりません。",
            "deck.glで東京の建物データを3D表示し、高さを階数に応じて押し出したいです。"
            "GeoJsonLayerのextrudedで十分でしょうか？",
            "CesiumJSで地形の上に3Dモデル（glTF）を配置すると少し浮いて見えます。"
            "heightReferenceをCLAMP_TO_GROUNDにしても変わりません。",
            "PlayCanvasで、スマホのときだけポストエフェクトを切る方法はありますか？",
            "requestAnimationFrameのループで毎フレームnew THREE.Vector3()しているのですが、"
            "GCの観点でまずいでしょうか？",
            """three.jsでポストプロセスを入れたら色が全体的に暗くなりました。

```js
const composer = new EffectComposer(renderer);
composer.addPass(new RenderPass(scene, camera));

const bloomPass = new UnrealBloomPass(
  new THREE.Vector2(window.innerWidth, window.innerHeight),
  0.8, // strength
  0.3, // radius
  0.9  // threshold
);
composer.addPass(bloomPass);

renderer.toneMapping = THREE.ACESFilmicToneMapping;
renderer.outputColorSpace = THREE.SRGBColorSpace;

function animate() {
  requestAnimationFrame(animate);
  controls.update();
  composer.render();
}
animate();
```

composerを使わずに renderer.render(scene, camera) すると正しい明るさで表示されます。
バージョンは r160 です。OutputPass というものを追加する必要があるのでしょうか？
また、FXAAも入れたいのですが、どの順番でパスを追加すればよいか教えてください。
できればモバイルでの負荷を抑える設定もあわせて知りたいです。
ちなみに背景は scene.background に HDR を設定していて、そこも暗くなっています。
composer.setSize はリサイズ時に呼んでいますが、setPixelRatio は呼んでいません。
Retina の MacBook で見るとエッジがギザギザなのもこのあたりが関係していますか？""",
            """WebGPUでコンピュートシェーダーを使ってパーティクルを動かそうとしていますが、
以下のエラーが出て止まります。

```
Binding size (16) is smaller than the minimum binding size (32).
 - While validating entries[0] as a Buffer.
 - While validating [BindGroupDescriptor] against [BindGroupLayout]
 - While calling [Device].CreateBindGroup([BindGroupDescriptor]).
```

WGSL側：

```wgsl
struct Params {
  deltaTime: f32,
  gravity: vec3f,
};
@group(0) @binding(0) var<uniform> params: Params;
```

JS側：

```js
const paramBuffer = device.createBuffer({
  size: 16,
  usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
});
device.queue.writeBuffer(paramBuffer, 0, new Float32Array([dt, 0, -9.8, 0]));
```

f32が1つとvec3fが1つなので16バイトで足りると思っていたのですが、
なぜ32バイト必要なのでしょうか？WGSLのアライメント規則について詳しく知りたいです。
また、パーティクル本体のストレージバッファも同じ構造体（position: vec3f, velocity: vec3f,
life: f32）で作っているので、そちらのレイアウトも正しいか不安です。
JS側で Float32Array に詰めるときのオフセットの計算方法も教えていただけると助かります。""",
            """社内の設備管理システムで、工場のBIMデータ（IFC）をブラウザで3D表示する機能を
作っています。現状の構成は以下の通りです。

- IFC → glTF 変換はサーバー側（IfcConvert）
- フロントは three.js r155 + 自前の操作UI
- 1フロアあたり約 30万ポリゴン、全 8 フロア
- 部材をクリックすると属性（設備ID、点検日など）をサイドパネルに表示

問題点：
1. 全フロアを読み込むと 10fps 程度まで落ちる（ノートPC、内蔵GPU）
2. 部材ごとに Mesh が分かれているためドローコールが 1 万を超えている
3. 部材を BufferGeometryUtils.mergeGeometries でまとめるとクリック判定ができなくなる

マージしつつ部材IDを頂点属性として持たせ、GPUピッキングで判定する方式を考えていますが、
実装の流れとハマりどころを教えてください。断面表示（クリッピングプレーン）も今後必要です。

現在のクリック判定のコードはこんな感じです：

```js
renderer.domElement.addEventListener('pointerdown', (e) => {
  const rect = renderer.domElement.getBoundingClientRect();
  pointer.x = ((e.clientX - rect.left) / rect.width) * 2 - 1;
  pointer.y = -((e.clientY - rect.top) / rect.height) * 2 + 1;
  raycaster.setFromCamera(pointer, camera);
  const hits = raycaster.intersectObjects(floorGroup.children, true);
  if (hits.length > 0) {
    const id = hits[0].object.userData.ifcId;
    showProperties(id);
    highlight(hits[0].object);
  }
});
```

GPUピッキングにした場合、ハイライト表示（選択部材だけ色を変える）はどう実現するのが
よいでしょうか？マージ後のジオメトリで部材単位の色変更をする方法も知りたいです。""",
        ),
    )
    yield from _prompted(
        "ja",
        "sys",
        (
            (SYS_JA, "法線マップの仕組みを初心者向けに説明してください"),
            (
                SYS_JA_AGENT,
                "src/viewer/scene.ts の描画ループに、タブが非表示のときはレンダリングを"
                "止める処理を追加してください。",
            ),
            (SYS_JA, "three.jsのMeshPhysicalMaterialでガラスっぽい質感を出すパラメータは？"),
            (
                SYS_AGENT,
                "Babylon.jsのシーンで、メモリリークが起きていないか確認して、"
                "不要になったメッシュとマテリアルをdisposeするように直してください。",
            ),
            (
                SYS_IDE,
                "このフラグメントシェーダー、iPhoneだけ縞模様が出ます。精度の問題ですか？",
            ),
        ),
    )
    yield from _dialogues(
        "ja",
        "multi",
        (
            (
                "Reactでフォームのバリデーションを実装したいです。",
                (
                    "react-hook-form と zod を組み合わせると、スキーマで型安全にバリデーション"
                    "できます。"
                ),
                "ありがとうございます。別件ですが、同じアプリでr3fのCanvasを使っていて、"
                "モデルの読み込み中にローディング表示を出したいです。Suspenseでいけますか？",
            ),
            (
                "three.jsでパーティクルを使って雪を降らせたいです。",
                "Points と BufferGeometry を使い、頂点シェーダーでY座標を時間に応じて下げて、"
                "範囲外に出たらループさせる方法が軽量です。",
                "風で横に流れるようにするにはどうすればいいですか？",
            ),
            (
                "来週のプレゼン用に、自己紹介の文章を考えてください。",
                "はじめまして、フロントエンドエンジニアの〇〇です。"
                "現在はWebGLを使った3D表現を中心に取り組んでいます……",
                "いい感じです！ちなみに、そのWebGLの話で使うデモとして、"
                "マウスに反応して波打つ画像のシェーダーを作りたいのですが、書けますか？",
            ),
            (
                "WebGPUで三角形を描画できました。",
                "おめでとうございます。次は頂点バッファとユニフォームバッファを使って"
                "回転する立方体に進むのがおすすめです。",
                "立方体にしたら面の前後がおかしいです。深度バッファが必要ですか？",
            ),
            (
                "Pythonで CSV を読み込んで平均値を出すコードを書いて",
                (
                    "```python\nimport pandas as pd\nprint(pd.read_csv('data.csv')['value'].mea"
                    "n())\n```"
                ),
                "ありがとう。このデータ（緯度経度と値）を地球儀の上に棒グラフで立てて"
                "表示したいんだけど、three.jsとCesiumどっちがいい？",
            ),
        ),
    )


@_section
def _french() -> Iterator[Example]:
    yield from _singles(
        "fr",
        "single",
        (
            "three.js : mes ombres ne s'affichent pas",
            "comment faire un shader de dissolution en GLSL ?",
            "différence entre WebGL et WebGPU en deux mots ?",
            "r3f : charger un modèle glb avec Draco",
            "Bonjour, sur notre configurateur three.js les reflets du métal paraissent plats. "
            "On utilise un simple AmbientLight + DirectionalLight. Faut-il une envMap HDR et "
            "comment la générer avec PMREMGenerator ?",
            "Je débute en WebGL2 : quelqu'un peut m'expliquer à quoi servent les VAO et pourquoi "
            "mon code marche sans en créer ?",
            "Avec CesiumJS je veux afficher des trajectoires de drones en 3D avec une couleur "
            "selon l'altitude. Polyline avec un material par segment ou autre chose ?",
            """J'ai un problème de performance avec Babylon.js : la scène (un entrepôt) tourne
à 60 fps sur PC mais à 15 fps sur une tablette Android. L'inspector indique :

```
Total meshes: 4 312
Active meshes: 3 980
Draw calls: 4 105
Total vertices: 1 240 000
Textures: 96
Frame time: 64 ms (GPU) / 9 ms (CPU)
```

La plupart des meshes sont des caisses identiques (même géométrie, 3 matériaux différents).
Est-ce que je dois passer par des instances, des thin instances ou fusionner les meshes ?
Et le frame time GPU très élevé vient peut-être aussi des ombres (ShadowGenerator 4096 avec
PCF) ? Comment savoir ce qui coûte le plus ? J'ai aussi activé le SSAO2 du
DefaultRenderingPipeline, je suppose que ça n'aide pas. Les caisses sont importées depuis
un .glb exporté de Blender, chacune comme un mesh séparé avec son propre nom (on en a besoin
pour afficher l'étiquette au clic).""",
        ),
    )
    yield from _prompted(
        "fr",
        "sys",
        (
            (SYS_FR, "Explique-moi le frustum culling et comment three.js le fait"),
            (
                SYS_AGENT,
                "Ajoute un mode filaire (wireframe) activable avec la touche W dans le viewer "
                "three.js, sans recréer les matériaux.",
            ),
            (SYS_FR, "Écris un fragment shader de dégradé animé pour un fond de page en WebGL"),
        ),
    )
    yield from _dialogues(
        "fr",
        "multi",
        (
            (
                "Peux-tu corriger les fautes dans ce paragraphe ? « Les resultats sont "
                "encourageant et nous esperons continuer »",
                "« Les résultats sont encourageants et nous espérons continuer. »",
                "merci ! autre sujet : dans mon jeu three.js la caméra à la troisième personne "
                "traverse les murs, comment je gère la collision caméra ?",
            ),
            (
                "J'ai un shader de toon shading qui marche sur une sphère.",
                "Parfait. Pour un rendu plus net, on peut quantifier le terme diffus avec "
                "`floor(ndl * bands) / bands` et ajouter un contour par inverted hull.",
                "et pour que ça marche avec les ombres portées de three.js ?",
            ),
            (
                "Quelle est la complexité d'un tri fusion ?",
                "O(n log n) dans tous les cas, avec O(n) de mémoire supplémentaire.",
                "ok. sinon, en WebGPU comment on trie des particules par profondeur pour la "
                "transparence ? un bitonic sort en compute shader ?",
            ),
        ),
    )


@_section
def _portuguese() -> Iterator[Example]:
    yield from _singles(
        "pt",
        "single",
        (
            "three.js textura preta, alguém sabe?",
            "como faço um shader de holograma em GLSL",
            "OrbitControls travando no celular",
            "r3f: como animar a câmera até um ponto clicado",
            "Estou fazendo um tour virtual em A-Frame e as imagens 360 ficam com uma costura "
            "visível no meio. Já tentei mudar o tamanho da imagem. Alguma ideia?",
            "Qual a melhor forma de renderizar 100 mil pontos de GPS no deck.gl em 3D, com a "
            "altura representando a velocidade? ScatterplotLayer não tem altura.",
            "Como converter uma matriz de rotação em quaternion no three.js e aplicar numa "
            "câmera sem que ela dê aquele giro estranho no meio da animação?",
            """Pessoal, meu jogo em three.js começa a 60 fps e depois de uns 5 minutos cai para
20. Acho que é vazamento. Cada tiro cria isso:

```js
function atirar(origem, direcao) {
  const geo = new THREE.SphereGeometry(0.1, 8, 8);
  const mat = new THREE.MeshBasicMaterial({ color: 0xffcc00 });
  const bala = new THREE.Mesh(geo, mat);
  bala.position.copy(origem);
  bala.userData.vel = direcao.clone().multiplyScalar(40);
  scene.add(bala);
  balas.push(bala);
  setTimeout(() => {
    scene.remove(bala);
    balas.splice(balas.indexOf(bala), 1);
  }, 2000);
}
```

O renderer.info.memory.geometries só cresce. Preciso chamar dispose em tudo? Não seria
melhor ter um pool de balas reaproveitando geometria e material? Como vocês fariam um
object pool decente em three.js? E usar InstancedMesh pras balas compensa?""",
        ),
    )
    yield from _prompted(
        "pt",
        "sys",
        (
            (SYS_PT, "o que é um draw call e por que diminuir ajuda tanto no WebGL?"),
            (
                SYS_AGENT,
                "adiciona suporte a WebXR (botão de VR) no visualizador three.js em "
                "src/viewer.ts, mantendo os controles atuais no desktop",
            ),
            (
                SYS_PT,
                "Me explica como funciona o depth buffer e por que aparece z-fighting quando o "
                "near da câmera é muito pequeno.",
            ),
        ),
    )
    yield from _dialogues(
        "pt",
        "multi",
        (
            (
                "me ajuda a escrever um post no linkedin sobre minha nova vaga?",
                'Claro! "Feliz em compartilhar que comecei uma nova fase como desenvolvedor '
                'front-end na..."',
                "valeu! agora uma técnica: nessa vaga vou mexer com Babylon.js, como faço pra "
                "carregar um glb e colocar sombra nele?",
            ),
            (
                "Fiz um shader de fogo com ruído no three.js.",
                "Legal! Para parecer mais volumétrico, você pode usar vários planos cruzados "
                "(billboards) e somar com blending aditivo.",
                "e como eu deixo ele sempre virado pra câmera?",
            ),
            (
                "tenho um InstancedMesh com 10 mil cubos",
                "Ótimo, isso já reduz tudo a um draw call. O que você precisa fazer com eles?",
                "quero que cada um pulse numa fase diferente sem atualizar as matrizes na CPU",
            ),
        ),
    )


@_section
def _italian() -> Iterator[Example]:
    yield from _singles(
        "it",
        "single",
        (
            "three.js ombre non funzionano, aiuto",
            "shader GLSL per effetto acqua semplice?",
            "come si usa InstancedMesh in react-three-fiber?",
            "Sto facendo un visualizzatore di molecole con three.js e vorrei renderizzare gli "
            "atomi come sfere impostor nel fragment shader invece di usare SphereGeometry. "
            "Come si calcola la profondità corretta?",
            "In Babylon.js il mio modello glb appare troppo scuro rispetto a Blender. È una "
            "questione di tone mapping o di environment texture?",
            """Ciao, ho questo errore in console quando ridimensiono la finestra e poi la scena
diventa nera:

```
WebGL: CONTEXT_LOST_WEBGL: loseContext: context lost
THREE.WebGLRenderer: Context Lost.
[.WebGL-0x7f8c00] GL_INVALID_FRAMEBUFFER_OPERATION: glDrawElements: Framebuffer is
incomplete: Attachment has zero size.
```

Nel resize faccio:

```js
window.addEventListener('resize', () => {
  const w = container.clientWidth;
  const h = container.clientHeight;
  camera.aspect = w / h;
  camera.updateProjectionMatrix();
  renderer.setSize(w, h);
  composer.setSize(w, h);
  bloomTarget = new THREE.WebGLRenderTarget(w * 2, h * 2, { type: THREE.HalfFloatType });
});
```

Il container è dentro un pannello che può essere chiuso (altezza 0). È quello il problema?
E creare un nuovo render target a ogni resize senza fare dispose del vecchio può far perdere
il contesto? Come gestisco bene webglcontextlost e webglcontextrestored?""",
        ),
    )
    yield from _prompted(
        "it",
        "sys",
        (
            (SYS_IT, "spiegami cos'è una matrice di proiezione prospettica"),
            (
                SYS_IDE,
                "perché il raycaster colpisce oggetti invisibili (visible = false)? come li "
                "escludo?",
            ),
            (SYS_IT, "come faccio un effetto glitch in post-processing con three.js?"),
        ),
    )
    yield from _dialogues(
        "it",
        "multi",
        (
            (
                "Mi consigli un libro sulla storia di Roma?",
                '"SPQR" di Mary Beard è un\'ottima introduzione, scorrevole e aggiornata.',
                "grazie! domanda tecnica: voglio ricostruire il Colosseo in three.js partendo da "
                "un modello di 2 milioni di triangoli. come gestisco i LOD?",
            ),
            (
                "Ho creato una scena A-Frame con un cubo e una sfera.",
                "Bene! Puoi aggiungere interazione con il componente `cursor` e gli eventi "
                "`click` sulle entità.",
                "e per farla funzionare con i controller del Quest?",
            ),
        ),
    )


@_section
def _korean() -> Iterator[Example]:
    yield from _singles(
        "ko",
        "single",
        (
            "three.js 그림자가 안 나와요",
            "GLSL로 노이즈 함수 어떻게 만들어요?",
            "r3f에서 GLTF 모델 클릭 이벤트 처리",
            "WebGPU 컴퓨트 셰이더 예제 있나요?",
            "three.js로 건물 모델을 띄우는데 가까이 가면 벽이 깜빡거려요. z-fighting 같은데 "
            "logarithmicDepthBuffer를 켜면 해결되나요? 성능 영향은요?",
            "Babylon.js에서 캐릭터 애니메이션(glb에 들어있는 idle, walk)을 부드럽게 "
            "블렌딩하면서 전환하려면 어떻게 해야 하나요?",
            """three.js에서 포스트 프로세싱을 적용했더니 모바일에서 프레임이 너무 떨어집니다.

```js
const composer = new EffectComposer(renderer);
composer.addPass(new RenderPass(scene, camera));
composer.addPass(new SSAOPass(scene, camera, innerWidth, innerHeight));
composer.addPass(new UnrealBloomPass(new Vector2(innerWidth, innerHeight), 1.0, 0.5, 0.8));
composer.addPass(new ShaderPass(FXAAShader));
composer.addPass(new OutputPass());
renderer.setPixelRatio(window.devicePixelRatio);
```

갤럭시 S21 기준으로 PC에서는 60fps인데 모바일에서는 18fps 정도 나옵니다.
devicePixelRatio가 3이라서 그런 걸까요? SSAO를 빼면 35fps 정도까지 올라갑니다.
모바일에서는 어떤 패스를 빼거나 해상도를 낮추는 게 좋을지, 그리고 기기 성능에 따라
품질을 자동으로 조절하는 방법(적응형 해상도 같은 것)이 있는지 알려주세요.
bloom은 디자인팀에서 꼭 필요하다고 해서 최대한 유지하고 싶습니다.
참고로 씬에는 메시가 약 300개, 텍스처는 대부분 1K이고, 그림자는 DirectionalLight 하나에
2048 shadow map을 쓰고 있습니다. 그림자 해상도도 낮춰야 할까요?
three.js 버전은 r160입니다.""",
        ),
    )
    yield from _prompted(
        "ko",
        "sys",
        (
            (SYS_KO, "쿼터니언이 오일러 각보다 회전 보간에 좋은 이유를 설명해 주세요"),
            (
                SYS_AGENT,
                "뷰어에서 모델 로딩 진행률을 표시하도록 LoadingManager를 연결해 주세요. "
                "파일은 src/three/loader.ts 입니다.",
            ),
        ),
    )
    yield from _dialogues(
        "ko",
        "multi",
        (
            (
                "회의록을 3줄로 요약해줘: 다음 분기 목표는 3D 뷰어 출시, 인력 충원, QA 강화.",
                "- 다음 분기 핵심 목표는 3D 뷰어 출시\n- 개발 인력 충원 예정\n- QA 프로세스 강화",
                "고마워. 그 3D 뷰어 말인데, 모바일에서 glb 로딩이 너무 느려. Draco랑 KTX2 "
                "적용하는 방법 알려줘",
            ),
            (
                "three.js로 파티클 은하를 만들었어요.",
                "멋지네요! 나선팔은 각도에 반지름 비례 오프셋을 더하면 만들 수 있어요.",
                "이제 마우스 움직임에 따라 은하가 살짝 기울어지게 하고 싶어요",
            ),
            (
                "자바스크립트에서 debounce 함수 만들어줘",
                "```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...a) => {\n"
                "    clearTimeout(t);\n    t = setTimeout(() => fn(...a), ms);\n  };\n}\n```",
                "이걸 three.js 캔버스 resize에 쓰려는데, resize 중에 화면이 늘어나 보이는 건 "
                "어떻게 막아요?",
            ),
        ),
    )


@_section
def _russian() -> Iterator[Example]:
    yield from _singles(
        "ru",
        "single",
        (
            "three.js не отображаются тени, что не так?",
            "как написать шейдер воды на GLSL",
            "чем отличается WebGL1 от WebGL2 на практике",
            "r3f: как сделать плавное следование камеры за объектом",
            "Делаю визуализацию облака точек в three.js, около 20 млн точек. Браузер падает "
            "при загрузке. Как правильно делать потоковую загрузку и LOD, как в Potree?",
            "Как в WebGPU организовать ping-pong буферы для симуляции частиц в compute "
            "шейдере? Нужен минимальный пример на WGSL и JS.",
            "В Babylon.js при включении теней от нескольких источников FPS падает вдвое. "
            "Есть ли способ кешировать тени для статичных объектов?",
            """Помогите разобраться с артефактами. Пишу свой рендерер на чистом WebGL2, тени через
shadow map. На поверхностях появляются полосы (shadow acne), а если увеличить bias, тени
"отрываются" от объектов.

```glsl
float shadow(vec4 lightSpacePos) {
  vec3 p = lightSpacePos.xyz / lightSpacePos.w;
  p = p * 0.5 + 0.5;
  float closest = texture(uShadowMap, p.xy).r;
  float current = p.z;
  float bias = 0.005;
  return current - bias > closest ? 0.3 : 1.0;
}
```

Shadow map 1024x1024, формат DEPTH_COMPONENT24, ортографическая камера источника света
охватывает всю сцену (500x500 единиц). Слышал про slope-scaled bias и PCF, но не понимаю,
как их правильно реализовать. И нужно ли включать front-face culling при рендере в карту
теней? Сцена — город с низкополигональными домами, камера от третьего лица.
Может, лучше сразу делать каскадные тени (CSM)?""",
        ),
    )
    yield from _prompted(
        "ru",
        "sys",
        (
            (SYS_RU, "объясни, что такое mipmap и зачем они нужны для текстур"),
            (
                SYS_AGENT,
                "в проекте на three.js модели подгружаются без прогресса. добавь LoadingManager "
                "и прогресс-бар в src/ui/loader.ts",
            ),
            (SYS_RU, "Напиши фрагментный шейдер с эффектом CRT-монитора для постобработки"),
        ),
    )
    yield from _dialogues(
        "ru",
        "multi",
        (
            (
                "Как в PostgreSQL сделать индекс по двум полям?",
                "`CREATE INDEX idx_orders_user_date ON orders (user_id, created_at);`",
                "спасибо. теперь вопрос по фронту: в CesiumJS нужно показать 3D-модели "
                "зданий из этой базы с подсветкой при наведении. как лучше?",
            ),
            (
                "Написал toon-шейдер для three.js.",
                "Отлично. Для контура можно использовать технику inverted hull или пост-эффект "
                "с детекцией границ по нормалям и глубине.",
                "а как сделать контур через пост-эффект, если у меня уже есть EffectComposer?",
            ),
            (
                "Переведи на английский: «Спасибо за быстрый ответ»",
                '"Thanks for the quick reply."',
                "ок. и ещё: как в three.js сделать так, чтобы текст (TextGeometry) всегда "
                "смотрел на камеру?",
            ),
        ),
    )


# Near the other labels' borders: rendering-focused design questions, routine code whose subject
# is 3D (tests of camera maths, asset scripts), "add a cube" tweaks. All of them are webgl.
@_section
def _borders() -> Iterator[Example]:
    yield from _singles(
        "en",
        "border",
        (
            "We're moving our 3D editor to WebGPU. Should the render graph own all render "
            "targets and alias transient attachments between passes, or should each pass "
            "allocate its own? Thinking about SSAO, TAA and the picking pass sharing depth.",
            "Write Jest tests for our GLSL chunks: compile every .glsl file under src/shaders "
            "with a headless WebGL context and fail the test with the info log on errors.",
            "Users upload GLB files to our three.js viewer. What can a hostile or broken glTF do "
            "to the page (giant textures, huge index counts, Draco decoding stalls) and how do "
            "I validate and cap it before rendering?",
            "Plot weekly sales as a 3D surface in three.js: x = week, z = store, height = "
            "revenue, with a color ramp and axis labels. Data is a 52x40 array.",
        ),
    )
    yield from _singles(
        "es",
        "border",
        (
            "¿Cómo organizaríais el renderizado de un visor BIM grande en el navegador? Pasadas, "
            "LOD, streaming de geometría por plantas y picking, todo con three.js.",
            "¿Cómo testeo con Vitest una función que calcula la matriz de vista de mi cámara "
            "three.js? No quiero levantar un WebGLRenderer en los tests.",
        ),
    )
    yield from _singles(
        "de",
        "border",
        (
            "Unser Digital-Twin-Dashboard hat fünf Widgets mit je einer eigenen three.js-Szene. "
            "Ein Renderer mit setScissor pro Widget oder fünf Canvases? Wir stoßen ans "
            "WebGL-Kontextlimit.",
            "Schreib mir ein kleines Node-Skript, das alle GLB-Dateien in einem Ordner mit "
            "gltf-transform komprimiert (Draco für Geometrie, KTX2 für Texturen).",
        ),
    )
    yield from _singles(
        "zh",
        "border",
        (
            "我们的 3D 编辑器有四个视口（透视、顶、前、侧），渲染层怎么设计比较好？"
            "共用一个 WebGLRenderer 用 scissor 分区，还是每个视口一个 canvas？",
            "写个 Node 脚本，用 gltf-transform 把目录下所有 glb 批量做 Draco 压缩和贴图缩放到 1K。",
        ),
    )
    yield from _singles(
        "ja",
        "border",
        (
            """既存のシーンに立方体を1つ追加して、クリックしたら色が変わるようにしてください。

```js
const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(50, innerWidth / innerHeight, 0.1, 100);
camera.position.set(0, 2, 6);
scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 2));
```""",
            "3Dビューアの描画部分の設計レビューをお願いします。シーン管理、ポストエフェクトの"
            "パス構成、ピッキング用のオフスクリーン描画をどう分けるべきか悩んでいます。",
        ),
    )
    yield from _singles(
        "it",
        "border",
        (
            "Scrivi uno script Node che converte una cartella di file OBJ in GLB ottimizzati "
            "con gltf-transform (meshopt + texture ridotte a 2K).",
        ),
    )
    yield from _singles(
        "ko", "border", ("three.js 씬에 큐브 하나 추가하고 클릭하면 색이 바뀌게 해줘",)
    )


# Templated variation. Each family draws its variants with its own seeded Random and keeps them
# in one group, so that a family is either wholly trained on or wholly held out.


def _family(
    group: str,
    count: int,
    seed: int,
    make: Callable[[random.Random], tuple[str, str | None, tuple[str, ...]]],
) -> Iterator[Example]:
    """Up to `count` distinct variants of one template family, all in one group."""
    if count > 25:
        raise ValueError(f"{group}: a template family may have at most 25 variants")
    rng = random.Random(seed)
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    for _ in range(count * 50):
        if len(seen) == count:
            break
        lang, system, turns = make(rng)
        if (system, turns) in seen:
            continue
        seen.add((system, turns))
        yield chat(LABEL, lang, f"webgl/tpl/{group}", *turns, system=system)


# Pasted code for the long templates. The symptom lines below are aligned with this order.
_SNIPPETS: tuple[str, ...] = (
    """```js
const renderer = new THREE.WebGLRenderer({ antialias: true });
renderer.setSize(innerWidth, innerHeight);
renderer.setPixelRatio(Math.min(devicePixelRatio, 2));
document.body.appendChild(renderer.domElement);

const pmrem = new THREE.PMREMGenerator(renderer);
new RGBELoader().load('/env/studio.hdr', (hdr) => {
  scene.environment = pmrem.fromEquirectangular(hdr).texture;
  hdr.dispose();
});

const sun = new THREE.DirectionalLight(0xffffff, 2);
sun.position.set(5, 10, 5);
sun.castShadow = true;
scene.add(sun);

const loader = new GLTFLoader();
loader.load('/models/chair.glb', (gltf) => {
  gltf.scene.traverse((o) => {
    if (o.isMesh) o.castShadow = true;
  });
  scene.add(gltf.scene);
});

const floor = new THREE.Mesh(
  new THREE.PlaneGeometry(20, 20),
  new THREE.MeshStandardMaterial({ color: 0xdddddd })
);
floor.rotation.x = -Math.PI / 2;
floor.receiveShadow = true;
scene.add(floor);
```""",
    """```glsl
precision mediump float;
uniform float uTime;
uniform vec2 uResolution;

float hash(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }

float noise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash(i), hash(i + vec2(1.0, 0.0)), u.x),
             mix(hash(i + vec2(0.0, 1.0)), hash(i + vec2(1.0, 1.0)), u.x), u.y);
}

float fbm(vec2 p) {
  float v = 0.0, a = 0.5;
  for (int i = 0; i < octaves; i++) {
    v += a * noise(p);
    p *= 2.0;
    a *= 0.5;
  }
  return v;
}

void main() {
  vec2 uv = gl_FragCoord.xy / uResolution;
  float n = fbm(uv * 4.0 + uTime * 0.1);
  gl_FragColor = vec4(vec3(n), 1);
}
```

```
ERROR: 0:18: 'octaves' : undeclared identifier
ERROR: 0:18: '<' : wrong operand types
ERROR: 0:29: 'constructor' : not enough data provided for construction
```""",
    """```wgsl
@group(0) @binding(0) var<storage, read> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> output: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  output[gid.x] = input[gid.x] * 2.0;
}
```

```js
const module = device.createShaderModule({ code: shaderSrc });
const pipeline = device.createComputePipeline({
  layout: 'auto',
  compute: { module, entryPoint: 'main' },
});
const bindGroup = device.createBindGroup({
  layout: pipeline.getBindGroupLayout(0),
  entries: [
    { binding: 0, resource: { buffer: inputBuf } },
    { binding: 1, resource: { buffer: outputBuf } },
  ],
});
const enc = device.createCommandEncoder();
const pass = enc.beginComputePass();
pass.setPipeline(pipeline);
pass.setBindGroup(0, bindGroup);
pass.dispatchWorkgroups(data.length);
pass.end();
device.queue.submit([enc.finish()]);
await outputBuf.mapAsync(GPUMapMode.READ);
console.log(new Float32Array(outputBuf.getMappedRange()));
```""",
    """```tsx
function Planets({ data }: { data: Planet[] }) {
  const [t, setT] = useState(0);
  useFrame((_, dt) => setT((v) => v + dt));

  return (
    <>
      {data.map((p) => (
        <mesh
          key={p.id}
          position={[Math.cos(t * p.speed) * p.orbit, 0, Math.sin(t * p.speed) * p.orbit]}
        >
          <sphereGeometry args={[p.radius, 64, 64]} />
          <meshStandardMaterial map={useTexture(p.texture)} />
        </mesh>
      ))}
    </>
  );
}

export default function App() {
  return (
    <Canvas camera={{ position: [0, 20, 40] }}>
      <ambientLight intensity={0.2} />
      <pointLight position={[0, 0, 0]} intensity={50} />
      <Planets data={planets} />
      <OrbitControls />
    </Canvas>
  );
}
```""",
    """```js
const gl = canvas.getContext('webgl2');
const tex = gl.createTexture();
gl.bindTexture(gl.TEXTURE_2D, tex);

const img = new Image();
img.src = 'textures/bricks_1000x750.jpg';
img.onload = () => {
  gl.bindTexture(gl.TEXTURE_2D, tex);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, img);
};

function draw() {
  gl.clearColor(0.1, 0.1, 0.1, 1);
  gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
  gl.useProgram(program);
  gl.bindVertexArray(vao);
  gl.activeTexture(gl.TEXTURE0);
  gl.bindTexture(gl.TEXTURE_2D, tex);
  gl.uniform1i(gl.getUniformLocation(program, 'uTex'), 0);
  gl.uniformMatrix4fv(gl.getUniformLocation(program, 'uMVP'), false, mvp);
  gl.drawElements(gl.TRIANGLES, indexCount, gl.UNSIGNED_SHORT, 0);
  requestAnimationFrame(draw);
}
requestAnimationFrame(draw);
```""",
    """```js
const mesh = new THREE.InstancedMesh(geometry, material, COUNT);
const dummy = new THREE.Object3D();
for (let i = 0; i < COUNT; i++) {
  dummy.position.set(Math.random() * 100 - 50, 0, Math.random() * 100 - 50);
  dummy.updateMatrix();
  mesh.setMatrixAt(i, dummy.matrix);
}
scene.add(mesh);

function moveInstances(t) {
  for (let i = 0; i < COUNT; i++) {
    mesh.getMatrixAt(i, dummy.matrix);
    dummy.matrix.decompose(dummy.position, dummy.quaternion, dummy.scale);
    dummy.position.y = Math.sin(t + i) * 2;
    dummy.updateMatrix();
    mesh.setMatrixAt(i, dummy.matrix);
  }
  mesh.instanceMatrix.needsUpdate = true;
}

window.addEventListener('click', (e) => {
  pointer.set((e.clientX / innerWidth) * 2 - 1, -(e.clientY / innerHeight) * 2 + 1);
  raycaster.setFromCamera(pointer, camera);
  const hit = raycaster.intersectObject(mesh)[0];
  if (hit) {
    mesh.setColorAt(hit.instanceId, new THREE.Color('red'));
    mesh.instanceColor.needsUpdate = true;
  }
});
```""",
    """```js
const engine = new BABYLON.Engine(canvas, true);
const scene = new BABYLON.Scene(engine);
const camera = new BABYLON.ArcRotateCamera('cam', -Math.PI / 2, 1.2, 12,
  BABYLON.Vector3.Zero(), scene);
camera.attachControl(canvas, true);
scene.environmentTexture = BABYLON.CubeTexture.CreateFromPrefilteredData(
  '/env/environment.env', scene);

const gl = new BABYLON.GlowLayer('glow', scene);
gl.intensity = 0.8;

BABYLON.SceneLoader.ImportMeshAsync('', '/models/', 'arcade.glb', scene).then(() => {
  const screen = scene.getMeshByName('Screen');
  const mat = screen.material;
  mat.emissiveColor = new BABYLON.Color3(0.2, 0.8, 1);
  mat.emissiveIntensity = 2;
});

engine.runRenderLoop(() => scene.render());
window.addEventListener('resize', () => engine.resize());
```""",
    """```js
const composer = new EffectComposer(renderer);
composer.addPass(new RenderPass(scene, camera));
const bloom = new UnrealBloomPass(new THREE.Vector2(innerWidth, innerHeight), 1.0, 0.4, 0.85);
composer.addPass(bloom);
composer.addPass(new OutputPass());

function onResize() {
  const w = container.clientWidth;
  const h = container.clientHeight;
  renderer.setSize(w, h);
  camera.aspect = w / h;
}
window.addEventListener('resize', onResize);

const clock = new THREE.Clock();
function loop() {
  const dt = clock.getDelta();
  mixer?.update(dt);
  controls.update();
  composer.render(dt);
  requestAnimationFrame(loop);
}
loop();
```""",
    """```js
const layer = new ColumnLayer({
  id: 'sales',
  data: stores,
  diskResolution: 12,
  radius: 250,
  extruded: true,
  elevationScale: 1,
  getPosition: (d) => [d.lng, d.lat],
  getFillColor: (d) => [255, 140 * (1 - d.share), 0, 220],
  getElevation: (d) => d.revenue,
  pickable: true,
});

new DeckGL({
  container: 'map',
  mapStyle: 'https://basemaps.cartocdn.com/gl/positron-gl-style/style.json',
  initialViewState: { longitude: 2.35, latitude: 48.85, zoom: 10, pitch: 0, bearing: 0 },
  controller: true,
  layers: [layer],
  getTooltip: ({ object }) => object && `${object.name}: ${object.revenue}`,
});
```""",
    """```js
const geo = new THREE.BufferGeometry();
const positions = new Float32Array(COUNT * 3);
const sizes = new Float32Array(COUNT);
for (let i = 0; i < COUNT; i++) {
  positions.set([rand(-50, 50), rand(0, 30), rand(-50, 50)], i * 3);
  sizes[i] = rand(1, 4);
}
geo.setAttribute('position', new THREE.BufferAttribute(positions, 3));
geo.setAttribute('aSize', new THREE.BufferAttribute(sizes, 1));

const mat = new THREE.ShaderMaterial({
  uniforms: { uTex: { value: sparkTexture } },
  vertexShader: `
    attribute float aSize;
    void main() {
      gl_PointSize = aSize;
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    }`,
  fragmentShader: `
    uniform sampler2D uTex;
    void main() {
      gl_FragColor = texture2D(uTex, vec2(0.5));
    }`,
  transparent: true,
});
scene.add(new THREE.Points(geo, mat));
```""",
)


# Per language: what goes wrong with each snippet (same order as _SNIPPETS), how people open
# such a message, how they close it, and context lines they add about their setup.
_PASTE_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "en": (
        "The chair shows up and the lighting looks right, but there are no shadows at all, "
        "not on the floor and not on the chair itself.",
        "It doesn't compile, those are the errors I get in the console.",
        "mapAsync throws 'buffer usage does not contain MAP_READ' and when I add MAP_READ the "
        "buffer creation fails instead. Also not sure dispatchWorkgroups(data.length) is right.",
        "With 9 planets it already drops to ~25fps and React warns that hooks are called in a "
        "different order sometimes.",
        "The mesh renders but the texture is completely black. No GL errors.",
        "After the instances start bobbing up and down, clicking mostly hits nothing, or hits "
        "instances that are nowhere near the cursor. And setColorAt crashed once.",
        "The glow is applied to everything: the cabinet, the buttons, even the floor has a halo, "
        "I only wanted the screen to glow.",
        "When I resize the window the scene gets stretched and the bloom looks blurry and offset.",
        "The columns are all flat discs on the map, nothing is extruded, even though "
        "extruded is true.",
        "Every particle is a tiny square with one flat color, the texture isn't visible and "
        "they don't get smaller with distance.",
    ),
    "es": (
        "La silla se ve bien y la iluminación también, pero no hay ninguna sombra, ni en el "
        "suelo ni en la propia silla.",
        "No compila, estos son los errores que me salen en consola.",
        "mapAsync lanza un error de que el buffer no tiene MAP_READ y si se lo añado falla la "
        "creación del buffer. Tampoco sé si dispatchWorkgroups(data.length) está bien.",
        "Con 9 planetas ya baja a unos 25 fps y React a veces avisa de que los hooks se llaman "
        "en distinto orden.",
        "La malla se dibuja pero la textura sale totalmente negra. Sin errores de GL.",
        "Cuando las instancias empiezan a moverse, al hacer clic casi nunca acierto o selecciona "
        "instancias que están lejos del cursor. Y una vez petó en setColorAt.",
        "El brillo se aplica a todo: la máquina, los botones, hasta el suelo tiene halo. Solo "
        "quería que brillara la pantalla.",
        "Al redimensionar la ventana la escena se estira y el bloom queda borroso y desplazado.",
        "Las columnas salen planas sobre el mapa, no se extruye nada aunque extruded esté a true.",
        "Cada partícula es un cuadradito de un solo color, no se ve la textura y no se hacen más "
        "pequeñas con la distancia.",
    ),
    "de": (
        "Der Stuhl wird angezeigt, Licht passt auch, aber es gibt überhaupt keine Schatten, "
        "weder auf dem Boden noch auf dem Stuhl.",
        "Kompiliert nicht, das hier sind die Fehler aus der Konsole.",
        "mapAsync wirft, dass der Buffer kein MAP_READ hat, und wenn ich MAP_READ hinzufüge, "
        "schlägt createBuffer fehl. Ist dispatchWorkgroups(data.length) überhaupt richtig?",
        "Mit 9 Planeten schon nur noch ~25 fps und React meckert manchmal, dass Hooks in "
        "anderer Reihenfolge aufgerufen werden.",
        "Das Mesh wird gerendert, aber die Textur ist komplett schwarz. Keine GL-Fehler.",
        "Sobald sich die Instanzen bewegen, trifft der Klick meistens nichts oder Instanzen "
        "weit weg vom Cursor. Einmal ist setColorAt sogar abgestürzt.",
        "Der Glow liegt auf allem: Automat, Knöpfe, sogar der Boden leuchtet. Ich wollte nur "
        "den Bildschirm leuchten lassen.",
        "Nach dem Resize ist die Szene verzerrt und der Bloom unscharf und verschoben.",
        "Die Säulen sind alle flache Scheiben auf der Karte, nichts wird extrudiert, obwohl "
        "extruded true ist.",
        "Jedes Partikel ist ein winziges einfarbiges Quadrat, die Textur sieht man nicht und "
        "sie werden mit der Entfernung nicht kleiner.",
    ),
    "zh": (
        "椅子能正常显示，光照看起来也没问题，但是完全没有阴影，地面上没有，椅子自己身上也没有。",
        "编译不过，控制台报了下面这些错。",
        "mapAsync 报错说 buffer 没有 MAP_READ，加上 MAP_READ 之后 createBuffer 又报错了。"
        "另外 dispatchWorkgroups(data.length) 这样写对吗？",
        "才 9 个行星就掉到 25 帧左右，React 有时候还警告 hooks 调用顺序不一致。",
        "模型能画出来，但贴图是全黑的，也没有任何 GL 报错。",
        (
            "实例开始上下浮动之后，点击基本点不中，或者选中的是离鼠标很远的实例。setColorAt "
            "还崩过一次。"
        ),
        "发光效果加到了所有东西上：机身、按钮，连地面都有光晕，我只想让屏幕发光。",
        "窗口一缩放，画面就被拉伸，bloom 也变得模糊还有偏移。",
        "柱子在地图上全是扁平的圆片，没有拉伸出高度，extruded 明明设成了 true。",
        "每个粒子都是一个很小的纯色方块，贴图看不到，而且不会随距离变小。",
    ),
    "ja": (
        "椅子は表示されていてライティングも問題なさそうですが、影がまったく出ません。"
        "床にも椅子自体にも出ていません。",
        "コンパイルが通りません。コンソールに出ているエラーは以下の通りです。",
        "mapAsync で「MAP_READ が含まれていない」というエラーになり、MAP_READ を追加すると"
        "今度は createBuffer が失敗します。dispatchWorkgroups(data.length) で合っていますか？",
        "惑星9個の時点で25fpsくらいまで落ちます。また、たまにフックの呼び出し順が違うという"
        "警告が React から出ます。",
        "メッシュは描画されますが、テクスチャが真っ黒です。GLのエラーは出ていません。",
        "インスタンスが上下に動き始めると、クリックしてもほとんど当たらないか、"
        "カーソルから離れたインスタンスが選択されます。setColorAt で落ちたこともあります。",
        "グローがすべてにかかってしまいます。筐体もボタンも床まで光っていて、"
        "画面だけを光らせたいのですが。",
        "ウィンドウをリサイズすると画面が引き伸ばされ、ブルームもぼやけてずれます。",
        "円柱がすべて地図上で平らな円になっていて、extruded を true にしているのに高さが出ません。",
        "パーティクルがすべて単色の小さな四角になり、テクスチャが見えません。"
        "距離によって小さくなることもありません。",
    ),
    "fr": (
        "La chaise s'affiche et l'éclairage est correct, mais aucune ombre, ni au sol ni sur "
        "la chaise elle-même.",
        "Ça ne compile pas, voici les erreurs dans la console.",
        "mapAsync plante avec une erreur sur MAP_READ, et si j'ajoute MAP_READ c'est "
        "createBuffer qui échoue. Et dispatchWorkgroups(data.length), c'est correct ?",
        "Avec 9 planètes on tombe déjà à ~25 fps et React se plaint parfois de l'ordre des hooks.",
        "Le mesh s'affiche mais la texture est complètement noire. Aucune erreur GL.",
        "Dès que les instances bougent, le clic ne touche plus rien ou sélectionne des "
        "instances loin du curseur. Et setColorAt a planté une fois.",
        "Le glow s'applique à tout : la borne, les boutons, même le sol a un halo. Je voulais "
        "seulement faire briller l'écran.",
        "Quand je redimensionne la fenêtre, la scène est étirée et le bloom devient flou et "
        "décalé.",
        "Les colonnes restent des disques plats sur la carte, rien n'est extrudé alors que "
        "extruded vaut true.",
        "Chaque particule est un petit carré uni, on ne voit pas la texture et la taille ne "
        "diminue pas avec la distance.",
    ),
    "pt": (
        "A cadeira aparece e a iluminação parece certa, mas não tem sombra nenhuma, nem no "
        "chão nem na própria cadeira.",
        "Não compila, esses são os erros que aparecem no console.",
        "O mapAsync dá erro dizendo que o buffer não tem MAP_READ, e se eu coloco MAP_READ o "
        "createBuffer falha. E dispatchWorkgroups(data.length) está certo?",
        "Com 9 planetas já cai pra uns 25 fps e às vezes o React avisa que os hooks foram "
        "chamados em outra ordem.",
        "A malha aparece mas a textura fica toda preta. Nenhum erro de GL.",
        "Depois que as instâncias começam a se mexer, o clique quase nunca acerta ou pega "
        "instâncias longe do cursor. E o setColorAt já quebrou uma vez.",
        "O glow pega em tudo: o fliperama, os botões, até o chão fica com brilho. Eu só queria "
        "que a tela brilhasse.",
        "Quando redimensiono a janela a cena fica esticada e o bloom fica borrado e deslocado.",
        "As colunas ficam achatadas no mapa, nada é extrudado, mesmo com extruded true.",
        "Cada partícula vira um quadradinho de uma cor só, a textura não aparece e elas não "
        "diminuem com a distância.",
    ),
    "ru": (
        "Стул отображается, освещение вроде нормальное, но теней нет вообще — ни на полу, ни "
        "на самом стуле.",
        "Не компилируется, вот ошибки из консоли.",
        "mapAsync падает с ошибкой, что у буфера нет MAP_READ, а если добавить MAP_READ — "
        "падает createBuffer. И правильно ли dispatchWorkgroups(data.length)?",
        "Уже на 9 планетах падает до ~25 fps, и React иногда ругается на порядок вызова хуков.",
        "Меш рисуется, но текстура полностью чёрная. Ошибок GL нет.",
        "Как только инстансы начинают двигаться, клик почти никуда не попадает или выбирает "
        "инстансы далеко от курсора. А один раз упал setColorAt.",
        "Свечение применяется ко всему: автомат, кнопки, даже пол светится. А мне нужен был "
        "только экран.",
        "При изменении размера окна сцена растягивается, а bloom становится размытым и смещённым.",
        "Колонны на карте плоские, ничего не выдавливается, хотя extruded = true.",
        "Каждая частица — крошечный одноцветный квадрат, текстуры не видно и размер не "
        "меняется с расстоянием.",
    ),
}

_PASTE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Can someone tell me what's wrong here?",
        "stuck on this for two days, code below",
        "Hi! Relevant part of my code:",
        "This is from our product page, trimmed down:",
        "ok so this is my setup",
        "Quick one hopefully.",
    ),
    "es": (
        "¿Alguien ve qué está mal aquí?",
        "llevo dos días con esto, os pego el código",
        "Hola! Esta es la parte relevante del código:",
        "Buenas, a ver si me podéis echar una mano:",
    ),
    "de": (
        "Kann mir jemand sagen, was hier falsch ist?",
        "hänge seit zwei Tagen daran, Code unten",
        "Hallo zusammen, hier der relevante Ausschnitt:",
        "Moin, folgendes Problem:",
    ),
    "zh": (
        "求助，哪位大佬帮忙看看哪里写错了？",
        "卡了两天了，代码如下：",
        "大家好，下面是相关的代码：",
        "请教一个问题，精简后的代码如下：",
    ),
    "ja": (
        "どこが間違っているか教えていただけますか。",
        "2日ほど詰まっています。コードは以下です。",
        "お世話になります。該当部分のコードを貼ります。",
        "質問です。最小構成にしたコードが以下になります。",
    ),
    "fr": (
        "Quelqu'un voit ce qui cloche ?",
        "bloqué depuis deux jours, voici le code",
        "Bonjour, voici la partie concernée :",
    ),
    "pt": (
        "Alguém consegue ver o que está errado?",
        "tô travado nisso há dois dias, segue o código",
        "Oi pessoal, segue a parte relevante:",
    ),
    "ru": (
        "Подскажите, что здесь не так?",
        "второй день бьюсь, код ниже",
        "Всем привет, вот нужный кусок кода:",
    ),
}

_PASTE_CLOSERS: dict[str, tuple[str, ...]] = {
    "en": (
        "What am I missing?",
        "Any idea what's causing it? A fixed version would be great.",
        "Please explain why, not just the fix.",
        "thx in advance",
        "Is this a known gotcha?",
    ),
    "es": (
        "¿Qué me falta?",
        "¿Alguna idea de qué lo causa? Si me pasáis la versión corregida, genial.",
        "Explicadme el porqué, no solo el arreglo, porfa.",
        "Gracias de antemano.",
    ),
    "de": (
        "Was übersehe ich?",
        "Hat jemand eine Idee, woran das liegt? Eine korrigierte Version wäre super.",
        "Bitte mit Erklärung, nicht nur den Fix.",
        "Danke vorab!",
    ),
    "zh": (
        "是哪里漏了吗？",
        "知道原因的麻烦说一下，最好能给个改好的版本。",
        "希望能解释一下原理，不只是改法。",
        "先谢谢了！",
    ),
    "ja": (
        "何が足りないのでしょうか。",
        "原因に心当たりがあれば教えてください。修正版をいただけると助かります。",
        "修正方法だけでなく理由も教えていただけると嬉しいです。",
        "よろしくお願いします。",
    ),
    "fr": (
        "Qu'est-ce qui me manque ?",
        "Une idée de la cause ? Une version corrigée serait top.",
        "Merci d'avance !",
    ),
    "pt": (
        "O que está faltando?",
        "Alguma ideia do motivo? Se puderem mandar a versão corrigida, melhor ainda.",
        "Valeu desde já!",
    ),
    "ru": (
        "Что я упускаю?",
        "Есть идеи, в чём причина? Исправленный вариант был бы кстати.",
        "Заранее спасибо!",
    ),
}

_PASTE_CONTEXT: dict[str, tuple[str, ...]] = {
    "en": (
        "three r160, Chrome 121 on Windows 11, RTX 3060.",
        "Same thing in Firefox and Safari.",
        "Built with Vite, nothing fancy.",
        "It's for a client demo on Friday.",
    ),
    "es": (
        "three r160, Chrome 121 en Windows 11.",
        "Pasa igual en Firefox y en Safari.",
        "Lo compilo con Vite, nada raro.",
        "Es para una demo con el cliente el viernes.",
    ),
    "de": (
        "three r160, Chrome 121 unter Windows 11.",
        "Gleiches Verhalten in Firefox und Safari.",
        "Gebaut mit Vite, nichts Besonderes.",
        "Brauche das für eine Kundendemo am Freitag.",
    ),
    "zh": (
        "环境：three r160，Chrome 121，Windows 11，显卡 RTX 3060。",
        "Firefox 和 Safari 上也是一样的情况，应该不是浏览器兼容问题。",
        "项目用 Vite 打包，没有用别的框架，代码基本就是上面这些。",
        "周五要给客户演示，比较急，有知道的朋友麻烦指点一下，感谢！",
        "我已经在 three.js 论坛和 Stack Overflow 搜过了，没找到一样的情况。",
    ),
    "ja": (
        "環境：three r160、Chrome 121、Windows 11、GPU は RTX 3060 です。",
        "Firefox と Safari でも同じ現象が起きるので、ブラウザ依存ではなさそうです。",
        "ビルドは Vite で、特別な設定はしていません。コードはほぼ上記の通りです。",
        "金曜日にクライアント向けのデモがあるため、急ぎで解決したいと考えています。",
        "公式フォーラムや Stack Overflow も一通り検索しましたが、同じ事例は見つかりませんでした。",
    ),
    "fr": (
        "three r160, Chrome 121 sous Windows 11.",
        "Même comportement sous Firefox et Safari.",
        "Build avec Vite, rien de spécial.",
    ),
    "pt": (
        "three r160, Chrome 121 no Windows 11.",
        "Mesmo comportamento no Firefox e no Safari.",
        "Build com Vite, nada demais.",
    ),
    "ru": (
        "three r160, Chrome 121, Windows 11.",
        "В Firefox и Safari то же самое.",
        "Сборка через Vite, ничего особенного.",
    ),
}


def _pasted(lang: str, rng: random.Random) -> str:
    """A long question: opener, pasted code, what goes wrong, setup details, closing ask."""
    index = rng.randrange(len(_SNIPPETS))
    context = list(_PASTE_CONTEXT[lang])
    rng.shuffle(context)
    text = f"{rng.choice(_PASTE_OPENERS[lang])}\n\n{_SNIPPETS[index]}\n\n"
    space = "" if lang in ("zh", "ja") else " "
    text += _PASTE_SYMPTOMS[lang][index]
    text += space + context.pop()
    while len(text) < 830 and context:
        text += space + context.pop()
    return text + space + rng.choice(_PASTE_CLOSERS[lang])


_PASTE_SYSTEMS: dict[str, tuple[str, ...]] = {
    "en": (SYS_AGENT, SYS_IDE, SYS_REVIEW, SYS_PLAIN, SYS_STUDIO),
    "es": (SYS_ES, SYS_ES_AGENT, SYS_PLAIN),
    "de": (SYS_DE, SYS_DE_AGENT, SYS_PLAIN),
    "zh": (SYS_ZH, SYS_ZH_AGENT, SYS_PLAIN),
    "ja": (SYS_JA, SYS_JA_AGENT, SYS_PLAIN),
    "fr": (SYS_FR, SYS_PLAIN),
    "pt": (SYS_PT, SYS_PLAIN),
    "ru": (SYS_RU, SYS_PLAIN),
}


@_section
def _pasted_code() -> Iterator[Example]:
    counts = {"en": 22, "es": 10, "de": 10, "zh": 10, "ja": 10, "fr": 5, "pt": 5, "ru": 5}
    for seed, (lang, count) in enumerate(counts.items(), 100):

        def make(rng: random.Random, lang: str = lang) -> tuple[str, str | None, tuple[str, ...]]:
            system = rng.choice(_PASTE_SYSTEMS[lang]) if rng.random() < 0.3 else None
            return lang, system, (_pasted(lang, rng),)

        yield from _family(f"pasted-code-{lang}", count, seed, make)


# Short symptom reports: (what, what it does) pairs per language, and the library named.
_SHORT_PROBLEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("gltf model", "renders black"),
        ("shadows", "not showing"),
        ("texture", "is upside down"),
        ("bloom", "applies to everything"),
        ("raycaster", "misses after canvas resize"),
        ("custom shader", "compiles but draws nothing"),
        ("instanced mesh", "vanishes when the camera turns"),
        ("normal map", "looks inverted"),
        ("transparent meshes", "sort in the wrong order"),
        ("HDR environment", "way too bright"),
        ("camera", "jitters when following the player"),
        ("line width", "ignored"),
    ),
    "es": (
        ("el modelo gltf", "sale negro"),
        ("las sombras", "no aparecen"),
        ("la textura", "sale al revés"),
        ("el bloom", "afecta a toda la escena"),
        ("el raycaster", "falla tras redimensionar"),
        ("mi shader", "compila pero no pinta nada"),
        ("los objetos transparentes", "se ordenan mal"),
        ("el mapa de normales", "se ve invertido"),
    ),
    "de": (
        ("das GLTF-Modell", "ist schwarz"),
        ("Schatten", "werden nicht angezeigt"),
        ("die Textur", "steht auf dem Kopf"),
        ("Bloom", "wirkt auf die ganze Szene"),
        ("der Raycaster", "trifft nach Resize daneben"),
        ("mein Shader", "kompiliert, zeigt aber nichts"),
        ("transparente Meshes", "werden falsch sortiert"),
        ("die Normal Map", "wirkt invertiert"),
    ),
    "zh": (
        ("gltf 模型", "显示全黑"),
        ("阴影", "不显示"),
        ("贴图", "上下颠倒"),
        ("bloom", "整个场景都在发光"),
        ("射线拾取", "窗口缩放后不准"),
        ("自定义 shader", "编译通过但什么都不显示"),
        ("透明物体", "遮挡顺序错乱"),
        ("法线贴图", "凹凸是反的"),
    ),
    "ja": (
        ("GLTFモデル", "が真っ黒"),
        ("影", "が表示されない"),
        ("テクスチャ", "が上下逆"),
        ("ブルーム", "がシーン全体にかかる"),
        ("レイキャスト", "がリサイズ後にずれる"),
        ("自作シェーダー", "がコンパイルは通るのに何も表示されない"),
        ("半透明オブジェクト", "の前後関係がおかしい"),
        ("法線マップ", "の凹凸が逆になる"),
    ),
    "it": (
        ("il modello gltf", "è tutto nero"),
        ("le ombre", "non si vedono"),
        ("la texture", "è capovolta"),
        ("il bloom", "prende tutta la scena"),
        ("il raycaster", "sbaglia dopo il resize"),
        ("lo shader", "compila ma non disegna niente"),
    ),
    "ko": (
        ("gltf 모델이", "검게 나와요"),
        ("그림자가", "안 보여요"),
        ("텍스처가", "뒤집혀 나와요"),
        ("bloom이", "씬 전체에 적용돼요"),
        ("레이캐스터가", "리사이즈 후에 어긋나요"),
        ("셰이더가", "컴파일은 되는데 아무것도 안 그려져요"),
    ),
}
_SHORT_LIBS = ("three.js", "three", "r3f", "babylon.js", "Babylon", "playcanvas", "webgl2")
_SHORT_SHAPES: dict[str, tuple[str, ...]] = {
    "en": (
        "{lib} {what} {does}",
        "{lib}: {what} {does}, why?",
        "{what} {does} in {lib}??",
        "help: {lib} {what} {does}",
        "{lib} {what} {does} any idea",
    ),
    "es": (
        "{lib}: {what} {does}",
        "{what} {does} en {lib}, ¿por qué?",
        "ayuda, en {lib} {what} {does}",
        "¿por qué {what} {does}? ({lib})",
    ),
    "de": (
        "{lib}: {what} {does}",
        "{lib} – {what} {does}, warum?",
        "Hilfe, {what} {does} ({lib})",
        "{what} {does} – {lib}, jemand eine Idee?",
    ),
    "zh": (
        "{lib} {what}{does}",
        "{lib} 里{what}{does}，怎么回事",
        "求助：{lib} {what}{does}",
        "为什么 {lib} 的{what}{does}？",
    ),
    "ja": (
        "{lib}で{what}{does}",
        "{lib}：{what}{does}のはなぜ？",
        "{lib}で{what}{does}。原因は？",
        "助けてください、{lib}で{what}{does}",
    ),
    "it": (
        "{lib}: {what} {does}",
        "perché in {lib} {what} {does}?",
        "aiuto, {what} {does} ({lib})",
    ),
    "ko": (
        "{lib}에서 {what} {does}",
        "{lib} {what} {does} 왜 그런가요?",
        "질문: {lib} {what} {does}",
    ),
}


@_section
def _short_reports() -> Iterator[Example]:
    counts = {"en": 20, "es": 8, "de": 8, "zh": 8, "ja": 8, "it": 6, "ko": 6}
    for seed, (lang, count) in enumerate(counts.items(), 200):

        def make(rng: random.Random, lang: str = lang) -> tuple[str, str | None, tuple[str, ...]]:
            what, does = rng.choice(_SHORT_PROBLEMS[lang])
            shape = rng.choice(_SHORT_SHAPES[lang])
            text = shape.format(lib=rng.choice(_SHORT_LIBS), what=what, does=does)
            if lang == "en" and rng.random() < 0.4:
                text = text.lower()
            return lang, None, (text,)

        yield from _family(f"short-report-{lang}", count, seed, make)


# Follow-ups: a 3D request answered, then a terse next step that only makes sense after it.
_FOLLOW_FIRST: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "make a three.js scene with a rotating earth, using a day texture",
            "Here is a scene with a `SphereGeometry(1, 64, 64)`, a `MeshStandardMaterial` with "
            "your day texture as `map`, a directional light as the sun and the globe rotating "
            "in the animation loop.",
        ),
        (
            "write a glsl fragment shader that draws a glowing ring",
            "```glsl\nuniform vec2 uRes;\nuniform float uTime;\nvoid main(){\n  vec2 p = "
            "(gl_FragCoord.xy - 0.5 * uRes) / uRes.y;\n  float d = abs(length(p) - 0.3);\n"
            "  gl_FragColor = vec4(vec3(0.4, 0.7, 1.0) * 0.01 / d, 1.0);\n}\n```",
        ),
        (
            "three.js: particles rising like embers from a fire",
            "I used `THREE.Points` with a `BufferGeometry` holding start positions and random "
            "speeds; the vertex shader moves them up with `uTime` and wraps them with `mod`.",
        ),
        (
            "show me instanced grass in three.js",
            "Below: one blade geometry, an `InstancedMesh` with 50k instances scattered on the "
            "plane, and a vertex shader that bends the blade tips with a sine wind.",
        ),
        (
            "babylon.js: a car turntable with an HDR environment",
            "The car is parented to a `TransformNode` that rotates each frame; the scene uses "
            "`CreateFromPrefilteredData` for the environment and a `PBRMaterial` clear coat.",
        ),
        (
            "r3f component that loads a glb and plays its animation",
            "```tsx\nfunction Robot() {\n  const { scene, animations } = useGLTF('/robot.glb');"
            "\n  const { actions } = useAnimations(animations, scene);\n  useEffect(() => "
            "{ actions.Walk?.play(); }, [actions]);\n  return <primitive object={scene} />;\n}\n"
            "```",
        ),
    ),
    "es": (
        (
            "hazme una escena three.js con un cubo que refleje un HDR",
            "Listo: `RGBELoader` para el HDR, `PMREMGenerator` para el entorno y un cubo con "
            "`MeshStandardMaterial` con metalness 1 y roughness 0.1.",
        ),
        (
            "un shader GLSL de ondas para una imagen",
            "Te paso un fragment shader que desplaza las UV con `sin(vUv.y * 20.0 + uTime)` y un "
            "vertex shader que pasa `vUv`.",
        ),
    ),
    "de": (
        (
            "three.js Szene mit einem Partikelregen bitte",
            "Hier eine Variante mit `THREE.Points`, 20k Tropfen und einer Fallbewegung im Vertex "
            "Shader, die per `mod` oben wieder einsetzt.",
        ),
        (
            "Babylon.js: Würfel mit Schatten auf einer Bodenplatte",
            "Ein `ShadowGenerator` mit 1024er Map am DirectionalLight, der Würfel als Caster, der "
            "Boden mit `receiveShadows = true`.",
        ),
    ),
    "zh": (
        (
            "用 three.js 做一个会旋转的地球",
            "已完成：SphereGeometry 加上白天贴图，DirectionalLight 模拟太阳，"
            "在动画循环里让地球绕 Y 轴旋转。",
        ),
        (
            "写一个 GLSL 的扫光效果",
            "片元着色器里用 `smoothstep` 根据 `vUv.x - uTime` 计算一条亮带，叠加到原来的颜色上。",
        ),
    ),
    "ja": (
        (
            "three.jsで回転するドーナツを表示して",
            "TorusGeometry と MeshStandardMaterial を使い、アニメーションループで回転させる"
            "最小構成のコードです。",
        ),
        (
            "GLSLで波打つ旗のシェーダーを書いて",
            "頂点シェーダーで `sin(position.x * 4.0 + uTime)` を z に加えて旗をなびかせています。",
        ),
    ),
}
_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "en": (
        "now add shadows",
        "can you make it work on mobile too",
        "same thing in react-three-fiber pls",
        "and how do I clean it up when the component unmounts?",
        "it's still black on my side",
        "how would this look in WebGPU / WGSL?",
        "add bloom to it",
        "perf with 10x as many?",
        "make it respond to the mouse",
        "ok now add orbit controls",
    ),
    "es": (
        "¿y las sombras?",
        "ahora con react-three-fiber",
        "¿y en móvil va bien?",
        "añádele bloom",
        "¿cómo lo libero al desmontar?",
    ),
    "de": (
        "und jetzt mit Schatten?",
        "geht das auch in r3f?",
        "läuft das auf dem Handy?",
        "noch Bloom dazu bitte",
        "wie räume ich das wieder auf?",
    ),
    "zh": (
        "再加上阴影",
        "改成 react-three-fiber 的写法",
        "手机上性能怎么样？",
        "加个 bloom 效果",
        "组件卸载的时候怎么释放？",
    ),
    "ja": (
        "影も付けてください",
        "react-three-fiberで書くと？",
        "スマホでも動きますか？",
        "ブルームを追加して",
        "アンマウント時の破棄は？",
    ),
}


@_section
def _follow_ups() -> Iterator[Example]:
    counts = {"en": 12, "es": 4, "de": 4, "zh": 4, "ja": 4}
    for seed, (lang, count) in enumerate(counts.items(), 300):

        def make(rng: random.Random, lang: str = lang) -> tuple[str, str | None, tuple[str, ...]]:
            first, answer = rng.choice(_FOLLOW_FIRST[lang])
            return lang, None, (first, answer, rng.choice(_FOLLOW_UPS[lang]))

        yield from _family(f"follow-up-{lang}", count, seed, make)


# Topic switches: earlier turns about something else (routine code, design, writing, a general
# question), then a 3D/graphics request that sets the task.
_EARLIER: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "write a flask endpoint that returns a user's orders as json",
            "```python\n@app.get('/users/<int:user_id>/orders')\ndef orders(user_id):\n"
            "    rows = Order.query.filter_by(user_id=user_id).all()\n"
            "    return jsonify([o.to_dict() for o in rows])\n```",
        ),
        (
            "how should we split our monolith's billing module into a service?",
            "Start by drawing the boundary around the data billing owns, put an internal API "
            "in front of it inside the monolith, then move it out once callers only use that API.",
        ),
        (
            "what's the difference between affect and effect",
            "*Affect* is usually the verb (to influence); *effect* is usually the noun (the "
            "result).",
        ),
        (
            "fix this: `const total = items.reduce((a, b) => a + b.price)`",
            "Pass an initial value, otherwise the first item object is used as the accumulator: "
            "`items.reduce((a, b) => a + b.price, 0)`.",
        ),
        (
            "explain how JWT refresh tokens work, conceptually",
            "The short-lived access token authorises requests; when it expires the client "
            "exchanges a longer-lived refresh token for a new one, and the server can revoke "
            "refresh tokens.",
        ),
        (
            "write a migration adding a nullable `archived_at` column to projects",
            "```sql\nALTER TABLE projects ADD COLUMN archived_at TIMESTAMPTZ NULL;\n```",
        ),
        (
            "give me 3 title ideas for a talk about frontend performance",
            "1. Shipping Less JavaScript\n2. The 100ms Budget\n3. Fast by Default",
        ),
    ),
    "es": (
        (
            "hazme un CRUD de tareas en Django con su modelo y sus vistas",
            "Te dejo el modelo `Tarea`, un `ModelForm` y las vistas genéricas de lista, "
            "creación, edición y borrado con sus URLs.",
        ),
        (
            "¿qué diferencia hay entre 'haber' y 'a ver'?",
            "'Haber' es un verbo (o sustantivo); 'a ver' es la preposición 'a' más el verbo "
            "'ver', como en «a ver qué pasa».",
        ),
        (
            "¿conviene usar colas (RabbitMQ) entre el servicio de pedidos y el de facturación?",
            "Si la facturación puede ir desacoplada en el tiempo, sí: la cola absorbe picos y "
            "evita que una caída de facturación tumbe los pedidos.",
        ),
        (
            "corrígeme esta query: SELECT nombre, COUNT(*) FROM clientes",
            "Falta el GROUP BY: `SELECT nombre, COUNT(*) FROM clientes GROUP BY nombre;`",
        ),
    ),
    "de": (
        (
            "Schreib mir einen Unit-Test für eine Funktion, die Postleitzahlen validiert.",
            "```python\ndef test_plz():\n    assert ist_plz('10115')\n    assert not "
            "ist_plz('1011')\n    assert not ist_plz('abcde')\n```",
        ),
        (
            "Wie formuliere ich höflich, dass ein Termin verschoben werden muss?",
            "Zum Beispiel: „Leider muss ich unseren Termin am Donnerstag verschieben. Würde "
            "Ihnen stattdessen Montag passen?“",
        ),
        (
            "Sollten wir Event Sourcing für unser Bestellsystem einsetzen?",
            "Nur wenn ihr die Historie wirklich braucht; es bringt Komplexität bei Schemas, "
            "Projektionen und Migrationen mit sich.",
        ),
        (
            "Wie lösche ich in Git den letzten Commit, der noch nicht gepusht ist?",
            "`git reset --soft HEAD~1` behält die Änderungen, `git reset --hard HEAD~1` "
            "verwirft sie.",
        ),
    ),
    "zh": (
        (
            "用 Spring Boot 写一个分页查询用户的接口",
            "使用 `Pageable` 参数和 `userRepository.findAll(pageable)`，返回 `Page<UserDto>`。",
        ),
        (
            "帮我润色一下这句话：我们的产品非常的好用",
            "可以改为：“我们的产品简单易用。”",
        ),
        (
            "订单系统要拆微服务，库存和订单的数据一致性怎么保证？",
            "常见做法是用 Saga 或本地消息表，保证最终一致，而不是跨服务的分布式事务。",
        ),
        (
            "Python 里列表去重并保持顺序怎么写？",
            "`list(dict.fromkeys(items))`",
        ),
    ),
    "ja": (
        (
            "Laravelでユーザー一覧のAPIをページネーション付きで作りたいです。",
            "`User::paginate(20)` をそのまま返せば、JSONにページ情報が含まれます。",
        ),
        (
            "「ご確認ください」と「ご確認願います」の違いは？",
            "どちらも丁寧ですが、「ご確認願います」のほうがやや硬く、依頼のニュアンスが強めです。",
        ),
        (
            "マイクロサービス間の認証はどう設計するのがよいですか？",
            "ゲートウェイでユーザー認証し、サービス間は mTLS や短命のサービストークンで"
            "認可する構成が一般的です。",
        ),
        (
            "gitでブランチ名を変更するには？",
            "`git branch -m 旧名 新名` でローカルのブランチ名を変更できます。",
        ),
    ),
    "it": (
        (
            "scrivimi una funzione Python che legge un CSV e restituisce la media di una colonna",
            "```python\nimport csv\ndef media(path, col):\n    with open(path) as f:\n"
            "        v = [float(r[col]) for r in csv.DictReader(f)]\n    return sum(v) / "
            "len(v)\n```",
        ),
        (
            "come si dice 'deadline' in italiano in un'email formale?",
            "Puoi usare «scadenza» o «termine ultimo».",
        ),
        (
            "ha senso usare GraphQL come gateway davanti a 5 microservizi?",
            "Sì, se i client aggregano spesso dati di più servizi; attenzione però a N+1 e "
            "caching.",
        ),
    ),
    "ko": (
        (
            "Express로 게시글 CRUD API 만들어줘",
            "`GET /posts`, `POST /posts`, `PUT /posts/:id`, `DELETE /posts/:id` 라우트와 "
            "Mongoose 모델을 작성했습니다.",
        ),
        (
            "'되'와 '돼' 구분하는 법 알려줘",
            "'되어'로 바꿔서 말이 되면 '돼', 아니면 '되'를 씁니다.",
        ),
        (
            "모놀리식에서 마이크로서비스로 옮길 때 DB는 어떻게 나눠요?",
            "서비스마다 자기 데이터를 소유하도록 스키마부터 분리하고, 공유 테이블은 API나 "
            "이벤트로 대체합니다.",
        ),
    ),
    "fr": (
        (
            "écris une route FastAPI qui crée un utilisateur",
            "```python\n@app.post('/users')\ndef create(u: UserIn, db=Depends(get_db)):\n"
            "    return crud.create_user(db, u)\n```",
        ),
        (
            "« quelque » ou « quel que », comment choisir ?",
            "« Quel que » s'emploie devant un verbe (souvent être) : « quelle que soit la "
            "raison ».",
        ),
    ),
    "pt": (
        (
            "cria um model Sequelize de Produto com nome, preço e estoque",
            "Pronto: `Produto` com `nome: STRING`, `preco: DECIMAL(10,2)` e `estoque: INTEGER`, "
            "mais a migration correspondente.",
        ),
        (
            "qual a diferença entre 'mas' e 'mais'?",
            "'Mas' indica oposição (porém); 'mais' indica quantidade ou adição.",
        ),
    ),
    "ru": (
        (
            "напиши SQL-запрос: количество заказов по месяцам за 2023 год",
            "```sql\nSELECT date_trunc('month', created_at) AS m, count(*)\nFROM orders\n"
            "WHERE created_at >= '2023-01-01' AND created_at < '2024-01-01'\nGROUP BY m "
            "ORDER BY m;\n```",
        ),
        (
            "как правильно: «в течение» или «в течении»?",
            "О времени — «в течение» (в течение дня); «в течении» — про течение реки.",
        ),
    ),
}
_THEN: dict[str, tuple[str, ...]] = {
    "en": (
        "thanks. ",
        "ok, ",
        "cool. different topic: ",
        "great. unrelated, ",
        "",
        "Thanks! Next question. ",
    ),
    "es": ("gracias. ", "vale, otra cosa: ", "genial. cambiando de tema, ", ""),
    "de": ("danke. ", "ok, andere Frage: ", "super. Themenwechsel: ", ""),
    "zh": ("谢谢。", "好的，换个问题：", "明白了。另外，", ""),
    "ja": (
        "ありがとうございます。",
        "了解です。別件ですが、",
        "助かります。話は変わりますが、",
        "",
    ),
    "it": ("grazie. ", "ok, altra domanda: ", "perfetto. cambiando argomento, "),
    "ko": ("감사합니다. ", "네, 다른 질문인데요, ", "좋아요. 그리고 "),
    "fr": ("merci. ", "ok, autre question : ", "top. rien à voir, "),
    "pt": ("valeu. ", "beleza, outra coisa: ", "show. mudando de assunto, "),
    "ru": ("спасибо. ", "ок, другой вопрос: ", "отлично. не по теме, "),
}
_NOW_3D: dict[str, tuple[str, ...]] = {
    "en": (
        "how do I add a skybox to a three.js scene from 6 jpgs?",
        "what's the best way to render thousands of labels in a three.js scene?",
        "my r3f scene looks washed out compared to the blender render, color management?",
        "can you explain how shadow maps work and why they need a bias?",
        "write a wgsl compute shader that blurs a texture, workgroup size 8x8",
        "babylon.js: how do I make a mesh clickable and highlight it on hover?",
        "how do I keep a three.js camera from clipping through walls in a first-person demo?",
        "deck.gl: can I put a GLTF model at each point with ScenegraphLayer?",
        "need a glsl dissolve effect driven by a noise texture, with a glowing edge",
        "how do I detect WebGL2 support and fall back to WebGL1 cleanly?",
    ),
    "es": (
        "¿cómo pongo un skybox en three.js con seis imágenes?",
        "en react-three-fiber, ¿cómo hago que un objeto brille al pasar el ratón?",
        "explícame cómo funcionan los shadow maps y por qué hace falta el bias",
        "necesito un shader de disolución en GLSL con borde brillante",
        "¿cómo detecto si hay WebGL2 y hago fallback a WebGL1?",
    ),
    "de": (
        "wie füge ich in three.js eine Skybox aus sechs Bildern hinzu?",
        "in react-three-fiber: wie lasse ich ein Objekt beim Hover leuchten?",
        "erklär mir, wie Shadow Maps funktionieren und warum man einen Bias braucht",
        "ich brauche einen Dissolve-Shader in GLSL mit leuchtender Kante",
        "wie erkenne ich WebGL2-Support und falle sauber auf WebGL1 zurück?",
    ),
    "zh": (
        "three.js 怎么用六张图片做天空盒？",
        "react-three-fiber 里鼠标悬停时让物体发光怎么做？",
        "讲一下 shadow map 的原理，为什么需要 bias？",
        "写一个带发光边缘的 GLSL 溶解效果",
        "怎么检测浏览器是否支持 WebGL2，不支持就退回 WebGL1？",
    ),
    "ja": (
        "three.jsで6枚の画像からスカイボックスを作るには？",
        "react-three-fiberでホバー時にオブジェクトを光らせる方法は？",
        "シャドウマップの仕組みと、なぜバイアスが必要なのか説明してください",
        "ノイズテクスチャを使ったディゾルブシェーダー（縁が光るもの）をGLSLで書いてください",
        "WebGL2に対応しているか判定して、非対応ならWebGL1にフォールバックするには？",
    ),
    "it": (
        "come aggiungo uno skybox in three.js con sei immagini?",
        "in react-three-fiber come faccio a illuminare un oggetto al passaggio del mouse?",
        "mi spieghi come funzionano le shadow map e perché serve il bias?",
        "mi serve uno shader GLSL di dissolvenza con bordo luminoso",
    ),
    "ko": (
        "three.js에서 이미지 6장으로 스카이박스 만드는 방법은?",
        "react-three-fiber에서 마우스를 올리면 오브젝트가 빛나게 하려면?",
        "섀도 맵 원리랑 bias가 왜 필요한지 설명해줘",
        "노이즈 텍스처로 가장자리가 빛나는 디졸브 셰이더를 GLSL로 짜줘",
    ),
    "fr": (
        "comment ajouter une skybox dans three.js à partir de six images ?",
        "en WebGPU, c'est quoi la différence entre un render pipeline et un compute pipeline ?",
        "un shader GLSL de dissolution avec un bord lumineux, possible ?",
    ),
    "pt": (
        "como coloco um skybox no three.js com seis imagens?",
        "no react-three-fiber, como faço um objeto brilhar no hover?",
        "me passa um shader GLSL de dissolve com borda brilhante",
    ),
    "ru": (
        "как сделать скайбокс в three.js из шести картинок?",
        "в react-three-fiber как подсветить объект при наведении мыши?",
        "нужен GLSL-шейдер растворения с светящимся краем",
    ),
}


@_section
def _topic_switches() -> Iterator[Example]:
    counts = {
        "en": 20, "es": 8, "de": 8, "zh": 8, "ja": 8,
        "it": 6, "ko": 6, "fr": 4, "pt": 4, "ru": 4,
    }  # fmt: skip
    for seed, (lang, count) in enumerate(counts.items(), 400):

        def make(rng: random.Random, lang: str = lang) -> tuple[str, str | None, tuple[str, ...]]:
            earlier = rng.sample(_EARLIER[lang], 2 if rng.random() < 0.25 else 1)
            turns = [text for pair in earlier for text in pair]
            final = rng.choice(_THEN[lang]) + rng.choice(_NOW_3D[lang])
            system = SYS_PLAIN if rng.random() < 0.15 else None
            return lang, system, (*turns, final)

        yield from _family(f"topic-switch-{lang}", count, seed, make)


# Coding-agent tasks on a repository's rendering code, under agent or IDE system prompts.
_AGENT_FEATURES: dict[str, tuple[str, ...]] = {
    "en": (
        "selective bloom for emissive materials",
        "GPU picking with an ID render target instead of Raycaster",
        "a KTX2Loader next to the existing DRACOLoader",
        "frustum culling for the terrain chunks",
        "dispose() of geometries, materials and textures when a model is unloaded",
        "a WebGPU renderer path with WebGL2 fallback",
        "cascaded shadow maps for the sun light",
        "an adaptive pixel ratio that drops when the frame time exceeds 20ms",
        "webglcontextlost / webglcontextrestored handling",
        "an instanced renderer for the map markers",
        "a clipping plane section view with a capped cut surface",
        "SSAO that is disabled on mobile GPUs",
    ),
    "it": (
        "il bloom selettivo solo per i materiali emissivi",
        "il picking su GPU al posto del Raycaster",
        "la gestione di webglcontextlost",
        "il dispose di geometrie e texture quando si cambia modello",
    ),
    "ko": (
        "emissive 재질에만 적용되는 selective bloom",
        "Raycaster 대신 GPU 피킹",
        "webglcontextlost 처리",
        "모델 교체 시 geometry와 texture dispose",
    ),
    "fr": (
        "un bloom sélectif pour les matériaux émissifs",
        "le picking GPU à la place du Raycaster",
        "la libération (dispose) des géométries et textures au changement de modèle",
    ),
    "pt": (
        "bloom seletivo só nos materiais emissivos",
        "picking na GPU no lugar do Raycaster",
        "dispose de geometrias e texturas ao trocar de modelo",
    ),
    "ru": (
        "выборочный bloom только для эмиссивных материалов",
        "GPU-пикинг вместо Raycaster",
        "освобождение (dispose) геометрий и текстур при смене модели",
    ),
}
_AGENT_PATHS = (
    "src/viewer/renderer.ts",
    "packages/scene/src/index.ts",
    "app/three/Viewer.tsx",
    "src/render/pipeline.js",
    "lib/engine/render_loop.ts",
    "src/components/ProductCanvas.tsx",
)
_AGENT_SHAPES: dict[str, tuple[str, ...]] = {
    "en": (
        "Add {feature} in {path}.",
        "implement {feature} ({path})",
        "Please add {feature}. The render setup lives in {path}; keep the public API the same.",
        "{path}: we need {feature}. Add it and tell me how you verified it visually.",
        "Can you add {feature}? Start from {path}.",
    ),
    "it": ("Aggiungi {feature} in {path}.", "implementa {feature} ({path})"),
    "ko": ("{path}에 {feature} 추가해 주세요.", "{feature} 구현해줘 ({path})"),
    "fr": ("Ajoute {feature} dans {path}.", "implémente {feature} ({path})"),
    "pt": ("Adiciona {feature} em {path}.", "implementa {feature} ({path})"),
    "ru": ("Добавь {feature} в {path}.", "реализуй {feature} ({path})"),
}
_AGENT_SYSTEMS = (SYS_AGENT, SYS_CLI, SYS_IDE, SYS_STUDIO)


@_section
def _agent_tasks() -> Iterator[Example]:
    counts = {"en": 18, "it": 3, "ko": 3, "fr": 2, "pt": 2, "ru": 2}
    for seed, (lang, count) in enumerate(counts.items(), 500):

        def make(rng: random.Random, lang: str = lang) -> tuple[str, str | None, tuple[str, ...]]:
            text = rng.choice(_AGENT_SHAPES[lang]).format(
                feature=rng.choice(_AGENT_FEATURES[lang]), path=rng.choice(_AGENT_PATHS)
            )
            return lang, rng.choice(_AGENT_SYSTEMS), (text,)

        yield from _family(f"agent-task-{lang}", count, seed, make)


# Second batch: every example hand-written, one group each ("webgl/b2/<lang>/<nnn>"). Aimed at
# short and mid-length prompts in fr/pt/it/ko/ru/es/de/zh/ja, concept questions inside the
# graphics domain ("what is a mipmap"), and terse follow-ups that only make sense after earlier
# 3D turns. An item is a plain string (one user turn), a tuple of alternating turns, or a `_Sys`
# (system prompt plus turns).


class _Sys(NamedTuple):
    system: str
    turns: tuple[str, ...]


def _sys(system: str, *turns: str) -> _Sys:
    return _Sys(system, turns)


_Item = str | tuple[str, ...] | _Sys

SYS_FR_BOT = (
    "Tu es Léo, l'assistant interne de l'équipe web de Maisonéo (configurateur de cuisines en "
    "ligne). Réponds en français et reste concret."
)
SYS_PT_BOT = (
    "Você é o assistente técnico da Imobi3D, uma startup de tours virtuais de imóveis. "
    "Responda de forma direta e em português."
)
SYS_IT_BOT = (
    "Sei l'assistente interno del team frontend di Arredo Digitale. Rispondi in italiano, con "
    "esempi di codice quando servono."
)
SYS_KO_BOT = "당신은 사내 개발 지원 봇입니다. 질문에 정확하게 답하고, 모르면 모른다고 말하세요."
SYS_RU_BOT = (
    "Ты — внутренний ассистент команды геосервисов. Отвечай по делу и приводи примеры кода, "
    "если они помогают."
)
SYS_GAME = (
    "You are a helpful assistant for a small indie game studio. Engineers ask about tools, "
    "engines and code; keep answers practical."
)
SYS_ASSUME = (
    "You answer programming questions. If a question is ambiguous, state your assumption in "
    "one line before answering."
)

_B2_FR: tuple[_Item, ...] = (
    "c'est quoi un mipmap exactement ? et pourquoi ma texture scintille quand il n'y en a pas",
    "pourquoi on a besoin d'un biais dans le shadow mapping ? j'ai jamais vraiment compris",
    "forward vs deferred rendering, vous pouvez m'expliquer simplement ?",
    "three.js : mon PNG transparent a un liseré noir autour, c'est un souci d'alpha prémultiplié ?",
    "Comment faire un brouillard volumétrique pas trop coûteux en GLSL ?",
    "r3f : mon <Canvas> ne prend pas toute la hauteur de la div parente",
    "une normal map, c'est quoi au juste ? et l'espace tangent, ça sert à quoi ?",
    "Babylon.js : comment faire un sol miroir (MirrorTexture) pour une salle d'exposition ?",
    "WebGPU : à quoi sert un bind group layout ? on ne peut pas juste passer les buffers ?",
    "pourquoi mes couleurs hex ne rendent pas pareil dans three.js que dans Figma ? "
    "sRGB/linéaire ?",
    "Salut ! Je dois afficher une maquette IFC (bâtiment) dans le navigateur et pouvoir "
    "masquer les étages un par un. web-ifc + three.js, c'est la bonne piste ?",
    "shader d'outline autour d'un sprite dans une scène 3D, en GLSL",
    "la normal matrix c'est l'inverse transposée de la modelView, ok, mais pourquoi ?",
    "gl.drawElements : INVALID_OPERATION: insufficient buffer size. je cherche depuis 2h",
    "PlayCanvas ou Babylon pour un petit jeu de course dans le navigateur ? surtout pour le "
    "rendu des voitures et des reflets",
    "Je veux une carte des départements en 3D, extrudés selon la population, avec deck.gl. "
    "GeoJsonLayer avec extruded: true, ça suffit ?",
    "aide : les ombres de mon InstancedMesh restent à l'origine, elles ne suivent pas les "
    "instances",
    "CesiumJS : faire tourner le globe tout seul tant que l'utilisateur ne touche à rien",
    "quel intérêt d'un depth pre-pass en WebGL, concrètement ?",
    "Pourquoi l'effet de Fresnel rend les bords plus brillants ? Je l'ai vu dans un shader "
    "d'eau sans comprendre la formule.",
    "three r16x : THREE.ColorManagement.enabled, je le laisse à true pour un viewer produit ?",
    "Est-ce que WebGL2 gère les textures 3D (sampler3D) ? Je voudrais faire du ray marching "
    "sur un volume de données sismiques.",
    "GLSL : step ou smoothstep, quand utiliser l'un plutôt que l'autre ?",
    "mon antialiasing disparaît dès que j'ajoute l'EffectComposer, c'est normal ??",
    "Comment faire une transition type « portail » entre deux scènes three.js ?",
    "A-Frame : la vidéo 360 reste noire sur iPhone mais marche sur Android",
    """Mon compute shader WGSL doit calculer un histogramme de luminance (256 cases) d'une
texture 1920x1080, mais les valeurs changent à chaque frame alors que l'image est fixe.

```wgsl
@group(0) @binding(0) var src: texture_2d<f32>;
@group(0) @binding(1) var<storage, read_write> bins: array<u32, 256>;

@compute @workgroup_size(16, 16)
fn main(@builtin(global_invocation_id) id: vec3u) {
  let size = textureDimensions(src);
  if (id.x >= size.x || id.y >= size.y) { return; }
  let c = textureLoad(src, vec2i(id.xy), 0).rgb;
  let l = dot(c, vec3f(0.2126, 0.7152, 0.0722));
  let b = u32(clamp(l, 0.0, 1.0) * 255.0);
  bins[b] = bins[b] + 1u;
}
```

Je remets le buffer à zéro avec writeBuffer avant chaque dispatch. Il faut des atomiques ?
Et est-ce que passer par un histogramme local en var<workgroup> puis fusionner serait plus
rapide ?""",
    """Les étiquettes de mon CSS2DRenderer sont décalées par rapport aux objets, de plus en
plus vers le bas à droite. Code :

```js
const labelRenderer = new CSS2DRenderer();
labelRenderer.setSize(window.innerWidth, window.innerHeight);
labelRenderer.domElement.style.position = 'absolute';
labelRenderer.domElement.style.top = '0px';
document.body.appendChild(labelRenderer.domElement);

renderer.setSize(viewer.clientWidth, viewer.clientHeight);
viewer.appendChild(renderer.domElement);
```

Le canvas WebGL est dans une div avec une sidebar de 300px à gauche et un header de 64px.
Je suppose que les deux renderers n'ont pas la même taille ni la même origine ?""",
    _sys(SYS_FR, "C'est quoi le filtrage anisotrope et est-ce que ça coûte cher sur mobile ?"),
    _sys(
        SYS_FR_BOT,
        "dans le viewer 3D, les plans de travail en marbre sont tout pixelisés quand on zoome. "
        "on fait comment ?",
    ),
    _sys(
        SYS_AGENT,
        "Dans src/scene/eclairage.ts, remplace l'AmbientLight par un HemisphereLight et ajoute "
        "une envMap générée avec RoomEnvironment. Garde à peu près la même luminosité.",
    ),
    _sys(
        SYS_IDE,
        "pourquoi ce vertex shader déforme mon plan en diagonale ? je pense avoir inversé x et y "
        "quelque part",
    ),
    _sys(
        SYS_TUTOR,
        "Pour un projet de fac je dois écrire un lancer de rayons dans un fragment shader "
        "(sphères + plan). Par où commencer ? Juste des indices svp.",
    ),
    _sys(SYS_CONCISE, "MeshLambertMaterial vs MeshPhongMaterial, la différence ?"),
    _sys(
        SYS_GAME,
        "On a un jeu de tir en vue du dessus en three.js. Les explosions sont des sprites "
        "animés, comment lire une spritesheet dans un shader ?",
    ),
    (
        "Écris une requête SQL pour avoir les 10 produits les plus vendus ce mois-ci.",
        "```sql\nSELECT produit_id, SUM(quantite) AS total\nFROM ventes\nWHERE date_vente >= "
        "date_trunc('month', now())\nGROUP BY produit_id\nORDER BY total DESC\nLIMIT 10;\n```",
        "top. maintenant je veux les afficher en barres 3D dans une scène three.js, une barre "
        "par produit avec son nom au-dessus",
    ),
    (
        "Traduis « mise en production » en anglais",
        "« Deployment to production », ou plus familièrement « go-live ».",
        "merci. sinon, avec three.js on peut exporter la scène en .glb directement depuis le "
        "navigateur ?",
    ),
    (
        "On hésite entre un monolithe modulaire et des microservices pour notre SaaS de "
        "réservation.",
        "Avec une petite équipe, le monolithe modulaire est souvent le bon départ : des modules "
        "aux frontières nettes, qu'on pourra extraire plus tard si besoin.",
        "ok. autre chose : notre viewer WebGL plante quand on ouvre plus de 16 onglets, c'est "
        "la limite de contextes du navigateur ?",
    ),
    (
        "Comment ajouter du brouillard dans three.js ?",
        "`scene.fog = new THREE.Fog(0xcccccc, 10, 50);` et mets la même couleur en "
        "`scene.background` pour que l'horizon se fonde.",
        "et avec un ShaderMaterial perso il est ignoré ?",
    ),
    (
        "écris-moi un shader de dégradé vertical pour un ciel",
        "```glsl\nvarying vec3 vWorldPos;\nuniform vec3 uTop;\nuniform vec3 uBottom;\nvoid "
        "main() {\n  float h = normalize(vWorldPos).y * 0.5 + 0.5;\n  gl_FragColor = "
        "vec4(mix(uBottom, uTop, h), 1.0);\n}\n```",
        "plus doux vers l'horizon stp",
    ),
    (
        "Comment charger un HDRI dans r3f ?",
        'Avec `<Environment files="/hdri/atelier.hdr" />` de drei : il sert d\'éclairage '
        "et de reflets, sans forcément être visible.",
        "et si je veux le voir en fond mais flouté ?",
    ),
    (
        "Donne-moi une idée de nom pour une appli de jardinage",
        "« Potagenda », « Graine de Ville » ou « Mon Carré Vert ».",
        "sympa. dans l'appli je veux une serre en 3D qu'on peut visiter. three.js ou Babylon "
        "pour débuter ?",
    ),
    (
        "three.js : comment je détecte le clic sur un objet ?",
        "Avec un `Raycaster` : convertis la position de la souris en coordonnées normalisées, "
        "`raycaster.setFromCamera(pointer, camera)` puis `intersectObjects(scene.children)`.",
        "ça marche mais ça touche aussi le sol",
        "Ne passe que les objets cliquables à `intersectObjects`, ou utilise les `layers` du "
        "raycaster.",
        "et les layers, concrètement ?",
    ),
)

_B2_PT: tuple[_Item, ...] = (
    "o que é mipmapping e por que a textura fica borrada de longe?",
    "pq minha sombra fica serrilhada no three.js? aumentar o mapSize resolve?",
    "qual a diferença entre MeshBasicMaterial e MeshStandardMaterial na prática?",
    "como faço um vidro fosco (frosted glass) no r3f? vi o MeshTransmissionMaterial do drei",
    "gente, alguém já usou WebGPU em produção? o three tem o WebGPURenderer mas não sei se tá "
    "estável",
    "como desenhar linhas grossas em WebGL? gl.lineWidth não muda nada",
    "o que é clip space e por que o w importa tanto?",
    "Babylon: quero uma câmera que segue o carro de longe mas suaviza nas curvas",
    "shader de TV antiga (scanlines + curvatura da tela) pra um site portfólio",
    "preciso mostrar 3 mil imóveis num mapa 3D com deck.gl, altura da coluna = preço do m²",
    "no CesiumJS, como posiciono um glb de um prédio numa coordenada com a orientação certa?",
    "z-fighting entre o asfalto e as faixas da rua, polygonOffset resolve?",
    "por que todo mundo fala pra não criar material novo dentro do loop de animação?",
    "como faço fade-out de um objeto no three.js sem bugar o que tá atrás dele?",
    "o que faz o `texture.needsUpdate = true`? quando eu preciso disso?",
    "A-Frame: como trocar de cômodo (outra cena 360) sem recarregar a página?",
    "Explica o que é um G-buffer como se eu tivesse 5 anos",
    "webgl1: textura com tamanho que não é potência de 2 fica preta",
    "fiz partículas com THREE.Points mas elas ficam quadradas, como deixo redondas?",
    "r3f + drei: o `<Text>` fica sempre na frente de tudo, ignora a profundidade",
    "Quero um visual pixel art na cena 3D inteira (baixa resolução, sem filtro). Render target "
    "pequeno com NearestFilter e depois escala?",
    "PlayCanvas: dá pra trocar o lightmap da cena (dia/noite) em tempo real?",
    "quaternion ou matriz de rotação: o que é mais barato pra interpolar animação de esqueleto?",
    "como eu vejo quantos draw calls minha cena three.js tá fazendo?",
    "no WGSL, dá pra fazer um loop com o número de iterações vindo de um uniform?",
    "quero visualizar uma hélice de DNA em 3D com esferas e cilindros instanciados, me dá um "
    "ponto de partida",
    """Meu tour virtual em three.js mostra a panorâmica espelhada (as placas aparecem de trás
pra frente). Código:

```js
const geo = new THREE.SphereGeometry(500, 60, 40);
const tex = new THREE.TextureLoader().load('/pano/sala.jpg');
tex.colorSpace = THREE.SRGBColorSpace;
const mat = new THREE.MeshBasicMaterial({ map: tex, side: THREE.BackSide });
const pano = new THREE.Mesh(geo, mat);
scene.add(pano);
camera.position.set(0, 0, 0.1);
```

Já vi gente fazendo geo.scale(-1, 1, 1) em vez de BackSide. Qual a diferença e qual é o
jeito certo? E a costura no meio da esfera, tem a ver com isso?""",
    """WebGL puro, tentando subir um heightmap em float pra textura e dá isso:

```
WebGL: INVALID_OPERATION: texImage2D: type FLOAT but ArrayBufferView not Float32Array
```

```js
const data = new Uint16Array(w * h);
// ... preenche com as alturas do arquivo .r16
gl.bindTexture(gl.TEXTURE_2D, tex);
gl.texImage2D(gl.TEXTURE_2D, 0, gl.R32F, w, h, 0, gl.RED, gl.FLOAT, data);
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
```

Contexto WebGL2. Devo converter pra Float32Array ou dá pra usar R16UI direto? E o LINEAR
funciona com R32F sem extensão?""",
    _sys(
        SYS_PT,
        "como funciona o MSAA no WebGL2 quando renderizo num framebuffer? preciso de "
        "renderbufferStorageMultisample e blit?",
    ),
    _sys(
        SYS_PT_BOT,
        "o tour do apartamento demora 15s pra abrir no 4G. as panorâmicas são 8K em jpg. o que "
        "dá pra fazer?",
    ),
    _sys(
        SYS_AGENT,
        "troca o OrbitControls pelo CameraControls (yomotsu) em src/cena/camera.ts, mantendo "
        "os limites de zoom que já existem",
    ),
    _sys(
        SYS_IDE,
        "esse fragment shader dá 'Loop index cannot be compared with non-constant expression' "
        "no WebGL1. como contorno?",
    ),
    _sys(
        SYS_REVIEW,
        """revisa esse componente r3f, acho que tá alocando demais:

```tsx
useFrame(({ clock }) => {
  const alvo = new THREE.Vector3(Math.sin(clock.elapsedTime), 1, 0);
  ref.current.position.lerp(alvo, 0.1);
  ref.current.material = new THREE.MeshStandardMaterial({ color: cor });
});
```""",
    ),
    _sys(SYS_PLAIN, "o que significa 'overdraw' em renderização 3D?"),
    (
        "cria uma tabela no Postgres pra guardar os pins do mapa (lat, lng, título)",
        "```sql\nCREATE TABLE pins (\n  id serial PRIMARY KEY,\n  lat double precision NOT "
        "NULL,\n  lng double precision NOT NULL,\n  titulo text NOT NULL\n);\n```",
        "show. agora quero mostrar esses pins num globo 3D com three.js, com um brilho em cada um",
    ),
    (
        "quanto é 15% de 240?",
        "36.",
        "kkk valeu. outra: como centralizo a câmera num glb de tamanho qualquer no three?",
    ),
    (
        "vale a pena usar fila pra processar upload de vídeo no nosso backend?",
        "Vale: o upload responde rápido e os workers processam no ritmo deles, com retry se "
        "algo falhar.",
        "entendi. e no visualizador 3D, como gero thumbnail dos modelos no próprio navegador, "
        "renderizando offscreen?",
    ),
    (
        "como coloco sombra suave no r3f?",
        "Use `<SoftShadows />` do drei, ou `<AccumulativeShadows>` com `<RandomizedLight>` para "
        "sombras de contato acumuladas.",
        "e no celular fica pesado?",
    ),
    (
        "faz um shader de holofote falso (spotlight) num plano",
        "```glsl\nuniform vec2 uCentro;\nvarying vec2 vUv;\nvoid main() {\n  float d = "
        "distance(vUv, uCentro);\n  float luz = smoothstep(0.35, 0.0, d);\n  gl_FragColor = "
        "vec4(vec3(luz), 1.0);\n}\n```",
        "agora faz ele seguir o mouse",
    ),
    (
        "Como uso o GLTFLoader com Draco num projeto Vite?",
        "Copie `three/examples/jsm/libs/draco/` para `public/draco/`, crie um `DRACOLoader` "
        "com `setDecoderPath('/draco/')` e passe para `gltfLoader.setDRACOLoader`.",
        "e o KTX2 também?",
    ),
    (
        "me indica uma série boa de ficção científica",
        "The Expanse é ótima: política, física plausível e batalhas espaciais bem feitas.",
        "vou ver! aliás, quero fazer um campo de asteroides tipo o da série em three.js, com "
        "milhares de rochas diferentes",
    ),
    (
        "Como deixo o fundo do canvas transparente no Babylon?",
        "`scene.clearColor = new BABYLON.Color4(0, 0, 0, 0);` e crie o engine com "
        "`{ premultipliedAlpha: false }` se precisar.",
        "funcionou, mas o GlowLayer fica com uma borda preta",
        "O GlowLayer mistura com o fundo; com alpha zero ele escurece as bordas. Tente "
        "`glow.neutralColor = new BABYLON.Color4(0, 0, 0, 0)`.",
        "e no Safari continua igual",
    ),
)

_B2_IT: tuple[_Item, ...] = (
    "cos'è il mipmapping e perché la texture sfarfalla in lontananza?",
    "perché lo shadow map ha bisogno del bias? qualcuno me lo spiega senza troppe formule",
    "differenza tra PerspectiveCamera e OrthographicCamera, e quando conviene la seconda?",
    "three.js: il glb esce capovolto rispetto a come lo vedo in Blender",
    "come si fa un contorno stile cartoon con la tecnica dell'inverted hull in three.js?",
    "r3f: come aggiorno ogni frame un uniform di uno shaderMaterial senza causare re-render?",
    "Babylon.js: come metto una skybox partendo da un file .env?",
    "WebGL2: cos'è un UBO (uniform buffer object) e conviene usarlo?",
    "cos'è il tone mapping ACES e perché mi satura così tanto i rossi?",
    "ho un terreno da heightmap, come calcolo le normali direttamente nel vertex shader?",
    "deck.gl: voglio i voli sopra l'Europa come archi 3D animati, da dove parto?",
    "CesiumJS: come disegno un cono di visibilità (viewshed) da un punto sul terreno?",
    "PlayCanvas: le texture compresse basis non vengono caricate su iOS",
    "cosa sono le spherical harmonics nell'illuminazione? le trovo nelle light probe",
    "three.js: screenshot del canvas in 4K senza ridimensionare la finestra, si può?",
    "ho messo preserveDrawingBuffer: true e ora va più lento, come mai?",
    "A-Frame: come si fa il teletrasporto col controller in VR?",
    "passando a WebGPU, quali differenze tra WGSL e GLSL mi fregheranno di più?",
    "shader GLSL per l'effetto calore (heat haze) sopra un falò",
    "raycaster su SkinnedMesh: il click non corrisponde alla posa animata",
    "come riduco i draw call di una città con 5000 edifici tutti diversi?",
    "spiegami la matrice model-view-projection seguendo un singolo vertice dall'inizio alla fine",
    "InstancedBufferAttribute per dare un colore diverso a ogni istanza: come si usa?",
    "il mio gioco three.js va a 144fps sul monitor da gaming e la fisica impazzisce. come "
    "separo update e render?",
    "effetto scansione tipo ologramma che scorre su un modello, usando la posizione world nello "
    "shader",
    "cos'è la correzione gamma e perché devo preoccuparmene in WebGL?",
    """Ho uno ShaderMaterial con lights: true e appena lo aggiungo alla scena crasha:

```
Uncaught TypeError: Cannot read properties of undefined (reading 'value')
    at refreshUniformsCommon (three.module.js:28512)
    at WebGLRenderer.setProgram (three.module.js:30188)
```

```js
const mat = new THREE.ShaderMaterial({
  lights: true,
  uniforms: { uColore: { value: new THREE.Color('#ff8800') } },
  vertexShader: document.getElementById('vs').textContent,
  fragmentShader: document.getElementById('fs').textContent,
});
```

Nel fragment shader uso directionalLights[0].direction per un toon shading. Devo unire io
gli uniform delle luci? Con UniformsUtils.merge e UniformsLib.lights?""",
    """Picking su GPU in WebGL puro: disegno ogni oggetto con un colore univoco in un
framebuffer e poi leggo il pixel sotto il mouse. Su monitor normali funziona, sul MacBook
(retina) prende sempre l'oggetto sbagliato.

```js
canvas.addEventListener('click', (e) => {
  const x = e.offsetX;
  const y = canvas.height - e.offsetY;
  gl.bindFramebuffer(gl.FRAMEBUFFER, pickFbo);
  const px = new Uint8Array(4);
  gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
  const id = px[0] + (px[1] << 8) + (px[2] << 16);
  seleziona(id);
});
```

Il canvas ha width = clientWidth * devicePixelRatio. Immagino manchi una moltiplicazione, ma
anche l'antialiasing può sporcare i colori degli ID?""",
    _sys(
        SYS_IT,
        "che cos'è il frustum di una camera e come si verifica se un oggetto ci sta dentro?",
    ),
    _sys(
        SYS_IT_BOT,
        "nel configuratore dei divani il tessuto fa effetto moiré quando la camera si allontana, "
        "idee?",
    ),
    _sys(
        SYS_AGENT,
        "aggiungi in src/viewer/luci.ts un toggle giorno/notte che anima in 1 secondo "
        "l'intensità del DirectionalLight e il colore dello sfondo",
    ),
    _sys(SYS_DOCS, "nel nostro viewer con EffectComposer, in che ordine vanno SMAA e OutputPass?"),
    _sys(SYS_MENTOR, "perché si dice che gli if nei fragment shader sono lenti? vale ancora oggi?"),
    _sys(
        SYS_CLI,
        "c'è una cartella shaders/ con file .glsl importati tramite vite-plugin-glsl. crea un "
        "chunk condiviso per il noise e usalo sia in acqua.frag che in nuvole.frag",
    ),
    (
        "scrivimi un test pytest per una funzione che somma i prezzi del carrello",
        "```python\ndef test_totale_carrello():\n    carrello = [{'prezzo': 2.5}, {'prezzo': "
        "4.0}]\n    assert totale(carrello) == 6.5\n```",
        "grazie. cosa diversa: il carrello lo mostriamo anche in 3D con r3f, come faccio a far "
        "cadere i prodotti dentro con un po' di fisica?",
    ),
    (
        "qual è la differenza tra 'ne' e 'né'?",
        "'Né' con l'accento è la congiunzione negativa (né io né te); 'ne' senza accento è "
        "pronome o avverbio (ne ho due).",
        "ok. domanda tecnica: in three.js come faccio a far percorrere alla camera una "
        "CatmullRomCurve3?",
    ),
    (
        "ha senso separare il servizio notifiche dal monolite?",
        "Sì, se le notifiche hanno picchi di carico diversi dal resto: lo isoli dietro una coda "
        "e il monolite pubblica solo eventi.",
        "capito. lato frontend invece il nostro globo three.js perde frame quando arrivano le "
        "notifiche, come tengo leggero il render loop?",
    ),
    (
        "come aggiungo le ombre in una scena three.js?",
        "`renderer.shadowMap.enabled = true`, `light.castShadow = true` sulla luce, poi "
        "`castShadow` e `receiveShadow` sulle mesh interessate.",
        "e con le PointLight?",
    ),
    (
        "shader GLSL per le gocce di pioggia sul vetro",
        "Ecco un fragment shader che divide lo schermo in celle, fa scendere una goccia per "
        "cella con un offset casuale e distorce le UV della texture di sfondo.",
        "più gocce e più lente",
    ),
    (
        "come carico un FBX con animazioni in three.js?",
        "Con `FBXLoader`: `loader.load(url, (obj) => { mixer = new THREE.AnimationMixer(obj); "
        "mixer.clipAction(obj.animations[0]).play(); })`.",
        "e se prima lo voglio convertire in glb?",
    ),
    (
        "scrivi una breve bio per il mio profilo GitHub",
        "«Sviluppatore frontend a Bologna. Mi piacciono le interfacce veloci, il caffè forte e "
        "il codice leggibile.»",
        "perfetta. nel profilo vorrei un header con una scena WebGL, tipo una griglia di cubi "
        "che ondeggia. si può fare leggera?",
    ),
    (
        "come funzionano i layer della camera in three.js?",
        "Ogni oggetto ha una maschera `layers`; la camera renderizza solo gli oggetti che "
        "condividono almeno un layer attivo con lei.",
        "quindi posso renderizzare solo i gizmo in un secondo passaggio?",
        "Sì: metti i gizmo sul layer 1, renderizza la scena con la camera sul layer 0, poi "
        "abilita solo il layer 1 e renderizza di nuovo con `autoClear = false`.",
        "e il depth lo devo pulire in mezzo?",
    ),
)

_B2_KO: tuple[_Item, ...] = (
    "밉맵이 정확히 뭐예요? 멀리 있는 텍스처가 지글거리는 거랑 관련 있나요?",
    "shadow acne가 생기는 원리가 궁금해요. 깊이 비교에서 정확히 뭐가 문제인 거죠?",
    "포워드 렌더링이랑 디퍼드 렌더링 차이 간단하게 알려주세요",
    "three.js에서 glb 모델이 너무 작게 나와요. 단위 문제인가요?",
    "r3f에서 useLoader(GLTFLoader, ...)랑 useGLTF는 뭐가 달라요?",
    "WebGPU 바인드 그룹 개념이 헷갈려요. WebGL의 uniform이랑 어떻게 대응되나요?",
    "노멀 맵이 뭔지, 그리고 왜 다 파란색인지 궁금합니다",
    "Babylon.js PBR 재질이 금속처럼 안 보여요. 환경 텍스처가 없으면 원래 그런가요?",
    "GLSL에서 fract랑 mod 차이가 뭐예요?",
    "three.js 카메라가 오브젝트를 계속 바라보게 하려면 매 프레임 lookAt 호출해야 하나요?",
    "deck.gl로 지하철 노선을 3D로 띄우고 싶어요. PathLayer에 고도 넣을 수 있나요?",
    "CesiumJS에서 3D 타일 건물 색을 높이에 따라 다르게 칠하는 방법",
    "WebGL에서 알파 블렌딩을 켰는데 뒷면이 이상하게 보여요. depthWrite 문제인가요?",
    "requestAnimationFrame 콜백에서 delta time 계산하는 정석이 뭔가요?",
    "three.js에서 3D 텍스트 띄울 때 TextGeometry랑 troika-three-text 중 뭐가 나아요?",
    "인스턴싱이랑 mergeGeometries로 합치는 거 차이, 언제 뭘 써야 하나요?",
    "쿼터니언 곱하는 순서 때문에 회전이 이상하게 돼요. 로컬 회전이랑 월드 회전 헷갈림",
    "A-Frame으로 만든 VR 갤러리에서 그림 텍스처가 뿌옇게 보여요",
    "PlayCanvas 에디터 없이 엔진만 npm으로 설치해서 써도 되나요?",
    "림 라이트처럼 보이는 Fresnel 효과를 GLSL로 어떻게 구현해요?",
    "포인트 클라우드 색을 z값(높이)에 따라 그라데이션으로 칠하는 셰이더 부탁해요",
    "three.js에서 EffectComposer를 쓰면 투명 배경이 검정색으로 바뀌어요",
    "DEM 데이터로 웹에서 3D 지형을 만들고 싶은데 어떤 라이브러리가 좋을까요?",
    "WebGL 컨텍스트 옵션 powerPreference: 'high-performance' 노트북에서 실제로 효과 있나요?",
    "gl_FragCoord랑 UV 좌표는 뭐가 다른 건가요?",
    "r3f 씬 안의 3D 위치에 HTML 버튼을 붙이려면? drei Html 말고 다른 방법도 있나요",
    """three.js에서 glb 애니메이션이 재생이 안 됩니다. 모델은 잘 나오는데 T-포즈로 가만히 있어요.

```js
const loader = new GLTFLoader();
let mixer;
loader.load('/models/character.glb', (gltf) => {
  scene.add(gltf.scene);
  mixer = new THREE.AnimationMixer(gltf.scene);
  const action = mixer.clipAction(gltf.animations[0]);
  action.play();
});

function animate() {
  requestAnimationFrame(animate);
  if (mixer) mixer.update();
  renderer.render(scene, camera);
}
animate();
```

콘솔에 에러는 없고 gltf.animations 길이는 3입니다. Blender에서 내보낼 때 NLA 트랙도
정리했어요. mixer.update에 뭘 넘겨야 하는 건지, 그리고 idle에서 run으로 자연스럽게
바꾸려면 crossFadeTo를 어떻게 쓰는지도 알려주세요.""",
    """WebGPU에서 이런 검증 에러가 납니다:

```
Binding size (28) of [Buffer "light-ub"] is smaller than the minimum binding size (32).
 - While validating entries[0] as a Buffer.
```

WGSL 구조체:

```wgsl
struct Light {
  dir: vec3f,
  intensity: f32,
  color: vec3f,
};
@group(0) @binding(0) var<uniform> light: Light;
```

JS에서는 Float32Array 7개(dir 3 + intensity 1 + color 3)를 써서 28바이트 버퍼를 만들었어요.
vec3 정렬 규칙 때문인 것 같은데, 패딩을 어디에 넣어야 하는지 정확히 모르겠어요.""",
    _sys(SYS_KO, "원근 투영에서 깊이 버퍼 정밀도가 왜 불균일한지 설명해 주세요"),
    _sys(
        SYS_KO_BOT,
        "사내 디지털 트윈 뷰어(three.js)에서 설비 모델을 클릭하면 외곽선으로 하이라이트되게 "
        "하고 싶어요",
    ),
    _sys(
        SYS_AGENT,
        "src/scene/Particles.ts 의 파티클 위치 계산을 CPU 루프에서 버텍스 셰이더로 옮겨 주세요. "
        "입자 수는 5만 개입니다.",
    ),
    _sys(SYS_IDE, "이 프래그먼트 셰이더가 모바일에서만 precision 관련 에러가 나요. 왜 그럴까요?"),
    _sys(
        SYS_TUTOR,
        "과제로 라이브러리 없이 WebGL로 회전하는 큐브를 그려야 해요. 전체 순서만 힌트로 알려주세요",
    ),
    _sys(SYS_ASSUME, "three.js 씬에 FPS 표시하는 제일 간단한 방법?"),
    (
        "Spring Boot로 파일 업로드 API 만들어줘",
        '`@PostMapping("/files")`에서 `MultipartFile`을 받아 저장소에 쓰고, 파일 ID를 '
        "반환하는 컨트롤러와 서비스 코드입니다.",
        "고마워요. 업로드된 glb를 프론트에서 바로 미리보기로 띄우고 싶은데 three.js로 어떻게 해요?",
    ),
    (
        "'안되'랑 '안 돼' 중에 뭐가 맞아요?",
        "'안 돼'가 맞습니다. '돼'는 '되어'의 준말이고, '안'은 띄어 씁니다.",
        "ㅋㅋ 감사합니다. 근데 three.js에서 오브젝트 여러 개를 묶어서 같이 회전시키려면요?",
    ),
    (
        "이벤트 소싱을 도입하면 조회 쪽은 어떻게 처리해요?",
        "보통 CQRS로 분리해서, 이벤트를 구독하는 프로젝션이 조회용 테이블을 따로 만들어요.",
        "네. 프론트는 별개 질문인데, WebGL 뷰어에서 센서 수만 개의 값을 색으로 실시간 "
        "반영하려면 어떻게 하는 게 좋아요?",
    ),
    (
        "three.js로 바다 표면 만들어줘",
        "examples의 `Water` 객체에 노멀 텍스처를 주고, `Sky`와 태양 방향을 맞춘 예제 코드예요.",
        "파도 좀 더 크게",
    ),
    (
        "r3f에서 카메라 이동 애니메이션은 어떻게 해요?",
        "`useFrame` 안에서 `camera.position.lerp(target, 0.05)`처럼 매 프레임 보간하거나, "
        "drei의 `CameraControls`로 `setLookAt(..., true)`를 쓰면 돼요.",
        "그럼 클릭한 물체로 줌인은요?",
    ),
    (
        "GLSL로 원 그리는 셰이더",
        "```glsl\nvarying vec2 vUv;\nvoid main() {\n  float d = length(vUv - 0.5);\n  float a = "
        "1.0 - smoothstep(0.3, 0.31, d);\n  gl_FragColor = vec4(vec3(1.0), a);\n}\n```",
        "테두리만 남기려면?",
    ),
    (
        "이번 주말에 부산 가는데 맛집 추천해줘",
        "돼지국밥은 서면, 밀면은 남포동 쪽이 유명해요. 해운대 근처라면 조개구이도 괜찮아요.",
        "좋아요 ㅎㅎ 그리고 업무 질문 하나요. Babylon.js 씬을 이미지로 캡처하는 API 있어요?",
    ),
    (
        "WebGPU로 삼각형 하나 그리는 예제 보여줘",
        "어댑터와 디바이스를 요청하고, 캔버스 컨텍스트를 설정한 뒤 WGSL 버텍스/프래그먼트 "
        "셰이더로 렌더 파이프라인을 만들어 `draw(3)` 하는 전체 코드입니다.",
        "잘 되네요. 이제 버텍스마다 색을 다르게",
        "버텍스 버퍼에 색 속성을 추가하고 `@location(1)`로 받아서 프래그먼트로 넘기면 돼요.",
        "유니폼으로 회전도 넣어줘",
    ),
)

_B2_RU: tuple[_Item, ...] = (
    "что такое анизотропная фильтрация и почему без неё дорога вдали превращается в кашу?",
    "что такое peter panning и почему он появляется, когда я увеличиваю bias теней?",
    "Forward+ (tiled/clustered) рендеринг — в чём идея и есть ли смысл делать его на WebGPU?",
    "three.js: модель из glb грузится, но текстур не видно, она просто белая",
    "r3f: как правильно освобождать ресурсы при размонтировании компонента с useGLTF?",
    "что такое нормаль вершины и почему у куба их 24, а не 8?",
    "в чём разница между texture() и texelFetch() в GLSL ES 3.0?",
    "Babylon.js: как сделать, чтобы персонаж отбрасывал мягкую тень только на пол?",
    "WebGPU: queue.writeBuffer или mapAsync — что лучше для обновления данных каждый кадр?",
    "как в three.js сделать LOD для деревьев? THREE.LOD сам переключает уровни?",
    "deck.gl: хочу 3D-столбики по поездкам такси, но строк 10 млн — браузер выдержит?",
    "CesiumJS: как показать траекторию спутника по TLE на глобусе?",
    "почему металл в PBR без карты окружения выглядит почти чёрным?",
    "как сделать обводку при наведении в r3f? через drei Outlines или постобработкой?",
    "gl.getError() возвращает 1282 после drawArrays, как найти, что именно не так?",
    "A-Frame: как подключить физику, чтобы мяч отскакивал от стен комнаты?",
    "PlayCanvas: как включить батчинг статических мешей, чтобы было меньше draw calls?",
    "Что такое premultiplied alpha и откуда тёмные ореолы вокруг листвы на деревьях?",
    "GLSL: как написать шум Вороного (cellular noise) для текстуры камня?",
    "кватернион из оси и угла — как это работает геометрически?",
    "почему с OrthographicCamera зум колёсиком в OrbitControls работает как-то странно?",
    "нужен шейдер бесконечной сетки на плоскости, как в 3D-редакторах",
    "InstancedMesh и разные текстуры на инстансах — можно через texture array?",
    "что делает renderer.setPixelRatio и почему все пишут Math.min(devicePixelRatio, 2)?",
    "как в three.js сделать зеркало (Reflector) и насколько это бьёт по fps?",
    "визуализация графа на 50к узлов в 3D: three.js с инстансами или готовый 3d-force-graph?",
    """Не компилируется фрагментный шейдер, не понимаю, что ему не нравится:

```
ERROR: 0:9: '*' : wrong operand types - no operation '*' exists that takes a left-hand
operand of type 'uniform highp float' and a right operand of type 'const int'
ERROR: 0:11: 'return' : function return is not matching type
```

```glsl
precision highp float;
uniform float uTime;
uniform vec2 uRes;

float wave(vec2 p) {
  return sin(p.x * 10.0 + uTime) * 0.5 + 0.5;
}

float t = uTime * 2;
vec3 palette(float x) {
  return vec4(0.5 + 0.5 * cos(6.2831 * (x + vec3(0.0, 0.33, 0.67))), 1.0);
}

void main() {
  vec2 uv = gl_FragCoord.xy / uRes;
  gl_FragColor = vec4(palette(wave(uv)), 1.0);
}
```

Это для фона на лендинге через обычный WebGL1. Почему GLSL не приводит int к float сам?""",
    """Делаю модель Солнечной системы на three.js в реальном масштабе (1 единица = 1 км).
Когда камера подлетает к Земле, модель МКС начинает трястись и дёргаться, а на поверхности
Луны мерцают полигоны.

```js
const camera = new THREE.PerspectiveCamera(45, aspect, 0.01, 1e10);
const renderer = new THREE.WebGLRenderer({ logarithmicDepthBuffer: true });
earth.position.set(149.6e6, 0, 0);
iss.position.copy(earth.position).add(new THREE.Vector3(6771, 0, 0));
camera.position.copy(iss.position).add(new THREE.Vector3(0, 0, 0.2));
```

logarithmicDepthBuffer вроде помог с мерцанием, но тряска осталась. Я так понимаю, это
точность float32 на больших координатах? Как делают floating origin / relative-to-eye в
three.js, чтобы не переписывать всю сцену?""",
    _sys(
        SYS_RU,
        "Объясни, что такое draw call и почему их число часто важнее, чем число треугольников",
    ),
    _sys(
        SYS_RU_BOT,
        "в CesiumJS нужно подсветить участки трубопровода по статусу (норма/авария), "
        "20 тыс. сегментов. что будет быстрее — entities или primitives?",
    ),
    _sys(
        SYS_AGENT,
        "в src/render/postfx.ts добавь пасс виньетки после bloom, с параметрами силы и радиуса",
    ),
    _sys(
        SYS_IDE,
        "почему тут в вершинном шейдере нормаль не нормализуют после умножения на normalMatrix, "
        "и важно ли это?",
    ),
    _sys(SYS_CONCISE, "gl.STATIC_DRAW vs gl.DYNAMIC_DRAW — на что это реально влияет?"),
    _sys(
        SYS_MENTOR,
        "почему в three.js не советуют менять geometry меша каждый кадр, а двигать его через "
        "матрицу?",
    ),
    (
        "напиши на Go хендлер, который отдаёт JSON со списком пользователей",
        "```go\nfunc listUsers(w http.ResponseWriter, r *http.Request) {\n\tusers, err := "
        "store.All(r.Context())\n\tif err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t\t"
        "return\n\t}\n\tjson.NewEncoder(w).Encode(users)\n}\n```",
        "спасибо. а на фронте надо показать аватарки пользователей плитками на 3D-сфере в "
        "three.js — как расставить их равномерно?",
    ),
    (
        "сколько будет 2 в 20-й степени?",
        "1 048 576.",
        "ок. а сколько видеопамяти займёт текстура 8192x8192 RGBA8 вместе с мипмапами?",
    ),
    (
        "как лучше разрезать монолит на сервисы — по слоям или по доменам?",
        "По доменам (bounded contexts): каждый сервис владеет своими данными и бизнес-логикой, "
        "а не отдельным техническим слоем.",
        "понял. вопрос из другой области: в нашем WebGL-редакторе outline-пасс выделения "
        "съедает 8 мс при сотне выделенных объектов. как ускорить?",
    ),
    (
        "как сделать небо с облаками в three.js?",
        "Можно взять `Sky` из examples для атмосферы, а облака нарисовать на большой сфере "
        "шейдером с fbm-шумом и альфа-смешиванием.",
        "а закат?",
    ),
    (
        "шейдер воды для плоскости, простой",
        "Вершинный шейдер суммирует несколько синусоид для высоты, фрагментный смешивает "
        "глубокий и светлый цвет по высоте волны.",
        "а отражение неба в ней?",
    ),
    (
        "как импортировать glb в Babylon.js?",
        "`await BABYLON.SceneLoader.ImportMeshAsync('', '/models/', 'robot.glb', scene);` — "
        "не забудь подключить `@babylonjs/loaders`.",
        "а если модель сжата Draco?",
    ),
    (
        "посоветуй фильм на вечер",
        "«Прибытие» Дени Вильнёва: спокойная, умная фантастика про язык и время.",
        "спасибо. кстати, хочу заставку для сайта в стиле «Матрицы» — падающие символы, но в 3D "
        "с глубиной, на three.js",
    ),
    (
        "как в WebGL2 сделать instancing?",
        "`gl.drawArraysInstanced(mode, 0, count, instances)` плюс атрибуты с "
        "`gl.vertexAttribDivisor(loc, 1)`, чтобы они менялись на каждый инстанс.",
        "а как передать матрицу на инстанс? атрибут же максимум vec4",
        "Матрица 4x4 занимает четыре подряд идущих location, по одному vec4 на столбец.",
        "и divisor ставить на все четыре?",
    ),
)

_B2_ES: tuple[_Item, ...] = (
    "¿qué es el mipmapping y cuándo me conviene desactivarlo?",
    "¿por qué las sombras de un PointLight cuestan tanto más que las de una direccional?",
    "diferencia entre Object3D, Group y Scene en three.js, ¿cuándo uso cada uno?",
    "r3f: el modelo tiembla cuando la cámara está muy lejos del origen",
    "¿qué es el espacio tangente y por qué el normal map se ve bien en unas caras y mal en otras?",
    "Babylon.js: ¿cómo hago que una malla brille con GlowLayer solo cuando está seleccionada?",
    "WebGPU: ¿qué es el workgroup_size y cómo elijo el número?",
    "quiero un suelo con reflejos borrosos tipo MeshReflectorMaterial, ¿cuánto pesa en móvil?",
    "¿cómo dibujo 200.000 aristas de un grafo en WebGL sin que se muera el navegador?",
    "deck.gl TerrainLayer: el terreno sale plano aunque le paso elevationData",
    "CesiumJS: quiero que la cámara siga a un avión (glb) que recorre una ruta con tiempos",
    "¿Qué es el HDR y para qué sirve el tone mapping? ¿No basta con colores de 0 a 1?",
    "A-Frame en Quest: ¿cómo agarro objetos con hand tracking?",
    "GLSL: ¿cómo roto un vec2 un ángulo? lo necesito para girar las uv",
    "three.js: objeto que proyecte sombra pero que sea invisible, ¿se puede?",
    "¿qué pasa con mi render loop de three.js cuando la pestaña queda en segundo plano? ¿se "
    "sigue llamando requestAnimationFrame?",
    "PlayCanvas: ¿cómo exporto el proyecto para alojarlo en mi propio servidor?",
    "¿se puede hacer ray tracing de verdad en WebGPU o todo son trucos?",
    "ayuda: al hacer zoom con OrbitControls la cámara atraviesa el modelo",
    """En r3f tengo 5.000 esferas con <Instances> y quiero cambiar el color de la que tiene el
ratón encima, pero no cambia nada:

```tsx
const ref = useRef<THREE.InstancedMesh>(null!);
const color = new THREE.Color();

const onMove = (e: ThreeEvent<PointerEvent>) => {
  const id = e.instanceId!;
  ref.current.setColorAt(id, color.set('hotpink'));
};

return (
  <instancedMesh ref={ref} args={[undefined, undefined, 5000]} onPointerMove={onMove}>
    <sphereGeometry args={[0.2, 16, 16]} />
    <meshStandardMaterial />
  </instancedMesh>
);
```

¿Me falta marcar instanceColor.needsUpdate? Y si nunca llamé a setColorAt antes del primer
render, ¿existe siquiera el atributo?""",
    _sys(SYS_ES, "Explícame qué es el backface culling y cuándo hay que desactivarlo"),
    _sys(
        SYS_ES_AGENT,
        "en src/escena/terreno.ts genera el relieve con un heightmap en el vertex shader en "
        "lugar de mover los vértices en la CPU",
    ),
    _sys(
        SYS_IDE,
        "¿por qué el uniform uTiempo no cambia? en el loop hago material.uniforms.uTiempo = t",
    ),
    _sys(SYS_CONCISE, "¿qué es un atlas de texturas y por qué ahorra draw calls?"),
    _sys(
        SYS_REVIEW,
        """revisa este bucle de WebGL, va a tirones:

```js
function frame() {
  const buf = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, buf);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(posiciones), gl.STATIC_DRAW);
  gl.drawArrays(gl.POINTS, 0, posiciones.length / 3);
  requestAnimationFrame(frame);
}
```""",
    ),
    (
        "hazme una función en Python que lea un CSV con columnas x,y,z",
        "```python\nimport csv\n\ndef leer_puntos(ruta):\n    with open(ruta, newline='') as f:\n"
        "        return [(float(r['x']), float(r['y']), float(r['z'])) for r in "
        "csv.DictReader(f)]\n```",
        "vale. y ahora quiero ver esos puntos en el navegador como nube de puntos 3D con "
        "three.js, coloreados por z",
    ),
    (
        "¿'renderizar' está aceptado por la RAE?",
        "Sí, «renderizar» aparece en el diccionario de la RAE con el sentido informático de "
        "generar una imagen a partir de un modelo.",
        "jaja bien. pues renderizando: ¿por qué mi escena de Babylon se ve pixelada en "
        "pantallas 4K?",
    ),
    (
        "¿REST o gRPC entre nuestros servicios internos?",
        "Para tráfico interno con contratos estables, gRPC da tipado y mejor rendimiento; REST "
        "es más fácil de depurar y de exponer fuera.",
        "ok. otra cosa: en el visor 3D web queremos cargar modelos de 300 MB. ¿streaming por "
        "partes o algo tipo 3D Tiles?",
    ),
    (
        "¿cómo pongo un fondo degradado en una escena three.js?",
        "Lo más simple es `scene.background = texturaCanvas` con un degradado dibujado en un "
        "canvas 2D, o una esfera grande con un shader de degradado.",
        "¿y que cambie según hacia dónde mire la cámara?",
    ),
    (
        "shader de holograma con líneas horizontales",
        "Fragment shader con `step(0.5, fract(vPosMundo.y * 40.0 - uTiempo))` para las "
        "líneas, un término Fresnel para el borde y blending aditivo.",
        "más parpadeo",
    ),
    (
        "¿cómo cargo un OBJ con su MTL en three.js?",
        "Primero `MTLLoader` para los materiales, luego `objLoader.setMaterials(materiales)` y "
        "después cargas el `.obj`.",
        "¿y si las texturas están en otra carpeta?",
    ),
    (
        "¿cómo hago un cubo de Rubik en three.js?",
        "27 cubitos (BoxGeometry) en una rejilla 3x3x3, con un material por cara según su "
        "posición.",
        "vale, ¿y cómo giro una cara?",
        "Agrupa temporalmente los 9 cubitos de esa cara en un `Group`, rota el grupo 90° y "
        "devuélvelos a la escena con `attach` para conservar su transformación.",
        "¿y con animación suave?",
    ),
)

_B2_DE: tuple[_Item, ...] = (
    "Was ist eigentlich Mipmapping und warum flimmern entfernte Texturen ohne?",
    "Warum brauchen Shadow Maps überhaupt einen Bias? Ich versteh das Prinzip nicht",
    "Unterschied zwischen Vertex- und Fragment-Shader, kurz erklärt?",
    "three.js: GLB hat nach dem Laden keine Vertex-Farben mehr, in Blender schon",
    "r3f mit frameloop='demand' – wann genau muss ich invalidate() aufrufen?",
    "Babylon.js: HDR-Datei als Umgebung laden, aber den Hintergrund ausblenden – wie?",
    "WebGPU: Was ist der Unterschied zwischen einem Render Pass und einem Render Bundle?",
    "Was macht die View-Matrix genau? Ist das einfach die Inverse der Kameramatrix?",
    "deck.gl: Gebäude aus OSM extrudieren, Höhe aus building:levels – geht das direkt?",
    "CesiumJS: Gelände durchsichtig machen, um Leitungen unter der Erde zu zeigen?",
    "GLSL: mein Noise ist an den Kachelkanten nicht nahtlos. Wie bekomme ich tileable Noise?",
    "Wie viele Lichter verträgt MeshStandardMaterial in three.js, bevor die FPS einbrechen?",
    "A-Frame: Text ist in VR total unscharf, welche Komponente nimmt man da?",
    "PlayCanvas: Kamera-Shake beim Einschlag, wie macht man das elegant?",
    "Wie rechne ich in three.js einen 3D-Punkt in Bildschirmkoordinaten um, damit ein "
    "HTML-Label drüber liegt?",
    "Kantenglättung ist weg, sobald ich Post-Processing nutze. Muss ich samples am "
    "RenderTarget setzen?",
    "Was sind Compute Shader und wofür bräuchte ich sie mit WebGPU im Browser?",
    "Nach Skalierung mit (1, 5, 1) ist die Beleuchtung falsch, die Normalen stimmen nicht. Wieso?",
    "Meine three.js-Szene ist auf dem Handy im Hochformat total verzerrt",
    """WebGL2, Texture Array mit 8 Layern für Terrain-Texturen. Im Shader sehe ich aber immer
nur den ersten Layer, egal welchen Index ich übergebe.

```js
gl.bindTexture(gl.TEXTURE_2D_ARRAY, tex);
gl.texStorage3D(gl.TEXTURE_2D_ARRAY, 1, gl.RGBA8, 512, 512, 8);
bilder.forEach((img, i) => {
  gl.texSubImage3D(gl.TEXTURE_2D_ARRAY, 0, 0, 0, 0, 512, 512, 1, gl.RGBA, gl.UNSIGNED_BYTE, img);
});
```

```glsl
uniform mediump sampler2DArray uTerrain;
in float vLayer;
out vec4 farbe;
void main() {
  farbe = texture(uTerrain, vec3(vUv, vLayer));
}
```

Außerdem hätte ich gern Mipmaps, dafür reicht Level 1 in texStorage3D vermutlich nicht?""",
    _sys(SYS_DE, "Erklär mir Ambient Occlusion und warum SSAO so viel Leistung kostet"),
    _sys(
        SYS_DE_AGENT,
        "In src/konfigurator/kamera.ts: Kamerafahrten zwischen den festen Ansichten (Front, "
        "Seite, Innenraum) mit Easing, Dauer 800 ms.",
    ),
    _sys(
        SYS_IDE,
        "was heißt 'THREE.WebGLRenderer: Texture marked for update but no image data found'?",
    ),
    _sys(SYS_ASSUME, "Linien mit echter Pixelbreite in three.js?"),
    _sys(
        SYS_STUDIO,
        "Unsere GLBs aus der Pipeline haben alle 4K-Texturen, auch für Schrauben. Kann der "
        "Viewer beim Laden runterskalieren oder muss das in der Pipeline passieren?",
    ),
    (
        "Schreib mir ein Prisma-Schema für eine Tabelle 'Maschine' mit Name, Halle und Status",
        "```prisma\nmodel Maschine {\n  id     Int    @id @default(autoincrement())\n  name   "
        "String\n  halle  String\n  status String\n}\n```",
        "danke. Jetzt das Frontend: jede Maschine steht als 3D-Modell in der Hallenansicht, "
        "der Status soll ein leuchtender Ring drumherum sein. Wie baue ich den Ring?",
    ),
    (
        "Was ist der Unterschied zwischen 'scheinbar' und 'anscheinend'?",
        "'Anscheinend' heißt, es ist wohl so; 'scheinbar' heißt, es wirkt nur so, ist aber "
        "nicht so.",
        "gut zu wissen. Anderes Thema: wie animiere ich in three.js eine Tür, die sich um "
        "ihre Scharnierkante dreht?",
    ),
    (
        "Brauchen wir für 50 Requests pro Sekunde wirklich Kubernetes?",
        "Eher nicht: ein, zwei VMs oder ein verwalteter Container-Dienst reichen dafür locker "
        "und sind viel einfacher zu betreiben.",
        "ok. Und bei unserem WebGL-Viewer: lohnt sich ein OffscreenCanvas im Worker, damit "
        "die UI nicht ruckelt?",
    ),
    (
        "Wie mache ich in three.js einen Sternenhimmel?",
        "Ein `THREE.Points` mit ein paar tausend zufälligen Positionen auf einer großen Kugel "
        "und `sizeAttenuation: false` reicht für den Anfang.",
        "und funkeln sollen sie auch",
    ),
    (
        "GLSL-Shader für ein Schutzschild um ein Raumschiff",
        "Fresnel-Term für den Rand, dazu ein wanderndes Hexagon-Muster aus den UVs und "
        "additives Blending auf einer Kugel um das Schiff.",
        "und Treffer sollen Wellen auf dem Schild auslösen",
    ),
    (
        "Wie exportiere ich am besten aus Blender für three.js?",
        "Als glTF Binary (.glb), mit angewendeten Transformationen, +Y oben, und bei Bedarf "
        "Draco-Kompression im Exporter.",
        "und die Animationen?",
    ),
    (
        "WebGL2: wie lege ich eine Cubemap-Textur an?",
        "`gl.bindTexture(gl.TEXTURE_CUBE_MAP, tex)` und für jede der sechs Seiten "
        "`texImage2D(gl.TEXTURE_CUBE_MAP_POSITIVE_X + i, ...)`.",
        "und wie sample ich die im Shader?",
        "Mit `uniform samplerCube uUmgebung;` und `texture(uUmgebung, richtung)`, wobei die "
        "Richtung ein 3D-Vektor ist.",
        "und für Spiegelungen auf einer Kugel?",
    ),
)

_B2_ZH: tuple[_Item, ...] = (
    "mipmap 是什么？为什么远处的贴图会闪？",
    "PCF 软阴影是怎么实现的？采样次数越多越好吗？",
    "前向渲染和延迟渲染有啥区别，WebGL 里能做延迟渲染吗",
    "three.js 加载的 glb 模型特别亮，像过曝了一样",
    "r3f 里 useFrame 的 delta 单位是秒还是毫秒？",
    "WebGPU 的 bind group 和 pipeline layout 到底是什么关系",
    "法线贴图为什么是蓝紫色的？切线空间怎么理解",
    "Babylon.js 怎么做点击地面、角色自动走过去？",
    "GLSL 里 mix、step、smoothstep 分别适合什么场景",
    "three.js 做智慧园区大屏，几百栋楼，draw call 怎么降下来",
    "deck.gl 能和 Mapbox 的 3D 建筑叠加显示吗？深度遮挡对不对",
    "Cesium 加载倾斜摄影 3D Tiles 很卡，有哪些参数可以调",
    "透明物体和不透明物体的渲染顺序是怎样的？为什么要先画不透明的",
    "渲染循环用 requestAnimationFrame 和 setInterval 有什么区别",
    "three.js 的 Raycaster 怎么只拾取某一组物体",
    "为什么四元数能避免万向节锁？",
    "A-Frame 做 VR 看房，切换全景图时会黑屏一下，怎么预加载",
    "WebGL 里怎么画有宽度的线？Line2 还是 MeshLine",
    "gl.UNPACK_FLIP_Y_WEBGL 是干嘛用的",
    """three.js 自定义粒子着色器，粒子远近看起来一样大，没有近大远小的效果：

```js
const mat = new THREE.ShaderMaterial({
  uniforms: { uSize: { value: 4.0 } },
  vertexShader: `
    void main() {
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      gl_PointSize = uSize;
    }
  `,
  fragmentShader: `
    void main() {
      if (length(gl_PointCoord - 0.5) > 0.5) discard;
      gl_FragColor = vec4(1.0, 0.8, 0.3, 1.0);
    }
  `,
  transparent: true,
});
```

PointsMaterial 的 sizeAttenuation 是怎么算的？我想在自己的 shader 里实现一样的效果，
顺便问一下在高分屏上粒子是不是要乘 pixelRatio。""",
    _sys(SYS_ZH, "解释一下什么是 PBR，金属度和粗糙度分别控制什么？"),
    _sys(
        SYS_ZH_AGENT,
        "把 src/scene/building.ts 里每栋楼一个 Mesh 的写法改成 InstancedMesh，点击高亮功能要保留",
    ),
    _sys(SYS_IDE, "这段 WGSL 报错 'cannot assign to let'，应该怎么改"),
    _sys(SYS_PLAIN, "WebGL 上下文丢失一般是什么原因导致的？"),
    _sys(
        SYS_REVIEW,
        "帮我看看这段 three.js 代码有没有内存泄漏：\n\n```js\nsetInterval(() => {\n  "
        "scene.remove(chart);\n  chart = buildBars(data);\n  scene.add(chart);\n}, 1000);\n```",
    ),
    (
        "用 Node 写个接口，返回设备列表和每台设备的温度",
        "```js\napp.get('/api/devices', async (req, res) => {\n  const rows = await "
        "db.query('SELECT id, name, temperature FROM devices');\n  res.json(rows);\n});\n```",
        "好的。前端要在三维厂房里按温度给每台设备上色，three.js 里怎么做出热力的效果？",
    ),
    (
        "帮我写一句给同事的生日祝福",
        "祝你生日快乐，新的一岁工作顺利、万事胜意，代码永远没有 bug！",
        "谢谢！另外问一下，three.js 怎么做一个 3D 生日蛋糕的场景，蜡烛要有火焰效果",
    ),
    (
        "微服务之间用消息队列还是直接 HTTP 调用好？",
        "需要实时响应就用 HTTP/gRPC；能异步处理、需要削峰解耦的场景用消息队列。",
        "明白。我们的 WebGL 数字孪生页面每秒推一次数据，怎么更新场景才不卡？",
    ),
    (
        "three.js 怎么加雾效？",
        "`scene.fog = new THREE.FogExp2(0x88aacc, 0.02);`，背景色设成一样的颜色会更自然。",
        "再浓一点，远处完全看不见",
    ),
    (
        "写个 GLSL 水波纹扩散效果",
        "片元着色器里根据到中心点的距离算 `sin(d * 40.0 - uTime * 6.0)`，再用衰减系数乘一下，"
        "拿结果去偏移 UV。",
        "改成在点击的位置触发",
    ),
    (
        "r3f 怎么用 HDR 全景图做背景？",
        '用 drei 的 `<Environment files="/hdr/room.hdr" background />` 就可以，同时也会用于反射。',
        "背景换成纯色、但是反射还保留，怎么写？",
    ),
    (
        "WebGPU 怎么用计算着色器做粒子？",
        "用两个 storage buffer 存粒子状态做 ping-pong，每帧 dispatch 一次 compute pass 更新位置。",
        "粒子数量上限大概多少？",
        "取决于显卡和 buffer 大小限制，桌面端几百万个粒子通常没问题。",
        "那怎么把它们渲染出来？",
    ),
)

_B2_JA: tuple[_Item, ...] = (
    "ミップマップって何ですか？遠くのテクスチャがチラつくのと関係ある？",
    "シャドウマップの解像度と影のギザギザの関係を教えてください",
    "フォワードレンダリングとディファードレンダリングの違いをざっくり知りたい",
    "three.jsでglbを読み込むと、一部の面だけ法線が反転しているように見えます",
    "r3fでマウス位置に応じてカメラを少しだけ動かすパララックス効果を作りたい",
    "WebGPUでrender pipelineを毎回作ると重いのですが、キャッシュすべきですか？",
    "ノーマルマップとバンプマップの違いは？",
    "Babylon.jsでキャラクターの足元に丸い接地影（blob shadow）を付けたい",
    "GLSLのvaryingとuniformの違いを初心者向けに教えて",
    "three.jsで建物ごとに吹き出しアイコンを出したい。Spriteで大丈夫？",
    "deck.glで標高付きの登山ルート（GPX）を3D表示したい",
    "CesiumJSでPLATEAUの3D都市モデルを読み込む方法",
    "depthWriteとdepthTestの違いは？半透明のときはどう設定する？",
    "120Hzモニタでアニメが速くなるので、requestAnimationFrameを60fpsに固定したい",
    "three.jsで回転を扱うならクォータニオンとオイラー角どっちを使うべき？",
    "A-FrameでWebXRのARモード（床に物を置く）を試したい",
    "WebGL1でfloatテクスチャを使うには拡張機能が必要ですか？",
    "gl_Positionをwで割るのは誰がやってるんですか？",
    "PlayCanvasでスマホのジャイロに合わせてカメラを回したい",
    """CADから書き出したglb（単位はmm）をthree.jsで読み込むと何も見えません。
バウンディングボックスを出すと中心が (12000, 3500, -8000) くらいにあります。

```js
const gltf = await loader.loadAsync('/models/plant.glb');
scene.add(gltf.scene);
camera.position.set(0, 5, 10);
controls.target.set(0, 0, 0);
controls.update();
```

モデルを原点に移動してスケールを0.001にすべきか、カメラ側を合わせるべきか迷っています。
カメラのnear/farもどう決めればいいでしょう？OrbitControlsの回転中心もモデルの中心に
したいです。""",
    _sys(SYS_JA, "PBRのラフネスとメタルネスを直感的に説明してください"),
    _sys(
        SYS_JA_AGENT,
        "src/viewer/Scene.ts の影を PCFSoftShadowMap から VSMShadowMap に変えて、影のぼかし"
        "半径を設定できるようにしてください",
    ),
    _sys(
        SYS_IDE,
        "この頂点シェーダー、法線をワールド座標に変換するところが怪しいです。modelMatrixと"
        "normalMatrixのどちらを使うべき？",
    ),
    _sys(SYS_DOCS, "社内の3Dビューアでドローコール数を画面に表示するにはどうすればいいですか"),
    _sys(SYS_CONCISE, "GLSLで乱数を作る定番の書き方は？"),
    (
        "Djangoで商品モデルを作って",
        "```python\nclass Product(models.Model):\n    name = models.CharField(max_length=200)\n"
        "    price = models.DecimalField(max_digits=10, decimal_places=2)\n```",
        "ありがとうございます。商品ページに3Dモデルのプレビューを出したいのですが、"
        "model-viewerとthree.jsならどちらが簡単ですか？",
    ),
    (
        "「お疲れ様です」は社外メールで使ってもいい？",
        "社外には「お世話になっております」が無難です。「お疲れ様です」は主に社内向けです。",
        "なるほど。ところで、three.jsで雪を降らせたいのですが、パーティクルでどう作ればいいですか？",
    ),
    (
        "モノレポにするメリットは何ですか？",
        "依存関係の一元管理、横断的な変更を一度にレビューできること、共通コードの再利用が"
        "主なメリットです。",
        "了解です。WebGLの描画エンジン部分だけ別パッケージにしたいのですが、GLSLファイルの"
        "importやシェーダーのビルドはどう扱うのがいいですか？",
    ),
    (
        "three.jsで床にグリッドを表示したい",
        "`scene.add(new THREE.GridHelper(100, 100));` で表示できます。",
        "遠くのほうはフェードアウトさせたい",
    ),
    (
        "GLSLで炎っぽいエフェクトを作って",
        "fbmノイズを上方向にスクロールさせ、高さに応じて赤から黄色へのグラデーションと"
        "アルファを掛けるフラグメントシェーダーです。",
        "もっと青い炎にして",
    ),
    (
        "Babylon.jsでglbのアニメーションを再生するには？",
        "`ImportMeshAsync` の結果の `animationGroups` から目的のグループを取り出し、"
        "`group.start(true)` で再生できます。",
        "ループを止めるには？",
    ),
    (
        "WebGL2でMRT（複数レンダーターゲット）は使えますか？",
        "使えます。フレームバッファに複数のカラーアタッチメントを付け、`gl.drawBuffers` で"
        "出力先を指定します。",
        "何枚まで？",
        "`gl.getParameter(gl.MAX_DRAW_BUFFERS)` で確認できます。WebGL2では最低4枚が保証されて"
        "います。",
        "スマホでも同じ？",
    ),
)

_B2_EN: tuple[_Item, ...] = (
    "what is a mipmap and do i need them for a UI texture inside a 3D scene",
    "bias vs normalBias on a three.js light shadow, what's the actual difference",
    "ELI5: what's in a G-buffer and why does deferred shading need one",
    "what does it mean when people say a webgl app is 'fill rate bound'?",
    "what's the point of a VAO if I can just bind my buffers every frame",
    "how does SSAO actually work? like what is it sampling",
    "is premultiplied alpha something I need to care about in three.js",
    "uniform buffer vs storage buffer in WebGPU, when do I pick which",
    "explain screen-space reflections and why they fall apart near the screen edges",
    "what is temporal anti-aliasing and why does it leave ghost trails",
    "world space vs view space vs tangent space, quick rundown please",
    "what's an index buffer, and when is non-indexed geometry the better choice?",
    "what does HDR rendering mean in three.js terms? is it just the environment map?",
    "how does instancing actually save time on the GPU side?",
    "what's a signed distance field and why do 3D text renderers use them",
    "Threlte vs react-three-fiber, has anyone compared them for a Svelte shop?",
    "TresJS (vue + three): how do I reach the renderer to set toneMapping?",
    "OGL or three.js for a tiny landing-page shader effect? bundle size matters a lot",
    "regl: how do I pass a texture that changes every frame",
    "exported my Spline scene to r3f and it's 18MB, how do I slim it down",
    "luma.gl throws 'WebGL2 required' on an older Safari, any workaround?",
    "Needle Engine or plain three.js for a Unity team moving to the web?",
    "my gaussian splat viewer (three.js) sorts splats on the main thread and stalls every "
    "time the camera turns. can the sort move to a worker or the GPU?",
    "potree shows nothing for my .copc.laz, console says unsupported version",
    "patched MeshStandardMaterial with onBeforeCompile, but a second mesh with different "
    "settings gets the first one's shader. customProgramCacheKey?",
    "MeshLine in r3f looks great on desktop but the lines vanish on iOS",
    "three.js WebGPURenderer + TSL: how would I write a simple noise displacement node?",
    "WebXR on Quest 3 feels juddery even though we hit 72fps. where do I start looking?",
    "visible banding in my dark gradient background shader. is dithering the fix?",
    """selective bloom with @react-three/postprocessing isn't selecting anything, the whole
scene either blooms or nothing does.

```tsx
<Canvas>
  <Selection>
    <EffectComposer>
      <SelectiveBloom intensity={2} luminanceThreshold={0} mipmapBlur />
    </EffectComposer>
    <Select enabled={hovered}>
      <mesh onPointerOver={() => setHovered(true)} onPointerOut={() => setHovered(false)}>
        <torusKnotGeometry />
        <meshStandardMaterial emissive="orange" emissiveIntensity={3} />
      </mesh>
    </Select>
    <Floor />
  </Selection>
  <ambientLight />
</Canvas>
```

SelectiveBloom wants `lights` and a `selection` prop according to some old examples, but
the docs show <Select>. Which one is current? Or should I drop SelectiveBloom and just use
Bloom with luminanceThreshold 1 and toneMapped={false} on the emissive material?""",
    """raw webgl, getting this and then nothing draws:

```
GL_INVALID_OPERATION: glDrawArrays: attempt to access out of range vertices in attribute 1
```

```js
const positions = new Float32Array(mesh.vertices);  // 3 floats per vertex, 1200 vertices
const colors = new Uint8Array(mesh.colors);         // r,g,b per vertex
gl.bindBuffer(gl.ARRAY_BUFFER, colorBuf);
gl.bufferData(gl.ARRAY_BUFFER, colors, gl.STATIC_DRAW);
gl.vertexAttribPointer(aColor, 4, gl.UNSIGNED_BYTE, true, 0, 0);
gl.enableVertexAttribArray(aColor);
gl.drawArrays(gl.TRIANGLES, 0, 1200);
```

pretty sure attribute 1 is the colour one. is it the size=4 vs 3 bytes per vertex thing?""",
    _sys(
        SYS_GAME,
        "our trees use alpha-tested leaves and shimmer badly at a distance. is alpha-to-coverage "
        "an option in three.js?",
    ),
    _sys(SYS_ASSUME, "fastest way to draw 1M cubes?"),
    _sys(
        SYS_AGENT,
        "src/gfx/outline.ts draws the selection outline with OutlinePass. Replace it with a "
        "jump-flood outline so thick outlines stay cheap.",
    ),
    _sys(SYS_PLAIN, "why does my webgl canvas look blurry on my phone"),
    _sys(
        SYS_MENTOR,
        "I keep hearing 'state changes are expensive' in WebGL. Which ones, and how do engines "
        "sort draws to avoid them?",
    ),
    _sys(
        SYS_DOCS,
        "do we dispose render targets anywhere in the viewer? GPU memory keeps climbing when "
        "people resize the window",
    ),
    _sys(
        SYS_TUTOR,
        "I wrote a software rasterizer for class and now I'm porting it to WebGL. How does "
        "perspective-correct interpolation work? hints first",
    ),
    (
        "write a zod schema for a product with name, price and tags",
        "```ts\nconst Product = z.object({\n  name: z.string().min(1),\n  price: "
        "z.number().nonnegative(),\n  tags: z.array(z.string()),\n});\n```",
        "thx. unrelated: the product page has a three.js turntable and the model just pops in. "
        "how do I fade it in once it's loaded?",
    ),
    (
        "good name for a grey cat?",
        "Ash, Pebble, Smokey, or Earl Grey if you like puns.",
        "lol ok. real question: how do i do fur in three.js without tanking perf, shell texturing?",
    ),
    (
        "should our analytics pipeline use Kafka or just Postgres logical replication?",
        "At your volume, logical replication into a warehouse is simpler; Kafka pays off once "
        "several consumers need the same stream independently.",
        "makes sense. switching gears: in our deck.gl dashboard, do I recreate the layers on "
        "every render or update their props? the docs confuse me",
    ),
    (
        "make a three.js scene with a glass sphere on a checkerboard floor",
        "A `MeshPhysicalMaterial` sphere with `transmission: 1`, `thickness: 1.5` and "
        "`roughness: 0.05`, a checkerboard `CanvasTexture` on the floor and a RoomEnvironment "
        "for reflections.",
        "refraction is too blurry",
    ),
    (
        "how do I add a skybox in babylon",
        "`const sky = BABYLON.MeshBuilder.CreateBox('sky', { size: 1000 }, scene);` with a "
        "`StandardMaterial` using a `CubeTexture` as `reflectionTexture` in SKYBOX_MODE and "
        "`backFaceCulling = false`.",
        "and a night version?",
    ),
    (
        "write a wgsl fragment shader for a checkerboard",
        "```wgsl\n@fragment\nfn fs(@location(0) uv: vec2f) -> @location(0) vec4f {\n  let c = "
        "floor(uv * 8.0);\n  let v = (c.x + c.y) % 2.0;\n  return vec4f(vec3f(v), 1.0);\n}\n```",
        "antialias the edges",
    ),
    (
        "r3f: how do I load a glb with draco compression",
        "`useGLTF('/model.glb', true)` uses drei's hosted Draco decoder; pass a path string "
        "instead of `true` to self-host the decoder files.",
        "what about meshopt?",
    ),
    (
        "webgl2: how do I render depth into a texture",
        "Create a `DEPTH_COMPONENT24` texture, attach it as `DEPTH_ATTACHMENT` on a "
        "framebuffer, render, then bind it as a regular sampler in the next pass.",
        "trying to visualise it and it's all white",
        "Perspective depth is non-linear and crowds near 1.0; linearise it with near/far "
        "before displaying it.",
        "and with an orthographic camera?",
    ),
    (
        "low-poly water shader with flat shading in three.js",
        "Displace the plane in the vertex shader with a few sine waves, then compute the face "
        "normal in the fragment shader with `normalize(cross(dFdx(vPos), dFdy(vPos)))`.",
        "same thing but with TSL",
    ),
)


_B2: dict[str, tuple[_Item, ...]] = {
    "fr": _B2_FR,
    "pt": _B2_PT,
    "it": _B2_IT,
    "ko": _B2_KO,
    "ru": _B2_RU,
    "es": _B2_ES,
    "de": _B2_DE,
    "zh": _B2_ZH,
    "ja": _B2_JA,
    "en": _B2_EN,
}


def _second_batch() -> Iterator[Example]:
    """The hand-written second batch, one group per example."""
    for lang, items in _B2.items():
        for index, item in enumerate(items, 1):
            group = f"webgl/b2/{lang}/{index:03d}"
            if isinstance(item, _Sys):
                yield chat(LABEL, lang, group, *item.turns, system=item.system)
            elif isinstance(item, str):
                yield chat(LABEL, lang, group, item)
            else:
                yield chat(LABEL, lang, group, *item)


# Third batch: every example hand-written, one group each ("webgl/b3/<lang>/<nnn>"). Aimed at
# prompts in ru/pt/fr/es/ko/it (and some de/zh/ja) that carry the domain in native words
# ("тени лесенкой", "malha", "tampon de profondeur", "sombreador", "깊이 버퍼") more than in
# English terms, in situations that batches 1 and 2 do not cover. Same item shapes as `_B2`.

SYS_RU_AGENT = (
    "Ты — агент разработки и работаешь прямо в репозитории пользователя: можешь читать и "
    "править файлы, запускать команды. Делай маленькие изменения и в конце перечисли, что "
    "поменял."
)
SYS_PT_AGENT = (
    "Você é um agente de programação com acesso ao repositório do usuário. Faça mudanças "
    "pequenas, rode os testes quando existirem e resuma o que alterou."
)
SYS_FR_AGENT = (
    "Tu es un agent de développement qui travaille dans le dépôt de l'utilisateur. Tu peux "
    "lire et modifier les fichiers. Fais des changements minimes et résume-les à la fin."
)
SYS_ES_BOT = (
    "Eres Nora, la asistente interna del equipo de producto de Viveka, una plataforma de "
    "visitas virtuales de museos. Responde en español y con ejemplos concretos."
)
SYS_KO_AGENT = (
    "당신은 사용자의 저장소에서 직접 작업하는 코딩 에이전트입니다. 파일을 읽고 수정할 수 "
    "있습니다. 변경은 최소한으로 하고 마지막에 무엇을 바꿨는지 요약하세요."
)
SYS_IT_AGENT = (
    "Sei un agente di sviluppo che lavora nel repository dell'utente. Puoi leggere e modificare "
    "i file. Fai modifiche piccole e alla fine riassumi cosa hai cambiato."
)


_B3_RU: tuple[_Item, ...] = (
    "как сделать, чтобы тени от деревьев не шли лесенкой? сцена на three.js, солнце одно",
    "почему при облёте камерой вокруг модели у неё пропадают задние грани?",
    "чем перспективная проекция отличается от ортографической, если смотреть на саму матрицу?",
    "как сделать эффект тепловизора на всю сцену: горячие объекты светятся, остальное синее?",
    "как запечь освещение в текстуру, чтобы браузер не считал его каждый кадр?",
    "на слабых ноутбуках сцена выдаёт 20 кадров в секунду. с чего начинать оптимизацию отрисовки?",
    "натягиваю текстуру на шар, а на полюсах всё стянуто в точку. как правильно?",
    "стёкла в машине то пропадают, то рисуются поверх кузова. это порядок отрисовки прозрачных?",
    "надо показать в браузере облако точек с лазерного сканера, 80 млн точек. какие варианты?",
    "трёхмерная модель молекулы белка из PDB-файла, шарики и палочки — на чём такое делают?",
    "как сделать отражения фонарей на мокром асфальте в ночной сцене без трассировки лучей?",
    "зачем нужен буфер трафарета? хочу через него «окно», сквозь которое видна другая сцена",
    "камера от первого лица: мышь захвачена, но на резких движениях поворот дёргается",
    "как разрезать модель здания секущей плоскостью, чтобы заглянуть внутрь этажа?",
    "сглаживание краёв работает в хроме, а на айфоне в сафари лесенка. почему?",
    "скелетная анимация: как смешивать ходьбу и бег в зависимости от скорости персонажа?",
    "поле травы, сто тысяч травинок колышутся от ветра. как такое рисуют без тормозов?",
    "генерирую сетку сам из функции высоты. как посчитать нормали вершин, чтобы свет был гладким?",
    "как проверить, попадает ли объект в поле зрения камеры, чтобы не рисовать лишнее?",
    "есть карта высот в GeoTIFF, хочу из неё рельеф на трёхмерном глобусе. куда копать?",
    "видеокарта не вытягивает сцену. как понять, во что упираюсь — в вершины или в пиксели?",
    "на градиенте неба видны полосы. как их убрать, дизеринг в шейдере поможет?",
    "можно ли стилизовать всю трёхмерную сцену под акварель одним проходом постобработки?",
    "хочу считать частицы на видеокарте и рисовать их сразу, без копирования обратно в память "
    "процессора. WebGPU это умеет?",
    "как плавно перелететь камерой от общего вида города к конкретному дому по клику?",
    "блики на металлических деталях мерцают, когда модель крутится. что с этим делают?",
    "загрузил картинку в текстуру на чистом WebGL, а она перевёрнута по вертикали. почему?",
    "шейдер радужной плёнки как у мыльного пузыря",
    "мягкие тени в babylon — какой генератор теней брать?",
    "почему куб, повёрнутый на 45°, освещён неправильно после того, как я растянул его по оси Y?",
    "как нарисовать трёхмерный график функции z = sin(x)·cos(y) в браузере, чтобы его можно "
    "было вращать мышкой?",
    """Пишу трассировщик лучей во фрагментном шейдере. Если окно не квадратное, сферы
становятся овальными. Вот как строю луч:

```glsl
uniform vec2 uRes;
void main() {
  vec2 uv = gl_FragCoord.xy / uRes * 2.0 - 1.0;
  vec3 ro = vec3(0.0, 0.0, 3.0);
  vec3 rd = normalize(vec3(uv, -1.5));
  gl_FragColor = vec4(trace(ro, rd), 1.0);
}
```

Понимаю, что надо учесть соотношение сторон, но куда именно его вставлять — в x или в y?""",
    _sys(
        SYS_RU,
        "что такое каскадные карты теней и сколько каскадов брать для открытого мира в браузере?",
    ),
    _sys(
        SYS_RU_BOT,
        "на карте месторождения нужно показать пласты под рельефом как объёмные тела. как "
        "сделать поверхность земли полупрозрачной, чтобы не было каши?",
    ),
    _sys(
        SYS_AGENT,
        "в src/viewer/selection.ts подсветка выбранной детали сделана подменой материала. "
        "переделай на обводку через постобработку, без смены материалов",
    ),
    _sys(
        SYS_RU_AGENT,
        "добавь в сцену туман, который сгущается у земли и редеет с высотой. файл "
        "src/scene/atmosphere.ts",
    ),
    (
        "помоги написать письмо хозяину квартиры: с потолка капает, нужен сантехник",
        "Здравствуйте, Игорь! Сегодня утром заметил протечку с потолка в ванной. Не могли бы вы "
        "прислать сантехника в ближайшие дни? Спасибо.",
        "спасибо. теперь по работе: в нашей 3D-сцене двора хочу лужи, по которым идёт рябь "
        "от дождя. как это сделать шейдером?",
    ),
    (
        "напиши миграцию alembic, которая добавляет колонку floors в таблицу buildings",
        "```python\ndef upgrade():\n    op.add_column('buildings', sa.Column('floors', "
        "sa.Integer(), nullable=True))\n\n\ndef downgrade():\n    op.drop_column('buildings', "
        "'floors')\n```",
        "ок. а на фронте хочу выдавить контуры домов по этажности и показать квартал объёмно",
    ),
    (
        "как нам отделить сервис генерации превью от основного API, чтобы он не клал всё "
        "остальное?",
        "Вынесите его в отдельный воркер за очередью: API кладёт задачу, воркер рендерит превью "
        "и сохраняет в хранилище, API отдаёт ссылку.",
        "понял. а сам рендер: как на сервере без видеокарты отрисовать glb в png-картинку?",
    ),
    (
        "сколько градусов в одном радиане?",
        "Примерно 57,3°: 180/π.",
        "вот оно что. а то я пишу в three.js rotation.y = 90, а модель крутится непонятно куда",
    ),
    (
        "как сделать вращающуюся Землю с облаками?",
        "Две сферы: на внутренней дневная текстура, на чуть большей — облака с прозрачностью; "
        "в цикле отрисовки вращайте их с разной скоростью.",
        "а ночную сторону с огнями городов?",
    ),
    (
        "как подключить физику к сцене на three.js?",
        "Возьмите rapier или cannon-es: заведите мир, для каждого меша создайте тело, а в "
        "каждом кадре копируйте позицию и поворот тела в меш.",
        "кубики проваливаются сквозь пол",
        "Проверьте, что у пола есть коллайдер и он статичный, а шаг мира не слишком большой.",
        "а если пол — это загруженная модель, а не плоскость?",
    ),
    (
        "шейдер контуров в стиле комикса для персонажа",
        "Нарисуйте модель второй раз, раздутую по нормалям, чёрным цветом и только задними "
        "гранями, а основной проход сделайте ступенчатым освещением.",
        "линии слишком толстые вдали и тонкие вблизи",
    ),
)


_B3_PT: tuple[_Item, ...] = (
    "a malha do terreno fica com cara facetada, dá pra ver cada triângulo. como suavizo a "
    "iluminação?",
    "qual a diferença entre luz ambiente, luz hemisférica e luz direcional? quando usar cada uma?",
    "preciso de desfoque de profundidade, aquele fundo borrado de foto, numa cena 3D no navegador",
    "como faço um contorno de seleção em volta do móvel quando o usuário clica nele?",
    "meu modelo 3D aparece todo preto, sem textura nenhuma, mas no Blender tá lindo",
    "como gerar um planeta procedural com relevo e oceano usando ruído no sombreador de vértices?",
    "tenho 40 mil árvores no mapa, como desenho isso sem travar tudo?",
    "o que é o teste de profundidade e por que a ordem em que eu adiciono objetos opacos não "
    "importa?",
    "quero projetar um adesivo (tipo grafite) na parede 3D, exatamente onde o usuário clicar",
    "como impeço a câmera de passar por baixo do chão quando o cara gira a cena?",
    "jogo de nave no navegador: os tiros são raios laser, como faço aquele brilho em volta?",
    "glb com carinha que sorri e pisca (morph targets), como controlo os pesos pelo código?",
    "qual o jeito certo de liberar a memória da placa de vídeo quando troco de cena?",
    "sombra de contato embaixo do produto, bem suave, sem precisar de luz projetando sombra",
    "mapa de calor 3D de temperatura num galpão, interpolando os sensores dentro de um volume",
    "iluminação de pôr do sol que muda conforme o horário escolhido num slider",
    "espelhei o modelo com escala -1 no X e a iluminação ficou toda errada. por quê?",
    "como mostro a medida em metros entre dois pontos clicados em cima do modelo 3D?",
    "vista explodida de um motor: cada peça se afastando do centro com animação",
    "raios de sol entrando pela janela (luz volumétrica) em tempo real no navegador, rola?",
    "vidro que distorce o que tá atrás dele, em GLSL puro, sem biblioteca",
    "como desenho uma trilha em 3D que vai aparecendo aos poucos, tipo animação de rota no mapa?",
    "as cores da minha cena parecem lavadas, meio acinzentadas. o que pode ser?",
    "textura de 8192 some no celular e no PC aparece. tem limite de tamanho?",
    "sombreador de lava animada, rapidinho",
    "cidade noturna vista de cima com 5 mil luzinhas piscando, como faço leve?",
    "Como se faz um reflexo em tempo real num lago? Estou a usar o Babylon e a água fica baça.",
    "Tenho de mostrar uma peça mecânica em corte, com a face cortada pintada a vermelho. Alguma "
    "ideia de como fazer isso no three.js?",
    "por que minha animação da cena 3D fica mais rápida no monitor do trabalho do que no notebook?",
    "gente, qual a diferença de desempenho entre desenhar com índices e sem índices?",
    "rotação por ângulos de Euler vs quatérnios: por que meu objeto trava quando gira 90° em X?",
    """WebGL puro, meu triângulo colorido não aparece, tela fica só com a cor de fundo.
Sem erro no console.

```js
const dados = new Float32Array([
  // x, y,   r, g, b
   0.0,  0.5, 1, 0, 0,
  -0.5, -0.5, 0, 1, 0,
   0.5, -0.5, 0, 0, 1,
]);
gl.bufferData(gl.ARRAY_BUFFER, dados, gl.STATIC_DRAW);
gl.vertexAttribPointer(locPos, 2, gl.FLOAT, false, 0, 0);
gl.vertexAttribPointer(locCor, 3, gl.FLOAT, false, 0, 8);
gl.enableVertexAttribArray(locPos);
gl.enableVertexAttribArray(locCor);
gl.drawArrays(gl.TRIANGLES, 0, 3);
```

Acho que o problema é o stride, mas não entendi o que colocar quando os dados estão
intercalados.""",
    _sys(SYS_PT, "o que é rasterização e em que momento os fragmentos viram pixels na tela?"),
    _sys(
        SYS_PT_BOT,
        "no tour, as portas de vidro da sacada aparecem opacas em alguns celulares. o que "
        "verificar?",
    ),
    _sys(
        SYS_PT_AGENT,
        "cria um seletor de qualidade gráfica (baixa/média/alta) em src/render/qualidade.ts que "
        "mexe na resolução do canvas e liga/desliga as sombras",
    ),
    _sys(
        SYS_TUTOR,
        "na matéria de computação gráfica pediram pra implementar o modelo de iluminação de "
        "Phong no shader. me dá só uma dica de por onde começar",
    ),
    (
        "faz um endpoint em Express que devolve as lojas com latitude e longitude",
        "```js\napp.get('/lojas', async (req, res) => {\n  const lojas = await db.query("
        "'SELECT id, nome, lat, lng FROM lojas');\n  res.json(lojas.rows);\n});\n```",
        "valeu. agora quero um globo 3D com arcos ligando o centro de distribuição a cada loja",
    ),
    (
        "qual a capital da Austrália?",
        "Camberra.",
        "kkk sempre erro. voltando pro trampo: como desenho as fronteiras dos países num globo "
        "WebGL sem elas ficarem tremendo em cima da esfera?",
    ),
    (
        "monorepo ou um repositório pra cada app? temos o app web e o site institucional",
        "Com um time pequeno e código compartilhado, monorepo costuma compensar: uma versão só "
        "das bibliotecas internas e mudanças atômicas entre os apps.",
        "beleza. no app tem um editor 3D, como organizo o laço de renderização pra só desenhar "
        "quando algo muda?",
    ),
    (
        "como faço neve acumulando em cima dos objetos, só nas faces viradas pra cima?",
        "No fragment shader, compare a normal em espaço de mundo com (0, 1, 0) e misture a cor "
        "da neve com `smoothstep` sobre esse produto escalar.",
        "e ela derretendo com o tempo?",
    ),
    (
        "carreguei um glb de 200 MB, como reduzo?",
        "Use o gltf-transform: `gltf-transform optimize entrada.glb saida.glb --compress draco "
        "--texture-compress webp` costuma cortar bastante.",
        "reduziu, mas as peças cromadas perderam o brilho",
    ),
    (
        "como faço um cursor 3D que gruda na superfície do modelo?",
        "Faça um raycast a cada movimento do mouse e posicione o cursor no `point` da "
        "interseção mais próxima.",
        "ele atravessa a parede de vez em quando",
        "Afaste-o um pouco na direção da normal da face (`face.normal`) para não brigar com a "
        "profundidade da parede.",
        "e pra ele deitar na inclinação da superfície?",
    ),
)


_B3_FR: tuple[_Item, ...] = (
    "le tampon de profondeur, il stocke quoi exactement ? une distance ? un nombre entre 0 et 1 ?",
    "quand je m'approche de mon personnage, on voit à travers son visage, comme s'il était "
    "coupé. c'est la caméra ?",
    "comment faire bouger les feuilles d'un arbre avec le vent sans animer chaque feuille à la "
    "main ?",
    "comment faire un projecteur de théâtre avec le cône de lumière visible dans la fumée ?",
    "je voudrais un rendu « maquette d'architecte » : tout blanc, ombres douces, arêtes "
    "dessinées. des pistes ?",
    "mes images par seconde s'effondrent dès que plus de trois lumières projettent des ombres",
    "comment colorier chaque face d'un dé différemment sans créer six matériaux ?",
    "nuage de points LiDAR : quand je zoome on voit à travers les murs, les points sont trop "
    "espacés. comment boucher les trous ?",
    "anticrénelage : FXAA, SMAA, MSAA ou TAA pour un configurateur de voitures ?",
    "comment faire tourner un objet autour d'un axe quelconque, pas autour de son centre ?",
    "repère main droite ou main gauche ? mon modèle importé arrive couché sur le dos",
    "comment simuler les reflets lumineux qui dansent au fond d'une piscine (caustiques) ?",
    "je veux un globe terrestre stylisé avec des petits points à la place des continents",
    "comment savoir combien de mémoire vidéo occupent toutes mes textures ?",
    "sur un écran 4K ma scène rame alors qu'elle tourne bien en 1080p. je baisse la résolution "
    "du rendu ?",
    "terrain infini par tuiles avec du bruit de Perlin : comment éviter les coutures entre "
    "tuiles ?",
    "effet « rayons X » : voir le squelette à travers le corps quand on survole le personnage",
    "dessiner des flèches en 3D pour représenter le vent au-dessus d'une carte",
    "quelle est la formule pour passer d'un clic à l'écran à un rayon dans la scène ?",
    "c'est normal que mon shader mette 3 secondes à compiler au premier affichage ? la page "
    "se fige",
    "ombrage façon dessin animé à trois niveaux avec une texture de dégradé, comment on fait ?",
    "Bonjour, je débute. Quelle est la différence entre un maillage, une géométrie et un "
    "matériau ?",
    "shader d'eau stylisée façon Zelda",
    "dans ma scène, une lumière qui grésille comme un néon cassé",
    "Mon nuanceur affiche tout noir sur mon cell, mais c'est correct sur mon portable. "
    "Un problème de précision?",
    "transition jour/nuit sur une carte 3D avec la ligne de séparation entre les deux",
    "afficher une IRM en volume dans le navigateur, avec coupes et rendu volumique. par où "
    "commencer ?",
    "WebXR : l'objet posé en réalité augmentée glisse quand je me déplace, il faut des ancres ?",
    "pourquoi mon objet disparaît quand il sort à moitié de l'écran ? je déforme les sommets "
    "dans le shader",
    "quelle taille de carte d'ombre pour une scène de 500 m de côté sans que ce soit flou ?",
    """Je passe mon shader en GLSL ES 3.00 pour WebGL2 et maintenant il ne compile plus :

```
ERROR: 0:12: 'gl_FragColor' : undeclared identifier
ERROR: 0:8: 'varying' : Illegal use of reserved word
```

```glsl
#version 300 es
precision highp float;
varying vec2 vUv;        // coordonnées de texture
uniform sampler2D uCarte;

void main() {
  vec4 c = texture2D(uCarte, vUv);
  // on assombrit les bords
  float v = smoothstep(0.8, 0.2, distance(vUv, vec2(0.5)));
  gl_FragColor = vec4(c.rgb * v, c.a);
}
```

Qu'est-ce qui change exactement entre les deux versions ? Il faut aussi modifier le vertex
shader ?""",
    _sys(
        SYS_FR,
        "explique-moi comment les valeurs passent des sommets aux fragments (l'interpolation "
        "des varyings), avec un exemple simple",
    ),
    _sys(
        SYS_FR_BOT,
        "les façades laquées blanches ne renvoient aucun reflet dans le configurateur, ça fait "
        "plastique. comment les rendre plus réalistes ?",
    ),
    _sys(
        SYS_FR_AGENT,
        "dans src/rendu/ombres.ts, resserre la caméra d'ombre du soleil sur la zone visible "
        "pour que les ombres soient plus nettes",
    ),
    _sys(
        SYS_MENTOR,
        "pourquoi on multiplie projection * vue * modèle dans cet ordre et pas l'inverse ?",
    ),
    (
        "si un article à 75 € a 30 % de réduction, je paie combien ?",
        "52,50 € : 75 × 0,70.",
        "merci ! et dans notre boutique en 3D, je voudrais que l'étiquette de prix flotte "
        "au-dessus de chaque produit et fasse toujours face à la caméra",
    ),
    (
        "écris un test Jest pour une fonction qui formate une date en JJ/MM/AAAA",
        "```js\ntest('formate la date', () => {\n  expect(formaterDate(new Date(2024, 2, 5)))."
        "toBe('05/03/2024');\n});\n```",
        "ok. autre souci : quand je capture le canvas WebGL dans Playwright pour comparer les "
        "images, il sort tout noir",
    ),
    (
        "on veut découper notre front en micro-frontends, bonne idée ?",
        "Seulement si plusieurs équipes livrent indépendamment ; sinon le coût d'intégration "
        "dépasse le gain.",
        "d'accord. et la visionneuse 3D utilisée par plusieurs modules : un seul contexte WebGL "
        "partagé ou un par module ?",
    ),
    (
        "comment faire briller seulement les néons avec le bloom ?",
        "Utilise un bloom sélectif : rends d'abord les objets lumineux seuls dans une cible, "
        "applique le flou, puis combine avec le rendu normal.",
        "et sans que le texte blanc des panneaux brille aussi ?",
    ),
    (
        "anime un cube qui rebondit sur le sol",
        "Dans la boucle, `cube.position.y = Math.abs(Math.sin(t * 3)) * 2 + 0.5;` donne un "
        "rebond périodique.",
        "avec un écrasement quand il touche le sol",
    ),
    (
        "comment placer la caméra pour voir tout le modèle, quelle que soit sa taille ?",
        "Calcule la sphère englobante, puis recule la caméra de `rayon / sin(fov / 2)` le long "
        "de sa direction de visée.",
        "ça marche mais sur mobile en portrait le modèle est coupé",
        "En portrait c'est le champ horizontal qui limite : calcule-le avec l'aspect et prends "
        "le plus petit des deux angles.",
        "et si je veux une marge de 10 % autour ?",
    ),
)


_B3_ES: tuple[_Item, ...] = (
    "¿cómo hago un contorno brillante alrededor del arma que se puede recoger en mi juego 3D?",
    "la sombra del personaje se corta de golpe a partir de cierta distancia, ¿qué tengo que "
    "ajustar?",
    "¿cómo dejo huellas en la nieve por donde pasa el jugador?",
    "quiero que el agua del río arrastre la textura siguiendo la curva del cauce, no en línea "
    "recta",
    "¿qué es el sombreado plano y el sombreado suave? ¿cómo elijo uno u otro por malla?",
    "quiero enseñar la estructura de un edificio en alambre pero sin las diagonales de los "
    "triángulos",
    "¿cómo se hace el efecto de visión nocturna, verde y con ruido, para toda la escena?",
    "tengo 2 millones de triángulos en un solo modelo, ¿simplifico la malla en el navegador o "
    "antes de subirla?",
    "¿cómo calculo la matriz de vista a mano si sé dónde está la cámara y hacia dónde mira?",
    "el personaje anda pero los pies resbalan sobre el suelo, ¿es la animación o mi código?",
    "quiero un minimapa en una esquina con la vista desde arriba de la escena",
    "estela de partículas de colores que sale del cursor cuando lo mueves sobre la escena 3D",
    "vista 3D de un estadio: 40.000 asientos coloreados según estén libres u ocupados",
    "¿qué significan rugosidad y metalicidad? el material me queda como de goma",
    "espejo retrovisor en un juego de coches: ¿cómo pinto la vista trasera en un rectángulo?",
    "¿cómo consigo sombras más difusas cuanto más lejos está el objeto del suelo?",
    "bandera ondeando con el viento, en el sombreador de vértices",
    "cielo estrellado con la posición real de las estrellas según la fecha y el lugar",
    "mi escena se ve oscura en el móvil y clara en el ordenador, con el mismo código",
    "quiero que el dentista pueda girar y medir un modelo de dientes escaneado (STL) en el "
    "navegador",
    "¿cómo hago una lupa que amplíe la zona de la escena 3D que está bajo el ratón?",
    "sombreador de fuego de chimenea",
    "cubo que gira en WebGL, lo más simple posible, sin librerías",
    "cámara en tercera persona que no atraviese las paredes, ¿cómo se hace?",
    "Che, ¿cómo hago para que el logo en 3D tenga bisel y brillo metálico?",
    "oigan, ¿cómo le hago para que las llantas del coche giren según la velocidad en el "
    "configurador 3D?",
    "mapa 3D de la ciudad: los edificios que tapan la ruta deberían volverse transparentes",
    "¿qué es un búfer de vértices y por qué no mando los puntos directamente en cada dibujado?",
    "quiero mostrar cómo se deforma una viga con la carga, con colores de tensión sobre la malla",
    "¿por qué se recomienda no pasar de unos cientos de llamadas de dibujo por fotograma en móvil?",
    "tengo la malla de un terreno y quiero que la textura de roca aparezca solo en las "
    "pendientes fuertes",
    """Hice humo con sprites en three.js pero cada sprite tiene un cuadrado oscuro alrededor y
se tapan unos a otros:

```js
const textura = new THREE.TextureLoader().load('/img/humo.png');
const material = new THREE.SpriteMaterial({ map: textura, transparent: true });
for (let i = 0; i < 200; i++) {
  const s = new THREE.Sprite(material);
  s.position.set(Math.random() * 2 - 1, Math.random() * 4, Math.random() * 2 - 1);
  escena.add(s);
}
```

El PNG tiene transparencia, lo he comprobado. ¿Tiene que ver con depthWrite o con el tipo de
mezcla? ¿Se ordenan solos los sprites?""",
    _sys(SYS_ES, "¿qué es el descarte por oclusión y cómo se hace en el navegador?"),
    _sys(
        SYS_ES_BOT,
        "en la sala de esculturas el mármol parece plástico. ¿cómo le doy esa translucidez de "
        "piedra?",
    ),
    _sys(
        SYS_ES_AGENT,
        "en src/visor/camara.ts añade una vista cenital con transición suave desde la vista "
        "libre, y un botón para volver",
    ),
    _sys(
        SYS_IDE,
        "este sombreador de fragmentos va muy lento en móviles, ¿qué bucles o condicionales "
        "puedo quitar?",
    ),
    (
        "hazme un modelo de Sequelize para 'Obra' con título, autor y año",
        "```js\nconst Obra = sequelize.define('Obra', {\n  titulo: DataTypes.STRING,\n  autor: "
        "DataTypes.STRING,\n  anio: DataTypes.INTEGER,\n});\n```",
        "perfecto. en la sala virtual cada obra es un cuadro colgado en una pared 3D, ¿cómo "
        "pongo la imagen como textura sin que se deforme?",
    ),
    (
        "¿cuántos litros caben en un metro cúbico?",
        "1.000 litros.",
        "vale. y si mi modelo viene en milímetros, ¿cómo lo paso a metros en la escena sin "
        "estropear luces ni sombras?",
    ),
    (
        "¿nos conviene renderizar el visor 3D en el servidor y mandar vídeo al cliente?",
        "Solo si los modelos son enormes o los clientes muy débiles; el coste de GPU en servidor "
        "y la latencia suelen hacer que compense renderizar en el cliente.",
        "ok, lo dejamos en el cliente. ¿cómo adapto la calidad del render a los fotogramas por "
        "segundo que consigue cada dispositivo?",
    ),
    (
        "sombreador de portal mágico que gira",
        "Fragment shader en coordenadas polares: `atan` para el ángulo, suma el tiempo y usa "
        "ruido para los remolinos, con un borde brillante en el radio exterior.",
        "que distorsione lo que hay detrás",
    ),
    (
        "¿cómo hago que una moneda gire y flote arriba y abajo?",
        "En cada fotograma: `moneda.rotation.y += delta * 2;` y "
        "`moneda.position.y = base + Math.sin(t * 3) * 0.2;`.",
        "y que brille cuando el jugador se acerca",
    ),
    (
        "necesito mostrar la nube de puntos de un escáner en el navegador",
        "Potree está pensado para eso: convierte la nube a su formato por niveles de detalle y "
        "solo carga lo que la cámara ve.",
        "tengo los datos en LAZ",
        "PotreeConverter acepta LAS y LAZ directamente y genera la estructura de octree.",
        "¿y colorear por clasificación (suelo, vegetación, edificios)?",
    ),
)


_B3_KO: tuple[_Item, ...] = (
    "실내 장면인데 창문으로 들어오는 햇빛 그림자를 부드럽게, 성능 부담 없이 만들고 싶어요",
    "폴리곤이 백만 개 넘는 건물 모델을 웹에서 띄우려면 어떻게 나눠서 불러와야 하나요?",
    "계단 현상이 너무 심해요. 캔버스를 두 배 크기로 렌더링하는 것 말고 방법 없을까요?",
    "정점 셰이더로 풍선이 숨 쉬듯 부풀었다 줄어드는 효과를 주고 싶어요",
    "조명 세 개 넣었더니 프레임이 반토막 났어요. 광원을 늘려도 버티는 방법이 있나요?",
    "반사되는 바닥을 만들려는데 큐브맵 반사랑 평면 반사 중에 뭐가 맞아요?",
    "유리컵처럼 뒤가 굴절돼 보이는 재질은 어떤 속성을 건드려야 하나요?",
    "시야각을 넓혔더니 화면 가장자리 물체가 길쭉하게 늘어나 보여요. 광각 느낌 줄이는 법?",
    "웹툰 같은 느낌의 카툰 렌더링, 외곽선이랑 명암 두 단계로 하고 싶어요",
    "자동차 도장처럼 반짝이는 코팅 느낌의 재질은 어떻게 표현해요?",
    "게임에서 맞으면 화면 가장자리가 빨갛게 번지는 효과, 후처리로 하는 건가요?",
    "드론 천 대의 위치를 실시간으로 3D 지도에 찍어야 해요. 매 프레임 갱신인데 괜찮을까요?",
    "우주 배경에 성운을 셰이더로 그리고 싶어요. 노이즈를 몇 겹 쌓으면 되나요?",
    "캐릭터 머리카락이 반투명인데 그리는 순서가 꼬여서 뒷머리가 앞에 보여요",
    "아파트 단지 모형을 웹에 띄우고, 동을 클릭하면 층별로 위로 펼쳐지게 하고 싶어요",
    "상자가 전개도처럼 펼쳐지는 3D 애니메이션은 회전 중심을 어떻게 잡아야 하나요?",
    "그래픽카드 메모리가 꽉 차서 탭이 죽는 것 같아요. 어떤 자원부터 줄여야 하나요?",
    "연기 입자가 바닥이랑 만나는 곳에 딱딱한 선이 생겨요. 소프트 파티클이 이걸 해결하나요?",
    "회전 행렬이랑 쿼터니언 변환을 직접 구현하는 과제인데, 맞게 짰는지 어떻게 검증하죠?",
    "3D 장면에 불꽃놀이 파티클 효과 넣어주세요",
    "씬에 넣은 빛 번짐 효과가 너무 세요. 밝은 부분만 살짝 번지게 하고 싶어요",
    "1인칭으로 걸을 때 머리가 살짝 흔들리는 효과를 카메라에 넣는 방법",
    "스카이박스 이음새가 보여요. 여섯 면 이미지 경계에 줄이 생겨요",
    "텍스처 압축 포맷이 여러 개던데, 모바일 웹에서는 뭘 써야 용량이랑 메모리가 줄어요?",
    "가상 전시관 벽에 걸린 그림마다 스포트라이트를 비추고 싶어요",
    "레이마칭으로 구름 그리기 처음인데 기본 구조만 알려주세요",
    "행성 공전 궤도 선을 매끄럽게 그리려면 점을 몇 개나 찍어야 해요?",
    "3D 타일 배치 게임인데 바닥에 마우스를 올리면 해당 격자 칸이 밝아지게 하고 싶어요",
    "셰이더 코드에서 highp, mediump 차이가 화면에 실제로 보이는 경우가 있나요?",
    "3D 막대그래프에서 막대가 가까운 순서대로 안 그려지고 뒤에 있는 게 앞을 덮어요",
    """WebGL2에서 float 텍스처를 프레임버퍼에 붙였더니 불완전하다고 나와요.

```js
const tex = gl.createTexture();
gl.bindTexture(gl.TEXTURE_2D, tex);
gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, 1024, 1024, 0, gl.RGBA, gl.FLOAT, null);
const fb = gl.createFramebuffer();
gl.bindFramebuffer(gl.FRAMEBUFFER, fb);
gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, tex, 0);
console.log(gl.checkFramebufferStatus(gl.FRAMEBUFFER)); // 36054
```

36054가 FRAMEBUFFER_INCOMPLETE_ATTACHMENT 맞죠? 유체 시뮬레이션 때문에 float로 렌더링해야
하는데, 확장 기능을 켜야 하는 건지 아니면 RGBA16F로 바꾸면 되는 건지 궁금합니다.""",
    _sys(
        SYS_KO, "라이트맵으로 구운 조명이랑 실시간 조명을 한 장면에서 같이 쓰는 방법을 알려주세요"
    ),
    _sys(
        SYS_KO_BOT,
        "공장 디지털 트윈에서 컨베이어 벨트가 돌아가는 것처럼 보이게 하려면 텍스처를 흘리면 "
        "되나요?",
    ),
    _sys(
        SYS_KO_AGENT,
        "src/viewer/Lights.ts 에 조명 프리셋(주간, 야간, 전시용)을 추가하고 화면에서 고를 수 "
        "있게 해주세요",
    ),
    _sys(
        SYS_REVIEW,
        """렌더 루프 리뷰 부탁드려요. 가끔 프레임이 튀어요.

```js
function loop() {
  const 목표 = new THREE.Vector3().copy(플레이어.position);
  카메라.position.lerp(목표.add(new THREE.Vector3(0, 5, 10)), 0.1);
  document.getElementById('점수').textContent = 점수;
  renderer.render(장면, 카메라);
  requestAnimationFrame(loop);
}
```""",
    ),
    (
        "FastAPI로 상품 목록 조회 API 만들어줘",
        '```python\n@app.get("/products")\ndef list_products(db: Session = Depends(get_db)):\n'
        "    return db.query(Product).all()\n```",
        "감사합니다. 상품마다 3D 모델이 있어서 목록에 작은 3D 미리보기를 여러 개 띄웠더니 "
        "WebGL 컨텍스트가 모자라대요",
    ),
    (
        "'결재'랑 '결제' 차이가 뭐예요?",
        "'결재'는 윗사람이 안건을 승인하는 것이고, '결제'는 대금을 치르는 거예요.",
        "아 헷갈렸네요 ㅎㅎ 그리고 결제 완료 화면에 금화가 쏟아지는 3D 효과를 넣고 싶은데 "
        "three.js로 가볍게 하려면요?",
    ),
    (
        "분산 락이 필요 없는 설계는?",
        "작업을 키별로 한 파티션(한 소비자)에만 보내거나, 낙관적 잠금과 멱등 처리로 충돌을 "
        "허용하는 방식이 있어요.",
        "네 참고할게요. 다른 질문인데, 3D 편집기에서 다른 사용자가 선택한 물체를 사람마다 "
        "다른 색 외곽선으로 그리려면 렌더링을 어떻게 해야 하나요?",
    ),
    (
        "three.js로 회전목마 만들어줘",
        "원기둥 받침 위에 말 모델 여덟 개를 원형으로 배치하고, 전체를 `Group`으로 묶어 매 "
        "프레임 y축으로 돌리는 코드예요.",
        "말들이 위아래로도 움직이게",
    ),
    (
        "지구본에 나라별로 색을 칠하고 싶어요",
        "국가 경계 GeoJSON을 구면 좌표로 변환해 메시를 만들고, 나라마다 다른 재질 색을 주면 돼요.",
        "마우스 올린 나라만 밝게",
    ),
    (
        "WebGL로 텍스처 입힌 사각형 하나만 그려주세요",
        "정점 4개와 UV를 버퍼에 올리고, 이미지를 `texImage2D`로 올린 뒤 `sampler2D`로 읽는 "
        "전체 예제입니다.",
        "이미지가 안 보이고 검은색이에요",
        "이미지 로드가 끝난 `onload` 안에서 `texImage2D`를 호출했는지, 크기가 2의 거듭제곱이 "
        "아니면 밉맵을 끄고 CLAMP_TO_EDGE를 썼는지 확인하세요.",
        "이제 보이는데 흐릿해요. 도트 느낌 그대로 보이게 하려면?",
    ),
)


_B3_IT: tuple[_Item, ...] = (
    "le ombre del plastico tremolano appena la telecamera si muove, come le stabilizzo?",
    "vorrei vedere la sagoma colorata del giocatore quando passa dietro un muro, come si fa?",
    "vetrina di gioielli in 3D: come ottengo quei riflessi scintillanti nei diamanti?",
    "che differenza c'è tra normali per faccia e per vertice? il mio cilindro sembra a spicchi",
    "scena notturna con trenta lampioni: servono davvero trenta luci o si può barare?",
    "come si costruisce una sfera da zero, calcolando io vertici e indici?",
    "percorso di una gara ciclistica in 3D con l'altimetria, colorato in base alla pendenza",
    "come registro un video della scena 3D direttamente dal browser?",
    "sto facendo un piccolo Minecraft nel browser: come evito di disegnare le facce dei cubi "
    "che tanto non si vedono?",
    "il fumo deve girare intorno a un oggetto come un vortice: come muovo le particelle con un "
    "campo di flusso?",
    "effetto di comparsa a pixel quando un oggetto entra in scena, tipo teletrasporto",
    "grattacielo di notte: come accendo a caso alcune finestre senza una texture gigante?",
    "con la sola luce ambientale è tutto piatto. come do profondità agli angoli delle stanze?",
    "l'app si blocca un attimo ogni volta che carico un nuovo modello, come evito lo scatto?",
    "come si fa la sfocatura di movimento sui raggi di una ruota che gira?",
    "galassia a spirale fatta di particelle, con i bracci e il colore che cambia dal centro",
    "ho un modello BIM e voglio colorare le pareti in base al materiale, con una legenda",
    "riflessi sul pavimento lucido del negozio virtuale: sonde di riflessione o cubemap fissa?",
    "freccia 3D sempre visibile a schermo che punta verso il prossimo obiettivo",
    "come blocco la rotazione della telecamera perché non si capovolga mai?",
    "shader di sabbia del deserto con le dune",
    "nebbia rosa al tramonto nella mia scena 3D, come?",
    "Babylon: selezione multipla degli oggetti trascinando un rettangolo con il mouse",
    "mappa 3D di Venezia con l'acqua alta: alzo il livello dell'acqua e vedo cosa finisce sotto",
    "grafico a dispersione 3D con 100mila punti, etichette sugli assi e rotazione col mouse",
    "ciao! sono alle prime armi: che vuol dire che la scena va ridisegnata a ogni fotogramma?",
    "foglie che cadono dall'albero nella scena 3D, con una rotazione che sembri naturale",
    "la texture del legno sembra stirata sul lato lungo del tavolo, perché?",
    "OrbitControls o TrackballControls per un visualizzatore di molecole?",
    "col portatile aziendale e la scheda video integrata non regge. come capisco quale GPU sta "
    "usando il browser?",
    """Ogni volta che riapro la finestra modale con il visualizzatore 3D, la rotazione del
modello diventa più veloce. Dopo tre aperture gira come una trottola.

```js
function apriVisualizzatore() {
  modale.classList.add('aperto');
  const renderer = new THREE.WebGLRenderer({ canvas: tela });
  function anima() {
    modello.rotation.y += 0.01;
    renderer.render(scena, camera);
    requestAnimationFrame(anima);
  }
  anima();
}
```

Alla chiusura tolgo solo la classe 'aperto'. Immagino che i cicli si sommino: come li fermo
correttamente e devo anche liberare il renderer?""",
    _sys(SYS_IT, "mi spieghi cos'è il depth peeling e quando serve per le trasparenze?"),
    _sys(
        SYS_IT_BOT,
        "nel configuratore, quando l'utente cambia tessuto al divano vorrei una transizione "
        "morbida tra i due invece del cambio secco",
    ),
    _sys(
        SYS_IT_AGENT,
        "in src/scena/pavimento.ts fai in modo che la texture del parquet si ripeta senza che si "
        "noti lo schema (variazione casuale per mattonella)",
    ),
    _sys(SYS_CONCISE, "billboard sferico e billboard cilindrico: differenza?"),
    (
        "fammi una query SQL che conta gli ordini per regione",
        "```sql\nSELECT regione, COUNT(*) AS ordini\nFROM ordini\nGROUP BY regione\nORDER BY "
        "ordini DESC;\n```",
        "ok. sul cruscotto però vorrei un piccolo globo 3D che ruota e fa un lampo nel punto di "
        "ogni nuovo ordine",
    ),
    (
        "come si dice 'rendering' in italiano?",
        "Di solito si lascia 'rendering'; in alternativa 'resa grafica' o 'renderizzazione'.",
        "ok allora: la resa della mia scena three.js diventa sgranata e deformata appena "
        "ridimensiono la finestra",
    ),
    (
        "come strutturiamo i moduli del nostro editor di planimetrie?",
        "Separate il modello dei dati (muri, porte, stanze), i comandi con annulla/ripeti e le "
        "viste, che leggono il modello senza modificarlo.",
        "e la vista 3D della planimetria: ricostruisco tutta la geometria a ogni modifica o "
        "aggiorno solo i muri cambiati?",
    ),
    (
        "fammi un cubo di ghiaccio realistico in three.js",
        "`MeshPhysicalMaterial` con `transmission: 1`, `roughness: 0.1`, `ior: 1.31` e una "
        "normal map leggera per le imperfezioni.",
        "con le bollicine dentro",
    ),
    (
        "shader per l'acqua della piscina vista dall'alto",
        "Fragment shader con due normal map che scorrono in direzioni diverse, un colore "
        "turchese e le caustiche sommate sul fondo.",
        "più trasparente vicino al bordo",
    ),
    (
        "come carico Napoli in 3D con i palazzi?",
        "Con CesiumJS puoi aggiungere gli edifici di OpenStreetMap con "
        "`createOsmBuildingsAsync()` e centrare la camera sulle coordinate della città.",
        "e il Vesuvio? serve il terreno",
        "Imposta un terrain provider con `createWorldTerrainAsync()`; gli edifici si "
        "appoggeranno al rilievo.",
        "si può mettere un pennacchio di fumo sopra il cratere?",
    ),
)


_B3_DE: tuple[_Item, ...] = (
    "Szene mit Spiegelungen im Wasser: wie bekomme ich die Bildrate auf dem Tablet stabil über 30?",
    "Gebäudeschatten für einen bestimmten Tag und eine Uhrzeit auf einer 3D-Stadtkarte simulieren, "
    "also Sonnenstand berechnen und Licht ausrichten – wie?",
    "Die Eckpunkte einer Kugel sollen beim Anklicken wackeln wie Wackelpudding",
    "Rohrleitungen einer Anlage als 3D-Röhren entlang von Kurven, Durchflussrichtung als "
    "wandernde Textur",
    "Lohnt sich Level of Detail bei 300 Autos auf einem Parkplatz oder reicht Instancing?",
    "Shader für Glitzer auf Schnee",
    _sys(
        SYS_DE,
        "Was ist der Unterschied zwischen Vertexfarben und Texturen, und wann reicht das eine?",
    ),
    (
        "Schreib mir eine Django-View, die die Messwerte als JSON liefert",
        "```python\ndef messwerte(request):\n    werte = list(Messwert.objects.values('x', 'y', "
        "'wert'))\n    return JsonResponse(werte, safe=False)\n```",
        "Danke. Die Werte will ich jetzt als Höhenfeld in 3D zeigen, Raster 200x200, jede "
        "Sekunde neu. Muss ich die Geometrie jedes Mal neu bauen?",
    ),
    (
        "Wie baue ich eine Uhr mit Zeigern in three.js?",
        "Zifferblatt als `CircleGeometry`, Zeiger als schmale Boxen, deren Drehpunkt du per "
        "`geometry.translate` an ein Ende legst; die Winkel setzt du aus `new Date()`.",
        "und die Zeiger sollen einen Schatten aufs Zifferblatt werfen",
    ),
)


_B3_ZH: tuple[_Item, ...] = (
    "页面静止的时候显卡占用也一直 100%，怎么做到画面不变就不重绘？",
    "地形贴图在远处重复感特别明显，有什么办法打破这种重复？",
    "想做一个雷达扫描的效果，扇形光扫过整片城市建筑群",
    "顶点着色器里怎么根据音乐频谱让球体表面起伏？",
    "同一个场景，Chrome 里帧率 60，Firefox 只有 30，该怎么排查？",
    "树叶用的是带透明通道的贴图，边缘一圈白边，怎么去掉？",
    _sys(SYS_ZH, "请解释一下什么是视锥体，以及透视投影矩阵的几个参数分别影响什么"),
    (
        "帮我把这句话翻成英文：请在本周五前提交周报",
        "Please submit your weekly report by this Friday.",
        "谢谢。另外，我们的三维园区里，怎么让车辆沿着道路平滑行驶，而且车头朝向是对的？",
    ),
    (
        "做一个水晶球，里面有雪花在飘",
        "外层用 `MeshPhysicalMaterial` 的透射做玻璃球，里面用 `Points` 做雪花，在顶点着色器里按时间"
        "下落并限制在球体半径内。",
        "玻璃表面再加一点反光",
    ),
)


_B3_JA: tuple[_Item, ...] = (
    "水面に景色が逆さまに映り込む表現を、なるべく軽く作る方法はありますか",
    "3Dシーンで桜の花びらが舞うパーティクルを作りたい。回転しながらひらひら落ちる感じで",
    "プレゼン用に、製品の3Dモデルが回転しながら部品ごとに色が変わる演出を作りたいです",
    "深度バッファを使って物体の輪郭線だけを抜き出すポストエフェクトを書きたい",
    "アンチエイリアスを有効にしても、細い電線がチラチラして見えます",
    "三人称視点で、キャラの後ろをカメラがぬるっと遅れて追従するようにしたい",
    _sys(SYS_JA, "法線マップの緑チャンネルを反転させる必要があるのはどんなときですか"),
    (
        "社内の在庫システムをマイクロサービス化すべきでしょうか？",
        "チームが小さく、変更がまとまって起きるなら、まずはモジュール分割したモノリスで十分です。",
        "了解です。別件で、倉庫の棚を3D表示して在庫量で色分けしたいのですが、棚が1万個あります",
    ),
    (
        "three.jsでサイコロを振るアニメーションを作って",
        "物理エンジン（cannon-es）でサイコロに回転と速度を与え、毎フレーム剛体の位置と回転を"
        "メッシュにコピーするサンプルです。",
        "出る目を指定して止めたい",
    ),
)


_B3: dict[str, tuple[_Item, ...]] = {
    "ru": _B3_RU,
    "pt": _B3_PT,
    "fr": _B3_FR,
    "es": _B3_ES,
    "ko": _B3_KO,
    "it": _B3_IT,
    "de": _B3_DE,
    "zh": _B3_ZH,
    "ja": _B3_JA,
}


def _third_batch() -> Iterator[Example]:
    """The hand-written third batch, one group per example."""
    for lang, items in _B3.items():
        for index, item in enumerate(items, 1):
            group = f"webgl/b3/{lang}/{index:03d}"
            if isinstance(item, _Sys):
                yield chat(LABEL, lang, group, *item.turns, system=item.system)
            elif isinstance(item, str):
                yield chat(LABEL, lang, group, item)
            else:
                yield chat(LABEL, lang, group, *item)


# Fourth batch: every example hand-written, one group each ("webgl/b4/<lang>/<nnn>"). Short
# conceptual and definitional questions (what is X, why does Y behave so, when to use Z, X vs
# Y) about 3D and graphics, mostly in fr/pt/it/ko/ru/es, which the model used to confuse with
# `general`. Same item shapes as `_B2`.

_B4_FR: tuple[_Item, ...] = (
    "c'est quoi le z-fighting ?",
    "à quoi sert le paramètre near de la caméra, et pourquoi pas juste 0 ?",
    "c'est quoi un shader, en deux phrases ?",
    "vertex shader et fragment shader : qui fait quoi ?",
    "qu'est-ce que l'acné d'ombre (shadow acne) et pourquoi le bias la corrige ?",
    "à quoi sert PMREMGenerator dans three.js ?",
    "pourquoi un MeshStandardMaterial métallique paraît tout sombre sans carte d'environnement ?",
    "c'est quoi la différence entre roughness et metalness ?",
    "espace linéaire vs sRGB, pourquoi ça compte pour les couleurs d'une scène 3D ?",
    "à quoi sert la matrice normale, et pourquoi l'inverse transposée ?",
    "c'est quoi un gimbal lock ?",
    "qu'est-ce que le SSAO, en gros ?",
    "le bloom, ça marche comment techniquement ?",
    "FXAA ou MSAA, quelle différence ?",
    "c'est quoi un render target dans three.js ?",
    "à quoi sert dispose() si le garbage collector existe ?",
    "c'est quoi Draco et pourquoi mes .glb sont plus petits avec ?",
    "glTF, c'est quoi par rapport à FBX ou OBJ ?",
    "à quoi sert un LOD dans une scène 3D ?",
    "c'est quoi le raymarching ?",
    "une SDF (signed distance function), c'est quoi exactement ?",
    "pourquoi on parle de « fragments » et pas de pixels dans un shader ?",
    "à quoi sert castShadow vs receiveShadow ?",
    "c'est quoi un texel ?",
    "pourquoi mes objets transparents doivent être triés par distance ?",
    "alphaTest ou transparent: true pour du feuillage, c'est quoi la différence ?",
    "c'est quoi un cubemap, et en quoi c'est différent d'une image équirectangulaire ?",
    "WebXR, c'est quoi au juste ? ça remplace WebVR ?",
    "à quoi sert useFrame dans react-three-fiber ?",
    "drei, c'est une lib de quoi exactement ?",
    "c'est quoi l'effet Fresnel dans un shader ?",
    "pourquoi on dit que WebGPU est « plus bas niveau » que WebGL ?",
    "c'est quoi un compute shader, et on peut en faire en WebGL ?",
    _sys(SYS_FR, "c'est quoi les coordonnées barycentriques dans un triangle ?"),
    (
        "c'est quoi le frustum culling ?",
        "C'est le fait de ne pas dessiner les objets hors du volume visible de la caméra. "
        "three.js le fait par objet avec sa bounding sphere.",
        "et pourquoi il faut parfois mettre frustumCulled = false ?",
    ),
)

_B4_PT: tuple[_Item, ...] = (
    "o que é z-fighting e por que acontece com dois planos no mesmo lugar?",
    "pra que serve o far da câmera? posso botar 1e9?",
    "o que é um fragment shader?",
    "o que é PBR e por que todo mundo usa MeshStandardMaterial?",
    "o que é IBL (image based lighting)?",
    "HDRI serve pra quê numa cena three.js?",
    "o que é raycasting?",
    "o que é BufferGeometry?",
    "pra que serve o index buffer numa geometria?",
    "uniform, attribute e varying: qual a diferença?",
    "pra que serve o EffectComposer?",
    "o que é bloom seletivo?",
    "o que é InstancedMesh e quando vale a pena?",
    "o que é o formato KTX2 / Basis Universal?",
    "por que textura não potência de 2 dá problema no WebGL1?",
    "o que é skinning?",
    "o que são morph targets?",
    "Perlin noise ou simplex noise, qual a diferença?",
    "o que é fbm num shader?",
    "o que é cel shading?",
    "pra que serve setPixelRatio no renderer?",
    'o que significa "WebGL: CONTEXT_LOST_WEBGL"?',
    "o que é WGSL?",
    "o que é um storage buffer no WebGPU?",
    "o que é uma swap chain? o WebGPU tem isso?",
    "o que é o espaço de mundo e o espaço local de um objeto?",
    "por que o produto escalar aparece em todo cálculo de luz?",
    "o que é uma lightmap?",
    "pra que serve o aoMap e por que ele pede uv2?",
    "o que é o Potree?",
    "o que é o deck.gl?",
    _sys(SYS_PT, "o que é a matriz model-view-projection?"),
    _sys(SYS_PT_BOT, "pra que serve o OrbitControls e qual a diferença pro TrackballControls?"),
    (
        "o que é o alpha premultiplicado?",
        "É guardar a cor já multiplicada pela opacidade (rgb * a). A mistura fica mais correta "
        "e evita bordas escuras.",
        "e no three.js eu ligo isso onde?",
    ),
)

_B4_IT: tuple[_Item, ...] = (
    "cos'è lo z-fighting?",
    "perché se metto near = 0.0001 lo z-fighting peggiora?",
    "cos'è un logarithmic depth buffer?",
    "perché una DirectionalLight non proietta ombre anche con castShadow?",
    "a cosa serve shadow.camera in una luce direzionale?",
    "cos'è una environment map?",
    "cos'è l'HDRI e a cosa serve nelle scene 3D?",
    "cos'è la transmission di MeshPhysicalMaterial?",
    "clearcoat: cos'è e quando si usa?",
    "emissive vs luce vera: che differenza c'è?",
    "cos'è il raycasting?",
    "cos'è un render target?",
    "cos'è l'SSAO?",
    "FXAA, SMAA, MSAA: differenze?",
    "cos'è la slerp?",
    "cos'è il gimbal lock?",
    "perché bisogna chiamare dispose() su texture e geometrie?",
    "cos'è Draco?",
    "cos'è il formato glTF?",
    "cos'è il LOD?",
    "cos'è il raymarching?",
    "cos'è una SDF?",
    "cos'è l'effetto Fresnel?",
    "cos'è il triplanar mapping?",
    "cos'è il parallax mapping?",
    "cos'è WebGPU?",
    "cos'è un compute shader?",
    "cos'è una texture cubemap?",
    "cos'è Babylon.js e che differenza c'è con three.js?",
    "cos'è A-Frame?",
    "cos'è CesiumJS?",
    "a cosa serve useFrame in react-three-fiber?",
    _sys(SYS_IT, "cos'è il normal matrix e quando mi serve nello shader?"),
    (
        "cos'è il dithering in uno shader?",
        "È aggiungere un piccolo rumore prima di quantizzare il colore, così le bande dei "
        "gradienti diventano invisibili.",
        "e lo metto prima o dopo il tone mapping?",
    ),
)

_B4_KO: tuple[_Item, ...] = (
    "z-fighting이 뭐예요?",
    "로그 깊이 버퍼(logarithmicDepthBuffer)는 언제 켜요?",
    "셰이더가 뭔지 쉽게 설명해 주세요",
    "버텍스 셰이더랑 프래그먼트 셰이더 차이가 뭐예요?",
    "섀도우 애크니가 뭐예요?",
    "그림자 맵 해상도 올리면 뭐가 좋아져요?",
    "PCF 소프트 섀도우가 뭐예요?",
    "PBR이 뭐예요?",
    "roughness랑 metalness 차이가 뭐예요?",
    "sRGB랑 리니어 색공간 차이가 뭐예요?",
    "렌더 타깃이 뭐예요?",
    "후처리(post-processing)가 정확히 뭐예요?",
    "블룸 효과는 어떻게 만들어지는 거예요?",
    "쿼터니언이 뭐예요? 오일러 각이랑 뭐가 달라요?",
    "짐벌 락이 뭐예요?",
    "dispose()는 왜 호출해야 돼요?",
    "Draco 압축이 뭐예요?",
    "glTF랑 FBX 차이가 뭐예요?",
    "LOD가 뭐예요?",
    "레이마칭이 뭐예요?",
    "SDF가 뭐예요? 셰이더에서 자주 보이던데",
    "프레넬 효과가 뭐예요?",
    "WebGPU랑 WebGL 차이가 뭐예요?",
    "컴퓨트 셰이더가 뭐예요?",
    "큐브맵이랑 equirectangular 이미지 차이가 뭐예요?",
    "유니폼이랑 어트리뷰트 차이가 뭐예요?",
    "react-three-fiber에서 useFrame은 뭐 하는 거예요?",
    "drei는 뭐 하는 라이브러리예요?",
    "WebXR이 뭐예요? VR 헤드셋 없으면 못 써요?",
    "three-mesh-bvh는 왜 쓰는 거예요?",
    "월드 좌표랑 로컬 좌표 차이가 뭐예요?",
    "Shadertoy의 iResolution, iTime이 뭐예요?",
    _sys(SYS_KO, "노멀 매트릭스는 왜 역행렬의 전치로 구해요?"),
    (
        "텍스처 래핑 모드가 뭐예요?",
        "UV가 0~1 범위를 벗어났을 때 어떻게 샘플링할지 정하는 설정이에요. RepeatWrapping, "
        "ClampToEdgeWrapping 등이 있어요.",
        "그럼 MirroredRepeat는 언제 써요?",
    ),
)

_B4_RU: tuple[_Item, ...] = (
    "что такое z-fighting?",
    "почему нельзя поставить у камеры near = 0?",
    "что такое шейдер простыми словами?",
    "что такое теневая карта?",
    "зачем у тени параметр bias?",
    "что такое PBR?",
    "чем roughness отличается от metalness?",
    "что такое HDR-карта окружения и зачем она металлу?",
    "что такое рейкастинг?",
    "чем рейкастер отличается от пикинга через GPU?",
    "что такое render target?",
    "что такое постобработка в 3D?",
    "как устроен bloom?",
    "что такое SSAO?",
    "FXAA и MSAA — в чём разница?",
    "что такое TAA и почему от него всё мылится?",
    "что такое кватернион?",
    "что такое slerp?",
    "что такое InstancedMesh?",
    "зачем вызывать dispose() у геометрии, если есть сборщик мусора?",
    "что такое Draco?",
    "чем glTF лучше OBJ?",
    "что такое LOD?",
    "что такое рэймарчинг?",
    "что такое SDF в шейдерах?",
    "что такое эффект Френеля?",
    "что такое тун-шейдинг?",
    "чем WebGPU отличается от WebGL?",
    "что такое вычислительный шейдер?",
    "что такое vertex pulling?",
    "чем uniform отличается от attribute?",
    "зачем нужен useFrame в react-three-fiber?",
    _sys(SYS_RU, "что такое барицентрические координаты и где они нужны в шейдере?"),
    (
        "что такое тональная компрессия (tone mapping)?",
        "Это перевод HDR-цветов, которые могут быть больше 1.0, в диапазон, который умеет "
        "показать экран.",
        "а exposure тогда на что влияет?",
    ),
)

_B4_ES: tuple[_Item, ...] = (
    "¿qué es el z-fighting?",
    "¿para qué sirve el near plane de la cámara?",
    "¿qué es un vertex shader?",
    "¿qué es el shadow acne?",
    "¿para qué sirve normalBias en las sombras?",
    "¿qué es PBR?",
    "¿qué diferencia hay entre MeshStandardMaterial y MeshPhysicalMaterial?",
    "¿qué es el espacio de color lineal?",
    "¿qué es el raycasting en three.js?",
    "¿qué es un render target?",
    "¿qué es el post-procesado en 3D?",
    "¿cómo funciona el efecto bloom?",
    "¿qué es SSAO?",
    "¿qué es un cuaternión y por qué se usa para rotar?",
    "¿qué es el gimbal lock?",
    "¿qué es un InstancedMesh?",
    "¿para qué sirve dispose() en three.js?",
    "¿qué es Draco?",
    "¿qué es glTF?",
    "¿qué es el LOD?",
    "¿qué es el raymarching?",
    "¿qué es una SDF en shaders?",
    "¿qué es el efecto Fresnel?",
    "¿qué diferencia hay entre WebGL y Babylon.js?",
    "¿qué es un compute shader?",
    "¿qué es un cubemap?",
    "¿uniform y attribute, en qué se diferencian?",
    "¿para qué sirve useFrame en react-three-fiber?",
    "¿qué es un BVH y por qué acelera el raycast?",
    "¿qué es PlayCanvas?",
    "¿qué son los 3D Tiles de Cesium?",
    "¿qué es un point cloud y cómo se pinta en el navegador?",
    _sys(SYS_ES, "¿qué es la matriz de vista y en qué se diferencia de la de proyección?"),
    (
        "¿qué es el wrapping de una textura?",
        "Define qué pasa cuando las UV salen del rango 0-1: repetir, estirar el borde o reflejar.",
        "¿y por qué con RepeatWrapping mi textura no se repite?",
    ),
)

_B4_DE: tuple[_Item, ...] = (
    "was ist z-fighting eigentlich?",
    "wozu braucht PBR eine Environment Map?",
    "Unterschied zwischen Raycaster und GPU-Picking?",
    "was ist ein Logarithmic Depth Buffer?",
    "was macht PMREMGenerator genau?",
    "wann nimmt man InstancedMesh und wann BatchedMesh?",
    "was ist Triplanar Mapping?",
    "was bedeutet outputColorSpace beim WebGLRenderer?",
    "was ist der Unterschied zwischen Lambert- und Phong-Material?",
    "was ist ein Bind Group in WebGPU?",
    "wozu dient EXT_color_buffer_float?",
    "was ist eine Lightmap?",
)

_B4_ZH: tuple[_Item, ...] = (
    "z-fighting 是什么？怎么产生的？",
    "PBR 材质里 roughness 和 metalness 分别控制什么？",
    "什么是 shadow acne？",
    "SSAO 是什么原理？",
    "四元数是什么，为什么不用欧拉角？",
    "three.js 里为什么要手动 dispose()？",
    "Draco 和 meshopt 压缩有什么区别？",
    "什么是光线步进（raymarching）？",
    "什么是计算着色器，WebGL 能用吗？",
    "线性空间和 sRGB 有什么区别？",
    "什么是 LOD？",
    "drei 是什么库？",
)

_B4_JA: tuple[_Item, ...] = (
    "フラグメントシェーダーって何？",
    "シャドウアクネとは何ですか？",
    "クォータニオンって何？オイラー角と何が違う？",
    "レイマーチングって何？",
    "WebGPUとWebGLの違いは？",
    "レンダーターゲットって何？",
    "IBLとは何ですか？",
    "フレネル効果とは？",
    "トゥーンシェーディングの仕組みは？",
    "glTFとFBXの違いは？",
    "ジンバルロックって何？",
    "InstancedMeshはいつ使うべき？",
)

_B4_EN: tuple[_Item, ...] = (
    "what is a fragment shader, in one sentence?",
    "what is a signed distance field?",
    "what's the difference between MSAA and FXAA?",
    "why does my metal material look black without an env map?",
    "what is a normal matrix?",
    "what is gimbal lock?",
    "what's KTX2 and why do people use it for textures?",
    "what is a storage buffer in WebGPU?",
    "what does depthWrite: false actually do?",
    "what's the point of a render target?",
    "what is image based lighting?",
    "when would I use an orthographic camera in three.js?",
)

_B4: dict[str, tuple[_Item, ...]] = {
    "fr": _B4_FR,
    "pt": _B4_PT,
    "it": _B4_IT,
    "ko": _B4_KO,
    "ru": _B4_RU,
    "es": _B4_ES,
    "de": _B4_DE,
    "zh": _B4_ZH,
    "ja": _B4_JA,
    "en": _B4_EN,
}


def _fourth_batch() -> Iterator[Example]:
    """The hand-written fourth batch, one group per example."""
    for lang, items in _B4.items():
        for index, item in enumerate(items, 1):
            group = f"webgl/b4/{lang}/{index:03d}"
            if isinstance(item, _Sys):
                yield chat(LABEL, lang, group, *item.turns, system=item.system)
            elif isinstance(item, str):
                yield chat(LABEL, lang, group, item)
            else:
                yield chat(LABEL, lang, group, *item)
