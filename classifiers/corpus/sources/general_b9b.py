"""Ninth batch of `general` examples (training only): hand-written, one group per example
("general/b9b/<lang>/<digest>"). Technology asked about as a user or reader, everyday words that
sound technical, topic switches away from technical chats, and general tasks under company-bot and
coding-agent system prompts."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "general"

BY_LANG: dict[str, list[Item]] = {
    "en": [
        _u(
            "my phone says storage almost full but i barely have any photos. what is eating the space and what can i safely delete?"
        ),
        _u(
            "Can you explain what an API is to my grandmother? She's 82, sharp, but has never used a computer beyond email."
        ),
        _u("is it worth paying for a VPN if I only use my laptop at home and sometimes in cafes"),
        _u(
            "What's the actual difference between an OLED and a mini-LED TV for someone who mostly watches football in a bright living room?"
        ),
        _u(
            "My daughter wants to be a fashion model. She's 15. What should we watch out for with agencies asking for upfront fees for portfolios?"
        ),
        _u(
            "We're buying a dining table for 8 people, small-ish room. Oval or rectangular? Extendable worth it?"
        ),
        _u("why does my wifi get slow every evening around 8pm, is it my router or the neighbors"),
        _u(
            "took my kids to a 3D movie and my son got a headache and felt sick. is that common? should he avoid them?"
        ),
        _u(
            "Tips for shading in a pencil drawing so the face doesn't look flat? I'm using a 2B and a 6B."
        ),
        _u(
            "Our builder says the outside of the house needs re-rendering before winter. What does rendering a wall actually involve, and roughly what does it cost for a 3-bed semi?"
        ),
        _u(
            "landlord is keeping £400 of my security deposit for 'general wear and tear' after 3 years. is that even allowed in England?"
        ),
        _u(
            "what does 'end-to-end encrypted' mean on whatsapp in plain words, can whatsapp itself read my messages?"
        ),
        _u(
            "e-reader for someone who reads in the bath and on the beach: kindle paperwhite or kobo? waterproofing matters more than price"
        ),
        _u(
            "Why do phone chargers get warm? Is it dangerous to leave one plugged in overnight with nothing attached?"
        ),
        _m(
            "Can you fix this? My Flask route returns 405 when I submit the form.\n\n@app.route('/signup')\ndef signup():\n    if request.method == 'POST':\n        ...",
            "The route only accepts GET by default. Add the methods: `@app.route('/signup', methods=['GET', 'POST'])`. Then the POST from the form will reach your handler.",
            "that was it, thanks!! totally unrelated but how long do I boil an egg for a runny yolk",
        ),
        _m(
            "How should we split our order system: one service for orders and payments, or separate?",
            "Keep payments separate. Orders change often and carry lots of business rules; payments need strict audit trails and idempotency. Talk between them via events (OrderPlaced, PaymentCaptured) and keep a payment id on the order.",
            "makes sense. ok im done for today, my brain is fried. recommend me a light comedy series to watch tonight?",
        ),
        _m(
            "my three.js scene is black, I added a mesh with MeshStandardMaterial",
            "MeshStandardMaterial needs light. Add `scene.add(new THREE.AmbientLight(0xffffff, 0.4))` and a `DirectionalLight`, or switch to MeshBasicMaterial to check the mesh is there.",
            "yep lights fixed it. random q: my cat keeps knocking stuff off my desk while I work, any tips?",
        ),
        _m(
            "What's the best way to learn touch typing as an adult?",
            "Start with a free site like keybr or typing.com, 15 minutes a day. Don't look at the keys, even if you're slower for two weeks. Accuracy first, speed comes on its own.",
            "how long until I'm faster than my two-finger method?",
        ),
        _m(
            "Should I get an iPad or a cheap Windows laptop for my mum? She mostly does video calls and looks at recipes.",
            "For video calls and browsing, an iPad is simpler: no updates to manage, good camera, long battery. A stand and a keyboard case help if she writes emails. A laptop makes sense only if she needs Word or printing a lot.",
            "she does print boarding passes sometimes",
        ),
        _m(
            "Here's my docker-compose, the web container can't reach the db:\n\nservices:\n  web:\n    build: .\n    ports: ['8000:8000']\n  db:\n    image: postgres:16\n    networks: [backend]",
            "`db` is on the `backend` network but `web` is on the default one. Put both on the same network, or remove the `networks` key from `db` so both use the default.",
            "works now. ok totally different thing, what's a good gift for a coworker who is leaving after 10 years",
        ),
        _m(
            "I've been asked to be best man. Help me start a speech? Groom is Tom, we met at uni rowing club.",
            "Opening idea: \"For those who don't know me, I'm Dan, and I met Tom at 6am on a freezing river, which tells you everything about the poor decisions that bound us together...\" Then: one funny story, one sincere moment about how he changed when he met Priya, a toast.",
            "less jokey, her grandparents will be there",
        ),
        _m(
            "what's 2FA and do I actually need it on my email",
            "2FA means you need two things to log in: your password plus a code from your phone (or a key). If someone steals your password, they still can't get in. For email, yes — it's the key to resetting all your other accounts.",
            "ok and what if I lose my phone",
        ),
        _m(
            "Can you review this SQL? SELECT * FROM orders o JOIN customers c ON o.customer_id = c.id WHERE o.created_at > now() - interval '7 days';",
            "It's fine. Select only the columns you need instead of `*`, and make sure there's an index on `orders.created_at`.",
            "cool. btw do you know any good stretches for lower back pain from sitting all day",
        ),
        _m(
            "How do noise cancelling headphones actually work?",
            "Tiny microphones pick up outside sound, and the headphones play the opposite wave (inverted) at the same time. The two cancel out. It works best on steady low sounds like engines, less on voices.",
            "so why do they make my ears feel pressured on planes",
        ),
        _m(
            "my grandson says my photos are 'in the cloud'. where are they actually?",
            "On big computers (servers) in data centres owned by the company — Google, Apple, etc. A copy is kept there so you can see the photos on any device and don't lose them if your phone breaks.",
            "can the company look at them?",
        ),
        _s(
            "You are Copilot Chat inside VS Code. Help the user with their code.",
            "not code related sorry, but can you write a short birthday message for my team lead, she turns 40 on friday, keep it warm but not cheesy",
        ),
        _s(
            "You are ShopBot, the assistant on Greenleaf Garden Supplies' website. Help customers with orders, products and gardening advice.",
            "my tomato leaves are turning yellow from the bottom up, what am I doing wrong",
        ),
        _s(
            "You are an AI coding agent running in the user's terminal. You can read and edit files in the repository. Be concise.",
            "before we start: give me a 3-line haiku about mondays. then we'll get to the bug",
        ),
        _s(
            "You are the internal helpdesk assistant for Northwind Logistics. Answer employees' questions about IT equipment and policies.",
            "what's the difference between a monitor with 60Hz and 144Hz, is it worth asking for the better one if I just do spreadsheets",
        ),
        _s(
            "You are Devin, a software engineering agent. You work in a sandbox with a shell and a browser.",
            "Set up the repo.",
            "Done: cloned, installed dependencies with `npm ci`, tests pass (142/142).",
            "great. while you're at it, suggest a name for our team's fantasy football league, something nerdy",
        ),
        _s(
            "You are a friendly assistant for TelcoOne mobile customers.",
            "what actually is 5G and will my phone bill go up if I switch",
        ),
        _u("""Can you put this in plain English? It's from the box of a router my dad bought:

Dual-band AX3000 Wi-Fi 6 router. 2.4 GHz: up to 574 Mbps; 5 GHz: up to 2402 Mbps. OFDMA and MU-MIMO for simultaneous multi-device transmission. WPA3 security. Beamforming focuses signal toward connected devices. 4x Gigabit LAN ports, 1x Gigabit WAN port. Supports mesh networking with compatible units. Parental controls and QoS via companion app.

He has a flat with 3 rooms and mostly wants Netflix to not buffer. Is this overkill?"""),
        _u("""I'm comparing two laptops for my first year at uni (history degree, lots of reading and essays, some Netflix). Which one?

| | Laptop A | Laptop B |
|---|---|---|
| Price | £549 | £699 |
| Screen | 15.6" FHD | 14" 2.8K OLED |
| Weight | 1.9 kg | 1.3 kg |
| Battery (claimed) | 8 h | 14 h |
| RAM | 8 GB | 16 GB |
| Storage | 512 GB | 512 GB |

I'll carry it around campus all day."""),
        _u("""Recipe says:

"Cut the pork belly into cubes. Place in a heavy pot with 100 ml water over low heat. Render slowly for 2–3 hours, stirring occasionally, until the fat has melted and the cracklings are golden. Strain through muslin into clean jars. The cracklings can be salted and eaten."

What does 'render' mean here and why the water? Won't the water ruin the fat?"""),
        _u("""Here's the job ad I'm looking at:

SECURITY OFFICER – RETAIL
Location: Riverside Shopping Centre. Shifts: 4 on / 4 off, 07:00–19:00 and 19:00–07:00.
Responsibilities: patrolling the premises, monitoring CCTV, responding to alarms, dealing with shoplifting incidents in line with company policy, first aid response, writing incident reports.
Requirements: valid SIA licence, good written English, ability to stand for long periods, calm under pressure.
Pay: £12.40/hour.

I've never done security. Is the licence hard to get and what should my cover letter focus on?"""),
        _u("""My laptop keeps showing this and restarting, what do I do? I'm not a tech person.

"Your device ran into a problem and needs to restart. We're just collecting some error info, and then we'll restart for you.
20% complete
For more information about this issue and possible fixes, visit https://www.windows.com/stopcode
If you call a support person, give them this info:
Stop code: MEMORY_MANAGEMENT"

It started after I spilled a little tea near the keyboard last week but it dried."""),
        _u("""Paste from my old notebook. My grandma kept a 'database' of recipes on index cards in a tin box, sorted by this system:

A = breads and cakes
B = soups
C = meat
D = sweets for holidays
Each card: name, who gave her the recipe, year, and a little star rating.

I want to turn the collection into a printed family cookbook for Christmas. How should I organise the chapters and what should I include besides the recipes?"""),
        _u(
            "how much do you tip a server at a diner in the US? visiting from Germany and I'm confused about the whole thing"
        ),
        _u(
            "There are tiny black bugs in my flour and pasta cupboard. Where do they come from and do I have to throw everything out?"
        ),
        _u("my corn snake hasn't eaten in 3 weeks. it's winter, is this normal or vet time?"),
        _u(
            "Is a mesh fence or a wooden one better for keeping a small terrier in the garden? He's a digger."
        ),
        _u("Why does my phone say 'SOS only' in the corner sometimes?"),
        _u(
            "I want to make a patchwork quilt from my late dad's shirts. Where do I even start, I've only sewn buttons."
        ),
        _u(
            "what's a good first drill for basic DIY, hanging shelves and pictures, in a flat with concrete walls"
        ),
        _u(
            "can you explain what 'the algorithm' is when people say youtube's algorithm keeps showing them the same stuff"
        ),
        _u(
            "Best way to keep a toddler's security blanket clean without him having a meltdown while it's in the wash?"
        ),
        _u(
            "Are smart speakers worth it for an elderly parent living alone? Mainly for reminders and calling us hands-free."
        ),
        _u(
            "Is it OK to leave my laptop plugged in all the time or should I let the battery run down sometimes?"
        ),
        _u(
            "we're planning a model railway in the loft, OO gauge, about 3m by 1.5m. what's a sensible first layout?"
        ),
        _u(
            "Explain what a data centre is and why people in my town are protesting one being built. Is it really using that much water?"
        ),
        _u("what is a QR code menu actually doing when I scan it? is the restaurant tracking me?"),
        _m(
            "Write me a pytest for this function:\n\ndef slugify(s):\n    return s.lower().strip().replace(' ', '-')",
            "```python\nfrom myapp.text import slugify\n\ndef test_slugify_basic():\n    assert slugify('Hello World') == 'hello-world'\n\ndef test_slugify_strips():\n    assert slugify('  Hi ') == 'hi'\n```",
            "perfect. ok logging off. what should I make for dinner with leftover rice and two eggs",
        ),
        _m(
            "We have a monolith and product wants real-time notifications. Websockets from the monolith or a separate push service?",
            "A separate small push service is usually easier to scale: the monolith publishes events to a queue, the push service holds the websocket connections. That way a spike in connections doesn't starve your request threads.",
            "I'll write it up. Different topic — my manager asked me to mentor a junior. Any tips on being a good mentor when I've never done it?",
        ),
        _m(
            "my GLSL fragment shader shows a black screen, here:\n\nvoid main() {\n  gl_FragColor = vec4(vUv, 0.0);\n}",
            "`vec4(vUv, 0.0)` sets alpha to 0, so it's fully transparent. Use `gl_FragColor = vec4(vUv, 0.0, 1.0);`.",
            "lol obviously. thanks. ok unrelated, is it worth learning to drive at 35 if I live in a city with good transit",
        ),
        _m(
            "Here's my .gitignore, node_modules still shows up in git status:\n\nnode_modules\n.env\ndist/",
            "It was probably committed before you added the ignore rule. Run `git rm -r --cached node_modules` and commit; after that the rule applies.",
            "fixed. completely different thing but my sister's getting married in Italy and I have to give a reading. can you suggest a short non-religious poem?",
        ),
        _m(
            "Should our mobile app talk directly to the payment provider or go through our backend?",
            "Through your backend for anything that changes state: the app gets a client token, but order creation, amounts and confirmation happen server-side so a modified app can't change prices. The provider's SDK can still handle card entry in the app.",
            "got it. random but do you know how long cooked chicken lasts in the fridge",
        ),
        _m(
            "Is it safe to charge my phone with a random cable from the petrol station?",
            "Usually fine for charging. Cheap cables may charge slowly or wear out fast, and very poor ones can overheat. Public USB ports (not cables) are the bigger worry for data; a charge-only cable or your own plug avoids that.",
            "what's a charge-only cable",
        ),
        _m(
            "What does 'render' mean in the context of plastering a house?",
            "Render is the coating of sand, cement or lime applied to outside walls to protect them and give a smooth or textured finish. 'Rendering' a wall means applying that coat, usually in two or three layers.",
            "lime or cement for a 1900s brick cottage?",
        ),
        _m(
            "My grandma wants to video call us. Which is easiest for someone who's never used a smartphone: WhatsApp, FaceTime, or a dedicated device like a Facebook Portal?",
            "If the family all has iPhones, an iPad with FaceTime set up by you is easiest. Dedicated video-call screens are simplest of all: they just ring and she taps 'answer'. WhatsApp works on any phone but has more menus to get lost in.",
            "she's got an old android tablet already",
        ),
        _m(
            "What's the best way to pack for a week in Iceland in October?",
            "Layers: thermal base layer, fleece, waterproof shell jacket and trousers. Waterproof hiking boots, warm hat and gloves, swimsuit for hot springs, and a quick-dry towel.",
            "and for a kid, she's 6",
        ),
        _m(
            "how do those robot lawnmowers know where the edge of the lawn is",
            "Most use a thin boundary wire you peg around the edge of the lawn; the mower senses the wire's signal and turns back. Newer ones use GPS with a base station, or cameras, so no wire is needed.",
            "would one cope with a slope",
        ),
        _m(
            "What's a good name for a sourdough starter? It's become a family pet at this point",
            "Some favourites: Clint Yeastwood, Bread Pitt, Doughy Parton, Jabba the Hutt (for the bubbly ones), or Gluten Morgen.",
            "something my kids can pronounce, they're 5 and 7",
        ),
        _m(
            "Can you explain what a cookie is on a website? My dad asked and I realised I don't really know",
            "A small note a website saves in your browser. Next time you visit, the browser hands the note back, so the site remembers you're logged in or what's in your basket. Some cookies are used by advertisers to recognise you across sites.",
            "and the edible kind — a quick chewy chocolate chip recipe please 😄",
        ),
        _s(
            "You are Cursor's AI assistant. You help with the code in the open project.",
            "off-topic, sorry: my flatmate keeps eating my food from the fridge. help me write a polite but firm note to stick on the door",
        ),
        _s(
            "You are Max, the virtual assistant of Brightway Energy. Help customers with bills, meter readings and tariffs.",
            "general question: does turning the heating down at night and back up in the morning actually save money or is that a myth?",
        ),
        _s(
            "You are a coding agent with access to the user's repository and a terminal. Follow the user's instructions carefully.",
            "Run the test suite.",
            "All 318 tests passed in 41s. No warnings.",
            "nice. now something else: write a two-line message to my team saying we're having pizza friday to celebrate the release",
        ),
        _s(
            "You are the support assistant for PixelPhone devices.",
            "my 9-year-old wants her own phone for walking to school. what settings or rules would you suggest for a kid that age, generally?",
        ),
        _s(
            "You are an internal knowledge assistant for the engineering team at Halcyon Robotics.",
            "I've been asked to say a few words at Friday's all-hands for a colleague who's leaving after 12 years. She built half our test lab. Can you draft 150 words?",
        ),
        _s(
            "You are an AI tutor on an online Python course for beginners.",
            "quick non-python question: how do I tell my boss I need to leave early on Thursdays for this course without sounding uncommitted?",
        ),
        _u("""Can you summarise this for me in 3 bullet points? It's from our parish newsletter and I have to present it to the over-70s group:

"Many of our members have told us they feel left behind as more services move online — from booking GP appointments to paying for parking. Starting in March, volunteers from St Anne's will run a weekly 'Tech Tea' in the church hall on Tuesdays from 2 to 4pm. Bring your phone, tablet or laptop and your questions, however small. We can help with setting up email, video calling family, spotting scam messages, and using the NHS app. No question is too basic. Tea and biscuits provided. Volunteers are DBS checked. If you'd like to volunteer, please speak to Margaret after Sunday service."

Keep it friendly, they're a lovely bunch but get nervous about 'computers'."""),
        _u("""I copied this from a review site because I'm choosing headphones for my son's 14th birthday. Which one fits him best? He takes the bus an hour each way, plays on his Switch, and loses things constantly.

Option 1 – over-ear, active noise cancelling, 30h battery, foldable, £179, 'excellent on commutes'
Option 2 – true wireless earbuds, ANC, 6h battery (24h with case), £129, 'great sound, small case easy to misplace'
Option 3 – wired over-ear, no ANC, £49, 'surprisingly good, lightweight, works with anything with a headphone jack'

Budget up to £150. The Switch doesn't do Bluetooth audio well, or so I've read."""),
        _u("""My neighbour put this in our street WhatsApp group and now everyone's panicking. Is it true?

"URGENT!!! Don't answer calls from numbers starting +44 7911. If you say 'yes' they record your voice and use it to sign you up for contracts and take money from your bank. Police have confirmed this. Also DON'T accept the Facebook friend request from 'Jenny Miller' — it's a hacker who will take over your phone. Please share with everyone you know!!!"

I'd like to reply in the group calmly and explain what's real and what isn't without making anyone feel stupid. Can you draft something?"""),
        _u("""Here's the description of a pottery class I want to join. I don't know half these words:

"Intermediate wheel-throwing: 6 weeks. We'll build on centring and pulling walls, then move to trimming, attaching handles and creating lidded forms. Week 5 covers underglazes, slip trailing and sgraffito; week 6 is a glaze firing in our cone 6 electric kiln. Bisqueware from week 4 will be ready for glazing. Clay (stoneware) included; 12.5 kg bag."

What's 'bisqueware', 'slip trailing', 'sgraffito' and 'cone 6'? I've done one taster session. Is intermediate too big a jump?"""),
        _u("""I'm writing a eulogy for my grandad, who was a draughtsman and then an architect for 40 years (buildings, not computers — people keep asking!). Here's my draft of the middle part, can you help it flow better without losing my voice?

"Grandad drew everything. Napkins, the backs of envelopes, the steamed-up car windows. He designed the library in Carlton and two schools and he was proud of all of them but he always said the best thing he ever built was the treehouse in his garden, because it had no planning permission and nobody could tell him what to do. He taught me how to draw a straight line without a ruler. I still can't, but I try every time."

It's about 3 minutes total, this bit is maybe 40 seconds."""),
    ],
    "es": [
        _u(
            "¿Qué diferencia hay entre los datos móviles 4G y 5G? Mi operador me quiere cambiar de tarifa y no entiendo si me sirve"
        ),
        _u(
            "mi abuela quiere un móvil sencillo con botones grandes para llamar a la familia y ver fotos, ¿qué me recomiendas por menos de 150 euros?"
        ),
        _u(
            "Oye, ¿cómo funciona realmente la tarjeta contactless? ¿Puede alguien cobrarme pasando un lector por mi bolsillo en el metro?"
        ),
        _u(
            "Estoy restaurando una mesa de comedor de roble de los años 60. ¿Lijo hasta la madera o basta con una capa de aceite encima del barniz viejo?"
        ),
        _u(
            "¿Por qué la arquitectura mudéjar mezcla ladrillo y azulejo? Voy a Teruel la semana que viene y quiero entender lo que veo"
        ),
        _u("que es eso de la 'nube' que me dice el movil cada vez que hago una foto, me cobran?"),
        _u(
            "Me han ofrecido un trabajo de modelo de manos para anuncios de joyería. ¿Es un trabajo serio? ¿Cuánto se suele cobrar por sesión en España?"
        ),
        _u(
            "¿Merece la pena comprar un robot aspirador si tengo un piso pequeño con alfombras y un perro que suelta mucho pelo?"
        ),
        _u(
            "Explícame qué es el blockchain como si tuviera 10 años, mi sobrino me lo preguntó y me quedé en blanco"
        ),
        _u(
            "cuanto tarda en cargarse del todo un coche electrico en un enchufe normal de casa? estoy pensando en comprarme uno de segunda mano"
        ),
        _u(
            "Quiero aprender a dibujar con sombreado a carboncillo. ¿Qué ejercicios hago primero, esferas, cubos…?"
        ),
        _u(
            "¿Es normal que el portátil haga ruido de ventilador aunque solo tenga abierto el navegador?"
        ),
        _u(
            "Me llamó alguien diciendo ser de mi banco y pidiendo que instale una app para 'verificar' mi cuenta. No la instalé. ¿Qué tipo de estafa es y qué hago ahora?"
        ),
        _u(
            "Hola! Tengo entrevista para vigilante de seguridad en un hospital. ¿Qué preguntas suelen hacer?"
        ),
        _u(
            "Diferencia entre una smart TV y un Chromecast enchufado a una tele normal, para alguien que solo ve Netflix y YouTube"
        ),
        _m(
            "Tengo este error en Django: `django.db.utils.OperationalError: no such table: tienda_producto`",
            "Falta aplicar las migraciones. Ejecuta `python manage.py makemigrations tienda` y luego `python manage.py migrate`. Si ya existían, revisa que la app `tienda` esté en `INSTALLED_APPS`.",
            "listo, funcionó. Oye cambiando de tema, ¿qué me recomiendas ver en Lisboa en un fin de semana?",
        ),
        _m(
            "¿Cómo pongo sombras suaves en mi escena de three.js?",
            "Activa `renderer.shadowMap.enabled = true`, usa `THREE.PCFSoftShadowMap`, pon `castShadow` en la luz y en los objetos y `receiveShadow` en el suelo. Sube `light.shadow.mapSize` a 2048 si se ven dentadas.",
            "genial, ya se ven bien. por cierto, ¿qué hago de cena con calabacín, huevos y queso? no me apetece complicarme",
        ),
        _m(
            "¿Qué es un router mesh? El técnico me dijo que lo necesito",
            "Es un sistema de varios aparatos que se reparten por la casa y crean una sola red WiFi. Así el móvil se conecta siempre al más cercano. Sirve en casas grandes o con paredes gruesas; en un piso pequeño suele bastar un buen router.",
            "mi piso tiene 90 metros pero paredes de ladrillo macizo",
        ),
        _m(
            "Estamos pensando si separar el catálogo y el carrito en microservicios distintos",
            "Solo si tienen ritmos de cambio y carga diferentes. El catálogo es casi todo lectura y cacheable; el carrito es escritura por usuario. Puedes empezar con módulos separados dentro del monolito y extraer el carrito más tarde si hace falta.",
            "vale lo hablo con el equipo. Oye, mañana es el cumple de mi jefa, ¿me ayudas con una tarjeta graciosa pero respetuosa?",
        ),
        _m(
            "¿Cómo funciona el GPS del móvil si no tengo datos?",
            "El GPS no necesita internet: el móvil recibe señales de satélites y calcula su posición con el tiempo que tardan en llegar. Lo que sí necesita datos es descargar el mapa, así que descarga mapas sin conexión antes.",
            "y cómo los descargo en google maps",
        ),
        _m(
            "Dame ideas para el cumple de 7 años de mi hija, temática de dinosaurios",
            "- Excavación: entierra huesos de juguete en arena\n- Huevos de dinosaurio de hielo con figuritas dentro\n- Tarta con volcán de chocolate\n- Carrera de 'patas de T-rex' con cajas de cartón en los pies",
            "algo para hacer si llueve y estamos en un piso",
        ),
        _m(
            "¿Por qué el pan se pone duro y las galletas blandas?",
            "El pan pierde agua al aire y el almidón se recristaliza (retrogradación), así que se endurece. Las galletas, que son secas, absorben humedad del aire y se ablandan. Cada uno tiende a igualarse con la humedad del ambiente.",
            "entonces si guardo el pan con una galleta?",
        ),
        _m(
            "te pego mi nginx.conf que no me redirige a https:\n\nserver {\n  listen 80;\n  server_name tienda.ejemplo.es;\n  location / { proxy_pass http://127.0.0.1:3000; }\n}",
            "Añade un bloque que redirija: `return 301 https://$host$request_uri;` dentro del server en el puerto 80, y mueve el `proxy_pass` al server que escucha en 443 con el certificado.",
            "perfecto. nada que ver, pero ¿cómo se quita una mancha de vino tinto de un mantel blanco?",
        ),
        _m(
            "Quiero comprar un ebook reader pero no sé si Kindle o Kobo",
            "Kindle si compras en Amazon y quieres lo más sencillo. Kobo si sacas libros de la biblioteca (tiene préstamo digital integrado en muchos países) o compras en otras tiendas con ePub.",
            "en España funciona lo de la biblioteca?",
        ),
        _m(
            "Qué significa que un hotel tenga 'arquitectura bioclimática'?",
            "Que el edificio está diseñado para aprovechar el clima: orientación al sol, muros gruesos que guardan el fresco, ventilación cruzada, patios con agua y vegetación. Así necesita menos aire acondicionado y calefacción.",
            "pon ejemplos en Andalucía que se puedan visitar",
        ),
        _m(
            "mi madre no para de recibir SMS de 'Correos' pidiéndole pagar 1,99 € por un paquete",
            "Es smishing, una estafa muy común. Correos no pide pagos por SMS con enlaces. Que no pulse el enlace, borre el mensaje y, si puede, lo reporte al 017 (INCIBE).",
            "y si ya pulsó pero no metió la tarjeta?",
        ),
        _s(
            "Eres el asistente de programación integrado en el editor de código. Responde en español.",
            "no es de código pero necesito escribir un mensaje de despedida para un compañero que se jubila después de 30 años en la empresa, algo emotivo y corto",
        ),
        _s(
            "Eres Lola, la asistente virtual de Muebles Sierra. Ayudas a los clientes con dudas sobre productos, envíos y devoluciones.",
            "¿qué altura tiene que tener una mesa de comedor para que las sillas normales encajen bien? no hablo de una vuestra, es una que heredé",
        ),
        _s(
            "Eres un agente de código que trabaja en el repositorio del usuario. Tienes acceso a la terminal.",
            "Antes de seguir: ¿me traduces al inglés este mensaje para mi casera? 'La caldera lleva dos días sin funcionar y no tenemos agua caliente, ¿puede mandar a alguien esta semana?'",
        ),
        _s(
            "Eres el asistente de atención al cliente de FibraNet. Responde de forma amable y breve.",
            "¿qué es mejor para jugar online, conectarse por cable o por wifi? y por qué",
        ),
        _s(
            "Eres un tutor de programación para alumnos de FP.",
            "profe, hoy no es de programación jaja, ¿cómo hago un resumen bueno para el examen de historia de mañana? tema: la Segunda República",
        ),
        _s(
            "Eres el bot interno del departamento de sistemas de Grupo Alameda.",
            "¿qué portátil me recomiendas comprar para uso personal en casa? para mis hijos, deberes y Minecraft",
        ),
        _u("""Me ha llegado esto al email, ¿me explicas qué quiere decir en cristiano?

"Estimado cliente: le informamos que a partir del 1 de marzo migraremos su servicio de ADSL a fibra óptica FTTH sin coste adicional. Un técnico instalará una roseta óptica (PTRO) y un nuevo router ONT integrado. Su número de teléfono fijo se mantendrá mediante tecnología VoIP. Durante la instalación el servicio podría interrumpirse hasta 4 horas."

Tengo 74 años y no sé si tengo que hacer algo o comprar algo."""),
        _u("""Voy a llevar a mis sobrinos (8 y 11 años) a la Sagrada Familia y el folleto dice esto:

"La arquitectura de Gaudí se inspira en la naturaleza: las columnas del interior se ramifican como árboles y forman un bosque de piedra. Gaudí utilizó arcos catenarios y maquetas con cuerdas y pesos colgantes para calcular la forma de las bóvedas. Las fachadas del Nacimiento, la Pasión y la Gloria narran la vida de Cristo."

¿Me lo cuentas de forma que les enganche a ellos? Con alguna pregunta o juego para que se fijen en cosas durante la visita. Y ¿qué es eso de las maquetas con cuerdas?"""),
        _u("""Estoy entre estos dos móviles para mi padre, ¿cuál?

Modelo X: pantalla 6,7", batería 5000 mAh, 128 GB, cámara 50 MP, 189 €
Modelo Y: pantalla 6,1", batería 4000 mAh, 128 GB, cámara 48 MP, 249 €, actualizaciones garantizadas 5 años

Usa WhatsApp, fotos de los nietos y el tiempo. Le cuesta ver letras pequeñas. No quiero que en dos años deje de funcionar el WhatsApp."""),
        _u("""Traduce esto al inglés, es para la web de mi estudio de arquitectura de interiores (no software, ¡diseño de casas!):

"En Estudio Bruma creemos que cada casa cuenta una historia. Diseñamos espacios luminosos y funcionales, respetando la arquitectura original del edificio y utilizando materiales nobles: madera, piedra, cal. Acompañamos a nuestros clientes desde el primer boceto hasta la entrega de llaves."

Que suene natural, no a traductor automático."""),
        _u("""Mi hijo me pasó esto de sus deberes de tecnología (3º ESO) y yo no sé ni por dónde empezar para ayudarle:

Ejercicio 4. Explica con tus palabras qué es:
a) Un sistema operativo
b) La memoria RAM
c) Un disco duro SSD
d) Una dirección IP
e) El WiFi
Pon un ejemplo de la vida cotidiana para cada uno.

¿Me lo explicas a mí primero con ejemplos sencillos para que yo se lo explique a él?"""),
        _u("""Le he copiado la factura de la luz porque no entiendo los términos:

Término de potencia: 4,6 kW x 30 días x 0,09 €/kW día = 12,42 €
Término de energía: P1 punta 84 kWh, P2 llano 112 kWh, P3 valle 203 kWh
Impuesto eléctrico 5,11%
Alquiler de equipos de medida: 0,81 €
IVA 21%

¿Qué es la potencia contratada y me conviene bajarla? Vivo solo, tengo vitro, horno y lavadora."""),
        _u(
            "Mi hijo de 12 años quiere empezar a tocar la batería. ¿Batería electrónica o acústica para un piso con vecinos?"
        ),
        _u(
            "¿Qué plantillas me recomiendas para pies planos si camino todo el día en el trabajo? ¿Las de farmacia sirven?"
        ),
        _u(
            "Quiero quitar el gotelé del salón yo mismo. ¿Es mucho lío? ¿Hay que rascar o se puede alisar encima?"
        ),
        _u(
            "Tengo un vuelo con escala de 55 minutos en Madrid-Barajas, de T4 a T4S. ¿Me da tiempo o lo pierdo seguro?"
        ),
        _u(
            "¿Cómo sé si un cargador de móvil barato de bazar es peligroso? Se me calentó uno muchísimo anoche"
        ),
        _u(
            "en casa de mi madre hay ratones en la despensa, qué hago que no sea veneno, tiene gato viejo"
        ),
        _u(
            "¿Para qué sirve el 'modo ahorro de energía' del móvil y por qué no lo llevo siempre puesto si ahorra batería?"
        ),
        _u(
            "¿Las zapatillas de tejido mesh sirven para el Camino de Santiago si llueve? ¿O mejor con Gore-Tex?"
        ),
        _u(
            "Quiero regalarle a mi padre una tablet para ver el fútbol y leer el periódico. ¿Con 10 pulgadas basta?"
        ),
        _u(
            "¿Qué significa que una app me pida 'permiso de ubicación' siempre? ¿Le digo que sí solo mientras se usa?"
        ),
        _u(
            "mis padres tienen un portátil de 2015 súper lento, ¿vale la pena ponerle un disco SSD o tirarlo?"
        ),
        _u(
            "¿Es verdad que hay que cerrar las apps en segundo plano del móvil para que dure más la batería?"
        ),
        _u(
            "Voy a pintar una pared con efecto textura tipo estuco. ¿Qué herramientas necesito y se puede sin experiencia?"
        ),
        _u(
            "¿Cómo funcionan los audífonos que se conectan al móvil por bluetooth? Mi abuelo oye fatal la tele"
        ),
        _u(
            "¿Cuál es la diferencia entre una cámara de fotos compacta y la del móvil hoy en día? ¿Merece la pena para un viaje a Japón?"
        ),
        _m(
            "Este test de Jest falla y no sé por qué:\n\nexpect(sumar(0.1, 0.2)).toBe(0.3)",
            "Es un problema de coma flotante: 0.1 + 0.2 da 0.30000000000000004. Usa `expect(sumar(0.1, 0.2)).toBeCloseTo(0.3);`",
            "qué cosas jaja. Oye, y ya que estás, ¿me recomiendas un libro para leer en la playa este verano? Me gustan las novelas de misterio",
        ),
        _m(
            "¿Cómo organizo la base de datos si cada cliente de nuestro SaaS quiere sus datos separados?",
            "Tres opciones: esquema compartido con columna `tenant_id` (barato, fácil de operar), un esquema por cliente (aislamiento medio) o una base de datos por cliente (aislamiento total, más caro). Para la mayoría, `tenant_id` con row-level security y copias de seguridad por cliente cuando lo pidan.",
            "vale, mañana lo vemos. ¿Y me ayudas con algo personal? Tengo que escribir el discurso de la boda de mi hermana, solo tengo la primera frase",
        ),
        _m(
            "En React Three Fiber, ¿cómo hago que el modelo rote solo?",
            "Con `useFrame`: `useFrame((_, delta) => { ref.current.rotation.y += delta * 0.5 })` y pasas `ref` al `<mesh>` o `<primitive>`.",
            "Gracias, perfecto. Ahora algo que no tiene nada que ver: ¿cuánto tiempo hay que dejar reposar la masa de croquetas?",
        ),
        _m(
            "ayer puse esto en el nginx y no arranca:\n\nlocation /api {\n  proxy_pass http://localhost:8080\n}",
            "Falta el punto y coma al final del `proxy_pass`: `proxy_pass http://localhost:8080;`. Comprueba antes con `nginx -t`.",
            "era eso. Bueno, ahora una pregunta de verdad importante: ¿cómo convenzo a mi pareja de adoptar un perro?",
        ),
        _m(
            "¿Qué diferencia hay entre un disco duro externo y un pendrive para guardar las fotos de la familia?",
            "El disco externo tiene mucha más capacidad (1-4 TB) y es más barato por gigabyte; el pendrive es pequeño y cómodo pero se pierde o estropea con más facilidad. Para archivo familiar, disco externo y además una copia en la nube.",
            "y cada cuánto tiempo hay que copiar",
        ),
        _m(
            "Quiero empezar a correr, tengo 45 años y nunca he hecho deporte",
            "Empieza alternando: 1 minuto corriendo suave, 2 caminando, 8 veces, 3 días por semana. Cada semana alarga el tramo corriendo. En 8-10 semanas podrás correr 30 minutos seguidos.",
            "¿y qué zapatillas?",
        ),
        _m(
            "¿Por qué el WhatsApp pone dos checks azules y a veces solo dos grises?",
            "Un check gris: enviado. Dos grises: ha llegado al móvil del otro. Dos azules: lo ha leído. Si alguien desactiva la confirmación de lectura, nunca verás los azules, aunque lo haya leído.",
            "¿y si sale un reloj?",
        ),
        _m(
            "Explícame la diferencia entre la arquitectura románica y la gótica para un examen de 2º de Bachillerato",
            "Románico: muros gruesos, ventanas pequeñas, arco de medio punto, bóveda de cañón, interiores oscuros. Gótico: arco apuntado, bóveda de crucería, arbotantes, muros finos con grandes vidrieras, interiores luminosos y verticales.",
            "ponme un ejemplo de cada uno en España",
        ),
        _m(
            "mi suegra quiere un móvil para mandar audios y ver a los nietos, nada más",
            "Un Android de gama media-baja con pantalla grande y el 'modo simple' o 'modo fácil' activado. Déjale solo WhatsApp y la cámara en la pantalla principal y sube el tamaño de letra.",
            "¿cómo activo ese modo fácil en un Samsung?",
        ),
        _m(
            "¿Sabes hacer un horario semanal de tareas de casa para 4 personas?",
            "Lunes: aspirar (Ana), baños (Luis). Martes: cocina a fondo (Marta). Miércoles: ropa (Pablo). Jueves: aspirar (Luis), polvo (Ana). Viernes: baños (Marta), compra (Pablo). Fin de semana: cada uno su cuarto.",
            "Pablo tiene 9 años, dale cosas más fáciles",
        ),
        _m(
            "¿Qué es el 'phishing'? Me lo mencionaron en el banco",
            "Es cuando alguien se hace pasar por tu banco, Correos o Hacienda por email o SMS para que pulses un enlace y pongas tus datos. Parece oficial, pero la web es falsa.",
            "¿cómo distingo un correo de verdad del banco de uno falso?",
        ),
        _m(
            "Me he comprado unos auriculares con cancelación de ruido y noto presión en los oídos",
            "Es habitual al principio: el cerebro interpreta la ausencia de ruido grave como un cambio de presión. Prueba el modo de cancelación más suave o úsalos ratos cortos unos días; a la mayoría se les pasa.",
            "¿es malo para los oídos a largo plazo?",
        ),
        _s(
            "Eres un asistente de programación dentro del editor. Ayuda con el código del proyecto abierto.",
            "ya terminé por hoy. ¿me sugieres un plan para una cita el sábado en Valencia que no sea cena y cine?",
        ),
        _s(
            "Eres el asistente virtual de Viajes Horizonte. Ayudas a clientes con reservas y dudas de viaje.",
            "¿qué tengo que llevar en el equipaje de mano si viajo con un bebé de 8 meses? no sobre vuestro vuelo, en general",
        ),
        _s(
            "Eres un agente de desarrollo con acceso al repositorio y a la terminal.",
            "Actualiza las dependencias del proyecto.",
            "He actualizado 14 paquetes con `npm update`. Los tests pasan y el build funciona. El único cambio mayor pendiente es `eslint` 8 → 9, que no he tocado.",
            "perfecto, déjalo así. Oye, escríbeme un mensaje para el grupo del equipo diciendo que el viernes invito a churros por haber terminado el sprint",
        ),
        _s(
            "Eres el chatbot de soporte de Pantalla+, un servicio de streaming.",
            "¿cuánto internet necesito en general para ver series en 4K sin cortes? tengo 100 megas",
        ),
        _s(
            "Eres el asistente interno del equipo de marketing de Conservas del Cantábrico.",
            "Redacta una felicitación de Navidad corta para enviar a nuestros proveedores, tono cercano pero profesional",
        ),
        _u("""¿Me resumes este artículo para comentarlo en el club de lectura? Es del periódico:

"La brecha digital de los mayores se hizo visible durante la pandemia, cuando citas médicas, trámites y hasta la compra pasaron al móvil. Según los datos del INE, el 40 % de las personas de entre 65 y 74 años no realiza gestiones por internet. Las asociaciones reclaman mantener la atención presencial y cursos gratuitos en centros cívicos. 'No es que no quieran aprender, es que nadie les ha enseñado con paciencia', explica Carmen, voluntaria en un centro de Zaragoza. Los bancos, tras las protestas de 2022, se comprometieron a ampliar horarios de ventanilla, aunque muchas oficinas rurales siguen cerrando."

Tres ideas principales y una pregunta para abrir el debate, por favor."""),
        _u("""Estoy comparando aspiradoras escoba para casa (60 m², parquet y una alfombra, un gato). Te pego lo que he apuntado:

- Modelo A: 159 €, 40 min de batería, depósito 0,5 L, cepillo antienredos, 2,6 kg
- Modelo B: 249 €, 60 min, depósito 0,6 L, sensor de polvo que ajusta la potencia, pantalla, 2,9 kg
- Modelo C: 99 €, 25 min, depósito 0,4 L, sin cepillo antienredos, 2,2 kg

Tengo tendinitis en la muñeca, así que me importa el peso. ¿Cuál elegirías y por qué? ¿Lo del cepillo antienredos sirve de verdad con pelo de gato?"""),
        _u("""Traduce al español este mensaje que me mandó la casera de mi hijo en Dublín, y ayúdame a responder:

"Hi! Just a heads-up that the broadband provider is switching the building over to a new router next Wednesday between 9 and 1. The Wi-Fi name will change, I'll leave the new details on a card on the kitchen counter. Also, the bins are now collected on Thursdays not Fridays. Could you let me know if Diego will be in to let the technician into the flat? Thanks, Siobhan"

Mi hijo está de exámenes y no contesta. Quiero decirle que Diego estará en casa esa mañana y darle las gracias, en un inglés sencillo."""),
        _u("""Estoy haciendo una maqueta de un castillo medieval con mi hija para el cole (cartón, corcho y témperas, ¡nada digital!). La profesora nos dio estas instrucciones:

"La maqueta debe incluir: muralla con almenas, torre del homenaje, foso, puente levadizo y patio de armas. Tamaño máximo 50 x 50 cm. Se valorará la originalidad y que los alumnos expliquen oralmente para qué servía cada parte. Entrega: 15 de noviembre."

¿Me explicas para qué servía cada parte de forma que una niña de 9 años lo pueda contar en clase? Y si se te ocurre cómo hacer el puente levadizo que suba y baje con una cuerda, genial."""),
        _u("""Tengo un grupo de WhatsApp de vecinos y alguien ha puesto esto:

"Comunicado: a partir del lunes la comunidad instalará cámaras de videovigilancia en el portal y el garaje. Las grabaciones se conservarán 30 días. Se colocarán carteles informativos. El presidente y el administrador serán los únicos con acceso a las imágenes. Los vecinos que lo deseen pueden solicitar información en la administración."

Algunos vecinos están muy enfadados y dicen que es ilegal. En general, ¿una comunidad de propietarios en España puede poner cámaras así? ¿Qué requisitos suele haber? No hace falta que sea muy técnico."""),
    ],
    "de": [
        _u(
            "Lohnt sich ein Balkonkraftwerk für eine Mietwohnung mit Südbalkon in Leipzig? Was muss ich mit dem Vermieter klären?"
        ),
        _u(
            "Was genau macht eigentlich ein Smart Meter und kann der Stromversorger damit sehen, wann ich dusche?"
        ),
        _u(
            "mein Handy lädt nur noch ganz langsam, auch mit dem Originalkabel. Akku kaputt oder die Buchse verdreckt?"
        ),
        _u(
            "In welcher Höhe hängt man eine Pendelleuchte über einen 2 m langen Esstisch, und eine oder lieber zwei Lampen?"
        ),
        _u(
            "Kannst du mir erklären, was das Bauhaus in der Architektur eigentlich so besonders gemacht hat? Fahre nächste Woche nach Dessau."
        ),
        _u(
            "Mein Sohn (12) will ein Smartphone. Ab welchem Alter habt ihr… ach, du bist ja eine KI. Was raten Fachleute, und welche Regeln sind sinnvoll?"
        ),
        _u(
            "Ist ein E-Book-Reader mit Farbdisplay schon gut genug für Comics oder soll ich lieber ein Tablet nehmen?"
        ),
        _u(
            "wie funktioniert eigentlich Bluetooth, also warum muss ich Kopfhörer 'koppeln' und warum verbinden die sich manchmal mit dem falschen Gerät"
        ),
        _u(
            "Ich habe ein Angebot als Fotomodell für einen Katalog bekommen, die Agentur will vorher 400 € für Sedcard-Fotos. Seriös oder Abzocke?"
        ),
        _u(
            "Welcher Drucker für zu Hause, wenn man nur ca. 10 Seiten im Monat druckt und die Patronen immer eintrocknen?"
        ),
        _u(
            "Wie schattiere ich mit Buntstiften, ohne dass es streifig aussieht? Male gerade einen Apfel ab."
        ),
        _u(
            "was heißt eigentlich 'Cookies akzeptieren' auf jeder Website, was passiert wenn ich ablehne"
        ),
        _u(
            "Stellenanzeige: Werkschutz / Sicherheitsmitarbeiter im Chemiepark, 3-Schicht. Was verdient man da ungefähr und braucht man die §34a-Prüfung?"
        ),
        _u(
            "Wir wollen zum 10. Geburtstag ein 3D-Puzzle vom Kölner Dom schenken. Ist das für das Alter machbar oder eher frustrierend?"
        ),
        _u(
            "Mein Python frisst seit sechs Wochen nicht mehr – Königspython, 4 Jahre alt, Häutung war vor einem Monat. Muss ich mir Sorgen machen?"
        ),
        _m(
            "Mein Python-Skript wirft `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4` beim Einlesen einer CSV",
            "Die Datei ist vermutlich in Windows-1252 gespeichert (typisch bei Excel-Exporten mit Umlauten). Öffne sie mit `open(pfad, encoding='cp1252')` oder in pandas mit `pd.read_csv(pfad, encoding='cp1252', sep=';')`.",
            "Danke, läuft! Ganz andere Frage: Wie lange muss ein Rinderbraten im Ofen bei 160 Grad?",
        ),
        _m(
            "Wir überlegen, ob wir unsere Lagerverwaltung in eine eigene Datenbank auslagern oder beim ERP lassen.",
            "Wenn das ERP die Bestände sowieso führen muss (Buchhaltung, Bestellungen), würde ich es als führendes System lassen und nur Lesemodelle für das Lager abzweigen. Zwei Systeme, die beide schreiben, führen fast immer zu Abweichungen.",
            "ok, nehme ich mit ins Meeting. Jetzt was Privates: Meine Schwiegermutter hat Geburtstag, 70. Ideen für ein Geschenk, sie gärtnert gern?",
        ),
        _m(
            "Was ist der Unterschied zwischen Glasfaser und Kabel-Internet?",
            "Bei Glasfaser kommt das Signal als Licht bis in die Wohnung, sehr stabil, Upload meist genauso schnell wie Download. Kabel nutzt das Fernsehkabel; schnell im Download, aber man teilt sich die Leitung mit Nachbarn, abends kann es langsamer werden.",
            "und was davon für Homeoffice mit vielen Videocalls",
        ),
        _m(
            "Meine WebGL-Szene ruckelt auf dem Handy, ca. 200 Objekte",
            "Fasse gleiche Objekte mit `InstancedMesh` zusammen, begrenze `renderer.setPixelRatio(Math.min(devicePixelRatio, 2))` und schalte Schatten für kleine Objekte aus.",
            "läuft flüssig jetzt. off topic: kennst du einen guten Podcast über Geschichte für die Autofahrt?",
        ),
        _m(
            "Was bedeutet 'Dolby Atmos' auf meinem neuen Fernseher?",
            "Ein Tonformat, bei dem Geräusche nicht nur links/rechts, sondern auch 'von oben' kommen können. Am vollen Effekt braucht man eine passende Soundbar oder Lautsprecher; die TV-Lautsprecher simulieren es nur.",
            "lohnt sich dann eine Soundbar für 200 €?",
        ),
        _m(
            "Hilf mir bitte, eine Absage an einen Bewerber freundlich zu formulieren",
            "Sehr geehrter Herr Brandt,\nvielen Dank für Ihr Interesse und die Zeit, die Sie sich für das Gespräch genommen haben. Nach sorgfältiger Abwägung haben wir uns für eine andere Person entschieden. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.",
            "etwas persönlicher, er war wirklich knapp dran",
        ),
        _m(
            "Hier meine .editorconfig, Prettier ignoriert die Einrückung:\n\nroot = true\n[*]\nindent_style = tab\nindent_size = 4",
            'Prettier liest `.editorconfig` nur, wenn keine eigene Prettier-Config die Werte überschreibt. Prüfe `.prettierrc` auf `useTabs`/`tabWidth` oder setze dort `"useTabs": true`.',
            "ah da stand useTabs false drin. Übrigens, wie sagt man auf Englisch 'Feierabend' ohne dass es komisch klingt?",
        ),
        _m(
            "warum wird mein Laptop-Akku nach drei Jahren schlechter",
            "Lithium-Ionen-Akkus altern mit jedem Ladezyklus und durch Wärme. Nach 500–1000 Zyklen haben sie oft nur noch 70–80 % der Kapazität. Dauerhaft 100 % geladen und warm beschleunigt das.",
            "kann man das bremsen",
        ),
        _m(
            "Wie erkläre ich meinem Opa, was WhatsApp-Gruppen sind?",
            "Vergleich mit dem Stammtisch: Jeder, der in der Gruppe ist, sieht alles, was jemand schreibt, und kann antworten. Wer nicht drin ist, sieht nichts. Man kann die Gruppe stumm schalten, wenn es zu viele Nachrichten werden.",
            "und wie er rausgeht wenn ihn die Familiengruppe nervt, ohne dass es jemand merkt",
        ),
        _s(
            "Du bist der Coding-Assistent in JetBrains IntelliJ. Antworte knapp.",
            "kurze Pause vom Code: Schreib mir bitte 3 Sätze für eine Glückwunschkarte zur Hochzeit meiner Kollegin Jana",
        ),
        _s(
            "Du bist der Kundenservice-Chatbot der Stadtwerke Nordhausen.",
            "Mal ganz allgemein: Wie viel Strom verbraucht ein Kühlschrank im Jahr ungefähr und ab wann lohnt ein neuer?",
        ),
        _s(
            "You are an autonomous coding agent. Work in the repository and report back in German.",
            "Vor dem Refactoring: Was ist eigentlich der Ursprung des Wortes 'Bug'? Stimmt die Geschichte mit der Motte?",
        ),
        _s(
            "Du bist der interne Assistent der Personalabteilung der Kessler AG. Beantworte allgemeine Fragen der Mitarbeitenden.",
            "Welches Headset ist fürs Homeoffice besser, kabelgebunden oder Bluetooth? Ich telefoniere 5 Stunden am Tag.",
        ),
        _s(
            "Du bist ein Nachhilfe-Bot für Informatik in der Oberstufe.",
            "heute mal keine Informatik: kannst du mir die Ursachen des Ersten Weltkriegs in 5 Stichpunkten geben",
        ),
        _s(
            "Du bist der Shop-Assistent von Elektro Wagner. Hilf Kunden bei der Produktwahl.",
            "Ich suche einen Staubsauger für Allergiker, Teppich im Schlafzimmer, sonst Parkett. Worauf muss ich achten?",
        ),
        _u("""Kannst du mir diesen Text aus dem Handbuch meines neuen Fernsehers übersetzen in normales Deutsch?

"Aktivieren Sie HDMI-CEC (Anynet+), um angeschlossene Geräte mit der TV-Fernbedienung zu steuern. Für HDR-Inhalte mit 4K@120Hz verwenden Sie den HDMI-2.1-Anschluss (HDMI 4) und aktivieren Sie 'Input Signal Plus'. Der Game Mode reduziert die Eingabeverzögerung, deaktiviert jedoch einige Bildverbesserungen. eARC ermöglicht die Übertragung von unkomprimiertem Ton an kompatible Soundbars."

Ich habe nur einen Blu-ray-Player und eine Soundbar. Was muss ich davon einstellen?"""),
        _u("""Meine Bank hat mir diesen Brief geschickt. Ich bin 76 und verstehe nur Bahnhof:

"Sehr geehrte Kundin, zum 30.06. stellen wir das Verfahren mobileTAN per SMS ein. Künftig bestätigen Sie Überweisungen im Online-Banking mit unserer App pushTAN. Bitte installieren Sie die App auf Ihrem Smartphone und registrieren Sie sich mit dem Registrierungsbrief, den Sie in den nächsten Tagen erhalten. Alternativ steht Ihnen ein chipTAN-Lesegerät gegen Gebühr zur Verfügung."

Was ist der Unterschied zwischen pushTAN und chipTAN, und was ist für jemanden ohne viel Handy-Erfahrung einfacher? Ich mache nur zwei Überweisungen im Monat."""),
        _u("""Vergleich zweier Saugroboter, den ich mir gemacht habe:

Modell 1: 299 €, Saugen + Wischen, Laser-Navigation, Absaugstation nein, App mit Raumkarte
Modell 2: 449 €, Saugen + Wischen (rotierende Mopps), Kamera-Navigation, Absaugstation ja, Hinderniserkennung (Kabel, Socken)
Wohnung: 85 m², Altbau mit Türschwellen 1,5 cm, ein Kind mit viel Lego auf dem Boden.

Welcher passt besser?"""),
        _u("""Text aus meinem Kunstgeschichte-Skript, verstehe ich nicht:

"Die Architektur der Gotik löst die Wand in ein Gerüst aus Pfeilern, Rippen und Strebebögen auf. Die Last des Gewölbes wird nicht mehr von massiven Mauern getragen, sondern über die Rippen auf die Pfeiler und von dort über das Strebewerk nach außen abgeleitet. Dadurch werden großflächige Fensteröffnungen möglich."

Kannst du das einfacher erklären, vielleicht mit einem Vergleich aus dem Alltag?"""),
        _u("""Hier der Text vom Aushang in unserem Mehrfamilienhaus, bitte kurz und verständlich zusammenfassen für meinen Vater, der schlecht Deutsch liest:

"Sehr geehrte Mieterinnen und Mieter, im Zuge der Modernisierung wird ab dem 14.10. das Kabelfernsehen abgeschaltet. Ab diesem Zeitpunkt erfolgt der TV-Empfang ausschließlich über IPTV oder Satellit. Die Umlage der Kabelgebühren über die Nebenkosten entfällt. Bitte wenden Sie sich bei Fragen zum Anschluss an Ihren Internetanbieter. Die Hausverwaltung."

Am besten in einfachen Sätzen."""),
        _u("""Mein Laptop zeigt beim Start:

"Reboot and Select proper Boot device
or Insert Boot Media in selected Boot device and press a key"

Gestern ging er noch. Ich habe nichts installiert, nur ist er mir vom Sofa gefallen (ca. 40 cm). Ich bin kein Technikmensch. Sind meine Fotos jetzt weg? Was kann ich als Laie prüfen, bevor ich in den Laden gehe?"""),
        _u(
            "Wir wollen den Speicher zum Kinderzimmer ausbauen. Braucht man dafür in Bayern eine Baugenehmigung?"
        ),
        _u(
            "Was kostet ungefähr ein 7-m³-Container für Bauschutt, wenn wir das Bad rausreißen? Und darf der einfach auf die Straße?"
        ),
        _u("Segelschein-Frage: Was ist Bug, Heck, Luv und Lee? Ich verwechsle das ständig"),
        _u(
            "Keyboard oder E-Piano für meine 8-jährige Tochter, die gerade mit Klavierunterricht anfängt?"
        ),
        _u(
            "Wie viel Bildschirmzeit ist für einen Fünfjährigen okay? Wir streiten uns zu Hause dauernd darüber"
        ),
        _u(
            "Warum brauchen Handys überhaupt Updates, und was passiert, wenn ich sie ewig wegdrücke?"
        ),
        _u("Welche Knoten muss man für den Sportbootführerschein See können?"),
        _u(
            "Lohnt sich ein Tablet mit Stift für Notizen im Studium, oder ist Papier doch besser zum Lernen?"
        ),
        _u("Ist es schlimm, wenn ich mein E-Bike im Winter im kalten Keller lade?"),
        _u(
            "Erklär mal ohne Fachchinesisch: Was ist der Unterschied zwischen WLAN und mobilen Daten, und warum kostet das eine extra und das andere nicht?"
        ),
        _u(
            "Meine Oma bekommt ständig Anrufe, wo eine Computerstimme 'Polizei' sagt. Wie richtet man auf ihrem Festnetztelefon eine Sperre ein?"
        ),
        _u(
            "Wo finde ich in Berlin Führungen zur Architektur der Stalinallee, am besten mit Innenbesichtigung?"
        ),
        _u(
            "Was ist der Unterschied zwischen einem Saugroboter mit Kamera und einem mit Laser, nur für Laien erklärt?"
        ),
        _u(
            "Mein Mann will für 1.200 € einen Fernseher mit 'KI-Bildprozessor'. Was macht die KI da überhaupt? Marketing?"
        ),
        _u("Welche Schattenpflanzen gehen auf einem Nordbalkon, der nie Sonne bekommt?"),
        _m(
            "Wie schreibe ich in Kotlin eine data class mit Default-Werten?",
            '```kotlin\ndata class Kunde(\n    val name: String,\n    val stadt: String = "unbekannt",\n    val aktiv: Boolean = true,\n)\n```\nDann geht `Kunde("Meier")` ohne die anderen Parameter.',
            "danke. Feierabend jetzt 😅 Was koche ich heute mit Kürbis, ich hab keine Lust auf Suppe?",
        ),
        _m(
            "Unser Shop und das Warenwirtschaftssystem synchronisieren Bestände nur nachts. Wie bekommen wir das näher an Echtzeit?",
            "Statt nächtlichem Abgleich Ereignisse nutzen: jede Bestandsänderung im WaWi erzeugt eine Nachricht, der Shop aktualisiert seinen Bestand daraus. Ein nächtlicher Abgleich bleibt als Sicherheitsnetz, falls Nachrichten verloren gehen.",
            "gut, das schlage ich vor. Noch was ganz anderes: Ich muss morgen meine erste Rede als Trauzeuge halten und bin total nervös. Tipps gegen Lampenfieber?",
        ),
        _m(
            "Mein Partikelsystem in three.js ist bei 100k Partikeln langsam",
            "Nutze ein einziges `THREE.Points` mit `BufferGeometry` statt einzelner Meshes und bewege die Partikel im Vertex-Shader statt in JavaScript pro Frame.",
            "jetzt läuft's. Völlig anderes Thema: Wie bekomme ich Kalkflecken von der Duschwand weg?",
        ),
        _m(
            "Hier meine Apache-Config, die Weiterleitung klappt nicht:\n\n<VirtualHost *:80>\n  ServerName shop.example.de\n  Redirect / https://shop.example.de\n</VirtualHost>",
            "Das sieht richtig aus. Prüfe, ob `mod_alias` geladen ist, ob ein anderer VirtualHost zuerst greift (`apachectl -S`) und ob du nach der Änderung neu geladen hast.",
            "war der Reload 🙈 Danke. Übrigens, kannst du mir sagen, welcher Wein zu Raclette passt?",
        ),
        _m(
            "Was ist eigentlich eine eSIM?",
            "Eine SIM-Karte, die fest im Handy eingebaut ist. Statt ein Plastikkärtchen einzulegen, lädt man das Profil vom Anbieter per QR-Code. Vorteil: nichts zu wechseln, und man kann mehrere Profile speichern, z. B. für Reisen.",
            "und wenn das Handy kaputtgeht, ist dann die Nummer weg?",
        ),
        _m(
            "Ich möchte im Garten ein Hochbeet bauen. Welches Holz?",
            "Lärche oder Douglasie: witterungsbeständig ohne Chemie. Innen mit Noppenfolie auskleiden, damit das Holz nicht ständig nass ist. Fichte ist billiger, hält aber nur wenige Jahre.",
            "wie befülle ich das",
        ),
        _m(
            "Was heißt 'Streaming' eigentlich, im Gegensatz zu Herunterladen?",
            "Beim Streaming wird der Film stückchenweise übers Internet geschickt und direkt abgespielt, ohne dass er dauerhaft auf dem Gerät gespeichert wird. Beim Herunterladen wird die ganze Datei gespeichert, dann kann man sie auch ohne Internet anschauen.",
            "verbraucht Streaming dann mehr Datenvolumen",
        ),
        _m(
            "Schreib mir einen kurzen Text für die Einladung zum 40. Geburtstag meines Mannes, Überraschungsparty",
            "🎉 Psst! Markus wird 40 – und ahnt nichts! Feiert mit uns am 14. März ab 19 Uhr im Gasthaus Linde. Bitte pünktlich sein, damit die Überraschung klappt. Zusagen bis 1. März an Steffi (nicht an Markus!).",
            "mach es etwas lustiger, er hasst es alt zu werden",
        ),
        _m(
            "Warum wird mein Kaffee bitter, obwohl ich gute Bohnen kaufe?",
            "Meist liegt es an zu heißem Wasser (über 96 °C), zu feinem Mahlgrad oder zu langer Brühzeit. Lass das Wasser nach dem Kochen kurz stehen und mahle etwas gröber.",
            "ich habe einen Vollautomaten",
        ),
        _m(
            "Wie kann ich Fotos vom alten Handy auf das neue übertragen? Beide Android",
            "Am einfachsten über das Google-Konto: auf dem alten Handy Google Fotos sichern lassen, auf dem neuen mit dem gleichen Konto anmelden. Alternativ bietet das neue Handy beim Einrichten an, Daten per Kabel zu übernehmen.",
            "mein Vater hat kein Google-Konto und will keins",
        ),
        _m(
            "Was war das 'Y2K-Problem' damals? Mein Sohn hat's in einer Doku gesehen",
            "Viele alte Computersysteme speicherten Jahreszahlen nur zweistellig, also '99' für 1999. Man befürchtete, dass sie beim Wechsel auf '00' denken, es sei 1900, und z. B. Zinsen oder Termine falsch berechnen. Weltweit wurde viel Geld in Anpassungen gesteckt, am Ende passierte kaum etwas.",
            "also war die Panik übertrieben oder hat die Vorbereitung gewirkt?",
        ),
        _s(
            "Du bist ein Programmierassistent in der Entwicklungsumgebung. Hilf bei Fragen zum Code.",
            "eine private Frage: Ich soll meiner Nachbarin, die 90 wird, eine Karte schreiben. Sie hat mir jahrelang Pakete angenommen. Zwei, drei nette Sätze?",
        ),
        _s(
            "Du bist der digitale Assistent der Volkshochschule Rheinaue.",
            "ich bin 68 und will lernen, mit dem Smartphone umzugehen. Was sollte ich zuerst lernen, ganz allgemein, bevor ich mich für einen Kurs anmelde?",
        ),
        _s(
            "Du bist ein autonomer Software-Agent, der Aufgaben im Repository erledigt.",
            "Prüfe, ob der Build durchläuft.",
            "Build erfolgreich (2m 14s). 3 Deprecation-Warnungen in `vite`, keine Fehler.",
            "gut. Kannst du mir noch schnell einen Reim für die Abschiedskarte von unserem Werkstudenten machen? Er heißt Jonas und geht nach Lissabon",
        ),
        _s(
            "Du bist die Chat-Hilfe des Möbelhauses Holzwerk Schmitt.",
            "ganz allgemein: Wie reinige ich einen alten Ledersessel, ohne dass er fleckig wird?",
        ),
        _s(
            "Du bist der interne Assistent der IT-Abteilung der Stadtverwaltung Friedrichshafen.",
            "keine Dienstfrage: Mein Enkel will zu Weihnachten eine Spielkonsole. Welche ist für einen 8-Jährigen sinnvoll?",
        ),
        _u("""Kannst du diesen Zeitungsartikel für meinen Deutschkurs (B1) in einfachem Deutsch zusammenfassen?

"Immer mehr Rechenzentren entstehen in der Region Frankfurt. Sie brauchen viel Strom und erzeugen Wärme, die bisher meist ungenutzt in die Luft geblasen wird. Ein neues Projekt im Stadtteil Gallus soll das ändern: Die Abwärme eines Rechenzentrums wird künftig über ein Nahwärmenetz in rund 1.300 Wohnungen geleitet. Kritiker bemängeln, dass die Rechenzentren dennoch zu viel Fläche und Energie verbrauchen. Die Stadt plant, neue Standorte nur noch zu genehmigen, wenn die Abwärme genutzt wird."

Bitte maximal 5 kurze Sätze und erkläre mir das Wort 'Abwärme'."""),
        _u("""Ich kaufe meiner Mutter (74) ein Handy. Das sind die drei, die der Verkäufer empfohlen hat:

A) Seniorenhandy mit Tasten, Notrufknopf auf der Rückseite, Ladeschale, 79 €
B) Einfaches Android-Smartphone, 6,5 Zoll, 'einfacher Modus', 149 €
C) Älteres iPhone (generalüberholt), 6,1 Zoll, 299 €

Sie will: telefonieren, WhatsApp mit den Enkeln (auch Fotos anschauen), Wetter. Sie hat leichtes Zittern in den Händen und vergisst oft, das Handy zu laden. Wir Kinder haben alle iPhones. Was würdest du nehmen?"""),
        _u("""Das ist die Nachricht vom Kindergarten. Was bedeutet das praktisch für uns?

"Liebe Eltern, ab dem 1. September kommunizieren wir über die Kita-App 'KitaLink'. Dort finden Sie Elternbriefe, Krankmeldungen, den Speiseplan und Fotos vom Kita-Alltag (nur nach Ihrer Einwilligung). Papierbriefe entfallen. Bitte laden Sie die App herunter und registrieren Sie sich mit dem Code, den Sie von der Gruppenleitung erhalten. Eltern ohne Smartphone wenden sich bitte an die Leitung."

Mein Mann und ich teilen uns ein altes Handy. Reicht eine Registrierung für beide? Und kann man die Fotofunktion ablehnen, aber die App trotzdem nutzen?"""),
        _u("""Ich habe einen Kostenvoranschlag vom Maler bekommen und verstehe einige Posten nicht:

1. Fassade reinigen (Hochdruck), 180 m² — 540 €
2. Risse verschließen, Armierungsgewebe einbetten — 890 €
3. Neuverputz Sockelbereich, mineralischer Putz — 1.150 €
4. Grundierung + 2x Silikonharzfarbe — 2.700 €
5. Gerüst stellen, 4 Wochen Standzeit — 1.600 €

Was ist ein Armierungsgewebe und warum braucht man es? Ist Silikonharzfarbe bei einem Haus von 1965 sinnvoll? Und sind 4 Wochen Gerüst normal?"""),
        _u("""Zusammenfassung bitte, in Stichpunkten, für unseren Elternabend:

"Die Schule führt ab dem 2. Halbjahr in den Klassen 7 Tablets ein. Die Geräte werden von der Schule gestellt und bleiben über Nacht in der Schule. Sie werden im Unterricht für Recherche, Lernapps und digitale Arbeitsblätter genutzt, nicht als Ersatz für Hefte. Eine Nutzungsvereinbarung regelt, dass private Apps und Spiele gesperrt sind. Eltern, die Bedenken haben, können sich im Sekretariat melden. Ein Elternabend zur Vorstellung findet am 12. Februar statt."

Viele Eltern haben Angst, dass die Kinder nur noch am Bildschirm hängen. Gib mir bitte auch 2-3 sachliche Fragen, die ich an dem Abend stellen könnte."""),
        _m(
            "Kannst du dir meine nginx.conf anschauen? Die Seite lädt ewig.\n\nworker_processes 1;\nevents { worker_connections 512; }\nhttp {\n  gzip off;\n  keepalive_timeout 0;\n  server {\n    listen 80;\n    location / { proxy_pass http://127.0.0.1:8000; }\n  }\n}",
            "Drei Dinge: `worker_processes auto;` statt 1, `keepalive_timeout 65;` (0 schaltet Keep-Alive ab, jede Anfrage baut eine neue Verbindung auf) und `gzip on;` mit `gzip_types text/css application/javascript application/json;`.",
            "schon viel besser, danke",
            "Gern! Wenn es noch hakt, schau in die Antwortzeiten der App hinter dem Proxy.",
            "passt. Ganz andere Frage zum Schluss: Wir fahren im Herbst mit zwei Kindern an die Ostsee. Usedom oder Rügen?",
        ),
        _m(
            "Was bedeutet eigentlich 'Bildwiederholrate' beim Fernseher?",
            "Wie oft pro Sekunde das Bild neu aufgebaut wird, angegeben in Hertz. 60 Hz heißt 60-mal pro Sekunde. Höhere Werte (100/120 Hz) machen schnelle Bewegungen wie beim Fußball flüssiger.",
            "merkt man das als normaler Zuschauer wirklich",
        ),
    ],
    "zh": [
        _u("给我爸妈买扫地机器人，家里有门槛和很多电线，选哪种导航的好？预算3000以内"),
        _u("手机充电器上写的“65W快充”是什么意思？用它给旧手机充电会不会把电池充坏？"),
        _u("能不能用大白话解释一下什么是“大模型”？我妈老在新闻里看到，问我是不是机器人"),
        _u("我们家想买一张岩板餐桌，听说岩板容易磕边，实木的又怕烫，到底选哪个？6口人吃饭"),
        _u("路由器放在客厅，卧室信号只有一格，买个信号放大器有用吗，还是要换mesh"),
        _u("想给十岁儿子买个高达模型当生日礼物，他能自己拼吗？HG和MG有什么区别"),
        _u("为什么看3D电影要戴眼镜，不戴就是重影？原理是什么，能给小学生讲明白那种"),
        _u("阳台种的小番茄长了好多小绿虫子，叶子背面全是，有没有不用农药的办法？家里有小孩"),
        _u("租房到期，房东说墙上有几个钉子眼要扣一半押金，这合理吗？在上海，合同里没写"),
        _u("二维码支付是怎么保证安全的？如果有人把商家的收款码换成自己的怎么办"),
        _u("电动车在家充电用普通插座可以吗？小区不让拉线，有点担心安全"),
        _u("学生党买平板主要记笔记和看网课，iPad和安卓平板怎么选"),
        _u("什么是“云盘”？把照片放进去是不是就永远不会丢了？"),
        _m(
            "帮我看下这段 Java 为啥空指针：\nString name = user.getProfile().getName();",
            '`getProfile()` 可能返回 null。先判断：`if (user.getProfile() != null) { ... }`，或者用 `Optional.ofNullable(user.getProfile()).map(Profile::getName).orElse("")`。',
            "好了谢谢！换个话题，周末想带孩子去北京，三天怎么安排比较不累？",
        ),
        _m(
            "我们的订单系统要不要上消息队列？现在下单后同步调用库存、积分、短信三个服务",
            "建议把积分和短信改成异步：下单成功后发一条消息，由它们各自消费。库存扣减仍然要同步或用预占机制，否则会超卖。这样下单接口不再被短信服务拖慢。",
            "明白了，周一跟组长说。对了，今天是我结婚五周年，帮我想一段给老婆的话，别太肉麻",
        ),
        _m(
            "Three.js 里模型加载进来是全黑的",
            "多半是没有光源或色彩空间问题。加一个 `HemisphereLight`，并确认 `renderer.outputColorSpace = THREE.SRGBColorSpace`。如果是 GLB 模型，也检查一下材质的 metalness 是否为 1。",
            "搞定了。题外话，最近颈椎好疼，有什么办公室能做的简单动作吗",
        ),
        _m(
            "5G和WiFi 6有什么区别？",
            "5G 是手机运营商的网络，走基站，出门在外用；WiFi 6 是家里路由器发出来的无线网，覆盖范围小。两者都是更快、更能同时连多个设备的新一代标准，但属于不同的东西。",
            "那我家路由器是WiFi 5，手机是5G的，要不要换路由器",
        ),
        _m(
            "为什么冬天手机电量掉得特别快？",
            "锂电池在低温下化学反应变慢，能放出的电量减少，电压也会下降，手机就可能显示电量骤降甚至关机。回到室温后通常会恢复。",
            "那放在羽绒服内口袋里会好点吗",
        ),
        _m(
            "帮我写一条朋友圈，庆祝我家猫三岁生日",
            "🎂 三岁啦！从巴掌大的小奶猫长成了家里的大王，每天准时叫我起床（凌晨五点），偶尔赏脸让我摸摸。生日快乐，小团子，罐头管够！",
            "再短一点，配图是它戴生日帽",
        ),
        _m(
            "这是我的 vite.config.ts，打包后路径不对：\n\nexport default defineConfig({\n  plugins: [vue()],\n  build: { outDir: 'dist' }\n})",
            "部署在子目录的话要加 `base: '/my-app/'`，否则资源会从根路径加载。",
            "好了。另外问个生活问题，租房合同到期房东要涨价20%，怎么谈比较好？",
        ),
        _m(
            "老人机和智能手机哪个更适合我外婆？她80岁，眼睛不太好",
            "如果她只打电话，老人机按键大、待机长，最省心。如果想视频通话看孙子，智能手机开“长辈模式”（大字体、简化桌面）也很好用，关键是有人帮她设置好。",
            "她想视频，但是怕她乱点进什么扣费的东西",
        ),
        _m(
            "“元宇宙”到底是什么？感觉说了好几年了",
            "可以理解为一个持续存在的虚拟世界，人们用虚拟形象在里面社交、工作、买东西，常常要戴VR眼镜。概念很火，但目前真正大规模使用的产品还不多，更多是游戏和部分社交应用。",
            "那现在还值得关注吗，还是已经凉了",
        ),
        _m(
            "怎么做红烧肉不腻？",
            "先把五花肉冷水下锅焯水，再小火煸出一部分油（把油倒掉），然后炒糖色、加料酒生抽、热水小火炖一小时，最后大火收汁。煸油这一步是不腻的关键。",
            "没有冰糖用白糖行吗",
        ),
        _s(
            "你是集成在 VS Code 里的编程助手。",
            "先不写代码了，帮我给同事写个请假条，明天下午去医院拔智齿，语气正式点",
        ),
        _s(
            "你是“鲜果多”生鲜电商的在线客服，负责回答订单和商品问题。",
            "问一下，榴莲怎么挑才熟？不是问你们店的，就是一般怎么挑",
        ),
        _s(
            "你是一个在用户终端运行的 AI 编程代理，可以执行命令和修改文件。",
            "在开始之前，帮我想三个适合程序员团队团建的户外活动，北京周边，一天来回",
        ),
        _s(
            "你是某银行的智能客服“小招”。",
            "NFC 是什么？手机上开着会不会被人隔空刷走钱？",
        ),
        _s(
            "你是公司内部的IT服务台助手，回答员工关于办公设备的问题。",
            "我自己想买个机械键盘在家用，青轴红轴茶轴有什么区别？",
        ),
        _s(
            "你是一个面向初中生的编程启蒙老师。",
            "老师，我想问个和编程无关的，怎么才能早上起得来？每天都迟到",
        ),
        _u("""帮我看看这个宽带套餐说明，到底哪个适合我家？

套餐A：300M宽带 + 1张手机卡（30G流量），月费129元，送千兆光猫
套餐B：1000M宽带 + 2张手机卡（各40G流量），月费199元，送WiFi6路由器一台，含一个“全屋WiFi”子路由
套餐C：500M宽带单宽，月费99元，不送路由器

我家三口人，120平米，两个房间隔得远，老公在家打游戏，我看剧，孩子上网课。另外营业厅的小哥一直推荐B，说以后8K电视都要千兆，我觉得有点忽悠。我们现在的合约下个月到期，原来是100M，平时晚上看剧偶尔卡一下。到底有没有必要上千兆？子路由是什么东西，自己买一个会不会更便宜？"""),
        _u("""这是我奶奶手写的菜谱卡片上的字，我看不太懂“炼油”这步：

“板油切小块，锅里放半碗水，小火慢慢炼，油渣变黄捞出，油倒进瓦罐，冷了是白的。油渣撒点糖给孩子吃。”

为什么要先放水？炼出来的猪油能放多久？我想照着做一次。另外卡片背面还写着“猪油拌饭：热饭一碗，猪油一勺，酱油少许”，这个现在还能吃吗，听说猪油不健康？家里老人血脂有点高，要不要少吃？卡片都黄了，我想整理成一本家庭菜谱留给孩子。"""),
        _u("""银行发来的通知我看不懂，帮我翻成人话：

“为提升账户安全水平，即日起我行网上银行启用多因素认证（MFA）。客户登录网银及手机银行时，除登录密码外，还需通过手机 App 获取动态验证码，或使用硬件令牌进行二次验证。请于本月底前在手机银行完成绑定。未完成绑定者下月起将无法登录网银。”

我就是个退休老师，这是要我干嘛？我手机是旧的安卓，内存快满了，还得装个新App吗？要是手机丢了或者换手机，是不是就登不上去了？我不想每次登录都那么麻烦，这个到底有什么用，密码不是已经够了吗？能不能用简单的比喻给我讲讲为什么要这么做。"""),
        _u("""我在写一篇关于北京四合院的小作文，下面是我写的一段，帮我润色一下：

“四合院是北京的老房子，它的建筑结构很有意思，四面都是房子，中间有一个院子。正房朝南，冬天很暖和。以前一家几代人住在一起，很热闹。现在很多四合院都拆了，我觉得很可惜。”

我是初二学生，希望写得更生动一点，但不要太夸张。老师说要写出自己的感受，还要有细节描写，比如院子里的树、门口的石狮子之类的。我暑假去过一次南锣鼓巷附近的四合院，记得院子里有一棵很大的枣树，还有一个老奶奶在晒被子。字数要求是600字，这段大概是第二段。"""),
        _u("""电脑开机出现这个，我该怎么办？我不懂电脑

“自动修复
你的电脑未正确启动
按“重新启动”以重启你的电脑，有时这样可以解决问题。你还可以按“高级选项”，尝试使用其他选项修复你的电脑。”

重启了三次都是这样。里面有孩子所有的照片，好担心。我应该先干嘛，要不要直接拿去修？电脑是五年前买的笔记本，前两天自动更新了一次，之后就这样了。我听人说修电脑的会把硬盘里的东西随便看，还会乱收费，有点不放心。有没有什么我自己能先试的简单办法？照片能不能先拿出来？"""),
        _u("""帮我比较一下这两个保安岗位，我该去哪个？

A：写字楼保安，白班为主，月薪4800，五险，包午餐，需要穿西装站门岗
B：工厂门卫，两班倒（12小时），月薪5600，五险一金，包吃住，需要巡逻和登记车辆

我45岁，膝盖不太好，家在市区，有个上高中的孩子。A离家地铁20分钟，B在郊区开车40分钟，我没有车，只有电动车。B说半年后可以转正当班长，工资能到6500。A的主管说他们经常要加班，有加班费。我主要想多陪陪孩子，但也想多攒点钱。你帮我分析一下利弊。"""),
        _u("语文老师说我的作文不会“渲染气氛”，这个渲染到底是什么意思？能举个下雨天的例子吗"),
        _u("第一次办护照，具体程序是什么？要带哪些材料？我户口在老家，人在深圳"),
        _u("洗衣机进水管接口一直漏水，换个接口要找师傅吗，还是自己能弄"),
        _u("孩子校服膝盖磨破了，怎么打补丁好看一点？我不太会针线活"),
        _u("菜鸟驿站的取件码收不到短信怎么办？快递显示已经到了"),
        _u("新买的吉他总是走音，怎么调音？有没有手机上能用的调音软件"),
        _u("为什么大雁秋天往南飞的时候要排成人字形？"),
        _u("老人用智能手机总是误点广告下载一堆乱七八糟的软件，有什么办法设置一下吗"),
        _u("手机拍夜景总是糊，不买新手机有什么拍法能改善吗"),
        _u("扫码点餐的时候为什么一定要我关注公众号，不关注能点吗"),
        _u("“算力”到底是什么意思？新闻里天天说“算力竞争”，普通人能听懂的解释"),
        _u("买空气净化器主要看什么参数？CADR是什么？家里有新生儿"),
        _u("十字绣的像素画图案怎么自己做？想把我家狗的照片绣出来"),
        _u("蓝牙耳机和有线耳机哪个对耳朵伤害小？孩子上网课一天戴好几个小时"),
        _u("智能门锁值得装吗？老人总是忘带钥匙，但又怕没电了打不开"),
        _m(
            "Go 里怎么把结构体转成 JSON 时字段名变成小写？",
            '用 struct tag：\n```go\ntype User struct {\n    Name string `json:"name"`\n    Age  int    `json:"age"`\n}\n```\n然后 `json.Marshal(u)` 就会输出小写的字段名。',
            "好的明白了。诶问一下，周末想去爬泰山，看日出的话几点开始爬合适？",
        ),
        _m(
            "我们要做一个多门店的会员系统，积分要在所有门店通用，怎么设计比较好？",
            "积分账户集中在一个会员服务里，门店收银只调用它的“加积分/扣积分”接口，每笔操作带门店号和流水号保证幂等。门店断网时先记本地流水，恢复后补传，由会员服务统一对账。",
            "懂了，我整理成文档。先说个私事，我爸下周退休，想在家庭群里发段话，帮我写一下？",
        ),
        _m(
            "WebGPU 的 compute shader 里 workgroup_size 设多少合适？",
            "常见取 64 或 256，要看数据量和设备。一维数据可以 `@workgroup_size(64)`，然后 dispatch 的数量用 `ceil(n / 64)`。最好在目标设备上测几组数值。",
            "好，回头试。今天先不弄了，推荐几部适合周末看的国产纪录片吧",
        ),
        _m(
            "贴一下我的 nginx 配置，静态资源一直 404：\n\nlocation /static/ {\n    root /var/www/app/static/;\n}",
            "用 `root` 时会把 location 路径拼上去，实际找的是 `/var/www/app/static/static/`。改成 `alias /var/www/app/static/;` 或者 `root /var/www/app/;`。",
            "果然是这个。对了，你知道怎么去除衣服上的圆珠笔印吗",
        ),
        _m(
            "什么是“鸿蒙系统”？我的华为手机提示升级，要不要升？",
            "鸿蒙（HarmonyOS）是华为自己的手机系统，用起来和以前的界面差不多，大部分常用App都能用。升级前最好先备份照片和聊天记录，并确认手机电量和存储空间充足。",
            "升级以后微信聊天记录会不会丢",
        ),
        _m(
            "帮我给小区业主群写个通知，周六上午停水检修",
            "【停水通知】各位业主好，因供水管道检修，本周六（15日）上午8:00-12:00小区将暂停供水，请大家提前储水。给您带来不便，敬请谅解！——物业服务中心",
            "加一句如果提前恢复会再通知",
        ),
        _m(
            "为什么手机一到地铁里就没信号？",
            "地下隧道和车厢金属外壳会阻挡信号，虽然很多地铁装了专门的基站，但人多的时候大家抢同一个基站，网速就很慢，甚至连不上。",
            "那为什么有的线路就很好",
        ),
        _m(
            "怎么判断西瓜熟没熟？",
            "看：瓜蒂弯曲发干、底部有黄色的“地斑”；拍：声音“嘭嘭”比较闷的熟，“咚咚”脆响的可能生；掂：同样大小更重的水分多。",
            "切开以后吃不完怎么保存",
        ),
        _m(
            "给孩子买学习机还是平板？初一",
            "学习机内置课程和管控，适合自律性差、家长没时间盯的孩子；平板用途多，但需要自己装护眼和管控软件，容易分心玩游戏。如果主要为了网课和刷题，学习机省心一些。",
            "学习机里面的课程是不是要另外付钱",
        ),
        _m(
            "我妈老说“流量用完了”，到底什么是流量？",
            "流量就是手机不连WiFi时用的网络数据量。看视频、刷抖音最费，一小时可能用掉1G以上；发文字微信几乎不费。套餐里每月包一定数量，用完了就会变慢或另外收费。",
            "怎么让她的手机在家自动连WiFi",
        ),
        _m(
            "帮我想一下年会的节目，部门12个人，不想唱歌跳舞",
            "- 情景小品：模仿部门日常开会（提前征得领导同意）\n- 你画我猜接力\n- 部门版“年度颁奖”，每人一个搞笑奖项\n- 诗朗诵改编成职场版",
            "颁奖那个，帮我想10个奖项名字",
        ),
        _m(
            "什么是“电子社保卡”？我爸去医院看病说要用",
            "就是把实体社保卡的功能放到手机上，用国家政务服务平台、微信或支付宝都能领取。看病时出示二维码就能结算，不用带实体卡。",
            "他用的是老年机，没有智能手机怎么办",
        ),
        _s(
            "你是 JetBrains IDE 里的 AI 编程助手。",
            "代码先放一边，帮我给女朋友写首小诗，明天是我们在一起一周年，她喜欢猫",
        ),
        _s(
            "你是“安心家政”平台的智能客服。",
            "想问下一般性的：新房装修完多久能住？甲醛怎么散得快？",
        ),
        _s(
            "你是一个运行在用户电脑上的编程智能体，可以读写文件、执行命令。",
            "帮我把项目里的单元测试跑一下",
            "已运行 `pytest`：共 86 个用例，全部通过，用时 12.4 秒。",
            "好嘞。另外帮我写段话发朋友圈，庆祝项目上线，别太装",
        ),
        _s(
            "你是某运营商的在线客服助手。",
            "WiFi 6 和 WiFi 7 有什么区别？我现在是千兆宽带，有必要换路由器吗？",
        ),
        _s(
            "你是公司内部的行政助手机器人。",
            "帮我写一段中秋节给全体员工的祝福语，顺便提醒一下放假时间是三天",
        ),
        _u("""帮我把这篇新闻总结成三句话，我要在家长群里分享：

“近日，教育部发布通知，要求中小学生原则上不得将个人手机带入课堂。确有需求的，须经家长书面申请、学校同意后方可带入校园，进校后由学校统一保管。通知还要求学校设立公共电话、建立班主任沟通渠道，解决学生与家长的通话需求。同时，学校应加强对学生的科学用网教育，引导学生合理使用电子产品，防止沉迷网络游戏和短视频。家长也应做好示范，减少在孩子面前长时间使用手机。”

家长群里很多人在吵，有的说管得好，有的说孩子放学联系不上。我想客观一点，不引战。"""),
        _u("""帮我看看这两款电动牙刷，送我爸妈的，他们60多岁：

A款：声波震动 31000次/分钟，3种模式，续航30天，带压力提醒，两支装 399元
B款：旋转式圆头，2种模式，续航14天，带计时器和APP连接，单支 459元

我爸牙龈容易出血，我妈刷牙特别用力。他们不喜欢用手机App，出门旅游也要带。哪款更合适？APP连接有没有用？还有压力提醒对我妈这种用力刷的人是不是特别有必要？"""),
        _u("""这是我家楼下新开的一家店门口贴的招聘，我想去，帮我分析一下：

“招聘：珠宝店模特兼导购 2名
要求：女，20-30岁，身高165以上，形象气质佳，普通话标准
工作内容：店内佩戴珠宝展示，协助导购介绍产品，配合拍摄宣传照
待遇：底薪4000+提成，月休4天，工作时间10:00-21:00”

我23岁，身高163，之前在奶茶店工作过一年。身高差一点能去吗？这种“模特兼导购”到底主要做什么？拍宣传照要不要签什么协议，照片会不会被乱用？"""),
        _u("""帮我看一下这段说明是什么意思，我买了个扫地机器人：

“首次使用请将主机放置于充电座上充满电（约5小时）。使用App添加设备时，请确保手机连接2.4GHz WiFi，暂不支持5GHz网络。主机首次清扫将自动建图，建图过程中请打开房门并移除地面线缆等障碍物。可在App中设置禁区与虚拟墙。”

我家路由器好像是双频合一的，只显示一个WiFi名字，是不是就连不上了？“建图”和“虚拟墙”是什么意思？我家有个猫食盆不想让它撞，怎么设置？我不太会弄这些东西。"""),
        _u("""我在准备一个关于故宫建筑的小讲座，听众是社区里的老年人。这是我写的开头，帮我改得口语化一点，适合讲出来：

“故宫，旧称紫禁城，始建于明永乐四年，是中国现存规模最大、保存最完整的木结构宫殿建筑群。其建筑布局遵循中轴对称原则，前朝后寝，体现了封建礼制的等级秩序。屋顶形式包括重檐庑殿顶、歇山顶等，等级依次递减，太和殿采用的重檐庑殿顶为最高等级。”

大概讲5分钟，希望能加一两个小故事或者冷知识，让大家听得进去。"""),
        _m(
            '帮我看看这个 package.json 的 scripts，npm run build 报错找不到命令：\n\n"scripts": {\n  "dev": "vite",\n  "build": "tsc && vite build"\n}',
            "多半是没装 TypeScript，`tsc` 找不到。运行 `npm i -D typescript`，再执行 `npm run build`。",
            "好了能打包了",
            "好的！如果还有类型报错可以贴出来。",
            "不用了哈哈。最后问一句，端午节给客户送什么礼比较得体？预算三百左右",
        ),
    ],
    "ja": [
        _u("iPhoneの「最適化されたバッテリー充電」って何をしてるの？オフにした方が長持ちする？"),
        _u(
            "実家の母にタブレットを買いたいんですが、iPadとAndroidどっちが使いやすいですか。LINEと写真を見るくらいです"
        ),
        _u(
            "ChatGPTみたいなAIって、ネットをその場で調べて答えてるんですか？それとも覚えてるだけ？素人にも分かるように教えて"
        ),
        _u(
            "キャッシュレス決済、PayPayと楽天ペイとクレカのタッチ決済、普段の買い物ならどれが一番お得？"
        ),
        _u("法隆寺の建築ってなんで1300年も倒れずに残ってるんですか？地震多いのに"),
        _u("鉄道模型のNゲージを始めたいです。最初に何を買えばいいですか？予算は3万円くらい"),
        _u("3D映画とIMAXって何が違うんですか？料金が高い分の価値ありますか"),
        _u(
            "鉛筆デッサンで影をつけるとき、ティッシュでこすってぼかすのはダメって言われたんだけど、なんで？"
        ),
        _u("ケンタッキーのカーネル・サンダースって実在の人なんですか？カーネルって名前？"),
        _u(
            "賃貸の敷金って退去のときどれくらい返ってくるのが普通？6年住んで、壁紙に少し日焼けがあります"
        ),
        _u("スマホの「ギガが減る」って具体的に何を使うと減るの？動画とLINE通話どっちが多い？"),
        _u("電子書籍リーダー、Kindleと楽天Koboで迷ってます。マンガもよく読みます"),
        _u(
            "テレビのリモコンが効かなくなった。電池は替えた。スマホのカメラで赤外線見えるって本当？"
        ),
        _u("クラウドって結局どこにあるの？ 災害でデータセンターが壊れたら写真全部消える？"),
        _m(
            "Reactでstateを更新しても画面が変わりません\n\nconst [items, setItems] = useState([]);\nitems.push(newItem);\nsetItems(items);",
            "配列を直接変更しているので、Reactは同じ参照だと判断して再描画しません。新しい配列を作ってください：`setItems([...items, newItem]);`",
            "直りました！ありがとう。全然関係ないけど、今夜のご飯、冷蔵庫に鶏むね肉とキャベツしかないんだけど何か作れる？",
        ),
        _m(
            "ECサイトの在庫管理、店舗とネットで別々のDBになってて数が合わないです。どうまとめるべき？",
            "在庫の「正」をどこか一か所に決めるのが先です。店舗POSとECの両方がその在庫サービスに引当を依頼する形にし、各システムはキャッシュとして持つだけにします。移行期間は差分を毎晩突き合わせるバッチを回すと安心です。",
            "了解、来週の会議で提案してみます。ところで、上司への異動の挨拶メール、どう書けばいい？",
        ),
        _m(
            "シェーダーで水面を作りたい、波がのっぺりしてる",
            "法線を時間で動くノイズから計算して、フレネル項で空の色と水の色を混ぜると一気に水っぽくなります。`float fresnel = pow(1.0 - dot(N, V), 5.0);`",
            "いい感じになった！話変わるけど、最近眠りが浅いんだけど何か良い習慣ある？",
        ),
        _m(
            "ポケットWi-Fiと自宅の光回線、一人暮らしならどっちがいい？",
            "動画をよく見る、在宅ワークがあるなら光回線が安定します。家にいる時間が短く、外でもネットを使うならポケットWi-Fiやスマホのテザリングで十分なことも。月の使用量で決めるのがおすすめです。",
            "月に100ギガくらい使ってると思う",
        ),
        _m(
            "お盆に実家に帰るので、甥っ子（小3）と遊べるボードゲームを教えて",
            "・ナンジャモンジャ：名前をつけて叫ぶだけ、盛り上がる\n・ドブル：反射神経勝負\n・ラミィキューブ：少し考える系\n・おばけキャッチ：大人も本気になれる",
            "全部持っていくのは大変だから一つだけ選ぶなら？",
        ),
        _m(
            "Bluetoothイヤホンの片方だけ聞こえなくなりました",
            "一度スマホのBluetooth設定からイヤホンを削除して、ケースに戻してリセット（多くの機種はボタン長押し）してから再ペアリングしてみてください。片方の充電端子の汚れも原因になります。",
            "リセットのやり方がわからない、AirPodsです",
        ),
        _m(
            "こっちのGitHub Actionsの設定、なぜかmainでしか動かない\n\non:\n  push:\n    branches: [main]",
            "`branches: [main]` でmainのpushだけに限定されています。全ブランチで動かすならbranchesの行を消すか、`pull_request:` も追加してください。",
            "なるほど。ちなみに来月京都に行くんだけど、紅葉の穴場ってある？",
        ),
        _m(
            "梅干しを漬けたいです。塩分何％がいい？",
            "初めてなら18％前後がカビにくく安心です。減塩にしたい場合は12〜15％で、焼酎で消毒をしっかり、重石も忘れずに。",
            "土用干しって何日やるの",
        ),
        _m(
            "電気自動車って、マンション住まいでも乗れますか？",
            "自宅で充電できないと、毎回急速充電スポットに行く必要があって手間と費用がかかります。管理組合に充電器設置の相談をするか、近所のスーパー等に充電器があるかを先に確認するといいです。",
            "管理組合にはどう切り出せばいい？",
        ),
        _m(
            "NISAってなに？ざっくりでいいです",
            "投資で得た利益に税金がかからない国の制度です。普通は利益の約20％が税金ですが、NISA口座の中なら非課税。年間の投資できる上限があります。",
            "毎月1万円でも意味ある？",
        ),
        _s(
            "あなたはエディタに組み込まれたコーディングアシスタントです。",
            "コードじゃなくて申し訳ないんですが、先輩の送別会で読む一言メッセージを考えてほしいです。3年間お世話になりました系で",
        ),
        _s(
            "あなたは家電量販店「デンキのミナト」のオンライン接客AIです。",
            "加湿器って、スチーム式と気化式と超音波式、どう違うの？寝室で使いたい",
        ),
        _s(
            "You are a coding agent working inside the user's repository. Reply in Japanese.",
            "作業の前に、今日のチームの朝会で使えるアイスブレイクの質問を3つください",
        ),
        _s(
            "あなたは社内ヘルプデスクのチャットボットです。社員からの質問に丁寧に答えてください。",
            "自宅用にプリンターを買うなら、インクジェットとレーザーどっちがいいですか？年賀状くらいしか刷りません",
        ),
        _s(
            "あなたは中学生向けのプログラミング学習アプリの先生キャラ「コードン」です。",
            "コードン、今日は国語の宿題で困ってる。「走れメロス」の感想文、何から書けばいいの？",
        ),
        _s(
            "あなたは通信会社のサポートボットです。",
            "格安SIMに乗り換えたいんだけど、今のスマホそのまま使える？SIMロックってなに？",
        ),
        _u("""この説明書の文章、意味がわからないので簡単に教えてください。

「本機をご使用の際は、付属のACアダプターを使用し、USB Power Delivery（PD）対応の充電器をご利用ください。PD非対応の充電器では充電速度が低下する、または充電できない場合があります。また、充電中に本体が温かくなることがありますが、異常ではありません。充電環境温度は5〜35℃の範囲でご使用ください。」

これって、今使ってるスマホの充電器じゃダメってこと？新しく買わないといけないの？母のために買ったタブレットなので、できればあるもので済ませたいです。充電器に何と書いてあればOKなのかも知りたいです。"""),
        _u("""携帯ショップでもらった見積もりです。どれが本当に必要か教えてください。

端末代金（48回払い）　月々3,280円
機種変更手数料　3,850円
スマホ補償オプション　月々825円
動画配信サービス（初月無料）　月々990円
セキュリティアプリ　月々440円
クラウド容量追加50GB　月々130円
フィルム・ケース　5,980円

60代の母が使います。電話とLINEと写真くらいです。店員さんに「皆さん付けてます」と言われたけど、全部必要なんでしょうか？外していいものと、残したほうがいいものを理由つきで教えてください。"""),
        _u("""ノートパソコン2台で迷っています。大学生（文系）で、レポートとオンライン授業、たまに動画を見る程度です。

A：13.3インチ、重さ1.0kg、メモリ16GB、SSD 512GB、バッテリー15時間、価格14万円
B：15.6インチ、重さ1.8kg、メモリ8GB、SSD 256GB、バッテリー7時間、価格8万円、テンキー付き

毎日大学に持って行きます。バイト代で買うので、できれば安くしたいけど、4年間使えるかも気になります。Bでも足りますか？"""),
        _u("""美術の授業のプリントです。よくわからないので、かみくだいて説明してください。

「陰影には『陰（かげ）』と『影（かげ）』がある。陰は物体自体の光が当たらない部分、影は物体によって光が遮られ、床などに落ちる部分である。明暗の境目を『明暗境界線』と呼び、ここが最も暗く見える。反射光により、陰の部分にもわずかに明るい部分が生じる。」

来週りんごをデッサンするテストがあるので、どこに気をつけて描けばいいかも教えてほしいです。"""),
        _u("""パソコンを起動すると次の画面が出ます。

「BitLocker 回復
このドライブの回復キーを入力してください
回復キーの検索方法の詳細については、aka.ms/recoverykeyfaq を参照してください」

昨日Windowsのアップデートをしただけです。こういうのは全然わからないので、何が起きているのか、どこを探せばいいのか、普通の言葉で教えてください。会社のパソコンではなく、家のパソコンです。"""),
        _u("""警備会社の求人票です。未経験ですが応募しようか迷っています。

【職種】施設警備（商業ビル）
【勤務】24時間勤務（仮眠4時間あり）月8〜10回
【給与】日給14,000円〜、資格手当あり
【仕事内容】出入管理、巡回、防災センターでのモニター監視、鍵の管理
【応募資格】未経験歓迎、50代活躍中

53歳、前職は営業です。24時間勤務って体力的にどうなんでしょう？ 資格手当の資格も何のことかわかりません。"""),
        _u("家庭用のビールサーバーって、缶ビールを注ぐだけで本当においしくなるんですか？"),
        _u(
            "DIYで棚を作りたいんですが、木工用のルーターとトリマーってどう違いますか？どっちを買えばいい？"
        ),
        _u("雪道で車がスタックしたときの脱出方法を教えてください。来月初めて北海道を運転します"),
        _u("小学校の運動会のプログラムに載せるPTA会長の挨拶文、200字くらいで考えてもらえますか"),
        _u("ゴルフを始めたばかりです。ドライバーって初心者は何度のロフトを選べばいいですか"),
        _u("メガネのフレーム、チタンとセルロイドってどっちが疲れにくい？"),
        _u("スマホの「位置情報」をオフにすると、何が使えなくなるの？マップ以外で"),
        _u("5Gって、4Gより電池の減りが早いって本当？設定で4Gに固定したほうがいい？"),
        _u(
            "母が「LINEが乗っ取られた」と騒いでいます。友だちから変なメッセージが来たらしい。どう確認すればいいですか"
        ),
        _u("ロボット掃除機、ルンバ以外で静かなのってありますか？赤ちゃんが昼寝中にかけたい"),
        _u("「生成AI」で作った絵って、著作権はどうなるんですか？趣味で年賀状に使いたいだけです"),
        _u("スマートウォッチで睡眠の質って本当にわかるの？それっぽい数字が出てるだけ？"),
        _u("キーボードの配列でJISとUSってどう違う？ノートPCを海外通販で買おうか迷ってて"),
        _u("なんで飛行機の中ではスマホを機内モードにしないといけないの？"),
        _u("和室の照明、シーリングライトとペンダントライトどっちがいい？8畳で天井が低めです"),
        _m(
            "Pythonでリストの重複を順番を保ったまま消したい",
            "`list(dict.fromkeys(items))` が一番簡単です。辞書はPython 3.7以降、挿入順を保持するので順番が保たれます。",
            "天才。ありがとう。ついでに、同僚の結婚祝いって相場いくら？会社の同期です",
        ),
        _m(
            "マイクロサービスのログがバラバラで障害調査が大変です",
            "各リクエストにトレースIDを付けて、全サービスがログに出力するようにします。ログは一か所（Elasticsearch や Loki など）に集約し、トレースIDで横断検索できるようにするのが基本です。",
            "なるほど、提案してみます。話変わって、最近肩こりがひどいんですが、デスクワーク中にできるストレッチありますか",
        ),
        _m(
            "Babylon.jsでモデルの影がギザギザです",
            "`shadowGenerator.useBlurExponentialShadowMap = true;` にして、`shadowGenerator.mapSize` を2048に上げてみてください。ライトの影のカメラ範囲を狭めるのも効きます。",
            "なめらかになりました！全然関係ないけど、年末に大掃除するなら換気扇の油汚れって何で落とすのがいい？",
        ),
        _m(
            "このcron、毎朝9時に動かしたいのに動きません\n\n* 9 * * * /home/app/report.sh",
            "`* 9 * * *` だと9時台に毎分実行されます。9時ちょうどに1回なら `0 9 * * *` です。動かない場合はスクリプトに実行権限（`chmod +x`）があるかも確認してください。",
            "それでした。ちなみに、明日初めて献血に行くんだけど、何か気をつけることある？",
        ),
        _m(
            "テレビでNetflixを見たいんですが、古いテレビでも見られますか？",
            "HDMI端子があれば、Fire TV StickやChromecastを挿せば見られます。テレビ本体がネット非対応でも大丈夫です。",
            "HDMIってどれ？裏に穴がいっぱいある",
        ),
        _m(
            "退職する上司に渡す寄せ書きの一言、何かいい例ある？",
            "・いつも的確なアドバイスをありがとうございました。教えていただいたことを胸に頑張ります。\n・○○さんの下で働けて本当に幸せでした。新しい生活も楽しんでください！\n・困ったときに「大丈夫」と言ってもらえたのが心の支えでした。",
            "もう少しくだけた感じで。飲み会でよくいじってた仲なので",
        ),
        _m(
            "なんで電子レンジで卵を温めると爆発するの？",
            "殻と膜の中で水分が一気に水蒸気になり、逃げ場がなくて圧力が上がるからです。殻をむいたゆで卵でも黄身の中で同じことが起きるので、切ってから温めてください。",
            "じゃあ温泉卵はレンジで作れないの？",
        ),
        _m(
            "格安SIMにしたら、キャリアメールが使えなくなるって本当？",
            "本当です。docomo.ne.jp などのメールは解約すると使えなくなります。有料で持ち運べるサービスもありますが、GmailなどのフリーメールやLINEに移っておくと楽です。",
            "銀行とかに登録してるメアドの変更ってどうすればいい？",
        ),
        _m(
            "子供（5歳）が夜中に何度も起きて困っています",
            "寝る前1時間は画面を見せない、寝る時間を毎日同じにする、部屋を暗くしすぎない（小さな常夜灯）、日中にしっかり体を動かす、などが効果的です。",
            "怖い夢を見たって泣くんです",
        ),
        _m(
            "スマホで撮った写真を、そのままデジカメみたいにきれいに印刷できますか？",
            "最近のスマホなら、L判〜2L判くらいなら十分きれいです。コンビニのマルチコピー機やネットプリントを使えば、アプリから直接注文できます。",
            "アルバムにしたいんだけど、おすすめの方法は？",
        ),
        _m(
            "ドローンで家族旅行の動画を撮りたい。法律とか大丈夫？",
            "100g以上の機体は国への登録が必要で、人口集中地区や空港周辺、人の上空などは許可なしで飛ばせません。100g未満のトイドローンなら規制は少ないですが、公園や観光地の独自ルールは確認してください。",
            "沖縄のビーチで飛ばしたい",
        ),
        _s(
            "あなたはVS Codeに統合されたAIアシスタントです。開発者のコーディングを手伝います。",
            "今日はもう終わり。帰りに妻にケーキ買って帰りたいんだけど、結婚記念日のメッセージカードに書く一文を考えて",
        ),
        _s(
            "あなたは旅行会社「さくらツーリスト」のチャットサポートです。",
            "一般的な質問なんですが、海外旅行でスマホを使うならWi-Fiレンタルと現地SIMとeSIM、どれがいいですか？",
        ),
        _s(
            "あなたはユーザーのリポジトリで作業するコーディングエージェントです。",
            "READMEの誤字を直して",
            "3箇所修正しました（「インストール」の表記揺れ2件、「設定」の誤変換1件）。",
            "ありがと。ついでにチームのSlackに貼る「今週もお疲れさまでした」のゆるい一言、3パターンちょうだい",
        ),
        _s(
            "あなたは市役所のよくある質問に答えるAIです。",
            "市のことじゃないんですが、高齢の父にスマホを持たせたい。らくらくスマホと普通のスマホ、どっちがいいでしょう",
        ),
        _s(
            "あなたはゲーム会社の社内ヘルプデスクbotです。",
            "業務とは関係ないんですが、来週の社内ボウリング大会の景品、予算5千円で何がいいと思います？",
        ),
        _u("""この記事を中学生向けにやさしく要約してください。自由研究の参考にしたいそうです。

「データセンターは、インターネット上のサービスを支える大量のコンピューターを収めた建物です。動画配信、メール、ネットショッピングなど、私たちが日々使うサービスの多くがデータセンターで動いています。コンピューターは大量の熱を出すため、冷却に多くの電力と水が使われます。最近では、寒冷地に建設して外気で冷やしたり、排熱を近隣の温室や住宅の暖房に利用したりする取り組みも進んでいます。一方で、電力消費の増加が課題となっています。」

300字くらいで、最後に「考えてみよう」という問いを1つ入れてください。"""),
        _u("""実家の両親の家のネット回線を見直したいです。今の契約書に書いてあるのがこれです。

・光回線 ファミリータイプ　月額5,720円
・プロバイダ料金　月額1,100円（回線とは別会社）
・光電話　月額550円
・ウイルス対策ソフト　月額330円（使っているか不明）
・レンタルルーター　月額440円
・「安心サポート」　月額550円

両親は70代で、使うのはLINEのビデオ通話とニュースを見るくらいです。固定電話はたまに使います。どれが削れそうか、素人にもわかるように教えてください。解約の電話で何と言えばいいかも知りたいです。"""),
        _u("""インテリアコーディネーターの講座でもらった資料の一節です。

「空間の照明計画では、全般照明・局部照明・装飾照明の3つを組み合わせる。色温度は、リビングでは2700〜3000Kの電球色がくつろぎを演出し、書斎やキッチンでは4000〜5000Kの昼白色が作業に適する。また、光源を直接見せない間接照明は、天井や壁に光を反射させることで空間に奥行きを与える。」

これを自分の6畳の寝室で実践するなら、具体的に何を買えばいいですか？予算は2万円以内、賃貸なので天井に穴はあけられません。"""),
        _u("""母が受け取ったSMSです。本物かどうか判断してほしいです。

「【宅配便】お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。http://xn--kuroneko-delivery.example-jp.top/」

母は通販は使わないので心当たりがないそうです。リンクはまだ押していません。これは詐欺ですか？もし押してしまっていたら、どうすればよかったのかも一緒に教えてください。母に説明するときのポイントも知りたいです。"""),
        _u("""趣味のプラモデル（戦車、1/35）の塗装で、説明書に次のように書いてあります。

「車体色を塗装後、エナメル塗料のブラウンでウォッシングを行い、凹部に陰影をつけます。乾燥後、明るい色でドライブラシを施し、エッジを強調してください。最後にウェザリングマスターで足回りに泥汚れを表現します。」

ウォッシングとドライブラシの具体的なやり方がわかりません。筆は何号を使えばいいですか？初めてなので、失敗したときのリカバリー方法も教えてください。"""),
        _m(
            'このtsconfig.jsonでパスエイリアスが効きません\n\n{\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@/*": ["src/*"] }\n  }\n}',
            "tsconfigの設定は型チェック用なので、ビルドツール側にも同じエイリアスが必要です。Viteなら `resolve: { alias: { '@': path.resolve(__dirname, 'src') } }` を追加してください。",
            "動きました！",
            "よかったです。Jestを使う場合は `moduleNameMapper` にも同じ設定が要ります。",
            "了解。最後に全然関係ない質問：週末に富士山の見える温泉に行きたいんだけど、日帰りでおすすめある？東京発です",
        ),
        _m(
            "Wi-Fiの「中継器」って何をするもの？",
            "ルーターの電波を受け取って、もう一度遠くに飛ばす機械です。ルーターから遠い部屋で電波が弱いとき、途中に置くと届く範囲が広がります。",
            "うちは2階建てで2階の子供部屋が弱いんだけど、どこに置けばいい？",
        ),
    ],
    "fr": [
        _u(
            "C'est quoi exactement la fibre optique ? Le technicien veut percer mon mur, est-ce que c'est vraiment plus rapide que l'ADSL pour regarder Netflix ?"
        ),
        _u(
            "je cherche une enceinte bluetooth pour la plage, étanche, qui tienne la journée, moins de 100 balles. des idées ?"
        ),
        _u(
            "Pouvez-vous m'expliquer simplement ce qu'est l'intelligence artificielle ? Je suis retraité et mes petits-enfants en parlent tout le temps."
        ),
        _u(
            "Quelle hauteur de plan de travail pour une cuisine quand on mesure 1,85 m et sa compagne 1,60 m ?"
        ),
        _u(
            "Pourquoi l'architecture haussmannienne a-t-elle toujours ce balcon filant au 2e et au 5e étage ?"
        ),
        _u("mon téléphone chauffe quand je le recharge en jouant, c'est grave docteur ?"),
        _u(
            "Ma fille a été repérée dans la rue par un 'scout' pour devenir mannequin. Comment vérifier qu'une agence est sérieuse ?"
        ),
        _u("Le 'mode nuit' de l'iPhone qui jaunit l'écran, ça aide vraiment à mieux dormir ?"),
        _u("Comment faire des ombres dégradées au fusain sans salir toute la feuille ?"),
        _u(
            "J'ai des punaises de lit dans mon appart à Lyon, c'est au propriétaire de payer le traitement ?"
        ),
        _u(
            "Mon fils de 9 ans veut une console : Switch ou PS5 ? Il joue surtout avec ses cousins le week-end"
        ),
        _u("Quelle différence entre une box 4G et une box fibre quand on habite à la campagne ?"),
        _u("Les ampoules connectées, ça consomme même éteintes ? J'en ai 12 dans la maison"),
        _u("Liseuse ou tablette pour lire des romans le soir sans s'abîmer les yeux ?"),
        _u("c'est quoi un QR code et pourquoi les restos ne donnent plus de menu papier"),
        _m(
            "Mon script bash plante avec `unexpected end of file` à la dernière ligne",
            "Il manque sans doute un `fi`, `done` ou `esac` pour fermer un bloc, ou le fichier a des fins de ligne Windows. Vérifie avec `bash -n script.sh` et convertis avec `dos2unix`.",
            "c'était un fi manquant, merci ! Rien à voir, mais tu as une idée de cadeau pour les 60 ans de mon père ? Il adore le vélo.",
        ),
        _m(
            "Ma scène Babylon.js a un sol qui scintille au loin",
            "C'est du moiré dû aux textures sans mipmaps ou à un anisotropic filtering trop bas. Active `texture.anisotropicFilteringLevel = 8` et vérifie que la texture a des mipmaps.",
            "nickel. Complètement autre chose : c'est quoi la différence entre un crémant et un champagne ?",
        ),
        _m(
            "Comment marche le paiement sans contact avec le téléphone ?",
            "Le téléphone contient une puce NFC qui communique à quelques centimètres avec le terminal. Ta vraie carte n'est pas transmise : le téléphone envoie un numéro de remplacement (un jeton) et chaque paiement est validé par ton empreinte ou ton code.",
            "et si on me vole le téléphone ?",
        ),
        _m(
            "Aide-moi à écrire un mot pour la maîtresse, mon fils sera absent vendredi",
            "Madame,\nJe vous informe que mon fils Lucas sera absent le vendredi 12 pour raison familiale. Je veillerai à ce qu'il rattrape le travail manqué.\nCordialement,",
            "plus court, c'est dans le cahier de liaison",
        ),
        _m(
            "C'est quoi le 'cloud gaming' ? Mon fils veut un abonnement",
            "Le jeu tourne sur un ordinateur puissant dans un centre de données, et l'image est envoyée en vidéo sur ta télé ou ton téléphone. Pas besoin de console chère, mais il faut une bonne connexion internet stable.",
            "on a 30 méga en ADSL ça suffit ?",
        ),
        _m(
            'voilà mon package.json, npm install échoue :\n\n{\n  "name": "boutique",\n  "dependencies": {\n    "react": "^18.2.0",\n    "react-dom": "^17.0.2"\n  }\n}',
            "`react` et `react-dom` doivent avoir la même version majeure. Passe `react-dom` en `^18.2.0` puis relance `npm install`.",
            "merci ça marche. Sinon tu connais une bonne recette de quiche sans pâte ?",
        ),
        _m(
            "Pourquoi les avions laissent des traînées blanches ?",
            "Ce sont des traînées de condensation : les moteurs rejettent de la vapeur d'eau chaude qui gèle instantanément dans l'air très froid en altitude et forme des cristaux de glace, comme un nuage.",
            "pourquoi certaines disparaissent vite et d'autres restent ?",
        ),
        _m(
            "Je veux un aspirateur balai, Dyson ou une marque moins chère ?",
            "Les Dyson aspirent très bien et ont de bons accessoires, mais les batteries coûtent cher à remplacer. Des marques comme Rowenta ou Xiaomi font très bien le travail pour la moitié du prix dans un appartement.",
            "j'ai un chat à poils longs",
        ),
        _m(
            "explique-moi l'inflation comme si j'avais 12 ans",
            "Imagine que ton goûter coûte 1 € cette année et 1,10 € l'an prochain, sans avoir changé. Ton argent de poche achète moins de choses : c'est l'inflation, la hausse générale des prix.",
            "et pourquoi les prix montent ?",
        ),
        _s(
            "Tu es l'assistant de code intégré à l'éditeur. Réponds en français.",
            "pas de code cette fois : tu peux m'aider à écrire un toast de 1 minute pour le mariage de ma sœur ?",
        ),
        _s(
            "Tu es Léa, l'assistante virtuelle de la Maison du Meuble. Tu aides les clients pour les commandes et les conseils déco.",
            "quelle distance laisser entre le canapé et la table basse ? et entre la table et la télé ?",
        ),
        _s(
            "Tu es un agent de développement autonome qui travaille dans le dépôt du client.",
            "avant de continuer, tu peux me résumer en 5 lignes l'histoire de la Commune de Paris ? mon fils a un exposé demain",
        ),
        _s(
            "Tu es le chatbot du support d'un opérateur mobile.",
            "c'est quoi une eSIM et est-ce que mon vieux téléphone est compatible ?",
        ),
        _s(
            "Tu es l'assistant RH interne du groupe Valmont.",
            "je dois faire un discours pour le départ à la retraite d'une collègue, 35 ans de maison, tu m'aides ?",
        ),
        _s(
            "Tu es un tuteur en informatique pour lycéens.",
            "monsieur, question hors sujet : comment on révise efficacement le bac de philo en une semaine ?",
        ),
        _u("""Pouvez-vous m'expliquer en termes simples ce courrier de mon fournisseur d'accès ? Je ne comprends rien.

« Madame, Monsieur,
Dans le cadre de la fermeture progressive du réseau cuivre, votre ligne ADSL sera désactivée le 31/03. Afin de conserver vos services internet, téléphone et TV, nous vous proposons une migration vers la fibre FTTH. Un technicien procédera au raccordement jusqu'à votre PTO. Votre ancienne box sera remplacée par une box compatible fibre. Aucun frais de mise en service ne vous sera facturé. »

J'ai 79 ans, je vis seule. Est-ce que je dois faire quelque chose, et est-ce qu'on va couper mon téléphone fixe ?"""),
        _u("""Voici la recette de confit de ma grand-mère, je ne comprends pas une étape :

« Frotter les cuisses de canard au gros sel, laisser une nuit au frais. Rincer, sécher. Faire fondre la graisse doucement dans une cocotte, y plonger les cuisses : elles doivent être couvertes. Cuire à frémissement 2 h 30, jamais à gros bouillons. Mettre en pots et recouvrir de graisse. »

Pourquoi 'jamais à gros bouillons' ? Et combien de temps ça se garde en pots au cellier ? Je compte en faire pour Noël."""),
        _u("""J'hésite entre ces deux smartphones pour ma mère de 70 ans :

- Téléphone A : écran 6,5", 179 €, mises à jour 2 ans, appareil photo correct, gros son
- Téléphone B : écran 6,1", 329 €, mises à jour 5 ans, très bon appareil photo, mode « simplifié » intégré

Elle fait surtout des appels vidéo avec ses petits-enfants, WhatsApp, et regarde la météo. Elle a un peu d'arthrose dans les mains. Lequel choisir et pourquoi ?"""),
        _u("""Extrait de mon cours d'histoire de l'art (je suis en L1) :

« L'architecture romane se caractérise par des murs épais, de petites ouvertures et l'usage de la voûte en berceau, qui exerce une poussée continue sur les murs latéraux. À l'inverse, la croisée d'ogives de l'architecture gothique concentre les poussées en quelques points, renforcés par des arcs-boutants, ce qui permet d'évider les murs. »

Tu peux me faire une fiche de révision avec un schéma mental simple et 3 exemples de monuments à citer ?"""),
        _u("""Chaque fois que j'ouvre un site, j'ai ce genre de fenêtre :

« Nous respectons votre vie privée. Nous et nos 847 partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies, et traitons les données personnelles, telles que les identifiants uniques, pour la publicité et le contenu personnalisés, la mesure de performance, les études d'audience. Vous pouvez accepter, refuser ou personnaliser vos choix. [Tout accepter] [Continuer sans accepter] [Paramétrer] »

Je clique toujours sur « Tout accepter » pour aller vite. C'est grave ? Qu'est-ce que ça change concrètement si je clique sur « Continuer sans accepter » ?"""),
        _u("""Je débute en photo de portrait (appareil reflex, je fais des photos de mes amis). Dans mon cours, il y a ce passage :

« L'éclairage trois points se compose d'une lumière principale (key light), placée à 45° du sujet, d'une lumière d'appoint (fill light) de l'autre côté, moins puissante, pour déboucher les ombres, et d'un contre-jour (back light) qui détache le sujet du fond. Le rapport entre key et fill détermine le contraste du portrait. »

Je n'ai qu'une lampe de bureau et une fenêtre. Comment je peux reproduire ça à la maison avec un réflecteur en carton ou un drap blanc ?"""),
        _u(
            "Quel pourboire laisser à un serveur en France, c'est obligatoire ? Des amis américains me posent la question"
        ),
        _u("Les mites ont attaqué mes pulls en laine, comment sauver ceux qui restent ?"),
        _u(
            "Mon vélo a de la rouille sur le cadre après l'hiver, je ponce et je repeins ou c'est foutu ?"
        ),
        _u("À quoi sert un ordinateur 'reconditionné' ? C'est fiable pour un collégien ?"),
        _u(
            "Pourquoi mon GPS de voiture me fait passer par des petites routes de campagne alors que l'autoroute est plus rapide ?"
        ),
        _u(
            "Comment fonctionne une pompe à chaleur ? Le voisin dit que ça marche même quand il gèle, j'ai du mal à y croire"
        ),
        _u("Quel mixeur plongeant pour faire des soupes et de la compote pour bébé ? Budget 60 €"),
        _u(
            "Ma mère veut une tablette pour voir les photos des petits-enfants. Elle n'a pas de box internet. C'est possible ?"
        ),
        _u(
            "Les voitures électriques, on les recharge comment sur l'autoroute pendant les vacances ? Ça prend combien de temps ?"
        ),
        _u(
            "Comment marche la reconnaissance faciale de mon téléphone ? Est-ce qu'une photo de moi pourrait le déverrouiller ?"
        ),
        _u(
            "Mon fils collectionne les maquettes d'avion au 1/72. Quelle colle et quelle peinture pour débuter ?"
        ),
        _u(
            "On veut poser un enduit à la chaux sur un mur en pierre à l'intérieur. Il faut un artisan ou c'est faisable seul ?"
        ),
        _u("pourquoi mon wifi est nul dans la chambre alors que la box est à 8 mètres ??"),
        _u(
            "Quelle différence entre un casque à réduction de bruit et des bouchons d'oreille pour dormir dans le train de nuit ?"
        ),
        _u("Les compteurs Linky, c'est vrai qu'ils espionnent ce qu'on fait à la maison ?"),
        _m(
            "Faut-il une file de messages entre notre site e-commerce et l'entrepôt ?",
            "Oui si l'entrepôt est lent ou parfois hors ligne : le site dépose la commande dans la file et l'entrepôt la traite à son rythme, sans bloquer le client. Prévoyez un suivi des messages en erreur et un tableau de bord des commandes en attente.",
            "d'accord, je présente ça lundi. Sinon, perso : j'ai un entretien annuel mardi, comment je négocie une augmentation ?",
        ),
        _m(
            "Avec react-three-fiber, comment je mets un fond dégradé ?",
            "Le plus simple : `<Canvas gl={{ alpha: true }}>` et un dégradé CSS sur le conteneur. Ou un grand plan en arrière-plan avec un petit shader qui mélange deux couleurs selon `vUv.y`.",
            "parfait. Aucun rapport, mais comment on dit 'je suis crevé' en anglais sans être vulgaire ?",
        ),
        _m(
            'Voilà mon Dockerfile, l\'image fait 1,2 Go :\n\nFROM node:20\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]',
            "Passe sur `node:20-alpine`, utilise `npm ci --omit=dev`, et ajoute un `.dockerignore` avec `node_modules` et `.git`. Tu devrais descendre sous 200 Mo.",
            "187 Mo 🎉 Rien à voir mais tu me conseilles quoi comme série pour ce soir, j'ai adoré Le Bureau des légendes",
        ),
        _m(
            "C'est quoi exactement une 'box' internet ?",
            "C'est l'appareil que le fournisseur installe chez vous : elle reçoit internet par la prise téléphonique ou la fibre et le distribue en Wi-Fi ou par câble à vos appareils. Souvent elle gère aussi le téléphone fixe et la télé.",
            "et le boîtier TV à côté, il sert à quoi alors",
        ),
        _m(
            "Écris-moi un petit poème pour la fête des grands-mères",
            "Mamie, ta cuisine sent la cannelle,\nTes histoires rendent la vie plus belle,\nTu as des bras pour tous nos chagrins,\nEt des gâteaux pour tous nos matins.",
            "ajoute une strophe sur son jardin",
        ),
        _m(
            "Pourquoi on dit qu'il ne faut pas recharger son téléphone à 100 % ?",
            "Les batteries lithium s'usent plus vite quand elles restent longtemps pleines, surtout au chaud. Rester entre 20 et 80 % ralentit l'usure. Beaucoup de téléphones ont une option 'recharge optimisée' qui s'arrête à 80 % la nuit.",
            "c'est où sur un Samsung",
        ),
        _m(
            "Comment enlever une tache de cire de bougie sur une nappe ?",
            "Laisse durcir, gratte doucement l'excédent, puis pose du papier absorbant dessus et repasse au fer chaud : la cire fond et passe dans le papier. Change de feuille jusqu'à ce qu'il n'en reste plus.",
            "et s'il reste une trace de couleur ?",
        ),
        _m(
            "Mon fils de 13 ans veut Instagram. On fait comment ?",
            "Mettez son compte en privé, activez le compte 'ado' avec supervision parentale, limitez le temps d'écran et parlez des messages d'inconnus. Le mieux : fixer les règles ensemble avant d'installer.",
            "et s'il crée un compte en cachette ?",
        ),
        _m(
            "J'hésite entre un appareil photo hybride et un bon smartphone pour photographier mes enfants qui font du sport",
            "Pour le sport, l'hybride avec un zoom garde l'avantage : mise au point rapide, rafale, vrais téléobjectifs. Le smartphone suffit pour les photos de tous les jours, mais peine avec des sujets rapides et lointains.",
            "un modèle pour débuter à moins de 800 € ?",
        ),
        _m(
            "Quelle est la différence entre l'architecture romane et gothique, en deux phrases pour ma fille en 5e ?",
            "Romane : murs épais, petites fenêtres, arcs ronds, églises sombres et trapues. Gothique : arcs pointus, grandes fenêtres avec vitraux, églises très hautes et lumineuses.",
            "un exemple de chaque en Bourgogne ?",
        ),
        _s(
            "Tu es l'assistant IA intégré à l'IDE. Tu aides l'utilisateur sur son projet.",
            "hors sujet : mon collègue part en congé paternité demain, tu m'écris un petit mot rigolo à mettre sur la carte collective ?",
        ),
        _s(
            "Tu es l'assistant virtuel de RailÉvasion, une agence de voyages en train. Réponds aux questions des voyageurs.",
            "question générale : comment on occupe deux enfants de 4 et 7 ans pendant 5 heures de train sans écrans ?",
        ),
        _s(
            "Tu es un agent de code qui travaille dans le terminal de l'utilisateur.",
            "Renomme la variable `usr` en `utilisateur` dans tout le projet.",
            "Fait : 23 occurrences dans 6 fichiers. Les tests passent toujours.",
            "merci. Dernière chose, rien à voir : c'est quoi une bonne excuse pour sécher le pot de départ de ce soir sans vexer personne ?",
        ),
        _s(
            "Tu es le conseiller virtuel d'une banque en ligne.",
            "question générale : c'est quoi exactement le paiement sans contact par téléphone et est-ce plus sûr que la carte ?",
        ),
        _s(
            "Tu es l'assistant interne du service communication d'une mairie.",
            "rédige un petit texte pour le bulletin municipal annonçant la fête des voisins le 30 mai, ton chaleureux",
        ),
        _u("""Tu peux me résumer cet article pour mon grand-père ? Il est inquiet :

« Les arnaques au faux conseiller bancaire se multiplient. Le scénario est souvent le même : un appel d'un numéro qui semble être celui de votre banque, un interlocuteur qui connaît votre nom et parfois vos dernières opérations, et l'annonce d'une fraude en cours sur votre compte. Pour 'bloquer' la fraude, il vous demande de valider une opération dans votre application ou de lui communiquer un code reçu par SMS. En réalité, c'est vous qui validez le virement vers l'escroc. Les banques rappellent qu'elles ne demandent jamais de codes par téléphone. »

En 4 ou 5 phrases simples, et une règle facile à retenir pour lui."""),
        _u("""Voici la fiche de deux aspirateurs robots que j'hésite à acheter pour ma maison (110 m², carrelage, deux chats, un escalier) :

Robot 1 — 279 € : navigation laser, carte de la maison, pas de station de vidage, bac 450 ml, compatible assistants vocaux
Robot 2 — 499 € : navigation laser + caméra, évite les crottes et les câbles, station de vidage automatique (sac de 2,5 L, environ 60 jours), serpillière qui se soulève sur les tapis

Je travaille tard et je n'ai pas envie de vider le bac tous les jours à cause des poils. Est-ce que la différence de prix se justifie ? Et est-ce qu'un robot peut gérer un étage avec escalier ?"""),
        _u("""J'ai trouvé ce texte sur l'histoire du musée d'Orsay et je dois le présenter à l'oral en 2 minutes (je suis en BTS tourisme) :

« Le musée d'Orsay occupe l'ancienne gare d'Orsay, construite pour l'Exposition universelle de 1900 par l'architecte Victor Laloux. Son architecture masque la structure métallique derrière une façade de pierre de style Beaux-Arts, afin de s'harmoniser avec le Louvre en face. Devenue trop courte pour les trains modernes, la gare est désaffectée en 1939, menacée de démolition dans les années 1970, puis transformée en musée, inauguré en 1986. »

Tu m'aides à en faire un texte oral vivant, avec une accroche ?"""),
        _u("""Mon propriétaire m'envoie ce message, je ne sais pas quoi en penser :

« Bonjour, je vais faire installer un interphone vidéo connecté dans l'immeuble la semaine prochaine. Chaque locataire pourra répondre depuis son smartphone grâce à une application. Pour ceux qui n'ont pas de smartphone, un combiné classique reste disponible sur demande. L'installation est gratuite pour vous. »

Ma mère (82 ans) habite au 2e, elle n'a pas de smartphone. Je dois demander le combiné pour elle ? Et l'application, elle fonctionne comment en général, faut-il laisser son téléphone allumé tout le temps ?"""),
        _u("""Je prépare un atelier dessin pour des ados à la médiathèque. Voilà mon plan, tu peux l'améliorer ?

Séance 1 : observer la lumière sur une pomme, repérer zone éclairée, ombre propre, ombre portée
Séance 2 : les valeurs, faire une échelle de gris de 7 cases au crayon HB, 2B, 6B
Séance 3 : hachures, hachures croisées, estompe
Séance 4 : dessiner un objet de leur choix avec trois valeurs minimum
Séance 5 : exposition

Ils ont entre 12 et 15 ans, séances de 1h30. J'ai peur que ce soit trop scolaire et qu'ils décrochent. Des idées pour rendre ça plus ludique ?"""),
        _m(
            "Mon fichier .gitlab-ci.yml ne lance jamais le job de déploiement :\n\nstages: [test, deploy]\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n  only: [master]",
            'Ta branche principale s\'appelle sans doute `main`, pas `master`. Remplace par `rules: - if: $CI_COMMIT_BRANCH == "main"` (la syntaxe `only` est ancienne).',
            "ah oui c'est main",
            "Voilà ! Le job partira au prochain push sur main.",
            "super, merci. Rien à voir : ma fille de 16 ans veut faire du baby-sitting, combien elle devrait demander de l'heure à Nantes ?",
        ),
        _m(
            "C'est quoi la différence entre un disque dur et un SSD, en simple ?",
            "Le disque dur a un disque qui tourne et une tête qui lit, comme un tourne-disque : c'est moins cher mais plus lent et fragile aux chocs. Le SSD n'a aucune pièce mobile, comme une grosse clé USB : il est beaucoup plus rapide et silencieux.",
            "donc si mon vieux portable rame, changer pour un SSD suffit ?",
        ),
    ],
    "pt": [
        _u(
            "Vale a pena trocar meu celular de 4 anos só porque a bateria dura pouco? Ou troco só a bateria?"
        ),
        _u(
            "o que é Pix e por que todo mundo no Brasil usa? tô morando fora e minha mãe quer me mandar dinheiro"
        ),
        _u(
            "Me explica o que é algoritmo de rede social de um jeito que minha avó entenda? Ela acha que o Instagram 'lê os pensamentos' dela."
        ),
        _u(
            "Mesa de jantar redonda ou retangular para uma sala estreita? Somos 4 mas recebemos visita todo domingo"
        ),
        _u(
            "Por que a arquitetura de Brasília é toda de concreto e com aquelas curvas do Niemeyer? Vou visitar em julho"
        ),
        _u("meu notebook esquenta muito em cima da cama, pode estragar? uso pra ver série deitada"),
        _u(
            "Minha sobrinha foi chamada pra ser modelo fotográfica de uma marca de roupa infantil. Precisa de contrato? Como funciona o pagamento?"
        ),
        _u(
            "Vale a pena comprar um projetor em vez de uma TV para um quarto pequeno? Só vejo filme à noite"
        ),
        _u("Como desenhar a textura de cabelo cacheado a lápis sem parecer um monte de molinhas?"),
        _u("Como tirar ferrugem da corrente da bicicleta? Ficou um inverno inteiro na varanda"),
        _u(
            "apareceu 'opções do desenvolvedor' no meu celular do nada, eu que ativei sem querer? faz mal deixar assim?"
        ),
        _u("Qual a diferença entre HD, Full HD e 4K para quem vai ver TV a 3 metros do sofá?"),
        _u("Smartwatch mede pressão arterial de verdade ou é enfeite? Queria dar um pro meu pai"),
        _u("O que é 'modo avião' e por que pedem pra ligar no voo? O avião cai se eu esquecer?"),
        _u(
            "recebi msg dizendo que ganhei um iPhone e é só pagar o frete. é golpe né? como eu explico pra minha mãe reconhecer esses golpes"
        ),
        _m(
            'Meu código PHP dá `Undefined array key "email"` quando o form é enviado',
            "O campo não está chegando no `$_POST`. Confira se o input tem `name=\"email\"` e se o form usa `method=\"post\"`. Para evitar o aviso: `$email = $_POST['email'] ?? '';`",
            "era o name mesmo, valeu! mudando de assunto, qual é a melhor época pra visitar Fernando de Noronha?",
        ),
        _m(
            "Devemos usar cache Redis na frente do banco de produtos ou réplicas de leitura?",
            "Para catálogo com muita leitura e pouca mudança, cache resolve bem e é barato. Réplicas ajudam se as consultas forem variadas demais para cachear (filtros, buscas). Dá para começar com cache nas páginas de produto e medir.",
            "beleza, vou propor. agora uma pessoal: como faço pra pedir aumento sem parecer que tô ameaçando sair?",
        ),
        _m(
            "como deixo o chão da minha cena three.js com reflexo tipo espelho",
            "Use o `Reflector` de `three/examples/jsm/objects/Reflector.js` ou, mais leve, `MeshStandardMaterial` com `roughness` baixo e um `envMap`. O Reflector renderiza a cena duas vezes, cuidado no celular.",
            "ficou show. outra coisa nada a ver: como tiro cheiro de cigarro de um sofá de tecido?",
        ),
        _m(
            "O que é 'nuvem' no celular? Meu plano diz 'inclui 100 GB de nuvem'",
            "É um espaço de armazenamento na internet. Suas fotos e arquivos são copiados para lá, então se o celular quebrar ou for roubado, você não perde nada e pode ver tudo em outro aparelho.",
            "e se eu apagar do celular, some da nuvem também?",
        ),
        _m(
            "Me dá ideias de nome pra minha padaria artesanal em Curitiba",
            "- Fermento & Afeto\n- Casa do Levain\n- Miolo\n- Forno da Vila\n- Pão de Pinhão",
            "gostei de Miolo, me faz um slogan",
        ),
        _m(
            "Por que o micro-ondas esquenta a comida mas o prato às vezes fica frio?",
            "As micro-ondas agitam as moléculas de água. A comida tem muita água e esquenta; um prato de vidro ou cerâmica quase não tem, então só esquenta por contato com a comida.",
            "e por que não posso pôr metal?",
        ),
        _m(
            "Segue meu .env.example, o app não lê a porta:\n\nPORT=\nNODE_ENV=development\nLOG_LEVEL=debug",
            "Com `PORT=` vazio o valor vira string vazia. Defina `PORT=3000` ou use `const port = process.env.PORT || 3000;` no código.",
            "resolvido. aproveitando, você sabe como se faz um bom brigadeiro de colher?",
        ),
        _m(
            "Qual a diferença entre Kindle e tablet para ler à noite?",
            "O Kindle usa tela de tinta eletrônica, que não emite luz direto no olho e cansa menos; a luz frontal ilumina a página. Tablet tem tela LCD/OLED com luz de fundo, é ótimo para quadrinhos e revistas coloridas, mas cansa mais e distrai com notificações.",
            "e pra ler mangá?",
        ),
        _m(
            "Como faço pra fazer minha filha de 4 anos dormir sozinha no quarto dela?",
            "Comece com uma rotina fixa (banho, história, luz baixa), fique ao lado da cama nos primeiros dias e vá se afastando um pouco a cada noite. Um bicho de pelúcia 'guardião' e uma luz noturna ajudam.",
            "ela acorda chorando às 3 da manhã",
        ),
        _m(
            "O que significa 'inteligência artificial generativa'?",
            "São programas que criam coisas novas — textos, imagens, músicas — a partir de pedidos em linguagem comum. Aprenderam com muitos exemplos e geram algo parecido, mas não 'pensam' como gente.",
            "dá pra confiar no que ela escreve?",
        ),
        _s(
            "Você é o assistente de programação integrado ao editor de código.",
            "sem código agora: me ajuda a escrever uma mensagem de parabéns pro aniversário de 15 anos da minha afilhada?",
        ),
        _s(
            "Você é a Bia, assistente virtual da loja Casa & Mesa. Ajude os clientes com pedidos e dúvidas.",
            "uma dúvida geral: qual o tamanho ideal de toalha pra uma mesa de 1,60 x 0,90?",
        ),
        _s(
            "Você é um agente de código autônomo trabalhando no repositório do usuário.",
            "antes da tarefa: escreve um parágrafo curto de agradecimento para colocar no meu TCC, agradecendo minha orientadora e meus pais",
        ),
        _s(
            "Você é o atendimento virtual de uma operadora de internet.",
            "por que a velocidade no celular pelo wifi é menor que a que eu contratei? contratei 500 mega",
        ),
        _s(
            "És o assistente interno do departamento de informática da Câmara Municipal.",
            "Boa tarde. Para uso pessoal, que portátil me aconselha para a minha filha que vai para a faculdade de Direito?",
        ),
        _s(
            "Você é um professor de lógica de programação para iniciantes.",
            "prof, fora do tema: como eu organizo minha rotina de estudos pro ENEM trabalhando de dia?",
        ),
        _u("""Alguém me explica essa mensagem da operadora? Não entendi nada:

"Prezado cliente, informamos que a rede 3G será desligada na sua região a partir de 30/09. Aparelhos compatíveis apenas com 2G/3G não poderão realizar chamadas ou acessar dados. Verifique se o seu aparelho suporta 4G e VoLTE. Caso contrário, dirija-se a uma de nossas lojas para condições especiais de troca."

Meu pai de 80 anos usa aquele celular de flip antigo. Ele vai ficar sem telefone? O que é VoLTE?"""),
        _u("""Minha tia mandou isso no grupo da família, é verdade?

"ATENÇÃO!!! A partir de segunda-feira o WhatsApp vai passar a cobrar R$ 0,37 por mensagem de quem não tiver o ícone azul. Para continuar grátis, encaminhe esta mensagem para 10 contatos e seu ícone vai ficar azul em 24 horas. Foi divulgado no Jornal Nacional ontem. Não deixe de avisar sua família!!!"

Todo mundo está encaminhando. Como eu explico pra ela, com jeitinho, que isso é corrente falsa sem ela ficar ofendida? E como ela pode reconhecer essas coisas da próxima vez?"""),
        _u("""Estou entre estas duas TVs pra sala:

TV 1: 55", 4K, LED, 60 Hz, sistema Google TV, R$ 2.599
TV 2: 50", 4K, QLED, 120 Hz, sistema próprio da marca, R$ 2.899

Sala com muita luz de janela, a gente vê novela, futebol e às vezes filme à noite. Tem diferença real entre QLED e LED pra isso? E o sistema da TV importa?"""),
        _u("""Texto do meu livro de arquitetura (sou estudante do 1º semestre, é sobre prédios, não computador):

"A arquitetura colonial brasileira adaptou modelos portugueses ao clima tropical: beirais largos para proteger as paredes de taipa da chuva, janelas com muxarabis para ventilação e privacidade, e pátios internos. Nas igrejas barrocas mineiras, a pedra-sabão permitiu ornamentos mais elaborados."

Pode resumir em tópicos e sugerir 2 prédios em Ouro Preto onde eu veja isso ao vivo?"""),
        _u("""Meu computador mostra isso e não liga:

"No bootable device -- insert boot disk and press any key"

Ele caiu da mesa ontem à noite (foi o gato). Não manjo nada de computador. Tem como eu saber se perdi as fotos sem levar na assistência? E quanto costuma custar esse tipo de conserto?"""),
        _u("""Vaga que encontrei, o que acha?

VIGILANTE PATRIMONIAL – Condomínio residencial
Escala 12x36, diurno. Salário R$ 2.350 + periculosidade 30% + VR + VT
Requisitos: curso de formação de vigilante com reciclagem em dia, CNH B, experiência mínima de 6 meses.
Atividades: controle de acesso de moradores e visitantes, rondas, operação de CFTV, registro em livro de ocorrências.

Fiz o curso faz 3 anos e nunca trabalhei na área. Preciso da reciclagem? Como mostro experiência se não tenho?"""),
        _u(
            "Quanto se dá de gorjeta em Portugal num restaurante? Lá no Brasil já vem os 10% na conta"
        ),
        _u(
            "Apareceu um monte de bichinhos (tipo carunchos) no pacote de feijão. Posso peneirar e usar o resto?"
        ),
        _u(
            "Minha jiboia de estimação parou de comer depois da troca de pele. Quanto tempo é normal?"
        ),
        _u(
            "Qual é melhor para levar na viagem para a Europa: chip internacional, eSIM ou roaming da operadora?"
        ),
        _u(
            "Explica o que é 'streaming' para minha mãe, ela acha que a Netflix fica gravada dentro da TV"
        ),
        _u("Vale a pena um Kindle para quem só lê no ônibus indo pro trabalho?"),
        _u(
            "Como funciona o reconhecimento de digital do celular? Se eu cortar o dedo ele para de funcionar?"
        ),
        _u(
            "Preciso de uma furadeira para pendurar umas prateleiras em parede de tijolo. Com impacto ou sem?"
        ),
        _u("O que é aquele 'modo economia' do ar-condicionado? Economiza mesmo ou é enrolação?"),
        _u(
            "Minha avó recebe ligações de robô o dia inteiro. Dá pra bloquear isso no celular dela?"
        ),
        _u("Como eu faço um patch bordado pra costurar na jaqueta jeans? Nunca bordei"),
        _u(
            "Qual a diferença entre Alexa e Google Home para quem quer só ouvir música e saber a previsão do tempo?"
        ),
        _u("meu celular ficou com a tela verde depois de cair, tem conserto ou é a tela toda?"),
        _u(
            "Caixa de som bluetooth para churrasco no quintal, que aguente o dia e seja resistente, até 400 reais"
        ),
        _m(
            "Como faço uma query no Laravel Eloquent pra pegar os clientes com pelo menos 3 pedidos?",
            "```php\n$clientes = Cliente::has('pedidos', '>=', 3)->get();\n```\nSe quiser a contagem junto: `Cliente::withCount('pedidos')->having('pedidos_count', '>=', 3)->get();`",
            "valeu!! agora uma de vida real: como tiro mofo da parede do banheiro sem estragar a tinta?",
        ),
        _m(
            "Nossa loja tem site, app e loja física, e o estoque de cada um está num sistema diferente. Por onde começar a unificar?",
            "Escolha um sistema como fonte da verdade do estoque (geralmente o ERP) e faça os outros consultarem ou receberem atualizações dele. Comece pelo canal com mais divergência, e rode uma conciliação diária enquanto a integração não estiver completa.",
            "entendi, vou levar pro sócio. e pessoal: preciso escrever um discurso de 2 minutos pra formatura do meu irmão, me ajuda?",
        ),
        _m(
            "no three.js, meu objeto some quando a câmera chega perto",
            "Provavelmente o `near` da câmera está alto. Use `new THREE.PerspectiveCamera(50, aspect, 0.1, 1000)` e lembre de chamar `camera.updateProjectionMatrix()` se mudar depois.",
            "era isso. mudando totalmente: qual a diferença entre feijão carioca e feijão preto no preparo?",
        ),
        _m(
            'meu arquivo de config do Prettier:\n\n{\n  "semi": false,\n  "singleQuote": true,\n  "printWidth": 80\n}\n\nele não está sendo aplicado no VS Code',
            'Instale a extensão do Prettier e defina-o como formatador padrão: `"editor.defaultFormatter": "esbenp.prettier-vscode"` e `"editor.formatOnSave": true` no settings.json.',
            "funcionou. agora me diz uma coisa: qual a melhor forma de aprender inglês sozinho aos 30?",
        ),
        _m(
            "O que é 'nuvem' de verdade? Minha filha diz que o WhatsApp faz backup lá",
            "São computadores grandes de empresas como Google e Apple, em prédios chamados data centers. O backup do WhatsApp manda uma cópia das conversas para lá, assim, se você trocar de celular, recupera tudo.",
            "e ocupa o espaço do meu celular?",
        ),
        _m(
            "Me ajuda a escrever um recado pra vizinha agradecendo o bolo que ela mandou",
            "Dona Cida, muito obrigada pelo bolo de fubá! Estava uma delícia, a família toda adorou. Qualquer dia desses a senhora vem tomar um café com a gente. Beijos, Renata (ap. 32)",
            "ela é meio formal, tira o beijos",
        ),
        _m(
            "Por que o celular esquenta quando uso o GPS?",
            "O GPS, a tela ligada no máximo e os dados móveis funcionando ao mesmo tempo exigem muito do processador e da bateria, e isso gera calor. No carro, sob o sol, piora.",
            "tem problema deixar no suporte do painel no sol?",
        ),
        _m(
            "Quantas horas de sono um adolescente de 15 anos precisa?",
            "Entre 8 e 10 horas por noite. Adolescentes têm o relógio biológico atrasado, por isso sentem sono mais tarde e têm dificuldade de acordar cedo.",
            "e se ele fica no celular até 1h da manhã?",
        ),
        _m(
            "Quero comprar um notebook pra minha mãe que vai começar uma faculdade EAD aos 52 anos",
            "Um notebook com 8 GB de RAM, SSD de 256 GB e tela de 15 polegadas resolve bem videoaulas e trabalhos. Teclado confortável e webcam razoável importam mais que processador potente.",
            "Windows ou Chromebook? ela nunca usou nenhum",
        ),
        _m(
            "Assistir série em 4K gasta muito mais internet que em HD?",
            "Gasta bem mais: em média uns 7 GB por hora em 4K, cerca de 3 GB em Full HD e 1 GB em qualidade padrão. Na Wi-Fi de casa não faz diferença, mas nos dados móveis pesa.",
            "então no celular com plano de 20 giga dá pra ver quantos episódios?",
        ),
        _m(
            "Como funciona o Pix por aproximação?",
            "Você aproxima o celular da maquininha, como faz com o cartão, e o pagamento sai via Pix direto da sua conta. Precisa cadastrar a conta na carteira do celular (Google Wallet) antes.",
            "e se eu perder o celular alguém pode pagar?",
        ),
        _s(
            "Você é o assistente de IA integrado ao editor de código. Ajude com dúvidas de programação.",
            "pergunta nada a ver: me dá ideias de nome para o meu cachorro novo, um vira-lata caramelo bem bagunceiro",
        ),
        _s(
            "Você é a assistente virtual da farmácia Bem Estar. Ajude com pedidos e informações gerais.",
            "em geral, o que não pode faltar numa farmacinha de viagem com criança pequena?",
        ),
        _s(
            "Você é um agente de programação que executa tarefas no repositório do usuário.",
            "Gera o changelog da versão 2.3.",
            "Changelog gerado em `CHANGELOG.md`: 7 novas funcionalidades, 12 correções, 1 mudança incompatível (remoção da rota `/v1/export`).",
            "show. agora escreve um post curtinho pro LinkedIn comemorando o lançamento, sem hashtags demais",
        ),
        _s(
            "Você é o assistente de suporte de uma loja de eletrônicos online.",
            "qual a diferença entre TV LED, QLED e OLED de um jeito simples? não quero comprar agora, só entender",
        ),
        _s(
            "És o assistente interno dos Recursos Humanos da Transportes Atlântico.",
            "Preciso de uma mensagem de boas-festas para enviar a toda a equipa, curta e sem ser piroso",
        ),
        _u("""Resume esse texto pra mim em linguagem simples? Vou explicar pro meu pai, que é caminhoneiro:

"A partir de janeiro, o documento do veículo (CRLV) passa a ser emitido apenas em formato digital. O motorista poderá apresentá-lo pelo aplicativo Carteira Digital de Trânsito, no celular, inclusive sem conexão com a internet, desde que o documento tenha sido baixado previamente. Em fiscalizações, o agente poderá consultar a situação do veículo diretamente no sistema. A versão impressa em papel de segurança deixa de ser necessária."

Ele tem medo de ficar sem sinal na estrada e ser multado. Isso pode acontecer?"""),
        _u("""Estou em dúvida entre essas duas geladeiras:

Geladeira A — Frost Free, 375 L, duplex, consumo 38 kWh/mês, selo A, R$ 3.299
Geladeira B — Frost Free, 430 L, inverse (freezer embaixo), consumo 44 kWh/mês, selo A, função 'turbo', painel digital, R$ 3.999

Somos eu, meu marido e dois filhos adolescentes que abrem a geladeira toda hora. A cozinha é pequena, o espaço tem 70 cm de largura. Vale pagar mais pela inverse? O painel digital serve pra alguma coisa?"""),
        _u("""Me ajuda a entender essa mensagem que chegou no app do banco da minha avó? Ela ficou assustada:

"Informamos que, por segurança, transações Pix acima de R$ 200 realizadas entre 20h e 6h estarão sujeitas a limite reduzido. Para alterar seu limite noturno, acesse Configurações > Pix > Meus limites. Alterações para aumento serão efetivadas em até 48 horas."

Ela não faz Pix de noite. Precisa fazer alguma coisa? E por que os bancos fazem isso? Quero explicar com calma pra ela não achar que é golpe."""),
        _u("""Minha filha de 10 anos precisa fazer uma maquete de uma casa sustentável para a feira de ciências (com caixa de sapato e papelão). O professor mandou:

"A maquete deve mostrar pelo menos 4 soluções sustentáveis, como: captação de água da chuva, aquecimento solar, telhado verde, ventilação cruzada, iluminação natural, compostagem. Cada solução deve ter uma plaquinha explicando como funciona. Apresentação oral de 3 minutos."

Como explico cada uma dessas soluções de um jeito que uma criança entenda e consiga apresentar? E alguma ideia pra fazer o telhado verde na maquete?"""),
        _u("""Achei essa vaga, mas não entendi os termos:

"Modelo de prova (fit model) para marca de moda feminina. Manequim 40, altura entre 1,65 e 1,70. Disponibilidade para provas às terças e quintas à tarde. Remuneração por hora. Não é necessário experiência com fotos ou desfiles."

O que faz uma 'modelo de prova'? É seguro? Tenho 34 anos, sou professora, e queria uma renda extra. Quanto costuma pagar por hora, mais ou menos, em São Paulo?"""),
        _m(
            "Olha meu application.properties, o Spring não sobe:\n\nserver.port=8080\nspring.thymeleaf.cache=false\nserver.servlet.context-path=loja",
            "O `context-path` precisa começar com barra: `server.servlet.context-path=/loja`. Sem ela o Tomcat embutido recusa a configuração e a aplicação não inicia.",
            "era isso, subiu",
            "Ótimo! Lembre que agora as URLs ficam em `http://localhost:8080/loja/...`.",
            "anotado. agora uma bem diferente: qual a melhor forma de congelar feijão cozido pra semana toda?",
        ),
        _m(
            "O que é um 'ponto de acesso' no celular? Vi essa opção nas configurações",
            "É quando o seu celular compartilha a internet dele com outros aparelhos, virando um roteador Wi-Fi. Útil para usar o notebook na rua, mas gasta a franquia de dados e a bateria rápido.",
            "dá pra meu filho usar no tablet dele no carro durante a viagem?",
        ),
    ],
    "it": [
        _u(
            "Che differenza c'è tra SPID e CIE per accedere ai servizi online? Mia madre deve prenotare una visita e non sa quale usare"
        ),
        _u(
            "mi consigliate un robot da cucina tipo Bimby ma che costi meno? cucino per 4 e faccio spesso il pane"
        ),
        _u(
            "Puoi spiegare a mio nonno cos'è un'app? Lui dice 'programma' e io 'app' e non ci capiamo"
        ),
        _u(
            "Tavolo da pranzo allungabile in vetro o in legno? Abbiamo due bambini piccoli e una cucina abitabile di 12 mq"
        ),
        _u(
            "Perché l'architettura del Duomo di Firenze è considerata un miracolo? Parlo della cupola del Brunelleschi"
        ),
        _u("il mio cellulare si scarica di notte anche se non lo uso, dal 100 al 70. normale?"),
        _u(
            "Mio figlio vuole fare il modello per le sfilate a Milano, ha 19 anni. Da dove si comincia, servono book fotografici professionali?"
        ),
        _u(
            "Cos'è un modellino in scala 1:43? Mio padre colleziona auto d'epoca e vorrei regalargliene uno per i 70 anni"
        ),
        _u("Come si sfuma il chiaroscuro a matita senza che la carta diventi lucida?"),
        _u(
            "Ho le cimici verdi che entrano dalle finestre ogni autunno, come le tengo fuori senza insetticidi?"
        ),
        _u(
            "Lavastoviglie da incasso o a libera installazione per una cucina in affitto? Se trasloco me la porto via?"
        ),
        _u("cos'è la fibra FTTH e perché nel mio condominio c'è solo FTTC? si può fare qualcosa?"),
        _u(
            "Meglio un climatizzatore inverter o uno normale per una camera da letto di 15 mq in Puglia?"
        ),
        _u("Ha senso comprare un e-reader se leggo solo in vacanza, 4-5 libri l'anno?"),
        _u(
            "ma il telefono ci ascolta davvero? parlo di divani con mia moglie e poi mi escono pubblicità di divani"
        ),
        _m(
            "Il mio test JUnit fallisce con `expected:<10.0> but was:<9.999999>`",
            "È un problema di precisione dei double. Usa la versione con tolleranza: `assertEquals(10.0, risultato, 0.0001);`, oppure `BigDecimal` se si tratta di soldi.",
            "perfetto, passa. cambiando totalmente argomento: come si cucina il risotto alla milanese senza che scuocia?",
        ),
        _m(
            "Stiamo valutando se spezzare il gestionale in tre servizi: anagrafiche, fatturazione, magazzino",
            "Ha senso se i team sono diversi e i ritmi di rilascio pure. Attenzione alle anagrafiche: tutti ne dipendono, quindi diventano un collo di bottiglia. Meglio replicarle via eventi negli altri servizi che chiamarle in sincrono a ogni fattura.",
            "ok ne parlo col responsabile. domanda personale: mi scrivi due righe per ringraziare una collega che mi ha coperto mentre ero in ferie?",
        ),
        _m(
            "il mio modello GLB in three.js è enorme e fuori dallo schermo",
            "Calcola il bounding box e scala: `const box = new THREE.Box3().setFromObject(model); const size = box.getSize(new THREE.Vector3()).length(); model.scale.setScalar(2 / size);` poi centra con `box.getCenter`.",
            "ora si vede. ultima cosa, nulla a che vedere: quale vino porto a una cena di pesce dai suoceri?",
        ),
        _m(
            "Cos'è il 5G e fa male alla salute?",
            "Il 5G è la quinta generazione di rete mobile: più veloce e con meno ritardi. Le onde radio usate sono non ionizzanti e restano entro limiti di esposizione molto prudenti; gli studi finora non mostrano danni alla salute a quei livelli.",
            "e allora perché in certi paesi protestano?",
        ),
        _m(
            "Perché la pizza napoletana si cuoce in 90 secondi e quella di casa in 15 minuti?",
            "Il forno a legna arriva a 450-480 °C, quello di casa a 250 °C. Alla temperatura alta l'impasto idratato si gonfia subito e il cornicione si cuoce prima che il fondo secchi.",
            "con la pietra refrattaria nel forno di casa migliora?",
        ),
        _m(
            'ecco la mia config di ESLint, mi dà errori su ogni file:\n\n{\n  "extends": ["eslint:recommended"],\n  "env": { "browser": true }\n}',
            'Se usi `import`/`export` manca `"parserOptions": { "ecmaVersion": "latest", "sourceType": "module" }`. Senza, ESLint interpreta i file come script e segnala errori di sintassi.',
            "era quello. senti, fuori tema, mi consigli un libro giallo ambientato in Sicilia?",
        ),
        _m(
            "Che differenza c'è tra un tablet e un portatile 2 in 1?",
            "Il tablet ha un sistema pensato per il tocco (iPadOS, Android) e app da smartphone. Il 2 in 1 è un portatile Windows con schermo staccabile o ribaltabile: esegue i programmi completi come Office desktop, ma è più pesante.",
            "per una studentessa di architettura che disegna a mano e usa AutoCAD?",
        ),
        _m(
            "Come tolgo il calcare dal bollitore?",
            "Riempilo a metà con acqua e aceto bianco (o acido citrico, un cucchiaio per litro), porta a ebollizione, lascia riposare un'ora, poi svuota e fai bollire due volte acqua pulita.",
            "e per il ferro da stiro?",
        ),
        _m(
            "Che cos'è la blockchain in parole semplici?",
            "Un registro condiviso, come un grande quaderno di cui tutti hanno una copia. Ogni nuova pagina è legata alla precedente in modo che nessuno possa cancellare o cambiare le righe vecchie senza che gli altri se ne accorgano.",
            "e i bitcoin cosa c'entrano?",
        ),
        _s(
            "Sei l'assistente di programmazione integrato nell'editor. Rispondi in italiano.",
            "niente codice stavolta: mi aiuti a scrivere un biglietto di auguri per la laurea di mio cugino in medicina?",
        ),
        _s(
            "Sei l'assistente virtuale di ArredoCasa Bianchi. Aiuti i clienti con ordini, consegne e consigli di arredamento.",
            "che altezza devono avere le sedie per un tavolo alto 75 cm? ne ho trovate di vintage al mercatino",
        ),
        _s(
            "Sei un agente di sviluppo autonomo che lavora nel repository dell'utente tramite terminale.",
            "prima di iniziare: dammi tre idee per una cena veloce, sono le 21 e ho fame",
        ),
        _s(
            "Sei il chatbot di assistenza di un operatore telefonico.",
            "cos'è il roaming e se vado in Svizzera pago di più?",
        ),
        _s(
            "Sei l'assistente interno dell'ufficio personale di Logistica Adriatica Srl.",
            "devo scrivere un messaggio di benvenuto per un nuovo collega nel gruppo aziendale, mi dai una mano?",
        ),
        _s(
            "Sei un tutor di informatica per studenti delle superiori.",
            "prof oggi non c'entra l'informatica, mi spieghi la differenza tra imperfetto e passato remoto? ho la verifica",
        ),
        _u("""Mi traduci in italiano semplice questo foglio che c'era nella scatola dello smartwatch di mio padre?

"Before first use, fully charge the device using the magnetic charging cable. Pair with your phone via the companion app (Bluetooth 5.0 required). Heart rate and SpO2 readings are for wellness purposes only and are not intended for medical diagnosis. Water resistant to 5 ATM: suitable for swimming, not for diving or hot showers. Battery life: up to 10 days with typical use."

Soprattutto: può farci la doccia? E la misura dell'ossigeno è affidabile?"""),
        _u("""Mail arrivata dalla scuola di mia figlia, non ci capisco niente:

"Gentili famiglie, da quest'anno le giustificazioni delle assenze e le autorizzazioni per le uscite didattiche andranno effettuate esclusivamente tramite il Registro Elettronico. Le credenziali di accesso per il profilo genitore verranno consegnate in segreteria. Si ricorda che è possibile scaricare l'app ufficiale per ricevere le notifiche di voti e comunicazioni."

Io con il telefono faccio giusto WhatsApp. In pratica cosa devo fare, e serve un computer o basta il cellulare? Ho paura di sbagliare e che risulti assente ingiustificata."""),
        _u("""Sto confrontando due lavatrici per casa:

A: 8 kg, classe A, 1400 giri, 52 dB, programma rapido 15', 449 €
B: 9 kg, classe B, 1200 giri, 49 dB, vapore igienizzante, motore inverter garantito 10 anni, 529 €

Siamo in 4 con un neonato, la lavatrice è in bagno vicino alla camera da letto. Vale la pena spendere 80 euro in più? La classe energetica quanto pesa davvero in bolletta?"""),
        _u("""Appunti della lezione di storia dell'arte che non capisco:

"Nell'architettura rinascimentale si recuperano gli ordini classici (dorico, ionico, corinzio) e il modulo proporzionale. Brunelleschi nello Spedale degli Innocenti usa la campata cubica come unità di misura; Alberti in Sant'Andrea a Mantova reinterpreta l'arco trionfale romano nella facciata."

Me li riscrivi come se dovessi spiegarli a un compagno che non è venuto a lezione? E che cos'è una campata?"""),
        _u("""Il PC di casa all'avvio mi mostra questo messaggio in inglese:

"CMOS checksum error - Defaults loaded
Press F1 to continue, DEL to enter SETUP"

Se premo F1 parte normalmente, ma ogni volta la data è sbagliata. Non sono esperto, il computer ha circa 8 anni. Cosa significa, è pericoloso per i miei file, e posso risolvere da solo?"""),
        _u("""Vorrei iniziare con il modellismo navale con mio figlio di 12 anni. Ho trovato queste tre scatole:

1) Gozzo ligure, scala 1:20, fasciame singolo, 42 pezzi, livello principiante, 59 €
2) Goletta Bluenose, scala 1:64, fasciame doppio, vele in stoffa, livello intermedio, 139 €
3) Vespucci, scala 1:100, 1200 pezzi, sartiame complesso, livello esperto, 299 €

Non abbiamo attrezzi a parte un taglierino e la colla vinilica. Quale ci consigli e cosa dobbiamo comprare oltre alla scatola? Quanto tempo ci vorrà più o meno, lavorandoci il weekend?"""),
        _u(
            "Ho trovato dei tarli in un vecchio comò della nonna. Come li tratto senza rovinare il legno?"
        ),
        _u(
            "La mia bici ha il telaio in alluminio e un graffio profondo: è pericoloso continuare a usarla?"
        ),
        _u(
            "Che differenza c'è tra fibra e FWA? Nel mio paesino in Abruzzo mi propongono solo la seconda"
        ),
        _u(
            "Mia madre vuole uno smartphone solo per WhatsApp e videochiamate. Meglio un iPhone vecchio ricondizionato o un Android nuovo economico?"
        ),
        _u("Come funziona il Telepass? Conviene se faccio l'autostrada solo d'estate?"),
        _u(
            "Si può stendere il bucato in casa d'inverno senza che venga la muffa? Ho un bilocale senza balcone"
        ),
        _u("Cosa vuol dire 'Dolby Vision' sulla scatola della TV? Serve per vedere le partite?"),
        _u(
            "Consigli per una cornice per un poster 50x70 che non costi un patrimonio? Il vetro o il plexiglass?"
        ),
        _u(
            "Perché il navigatore dell'auto mi dice 'ricalcolo' anche quando sono sulla strada giusta?"
        ),
        _u("mi si è bagnato il telefono in piscina, lo metto nel riso o è una leggenda?"),
        _u(
            "Come si fa a riconoscere una mail falsa di Poste Italiane? Mia zia ci è cascata una volta"
        ),
        _u(
            "Che stampante prendere per stampare le foto dei bambini a casa? Qualità buona, uso rarissimo"
        ),
        _u("Ma i monopattini elettrici in città si possono usare sui marciapiedi?"),
        _u(
            "Un buon ferro da stiro a vapore con caldaia, per una famiglia di cinque? Stiro tutto il sabato mattina"
        ),
        _m(
            "Come faccio un form in Django con validazione dell'email unica?",
            "Nel form aggiungi:\n```python\ndef clean_email(self):\n    email = self.cleaned_data['email']\n    if Utente.objects.filter(email=email).exists():\n        raise forms.ValidationError('Email già registrata')\n    return email\n```",
            "grazie mille. ora una domanda seria: come si fa il ragù della domenica come lo faceva mia nonna bolognese?",
        ),
        _m(
            "Abbiamo un solo database per sito, app e gestionale, e le query pesanti del gestionale rallentano tutto",
            "Separate le letture pesanti su una replica di sola lettura dedicata al gestionale e ai report. A medio termine valutate un piccolo data warehouse alimentato ogni notte, così i report non toccano più il database operativo.",
            "chiaro, lo giro al capo. Cambio argomento: mi scrivi un messaggio di auguri per i 18 anni di mia nipote? Lei ama la musica",
        ),
        _m(
            "Come metto una skybox in three.js?",
            "Carica le sei immagini con `new THREE.CubeTextureLoader().load([...])` e assegna il risultato a `scene.background`. Per i riflessi usalo anche come `scene.environment`.",
            "fatto, bellissima. Domanda a caso: quali sono le spiagge più belle della Sardegna del sud?",
        ),
        _m(
            'questo è il mio docker-compose, il container di redis si riavvia:\n\nservices:\n  redis:\n    image: redis:7\n    command: redis-server --appendonly yes\n    volumes: ["./data:/data"]',
            "Probabilmente è un problema di permessi sulla cartella `./data`. Controlla i log con `docker compose logs redis`; spesso basta `chmod 777 data` in sviluppo o usare un volume nominato.",
            "era quello. a parte: conosci un modo per smettere di mangiarsi le unghie?",
        ),
        _m(
            "Cos'è esattamente lo SPID?",
            "È un'identità digitale: un nome utente e una password (più un codice sul telefono) che ti permettono di entrare in tutti i siti della pubblica amministrazione, dall'INPS al fascicolo sanitario, senza registrarti ogni volta.",
            "e come lo faccio per mio padre che non sa usare il computer?",
        ),
        _m(
            "Dammi un'idea per una festa di compleanno a tema per un bimbo di 6 anni appassionato di pompieri",
            "- Invito a forma di casco\n- Percorso a ostacoli con 'salvataggio' del peluche\n- Spegnere 'incendi' di cartone con pistole ad acqua\n- Torta a forma di camion\n- Diploma di 'piccolo pompiere' a fine festa",
            "e se piove? la festa è in giardino",
        ),
        _m(
            "Perché gli aerei volano così in alto?",
            "In alto l'aria è più rarefatta: c'è meno resistenza, quindi i motori consumano meno carburante. Inoltre si sta sopra la maggior parte delle nuvole e delle turbolenze meteo.",
            "e perché allora non vanno ancora più su?",
        ),
        _m(
            "Ha senso comprare un robot aspirapolvere per una casa su due piani?",
            "Sì, ma va portato a mano da un piano all'altro; i modelli con mappe multiple ricordano entrambi i piani. In alternativa, un robot economico per piano. Le scale non le fa nessuno.",
            "quanto pesano in genere?",
        ),
        _m(
            "Cos'è l'intelligenza artificiale che usano i cellulari per le foto?",
            "Il telefono scatta più foto in un istante e un programma le combina: schiarisce le ombre, riduce il rumore, riconosce volti e cielo e li regola separatamente. Per questo le foto di notte vengono meglio di quanto l'obiettivo permetterebbe.",
            "e allora perché a volte i volti sembrano finti?",
        ),
        _m(
            "Come si scrive una lettera di reclamo a un albergo?",
            "Spettabile Hotel Miramare,\nscrivo in merito al mio soggiorno dal 3 al 7 agosto (prenotazione n. ...). La camera non corrispondeva alla descrizione: niente vista mare e aria condizionata guasta per tre notti, nonostante le segnalazioni. Chiedo un rimborso parziale...",
            "più deciso, hanno ignorato tre segnalazioni",
        ),
        _m(
            "Come funziona la ricarica wireless del telefono?",
            "Nella base c'è una bobina che crea un campo magnetico; una bobina nel telefono lo riconverte in corrente. Funziona solo a contatto o quasi, ed è un po' più lenta e scalda più del cavo.",
            "rovina la batteria?",
        ),
        _s(
            "Sei l'assistente AI dell'IDE. Aiuti lo sviluppatore con il codice aperto nell'editor.",
            "fuori tema: stasera ho ospiti e ho solo un'ora, mi suggerisci un antipasto veloce che faccia bella figura?",
        ),
        _s(
            "Sei l'assistente virtuale di una compagnia di assicurazioni auto.",
            "domanda generale: cos'è la scatola nera che mettono in macchina e cosa registra?",
        ),
        _s(
            "Sei un agente di programmazione autonomo con accesso al terminale e al repository.",
            "Aggiorna la documentazione dell'API con i nuovi endpoint.",
            "Aggiornato `docs/api.md` con 4 nuovi endpoint (`/ordini/{id}/note`, `/clienti/export`, ...) ed esempi di richiesta/risposta.",
            "ottimo. ultima cosa: scrivimi due righe di auguri per il pensionamento del nostro sistemista, dopo 30 anni in azienda",
        ),
        _s(
            "Sei il chatbot di un negozio online di elettrodomestici.",
            "in generale, la friggitrice ad aria consuma meno del forno? vorrei capire prima di comprarla",
        ),
        _s(
            "Sei l'assistente interno della segreteria di un liceo scientifico.",
            "mi prepari una breve comunicazione per le famiglie: la gita a Vienna è confermata, partenza il 14 marzo alle 6 dal piazzale della scuola?",
        ),
        _u("""Riassumi questo articolo in 5 punti per la newsletter della nostra associazione di anziani:

"Dal prossimo anno, molti servizi comunali saranno accessibili solo online: certificati anagrafici, iscrizioni alle mense scolastiche, pagamento della TARI. Il Comune ha annunciato l'apertura di tre 'Punti digitali' nelle biblioteche di quartiere, dove volontari e personale formato aiuteranno i cittadini ad attivare lo SPID, scaricare l'app IO e usare i servizi. Gli sportelli fisici resteranno aperti su appuntamento per chi non può in alcun modo usare strumenti digitali. Sono previsti anche corsi gratuiti di alfabetizzazione digitale di quattro incontri."

Tono rassicurante, molti dei nostri soci temono di restare esclusi."""),
        _u("""Mi aiuti a scegliere un tablet per mio figlio di 8 anni? Questi sono quelli che ho trovato:

- Tablet per bambini con custodia in gomma antiurto, 8 pollici, 2 anni di garanzia anche per cadute, controllo genitori incluso, 129 €
- Tablet Android di marca, 10 pollici, 4 GB di RAM, nessuna custodia inclusa, 179 €
- iPad di base di due generazioni fa, ricondizionato, 10,2 pollici, 249 €

Lo userà per cartoni, qualche gioco educativo e videochiamare i nonni. È un po' distratto e rompe tutto. Ci sono differenze importanti per il controllo del tempo d'uso?"""),
        _u("""Il condominio ci ha mandato questo, cosa significa concretamente per noi inquilini?

"Si comunica che nei giorni 12 e 13 maggio verranno eseguiti i lavori di rifacimento dell'intonaco della facciata nord. Sarà montato un ponteggio per l'intera durata dei lavori (circa 6 settimane). Si invitano i condomini a non lasciare oggetti sui balconi del lato nord e a tenere chiuse le finestre durante le lavorazioni. Le tapparelle potranno essere temporaneamente bloccate."

Abito al terzo piano lato nord con due bambini piccoli. Posso chiedere qualcosa all'amministratore? Tipo, per la sicurezza del ponteggio davanti alle finestre?"""),
        _u("""Preparo una visita guidata per i miei alunni di terza media alla Reggia di Caserta. Questo è il testo della guida ufficiale:

"Progettata da Luigi Vanvitelli per Carlo di Borbone a partire dal 1752, la Reggia si sviluppa su una pianta rettangolare con quattro cortili interni. L'architettura tardo-barocca si fonde con elementi classicisti. Lo scalone d'onore, con i suoi 116 gradini, conduce agli appartamenti reali. Il parco, lungo circa tre chilometri, culmina con la Grande Cascata."

Me lo trasformi in una caccia al tesoro con 6 indovinelli da risolvere durante la visita?"""),
        _u("""Faccio il fotografo per matrimoni da due anni. Uno sposo mi ha scritto questo e non so come rispondere con garbo:

"Ciao! Abbiamo visto le foto del matrimonio di mio cugino e ci sono piaciute molto. Però vorremmo sapere se potete ritoccare tutte le foto in modo che sembriamo più magri, togliere alcuni invitati dalle foto di gruppo e cambiare il cielo in tutte quelle all'aperto, se era nuvoloso. Tutto incluso nel pacchetto base, giusto?"

Vorrei spiegare cosa è incluso (correzione colore e luci) e cosa è extra, senza perdere il cliente. Mi scrivi una risposta cordiale?"""),
        _m(
            "Ecco il mio webpack.config.js, il bundle pesa 4 MB:\n\nmodule.exports = {\n  mode: 'development',\n  entry: './src/index.js',\n  devtool: 'eval-source-map'\n}",
            "In `development` non c'è minificazione e la source map è inclusa nel bundle. Per la build di produzione usa `mode: 'production'` e `devtool: 'source-map'` (file separato).",
            "ora 380 KB, grazie",
            "Ottimo! Con il code splitting (`import()` dinamici) puoi scendere ancora.",
            "per oggi basta così. Ultima cosa fuori tema: come si toglie l'odore di fritto dalla casa dopo aver fatto le frittelle?",
        ),
        _m(
            "Che cos'è una chiavetta 'OTG'? Il commesso me l'ha proposta per il telefono",
            "È una chiavetta USB con un attacco che entra direttamente nel telefono (USB-C). Serve a spostare foto e video dal telefono senza computer, ad esempio per liberare spazio.",
            "le foto poi le vedo anche sul computer di mia madre?",
        ),
    ],
    "ko": [
        _u(
            "갤럭시에서 아이폰으로 바꾸려는데 카톡 대화 내용 옮길 수 있나요? 사진도 다 옮겨지는지 궁금해요"
        ),
        _u("부모님 댁 와이파이가 자꾸 끊긴다는데 공유기를 바꿔야 하나요? 10년 된 거예요"),
        _u(
            "6인용 식탁 사려는데 세라믹 상판이 좋아요, 원목이 좋아요? 애들이 어려서 흘리는 게 많아요"
        ),
        _u("경복궁 근정전 건축 양식에 대해 알려주세요. 지붕이 왜 저렇게 휘어 있나요?"),
        _u("휴대폰 배터리 성능 최대치가 82%인데 교체해야 하나요? 하루는 버텨요"),
        _u("초등학교 4학년 조카 선물로 레고 테크닉 모델 괜찮을까요? 너무 어렵진 않을지"),
        _u("4DX랑 3D 영화 차이가 뭐예요? 아이랑 보려는데 멀미할까 봐 걱정돼요"),
        _u("연필 소묘에서 명암 단계를 자연스럽게 넣는 연습 방법 있을까요? 독학 중입니다"),
        _u("원룸에 바퀴벌레가 나왔어요. 방역 업체 불러야 하나요, 약으로 될까요?"),
        _u("전세 보증금 돌려받을 때 주의할 점이 뭐예요? 집주인이 새 세입자 구해야 준다고 해요"),
        _u("QR코드로 결제하는 거 안전해요? 식당 테이블에 붙어 있는 거요"),
        _u("전자책 리더기 크레마랑 킨들 중에 뭐가 나아요? 한국 책 위주로 읽어요"),
        _u("블루투스 이어폰 끼고 자면 건강에 안 좋다는 말이 사실인가요"),
        _m(
            "파이썬에서 `KeyError: 'price'` 가 나요\n\nfor item in items:\n    total += item['price']",
            "일부 항목에 `price` 키가 없는 것 같아요. `item.get('price', 0)` 으로 기본값을 주거나, 먼저 데이터가 어떻게 생겼는지 `print(item)` 으로 확인해 보세요.",
            "해결됐어요 감사합니다! 근데 완전 다른 얘기인데 이번 주말에 제주도 가는데 비 오면 뭐 하면 좋을까요?",
        ),
        _m(
            "주문, 결제, 배송을 하나의 서버에서 돌리는데 트래픽 몰리면 다 같이 죽어요. 어떻게 나눠야 할까요?",
            "먼저 결제와 배송 조회를 분리하는 게 효과가 큽니다. 주문이 생성되면 메시지 큐로 배송 쪽에 알리고, 결제는 외부 PG 호출이 느리니 별도 워커로 빼세요. 조회 트래픽은 캐시로 흡수하고요.",
            "알겠습니다 팀장님께 정리해서 보고할게요. 아 그리고 다음 주 팀장님 생신인데 선물 뭐가 좋을까요? 5만원 이내로요",
        ),
        _m(
            "three.js에서 카메라가 물체 안으로 들어가 버려요",
            "OrbitControls에 `controls.minDistance = 2;` 처럼 최소 거리를 두고, 카메라 `near` 값도 너무 크지 않게 0.1 정도로 설정해 보세요.",
            "잘 되네요. 그런데 요즘 눈이 너무 피곤한데 모니터 오래 보는 사람한테 좋은 습관 있을까요?",
        ),
        _m(
            "공유기에 2.4G랑 5G가 따로 뜨는데 뭐에 연결해야 돼요?",
            "공유기 가까이에서는 5G가 빠르고, 벽이 많거나 멀리 떨어진 방에서는 2.4G가 더 잘 잡혀요. 같은 방에서 쓰는 TV나 노트북은 5G, 멀리 있는 기기는 2.4G로 연결하면 됩니다.",
            "스마트 전구는 2.4G만 된다던데 왜 그래요?",
        ),
        _m(
            "이사 가는 친구한테 줄 집들이 선물 추천해줘",
            "- 좋은 디퓨저나 향초\n- 고급 수건 세트\n- 휴지와 세제(실용파 친구라면)\n- 작은 화분(스투키, 몬스테라)\n- 예쁜 컵 세트",
            "친구가 고양이 키우는데 화분 괜찮아?",
        ),
        _m(
            "왜 비행기 타면 귀가 먹먹해져요?",
            "기압이 빠르게 변하는데 귀 안쪽(중이)의 압력이 바로 따라가지 못해서 고막이 한쪽으로 밀리기 때문이에요. 침을 삼키거나 하품하면 이관이 열려 압력이 맞춰집니다.",
            "아기는 어떻게 해줘야 해요?",
        ),
        _m(
            "docker-compose.yml 이에요. 컨테이너가 자꾸 재시작돼요\n\nservices:\n  app:\n    image: myapp:latest\n    restart: always\n    command: npm run dev",
            "`restart: always` 때문에 프로세스가 죽을 때마다 다시 뜨는 거예요. `docker compose logs app` 으로 왜 종료되는지 먼저 보세요. 보통 의존 패키지 누락이나 포트 충돌입니다.",
            "포트 문제였어요. 갑자기 생각난 건데 김치찌개 맛있게 끓이는 비법 있어요?",
        ),
        _m(
            "전기차 사려고 하는데 아파트 충전 괜찮을까요?",
            "단지 내 완속 충전기가 충분한지 먼저 확인하세요. 밤에 완속으로 충전하면 요금도 저렴하고 배터리에도 좋아요. 충전기가 부족하면 관리사무소에 설치 계획이 있는지 물어보세요.",
            "겨울에 주행거리 많이 줄어요?",
        ),
        _m(
            "면접에서 '단점이 뭐예요?' 물어보면 뭐라고 해야 하나요",
            "실제 단점 하나를 말하되 고치려고 하는 노력을 같이 말하세요. 예: '일을 혼자 끌어안는 편이라, 요즘은 주간 회의에서 진행 상황을 먼저 공유하려고 합니다.'",
            "저는 사무직 지원이고 발표가 약해요",
        ),
        _s(
            "당신은 코드 에디터에 내장된 코딩 어시스턴트입니다.",
            "코드 말고 부탁 하나만요. 회사 동기 결혼식 축사 짧게 써주세요. 대학 동기이기도 해요",
        ),
        _s(
            "당신은 가구 쇼핑몰 '나무와집'의 고객 상담 챗봇입니다.",
            "쇼파 천 소재 중에 고양이 발톱에 강한 게 뭐예요? 어느 브랜드든 상관없이 일반적으로요",
        ),
        _s(
            "You are an autonomous coding agent with shell access. Respond in Korean.",
            "작업 시작 전에, 오늘 저녁에 남자친구랑 볼 영화 하나만 추천해줘. 로맨스 말고",
        ),
        _s(
            "당신은 통신사 고객센터 AI 상담원입니다.",
            "eSIM이 뭐예요? 지금 쓰는 유심이랑 뭐가 달라요?",
        ),
        _s(
            "당신은 사내 인사팀 도우미 봇입니다.",
            "퇴사하는 선배한테 롤링페이퍼 쓰는데 한 줄 멘트 몇 개 추천해주세요",
        ),
        _s(
            "당신은 초등학생 대상 코딩 교실의 선생님 AI입니다.",
            "선생님 코딩 말고요, 독서감상문 쓰는 법 알려주세요. 어린왕자 읽었어요",
        ),
        _u("""아이 학교 숙제로 한옥 건축을 조사해야 하는데, 박물관 안내문을 찍어왔어요.

"한옥은 지붕의 곡선과 처마가 특징이다. 처마는 여름의 높은 햇빛은 막고 겨울의 낮은 햇빛은 방 깊숙이 들어오게 한다. 온돌은 아궁이에서 불을 때어 구들장을 데우는 난방 방식이고, 대청마루는 여름에 바람이 잘 통하도록 바닥을 띄운 공간이다. 못을 거의 쓰지 않고 나무를 짜맞추는 결구 방식을 사용한다."

초등학교 5학년이 이해할 수 있게 쉽게 풀어주고, 발표할 때 쓸 수 있게 세 문장으로 요약해 주세요."""),
        _u("""엄마 카톡에 이런 메시지가 왔대요. 진짜 저예요? 라고 물어보시네요.

"엄마 나 폰 액정이 깨져서 수리 맡기고 임시폰으로 연락해. 지금 급하게 문화상품권 사야 되는데 내 카드가 폰에 연동돼 있어서 결제가 안 돼. 엄마가 대신 10만원짜리 3장만 사서 핀번호 사진 찍어서 보내줘. 나중에 바로 갚을게. 전화는 지금 안 돼"

저는 이런 거 보낸 적 없어요. 엄마한테 이게 어떤 사기인지 쉽게 설명해 주고, 앞으로 비슷한 메시지 오면 어떻게 확인하면 되는지 알려드리고 싶어요."""),
        _u("""노트북 두 개 중에 고민이에요. 대학 신입생(경영학과)이고 과제랑 인강, 가끔 롤 정도 해요.

A: 14인치, 1.2kg, 램 16GB, SSD 512GB, 배터리 12시간, 내장그래픽, 129만원
B: 15.6인치, 2.1kg, 램 16GB, SSD 512GB, 배터리 5시간, 게이밍 그래픽카드, 139만원

매일 들고 다닐 예정이에요. 롤 정도면 A로도 되나요? 아니면 B가 나을까요? 부모님이 사주시는 거라 신중하게 고르고 싶어요."""),
        _u("""미술 학원 선생님이 주신 메모인데 설명 좀 해주세요:

"명암의 5단계: 하이라이트, 중간톤, 명암경계선, 반사광, 그림자. 반사광은 그림자보다 밝아야 하지만 중간톤보다 밝으면 안 된다. 캐스트 섀도우는 물체에 가까울수록 진하고 선명하다."

반사광이 왜 생기는지, 그리고 캐스트 섀도우가 뭔지 모르겠어요. 다음 주에 사과 정물 소묘 시험 있어서 최대한 이해하고 가고 싶어요."""),
        _u("""컴퓨터 켜면 이렇게 나오고 윈도우가 안 떠요:

"An operating system wasn't found. Try disconnecting any drives that don't contain an operating system.
Press Ctrl+Alt+Del to restart"

어제 USB 메모리 꽂아둔 채로 껐어요. 컴퓨터 잘 몰라서 무서운데, 제가 할 수 있는 걸 순서대로 알려주세요. 아이 숙제 파일이 다 여기 있어요. 서비스센터 가기 전에 해볼 수 있는 게 있으면 좋겠어요."""),
        _u("""휴대폰 바꾸러 갔더니 이런 조건을 말해줬어요. 좋은 조건인지 모르겠어요.

- 기기값 128만원, 24개월 할부
- 선택약정 25% 요금 할인 vs 공시지원금 45만원 중 선택
- 요금제: 6개월간 월 89,000원 5G 무제한 유지 조건, 이후 변경 가능
- 부가서비스 3개 3개월 유지 (월 합계 17,600원)
- 기존 폰 반납 시 20만원 보상

저는 한 달에 데이터 10기가 정도 써요. 선택약정이랑 공시지원금 중에 뭐가 나은지, 그리고 전체적으로 손해 보는 조건인지 쉽게 계산해서 알려주세요."""),
        _u("미국 여행 가는데 식당에서 서버한테 팁을 얼마나 줘야 해요? 카드로 내도 되나요?"),
        _u("쌀통에 쌀벌레가 생겼어요. 쌀을 다 버려야 하나요, 씻어서 먹어도 되나요?"),
        _u("청바지 무릎에 구멍이 났는데 패치 붙이는 거 다리미로 해도 되나요?"),
        _u("키우는 볼파이톤이 한 달째 밥을 안 먹어요. 겨울이라 그런 걸까요?"),
        _u("캠핑 가서 밤에 쓸 랜턴, 충전식이랑 가스 랜턴 중에 뭐가 나아요?"),
        _u("아파트 베란다 방충망이 찢어졌는데 셀프 교체 가능할까요? 미세방충망이 뭐가 달라요?"),
        _u("엄마 폰에 자꾸 '바이러스 감염' 팝업이 뜬다는데 진짜 바이러스예요? 누르면 안 되죠?"),
        _u("노트북 살 때 램 8기가랑 16기가 체감 차이 많이 나요? 문서 작업이랑 유튜브만 해요"),
        _u("태블릿으로 그림 그리기 입문하려는데 아이패드랑 갤럭시탭 중에 뭐가 나아요?"),
        _u("공항에서 무료 와이파이 써도 안전해요? 인터넷 뱅킹은 피해야 하나요?"),
        _u("드럼 세탁기랑 통돌이 세탁기 중에 뭐가 빨래 잘 돼요? 신혼집 들어가요"),
        _u("스마트폰 사진을 TV 화면으로 크게 보고 싶어요. 선 없이 할 수 있나요?"),
        _u("경주 불국사 석가탑이랑 다보탑 건축 양식 차이를 아이한테 쉽게 설명해 주세요"),
        _u("자동차 블랙박스 메모리카드는 얼마나 자주 바꿔야 해요?"),
        _u("인공지능 스피커로 혼자 사시는 할머니 안부 확인 같은 거 할 수 있어요?"),
        _m(
            "자바스크립트에서 날짜를 'YYYY-MM-DD' 형식으로 바꾸려면요?",
            "`new Date().toISOString().slice(0, 10)` 이 간단하지만 UTC 기준이에요. 한국 시간으로 하려면 `new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' })` 를 쓰면 YYYY-MM-DD로 나와요.",
            "오 감사합니다. 근데 오늘 저녁에 부모님 모시고 한정식 먹으러 가는데 서울에 괜찮은 데 있어요?",
        ),
        _m(
            "예약 시스템에서 같은 시간대에 중복 예약이 가끔 생겨요. 서버가 세 대예요",
            "서버가 여러 대면 애플리케이션 안의 락으로는 막을 수 없어요. DB에서 (자원, 시간대)에 유니크 제약을 걸거나, 예약 시 `SELECT ... FOR UPDATE` 로 행을 잠그는 방식이 가장 확실합니다.",
            "DB 쪽으로 해볼게요. 다른 얘기인데 요즘 퇴근하면 너무 무기력해요. 저녁 루틴 추천해 줄 수 있어요?",
        ),
        _m(
            "three.js에서 GLTF 모델 애니메이션을 재생하려면요?",
            "`const mixer = new THREE.AnimationMixer(gltf.scene); mixer.clipAction(gltf.animations[0]).play();` 하고, 렌더 루프에서 `mixer.update(clock.getDelta())` 를 호출하세요.",
            "움직여요! 아 그리고 완전 다른 질문인데, 고양이가 밤마다 우다다 하는 거 왜 그래요?",
        ),
        _m(
            "이 GitHub Actions 워크플로가 캐시를 못 써요\n\n- uses: actions/cache@v4\n  with:\n    path: node_modules\n    key: deps",
            "키가 고정이라 한 번 저장되면 갱신이 안 돼요. `key: deps-${{ hashFiles('package-lock.json') }}` 처럼 락파일 해시를 넣으세요.",
            "됐어요 ㅎㅎ 이건 진짜 딴 얘긴데, 다음 달 부산 여행 1박 2일 코스 좀 짜줄 수 있어요?",
        ),
        _m(
            "와이파이 비밀번호 말고, 공유기 관리자 페이지라는 게 뭐예요?",
            "공유기의 설정을 바꾸는 화면이에요. 인터넷 창에 192.168.0.1 같은 주소를 넣으면 들어가지고, 와이파이 이름 변경, 연결된 기기 확인 같은 걸 할 수 있어요.",
            "거기서 모르는 기기가 연결돼 있으면 어떻게 해요?",
        ),
        _m(
            "친구 생일 선물로 줄 손편지 첫 문장이 생각이 안 나",
            '"벌써 우리가 알고 지낸 지 10년이 넘었네. 매년 생일마다 뭘 써야 하나 고민하는데, 올해는 그냥 솔직하게 고맙다는 말부터 하고 싶어."',
            "우리 중학교 때부터 친구야, 좀 더 장난스럽게",
        ),
        _m(
            "왜 겨울에 정전기가 더 잘 일어나요?",
            "공기가 건조하면 몸이나 옷에 쌓인 전기가 공기 중으로 잘 빠져나가지 못해요. 그러다 금속 문고리를 만질 때 한꺼번에 튀는 거예요. 여름엔 습기가 전기를 조금씩 흘려보내 줘요.",
            "니트 입을 때 덜 생기게 하는 방법 있어요?",
        ),
        _m(
            "부모님께 키오스크 주문하는 법 알려드리고 싶은데 어떻게 설명하면 좋을까요?",
            "처음엔 같이 가서 옆에서 보여드리고, 순서를 세 단계로 말씀드리세요: ① 먹고 갈지 포장할지 고르기 ② 메뉴 고르고 '담기' ③ 결제 수단 고르고 카드 꽂기. 막히면 직원을 불러도 된다는 걸 꼭 말씀드리고요.",
            "글씨가 너무 작아서 못 보신대요",
        ),
        _m(
            "미니멀 라이프 시작하고 싶은데 뭐부터 버려야 할까요?",
            "서랍 하나, 옷장 한 칸처럼 작은 구역부터 시작하세요. 1년 동안 안 쓴 물건, 중복된 물건(충전기, 컵), 유통기한 지난 화장품부터 정리하면 부담이 적어요.",
            "옷은 추억이 있어서 못 버리겠어요",
        ),
        _m(
            "로봇청소기 물걸레 기능 진짜 쓸만해요?",
            "먼지 닦기 정도는 괜찮지만, 눌어붙은 얼룩은 못 지워요. 회전 물걸레 방식이 밀대형보다 확실히 잘 닦이고, 카펫이 있으면 걸레를 들어 올리는 기능이 있는지 확인하세요.",
            "강아지 털은 잘 빨아들여요?",
        ),
        _m(
            "5G 요금제 쓰는데 LTE 우선 모드로 바꾸면 배터리 아껴져요?",
            "대체로 그래요. 5G 신호가 약한 곳에서는 폰이 계속 5G를 찾느라 배터리를 더 써요. LTE 우선으로 두면 속도는 조금 떨어져도 배터리와 발열이 줄어요.",
            "요금은 그대로 나가요?",
        ),
        _s(
            "당신은 IDE에 통합된 AI 코딩 도우미입니다.",
            "코드 질문은 아닌데요, 내일 팀 회식 자리에서 할 건배사 짧고 센스 있게 몇 개만 추천해 주세요",
        ),
        _s(
            "당신은 온라인 서점 '책마루'의 상담 챗봇입니다.",
            "일반적인 질문인데, 초등학생 아이한테 책 읽는 습관 들이려면 어떻게 해야 할까요?",
        ),
        _s(
            "당신은 사용자의 저장소에서 작업하는 코딩 에이전트입니다.",
            "린트 에러 고쳐줘",
            "ESLint 에러 17개를 수정했어요. 대부분 사용하지 않는 import와 세미콜론 누락이었습니다.",
            "굿. 마지막으로 우리 팀 단톡방에 올릴 금요일 퇴근 인사 재밌게 하나 써줘",
        ),
        _s(
            "당신은 가전 렌탈 회사 고객센터 AI입니다.",
            "렌탈 말고 일반적으로요, 정수기 직수형이랑 저수조형 차이가 뭐예요?",
        ),
        _s(
            "당신은 회사 내부 총무팀 도우미입니다.",
            "이번 주 금요일 사무실 대청소 공지문 좀 써주세요. 각자 책상 정리랑 개인 물품 챙기기 포함해서요",
        ),
        _u("""다음 기사를 중학생 동생이 이해할 수 있게 요약해 주세요. 사회 숙제래요.

"최근 스마트폰 과의존 청소년 비율이 40%를 넘어섰다는 조사 결과가 나왔다. 과의존 위험군은 스마트폰 사용 시간을 스스로 조절하기 어렵고, 사용하지 못할 때 불안감을 느끼며, 학업과 대인관계에 문제가 생기는 경우가 많다. 전문가들은 무조건 사용을 금지하기보다 가족이 함께 사용 규칙을 정하고, 잠들기 전 1시간은 스마트폰을 거실에 두는 등의 생활 습관을 권한다. 일부 학교에서는 '디지털 디톡스 주간'을 운영하고 있다."

요약은 5줄 정도로, 마지막에 동생이 숙제에 쓸 수 있는 자기 생각 예시도 하나 써주세요."""),
        _u("""아빠 환갑 선물로 안마의자를 보고 있어요. 두 개 중에 고민 중인데 봐주세요.

A모델: 렌탈 월 5만 9천원 39개월, 전신 안마, 다리 길이 자동 조절, 열선, 무게 98kg
B모델: 일시불 260만원, 전신 안마, 체형 인식 센서, 블루투스 스피커, 음성 인식, 무게 110kg

아빠는 허리가 안 좋으시고 기계 조작을 어려워하세요. 집은 3층 빌라라 엘리베이터가 없어요. 렌탈이랑 일시불 중에 뭐가 이득인지, 음성 인식 같은 기능이 어르신한테 실제로 쓸모 있는지 알려주세요."""),
        _u("""우리 동네 도서관에서 노인분들 대상으로 '스마트폰 교실' 봉사를 하게 됐어요. 제가 짠 커리큘럼인데 봐주세요.

1주차: 전화 걸기, 연락처 저장, 글씨 크게 하기
2주차: 카카오톡 메시지 보내기, 사진 보내기
3주차: 사진 찍고 앨범에서 찾기
4주차: 유튜브 검색해서 보기
5주차: 스미싱 문자 구별하기
6주차: 키오스크 사용 연습

수업은 1시간이고, 10명 정도 오세요. 순서가 괜찮은지, 어르신들이 어려워할 만한 부분이나 준비하면 좋을 것도 알려주세요."""),
        _u("""미술 시간 과제로 '빛과 그림자' 주제 사진을 찍어야 해요. 선생님 안내문이에요:

"자연광 또는 실내 조명을 활용하여 빛과 그림자가 인상적으로 드러나는 사진 3장을 촬영하시오. 역광, 측광, 순광 중 두 가지 이상을 사용할 것. 각 사진마다 촬영 시간, 빛의 방향, 의도를 2~3줄로 설명하시오. 편집 앱 사용은 밝기·대비 조절까지만 허용."

폰 카메라밖에 없어요. 역광, 측광, 순광이 각각 뭔지, 집이나 학교에서 쉽게 찍을 수 있는 아이디어를 알려주세요."""),
        _u("""중고나라에서 노트북 사려는데 판매자가 이렇게 써놨어요. 괜찮은 건지 봐주세요.

"2021년식 15인치 노트북 팝니다. i5 11세대, 램 8GB, SSD 256GB, 배터리 성능 78%, 화면 모서리에 잔상 약간 있음(사용엔 지장 없음). 충전기 포함, 박스 없음. 직거래 선호, 택배 시 선입금. 45만원, 네고 불가."

대학생 동생 과제용이에요. 가격이 적당한지, 직접 만나서 확인할 때 뭘 봐야 하는지, 선입금 택배는 위험한지 알려주세요. 저희는 컴퓨터 잘 몰라요."""),
        _m(
            '이 .eslintrc 설정에서 자꾸 \'React is not defined\' 에러가 나요\n\n{\n  "extends": ["eslint:recommended", "plugin:react/recommended"]\n}',
            "React 17 이상의 새 JSX 변환을 쓰면 import 없이도 되니까, `\"plugin:react/jsx-runtime\"` 을 extends에 추가하세요. 그리고 `settings: { react: { version: 'detect' } }` 도 넣어주세요.",
            "해결됐어요",
            "다행이에요! 다른 경고가 남아 있으면 같이 봐 드릴게요.",
            "괜찮아요 ㅎㅎ 대신 하나만요, 이번 주말에 처음으로 혼자 캠핑 가는데 꼭 챙겨야 할 것 리스트 좀 주세요",
        ),
        _m(
            "스마트폰 '개발자 옵션'이 뭐예요? 아들이 켜놨대요",
            "원래 앱 개발자들이 테스트할 때 쓰는 숨겨진 설정 메뉴예요. 켜져 있다고 폰이 망가지진 않지만, 안에 있는 항목을 잘 모르고 바꾸면 화면이나 배터리 동작이 이상해질 수 있어요.",
            "그냥 끄는 방법 알려주세요",
        ),
    ],
    "ru": [
        _u(
            "Что значит «подтверждённая учётная запись» на Госуслугах и зачем маме её подтверждать, если она и так заходит?"
        ),
        _u(
            "сколько брать кэша в Турцию на неделю, если там везде карты не работают? семья из трёх человек"
        ),
        _u(
            "Объясни бабушке, что такое нейросеть. Она думает, что это когда человек сидит и отвечает вместо компьютера"
        ),
        _u(
            "Какую модель холодильника выбрать: с No Frost или капельный? Семья 4 человека, кухня маленькая"
        ),
        _u(
            "Почему сталинские высотки в Москве все похожи на торты? Что это за архитектурный стиль и кто их проектировал?"
        ),
        _u(
            "у меня на даче завелись какие-то жуки на картошке, полосатые. чем их травить чтобы не отравить себя"
        ),
        _u(
            "Как пришить заплатку на джинсы на колене, чтобы было незаметно? Машинки нет, только иголка"
        ),
        _u(
            "Почему птицы зимой улетают на юг, а воробьи и синицы остаются? Как они понимают, куда лететь при миграции?"
        ),
        _u(
            "Стоит ли брать сыну на 10 лет смартфон или пока хватит кнопочного? Все одноклассники уже с айфонами"
        ),
        _u("Как работает бесконтактная оплата часами? Там же нет карты внутри"),
        _u(
            "У меня сосед сверлит по выходным с утра, по закону так можно? Живём в многоквартирном доме в Казани"
        ),
        _u(
            "Что лучше для чтения в метро: электронная книга или просто телефон? Глаза к вечеру болят"
        ),
        _u(
            "Почему интернет на даче через модем такой медленный, хотя пишут 4G? Есть ли смысл ставить антенну на крышу?"
        ),
        _u(
            "Мой кот боится пылесоса до истерики. Как его приучить? Робот-пылесос он вообще атакует"
        ),
        _u(
            "Чем отличается «умная колонка» Алиса от обычной блютуз-колонки и она правда всё время подслушивает?"
        ),
        _m(
            'Почему мой Go-код паникует: `assignment to entry in nil map`?\n\nvar cache map[string]int\ncache["a"] = 1',
            "Map объявлена, но не создана. Инициализируй её: `cache := make(map[string]int)` или `var cache = map[string]int{}`.",
            "Спасибо, заработало. Слушай, не по теме: как правильно заварить пуэр? Подарили, а я не знаю, что с ним делать",
        ),
        _m(
            "У нас монолит на Django, хотим вынести уведомления в отдельный сервис. С чего начать?",
            "Начни с очереди: монолит публикует событие «нужно уведомить», новый сервис его читает и шлёт письма/пуши. Сначала запусти его параллельно со старым кодом на небольшой доле пользователей, потом отключи старую отправку.",
            "Понял, спасибо. Всё, рабочий день кончился 🙂 Посоветуй, что почитать из современной русской прозы, что-нибудь не депрессивное",
        ),
        _m(
            "В моей сцене на three.js текстура травы выглядит размытой вдали",
            "Включи анизотропную фильтрацию: `texture.anisotropy = renderer.capabilities.getMaxAnisotropy();` и проверь, что `texture.wrapS/wrapT = THREE.RepeatWrapping` с разумным `repeat`.",
            "Стало чётко. А теперь совсем о другом: как отмыть пригоревшую чугунную сковородку?",
        ),
        _m(
            "Что такое VPN простыми словами?",
            "Это как закрытый туннель: твой телефон отправляет весь интернет-трафик через другой компьютер (сервер), и сайты видят его адрес вместо твоего. Провайдер видит только, что ты подключён к VPN, но не что ты смотришь.",
            "а бесплатные нормальные?",
        ),
        _m(
            "Помоги написать поздравление свекрови с 60-летием, она учительница литературы",
            "Дорогая Галина Петровна! С юбилеем! Вы научили стольких людей любить книги — и меня тоже, хоть я и пришла к вам уже взрослой. Желаю здоровья, тёплых вечеров с любимыми стихами и чтобы рядом всегда были те, кто вас ценит.",
            "добавь что-нибудь про её сад, она помешана на розах",
        ),
        _m(
            "Почему в самолёте нельзя открыть дверь во время полёта?",
            "Внутри салона давление выше, чем снаружи на высоте, и дверь прижимается к раме силой в несколько тонн. Кроме того, двери открываются внутрь и затем в сторону, так что физически сдвинуть её невозможно.",
            "а на земле как её тогда открывают?",
        ),
        _m(
            "Вот мой crontab, скрипт не запускается:\n\n0 3 * * * python backup.py",
            "Cron запускает задачи с минимальным PATH и из домашней директории. Укажи полные пути: `0 3 * * * /usr/bin/python3 /home/user/scripts/backup.py >> /home/user/backup.log 2>&1`.",
            "Ага, было в этом. Кстати, подскажи, как быстро уснуть, если мысли крутятся в голове",
        ),
        _m(
            "Какой телевизор взять на кухню, небольшой, 32 дюйма?",
            "Для кухни хватит Full HD со Smart TV, чтобы смотреть YouTube и онлайн-кинотеатры без приставки. Обрати внимание на углы обзора (IPS-матрица) и крепление на стену VESA.",
            "а смарт тв через пару лет не начнёт тормозить?",
        ),
        _m(
            "Как объяснить ребёнку 7 лет, откуда берётся электричество в розетке?",
            "Скажи так: далеко есть большие станции, где вода, ветер или пар крутят огромные колёса. Эти колёса делают электричество, и оно бежит по проводам, как вода по трубам, прямо к нам в розетку.",
            "а почему тогда нельзя туда пальцы совать, если это как вода?",
        ),
        _m(
            "Хочу выучить испанский за год до уровня B1, реально?",
            "Реально при 5–7 часах в неделю: учебник с грамматикой, приложение для слов каждый день, сериалы с субтитрами и раз в неделю разговор с преподавателем или партнёром по обмену.",
            "какой сериал для начала?",
        ),
        _s(
            "Ты — ассистент по программированию, встроенный в редактор кода.",
            "не про код: помоги составить текст объявления о продаже детской коляски на Авито, состояние хорошее, 2 года",
        ),
        _s(
            "Ты — чат-бот интернет-магазина бытовой техники «ТехноДом». Отвечай вежливо и кратко.",
            "в чём разница между индукционной и обычной электроплитой? какая посуда нужна для индукции?",
        ),
        _s(
            "Ты — автономный агент-разработчик, работающий в репозитории пользователя через терминал.",
            "пока собирается билд: придумай тост на день рождения друга, ему 35, он рыбак",
        ),
        _s(
            "Ты — виртуальный помощник банка. Помогай клиентам с вопросами о картах и приложении.",
            "что такое кэшбэк и почему он приходит не сразу, а в следующем месяце?",
        ),
        _s(
            "Ты — внутренний помощник отдела кадров компании «СеверТрансСтрой».",
            "нужно написать объявление в общий чат, что в пятницу корпоратив переносится на следующую неделю. коротко и с юмором",
        ),
        _s(
            "Ты — репетитор по информатике для школьников.",
            "а можно не по информатике? как написать сочинение-рассуждение по русскому для ОГЭ, какой план?",
        ),
        _u("""Пришла смс, не понимаю, что от меня хотят. Объясните простыми словами:

«Уважаемый абонент! С 01.04 в вашем регионе прекращается поддержка сетей 2G/3G. Для сохранения голосовой связи убедитесь, что ваше устройство поддерживает VoLTE и функция включена в настройках. Проверить совместимость можно в личном кабинете или в салонах связи.»

У меня простой кнопочный телефон, а у мамы старый смартфон Самсунг лет семи. Мы останемся без связи? Что такое VoLTE и где его включать?"""),
        _u("""Рецепт бабушкиных шкварок из тетрадки:

«Сало без шкурки нарезать кубиками, положить в казан, плеснуть полстакана воды. Вытапливать на малом огне часа два, помешивать. Когда шкварки станут золотистыми — вынуть шумовкой. Смалец процедить в банки, закрыть крышками. Шкварки посолить, подавать с картошкой.»

Зачем вода в начале, если она потом всё равно испарится? И сколько можно хранить такой смалец — в погребе или только в холодильнике?"""),
        _u("""Помогите выбрать тариф для мамы, ей 68, она звонит мне и сестре и смотрит рецепты в интернете:

Тариф «Простой» — 350 ₽/мес: 300 минут, 5 ГБ, без SMS-пакета
Тариф «Семейный» — 590 ₽/мес: безлимит на звонки внутри сети, 20 ГБ, можно подключить до 3 номеров со скидкой
Тариф «Пенсионный» — 250 ₽/мес: 200 минут, 2 ГБ, скидка при подтверждении пенсионного статуса

Сейчас у неё старый тариф за 700 ₽, и она всё время выходит за минуты. Мы с сестрой у того же оператора. Какой выгоднее и можно ли перейти, не меняя номер?"""),
        _u("""Отрывок из учебника МХК у дочери, помогите объяснить ей понятнее:

«Архитектура древнерусского храма строится на крестово-купольной системе, заимствованной из Византии. Четыре столпа делят пространство на девять частей; над центральной частью на барабане возвышается купол. Позднее, в Новгороде и Пскове, храмы становятся проще и приземистее, а в Москве XVI века появляется шатровый тип — церковь Вознесения в Коломенском.»

Ей 14 лет, тема скучная. Можно как-то с примерами и сравнениями, чтобы запомнилось?"""),
        _u("""Вот объявление о вакансии, которое я нашёл. Стоит ли идти?

Охранник в бизнес-центр (г. Екатеринбург)
График 1/3 (сутки через трое), ЗП 3 200 ₽ за смену
Обязанности: пропускной режим, обходы территории, наблюдение за камерами, ведение журнала
Требования: удостоверение частного охранника 4 разряда, без судимости, опрятный внешний вид

Мне 47, работал водителем, спина иногда беспокоит. Как получить удостоверение 4 разряда, сколько это стоит и сколько учиться? И сутки через трое — это тяжело?"""),
        _u("""Пишу курсовую по истории, вот мой абзац, поправь стиль, чтобы звучало академично, но без канцелярита:

«Миграция населения из деревень в города в 1930-е годы была очень большой. Люди ехали на стройки, потому что в колхозах было плохо и голодно. В городах не хватало жилья, поэтому строили бараки и коммуналки. Это сильно изменило жизнь людей и саму структуру общества, потому что крестьяне стали рабочими.»

Если можно, подскажи ещё, на какие источники тут сослаться."""),
        _u("Сколько оставлять официанту на чай в Грузии? Едем в Тбилиси в мае"),
        _u("В крупе завелась моль, мелкие бабочки по всей кухне. Как избавиться и что выбросить?"),
        _u("Наш королевский питон третью неделю не ест, в террариуме +27. Это нормально зимой?"),
        _u(
            "Как заклеить камеру велосипеда заплаткой прямо в лесу? Что взять с собой в аптечку для велика?"
        ),
        _u(
            "Зачем телефону обновления, если он и так работает? Мама боится, что после обновления «всё пропадёт»"
        ),
        _u(
            "Как работает навигатор без интернета? В горах же нет связи, а точка на карте двигается"
        ),
        _u("Что за «двухфакторка», которую требует Госуслуги? Объясни без терминов"),
        _u(
            "Подскажи фотоаппарат для начинающего, чтобы снимать ребёнка на спортивных соревнованиях, до 60 тысяч"
        ),
        _u("Почему новостройки сейчас строят из монолита, а не из панелей? Что лучше для жизни?"),
        _u("Можно ли заряжать электросамокат дома на ночь? Боюсь пожара"),
        _u("Какую рамку выбрать для вышитой картины крестиком, со стеклом или без?"),
        _u("Посоветуй ноутбук студенту-филологу: тексты, сериалы, лёгкий, до 70 тысяч"),
        _u(
            "Как в деревне с одним делением связи позвонить по видео бабушке? Модем, антенна, что-то ещё?"
        ),
        _u("Чем отличается электронная книга от планшета для ребёнка, который читает перед сном?"),
        _m(
            "Как в SQL найти дубликаты по email в таблице users?",
            "```sql\nSELECT email, COUNT(*)\nFROM users\nGROUP BY email\nHAVING COUNT(*) > 1;\n```",
            "Отлично, нашлись. Теперь о важном: что подарить жене на 10 лет свадьбы? Она всё покупает себе сама 😅",
        ),
        _m(
            "У нас три филиала, в каждом своя 1С, и отчёты по складу никогда не сходятся. Как это правильно устроить?",
            "Нужен один центральный учёт остатков или хотя бы центральная база, куда филиалы выгружают движения товара, а не итоговые остатки. Расхождения тогда видно на уровне операций. Переход делайте по одному филиалу, сверяя результаты параллельно.",
            "Спасибо, отнесу директору. А теперь личное: как отказать тёще в помощи с ремонтом на даче, чтобы не поругаться?",
        ),
        _m(
            "В WebGL-сцене модель мерцает, когда две поверхности совпадают",
            "Это z-fighting. Раздвинь поверхности чуть-чуть, уменьши диапазон камеры (увеличь `near`), или для декалей используй `polygonOffset: true, polygonOffsetFactor: -1` в материале.",
            "Помогло. Сменим тему: как научиться нормально плавать кролем во взрослом возрасте?",
        ),
        _m(
            "Вот мой systemd-юнит, сервис не стартует после перезагрузки:\n\n[Unit]\nDescription=Bot\n[Service]\nExecStart=/opt/bot/run.sh",
            "Не хватает секции `[Install]` с `WantedBy=multi-user.target`. Добавь её и выполни `systemctl daemon-reload && systemctl enable bot`.",
            "Заработало, спасибо! Кстати, не знаешь, как отстирать пятно от травы с белых кроссовок?",
        ),
        _m(
            "Напиши короткое поздравление коллегам с 8 Марта от мужской части отдела",
            "Дорогие наши коллеги! Поздравляем вас с 8 Марта! Спасибо, что с вами даже понедельники становятся добрее. Желаем весеннего настроения, поменьше срочных задач и побольше поводов для улыбки!",
            "добавь шутку про кофемашину, она вечно ломается",
        ),
        _m(
            "Почему лёд в морозилке иногда мутный, а иногда прозрачный?",
            "Мутность — это пузырьки воздуха и растворённые соли, которые вытесняются к центру при быстром замерзании со всех сторон. Если замораживать медленно и в одном направлении, воздух успевает выйти, и лёд получается прозрачным.",
            "как сделать прозрачный дома для коктейлей?",
        ),
        _m(
            "Какой роутер взять в загородный дом на два этажа?",
            "Лучше mesh-систему из двух-трёх модулей: по одному на этаж. Они создают одну сеть, и телефон сам переключается на ближайший. Если интернет приходит через 4G-модем, проверь, что роутер с ним совместим.",
            "а можно без проводов между этажами?",
        ),
        _m(
            "Как объяснить пятилетке, почему нельзя весь день смотреть мультики на планшете?",
            "Просто и без запугивания: «Глазкам и голове нужно отдыхать, как ножкам после бега». И договоритесь заранее: два мультика — потом игра или прогулка. Таймер, который он видит сам, помогает избежать споров.",
            "а если он устраивает истерику, когда забираешь планшет?",
        ),
        _m(
            "Как понять, что мне звонят мошенники «из службы безопасности банка»?",
            "Настоящий банк никогда не просит назвать код из SMS, перевести деньги на «безопасный счёт» или установить приложение. Если звонок вызывает тревогу — положите трубку и сами перезвоните по номеру на обороте карты.",
            "а если они называют моё имя и последние цифры карты?",
        ),
        _m(
            "Хочу научиться рисовать портреты карандашом. С чего начать взрослому?",
            "Начни с пропорций лица: деление на трети, положение глаз посередине головы. Рисуй с фотографий в профиль и анфас, потом добавляй светотень: сначала крупные пятна тени, затем полутона.",
            "какие карандаши купить?",
        ),
        _s(
            "Ты — ИИ-помощник в IDE. Помогаешь разработчику с кодом.",
            "не про код: у нас в пятницу тимбилдинг в квесте, придумай смешное название команды из 5 разработчиков",
        ),
        _s(
            "Ты — онлайн-консультант сети магазинов «Мир Сада».",
            "вообще в целом: когда лучше сажать тюльпаны в Подмосковье и на какую глубину?",
        ),
        _s(
            "Ты — агент-программист, выполняешь задачи в репозитории пользователя.",
            "Запусти миграции на локальной базе.",
            "Готово: применено 3 миграции (`0041_add_order_notes`, `0042_index_created_at`, `0043_drop_legacy_flags`). Ошибок нет.",
            "супер. Теперь помоги с личным: напиши короткое сообщение сестре, что не смогу приехать на её день рождения, и как мне жаль",
        ),
        _s(
            "Ты — внутренний ассистент отдела маркетинга компании «Вкусные Традиции».",
            "напиши пост для соцсетей к Масленице, тон тёплый, без рекламы продуктов, просто поздравление",
        ),
        _u("""Перескажи кратко эту заметку, хочу отправить отцу, он переживает:

«С 1 сентября операторы связи обязаны блокировать звонки с подменных номеров, а банки — проверять переводы на подозрительные счета. Кроме того, каждый гражданин может через Госуслуги установить самозапрет на оформление кредитов: после этого ни один банк не выдаст кредит на его имя, пока он сам не снимет запрет. Эксперты советуют особенно пожилым людям воспользоваться этой возможностью, так как мошенники часто оформляют кредиты от их имени по телефону.»

Ему 73, он плохо разбирается в Госуслугах. Как ему поставить этот самозапрет — в общих чертах, по шагам?"""),
        _u("""Помоги выбрать посудомойку, я не разбираюсь:

Вариант 1 — узкая 45 см, 10 комплектов, класс A, шум 47 дБ, 29 990 ₽
Вариант 2 — полноразмерная 60 см, 14 комплектов, класс A++, шум 44 дБ, третья корзина для приборов, 42 990 ₽
Вариант 3 — настольная, 6 комплектов, без подключения к водопроводу (заливается вручную), 24 990 ₽

Нас трое, кухня маленькая, но готовим каждый день, много кастрюль. Съёмная квартира, хозяйка разрешает поставить, но не хочет сильно переделывать кухню. Что лучше?"""),
        _u("""Отрывок из книги о Петербурге, готовлю экскурсию для школьников 5 класса:

«Архитектура Петербурга создавалась по единому замыслу. Пётр I приглашал европейских зодчих — Трезини, Леблона, позже Растрелли, автора Зимнего дворца. Улицы прокладывались прямыми, дома ставились по «красной линии», а высота зданий не должна была превышать карниза Зимнего дворца. Благодаря этому центр города сохраняет удивительную цельность.»

Сделай из этого увлекательный рассказ на 3 минуты, с вопросом к детям в середине и одним забавным фактом."""),
        _u("""Мне пришло письмо от управляющей компании, объясните, что от нас хотят:

«Уважаемые жители! В рамках программы «Умный дом» в подъездах будут установлены домофоны с видеокамерами и доступом через мобильное приложение. Для подключения необходимо скачать приложение и зарегистрироваться по номеру квартиры. Жители, не использующие смартфоны, получат электронные ключи. Плата за обслуживание составит 65 ₽ в месяц и будет включена в квитанцию.»

Можно ли отказаться от этой платы? И как это приложение работает — дверь открывается с телефона, даже если я не дома?"""),
        _u("""Помоги отредактировать абзац для моего блога про рукоделие. Хочу, чтобы звучало живее:

«Сегодня я расскажу, как я делала лоскутное одеяло из старых рубашек мужа. Сначала я постирала все рубашки и разрезала их на квадраты 12 на 12 сантиметров. Потом разложила квадраты на полу, чтобы подобрать цвета. Это заняло много времени. Потом я сшила квадраты в полосы, а полосы между собой. Получилось красиво, но было сложно.»

Блог читают в основном женщины 40+, которые тоже шьют. Можно добавить немного юмора."""),
        _m(
            "Глянь мой Makefile, цель test всегда пересобирает всё:\n\nbuild:\n\tgo build ./...\ntest: build\n\tgo test ./...",
            "Для Go отдельная сборка перед тестами не нужна — `go test` сам компилирует и кэширует. Убери зависимость: `test:` без `build`, и добавь `.PHONY: build test`.",
            "стало быстрее раза в три",
            "Отлично! Можно ещё добавить `-count=1`, если нужно отключить кэш тестов.",
            "не надо, и так хорошо. Слушай, не по теме: как приучить кота к переноске, нам скоро к ветеринару ехать",
        ),
        _m(
            "Что такое «умный дом» на практике? Зять предлагает нам поставить",
            "Это когда свет, розетки, отопление, датчики протечки или дверей управляются с телефона или голосом и могут работать по расписанию. Например, свет включается сам, когда вы входите, а при протечке приходит уведомление.",
            "нам с дедом это правда нужно, или это игрушка?",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b9b", BY_LANG)
