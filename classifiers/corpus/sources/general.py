"""Training examples for the `general` label.

Everything that is neither a code task, software design, 3D graphics work nor sensitive content:
chat, writing and editing, translation, maths, science, history, law and finance knowledge,
health and fitness in general terms, cooking, travel, advice, trivia and conceptual questions
about programming without a code task. Many are hard negatives on purpose: questions *about*
security with nothing secret in them, buildings and architects, 3D printing and 3D films, bird
migrations, shopping lists that get "created" and "updated". All people in stories, CVs and
letters are invented and carry no health, pay or ID data.

Hand-written entries come first (one group each), then templates (one group per family, at
most 25 variants each, drawn with a fixed seed), then a second and a third hand-written batch
with one group per example ("general/b2/<lang>/<nnn>", "general/b3/<lang>/<nnn>"), and a
fourth batch of short conceptual questions ("general/b4/<lang>/<nnn>").
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from classifiers.corpus.example import Example, chat

LABEL = "general"

# One hand-written entry: its turns (user, assistant, ..., user) and an optional system prompt.
Spec = tuple[tuple[str, ...], str | None]
Entry = str | Spec


def _s(*turns: str, system: str | None = None) -> Spec:
    return turns, system


# Reused system prompts.
_ASSISTANT = "You are a helpful assistant."
_AGENT = (
    "You are an expert software engineer working in the user's repository. You can read and "
    "edit files and run shell commands. Keep changes minimal and explain what you did."
)
_IDE = (
    "You are a coding assistant embedded in the IDE. The user's open file and selection are "
    "included below their message when relevant. Answer concisely."
)


# --- English: short questions -------------------------------------------------------------

_EN_SHORT: list[Entry] = [
    "whats the capital of australia",
    "how many tablespoons in a cup?",
    "explain big-O like I'm 12",
    "difference between TCP and UDP?",
    "what is a monad, in one paragraph",
    "is it safe to use public wifi at the airport?",
    "what was log4shell",
    "synonym for 'robust' pls, I've used it 5 times in this essay",
    "why is the sky blue",
    "derivative of x^2 * sin(x)?",
    "best way to learn touch typing as an adult?",
    "how do mRNA vaccines work",
    "recommend a sci-fi novel like Project Hail Mary",
    "whats 15% of 240",
    "tell me a joke about compilers",
    "when did the Berlin Wall fall?",
    "is a tomato a fruit or a vegetable",
    "what does it mean when a court renders a judgment?",
    "who designed the Sagrada Familia?",
    "why do birds migrate south in winter",
    "how do 3D glasses at the cinema work?",
    "how long to boil an egg for a runny yolk",
    "convert 72F to celsius",
    "what is XSS, in simple terms?",
    "how does public key cryptography work",
    "should I use a password manager or is that a single point of failure?",
    "what's the Monty Hall problem and why is switching better",
    "good name for a grey kitten?",
    "prove that sqrt(2) is irrational",
    "what is a hash function",
    "is it bad to drink coffee on an empty stomach?",
    "what's a Roth IRA",
    "explain recursion without code",
    "whats the plural of octopus",
    "is pluto a planet again or not",
    "how many bones does a cat have",
]

# --- English: single-turn, medium length --------------------------------------------------

_EN_MID: list[Entry] = [
    "Can you explain how OAuth 2.0 PKCE works and why single-page apps are told to use it "
    "instead of the implicit flow? Conceptual answer please, I just want to understand it.",
    "What's the history of Gothic architecture? Specifically why did they need flying "
    "buttresses, and which cathedral is considered the first truly Gothic one?",
    "design a floor plan for a small 2 bedroom house, about 80 m2, single storey, open kitchen "
    "+ living room facing south. just describe the layout room by room",
    "I'm getting into 3D printing. PLA vs PETG for outdoor planters that sit in full sun? "
    "Printer is an Ender 3 V2 with the stock hotend.",
    "How should I light a headshot with just one softbox and a reflector? Small room, white "
    "walls, I shoot on a Sony a6400 with a 50mm.",
    "make me a shopping list for a week of vegetarian dinners for 2 people, grouped by "
    "supermarket section. no mushrooms please",
    "Create a table of contents for my master's thesis on urban heat islands in mid-sized "
    "European cities. Around 6 chapters, with subsections.",
    "In plain words, what does =VLOOKUP(A2,Sheet2!A:C,3,FALSE) do? My boss sent me a "
    "spreadsheet and I have no idea what this column is doing.",
    "What's the probability of getting at least one six in four rolls of a fair die? And how "
    "does that compare to getting a double six in 24 rolls of two dice?",
    "Why is Rust considered memory safe without a garbage collector? I keep hearing about the "
    "borrow checker but don't get the big idea.",
    "my grandma forgot her Gmail password and the recovery phone number is her old landline. "
    "what can she actually do to get back in?",
    "What was Heartbleed and why was it such a big deal? I remember it from the news in 2014 "
    "but never understood what actually leaked.",
    "how can I tell if an email is phishing? my dad keeps getting ones that look like they're "
    "from his bank and he almost clicked one yesterday",
    "Summarise the main causes of the French Revolution in 5 bullet points, high-school level.",
    "Give me a 12-week plan to go from zero to basic conversational Japanese. I can do about "
    "45 minutes a day, mostly on my commute.",
    "career question: backend dev for 6 years, thinking about moving into product management. "
    "what are the honest pros and cons, and how would I even test whether I'd like it?",
    "What's the difference between a will and a living trust in the US? Which situations "
    "actually need a trust?",
    "How does compound interest work? If someone puts 200 a month into an index fund at 5% "
    "a year for 30 years, roughly what does that become?",
    "Can you suggest a beginner strength routine, 3 days a week, 45 minutes, with just "
    "dumbbells and a bench?",
    "Trolley problem: what would Kant say versus a utilitarian? Keep it short, this is for a "
    "philosophy club discussion tonight.",
    "Riddle time: a man pushes his car to a hotel and tells the owner he's bankrupt. Why?",
    "write a haiku about a segfault at 3am",
    "Write a limerick about a database administrator who never takes holidays.",
    "What's the difference between a process and a thread? No code, just the concepts and "
    "why an OS treats them differently.",
    "Conceptually, what's the difference between git merge and git rebase? I don't need the "
    "commands, I want to understand what happens to the history.",
    "Why do Python lists have amortised O(1) append? What does 'amortised' mean there?",
    "how do neural networks actually learn? explain backprop intuitively, I know basic "
    "calculus but not much linear algebra",
    "what's a good mechanical keyboard under $100 for someone who types all day? quiet-ish "
    "switches, I work in a shared office",
    "I have chicken thighs, rice, spinach, half a lemon and some feta. Dinner ideas that take "
    "under 40 minutes?",
    "Is it worth visiting Kyoto in August or is it unbearably hot? We can only travel in "
    "summer because of school holidays.",
    "Translate to French, keep it polite: 'The meeting is postponed to Thursday, sorry for "
    "the short notice.'",
    "Rewrite this to sound less passive-aggressive: 'As per my last email, the deadline was "
    "Friday. Please advise when we can expect the files.'",
    "Any good documentaries on the Apollo program? I've seen Apollo 11 (2019) already.",
    "Explain SQL injection to a non-technical manager in three or four sentences. No code, "
    "they just need to understand why the pentest report matters.",
    "What is a zero-day vulnerability, and who actually buys them? Is that legal?",
    "How does two-factor authentication protect me if someone already stole my password?",
    "What route do monarch butterflies take on their migration, and how do they know where "
    "to go if no single butterfly makes the whole trip?",
    "tips for my first marathon? currently running about 40km a week, race is in 16 weeks",
    "Bauhaus: what were its main principles and who were the key people? Need it for an art "
    "history presentation.",
    "help me name my bakery. small coastal town, cozy vibe, we do sourdough and cinnamon buns",
    "How do noise-cancelling headphones work? Why do they handle engine hum better than voices?",
    "what's the difference between weather and climate, my kid asked and I fumbled it",
    "Explain the central limit theorem with an example that isn't dice.",
    "Is a 'database' of recipes in a notebook better organised by ingredient or by meal "
    "type? I'm rewriting my grandmother's handwritten recipes.",
    "How does HTTPS keep my connection private? Walk me through what happens when I open a "
    "website, without the maths.",
    "What actually happened in the SolarWinds attack? I've heard it called a supply-chain "
    "attack but not sure what that means.",
    "Can you explain what a CVE number is and who assigns them?",
    "How do I update my address on my driving licence in the UK? Is it free?",
    "what's the difference between an architect and a structural engineer when building a "
    "house extension? do I need both?",
    "Why did the Roman Empire split into East and West?",
    "how many calories should I eat to lose about half a kilo a week? 34, office job, walk "
    "30 min a day",
]

# --- English: long (pasted documents, drafts, articles) -----------------------------------

_EN_LONG: list[Entry] = [
    """Can you tighten this cover letter? It feels too long and a bit generic. Keep my voice, \
cut anything that sounds like a template.

Dear Hiring Team,

I am writing to express my interest in the Junior Data Analyst position at Brightwater Foods. \
I recently completed a bootcamp in data analysis after five years working as a shift manager \
in a busy supermarket, and I believe that my background gives me a unique perspective on the \
retail data your team works with every day.

In my previous role I was responsible for scheduling a team of 14 people, tracking waste, and \
reporting weekly figures to the regional office. I noticed that our waste numbers were always \
highest on Mondays, so I started keeping my own spreadsheet to see which products were being \
over-ordered. Over three months we reduced fresh produce waste noticeably, and my regional \
manager asked me to share the spreadsheet with two other stores.

That experience is what made me want to work with data full time. During the bootcamp I \
learned SQL, Python and Tableau, and my final project looked at seasonal demand for baked goods \
using public sales data. I really enjoyed the process of cleaning messy data and turning it \
into something people could actually use to make decisions.

I am a hard worker, a fast learner and a team player. I would love the opportunity to bring \
my skills to Brightwater Foods and grow with the company.

Thank you for your time and consideration.

Kind regards,
Maya Lindqvist""",
    """Here's an article I need summarised for our non-technical staff newsletter. 120 words max, \
calm tone, no jargon:

"In December 2021, a critical vulnerability was disclosed in Apache Log4j, a logging library \
used by a huge number of Java applications. Tracked as CVE-2021-44228 and nicknamed Log4Shell, \
the flaw allowed an attacker to make a vulnerable server run code of their choosing simply by \
getting it to log a specially crafted piece of text, for example in a chat message, a username \
or a web request header. Because logging is everywhere and Log4j was embedded in countless \
products, from enterprise software to games, the potential attack surface was enormous. \
Security teams around the world spent the holidays identifying where the library was used, \
often deep inside third-party products, and applying patches. The incident highlighted how \
much modern software depends on small open-source components maintained by volunteers, and \
prompted renewed discussion about software bills of materials and funding for critical \
open-source projects. Attackers began scanning for vulnerable systems within hours of the \
disclosure, and some exploitation continued for months where systems were not updated."

Thanks!""",
    """I started writing a short story for a competition (max 3000 words, theme "the last \
train"). Here's my opening. Can you continue it for about 400 words, keeping the same tone, \
and don't resolve the mystery yet?

---
The 23:52 to Harwick had not been late in eleven years, which is why Edda noticed when it \
was. She stood under the flickering sign on platform four with her hands in her coat pockets, \
counting the seconds the way her father had taught her, one-elephant, two-elephant, until the \
numbers became meaningless.

There was only one other person waiting: a boy of maybe nineteen in a suit that was too big \
for him, holding a cardboard box tied with string. He kept glancing at the tracks and then at \
the box, as if one of them might change its mind.

At 23:58 the rails began to hum. Edda felt it before she heard it, a vibration that crept up \
through the soles of her boots. The train that pulled in was not the usual grey commuter \
train. It was older, with wooden panels and brass handles, and the windows glowed a warm, \
impossible yellow. The doors opened without a sound.

The boy looked at her. "Is this yours?" he asked.

"I don't think it's anyone's," she said, and stepped inside.
---""",
    """Our neighbourhood association met last night and I took notes. Can you turn them into a \
short, friendly email to all residents? Bullet points are fine for the action items.

notes:
- 19 people came, thanks to Ines for the coffee
- summer street party: sat 12 july, 2pm-8pm, need volunteers for setup (10am) and cleanup
- council approved the road closure already, signs go up the week before
- budget: we have what's left from last year + the bake sale, should cover tables, bunting, \
kids' games. no need to ask for contributions this year
- music: Tomasz offered his speakers, keep it low after 7
- the broken bench near the bus stop: council says "on the list", Jorge will chase them again
- recycling bins keep getting knocked over on windy nights -> reminder to put them out in the \
morning not the evening before
- next meeting: first tuesday of september, community hall, 7pm
- someone asked about a book swap shelf, general enthusiasm, Priya will look into a small \
weatherproof cabinet
- please RSVP for the party by end of june so we know how many tables
""",
    """I wrote this essay for my university application ("Describe a challenge you've overcome"). \
Can you give me honest feedback on structure and clarity? Don't rewrite it, just point out \
what to fix.

When I was fifteen, my family moved from a small town in Portugal to Manchester. I spoke \
school English, which meant I could order food and describe my holidays but could not follow \
a joke, let alone a chemistry lesson. For the first months I stayed quiet in class. Teachers \
assumed I was shy; classmates assumed I was uninterested. Both were wrong. I was translating \
every sentence in my head and arriving at the answer just as the conversation moved on.

The turning point was not a dramatic moment. It was a chess club. Chess did not require me to \
speak, and for an hour every Thursday I was simply a player, not the new kid with the accent. \
I started to talk to the others about openings and blunders, and the vocabulary of the game \
became a bridge to the rest of the language. By the end of the year I was explaining the \
Sicilian Defence to younger students, and by the next year I was tutoring two of them in maths.

What I learned is that confidence does not come before competence; it grows alongside it, in \
small, repetitive steps. I now look for the "chess club" in every new situation: the small, \
structured place where I can be useful before I am fluent. I believe this approach will help \
me at university, where I will once again be starting from the beginning.""",
    """Can you check my proof? It's for a discrete maths assignment, I think step 3 is shaky.

Claim: for all integers n >= 1, 1 + 3 + 5 + ... + (2n - 1) = n^2.

Proof by induction.
1. Base case: n = 1. The left side is 1 and the right side is 1^2 = 1, so the claim holds.
2. Inductive hypothesis: assume that for some k >= 1, 1 + 3 + ... + (2k - 1) = k^2.
3. Inductive step: we want to show 1 + 3 + ... + (2k - 1) + (2k + 1) = (k + 1)^2. Since the \
claim is true for all n, it's true for k + 1, so the sum is (k+1)^2.
4. By the principle of mathematical induction, the claim holds for all n >= 1.

My TA wrote "circular" next to step 3 but didn't explain. Also, is there a nicer visual proof? \
Someone mentioned arranging squares in an L shape but I couldn't picture it. Please explain \
the fix in a way I can reuse for other induction proofs, I have six more of these to do this \
week and I keep making the same mistake apparently.""",
    """Here's my draft best-man speech. It's about 4 minutes read aloud and I need it closer to 3. \
Can you trim it and make the ending land better?

Good evening everyone. For those who don't know me, I'm Sam, and I've known Daniel since we \
were seven, when he tried to convince me that the moon followed his family's car specifically. \
He was very persuasive. I believed him for about two years.

Daniel has always been like that: completely committed to whatever he believes in. When he \
got into cycling, he cycled to Scotland. When he got into baking, our flat smelled of burnt \
sourdough for an entire winter. And when he met Clara, he called me at midnight to tell me \
he'd met the person he was going to marry. I told him to go to sleep. He didn't.

Clara, you should know that you're marrying a man who will plan a holiday down to the minute \
and then forget the passports. A man who will remember your coffee order forever but never \
where he parked. A man who once drove forty minutes back to a restaurant to return a pen.

But you're also marrying the most loyal person I know. When my dad was ill a few years ago, \
Daniel showed up every Sunday with food and bad jokes, without ever being asked. That's who he \
is. He shows up.

So please raise your glasses. To Daniel and Clara: may your holidays be well planned, your \
passports never forgotten, and your bread only slightly burnt. To the happy couple!""",
    """We're planning a 10-day trip to Portugal in late September with two kids (8 and 11). Here's \
my draft plan, can you sanity check it? Too much driving? Anything we're missing?

Day 1: land in Lisbon 14:00, check in Alfama, evening walk
Day 2: Belém (tower, monastery, pastéis), afternoon at the Oceanário
Day 3: Sintra (Pena palace, Quinta da Regaleira), back to Lisbon
Day 4: pick up rental car, drive to Óbidos, then Nazaré, overnight Nazaré
Day 5: Nazaré -> Coimbra (university library), overnight Coimbra
Day 6: Coimbra -> Porto, afternoon Ribeira + boat trip
Day 7: Porto: Livraria Lello, Serralves park, cable car in Gaia
Day 8: Douro valley day trip (quinta visit, grape juice for kids lol)
Day 9: drive Porto -> Algarve (Lagos), about 5.5h
Day 10: beach in Lagos, fly home from Faro at 19:00

The kids like animals, swimming and anything with a castle. My partner gets carsick on windy \
roads. Budget is mid-range, we prefer apartments over hotels. We don't want to be rushing \
every day, the last trip was exhausting and everyone was grumpy by day 6.""",
    """We're renovating a 1930s semi-detached house and I'm trying to understand the architect's \
proposal before our next meeting. No software here, actual bricks :) Here's what they suggested:

- knock through the wall between the back reception room and the kitchen to create an open \
kitchen-diner, with a steel beam (RSJ) to support the upper floor
- a single-storey rear extension of about 3.5 m with a flat roof and two large roof lights
- move the downstairs WC under the stairs and use the old WC space for a utility room
- replace the back windows with full-width sliding doors to the garden
- insulate the extension to current building regs; the old part stays as is for now
- optional: a loft conversion later, so they want the structural engineer to size the beam \
with that future load in mind

Questions I have: is a 3.5 m extension likely to need planning permission or is that usually \
permitted development? Is a flat roof a bad idea in a rainy climate? What should I ask about \
the roof lights and overheating in summer? And is it normal for the architect to charge \
separately for the structural engineer? I want to go into the meeting sounding like I know \
what I'm talking about.""",
    """Can you explain this poem to me? I have to present it in English class and I don't get \
the point of the ending.

I met a traveller from an antique land,
Who said—"Two vast and trunkless legs of stone
Stand in the desert. . . . Near them, on the sand,
Half sunk a shattered visage lies, whose frown,
And wrinkled lip, and sneer of cold command,
Tell that its sculptor well those passions read
Which yet survive, stamped on these lifeless things,
The hand that mocked them, and the heart that fed;
And on the pedestal, these words appear:
My name is Ozymandias, King of Kings;
Look on my Works, ye Mighty, and despair!
Nothing beside remains. Round the decay
Of that colossal Wreck, boundless and bare
The lone and level sands stretch far away."

What's the irony exactly, and who is the "traveller"? Also why are there so many layers of \
people telling the story?""",
    """stats homework, I'm stuck on these three, please explain the method not just the answer:

1) A factory has two machines. Machine A makes 60% of the items and 3% of its items are \
defective. Machine B makes 40% and 5% of its items are defective. An item is picked at random \
and is defective. What's the probability it came from machine B?

2) The heights of adult women in a country are roughly normally distributed with mean 165 cm \
and standard deviation 7 cm. What proportion are taller than 178 cm? (we're allowed a z-table)

3) A coin is flipped 10 times. What's the probability of getting exactly 7 heads? What about \
at least 7 heads?

For 1 I tried 0.4 * 0.05 = 0.02 but the answer key says something around 0.53 so I'm clearly \
missing a step. For 2 I got z = 1.86 but then I don't know which way to read the table. For 3 \
I know it's binomial but I always mess up the combinations part. Our exam is next week and the \
lecturer goes way too fast.""",
    """Could you explain in plain English what this clause in my rental agreement means? I'm in \
England, it's a standard assured shorthold tenancy. I'm not asking for legal advice, I just \
want to understand it before I sign.

"12.3 The Tenant shall not, without the prior written consent of the Landlord (such consent \
not to be unreasonably withheld or delayed), assign, underlet, charge or part with possession \
of the Property or any part thereof, save that the Tenant may permit occupation by members of \
the Tenant's immediate family provided that no tenancy or other legal interest is thereby \
created. 12.4 The Tenant shall be responsible for the cost of repairing any damage to the \
Property caused by the Tenant's negligence or that of any person visiting the Property with \
the Tenant's permission, fair wear and tear excepted. 12.5 The Tenant shall not keep any \
animal at the Property without the Landlord's prior written consent, such consent not to be \
unreasonably withheld, and which may be subject to an increased deposit within the limits \
permitted by law."

In particular: does 12.3 mean my partner can't move in? And what counts as "fair wear and \
tear"? Would a few picture hooks be a problem?""",
    """I need a new laptop and I'm going in circles. Here's what I need, tell me what kind of \
machine to look for (specs, not necessarily a model):

- mostly writing, browsing, video calls, some photo editing in Lightroom (RAW files from a \
24MP camera, maybe 200 photos per shoot)
- I travel by train a lot so weight matters, ideally under 1.5 kg
- battery life is the big one, I want a full working day without a charger
- 14 inch-ish screen, good colour would be nice for the photo stuff
- I don't game at all
- budget around 1200 euros, could stretch a bit for something that lasts 5+ years
- I currently have a 2017 laptop with 8 GB RAM that struggles with Lightroom and has maybe \
two hours of battery left
- OS: I'm used to Windows but open to switching if there's a good reason

Also is 16 GB of RAM enough or should I go for 32 for Lightroom? And does the processor \
brand still matter much these days or is it all similar? I keep reading contradictory \
reviews and every YouTuber seems to be sponsored.""",
    """I'm writing my personal statement for a master's in environmental policy. Here's my \
second paragraph. It feels flat, can you suggest how to make it more specific without making \
up anything?

During my undergraduate degree in geography I became interested in how cities adapt to \
climate change. I took several modules on urban planning and sustainability, and I wrote my \
dissertation on green roofs. I found the topic very interesting because it combines science, \
policy and design. I also volunteered with a local environmental charity where I helped \
organise events and community projects. This experience showed me that policy is important \
and that communities need to be involved in decisions about their environment. I want to \
develop my understanding of environmental policy further and contribute to making cities more \
sustainable in the future.

For context: the dissertation compared rainwater retention on three green roofs in my city \
using data from the council, and at the charity I ran a tree-planting weekend with 60 \
volunteers and wrote the leaflet explaining it to residents. I'm applying to programmes that \
care a lot about practical experience and community engagement, and the word limit is tight \
so every sentence needs to earn its place.""",
]

# --- English: with a system prompt --------------------------------------------------------

_EN_SYSTEM: list[Entry] = [
    _s(
        "quick break from the refactor: what's the difference between concurrency and "
        "parallelism? just curious, no code needed",
        system=_AGENT,
    ),
    _s(
        "can you draft a short message to my manager asking for Friday off? something casual, "
        "we're on good terms",
        system=_AGENT,
    ),
    _s(
        "Can I bring a folding bike as checked luggage, and does it count towards my allowance?",
        system="You are Aria, the virtual assistant for NorthPeak Airlines. Answer questions "
        "about bookings, baggage and travel policies politely and concisely. If you are not "
        "sure, direct the customer to the help centre.",
    ),
    _s(
        "I don't get why dividing by a fraction is the same as multiplying by its flip. like "
        "why does that work",
        system="You are a patient maths tutor for secondary-school students. Explain step by "
        "step, use simple examples and check understanding with a short question at the end.",
    ),
    _s("what's the best way to memorise the periodic table?", system=_ASSISTANT),
    _s(
        "how does your zero-knowledge encryption work? like, if you can't see my vault, how "
        "do you sync it between my phone and laptop?",
        system="You are the help assistant for SecureNest, a password manager. Answer "
        "questions about features and security in plain language. Never ask users for their "
        "master password.",
    ),
    _s(
        "lol ok unrelated, recommend a playlist genre for deep focus? lyrics distract me",
        system=_IDE,
    ),
    _s(
        "Please proofread: 'Their going to announce the winner's tomorrow, its going to be a "
        "close one between the three finalist.'",
        system="You are a writing assistant. Correct grammar and spelling, keep the author's "
        "style, and briefly list the changes you made.",
    ),
    _s(
        "Is the Eiffel Tower worth going up, or is the view better from Montparnasse?",
        system="You are a friendly travel concierge for Hotel Lumière in Paris. Help guests "
        "with recommendations for restaurants, sights and transport.",
    ),
    _s(
        "what's the difference between an index fund and an ETF? I'm just starting to invest",
        system="You are a financial literacy assistant. Explain concepts clearly; do not give "
        "personalised investment advice.",
    ),
    _s(
        "hey, what does 'idempotent' mean? heard it in standup and nodded along",
        system=_AGENT,
    ),
    _s(
        "Suggest three titles for a blog post about switching from city life to a small "
        "village. Warm, slightly funny.",
        system="You are a creative writing assistant for bloggers.",
    ),
    _s(
        "my order says delivered but it's not here. what should I do?",
        system="You are the customer support chatbot of Nordhaus Home, an online furniture "
        "store. Be empathetic, explain the next steps and never promise refunds yourself.",
    ),
    _s(
        "explain what a vector database is, conceptually, for someone who only knows Excel",
        system=_ASSISTANT,
    ),
    _s(
        "What's the difference between baking soda and baking powder, and can I substitute "
        "one for the other in banana bread?",
        system="You are ChefBot, a cheerful cooking assistant. Keep answers practical.",
    ),
    _s(
        "What are the main differences between Romanesque and Gothic churches? I'm visiting "
        "a few in Normandy next month.",
        system="You are a knowledgeable museum and heritage guide. Answer in an engaging but "
        "accurate way.",
    ),
    _s(
        "How can I make my home wifi more secure? I just have the router the ISP gave me.",
        system="You are a helpful assistant for home users. Avoid jargon.",
    ),
    _s(
        "while the tests run: why is the number e so important? I never really got it in school",
        system=_AGENT,
    ),
    _s(
        "Summarise the plot of Pride and Prejudice in 5 sentences, no spoilers beyond the "
        "first half.",
        system="You are a study helper for literature students.",
    ),
    _s(
        "Is it normal to feel sore two days after a workout rather than the next day?",
        system="You are a fitness coach assistant. Give general guidance only and suggest "
        "seeing a professional for injuries.",
    ),
]

# --- English: multi-turn ------------------------------------------------------------------

_EN_MULTI: list[Entry] = [
    _s(
        "write a flask endpoint that creates a user from json (name, email) and saves it with "
        "sqlalchemy",
        "```python\n@app.post('/users')\ndef create_user():\n    data = request.get_json()\n"
        "    user = User(name=data['name'], email=data['email'])\n    db.session.add(user)\n"
        "    db.session.commit()\n    return jsonify(id=user.id), 201\n```\n"
        "Add validation for missing fields before committing.",
        "thanks. totally unrelated but how do I politely decline a recurring meeting invite "
        "from my skip-level without looking lazy?",
    ),
    _s(
        "We have a Django monolith (orders, billing, catalog, notifications). How would you "
        "split it into services and where would you draw the boundaries?",
        "I'd start with notifications, which has few inbound dependencies, then billing behind "
        "a clear API, keeping orders and catalog together until the data ownership is clearer. "
        "Use events for order state changes rather than synchronous calls...",
        "ok cool, I'll think about it. different thing: can you write a short poem for a "
        "coworker's farewell card? she's leaving after 8 years, loves gardening",
    ),
    _s(
        "my three.js scene: the sky shader looks banded near the horizon, any idea?",
        "Banding usually comes from 8-bit output precision. Add a small dithering noise in the "
        "fragment shader before writing gl_FragColor, or render to a half-float target and "
        "tone-map at the end.",
        "that fixed it! btw what's the actual physics reason the real sky goes orange at sunset?",
    ),
    _s(
        "suggest a 3 day itinerary for Lisbon, we like food and viewpoints, not museums",
        "Day 1: Alfama and Graça — Miradouro da Senhora do Monte at sunset, dinner in a tasca. "
        "Day 2: Bairro Alto, Príncipe Real, Time Out Market... Day 3: Belém for pastéis, then "
        "LX Factory and a sunset drink by the river.",
        "what if it rains on day 2?",
    ),
    _s(
        "explain bayes theorem simply",
        "Bayes' theorem updates a belief with new evidence: P(A|B) = P(B|A)·P(A) / P(B). The "
        "prior P(A) is what you believed before; the likelihood P(B|A) is how expected the "
        "evidence is if A is true.",
        "give me a worked example with a medical screening test, like 1% prevalence and 95% "
        "accuracy",
    ),
    _s(
        "Write a cover letter opening for a junior graphic designer role at a small agency. "
        "I'm a recent graduate, I love editorial design.",
        "Dear Studio Team,\n\nMagazines taught me to read before I could really read: I spent "
        "my childhood turning pages for the layouts rather than the stories...",
        "love it but make it shorter, under 120 words, and less cute",
    ),
    _s(
        "translate to German: 'We look forward to welcoming you at our booth at the fair.'",
        "Wir freuen uns darauf, Sie an unserem Messestand begrüßen zu dürfen.",
        "and a more casual version for people we already know?",
    ),
    _s(
        "can you write an alembic migration adding a nullable `archived_at` column to orders?",
        "```python\ndef upgrade():\n    op.add_column('orders', sa.Column('archived_at', "
        "sa.DateTime(), nullable=True))\n\ndef downgrade():\n    op.drop_column('orders', "
        "'archived_at')\n```",
        "great. while that runs, explain to me what ACID actually means, conceptually. I "
        "always forget what the I stands for",
    ),
    _s(
        "write a quicksort in go",
        "```go\nfunc quicksort(a []int) []int {\n    if len(a) < 2 { return a }\n"
        "    p := a[len(a)/2]\n    var l, m, r []int\n    for _, x := range a {\n"
        "        switch { case x < p: l = append(l, x); case x == p: m = append(m, x); "
        "default: r = append(r, x) }\n    }\n    return append(append(quicksort(l), m...), "
        "quicksort(r)...)\n}\n```",
        "why is it O(n log n) on average but O(n^2) worst case? just the intuition please",
    ),
    _s(
        "in react-three-fiber how do I make the camera orbit slowly around the model?",
        "Use OrbitControls from drei with autoRotate: <OrbitControls autoRotate "
        "autoRotateSpeed={0.5} />, and make sure the model is centred at the origin.",
        "nice thanks. off topic: is Avatar worth watching in 3D at the cinema or is 2D fine? "
        "3D usually gives me a headache",
    ),
    _s(
        "what is OAuth PKCE?",
        "PKCE (Proof Key for Code Exchange) protects the authorization code flow for public "
        "clients. The app creates a random code_verifier, sends its hash as code_challenge, "
        "and later proves possession by sending the verifier when exchanging the code.",
        "so why was the implicit flow deprecated then?",
    ),
    _s(
        "design a floor plan for a tiny house, 6 x 2.5 m on a trailer",
        "Put the kitchen and living area in the middle, the bathroom at one end and a sleeping "
        "loft above it, with a storage staircase...",
        "where should the bathroom go to keep plumbing simple? and will the loft be too hot "
        "in summer?",
    ),
    _s(
        "recommend 3 beginner books on stoicism",
        "1. Meditations by Marcus Aurelius (Gregory Hays translation)\n2. Letters from a Stoic "
        "by Seneca\n3. How to Think Like a Roman Emperor by Donald Robertson",
        "which one first?",
    ),
    _s(
        "write a pytest for my `slugify` function: it lowercases, strips accents and replaces "
        "spaces with dashes",
        "```python\n@pytest.mark.parametrize('raw, expected', [\n    ('Hello World', "
        "'hello-world'),\n    ('Crème brûlée', 'creme-brulee'),\n])\ndef test_slugify(raw, "
        "expected):\n    assert slugify(raw) == expected\n```",
        "Then we should split the event pipeline so ingestion and enrichment scale separately, "
        "right? what queue would you put between them?",
        "Yes: put a durable log (Kafka or a managed equivalent) between them so enrichment can "
        "lag without back-pressuring ingestion, and partition by tenant to keep ordering.",
        "ok I'm fried. give me a 10 minute stretching routine for someone who sits all day",
    ),
    _s(
        "help me write a birthday message for my dad, he's turning 60",
        "Happy 60th, Dad! Sixty years of terrible puns, perfect barbecues and the best advice "
        "I never asked for. Here's to many more.",
        "add a joke about his golf, he's famously bad at it",
    ),
    _s(
        "solve 2x + 3 = 11",
        "Subtract 3 from both sides: 2x = 8. Divide by 2: x = 4.",
        "now 3x^2 - 12 = 0",
    ),
    _s(
        "what is a monad?",
        "A monad is a design pattern from functional programming: a type that wraps values, "
        "plus a way to put a value in (return/unit) and a way to chain operations that "
        "themselves return wrapped values (bind, >>=), obeying three laws.",
        "still confused lol. explain it with an analogy, no haskell",
    ),
    _s(
        "I'm reviewing a PR that adds a GLSL bloom pass; the threshold looks off, can you "
        "explain how the brightness threshold usually works?",
        "Bloom typically extracts pixels above a luminance threshold (dot(color, vec3(0.2126, "
        "0.7152, 0.0722)) > threshold), blurs them and adds them back...",
        "thanks. now something else — I need to write a LinkedIn post announcing I got "
        "promoted to senior engineer without sounding smug. help?",
    ),
    _s(
        "what's a good 5-day itinerary for Iceland's ring road in winter?",
        "Honestly, the full ring road in 5 winter days is too much. I'd focus on the south "
        "coast: Golden Circle, Seljalandsfoss, Vík, Jökulsárlón...",
        "ok fair. what should we pack? we've never been somewhere that cold",
    ),
    _s(
        "Can you explain what a 'render' is in architecture? My architect sent us renders of "
        "the extension.",
        "In architecture, a render is a computer-generated image showing how a building will "
        "look once built: materials, light and surroundings, to help clients visualise it.",
        "how accurate are they usually? the garden in ours looks suspiciously huge",
    ),
]

# --- Spanish ------------------------------------------------------------------------------

_ES: list[Entry] = [
    "¿cuál es la diferencia entre TCP y UDP?",
    "q es un monad en programación funcional?",
    "cuántos gramos son una taza de harina",
    "¿por qué el cielo es azul?",
    "dame un sinónimo de 'importante' que no suene a redacción de colegio",
    "¿es seguro usar el wifi de un aeropuerto?",
    "¿quién diseñó la Sagrada Familia y por qué sigue sin terminar?",
    "¿Qué es el XSS? Explícamelo como si no fuera programador.",
    "Necesito un plan de estudio de 8 semanas para aprobar el B2 de inglés. Trabajo a jornada "
    "completa y puedo dedicarle una hora al día, más los fines de semana.",
    "¿Me explicas cómo funciona la criptografía de clave pública? Sin matemáticas complicadas, "
    "es para una charla en el instituto.",
    "Mi abuela olvidó la contraseña de su correo de Gmail y ya no tiene el número de móvil "
    "antiguo. ¿Qué puede hacer para recuperarla?",
    "Escríbeme un poema corto para el cumpleaños de mi madre, que cumple 70. Le encantan el "
    "mar y las plantas.",
    "¿Cuál es la probabilidad de sacar al menos un seis al tirar tres dados? Explica el "
    "razonamiento, no solo el resultado.",
    "quiero hacer una lista de la compra para la semana, somos 4, comemos poca carne. "
    "¿me la organizas por pasillos del súper?",
    "¿Qué diferencias hay entre el románico y el gótico? Voy a visitar la catedral de León y "
    "quiero entender lo que veo.",
    "Resume las causas de la Guerra Civil española en 5 puntos, nivel bachillerato.",
    "¿Qué es la deducción por vivienda habitual en el IRPF y sigue existiendo? Hablo en "
    "general, no de mi caso.",
    "¿Cómo funciona el interés compuesto? Ponme un ejemplo con números redondos.",
    "consejos para mi primera media maratón, corro 3 días por semana unos 25 km en total",
    "¿Por qué migran las cigüeñas y por qué cada vez más se quedan en España en invierno?",
    "Tengo una entrevista para un puesto de project manager la semana que viene. ¿Qué "
    "preguntas suelen hacer y cómo preparo ejemplos con el método STAR?",
    """Corrígeme este correo, que es para un cliente y me da vergüenza si tiene fallos. No \
cambies el tono, solo errores y frases que suenen raras:

Estimado Sr. Aguirre:

Le escribo para informarle que, devido a un retraso con nuestro proveedor, la entrega de las \
sillas que encargó para la terraza del restaurante se retrasará aproximadamente dos semanas. \
Somos concientes de que esto le puede causar molestias, especialmente con la temporada de \
verano a punto de empezar, y queremos pedirle disculpas por ello.

Como compensación, le ofrecemos el montaje gratuito de las sillas cuando lleguen, así como un \
descuento en su proximo pedido. Si lo prefiere, también podemos prestarle durante estas semanas \
algunas sillas de exposición que tenemos en la tienda, aunque no son exactamente el mismo \
modelo.

Quedamos a su disposición para cualquier duda. Puede llamarnos a la tienda en horario de \
mañana o responder a este correo.

Agradeciendo de antemano su comprensión, le saluda atentamente,

Lucía Ferrer
Muebles Ferrer e Hijos""",
    """Necesito resumir este texto para una presentación de historia (máximo 6 frases):

"La Reconquista es el nombre que la historiografía tradicional ha dado al largo proceso \
mediante el cual los reinos cristianos de la península ibérica fueron ocupando los territorios \
bajo dominio musulmán entre el año 722, fecha aproximada de la batalla de Covadonga, y 1492, \
cuando los Reyes Católicos conquistaron el reino nazarí de Granada. El término es hoy objeto de \
debate entre los historiadores, ya que sugiere una continuidad y una intención de 'recuperar' \
un territorio perdido que no siempre se corresponde con la realidad de la época. Durante esos \
casi ocho siglos hubo largos periodos de convivencia, alianzas entre reinos cristianos y \
taifas musulmanas, intercambios culturales y comerciales, y también guerras entre los propios \
reinos cristianos. Ciudades como Toledo se convirtieron en centros de traducción donde \
trabajaban juntos sabios judíos, cristianos y musulmanes, lo que permitió la transmisión a \
Europa de buena parte del saber clásico y árabe."

Gracias!!""",
    """Estoy escribiendo un cuento para un concurso del ayuntamiento (máximo 1500 palabras, tema \
"el pueblo"). Este es el principio. ¿Me das tu opinión sincera sobre el ritmo y el final del \
fragmento? No me lo reescribas entero.

En Valdecastro solo quedaban once vecinos y un perro que no era de nadie. Cada mañana, a las \
ocho en punto, el perro recorría el pueblo de punta a punta, deteniéndose en cada puerta como \
si pasara lista. Si alguien no abría, ladraba dos veces y esperaba. Nadie recordaba quién le \
había enseñado aquello.

El invierno en que murió la señora Remedios, el perro se quedó tres días sentado frente a su \
casa. No comió, no ladró. Los vecinos le llevaban pan mojado en leche y él lo miraba con una \
educación infinita, sin tocarlo. Al cuarto día se levantó, se sacudió la escarcha y siguió con \
su ronda como si nada, pero ya solo se detenía en diez puertas.

Fue entonces cuando Julián, el más joven de los once, con sesenta y dos años, decidió que \
alguien tenía que escribir la historia del pueblo antes de que el perro tuviera que dejar de \
pararse en todas las puertas.""",
    """Estamos reformando un piso de los años 70 en Valencia y el arquitecto nos ha propuesto esto. \
¿Me ayudas a entenderlo y a preparar preguntas para la reunión?

- tirar el tabique entre cocina y salón para hacer cocina abierta (dice que no es muro de carga, \
pero quiere que lo confirme un aparejador)
- cerrar la terraza con carpintería de aluminio con rotura de puente térmico
- cambiar el baño de sitio para ganar un segundo baño pequeño junto al dormitorio principal
- aislamiento térmico por el interior en las fachadas norte
- suelo radiante con aerotermia en lugar de la caldera de gas
- pedir licencia de obra mayor por el cierre de la terraza

No tengo ni idea de si cerrar la terraza necesita permiso de la comunidad, si el suelo radiante \
compensa en un clima como el de Valencia, ni si mover el baño es complicado por las bajantes. \
Tampoco sé qué es exactamente un aparejador ni si es normal que cobre aparte.""",
    _s(
        "¿Puedo llevar un cochecito de bebé además de la maleta facturada? Vuelo a Tenerife "
        "el mes que viene.",
        system="Eres el asistente virtual de una aerolínea. Responde de forma amable y breve a "
        "preguntas sobre equipaje, reservas y servicios a bordo.",
    ),
    _s("¿qué significa 'idempotente'? lo dijeron en la daily y asentí sin saber", system=_AGENT),
    _s(
        "explícame qué es una derivada sin fórmulas, con un ejemplo de la vida real",
        system="Eres un profesor de matemáticas paciente. Explica paso a paso y con ejemplos "
        "sencillos.",
    ),
    _s(
        "¿Cómo sé si un SMS de 'Correos' pidiendo pagar 1,99 € es una estafa?",
        system="Eres un asistente que ayuda a personas mayores con dudas sobre tecnología. "
        "Usa un lenguaje claro y sin tecnicismos.",
    ),
    _s(
        "Recomiéndame tres novelas de realismo mágico que no sean de García Márquez",
        system="Eres un librero experto que recomienda lecturas según los gustos del cliente.",
    ),
    _s(
        "hazme un endpoint en express para listar productos con paginación",
        "```js\napp.get('/products', async (req, res) => {\n  const page = Number(req.query.page) "
        "|| 1;\n  const limit = 20;\n  const items = await Product.find().skip((page - 1) * "
        "limit).limit(limit);\n  res.json({ page, items });\n});\n```",
        "gracias! oye, otra cosa: ¿me ayudas a escribir un mensaje para felicitar a mi jefa "
        "por su ascenso? algo cercano pero profesional",
    ),
    _s(
        "¿Qué ver en Granada en dos días?",
        "Día 1: Alhambra por la mañana (reserva con antelación), tarde en el Albaicín y atardecer "
        "en el Mirador de San Nicolás. Día 2: Catedral, Capilla Real, Sacromonte y tapas por "
        "la calle Navas.",
        "¿y si vamos con niños pequeños?",
    ),
    _s(
        "¿cómo organizo los microservicios de pedidos y pagos para que no se queden "
        "inconsistentes si uno falla?",
        "Lo habitual es usar un patrón saga: cada servicio confirma su transacción local y "
        "publica un evento; si un paso falla, se ejecutan acciones compensatorias...",
        "vale, lo miro mañana. ahora necesito desconectar: ¿una receta de lentejas como las "
        "de mi abuela, con chorizo?",
    ),
    _s(
        "Traduce al inglés: 'Os esperamos el sábado a partir de las ocho, traed algo de beber.'",
        "We'll expect you on Saturday from eight o'clock, bring something to drink.",
        "¿y más natural, como lo diría un británico?",
    ),
    _s(
        "resuelve x^2 - 5x + 6 = 0",
        "Factorizamos: (x - 2)(x - 3) = 0, así que x = 2 o x = 3.",
        "¿y cómo sería con la fórmula general? es que en el examen nos la piden",
    ),
    _s(
        "¿Qué es el teorema de Pitágoras?",
        "En un triángulo rectángulo, el cuadrado de la hipotenusa es igual a la suma de los "
        "cuadrados de los catetos: a² + b² = c².",
        "¿y para qué sirve en la vida real?",
    ),
]

# --- German -------------------------------------------------------------------------------

_DE: list[Entry] = [
    "was ist der unterschied zwischen TCP und UDP",
    "Wie funktioniert eigentlich asymmetrische Verschlüsselung?",
    "wie lange muss ein Ei kochen damit es wachsweich ist",
    "Warum ist Rust speichersicher ohne Garbage Collector?",
    "Was war Log4Shell genau?",
    "wer hat das Bauhaus gegründet?",
    "Ist öffentliches WLAN im Zug sicher genug fürs Online-Banking?",
    "Wie viele Kalorien verbrennt man ungefähr bei 30 Minuten Joggen?",
    "Kannst du mir erklären, was eine Ableitung anschaulich bedeutet? Ich hab Mathe-Abi "
    "nächstes Jahr und verstehe nur die Rechenregeln, nicht den Sinn dahinter.",
    "Schreib mir bitte eine kurze, freundliche Absage an einen Bewerber. Er war gut, aber "
    "eine andere Kandidatin passte besser ins Team. Keine Floskeln bitte.",
    "Was ist der Unterschied zwischen einem Architekten und einem Bauingenieur, wenn man ein "
    "Einfamilienhaus baut? Brauche ich beide?",
    "Ich möchte mit 3D-Druck anfangen. Welcher Drucker lohnt sich für Einsteiger unter 400 "
    "Euro und welches Filament für den Anfang?",
    "Erklär mir bitte das Ziegenproblem (Monty Hall). Mein Schwager behauptet, es ist egal, "
    "ob man wechselt, und ich will ihn überzeugen.",
    "Wie erkenne ich Phishing-Mails? Meine Mutter bekommt ständig angebliche Mails von der "
    "Sparkasse.",
    "Wie funktioniert die Kirchensteuer in Deutschland und wann kann man austreten? Nur "
    "allgemein, keine Steuerberatung.",
    "Fasse die Ursachen des Dreißigjährigen Krieges in fünf Stichpunkten zusammen.",
    "gib mir ideen für ein vegetarisches abendessen mit kürbis, kichererbsen und feta, max 30 min",
    "Was ist der Unterschied zwischen einem Prozess und einem Thread? Bitte ohne Code, nur "
    "die Konzepte.",
    "Welche Zugvögel sieht man im Herbst am Bodensee und warum machen die da Station?",
    "Ich will Japanisch lernen, Zeit: 30 Minuten am Tag. Wie fange ich sinnvoll an, Kana "
    "zuerst oder direkt Vokabeln?",
    """Kannst du diesen Text für unsere Vereinszeitung kürzen? Maximal 150 Wörter, Ton soll \
locker bleiben.

Liebe Mitglieder,

das Sommerfest unseres Kleingartenvereins war auch dieses Jahr wieder ein voller Erfolg. Trotz \
des Regens am Vormittag kamen am Nachmittag über achtzig Gäste, und die Kuchentafel war schon \
um halb vier fast leer geräumt. Ein besonderer Dank geht an Familie Brandt, die wie jedes Jahr \
den Grill übernommen hat, und an die Jugendgruppe, die das Kinderprogramm mit Sackhüpfen und \
Kürbisschnitzen organisiert hat. Die Tombola brachte so viel ein, dass wir die Reparatur des \
Gemeinschaftshauses nun früher angehen können als geplant.

Einige Mitglieder haben angeregt, im nächsten Jahr zusätzlich einen Pflanzentauschmarkt \
anzubieten. Wer Lust hat, diesen zu organisieren, meldet sich bitte beim Vorstand. Außerdem \
erinnern wir daran, dass die Heckenhöhe laut Gartenordnung 1,25 Meter nicht überschreiten \
darf. Die Gartenbegehung findet im September statt.

Wir freuen uns auf die Herbstarbeitseinsätze und danken allen, die mitgeholfen haben.

Euer Vorstand""",
    """Ich habe hier meine Gliederung für eine Hausarbeit über die Weimarer Republik. Ist die \
logisch aufgebaut, und fehlt etwas Wichtiges? Bitte keine Formulierungen vorschreiben, nur \
Feedback zur Struktur.

1. Einleitung: Fragestellung "Warum scheiterte die erste deutsche Demokratie?"
2. Die Ausgangslage 1918/19
   2.1 Novemberrevolution
   2.2 Die Weimarer Verfassung und Artikel 48
3. Krisenjahre 1919–1923
   3.1 Versailler Vertrag und Dolchstoßlegende
   3.2 Hyperinflation
   3.3 Putschversuche (Kapp, Hitler)
4. Die "Goldenen Zwanziger"
   4.1 Stabilisierung durch Rentenmark und Dawes-Plan
   4.2 Kultur und Gesellschaft
5. Der Untergang 1929–1933
   5.1 Weltwirtschaftskrise
   5.2 Präsidialkabinette
   5.3 Machtübertragung an Hitler
6. Fazit

Mein Betreuer meinte, die Fragestellung sei zu groß für 15 Seiten. Soll ich mich auf einen \
Aspekt konzentrieren, z. B. nur die Rolle von Artikel 48? Und ist "Machtübertragung" oder \
"Machtergreifung" der passendere Begriff?""",
    """Hilf mir bitte, diese Nachricht an meinen Vermieter höflicher und klarer zu formulieren:

Hallo Herr Vermieter, die Heizung im Bad geht seit drei Wochen nicht, ich hab das schon zweimal \
gesagt und es passiert nix. Es ist echt kalt morgens und meine Tochter hat keine Lust mehr zu \
duschen. Der Handwerker war einmal da und meinte, das Thermostat ist kaputt, aber dann kam \
niemand mehr. Ich will nicht nerven, aber so geht das nicht weiter. Wenn das bis nächste Woche \
nicht repariert ist, überlege ich, die Miete zu mindern, das darf man doch oder? Außerdem \
tropft der Wasserhahn in der Küche seit Monaten, das wollte ich auch schon länger sagen. \
Bitte melden Sie sich mal. Danke. Gruß aus der Wohnung im 2. Stock links.

Und noch eine Frage nebenbei: Darf man in Deutschland einfach die Miete mindern, wenn die \
Heizung ausfällt, oder muss man vorher etwas Bestimmtes tun? Ich meine ganz allgemein, wie das \
normalerweise geregelt ist.""",
    """Wir planen eine Radtour entlang der Donau von Passau nach Wien, 6 Tage, im Mai. Kannst du \
meinen Plan prüfen?

Tag 1: Passau – Schlögen (ca. 42 km), Übernachtung an der Schlögener Schlinge
Tag 2: Schlögen – Linz (ca. 60 km)
Tag 3: Linz – Grein (ca. 60 km), Abstecher Mauthausen?
Tag 4: Grein – Melk (ca. 45 km), Stift Melk besichtigen
Tag 5: Melk – Krems durch die Wachau (ca. 35 km), Weinprobe
Tag 6: Krems – Wien (ca. 80 km) oder ab Tulln mit dem Zug

Wir sind zwei Erwachsene, einigermaßen fit, aber keine Sportler, Trekkingräder ohne Motor. \
Ist Tag 6 zu lang? Sollten wir die Unterkünfte jetzt schon buchen oder reicht das spontan? \
Und lohnt sich der Umweg zur Gedenkstätte Mauthausen zeitlich, oder besser an einem eigenen \
Tag? Wie ist das mit dem Gepäck, gibt es Transportservices zwischen den Unterkünften, und \
auf welcher Donauseite fährt man besser?""",
    _s(
        "Was ist eigentlich der Unterschied zwischen Nebenläufigkeit und Parallelität? Nur aus "
        "Neugier.",
        system=_AGENT,
    ),
    _s(
        "Kann ich mein Deutschlandticket auch für den ICE nutzen?",
        system="Du bist der digitale Assistent eines Verkehrsverbunds. Beantworte Fragen zu "
        "Tickets, Tarifen und Fahrplänen kurz und freundlich.",
    ),
    _s(
        "Erklär mir den Satz des Pythagoras so, dass es ein Zehnjähriger versteht.",
        system="Du bist ein geduldiger Nachhilfelehrer für Mathematik.",
    ),
    _s(
        "Wie erstelle ich eine gute Einkaufsliste für eine Woche Meal Prep? Zwei Personen, "
        "wenig Fleisch.",
        system="Du bist ein hilfreicher Assistent.",
    ),
    _s(
        "Schreibe einen Kurzbeitrag für Instagram über unsere neue Herbstkarte: Kürbissuppe, "
        "Flammkuchen mit Birne, Zwetschgendatschi.",
        system="Du bist die Social-Media-Assistenz des Café Sonnenblick. Schreibe warm, "
        "regional und mit maximal drei Emojis.",
    ),
    _s(
        "Schreib mir eine Spring-Boot-Entity für Kunde mit Name, E-Mail und Adresse",
        "```java\n@Entity\npublic class Kunde {\n    @Id @GeneratedValue\n    private Long id;\n"
        "    private String name;\n    private String email;\n    @Embedded\n    private "
        "Adresse adresse;\n}\n```",
        "danke! ganz andere frage: was schenke ich meinem Kollegen zum 40.? er wandert gern "
        "und kocht viel",
    ),
    _s(
        "Was bedeutet Inflation eigentlich genau?",
        "Inflation ist der allgemeine Anstieg des Preisniveaus über die Zeit: Für denselben "
        "Geldbetrag bekommt man weniger Waren und Dienstleistungen.",
        "und warum wollen Zentralbanken trotzdem 2 % statt 0 %?",
    ),
    _s(
        "Wie sollten wir unseren Monolithen in Services aufteilen, wenn Bestellungen und "
        "Lager eng gekoppelt sind?",
        "Ich würde mit klaren Bounded Contexts anfangen und Bestellungen und Lager zunächst "
        "zusammen lassen, bis die Datenhoheit geklärt ist...",
        "ok, danke. jetzt was anderes: kannst du mir ein gedicht über den feierabend schreiben? "
        "kurz, gern mit augenzwinkern",
    ),
    _s(
        "Übersetze ins Englische: 'Vielen Dank für die schnelle Rückmeldung, wir melden uns "
        "nächste Woche.'",
        "Thank you for the quick reply, we'll get back to you next week.",
        "und etwas förmlicher?",
    ),
    _s(
        "Was ist ein Zero-Day?",
        "Eine Schwachstelle, die dem Hersteller noch unbekannt ist oder für die es noch keinen "
        "Patch gibt — der Hersteller hatte also 'null Tage' Zeit, sie zu beheben.",
        "und wie schützt man sich als Privatperson überhaupt dagegen?",
    ),
]

# --- Chinese (simplified) -----------------------------------------------------------------

_ZH: list[Entry] = [
    "TCP和UDP有什么区别？",
    "什么是单子（monad）？通俗点说",
    "为什么天空是蓝色的",
    "公共wifi安全吗，能登录网银吗",
    "Log4Shell漏洞当年到底是怎么回事？",
    "一杯面粉大概多少克",
    "帮我想个猫的名字，橘猫，母的",
    "大O表示法是什么意思？不用写代码，讲讲概念就行",
    "非对称加密是怎么工作的？能不能用生活中的例子解释一下公钥和私钥",
    "我奶奶忘了微信密码，手机号也换了，还能找回账号吗？应该怎么操作",
    "帮我写一首关于秋天的小诗，五言或七言都行，要有点思乡的感觉",
    "概率题：一个袋子里有3个红球5个白球，不放回地连续摸两个，两个都是红球的概率是多少？请写出过程",
    "哥特式建筑和罗马式建筑有什么区别？下个月去欧洲旅游想看懂教堂",
    "帮我设计一个小户型的平面布局，60平米两室一厅，厨房想做成开放式",
    "3D打印入门，PLA和PETG哪个适合做户外花盆？",
    "为什么候鸟每年都要迁徙？它们是怎么认路的？",
    "复利到底是怎么算的？如果每个月定投1000元，年化5%，二十年后大概有多少？",
    "我做了五年后端开发，想转产品经理，有什么建议吗？怎么判断自己适不适合",
    "给我列一个一周的减脂餐购物清单，两个人吃，不吃香菜",
    "请用三句话解释一下什么是通货膨胀，给初中生听的",
    "XSS攻击是什么？跟SQL注入有什么不同？我只是想了解原理，准备面试",
    "怎么判断一封邮件是不是钓鱼邮件？我爸差点点了一个冒充银行的链接",
    """帮我润色一下这篇公众号文章的开头，语气要温暖一点，别太鸡汤：

搬到这个小城已经三年了。刚来的时候，我每天都在想自己是不是做错了决定。这里没有地铁，没有\
通宵营业的便利店，晚上九点以后街上几乎看不到人。我在大城市生活了十年，习惯了加班到深夜，\
习惯了外卖和打车，习惯了每个周末都有看不完的展览和演出。突然之间，这一切都消失了。

第一个冬天特别难熬。房子没有暖气，我买了两个电暖器，还是冷得睡不着。楼下卖早点的阿姨看我\
每天都买两根油条，有一天突然塞给我一袋自己腌的咸菜，说年轻人一个人过日子要吃点家里的味道。\
我当时差点哭出来。

后来我慢慢发现，这里的时间好像走得比较慢。菜市场的人会记得你上次买了什么，邻居会在你出门\
的时候帮你收快递，傍晚沿着河边散步的时候，能听到很多种不同的鸟叫。我开始学着做饭，学着种\
花，学着在没有计划的周末里什么也不做。

第二年春天，我在阳台上种的番茄第一次结了果。其实一共只有七个，还被鸟偷吃了两个，但我\
还是拍了照片发给远在北京的朋友们。他们回复说：你变了。我想了想，确实变了。以前我觉得生活\
就是不停地往前跑，跑慢了就会被淘汰；现在我更愿意相信，有些东西只有停下来才能看见。

当然，小城也有小城的问题。工作机会少，工资不高，想看一场像样的话剧要坐两个小时的车。\
我也不是要劝谁离开大城市，每个人的人生阶段不一样，需要的东西也不一样。

这篇文章想写的，就是这三年里，小城教会我的几件事。

（另外标题我想了几个：《慢下来的三年》《在小城学会生活》《油条与咸菜》，你觉得哪个好？）""",
    """请帮我总结一下这段文字，200字以内，用来做读书笔记：

"丝绸之路是古代连接东西方的陆上贸易通道的统称。它并不是一条固定的道路，而是由许多条商路\
组成的网络，从长安出发，经过河西走廊、西域，一直延伸到中亚、西亚乃至地中海沿岸。通过这些\
道路，中国的丝绸、瓷器和茶叶被运往西方，而西方的玻璃器皿、香料、宝石以及葡萄、苜蓿等作物\
也传入中国。更重要的是，丝绸之路也是文化交流的通道，佛教就是沿着这条道路传入中国的，而造\
纸术等技术也经由这里向西传播。张骞出使西域被认为是丝绸之路正式开通的标志。唐代时期，丝绸\
之路达到鼎盛，长安成为国际性的大都市，来自各国的商人、僧侣和使节汇聚于此。宋代以后，随着\
航海技术的发展和政治格局的变化，海上丝绸之路逐渐取代了陆路的重要地位。"

另外我还摘抄了下一段，也一起总结进去：

"近年来，'一带一路'倡议的提出让丝绸之路这个古老的名字重新进入公众视野。不过历史学家提醒\
我们，'丝绸之路'这个名称本身其实很年轻，它是19世纪德国地理学家李希霍芬首先提出的。古代\
的商人们并不知道自己走在一条'丝绸之路'上，他们往往只走其中的一小段，把货物卖给下一站的\
商人，再由后者继续向前转运。因此，一件丝绸从长安到达罗马，可能要经过十几个甚至几十个\
中间商之手，价格也随之层层上涨。也正因为如此，罗马人对丝绸的产地长期一无所知，只是\
模糊地称那个遥远的国度为'赛里斯'，意思是'丝之国'。"

谢谢！最好分成三点，第二段的内容单独作为第三点。""",
    """我们一家四口（两个孩子，7岁和10岁）国庆想去云南玩8天，这是初步行程，帮我看看合不合理：

第1天：到昆明，逛翠湖、吃过桥米线
第2天：昆明→石林，下午回昆明
第3天：高铁去大理，洱海骑行
第4天：大理古城、崇圣寺三塔
第5天：大理→丽江，晚上逛古城
第6天：玉龙雪山（蓝月谷）
第7天：丽江→泸沽湖
第8天：泸沽湖→丽江机场回家

担心的问题：国庆人会不会太多？玉龙雪山孩子会不会高反？泸沽湖来回是不是太折腾了，要不要\
换成束河古镇？另外孩子喜欢动物和玩水，有没有适合他们的地方可以加进去？我们预算中等，\
更想住民宿。""",
    """帮我把下面这段英文翻译成中文，用在我们茶馆的菜单背面，语言要优美一点，不要直译腔：

Tea was first drunk in China, where legend credits the emperor Shennong with discovering it \
when a leaf drifted into his bowl of boiling water. Whatever the truth of that story, by the \
Tang dynasty tea had become a daily habit and an art form. The scholar Lu Yu wrote The Classic \
of Tea in the eighth century, describing how to grow, pick, prepare and serve it, and even \
which water to use: mountain springs were best, river water acceptable, well water a last \
resort. Under the Song dynasty, powdered tea was whisked into a froth, a practice that Zen \
monks carried to Japan, where it survives today in the tea ceremony. Loose-leaf tea, steeped \
rather than whisked, became the norm under the Ming. From the seventeenth century, Dutch and \
then British traders shipped tea to Europe, where it moved from an exotic luxury to the \
national drink of Britain within about a hundred years. Today tea is the most widely consumed \
drink in the world after water, and every culture that adopted it has made it its own.

最后加一句我们自己的话，大概意思是“一杯茶，慢一点”。""",
    _s(
        "并发和并行有什么区别？纯好奇，不用写代码",
        system=_AGENT,
    ),
    _s(
        "托运行李最多可以带多重？我下个月飞成都",
        system="你是一家航空公司的智能客服，请礼貌、简洁地回答乘客关于行李、值机和航班的问题。",
    ),
    _s(
        "为什么除以一个分数等于乘以它的倒数？",
        system="你是一位耐心的初中数学老师，请一步一步讲解，并举简单的例子。",
    ),
    _s(
        "推荐几本适合入门的经济学书，最好通俗一点",
        system="你是一个乐于助人的助手。",
    ),
    _s(
        "帮我写一个Spring Boot的用户增删改查接口",
        "好的，下面是一个基础的UserController，包含GET/POST/PUT/DELETE……",
        "谢谢！顺便问一下，周末去杭州玩两天，有什么推荐的路线吗？",
    ),
    _s(
        "勾股定理是什么？",
        "在直角三角形中，两条直角边的平方和等于斜边的平方，即 a² + b² = c²。",
        "那它在生活中有什么用？",
    ),
    _s(
        "three.js里怎么做后期处理的辉光效果？",
        "可以用EffectComposer加UnrealBloomPass，先RenderPass再加bloom，调整strength、radius"
        "和threshold……",
        "好的，搞定了。对了，3D电影和普通电影在拍摄上有什么区别？",
    ),
    _s(
        "帮我把这句话翻译成英文：感谢您在百忙之中抽出时间参加我们的活动。",
        "Thank you for taking the time out of your busy schedule to attend our event.",
        "再口语化一点呢？",
    ),
    _s(
        "我们的订单系统要拆成微服务，数据一致性怎么保证？",
        "常见做法是Saga模式配合本地消息表或者事务性发件箱，每个服务只负责自己的数据……",
        "好，我先消化一下。现在帮我写一段给团队的周五聚餐通知吧，轻松一点",
    ),
]

# --- Japanese -----------------------------------------------------------------------------

_JA: list[Entry] = [
    "TCPとUDPの違いって何？",
    "モナドってなに？ざっくり教えて",
    "空が青いのはなぜですか",
    "カフェのフリーWiFiでネットバンキングするのって危ない？",
    "Log4Shellってどういう脆弱性だったの？",
    "大さじ1って何ccだっけ",
    "ビッグO記法を中学生にもわかるように説明してください",
    "公開鍵暗号の仕組みを、数式なしでたとえ話で説明してもらえますか？",
    "祖母がLINEのパスワードを忘れてしまい、機種変更もしたそうです。アカウントを復旧する"
    "方法はありますか？",
    "母の還暦祝いに添えるメッセージを考えてください。照れくさくない程度に感謝を伝えたいです。",
    "確率の問題です。サイコロを3回振って、少なくとも1回6が出る確率を求め方と一緒に教えてください。",
    "ゴシック建築とロマネスク建築の違いを教えてください。来月ヨーロッパで教会を見て回ります。",
    "20坪くらいの平屋の間取りを考えています。2LDKで、リビングは南向き、家事動線を重視したい"
    "です。部屋の配置を文章で提案してください。",
    "3Dプリンターを買おうか迷っています。フィギュア作りが目的なら光造形とFDMどっちがいい？",
    "渡り鳥はどうやって毎年同じ場所に帰ってこられるんですか？",
    "新NISAのつみたて投資枠と成長投資枠の違いを一般論として教えてください。",
    "エンジニア歴6年です。PMに転向するか迷っています。向き不向きをどう判断すればいいですか？",
    "一週間分の作り置きの買い物リストを作ってください。二人暮らし、魚多めでお願いします。",
    "XSSとCSRFの違いを面接で説明できるレベルで教えてください。コードは不要です。",
    "フィッシングメールの見分け方を教えてください。父が宅配業者を名乗るSMSのリンクを"
    "押しそうになりました。",
    "百人一首で一番有名な歌ってどれ？意味も教えて",
    "俳句をひとつ作って。テーマは「締め切り前夜」",
    """このブログ記事の導入部分を読みやすく直してもらえますか？内容は変えずに、文のリズムを\
整えたいです。

会社を辞めてから半年が経った。最初の一か月は毎日が日曜日みたいで、正直に言うとかなり\
楽しかった。朝は好きな時間に起きて、近所の喫茶店でモーニングを食べて、午後は図書館で\
本を読んで、夕方には川沿いを散歩した。会社員時代にはできなかったことを全部やろうと\
思っていたし、実際にかなりの部分をやった。

ところが二か月目に入ったあたりから、だんだん様子がおかしくなってきた。曜日の感覚が\
なくなり、誰とも話さない日が増え、夜になると妙に不安になった。貯金の残高を何度も\
確認するようになったのもこのころだ。自由な時間がたくさんあるはずなのに、なぜか何も\
手につかない。本を開いても同じページを何度も読んでしまう。

そこで私は、自分なりの「時間割」を作ることにした。月曜と木曜は午前中に資格の勉強、\
火曜は図書館、水曜は一日中好きなことをする日、金曜は一週間の振り返りと翌週の計画。\
会社という枠がなくなった今、枠は自分で作るしかないのだと気づいたのだ。この記事では、\
その時間割がどう変わっていったか、そして半年たった今どんな一週間を過ごしているかを\
書いてみたいと思う。

タイトル案もいくつか欲しいです。「辞めてから気づいたこと」みたいなありきたりなのは\
避けたいです。""",
    """以下の英文記事を日本語で要約してください。社内報に載せるので、300字程度で、専門用語は\
かみくだいてください。

The Great Pacific Garbage Patch is not a solid island of plastic, as it is often imagined, \
but a vast area of the North Pacific where floating debris is concentrated by rotating ocean \
currents known as gyres. Most of the plastic is broken down into small fragments called \
microplastics, which makes the water look more like a cloudy soup than a landfill. \
Researchers estimate that the patch covers an area roughly three times the size of France, \
although its boundaries shift with the currents and seasons. A surprising share of the larger \
debris by weight consists of discarded fishing nets and gear. Cleaning up the open ocean is \
extremely difficult, and many scientists argue that the most effective approach is to stop \
plastic from reaching the sea in the first place, through better waste management on land and \
changes in how products are designed and packaged.""",
    """来月、家族4人（子ども8歳と11歳）で北海道を6日間旅行します。この行程で無理がないか見て\
もらえますか？

1日目：新千歳着、札幌泊（夜は時計台とすすきの）
2日目：小樽日帰り（運河、オルゴール堂）
3日目：札幌→旭山動物園→富良野泊
4日目：富良野・美瑛（青い池、ファーム富田）
5日目：富良野→洞爺湖泊（移動長め？）
6日目：洞爺湖→新千歳、夕方の便で帰宅

気になっているのは、5日目の移動距離と、レンタカーで全部回れるかどうかです。子どもは\
動物と温泉が好きで、長時間のドライブは苦手です。代わりに登別を入れたほうがいいのか、\
それとも札幌に連泊したほうがいいのか迷っています。予算は中くらいで、ホテルよりは\
和室のある宿が希望です。""",
    _s("並行処理と並列処理の違いって何でしたっけ？コードはいらないです", system=_AGENT),
    _s(
        "ベビーカーは機内に持ち込めますか？",
        system="あなたは航空会社のカスタマーサポートAIです。手荷物や予約に関する質問に、丁寧かつ"
        "簡潔に答えてください。",
    ),
    _s(
        "分数で割るときになぜひっくり返してかけるのか、納得できる説明をしてください",
        system="あなたは中学生向けの優しい数学の家庭教師です。例を使って段階的に説明してください。",
    ),
    _s(
        "敬語の「させていただく」って使いすぎると変ですか？",
        system="あなたは日本語のビジネス文書の添削アシスタントです。",
    ),
    _s(
        "Railsでユーザー登録のフォームを作って、バリデーションも付けて",
        "```ruby\nclass User < ApplicationRecord\n  validates :name, presence: true\n  validates "
        ":email, presence: true, uniqueness: true\nend\n```\nフォームは form_with(model: @user) "
        "で作れます。",
        "ありがとう！話は変わるけど、週末に京都で紅葉を見るならどこがおすすめ？",
    ),
    _s(
        "ピタゴラスの定理ってなんですか？",
        "直角三角形で、斜辺の2乗は他の2辺の2乗の和に等しい、という定理です（a² + b² = c²）。",
        "それって実生活で何に使うんですか？",
    ),
    _s(
        "WebGLでシャドウマップがギザギザになるのはなぜ？",
        "シャドウマップの解像度不足とバイアス設定が主な原因です。PCFでぼかすか、カスケード"
        "シャドウマップを使うと改善します。",
        "なるほど、助かりました。ところで3D映画ってなんで目が疲れるんですか？",
    ),
    _s(
        "この文を英語にしてください：「本日はお忙しいところありがとうございました。」",
        "Thank you very much for taking the time to meet with us today.",
        "もう少しカジュアルな言い方は？",
    ),
    _s(
        "マイクロサービス間のデータ整合性はどう担保するのがいい？",
        "Sagaパターンやトランザクショナルアウトボックスを使い、各サービスがローカル"
        "トランザクションを完結させて、イベントで連携するのが一般的です……",
        "了解、あとで読みます。それより今夜の夕飯、冷蔵庫に豚こまとキャベツと卵しかないんだけど"
        "何作れる？",
    ),
]

# --- French -------------------------------------------------------------------------------

_FR: list[Entry] = [
    "c'est quoi la différence entre TCP et UDP ?",
    "pourquoi le ciel est bleu ?",
    "Tu peux m'expliquer simplement comment marche le chiffrement à clé publique ? C'est pour "
    "un exposé de terminale.",
    "Quelles sont les grandes caractéristiques de l'architecture haussmannienne ? Je fais "
    "une visite guidée de Paris pour des amis.",
    "Écris-moi un petit poème pour le départ à la retraite d'une collègue, elle adore le "
    "jardinage et les chats.",
    "Probabilité de tirer deux as d'affilée dans un jeu de 52 cartes sans remise ? Avec le "
    "raisonnement svp",
    "Ma grand-mère a oublié son mot de passe Gmail et n'a plus accès à son ancien numéro. "
    "Elle peut faire quoi ?",
    """Peux-tu relire cette lettre de motivation et me dire ce qui sonne trop scolaire ? Ne la \
réécris pas entièrement.

Madame, Monsieur,

Actuellement en dernière année de BTS Tourisme, je me permets de vous adresser ma candidature \
pour le poste de conseillère en séjours au sein de votre agence de Lyon. Passionnée par le \
voyage depuis toujours, j'ai eu l'occasion, lors de mon stage à l'office de tourisme \
d'Annecy, d'accueillir une clientèle française et internationale, de conseiller des familles \
sur leurs activités et de mettre à jour la documentation touristique de la ville.

Cette expérience m'a permis de développer mon sens de l'écoute, ma capacité d'adaptation et \
ma rigueur. Je parle couramment anglais et italien, et je me débrouille en espagnol, ce qui \
me semble être un atout pour conseiller votre clientèle variée.

Dynamique, souriante et organisée, je serais ravie de mettre mes compétences au service de \
votre agence. Je me tiens à votre disposition pour un entretien à la date qui vous \
conviendra.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Roussel""",
    _s(
        "Est-ce que je peux prendre mon vélo dans le TGV ?",
        system="Tu es l'assistant virtuel d'une compagnie ferroviaire. Réponds de façon courte "
        "et polie aux questions sur les billets, bagages et horaires.",
    ),
    _s(
        "écris un test unitaire jest pour ma fonction formatPrice",
        "```js\ntest('formatPrice formats euros', () => {\n  expect(formatPrice(12.5)).toBe('12,50 "
        "€');\n});\n```",
        "merci ! rien à voir : tu me conseilles quoi comme vin avec une raclette ?",
    ),
    _s(
        "Résume-moi la Révolution française en 5 points",
        "1. Crise financière et convocation des États généraux (1789)...",
        "et maintenant en version pour un enfant de 8 ans ?",
    ),
]

# --- Portuguese ---------------------------------------------------------------------------

_PT: list[Entry] = [
    "qual a diferença entre TCP e UDP?",
    "o que é uma mônada em programação funcional? sem código",
    "Como funciona a criptografia de chave pública? Explica com uma analogia, por favor.",
    "Quais são as características do estilo manuelino? Vou visitar o Mosteiro dos Jerónimos.",
    "me ajuda a escrever uma mensagem de aniversário para minha avó que faz 90 anos? algo "
    "carinhoso e simples",
    "É seguro usar o wi-fi do shopping para acessar o app do banco?",
    "Quanto tempo leva para cozinhar feijão na panela de pressão sem deixar de molho?",
    """Pode revisar este texto para o blog da minha cafeteria? Quero que fique mais leve e \
convidativo, sem exagerar nos adjetivos.

Nossa história começou em 2019, quando decidimos transformar a antiga garagem da família em \
um pequeno café de bairro. No início eram só quatro mesas, uma máquina de espresso usada e \
muita vontade de acertar. Os vizinhos foram os primeiros clientes e também os primeiros \
críticos: diziam quando o pão de queijo estava seco, quando o café estava amargo demais e \
quando a música estava alta. A gente anotava tudo num caderno que até hoje fica atrás do \
balcão.

Hoje temos doze mesas, um quintal com plantas e uma torra própria feita em pequenos lotes, \
com grãos de produtores do sul de Minas que conhecemos pessoalmente. Mas o caderno continua \
lá, e continuamos lendo cada sugestão. Este blog nasce com a mesma ideia: contar um pouco dos \
bastidores, apresentar os produtores com quem trabalhamos, dar dicas de preparo para fazer em \
casa e, claro, ouvir vocês.

No próximo post vamos falar sobre a diferença entre café coado e prensa francesa, e por que \
a moagem muda tudo.""",
    _s(
        "Posso levar um carrinho de bebê sem pagar a mais?",
        system="Você é o assistente virtual de uma companhia aérea. Responda de forma cordial "
        "e objetiva sobre bagagem, reservas e check-in.",
    ),
    _s(
        "cria um model no Laravel para Produto com nome, preço e estoque",
        "```php\nclass Produto extends Model\n{\n    protected $fillable = ['nome', 'preco', "
        "'estoque'];\n}\n```",
        "valeu! agora uma dúvida nada a ver: vale a pena visitar Lisboa em agosto ou é muito "
        "cheio?",
    ),
]

# --- Italian ------------------------------------------------------------------------------

_IT: list[Entry] = [
    "differenza tra TCP e UDP?",
    "perché il cielo è blu?",
    "Mi spieghi cos'è un attacco XSS senza entrare nel codice? Devo capirlo per un colloquio.",
    "Chi era Brunelleschi e perché la cupola di Santa Maria del Fiore è così importante?",
    "Scrivimi una breve poesia per il compleanno di mio nonno, ama la pesca e il mare.",
    "Qual è la probabilità di fare almeno un 6 lanciando due dadi? Spiega il ragionamento.",
    "Mia nonna ha dimenticato la password della posta e non ha più il vecchio numero di "
    "telefono. Come può recuperare l'account?",
    """Puoi correggere questa email per il mio professore? Voglio che sia cortese ma non troppo \
formale, e controlla i congiuntivi che non sono sicuro.

Gentile Professor Marchetti,

le scrivo per chiederle se fosse possibile spostare il mio ricevimento di giovedì prossimo, \
perché purtroppo ho un esame di laboratorio che è stato anticipato proprio a quell'ora. Mi \
dispiace molto per il poco preavviso, ma l'ho saputo solo stamattina dalla segreteria.

Se per lei va bene, sarei disponibile lunedì o martedì pomeriggio, oppure anche mercoledì \
mattina prima delle undici. In alternativa, se preferisce, potrei mandarle via email le \
domande che volevo farle sul capitolo quattro della tesi, così può rispondermi quando ha \
tempo, anche se credo che parlarne di persona sarebbe più utile, soprattutto per la parte \
sulla metodologia dove ho ancora parecchi dubbi.

La ringrazio in anticipo per la disponibilità e mi scuso ancora per il disturbo.

Cordiali saluti,
Matteo Ferri""",
    _s(
        "Posso portare il cane in treno? È di taglia media.",
        system="Sei l'assistente virtuale di una compagnia ferroviaria. Rispondi in modo breve e "
        "cortese a domande su biglietti, bagagli e animali.",
    ),
    _s(
        "scrivi una query SQL che conti gli ordini per cliente nell'ultimo mese",
        "```sql\nSELECT customer_id, COUNT(*) AS ordini\nFROM orders\nWHERE created_at >= "
        "now() - interval '1 month'\nGROUP BY customer_id;\n```",
        "grazie! cambiando argomento: mi consigli un itinerario di 3 giorni in Puglia?",
    ),
]

# --- Korean -------------------------------------------------------------------------------

_KO: list[Entry] = [
    "TCP랑 UDP 차이가 뭐야?",
    "하늘은 왜 파란색이에요?",
    "공개키 암호화가 어떻게 동작하는지 비유로 쉽게 설명해 주세요.",
    "고딕 건축과 로마네스크 건축의 차이를 알려주세요. 다음 달 유럽 성당 투어를 가요.",
    "할머니가 카카오톡 비밀번호를 잊어버리셨어요. 번호도 바뀌었는데 복구할 방법이 있을까요?",
    "어머니 환갑 축하 편지를 쓰고 싶은데 첫 문장을 어떻게 시작하면 좋을까요?",
    "주사위 두 개를 던져서 합이 7이 나올 확률은? 풀이도 같이",
    "개발자 5년 차인데 PM으로 전향할까 고민 중이에요. 어떤 점을 고려해야 할까요?",
    _s(
        "유모차도 기내에 가지고 탈 수 있나요?",
        system="당신은 항공사의 고객 지원 챗봇입니다. 수하물과 예약 관련 질문에 친절하고 간결하게 "
        "답하세요.",
    ),
    _s(
        "NestJS로 게시글 CRUD API 만들어줘",
        "```ts\n@Controller('posts')\nexport class PostsController {\n  constructor(private "
        "readonly posts: PostsService) {}\n  @Get() findAll() { return this.posts.findAll(); }\n"
        "}\n```",
        "고마워! 근데 갑자기 궁금한데, 제주도 2박 3일 여행 코스 추천해 줄 수 있어?",
    ),
]

# --- Russian ------------------------------------------------------------------------------

_RU: list[Entry] = [
    "в чем разница между TCP и UDP?",
    "почему небо голубое",
    "Объясни на пальцах, как работает шифрование с открытым ключом.",
    "Чем готика отличается от романского стиля в архитектуре? Еду в Прагу, хочу понимать, "
    "что смотрю.",
    "Напиши короткое поздравление коллеге с днем рождения, он любит рыбалку и шахматы.",
    "Какова вероятность вытащить два туза подряд из колоды в 36 карт без возвращения?",
    "Бабушка забыла пароль от почты на Mail.ru, а старый номер телефона уже не работает. "
    "Что можно сделать?",
    "Что такое Log4Shell и почему о нем так много писали в 2021 году?",
    _s(
        "Можно ли провозить велосипед в Сапсане?",
        system="Ты виртуальный помощник железнодорожной компании. Отвечай коротко и вежливо на "
        "вопросы о билетах, багаже и расписании.",
    ),
    _s(
        "напиши на Django модель Заказ с полями сумма, статус и дата",
        "```python\nclass Order(models.Model):\n    amount = models.DecimalField(max_digits=10, "
        "decimal_places=2)\n    status = models.CharField(max_length=20)\n    created_at = "
        "models.DateTimeField(auto_now_add=True)\n```",
        "спасибо! а теперь совсем другое: посоветуй, что почитать из современной русской прозы?",
    ),
]

# --- More hand-written entries: hard negatives and follow-ups in every language -----------

_EN_MORE: list[Entry] = [
    "how should I choose a strong password? my bank says 12 characters but work wants 16 "
    "with symbols, and I can never remember them",
    "how would you render 'saudade' in English? there's no exact word, right?",
    "What caused the Great Migration of African Americans out of the South in the 20th "
    "century, and where did people mostly go?",
    "Explain how the Enigma machine was broken at Bletchley Park. How much did Turing "
    "actually do versus the Polish mathematicians?",
    "is it true you shouldn't charge your phone overnight?",
    "What's the most reliable way to back up 20 years of family photos so we never lose them?",
    "Kindle or Kobo? I read mostly library ebooks",
    "which buildings did Zaha Hadid design? I'm going to be in London, Baku and Rome this year",
    "I want to build a bird feeder from an old milk carton with my kids. Step by step?",
    "How should I organise my photo folders, by year or by event? I have about 40k photos "
    "scattered over three old laptops.",
    _s("explain the halting problem? just curious, not for this project", system=_IDE),
    _s(
        "make a shopping list for tacos for 6 people",
        "- 12 small tortillas\n- 800 g chicken thighs\n- 2 onions, 3 tomatoes, 1 bunch coriander\n"
        "- 2 avocados, 2 limes\n- sour cream, grated cheese\n- hot sauce",
        "update it: remove the sour cream, add more limes and double the tortillas",
    ),
    _s(
        "create a table of contents for a little cookbook of our family recipes",
        "1. Breakfasts\n2. Soups\n3. Weeknight dinners\n4. Sunday roasts\n5. Desserts\n"
        "6. Grandma's baking",
        "delete the desserts chapter (it overlaps with baking) and insert one on jams and "
        "pickles after soups",
    ),
    _s(
        "write me a 3-sentence summary for my CV, I'm a primary school teacher moving into "
        "corporate training",
        "Primary school teacher with eight years of experience designing engaging lessons for "
        "diverse learners. Skilled at breaking down complex ideas, giving constructive "
        "feedback and managing groups. Now bringing these skills to corporate learning and "
        "development.",
        "make it sound more confident, less apologetic",
    ),
    _s(
        "my r3f scene stutters when I add 500 instanced meshes, any idea?",
        "Make sure you're using <Instances>/InstancedMesh rather than 500 separate meshes, and "
        "update the instance matrices only when they change, not every frame.",
        "perfect, smooth now. totally different: what camera settings do I need to "
        "photograph the northern lights next week? I have a tripod",
    ),
    _s("what's the capital of Mongolia", "Ulaanbaatar.", "population?"),
    _s(
        "how does a heat pump work?",
        "A heat pump moves heat instead of generating it: a refrigerant absorbs heat from the "
        "outside air (even when it's cold), a compressor raises its temperature, and the heat "
        "is released inside.",
        "is it worth it in an old house with radiators?",
    ),
]

_FR_MORE: list[Entry] = [
    "Qui était Le Corbusier et pourquoi la Cité radieuse de Marseille est-elle si célèbre ?",
    _s(
        "Quelle est la meilleure saison pour visiter la Provence sans trop de monde ?",
        system="Tu es un assistant de voyage. Donne des conseils concrets et honnêtes.",
    ),
    _s(
        "écris une fonction python qui vérifie qu'un email a un format valide",
        "```python\nimport re\n\ndef email_valide(email: str) -> bool:\n    return "
        "re.fullmatch(r'[^@\\s]+@[^@\\s]+\\.[^@\\s]+', email) is not None\n```",
        "merci ! sinon, t'as des astuces pour mieux dormir ? je me réveille à 4h toutes les nuits",
    ),
    _s(
        "Donne-moi une recette de crêpes pour 4 personnes",
        "250 g de farine, 4 œufs, 50 cl de lait, une pincée de sel, 50 g de beurre fondu. "
        "Mélanger, laisser reposer 1 h, cuire dans une poêle bien chaude.",
        "et sans œufs, c'est possible ?",
    ),
]

_PT_MORE: list[Entry] = [
    "Por que as andorinhas migram e como elas acham o caminho de volta?",
    _s(
        "Qual a diferença entre CDB e Tesouro Direto? Só quero entender o conceito.",
        system="Você é um assistente de educação financeira. Explique de forma simples e não "
        "dê recomendações personalizadas de investimento.",
    ),
    _s(
        "faz uma migration no Rails adicionando a coluna telefone na tabela clientes",
        "```ruby\nclass AddTelefoneToClientes < ActiveRecord::Migration[7.1]\n  def change\n"
        "    add_column :clientes, :telefone, :string\n  end\nend\n```",
        "brigado! agora me ajuda a escrever um convite pro churrasco de sábado no grupo da "
        "família?",
    ),
    _s(
        "quais livros do Machado de Assis ler primeiro?",
        "Comece por Dom Casmurro, depois Memórias Póstumas de Brás Cubas e alguns contos, como "
        "O Alienista e A Cartomante.",
        "e depois desses?",
    ),
]

_IT_MORE: list[Entry] = [
    "Cos'è il Razionalismo italiano in architettura? Penso all'EUR di Roma e a Terragni.",
    _s(
        "Quanto tempo serve per visitare bene gli Uffizi?",
        system="Sei l'assistente virtuale di un'agenzia di visite guidate a Firenze. Rispondi in "
        "modo cordiale e pratico.",
    ),
    _s(
        "come divido il nostro monolite in microservizi senza rompere tutto?",
        "Partirei dai bounded context: individua un dominio con poche dipendenze (es. "
        "notifiche), estrailo dietro un'API chiara e usa lo strangler pattern per il resto...",
        "ok ci penso domani. intanto: ricetta della carbonara vera, senza panna per favore",
    ),
    _s(
        "traduci in inglese: 'Ci vediamo alla stazione alle otto, non fare tardi!'",
        "See you at the station at eight, don't be late!",
        "e in modo più formale, per un cliente?",
    ),
]

_KO_MORE: list[Entry] = [
    "XSS 공격이 뭔지 코드 없이 설명해 주세요. 면접 준비 중이에요.",
    _s("김치찌개 맛있게 끓이는 팁 알려줘", system="당신은 친절한 요리 도우미입니다."),
    _s(
        "three.js에서 그림자가 안 나와요",
        "renderer.shadowMap.enabled = true로 설정하고, 조명에 castShadow, 메시에 castShadow와 "
        "receiveShadow를 켜야 합니다.",
        "해결됐어요! 근데 3D 프린터로 피규어 만들려면 뭐부터 사야 해요?",
    ),
    _s(
        "서울에서 부산까지 KTX로 얼마나 걸려?",
        "보통 2시간 30분 정도 걸립니다.",
        "그럼 부산 하루 코스 추천해줘",
    ),
]

_RU_MORE: list[Entry] = [
    "Почему птицы улетают на юг и как они находят дорогу обратно?",
    _s(
        "Объясни разницу между Present Perfect и Past Simple на примерах",
        system="Ты помощник по изучению английского языка. Объясняй просто и с примерами.",
    ),
    _s(
        "Напиши SQL запрос, который выбирает пользователей без заказов",
        "```sql\nSELECT u.*\nFROM users u\nLEFT JOIN orders o ON o.user_id = u.id\nWHERE o.id "
        "IS NULL;\n```",
        "спасибо! кстати, как лучше подготовиться к собеседованию на английском?",
    ),
    _s(
        "Какие города посмотреть в Золотом кольце?",
        "Классика: Сергиев Посад, Суздаль, Владимир, Ярославль, Ростов Великий, Кострома.",
        "а за выходные что реально успеть?",
    ),
]

_ZH_MORE: list[Entry] = [
    """帮我看看这封求职信，有没有哪里写得太空、太套路？不用全部重写，指出问题并给几个修改建议就行。

尊敬的招聘负责人：

您好！我在招聘网站上看到贵公司正在招聘新媒体运营专员，非常希望能有机会加入贵公司。我今年\
毕业于一所普通本科院校的汉语言文学专业，在校期间担任过学院公众号的主编，负责选题策划、\
文章撰写和排版，两年时间里公众号的关注人数从一千多人增加到了六千多人，其中有几篇关于校园\
生活的文章阅读量超过了一万。

除了公众号，我还在一家本地的文创小店做过半年的兼职，负责小红书账号的日常更新。我发现\
真实、有温度的内容往往比精心设计的广告更能打动人，比如我们拍过一条店主手工制作书签的\
视频，没有任何滤镜和文案包装，却成了那段时间互动最多的一条。这段经历让我对内容运营有了\
更具体的理解：运营不只是发内容，更重要的是了解用户想看什么、愿意和什么样的品牌聊天。

我性格开朗，学习能力强，有较强的团队合作精神和抗压能力，能够熟练使用各种办公软件和\
剪辑工具。我相信自己能够胜任这份工作，也希望能在贵公司学习和成长，和团队一起做出有意思\
的内容。如果有机会，我很期待能当面和您交流我对贵公司几个账号的一些想法。

此致
敬礼！

求职者：林小雨""",
]


# --- Template pools -----------------------------------------------------------------------

# Pairs people mix up; technical ones are conceptual questions, not code tasks.
_DIFF_PAIRS = (
    ("the stack", "the heap"),
    ("compiled languages", "interpreted languages"),
    ("HTTP", "HTTPS"),
    ("IPv4", "IPv6"),
    ("authentication", "authorization"),
    ("hashing", "encryption"),
    ("a computer virus", "a worm"),
    ("latency", "bandwidth"),
    ("static typing", "dynamic typing"),
    ("a library", "a framework"),
    ("machine learning", "deep learning"),
    ("git", "GitHub"),
    ("open source", "free software"),
    ("an SSD", "a hard drive"),
    ("a virus", "a bacterium"),
    ("a crocodile", "an alligator"),
    ("affect", "effect"),
    ("empathy", "sympathy"),
    ("stocks", "bonds"),
    ("APR", "the interest rate on a loan"),
    ("mitosis", "meiosis"),
    ("speed", "velocity"),
    ("an epidemic", "a pandemic"),
    ("a hurricane", "a typhoon"),
    ("baroque", "rococo architecture"),
    ("an embassy", "a consulate"),
    ("a sole trader", "a limited company"),
)
_DIFF_PHRASES = (
    "what's the difference between {a} and {b}?",
    "{a} vs {b} - what's the actual difference?",
    "Can you explain the difference between {a} and {b} in simple terms?",
    "I always mix up {a} and {b}. How do I tell them apart?",
    "eli5: {a} vs {b}",
    "Is there a real difference between {a} and {b}, or is it just terminology?",
    "quick one: {a} or {b}, what's the distinction",
)

_SEC_TOPICS = (
    "phishing",
    "ransomware",
    "SQL injection",
    "cross-site request forgery (CSRF)",
    "a man-in-the-middle attack",
    "credential stuffing",
    "a DDoS attack",
    "clickjacking",
    "SIM swapping",
    "password spraying",
    "rainbow tables",
    "a buffer overflow",
    "the Spectre vulnerability",
    "a supply-chain attack",
    "social engineering",
    "session hijacking",
    "DNS spoofing",
    "a brute-force attack",
    "the WannaCry outbreak",
    "salting passwords",
)
_SEC_PHRASES = (
    "how does {t} work?",
    "Can you explain {t} and how companies usually defend against it?",
    "what is {t}? I'm preparing a security awareness session for our office",
    "In plain English, what is {t}, and should regular users worry about it?",
    "explain {t} to me like I'm a first-year IT student",
    "Why is {t} still so common? You'd think everyone knows about it by now.",
)
_SEC_SYSTEMS = (
    None,
    None,
    _ASSISTANT,
    "You are a cybersecurity tutor for beginners. Explain concepts clearly, without giving "
    "step-by-step attack instructions.",
    "You are the internal IT helpdesk assistant. Answer general questions from staff in a "
    "friendly, non-technical way.",
)

# Meeting notes of clubs and associations, turned into emails or summaries (long prompts).
_NOTES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # lang: (organisations, intros with {org}, note items)
    "en": (
        (
            "residents' association",
            "allotment society",
            "parents' association",
            "football club committee",
            "community hall committee",
            "book club",
        ),
        (
            "Can you turn my notes from last night's {org} meeting into a friendly email to "
            "everyone? Keep the action items as bullets.\n\n",
            "Please summarise these {org} meeting notes into 5 key points plus a list of who "
            "does what:\n\n",
            "tidy up these notes from the {org} meeting so I can post them in the group chat. "
            "short and cheerful pls\n\n",
            "I'm the new secretary of our {org} and I have to send minutes. Can you write them "
            "up properly from this mess?\n\n",
        ),
        (
            "- attendance: 14 people, two new members (welcome!)",
            "- spring clean-up day moved to saturday 9am, meet at the north gate, bring gloves",
            "- the community fridge needs someone to check dates on tuesdays and fridays",
            "- budget for the summer picnic approved, covers food, drinks and face painting",
            "- parking on match days still a problem, we'll ask the council about temporary signs",
            "- newsletter: Hannah collects articles until the 20th, max 300 words each",
            "- library corner: donations welcome but no textbooks older than 2015 please",
            "- hall heating is fixed, boiler service booked for october",
            "- volunteer rota for the food bank is on the noticeboard, gaps on thursday evenings",
            "- kids' football: new kits arrived, hand-out after training next week",
            "- quiz night raised enough to replace the broken folding tables",
            "- reminder: hall must be locked by 10pm, the caretaker has complained twice",
            "- suggestion to start a repair café once a month, three people interested",
            "- tree planting on the green: council will supply 20 saplings in november",
            "- we need a new treasurer from january, Oliver is stepping down after four years",
            "- website still shows last year's events, Priya will update it this week",
            "- walking group wants a slower route for people with young kids or dogs",
            "- raffle prizes still needed for the christmas fair, ask local shops",
            "- someone keeps leaving bikes in the corridor, polite sign to go up",
            "- next meeting: second wednesday of the month, 7:30pm, upstairs room",
        ),
    ),
    "es": (
        (
            "comunidad de vecinos",
            "AMPA del colegio",
            "club de montaña",
            "asociación cultural del barrio",
            "peña del pueblo",
        ),
        (
            "¿Me pasas a limpio las notas de la reunión de la {org}? Quiero mandarlas por "
            "WhatsApp, cortito y claro:\n\n",
            "Resume estas notas de la reunión de la {org} en un correo para todos los socios, "
            "con las tareas al final:\n\n",
            "Soy la nueva secretaria de la {org} y tengo que redactar el acta. ¿Me ayudas a "
            "convertir esto en algo presentable?\n\n",
        ),
        (
            "- asistentes: 17, dos personas nuevas",
            "- la derrama para arreglar el ascensor se vota en la próxima junta",
            "- fiesta de fin de curso: sábado 21 de junio, de 11 a 14h en el patio",
            "- hacen falta voluntarios para montar las mesas y recoger después",
            "- el presupuesto de la excursión a la sierra está aprobado, autobús incluido",
            "- se pide no dejar bicicletas en el portal, se pondrá un cartel",
            "- la limpieza de la escalera pasa a ser los martes y viernes",
            "- propuesta de hacer un mercadillo solidario en otoño, lo organiza Marta",
            "- la web sigue con las fechas del año pasado, Iván la actualiza esta semana",
            "- quejas por el ruido de la terraza del bar de abajo, se hablará con el dueño",
            "- renovación del toldo del patio: pedir tres presupuestos antes de septiembre",
            "- ruta de senderismo de octubre: nivel fácil para que vengan familias con niños",
            "- el grupo de lectura elige libro nuevo, votación en el grupo hasta el viernes",
            "- la llave del trastero común la tiene ahora el presidente",
            "- recordar que los contenedores de vidrio se han movido a la otra esquina",
            "- nos falta tesorero a partir de enero, se buscan candidatos",
            "- próxima reunión: primer jueves de mes a las 19:30 en el local",
        ),
    ),
    "de": (
        (
            "Elternbeirats",
            "Kleingartenvereins",
            "Sportvereins",
            "Mietervereins",
            "Chors",
        ),
        (
            "Kannst du aus meinen Notizen von der Sitzung des {org} eine freundliche Rundmail "
            "machen? Aufgaben bitte als Stichpunkte am Ende.\n\n",
            "Fass bitte die Notizen der Versammlung des {org} in fünf Punkten zusammen und "
            "liste auf, wer was erledigt:\n\n",
            "Ich bin neu Schriftführerin des {org} und muss ein Protokoll schreiben. Kannst du "
            "das hier in eine ordentliche Form bringen?\n\n",
        ),
        (
            "- anwesend: 16 Personen, zwei neue Mitglieder",
            "- Sommerfest am Samstag, 12. Juli, ab 14 Uhr, Aufbau ab 10 Uhr",
            "- Helfer für Kuchenstand und Abbau werden noch gesucht",
            "- Budget für neue Bierbänke genehmigt",
            "- Parken am Spieltag bleibt ein Problem, Anfrage bei der Stadt wegen Schildern",
            "- Vereinszeitung: Beiträge bis zum 20. an Sabine, maximal eine halbe Seite",
            "- Heizung im Vereinsheim repariert, Wartung im Oktober gebucht",
            "- Müllplan für die Gemeinschaftsflächen hängt am Schwarzen Brett",
            "- Vorschlag: einmal im Monat ein Reparaturcafé, drei Leute hätten Interesse",
            "- Heckenschnitt bis Ende September erledigen, Gartenbegehung danach",
            "- neuer Kassenwart ab Januar gesucht, Jürgen hört nach fünf Jahren auf",
            "- Website zeigt noch die Termine vom letzten Jahr, Timo kümmert sich",
            "- Bitte keine Fahrräder im Flur abstellen, Hinweisschild kommt",
            "- Weihnachtsfeier: Termin-Umfrage läuft bis Freitag",
            "- Trikots für die Jugend sind da, Ausgabe nach dem Training",
            "- Chorprobe verschiebt sich in den Sommerferien auf Donnerstag",
            "- nächste Sitzung: zweiter Mittwoch im Monat, 19:30 Uhr, Nebenraum",
        ),
    ),
    "zh": (
        ("业主委员会", "家长委员会", "读书会", "社区志愿者小组", "羽毛球俱乐部"),
        (
            "帮我把这次{org}开会的记录整理成一条群通知，语气友好一点，待办事项单独列出来：\n\n",
            "请把下面{org}的会议记录总结成五个要点，并列出每个人负责的事情：\n\n",
            "我刚当上{org}的记录员，需要写一份正式一点的会议纪要，帮我把这些零散的记录整理一下：\n\n",
        ),
        (
            "- 到会人数：18人，新加入两位成员，欢迎！",
            "- 小区电梯维修的费用分摊方案下次业主大会表决，请大家提前看一下方案",
            "- 中秋联欢会定在下周六晚上七点，在小区中心花园，需要志愿者帮忙布置场地和收拾",
            "- 活动经费已经批下来了，包括月饼、饮料和给小朋友准备的灯笼",
            "- 地下车库有人长期占用别人的车位，物业会贴通知提醒，屡劝不改的再沟通",
            "- 楼道里堆放杂物的问题比较严重，有消防隐患，请各位在月底前自行清理",
            "- 垃圾分类桶的位置调整到三号楼旁边，晚上八点以后不要再扔大件垃圾",
            "- 读书会下个月读《活着》，有纸质书可以互相借，电子版大家自己找",
            "- 有人提议每月办一次旧物交换市集，三位邻居愿意牵头组织，场地再和物业商量",
            "- 群公告里的物业电话和维修电话还是去年的，小王这周负责更新",
            "- 周末羽毛球场地预约改成提前三天在群里接龙，先到先得，不要私下占场",
            "- 下个月开始财务由李姐接手，之前的账目交接在月底前完成",
            "- 孩子们放学后在楼下玩滑板有点危险，建议家长多提醒，注意避让车辆",
            "- 冬季供暖检修安排在十月中旬，届时会停水半天，具体时间另行通知",
            "- 社区图书角欢迎捐书，但请不要捐旧教辅和过期杂志",
            "- 下次开会时间：下个月第二个星期三晚上七点半，地点还是社区活动室",
        ),
    ),
    "ja": (
        ("町内会", "PTA", "マンションの管理組合", "地域のボランティアサークル", "テニスサークル"),
        (
            "昨日の{org}の会議メモを、全員向けのお知らせメールにまとめてもらえますか？"
            "やることは最後に箇条書きでお願いします。\n\n",
            "以下の{org}の会議メモを要点5つにまとめて、担当者ごとのタスクも整理してください：\n\n",
            "{org}の書記になったので議事録を書かないといけません。このメモをちゃんとした形に"
            "してもらえますか？\n\n",
        ),
        (
            "- 出席者：15名、新しく2名が参加",
            "- 夏祭りは7月の第3土曜日、午後3時から8時まで公民館前の広場で開催",
            "- テントの設営と片付けのボランティアがまだ足りないので、回覧板で募集する",
            "- 予算は昨年の繰越金とバザーの売上で足りる見込み、今年は追加の集金なし",
            "- ゴミ集積所のカラスよけネットが破れているので、新しいものを購入する",
            "- 自転車置き場に放置自転車が増えている、来月中に所有者確認の張り紙を出す",
            "- 防災訓練は10月に実施、消防署に連絡済み、炊き出しの担当は婦人部",
            "- 回覧板が止まりがちなので、LINEグループでの連絡も併用することに決定",
            "- 通学路の見守り当番表を更新、朝の当番が火曜と木曜に不足している",
            "- 公民館のエアコンが故障中、修理見積もりを2社に依頼する",
            "- 子ども会のクリスマス会について、会場と日程を次回までに検討",
            "- 来年度の会計担当を募集中、現担当の田中さんは3月で交代",
            "- 掲示板の情報が古いままなので、佐藤さんが今週中に張り替える",
            "- テニスコートの予約は今後3日前までにグループで連絡すること",
            "- 次回の会議は来月第2水曜日の19時半から、集会所にて",
        ),
    ),
}

# Short English news items pasted for translation or a digest in the writer's language.
_NEWS = (
    "Researchers tracking Arctic terns with tiny geolocators found that some birds fly more "
    "than 90,000 km a year, zigzagging across the Atlantic to follow favourable winds rather "
    "than taking the shortest route between their breeding and wintering grounds.",
    "A museum in Lisbon has reopened after a three-year renovation that restored its "
    "18th-century tiled walls. Conservators removed layers of paint by hand and replaced "
    "missing tiles with copies made using the original glazing techniques.",
    "A long-running study of adults over sixty suggests that regular brisk walking, even in "
    "short sessions of ten minutes, is associated with better sleep and mood. The authors "
    "stress that the study shows a correlation and not proof of cause and effect.",
    "Volunteers in a coastal town collected more than two tonnes of rubbish from their "
    "beaches in a single weekend. Most of it was small plastic fragments, bottle caps and "
    "pieces of fishing rope washed in by winter storms.",
    "Astronomers have catalogued several thousand exoplanets so far, but only a small "
    "fraction are rocky worlds in the so-called habitable zone, where liquid water could "
    "exist on the surface. New telescopes will study their atmospheres in more detail.",
    "A bakery cooperative in a mountain village has revived a rye bread recipe that had "
    "almost disappeared. The bakers interviewed elderly residents to reconstruct the method, "
    "including a three-day fermentation in wooden troughs.",
    "The city council announced that a disused railway line will be turned into a 7 km "
    "walking and cycling path lined with native trees. Construction is expected to start in "
    "spring and take about eighteen months.",
    "Honeybees communicate the location of flowers through the waggle dance, in which the "
    "angle of the dance relative to vertical encodes the direction to the food source "
    "relative to the sun, and the duration encodes the distance.",
    "A record number of visitors saw the autumn exhibition on Dutch still-life painting, "
    "which brought together works from twelve European collections. Curators highlighted how "
    "the paintings reflected global trade routes of the seventeenth century.",
    "Engineers are testing floating solar panels on reservoirs, which can reduce evaporation "
    "while generating electricity. The cooler water beneath the panels also helps them work "
    "slightly more efficiently than panels on land.",
    "Language researchers report that children growing up with two languages often mix "
    "words from both in the same sentence. This is a normal stage of bilingual development "
    "and not a sign of confusion, the researchers say.",
    "Archaeologists excavating a Roman villa found a well-preserved mosaic floor showing "
    "scenes of a grape harvest. The site had been used as farmland for centuries, and the "
    "mosaic was discovered when a farmer's plough struck stone.",
)
_NEWS_ASKS: dict[str, tuple[str, ...]] = {
    "zh": (
        "帮我把下面几条英文新闻翻译成中文，每条用一两句话概括就行：\n\n",
        "把这些英文资讯整理成一段中文简报，给公司内刊的“趣闻”栏目用，语气轻松一点：\n\n",
        "下面是我从网上摘的几段英文，帮我逐段翻译成中文，尽量通顺自然：\n\n",
    ),
    "ja": (
        "以下の英語ニュースを日本語に訳してください。各項目1〜2文の要約で大丈夫です。\n\n",
        "この英文記事をまとめて、社内報の「今月の話題」コーナー用に日本語で短く書いてください：\n\n",
        "下の英文を自然な日本語に翻訳してもらえますか？直訳っぽくならないようにお願いします。\n\n",
    ),
    "ko": (
        "아래 영어 뉴스들을 한국어로 번역해 주세요. 각 항목은 한두 문장으로 요약해도 돼요.\n\n",
        "이 영어 기사들을 사내 소식지에 실을 수 있게 한국어로 짧게 정리해 주세요:\n\n",
    ),
    "ru": (
        "Переведи, пожалуйста, эти новости на русский, по одному-два предложения на каждую:\n\n",
        "Сделай из этих англоязычных заметок короткий дайджест на русском для рассылки:\n\n",
    ),
    "es": (
        "Tradúceme estas noticias al español, con una o dos frases por noticia basta:\n\n",
        "Hazme un resumen en español de estas noticias para el boletín de la asociación:\n\n",
    ),
    "de": (
        "Übersetz mir bitte diese Meldungen ins Deutsche, pro Meldung ein bis zwei Sätze:\n\n",
        "Mach aus diesen englischen Kurzmeldungen einen kleinen deutschen Newsletter-Text:\n\n",
    ),
    "fr": (
        "Tu peux me traduire ces brèves en français ? Une ou deux phrases par brève suffisent.\n\n",
        "Fais-moi une petite revue de presse en français à partir de ces textes :\n\n",
    ),
    "pt": (
        "Traduz essas notícias para o português, pode resumir cada uma em uma ou duas frases:\n\n",
        "Faz um resumo em português dessas notas para a newsletter da associação:\n\n",
    ),
    "it": (
        "Mi traduci queste notizie in italiano? Basta una o due frasi per notizia.\n\n",
        "Fammi un riassunto in italiano di questi articoli per il giornalino della scuola:\n\n",
    ),
}
_NEWS_TAILS: dict[str, tuple[str, ...]] = {
    "zh": ("", "\n\n谢谢！", "\n\n最后帮我起一个标题。"),
    "ja": ("", "\n\nよろしくお願いします。", "\n\nタイトルも考えてください。"),
    "ko": ("", "\n\n감사합니다!", "\n\n제목도 하나 붙여 주세요."),
    "ru": ("", "\n\nСпасибо!", "\n\nИ придумай заголовок."),
    "es": ("", "\n\n¡Gracias!", "\n\nY ponle un titular."),
    "de": ("", "\n\nDanke!", "\n\nUnd eine Überschrift bitte."),
    "fr": ("", "\n\nMerci !", "\n\nEt trouve-moi un titre."),
    "pt": ("", "\n\nValeu!", "\n\nE sugere um título."),
    "it": ("", "\n\nGrazie!", "\n\nE suggeriscimi un titolo."),
}

# Company and product assistants with ordinary customer questions: (system prompt, questions).
_BOTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (
        (
            "You are the virtual assistant of Coastline Rail. Help passengers with tickets, "
            "luggage, bikes and timetables. Be brief and polite.",
            (
                "can I take my dog on the train?",
                "What happens if I miss my connection because the first train was late?",
                "Are there quiet carriages on the morning trains to the city?",
                "how early should I get to the station with a bike",
            ),
        ),
        (
            "You are Sprout, the assistant of GreenLeaf Garden Centre. Give practical gardening "
            "advice and mention products only when useful.",
            (
                "my tomato leaves are turning yellow from the bottom up, what's wrong?",
                "When should I plant tulip bulbs?",
                "what can I grow on a north-facing balcony?",
                "Is it too late to sow grass seed in October?",
            ),
        ),
        (
            "You are the help assistant for Pinewood Public Library. Answer questions about "
            "opening hours, membership, events and book recommendations.",
            (
                "can you recommend a cosy mystery series for my mum? she loved Agatha Christie",
                "do you have anything for kids learning to read, like age 5?",
                "What's a good audiobook for a long road trip? We like history.",
            ),
        ),
        (
            "You are FitBuddy, a fitness app assistant. Give general, safe exercise guidance "
            "and suggest a professional for pain or injuries.",
            (
                "how many rest days a week should a beginner take?",
                "Is it better to stretch before or after running?",
                "what's a simple way to start doing pull-ups if I can't do one yet?",
            ),
        ),
    ),
    "es": (
        (
            "Eres el asistente virtual de Trenes del Norte. Ayuda a los viajeros con billetes, "
            "equipaje y horarios. Responde de forma breve y amable.",
            (
                "¿puedo subir con la bici al tren regional?",
                "Si pierdo el transbordo porque el primer tren llega tarde, ¿qué hago?",
                "¿Los perros pequeños pagan billete?",
            ),
        ),
        (
            "Eres el asistente de Vivero La Huerta. Da consejos prácticos de jardinería.",
            (
                "las hojas de mi limonero se están poniendo amarillas, ¿qué le pasa?",
                "¿Cuándo se plantan los bulbos de tulipán en el centro de España?",
                "¿qué plantas aguantan bien un balcón con mucho sol en Sevilla?",
            ),
        ),
        (
            "Eres el asistente de la biblioteca municipal. Respondes dudas sobre horarios, "
            "carné, actividades y recomendaciones de lectura.",
            (
                "¿me recomiendas novela negra para alguien que ha leído todo de Vázquez Montalbán?",
                "¿qué libros hay para niños que empiezan a leer, unos 6 años?",
                "¿hay algún club de lectura para adultos los jueves?",
            ),
        ),
    ),
    "de": (
        (
            "Du bist der digitale Assistent der Stadtwerke. Beantworte Fragen zu Bus, Bahn "
            "und Tickets kurz und freundlich.",
            (
                "Darf ich meinen Hund im Bus mitnehmen?",
                "Was mache ich, wenn der Automat mein Geld nicht annimmt?",
                "gibt es nachts eigentlich noch Busse vom Bahnhof in die Altstadt?",
            ),
        ),
        (
            "Du bist der Gartenberater des Gartencenters Grünfink. Gib praktische Tipps.",
            (
                "Meine Tomatenblätter werden von unten gelb, was ist da los?",
                "Wann pflanze ich am besten Tulpenzwiebeln?",
                "was wächst auf einem schattigen Nordbalkon?",
            ),
        ),
        (
            "Du bist der Assistent der Stadtbibliothek. Du hilfst bei Öffnungszeiten, "
            "Ausweis, Veranstaltungen und Leseempfehlungen.",
            (
                "Kannst du mir einen gemütlichen Krimi empfehlen, so in Richtung Eberhofer?",
                "Habt ihr Bücher für Erstleser, so sechs Jahre alt?",
                "Welches Hörbuch eignet sich für eine lange Autofahrt mit Kindern?",
            ),
        ),
    ),
    "zh": (
        (
            "你是一家连锁超市的智能客服，负责回答会员积分、营业时间和商品相关的问题，语气亲切。",
            (
                "牛油果怎么挑才是熟的？",
                "榴莲买回来怎么保存比较好？",
                "你们推荐什么适合做早餐的全麦面包吗？",
            ),
        ),
        (
            "你是一个健身App的智能助手，给出通用、安全的运动建议，涉及伤痛时建议就医。",
            (
                "新手一周练几次比较合适？",
                "跑步前应该拉伸还是跑步后拉伸？",
                "一个引体向上都做不了，怎么开始练？",
            ),
        ),
        (
            "你是市图书馆的智能咨询员，回答开放时间、借阅规则和图书推荐等问题。",
            (
                "有没有适合小学一年级孩子的绘本推荐？",
                "想读点历史类的书，不要太学术，有推荐吗？",
                "推荐几本适合在通勤路上听的有声书",
            ),
        ),
    ),
    "ja": (
        (
            "あなたは鉄道会社の案内AIです。きっぷ、荷物、時刻表に関する質問に短く丁寧に答えてください。",
            (
                "自転車は輪行袋に入れれば持ち込めますか？",
                "乗り継ぎに間に合わなかった場合はどうすればいいですか？",
                "小型犬を連れて乗るにはどうしたらいいですか？",
            ),
        ),
        (
            "あなたはホームセンターの園芸相談AIです。初心者にもわかるように答えてください。",
            (
                "ミニトマトの葉っぱが下から黄色くなってきました。原因は何ですか？",
                "チューリップの球根はいつ植えればいいですか？",
                "日当たりの悪いベランダでも育つ植物はありますか？",
            ),
        ),
        (
            "あなたは市立図書館のレファレンスAIです。利用案内や本の紹介をします。",
            (
                "小学1年生向けのおすすめの絵本はありますか？",
                "歴史小説を読みたいのですが、初心者向けのおすすめを教えてください。",
                "通勤中に聴けるオーディオブックでおすすめはありますか？",
            ),
        ),
    ),
}

# Earlier turns on another label's topic (code, design, graphics), answered; the latest user
# turn then changes the subject to something general.
_EARLIER = (
    (
        "add a PATCH /orders/{id} endpoint in FastAPI that updates the status",
        "```python\n@router.patch('/orders/{order_id}')\nasync def update_status(order_id: int, "
        "body: StatusIn, db: Session = Depends(get_db)):\n    order = db.get(Order, order_id)\n"
        "    if order is None:\n        raise HTTPException(404)\n    order.status = "
        "body.status\n    db.commit()\n    return order\n```",
    ),
    (
        "write a SQL query for the top 5 customers by revenue last quarter",
        "```sql\nSELECT customer_id, SUM(total) AS revenue\nFROM orders\nWHERE created_at >= "
        "date_trunc('quarter', now()) - interval '3 months'\n  AND created_at < "
        "date_trunc('quarter', now())\nGROUP BY customer_id\nORDER BY revenue DESC\nLIMIT 5;\n```",
    ),
    (
        "why does my jest test fail with 'Cannot read properties of undefined (reading 'map')'?",
        "The component renders before `items` is loaded, so `items` is undefined on the first "
        "render. Default it to an empty array (`items = []`) or mock the fetch in the test.",
    ),
    (
        "how should we split our payments and ledger services so they stay consistent?",
        "Keep the ledger as the source of truth and make payments emit events through a "
        "transactional outbox; the ledger consumes them idempotently, and a reconciliation job "
        "catches anything that slips through.",
    ),
    (
        "we're at 2k rps and the postgres primary is the bottleneck. read replicas or "
        "sharding first?",
        "Read replicas first: most of your load is reads, so route them to replicas and keep "
        "writes on the primary. Sharding adds a lot of complexity you may never need.",
    ),
    (
        "in three.js my GLTF model looks way too dark, what am I missing?",
        "Set `renderer.outputColorSpace = THREE.SRGBColorSpace`, add an environment map (e.g. "
        "RoomEnvironment with PMREMGenerator) and use ACES tone mapping; PBR materials look "
        "dark without environment lighting.",
    ),
    (
        "write a WGSL fragment shader that draws a soft circle",
        "```wgsl\n@fragment\nfn main(@location(0) uv: vec2f) -> @location(0) vec4f {\n"
        "  let d = distance(uv, vec2f(0.5));\n  let a = 1.0 - smoothstep(0.4, 0.45, d);\n"
        "  return vec4f(1.0, 1.0, 1.0, a);\n}\n```",
    ),
    (
        "convert this bash loop to python: for f in *.csv; do wc -l $f; done",
        "```python\nfrom pathlib import Path\n\nfor f in sorted(Path('.').glob('*.csv')):\n"
        "    with f.open() as fh:\n        print(sum(1 for _ in fh), f.name)\n```",
    ),
    (
        "Django: add a unique constraint on (user, slug) to the Post model",
        "```python\nclass Meta:\n    constraints = [\n        models.UniqueConstraint(fields="
        "['user', 'slug'], name='uniq_user_slug'),\n    ]\n```\nThen run makemigrations.",
    ),
    (
        "what's a good way to structure a monorepo with three frontends and a shared design "
        "system?",
        "Use workspaces with one package per app plus packages/ui for the design system, a "
        "shared tsconfig base, and a build orchestrator like Turborepo so each app only "
        "rebuilds what changed.",
    ),
)

_SWITCH: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # lang: (transitions, general requests)
    "en": (
        ("thanks! unrelated: ", "cool. different question - ", "ok that works. btw ", ""),
        (
            "what's a good gift for a coworker who's retiring? she loves birdwatching",
            "how do I politely tell my neighbour his dog barks all day?",
            "can you recommend a board game for 6 people that isn't too long?",
            "why do we have leap years?",
            "how long should I rest between sets when lifting?",
            "write a two-line birthday message for my sister, she's into climbing",
            "what's the best way to get from Rome to Florence?",
            "is it worth learning Latin as an adult?",
            "what should I cook for a dinner party of 8 where two people are vegan?",
            "explain the offside rule in football, my partner keeps asking me",
            "how do I ask for a raise without sounding entitled?",
            "why do onions make you cry?",
        ),
    ),
    "es": (
        ("gracias! otra cosa: ", "vale, funciona. oye, ", "genial. cambiando de tema, ", ""),
        (
            "¿qué le regalo a un compañero que se jubila? le encanta la pesca",
            "¿cómo le digo educadamente a mi vecino que su perro ladra todo el día?",
            "recomiéndame un juego de mesa para 6 personas que no dure mucho",
            "¿por qué existen los años bisiestos?",
            "¿cuánto hay que descansar entre series en el gimnasio?",
            "¿cuál es la mejor forma de ir de Madrid a Oporto?",
            "¿qué cocino para una cena de 8 si dos son veganos?",
            "explícame el fuera de juego, que mi pareja siempre me lo pregunta",
            "¿cómo pido un aumento de sueldo sin parecer un caradura?",
            "¿por qué la cebolla hace llorar?",
        ),
    ),
    "de": (
        ("danke! andere Frage: ", "passt. mal was anderes: ", "super. übrigens, ", ""),
        (
            "was schenke ich einer Kollegin zum Ruhestand? sie beobachtet gern Vögel",
            "wie sage ich meinem Nachbarn höflich, dass sein Hund den ganzen Tag bellt?",
            "kannst du ein Brettspiel für 6 Leute empfehlen, das nicht ewig dauert?",
            "warum gibt es eigentlich Schaltjahre?",
            "wie lange sollte man beim Krafttraining zwischen den Sätzen pausieren?",
            "wie komme ich am besten von München nach Venedig?",
            "was koche ich für 8 Gäste, wenn zwei vegan sind?",
            "erklär mir die Abseitsregel, meine Freundin fragt ständig",
            "wie frage ich nach einer Gehaltserhöhung, ohne unverschämt zu wirken?",
            "warum muss man beim Zwiebelschneiden weinen?",
        ),
    ),
    "zh": (
        ("谢谢！另外问一下，", "好的，搞定了。换个话题：", "OK。顺便问下，", ""),
        (
            "同事要退休了，送什么礼物比较好？她喜欢观鸟",
            "怎么委婉地跟邻居说他家狗一直叫？",
            "推荐一个适合6个人玩、时间不太长的桌游",
            "为什么会有闰年？",
            "健身的时候组间休息多久比较合适？",
            "从上海去杭州玩两天，怎么安排比较好？",
            "请8个朋友来家里吃饭，其中两个吃素，做什么菜好？",
            "足球里的越位到底是什么意思？",
            "怎么跟老板提加薪才不会显得太冒失？",
            "为什么切洋葱会流眼泪？",
        ),
    ),
    "ja": (
        ("ありがとう！ところで、", "了解、動きました。話変わるけど、", "助かった。ちなみに、", ""),
        (
            "定年退職する同僚へのプレゼント、何がいいかな？バードウォッチングが趣味です",
            "隣の家の犬が一日中吠えているのを、角を立てずに伝えるにはどうすればいい？",
            "6人で遊べて、あまり時間のかからないボードゲームを教えて",
            "うるう年ってなんであるの？",
            "筋トレのセット間の休憩はどれくらいがいい？",
            "東京から金沢に行くなら新幹線と飛行機どっちがいい？",
            "8人のホームパーティーで2人がヴィーガンなんだけど、何を作ればいい？",
            "サッカーのオフサイドってどういうルール？",
            "角を立てずに昇給をお願いするにはどう切り出せばいい？",
            "玉ねぎを切ると涙が出るのはなぜ？",
        ),
    ),
}

# Small maths questions in the less represented languages: {a}x + {b} = {c}.
_LINEAR: dict[str, tuple[str, ...]] = {
    "fr": ("résous {a}x + {b} = {c}", "Comment on résout {a}x + {b} = {c} ? Étape par étape svp"),
    "pt": ("resolve {a}x + {b} = {c}", "como resolvo {a}x + {b} = {c}? explica passo a passo"),
    "it": ("risolvi {a}x + {b} = {c}", "Come si risolve {a}x + {b} = {c}? Spiegami i passaggi"),
    "ko": ("{a}x + {b} = {c} 풀어줘", "{a}x + {b} = {c} 이거 어떻게 풀어요? 단계별로 알려주세요"),
    "ru": ("реши {a}x + {b} = {c}", "Как решить {a}x + {b} = {c}? Объясни по шагам"),
}
# Price after a discount: {price} and {pct}.
_DISCOUNT: dict[str, tuple[str, ...]] = {
    "fr": (
        "Une veste coûte {price} €, elle est soldée à -{pct} %. Elle coûte combien ?",
        "si un article à {price} € a {pct} % de réduction, je paie combien ?",
    ),
    "pt": (
        "Um casaco custa {price} reais com {pct}% de desconto. Quanto pago?",
        "quanto fica {price} com desconto de {pct}%? me mostra a conta",
    ),
    "it": (
        "Una giacca costa {price} euro ed è scontata del {pct}%. Quanto la pago?",
        "quanto viene {price} meno il {pct} per cento? fammi vedere il calcolo",
    ),
    "ko": (
        "{price}000원짜리 옷이 {pct}% 할인하면 얼마예요?",
        "{price}000원에서 {pct}% 할인된 가격 계산하는 법 알려줘",
    ),
    "ru": (
        "Куртка стоит {price}00 рублей, скидка {pct}%. Сколько я заплачу?",
        "сколько будет {price}00 минус {pct} процентов? покажи расчет",
    ),
}
# Conceptual explanations in the less represented languages.
_EXPLAIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (
        ("Explique-moi {c} simplement.", "c'est quoi {c} ? en deux phrases"),
        (
            "la photosynthèse",
            "l'inflation",
            "la théorie de la relativité",
            "le chiffrement de bout en bout",
            "la différence entre un virus et une bactérie",
            "le théorème de Pythagore",
        ),
    ),
    "pt": (
        ("Me explica {c} de um jeito simples.", "o que é {c}? bem resumido"),
        (
            "a fotossíntese",
            "a inflação",
            "a teoria da relatividade",
            "a autenticação em dois fatores",
            "o efeito estufa",
            "um algoritmo de ordenação, sem código",
        ),
    ),
    "it": (
        ("Spiegami {c} in modo semplice.", "cos'è {c}? in due righe"),
        (
            "la fotosintesi",
            "l'inflazione",
            "la teoria della relatività",
            "la crittografia end-to-end",
            "l'effetto serra",
            "il debito pubblico",
        ),
    ),
    "ko": (
        ("{c}에 대해 쉽게 설명해 주세요.", "{c}? 그게 뭔지 짧게 설명해줘"),
        ("광합성", "인플레이션", "상대성 이론", "종단간 암호화", "온실 효과", "복리"),
    ),
    "ru": (
        ("Объясни простыми словами, что такое {c}.", "что такое {c}? коротко"),
        (
            "фотосинтез",
            "инфляция",
            "теория относительности",
            "сквозное шифрование",
            "парниковый эффект",
            "сложный процент",
        ),
    ),
}

# --- Template families --------------------------------------------------------------------

Made = tuple[str, Spec]  # (lang, spec) produced by one draw of a template


def _family(
    group: str, count: int, seed: int, make: Callable[[random.Random], Made]
) -> Iterator[Example]:
    """`count` distinct draws of `make`, all in one group (at most 25)."""
    assert count <= 25, group
    rng = random.Random(seed)
    seen: set[Made] = set()
    for _ in range(count * 50):
        if len(seen) == count:
            break
        made = make(rng)
        if made in seen:
            continue
        seen.add(made)
        lang, (turns, system) = made
        yield chat(LABEL, lang, group, *turns, system=system)


def _diff(rng: random.Random) -> Made:
    a, b = rng.choice(_DIFF_PAIRS)
    if rng.random() < 0.3:
        a, b = b, a
    return "en", _s(rng.choice(_DIFF_PHRASES).format(a=a, b=b))


def _security(rng: random.Random) -> Made:
    question = rng.choice(_SEC_PHRASES).format(t=rng.choice(_SEC_TOPICS))
    return "en", _s(question, system=rng.choice(_SEC_SYSTEMS))


def _notes(lang: str) -> Callable[[random.Random], Made]:
    orgs, intros, items = _NOTES[lang]

    def make(rng: random.Random) -> Made:
        picked = rng.sample(items, len(items))
        lines: list[str] = []
        for item in picked:
            lines.append(item)
            if len("\n".join(lines)) > 760 and len(lines) >= 8:
                break
        head = rng.choice(intros).format(org=rng.choice(orgs))
        system = _ASSISTANT if rng.random() < 0.2 else None
        return lang, _s(head + "\n".join(lines), system=system)

    return make


def _news(langs: tuple[str, ...]) -> Callable[[random.Random], Made]:
    def make(rng: random.Random) -> Made:
        lang = rng.choice(langs)
        items = rng.sample(_NEWS, rng.randint(4, 5))
        body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(items, 1))
        prompt = rng.choice(_NEWS_ASKS[lang]) + body + rng.choice(_NEWS_TAILS[lang])
        return lang, _s(prompt)

    return make


def _bot(lang: str) -> Callable[[random.Random], Made]:
    def make(rng: random.Random) -> Made:
        system, questions = rng.choice(_BOTS[lang])
        return lang, _s(rng.choice(questions), system=system)

    return make


def _switch(lang: str) -> Callable[[random.Random], Made]:
    transitions, requests = _SWITCH[lang]

    def make(rng: random.Random) -> Made:
        earlier = rng.sample(_EARLIER, rng.choice((1, 1, 2)))
        turns = [text for pair in earlier for text in pair]
        turns.append(rng.choice(transitions) + rng.choice(requests))
        system = rng.choice((None, None, _AGENT, _IDE))
        return lang, _s(*turns, system=system)

    return make


def _linear(rng: random.Random) -> Made:
    lang = rng.choice(tuple(_LINEAR))
    a, x, b = rng.randint(2, 9), rng.randint(-5, 12), rng.randint(1, 30)
    return lang, _s(rng.choice(_LINEAR[lang]).format(a=a, b=b, c=a * x + b))


def _discount(rng: random.Random) -> Made:
    lang = rng.choice(tuple(_DISCOUNT))
    price, pct = rng.choice((40, 60, 75, 80, 120, 150, 199)), rng.choice((10, 15, 20, 25, 30, 40))
    return lang, _s(rng.choice(_DISCOUNT[lang]).format(price=price, pct=pct))


def _explain(rng: random.Random) -> Made:
    lang = rng.choice(tuple(_EXPLAIN))
    phrases, concepts = _EXPLAIN[lang]
    return lang, _s(rng.choice(phrases).format(c=rng.choice(concepts)))


def _templated() -> Iterator[Example]:
    yield from _family("general/tpl/concept-diff", 18, 101, _diff)
    yield from _family("general/tpl/security-explain", 16, 102, _security)
    for seed, lang in enumerate(("en", "es", "de"), 110):
        yield from _family(f"general/tpl/notes-{lang}", 14, seed, _notes(lang))
    for seed, lang in enumerate(("zh", "ja"), 120):
        yield from _family(f"general/tpl/notes-{lang}", 9, seed, _notes(lang))
    yield from _family("general/tpl/news-cjk", 24, 130, _news(("zh", "ja", "ko")))
    yield from _family("general/tpl/news-eu", 24, 131, _news(("es", "de", "fr", "pt", "it", "ru")))
    for seed, lang in enumerate(("en", "es", "de", "zh", "ja"), 140):
        yield from _family(f"general/tpl/bot-{lang}", 8, seed, _bot(lang))
    for seed, lang in enumerate(("en", "es", "de", "zh", "ja"), 150):
        yield from _family(
            f"general/tpl/switch-{lang}", 13 if lang != "en" else 10, seed, _switch(lang)
        )
    yield from _family("general/tpl/linear", 18, 160, _linear)
    yield from _family("general/tpl/discount", 15, 161, _discount)
    yield from _family("general/tpl/explain", 20, 162, _explain)


# --- Assembly -----------------------------------------------------------------------------

_HAND: tuple[tuple[str, str, list[Entry]], ...] = (
    ("en", "short", _EN_SHORT),
    ("en", "mid", _EN_MID),
    ("en", "long", _EN_LONG),
    ("en", "sys", _EN_SYSTEM),
    ("en", "multi", _EN_MULTI),
    ("es", "hand", _ES),
    ("de", "hand", _DE),
    ("zh", "hand", _ZH),
    ("ja", "hand", _JA),
    ("fr", "hand", _FR),
    ("pt", "hand", _PT),
    ("it", "hand", _IT),
    ("ko", "hand", _KO),
    ("ru", "hand", _RU),
    ("en", "more", _EN_MORE),
    ("fr", "more", _FR_MORE),
    ("pt", "more", _PT_MORE),
    ("it", "more", _IT_MORE),
    ("ko", "more", _KO_MORE),
    ("ru", "more", _RU_MORE),
    ("zh", "more", _ZH_MORE),
)


def _handwritten() -> Iterator[Example]:
    for lang, section, entries in _HAND:
        for number, entry in enumerate(entries, 1):
            turns, system = ((entry,), None) if isinstance(entry, str) else entry
            yield chat(LABEL, lang, f"general/{lang}/{section}/{number:03d}", *turns, system=system)


def examples() -> Iterator[Example]:
    """All examples of the `general` label: first batch (hand-written, templated), then the
    second, third and fourth hand-written batches."""
    yield from _handwritten()
    yield from _templated()
    yield from _second_batch()
    yield from _third_batch()
    yield from _fourth_batch()


# --- Second batch: hand-written only, one group each ("general/b2/<lang>/<nnn>") ------------
# Aimed at the first model's errors: short and mid-length prompts in fr, pt, it, ko, ru (and
# short ones in zh, ja), general questions that sound like another label (photo lighting,
# polyhedra, "scaling" a recipe, HR and money questions in general terms, security news), and
# short follow-ups that only make sense after an earlier general turn.

_B2_EN: list[Entry] = [
    "why do my photos look so flat when I shoot at noon? people end up with dark shadows under "
    "their eyes",
    "what is chiaroscuro and which painters are famous for it",
    "How do I draw a room in two-point perspective? My vanishing points always end up way too "
    "close together and everything looks stretched.",
    "rendering pork fat into lard at home: how low should the heat be and how long does it take?",
    "Recipe serves 4, I need it for 30 at a school fundraiser. Can I just multiply everything by "
    "7.5, even the baking powder and the salt?",
    "what does 'render unto Caesar' actually mean in context",
    "is a mesh wifi system worth it for a 3-storey townhouse or should I just buy a better router",
    "How many vertices, edges and faces does an icosahedron have? Does Euler's formula check out?",
    "find the equation of the plane through (1,0,2), (0,1,1) and (2,2,0). show the steps, I "
    "always lose a sign in the cross product",
    "who actually came up with quaternions, and is the story about carving them into a bridge "
    "in Dublin true?",
    "what's a passkey and is it really safer than password + SMS code?",
    "what was the xz utils backdoor in 2024? a colleague said it nearly compromised half the "
    "linux servers on earth",
    "how do bug bounty programs work? who decides how much a bug is worth",
    "If I stumble on a security hole in some random company's website, what's the ethical way "
    "to report it? General question, I haven't touched anything.",
    "is putting tape over my laptop webcam paranoid or actually sensible",
    "got an email saying they 'recorded me through my webcam' and want $1500 in bitcoin. it "
    "quotes a password I used years ago. is this real or a scam??",
    "why can't computers store 0.1 exactly? I don't need code, just the idea",
    "what does a compiler actually do, step by step, in plain words?",
    "P vs NP explained for someone with a philosophy degree and zero maths since school",
    "why did The Hobbit look so weird at 48fps? everyone said it looked like a soap opera",
    "How did they shoot the bullet-time scenes in The Matrix? Was it mostly CGI or real cameras?",
    "Fallingwater: why is it such a big deal, and is it true the cantilevers started sagging?",
    "brutalism - why did so many cities build those huge concrete blocks in the 60s, and why do "
    "people either love or hate them?",
    "first time geocaching with the kids this weekend. what's actually in a cache and what's the "
    "etiquette if we take something?",
    "how do salmon find the exact river they were born in after years at sea?",
    "write a 150-word bedtime story about a hedgehog called Pip who is scared of the dark",
    _s(
        "what's an emergency fund and how big should it be, roughly? general rule of thumb",
        system="You are Penny, the in-app assistant of a budgeting app. Explain money concepts "
        "in plain language. Do not give personalised investment advice.",
    ),
    _s(
        "quick one while the test suite runs: is the story about the moth in the Harvard computer "
        "being the first 'bug' actually true?",
        system=_AGENT,
    ),
    _s(
        "how do I keep our paper wall calendar and my partner's phone calendar consistent without "
        "arguing about it every sunday lol",
        system=_ASSISTANT,
    ),
    _s(
        "I'm standing in the poster room right now. What's the difference between Art Deco and "
        "Art Nouveau, in two sentences?",
        system="You are the audio-guide assistant of the Harbour City Museum of Design. Keep "
        "answers short enough to read on a phone while walking through the galleries.",
    ),
    _s(
        "In general, how much paid paternity leave is standard in the UK, and can it be split "
        "into separate weeks?",
        system="You are the HR policy assistant for employees of Kestrel Logistics. Answer "
        "general questions about leave and benefits. For individual cases, refer people to "
        "their HR business partner.",
    ),
    _s(
        "my product shots of glass perfume bottles always have ugly white reflections. how do "
        "pros light glass?",
        system="You are a friendly photography coach. Give practical advice for people with "
        "basic gear and small spaces.",
    ),
    _s(
        "write a short thank-you note to my son's football coach for the end of the season",
        "Coach, thank you for a brilliant season! You taught the boys far more than football: "
        "patience, teamwork and how to lose a match and still come back smiling the next week. "
        "We're so grateful for all the cold Saturday mornings you gave them.",
        "shorter, and a bit less cheesy",
    ),
    _s(
        "add a soft-delete flag to the invoices table, alembic migration please",
        "```python\ndef upgrade() -> None:\n    op.add_column('invoices', sa.Column('deleted_at', "
        "sa.DateTime(timezone=True), nullable=True))\n\n\ndef downgrade() -> None:\n    "
        "op.drop_column('invoices', 'deleted_at')\n```",
        "cheers. unrelated: my daughter asked why the moon looks huge when it's near the horizon. "
        "is that just an illusion?",
    ),
    _s(
        "my three.js shadows have that striped acne look on every surface, what do I change?",
        "That's shadow acne: the surface shadows itself because of depth precision. Set a small "
        "negative `light.shadow.bias` (around -0.0005) or use `shadow.normalBias`, and tighten "
        "the shadow camera frustum around the scene.",
        "fixed, thanks. off-topic: how do real portrait photographers avoid harsh shadows on "
        "faces when they shoot outdoors?",
    ),
    _s(
        "redis cache in front of postgres for the product catalogue, or just add read replicas?",
        "If reads dominate and the catalogue changes rarely, a cache gives you the biggest win, "
        "but you take on invalidation. Replicas are simpler operationally. I'd start with "
        "replicas plus HTTP caching and add Redis only for the hottest endpoints.",
        "ok, that's a tomorrow problem. right now I need a one-minute toast for our team offsite "
        "dinner, funny but not mean",
    ),
    _s("integral of 1/x?", "∫ 1/x dx = ln|x| + C.", "and of ln x?"),
    _s(
        "is it true goldfish only have a 3-second memory?",
        "No, that's a myth. Experiments show goldfish can remember things for months, for example "
        "learning to push a lever for food or associating a sound with feeding time.",
        "ok what about cats then",
    ),
    _s(
        "suggest a name for a book club that mostly reads sci-fi",
        "- The Event Horizon Society\n- Light Years Ahead\n- The Paperback Wormhole\n- Red "
        "Shirts & Reading Glasses",
        "more puns pls",
    ),
    _s(
        "explain what a passkey is to my mum, she's 74",
        "A passkey is like a key that lives on your phone instead of a password you have to "
        "remember. When you log in, the phone checks it's really you with your fingerprint or "
        "face, and then it unlocks the account for you. Nobody can trick you into typing it "
        "somewhere, because there's nothing to type.",
        "now as one text message she'd actually read",
    ),
    """Can you summarise this for a school newsletter, 80 words max, for 10-year-olds?

"The Hagia Sophia in Istanbul was completed in 537 under the Byzantine emperor Justinian I. \
For nearly a thousand years it was the largest cathedral in the world, famous for its enormous \
dome, which seems to float above a ring of forty windows. Its architects, Anthemius of Tralles \
and Isidore of Miletus, were mathematicians as much as builders. After the Ottoman conquest of \
Constantinople in 1453 it became a mosque, and minarets were added. In 1934 it was turned into \
a museum, and in 2020 it was converted back into a mosque, while remaining open to visitors of \
all faiths.\"""",
    """Here's my resignation letter. It's correct but cold. Can you make it warmer without \
getting soppy? I'm leaving on good terms.

Dear Ruth,

Please accept this letter as formal notice of my resignation from my position as Assistant \
Manager at Larkspur Books. My last day will be 28 March, in line with my four-week notice \
period.

I will make sure the spring events calendar and the supplier contacts are handed over before \
I leave, and I am happy to help train whoever takes over the children's section.

Thank you for the opportunities I have had during my time here.

Regards,
Tom Okafor""",
    """logic puzzle, my nephew and I are stuck:

Four friends (Ana, Ben, Cleo, Dev) each have a different pet (cat, dog, parrot, fish) and a \
different favourite colour (red, blue, green, yellow).
1. Ana doesn't like red or blue.
2. The person with the parrot likes yellow.
3. Ben has the dog.
4. Cleo likes blue and doesn't have a fish.
5. Dev's favourite colour is red.
6. The person who likes green has a cat.

Who has which pet and colour? Please walk us through the reasoning instead of just giving the \
answer, he wants to learn how to do these.""",
    """I started drawing at 40 and wrote a blog post about it. Honest feedback on the opening? \
Too rambling?

For most of my adult life I said I "couldn't draw", the way other people say they can't sing. \
Then last January, stuck at home with a sprained ankle, I bought a cheap sketchbook and a \
2B pencil and decided to copy one object a day: a mug, a shoe, my own hand. The first week \
was humiliating. Everything leaned to the left. By March, the mugs stood up straight. By June \
I had learned what my art teacher never managed to teach me: drawing is not a talent, it is \
mostly looking, slowly and honestly, for longer than feels comfortable.""",
    _s(
        "how do I politely decline a wedding invitation from a cousin I barely know?",
        system="You are a helpful assistant. Answer in a warm, concise tone.",
    ),
    _s(
        "what does this regex match? `^\\d{3}-\\d{4}$`",
        "Exactly three digits, a hyphen, then exactly four digits, and nothing else on the line: "
        "e.g. `555-1234`.",
        "makes sense. unrelated: any good stretches for stiff wrists from typing all day? "
        "nothing serious, just achy",
        system=_IDE,
    ),
    _s(
        "What's the difference between using a mortgage broker and going straight to a bank? "
        "General overview please.",
        system="You are HomeStart, the first-time buyer guide on a UK property portal. Give "
        "general information only, not personal financial advice.",
    ),
    _s(
        "write a two-sentence description of our new rye loaf for the chalkboard",
        "Dark, dense and a little bit sour, our new rye is slow-fermented for two days. "
        "Perfect with butter, smoked fish or a sharp cheddar.",
        "now make it rhyme",
        system="You are the marketing helper for Crumb & Co, a neighbourhood bakery. Keep copy "
        "short and warm.",
    ),
]

_B2_FR: list[Entry] = [
    "c'est quoi la diff entre un architecte et un maître d'œuvre ? on veut agrandir la maison "
    "de 30 m2",
    "Comment prendre la tour Eiffel de nuit sans que la photo soit floue ? J'ai juste mon "
    "téléphone.",
    "Qu'est-ce qu'une clé d'accès (passkey) ? Ma banque me propose d'en créer une et je ne "
    "comprends pas ce que ça change.",
    "explique moi la règle de trois comme si j'avais 10 ans",
    "c quoi le théorème de Thalès déjà ? mon fils a un contrôle demain",
    "Quelle est la différence entre un CDI et un CDD, dans les grandes lignes ?",
    "comment marche une rupture conventionnelle ? juste le principe, je me renseigne",
    "Je dois faire un exposé sur Haussmann et la transformation de Paris. Tu me proposes un plan "
    "en trois parties ?",
    "Les saumons de la Loire remontent vraiment jusqu'en Haute-Loire ? Comment ils retrouvent "
    "leur rivière ?",
    "traduis en anglais « je suis débordé cette semaine, on peut décaler à lundi ? » mais de "
    "façon naturelle, pas scolaire",
    "une idée de nom pour un podcast sur l'histoire des fromages ?",
    "Comment on fait un rendu à l'aquarelle d'une façade de maison pour un carnet de voyage ? "
    "Je débute.",
    "c'est vrai qu'on n'utilise que 10 % de notre cerveau ??",
    "C'est quoi l'Art nouveau à Nancy ? On y va ce week-end, je veux savoir quoi regarder.",
    "C'était quoi exactement le ver Stuxnet ? J'ai vu un docu hier soir et j'ai pas tout suivi.",
    "comment savoir si un site de vente en ligne est une arnaque avant de commander ?",
    "Explique-moi la récursivité sans code, avec une image de la vie de tous les jours.",
    "pourquoi 0,1 + 0,2 ne fait pas pile 0,3 dans un ordi ? juste l'idée, pas de code",
    "Combien de temps de cuisson pour un gigot de 2 kg ? Rosé à l'intérieur si possible.",
    "5 idées d'activités pour l'anniv de ma fille (7 ans) à la maison, il va pleuvoir",
    "« quoique » ou « quoi que » ? je me trompe à chaque fois",
    "Quels sont les signes d'une carence en fer, en général ? Je suis crevée tout le temps "
    "depuis des semaines.",
    "Comment fonctionne le prêt à taux zéro pour un premier achat ? Les grandes lignes.",
    "Résume-moi la bataille de Verdun en 5 lignes, niveau 3e.",
    "J'ai un entretien pour un poste de chef de projet jeudi. Tu peux me poser 5 questions "
    "pièges pour m'entraîner ?",
    _s(
        "Ma fille de 12 ans veut un compte Instagram. Quels réglages de confidentialité vous "
        "conseillez ?",
        system="Tu es l'assistant d'une association de prévention numérique pour les parents. "
        "Réponds simplement, sans jargon.",
    ),
    _s(
        "bon, petite pause : t'as une blague sur les développeurs ? l'équipe déprime", system=_AGENT
    ),
    _s(
        "Est-ce qu'on peut poser des congés payés pendant la période d'essai ? C'est une question "
        "générale.",
        system="Tu es l'assistant RH de la société Lumen Conseil. Tu réponds aux questions "
        "générales des salariés sur les congés et les avantages ; pour un cas individuel, "
        "oriente vers le service RH.",
    ),
    _s(
        "quel vin avec une raclette ?",
        system="Tu es le sommelier virtuel de la Cave des Alpes. Conseille avec simplicité et "
        "bonne humeur.",
    ),
    _s(
        "corrige : « Je vous est envoyé le document hier, vous l'avez bien reçu ? »",
        system="Tu es un correcteur d'orthographe. Corrige la phrase et explique brièvement "
        "chaque faute.",
    ),
    _s(
        "C'est quoi la différence entre un ETF et une SCPI ? Sans me conseiller, juste pour "
        "comprendre.",
        system="Tu es un assistant pédagogique sur l'épargne. Tu ne donnes jamais de conseil "
        "personnalisé.",
    ),
    _s(
        "écris un petit mot pour remercier la nounou de ma fille qui part à la retraite",
        "Chère nounou, merci pour ces six années de câlins, de goûters et de patience infinie. "
        "Tu as vu grandir notre fille, tu l'as consolée, fait rire et aidée à devenir la petite "
        "fille curieuse qu'elle est aujourd'hui. Profite bien de cette nouvelle vie, tu l'as "
        "mille fois méritée !",
        "plus court stp, ça doit tenir sur une carte",
    ),
    _s(
        "ajoute une route DELETE /articles/:id dans mon contrôleur Express",
        "```js\nrouter.delete('/articles/:id', async (req, res) => {\n  const deleted = await "
        "Article.findByIdAndDelete(req.params.id);\n  if (!deleted) return "
        "res.sendStatus(404);\n  res.sendStatus(204);\n});\n```",
        "merci ! rien à voir : un bon film pour ce soir ? genre thriller mais pas trop gore",
    ),
    _s(
        "pourquoi mon fragment shader GLSL affiche tout noir sur iPhone mais marche sur Chrome "
        "desktop ?",
        "Souvent c'est la précision : sur mobile, `mediump` peut déborder. Mets `precision "
        "highp float;` en tête du shader et vérifie les divisions par zéro.",
        "ok ça marche. sinon question photo, rien à voir : c'est quoi la règle des tiers ?",
    ),
    _s(
        "on veut découper notre monolithe Symfony en services, on commence par quoi ?",
        "Commencez par cartographier les domaines et leurs dépendances, puis extrayez un domaine "
        "peu couplé (notifications, facturation) derrière une API claire, avec le pattern "
        "strangler pour le reste.",
        "je verrai ça demain avec l'équipe. là il me faut une recette de soupe à l'oignon pour "
        "ce soir",
    ),
    _s(
        "traduis « bon appétit » en japonais",
        "On dit souvent « いただきます » (itadakimasu) avant de manger ; pour souhaiter bon appétit "
        "à quelqu'un, « どうぞ召し上がってください » (dōzo meshiagatte kudasai).",
        "et en coréen ?",
    ),
    _s(
        "c'est quoi une dérivée ?",
        "La dérivée mesure la vitesse à laquelle une quantité change. Si tu roules en voiture, "
        "ta vitesse est la dérivée de la distance parcourue par rapport au temps.",
        "et une intégrale alors ?",
    ),
    _s(
        "propose-moi un itinéraire de 3 jours à Lyon",
        "Jour 1 : Vieux-Lyon et les traboules, montée à Fourvière. Jour 2 : Presqu'île, musée "
        "des Confluences, dîner dans un bouchon. Jour 3 : Croix-Rousse, parc de la Tête d'Or.",
        "et s'il pleut les trois jours ?",
    ),
    _s(
        "écris un petit poème sur la pluie à Brest",
        "À Brest la pluie a ses manières,\nelle tombe en biais, jamais entière,\net le port, "
        "gris comme un vieux marin,\nattend le soleil pour demain.",
        "en alexandrins cette fois",
    ),
    _s(
        "un titre pour mon mémoire sur le vélo en ville ?",
        "« Pédaler dans la ville : usages, aménagements et politiques cyclables dans les "
        "métropoles françaises (2010-2023) »",
        "moins académique",
    ),
    """Tu peux résumer ce texte en 4 phrases pour un panneau dans la médiathèque ?

« Le canal du Midi relie Toulouse à la mer Méditerranée sur environ 240 kilomètres. Conçu par \
Pierre-Paul Riquet et construit entre 1666 et 1681 sous le règne de Louis XIV, il fut l'un des \
plus grands chantiers de son temps : près de 12 000 ouvriers y travaillèrent. Le problème \
majeur était d'alimenter le canal en eau au point le plus haut du parcours ; Riquet imagina un \
système de rigoles captant l'eau de la Montagne Noire et un grand réservoir, le bassin de \
Saint-Ferréol. Avec ses écluses, ses ponts et ses allées de platanes, le canal est inscrit au \
patrimoine mondial de l'UNESCO depuis 1996. »""",
    """Tu peux améliorer mon post LinkedIn ? Je le trouve plat.

Après 8 ans dans la restauration, je me reconverti dans la logistique. Ça n'a pas été facile, \
j'ai suivi une formation de 6 mois le soir en continuant à travailler. Aujourd'hui je commence \
comme adjoint au responsable d'entrepôt dans une PME près de Lille. Je remercie tous ceux qui \
m'ont soutenu pendant cette période. Je pense que la restauration m'a appris beaucoup de \
choses utiles pour ce nouveau métier comme la gestion du stress et le travail en équipe. \
N'hésitez pas si vous avez des conseils !

Je voudrais que ça reste simple, sans emojis, et pas trop « storytelling ».""",
]

_B2_PT: list[Entry] = [
    "Qual a diferença entre MEI e ME? só quero entender, não é consultoria",
    "como funciona o décimo terceiro? cai quando?",
    "O que é o golpe do Pix agendado e como eu me protejo?",
    "Como saber se um link que chegou no WhatsApp é golpe? Minha tia clica em tudo",
    "O que é uma passkey? O app do banco fica pedindo pra eu criar uma",
    "Por que Brasília tem formato de avião? Quem projetou a cidade?",
    "Me explica o estilo manuelino em poucas palavras, vou visitar o Mosteiro dos Jerónimos "
    "amanhã.",
    "quanto tempo de feijão na panela de pressão depois que pega pressão?",
    "receita de pão de queijo que não murcha depois de sair do forno",
    "me dá 5 ideias de nome pra uma loja de plantas em Curitiba",
    "o que é uma progressão geométrica? com exemplo simples",
    "Quantas faces, arestas e vértices tem um dodecaedro? Minha filha jura que são 30 vértices",
    "como o avião consegue ficar no ar? explica a sustentação sem fórmula",
    "Como as tartarugas marinhas voltam pra mesma praia onde nasceram?",
    "qual a diferença entre 'mas' e 'mais'? vivo confundindo no trabalho",
    "O que significa 'ter jogo de cintura'? Um amigo gringo me perguntou e eu travei.",
    "traduz pro inglês: 'fico no aguardo do seu retorno'. mas sem soar robô",
    "como eu paro de procrastinar? tenho TCC pra entregar em 3 semanas e não escrevi nada",
    "O que é inflação de serviços e por que o Banco Central se preocupa tanto com ela?",
    "Como funciona a licença-paternidade no Brasil, em termos gerais?",
    "O que faz um compilador? Explica pra quem nunca programou na vida.",
    "me explica machine learning sem matemática, é pra uma apresentação de 5 min na faculdade",
    "Vale a pena fazer intercâmbio depois dos 30? Tô com 33 e com medo de ser tarde.",
    "Qual a melhor época pra ver baleias jubarte na Bahia?",
    "escreve um parabéns engraçado pro grupo da firma, é aniversário do estagiário",
    _s(
        "O que é CET num financiamento? explica como se eu tivesse 15 anos",
        system="Você é o assistente virtual do Banco Aurora. Explique conceitos financeiros de "
        "forma geral e nunca peça dados pessoais ou senhas.",
    ),
    _s(
        "rapidinho: o que quer dizer 'race condition'? não preciso de código, só da ideia",
        system=_AGENT,
    ),
    _s(
        "Tenho duas horas no museu com duas crianças de 6 e 9 anos. O que não dá pra perder?",
        system="Você é o guia virtual do Museu Catavento, em São Paulo. Responda de forma "
        "animada e prática.",
    ),
    _s(
        "dá pra substituir ovo em bolo? sou vegana",
        system="Você é a assistente de receitas do app CozinhaFácil. Responda com dicas práticas "
        "e curtas.",
    ),
    _s(
        "Depois de um ano de empresa, quantos dias de férias a CLT garante? Pergunta geral.",
        system="Você é o assistente de RH da Vértice Engenharia. Responda dúvidas gerais sobre "
        "CLT e benefícios; casos individuais devem ser encaminhados ao RH.",
    ),
    _s(
        "corrige esse trecho do meu TCC: 'A pesquisa tem como objetivo analizar os impactos da "
        "urbanização no bairro, afim de entender as mudanças ocorridas.'",
        system="Você é um revisor de textos acadêmicos. Corrija e explique brevemente cada "
        "mudança.",
    ),
    _s(
        "escreve uma legenda pro insta de uma foto minha na praia",
        "Sal na pele, sol no rosto e o celular no modo avião ☀️🌊 #vidaleve",
        "mais curta e sem emoji",
    ),
    _s(
        "cria um endpoint no Spring pra listar clientes por cidade",
        '```java\n@GetMapping("/clientes")\npublic List<Cliente> porCidade(@RequestParam '
        "String cidade) {\n    return clienteRepository.findByCidade(cidade);\n}\n```",
        "valeu! mudando de assunto: qual a diferença entre cerveja IPA e lager?",
    ),
    _s(
        "no three.js minha textura fica borrada de longe, o que é isso?",
        "É o mipmapping escolhendo níveis menores à distância. Aumente "
        "`texture.anisotropy = renderer.capabilities.getMaxAnisotropy()` para melhorar em "
        "ângulos rasantes.",
        "resolvido. agora uma dúvida de fotografia de verdade: o que é ISO na câmera?",
    ),
    _s(
        "como escalar nosso serviço de notificações pra 1 milhão de usuários?",
        "Desacople o envio com uma fila, processe em workers horizontais, agrupe envios por "
        "canal e tenha retry com backoff e uma dead-letter queue para falhas persistentes.",
        "beleza, amanhã vejo com calma. agora me ajuda a escolher um presente pra minha mãe, ela "
        "curte jardinagem",
    ),
    _s("qual a capital da Austrália?", "Camberra.", "e da Nova Zelândia?"),
    _s(
        "o que é o efeito placebo?",
        "É quando uma pessoa sente melhora depois de um tratamento sem princípio ativo, só "
        "porque acredita que ele funciona. A expectativa muda a percepção de sintomas como "
        "dor e cansaço.",
        "e o nocebo?",
    ),
    _s(
        "monta-me um roteiro de 4 dias no Porto",
        "Dia 1: Ribeira, Ponte Luís I e caves em Gaia. Dia 2: Livraria Lello, Clérigos e "
        "Mercado do Bolhão. Dia 3: Serralves e Foz do Douro. Dia 4: cruzeiro das seis pontes "
        "e Matosinhos para peixe grelhado.",
        "e se no último dia eu quiser apanhar o comboio para Lisboa?",
    ),
    _s(
        "me sugere 3 livros de ficção científica brasileira",
        "1. 'Não Verás País Nenhum', de Ignácio de Loyola Brandão (distopia)\n2. 'Fábulas do "
        "Tempo e da Eternidade', de Cristina Lasaitis\n3. 'O Esplendor', de Alexey Dodsworth",
        "algum mais curtinho?",
    ),
    _s(
        "traduz 'saudade' pro alemão",
        "Não existe tradução exata. 'Sehnsucht' é o mais próximo, mas é mais um anseio por algo "
        "que talvez nem exista; 'Heimweh' é a saudade de casa.",
        "e tem alguma palavra parecida em japonês?",
    ),
    """Me ajuda a reescrever esse aviso do condomínio? Ficou grosseiro e o síndico pediu pra \
deixar mais educado, mas sem perder a firmeza.

AVISO: Estamos cansados de encontrar lixo na escada. O lixo tem que ser colocado na lixeira \
do térreo até as 20h e NÃO na porta do apartamento. Também é proibido deixar bicicleta no \
corredor, já falamos isso mil vezes. A partir do mês que vem quem desrespeitar vai levar \
multa. Outra coisa: o salão de festas tem que ser devolvido limpo, a última festa deixou \
copo até dentro do elevador. Contamos com a colaboração de todos.""",
    """Tô escrevendo a carta de motivação pra uma bolsa de mestrado em Portugal. Esse é o \
parágrafo do meio, dá pra deixar mais concreto?

Durante a graduação em Engenharia Ambiental sempre me interessei por recursos hídricos. \
Participei de projetos de extensão com comunidades ribeirinhas e percebi que muitas soluções \
técnicas falham porque não levam em conta o cotidiano das pessoas. Por isso quero estudar \
gestão da água numa perspectiva que una técnica e participação social. Acredito que o \
mestrado vai me dar as ferramentas para contribuir com essa área no Brasil.

Contexto: o projeto de extensão foi no Pará, durou um ano e a gente instalou filtros de \
areia em duas comunidades.""",
]

_B2_IT: list[Entry] = [
    "Perché la Torre di Pisa pende e come hanno fatto a raddrizzarla un po' negli anni '90?",
    "chi era Palladio e perché le sue ville sono patrimonio UNESCO?",
    "cos'è una passkey? la banca me la propone ogni volta che entro nell'app",
    "Come riconosco un SMS truffa che si spaccia per Poste Italiane?",
    "in montagna la pasta ci mette di più a cuocere? mio zio dice che l'acqua bolle prima",
    "ricetta del ragù alla bolognese come lo fanno a Bologna, non quella dei siti americani",
    "Mi spieghi il TFR in parole semplici? Come funziona in generale",
    "differenza tra contratto a tempo determinato e indeterminato, in breve",
    "Cos'è la ricorsione? Senza codice, con un esempio della vita reale",
    "Come fa il GPS del telefono a funzionare anche senza internet?",
    "dimmi 5 nomi per una gatta nera molto timida",
    "quanti vertici e spigoli ha un cubo? mia figlia ha i compiti e non me lo ricordo più lol",
    "Qual è la differenza tra 'gli' e 'le' come complemento di termine? Sbaglio sempre",
    "come si dice 'in bocca al lupo' in inglese senza far ridere gli inglesi?",
    "È vero che il caffè disidrata?",
    "Chi ha affrescato la Cappella degli Scrovegni e perché è così importante?",
    "come fanno le rondini a tornare ogni anno dall'Africa allo stesso nido?",
    "Spiegami cos'è stato il Rinascimento in 5 righe, per un ragazzo di terza media",
    "Cos'è lo spread BTP-Bund e perché il telegiornale ne parla sempre?",
    "consigli per un colloquio in inglese? sono agitatissima, è lunedì",
    "Fammi la lista della spesa per una grigliata con 10 amici, due sono vegetariani",
    "qual è la probabilità di fare terno al lotto su una ruota? solo per curiosità",
    "Perché si dice che la luce nei quadri di Caravaggio è 'teatrale'? Cosa fa di diverso?",
    "come faccio foto decenti al tramonto col telefono? vengono o tutte scure o tutte bruciate",
    "cos'è il bias di conferma? fammi un esempio pratico",
    _s(
        "Ho solo due ore, quali opere non posso perdere?",
        system="Sei la guida virtuale della Galleria Borghese di Roma. Rispondi in modo breve, "
        "cordiale e pratico.",
    ),
    _s(
        "pausa caffè: come si chiama quel paradosso tipo 'questa frase è falsa'?",
        system=_AGENT,
    ),
    _s(
        "In generale, quanti giorni di ferie spettano per legge in Italia a un dipendente?",
        system="Sei l'assistente HR di Ferretti Logistica S.p.A. Rispondi a domande generali su "
        "ferie, permessi e welfare aziendale; per i casi personali rimanda all'ufficio del "
        "personale.",
    ),
    _s(
        "che vino ci sta con la pizza margherita?",
        system="Sei il sommelier virtuale di un'enoteca di Torino. Rispondi in modo semplice e "
        "simpatico.",
    ),
    _s(
        "correggi: 'Se avrei saputo prima, sarei venuto anche io alla cena.'",
        system="Sei un correttore di bozze. Correggi la frase e spiega l'errore in una riga.",
    ),
    _s(
        "Cos'è un fondo pensione integrativo e perché tutti ne parlano? Spiegamelo in generale.",
        system="Sei un assistente di educazione finanziaria. Non dai consigli di investimento "
        "personalizzati.",
    ),
    _s(
        "scrivi un biglietto di auguri per il matrimonio di due colleghi",
        "Cari sposi, che la vostra vita insieme sia piena di risate, viaggi e domeniche "
        "lente. Grazie per averci fatto partecipare a questo giorno speciale: siete la prova "
        "che le cose belle nascono anche davanti alla macchinetta del caffè!",
        "più corto e meno smielato",
    ),
    _s(
        "aggiungi la validazione dell'email nel form Angular di registrazione",
        "```ts\nthis.form = this.fb.group({\n  email: ['', [Validators.required, "
        "Validators.email]],\n  password: ['', [Validators.required, "
        "Validators.minLength(8)]],\n});\n```",
        "grazie! domanda a caso: quanto devono riposare le lasagne prima di tagliarle?",
    ),
    _s(
        "come faccio il bloom in Babylon.js?",
        "Usa la DefaultRenderingPipeline: `pipeline.bloomEnabled = true`, poi regola "
        "`bloomThreshold`, `bloomWeight` e `bloomKernel` finché l'effetto non è quello che vuoi.",
        "perfetto. ora una cosa di fotografia vera: come si fotografano i fuochi d'artificio?",
    ),
    _s(
        "ha senso passare a event sourcing per il dominio degli ordini?",
        "Ha senso se vi serve lo storico completo delle modifiche o audit forte; altrimenti "
        "aggiunge complessità (proiezioni, versioning degli eventi). Potreste iniziare con "
        "un outbox e una tabella di audit.",
        "ci penso. intanto scrivimi una filastrocca per il compleanno di mio figlio, fa 5 anni",
    ),
    _s("qual è il fiume più lungo d'Italia?", "Il Po, circa 652 km.", "e il secondo?"),
    _s("traduci in inglese 'mi manchi'", "I miss you.", "e in spagnolo?"),
    _s(
        "itinerario di 2 giorni a Napoli",
        "Giorno 1: centro storico, Spaccanapoli, Cappella Sansevero e pizza da una delle "
        "storiche. Giorno 2: Museo Archeologico, lungomare e tramonto a Posillipo.",
        "e se volessi aggiungere Pompei?",
    ),
    _s(
        "spiegami cos'è un logaritmo",
        "Il logaritmo risponde alla domanda: a quale esponente devo elevare la base per "
        "ottenere un certo numero? Per esempio log₂(8) = 3, perché 2³ = 8.",
        "ok e a cosa serve nella vita vera?",
    ),
    _s(
        "consigliami un giallo italiano",
        "Prova 'Il giorno della civetta' di Sciascia, oppure un Montalbano di Camilleri se "
        "vuoi qualcosa di più leggero.",
        "qualcosa di più recente?",
    ),
    """Mi riassumi questo testo in 5 righe per il giornalino della scuola?

"Il MOSE è un sistema di paratoie mobili installate alle tre bocche di porto della laguna di \
Venezia: Lido, Malamocco e Chioggia. In condizioni normali le paratoie restano adagiate sul \
fondale, piene d'acqua e invisibili. Quando è prevista un'acqua alta eccezionale, viene \
immessa aria compressa che le svuota e le fa sollevare, separando temporaneamente la laguna \
dal mare. Il progetto, discusso per decenni, è stato al centro di polemiche per i costi, i \
ritardi e un grave scandalo di corruzione. Dal 2020 il sistema è entrato in funzione e ha \
evitato diverse inondazioni del centro storico, anche se resta aperto il dibattito sugli \
effetti a lungo termine sull'ecosistema lagunare.\"""",
    """Devo scrivere all'amministratore di condominio per i rumori dell'appartamento sopra. \
Puoi rendere questa bozza più educata ma ferma?

Buongiorno, le scrivo perché da mesi al piano di sopra spostano mobili e fanno rumore fino a \
mezzanotte passata, anche nei giorni feriali. Ho già provato a parlarne direttamente ma non è \
cambiato niente. Il regolamento dice che dalle 22 bisogna rispettare il silenzio. Vorrei sapere \
se può intervenire lei o se devo rivolgermi a qualcun altro, perché così non si dorme. \
Grazie, distinti saluti.""",
]

_B2_KO: list[Entry] = [
    "한옥은 왜 못을 안 쓰고 지었어요? 짜맞춤 방식이 궁금해요",
    "패스키가 뭐예요? 은행 앱에서 자꾸 등록하라고 떠요",
    "택배 주소 오류라고 문자 왔는데 링크 누르라네요. 스미싱인지 어떻게 알아요?",
    "연말정산이 정확히 뭐예요? 사회초년생이라 하나도 모르겠어요 ㅠ",
    "퇴직금은 보통 어떻게 계산돼요? 대충 원리만 알고 싶어요",
    "재귀가 뭔지 코드 없이 설명해 주세요. 비유로요",
    "컴파일러가 하는 일이 뭐예요? 비전공자 기준으로요",
    "라면 물 몇 ml 넣어야 맛있어요? 신라면 기준",
    "냉장고에 애호박, 두부, 감자 있는데 된장찌개 어떻게 끓여요?",
    "정육면체 꼭짓점이랑 모서리 개수 몇 개였지? 애 숙제 봐주다가 헷갈림",
    "폰으로 한강 야경 사진 잘 찍는 법 알려주세요",
    "역광에서 인물 사진 찍으면 얼굴이 까맣게 나와요. 어떻게 해야 돼요?",
    "세종대왕이 한글을 왜 만들었는지 초등학생한테 설명하듯이 말해 줘",
    "'ㅋㅋ'랑 'ㅎㅎ' 느낌 차이가 뭐예요? 외국인 친구가 물어봐서요",
    "면접 마지막에 '하고 싶은 말 있으세요?' 하면 뭐라고 해야 돼요?",
    "고양이 이름 추천해 줘. 치즈냥이고 수컷이야",
    "연어는 어떻게 자기가 태어난 강으로 다시 돌아가요?",
    "비행기 창문은 왜 다 둥글게 생겼어요?",
    "동전을 5번 던져서 앞면이 정확히 3번 나올 확률 구하는 법 알려주세요",
    "적금이랑 예금 차이 쉽게 알려주세요",
    "IMF 외환위기 때 무슨 일이 있었는지 간단히 정리해 줘",
    "영어 회화 독학 3개월 계획 짜 줘. 하루 30분 정도 가능해요",
    "요즘 잠이 너무 안 와요. 일반적으로 도움 되는 습관 같은 거 있을까요?",
    "동대문디자인플라자(DDP) 설계한 건축가가 누구예요? 건물이 너무 특이해서요",
    "랜섬웨어 걸리면 보통 돈 내야 돼요? 기업들은 일반적으로 어떻게 대응하는지 궁금해요",
    _s(
        "근로기준법상 연차는 1년에 며칠이에요? 일반적인 기준만 알려주세요",
        system="당신은 (주)한빛물류의 HR 안내 챗봇입니다. 휴가와 복지에 관한 일반적인 질문에 "
        "답하고, 개인 사례는 인사팀으로 안내하세요.",
    ),
    _s("잠깐 딴 얘긴데, 프로그램 오류를 왜 '버그'라고 불러요?", system=_AGENT),
    _s(
        "경주 가면 꼭 봐야 할 곳 세 군데만 알려줘",
        system="당신은 여행 플랫폼 '트립메이트'의 AI 가이드입니다. 짧고 실용적으로 답하세요.",
    ),
    _s(
        "ETF가 뭔지 주식 처음 하는 사람한테 설명해 주세요",
        system="당신은 증권사 앱의 금융 교육 도우미입니다. 개인 맞춤 투자 권유는 하지 마세요.",
    ),
    _s(
        "맞춤법 봐주세요: '어의가 없네요. 금새 끝날 줄 알았는데 몇일이나 걸렸어요.'",
        system="당신은 한국어 맞춤법 교정 도우미입니다. 틀린 부분을 고치고 짧게 설명하세요.",
    ),
    _s(
        "초등학생 아이가 유튜브를 너무 오래 봐요. 시간 관리 어떻게 하면 좋을까요?",
        system="당신은 육아 상담 챗봇입니다. 따뜻하고 현실적인 조언을 주세요.",
    ),
    _s(
        "팀장님 승진 축하 메시지 써 줘",
        "팀장님, 승진 진심으로 축하드립니다! 늘 든든하게 팀을 이끌어 주셔서 감사했는데, "
        "이렇게 좋은 소식을 듣게 되어 저희도 정말 기쁩니다. 앞으로도 잘 부탁드립니다!",
        "좀 더 짧게",
    ),
    _s(
        "Spring에서 회원 목록 페이징 API 만들어 줘",
        '```java\n@GetMapping("/members")\npublic Page<MemberDto> list(Pageable pageable) {\n'
        "    return memberRepository.findAll(pageable).map(MemberDto::from);\n}\n```",
        "감사! 근데 오늘 저녁 메뉴 추천 좀요. 혼밥이에요",
    ),
    _s(
        "three.js 그림자가 계단처럼 깨져 보여요",
        "`light.shadow.mapSize`를 2048 정도로 올리고, 그림자 카메라 범위를 장면에 맞게 좁히세요. "
        "`renderer.shadowMap.type = THREE.PCFSoftShadowMap`도 도움이 됩니다.",
        "해결! 근데 실제 카메라로 사진 찍을 때 그림자를 부드럽게 하려면 뭘 써야 돼요?",
    ),
    _s(
        "주문 서비스랑 재고 서비스를 분리하면 데이터 정합성은 어떻게 맞춰요?",
        "보통 사가 패턴을 씁니다. 각 서비스가 로컬 트랜잭션을 커밋하고 이벤트를 발행하며, "
        "실패하면 보상 트랜잭션으로 되돌립니다.",
        "일단 알겠어요. 머리 좀 식히게 넌센스 퀴즈 하나 내 줘요",
    ),
    _s(
        "'수고하셨습니다' 영어로 뭐예요?",
        "상황에 따라 다르지만 'Thank you for your hard work.'나 'Great job today.'가 자연스러워요.",
        "좀 더 캐주얼하게는?",
    ),
    _s(
        "전주 1박 2일 코스 짜 줘",
        "1일차: 한옥마을, 경기전, 전동성당, 저녁엔 남부시장 야시장. 2일차: 자만벽화마을, "
        "오목대, 점심으로 비빔밥 먹고 출발.",
        "비 오면 어디 가요?",
    ),
    _s(
        "미분이 뭐예요?",
        "어떤 값이 순간적으로 얼마나 빨리 변하는지를 구하는 거예요. 자동차 속도계에 "
        "찍히는 속도가 이동 거리를 시간으로 미분한 값이라고 보면 돼요.",
        "그럼 적분은요?",
    ),
    _s(
        "생일 축하 시 짧게 써 줘. 친구가 고양이를 엄청 좋아해",
        "오늘은 네가 주인공,\n고양이처럼 늘어지게 자고\n츄르 같은 하루 보내길!",
        "더 웃기게",
    ),
    _s(
        "세계에서 제일 높은 산은?",
        "에베레스트산이에요. 해발 약 8,849m입니다.",
        "그럼 한국에서는?",
    ),
    """이 글 세 문장으로 요약해 주세요. 아이 학교 숙제예요.

"제주 해녀는 산소 공급 장치 없이 바닷속에 들어가 전복, 소라, 미역 등을 채취하는 여성들을 \
말한다. 이들은 숨을 참고 수심 10미터 안팎까지 잠수하며, 물 위로 올라와 참았던 숨을 내쉴 때 \
내는 독특한 소리를 '숨비소리'라고 부른다. 해녀 공동체는 바다를 함께 관리하며 채취 시기와 \
양을 스스로 정해 왔고, 경험이 많은 해녀가 젊은 해녀를 가르치는 전통도 이어져 왔다. 이러한 \
문화는 2016년 유네스코 인류무형문화유산에 등재되었지만, 해녀의 수는 고령화로 계속 줄고 있다."
""",
    """자기소개서 문단인데 좀 더 자연스럽게 다듬어 주세요. 내용은 바꾸지 말고요.

저는 대학 시절 교내 봉사 동아리에서 3년 동안 활동하며 지역 아동센터 아이들에게 \
수학을 가르쳤습니다. 처음에는 아이들이 집중을 잘 하지 못해서 어려움이 많았지만 \
수업 방식을 게임 형식으로 바꾸면서 참여도가 많이 높아졌습니다. 이 경험을 통해 \
상대방의 입장에서 생각하는 것의 중요성을 배웠고 이는 고객을 상대하는 이 직무에서도 \
큰 도움이 될 것이라고 생각합니다.""",
]

_B2_RU: list[Entry] = [
    "почему сталинские высотки все такие похожие? кто их вообще проектировал?",
    "Что такое конструктивизм в архитектуре? Еду в Екатеринбург, хочу понимать, на что смотреть.",
    "что такое passkey и чем он лучше обычного пароля?",
    "Позвонили «из службы безопасности банка» и просят продиктовать код из СМС. Это же "
    "мошенники, да? Как такие схемы вообще работают?",
    "Как в общих чертах работает налоговый вычет за лечение? Просто хочу понять принцип.",
    "что такое рекурсия, объясни без кода",
    "Зачем нужен компилятор, если есть интерпретатор? Концептуально, без примеров кода.",
    "сколько варить гречку, чтобы была рассыпчатая",
    "борщ без свеклы — это вообще законно? какие есть региональные варианты",
    "Сколько граней, рёбер и вершин у октаэдра? Проверь по формуле Эйлера",
    "как фотографировать на морозе, чтобы телефон не садился, а снег не выходил синим?",
    "почему фотки в пасмурный день получаются такими серыми и скучными? снимаю на телефон",
    "объясни разницу между «надеть» и «одеть» раз и навсегда",
    "как перевести слово «тоска» на английский? вроде Набоков что-то про это писал",
    "Чем отличается ИП от самозанятого? Просто для понимания, ничего не открываю пока.",
    "Что такое отпуск без сохранения зарплаты и как его обычно оформляют?",
    "Как Ленинград выдержал блокаду? Кратко, для доклада в 8 классе.",
    "Почему северные олени мигрируют на такие огромные расстояния?",
    "как перестать всё откладывать на потом? есть реально рабочие методы?",
    "как посчитать вероятность выиграть в лотерее 6 из 45? покажи формулу",
    "посоветуй настолку на двоих, чтобы партия была минут на 30",
    "Кто такой Шухов и чем знаменита Шуховская башня?",
    "как объяснить ребенку 8 лет, что такое деньги и зачем копить?",
    "Напиши тост на юбилей тёти, ей 60, без пошлостей и без стихов",
    "Что это был за вирус NotPetya в 2017 году и почему его называют кибероружием?",
    _s(
        "Сколько дней отпуска положено по Трудовому кодексу в год? Общий вопрос",
        system="Ты HR-ассистент компании «СеверТрансЛогистик». Отвечай на общие вопросы об "
        "отпусках и льготах; по личным ситуациям направляй в отдел кадров.",
    ),
    _s("кстати, а правда, что слово «баг» пошло от моли в компьютере?", system=_AGENT),
    _s(
        "Что посмотреть в Казани за один день?",
        system="Ты туристический бот сервиса «Путешествуй». Отвечай кратко и по делу.",
    ),
    _s(
        "что такое ключевая ставка и почему от неё зависят проценты по вкладам?",
        system="Ты помощник по финансовой грамотности. Объясняй общие понятия и не давай "
        "персональных рекомендаций.",
    ),
    _s(
        "Проверь запятые: «Когда я пришёл домой я понял что забыл ключи на работе.»",
        system="Ты корректор русского языка. Исправь ошибки и коротко объясни правило.",
    ),
    _s(
        "Сын (5 лет) боится темноты и не засыпает без света. Что обычно советуют?",
        system="Ты доброжелательный консультант для родителей. Давай практичные советы без "
        "морализаторства.",
    ),
    _s(
        "напиши поздравление коллективу с Новым годом от руководителя отдела",
        "Дорогие коллеги! Этот год был непростым, но мы справились — благодаря вашему "
        "терпению, чувству юмора и готовности подставить плечо. Спасибо за каждый проект и "
        "каждую пятничную пиццу. Пусть новый год принесёт меньше дедлайнов и больше поводов "
        "для гордости. С праздником!",
        "короче, раза в два",
    ),
    _s(
        "сделай эндпоинт на FastAPI для удаления комментария",
        "```python\n@router.delete('/comments/{comment_id}', status_code=204)\ndef "
        "delete_comment(comment_id: int, db: Session = Depends(get_db)) -> None:\n    comment "
        "= db.get(Comment, comment_id)\n    if comment is None:\n        raise "
        "HTTPException(404)\n    db.delete(comment)\n    db.commit()\n```",
        "спасибо. не по теме: как отстирать пятно от красного вина с белой рубашки?",
    ),
    _s(
        "в three.js модель мерцает, когда камера далеко",
        "Это z-fighting из-за нехватки точности буфера глубины. Увеличь `camera.near` (например, "
        "до 0.5) или включи `logarithmicDepthBuffer: true` в рендерере.",
        "помогло! а теперь вопрос про обычную фотографию: как снимать луну, чтобы она не "
        "выходила белым пятном?",
    ),
    _s(
        "как лучше делить монолит на сервисы — по доменам или по командам?",
        "В идеале границы сервисов совпадают с доменами, а команды выстраиваются под них "
        "(обратный манёвр Конвея). Делить только по текущим командам — риск закрепить "
        "случайную структуру.",
        "ладно, обсудим на созвоне. а сейчас подскажи фильм на вечер, что-нибудь советское и "
        "смешное",
    ),
    _s(
        "переведи на английский «без труда не выловишь и рыбку из пруда»",
        "Дословно: «You can't even pull a fish out of a pond without effort».",
        "а есть английский аналог этой пословицы?",
    ),
    _s("сколько будет 17 в квадрате?", "289.", "а в кубе?"),
    _s(
        "маршрут по Питеру на 3 дня",
        "День 1: Невский, Дворцовая площадь, Эрмитаж. День 2: Петропавловская крепость, "
        "Васильевский остров, вечером разводка мостов. День 3: Петергоф.",
        "а если с ребёнком 6 лет?",
    ),
    _s(
        "что такое синус простыми словами?",
        "В прямоугольном треугольнике синус угла — это отношение противолежащего катета к "
        "гипотенузе. Он показывает, насколько «высоко» поднимается сторона при данном угле.",
        "а косинус тогда?",
    ),
    _s(
        "придумай название для канала про рыбалку",
        "«Клёвое место», «Утренний заброс», «Рыбацкие байки», «На крючке».",
        "что-нибудь посмешнее",
    ),
    """Сделай из этого текста 5 тезисов для доклада по географии:

«Байкал — самое глубокое озеро на планете: его максимальная глубина составляет 1642 метра. \
В нём сосредоточено около 20 % мировых запасов пресной поверхностной воды. Возраст озера \
оценивается в 25–35 миллионов лет, что делает его одним из древнейших на Земле. Большая часть \
обитающих в Байкале животных и растений эндемична, то есть больше нигде не встречается; самый \
известный пример — байкальская нерпа. Вода в озере настолько прозрачна, что в некоторых местах \
дно видно на глубине до 40 метров. С 1996 года Байкал входит в список Всемирного наследия \
ЮНЕСКО.»""",
    """Помоги переписать жалобу в управляющую компанию, чтобы звучало официально, а не как \
крик души:

Здравствуйте. У нас в подъезде уже третью неделю не работает лифт, а живём мы на девятом \
этаже. Я звонила в диспетчерскую два раза, мне сказали, что заявка принята, но никто так и \
не пришёл. Пожилым соседям приходится сидеть дома, потому что они не могут подняться по \
лестнице. Мы платим за обслуживание каждый месяц и хотим понять, когда лифт починят. Если \
ничего не изменится, будем писать в жилинспекцию.""",
]

_B2_ES: list[Entry] = [
    "¿por qué mis fotos de interior salen amarillentas? uso el móvil y luz de bombilla",
    "¿Qué tiene de especial la arquitectura de Luis Barragán? Voy a CDMX el mes que viene y "
    "quiero visitar la Casa Estudio.",
    "¿qué es una passkey? el banco me pide activarla y no sé si fiarme",
    "Me ha llegado un SMS de 'la DGT' con una multa y un enlace para pagar. ¿Cómo sé si es falso?",
    "¿Cómo funciona el paro en España, en general? No pregunto por mi caso, solo entenderlo.",
    "diferencia entre contrato indefinido y fijo discontinuo, en cristiano",
    "¿Cuántas caras, aristas y vértices tiene un tetraedro?",
    "calcula la ecuación de la recta que pasa por (2,3) y (5,9), con los pasos",
    "¿cómo se hace un buen sofrito? el mío siempre se quema por abajo",
    "¿Qué es la recursividad? Sin código, con el ejemplo de las muñecas rusas o algo así",
    "¿por qué los flamencos son rosas?",
    "ideas de disfraz de grupo para 5 personas en carnaval, baratito porfa",
    "¿'haber' o 'a ver'? jajaja mi primo lo escribe fatal y quiero explicárselo bien",
    "¿Cómo hicieron los dinosaurios de Parque Jurásico? ¿Eran maquetas o todo por ordenador?",
    "¿cuánto tiempo hay que dejar reposar la masa de pizza en la nevera?",
    "¿Qué pasó con el ataque de ransomware a Colonial Pipeline? ¿Por qué pagaron el rescate?",
    "explícame qué es la prima de riesgo, que el domingo como con mi suegro y siempre saca el tema",
    _s(
        "¿Cuántos días de vacaciones corresponden por ley en España? Es una pregunta general.",
        system="Eres el asistente de RR. HH. de Grupo Lince. Respondes dudas generales sobre "
        "vacaciones y permisos; los casos particulares los derivas al departamento de personas.",
    ),
    _s("oye, ¿de dónde viene la palabra 'algoritmo'? curiosidad", system=_AGENT),
    _s(
        "Tengo solo una hora en el Prado, ¿qué no me puedo perder?",
        system="Eres el guía virtual de una agencia de turismo cultural en Madrid. Responde de "
        "forma breve y entusiasta.",
    ),
    _s(
        "¿qué es un fondo indexado? explícamelo como a un chaval de 16",
        system="Eres un asistente de educación financiera. No das recomendaciones personalizadas.",
    ),
    _s(
        "revisa: 'Hubieron muchos problemas pero al final se solucionó todo, osea que bien.'",
        system="Eres un corrector de estilo. Corrige el texto y explica cada cambio en una línea.",
    ),
    _s(
        "escríbeme una dedicatoria para el libro que le regalo a mi profe de guitarra",
        "Para quien tuvo la paciencia de escuchar mis primeros acordes desafinados y nunca "
        "dejó de sonreír: gracias por enseñarme que la música se aprende con los dedos, pero "
        "se entiende con el corazón.",
        "más corta, que quepa en la primera página",
    ),
    _s(
        "hazme la migración en Laravel para añadir 'telefono' a la tabla clientes",
        "```php\nSchema::table('clientes', function (Blueprint $table) {\n    "
        "$table->string('telefono', 20)->nullable()->after('email');\n});\n```",
        "¡gracias! otra cosa: ¿qué peli me recomiendas para ver con mis padres este finde?",
    ),
    _s(
        "en three.js la textura se ve pixelada cuando me acerco",
        "Es el filtro de magnificación. Usa `texture.magFilter = THREE.LinearFilter` (por "
        "defecto ya lo es) y, sobre todo, una textura de mayor resolución.",
        "resuelto. ahora una de foto de verdad: ¿qué significa una apertura f/1.8?",
    ),
    _s(
        "¿conviene poner una cola entre el servicio de pedidos y el de facturación?",
        "Sí, si la facturación puede ir con retraso: desacoplas picos de carga y fallos. "
        "Necesitarás idempotencia en el consumidor y una cola de mensajes muertos.",
        "lo hablo mañana con el equipo. ahora: ¿qué cocino hoy con garbanzos y espinacas?",
    ),
    _s("¿cuál es el país más grande de Sudamérica?", "Brasil.", "¿y el más pequeño?"),
    _s(
        "traduce 'estoy hasta las narices' al inglés",
        "Lo más natural sería 'I'm fed up' o 'I've had it up to here'.",
        "¿y una versión más fina para un correo?",
    ),
    _s(
        "¿qué es una derivada parcial?",
        "Es la derivada de una función de varias variables respecto a una sola, dejando las "
        "demás fijas.",
        "pon un ejemplo con la temperatura de una habitación",
    ),
    """Resúmeme esto para niños de 9 años, en unas 60 palabras:

"Machu Picchu es una ciudadela inca construida en el siglo XV en lo alto de una montaña de los \
Andes peruanos, a unos 2.400 metros sobre el nivel del mar. Probablemente fue una residencia \
del emperador Pachacútec. Sus constructores encajaron enormes piedras sin usar argamasa, con \
tanta precisión que entre ellas no cabe ni una hoja de papel, lo que ayudó a que resistiera \
los terremotos. La ciudad quedó olvidada por el mundo exterior hasta que en 1911 el explorador \
Hiram Bingham la dio a conocer internacionalmente. Hoy es Patrimonio de la Humanidad y una de \
las maravillas del mundo moderno.\"""",
    """Soy la madrina de boda de mi mejor amiga y este es mi discurso. Dura como 4 minutos y \
necesito bajarlo a 2. ¿Me ayudas a recortarlo sin que pierda la gracia?

Buenas noches a todos. Para quien no me conozca, soy Lorena, y conozco a Sara desde que teníamos \
seis años y nos castigaron juntas por pintar la pizarra con tiza de colores. Desde entonces \
hemos compartido de todo: exámenes suspendidos, viajes en autobús de doce horas, pisos con \
humedades y más cafés de los que puedo contar. Cuando Sara me habló de Dani por primera vez, \
me dijo: "es muy majo, pero no creo que vaya a ningún sitio". Tres meses después me llamó a \
las dos de la mañana para decirme que se iban a vivir juntos. Dani, gracias por hacerla reír \
tanto, por aguantar sus listas interminables y por aprender a hacer la tortilla con cebolla, \
que sé que te costó. Brindemos por los novios.""",
    "Mi hijo de 15 años quiere ser arquitecto (de edificios, eh, no informático). ¿Qué se "
    "estudia en la carrera, cuánto dura en España y qué salidas tiene?",
]

_B2_DE: list[Entry] = [
    "Was ist der Unterschied zwischen Brennweite und Zoom? Ich will mir ein zweites Objektiv "
    "kaufen und blicke nicht durch.",
    "Was ist ein Passkey und warum will meine Bank unbedingt, dass ich einen anlege?",
    "Paket-SMS mit Link 'Zustellung fehlgeschlagen' – woran erkenne ich, ob das Betrug ist?",
    "Wie funktioniert Elternzeit grob? Nur allgemein, kein konkreter Fall.",
    "was ist eigentlich der unterschied zwischen minijob und midijob",
    "Wie viele Ecken, Kanten und Flächen hat ein Dodekaeder?",
    "Erklär mir Rekursion ohne Code, mit einem Beispiel aus dem Alltag.",
    "Wie lange muss ein Schweinebraten (1,5 kg) bei 160 Grad Umluft in den Ofen?",
    "Was hat es mit dem Hundertwasserhaus in Wien auf sich? Warum ist da nichts gerade?",
    "warum heißt es Backsteingotik und wo sieht man die am schönsten?",
    "Wie funktioniert eigentlich eine Wärmebildkamera? Der Energieberater war mit einer bei "
    "uns im Haus.",
    "'seit' oder 'seid' – kurz und knackig erklärt bitte",
    "Warum gibt es überhaupt Sommerzeit, und wird die jetzt abgeschafft oder nicht?",
    "Ideen für ein Mottoparty-Thema zum 30., bitte nicht zu albern",
    "Was war das mit dem Hackerangriff auf den Bundestag 2015? Nur grob, was ist passiert?",
    "Was ist ein ETF-Sparplan, ganz allgemein erklärt?",
    "wie rechne ich ein Rezept von einer 26er auf eine 18er Springform um?",
    _s(
        "Wie viele Urlaubstage stehen einem gesetzlich mindestens zu? Allgemeine Frage.",
        system="Du bist der HR-Assistent der Brückner Logistik GmbH. Beantworte allgemeine "
        "Fragen zu Urlaub, Elternzeit und Benefits; Einzelfälle gehen an die "
        "Personalabteilung.",
    ),
    _s("kurz OT: warum heißt Python eigentlich Python?", system=_AGENT),
    _s(
        "Welche Wanderung in der Sächsischen Schweiz schaffen auch Kinder (6 und 8)?",
        system="Du bist der Reiseassistent von Elbtal Touristik. Antworte knapp und praktisch.",
    ),
    _s(
        "Ist Vitamin D im Winter sinnvoll? Ganz allgemein gefragt.",
        system="Du bist ein Gesundheits-Informationsassistent. Gib allgemeine Informationen und "
        "verweise bei individuellen Fragen an Ärztinnen und Ärzte.",
    ),
    _s(
        "Korrigier mal: 'Ich hätte gerne gewusst, wann das Paket ankommt, weil ich bin morgen "
        "nicht Zuhause.'",
        system="Du bist ein Lektorats-Assistent. Korrigiere und erkläre knapp.",
    ),
    _s(
        "Schreib eine kurze Karte für unsere Nachbarn, die nach 20 Jahren wegziehen",
        "Liebe Nachbarn, zwanzig Jahre Gartenzaun-Gespräche, geliehene Eier und gemeinsame "
        "Sommerabende – ihr werdet uns fehlen! Wir wünschen euch für das neue Zuhause alles "
        "Gute und hoffen, dass ihr uns bald besuchen kommt.",
        "kürzer und ein bisschen lustiger",
    ),
    _s(
        "schreib mir einen pytest für meine funktion berechne_mwst(netto, satz)",
        "```python\n@pytest.mark.parametrize('netto, satz, erwartet', [\n    (100, 0.19, 119.0),"
        "\n    (100, 0.07, 107.0),\n])\ndef test_berechne_mwst(netto, satz, erwartet):\n    "
        "assert berechne_mwst(netto, satz) == pytest.approx(erwartet)\n```",
        "danke! was anderes: wie bekomme ich hartnäckigen Kalk von der Duschwand?",
    ),
    _s(
        "in Babylon.js sind meine Schatten total pixelig",
        "Erhöh die Größe der Shadow Map (`new ShadowGenerator(2048, light)`) und aktiviere "
        "`usePercentageCloserFiltering` oder `useBlurExponentialShadowMap`.",
        "Klappt. Ganz andere Frage zur echten Fotografie: was bringt ein Diffusor auf dem "
        "Aufsteckblitz?",
    ),
    _s(
        "Sollen wir für unser Bestellsystem auf Event Sourcing umsteigen?",
        "Nur wenn ihr die Historie wirklich braucht (Audit, Rekonstruktion). Sonst reicht oft "
        "ein Outbox-Muster mit Änderungsprotokoll, das ist deutlich einfacher zu betreiben.",
        "ok, besprechen wir Montag. jetzt brauch ich ne Idee für ein schnelles Abendessen mit "
        "roten Linsen",
    ),
    _s("Wie heißt die Hauptstadt von Kanada?", "Ottawa.", "und warum nicht Toronto?"),
    _s(
        "übersetz 'Feierabend' ins Englische",
        "Ein direktes Wort gibt es nicht; meist sagt man 'end of the workday' oder umgangssprachlich "
        "'I'm done for the day'.",
        "und ins Französische?",
    ),
    _s(
        "Was ist ein Integral, anschaulich?",
        "Anschaulich die Fläche unter einer Kurve: Man zerlegt sie in sehr viele schmale "
        "Streifen und addiert deren Flächen.",
        "und wofür braucht man das im echten Leben?",
    ),
    """Kannst du das für meine 4. Klasse in 5 einfachen Sätzen zusammenfassen?

"Der Kölner Dom ist eine der größten Kathedralen der Welt. Mit dem Bau wurde 1248 begonnen, \
doch um 1530 kamen die Arbeiten zum Stillstand, und für mehr als dreihundert Jahre stand ein \
halbfertiger Dom mit einem hölzernen Baukran auf dem Südturm, der zum Wahrzeichen der Stadt \
wurde. Erst im 19. Jahrhundert wurde der Bau nach den mittelalterlichen Plänen fortgesetzt und \
1880 vollendet. Die beiden Türme sind gut 157 Meter hoch. Im Zweiten Weltkrieg wurde der Dom \
von zahlreichen Bomben getroffen, blieb aber stehen. Seit 1996 gehört er zum \
UNESCO-Welterbe.\"""",
    """Das ist ein Absatz aus meinem Anschreiben für eine Ausbildung zur Tischlerin. Klingt das \
zu steif? Bitte nur Vorschläge, nicht alles umschreiben.

Schon als Kind habe ich mit meinem Opa in seiner Werkstatt gebaut, zuerst Vogelhäuser, später \
ein Regal für mein Zimmer. In meinem Schulpraktikum bei einer Schreinerei in Freiburg durfte \
ich beim Bau einer Küche mithelfen und habe gemerkt, wie viel Planung und Genauigkeit hinter \
jedem Möbelstück steckt. Besonders gefallen hat mir, am Ende des Tages zu sehen, was ich mit \
meinen Händen geschaffen habe. Deshalb möchte ich diesen Beruf von Grund auf lernen.""",
    """Rätsel für den Spieleabend, wir kommen nicht drauf:

Ein Mann wohnt im 10. Stock. Jeden Morgen fährt er mit dem Aufzug ins Erdgeschoss. Abends \
fährt er nur bis in den 7. Stock und geht den Rest zu Fuß – außer wenn es regnet oder wenn \
andere Leute im Aufzug sind, dann fährt er bis ganz oben. Warum?

Bitte erst einen Tipp geben und noch nicht die Lösung verraten!""",
]

_B2_ZH: list[Entry] = [
    "什么是通行密钥（passkey）？银行App一直让我开通",
    "收到短信说快递丢了，让点链接申请理赔，是诈骗吗？",
    "五险一金到底是啥？刚上班完全不懂",
    "年终奖一般怎么交税？只想了解下大概规则",
    "递归是什么意思？别写代码，打个比方",
    "编译器是干嘛的？给文科生讲讲",
    "西红柿炒鸡蛋先放蛋还是先放西红柿",
    "正八面体有几个顶点、几条棱？",
    "故宫的屋顶为什么都是黄色的？",
    "苏州园林的设计讲究什么？下周去拙政园",
    "逆光拍人脸太黑怎么办，手机拍的",
    "“的地得”到底怎么区分",
    "帮我给奶茶店起个名字，文艺一点的",
    "为什么中秋节要吃月饼？",
    "三角函数在生活中有啥用？孩子问我，我答不上来",
    "把“我这周忙疯了，能改到下周一吗”翻成英文，口语一点",
    "老是失眠，有没有通用的改善办法",
    "勒索软件是什么？企业中招了一般怎么处理",
    _s(
        "按劳动法，带薪年假一般有几天？问个通用问题",
        system="你是华信物流公司的HR智能助手，只回答关于假期和福利的一般性问题，个人情况请联系人事部。",
    ),
    _s("插个题外话：图灵测试是什么？现在的AI算通过了吗", system=_AGENT),
    _s("去西安三天怎么玩", system="你是旅游App“行者”的AI向导，回答简洁实用。"),
    _s(
        "基金定投是什么？跟一次性买入有啥区别",
        system="你是一个理财知识科普助手，只讲通用知识，不做个性化投资建议。",
    ),
    _s(
        "帮我改下病句：通过这次活动，使我明白了团结的重要性。",
        system="你是语文老师，负责修改病句并简单说明原因。",
    ),
    _s(
        "帮我写一段给同事的生日祝福",
        "祝你生日快乐！愿新的一岁工作顺利、烦恼清零，奶茶不限量，周末不加班！",
        "再短一点",
    ),
    _s(
        "帮我写个Django删除评论的接口",
        "```python\n@require_POST\ndef delete_comment(request, pk):\n    comment = "
        "get_object_or_404(Comment, pk=pk, author=request.user)\n    comment.delete()\n    "
        "return JsonResponse({'ok': True})\n```",
        "谢了！题外话，晚上吃啥好，冰箱里只剩土豆和鸡蛋",
    ),
    _s(
        "three.js模型离远了会闪烁是怎么回事",
        "这是深度冲突（z-fighting），深度缓冲精度不够。把camera.near调大一点，或者开启"
        "logarithmicDepthBuffer。",
        "好了。问个摄影问题：手机拍夜景怎么减少噪点？",
    ),
    _s(
        "我们的推送服务要支撑千万级用户，架构上怎么设计？",
        "可以按接入层、消息路由和下发通道拆开，用消息队列削峰，按用户ID分片长连接网关，"
        "再配合失败重试和离线消息存储。",
        "好，回头细看。现在帮我想个周末团建活动，十个人，别太累",
    ),
    _s("“加油”用英语怎么说", "可以说“Come on!”或者“You can do it!”。", "更地道一点呢"),
    _s("世界上最长的河是哪条", "一般认为是尼罗河，约6650公里。", "那中国呢"),
    _s(
        "写一首关于下雨的短诗",
        "雨落青石巷，\n檐下听风凉。\n一把旧纸伞，\n撑开半城香。",
        "换成现代诗的风格",
    ),
    """帮我把这段话总结成三点，给孩子准备手抄报用：

“赵州桥位于河北省赵县，建于隋朝，距今已有约1400年的历史，是世界上现存最早、保存最完整的\
古代单孔敞肩石拱桥。它由工匠李春设计建造，全长50多米。赵州桥最大的特点是在大拱的两肩上\
各建了两个小拱，这样既减轻了桥身的重量、节省了石料，又能在洪水来临时增加泄洪能力，减少\
水流对桥身的冲击。千百年来，赵州桥经历了多次洪水和地震，依然屹立不倒，被誉为中国古代\
桥梁建筑的杰作。”""",
    """下周家长会我要代表家长发言，帮我润色一下，别太官方：

各位老师、各位家长，大家好！很荣幸能代表家长说几句话。孩子们升入三年级以后，作业多了，\
自己的想法也多了，我们做家长的有时候也会着急。但这一学期我发现，老师们在课堂上给了孩子\
很多表达的机会，孩子回家会主动跟我讲今天学了什么，这是以前没有的。在这里想对老师们说一声\
谢谢。也想和各位家长分享一点体会：少一点比较，多一点陪伴，孩子慢一点也没关系。谢谢大家！""",
]

_B2_JA: list[Entry] = [
    "パスキーって何？銀行アプリで登録を勧められた",
    "「お荷物をお届けできませんでした」ってSMSが来た。これ詐欺？",
    "有給休暇って法律上は何日もらえるんですか？一般論で",
    "ふるさと納税の仕組みをざっくり教えて",
    "再帰ってなに？コードなしで、たとえ話で",
    "コンパイラって何をしてるの？文系にもわかるようにお願いします",
    "正二十面体の頂点と辺の数っていくつ？",
    "甘さ控えめの肉じゃがのレシピ教えて",
    "法隆寺ってなんで1300年も残ってるの？木造なのに",
    "夜景をスマホでブレずに撮るコツある？",
    "「了解しました」って目上の人に使っちゃダメなんですか？",
    "猫の名前考えて。黒猫、オス、すごく甘えん坊",
    "桜ってなんでいっせいに咲くの？",
    "ツバメが毎年同じ巣に戻ってくるって本当？",
    "トランプから2枚引いて、両方ハートになる確率は？",
    "転職面接の「逆質問」って何を聞けばいいですか",
    "ランサムウェアってなに？病院が被害にあったニュースを見て気になった",
    "「一期一会」を英語で自然に言うと？",
    _s(
        "育休って男性も取れるんですか？一般的な制度の話です",
        system="あなたは株式会社ミナト物流の人事アシスタントです。休暇や福利厚生の一般的な質問に"
        "答え、個別のケースは人事部に案内してください。",
    ),
    _s("ちょっと脱線：なんでプログラミング言語ってこんなにたくさんあるの？", system=_AGENT),
    _s(
        "金沢で1日だけ観光するならどこ？",
        system="あなたは旅行アプリ「たびまる」のAIガイドです。簡潔に答えてください。",
    ),
    _s(
        "iDeCoとNISAの違いを一般論で教えて",
        system="あなたは金融リテラシー教育のアシスタントです。個別の投資助言はしません。",
    ),
    _s(
        "添削お願いします：「資料の方をお送りさせていただきましたので、ご確認の方よろしくお願いします。」",
        system="あなたはビジネス日本語の添削アシスタントです。",
    ),
    _s(
        "送別会で渡すメッセージカードの文面考えて",
        "〇〇さん、本当にお世話になりました。困ったときにいつも笑顔で相談に乗ってくださったこと、"
        "忘れません。新しい職場でのご活躍を心からお祈りしています。",
        "もう少し短く",
    ),
    _s(
        "Laravelでお問い合わせフォームのバリデーション書いて",
        "```php\n$validated = $request->validate([\n    'name' => 'required|max:50',\n    "
        "'email' => 'required|email',\n    'message' => 'required|max:2000',\n]);\n```",
        "ありがと！全然関係ないけど、梅雨に洗濯物を早く乾かすコツある？",
    ),
    _s(
        "three.jsで影がギザギザになる",
        "`light.shadow.mapSize.set(2048, 2048)`で解像度を上げて、影カメラの範囲をシーンに"
        "合わせて狭めてください。",
        "直った！ところで本物のカメラで人物を撮るとき、影を柔らかくするにはどうすればいい？",
    ),
    _s(
        "マイクロサービス間の認証ってどう設計するのがいい？",
        "外部からのリクエストはゲートウェイでトークン検証し、サービス間はmTLSか短命な内部"
        "トークンで認証するのが一般的です。",
        "了解、明日チームと相談します。今は気分転換したいので、なぞなぞ出して",
    ),
    _s("日本で一番高い山は？", "富士山（3,776m）です。", "二番目は？"),
    _s(
        "「お疲れ様です」を英語で",
        "直訳はありませんが、場面によって「Thanks for your hard work」や「Hi」程度になります。",
        "メールの書き出しならどうなる？",
    ),
    _s(
        "俳句を作って、テーマは秋の夕暮れ",
        "夕暮れや　影ながくして　柿ひとつ",
        "季語を変えてもう一句",
    ),
    """小学生向けに3行でまとめてください。自由研究の下調べです。

「姫路城は兵庫県姫路市にある城で、白い漆喰で塗られた外壁が美しいことから『白鷺城』とも\
呼ばれています。現在の天守は1609年に完成したもので、江戸時代以前に建てられた天守が今も\
残っている、全国でも数少ない城の一つです。第二次世界大戦中には市街地が空襲を受けましたが、\
天守は奇跡的に焼け残りました。1993年には法隆寺とともに日本で初めて世界文化遺産に登録され\
ました。平成の大修理を経て、今も多くの観光客が訪れています。」""",
    """自己PRの文章です。もう少し具体的で読みやすくしてほしいです。盛りすぎないでください。

私の強みは粘り強さです。大学時代、所属していた吹奏楽部でコンクールの地区大会を三年連続で\
突破できずにいました。そこで私はパートリーダーとして、練習内容を記録し、苦手な箇所を\
全員で共有する仕組みを作りました。最初はなかなか協力してもらえませんでしたが、少しずつ\
成果が出るようになり、四年目にようやく県大会に進むことができました。この経験を活かし、\
御社でも目標に向けて粘り強く取り組みたいと考えています。""",
]

_B2: tuple[tuple[str, list[Entry]], ...] = (
    ("en", _B2_EN),
    ("fr", _B2_FR),
    ("pt", _B2_PT),
    ("it", _B2_IT),
    ("ko", _B2_KO),
    ("ru", _B2_RU),
    ("es", _B2_ES),
    ("de", _B2_DE),
    ("zh", _B2_ZH),
    ("ja", _B2_JA),
)


def _second_batch() -> Iterator[Example]:
    for lang, entries in _B2:
        for number, entry in enumerate(entries, 1):
            turns, system = ((entry,), None) if isinstance(entry, str) else entry
            yield chat(LABEL, lang, f"general/b2/{lang}/{number:03d}", *turns, system=system)


# --- Third batch: hand-written only, one group each ("general/b3/<lang>/<nnn>") -------------
# Aimed at the second model's errors in ru, pt, fr, es, ko and it (plus a few in de, zh, ja):
# general prompts whose subject is said in native words rather than English technical terms,
# including native words that other labels also use in a software sense (a "base" for make-up,
# a "migração" of a phone line, a "requête" to a judge, 분산 as statistical variance, 渲染 as a
# writing technique, a "tabella nutrizionale"), and follow-ups after turns of other labels.

_B3_RU: list[Entry] = [
    "какую базу под макияж брать, если кожа жирная, а к обеду всё плывёт?",
    "Какие были основные волны эмиграции из России в XX веке? Кратко, для реферата.",
    "как вести таблицу расходов в обычной тетради, чтобы реально помогало экономить?",
    "Что такое дисперсия в статистике и чем она отличается от стандартного отклонения? На пальцах.",
    "почему висячий мост не падает, если держится только на тросах?",
    "что такое шифр Цезаря и почему его так легко взломать?",
    "Сколько коржей обычно в «Наполеоне» и как сделать, чтобы они не размокли в каше?",
    "Дизайнер интерьера прислала «визуализации» кухни и просит утвердить. Насколько реальная "
    "кухня будет похожа на картинку?",
    "когда пересаживать рассаду помидоров в теплицу, если в мае ещё бывают заморозки?",
    "как составить поисковый запрос, чтобы найти в архивах старые газеты про наш посёлок?",
    "Объясни теорему Байеса на примере с тестом на редкую болезнь, без сложных формул.",
    "найди производную ln(x² + 1) и объясни, откуда берётся 2x",
    "375 — это сколько процентов от 2500? и как это быстро считать в уме",
    "зачем у ракеты несколько ступеней, почему нельзя сделать одну большую?",
    "Что за дом Мельникова в Кривоарбатском переулке и почему он такой странный?",
    "как выбрать нормальный замок на входную дверь? в подъезде недавно вскрыли две квартиры",
    "Объясни, как работает блокчейн, только без хайпа и без кода.",
    "Помоги вежливо отказать другу, который в третий раз просит денег в долг.",
    "составь план на 4 недели, чтобы научиться подтягиваться с нуля. сейчас ноль раз",
    "что почитать по истории Византии, чтобы не уснуть на второй странице?",
    "почему в Москве улицы идут кольцами, а в Питере — прямыми линиями?",
    "Как объяснить бабушке, зачем вводить код из СМС при входе в Госуслуги? Она думает, что "
    "это ловушка.",
    "проверь: 2^x = 32, значит x = 6? у дочки в ответе так, а у меня 5",
    "как сделать объёмную открытку, чтобы внутри раскрывался бумажный домик? с ребёнком 7 лет",
    "Можно ли сносить стену между кухней и комнатой в панельном доме? В общих чертах, как это "
    "согласовывают.",
    "сколько плитки нужно на пол ванной 2 на 1,7 м, если плитка 30×30? с запасом на подрезку",
    "Что такое «выгорание» с точки зрения психологии и чем оно отличается от обычной усталости?",
    "почему кошка приносит мышей к двери? это подарок или что",
    "Как устроены выборы в США: что за выборщики и почему можно победить, набрав меньше голосов?",
    "Чем отличается акварель от гуаши? Хочу начать рисовать, какой набор брать?",
    "как сварить холодец, чтобы точно застыл, без желатина",
    "Напиши короткое стихотворение про ноябрьскую слякоть, с иронией",
    _s(
        "как добавить миграцию в базу в Django?",
        "Измени модель, затем выполни `python manage.py makemigrations`, проверь созданный файл "
        "и примени его командой `python manage.py migrate`.",
        "спасибо. а слово «миграция» вообще откуда пошло? от латыни?",
    ),
    _s(
        "как раскидать сервисы по зонам доступности, чтобы падение одного ДЦ не клало всё?",
        "Держите минимум по две реплики каждого сервиса в разных зонах, балансировщик с "
        "проверками здоровья, а базу — с синхронной репликой в соседней зоне и автоматическим "
        "переключением.",
        "понял, спасибо. теперь помоги написать записку классной руководительнице, что сын "
        "пропустит три дня из-за семейной поездки",
    ),
    _s(
        "в GLSL как сделать градиент по высоте объекта?",
        "Передай позицию из вершинного шейдера в varying и во фрагментном смешай цвета: "
        "`mix(bottomColor, topColor, smoothstep(minY, maxY, vPos.y))`.",
        "работает! а как в акварели сделать такой же плавный переход неба от синего к жёлтому?",
    ),
    _s(
        "сколько варить пельмени?",
        "Магазинные — 5–7 минут после того, как всплывут, в подсоленной кипящей воде.",
        "а домашние замороженные?",
    ),
    _s(
        "что такое инфляция простыми словами?",
        "Это когда цены в среднем растут и на ту же сумму денег можно купить меньше, чем раньше.",
        "а дефляция тогда хорошо или плохо?",
    ),
    _s(
        "посоветуй что-нибудь похожее на «Пикник на обочине»",
        system="Ты консультант книжного магазина «Буквоед». Советуй книги живо и коротко.",
    ),
    _s("кстати, почему в программировании счёт начинается с нуля? просто интересно", system=_AGENT),
    _s(
        "привезли молоко с истёкшим сроком, можно вернуть?",
        system="Ты помощник сервиса доставки продуктов «Лавка у дома». Отвечай вежливо и по делу.",
    ),
    _s(
        "Сколько раз в неделю тренироваться новичку, чтобы был результат и не было перетрена?",
        system="Ты виртуальный фитнес-тренер сети спортклубов. Давай общие рекомендации и "
        "советуй обратиться к врачу при проблемах со здоровьем.",
    ),
]

_B3_PT: list[Entry] = [
    "como funciona a tabela FIPE? vou vender meu carro e o comprador quer pagar bem abaixo",
    "Qual tipo de chave Pix é mais seguro cadastrar: CPF, celular ou a aleatória? Pergunta geral.",
    "O que um servidor público concursado tem de diferente de um funcionário CLT? Tô pensando "
    "em prestar concurso.",
    "como migrar meu número do pré-pago pro pós sem perder o WhatsApp?",
    "Quem foi Lina Bo Bardi e por que o vão livre do MASP é tão famoso?",
    "implante dentário dói muito? quanto tempo leva o processo todo, em geral?",
    "dá pra subir o Pico da Bandeira sem guia? nunca fiz trilha de montanha",
    "Juros simples e compostos: me mostra a diferença com R$ 1.000 a 1% ao mês por 12 meses.",
    "quantas camadas de roupa levar pra Gramado em julho? nunca passei frio de verdade",
    "dá pra regularizar o título de eleitor pela internet? como funciona, no geral",
    "quanto é 3/8 de 1,20 m em centímetros? tô cortando uma tábua",
    "de onde vem a expressão 'pagar o pato'?",
    "Qual a diferença entre sombra e penumbra? Vai ter eclipse e meu filho perguntou.",
    "me explica função afim e como desenhar o gráfico, tô no 9º ano e não entendi nada",
    "Como calculo a área de um terreno em forma de trapézio? 20 m de frente, 30 m de fundo e "
    "40 m de lateral.",
    "quais são as diferenças entre os sintomas de dengue e chikungunya? só informação geral",
    "senha de wifi só com 8 números é fácil de quebrar? como escolho uma melhor pra casa",
    "o que é o golpe da 'mão fantasma' no celular? minha mãe viu no jornal e ficou com medo",
    "faz uma lista de compras pra festa junina da escola, umas 80 crianças",
    "O que são os 'rios voadores' da Amazônia e como eles fazem chover no Sudeste?",
    "O síndico tá exigindo ART pra eu trocar o piso do apartamento. Isso é normal?",
    "como dizer 'I'm swamped' em português sem soar traduzido?",
    "me ajuda a escrever um recado pra professora explicando que meu filho faltou porque viajamos",
    "O que é essa tal de 'nuvem'? Meu pai acha que as fotos dele ficam guardadas no céu kkkk",
    "como funciona a perspectiva com dois pontos de fuga? quero desenhar uma rua com prédios",
    "como cortar o pão de ló em camadas retinhas sem ter aquele fio de cortar bolo?",
    "quais exercícios ajudam na dor lombar de quem passa o dia sentado? em geral, sem diagnóstico",
    "resume a Inconfidência Mineira em 4 frases, é pra revisão de prova",
    "Qual a chance de acertar a Mega-Sena jogando 6 números? E com 7 números, melhora muito?",
    "Vale mais a pena ir de ferry ou de carro pela ponte Rio-Niterói num sábado de manhã?",
    "Como é que se diz 'estou-me nas tintas' no Brasil? Um colega brasileiro não percebeu.",
    "O que é o IPVA e por que cada estado cobra um valor diferente?",
    _s(
        "adiciona uma coluna 'ativo' na tabela de usuários, migration do Laravel",
        "```php\nSchema::table('users', function (Blueprint $table) {\n    "
        "$table->boolean('ativo')->default(true);\n});\n```",
        "valeu. agora nada a ver: como tiro mancha de café do sofá de tecido?",
    ),
    _s(
        "o que é clip space e por que o w importa?",
        "Clip space é o espaço depois da matriz de projeção. O w guarda a profundidade usada na "
        "divisão perspectiva: x, y e z são divididos por w, e por isso objetos distantes ficam "
        "menores na tela.",
        "entendi. e no desenho à mão livre, por que as coisas longe parecem menores? é a mesma "
        "ideia?",
    ),
    _s(
        "vale a pena colocar uma fila entre o serviço de pagamento e o de notificação?",
        "Vale: o pagamento não fica esperando o envio, e se o serviço de notificação cair as "
        "mensagens ficam na fila. Só garanta que o consumidor seja idempotente.",
        "blz, amanhã eu vejo. agora me indica uma série brasileira boa pra maratonar",
    ),
    _s(
        "qual a distância da Terra até a Lua?",
        "Em média, cerca de 384.400 km.",
        "e quanto tempo a luz leva pra fazer esse caminho?",
    ),
    _s(
        "me passa uma receita de brigadeiro",
        "1 lata de leite condensado, 1 colher de sopa de manteiga e 2 colheres de sopa de "
        "chocolate em pó. Mexa em fogo baixo até desgrudar do fundo da panela.",
        "e como eu sei que chegou no ponto de enrolar?",
    ),
    _s(
        "o que foi a Revolta da Vacina?",
        "Foi uma revolta popular no Rio de Janeiro em 1904 contra a vacinação obrigatória "
        "contra a varíola, somada à insatisfação com as reformas urbanas que expulsaram a "
        "população pobre do centro.",
        "tem alguma relação com o movimento antivacina de hoje?",
    ),
    _s(
        "o que é portabilidade de crédito? vale pra consignado também?",
        system="Você é a assistente virtual do Banco Aurora. Explique conceitos de forma geral e "
        "nunca peça senhas ou dados pessoais.",
    ),
    _s("pergunta boba: o que é 'dívida técnica'? só o conceito, sem código", system=_AGENT),
    _s(
        "posso tomar dipirona e ibuprofeno no mesmo dia? pergunta geral",
        system="Você é o assistente da rede de farmácias Bem Viver. Dê informações gerais e "
        "oriente procurar um farmacêutico ou médico em casos específicos.",
    ),
    _s(
        "qual a diferença entre o nível B1 e o B2? preciso de qual pra fazer intercâmbio?",
        system="Você é o atendente virtual da escola de idiomas Fala Mundo. Responda de forma "
        "simpática e objetiva.",
    ),
]

_B3_FR: list[Entry] = [
    "soldes à -30 % puis encore -20 % en caisse : ça fait -50 % au total ou pas ? mon mari "
    "dit que si",
    "c'est quoi une requête en injonction de payer ? un client me doit 1 200 € depuis 4 mois",
    "Quel formulaire Cerfa pour une clôture en limite de terrain ? C'est une déclaration "
    "préalable ?",
    "on peut devenir serveur dans un restaurant étoilé sans diplôme d'hôtellerie ?",
    "pourquoi les gnous migrent en masse au Kenya ? c'est quand le meilleur moment pour voir "
    "la traversée de la rivière ?",
    "Un airbag se déploie en combien de temps, et comment la voiture sait qu'il y a un choc ?",
    "comment on utilise du papier calque pour reproduire un portrait ? je débute en dessin",
    "Comment on calcule la médiane quand il y a un nombre pair de valeurs ? Mon fils est en 4e.",
    "résous le système 2x + y = 7 et x − y = 2 en détaillant, j'ai perdu mes réflexes",
    "Je mets à jour mon CV après 10 ans dans la même boîte. Je mets quoi en premier ?",
    "comment supprimer les mauvaises herbes entre les pavés sans désherbant chimique ?",
    "Pourquoi les maisons à colombages en Alsace ont l'air de pencher ? C'est voulu ?",
    "Quel éclairage pour filmer des recettes dans ma cuisine ? Budget 100 € max.",
    "C'est quoi la double authentification et pourquoi ma mutuelle l'impose d'un coup ?",
    "Comment les arnaqueurs arrivent à afficher le vrai numéro de ma banque quand ils appellent ?",
    "Combien de temps faut-il garder ses fiches de paie et ses avis d'imposition, en général ?",
    "PEA ou assurance vie, c'est quoi la différence en gros ? je ne demande pas de conseil",
    "Fais-moi un planning de révision du bac de philo sur 3 semaines, 1 h par jour.",
    "dissertation : « Peut-on être libre sans les autres ? » tu me proposes un plan en 3 parties ?",
    "comment on dit « avoir le cafard » en anglais ?",
    "Quels sommets faciles dans les Écrins pour une première course en alpinisme avec guide ?",
    "Un carré de 5 cm de côté : si j'augmente le côté de 20 %, l'aire augmente de combien ?",
    "mon ado passe 6 h par jour sur TikTok, comment en parler sans que ça finisse en crise ?",
    "Comment a été construit le viaduc de Millau ? Les piles ont été montées comment ?",
    "idée de menu de Noël végétarien pour 10, dont 3 enfants difficiles",
    "C'est quoi un nuage lenticulaire ? On en a vu un énorme au-dessus du mont Blanc hier.",
    "étudiante en 1re année d'archi, je dois faire ma première maquette en carton. des conseils "
    "pour pas galérer ?",
    "Comment les peintres de la Renaissance ont-ils inventé la perspective ? Brunelleschi, "
    "c'est lui ?",
    "Tu peux me résumer la Commune de Paris en 5 points ? C'est pour un devoir à rendre lundi.",
    "« je vous saurais gré » ou « je vous serais gré » ? je doute à chaque courrier",
    "pourquoi la mer est salée mais pas les rivières qui s'y jettent ?",
    "Comment marche la retraite par répartition, en deux mots ?",
    _s(
        "ajoute une colonne statut dans ma table commandes, migration Doctrine",
        '```php\npublic function up(Schema $schema): void\n{\n    $this->addSql("ALTER TABLE '
        "commandes ADD statut VARCHAR(20) DEFAULT 'nouvelle' NOT NULL\");\n}\n```",
        "merci. hors sujet : une idée de cadeau pour les 60 ans de mon père ? il fait du vélo",
    ),
    _s(
        "mes normales ont l'air inversées dans mon shader GLSL, l'éclairage est à l'envers",
        "Vérifie que tu transformes les normales avec la normalMatrix et pas la modelMatrix, et "
        "normalise-les dans le fragment shader. Si la géométrie a un ordre de sommets inversé, "
        "`gl_FrontFacing` permet de les retourner.",
        "ok réglé. question dessin cette fois : comment on place les ombres sur une sphère au "
        "crayon ?",
    ),
    _s(
        "faut-il un bus d'événements entre la facturation et le stock ?",
        "Si la facturation peut suivre avec un léger décalage, oui : le stock publie les "
        "mouvements, la facturation les consomme. Prévois l'idempotence et un schéma "
        "d'événements versionné.",
        "ok je verrai demain. t'as une recette de gratin dauphinois sans crème ?",
    ),
    _s(
        "combien de temps à pied de Paris au Mont-Saint-Michel ?",
        "Environ 360 km, donc une quinzaine de jours à raison de 25 km par jour.",
        "et à vélo ?",
    ),
    _s(
        "explique-moi l'effet de serre",
        "Certains gaz de l'atmosphère laissent passer la lumière du Soleil mais retiennent une "
        "partie de la chaleur que la Terre renvoie, comme la vitre d'une serre.",
        "et pourquoi on dit que le méthane est pire que le CO2 ?",
    ),
    _s(
        "un prénom pour un chiot berger australien ?",
        "Nova, Pixel, Maya, Gaspard, Oslo, Tempête.",
        "plutôt des noms de fromages, c'est plus drôle",
    ),
    _s(
        "c'est quoi le tiers payant ? je dois avancer les frais chez le kiné ?",
        system="Tu es l'assistant de la mutuelle Solidaris Santé. Réponds aux questions "
        "générales sur les remboursements ; pour un dossier personnel, oriente vers un "
        "conseiller.",
    ),
    _s("au fait, la loi de Moore, elle tient encore ? simple curiosité", system=_IDE),
    _s(
        "je peux emprunter combien de livres à la fois ? et les BD comptent ?",
        system="Tu es l'assistant virtuel de la médiathèque municipale de Quimper. Réponds "
        "brièvement et aimablement.",
    ),
    _s(
        "courir à jeun le matin, bonne ou mauvaise idée ?",
        system="Tu es un coach sportif virtuel. Donne des conseils généraux et prudents.",
    ),
]

_B3_ES: list[Entry] = [
    "¿algún truco para aprenderse la tabla del 7? mi hija se atasca siempre en 7x8",
    "¿Cuántos jugadores puede tener como máximo la plantilla de un equipo de LaLiga?",
    "¿Por qué emigraron tantos gallegos a Argentina y a Cuba a principios del siglo XX?",
    "Mi hijo tiene que hacer un esquema de la Revolución Industrial para 1º de bachillerato. "
    "¿Cómo lo estructuro?",
    "¿cuántas capas de pintura hacen falta para pasar una pared de azul marino a blanco?",
    "¿Qué es la malla curricular de una carrera? Lo he visto en la web de una universidad chilena.",
    "¿Para qué hace el estudio de arquitectura una maqueta física si ya tenemos los planos?",
    "¿cómo funciona Bizum por dentro? ¿me pueden robar si alguien sabe mi número?",
    "¿Cada cuánto conviene cambiar la contraseña del wifi de casa y cómo elijo una decente?",
    "¿qué diferencia hay entre un seguro a terceros ampliado y uno a todo riesgo?",
    "calcula el área de un hexágono regular de 4 cm de lado, paso a paso",
    "si tiro una moneda 10 veces, ¿es igual de probable sacar 5 caras que 10 caras? mi sobrino "
    "dice que sí",
    "¿Qué dicen las inscripciones que hay por todas las paredes de la Alhambra?",
    "¿Qué es el modelo 720 de Hacienda y quién tiene que presentarlo? En general.",
    "ideas para organizar una despensa pequeña por zonas, que siempre compro cosas repetidas",
    "¿qué significa ser un 'cuñado' en el humor español? se lo tengo que explicar a una amiga "
    "alemana",
    "¿cómo se dice 'tener mala leche' en inglés sin que suene literal?",
    "escribe un mensaje para el grupo de padres proponiendo un regalo conjunto para la profe",
    "¿Por qué el Puente de Vizcaya es Patrimonio de la Humanidad? Solo es un puente colgante, ¿no?",
    "¿cuántos días se tarda en hacer el Camino de Santiago desde Sarria andando?",
    "¿es verdad que los gatos ven en la oscuridad total?",
    "¿qué son las cookies de las webs y por qué me piden aceptarlas en todas las páginas?",
    "¿Cómo se vuelve a encender la red eléctrica de todo un país después de un apagón general?",
    "frases para la carta de baja voluntaria que queden elegantes, me voy a buenas",
    "¿cómo se dibuja un cubo en perspectiva isométrica? tengo examen de dibujo técnico en la ESO",
    "¿qué tamaño de maceta necesita un limonero en un balcón orientado al sur?",
    "¿Por qué se dice que el Guernica es un cuadro político? ¿Qué significan el toro y el caballo?",
    "resúmeme 'Cien años de soledad' sin destriparme el final",
    "receta de salmorejo para un amigo celíaco, ¿vale con pan sin gluten o cambia mucho?",
    "¿qué son los intereses de demora de Hacienda y cómo se calculan, más o menos?",
    "¿Por qué los aviones no vuelan en línea recta en el mapa de Madrid a Nueva York?",
    "Ponme un problema de regla de tres compuesta con su solución, para practicar",
    _s(
        "¿cómo añado una columna 'activo' a la tabla usuarios con una migración de Django?",
        "Añade `activo = models.BooleanField(default=True)` al modelo y ejecuta `python "
        "manage.py makemigrations` y luego `python manage.py migrate`.",
        "gracias. otra cosa, ¿me recomiendas un podcast de historia en español?",
    ),
    _s(
        "en react-three-fiber, ¿cómo hago que la cámara siga al personaje?",
        "En un `useFrame`, interpola la posición de la cámara hacia un punto detrás del "
        "personaje con `camera.position.lerp(objetivo, 0.1)` y llama a `camera.lookAt` con la "
        "posición del personaje.",
        "listo, va fino. pregunta de cine: ¿cómo se rodaban los travellings antes de los drones?",
    ),
    _s(
        "¿tiene sentido sacar la búsqueda a un servicio propio con Elasticsearch?",
        "Si la búsqueda tiene su propio ritmo de cambios y carga, sí: indexas a partir de "
        "eventos del servicio principal y aceptas algo de retraso en los resultados.",
        "vale. cambiando de tercio: ¿qué vino llevo a una comida de cocido madrileño?",
    ),
    _s(
        "¿cuántos habitantes tiene Uruguay?",
        "Unos 3,4 millones.",
        "¿y cuántos viven en Montevideo?",
    ),
    _s(
        "¿qué es la inflación subyacente?",
        "Es la inflación sin contar los alimentos no elaborados ni la energía, que son los "
        "precios que más suben y bajan de un mes a otro.",
        "¿y por qué a veces baja la general y sube la subyacente?",
    ),
    _s(
        "hazme un haiku sobre los lunes",
        "Suena el despertador,\nel café aún dormido,\nlunes sin piedad.",
        "ahora uno del viernes, más optimista",
    ),
    _s(
        "¿cuántas preguntas puedo fallar en el examen teórico?",
        system="Eres el asistente virtual de la Autoescuela Arco Iris. Responde dudas generales "
        "sobre el carnet de conducir de forma breve.",
    ),
    _s("curiosidad: ¿por qué el primer programa siempre es un 'hola mundo'?", system=_AGENT),
    _s(
        "¿es malo entrenar con agujetas?",
        system="Eres el asistente de la cadena de gimnasios FitBarrio. Da consejos generales y "
        "recomienda consultar a un profesional si hay dolor fuerte.",
    ),
    _s(
        "¿por qué hay volcanes en Canarias si no están en el borde de ninguna placa?",
        system="Eres el guía virtual del Museo de la Ciencia de Valladolid. Explica con "
        "sencillez y entusiasmo, para todas las edades.",
    ),
]

_B3_KO: list[Entry] = [
    "통계에서 분산이랑 표준편차 차이가 뭐예요? 수행평가 때문에 급해요",
    "30평대 아파트 거실 조명 어떻게 배치해야 아늑해 보여요? 지금은 천장등 하나뿐이에요",
    "전단지 배포 알바 처음 하는데 주의할 점 있을까요?",
    "현관 도어락 건전지가 다 되면 밖에서 어떻게 열어요?",
    "단독주택 설계할 때 남향이 좋다는 이유가 뭐예요? 땅 보러 다니는 중이에요",
    "일제강점기에 사람들이 간도나 연해주로 많이 이주한 이유가 뭐예요?",
    "엑셀 말고 노트에 손으로 가계부 표 만드는 방법 추천해 주세요",
    "카드 52장에서 2장을 뽑을 때 둘 다 같은 무늬일 확률 어떻게 구해요?",
    "∫x·e^x dx 부분적분으로 푸는 과정 좀 알려주세요",
    "'되'랑 '돼' 구분하는 쉬운 방법 있어요? 맨날 틀려요",
    "비밀번호 주기적으로 바꾸라는 거 요즘은 오히려 안 좋다던데 진짜예요?",
    "3D펜으로 초등학생이 에펠탑 만들기 어려워요? 조카 선물로 살까 해서요",
    "집들이 선물 5만 원 이하로 뭐가 좋을까요? 신혼부부예요",
    "퇴사한다고 팀장님한테 말할 때 뭐라고 시작해야 덜 어색할까요?",
    "콘크리트는 왜 시간이 지날수록 더 단단해져요?",
    "김장할 때 배추 몇 시간 절여야 돼요? 겨울이라 기온이 낮아요",
    "블록체인을 코드 없이 비유로 설명해 줄 수 있어요?",
    "해외 직구할 때 관부가세 붙는 기준이 대략 어떻게 돼요?",
    "전세랑 월세 중에 사회초년생한테 뭐가 더 나아요? 일반론으로요",
    "한국사능력검정시험 심화 3주 공부 계획 짜 주세요. 하루 2시간 가능해요",
    "그리스 신전 기둥 양식 도리아식, 이오니아식, 코린트식 차이 알려 주세요",
    "고층 빌딩은 지진 나면 일부러 흔들리게 설계한다던데 왜 그래요?",
    "사진 찍을 때 35mm랑 50mm 화각 차이가 뭐예요? 여행용 단렌즈 하나 사려고요",
    "미스터리 소설 첫 문장 써 줘요. 배경은 새벽 부산 항구",
    "주식 처음인데 분산 투자가 왜 중요하다는 거예요?",
    "한글(hwp) 문서에서 목차 자동으로 만드는 법 알려주세요. 졸업 논문 쓰는 중이에요",
    "지구는 둥근데 지도는 어떻게 평평하게 그려요? 메르카토르 도법이 뭐예요?",
    "층간소음 때문에 윗집에 쪽지 남기고 싶은데 기분 안 나쁘게 써 주세요",
    "수학 문제: 연속하는 세 짝수의 합이 78이면 가장 큰 수는?",
    "공복에 유산소 하면 살이 더 잘 빠진다는 게 사실이에요?",
    "조선 왕릉은 왜 다 서울 근처에 있어요?",
    "공인인증서 없어지고 나서 다들 뭘로 로그인해요? 부모님께 설명해 드려야 해서요",
    _s(
        "JPA로 게시글 삭제 API 만들어 줘",
        '```java\n@DeleteMapping("/posts/{id}")\npublic ResponseEntity<Void> delete(@PathVariable '
        "Long id) {\n    postRepository.deleteById(id);\n    return "
        "ResponseEntity.noContent().build();\n}\n```",
        "고마워. 이제 퇴근할래… 오늘 비 온다는데 파전 반죽 비율 알려줘",
    ),
    _s(
        "분산 락이 필요 없는 설계는?",
        "작업을 키 기준으로 파티셔닝해서 한 키는 항상 한 워커만 처리하게 하거나, DB의 조건부 "
        "업데이트(낙관적 잠금)로 충돌을 감지하면 분산 락 없이도 됩니다.",
        "이해했어요. 근데 통계에서 말하는 분산이랑은 완전 다른 거죠? 그 분산은 뭐예요?",
    ),
    _s(
        "셰이더에서 노이즈로 구름 만들려면 어떻게 해요?",
        "fbm(프랙탈 브라운 운동)으로 여러 옥타브의 노이즈를 더하고, 그 값을 알파로 써서 하늘색 "
        "위에 흰색을 섞으면 됩니다. 시간에 따라 좌표를 이동시키면 구름이 흘러가요.",
        "오 됐다. 근데 진짜 하늘에 있는 구름 종류는 몇 가지예요?",
    ),
    _s(
        "서울 근교 당일치기 어디가 좋아요?",
        "가평 쁘띠프랑스와 남이섬, 양평 두물머리, 수원 화성 같은 곳이 인기가 많아요.",
        "차 없으면요?",
    ),
    _s(
        "'눈치'를 영어로 어떻게 설명해요?",
        "딱 맞는 단어는 없지만 'reading the room'이나 'picking up on social cues'가 가장 가까워요.",
        "예문도 하나 들어 줘요",
    ),
    _s(
        "책 반납 늦으면 어떻게 돼요?",
        system="당신은 시립도서관 안내 챗봇입니다. 대출과 반납에 관한 질문에 친절하게 답하세요.",
    ),
    _s("근데 객체지향이 정확히 뭐예요? 코드 말고 개념만요", system=_IDE),
    _s(
        "하체 운동하고 근육통 있는데 또 운동해도 돼요?",
        system="당신은 피트니스 센터 '바디업'의 PT 예약 도우미입니다. 일반적인 운동 조언만 하세요.",
    ),
    _s(
        "전세 계약 전에 등기부등본에서 뭘 확인해야 돼요? 일반적으로요",
        system="당신은 부동산 정보 앱의 안내 도우미입니다. 일반적인 정보를 제공하고, 개별 "
        "계약은 전문가 상담을 권하세요.",
    ),
]

_B3_IT: list[Entry] = [
    "Come si legge la tabella nutrizionale di un prodotto? Cosa devo guardare per primo?",
    "come si sviluppa un rullino in bianco e nero a casa? cosa mi serve per iniziare?",
    "Che misura di chiave inglese serve di solito per il sifone del lavandino?",
    "Per il cambio di residenza che modulo si compila e quali documenti servono, in generale?",
    "Perché tanti italiani emigrarono in Belgio nel dopoguerra? Cosa successe a Marcinelle?",
    "Cosa si decise al vertice di Yalta, in parole semplici?",
    "come si cancella una prenotazione Trenitalia e quanto rimborsano?",
    "cos'è lo SPID e perché adesso serve per qualsiasi cosa?",
    "Perché non dovrei usare la stessa password per la mail e per l'home banking? Cosa rischio "
    "in pratica?",
    "come si disegna un volto di tre quarti? le proporzioni mi vengono sempre storte",
    "in una classe di 25 persone che probabilità c'è che due compiano gli anni lo stesso giorno?",
    "calcola il limite di sin(x)/x per x che tende a 0 e spiegami perché viene 1",
    "Perché i trulli di Alberobello hanno il tetto a cono? Come sono costruiti senza malta?",
    "Come funziona il 730 precompilato, in due parole? Primo anno che lo faccio da solo.",
    "ricetta del brodo per i tortellini come lo fanno in Emilia, con che carni?",
    "Cos'è l'Ecobonus e vale anche per sostituire gli infissi? Parlo in generale.",
    "consigli per salire sul Gran Sasso dalla via normale, da principiante?",
    "cosa vuol dire 'fare la scarpetta'? un amico tedesco me l'ha chiesto e non sapevo spiegarlo",
    "Scrivimi un messaggio di scuse per aver dimenticato il compleanno della mia migliore amica",
    "Come spiego le frazioni equivalenti a mio figlio di 10 anni usando la pizza?",
    "dove si vedono i fenicotteri in Sardegna e in che mese conviene andare?",
    "Il geometra mi ha mandato il 'render' della casa ristrutturata: è una foto ritoccata o un "
    "disegno? Quanto ci si può fidare?",
    "Per lavorare in Irlanda basta un inglese B2 o serve di più?",
    "Che differenza c'è tra olio extravergine e olio d'oliva normale? Conviene spendere di più?",
    "Riassumimi 'I Promessi Sposi' in 10 righe, ripasso veloce prima dell'interrogazione",
    "Perché in Italia ci sono così tanti dialetti diversi, anche tra paesi vicini?",
    "Multa dell'autovelox: in generale quanti giorni ho per pagarla con lo sconto?",
    "che differenza c'è tra un affresco e un dipinto a tempera?",
    "Un rettangolo ha perimetro 36 cm e un lato è il doppio dell'altro: quanto vale l'area?",
    "come si dice 'meglio tardi che mai' in francese?",
    "Perché il cielo di Venezia nei quadri di Canaletto sembra così preciso? Usava strumenti?",
    "in genere quanto ci si mette ad abituarsi a dormire con la maschera CPAP? curiosità",
    _s(
        "scrivi un test con pytest per la funzione calcola_iva",
        "```python\ndef test_calcola_iva():\n    assert calcola_iva(100, 0.22) == "
        "pytest.approx(122.0)\n    assert calcola_iva(0, 0.22) == 0\n```",
        "grazie! domanda a parte: che differenza c'è tra prosecco e spumante?",
    ),
    _s(
        "come faccio un effetto acqua con uno shader in three.js?",
        "Parti da un piano con uno ShaderMaterial: nel vertex shader sposta i vertici con "
        "qualche sinusoide nel tempo, nel fragment mescola il colore con una normal map che "
        "scorre e aggiungi un riflesso di Fresnel.",
        "ok funziona. ora la domanda vera: come si dipinge l'acqua ad acquerello senza che "
        "diventi una pozzanghera marrone?",
    ),
    _s(
        "conviene il CQRS per il nostro gestionale interno?",
        "Probabilmente no, a meno che letture e scritture abbiano carichi e modelli molto "
        "diversi. Per un gestionale di solito basta un modello unico con qualche vista "
        "ottimizzata per i report.",
        "ci ragiono. intanto consigliami un film per stasera, commedia italiana anni '60",
    ),
    _s(
        "quanti abitanti ha Bologna?",
        "Circa 390.000 nel comune.",
        "e con la città metropolitana?",
    ),
    _s(
        "cos'è la deriva dei continenti?",
        "È il lento spostamento delle placche su cui poggiano i continenti, pochi centimetri "
        "all'anno, spinte dai moti del mantello.",
        "quindi fra qualche milione di anni l'Italia andrà a sbattere contro qualcosa?",
    ),
    _s(
        "scrivi due righe per invitare i colleghi all'aperitivo di venerdì",
        "Venerdì alle 18:30 aperitivo al bar sotto l'ufficio: si brinda alla fine della "
        "settimana, nessuna riunione ammessa!",
        "più ironico",
    ),
    _s(
        "serve il passaporto per andare in Albania o basta la carta d'identità?",
        system="Sei l'assistente dell'agenzia di viaggi Mare Nostrum. Rispondi in modo chiaro e "
        "ricorda di verificare sempre i requisiti aggiornati.",
    ),
    _s("domanda da ignorante: cos'è esattamente un 'framework'? niente codice", system=_IDE),
    _s(
        "come si fa l'analisi logica di 'Roma caput mundi'?",
        system="Sei un tutor di latino paziente per studenti del liceo.",
    ),
    _s(
        "come si richiede la carta d'identità elettronica? cosa devo portare?",
        system="Sei l'assistente virtuale dei servizi demografici del Comune di Parma. Fornisci "
        "informazioni generali e rimanda agli uffici per i casi particolari.",
    ),
]

_B3_DE: list[Entry] = [
    "Wie berechne ich den Abstand eines Punktes von einer Ebene? Schreibe morgen Mathe-Klausur.",
    "Welche Knoten sollte man für den Sportbootführerschein See unbedingt können?",
    "Wie stellt man sich bei Schichtarbeit am besten von Früh- auf Nachtschicht um?",
    "Der Schlüsseldienst will 300 € fürs Türöffnen am Sonntag. Ist das normal? Ganz allgemein "
    "gefragt.",
    "Was bedeutet 'Migrationshintergrund' in der Statistik eigentlich genau?",
    "Wieso zeigt die Bundesliga-Tabelle bei Punktgleichheit erst die Tordifferenz und nicht den "
    "direkten Vergleich?",
    _s(
        "wie füge ich in Prisma ein neues Feld hinzu und migriere die DB?",
        "Ergänze das Feld im `schema.prisma`, z. B. `aktiv Boolean @default(true)`, und führe "
        "dann `npx prisma migrate dev --name aktiv-feld` aus.",
        "danke. ganz was anderes: was ist der Unterschied zwischen Hefeteig und Quark-Öl-Teig?",
    ),
    _s(
        "Wie hoch ist die Zugspitze?",
        "2.962 Meter.",
        "und kommt man da auch ohne Seilbahn hoch, als normaler Wanderer?",
    ),
    _s(
        "Kann ich ausgeliehene E-Books auch auf meinem Kindle lesen?",
        system="Du bist der Chatbot der Stadtbibliothek Bremen. Antworte kurz und freundlich.",
    ),
]

_B3_ZH: list[Entry] = [
    "作文里“渲染气氛”是什么意思？老师说我开头渲染得不够",
    "第一次参加数学建模比赛，三个人一组，一般怎么分工？",
    "历史上“闯关东”这种大规模人口迁移是怎么发生的？",
    "素描画球体的明暗交界线总是画得很脏，有什么技巧吗？",
    "公文里“部署”和“布置”有什么区别？写通知老是用混",
    "微信和支付宝的小额免密支付安全吗？要不要关掉",
    _s(
        "用Go写个接口，从MySQL查订单列表并分页",
        "```go\nfunc ListOrders(db *sql.DB, page, size int) ([]Order, error) {\n    rows, err := "
        'db.Query("SELECT id, amount FROM orders ORDER BY id LIMIT ? OFFSET ?", size, '
        "(page-1)*size)\n    // ...\n}\n```",
        "好的谢谢。问个生活问题，新房装修完一般多久能入住？甲醛怎么散得快？",
    ),
    _s(
        "一光年是多远？",
        "大约9.46万亿公里，也就是光在一年里走过的距离。",
        "那离我们最近的恒星有几光年？",
    ),
    _s(
        "定期存款提前支取的话利息一般怎么算？说个通用规则就行",
        system="你是某商业银行的智能客服，只解答通用的业务规则问题，不索取任何个人信息。",
    ),
    _s(
        "我们的缓存和数据库总是不一致，该怎么设计更新策略？",
        "常见做法是先更新数据库再删除缓存，配合较短的过期时间；对一致性要求高的场景可以订阅"
        "binlog异步删缓存，并加重试。",
        "明白了，明天再改。先问个别的：端午节为什么要赛龙舟？",
    ),
]

_B3_JA: list[Entry] = [
    "地方移住を考えています。自治体の支援制度にはどんなものがあるか、一般的に教えてください",
    "木造住宅の耐震等級3って、2と比べて何が違うんですか？来年家を建てる予定です",
    "デッサンでリンゴを描くとき、影の付け方のコツを教えてください",
    "スマートロックって空き巣に狙われやすくないですか？仕組みが知りたいです",
    "ナイフとフォークの置き方で「食事中」と「食べ終わり」はどう違うんでしたっけ？",
    "三角関数の加法定理、何かいい覚え方ありますか？毎回テストで忘れます",
    _s(
        "Next.jsでお問い合わせフォームのAPIルート作って",
        "```ts\nexport async function POST(req: Request) {\n  const { name, email, message } = "
        "await req.json();\n  await saveInquiry({ name, email, message });\n  return "
        "Response.json({ ok: true });\n}\n```",
        "ありがとう。全然関係ないけど、梅干しって家で漬けられる？",
    ),
    _s(
        "日本で一番長い川は？",
        "信濃川で、全長367kmです。",
        "流域面積だとどこが一番？",
    ),
    _s(
        "粗大ごみってどうやって出せばいいですか？一般的な流れを教えてください",
        system="あなたは区役所の案内チャットボットです。手続きの一般的な流れを簡潔に案内して"
        "ください。",
    ),
    _s(
        "three.jsでモデルの輪郭線を出したい",
        "OutlinePassを使うのが手軽です。EffectComposerにRenderPassとOutlinePassを追加し、"
        "selectedObjectsに対象のメッシュを入れてください。",
        "できました！ところで、漫画の背景でよく見る集中線ってどうやって描くんですか？",
    ),
]

_B3: tuple[tuple[str, list[Entry]], ...] = (
    ("ru", _B3_RU),
    ("pt", _B3_PT),
    ("fr", _B3_FR),
    ("es", _B3_ES),
    ("ko", _B3_KO),
    ("it", _B3_IT),
    ("de", _B3_DE),
    ("zh", _B3_ZH),
    ("ja", _B3_JA),
)


def _third_batch() -> Iterator[Example]:
    for lang, entries in _B3:
        for number, entry in enumerate(entries, 1):
            turns, system = ((entry,), None) if isinstance(entry, str) else entry
            yield chat(LABEL, lang, f"general/b3/{lang}/{number:03d}", *turns, system=system)


# --- Fourth batch: short conceptual questions, one group each ("general/b4/<lang>/<nnn>") ---

_B4_FR: list[Entry] = [
    "à quoi sert le ménisque dans le genou ?",
    "c'est quoi un effet de levier en bourse ? juste le principe",
    "pourquoi les feuilles rougissent en automne ?",
    "quelle différence entre un taux fixe et un taux variable pour un crédit immo ?",
    "c'est quoi la cascade trophique ? on en parle dans un docu sur les loups",
    "pourquoi le pain rassis durcit alors que les biscuits ramollissent ?",
    "c'est quoi le subjonctif, et pourquoi on dit « bien qu'il soit » ?",
    "à quoi sert la TVA, concrètement ?",
    "quelle est la différence entre météo et climat ?",
    "c'est quoi un oxymore ? un exemple simple",
    "pourquoi on a des crampes la nuit ?",
    "c'est quoi le taux d'usure ?",
    "quand est-ce qu'on utilise « dont » et quand « duquel » ?",
    "différence entre un décret et une loi ?",
    "à quoi sert la rate ? on peut vivre sans ?",
    "pourquoi les chats ronronnent ?",
    "c'est quoi une migration pendulaire ? j'ai vu ça en géo",
    "c'est quoi la différence entre la pâte brisée et la pâte sablée ?",
    "pourquoi la glace flotte alors que c'est de l'eau ?",
    "le « réseau » électrique européen, il est interconnecté comment ?",
    "c'est quoi un index boursier, genre le CAC 40 ?",
    "pourquoi on dit que le français a un « e muet » ?",
    "qu'est-ce qu'un syndic de copropriété fait exactement ?",
    "c'est quoi la différence entre Renaissance et baroque en peinture ?",
    "pourquoi le sucre fait gonfler la pâte à pain ?",
    "à quoi sert le bouton « eco » sur le lave-vaisselle ? ça lave moins bien ?",
    "c'est quoi une dent de sagesse incluse ?",
    "différence entre « apporter » et « amener » ?",
    "pourquoi le vin rouge se sert chambré et pas le blanc ?",
    "c'est quoi une obligation d'État ? en deux phrases",
    "pourquoi les astronautes grandissent dans l'espace ?",
    "que signifient les trois couleurs du drapeau français ?",
    "c'est quoi un rendu de fin d'études en école d'archi ? ma nièce stresse",
]

_B4_PT: list[Entry] = [
    "o que é spread bancário?",
    "pra que serve o baço?",
    "por que o pão de fermentação natural dura mais?",
    "qual a diferença entre crase e acento agudo?",
    "o que é mais-valia pro Marx, resumindo?",
    "por que a gente boceja quando vê alguém bocejar?",
    "o que é um fundo imobiliário? só o conceito",
    "qual a diferença entre sorvete e gelato?",
    "por que o céu fica laranja no pôr do sol?",
    "o que é a Selic e por que ela mexe com tudo?",
    "quando usar 'porque', 'por que', 'porquê' e 'por quê'?",
    "o que é cascata trófica? caiu na prova de bio",
    "pra que serve o glúten na massa do pão?",
    "qual a diferença entre arquitetura colonial e barroca em Ouro Preto?",
    "o que é o índice de massa corporal e por que dizem que ele engana?",
    "por que a água do mar é salgada?",
    "o que é um mandado de segurança?",
    "qual a diferença entre usucapião e posse?",
    "por que as baleias cantam?",
    "o que é cashback, na prática? é dinheiro de verdade?",
    "por que o feijão dá gases?",
    "o que quer dizer que a picanha 'rende' mais? meu tio vive falando isso no churrasco",
    "qual a diferença entre pronome oblíquo átono e tônico?",
    "por que o Brasil tem tantos fusos horários?",
    "o que é uma franquia de seguro de carro?",
    "pra que serve o tendão de Aquiles?",
    "o que é o efeito Dunning-Kruger?",
    "por que o leite ferve e derrama mas a água não?",
    "qual a diferença entre vírus e bactéria no caso da gripe e da amigdalite?",
    "o que é um 'backup' de fotos na nuvem? meu avô perguntou e eu não soube explicar",
    "por que os gatos caem sempre de pé?",
    "o que é o fenômeno El Niño?",
    "qual a diferença entre escultura em relevo e escultura de vulto?",
]

_B4_IT: list[Entry] = [
    "cos'è il congiuntivo e quando si usa davvero?",
    "perché il pane toscano è senza sale?",
    "a cosa serve la milza?",
    "che differenza c'è tra mutuo a tasso fisso e variabile?",
    "perché le foglie cadono in autunno?",
    "cos'è un ETF, in parole povere?",
    "perché il mare è salato e i laghi no?",
    "che differenza c'è tra barocco e rococò?",
    "cos'è la transumanza? l'ho sentita al telegiornale",
    "perché la pasta va salata quando l'acqua bolle e non prima?",
    "cos'è l'ISEE e a cosa serve?",
    "perché i gatti fanno le fusa?",
    "che differenza c'è tra 'ne' e 'né'?",
    "perché la luna a volte si vede di giorno?",
    "cos'è un'ipoteca, spiegato semplice?",
    "che differenza c'è tra tenore e baritono?",
    "perché il risotto non si sciacqua come il riso basmati?",
    "cos'è la prescrizione di un reato?",
    "perché si dice 'rendering' anche per i disegni delle case? cosa si intende?",
    "a cosa servono le tonsille?",
    "che differenza c'è tra gelato e sorbetto?",
    "cos'è il bias di sopravvivenza?",
    "perché la Torre di Pisa non è mai crollata?",
    "cos'è il mercato tutelato dell'energia e perché sta finendo?",
    "perché il vino rosso si fa respirare?",
    "che cos'è un sonetto? quanti versi ha?",
    "perché le api fanno le celle esagonali?",
    "che differenza c'è tra Comune e Provincia?",
    "cos'è lo 'schema' in psicologia? lo dice sempre la mia prof",
    "perché i dinosauri si sono estinti?",
    "che differenza c'è tra dolcificante e zucchero di canna per la glicemia?",
    "cos'è un crowdfunding, in due righe?",
    "perché lo yogurt fa bene all'intestino?",
]

_B4_KO: list[Entry] = [
    "적금이랑 CMA 차이가 뭐예요?",
    "단풍은 왜 빨갛게 들어요?",
    "김치는 왜 익으면 시어져요?",
    "'안'이랑 '않' 언제 써요?",
    "간은 무슨 일을 해요?",
    "환율이 오르면 왜 수입 물가가 올라요?",
    "철새는 왜 V자로 날아가요?",
    "고려청자랑 조선백자 차이가 뭐예요?",
    "전세 사기는 왜 생기는 거예요? 구조만 궁금해요",
    "라면 끓일 때 면을 먼저 넣어요, 스프 먼저 넣어요? 이유도요",
    "기준금리가 뭐예요? 뉴스 볼 때마다 나와서요",
    "'로서'랑 '로써' 차이 알려주세요",
    "밤에 왜 다리에 쥐가 나요?",
    "한옥 처마가 길게 나와 있는 이유가 뭐예요?",
    "블랙홀은 왜 빛도 못 빠져나와요?",
    "ISA 계좌가 뭐예요? 장점만 간단히",
    "국민연금은 왜 나중에 고갈된다고 해요?",
    "비빔밥이 원래 제사 음식이었다는 게 사실이에요?",
    "커피 마시면 왜 화장실에 가고 싶어요?",
    "판소리랑 창극 차이가 뭐예요?",
    "고양이는 왜 상자를 좋아해요?",
    "존댓말에서 '-시-'는 언제 붙여요?",
    "무릎 연골은 한번 닳으면 다시 안 생겨요?",
    "실손보험이랑 정액보험 차이가 뭐예요?",
    "왜 겨울에 정전기가 더 심해요?",
    "서울 지하철 노선 색깔은 어떻게 정해진 거예요?",
    "'렌더링'이 건축 설계 사무소에서는 무슨 뜻이에요? 알바 공고에 있어서요",
    "미세먼지랑 초미세먼지 차이가 뭐예요?",
    "조선시대 과거 시험은 어떻게 봤어요?",
    "왜 바닷물은 파랗게 보여요?",
    "청약 가점은 어떻게 매겨져요? 대략만요",
    "소나기랑 장마 차이가 뭐예요?",
    "왜 양파 썰 때 눈물이 나요? 냉장고에 넣어 두면 덜해요?",
]

_B4_RU: list[Entry] = [
    "что такое ипотека с господдержкой, в двух словах?",
    "зачем нужна селезёнка?",
    "почему листья желтеют осенью?",
    "чем отличается вклад от накопительного счёта?",
    "что такое деепричастный оборот и когда он выделяется запятыми?",
    "почему хлеб черствеет?",
    "в чём разница между барокко и классицизмом?",
    "что такое кворум на собрании собственников?",
    "почему у кошек вертикальные зрачки?",
    "что такое инфляция спроса и инфляция издержек?",
    "почему в самолёте закладывает уши?",
    "чем отличается «одел» от «надел», я опять путаю",
    "что такое ключевая ставка простыми словами",
    "почему в Сибири такая континентальная зима?",
    "что значит «миграция лососей» и зачем они идут вверх по реке?",
    "чем отличается пельмень от вареника, кроме начинки?",
    "что такое налоговый резидент?",
    "почему Пизанская башня наклонилась?",
    "что такое «транзакция» в обычном банке? это перевод или покупка?",
    "зачем нужен мениск в колене?",
    "чем отличается сонет от оды?",
    "почему нельзя смешивать хлорку и средство для унитаза?",
    "что такое ОФЗ и почему их называют надёжными?",
    "почему молния бьёт в высокие деревья?",
    "в чём разница между ямбом и хореем?",
    "почему у людей разный цвет глаз?",
    "что такое «каскадный» водопад? видел на табличке в парке",
    "почему гречку в Европе почти не едят?",
    "что такое аннуитетный платёж?",
    "почему кофе бодрит?",
    "чем отличается модерн от конструктивизма в архитектуре?",
    "почему на Луне нет атмосферы?",
    "что такое кэшбэк и откуда банк берёт на него деньги?",
]

_B4_ES: list[Entry] = [
    "¿qué es el Euríbor y por qué sube mi hipoteca?",
    "¿para qué sirve el bazo?",
    "¿por qué las hojas cambian de color en otoño?",
    "¿qué diferencia hay entre 'porque', 'por qué' y 'porqué'?",
    "¿qué es un acto administrativo?",
    "¿por qué el pan se pone duro?",
    "¿en qué se diferencia el barroco del neoclásico?",
    "¿qué es la trashumancia y por qué las ovejas cruzan Madrid?",
    "¿por qué los gatos ronronean?",
    "¿qué es la cuota de autónomos y cómo se calcula más o menos?",
    "¿qué es un plan de pensiones y en qué se diferencia de un fondo?",
    "¿por qué se nos taponan los oídos en el avión?",
    "¿qué es el leísmo? ¿está mal decir 'le vi'?",
    "¿por qué el aceite y el agua no se mezclan?",
    "¿qué diferencia hay entre tapas y pinchos?",
    "¿qué es un bono del Estado?",
    "¿por qué hay mareas?",
    "¿qué es el 'render' que me ha enviado el arquitecto? ¿es una foto?",
    "¿para qué sirve el menisco?",
    "¿qué es el IPC subyacente?",
    "¿qué diferencia hay entre un soneto y un romance?",
    "¿por qué la paella no se remueve?",
    "¿qué es una cascada de la señal en biología? me sale en el temario de bachillerato",
    "¿cuándo se usa 'sino' y cuándo 'si no'?",
    "¿qué es el síndrome del impostor?",
    "¿por qué Canarias tiene una hora menos?",
    "¿qué es el mudéjar? voy a Teruel el finde",
    "¿por qué el café me da sueño a veces en vez de despertarme?",
    "¿qué es el usufructo de una vivienda?",
    "¿por qué los flamencos se sostienen en una pata?",
    "¿en qué se diferencia un huracán de un tifón?",
    "¿qué es una transacción con tarjeta 'pendiente'? me sale en la app del banco",
    "¿por qué el jamón ibérico es tan caro?",
]

_B4_DE: list[Entry] = [
    "was ist der Unterschied zwischen Tagesgeld und Festgeld?",
    "warum färben sich Blätter im Herbst?",
    "wozu braucht man die Milz?",
    "was bedeutet Konjunktiv II, und wann nimmt man 'würde'?",
    "was ist eine Kaskade in einem Barockgarten?",
    "was ist eine Grundschuld, einfach erklärt?",
    "warum ist Bauhaus so berühmt?",
    "wieso wird Brot altbacken?",
    "was ist der Unterschied zwischen Gotik und Romanik, kurz?",
    "warum schnurren Katzen?",
]

_B4_ZH: list[Entry] = [
    "定投和一次性买入有什么区别？",
    "为什么秋天树叶会变红？",
    "脾脏是干什么用的？",
    "“的”“地”“得”到底怎么分？",
    "为什么面包放久了会变硬？",
    "LPR 是什么？为什么房贷利率跟着它变？",
    "候鸟迁徙为什么排成人字形？",
    "徽派建筑和苏州园林建筑有什么区别？",
    "为什么坐飞机耳朵会疼？",
    "七言绝句和七言律诗有什么区别？",
]

_B4_JA: list[Entry] = [
    "NISAとiDeCoの違いって何ですか？",
    "なんで紅葉って赤くなるの？",
    "脾臓って何のためにあるんですか？",
    "「は」と「が」の違いを簡単に教えて",
    "なんでパンは時間が経つと固くなるの？",
    "寝殿造と書院造の違いは？",
    "渡り鳥はなんで迷わずに帰ってこれるの？",
    "飛行機で耳が痛くなるのはなぜ？",
    "住宅ローンの固定金利と変動金利、何が違うの？",
    "俳句と川柳の違いってなに？",
]

_B4_EN: list[Entry] = [
    "what's the difference between a Roth IRA and a traditional IRA?",
    "why do leaves change colour in autumn?",
    "what does the spleen actually do?",
    "when do you use 'whom' instead of 'who'?",
    "why does bread go stale?",
    "what is a cascade failure in a power grid, in plain words?",
    "difference between Art Deco and Art Nouveau?",
    "why do cats purr?",
    "what is bounded rationality in economics?",
    "why do my ears pop on a plane?",
]

_B4: tuple[tuple[str, list[Entry]], ...] = (
    ("fr", _B4_FR),
    ("pt", _B4_PT),
    ("it", _B4_IT),
    ("ko", _B4_KO),
    ("ru", _B4_RU),
    ("es", _B4_ES),
    ("de", _B4_DE),
    ("zh", _B4_ZH),
    ("ja", _B4_JA),
    ("en", _B4_EN),
)


def _fourth_batch() -> Iterator[Example]:
    for lang, entries in _B4:
        for number, entry in enumerate(entries, 1):
            turns, system = ((entry,), None) if isinstance(entry, str) else entry
            yield chat(LABEL, lang, f"general/b4/{lang}/{number:03d}", *turns, system=system)
