"""Ninth batch of `architecture` examples (training only): hand-written, one group per example
("architecture/b9/<lang>/<digest>"). Messy real-world design asks: plain-worded questions from
owners and students about splitting, joining and scaling systems, short follow-ups in design chats,
asks under company and editor system prompts, and pasted configs, logs and design notes."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "architecture"

BY_LANG: dict[str, list[Item]] = {
    "en": [
        _u(
            "we have three shops and each one keeps its own stock list on its own computer. online orders sometimes sell something that's already gone in the store. how should this whole thing be set up so there's one truth?"
        ),
        _u(
            "what actually breaks first if our app goes from 2k to 200k daily users? we're one rails server and one postgres box"
        ),
        _u(
            "Should the notification sending be its own service or stay inside the main backend? It's email + push + SMS, about 40k messages a day, and the main app deploys 10 times a day."
        ),
        _u(
            "queue or direct http call between orders and invoicing? invoicing is slow and goes down on month end"
        ),
        _u(
            "I'm a product owner, not an engineer. The team says our 'big single app' needs to be split up before we can add the marketplace. What are the sensible pieces, and what order would you do it in?"
        ),
        _u(
            "how do big sites keep a shopping cart consistent when the user has it open on phone and laptop at the same time, at the design level"
        ),
        _u(
            "Our warehouse app, the accounting package and the webshop all have their own customer list. Every month someone reconciles them by hand in Excel. What's the proper way to connect these three so they stay in sync?"
        ),
        _u(
            "is it dumb to put a cache in front of our product catalog api if the prices change every few minutes? what would the layers look like"
        ),
        _u(
            "need to move our db from one big mysql to postgres without downtime. 600GB, 24/7 traffic. high level plan pls"
        ),
        _u(
            "We want users in Australia to stop complaining about slowness. Everything runs in Frankfurt. Do we copy the whole stack to Sydney or just some parts? What about the database?"
        ),
        _u(
            "build vs buy for search: elasticsearch ourselves or algolia? 3 devs, 2M products, faceted search, budget is tight"
        ),
        _u(
            "uni project: we must design a ride sharing backend (drivers, riders, matching, payments). Which components would you draw on the diagram and how do they talk to each other?"
        ),
        _u(
            "event sourcing for a small invoicing product — overkill or not? what would the parts be if we did it"
        ),
        _u(
            "where should file uploads live if we go from one server to four behind a load balancer? right now they go to /var/uploads"
        ),
        _m(
            "We run a booking site for yoga studios. Everything is one Django app. Bookings, payments, the studio dashboards, emails.",
            "That's a normal starting point. Before splitting anything, I'd look at what actually hurts: deploy coupling, scaling hotspots, or team ownership. Common first cuts for a booking product are: (1) notifications/emails as an async worker fed by a queue, (2) payments behind a narrow internal interface, (3) reporting reading from a replica instead of the main DB. Bookings and availability usually stay together because they need strong consistency.",
            "and if two people grab the last spot at the same second?",
        ),
        _m(
            "how should I structure caching for a news site? articles change rarely, comments constantly",
            "Split by volatility: put article pages behind a CDN with long TTLs and purge on publish; keep comments out of the cached HTML and load them from an API with a short TTL (or no cache) and an in-memory cache like Redis for hot threads. Invalidate by article ID when an editor saves.",
            "what happens when a big story breaks and the cache is cold",
        ),
        _m(
            "We're splitting our monolith into services: users, catalog, orders, payments. Do they share one database or get one each?",
            "One database per service is the usual goal, so each team can change its schema without breaking others. In practice you can start with separate schemas in the same Postgres instance, with a rule that no service reads another's tables. Cross-service data goes through APIs or events.",
            "ok but reporting needs joins across all of them",
        ),
        _m(
            "Give me a rough architecture for a multiplayer quiz app, like kahoot, for 50k concurrent players.",
            "Roughly: a stateless HTTP API for accounts and quiz authoring; a game-session layer holding live rooms over WebSockets, sharded by room ID so a room lives on one node; Redis for room state and pub/sub between nodes; Postgres for quizzes and results written after each game; a CDN for images. A lobby/matchmaker routes a join code to the right node.",
            "what if the node holding a room dies mid game",
        ),
        _m(
            "Our mobile app talks directly to 6 different backend services. Frontend team hates it.",
            "That's the classic case for a backend-for-frontend (BFF) or API gateway: one entry point per client type that aggregates calls, shapes responses for the screen, and handles auth once. Services stay behind it. Keep business logic out of the BFF so it doesn't become a new monolith.",
            "one BFF for web and mobile, or two?",
        ),
        _m(
            "plan for splitting our 4000-line utils.py that every module imports?",
            "Group the functions by who uses them and what they touch: date/time helpers, money formatting, HTTP client wrappers, DB helpers. Move each group into its own module under a `common/` package, leave `utils.py` as a re-export shim so imports don't break, then migrate callers module by module and delete the shim last. Add an import-linter rule so domain modules can't import each other through utils again.",
            "what order, we have 30 modules depending on it",
        ),
        _m(
            "Is Kafka overkill for sending order events from our shop to the warehouse system? ~5k orders a day.",
            "At 5k/day Kafka works but is a lot to operate. A managed queue (SQS, RabbitMQ, or even a Postgres outbox table polled by a worker) covers it. The key design piece is the outbox: write the order and the event in the same transaction, then publish from the outbox, so you never lose an event if the broker is down.",
            "and if the warehouse gets the same order twice?",
        ),
        _m(
            "We have a SaaS with one database per customer, 300 customers now. Migrations take hours.",
            "Database-per-tenant gives isolation but makes schema changes, connection pooling and reporting expensive at that size. Options: keep it and build a migration runner that rolls changes out in waves with a version table per tenant; or move small tenants to a shared schema with a tenant_id column and keep dedicated databases only for big customers who pay for isolation.",
            "how would we move the small ones over without them noticing",
        ),
        _m(
            "design review pls: client -> api gateway -> orders svc -> (sync) inventory svc -> (sync) pricing svc -> (sync) tax svc",
            "The main risk is the synchronous chain: latency adds up, and availability multiplies (four services at 99.9% each give about 99.6% for the whole call). Consider: pricing and tax could be a single 'quote' step called once; inventory could be a reservation with a timeout; add timeouts and circuit breakers on each hop; and cache tax rates, which rarely change.",
            "what would you cut first",
        ),
        _m(
            "We're 4 engineers. Microservices or modular monolith for a new B2B product?",
            "Modular monolith, almost certainly. One deployable, but with hard internal boundaries: each module owns its tables, exposes a small interface, and other modules don't reach into its internals. You get most of the design benefits without the distributed-systems tax, and you can extract a module later if it needs to scale or deploy separately.",
            "how do we enforce the boundaries so people don't cheat",
        ),
        _s(
            "You are the architecture assistant for the platform team at Lumenhaus, a home-energy startup. Answer concisely, with trade-offs.",
            "The meter-reading ingest (about 8k devices posting every 15 s) is in the same service as the customer portal. Portal slows down whenever ingest spikes. How would you separate them?",
        ),
        _s(
            "You are a senior engineer helping in an IDE. The user's repo is a Node monorepo with packages/api, packages/web, packages/worker and packages/shared.",
            "shared has become a dumping ground and everything depends on everything. give me a refactor plan across the packages, step by step, that doesn't freeze feature work",
        ),
        _s(
            "You help the customers of CloudNest, a managed hosting provider, choose deployment setups. Be practical.",
            "We're a ticketing site. Big concerts go on sale at 10:00 and we get 100x traffic for 20 minutes. What should our setup look like so we don't fall over and don't oversell seats?",
        ),
        _s(
            "You are a tutor for a university course on distributed systems. Explain with examples, don't just give answers.",
            "For the assignment we have a bank with accounts in two data centers. If the link between them breaks, should transfers keep working? I don't understand what we're supposed to choose",
        ),
        _s(
            "Internal assistant for the engineering org. Stack: Java/Spring services on Kubernetes, Postgres, RabbitMQ.",
            "The billing service and the subscriptions service call each other in a loop (subscriptions asks billing for invoices, billing asks subscriptions for plan details). How should the boundary be redrawn?",
        ),
        _u(
            "Current setup, please review before we launch in 3 months:\n\n"
            "- 1x VM (8 vCPU, 32GB): nginx + Node API + cron jobs + Redis\n"
            "- 1x managed Postgres (no replica)\n"
            "- uploads on the VM disk\n"
            "- sessions in Redis on the same VM\n"
            "- nightly pg_dump to the same cloud account\n"
            "- deploy = ssh + git pull + pm2 restart\n\n"
            "Expected: 20k users at launch, marketing wants to run TV ads. What are the single points of failure and what would you change first, in order?"
        ),
        _u(
            "Here is our order flow today:\n\n"
            "1. Web checkout calls POST /orders on the shop backend\n"
            "2. Shop backend charges the card via the payment provider\n"
            "3. Shop backend calls the ERP's SOAP API to create the sales order\n"
            "4. ERP calls the warehouse system to reserve stock\n"
            "5. Shop backend sends the confirmation email\n\n"
            "When the ERP is slow (often), checkout times out after 30 s, but the card was already charged and sometimes the order exists in the ERP and sometimes not. Support refunds by hand. How should this flow be redesigned so a slow ERP doesn't break checkout and we never charge without an order?"
        ),
        _u(
            "Logs from last night's incident:\n\n"
            "02:14:03 search-svc WARN latency p99=4.8s\n"
            "02:14:10 catalog-svc ERROR timeout calling search-svc (5000ms)\n"
            "02:14:11 catalog-svc WARN thread pool exhausted (200/200)\n"
            "02:14:15 api-gateway ERROR 503 from catalog-svc\n"
            "02:14:20 checkout-svc ERROR timeout calling catalog-svc\n"
            "02:14:31 api-gateway ERROR 503 rate 62%\n\n"
            "So a slow search took down checkout, which doesn't even need search. What should change in how these services depend on each other so this can't cascade again?"
        ),
        _u(
            "Design doc draft, section 'Data ownership':\n\n"
            "Customer profile: owned by Accounts. Copied to CRM nightly.\n"
            "Addresses: owned by Accounts AND Checkout (checkout stores its own copy at order time).\n"
            "Loyalty points: computed by Marketing from orders; also shown in Accounts; Accounts caches them.\n"
            "Order history: Orders service; Accounts calls Orders for the profile page.\n\n"
            "Reviewers said the ownership is muddled. Can you point out where it's muddled and propose a cleaner split of who owns what and how the others get the data?"
        ),
        _u(
            "our app and the admin panel hit the same db and when finance runs their month end stuff customers cant check out. how do people usually separate this"
        ),
        _u(
            "is it ok that every microservice we have calls the auth service on every single request or is that a design smell"
        ),
        _u(
            "I run a small dog-grooming booking website. My developer says we need 'Kubernetes and microservices' to grow. We have maybe 300 bookings a week. Is he right? What would a sensible setup be for the next 3 years?"
        ),
        _u(
            "websockets for our live auction site: how do you keep bids in the right order when there are several servers"
        ),
        _u(
            "we acquired a competitor. they have their own user accounts, billing and mobile app. whats the least painful way to bring the two platforms together over the next year"
        ),
        _u(
            "should the pdf generation be a separate service or just a background job inside the same app? it takes 10-40s per document"
        ),
        _u(
            "how would you design a feature flag system used by 15 services so that flag changes show up within seconds but a flag outage doesn't take anything down"
        ),
        _u(
            "Our municipal library wants one app for all 9 branches: catalogue, holds, late fees, events. Right now each branch has old software from different vendors. What would the overall system look like, and do we replace everything or build a layer on top?"
        ),
        _u(
            "rough capacity plan for a url shortener doing 5k writes/s and 200k reads/s? which pieces and how many"
        ),
        _u(
            "design question: mobile app needs to work on planes. what syncs, what conflicts, who wins"
        ),
        _u(
            "one kafka topic per event type or one per service? we're at 40 event types and growing"
        ),
        _u(
            "ppl keep telling me 'the database is the integration layer' is bad. ours is exactly that, 5 apps read/write the same tables. how do we get out of it without a rewrite"
        ),
        _u(
            "when does it make sense to go from postgres read replicas to actual sharding? we're at 2TB, writes are fine, reads are the problem"
        ),
        _u(
            "How should we version our internal events so the 6 consuming teams don't break every time the orders team adds a field?"
        ),
        _m(
            "We're building a food delivery thing for one city. Restaurants, couriers, customers.",
            "For one city you can keep it simple: one backend with modules for restaurants/menus, orders, courier dispatch and payments; Postgres; Redis for live courier locations; a WebSocket or push channel for order status. Dispatch is the part that will grow in complexity, so keep it behind its own interface from day one.",
            "now 12 cities",
        ),
        _m(
            "how do we stop two warehouse workers from picking the same order in our picking app",
            "Make assignment a claim, not a read: when a worker taps an order, the server does an atomic update like 'set picker = me where id = X and picker is null'. If zero rows changed, someone else got it. The app shows the next available order instead.",
            "ok that's one warehouse db. we have 4 warehouses with separate dbs and orders can be split across them",
        ),
        _m(
            "We want to add search across invoices, contracts and emails for our legal-tech app.",
            "Keep each source as the system of record and build one search index fed by change events from each. Store per-document access rules in the index so results are filtered per user at query time. Index builds should be replayable from the sources.",
            "access rules change a lot though, people join and leave cases daily",
            "Then don't denormalise every permission into every document. Index a small set of ACL group IDs per document and resolve user → groups at query time from the permissions service (cached briefly). A case change updates group membership, not millions of documents.",
            "and if the permissions service is down?",
        ),
        _m(
            "we have one giant cron server running 90 jobs. it died last week and nobody noticed for 2 days",
            "Move to a scheduler with redundancy and visibility: a managed scheduler or something like Temporal/Airflow depending on the job types, each job idempotent, every run recorded with success/failure, and alerting on missed runs (not just failures). Split long jobs into scheduled trigger + queue workers.",
            "which jobs move first",
        ),
        _m(
            "thinking about splitting our app's database: user data in one, product/orders in another",
            "Before splitting, list the queries that join across those two areas; each one becomes either an API call, a denormalised copy, or a reporting-only query. If there are a handful, the split is practical. If user and order data are joined everywhere, it's probably one bounded context for now.",
            "there are like 60 of them",
        ),
        _m(
            "Our search page calls the recommendations service and it's slow. Can we just cache it?",
            "Partly. Recommendations per user change slowly, so precompute them in a batch job or on events and store them keyed by user; the search page reads the stored list and falls back to popular items if there's nothing. That removes the live dependency entirely.",
            "what about brand new users",
        ),
        _m(
            "design review for our IoT thermostats: device -> MQTT -> single ingestion service -> postgres",
            "The weak link is the single ingestion service writing row-by-row into Postgres. Put a durable buffer between broker and storage (Kafka or the broker's persistence), run several ingestion consumers, batch writes, and use a time-series store or partitioned tables. Commands back to devices should go through a separate path.",
            "we expect 500k devices next year",
        ),
        _m(
            "should our B2B API be REST or GraphQL, clients are mostly ERPs",
            "For ERP integrations, REST with clear resources, pagination and webhooks is usually easier: ERP connectors, iPaaS tools and partners expect it. GraphQL shines when many front-end clients need flexible queries. You can still use GraphQL internally behind a REST facade.",
            "and bulk imports of 100k lines?",
        ),
        _m(
            "We use one Redis for sessions, cache, rate limiting and job queues.",
            "That couples very different workloads: a cache eviction policy can evict sessions, a job backlog can fill memory and block everything, and a Redis restart drops all four at once. Split at least into: sessions (persistence on), cache (eviction on), queues (a proper broker or a dedicated instance).",
            "is that 3 servers then? we're cheap",
        ),
        _m(
            "we're a travel agency and every supplier (airlines, hotels, transfers) is integrated straight into our booking app, 14 integrations inside one codebase",
            "Pull the supplier integrations out behind a single internal supplier gateway: one common model for search, hold, book and cancel, with an adapter per supplier. The booking app only talks to the gateway. Each adapter can then be deployed, rate-limited and monitored on its own, and a broken supplier no longer takes the booking app with it.",
            "one service for all adapters or one per supplier?",
        ),
        _s(
            "You are Patchwork, an AI pair programmer inside VS Code. The open workspace is a Python Flask app (app.py 2,800 lines) plus a Celery worker in tasks.py.",
            "tasks.py imports half of app.py and app.py imports tasks.py. break the cycle. which modules should exist and what goes where",
        ),
        _s(
            "You are the solutions assistant at Ferrow Payments. You help merchants plan integrations with our payment APIs.",
            "We have 3 storefronts (Shopify, a custom site, and a kiosk app) and want one place to see all payments and refunds and reconcile with our accounting. How should we structure our side of this?",
        ),
        _s(
            "You are an internal knowledge assistant for the engineering team at Brightlane. Current stack: Ruby on Rails monolith, Sidekiq, MySQL, hosted on Heroku.",
            "We're moving off Heroku. AWS, GCP or something like Render/Fly? And do we use the move to also break up the monolith, or keep those separate?",
            "Keep them separate. A platform migration and an architecture change at the same time make incidents hard to diagnose. Move the monolith as-is (containerise it, same MySQL, same Sidekiq), stabilise, then extract pieces. For a Rails + Sidekiq app with a small team, a managed container platform is usually less work than raw AWS.",
            "ok, and the mysql, move it first or last",
        ),
        _s(
            "You are a study buddy for a systems design interview prep course. Ask clarifying questions like an interviewer would, then help.",
            "design a system like google docs where multiple people edit the same document at once",
        ),
        _s(
            "Assistant for TrailPeak, a hiking app company. You answer questions from our small dev team.",
            "Users upload GPX tracks and photos from the trail. Today the phone uploads to our API server which then pushes to storage. Uploads fail in the mountains all the time. How should uploads be architected?",
        ),
        _s(
            "You are a helpful assistant.",
            "We're a 3-person team and we keep arguing. Option A: one Postgres for everything, jobs table as the queue. Option B: Postgres + Redis + RabbitMQ. Our load is ~50 req/s. Which would you pick and when would we need to revisit?",
        ),
        _u(
            "Current request path for our product page (from our APM):\n\n"
            "GET /p/{slug}                      total 1840ms\n"
            "  catalog.getProduct               120ms\n"
            "  pricing.getPrice                 210ms\n"
            "  inventory.getStock (x12 variants) 12 x 95ms (sequential)\n"
            "  reviews.getSummary               340ms\n"
            "  recs.getSimilar                  260ms\n"
            "  cms.getBanners                   90ms\n\n"
            "We can't rewrite these services. What architectural changes would you make to get this under 300ms at p95?"
        ),
        _u(
            "Here's our terraform summary for prod:\n\n"
            "module vpc (1 region: eu-west-1, 2 AZs)\n"
            "module eks (1 node group, 6 x m5.xlarge, all in AZ a)\n"
            "module rds (postgres 14, multi_az = false)\n"
            "module elasticache (redis, 1 node)\n"
            "module s3 (uploads, no replication)\n\n"
            "Our contract with the hospital chain we're onboarding says 99.95% availability and a 1-hour recovery point. What's missing architecturally, and what would you change?"
        ),
        _u(
            "excerpt from our architecture decision record, please poke holes:\n\n"
            "ADR-014: Use synchronous HTTP for all service-to-service communication.\n"
            "Context: 9 services, 4 teams. Debugging async flows was hard in the past.\n"
            "Decision: all calls are synchronous REST with 10s timeouts and 3 retries.\n"
            "Consequences: simpler tracing; services must be up for callers to work.\n\n"
            "We're about to add a loyalty service that 5 other services will need."
        ),
        _u(
            "Context for the design question: we're a regional grocery chain (40 stores). Online orders are picked in-store. Stock data comes from each store's POS every night. Online shows items as available that were sold out at noon, pickers then call customers for substitutions, it's chaos. The POS vendor offers a real-time sales webhook but only for newer tills (about half the stores). How would you redesign the stock flow so the website is roughly right during the day, given half the stores can't stream?"
        ),
        _u(
            "Output of our dependency scan, services and who they call synchronously:\n\n"
            "accounts   -> billing, notifications\n"
            "billing    -> accounts, tax, ledger\n"
            "ledger     -> billing\n"
            "tax        -> (none)\n"
            "notifications -> accounts, templates\n"
            "templates  -> (none)\n\n"
            "We keep getting deadlocks and timeouts between accounts, billing and ledger at deploy time. How would you untangle these boundaries?"
        ),
        _m(
            "we swap files with ~60 suppliers through SFTP drop folders: they drop price lists and invoices, we drop purchase orders. a cron picks things up. it's fragile and nobody knows what arrived",
            "Put an integration layer in the middle rather than replacing SFTP for everyone at once: every inbound file lands in one place, gets registered (supplier, type, checksum, received time), validated and parsed by a per-format adapter, and turned into internal events. Outbound orders go through the same layer. Then offer an API/EDI option to suppliers who can use it, while SFTP stays as one of the channels.",
            "and the suppliers who will never change anything on their side?",
        ),
    ],
    "es": [
        _u(
            "tenemos 12 panaderías y cada una factura con su propio programa. El dueño quiere ver las ventas de todas en tiempo real. ¿cómo se arma eso sin cambiar el programa de cada local de golpe?"
        ),
        _u(
            "mi app de delivery en Bogotá va a crecer a Lima y CDMX. ¿una sola base de datos para los tres países o una por país? pensando en latencia y en la ley de datos"
        ),
        _u(
            "qué conviene más para comunicar el servicio de pedidos con el de facturación electrónica: llamadas REST síncronas o una cola tipo RabbitMQ? la API del SAT a veces tarda 20 segundos"
        ),
        _u(
            "Buenas. Somos una fintech pequeña y tenemos todo en un monolito en Laravel. El CTO quiere pasar a microservicios 'porque sí'. ¿Qué criterios reales deberíamos usar para decidir qué separar y qué no?"
        ),
        _u(
            "cómo migrar de Oracle a PostgreSQL un sistema de 15 años con procedures por todos lados, sin parar la operación. estrategia general, no el script"
        ),
        _u(
            "necesito diseñar el backend de una app de citas médicas para una red de clínicas: agenda, recordatorios, pagos, historial. qué componentes y cómo se hablan"
        ),
        _u(
            "en mi startup el servicio de usuarios es llamado por todos los demás servicios en cada request y ya es el cuello de botella. ¿cómo se rediseña esto?"
        ),
        _u(
            "Profe, para el trabajo final de Sistemas Distribuidos tengo que explicar por qué un sistema de reservas de vuelos no puede ser 'disponible' y 'consistente' a la vez cuando se parte la red. ¿Me lo explica con el ejemplo de dos centros de datos?"
        ),
        _u(
            "vale la pena un CDN + caché en Redis para una tienda online con 500 visitas al día? o es sobreingeniería"
        ),
        _u(
            "tengo un ERP, un CRM y un e-commerce que no se hablan. ¿pongo un bus de integración, un iPaaS tipo Zapier/Make, o conecto punto a punto? somos 40 empleados"
        ),
        _u(
            "¿cómo se diseña un sistema de inventario que funcione offline en las tiendas y se sincronice cuando vuelve internet, sin que se pisen los datos?"
        ),
        _u(
            "plan para pasar de cron jobs sueltos en 3 servidores a algo ordenado, tenemos como 60 tareas programadas y nadie sabe cuál depende de cuál"
        ),
        _u(
            "comprar un sistema de colas gestionado o montar Kafka nosotros? 2 devops, tráfico moderado, pero queremos retener eventos 30 días"
        ),
        _u(
            "tenemos una app de citas (de pareja) y queremos añadir videollamadas. ¿las montamos nosotros o usamos un servicio externo, y cómo encaja eso con el resto del sistema (matching, chat, moderación)?"
        ),
        _m(
            "Tengo un marketplace: vendedores, compradores, pedidos, pagos y envíos. Todo en una sola app Node.",
            "Para un marketplace los cortes naturales suelen ser: catálogo (productos y búsqueda), pedidos (carrito, checkout, estados), pagos (cobros, reembolsos, split a vendedores) y logística (envíos y tracking). Pagos es el primero que conviene aislar: tiene requisitos de seguridad y auditoría distintos y cambia poco. Catálogo suele necesitar escalar en lectura. Pedidos coordina a los demás, mejor con eventos que con llamadas encadenadas.",
            "y los vendedores dónde quedan?",
        ),
        _m(
            "¿Cómo hago que el stock no se sobrevenda cuando tenemos web, app y tienda física vendiendo lo mismo?",
            "Un único dueño del stock: un servicio de inventario que es la fuente de verdad. Los canales no restan stock directamente, piden una reserva (con caducidad, por ejemplo 15 minutos) y confirman al pagar. La tienda física, si se queda sin conexión, trabaja con un cupo asignado y sincroniza después.",
            "y si la tienda se queda sin internet todo el día?",
        ),
        _m(
            "Estamos partiendo el monolito. Empezamos por sacar 'notificaciones' a un servicio aparte.",
            "Buena elección para empezar: tiene pocas dependencias y es asíncrono por naturaleza. El monolito publica eventos (pedido creado, pago fallido...) en una cola y el servicio de notificaciones decide qué mandar. Así el monolito no espera al proveedor de email/SMS.",
            "¿y el siguiente?",
        ),
        _m(
            "mi API tarda mucho porque para cada pedido consulta clientes, productos y precios en tres servicios distintos",
            "Opciones: (1) llamar a los tres en paralelo en vez de en serie; (2) que el servicio de pedidos guarde una copia local de lo que necesita (nombre del producto, precio al momento) alimentada por eventos; (3) una capa de composición/BFF que agregue y cachee. La opción 2 es la que más desacopla, a costa de datos eventualmente consistentes.",
            "eventualmente consistente cuánto? los precios no pueden estar mal",
        ),
        _m(
            "Queremos tener la app activa en dos regiones de AWS (us-east-1 y sa-east-1).",
            "Lo primero es decidir si es activo-pasivo (una región sirve, la otra espera) o activo-activo (las dos sirven). Activo-pasivo es mucho más sencillo: réplica de la base de datos, DNS con failover, y ensayos de conmutación. Activo-activo obliga a resolver escrituras en dos sitios: particionar usuarios por región o usar una base de datos multi-región.",
            "activo-activo con usuarios repartidos por país, ¿qué pasa cuando un brasileño viaja a Miami?",
        ),
        _m(
            "tenemos un único repo con backend y 3 frontends y los deploys son un infierno",
            "Antes de partir el repo, separa los pipelines: que cada app tenga su build y despliegue independiente, disparado sólo por cambios en su carpeta. Después, fija contratos entre backend y frontends (OpenAPI versionado) para que puedan desplegar por separado sin romperse.",
            "ok, pero y las librerías compartidas?",
        ),
        _m(
            "¿Qué es mejor para nuestro sistema de reportes: que lea de la base de producción o montar un data warehouse?",
            "Si los reportes ya afectan al rendimiento de producción, lo mínimo es una réplica de lectura. Si además cruzan datos de varios sistemas (CRM, web, contabilidad), un warehouse (BigQuery, Snowflake, Postgres dedicado) alimentado por un pipeline de ingesta nocturno o por CDC es lo sensato.",
            "CDC o nocturno, qué recomiendas para 5 fuentes?",
        ),
        _m(
            "Revisa esto: el frontend sube fotos al backend, el backend las redimensiona y las guarda en S3, y luego responde.",
            "El problema es que el redimensionado ocupa el hilo de la petición: con fotos grandes o muchas a la vez, el backend se satura. Mejor: el frontend sube directo a S3 con una URL firmada, S3 emite un evento, y un worker (o una Lambda) genera las miniaturas. El backend sólo guarda la referencia.",
            "y cómo sabe el usuario que ya están listas las miniaturas?",
        ),
        _m(
            "somos una SaaS de RRHH multi-tenant, todos los clientes en una misma base con tenant_id",
            "Es el modelo más barato de operar. Los riesgos son fugas entre clientes si alguna consulta olvida el filtro, y el 'vecino ruidoso' (un cliente grande que ralentiza a todos). Mitigaciones: row-level security en Postgres, un middleware que inyecta el tenant, y la opción de mover clientes grandes a su propia base.",
            "cómo sería eso de mover a un cliente grande a su propia base sin cortarle el servicio",
        ),
        _m(
            "para un sistema de votación online de una asociación (3000 socios), qué arquitectura usarías",
            "Algo simple: una app web con login por enlace mágico, una base de datos relacional, y el voto guardado separado de la identidad (una tabla marca 'ya votó', otra guarda la papeleta sin el usuario). Hosting gestionado, copia de seguridad y logs de auditoría. No hace falta más a esa escala.",
            "¿y si quieren que se pueda auditar el resultado sin romper el secreto del voto?",
        ),
        _s(
            "Eres el asistente técnico interno de Transportes Ribera, una empresa de logística. Responde en español y con propuestas concretas.",
            "Los camiones mandan su posición cada 10 segundos a nuestro servidor PHP y cuando hay muchos el panel de los despachadores se congela. ¿Cómo deberíamos separar la recepción de posiciones del panel?",
        ),
        _s(
            "Eres un asistente de código en el editor. El proyecto es una API en Go con carpetas handlers/, db/, models/ y services/.",
            "quiero reorganizar el proyecto por dominio (pedidos, clientes, pagos) en lugar de por capa técnica. dame el plan de archivos y en qué orden moverlos sin romper el build",
        ),
        _s(
            "Eres el tutor virtual del máster en Ingeniería de Software. Guía al alumno con preguntas y ejemplos.",
            "no entiendo cuándo usar saga orquestada y cuándo coreografiada. mi caso: reserva de viaje con hotel, vuelo y coche",
        ),
        _s(
            "Asistente de soporte de Nubeluz, proveedor de cloud. Ayudas a clientes a dimensionar su infraestructura.",
            "Tenemos una app de streaming de radio con picos los domingos por el fútbol. ¿Qué arquitectura nos recomiendan para aguantar los picos sin pagar servidores toda la semana?",
        ),
        _u(
            "Este es nuestro flujo actual de facturación, a ver qué opinas:\n\n"
            "- La tienda (Shopify) manda un webhook a nuestro servidor\n"
            "- El servidor genera la factura en nuestro sistema contable (API lenta, a veces caída)\n"
            "- Si falla, el webhook devuelve 500 y Shopify reintenta… a veces 3 facturas del mismo pedido\n"
            "- Una persona revisa cada mañana los duplicados y los anula\n\n"
            "¿Cómo rediseñarías esto para que no haya duplicados ni facturas perdidas cuando el sistema contable falla?"
        ),
        _u(
            "Nuestra infraestructura hoy:\n\n"
            "```\n"
            "[App móvil] --> [API Gateway] --> [monolito Java] --> [MySQL master]\n"
            "                                        |\n"
            "                                        +--> [Redis sesiones]\n"
            "                                        +--> [servidor FTP para PDFs]\n"
            "```\n\n"
            "El monolito tarda 25 min en desplegar y cada despliegue tira las sesiones. Queremos ir a contenedores y poder desplegar sin cortes. ¿Qué cambiarías y en qué orden? Equipo de 6 devs."
        ),
        _u(
            "Pego los tiempos que medimos en la hora punta:\n\n"
            "endpoint            p50     p95     llamadas internas\n"
            "GET /home          180ms   2.1s    usuarios, recomendaciones, promos, carrito\n"
            "GET /producto/:id  120ms   1.4s    catálogo, stock, precios, reseñas\n"
            "POST /checkout     900ms   6.8s    carrito, stock, pagos, envíos, fidelización\n\n"
            "Cada llamada interna es HTTP a otro microservicio. ¿Qué cambios de arquitectura harías para bajar el p95, sin reescribir todo?"
        ),
        _u(
            "Tengo que presentar al comité una propuesta para sustituir nuestro sistema de nóminas hecho en casa (Visual Basic + Access, 2008) por algo moderno. Integraciones actuales: banco (fichero plano), contabilidad (export CSV), control de horario (lector de huellas que deja un .txt). ¿Cómo plantearías la arquitectura objetivo y la migración por fases? No quiero un big bang."
        ),
        _u(
            "tenemos una academia de idiomas online: clases en vivo, grabaciones, ejercicios que corrige una IA, pagos mensuales. qué piezas tendría el sistema y cómo se conectan?"
        ),
        _u(
            "Somos una cooperativa agrícola y queremos que cada socio vea sus entregas de fruta, sus liquidaciones y sus facturas en una app. Los datos están en un AS/400 viejo que no vamos a tocar. ¿Cómo montarías el sistema alrededor?"
        ),
        _u(
            "está bien que todos los microservicios lean la misma tabla de configuración? o cada uno debería tener su copia"
        ),
        _u(
            "¿cómo diseñar el sistema de puntos de un programa de fidelización compartido entre una aerolínea, una cadena de hoteles y un banco? cada uno tiene sus sistemas"
        ),
        _u(
            "necesito diseñar un sistema de turnos para un hospital público: pantallas en sala, app para pacientes, mostrador. si se cae internet en la sala, qué pasa? cómo lo planteo"
        ),
        _u(
            "en un sistema de flota de autobuses urbanos, dónde debería calcularse la hora estimada de llegada: en el autobús, en el servidor o en la app? y cómo llega a las paradas"
        ),
        _u(
            "mi jefe quiere pasar de AWS a Azure porque nos regalaron créditos. 25 servicios, RDS, SQS, Lambda. qué plan de migración y qué riesgos de arquitectura ves?"
        ),
        _u("una API GraphQL delante de 10 microservicios: ¿buena idea o cuello de botella?"),
        _u(
            "Qué arquitectura usarían para un sistema de pujas en tiempo real (subastas de ganado online), miles de pujadores en los últimos 2 minutos"
        ),
        _u(
            "tengo un script que sincroniza usuarios entre el directorio activo y 6 aplicaciones, cada app con su API. se rompe cada semana. hay un diseño mejor?"
        ),
        _u(
            "modulith o microservicios para una app de gestión de comunidades de vecinos, equipo de 3, 2000 comunidades"
        ),
        _u(
            "oye, y si guardamos los logs, las métricas y las trazas de todos los servicios en un solo sitio, cómo lo organizarías? hoy cada uno escribe en su servidor"
        ),
        _u(
            "nuestro proveedor de SMS se cae cada tanto y perdemos los códigos de verificación. cómo diseñar el envío para tener un segundo proveedor de respaldo"
        ),
        _u(
            "¿Es correcto que el frontend escriba directamente en Firestore y que el backend también escriba en Postgres los mismos datos? Así lo dejó el equipo anterior."
        ),
        _m(
            "Tenemos una app de reparto de paquetes para una ciudad y queremos llevarla a todo el país.",
            "El cambio importante es que ya no hay una sola zona: conviene particionar por región (asignación de repartidores, rutas y almacenes por región), con un servicio de asignación que escale por partición. Los datos maestros (clientes, tarifas) siguen centralizados; las operaciones en tiempo real se procesan cerca de cada región.",
            "¿y los envíos que cruzan de una región a otra?",
        ),
        _m(
            "Nuestra API pública la usan 300 integradores y cada cambio rompe a alguien.",
            "Separa contrato de implementación: versiona la API (v1, v2) con una política de deprecación clara, genera la documentación desde un contrato OpenAPI, y añade tests de contrato que fallen si un cambio rompe la versión publicada. Internamente puedes cambiar lo que quieras detrás de una capa de adaptación.",
            "¿cuánto tiempo mantener la v1 viva?",
        ),
        _m(
            "el sistema de fichajes de la empresa manda las marcas a nómina una vez al mes con un excel",
            "Lo razonable es que el sistema de fichajes publique las marcas (o un resumen diario por empleado) a un punto de integración, y que nómina las consuma de forma incremental. Así los errores se detectan a diario y no al cerrar el mes. Un simple API + cola, o un fichero diario validado, según lo que soporte nómina.",
            "nómina es un programa de escritorio sin API",
        ),
        _m(
            "¿Cómo diseñarías la parte de pagos de una plataforma que cobra a clientes y paga a profesionales (tipo marketplace de servicios)?",
            "Separa tres cosas: cobro al cliente (vía proveedor de pagos), un libro contable interno (ledger) que registra lo que se debe a cada profesional y la comisión, y las liquidaciones periódicas. El ledger es la fuente de verdad; todo movimiento es un asiento inmutable con clave de idempotencia.",
            "y si un cliente pide reembolso después de pagarle al profesional?",
        ),
        _m(
            "tenemos Kafka, y cada equipo crea tópicos como quiere. ya hay 400",
            "Hace falta gobierno: convención de nombres (dominio.entidad.evento), un registro de esquemas obligatorio, dueño declarado por tópico, y retención definida. Con eso puedes auditar los 400 y archivar los que nadie consume.",
            "y quién decide el esquema, el productor o los consumidores?",
        ),
        _m(
            "Queremos que el catálogo de productos sea el mismo para la web, la app, los marketplaces y las tiendas.",
            "Eso es un PIM (gestión de información de producto) como sistema maestro: un solo lugar donde se editan los productos, y cada canal recibe lo suyo mediante conectores (con sus traducciones, imágenes y reglas propias). Comprar un PIM suele salir mejor que construirlo.",
            "y los precios y el stock también en el PIM?",
        ),
        _m(
            "Nuestro microservicio de usuarios tiene 4 réplicas, pero el de pedidos se queda sin conexiones a la base.",
            "Cada réplica abre su propio pool; con muchas réplicas se agota el límite del servidor de base de datos. Pon un pooler delante (PgBouncer o RDS Proxy), reduce el tamaño de pool por réplica y revisa si pedidos mantiene transacciones largas (por ejemplo, llamadas HTTP dentro de una transacción).",
            "sí, llama a pagos dentro de la transacción. cómo lo saco de ahí?",
            "Parte el flujo: guarda el pedido en estado 'pendiente_pago' y confirma la transacción; luego llama a pagos fuera de ella; al recibir la respuesta, actualiza el estado en otra transacción corta. Si la llamada falla o se corta, un proceso de reconciliación revisa los pedidos pendientes con el proveedor.",
            "y mientras tanto el stock?",
        ),
        _m(
            "Para una app de encuestas que manda un enlace a 1 millón de personas a la vez, ¿qué arquitectura?",
            "El envío masivo en una cola con workers que respetan el límite del proveedor; las respuestas entran por un endpoint muy ligero que solo valida y encola, y un proceso aparte las guarda y agrega resultados. Los resultados en vivo se leen de contadores precalculados, no de la tabla de respuestas.",
            "¿y si contestan todos en los primeros 10 minutos?",
        ),
        _m(
            "queremos que los clientes puedan pagar a plazos con tres financieras distintas, cada una con su API y sus tiempos de aprobación",
            "Pon las financieras detrás de un servicio de financiación propio: un modelo común de solicitud (importe, plazos, estado), un adaptador por financiera y estados asíncronos, porque algunas aprueban en segundos y otras en horas. El checkout crea la solicitud y el pedido queda 'pendiente de financiación' hasta recibir el resultado por webhook o consulta periódica.",
            "¿y si la financiera aprueba cuando ya caducó la reserva del stock?",
        ),
        _s(
            "Eres el asistente interno del equipo de plataforma de Vinoteca Sur. Stack: monolito Rails, Postgres, Sidekiq, todo en Heroku.",
            "queremos sacar el cálculo de envíos (tarifas de 5 transportistas) a un servicio aparte porque cada cambio de tarifas nos obliga a desplegar todo. ¿cómo definirías la frontera y la comunicación con el monolito?",
        ),
        _s(
            "Eres un asistente de código en el editor. El proyecto es un backend en C# .NET con una solución de un solo proyecto: Controllers, Models, Services, Helpers.",
            "quiero partirlo en varios proyectos (Dominio, Aplicación, Infraestructura, Api) al estilo clean architecture. dame qué va en cada uno y en qué orden moverlo sin romper nada",
            "Orden sugerido: 1) crea Dominio y mueve las entidades y reglas sin dependencias externas; 2) crea Aplicación con interfaces (IRepositorio, IEmailSender) y los casos de uso que hoy están en Services; 3) Infraestructura implementa esas interfaces con EF Core y clientes externos; 4) Api queda solo con Controllers y configuración de DI. Compila y prueba tras cada paso.",
            "y los Helpers? son 40 clases de todo un poco",
        ),
        _s(
            "Eres la asistente de preventa de Orbita Cloud. Ayudas a clientes a elegir una arquitectura en nuestra nube.",
            "Vendemos entradas para partidos de fútbol. Los clásicos agotan 40.000 entradas en 3 minutos. ¿Qué arquitectura proponen para la cola virtual y para no vender la misma butaca dos veces?",
        ),
        _s(
            "Eres profesor asistente de un bootcamp de backend. Explicas con analogías cotidianas.",
            "cuál es la diferencia entre escalar vertical y horizontal, y por qué dicen que para escalar horizontal la app tiene que ser 'sin estado'?",
        ),
        _u(
            "Nuestro diagrama de hoy (lo pego en texto):\n\n"
            "App móvil --> API (Node, 2 instancias)\n"
            "API --> MongoDB (un replica set)\n"
            "API --> servicio de pagos externo (síncrono)\n"
            "API --> servicio de geolocalización propio (síncrono, 1 instancia, en Python)\n"
            "Cron en una de las instancias de la API --> recalcula rutas cada 5 min\n\n"
            "Si cae la instancia con el cron, nadie recalcula rutas. Si cae geolocalización, no se pueden crear pedidos. ¿Qué cambiarías en la arquitectura para que ninguno de esos fallos pare el negocio?"
        ),
        _u(
            "Estos son los errores que vemos cada noche a las 02:00:\n\n"
            "02:00:01 etl-ventas   INFO  inicio extracción 14 tiendas\n"
            "02:00:05 pos-tienda07 ERROR conexión rechazada\n"
            "02:41:10 etl-ventas   WARN  3 tiendas sin datos, se continúa\n"
            "03:15:22 etl-ventas   INFO  carga al warehouse completa\n"
            "07:30:00 dashboard    INFO  informes generados\n\n"
            "Los gerentes ven ventas incompletas por la mañana sin saberlo. ¿Cómo rediseñarías la captura de ventas de las tiendas para que no dependa de una extracción nocturna que falla?"
        ),
        _u(
            "Resumen de nuestra situación para pedir consejo: tenemos una plataforma de gestión de gimnasios (SaaS) con 700 clientes. Cada cliente tiene su propia instancia (VM + base de datos) porque así empezamos. Las actualizaciones se hacen a mano, instancia por instancia, y tardamos semanas en desplegar una versión a todos. Algunos clientes siguen en versiones de hace dos años. Queremos pasar a un modelo donde podamos desplegar a todos a la vez. ¿Cómo sería la arquitectura objetivo y cómo migramos a los clientes sin que lo noten?"
        ),
        _u(
            "Pego la config de nuestro balanceador, porque creo que el problema es de diseño y no de config:\n\n"
            "upstream app {\n"
            "    ip_hash;\n"
            "    server 10.0.1.11;\n"
            "    server 10.0.1.12;\n"
            "    server 10.0.1.13;\n"
            "}\n\n"
            "Usamos ip_hash porque la sesión del carrito vive en la memoria de cada servidor. Cuando reiniciamos uno, los clientes pierden el carrito, y los que vienen de la misma oficina caen todos en el mismo servidor. ¿Cómo debería estar montado para poder escalar y reiniciar sin perder carritos?"
        ),
        _u(
            "tenemos una app de préstamo de bicis eléctricas para empleados de un parque empresarial y ahora la quieren 5 parques más. ¿cómo cambio el diseño para que cada parque tenga sus bicis, sus reglas y un panel propio?"
        ),
        _u(
            "¿Qué es mejor para un sistema de reservas de salas de un coworking con 12 sedes: una base de datos central o una por sede que se sincroniza?"
        ),
        _m(
            "Vamos a hacer una plataforma de pedidos para que los bares pidan a las distribuidoras de bebidas.",
            "Piezas básicas: catálogo por distribuidora (con precios por cliente), pedidos que se dividen por distribuidora, integración con el ERP de cada distribuidora (API donde haya, fichero o email donde no), y seguimiento de entrega. La integración con los ERPs es lo que más trabajo dará: ponla detrás de conectores intercambiables.",
            "¿y las distribuidoras que confirman los pedidos por teléfono?",
        ),
        _m(
            "nuestro servicio de búsqueda de vuelos guarda en caché las respuestas de las aerolíneas 30 minutos y la gente se queja de precios que ya no existen",
            "Separa la búsqueda de la confirmación: la caché sirve para mostrar resultados rápido (con un TTL más corto para rutas con mucha variación), pero al elegir un vuelo se hace siempre una consulta en vivo para confirmar precio y plazas antes de cobrar. Y avisa en la interfaz si el precio cambió.",
            "¿y cómo decido el TTL para cada ruta?",
        ),
        _m(
            "Queremos dividir nuestro equipo de 25 personas en squads. El código es un monolito Django.",
            "Alinea squads y módulos: define 4-5 dominios (por ejemplo catálogo, pedidos, pagos, logística, cuentas), asigna cada uno a un squad y convierte esos dominios en apps Django con fronteras claras (sin imports cruzados salvo por interfaces definidas). El monolito puede seguir siendo uno; lo que cambia es la propiedad.",
            "y las migraciones de base de datos, cada squad las suyas?",
        ),
        _s(
            "Eres el asistente de arquitectura de Aguas del Valle, empresa de agua potable. Responde con recomendaciones concretas.",
            "Tenemos 400 sensores de presión en la red que hoy se leen por SCADA, y los de atención al cliente no ven nada cuando hay una avería. ¿Cómo llevamos esos datos a los sistemas de negocio sin exponer el SCADA?",
        ),
        _u(
            "Así funciona hoy el alta de un cliente en nuestra empresa de telecomunicaciones:\n\n"
            "1. Comercial rellena formulario en CRM\n"
            "2. CRM llama al sistema de provisión (SOAP) para activar la línea\n"
            "3. Provisión llama al sistema del operador mayorista (puede tardar horas)\n"
            "4. CRM espera con la petición abierta… y da timeout a los 60 s\n"
            "5. El comercial reintenta y a veces se activan dos líneas\n\n"
            "¿Cómo rediseñarías este flujo para que sea asíncrono, no duplique altas y el comercial sepa en qué estado está?"
        ),
    ],
    "de": [
        _u(
            "Wir sind ein Handwerksbetrieb mit 30 Leuten. Angebote macht das Büro in Excel, Aufträge laufen in einer Branchensoftware, Rechnungen im DATEV. Wie sollte man das sinnvoll verbinden, damit nicht alles dreimal eingetippt wird?"
        ),
        _u(
            "monolith oder microservices für unser neues Vereinsverwaltungsportal? 2 Entwickler, ehrenamtlich, maximal ein paar tausend Nutzer"
        ),
        _u(
            "Wie trennt man am saubersten den Teil, der Zahlungen verarbeitet, vom Rest eines Onlineshops? Wir wollen den Zahlungsteil separat prüfen und deployen können."
        ),
        _u(
            "unser Postgres läuft bei 90% CPU und die Hälfte davon sind Reporting-Abfragen. Read Replica, Data Warehouse oder was ganz anderes?"
        ),
        _u(
            "Für meine Bachelorarbeit soll ich eine Architektur für ein Ladesäulen-Netz entwerfen: Ladesäulen melden Status, Nutzer starten Ladevorgänge per App, Abrechnung monatlich. Welche Komponenten würden Sie vorsehen und wie kommunizieren sie?"
        ),
        _u(
            "Sollen wir die Benutzerverwaltung selbst bauen oder Keycloak/Auth0 einsetzen? 5 interne Anwendungen sollen Single Sign-on bekommen."
        ),
        _u(
            "wie bekommt man eine 2 TB Oracle-DB in die Cloud, ohne dass die Fertigung mehr als eine Stunde steht? grobe Strategie"
        ),
        _u(
            "Was ist an einer Architektur falsch, in der jeder Microservice direkt in die Datenbank des anderen schreibt? Unser Dienstleister hat das so gebaut."
        ),
        _u(
            "Kurz gefragt: Message Queue zwischen Bestellservice und Lager, ja oder nein, wenn das Lager nachts für Wartung 2 Stunden offline ist?"
        ),
        _u(
            "wir wollen die App in Österreich und der Schweiz auch anbieten, daten müssen teils im land bleiben. wie schneidet man das architektonisch"
        ),
        _u(
            "Wie plant man einen Refactor, bei dem die Geschäftslogik aus 200 Controllern in eine eigene Service-Schicht wandern soll, ohne dass das Team wochenlang blockiert ist?"
        ),
        _u(
            "Caching-Strategie für eine Fahrplanauskunft: Fahrpläne ändern sich selten, Verspätungen ständig. Wo cachen, wie invalidieren?"
        ),
        _u(
            "Eigene Kafka-Cluster betreiben oder Confluent Cloud? Wir sind ein Mittelständler, 3 Leute im Betrieb, Datenvolumen ca. 50 GB/Tag"
        ),
        _u(
            "was passiert mit unserem System, wenn plötzlich 10 mal so viele Kunden kommen? Laravel, eine MySQL, ein Server bei Hetzner"
        ),
        _m(
            "Wir haben einen Webshop, ein Warenwirtschaftssystem und eine Kassensoftware in 4 Filialen. Bestände stimmen nie überein.",
            "Das Grundproblem ist meist, dass es keinen eindeutigen Eigentümer des Bestands gibt. Üblich: Die Warenwirtschaft ist führend, Shop und Kassen melden Verkäufe als Ereignisse dorthin und bekommen den Bestand zurückgespielt. Für den Shop reserviert man Ware beim Checkout, statt sie erst beim Versand abzubuchen.",
            "und wenn eine Kasse offline ist?",
        ),
        _m(
            "Unser Monolith in Java hat ein Modul 'Preise', das von überall direkt aufgerufen wird. Wir wollen es als eigenen Service rausziehen.",
            "Vorgehen nach dem Strangler-Muster: Zuerst eine klare Schnittstelle (z. B. PriceService-Interface) im Monolithen einziehen und alle Aufrufer darauf umstellen. Dann die Implementierung hinter dem Interface durch einen HTTP-Client auf den neuen Service ersetzen, per Feature-Flag umschaltbar. Die Preisdaten migriert man, sobald der neue Service sie allein besitzt.",
            "und die ganzen Joins auf die Preistabelle?",
        ),
        _m(
            "Wir planen eine IoT-Plattform für Gewächshäuser, ca. 2000 Sensoren, die jede Minute messen.",
            "Ein typischer Aufbau: Sensoren schicken über MQTT an einen Broker, ein Ingest-Dienst validiert und schreibt in eine Zeitreihen-DB (TimescaleDB, InfluxDB), ein Regel-Dienst erzeugt Alarme, und das Dashboard liest aggregierte Daten. Rohdaten nach 30 Tagen verdichten.",
            "und wenn das Internet im Gewächshaus weg ist?",
        ),
        _m(
            "Brauchen wir für unsere Plattform einen API-Gateway?",
            "Wenn mehrere Backends nach außen sichtbar sind, meist ja: ein Einstiegspunkt für Authentifizierung, Rate Limiting, Routing und TLS. Bei einem einzigen Backend reicht oft ein Reverse Proxy. Wichtig ist, keine Fachlogik ins Gateway zu legen.",
            "Kong selbst betreiben oder den vom Cloudanbieter?",
        ),
        _m(
            "Wir machen gerade ein Design-Review für unser Buchungssystem. Buchungen werden synchron in der DB gespeichert, Bestätigungs-Mails per Cronjob alle 5 Minuten.",
            "Das ist robust, aber die Mails kommen verzögert und der Cronjob muss sich merken, was schon verschickt wurde. Besser: beim Speichern der Buchung in derselben Transaktion einen Eintrag in eine Outbox-Tabelle schreiben, den ein Worker sofort abarbeitet. So geht keine Mail verloren und sie kommt in Sekunden.",
            "und doppelte Mails bei einem Absturz?",
        ),
        _m(
            "Wie würdest du die Datenhaltung für eine Lernplattform aufteilen: Kurse, Videos, Fortschritt, Zertifikate?",
            "Kurse und Zertifikate relational (Postgres), Videos in einem Objektspeicher mit CDN davor, Fortschritt als hoch frequentierte Schreiblast eher in einem Key-Value-Store oder gebündelt geschrieben, mit regelmäßiger Übernahme in die relationale DB für Auswertungen.",
            "lohnt sich das bei 5000 Nutzern überhaupt",
        ),
        _m(
            "Wir haben 12 Microservices und jeder hat seine eigene Logik für Login-Prüfung, Logging und Retries.",
            "Das ist duplizierter Querschnittscode. Optionen: eine gemeinsame Bibliothek (einfach, aber Versionsdrift), ein Service Mesh wie Istio/Linkerd für Retries und mTLS, und Token-Prüfung zentral im Gateway, während Services nur noch die Claims lesen.",
            "Service Mesh klingt schwer, gibts was dazwischen",
        ),
        _m(
            "Unsere Suche läuft direkt auf der Produktdatenbank mit LIKE-Abfragen. Wir wollen Elasticsearch einführen.",
            "Dann wird die Produkt-DB die Quelle der Wahrheit und Elasticsearch ein abgeleiteter Index. Synchronisieren entweder per Change Data Capture (Debezium) oder durch Ereignisse beim Speichern. Plane einen kompletten Neuaufbau des Index als regulären Vorgang ein, nicht nur als Notfall.",
            "und wie lange darf der Index hinterherhinken?",
        ),
        _m(
            "Wir wollen vom selbstgehosteten GitLab + Jenkins auf was Moderneres und gleichzeitig unsere 40 Services in Kubernetes bringen.",
            "Nicht beides gleichzeitig. Erst die Services containerisieren und in Kubernetes betreiben, mit dem bestehenden Jenkins als Deploy-Werkzeug. Danach CI/CD umstellen, Service für Service. Zwei große Umstellungen parallel machen Fehler schwer zuzuordnen.",
            "welche Services zuerst?",
        ),
        _s(
            "Du bist der Architektur-Assistent der IT-Abteilung der Stadtwerke Feldheim. Antworte auf Deutsch, sachlich, mit Vor- und Nachteilen.",
            "Das Kundenportal, die Abrechnung und die Zählerstandserfassung laufen auf demselben Applikationsserver. Wie sollten wir die Systeme trennen, damit ein Ausfall der Abrechnung nicht das Portal lahmlegt?",
        ),
        _s(
            "Du bist ein KI-Assistent im Editor. Das Repository ist ein Python-Projekt mit app/models.py (3000 Zeilen), app/views.py (4500 Zeilen) und app/tasks.py.",
            "mach mir einen Plan, wie ich models.py und views.py in fachliche Pakete aufteile (bestellungen, kunden, lager). welche dateien, welche reihenfolge, wie vermeide ich zirkuläre imports",
        ),
        _s(
            "Du bist Lernbegleiter im Kurs 'Softwarearchitektur' der Fernhochschule. Erkläre verständlich und frage nach.",
            "Warum sagt man, dass verteilte Transaktionen mit Two-Phase-Commit in Microservices eine schlechte Idee sind? Was macht man stattdessen bei einer Bestellung mit Zahlung und Versand?",
        ),
        _s(
            "Support-Bot von Rechenwerk Hosting. Du berätst Kunden bei der Wahl ihrer Serverarchitektur.",
            "Wir betreiben einen Onlineshop für Weihnachtsdeko, 11 Monate wenig los, im Dezember das 20-fache. Wie sollten wir unsere Architektur aufsetzen?",
        ),
        _u(
            "Hier unsere aktuelle Kubernetes-Aufteilung:\n\n"
            "namespace shop:\n"
            "  - frontend (3 Pods)\n"
            "  - backend (1 Pod, 4 GB RAM, macht API + Bildverarbeitung + PDF-Erzeugung)\n"
            "  - postgres (StatefulSet, 1 Pod)\n"
            "  - redis (1 Pod)\n\n"
            "Beim Erzeugen großer PDF-Rechnungen steigt die API-Latenz auf mehrere Sekunden, manchmal OOMKilled. Wie würdet ihr das aufteilen?"
        ),
        _u(
            "Fehlerbild aus der Produktion:\n\n"
            "[10:02:11] order-service: published OrderCreated #88121\n"
            "[10:02:11] payment-service: consumed OrderCreated #88121\n"
            "[10:02:12] payment-service: charge OK #88121\n"
            "[10:02:12] payment-service: publish PaymentCompleted failed: broker unavailable\n"
            "[10:02:40] payment-service: restarted\n"
            "[10:03:05] order-service: order #88121 still PENDING, timeout -> CANCELLED\n\n"
            "Kunde hat bezahlt, Bestellung storniert. Wie muss die Kommunikation zwischen den Services gebaut sein, damit so etwas nicht passieren kann?"
        ),
        _u(
            "Auszug aus unserem Architekturentwurf für die neue Kita-Verwaltung der Gemeinde:\n\n"
            "- Eltern-App (React Native) spricht direkt mit Firebase\n"
            "- Verwaltung arbeitet in einer Access-Datenbank, die nachts per Skript nach Firebase kopiert wird\n"
            "- Abrechnung der Beiträge läuft über ein separates Kommunalsystem, manueller Export\n\n"
            "Bitte ein ehrliches Review: Wo sind die Schwachstellen, was passiert bei Änderungen tagsüber, und wie sähe eine bessere Zielarchitektur aus, ohne dass wir alles auf einmal umbauen?"
        ),
        _u(
            "Wir bekommen ab Januar einen Großkunden, der uns 15.000 Bestellungen pro Stunde über eine Schnittstelle schicken will. Heute verarbeiten wir etwa 800 pro Stunde, alles synchron: Bestellung annehmen, Bonität prüfen, Lager reservieren, Bestätigung zurück. Die Bonitätsprüfung ist ein externer Dienst mit 1–3 Sekunden Antwortzeit. Wie müssen wir die Verarbeitung umbauen, damit das trägt?"
        ),
        _u(
            "Wir sind ein Verlag: Artikel entstehen im Redaktionssystem und müssen auf Website, App, Newsletter und zu drei Partnerportalen. Jeder Kanal holt sich die Daten heute anders. Wie baut man die Verteilung sauber auf?"
        ),
        _u(
            "Wie entwirft man ein Vergleichsportal für Stromtarife, das täglich Preise von 800 Versorgern in allen möglichen Formaten importiert und trotzdem schnell sucht?"
        ),
        _u(
            "Ich habe eine kleine Tierarztpraxis-Software für 40 Praxen geschrieben, jede Praxis hat eine eigene Installation mit lokaler Datenbank. Jetzt wollen die Kunden per App Termine buchen. Komplett in die Cloud umziehen oder eine Cloud-Schicht oben drauf setzen? Was wären die Bausteine?"
        ),
        _u(
            "Wie baut man ein Live-Ticker-System für Amateurfußball, bei dem an einem Samstag 3000 Spiele gleichzeitig laufen?"
        ),
        _u(
            "Welche Teile eines Systems sollte man bei einem Rechenzentrumsausfall zuerst in der zweiten Region hochfahren, und wie plant man das?"
        ),
        _u(
            "unsere Töchter in Polen und Tschechien haben eigene Shopsysteme, die Zentrale will ein gemeinsames Backend. wie zentral sollte das werden, was bleibt lokal?"
        ),
        _u(
            "ab wann lohnt sich ein eigener Service für die Rechnungserstellung, statt das im Hauptsystem zu lassen?"
        ),
        _u(
            "Wie baut man eine Änderungshistorie über alle Systeme hinweg, damit man sieht, wer wann welchen Vertrag geändert hat? Jede Anwendung protokolliert heute anders."
        ),
        _u(
            "Eigenes Rechenzentrum behalten oder in die Cloud? Wir haben 60 VMs, viele Altanwendungen, und die Geschäftsführung will eine Empfehlung mit Begründung."
        ),
        _u(
            "GraphQL-Federation über 8 Teams oder lieber jedes Team mit eigener REST-API und ein BFF pro Frontend?"
        ),
        _u(
            "wie plane ich die Aufteilung eines 900-Tabellen-Schemas, das seit 2005 gewachsen ist, auf mehrere fachliche Datenbanken?"
        ),
        _u(
            "Für unsere Fahrradverleih-App: Schlösser an den Rädern melden sich per Mobilfunk, oft mit schlechtem Netz. Wie sollte die Kommunikation zwischen Schloss, Backend und App aussehen, damit Ausleihen trotzdem klappen?"
        ),
        _u(
            "Ein Dienst pro Tabelle, so hat es unser Dienstleister gebaut. 70 Dienste. Ist das so gedacht?"
        ),
        _u(
            "Warum sagt man, dass ein Monolith mit sauberen Modulen oft besser ist als schlecht geschnittene Microservices? Konkret für ein Team von 7 Leuten."
        ),
        _m(
            "Wir bauen ein Portal, auf dem Handwerker Aufträge von Privatkunden bekommen.",
            "Kernbausteine: Auftragsbörse (Anfragen, Angebote), Matching nach Region und Gewerk, Nachrichten zwischen Kunde und Handwerker, Bewertungen und Zahlung/Provision. Für den Start ein modularer Monolith; Matching und Nachrichten sind die Module, die am ehesten später eigene Dienste werden.",
            "und wenn wir das auf Österreich ausweiten?",
        ),
        _m(
            "Unsere Bestell-API und der Lagerdienst sprechen per REST. Wenn das Lager neu startet, gehen Bestellungen verloren.",
            "Bestellungen sollten nicht davon abhängen, dass das Lager in genau dem Moment erreichbar ist. Speichere die Bestellung zuerst und übergib die Reservierung über eine persistente Queue (mit Outbox). Das Lager verarbeitet nach dem Neustart, was aufgelaufen ist.",
            "aber der Kunde will sofort wissen, ob es auf Lager ist",
        ),
        _m(
            "Wir haben 5 Teams und eine gemeinsame Datenbank mit 400 Tabellen.",
            "Erster Schritt ohne Umbau: Jede Tabelle bekommt ein verantwortliches Team. Dann wird sichtbar, wer fremde Tabellen liest oder schreibt. Schreibzugriffe auf fremde Tabellen werden zuerst durch Schnittstellen ersetzt, Lesezugriffe später durch Views, APIs oder replizierte Daten.",
            "und die Tabellen, die keiner haben will?",
        ),
        _m(
            "Wie stellen wir sicher, dass ein Kunde nicht doppelt belastet wird, wenn die Zahlungsanfrage ein Timeout hat und der Client es nochmal versucht?",
            "Mit Idempotenzschlüsseln: Der Client erzeugt pro Zahlungsversuch eine ID und schickt sie bei jedem Retry mit. Der Zahlungsdienst speichert Ergebnis und Schlüssel; kommt derselbe Schlüssel wieder, gibt er das gespeicherte Ergebnis zurück, statt neu zu belasten. Auch gegenüber dem Zahlungsanbieter den Schlüssel weiterreichen.",
            "und wenn unser Dienst abstürzt, bevor er das Ergebnis gespeichert hat?",
        ),
        _m(
            "Wir überlegen, unsere Produktbilder über ein CDN auszuliefern und die Skalierung der Bilder on-the-fly zu machen.",
            "Sinnvoll: Originale im Objektspeicher, ein Bild-Transformationsdienst (eigener oder vom CDN-Anbieter) erzeugt Größen bei Bedarf, das CDN cacht die Ergebnisse. So gibt es keine Vorab-Generierung aller Größen und keine Last auf euren App-Servern.",
            "und was passiert beim ersten Aufruf, wenn 10.000 Leute gleichzeitig ein neues Produkt öffnen?",
        ),
        _m(
            "Für unsere Mitarbeiter-App: Sollen Push-Benachrichtigungen direkt aus jedem Fachdienst verschickt werden?",
            "Besser ein zentraler Benachrichtigungsdienst: Fachdienste veröffentlichen Ereignisse ('Schicht geändert', 'Urlaub genehmigt'), der Benachrichtigungsdienst kennt Geräte, Vorlieben und Kanäle und verschickt. Sonst muss jeder Dienst FCM/APNs, Stummschaltungen und Gerätetokens selbst verwalten.",
            "und E-Mail als Ersatz, wenn Push nicht ankommt?",
        ),
        _m(
            "Welche Architektur würdest du für ein Reservierungssystem von 200 Restaurants empfehlen, die auch telefonisch Reservierungen annehmen?",
            "Ein zentraler Reservierungsdienst als einzige Quelle für Tischbelegung; App, Web, Telefonpersonal (über ein Backoffice) und Partnerportale schreiben alle dorthin. Tische und Zeitfenster als Kapazität mit atomarer Buchung, Benachrichtigungen asynchron. Restaurants mit eigener Kassensoftware bekommen eine Synchronisation über Schnittstelle.",
            "was, wenn das WLAN im Restaurant ausfällt?",
        ),
        _m(
            "Wir haben mit Event Sourcing angefangen und jetzt dauert das Laden eines Kontos ewig, weil 200.000 Events abgespielt werden.",
            "Snapshots: Nach z. B. jedem 500. Event wird der Zustand gespeichert, beim Laden beginnt man beim letzten Snapshot. Für Abfragen und Listen außerdem Lesemodelle (Projektionen) nutzen, die per Event aktualisiert werden, statt Aggregate für Lesezugriffe zu laden.",
            "und wenn wir die Projektion ändern wollen?",
        ),
        _m(
            "Wir planen eine Wetterstation-Plattform. Hobbyisten schicken ihre Messwerte per HTTP.",
            "Eingangs-API schlank halten (validieren, in Queue legen, 202 zurück), Verarbeitung getrennt, Speicherung in einer Zeitreihen-DB mit Aggregation (Minuten, Stunden, Tage). Karten und Diagramme lesen aggregierte Werte. Schutz gegen falsche oder massenhaft geschickte Daten pro Station einplanen.",
            "und wenn wir die Daten auch an Wetterdienste weitergeben wollen?",
        ),
        _s(
            "Du bist der interne Architekturberater von Nordlicht Versand GmbH. Antworte knapp, mit klarer Empfehlung.",
            "Unser Versandlabel-Dienst ruft synchron DHL, DPD und GLS auf. Wenn einer hängt, stockt das ganze Packband. Wie bauen wir das robust?",
        ),
        _s(
            "Du bist ein Coding-Assistent im Editor. Projekt: Angular-Frontend und Spring-Boot-Backend im selben Git-Repo, ein gemeinsames Maven/npm-Build.",
            "Frontend und Backend sollen unabhängig voneinander deployen. Wie schneide ich das Repo und die Build-Pipeline um, und was mache ich mit den geteilten DTOs?",
        ),
        _s(
            "Du bist Tutor im Modul 'Verteilte Systeme'. Du erklärst mit Alltagsbeispielen.",
            "Was bedeutet 'at-least-once' und 'exactly-once' bei Nachrichten, und warum sagen alle, exactly-once gibt es nicht wirklich?",
            "Stell dir vor, du bestellst Pizza telefonisch und die Leitung bricht ab, bevor du hörst, ob die Bestellung angekommen ist. Rufst du nochmal an, bekommst du vielleicht zwei Pizzen (at-least-once); rufst du nicht an, vielleicht keine (at-most-once). 'Exactly-once' erreicht man nur, indem die Pizzeria erkennt, dass es dieselbe Bestellung ist, zum Beispiel an einer Bestellnummer. Das nennt man Idempotenz.",
            "und wie macht man das dann bei einem System mit Kafka und einer Datenbank?",
        ),
        _s(
            "Du bist der Assistent von Kontor IT-Beratung und hilfst mittelständischen Kunden bei Systementscheidungen.",
            "Wir sind ein Großhändler und überlegen, unser altes Warenwirtschaftssystem durch SAP, Odoo oder eine Eigenentwicklung zu ersetzen. Dazu hängen Webshop, EDI mit Lieferanten und Lagerverwaltung dran. Wie gehen wir die Entscheidung und die Ablösung architektonisch an?",
        ),
        _u(
            "Auszug aus unserer Service-Landkarte (synchron = S, asynchron = A):\n\n"
            "checkout     -S-> warenkorb, preise, gutscheine, zahlung, lager\n"
            "zahlung      -S-> betrugspruefung (extern, 800ms)\n"
            "lager        -A-> versand\n"
            "gutscheine   -S-> kunden\n"
            "preise       -S-> kunden (für Kundengruppenpreise)\n\n"
            "Der Checkout braucht im Mittel 2,4 s, bei Last über 8 s. Welche Abhängigkeiten würdest du umbauen und wie?"
        ),
        _u(
            "Wir haben folgendes Setup für unsere Schul-Lernplattform:\n\n"
            "- Moodle (selbst gehostet, 1 Server)\n"
            "- eigenes Notenmodul als Plugin, schreibt in dieselbe DB\n"
            "- Videokonferenzen über BigBlueButton auf 2 Servern\n"
            "- Anmeldung über das Landes-Schulportal (SAML)\n\n"
            "Ab dem nächsten Schuljahr kommen 30 weitere Schulen dazu (jetzt 8). Montags um 8 Uhr bricht schon jetzt alles zusammen. Wie sollte die Architektur für 38 Schulen aussehen?"
        ),
        _u(
            "Logauszug, seit wir auf zwei Pods hochskaliert haben:\n\n"
            "01:00:00 pod-a  scheduler: start 'mahnungen-versenden'\n"
            "01:00:00 pod-b  scheduler: start 'mahnungen-versenden'\n"
            "01:00:14 pod-a  4.210 Mahnungen verschickt\n"
            "01:00:15 pod-b  4.210 Mahnungen verschickt\n\n"
            "Jeder Kunde hat die Mahnung doppelt bekommen. Der Scheduler steckt in der Anwendung selbst. Wie sollten geplante Aufgaben architektonisch organisiert sein, wenn die Anwendung mehrfach läuft?"
        ),
        _u(
            "Kurzbeschreibung: Wir sind ein Carsharing-Anbieter in drei Städten. Autos melden per Telematikbox Position, Tankstand und Türstatus. Die App öffnet Autos über unser Backend, das der Box einen Befehl schickt. Problem: In Tiefgaragen ohne Netz bleiben Kunden stehen, und unser Backend ist ein einziger Dienst, der alles macht (Buchung, Telematik, Abrechnung). Wie sollte die Architektur aussehen, damit Öffnen auch ohne Netz in der Garage funktioniert und die Telematik vom Rest getrennt ist?"
        ),
        _u(
            "Wir sind ein Pflegedienst-Software-Anbieter: Tourenplanung, mobile App für die Pflegekräfte, Abrechnung mit den Kassen. Alles ein Monolith. Welche Teile würdet ihr zuerst trennen, und warum?"
        ),
        _u(
            "Wie baut man eine Plattform für Parkhausbetreiber, bei der Schranken, Kassenautomaten und die App zusammenspielen, auch wenn das Parkhaus mal offline ist?"
        ),
        _m(
            "Wir wollen unser Intranet, das Ticketsystem und das HR-Portal an einen gemeinsamen Login hängen.",
            "Ein zentraler Identity Provider (z. B. Keycloak oder Entra ID) mit OIDC/SAML, angebunden an euer Active Directory als Benutzerquelle. Die drei Anwendungen werden Clients des IdP, Rollen kommen als Gruppen-Claims. Nutzerverwaltung passiert dann nur noch an einer Stelle.",
            "und das alte Ticketsystem kann nur LDAP",
        ),
        _m(
            "Unsere Preisberechnung für Versicherungstarife liegt in einer Excel-Datei mit Makros, die jede Nacht in die Datenbank exportiert wird.",
            "Ziel sollte ein eigener Tarifrechner-Dienst sein, der die Regeln versioniert hält und per API rechnet, damit Angebot, Portal und Vertragsverwaltung dieselben Ergebnisse bekommen. Übergangsweise kann man die Excel-Logik Schritt für Schritt in den Dienst übertragen und beide Ergebnisse nachts vergleichen.",
            "die Fachabteilung will die Regeln aber selbst pflegen können",
        ),
        _m(
            "Unser Monolith schreibt beim Speichern einer Bestellung in 14 Tabellen und ruft dabei noch zwei externe APIs auf.",
            "Externe Aufrufe gehören nicht in die Datenbanktransaktion. Speichere die Bestellung und alles, was fachlich zusammengehört, in einer kurzen Transaktion, und schreibe Aufgaben für die externen Systeme in eine Outbox. Ein Worker führt sie danach aus, mit Wiederholungen und Statusrückmeldung.",
            "und wenn die externe API die Bestellung ablehnt?",
        ),
        _s(
            "Du bist der Architektur-Assistent von Alpenblick Bergbahnen. Antworte auf Deutsch, praxisnah.",
            "Skipässe werden an Kassen, online und an Automaten verkauft, die Drehkreuze an den Liften prüfen sie. Am Berg ist das Netz schlecht. Wie sollte die Architektur aussehen, damit gesperrte oder verlorene Pässe trotzdem schnell an allen Drehkreuzen ungültig sind?",
        ),
        _u(
            "Unser aktueller Aufbau für die Vereins-App des Landesverbands:\n\n"
            "- Mitgliederdaten: Access-Datenbank beim Verband, wöchentlicher Export nach MySQL\n"
            "- App-Backend: PHP auf einem Shared Hosting, liest MySQL\n"
            "- Spielpläne: Drittanbieter, werden per Screen-Scraping geholt\n"
            "- Push: Firebase, Tokens in derselben MySQL\n\n"
            "Nächste Saison sollen 400 Vereine statt 60 drauf. Was muss architektonisch passieren, und in welcher Reihenfolge?"
        ),
    ],
    "zh": [
        _u(
            "我们公司有五家门店，每家的会员积分都是各算各的，顾客在A店积的分到B店用不了。想做成全国通用的，系统应该怎么设计？"
        ),
        _u(
            "单体应用拆微服务，第一刀应该从哪里切？我们是做在线教育的，课程、直播、订单、用户都在一个Spring Boot里"
        ),
        _u("秒杀活动怎么设计才能不超卖又不把数据库打挂？大概10万人同时抢1000件"),
        _u("订单服务和库存服务之间用MQ还是直接RPC调用？库存服务偶尔会慢"),
        _u(
            "我们的MySQL单表已经3亿行了，要不要分库分表？还是上TiDB这种分布式数据库？团队只有4个后端"
        ),
        _u(
            "老板问：如果用户量翻十倍，我们现在的系统哪里会先扛不住？一台nginx两台应用服务器一个MySQL主从一个Redis"
        ),
        _u("redis缓存和数据库双写，怎么保证一致性？先删缓存还是先更新数据库，整体方案是什么"),
        _u(
            "毕业设计要做一个外卖平台的后端架构图，商家、骑手、用户三端，应该画哪些模块，模块之间怎么通信"
        ),
        _u("公司要出海，东南亚和欧洲都要上线，数据要不要分区域存？欧洲那边有GDPR"),
        _u("自研消息推送系统还是直接用极光/个推这种第三方？日活50万，需要精准推送和统计"),
        _u(
            "我们三个系统（ERP、WMS、电商后台）之间现在是互相直接调接口，改一个就要改三个，有没有更好的集成方式"
        ),
        _u("把老的PHP项目一点点迁移到Go，怎么做才能不停服、两边并行跑一段时间"),
        _u("服务之间调用链太长了，一个请求要经过七八个服务，超时很难排查。架构上应该怎么治理"),
        _m(
            "我们在做一个预约挂号的小程序，医院、科室、医生、号源、支付这几块，你觉得后端怎么分？",
            "可以按业务边界分成：基础信息服务（医院、科室、医生排班）、号源服务（放号、锁号、释放）、订单服务（预约单、状态流转）、支付服务（对接微信支付、退款）。号源和订单之间的一致性最关键：用户下单时先锁号并设置过期时间，支付成功再确认，超时未付自动释放。",
            "那放号那一瞬间几万人同时抢怎么办",
        ),
        _m(
            "我们准备把日志从各个服务器的本地文件收集起来，统一查",
            "常见做法是每台机器部署采集端（Filebeat或Fluent Bit），发到Kafka做缓冲，再由消费者写入Elasticsearch或Loki，前面用Kibana/Grafana查询。Kafka这一层可以在日志暴增时削峰，也方便以后接别的消费者。",
            "规模小的话Kafka能省掉吗",
        ),
        _m(
            "想做异地多活，北京和上海两个机房",
            "先确定是同城双活还是异地多活。异地多活最难的是数据写入：一般按用户ID做单元化，每个用户的数据只在一个机房写，另一个机房只读或做备份；跨单元的数据（比如全局库存）单独用强一致的中心服务。机房切换要有演练。",
            "用户从北京出差到上海，他的请求怎么路由",
        ),
        _m(
            "现在我们的前端直接调十几个后端服务，每个服务的鉴权方式还不一样",
            "建议加一层API网关统一做鉴权、限流和路由，后端服务只信任网关传过来的用户身份（比如JWT里的claims）。对不同前端（App、小程序、管理后台）可以各做一个BFF层，负责聚合接口和裁剪数据。",
            "网关挂了不就全挂了？",
        ),
        _m(
            "电商的商品详情页访问量很大，怎么设计缓存",
            "多级缓存：CDN缓存静态资源和可静态化的页面片段；网关或应用层本地缓存热点商品；Redis做分布式缓存；数据库兜底。价格和库存这种变化快的数据从页面里拆出来，单独接口、短过期时间。商品修改时发消息通知各级缓存失效。",
            "热点商品把某一个Redis节点打爆了呢",
        ),
        _m(
            "团队想引入DDD，但我们现在的代码是按controller/service/dao分层的，几百个类",
            "不用一次性改。先和业务一起识别限界上下文（比如订单、商品、营销、会员），然后在现有代码里按上下文建包，把相关的service和dao挪进去，上下文之间只通过明确的接口或事件交互。先挑边界最清晰、改动最频繁的上下文试点。",
            "营销这块跟谁都有关系，怎么划",
        ),
        _m(
            "我们的定时任务越来越多，现在都写在一台机器的crontab里",
            "单机crontab有单点问题，也没法看执行历史。可以换成分布式任务调度（XXL-JOB、ElasticJob，或云厂商的调度服务），任务本身做成幂等，调度中心负责分片、失败重试和告警。长任务最好拆成投递消息加消费者处理。",
            "迁移的时候怎么保证任务不重复执行",
        ),
        _m(
            "数据库从自建MySQL迁到云上RDS，有什么整体方案",
            "一般分四步：1）全量迁移，用DTS或mysqldump+binlog位点；2）增量同步，持续追binlog；3）数据校验，对比行数和校验和；4）切换，先切读流量观察，再在低峰期短暂停写切写流量，保留回切方案。",
            "回切方案具体怎么做？",
        ),
        _s(
            "你是星河物流技术部的内部架构助手，回答要结合实际、给出取舍。",
            "司机端App每5秒上报一次定位，目前直接写MySQL，调度大屏也从这张表读，高峰期大屏卡死。这块应该怎么重新设计？",
        ),
        _s(
            "你是IDE里的编程助手。当前仓库是一个Vue前端加Node后端的monorepo，目录：apps/admin、apps/shop、server、packages/common。",
            "server里所有业务都在一个routes文件夹下，已经两百多个文件。我想按业务域重新组织，并把公共逻辑抽到packages里，给个分步骤的重构方案，保证每一步都能正常发布",
        ),
        _s(
            "你是一名分布式系统课程的助教，用通俗的例子讲解，不要直接给作业答案。",
            "老师讲的最终一致性我还是不太懂，比如我在淘宝下单后，订单列表里过几秒才看到，这算吗？系统是怎么设计成这样的？",
        ),
        _u(
            "我们现在的架构是这样的：\n\n"
            "用户 -> SLB -> 2台Tomcat（session存在本机内存）\n"
            "Tomcat -> MySQL主库（读写都走主库）\n"
            "图片上传存在Tomcat本机磁盘 /data/upload\n"
            "定时任务也跑在Tomcat里\n\n"
            "下个月要做一次大促，预计流量是平时的8倍。请帮忙看看有哪些风险点，按优先级排一下应该先改什么。"
        ),
        _u(
            "贴一下我们事故复盘的时间线：\n\n"
            "20:01 营销服务发券接口响应变慢（下游用户服务慢查询）\n"
            "20:03 营销服务线程池打满\n"
            "20:04 订单服务调用营销服务计算优惠，超时3秒，重试3次\n"
            "20:05 订单服务线程池打满，下单全部失败\n"
            "20:12 手动重启营销服务后恢复\n\n"
            "从架构角度，服务之间的依赖和容错应该怎么设计，才能避免一个非核心服务拖垮下单？"
        ),
        _u(
            "我们做的是连锁健身房的会员系统，现在的情况：总部一套系统管会员卡和合同，每个门店有自己的闸机系统（厂商各不相同），课程预约是另外买的SaaS，数据每天晚上用Excel导来导去。会员在门店刷卡经常提示卡无效，其实是同步没跟上。想请你帮我们规划一下整体的系统集成架构：谁是主数据、怎么实时同步、闸机离线时怎么办，以及分几期做比较稳妥。"
        ),
        _u(
            "现有的k8s部署清单简化版：\n\n"
            "deployment/api        replicas: 6   cpu: 2   (HTTP接口 + WebSocket推送)\n"
            "deployment/worker     replicas: 2   cpu: 1   (导出报表、发短信、同步ERP)\n"
            "statefulset/mysql     replicas: 1\n"
            "statefulset/redis     replicas: 1\n\n"
            "问题：WebSocket长连接让api没法顺利滚动发布，一发布用户就断线；worker里导出报表经常把同步ERP的任务堵住。想听听拆分和改造的建议。"
        ),
        _u(
            "我们是开驾校的，学员约车、教练排班、考场预约分别在三个不同的系统里，经常出现教练被约了两个人。想把这几个系统打通，整体应该怎么设计？"
        ),
        _u(
            "小区物业想做一个App：缴费、报修、门禁、停车。门禁和停车是两家不同厂商的设备，各有各的平台，这个系统该怎么搭？"
        ),
        _u(
            "网约车的计价规则经常改（高峰、夜间、节假日、新城市），要不要单独做成一个计价服务或者规则引擎？它和行程服务、支付服务怎么配合"
        ),
        _u("直播带货的时候下单量是平时的50倍，订单系统该怎么设计才能扛住，又不影响平时的成本"),
        _u(
            "公司内部十几个系统各有各的账号密码，想做统一登录。自建CAS/Keycloak，还是直接用企业微信或钉钉的身份体系？从架构上怎么选"
        ),
        _u("视频的播放量、点赞数这种高频计数，整体应该怎么设计？总不能每播放一次就写一次MySQL吧"),
        _u(
            "游戏按区服部署，现在要把二十个老区合成五个，玩家数据、公会、排行榜怎么合并，架构上怎么规划才能停服时间最短"
        ),
        _u("社区团购，团长、仓库、司机、用户四方，系统模块该怎么划分？仓库那边网络经常不好"),
        _u(
            "供应链平台要对接几十家供应商，有的有API，有的只能每天发Excel到邮箱，还有的用FTP。集成层应该怎么设计才不会变成一团乱麻"
        ),
        _u(
            "首页上推荐、广告、运营内容三个团队都在往里塞东西，首页接口越来越慢，谁改都怕出事。从架构上应该怎么理顺"
        ),
        _u(
            "做跨境电商，多币种价格和汇率换算应该放在哪个服务里？商品、订单、支付、结算都要用，现在每个服务各算各的，对账对不上"
        ),
        _u(
            "为了省钱，想把一部分服务从公有云搬回自己机房，变成混合云。网络、数据同步、流量切换整体怎么设计"
        ),
        _u(
            "考研复试可能会问：为什么分布式系统里很难同时做到强一致和高可用？能用银行转账举个例子吗"
        ),
        _u(
            "做一个全国连锁药店的处方流转平台，医院开方、药店接单、医保结算，这几个系统怎么对接比较合理"
        ),
        _m(
            "我们做的是景区门票系统，平时每天几千张，节假日早上八点开抢，一下子几十万人",
            "建议把抢票链路和平时链路分开：前面加一个排队层（虚拟等候室），按库存放行一定速率的用户进入下单；库存放在Redis里用原子扣减做预扣，扣成功再异步落库生成订单；支付超时回补库存。静态页面和余票展示走CDN和缓存，不打数据库。",
            "如果Redis里扣了但落库失败呢",
        ),
        _m(
            "我们打算把Java单体里的用户模块拆出来单独部署",
            "先在单体内部把用户模块的边界理清：其他模块只能通过接口调用它，不能直接查它的表。然后把这个接口的实现替换成远程调用，用开关控制新旧切换。数据迁移放在最后，先让新服务读写同一份数据，稳定后再拆库。",
            "登录态怎么办？现在是单体里的session",
        ),
        _m(
            "我们想做开放平台，让第三方开发者调我们的接口，也能订阅订单变化",
            "可以分成几块：开发者门户和应用注册（发放client id，做OAuth授权）、开放网关（鉴权、限流、按应用计量）、对外API层（和内部接口隔离，单独做版本管理）、事件推送服务（webhook，带签名、重试和投递记录）。内部服务只发内部事件，由推送服务转换成对外格式。",
            "对方服务器挂了一整天，webhook怎么处理",
        ),
        _m(
            "我们在做一个IM聊天系统，目前用户量不大，但是想提前设计好",
            "核心几块：长连接网关（维护WebSocket连接，按用户路由）、消息服务（存储、生成消息序号、离线消息）、会话/群组服务、推送服务（离线时走厂商推送）。网关层要能水平扩展，用一个路由表记录用户在哪个网关节点上。消息先落库再投递，保证不丢。",
            "群聊五百人，一条消息要发五百次吗",
        ),
        _m(
            "我们的服务全部部署在一个可用区，领导说要做高可用",
            "先做同区域多可用区：应用实例分布在至少两个可用区，负载均衡跨区；数据库用主备跨区（云数据库一般勾选即可），Redis也开多可用区；对象存储本身就是多可用区的。这一步成本不高，能防住单机房故障。跨地域容灾是下一步。",
            "那跨地域容灾要做到什么程度",
        ),
        _m(
            "现在每个业务方都直接调第三方短信接口，供应商一换就得改一堆代码",
            "抽一个统一的消息通道服务：业务方只调用内部接口（发什么模板、给谁），通道服务负责选择供应商、失败切换、限流、记录发送结果。供应商的差异封装在适配器里，换供应商只改通道服务。",
            "发送记录要存多久，存哪里",
        ),
        _m(
            "我们要做数据中台，把订单、用户、商品、物流的数据汇到一起分析",
            "常见分层：业务库通过CDC（如Canal、Debezium）把变更实时同步到Kafka，再进入数仓的ODS层，经过清洗形成DWD明细层和DWS汇总层，最后给BI和接口用的ADS层。离线用Hive/Spark，实时需求用Flink。先确定最急需的几个指标，从它们倒推需要接哪些数据。",
            "我们就三个数据开发，这一套是不是太重了",
        ),
        _m(
            "支付回调有时候会重复过来，有时候又收不到",
            "回调处理要做幂等：用支付流水号做唯一键，处理前先查状态，已处理就直接返回成功。收不到的情况要有主动查询兜底：订单在待支付状态超过一定时间，定时任务去支付渠道查询真实状态。两条路都更新同一个状态机。",
            "那订单、支付、发货这几个状态机放在一个服务里还是分开",
        ),
        _m(
            "评审一下：我们每个微服务都有自己的MySQL，但是报表直接用一个脚本连所有库做关联查询",
            "短期能用，但报表脚本依赖了所有服务的内部表结构，任何一个服务改表都可能让报表挂掉，而且大查询会压到业务库。建议通过CDC把各服务的数据同步到一个分析库，报表只读分析库。",
            "延迟多少能接受，老板要看实时大屏",
        ),
        _s(
            "你是云帆科技内部的技术方案助手，回答要简洁，给出推荐和理由。",
            "我们的SaaS现在所有客户共用一套库，有个大客户要求数据物理隔离，还要部署在他们自己的云账号里。系统架构上该怎么支持这种混合模式？",
        ),
        _s(
            "你是编辑器里的AI编程助手。当前项目是一个Python FastAPI服务，所有路由都在main.py里，共3000行，数据库操作直接写在路由函数里。",
            "帮我出一个拆分方案：按业务域分成几个router，加service层和repository层，目录结构怎么排，按什么顺序拆，每一步都能跑",
        ),
        _s(
            "你是软件工程课程的助教，擅长用生活中的例子解释概念。",
            "什么是幂等？为什么设计系统的时候老师一直强调接口要幂等",
            "比如你按电梯按钮，按一次和按十次效果一样，电梯只会来一次，这就是幂等。在系统里，网络超时后客户端往往会重试，如果“扣款”接口不是幂等的，重试就可能扣两次钱。所以设计时会让客户端带一个唯一请求号，服务端记住处理过的请求号，重复的直接返回之前的结果。",
            "那消息队列里的消息重复消费也是这个道理吗",
        ),
        _s(
            "你是华东某制造企业信息部的架构顾问机器人。",
            "车间的MES、仓库的WMS和总部的ERP三套系统，现在靠中间表和定时任务同步，经常对不上账。想改成实时集成，应该用ESB、消息队列还是API网关？整体怎么规划？",
        ),
        _u(
            "这是我们现在的系统调用关系（同步调用）：\n\n"
            "下单服务 -> 用户服务、商品服务、库存服务、优惠券服务、风控服务\n"
            "优惠券服务 -> 用户服务\n"
            "风控服务 -> 用户服务、订单服务（查历史订单）\n"
            "订单服务 -> 风控服务（下单后再次校验）\n\n"
            "发现订单服务和风控服务互相调用，大促时经常死锁超时。想请你帮忙梳理一下这些服务的边界和调用方式应该怎么改。"
        ),
        _u(
            "我们目前的部署是这样的：\n\n"
            "- 北京机房：全部应用 + MySQL主库 + Redis\n"
            "- 云上：只有一个静态官网\n"
            "- 备份：每天凌晨全量备份到机房另一台机器\n"
            "- 域名解析直接指向机房公网IP\n\n"
            "上个月机房断电了6个小时，业务全停。现在要求做到机房故障30分钟内恢复，数据最多丢5分钟。请帮我们设计一个可行的容灾架构和实施步骤。"
        ),
        _u(
            "背景：我们是一家做校园外卖的创业公司，覆盖20所高校。每个学校有自己的骑手团队和合作商家，中午11:30到12:30订单占全天70%。现在系统是一个PHP单体，派单逻辑写在一个定时脚本里，每分钟跑一次，高峰时派单延迟能到五六分钟，学生投诉很多。计划明年扩到100所学校。想问整体架构应该怎么演进，派单应该怎么做成实时的，每个学校之间要不要隔离？"
        ),
        _u(
            "主从切换那天的日志：\n\n"
            "03:12:40 ha-agent   主库心跳超时，提升从库 db-02 为主\n"
            "03:12:41 app-01     写入 db-02 成功\n"
            "03:12:55 db-01      网络恢复，仍以主库身份运行\n"
            "03:13:02 app-03     写入 db-01 成功（连接池未刷新）\n"
            "03:20:10 对账任务   发现订单号重复 137 条\n\n"
            "两个库都被当成主库写了十来分钟，数据已经分叉。想知道高可用这块的整体架构应该怎么设计，才能避免脑裂和双写。"
        ),
        _u(
            "我们是做充电桩运营的，桩来自四个厂家，协议都不一样，App、运营后台、结算都要用桩的数据。平台应该怎么分层？"
        ),
        _u(
            "公司的客服、工单、知识库是三套外购系统，想加一个统一的客户视图，不动原系统的前提下架构怎么做"
        ),
        _u(
            "小程序商城准备接入直播、社群团购、分销三种玩法，每种玩法的佣金和价格规则都不一样，订单系统要怎么设计才不会被这些玩法搞乱"
        ),
        _m(
            "我们做在线考试系统，考试开始那一分钟几万考生同时进来拉试卷",
            "试卷内容提前生成并推到CDN或缓存，开考时只校验考生身份和考试状态，不再查库组卷；答案提交先写入消息队列或本地缓冲，异步落库；客户端定期自动保存，断网重连后续传。判分放在考试结束后批量处理。",
            "防作弊的切屏记录也要实时上报，会不会又把服务压垮",
        ),
        _m(
            "我们的商品、库存、价格三个服务都是同一个团队维护的，但部署是分开的，每次改需求三个都要一起发",
            "这说明它们的拆分边界和变化的方向不一致。如果这三个总是一起变、一起发，可以考虑合并成一个“商品域”服务，内部保留模块划分；真正需要独立扩展的（比如库存的高并发扣减）再单独拆出去。",
            "合并的话数据库也要合吗",
        ),
        _m(
            "我们想在现有系统上加一个工作流引擎，审批流程现在都写死在代码里",
            "可以引入独立的流程引擎（如Flowable、Camunda），流程定义由业务配置，引擎负责流转和待办；业务系统通过接口发起流程、处理回调。关键是划清边界：引擎只管流程状态，业务数据仍然在各业务系统里。",
            "那已经在跑的老流程怎么迁移过去",
        ),
        _m(
            "物流公司，轨迹数据每天几亿条，现在全在MySQL里",
            "轨迹属于写多读少、按时间和运单查询的数据，适合换到时序数据库或者HBase、ClickHouse这类列式存储，按运单号和时间分区；MySQL只保留运单主数据和最新状态。写入前用Kafka缓冲，批量落库。",
            "客户查最近一条轨迹要求毫秒级返回",
        ),
        _s(
            "你是一家连锁酒店集团的内部技术顾问助手，回答要务实。",
            "集团有200家门店，每家门店一套本地的酒店管理系统，会员和价格却要全集团统一。总部系统和门店系统之间的数据应该怎么分工和同步？门店断网时还得能办入住。",
        ),
        _u(
            "我们现在的数据流是这样的：\n\n"
            "业务MySQL（8个库）--每天凌晨全量导出--> Hive\n"
            "Hive --跑批（约4小时）--> 报表MySQL\n"
            "报表MySQL --> BI看板\n\n"
            "现在老板要求看板数据延迟不超过10分钟，而且凌晨全量导出已经开始影响业务库性能。整体的数据架构应该怎么改？团队有3个数据开发。"
        ),
        _u(
            "接口调用统计（高峰时段）：\n\n"
            "调用方        被调方        QPS     平均耗时\n"
            "商品详情      会员服务      18000   25ms   （查会员等级算会员价）\n"
            "购物车        会员服务      6000    25ms\n"
            "下单          会员服务      900     25ms\n"
            "营销          会员服务      12000   30ms\n\n"
            "会员服务扛不住了，但会员等级一天也就变几次。想问这种场景下服务之间的数据应该怎么获取和同步，架构上怎么改比较合理？"
        ),
    ],
    "ja": [
        _u(
            "うちは旅館を3軒やっていて、予約はそれぞれ別の台帳と予約サイトで管理しています。ダブルブッキングが起きないように全部つなげたいのですが、どういう仕組みにするのが正しいですか？"
        ),
        _u(
            "モノリスのRailsアプリをマイクロサービスに分けたい。どこから切り出すのが定石？決済、会員、商品、配送が全部入ってる"
        ),
        _u(
            "注文処理と在庫引当、同期APIで呼ぶべき？それともキュー挟むべき？在庫システムは夜間バッチ中は重い"
        ),
        _u(
            "オンラインくじ（ガチャ）の機能を作ります。確率の管理、数に限りのある景品、不正対策、当選履歴。どういうサービス構成にするのがいい？"
        ),
        _u(
            "オンプレのSQL ServerをAWSのAuroraに移行したい。止められるのは年末の数時間だけ。全体の進め方を教えてください"
        ),
        _u(
            "キャッシュ層をどう設計すべきか迷ってる。ニュースアプリで、記事はほぼ不変、ランキングは1分ごとに変わる"
        ),
        _u(
            "社内の人事システム、勤怠システム、給与システムがバラバラにマスタを持ってて、部署異動のたびに3箇所直してる。どう統合すべき？"
        ),
        _u(
            "認証基盤は自前で作るべきか、Auth0やCognitoを使うべきか。社内向けと顧客向けでアプリが7つあります"
        ),
        _u(
            "大学の課題で、図書館の貸出システムを複数キャンパスで共有する場合のアーキテクチャを考えています。キャンパス間のネットワークが切れたときにどうするか、が論点らしいです"
        ),
        _u(
            "マルチリージョン構成って、うちみたいな国内向けBtoBサービスでも必要？東京リージョンだけで運用してる"
        ),
        _u(
            "フロントからBFF経由で各マイクロサービスを呼ぶ構成と、GraphQLでまとめる構成、どっちがいいの？チームは8人"
        ),
        _u(
            "バッチ処理が夜間に収まらなくなってきた。毎晩全件処理してるのをイベント駆動に変えるとしたら、全体の設計はどうなる？"
        ),
        _u(
            "ざっくりでいいので、飲食店向けモバイルオーダーのシステム構成案ください。店舗のPOS連携あり、ピーク時は昼12時"
        ),
        _m(
            "社内のファイル共有をやめて、申請書類のワークフローシステムを作ろうとしています。",
            "構成としては、Webフロント、ワークフローエンジン（申請・承認・差し戻しの状態管理）、ファイルはオブジェクトストレージ、通知はキュー経由でメールやチャットへ、という分け方が一般的です。承認ルートはコードに埋めず、設定として持たせると部署変更に強くなります。",
            "既存の人事システムとの連携はどうする？",
        ),
        _m(
            "マイクロサービス間でデータが食い違うのが悩みです。注文サービスと配送サービスで住所が違うことがある",
            "どちらが住所の持ち主かを決めるのが先です。多くの場合、注文時点の住所は注文サービスが「スナップショット」として持ち、配送サービスはそれをイベントで受け取って使います。会員の現住所は会員サービスが持ち主で、変更は過去の注文には反映させない、というルールにします。",
            "配送途中で住所変更したいって言われたら？",
        ),
        _m(
            "決済処理をサーガパターンで作り直そうとしています。注文→在庫確保→決済→出荷",
            "オーケストレーション型なら、注文サービス（またはサーガ専用のオーケストレーター）が各ステップを順に指示し、失敗時は逆順で補償処理（在庫解放、返金）を出します。各ステップは冪等にし、状態はオーケストレーター側で永続化しておくのがポイントです。",
            "補償処理そのものが失敗したら？",
        ),
        _m(
            "うちのSaaS、テナントごとにDB分けてて今150テナント。スキーママイグレーションが地獄",
            "選択肢は二つです。テナントDBを維持して、マイグレーションを段階的に流す仕組み（テナントごとのバージョン管理、失敗時の再実行）を整えるか、小規模テナントを共有DB＋tenant_idに寄せて、大口だけ専用DBにするハイブリッドにするかです。",
            "ハイブリッドにしたときアプリ側はどう切り替える？",
        ),
        _m(
            "APIのレスポンスが遅いので全部Redisにキャッシュしようと思う",
            "全部は避けたほうがいいです。まず遅い原因（DBクエリ、外部API、N+1など）を計測して、読み取りが多く変更が少ないデータに絞ってキャッシュします。無効化のタイミングとキー設計を先に決めないと、古いデータが残る障害の原因になります。",
            "無効化のタイミングって、具体的にどこで決めるもの？",
        ),
        _m(
            "レガシーなJavaのWebアプリを段階的にSpring Bootへ移行したい",
            "ストラングラーパターンで、前段にリバースプロキシを置き、URL単位で新旧どちらに流すかを切り替えます。新機能と、よく変更される画面から新アプリに移し、古いアプリは縮小していきます。セッションとDBの共有がネックになりやすいので、最初に認証を共通化しておくと楽です。",
            "DBは最後まで共有のまま？",
        ),
        _m(
            "ログ、メトリクス、トレースを全サービスで揃えたい。今はサービスごとにバラバラ",
            "OpenTelemetryで計装を統一し、各サービスからCollectorに送り、そこからログ基盤・メトリクス基盤・トレース基盤に振り分けるのが今の定番です。トレースIDをリクエストヘッダで伝播させ、ログにも出すとサービスをまたいだ追跡ができます。",
            "全部SaaSに送るとコストが怖い",
        ),
        _s(
            "あなたは株式会社ミナトシステムの社内向け設計相談アシスタントです。簡潔に、トレードオフを明示して答えてください。",
            "コールセンターの通話記録の取り込みと、オペレーター向け画面が同じサーバーで動いていて、取り込みが重いと画面が固まります。どう分離すべきでしょうか。",
        ),
        _s(
            "あなたはエディタ内のコーディングアシスタントです。リポジトリはTypeScriptのExpressアプリで、src/routes、src/db、src/utilsに分かれています。",
            "routesの中にDBアクセスとビジネスロジックが全部書いてある。ドメインごとにサービス層とリポジトリ層を分けたいので、ファイル構成とリファクタの順番を提案して",
        ),
        _s(
            "あなたは情報系大学院の分散システム演習のTAです。答えをそのまま教えず、考え方を導いてください。",
            "リーダー選出がなぜ必要なのかピンとこないです。複数台で同じジョブスケジューラを動かすときの話として説明してもらえますか",
        ),
        _u(
            "現在の構成です。レビューをお願いします。\n\n"
            "- ALB → EC2 x2（Laravel、セッションはファイル保存）\n"
            "- RDS MySQL（シングルAZ）\n"
            "- 画像はEC2のローカルディスク、rsyncで2台を同期\n"
            "- メール送信はリクエスト中に同期でSMTP\n"
            "- デプロイは手動でSSHしてgit pull\n\n"
            "来春テレビで紹介される予定で、アクセスが数十倍になるかもしれません。どこがボトルネック・単一障害点になるか、優先順位つきで教えてください。"
        ),
        _u(
            "障害時のログ抜粋です。\n\n"
            "09:00:02 coupon-api  WARN  DB connection pool exhausted (50/50)\n"
            "09:00:05 cart-api    ERROR timeout calling coupon-api (3000ms) retry 1/3\n"
            "09:00:08 cart-api    ERROR timeout calling coupon-api (3000ms) retry 2/3\n"
            "09:00:11 cart-api    ERROR timeout calling coupon-api (3000ms) retry 3/3\n"
            "09:00:12 gateway     ERROR 504 /cart/checkout\n\n"
            "朝9時のクーポン配布で、クーポンとは関係ない購入まで止まりました。サービス間の依存関係の設計として何を見直すべきでしょうか。"
        ),
        _u(
            "地方自治体の窓口予約システムを作る計画があります。要件は、住民がスマホから予約、窓口職員が当日の受付、既存の住民情報システム（閉域網、外部から直接アクセス不可）との照合、繁忙期は3月と4月に集中、です。閉域網とクラウドをどうつなぐか、どこにどのデータを置くか、全体の構成案をください。"
        ),
        _u(
            "商店街の20店舗で共通ポイントカードを始めたい。各店のレジはメーカーもバラバラ。ポイント残高はどこで持って、レジとはどうつなぐのが正解？"
        ),
        _u(
            "学習塾のオンライン授業で、同時に2000人の生徒が接続します。映像配信、出欠、チャット、小テストをどういう単位で分けて構成すればいいですか"
        ),
        _u(
            "中古車の一括査定サービスで、ユーザーの申込を複数の買取業者に配信して、各社の査定結果を集めて返したい。業者側のシステムとの連携をどう設計する？"
        ),
        _u(
            "新人研修の課題で「社内の備品貸出システムをマイクロサービスで設計せよ」と言われた。何個くらいに分けるのが妥当？分けすぎって減点されそう"
        ),
        _u(
            "電子書籍アプリの「どこまで読んだか」をスマホ・タブレット・PCで同期したい。オフラインで読んだ分もある。仕組み全体としてどう設計する？"
        ),
        _u(
            "部署ごとにkintoneやスプレッドシートで勝手にシステムを作ってて、顧客データが10箇所くらいに散らばってる。全社でどう整理していくのがいい？"
        ),
        _u(
            "スマホゲームのランキングを100万人分リアルタイムで更新したい。テーブル設計じゃなくて、全体の構成としてどうするか知りたい"
        ),
        _u(
            "ネット注文のコンビニ受け取りに対応したい。提携先のシステムとうちの注文システムで受け取り状態を両方持つと食い違いそう。連携はどう設計すべき？"
        ),
        _u(
            "市の粗大ごみ受付をWeb化します。電話受付と同じ回収枠を取り合うし、回収業者3社にも伝える必要がある。全体の仕組みをどうする？"
        ),
        _u(
            "決済手段を増やしたい（クレカ、コンビニ払い、PayPay、後払い）。決済まわりをどう抽象化しておけば、手段が増えても注文側をいじらずに済む？"
        ),
        _u(
            "音楽フェスの公式アプリ、当日だけ10万人が使うけど会場は電波が最悪。タイムテーブルと緊急のお知らせの配信はどういう構成がいい？"
        ),
        _u(
            "家計簿アプリで複数の銀行・カード会社から明細を取り込む処理、今は1台のサーバーで順番に回してて朝までに終わらない。取り込みの仕組みをどう作り直す？"
        ),
        _u(
            "社員証のICカードで入退室、勤怠打刻、複合機の認証を全部やりたい。それぞれ別のベンダー製品。どこを中心にしてどう連携させる？"
        ),
        _u(
            "観光地の混雑状況を、駐車場のセンサーと入場ゲートと人流カメラから集めてサイトに出したい。データの集め方と配信の構成を考えたい"
        ),
        _u(
            "動画に字幕を自動で付けるサービスを作ってます。アップロード→音声認識→翻訳→字幕焼き込み→配信で、1本に数十分かかる。各段階をどうつなげば、途中で失敗しても最初からやり直さずに済む？"
        ),
        _m(
            "映画館チェーンの座席予約を作り直します。今は劇場ごとにサーバーがあって、本部サイトはそれぞれに問い合わせています。",
            "座席在庫の持ち主をどこにするかが要点です。劇場サーバーを残すなら、各劇場を座席の正とし、本部は予約リクエストを劇場へ転送して確定を待つ形。一元化するなら、中央の予約サービスが全劇場の座席を持ち、劇場側の券売機も中央に問い合わせます。劇場のネット断が多いなら前者、そうでなければ後者が運用しやすいです。",
            "全国共通の会員ポイントも付けたいんだけど、どっちの場合も成り立つ？",
        ),
        _m(
            "新規事業で定期便（サブスク）を始めます。今のECは単発購入しか想定していません",
            "定期便は別のサブスクリプションサービスとして持ち、契約（商品、数量、周期、次回日）を管理させます。次回日になったらサブスク側が既存の注文フローに通常の注文を作る、という形にすれば、在庫引当・決済・出荷は既存の仕組みをそのまま使えます。",
            "スキップや数量変更は定期便側と注文側どっちで持つ？",
        ),
        _m(
            "レコメンドを別チームがPythonで作ったモデルで出したい。本体はJavaのモノリスです",
            "モデルは独立した推論サービスとしてデプロイし、本体からはHTTP/gRPCで呼ぶか、夜間にユーザーごとの推薦結果を事前計算してKVストアに置く方法があります。リアルタイム性が不要なら事前計算のほうが本体の可用性に影響しません。どちらにしても、推論が落ちたときは人気商品を返すフォールバックを本体側に用意します。",
            "モデルの更新はどうやって安全に出す？",
        ),
        _m(
            "バッチ、API、管理画面が同じリポジトリ・同じデプロイで、管理画面の文言修正でもAPIが再起動します",
            "デプロイ単位を分けましょう。コードは同じリポジトリのままでよく、ビルド成果物とデプロイパイプラインを3つ（API、バッチ、管理画面）に分け、変更されたディレクトリに応じて必要なものだけ出します。共通のドメインコードはライブラリとしてまとめます。",
            "DBのマイグレーションはどのデプロイで流す？",
        ),
        _m(
            "社内の申請をSlackから出せるようにしたい。経費、休暇、備品。",
            "Slackは入口にすぎないようにします。Slackアプリは申請フォームと通知だけを担当し、申請の状態管理はワークフローサービスが持ちます。経費は会計システム、休暇は勤怠システムへ、承認後にイベントで連携します。こうすればTeamsなど別の入口を足すのも簡単です。",
            "承認者が異動したときの扱いは？",
        ),
        _m(
            "ホテルでスマートチェックイン端末を入れたい。客室管理システム（PMS）と鍵の発行機はそれぞれ別メーカーです",
            "端末から各システムを直接呼ぶのではなく、ホテル側に連携ハブを置くのがおすすめです。端末はハブのAPIだけを知り、ハブがPMS用・鍵発行機用のアダプターを通して処理します。チェックインは「PMSで確定→鍵発行」の順で、鍵発行が失敗したらPMS側を保留に戻す補償処理を入れます。",
            "PMSのメーカーが変わったら？",
        ),
        _m(
            "マンションの宅配ボックスをIoT化するサービスを作っています。ボックス、管理会社向け画面、住人アプリ。",
            "ボックスはMQTTでクラウドのブローカーにつなぎ、状態（施錠・荷物あり）をイベントで送ります。解錠指示はクラウドから送るものの、ネットが切れても暗証番号で開けられるよう、ボックス側に一時コードを事前配布しておく構成が安全です。管理会社画面と住人アプリは同じAPIを使い、権限だけ分けます。",
            "ボックスのファームウェア更新はどう配る？",
        ),
        _m(
            "うちの基幹システム、ベンダーロックインがひどくて、データを取り出すのにもお金がかかる",
            "いきなり置き換えず、まず基幹の外側に自前のデータ層を作ります。基幹から取り出せる最小限の方法（日次エクスポート、DBレプリカ、画面連携など）でデータを自社のDBへ集め、新しい機能はそちらを参照して作る。そうすると置き換えの時に、基幹が担う範囲が少しずつ小さくなっています。",
            "その自前のデータ層、誰が正になるの？",
        ),
        _s(
            "あなたは株式会社ハルカゼ交通の社内IT相談アシスタントです。",
            "バスの位置情報をバス停の表示器とアプリに出しています。今は位置を受けるサーバーが表示器とアプリにも直接配信していて、朝のラッシュで遅延します。どう構成を分けるべき？",
        ),
        _s(
            "あなたはエディタに組み込まれたAIアシスタントです。プロジェクトはDjangoで、1つのアプリ（core）にモデル120個、ビュー300個があります。",
            "coreを業務ごとのアプリ（受注、在庫、請求、顧客）に分割したい。モデルを移すときのマイグレーションの扱いも含めて、分割の計画を出して",
            "計画の骨子：1) 依存関係を洗い出し、他に依存されにくい「顧客」から切り出す。2) 新アプリを作り、モデルはdb_tableを既存テーブル名に固定したまま移動（SeparateDatabaseAndStateで状態だけ移す）ので、DB上は何も変わらない。3) ビュー・URL・テンプレートを移す。4) 他アプリからの参照を新アプリ経由に置換。これを業務ごとに繰り返します。",
            "受注と在庫が相互に参照しあってる場合は？",
        ),
        _s(
            "あなたは情報工学科の学生向け学習アシスタントです。やさしく説明してください。",
            "CAP定理って結局なにを言ってるんですか？ネットワーク分断が起きたら、の意味がよくわからない",
        ),
        _s(
            "あなたはクラウド事業者「ソラノ」の導入支援アシスタントです。お客様の要件から構成を提案します。",
            "自治体向けの防災情報配信サービスです。普段はほぼアクセスなし、災害時に数十万人が一斉にアクセスします。落ちないことが最優先です。どんな構成がいいですか？",
        ),
        _u(
            "チームとサービスの対応表です。\n\n"
            "サービス        担当チーム     デプロイ頻度   他サービスとの同期呼び出し\n"
            "会員            A             月1            -\n"
            "商品            B             週3            会員\n"
            "注文            B,C           週2            会員,商品,在庫,決済\n"
            "在庫            C             週1            商品\n"
            "決済            A,C           月2            注文\n\n"
            "注文と決済が2チームの共同担当で、リリース調整に毎回1週間かかります。チームとサービスの境界をどう引き直すべきか意見をください。"
        ),
        _u(
            "現行の構成と課題です。\n\n"
            "・基幹システム（オンプレ、COBOL、夜間バッチ）\n"
            "・ECサイト（クラウド、Rails）\n"
            "・連携：毎晩CSVを受け渡し\n\n"
            "課題：ECで注文された商品の在庫が翌朝まで基幹に反映されず、欠品のキャンセルが週に数十件。基幹システムは3年後に刷新予定で、今は大きく手を入れられません。その前提で、連携をどうリアルタイムに近づけるかアーキテクチャを考えてください。"
        ),
        _u(
            "先週の障害ログです。\n\n"
            "10:00:00 batch       会員ランク再計算 開始（全120万件）\n"
            "10:00:02 member-db   CPU 98%\n"
            "10:00:10 login-api   ERROR DB timeout\n"
            "10:00:10 cart-api    ERROR DB timeout\n"
            "10:45:30 batch       完了\n\n"
            "ランク計算のバッチと、ログイン・カートが同じ会員DBを使っています。バッチの時間をずらす以外に、構成としてどう分離すべきでしょうか。"
        ),
        _u(
            "発注元のRFPにある非機能要件です。\n\n"
            "・可用性：99.9%以上（計画停止を除く）\n"
            "・RPO：1時間、RTO：4時間\n"
            "・同時接続：最大5,000ユーザー\n"
            "・データ保存期間：10年\n"
            "・データは国内に保管すること\n\n"
            "これを満たすシステム構成（冗長化、バックアップ、リージョン、アーカイブの方針）を提案してください。予算はあまり大きくありません。"
        ),
        _u(
            "地方の信用金庫向けにアプリを作る案件。勘定系はベンダーのもので、接続は夜間バッチか決まった電文だけ。アプリ側の構成をどう作れば勘定系に負荷をかけずに残高照会や振込ができる？"
        ),
        _u(
            "保育園向けの連絡帳アプリを300園に提供してます。園ごとに設定が違い、登園・降園の打刻は園内のタブレット。全体構成を見直したいので、どこから手を付けるべきか教えてください"
        ),
        _u(
            "社内のAPIが50本くらいあって、どれが誰のものかわからない状態。API管理をどう設計すれば整理できる？ゲートウェイを入れれば解決する？"
        ),
        _u(
            "ふるさと納税のポータル連携をしている自治体向けシステム。ポータルが5つあって、申込データの形式がバラバラ。受け取りから返礼品の発送指示までの流れをどう設計する？"
        ),
        _u(
            "工事現場の写真管理サービス、1日に数十万枚アップロードされる。保存、サムネイル、検索、長期保管のコストまで考えた構成を教えて"
        ),
        _m(
            "スポーツジムのチェーンで、入館ゲート、会員アプリ、店舗の受付システムがそれぞれ別会社の製品です。",
            "会員の状態（在籍、休会、利用可能店舗）の正を一つに決め、そこから各製品に配る形にします。多くの場合は会員管理システムが正で、ゲートと受付には変更イベントかAPIで配信します。ゲートは通信断に備えて、入館可否のリストを手元にキャッシュしておきます。",
            "退会した人がキャッシュのせいで入れちゃう時間はどのくらい許容する？",
        ),
        _m(
            "受託開発で、顧客ごとにほぼ同じシステムをコピーして納品してきました。今20社分あって保守がつらい",
            "共通部分を一つの製品に集約し、顧客ごとの違いを設定と拡張ポイントで表現する方向を目指します。まず20社分の差分を洗い出して、設定で吸収できるもの、プラグインにすべきもの、本当に個別なものに分類します。新規案件から共通製品で納品し、既存顧客は保守更新のタイミングで移行します。",
            "既存顧客のデータ移行はどうする？",
        ),
        _m(
            "ECの注文確定メール、たまに届かない、たまに2通届く、と問い合わせが来ます",
            "送信を注文処理から切り離し、確実に1回だけ送る仕組みにします。注文確定と同じトランザクションで「送信待ち」レコードを書き（アウトボックス）、送信ワーカーがそれを拾って送り、送信済みの印を付けます。ワーカーは注文IDで重複を防ぎます。",
            "メール配信サービス自体が落ちてたら？",
        ),
        _m(
            "会社で使うSaaSが30個に増えて、入社・退社・異動のたびに情シスが手でアカウントを作ったり消したりしています",
            "人事システムを従業員情報の正にして、そこから IdP（Entra ID、Okta など）へ自動連携し、IdP から各SaaSへ SSO と SCIM でアカウントを配る構成が定番です。入社・退社は人事システムに登録するだけで、各SaaSに反映されます。",
            "SCIMに対応してないSaaSはどうする？",
        ),
        _s(
            "あなたは中堅製造業の情報システム部向けの相談アシスタントです。",
            "生産管理、販売管理、会計がそれぞれ別のパッケージで、間はCSVの手作業連携です。DX推進で「連携基盤」を作れと言われました。EAIツールを買うのか、API中心で作るのか、どう考えればいいですか？",
        ),
        _s(
            "あなたはエディタ内のAIアシスタントです。リポジトリはGoのモノリスで、internal/配下に40パッケージ、どれも相互に参照しあっています。",
            "パッケージの依存関係を整理したい。ドメイン層・アプリケーション層・インフラ層に分けて、循環を無くす計画を作って。一度に全部は無理なので段階的に",
        ),
        _u(
            "現状の構成です。\n\n"
            "・予約サイト（WordPress＋予約プラグイン）\n"
            "・店舗の予約台帳（紙）→ 毎晩スタッフがサイトに手入力\n"
            "・ホットペッパー等の外部予約サイト3つ（各管理画面で個別に在庫調整）\n"
            "・決済はサイトのみ、店頭は現金\n\n"
            "美容室4店舗で、ダブルブッキングが月に10件以上。店舗も外部サイトも含めて、予約枠を一元管理する仕組みをどう作ればいいですか？"
        ),
        _u(
            "移行計画の叩き台です。意見をください。\n\n"
            "フェーズ1：オンプレのOracleをAWSのRDS for Oracleにそのまま移す（3か月）\n"
            "フェーズ2：アプリをコンテナ化してECSへ（3か月）\n"
            "フェーズ3：OracleからAurora PostgreSQLへ変換（6か月）\n"
            "フェーズ4：モノリスを業務単位に分割（未定）\n\n"
            "ストアドプロシージャは約800本あります。順序や進め方に無理がないか、リスクと代替案を知りたいです。"
        ),
    ],
    "fr": [
        _u(
            "On a une petite chaîne de librairies (4 magasins + un site). Chaque magasin a sa caisse et son propre fichier de stock, et le site vend parfois des livres qui n'existent plus. Comment organiser tout ça pour avoir un stock unique ?"
        ),
        _u(
            "Entre le service commandes et le service facturation, appel HTTP synchrone ou file de messages ? La facturation est lente en fin de mois."
        ),
        _u(
            "Notre appli de gestion de chantier doit envoyer ses données à 4 logiciels de compta différents selon le client. Comment organiser ces connecteurs pour ne pas avoir un bout de code spécial par client partout ?"
        ),
        _u(
            "Comment migrer une base MongoDB de 400 Go vers PostgreSQL sans interruption de service ? Je cherche la stratégie globale, pas le code."
        ),
        _u(
            "Pour mon mémoire de master, je dois proposer l'architecture d'une plateforme de covoiturage régionale. Quels composants, et comment gérer la mise en relation en temps réel ?"
        ),
        _u(
            "Faut-il développer notre propre moteur de recommandation ou acheter une solution ? Site e-commerce mode, 50k produits, 2 data scientists."
        ),
        _u(
            "on a mis Redis partout comme cache et maintenant on a des données périmées dans tous les coins. comment on repense la stratégie de cache proprement ?"
        ),
        _u(
            "Notre CRM, notre outil de facturation et notre plateforme e-mailing ont chacun leur fichier clients. Quelle architecture d'intégration pour qu'ils restent cohérents ?"
        ),
        _u(
            "Notre ERP et notre site e-commerce sont chez deux hébergeurs différents, et l'ERP ne doit surtout pas être exposé à Internet. Comment les faire communiquer proprement ?"
        ),
        _u(
            "comment découper le frontend d'un gros back-office Angular en micro-frontends, et est-ce une bonne idée pour 3 équipes ?"
        ),
        _u(
            "Nos workers de traitement d'images et notre API tournent sur les mêmes machines. Quand un client envoie 2000 photos, l'API rame. Comment séparer ça ?"
        ),
        _u(
            "On hésite entre un seul gros schéma partagé et une base par service pour notre nouvelle plateforme. Quels critères pour trancher ?"
        ),
        _m(
            "On développe une appli de réservation de terrains de padel pour une dizaine de clubs.",
            "Une architecture simple suffit au départ : une API (réservations, clubs, créneaux), une base relationnelle avec une contrainte d'unicité sur (terrain, créneau) pour éviter les doubles réservations, un module paiement séparé derrière une interface, et les notifications via une file de tâches.",
            "et si on passe à 500 clubs ?",
        ),
        _m(
            "Notre service 'catalogue' est appelé par tous les autres à chaque requête, il est devenu le goulot.",
            "Deux leviers : réduire les appels (les services consommateurs gardent une copie locale des infos produit dont ils ont besoin, alimentée par des événements 'produit modifié'), et rendre le catalogue moins coûteux en lecture (cache, réplicas). Le premier est plus structurant : il supprime la dépendance synchrone.",
            "mais les prix doivent être exacts au moment du paiement",
        ),
        _m(
            "Je dois refondre l'architecture de notre outil de gestion de tickets interne, tout est dans un seul fichier PHP de 12 000 lignes…",
            "Étape par étape : 1) isoler l'accès base de données dans une couche dédiée ; 2) extraire les règles métier (attribution, SLA, escalade) dans des classes de service ; 3) séparer les vues ; 4) introduire un routeur. À chaque étape, l'appli reste fonctionnelle. Des tests de bout en bout sur les parcours clés avant de commencer évitent les régressions.",
            "et on découpe en combien de fichiers à la fin, à peu près ?",
        ),
        _m(
            "Comment assurer la cohérence entre notre base Postgres et l'index Elasticsearch ?",
            "Le plus fiable : Postgres reste la source de vérité, et l'index est mis à jour à partir du journal de modifications (CDC avec Debezium) ou d'une table outbox écrite dans la même transaction. On évite la double écriture depuis l'application, qui laisse des trous si l'une des deux échoue.",
            "et pour reconstruire l'index de zéro ?",
        ),
        _m(
            "On veut exposer nos données à des partenaires (transporteurs, revendeurs) via une API.",
            "Séparez l'API partenaires de votre API interne : une passerelle dédiée avec authentification par partenaire, quotas, versionnement explicite, et une couche qui traduit vos modèles internes en contrats publics stables. Ainsi vous pouvez refactorer l'interne sans casser les partenaires.",
            "webhooks ou polling pour les prévenir des changements ?",
        ),
        _m(
            "Revue d'archi : on a une Lambda par endpoint, 140 Lambdas, chacune avec sa connexion à la base RDS.",
            "Le risque principal est l'épuisement des connexions RDS lors des pics (chaque instance de Lambda ouvre la sienne). RDS Proxy règle en partie le problème. Plus largement, 140 fonctions rendent les déploiements et le partage de code pénibles : regrouper par domaine (une fonction par contexte métier avec un routeur interne) est souvent plus sain.",
            "on regroupe comment, concrètement ?",
        ),
        _m(
            "Nos applis mobiles appellent directement Firebase et notre API maison, c'est le bazar.",
            "Il faut choisir un point d'entrée : soit tout passe par votre API (Firebase devient un détail d'implémentation côté serveur), soit Firebase reste pour le temps réel et l'auth, et votre API ne gère que le métier. Le mélange actuel duplique les règles d'accès à deux endroits.",
            "on garde Firebase juste pour les notifs alors ?",
        ),
        _m(
            "Quelle architecture pour un système d'alertes météo qui prévient 2 millions d'abonnés par SMS et push en moins de 5 minutes ?",
            "Découplez la décision de l'envoi : un service d'alertes produit un événement par zone, un service de ciblage calcule les abonnés concernés et pousse des lots dans une file, puis des workers d'envoi scalables par canal (SMS, push) consomment en parallèle, avec limitation de débit par fournisseur.",
            "et si le fournisseur SMS sature ?",
        ),
        _s(
            "Tu es l'assistant d'architecture de la DSI des Mutuelles Armor. Réponds en français, avec les compromis.",
            "Le portail adhérents interroge directement l'ancien mainframe pour chaque page, qui rame aux heures de pointe. Comment le désolidariser sans tout réécrire ?",
        ),
        _s(
            "Tu es un assistant de code dans l'éditeur. Le dépôt contient un backend Express en un seul fichier server.js de 3 500 lignes.",
            "propose-moi un plan de refacto en plusieurs fichiers : dossiers, modules, dans quel ordre sortir les routes, les services et l'accès aux données, sans casser la prod entre deux étapes",
        ),
        _s(
            "Tu es tuteur pour le cours d'Architecture logicielle de l'IUT. Tu poses des questions pour faire réfléchir.",
            "pour le TP on doit choisir entre architecture hexagonale et architecture en couches pour une appli de bibliothèque. c'est quoi la vraie différence en pratique ?",
        ),
        _u(
            "Voici notre schéma actuel, dites-moi ce qui cloche :\n\n"
            "Navigateur -> Nginx -> App Node (1 instance)\n"
            "App Node -> MySQL (même VM)\n"
            "App Node -> envoi des e-mails en direct pendant la requête\n"
            "App Node -> génération PDF en direct pendant la requête\n"
            "Sauvegardes : dump quotidien sur la même VM\n\n"
            "On lance une campagne nationale dans 2 mois. Quels sont les points de défaillance uniques et que faut-il changer en priorité ?"
        ),
        _u(
            "Extrait des logs de l'incident de samedi :\n\n"
            "14:20:01 stock-svc    WARN  lag consumer group 'reservations' = 48 000 msgs\n"
            "14:22:10 order-svc    INFO  order 5521 created, waiting stock confirmation\n"
            "14:35:40 order-svc    WARN  order 5521 confirmation timeout -> cancelled\n"
            "14:41:12 stock-svc    INFO  reserved stock for order 5521\n\n"
            "Résultat : du stock réservé pour des commandes annulées, et des ruptures affichées à tort. Comment revoir la communication entre commandes et stock pour que ça reste cohérent même quand la file prend du retard ?"
        ),
        _u(
            "Contexte : nous sommes un réseau de 25 agences immobilières. Les annonces sont saisies dans un logiciel métier, diffusées sur 6 portails via des exports FTP nocturnes, et notre site vitrine lit une copie de la base tous les matins. Une annonce vendue reste visible jusqu'à 24 h sur certains portails et les agents se font appeler pour des biens déjà vendus. Comment devrait être pensée l'architecture de diffusion pour que les mises à jour soient quasi immédiates partout ?"
        ),
        _u(
            "Notre appli de covoiturage domicile-travail est vendue à des entreprises : chacune veut ses propres règles et son SSO. Comment on organise ça côté archi sans faire une version par client ?"
        ),
        _u(
            "la mairie veut un seul portail pour toutes les démarches (cantine, crèche, état civil), mais chaque service a son logiciel d'éditeur différent. comment on branche tout ça ensemble ?"
        ),
        _u(
            "Vous feriez comment pour qu'une caisse de food-truck marche toute la journée sans réseau et remonte les ventes au siège le soir, avec 30 camions ?"
        ),
        _u(
            "mon site de formation en ligne sert les vidéos depuis notre serveur OVH et ça sature dès 200 élèves connectés. il faut viser quoi comme archi ?"
        ),
        _u(
            "On ouvre notre plateforme de réservation en Allemagne et en Espagne : une instance par pays ou une seule plateforme multi-pays ? Qu'est-ce qui fait pencher la balance ?"
        ),
        _u(
            "chez nous catalogue, tarification et promotions sont mélangés dans le même module, et chaque promo casse les prix. c'est quoi le bon découpage entre les trois ?"
        ),
        _u(
            "Ma boîte veut remplacer ses 40 jobs Talend qui tournent la nuit par « quelque chose de moderne ». Quelle architecture de flux de données viser, et par où commencer ?"
        ),
        _u(
            "On édite un logiciel pour cabinets d'architectes (les vrais, ceux qui font des maisons). Les fichiers de plans font jusqu'à 2 Go. Où et comment les stocker et les servir, avec des agences un peu partout en France ?"
        ),
        _u(
            "Notre appli métier WinDev tourne sur un serveur dans le bureau du patron. On veut y accéder depuis les chantiers. On la met dans le cloud telle quelle, ou on construit une couche web par-dessus ? Comment on s'y prend ?"
        ),
        _u(
            "un bus d'événements pour faire parler 3 services, c'est raisonnable ou c'est de la sur-ingénierie ?"
        ),
        _u(
            "Comment garantir l'ordre des messages pour un même compte client quand on a 10 consommateurs qui traitent la file en parallèle ?"
        ),
        _u(
            "une seule API avec des rôles pour l'appli mobile et le back-office, ou deux API séparées ? on est en train de tout reprendre"
        ),
        _u(
            "Où doit vivre le calcul des frais de port : dans le front, dans le service commandes, ou dans un service à part ? Les règles changent toutes les semaines."
        ),
        _u(
            "quelle stratégie de mise en prod (blue/green, canary…) quand l'API et le schéma de la base changent en même temps ? on a eu deux rollbacks ratés ce mois-ci"
        ),
        _u(
            "Comment concevoir les notifications en temps réel d'une appli de suivi de livraison (web, mobile, SMS) qui doit tenir 100 000 connexions ouvertes en même temps ?"
        ),
        _m(
            "On gère la plateforme de dons d'une grosse association. Pendant la soirée télé annuelle, on passe de 10 dons/minute à 3 000/minute.",
            "Séparez la prise de don de son traitement : le formulaire crée une intention de paiement chez le prestataire et le don est enregistré de façon asynchrone à réception du webhook. Pages et formulaire servis par un CDN, API de prise de don sans état et scalable, file de messages pour les reçus fiscaux et e-mails, et une base qui n'encaisse que les écritures essentielles pendant le pic.",
            "et le compteur en direct affiché à la télé ?",
        ),
        _m(
            "On fait un logiciel de gestion pour syndics de copropriété, un client = un syndic, environ 400 clients.",
            "Un modèle mutualisé avec un identifiant de syndic partout, de la sécurité au niveau ligne (RLS) dans Postgres, et un stockage objet cloisonné par préfixe pour les documents. Prévoyez dès maintenant une couche de routage par client, qui permettra plus tard de déplacer les gros syndics sur une base dédiée.",
            "et la recherche plein texte dans tous les PV d'assemblée ?",
        ),
        _m(
            "Notre front Vue 2 a 200 composants, un store Vuex énorme et des appels API partout. On veut migrer vers Vue 3 et assainir en même temps.",
            "Ne faites pas tout d'un coup. 1) Sortez les appels API des composants vers une couche de services par domaine ; 2) découpez le store en modules par domaine (ou Pinia, qui cohabite avec Vue 2.7) ; 3) passez en Vue 2.7 pour avoir la Composition API ; 4) migrez les composants par écran ; 5) basculez sur Vue 3 quand les dépendances suivent.",
            "et les composants partagés entre écrans, on les met où ?",
        ),
        _m(
            "Plusieurs de nos services horodatent leurs événements, et quand on reconstruit l'historique d'une commande l'ordre est parfois faux.",
            "Les horloges des serveurs ne sont jamais parfaitement synchronisées, donc l'heure seule ne suffit pas pour ordonner des événements venant de machines différentes. Pour une même commande, faites produire les événements par un seul propriétaire avec un numéro de version croissant, ou passez par une partition par commande dans Kafka, qui garantit l'ordre.",
            "et pour des événements de deux services différents sur la même commande ?",
        ),
        _m(
            "On passe de crons et scripts shell sur 3 serveurs à Airflow.",
            "Bonne idée si vos traitements ont des dépendances entre eux. Commencez par inventorier les scripts et leurs dépendances implicites (« celui-ci doit passer après celui-là »), transformez-les en DAG en gardant les scripts tels quels au début, et faites tourner l'ancien et le nouveau en parallèle sur quelques jours en comparant les résultats.",
            "et qui est propriétaire des DAG, l'équipe data ou les équipes produit ?",
        ),
        _m(
            "Revue d'archi : notre API relit la session utilisateur dans Postgres à chaque requête, 3 000 requêtes/s.",
            "C'est une lecture par requête sur la base principale : ça marche, mais ça coûte et ça couple la disponibilité de tout le site à Postgres. Options : un cache de sessions (Redis) devant Postgres, ou des jetons signés courts (JWT de quelques minutes) vérifiés sans appel, avec un jeton de rafraîchissement qui, lui, passe par la base.",
            "et pour déconnecter quelqu'un tout de suite avec les JWT ?",
        ),
        _m(
            "On est 20 devs sur un seul backend et tout le monde se marche dessus.",
            "Découpez l'équipe et le code ensemble : identifiez 3 ou 4 domaines métier stables, donnez chacun à une équipe, et faites correspondre des modules du code avec des frontières contrôlées (interfaces publiques, règles d'import). L'inverse — découper le code sans changer l'organisation — finit généralement avec des modules que tout le monde modifie.",
            "les devs front, on les met dans chaque équipe ou on garde une équipe front ?",
        ),
        _m(
            "On veut un système de réservation de bornes de recharge sur les aires d'autoroute, avec plusieurs opérateurs de bornes.",
            "Une plateforme centrale de réservation qui parle aux opérateurs via le protocole OCPI (standard du secteur), un service de disponibilité alimenté par les statuts des bornes, et des réservations courtes avec expiration. Chaque opérateur reste maître de ses bornes : la plateforme réserve via lui, pas en direct.",
            "et si la borne perd le réseau pendant la réservation ?",
            "La réservation reste valable côté plateforme et côté opérateur ; à l'arrivée, le conducteur s'identifie avec un badge ou un code que la borne peut vérifier localement (liste blanche mise en cache). Les données de charge sont remontées quand la connexion revient, et l'opérateur réconcilie.",
            "et la facturation entre opérateurs ?",
        ),
        _m(
            "Notre appli Flutter appelle Supabase directement. On doit maintenant ajouter de la vraie logique métier (tarifs, validations, commissions).",
            "Ne laissez pas ces règles dans l'appli : elles seraient contournables et dupliquées le jour où vous ferez un site web. Gardez Supabase pour l'auth et la lecture simple, et faites passer les écritures sensibles par une couche serveur (fonctions edge ou petit backend) qui applique les règles, avec des politiques RLS qui interdisent l'écriture directe.",
            "fonctions edge ou un vrai backend à part, à partir de quand ?",
        ),
        _m(
            "Nos partenaires livreurs nous envoient leurs statuts de livraison par webhooks et on en perd régulièrement.",
            "Votre point d'entrée doit juste accepter vite : valider la signature, stocker le message brut (ou le mettre en file) et répondre 200. Le traitement se fait ensuite, de manière idempotente (clé = identifiant de l'événement du partenaire). Ajoutez une réconciliation périodique via leur API pour rattraper ceux qui n'arrivent jamais.",
            "et s'ils envoient les statuts dans le désordre ?",
        ),
        _m(
            "Notre table d'événements fait 3 milliards de lignes et tout ralentit.",
            "Trois pistes complémentaires : partitionner par mois pour que les requêtes récentes ne touchent qu'une petite partie ; archiver les partitions anciennes vers un stockage froid (Parquet sur stockage objet) ; et envoyer les usages analytiques vers une base colonne (ClickHouse, BigQuery) plutôt que de les faire sur la base transactionnelle.",
            "et le support qui doit chercher l'historique d'un client sur 5 ans ?",
        ),
        _s(
            "Tu es l'assistant de l'équipe SI de Bricobois, enseigne de bricolage (120 magasins). Réponds en français, avec des recommandations claires.",
            "Les étiquettes électroniques de prix en rayon sont mises à jour par un batch la nuit depuis l'ERP. On veut des changements de prix dans la journée, magasin par magasin. Quelle architecture ?",
        ),
        _s(
            "Tu es un assistant de code dans l'éditeur. Dépôt : monorepo Nx avec 3 applis Angular et 12 bibliothèques partagées, où tout importe tout.",
            "propose des frontières entre les libs (domaine, ui, data-access, utils), dis-moi quoi déplacer où et comment interdire les imports qui ne respectent pas les frontières",
        ),
        _s(
            "Tu es tuteur en BUT informatique. Tu expliques avec des exemples de la vie courante.",
            "c'est quoi la différence entre orchestration et chorégraphie dans les microservices ? on me dit de prendre l'exemple d'une commande au restaurant",
            "Orchestration : un chef de salle reçoit la commande, dit à la cuisine de préparer, au sommelier de servir le vin, puis au serveur d'apporter les plats ; il suit tout et gère les problèmes. Chorégraphie : la commande est affichée sur un écran, et chacun réagit de lui-même (la cuisine voit la commande et cuisine, le serveur voit « plat prêt » et l'apporte), sans chef central.",
            "et quand un plat est raté, ça se passe comment dans les deux cas ?",
        ),
        _s(
            "Tu es l'assistant avant-vente de Plumeo, éditeur de CMS en SaaS. Tu aides les prospects à intégrer Plumeo dans leur SI.",
            "On a un PIM (Akeneo), un ERP (Sage) et on veut votre CMS pour le site. Qui doit être la source de quoi, et comment les données circulent entre les trois ?",
        ),
        _s(
            "Assistant interne de l'équipe plateforme chez Caravelle Assurances. Stack : Java, Kafka, Oracle, OpenShift.",
            "On veut sortir la gestion des sinistres du monolithe. Quelle frontière de service, quelles données partent avec, et comment on garde Oracle en source de vérité pendant la transition ?",
        ),
        _u(
            "Volumes actuels et prévus, pour dimensionner :\n\n"
            "service         req/s aujourd'hui   req/s dans 18 mois   état\n"
            "recherche       400                 4 000                sans état\n"
            "panier          120                 1 500                session Redis\n"
            "commande        15                  200                  Postgres\n"
            "recommandation  300                 3 000                modèle en mémoire 6 Go\n\n"
            "Tout tourne aujourd'hui sur 4 VM identiques qui hébergent tous les services. Comment devrait évoluer l'architecture et le découpage de l'hébergement ?"
        ),
        _u(
            "Proposition reçue de notre prestataire, qu'en pensez-vous ?\n\n"
            "« Nous proposons de placer une passerelle GraphQL fédérée devant les 14 API existantes. "
            "Chaque équipe exposera un sous-graphe. Les applis mobile et web ne parleront plus qu'à la passerelle. "
            "Le cache sera géré au niveau de la passerelle. Délai : 3 mois. »\n\n"
            "On a 5 équipes, dont 2 qui n'ont jamais fait de GraphQL. Quels sont les risques, et y a-t-il une alternative plus progressive ?"
        ),
        _u(
            "Journal de notre service de paiement, hier soir :\n\n"
            "21:04:11 webhook psp  payment_intent.succeeded  pi_7Hs2  -> commande 90412 PAYÉE\n"
            "21:04:12 webhook psp  payment_intent.succeeded  pi_7Hs2  -> commande 90412 PAYÉE\n"
            "21:04:12 expédition   création colis commande 90412\n"
            "21:04:12 expédition   création colis commande 90412\n\n"
            "Deux colis pour une commande. Le prestataire de paiement dit que les doublons de webhooks sont normaux. Comment doit être conçue la chaîne paiement → commande → expédition pour que ça n'arrive plus ?"
        ),
        _u(
            "Contexte : nous sommes un réseau de 9 musées municipaux. Chaque musée a sa billetterie (3 logiciels différents), la ville veut un pass unique valable dans tous les musées, vendu en ligne et aux guichets, avec des jauges par créneau horaire. Les guichets doivent continuer à vendre même si internet coupe. Quelle architecture proposeriez-vous : remplacer les billetteries, ou construire une couche commune au-dessus ? Et comment gérer les jauges partagées entre vente en ligne et guichets ?"
        ),
        _u(
            "on a trois applis qui envoient chacune leurs propres SMS et e-mails, avec trois prestataires différents. ça vaut le coup de centraliser ? à quoi ressemblerait le service central ?"
        ),
        _m(
            "On construit une marketplace de location de matériel entre particuliers (perceuses, tentes, etc.).",
            "Blocs principaux : annonces et recherche géolocalisée, calendrier de disponibilité par objet (réservation atomique sur les dates), paiement avec caution (empreinte bancaire) et reversement au propriétaire, messagerie, et litiges. Le calendrier et le paiement sont les deux parties où la cohérence compte vraiment.",
            "et la caution, on la bloque combien de temps et où ça vit dans l'archi ?",
        ),
        _m(
            "Nos 6 services ont chacun leur propre copie de la table des magasins (adresses, horaires), remplie à la main.",
            "Désignez un propriétaire unique — un petit service « référentiel magasins » — qui publie un événement à chaque modification. Les autres services gardent une copie en lecture seule alimentée par ces événements, et ne modifient plus rien eux-mêmes.",
            "et les horaires exceptionnels des jours fériés ?",
        ),
        _s(
            "Tu es l'assistant interne de l'équipe technique d'Océane Croisières.",
            "Les navires ont une connexion satellite lente et coupée par moments. Les passagers réservent des excursions à bord, et on veut que ces réservations remontent au siège et aux prestataires à terre. Comment concevoir la synchronisation bord/terre ?",
        ),
        _u(
            "Voici la cartographie de nos flux de données clients, faite par un stagiaire :\n\n"
            "- Site web -> CRM (formulaire contact, temps réel)\n"
            "- CRM -> outil d'e-mailing (export CSV hebdo)\n"
            "- Caisse magasins -> fichier Excel -> CRM (saisie manuelle, mensuelle)\n"
            "- Appli mobile -> base Firebase (jamais synchronisée avec le CRM)\n"
            "- Service client -> Zendesk (aucun lien)\n\n"
            "On veut une vision unique du client. Quelle architecture cible, et quelles étapes pour y arriver sans tout casser ?"
        ),
        _u(
            "Extrait de notre supervision pendant les soldes :\n\n"
            "10:00:01 front        rps=9 200\n"
            "10:00:03 session-svc  latence p99 = 3 s (Postgres)\n"
            "10:00:05 front        timeouts vers session-svc 22 %\n"
            "10:00:06 panier       ERROR session introuvable -> panier vidé\n\n"
            "Chaque requête du front valide la session auprès de session-svc, qui lit Postgres. Comment repenser la gestion des sessions et la dépendance entre le front, le panier et ce service ?"
        ),
    ],
    "pt": [
        _u(
            "tenho uma rede de 8 farmácias e cada loja cadastra preço e promoção no seu próprio sistema. no site aparece um preço, no balcão outro, e o cliente reclama. como deveria ser a arquitetura pra ter preço único e promoções centralizadas?"
        ),
        _u(
            "nosso app de delivery é um monolito em Node. vale a pena quebrar em microsserviços agora ou esperar crescer? somos 5 devs"
        ),
        _u(
            "pedido -> pagamento -> nota fiscal. a SEFAZ cai toda hora. como desenhar esse fluxo pra não travar a venda quando a emissão da nota falha?"
        ),
        _u(
            "somos um portal de notícias e em dia de eleição o tráfego vai a 50x o normal. como desenhar o site e a apuração ao vivo pra aguentar?"
        ),
        _u(
            "Como migrar um sistema bancário legado em COBOL para uma arquitetura moderna de forma incremental? Visão geral das fases."
        ),
        _u(
            "TCC: preciso propor a arquitetura de um sistema de agendamento para uma rede de salões de beleza. quais componentes e como eles se comunicam?"
        ),
        _u(
            "fila ou chamada síncrona entre o serviço de cadastro e o de envio de e-mails de boas-vindas?"
        ),
        _u(
            "cache no Redis ou no próprio CDN para a página de produtos de um e-commerce com preços que mudam de hora em hora?"
        ),
        _u(
            "comprar um gateway de API pronto (Kong, Apigee) ou fazer o nosso? temos 20 serviços e 3 apps clientes"
        ),
        _u(
            "Como lidar com consistência entre o saldo da carteira digital e o histórico de transações quando são serviços diferentes?"
        ),
        _u(
            "nosso ERP, o e-commerce e o marketplace (Mercado Livre) cada um tem um cadastro de produto diferente. qual a melhor forma de integrar tudo?"
        ),
        _u(
            "nosso SaaS de gestão escolar tem um banco por escola (900 escolas) e agora a secretaria de educação quer relatórios juntando todas. como montar isso?"
        ),
        _u(
            "como organizar um monorepo com 4 apps e 12 libs compartilhadas pra que mudar uma lib não obrigue a fazer deploy de tudo"
        ),
        _u(
            "Em Portugal, temos uma aplicação para as juntas de freguesia e cada junta quer os seus dados separados. Uma base por junta ou uma partilhada? São 300 juntas."
        ),
        _m(
            "Estamos montando uma plataforma de cursos online: vídeos, matrículas, pagamentos e certificados.",
            "Uma divisão razoável: catálogo de cursos e matrículas num serviço principal (relacional), vídeos num storage de objetos com CDN e transcodificação assíncrona, pagamentos isolados atrás de uma interface própria (com webhooks do gateway), e certificados gerados por um worker quando o aluno conclui. Comece como monolito modular com essas fronteiras.",
            "e quando lançar um curso famoso e 50 mil entrarem na mesma hora?",
        ),
        _m(
            "nosso checkout chama 5 serviços em sequência e demora 4 segundos",
            "Veja o que precisa ser síncrono de verdade: normalmente só reserva de estoque e autorização do pagamento. Cálculo de frete pode vir antes (cacheado), e coisas como pontos de fidelidade, e-mail e nota fiscal podem ir para uma fila depois que o pedido é confirmado. O que sobrar síncrono, chame em paralelo quando não houver dependência.",
            "e se o pagamento for aprovado mas a reserva de estoque falhar?",
        ),
        _m(
            "Queremos tirar os relatórios do banco de produção, eles estão derrubando o sistema.",
            "Primeiro passo barato: uma réplica de leitura só para relatórios. Se os relatórios cruzam dados de vários sistemas, vale um data warehouse (BigQuery, Redshift) alimentado por CDC ou carga noturna, com uma ferramenta de BI em cima. Assim o produção fica só com a carga transacional.",
            "CDC não é complicado demais pra um time pequeno?",
        ),
        _m(
            "Como estruturar a autenticação para 6 sistemas internos que hoje têm cada um seu login?",
            "Centralize num provedor de identidade (Keycloak, Azure AD, Okta) com SSO via OIDC. Cada sistema vira um cliente OIDC e deixa de guardar senhas. Permissões finas continuam em cada sistema, mas papéis de alto nível podem vir como claims do token.",
            "e os sistemas antigos que não falam OIDC?",
        ),
        _m(
            "Precisamos mover nosso MySQL on-premise para a nuvem sem parar a loja.",
            "Replicação contínua: configure a base na nuvem como réplica da local (binlog ou DMS), deixe sincronizar, valide os dados, depois aponte a leitura para a nuvem, e por fim faça um corte curto das escritas numa janela de baixo movimento, com a replicação reversa pronta para voltar se algo der errado.",
            "quanto tempo de parada a gente deve esperar no corte?",
        ),
        _m(
            "revisa meu desenho: app -> API -> grava no banco -> publica evento no Kafka",
            "O ponto fraco é a escrita dupla: se a gravação no banco der certo e a publicação no Kafka falhar, o evento se perde (ou o contrário, se inverter). Use o padrão outbox: grave o evento numa tabela na mesma transação e deixe um processo separado publicar no Kafka.",
            "e esse processo separado, roda onde?",
        ),
        _m(
            "A gente quer que o app funcione sem internet no campo (é para técnicos de manutenção) e sincronize depois.",
            "Arquitetura offline-first: banco local no app (SQLite), fila local de alterações, e um serviço de sincronização no backend que recebe lotes com versão/timestamp. Defina regras de conflito por tipo de dado: ordens de serviço podem ser 'última escrita vence', mas apontamento de peças usadas deve somar, não sobrescrever.",
            "e se dois técnicos editarem a mesma ordem offline?",
        ),
        _m(
            "Temos 30 microsserviços e ninguém sabe mais quem chama quem.",
            "Comece pela observabilidade: tracing distribuído (OpenTelemetry) gera o mapa real de dependências. Depois, catálogo de serviços com dono, contratos e dependências declaradas. Com o mapa em mãos, dá para ver ciclos e serviços que deveriam ser fundidos.",
            "fundir serviço? achei que o caminho era sempre separar",
        ),
        _s(
            "Você é o assistente de arquitetura da equipe de tecnologia da Cooperativa Vale Verde. Responda em português, com prós e contras.",
            "As balanças dos armazéns mandam as pesagens para um servidor local em cada unidade, e a matriz só vê os dados no dia seguinte. Como desenhar para a matriz ver tudo quase em tempo real, mesmo com internet ruim no interior?",
        ),
        _s(
            "Você é um assistente de programação dentro do editor. O projeto é um backend em Kotlin com Spring, pacotes controller, service, repository, tudo misturado entre domínios.",
            "quero reorganizar em módulos por domínio (pedidos, clientes, estoque) no gradle, com dependências explícitas. me dá o plano de arquivos e a ordem de migração",
        ),
        _s(
            "Você é monitor da disciplina de Sistemas Distribuídos. Explique com exemplos do dia a dia e faça perguntas ao aluno.",
            "não entendi por que o Pix precisa de idempotência. se eu mandar o mesmo pagamento duas vezes o sistema não percebe sozinho?",
        ),
        _u(
            "Nosso fluxo de integração hoje:\n\n"
            "1. Loja virtual (VTEX) gera pedido\n"
            "2. Um script PHP no cron, a cada 10 min, busca pedidos novos\n"
            "3. O script cadastra o pedido no ERP (API SOAP)\n"
            "4. Outro cron, a cada hora, lê o estoque do ERP e atualiza a VTEX\n\n"
            "Problemas: vendas de produto sem estoque na Black Friday, pedidos duplicados no ERP quando o script cai no meio. Como redesenhar essa integração?"
        ),
        _u(
            "Segue o que o monitoramento mostrou no pico de ontem:\n\n"
            "serviço       cpu    p99      erros\n"
            "gateway       35%    2.9s     1.2%\n"
            "usuarios      92%    2.5s     0.8%\n"
            "pedidos       40%    3.1s     4.5%\n"
            "recomendacao  30%    300ms    0%\n\n"
            "Todos os serviços chamam 'usuarios' a cada request para validar o token e buscar o perfil. O que você mudaria na arquitetura para tirar esse gargalo?"
        ),
        _u(
            "Somos uma operadora de turismo com três sistemas: reservas de hotel (fornecedor A, API REST), passagens aéreas (fornecedor B, XML), e nosso site próprio. O cliente monta um pacote com hotel e voo, e às vezes o voo é emitido mas o hotel falha, e ficamos com o prejuízo. Como deveria ser a orquestração dessas reservas para lidar com falhas parciais e compensações? Preferimos algo que um time de 4 pessoas consiga manter."
        ),
        _u(
            "nossa cooperativa de crédito quer lançar um app, mas o core bancário é de um fornecedor e só aguenta umas 50 requisições por segundo. como proteger o core quando o app crescer?"
        ),
        _u(
            "faço um cardápio digital por QR code pra bares. cada bar tem uma impressora na cozinha. como o pedido sai do celular do cliente e chega na impressora de forma confiável, mesmo com a internet do bar ruim?"
        ),
        _u(
            "Qual a melhor forma de organizar a emissão de boletos e a conciliação bancária para uns 200 condomínios, com 4 bancos diferentes?"
        ),
        _u(
            "precisamos integrar nosso delivery próprio com iFood e Rappi. cardápio, preço e disponibilidade têm que bater nos três. como desenhar isso?"
        ),
        _u(
            "a empresa tem 3 sistemas legados em Delphi que conversam trocando arquivos numa pasta compartilhada. qual o caminho pra modernizar essa integração sem reescrever os três?"
        ),
        _u(
            "meu app de carona universitária é Firebase puro e funciona bem no meu campus. como preparar a arquitetura pra 50 universidades?"
        ),
        _u(
            "Estou montando um SaaS de agendamento para clínicas de estética e todo cliente quer WhatsApp integrado. O envio fica dentro do sistema principal ou num serviço à parte? E se a gente trocar de provedor de WhatsApp?"
        ),
        _u(
            "fila virtual pra matrícula na rede municipal: abre às 8h e uns 30 mil pais entram ao mesmo tempo. como desenhar pra não cair e ser justo com a ordem de chegada?"
        ),
        _u(
            "data lake ou data warehouse pra uma varejista com 40 lojas, ERP Protheus e um e-commerce? o time de dados são 2 pessoas"
        ),
        _u(
            "A nossa empresa de distribuição de gás quer que os clientes comuniquem as leituras do contador por app, SMS e site. Como centralizar a receção dessas leituras e enviá-las à faturação?"
        ),
        _u(
            "quiz ao vivo na TV: 1 milhão de respostas em 10 segundos. como receber e contar isso sem derrubar nada?"
        ),
        _u(
            "o time quer usar gRPC entre os serviços internos e REST pra fora. faz sentido? o que muda na arquitetura e no dia a dia?"
        ),
        _u(
            "Cuido da TI de uma prefeitura pequena. Temos o sistema de IPTU, o de protocolo e o de RH, cada um com seu banco. O prefeito quer um painel único. Como montar isso sem mexer nos sistemas?"
        ),
        _u(
            "pra um fluxo de aluguel de carro (reserva, caução no cartão, retirada, devolução), vale mais um orquestrador de saga ou só eventos entre os serviços?"
        ),
        _u(
            "somos uma seguradora pequena e cada produto (auto, residencial, vida) foi feito por uma equipe diferente, com cadastro de cliente próprio. como chegar num cadastro único sem parar as vendas?"
        ),
        _u(
            "o sistema de ponto dos funcionários das lojas precisa funcionar mesmo se cair a internet da loja. como fica a arquitetura entre o relógio de ponto, a loja e o servidor central?"
        ),
        _m(
            "Vamos montar um app de entrega de botijão de gás com revendas parceiras por bairro.",
            "Peças principais: catálogo e preço por revenda, roteamento do pedido para a revenda que atende o endereço, painel da revenda para aceitar e despachar, acompanhamento do entregador e pagamento com repasse. O roteamento é o coração: se a revenda não aceita em X minutos, o pedido vai para a próxima.",
            "e as revendas que só usam WhatsApp e não vão abrir painel nenhum?",
        ),
        _m(
            "Estamos saindo de um PHP legado com front em jQuery para Java no back e React no front.",
            "Faça em fatias com o padrão strangler: um proxy na frente decide, por rota, se vai para o sistema antigo ou para o novo. Comece pelas telas mais usadas e menos críticas, mantenha o login compartilhado entre os dois, e só desligue o PHP quando nenhuma rota apontar para ele.",
            "e os relatórios que leem direto do banco antigo?",
        ),
        _m(
            "Nossa cotação de frete demora uns 6 segundos porque consulta 8 transportadoras.",
            "Chame as 8 em paralelo com timeout curto (por exemplo 1,5 s) e mostre as que responderam; cacheie cotações por CEP de origem/destino e faixa de peso por alguns minutos; e, para transportadoras com tabela fixa, calcule localmente a partir da tabela em vez de chamar a API.",
            "mas no fechamento do pedido o preço tem que ser o exato",
        ),
        _m(
            "Temos um monolito Rails e queremos um app mobile com modo offline pros vendedores externos.",
            "Crie uma API de sincronização separada das telas: o app baixa um recorte de dados (clientes da carteira, catálogo, preços) com versão, registra pedidos localmente e envia em lote quando tiver sinal. O servidor valida cada pedido de novo ao receber (preço, estoque, crédito) e devolve o resultado.",
            "quem resolve conflito, o app ou o servidor?",
        ),
        _m(
            "Alguns clientes grandes querem o nosso sistema com a marca deles (white label).",
            "Mantenha uma única base de código e uma única plataforma; o que muda por cliente é configuração: tema, textos, domínio, e-mails, funcionalidades ligadas. Guarde essa configuração num serviço de tenants e resolva o tenant a partir do domínio da requisição.",
            "e o domínio próprio de cada um, com certificado?",
        ),
        _m(
            "A diretoria quer Kubernetes. Somos 3 devs e temos 6 serviços.",
            "Kubernetes próprio para 3 pessoas é muito custo de operação. Um serviço gerenciado de contêineres (Cloud Run, ECS Fargate, App Service) dá deploy, escala e rollback sem administrar cluster. Se um dia precisarem de Kubernetes, contêineres bem feitos migram sem dor.",
            "e se a gente crescer pra 30 serviços?",
        ),
        _m(
            "Queremos um programa de pontos para a nossa rede de postos de combustível.",
            "Trate pontos como dinheiro: um serviço de fidelidade com um livro-razão (cada acúmulo e resgate é um lançamento imutável com id único), saldo calculado a partir dos lançamentos, e integração com os PDVs dos postos por eventos de venda. Os PDVs não alteram saldo diretamente.",
            "e os pontos que vencem depois de 12 meses?",
        ),
        _m(
            "Nosso serviço de notificações manda tudo na hora e, quando tem campanha, os códigos de login atrasam 20 minutos.",
            "Separe por prioridade: filas diferentes (transacional e marketing), com workers e limites próprios. Códigos de login e alertas vão numa fila pequena e rápida que nunca compete com campanhas. Se o provedor tiver limite de envio, reserve parte da cota para o transacional.",
            "e se o mesmo cliente estiver em duas campanhas no mesmo dia?",
        ),
        _m(
            "Guardamos todas as imagens de produto como BLOB no SQL Server. O banco tem 900 GB.",
            "Mova os arquivos para um storage de objetos (S3, Azure Blob) e guarde no banco só a chave e metadados. Migração em etapas: novos uploads já vão para o storage; um job copia os antigos em lotes e atualiza as referências; a leitura tenta o storage e cai no banco enquanto a cópia não terminar.",
            "e o backup, muda alguma coisa?",
            "Muda para melhor: o backup do banco fica pequeno e rápido, e o storage tem versionamento e replicação próprios. Ative versionamento e, se for crítico, replicação para outra região; defina retenção de versões antigas para não pagar por lixo.",
            "e as imagens que não podem ser públicas?",
        ),
        _m(
            "Revisão: toda a regra de negócio do nosso ERP caseiro está em stored procedures no SQL Server, umas 1.200.",
            "Reescrever tudo é arriscado. Comece tirando das procedures apenas o que muda com frequência ou precisa de teste, para uma camada de serviços na aplicação, procedure por procedure, com testes comparando resultados antigos e novos. As procedures estáveis podem ficar por anos.",
            "e o time de DBA, como fica nisso?",
        ),
        _m(
            "Pensamos em separar leitura e escrita (CQRS) no módulo de pedidos, porque as telas de consulta estão pesadas.",
            "Vale quando leitura e escrita têm formas bem diferentes: a escrita continua no modelo normalizado, e as consultas leem de uma visão desnormalizada (outra tabela, Elasticsearch) atualizada por eventos. O custo é consistência eventual entre as duas.",
            "e a tela que mostra o pedido logo depois de criar?",
        ),
        _s(
            "Você é o assistente de arquitetura da ViaSerra, empresa de ônibus rodoviários. Responda em português, com recomendações diretas.",
            "Vendemos passagens nos guichês das rodoviárias, no site e em marketplaces parceiros. De vez em quando a mesma poltrona é vendida duas vezes. Como deveria ser a arquitetura de reserva de assentos?",
        ),
        _s(
            "Você é um assistente de programação no editor. Projeto: backend Node com Express e Sequelize; a pasta models tem 90 arquivos e a lógica fica toda nas rotas.",
            "quero reorganizar por domínio com uma arquitetura hexagonal simples. me dá a estrutura de pastas, onde ficam as portas e adaptadores, e a ordem pra migrar sem quebrar as rotas",
        ),
        _s(
            "Você é monitor de Engenharia de Software. Responde com exemplos e perguntas.",
            "por que falam que vários microsserviços usando o mesmo banco de dados é antipadrão? na minha empresa é assim e funciona",
        ),
        _s(
            "Você é o assistente técnico da PagaFácil, gateway de pagamentos. Ajuda lojistas a desenhar suas integrações.",
            "Vendemos assinaturas pelo site, pela App Store e pelo Google Play. Como organizar o nosso lado para ter um status de assinatura único por cliente, vindo de três lugares diferentes?",
        ),
        _s(
            "Você é o assistente da equipe de dados da rede de supermercados Bom Preço.",
            "Hoje as vendas dos PDVs chegam no data warehouse uma vez por dia. O comercial quer ver as vendas em tempo quase real. O que muda na arquitetura?",
            "A mudança principal é passar de carga diária para fluxo contínuo: os PDVs (ou o servidor de cada loja) publicam cada venda em uma fila/stream (Kafka, Pub/Sub), um processo consome e grava no warehouse em micro-lotes, e os painéis leem agregados atualizados a cada minuto. A carga diária continua como conferência.",
            "e as lojas com internet instável?",
        ),
        _s(
            "Você é um assistente útil.",
            "Preciso desenhar o sistema de um campeonato de e-sports online: inscrições de times, chaveamento, partidas, resultados enviados pelos jogos, transmissão. Quais peças e como se falam?",
        ),
        _u(
            "Mapa das integrações que temos hoje:\n\n"
            "origem        destino       formato     frequência     quem mantém\n"
            "ERP           e-commerce    CSV/FTP     1x por hora    ninguém (script antigo)\n"
            "e-commerce    ERP           API REST    a cada pedido  fornecedor da loja\n"
            "ERP           WMS           tabela      a cada 5 min   TI interna\n"
            "WMS           ERP           tabela      a cada 5 min   TI interna\n"
            "CRM           e-commerce    nenhuma     -              -\n\n"
            "Queremos organizar isso antes de abrir marketplace. Que arquitetura de integração você sugere e por onde começar?"
        ),
        _u(
            "Log do RabbitMQ e dos consumidores ontem:\n\n"
            "15:02 queue nf-emissao messages_ready=120\n"
            "15:30 queue nf-emissao messages_ready=48.000\n"
            "15:31 consumer nf-01 ERROR timeout SEFAZ, requeue\n"
            "15:40 rabbit memory alarm, publishers blocked\n"
            "15:40 api-pedidos ERROR não foi possível publicar 'pedido-criado'\n\n"
            "A fila de nota fiscal travou e acabou bloqueando a criação de pedidos. Como separar essas filas e desenhar os consumidores para uma falha na SEFAZ não afetar as vendas?"
        ),
        _u(
            "Trecho do edital que temos de atender:\n\n"
            '"O sistema deverá permitir a operação simultânea de 120 unidades de saúde, inclusive em caso de indisponibilidade da conexão com a central por até 48 horas, com sincronização posterior sem perda de registros, e disponibilizar painel consolidado à Secretaria com atraso máximo de 15 minutos."\n\n'
            "Que arquitetura atende isso? Estou pensando em servidor local em cada unidade, mas não sei como ficaria a sincronização e o painel."
        ),
        _u(
            "Nossa situação: somos uma cooperativa de táxi com 1.800 carros. O despacho é feito por uma central de rádio e por um app antigo que roda num único servidor alugado. Queremos um app novo para passageiros, integração com empresas que pagam corridas dos funcionários (faturamento mensal), e manter o rádio para quem liga. O servidor antigo já caiu em dias de chuva forte, quando a demanda triplica. Como desenharia a nova arquitetura e a transição sem deixar os motoristas sem corridas?"
        ),
        _m(
            "A gente tem um app de academia e agora quer integrar com relógios e pulseiras (Garmin, Apple, Xiaomi) pra importar treinos.",
            "Crie um serviço de integrações separado do app principal: cada fabricante vira um conector (OAuth, webhooks ou sincronização periódica), que normaliza os treinos para um formato único e publica um evento 'treino importado'. O app principal só consome esse formato e não conhece as APIs dos fabricantes.",
            "e quando a Garmin muda a API deles?",
        ),
        _m(
            "Nossa loja tem estoque em 3 CDs e queremos escolher de qual CD sai cada pedido.",
            "Isso é um serviço de alocação (order routing) entre o pedido e os estoques: recebe o pedido confirmado, consulta disponibilidade por CD, aplica regras (mais perto do cliente, menor frete, evitar dividir o pedido) e reserva no CD escolhido. Pedidos e estoques não precisam conhecer essas regras.",
            "e se precisar dividir o pedido em dois CDs?",
        ),
        _s(
            "Você é o assistente interno da equipe de plataforma da Bancada Digital, um banco digital. Stack: Kotlin, Kafka, PostgreSQL, AWS.",
            "O serviço de extrato lê direto das tabelas do serviço de transações e ficou lento com 20 milhões de clientes. Como separar isso direito?",
        ),
        _s(
            "Você é um assistente de código no editor. O projeto é um app React Native com 300 telas, chamadas de API espalhadas nas telas e um Redux gigante.",
            "quero organizar em módulos por funcionalidade, com uma camada de dados separada. qual estrutura de pastas e em que ordem migrar, sem parar as entregas",
        ),
        _u(
            "Requisitos que recebemos do cliente (uma rede de lojas de materiais de construção):\n\n"
            "- orçamento feito no balcão precisa virar pedido no site e vice-versa\n"
            "- entrega a partir da loja mais próxima que tiver o material\n"
            "- preço por região (8 regiões)\n"
            "- funcionar com o ERP atual (TOTVS), que não vão trocar\n"
            "- 60 lojas, 3 CDs\n\n"
            "Como você desenharia a arquitetura em volta do ERP para atender isso?"
        ),
    ],
    "it": [
        _u(
            "abbiamo un caseificio: gli ordini dei ristoranti arrivano per telefono, WhatsApp e da un portalino, e la produzione del giorno dopo si pianifica su un foglio Excel. come dovrebbe essere fatto il sistema perché ordini, produzione e consegne parlino tra loro?"
        ),
        _u(
            "monolite Java EE di 15 anni in banca, vogliono passare a microservizi. da dove si parte senza rischiare di bloccare tutto?"
        ),
        _u(
            "tra il servizio ordini e quello spedizioni meglio una coda o chiamate REST? il corriere a volte risponde dopo 30 secondi"
        ),
        _u(
            "abbiamo una web app per le guide turistiche e vogliamo aggiungere audioguide scaricabili offline in 6 lingue. dove stanno i file, come si aggiornano, come si integra il tutto con l'app?"
        ),
        _u(
            "Come si pianifica la migrazione da un database SQL Server on-premise ad Azure SQL per un gestionale usato 24/7 da 40 filiali?"
        ),
        _u(
            "per la tesi devo progettare l'architettura di un sistema di bike sharing comunale: biciclette con GPS, app, pagamenti, manutenzione. che componenti metterei?"
        ),
        _u(
            "sviluppare in casa il motore di prenotazione o usare un SaaS? siamo una catena di 12 hotel"
        ),
        _u(
            "cache: come decidere cosa mettere in Redis e cosa nel CDN per un portale di annunci immobiliari?"
        ),
        _u(
            "Il CRM, il gestionale fatture e il sito hanno tre anagrafiche clienti separate. Qual è l'architettura giusta per tenerle allineate?"
        ),
        _u(
            "un portale unico per prenotare i traghetti verso le isole, con 4 compagnie che hanno ognuna il suo sistema di biglietteria: come lo architetto senza vendere posti che non ci sono?"
        ),
        _u(
            "come si fa a separare il backend in modo che il team dei pagamenti possa rilasciare senza aspettare gli altri 4 team?"
        ),
        _u(
            "eventi o API sincrone per notificare al magazzino, alla contabilità e al CRM che un ordine è stato pagato?"
        ),
        _u(
            "piano di refactoring: abbiamo un'app Flask con 80 route in un unico file e la logica mischiata con le query. come la divido in moduli?"
        ),
        _u(
            "domanda secca: database condiviso tra microservizi, sì o no? il nostro fornitore dice che va bene"
        ),
        _m(
            "Vogliamo una piattaforma dove si fa la spesa da più banchi del mercato rionale e arriva tutto in un'unica consegna.",
            "Componenti: catalogo per banco (ogni ambulante gestisce i suoi prodotti e disponibilità), carrello e ordine unico che si scompone in sotto-ordini per banco, pagamento unico con ripartizione agli ambulanti, e un modulo di raccolta/consegna che sa quando tutti i sotto-ordini sono pronti. Partite con un monolite modulare; il pezzo delicato è lo stato dell'ordine composto.",
            "e se un banco finisce la merce dopo che il cliente ha pagato?",
        ),
        _m(
            "Abbiamo microservizi che si chiamano a catena, se uno rallenta crolla tutto.",
            "Tre interventi: timeout aggressivi e circuit breaker su ogni chiamata; togliere dalla catena ciò che non serve in tempo reale (notifiche, punti fedeltà, statistiche) passandolo su eventi; e per i dati letti spesso da altri servizi, tenerne una copia locale aggiornata tramite eventi.",
            "il circuit breaker quando è aperto cosa risponde all'utente?",
        ),
        _m(
            "Stiamo migrando da MongoDB a PostgreSQL, 200 GB, e non possiamo fermarci.",
            "Approccio a doppia scrittura controllata: 1) migrazione storica in batch; 2) cattura delle modifiche da Mongo (change streams) per tenere Postgres allineato; 3) confronto continuo dei dati; 4) spostamento delle letture, una funzionalità alla volta; 5) alla fine le scritture, con Mongo ancora allineato per un eventuale ritorno.",
            "e i documenti annidati come li modelliamo?",
        ),
        _m(
            "La nostra app mobile chiama 7 servizi diversi per costruire la home.",
            "Conviene un BFF (backend for frontend) per la app: un unico endpoint per la home che aggrega i 7 servizi in parallelo, applica cache dove possibile e restituisce esattamente i dati che la schermata mostra. Riduce round trip e batteria sul telefono.",
            "e la versione web la mettiamo sullo stesso BFF?",
        ),
        _m(
            "Come garantisco che un bonifico interno tra due conti non venga perso o duplicato se i conti stanno in servizi diversi?",
            "Con un ledger: ogni movimento è una scrittura con un identificativo univoco (chiave di idempotenza), addebito e accredito registrati come coppia atomica nello stesso servizio contabile. Se i conti restano in servizi diversi, serve una saga con stato persistente e compensazione (storno) in caso di errore.",
            "meglio un solo servizio contabile allora?",
        ),
        _m(
            "Revisione: ogni microservizio ha il suo Postgres, ma per i report usiamo un job che si collega a tutti e 9 i database e fa le join in Python.",
            "Funziona finché i volumi sono piccoli, ma accoppia il job agli schemi interni di tutti i servizi. Meglio che i servizi pubblichino eventi o che un CDC riversi i dati in un database analitico unico; i report leggono solo da lì.",
            "quanto ritardo è accettabile per i report direzionali?",
        ),
        _m(
            "vogliamo spostare i file caricati dagli utenti dal disco del server a qualcosa di più serio, ora abbiamo 3 server",
            "Object storage (S3, Azure Blob o un equivalente europeo) con upload diretto dal client tramite URL firmati, così i file non passano dai server applicativi. Il database conserva solo metadati e chiavi. Davanti un CDN per la lettura.",
            "e i 2 TB che abbiamo già sui dischi?",
        ),
        _s(
            "Sei l'assistente di architettura del reparto IT di Trasporti Lagunari. Rispondi in italiano e indica sempre pro e contro.",
            "Le paline alle fermate mostrano gli orari leggendo direttamente dal database del sistema di bigliettazione, che ogni tanto si blocca. Come dovremmo separare le cose?",
        ),
        _s(
            "Sei un assistente di programmazione nell'editor. Il repository è un'app Laravel con app/Http/Controllers da 60 file e la logica tutta nei controller.",
            "voglio spostare la logica in service e action per dominio (ordini, clienti, listini). dammi la struttura delle cartelle e un piano a passi che possa fare in più PR",
        ),
        _s(
            "Sei un tutor per il corso di Ingegneria del Software. Spiega con esempi concreti e fai domande allo studente.",
            "il prof ha detto che con la cache distribuita si rischia la 'thundering herd'. cos'è e come si progetta il sistema per evitarla?",
        ),
        _u(
            "Questa è la nostra infrastruttura attuale, serve una revisione prima dell'espansione in Spagna:\n\n"
            "- 1 VM con Apache + PHP + MySQL\n"
            "- backup notturno su un disco USB in ufficio\n"
            "- immagini prodotto sul disco della VM\n"
            "- invio email dalla stessa VM con sendmail\n"
            "- nessun ambiente di test\n\n"
            "Prevediamo di triplicare gli ordini. Quali sono i rischi più gravi e quale architettura dovremmo avere tra un anno?"
        ),
        _u(
            "Log del problema di venerdì:\n\n"
            "18:00:00 promo-service   INFO   avvio campagna 'black friday'\n"
            "18:00:04 pricing-service WARN   cache miss rate 97%\n"
            "18:00:06 pricing-db      WARN   connessioni 500/500\n"
            "18:00:09 catalog-service ERROR  timeout su pricing-service\n"
            "18:00:15 web             ERROR  503 su /prodotti\n\n"
            "All'avvio della promo tutte le chiavi di prezzo sono state invalidate insieme. Come dovremmo ripensare la cache e la dipendenza tra catalogo e prezzi?"
        ),
        _u(
            "Siamo un consorzio di 6 cantine. Ognuna ha il suo gestionale (due usano lo stesso, gli altri no), vogliamo un e-commerce comune dove il cliente compra vini di cantine diverse in un solo carrello, con spedizione unica dal magazzino del consorzio. Come progettereste l'integrazione tra i gestionali delle cantine, il magazzino centrale e il sito? Cosa è sincrono, cosa no, e chi è il proprietario dei dati di giacenza?"
        ),
        _u(
            "la nostra app per pagare la sosta sulle strisce blu è in 12 comuni e ogni comune ha il suo sistema per i controllori. come colleghiamo pagamenti e controlli in tempo reale senza fare 12 integrazioni diverse a mano?"
        ),
        _u(
            "Fatturazione elettronica: le fatture escono dal nostro gestionale, passano da un intermediario allo SDI e le ricevute tornano dopo ore o giorni. Come dovrebbe essere progettato il flusso perché nessuno stato vada perso?"
        ),
        _u(
            "stabilimento balneare con app per prenotare ombrellone e lettini: ad agosto alle 8 di mattina entrano tutti insieme e il sito muore. che architettura serve?"
        ),
        _u(
            "Ho un agriturismo con ristorante, camere e vendita di vino online, tre programmi diversi che non si parlano. Meglio un gestionale unico o collegarli? E come li collegherei?"
        ),
        _u(
            "iscrizioni agli appelli d'esame che aprono a mezzanotte per 20 mila studenti: come si regge il picco senza che due persone prendano l'ultimo posto?"
        ),
        _u(
            "gestionale per studi dentistici, 300 studi clienti, 2 sviluppatori: microservizi su Kubernetes o monolite su due VM? il socio vuole i microservizi"
        ),
        _u(
            "vogliamo spezzare il nostro ERP fatto in casa (contabilità, magazzino, produzione, commerciale). da quale modulo conviene partire e perché?"
        ),
        _u(
            "serverless o container per un'API che riceve le letture orarie di 3000 contatori dell'acqua?"
        ),
        _u(
            "quali componenti servono per un sistema di allerta della protezione civile che deve mandare messaggi a tutti i cellulari di una zona in pochi minuti?"
        ),
        _u(
            "usiamo un'API esterna che si paga a chiamata e la chiamano 4 servizi diversi. come progettare una cache condivisa che faccia risparmiare senza dare dati vecchi?"
        ),
        _u(
            "in un sistema con 6 servizi dove devono stare i permessi degli utenti? ognuno i suoi o un servizio centrale?"
        ),
        _u(
            "la nostra app per ordinare al bar dell'università piace, adesso la vogliono altre 8 università. un'istanza per ateneo o una piattaforma unica?"
        ),
        _u(
            "La nostra piattaforma di formazione per aziende deve integrarsi con i gestionali HR dei clienti (Zucchetti, SAP, TeamSystem). Come struttureresti le integrazioni per non impazzire a ogni nuovo cliente?"
        ),
        _u(
            "quando ha senso un data mesh invece di un data warehouse centrale? siamo un gruppo di 5 aziende con sistemi diversi"
        ),
        _u(
            "come progetteresti il backend di un'app per la raccolta differenziata porta a porta: calendario per via, segnalazioni dei cittadini, camion con GPS?"
        ),
        _u(
            "ogni volta che aggiungiamo un campo all'anagrafica cliente dobbiamo toccare sette progetti. è un problema di architettura? come se ne esce?"
        ),
        _m(
            "Abbiamo un sito di annunci di auto usate e vogliamo aggiungere la trattativa in chat tra venditore e acquirente.",
            "Conviene un servizio di messaggistica separato dal sito: conversazioni legate all'annuncio, messaggi salvati in un database adatto a scritture frequenti, consegna in tempo reale via WebSocket tramite un gateway di connessioni scalabile, e moderazione asincrona (spam, numeri di telefono) su una coda. Il sito principale chiama solo le API della chat.",
            "e le notifiche quando l'app è chiusa?",
        ),
        _m(
            "Il comune vuole un sistema per gli sportelli dell'anagrafe: prenotazione online, totem per il numero, display in sala.",
            "Un servizio centrale di agende e code come unica fonte; sito e totem creano prenotazioni/numeri chiamando lo stesso servizio; i display e le postazioni degli operatori si aggiornano in tempo reale via WebSocket. Ogni sede ha un piccolo nodo locale che tiene la coda del giorno in caso di rete assente.",
            "e se vogliamo mostrare i tempi di attesa sul sito?",
        ),
        _m(
            "Abbiamo tre e-commerce (Italia, Francia, Germania) e vogliamo un catalogo unico ma prezzi e promozioni diversi per paese.",
            "Separate i concetti: un catalogo prodotti condiviso (identità, attributi, immagini), un servizio prezzi con listini per paese/canale, e le promozioni come regole applicate al momento del carrello. I tre siti diventano 'vetrine' che leggono catalogo e listino del proprio paese.",
            "e le traduzioni chi le gestisce?",
        ),
        _m(
            "Il nostro progetto Spring ha 40 classi 'Manager' che si chiamano tutte tra loro, non si capisce più niente.",
            "Piano a tappe: 1) generate il grafo delle dipendenze (es. con ArchUnit o jdeps) e raggruppate i Manager per area funzionale; 2) create un package per area con una sola facciata pubblica; 3) spostate i Manager dentro, rendendoli package-private; 4) aggiungete test ArchUnit che vietano dipendenze non previste. Un'area per sprint.",
            "i cicli tra aree come li rompiamo?",
        ),
        _m(
            "Usiamo un solo bucket S3 per tutto: upload degli utenti, backup del database, log e asset del sito.",
            "Separate per uso: bucket diversi (o almeno account diversi per i backup) con politiche di accesso, cifratura, ciclo di vita e replica diverse. I backup non devono essere cancellabili da chi gestisce il sito, i log possono scadere dopo 90 giorni, gli asset vanno dietro un CDN.",
            "e i permessi tra i vari team?",
        ),
        _m(
            "i commerciali usano Excel collegato via ODBC direttamente al database di produzione e ogni tanto lo bloccano",
            "Togliete l'accesso alla produzione e date loro una fonte dedicata: una replica in sola lettura o, meglio, un piccolo database di reporting con viste pensate per loro. Excel si collega lì; le query pesanti non toccano più gli ordini.",
            "vogliono i dati aggiornati al minuto però",
        ),
        _m(
            "Vogliamo un modello di previsione della domanda integrato nel gestionale, lo sviluppa un'agenzia esterna in Python.",
            "Trattate il modello come un servizio esterno al gestionale: riceve i dati storici da un'esportazione periodica o da un database condiviso di sola lettura, produce previsioni per articolo e settimana e le scrive in una tabella (o le espone via API) che il gestionale legge. Il gestionale non dipende dal modello per funzionare.",
            "chi lo fa girare, noi o l'agenzia?",
            "Meglio voi, sulla vostra infrastruttura: l'agenzia consegna il modello come container con un contratto chiaro su input e output, voi lo schedulate (ad esempio ogni notte) e monitorate che finisca. Così non dipendete dalla disponibilità dell'agenzia per l'operatività.",
            "e se una notte le previsioni non arrivano?",
        ),
        _m(
            "il nostro servizio di geocoding chiama Google Maps per ogni indirizzo di consegna e la bolletta è esplosa",
            "Mettete il geocoding dietro un vostro servizio con una cache persistente degli indirizzi già risolti (normalizzati), così ogni indirizzo si paga una volta sola. Per volumi alti valutate un geocoder open source (Nominatim/Pelias) come primo tentativo e Google solo come fallback.",
            "gli indirizzi però cambiano, nuove vie, numeri civici",
        ),
        _m(
            "Abbiamo tre data center in tre città per ragioni storiche e vogliamo andare in cloud.",
            "Prima mappate le applicazioni e chi parla con chi, con volumi e latenze: le applicazioni molto legate vanno spostate insieme. Poi definite ondate, dalla meno critica alla più critica, con un collegamento dedicato tra cloud e data center durante la transizione.",
            "ci sono applicazioni che parlano tra loro con latenze bassissime, tipo il gestionale di magazzino e i nastri",
        ),
        _m(
            "Dobbiamo fare un sistema di tracciabilità dei lotti alimentari, dal campo al supermercato.",
            "Il cuore è un registro di eventi per lotto: raccolta, trasformazione, confezionamento, spedizione, ricezione. Ogni attore registra eventi con riferimento ai lotti in ingresso e in uscita, così si ricostruisce la catena in entrambe le direzioni. Integrazioni con i gestionali dei partner via API o file standard, e un servizio di interrogazione per i richiami.",
            "e i produttori piccoli che non hanno un computer?",
        ),
        _m(
            "Revisione: la nostra app mobile parla con il database attraverso un'API generica che esegue l'SQL che le manda l'app.",
            "È un rischio serio di sicurezza e un accoppiamento totale: chiunque può modificare le query, e lo schema del database non si può più cambiare senza aggiornare tutte le app installate. Servono API per caso d'uso (ordini, profilo, catalogo), con la logica sul server.",
            "quindi dobbiamo riscrivere tutte le chiamate dell'app?",
        ),
        _m(
            "Un partner ci manda richieste a ondate, fino a 500 al secondo, e il nostro sistema ne regge 80.",
            "Mettete un buffer tra loro e voi: l'endpoint accetta, valida e scrive in una coda, e i consumatori lavorano al ritmo che il sistema regge. Se le richieste devono avere una risposta sincrona, concordate con il partner un limite e rispondete 429 con Retry-After oltre quella soglia.",
            "e se il partner non gestisce i 429?",
        ),
        _s(
            "Sei l'assistente di architettura dell'IT di Acque del Brenta, gestore del servizio idrico. Rispondi in italiano, con pro e contro.",
            "Stiamo installando contatori intelligenti che mandano letture ogni ora. Oggi la fatturazione legge le letture manuali due volte l'anno. Come cambiamo l'architettura tra contatori, sistema di raccolta e fatturazione?",
        ),
        _s(
            "Sei un assistente di programmazione nell'editor. Il repository è un'applicazione Symfony 2 legacy con tre bundle enormi (CoreBundle, AdminBundle, ApiBundle).",
            "devo portarla a Symfony 6 e nel frattempo dividerla per contesti (ordini, clienti, catalogo). fammi un piano: prima la migrazione o prima la divisione? quali file spostare e in che ordine",
        ),
        _s(
            "Sei un tutor di sistemi distribuiti per studenti di informatica. Spieghi con esempi di vita quotidiana.",
            "cos'è la 'backpressure' e perché il prof dice che senza backpressure una pipeline di servizi prima o poi esplode?",
        ),
        _s(
            "Sei l'assistente tecnico di Gestionale Alfa. Aiuti i clienti a integrare il nostro gestionale con altri sistemi.",
            "Abbiamo il vostro gestionale e un e-commerce su Magento. Ora sincronizziamo con uno script notturno e ogni mattina ci sono ordini mancanti. Come dovremmo impostare l'integrazione in modo robusto?",
        ),
        _s(
            "Sei l'assistente interno del gruppo editoriale Lanterna, che pubblica 4 quotidiani locali online.",
            "Ogni testata ha il suo sito e il suo sistema di abbonamenti. Vogliamo un abbonamento unico valido su tutte e quattro. Come la impostiamo?",
            "Serve un servizio centrale di identità e abbonamenti: un account unico, un catalogo di offerte (singola testata o bundle) e un servizio di 'diritti' che risponde alla domanda 'questo utente può leggere questo articolo?'. I quattro siti delegano login e paywall a questi servizi invece di usare i propri.",
            "e gli abbonati che abbiamo già su ogni testata, con email doppie?",
        ),
        _s(
            "Sei un assistente per piccole imprese. Rispondi in modo semplice.",
            "Ho un negozio di biciclette con officina. Voglio che i clienti prenotino le riparazioni online, vedere i ricambi in magazzino e vendere online. Adesso uso un quaderno e un foglio Excel. Come dovrei mettere insieme questi pezzi? Non voglio niente di complicato.",
        ),
        _u(
            "Architettura attuale del portale servizi del nostro comune:\n\n"
            "- Portale (WordPress) con login SPID tramite un plugin\n"
            "- Pagamenti pagoPA gestiti da un modulo di un altro fornitore, su un altro server\n"
            "- Protocollo informatico: sistema del fornitore X, raggiunto via web service SOAP\n"
            "- Pratiche edilizie: gestionale del fornitore Y, nessuna API, solo export CSV\n\n"
            "Il cittadino deve fare login tre volte e lo stato delle pratiche non è mai aggiornato. Come ripensereste l'architettura senza cambiare i fornitori?"
        ),
        _u(
            "Latenze misurate tra i nostri siti:\n\n"
            "Milano <-> Milano (stesso DC)   0,4 ms\n"
            "Milano <-> Roma                 9 ms\n"
            "Milano <-> Francoforte         11 ms\n"
            "Roma   <-> Francoforte         19 ms\n\n"
            "Vogliamo il database principale attivo in due siti con scritture in entrambi. Il nostro gestionale fa circa 40 query in sequenza per salvare un ordine. Che architettura di replica ha senso con questi numeri, e cosa andrebbe cambiato nell'applicazione?"
        ),
        _u(
            "Estratto dei log dei consumer Kafka di ieri:\n\n"
            "10:01:02 group ordini-fatture  rebalance started (member ordini-3 left)\n"
            "10:01:35 group ordini-fatture  rebalance completed\n"
            "10:01:50 ordini-3  processing batch took 62s > max.poll.interval.ms\n"
            "10:01:50 group ordini-fatture  rebalance started\n"
            "... (ripetuto 140 volte fino alle 11:30)\n\n"
            "Ogni batch chiama il sistema di fatturazione, che è lento. Il gruppo resta in ribilanciamento e le fatture si accumulano. Come riprogettare il consumo e la chiamata alla fatturazione?"
        ),
        _u(
            "Siamo un gruppo di 30 concessionarie auto con officine e magazzino ricambi. Ogni concessionaria usa il DMS della casa madre per le vendite, ma le officine usano tre software diversi e i ricambi sono in un magazzino centrale con il suo gestionale. Il cliente che porta l'auto in officina spesso aspetta giorni perché il ricambio risulta disponibile ma non lo è. Vorremmo una architettura che dia una visione unica di ricambi, prenotazioni officina e storico auto, senza sostituire il DMS della casa madre. Come la impostereste?"
        ),
        _u(
            "abbiamo 4 app diverse (clienti, tecnici, magazzino, amministrazione) e ognuna ha il suo backend fatto da fornitori diversi. ha senso unificarle sotto un'unica piattaforma? come si decide?"
        ),
        _m(
            "Gestiamo le prenotazioni di una rete di 20 ostelli, e vogliamo vendere anche su Booking e Hostelworld.",
            "Serve un channel manager come livello centrale: disponibilità e tariffe stanno nel vostro sistema di prenotazione (la fonte), il channel manager le distribuisce ai portali e riceve le prenotazioni da loro, aggiornando subito la disponibilità. Si può comprare o costruire; con 20 strutture conviene comprare.",
            "e se due prenotazioni dello stesso letto arrivano da due portali nello stesso secondo?",
        ),
        _m(
            "Ogni reparto della nostra azienda ha il suo database Access e adesso vogliamo 'modernizzare'.",
            "Prima di scegliere la tecnologia, mappate i processi e i dati: quali tabelle sono copie di altre, chi è il proprietario di ogni dato, quali dati passano da un reparto all'altro. Poi una base dati centrale per i dati condivisi (clienti, articoli) e applicazioni per reparto che la usano, introducendole un reparto alla volta.",
            "partiamo dal reparto che ne ha più bisogno o da quello più semplice?",
        ),
        _s(
            "Sei l'assistente di architettura di Ferrovie Locali Orobie. Rispondi in italiano.",
            "Vogliamo mostrare in app la posizione dei treni e i ritardi. I dati arrivano dal sistema di circolazione, che non può ricevere più di poche richieste al minuto. Come progettiamo la distribuzione a decine di migliaia di utenti?",
        ),
        _u(
            "Schema attuale del nostro sistema di consegna pasti per le mense scolastiche:\n\n"
            "- ordini delle scuole: modulo web -> database MySQL\n"
            "- cucina centrale: legge gli ordini alle 7:00 da un report stampato\n"
            "- diete speciali: foglio Excel condiviso\n"
            "- consegne: autisti con telefono, nessun tracciamento\n\n"
            "Il comune vuole che le scuole possano modificare gli ordini fino alle 9:00 e vedere dove sono i furgoni. Come ripensereste il sistema nel suo insieme?"
        ),
    ],
    "ko": [
        _u(
            "저희는 카페를 6개 운영하는데 매장마다 포스기가 달라서 스탬프 적립이 매장별로 따로 놀아요. 어느 매장에서든 스탬프가 합쳐지게 하려면 시스템을 어떻게 구성해야 하나요?"
        ),
        _u(
            "모놀리식 스프링 서버를 MSA로 쪼개려는데 어떤 기준으로 서비스 경계를 나눠야 할까요? 주문, 회원, 상품, 정산이 다 한 프로젝트에 있어요"
        ),
        _u(
            "주문 서비스랑 포인트 서비스 사이는 동기 호출이 나아요 아니면 카프카로 이벤트 보내는 게 나아요? 포인트 서버가 가끔 죽어요"
        ),
        _u(
            "사용자가 10배 늘면 지금 구조에서 뭐가 제일 먼저 터질까요? EC2 두 대에 RDS MySQL 하나, 세션은 톰캣 메모리"
        ),
        _u(
            "오라클에서 PostgreSQL로 무중단 이전하는 전체 전략이 궁금합니다. 데이터 1.5TB, 프로시저 300개 정도"
        ),
        _u(
            "졸업작품으로 중고거래 앱 백엔드 아키텍처를 설계해야 하는데 채팅, 게시글, 결제, 알림을 어떻게 나누고 연결하면 좋을까요"
        ),
        _u(
            "검색을 엘라스틱서치로 직접 운영할지, 오픈서치 매니지드를 쓸지 고민입니다. 인프라 담당이 1명이에요"
        ),
        _u(
            "지도 기반 부동산 매물 서비스인데 지도를 움직일 때마다 구역별 매물 수를 집계해서 띄우다 보니 DB가 못 버텨요. 집계 구조를 어떻게 설계해야 하나요?"
        ),
        _u(
            "회사에 그룹웨어, ERP, 쇼핑몰 관리자가 따로 있고 직원 정보를 세 군데에서 각각 관리해요. 어떤 방식으로 통합하는 게 맞나요?"
        ),
        _u(
            "국내 서비스인데 서울 리전 하나로만 운영해도 괜찮을까요? 장애 나면 몇 시간 서비스가 멈춰도 되는지 경영진이 결정 못 하고 있어요"
        ),
        _u(
            "선착순 쿠폰 발급 이벤트에 10만 명이 몰리는데 DB 안 죽이고 중복 발급 없이 하려면 구조를 어떻게 짜야 하나요"
        ),
        _u(
            "프론트에서 마이크로서비스 8개를 직접 부르고 있어요. API 게이트웨이 도입이 맞는지, BFF가 맞는지 판단 기준이 궁금해요"
        ),
        _u(
            "배치가 밤새 안 끝나요. 매일 전체 회원 정산을 돌리는데, 구조를 이벤트 기반으로 바꾸면 어떻게 되나요"
        ),
        _m(
            "병원 예약 앱을 만드는데 병원마다 쓰는 EMR이 달라요. 예약 정보를 어떻게 주고받는 게 좋을까요?",
            "병원별 EMR을 직접 앱이 다루지 말고, 중간에 연동 계층을 두는 게 좋습니다. 앱 쪽은 표준화된 예약 모델만 알고, 병원마다 어댑터가 EMR의 API나 파일 연동을 그 모델로 변환합니다. 연동이 느리거나 끊겨도 예약 접수는 받아두고 큐로 재시도하는 구조가 안전합니다.",
            "EMR 쪽에서 예약을 취소하면 앱에는 어떻게 반영해요?",
        ),
        _m(
            "저희 서비스 DB 하나에 모든 서비스가 붙어 있어요. MSA라면서요…",
            "그건 '분산 모놀리스'에 가깝습니다. 스키마를 바꾸면 모든 서비스가 영향을 받죠. 단계적으로 각 테이블의 소유 서비스를 정하고, 다른 서비스는 해당 테이블을 직접 조회하지 않고 API나 이벤트로 받도록 바꿉니다. 그다음 소유 서비스별로 스키마나 DB를 분리합니다.",
            "조인 쿼리가 수십 개인데 그건 어떻게 해요?",
        ),
        _m(
            "결제 실패했는데 주문은 생성되는 문제가 자꾸 생겨요. 주문, 결제, 재고가 각각 다른 서비스예요.",
            "서비스 간 트랜잭션을 사가로 설계해야 합니다. 주문은 '대기' 상태로 만들고, 재고 예약 → 결제 승인 → 주문 확정 순서로 진행하되 실패하면 보상 트랜잭션(재고 해제, 결제 취소)을 실행합니다. 각 단계는 멱등하게 만들어야 재시도해도 안전합니다.",
            "오케스트레이션이랑 코레오그래피 중에 뭐가 나아요?",
        ),
        _m(
            "CDN, 레디스, 로컬 캐시까지 다 쓰고 있는데 상품 가격이 바뀌어도 한참 옛날 가격이 보여요",
            "캐시 계층마다 TTL과 무효화 경로가 따로 놀고 있을 가능성이 큽니다. 가격 변경 시 이벤트를 발행해 모든 계층(로컬 캐시, 레디스, CDN purge)이 같은 신호로 무효화하도록 하고, 가격처럼 자주 바뀌는 데이터는 페이지 캐시에서 분리해 짧은 TTL의 API로 따로 받는 걸 권합니다.",
            "로컬 캐시는 서버가 20대인데 어떻게 다 지워요?",
        ),
        _m(
            "레거시 PHP 쇼핑몰을 노드로 점진적으로 옮기고 싶어요",
            "스트랭글러 패턴을 씁니다. 앞단에 프록시를 두고 URL별로 신규/구 시스템으로 라우팅합니다. 상품 조회처럼 읽기 위주 화면부터 옮기고, 주문·결제처럼 위험한 부분은 나중에 옮깁니다. 로그인 세션은 양쪽이 공유할 수 있게 먼저 통합해 두세요.",
            "DB는 같이 써도 되나요 그동안?",
        ),
        _m(
            "멀티테넌트 SaaS인데 큰 고객 한 곳이 쿼리를 엄청 날려서 다른 고객까지 느려져요",
            "노이지 네이버 문제입니다. 단기적으로는 테넌트별 레이트 리밋과 무거운 작업의 큐 분리, 중기적으로는 큰 테넌트를 전용 DB나 전용 워커 풀로 옮기는 '셀' 구조를 고려해보세요. 테넌트 라우팅 계층이 있으면 고객 단위로 옮기기 쉽습니다.",
            "셀 구조로 가면 배포는 어떻게 해요",
        ),
        _m(
            "우리 팀 4명인데 서비스가 23개예요. 운영이 너무 힘들어요",
            "팀 규모에 비해 서비스가 너무 잘게 나뉜 상태입니다. 항상 같이 배포되거나 같은 데이터를 공유하는 서비스들을 묶어 몇 개의 큰 서비스(또는 모듈러 모놀리스)로 합치는 걸 검토해보세요. 분리는 독립 배포나 독립 확장이 실제로 필요한 곳에만 남기면 됩니다.",
            "어떤 것끼리 합칠지 어떻게 판단해요?",
        ),
        _s(
            "당신은 한빛물류 IT팀의 사내 아키텍처 상담 봇입니다. 한국어로, 장단점을 함께 설명하세요.",
            "창고 바코드 스캐너 200대가 스캔할 때마다 본사 서버 API를 직접 호출해서, 본사 서버 점검할 때마다 창고 작업이 멈춰요. 구조를 어떻게 바꿔야 할까요?",
        ),
        _s(
            "당신은 에디터에 내장된 코딩 어시스턴트입니다. 현재 저장소는 NestJS 백엔드이며 src/app.service.ts 하나에 대부분의 로직이 있습니다.",
            "이걸 도메인별 모듈(users, orders, payments)로 나누고 싶어요. 어떤 파일을 만들고 어떤 순서로 옮기면 중간에 빌드가 안 깨질지 계획 짜줘",
        ),
        _s(
            "당신은 대학교 분산시스템 수업의 조교입니다. 답을 바로 주지 말고 생각을 이끌어 주세요.",
            "복제본이 3개인 DB에서 쓰기를 2개만 확인하고 성공 처리한다는 게 무슨 뜻인지 모르겠어요. 읽을 때는 어떻게 해야 최신 값을 보장해요?",
        ),
        _u(
            "현재 구성 리뷰 부탁드립니다.\n\n"
            "- 웹/앱 API: EC2 1대 (Django + Celery 워커 + Redis 같이 실행)\n"
            "- DB: RDS PostgreSQL 단일 AZ\n"
            "- 파일: EC2 로컬 디스크\n"
            "- 푸시 알림: 요청 처리 중 동기로 FCM 호출\n"
            "- 모니터링: 없음\n\n"
            "다음 달 TV 광고가 나가서 가입자가 20배 늘 수 있어요. 단일 장애 지점과 우선적으로 바꿔야 할 순서를 알려주세요."
        ),
        _u(
            "고객 문의가 계속 들어와서 로그를 봤습니다.\n\n"
            "14:02:10 api-1  UPDATE members SET nickname=... (primary)\n"
            "14:02:10 api-1  200 OK\n"
            "14:02:11 api-2  SELECT nickname FROM members ... (replica-2)\n"
            "14:02:11 replica-2  replication lag 6.4s\n\n"
            "닉네임을 바꾸고 새로고침하면 옛날 닉네임이 보인다는 문의예요. 읽기는 리플리카, 쓰기는 프라이머리로 나눠 놨는데, 이런 문제 없이 읽기 분산을 하려면 구조를 어떻게 잡아야 하나요?"
        ),
        _u(
            "저희는 프랜차이즈 학원 120개 지점을 운영합니다. 지점마다 출결 단말기, 수납 프로그램, 학부모 알림 앱이 각각 다른 업체 제품이고, 본사는 매주 엑셀로 취합합니다. 지점이 계속 늘어날 예정이라, 본사 중심으로 데이터를 모으고 지점 시스템이 바뀌어도 버틸 수 있는 통합 아키텍처를 제안해 주세요. 어떤 데이터를 어디에 두고, 지점 인터넷이 끊겼을 때는 어떻게 할지도요."
        ),
        _u(
            "아파트 커뮤니티 시설(헬스장, 독서실, 골프연습장) 예약 앱을 200개 단지에 팔려고 해요. 단지마다 규칙이 다 달라요. 멀티테넌트 구조를 어떻게 잡는 게 좋을까요?"
        ),
        _u(
            "웹툰 플랫폼인데 매주 화요일 0시에 신작이 풀리면 트래픽이 30배로 튀어요. 이미지 배포랑 코인 결제를 어떻게 나눠서 설계해야 할까요"
        ),
        _u(
            "한국, 일본, 대만 서비스를 한 클러스터랑 한 DB로 운영 중인데 국가별로 데이터를 분리하라는 요구가 들어왔어요. 어떤 구조로 가야 하나요?"
        ),
        _u(
            "그룹웨어 안에 있는 전자결재를 떼어내서 계열사 5곳이 같이 쓰게 하고 싶어요. 결재선이랑 조직도는 계열사마다 다르고요. 어떻게 설계하면 될까요"
        ),
        _u(
            "사이드 프로젝트 백엔드를 서버리스로 시작할지 VPS 하나로 시작할지 고민이에요. 사용자 만 명 넘으면 어떤 구조로 옮겨가야 하는지도 같이 알고 싶어요"
        ),
        _u(
            "연동하는 외부 시스템이 매일 밤 30분씩 점검으로 멈춰요. 그 사이 들어온 요청은 버리지 않고 처리하고 싶은데 구조를 어떻게 짜야 하나요?"
        ),
        _u(
            "5명 팀 스프링 프로젝트에 헥사고날, 클린 아키텍처, 그냥 레이어드 중에 뭐가 맞을까요? 도메인은 렌탈 관리예요"
        ),
        _u(
            "MMORPG 서버를 채널별로 한 대씩 띄우는데, 채널 이동할 때 캐릭터 데이터랑 파티 정보는 어디에 두고 어떻게 넘겨야 하나요?"
        ),
        _u(
            "기존 고객센터 시스템에 AI 상담 챗봇을 붙이려고 해요. LLM 호출은 어디에 두고, 상담 이력이랑 상담원 연결은 어떻게 엮는 게 좋을까요?"
        ),
        _u(
            "포인트 시스템에 이벤트 소싱 도입을 고민 중인데, 도입하면 뭐가 좋아지고 뭐가 힘들어지나요?"
        ),
        _u(
            "MySQL 변경 내역을 엘라스틱서치랑 데이터 웨어하우스 두 군데로 다 보내야 해요. CDC 구조 어떻게 잡으면 좋을까요"
        ),
        _u(
            "정산을 주문 시스템에서 분리하려고 해요. 정산은 D+1 배치, 주문은 실시간인데, 데이터를 어떤 방식으로 넘기는 게 안전할까요?"
        ),
        _u(
            "중고 명품 감정 서비스를 하는데 감정센터 3곳, 택배 입고, 감정 결과 등록, 판매 연동까지 다 엑셀로 하고 있어요. 시스템으로 만들려면 어떤 모듈로 나눠야 할까요?"
        ),
        _u(
            "프랜차이즈 본사에서 가맹점 발주를 받는데 전화, 카톡, 발주 사이트가 섞여 있어요. 발주를 한 군데로 모으고 물류센터랑 연결하는 구조를 알고 싶어요"
        ),
        _u(
            "우리 서비스 API 서버가 30개 파드인데, 트래픽이 늘 때마다 파드만 늘리면 되는 건지, 어디가 병목이 될지 미리 설계 차원에서 점검하고 싶어요. 뭘 봐야 하나요"
        ),
        _u(
            "회사 안에 똑같은 기능(회원, 알림, 결제)을 서비스마다 따로 만들어 쓰고 있어요. 공통 플랫폼으로 묶을지, 그냥 둘지 판단 기준이 있을까요?"
        ),
        _m(
            "키즈카페 3곳 예약이랑 입장 관리 시스템을 만들려고 해요. 예약은 앱, 입장은 QR.",
            "구성은 간단하게: 예약 서비스(시간대별 정원 관리), 결제, 입장 확인(QR 검증), 관리자 화면. 정원은 시간대 단위로 원자적으로 차감하고, QR에는 예약 ID와 서명을 담아 위변조를 막습니다.",
            "입장 QR은 매장 인터넷이 끊겨도 확인돼야 해요",
        ),
        _m(
            "채팅 서비스에서 메시지 순서가 가끔 뒤바뀌어요. 서버는 4대예요.",
            "같은 채팅방의 메시지는 한 곳에서 순서를 매겨야 합니다. 방 ID로 파티셔닝해서 한 방의 메시지가 항상 같은 파티션(또는 같은 서버)을 거치게 하고, 거기서 증가하는 시퀀스 번호를 붙입니다. 클라이언트는 시퀀스 순으로 정렬해서 보여줍니다.",
            "방 하나에 만 명 들어가는 오픈채팅은요?",
        ),
        _m(
            "MSA인데 회원 등급 같은 공통 코드를 서비스마다 복사해서 쓰고 있어요. 값이 서로 달라요.",
            "공통 코드의 주인을 하나로 정하세요. 기준정보 서비스가 코드를 관리하고 변경 시 이벤트를 발행하면, 각 서비스는 로컬 캐시나 읽기 전용 복사본을 이벤트로 갱신합니다. 직접 수정은 금지하고요.",
            "등급 변경이 바로 반영돼야 하는 서비스는요?",
        ),
        _m(
            "쿠버네티스 클러스터 하나에 개발, 스테이징, 운영이 네임스페이스로만 나뉘어 있어요.",
            "운영은 별도 클러스터로 분리하는 걸 권합니다. 네임스페이스로는 노드 자원, 클러스터 업그레이드, 권한 사고가 공유돼서 개발에서 한 실수가 운영에 영향을 줄 수 있습니다. 개발과 스테이징은 같이 둬도 됩니다.",
            "비용이 두 배 되는 거 아니에요?",
        ),
        _m(
            "검색창 자동완성이 느려요. 매번 DB에서 LIKE로 찾아요.",
            "자동완성은 별도 구조로 빼는 게 좋습니다. 검색어 후보와 인기도를 배치로 집계해 접두어 인덱스(트라이나 검색엔진의 completion 기능)를 만들고, 메모리에 올려 조회합니다. 원본 DB는 집계할 때만 읽습니다.",
            "실시간 급상승 검색어도 넣고 싶어요",
        ),
        _m(
            "쿠폰 기능을 주문 서비스에서 떼어내서 쿠폰 서비스로 만들려고 해요.",
            "쿠폰 서비스는 발급, 보유, 사용(예약/확정/취소)을 책임지고, 주문 서비스는 결제 직전에 쿠폰 '사용 예약'을 요청하고 결제가 끝나면 '확정', 실패하면 '취소'를 보냅니다. 예약에는 만료 시간을 둡니다.",
            "쿠폰 서비스가 죽으면 주문도 못 하나요?",
            "정책으로 정하면 됩니다. 보통은 쿠폰 없이 주문은 진행되게 하고(쿠폰 적용 불가 안내), 주문 자체는 막지 않습니다. 쿠폰 서비스 호출에 짧은 타임아웃과 서킷 브레이커를 두면 장애가 주문으로 번지지 않습니다.",
            "그럼 같은 쿠폰이 두 번 쓰이는 건 어떻게 막아요?",
        ),
        _m(
            "앱 강제 업데이트 없이 API를 바꾸고 싶어요. 구버전 앱이 아직 30%예요.",
            "API 버전을 명시적으로 두고(경로나 헤더), 구버전 앱용 응답은 변환 계층에서 만들어 주세요. 앱 전용 BFF가 있다면 그 안에서 버전별로 응답을 맞추고, 내부 서비스는 최신 모델만 유지하면 됩니다.",
            "구버전 앱은 언제까지 지원하죠?",
        ),
        _m(
            "거래처가 엑셀로 대량 주문 10만 건을 올리는데, 업로드하면 화면이 멈추고 가끔 타임아웃이 나요.",
            "업로드와 처리를 분리하세요. 파일은 스토리지에 올리고 작업 ID를 즉시 반환한 뒤, 워커가 청크 단위로 검증·저장하고 진행률을 기록합니다. 화면은 작업 상태를 조회하거나 알림을 받고, 실패한 행은 리포트로 내려줍니다.",
            "처리 중에 같은 파일을 또 올리면요?",
        ),
        _m(
            "SaaS 고객사마다 커스터마이징 요청이 들어와서 고객사별 브랜치가 12개가 됐어요.",
            "브랜치로 고객사를 관리하면 곧 유지보수가 불가능해집니다. 하나의 코드베이스에 설정(기능 플래그, 고객사별 설정값), 확장 지점(웹훅, 스크립트, 플러그인 인터페이스)을 두고, 고객사 요구를 이 틀 안에서 해결하는 구조로 바꾸세요.",
            "확장 지점으로 안 되는 요구는 영업이 그냥 받아와요",
        ),
        _m(
            "오픈마켓 여러 곳(쿠팡, 11번가, 스마트스토어)에 상품을 올리고 주문을 받아요. 지금은 마켓마다 따로 관리해요.",
            "내부에 통합 상품·주문 모델을 두고, 마켓마다 어댑터를 만들어 변환하는 허브 구조가 일반적입니다. 상품·재고는 허브에서 각 마켓으로 밀어주고, 주문은 마켓에서 수집해 허브의 표준 주문으로 만듭니다.",
            "마켓마다 주문 상태 이름이랑 단계가 다 다른데요?",
        ),
        _m(
            "사진 인화 주문 서비스를 만들어요. 업로드 → 자동 보정 → 인화소로 전송.",
            "단계마다 독립된 작업으로 나누고 큐로 연결하세요: 업로드 완료 이벤트 → 보정 워커 → 보정 완료 이벤트 → 인화소 전송 워커. 각 단계 결과를 저장해 두면 중간 실패 시 그 단계부터 다시 할 수 있습니다.",
            "인화소가 세 곳이면 어디로 보낼지는 누가 정해요?",
        ),
        _s(
            "당신은 누리마트 편의점 본사 IT팀의 사내 아키텍처 봇입니다. 한국어로, 현실적인 제안을 하세요.",
            "전국 점포 POS 5천 대가 판매 데이터를 본사 서버로 보내는데, 새벽 마감 때 한꺼번에 몰려서 본사 서버가 매일 느려져요. 수집 구조를 어떻게 바꿔야 할까요?",
        ),
        _s(
            "당신은 에디터 안의 코딩 도우미입니다. 프로젝트는 안드로이드 앱이고, 대부분의 기능이 MainActivity와 3천 줄짜리 MainViewModel에 들어 있습니다.",
            "기능별 모듈(feature-home, feature-cart, feature-mypage)이랑 core 모듈로 나누고 싶어. 모듈 구조랑 의존 방향, 옮기는 순서 알려줘",
        ),
        _s(
            "당신은 컴퓨터공학과 분산시스템 과목 튜터입니다. 쉬운 비유로 설명하세요.",
            "Raft 같은 합의 알고리즘을 왜 쓰는지 모르겠어요. 서버 3대가 그냥 서로 데이터 복사하면 안 되나요?",
        ),
        _s(
            "당신은 하늘클라우드 MSP의 고객 지원 어시스턴트입니다. 고객의 상황에 맞는 인프라 구성을 제안합니다.",
            "저희 모바일 게임이 다음 달 출시예요. 사전예약자 80만 명이고 첫날 접속이 얼마나 될지 몰라요. 로그인, 게임 서버, 결제를 어떻게 구성해야 안 터질까요?",
        ),
        _s(
            "You are a helpful assistant. Answer in Korean.",
            "보험사 레거시 코볼 시스템에 있는 보험료 계산 로직을 새 시스템으로 옮기려고 해요. 한 번에 바꾸기는 무섭고요. 어떤 식으로 병행 운영하면서 옮기는 게 좋을까요?",
            "새 계산 엔진을 별도 서비스로 만들고, 일정 기간은 '그림자 모드'로 운영하세요. 실제 계약은 코볼 결과로 처리하면서 같은 입력을 새 엔진에도 보내 결과를 비교·기록합니다. 차이가 0에 수렴하면 상품별로 새 엔진을 실제 계산에 쓰도록 전환합니다.",
            "비교하다가 차이가 나면 누가 맞는지는 어떻게 판단해요?",
        ),
        _s(
            "당신은 대형 SI 회사의 제안서 작성 도우미입니다.",
            "공공기관 민원 시스템 제안서에 '대국민 서비스 무중단 배포' 요구사항이 있어요. 아키텍처 관점에서 어떤 구성을 제안하면 설득력이 있을까요?",
        ),
        _u(
            "현재 쿠버네티스 리소스 현황입니다.\n\n"
            "서비스          파드   CPU 요청   실제 사용   특징\n"
            "gateway         6      1          0.3        -\n"
            "order           8      2          1.8        결제 API 동기 호출\n"
            "product         4      1          0.2        -\n"
            "search          3      2          1.9        ES 쿼리 + 결과 가공\n"
            "batch-settle    1      4          4.0        새벽 2시~6시 정산\n\n"
            "order와 search는 피크 때마다 밀리고, 정산 배치가 길어지면 아침까지 노드를 점유해요. 서비스 구성과 배치를 어떻게 재설계하면 좋을까요?"
        ),
        _u(
            "정산 지연 장애 로그입니다.\n\n"
            "02:00:00 settle-batch  start (대상 판매자 48,000)\n"
            "02:00:05 settle-batch  order-api 호출 (판매자별 주문 조회)\n"
            "04:30:12 settle-batch  order-api 429 Too Many Requests\n"
            "06:55:40 settle-batch  31,200/48,000 처리\n"
            "09:00:00 고객센터      판매자 정산 문의 폭주\n\n"
            "정산 배치가 주문 API를 판매자마다 호출하는 구조입니다. 판매자는 계속 늘 텐데, 정산에 필요한 데이터를 받는 구조를 어떻게 바꿔야 할까요?"
        ),
        _u(
            "제안요청서에 있는 요구사항 일부입니다.\n\n"
            "- 전국 230개 기관이 동일 시스템 사용, 기관별 데이터 분리\n"
            "- 연말정산 기간(1~2월) 동시 접속 5만 명\n"
            "- 타 기관 시스템 14종과 연계(실시간 7종, 일 배치 7종)\n"
            "- 장애 시 30분 이내 복구\n\n"
            "이 요구사항을 만족하는 목표 아키텍처를 어떻게 그려야 할지, 연계 방식과 기관별 분리 방식을 중심으로 설명해 주세요."
        ),
        _u(
            "저희는 지역 농협 하나로마트 4곳과 로컬푸드 직매장 2곳을 운영합니다. 로컬푸드는 농가 300곳이 직접 가져다 놓고, 팔린 만큼 농가에 정산해요. 지금은 매장 POS, 농가 출하 등록(종이+엑셀), 정산(별도 프로그램)이 따로 놀아서 농가들이 오늘 얼마 팔렸는지 모르고, 정산 오류도 자주 나요. 농가가 휴대폰으로 판매 현황을 보고 정산까지 자동으로 되게 하려면 전체 시스템을 어떻게 구성해야 할까요? 매장 POS는 바꿀 수 없어요."
        ),
        _u(
            "테이블 사용 현황입니다.\n\n"
            "orders 테이블 (컬럼 140개)\n"
            "  - 주문 서비스: INSERT, UPDATE(상태)\n"
            "  - 배송 서비스: UPDATE(송장번호, 배송상태)\n"
            "  - 정산 서비스: UPDATE(정산여부, 수수료)\n"
            "  - CS 서비스:   UPDATE(메모, 환불상태)\n\n"
            "네 서비스가 같은 행을 동시에 수정하다 보니 락 대기와 덮어쓰기 문제가 자주 생겨요. 이 테이블의 소유권과 데이터 구조를 어떻게 나눠야 할까요?"
        ),
        _u(
            "사내 여러 팀이 각자 파일 서버, 구글 드라이브, 노션에 문서를 흩어 놓고 있어요. 검색 한 번으로 다 찾게 하려면 어떤 구조로 만들어야 하나요? 권한도 지켜져야 하고요"
        ),
        _u(
            "우리 앱 알림 설정(푸시, 문자, 이메일, 카톡 알림톡)을 서비스마다 따로 저장하고 있어서 사용자가 꺼도 다른 데서 와요. 알림 구조를 어떻게 정리해야 하나요?"
        ),
        _m(
            "동네 필라테스 스튜디오 50곳을 묶은 예약 플랫폼이에요. 스튜디오마다 수업 정원이랑 취소 규칙이 달라요.",
            "규칙을 코드에 박지 말고 스튜디오별 정책 데이터로 관리하세요. 예약 서비스는 정원 차감과 대기열만 책임지고, 취소 가능 여부·위약금 계산은 정책 엔진이 스튜디오 설정을 읽어 판단합니다.",
            "대기자가 있을 때 취소가 나오면 자동으로 넘겨주고 싶어요",
        ),
        _m(
            "스타트업인데 백엔드가 Node 하나, 파이썬 크롤러 하나, 관리자용 PHP 하나예요. 다 같은 DB를 봐요.",
            "지금 규모에서 언어가 다른 것 자체는 문제가 아닙니다. 문제는 셋이 같은 테이블을 각자 수정한다는 점이에요. 테이블마다 주인 애플리케이션을 정하고, 나머지는 주인의 API를 통해서만 쓰기를 하도록 바꾸세요. 크롤러는 결과를 큐에 넣고 Node가 저장하는 식으로요.",
            "관리자 PHP는 어떻게 하죠? 거의 모든 테이블을 고쳐요",
        ),
        _s(
            "당신은 세움건설 IT팀의 사내 도우미입니다.",
            "현장 60곳에서 작업일보, 자재 입고, 안전 점검을 각자 엑셀로 올려요. 본사 ERP와 연결되는 현장 관리 시스템을 만들려는데, 현장은 인터넷이 불안정해요. 전체 구조를 어떻게 잡을까요?",
        ),
        _u(
            "지금 구조를 글로 적어볼게요.\n\n"
            "[앱] → [API 서버 (Spring, 4대)]\n"
            "API 서버 → [MySQL 마스터 1, 슬레이브 2]\n"
            "API 서버 → [Redis (세션 + 캐시 + 랭킹)]\n"
            "API 서버 → [외부 PG사 (동기 호출)]\n"
            "배치 서버 1대 → MySQL 마스터 직접 (통계, 정산)\n\n"
            "다음 분기에 사용자가 5배 늘 예정이에요. 단일 장애 지점이 어디고, 어떤 순서로 손봐야 할지 알려주세요."
        ),
    ],
    "ru": [
        _u(
            "у нас сеть из 7 автомоек, в каждой своя программа учёта абонементов. клиент купил абонемент в одной, а в другой его не видят. как правильно устроить систему, чтобы всё было общее?"
        ),
        _u(
            "Монолит на Django или сразу микросервисы для нового маркетплейса? Команда 5 человек, запуск через полгода."
        ),
        _u(
            "между сервисом заказов и сервисом доставки — синхронный REST или очередь? служба доставки иногда отвечает по 20 секунд"
        ),
        _u(
            "как правильно организовать фоновые задачи, когда их уже 200 видов: письма, отчёты, пересчёты, интеграции? сейчас всё в одном Celery, и одна тяжёлая задача тормозит остальные"
        ),
        _u(
            "Как перенести базу 1С-подобной учётной системы с MS SQL на PostgreSQL без остановки бизнеса? Нужна общая стратегия по этапам."
        ),
        _u(
            "для курсовой надо спроектировать архитектуру системы такси: водители, пассажиры, подбор машины, оплата. какие компоненты и как они общаются"
        ),
        _u(
            "своя система рассылок или покупать готовую (Mindbox, Unisender)? 2 млн клиентов, нужны триггерные письма"
        ),
        _u(
            "как выстроить кэширование для сайта объявлений, где объявления меняются редко, а просмотры и избранное — постоянно"
        ),
        _u(
            "CRM, бухгалтерия и интернет-магазин у нас не связаны, менеджеры переносят заказы руками. как правильно их интегрировать, через что?"
        ),
        _u(
            "как связать сайт, колл-центр и мобильное приложение доставки еды, чтобы заказ из любого канала попадал на одну кухню и имел один статус?"
        ),
        _u(
            "как разделить большой бэкенд так, чтобы три команды могли выкатывать свои части независимо и не ломать друг друга"
        ),
        _u(
            "очередь или Kafka для обработки фотографий от курьеров, примерно 50 тыс. фото в день, иногда пики"
        ),
        _u(
            "вопрос по делу: одна общая БД на все сервисы — это нормально на старте или сразу плохо?"
        ),
        _u(
            "у нас 4 мобильных приложения (клиент, курьер, сборщик, партнёр), и у каждого свой бэкенд с копией логики заказа. как свести это к общей архитектуре?"
        ),
        _m(
            "Делаем сервис онлайн-записи в барбершопы, сначала 20 салонов, потом сотни.",
            "На старте хватит модульного монолита: модуль салонов и мастеров, модуль расписания и записей (с уникальным ограничением на мастера и слот), модуль оплаты за отдельным интерфейсом, уведомления через очередь. Важно сразу хранить всё с привязкой к салону, чтобы потом легко шардировать или выносить крупные сети.",
            "а если салон хочет работать в своей CRM, а не у нас?",
        ),
        _m(
            "У нас микросервисы вызывают друг друга цепочкой по 6 штук, и всё падает, когда тормозит один.",
            "Нужны таймауты и circuit breaker на каждом вызове, ограничение ретраев (с экспоненциальной задержкой и только для идемпотентных операций), bulkhead — отдельные пулы соединений для разных зависимостей. И главное — убрать из синхронной цепочки всё, что не нужно для ответа пользователю.",
            "а как понять, что именно не нужно?",
        ),
        _m(
            "Хотим перенести файлы пользователей (около 3 ТБ) с дисков серверов в S3-совместимое хранилище.",
            "Сначала новые загрузки сразу пишите в хранилище, а в БД храните ключ объекта. Параллельно фоновой задачей переносите старые файлы и обновляйте ссылки. Чтение какое-то время делайте с фолбэком: если в хранилище нет — берём с диска. Когда перенос закончен и сверен, фолбэк убираем.",
            "а раздавать через CDN или прямо из хранилища?",
        ),
        _m(
            "Как обеспечить, чтобы деньги на балансе пользователя не ушли в минус, если списывают сразу несколько сервисов?",
            "Баланс должен иметь одного владельца — сервис кошелька. Остальные сервисы не меняют баланс сами, а просят списание с ключом идемпотентности. Внутри кошелька списание — это атомарная операция с проверкой остатка (блокировка строки или условие в UPDATE), а история операций ведётся как журнал.",
            "а если кошелёк недоступен, заказ вообще не оформлять?",
        ),
        _m(
            "Ревью: сервис заказов пишет в свою БД и потом шлёт событие в RabbitMQ. Иногда события теряются.",
            "Это классическая проблема двойной записи. Решение — transactional outbox: событие записывается в таблицу outbox в той же транзакции, что и заказ, а отдельный процесс читает outbox и публикует в RabbitMQ, помечая отправленные. Потребители при этом должны быть идемпотентными, потому что доставка будет «хотя бы один раз».",
            "а если outbox разрастётся?",
        ),
        _m(
            "Нужно дать партнёрам-агрегаторам доступ к нашему каталогу и остаткам.",
            "Лучше отдельный партнёрский API, а не доступ к внутреннему: свой шлюз с ключами на партнёра, лимитами и версионированием. Остатки для партнёров можно отдавать из отдельного read-модели, обновляемой событиями, чтобы их запросы не нагружали основную базу.",
            "а как часто обновлять эти остатки для них?",
        ),
        _m(
            "Мы хотим логи всех сервисов в одном месте, сейчас каждый пишет в свой файл на своём сервере.",
            "Типичная схема: агент на каждой машине (Fluent Bit, Vector) собирает логи, отправляет в буфер (Kafka или сразу в хранилище), дальше Loki или Elasticsearch, поверх Grafana/Kibana. Логи пишите в JSON с trace_id, чтобы связывать запросы между сервисами.",
            "а сколько хранить и где дешевле",
        ),
        _m(
            "Мигрируем с on-prem в облако. 40 сервисов.",
            "Не переносите всё разом. Разбейте на волны: сначала stateless-сервисы без сложных зависимостей, затем сервисы с собственными БД (с репликацией данных заранее), последними — ядро и базы с максимальной нагрузкой. Между облаком и дата-центром нужен надёжный канал, а сервисы, которые часто общаются, лучше переносить вместе.",
            "а как понять, какие сервисы «часто общаются»?",
        ),
        _s(
            "Ты внутренний ассистент по архитектуре в IT-отделе сети клиник «Здоровый город». Отвечай по-русски, с плюсами и минусами.",
            "Запись к врачам, колл-центр и сайт работают с одной базой, и когда колл-центр делает выгрузки, сайт перестаёт отвечать. Как это правильно разнести?",
        ),
        _s(
            "Ты ассистент-программист в редакторе. Репозиторий: Go-сервис, весь код в пакете main, файлы handlers.go (2500 строк), db.go, utils.go.",
            "хочу разложить это по пакетам по доменам (orders, users, billing) с интерфейсами между ними. дай план структуры и порядок переноса, чтобы каждый шаг собирался",
        ),
        _s(
            "Ты преподаватель-помощник на курсе по распределённым системам. Объясняй на примерах, задавай наводящие вопросы.",
            "не понимаю, зачем нужен шардинг, если есть репликация. и то и то же несколько серверов",
        ),
        _u(
            "Вот наша текущая схема, посмотрите критически:\n\n"
            "nginx -> 1 инстанс Node.js (API + websocket-чат + генерация отчётов)\n"
            "Node.js -> PostgreSQL (без реплики, бэкапы раз в неделю)\n"
            "файлы -> локальный диск сервера\n"
            "очередей нет, письма отправляются прямо в обработчике запроса\n\n"
            "Через три месяца подключаем крупного клиента, нагрузка вырастет раз в пять. Какие тут единые точки отказа и что менять в первую очередь?"
        ),
        _u(
            "Кусок логов с пятничной аварии:\n\n"
            "19:00:00 promo-svc     INFO  старт акции, рассылка 800k push\n"
            "19:00:30 api-gateway   WARN  rps 14000 (норма 1500)\n"
            "19:00:45 user-svc      ERROR pool exhausted, 300/300\n"
            "19:01:10 cart-svc      ERROR timeout user-svc 5000ms\n"
            "19:01:12 order-svc     ERROR timeout cart-svc 5000ms\n\n"
            "Все сервисы ходят в user-svc за профилем на каждый запрос. Как перестроить архитектуру, чтобы такой всплеск не клал оформление заказов?"
        ),
        _u(
            "Мы — региональный оператор пунктов выдачи заказов, 900 ПВЗ. У нас три крупных маркетплейса-партнёра, каждый шлёт статусы посылок в своём формате (REST, SFTP с CSV, веб-хуки), а сотрудники ПВЗ работают в нашем приложении на планшетах, часто с плохим интернетом. Сейчас всё держится на одном сервере со скриптами. Помогите спроектировать целевую архитектуру интеграции: как принимать данные от партнёров, где хранить, как синхронизировать планшеты, и как выкатывать это поэтапно."
        ),
        _u(
            "у нас сеть столовых на заводах: сотрудники платят пропуском, а сумму потом удерживают через бухгалтерию. в каждой столовой своя касса. как правильно связать кассы, систему пропусков и бухгалтерию?"
        ),
        _u(
            "Как встроить ЭДО с контрагентами (Диадок, СБИС) в нашу учётную систему, чтобы статусы документов не терялись и не дублировались? Нужна схема, а не код."
        ),
        _u(
            "доставка продуктов из дарксторов: 15 дарксторов по городу, заказ надо собрать за 10 минут. какие компоненты нужны и где должны жить остатки?"
        ),
        _u(
            "наш телеграм-бот для записи в автосервис вырос до 40 сервисов-партнёров. бот, админка, напоминания, оплата — всё в одном скрипте на 5 тыс. строк. как это разложить на части?"
        ),
        _u(
            "Как обычно устроена архитектура онлайн-кинотеатра: каталог, плеер, подписки, рекомендации, защита контента? Что из этого стоит делать отдельными сервисами?"
        ),
        _u(
            "работаем в России и Казахстане, требования к хранению персональных данных разные. как устроить хранение пользовательских данных одной платформы в двух странах?"
        ),
        _u(
            "как организовать обмен между нашим сайтом и складом 3PL-оператора, у которого только SOAP и выгрузки раз в час? заказы должны уходить быстро"
        ),
        _u(
            "хотим ClickHouse для аналитики рядом с основным Postgres. как правильно гнать туда данные, чтобы не нагружать прод?"
        ),
        _u(
            "брать готовую платформу лояльности или писать свою? 300 магазинов, 5 млн карт, маркетинг хочет сложные акции"
        ),
        _u(
            "бэкенд мобильного банка делить на сервисы по продуктам (карты, вклады, кредиты) или по функциям (платежи, уведомления, профиль)? какие аргументы за и против"
        ),
        _u(
            "что делать, если два сервиса должны вместе изменить данные — списать товар на складе и создать отгрузку, — а базы у них разные?"
        ),
        _u(
            "как устроить мультиарендность в B2B-CRM, если часть клиентов хочет облако, а часть — установку у себя на серверах?"
        ),
        _u(
            "как спроектировать систему персональных push-уведомлений на 10 млн устройств, чтобы рассылка укладывалась в 15 минут и не положила остальной бэкенд?"
        ),
        _u(
            "чем плох подход, когда фронтенд ходит в базу напрямую через Hasura или PostgREST, и в каких случаях это нормально?"
        ),
        _u(
            "как вынести авторизацию из монолита в отдельный сервис и при этом не разлогинить всех пользователей в день переключения?"
        ),
        _u(
            "нам предлагают перейти на «единую платформу данных» вместо 12 интеграций точка-точка. как понять, что это не очередной модный проект, и как бы выглядел переход?"
        ),
        _m(
            "Делаем онлайн-школу программирования: курсы, автоматическая проверка домашек (запуск кода студентов), чат с менторами.",
            "Ключевое — изолировать проверку: отдельный сервис-очередь заданий и пул раннеров, где код студентов запускается в песочницах (контейнеры с лимитами CPU, памяти и сети). Платформа курсов кладёт решение в очередь и получает результат событием. Чат — отдельный сервис на WebSocket, ему не нужно знать про проверку.",
            "а если в дедлайн все отправят решения одновременно?",
        ),
        _m(
            "Склад у нас в 1С, сайт на Битриксе, обмен раз в 15 минут через стандартный модуль. Остатки на сайте вечно неверные.",
            "Сократите задержку и сделайте обмен событийным: 1С при изменении остатков отправляет изменения (через HTTP-сервис или очередь) сразу, а сайт при оформлении заказа резервирует товар и отправляет заказ в 1С тоже сразу. Полный обмен раз в сутки оставьте как сверку.",
            "а если 1С лежит пару часов?",
        ),
        _m(
            "Думаем переехать с RabbitMQ на Kafka, потому что «все так делают».",
            "Kafka даёт хранение и повторное чтение событий, высокую пропускную способность и порядок в партиции; RabbitMQ удобнее для очередей задач, маршрутизации и RPC-подобных сценариев. Если вам нужно переигрывать историю или много независимых потребителей — переезд оправдан, иначе можно держать оба для разных задач.",
            "а старые консьюмеры, которые ждут RPC-ответ через очередь?",
        ),
        _m(
            "Ревью: сервис уведомлений ходит в базы всех сервисов, чтобы собрать данные для шаблона письма.",
            "Так уведомления знают схемы чужих баз и ломаются при любой миграции. Лучше, чтобы события несли всё нужное для уведомления (номер заказа, сумму, имя получателя), а недостающее сервис уведомлений запрашивал через публичные API владельцев.",
            "а если в шаблоне нужны данные, которых нет в событии?",
        ),
        _m(
            "Для отчётности мы собираем цифры из 4 систем, и они никогда не сходятся.",
            "Нужен слой сверки: данные из всех систем загружаются в одно хранилище с общими ключами (номер документа, контрагент, период), затем автоматические правила сверки отмечают расхождения, а отчёт строится только из сверенных данных. Источник истины для каждого показателя фиксируется явно.",
            "а если в одной из систем задним числом правят документ?",
        ),
        _m(
            "Делаем агрегатор отелей, цены и наличие берём у 20 поставщиков.",
            "Поиск не должен каждый раз ходить ко всем поставщикам: держите кеш цен и наличия с коротким сроком жизни, наполняемый фоновыми запросами и push-обновлениями от поставщиков, а при бронировании делайте обязательную проверку актуальной цены у конкретного поставщика.",
            "цены у некоторых меняются каждые пять минут",
            "Тогда для них держите TTL в пару минут и показывайте цену как «от», а для популярных направлений обновляйте кеш фоном чаще. Точная цена всё равно фиксируется на шаге бронирования, так что небольшая неточность в поиске допустима.",
            "а если при бронировании цена выросла?",
        ),
        _m(
            "Нужно раздавать биржевые котировки в реальном времени 50 тысячам клиентов через WebSocket.",
            "Разделите приём и раздачу: один сервис получает поток с биржи и публикует в шину (Kafka, NATS), а слой раздающих WebSocket-серверов подписывается и рассылает клиентам по их подпискам. Раздающие узлы без состояния масштабируются горизонтально, балансировщик распределяет соединения.",
            "а клиенты на мобильном интернете, которые постоянно переподключаются?",
        ),
        _m(
            "Три команды правят один сервис «core», релизы постоянно блокируют друг друга.",
            "Разделите core по зонам ответственности команд: каждая получает свой модуль (а со временем — сервис) со своими таблицами и публичным интерфейсом. Начните с того, что закрепите владельцев кода (CODEOWNERS) и запретите прямые вызовы внутренностей чужих модулей.",
            "а общие таблицы, которые нужны всем трём?",
        ),
        _m(
            "Хотим поставить Kubernetes в два московских дата-центра, чтобы пережить падение одного.",
            "Два варианта: один «растянутый» кластер на оба ЦОДа (проще для приложений, но сложнее с etcd и задержками) или два независимых кластера с балансировкой трафика между ними (надёжнее, но нужно решать вопрос данных). Для большинства команд два кластера понятнее.",
            "а база? она же одна",
        ),
        _m(
            "У нас маркетплейс услуг: мастера, отзывы, рейтинги. Появились накрутки отзывов.",
            "Вынесите антифрод в отдельный контур: отзывы сначала попадают в очередь проверки (правила, сигналы устройства, связи аккаунтов, модель), публикуются только после проверки или с отметкой. Рейтинг пересчитывается отдельным процессом из подтверждённых отзывов, а не при каждой записи.",
            "а пересчёт рейтинга после удаления пачки фейковых отзывов?",
        ),
        _m(
            "Делаем бронирование переговорок в офисах компании, люди также бронируют через Outlook.",
            "Источником истины лучше сделать календари Exchange/Microsoft 365, где у каждой переговорки есть свой ресурсный календарь. Ваш сервис — удобный интерфейс поверх: читает занятость через API, создаёт брони там же и подписывается на изменения, чтобы кеш был актуальным.",
            "а если кто-то забронировал и не пришёл?",
        ),
        _m(
            "Публичный API работает на 8 инстансах, и лимит запросов каждый считает сам — получается в 8 раз больше лимита.",
            "Лимиты нужно считать в общем месте: либо на API-шлюзе перед инстансами, либо в общем хранилище счётчиков (Redis с атомарными инкрементами и скользящим окном). Инстансы тогда только спрашивают «можно ли».",
            "а если Redis упадёт?",
        ),
        _s(
            "Ты внутренний ассистент по архитектуре в «Северной энергосбытовой компании». Отвечай по-русски, с плюсами и минусами.",
            "Личный кабинет, приём показаний и платежи сейчас напрямую ходят в биллинг на старом Oracle Forms, и в конце месяца всё ложится. Как отвязать клиентские сервисы от биллинга?",
        ),
        _s(
            "Ты ассистент-программист в редакторе. Проект: сервис на Python/aiohttp, один пакет app с 80 модулями и циклическими импортами.",
            "распиши, как разбить это на слои и домены (api, domain, infrastructure; заказы, клиенты, платежи), какие модули куда и в каком порядке, чтобы убрать циклы",
        ),
        _s(
            "Ты преподаватель курса по проектированию систем. Объясняешь просто и с примерами.",
            "чем шина событий отличается от обычной очереди задач? и когда в системе нужно одно, а когда другое",
        ),
        _s(
            "Ты ассистент поддержки облачного провайдера «Кедр Облако». Помогаешь клиентам выбрать архитектуру.",
            "У нас интернет-магазин электроники, к распродаже 11.11 ждём нагрузку в 15 раз выше обычной. Сейчас 2 виртуалки и одна база. Как подготовить архитектуру?",
        ),
        _s(
            "Ты помощник CTO небольшого стартапа. Отвечай по делу.",
            "Инвесторы спрашивают, выдержит ли наша система рост в 100 раз. У нас монолит на NestJS, Postgres, Redis, всё в одном регионе. Что им честно ответить и что реально нужно менять?",
            "Честный ответ: в текущем виде нет, но путь понятен. Монолит на Node масштабируется горизонтально, если он без состояния; узкими местами станут Postgres (нужны реплики, пулер соединений, потом разделение данных), фоновые задачи (вынести в очереди и воркеры) и отсутствие второго региона. План можно показать поэтапно: x10 — реплики и кеш, x100 — разделение данных и выделение нагруженных модулей.",
            "а что делать прямо в первые три месяца?",
        ),
        _s(
            "Ты ассистент аналитического отдела сети фитнес-клубов.",
            "Данные о клиентах у нас в CRM, в телефонии колл-центра и в аналитике сайта. Хотим единый профиль клиента для маркетинга. Как это устроить архитектурно: где собирать, как склеивать записи, как обновлять?",
        ),
        _u(
            "Наша схема обмена сейчас:\n\n"
            "1С:Управление торговлей  --(выгрузка XML раз в час)-->  Битрикс (сайт)\n"
            "Битрикс  --(заказы, раз в 15 минут)-->  1С\n"
            "1С  --(CSV по почте раз в день)-->  склад 3PL\n"
            "склад 3PL  --(звонок менеджеру)-->  статусы отгрузок\n\n"
            "Хотим выйти на маркетплейсы и открыть пункты выдачи. Какую архитектуру интеграции вы бы предложили вместо этой цепочки и с чего начать?"
        ),
        _u(
            "Что произошло после перезапуска Redis в понедельник:\n\n"
            "09:00:03 redis       restarted, keys=0\n"
            "09:00:04 api         cache miss rate 100%\n"
            "09:00:05 postgres    active connections 480/500\n"
            "09:00:09 postgres    avg query time 4.2s\n"
            "09:00:30 api         ERROR timeout, 38% requests failed\n"
            "09:12:00 api         recovered after cache warm-up\n\n"
            "Получается, без кеша база не выдерживает даже обычную утреннюю нагрузку. Как правильно спроектировать кеширование, чтобы пустой кеш не валил систему?"
        ),
        _u(
            "Фрагмент ТЗ, по которому нам нужно предложить архитектуру:\n\n"
            "«Система должна обеспечивать приём заявок от 85 региональных подразделений, "
            "работу подразделений при отсутствии связи с центром до 72 часов, "
            "консолидацию данных в центре не позднее 1 часа после восстановления связи, "
            "а также обмен с внешними ведомственными системами через СМЭВ.»\n\n"
            "Как бы вы построили архитектуру: что стоит в подразделениях, что в центре, как синхронизировать и как разрешать конфликты?"
        ),
        _u(
            "Сервисы и их доступность за квартал:\n\n"
            "api-gateway   99,98%\n"
            "auth          99,95%\n"
            "catalog       99,90%\n"
            "cart          99,90%\n"
            "payments      99,80%\n"
            "delivery-calc 99,50% (внешний API)\n\n"
            "Оформление заказа синхронно вызывает все шесть, поэтому итоговая доступность оформления ниже каждой из них. Бизнес хочет 99,9% на оформление. Какие архитектурные изменения вы бы предложили?"
        ),
        _u(
            "Мы издательство учебной литературы. Есть печатные учебники, электронные версии для 6 000 школ, личные кабинеты учителей и учеников, и интеграция с региональными электронными дневниками (в каждом регионе своя система). Сейчас всё это один монолит на PHP, и 1 сентября он каждый год падает. Помогите спроектировать целевую архитектуру: какие части выделить, как выдерживать пик начала учебного года, как устроить интеграции с дневниками, и в каком порядке это делать."
        ),
        _m(
            "Хотим сделать единый справочник контрагентов для пяти наших юрлиц, сейчас в каждом своя 1С и свои дубли.",
            "Это задача MDM: выделенный сервис мастер-данных контрагентов, куда все 1С отправляют создание и изменение, где работают правила дедупликации (ИНН/КПП, адрес) и откуда эталонная запись раздаётся обратно во все базы. Создавать контрагентов напрямую в 1С со временем запрещают — только через справочник.",
            "а кто решает, какая из двух дублирующих карточек правильная?",
        ),
        _s(
            "Ты внутренний ассистент команды платформы в логистической компании «Трасса». Стек: Go, PostgreSQL, NATS, Kubernetes.",
            "Сервис трекинга пишет координаты машин в ту же базу, что и заказы, 3 тыс. записей в секунду, и всё остальное от этого тормозит. Как правильно разделить хранение и потоки данных?",
        ),
        _u(
            "Текущее устройство нашего сервиса онлайн-записи:\n\n"
            "- один сервер: Django + Celery + Redis + PostgreSQL\n"
            "- напоминания клиентам отправляются задачей Celery за 2 часа до визита\n"
            "- интеграция с 4 CRM салонов: раз в 10 минут забираем записи по их API\n"
            "- виджет записи на сайтах салонов грузится с нашего сервера\n\n"
            "Через полгода планируем 2 000 салонов вместо 150. Где будут узкие места и как вы бы перестроили архитектуру?"
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b9", BY_LANG)
