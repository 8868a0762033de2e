"""Ninth batch of `general` examples (training only): hand-written, one group per example
("general/b9/<lang>/<digest>"). Everyday non-technical asks in plain words: writing and emails,
translation, summaries, maths and statistics, history and science, general health, law and money,
cooking, travel, career, language learning, puzzles, trivia and opinions; single asks, follow-ups,
system-prompted chats and long pasted texts."""

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
            "can you write a short note to my neighbour asking them to stop parking in front of our garage, polite but firm"
        ),
        _u(
            "What's the difference between weather and climate? My 9 year old asked and I fumbled it."
        ),
        _u("how many tablespoons in a quarter cup"),
        _u("Is it rude to not tip in Japan or is it rude TO tip? going in april"),
        _u(
            "A bag has 4 red and 6 blue marbles. I draw two without replacement. Probability both are red?"
        ),
        _u("why did the roman empire split into east and west"),
        _u("Give me 5 icebreaker questions for a team lunch that aren't cringe."),
        _u("my sourdough starter smells like nail polish remover. dead or just hungry?"),
        _u(
            "what's a good way to memorise the irregular past tense verbs in english, I'm a learner"
        ),
        _u("Explain compound interest like I'm 12."),
        _u("if my landlord keeps my deposit without giving a reason what can I usually do? uk"),
        _u("riddle pls, something my kids can solve in the car"),
        _u(
            "Is it better to pay off a car loan early or put the extra in savings? General rule of thumb."
        ),
        _u("who actually invented the telephone, bell or meucci"),
        _u(
            "Can you suggest a 3 day itinerary for Lisbon for someone who hates museums but loves food"
        ),
        _m(
            "How long should I rest a steak after cooking?",
            "About 5 minutes for a thin steak and up to 10 for a thick one (over 3 cm). Rest it on a warm plate, loosely covered with foil, so the juices settle and don't run out when you cut it.",
            "and a whole chicken?",
        ),
        _m(
            "Help me write a LinkedIn post announcing I'm leaving my job after 8 years at a bakery chain to go back to school.",
            "Here's a draft:\n\nAfter eight wonderful years at Crumb & Co., I'm hanging up my apron. I'm heading back to school this autumn to study nutrition — something I've wanted to do since my first early shift. Thank you to every colleague who taught me patience, teamwork and how to laminate dough at 4 a.m. I'll miss you all. Onwards!",
            "less cheesy",
        ),
        _m(
            "what is standard deviation in plain words",
            "It's a measure of how spread out numbers are around their average. A small standard deviation means most values sit close to the mean; a large one means they're scattered widely. For example, test scores of 70, 71, 69 have a tiny SD, while 40, 70, 100 have a big one.",
            "ok and variance?",
        ),
        _m(
            "I'm learning Spanish. When do I use ser vs estar?",
            "Rough rule: **ser** for what something is (identity, origin, profession, time, characteristics): *Soy profesora*, *Es lunes*. **Estar** for states and locations: *Estoy cansado*, *El libro está en la mesa*. Some adjectives change meaning: *ser aburrido* (boring) vs *estar aburrido* (bored).",
            "more examples like the aburrido one",
        ),
        _m(
            "Plan a week of cheap dinners for two, we're vegetarian",
            "Mon: chickpea curry with rice\nTue: veggie fried rice with eggs\nWed: lentil bolognese\nThu: bean and cheese quesadillas\nFri: homemade pizza\nSat: shakshuka with bread\nSun: roasted vegetable soup\n\nShopping staples: rice, lentils, canned chickpeas and beans, tortillas, eggs, tomatoes, onions, garlic, cheese.",
            "swap thursday, my partner hates beans",
        ),
        _m(
            "What caused the 1929 stock market crash?",
            "A mix of factors: heavy speculation with borrowed money (buying on margin), overvalued shares, weak banking regulation, falling farm incomes and overproduction. When prices began to slip in October 1929, margin calls forced selling, which triggered panic and the crash.",
            "and how long until it recovered?",
        ),
        _m(
            "Translate into French: 'Thanks for having us last weekend, the kids haven't stopped talking about the lake.'",
            "« Merci de nous avoir reçus le week-end dernier, les enfants n'arrêtent pas de parler du lac. »",
            "more casual, it's for my sister in law",
        ),
        _m(
            "Is it normal to feel dizzy when standing up fast?",
            "Often yes — it's usually orthostatic hypotension: blood pressure drops briefly when you stand, so less blood reaches the brain for a moment. Dehydration, heat, and some medications make it worse. If it happens often, you faint, or it comes with chest pain, see a doctor.",
            "how do i stop it",
        ),
        _s(
            "You are Penny, the friendly assistant of Greenleaf Public Library. Help patrons with reading suggestions and library questions.",
            "I loved The Martian. What should I read next? not too long pls",
        ),
        _s(
            "You are a writing tutor for first-year university students. Encourage them; don't write whole essays for them.",
            "how do i make my thesis statement less vague? right now it's 'social media has good and bad effects on teenagers'",
        ),
        _s(
            "You are the concierge assistant for Hotel Marisol in Valencia. Answer guests briefly and warmly.",
            "what's a nice beach we can reach by bus, we don't have a car",
        ),
        _s(
            "You are a maths homework helper for secondary school. Explain step by step, never just give the answer.",
            "a shirt is 20% off and then another 10% off the sale price. is that 30% off in total?",
            "No — the discounts stack on different bases. Start with 100: after 20% off it's 80. Then 10% off 80 is 8, so you pay 72. That's 28% off in total, not 30%.",
            "what if it was the other way round, 10 first then 20",
        ),
        _u(
            """Can you summarise this for my book club newsletter in 2-3 sentences?

The novel follows Agnes Thorne, a lighthouse keeper's widow on a remote Scottish island in the 1890s, who takes in a shipwrecked stranger during a winter storm. As weeks pass and the sea cuts them off from the mainland, the islanders grow suspicious of the newcomer, and Agnes must decide whom she trusts: the community that has shaped her entire life, or the quiet man whose story keeps changing. The book is slow-moving in its first half, with long passages on weather, fishing and the rhythms of island life, but it builds to a tense final act. Several members felt the ending was too open; others loved its ambiguity. The prose is spare and precise, and the island itself becomes almost a character."""
        ),
        _u(
            """My teacher gave us this data for a stats assignment. Hours studied vs exam score for 8 students:

hours: 2, 3, 5, 1, 4, 6, 3, 7
score: 55, 60, 72, 48, 65, 80, 62, 85

I need to find the mean of each, and say whether there seems to be a positive correlation. Also how would I roughly estimate the score for someone who studied 5.5 hours? Please show working so I can follow it."""
        ),
        _u(
            """Please proofread my cover letter, fix grammar but keep my voice:

Dear Hiring Manager,

I am writing to apply for the position of Assistant Store Manager at your Riverside branch. I have been working in retail for six years, first as a cashier and than as a shift supervisor, where I was responsible for opening and closing the store, training new staff and handling customer complains. I am proud that my team had the lowest staff turnover in the region last year.

I am a calm person under pressure and I enjoy solving problems on the shop floor. I believe I could bring this energy to your team and I would love the chance to discuss how.

Thank you for you're time and consideration.

Kind regards,
Dana"""
        ),
        _u(
            """Here's a recipe my grandma wrote down for 4 people, I need it for 10. Can you scale it and convert to grams where you can?

- 2 cups flour
- 1 cup sugar
- 3 eggs
- 1/2 cup butter, melted
- 1 tsp baking powder
- pinch of salt
- 3/4 cup milk
- zest of 1 lemon

Bake at 350F for 40 min in a loaf tin. Also would the baking time change if I use two tins?"""
        ),
        _u(
            """Which of these two job offers makes more sense? I'm 27, single, no kids, renting.

Offer A: £34,000, fully remote, 25 days holiday, small startup (40 people), no pension match beyond legal minimum.
Offer B: £31,500, hybrid 3 days in office (45 min commute each way), 28 days holiday, big insurance company, pension match up to 6%, clear promotion path.

I care about learning and not burning out. Pros and cons please, not a final answer."""
        ),
        _u("what's the etymology of 'salary', I heard it's something to do with salt"),
        _u("I have 45 min and a chicken breast, some spinach, feta, and a lemon. dinner ideas?"),
        _u("what's the tallest mountain in africa and can an average person hike it"),
        _u("settle an argument: is a hot dog a sandwich"),
        _u("whats the median of 3, 9, 4, 12, 7, 7"),
        _u("How do vaccines train the immune system, in simple terms?"),
        _u("Best way to get from Rome airport to Trastevere late at night? Arriving 23:40."),
        _u("my toddler only eats beige food. any tricks that actually worked for people?"),
        _u(
            "Give me a mnemonic for the order of the planets that isn't the 'my very educated mother' one."
        ),
        _u("is it 'fewer' or 'less' with 'people'"),
        _u("Write a toast for my parents' 40th anniversary. They met at a bus stop in the rain."),
        _u("which came first, the printing press in europe or in korea"),
        _m(
            "What's a good beginner houseplant that's hard to kill?",
            "A pothos or a snake plant. Both tolerate low light, irregular watering and dry air. The snake plant is the toughest — water it only when the soil is completely dry, roughly every 2-3 weeks.",
            "i have a cat",
            "Then skip both — they're mildly toxic to cats. Cat-safe, easy options: spider plant, Boston fern, parlour palm or calathea. Spider plants are the hardest to kill, though cats like chewing them.",
            "which of those needs least light",
        ),
        _m(
            "Can you explain the Monty Hall problem? I never get why switching is better.",
            "You pick one of three doors (1/3 chance of the car). The host, who knows where the car is, opens a different door with a goat. Your first pick is still 1/3; the remaining 2/3 chance is now concentrated on the one door left closed. So switching wins 2/3 of the time.",
            "still doesn't feel right",
            "Imagine 100 doors. You pick one; the host opens 98 goat doors and leaves one closed. Would you stick with your 1-in-100 pick, or take the door he carefully avoided?",
            "ohh ok. does it work if the host opens randomly?",
        ),
        _m(
            "I need a short speech for my last day at the library where I volunteered for 6 years. 1 minute tops.",
            "Six years ago I walked in here to return a book and somehow never left. I've shelved thousands of books, lost a few battles with the photocopier and learned that the quietest rooms hold the best conversations. Thank you to the staff for trusting me, and to the regulars for your stories. I'll be back — as a reader, with overdue books like everyone else.",
            "add something about the kids' reading hour",
        ),
        _m(
            "Why did the Titanic sink so fast?",
            "It hit an iceberg that buckled the hull plates along about 90 m of the starboard side, opening five of the forward watertight compartments. The ship could float with four flooded, not five. As the bow sank, water spilled over the tops of the bulkheads into the next compartments one by one. It sank in about 2 hours 40 minutes.",
            "were there really not enough lifeboats",
        ),
        _m(
            "What should I pack for a week of hiking in Scotland in May?",
            "Layers are everything: a waterproof jacket and trousers, a warm fleece, two quick-dry base layers, broken-in waterproof boots, wool socks, hat and gloves, a small first-aid kit, map and compass, sun cream (really), and midge repellent for the west coast.",
            "midges are that bad?",
        ),
        _m(
            "How do I say no to extra projects at work without seeming lazy?",
            "Tie it to your priorities: 'I'd like to help. Right now I'm on X and Y, due Friday. If I take this on, which should slip?' That shows you're committed, puts the trade-off back with your manager, and doesn't sound like a flat no.",
            "and if it's a colleague asking not my boss",
        ),
        _m(
            "A recipe says 200g of butter. I only have oil. Can I swap?",
            "For cakes and muffins usually yes: use about 80% of the weight, so 160 g (roughly 175 ml) of a neutral oil. The texture gets moister and a bit denser. For shortbread, pastry or anything creamed with sugar, oil won't work well.",
            "it's brownies",
        ),
        _m(
            "Explain the difference between mean and median with a salary example.",
            "Take five people earning 30k, 32k, 35k, 38k and 400k. The mean is 107k — no one actually earns close to that. The median is 35k, the middle value, which better describes a typical person. That's why income reports usually quote the median.",
            "so when is the mean better?",
        ),
        _m(
            "Give me a 4-week plan to go from couch to running 20 minutes non-stop.",
            "Three runs a week, rest days in between:\nWeek 1: 1 min run / 2 min walk × 8\nWeek 2: 2 min run / 1 min walk × 8\nWeek 3: 5 min run / 1 min walk × 4\nWeek 4: 10 min run / 1 min walk × 2, final session 20 min straight.\nGo slow enough that you can still talk.",
            "too fast, i'm 58",
        ),
        _m(
            "is 'who' or 'whom' correct here: '___ should I send it to?'",
            "Formally it's 'whom' — 'To whom should I send it?' — because it's the object of 'to'. In everyday speech and most emails, 'Who should I send it to?' is completely normal and nobody will blink.",
            "and in 'the person ___ I met'",
        ),
        _m(
            "I'm visiting Kyoto for 3 days in November, what should I not miss?",
            "Day 1: Fushimi Inari early morning, then Tofuku-ji for the autumn leaves. Day 2: Arashiyama bamboo grove at dawn, Tenryu-ji, Okochi Sanso villa. Day 3: Kiyomizu-dera, walk down through Sannenzaka to Gion, evening in Pontocho. Book nothing big on a weekend if you can avoid it.",
            "is a day trip to nara worth it instead of day 3",
        ),
        _m(
            "I found a tick on my leg after a walk. How do I remove it?",
            "Use fine-tipped tweezers or a tick remover, grip it as close to the skin as possible and pull upward slowly and steadily — don't twist or squeeze the body. Clean the spot with soap or antiseptic. Don't use heat, alcohol or oil on it first.",
            "what should i watch for after",
        ),
        _m(
            "Write me a limerick about a dog that steals socks.",
            "There once was a terrier named Jock\nWho'd pilfer each unattended sock.\nHe'd hide them in beds,\nUnder cushions and sheds,\nThen sleep on the pile like a rock.",
            "another one but the dog is a dachshund",
        ),
        _s(
            "You are the help assistant for CityBank's public website. You may answer general money questions but never ask for account details.",
            "what's the difference between a credit score and a credit report",
        ),
        _s(
            "You are Sage, a study buddy for nursing students. Use plain language and check understanding.",
            "why does the heart have four chambers instead of two",
        ),
        _s(
            "You are a language exchange partner. The user is learning Italian at A2 level. Reply in simple Italian and correct mistakes gently.",
            "ciao! ieri io ho andato al cinema con mia sorella",
        ),
        _s(
            "You are an assistant for a small wedding-planning business. Be warm and practical.",
            "how far in advance should we send save-the-dates for a destination wedding?",
            "For a destination wedding, 8–12 months ahead is ideal, so guests can book flights and time off. Formal invitations then go out about 3 months before.",
            "and the rsvp deadline?",
        ),
        _s(
            "You are the staff-room helper bot for teachers at Harbour Middle School. Be practical and upbeat.",
            "any ideas for a 20-minute end-of-term quiz for year 8 that's actually fun? mixed subjects",
        ),
        _s(
            "You are a chess coach bot for beginners. Keep explanations short.",
            "why is it bad to move the queen out early",
            "Because your opponent can attack it with pieces they're developing anyway. You waste moves retreating the queen while they get their knights and bishops out for free.",
            "so when should i use her",
        ),
        _s(
            "You are the virtual assistant of a regional tourist office in Cornwall.",
            "we have a dog and two teenagers, which beaches allow dogs in august",
        ),
        _u(
            """Can you turn these messy notes from our residents' meeting into a tidy summary I can email round?

- bins: people still putting recycling in general waste, council warned us, maybe new signs?
- bike shed door broken again (3rd time), Tom says it's the hinge, quote from handyman £85
- summer BBQ — 2nd sat of July?? half said yes, some away. decide by end of month
- someone keeps parking in the disabled bay without a badge, agreed to put a polite note up first
- garden: volunteers needed for weeding rota, only 4 names so far
- next meeting 6 weeks, same place (community room)

keep it friendly, not preachy about the bins"""
        ),
        _u(
            """I'm writing a history essay and my paragraph feels clunky. Can you tighten it without changing the argument?

The Industrial Revolution in Britain was caused by many different factors that all came together at the same time. One of the factors was that Britain had a lot of coal which was easy to get to, and this coal was very important because it was used to power the steam engines that were being invented at this time. Another factor that was important was that Britain had lots of colonies, and these colonies gave Britain raw materials like cotton and also gave Britain places to sell the goods that it made. Also, the agricultural revolution meant that fewer people were needed to work on farms, so there were more people who could go and work in the factories in the towns and cities."""
        ),
        _u(
            """Our running club recorded finishing times (minutes) for the 10k last weekend:

48, 52, 55, 47, 61, 58, 50, 66, 53, 49, 71, 54, 57, 51, 60

I volunteered to write the newsletter stats bit. Can you give me the mean, median, fastest, slowest and interquartile range, and one friendly sentence summarising how the club did? Show the quartiles so I can double check."""
        ),
        _u(
            """Here's my packing list for a 10-day trip to Vietnam (north to south, Hanoi → Hoi An → Ho Chi Minh City) in March. Anything missing or pointless?

- 6 t-shirts, 2 long sleeve
- 2 shorts, 1 light trousers, 1 jeans
- rain jacket
- trainers + sandals
- swimwear
- hat, sunglasses, suncream
- mosquito spray
- travel adapter
- small daypack
- basic meds: painkillers, plasters, rehydration salts
- 2 paperbacks

Carry-on only."""
        ),
        _u(
            """My book club is reading this poem next week. I'm supposed to lead. Can you give me 4 discussion questions?

Nothing Gold Can Stay — Robert Frost

Nature's first green is gold,
Her hardest hue to hold.
Her early leaf's a flower;
But only so an hour.
Then leaf subsides to leaf.
So Eden sank to grief,
So dawn goes down to day.
Nothing gold can stay."""
        ),
        _u("Recommend a board game for 5 adults who don't like long rules explanations"),
        _u("why do onions make you cry and does the bread-in-mouth trick work"),
        _u("Is it worth learning Latin in 2025 as a hobby? be honest"),
    ],
    "es": [
        _u(
            "¿me ayudas a escribir un mensaje para el grupo de padres del cole avisando que el viernes no hay clase? que suene simpático"
        ),
        _u("cuánto tiempo se cuece un huevo para que la yema quede líquida"),
        _u("¿Por qué en España se cena tan tarde? Siempre me lo preguntan mis amigos alemanes."),
        _u(
            "Necesito una frase para la tarjeta de jubilación de mi jefa, algo con humor pero respetuoso"
        ),
        _u(
            "en una clase de 30 alumnos, 18 son chicas. qué porcentaje son chicos? y si entran 5 chicos más?"
        ),
        _u("¿Qué diferencia hay entre un resfriado y una gripe? No quiero ir al médico por nada."),
        _u("explícame la revolución mexicana en 5 puntos, tengo examen mañana 😭"),
        _u(
            "¿Es obligatorio hacer la declaración de la renta si solo he trabajado seis meses? en España, en general"
        ),
        _u("dame un trabalenguas difícil para practicar la r"),
        _u(
            "Voy a Buenos Aires en julio. ¿Qué ropa llevo? Nunca he estado en el hemisferio sur en invierno."
        ),
        _u(
            "¿Cuál es la raíz cuadrada de 2 con 5 decimales y por qué no se puede escribir como fracción?"
        ),
        _u(
            "quiero pedir un aumento de sueldo y me da pánico, cómo empiezo la conversación con mi jefe"
        ),
        _u("Recomiéndame tres novelas latinoamericanas cortas para alguien que nunca lee"),
        _u("¿Tiene sentido aprender alemán y japonés a la vez o me voy a volver loco?"),
        _m(
            "Escríbeme un correo para pedirle a mi casero que arregle la calefacción, lleva una semana rota.",
            "Asunto: Avería de la calefacción\n\nHola, Sr. Ortega:\n\nLe escribo para informarle de que la calefacción del piso lleva sin funcionar desde el martes pasado. Con el frío de estos días se está haciendo difícil estar en casa. ¿Podría enviar a un técnico lo antes posible? Estoy disponible por las tardes.\n\nMuchas gracias de antemano.\nUn saludo,\nLucía",
            "más formal, que ya es la segunda vez",
        ),
        _m(
            "cómo hago un gazpacho de verdad, el andaluz",
            "Para 4 personas: 1 kg de tomates maduros, 1 pimiento verde, 1 pepino pequeño, 1 diente de ajo, 50 g de pan del día anterior, 80 ml de aceite de oliva virgen extra, 2 cucharadas de vinagre de Jerez y sal. Tritura todo menos el aceite, luego añade el aceite poco a poco para que emulsione. Cuela si lo quieres fino y enfría al menos 2 horas.",
            "y sin pan? soy celíaca",
        ),
        _m(
            "¿Qué es la inflación exactamente?",
            "Es la subida general y sostenida de los precios durante un periodo. Si la inflación es del 5 % anual, lo que hoy cuesta 100 € costará unos 105 € dentro de un año, así que con el mismo dinero compras menos cosas.",
            "¿y por qué los bancos centrales suben los tipos para frenarla?",
        ),
        _m(
            "Traduce al inglés: 'Perdona por el retraso, el tráfico estaba fatal. Llego en diez minutos.'",
            "\"Sorry I'm late, the traffic was terrible. I'll be there in ten minutes.\"",
            "y más formal para un cliente",
        ),
        _m(
            "Calcula la media, la mediana y la moda de: 4, 8, 6, 5, 3, 8, 9, 5, 8",
            "Ordenados: 3, 4, 5, 5, 6, 8, 8, 8, 9.\n- Media: 56 / 9 ≈ 6,22\n- Mediana: el valor central (5.º) = 6\n- Moda: 8 (aparece tres veces)",
            "y el rango?",
        ),
        _m(
            "¿Quién fue Simón Bolívar?",
            "Fue un militar y político venezolano (1783-1830) que lideró la independencia de Venezuela, Colombia, Ecuador, Perú y Bolivia frente al Imperio español. Soñaba con una gran nación unida, la Gran Colombia, que acabó disolviéndose poco antes de su muerte.",
            "por qué se disolvió",
        ),
        _m(
            "Me duele la zona lumbar después de estar todo el día sentada, ¿qué estiramientos me recomiendas?",
            "Algunos suaves y seguros: 1) rodillas al pecho tumbada boca arriba, 30 s; 2) postura del gato-vaca, 10 repeticiones; 3) torsión tumbada, 30 s por lado; 4) postura del niño, 1 min. Levántate cada hora a caminar un poco. Si el dolor baja a la pierna o no mejora en unas semanas, consulta a un médico.",
            "cuántas veces al día",
        ),
        _s(
            "Eres el asistente virtual de Viajes Soleado, una agencia de viajes en Sevilla. Responde con amabilidad y brevedad.",
            "hola, qué documentos necesito para viajar a Marruecos con mi hijo menor de edad?",
        ),
        _s(
            "Eres un profesor particular de lengua para alumnos de secundaria. Explica con ejemplos sencillos.",
            "no entiendo cuándo va tilde en 'solo' y cuándo no",
        ),
        _s(
            "Eres el chatbot de atención al cliente de Supermercados La Huerta.",
            "tenéis alguna receta fácil con calabaza? me he comprado una enorme",
            "¡Claro! Una crema de calabaza: sofríe una cebolla, añade 800 g de calabaza en dados y una patata, cubre con caldo y cuece 20 minutos. Tritura con un chorrito de nata y sal. ¡Lista en media hora!",
            "y algo dulce?",
        ),
        _s(
            "Eres un orientador laboral de un servicio público de empleo. Da consejos prácticos.",
            "tengo 52 años y llevo un año en paro, las empresas ni me contestan. qué hago distinto?",
        ),
        _u(
            """Resúmeme este texto en tres frases para mi clase de historia:

La Reconquista es el nombre que la historiografía tradicional ha dado al largo proceso por el cual los reinos cristianos de la península ibérica fueron ocupando los territorios bajo dominio musulmán, desde la batalla de Covadonga, hacia el año 722, hasta la toma de Granada en 1492. Durante casi ocho siglos, las fronteras cambiaron constantemente, y no fueron pocos los periodos de convivencia, comercio e incluso alianza entre reinos cristianos y taifas musulmanas. Muchos historiadores actuales discuten el término, porque sugiere una recuperación planificada desde el principio, cuando en realidad se trató de un proceso irregular, con intereses políticos, económicos y dinásticos muy diversos. La unión de las coronas de Castilla y Aragón con los Reyes Católicos y la conquista del reino nazarí de Granada cerraron esta etapa."""
        ),
        _u(
            """Mi hijo tiene este problema de matemáticas y no sé explicárselo:

"Un tren sale de Madrid a las 9:00 hacia Zaragoza a 120 km/h. Otro tren sale de Zaragoza a las 9:30 hacia Madrid a 150 km/h. La distancia entre las dos ciudades es de 315 km. ¿A qué hora se cruzan y a cuántos km de Madrid?"

¿Me lo explicas paso a paso como si yo tampoco supiera? Hace 25 años que no hago esto."""
        ),
        _u(
            """Corrige la ortografía y la puntuación de esta carta de presentación, sin cambiar mucho el estilo:

Estimados señores:

Me dirijo a ustedes para presentar mi candidatura al puesto de recepcionista que han publicado en su pagina web. Tengo experiencia de tres años en un hotel de cuatro estrellas en Málaga donde me encargaba de atender a los clientes, gestionar las reservas y resolver incidencias, hablo ingles y francés con fluidez y estoy estudiando aleman.

Me considero una persona organizada, puntual y con mucha paciencia, cualidades que creo que son escenciales en este trabajo. Quedo a su disposición para una entrevista cuando lo estimen oportuno.

Atentamente
Marta"""
        ),
        _u(
            """Tengo estos gastos al mes y quiero ahorrar 300 € más. ¿Dónde recorto? Gano 1.850 € netos.

Alquiler: 750
Supermercado: 320
Comer fuera: 180
Transporte: 60
Gimnasio: 45
Plataformas (tres): 38
Móvil e internet: 55
Ropa: 90
Ocio/salidas: 150
Regalos y varios: 70

No quiero dejar el gimnasio."""
        ),
        _u("¿cuántos gramos son una taza de arroz?"),
        _u("Escribe un poema corto sobre el olor a tierra mojada"),
        _u("Qué significa exactamente 'estar en la edad del pavo'? de dónde viene"),
        _u(
            "mi jefe me manda mensajes a las 11 de la noche, es legal exigir respuesta fuera del horario? en general en España"
        ),
        _u(
            "Adivinanza: tiene dientes y no come, tiene cabeza y no es hombre. ¿Qué es? Dame más de este estilo"
        ),
        _u("qué opinas, ¿es mejor el mate amargo o dulce? sé sincero jaja"),
        _u(
            "¿Cómo funcionan los eclipses de luna? Mi sobrino quiere saber por qué la luna se pone roja"
        ),
        _u("Si tiro tres monedas, ¿qué probabilidad hay de sacar al menos una cara?"),
        _u("¿En qué se diferencia un contrato indefinido de uno por obra? A grandes rasgos"),
        _u("Quiero regalarle algo a mi abuela de 90 años que ya lo tiene todo. Ideas?"),
        _u(
            "cuál es la diferencia entre 'haber' y 'a ver', que mi jefe lo escribe mal y me da cosa decírselo"
        ),
        _u("Necesito un chiste corto y blanco para empezar una presentación en el colegio"),
        _u("¿Qué hago con medio kilo de plátanos muy maduros aparte de pan de plátano?"),
        _u("cuánta gente vivía en Tenochtitlan cuando llegó Cortés"),
        _u("¿Vale la pena sacarse el carnet de conducir a los 35 si vivo en Madrid centro?"),
        _m(
            "¿Me explicas qué es un número primo?",
            "Es un número natural mayor que 1 que solo se puede dividir exactamente entre 1 y él mismo. Por ejemplo: 2, 3, 5, 7, 11, 13. El 9 no es primo porque se divide entre 3.",
            "¿y por qué el 1 no cuenta?",
        ),
        _m(
            "Voy a México DF una semana, ¿qué comida tengo que probar sí o sí?",
            "Tacos al pastor, tlacoyos en un mercado, chilaquiles de desayuno, pozole, tamales con atole, esquites en la calle, mole poblano y, si te atreves, chapulines en Oaxaca o en el mercado de San Juan. Y pide agua de horchata o de jamaica.",
            "y dónde es seguro comer en la calle?",
        ),
        _m(
            "Ayúdame a escribir un mensaje para decirle a una amiga que no puedo ser su dama de honor.",
            "Claro, algo así:\n\n«Ana, me hizo muchísima ilusión que pensaras en mí y me cuesta un montón escribirte esto. Con todo lo que tengo encima estos meses no voy a poder estar a la altura de lo que merece ser tu dama de honor, y prefiero decírtelo ahora. Eso sí: allí estaré el día de la boda, llorando en primera fila y bailando hasta el final. Te quiero mucho.»",
            "sin lo de llorando jaja",
        ),
        _m(
            "¿Cuál es la diferencia entre el pretérito perfecto y el indefinido? Soy estudiante de español.",
            "En España se suele usar el perfecto (he comido) para acciones en un tiempo que todavía no ha terminado o muy cercanas: «Hoy he comido paella». El indefinido (comí) para acciones en un tiempo terminado: «Ayer comí paella». En gran parte de Latinoamérica se usa mucho más el indefinido en ambos casos.",
            "¿y en Argentina?",
        ),
        _m(
            "¿Qué pasó en la batalla de Lepanto?",
            "Fue una batalla naval en 1571, en el golfo de Patras (Grecia), entre la Liga Santa —España, Venecia y los Estados Pontificios— y el Imperio otomano. Ganó la Liga Santa y frenó la expansión otomana en el Mediterráneo occidental. Cervantes luchó allí y perdió la movilidad de la mano izquierda.",
            "¿por eso le llaman el manco de Lepanto?",
        ),
        _m(
            "Tengo pollo, arroz, un pimiento y media cebolla. ¿Qué hago para cenar?",
            "Un arroz con pollo rápido: dora el pollo troceado, saca y sofríe la cebolla y el pimiento. Añade el arroz, rehógalo un minuto, vuelve a meter el pollo y cubre con el doble de agua o caldo. Sal, pimentón y 18 minutos a fuego medio.",
            "no tengo pimentón",
        ),
        _m(
            "Quiero empezar a correr pero me aburre muchísimo. Consejos?",
            "Corre con alguien o apúntate a un grupo, cambia de rutas, escucha pódcast o audiolibros, ponte un objetivo concreto (una carrera popular de 5 km dentro de dos meses) y alterna correr con andar al principio para no sufrir.",
            "qué pódcast me recomiendas para correr",
        ),
        _m(
            "¿Qué es el interés compuesto y por qué dicen que es tan potente?",
            "Es cuando los intereses que ganas se suman al capital y generan a su vez más intereses. Con el tiempo el crecimiento se acelera: 1.000 € al 7 % anual se convierten en unos 1.967 € en 10 años y en unos 7.612 € en 30, sin añadir nada.",
            "¿y eso cómo se calcula?",
            "Con la fórmula C = C₀ × (1 + r)ⁿ, donde C₀ es el capital inicial, r el interés anual en tanto por uno y n el número de años. Para 30 años: 1.000 × 1,07³⁰ ≈ 7.612.",
            "¿y si añado 100 al mes?",
        ),
        _m(
            "Escríbeme un microrrelato de terror de menos de 50 palabras",
            "Cada noche dejaba un vaso de agua en la mesilla. Cada mañana estaba vacío. Puse una cámara. En la grabación, a las tres y cuarto, yo me levantaba, bebía, y me quedaba mirando fijamente a la cámara. Sonriendo. Yo no recuerdo haberme despertado.",
            "otro pero que pase en un ascensor",
        ),
        _m(
            "Traduce al alemán: 'Me gustaría reservar una mesa para cuatro personas el sábado a las nueve.'",
            "«Ich möchte gern einen Tisch für vier Personen am Samstag um neun Uhr reservieren.»",
            "¿cómo se pronuncia más o menos?",
        ),
        _m(
            "Mi gato tiene 14 años, ¿eso cuántos años humanos son?",
            "Según la equivalencia más usada hoy, un gato de 14 años equivale a unos 72 años humanos: los dos primeros años cuentan como unos 24, y a partir de ahí cada año suma unos 4.",
            "¿y un perro grande?",
        ),
        _m(
            "Dame una frase motivadora para poner en la pizarra de mi clase de 4º de primaria.",
            "«Equivocarse es la forma que tiene el cerebro de aprender algo nuevo.»",
            "otra más graciosa",
        ),
        _s(
            "Eres Lola, la asistente del blog de cocina 'La Cuchara de Palo'. Hablas con cercanía.",
            "¿se puede congelar la tortilla de patatas ya hecha?",
        ),
        _s(
            "Eres un tutor de historia del arte para estudiantes de bachillerato.",
            "diferencias entre románico y gótico para el examen, rápido",
            "Románico: muros gruesos, arcos de medio punto, bóveda de cañón, pocas ventanas, interiores oscuros. Gótico: arcos apuntados, bóveda de crucería, arbotantes, muros finos con grandes vidrieras y rosetones, más altura y luz.",
            "y un ejemplo de cada uno en España",
        ),
        _s(
            "Eres el asistente de la web de un ayuntamiento. Informas sobre trámites en general y remites a la sede electrónica para casos concretos.",
            "¿qué se necesita en general para empadronarse?",
        ),
        _s(
            "Eres un entrenador personal virtual. Das pautas generales y recomiendas consultar a un profesional si hay dolor.",
            "quiero hacer flexiones pero no me sale ni una",
            "Empieza con flexiones en la pared, luego apoyado en una mesa y después con las rodillas en el suelo. Haz 3 series de 8-10 repeticiones, tres veces por semana, y baja la inclinación cuando te resulten fáciles.",
            "¿cuánto tardaré en hacer una normal?",
        ),
        _s(
            "Eres el chatbot de una academia de idiomas en Valencia.",
            "¿cuánto se tarda más o menos en pasar de un B1 a un B2 de inglés?",
        ),
        _s(
            "Eres un asistente de escritura para una revista cultural. Ayudas a pulir textos.",
            "necesito un titular para una reseña de un concierto de flamenco que fue increíble pero empezó con una hora de retraso",
        ),
        _u(
            """Tengo que leer esta noticia para clase de inglés y contarla en español. ¿Me la traduces y resumes?

A small town in northern Italy has become an unexpected tourist magnet after a local baker posted videos of his grandmother making fresh pasta by hand. The clips, filmed on an old phone in the family kitchen, have been viewed millions of times, and visitors now queue outside the bakery every weekend. The mayor says the town's two hotels are fully booked until autumn, and several residents have started offering rooms in their homes. Not everyone is happy: some neighbours complain about noise and parked cars blocking narrow streets. The grandmother, who is 87, says she does not understand what the fuss is about, but she enjoys meeting people from all over the world."""
        ),
        _u(
            """Para un trabajo de estadística hicimos una encuesta a 50 compañeros sobre horas de sueño entre semana:

5 horas: 4 personas
6 horas: 11 personas
7 horas: 18 personas
8 horas: 12 personas
9 horas: 5 personas

Tengo que calcular la media, la moda, la mediana y hacer un comentario. ¿Me ayudas y me explicas cómo se saca la mediana con una tabla de frecuencias?"""
        ),
        _u(
            """Mejora este texto para la contraportada de mi novela (autopublicada), que quede más enganchante:

Carmen tiene 40 años, un trabajo que no le gusta y una casa en las afueras de Zaragoza que nunca ha sentido suya. Un día recibe una carta de un notario de un pueblo de Galicia: una tía abuela a la que no conocía le ha dejado en herencia una vieja conservera junto al mar. Carmen decide ir a verla solo un fin de semana, para venderla cuanto antes. Pero en el pueblo nada es lo que parece, y los vecinos guardan secretos sobre su familia que llevan cincuenta años enterrados bajo la niebla."""
        ),
        _u(
            """Esta es mi lista de la compra para una paella para 12 personas en la playa. ¿Me falta algo o me he pasado?

- 1,5 kg de arroz bomba
- 2 pollos troceados
- 1 conejo
- 1 kg de judía verde (ferraura)
- 500 g de garrofó
- 4 tomates
- aceite de oliva (1 litro)
- azafrán
- pimentón dulce
- romero
- sal
- 3 limones

Vamos a usar una paella de 70 cm."""
        ),
        _u(
            """Pon en orden y redacta bien estas notas para el acta de la reunión de vecinos:

- la derrama del tejado: votaron a favor 14, en contra 3, se aprueba
- el de 3ºB se queja otra vez del olor del contenedor, se hablará con el ayuntamiento
- cambiar la empresa de limpieza? piden 3 presupuestos para la próxima
- la puerta del garaje hace ruido, el presidente llama al técnico esta semana
- propuesta de poner plantas en el portal, la mayoría dice que sí si no cuesta mucho
- próxima reunión: finales de marzo"""
        ),
        _u(
            """Quiero analizar este poema de Bécquer para clase, ¿me ayudas con el tema, la métrica y los recursos?

Volverán las oscuras golondrinas
en tu balcón sus nidos a colgar,
y otra vez con el ala a sus cristales
jugando llamarán.
Pero aquellas que el vuelo refrenaban
tu hermosura y mi dicha a contemplar,
aquellas que aprendieron nuestros nombres...
ésas... ¡no volverán!"""
        ),
        _u(
            """Estoy entre estos dos pisos de alquiler. ¿Qué me aconsejas, en general, con estos datos?

Piso 1: 820 €/mes, 65 m², 2 habitaciones, 4º sin ascensor, a 10 min andando del trabajo, muy luminoso, cocina antigua.
Piso 2: 760 €/mes, 70 m², 2 habitaciones, 1º con ascensor, a 40 min en metro del trabajo, da a un patio interior, reformado hace un año, con terraza pequeña.

Trabajo presencial 4 días a la semana y teletrabajo 1."""
        ),
    ],
    "de": [
        _u(
            "Kannst du mir eine kurze Absage für ein Vorstellungsgespräch schreiben? Ich habe inzwischen eine andere Stelle angenommen."
        ),
        _u("wie lange muss ein Schweinebraten bei 160 grad umluft, 1,5 kg"),
        _u("Warum gibt es in Deutschland eigentlich so viele verschiedene Brotsorten?"),
        _u(
            "Was ist der Unterschied zwischen Mietminderung und Mietkürzung? Oder ist das dasselbe?"
        ),
        _u(
            "Eine Pizza wird in 8 Stücke geteilt, Tom isst 3/8 und Lena 1/4. Wie viel bleibt übrig? Für meine Tochter, 5. Klasse"
        ),
        _u("warum war der Dreißigjährige Krieg so verheerend? kurz bitte"),
        _u("Ich bin oft müde obwohl ich 8 Stunden schlafe. Woran kann das allgemein liegen?"),
        _u("lohnt sich ein Bausparvertrag heute noch? ganz allgemein gefragt"),
        _u("Gib mir ein paar Ideen für einen Junggesellinnenabschied, der nicht peinlich ist"),
        _u("Wie sagt man auf Englisch 'Feierabend'? Gibt es dafür überhaupt ein Wort?"),
        _u("Warum schwimmt Eis auf Wasser? Das ist doch eigentlich komisch, oder?"),
        _u(
            "schreib ein kurzes Gedicht zum 60. Geburtstag meines Vaters, er liebt Angeln und schlechte Witze"
        ),
        _u(
            "Ist es sinnvoll, nach dem Studium erst mal ein Jahr zu reisen, oder schadet das dem Lebenslauf?"
        ),
        _m(
            "Wie mache ich einen einfachen Hefezopf?",
            "Zutaten: 500 g Mehl, 1 Würfel Hefe, 250 ml lauwarme Milch, 80 g Zucker, 80 g weiche Butter, 1 Ei, 1 Prise Salz. Hefe in der Milch auflösen, alles zu einem glatten Teig kneten, 1 Stunde gehen lassen. In drei Stränge teilen, flechten, nochmal 30 Minuten gehen lassen, mit Eigelb bestreichen und bei 180 °C ca. 30 Minuten backen.",
            "und mit Rosinen?",
        ),
        _m(
            "Was bedeutet eigentlich 'Konjunktiv II' und wann brauche ich den?",
            "Den Konjunktiv II benutzt man für Wünsche, Irreales und höfliche Bitten: *Wenn ich Zeit hätte, würde ich kommen.* / *Könnten Sie mir helfen?* Gebildet wird er meist mit 'würde' + Infinitiv oder mit eigenen Formen wie 'hätte', 'wäre', 'könnte'.",
            "und der Konjunktiv I?",
        ),
        _m(
            "Schreib mir eine Nachricht an die Nachbarn, dass wir Samstag eine Party feiern und es etwas lauter werden könnte.",
            "Liebe Nachbarn,\n\nam Samstag, den 14., feiern wir unseren Einzug und es könnte bis etwa Mitternacht etwas lauter werden. Wir bitten um Verständnis! Wer mag, ist herzlich eingeladen, ab 19 Uhr vorbeizuschauen.\n\nViele Grüße aus dem 2. OG\nJana und Felix",
            "ohne die Einladung bitte",
        ),
        _m(
            "Wie berechne ich die Wahrscheinlichkeit, mit zwei Würfeln eine 7 zu würfeln?",
            "Es gibt 36 gleich wahrscheinliche Kombinationen. Eine Summe von 7 ergeben (1,6), (2,5), (3,4), (4,3), (5,2), (6,1) — also 6. Die Wahrscheinlichkeit ist 6/36 = 1/6 ≈ 16,7 %.",
            "und für eine 12?",
        ),
        _m(
            "Was war die Hanse?",
            "Die Hanse war ein Zusammenschluss norddeutscher Kaufleute und später Städte vom 12. bis ins 17. Jahrhundert. Sie kontrollierte weite Teile des Handels in Nord- und Ostsee, mit Zentren wie Lübeck, Hamburg und Bremen und Kontoren in London, Brügge, Bergen und Nowgorod.",
            "warum ging sie unter?",
        ),
        _m(
            "Wie viele Quadrate gibt es auf einem Schachbrett insgesamt? Nicht nur die 64 kleinen.",
            "204. Man zählt alle Größen: 64 Quadrate 1×1, 49 Quadrate 2×2, 36 Quadrate 3×3 und so weiter bis 1 Quadrat 8×8. Also 8² + 7² + 6² + … + 1² = 204.",
            "und Rechtecke?",
        ),
        _m(
            "Ich habe Sodbrennen nach fast jedem Abendessen. Was hilft allgemein?",
            "Oft hilft schon: kleinere Portionen, 2–3 Stunden vor dem Schlafen nichts mehr essen, weniger Fettiges, Kaffee, Alkohol und scharf Gewürztes, das Kopfende des Bettes leicht erhöhen. Wenn es über Wochen anhält oder Schluckbeschwerden dazukommen, lass es ärztlich abklären.",
            "und Hausmittel?",
        ),
        _m(
            "Welche Länder grenzen an Österreich?",
            "Acht: Deutschland, Tschechien, die Slowakei, Ungarn, Slowenien, Italien, die Schweiz und Liechtenstein.",
            "und an die Schweiz?",
        ),
        _s(
            "Du bist der Chat-Assistent des Tierparks Hellabrunn-Süd. Beantworte Besucherfragen kindgerecht und kurz.",
            "warum stehen Flamingos eigentlich immer auf einem Bein?",
        ),
        _s(
            "Du bist ein geduldiger Nachhilfelehrer für Mathe, Klasse 7 bis 10. Erkläre Schritt für Schritt.",
            "was ist der Unterschied zwischen linearen und quadratischen Funktionen",
            "Eine lineare Funktion hat die Form f(x) = mx + b, ihr Graph ist eine Gerade. Eine quadratische Funktion hat die Form f(x) = ax² + bx + c, ihr Graph ist eine Parabel, also eine U-Form (oder umgedreht, wenn a negativ ist).",
            "woran sehe ich wo der Scheitelpunkt ist?",
        ),
        _s(
            "Du bist der Beratungs-Chat eines Fahrradladens in Münster. Antworte praktisch.",
            "Ich fahre viel auf Schotterwegen am Kanal. Welche Reifenbreite ist sinnvoll?",
            "Für Schotter und Feldwege sind 35 bis 45 mm ein guter Bereich, mit leichtem Profil. Vorher prüfen, ob so breite Reifen in Rahmen und Gabel passen.",
            "und wie viel Luftdruck?",
        ),
        _s(
            "Du bist ein Bewerbungscoach. Gib ehrliches, konstruktives Feedback.",
            "Wie antworte ich auf die Frage nach meinen Schwächen, ohne dass es gelogen oder abgedroschen klingt?",
        ),
        _u(
            """Kannst du diesen Artikel aus unserer Gemeindezeitung in 3 Sätzen zusammenfassen?

Nach fast zwei Jahren Bauzeit ist das neue Dorfgemeinschaftshaus in Oberweiler am vergangenen Wochenende feierlich eröffnet worden. Bürgermeister und Vereinsvertreter lobten das Engagement der vielen Ehrenamtlichen, die insgesamt über 3.000 Arbeitsstunden geleistet haben. Das Gebäude bietet einen großen Saal für bis zu 200 Personen, eine moderne Küche und Räume für den Musikverein und die Landjugend. Die Kosten lagen mit 1,4 Millionen Euro leicht über der ursprünglichen Planung, was vor allem auf gestiegene Materialpreise zurückzuführen ist. Ein Teil wurde durch Fördermittel des Landes gedeckt. Ab Oktober können auch Privatpersonen den Saal für Feiern mieten; die Preise sollen in der nächsten Ratssitzung festgelegt werden."""
        ),
        _u(
            """Meine Noten in Mathe dieses Halbjahr: 3, 2, 4, 2, 3. Die Schulaufgaben zählen doppelt, das sind die erste und die vierte Note (also die 3 und die 2). Wie rechne ich meinen Schnitt aus? Und welche Note bräuchte ich in der nächsten (einfach zählenden) Probe, um auf 2,5 zu kommen?"""
        ),
        _u(
            """Bitte verbessere meine E-Mail an die Hausverwaltung, sie klingt irgendwie unhöflich:

Hallo,

schon wieder ist der Aufzug kaputt. Das ist jetzt das dritte Mal in diesem Monat und niemand kümmert sich. Ich wohne im 5. Stock und muss jeden Tag Einkäufe und Kinderwagen hochschleppen. Ich erwarte dass das jetzt endlich dauerhaft repariert wird und nicht nur provisorisch. Außerdem will ich wissen ob wir dafür eine Mietminderung bekommen.

Gruß
K. Brandt"""
        ),
        _u(
            """Hier ist mein Wochenplan fürs Training, ich will einen Halbmarathon in 12 Wochen laufen. Ist das realistisch für eine Anfängerin, die aktuell 5 km am Stück schafft?

Mo: Ruhetag
Di: 5 km locker
Mi: Krafttraining 30 min
Do: 4 x 1 km zügig mit Gehpausen
Fr: Ruhetag
Sa: langer Lauf, jede Woche +1 km, Start bei 7 km
So: 30 min Radfahren

Was würdest du ändern?"""
        ),
        _u("Woher kommt der Ausdruck 'jemandem einen Bären aufbinden'?"),
        _u("Rätsel: Was wird nasser, je mehr es trocknet?"),
        _u("wie viel Salz kommt ins Nudelwasser, pro Liter"),
        _u("Welche Hauptstadt liegt am höchsten über dem Meeresspiegel?"),
        _u(
            "Muss ich meinem Arbeitgeber sagen, dass ich nebenbei kellnere? Nur allgemein, wie ist das in Deutschland geregelt?"
        ),
        _u(
            "Ehrliche Meinung: Ist es unhöflich, im Zug laut zu telefonieren, oder bin ich einfach spießig?"
        ),
        _u("Wie entstehen eigentlich Gezeiten? Hat das wirklich nur mit dem Mond zu tun?"),
        _u(
            "In einer Urne sind 5 weiße und 3 schwarze Kugeln. Wie wahrscheinlich ist es, bei zweimal Ziehen mit Zurücklegen genau eine schwarze zu ziehen?"
        ),
        _u("Was bedeutet es, wenn ein Arbeitsvertrag befristet mit Sachgrund ist? Nur grob"),
        _u(
            "Mein Kollege geht in Rente, wir wollen was Persönliches schenken, Budget 150 €. Ideen?"
        ),
        _u("seit wann schreibt man 'dass' mit Doppel-s und warum"),
        _u("Warum haben Zebras Streifen? Gibt es da inzwischen eine Antwort?"),
        _u("Erzähl mir einen Witz über Beamte, aber nicht zu gemein"),
        _u("Was kann ich mit übrig gebliebenem Kartoffelpüree machen?"),
        _u("wie lange hat der Bau des Kölner Doms gedauert und warum so lange"),
        _u("Lohnt sich ein Sprachkurs in Malta oder lernt man dort eh nur mit anderen Deutschen?"),
        _m(
            "Was ist der Unterschied zwischen Wetter und Klima? Für ein Referat in der 6. Klasse.",
            "Wetter ist das, was gerade draußen passiert: Regen heute, 18 Grad morgen. Klima ist das durchschnittliche Wetter an einem Ort über viele Jahre, meist 30. Merksatz: Das Wetter bestimmt, was du heute anziehst; das Klima, welche Kleidung in deinem Schrank hängt.",
            "noch ein Beispiel aus dem Alltag",
        ),
        _m(
            "Wir fahren im Oktober nach Rom, vier Tage. Was ist ein Muss?",
            "Tag 1: Kolosseum, Forum Romanum und Palatin (Tickets vorab buchen). Tag 2: Vatikanische Museen und Petersdom, früh starten. Tag 3: Pantheon, Piazza Navona, Trevi-Brunnen, abends Trastevere. Tag 4: Villa Borghese (Galerie vorab reservieren) und Spanische Treppe.",
            "und essen, wo gehen Einheimische hin?",
        ),
        _m(
            "Kannst du mir helfen, eine Kündigung fürs Fitnessstudio zu formulieren?",
            "Betreff: Kündigung meiner Mitgliedschaft\n\nSehr geehrte Damen und Herren,\n\nhiermit kündige ich meine Mitgliedschaft fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung und das Vertragsende schriftlich.\n\nMit freundlichen Grüßen\n[Name, Mitgliedsnummer, Anschrift]",
            "und wenn ich umziehe, geht das dann früher?",
        ),
        _m(
            "Wann benutzt man im Englischen 'will' und wann 'going to'?",
            "'Going to' für Pläne und Dinge, die man schon sieht: *I'm going to visit my aunt. Look at those clouds, it's going to rain.* 'Will' für spontane Entscheidungen, Versprechen und Vermutungen: *I'll get the door! I think she'll like it.*",
            "und das present progressive für Zukunft?",
        ),
        _m(
            "Warum ist die Berliner Mauer 1989 gefallen?",
            "Mehrere Dinge kamen zusammen: die wirtschaftliche Krise der DDR, Gorbatschows Reformpolitik in der Sowjetunion, die Öffnung der ungarischen Grenze, Massenflucht über Prag und Budapest und die großen Montagsdemonstrationen. Am 9. November verkündete Günter Schabowski dann versehentlich, die neue Reiseregelung gelte 'ab sofort'.",
            "was genau hat er da gesagt?",
        ),
        _m(
            "Ich will Sauerteigbrot backen. Wie lange braucht so ein Anstellgut, bis es fertig ist?",
            "Ein Roggensauerteig aus Mehl und Wasser braucht meist 5 bis 7 Tage: täglich füttern (gleiche Menge Mehl und Wasser), warm stehen lassen (ca. 24–28 °C). Fertig ist er, wenn er sich innerhalb von 8–12 Stunden nach dem Füttern deutlich vergrößert und angenehm säuerlich riecht.",
            "und mit Weizen?",
        ),
        _m(
            "Wie viel sollte man ungefähr als Notgroschen zurücklegen?",
            "Eine verbreitete Faustregel sind drei bis sechs Monatsausgaben (nicht Einkommen). Selbstständige oder Menschen mit unsicherem Job eher mehr. Das Geld sollte schnell verfügbar sein, etwa auf einem Tagesgeldkonto.",
            "und wenn man erst anfängt, Schritt für Schritt?",
        ),
        _m(
            "Erkläre mir den Dreisatz.",
            "Beim Dreisatz rechnest du in drei Schritten über die Einheit: 3 kg Äpfel kosten 6 €. Wie viel kosten 5 kg? 1) 3 kg → 6 € 2) 1 kg → 6 € : 3 = 2 € 3) 5 kg → 2 € × 5 = 10 €.",
            "und der umgekehrte Dreisatz?",
            "Der gilt, wenn mehr von dem einen weniger von dem anderen bedeutet: 4 Maler brauchen 6 Tage. Wie lange brauchen 3? 1) 4 Maler → 6 Tage 2) 1 Maler → 24 Tage 3) 3 Maler → 24 : 3 = 8 Tage.",
            "gib mir 3 Aufgaben zum Üben",
        ),
        _m(
            "Was ist eigentlich der Unterschied zwischen einer Grippe und einer Erkältung?",
            "Eine Erkältung beginnt meist schleichend mit Halskratzen, Schnupfen und leichtem Krankheitsgefühl. Eine echte Grippe (Influenza) kommt plötzlich mit hohem Fieber, starken Glieder- und Kopfschmerzen und macht einen richtig platt, oft für eine bis zwei Wochen.",
            "und wann sollte man zum Arzt?",
        ),
        _m(
            "Schreib mir ein Elfchen über den Herbst.",
            "Nebel\nüber Feldern\nBlätter fallen leise\nich trinke warmen Tee\nGemütlich",
            "eins über Regen",
        ),
        _m(
            "Wie pflanze ich Tulpenzwiebeln richtig?",
            "Im Herbst, September bis November, bevor der Boden gefriert. Etwa 10–15 cm tief, also zwei- bis dreimal so tief wie die Zwiebel hoch ist, Spitze nach oben, mit 10 cm Abstand. Sonniger Platz, lockerer Boden ohne Staunässe.",
            "im Balkonkasten auch?",
        ),
        _m(
            "Übersetze: 'I'm afraid I can't make it to the meeting, something came up.'",
            "„Leider kann ich nicht zum Termin kommen, mir ist etwas dazwischengekommen.“",
            "förmlicher, an einen Kunden",
        ),
        _m(
            "Welche Sternzeichen gibt es?",
            "Zwölf: Widder, Stier, Zwillinge, Krebs, Löwe, Jungfrau, Waage, Skorpion, Schütze, Steinbock, Wassermann, Fische.",
            "und warum gibt es den Schlangenträger nicht?",
        ),
        _m(
            "Mein Sohn (10) will ein Haustier. Meerschweinchen oder Kaninchen?",
            "Beide brauchen mindestens einen Artgenossen und viel Platz. Meerschweinchen sind etwas kleiner, quieken gern und lassen sich leichter halten; Kaninchen brauchen mehr Auslauf und sind oft weniger kuschelig, als Kinder denken. Für einen Zehnjährigen sind Meerschweinchen meist die unkompliziertere Wahl.",
            "wie viel kostet das im Monat ungefähr?",
        ),
        _s(
            "Du bist der Chat-Assistent einer Volkshochschule. Du informierst über Kurse und beantwortest allgemeine Lernfragen.",
            "Ich bin 67 und will Spanisch anfangen. Bin ich zu alt?",
        ),
        _s(
            "Du bist ein Kochassistent in einer Rezept-App. Antworte knapp mit konkreten Mengen.",
            "Gulasch für 6 Personen",
            "1,2 kg Rindergulasch, 1 kg Zwiebeln, 2 EL Paprika edelsüß, 1 EL Paprika scharf, 2 EL Tomatenmark, 1 l Rinderbrühe, 2 Lorbeerblätter, Kümmel, Majoran, Salz, Pfeffer. Zwiebeln lange anbraten, Fleisch dazu, Paprika und Tomatenmark kurz mitrösten, mit Brühe ablöschen, 2–2,5 Stunden schmoren.",
            "im Schnellkochtopf?",
        ),
        _s(
            "Du bist ein Deutschlehrer für Integrationskurse. Antworte in einfachem Deutsch (Niveau B1).",
            "was ist der unterschied zwischen 'seit' und 'vor'",
        ),
        _s(
            "Du bist der Assistent eines Mieterinnenvereins. Du gibst allgemeine Informationen, keine Rechtsberatung im Einzelfall.",
            "Darf der Vermieter einfach in die Wohnung, wenn ich nicht da bin?",
        ),
        _s(
            "Du bist ein Quizmaster-Bot für Kneipenquiz-Abende.",
            "gib mir 5 Fragen zum Thema Geografie, mittelschwer, mit Antworten",
        ),
        _s(
            "Du bist ein freundlicher Gartenberater eines Baumarkts.",
            "Mein Rasen hat überall Moos. Was kann ich tun?",
            "Moos deutet meist auf sauren, verdichteten oder zu schattigen Boden hin. Im Frühjahr vertikutieren, bei Bedarf kalken (vorher pH-Wert testen), kahle Stellen nachsäen und regelmäßig düngen.",
            "und ohne Chemie?",
        ),
        _s(
            "Du bist der Assistent eines Reiseblogs über Skandinavien.",
            "Kann man in Norwegen einfach überall wild zelten?",
        ),
        _u(
            """Kannst du diesen Text für die Schülerzeitung kürzen und etwas lebendiger machen?

Am Dienstag, dem 14. Mai, fand an unserer Schule der jährliche Sponsorenlauf statt. Insgesamt nahmen 412 Schülerinnen und Schüler aus allen Jahrgangsstufen teil. Die Strecke führte einmal um den Sportplatz, eine Runde war 400 Meter lang. Die Läuferinnen und Läufer hatten vorher Sponsoren gesucht, zum Beispiel Eltern, Großeltern oder Nachbarn, die pro gelaufener Runde einen bestimmten Betrag spendeten. Am Ende kamen 8.730 Euro zusammen. Das Geld wird für neue Spielgeräte auf dem Pausenhof und für eine Partnerschule in Ghana verwendet. Die meisten Runden lief ein Schüler aus der 7b mit 38 Runden. Die Schulleitung bedankte sich bei allen Helferinnen und Helfern."""
        ),
        _u(
            """Für meine Bachelorarbeit in Soziologie habe ich eine kleine Umfrage gemacht (n = 120). Auf die Frage 'Wie oft nutzen Sie öffentliche Verkehrsmittel?' kam raus:

täglich: 34
mehrmals pro Woche: 29
mehrmals pro Monat: 21
seltener: 24
nie: 12

Wie stelle ich das am besten dar und wie beschreibe ich das Ergebnis in zwei, drei Sätzen wissenschaftlich? Prozentwerte bitte mitrechnen."""
        ),
        _u(
            """Was bedeutet dieser Absatz aus meinem Arbeitsvertrag allgemein? Nicht meine Situation beurteilen, nur erklären, was so eine Klausel normalerweise regelt:

„Mit der vereinbarten Vergütung sind etwaige Überstunden bis zu einem Umfang von zehn Stunden monatlich abgegolten. Darüber hinausgehende Überstunden werden nach Wahl des Arbeitgebers durch Freizeit ausgeglichen oder mit dem vereinbarten Stundensatz vergütet, sofern sie vom Arbeitgeber angeordnet oder nachträglich genehmigt wurden.“"""
        ),
        _u(
            """Meine Oma hat mir dieses Rezept diktiert, aber es ist so durcheinander. Kannst du es ordentlich als Rezept mit Zutatenliste und Schritten aufschreiben?

also du nimmst ein Pfund Quark und so vier Eier, aber die trennst du, das Eiweiß schlägst du steif. Dann Zucker, ich nehm immer so 150 Gramm, und ein Päckchen Vanillepudding, das Pulver. Ein bisschen Zitrone, die Schale. Und 100 Gramm Butter weich. Der Boden ist ein einfacher Mürbteig, 200 Mehl, 100 Butter, 75 Zucker, ein Ei. Den drückst du in die Springform und ziehst den Rand hoch. Dann alles außer dem Eischnee verrühren und den zum Schluss unterheben. Bei 170 Grad so eine Stunde, dann im Ofen bei offener Tür abkühlen lassen, sonst fällt er zusammen."""
        ),
        _u(
            """Kannst du mir für meine Deutsch-Klausur diese Gedichtstrophe interpretieren? Worum geht es, welche Stilmittel?

Der Mond ist aufgegangen,
Die goldnen Sternlein prangen
Am Himmel hell und klar;
Der Wald steht schwarz und schweiget,
Und aus den Wiesen steiget
Der weiße Nebel wunderbar.

(Matthias Claudius, Abendlied)"""
        ),
        _u(
            """Wir müssen für den Schulausflug der 4. Klasse rechnen. Bus kostet 480 € für alle zusammen, Eintritt Zoo 8,50 € pro Kind, 2 Begleitpersonen frei, es sind 26 Kinder. Die Klassenkasse gibt 100 € dazu. Wie viel muss jedes Kind bezahlen? Aufgerundet auf 50 Cent bitte, und was bleibt dann übrig?"""
        ),
    ],
    "zh": [
        _u("帮我写一段婚礼致辞，我是新郎的大学室友，两分钟左右，要有点幽默"),
        _u("红烧肉怎么做才不腻？"),
        _u("为什么秦朝统一六国之后只存在了十五年？"),
        _u("一个长方形的周长是36厘米，长比宽多4厘米，求面积。孩子四年级，别用方程"),
        _u("经常熬夜对身体到底有什么影响，一般人应该注意什么"),
        _u("租房合同没到期想提前退租，押金一般能退吗？大概是什么规定"),
        _u("给我推荐几本适合初中生读的科幻小说"),
        _u("第一次去日本自由行，七天，东京加京都怎么安排比较好"),
        _u("怎么跟领导提离职比较体面？我在这家公司干了三年"),
        _u("月亮为什么总是同一面朝着地球"),
        _u("帮我想一个奶茶店的名字，要好记，有点文艺"),
        _u("英语里 affect 和 effect 到底怎么区分，老是搞混"),
        _u("定投指数基金适合普通上班族吗？说说优缺点就行"),
        _u(
            "三个人住店，每人付10元共30元。老板退5元，服务员偷偷拿了2元，退给每人1元。每人花了9元，27加2等于29，那1元去哪了？"
        ),
        _u("“塞翁失马，焉知非福”这个成语的故事是什么"),
        _m(
            "清蒸鱼怎么蒸才嫩？",
            "关键是火候和时间：水烧开后再放鱼，大火蒸，一斤左右的鱼蒸 8 分钟，关火后再焖 2 分钟。鱼身下垫两根筷子让蒸汽流通。出锅后倒掉蒸出来的汤水，铺葱丝姜丝，淋蒸鱼豉油，最后浇一勺热油。",
            "两斤的呢",
        ),
        _m(
            "什么是中位数？和平均数有什么区别？",
            "中位数是把一组数据从小到大排列后，位于正中间的那个数；平均数是所有数加起来除以个数。比如 1, 2, 3, 4, 100：平均数是 22，中位数是 3。当有极端值时，中位数更能代表“一般水平”。",
            "那众数呢",
        ),
        _m(
            "给我讲讲赤壁之战",
            "赤壁之战发生在公元 208 年，孙权和刘备联军对抗南下的曹操大军。曹军不习水战，又遭疫病，联军采用周瑜部将黄盖的火攻之计，借东南风烧毁曹军战船，曹操大败北还。此战奠定了三国鼎立的基础。",
            "借东风是真的吗",
        ),
        _m(
            "我想写一封邮件给孩子的班主任，说明孩子下周要请三天假去参加外婆的八十大寿",
            "王老师您好：\n\n我是三年二班李小雨的家长。因家中外婆八十大寿，需要回老家参加寿宴，想为孩子请假三天（下周一至周三）。请假期间落下的功课，我们会督促孩子及时补上。给您添麻烦了，谢谢您的理解！\n\n此致\n敬礼\n小雨妈妈",
            "语气再轻松一点，我们和老师挺熟的",
        ),
        _m(
            "学日语从哪里开始比较好？",
            "建议先把五十音图（平假名、片假名）背熟，大概一到两周。然后选一本入门教材，比如《大家的日语》或《标准日本语》初级，配合听力每天练习。同时可以用单词软件积累常用词，看简单的日剧或动画培养语感。",
            "每天要学多久",
        ),
        _m(
            "喉咙痛吃什么比较好",
            "一般的喉咙痛可以：多喝温水，吃些软的、温和的食物，比如粥、蒸蛋；蜂蜜水（一岁以下婴儿不可以）能缓解不适；避免辛辣、油炸和太烫的东西。如果发烧超过三天、吞咽困难或者越来越严重，要去看医生。",
            "梨汤有用吗",
        ),
        _m(
            "有12个外观一样的球，其中一个重量不同，用天平称三次能找出来吗？",
            "可以。先分成三组各4个，拿两组上天平：如果平衡，不同的球在第三组里；如果不平衡，就在这8个之中，同时记下哪边重。第二次、第三次再通过交换、替换部分球来缩小范围，三次就能找出那个球，并且知道它是偏重还是偏轻。",
            "第二次具体怎么放",
        ),
        _s(
            "你是一家老字号茶叶店的线上客服，语气亲切。",
            "绿茶和乌龙茶有什么区别？晚上喝哪个不容易失眠",
        ),
        _s(
            "你是一名高中语文辅导老师，回答要有条理，适当举例。",
            "议论文的开头怎么写才能吸引阅卷老师？",
        ),
        _s(
            "你是某旅行平台的行程规划助手，请根据用户需求给出建议。",
            "五一想带爸妈去云南，他们腿脚不太好，不想太累",
            "推荐昆明—大理—丽江的慢节奏路线，共 6 天：昆明 1 天（翠湖、滇池海埂大坝），大理 2 天（古城、洱海环湖包车），丽江 3 天（古城、束河、玉水寨）。景点之间坐动车，避开需要长时间爬山的地方，比如玉龙雪山可以只坐索道上蓝月谷。",
            "那香格里拉能加进去吗",
        ),
        _s(
            "你是一家人力资源咨询公司的职业规划顾问。",
            "三十五岁想从销售转行做人力资源，现实吗？需要准备什么？",
        ),
        _u(
            """帮我把下面这段话缩写成100字左右，用于公众号摘要：

端午节是中国传统节日之一，时间为每年农历五月初五。关于端午节的起源，流传最广的说法是纪念战国时期楚国诗人屈原。屈原忧国忧民，在楚国都城被秦军攻破后，悲愤之下投汨罗江而死。百姓闻讯后划船寻找，并把粽子投入江中，希望鱼虾不要去吃屈原的身体。后来，赛龙舟和吃粽子便成为端午节最重要的习俗。此外，各地还有挂艾草、佩香囊、喝雄黄酒等风俗，寓意驱邪避疫、祈求健康。2009年，端午节被列入联合国教科文组织人类非物质文化遗产代表作名录，成为中国首个入选世界非遗的节日。"""
        ),
        _u(
            """我们班这次数学考试成绩如下，老师让我们算一下平均分、中位数和及格率（60分及格），帮我看看我算得对不对：

58, 72, 85, 90, 61, 47, 76, 88, 93, 69, 55, 80, 74, 66, 99

我算的平均分是74.2，中位数是74，及格率是80%。"""
        ),
        _u(
            """帮我润色一下这段自我介绍，是去面试幼儿园老师用的：

大家好，我叫陈晓，今年24岁，毕业于师范学院学前教育专业。我从小就很喜欢小朋友，在大学期间我在两所幼儿园实习过，一共十个月，主要负责小班的日常教学和生活照顾。我会弹钢琴，也会画画，平时喜欢给孩子们讲故事。我觉得当幼儿园老师最重要的就是要有耐心和爱心，我会用心对待每一个孩子。希望能有机会加入贵园，谢谢。"""
        ),
        _u(
            """家里每月收入两万，支出如下，帮我分析一下哪里可以省：

房贷 7500
伙食 4000
孩子兴趣班 2500
交通（油费停车）1200
水电燃气物业 900
手机宽带 300
老人生活费 2000
人情往来 800
购物娱乐 1500

我们想每月至少存5000。"""
        ),
        _u("一斤面粉大概能包多少个饺子"),
        _u("为什么飞机起飞的时候耳朵会疼，怎么缓解"),
        _u("世界上最深的湖是哪个？有多深"),
        _u("孩子问我恐龙是怎么灭绝的，怎么用简单的话讲给他听"),
        _u("说实话，豆腐脑到底应该吃甜的还是咸的？"),
        _u("为什么冬天摸门把手老是被电一下"),
        _u("掷两枚骰子，点数之和大于9的概率是多少？要过程"),
        _u("劳动合同里的试用期最长能签多久？一般规定是怎样的"),
        _u("同事下个月结婚，随份子一般随多少合适？我们关系一般"),
        _u("“的、地、得”到底怎么区分，有没有简单的口诀"),
        _u("讲个冷笑话吧，越冷越好"),
        _u("剩米饭除了炒饭还能做什么"),
        _m(
            "什么是质数？",
            "质数是大于 1 的自然数中，除了 1 和它本身以外不能被其他自然数整除的数，比如 2、3、5、7、11、13。2 是唯一的偶数质数。",
            "那100以内有多少个",
        ),
        _m(
            "第一次去成都，三天怎么玩？",
            "第一天：宽窄巷子、人民公园喝茶掏耳朵、晚上锦里。第二天：一早去大熊猫繁育研究基地（最好 8 点前到），下午文殊院、太古里、春熙路。第三天：都江堰或者青城山一日游。吃的别错过火锅、串串、钵钵鸡、兔头和甜水面。",
            "不能吃辣怎么办",
        ),
        _m(
            "帮我写一段给前同事的推荐语，她做行政，很靠谱",
            "我与她共事三年，她负责部门的行政与后勤工作。她做事细致、有条理，总能提前想到大家需要什么；公司搬迁那次，从物资清点到工位安排都由她统筹，零差错完成。她待人真诚，沟通顺畅，是团队里让人安心的存在。我非常愿意推荐她。",
            "再加一点她的学习能力",
        ),
        _m(
            "英语的现在完成时到底什么时候用？",
            "主要两种情况：一是过去发生的事对现在有影响，比如 I have lost my keys（钥匙丢了，现在还没找到）；二是从过去持续到现在的状态，常和 for、since 连用，比如 I have lived here for five years。",
            "和一般过去时怎么区分",
        ),
        _m(
            "郑和下西洋最远到了哪里？",
            "郑和在 1405 年至 1433 年间七次率船队远航，最远到达东非沿岸，包括今天的肯尼亚、索马里一带，比如麻林地和木骨都束。",
            "为什么后来不下西洋了",
        ),
        _m(
            "家里只有鸡蛋、西红柿和挂面，晚饭做什么",
            "做一碗西红柿鸡蛋面：西红柿切块，鸡蛋打散先炒熟盛出；锅里再炒西红柿出汁，加水烧开，下面条煮熟，把鸡蛋倒回去，加盐、少许糖，出锅撒点葱花。十五分钟搞定。",
            "汤怎么才能更浓",
        ),
        _m(
            "每个月工资八千，怎么开始理财？",
            "一个常见的思路：先留出 3～6 个月生活费作为应急金，放在随取随用的地方；再考虑保障，比如基础的医疗险；有余钱再做长期投资，比如每月定投一部分指数基金。先从记账开始，搞清楚钱花在哪里。",
            "记账有什么简单的方法",
        ),
        _m(
            "方差和标准差有什么关系？",
            "标准差就是方差的平方根。方差是各个数据与平均数之差的平方的平均值，单位是原单位的平方；开方之后得到标准差，单位就和原数据一样了，所以平时描述波动大小更常用标准差。",
            "举个具体数字的例子",
            "比如数据 2、4、6：平均数是 4；差值是 -2、0、2，平方是 4、0、4，平均后方差 = 8/3 ≈ 2.67；标准差 = √2.67 ≈ 1.63。",
            "那样本方差为什么除以n-1",
        ),
        _m(
            "经常口腔溃疡是怎么回事",
            "大多数反复口腔溃疡和熬夜、压力大、咬伤、饮食刺激有关，有的人和缺乏维生素 B、铁等营养有关。一般一到两周自己会好。如果溃疡超过三周不愈合、特别大或者伴随发烧，建议去医院看看。",
            "吃什么好得快",
        ),
        _m(
            "写一首五言绝句，主题是离别",
            "《送友》\n长亭风渐起，\n杨柳拂征衣。\n此去山千重，\n何时共月归。",
            "改成春天的感觉",
        ),
        _m(
            "养绿萝要注意什么",
            "绿萝喜欢散射光，避免暴晒；土干了再浇，一次浇透，冬天少浇；喜欢湿润，可以经常往叶子上喷水；春夏每个月施一次稀薄的液体肥。叶子发黄多半是浇水太多。",
            "可以水培吗",
        ),
        _m(
            "这句话怎么翻译成日语：下次来北京一定要联系我！",
            "「今度北京に来るときは、ぜひ連絡してね！」",
            "对长辈说呢",
        ),
        _m(
            "长城到底是谁修的？",
            "长城不是一个朝代一次修成的。战国时期各国就修了各自的城墙，秦始皇统一后把北方的连起来；汉朝继续扩建；现在看到的八达岭、慕田峪等砖石长城主要是明朝修建的。",
            "明朝为什么要花那么大力气修",
        ),
        _s(
            "你是“好食光”美食App的智能助手，根据用户手里的食材推荐菜谱。",
            "有土豆、青椒、五花肉",
            "推荐一道地三鲜的变体——青椒土豆回锅肉：五花肉煮到八成熟切片，煸出油；土豆切片煎到两面金黄；加豆瓣酱炒香，放青椒和土豆翻炒，最后加少许酱油和糖。",
            "不要豆瓣酱",
        ),
        _s(
            "你是某在线英语学习平台的口语陪练，只用简单的英语回复，并在最后用中文给出纠错建议。",
            "yesterday I go to the park with my dog and we play very happy",
        ),
        _s(
            "你是一家律师事务所官网的咨询机器人，只提供一般性法律知识，具体案件请用户预约律师。",
            "网购买到假货，一般可以要求几倍赔偿？",
        ),
        _s(
            "你是一个历史故事频道的文案助手，擅长把历史写得通俗有趣。",
            "写一段200字左右的开场白，讲唐朝长安城的夜市",
        ),
        _s(
            "你是一个健身App里的AI教练，只给一般建议，身体不适请就医。",
            "一周练几次比较合适？我是上班族，刚开始练",
            "刚开始建议每周 3 次，每次 40～60 分钟，隔天练，比如一三五。每次包括热身、全身力量训练（深蹲、俯卧撑、划船等）和 10～15 分钟有氧，最后拉伸。",
            "没有器械呢",
        ),
        _s(
            "你是一个旅游社区的问答助手。",
            "去新疆自驾，十月份还合适吗？",
        ),
        _u(
            """帮我把这封邮件翻译成英文，是写给外国房东的，语气礼貌一点：

您好！我是下个月开始租您公寓的租客。想跟您确认几件事：第一，入住那天大概几点可以拿钥匙？我的航班是下午三点落地，到公寓大概要五点左右。第二，公寓里有没有洗衣机和吹风机？如果没有我就自己带。第三，附近有没有比较大的超市？另外，请问垃圾分类有什么特别的规定吗？我第一次在国外住，怕做错了给邻居添麻烦。谢谢您！期待见面。"""
        ),
        _u(
            """这是我们小区业主群里的一段讨论，太长了，帮我总结一下大家主要的意见分歧：

业主A：电梯广告的收入到底去哪了？物业从来没公示过。
业主B：我也想知道，三年了一次账都没看到。
业主C：听说是用来补贴公共区域电费了，但也该公示一下。
业主D：我觉得与其纠结这个，不如先把地下车库的漏水问题解决了，每次下雨都积水。
业主A：这两件事不矛盾啊，钱的事更要搞清楚。
业主E：建议成立业主委员会，不然一直这样扯皮。
业主B：赞成，上次说成立业委会，报名的人太少。
业主F：成立业委会很麻烦的，要街道批，还要开业主大会，我看不如先让物业公示账目。
业主D：同意先要求公示，同时报修车库。
业主C：那谁去跟物业谈？"""
        ),
        _u(
            """语文老师让我们分析这首诗的意象和情感，我写了一点，帮我看看还能补充什么：

《静夜思》 李白
床前明月光，疑是地上霜。
举头望明月，低头思故乡。

我写的：这首诗写了诗人在夜里看到月光，想起了家乡。意象有月光和霜，表达了思乡之情。

感觉太简单了，能不能帮我扩展成一段300字左右的赏析？"""
        ),
        _u(
            """我们公司组织团建，有三个方案，帮我比较一下优缺点，30人左右，预算每人300元：

方案一：郊区农家乐一日游，包午餐晚餐，可以钓鱼、采摘、打牌，车程1.5小时，每人260元。
方案二：市区密室逃脱加聚餐，分组玩两小时，晚上吃火锅，每人280元，不用长途坐车。
方案三：周边山区徒步，8公里，中午野餐自带，晚上住民宿一晚，每人320元，超预算一点。

同事年龄从22岁到50岁都有，有几个人平时不爱运动。"""
        ),
        _u(
            """下面是我记的一周开支，帮我分类汇总一下，看看吃饭一共花了多少：

周一：早餐8元，地铁6元，午饭25元，奶茶16元
周二：早餐8元，地铁6元，午饭22元，晚饭买菜45元
周三：地铁6元，午饭30元，买书59元
周四：早餐10元，地铁6元，午饭25元，水果18元，打车32元
周五：地铁6元，午饭28元，晚上和朋友吃饭120元
周末：超市采购156元（其中日用品60元），电影票45元，外卖38元"""
        ),
        _u(
            """请帮我把这段话改得更适合在婚礼上念，现在太像流水账了：

我和小林是在大学图书馆认识的。那时候我总是占她旁边的座位，因为她那边有插座。后来我们一起复习考研，她考上了，我没考上。我去工作了，她去读研，我们异地了两年半。每个周末我都坐高铁去看她，来回八个小时。毕业以后她回到了我们的城市，我们一起租了一个小房子，养了一只猫叫馒头。今天我们终于结婚了，我想对她说，谢谢你一直在。"""
        ),
        _u(
            """这是我高三这学期的几次模拟考数学成绩：第一次 98，第二次 105，第三次 112，第四次 108，第五次 118（满分150）。

1. 帮我算一下平均分和每次的增长幅度
2. 如果按这个趋势，高考大概能考多少？这样估计靠谱吗？
3. 离高考还有三个月，我选择题总是丢分，大题后两道基本不会，怎么安排复习比较好？"""
        ),
        _u("为什么说“三个臭皮匠，顶个诸葛亮”？诸葛亮真有那么神吗"),
        _u("北极和南极哪个更冷？为什么"),
        _u("高铁上可以带多少充电宝和酒？一般规定是什么"),
    ],
    "ja": [
        _u("取引先へのお歳暮のお礼状を書きたいです。堅すぎない感じでお願いします"),
        _u("肉じゃがの味がいつも薄くなるんだけど、何が悪いんだろう"),
        _u("関ヶ原の戦いで西軍が負けた一番の理由ってなんですか？"),
        _u("時速60kmで走る車が2時間半で進む距離は？小3の娘に説明したい"),
        _u("寝る前にスマホを見ると眠れなくなるって本当？一般的にどうなの"),
        _u("賃貸の退去時、壁紙の日焼けって借主が払う必要ありますか？一般論で"),
        _u("京都で紅葉を見るなら穴場はどこ？人混みが苦手です"),
        _u("転職の面接で「なぜ前の会社を辞めたのか」と聞かれたら、どう答えるのが無難ですか"),
        _u("虹はなぜ七色に見えるのか、簡単に教えて"),
        _u("「よろしくお願いします」って英語でどう言えばいい？場面ごとに知りたい"),
        _u("NISAって結局なにがお得なの？初心者向けにざっくり"),
        _u("なぞなぞ出して！大人でも悩むやつ"),
        _u("猫の俳句をひとつ作ってください。季語は冬で"),
        _u("富士山に初めて登るんだけど、持ち物リストを作って"),
        _u("「情けは人のためならず」の本当の意味って？"),
        _m(
            "唐揚げをカリッと仕上げるコツは？",
            "ポイントは三つです。①下味をつけたら片栗粉をしっかりまぶす、②170℃で3〜4分揚げていったん取り出し、4分ほど休ませる、③180〜190℃で1分ほど二度揚げする。余熱で中まで火が通り、表面はカリッとします。",
            "油少なめで作れる？",
        ),
        _m(
            "標準偏差ってなに？",
            "データのばらつき具合を表す数値です。平均からどのくらい離れた値が多いかを示し、小さいほどデータが平均の近くに集まっています。たとえばテストの点数が全員70点前後なら標準偏差は小さく、30点から100点までばらばらなら大きくなります。",
            "偏差値とはどう関係あるの？",
        ),
        _m(
            "明治維新って何が一番変わったの？",
            "大きな変化は、武士が支配する幕藩体制が終わり、天皇を中心とした中央集権国家になったことです。廃藩置県、身分制度の廃止、徴兵制、地租改正、学制などで、政治・経済・教育の仕組みが短期間で一新されました。",
            "廃藩置県のところ、もう少し詳しく",
        ),
        _m(
            "この文を英語にしてください：「先日はお忙しいところありがとうございました。」",
            '"Thank you very much for taking the time to meet with us the other day, despite your busy schedule."',
            "もっと短く",
        ),
        _m(
            "最近、肩こりがひどくて頭まで痛くなります。自分でできる対策は？",
            "一般的な対策として、1時間に一度は立って肩を回す、画面を目の高さに合わせる、湯船につかって温める、首や肩のストレッチを習慣にする、などがあります。しびれやめまいを伴う場合や、急に強い頭痛が出た場合は医療機関を受診してください。",
            "おすすめのストレッチは？",
        ),
        _m(
            "友達の結婚式のスピーチ、最初の一文が思いつかない。",
            "例えばこんな書き出しはどうでしょう：「ただいまご紹介にあずかりました、新婦の高校時代からの友人の佐藤です。◯◯さん、△△さん、本日は本当におめでとうございます。」ここから、二人の出会いや新婦とのエピソードにつなげると自然です。",
            "エピソードは部活の話にしたい",
        ),
        _m(
            "一人暮らしで動物を飼うなら、犬と猫どっちが向いてる？",
            "一般的には猫のほうが向いています。散歩がいらず、トイレも室内で覚え、ある程度の留守番もできます。犬は毎日の散歩や運動、しつけの時間が必要で、長時間ひとりにすると寂しさでストレスをためやすいです。",
            "仕事で12時間くらい家をあけるんだけど",
        ),
        _s(
            "あなたは市立科学館の展示案内AIです。子どもにもわかる言葉で答えてください。",
            "なんで昼間なのに月が見えることがあるの？",
        ),
        _s(
            "あなたは中学生向けの英語の家庭教師です。やさしい言葉で説明してください。",
            "現在完了ってなんで必要なの？過去形でよくない？",
        ),
        _s(
            "あなたは市役所のごみ分別案内チャットボットです。一般的な分け方を案内してください。",
            "フライパンって何ごみ？",
            "フライパンは多くの地域で「金属ごみ」または「不燃ごみ」です。取っ手が木やプラスチックでも、そのまま出せる場合がほとんどです。",
            "じゃあ折れた傘は？",
        ),
        _s(
            "あなたはキャリア相談窓口のアドバイザーです。相談者に寄り添って答えてください。",
            "30代で未経験から保育士を目指すのは遅いでしょうか",
        ),
        _u(
            """以下の文章を3行で要約してください。町内会の回覧板に載せたいです。

今年の夏祭りは、8月第1土曜日に中央公園で開催します。昨年は雨のため途中で中止となりましたが、今年は雨天の場合は翌日の日曜日に順延します。例年どおり、盆踊り、子ども向けの金魚すくい、ヨーヨー釣り、地元商店街による屋台が出店する予定です。今年は新たに、地元中学校の吹奏楽部による演奏も予定しております。会場準備のため、当日午前9時から各班2名ずつのお手伝いをお願いしたく、班長さんは7月20日までに参加者の名前を役員までお知らせください。ごみは各自お持ち帰りいただくようご協力をお願いします。"""
        ),
        _u(
            """子どもの算数の宿題です。解き方を教えてください。

「りんごが1個120円、みかんが1個50円です。りんごとみかんをあわせて15個買ったら、代金は1240円でした。りんごとみかんをそれぞれ何個買いましたか。」

つるかめ算というやつだと思うんですが、方程式を使わずに小学生にわかるように説明したいです。"""
        ),
        _u(
            """このメールを、取引先に送っても失礼じゃないように直してもらえますか。

山田さん

先日の見積もりの件ですが、ちょっと高すぎるので無理です。他の会社はもっと安かったので、もう少し下げてもらえないと今回は見送りになると思います。来週中に返事ください。

よろしく
田中"""
        ),
        _u(
            """一人暮らしの食費を見直したいです。先月はこんな感じでした。

・コンビニ：約18,000円
・スーパー：約15,000円
・外食（ランチ）：約16,000円
・カフェ：約6,000円
・飲み会：約12,000円

合計67,000円くらい。手取りは22万円です。無理なく月4万円台にするにはどうしたらいいでしょう？自炊は週末ならできます。"""
        ),
        _u("お米3合に対して水は何ml？"),
        _u("世界で一番人口が少ない国ってどこ？"),
        _u("ピラミッドってどうやって作ったと考えられているの？"),
        _u("上司への退職の切り出し方、例文ください"),
        _u("韓国語を独学で始めたい。最初の1ヶ月でやるべきことは？"),
        _u("正直なところ、目玉焼きには醤油とソースどっちが正解だと思う？"),
        _u("なんで冬になると静電気がひどくなるの？"),
        _u("サイコロを3回振って、少なくとも1回6が出る確率は？"),
        _u("有給休暇って会社は理由を聞いてもいいの？一般的なルールを知りたい"),
        _u("後輩の送別会で渡すプレゼント、3000円くらいでセンスいいものある？"),
        _u("「させていただきます」って使いすぎると変？"),
        _u("オヤジギャグでいいから、場が和むやつ3つ"),
        _u("余ったカレーのアレンジ、カレーうどん以外で"),
        _m(
            "素数ってどうして大事なの？",
            "素数は「それ以上分解できない数」で、すべての自然数は素数のかけ算で一通りに表せます（素因数分解）。いわば数の原子のようなもので、整数の性質を調べる数学の土台になっています。",
            "じゃあ素数は無限にあるの？",
        ),
        _m(
            "初めての北海道、夏に4泊5日で行きます。ルートの案ある？",
            "札幌2泊→小樽日帰り→富良野・美瑛1泊→旭川1泊のルートがおすすめです。札幌では大通公園と二条市場、小樽は運河とお寿司、富良野はラベンダー畑（7月中旬が見頃）、美瑛は青い池、旭川は旭山動物園。移動はレンタカーが便利です。",
            "車なしだとどうなる？",
        ),
        _m(
            "退職する先輩に寄せ書きを書きたい。一言で何書けばいい？",
            "いくつか案です。\n・「◯◯さんの丁寧な仕事ぶり、ずっとお手本にします。本当にお世話になりました！」\n・「困ったときに一番に相談していたのが◯◯さんでした。新しい場所でのご活躍を楽しみにしています」\n・「ランチでのおすすめのお店情報、これからも教えてください！」",
            "もう少しくだけた感じで",
        ),
        _m(
            "英語の a と the の使い分けがわかりません",
            "ざっくり言うと、相手がどれのことかわからない初めての話題は a、相手もどれのことかわかるものは the です。I saw a cat.（ある猫を見た）→ The cat was black.（その猫は黒かった）。世界にひとつのもの（the sun）も the です。",
            "数えられない名詞のときは？",
        ),
        _m(
            "鎌倉幕府はなぜ滅んだの？",
            "主な原因は、元寇（モンゴル襲来）で御家人が多大な負担をしたのに十分な恩賞がもらえず不満が高まったこと、北条氏による権力の独占、そして後醍醐天皇の倒幕運動です。1333年、足利尊氏や新田義貞が幕府側から離反し、滅亡しました。",
            "そのあとの建武の新政は？",
        ),
        _m(
            "冷蔵庫に卵と玉ねぎとツナ缶しかない。お昼どうしよう",
            "ツナと玉ねぎの卵とじ丼はどうでしょう。玉ねぎを薄切りにしてめんつゆと水で煮て、ツナを加え、溶き卵でとじてご飯にのせれば10分でできます。",
            "ご飯もない",
        ),
        _m(
            "貯金が全然できません。まず何から始めればいい？",
            "よく勧められるのは「先取り貯金」です。給料が入ったらすぐ、決めた金額を別の口座に移して、残りで生活します。最初は手取りの1割くらいから。並行して1ヶ月だけでも支出を記録すると、どこに使っているかが見えてきます。",
            "固定費ってどこから見直すのがいい？",
        ),
        _m(
            "平均値と中央値、ニュースではどっちを見ればいいの？",
            "ばらつきが大きいデータ、特に年収や貯蓄額のように一部の人が極端に大きい値を持つものは、中央値のほうが「ふつうの人」の感覚に近くなります。平均値は極端な値に引っ張られやすいからです。",
            "具体的な数字で見せて",
            "例えば5世帯の貯蓄が 100万、200万、300万、400万、5000万円だと、平均は1200万円ですが、中央値は300万円です。平均だけ見るとみんな1000万円以上持っているように見えてしまいます。",
            "最頻値はどういうときに使う？",
        ),
        _m(
            "最近立ちくらみが多いのですが、一般的な原因ってなんですか",
            "よくあるのは、急に立ち上がったときに一時的に血圧が下がる起立性低血圧、脱水、睡眠不足、食事を抜いたことによる低血糖、貧血などです。ゆっくり立ち上がる、水分をこまめにとるだけでも改善することがあります。頻繁に起きる、意識を失うといった場合は受診してください。",
            "貧血に良い食べ物は？",
        ),
        _m(
            "春をテーマに短歌を一首作って",
            "ひだまりに　ほどけるように　咲く桜　まだ言えぬ名を　風にあずけて",
            "もっと明るい感じで",
        ),
        _m(
            "ベランダでミニトマトを育てたい。いつ植えればいい？",
            "苗から育てるなら、4月下旬〜5月中旬が植え付けの適期です。深さ30cm以上のプランターに野菜用の培養土を入れ、日当たりのよい場所に置きます。支柱を立て、わき芽はこまめに摘むと実がつきやすくなります。",
            "水やりはどのくらい？",
        ),
        _m(
            "この文を韓国語にしてください：「また会える日を楽しみにしています」",
            "「다시 만날 날을 기대하고 있겠습니다」",
            "友達向けに",
        ),
        _m(
            "縄文時代と弥生時代の違いを簡単に",
            "大きな違いは暮らし方です。縄文時代は狩りや漁、木の実の採集で暮らし、縄目模様の土器を使いました。弥生時代には大陸から稲作と金属器が伝わり、ムラができて身分の差や争いも生まれました。",
            "なんで稲作で争いが増えたの？",
        ),
        _m(
            "5歳の子がひらがなに全然興味を示さないんだけど、大丈夫かな",
            "5歳ならまだ焦らなくて大丈夫です。興味の出る時期は子どもによってかなり違います。絵本の読み聞かせ、お店の看板やお菓子のパッケージの文字を一緒に読む、自分の名前の文字探しなど、遊びの中で文字に触れるのがおすすめです。",
            "かるたはいつから？",
        ),
        _s(
            "あなたは高校生向けの化学の学習サポートAIです。生活の例を交えて説明してください。",
            "なんで鉄はさびるのにステンレスはさびにくいの？",
        ),
        _s(
            "あなたは料理レシピサイトのアシスタントです。材料と手順を簡潔に答えてください。",
            "4人分の筑前煮",
            "材料：鶏もも肉300g、れんこん150g、ごぼう1本、にんじん1本、こんにゃく1枚、干ししいたけ4枚、絹さや少々。調味料：だし300ml、しょうゆ大さじ3、みりん大さじ3、砂糖大さじ1。鶏肉を炒め、野菜とこんにゃくを加えて炒め、だしと調味料で落としぶたをして15〜20分煮ます。",
            "前の日に作っておいてもいい？",
        ),
        _s(
            "あなたは英会話スクールのオンライン練習パートナーです。ユーザーの英語をやさしく直してください。",
            "I very like Japanese food, especially sushi and tempura. Do you eat it ever?",
        ),
        _s(
            "あなたは法律事務所のウェブサイト案内ボットです。一般的な法律知識のみ案内し、個別の相談は予約を促してください。",
            "隣の家の木の枝がうちの庭に伸びてきてるんですが、勝手に切ってもいいんですか",
        ),
        _s(
            "あなたは観光協会のチャットボットです。金沢の観光案内をします。",
            "雨の日に金沢で楽しめるところは？",
            "雨の日なら、金沢21世紀美術館、鈴木大拙館、石川県立歴史博物館がおすすめです。近江町市場で海鮮丼を食べるのも、屋根があるので安心です。",
            "子ども連れなら？",
        ),
        _s(
            "あなたは社内の総務部アシスタントAIです。社員からの一般的な質問に答えます。",
            "忘年会の幹事になったんですが、40人規模で何から準備すればいいですか",
        ),
        _s(
            "あなたは読書好きのための本の紹介ボットです。",
            "ミステリー初心者におすすめの国内作品を3冊",
        ),
        _u(
            """次の英文のニュースを日本語に訳して、最後に一言で要点をまとめてください。

A record number of people in Japan visited public libraries last year, according to a new survey, reversing a decade-long decline. Librarians say the rise is partly due to new services such as quiet study rooms, evening opening hours, and events for families with young children. Some libraries have also started lending out items other than books, including board games, gardening tools, and even musical instruments. "People see the library as a community space now, not just a place to borrow novels," said one librarian in Osaka. The survey found the biggest increase among people in their twenties and thirties."""
        ),
        _u(
            """マンションの理事会の議事メモです。住民向けのお知らせ文に書き直してください。

・駐輪場：放置自転車が20台以上。来月末までに名前のないものは撤去、その前に2週間の告知
・エレベーター点検：第2火曜の10時〜12時、停止あり
・ゴミ置き場：カラスよけネットを新しくする、費用は修繕積立金から
・夏祭り参加：子ども会から協力依頼、理事2名が手伝う
・騒音の苦情：夜間の洗濯機の音について1件。全体に配慮のお願いを出す（個人は特定しない）
・次回理事会：来月第3土曜"""
        ),
        _u(
            """レポートの一部です。もっと論理的で読みやすい文章に直してもらえますか。

現代の若者は本を読まなくなったと言われている。しかし私はそうは思わない。なぜなら、私の周りの友達はSNSで本の感想を書いたりしているからだ。また、電子書籍で読む人も増えているので、紙の本の売り上げだけを見て若者が本を読まないと言うのはおかしいと思う。それに、漫画も本だと思う。だから、若者は本を読まなくなったというのは間違いで、読み方が変わっただけだと思う。"""
        ),
        _u(
            """家計の固定費を一覧にしました。見直しの優先順位を教えてください。夫婦と小学生1人です。

・家賃：98,000円
・電気・ガス・水道：22,000円
・スマホ2台：14,000円
・保険（夫婦の生命保険など）：28,000円
・習い事（スイミング、英語）：16,000円
・車関係（駐車場、保険、ローン）：45,000円
・サブスク各種：4,500円
・新聞：4,400円

車は週末しか使っていません。"""
        ),
        _u(
            """この俳句の鑑賞文を書く宿題が出ました。季語、情景、作者の気持ちを入れて200字くらいで書くにはどう考えればいいですか。

古池や蛙飛びこむ水の音　（松尾芭蕉）

自分で書いてみたのはこれです：「古い池にかえるが飛びこんで、水の音がした。静かな感じがする。」短すぎると言われました。"""
        ),
        _u(
            """来月、家族5人で沖縄に3泊4日で行きます。この計画、詰め込みすぎですか？子どもは3歳と7歳と10歳です。

1日目：昼に那覇空港着→レンタカー→美ら海水族館→本部のホテル
2日目：午前 古宇利島でシュノーケル、午後 パイナップルパーク、夜 那覇に移動
3日目：首里城→国際通り→おきなわワールド→夕方ビーチ
4日目：朝 瀬長島→昼の便で帰宅"""
        ),
        _u(
            """統計の授業の課題です。あるクラス20人の通学時間（分）です。

10, 15, 15, 20, 20, 20, 25, 25, 30, 30, 30, 30, 35, 40, 40, 45, 50, 60, 60, 90

平均値・中央値・最頻値を求めて、どの代表値がこのデータを一番よく表しているか理由とともに答えなさい、という問題です。考え方を教えてください。"""
        ),
        _u("日本で一番古いお寺ってどこ？"),
        _u("面接の逆質問、何を聞けば好印象？事務職です"),
        _u("コーヒーと紅茶、カフェインが多いのはどっち？"),
    ],
    "fr": [
        _u(
            "tu peux m'écrire un mot d'excuse pour la maîtresse, mon fils a oublié son cahier de poésie"
        ),
        _u("Combien de temps faut-il faire cuire une blanquette de veau ?"),
        _u("Pourquoi Louis XVI a-t-il été guillotiné alors que les Anglais ont gardé leur roi ?"),
        _u(
            "Un vélo coûte 240 € après une remise de 20 %. Quel était le prix de départ ? Je bloque sur ce genre d'exercice"
        ),
        _u("c'est grave de boire 5 cafés par jour ? question générale"),
        _u("Mon propriétaire peut-il augmenter le loyer en cours de bail ? en France, en gros"),
        _u("Propose-moi un week-end en Bretagne sans voiture, au départ de Paris"),
        _u("Comment dire à un collègue qu'il parle trop fort au téléphone sans créer de malaise ?"),
        _u("pourquoi les feuilles changent de couleur en automne"),
        _u(
            "Livret A ou assurance-vie pour une épargne de précaution ? Les grandes lignes seulement"
        ),
        _u("Donne-moi une énigme de logique pour un apéro entre amis"),
        _u("Écris un petit poème pour la fête des grands-mères, ma mamie adore son jardin"),
        _u("Je veux apprendre l'italien en 6 mois avant de partir à Bologne, c'est jouable ?"),
        _m(
            "Comment on fait une vraie pâte brisée ?",
            "Pour une tarte : 250 g de farine, 125 g de beurre froid en dés, 1 pincée de sel, 1 jaune d'œuf et environ 5 cl d'eau froide. Sable la farine et le beurre du bout des doigts, ajoute le jaune et l'eau, rassemble sans trop travailler la pâte, puis filme-la et laisse-la reposer 30 minutes au frais avant d'étaler.",
            "et version sucrée ?",
        ),
        _m(
            "Rédige un message pour annoncer à mon équipe que je pars en congé sabbatique le mois prochain pour faire le tour de l'Amérique du Sud.",
            "Bonjour à tous,\n\nJe voulais vous annoncer que je pars en congé sabbatique à partir du 3 mars, pour six mois : direction l'Amérique du Sud, sac à dos compris ! D'ici là, je vais préparer la passation de mes dossiers avec Julien, qui sera votre interlocuteur pendant mon absence. Merci pour votre soutien et à très bientôt !\n\nCamille",
            "sans donner la date exacte",
        ),
        _m(
            "C'est quoi une probabilité conditionnelle ?",
            "C'est la probabilité qu'un événement A se produise sachant qu'un événement B s'est produit. On la note P(A|B) = P(A et B) / P(B). Exemple : dans un jeu de 52 cartes, la probabilité de tirer un roi sachant que la carte est une figure est 4/12 = 1/3.",
            "un autre exemple avec des dés",
        ),
        _m(
            "Qui était Jeanne d'Arc, en quelques lignes ?",
            "Jeanne d'Arc (vers 1412-1431) est une jeune paysanne lorraine qui, disant entendre des voix divines, convainc Charles VII de lui confier une armée. Elle libère Orléans en 1429 et fait sacrer le roi à Reims. Capturée par les Bourguignons, livrée aux Anglais, elle est jugée pour hérésie et brûlée à Rouen en 1431. Elle a été canonisée en 1920.",
            "pourquoi les Bourguignons étaient contre elle ?",
        ),
        _m(
            "Traduis en anglais : « On se retrouve devant la gare à midi, je serai en retard de cinq minutes max. »",
            "\"Let's meet in front of the station at noon — I'll be five minutes late at most.\"",
            "et en allemand ?",
        ),
        _m(
            "J'ai souvent des crampes aux mollets la nuit, c'est dû à quoi en général ?",
            "Le plus souvent, ces crampes sont bénignes : fatigue musculaire, déshydratation, effort inhabituel, position prolongée. Bien s'hydrater, s'étirer les mollets avant de dormir et éviter de rester trop longtemps assis aident souvent. Si elles sont très fréquentes ou accompagnées de gonflement, mieux vaut en parler à un médecin.",
            "quels étirements exactement ?",
        ),
        _m(
            "Calcule l'aire d'un disque de rayon 7 cm.",
            "A = π × r² = π × 49 ≈ 153,94 cm².",
            "et le périmètre ?",
        ),
        _m(
            "J'hésite entre Porto et Séville pour 4 jours en novembre.",
            "En novembre, Séville sera plus douce (autour de 20 °C en journée) et plus ensoleillée ; Porto sera plus pluvieuse et fraîche, mais moins chère et très agréable pour les caves, la gastronomie et les balades le long du Douro. Si tu veux du soleil : Séville. Si tu aimes l'ambiance et le vin : Porto.",
            "et niveau budget ?",
        ),
        _s(
            "Tu es un professeur de français langue étrangère. Corrige avec bienveillance et explique les erreurs.",
            "Hier je suis allé au marché et j'ai acheté des pommes qui était très bon.",
        ),
        _s(
            "Tu es le chatbot de l'office de tourisme d'Annecy.",
            "on peut se baigner dans le lac en septembre ?",
            "Oui, début septembre l'eau est souvent encore autour de 20-21 °C. Les plages d'Albigny et des Marquisats restent accessibles, même si la surveillance s'arrête en général fin août.",
            "et faire le tour du lac à vélo, c'est long ?",
        ),
        _s(
            "Tu es conseillère en orientation pour lycéens. Sois concrète et rassurante.",
            "je suis en terminale et j'ai aucune idée de quoi faire après, tout le monde a l'air de savoir sauf moi",
        ),
        _u(
            """Ma fille part en échange en Irlande et on a reçu ce mail de la famille d'accueil. Tu peux me le traduire en français ?

Dear Mr and Mrs Lefèvre,

We are so looking forward to welcoming your daughter in September! Just a few practical things: our house is about 20 minutes by bus from the school, and we'll show her the route on her first weekend. We usually have dinner around 6.30 pm, which we know is early for French people, so we're happy to keep a plate warm if she's late from hockey practice. We have a very friendly but rather loud dog called Biscuit. Please let us know if she has any food preferences. She will have her own room with a desk, and we'll make sure she has a warm duvet because Irish houses can be chilly in winter!

Warm wishes,
The O'Connor family"""
        ),
        _u(
            """Voici les notes de ma fille ce trimestre en maths : 12, 8, 15, 11, 14. Le contrôle commun (le 8) compte coefficient 2, les autres coefficient 1. Elle me dit qu'elle a 12 de moyenne, moi je trouve autre chose. Qui a raison ? Montre le calcul s'il te plaît."""
        ),
        _u(
            """Corrige les fautes de cette lettre de motivation, sans changer le style :

Madame, Monsieur,

Actuellement étudiant en deuxième année de BTS hôtellerie, je me permet de vous adresser ma candidature pour un stage de huit semaines au sein de votre établissement. Passionné par la gastronomie depuis mon enfance, j'ai déja effectué un stage en cuisine dans un restaurant traditionnel de Tours, ou j'ai appris la rigueur et le travail d'équipe.

Votre restaurant, reconnu pour sa cuisine de saison, correspond exactement a ce que je recherche. Je serai ravi de pouvoir vous rencontrer afin de vous exposer plus en détail mes motivations.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distingués.

Théo"""
        ),
        _u(
            """On part à quatre en vacances et on a partagé les dépenses, mais c'est le bazar. Qui doit combien à qui ?

- moi, j'ai payé la location : 840 €
- ma sœur a payé les courses : 210 €
- mon copain a payé l'essence et les péages : 180 €
- sa cousine a payé les restaurants : 290 €

On veut que chacun ait payé la même chose au final, avec le moins de virements possible."""
        ),
        _u("Qui a gagné le plus de Tours de France ?"),
        _u("Quel est le plus long fleuve de France ?"),
        _u("Pourquoi dit-on « poser un lapin » ?"),
        _u("Comment réagir poliment quand on reçoit un cadeau qu'on n'aime pas du tout ?"),
        _u("c'est quoi les symptômes classiques d'un coup de chaleur, en général ?"),
        _u("Sois honnête : lire Proust en entier, ça vaut vraiment le coup ou c'est du snobisme ?"),
        _u("Pourquoi la mer monte et descend deux fois par jour ?"),
        _u(
            "Dans une classe, 60 % des élèves font de l'anglais, 30 % de l'espagnol et 10 % les deux. Quel pourcentage ne fait aucune des deux langues ?"
        ),
        _u(
            "Idée de cadeau pour mes beaux-parents qui fêtent leurs noces d'or, budget 150 €, ils ont déjà tout"
        ),
        _u(
            "On dit « après qu'il soit parti » ou « après qu'il est parti » ? Je vois les deux partout"
        ),
        _u("Pourquoi les étoiles scintillent mais pas les planètes ?"),
        _u("Raconte-moi une blague de Toto, une gentille pour mon neveu"),
        _u("Comment savoir si un melon est mûr au marché sans passer pour un fou ?"),
        _u("C'est vrai que la tour Eiffel devait être démontée après l'Expo ?"),
        _u(
            "Acheter ou louer sa résidence principale : quels sont les arguments généraux de chaque côté ?"
        ),
        _m(
            "C'est quoi le nombre d'or, au juste ?",
            "C'est un nombre irrationnel, noté φ, qui vaut (1 + √5) / 2 ≈ 1,618. Deux longueurs sont dans ce rapport quand le tout divisé par la grande partie donne la même chose que la grande partie divisée par la petite. On le retrouve en géométrie (pentagone régulier) et dans la suite de Fibonacci.",
            "et c'est vrai qu'il est partout dans la nature ?",
        ),
        _m(
            "Je vais à Marrakech en avril, 5 jours. Des conseils ?",
            "Loge dans un riad de la médina, visite le jardin Majorelle tôt le matin, le palais de la Bahia, les tombeaux saadiens, et perds-toi dans les souks (négocie avec le sourire). Le soir, place Jemaa el-Fna. Garde une journée pour l'Atlas ou la vallée de l'Ourika.",
            "et pour le désert, c'est faisable en un aller-retour ?",
        ),
        _m(
            "Tu peux m'écrire un petit mot pour féliciter mon voisin qui vient d'ouvrir sa boulangerie ?",
            "Bien sûr :\n\n« Cher voisin, quelle belle nouvelle pour tout le quartier ! On sentait déjà l'odeur du pain depuis le palier, maintenant on n'a plus d'excuse pour ne pas passer tous les matins. Félicitations pour ce beau projet et plein de succès pour la suite. À très vite derrière le comptoir ! »",
            "plus court, c'est pour une carte",
        ),
        _m(
            "Quelle est la différence entre le passé composé et l'imparfait ? J'apprends le français.",
            "Le passé composé raconte une action ponctuelle et terminée : « Hier, j'ai mangé une pizza. » L'imparfait décrit le décor, une habitude ou une action en cours : « Quand j'étais petit, je mangeais souvent des pizzas. » Souvent, les deux se combinent : « Je lisais quand le téléphone a sonné. »",
            "et le plus-que-parfait ?",
        ),
        _m(
            "Pourquoi la bataille de Verdun est-elle si célèbre ?",
            "Parce qu'elle symbolise l'horreur de la Première Guerre mondiale : elle a duré dix mois, de février à décembre 1916, pour des gains de terrain quasi nuls, avec environ 300 000 morts français et allemands. Presque toute l'armée française y est passée par la rotation des troupes, d'où sa place dans la mémoire nationale.",
            "c'est quoi la Voie sacrée ?",
        ),
        _m(
            "J'ai des restes de poulet rôti, quoi faire ce soir ?",
            "Quelques idées : un gratin de pâtes au poulet et champignons, des wraps poulet-crudités-sauce yaourt, une salade César maison, ou un riz sauté au poulet avec des légumes et un œuf.",
            "le gratin, donne-moi les quantités pour 3",
        ),
        _m(
            "J'aimerais me mettre à la méditation, par où commencer ?",
            "Commence petit : 5 minutes par jour, assis confortablement, en portant ton attention sur ta respiration. Quand ton esprit s'égare (il le fera), ramène-le simplement, sans te juger. Une application guidée ou des enregistrements gratuits peuvent aider au début. Le plus important, c'est la régularité.",
            "le matin ou le soir ?",
        ),
        _m(
            "C'est quoi la différence entre un taux fixe et un taux variable pour un crédit immobilier ?",
            "Avec un taux fixe, ta mensualité reste la même pendant toute la durée du prêt. Avec un taux variable, le taux suit un indice de marché : tes mensualités peuvent baisser ou augmenter, souvent dans la limite d'un plafond (taux capé).",
            "et c'est quoi un taux capé exactement ?",
            "C'est un taux variable avec une limite : le contrat fixe de combien il peut monter au maximum (par exemple +1 ou +2 points par rapport au taux de départ). Tu profites des baisses, mais tu es protégé contre les trop fortes hausses.",
            "aujourd'hui, on choisit quoi en général ?",
        ),
        _m(
            "Écris-moi un court poème sur le métro parisien à 8 h du matin",
            "Sous la ville qui s'étire,\nles wagons avalent nos soupirs.\nÉpaules serrées, regards baissés,\nchacun rêve encore un peu d'oreiller.\nÀ Châtelet, la marée déborde —\net Paris, lentement, se raccorde.",
            "plus drôle",
        ),
        _m(
            "Combien de temps se garde une soupe maison au frigo ?",
            "En général 3 à 4 jours dans une boîte fermée, à condition de l'avoir refroidie rapidement après cuisson. Réchauffe-la bien jusqu'à ébullition avant de la manger.",
            "et congelée ?",
        ),
        _m(
            "Traduis en italien : « Nous serions ravis de vous accueillir chez nous cet été. »",
            "« Saremmo felici di ospitarvi da noi quest'estate. »",
            "en version tutoiement",
        ),
        _m(
            "Pourquoi mon chat ramène des souris mortes sur le paillasson ?",
            "C'est un comportement de chasseur tout à fait normal. Plusieurs hypothèses : il rapporte sa proie dans un endroit qu'il juge sûr, son territoire, ou il « partage » avec sa famille, un peu comme une mère qui apprend à chasser à ses petits. Ce n'est pas un cadeau au sens humain, mais ce n'est pas non plus une provocation.",
            "comment je l'en empêche ?",
        ),
        _m(
            "Donne-moi un titre pour l'exposé de ma fille sur les abeilles, CM2",
            "« Les abeilles, petites ouvrières de notre assiette »",
            "d'autres idées plus rigolotes",
        ),
        _s(
            "Tu es l'assistant d'un site de recettes de cuisine familiale. Réponds simplement, avec des quantités.",
            "une soupe pour 4 avec ce qui reste : poireaux, pommes de terre, un bout de fromage",
        ),
        _s(
            "Tu es un tuteur d'histoire-géographie pour collégiens. Fais des phrases courtes.",
            "c'était quoi le Front populaire en 1936 ?",
            "C'est une alliance des partis de gauche qui gagne les élections en 1936. Avec Léon Blum, le gouvernement accorde les premiers congés payés (2 semaines), la semaine de 40 heures et des hausses de salaires après de grandes grèves.",
            "et pourquoi ça a pas duré ?",
        ),
        _s(
            "Tu es l'assistant en ligne d'une mairie. Tu donnes des informations générales sur les démarches et renvoies vers le guichet pour les cas particuliers.",
            "c'est quoi les pièces à fournir en général pour une carte d'identité ?",
        ),
        _s(
            "Tu es un coach sportif virtuel. Conseils généraux uniquement ; en cas de douleur, tu renvoies vers un professionnel.",
            "je veux courir un 10 km dans 3 mois, je cours 3 km aujourd'hui",
            "C'est tout à fait faisable : trois sorties par semaine, une sortie longue qui augmente de 500 m à 1 km chaque semaine, une séance courte à allure facile et une séance avec quelques accélérations. Garde une semaine plus légère toutes les trois ou quatre semaines.",
            "je peux courir deux jours d'affilée ?",
        ),
        _s(
            "Tu es l'assistant du club d'astronomie amateur de Clermont. Tu réponds aux curieux, débutants compris.",
            "on pourra voir Saturne cet été sans télescope ? ça ressemble à quoi à l'œil nu ?",
        ),
        _s(
            "Tu es le conseiller en ligne d'une cave à vins de quartier. Reste simple, pas de jargon d'œnologue.",
            "quel vin pour une raclette entre amis, moins de 12 € la bouteille ?",
        ),
        _s(
            "Tu es l'assistant d'une association d'aide aux devoirs pour l'école primaire.",
            "mon fils en CE1 confond encore le b et le d, vous avez des petits jeux pour l'aider ?",
        ),
        _u(
            """Je dois résumer ce texte en anglais pour mon cours, mais d'abord peux-tu me le traduire en français ?

In 1928, Alexander Fleming returned from a summer holiday to find that one of his bacteria cultures had been contaminated by a mould. Around the mould, the bacteria had stopped growing. Fleming realised that the mould was producing a substance that killed bacteria, which he called penicillin. However, he struggled to produce it in large quantities, and for more than a decade it remained a laboratory curiosity. It was only during the Second World War that a team at Oxford, led by Howard Florey and Ernst Chain, found a way to purify and mass-produce the drug, saving thousands of soldiers' lives."""
        ),
        _u(
            """Je suis témoin au mariage de mon meilleur ami samedi et mon discours est trop long (5 minutes à l'oral). Tu peux le couper à 2 minutes en gardant les meilleurs passages ?

Bonsoir à tous. Pour ceux qui ne me connaissent pas, je suis Antoine, le meilleur ami de Julien depuis la maternelle, ce qui veut dire que j'ai vu sa coupe au bol, ses années skate et sa période où il voulait devenir magicien. Je vais essayer de ne pas tout raconter. Julien, c'est quelqu'un qui ne lâche jamais rien : il a appris à nager à 19 ans parce qu'il avait perdu un pari, et il a fini par traverser le lac d'Annecy. C'est aussi quelqu'un qui se perd dans un centre commercial, qui oublie ses clés une fois par semaine et qui n'a jamais su faire un nœud de cravate — d'ailleurs c'est moi qui l'ai fait ce matin. Et puis un jour, il y a six ans, il m'appelle à deux heures du matin pour me dire qu'il a rencontré quelqu'un à un concert sous la pluie. Il ne savait même pas son nom. Il a mis trois semaines à la retrouver. Cette personne, c'est Clara. Clara, tu as réussi quelque chose que personne n'avait réussi avant toi : faire arriver Julien à l'heure. Je vous souhaite tout le bonheur du monde. Levons nos verres aux mariés !"""
        ),
        _u(
            """Aide-moi à rendre ce texte de présentation de mon gîte plus chaleureux pour une annonce :

Gîte de 90 m² situé dans un hameau calme du Périgord, à 5 km de Sarlat. 3 chambres, 6 couchages. Cuisine équipée, lave-linge, lave-vaisselle. Jardin clos de 1000 m² avec barbecue et piscine chauffée (juin à septembre). Parking privé. Animaux acceptés sur demande. Commerces à 5 minutes en voiture. Nombreuses activités à proximité : canoë sur la Dordogne, châteaux, marchés, grottes préhistoriques. Location à la semaine en juillet-août, à partir de 2 nuits le reste de l'année."""
        ),
        _u(
            """Voici ce qu'on a payé en chauffage au fioul ces trois derniers hivers (d'octobre à mars) :

Hiver 1 : 1 480 € pour 1 600 litres
Hiver 2 : 1 890 € pour 1 550 litres
Hiver 3 : 1 640 € pour 1 420 litres

Tu peux calculer le prix moyen du litre chaque hiver, l'évolution en pourcentage de la dépense et de la consommation d'un hiver à l'autre, et me dire si on consomme vraiment moins ou si c'est juste le prix qui a changé ? On a changé les fenêtres avant l'hiver 3."""
        ),
        _u(
            """Peux-tu remettre en forme ce compte rendu de conseil de classe pour les parents d'élèves ? Juste le général, pas d'élève nommé.

- ambiance de classe globalement bonne mais bavardages en français et SVT
- moyenne générale de la classe : 12,4 (contre 11,8 au 1er trimestre)
- devoirs maison pas toujours rendus, surtout en maths
- les profs demandent plus de sérieux sur le travail à la maison
- sortie au musée d'histoire naturelle prévue en avril
- voyage en Angleterre : encore 5 places, inscriptions jusqu'au 15
- orientation : réunion d'info pour les 3e le 20 mars"""
        ),
        _u(
            """Analyse rapide de ce poème pour mon oral de français : thèmes, procédés, ton.

Demain, dès l'aube, à l'heure où blanchit la campagne,
Je partirai. Vois-tu, je sais que tu m'attends.
J'irai par la forêt, j'irai par la montagne.
Je ne puis demeurer loin de toi plus longtemps.

Je marcherai les yeux fixés sur mes pensées,
Sans rien voir au dehors, sans entendre aucun bruit,
Seul, inconnu, le dos courbé, les mains croisées,
Triste, et le jour pour moi sera comme la nuit.

(Victor Hugo)"""
        ),
        _u(
            """J'organise un mariage champêtre pour 90 invités, voici mon rétroplanning, qu'est-ce que j'oublie ?

J-12 mois : réserver le lieu, fixer la date
J-10 mois : traiteur, photographe
J-8 mois : faire-part (save the date)
J-6 mois : robe, costume, DJ
J-4 mois : envoyer les invitations
J-2 mois : menu définitif, plan de table
J-1 mois : essayages, derniers paiements
J-1 semaine : confirmer tous les prestataires"""
        ),
    ],
    "pt": [
        _u(
            "me ajuda a escrever uma mensagem pro grupo da família avisando que o almoço de domingo mudou pra casa da minha tia"
        ),
        _u("quanto tempo deixo o feijão de molho antes de cozinhar na pressão?"),
        _u("Por que a capital do Brasil saiu do Rio e foi pra Brasília?"),
        _u("Se um produto de R$ 80 sobe 25% e depois cai 20%, volta ao preço original?"),
        _u("tomar água com gás faz mal? ouvi que tira cálcio dos ossos"),
        _u(
            "O inquilino pode sair antes do fim do contrato de aluguel sem pagar multa? no Brasil, de forma geral"
        ),
        _u("Roteiro de 4 dias em Lisboa e Sintra, viajando com uma criança de 5 anos"),
        _u("Como peço feedback ao meu chefe sem parecer inseguro?"),
        _u("Qual a diferença entre 'mas' e 'mais'? meu sobrinho vive trocando"),
        _u("Vale a pena investir em Tesouro Direto ou deixar na poupança? explicação simples"),
        _u("me conta uma charada boa pra eu contar no churrasco"),
        _u("Escreve um poema curto sobre saudade de casa, estou morando fora há um ano"),
        _u("Estou aprendendo inglês sozinho. Séries com legenda em inglês ajudam mesmo?"),
        _m(
            "Escreve um e-mail pedindo reembolso de uma passagem de ônibus que foi cancelada pela empresa.",
            "Assunto: Solicitação de reembolso – viagem cancelada\n\nPrezados,\n\nAdquiri uma passagem para o trecho São Paulo–Curitiba no dia 12/05, às 22h, que foi cancelada pela empresa sem remarcação. Solicito o reembolso integral do valor pago, conforme previsto nas normas de transporte rodoviário.\n\nFico no aguardo de um retorno.\n\nAtenciosamente,\nRafael",
            "mais curto e menos formal",
        ),
        _m(
            "O que é juros compostos?",
            "É quando os juros de cada período são somados ao valor e passam a render juros também — 'juros sobre juros'. Ex.: R$ 1.000 a 10% ao ano viram R$ 1.100 no 1º ano, R$ 1.210 no 2º, R$ 1.331 no 3º, e assim por diante.",
            "e no cartão de crédito funciona assim?",
        ),
        _m(
            "Quem foi Tiradentes?",
            "Joaquim José da Silva Xavier, o Tiradentes (1746-1792), foi um alferes e dentista prático que participou da Inconfidência Mineira, movimento contra a cobrança de impostos pela Coroa portuguesa. Foi o único condenado à morte, enforcado no Rio de Janeiro em 21 de abril de 1792, e hoje é considerado herói nacional.",
            "por que só ele foi executado?",
        ),
        _m(
            "Quanto tempo a loja tem pra consertar um produto na garantia? Pergunta geral.",
            "Pelo Código de Defesa do Consumidor, o fornecedor tem até 30 dias para resolver o defeito. Se não resolver nesse prazo, o consumidor pode escolher entre a troca do produto, a devolução do dinheiro ou um abatimento no preço.",
            "e se o defeito voltar depois?",
        ),
        _m(
            "Tenho muita dor de cabeça no fim do dia, trabalho no computador. O que costuma ajudar?",
            "Em geral ajuda: fazer pausas a cada hora (regra 20-20-20: a cada 20 minutos, olhar algo a 6 metros por 20 segundos), beber água, ajustar brilho e altura da tela, cuidar da postura e não pular refeições. Se as dores forem frequentes ou muito fortes, vale consultar um médico ou oftalmologista.",
            "e colírio ajuda?",
        ),
        _m(
            "Calcula a média de 7,5; 8,0; 6,0 e 9,5",
            "(7,5 + 8,0 + 6,0 + 9,5) / 4 = 31 / 4 = 7,75",
            "e se a última tiver peso 2?",
        ),
        _m(
            "Quero fazer uma horta na varanda, apartamento pequeno, pega sol de manhã. Por onde começo?",
            "Comece com vasos de pelo menos 20 cm de profundidade, terra adubada e plantas que aceitam meia-sombra: cebolinha, salsinha, hortelã, manjericão, alface e rúcula. Regue de manhã, com o dedo na terra para ver se está seca. Depois de pegar o jeito, tente tomate-cereja num vaso maior.",
            "e pimenta dá?",
        ),
        _s(
            "Você é a assistente virtual de uma feira de orgânicos em Belo Horizonte. Responda de forma simpática e breve.",
            "o que tá na época agora em junho? quero comprar fruta da estação",
        ),
        _s(
            "Você é um tutor de matemática para alunos do ensino médio. Explique passo a passo e incentive o aluno.",
            "não entendo logaritmo, pra que serve isso",
        ),
        _s(
            "Você é o atendente virtual da pousada Maré Mansa, em Paraty.",
            "tem passeio de barco saindo daí? quanto tempo dura?",
            "Temos sim! O passeio de escuna pelas ilhas sai todo dia às 10h30 do cais, dura cerca de 5 horas e faz 4 paradas para banho. Podemos reservar na recepção.",
            "e se chover?",
        ),
        _s(
            "Você é o assistente virtual de um cartório de notas. Dê explicações gerais e indique atendimento presencial para casos específicos.",
            "qual a diferença entre união estável e casamento, em linhas gerais?",
        ),
        _u(
            """Resume esse texto em 3 frases pra eu usar num trabalho da escola sobre cultura brasileira:

O samba nasceu no Rio de Janeiro no início do século XX, nas casas das chamadas "tias baianas", mulheres vindas da Bahia que reuniam músicos, dançarinos e religiosos nos quintais da Praça Onze e arredores. Ali se misturavam ritmos de origem africana, como o lundu e o batuque, com a polca e o maxixe. Em 1916, "Pelo Telefone", registrada por Donga, é considerada o primeiro samba gravado. Nas décadas seguintes, o gênero se espalhou pelos morros, ganhou as rádios e se tornou o coração do carnaval com as escolas de samba, a primeira delas fundada no bairro do Estácio. De música perseguida pela polícia, o samba passou a ser tratado como símbolo da identidade nacional, principalmente a partir dos anos 1930."""
        ),
        _u(
            """Meu filho tem esse exercício e eu não lembro como faz:

"Numa pesquisa com 200 pessoas, 120 disseram que gostam de futebol, 90 gostam de vôlei e 40 gostam dos dois. Quantas pessoas não gostam de nenhum dos dois esportes?"

Explica com o diagrama de Venn, por favor, bem devagar."""
        ),
        _u(
            """Pode revisar meu texto de apresentação pro perfil profissional? Quero que fique mais natural:

Sou formada em Nutrição pela universidade federal e atuo há quatro anos na área de alimentação coletiva, sendo responsável por cardápios de restaurantes industriais que servem mais de 1.500 refeições por dia. Tenho experiência em gestão de equipes, controle de estoque e redução de desperdício, tendo conseguido diminuir em 18% as sobras em um dos contratos. Busco agora novos desafios na área de nutrição esportiva, onde pretendo unir meu conhecimento técnico com minha paixão pela corrida de rua, que pratico há 6 anos."""
        ),
        _u(
            """Estou montando o cardápio de uma festa junina pra 40 pessoas. Vê se as quantidades fazem sentido:

- Pamonha: 40 unidades
- Canjica: 5 litros
- Pipoca: 1 kg de milho
- Quentão: 6 litros
- Cachorro-quente: 60 pães
- Paçoca: 2 potes de 50 unidades
- Bolo de milho: 3 bolos médios
- Refrigerante: 12 garrafas de 2 litros

Metade são crianças. Tá faltando ou sobrando alguma coisa?"""
        ),
        _u("qual o nome daquele quadro famoso de um homem gritando numa ponte, e quem pintou?"),
        _u("Qual a origem da festa junina? Por que tem fogueira e quadrilha?"),
        _u("Como recusar um convite de padrinho de casamento sem magoar ninguém?"),
        _u("quanto tempo um ovo dura fora da geladeira"),
        _u("na sua opinião sincera, novela ainda faz sentido hoje em dia ou ficou coisa de vó?"),
        _u("Por que a gente sente mais sono depois do almoço?"),
        _u(
            "Se um casal tem 3 filhos, qual a chance de serem 2 meninas e 1 menino? Meu professor disse que não é 1/3"
        ),
        _u("O que é aviso prévio indenizado? Explica de forma geral, CLT"),
        _u("Qual presente dar pra uma professora no fim do ano que não seja caneca?"),
        _u("quando uso 'porque', 'por que', 'porquê' e 'por quê'? sempre erro"),
        _u("Como os pássaros sabem pra onde migrar?"),
        _u(
            "me ajuda a criar um trocadilho pro nome do meu bolo de cenoura no concurso de confeitaria da firma"
        ),
        _u(
            "Qual a diferença entre fermento químico e fermento biológico? Posso trocar um pelo outro?"
        ),
        _u(
            "Por que Portugal e Espanha dividiram o mundo no Tratado de Tordesilhas? Quem deu esse direito a eles?"
        ),
        _u("Compensa fazer intercâmbio na Irlanda com 30 anos pra aprender inglês?"),
        _m(
            "O que é o número pi e por que ele nunca acaba?",
            "Pi (π) é a razão entre o comprimento de qualquer circunferência e o seu diâmetro, cerca de 3,14159. Ele é irracional: não pode ser escrito como fração de dois inteiros, por isso suas casas decimais continuam para sempre sem formar um padrão que se repete.",
            "e pra que serve saber tantas casas?",
        ),
        _m(
            "Vou pra Salvador no Carnaval pela primeira vez. Dicas?",
            "Escolha entre curtir na pipoca (de graça, na rua) ou num bloco com abadá. Vá leve: roupa fresca, tênis velho, pochete na frente, celular reserva ou capinha à prova d'água, protetor solar e muita água. Combine um ponto de encontro com os amigos, porque sinal de celular some. Circuito Barra-Ondina é mais turístico; o do Campo Grande é mais tradicional.",
            "e hospedagem, onde é melhor ficar?",
        ),
        _m(
            "Me ajuda a escrever uma mensagem de despedida pro grupo do trabalho? Tô saindo depois de 5 anos.",
            'Claro! Que tal:\n\n"Pessoal, hoje é meu último dia aqui. Foram cinco anos de muito aprendizado, café ruim e risadas boas. Obrigado a cada um pela parceria, pela paciência nos dias difíceis e pelas comemorações nos dias bons. Sigo pra um novo desafio, mas levo vocês comigo. Bora manter contato! Um abraço enorme."',
            "tira a parte do café ruim, meu chefe vai ler",
        ),
        _m(
            "Qual a diferença entre o português do Brasil e de Portugal na gramática? Tô aprendendo.",
            "Algumas diferenças grandes: em Portugal usa-se muito 'tu' com o verbo na 2ª pessoa ('tu estás'), enquanto no Brasil é mais comum 'você está'. Em Portugal se usa 'estar a + infinitivo' ('estou a comer'), no Brasil o gerúndio ('estou comendo'). A colocação dos pronomes também muda: 'diz-me' (PT) vs 'me diz' (BR).",
            "e no vocabulário, alguns exemplos?",
        ),
        _m(
            "O que foi a Revolução dos Cravos?",
            "Foi o golpe militar de 25 de abril de 1974, em Portugal, que derrubou a ditadura do Estado Novo quase sem violência. A população saiu às ruas e colocou cravos nos canos das espingardas dos soldados, daí o nome. Abriu caminho para a democracia e para a independência das colônias africanas.",
            "por que foi quase sem tiros?",
        ),
        _m(
            "Tenho frango, batata e cenoura. Faço o quê pro jantar?",
            "Frango assado com legumes numa assadeira só: tempera o frango com alho, limão, sal, páprica e azeite; corta batata e cenoura em pedaços, espalha tudo, cobre com papel-alumínio e assa 30 minutos a 200 °C, depois descobre e deixa dourar mais 20.",
            "não tenho forno, só air fryer",
        ),
        _m(
            "Como faço pra começar a poupar se meu salário mal dá pro mês?",
            "Comece anotando todos os gastos por um mês, até os pequenos. Depois, corte um ou dois itens que não fazem falta e separe esse valor logo que o salário cair, mesmo que sejam R$ 50. O hábito importa mais do que o valor no começo.",
            "onde eu guardo esse dinheiro?",
            "Para reserva de emergência, algo com liquidez diária e baixo risco, como um CDB de liquidez diária de banco grande ou o Tesouro Selic. Evite deixar na conta corrente, que não rende, e não use esse dinheiro para investimentos arriscados.",
            "e poupança, nem pensar?",
        ),
        _m(
            "Escreve um poema curto sobre chuva no telhado",
            "Tamborila a chuva no telhado,\nconta histórias que o sol esqueceu;\nna cama, quentinho, encolhido,\no mundo inteiro fica só meu.",
            "agora um mais triste",
        ),
        _m(
            "Qual a diferença entre açúcar mascavo e demerara?",
            "Os dois são menos refinados que o branco. O mascavo é o mais bruto: úmido, escuro, com gosto forte de melado. O demerara passa por um refino leve, tem grãos mais secos e claros e sabor mais suave, por isso dissolve melhor em café e bolos.",
            "e o açúcar de coco?",
        ),
        _m(
            "Traduz pro francês: 'Gostaria de saber se ainda tem quarto disponível pro fim de semana.'",
            "« J'aimerais savoir s'il vous reste une chambre disponible pour le week-end. »",
            "como pronuncia isso mais ou menos?",
        ),
        _m(
            "Meu cachorro come grama toda vez que sai. É normal?",
            "Na maioria das vezes, sim. Muitos cães comem grama por hábito, tédio ou porque gostam. Às vezes vomitam depois, e tudo bem se for ocasional. Só fique atento se ele comer com desespero, vomitar sempre ou parecer abatido — aí vale levar ao veterinário. E cuidado com grama tratada com pesticida.",
            "e gato?",
        ),
        _m(
            "Quanto é 3/4 + 2/5?",
            "O mínimo múltiplo comum de 4 e 5 é 20: 3/4 = 15/20 e 2/5 = 8/20. Somando: 23/20, ou 1 inteiro e 3/20.",
            "e multiplicando os dois?",
        ),
        _m(
            "Preciso de um nome pra minha loja de bolos caseiros",
            "Algumas ideias: 'Fornada da Vó', 'Doce Cantinho', 'Massa & Afeto', 'Bolo de Quintal', 'Cobertura Caseira'.",
            "mais moderno",
        ),
        _m(
            "Quanto tempo leva pra chegar em Marte?",
            "Com a tecnologia atual, uma viagem leva em torno de 7 a 9 meses. Isso depende da posição dos planetas: as janelas de lançamento mais econômicas acontecem a cada 26 meses, quando Terra e Marte estão bem alinhados.",
            "e pra voltar?",
        ),
        _s(
            "Você é a assistente de um site de receitas da vovó. Responda com carinho e quantidades.",
            "como faço um pudim de leite que não fique cheio de furinhos?",
        ),
        _s(
            "Você é um tutor de história para o ensino fundamental. Use frases curtas.",
            "o que foi a Era Vargas?",
            "Foi o período de 1930 a 1945 em que Getúlio Vargas governou o Brasil. Ele criou a CLT (leis do trabalho), o salário mínimo e a Justiça do Trabalho. Mas, a partir de 1937, governou como ditador, no Estado Novo.",
            "por que ele voltou depois?",
        ),
        _s(
            "Você é o assistente virtual do Procon municipal. Dê orientações gerais sobre direitos do consumidor.",
            "comprei um sapato e descolou em 20 dias, a loja tem que trocar?",
        ),
        _s(
            "Você é uma personal trainer virtual. Dê orientações gerais e recomende procurar um profissional em caso de dor.",
            "faço agachamento e sinto o joelho estalar, sem dor. é problema?",
        ),
        _s(
            "Você é o assistente virtual de um museu de ciências para famílias. Explique de um jeito que uma criança de 10 anos entenda.",
            "por que o céu de Marte é meio alaranjado e não azul?",
        ),
        _s(
            "Você é o atendente virtual de uma cervejaria artesanal em Blumenau. Fale de forma descontraída.",
            "que estilo de cerveja de vocês combina com feijoada?",
        ),
        _s(
            "Você é a assistente virtual de um pet shop de bairro. Dê dicas gerais e indique o veterinário quando for caso de saúde.",
            "meu gato tá soltando pelo demais pela casa",
            "Na troca de estação é comum soltarem mais pelo. Escovar todos os dias ajuda muito, principalmente com uma escova tipo rasqueadeira. Uma alimentação de boa qualidade e água fresca sempre à disposição também deixam o pelo mais forte. Se aparecerem falhas ou feridas, aí é com o veterinário.",
            "e banho, pode dar?",
        ),
        _u(
            """Preciso apresentar essa notícia na aula de espanhol. Pode traduzir pro português e resumir em duas frases?

Un grupo de vecinos de un pequeño pueblo de Asturias ha conseguido reabrir la única escuela de la localidad, cerrada hace más de diez años por falta de alumnos. Para lograrlo, ofrecieron viviendas a bajo precio a familias con hijos que quisieran mudarse al pueblo. Cinco familias aceptaron la propuesta, y este curso la escuela ha vuelto a abrir con nueve alumnos. Los vecinos dicen que las risas de los niños han cambiado el ambiente del pueblo, y ya hay otras familias interesadas en mudarse el próximo año."""
        ),
        _u(
            """Minha avó vai fazer 90 anos e eu escrevi esse texto sobre a infância dela, do jeito que ela me contou. Deixa mais bonito pra eu ler na festa, sem perder o jeito simples dela:

A vó nasceu num sítio perto de Muzambinho, em Minas, a caçula de oito irmãos. Ela conta que acordava antes do sol pra ajudar a tirar leite e que o café era coado no pano, com rapadura. Ia pra escola a pé, quase uma hora de caminhada, de pé no chão, levando o sapato na mão pra não gastar. Na volta, catava goiaba no caminho. Aos domingos a família toda ia pra missa na carroça e depois tinha frango com quiabo e angu. Ela diz que não tinha nada e tinha tudo. Aos dezessete anos foi pra cidade trabalhar numa loja de tecidos, onde conheceu o vô, que entrou pra comprar um lenço e voltou todo dia por um mês."""
        ),
        _u(
            """Corrige essa redação de treino pro ENEM e me diz onde eu perderia ponto em cada competência. Tema: os desafios da mobilidade urbana no Brasil.

Nas grandes cidades brasileiras, é comum ver congestionamentos quilométricos e ônibus lotados nos horários de pico. Esse cenário mostra que a mobilidade urbana é um dos maiores problemas do país, e isso acontece por causa da falta de planejamento e da priorização do carro particular.

Em primeiro lugar, as cidades cresceram sem planejamento, e as pessoas mais pobres foram morar longe do centro, onde estão os empregos. Assim elas gastam horas no transporte todo dia, o que prejudica a qualidade de vida. Além disso, durante décadas os governos investiram mais em avenidas e viadutos do que em metrô e corredores de ônibus.

Portanto, é preciso que o governo federal, em parceria com os municípios, invista em transporte público de qualidade, com mais linhas de metrô e faixas exclusivas, para que a população possa se deslocar com dignidade."""
        ),
        _u(
            """Anotei o consumo de água aqui de casa nos últimos meses (m³), a gente tá tentando economizar desde abril:

janeiro 18
fevereiro 21
março 19
abril 15
maio 14
junho 13
julho 15

Calcula a média antes e depois de abril, a redução em porcentagem, e me diz se julho subindo é motivo de preocupação ou normal. Somos 4 em casa."""
        ),
        _u(
            """Organiza essas anotações da reunião de pais da escola num comunicado bonitinho pro grupo:

- festa junina dia 22, cada família leva 1 prato doce ou salgado
- precisamos de voluntários pra barraca da pescaria e do correio elegante
- arrecadação vai pra reforma do parquinho
- uniforme novo: prazo de encomenda até dia 10
- passeio ao zoológico em agosto, autorização vai na agenda
- reclamação geral: trânsito na porta da escola no horário de saída, pedir pra não parar em fila dupla"""
        ),
        _u(
            """Me ajuda a entender esse trecho do Drummond pra prova de literatura? Tema, linguagem, o que o poeta quis dizer.

No meio do caminho tinha uma pedra
tinha uma pedra no meio do caminho
tinha uma pedra
no meio do caminho tinha uma pedra.

Nunca me esquecerei desse acontecimento
na vida de minhas retinas tão fatigadas.
Nunca me esquecerei que no meio do caminho
tinha uma pedra
tinha uma pedra no meio do caminho
no meio do caminho tinha uma pedra."""
        ),
        _u(
            """Tô planejando um mochilão pela América do Sul, 30 dias, saindo de São Paulo. Roteiro:

- 4 dias Foz do Iguaçu
- 5 dias Buenos Aires
- 3 dias Mendoza
- 4 dias Santiago
- 5 dias San Pedro de Atacama
- 6 dias Bolívia (Uyuni, La Paz)
- 3 dias Cusco

Tudo de ônibus. Dá tempo? O que você cortaria ou mudaria? Orçamento apertado."""
        ),
    ],
    "it": [
        _u(
            "mi scrivi un messaggio di auguri per la laurea di mia cugina? niente di troppo sdolcinato"
        ),
        _u("Quanto deve cuocere il ragù alla bolognese? Mia nonna diceva almeno tre ore, è vero?"),
        _u("Perché Venezia è costruita sull'acqua? Come hanno fatto?"),
        _u("in un triangolo rettangolo i cateti sono 6 e 8, quanto è l'ipotenusa? e l'area?"),
        _u("È vero che bisogna aspettare tre ore dopo mangiato per fare il bagno?"),
        _u("Il condominio può vietarmi di tenere un cane in appartamento? In generale in Italia"),
        _u("Cosa vedere in Puglia in una settimana a giugno, senza stress?"),
        _u("Come rispondo alla domanda 'dove ti vedi tra cinque anni' a un colloquio?"),
        _u("perché quando apro una bottiglia di spumante fa il botto"),
        _u("Si dice 'qual è' o 'qual'è'? Ogni volta devo controllare"),
        _u("Meglio un mutuo a tasso fisso o variabile? Parlando in generale, senza numeri miei"),
        _u("dammi un indovinello difficile da fare ai miei nipoti"),
        _u("Scrivi una breve poesia sul primo caffè del mattino"),
        _u("chi erano i Medici e perché erano così potenti?"),
        _u("Sto imparando il tedesco, come faccio a ricordarmi gli articoli der die das?"),
        _m(
            "Scrivimi una mail per chiedere al professore di spostare l'esame orale, ho due esami lo stesso giorno.",
            "Oggetto: Richiesta spostamento appello orale\n\nGentile Professore,\n\nsono una studentessa del corso di Storia moderna e sono iscritta all'appello orale del 18 giugno. Purtroppo nella stessa giornata ho un altro esame scritto obbligatorio. Sarebbe possibile sostenere l'orale in un'altra data dello stesso appello?\n\nLa ringrazio per la disponibilità.\n\nCordiali saluti,\nGiulia",
            "più breve",
        ),
        _m(
            "Cos'è la deviazione standard? Ce l'hanno spiegata ma non ho capito.",
            "Misura quanto i dati si allontanano, in media, dalla loro media. Se i voti di una classe sono tutti tra 6 e 7, la deviazione standard è piccola; se vanno da 3 a 10, è grande. Si calcola facendo la radice quadrata della media dei quadrati degli scarti dalla media.",
            "fammi un esempio con numeri",
        ),
        _m(
            "Raccontami in breve la spedizione dei Mille.",
            "Nel maggio 1860 Giuseppe Garibaldi partì da Quarto, vicino a Genova, con circa mille volontari. Sbarcati a Marsala, in Sicilia, sconfissero l'esercito borbonico a Calatafimi, presero Palermo e poi risalirono la penisola fino a Napoli. L'impresa portò all'annessione del Regno delle Due Sicilie al Regno di Sardegna e alla nascita del Regno d'Italia nel 1861.",
            "e l'incontro di Teano?",
        ),
        _m(
            "Sono straniera e studio italiano. Come si usa 'ne'?",
            '\'Ne\' sostituisce una quantità o qualcosa introdotto da \'di\'. Per esempio: "Quanti caffè bevi?" "Ne bevo due" (= due caffè). Oppure: "Parliamo del viaggio?" "Sì, ne parliamo domani" (= del viaggio).',
            "e 'ci'?",
        ),
        _m(
            "Ho spesso il naso chiuso la mattina appena sveglio, da cosa può dipendere in generale?",
            "Le cause più comuni sono l'aria secca in camera, la polvere o gli acari, le allergie stagionali o una leggera rinite. Aiuta arieggiare la stanza, lavare spesso le lenzuola, usare un umidificatore e fare lavaggi nasali con soluzione fisiologica. Se persiste per settimane, meglio sentire un medico.",
            "gli acari come li riduco?",
        ),
        _m(
            "Risolvi: 2(x + 3) = 14",
            "2x + 6 = 14 → 2x = 8 → x = 4.",
            "e 3(x - 1) = x + 9?",
        ),
        _m(
            "Consigli per un weekend a Torino, prima volta?",
            "Giorno 1: Museo Egizio la mattina, pranzo in centro, passeggiata per via Roma e piazza San Carlo, aperitivo ai Murazzi. Giorno 2: Mole Antonelliana con il Museo del Cinema, salita all'ascensore panoramico, pomeriggio al Valentino e bicerin in un caffè storico.",
            "e da mangiare cosa non devo perdermi?",
        ),
        _s(
            "Sei l'assistente di un caseificio campano che organizza visite guidate. Rispondi con simpatia.",
            "che differenza c'è tra mozzarella di bufala e fior di latte? e quale va sulla pizza?",
        ),
        _s(
            "Sei un tutor di latino per studenti del liceo. Spiega con pazienza e con esempi.",
            "come riconosco un ablativo assoluto nella frase?",
        ),
        _s(
            "Sei il chatbot dell'agriturismo Il Poggio in Toscana.",
            "si può fare una degustazione di vini anche se non dormiamo da voi?",
            "Certo! Le degustazioni si fanno dal giovedì alla domenica alle 17:00, durano circa un'ora e mezza e includono quattro vini con salumi e formaggi. È consigliata la prenotazione.",
            "e per i bambini c'è qualcosa?",
        ),
        _s(
            "Sei il chatbot di un'associazione di genitori di ragazzi delle medie. Dai consigli generali, non diagnosi.",
            "mio figlio di 13 anni dorme fino a mezzogiorno nel weekend, è pigrizia o è normale alla sua età?",
        ),
        _u(
            """Mi riassumi questo testo in tre frasi? Mi serve per una presentazione al corso di barista.

La storia dell'espresso inizia a Torino nel 1884, quando Angelo Moriondo brevettò una macchina che usava il vapore per preparare grandi quantità di caffè in poco tempo. Agli inizi del Novecento, a Milano, Luigi Bezzera e Desiderio Pavoni perfezionarono l'idea, creando macchine capaci di preparare una tazzina alla volta, "espressamente" per il cliente. Il caffè però era ancora amaro e bruciato, a causa delle alte temperature. La vera svolta arrivò nel 1947 con Achille Gaggia, che introdusse un sistema a leva capace di spingere l'acqua ad alta pressione: nacque così la crema, che diventò il segno distintivo dell'espresso italiano. Nel dopoguerra i bar con la macchina a leva si diffusero ovunque, e l'espresso diventò un rito quotidiano."""
        ),
        _u(
            """Problema di geometria di mia figlia, seconda media, non riesco ad aiutarla:

"Un giardino rettangolare misura 24 m per 15 m. Tutto intorno, all'interno del giardino, si vuole costruire un vialetto largo 1,5 m. Calcola l'area del vialetto e l'area della parte che resta a prato. Se un sacco di semi basta per 20 m², quanti sacchi servono?"

Me lo spieghi con un disegno a parole, passo passo?"""
        ),
        _u(
            """Puoi correggere questa mail che devo mandare all'amministratore di condominio? Mi sembra troppo aggressiva:

Buongiorno,

è la terza volta che segnalo che il portone d'ingresso non si chiude bene e nessuno ha fatto niente. Chiunque può entrare nel palazzo a qualsiasi ora. Pago le spese condominiali come tutti e pretendo che la cosa venga sistemata subito, altrimenti mi rivolgerò a chi di dovere. Aspetto una risposta entro venerdì.

Saluti
Marco"""
        ),
        _u(
            """Stiamo organizzando una cena per 12 persone e ho fatto questo menù. È troppo? Troppo poco? Qualche consiglio sulle quantità?

Antipasto: tagliere di salumi e formaggi, bruschette al pomodoro
Primo: lasagne alla bolognese (2 teglie grandi)
Secondo: arrosto di vitello con patate al forno
Contorno: insalata mista
Dolce: tiramisù (1 teglia)
Vino: 6 bottiglie di rosso, 2 di bianco

Ci sono anche due vegetariani."""
        ),
        _u("come si dice 'ci vediamo dopo' in napoletano?"),
        _u("Quante regioni ha l'Italia e qual è la più piccola?"),
        _u("Perché in tante famiglie italiane la vigilia di Natale si mangia pesce?"),
        _u("come si chiede scusa a un amico dopo una litigata stupida?"),
        _u(
            "secondo te è meglio vivere in una grande città o in un paesino? dimmi cosa pensi davvero"
        ),
        _u("Perché il ghiaccio galleggia mentre quasi tutti i solidi affondano nel loro liquido?"),
        _u("Cos'è il TFR e quando si riceve? In generale"),
        _u(
            "regalo per la maestra di fine anno, siamo 20 genitori, budget 100 euro. idee non banali?"
        ),
        _u("Si scrive 'un po'' o 'un pò'? Non me lo ricordo mai"),
        _u("Come si formano i diamanti? È vero che vengono dal carbone?"),
        _u(
            "dammi una battuta simpatica da dire quando il mio capo sbaglia il mio nome per la quinta volta"
        ),
        _u("Ho del pane raffermo di tre giorni, che ci faccio oltre al pangrattato?"),
        _u("Chi ha inventato davvero la pizza margherita? La storia della regina è vera?"),
        _u(
            "In che periodo dell'anno conviene cercare lavoro in Italia? Ho sentito che ad agosto è inutile"
        ),
        _m(
            "Cos'è la successione di Fibonacci?",
            "È una sequenza in cui ogni numero è la somma dei due precedenti: 0, 1, 1, 2, 3, 5, 8, 13, 21, 34... Prende il nome da Leonardo Pisano, detto Fibonacci, che la descrisse nel 1202 con un problema sulla riproduzione dei conigli.",
            "com'era il problema dei conigli?",
        ),
        _m(
            "Aiutami a scrivere un messaggio di scuse a un'amica: mi sono dimenticata del suo compleanno.",
            'Ecco una proposta:\n\n"Sara, sono una pessima amica e lo so. Ieri era il tuo compleanno e mi è completamente sfuggito, tra lavoro e trasloco ho la testa altrove. Questo non cambia quanto tengo a te. Ti offro una cena questa settimana, scegli tu dove — e stavolta me lo segno ovunque! Auguri in ritardo, ti voglio bene."',
            "togli la parte del trasloco, sembra una scusa",
        ),
        _m(
            "Studio italiano. Quando si usa il congiuntivo?",
            'Si usa soprattutto dopo verbi di opinione, desiderio, dubbio o emozione (penso che, voglio che, spero che, ho paura che): "Penso che sia tardi". Anche dopo certe congiunzioni come benché, affinché, prima che: "Esco prima che piova".',
            "e dopo 'se'?",
        ),
        _m(
            "Perché è caduto l'Impero romano d'Occidente?",
            "Non c'è una causa unica: crisi economica e fiscale, instabilità politica con molti imperatori in pochi anni, pressione dei popoli germanici ai confini, un esercito sempre più dipendente da truppe barbariche e la divisione con l'Oriente, più ricco. Nel 476 Odoacre depose Romolo Augustolo, data simbolica della fine.",
            "e quello d'Oriente perché è durato così tanto?",
        ),
        _m(
            "Ho zucchine, uova e parmigiano. Cena veloce?",
            "Una frittata di zucchine: taglia 2-3 zucchine a rondelle sottili e falle rosolare in padella con olio e un po' di cipolla. Sbatti 5 uova con parmigiano, sale e pepe, versale sulle zucchine e cuoci a fuoco basso col coperchio, poi gira con un piatto.",
            "e se voglio farla al forno?",
        ),
        _m(
            "Come posso iniziare a risparmiare se a fine mese non mi avanza niente?",
            "Primo passo: segnare tutte le spese per un mese, anche i caffè. Poi individuare due o tre voci da ridurre e mettere da parte quella cifra appena arriva lo stipendio, non a fine mese. Anche 30-50 euro all'inizio vanno bene.",
            "dove li metto, sul conto?",
            "Meglio separarli dal conto corrente, così non li tocchi: un conto deposito libero o un salvadanaio digitale della banca, con zero o pochissimi costi. Per ora l'importante è che siano disponibili in caso di emergenza.",
            "e i buoni fruttiferi postali?",
        ),
        _m(
            "Scrivimi una breve filastrocca sulla pioggia per bambini di 4 anni",
            "Plic, ploc, fa la pioggia,\nsalta il ranocchio sulla loggia,\nstivaletti gialli e ombrello blu,\ncorro in pozzanghera, vieni anche tu!",
            "un'altra sul sole",
        ),
        _m(
            "Quante calorie ha una porzione di lasagne?",
            "Una porzione media di lasagne alla bolognese (circa 300 g) ha più o meno 450-550 kcal, a seconda di quanto besciamella e formaggio ci sono.",
            "e quelle vegetariane?",
        ),
        _m(
            "Traduci in spagnolo: 'Mi dispiace, oggi non posso venire, ci sentiamo domani.'",
            '"Lo siento, hoy no puedo ir, hablamos mañana."',
            "e in portoghese?",
        ),
        _m(
            "Il mio gatto graffia il divano. Come lo faccio smettere?",
            "Dagli un'alternativa migliore: un tiragraffi alto e stabile proprio vicino al divano, magari con un po' di erba gatta. Premialo quando lo usa. Sul divano puoi mettere temporaneamente del nastro biadesivo o una coperta, che ai gatti non piacciono. Tagliargli le unghie regolarmente aiuta.",
            "e se ha già un tiragraffi e lo ignora?",
        ),
        _m(
            "Quanti minuti sono 3,5 ore?",
            "3,5 × 60 = 210 minuti.",
            "e 2 ore e 45 in ore decimali?",
        ),
        _m(
            "Ci serve un nome per la nostra squadra di calcetto del giovedì, siamo tutti over 40",
            "Qualche proposta: 'Vecchie Glorie', 'Real Menisco', 'Atletico Panchina', 'Gli Ultimi Fuochi', 'Dinamo Divano'.",
            "più cattivi, che mettano paura",
        ),
        _m(
            "Perché la Torre di Pisa pende?",
            "Perché fu costruita su un terreno morbido, fatto di argilla e sabbia. Già durante la costruzione, iniziata nel 1173, cominciò a inclinarsi; i lavori si fermarono per quasi un secolo, e i costruttori successivi cercarono di compensare rendendo i piani superiori leggermente curvi.",
            "e adesso rischia di cadere?",
        ),
        _s(
            "Sei l'assistente di un blog di cucina regionale italiana. Rispondi con dosi precise.",
            "come si fanno i pizzoccheri della Valtellina per 4?",
        ),
        _s(
            "Sei un tutor di storia per la scuola media. Usa frasi semplici.",
            "cos'era il Risorgimento?",
            "È il periodo dell'Ottocento in cui l'Italia, divisa in tanti Stati, si è unificata. Ci sono state tre guerre d'indipendenza, la spedizione dei Mille di Garibaldi e, nel 1861, la nascita del Regno d'Italia.",
            "e Roma quando è diventata capitale?",
        ),
        _s(
            "Sei l'assistente virtuale di un'associazione di consumatori. Dai informazioni generali, senza entrare nei casi specifici.",
            "quanto dura la garanzia su un elettrodomestico comprato in negozio, in generale?",
        ),
        _s(
            "Sei un personal trainer virtuale. Dai consigli generali e in caso di dolore suggerisci un professionista.",
            "voglio fare 10.000 passi al giorno ma lavoro seduto tutto il giorno, come faccio?",
        ),
        _s(
            "Sei l'assistente di un coro amatoriale di Trento. Dai consigli semplici ai coristi.",
            "nelle note lunghe resto sempre senza fiato a metà, come faccio?",
        ),
        _s(
            "Sei l'assistente di una libreria per ragazzi. Consigli brevi e adatti all'età.",
            "un libro per un dodicenne che ama solo il calcio e odia leggere",
        ),
        _s(
            "Sei l'assistente di un'agenzia per il lavoro. Aiuti i candidati a prepararsi ai colloqui.",
            "come mi vesto per un colloquio in uno studio di commercialisti?",
            "Meglio un look classico e sobrio: per lui giacca scura, camicia chiara, pantaloni eleganti e scarpe pulite, la cravatta è un di più apprezzato; per lei tailleur o pantalone con blusa, colori neutri, pochi accessori. L'importante è essere ordinati e a proprio agio.",
            "e d'estate con 35 gradi?",
        ),
        _u(
            """Mi traduci questo articolo in italiano? Poi dimmi in una frase di cosa parla.

Researchers studying bees in city parks have found that urban honeybees are often healthier than those living on farms. The scientists believe the reason is diversity: in cities, bees can feed on a wide variety of flowers from gardens, balconies and parks, while in the countryside they often depend on just one or two crops treated with pesticides. The study, carried out over three summers, also found that city honey had a more complex flavour. The researchers now encourage residents to plant bee-friendly flowers such as lavender and sunflowers, even in small pots."""
        ),
        _u(
            """Abbiamo fatto un sondaggio tra i soci della bocciofila (60 persone) su quale gita organizzare:

Lago di Garda: 22
Cinque Terre: 14
Assisi: 9
Langhe (degustazione): 15

Puoi calcolarmi le percentuali e scrivermi un breve avviso da appendere in bacheca con il risultato? Tono simpatico."""
        ),
        _u(
            """Questa è l'introduzione della mia tesina di terza media sull'acqua. La prof dice che è poco scorrevole, me la sistemi senza renderla troppo da adulto?

L'acqua è importante. Senza acqua non ci sarebbe la vita sulla Terra. Il 70% della Terra è coperto dall'acqua ma solo una piccola parte è acqua dolce che possiamo bere. In molti paesi del mondo le persone non hanno l'acqua potabile e devono camminare per tanti chilometri per prenderla. Nella mia tesina parlerò del ciclo dell'acqua, poi di come l'acqua arriva nelle nostre case e poi di cosa possiamo fare per non sprecarla. Ho scelto questo argomento perché l'estate scorsa nel mio paese c'è stata la siccità e il sindaco ha chiuso le fontane."""
        ),
        _u(
            """Ho trascritto le regole della scopa come me le ha spiegate mio nonno. Mi dici se sono giuste e me le riscrivi in ordine per i miei amici stranieri?

si gioca in due o in quattro a coppie, con le carte napoletane da 40. si danno tre carte a testa e quattro in tavola. se in tavola ci sono tre re all'inizio si rimescola. a turno butti una carta e prendi quella uguale in tavola oppure più carte che sommate fanno il valore della tua. se prendi tutto fai scopa e vale un punto. quando finiscono le carte in mano se ne danno altre tre. alla fine chi ha più carte un punto, più denari un punto, il settebello un punto e la primiera un punto. si arriva a 11."""
        ),
        _u(
            """Mia zia mi ha mandato questo vocale che ho trascritto, sono le istruzioni per il pranzo di Natale da noi. Mi fai una lista ordinata di cose da fare e da comprare, divisa per giorni?

allora tesoro, siamo in diciotto, i tortellini li faccio io il 23 però mi servono due chili di farina e trenta uova, il brodo lo facciamo la mattina del 25 col cappone e un pezzo di manzo, prendilo dal macellaio di via Roma che lo ordini entro il 20. l'arrosto lo fa tua madre. tu pensa agli antipasti, salumi e la giardiniera, e la frutta secca. il panettone lo porta lo zio. ricordati di contare le sedie che l'anno scorso mancavano, e le tovaglie vanno lavate prima. ah e il vino, almeno dodici bottiglie, e l'acqua."""
        ),
        _u(
            """Mi aiuti a commentare questa poesia per l'interrogazione di domani? Tema, figure retoriche e cosa vuole dire.

Soldati

Si sta come
d'autunno
sugli alberi
le foglie

(Giuseppe Ungaretti, Bosco di Courton, luglio 1918)

La prof vuole almeno 10 righe, io ho scritto solo che parla della guerra."""
        ),
        _u(
            """Sto organizzando un viaggio in Sicilia di 10 giorni in macchina ad agosto. Dimmi se è troppo:

Giorno 1-2: Palermo
Giorno 3: Cefalù
Giorno 4: Agrigento (Valle dei Templi)
Giorno 5-6: Siracusa e Ortigia
Giorno 7: Noto e Marzamemi
Giorno 8: Catania
Giorno 9: Etna
Giorno 10: Taormina e volo da Catania

Viaggiamo con un bambino di 6 anni e fa caldissimo."""
        ),
    ],
    "ko": [
        _u("시어머니 생신 카드에 쓸 문구 좀 추천해줘. 너무 딱딱하지 않게"),
        _u("세종대왕이 한글을 만든 진짜 이유가 뭐야"),
        _u("원가 12,000원짜리 물건에 30% 이윤을 붙이면 판매가는 얼마야? 부가세는 빼고"),
        _u("공복에 커피 마시면 위에 안 좋다는 거 사실이야?"),
        _u("전세 계약 끝났는데 집주인이 보증금을 안 돌려주면 일반적으로 어떻게 해야 돼?"),
        _u("부산 1박 2일 뚜벅이 여행 코스 짜줘. 바다 보이는 카페 꼭 넣어서"),
        _u("팀장님한테 연차 쓰겠다고 말하는 거 너무 눈치 보여요. 어떻게 말하면 좋을까요"),
        _u("번개는 왜 지그재그 모양으로 떨어져?"),
        _u("'안 되'랑 '안 돼' 뭐가 맞는 거야 맨날 헷갈려"),
        _u("사회초년생인데 적금이랑 청약 중에 뭐부터 하는 게 좋아? 일반적인 얘기로"),
        _u("아재개그 하나만 해줘 ㅋㅋ 회식 때 써먹게"),
        _u("비 오는 날에 관한 짧은 시 써줘"),
        _u("일본어 공부 시작하려는데 히라가나 외우는 팁 있어?"),
        _m(
            "잡채 만들 때 당면이 자꾸 불어. 어떻게 해야 쫄깃해?",
            "당면은 끓는 물에 6~7분 삶은 뒤 찬물에 헹구지 말고 바로 건져서 간장, 참기름, 설탕으로 먼저 밑간을 해두세요. 그래야 양념이 배고 잘 안 불어요. 채소와 고기는 따로 볶아서 마지막에 버무리면 됩니다.",
            "미리 만들어 둬도 돼? 내일 손님 와",
        ),
        _m(
            "회사 동료 결혼식에 못 가게 됐는데 축하 메시지 써 줄래?",
            "지영 씨, 결혼 진심으로 축하드려요! 직접 가서 축하해 드리지 못해 너무 아쉽네요. 두 분이 서로 아끼며 늘 웃음 가득한 가정 꾸리시길 바랄게요. 신혼여행 잘 다녀오시고, 회사에서 맛있는 거 사 드릴게요 😊",
            "조금 더 짧게, 카톡으로 보낼 거야",
        ),
        _m(
            "확률이랑 통계 차이가 뭐야?",
            "확률은 규칙을 알고 있을 때 어떤 일이 일어날 가능성을 계산하는 거예요(예: 주사위에서 6이 나올 확률 1/6). 통계는 반대로, 실제로 모은 데이터를 보고 그 뒤에 있는 규칙이나 경향을 추정하는 거고요(예: 설문 결과로 전체 국민의 의견 추정).",
            "표본이랑 모집단은?",
        ),
        _m(
            "고려 시대랑 조선 시대 가장 큰 차이가 뭐야?",
            "가장 크게는 국가 이념이 달라요. 고려는 불교를 국교처럼 중시했고 귀족(문벌) 중심 사회였던 반면, 조선은 성리학(유교)을 통치 이념으로 삼고 과거제를 통해 양반 관료가 나라를 운영했어요. 수도도 개경에서 한양으로 옮겼고요.",
            "그럼 고려는 왜 망했어?",
        ),
        _m(
            "늑대랑 양이랑 양배추 데리고 강 건너는 퍼즐 알아? 답이 기억 안 나",
            "네! 배에는 농부와 하나만 탈 수 있고, 늑대와 양, 양과 양배추를 따로 두면 안 되죠. 1) 양을 데리고 건넌다 2) 혼자 돌아온다 3) 늑대를 데리고 건너고 양을 다시 데려온다 4) 양을 두고 양배추를 데리고 건넌다 5) 혼자 돌아와서 마지막으로 양을 데리고 건넌다.",
            "비슷한 문제 하나 더 내줘",
        ),
        _m(
            "영어 회화 혼자 연습하는 방법 있어? 학원 다닐 시간이 없어",
            "혼자서도 할 수 있는 방법이 꽤 있어요. 1) 좋아하는 미드나 유튜브 한 장면을 따라 말하는 쉐도잉 2) 하루 있었던 일을 영어로 혼잣말하기 3) 짧은 일기를 영어로 쓰고 소리 내서 읽기 4) 자기 목소리를 녹음해서 들어보기. 하루 15분이라도 매일 하는 게 중요해요.",
            "쉐도잉은 어떻게 하는 건데?",
        ),
        _m(
            "제주도 3월에 가면 뭐 입어야 해?",
            "3월 제주는 낮 기온이 10~15도 정도지만 바람이 강해서 체감은 더 추워요. 얇은 니트나 맨투맨에 바람막이나 가벼운 패딩을 겹쳐 입는 걸 추천해요. 유채꽃이 피기 시작하는 시기라 사진 찍기도 좋아요.",
            "우산도 챙겨야 해?",
        ),
        _s(
            "당신은 '책방 오늘'의 도서 추천 챗봇입니다. 친근하게 대답하세요.",
            "소설 잘 안 읽는 남편한테 선물할 책 추천해 주세요. 두껍지 않은 걸로요",
        ),
        _s(
            "너는 중학생 국어 과외 선생님이야. 쉽게 예를 들어 설명해 줘.",
            "은유법이랑 직유법 차이 모르겠어요",
        ),
        _s(
            "당신은 동물병원 접수 안내 챗봇입니다. 일반적인 정보만 주고, 증상이 있으면 내원을 권하세요.",
            "강아지가 포도 몇 알 먹어도 괜찮아요?",
            "아니요, 포도와 건포도는 개에게 소량이라도 신장 손상을 일으킬 수 있어 위험합니다. 이미 먹었다면 바로 병원에 연락해 주세요.",
            "초콜릿은요?",
        ),
        _s(
            "당신은 청년 취업 상담 센터의 상담원입니다. 현실적이면서 따뜻하게 조언해 주세요.",
            "공무원 시험 3년 준비했는데 또 떨어졌어요. 이제 그만두고 취업해야 할까요",
        ),
        _u(
            """이 글 세 줄로 요약해 줘. 한국사 발표 자료에 넣을 거야.

훈민정음은 1443년 세종이 창제하고 1446년에 반포한 문자이다. 당시 백성들은 한자를 배우기 어려워 억울한 일이 있어도 글로 호소하기 힘들었고, 세종은 이를 안타깝게 여겨 누구나 쉽게 배울 수 있는 글자를 만들었다. 그러나 최만리 등 일부 학자들은 중국을 섬기는 도리에 어긋나고 학문을 가볍게 만든다며 반대 상소를 올렸다. 반포 이후에도 한글은 오랫동안 공식 문서보다는 편지, 소설, 불경 번역 등에서 주로 쓰였고, '언문'이라고 낮춰 불리기도 했다. 한글이 나라의 공식 문자로 인정된 것은 1894년 갑오개혁 때였으며, 일제강점기에는 조선어학회가 맞춤법 통일안을 만들며 한글을 지키기 위해 노력했다."""
        ),
        _u(
            """우리 반 수학 점수로 통계 숙제를 해야 하는데 좀 봐줘.

점수: 72, 85, 90, 64, 78, 88, 95, 70, 82, 76

1) 평균 2) 중앙값 3) 최댓값과 최솟값의 차이(범위) 구하래. 그리고 80점 이상인 학생 비율도. 풀이 과정도 같이 적어줘."""
        ),
        _u(
            """친구 결혼식 축사 초안인데 좀 다듬어 줘. 너무 길고 어색한 것 같아. 2분 안으로.

안녕하세요. 저는 신부의 중학교 때부터 친구인 서연이라고 합니다. 오늘 이렇게 축사를 하게 되어서 정말 떨리고 영광입니다. 민지는 중학교 1학년 때 제 짝꿍이었는데 처음에는 말도 별로 안 하고 조용한 친구인 줄 알았는데 알고 보니 엄청 웃기고 의리 있는 친구였습니다. 제가 고3 때 힘들어할 때 매일 밤 전화해 줬고 대학 때 제가 이사할 때도 하루 종일 도와줬습니다. 그런 민지가 이렇게 좋은 사람을 만나서 결혼을 한다니 너무 기쁩니다. 신랑분은 처음 만났을 때부터 민지를 정말 아끼는 게 보여서 안심이 되었습니다. 두 사람 앞으로 행복하게 잘 살았으면 좋겠습니다. 감사합니다."""
        ),
        _u(
            """다음 달에 이사하는데 내가 만든 체크리스트야. 빠진 거 있으면 추가하고 시기별로 정리해 줘.

- 이사업체 견적 3군데 받기
- 전입신고
- 도시가스 해지/연결
- 인터넷 이전 신청
- 냉장고 비우기
- 버릴 가구 대형폐기물 스티커
- 새 집 청소
- 관리비 정산
- 택배 주소 변경
- 아이 전학 서류

원룸 아니고 3인 가족 투룸에서 쓰리룸으로 가는 거야."""
        ),
        _u("태양계에서 제일 뜨거운 행성 수성 아니야? 금성이라던데"),
        _u("외국인 친구가 한국 사람들은 왜 처음 만나면 나이부터 물어보냐는데 뭐라고 설명하지"),
        _u("친구가 돈 빌려달라는데 거절하는 법 알려줘"),
        _u("하루에 물 2리터 꼭 마셔야 해?"),
        _u("솔직히 부먹이야 찍먹이야? 논리적으로 하나만 골라줘"),
        _u("김장할 때 배추 20포기면 고춧가루 얼마나 필요해?"),
        _u("명절에 친척들 잔소리 들을 때 웃으면서 넘기는 멘트 좀 알려줘"),
        _u("수능 영어 빈칸 추론 문제 푸는 요령 있어?"),
        _u("달에는 왜 공기가 없어?"),
        _u("MBTI 믿을 만한 거야? 회사에서 다들 물어봐서"),
        _u("축의금 5만 원이랑 10만 원 기준이 뭐야 요즘"),
        _u("조선 시대 사람들은 겨울에 얼음을 어떻게 여름까지 보관했어?"),
        _u("등산 초보인데 북한산 어느 코스가 제일 무난해?"),
        _u("'왠지'랑 '웬지' 중에 뭐가 맞아?"),
        _m(
            "소개팅 전에 카톡으로 약속 잡는 거, 너무 딱딱하지 않게 써 줄래?",
            "안녕하세요! ○○ 소개로 연락드려요 :) 혹시 이번 주말에 시간 괜찮으시면 커피 한잔 어떠세요? 토요일 오후나 일요일 점심 다 괜찮아요. 편하신 장소 있으면 말씀해 주세요!",
            "조금 더 유머 있게",
        ),
        _m(
            "하루에 단백질 얼마나 먹어야 돼? 운동 시작했어",
            "일반적으로 운동을 하지 않는 성인은 체중 1kg당 약 0.8g, 근력 운동을 꾸준히 하는 사람은 1.2~1.6g 정도를 권장해요. 체중이 70kg이면 하루 85~110g 정도예요. 한 번에 몰아서 먹기보다 끼니마다 나눠 먹는 게 좋아요.",
            "닭가슴살 말고 뭐 먹지",
        ),
        _m(
            "첫 직장 2년 차인데 이직해도 될까? 너무 빠른가",
            "2년이면 빠른 편은 아니에요. 중요한 건 '왜' 옮기는지예요. 배울 게 없거나 성장이 멈췄다면 충분한 이유가 되고, 단순히 사람이 힘들어서라면 옮긴 곳에서도 비슷한 일이 생길 수 있어요. 지금 회사에서 얻은 경험을 한두 문장으로 정리할 수 있으면 면접에서도 문제없어요.",
            "면접에서 이직 사유 물으면 뭐라고 해?",
        ),
        _m(
            "조건부 확률 예시 좀 쉽게 들어줘",
            "반에 30명이 있고 그중 안경 쓴 학생이 12명, 안경 쓴 여학생이 5명이라고 해요. '안경 쓴 학생 중에서 한 명을 뽑았을 때 여학생일 확률'은 5/12예요. 전체가 아니라 '안경 쓴 학생'이라는 조건 안에서만 보는 게 조건부 확률이에요.",
            "그럼 독립이라는 건?",
        ),
        _m(
            "임진왜란 때 이순신 장군이 왜 그렇게 유명해?",
            "23번 싸워 한 번도 지지 않았다고 알려져 있어요. 특히 한산도 대첩에서 학익진으로 일본 수군을 크게 무찔렀고, 배 12척으로 100척이 넘는 적을 막아 낸 명량 해전이 유명해요. 바다를 지켜서 일본군의 보급로를 끊은 게 전쟁의 흐름을 바꿨죠.",
            "노량 해전은?",
        ),
        _m(
            "된장찌개 맛있게 끓이는 비법 알려줘",
            "멸치 다시마 육수를 먼저 내고, 된장을 체에 풀어서 넣으세요. 애호박, 양파, 두부, 감자를 넣고, 고춧가루 약간과 다진 마늘로 맛을 잡아요. 된장 1큰술에 고추장 반 큰술 섞으면 더 깊은 맛이 나요. 끓이는 시간은 너무 길지 않게 10분 정도.",
            "차돌박이 넣으면?",
        ),
        _m(
            "일본 오사카 3박 4일 가는데 교통패스 뭐 사야 돼?",
            "오사카 시내 위주라면 '오사카 주유패스'(1일/2일)가 지하철과 관광지 입장을 묶어 줘서 좋아요. 교토나 나라까지 간다면 '간사이 레일웨이 패스'를 고려해 보세요. 하루에 지하철 3~4번 이하면 그냥 IC카드(이코카)로 찍는 게 나을 수도 있어요.",
            "교토는 하루만 갈 건데",
        ),
        _m(
            "'되'랑 '돼' 구분하는 쉬운 방법 있어?",
            "'돼' 자리에 '되어'를 넣어 보세요. 말이 되면 '돼', 안 되면 '되'예요. 예: '안 돼' → '안 되어' (O) 그러니까 '돼'. '되고 싶다' → '되어고 싶다' (X) 그러니까 '되'.",
            "'봬요'도 같은 원리야?",
        ),
        _m(
            "윤달이 뭐야?",
            "음력은 달의 주기(약 29.5일)를 기준으로 해서 1년이 354일 정도라 태양력보다 11일쯤 짧아요. 이 차이가 쌓이는 걸 맞추려고 약 3년에 한 번 한 달을 더 넣는데, 그게 윤달이에요.",
            "윤달에 이사하면 좋다는 건 왜야?",
        ),
        _m(
            "무릎이 안 좋은데 할 만한 운동 추천해 줘. 일반적인 거",
            "무릎에 부담이 적은 운동으로는 수영이나 아쿠아로빅, 실내 자전거, 평지 걷기가 좋아요. 허벅지 앞쪽 근육을 키우는 운동(의자에 앉아 다리 펴기 등)도 무릎을 받쳐 줘요. 통증이 심하거나 붓는다면 먼저 진료를 받아 보세요.",
            "계단 오르기는?",
        ),
        _m(
            "친구 집들이 선물 뭐가 좋아? 3만 원 선",
            "무난하면서 센스 있는 걸로는 좋은 디퓨저나 핸드워시 세트, 예쁜 유리컵 세트, 원두나 드립백 선물 세트, 실내 식물(몬스테라, 스투키) 같은 게 있어요. 휴지나 세제도 전통적인 선택이지만 요즘은 같이 섞어서 주기도 해요.",
            "남자 혼자 사는 집이야",
        ),
        _m(
            "점심 메뉴 고르기 너무 힘들어. 그냥 골라 줘",
            "오늘은 제육볶음 정식 어때요? 밥 한 공기 뚝딱이고 오후에 힘 나요.",
            "어제 먹었어",
            "그럼 시원하게 물냉면이랑 만두 반 접시 어때요?",
            "비 오는데",
        ),
        _m(
            "고양이는 왜 상자만 보면 들어가?",
            "고양이는 좁고 몸을 감싸는 공간에서 안정감을 느껴요. 야생에서 포식자를 피하고 사냥감을 몰래 지켜보던 습성 때문이라고 해요. 상자는 보온도 잘 돼서 체온 유지에도 좋고요.",
            "그럼 비닐봉지도 좋아하는 건?",
        ),
        _m(
            "주식이랑 펀드 차이가 뭐야? 완전 기초부터",
            "주식은 내가 직접 특정 회사의 지분을 사는 거고, 펀드는 여러 사람의 돈을 모아서 전문가(운용사)가 여러 주식이나 채권에 나눠 투자하는 상품이에요. 주식은 직접 고르고 책임지는 대신 수수료가 적고, 펀드는 분산 투자가 되지만 운용 보수를 내요.",
            "ETF는 그 중간이야?",
        ),
        _s(
            "당신은 '밥심' 레시피 앱의 요리 도우미입니다. 재료 양을 구체적으로 알려 주세요.",
            "4인분 떡볶이 레시피",
            "떡 500g, 어묵 3장, 대파 1대, 물 500ml, 고추장 3큰술, 고춧가루 1큰술, 간장 1큰술, 설탕 2큰술, 다진 마늘 1큰술. 물에 양념을 먼저 풀어 끓이고, 떡과 어묵을 넣어 중불에서 8~10분 졸이다가 대파를 넣으면 끝이에요.",
            "안 맵게 하려면?",
        ),
        _s(
            "당신은 법률 정보 포털의 안내 챗봇입니다. 일반적인 법 상식만 안내하고, 구체적인 사건은 변호사 상담을 권하세요.",
            "중고거래에서 물건 받았는데 설명이랑 완전 달라요. 일반적으로 환불 요구할 수 있나요?",
        ),
        _s(
            "너는 직장인 대상 영어 이메일 첨삭 도우미야.",
            "Dear Mr. Parker, I am writing to ask the meeting schedule change. Because of my business trip I cannot attend on Monday. Please let me know possible date.",
        ),
        _s(
            "당신은 지역 문화센터 강좌 안내 챗봇입니다.",
            "50대 초보도 배울 수 있는 악기 강좌 뭐가 있을까요? 우쿨렐레랑 기타 중에 고민 중이에요",
        ),
        _s(
            "당신은 여행 커뮤니티의 질문 답변 도우미입니다.",
            "베트남 다낭 7월에 가면 너무 더울까요?",
            "7월 다낭은 낮 최고 35도 안팎으로 많이 덥지만 우기가 아니라 비는 적고 바다 놀기에는 좋은 편이에요. 한낮에는 실내나 숙소 수영장에서 쉬고, 아침과 해 질 녘에 관광하는 일정을 추천해요.",
            "바나힐은 언제 가는 게 좋아요?",
        ),
        _s(
            "당신은 사내 복지 안내 챗봇입니다. 일반적인 사내 행사나 생활 질문에도 친절히 답합니다.",
            "부서 송년회 레크리에이션으로 20명이 같이 할 만한 게임 추천해 줘요",
        ),
        _u(
            """이 영어 기사 한국어로 번역하고 세 줄 요약해 줘. 영어 스터디 과제야.

Scientists in Norway have found that people who spend at least two hours a week in nature report better health and well-being than those who do not. The study, which surveyed nearly 20,000 adults, found that it did not matter whether the time was spent in one long visit or several shorter ones. Parks, forests and beaches all counted. Interestingly, people who spent less than two hours showed no clear benefit, suggesting there may be a minimum "dose" of nature. The researchers stress that the study shows a link, not proof that nature directly improves health, but they say the results are encouraging for city planners who want to create more green spaces."""
        ),
        _u(
            """동아리 회원 40명한테 설문했는데 결과 정리 좀 도와줘.

Q. 정기 모임 요일 선호
월 5명 / 화 8명 / 수 14명 / 목 9명 / 금 4명

Q. 모임 시간
18시 12명 / 19시 20명 / 20시 8명

각 항목 퍼센트 계산해 주고, 공지에 쓸 결론 문장 두 개만 써 줘. 그래프는 뭐가 좋을지도."""
        ),
        _u(
            """중학교 2학년 수학 문제인데 답지 풀이가 이해가 안 돼요.

"어떤 일을 A가 혼자 하면 12일, B가 혼자 하면 18일이 걸린다. 처음 3일은 A 혼자 일하고, 나머지는 A와 B가 함께 하여 일을 끝냈다. A와 B가 함께 일한 날은 며칠인가?"

전체 일의 양을 1로 놓는다는 게 무슨 말인지부터 설명해 주세요."""
        ),
        _u(
            """동네 독서모임에서 이번 달 책 소개 글을 써야 하는데, 내가 쓴 초안 좀 자연스럽게 고쳐 줘.

이번 달 책은 '어린 왕자'입니다. 어릴 때 읽었을 때는 그냥 이상한 동화라고 생각했는데 어른이 돼서 다시 읽으니까 완전히 다르게 읽혔습니다. 특히 여우가 말하는 '길들인다'는 말이 마음에 남았습니다. 관계를 맺는다는 것은 시간과 정성이 드는 일이라는 걸 다시 생각하게 되었습니다. 얇은 책이라서 부담 없이 읽을 수 있으니 많이들 참여해 주세요. 모임 때는 각자 가장 좋았던 문장을 하나씩 가져와 주시면 좋겠습니다."""
        ),
        _u(
            """이 시 수행평가로 감상문 써야 하는데, 핵심 정서랑 표현법 정리 좀 도와줘.

죽는 날까지 하늘을 우러러
한 점 부끄럼이 없기를,
잎새에 이는 바람에도
나는 괴로워했다.
별을 노래하는 마음으로
모든 죽어 가는 것을 사랑해야지
그리고 나한테 주어진 길을
걸어가야겠다.

오늘 밤에도 별이 바람에 스치운다.

(윤동주, 서시)"""
        ),
        _u(
            """제주도 4박 5일 렌터카 여행 일정이야. 동선이 너무 왔다 갔다 하는 것 같은데 다시 짜 줄래?

1일차: 공항 → 성산일출봉 → 우도 → 숙소(서귀포)
2일차: 한림공원 → 협재해수욕장 → 오설록 → 숙소(서귀포)
3일차: 만장굴 → 함덕해수욕장 → 동문시장 → 숙소(서귀포)
4일차: 천지연폭포 → 중문 → 산방산 → 숙소(서귀포)
5일차: 애월 카페 → 공항

숙소는 바꿀 수 있어. 부모님이랑 같이 가."""
        ),
        _u(
            """회사 워크숍 사회를 보게 됐는데 오프닝 멘트 초안이야. 너무 딱딱해서 좀 재밌게 바꿔 줘.

안녕하십니까. 지금부터 2025년 상반기 영업본부 워크숍을 시작하겠습니다. 바쁘신 가운데 참석해 주신 여러분께 감사드립니다. 오늘 일정은 오전에 본부장님 말씀과 상반기 성과 공유가 있고, 점심 식사 후 팀별 레크리에이션, 그리고 저녁 만찬으로 이어질 예정입니다. 원활한 진행을 위해 휴대전화는 진동으로 해 주시기 바랍니다. 그럼 먼저 본부장님의 인사 말씀을 듣겠습니다."""
        ),
        _u("세계에서 처음으로 여성이 투표권을 가진 나라가 어디야?"),
        _u("고등학생한테 추천할 만한 경제 입문서 있어?"),
    ],
    "ru": [
        _u("помоги написать поздравление коллеге с 8 марта, чтобы не банально"),
        _u("Сколько варить говяжий язык и когда снимать кожу?"),
        _u("Почему Наполеон вообще пошёл на Москву, а не на Петербург?"),
        _u(
            "Бассейн наполняется первой трубой за 6 часов, второй за 3. За сколько наполнят вместе? Объясни ребёнку, 6 класс"
        ),
        _u("правда ли что после шести вечера есть вредно или это миф"),
        _u(
            "Может ли работодатель не отпустить в отпуск, если он был в графике? В общих чертах, по ТК РФ"
        ),
        _u("Куда съездить на майские из Москвы на поезде, чтобы не дорого и красиво?"),
        _u("Как вежливо напомнить начальнику, что он обещал повышение полгода назад?"),
        _u("почему небо ночью тёмное, если звёзд бесконечно много"),
        _u(
            "Вклад или облигации федерального займа — что проще для новичка? Без конкретики, в целом"
        ),
        _u("загадай загадку, только не детскую"),
        _u("Напиши короткое стихотворение про первый снег за окном"),
        _u("Кто такие декабристы и чего они хотели?"),
        _u(
            "Учу английский, никак не запомню, когда present perfect, а когда past simple. Объясни по-человечески"
        ),
        _m(
            "Помоги составить письмо в управляющую компанию: уже месяц не работает освещение в подъезде.",
            "Директору УК «Наш дом»\nот жильца кв. 45, д. 12 по ул. Садовой\n\nЗаявление\n\nПрошу принять меры по восстановлению освещения в подъезде № 2 нашего дома. Свет не работает с 5 октября, на лестнице темно, что создаёт опасность для жильцов, особенно пожилых и детей. Прошу сообщить о сроках устранения неисправности.\n\nДата, подпись",
            "добавь, что это уже второе обращение",
        ),
        _m(
            "Что такое корреляция простыми словами?",
            "Это мера того, насколько две величины меняются вместе. Если рост одной обычно сопровождается ростом другой (рост и вес) — корреляция положительная. Если одна растёт, а другая падает (скорость и время в пути) — отрицательная. Если связи нет — около нуля. Важно: корреляция не доказывает, что одно вызывает другое.",
            "приведи пример ложной корреляции",
        ),
        _m(
            "Расскажи коротко про Смутное время.",
            "Смутное время — период в России с 1598 по 1613 год: после смерти царя Фёдора и пресечения династии Рюриковичей начались голод, борьба за власть, самозванцы (Лжедмитрий I и II), польская и шведская интервенция. Закончилось ополчением Минина и Пожарского, освобождением Москвы и избранием на царство Михаила Романова.",
            "а почему выбрали именно Романова?",
        ),
        _m(
            "Как отвечать на собеседовании на вопрос о зарплатных ожиданиях?",
            "Заранее посмотри вилки по похожим вакансиям в своём городе и назови диапазон, нижняя граница которого тебя устраивает: «Ориентируюсь на 120–140 тысяч, в зависимости от задач и условий». Можно сначала уточнить обязанности и соцпакет, но уходить от ответа совсем не стоит.",
            "а если спросят, сколько я получаю сейчас?",
        ),
        _m(
            "Часто болит горло осенью. Что в целом помогает укрепить иммунитет?",
            "Без волшебных средств, но работает: нормальный сон (7–9 часов), разнообразное питание с овощами и фруктами, регулярная физическая активность, прогулки на свежем воздухе, мытьё рук и проветривание. Ежегодная прививка от гриппа тоже снижает риски. Если ангины повторяются часто, стоит показаться ЛОРу.",
            "а витамин С пить есть смысл?",
        ),
        _m(
            "Найди площадь трапеции с основаниями 10 и 6 и высотой 4",
            "S = (a + b) / 2 × h = (10 + 6) / 2 × 4 = 8 × 4 = 32.",
            "а если известны только стороны?",
        ),
        _m(
            "Хочу на неделю в Грузию в октябре. С чего начать маршрут?",
            "Классика на неделю: 3 дня в Тбилиси (старый город, серные бани, Мцхета), 2 дня в Кахетии (Сигнахи, винодельни — как раз сезон ртвели), 2 дня в Казбеги (Гергети, виды на Казбек). В октябре в горах уже прохладно, возьми тёплую куртку.",
            "а море успею?",
        ),
        _s(
            "Ты — помощник экскурсионного бюро в Санкт-Петербурге. Отвечай дружелюбно и кратко.",
            "зачем мосты разводят ночью и откуда лучше всего смотреть?",
        ),
        _s(
            "Ты репетитор по физике для школьников 7–9 классов. Объясняй на примерах из жизни.",
            "почему в автобусе при резком торможении все падают вперёд",
        ),
        _s(
            "Ты — чат-бот турбазы «Лесная поляна» в Карелии.",
            "а у вас можно взять лодку напрокат?",
            "Да, у нас есть вёсельные лодки и байдарки. Прокат — с 9:00 до 20:00, спасательные жилеты выдаём бесплатно. Бронировать лучше накануне на ресепшене.",
            "а рыбачить разрешено?",
        ),
        _s(
            "Ты — чат-бот кулинарной школы. Отвечай по делу, с примерами.",
            "чем бульон отличается от консоме и стоит ли заморачиваться дома?",
        ),
        _u(
            """Сократи этот текст до трёх предложений для школьной стенгазеты:

В прошлую субботу в нашей школе прошла традиционная осенняя ярмарка. Ученики всех классов вместе с родителями готовили выпечку, поделки и сувениры, а старшеклассники организовали лотерею и фотозону. Особой популярностью пользовались пироги 5 «Б» класса и вязаные игрушки, которые сделала бабушка одного из первоклассников. Всего удалось собрать 47 тысяч рублей, которые пойдут на покупку новых книг для школьной библиотеки и настольных игр для группы продлённого дня. Завершилась ярмарка концертом школьного хора. Администрация благодарит всех, кто принял участие в подготовке праздника."""
        ),
        _u(
            """Задание по статистике для 8 класса. Температура воздуха в полдень за две недели марта:

+2, -1, 0, +3, +5, +4, -2, 0, +1, +6, +7, +3, +2, +8

Нужно найти среднее арифметическое, медиану, моду и размах, а потом ответить, какая характеристика лучше описывает «типичную» погоду. Распиши, пожалуйста, как считать медиану, когда чисел чётное количество."""
        ),
        _u(
            """Меня попросили выступить на юбилее школы (50 лет) от выпускников. Вот черновик, подправь, чтобы звучало тепло, но не слишком пафосно, на 2 минуты:

Дорогие учителя, выпускники и гости! Я окончила эту школу двадцать лет назад, но до сих пор помню запах столовой, скрип паркета в актовом зале и то, как мы бегали на перемене к окну смотреть на первый снег. Здесь нас учили не только формулам и датам, но и тому, как дружить, спорить и извиняться. Многие наши учителя до сих пор работают здесь, и это, наверное, лучшее доказательство того, что эта школа особенная. Спасибо вам за терпение, за двойки, которые мы заслужили, и за пятёрки, в которые вы верили раньше нас. С юбилеем, родная школа!"""
        ),
        _u(
            """Собираемся на дачу на 3 дня компанией из 8 человек. Вот мой список продуктов, проверь, чего не хватает или слишком много:

- мясо для шашлыка: 4 кг
- картошка: 3 кг
- овощи (огурцы, помидоры): 3 кг
- хлеб: 4 батона
- сосиски: 2 упаковки
- гречка: 1 кг
- яйца: 20 шт
- чай, кофе, сахар
- вода: 12 литров

Готовить будем на мангале и одной электроплитке."""
        ),
        _u("Почему Байкал зимой замерзает, но не до дна?"),
        _u("Откуда выражение «бить баклуши»?"),
        _u("как отказать родственникам, которые хотят приехать на всё лето"),
        _u("Сколько шагов в день реально нужно проходить для здоровья?"),
        _u("Честно: дача — это отдых или добровольная каторга? Хочу твоё мнение"),
        _u("Как квасить капусту в трёхлитровой банке, чтобы хрустела?"),
        _u(
            "что сказать свекрови, когда она в сотый раз учит меня варить борщ, чтобы не поругаться"
        ),
        _u("Как готовиться к ЕГЭ по обществознанию, если осталось три месяца?"),
        _u("почему вода в чайнике шумит перед тем, как закипеть, а потом затихает"),
        _u("Правда ли, что мы используем только 10% мозга?"),
        _u("Сколько обычно дарят на свадьбу коллеге, если не близкие друзья?"),
        _u("Как крестьяне в XIX веке хранили продукты без холодильника?"),
        _u("Хочу в поход на Алтай первый раз. Какой маршрут для новичков?"),
        _u("когда пишется «не» слитно с причастиями, дай простое правило"),
        _m(
            "Напиши объявление в подъезд: ищем, кто оставил коляску у лифта, она мешает проходу",
            "Уважаемые соседи!\n\nУ лифта на первом этаже уже несколько дней стоит детская коляска. Она мешает проходу, особенно людям с сумками и пожилым жильцам. Просим владельца найти для неё другое место. Спасибо за понимание!\n\nСоседи из 2-го подъезда",
            "помягче, вдруг там молодая мама",
        ),
        _m(
            "Сколько белка нужно есть в день, если занимаешься в зале?",
            "Обычно советуют 1,2–1,6 г белка на килограмм веса в день при регулярных силовых тренировках. Для человека весом 75 кг это примерно 90–120 г. Лучше распределить на 3–4 приёма пищи.",
            "а из каких продуктов проще набрать, кроме курицы?",
        ),
        _m(
            "Меня позвали на собеседование в другую компанию, а я работаю тут всего год. Не рано уходить?",
            "Год — нормальный срок, если ты уходишь к чему-то, а не просто бежишь. Подумай, что новая работа даёт: рост, деньги, задачи, которых нет сейчас. Если ответ понятен, уход через год никого не смутит. А вот частая смена каждые полгода на протяжении нескольких лет уже вызывает вопросы.",
            "как объяснить на собеседовании, почему ухожу?",
        ),
        _m(
            "Объясни закон больших чисел на примере",
            "Если подбросить монету 10 раз, орёл может выпасть и 7 раз — 70 %. Но если бросить 10 000 раз, доля орлов почти наверняка будет очень близка к 50 %. Закон больших чисел говорит: чем больше испытаний, тем ближе средний результат к истинной вероятности.",
            "а почему тогда в казино всё равно проигрывают?",
        ),
        _m(
            "Как сварить настоящий украинский борщ? У меня всегда получается бледный.",
            "Секрет цвета — свёкла. Натри её, обжарь отдельно с ложкой уксуса или лимонного сока и томатной пастой: кислота сохраняет яркий цвет. Добавляй свёклу в кастрюлю в самом конце, за 5–10 минут до готовности, и не кипяти сильно.",
            "а пампушки к нему?",
        ),
        _m(
            "Как запомнить, когда «тся», а когда «ться»?",
            "Задай вопрос к глаголу. Если в вопросе есть мягкий знак — «что делать?» — пиши «ться»: он хочет (что делать?) учиться. Если нет — «что делает?» — пиши «тся»: он (что делает?) учится.",
            "а «-шься» во втором лице?",
        ),
        _m(
            "Что такое високосный год и зачем он нужен?",
            "Земля обходит Солнце примерно за 365,24 суток, а в календаре 365 дней. Чтобы накопившаяся четверть суток не сдвигала календарь, каждые четыре года добавляют 29 февраля.",
            "а почему 1900 не был високосным?",
        ),
        _m(
            "Болит спина после работы на даче. Какие упражнения в целом помогают?",
            "Обычно помогают мягкие растяжки: «кошка-корова» на четвереньках, поза ребёнка, подтягивание коленей к груди лёжа, лёгкие скручивания лёжа. Делай их медленно, без боли. На будущее — поднимай тяжести с прямой спиной, сгибая колени. Если боль отдаёт в ногу или не проходит неделю — к врачу.",
            "а греть можно?",
        ),
        _m(
            "Что подарить другу на 30 лет, если он любит рыбалку и всё у него вроде есть?",
            "Варианты: сертификат на рыбалку с гидом на новом водоёме, хороший термос или походная горелка, коптильня для рыбы, именной нож, поездка на выходные на рыболовную базу в складчину с друзьями.",
            "бюджет тысяч пять",
        ),
        _m(
            "Придумай, куда пойти в субботу с ребёнком 6 лет в Москве, если дождь",
            "Можно в Дарвиновский музей, в Экспериментаниум, на детский спектакль в театр кукол Образцова или в Москвариум на ВДНХ.",
            "что из этого дешевле?",
            "Дешевле всего Дарвиновский музей: детские билеты там недорогие, а в некоторые дни для детей вход бесплатный. Экспериментаниум и Москвариум заметно дороже.",
            "а сколько там по времени?",
        ),
        _m(
            "Почему кошки мурлычут?",
            "Мурлыканье — это вибрация мышц гортани при вдохе и выдохе. Кошки мурлычут не только от удовольствия: и когда нервничают, и когда им больно, и когда просят еды. Есть версия, что вибрация помогает им успокаиваться и даже заживлять ткани.",
            "а большие кошки, львы, мурлычут?",
        ),
        _m(
            "В чём разница между ИИС и обычным брокерским счётом? В общих чертах.",
            "ИИС — индивидуальный инвестиционный счёт с налоговыми льготами: можно получать вычет на взносы или не платить налог с дохода, но деньги нужно держать на счёте несколько лет. Обычный брокерский счёт без ограничений по сроку, но и без этих льгот.",
            "а если понадобится снять раньше?",
        ),
        _s(
            "Ты — репетитор по истории для 9 класса. Объясняй по шагам и проверяй понимание вопросами.",
            "почему отменили крепостное право только в 1861 году, а не раньше?",
        ),
        _s(
            "Ты — помощник в приложении с рецептами. Отвечай коротко, с граммовками.",
            "пельмени на 4 человек, тесто и фарш",
            "Тесто: 500 г муки, 1 яйцо, 200 мл холодной воды, 1 ч. л. соли. Фарш: 300 г свинины и 300 г говядины, 1 луковица, 50 мл ледяной воды, соль и перец. Тесто отдохнуть 30 минут, раскатать тонко, лепить, варить 5–7 минут после всплытия.",
            "а если заморозить, сколько варить?",
        ),
        _s(
            "Ты — бот юридической консультации для жителей. Даёшь только общие сведения о законах, а по конкретному делу советуешь обратиться к юристу.",
            "соседи сверху затопили, в общих чертах, что делать в первые дни?",
        ),
        _s(
            "Ты помогаешь исправлять письма на английском для сотрудников.",
            "Hello Mark, I write you about our meeting. Can we move him on Thursday? On Wednesday I have many works. Thank you very much in advance!",
        ),
        _s(
            "Ты — ассистент центра досуга для пенсионеров.",
            "мне 68, хочу научиться рисовать акварелью, с чего начать и какие материалы купить",
        ),
        _s(
            "Ты — чат-бот клуба любителей путешествий.",
            "в Стамбуле в феврале холодно?",
            "В феврале в Стамбуле обычно +5…+10 днём, часто ветрено и бывают дожди, иногда даже снег. Зато меньше туристов и ниже цены. Бери тёплую куртку, удобную непромокаемую обувь и зонт.",
            "а на Босфоре кататься стоит зимой?",
        ),
        _s(
            "Ты — помощник отдела кадров. Отвечаешь сотрудникам на общие вопросы о жизни в офисе и мероприятиях.",
            "придумай 5 конкурсов для корпоратива на 30 человек без пошлости",
        ),
        _u(
            """Переведи, пожалуйста, этот текст на русский и коротко перескажи в двух предложениях. Это для кружка английского у дочки.

Every autumn, millions of monarch butterflies travel up to 4,000 kilometres from Canada and the United States to the mountain forests of central Mexico. No single butterfly makes the round trip: it takes three or four generations to complete the journey north again in spring. Scientists still do not fully understand how butterflies that have never been to Mexico find the same small group of forests their great-grandparents left. They believe the insects use the position of the sun and perhaps the Earth's magnetic field as a compass. Today, the migration is threatened by the loss of milkweed plants, the only food of monarch caterpillars."""
        ),
        _u(
            """Провела опрос в родительском чате класса (28 семей) про летний лагерь:

Городской лагерь при школе — 11
Загородный лагерь на 2 недели — 7
Никуда, ребёнок с бабушкой — 6
Ещё не решили — 4

Посчитай проценты, предложи, как это наглядно показать на родительском собрании, и напиши два предложения вывода."""
        ),
        _u(
            """Помоги разобраться с задачей по физике за 8 класс, я сам уже всё забыл:

«Сколько энергии нужно, чтобы 2 кг льда, взятого при температуре −10 °C, превратить в воду при 20 °C? Удельная теплоёмкость льда 2100 Дж/(кг·°C), воды 4200 Дж/(кг·°C), удельная теплота плавления льда 3,4·10⁵ Дж/кг.»

Объясни, почему тут три этапа, и посчитай каждый."""
        ),
        _u(
            """Я веду книжный клуб, нужно представить книгу. Подправь текст, чтобы было живее:

В этом месяце мы читаем «Пикник на обочине» братьев Стругацких. Это повесть о Зоне — месте, где когда-то побывали инопланетяне и оставили после себя странные и опасные предметы. Главный герой — сталкер Рэдрик Шухарт, который нелегально ходит в Зону и выносит оттуда находки. Книга написана в 1972 году, но читается очень современно. В ней много вопросов о том, чего на самом деле хочет человек и какую цену он готов заплатить за своё счастье. По ней снят фильм Тарковского «Сталкер», но он сильно отличается от книги."""
        ),
        _u(
            """Помоги проанализировать стихотворение для урока литературы: тема, средства выразительности, настроение.

Белая берёза
Под моим окном
Принакрылась снегом,
Точно серебром.

На пушистых ветках
Снежною каймой
Распустились кисти
Белой бахромой.

(С. Есенин)

Нужно написать абзац примерно на 150 слов."""
        ),
        _u(
            """Едем семьёй на машине из Москвы в Сочи, хотим по пути останавливаться. Вот план, скажи, реально ли и что поменять:

День 1: Москва — Воронеж (520 км)
День 2: Воронеж — Ростов-на-Дону (570 км), вечером гуляем
День 3: Ростов — Краснодар (280 км)
День 4: Краснодар — Сочи (290 км) через Джубгу

Дети 4 и 9 лет, водитель один. Выезжаем в июле."""
        ),
        _u(
            """Коллега уходит на пенсию после 35 лет на заводе, мне поручили сказать речь от отдела. Вот черновик, сделай теплее и короче:

Уважаемая Валентина Петровна! Сегодня мы собрались здесь, чтобы проводить вас на заслуженный отдых. Вы проработали на нашем предприятии 35 лет, из них 20 лет в нашем отделе. За это время вы обучили многих молодых специалистов, в том числе и меня. Вы всегда были примером ответственности и аккуратности. Мы будем скучать по вашим пирогам на праздниках и по вашим советам. Желаем вам здоровья, счастья и побольше времени на дачу и внуков."""
        ),
        _u("Кто первым доплыл до Антарктиды и когда?"),
        _u("Посоветуй научно-популярную книгу про космос для подростка 14 лет"),
        _u(
            "Что лучше для города: электросамокаты или велосипеды? Хочу твоё мнение, без лишней дипломатии"
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b9", BY_LANG)
