"""Ninth batch of `webgl` examples (training only): hand-written, one group per example
("webgl/b9/<lang>/<digest>"). Real-traffic shapes of 3D and GPU requests: plain-worded asks from
non-specialists, short follow-ups in multi-turn chats, asks under system prompts, and long pastes
of shaders, render code, console logs and configs."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "webgl"

BY_LANG: dict[str, list[Item]] = {
    "en": [
        _u(
            "the sofa in our 3d configurator looks like cheap plastic no matter which fabric the customer picks, how do i make the fabric look soft"
        ),
        _u(
            "My spinning earth on the landing page stutters on older iPhones. It's a textured sphere with a cloud layer on top. Where do I even start?"
        ),
        _u(
            "I'm a product owner, not a dev. Our furniture shop wants customers to walk around a kitchen in the browser before they buy. In plain words, what makes a 3D room look real in a browser and still run smoothly: the models, the lighting, the textures?"
        ),
        _u("make the water in the scene look wet. right now it's a flat blue plane"),
        _u("threejs: how do I make a glowing outline around the object the mouse is over"),
        _u(
            "Is WebGPU ready to use instead of WebGL for a particle effect with ~1M points, or will half my users see a black screen?"
        ),
        _u(
            "my little planet game: the camera should follow the ship smoothly instead of snapping behind it every frame"
        ),
        _u(
            "why does my gltf model show up completely black when I load it? no errors in the console"
        ),
        _u(
            "we have a map of our city's buildings as footprints with heights. can we turn that into extruded 3d blocks you can fly over in the browser?"
        ),
        _u("fragment shader that makes a stripe pattern scroll diagonally, glsl, nothing fancy"),
        _u(
            "In react-three-fiber, how do I wait until all the textures are loaded before showing the scene, so people don't see grey boxes first?"
        ),
        _u(
            "Babylon.js question: the ground mesh is huge and the shadows from the trees go blurry far away. cascaded shadows the answer?"
        ),
        _u(
            "the 3d dice in my board game app always land on the same face lol. how do i make them tumble realistically"
        ),
        _u(
            "can you explain what a normal map does to a surface, like for someone who makes the 3d art but never wrote a shader"
        ),
        _m(
            "I've got a point cloud from a drone scan, about 4 million points, and I want to show it in the browser.",
            "Use `THREE.Points` with a `BufferGeometry`: put positions in a `Float32Array` and colors in a second attribute. For 4M points keep `sizeAttenuation` on, a small `size`, and consider splitting into tiles so you can frustum-cull chunks. If it still chokes, look at Potree, which streams an octree of the cloud.",
            "and colour the points by height instead of the scan colours?",
        ),
        _m(
            "My WebGL canvas looks blurry on my MacBook.",
            "That's the device pixel ratio. Call `renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))` and make sure you resize the renderer with the canvas's CSS size, not the window's.",
            "ok sharp now but the fan goes crazy",
        ),
        _m(
            "I want a low-poly island scene for my portfolio: sea, island, a few palm trees, a sun.",
            "Start with a `PlaneGeometry` for the sea with flat shading, an `IcosahedronGeometry` squashed for the island, and a `DirectionalLight` for the sun plus a soft `HemisphereLight`. Set `flatShading: true` on `MeshStandardMaterial` to get the faceted look, and give the sea a slow vertex displacement in `onBeforeCompile` or a tiny custom shader.",
            "add a day night cycle",
        ),
        _m(
            "We show a 3D model of a house on our real estate site. Clicking a room should highlight it.",
            "Raycast on click: build a `Raycaster` from the mouse position, `intersectObjects(roomMeshes)`, and on a hit swap that mesh's material to a highlighted copy (or raise its `emissive`). Keep the originals so you can restore them.",
            "and show the room name floating above it",
        ),
        _m(
            "The car in my configurator should show reflections of a studio, not the black void.",
            "Load an HDR environment with `RGBELoader`, run it through `PMREMGenerator`, and set `scene.environment = envMap`. For the car paint use `MeshPhysicalMaterial` with `clearcoat: 1` and a low `roughness`.",
            "customers say the paint looks too shiny now",
            "Raise `roughness` to around 0.35 and lower `clearcoatRoughness` only slightly; you can also reduce `envMapIntensity` to 0.7 so the reflections are less mirror-like.",
            "what about matte paint option",
        ),
        _m(
            "In Babylon I've got a character with an idle and a walk animation from Mixamo.",
            "Load the GLB with `SceneLoader.ImportMeshAsync`, then grab `result.animationGroups`. Stop all, start the idle with `idle.start(true)`, and when the player moves call `walk.start(true)` and `idle.stop()`.",
            "the switch is jerky, can it blend",
        ),
        _m(
            "quick r3f question: how do I rotate a mesh every frame?",
            "Use `useFrame`:\n```jsx\nfunction Box() {\n  const ref = useRef();\n  useFrame((_, delta) => { ref.current.rotation.y += delta; });\n  return <mesh ref={ref}><boxGeometry /><meshStandardMaterial /></mesh>;\n}\n```",
            "only while hovered",
        ),
        _m(
            "Our trade-show demo is a big 3D globe with flight routes as arcs.",
            "Build each arc as a `QuadraticBezierCurve3` between the two lat/lon points lifted above the surface, turn it into a `TubeGeometry` or a `Line2`, and animate a dash offset in the shader so the routes look like they're flowing.",
            "thousands of routes tho",
        ),
        _m(
            "I have a heatmap of temperatures on a 2d grid and my boss wants it as a 3d surface you can rotate.",
            "Make a `PlaneGeometry` with one segment per grid cell, set each vertex's z to the value, call `computeVertexNormals()`, and color the vertices with a gradient via a `color` attribute and `vertexColors: true`. Add `OrbitControls` for rotation.",
            "can the axes have labels",
        ),
        _s(
            "You are a coding agent working inside the user's repository (a Vite + three.js app). You can read and edit files.",
            "the minimap in the corner renders the main scene upside down, fix it",
        ),
        _s(
            "You are a teaching assistant for an introductory computer graphics course. Guide students to the answer instead of giving full solutions.",
            "my phong shading has a weird bright spot that stays in the same place when I rotate the camera, what am I doing wrong",
        ),
        _s(
            "You are Pixel, the assistant for the creative coding meetup's Discord. Be friendly.",
            "anyone know how to make those audio reactive blobs that pulse with the music? i have the mic input working, just not the 3d part",
            "Sure! Take the frequency data from an `AnalyserNode` each frame, average the low bins for the bass, and pass that into a vertex shader uniform. Displace a high-res `IcosahedronGeometry` along its normals with noise scaled by that uniform.",
            "what about the colours changing with the highs",
        ),
        _s(
            "You are the internal assistant for the frontend team at an e-commerce company. Our product pages use three.js for 360° viewers.",
            "Lighthouse says the 3D viewer blocks the main thread for 900ms on load. What can we do about the model loading?",
        ),
        _s(
            "You are a helpful assistant.",
            "I'm making a virtual museum tour. Visitors should click on a painting and the camera should glide over to it and stop in front, how?",
        ),
        _u("""This is my render loop, the FPS drops from 60 to about 20 after a couple of minutes and memory keeps going up in the task manager:

function animate() {
  requestAnimationFrame(animate);
  const geo = new THREE.SphereGeometry(0.05, 8, 8);
  for (const p of particles) {
    const m = new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ color: p.color }));
    m.position.copy(p.pos);
    scene.add(m);
    p.mesh && scene.remove(p.mesh);
    p.mesh = m;
  }
  renderer.render(scene, camera);
}

what's wrong here"""),
        _u("""Can someone tell me why my model is huge and off to the side? This is what the loader logs:

GLTFLoader: loaded scene.gltf
  meshes: 37, materials: 12, textures: 18
  bounding box min: (-1520.4, -3.1, 802.9) max: (-1210.7, 410.2, 1133.6)
  units: centimeters (from exporter)

Camera is at (0, 2, 5) looking at the origin, near 0.1 far 100. I can just see a corner of something grey. It's a building exported from Revit I think."""),
        _u("""Babylon.js playground, the console keeps spamming this and the scene is pink:

BJS - [14:02:11]: Unable to compile effect:
BJS - [14:02:11]: Uniforms: world, viewProjection, vDiffuseColor
BJS - [14:02:11]: Attributes: position, normal
BJS - [14:02:11]: Defines: #define NORMAL
BJS - [14:02:11]: Error: FRAGMENT SHADER ERROR: 0:9: 'vNormalW' : undeclared identifier

The ShaderMaterial is created with vertex: "custom", fragment: "custom" and I do declare vNormal in the vertex shader. How do I fix this?"""),
        _u("""Our art team sent this spec for the web version of the game level. Tell me whether it's realistic for mid-range Android phones and what to cut:

- Terrain: 1 mesh, 2.1M triangles, 4 x 8K textures (albedo, normal, roughness, AO)
- Trees: 3,400 instances, 12k tris each, alpha-tested leaves
- Lights: 1 sun with shadows, 40 point lights (torches) all casting shadows
- Post: SSAO, SSR, bloom, depth of field, motion blur
- Target: 60 fps, WebGL2"""),
        _u("""I'm trying WebGPU for the first time and get this in Chrome:

Uncaught (in promise) TypeError: Failed to execute 'createRenderPipeline' on 'GPUDevice': Failed to read the 'layout' property from 'GPURenderPipelineDescriptor': Required member is undefined.

const pipeline = device.createRenderPipeline({
  vertex: { module, entryPoint: 'vs_main' },
  fragment: { module, entryPoint: 'fs_main', targets: [{ format }] },
  primitive: { topology: 'triangle-list' },
});

it's the hello triangle from a tutorial, what changed?"""),
        _u(
            "teacher here. i want my students to see a molecule of water in 3d on the class website and rotate it with a finger on the tablets. whats the easiest way to get the 3d bit working"
        ),
        _u(
            "The gold ring on our jewellery viewer looks like yellow plastic. Customers have complained. Just tell me what makes metal look like metal on screen."
        ),
        _u(
            "generative art thing: thousands of thin lines flowing like hair in the wind, rendered on the gpu, how would you approach it"
        ),
        _u("pls how to make the fog in my spooky forest scene move, like drifting, its static now"),
        _u(
            "Our wedding venue website has a 3D walkthrough of the hall. At night mode the fairy lights should twinkle. Is that a lot of work?"
        ),
        _u("webgl2 instanced drawing with per instance color, raw api no library"),
        _u(
            "when i zoom out on my 3d city the far buildings flicker and swap in front of each other"
        ),
        _u(
            "is there a way to bake the lighting from blender so the room in the browser looks as good as the render"
        ),
        _u("How do I make a clean toon outline (inverted hull) on characters in Babylon.js?"),
        _u(
            "r3f + drei: best way to show 200 product thumbnails as floating 3d cards in a spiral you can scroll through?"
        ),
        _u(
            "my marble run game: the marbles look like flat grey dots, want them glassy with swirls inside"
        ),
        _u("Need a heat-haze distortion above the lava in my level, like the air is wobbling"),
        _u("fastest way to pick which of 50k points in a scatter plot the user clicked, three.js"),
        _u(
            "in the 3d house viewer the stairs look like one grey blob, you can't tell the steps apart"
        ),
        _u(
            "Could you explain how a depth buffer works? I keep reading 'depth test' in three.js docs and don't get it"
        ),
        _u("WGSL: how do I sample a cube map for a skybox in a fullscreen triangle?"),
        _m(
            "I made a little 3D aquarium screensaver in the browser with fish swimming around.",
            "Nice! If you want it to feel more underwater, add `scene.fog = new THREE.FogExp2(0x0a3d5c, 0.06)`, a blue-green `HemisphereLight`, and a projected caustics texture that scrolls slowly on the sand and fish.",
            "how do I project the caustics texture",
            "Easiest is a `SpotLight` pointing down with `light.map = causticsTexture` (three r155+ supports light maps on spotlights with shadows on). Animate the texture offset each frame, or swap between a few frames of a caustics sequence.",
            "it's too sharp, make it dreamy",
        ),
        _m(
            "In my three.js scene the model takes 3 seconds to appear and the page just sits there.",
            "Show something immediately: render the empty scene with a low-poly placeholder or a blurred poster image, load the GLB with a `LoadingManager` and display progress, and fade the real model in once `onLoad` fires.",
            "and preload the next model they'll probably click",
        ),
        _m(
            "GLSL: make a circle pulse outward like a sonar ping",
            "```glsl\nfloat d = length(vUv - 0.5);\nfloat r = fract(uTime * 0.5) * 0.5;\nfloat ring = smoothstep(0.01, 0.0, abs(d - r));\nfloat fade = 1.0 - fract(uTime * 0.5);\ngl_FragColor = vec4(vec3(0.2, 1.0, 0.6) * ring * fade, ring * fade);\n```",
            "three rings at once, staggered",
        ),
        _m(
            "How do I let users paint on a 3D mug in the browser, like drawing their own design?",
            "Raycast onto the mug, read `hit.uv`, and draw into a 2D canvas at `(uv.x * w, (1 - uv.y) * h)`. Use that canvas as a `CanvasTexture` on the mug and set `texture.needsUpdate = true` after each stroke.",
            "the strokes come out broken up and dotty when I move fast",
        ),
        _m(
            "Babylon.js: I want a glowing sword that leaves a light trail when swung.",
            "Use `GlowLayer` for the blade (set its emissive color) and a `TrailMesh` attached to the blade tip: `new TrailMesh('trail', tip, scene, 0.1, 30, true)` with an additive emissive material.",
            "trail stays visible when the sword isn't moving",
        ),
        _m(
            "My r3f scene has a table with 8 chairs from the same GLB. Memory is huge.",
            "Load once and reuse the geometry and material instead of cloning the whole scene: `const { nodes, materials } = useGLTF(url)` then render `<mesh geometry={nodes.Chair.geometry} material={materials.Wood} />` eight times, or use `<Instances>` from drei.",
            "one chair has to be a different color though",
        ),
        _m(
            "I'm doing a 3D bar chart of our monthly sales with three.js for a board meeting.",
            "Keep it readable: an `OrthographicCamera` at a fixed angle, one `BoxGeometry` per bar scaled by value, a muted palette, value labels with `CSS2DRenderer`, and a subtle grid on the floor.",
            "make the bars grow in one after another when the slide opens",
        ),
        _m(
            "how do I make my terrain snowy only on the mountain tops",
            "In the fragment shader, blend to white above a height threshold and only on flat-ish slopes: `float snow = smoothstep(40.0, 55.0, vWorldPos.y) * smoothstep(0.6, 0.8, vNormal.y); color = mix(color, vec3(0.95), snow);`",
            "add some noise so the snow line isn't a ruler",
        ),
        _m(
            "Which is better for a car configurator, baked reflections or real-time?",
            "Mostly baked: an HDRI environment for reflections on the paint and a baked AO/shadow under the car. Real-time screen-space reflections cost a lot and look noisy on mobile. Use real-time only for a planar floor reflection if you need it.",
            "and the interior view",
        ),
        _m(
            "got my first webgpu triangle on screen 🎉",
            "Congrats! Next steps usually: a vertex buffer instead of hardcoded positions, a uniform buffer with a transform matrix, then a depth texture so 3D geometry sorts properly.",
            "ok the depth texture part",
        ),
        _m(
            "my point cloud has a weird square look when zoomed in",
            "Each point is drawn as a screen-aligned square. In the fragment shader discard pixels outside a circle using `gl_PointCoord`, and enable `sizeAttenuation` so points shrink with distance.",
            "can they look like little shaded spheres",
        ),
        _s(
            "You are the in-app assistant for Stagecraft, a browser tool that lets event planners lay out venues in 3D. Keep answers short and non-technical.",
            "when I put more than 40 round tables in the hall the 3D view gets choppy and my laptop fan gets loud",
        ),
        _s(
            "You are an AI pair programmer working in the user's Next.js repo. It uses @react-three/fiber and @react-three/drei.",
            "the hero canvas renders twice in dev and the model flickers on load, also it's blank on the first navigation back to the home page",
        ),
        _s(
            "You are a support bot for a university's VR/3D lab. Students ask about their coursework projects.",
            "my solar panel field visualization has the sun light coming from below the ground at noon, I think my angles are wrong",
            "Check the conversion from solar elevation and azimuth to a direction vector. With Y up: `x = cos(el) * sin(az)`, `y = sin(el)`, `z = cos(el) * cos(az)`, with angles in radians. A common bug is passing degrees to `Math.sin`.",
            "fixed. now the panels should tilt to face the sun",
        ),
        _s(
            "You are an assistant for the web team of a boutique hotel chain.",
            "the 3d room tour on the booking page shows the bathroom mirror as a grey rectangle. can it actually reflect the room?",
        ),
        _s(
            "You are a friendly assistant.",
            "my son made a minecraft-like block world in javascript with webgl following a youtube video and now it's super slow with a big world. what should he change in how the blocks get drawn? he's 14 so keep it simple",
        ),
        _u("""Our Babylon.js scene started throwing this after upgrading to 7.x:

BJS - [10:14:55]: Error compiling effect
BJS - [10:14:55]: Vertex code:
...
#define NUM_BONE_INFLUENCERS 4
#define BonesPerMesh 73
...
BJS - [10:14:55]: Error: VERTEX SHADER ERROR: 0:412: 'mBones' : array index out of range

The character is from Mixamo with 73 bones, and it worked in 6.x. Does the new version count bones differently, and how do I force it to use the texture-based skinning?"""),
        _u("""This is a trimmed snippet of our configurator's material setup. The leather seats look like shiny vinyl and the stitching normal map seems to do nothing:

const leather = new THREE.MeshStandardMaterial({
  map: loadTex('leather_albedo.jpg'),
  normalMap: loadTex('leather_normal.png'),
  roughness: 0.1,
  metalness: 0.4,
});
leather.normalScale.set(0.05, 0.05);
// textures loaded with default settings, repeat not set
// seat UVs: 0..1 over the whole seat (about 60cm)

What settings would you change to make it read as real leather?"""),
        _u("""Shadertoy port question. This works on Shadertoy but in my three.js ShaderMaterial the image is stretched and doesn't animate:

void mainImage(out vec4 fragColor, in vec2 fragCoord) {
  vec2 uv = (fragCoord - 0.5 * iResolution.xy) / iResolution.y;
  float d = length(uv) - 0.3 + 0.05 * sin(iTime * 2.0 + atan(uv.y, uv.x) * 6.0);
  fragColor = vec4(vec3(smoothstep(0.01, 0.0, d)), 1.0);
}

I replaced mainImage with main, fragCoord with gl_FragCoord.xy and fragColor with gl_FragColor, and defined uniforms iTime and iResolution but never set them. What's the proper way to wire them up?"""),
        _u("""Here's the frame breakdown from our WebGL globe (chrome://tracing, averaged):

GPU: 9.8 ms
  - atmosphere pass: 1.1 ms
  - earth (8k day + 8k night + 8k clouds + normal): 4.6 ms
  - 12,000 city points: 0.4 ms
  - bloom (5 mips): 3.7 ms
Main thread: 14.2 ms
  - updating 12,000 point positions on CPU: 11.5 ms

It's a marketing page so it must hit 60 fps on a 2019 MacBook. What would you do with the CPU part and is bloom worth it?"""),
        _u("""Three.js WebGPURenderer + TSL, I'm getting this on startup:

THREE.WebGPURenderer: WebGPU is not available, running under WebGL2 backend.
TypeError: Cannot read properties of undefined (reading 'isNode')
    at NodeMaterial.setup (NodeMaterial.js:171)

const mat = new THREE.MeshStandardNodeMaterial();
mat.colorNode = uniform(new THREE.Color('#ff8800')).mul(noise);

noise is imported as `import { noise } from './noise.js'` which exports a plain JS function. Am I mixing up TSL nodes and JS functions?"""),
    ],
    "es": [
        _u(
            "tengo una tienda de lámparas y quiero que el cliente vea la lámpara en 3d encendida, con la luz que sale de verdad sobre la mesa. se puede en la web?"
        ),
        _u("como hago que la camara gire alrededor del modelo con el raton en three.js, soy nuevo"),
        _u("necesito un shader de agua tipo caricatura, con bordes blancos donde toca las rocas"),
        _u(
            "¿Cómo cargo un archivo .glb en React Three Fiber y le cambio el color a una sola pieza?"
        ),
        _u("el planeta que gira en mi web se ve pixelado en los bordes, como con escalones"),
        _u(
            "Estoy haciendo una maqueta 3D de nuestra finca para enseñarla a inversores; ¿cómo pongo el terreno con relieve a partir de una imagen en blanco y negro de alturas?"
        ),
        _u(
            "quiero que los copos de nieve caigan despacio en el fondo de la página de navidad, en 3d, sin que se trabe el scroll"
        ),
        _u(
            "¿Vale la pena pasarse a WebGPU para un visor de tomografías en volumen o sigo con WebGL2 y texturas 3D?"
        ),
        _u(
            "en mi juego de carreras el coche atraviesa las paredes del circuito y ademas la sombra del coche parpadea"
        ),
        _u(
            "Cómo hago un efecto de disolución en un shader, que el objeto desaparezca como quemándose"
        ),
        _u(
            "la maceta del configurador se ve como si fuera de goma, necesito que parezca cerámica esmaltada"
        ),
        _u(
            "¿Qué es el z-fighting? Me sale un parpadeo raro donde el suelo y la alfombra se juntan en la escena."
        ),
        _u(
            "hay alguna manera de que el modelo 3d de la zapatilla se vea en realidad aumentada desde el movil sin app"
        ),
        _m(
            "Quiero mostrar un edificio en 3D y que al pasar el ratón por cada planta se ilumine.",
            "Separa cada planta en su propio mesh (o grupo), usa un `Raycaster` en `pointermove` y, cuando haya intersección, sube el `emissive` del material de esa planta. Clona los materiales para que no se iluminen todas a la vez.",
            "y que al hacer clic se abran las plantas como un cajon",
        ),
        _m(
            "tengo partículas en three.js pero son cuadrados, quiero que sean círculos suaves",
            "En el fragment shader de los puntos descarta lo que queda fuera del círculo:\n```glsl\nvec2 c = gl_PointCoord - 0.5;\nfloat d = length(c);\nif (d > 0.5) discard;\ngl_FragColor = vec4(uColor, smoothstep(0.5, 0.2, d));\n```\nY activa `transparent: true` y `depthWrite: false`.",
            "ahora se ven cajas negras detras",
        ),
        _m(
            "¿Cómo pongo niebla en la escena para que los árboles lejanos se pierdan?",
            "`scene.fog = new THREE.Fog(0xcfd8dc, 20, 120);` y pon el mismo color de fondo: `scene.background = new THREE.Color(0xcfd8dc)`. Si prefieres una caída más natural, `THREE.FogExp2(0xcfd8dc, 0.02)`.",
            "y que sea mas espesa cerca del suelo",
        ),
        _m(
            "Hice un visor de muebles con R3F y el modelo tarda como 8 segundos en aparecer.",
            "Comprime el GLB con Draco o Meshopt (`gltf-transform optimize modelo.glb out.glb --compress draco`), pasa las texturas a KTX2 y muestra un `<Suspense fallback>` con un loader mientras tanto.",
            "y las texturas de 4k las bajo a cuanto",
        ),
        _m(
            "Estoy aprendiendo GLSL. ¿Cómo pinto un círculo en el centro de la pantalla?",
            "```glsl\nvoid main(){\n  vec2 uv = (gl_FragCoord.xy - 0.5*uResolution) / uResolution.y;\n  float d = length(uv);\n  float c = step(d, 0.3);\n  gl_FragColor = vec4(vec3(c), 1.0);\n}\n```",
            "que tenga el borde difuminado",
        ),
        _m(
            "En mi escena hay un sol y quiero que las sombras de los edificios se muevan según la hora.",
            "Mueve la `DirectionalLight` sobre un arco: calcula el ángulo con la hora (`t = (hora-6)/12 * Math.PI`) y pon `sol.position.set(Math.cos(t)*100, Math.sin(t)*100, 30)`. Acuérdate de que `castShadow` esté activo en la luz y en los edificios.",
            "de noche se ve todo negro",
        ),
        _m(
            "Tengo un cubo con WebGPU y quiero texturizarlo.",
            "Crea la textura con `device.createTexture`, copia la imagen con `queue.copyExternalImageToTexture`, crea un `sampler` y añádelos al bind group. En WGSL: `@group(0) @binding(1) var t: texture_2d<f32>; @group(0) @binding(2) var s: sampler;` y en el fragment `textureSample(t, s, uv)`.",
            "sale todo borroso de cerca",
        ),
        _m(
            "mi modelo de Blender se ve bien en Blender pero en la web los colores están lavados",
            "Casi siempre es espacio de color: en three.js r152+ pon `renderer.outputColorSpace = THREE.SRGBColorSpace` y marca las texturas de color con `tex.colorSpace = THREE.SRGBColorSpace`. Los mapas de normales y rugosidad se quedan en lineal.",
            "ya, pero ahora se ven demasiado saturados",
        ),
        _m(
            "Quiero un globo terráqueo con los países que sean clicables.",
            "Convierte el GeoJSON de países a geometría sobre la esfera (proyectando lon/lat a 3D) o usa una textura de IDs: pinta cada país con un color único en una textura oculta y, al hacer clic, lee el píxel en esa posición para saber qué país es.",
            "lo de la textura de ids como seria",
        ),
        _m(
            "Babylon: quiero que el personaje deje huellas en la nieve.",
            'Usa decals: `MeshBuilder.CreateDecal("huella", suelo, { position, normal, size })` con una textura de huella, y cada cierto paso crea una nueva en la posición del pie. Limita el número y borra las más viejas.',
            "y que se vayan borrando con el tiempo",
        ),
        _m(
            "Necesito que la cámara vuele de un punto del mapa 3D a otro suavemente.",
            "Interpola posición y objetivo con GSAP o a mano con `lerp` en cada frame: `camera.position.lerpVectors(desde, hasta, easeInOut(t))` y lo mismo para `controls.target`, luego `controls.update()`.",
            "se marea uno, mas lento y con curva",
        ),
        _s(
            "Eres el asistente técnico de Arqviz Studio, una empresa que hace recorridos virtuales de viviendas en el navegador. Responde en español.",
            "los clientes se quejan de que en el recorrido de la casa de Marbella las paredes blancas se ven grises y planas, sin nada de luz rebotada",
        ),
        _s(
            "Eres un agente de programación dentro del editor del usuario. El proyecto es un juego en three.js con Vite.",
            "el proyectil sale del centro de la camara y no de la punta del arma, arreglalo",
        ),
        _s(
            "Asistente del equipo de datos de una cooperativa agrícola. Respuestas cortas.",
            "queremos ver los sensores del invernadero como puntos en un modelo 3d del invernadero, con colores según la humedad. cómo lo pintamos en el navegador?",
        ),
        _s(
            "Eres el asistente de un estudio de videojuegos independiente.",
            "Para el nivel del bosque usamos Babylon.js y tenemos 5.000 árboles. ¿Instancias o thin instances?",
            "Thin instances: son más ligeras porque no crean un objeto por árbol, solo una matriz en un buffer. Pierdes el picking individual fácil y el culling por instancia, pero para 5.000 árboles estáticos es lo indicado.",
            "y los árboles lejanos?",
        ),
        _s(
            "Eres un asistente útil.",
            "hazme un fondo animado con ondas de colores tipo aurora boreal para la portada de mi web, con un shader",
        ),
        _u("""No sé por qué el canvas sale en blanco. Esto es lo que tengo:

import * as THREE from 'three';
const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(75, innerWidth / innerHeight, 0.1, 1000);
const renderer = new THREE.WebGLRenderer();
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const cube = new THREE.Mesh(new THREE.BoxGeometry(), new THREE.MeshStandardMaterial({ color: 'orange' }));
scene.add(cube);
renderer.render(scene, camera);

En la consola no hay errores. Lo único que se ve es negro, no blanco, perdón. ¿Qué falta?"""),
        _u("""Me sale esto al compilar el shader en WebGL1 y en el móvil de mi madre no carga nada:

THREE.WebGLProgram: Shader Error 0 - VALIDATE_STATUS false
Program Info Log: Fragment shader is not compiled.
FRAGMENT
ERROR: 0:45: 'for' : Loop index cannot be compared with non-constant expression

  for (int i = 0; i < uCount; i++) {
    col += sampleLight(i);
  }

uCount es un uniform con el número de luces. ¿Cómo lo arreglo sin romperlo en los navegadores nuevos?"""),
        _u("""Os pego el perfil de un frame de nuestro visor de piezas industriales (Chrome, spector.js):

Draw calls: 4.812
Triángulos: 9,3 M
Cambios de programa: 310
Cambios de textura: 2.900
Frame GPU: 41 ms

Son unas 4.800 piezas de una máquina, cada una con su propio material aunque casi todas son metal gris. ¿Por dónde empiezo para llegar a 60 fps?"""),
        _u("""El cliente nos manda este requisito para el configurador de cocinas:

«El usuario debe poder cambiar el color de los frentes, la encimera y los tiradores; ver la cocina de noche con las luces bajo los muebles encendidas; y hacer una foto en alta resolución para enviarla por correo. Debe funcionar en iPad.»

¿Qué técnicas de render necesitamos para cada punto (luces, sombras, la captura en alta resolución) y qué puede dar problemas en iPad?"""),
        _u("""Estoy con el efecto de contorno (outline) en posprocesado y me da esto en consola cada frame:

[.WebGL-0x7b0c01a2e00] GL_INVALID_OPERATION: Feedback loop formed between Framebuffer and active Texture.
[.WebGL-0x7b0c01a2e00] GL_INVALID_OPERATION: Feedback loop formed between Framebuffer and active Texture.
WebGL: too many errors, no more errors will be reported to the console for this context.

Uso EffectComposer con RenderPass, OutlinePass y un ShaderPass mío que lee tDiffuse y también la textura de profundidad del render target. ¿Qué estoy haciendo mal?"""),
        _u(
            "soy profe de geografía y quiero enseñar las placas tectónicas con un globo 3d que se pueda girar en la pizarra digital, qué necesito para la parte 3d"
        ),
        _u(
            "El anillo de oro del visor se ve amarillo plástico. ¿Qué le falta al material para que parezca metal de verdad?"
        ),
        _u(
            "como hago un efecto de lluvia en la ventana, gotas resbalando sobre el cristal, en un shader para el fondo de mi web"
        ),
        _u("mi juego de naves en three.js: las explosiones se ven como bolas naranjas sin gracia"),
        _u(
            "Necesito que las letras del logo 3D tengan un borde biselado y brillen al pasar la luz, ¿cómo lo hago en el navegador?"
        ),
        _u("en r3f cómo hago que un objeto siempre mire a la cámara, tipo cartel"),
        _u("las hojas de los árboles se ven negras por detrás cuando la luz viene de atrás"),
        _u(
            "Quiero mostrar la ruta de un maratón sobre un terreno 3D con relieve real, con un punto que avance según el tiempo del corredor."
        ),
        _u(
            "webgl puro sin librerías: cómo dibujo muchas copias del mismo cubo con instanced arrays"
        ),
        _u(
            "se puede hacer que el suelo de la escena refleje como un charco solo en algunas zonas, con una máscara?"
        ),
        _u(
            "¿Qué significa que una textura tenga mipmaps y por qué mi suelo se ve borroso de lejos?"
        ),
        _u(
            "En el tour virtual de la bodega, las barricas se ven todas iguales y repetidas, cómo le doy variedad sin cargar más modelos"
        ),
        _u("babylon: el agua del lago no refleja las montañas, solo el cielo"),
        _u(
            "Busco un efecto de partículas para la portada: que el logo se deshaga en polvo al hacer scroll y se vuelva a formar al subir."
        ),
        _u(
            "cómo se hace un raycast desde el centro de la pantalla para un juego en primera persona en three"
        ),
        _u(
            "quiero un cielo estrellado de fondo que gire muy lento, con alguna estrella fugaz de vez en cuando"
        ),
        _m(
            "Estoy haciendo un visor de fachadas y quiero que al pasar el ratón por una ventana se vea en otro color.",
            "Si cada ventana es un mesh: raycast en `pointermove` y cambia el color del material clonado. Si la fachada es un solo mesh, guarda un atributo `windowId` por vértice y pásale al shader un uniform `uHovered` para pintar solo esa ventana.",
            "es un solo mesh, pásame el shader",
        ),
        _m(
            "¿Cómo hago un efecto de ondas cuando el usuario toca el agua en la pantalla?",
            "Simula una malla de alturas en dos render targets (ping-pong): cada frame calculas la nueva altura a partir de los vecinos y la anterior, y en el toque sumas un impulso. Luego usas esa textura para desplazar la normal del agua al renderizar.",
            "y que las ondas se apaguen más rápido",
        ),
        _m(
            "Mi modelo de dron tiene hélices y quiero que giren.",
            "Localiza las hélices por nombre (`gltf.scene.getObjectByName('Helice_1')`) y en el bucle `helice.rotation.y += velocidad * delta`. Si giran descentradas, el origen de la hélice no está en su eje: corrígelo en Blender.",
            "a alta velocidad parece que van para atrás",
            "Es el efecto estroboscópico: a ciertas velocidades la rotación por frame se acerca a la simetría de las palas. Pasado un umbral de velocidad, cambia el modelo de las palas por un disco semitransparente con desenfoque radial.",
            "el disco ese cómo lo hago",
        ),
        _m(
            "En Babylon quiero que la cámara no se meta dentro de las paredes del museo.",
            "Activa colisiones: `scene.collisionsEnabled = true`, `camera.checkCollisions = true`, `camera.ellipsoid = new Vector3(0.5, 0.9, 0.5)` y `pared.checkCollisions = true` en cada muro.",
            "ahora se atasca en las esquinas de las puertas",
        ),
        _m(
            "Tengo una gráfica 3D de superficie con datos de temperatura y no se aprecia el relieve.",
            "Añade iluminación direccional rasante y `computeVertexNormals()`, colorea por altura con una paleta tipo viridis y dibuja curvas de nivel en el fragment shader con `fract(altura * n)`.",
            "las curvas de nivel salen gruesas en unas zonas y finas en otras",
        ),
        _m(
            "en three.js como pongo un video en la pantalla de un televisor del modelo",
            "Crea un `<video>` con `muted`, `loop` y `playsInline`, haz `video.play()`, y asigna `new THREE.VideoTexture(video)` al `map` del material de la pantalla. Marca `colorSpace = THREE.SRGBColorSpace`.",
            "sale al revés y oscuro",
        ),
        _m(
            "Quiero un efecto de profundidad de campo en la vitrina de relojes, que el fondo quede borroso.",
            "Con postprocessing: `BokehPass` en three.js o `<DepthOfField focusDistance={0} focalLength={0.02} bokehScale={3} />` en r3f. Enfoca al reloj calculando su distancia a la cámara.",
            "cuando roto el reloj se desenfoca",
        ),
        _m(
            "Estoy haciendo un juego de mini golf en el navegador.",
            "Para el 3D: césped con una textura de detalle y ligero `roughness`, la pelota con `MeshPhysicalMaterial` blanco y `clearcoat`, sombras suaves de una `DirectionalLight`, y una línea de apuntado con `Line2` que se alarga según la fuerza.",
            "la línea de apuntado que sea discontinua y animada",
        ),
        _m(
            "¿Cómo se hacen esos fondos de puntos conectados por líneas que se mueven en 3D?",
            "Genera N puntos con velocidades aleatorias dentro de una caja. Cada frame, para cada par a menos de cierta distancia, añade un segmento a un `LineSegments` con opacidad según la distancia. Para muchos puntos usa una rejilla espacial para no comparar todos con todos.",
            "que se acerquen al ratón",
        ),
        _m(
            "me pasaron un modelo .obj con .mtl y sale sin texturas en three",
            "Carga primero el `.mtl` con `MTLLoader`, llama a `materials.preload()` y pásalo al `OBJLoader` con `setMaterials(materials)`. Comprueba que las rutas de las imágenes dentro del .mtl sean relativas a la carpeta correcta (`setPath`).",
            "vale ya salen pero todo muy brillante",
        ),
        _s(
            "Eres el asistente de una inmobiliaria que publica visitas 3D de pisos. Habla de forma sencilla.",
            "en la visita del ático se ve la terraza con el cielo blanco quemado y no se ve la vista, se puede arreglar?",
        ),
        _s(
            "Eres un asistente de código integrado en el IDE. Repositorio: configurador de bicicletas con React Three Fiber.",
            "cuando cambio de sillín el modelo nuevo aparece un segundo en el origen antes de colocarse en el cuadro",
        ),
        _s(
            "Eres tutor de un bootcamp de desarrollo de videojuegos web.",
            "¿Cómo hago que los enemigos que están lejos se dibujen con menos detalle?",
            "Eso es LOD (nivel de detalle). En three.js: `const lod = new THREE.LOD(); lod.addLevel(altoDetalle, 0); lod.addLevel(medio, 30); lod.addLevel(bajo, 80);` y en el bucle `lod.update(camera)`.",
            "y si son 500 enemigos instanciados",
        ),
        _s(
            "Asistente interno del equipo de marketing de una marca de cosméticos.",
            "el frasco de perfume en 3D de la landing se ve opaco, como de plástico gris. queremos que parezca cristal con el líquido rosa dentro",
        ),
        _s(
            "Eres un asistente útil.",
            "estoy aprendiendo webgl y no entiendo por qué tengo que dibujar dos triángulos para hacer un cuadrado",
        ),
        _u("""Tengo este código para la cámara en primera persona en Babylon y al girar con el ratón la vista da saltos:

const cam = new BABYLON.UniversalCamera("cam", new BABYLON.Vector3(0, 1.7, -5), scene);
cam.attachControl(canvas, true);
cam.angularSensibility = 200;
cam.inertia = 0;
canvas.addEventListener("click", () => canvas.requestPointerLock());
scene.registerBeforeRender(() => {
  cam.rotation.x = Math.max(-1.4, Math.min(1.4, cam.rotation.x));
});

En Chrome con ratón gaming de 1000 Hz es peor. ¿Qué ajusto?"""),
        _u("""Os paso la memoria de la GPU según el inspector de Babylon en nuestro configurador de casas prefabricadas:

Texturas: 1.180 MB
  - fachada_albedo 8192x8192 x 6 variantes
  - tejado_normal 8192x8192 x 4
  - suelo_* 4096x4096 x 22
Geometría: 210 MB
Render targets: 96 MB

En iPhone se recarga la página sola al cambiar dos o tres veces de fachada. ¿Cómo reducimos esto sin que se note la pérdida de calidad?"""),
        _u("""Este es mi fragment shader de un holograma y en Safari sale todo negro, en Chrome bien:

#version 300 es
precision mediump float;
in vec3 vNormal;
in vec3 vView;
uniform float uTime;
out vec4 color;
void main(){
  float f = pow(1.0 - dot(vNormal, vView), 2.0);
  float lineas = step(0.5, fract(gl_FragCoord.y * 0.25 - uTime));
  color = vec4(vec3(0.2, 0.8, 1.0) * (f + lineas * 0.3), f);
}

¿Qué puede ser diferente en Safari?"""),
        _u("""Requisitos que nos pasó el ayuntamiento para el visor 3D del casco histórico:

- Modelo fotogramétrico de 40 manzanas (tiles 3D, unos 6 GB en total)
- Navegación libre y vuelo a monumentos desde un menú
- Mostrar la sombra de los edificios a cualquier hora del año
- Capas: zonas peatonales, paradas de bus, obras
- Debe ir en móviles de gama media

¿Cómo se cargan modelos tan grandes por partes en el navegador y cómo meto las sombras por hora sobre una malla fotogramétrica?"""),
        _u("""Error al crear la textura en WebGPU:

Uncaught GPUValidationError: Texture usage (TextureUsage::(CopyDst|TextureBinding)) doesn't include TextureUsage::RenderAttachment.
 - While validating colorAttachments[0].
 - While validating render pass descriptor.

const sceneTex = device.createTexture({
  size: [w, h],
  format: 'rgba16float',
  usage: GPUTextureUsage.COPY_DST | GPUTextureUsage.TEXTURE_BINDING,
});

Quiero renderizar la escena a esta textura y luego usarla en un pase de bloom. ¿Qué usos tengo que poner?"""),
    ],
    "de": [
        _u(
            "wie bekomme ich in three.js weiche schatten hin, meine sehen aus wie mit der schere ausgeschnitten"
        ),
        _u(
            "Wir verkaufen Gartenhäuser und möchten, dass Kunden das Häuschen im Browser von allen Seiten anschauen und das Dach umfärben können. Wie aufwendig ist so ein 3D-Viewer ungefähr?"
        ),
        _u(
            "Mein Würfel in WebGL ist innen sichtbar, wenn die Kamera nah rangeht – also man sieht plötzlich durch die Wand. Was ist das?"
        ),
        _u(
            "Kann mir jemand erklären, was ein Vertex-Shader macht und was ein Fragment-Shader? Ich komme aus dem 2D-Design."
        ),
        _u(
            "react three fiber: wie baue ich einen Button in die 3D-Szene, der immer zur Kamera schaut"
        ),
        _u(
            "die Glaskugel im Produktbild soll wie echtes Glas aussehen mit Brechung, nicht nur halb durchsichtig"
        ),
        _u(
            "Unsere Messe-Animation (Logo dreht sich in 3D, Partikel fliegen drumherum) ruckelt auf dem großen Touchscreen am Stand. Wo fange ich mit der Fehlersuche an?"
        ),
        _u("Babylon.js GUI: wie mache ich ein Namensschild über jedem Spieler, das mitwandert"),
        _u(
            "Ich brauche einen Post-Processing-Effekt, der das Bild wie einen alten Röhrenfernseher aussehen lässt, Scanlines und leicht gewölbt."
        ),
        _u("Warum flackern meine Texturen in der Ferne so, wie so ein Moiré-Muster auf dem Boden?"),
        _u("wie zeichne ich in three.js eine dicke linie, linewidth macht bei mir gar nix"),
        _u(
            "Für unser Stadtwerke-Dashboard wollen wir das Leitungsnetz als 3D-Röhren unter der Straße zeigen, mit durchsichtigem Boden. Wie macht man den Boden halbtransparent, ohne dass alles komisch übereinander liegt?"
        ),
        _u("Was bringt mir instancing eigentlich, wenn ich 20.000 gleiche Bäume rendern will?"),
        _u("webgpu compute shader um partikel zu bewegen, minimalbeispiel bitte"),
        _u(
            "Das Auto im Konfigurator spiegelt sich nicht im nassen Boden. Geht das ohne Raytracing?"
        ),
        _m(
            "Ich will eine Wolke aus Punkten, die sich langsam wie ein Schwarm bewegt.",
            "Leg die Positionen in ein `BufferAttribute` und bewege sie im Vertex-Shader mit Curl-Noise über die Zeit: `pos += curlNoise(pos * 0.3 + uTime * 0.1) * 0.5;`. So bleibt die CPU frei und es sehen tausende Punkte flüssig aus.",
            "und wenn die Maus drübergeht sollen sie ausweichen",
        ),
        _m(
            "Wie kriege ich in Babylon einen Himmel mit Sonne hin?",
            "Nimm das `SkyMaterial` aus den Babylon Materials: eine große Box mit `skyMaterial.inclination` und `azimuth` für den Sonnenstand, `luminance` und `turbidity` für die Stimmung. Setz `infiniteDistance = true` auf die Box.",
            "und Sonnenuntergang animiert?",
        ),
        _m(
            "ich hab ein glb von nem Roboterarm, die Gelenke sollen sich per Slider drehen lassen",
            "Hol dir die Knochen oder Unterobjekte per Name: `const schulter = gltf.scene.getObjectByName('Shoulder');` und setz im Slider-Handler `schulter.rotation.z = THREE.MathUtils.degToRad(wert)`. Prüf vorher in Blender, dass die Pivots an den Gelenken sitzen.",
            "der Unterarm dreht sich um den falschen Punkt",
        ),
        _m(
            "Schreib mir einen Fragment-Shader für einen Farbverlauf von oben nach unten.",
            "```glsl\nvarying vec2 vUv;\nuniform vec3 uTop;\nuniform vec3 uBottom;\nvoid main(){\n  gl_FragColor = vec4(mix(uBottom, uTop, vUv.y), 1.0);\n}\n```",
            "jetzt mit drei Farben",
        ),
        _m(
            "In unserem 3D-Lagerplan soll man Regale anklicken können.",
            "Raycaster auf `pointerdown`, `intersectObjects(regale, true)` und über `hit.object.userData.regalId` die ID auslesen. Wenn die Regale instanziert sind, bekommst du `hit.instanceId` zurück.",
            "sind instanced, wie färbe ich dann nur das eine ein",
        ),
        _m(
            "Mein Tonemapping ist aus, die Szene wirkt knallig und die hellen Stellen brennen aus.",
            "Setz `renderer.toneMapping = THREE.ACESFilmicToneMapping` und `renderer.toneMappingExposure = 1.0`. Dann Lichtstärken nachjustieren, weil ACES etwas abdunkelt.",
            "AgX wäre besser?",
        ),
        _m(
            "Ich mach eine 3D-Visualisierung von Aktienkursen als Balken-Landschaft.",
            "Pro Tag und Aktie ein Balken: ein `InstancedMesh` mit `BoxGeometry`, Höhe über die Instanzmatrix skalieren, Farbe per `setColorAt` nach Gewinn/Verlust. Kamera mit `OrbitControls`.",
            "die balken sollen beim laden hochwachsen",
        ),
        _m(
            "Hab einen Raymarcher in GLSL, die Kugel ist da, aber ohne Licht.",
            "Berechne die Normale über den Gradienten der Distanzfunktion:\n```glsl\nvec3 n = normalize(vec3(\n  map(p+vec3(e,0,0))-map(p-vec3(e,0,0)),\n  map(p+vec3(0,e,0))-map(p-vec3(0,e,0)),\n  map(p+vec3(0,0,e))-map(p-vec3(0,0,e))));\nfloat diff = max(dot(n, normalize(lightDir)), 0.0);\n```",
            "schatten auch noch",
        ),
        _m(
            "Ich hab ein Treppenhaus-Modell und will einen Schnitt durch das Gebäude zeigen.",
            "Nutze Clipping Planes: `renderer.localClippingEnabled = true;` und im Material `clippingPlanes: [new THREE.Plane(new THREE.Vector3(0,-1,0), hoehe)]`. Die Höhe kannst du per Slider verschieben.",
            "die schnittkante ist hohl, kann man die füllen",
        ),
        _m(
            "wie mache ich in r3f eine Kamera, die beim Scrollen durch die Szene fährt",
            "Mit `ScrollControls` aus drei: `<ScrollControls pages={4}>` um die Szene, dann in einer Komponente `const scroll = useScroll()` und in `useFrame` `camera.position.lerpVectors(start, ende, scroll.offset)`.",
            "auf dem iPhone hakt das",
        ),
        _m(
            "Welche Lichtquellen brauche ich für eine Produktaufnahme-Optik, also wie im Fotostudio?",
            "Klassisches Drei-Punkt-Licht: ein starkes Key Light schräg vorne (`SpotLight` oder `DirectionalLight`), ein schwächeres Fill Light von der anderen Seite und ein Rim Light von hinten für die Kontur. Dazu eine Studio-HDRI als `scene.environment` für die Reflexionen.",
            "und ein weicher Boden mit Schattenverlauf",
        ),
        _s(
            "Du bist der Support-Assistent von Raumwerk, einem Online-Planer für Einbauküchen. Antworte freundlich und ohne Fachchinesisch.",
            "Wenn ich meine Küche drehe, verschwinden manchmal Schränke für einen Moment und tauchen dann wieder auf. Ist mein Laptop zu alt?",
        ),
        _s(
            "Du bist ein Coding-Agent im Editor des Nutzers. Projekt: Babylon.js-Spiel in TypeScript.",
            "die Fackeln im Dungeon sollen flackern, mach das Licht in src/level/torch.ts lebendiger",
        ),
        _s(
            "Du bist Tutor an einer Fachhochschule im Modul Computergrafik. Gib Hinweise statt fertiger Lösungen.",
            "Aufgabe ist Normal Mapping im Tangentenraum, meine Beleuchtung dreht sich aber mit dem Objekt mit. Wo könnte der Fehler sein?",
        ),
        _s(
            "Interner Assistent für das Web-Team eines Automobilzulieferers.",
            "Für die Händler-Website soll der neue Sitz in 3D drehbar sein. Das CAD-Modell hat 14 Mio. Dreiecke. Wie kriegen wir das webtauglich?",
        ),
        _s(
            "Du bist ein hilfsbereiter Assistent.",
            "Ich will für meine Tochter ein kleines Browser-Spiel bauen: ein Sonnensystem, bei dem die Planeten um die Sonne kreisen und man reinzoomen kann. Womit fange ich an?",
            "Mit three.js: eine Sonne als `Mesh` mit `MeshBasicMaterial` und einer `PointLight` in der Mitte, jeder Planet in einer eigenen `Group`, die du pro Frame drehst – so kreist der Planet um die Sonne. `OrbitControls` zum Zoomen.",
            "der Saturn braucht noch Ringe",
        ),
        _s(
            "Du bist der Chatbot eines Online-Shops für Brillen mit virtueller Anprobe.",
            "Die Brillengläser in der 3D-Ansicht sehen milchig aus statt klar. Könnt ihr das beheben, oder liegt das an meinem Handy?",
        ),
        _u("""Bei uns hängt der Browser-Tab nach ein paar Minuten im 3D-Viewer, Konsole zeigt:

WebGL: CONTEXT_LOST_WEBGL: loseContext: context lost
THREE.WebGLRenderer: Context Lost.

Wir laden bei jedem Produktwechsel ein neues Modell:

async function zeigeProdukt(url) {
  const gltf = await loader.loadAsync(url);
  szene.clear();
  szene.add(licht, gltf.scene);
}

Passiert vor allem nach 15–20 Produktwechseln. Was geben wir da nicht frei?"""),
        _u("""Meine Schatten haben diese Streifen (Shadow Acne) überall auf dem Boden. Konfiguration:

const sonne = new THREE.DirectionalLight(0xffffff, 3);
sonne.position.set(50, 80, 30);
sonne.castShadow = true;
sonne.shadow.mapSize.set(1024, 1024);
sonne.shadow.camera.left = -200;
sonne.shadow.camera.right = 200;
sonne.shadow.camera.top = 200;
sonne.shadow.camera.bottom = -200;
sonne.shadow.camera.far = 500;

Die Szene ist eigentlich nur 40 x 40 Meter groß. Was würdet ihr ändern?"""),
        _u("""Fehlermeldung beim Start unserer WebGPU-Visualisierung auf einem Firmenlaptop:

Uncaught TypeError: Cannot read properties of null (reading 'requestDevice')
    at init (main.ts:12:34)

Zeile 12: const device = await (await navigator.gpu.requestAdapter()).requestDevice();

Auf meinem privaten Rechner läuft es. Firmenlaptop: Windows 10, Intel UHD 620, Chrome 121. Wie fange ich das sauber ab und falle auf WebGL zurück?"""),
        _u("""Lastenheft-Auszug für unseren virtuellen Showroom, bitte aus Grafiksicht bewerten:

1. 12 Fahrzeuge gleichzeitig sichtbar, je ca. 800k Dreiecke
2. Echtzeit-Reflexionen auf Lack und Boden
3. Tageszeit per Slider (Sonnenstand, Farbe des Himmels)
4. Läuft auf iPad ab 2020 mit mind. 30 fps
5. Kein Plugin, nur Browser

Was ist davon realistisch mit WebGL2, und wo müssen wir tricksen (z. B. gebackene Reflexionen, LODs)?"""),
        _u("""Ich bekomme beim Laden der Textur das hier:

THREE.WebGLRenderer: Texture has been resized from (3000x2000) to (2048x1024).
WebGL: INVALID_VALUE: texImage2D: no canvas

und das Bild auf der Würfelseite ist verzerrt. Ist das schlimm mit dem Resize, und wie muss ich die Texturen vorbereiten, damit sie auf alten Geräten sauber aussehen?"""),
        _u(
            "ich bin Lehrerin und will im Physikunterricht ein 3D-Modell vom Atom zeigen, wo die Elektronen um den Kern kreisen, im Browser zum Drehen. Wie bekomme ich das hin?"
        ),
        _u(
            "Die Holzmaserung am Esstisch in unserem 3D-Shop sieht verwaschen aus, sobald man näher ranzoomt. Liegt das an der Textur oder an den Einstellungen?"
        ),
        _u(
            "wie mach ich so nen shader wo sich zwei bilder mit welleneffekt ineinander überblenden"
        ),
        _u(
            "Unser Escape-Room-Spiel im Browser: die Taschenlampe soll einen Lichtkegel werfen und der Rest bleibt dunkel"
        ),
        _u(
            "Kann man in three.js Schatten nur einmal berechnen, wenn sich in der Szene nichts bewegt? Das Haus ist ja statisch."
        ),
        _u("r3f: Modell mit useGLTF laden und nur ein Teil davon anzeigen, z.B. nur das Rad"),
        _u(
            "bei mir sind die Kanten von dünnen Stangen (Geländer) am Balkon total flimmerig beim Drehen"
        ),
        _u(
            "Wie erzeuge ich prozedurale Wolken im Fragment-Shader, die langsam über den Himmel ziehen?"
        ),
        _u("WebGPU: wie lese ich das Ergebnis eines Compute-Shaders zurück in JavaScript"),
        _u(
            "Wir wollen auf der Vereinsseite unseren Segelflugplatz als 3D-Gelände zeigen, mit Geländehöhen von OpenTopography. Geht das ohne Profi?"
        ),
        _u(
            "Babylon.js: wie stelle ich ein, dass Objekte hinter Glas leicht verzerrt aussehen, also Refraktion"
        ),
        _u(
            "Schattenwurf von Bäumen auf einer Hauswand in Echtzeit ist sehr teuer bei mir, gibt's Tricks"
        ),
        _u(
            "In meinem Weltraumspiel soll der Schutzschild beim Treffer an der Einschlagstelle aufleuchten, nicht überall."
        ),
        _u(
            "wieso sieht mein HDRI-Hintergrund im Browser so matschig und unscharf aus, obwohl die Datei 4k ist"
        ),
        _u(
            "Was ist der Unterschied zwischen einem OrthographicCamera und PerspectiveCamera, und welche nehme ich für eine isometrische Stadtansicht?"
        ),
        _u(
            "Partikel-Feuerwerk mit WebGL, das auch auf dem Handy von meinem Opa läuft, der hat ein altes Samsung"
        ),
        _m(
            "Wie mache ich in three.js einen Ozean, der wie echtes Wasser aussieht?",
            "Nimm `Water` aus `three/examples/jsm/objects/Water.js`: ein großes Plane, eine Normal-Map für die Wellen, Sonnenrichtung und `distortionScale` setzen, dazu `Sky` für den Himmel. Im Loop `water.material.uniforms.time.value += delta`.",
            "die wellen sind zu klein, sieht aus wie ein teich",
        ),
        _m(
            "Ich hab ein 3D-Modell von einer Uhr, die Zeiger sollen die echte Uhrzeit zeigen.",
            "Hol dir die Zeiger per Name und setz im Loop die Rotation aus `new Date()`: Stundenzeiger `-(h % 12 + m / 60) / 12 * 2 * Math.PI`, Minutenzeiger `-(m + s / 60) / 60 * 2 * Math.PI`. Achte auf die richtige Drehachse (meist z).",
            "Sekundenzeiger soll springen wie bei einer Bahnhofsuhr",
        ),
        _m(
            "Meine Szene hat 30 Lampen im Innenraum und läuft mit 15 fps.",
            "Viele Echtzeit-Lichter sind im Forward-Rendering teuer. Back die statische Beleuchtung in Lightmaps (in Blender) und nutze nur 1–2 dynamische Lichter für bewegte Objekte. Lampenschirme bekommen ein emissives Material, das über Bloom leuchtet.",
            "und wenn der Nutzer das Licht an und aus schalten soll",
        ),
        _m(
            "GLSL: ich brauche einen Farbverlauf über einen Regenbogen, der sich bewegt",
            "Mit HSV geht das am einfachsten:\n```glsl\nvec3 hsv2rgb(vec3 c){\n  vec3 p = abs(fract(c.xxx + vec3(0., 2./3., 1./3.)) * 6. - 3.);\n  return c.z * mix(vec3(1.), clamp(p - 1., 0., 1.), c.y);\n}\nvoid main(){ gl_FragColor = vec4(hsv2rgb(vec3(vUv.x + uTime * 0.1, 0.8, 1.0)), 1.0); }\n```",
            "pastellig bitte",
        ),
        _m(
            "Mein Babylon-Charakter soll auf unebenem Gelände laufen und die Füße sollen richtig aufsetzen.",
            "Dafür brauchst du Inverse Kinematik: Babylon hat `BoneIKController`. Pro Fuß einen Raycast nach unten, Zielpunkt auf den Boden setzen und den IK-Controller das Bein beugen lassen. Das Becken um die Differenz absenken.",
            "muss das jeden Frame laufen? das wird teuer",
        ),
        _m(
            "Ich will eine 3D-Grafik mit den Temperaturen der letzten 100 Jahre als Spirale.",
            "Jeder Monat ein Punkt auf einer Spirale: Winkel = Monat, Radius = Temperaturabweichung, Höhe = Jahr. Verbinde sie mit `Line2` und färbe per Vertex von blau nach rot. Mit `OrbitControls` kann man drumherum fliegen.",
            "Jahreszahlen an der Seite",
        ),
        _m(
            "Im Konfigurator soll man den Wagen von innen sehen können.",
            "Setz die Kamera auf den Fahrersitz, begrenze `OrbitControls` (`minDistance = maxDistance = 0.01`, nur Rotation) oder nutze ein eigenes Look-around mit `rotation.order = 'YXZ'`. Die Innenraum-Beleuchtung vorher backen, sonst ist es zu dunkel.",
            "Übergang von außen nach innen soll flüssig sein",
        ),
        _m(
            "Der Text auf meinen 3D-Schildern ist unscharf.",
            "Nutze SDF-Text (troika-three-text oder `<Text>` in drei): der bleibt in jeder Entfernung scharf, statt Canvas-Texturen, die beim Ranzoomen matschig werden.",
            "mit dem Text kriege ich keine Umlaute angezeigt",
        ),
        _m(
            "In meinem Voxelspiel sieht man an den Kanten der Blöcke feine Linien.",
            "Das sind meist Texture-Bleeding-Artefakte aus dem Atlas oder T-Junctions. Gib jedem Atlas-Tile 1–2 Pixel Rand mit wiederholten Randpixeln, schalte Mipmaps passend ab oder nutze ein `TEXTURE_2D_ARRAY` statt Atlas.",
            "texture array in three.js wie",
        ),
        _m(
            "Wie kriege ich Umgebungsverdeckung in meine Szene, damit Ecken dunkler werden?",
            "Entweder gebacken (AO-Map aus Blender, als `aoMap` mit zweitem UV-Set) oder in Echtzeit per SSAO/GTAO im Postprocessing. Für statische Szenen ist gebacken schöner und billiger.",
            "die ao map wird bei mir ignoriert",
        ),
        _m(
            "wie bekomme ich in WebGL die Mausposition in 3D-Koordinaten auf dem Boden",
            "Normiere die Mauskoordinaten auf -1..1, `raycaster.setFromCamera(maus, kamera)` und schneide mit einer Ebene: `raycaster.ray.intersectPlane(new THREE.Plane(new THREE.Vector3(0,1,0), 0), ziel)`.",
            "auf hügeligem Gelände?",
        ),
        _s(
            "Du bist der Assistent von Bühnenbild3D, einer Web-App, in der Theater ihre Bühnenbilder planen. Antworte ohne Fachbegriffe.",
            "Wenn ich einen Scheinwerfer auf die Bühne stelle, wird der Boden nicht heller, nur die Wand hinten",
        ),
        _s(
            "Du bist ein KI-Programmierassistent in der IDE. Projekt: Babylon.js-Viewer für Maschinenbau-Baugruppen.",
            "die explosionsansicht funktioniert, aber die Teile fliegen alle in dieselbe Richtung statt vom Zentrum weg",
        ),
        _s(
            "Du bist Support-Bot für die Lernplattform eines Informatik-Gymnasiums.",
            "bei der Aufgabe mit dem rotierenden Würfel dreht sich bei mir der Würfel um die Ecke statt um die Mitte",
            "Das passiert, wenn die Geometrie nicht um den Ursprung zentriert ist. Entweder `geometry.center()` aufrufen oder den Würfel in eine `Group` packen, ihn darin verschieben und die Gruppe drehen.",
            "und wenn er um eine Kante kippen soll wie beim Würfeln",
        ),
        _s(
            "Interner Assistent im Entwicklerteam einer Immobilien-Plattform.",
            "Die 3D-Grundrisse sollen nachts in Dunkelmodus eine Beleuchtung haben, als wären die Lampen an. Wie bauen wir das ohne dass es bei 50 Räumen einbricht?",
        ),
        _s(
            "Du bist ein freundlicher Assistent.",
            "ich baue ein kleines 3D-Labyrinth im Browser und die Wände sehen alle gleich grau aus, man verliert die Orientierung",
        ),
        _u("""Nach dem Update auf three r160 sind alle unsere Modelle zu dunkel. Vorher:

renderer.outputEncoding = THREE.sRGBEncoding;
renderer.physicallyCorrectLights = true;
const licht = new THREE.PointLight(0xffffff, 2, 50);
texture.encoding = THREE.sRGBEncoding;

Jetzt gibt die Konsole aus:
THREE.WebGLRenderer: .outputEncoding has been removed. Use .outputColorSpace instead.
THREE.WebGLRenderer: The property .physicallyCorrectLights has been removed. Set renderer.useLegacyLights instead.

Wie migriere ich das sauber, sodass die Helligkeit wieder stimmt?"""),
        _u("""Unser 3D-Stadtmodell, Auswertung aus dem Performance-Monitor:

Gebäude: 48.000 Meshes, einzeln geladen aus GeoJSON extrudiert
Draw Calls: ~48.100
FPS: 4 (Desktop mit RTX 3060)
Speicher JS-Heap: 1,9 GB

Jedes Gebäude bekommt sein eigenes MeshLambertMaterial, weil wir die Farbe nach Baujahr setzen. Wie würdet ihr das umbauen (Merging, Vertexfarben, Tiles?), damit man flüssig über die Stadt fliegen kann?"""),
        _u("""Mein Partikelsystem in WebGL2 mit Transform Feedback, die Partikel bleiben einfach stehen:

gl.bindBuffer(gl.ARRAY_BUFFER, bufA);
gl.vertexAttribPointer(0, 3, gl.FLOAT, false, 0, 0);
gl.bindTransformFeedback(gl.TRANSFORM_FEEDBACK, tf);
gl.bindBufferBase(gl.TRANSFORM_FEEDBACK_BUFFER, 0, bufA);
gl.enable(gl.RASTERIZER_DISCARD);
gl.beginTransformFeedback(gl.POINTS);
gl.drawArrays(gl.POINTS, 0, anzahl);
gl.endTransformFeedback();

Keine Fehlermeldung, aber auch keine Bewegung. Lese und schreibe ich in denselben Buffer?"""),
        _u("""Kundenwunsch für den Produktviewer (Kaffeevollautomat):

- Milchschaum soll realistisch aussehen, wenn man die Tasse im 3D-Modell anklickt
- Dampf steigt aus der Tasse
- Chromteile sollen die Küche spiegeln, in der das Gerät steht
- Display des Automaten zeigt eine kleine Animation
- Start auf dem Handy in unter 3 Sekunden

Welche Rendering-Techniken nehmen wir jeweils (Partikel, Shader, Envmap, Videotextur) und was ist der größte Performance-Brocken?"""),
        _u("""Shader-Fehler nur auf Android (Mali-GPU):

ERROR: 0:23: 'highp' : precision is not supported in fragment shader
ERROR: 0:31: '' : compilation terminated

Zeile 23: uniform highp float uZeit;
Zeile 31: highp vec2 p = vUv * 1000.0 + uZeit;

Auf Desktop läuft es. Die Rechnung mit großen Werten brauche ich aber für das Rauschen, sonst wird es klötzchenhaft. Was kann ich tun?"""),
    ],
    "zh": [
        _u("three.js 里怎么让模型自己慢慢转，鼠标拖的时候停下来"),
        _u(
            "我们是做家具电商的，老板想在商品页放一个可以360度转着看的沙发，还要能换布料颜色，这个3D部分大概怎么做？"
        ),
        _u("为什么我的模型加载出来是全黑的，加了灯也没用"),
        _u(
            "想做一个数字孪生的工厂大屏，设备用3D模型摆出来，温度高的设备要变红闪烁，前端渲染这块用three.js还是Babylon好"
        ),
        _u("GLSL里怎么写一个从中心往外扩散的波纹效果"),
        _u("手机上打开我们的3D展厅特别卡，电脑上没事，一般先查哪些地方"),
        _u("r3f 怎么给场景加后处理的景深效果，背景虚化那种"),
        _u("请问WebGPU和WebGL到底有什么区别？我做的是粒子特效，值得换吗"),
        _u("做了个地球，但是夜晚那一面想显示城市灯光，白天那一面不显示，怎么弄"),
        _u("模型边缘全是锯齿，antialias 已经开了还是有"),
        _u("three.js 怎么给一个物体描边，选中的时候用"),
        _u("我想在网页里做一个3D的抽奖转盘，奖品是立体的卡片，转起来有光影，从哪开始"),
        _u("babylon 加载 gltf 以后动画不播放是什么原因"),
        _u("烟雾效果怎么做比较省性能？要在一个小地图上有几处冒烟的烟囱"),
        _u("透明的玻璃杯后面的物体有时候不显示，转个角度又出来了"),
        _m(
            "粒子太多了，五万个就掉帧",
            "别每个粒子一个 Mesh。把所有粒子放进一个 `BufferGeometry` 用 `THREE.Points` 画，位置更新放到顶点着色器里用时间算，CPU 这边每帧不动数组，就能轻松上到几十万。",
            "那粒子要有生命周期，出生死亡怎么办",
        ),
        _m(
            "我在做一个3D的楼盘展示，想让太阳的位置随时间变化看日照。",
            "用一个 `DirectionalLight` 当太阳，根据时间和纬度算太阳高度角和方位角，再换成光源位置。打开 `castShadow`，把阴影相机的范围收紧到楼盘区域，阴影会清楚很多。",
            "冬至那天的怎么算",
        ),
        _m(
            "shader 里 uv 是什么意思，为什么是0到1",
            "UV 是贴图坐标：告诉每个顶点对应贴图上的哪个位置。U 是水平方向，V 是竖直方向，统一用 0 到 1 表示，这样不管贴图是 512 还是 4096 像素，坐标都一样。在片元着色器里 `texture2D(map, vUv)` 就是按这个坐标取颜色。",
            "那贴图重复铺满地面呢",
        ),
        _m(
            "帮我写个WGSL的顶点着色器，把平面弄成起伏的山",
            "```wgsl\n@group(0) @binding(0) var<uniform> mvp: mat4x4f;\n@vertex fn vs(@location(0) p: vec3f) -> @builtin(position) vec4f {\n  let h = sin(p.x * 0.5) * cos(p.z * 0.5) * 2.0;\n  return mvp * vec4f(p.x, h, p.z, 1.0);\n}\n```",
            "颜色按高度变，低的绿高的白",
        ),
        _m(
            "我的3D图表用three.js画的柱状图，想加坐标轴文字。",
            "文字可以用 `CSS2DRenderer` 叠在画布上，跟着3D位置走，清晰而且好改样式；要跟场景一起被遮挡的话就用 troika-three-text 生成网格文字。",
            "用CSS2D的话转到背面文字还在，很怪",
        ),
        _m(
            "Babylon.js 里怎么做一个水面？",
            "用 `WaterMaterial`（materials 库）：给一个大平面，设置 `bumpTexture` 做波纹，`windForce`、`waveHeight` 调浪，然后把要倒映的物体 `addToRenderList`。",
            "性能有点吃不消，手机上",
        ),
        _m(
            "模型太大了 60MB，网页加载很慢",
            "先用 gltf-transform 做优化：`gltf-transform optimize in.glb out.glb --compress meshopt --texture-compress webp`，一般能压到十分之一。再把贴图分辨率降到 2K 以内，看不见的内部零件删掉。",
            "压完以后有些面变花了",
        ),
        _m(
            "我想在页面滚动的时候，3D的手机模型跟着转过来展示背面。",
            "监听滚动进度（0~1），在渲染循环里 `phone.rotation.y = THREE.MathUtils.lerp(0, Math.PI, progress)`。用 GSAP ScrollTrigger 的话可以直接把 rotation 绑定到 scrub 上，更顺滑。",
            "转的时候再加点上下浮动",
        ),
        _m(
            "在做一个赛车小游戏，车速快的时候想要那种动态模糊的感觉。",
            "全屏动态模糊比较贵，可以先用便宜的方案：速度快时给相机加一点 FOV（比如从 60 拉到 75），再加一个径向模糊的后处理 pass，中心清楚四周糊，速度感就出来了。",
            "径向模糊的shader给一下",
        ),
        _s(
            "你是「云展」平台的客服助手，这个平台帮企业在网页上做3D线上展厅。回答要简单易懂。",
            "我们上传的展台模型地板上的logo是反的，镜像了，怎么弄回来",
        ),
        _s(
            "你是用户编辑器里的编程助手，项目是一个 Vue + three.js 的智慧园区大屏。",
            "把 src/scene/buildings.ts 里的楼改成晚上窗户会亮的效果",
        ),
        _s(
            "你是大学《计算机图形学》课程的助教，要引导学生自己思考。",
            "老师让我们实现深度缓冲，我画的两个三角形，后面的总是盖住前面的，为什么",
        ),
        _s(
            "你是公司内部的前端知识库问答机器人。",
            "我们的3D地图组件在大屏上跑，4K分辨率，GPU占用一直100%，有什么常用的降负载办法",
        ),
        _s(
            "你是一个乐于助人的助手。",
            "想给女朋友做个网页，打开是满屏的3D爱心粒子慢慢飘，能教我吗",
            "可以用 three.js：先用爱心的参数方程生成一堆点的位置，放进 `BufferGeometry`，用 `THREE.Points` 画出来，粒子材质设成粉色、`blending: THREE.AdditiveBlending`，再在每帧里让整体缓慢旋转和上下浮动。",
            "中间能不能出现她的名字，也是粒子拼的",
        ),
        _s(
            "你是游戏工作室内部用的技术问答助手。我们的网页小游戏用 Babylon.js。",
            "角色走到树后面的时候想让树变半透明，不挡视线，怎么做",
        ),
        _u("""这是我们3D大屏的渲染统计（renderer.info）：

memory: { geometries: 18432, textures: 5120 }
render: { calls: 6210, triangles: 3800000, points: 0, lines: 12000 }

每5秒从接口拉一次设备状态，然后重新创建所有设备的模型。跑一个小时浏览器就崩了。帮我看看哪里有问题，应该怎么改才能只更新颜色不重建？"""),
        _u("""我把这段代码放进 useFrame 里，物体在不同电脑上转的速度不一样，144Hz 的显示器上特别快：

useFrame(() => {
  ref.current.rotation.y += 0.01
  ref.current.position.y = Math.sin(Date.now() * 0.001) * 0.5
})

另外有时候切换浏览器标签再回来，物体会一下跳很远。怎么写才对？"""),
        _u("""客户发来的需求，要做一个汽车外观的网页配置器：

1. 车身颜色 12 种，含金属漆和哑光漆
2. 轮毂 5 款可换
3. 可以打开车门看内饰
4. 背景可以切换：展厅 / 城市夜景 / 海边
5. 能在手机上流畅看，首屏加载不超过 5 秒
6. 车漆要有真实的反光，能看到环境的倒影，车底下要有柔和的接地阴影
7. 支持一键生成高清截图，分享到微信

请问每一项在渲染上要注意什么？金属漆和哑光漆的材质参数怎么区分？"""),
        _u("""我们用 three.js 做的 3D 仓库，货架用 InstancedMesh 画，大概 3 万个箱子。现在选中箱子的时候用的是下面这个办法，点击一下要卡半秒：

canvas.addEventListener('click', e => {
  boxes.forEach(b => {
    const m = new THREE.Mesh(boxGeo, mat);
    m.applyMatrix4(b.matrix);
    if (raycaster.intersectObject(m).length) select(b.id);
  });
});

有没有更快的拾取方法？"""),
        _u(
            "我是初中数学老师，想在网页上做个能转的立体几何图形，比如正方体切一刀看截面，学生用平板点一点就能看，3D这块怎么做最省事"
        ),
        _u("我们卖茶具的，网页上的3D紫砂壶看着像塑料，怎么让它有那种哑光的陶土质感"),
        _u("shader 怎么做那种扫光效果，一道亮光从物体表面划过去，像商品海报里的"),
        _u("three.js 物体很多的时候点选特别慢，有没有 GPU 拾取的做法"),
        _u("babylon 里怎么让角色身后拖一道残影"),
        _u("我们园区大屏要做一个雨夜的效果，地面湿漉漉的有倒影，路灯有光晕"),
        _u("模型在手机上加载完闪一下就白屏了，电脑没问题"),
        _u("地形太大了一次加载不完，想做成走到哪加载到哪，远的地方粗一点"),
        _u("怎么做那种科技感的扫描线，一圈一圈从中心往城市建筑上扩散"),
        _u("透明的水杯里装着水，水面和杯子的透明叠在一起很奇怪，有黑边"),
        _u("请问法线贴图和凹凸贴图有什么区别？美术给了我一张灰度图"),
        _u("3D 饼图怎么做，切片点一下能弹出来"),
        _u("我想让网页上的 3D 模型颜色跟着系统的深色模式一起变，背景和灯光都要换"),
        _u("画面整体发灰，对比度不够，是不是色调映射的问题"),
        _m(
            "我做了个3D的城市夜景，楼太多了，想加点车流的光带。",
            "车流可以用沿道路的曲线做：每条路一条 `CatmullRomCurve3`，用 `TubeGeometry` 或 `Line2` 画出来，在 shader 里用 `fract(vProgress - uTime * speed)` 做一段段移动的亮光，红色往一个方向、白色往另一个方向。",
            "开了 bloom 以后光带糊成一片",
        ),
        _m(
            "Babylon.js 怎么做一个可以点击开关的灯？",
            "灯泡模型上注册 `ActionManager`，`OnPickTrigger` 时切换 `PointLight` 的 `intensity`（0 或 1），同时把灯泡材质的 `emissiveColor` 也换掉，这样看起来灯泡真的亮了。",
            "开灯的时候有个渐亮的过程",
        ),
        _m(
            "帮我写个 GLSL 的噪声溶解过渡，用在两个场景切换",
            "把两个场景各渲染到一个 render target，然后在全屏 pass 里：\n```glsl\nfloat n = texture2D(uNoise, vUv).r;\nfloat m = smoothstep(uProgress - 0.05, uProgress + 0.05, n);\ngl_FragColor = mix(texture2D(uSceneB, vUv), texture2D(uSceneA, vUv), m);\n```\n`uProgress` 从 0 动到 1。",
            "边缘加一圈发光",
        ),
        _m(
            "我的3D车展页面，车漆颜色切换的时候很生硬，一下就变了",
            "不要直接 set 颜色，保存起始色和目标色，在渲染循环里用 `material.color.lerpColors(from, to, t)` 插值，t 用 0.4 秒从 0 走到 1，再加个 easeInOut。",
            "顺便让灯光也扫一下",
        ),
        _m(
            "three.js 里的 GridHelper 太丑了，远处一堆线挤在一起",
            "自己写个无限网格 shader：在地面平面上用 `fwidth` 画抗锯齿的线，并按距离相机的远近淡出。drei 里也有现成的 `<Grid infiniteGrid fadeDistance={50} />`。",
            "想要大格子里套小格子",
        ),
        _m(
            "做了一个数据可视化的3D散点，点太密了看不清",
            "可以做三件事：点大小按距离衰减；开启 `AdditiveBlending` 配合较低透明度，让密集处自然变亮；再加一个深度雾，远的点变暗，前后层次就出来了。",
            "想要点击某个点放大周围那一块",
        ),
        _m(
            "网页3D展厅里的画总是看起来偏暗",
            "画用 `MeshBasicMaterial` 或者把 `toneMapped` 关掉，这样不受场景光照和色调映射影响，颜色跟原图一致；如果想要有光照感，就给每幅画配一个小射灯，并把纹理的 colorSpace 设为 sRGB。",
            "用射灯的话画框的影子怎么弄",
        ),
        _m(
            "WebGPU 渲染出来的模型前后遮挡是乱的",
            "需要深度缓冲：创建一张 `depth24plus` 格式的纹理，在 pipeline 里加 `depthStencil: { format: 'depth24plus', depthWriteEnabled: true, depthCompare: 'less' }`，render pass 里加 `depthStencilAttachment` 并每帧 clear 成 1.0。",
            "窗口缩放以后又坏了",
        ),
        _m(
            "3D 展示的手表表盘玻璃想要有反光，但不想挡住表盘",
            "玻璃用 `MeshPhysicalMaterial`，`transmission: 1`、`roughness: 0`、`thickness` 很小，再配一个环境贴图产生反射。反射太强就把 `envMapIntensity` 调低或者用 `specularIntensity` 控制。",
            "手机上 transmission 太卡",
        ),
        _m(
            "想做个星空，星星有大有小还会闪",
            "用 `THREE.Points`，给每个点一个随机的 `size` 和 `phase` 属性，顶点着色器里 `gl_PointSize = size * (0.7 + 0.3 * sin(uTime * 2.0 + phase))`，片元着色器里画圆形光点。",
            "再来一条银河",
        ),
        _m(
            "我的角色动画在 three.js 里脚底一直在滑",
            "多半是动画自带位移（root motion）和你代码里移动角色叠加了。要么在导出时去掉根骨骼的位移，要么把根骨骼位移轨道删掉再用代码控制移动，并让移动速度和步伐频率匹配。",
            "根骨骼轨道怎么删",
        ),
        _s(
            "你是「家居云」3D 装修设计工具的客服机器人，用户大多不懂技术，请用通俗的话回答。",
            "我把吊灯放到客厅以后，整个房间的颜色都变黄了，而且吊灯下面没有影子",
        ),
        _s(
            "你是集成在 IDE 里的 AI 编程助手，当前项目是一个 Babylon.js 的 3D 飞行游戏。",
            "飞机穿过云层的时候云是一块块的片，看穿帮了，改得自然一点",
        ),
        _s(
            "你是某高校图形学实验课的助教机器人，只给思路不给完整代码。",
            "光线追踪作业，我的反射球里看到的是一片黑，没有反射到别的物体",
            "先检查两点：反射光线的起点有没有沿法线方向偏移一点（否则会立刻打到自身）；递归深度是否在第一次反射时就到了上限返回黑色。",
            "偏移加了，现在反射里的颜色都发白",
        ),
        _s(
            "你是公司内部的技术问答助手，服务于做智慧城市可视化的前端团队。",
            "白模城市想加上窗户灯光和楼顶的航空障碍灯，不想让美术一栋栋做，有没有程序化的办法",
        ),
        _s(
            "你是一个有用的助手。",
            "学校科技节要做一个网页版的3D过山车，能坐在车上第一视角看，我该怎么让相机沿着轨道走",
        ),
        _u("""我们大屏的渲染帧耗时分析（Chrome Performance）：

requestAnimationFrame 回调：平均 31ms
  - updateLabels()：18ms（2000 个 CSS2D 标签每帧重新计算位置）
  - controls.update()：0.3ms
  - composer.render()：9ms
GC：每 3 秒一次，卡顿约 60ms

标签是设备名称，跟着 3D 设备走。怎么优化标签这部分？换成 sprite 或者 SDF 文字会不会好很多？"""),
        _u("""Babylon 加载 glb 后控制台警告：

BJS - [16:20:31]: glTF loader: KHR_materials_variants extension is supported but not enabled
BJS - [16:20:31]: Texture format not supported: KTX2 (basis). Falling back...
BJS - [16:20:32]: WebGL: INVALID_ENUM: compressedTexImage2D: invalid format

模型是设计公司给的沙发，有 6 种布料颜色的变体，用 KTX2 压缩过。在 iPad 上材质全是黑的。KTX2 解码器需要怎么配置？变体怎么切换？"""),
        _u("""甲方给的三维可视化需求：

1. 展示一个风电场，60 台风机，叶片实时转动，转速对应实时风速数据
2. 海面要有波浪，天空有云，能切换白天、黄昏、夜晚
3. 点击风机显示发电量，风机被选中时有外发光
4. 大屏分辨率 7680×2160
5. 要求 30 帧以上，连续运行 7×24 小时不崩
6. 风机塔筒上要能看清企业 logo，远处的风机可以简化

风机叶片转动用骨骼动画还是直接转节点？超宽屏分辨率下后处理（外发光、泛光）怎么控制开销？"""),
        _u("""WebGPU 的 compute shader 结果不对，粒子全部堆在原点：

@group(0) @binding(0) var<storage, read> posIn: array<vec3f>;
@group(0) @binding(1) var<storage, read_write> posOut: array<vec3f>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) id: vec3u) {
  posOut[id.x] = posIn[id.x] + vec3f(0.0, 0.01, 0.0);
}

JS 端用 Float32Array，每个粒子 3 个 float 紧密排列。是不是 vec3f 对齐的问题？应该怎么改？"""),
    ],
    "ja": [
        _u("three.jsで読み込んだモデルが真っ白に光って見えるんですが、何が原因でしょうか"),
        _u(
            "うちは小さな工務店です。建てる前の家を、お客さんがブラウザの中で歩き回って見られるようにしたいんですが、3Dの部分ってどういう仕組みで作るものなんですか？"
        ),
        _u("スマホだとBabylon.jsのシーンが途中で真っ黒になって戻らない"),
        _u(
            "地球儀みたいに回る地球に、各国の拠点をピンで立てたい。緯度経度から3Dの位置ってどう計算する？"
        ),
        _u("WebGPUのcompute shaderって何に使うの？パーティクルを動かすのに向いてる？"),
        _u("影がギザギザでカクカクしてる、もっとなめらかにしたい"),
        _u(
            "ポストエフェクトでグリッチっぽい画面のズレを入れたいです。ミュージックビデオのサイトで使います"
        ),
        _u("three.jsの鏡、Reflectorを置いたら重すぎて30fpsも出ない"),
        _u("モデルを読み込んだら向きが90度倒れてる。Blenderから書き出したやつ"),
        _u("ゲームの背景の空を、時間で朝焼けから夜空にグラデーションで変えたい。星もほしい"),
        _u(
            "マテリアルのroughnessとmetalnessって結局なにをいじってるのか、デザイナー向けに説明してほしい"
        ),
        _u("3Dの散布図を作りたい。点が1万個くらいで、マウスを乗せた点の値を表示したい"),
        _u(
            "炎のエフェクトをシェーダーで作る方法を教えてください。キャンプファイヤーくらいの小さいもの"
        ),
        _m(
            "three.jsで床に映り込み（反射）を入れたいです。",
            "手軽なのは `MeshReflectorMaterial`（drei）か `Reflector` です。負荷を抑えたいなら、反射の解像度を下げて `blur` と `mixStrength` で少しぼかすと自然に見えます。",
            "もっと軽い方法ない？静止してるシーンなんだけど",
        ),
        _m(
            "パーティクルで桜の花びらが舞う演出を作りたい",
            "花びらは `InstancedMesh` で小さな板ポリを数千枚、各インスタンスに回転速度と落下速度をランダムに持たせ、頂点シェーダーで `sin` を使って左右に揺らしながら落とすと自然です。地面まで行ったら上に戻します。",
            "風が吹いたときにまとめて流れるようにしたい",
        ),
        _m(
            "フラグメントシェーダーで画面にグリッド線を描きたい",
            "```glsl\nvec2 g = abs(fract(vUv * 10.0 - 0.5) - 0.5) / fwidth(vUv * 10.0);\nfloat line = min(g.x, g.y);\nfloat a = 1.0 - min(line, 1.0);\ngl_FragColor = vec4(vec3(a), 1.0);\n```\n`fwidth` を使うと線の太さがズームしても一定になります。",
            "遠くに行くほど薄くしたい",
        ),
        _m(
            "建物のBIMデータをブラウザで見せたいんですが、部品が多すぎて重いです。",
            "同じ材質の部品はジオメトリを結合（`mergeGeometries`）してドローコールを減らし、同じ形の部品は `InstancedMesh` にまとめます。表示しないときは `visible=false` より、シーンから外したほうが軽くなります。",
            "でも部品ごとにクリックして情報を出したいんだよね",
        ),
        _m(
            "r3fでモデルをクリックしたらカメラがそこにズームするようにしたい",
            "dreiの `CameraControls` を使うと楽です：`controlsRef.current.fitToBox(mesh, true)` でアニメーション付きでそのオブジェクトにフィットします。",
            "戻るボタンで元の位置に戻すには",
        ),
        _m(
            "WebGLでテクスチャが2の累乗じゃないと表示されないって本当？",
            "WebGL1では、2の累乗でないテクスチャはミップマップとREPEATが使えません（`CLAMP_TO_EDGE` と `LINEAR` なら表示可能）。WebGL2ならその制限はありません。three.jsは必要に応じて自動でリサイズします。",
            "じゃあ今から作るならサイズは気にしなくていい？",
        ),
        _m(
            "シェーダーで画像を水彩画っぽくしたい",
            "紙のテクスチャをかけ合わせ、色をいくつかの段階に量子化し、ノイズでUVを少し揺らしてにじみを出し、エッジ検出で輪郭を少し濃くすると水彩っぽくなります。",
            "にじみの部分だけのコードちょうだい",
        ),
        _m(
            "three.jsで車のホイールを回したいんですが、回転軸がずれてて変な動きになります。",
            "ホイールの原点が中心にないのが原因です。ホイールを `Group` に入れて、ジオメトリを `geometry.center()` で中心に寄せるか、Blenderで原点をジオメトリの中心に設定して書き出し直してください。",
            "ハンドル切ったときに前輪だけ向きを変えたい",
        ),
        _m(
            "ビルの夜景をブラウザで作ってます。窓の明かりをランダムに点けたい。",
            "窓ごとにメッシュを作らず、ビルのシェーダーでUVを窓のグリッドに分け、`floor(uv * 窓の数)` でセルIDを出して、そのIDのハッシュ値で点灯/消灯を決めます。`emissive` に足せばブルームでも光ります。",
            "時間でたまに消えたり点いたりしてほしい",
        ),
        _m(
            "3Dモデルの表示で、ワイヤーフレームと通常表示を切り替えたい",
            "マテリアルに `wireframe: true` を切り替えるだけです。全メッシュに適用するなら `scene.traverse(o => { if (o.isMesh) o.material.wireframe = flag; })`。",
            "両方重ねて表示できる？",
        ),
        _s(
            "あなたはオンライン家具ストア「木ごこち」のサポートチャットです。やさしい言葉で答えてください。",
            "3Dで見られるテーブルのページ、木目がぼやけてて安っぽく見えます。拡大するとさらにぼやける",
        ),
        _s(
            "あなたはユーザーのエディタ内で動くコーディングエージェントです。プロジェクトはthree.jsで作ったVRギャラリーです。",
            "絵の額縁にスポットライトを当てて、絵の部分だけ明るくなるようにして",
        ),
        _s(
            "あなたは専門学校のゲームグラフィックス講座のチューターです。答えを直接言わず、ヒントを出してください。",
            "法線マップを貼ったら凹凸が逆に見えるんですけど、どこを疑えばいいですか",
        ),
        _s(
            "社内のWebチーム向けQ&Aボットです。",
            "キャンペーンサイトの3Dのロゴ、Safariだけ色が薄く見えるって報告が来てる。何を確認すればいい？",
        ),
        _s(
            "あなたは親切なアシスタントです。",
            "子ども向けの科学館のサイトで、太陽系の惑星をクリックすると近づいて説明が出る3Dを作りたいです",
            "three.jsで惑星ごとに `Mesh` を作り、クリックは `Raycaster` で判定します。近づく動きはカメラ位置と注視点をGSAPで補間し、説明はHTMLのパネルを重ねて表示すると作りやすいです。",
            "土星の輪っかが半透明で、後ろの土星が消えちゃう",
        ),
        _s(
            "ゲーム制作サークルの技術相談ボットです。",
            "Babylon.jsで作ってる3Dダンジョン、松明の光が壁を貫通して隣の部屋まで明るくなる",
        ),
        _u("""three.jsでGLTFを読み込むとコンソールにこれが出ます：

THREE.GLTFLoader: No DRACOLoader instance provided.
Uncaught (in promise) Error: THREE.GLTFLoader: No DRACOLoader instance provided.

読み込みのコード：
const loader = new GLTFLoader();
loader.load('/models/chair.glb', (gltf) => {
  scene.add(gltf.scene);
});

モデルはデザイナーさんがBlenderで「圧縮」にチェックを入れて書き出したものらしいです。どう直せばいいですか？"""),
        _u("""Chromeのパフォーマンスタブで見ると、3Dの商品ビューアでこんな感じでした：

- Scripting: 62%
- Rendering: 8%
- GPU: 21%
- フレーム時間: 平均 28ms、ときどき 120ms のスパイク
- スパイクのときは毎回 "Major GC" が出ている

アニメーションループの中で毎フレーム new THREE.Vector3() と new THREE.Matrix4() を作ってます。これが原因ですか？直し方も教えてください。"""),
        _u("""WGSLでこういうエラーが出ました。

error: type in uniform storage class must be host-shareable and satisfy alignment constraints
 ┌─ shader.wgsl:3:5
 │
3 │     tint: vec3<f32>,
 │     ^^^^^^^^^^^^^^^
 = note: 'Params' has alignment 16, and member 'scale' at offset 12 ...

struct Params {
    tint: vec3<f32>,
    scale: f32,
    offset: vec2<f32>,
}

バッファ側はFloat32Arrayで [r, g, b, scale, ox, oy] と詰めてます。正しい並べ方は？"""),
        _u("""クライアントからの要望メモです。技術的にどう実現するか、3D表示の観点で整理してほしいです。

・新製品の腕時計を、ブラウザ上でゆっくり回転させて見せたい
・文字盤のガラスに映り込みがほしい
・秒針は実際の時間で動いてほしい
・夜モードで文字盤の蓄光が光るようにしたい
・スマホの縦画面でもきれいに見せたい
・モデルはCADデータしかない（STEP形式）、ポリゴン数は不明
・ベルトは革とメタルの2種類を切り替えたい
・初回の表示まで3秒以内が目標

特にガラスの映り込みと蓄光の光り方は、どういうマテリアルやポストエフェクトで作るのが定番ですか？"""),
        _u("""Babylon.jsのインスペクターで見たら、こうなってました：

Total meshes: 2,340
Active meshes: 2,338
Draw calls: 2,410
Total vertices: 1,980,000
Frame total: 46.2 ms
GPU frame time: 12.1 ms

ほとんどカメラに写ってない位置のメッシュもActiveになってるみたいです。オクツリーとかフラスタムカリングの設定をどう見直せばいいでしょうか。"""),
        _u(
            "中学校の理科の先生です。月の満ち欠けを3Dで見せたいんです。太陽と地球と月の位置を動かすと月の見え方が変わる、みたいなのをブラウザで作れますか？"
        ),
        _u(
            "ECサイトの3Dビューアで、革のバッグがビニールみたいにテカテカして見えると言われました。何を調整すればいいですか"
        ),
        _u("水面に雨粒が落ちて波紋が広がるシェーダー、どう書けばいい？"),
        _u("three.jsでモデルの一部だけ透明にして中の構造を見せたい。エンジンの中身とか"),
        _u("Babylon.jsのGUIで3D空間の中にボタンを置きたい。VRでも押せるやつ"),
        _u(
            "ブラウザのレースゲームで、スピード出すと周りの景色がビュンビュン流れてる感じを出したい"
        ),
        _u("r3fのCanvasを2つ置いたら片方が真っ黒になった"),
        _u("WebGPUでテクスチャのミップマップって自動で作ってくれないの？"),
        _u("3Dの地図で、ビルに夕日が当たって長い影が伸びる感じにしたい"),
        _u(
            "デザイナーです。レンダリングでよく聞く「ベイク」って何ですか？ブラウザの3Dだとなぜ大事なんですか"
        ),
        _u("パーティクルを文字の形に集めて、クリックでバラける演出ってどう作るの"),
        _u("three.jsで線画っぽく、輪郭線だけを描くレンダリングにしたい。建築パースみたいな"),
        _u("ゲームの宝箱を開けたときに中から光があふれる演出、シェーダーでどうやる？"),
        _u("VRChatみたいな見た目のアバターをブラウザに出したい。VRMファイルを読み込む方法は？"),
        _u("3Dグラフの軸の目盛りがカメラの角度によって読めなくなる"),
        _u("モバイルでpixelRatioを下げたら文字がにじむ。3Dの部分だけ解像度を下げる方法ある？"),
        _m(
            "3Dの部屋に家具を配置するアプリを作ってます。家具をドラッグで床の上を動かしたい。",
            "`pointerdown` で家具をレイキャストで掴み、`pointermove` では床の平面（`new THREE.Plane(new THREE.Vector3(0,1,0), 0)`）とのレイの交点を求めて家具の x と z に入れます。ドラッグ中は `OrbitControls.enabled = false` に。",
            "壁にめり込まないようにしたい",
        ),
        _m(
            "シェーダーでモザイクをかけたい",
            "UVを格子に丸めるだけです：\n```glsl\nfloat n = 40.0;\nvec2 uv = floor(vUv * n) / n + 0.5 / n;\ngl_FragColor = texture2D(tDiffuse, uv);\n```",
            "円形の範囲だけモザイクにしたい",
        ),
        _m(
            "Babylon.jsで夜の街を作っていて、街灯の光が地面に丸く落ちるようにしたい",
            "各街灯に `SpotLight` を下向きに置くと重いので、地面に加算合成の光のデカールか、円形グラデーションのテクスチャを貼った板を置くのが軽いです。本物のライトはカメラの近くの数本だけにしましょう。",
            "車が通ったらちゃんと照らされてほしい",
        ),
        _m(
            "three.jsでGLTFのモデルにアウトラインを付けたい",
            "`OutlinePass` を使うか、軽くしたいなら背面法：モデルを少し拡大したコピーに `side: THREE.BackSide` の単色マテリアルを付けて後ろに重ねます。",
            "背面法だと角のところが切れる",
        ),
        _m(
            "ボクセルで島を作ってるんだけど、ブロックが何万個もあって重い",
            "見えている面だけを1つのメッシュにまとめる（隣にブロックがある面は作らない）とポリゴンが激減します。チャンクごとにメッシュを作り、変更があったチャンクだけ作り直すと編集も軽いです。",
            "グリーディメッシングって何",
        ),
        _m(
            "ウェブの3D展示会で、ブースに入ったら自動でBGMとライトが切り替わるようにしたい",
            "各ブースにバウンディングボックスを置き、毎フレーム `box.containsPoint(camera.position)` で判定します。入ったらライトの色や強さをGSAPで補間して切り替え、音はWeb Audioでクロスフェードします。",
            "ライトの切り替えをもっとドラマチックに",
        ),
        _m(
            "WebGLでHDR画像を背景にしたら明るすぎて真っ白",
            "HDRはトーンマッピングが前提です。`renderer.toneMapping = THREE.ACESFilmicToneMapping` を設定し、`toneMappingExposure` を 0.5 くらいから調整してください。背景だけ暗くしたいなら `scene.backgroundIntensity` も使えます。",
            "背景だけぼかしたい",
        ),
        _m(
            "3Dの散布図で点が重なって奥の点が見えない",
            "点を半透明にして加算合成にする、カメラから遠い点ほど小さく暗くする、あるいはクリックで手前のクリッピング面を動かして断面で見せる方法があります。",
            "クリッピング面の方で",
        ),
        _m(
            "three.jsでキャラの目を動くものに向けたい",
            "目のボーンかメッシュを取得し、毎フレーム `eye.lookAt(target.getWorldPosition(v))` を呼びます。首も一緒に少しだけ向けると自然なので、首には `quaternion.slerp` で30%だけ回転を入れるといいです。",
            "目が白目むいて変な方向を見る",
        ),
        _m(
            "背景にオーロラみたいな揺れる光のカーテンを作りたい",
            "縦長の板を何枚か重ね、フラグメントシェーダーでノイズを時間で流しながら縦方向のグラデーションを作り、加算合成で重ねます。緑と紫を高さで混ぜるとそれっぽくなります。",
            "星空の上に重ねたら星が消えた",
        ),
        _m(
            "ガウシアンスプラッティングをブラウザで表示したいんですけど、何を使えばいいですか",
            "three.js 用の `@mkkellogg/gaussian-splats-3d` か、`gsplat.js` が手軽です。.ply や .splat を読み込んで、既存のthree.jsシーンに重ねることもできます。スプラットのソートが重いので点数は数百万までを目安に。",
            "スマホだと真っ黒で出ない",
        ),
        _s(
            "あなたはバーチャル内見サービス「ルームウォーク」のサポートAIです。専門用語を使わずに答えてください。",
            "内見の画面で、窓の外が真っ白に飛んでいて景色が見えません。お客様から何度も言われます",
        ),
        _s(
            "あなたはIDEに組み込まれたAIコーディングアシスタントです。プロジェクトはBabylon.jsを使ったブラウザ向けの釣りゲームです。",
            "釣り糸がたるまずにピンと一直線なのがダサい。垂れ下がるようにして",
        ),
        _s(
            "あなたは高専のCG演習のTAボットです。答えを丸ごと教えず、考え方を示してください。",
            "テクスチャを貼ったら斜めの線で画像がずれて、三角形の境目が見える",
            "典型的にはパースペクティブ補正の問題です。UVを画面空間でそのまま線形補間していないか確認してみてください。wで割って補間し、最後にwで戻す、という手順があります。",
            "ソフトウェアラスタライザで、zは持ってるけどwは捨ててました",
        ),
        _s(
            "社内のフロントエンドチーム向けの技術相談ボットです。",
            "採用サイトのトップで3Dのオフィスを見せてるけど、iPhoneのSafariでだけテクスチャが一部真っ黒。何を疑う？",
        ),
        _s(
            "あなたは親切なアシスタントです。",
            "自分の作ったプラモデルを3Dスキャンしたので、ブログでぐるぐる回して見せたいです。プログラミングは初心者です",
        ),
        _u("""アプリの3Dビューアで、メモリがどんどん増えます。ヒープスナップショットの上位：

(array) 1,240 MB
  Float32Array ×12,400  ← BufferAttribute
WebGLTexture ×3,100
Detached HTMLImageElement ×3,050

商品を切り替えるたびに scene.remove(model) だけしています。geometry や texture の後始末は何をどこまで呼べばいいですか？"""),
        _u("""Babylon.jsで影がこうなります：

- 近くのキャラの影はきれい
- 10mくらい離れると影がぼやけて消える
- 建物の影は地面から浮いて見える（ピーターパン現象）

設定：
const sg = new BABYLON.ShadowGenerator(2048, sun);
sg.useBlurExponentialShadowMap = true;
sg.bias = 0.01;
sun.shadowMaxZ = 30;

広い街のシーンです。カスケードシャドウに変えるべきか、値の調整でいけるか教えてください。"""),
        _u("""WebGPUで深度テクスチャを後処理で読もうとしたらエラー：

[Texture "depth"] usage (TextureUsage::RenderAttachment) doesn't include TextureUsage::TextureBinding.
 - While validating entries[2] as a Texture.
Invalid BindGroup "post" used in [RenderPassEncoder].

const depth = device.createTexture({ size: [w, h], format: 'depth24plus', usage: GPUTextureUsage.RENDER_ATTACHMENT });

フォグのパスで深度を読みたいだけです。usageを足せばいいのか、WGSLで texture_depth_2d を使う必要があるのか教えてください。"""),
        _u("""観光協会からの依頼内容です：

・城下町の古い街並みを3Dで再現し、ブラウザで散策できるようにしたい
・季節（桜・紅葉・雪）を切り替えたい
・夜は提灯が灯り、石畳に明かりが映り込む
・スマホの縦画面で片手で操作できるように
・建物はフォトグラメトリで取ったデータが100棟分（1棟あたり数百MB）

季節切り替えをテクスチャの差し替えでやるべきか、シェーダーでやるべきか、それと100棟分の重さをどう扱うかが知りたいです。"""),
    ],
    "fr": [
        _u(
            "comment je fais pour que mon modèle 3D ne soit pas tout noir quand je le charge avec three.js ? j'ai mis une lumière pourtant"
        ),
        _u(
            "Je tiens une boutique de bijoux en ligne. J'aimerais que les bagues brillent vraiment dans la vue 3D, avec des reflets qui bougent quand on tourne la bague. C'est faisable dans un navigateur ?"
        ),
        _u("effet de vague sur une image au survol, en shader, pour le site d'un photographe"),
        _u("Babylon.js : mes ombres disparaissent quand la caméra s'éloigne un peu"),
        _u(
            "Quelle est la différence entre une lumière ponctuelle, directionnelle et spot dans une scène 3D ? Je suis graphiste, pas dev."
        ),
        _u(
            "mon jeu de tir en 3D dans le navigateur rame dès qu'il y a plus de 30 ennemis à l'écran"
        ),
        _u("En react-three-fiber, comment afficher un texte HTML qui suit un objet 3D ?"),
        _u(
            "je voudrais un fond de page avec des formes 3D molles qui se déforment doucement, style blob, en couleurs pastel"
        ),
        _u(
            "Pourquoi mes textures sont floues quand on les regarde en biais, par exemple le carrelage au sol ?"
        ),
        _u(
            "WebGPU : est-ce que Safari le supporte maintenant ou je dois garder un fallback WebGL ?"
        ),
        _u(
            "on fait une visite virtuelle d'un château pour l'office de tourisme, comment passer d'une pièce à l'autre sans que l'écran devienne noir pendant le chargement ?"
        ),
        _u(
            "un shader GLSL pour faire un effet hologramme bleu qui scintille avec des lignes horizontales"
        ),
        _u(
            "Comment on calcule une caméra qui suit un personnage à la troisième personne sans traverser les murs ?"
        ),
        _u(
            "les arbres de ma scène ont des bords noirs moches autour des feuilles (png transparent)"
        ),
        _u(
            "J'aimerais afficher un modèle d'IRM du cerveau en 3D volumique dans le navigateur, avec une coupe qu'on peut déplacer. Quelle technique de rendu ?"
        ),
        _m(
            "Comment mettre une skybox dans three.js ?",
            "Charge six images avec `CubeTextureLoader` :\n```js\nscene.background = new THREE.CubeTextureLoader()\n  .setPath('/sky/')\n  .load(['px.jpg','nx.jpg','py.jpg','ny.jpg','pz.jpg','nz.jpg']);\n```\nTu peux aussi utiliser une seule image équirectangulaire avec `texture.mapping = THREE.EquirectangularReflectionMapping`.",
            "et que les objets reflètent ce ciel",
        ),
        _m(
            "J'ai fait un terrain avec une heightmap, mais il est tout lisse et gris.",
            "Mélange plusieurs textures selon la hauteur et la pente dans le shader : herbe en bas, roche là où la normale est raide (`1.0 - normal.y`), neige au-dessus d'une certaine altitude. Ajoute une texture de détail répétée pour casser l'uniformité.",
            "la transition herbe roche est trop nette",
        ),
        _m(
            "Dans mon configurateur de vélo, je veux changer la couleur du cadre sans toucher aux autres pièces.",
            "Récupère le mesh du cadre par son nom (`gltf.scene.getObjectByName('Cadre')`), clone son matériau pour qu'il ne soit pas partagé, puis `cadre.material.color.set(couleur)`.",
            "et une peinture pailletée ?",
        ),
        _m(
            "r3f : mon modèle ne projette pas d'ombre sur le sol.",
            "Il faut trois choses : `<Canvas shadows>`, `castShadow` sur la lumière et sur le modèle (y compris ses enfants : parcours-les avec `traverse`), et `receiveShadow` sur le sol.",
            "c'est bon mais l'ombre est coupée d'un côté",
        ),
        _m(
            "Je débute avec GLSL : comment faire clignoter une couleur avec le temps ?",
            "Passe le temps en uniform et utilise `sin` :\n```glsl\nuniform float uTime;\nvoid main(){\n  float k = 0.5 + 0.5 * sin(uTime * 3.0);\n  gl_FragColor = vec4(mix(vec3(0.1), vec3(1.0, 0.2, 0.2), k), 1.0);\n}\n```",
            "plus lent et plus doux",
        ),
        _m(
            "Je veux afficher des bâtiments en 3D sur une carte Mapbox.",
            "Utilise une custom layer : tu implémentes `onAdd` et `render(gl, matrix)`, tu partages le contexte WebGL de la carte avec un `WebGLRenderer` three.js (`autoClear = false`) et tu convertis les coordonnées avec `MercatorCoordinate.fromLngLat`.",
            "les bâtiments passent devant les étiquettes de la carte",
        ),
        _m(
            "Comment je fais un effet de pixelisation en post-processing ?",
            "Un `ShaderPass` qui arrondit les UV à une grille :\n```glsl\nvec2 grid = uResolution / uPixelSize;\nvec2 uv = floor(vUv * grid) / grid;\ngl_FragColor = texture2D(tDiffuse, uv);\n```",
            "je veux garder les contours nets style jeu rétro",
        ),
        _m(
            "Dans Babylon, mon personnage glisse sur le sol au lieu de marcher, les pieds ne suivent pas.",
            "La vitesse de déplacement ne correspond pas à l'animation. Mesure la distance parcourue par un cycle de marche, puis règle `animationGroup.speedRatio = vitesse / vitesseAnimation`, ou utilise le root motion de l'animation.",
            "et en courant",
        ),
        _m(
            "Ma scène a 200 lampes dans une rue la nuit, tout devient très lent.",
            "Le rendu forward de three.js calcule toutes les lumières pour chaque pixel. Garde 2-3 vraies lumières près de la caméra, et pour les autres fais des halos avec des sprites additifs et une lightmap précalculée pour l'éclairage du sol.",
            "la lightmap je la fais comment",
        ),
        _m(
            "J'ai un nuage de points LIDAR d'une église, je veux le rendre plus joli qu'avec des petits carrés.",
            "Plusieurs pistes : points ronds avec `discard` dans le shader, taille adaptée à la distance, et surtout un effet EDL (eye-dome lighting) en post-process qui assombrit les bords selon la profondeur : ça donne beaucoup de relief.",
            "tu peux détailler l'EDL",
        ),
        _s(
            "Tu es l'assistant d'Atelier Maison, un configurateur de cuisines en ligne. Réponds simplement, le client n'est pas technicien.",
            "le plan de travail en marbre a l'air d'un autocollant, on ne voit aucun reflet",
        ),
        _s(
            "Tu es un agent de code dans l'éditeur de l'utilisateur. Le projet est une appli Vue 3 avec TresJS (three.js).",
            "les étoiles du fond tournent avec la caméra alors qu'elles devraient rester fixes, corrige",
        ),
        _s(
            "Tu es tuteur pour un cours d'informatique graphique en école d'ingénieurs. Guide sans donner la solution complète.",
            "je dois implémenter le shadow mapping et mon sol est tout rayé en noir, j'ai une piste ?",
        ),
        _s(
            "Assistant interne de l'équipe digitale d'un musée.",
            "On a scanné une statue en photogrammétrie, le fichier fait 1,2 Go. On veut la montrer sur le site en 3D. Par où commencer pour l'alléger sans perdre les détails ?",
        ),
        _s(
            "Tu es un assistant serviable.",
            "je prépare un faire-part de mariage interactif : un petit carton 3D qui s'ouvre quand on clique dessus, avec des pétales qui tombent",
            "En three.js : deux plans articulés par une charnière (le volet dans un `Group` dont l'origine est sur le pli), animés sur `rotation.y` avec GSAP au clic. Les pétales en `InstancedMesh` qui tombent en tournoyant.",
            "ajoute une lumière dorée à l'ouverture",
        ),
        _s(
            "Tu es le bot d'aide d'un studio de jeux indépendants, spécialisé Babylon.js.",
            "comment mettre de la brume volumétrique dans la forêt avec des rayons de lumière qui passent entre les arbres",
        ),
        _u("""J'ai cette erreur en boucle dans la console et rien ne s'affiche :

[.WebGL-0x1240063c00]GL ERROR :GL_INVALID_FRAMEBUFFER_OPERATION : glDrawElements: framebuffer incomplete
[.WebGL-0x1240063c00]RENDER WARNING: texture bound to texture unit 0 is not renderable.

Je crée mon render target comme ça :
const rt = new THREE.WebGLRenderTarget(w, h, { type: THREE.FloatType, format: THREE.RGBAFormat });

w et h viennent de canvas.clientWidth / clientHeight. Sur certains téléphones ça marche, sur d'autres non. Une idée ?"""),
        _u("""Voilà ma fonction d'animation, la caméra tremble quand elle suit la voiture :

function tick() {
  const cible = voiture.position.clone().add(new THREE.Vector3(0, 3, -8));
  camera.position.lerp(cible, 0.1);
  camera.lookAt(voiture.position);
  physique.step(1 / 60);
  voiture.position.copy(corps.position);
  renderer.render(scene, camera);
  requestAnimationFrame(tick);
}

La physique tourne avec cannon-es. Ça tremble surtout à grande vitesse. Qu'est-ce que je fais de travers dans l'ordre des étapes ?"""),
        _u("""Voici les chiffres de notre viewer de maquette BIM (renderer.info après chargement) :

calls: 11 204
triangles: 6 840 112
geometries: 11 190
textures: 43
programs: 17

Le bâtiment a environ 11 000 éléments (murs, fenêtres, gaines…). Sur un PC de bureau on est à 9 fps. Quelles techniques de rendu appliquer en priorité : fusion, instancing, LOD, occlusion culling ?"""),
        _u("""Compte-rendu de réunion avec le client (agence immobilière), partie visite 3D :

- Ils veulent que l'appartement ait l'air « habité » et lumineux, pas « jeu vidéo »
- Passage jour / nuit avec les lampes allumées
- Les fenêtres doivent montrer la vraie vue (photo 360 prise depuis le balcon)
- Mesurer une pièce en cliquant deux points
- Doit tourner sur les tablettes des agents (iPad 9e génération)

Qu'est-ce qu'il faut côté rendu pour l'aspect « photo » : lightmaps précalculées dans Blender, HDRI, post-traitement ? Et comment gérer le jour/nuit si l'éclairage est précalculé ?"""),
        _u("""Je passe de WebGL à WebGPU et j'ai ça :

Device error: Write range (bufferOffset: 0, size: 96) does not fit in [Buffer "instances"] size (64).
 - While calling [Queue].WriteBuffer([Buffer "instances"], (0 bytes), data, (0 bytes), 96).

const instances = device.createBuffer({ size: 64, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST, label: 'instances' });
device.queue.writeBuffer(instances, 0, data); // data = Float32Array(24)

Comment dimensionner ce buffer pour qu'il grandisse quand j'ajoute des instances à la volée ?"""),
        _u(
            "je suis prof de SVT, je voudrais montrer une cellule en 3D sur le TBI, qu'on puisse zoomer sur le noyau et les mitochondries. c'est compliqué à faire dans une page web ?"
        ),
        _u(
            "Le canapé en lin de notre configurateur ressemble à du plastique lisse. Qu'est-ce qui donne l'aspect tissu à l'écran ?"
        ),
        _u(
            "comment faire un shader de verre dépoli, flou derrière la vitre de la douche dans ma visite virtuelle"
        ),
        _u(
            "three.js : le personnage clignote quand il passe sous un arbre, comme s'il apparaissait et disparaissait"
        ),
        _u(
            "Babylon.js, comment faire un effet de vitesse avec des lignes qui filent sur les bords de l'écran ?"
        ),
        _u(
            "En react-three-fiber, comment je fais pour que le canvas ne recalcule rien quand rien ne bouge ? la batterie du téléphone fond"
        ),
        _u(
            "les murs de ma maison 3D ont des taches de lumière bizarres en forme de carrés après avoir mis la lightmap"
        ),
        _u(
            "Quelle est la façon la plus simple d'afficher un fichier STL de pièce mécanique dans le navigateur avec une belle lumière ?"
        ),
        _u("WebGPU : comment on fait du MSAA, mes bords sont crénelés"),
        _u(
            "j'aimerais un ciel avec des nuages volumétriques qui passent devant la lune, pour un site d'astronomie"
        ),
        _u(
            "Pour notre appli de jardinage, on veut que l'utilisateur voie l'ombre des arbres sur son jardin en 3D selon le mois. Comment on place le soleil correctement ?"
        ),
        _u(
            "le gazon de mon terrain de foot 3D a l'air d'un tapis vert uni, comment faire les bandes de tonte"
        ),
        _u(
            "C'est quoi un G-buffer et est-ce que ça vaut le coup en WebGL pour avoir beaucoup de lumières ?"
        ),
        _u(
            "comment faire tourner un cube en WebGL sans librerie, juste avec les matrices, je comprends rien à l'ordre des multiplications"
        ),
        _u(
            "Dans un jeu de cartes en 3D, comment retourner une carte avec une animation qui a l'air naturelle, avec un léger rebond ?"
        ),
        _m(
            "J'ai une maquette 3D d'usine et je veux que les tuyaux montrent le sens de circulation du fluide.",
            "Applique une texture de flèches ou de rayures sur les tuyaux (avec des UV le long du tube) et fais défiler `texture.offset.x += vitesse * delta` dans la boucle. Avec `TubeGeometry`, les UV suivent déjà la longueur.",
            "la vitesse doit dépendre du débit de chaque tuyau",
        ),
        _m(
            "Comment ajouter un effet de grain de pellicule à ma scène ?",
            "Ajoute un `ShaderPass` en fin de chaîne :\n```glsl\nfloat rand(vec2 co){ return fract(sin(dot(co, vec2(12.9898,78.233))) * 43758.5453); }\nvoid main(){\n  vec4 c = texture2D(tDiffuse, vUv);\n  float g = rand(vUv + fract(uTime)) - 0.5;\n  gl_FragColor = vec4(c.rgb + g * 0.08, c.a);\n}\n```",
            "moins fort dans les zones claires",
        ),
        _m(
            "Dans mon visualiseur, je veux mesurer la distance entre deux points cliqués sur le modèle.",
            "Au premier clic, raycast et garde `hit.point` ; au second, pareil, puis `a.distanceTo(b)`. Affiche une ligne entre les deux et une étiquette au milieu avec `CSS2DObject`. Pense à l'échelle du modèle (mètres ou millimètres).",
            "et un angle entre trois points",
        ),
        _m(
            "Mon globe three.js a une atmosphère mais elle ressemble à un halo plat.",
            "Fais un deuxième sphère un peu plus grande avec `side: THREE.BackSide` et `blending: THREE.AdditiveBlending`, et dans le fragment shader une intensité fresnel : `pow(0.7 - dot(vNormal, vec3(0,0,1)), 3.0)`. Ça donne le dégradé vers le bord.",
            "côté nuit elle devrait disparaître",
        ),
        _m(
            "Je veux faire une galerie d'art en 3D où on se déplace en cliquant au sol.",
            "Raycast sur le sol, puis anime la caméra vers le point cliqué (en gardant la hauteur des yeux) avec une interpolation. Affiche un petit cercle au sol sous la souris pour montrer où on va aller.",
            "et bloquer les clics sur les murs",
        ),
        _m(
            "r3f : comment faire un matériau qui change de couleur selon l'angle, genre nacre ou bulle de savon ?",
            "`MeshPhysicalMaterial` a `iridescence` : `<meshPhysicalMaterial iridescence={1} iridescenceIOR={1.3} iridescenceThicknessRange={[100, 400]} roughness={0.1} />`, avec un environnement HDR pour que l'effet se voie.",
            "pour une bulle il faut aussi la transparence",
        ),
        _m(
            "J'ai des sprites d'arbres dans ma scène et ils tournent bizarrement quand je bouge la caméra.",
            "Les `Sprite` font toujours face à la caméra, y compris en inclinaison. Pour des arbres, il faut un billboard qui ne tourne que sur l'axe Y : calcule l'angle vers la caméra dans le plan horizontal et applique-le en `rotation.y`, ou fais-le dans le vertex shader.",
            "dans le shader alors",
        ),
        _m(
            "Babylon.js, j'ai un bateau sur l'eau, il est figé.",
            "Fais-le flotter : chaque frame, échantillonne la hauteur de la vague sous la coque à 3-4 points, mets `bateau.position.y` à la moyenne et calcule le roulis et le tangage à partir des différences de hauteur. Lisse avec un `lerp`.",
            "les vagues sont calculées dans le shader, je n'ai pas leur hauteur en JS",
        ),
        _m(
            "comment on met un halo lumineux autour du soleil dans une scène",
            "Soit un sprite avec une texture de halo radiale en blending additif, soit un `Lensflare` (three/examples/jsm/objects/Lensflare.js) attaché à la lumière, qui ajoute aussi les reflets d'objectif.",
            "le halo se voit à travers les montagnes",
        ),
        _m(
            "Mon shader de toon a des bandes de couleur mais les contours manquent.",
            "Ajoute un post-process de détection de contours sur les normales et la profondeur (filtre de Sobel), ou la méthode de la coque inversée pour chaque objet.",
            "le Sobel sur la profondeur, comment",
        ),
        _m(
            "J'aimerais que ma scène three.js soit utilisable en VR avec un casque Quest.",
            "Active WebXR : `renderer.xr.enabled = true`, ajoute le bouton `VRButton.createButton(renderer)` et utilise `renderer.setAnimationLoop(render)` au lieu de `requestAnimationFrame`. Mets l'échelle de la scène en mètres réels.",
            "ça rame dans le casque",
        ),
        _m(
            "Je fais une visualisation de réseau de neurones en 3D, avec les couches et les connexions.",
            "Les neurones en `InstancedMesh` de sphères, les connexions en `LineSegments` avec une couleur par poids. Pour animer la propagation, passe un uniform de temps et allume les segments selon leur couche.",
            "il y a 200 000 connexions ça devient illisible",
        ),
        _s(
            "Tu es l'assistant de Visite360, une plateforme de visites virtuelles pour les agences immobilières. Réponds simplement.",
            "dans la visite de la maison à la campagne, quand je passe du salon au jardin l'image se déforme pendant une seconde",
        ),
        _s(
            "Tu es un assistant de code intégré à l'IDE. Projet : jeu de course en three.js avec Rapier pour la physique.",
            "les traces de pneus sur le sol ne restent pas, elles disparaissent d'une frame à l'autre",
        ),
        _s(
            "Tu es le tuteur en ligne d'un master en informatique graphique. Donne des pistes, pas la solution entière.",
            "mon path tracer converge super lentement, l'image est pleine de bruit même après 1000 échantillons",
            "Regarde d'abord comment tu échantillonnes les lumières : si tu ne fais que rebondir au hasard jusqu'à toucher une petite source, la variance est énorme. Cherche « next event estimation ».",
            "ok c'est mieux, mais les reflets sur le métal sont encore bruités",
        ),
        _s(
            "Assistant interne de l'équipe web d'un fabricant de montres.",
            "le cadran 3D du nouveau modèle est trop sombre sur les pages produit, on voit à peine les index luminescents",
        ),
        _s(
            "Tu es un assistant serviable.",
            "mon neveu veut faire un jeu de voitures en 3D dans le navigateur et me demande par où commencer pour la partie graphique, moi je sais un peu de JavaScript",
        ),
        _u("""Sur Firefox j'ai ce message et mes textures ne s'affichent pas :

WebGL warning: texImage: Alpha-premult and y-flip are deprecated for non-DOM-Element uploads.
WebGL warning: drawElements: TEXTURE_2D at unit 0 is incomplete: Non-power-of-two textures must have a wrap mode of CLAMP_TO_EDGE.

Je fais du WebGL1 à la main :
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.REPEAT);
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);

L'image fait 1000x750. Je dois la redimensionner ou passer en WebGL2 ?"""),
        _u("""Mesures sur notre configurateur de cuisine (moyenne sur 10 s, iPad Air 4) :

FPS : 24
Draw calls : 1 340
Triangles : 2,1 M
Shadow maps : 2 x 4096
Post : SSAO + SMAA + bloom

Les meubles sont des modèles séparés avec chacun 6 à 10 matériaux (poignées, façades, caissons…). On vise 60 fps. Quelles optimisations de rendu vous feriez en premier ?"""),
        _u("""Mon shader d'eau fonctionne mais le reflet du ciel est tout pixelisé :

uniform samplerCube uCiel;
varying vec3 vNormal;
varying vec3 vPosMonde;
void main(){
  vec3 vue = normalize(vPosMonde - cameraPosition);
  vec3 r = reflect(vue, normalize(vNormal));
  gl_FragColor = textureCube(uCiel, r);
}

Le cubemap fait 256 px par face. Est-ce que c'est juste la taille, ou il me manque un filtrage ? Et comment ajouter l'effet de Fresnel pour que l'eau soit transparente quand on regarde vers le bas ?"""),
        _u("""Cahier des charges reçu pour le planétarium numérique du musée :

1. Ciel étoilé avec les 9 000 étoiles visibles à l'œil nu, couleur selon la température
2. Constellations reliées par des lignes, noms affichés
3. Voie lactée réaliste
4. Avance rapide du temps (rotation de la voûte)
5. Projection sur un dôme (fisheye 180°)

Comment on fait le rendu fisheye pour le dôme : cubemap puis reprojection dans un shader ? Et pour les étoiles, des points ou des sprites ?"""),
        _u("""Erreur WebGPU au moment du draw :

Vertex buffer slot 1 required by [RenderPipeline "arbres"] was not set.
 - While encoding [RenderPassEncoder].DrawIndexed(4800, 2000, 0, 0, 0).

Dans le pipeline :
buffers: [
  { arrayStride: 32, attributes: [pos, normal, uv] },
  { arrayStride: 64, stepMode: 'instance', attributes: [m0, m1, m2, m3] },
]

Je fais pass.setVertexBuffer(0, geometrie) et setIndexBuffer. J'ai oublié quoi pour les matrices d'instances ?"""),
        _u("""Notre visionneuse de plans en 3D affiche ça dans la console au bout d'un moment :

WARNING: Too many active WebGL contexts. Oldest context will be lost.
THREE.WebGLRenderer: Context Lost.

On a une liste de 30 produits et chaque carte de la liste a son propre <canvas> avec un petit WebGLRenderer qui fait tourner l'aperçu 3D. Comment faire autrement pour afficher 30 aperçus 3D sur la même page ?"""),
    ],
    "pt": [
        _u("como faço a câmera girar em volta do produto sozinha no three.js, tipo vitrine"),
        _u(
            "Tenho uma loja de tênis e quero que o cliente veja o tênis em 3D no site e troque a cor do cadarço. Por onde começo a parte 3D?"
        ),
        _u(
            "meu modelo .glb aparece gigante e fora do centro, como centralizo e deixo no tamanho certo"
        ),
        _u(
            "Shader de fogo estilo desenho animado pra um jogo de navegador, alguém tem um exemplo simples em GLSL?"
        ),
        _u(
            "quero um fundo pro site com um monte de cubinhos flutuando e girando devagar, bem leve"
        ),
        _u(
            "Em react-three-fiber, como eu faço pra trocar de modelo quando o usuário clica num botão sem piscar a tela?"
        ),
        _u("qual a diferença entre PCF e VSM nas sombras? qual fica mais bonito num interior"),
        _u(
            "Estou fazendo um mapa 3D da fazenda com os talhões em relevo. Como pinto cada talhão de uma cor conforme a produtividade?"
        ),
        _u("o vidro da janela na minha cena some quando olho por certos ângulos"),
        _u("dá pra rodar WebGPU no celular Android hoje? quero fazer um simulador de fluido"),
        _u("Como faço pra deixar a grama da cena balançando com o vento sem matar o fps?"),
        _u(
            "preciso explicar pro cliente por que o modelo 3D dele de 300MB não dá pra abrir no site assim. como funcionam polígonos e texturas no navegador, em palavras simples?"
        ),
        _u(
            "efeito de raio-x num shader: ver o esqueleto por dentro do personagem quando ele passa atrás de uma parede"
        ),
        _m(
            "Quero que ao passar o mouse num prédio do meu mapa 3D ele fique destacado.",
            "Use um `Raycaster` no `pointermove` e, ao achar o prédio, troque temporariamente o material por um com `emissive` mais forte. Guarde o material original num `Map` pra restaurar quando o mouse sair.",
            "e mostrar uma etiqueta com o nome dele",
        ),
        _m(
            "como deixo o metal do meu modelo com cara de metal de verdade? tá parecendo plástico cinza",
            "Metal depende muito do que ele reflete. Defina `metalness: 1`, `roughness` entre 0.2 e 0.4 e, principalmente, coloque um mapa de ambiente: `scene.environment = pmrem.fromScene(new RoomEnvironment()).texture`.",
            "agora ficou espelhado demais",
        ),
        _m(
            "Babylon.js: como faço uma explosão com partículas?",
            'Use `ParticleHelper.CreateAsync("explosion", scene)` que já vem com um conjunto pronto, ou monte um `ParticleSystem` com `emitRate` alto por um curto período, `minEmitPower` e `maxEmitPower` grandes e uma textura de fumaça/fogo com `blendMode = BLENDMODE_ADD`.',
            "e fazer a câmera tremer junto",
        ),
        _m(
            "faz um shader que deixa a imagem em preto e branco",
            "```glsl\nuniform sampler2D tDiffuse;\nvarying vec2 vUv;\nvoid main(){\n  vec3 c = texture2D(tDiffuse, vUv).rgb;\n  float l = dot(c, vec3(0.299, 0.587, 0.114));\n  gl_FragColor = vec4(vec3(l), 1.0);\n}\n```",
            "agora sépia",
        ),
        _m(
            "Montei um visualizador de moléculas com esferas e cilindros, mas com proteína grande fica lentíssimo.",
            "Troque cada átomo por uma instância: um `InstancedMesh` de esfera por elemento químico e outro de cilindro pras ligações. Com isso milhares de átomos viram poucas draw calls. Diminua os segmentos da esfera também.",
            "dá pra fazer as esferas sem geometria nenhuma?",
        ),
        _m(
            "meu jogo 3d no navegador: a câmera em primeira pessoa tá com o mouse travando",
            "Use a Pointer Lock API: `canvas.requestPointerLock()` no clique, e no `mousemove` use `movementX/movementY` pra girar yaw e pitch. O `PointerLockControls` do three.js já faz isso.",
            "o olhar vira de cabeça pra baixo se eu subir muito",
        ),
        _m(
            "Quero mostrar os andares de um shopping em 3D e poder esconder os de cima.",
            "Agrupe cada andar num `Group` e controle `andar.visible`. Pra ficar elegante, anime a subida e a opacidade dos andares superiores antes de escondê-los, com materiais `transparent: true`.",
            "quando fica transparente aparece tudo bagunçado por cima",
        ),
        _m(
            "como se faz aquele efeito de scroll em que o objeto 3D vai se montando peça por peça?",
            "Guarde a posição final de cada peça, comece cada uma deslocada (explodida) e no scroll interpole de volta com um atraso por peça: `t_i = clamp((scroll - i*0.02) * 5, 0, 1)`.",
            "no celular o scroll fica travando o 3d",
        ),
        _m(
            "Qual a forma mais simples de ter uma luz de neon no meu cenário cyberpunk?",
            "Um mesh com `emissive` forte e `toneMapped: false` no material, mais o pós-processamento de bloom com limiar alto, assim só o neon brilha. Pra iluminar o ambiente, ponha uma `RectAreaLight` na mesma posição.",
            "quero que pisque de vez em quando, como neon com defeito",
        ),
        _s(
            "Você é o assistente virtual da Casa Viva, uma loja online de móveis com visualização 3D. Responda de forma simples.",
            "no 3D o sofá de veludo parece de couro brilhante, não tem nada a ver com o da foto",
        ),
        _s(
            "Você é um agente de programação no editor do usuário. Projeto: jogo de corrida em Babylon.js com TypeScript.",
            "os faróis do carro não iluminam a pista à noite, ajeita isso no src/car/lights.ts",
        ),
        _s(
            "Você é monitor da disciplina de Computação Gráfica de uma universidade. Dê dicas, não a resposta pronta.",
            "no meu trabalho de rasterização os triângulos aparecem com buracos entre eles, umas linhas pretas",
        ),
        _s(
            "Assistente interno do time de produto de uma startup de turismo.",
            "Queremos um tour 3D pelo hotel, mas as fotos 360 ficam esticadas nos polos. Isso é coisa do formato da imagem ou do jeito que mostramos no navegador?",
        ),
        _s(
            "Você é um assistente prestativo.",
            "meu filho quer um jogo no navegador de um foguete que decola e sai da Terra. quero fazer a parte visual em 3D",
            "Dá pra fazer com three.js: a Terra como uma esfera com textura, o foguete como um modelo simples, e a câmera seguindo o foguete. Na decolagem, um sistema de partículas de fumaça e fogo saindo da base.",
            "e quando ele sai da atmosfera o céu tem que ficar preto com estrelas",
        ),
        _s(
            "Você é o bot de suporte técnico de uma plataforma de cursos online de programação criativa.",
            "na aula 7 o shader de ondas dá tela preta no meu notebook, no do professor funciona",
        ),
        _u("""Olha o erro que aparece quando carrego a textura de vídeo:

three.module.js:1 WebGL: INVALID_VALUE: texImage2D: bad image data
three.module.js:1 [.WebGL-0x3b4c] GL_INVALID_OPERATION: Error: 0x00000502, in ../../third_party/angle/src/libANGLE/renderer/d3d/d3d11/TextureStorage11.cpp, allocateTexture

const video = document.createElement('video');
video.src = '/media/intro.mp4';
const tex = new THREE.VideoTexture(video);
tela.material.map = tex;

O vídeo tem áudio e não dei play em lugar nenhum. O que tá errado?"""),
        _u("""Meu loop de renderização tá assim e o celular esquenta muito mesmo com a cena parada:

function loop() {
  controls.update();
  composer.render();
  requestAnimationFrame(loop);
}
loop();

Tem bloom, SSAO e FXAA no composer. A cena é um visualizador de um apartamento, fica 90% do tempo parada esperando o usuário mexer. Como faço pra renderizar só quando precisa?"""),
        _u("""Resultado do spector.js num frame do nosso configurador de carros:

- 1.920 draw calls
- 412 trocas de shader
- 3 render targets de sombra de 4096x4096
- Reflexo do chão renderizado com a cena inteira de novo
- Tempo de GPU: 38 ms no MacBook Air M1

Queria chegar em 16 ms. O que cortar primeiro sem o carro perder o visual premium?"""),
        _u("""Fiz esse shader de dissolver mas a borda não brilha como eu queria:

uniform sampler2D uRuido;
uniform float uProgresso;
varying vec2 vUv;
void main(){
  float n = texture2D(uRuido, vUv).r;
  if (n < uProgresso) discard;
  vec3 cor = vec3(0.8);
  if (n < uProgresso + 0.05) cor = vec3(1.0, 0.5, 0.0);
  gl_FragColor = vec4(cor, 1.0);
}

A borda laranja aparece, mas é dura e sem brilho. Como deixo ela degradê e brilhando com o bloom?"""),
        _u("""Briefing do cliente (indústria de cosméticos):

"Queremos uma página de lançamento do novo perfume em que o frasco aparece em 3D girando, com o líquido dentro se mexendo quando o usuário arrasta, e a luz atravessando o vidro e fazendo aqueles brilhos coloridos no fundo. Tem que abrir rápido no Instagram (navegador interno)."

Como abordar cada efeito: o vidro com refração, o líquido balançando e os brilhos de cáustica? E o navegador interno do Instagram aguenta?"""),
        _u("""Erro no WebGPU que não entendo:

The current pipeline ([RenderPipeline "chao"]) was created with a default layout, and is not compatible with the [BindGroup "texturas"] set at group index 1 which uses a [BindGroupLayout] that was not created by the pipeline. Either use the bind group layout returned by calling getBindGroupLayout(1) on the pipeline when creating the bind group, or provide an explicit pipeline layout when creating the pipeline.

Tenho dois pipelines (chão e objetos) que usam as mesmas texturas. Quero reaproveitar o mesmo bind group nos dois. Como organizo?"""),
        _u(
            "sou professora de química e queria mostrar moléculas em 3D no site da escola, dá pra girar com o dedo no tablet? como faço essa parte 3D sem ser programadora"
        ),
        _u(
            "O colchão no nosso visualizador 3D parece uma pedra lisa. Como faço parecer macio, com tecido acolchoado?"
        ),
        _u("shader de holofote de palco, aquele cone de luz com poeira visível"),
        _u("three.js: como eu faço um minimapa visto de cima no canto da tela do meu jogo"),
        _u(
            "tô fazendo um tour virtual da pousada e o reflexo da piscina tá estranho, parece um espelho perfeito"
        ),
        _u("como faço o modelo 3d reagir ao giroscópio do celular, inclinando o aparelho"),
        _u("Babylon.js: como animar a porta da garagem abrindo em sanfona quando clica"),
        _u(
            "Quero um gráfico de barras 3D da produção de café por estado, com o mapa do Brasil no chão. Qual a melhor forma de desenhar isso no navegador?"
        ),
        _u("as linhas do meu wireframe ficam grossas em um monitor e fininhas no outro"),
        _u("Como faço um céu de pôr do sol com degradê e um sol que se mexe, sem usar imagem?"),
        _u("WebGPU: qual o jeito certo de redimensionar o canvas sem quebrar o depth buffer?"),
        _u("meu jogo de corrida: o carro some quando passa na frente do outdoor transparente"),
        _u(
            "o que é um 'draw call' e por que meu visualizador de peças com 3 mil parafusos tá travando?"
        ),
        _u(
            "quero mostrar a casa que a gente vai construir pros clientes em 3D com a luz do sol real de cada hora. como se faz a sombra mudar ao longo do dia no navegador?"
        ),
        _u(
            "efeito de cristal/diamante que brilha com arco-íris quando gira, pra uma joalheria, em r3f"
        ),
        _m(
            "Fiz um carrossel 3D de produtos em three.js, as imagens ficam num círculo.",
            "Legal! Pra girar com suavidade, guarde um `anguloAlvo` e no loop faça `grupo.rotation.y += (anguloAlvo - grupo.rotation.y) * 0.1`. Nos botões, some ou subtraia `2 * Math.PI / numeroDeItens`.",
            "e deixar os de trás mais escuros",
        ),
        _m(
            "Como faço um terreno infinito que vai gerando conforme o jogador anda?",
            "Divida o mundo em chunks. Mantenha uma grade 5x5 de chunks ao redor do jogador; quando ele muda de chunk, gere os novos com ruído (Simplex) baseado na posição global e descarte os que ficaram longe, chamando `dispose()` na geometria.",
            "dá uma travadinha quando gera",
        ),
        _m(
            "No Babylon, quero que a câmera trema quando o monstro pisa.",
            "Aplique um deslocamento temporário: guarde a posição base e, por 0,3 s, some `(Math.random() - 0.5) * intensidade` em x e y, reduzindo a intensidade a cada frame até zero.",
            "só quando o monstro tá perto",
        ),
        _m(
            "Meu modelo do Sketchfab veio com texturas mas fica tudo roxo e preto no three.js.",
            "Roxo e preto costuma ser textura que não carregou ou caminho errado. Confira a aba Network: se os arquivos do `.gltf` não estão sendo achados, exporte como `.glb` (tudo num arquivo só) ou ajuste o `setPath` do loader.",
            "agora carregou mas tá tudo espelhado",
        ),
        _m(
            "Quero que quando o usuário clica num planeta do meu sistema solar ele mostre as luas orbitando de perto.",
            "Use um `Group` para cada planeta com as luas como filhos. Ao clicar, anime a câmera até perto do planeta (GSAP) e mude o alvo dos `OrbitControls` pro centro do planeta, assim o usuário gira em volta dele.",
            "e a escala de tempo acelerar só quando estiver perto",
        ),
        _m(
            "r3f: como deixo o chão refletindo o carro, tipo showroom?",
            'Use o `MeshReflectorMaterial` do drei num plano: `<MeshReflectorMaterial blur={[300, 100]} resolution={1024} mixBlur={1} mixStrength={40} roughness={1} color="#151515" metalness={0.5} />`.',
            "fica pesado no celular",
        ),
        _m(
            "Tenho um pôster de filme e quero que ele saia da tela em 3D com efeito parallax quando mexe o mouse.",
            "Separe o pôster em camadas (fundo, personagem, título) em planos a profundidades diferentes. Mova a câmera levemente com o mouse e o parallax aparece sozinho. Pra algo mais fácil, um shader com mapa de profundidade desloca a UV da imagem.",
            "o do mapa de profundidade",
        ),
        _m(
            "Estou fazendo um simulador de tráfego 3D e tenho 2000 carros.",
            "Use um `InstancedMesh` por modelo de carro e atualize as matrizes a cada frame com `setMatrixAt`, marcando `instanceMatrix.needsUpdate = true`. Pra cores diferentes, `setColorAt`.",
            "os carros longe poderiam ser só retângulos?",
        ),
        _m(
            "como faço efeito de lente de aumento no mouse em cima de um modelo 3D",
            "Renderize a cena num render target e, num pass final, amplie a UV dentro de um círculo em volta do mouse: `uv = mouse + (vUv - mouse) / zoom` se `distance(vUv, mouse) < raio`.",
            "com a borda distorcida tipo vidro",
        ),
        _m(
            "Meu personagem no three.js não recebe a sombra da árvore, só o chão recebe.",
            "Coloque `receiveShadow = true` em todas as malhas do personagem (use `traverse`, porque o GLB tem vários filhos). E confira se a câmera de sombra da luz cobre a área onde ele está.",
            "agora ele tem umas listras no rosto",
            "É shadow acne: a sombra do próprio objeto se projeta nele mesmo. Ajuste `light.shadow.bias = -0.0005` e `light.shadow.normalBias = 0.02`, aumentando aos poucos até sumir.",
            "sumiu mas agora a sombra parece descolada do pé",
        ),
        _m(
            "quero uma textura de tijolos que não repita tanto numa parede enorme",
            "Misture duas escalas da mesma textura com uma máscara de ruído, ou use a técnica de 'texture bombing' / stochastic tiling no shader, que sorteia deslocamentos por célula pra quebrar a repetição.",
            "o stochastic tiling explica melhor",
        ),
        _s(
            "Você é a assistente virtual da Planeja Casa, um app de planta 3D para reformas. Explique como para alguém leigo.",
            "quando coloco o piso de porcelanato ele fica brilhando igual espelho e aparece tudo refletido, fica estranho",
        ),
        _s(
            "Você é um agente de código dentro do editor. Projeto: visualizador em volume de tomografias industriais de peças fundidas, com WebGL2.",
            "o volume renderizado tá com listras em anel, tipo fatias, quando giro a câmera",
        ),
        _s(
            "Você é o monitor de uma disciplina de jogos digitais. Oriente sem entregar o código pronto.",
            "minha skybox tá com as emendas aparecendo nos cantos do cubo",
        ),
        _s(
            "Assistente interno da equipe de produto de uma montadora.",
            "O pessoal de vendas quer que o configurador mostre o carro na chuva, com gotas escorrendo na lataria. Dá pra fazer isso em tempo real no navegador?",
        ),
        _s(
            "Você é um assistente útil.",
            "estou fazendo um jogo de pesca 3D no navegador com meu filho",
            "Que projeto bacana! Pra parte visual: um lago como plano com shader de água, um barquinho boiando, e a linha de pesca como uma curva que vai do caniço até a boia.",
            "a boia tem que balançar com as ondinhas",
        ),
        _u("""Tá dando isso quando abro a página do visualizador no iPhone:

[Error] WebGL: context lost.
[Error] THREE.WebGLRenderer: Context Lost.

Carrego um GLB de 48 MB com 14 texturas de 4096x4096 (PNG). No Android e no PC abre normal. Alguém sabe qual o limite de memória de textura do Safari no iOS e como devo converter essas texturas?"""),
        _u("""Meu código de picking tá selecionando o objeto errado, sempre um pouco ao lado de onde clico:

canvas.addEventListener('click', (e) => {
  mouse.x = (e.clientX / window.innerWidth) * 2 - 1;
  mouse.y = -(e.clientY / window.innerHeight) * 2 + 1;
  raycaster.setFromCamera(mouse, camera);
  const hits = raycaster.intersectObjects(cena.children, true);
  if (hits.length) selecionar(hits[0].object);
});

O canvas não ocupa a tela toda, tem uma barra lateral de 300px à esquerda e um cabeçalho. Como corrijo?"""),
        _u("""Números do nosso gêmeo digital da fábrica (monitor do three.js / stats):

FPS: 19
MS: 52
Calls: 7.340
Triângulos: 12,8 M
Geometrias: 7.100
Texturas: 92

São 7 mil peças vindas do CAD, cada uma com sua geometria, mas muitas são iguais (parafusos, flanges, válvulas). Dá pra juntar as iguais automaticamente? E como fica o clique em cada peça depois de juntar?"""),
        _u("""Shader de dissolver funcionando no PC, mas no Android aparecem blocos quadrados no ruído:

precision mediump float;
uniform float uTempo;
varying vec2 vUv;
float hash(vec2 p){ return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }
void main(){
  float n = hash(floor(vUv * 512.0 + uTempo * 100.0));
  if (n < 0.5) discard;
  gl_FragColor = vec4(1.0);
}

Li que é coisa de precisão. Tenho que usar highp ou mudar a função de hash?"""),
        _u("""Pedido do cliente (parque de diversões) pro site novo:

• Mapa 3D do parque com as atrações em miniatura, estilo maquete
• A roda-gigante e a montanha-russa se mexendo
• Clicar numa atração dá zoom e mostra o tempo de fila
• Modo noturno com as luzes das atrações acesas
• Funciona no celular enquanto a pessoa tá no parque (4G)

Como fazer o estilo maquete (tilt-shift?), as luzes noturnas sem dezenas de luzes reais, e manter o download pequeno pro 4G?"""),
        _u("""Log do console ao iniciar nossa cena WebGPU no Chrome Android:

Adapter: { vendor: 'qualcomm', architecture: 'adreno-6xx' }
Limits: maxStorageBuffersPerShaderStage: 4, maxComputeWorkgroupStorageSize: 16384
Device lost: "A valid external Instance reference no longer exists."
Uncaught (in promise) OperationError: Failed to create compute pipeline: Number of storage buffers (6) exceeds the max (4).

Nossa simulação de partículas usa 6 storage buffers no mesmo shader. Como reorganizo pra caber nesse limite?"""),
    ],
    "it": [
        _u("come faccio a far ruotare il modello 3D col dito sul telefono in three.js"),
        _u(
            "Ho un piccolo negozio di ceramiche artigianali e vorrei mostrare i vasi in 3D sul sito, che si vedano bene la smaltatura e i riflessi. Serve per forza uno sviluppatore o ci sono modi semplici per la parte 3D?"
        ),
        _u("il mio pianeta che gira nella home scatta sui telefoni vecchi, cosa posso alleggerire"),
        _u("shader glsl per un effetto nebbia che sale dal pavimento, tipo discoteca"),
        _u(
            "Babylon.js: come si fa a far seguire la telecamera al personaggio con un po' di ritardo morbido?"
        ),
        _u("perché il mio modello ha delle facce che spariscono quando lo giro? sembra bucato"),
        _u(
            "Vorrei capire cos'è il PBR e perché tutti dicono che i materiali 'fisicamente corretti' sono meglio. Faccio modelli in Blender."
        ),
        _u("in r3f come metto un'immagine di sfondo a 360 gradi dietro al modello"),
        _u(
            "la luce del sole nella mia scena fa sembrare tutto piatto, mancano le ombre negli angoli"
        ),
        _u(
            "Voglio visualizzare il percorso del Giro d'Italia su una mappa 3D con le montagne in rilievo, la linea che si disegna piano piano. Che approccio usereste?"
        ),
        _u("come si fa un effetto acquerello in post processing"),
        _u("ho 10 mila sedie in uno stadio 3D, ogni sedia è un mesh e il browser muore"),
        _u(
            "WebGPU o WebGL per un visualizzatore di simulazioni di fluidi? Mi servono i compute shader"
        ),
        _u("il testo 3D con TextGeometry è sfocato e pieno di triangoli strani sulle lettere"),
        _u(
            "Come si ottiene un effetto tilt-shift, quello che fa sembrare la città un plastico, in una scena three.js?"
        ),
        _m(
            "Come posso mostrare un'automobile esplosa, con i pezzi che si allontanano dal centro?",
            "Per ogni pezzo calcola la direzione dal centro del modello (`pezzo.position.clone().sub(centro).normalize()`), salva la posizione originale e interpola verso `originale + direzione * distanza` con uno slider o un'animazione.",
            "i pezzi più interni non si muovono quasi",
        ),
        _m(
            "Nel mio gioco voglio che i nemici lampeggino di rosso quando vengono colpiti.",
            "Clona il materiale di ogni nemico e, al colpo, imposta `material.emissive.set(0xff0000)`; poi riportalo a nero nel giro di 150 ms interpolando nel loop di rendering.",
            "sono InstancedMesh, non posso clonare il materiale",
        ),
        _m(
            "Ho un configuratore di cucine, devo far vedere le ante aperte e chiuse.",
            "Metti ogni anta in un `Group` con l'origine sulla cerniera, così ruoti il gruppo e l'anta gira nel punto giusto. Anima `rotation.y` da 0 a -Math.PI/2 con GSAP al clic.",
            "e i cassetti?",
        ),
        _m(
            "Sto facendo una dashboard con un grafico a barre 3D di vendite per regione.",
            "Un `InstancedMesh` di box, una barra per regione/mese: altezza nella matrice, colore con `setColorAt`. Assi e etichette con `CSS2DRenderer`. Per la leggibilità usa una camera ortografica leggermente inclinata.",
            "al passaggio del mouse voglio il valore",
        ),
        _m(
            "La mia scena in Babylon ha un effetto nebbia ma lo sfondo resta blu, stona.",
            "Imposta `scene.clearColor` uguale al colore della nebbia (`scene.fogColor`), così l'orizzonte si fonde. Se hai una skybox, mettile `applyFog = true` nel materiale o togli la skybox.",
            "con la skybox la voglio tenere però",
        ),
        _m(
            "Perché il mio render a schermo intero è lento solo sullo schermo 4K?",
            "Il fragment shader gira per ogni pixel: in 4K sono 4 volte tanti rispetto al Full HD. Limita il pixel ratio (`renderer.setPixelRatio(Math.min(devicePixelRatio, 1.5))`) o abbassa la risoluzione dei passaggi di post-processing.",
            "si vede però meno nitido",
        ),
        _m(
            "Voglio disegnare delle linee che collegano le città su un globo, animate.",
            "Crea per ogni coppia una curva (`CubicBezierCurve3`) alzata sopra la superficie, generane i punti e disegnala con `Line2` (da `three/examples/jsm/lines`). Per l'animazione usa `geometry.setDrawRange(0, n)` aumentando `n` nel tempo.",
            "e un puntino luminoso che viaggia sulla linea",
        ),
        _m(
            "Il mio modello animato da Mixamo in three.js è fermo, non parte l'animazione.",
            "Serve un `AnimationMixer`: `const mixer = new THREE.AnimationMixer(gltf.scene); mixer.clipAction(gltf.animations[0]).play();` e nel loop `mixer.update(clock.getDelta())`.",
            "ora va, ma il modello si sposta in avanti e poi torna indietro di scatto",
        ),
        _m(
            "come faccio ombre morbide in r3f senza che il frame rate crolli",
            "Usa `<AccumulativeShadows>` con `<RandomizedLight>` di drei per scene statiche: accumula le ombre su più frame e poi si ferma. Per scene dinamiche, `<SoftShadows />` (PCSS) con mapSize moderata.",
            "la scena è statica ma la camera si muove",
        ),
        _s(
            "Sei l'assistente clienti di Arredo3D, un servizio che crea showroom virtuali per negozi di mobili. Rispondi in modo semplice e cordiale.",
            "nel nostro showroom il pavimento in parquet si vede tutto a righe tremolanti quando si cammina",
        ),
        _s(
            "Sei un agente di programmazione nell'editor dell'utente. Progetto: sito di un'azienda vinicola con una bottiglia in three.js.",
            "il vino dentro la bottiglia non si vede, c'è solo il vetro. sistemalo nel componente Bottle.tsx",
        ),
        _s(
            "Sei il tutor di un corso universitario di grafica 3D. Aiuta lo studente a ragionare senza dare il codice completo.",
            "ho implementato la camera con le matrici ma quando ruoto tutto si deforma, si stira",
        ),
        _s(
            "Assistente interno del reparto marketing di un'azienda di occhiali.",
            "Il fornitore ci ha consegnato i modelli 3D degli occhiali in FBX con texture TIFF. Per metterli sul sito cosa bisogna convertire e come si controlla che le lenti sembrino vere?",
        ),
        _s(
            "Sei un assistente disponibile.",
            "sto facendo un presepe 3D interattivo per il sito della parrocchia, vorrei la stella cometa che brilla sopra la capanna",
            "In three.js: una stella con `MeshBasicMaterial` di colore caldo e `toneMapped: false`, un `UnrealBloomPass` per il bagliore, e una scia fatta di particelle additive che si allungano dietro.",
            "e che di notte le casette abbiano le finestre illuminate",
        ),
        _s(
            "Sei il bot di supporto di un corso online di creative coding.",
            "Nell'esercizio 4 il mio shader con il noise fa i quadrati invece delle macchie morbide, perché?",
        ),
        _u("""Ciao, ho questo errore quando apro la pagina con il visualizzatore 3D:

Uncaught TypeError: Cannot read properties of undefined (reading 'traverse')
    at GLTFLoader.onLoad (viewer.js:48:15)

viewer.js:
loader.load('/modelli/poltrona.gltf', (gltf) => {
  const modello = gltf.scenes;
  modello.traverse((o) => {
    if (o.isMesh) { o.castShadow = true; o.receiveShadow = true; }
  });
  scena.add(modello);
});

Il file gltf si apre bene nel viewer online di three.js. Cosa sbaglio?"""),
        _u("""Questa è la mia funzione per generare il terreno, ma le normali sembrano sbagliate, si vedono le facce a scacchi:

const geo = new THREE.PlaneGeometry(100, 100, 256, 256);
geo.rotateX(-Math.PI / 2);
const pos = geo.attributes.position;
for (let i = 0; i < pos.count; i++) {
  const x = pos.getX(i), z = pos.getZ(i);
  pos.setY(i, rumore(x * 0.05, z * 0.05) * 12);
}
const terreno = new THREE.Mesh(geo, new THREE.MeshStandardMaterial({ color: 0x5a7d3a, flatShading: false }));

Non chiamo nient'altro dopo il ciclo. Manca qualcosa?"""),
        _u("""Numeri dal pannello di debug del nostro museo virtuale (Babylon.js, scena.getEngine()):

FPS: 22
Draw calls: 1.650
Materiali: 780
Texture caricate: 1.240 (VRAM stimata 3,1 GB)
Luci attive: 24, di cui 6 con ombre

Ogni quadro ha il suo materiale e la sua texture in 4K. Su un portatile con grafica integrata crasha. Quali interventi di rendering ci consigliate, in ordine di impatto?"""),
        _u("""Dal cliente (cantina vinicola) ci arriva questa richiesta per la pagina 3D:

- una bottiglia che ruota, con l'etichetta leggibile
- il vetro verde scuro deve sembrare vero, con i riflessi della cantina
- all'apertura del tappo, il vino viene versato in un calice
- tutto deve funzionare sul telefono

Dal punto di vista grafico: come si rende il vetro colorato con il liquido dentro, e il versamento del vino è fattibile in tempo reale o meglio un'animazione preparata in Blender?"""),
        _u("""Il post-processing mi dà questo warning e l'immagine diventa tutta verde:

THREE.WebGLRenderer: EXT_color_buffer_float extension not supported.
WebGL: INVALID_ENUM: renderbufferStorage: invalid internalformat

const composer = new EffectComposer(renderer, new THREE.WebGLRenderTarget(w, h, { type: THREE.FloatType }));

Succede solo su alcuni tablet Android. Come scelgo il formato giusto dei render target per essere compatibile?"""),
        _u(
            "sono un'insegnante di storia dell'arte, vorrei far vedere il Pantheon in 3D sulla LIM e girarci dentro. come si fa la parte 3D su una pagina web senza essere programmatrice?"
        ),
        _u(
            "Il divano in velluto nel nostro configuratore sembra di plastica lucida. Cosa serve per avere quell'effetto morbido che cambia col punto di vista?"
        ),
        _u("shader per far sembrare un'immagine dipinta a olio, con pennellate"),
        _u("three.js: il cielo della mia scena si vede tagliato, come se ci fosse un cubo"),
        _u(
            "nel mio gioco di astronavi voglio un campo di asteroidi che ruotano, almeno 5000, senza che il browser scoppi"
        ),
        _u(
            "Babylon.js: come faccio a mettere un riflesso sul pavimento lucido solo in una stanza?"
        ),
        _u(
            "come si fa a mostrare un modello 3D sopra una foto del prodotto in modo che sembri dentro la foto, con le ombre giuste"
        ),
        _u(
            "r3f: voglio che la scena si veda in bianco e nero e diventi a colori quando passo col mouse su un oggetto"
        ),
        _u(
            "Ho una mappa 3D di un vigneto con i filari. Come coloro le viti in base ai dati dei sensori di umidità?"
        ),
        _u(
            "le ombre sul mio terreno sono sfocate vicino e nitide lontano, al contrario di come dovrebbe"
        ),
        _u("cos'è un cubemap e quando serve? me lo spiegate come a un fotografo"),
        _u(
            "WebGPU: come faccio il culling degli oggetti fuori dalla camera direttamente sulla GPU"
        ),
        _u(
            "voglio una transizione tra due stanze del tour virtuale con una dissolvenza incrociata invece del salto secco"
        ),
        _u("il fumo delle mie particelle ha i bordi quadrati quando tocca il pavimento"),
        _u(
            "In un visualizzatore di prodotti, come si fa l'effetto 'turntable' con sfondo infinito bianco e ombra morbida, tipo foto da studio?"
        ),
        _m(
            "Come si fa una lava che scorre in un shader?",
            "Fai scorrere una texture di rumore nella direzione del flusso (`uv.y -= uTime * 0.05`), deforma le UV con un secondo rumore più lento, mappa il valore su una rampa nero-rosso-arancio-giallo e metti il risultato in `emissive` così il bloom la fa brillare.",
            "con delle croste scure che galleggiano",
        ),
        _m(
            "Nel mio configuratore di scarpe voglio che si possa ruotare la scarpa ma non farla finire sottosopra.",
            "Con `OrbitControls` limita l'angolo polare: `controls.minPolarAngle = Math.PI * 0.2; controls.maxPolarAngle = Math.PI * 0.55;` così non si passa sotto la suola.",
            "e lo zoom non deve entrare dentro la scarpa",
        ),
        _m(
            "GLSL: come ottengo un motivo a esagoni, tipo alveare?",
            "```glsl\nvec2 s = vec2(1.0, 1.7320508);\nvec4 hexCoords(vec2 uv){\n  vec4 c = floor(vec4(uv, uv - vec2(0.5, 1.0)) / s.xyxy) + 0.5;\n  vec4 h = vec4(uv - c.xy * s, uv - (c.zw + 0.5) * s);\n  return dot(h.xy, h.xy) < dot(h.zw, h.zw) ? vec4(h.xy, c.xy) : vec4(h.zw, c.zw + 0.5);\n}\n```\n`xy` è la posizione nell'esagono, `zw` l'id della cella.",
            "ora fai che le celle si accendano a caso",
        ),
        _m(
            "Come faccio a far girare la Terra con la luce del sole realistica, giorno e notte?",
            "Luce direzionale fissa come sole, Terra che ruota. Nello shader: `float d = dot(normal, sunDir);` e `mix(nightTex, dayTex, smoothstep(-0.1, 0.1, d))` per una transizione morbida al terminatore.",
            "le nuvole devono fare ombra sulla terra",
        ),
        _m(
            "Il mio gioco in Babylon ha un'erba che sembra cartone.",
            "Usa tanti piccoli ciuffi con thin instances, alpha-test sulle foglie, un colore più scuro alla base e più chiaro in punta, e fai ondeggiare i vertici in alto con il vento nel vertex shader.",
            "come faccio il vertex shader in Babylon",
        ),
        _m(
            "vorrei far vedere un edificio che si costruisce piano per piano in un video 3D interattivo",
            "Ordina i mesh per altezza e anima la comparsa: per ogni piano scala da 0 a 1 in y, oppure usa una clipping plane che sale con un bordo luminoso. Collega il progresso allo scroll o a un pulsante play.",
            "quella col bordo luminoso",
        ),
        _m(
            "Come si fa un effetto 'matrix' con le lettere verdi che cadono, ma in 3D, su dei muri?",
            "Nel fragment shader dei muri suddividi le UV in colonne, per ogni colonna un offset verticale che scorre a velocità diverse, e campiona un atlante di caratteri. La luminosità cala lungo la scia.",
            "che passino anche sul pavimento",
        ),
        _m(
            "Ho un grafico 3D con OrbitControls e quando si ruota le etichette HTML restano davanti anche se dovrebbero essere nascoste dietro al grafico.",
            "Con `CSS2DRenderer` le etichette non hanno profondità. Fai un raycast dalla camera verso ogni etichetta e nascondile se c'è un ostacolo più vicino, o usa `<Html occlude>` di drei in r3f.",
            "ho 500 etichette, il raycast per ognuna costa",
        ),
        _m(
            "i miei modelli in three.js hanno un'aria finta perché non c'è luce riflessa tra gli oggetti",
            "È l'illuminazione globale che manca. In tempo reale nel browser è cara: la via pratica è cuocere (bake) l'illuminazione in Blender in lightmap, oppure usare un'environment map e l'AO per simularla.",
            "ma la scena ha oggetti che si muovono",
        ),
        _m(
            "Vorrei un effetto di neve che si accumula sugli oggetti della scena, tipo sopra i tetti.",
            "Nel shader degli oggetti mescola il bianco in base a quanto la normale punta verso l'alto (`smoothstep(0.5, 0.9, worldNormal.y)`), con un uniform `uAccumulo` che cresce nel tempo e un po' di rumore per i bordi.",
            "e sotto i balconi niente neve",
        ),
        _m(
            "Quale motore mi consigliate per un gioco 3D semplice nel browser, three.js o Babylon?",
            "Per un gioco: Babylon ha già fisica, collisioni, GUI, audio e ispettore integrati; three.js è più leggero e flessibile ma devi aggiungere tu fisica e controlli. Se vuoi partire veloce con un gioco completo, Babylon.",
            "e per un gioco con grafica stilizzata tipo cartone",
        ),
        _s(
            "Sei l'assistente virtuale di CasaVista, piattaforma di tour 3D per agenzie immobiliari. Usa parole semplici.",
            "nel tour della villa le piante in giardino sembrano di cartone piatto quando giro intorno",
        ),
        _s(
            "Sei un assistente di programmazione integrato nell'IDE. Progetto: gioco di flipper 3D in three.js.",
            "la pallina attraversa i bordi quando va veloce e la sua ombra sul tavolo non si vede",
        ),
        _s(
            "Sei il tutor di un corso di grafica in tempo reale. Dai indizi, non soluzioni complete.",
            "sto facendo il deferred shading e le luci puntiformi hanno un cerchio netto dove finiscono",
            "Pensa a come hai definito l'attenuazione: arriva davvero a zero al raggio del volume di luce, o viene tagliata di colpo?",
            "uso 1/d² e taglio al raggio",
        ),
        _s(
            "Assistente interno del team digitale di un museo archeologico.",
            "abbiamo la scansione 3D di un'anfora, ma online sembra nuova e pulita. Come facciamo a farla sembrare terracotta antica con la luce radente?",
        ),
        _s(
            "Sei un assistente utile.",
            "faccio fumetti e vorrei che i miei disegni diventassero una piccola scena 3D con profondità quando si muove il telefono",
        ),
        _u("""Report del profiler sul nostro museo virtuale (Chrome, laptop con Iris Xe):

Frame: 48 ms
  - Shadow pass (3 luci): 19 ms
  - Main pass: 16 ms
  - SSAO: 9 ms
  - FXAA: 1 ms
Texture memory: 1,8 GB
Lights: 3 spot con ombre 2048, 12 point senza ombre

Le luci non si muovono mai e nemmeno le statue. Cosa conviene fare con le ombre, visto che è tutto statico?"""),
        _u("""Il mio vertex shader per l'instancing in WebGL2 grezzo disegna tutte le istanze nello stesso punto:

in vec3 aPos;
in vec3 aOffset;
uniform mat4 uVP;
void main(){
  gl_Position = uVP * vec4(aPos + aOffset, 1.0);
}

JS:
gl.bindBuffer(gl.ARRAY_BUFFER, offsetBuf);
gl.enableVertexAttribArray(locOffset);
gl.vertexAttribPointer(locOffset, 3, gl.FLOAT, false, 0, 0);
gl.drawArraysInstanced(gl.TRIANGLES, 0, 36, 1000);

Cosa manca perché l'offset cambi per ogni istanza?"""),
        _u("""Specifiche ricevute dal cliente (fiera del mobile):

- stand virtuale con 25 prodotti, ciascuno configurabile (tessuti, legni, metalli)
- passeggiata libera con tastiera e touch
- materiali realistici: velluto, noce, ottone spazzolato, marmo
- luce calda da showroom, ombre morbide
- deve girare anche su tablet

Per ogni materiale (velluto, ottone spazzolato, marmo) quali parametri di MeshPhysicalMaterial e quali texture servono? E come gestiamo le ombre morbide su tablet?"""),
        _u("""Su WebGPU ottengo questo warning e il rendering è a scatti:

[Buffer "vertici"] is mapped at creation but never unmapped.
Submitted commands using [Buffer "vertici"] while it is mapped.
 - While calling [Queue].Submit([CommandBuffer]).

const vb = device.createBuffer({ size: data.byteLength, usage: GPUBufferUsage.VERTEX, mappedAtCreation: true });
new Float32Array(vb.getMappedRange()).set(data);

Ogni frame ricreo il buffer perché i vertici cambiano. È sbagliato l'approccio? Come aggiorno i vertici ogni frame?"""),
        _u("""Il mio visualizzatore STL mostra le facce come se fossero sfaccettate e con colori a strisce:

const geo = stlLoader.parse(buffer);
const mesh = new THREE.Mesh(geo, new THREE.MeshStandardMaterial({ color: 0xb0b0b0 }));
mesh.material.side = THREE.DoubleSide;
scena.add(mesh);

Nel log: "STLLoader: vertex count 1.842.000, normals: provided". Il pezzo è una curva liscia (una pala di turbina). Come ottengo un aspetto liscio e senza strisce?"""),
    ],
    "ko": [
        _u("three.js에서 모델 불러왔는데 너무 어두워요 조명 어떻게 넣어야 자연스럽나요"),
        _u(
            "저희는 안경 쇼핑몰인데요, 상품 페이지에서 안경테를 3D로 돌려보게 하고 싶어요. 렌즈가 진짜 유리처럼 보이게 하려면 뭘 신경 써야 하나요?"
        ),
        _u("react three fiber로 마우스 따라 살짝 기울어지는 카드 만들고 싶음"),
        _u("GLSL로 화면 가장자리 어둡게 하는 비네팅 효과 어떻게 짜요"),
        _u("Babylon.js 씬이 아이폰에서만 하얗게 떠요. 안드로이드는 정상"),
        _u("웹에서 3D로 아파트 단지 모형 보여주는데 동 이름 라벨을 건물 위에 띄우고 싶어요"),
        _u("WebGPU 배우려고 하는데 WebGL이랑 개념이 어떻게 다른지 한 번에 정리해 주세요"),
        _u("그림자가 계단처럼 각져 보여요 부드럽게 하는 법"),
        _u(
            "우리 게임 캐릭터가 물에 들어가면 물 표면에 파문이 생기게 하고 싶어요. 브라우저 게임이에요"
        ),
        _u("모델 텍스처가 뒤집혀서 붙어요. 로고가 거꾸로 보임"),
        _u("3D 공간에서 별들이 뒤로 날아가는 워프 효과 만드는 법 알려주세요"),
        _u("three.js 에서 클릭한 위치에 핀 꽂는 거, 모델 표면 위에 정확히 붙게 하려면?"),
        _u("셰이더로 만든 배경이 노트북 팬을 엄청 돌려요. 가볍게 할 방법 있을까요"),
        _u(
            "디자이너인데요, 개발자가 '드로우콜이 많아서 느리다'고 하는데 그게 무슨 뜻인지 쉽게 설명해 주세요. 3D 쇼룸 얘기예요"
        ),
        _u(
            "브라우저에서 도시 전체를 3D로 보여주는 지도 만들 때 멀리 있는 건물은 어떻게 가볍게 그려요?"
        ),
        _m(
            "three.js로 눈 내리는 효과 만들고 싶어요",
            "`THREE.Points`로 눈송이 수천 개를 만들고, 각 점의 y를 매 프레임 조금씩 낮추다가 바닥 아래로 가면 위로 되돌리세요. 눈송이 텍스처는 원형 그라데이션 PNG를 쓰고 `transparent: true`, `depthWrite: false`로 두면 됩니다.",
            "좀 더 흩날리게",
        ),
        _m(
            "Babylon에서 차 헤드라이트 불빛 어떻게 만들어요?",
            "`SpotLight` 두 개를 헤드라이트 위치에 두고 차량 메시의 자식으로 붙이세요. `angle`은 0.6 정도, `exponent`로 가장자리 감쇠를 조절하고, 빛줄기가 보이게 하려면 `VolumetricLightScatteringPostProcess`를 추가합니다.",
            "반대편 차 불빛에 눈부신 느낌도",
        ),
        _m(
            "r3f에서 모델이 로딩될 때 진행률 표시하고 싶어요",
            "drei의 `useProgress`를 쓰면 됩니다:\n```jsx\nfunction Loader() {\n  const { progress } = useProgress();\n  return <Html center>{progress.toFixed(0)}%</Html>;\n}\n<Suspense fallback={<Loader />}><Model /></Suspense>\n```",
            "100% 되고 나서 모델이 서서히 나타나게",
        ),
        _m(
            "셰이더에서 물체 가장자리만 빛나게 하는 거 뭐라고 해요?",
            "프레넬(림 라이트) 효과예요. 시선 방향과 노멀의 각도로 계산합니다:\n```glsl\nfloat f = pow(1.0 - max(dot(normalize(vNormal), normalize(vViewDir)), 0.0), 3.0);\ngl_FragColor = vec4(baseColor + rimColor * f, 1.0);\n```",
            "이거 색이 숨쉬듯 변하게",
        ),
        _m(
            "3D 주사위 게임 만드는데 주사위가 너무 매끈해서 장난감 같아요",
            "모서리를 둥글게 한 지오메트리(`RoundedBoxGeometry`)를 쓰고, 재질에 약간의 `roughness` 변화를 주는 노이즈 텍스처와 점 부분은 살짝 들어간 노멀맵을 주면 훨씬 사실적이에요.",
            "상아색에 오래된 느낌으로",
        ),
        _m(
            "웹에서 3D 건물 단면 보여주려고 클리핑 썼는데 잘린 면이 비어 보여요",
            "스텐실 버퍼로 단면을 채우는 방법이 있어요. 뒷면만 그려 스텐실 값을 올리고 앞면으로 내린 뒤, 스텐실이 0이 아닌 곳에 클리핑 평면 크기의 판을 그리면 잘린 면이 채워집니다. three.js 예제 `webgl_clipping_stencil`을 참고하세요.",
            "단면에 빗금 무늬 넣을 수 있어요?",
        ),
        _m(
            "파티클로 불꽃놀이 만들었는데 다 똑같이 터져서 밋밋해요",
            "폭발마다 색상, 입자 수, 속도 분포를 랜덤으로 주고, 중력과 공기 저항으로 감속시키세요. 입자마다 수명을 달리하고 끝날 때 깜빡이며 사라지게 하면 훨씬 자연스러워요.",
            "터질 때 하늘도 잠깐 밝아지게",
        ),
        _m(
            "WebGPU로 삼각형 띄우는 데까지 했어요. 이제 회전시키려면요?",
            "회전 행렬을 유니폼 버퍼로 넘기세요. wgpu-matrix 같은 라이브러리로 매 프레임 `mat4.rotationY(t)`를 만들고 `device.queue.writeBuffer(uniformBuffer, 0, matrix)`로 업데이트한 뒤, WGSL에서 `u.model * vec4f(pos, 1.0)`로 곱합니다.",
            "원근감도 넣고 싶어요",
        ),
        _m(
            "three.js 카메라가 물체에 너무 가까이 가면 물체가 잘려요",
            "카메라의 `near` 값이 커서 그래요. `camera.near = 0.01; camera.updateProjectionMatrix();`로 줄이되, 너무 작게 하면 멀리서 깜빡임(z-fighting)이 생기니 `far`와의 비율을 적당히 유지하세요. OrbitControls의 `minDistance`로 너무 가까이 못 가게 막는 것도 방법입니다.",
            "minDistance 하니까 작은 부품은 확대가 안 돼요",
        ),
        _m(
            "3D 지구본에 실시간 지진 위치를 찍고 싶어요",
            "위도/경도를 구면 좌표로 바꿔 위치를 구하고(`setFromSphericalCoords`), 규모에 따라 크기가 다른 점을 `InstancedMesh`로 찍으세요. 새 지진이 오면 퍼지는 링 애니메이션을 셰이더로 추가하면 눈에 잘 띕니다.",
            "깊이에 따라 색 다르게",
        ),
        _s(
            "당신은 3D 인테리어 시뮬레이터 '룸핏'의 고객센터 챗봇입니다. 쉬운 말로 답하세요.",
            "벽지를 바꾸면 방이 갑자기 어두워지고 가구 그림자가 이상하게 번져요",
        ),
        _s(
            "당신은 사용자의 에디터 안에서 동작하는 코딩 에이전트입니다. 프로젝트는 three.js 기반 우주 슈팅 게임입니다.",
            "총알 맞으면 소행성 깨지는 효과 넣어줘. 조각으로 흩어지게",
        ),
        _s(
            "당신은 대학 컴퓨터그래픽스 수업의 조교입니다. 정답 코드를 주지 말고 힌트를 주세요.",
            "퐁 셰이딩 과제에서 하이라이트가 면마다 끊겨 보여요. 뭘 확인해야 하나요",
        ),
        _s(
            "사내 프론트엔드 팀 Q&A 봇입니다.",
            "홍보 페이지의 3D 제품 뷰어가 저사양 안드로이드에서 자꾸 컨텍스트가 날아간대요. 어떤 것부터 줄여야 하나요?",
        ),
        _s(
            "당신은 친절한 어시스턴트입니다.",
            "고등학교 과학 동아리 발표용으로 태양계 3D 모형을 웹으로 만들고 싶어요",
            "three.js로 태양과 행성을 구로 만들고, 각 행성을 `Group`에 넣어 그룹을 회전시키면 공전, 행성 자체를 회전시키면 자전이 됩니다. 행성 텍스처는 NASA 공개 이미지를 쓰면 좋아요.",
            "궤도 선도 보이게 해 주세요",
        ),
        _s(
            "인디 게임 팀의 기술 지원 봇입니다. 엔진은 Babylon.js입니다.",
            "동굴 안에서 횃불 들고 다니면 주변만 밝고 나머지는 완전 어둡게 하고 싶어요",
        ),
        _u("""콘솔에 이렇게 뜨고 아무것도 안 보여요:

THREE.WebGLRenderer: A WebGL context could not be created. Reason: Web page caused context loss and was blocked
Error creating WebGL context.

새로고침할 때마다 같아요. 방금 전까지 셰이더 테스트하느라 탭을 여러 개 열고 닫고 했어요. 크롬 설정에서 하드웨어 가속은 켜져 있습니다. 이건 코드 문제인가요 브라우저 문제인가요? 그리고 코드에서 컨텍스트 손실을 어떻게 처리하면 좋을까요?"""),
        _u("""하늘 셰이더인데 지평선 쪽에 띠처럼 색이 계단지게 나와요:

varying vec3 vWorldPos;
uniform vec3 uTop;
uniform vec3 uHorizon;
void main(){
  float h = normalize(vWorldPos).y;
  vec3 col = mix(uHorizon, uTop, max(h, 0.0));
  gl_FragColor = vec4(col, 1.0);
}

색 두 개가 아주 비슷한 남색 계열이에요. 밴딩 없애는 방법 있나요?"""),
        _u("""우리 3D 매장 뷰어의 renderer.info 값입니다:

programs: 96
geometries: 2,140
textures: 1,310
calls: 2,205
triangles: 2,960,000

상품마다 MeshStandardMaterial을 새로 만들고 있고, 설정은 거의 같고 색만 달라요. programs가 96개나 되는 게 정상인가요? 셰이더 컴파일 때문에 첫 화면이 4초 멈추는데 줄일 방법이 있을까요?"""),
        _u("""WGSL 컴파일 에러입니다:

error: expected ';' for variable declaration
  let color = textureSample(myTex, mySampler, in.uv)
                                                     ^
error: 'textureSample' must only be called from uniform control flow
  if (in.uv.x > 0.5) { let c = textureSample(myTex, mySampler, in.uv); }

세미콜론은 고쳤는데 두 번째 에러가 이해가 안 돼요. 조건문 안에서 텍스처를 샘플링하면 왜 안 되고, 어떻게 바꿔야 하나요?"""),
        _u("""클라이언트 요구사항 정리했어요. 렌더링 쪽으로 어떻게 구현할지 봐 주세요.

1. 신축 오피스텔 모델하우스를 웹에서 1인칭으로 돌아다님
2. 창밖 풍경은 실제 층수에 맞는 사진
3. 낮/밤 전환 (밤에는 간접조명이 켜짐)
4. 바닥재, 벽지 교체 가능
5. 태블릿에서도 부드럽게

라이트맵을 미리 구워 쓰면 바닥재 바꿀 때 어떻게 되는지, 낮/밤 전환은 라이트맵 두 벌로 하는 게 맞는지 궁금합니다."""),
        _u("""포스트 프로세싱에 SSAO 넣었더니 이런 모양이 나와요:

- 벽과 바닥이 만나는 곳은 좋은데
- 넓은 바닥 한가운데에 얼룩덜룩한 검은 노이즈가 생김
- 카메라를 움직이면 노이즈가 지글지글 움직임
- 멀리 있는 물체 주변에 검은 후광

설정: kernelRadius 16, minDistance 0.005, maxDistance 0.1, 카메라 near 0.1 far 5000

어떤 값을 조정해야 하나요?"""),
        _u(
            "초등학교 선생님인데요, 아이들한테 지구 자전이랑 낮밤이 생기는 걸 3D로 보여주고 싶어요. 웹에서 돌려볼 수 있게 하려면 3D 부분은 어떻게 만들어요?"
        ),
        _u(
            "우리 가구 쇼핑몰 3D 뷰어에서 패브릭 소파가 고무처럼 보인다는 후기가 있어요. 천 느낌 내려면 뭘 바꿔야 해요?"
        ),
        _u("셰이더로 오래된 CCTV 화면 느낌 내고 싶어요. 노이즈랑 색 빠진 느낌"),
        _u("three.js 씬에서 물체가 카메라 가까이 오면 반투명해지게 하고 싶음"),
        _u("Babylon.js로 만든 레이싱 게임에서 차가 지나가면 흙먼지가 날리게"),
        _u("웹 3D 지도에 버스 노선을 빛나는 선으로 그리고 버스가 그 위로 움직이게 하고 싶어요"),
        _u("r3f에서 HTML 스크롤이랑 3D 카메라 이동을 맞추는 게 자꾸 어긋나요"),
        _u("모델이 멀리 있으면 텍스처가 반짝반짝 깜빡여요. 특히 철망 같은 거"),
        _u("WebGPU에서 여러 개의 오브젝트를 그릴 때 유니폼 버퍼를 오브젝트마다 만들어야 해요?"),
        _u("3D 캐릭터 머리카락이 뻣뻣한 판처럼 보여요. 브라우저에서 자연스럽게 하는 방법"),
        _u(
            "기획자인데요, 개발팀이 '라이트맵 굽는다'고 하는데 그게 화면 품질이랑 무슨 상관인지 쉽게 알려주세요. 3D 모델하우스 프로젝트예요"
        ),
        _u("three.js로 만든 행성 표면에 크레이터 넣고 싶어요. 텍스처 말고 실제로 파인 모양으로"),
        _u("게임에서 캐릭터가 벽 뒤에 있을 때 실루엣만 보이게 하는 효과"),
        _u("유리병 안에 반딧불이가 날아다니는 3D 웹 장면 만들고 싶어요"),
        _u("GLSL에서 if문 많이 쓰면 느려진다는데 진짜예요? 셰이더 최적화 팁 알려주세요"),
        _m(
            "three.js로 만든 매장 3D 지도에서 특정 매장 위치까지 경로를 표시하고 싶어요.",
            "경로 지점들로 `CatmullRomCurve3`를 만들고 `TubeGeometry`로 얇은 관을 그린 뒤, 화살표 텍스처를 입혀 `texture.offset.x`를 시간에 따라 움직이면 길 안내처럼 보여요.",
            "층이 다르면 엘리베이터로 올라가는 것도",
        ),
        _m(
            "Babylon.js에서 캐릭터 옷 색상을 바꾸고 싶어요.",
            "옷 메시의 머티리얼을 찾아서 `material.albedoColor = BABYLON.Color3.FromHexString('#3366ff')`로 바꾸면 돼요. 같은 머티리얼을 다른 캐릭터도 쓰면 `clone()` 해서 바꾸세요.",
            "텍스처 무늬는 유지하고 색만",
        ),
        _m(
            "GLSL로 체크무늬 대신 물방울 무늬 만들 수 있어요?",
            "```glsl\nvec2 g = fract(vUv * 10.0) - 0.5;\nfloat d = length(g);\nfloat dot = smoothstep(0.25, 0.23, d);\ngl_FragColor = vec4(mix(vec3(1.0), vec3(0.9, 0.2, 0.3), dot), 1.0);\n```",
            "줄마다 반 칸씩 어긋나게",
        ),
        _m(
            "3D 박물관 웹사이트에서 조각상을 클릭하면 조명이 그 조각상만 비추게 하고 싶어요",
            "클릭한 조각상 위에 `SpotLight`를 옮기고 `target`을 조각상으로 설정하세요. 주변 조명은 GSAP으로 어둡게 낮추면 무대 조명 같은 느낌이 나요.",
            "빛 번짐이 보이는 효과도",
        ),
        _m(
            "웹 3D에서 문서 여러 장이 책처럼 넘어가는 효과 만들 수 있어요?",
            "페이지를 세로로 잘게 나눈 `PlaneGeometry`로 만들고, 버텍스 셰이더에서 진행도에 따라 왼쪽 가장자리를 축으로 휘게 회전시키면 종이가 말리며 넘어가는 느낌이 나요.",
            "넘길 때 종이 그림자도",
        ),
        _m(
            "three.js에서 큰 씬을 처음 열 때 셰이더 컴파일로 몇 초 멈춰요",
            "`renderer.compileAsync(scene, camera)`로 로딩 화면 동안 미리 컴파일하세요. 머티리얼 종류를 줄이고 같은 설정은 공유하면 컴파일할 프로그램 수 자체가 줄어요.",
            "나중에 추가되는 모델은요",
        ),
        _m(
            "데이터 시각화로 3D 네트워크 그래프 그리는데 노드가 3만 개예요",
            "노드는 `InstancedMesh`나 `Points`, 엣지는 하나의 `LineSegments`로 몰아서 그리세요. 레이아웃 계산은 웹 워커로 빼고, 위치만 버퍼에 써서 `needsUpdate`로 갱신하면 됩니다.",
            "노드에 마우스 올리면 연결된 것만 밝게",
        ),
        _m(
            "파도치는 바다 위에 배를 띄웠는데 배가 물에 잠겨요",
            "배의 높이를 파도 함수에서 계산해야 해요. 셰이더에서 쓰는 파도 공식을 JS에도 똑같이 구현해서 배 위치의 파도 높이를 구하고 `boat.position.y`에 넣으세요.",
            "배가 파도 따라 기울어지게",
        ),
        _m(
            "제품 뷰어 배경을 그냥 흰색 말고 스튜디오 느낌으로 하고 싶어요",
            "곡면 배경(사이클로라마)을 만들어요: 바닥과 뒷벽이 부드럽게 이어지는 메시에 밝은 회색 머티리얼, 그리고 부드러운 그림자. drei의 `<Stage>`나 `<Backdrop>`을 쓰면 바로 됩니다.",
            "배경 색을 제품 색에 맞춰 살짝 바뀌게",
        ),
        _m(
            "캐릭터가 물에 들어가면 물속 장면처럼 화면이 푸르고 흐려지게 하고 싶어요",
            "카메라 y가 수면보다 낮을 때 포스트 프로세싱 패스를 켜세요: 푸른 틴트, 약한 블러, UV를 사인파로 흔드는 왜곡을 넣고, 안개 색과 밀도도 물속 값으로 바꿉니다.",
            "수면 경계에서 화면 절반만 물속이면요",
        ),
        _m(
            "WebGL에서 2D UI를 3D 위에 겹칠 때 그냥 HTML 써도 돼요?",
            "네, 대부분 HTML 오버레이가 가장 편하고 선명해요. 3D 오브젝트를 따라다니는 라벨만 위치를 매 프레임 `vector.project(camera)`로 계산해서 CSS transform으로 옮기면 됩니다.",
            "3D 물체 뒤로 가면 라벨 가려지게",
        ),
        _m(
            "three.js 파티클 색이 뒤로 갈수록 흰색으로 다 뭉개져요",
            "가산 블렌딩으로 여러 파티클이 겹쳐 값이 1을 넘어 포화된 거예요. 파티클 알파를 낮추고, 크기를 줄이거나, 노멀 블렌딩에 `depthWrite: false`로 바꿔보세요.",
            "가산 블렌딩 느낌은 유지하고 싶어",
        ),
        _s(
            "당신은 웨딩홀 3D 투어 서비스 '홀뷰'의 상담 챗봇입니다. 쉬운 말로 답해주세요.",
            "투어 화면에서 샹들리에가 그냥 회색 덩어리 같아요. 반짝이는 느낌이 하나도 없어요",
        ),
        _s(
            "당신은 IDE에 내장된 코딩 에이전트입니다. 프로젝트는 r3f로 만든 음악 시각화 앱입니다.",
            "비트 칠 때마다 구가 커지는데 너무 뚝뚝 끊겨요. 부드럽게 튀게 고쳐줘",
        ),
        _s(
            "당신은 게임 개발 학원의 튜터입니다. 힌트 위주로 알려주세요.",
            "쿼터니언 대신 오일러 각으로 카메라 돌리니까 특정 각도에서 이상하게 꺾여요",
            "짐벌 락 현상일 가능성이 커요. 세 축 중 두 축이 겹치는 순간을 생각해 보세요. 회전 순서(`rotation.order`)를 바꾸면 어떻게 달라지는지도 실험해 보세요.",
            "YXZ로 바꾸니까 됐어요. 근데 카메라가 옆으로 기울어요",
        ),
        _s(
            "사내 개발자 포털의 기술 Q&A 봇입니다.",
            "공장 디지털 트윈에서 설비 2천 개에 상태 색을 입히는데, 색 바꿀 때마다 프레임이 튀어요. 렌더링 쪽에서 어떻게 해야 하나요?",
        ),
        _s(
            "당신은 유용한 어시스턴트입니다.",
            "캠핑 용품 쇼핑몰인데 텐트를 3D로 보여주면서 펼쳐지는 애니메이션을 넣고 싶어요",
        ),
        _u("""GLTF 모델을 불러오면 콘솔에 이렇게 나와요:

THREE.GLTFLoader: Couldn't load texture blob:http://localhost:5173/3f2a...
THREE.WebGLRenderer: Texture marked for update but no image data found.
Access to image at 'https://cdn.example-shop.kr/tex/sofa_albedo.jpg' from origin 'http://localhost:5173' has been blocked by CORS policy

소파 모델이 하얗게만 보여요. 텍스처는 CDN에 있어요. 로더 쪽에서 설정할 게 있나요, 아니면 서버 쪽 문제인가요?"""),
        _u("""우리 3D 전시관 성능 측정 결과예요 (갤럭시 A52, Chrome):

FPS: 18
드로우콜: 960
삼각형: 1.4M
텍스처 메모리: 약 900MB
포스트: Bloom + SSAO + FXAA
pixelRatio: 2.625 (기기 기본값 그대로)
그림자: DirectionalLight 1개, shadow mapSize 4096

모바일에서 30fps는 넘기고 싶어요. 어느 것부터 손대는 게 효과가 클까요?"""),
        _u("""클라이언트(자동차 브랜드) 요구사항입니다:

- 신차를 웹에서 360도로 보여주고 색상 8종 변경
- 라이트를 켜면 헤드램프와 테일램프가 실제처럼 빛남
- 문 열고 실내 보기
- 배경: 스튜디오 / 해안도로 / 야경 도시
- 모바일 대응, 초기 로딩 5초 이내

헤드램프 발광 표현(이미시브 + 블룸?), 배경별 반사 환경맵 전환, 모바일 용량 줄이는 방법을 정리해 주세요."""),
        _u("""WebGPU 렌더 파이프라인 생성할 때 에러:

Color target format (TextureFormat::BGRA8Unorm) of [RenderPipeline "main"] doesn't match the format of the color attachment (TextureFormat::RGBA8Unorm).
 - While encoding [RenderPassEncoder].SetPipeline([RenderPipeline "main"]).

context.configure({ device, format: 'rgba8unorm' });
const pipeline = device.createRenderPipeline({ ..., fragment: { ..., targets: [{ format: 'bgra8unorm' }] } });

맥에서는 되고 윈도우에서 안 되는 것 같아요. 포맷을 어떻게 정하는 게 맞나요?"""),
        _u("""Babylon.js 인스펙터로 본 통계:

Active meshes: 4,210
Draw calls: 4,230
Active bones: 12,600 (캐릭터 180명)
Frame total: 58 ms
  Animations: 21 ms
  Render targets: 14 ms

광장에 관중 180명이 있는 장면인데 전부 같은 캐릭터에 애니메이션만 달라요. 관중을 가볍게 그리는 방법이 있을까요? 베이크된 버텍스 애니메이션 텍스처 같은 거요."""),
    ],
    "ru": [
        _u("как в three.js сделать чтобы модель крутилась мышкой и приближалась колесиком"),
        _u(
            "У нас магазин часов. Хотим на странице товара показывать часы в 3D, чтобы стекло бликовало, а стрелки шли по настоящему времени. Как это вообще делается в браузере?"
        ),
        _u("модель в браузере вся чёрная, хотя в блендере нормальная, свет добавил"),
        _u("шейдер на GLSL для эффекта старой плёнки: зерно, царапины, лёгкое мерцание"),
        _u("Babylon.js: почему тени пропадают, когда объект далеко от камеры?"),
        _u(
            "у меня на сайте вращается планета и на телефонах всё тормозит, что в первую очередь облегчить"
        ),
        _u(
            "Объясните по-человечески, что такое шейдер. Я 3D-художник, в коде не разбираюсь, но программист постоянно про них говорит."
        ),
        _u("в r3f как сделать, чтобы объект подсвечивался при наведении курсора"),
        _u("хочу на фон лендинга жидкую переливающуюся массу как ртуть, которая реагирует на мышь"),
        _u("Стоит ли начинать новый проект визуализации на WebGPU или пока рано и лучше WebGL2?"),
        _u(
            "Нужно показать план склада в 3D, стеллажи с ячейками, занятые ячейки красным. Как это нарисовать, чтобы не тормозило при 50 тысячах ячеек?"
        ),
        _u("текстура травы на земле выглядит как повторяющаяся плитка, видно швы и повторы"),
        _m(
            "Как сделать в three.js дождь?",
            "Капли — это вытянутые отрезки: `LineSegments` или `InstancedMesh` с тонким цилиндром. Каждый кадр опускай их по Y с небольшим наклоном от ветра, а когда капля ниже земли — возвращай наверх. Добавь туман и тёмный фон.",
            "и брызги когда капля падает на землю",
        ),
        _m(
            "Есть модель робота из GLB, хочу анимацию ходьбы проигрывать по кнопке.",
            "Создай `AnimationMixer`, возьми клип по имени: `const walk = mixer.clipAction(THREE.AnimationClip.findByName(gltf.animations, 'Walk'))`, по кнопке `walk.reset().play()`, а в цикле `mixer.update(delta)`.",
            "и плавный переход обратно в стойку",
        ),
        _m(
            "Напиши фрагментный шейдер, который рисует шахматную доску.",
            "```glsl\nvarying vec2 vUv;\nvoid main(){\n  vec2 c = floor(vUv * 8.0);\n  float k = mod(c.x + c.y, 2.0);\n  gl_FragColor = vec4(vec3(k), 1.0);\n}\n```",
            "вдалеке рябит",
        ),
        _m(
            "У меня Babylon.js сцена интерьера, всё выглядит плоско, как в старой игре.",
            "Включи PBR-материалы, добавь environment texture (`scene.environmentTexture = CubeTexture.CreateFromPrefilteredData('studio.env', scene)`), а для глубины — `SSAO2RenderingPipeline` и ACES tone mapping в `DefaultRenderingPipeline`.",
            "ssao даёт грязь на стенах",
        ),
        _m(
            "как в three.js отрисовать маршрут самолёта по глобусу, чтобы линия шла дугой над поверхностью",
            "Возьми две точки на сфере, найди середину, подними её над поверхностью на долю расстояния и построй `QuadraticBezierCurve3`. Из `curve.getPoints(64)` сделай `BufferGeometry` и `Line`.",
            "и чтобы самолётик летел по этой дуге",
        ),
        _m(
            "Визуализирую молекулы белка, хочу чтобы атомы выглядели как в научных картинках, с мягкими тенями в углублениях.",
            "Это ambient occlusion. Для молекул лучше всего работает SSAO в постобработке с небольшим радиусом, плюс мягкое освещение от HDRI. В r3f это `<EffectComposer><SSAO radius={0.4} intensity={20} /></EffectComposer>`.",
            "а контурные линии вокруг атомов?",
        ),
        _m(
            "В моём симуляторе полёта горизонт выглядит как обрывающийся край.",
            "Добавь атмосферный туман, совпадающий по цвету с небом у горизонта (`FogExp2`), и увеличь `far` камеры. Хорошо помогает sky-шейдер с рассеянием (`Sky` из three/examples), у которого цвет у горизонта светлее.",
            "а землю за горизонтом как дорисовать",
        ),
        _m(
            "Как сделать в WebGL картинку-слайдер, где смена кадров идёт через эффект искажения?",
            "Две текстуры в одном шейдере и uniform `uProgress` от 0 до 1. Смещай UV первой картинки на карту смещения и смешивай: `mix(texture2D(t1, uv + disp*uProgress), texture2D(t2, uv - disp*(1.0-uProgress)), uProgress)`.",
            "сделай переход как растворение чернил",
        ),
        _m(
            "в three.js текстура на кубе растянута и мутная",
            "Проверь размер текстуры и `anisotropy`: `tex.anisotropy = renderer.capabilities.getMaxAnisotropy()`. Если картинка не квадратная, а грань квадратная — её растянет, подготовь текстуру под пропорции грани или поправь `tex.repeat`.",
            "а если на цилиндр, там шов",
        ),
        _m(
            "Хочу сделать аквариум в 3D на сайте зоомагазина, с рыбками.",
            "Рыбок анимируй простым стайным поведением (boids) на CPU или в шейдере, хвосты — волной в вершинном шейдере. Для воды — голубой туман, каустики как проецируемая анимированная текстура на дно, и немного пузырьков-частиц.",
            "каустики подробнее",
        ),
        _s(
            "Ты ассистент поддержки сервиса «Дом в 3D», где агентства недвижимости публикуют 3D-туры квартир. Отвечай просто.",
            "в туре по квартире зеркало в ванной показывает чёрное пятно вместо отражения",
        ),
        _s(
            "Ты агент-программист в редакторе пользователя. Проект — браузерная гонка на three.js и cannon-es.",
            "колёса машины крутятся в обратную сторону когда едем вперёд, поправь",
        ),
        _s(
            "Ты преподаватель курса компьютерной графики. Подсказывай, но не давай готовое решение.",
            "сделал освещение по Ламберту, но модель освещена изнутри, тёмная сторона смотрит на лампу",
        ),
        _s(
            "Внутренний помощник команды разработки цифрового двойника завода.",
            "Модель цеха из Revit весит 900 МБ, в браузере открывается минуту и потом 10 fps. Какие шаги оптимизации геометрии и рендера делать?",
        ),
        _s(
            "Ты полезный ассистент.",
            "делаю интерактивную новогоднюю открытку: ёлка в 3D, на ней гирлянда которая мигает",
            "Ёлку можно собрать из нескольких конусов `ConeGeometry` или загрузить модель. Гирлянду — маленькие сферы с `MeshBasicMaterial` и `toneMapped: false`, мигание через смену яркости в цикле, а свечение даст `UnrealBloomPass`.",
            "и снег чтобы на ветках лежал",
        ),
        _s(
            "Бот техподдержки онлайн-школы по геймдеву.",
            "в домашке по Babylon.js мой персонаж отражается в воде вверх ногами и не там где стоит",
        ),
        _u("""При запуске получаю вот это, экран чёрный:

THREE.WebGLProgram: Shader Error 0 - VALIDATE_STATUS false
Program Info Log: Fragment shader is not compiled.
FRAGMENT
ERROR: 0:112: 'uLightColor' : undeclared identifier
ERROR: 0:112: 'rgb' :  field selection requires structure, vector, or interface block on left hand side

uniforms: {
  uLightColour: { value: new THREE.Color(1, 0.9, 0.8) },
  uTime: { value: 0 }
}

и в шейдере: vec3 l = uLightColor.rgb * diff;

в чём дело?"""),
        _u("""Вот мой цикл анимации, и через пару минут вкладка начинает жрать гигабайты:

function animate() {
  requestAnimationFrame(animate);
  points.geometry.dispose();
  points.geometry = new THREE.BufferGeometry().setFromPoints(
    data.map(d => new THREE.Vector3(d.x, d.y, d.z))
  );
  points.material = new THREE.PointsMaterial({ size: 0.05, color: 0x66ccff });
  renderer.render(scene, camera);
}

data обновляется с датчиков раз в 100 мс, точек около 20 тысяч. Как правильно обновлять?"""),
        _u("""Статистика из Spector.js одного кадра нашего 3D-каталога:

Вызовов отрисовки: 3 480
Переключений программ: 220
Текстур: 640 (из них 410 — 2048x2048)
Кадр на GPU: 33 мс
Видеопамять: ~2,4 ГБ

Каталог — 120 моделей мебели на одной сцене-витрине. На ноутбуках с интегрированной графикой вкладка падает. Что оптимизировать в первую очередь?"""),
        _u("""Пишу первый WGSL-шейдер, ругается:

error: cannot assign to 'let' 'p'
   ┌─ :7:5
   │
 7 │     p.y = p.y + sin(u.time);
   │     ^^^
   │
   = note: 'let' variables are immutable

@vertex
fn vs(@location(0) pos: vec3f) -> @builtin(position) vec4f {
    let p = pos;
    p.y = p.y + sin(u.time);
    return u.mvp * vec4f(p, 1.0);
}

В GLSL так можно было. Как правильно в WGSL?"""),
        _u("""ТЗ от заказчика (музей космонавтики), раздел 3D:

1. Интерактивная модель станции на орбите, можно облетать камерой
2. Земля под станцией с облаками и городскими огнями на ночной стороне
3. Солнце даёт резкие тени, как в космосе, без рассеянного света
4. Клик по модулю станции — подсветка и карточка с описанием
5. Работа на сенсорном киоске с Intel HD Graphics

Подскажите, как сделать освещение «как в космосе», чтобы теневая сторона не была совсем чёрной, и что упростить под слабую графику киоска."""),
        _u("""После добавления постобработки всё стало мыльным и цвета поплыли:

const composer = new EffectComposer(renderer);
composer.addPass(new RenderPass(scene, camera));
composer.addPass(new UnrealBloomPass(new THREE.Vector2(256, 256), 0.8, 0.5, 0.9));
composer.addPass(new ShaderPass(FXAAShader));

renderer.setPixelRatio(window.devicePixelRatio);
renderer.outputColorSpace = THREE.SRGBColorSpace;

До композера картинка была чёткая и цвета правильные. Где ошибка?"""),
        _u(
            "я учитель физики, хочу показать школьникам магнитное поле вокруг магнита в 3D, линии поля, чтобы можно было крутить на интерактивной доске. как такое сделать в браузере?"
        ),
        _u(
            "В нашем 3D-каталоге кожаное кресло выглядит как пластиковое. Какие настройки материала отвечают за «кожаность»?"
        ),
        _u("шейдер снега, который падает и чуть светится в свете фонаря"),
        _u("three.js: у модели на стыках текстуры видна тонкая белая линия"),
        _u("хочу чтобы камера в игре трясла при взрыве, но без тошноты у игроков"),
        _u(
            "Babylon.js: как сделать, чтобы дальние горы были голубоватыми, как в реальности, из-за воздуха"
        ),
        _u(
            "на сайте застройщика нужен 3D-генплан квартала, при наведении на дом — подсветка и сколько свободных квартир. с какой стороны подступиться к отрисовке?"
        ),
        _u("r3f: как сделать, чтобы на слабых телефонах автоматически снижалось качество графики"),
        _u("почему модель из sketchfab в три.жс выглядит темнее, чем на самом скетчфабе"),
        _u("WebGPU: как сделать рендер в несколько текстур сразу за один проход (MRT)?"),
        _u("тени от облаков, бегущие по ландшафту, как сделать дёшево"),
        _u(
            "Я дизайнер интерфейсов. Что такое «нормали» у 3D-модели и почему программист говорит, что у моей модели они вывернуты?"
        ),
        _u("как нарисовать 3D-график функции z = sin(x)*cos(y) в браузере, чтобы крутить мышкой"),
        _u("в моём тире в браузере пули должны оставлять дырки на стенах"),
        _u(
            "хочу эффект как в фильмах про хакеров: город из светящихся каркасных линий, камера пролетает над ним"
        ),
        _m(
            "Делаю 3D-визуализацию спортзала для сайта, хочу чтобы тренажёры можно было кликнуть и увидеть описание.",
            "Пометь меши тренажёров в `userData` (например `userData.id`), при клике делай raycast и ищи ближайшего родителя с `userData.id`. Описание показывай HTML-панелью, а сам тренажёр подсвети через `emissive`.",
            "а камеру при этом подвести к тренажёру",
        ),
        _m(
            "Как сделать в three.js эффект огня от свечи, чтобы пламя колыхалось?",
            "Пламя — вытянутый плоский билборд с шейдером: градиент от белого к оранжевому, форма капли через расстояние и искажение UV шумом по времени. Плюс `PointLight` рядом, у которого слегка дрожит `intensity`.",
            "от сквозняка чтобы отклонялось",
        ),
        _m(
            "У меня 3D-модель квартиры, и стены загораживают вид сверху.",
            "Сделай режим «кукольного домика»: скрывай стены, чьи нормали смотрят на камеру (`dot(нормаль стены, направление на камеру) > 0`), или срезай их по высоте клиппинг-плоскостью на уровне 1 м.",
            "срез по высоте, но чтобы торцы стен были закрашены",
        ),
        _m(
            "glsl: как сделать плавный переход между тремя цветами по вертикали",
            "```glsl\nvec3 c1 = vec3(0.1, 0.1, 0.4);\nvec3 c2 = vec3(0.9, 0.4, 0.3);\nvec3 c3 = vec3(1.0, 0.9, 0.6);\nfloat t = vUv.y;\nvec3 col = t < 0.5 ? mix(c1, c2, t * 2.0) : mix(c2, c3, (t - 0.5) * 2.0);\ngl_FragColor = vec4(col, 1.0);\n```",
            "без тернарника, через smoothstep",
        ),
        _m(
            "В Babylon.js нужно, чтобы персонаж отбрасывал тень на стены тоже, а не только на пол.",
            "Добавь стенам `receiveShadows = true` и убедись, что их меши попадают в область shadow-камеры света. Если свет направленный, расширь `shadowMinZ/shadowMaxZ` или используй `CascadedShadowGenerator`.",
            "на стене тень двоится",
        ),
        _m(
            "Как анимировать, что машина в конфигураторе «собирается» из деталей, прилетающих со всех сторон?",
            "Запомни конечную позицию и поворот каждой детали, стартовую задай случайно далеко от центра, и интерполируй с задержкой по индексу: деталь i начинает движение через i·30 мс. Easing `easeOutBack` даёт приятный «щелчок» на месте.",
            "и звук щелчка синхронно",
            "Запускай короткий звук через Web Audio в момент, когда прогресс детали доходит до 1: в `onComplete` анимации каждой детали вызывай `playClick()`. Чтобы не было каши, ограничь до 3–4 одновременных щелчков.",
            "а на телефоне всё дёргается",
        ),
        _m(
            "Есть облако точек сканирования помещения, хочу по клику измерять расстояния.",
            "Для облака точек `Raycaster` умеет `Points`: задай `raycaster.params.Points.threshold = 0.02` и бери `hit.point`. Дальше два клика — `distanceTo` и линия с подписью.",
            "клики иногда попадают в точки далеко позади",
        ),
        _m(
            "В WebGL при изменении размера окна картинка растягивается.",
            "Обновляй всё при ресайзе: `camera.aspect = w / h; camera.updateProjectionMatrix(); renderer.setSize(w, h);`. Лучше слушать размер самого canvas через `ResizeObserver`, а не окна.",
            "и при повороте телефона тоже",
        ),
        _m(
            "Хочу сделать в шейдере эффект «свечения» по контуру текста в 3D.",
            "Если текст SDF (troika), у тебя уже есть расстояние до контура: свечение = `smoothstep(glowWidth, 0.0, dist)` с цветом свечения под основной заливкой. Troika даже умеет `outlineWidth` и `outlineBlur` из коробки.",
            "пусть пульсирует",
        ),
        _m(
            "У меня сцена с зеркальным шаром, и в нём отражается всё, кроме движущихся объектов.",
            "Ты используешь статичную environment map. Для живых отражений поставь `CubeCamera` в центр шара и обновляй её `cubeCamera.update(renderer, scene)` каждый кадр (или раз в несколько кадров), а шар перед этим скрывай.",
            "fps упал вдвое",
        ),
        _m(
            "Визуализирую орбиты спутников вокруг Земли, их 8 тысяч.",
            "Спутники — `Points` с позициями в буфере, орбиты — одна `LineSegments` со всеми эллипсами. Позиции считай в воркере (например, по TLE через satellite.js) и передавай массивом.",
            "хочу хвост за каждым спутником",
        ),
        _m(
            "как в r3f сделать чтобы объект плавно появлялся, а не выскакивал",
            "Анимируй прозрачность и масштаб: материал с `transparent`, в `useFrame` `ref.current.material.opacity = THREE.MathUtils.damp(opacity, 1, 4, delta)`, и так же scale от 0.8 к 1. Или `@react-spring/three`.",
            "когда прозрачный он просвечивает сам себя",
        ),
        _s(
            "Ты помощник сервиса «Выставка онлайн», где компании строят виртуальные стенды в 3D. Объясняй без терминов.",
            "на нашем стенде логотип на стене мерцает и как будто дрожит, когда подходишь ближе",
        ),
        _s(
            "Ты ИИ-ассистент в IDE. Проект — симулятор подводного мира на Babylon.js.",
            "свет с поверхности под водой выглядит как обычный, добавь лучи которые пробиваются сквозь воду",
        ),
        _s(
            "Ты наставник на курсе по программированию графики. Давай подсказки, а не готовый код.",
            "написал свою шейдерную SSAO, на плоских стенах появляются тёмные полосы",
            "Подумай о том, как ты выбираешь точки выборки: ориентированы ли они по нормали в полусфере? И смещаешь ли ты глубину с учётом угла поверхности?",
            "полусфера по нормали есть, сдвиг не делаю",
        ),
        _s(
            "Внутренний ассистент веб-команды банка. Отвечай по делу.",
            "На главной странице хотят 3D-монету, которая вращается и блестит. Как сделать, чтобы она не тормозила у клиентов со старыми ноутбуками?",
        ),
        _s(
            "Ты полезный ассистент.",
            "у меня есть 3D-скан бабушкиной вазы, хочу выложить на сайт семейной истории, чтобы её можно было покрутить",
        ),
        _u("""После перехода на WebGL2 в консоли Firefox:

WebGL warning: drawElementsInstanced: Vertex attrib array 3 is enabled but has no buffer bound.
WebGL warning: drawElementsInstanced: Instance fetch requires 2000, but attribs only supply 1.

gl.vertexAttribPointer(3, 4, gl.FLOAT, false, 64, 0);
gl.vertexAttribPointer(4, 4, gl.FLOAT, false, 64, 16);
gl.vertexAttribPointer(5, 4, gl.FLOAT, false, 64, 32);
gl.vertexAttribPointer(6, 4, gl.FLOAT, false, 64, 48);
gl.drawElementsInstanced(gl.TRIANGLES, count, gl.UNSIGNED_SHORT, 0, 2000);

Матрица инстанса идёт в атрибутах 3–6. Что я забыл?"""),
        _u("""Показатели нашей 3D-витрины кроссовок (stats.js + renderer.info), iPhone 12:

FPS: 27
Calls: 410
Triangles: 3 900 000
Textures: 96 (все 4096x4096, PNG)
Модель одного кроссовка: 650 000 треугольников

Дизайнеры отдали модели прямо из ZBrush. Какие шаги сделать: ретопология, запекание нормалей, сжатие текстур? Что даст больше всего на iPhone?"""),
        _u("""Мой шейдер тумана работает на десктопе, но на телефоне туман идёт полосами:

varying float vDepth;
uniform vec3 uFogColor;
uniform float uDensity;
void main(){
  float f = 1.0 - exp(-uDensity * vDepth * vDepth);
  vec3 base = texture2D(map, vUv).rgb;
  gl_FragColor = vec4(mix(base, uFogColor, f), 1.0);
}

vDepth = -mvPosition.z. Сцена большая, до 5000 единиц. Это точность mediump? Как лечить?"""),
        _u("""Пришло ТЗ от агентства на промо-сайт энергетического напитка:

1. Банка в 3D крутится, на ней конденсат — капли стекают
2. При скролле банка «взрывается» на брызги жидкости и кубики льда
3. Металл банки с реальными отражениями
4. Всё в 60 fps на iPhone 11 и новее
5. Вес всей страницы до 8 МБ

Как сделать капли конденсата (нормал-мапа с анимацией?), брызги (частицы или заранее запечённая симуляция?), и уложиться в 8 МБ?"""),
        _u("""В WebGPU получаю ошибку при отрисовке теней:

Attachment state of [RenderPipeline "shadow"] is not compatible with [RenderPassEncoder].
[RenderPassEncoder] expects an attachment state of { colorFormats: [], depthStencilFormat: TextureFormat::Depth32Float, sampleCount: 1 }.
[RenderPipeline "shadow"] has an attachment state of { colorFormats: [TextureFormat::BGRA8Unorm], depthStencilFormat: TextureFormat::Depth24Plus, sampleCount: 1 }.

Для теневого прохода я скопировал основной пайплайн и поменял только вершинный шейдер. Как правильно описать пайплайн только с глубиной?"""),
        _u("""Логи из нашего 3D-тура по отелю, собраны у пользователей за неделю:

Chrome/Windows: 3% сессий — "CONTEXT_LOST_WEBGL"
Safari/iOS 15: 21% сессий — "CONTEXT_LOST_WEBGL", средняя длительность до сбоя 2 мин
Samsung Internet: 9% — чёрный экран, "OES_texture_float_linear not supported"

Тур переключает 40 панорам 8K, каждая загружается как новая текстура, старые не удаляются. Как снизить потерю контекста на iOS и что делать с отсутствием float-текстур на Samsung?"""),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b9", BY_LANG)
