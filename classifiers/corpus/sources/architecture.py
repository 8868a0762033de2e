"""Training examples for the `architecture` label.

Design over many components: system design (interviews and real systems), service boundaries
and bounded contexts, multi-module refactor plans, scaling, replication and consistency,
migration strategies, caching, multi-region, observability, and reviews of pasted design docs.
No prompt carries a real credential or personal data (those belong to security_sensitive).
Hand-written prompts come first (one group each), then a second hand-written batch aimed at
short prompts, concept questions and follow-ups (groups "architecture/b2/<lang>/<nnn>"), a third
hand-written batch in native domain vocabulary, mostly ru, pt, fr, es, it and ko (groups
"architecture/b3/<lang>/<nnn>"), a fourth hand-written batch of short conceptual questions
(groups "architecture/b4/<lang>/<nnn>"), then templated families (one group per family, at most 25
variants each), drawn with a fixed seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from classifiers.corpus.example import Example, chat

LABEL = "architecture"


@dataclass(frozen=True)
class _Sys:
    """A system prompt, written as the first element of a hand-written entry."""

    prompt: str


Entry = tuple[str | _Sys, ...]
_HAND: list[tuple[str, Entry]] = []


def _hand(lang: str, *entries: Entry) -> None:
    _HAND.extend((lang, entry) for entry in entries)


# Reused system prompts (many entries write their own).
_AGENT = _Sys(
    "You are an expert software engineer working in the user's repository. You can read files, "
    "run shell commands and propose edits. Explain trade-offs before making large changes."
)
_ASSISTANT = _Sys("You are a helpful assistant.")
_IDE = _Sys(
    "You are a coding assistant embedded in the IDE. The user's open workspace is attached as "
    "context. Answer concisely and prefer concrete, actionable steps."
)
_REVIEW_BOT = _Sys(
    "You are ArchReview, the design review assistant of Northwind Logistics' platform team. "
    "Give a verdict (approve / approve with changes / rework), then risks and open questions."
)
_INTERVIEWER = _Sys(
    "You are a friendly interviewer running a mock system design interview for a senior backend "
    "role. Ask clarifying questions when needed and push on trade-offs."
)


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

_hand(
    "en",
    ("how would you shard a 20TB orders table?",),
    ("monolith vs microservices for a 6 person team?",),
    ("when does CQRS actually pay off",),
    ("outbox pattern vs CDC with debezium - which one and why",),
    ("design a url shortener, 100M new urls/day",),
    ("saga orchestration or choreography for order->payment->shipping?",),
    ("one db per tenant or shared schema with tenant_id? ~2k tenants",),
    ("where should the auth service live in a microservices setup?",),
    ("event sourcing for a bank ledger: good idea or overkill?",),
    ("rabbitmq vs kafka for our notification fan-out?",),
    ("RPO 5 min, RTO 30 min - what DR setup do we need on AWS?",),
    ("design a rate limiter for 1M req/s spread over 40 edge nodes",),
    ("idempotency keys across 3 services: who owns the dedup table?",),
    ("is a service mesh worth it for 12 services?",),
    ("grpc or rest between our backend services? pros/cons at scale",),
    ("sketch a lakehouse for clickstream, about 2TB/day",),
    ("how do i pick partition keys for a kafka topic with skewed customers",),
    ("Design WhatsApp. Go.",),
    ("is eventual consistency ok for a shopping cart?",),
    ("read replicas or a cache first? postgres is at 80% cpu on reads",),
    (
        "We're building a chat app (1:1 and groups up to 500 members). Expect 2M DAU, messages "
        "must be ordered per conversation and synced across phone and web. How would you design "
        "message storage, fan-out and presence? We're on GCP.",
    ),
    (
        "Here's our plan: every microservice reads directly from the shared `orders` Postgres "
        "database and we use triggers + LISTEN/NOTIFY to tell other services about changes. Is "
        "this a reasonable architecture? What breaks first when we grow?",
    ),
    (
        "our search is elasticsearch fed by a nightly batch job from mysql. product wants updates "
        "visible in under 5s. what would the pipeline look like? debezium -> kafka -> indexer? "
        "and how do we reindex (mapping changes) without downtime",
    ),
    (
        "We run a render farm product: customers upload scenes and we render frames on GPU "
        "workers. I need a design for the job queue: priorities per plan, retries, preemption "
        "when spot instances disappear, and autoscaling the worker pool. Only the infra side, "
        "the rendering code itself is out of scope.",
    ),
    (
        "Design secret management for ~30 services across 3 k8s clusters. Vault vs AWS Secrets "
        "Manager vs sealed-secrets? How should apps get short-lived DB credentials, and how do we "
        "rotate without restarting pods?",
    ),
    (
        "we're getting rid of the VPN. how would you design zero-trust access for ~400 engineers "
        "to admin tools, k8s and databases? thinking identity-aware proxy, device posture, "
        "short-lived ssh certs. what are the building blocks and in what order do we roll it out",
    ),
    (
        "Fan-out on write vs fan-out on read for a Twitter-like home timeline where some accounts "
        "have 30M followers. What hybrid would you use and where do the timelines live?",
    ),
    (
        "Designing a payments service in front of Stripe and Adyen. Requirements: a customer is "
        "never charged twice, webhooks can arrive out of order or twice, nightly reconciliation "
        "against PSP reports. Which components and which payment state machine would you use?",
    ),
    (
        "B2B SaaS, 3k tenants, a handful of huge ones hold 40% of the data. Single Postgres "
        "today. How do we handle noisy neighbours (pool / bridge / silo), and how would we move "
        "one big tenant to its own database with zero downtime?",
    ),
    (
        "offline-first react native app for field inspectors, they edit forms offline for days. "
        "need sync with the backend + conflict resolution. CRDTs vs last-write-wins vs server "
        "side merge? what would the sync protocol and the server data model look like",
    ),
    (
        "We have 60 microservices and following one request across them is hell. Propose an "
        "observability strategy: tracing, structured logs, metrics, sampling, what we standardise "
        "in a shared lib, and how to keep the Datadog bill under control.",
    ),
    (
        "Our public API has ~900 integrators. URL versioning, header versioning or Stripe-style "
        "dated versions? And how do we structure the code so we don't end up maintaining five "
        "copies of every handler?",
    ),
    (
        "Picking a message bus for a new platform: Kafka, Pulsar, NATS JetStream, or plain "
        "SNS+SQS. ~20k events/s peak, 7 days of replay, ordering per customer, and an ops team "
        "of two people. What would you choose and why?",
    ),
    (
        "Inventory service and order service currently coordinate with XA/2PC and it's slow and "
        "sometimes leaves locks hanging. How should we redesign the consistency between them?",
    ),
    (
        "how would you design a notification system (push, email, sms) with user preferences, "
        "quiet hours, dedupe and retries for 50M users? what are the main components",
    ),
    (
        "Design review please: we want Redis in front of every service as a write-behind cache, "
        "flushing to Postgres every 10s. The team says it will fix our latency. Thoughts?",
    ),
    (
        "We have ~400 cron jobs on one VM. Some depend on each other, some run for hours, and when "
        "the VM reboots everything is a mess. Airflow, Temporal, Argo, or k8s CronJobs? How would "
        "you structure the migration?",
    ),
    (
        "200k IoT devices send a reading every 10s. Need alerts within 30s, live dashboards and 5 "
        "years of history for analytics. Budget matters. Which components would you put where?",
    ),
    (
        "help me find the bounded contexts for a clinic scheduling product: appointments, staff "
        "rosters, rooms, billing, patient records. where are the seams, and what relationships "
        "(customer/supplier, ACL, shared kernel) would you draw between the contexts?",
    ),
    (
        "we're single region in us-east-1 and leadership wants us to survive a region outage. "
        "what's the minimum viable multi-region setup and how much complexity does it add?",
    ),
    (
        "Design typeahead search for an e-commerce site: 50M products, p95 under 50ms, "
        "personalised ranking, 6 languages. Walk me through indexing, serving and updates.",
    ),
    (
        "How should I structure a turborepo monorepo with 8 apps and ~30 shared packages so teams "
        "don't step on each other? Layering rules, ownership, build caching, release process.",
    ),
    (
        "What's the difference between a distributed monolith and real microservices, and how do "
        "I tell which one we have? We have 14 services that all deploy together.",
    ),
    (
        "Our Postgres is 6TB and vacuum can't keep up with the events table. Partitioning by "
        "month, moving cold data to S3/Parquet, or switching that table to ClickHouse? What's "
        "the long-term shape?",
    ),
    (
        "ok so a ride hailing backend: drivers send GPS every 4s, riders request, we need "
        "matching within 2s in 300 cities. how do you store driver locations and do matching "
        "without one giant hot table?",
    ),
    (
        "Should feature flags be a separate service or a library with a config store? We're at 25 "
        "services and flags are currently env vars.",
    ),
    (
        "What would a reasonable API gateway / BFF layering look like for web, iOS, Android and "
        "partner APIs hitting the same 20 services?",
    ),
    (
        "how do big shops do schema changes across ~200 microservice databases without "
        "coordinating a big-bang release? expand/contract at scale, tooling, ownership",
    ),
    (
        "Suggest a caching strategy for a news site: 5k articles/day, 80M page views/day, "
        "breaking news must show within 10s, logged-in users see personalised blocks.",
    ),
    (
        "We want to offer customers a 'bring your own cloud' deployment of our SaaS. How do we "
        "split control plane and data plane, and what runs where?",
    ),
)

_hand(
    "en",
    (
        _REVIEW_BOT,
        """Please review this design doc before Thursday's review.

# Link service v2

## Context
Today short links are generated by the marketing monolith (Rails) and stored in the main MySQL
cluster. Traffic: 1.2B redirects/month, peaks of 45k redirects/s during campaigns, 3M new links
per day. Redirect p99 is 180 ms and goes above 1 s when MySQL is under load from reporting.

## Proposal
1. New `link-service` (Go) owning link creation and redirects.
2. Storage: DynamoDB table `links` keyed by short code, on-demand capacity.
3. Short codes: base62 of a 64-bit id from a Snowflake-style generator (one per pod, worker id
   from the k8s StatefulSet ordinal).
4. Redirects served from CloudFront + Lambda@Edge with a 60 s TTL, falling back to the service.
5. Click events written to Kinesis, aggregated hourly into the warehouse.
6. Existing links back-filled from MySQL with a one-off job; the monolith writes to both stores
   for two weeks, then switches reads.

## Open questions
- Do we need custom aliases to be globally unique across tenants?
- How do we handle link deletion / takedown with the 60 s edge TTL?

What are the biggest risks here, and what would you change?""",
    ),
    (
        _AGENT,
        """I want a plan before touching anything. `app/services/billing.py` is 4,200 lines and every
PR conflicts on it. Rough outline of what's in it:

```
class BillingService:            # ~600 lines, orchestrates everything below
def calculate_invoice(...)       # pricing rules, discounts, proration (~900 lines total)
def apply_coupon(...)
def prorate_subscription(...)
def charge_card(...)             # Stripe calls, retries, idempotency (~500 lines)
def handle_webhook(...)          # 40-branch if/elif on event type (~700 lines)
def send_invoice_email(...)      # templates, pdf generation (~400 lines)
def export_to_netsuite(...)      # accounting export, csv + SOAP (~600 lines)
def dunning_job(...)             # nightly retries of failed payments
# + ~30 helpers, many of them used from api/, jobs/ and admin/
```

Imports into it come from 63 files. Tests live in a single 3k-line `test_billing.py`.
Plan how to split this into a `billing/` package (or several packages) with clear dependency
direction, in steps that can each be merged separately without breaking callers. Don't write
the code yet, just the target structure and the sequence of PRs.""",
    ),
    (
        _REVIEW_BOT,
        """ADR-014: Use event sourcing for the subscriptions domain

Status: proposed

Context: subscription state changes (trial -> active -> past_due -> cancelled, plan upgrades,
seat changes) are currently updated in place in the `subscriptions` table. Support cannot
answer "what happened to this account" and finance rebuilds history from Stripe exports.
Several bugs came from two code paths updating the same row concurrently.

Decision: store subscription changes as an append-only event stream per subscription in
Postgres (`subscription_events`), rebuild state through projections, publish events to Kafka
for billing, analytics and the CRM sync. Snapshots every 100 events. Commands validated in
the aggregate, optimistic concurrency on the stream version.

Consequences: projections need rebuild tooling; schema evolution of events via upcasters;
the team has no prior event sourcing experience; reporting queries move to projections.

Alternatives considered: audit table populated by triggers; temporal tables; CDC into the
warehouse.

Is this the right call for a team of five? What would you ask the authors?""",
    ),
    (
        """Need a zero-downtime migration strategy, MySQL 5.7 -> Postgres 15.

Numbers:
- ~310 tables, 4.1 TB, biggest table `events` is 1.9 TB / 6B rows
- 27 services read/write the db, a few use stored procedures (~40 procs)
- peak 18k writes/s, 60k reads/s
- some services still use raw SQL with MySQL-isms (ON DUPLICATE KEY UPDATE, backtick quoting,
  zero dates '0000-00-00')
- SLA allows at most a 60 s read-only window, no full downtime

What I'm thinking: pgloader for the initial copy, Debezium from the MySQL binlog into Kafka
to keep Postgres in sync, then flip services one by one. But a service that writes to both
databases during the transition scares me, and I don't know how to do the cutover for tables
written by multiple services. How would you sequence the whole thing, what would you verify
at each step, and how do we roll back if Postgres misbehaves after the flip?""",
    ),
    (
        """We're 2 weeks from Black Friday and load tests at 10x normal traffic fall over. Current
setup and what the test showed:

```
ingress-nginx (3 pods)  -> api-gateway (node, 12 pods)  -> catalog (java, 8 pods)
                                                        -> cart (node, 6 pods)  -> redis (1 primary)
                                                        -> checkout (java, 6 pods) -> postgres (1 primary, 2 replicas)
                                                                                   -> payment-adapter -> PSP

load test @ 9,500 rps:
  gateway p99        2.8 s
  cart p99           4.1 s   redis cpu 98% (single thread), 140k ops/s
  checkout p99       6.0 s   pg primary: 1,900 active connections, lock waits on `inventory`
  catalog p99        310 ms  (fine, mostly cached)
  errors: 11% 503s from gateway (upstream timeouts)
```

Short term we can add pods, but the pg connections and the inventory row locks look
structural. What would you change in the architecture in two weeks, and what would you plan
for after the season? Think about inventory reservation, connection pooling, redis
sharding/cluster, and backpressure at the gateway.""",
    ),
    (
        """our saga is getting out of hand. 4 services, choreography over rabbitmq. simplified:

```python
# order-service
@consumer("payment.authorized")
def on_payment_authorized(evt):
    order = repo.get(evt.order_id)
    order.status = "PAID"
    repo.save(order)
    publish("order.paid", {"order_id": order.id})

@consumer("stock.reservation_failed")
def on_stock_failed(evt):
    order = repo.get(evt.order_id)
    if order.status == "PAID":
        publish("payment.refund_requested", {"order_id": order.id})
    order.status = "CANCELLED"
    repo.save(order)

# inventory-service
@consumer("order.paid")
def reserve(evt): ...   # publishes stock.reserved or stock.reservation_failed

# shipping-service
@consumer("stock.reserved")
def create_shipment(evt): ...  # sometimes fires before order.paid is processed (!)
```

nobody can tell the full flow anymore, we have orders stuck in PAID with no shipment, and
compensations sometimes run twice. should we move to an orchestrator (temporal? a
hand-rolled state machine in order-service?) and how would the services, events and failure
handling look after the redesign?""",
    ),
    (
        _INTERVIEWER,
        """Let's do the news feed question. My assumptions, tell me if they're off:

Functional:
- users follow other users and pages; home feed shows posts from followees, ranked
- posts can have text, images, video; likes and comments counts shown on feed items
- feed should feel real-time-ish (new posts within ~1 min)

Non-functional:
- 500M MAU, 200M DAU, each DAU opens the feed ~8 times/day
- 20M new posts/day, average user follows 300 accounts, max followers 50M
- feed load p99 < 300 ms, availability 99.95%

My plan is to start with the API, then the data model (posts, follow graph, feed cache),
then fan-out strategy (hybrid: push for normal users, pull for celebrities), ranking service,
media via object storage + CDN, and finally counters. Shall I go ahead with estimates first?""",
    ),
    (
        """We're moving a 15-year-old on-prem estate to Azure and I've been asked for the migration
strategy, not the details of each app. Inventory:

- 120 apps: ~40 .NET Framework on IIS, ~30 Java on WebLogic, the rest vendor software
- 3 Oracle RAC clusters (total ~22 TB), 1 SQL Server cluster, an IBM MQ backbone
- batch: ~900 Control-M jobs, file drops over SFTP from partners
- AD on-prem, some apps use Kerberos auth between each other
- datacentre contract ends in 26 months

Leadership wants a wave plan. I'm thinking: landing zone + hybrid connectivity first, then
rehost low-risk apps, replatform the .NET ones to App Service, keep Oracle on VMs initially,
and modernise MQ later. What would you change, how do you group apps into waves (dependency
mapping? data gravity?), and what is usually underestimated in these programmes?""",
    ),
    (
        _IDE,
        """this is our docker-compose for local dev, we now need a production architecture on
AWS for it. ~5k users, expected to grow 10x in a year, team of 4, nobody is an ops person.

```yaml
services:
  web:        { build: ./web, ports: ["3000:3000"], depends_on: [api] }
  api:        { build: ./api, ports: ["8000:8000"], depends_on: [db, redis, minio] }
  worker:     { build: ./api, command: celery -A app worker -l info, depends_on: [redis] }
  beat:       { build: ./api, command: celery -A app beat, depends_on: [redis] }
  db:         { image: postgres:16, volumes: [pgdata:/var/lib/postgresql/data] }
  redis:      { image: redis:7 }
  minio:      { image: minio/minio, command: server /data }
  mailhog:    { image: mailhog/mailhog }
  search:     { image: opensearchproject/opensearch:2 }
volumes:
  pgdata: {}
```

ECS Fargate vs EKS vs just a couple of EC2s? Which managed services replace what? How would
you lay out networking, deploys and background jobs so that 4 devs can run it?""",
    ),
    (
        """here's our kafka setup, consumer lag keeps exploding on `orders.enriched` during sales.

```
topics (partitions / rf / retention):
  orders.raw            12 / 3 / 7d
  orders.enriched       12 / 3 / 7d
  orders.dlq             1 / 3 / 30d
  payments.events       24 / 3 / 7d
  customer.updates       6 / 3 / compact

consumer groups:
  enricher        reads orders.raw + customer.updates (KTable join), writes orders.enriched
  fulfilment      reads orders.enriched  (4 instances, each calls WMS http api per message)
  analytics-sink  reads everything -> S3 every 5 min
  fraud           reads orders.enriched + payments.events

lag during sale: fulfilment 2.3M msgs, everything else < 10k
```

partition key for orders.* is `country` (we have 9 countries, 70% of orders are DE).
how would you redesign the topology / keys / consumers so this scales? we need per-order
ordering, not per-country.""",
    ),
    (
        """Multi-tenant design question. Current state:

- Django + Postgres, shared schema, every table has `tenant_id`, enforced in a queryset manager
- 1,800 tenants; the top 12 tenants produce 55% of the load
- enterprise prospects now ask for data residency (EU, US, AU) and "dedicated" options
- noisy neighbour incidents: one tenant's CSV import (8M rows) degraded everyone last month
- reporting runs on the same primary

Options we're discussing:
a) keep shared schema, add row-level security, move imports to a separate worker pool with
   per-tenant quotas
b) cell-based architecture: N identical stacks (cells), tenants pinned to cells, a global
   control plane for routing and signup
c) schema-per-tenant

We need to support residency within 9 months. Which direction would you pick, what does the
routing layer look like, and how would we move existing tenants between cells?""",
    ),
    (
        """Current data platform and the pain, asking for a target architecture:

- ~140 Airflow DAGs, most of them "extract table from prod replica -> pandas -> load to
  Redshift", nightly
- dbt on top of Redshift, 600 models, a full run takes 5h and often misses the 7am deadline
- product analytics events via Segment into Redshift too
- data science copies data into S3 by hand for training
- no lineage, no ownership, a lot of "which table is the right one?"

Wants: hourly freshness for core tables, a lake that DS and BI share, cheaper storage for
5 years of events, clear ownership per domain. Budget is limited and the data team is 6.

Would you go lakehouse (Iceberg/Delta on S3 + Spark/Trino) or stay warehouse-first
(Snowflake/BigQuery)? CDC instead of batch extracts? How would you phase it so we don't stop
delivering reports for six months?""",
    ),
    (
        _ASSISTANT,
        """We had a 3h outage last week and the postmortem action item assigned to me is "propose an
observability strategy". Timeline, roughly:

09:12 checkout error rate rises to 4%
09:20 on-call paged by a synthetic check, not by our alerts
09:20-10:05 looking at dashboards per service, each team says their service looks fine
10:05 someone notices the pricing service p99 went from 40ms to 2s, only for requests with
      more than 50 cart items, logs show nothing because we log at WARN
10:40 trace sampling was at 1%, none of the slow requests were sampled
11:30 root cause: a new index hint in a pricing query, rollback at 12:10

We have Prometheus, Loki, Tempo (barely used), 45 services in 4 languages. What should the
strategy cover (SLOs, alerting on symptoms, tail-based sampling, log levels, correlation ids,
ownership), and what would you do first given 1 engineer for a quarter?""",
    ),
)

_hand(
    "en",
    (
        "write a sql query to get the top 10 customers by revenue last month from orders and "
        "order_items",
        "```sql\nSELECT o.customer_id, SUM(oi.quantity * oi.unit_price) AS revenue\n"
        "FROM orders o\nJOIN order_items oi ON oi.order_id = o.id\n"
        "WHERE o.created_at >= date_trunc('month', now()) - interval '1 month'\n"
        "  AND o.created_at < date_trunc('month', now())\n"
        "GROUP BY o.customer_id\nORDER BY revenue DESC\nLIMIT 10;\n```",
        "works but takes 4 minutes on 2B rows and slows down checkout while it runs. zooming "
        "out: how should we architect reporting so analytics never hits the OLTP primary? "
        "replica, CDC to a warehouse, materialized views? we have ~30 of these reports",
    ),
    (
        "can you write a minimal three.js scene with a rotating cube and orbit controls",
        "Sure, here's a minimal setup with `THREE.Scene`, a `PerspectiveCamera`, a `BoxGeometry` "
        "mesh with `MeshStandardMaterial`, a directional light, `OrbitControls`, and a "
        "`renderer.setAnimationLoop` that rotates the cube each frame.",
        "thanks. different topic: we need to generate thumbnails for user-uploaded 3D models "
        "server-side, ~200k models/day, bursts after marketing emails. how would you design "
        "that pipeline end to end? queue, GPU workers, storage, retries, CDN",
    ),
    (
        "write a short, polite email declining a vendor meeting next week",
        "Hi Sam,\n\nThank you for reaching out. Unfortunately next week doesn't work on our side, "
        "so I'll have to decline for now. I'll get back to you once our priorities for Q3 are "
        "clearer.\n\nBest regards",
        "perfect. now the actual work question: how would you carve our payments monolith into "
        "services? it does checkout, subscriptions, invoicing, refunds and payouts to sellers",
    ),
    (
        "how does OAuth PKCE work?",
        "PKCE protects the authorization code flow for public clients. The client creates a "
        "random code_verifier, sends its SHA-256 hash (code_challenge) with the authorization "
        "request, and later proves possession by sending the verifier when exchanging the code "
        "for tokens. An intercepted code is useless without the verifier.",
        "ok. in our setup (SPA + iOS/Android + 12 backend services behind a gateway), where "
        "should token validation happen, gateway only or every service? and do we need a "
        "separate token exchange for service-to-service calls? sketch the whole auth flow",
    ),
    (
        "Design a URL shortener. Assume 100M new links per month, 10:1 read/write.",
        "High level: a stateless API for creation, a key generation scheme (base62 of a counter "
        "range handed out per instance), a KV store keyed by short code (DynamoDB or Cassandra), "
        "a redirect path served from cache/CDN with 301/302 semantics, and async click "
        "analytics through a queue into a columnar store.",
        "now make it multi-region",
    ),
    (
        "Design a URL shortener for a marketing platform, custom domains per customer.",
        "Core pieces: link API, code generator, KV store by (domain, code), redirect edge "
        "workers, and an analytics pipeline. Custom domains add TLS issuance and a domain "
        "verification flow.",
        "what changes if links must be editable after creation and edits visible within 1s?",
    ),
    (
        "add a DELETE /items/{id} endpoint to this FastAPI router, return 204",
        '```python\n@router.delete("/items/{item_id}", status_code=204)\n'
        "def delete_item(item_id: int, db: Session = Depends(get_db)) -> None:\n"
        "    item = db.get(Item, item_id)\n    if item is None:\n"
        "        raise HTTPException(status_code=404)\n"
        "    db.delete(item)\n    db.commit()\n```",
        "ok thanks. stepping back though: the app has 43 routers like this in one package and "
        "one giant models.py, 3 teams work in it. plan how we reorganise into domain modules "
        "(maybe modular monolith first?) and enforce boundaries between them",
    ),
    (
        "Explain what a GLSL fragment shader does, briefly.",
        "A fragment shader runs once per fragment (candidate pixel) produced by rasterisation "
        "and outputs its colour, using interpolated varyings, uniforms and textures.",
        "got it. unrelated: our 3D viewer front-end fetches meshes, materials and annotations "
        "from 5 different backend services and every release breaks something. would you add "
        "a BFF or an asset service in between? how would you draw the boundaries?",
    ),
    (
        "We need a system to process uploaded invoices (PDF), OCR them, extract fields, and let "
        "accountants review. ~50k invoices/day.",
        "Pipeline: upload to object storage -> event -> OCR workers -> extraction service -> "
        "review queue UI -> export. Use a job table or workflow engine to track state per "
        "document, and make each step idempotent keyed by document id.",
        "how would that look with a workflow engine like temporal instead of a job table?",
    ),
    (
        "We need a system to process uploaded invoices (PDF), OCR them and extract fields.",
        "I'd split it into ingestion, OCR, extraction and review stages connected by a queue, "
        "with object storage for the files and a state table per document.",
        "and where would a human-in-the-loop review fit without blocking the other stages?",
    ),
    (
        "whats a good name for an internal dev platform team? something short",
        "A few options: Foundry, Paved Road, Launchpad, Bedrock, Groundwork.",
        "lol ok Bedrock. now, what should this platform team actually own vs product teams? "
        "CI/CD, k8s, observability, service templates... where's the boundary so we don't "
        "become a ticket queue",
    ),
    (
        "fix this python: `for i in range(len(items)): if items[i] == None: items.remove(i)`",
        "Don't mutate a list while iterating over it, and `remove` takes a value, not an "
        "index. Use a comprehension: `items = [x for x in items if x is not None]`.",
        "thx. bigger question: this is from our ETL scripts, ~70 of them copied around with "
        "small changes. how would you restructure them into a shared package / framework "
        "without a big-bang rewrite?",
    ),
    (
        "How would you design a distributed job scheduler like cron but for 10M jobs?",
        "Partition jobs by id into shards, each owned by a scheduler node via leases; store "
        "next_run_at in an indexed table or a time-bucketed store; workers pull due jobs from "
        "a queue; ensure at-least-once with idempotent job handlers.",
        "What happens when a scheduler node dies mid-shard? Walk me through failover.",
        "Another node acquires the expired lease, reloads the shard's due jobs and continues. "
        "Jobs already enqueued may run twice, which is why handlers must be idempotent.",
        "ok and how do we rebalance shards when we add nodes, without double-firing?",
    ),
    (
        "compare kafka and rabbitmq in 3 bullet points",
        "- Kafka: partitioned log, replay, high throughput, ordering per partition.\n"
        "- RabbitMQ: broker with flexible routing (exchanges), per-message acks, lower "
        "throughput.\n- Kafka suits event streams; RabbitMQ suits task queues and routing.",
        "given that, for us: order events consumed by 6 services + a few task queues for "
        "emails and pdfs. one system or both? how would the topology look",
    ),
    (
        "Our mobile app and backend need offline sync. Users create tasks on the phone.",
        "Key decisions: client-generated ids (UUIDv7), a change log per user on the server, "
        "delta sync with a cursor, and a conflict policy per field.",
        "What if two devices edit the same task offline? LWW loses data. Alternatives?",
    ),
    (
        "can you summarise the CAP theorem in one paragraph",
        "In a distributed system facing a network partition, you must choose between "
        "consistency (every read sees the latest write) and availability (every request gets "
        "a response). Without partitions you can have both; PACELC adds the latency/consistency "
        "trade-off in normal operation.",
        "right. so for our inventory across 3 regions, which side do we pick and how do we "
        "avoid overselling if we go AP?",
    ),
    (
        "Design Dropbox-style file sync.",
        "Chunk files client-side (content-defined chunking), deduplicate by chunk hash, store "
        "chunks in object storage, keep metadata (file tree, versions) in a strongly consistent "
        "DB, push change notifications over long-polling/websockets.",
        "cool, and sharing folders between orgs?",
    ),
    (
        "write unit tests for this function: def slugify(s): return s.lower().replace(' ', '-')",
        '```python\ndef test_slugify_lowercases():\n    assert slugify("Hello") == "hello"\n\n'
        'def test_slugify_replaces_spaces():\n    assert slugify("a b c") == "a-b-c"\n```',
        "thanks. broader question from my lead: what test strategy should we have across 20 "
        "services? contract tests vs e2e vs integration, where do they run, who owns them",
    ),
    (
        "We're designing a leaderboard for a mobile game, 5M DAU.",
        "Redis sorted sets per leaderboard, sharded by leaderboard id; writes through a score "
        "service; periodic snapshots to durable storage.",
        "and seasonal leaderboards with 40M players in one board? a single zset won't fit well",
    ),
    (
        "hi! i'm preparing for a staff eng interview",
        "Great, happy to help. Do you want to practise system design, behavioural questions, "
        "or coding?",
        "system design. give me a hard one and let me answer, then critique my design",
    ),
)

_hand(
    "en",
    (
        _AGENT,
        "The repo has `services/` with 11 Node services that each copy the same auth, logging "
        "and db code with small drifts. Propose a plan for shared packages vs a platform "
        "sidecar, and the order of migration. Don't edit anything yet.",
    ),
    (
        _AGENT,
        "Look at how `orders/` and `inventory/` talk to each other. I want to extract inventory "
        "into its own deployable. What seams exist today and what needs to change first?",
    ),
    (
        _IDE,
        "the `packages/` folder of this monorepo has circular deps between ui, data and auth. "
        "propose a layering and the steps to get there",
    ),
    (
        _INTERVIEWER,
        "Ready. Design a distributed rate limiter for our public API, 200k req/s globally.",
    ),
    (
        _INTERVIEWER,
        "ok my design for the chat system: websocket gateways, a message service writing to "
        "cassandra partitioned by conversation_id, kafka for fan-out to gateways, redis for "
        "presence. what would you poke holes in?",
    ),
    (
        _ASSISTANT,
        "What's the standard architecture for a search engine for an online marketplace with "
        "10M listings? Indexing pipeline, ranking, serving.",
    ),
    (
        _Sys(
            "You are Kite, the engineering assistant for the Kestrel mobile team. Stack: Kotlin, "
            "Swift, a GraphQL gateway and Go services on GKE."
        ),
        "We keep adding fields to the GraphQL gateway for one screen. Should we move to a BFF "
        "per app or federated subgraphs owned by service teams?",
    ),
    (
        _Sys("You are a senior staff engineer. Be direct, skeptical of hype, and ask for numbers."),
        "we're 3 devs and ~200 req/min. CTO wants kubernetes + microservices + kafka from "
        "day one. convince me either way",
    ),
    (
        _Sys("You are a helpful assistant. Format answers in Markdown."),
        "How do Netflix-style cell architectures and bulkheads limit blast radius? Would it "
        "make sense for a mid-size SaaS with 200 customers?",
    ),
    (
        _REVIEW_BOT,
        "Proposal in one line: replace our 6 per-service Postgres instances with one shared "
        "Aurora cluster with a schema per service, to cut cost. Verdict?",
    ),
    (
        _Sys(
            "You are an AI pair programmer in the Cursor editor. The user is working in a Java "
            "Spring Boot monolith (Maven multi-module)."
        ),
        "we want to move the reporting module out of the monolith. how do we deal with it "
        "reading 40 tables owned by other modules?",
    ),
    (
        _ASSISTANT,
        "Explain consistent hashing and how I'd use it to spread a cache over 12 nodes that "
        "come and go.",
    ),
    (
        "In a CQRS setup, how stale can the read model be before users notice, and how do "
        "we handle 'I just saved it and it's not in the list' without going back to sync?",
    ),
    (
        "How would you architect a multiplayer whiteboard (like Miro) for 100 concurrent "
        "editors per board? CRDT vs OT, server topology, persistence",
    ),
    (
        "what's a sane api versioning policy for internal-only grpc services? buf breaking "
        "checks + additive changes only, or versioned packages?",
    ),
    (
        "Can an outbox table become a bottleneck at 15k events/s? How do people scale the "
        "relay (polling vs logical replication)?",
    ),
    (
        "Help me plan the move from a single Redis to Redis Cluster: our code uses MULTI/EXEC "
        "and Lua across keys all over the place. What has to change in the key design?",
    ),
    (
        "For a hotel booking platform, how do you prevent double-booking across a search "
        "service, a booking service and 3rd-party channel managers that sync every 5 minutes?",
    ),
    (
        "Design the backend for a food delivery app: restaurants, couriers, live order "
        "tracking, ETAs. 40k orders/hour at dinner peak in one country.",
    ),
    (
        "Stock exchange style matching engine: how would you make it fault tolerant without "
        "adding latency? Single-threaded core + replicated log?",
    ),
)


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

_ES_AGENT = _Sys(
    "Eres un ingeniero de software senior que trabaja en el repositorio del usuario. Puedes leer "
    "archivos y ejecutar comandos. Responde siempre en español y explica las alternativas."
)

_hand(
    "es",
    ("¿cómo particionarías una tabla de pedidos de 20 TB?",),
    ("monolito o microservicios para un equipo de 5 devs?",),
    ("¿Cuándo vale la pena usar CQRS de verdad?",),
    ("outbox vs debezium, cuál usarías para publicar eventos",),
    ("diseña un acortador de URLs tipo bit.ly",),
    ("¿saga orquestada o coreografiada para pedido -> pago -> envío?",),
    ("kafka o rabbitmq para notificaciones, q me recomiendas",),
    ("¿una BD por tenant o esquema compartido con tenant_id?",),
    ("cómo versionar una API pública sin romper las apps móviles",),
    (
        "Tenemos un monolito en Laravel con unas 300 tablas y el equipo ha crecido a 25 "
        "personas. Nos pisamos constantemente en los despliegues. ¿Por dónde empezarías a "
        "separar servicios? ¿Primero un monolito modular o directamente microservicios?",
    ),
    (
        "necesito diseñar el backend de una app de reparto a domicilio: restaurantes, "
        "repartidores, seguimiento en tiempo real. unos 30k pedidos por hora en hora punta. "
        "qué componentes pondrías y cómo guardarías las posiciones de los repartidores?",
    ),
    (
        "¿Cómo garantizamos la consistencia entre el servicio de stock y el de pedidos sin "
        "transacciones distribuidas? Ahora mismo a veces vendemos productos sin stock.",
    ),
    (
        "Buenas, estamos montando un sistema de pagos con Redsys y Stripe. ¿Cómo diseñaríais "
        "la idempotencia para que un cliente nunca pague dos veces aunque se reintenten las "
        "peticiones o lleguen webhooks duplicados?",
    ),
    (
        "Queremos pasar de una sola región (eu-west-1) a activo-pasivo con eu-central-1. RPO de "
        "5 minutos y RTO de 1 hora. ¿Qué arquitectura mínima necesitamos para la base de "
        "datos, las colas y el almacenamiento de ficheros?",
    ),
    (
        "mi jefe quiere meter un service mesh (istio) para 8 microservicios. tiene sentido o "
        "es matar moscas a cañonazos? qué alternativas hay para mTLS y observabilidad",
    ),
    (
        "¿Cómo diseñarías la caché de un catálogo de productos con 2M de referencias? Los "
        "precios cambian varias veces al día y no podemos mostrar precios viejos más de 30 s.",
    ),
    (
        "Diseño de un sistema de reservas de citas médicas para 400 clínicas: agenda de "
        "profesionales, huecos, recordatorios por SMS. ¿Cómo evitamos dobles reservas cuando "
        "varios canales (web, call center, app) reservan a la vez?",
    ),
    (
        "Propón una estrategia de observabilidad para 35 microservicios en Kubernetes: trazas, "
        "logs, métricas y alertas. Hoy solo tenemos logs en Kibana y nadie los mira.",
    ),
    (
        """Necesito un plan de migración sin downtime de Oracle 12c a PostgreSQL 16.

Datos:
- 180 tablas, unos 2,5 TB en total
- 12 aplicaciones Java (Spring + JPA), 3 de ellas con mucho PL/SQL (unos 90 paquetes)
- carga: unos 4.000 writes/s en hora punta
- hay procesos batch nocturnos que tardan 3 horas
- negocio acepta como mucho 15 minutos de solo lectura un domingo de madrugada
- hay dos integraciones con terceros que leen directamente de vistas de Oracle por DB link
- el equipo de BBDD son 2 personas y ninguna ha trabajado con Postgres en producción

Había pensado usar ora2pg para el esquema, una herramienta de CDC (¿Debezium con LogMiner?
¿GoldenGate?) para sincronizar, y migrar aplicación por aplicación. El problema es el
PL/SQL: ¿lo reescribimos en Java antes, durante o después de migrar los datos? ¿Cómo
secuenciarías todo y cómo hacemos rollback si algo sale mal después del cambio?""",
    ),
    (
        _ES_AGENT,
        """Antes de tocar nada quiero un plan. Tenemos un módulo `core/utils.py` de unas 4.000
líneas que importan 80 ficheros. Contiene de todo:

- validación de NIF/CIF y formatos de fecha
- cliente HTTP con reintentos para 6 APIs externas
- helpers de Django ORM (filtros por tenant, paginación)
- generación de PDFs de facturas
- funciones de cálculo de impuestos (IVA, IGIC, recargo de equivalencia)
- utilidades de caché con Redis

Los tests son un único fichero de 2.500 líneas. Quiero partirlo en paquetes con
dependencias claras (por ejemplo que `billing` no dependa de `http_clients`). Dime la
estructura objetivo y el orden de los PRs para que cada uno se pueda mergear por
separado sin romper nada.""",
    ),
    (
        """Revisión de diseño, por favor. Es el documento que vamos a presentar el lunes:

## Contexto
Plataforma de e-learning, 1,2M de alumnos, picos de 20k usuarios concurrentes en época de
exámenes. Hoy es un monolito Rails sobre un único MySQL.

## Propuesta
1. Separar en 4 servicios: usuarios, cursos, evaluaciones y pagos.
2. Cada servicio con su propia base de datos MySQL.
3. Comunicación síncrona por REST entre servicios; el servicio de evaluaciones llama a
   usuarios y cursos en cada entrega de examen.
4. Vídeos en S3 + CloudFront.
5. Las notas se recalculan en un job nocturno que lee de las 4 bases de datos.
6. Autenticación: cada servicio valida la sesión llamando al servicio de usuarios.
7. Despliegue: los 4 servicios en el mismo cluster de ECS, un pipeline por servicio.

## Riesgos identificados
- latencia en las entregas de examen
- el job nocturno
- que el servicio de usuarios se convierta en un punto único de fallo

¿Qué problemas ves? ¿Qué cambiarías antes de presentarlo?""",
    ),
    (
        """Tenemos este problema con Kafka y no sé si es de diseño:

```
topic: pagos.eventos   particiones: 6   clave: id_comercio
consumidores: conciliacion (3 pods), antifraude (6 pods), notificaciones (2 pods)

lag en antifraude en el Black Friday: 1,8M mensajes
el 60% del volumen es de un solo comercio (un marketplace grande)
antifraude hace una llamada HTTP a un scoring externo por mensaje (~80 ms)
conciliacion agrega por comercio en ventanas de 1 hora (Kafka Streams, state store en RocksDB)
notificaciones manda webhooks a los comercios, con reintentos dentro del propio consumidor
```

Necesitamos orden por pago, no por comercio. ¿Cambiamos la clave a id_pago? ¿Qué pasa con
los consumidores que agregan por comercio? ¿Cuántas particiones pondrías y cómo migramos el
topic sin perder mensajes ni romper el orden durante la transición?""",
    ),
    (
        """Nos piden diseñar la arquitectura de una app de banca móvil con modo offline parcial.
Requisitos que nos han pasado:

- consulta de saldo y movimientos offline (datos de hace como mucho 24 h)
- transferencias solo online, con confirmación por push
- 3M de usuarios, picos de 8k peticiones/s los días de cobro de nómina
- el core bancario es un mainframe que solo aguanta 1.500 TPS y tiene ventanas de
  mantenimiento los domingos
- notificaciones en menos de 5 s tras un movimiento
- regulador exige trazabilidad de cada operación durante 10 años
- ya existe un API gateway corporativo (Apigee) que no podemos quitar
- el equipo móvil es nativo (Kotlin y Swift) y quiere compartir la lógica de sincronización

¿Cómo protegemos el mainframe (cachés, CQRS, colas)? ¿Qué guardaríais en el dispositivo y
cómo sincronizamos? ¿Dónde pondríais la capa de eventos para las notificaciones?""",
    ),
    (
        _Sys("Eres un asistente útil."),
        "¿Me explicas el patrón saga con un ejemplo de reserva de viaje (vuelo, hotel, coche) y "
        "cómo se diseñan las compensaciones cuando falla el último paso?",
    ),
    (
        _Sys(
            "Eres el asistente técnico de Logística Andina. Respondes dudas de arquitectura a los "
            "equipos de desarrollo. Sé concreto."
        ),
        "Vamos a integrar 14 transportistas distintos, cada uno con su API. ¿Un servicio por "
        "transportista o un único servicio de integraciones con adaptadores? ¿Cómo aislamos los "
        "fallos de uno para que no tumben al resto?",
    ),
    (
        _ES_AGENT,
        "Mira la carpeta `services/`: hay 9 servicios en Node que comparten una librería interna "
        "copiada a mano. Propón cómo organizarlo (monorepo, paquetes versionados...) sin hacer "
        "cambios todavía.",
    ),
    (
        _Sys(
            "Eres un entrevistador de diseño de sistemas para puestos de backend senior. Haz "
            "preguntas y critica las decisiones del candidato."
        ),
        "Vale, empiezo. Me pides diseñar un sistema tipo Uber. Primero aclaro requisitos: "
        "¿cuántas ciudades, cuántos conductores activos y qué latencia de emparejamiento "
        "buscamos?",
    ),
    (
        _Sys("Eres un asistente de programación. Responde en español."),
        "¿Qué diferencias hay entre event sourcing y simplemente guardar una tabla de auditoría? "
        "¿Cuándo merece la pena la complejidad extra?",
    ),
    (
        "hazme una query en postgres que me saque los usuarios que no han hecho login en 90 días",
        "```sql\nSELECT id, email, last_login_at\nFROM users\n"
        "WHERE last_login_at < now() - interval '90 days'\n   OR last_login_at IS NULL;\n```",
        "gracias. otra cosa más gorda: queremos mover toda la parte de analítica fuera de esta "
        "base de datos porque las queries pesadas afectan a producción. ¿cómo lo montarías? "
        "réplica, CDC a un data warehouse, algo tipo ClickHouse?",
    ),
    (
        "escríbeme un shader de agua sencillo en GLSL",
        "Aquí tienes un fragment shader básico con ondas usando `sin` sobre las coordenadas UV y "
        "el uniform `uTime`, más un poco de reflejo fresnel aproximado.",
        "genial. ahora algo distinto: el visor 3D lo vamos a ofrecer como SaaS y necesitamos un "
        "servicio que convierta modelos (FBX, OBJ) a glTF en colas. ¿cómo diseñarías ese "
        "servicio de conversión para que escale y no se caiga con ficheros de 2 GB?",
    ),
    (
        "Diseña un sistema de chat para una app con 1M de usuarios activos.",
        "Componentes principales: gateways WebSocket, servicio de mensajes con almacenamiento "
        "particionado por conversación (Cassandra/ScyllaDB), cola para fan-out, servicio de "
        "presencia en Redis y notificaciones push para usuarios desconectados.",
        "¿y los grupos de 5.000 personas?",
    ),
    (
        "Estamos diseñando la migración de on-premise a AWS de unas 60 aplicaciones.",
        "Lo habitual es hacer un inventario con dependencias, agrupar en oleadas y decidir por "
        "aplicación: rehost, replatform, refactor o retirar.",
        "vale, ¿y cómo agrupamos las oleadas si casi todas comparten la misma base de datos "
        "Oracle?",
    ),
    (
        "¿Qué es un bounded context en DDD?",
        "Es el límite explícito dentro del cual un modelo de dominio y su lenguaje ubicuo son "
        "consistentes. Fuera de ese límite, los mismos términos pueden significar otra cosa.",
        "Entonces en nuestro ERP (compras, ventas, almacén, contabilidad, RRHH), ¿cómo "
        "identificamos los contextos? 'Producto' significa algo distinto en cada área y tenemos "
        "una sola tabla products con 140 columnas.",
    ),
    (
        "traduce al inglés: 'el despliegue se hará el martes por la noche'",
        '"The deployment will take place on Tuesday night."',
        "gracias! y ya que estamos: ¿cómo hacemos despliegues sin downtime si cada versión "
        "cambia el esquema de la BD y tenemos 6 servicios que la leen?",
    ),
    (
        "Propuesta: un servicio de notificaciones central (email, SMS, push).",
        "Tiene sentido: API de envío, plantillas, preferencias de usuario, colas por canal y "
        "proveedores intercambiables detrás de adaptadores.",
        "¿y cómo evitamos mandar 3 notificaciones iguales si el mismo evento llega 3 veces?",
    ),
    ("cómo montarías un data lake para los logs de 200 servidores, unos 500 GB al día?",),
    ("¿Tiene sentido GraphQL federation con solo 4 equipos? ¿O mejor un BFF por canal?",),
    (
        "Arquitectura para un sistema de votación en directo de un programa de TV: 2M de votos "
        "en 5 minutos, resultados casi en tiempo real y sin votos duplicados.",
    ),
)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

_DE_ARCHITECT = _Sys(
    "Du bist ein erfahrener Softwarearchitekt. Antworte auf Deutsch, knapp und präzise, und "
    "nenne Vor- und Nachteile."
)

_hand(
    "de",
    ("wie würdet ihr eine 20 TB Bestelltabelle sharden?",),
    ("Monolith oder Microservices bei 6 Entwicklern?",),
    ("Outbox-Pattern oder CDC mit Debezium – was nehmt ihr?",),
    ("Wann lohnt sich Event Sourcing wirklich?",),
    ("entwirf mir einen URL-Shortener, 50 Mio. Links/Monat",),
    ("kafka vs rabbitmq für unsere domain events?",),
    ("Saga: Orchestrierung oder Choreografie bei 5 Services?",),
    ("wo gehört der auth-service in einer microservice-landschaft hin?",),
    ("API-Versionierung: URL, Header oder Datum wie bei Stripe?",),
    (
        "Wir haben einen SAP-nahen Monolithen in Java (ca. 1,2 Mio. Zeilen) und sollen ihn "
        "schrittweise modernisieren. Wie würdet ihr mit dem Strangler-Fig-Pattern anfangen, "
        "wenn fast alles über dieselbe Oracle-Datenbank läuft?",
    ),
    (
        "Wie schneidet man Bounded Contexts bei einer Versicherungssoftware? Bereiche: Antrag, "
        "Vertrag, Schaden, Inkasso, Provision. Jeder Bereich hat seinen eigenen Begriff von "
        "'Vertrag' und heute gibt es eine einzige Tabelle dafür.",
    ),
    (
        "Unser Postgres (Primary + 2 Replicas) ist bei 85 % CPU, fast nur Lesezugriffe vom "
        "Produktkatalog. Erst Caching-Layer davor, mehr Replicas oder gleich eine Suchmaschine "
        "wie OpenSearch für die Katalogabfragen? Was ist langfristig sinnvoll?",
    ),
    (
        "Brauchen wir für 10 Services wirklich ein Service Mesh oder reichen mTLS über "
        "cert-manager und OpenTelemetry im Code?",
    ),
    (
        "Wir planen Multi-Region (Frankfurt + Irland) für eine B2B-Plattform. Aktiv-Aktiv oder "
        "Aktiv-Passiv? Postgres als Hauptdatenbank, RPO max. 1 Minute. Was ist realistisch?",
    ),
    (
        "Wie würdet ihr Mandantenfähigkeit bei einer SaaS für Steuerberater umsetzen? ~4.000 "
        "Kanzleien, einige mit sehr vielen Daten, und einige verlangen eine eigene Datenbank "
        "wegen ihrer Compliance-Vorgaben.",
    ),
    (
        "Mal ne Grundsatzfrage: bei uns ruft jeder Service jeden anderen synchron per REST auf, "
        "inzwischen Ketten von 6-7 Hops. Timeouts überall. Wie kommen wir da raus? Mehr "
        "Events? Daten replizieren? Services zusammenlegen?",
    ),
    (
        "Welche Architektur würdet ihr für ein Ticketsystem für Konzerte wählen, wenn beim "
        "Vorverkaufsstart 300.000 Leute gleichzeitig auf 50.000 Tickets warten? Warteschlange, "
        "Reservierungen mit Timeout, kein Überverkauf.",
    ),
    (
        """Bitte um Review unseres Architekturvorschlags für die neue Zählerdaten-Plattform.

Ausgangslage:
- 1,8 Mio. Smart Meter liefern alle 15 Minuten Messwerte (ca. 170 Mio. Datensätze/Tag)
- heute: Dateien per SFTP vom Gateway-Betreiber, nächtlicher Import in eine Oracle-DB
- Abrechnung, Netzplanung und Kundenportal lesen alle direkt aus derselben Datenbank
- gesetzliche Aufbewahrung: 10 Jahre

Vorschlag:
1. Ingest über Kafka (Gateway-Betreiber liefert künftig per MQTT-Bridge)
2. Rohdaten in einem Data Lake (S3-kompatibel, Parquet, partitioniert nach Tag/Netzgebiet)
3. TimescaleDB für die letzten 13 Monate, daraus lesen Kundenportal und Abrechnung
4. Plausibilisierung und Ersatzwertbildung als Flink-Jobs
5. Netzplanung arbeitet mit Trino direkt auf dem Data Lake

Offene Punkte: Korrekturen von Messwerten nachträglich (bis zu 3 Jahre rückwirkend), und
wie die Abrechnung eine konsistente Sicht zum Stichtag bekommt. Wo seht ihr die größten
Risiken, und was würdet ihr anders machen?""",
    ),
    (
        _DE_ARCHITECT,
        """Wir müssen eine Migrationsstrategie von einer On-Premise-Landschaft in die Azure-Cloud
vorlegen. Eckdaten:

- 85 Anwendungen, davon ca. 30 Eigenentwicklungen (Java/Spring, einige .NET)
- zentrale DB2 auf dem Host, an die fast alles per JDBC oder über nächtliche Dateien hängt
- Batchverarbeitung mit ca. 1.200 Jobs im Scheduler
- Rechenzentrumsvertrag läuft in 30 Monaten aus
- Datenschutz: personenbezogene Daten dürfen die EU nicht verlassen

Die Geschäftsführung will einen Wellenplan mit Meilensteinen. Wie würdest du Anwendungen in
Wellen gruppieren, wann und wie löst man die Abhängigkeit zur DB2, und welche Zielplattform
(AKS, App Service, VMs) würdest du für welche Art von Anwendung vorschlagen? Bitte auch die
typischen Stolperfallen solcher Programme nennen.""",
    ),
    (
        """Unser Kafka-Setup macht Probleme, ich glaube es ist ein Designfehler:

```
Topic: auftraege          Partitionen: 8   Key: filiale_id   (240 Filialen)
Topic: lagerbewegungen    Partitionen: 8   Key: artikel_id
Consumer-Gruppen:
  disposition   (8 Instanzen)  joint auftraege mit lagerbewegungen, schreibt in Postgres
  reporting     (2 Instanzen)  schreibt alles nach ClickHouse
  fakturierung  (4 Instanzen)  ruft pro Nachricht das ERP per SOAP auf (~300 ms)

Beobachtung: Lag bei fakturierung steigt morgens auf > 500k, disposition liefert
teilweise falsche Bestände, weil Lagerbewegungen vor den Aufträgen verarbeitet werden.
```

Wie würdet ihr Topics, Keys und Consumer neu schneiden? Brauchen wir pro Auftrag eine
Reihenfolgegarantie über beide Topics hinweg, und wenn ja, wie bekommt man das hin? Und wie
entkoppeln wir die langsame ERP-Schnittstelle sauber?""",
    ),
    (
        _Sys(
            "Du bist ein KI-Assistent in der IDE. Der Nutzer arbeitet in einem Gradle-Multi-"
            "Modul-Projekt (Kotlin, Spring Boot). Antworte auf Deutsch."
        ),
        """Ich will einen Plan, noch keinen Code. Unser Modul `:core` ist über die Jahre auf
ca. 900 Klassen gewachsen und jedes andere Modul hängt davon ab. Aufteilung grob:

- `core.domain` – Entities für Kunden, Verträge, Rechnungen, Produkte (alles gemischt)
- `core.persistence` – JPA-Repositories für alle Entities
- `core.integration` – REST-Clients für 7 Fremdsysteme
- `core.util` – Datums-, Geld- und String-Helfer, aber auch Geschäftslogik
- `core.security` – Rollen, Rechteprüfung

Build dauert 14 Minuten, weil jede Änderung an `:core` alles neu baut. Wie würdest du das
in fachliche Module schneiden (z. B. `:kunde`, `:vertrag`, `:rechnung`), wie verhindern wir
neue Zyklen (ArchUnit?), und in welcher Reihenfolge gehen wir vor, damit der Hauptzweig
die ganze Zeit grün bleibt?""",
    ),
    (
        """Systemdesign-Übung für mein Interview nächste Woche, bitte kritisch prüfen:

Aufgabe: Design eines Benachrichtigungsdienstes (Push, E-Mail, SMS).
Annahmen: 80 Mio. Nutzer, 1 Mrd. Benachrichtigungen/Tag, Spitzen beim Fußball bis 500k/s.

Mein Entwurf:
- API-Service nimmt Sendeaufträge an und schreibt sie in Kafka (Topic pro Kanal)
- Preference-Service (Postgres + Redis-Cache) prüft Opt-outs und Ruhezeiten
- Worker pro Kanal rufen APNs/FCM, SendGrid bzw. den SMS-Provider auf
- Deduplizierung über einen Redis-Key (user_id + event_id) mit 24 h TTL
- Retries mit exponentiellem Backoff, danach Dead-Letter-Topic
- Zustellstatus in Cassandra, partitioniert nach user_id und Tag

Was fehlt? Wo würde mich der Interviewer festnageln (z. B. Rate Limits der Provider,
Priorisierung von Transaktions- vs. Marketing-Nachrichten, Hot Partitions)?""",
    ),
    (
        _DE_ARCHITECT,
        "Wie sollte man Secrets für 40 Services in drei Kubernetes-Clustern verwalten? Vault, "
        "External Secrets Operator mit AWS Secrets Manager, oder Sealed Secrets? Uns geht es "
        "um Rotation ohne Neustart und um dynamische Datenbank-Credentials.",
    ),
    (
        _Sys("Du bist ein hilfreicher Assistent."),
        "Erklär mir bitte CQRS an einem Beispiel aus dem Onlinehandel und wann man Lese- und "
        "Schreibmodell wirklich in getrennte Datenbanken legen sollte.",
    ),
    (
        _Sys(
            "Du bist 'Archie', der Architektur-Bot der Stadtwerke-IT. Beantworte Fragen der "
            "Entwicklungsteams zu Zielarchitektur und Plattform."
        ),
        "Wir sollen das Kundenportal an 5 Backend-Systeme anbinden. Lieber ein BFF, ein "
        "API-Gateway mit Aggregation oder GraphQL? Die Systeme haben sehr unterschiedliche "
        "Antwortzeiten.",
    ),
    (
        _DE_ARCHITECT,
        "Zero Trust statt VPN für 250 Mitarbeitende: welche Bausteine (Identity-Aware Proxy, "
        "Gerätezustand, kurzlebige Zertifikate) und in welcher Reihenfolge einführen?",
    ),
    (
        _Sys(
            "Du bist ein Interviewer für Systemdesign-Interviews (Senior Backend). Stelle "
            "Rückfragen und bewerte Trade-offs."
        ),
        "Okay, Aufgabe verstanden: ein Dienst wie Google Docs für gemeinsames Bearbeiten. Ich "
        "würde mit OT vs. CRDT anfangen und dann die Server-Topologie besprechen. Passt das?",
    ),
    (
        "schreib mir ein bash-skript, das alle .log dateien älter als 7 tage löscht",
        "```bash\n#!/usr/bin/env bash\nfind /var/log/myapp -name '*.log' -type f -mtime +7 "
        "-delete\n```",
        "danke. eigentlich ist das problem größer: 120 server, logs liegen lokal, niemand findet "
        "was. wie würdet ihr eine zentrale log-plattform aufbauen (loki, elastic, opensearch), "
        "inkl. aufbewahrung und kosten?",
    ),
    (
        "Kannst du mir einen Three.js-Code für einen Partikel-Effekt schreiben?",
        "Klar: ein `THREE.Points`-Objekt mit `BufferGeometry` und zufälligen Positionen, ein "
        "`PointsMaterial` mit additivem Blending und eine Animation, die die Positionen pro "
        "Frame leicht verschiebt.",
        "Super. Andere Baustelle: Wir wollen serverseitig Vorschaubilder von CAD-Modellen "
        "rendern lassen, ca. 50.000 pro Tag. Wie würdet ihr die Job-Verarbeitung mit GPU-"
        "Workern, Queue und Skalierung aufbauen?",
    ),
    (
        "Entwirf ein System für Terminbuchungen bei Ärzten, 2.000 Praxen.",
        "Zentrale Bausteine: Kalender-Service pro Praxis, Slot-Verwaltung mit optimistischem "
        "Locking, Buchungs-Service, Benachrichtigungen und Anbindung an Praxisverwaltungssysteme.",
        "und wie synchronisieren wir mit den praxisverwaltungssystemen, die nur alle 10 min "
        "pollen können, ohne doppelbuchungen?",
    ),
    (
        "Was ist der Unterschied zwischen horizontaler und vertikaler Skalierung?",
        "Vertikal: eine Maschine größer machen (mehr CPU/RAM). Horizontal: mehr Instanzen "
        "hinzufügen und Last verteilen, was zustandslose Dienste oder Partitionierung erfordert.",
        "ok, und konkret bei uns: die Session liegt im Speicher der Tomcat-Instanz und wir haben "
        "eine MySQL. Was müssen wir architektonisch ändern, um auf 10 Instanzen zu gehen?",
    ),
    (
        "Wir bauen eine Plattform für Ladesäulen (OCPP), 40.000 Ladepunkte.",
        "Kernkomponenten: OCPP-Gateway mit WebSocket-Verbindungen, Session-Service, Abrechnung, "
        "Roaming-Anbindung (OCPI) und Monitoring.",
        "wie verteilen wir die 40k websocket-verbindungen, wenn ein gateway-pod neu startet?",
    ),
    (
        "Formuliere diese Mail bitte etwas freundlicher: 'Der Termin passt nicht.'",
        "„Vielen Dank für den Terminvorschlag – leider passt es mir zu diesem Zeitpunkt nicht. "
        "Hätten Sie eventuell eine Alternative?“",
        "danke! und jetzt was technisches: wie plant man die Ablösung eines ESB (webMethods) "
        "durch Event-Streaming, wenn 60 Schnittstellen daran hängen?",
    ),
    (
        "Unser Lead will alles auf Events umstellen. Ist 'Event-driven' für CRUD-lastige "
        "Fachanwendungen überhaupt sinnvoll?",
    ),
    (
        "Wie plant man eine Datenmigration von MongoDB nach Postgres ohne Downtime, wenn 9 "
        "Services die Collections lesen?",
    ),
    ("Idempotenz über mehrere Services: wer speichert die Idempotency-Keys?",),
    ("wie skaliert man websockets auf 1 mio verbindungen?",),
)


# --------------------------------------------------------------------------------------------
# Chinese (simplified)
# --------------------------------------------------------------------------------------------

_ZH_ARCHITECT = _Sys("你是一名资深后端架构师，请用中文回答，给出方案对比和取舍。")

_hand(
    "zh",
    ("订单表已经 20TB 了，分库分表怎么设计？",),
    ("小团队（5 个后端）有必要上微服务吗？",),
    ("CQRS 什么场景下才值得用？",),
    ("本地消息表和 Debezium CDC 选哪个做事件发布",),
    ("设计一个短链服务，日增 1 亿条",),
    ("kafka 和 rocketmq 怎么选，我们是电商订单场景",),
    ("分布式事务用 Seata 还是 saga？",),
    ("多租户 SaaS 是一个租户一个库还是共享表加 tenant_id？",),
    ("缓存和数据库双写一致性到底怎么保证",),
    ("秒杀系统架构怎么设计？",),
    (
        "我们是一个单体 Spring Boot 应用，大概 80 万行代码，团队扩到 40 人以后发布经常冲突。"
        "想拆微服务，但是所有模块都直接查同一个 MySQL 库。应该从哪里开始拆？"
        "先做模块化单体还是直接按领域拆服务？",
    ),
    (
        "设计一个 IM 系统，支持单聊和 500 人群聊，DAU 300 万，消息要保证会话内有序、"
        "多端同步（手机、PC、Web）。消息存储、推送和在线状态分别怎么设计？",
    ),
    (
        "我们的 Redis 缓存经常出现缓存击穿和雪崩，商品详情页 QPS 峰值 8 万。"
        "除了加随机过期时间，整体的多级缓存架构应该怎么设计？本地缓存 + Redis + CDN 怎么配合？",
    ),
    (
        "同城双活和异地多活有什么区别？我们是支付业务，RPO 要求接近 0，"
        "现在只有一个机房，想分两期做，第一期应该做到什么程度？",
    ),
    (
        "请问订单、库存、支付三个服务之间怎么保证最终一致性？现在用的是同步 HTTP 调用，"
        "偶尔会出现扣了库存但订单没创建成功的情况。",
    ),
    (
        "我们有 60 多个微服务，排查一次跨服务的问题要好几个小时。"
        "可观测性体系怎么建？链路追踪、日志、指标、告警分别用什么，采样率怎么定？",
    ),
    (
        "网约车的司机位置服务怎么设计？司机每 3 秒上报一次 GPS，全国 200 万在线司机，"
        "派单要在 1 秒内找到附近的车。用 Redis GEO 还是 geohash 分片？",
    ),
    (
        """帮忙评审一下我们的技术方案，下周要过架构评审：

## 背景
内容社区 App，DAU 800 万，首页信息流目前是每次请求实时查关注列表再聚合，
高峰期 feed 接口 P99 超过 2 秒，MySQL 从库 CPU 打满。

## 方案
1. 引入 feed 服务，采用推拉结合：普通用户发帖时写扩散到粉丝收件箱（Redis ZSet），
   粉丝数超过 10 万的大 V 不推，读取时再拉取合并。
2. 收件箱只保留最近 800 条，更早的数据回源到 HBase。
3. 发帖事件通过 Kafka 分发，消费者负责写扩散，按 user_id 分区。
4. 点赞数、评论数用单独的计数服务，Redis 计数 + 定时落库。
5. 排序先按时间，二期接入推荐模型打分。

## 接口
GET /api/v2/feed?cursor=1718000000123&size=20
返回 items[]（post_id、author_id、score、created_at）和 next_cursor，
cursor 使用毫秒时间戳 + post_id，避免翻页重复。

## 数据规模
日均发帖 1500 万，人均关注 200，最大粉丝数 3000 万。
Redis 集群目前 32 个分片，每片 16GB；HBase 集群 20 台 RegionServer。

## 上线计划
- 第一周：灰度 5% 用户，新旧 feed 接口对比结果一致性
- 第二周：放量到 50%，观察 Kafka 消费延迟和 Redis 内存水位
- 第三周：全量，下线旧的实时聚合逻辑
- 回滚方案：网关开关切回旧接口，收件箱数据保留不删

## 监控指标
feed 接口 P99、写扩散延迟（发帖到粉丝可见）、收件箱命中率、回源 HBase 比例、
Kafka 消费积压、Redis 内存和大 key 情况。

请帮忙看看有哪些风险（比如写扩散的放大、热点大 V、Redis 内存估算、
取关后的数据清理），还有哪些地方需要补充？""",
    ),
    (
        _ZH_ARCHITECT,
        """我们要把核心交易库从 Oracle 迁移到 MySQL（分库分表），要求不停机。情况如下：

- 约 260 张表，总数据量 5TB，最大的流水表 30 亿行
- 18 个应用直接连这个库，其中 4 个用了大量存储过程（大约 150 个）
- 高峰写入 6000 TPS
- 业务只能接受凌晨 10 分钟以内的只读窗口
- 迁移后需要按 user_id 分 64 个库，每库 16 张表

我的初步想法：先用 DTS 做全量 + 增量同步，应用层改造成双写，校验一段时间后切读，
最后切写。但是双写期间的一致性、存储过程改造的顺序、分片键选错怎么办、
切换失败怎么回滚，这些都没想清楚。请帮忙给一个完整的迁移策略和分阶段计划。""",
    ),
    (
        """Kafka 消费积压严重，感觉是架构设计有问题，大家帮看看：

```
topic: order_events   分区数: 12   key: merchant_id
消费者组:
  settlement   6 个实例   按商户汇总结算，每条消息调用一次账务系统 RPC（约 120ms）
  risk         12 个实例  风控规则计算，需要查用户画像（HBase）
  search_sync  3 个实例   同步到 ES

大促期间 settlement 积压 300 万条，其中一个头部商户占了 45% 的流量
```

settlement 的消费逻辑大概是这样：

```java
@KafkaListener(topics = "order_events", groupId = "settlement", concurrency = "2")
public void onMessage(ConsumerRecord<String, String> record) {
    OrderEvent evt = JSON.parseObject(record.value(), OrderEvent.class);
    SettleResult r = accountingClient.settle(evt.getMerchantId(), evt.getAmount());
    if (!r.isSuccess()) {
        throw new RetryableException("settle failed: " + evt.getOrderId());
    }
    settleRecordMapper.insert(SettleRecord.from(evt, r));
}
```

我们其实需要的是同一个订单内的事件有序，而不是同一个商户有序。
分区 key 要不要改成 order_id？改了之后按商户汇总的逻辑怎么办？
分区数扩到多少合适？线上 topic 怎么平滑迁移不丢消息、不乱序？""",
    ),
    (
        _Sys(
            "你是一个运行在用户代码仓库里的 AI 编程助手，可以读取文件和执行命令。"
            "在做大改动之前先给出计划。"
        ),
        """先别改代码，帮我出一个拆分方案。`server/common/` 目录下有个 `utils.go`，
已经 4500 多行了，几乎所有包都 import 它，里面大概有这些东西：

- 数据库连接池和事务封装
- Redis 分布式锁
- 订单号、流水号生成
- 金额计算和汇率换算
- 调用第三方支付、短信、物流的 HTTP 客户端
- 各种字符串、时间处理函数

随便截几个函数签名：

```go
func GetDB(ctx context.Context) *gorm.DB
func WithTx(ctx context.Context, fn func(tx *gorm.DB) error) error
func Lock(ctx context.Context, key string, ttl time.Duration) (func(), error)
func GenOrderNo(bizType int) string
func ConvertAmount(amount decimal.Decimal, from, to string) (decimal.Decimal, error)
func PayClient() *pay.Client
func SendSms(ctx context.Context, phone, tpl string, args map[string]string) error
func ParseTimeLoose(s string) (time.Time, error)
```

现在改一行就要全量编译和回归，而且出现了循环依赖的苗头。
想拆成几个独立的 package，依赖方向清晰。请给出目标目录结构，
以及分几个 PR、按什么顺序做，保证每一步都能单独合并、主干一直可用。""",
    ),
    (
        _Sys("你是一个乐于助人的助手。"),
        "能讲讲 CAP 和 BASE 理论在实际系统设计里怎么用吗？比如电商的库存和购物车分别该怎么选？",
    ),
    (
        _Sys("你是某云厂商的架构咨询机器人，负责回答客户关于上云架构的问题。"),
        "我们准备把 IDC 里的 40 个应用迁到云上，数据库是自建 MySQL 主从。"
        "迁移顺序怎么排？数据库迁移用什么方式能做到业务基本无感？",
    ),
    (
        _ZH_ARCHITECT,
        "零信任架构在中型互联网公司怎么落地？我们现在靠 VPN + 堡垒机，"
        "大概 600 个研发，想逐步去掉 VPN。",
    ),
    (
        _Sys("你是系统设计面试的面试官，面向高级后端工程师，会追问细节和权衡。"),
        "好的，我先说一下限流器的设计思路：网关层用令牌桶，全局配额放在 Redis 里，"
        "用 Lua 脚本保证原子性。您觉得哪里需要展开？",
    ),
    (
        _ZH_ARCHITECT,
        "API 网关和 BFF 怎么分工？我们有 App、小程序、Web 三端，后面是 25 个服务。",
    ),
    (
        "帮我写一个 SQL，查出每个部门工资最高的员工",
        "```sql\nSELECT department_id, name, salary\nFROM (\n  SELECT e.*, RANK() OVER "
        "(PARTITION BY department_id ORDER BY salary DESC) AS rk\n  FROM employees e\n) t\n"
        "WHERE rk = 1;\n```",
        "谢谢。另外一个大问题：我们的报表查询现在都直接跑在业务库上，经常拖慢线上。"
        "整体上报表/数仓这块应该怎么架构？实时和离线要不要分开？",
    ),
    (
        "用 three.js 怎么加载 glb 模型？",
        "用 `GLTFLoader`：`new GLTFLoader().load('model.glb', (gltf) => scene.add(gltf.scene))`，"
        "如果模型用了 Draco 压缩，还需要配置 `DRACOLoader`。",
        "好的。我们现在要做一个在线 3D 模型转换和预览平台，用户上传 FBX/OBJ，"
        "后台转成 glb 并生成缩略图，每天大概 10 万个文件。"
        "这个后台的任务队列、GPU 渲染节点、存储和 CDN 整体怎么设计？",
    ),
    (
        "设计一个电商的购物车系统。",
        "核心是购物车服务：登录用户存 Redis + MySQL 持久化，未登录用户用本地存储，"
        "登录时合并；价格和库存在结算时实时校验。",
        "那如果要支持跨境多币种和多个仓库呢？",
    ),
    (
        "设计一个分布式 ID 生成服务。",
        "常见方案有 Snowflake（时间戳 + 机器号 + 序列号）、号段模式（数据库批量分配）、"
        "以及美团 Leaf 这类结合两者的方案。",
        "时钟回拨怎么处理？机器号在 k8s 里怎么分配？",
    ),
    (
        "帮我润色一下这段周报：本周完成了订单模块的开发。",
        "本周顺利完成了订单模块的核心功能开发，包括下单、取消和查询接口，并通过了联调测试。",
        "谢谢～顺便问下，下周我们要做订单服务从单体里拆出来的方案设计，"
        "数据库也要拆，有没有比较稳妥的拆分步骤？",
    ),
    (
        "什么是 DDD 里的聚合根？",
        "聚合根是聚合的入口实体，外部只能通过它修改聚合内部对象，它负责维护聚合内的不变量，"
        "一个事务通常只修改一个聚合。",
        "那我们的订单、支付、物流、售后这几块，限界上下文应该怎么划？"
        "现在一张 order 表有 120 个字段，各个团队都在往里加。",
    ),
    (
        "日志采集用 Filebeat 还是 Fluent Bit？",
        "Fluent Bit 更轻量，适合 k8s DaemonSet；Filebeat 和 Elastic 生态集成更好。",
        "那整个日志平台呢？每天 8TB 日志，保留 30 天，成本压不下来，架构怎么调整？",
    ),
    ("跨机房的数据同步用什么方案比较好？",),
    ("微服务之间用 gRPC 还是 HTTP+JSON？",),
    ("怎么设计一个支持百万并发的直播弹幕系统？",),
    ("接口幂等怎么从架构层面统一做？",),
)


# --------------------------------------------------------------------------------------------
# Japanese
# --------------------------------------------------------------------------------------------

_JA_ENGINEER = _Sys(
    "あなたは経験豊富なソフトウェアアーキテクトです。日本語で、選択肢とトレードオフを"
    "整理して回答してください。"
)

_hand(
    "ja",
    ("20TBの注文テーブル、どうシャーディングする？",),
    ("5人のチームでマイクロサービスって必要？",),
    ("CQRSってどういうときに効くんですか",),
    ("Outboxパターンとdebeziumどっちがいい？",),
    ("短縮URLサービスの設計、1日1億件想定で",),
    ("Sagaはオーケストレーションとコレオグラフィーどっちにすべき？",),
    ("マルチテナントはDB分離かtenant_id共有か",),
    ("キャッシュの無効化戦略、みんなどうしてる？",),
    ("APIのバージョニング方針どうするのがいい",),
    ("認証基盤はどこに置くべき？ゲートウェイ？各サービス？",),
    (
        "Railsのモノリス（約40万行）をマイクロサービスに分割したいと考えています。"
        "ただ、ほぼ全機能が同じMySQLのテーブルを直接参照しているので、"
        "どこから手を付けるべきか悩んでいます。まずモジュラーモノリス化するべきでしょうか？",
    ),
    (
        "チャットアプリのバックエンド設計について相談です。DAU 200万、グループは最大1,000人、"
        "メッセージは会話ごとに順序保証、スマホとPCでの既読同期が必要です。"
        "メッセージの保存先とWebSocketサーバーの構成をどう考えればよいでしょうか。",
    ),
    (
        "在庫サービスと注文サービスの整合性をどう取るべきか悩んでいます。"
        "今は同期APIで在庫を引き当てていますが、タイムアウト時に在庫だけ減ってしまうことがあります。",
    ),
    (
        "東京リージョンだけで運用しているサービスを、大阪リージョンも使ったDR構成にしたいです。"
        "RPO 15分、RTO 2時間が目標です。Aurora、S3、SQSそれぞれどう構成するのが現実的ですか？",
    ),
    (
        "マイクロサービスが50個を超えて、障害調査に毎回何時間もかかります。"
        "分散トレーシング、ログ、メトリクスをどういう方針で整備するのがよいか教えてください。"
        "今はCloudWatch Logsに各サービスがバラバラの形式で出力しています。",
    ),
    (
        "ECサイトの検索基盤をElasticsearchで作り直します。商品数800万、"
        "在庫・価格の変更を数秒以内に反映したいのですが、RDBからの同期方式はどうするのがよいでしょうか。"
        "インデックスの再構築を無停止で行う方法も知りたいです。",
    ),
    (
        """設計レビューをお願いします。来週のアーキテクチャ会議に出す資料です。

## 背景
予約サービス（美容院・飲食店向け）、加盟店は約3万店舗。現在はPHPのモノリスと
MySQL 1台構成で、キャンペーン時にアクセスが集中すると予約APIがタイムアウトします。
ピーク時は約3,000 req/s、通常時は300 req/s程度です。

## 提案
1. 予約・店舗・顧客・通知の4サービスに分割する
2. 予約サービスはDynamoDBを使い、店舗×日付をパーティションキーにする
3. 空き枠の計算は店舗サービスに毎回問い合わせる（同期REST）
4. 予約確定時にSNS→SQSで通知サービスへイベントを送る
5. 既存MySQLからのデータ移行は、メンテナンス時間（深夜2時間）で一括実施する

## 懸念点
- 人気店舗の予約開始時に特定パーティションへ書き込みが集中する
- 空き枠計算の同期呼び出しがボトルネックになるかもしれない
- 二重予約を防ぐための排他制御をどこで行うか決まっていない
- 店舗側の管理画面（別チーム担当）が現状のMySQLを直接参照している

## 非機能要件
- 予約API p99 500ms以内、可用性 99.9%
- 予約データは5年間保持
- 将来的に台湾・タイへの展開予定（データの国外保存に制約がある可能性あり）

このほかにリスクや見落としがあれば指摘してください。""",
    ),
    (
        _JA_ENGINEER,
        """オンプレのOracleからAWS上のAurora PostgreSQLへの移行戦略を考えています。前提は以下です。

- テーブル数 約220、データ量 約3TB、最大テーブルは8億行
- このDBに接続しているアプリは15個（Java、.NET、COBOLのバッチが一部）
- PL/SQLのパッケージが約120個あり、業務ロジックがかなり入っている
- ピーク時の更新は2,500 TPS程度
- 許容される停止時間は年末年始の4時間のみ
- 夜間バッチ（約400ジョブ、JP1で管理）がDBリンク経由で別システムのOracleも参照している
- 文字コードはJA16SJISTILDE、外字を含むデータが一部の顧客マスタにある
- DBAは2名で、PostgreSQLの本番運用経験はない
- 監査対応のため、移行前後でデータが一致していることを証跡として残す必要がある

AWS DMSでのフルロード＋CDCを考えていますが、PL/SQLの移行をどの段階で行うべきか、
アプリを段階的に切り替える場合の整合性、切り戻しの手順がまだ固まっていません。
全体のフェーズ分けと、各フェーズで確認すべきことを整理してもらえますか？""",
    ),
    (
        """Kafkaのコンシューマラグがセール時に爆発します。設計の問題だと思うので見てください。

```
topic: orders        partitions: 10   key: shop_id   (約5,000店舗)
topic: payments      partitions: 10   key: payment_id
consumer groups:
  point-service     ポイント付与。1件ごとに外部API呼び出し（平均200ms）
  shipping-service  配送指示。ordersとpaymentsの両方を見て、両方揃ったら出荷
  analytics         全件をS3へ（Kinesis Firehose経由）

セール時: point-service のラグ 120万件、shipping-service で「支払い前に出荷指示」が発生
大手1店舗が全体の35%を占める
```

point-serviceのコンシューマはこんな感じです（Spring Kafka）:

```java
@KafkaListener(topics = "orders", groupId = "point-service")
public void consume(OrderEvent event) {
    var res = pointApiClient.grant(event.getCustomerId(), event.calcPoints());
    if (res.status() == 429) {
        Thread.sleep(1000);          // レート制限時はとりあえず待つ
        consume(event);              // 再帰でリトライ
        return;
    }
    pointHistoryRepository.save(PointHistory.of(event, res));
}
```

shipping-serviceは orders と payments をそれぞれ受け取ってRDBの一時テーブルに入れ、
1分おきのバッチで「両方揃った注文」を探して出荷指示を出しています。

注文単位の順序は必要ですが店舗単位では不要です。キーをorder_idに変えるべきか、
shipping-serviceの「両方揃ったら」をどう設計し直すべきか、
外部API呼び出しをどう切り離すべきか、アドバイスをお願いします。""",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. Reply in the "
            "user's language."
        ),
        """コードはまだ変更しないで、計画だけ出してください。

`src/lib/common.ts` が4,300行を超えていて、ほぼ全ファイルからimportされています。中身はだいたい:

- APIクライアント（fetchのラッパー、リトライ、認証ヘッダー付与）
- 日付・金額・郵便番号などのフォーマット関数
- フォームのバリデーション
- 権限チェック（ロールごとの表示制御）
- localStorageのキャッシュ処理
- 決済画面専用のロジック（なぜかここにある）

export の一部を抜粋するとこんな感じです:

```ts
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> { ... }
export function formatYen(value: number): string { ... }
export function formatPostalCode(code: string): string { ... }
export function validateEmail(v: string): string | null { ... }
export function canView(role: Role, screen: ScreenId): boolean { ... }
export function getCached<T>(key: string, ttlSec: number): T | null { ... }
export function calcCheckoutTotal(cart: Cart, coupon?: Coupon): Money { ... }
```

テストは `common.test.ts` 1ファイルに2,000行あります。

Next.jsのモノレポ（apps/web, apps/admin, packages/ui）です。
これを責務ごとのパッケージに分割したいです。最終的なディレクトリ構成と依存方向、
そして各PRを単独でマージできるようにするための分割手順を提案してください。""",
    ),
    (
        """システム設計面接の練習です。自分の回答を添削してください。

お題：ライドシェア（Uberのようなサービス）の配車システム
想定：アクティブドライバー50万人、ドライバーは4秒ごとに位置を送信、配車リクエストは
ピーク時 3,000件/秒、マッチングは2秒以内

私の設計：
- ドライバーの位置はRedisのGEOコマンドで管理し、都市ごとにキーを分ける
- 配車リクエストを受けたら半径2km以内のドライバーを検索し、近い順に通知
- ドライバーが承諾したらマッチング確定、PostgreSQLにトリップを保存
- 位置情報の履歴はKafka経由でS3に保存
- 料金計算は別サービス

足りない観点（二重マッチングの防止、都市をまたぐ移動、ホットスポットの負荷、
Redis障害時の挙動など）を指摘してもらえると助かります。""",
    ),
    (
        _Sys("あなたは親切なアシスタントです。"),
        "イベントソーシングとは何か、普通のCRUD設計と比べたメリット・デメリットを教えてください。"
        "銀行の口座管理に使う場合を例にお願いします。",
    ),
    (
        _Sys(
            "あなたは株式会社ミナトシステムズの技術相談ボットです。社内の開発チームから"
            "アーキテクチャに関する質問を受け付けます。"
        ),
        "新規事業で外部パートナー向けAPIを公開します。API Gateway、認可サーバー、"
        "レート制限、利用量の計測をどう構成すればよいですか？",
    ),
    (
        _JA_ENGINEER,
        "Vaultを使ったシークレット管理の全体設計を知りたいです。EKSクラスタが3つ、"
        "サービスが30個あります。DB認証情報を動的発行にしたいのですが、ローテーション時に"
        "Podの再起動を避ける方法はありますか？",
    ),
    (
        _JA_ENGINEER,
        "GraphQL Federationと、画面ごとのBFFではどちらが良いでしょうか。"
        "チームは6つ、クライアントはiOS・Android・Webです。",
    ),
    (
        _Sys(
            "あなたはシステム設計面接の面接官です。候補者の設計に対して深掘りの質問をしてください。"
        ),
        "では始めます。通知システムの設計ですね。まず要件を確認させてください。"
        "チャネルはプッシュ・メール・SMSの3つで、1日あたりの送信数はどれくらいを想定すれば"
        "よいでしょうか？",
    ),
    (
        "PostgreSQLで、直近30日の売上を日別に集計するSQLを書いてください",
        "```sql\nSELECT date_trunc('day', ordered_at) AS day, SUM(amount) AS sales\n"
        "FROM orders\nWHERE ordered_at >= now() - interval '30 days'\n"
        "GROUP BY 1\nORDER BY 1;\n```",
        "ありがとうございます。ただ、こういう集計クエリが本番DBを圧迫していて困っています。"
        "分析基盤を本番から切り離すには、どういうアーキテクチャにするのがよいでしょうか？"
        "CDCでBigQueryに流す案を考えています。",
    ),
    (
        "three.jsでシーンにフォグを追加する方法は？",
        "`scene.fog = new THREE.Fog(0xcccccc, 10, 100);` のように設定します。"
        "指数的に濃くしたい場合は `THREE.FogExp2` を使います。",
        "ありがとうございます。別件ですが、ユーザーがアップロードした3Dモデルのサムネイルを"
        "サーバー側で大量に生成する仕組みを作りたいです。キュー、GPUワーカー、ストレージ、"
        "リトライを含めた全体構成を相談させてください。",
    ),
    (
        "ECサイトのカートの設計を考えてください。",
        "ログインユーザーのカートはRedis＋RDBに保存し、未ログイン時はCookieのカートIDで管理、"
        "ログイン時にマージします。価格と在庫は注文確定時に再検証します。",
        "複数倉庫からの出荷に対応するとしたら、どこを変えるべきですか？",
    ),
    (
        "社内勉強会の告知文を書いてください。テーマはDDDです。",
        "【社内勉強会のお知らせ】\n次回のテーマは「ドメイン駆動設計（DDD）入門」です。"
        "境界づけられたコンテキストや集約の考え方を、実例を交えて紹介します。",
        "いい感じです！ついでに、うちの物流システム（受注・在庫・配送・請求）だと"
        "境界づけられたコンテキストはどう切るのが妥当か、意見をもらえますか？",
    ),
    (
        "マイクロサービス間の通信について質問です。",
        "はい、どうぞ。同期（REST/gRPC）と非同期（メッセージング）のどちらについてでしょうか？",
        "両方です。注文確定から発送までの流れで、どこを同期にしてどこを非同期にすべきかの"
        "判断基準を知りたいです。",
    ),
    (
        "分散ロックの実装、Redisでいいですか？",
        "単一Redisでの `SET NX PX` で十分なケースも多いですが、フェイルオーバー時にロックが"
        "失われる可能性があります。厳密さが必要ならフェンシングトークンやetcd/ZooKeeperを検討します。",
        "なるほど。そもそも分散ロックが必要にならない設計にするにはどうすればいいですか？",
    ),
    (
        "この英文を自然な日本語にしてください: 'We will sunset the v1 API next quarter.'",
        "「v1 APIは来四半期に提供を終了する予定です。」",
        "ありがとう。実はそのv1廃止の話で、利用企業が200社以上いるAPIの移行戦略を考えています。"
        "v1とv2を並行稼働させる期間のアーキテクチャはどうするのが良いですか？",
    ),
    ("RabbitMQとKafka、ジョブキュー用途ならどっち？",),
    ("読み取り負荷が高いときはリードレプリカとキャッシュどっちが先？",),
    ("イベント駆動にすると何が辛くなりますか",),
    ("数百万同時接続のWebSocketサーバー、どう構成する？",),
)


# --------------------------------------------------------------------------------------------
# French, Portuguese, Italian, Korean, Russian
# --------------------------------------------------------------------------------------------

_hand(
    "fr",
    ("comment sharder une table de commandes de 20 To ?",),
    ("monolithe ou microservices pour une équipe de 6 devs ?",),
    ("Outbox ou CDC avec Debezium, vous choisiriez quoi ?",),
    (
        "On a un monolithe Symfony de 8 ans, 250 tables, et 4 équipes qui se marchent dessus. "
        "Comment découper en bounded contexts avant de parler de microservices ?",
    ),
    (
        "Comment concevoir un système de réservation de billets de train qui évite la "
        "survente quand 200 000 personnes se connectent à l'ouverture des ventes ?",
    ),
    (
        "Quelle stratégie de cache pour un site d'annonces immobilières (3M d'annonces, prix "
        "modifiés plusieurs fois par jour, recherche géographique) ?",
    ),
    (
        """Revue de conception svp, c'est pour le comité d'archi de jeudi.

Contexte : plateforme de télétransmission pour pharmacies, 9 000 officines, pics à 1 500
requêtes/s le lundi matin. Aujourd'hui un monolithe Java EE sur WildFly + Oracle.

Proposition :
1. Extraire la facturation et le tiers payant dans deux services Spring Boot.
2. Communication par RabbitMQ (exchange topic) entre le monolithe et les nouveaux services.
3. Base PostgreSQL par service, synchronisée depuis Oracle par des jobs nocturnes pendant
   la transition.
4. Un API gateway (Kong) devant l'ensemble, auth par OAuth2 client credentials.
5. Déploiement sur OpenShift, 3 réplicas par service.

Questions ouvertes : comment garantir qu'une facture n'est pas émise deux fois pendant la
période où le monolithe et le nouveau service coexistent ? Les jobs nocturnes suffisent-ils
ou faut-il du CDC ? Qu'est-ce que vous changeriez ?""",
    ),
    (
        _Sys("Tu es un architecte logiciel expérimenté. Réponds en français, de façon concise."),
        "Event sourcing pour un domaine de gestion de contrats d'assurance : bonne idée ou "
        "complexité inutile ? On est 5 devs et personne n'en a fait.",
    ),
    (
        _Sys("Tu es un assistant utile."),
        "Explique-moi le pattern saga et comment gérer les compensations quand le paiement "
        "passe mais que la réservation d'hôtel échoue.",
    ),
    (
        "écris-moi une requête SQL qui compte les commandes par jour sur 7 jours",
        "```sql\nSELECT date_trunc('day', created_at) AS jour, count(*)\nFROM commandes\n"
        "WHERE created_at >= now() - interval '7 days'\nGROUP BY 1 ORDER BY 1;\n```",
        "merci. plus largement : toutes nos requêtes de reporting tapent la base de prod. "
        "quelle architecture pour séparer l'analytique (réplica, CDC vers un entrepôt, "
        "ClickHouse) ?",
    ),
    (
        "Conçois un service de notifications (push, mail, SMS) pour 10M d'utilisateurs.",
        "Composants : API d'envoi, service de préférences, files par canal, workers par "
        "fournisseur, déduplication et suivi des statuts de livraison.",
        "et pour gérer les quotas des fournisseurs SMS sans bloquer les autres canaux ?",
    ),
    ("Multi-région actif-actif avec PostgreSQL, c'est réaliste ou on vise actif-passif ?",),
)

_hand(
    "pt",
    ("como vocês fariam sharding de uma tabela de pedidos de 20 TB?",),
    ("monolito ou microsserviços pra um time de 5 devs?",),
    ("Quando vale a pena usar CQRS de verdade?",),
    (
        "Temos um monolito em Django com 300 tabelas e o time cresceu pra 30 pessoas. Os deploys "
        "viraram um gargalo. Por onde começar a separar? Monolito modular primeiro?",
    ),
    (
        "Como garantir consistência entre os serviços de pedido, estoque e pagamento sem "
        "transação distribuída? Hoje às vezes vendemos produto sem estoque.",
    ),
    (
        "Precisamos integrar com o Pix e com 3 adquirentes. Como desenhar a idempotência e a "
        "conciliação pra nunca cobrar duas vezes, mesmo com webhooks duplicados?",
    ),
    (
        """Preciso de uma estratégia de migração sem downtime de SQL Server para PostgreSQL.

Cenário:
- ~200 tabelas, 1,8 TB, a maior tem 900 milhões de linhas
- 14 aplicações .NET acessam o banco, algumas com muita lógica em stored procedures (~70)
- pico de 3.000 escritas/s no horário comercial
- a janela máxima aceita pelo negócio é de 20 minutos em modo somente leitura
- existem relatórios no Power BI conectados direto no banco de produção
- dois jobs noturnos em SSIS exportam arquivos pra parceiros às 2h da manhã

Pensei em: migrar o schema com uma ferramenta (pgloader não suporta bem, talvez AWS SCT?),
sincronizar com CDC (Debezium com SQL Server CDC habilitado) e ir virando aplicação por
aplicação. Como vocês sequenciariam a reescrita das procedures, a virada das aplicações e
o rollback caso algo dê errado depois da troca?""",
    ),
    (
        _Sys("Você é um assistente de programação experiente. Responda em português."),
        "Como desenhar uma arquitetura multi-tenant pra um SaaS de gestão escolar com 2 mil "
        "escolas, onde algumas redes grandes exigem banco dedicado?",
    ),
    (
        _Sys(
            "Você é o assistente técnico da Transportadora Rota Sul. Responda dúvidas de "
            "arquitetura dos times de desenvolvimento."
        ),
        "Vamos rastrear 15 mil caminhões enviando posição a cada 30 s. Como vocês montariam a "
        "ingestão, o armazenamento das posições e os alertas de desvio de rota?",
    ),
    (
        "me explica rapidinho o que é um índice composto no postgres",
        "É um índice sobre várias colunas, tipo `(cliente_id, criado_em)`. Ele atende consultas "
        "que filtram pela primeira coluna, ou pela primeira e a segunda, nessa ordem.",
        "valeu. agora uma mais cabeluda: nosso postgres tá com 4 TB e a tabela de eventos não "
        "para de crescer. particionar, mandar dado frio pro S3 ou separar num banco colunar? "
        "qual seria a arquitetura a longo prazo?",
    ),
    (
        "Desenha um sistema de chat pra um app com 500 mil usuários ativos.",
        "Gateways WebSocket, serviço de mensagens com armazenamento particionado por conversa, "
        "fila pra fan-out, presença no Redis e push pra quem está offline.",
        "e se a gente precisar de mensagens efêmeras que somem em 24h?",
    ),
    ("kafka ou rabbitmq pra eventos de pedido? qual vcs usam",),
)

_hand(
    "it",
    ("come fareste lo sharding di una tabella ordini da 20 TB?",),
    ("monolite o microservizi per un team di 6 sviluppatori?",),
    (
        "Abbiamo un gestionale in Java EE con 400 tabelle condivise da tutti i moduli. Come "
        "individuereste i bounded context prima di iniziare a estrarre servizi?",
    ),
    (
        "Come progettereste un sistema di prenotazione per 300 palestre (corsi, posti limitati, "
        "lista d'attesa) evitando le doppie prenotazioni tra app, sito e reception?",
    ),
    (
        """Chiedo una revisione del nostro documento di architettura.

Contesto: piattaforma di fatturazione elettronica, 40.000 aziende clienti, invio verso lo
SDI. Picchi a fine mese di circa 2 milioni di fatture in 48 ore.

Proposta:
1. Servizio di ricezione che valida l'XML e lo salva su S3, poi pubblica un evento su SQS.
2. Servizio di firma e invio allo SDI, con retry esponenziale.
3. Servizio notifiche che gestisce ricevute ed esiti dallo SDI e aggiorna lo stato.
4. Database unico Aurora MySQL condiviso dai tre servizi.
5. Conservazione sostitutiva affidata a un provider esterno con upload notturno.
6. Frontend React che interroga direttamente il database tramite un servizio di lettura.

Dubbi: il database condiviso ci preoccupa, e non sappiamo come gestire l'ordine degli esiti
quando lo SDI manda ricevute fuori sequenza. Quali rischi vedete e cosa cambiereste?""",
    ),
    (
        _Sys("Sei un architetto software esperto. Rispondi in italiano."),
        "Ha senso introdurre Kafka se oggi abbiamo 8 servizi che si parlano solo in REST? "
        "Quali flussi sposteresti per primi su eventi?",
    ),
    (
        "scrivi una funzione python che legge un csv e restituisce una lista di dict",
        "```python\nimport csv\n\ndef read_rows(path: str) -> list[dict[str, str]]:\n"
        "    with open(path, newline='', encoding='utf-8') as f:\n"
        "        return list(csv.DictReader(f))\n```",
        "grazie. in realtà abbiamo 50 script di import come questo sparsi ovunque, che girano "
        "in cron. come li riorganizzeresti in una pipeline dati seria, con orchestrazione e "
        "monitoraggio?",
    ),
    (
        "Progetta un servizio di URL shortener.",
        "Servizio API per la creazione, generatore di codici base62, archivio chiave-valore, "
        "redirect serviti da cache/CDN e analytics asincrone.",
        "e come lo rendi multi-region?",
    ),
    ("strategia di caching per un e-commerce con 1M di prodotti?",),
    ("event sourcing per un conto corrente: ha senso?",),
)

_hand(
    "ko",
    ("20TB 주문 테이블 샤딩 어떻게 하나요?",),
    ("개발자 5명인데 MSA 해야 할까요?",),
    ("CQRS는 언제 도입하는 게 맞나요?",),
    (
        "Spring 모놀리식 서비스를 MSA로 전환하려고 합니다. 모든 모듈이 같은 MySQL을 직접 "
        "조회하고 있는데 어디서부터 분리를 시작해야 할까요?",
    ),
    (
        "주문, 재고, 결제 서비스 간 데이터 정합성을 어떻게 맞추시나요? 지금은 동기 호출이라 "
        "타임아웃 나면 재고만 빠지는 경우가 있습니다.",
    ),
    (
        """아키텍처 리뷰 부탁드립니다.

배경: 티켓 예매 서비스, 인기 공연 오픈 시 동시 접속 50만 명, 좌석 수는 3만 석.
현재는 단일 API 서버 그룹 + MySQL 1대(primary) + Redis 캐시 구조입니다.

제안:
1. 대기열 서비스 도입 (Redis Sorted Set으로 순번 관리, 일정 인원씩 입장)
2. 좌석 선점은 Redis에서 SETNX + TTL 5분으로 처리
3. 결제 완료 시 MySQL에 예매 확정 저장, Kafka로 알림 서비스에 이벤트 발행
4. 결제 실패나 TTL 만료 시 좌석 반환

걱정되는 점: Redis 장애 시 좌석 선점 정보 유실, 결제 PG 콜백 지연으로 TTL이 먼저 만료되는
경우, MySQL 쓰기 병목. 빠진 부분이나 개선할 점을 알려주세요.""",
    ),
    (
        _Sys("당신은 숙련된 백엔드 아키텍트입니다. 한국어로 답변하세요."),
        "채팅 서비스에서 WebSocket 서버를 수평 확장할 때 메시지 라우팅은 어떻게 설계하나요? "
        "Redis Pub/Sub, Kafka 중 뭐가 나을까요?",
    ),
    (
        "파이썬으로 리스트 중복 제거하는 방법 알려줘",
        "순서가 상관없으면 `list(set(items))`, 순서를 유지하려면 `list(dict.fromkeys(items))`를 "
        "쓰면 됩니다.",
        "고마워요. 다른 질문인데, 우리 서비스 로그가 하루 5TB씩 쌓이는데 로그 플랫폼 전체 "
        "아키텍처를 어떻게 가져가야 비용을 줄일 수 있을까요?",
    ),
    (
        "쇼핑몰 상품 검색 시스템 설계해줘.",
        "상품 DB에서 CDC로 변경을 받아 Elasticsearch에 색인하고, 검색 API 앞에 캐시를 두며, "
        "랭킹은 별도 서비스에서 처리하는 구조를 추천합니다.",
        "색인 매핑이 바뀔 때 무중단으로 재색인하려면요?",
    ),
    ("멀티 리전 액티브-액티브 DB 구성 현실적인가요?",),
)

_hand(
    "ru",
    ("как шардировать таблицу заказов на 20 ТБ?",),
    ("монолит или микросервисы для команды из 6 человек?",),
    ("Outbox или Debezium для публикации событий — что выбрать?",),
    (
        "У нас монолит на Django, 350 таблиц, 4 команды мешают друг другу. Как выделить "
        "bounded contexts и с чего начать распил, если всё ходит в одну Postgres?",
    ),
    (
        "Как обеспечить согласованность между сервисами заказов, склада и оплаты без "
        "распределённых транзакций? Сейчас синхронные вызовы и иногда списывается остаток без "
        "заказа.",
    ),
    (
        "Спроектируйте систему уведомлений (push, email, SMS) на 30 млн пользователей: "
        "предпочтения, тихие часы, дедупликация, ретраи.",
    ),
    (
        """Нужна стратегия миграции без даунтайма с MySQL на PostgreSQL.

Исходные данные:
- ~280 таблиц, 3,5 ТБ, самая большая таблица events — 4 млрд строк
- 20 сервисов ходят в базу напрямую, часть использует MySQL-специфичные штуки
  (ON DUPLICATE KEY UPDATE, GROUP_CONCAT, нулевые даты)
- пиковая нагрузка 12k записей/с
- бизнес готов терпеть не больше 5 минут режима только для чтения
- есть аналитические выгрузки в ClickHouse, которые читают binlog напрямую
- DBA один, и он в отпуске половину августа

Думаю так: начальная заливка, потом Debezium из binlog в Kafka и дальше в Postgres, затем
переключаем сервисы по одному. Но непонятно, как быть с таблицами, в которые пишут сразу
несколько сервисов, как сверять данные и как откатываться, если после переключения
Postgres начнёт тормозить. Как бы вы выстроили последовательность шагов?""",
    ),
    (
        _Sys("Ты опытный архитектор ПО. Отвечай по-русски, кратко и по делу."),
        "Event sourcing для биллинга телеком-оператора: стоит ли, и как тогда строить "
        "отчёты и проекции?",
    ),
    (
        _Sys("Ты — ИИ-ассистент в IDE. Пользователь работает в монорепозитории на Go."),
        "В `internal/` у нас 60 пакетов с циклическими зависимостями через пакет `models`. "
        "Предложи план, как разбить это на доменные модули и в каком порядке двигаться.",
    ),
    (
        "напиши регулярку для проверки email",
        "Простой вариант: `^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$`. Полная проверка по RFC регуляркой "
        "нецелесообразна, лучше отправить письмо с подтверждением.",
        "ок. а теперь вопрос посерьёзнее: у нас регистрация, профили и авторизация живут в "
        "одном сервисе на 40 тыс. строк. как правильно выделить отдельный identity-сервис и "
        "где должны проверяться токены?",
    ),
    (
        "Спроектируй сервис коротких ссылок.",
        "API создания, генератор кодов (base62 от счётчика), KV-хранилище, редиректы через "
        "кэш и CDN, асинхронная аналитика кликов.",
        "а если нужно 500k редиректов в секунду?",
    ),
    ("kafka или rabbitmq для очередей задач и событий?",),
)


# --------------------------------------------------------------------------------------------
# Templated families
# --------------------------------------------------------------------------------------------

Built = tuple[str | None, tuple[str, ...]]


def _family(
    rng: random.Random, name: str, lang: str, count: int, build: Callable[[random.Random], Built]
) -> Iterator[Example]:
    """Up to `count` distinct variants of one template, all in the group `architecture/tpl/name`."""
    seen: set[Built] = set()
    for _ in range(count * 200):
        if len(seen) >= count:
            break
        built = build(rng)
        if built in seen:
            continue
        seen.add(built)
        system, turns = built
        yield chat(LABEL, lang, f"{LABEL}/tpl/{name}", *turns, system=system)


def _shard_short(rng: random.Random) -> Built:
    phrasing = rng.choice(
        (
            "how would you shard a {size} {table} table?",
            "best partition key for a {size} {table} table?",
            "{table} table is {size} and growing. shard or partition?",
            "sharding strategy for {size} of {table} in {db}?",
            "how do i split a {size} {table} table across nodes ({db})",
            "{db}: {table} is {size}, how do we scale writes?",
        )
    )
    size = rng.choice(("3TB", "8TB", "12TB", "20TB", "40TB", "60TB"))
    table = rng.choice(
        ("orders", "events", "messages", "payments", "audit_log", "clicks", "invoices")
    )
    db = rng.choice(("postgres", "mysql", "cassandra", "mongodb", "vitess"))
    return None, (phrasing.format(size=size, table=table, db=db),)


_DOC_DOMAINS = (
    (
        "Checkout rewrite",
        "orders",
        "Checkout lives in the PHP monolith and shares one MySQL primary with catalog, CMS and "
        "reporting. During campaigns order creation slows down to several seconds, and a "
        "reporting query locked the orders table twice last quarter. Three teams change the "
        "checkout code every week and releases are coordinated by hand.",
    ),
    (
        "Notification platform",
        "notifications",
        "Every product team sends email, push and SMS on its own, with its own provider "
        "accounts and templates. Users get duplicates, quiet hours are not respected, and nobody "
        "can tell whether a message was delivered. Marketing wants campaigns of 20M messages "
        "without slowing down transactional messages such as password resets.",
    ),
    (
        "Ledger service",
        "ledger entries",
        "Balances are computed by summing transactions in the main Postgres database at read "
        "time. The query now takes seconds for large merchants, finance cannot reproduce "
        "historical balances, and two services update balances directly, which caused "
        "mismatches during the last incident.",
    ),
    (
        "Catalog search v2",
        "products",
        "Search runs on a single Solr instance rebuilt every night from the product database. "
        "Price and stock changes take up to 24 hours to appear, the rebuild takes five hours, "
        "and any mapping change means a full outage of search while the index is recreated.",
    ),
    (
        "Telemetry ingestion",
        "device readings",
        "Devices post readings over HTTPS to an API that writes straight into Postgres. "
        "Ingestion falls behind whenever a firmware update reconnects all devices at once, "
        "dashboards query the same tables as the alerting jobs, and storage costs are growing "
        "faster than the customer base.",
    ),
    (
        "Booking engine",
        "reservations",
        "Availability is computed on every request from several tables and three partner "
        "channels that sync every five minutes. We had double bookings when two channels sold "
        "the last room at the same time, and the availability endpoint is the slowest call in "
        "the whole system.",
    ),
)

_DOC_STORAGE = (
    "Store {entity} in DynamoDB with a composite key (tenant_id, id) and on-demand capacity.",
    "Move {entity} to a dedicated Postgres cluster, partitioned by month, with two replicas.",
    "Keep {entity} in Cassandra, partitioned by customer id and day, replication factor 3.",
    "Use Aurora MySQL for {entity} and Redis as a read-through cache with a 5 minute TTL.",
    "Keep {entity} in the existing database but behind a new service that owns the tables.",
)
_DOC_MESSAGING = (
    "Publish every change to Kafka through a transactional outbox; consumers dedupe by event id.",
    "Use SNS topics with one SQS queue per consumer; failed messages go to a DLQ after 5 tries.",
    "Other services call the new service synchronously over gRPC (300 ms timeout, 2 retries).",
    "RabbitMQ topic exchange with one queue per consuming service and manual acks.",
    "Consumers poll a changes endpoint every 30 seconds instead of using a broker.",
)
_DOC_DEPLOY = (
    "Run on EKS with an HPA on CPU, at least 3 pods per availability zone.",
    "Deploy on ECS Fargate behind an ALB, blue/green releases through CodeDeploy.",
    "Run on the existing Nomad cluster, one job per service, Consul for discovery.",
    "Start on two VMs per region with a load balancer; containerise later.",
)
_DOC_MIGRATION = (
    "Backfill existing {entity} with a one-off job, dual-write for two weeks, then switch reads.",
    "Cut over in a single two-hour maintenance window on a Sunday night.",
    "Keep both stores in sync with CDC until every reader has moved, then stop the old writes.",
    "Shadow production traffic to the new path for a week and diff the responses first.",
)
_DOC_QUESTIONS = (
    "How do we evolve the event schema for {entity} without breaking consumers?",
    "Do we need cross-region replication from day one or can it wait a year?",
    "Who owns the {entity} data while both systems are live?",
    "What happens to in-flight requests during the cutover?",
    "How do we load test this at 10x before the season starts?",
    "Is eventual consistency acceptable for the support and admin tools?",
    "How do we roll back if the new path misbehaves after the switch?",
)
_DOC_ASKS = (
    "What are the biggest risks here, and what would you change?",
    "Please review: is this sound, and what are we missing?",
    "Would you approve this design? Be honest about the weak spots.",
    "Can you poke holes in this before the architecture review on Thursday?",
    "Which parts would you push back on, and what would you do instead?",
)


def _design_doc(rng: random.Random) -> Built:
    title, entity, context = rng.choice(_DOC_DOMAINS)
    rps = rng.choice(("1,200", "4,500", "9,000", "18,000", "35,000", "60,000"))
    data = rng.choice(("400 GB", "1.5 TB", "6 TB", "22 TB", "80 TB"))
    p99 = rng.choice(("80", "150", "250", "400"))
    steps = [
        rng.choice(_DOC_STORAGE),
        rng.choice(_DOC_MESSAGING),
        rng.choice(_DOC_DEPLOY),
        rng.choice(_DOC_MIGRATION),
    ]
    questions = rng.sample(_DOC_QUESTIONS, 2)
    lines = [
        f"# {title}",
        "",
        "## Context",
        context,
        f"Peak traffic is about {rps} req/s, total data around {data}, p99 target {p99} ms.",
        "",
        "## Proposal",
        *(f"{index}. {step.format(entity=entity)}" for index, step in enumerate(steps, 1)),
        "",
        "## Open questions",
        *(f"- {question.format(entity=entity)}" for question in questions),
        "",
        rng.choice(_DOC_ASKS),
    ]
    intro = rng.choice(("", "Design doc below.\n\n", "Here's the draft we wrote:\n\n"))
    system = rng.choice((None, None, _REVIEW_BOT.prompt, _ASSISTANT.prompt))
    return system, (intro + "\n".join(lines),)


_SCALE_SYSTEMS = (
    _AGENT.prompt,
    _IDE.prompt,
    _ASSISTANT.prompt,
    "You are Orbit, the engineering assistant at Lumen Travel. Be pragmatic and cost-aware.",
    "You are a senior backend consultant. Ask for missing numbers before recommending tools.",
    "You are a helpful AI assistant for software teams. Answer in Markdown.",
)


def _scale_numbers(rng: random.Random) -> Built:
    service = rng.choice(
        (
            "checkout API",
            "home feed service",
            "search backend",
            "payments gateway",
            "chat backend",
            "ad-serving platform",
            "booking API",
        )
    )
    stack = rng.choice(
        (
            "a Rails monolith on 8 VMs with one MySQL primary",
            "Node.js services on Kubernetes sharing a single Postgres",
            "a Django app behind nginx, Celery workers and Redis",
            "Spring Boot services on ECS with one Aurora cluster",
            "Go services on GKE with a MongoDB replica set",
        )
    )
    current = rng.choice(("800", "2k", "5k", "12k"))
    target = rng.choice(("10x that", "50k req/s", "100k req/s", "20x that"))
    when = rng.choice(
        ("by Black Friday", "after the Brazil launch", "within a year", "when the TV ads start")
    )
    pain = rng.choice(
        (
            "The database is already at 70% CPU.",
            "Most of the latency comes from chains of calls between services.",
            "We see lock contention on a handful of hot rows.",
            "Our cache hit rate is only 40%.",
            "",
        )
    )
    opener = rng.choice(("", "Need some advice. ", "Context first. ", "quick architecture q: "))
    text = (
        f"{opener}Our {service} runs at about {current} req/s on {stack}. We expect {target} "
        f"{when}, with p99 under {rng.choice(('100', '200', '300'))} ms. {pain} What "
        "would you change in the architecture, and in what order?"
    ).replace("  ", " ")
    return rng.choice(_SCALE_SYSTEMS), (text,)


_EARLIER_EN = (
    (
        "write a python function that checks if a string is a valid ipv4 address",
        "```python\nimport ipaddress\n\ndef is_ipv4(value: str) -> bool:\n    try:\n"
        "        ipaddress.IPv4Address(value)\n    except ValueError:\n        return False\n"
        "    return True\n```",
    ),
    (
        "add pagination to this express route: app.get('/users', async (req, res) => "
        "res.json(await db.users.findAll()))",
        "Read `page` and `limit` from `req.query`, then use `findAll({ offset: (page - 1) * "
        "limit, limit })` and return the total count alongside the rows.",
    ),
    (
        "how do I add bloom post-processing in three.js?",
        "Create an `EffectComposer`, add a `RenderPass` for your scene and camera, then an "
        "`UnrealBloomPass` with strength, radius and threshold, and call `composer.render()` in "
        "your loop instead of `renderer.render()`.",
    ),
    (
        "why is my fragment shader output completely black?",
        "Common causes: the uniform isn't set (defaults to 0), a varying isn't written in the "
        "vertex shader, or gl_FragColor alpha is 0 with blending on. Check compile logs too.",
    ),
    (
        "summarise the plot of Hamlet in two sentences",
        "Prince Hamlet learns from his father's ghost that his uncle Claudius murdered the king. "
        "His hesitant pursuit of revenge ends in the deaths of nearly everyone, himself included.",
    ),
    ("what's 15% of 2,340?", "351."),
    (
        "what's the difference between symmetric and asymmetric encryption?",
        "Symmetric encryption uses one shared key for both directions (e.g. AES). Asymmetric "
        "uses a key pair, public for encrypting or verifying, private for decrypting or signing "
        "(e.g. RSA, ECDSA).",
    ),
    (
        "give me three name ideas for our team's hackathon project, it's about bike sharing",
        "1. PedalPulse\n2. SpokeShare\n3. Freewheel",
    ),
    (
        "fix this: SELECT name, COUNT(*) FROM users GROUP BY id",
        "Group by the column you select: `SELECT name, COUNT(*) FROM users GROUP BY name;`",
    ),
)
_LATER_EN = (
    "how would you split our order management monolith into services? it owns orders, "
    "returns, invoices and shipping labels",
    "we need to move 40 services from one shared postgres to database-per-service. what's the "
    "migration strategy?",
    "how should we design event-driven communication between billing, subscriptions and the "
    "CRM sync so they stay consistent?",
    "what would a multi-region setup for our API look like if we need to survive a full "
    "region outage with under 5 minutes of data loss?",
    "design the backend for a marketplace with sellers, buyers, payouts and disputes. rough "
    "scale: 3M orders/month",
    "how would you plan splitting a 5,000-line module into packages without freezing feature work?",
    "we're choosing between Kafka and SQS for our new event backbone, 15 services consume "
    "order events. how would you decide?",
    "what's a sane caching architecture for an API where 90% of traffic is reads of the same "
    "10k items but writes must show up within 2 seconds?",
    "propose an observability setup for 30 services: tracing, logs, metrics, alerting, cost",
    "how would you design tenant isolation for our SaaS now that an enterprise customer wants "
    "a dedicated database?",
)


def _switch_en(rng: random.Random) -> Built:
    first, reply = rng.choice(_EARLIER_EN)
    connector = rng.choice(
        ("", "thanks. different topic: ", "ok, unrelated: ", "cool. bigger question now: ")
    )
    return None, (first, reply, connector + rng.choice(_LATER_EN))


def _es_diseno(rng: random.Random) -> Built:
    sistema = rng.choice(
        (
            "un sistema de pagos",
            "un marketplace con vendedores externos",
            "una plataforma de vídeo bajo demanda",
            "un sistema de reservas de hoteles",
            "un servicio de notificaciones",
            "un programa de fidelización con puntos",
            "un sistema de seguimiento de envíos",
        )
    )
    escala = rng.choice(
        ("2M de usuarios", "10k pedidos por minuto", "50k peticiones por segundo", "20 países")
    )
    extra = rng.choice(
        (
            "Estamos en AWS.",
            "El equipo es pequeño, somos 4.",
            "Lo que más nos preocupa es la consistencia de los datos.",
            "Tiene que funcionar en varias regiones.",
            "Partimos de un monolito en PHP.",
            "",
        )
    )
    forma = rng.choice(
        (
            "¿Cómo diseñarías {s} para {e}? {x}",
            "¿Qué arquitectura propondrías para {s} que aguante {e}? {x}",
            "Necesito diseñar {s} para {e}. {x} ¿Qué componentes pondrías y por qué?",
            "buenas, cómo montaríais {s} pensando en {e}? {x}",
        )
    )
    system = rng.choice(
        (
            None,
            None,
            "Eres un asistente útil.",
            _ES_AGENT.prompt,
            "Eres un arquitecto de software senior. Responde en español y justifica cada decisión.",
        )
    )
    return system, (forma.format(s=sistema, e=escala, x=extra).strip().replace("  ", " "),)


_ES_MIGRACIONES = (
    ("MySQL 5.7", "PostgreSQL 16"),
    ("Oracle 19c", "PostgreSQL"),
    ("SQL Server 2016", "Aurora PostgreSQL"),
    ("MongoDB", "PostgreSQL"),
    ("un MySQL on-premise", "Cloud SQL en GCP"),
)


def _es_migracion(rng: random.Random) -> Built:
    origen, destino = rng.choice(_ES_MIGRACIONES)
    tablas = rng.choice(("120", "240", "310", "450"))
    tamano = rng.choice(("800 GB", "2 TB", "3,5 TB", "6 TB"))
    apps = rng.choice(("8", "15", "22", "30"))
    tps = rng.choice(("1.500", "4.000", "9.000"))
    ventana = rng.choice(
        (
            "negocio no acepta más de 10 minutos en solo lectura",
            "no hay ventana de mantenimiento posible, somos 24/7",
            "como mucho 30 minutos un domingo de madrugada",
        )
    )
    extras = rng.sample(
        (
            "hay procesos batch nocturnos que tardan 3 horas y leen casi todas las tablas",
            "varios servicios escriben en las mismas tablas (clientes, pedidos)",
            "parte de la lógica está en procedimientos almacenados y triggers",
            "tenemos informes de BI conectados directamente a la base de producción",
            "un proveedor externo lee vistas de la base por una conexión directa",
            "el equipo de datos son dos personas y ninguna ha operado el destino en producción",
        ),
        3,
    )
    idea = rng.choice(
        (
            "Mi idea inicial es hacer una carga completa, mantener la sincronización con CDC "
            "(Debezium a Kafka) y cambiar las aplicaciones de una en una, pero no tengo claro "
            "cómo gestionar las tablas que escriben varios servicios a la vez.",
            "Hemos pensado en doble escritura desde las aplicaciones durante unas semanas y luego "
            "cambiar las lecturas, pero nos da miedo que las dos bases se desincronicen sin que "
            "nos enteremos.",
            "La propuesta del proveedor es un corte único un fin de semana con su herramienta de "
            "replicación, pero a mí me parece demasiado arriesgado para nuestro volumen.",
        )
    )
    pregunta = rng.choice(
        (
            "¿Cómo secuenciarías la migración, qué validarías en cada paso y cómo sería el "
            "rollback si el destino da problemas después del cambio?",
            "¿Qué estrategia seguiríais y qué fases propondríais? Me interesa sobre todo cómo "
            "verificar que los datos coinciden y cómo volver atrás si algo falla.",
            "¿Cómo lo plantearíais de principio a fin? Incluid la verificación de datos, el orden "
            "de las aplicaciones y el plan de marcha atrás.",
        )
    )
    infra = rng.choice(
        (
            "Las aplicaciones son sobre todo Java con Spring y Hibernate, desplegadas en "
            "Kubernetes, y algunas herramientas internas antiguas en PHP.",
            "Casi todo es .NET desplegado en máquinas virtuales, con un par de servicios nuevos "
            "en Go que ya usan contenedores.",
            "Tenemos una mezcla de Node.js y Python, todo en contenedores, y un ERP de terceros "
            "que no podemos modificar.",
        )
    )
    texto = (
        f"Tenemos que migrar de {origen} a {destino} sin parar el servicio. {infra}\n\n"
        f"Situación actual:\n- {tablas} tablas, unos {tamano} en total\n"
        f"- {apps} aplicaciones acceden a la base de datos\n"
        f"- pico de unas {tps} escrituras por segundo\n- {ventana}\n"
        + "".join(f"- {extra}\n" for extra in extras)
        + f"\n{idea}\n\n{pregunta}"
    )
    return None, (texto,)


_DE_DOMAENEN = (
    (
        "Neue Bestellplattform",
        "Bestellungen",
        "Die Bestellabwicklung läuft heute in einem Java-Monolithen mit einer gemeinsamen "
        "Oracle-Datenbank, die auch Lager, Fakturierung und Reporting nutzen. Bei Aktionen "
        "steigen die Antwortzeiten auf mehrere Sekunden, und Releases müssen zwischen vier "
        "Teams abgestimmt werden.",
    ),
    (
        "Zentraler Benachrichtigungsdienst",
        "Benachrichtigungen",
        "Jedes Team verschickt E-Mails, Push und SMS selbst, mit eigenen Providern und "
        "Vorlagen. Kunden bekommen Dubletten, Opt-outs werden nicht überall beachtet, und "
        "niemand weiß, ob eine Nachricht zugestellt wurde.",
    ),
    (
        "Buchungssystem Werkstatttermine",
        "Termine",
        "Termine werden heute in drei Systemen gepflegt (Webportal, Callcenter, Werkstatt-"
        "Software), die sich alle 10 Minuten abgleichen. Doppelbuchungen sind an der "
        "Tagesordnung, und die Verfügbarkeitsabfrage ist der langsamste Aufruf im Portal.",
    ),
    (
        "Telemetrie-Plattform Maschinenpark",
        "Sensordaten",
        "Die Maschinen schicken ihre Werte per HTTP an eine API, die direkt in eine "
        "SQL-Server-Datenbank schreibt. Nach Firmware-Updates verbinden sich alle Geräte "
        "gleichzeitig neu und der Import läuft stundenlang hinterher.",
    ),
    (
        "Kundenkonto und Self-Service",
        "Kundendaten",
        "Kundendaten liegen in CRM, ERP und im Webshop, jeweils mit eigener Stammdatenpflege. "
        "Änderungen der Adresse brauchen bis zu zwei Tage, bis sie überall ankommen, und es "
        "gibt keine eindeutige Kunden-ID über alle Systeme.",
    ),
)
_DE_VORSCHLAG = (
    "Eigener Service mit eigener PostgreSQL-Datenbank für {entity}, andere lesen nur über die API.",
    "Jede Änderung im Bereich {entity} wird per Outbox-Pattern nach Kafka publiziert, "
    "Consumer sind idempotent.",
    "Kommunikation zwischen den Services synchron über REST mit Timeouts und Retries.",
    "Ein Redis-Cache vor der Datenbank mit 10 Minuten TTL für alle Lesezugriffe.",
    "Betrieb auf dem bestehenden OpenShift-Cluster, drei Replikas pro Service.",
    "Migration der Bestandsdaten per Einmal-Job am Wochenende, danach Umschalten.",
    "Parallelbetrieb von Alt- und Neusystem für sechs Wochen mit Abgleich per CDC.",
    "Alle Services teilen sich weiterhin ein gemeinsames Datenbankschema, nur der Code wird "
    "getrennt.",
)
_DE_FRAGEN = (
    "Wer ist während der Übergangszeit der führende Datenhalter für {entity}?",
    "Wie gehen wir mit Schemaänderungen der Events um?",
    "Reicht eventual consistency für die Sachbearbeitung?",
    "Wie sieht der Rollback aus, wenn das neue System nach dem Umschalten Probleme macht?",
    "Brauchen wir von Anfang an einen zweiten Standort?",
    "Wie testen wir das Ganze unter Last, bevor wir live gehen?",
)


def _de_review(rng: random.Random) -> Built:
    titel, entity, kontext = rng.choice(_DE_DOMAENEN)
    last = rng.choice(("800", "2.500", "6.000", "15.000"))
    daten = rng.choice(("300 GB", "2 TB", "9 TB", "25 TB"))
    punkte = rng.sample(_DE_VORSCHLAG, 4)
    fragen = rng.sample(_DE_FRAGEN, 2)
    bitte = rng.choice(
        (
            "Wo seht ihr die größten Risiken, und was würdet ihr anders machen?",
            "Bitte kritisch reviewen – was fehlt, was ist überdimensioniert?",
            "Würdet ihr das so freigeben? Welche Punkte müssten wir nachschärfen?",
        )
    )
    zeilen = [
        rng.choice(("Bitte um Review:", "Architekturvorschlag zur Durchsicht:", "Entwurf v0.3:")),
        "",
        f"## {titel}",
        "",
        "### Ausgangslage",
        kontext,
        f"Spitzenlast ca. {last} Anfragen/s, Datenvolumen etwa {daten}.",
        "",
        "### Vorschlag",
        *(f"{i}. {p.format(entity=entity)}" for i, p in enumerate(punkte, 1)),
        "",
        "### Offene Fragen",
        *(f"- {f.format(entity=entity)}" for f in fragen),
        "",
        bitte,
    ]
    system = rng.choice((None, None, _DE_ARCHITECT.prompt))
    return system, ("\n".join(zeilen),)


_DE_START = (
    (
        "Entwirf ein System für Essenslieferungen in 30 Städten.",
        "Bausteine: Bestell-Service, Restaurant-Service, Kurier-Dispatching mit Geo-Index, "
        "Tracking über WebSockets, Zahlungen über einen PSP-Adapter und Benachrichtigungen.",
    ),
    (
        "Wie würdest du einen Onlineshop mit 5 Mio. Kunden architektonisch aufteilen?",
        "Ich würde nach Fachlichkeit schneiden: Katalog, Suche, Warenkorb, Bestellung, "
        "Zahlung, Versand und Kundenkonto, mit Events für die Kommunikation dazwischen.",
    ),
    (
        "Entwirf eine Plattform für Online-Terminbuchungen bei Behörden.",
        "Kernkomponenten: Terminkalender pro Standort, Slot-Reservierung mit Timeout, "
        "Warteschlange bei Lastspitzen, Bestätigung per Mail und ein Admin-Backend.",
    ),
    (
        "Wie baut man ein Fahrtenbuch-System für 20.000 Firmenfahrzeuge?",
        "GPS-Daten per MQTT in eine Streaming-Plattform, Fahrterkennung als Stream-Job, "
        "Speicherung in einer Zeitreihendatenbank und ein Portal für Fahrer und Fuhrpark.",
    ),
    (
        "Skizziere die Architektur für ein Kundenportal einer Versicherung.",
        "Ein BFF für das Portal, dahinter Services für Verträge, Schäden und Dokumente, "
        "angebunden an die Bestandssysteme über eine Integrationsschicht.",
    ),
)
_DE_FOLGE = (
    "und was ändert sich bei zehnfacher Last?",
    "Wie würdest du das Multi-Region-fähig machen?",
    "was wäre, wenn wir kein Kafka einsetzen dürfen?",
    "Wie sieht die Datenmigration aus dem Altsystem aus?",
    "wo genau würdest du die Service-Grenzen ziehen?",
    "Und wie verhindern wir dabei Doppelverarbeitung?",
    "Wie würdest du das Monitoring dafür aufsetzen?",
    "ok, und wie skaliert das beim Start mit 10x Nutzern am ersten Tag?",
)


def _de_followup(rng: random.Random) -> Built:
    frage, antwort = rng.choice(_DE_START)
    return None, (frage, antwort, rng.choice(_DE_FOLGE))


def _zh_scale(rng: random.Random) -> Built:
    service = rng.choice(("下单接口", "商品详情服务", "消息推送服务", "搜索服务", "支付网关"))
    current = rng.choice(("2000", "5000", "1 万", "3 万"))
    target = rng.choice(("10 万", "20 万", "50 万"))
    when = rng.choice(("双十一", "春节红包活动", "明年", "新业务上线后"))
    stack = rng.choice(
        (
            "单体 Spring Boot + 一主两从 MySQL",
            "Go 微服务 + MongoDB 副本集",
            "PHP + Redis + 单库 MySQL",
            "Dubbo 服务 + Oracle",
        )
    )
    form = rng.choice(
        (
            "{s}现在峰值 QPS {c}，{w}预计到 {t}，技术栈是{k}，架构上要怎么改？",
            "我们的{s}（{k}）平时 QPS {c}，{w}要扛 {t}，有什么扩容和改造思路？",
            "{w}{s}要支撑 {t} QPS，现在只有 {c}，{k}，从哪些方面入手？",
        )
    )
    system = rng.choice((None, _ZH_ARCHITECT.prompt, "你是一个乐于助人的助手。"))
    return system, (form.format(s=service, c=current, t=target, w=when, k=stack),)


def _zh_review(rng: random.Random) -> Built:
    name, nodes = rng.choice(
        (
            ("订单系统", ("gateway", "order-svc", "inventory-svc", "payment-svc")),
            ("直播打赏系统", ("gateway", "gift-svc", "wallet-svc", "rank-svc")),
            ("物流轨迹系统", ("ingest-api", "track-svc", "route-svc", "notify-svc")),
            ("会员积分系统", ("gateway", "member-svc", "points-svc", "coupon-svc")),
        )
    )
    replicas = [rng.choice((2, 3, 4, 6, 8)) for _ in nodes]
    p99 = [rng.choice((45, 120, 380, 900, 1500, 2600)) for _ in nodes]
    topology = "\n".join(
        f"{node:<14} replicas={count:<2} p99={latency}ms"
        for node, count, latency in zip(nodes, replicas, p99, strict=True)
    )
    storage = rng.choice(
        (
            "mysql: 1 主 2 从, 主库 CPU 85%, 慢查询 1200/min\nredis: 单实例 32G, 内存 91%",
            "mysql: 8 库 x 16 表 (按 user_id 取模)\nredis cluster: 6 主 6 从, 热 key 告警频繁",
            "mongodb: 3 节点副本集, 写关注 majority\nkafka: 3 broker, topic 12 分区",
        )
    )
    issue = rng.choice(
        (
            "大促时整个链路超时，最后都是数据库扛不住。",
            "服务之间全是同步调用，一个服务慢了整条链路都跟着慢。",
            "少数热点 key（大客户、爆款活动）把单个分片打满了。",
            "数据一致性问题很多，对账每天都能发现几百条差异。",
        )
    )
    ask = rng.choice(
        (
            "请从服务拆分、数据分片、缓存、异步化和限流降级几个方面给一个整体的改造方案，"
            "并说明先做什么后做什么。",
            "想请大家帮忙看看架构上的主要问题在哪，有没有比较稳妥的演进路线？",
            "如果要在三个月内把容量提升 10 倍，架构上应该怎么调整？优先级怎么排？",
        )
    )
    first, second = nodes[1], nodes[2]
    log = "\n".join(
        (
            f"2024-06-18 20:00:{rng.randint(10, 29)}.311 WARN  [{first}] call {second} "
            "timeout after 3000ms, retry 1/3",
            f"2024-06-18 20:00:{rng.randint(30, 59)}.902 ERROR [{first}] "
            "feign.RetryableException: Read timed out executing POST "
            f"http://{second}/api/v1/execute",
            f"2024-06-18 20:01:0{rng.randint(0, 9)}.117 ERROR [{second}] "
            "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            f"2024-06-18 20:01:1{rng.randint(0, 9)}.540 WARN  [gateway] circuit breaker "
            f"'{first}' changed state from CLOSED to OPEN",
        )
    )
    text = (
        f"帮忙看下我们{name}的架构，{issue}\n\n当前部署和压测数据：\n\n```\n{topology}\n"
        f"{storage}\n```\n\n调用链：{' -> '.join(nodes)}，每一跳都是 HTTP 同步调用，"
        "超时时间统一 3 秒，重试 3 次。压测时日志里大量这种报错：\n\n"
        f"```\n{log}\n```\n\n" + ask
    )
    return None, (text,)


_JA_MIGRATION_SOURCES = (
    ("オンプレのOracle 12c", "oracle-12c (on-prem)", "Aurora PostgreSQL"),
    ("自社データセンターのMySQL 5.6", "mysql-5.6 (dc-tokyo)", "Cloud SQL for MySQL 8.0"),
    ("SQL Server 2014", "sqlserver-2014 (on-prem)", "Azure SQL Database"),
    ("オンプレのPostgreSQL 10", "postgresql-10 (on-prem)", "Amazon RDS for PostgreSQL 16"),
)


def _ja_migration(rng: random.Random) -> Built:
    source, source_label, target = rng.choice(_JA_MIGRATION_SOURCES)
    tables = rng.choice((90, 180, 260, 340))
    size = rng.choice(("500GB", "1.2TB", "3TB", "7TB"))
    apps = rng.choice((6, 12, 20))
    tps = rng.choice((800, 2000, 5000))
    downtime = rng.choice(("深夜の30分", "年末年始の3時間", "ゼロ（24時間365日稼働）"))
    config = "\n".join(
        (
            "current:",
            f"  source: {source_label}",
            f"  tables: {tables}",
            f"  size: {size}",
            f"  apps: {apps}",
            f"  peak_write_tps: {tps}",
            "  batch_jobs: " + rng.choice(("120", "380", "950")),
            "  replication: " + rng.choice(("none", "standby (physical)", "logical (partial)")),
            "target:",
            f"  engine: {target}",
            "  network: " + rng.choice(("Direct Connect 1Gbps", "VPN", "ExpressRoute 10Gbps")),
        )
    )
    app_lines = "\n".join(
        f"  - name: {app_name}\n    lang: {lang}\n    access: {access}"
        for app_name, lang, access in rng.sample(
            (
                ("order-api", "java", "jdbc (MyBatis)"),
                ("billing-batch", "cobol", "embedded SQL"),
                ("member-web", "php", "pdo"),
                ("stock-sync", "python", "sqlalchemy"),
                ("report-tool", ".net", "ado.net + stored procedures"),
                ("partner-gw", "go", "database/sql"),
            ),
            4,
        )
    )
    config += "\napps:\n" + app_lines
    concern = rng.sample(
        (
            "ストアドプロシージャやトリガーに業務ロジックが多く残っている",
            "複数のアプリが同じテーブルに書き込んでいる",
            "夜間バッチが移行期間中も止められない",
            "BIツールが本番DBに直接つないでいる",
            "文字コードの違い（SJISとUTF-8）で一部データが化ける可能性がある",
            "移行前後でデータが一致していることを監査向けに証明する必要がある",
        ),
        4,
    )
    background = rng.choice(
        (
            "データセンターの契約が来年3月で終了するため、それまでに基幹システムのDBを"
            "クラウドへ移す必要があります。",
            "ハードウェアの保守期限切れに合わせて、DBをマネージドサービスに移行する方針が"
            "決まりました。",
            "ライセンス費用の削減が目的で、経営層からは今期中の移行完了を求められています。",
        )
    )
    team = rng.choice(
        (
            "体制はアプリ担当8名、インフラ担当2名で、移行作業は通常の機能開発と並行して"
            "進める必要があります。DBAは外部ベンダーに委託しています。",
            "移行チームは5名で、そのうちクラウドの本番運用経験があるのは1名だけです。"
            "リリース凍結期間は最大でも2週間しか取れません。",
            "開発は3社のベンダーに分かれていて、アプリごとに改修スケジュールを調整する"
            "必要があります。テスト環境は本番の半分のサイズしかありません。",
        )
    )
    ask = rng.choice(
        (
            "フェーズ分け、各フェーズでの検証内容、切り戻し手順を含めた移行戦略を提案してください。",
            "全体の進め方と、アプリを段階的に切り替える際の整合性の担保方法を教えてください。",
            "移行方式（一括かCDCによる段階移行か）の判断基準と、具体的な手順の案をお願いします。",
        )
    )
    text = (
        f"{background}{source}から{target}への移行を計画しています。許容できる停止時間は{downtime}です。\n\n"
        f"```yaml\n{config}\n```\n\n懸念点:\n"
        + "".join(f"- {item}\n" for item in concern)
        + f"\n{team}\n\n{ask}"
    )
    return rng.choice((None, _JA_ENGINEER.prompt)), (text,)


_JA_EARLIER = (
    (
        "Pythonで辞書をキーでソートする方法を教えて",
        "`dict(sorted(d.items()))` でキー順に並んだ辞書が得られます。",
    ),
    (
        'このSQLのエラーの意味は？ ERROR: column "total" does not exist',
        "SELECT句で付けた別名はWHERE句では使えません。式をそのまま書くか、サブクエリにしてください。",
    ),
    (
        "three.jsでテクスチャがぼやけるのはなぜ？",
        "`texture.anisotropy = renderer.capabilities.getMaxAnisotropy()` を設定し、"
        "ミップマップの設定と `colorSpace` も確認してください。",
    ),
    (
        "来週の定例会議の議題案を3つ出してください",
        "1. 前回のアクションアイテムの確認\n2. リリース計画の共有\n3. 障害対応の振り返り",
    ),
    (
        "HTTPSとHTTPの違いを簡単に説明して",
        "HTTPSはTLSで通信を暗号化し、サーバー証明書で相手を検証する点がHTTPと異なります。",
    ),
)
_JA_LATER = (
    "ところで、うちの受発注システムをマイクロサービスに分けるとしたら、どういう単位で切るのが"
    "よいと思いますか？",
    "話は変わりますが、単一リージョンのサービスをマルチリージョン化する際の設計ポイントを"
    "教えてください。",
    "別件です。30個のサービスが1つのDBを共有している状態から、サービスごとのDBに移行する"
    "戦略を相談したいです。",
    "ありがとうございます。もう一つ、イベント駆動で注文・決済・在庫の整合性を保つ設計について"
    "聞きたいです。",
    "ついでに質問です。読み取りが9割のAPIでキャッシュ層をどう設計すべきか、無効化の方針も"
    "含めて教えてください。",
)


def _ja_switch(rng: random.Random) -> Built:
    first, reply = rng.choice(_JA_EARLIER)
    return None, (first, reply, rng.choice(_JA_LATER))


def _fr_design(rng: random.Random) -> Built:
    sujet = rng.choice(
        (
            "une plateforme de paiement",
            "un système de réservation de salles",
            "un service de messagerie instantanée",
            "un moteur de recherche pour un site e-commerce",
            "une plateforme de livraison de repas",
        )
    )
    echelle = rng.choice(("1M d'utilisateurs", "5 000 req/s", "30 pays", "50 000 commandes/jour"))
    question = rng.choice(
        (
            "Comment concevrais-tu {s} pour {e} ?",
            "Quelle architecture pour {s} qui doit tenir {e} ?",
            "On doit construire {s} ({e}). Quels composants et quels compromis ?",
        )
    )
    system = rng.choice(
        (
            "Tu es un architecte logiciel expérimenté. Réponds en français.",
            "Tu es un assistant utile.",
            "Tu es l'assistant technique de l'équipe plateforme. Sois précis et pragmatique.",
        )
    )
    return system, (question.format(s=sujet, e=echelle),)


_PT_EARLIER = (
    (
        "como faço um left join no postgres?",
        "`SELECT * FROM a LEFT JOIN b ON b.a_id = a.id;` traz todas as linhas de `a`, mesmo "
        "sem correspondência em `b`.",
    ),
    (
        "me ajuda a escrever um e-mail pedindo férias pro meu gestor",
        "Olá, [nome], gostaria de solicitar férias de 10 a 24 de julho. Deixo tudo alinhado com "
        "o time antes de sair. Obrigado!",
    ),
    (
        "como muda a cor de um material no three.js?",
        "`mesh.material.color.set('#ff0000')` — se o material for compartilhado, clone antes.",
    ),
    (
        "quanto é 3% de 18.500?",
        "555.",
    ),
)
_PT_LATER = (
    "outra coisa: como vocês dividiriam nosso monolito de e-commerce em serviços? quais os "
    "bounded contexts?",
    "agora uma de arquitetura: como fazer a migração de um banco compartilhado por 12 serviços "
    "pra um banco por serviço sem parar nada?",
    "valeu! e pra garantir consistência entre pedido, pagamento e estoque com eventos, qual "
    "desenho vocês recomendam?",
    "mudando de assunto: qual seria uma arquitetura de cache boa pra um catálogo com 2 milhões "
    "de produtos e preço mudando toda hora?",
)


def _pt_switch(rng: random.Random) -> Built:
    first, reply = rng.choice(_PT_EARLIER)
    return None, (first, reply, rng.choice(_PT_LATER))


def _it_short(rng: random.Random) -> Built:
    form = rng.choice(
        (
            "come scalare {x} a {n} richieste al secondo?",
            "architettura per {x}: da dove partire?",
            "{x}: monolite o microservizi?",
            "come progettereste {x} multi-region?",
        )
    )
    oggetto = rng.choice(
        ("un e-commerce", "un sistema di prenotazioni", "una chat", "un'API di pagamenti")
    )
    n = rng.choice(("10k", "50k", "100k"))
    return None, (form.format(x=oggetto, n=n),)


def _ko_design(rng: random.Random) -> Built:
    target = rng.choice(
        ("결제 시스템", "실시간 채팅 서비스", "쿠폰 발급 시스템", "배달 앱 백엔드", "피드 서비스")
    )
    scale = rng.choice(("초당 1만 건", "DAU 500만", "동시 접속 100만", "일 주문 300만 건"))
    form = rng.choice(
        (
            "{s} 규모의 {t}, 어떻게 설계하시겠어요?",
            "{t} 아키텍처 질문입니다. 규모는 {s} 정도예요. 전체 구성을 어떻게 잡아야 할까요?",
            "{t} 설계 질문입니다. 규모는 {s} 정도이고, 정합성과 확장성이 중요합니다.",
            "{s} 규모 {t} 설계할 때 핵심 포인트가 뭘까요?",
        )
    )
    system = rng.choice(
        (
            "당신은 숙련된 백엔드 아키텍트입니다. 한국어로 답변하세요.",
            "당신은 친절한 AI 어시스턴트입니다.",
            "당신은 시니어 백엔드 개발자 면접을 진행하는 시스템 디자인 면접관입니다.",
        )
    )
    return system, (form.format(t=target, s=scale),)


def _ru_review(rng: random.Random) -> Built:
    system_name, entity, genitive = rng.choice(
        (
            ("Сервис бронирования", "брони", "броней"),
            ("Платформа уведомлений", "уведомления", "уведомлений"),
            ("Биллинг", "счета", "счетов"),
            ("Каталог товаров", "товары", "товаров"),
        )
    )
    load = rng.choice(("1 500", "6 000", "20 000"))
    points = rng.sample(
        (
            "Выносим {e} в отдельный сервис со своей базой PostgreSQL.",
            "Изменения {g} публикуем в Kafka через outbox, консьюмеры идемпотентны.",
            "Остальные сервисы ходят за данными синхронно по REST, таймаут 2 секунды.",
            "Перед базой ставим Redis с TTL 10 минут на все чтения.",
            "Старые данные переносим разовым скриптом в выходные и сразу переключаемся.",
            "Шесть недель живём в двух системах и сверяем данные через CDC.",
            "Общая схема базы остаётся, разделяем только код.",
        ),
        4,
    )
    text = (
        f"Просьба отревьюить архитектурное решение.\n\n## {system_name}\n\n### Контекст\n"
        "Сейчас всё живёт в монолите на Java с одной базой Oracle, которую используют ещё "
        "склад, бухгалтерия и отчёты. В пиковые дни время ответа растёт до нескольких секунд, "
        "а релизы приходится согласовывать между четырьмя командами.\n"
        f"Пиковая нагрузка около {load} запросов/с.\n\n### Предложение\n"
        + "".join(f"{i}. {p.format(e=entity, g=genitive)}\n" for i, p in enumerate(points, 1))
        + "\n### Открытые вопросы\n- Кто является источником истины для "
        f"{genitive} в переходный период?\n- Как откатываться, если после переключения что-то "
        "пойдёт не так?\n\n"
        + rng.choice(
            (
                "Какие риски вы видите и что бы поменяли?",
                "Что здесь лишнее, а чего не хватает?",
                "Вы бы это одобрили? Где слабые места?",
            )
        )
    )
    return rng.choice((None, "Ты опытный архитектор ПО. Отвечай по-русски.")), (text,)


def _templated(rng: random.Random) -> Iterator[Example]:
    yield from _family(rng, "en-shard-short", "en", 20, _shard_short)
    yield from _family(rng, "en-design-doc", "en", 20, _design_doc)
    yield from _family(rng, "en-scale-numbers", "en", 20, _scale_numbers)
    yield from _family(rng, "en-switch", "en", 19, _switch_en)
    yield from _family(rng, "es-diseno", "es", 11, _es_diseno)
    yield from _family(rng, "es-migracion", "es", 11, _es_migracion)
    yield from _family(rng, "de-review", "de", 11, _de_review)
    yield from _family(rng, "de-followup", "de", 11, _de_followup)
    yield from _family(rng, "zh-scale", "zh", 11, _zh_scale)
    yield from _family(rng, "zh-review", "zh", 11, _zh_review)
    yield from _family(rng, "ja-migration", "ja", 11, _ja_migration)
    yield from _family(rng, "ja-switch", "ja", 11, _ja_switch)
    yield from _family(rng, "fr-design", "fr", 8, _fr_design)
    yield from _family(rng, "pt-switch", "pt", 8, _pt_switch)
    yield from _family(rng, "it-short", "it", 8, _it_short)
    yield from _family(rng, "ko-design", "ko", 8, _ko_design)
    yield from _family(rng, "ru-review", "ru", 8, _ru_review)


# --------------------------------------------------------------------------------------------
# Second batch: short and mid-length prompts, concept questions inside the domain, follow-ups,
# weighted towards fr, pt, it, ko and ru. Every entry is hand-written and has its own group.
# --------------------------------------------------------------------------------------------

_B2: list[tuple[str, Entry]] = []


def _b2(lang: str, *entries: Entry) -> None:
    _B2.extend((lang, entry) for entry in entries)


_b2(
    "fr",
    ("c'est quoi le pattern strangler fig, concrètement ?",),
    ("Pourquoi dit-on que le 2PC ne passe pas à l'échelle ?",),
    (
        "cache-aside, write-through ou write-behind pour un catalogue produit lu 100x plus "
        "qu'écrit ?",
    ),
    ("Comment éviter un thundering herd quand une clé très demandée expire dans Redis ?",),
    (
        "read-your-writes, ça veut dire quoi exactement et comment on le garantit quand les "
        "lectures partent sur des réplicas ?",
    ),
    (
        "Quelle différence entre architecture hexagonale et clean architecture, dans un projet "
        "qui a déjà 15 modules ?",
    ),
    (
        "C'est quoi un monolithe modulaire et comment on fait respecter les frontières entre "
        "modules sans en faire des services ?",
    ),
    (
        "Comment concevoir l'envoi de webhooks vers 3 000 clients avec retries et signature, "
        "sans qu'un client lent bloque tous les autres ?",
    ),
    ("Kappa ou lambda pour des stats de ventes quasi temps réel ?",),
    ("une DLQ, on la traite comment en vrai ? rejeu auto ou à la main ?",),
    ("Exactly-once avec Kafka, ça existe de bout en bout ou c'est du marketing ?",),
    (
        "Comment vous découperiez les services d'une appli de covoiturage ? trajets, "
        "réservations, paiements, notations, messagerie",
    ),
    (
        "Design d'un système de génération de factures PDF : 2 millions à produire le 1er du "
        "mois, en moins de 6 h.",
    ),
    ("Quels critères pour décider qu'un module mérite de devenir un service à part ?",),
    (
        "Anti-corruption layer : à quoi ça sert quand on branche un vieil ERP sur notre nouveau "
        "domaine ?",
    ),
    ("on quitte Heroku pour AWS, 14 apps, 3 bases Postgres. on commence par quoi ?",),
    (
        "Archi pour un moteur de reco : calcul batch la nuit + ajustements en temps réel, ça se "
        "combine comment ?",
    ),
    ("quorum R+W>N, vous pouvez m'expliquer avec un exemple à 3 réplicas ?",),
    (
        "Comment gérer l'évolution des schémas d'événements quand 9 consommateurs lisent le "
        "même topic ?",
    ),
    ("Micro-frontends pour 5 équipes sur la même appli Angular : bonne idée ou usine à gaz ?",),
    (
        "Conception d'un service d'upload de fichiers (jusqu'à 5 Go) : URLs présignées, "
        "antivirus, génération d'aperçus. Quelles briques et dans quel ordre ?",
    ),
    (
        "Où placer le chiffrement par locataire dans un SaaS multi-tenant ? une clé KMS par "
        "client, ça tient à 10 000 clients ?",
    ),
    ("mTLS entre tous les services ou seulement en bordure ? k8s, une trentaine de services",),
    (
        "Vous mettriez l'historique d'audit (qui a modifié quoi) dans chaque service ou dans un "
        "service central ?",
    ),
    (
        "Conception d'un ordonnanceur de tâches distribué : 50 000 jobs planifiés par heure, "
        "aucun ne doit tourner deux fois.",
    ),
    ("backpressure dans un pipeline de streaming, ça se gère à quel niveau ?",),
    ("le pattern sidecar, ça sert à quoi en dehors d'un service mesh ?",),
    ("Data mesh ou entrepôt central pour une boîte de 300 personnes ?",),
    (
        "bonjour, petite question d'archi : pourquoi tout le monde dit qu'il ne faut pas "
        "partager une base entre microservices ? chez nous ça marche très bien",
    ),
    (
        _Sys(
            "Tu es l'assistant technique interne de l'équipe plateforme. Réponds en français, "
            "de façon concise."
        ),
        "On veut mutualiser l'authentification de nos 7 applis internes. Un Keycloak central, "
        "ou chaque appli garde son login et on fédère ?",
    ),
    (
        _Sys("Vous êtes un architecte logiciel senior. Donnez des recommandations argumentées."),
        "Serverless (Lambda + API Gateway) ou conteneurs sur ECS pour une plateforme de 20 API "
        "avec des pics de trafic imprévisibles ?",
    ),
    (
        _AGENT,
        "Le dossier `src/domain/` importe directement `src/infra/db`. Propose un plan pour "
        "inverser ces dépendances sur tout le projet, module par module, sans tout casser.",
    ),
    (
        _Sys("Tu es un coach pour les entretiens de system design."),
        "Sujet : un crawler web qui indexe 1 milliard de pages par mois. Je commence par où ?",
    ),
    (
        _IDE,
        "Ce repo a 3 services qui partagent un package `common` versionné à la main. Lib "
        "partagée, service dédié ou duplication assumée ?",
    ),
    (
        _Sys(
            "Assistant IA de la DSI du groupe. Ne traitez et ne demandez aucune donnée personnelle."
        ),
        "Quelle architecture cible pour exposer nos données de contrats aux partenaires via "
        "API, sachant que le cœur tourne encore sur mainframe ?",
    ),
    (
        "écris une requête SQL qui compte les commandes par mois",
        "```sql\nSELECT date_trunc('month', created_at) AS mois, count(*)\nFROM orders\n"
        "GROUP BY 1\nORDER BY 1;\n```",
        "ok merci. et si la table fait 3 milliards de lignes et que tout le monde veut ces "
        "stats en temps réel, on architecture ça comment ?",
    ),
    (
        "Traduis 'eventual consistency' en français stp",
        "« Cohérence à terme ». On voit aussi « cohérence éventuelle », mais c'est un anglicisme.",
        "et concrètement, pour un système de réservation de salles réparti sur 2 datacenters, "
        "ça implique quels choix de conception ?",
    ),
    (
        "Comment découper notre monolithe Rails en services ? facturation, catalogue, comptes, "
        "expédition",
        "Je commencerais par la facturation : frontières claires, peu d'appels entrants. Ensuite "
        "le catalogue, qui est surtout en lecture. Comptes et expédition restent dans le "
        "monolithe tant que le modèle n'est pas stabilisé.",
        "et pour les jobs Sidekiq partagés ?",
    ),
    (
        "On conçoit un système de notifications push pour 5 M d'utilisateurs.",
        "Proposition : une API d'envoi, une file par priorité, des workers par canal "
        "(APNs, FCM), une table de préférences et une déduplication par clé d'événement.",
        "Et si APNs tombe pendant une heure ?",
    ),
    (
        "Comment ajouter un bloom en post-processing dans three.js ?",
        "Avec `EffectComposer` : un `RenderPass`, puis un `UnrealBloomPass` dont tu règles "
        "`strength`, `radius` et `threshold`.",
        "top. autre sujet : notre configurateur 3D doit servir 40 000 modèles glTF partout dans "
        "le monde. CDN, stockage, versioning des assets, tu organiserais ça comment ?",
    ),
    (
        "Tu peux me résumer la loi de Conway en deux phrases ?",
        "Les organisations conçoivent des systèmes qui reproduisent leurs structures de "
        "communication. Autrement dit, l'architecture finit par refléter l'organigramme.",
        "Du coup, avec 4 équipes et un seul dépôt, comment on trace les frontières de services "
        "pour que ça colle ?",
    ),
    (
        "Concevez un service de paiement fractionné (paiement en 3 fois).",
        "Services : échéancier, prélèvements, scoring, recouvrement et notifications, reliés "
        "par des événements ; l'échéancier est la source de vérité.",
        "on fait comment pour les remboursements partiels au milieu de l'échéancier ?",
    ),
    (
        "Peux-tu écrire un test unitaire pour la fonction `calculer_tva` ?",
        "```python\ndef test_calculer_tva():\n    assert calculer_tva(100, 0.2) == 20\n```",
        "merci. question plus large : nos 12 services partagent un seul environnement de "
        "recette et on se marche dessus. comment avoir des environnements éphémères par "
        "branche sans exploser les coûts ?",
    ),
    (
        "Relisez notre proposition svp, on la présente vendredi.\n\n"
        "Contexte : appli de prise de rendez-vous pour 1 200 garages, monolithe PHP + MySQL.\n"
        "Proposition :\n"
        "1. Sortir le moteur de disponibilités dans un service Go avec sa propre base.\n"
        "2. Le monolithe publie les rendez-vous sur RabbitMQ, le service recalcule les "
        "créneaux.\n"
        "3. Le site public lit les créneaux via une API en cache (TTL 30 s).\n"
        "Risques identifiés : double réservation pendant les 30 s de cache.\n\n"
        "Qu'est-ce qui vous semble fragile ? Et est-ce que RabbitMQ est le bon choix ici ?",
    ),
)


_b2(
    "pt",
    ("o que é consistência eventual na prática? tipo, quanto tempo é 'eventual'?",),
    (
        "pra que serve um circuit breaker numa arquitetura de microsserviços? coloco no "
        "gateway ou em cada serviço?",
    ),
    ("como funciona eleição de líder e quando eu preciso disso no meu sistema?",),
    (
        "Como desenhar um sistema de cashback pra um app de delivery: regras por campanha, "
        "crédito na carteira, expiração?",
    ),
    (
        "hot partition no DynamoDB: como modelar a chave num app de ingressos onde um show "
        "concentra 90% do tráfego?",
    ),
    ("Vale a pena ter API gateway se a gente só tem 4 serviços?",),
    ("como fazer sessão distribuída quando o app roda em 20 pods?",),
    (
        "arquitetura pra aguentar votação tipo paredão do BBB, uns 50 mi de votos em 2h. como vcs fariam?",
    ),
    (
        "Como separar leitura e escrita num sistema de extrato bancário que precisa mostrar o "
        "saldo em tempo real?",
    ),
    ("Quando faz sentido usar fila em vez de chamada HTTP direta entre dois serviços?",),
    (
        "o que é um bounded context? to lendo o livro azul do Evans e não entendi como isso "
        "vira serviço",
    ),
    ("Como projetar multi-tenancy num app Next.js + Supabase com umas 500 empresas clientes?",),
    (
        "Estratégia pra sair do Firebase (Firestore + Functions) pra um backend próprio com "
        "Postgres sem perder usuário no meio do caminho?",
    ),
    (
        "Vale a pena uma lib compartilhada de DTOs entre os 15 microsserviços ou isso acopla "
        "demais?",
    ),
    (
        "Projeto de antifraude pro Pix: decisão em menos de 200 ms, regras + modelo de ML. "
        "Como encaixar isso no fluxo de pagamento sem virar gargalo?",
    ),
    (
        "design de um marketplace tipo Mercado Livre: catálogo, busca, carrinho, checkout, "
        "split de pagamento pros vendedores. quais serviços vc separaria?",
    ),
    ("Como garantir a ordem das mensagens por cliente usando SQS?",),
    ("o que é backpressure e como aplicar num consumidor que grava num banco lento?",),
    (
        "Arquitetura de um app de telemedicina: agendamento, videochamada, prontuário. Quais "
        "partes separar e onde devem ficar os dados sensíveis?",
    ),
    (
        "Como estruturar o RAG da empresa: ingestão dos documentos, embeddings, banco vetorial "
        "e reindexação quando o documento muda?",
    ),
    (
        "Como desenhar um gateway de LLM que faz fallback entre OpenAI, Anthropic e um modelo "
        "local, com cota por time?",
    ),
    (
        "Qual o jeito certo de atender a LGPD (direito ao esquecimento) quando os dados do "
        "usuário estão espalhados em 8 serviços e num data lake?",
    ),
    ("cdn na frente da API faz sentido pra resposta personalizada?",),
    ("Redis como banco principal, alguém aí faz isso em produção? quais os riscos?",),
    ("Como fazer deploy blue-green quando a migração de banco não é retrocompatível?",),
    ("CQRS sem event sourcing faz sentido?",),
    ("Quantas réplicas de leitura antes de começar a pensar em sharding?",),
    (
        "pra um ERP de 300 tabelas, um serviço por módulo (fiscal, estoque, financeiro) ou "
        "monolito modular bem dividido?",
    ),
    (
        _Sys("Você é um assistente de engenharia da empresa. Responda em português, com exemplos."),
        "Como organizar os tópicos do Kafka: um por entidade, um por tipo de evento ou um por "
        "domínio?",
    ),
    (
        _Sys("Você é um arquiteto de soluções AWS."),
        "Multi-AZ já resolve ou precisamos de multi-região pra um e-commerce que fatura 2 mi "
        "por dia?",
    ),
    (
        _AGENT,
        "O projeto tem `controllers/`, `services/` e `repositories/`, mas a regra de negócio "
        "está toda nos controllers. Monta um plano de refatoração em etapas pro projeto "
        "inteiro, sem mexer no código ainda.",
    ),
    (
        _IDE,
        "esse workspace tem 4 lambdas que chamam umas às outras em cadeia. isso é problema de "
        "arquitetura? como reorganizar?",
    ),
    (
        _Sys("Você é a Lia, assistente virtual do time de plataforma da Fintech Alfa."),
        "Qual a arquitetura recomendada pra conciliação diária de 3 milhões de transações com "
        "os arquivos das adquirentes?",
    ),
    (
        _Sys("You are a helpful assistant. Answer in the user's language."),
        "tenho que apresentar um desenho de arquitetura pra um app de academia (check-in, "
        "aulas, pagamento recorrente). o que não pode faltar?",
    ),
    (
        "me explica o que é um índice composto no postgres",
        "É um índice sobre várias colunas, na ordem em que você define. Ele ajuda consultas "
        "que filtram pelas primeiras colunas do índice; filtrar só pela segunda em geral não "
        "aproveita.",
        "beleza. e com 50k escritas por segundo ainda faz sentido um postgres só, ou já penso "
        "em particionar/shardar?",
    ),
    (
        "Escreve um e-mail pro time avisando da janela de manutenção de sábado, 22h às 2h",
        "Assunto: Janela de manutenção no sábado (22h–2h)\n\nPessoal, no sábado faremos a "
        "atualização do banco principal. Durante a janela, o sistema ficará indisponível...",
        "valeu! e sobre a manutenção em si: como a gente faz pra ela não precisar de janela "
        "da próxima vez? é upgrade de versão do banco com 12 serviços conectados",
    ),
    (
        "Como desenhar um sistema de pedidos pra uma rede de 800 farmácias?",
        "Serviços principais: catálogo, estoque por loja, pedidos, pagamentos e entrega, com "
        "eventos de pedido alimentando estoque e logística.",
        "e pra continuar funcionando quando a loja perde a internet?",
    ),
    (
        "Desenha a arquitetura de um chat de suporte com bots e atendentes humanos.",
        "Gateway de WebSocket, serviço de conversas, roteador que decide bot ou humano, fila "
        "de atendimento por skill, e armazenamento das mensagens por conversa.",
        "e se o volume for 10x isso?",
    ),
    (
        "Quero quebrar o `app.py` de 3.500 linhas do nosso Flask em pacotes. Qual estrutura?",
        "Sugiro blueprints por domínio (auth, pedidos, relatórios), um pacote `core` para "
        "configuração e extensões, e uma camada de serviços separada das rotas.",
        "e os models? deixo tudo num lugar só ou cada blueprint tem os seus?",
    ),
    (
        "meu shader de água no three.js tá piscando, o que pode ser?",
        "Provavelmente z-fighting entre a água e o terreno, ou precisão do depth buffer. "
        "Tente aumentar o `near` da câmera ou usar `logarithmicDepthBuffer`.",
        "resolvido. agora o jogo multiplayer em si: servidor autoritativo, salas de até 16 "
        "jogadores, matchmaking. como dividir os serviços do backend?",
    ),
    (
        "cria um endpoint FastAPI pra cadastrar cliente",
        '```python\n@app.post("/clientes")\ndef criar(c: ClienteIn, db: Session = '
        "Depends(get_db)):\n    obj = Cliente(**c.dict())\n    db.add(obj)\n    db.commit()\n"
        "    return obj\n```",
        "show. mas pensando no todo: vamos ter cadastro, cobrança e notificações, cada um com "
        "um time. um serviço por time desde já ou começa tudo junto?",
    ),
    (
        "O que é CAP?",
        "Consistência, disponibilidade e tolerância a partição: durante uma partição de rede "
        "você escolhe entre responder com dado possivelmente velho ou recusar.",
        "e o PACELC muda alguma coisa na hora de escolher entre Cassandra e Spanner pra um "
        "sistema de saldo?",
    ),
    (
        "Preciso de uma segunda opinião sobre esse desenho antes de levar pro CTO:\n\n"
        "- App de agendamento de salões de beleza, 9 mil salões, pico de 1.500 req/s no "
        "sábado de manhã\n"
        "- Hoje: monolito Node + MySQL numa VM só\n"
        "- Proposta: separar agenda, pagamentos e notificações em 3 serviços; agenda com "
        "Postgres próprio, pagamentos chamando o Stripe, notificações consumindo eventos do "
        "RabbitMQ\n"
        "- Cache de horários livres no Redis com TTL de 10 s\n\n"
        "Tá exagerado pro tamanho? O que vocês mudariam?",
    ),
)


_b2(
    "it",
    ("che cos'è un event store e in cosa differisce da una normale tabella di log?",),
    ("perché ogni microservizio dovrebbe avere il proprio database?",),
    (
        "che differenza c'è tra un message broker e una piattaforma di event streaming? "
        "RabbitMQ e Kafka non sono la stessa cosa?",
    ),
    ("Come progettare le code per la stampa delle etichette di spedizione in 40 magazzini?",),
    (
        "Come gestite l'invalidazione della cache quando lo stesso prodotto compare in 20 "
        "pagine diverse?",
    ),
    (
        "Architettura per un'app di monopattini in sharing: sblocco, tracciamento, tariffa al minuto.",
    ),
    ("consistenza forte o eventuale per il saldo punti di un programma fedeltà?",),
    ("Come si progetta una ricerca full-text multilingua (IT, DE, FR) su 2 milioni di documenti?",),
    ("Quando conviene passare da cron + script a un orchestratore tipo Airflow o Dagster?",),
    ("cos'è una saga e come si gestisce il rollback se fallisce il terzo passo?",),
    (
        "Come progettare l'integrazione tra il nostro e-commerce e 6 corrieri (BRT, GLS, Poste, "
        "...) senza che ogni corriere diventi un caso speciale nel codice?",
    ),
    (
        "Che architettura usereste per prenotare ombrelloni in 500 stabilimenti balneari? Il "
        "picco è il venerdì sera.",
    ),
    ("L'API gateway deve fare anche autorizzazione o solo autenticazione?",),
    (
        "Come strutturare i permessi (RBAC o ABAC) in un SaaS con 2.000 aziende clienti e ruoli "
        "personalizzati?",
    ),
    ("Zanzibar / ReBAC: ha senso per un gestionale documentale o è eccessivo?",),
    ("serve davvero kubernetes per 6 servizi e 3 sviluppatori?",),
    ("idempotenza nei consumer: come la implementate se il broker consegna at-least-once?",),
    ("Snapshot in event sourcing: ogni quanti eventi li fate e dove li salvate?",),
    (
        "Come si gestisce il versioning degli eventi in un sistema event sourced con 5 anni di "
        "storico?",
    ),
    (
        "ci serve un'architettura per i totem self-service in 300 negozi, devono funzionare "
        "anche offline e sincronizzare gli ordini con la sede. idee?",
    ),
    (
        "sharding per range o per hash? caso concreto: tabella delle letture dei contatori "
        "elettrici",
    ),
    (
        "Come si progetta un sistema di notifiche in-app con badge dei non letti per 3 milioni di utenti?",
    ),
    ("Quali metriche e SLO definire per una piattaforma di pagamenti fatta da 10 servizi?",),
    ("dove va messa la logica di retry: nel client, nel service mesh o nella coda?",),
    ("Un solo cluster Kafka condiviso da tutti i team o uno per dominio?",),
    ("multi-cloud (AWS + Azure) per evitare il lock-in: conviene a una PMI?",),
    (
        "GDPR e data lake: come progettare la cancellazione dei dati di un utente su file "
        "Parquet immutabili?",
    ),
    (
        "Abbiamo un applicativo Oracle Forms con 600 maschere. Strategia per modernizzarlo "
        "senza riscrivere tutto in un colpo?",
    ),
    (
        _Sys("Sei un assistente esperto di architettura software. Rispondi in italiano."),
        "Clean architecture in un progetto NestJS con 12 moduli: dove finiscono entità, use "
        "case e adapter?",
    ),
    (
        _Sys(
            "Sei il copilota del team Backend di una banca. Non chiedere mai credenziali né dati "
            "dei clienti."
        ),
        "Come progettiamo la parte open banking (PSD2): gateway, gestione del consenso, rate "
        "limiting verso le TPP?",
    ),
    (
        _AGENT,
        "Nel repo `api/`, `worker/` e `admin/` importano tutti da `shared/models.py` (2.800 "
        "righe). Fammi un piano per dividerlo per dominio: ordine dei passi e come evitare i "
        "cicli di import.",
    ),
    (
        _IDE,
        "guarda la cartella `services/`: ogni servizio ha la sua copia del client HTTP con "
        "retry diversi. libreria comune, sidecar o lasciamo così?",
    ),
    (
        _Sys("Sei un intervistatore per colloqui di system design."),
        "Ok, devo progettare un sistema tipo Google Drive: upload a chunk, deduplica, sync tra "
        "dispositivi. Parto dai requisiti?",
    ),
    (
        _ASSISTANT,
        "gRPC streaming o WebSocket per mandare gli aggiornamenti di stato dai nostri 15 "
        "servizi al frontend?",
    ),
    (
        "Scrivimi una query per trovare i clienti senza ordini negli ultimi 6 mesi",
        "```sql\nSELECT c.id, c.nome\nFROM clienti c\nLEFT JOIN ordini o\n  ON o.cliente_id = "
        "c.id AND o.data > now() - interval '6 months'\nWHERE o.id IS NULL;\n```",
        "grazie. ora una cosa più grossa: queste analisi le vogliono in tempo reale su tutti e "
        "14 i negozi. che architettura dati ci serve?",
    ),
    (
        "Mi riassumi il teorema CAP in 3 punti?",
        "1. In un sistema distribuito le partizioni di rete capitano. 2. Durante una partizione "
        "scegli tra consistenza e disponibilità. 3. Senza partizioni puoi avere entrambe.",
        "ok, e nel nostro caso, magazzino condiviso tra negozio fisico e online, cosa scegliamo?",
    ),
    (
        "Progetta un sistema di prenotazione dei campi da padel per 200 circoli.",
        "Servizi: anagrafica circoli e campi, disponibilità, prenotazioni con lock ottimistico "
        "sullo slot, pagamenti e notifiche.",
        "e se un circolo vuole continuare a usare il suo gestionale?",
    ),
    (
        "Come divido in moduli il backend Laravel del nostro gestionale? ordini, magazzino, "
        "fatture, utenti.",
        "Un modulo per contesto, ognuno con i suoi model, service e route; i moduli parlano "
        "tra loro con eventi interni o interfacce esplicite, mai con query sulle tabelle "
        "altrui.",
        "e i controller? li sposto tutti subito o uno alla volta?",
    ),
    (
        "Design di un sistema di allerta via SMS per la protezione civile: 5 milioni di "
        "destinatari in 10 minuti.",
        "Coda partizionata per area geografica, worker che inviano in parallelo verso più "
        "operatori, throttling per operatore e tracciamento delle ricevute di consegna.",
        "come lo rendiamo resistente se cade uno degli operatori telefonici?",
    ),
    (
        "come faccio un cubo che ruota in three.js?",
        "```js\nconst cube = new THREE.Mesh(new THREE.BoxGeometry(), new "
        "THREE.MeshNormalMaterial());\nscene.add(cube);\nrenderer.setAnimationLoop(() => {\n"
        "  cube.rotation.y += 0.01;\n  renderer.render(scene, camera);\n});\n```",
        "perfetto. domanda seria ora: il nostro visualizzatore BIM deve caricare modelli da "
        "2 GB. tiling, streaming e cache lato server, come impostereste l'architettura backend?",
    ),
    (
        "come si dice 'rollback' in italiano?",
        "Di solito si lascia 'rollback'; in alternativa 'ripristino' o 'annullamento'.",
        "ok. e nella pipeline di deploy dei nostri 9 servizi, come progettiamo un rollback "
        "coordinato quando una release tocca anche il database?",
    ),
    (
        "Come progettereste un servizio di geocoding interno per 30 milioni di indirizzi?",
        "Indice geografico precomputato, servizio stateless davanti a una cache e job batch "
        "che aggiornano i dati dalle fonti ufficiali.",
        "e con 3 data center?",
    ),
    (
        "Vi chiedo una revisione veloce prima del comitato tecnico.\n\n"
        "Obiettivo: piattaforma di ticketing per musei civici, 45 sedi, picco 3.000 acquisti "
        "al minuto durante le domeniche gratuite.\n"
        "Proposta:\n"
        "- frontend su CDN, API in Spring Boot su Kubernetes\n"
        "- servizio disponibilità separato, con posti contingentati in Redis\n"
        "- ordini e pagamenti in Postgres, pagamento tramite PagoPA\n"
        "- sincronizzazione notturna verso il gestionale contabile\n\n"
        "Dubbi: Redis come fonte di verità per i posti è rischioso? La sincronizzazione "
        "notturna basta o serve un flusso a eventi?",
    ),
)


_b2(
    "ko",
    ("분산 락 대신 낙관적 락으로 충분한 경우는 언제인가요?",),
    ("캐시랑 DB 정합성 어떻게 맞추세요? 캐시 먼저 지우고 DB 업데이트? 아니면 반대?",),
    ("서킷 브레이커 패턴이 정확히 뭔가요? 재시도랑 같이 써도 되나요?",),
    ("MSA에서 여러 서비스 데이터를 조인해야 하는 화면은 보통 어떻게 처리하나요?",),
    ("메시지 큐 도입하면 뭐가 좋아지나요? 지금은 전부 동기 REST 호출이에요",),
    ("샤딩 키를 user_id로 잡았는데 나중에 가게별 조회가 필요해지면 어떻게 하나요?",),
    (
        "중고거래 앱(당근마켓 같은) 백엔드 설계: 동네 인증, 게시글 피드, 채팅, 거래 후기. "
        "서비스를 어떻게 나누면 좋을까요?",
    ),
    ("선착순 쿠폰 발급 이벤트에 10만 명이 동시에 몰리면 어떻게 설계하나요?",),
    ("카프카 컨슈머 중복 처리, 설계 차원에서는 어떻게 막아요?",),
    ("레디스 클러스터 핫키 문제 다들 어떻게 해결하시나요",),
    (
        "DB 레플리케이션 지연 때문에 방금 쓴 글이 목록에 안 보여요. 아키텍처적으로 어떻게 "
        "풀어야 하나요?",
    ),
    ("헥사고날 아키텍처 적용하면 스프링 멀티모듈 구조는 어떻게 잡아요?",),
    ("웹소켓 vs SSE vs 롱폴링, 알림 기능엔 뭐가 맞아요? 동접 20만",),
    ("서비스 간 gRPC proto 파일은 어디서 관리해요? 레포 하나로? 서비스별로?",),
    ("IDC에 있는 MSSQL을 GCP Cloud SQL로 옮기는데 다운타임 최소화 전략이 뭐가 있을까요?",),
    ("이벤트 스키마 바뀔 때 컨슈머 안 깨지게 하려면? 스키마 레지스트리 꼭 써야 돼요?",),
    ("멀티 테넌트 SaaS에서 요금제별로 기능 제한하는 구조는 어떻게 짜나요?",),
    ("게임 출시일에 사전예약자 300만 명이 동시에 로그인하면 인증 서버 앞에 대기열을 어떻게 두죠?",),
    ("로그, 메트릭, 트레이스를 다 따로 보는데 OpenTelemetry로 통합하면 구조가 어떻게 바뀌나요?",),
    ("모듈러 모놀리스가 정확히 뭐예요? 그냥 패키지 잘 나눈 모놀리스랑 다른 건가요?",),
    ("결제할 때 PG사 응답이 타임아웃 나면 주문 상태 관리는 어떻게 설계해요?",),
    ("검색을 ES로 분리하려는데 DB랑 동기화는 CDC가 나아요, 이중 쓰기가 나아요?",),
    ("서비스 간 인증은 어떻게 설계하세요? JWT 그대로 전달? mTLS?",),
    ("레이크하우스가 데이터 웨어하우스랑 뭐가 달라요? 하루 200GB 규모에도 필요할까요?",),
    (
        "LLM 챗봇 서비스 아키텍처 질문입니다. 대화 이력 저장, 벡터DB, 모델 라우팅을 어떻게 "
        "나누는 게 좋을까요?",
    ),
    ("새벽 배치가 운영 DB를 너무 잡아먹어요. 배치용 아키텍처를 따로 가져가야 하나요?",),
    ("이미지 업로드 → 리사이즈 → CDN 배포 파이프라인 설계해 주세요. 하루 500만 장",),
    ("MSA로 가면 트랜잭션은 어떻게 해요? 보상 트랜잭션이 뭔가요?",),
    (
        _Sys("당신은 시니어 백엔드 아키텍트입니다. 한국어로 답변하세요."),
        "주문 서비스랑 정산 서비스 경계를 어디서 끊어야 할지 모르겠어요. 환불은 어느 쪽 "
        "책임이에요?",
    ),
    (
        _Sys("사내 개발 도우미 봇입니다. 고객 개인정보나 비밀번호는 입력하지 마세요."),
        "사내 인증을 하나로 통합하려고 해요. 레거시 서비스 12개가 각자 세션을 쓰는데, "
        "단계적으로 SSO로 옮기는 방법이 있을까요?",
    ),
    (
        _AGENT,
        "이 레포는 `src/` 아래 도메인 로직이 `utils/`랑 `helpers/`에 흩어져 있어요. 전체를 "
        "도메인별 패키지로 재구성하는 계획부터 세워 주세요. 코드 수정은 아직 하지 말고요.",
    ),
    (
        _IDE,
        "workspace 보면 api-server랑 batch가 같은 엔티티 클래스를 복붙해서 쓰고 있음. 공통 "
        "모듈로 뺄지 각자 가질지 판단 기준 알려줘",
    ),
    (
        _Sys("You are a system design interview coach. Reply in the candidate's language."),
        "오늘 주제는 '실시간 인기 검색어'로 해볼게요. 요구사항부터 같이 정리해 볼까요?",
    ),
    (
        _ASSISTANT,
        "카카오톡 같은 메신저에서 안 읽은 사람 수 표시는 어떻게 설계하나요? 단톡방 1,000명 "
        "기준으로요",
    ),
    (
        "파이썬으로 CSV 읽어서 매출 합계 내는 코드 짜줘",
        "```python\nimport csv\n\nwith open('sales.csv') as f:\n    total = sum(float(r['amount'])"
        " for r in csv.DictReader(f))\nprint(total)\n```",
        "고마워요. 근데 실제로는 이 CSV가 매일 300개 매장에서 올라와요. 수집부터 집계, "
        "대시보드까지 전체 파이프라인 구조를 어떻게 잡으면 좋을까요?",
    ),
    (
        "이 문장 영어로 번역해 줘: '다음 주에 배포 일정이 있습니다'",
        '"We have a deployment scheduled for next week."',
        "ㅇㅋ 그 배포가 사실 회원 DB를 별도 서비스로 떼어내는 작업인데, 순서를 어떻게 잡아야 "
        "안전할까요?",
    ),
    (
        "숙박 예약 플랫폼 설계 부탁해요. 숙소 10만 개, 성수기 초당 예약 2천 건.",
        "검색(Elasticsearch), 객실 재고 서비스, 예약 서비스, 결제 서비스로 나누고, 재고 "
        "차감은 예약 서비스가 재고 서비스에 예약(hold)을 건 뒤 결제 완료 시 확정하는 "
        "흐름을 제안합니다.",
        "그럼 재고 서비스 DB는 뭘 쓰는 게 좋아요?",
    ),
    (
        "Nest.js 모놀리스를 모듈별로 쪼개려고 해요. users, orders, payments, admin.",
        "먼저 모듈 간 직접 import를 없애고 각 모듈이 공개 서비스 인터페이스만 노출하게 "
        "정리한 뒤, 엔티티를 모듈별로 소유하도록 나누는 순서를 추천합니다.",
        "그럼 컨트롤러는요?",
    ),
    (
        "라이브 커머스 백엔드 설계해 주세요. 방송 중 동시 시청자 50만, 채팅이랑 한정 수량 "
        "구매가 있어요.",
        "영상은 CDN, 채팅은 샤딩된 WebSocket 게이트웨이 + pub/sub, 구매는 별도 주문 "
        "서비스로 분리하고 재고는 원자적 차감이 가능한 저장소에 둡니다.",
        "재고 100개인데 구매 버튼을 1만 명이 동시에 누르면요?",
    ),
    (
        "three.js에서 GLTF 모델 그림자가 안 나와요",
        "`renderer.shadowMap.enabled = true`, 라이트의 `castShadow`, 메시의 `castShadow`/"
        "`receiveShadow`를 모두 켰는지 확인해 보세요.",
        "해결됐어요! 이제 백엔드 쪽인데, 사용자가 만든 3D 공간을 여러 명이 동시에 편집하게 "
        "하려면 서버 구조를 어떻게 가져가야 할까요?",
    ),
    (
        "요즘 개발자 번아웃 얘기가 많던데 어떻게 생각해?",
        "업무량뿐 아니라 예측 불가능한 야간 호출, 불분명한 책임 범위가 큰 원인으로 자주 꼽힙니다.",
        "ㅎㅎ 그건 그렇고, 우리 팀 온콜 부담 줄이려면 알림 체계랑 모니터링 구조를 어떻게 "
        "바꿔야 할까? 서비스 25개야",
    ),
    (
        "Redis 캐시 TTL은 얼마로 잡는 게 좋아요?",
        "데이터가 얼마나 자주 바뀌는지, 오래된 값을 얼마나 허용할 수 있는지에 따라 "
        "다릅니다. 정적인 데이터는 길게, 자주 바뀌는 데이터는 짧게 잡고 이벤트 기반 "
        "무효화를 함께 쓰는 경우가 많습니다.",
        "상품 가격처럼 자주 바뀌는 건요? 아예 캐시를 안 거는 게 나아요?",
    ),
    (
        "아키텍처 리뷰 부탁드립니다.\n\n"
        "서비스: 사내 전자결재 시스템 재구축 (임직원 8천 명)\n"
        "현재: JSP + Oracle 단일 서버, 결재선/문서/알림이 한 WAR에 다 들어 있음\n"
        "제안:\n"
        "1. 문서 서비스, 결재선 엔진, 알림 서비스로 분리\n"
        "2. 결재 상태 변경은 Kafka 이벤트로 전파\n"
        "3. 첨부파일은 S3 호환 스토리지로 이전\n"
        "4. 기존 Oracle은 문서 서비스가 당분간 계속 사용\n\n"
        "질문: 사용자 8천 명 규모에 Kafka가 과한가요? 결재선 엔진을 따로 떼는 게 맞는지도 "
        "의견 부탁드려요.",
    ),
)


_b2(
    "ru",
    ("Что такое идемпотентность в распределённых системах и почему без неё никуда?",),
    ("Зачем нужен API gateway, если уже есть балансировщик?",),
    ("что такое кворумные чтения и записи? объясните на пальцах",),
    ("Почему Kafka гарантирует порядок только внутри партиции и как с этим жить?",),
    (
        "Cache stampede: как защититься, когда тысячи запросов одновременно идут за одним "
        "протухшим ключом?",
    ),
    ("Как спроектировать электронную очередь для 2 000 отделений МФЦ?",),
    (
        "Спроектируйте агрегатор такси: несколько партнёрских таксопарков, одно приложение, "
        "лучшее предложение за 3 секунды.",
    ),
    ("Двойная запись в БД и в Kafka — почему это плохо и что делать вместо?",),
    ("Когда шардировать Postgres через Citus, а когда лучше отдельная база на клиента?",),
    ("Temporal или Camunda для долгих процессов (кредитная заявка, 12 шагов, до 2 недель)?",),
    (
        "ClickHouse рядом с Postgres: как организовать поток данных, чтобы аналитика отставала "
        "не больше чем на минуту?",
    ),
    (
        "Микросервисы на Go, 25 штук, общий пакет `pkg/` разросся. Как решить, что оставить "
        "общим, а что растащить по сервисам?",
    ),
    ("Что такое service discovery и нужен ли он, если всё в Kubernetes?",),
    (
        "Как спроектировать программу лояльности для сети из 1 500 магазинов: баллы, акции, "
        "списание на кассе даже без связи?",
    ),
    ("как сделать presence (онлайн/офлайн) для мессенджера на 10 млн пользователей?",),
    ("Rate limiting и по пользователям, и по тенантам сразу — где это реализовывать?",),
    ("Как проектировать API для мобильного приложения, которое пользователи не обновляют годами?",),
    ("БД для временных рядов: TimescaleDB, ClickHouse или VictoriaMetrics? 2 млн точек в секунду",),
    (
        "Как устроить multi-region для сервиса авторизации, чтобы логин работал даже при "
        "падении одного региона?",
    ),
    ("ленивая или активная инвалидация кэша для каталога с ценами по регионам?",),
    (
        "Стоит ли делать внутренний event bus поверх Kafka, чтобы команды не работали с ней "
        "напрямую?",
    ),
    ("Как в DDD определить границы агрегата? Заказ с 500 позициями — это один агрегат?",),
    (
        "Как организовать бэкапы 40 баз разных сервисов, чтобы восстановить согласованное "
        "состояние на один момент времени?",
    ),
    (
        "Импортозамещение: переезд 30 приложений с Oracle и WebLogic на Postgres и Spring "
        "Boot. Как выстроить этапы?",
    ),
    ("blue-green для stateful-сервисов с очередями — как переключать консьюмеров?",),
    ("Сага: что делать, если один из участников не отвечает сутки?",),
    (
        "Сколько топиков и партиций закладывать на старте, если через год нагрузка вырастет "
        "в 10 раз?",
    ),
    ("архитектура онлайн-кинотеатра: каталог, рекомендации, DRM, CDN, биллинг подписок",),
    (
        _Sys("Ты — помощник архитектора. Отвечай кратко, по-русски."),
        "Нужен ли отдельный сервис для справочников (валюты, страны, единицы измерения), или "
        "каждый сервис держит свою копию?",
    ),
    (
        _Sys(
            "Вы — ассистент внутреннего портала разработчиков банка. Не запрашивайте "
            "персональные данные клиентов и секреты."
        ),
        "Как спроектировать хранение секретов для 80 сервисов в трёх контурах (dev, test, "
        "prod), чтобы разработчики не видели продовые значения?",
    ),
    (
        _AGENT,
        "В `monolith/` есть пакет `core` на 600 файлов. Составь план, как выделить из него "
        "`billing` и `catalog` в отдельные модули Gradle: порядок шагов, зависимости, что "
        "делать с общими сущностями.",
    ),
    (
        _IDE,
        "Посмотри структуру `apps/`: фронт, бэк и воркеры ходят в одну базу напрямую. Как бы "
        "ты развёл ответственность между ними?",
    ),
    (
        _Sys("Ты интервьюер на собеседовании по system design. Задавай уточняющие вопросы."),
        "Ок, моя задача — сервис коротких видео как TikTok: загрузка, транскодирование, "
        "лента. С чего начнём?",
    ),
    (
        _ASSISTANT,
        "Как лучше организовать обмен данными между 1С и нашим интернет-магазином: прямые "
        "вызовы, очередь или файлы?",
    ),
    (
        "напиши регулярку для проверки email",
        "```\n^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$\n```\nДля серьёзной проверки лучше отправлять "
        "письмо с подтверждением.",
        "спасибо. а по-крупному: валидация, дедупликация и обогащение контактов у нас "
        "размазаны по 6 сервисам. как вынести это в одно место и не сделать узким горлышком?",
    ),
    (
        "Переведи на английский: «сервис отвечает медленно под нагрузкой»",
        '"The service responds slowly under load."',
        "Собственно, вопрос: каталог на Django во время распродаж отвечает по 3 секунды. С "
        "чего начинать масштабирование — кэш, реплики, разнос на сервисы?",
    ),
    (
        "Спроектируй систему бронирования столиков для 3 000 ресторанов.",
        "Сервисы: рестораны и схемы залов, доступность слотов, бронирования с блокировкой "
        "слота, уведомления; синхронизация с кассовыми системами через адаптеры.",
        "а если ресторан хочет держать часть столов вне системы, для своих?",
    ),
    (
        "Как разнести наш Express-монолит (~200 файлов) по слоям: роуты, сервисы, репозитории?",
        "Сначала вынести доступ к данным в репозитории по сущностям, затем бизнес-логику из "
        "роутов в сервисы, роуты оставить тонкими. Делать по одному домену за раз.",
        "а middleware куда?",
    ),
    (
        "Нужна архитектура биллинга для SaaS с помесячной и поминутной тарификацией.",
        "Сбор событий использования в поток, агрегатор по периодам, сервис тарифов, "
        "генерация счетов по расписанию и отдельный леджер для начислений и оплат.",
        "и как пересчитывать счета, если тариф поменяли задним числом?",
    ),
    (
        "как в three.js сделать обводку у выделенного объекта?",
        "Через `OutlinePass` из `examples/jsm/postprocessing` в `EffectComposer`: передаёшь "
        "ему массив `selectedObjects`.",
        "спасибо. теперь про бэкенд: у нас цифровой двойник завода, 20 тыс. датчиков шлют "
        "данные, а сцена в браузере должна обновляться раз в секунду. как устроить поток "
        "данных от датчиков до клиентов?",
    ),
    (
        "добавь в модель `Order` поле `deleted_at` и миграцию",
        "```python\nclass Order(Base):\n    ...\n    deleted_at = Column(DateTime, "
        "nullable=True)\n```\nИ миграция Alembic с `op.add_column`.",
        "ок. а если мягкое удаление нужно во всех 14 сервисах и удаление клиента должно "
        "доходить до всех — как это спроектировать?",
    ),
    (
        "что такое CRDT?",
        "Структуры данных, которые можно менять на разных узлах независимо, а потом слить "
        "без конфликтов: счётчики, множества, последовательности.",
        "а для совместной канбан-доски на 50 человек это оправдано или хватит last-write-wins "
        "на уровне карточек?",
    ),
    (
        "Прошу посмотреть ADR, завтра архкомитет.\n\n"
        "ADR-031. Единый сервис уведомлений\n"
        "Контекст: 11 сервисов сами шлют email, SMS и пуши, у каждого свои шаблоны и "
        "ретраи; пользователи жалуются на дубли.\n"
        "Решение: выделить сервис notifications. Сервисы публикуют доменные события в Kafka, "
        "notifications сам решает, что, кому и по какому каналу отправлять, хранит "
        "предпочтения и дедуплицирует по ключу события.\n"
        "Последствия: сервисы теряют контроль над текстами; notifications становится "
        "критичной зависимостью.\n\n"
        "Что упущено? Не получится ли, что notifications знает про все домены сразу?",
    ),
)


_b2(
    "es",
    ("¿qué es el patrón bulkhead y en qué se diferencia de un circuit breaker?",),
    ("¿por qué se dice que los microservicios deberían comunicarse de forma asíncrona?",),
    (
        "cómo diseñarías el sistema de recargas del transporte público (tarjeta sin contacto) "
        "para 4 millones de viajes al día, con validadores que a veces no tienen conexión?",
    ),
    ("¿Data warehouse tipo BigQuery o lakehouse con Iceberg para una empresa de 80 personas?",),
    (
        "¿Cómo se diseña la facturación electrónica para varios países (CFDI en México, Chile, "
        "Colombia) sin montar un sistema aparte por país?",
    ),
    (
        "¿cuántos servicios son demasiados para un equipo de 8? tenemos 34 y las guardias son un infierno",
    ),
    ("¿Qué es PACELC y por qué importa más que CAP en el día a día?",),
    (
        "¿cómo diseñar una plataforma de subastas online donde no se pierdan las pujas del último segundo?",
    ),
    (
        "Replicación síncrona vs asíncrona entre dos CPD a 300 km: ¿cuánta latencia añade y "
        "qué perdemos con cada una?",
    ),
    ("¿monorepo para 12 servicios en Go o un repo por servicio?",),
    ("¿Kafka Streams, Flink o Spark Structured Streaming para detectar fraude en menos de 1 s?",),
    ("¿Cómo evitamos que búsqueda se caiga en cascada cuando el servicio de precios va lento?",),
    ("Estrategia para pasar 50 aplicaciones de VMs con Ansible a Kubernetes sin parar el negocio",),
    ("¿qué es un golden path y cómo se monta una plataforma interna de desarrollo?",),
    (
        "¿Cómo sincronizar el catálogo entre nuestro SAP y 4 marketplaces (Amazon, Mercado "
        "Libre...) sin sobrevender?",
    ),
    ("¿cómo repartís el tráfico entre regiones? DNS geográfico, anycast, balanceador global?",),
    ("¿qué problema resuelve un service mesh exactamente?",),
    ("¿cuándo basta con particionar una tabla y cuándo ya toca shardear?",),
    ("event-driven vs request-driven, cuándo cada uno?",),
    (
        "¿Dónde debería vivir la lógica de precios si la usan la web, la app, el TPV y el "
        "motor de promociones?",
    ),
    (
        _Sys("Eres un arquitecto de software sénior. Responde en español y sé directo."),
        "¿Sacamos el módulo de nóminas a su propio servicio o lo dejamos en el monolito? Lo "
        "tocan 2 equipos.",
    ),
    (
        _Sys("Eres Clara, la asistente técnica del equipo de plataforma de una aseguradora."),
        "¿Cómo diseñamos la integración con 25 peritos externos que hoy nos mandan los "
        "informes en PDF por correo?",
    ),
    (
        _AGENT,
        "Quiero separar `backend/` en tres paquetes: `domain`, `application` e "
        "`infrastructure`. Revisa cómo están las dependencias y dame un plan por fases antes "
        "de mover ningún archivo.",
    ),
    (
        _IDE,
        "en este repo cada microservicio tiene su Dockerfile, su pipeline y su chart de Helm "
        "casi iguales. cómo lo unificarías sin que los equipos pierdan autonomía?",
    ),
    (
        _Sys(
            "You are an AI assistant for a software company. Always answer in the language of "
            "the question."
        ),
        "Necesito un diseño de alto nivel para encuestas en vivo en eventos: hasta 200k "
        "asistentes votando a la vez.",
    ),
    (
        "hazme un script en bash que haga backup de postgres cada noche",
        "```bash\n#!/usr/bin/env bash\nset -euo pipefail\npg_dump -Fc mydb > "
        '"/backups/mydb_$(date +%F).dump"\n```\nY lo programas en cron a las 3:00.',
        "gracias. pero en serio: si se cae el CPD entero, ¿cómo planteamos la recuperación? "
        "tenemos 15 bases repartidas en 6 servicios y un RPO de 15 minutos",
    ),
    (
        "¿cuál es la capital de Australia?",
        "Canberra.",
        "jaja vale. ahora en serio: ¿cómo diseñaríais un sistema de horarios de vuelos que "
        "sincroniza datos de 60 aerolíneas cada pocos minutos?",
    ),
    (
        "Diseña un sistema de alquiler de bicis para una ciudad: 600 estaciones, 8.000 bicis.",
        "Servicios: estaciones y anclajes, flota, viajes, pagos y usuarios; las estaciones "
        "publican eventos de anclaje/desanclaje a una cola central.",
        "¿y si una estación pierde la conexión durante horas?",
    ),
    (
        "¿Cómo dividirías nuestro monolito de Django en apps? ventas, inventario, clientes y "
        "reportes.",
        "Una app por contexto, cada una dueña de sus modelos; las demás acceden por una capa "
        "de servicios, no importando modelos ajenos.",
        "¿y las signals que cruzan de una app a otra?",
    ),
    (
        "Propón una arquitectura para un e-commerce de moda con 2M de visitas al día.",
        "CDN y front estático, BFF, servicios de catálogo, carrito, pedidos y pagos, búsqueda "
        "en Elasticsearch, eventos por Kafka y caché Redis para fichas de producto.",
        "¿y los tests? ¿cómo los organizamos entre tantos servicios?",
    ),
    (
        "cómo cargo un modelo .glb con react-three-fiber?",
        "Con `useGLTF` de drei:\n```jsx\nconst { scene } = useGLTF('/silla.glb')\nreturn "
        "<primitive object={scene} />\n```",
        "listo. el tema gordo es otro: el configurador tiene que guardar las configuraciones "
        "de los clientes y mandarlas a fábrica (ERP) y a un servicio de precios. ¿qué "
        "servicios y eventos necesitaríamos?",
    ),
    (
        "¿Qué es mejor como clave primaria, UUID o autoincremental?",
        "Autoincremental es compacto y ordenado; UUID (mejor v7, ordenable por tiempo) permite "
        "generar ids sin coordinar con la base.",
        "¿y en un sistema con 16 shards que luego habrá que rebalancear?",
    ),
    (
        "Os paso el documento para la revisión de arquitectura del martes:\n\n"
        "Contexto: app de citas para talleres mecánicos, 3.000 talleres en España y Portugal.\n"
        "Problema: el backend (Rails + MySQL) no aguanta los lunes por la mañana, p95 de 4 s.\n"
        "Propuesta:\n"
        "1. Separar disponibilidad en un servicio Go con Redis como caché de huecos.\n"
        "2. Mantener reservas en Rails, publicar eventos con outbox a RabbitMQ.\n"
        "3. Recordatorios por WhatsApp en un worker aparte.\n"
        "4. Réplica de lectura para el panel de los talleres.\n\n"
        "¿Es proporcionado al problema o estamos complicándonos? ¿Qué haríais primero?",
    ),
)


_b2(
    "de",
    ("Was bringt ein separates Read-Model, wenn ich eh schon Read-Replicas habe?",),
    ("Wie testet man eine neue Architektur mit Schattenverkehr, bevor man umschaltet?",),
    ("Wie verhindert man Split-Brain bei einem Setup mit zwei Rechenzentren?",),
    ("Lohnt sich eine Schema Registry für 6 Teams, die sich ein Kafka teilen?",),
    (
        "Wie entwirft man eine Plattform für Ladesäulen: 40.000 Ladepunkte per OCPP, "
        "Abrechnung und Roaming mit anderen Betreibern?",
    ),
    ("At-least-once vs. exactly-once: was heißt das konkret für unser Service-Design?",),
    (
        "SAP ist führendes System, dazu kommen 12 eigene Services. Wie schneiden wir die "
        "Integration, damit nicht alles am SAP hängt?",
    ),
    (
        "Wie würdet ihr ein Terminportal fürs Bürgeramt auslegen, wenn um 7 Uhr alle "
        "gleichzeitig buchen wollen?",
    ),
    ("Config zentral aus einem Config-Service ziehen oder alles per Env-Variablen?",),
    (
        "Wie plant man den Umzug von Jenkins + on-prem Nexus auf GitLab für 200 Repos, ohne "
        "dass die Teams eine Woche stillstehen?",
    ),
    ("Wie entkoppelt man Frontend-Releases von Backend-Releases bei 9 Teams?",),
    (
        "Kurze Frage: hexagonal oder klassisch geschichtet für einen neuen Service mit viel Fachlogik?",
    ),
    (
        "Welche Datenhaltung für Produktkonfiguration mit tausenden Varianten: relational, "
        "Dokument oder Graph?",
    ),
    (
        "Wie macht man Backpressure zwischen einem schnellen Producer und einem Altsystem, "
        "das nur 50 Requests/s schafft?",
    ),
    ("Ein Service = ein Repo = ein Team? Oder ist das Dogma?",),
    (
        "Braucht man für Event Sourcing wirklich EventStoreDB oder reicht eine Append-only-Tabelle in Postgres?",
    ),
    ("Saga vs. 2PC, kurz und knapp?",),
    ("Consistent Hashing vs. Rendezvous Hashing – wann nimmt man was?",),
    ("brauchen wir einen API-Gateway UND einen Service Mesh?",),
    ("Was ist eigentlich ein Modulith?",),
    (
        _Sys(
            "Du bist ein erfahrener Softwarearchitekt. Antworte auf Deutsch, knapp und begründet."
        ),
        "Drei Teams, ein Spring-Boot-Monolith. Welche Modulgrenzen würdest du mit ArchUnit "
        "festziehen, bevor wir überhaupt über Services reden?",
    ),
    (
        _Sys(
            "Du bist der interne KI-Assistent der Versicherungs-IT. Frage nicht nach "
            "vertraulichen Daten."
        ),
        "Wie sähe eine Zielarchitektur für die Schadenbearbeitung aus, wenn Dokumente, "
        "Workflow und Auszahlung heute alle im Host-System stecken?",
    ),
    (
        _AGENT,
        "Im Repo gibt es `legacy/` (PHP 5) und `app/` (Symfony 6). Erstelle einen Plan, wie wir "
        "Route für Route aus legacy migrieren (Strangler), inkl. Routing, Session-Sharing und "
        "Reihenfolge.",
    ),
    (
        _IDE,
        "schau dir `modules/` an: zwischen `order`, `invoice` und `customer` gibt es zyklische "
        "Abhängigkeiten. Wie würdest du die auflösen, ohne alles neu zu schreiben?",
    ),
    (
        _INTERVIEWER,
        "Gut, mein Ansatz für den Paste-Dienst (wie Pastebin): Metadaten in Postgres, Inhalte "
        "in S3, Cache davor. Wo sind die Schwachstellen?",
    ),
    (
        "Schreib mir ein kurzes Gedicht über Montage",
        "Der Wecker schrillt, der Kaffee kalt,\ndie Inbox voll, die Heizung alt,\ndoch irgendwo "
        "im Wochenplan\nfängt still ein neuer Anfang an.",
        "haha danke. Jetzt ernsthaft: unser Montags-Peak liegt bei 8x Normallast und das "
        "Autoscaling reagiert zu spät. Wie legen wir Kapazität und Architektur dafür aus?",
    ),
    (
        "Was macht `SELECT ... FOR UPDATE SKIP LOCKED`?",
        "Es sperrt die gefundenen Zeilen und überspringt solche, die schon von einer anderen "
        "Transaktion gesperrt sind. Typisch für Worker, die sich Jobs aus einer Tabelle holen.",
        "ok, und ist eine Postgres-Tabelle als Job-Queue für 5 Services mit 2.000 Jobs/s noch "
        "vernünftig, oder brauchen wir einen echten Broker?",
    ),
    (
        "Entwirf ein System für digitale Stempelkarten in 5.000 Cafés.",
        "Kern: Kunden-Wallet in der App, Stempel-Service mit QR-Token pro Kauf, Café-Backoffice, "
        "Prämien-Service; Einlösungen laufen idempotent über eine Token-ID.",
        "und wenn ein Café mehrere Filialen hat, die sich Punkte teilen?",
    ),
    (
        "Wie teilen wir unser Angular-Monorepo (Nx) in Domänen-Libraries auf?",
        "Pro Domäne `feature`-, `ui`-, `data-access`- und `util`-Libraries, mit Tags und "
        "`enforce-module-boundaries`, damit Features nur über data-access auf Daten zugreifen.",
        "und die services, die HTTP machen? auch pro domäne?",
    ),
    (
        "Entwirf eine Architektur für ein Buchungssystem für Carsharing.",
        "Services für Fahrzeuge (Telematik), Verfügbarkeit, Buchungen, Preise und Abrechnung; "
        "Fahrzeuge melden Status über MQTT, Buchungen sperren Zeitfenster optimistisch.",
        "jetzt bitte mit zwei Regionen",
    ),
    (
        "Wie schreibe ich einen einfachen Fragment-Shader für einen Farbverlauf?",
        "```glsl\nvarying vec2 vUv;\nvoid main() {\n  gl_FragColor = vec4(mix(vec3(0.1, 0.2, 0.8), "
        "vec3(0.9, 0.4, 0.1), vUv.y), 1.0);\n}\n```",
        "Danke. Andere Frage: wir wollen 3D-Ansichten von Gebäuden im Browser zeigen, die Daten "
        "kommen aus 4 Fachsystemen (BIM, Sensorik, Wartung, Raumbuchung). Wie sieht die "
        "Backend-Architektur aus, die das zusammenführt?",
    ),
    (
        "Was ist der Unterschied zwischen Docker und einer VM?",
        "Container teilen sich den Kernel des Hosts und isolieren Prozesse; eine VM bringt ein "
        "eigenes Betriebssystem auf virtualisierter Hardware mit.",
        "Und wenn wir unsere 30 Services von VMs auf Container umziehen: in welcher "
        "Reihenfolge, und was machen wir mit den zustandsbehafteten Teilen?",
    ),
    (
        "Bitte um Einschätzung, wir müssen bis Freitag eine Richtung vorschlagen.\n\n"
        "Anforderungen an die neue Auftragsabwicklung (Großhandel):\n"
        "- 25.000 Aufträge/Tag, Spitzen bis 40/s am Quartalsende\n"
        "- Anbindung an SAP S/4 (führend für Preise und Bestände) und 3 Lagerverwaltungen\n"
        "- Kunden bestellen über Webshop, EDI und Außendienst-App (offline-fähig)\n"
        "- Auftragsstatus für Kunden nahezu in Echtzeit\n"
        "- Betrieb in unserer OpenShift-Umgebung, keine Public Cloud\n\n"
        "Option A: ein modularer Monolith mit Integrationsschicht.\n"
        "Option B: 6 Microservices mit Kafka.\n"
        "Was würdet ihr nehmen und warum?",
    ),
)


_b2(
    "zh",
    ("什么是限界上下文？",),
    ("为什么说分布式锁要配 fencing token？",),
    ("读写分离之后主从延迟怎么处理？",),
    ("热点 key 怎么拆？",),
    ("什么时候该引入消息队列",),
    ("服务网格到底解决了什么问题",),
    ("雪花算法和号段模式哪个好",),
    ("冷热数据分离怎么设计？",),
    ("用 canal 同步 binlog 到 ES 靠谱吗",),
    ("中台到底还要不要做？",),
    ("接口超时重试会不会导致重复下单？架构上怎么兜底",),
    ("本地缓存和 Redis 的一致性怎么保证？服务是多实例部署的",),
    ("单元化架构是什么？和异地多活是什么关系？",),
    ("设计一个抢红包系统",),
    ("设计一个延时任务系统，比如订单 30 分钟未支付自动取消，每天 500 万单",),
    ("设计一个点赞系统，热门帖子一分钟几十万个赞",),
    ("DDD 的聚合根怎么划？订单和订单明细算不算一个聚合",),
    ("微服务拆得太细了，现在 90 个服务，想合并一部分，怎么判断哪些该合？",),
    ("TiDB 还是 MySQL 分库分表？数据量 30TB，增长很快",),
    ("k8s 多集群怎么管？我们有 6 个集群，分在 3 个机房",),
    ("再问一个：Redis 集群扩容的时候怎么做到业务无感？",),
    (
        _Sys("你是一名资深架构师，请用中文回答，重点讲取舍。"),
        "我们的规则引擎被 12 个业务方调用，每次改规则都要发版。规则引擎应该怎么独立出来？",
    ),
    (
        _Sys("你是公司内部的研发助手「小研」。不要索要任何账号密码或用户隐私数据。"),
        "消息推送平台怎么做成统一的？现在短信、邮件、App 推送、站内信各有一套。",
    ),
    (
        _AGENT,
        "`pkg/` 下面 30 个包互相引用，`go build` 经常报 import cycle。先别改代码，给我一个"
        "分层和拆包的整体方案。",
    ),
    (
        _IDE,
        "这个工作区里 order-service 直接连 user-service 的库查用户信息，这样设计有什么问题？"
        "应该怎么改？",
    ),
    (
        _Sys("You are a helpful assistant. Reply in Chinese."),
        "设计一个在线考试系统：10 万人同时开考，防作弊、到点自动交卷、断网续考。",
    ),
    (
        "帮我写一个 Python 函数判断回文",
        "```python\ndef is_palindrome(s: str) -> bool:\n    t = [c.lower() for c in s if "
        "c.isalnum()]\n    return t == t[::-1]\n```",
        "谢谢。另外我们要做一个在线判题系统（类似 LeetCode），代码执行沙箱、判题队列、结果回推"
        "这几块怎么设计？",
    ),
    (
        "帮我翻译一下：'The system must remain available during a network partition.'",
        "系统在发生网络分区时必须保持可用。",
        "那在这个要求下，我们的库存服务应该怎么设计？会不会超卖？",
    ),
    (
        "设计一个共享充电宝系统",
        "核心服务：设备接入（长连接网关）、设备状态、订单、计费、支付。设备通过 MQTT 上报"
        "状态，租借和归还都以订单状态机驱动。",
        "设备离线了怎么办？",
    ),
    (
        "我们想把 Spring Boot 单体按领域拆成多模块 Maven 工程：用户、商品、订单、营销。",
        "建议每个领域一个模块，内部分 api / domain / infrastructure，模块之间只依赖对方的 "
        "api 模块，公共代码放 common，但要严格控制它的大小。",
        "那 controller 层呢？放哪",
    ),
    (
        "直播带货的库存扣减方案怎么设计？",
        "思路：开播前把库存预热到 Redis，用 Lua 原子扣减；扣减成功后发 MQ 异步落库创建订单，"
        "超时未支付回补库存；DB 侧用版本号做最终校验，防止 Redis 与 DB 不一致。另外要限流"
        "和做好热点隔离……",
        "再短一点，给个结论就行",
    ),
    (
        "three.js 怎么做天空盒",
        "用 `CubeTextureLoader` 加载 6 张图，然后赋给 `scene.background` 即可。",
        "好的。另外我们要做一个多人在线 3D 展厅，最多 2000 人同时在线，要同步位置和语音，"
        "服务端架构怎么搭？",
    ),
    (
        "帮忙看下这个方案，明天评审：\n\n"
        "背景：SaaS 版 CRM，租户 1.2 万，大租户数据量是小租户的上千倍，目前所有租户共用一个 "
        "MySQL 实例。\n"
        "方案：\n"
        "1. 按租户 ID 哈希分 16 个库，大租户单独一个库\n"
        "2. 引入租户路由服务，应用通过路由服务拿数据源\n"
        "3. 报表走 Doris，通过 Flink CDC 同步\n"
        "4. 迁移时双写，灰度按租户切流\n\n"
        "担心的点：双写期间数据不一致怎么发现和修复？大租户以后再拆怎么办？",
    ),
)


_b2(
    "ja",
    ("境界づけられたコンテキストって結局何？",),
    ("サーキットブレーカーはどこに置くのが普通？",),
    ("結果整合性で困るのってどんなケース？",),
    ("キャッシュのスタンピード対策どうしてる？",),
    ("モジュラーモノリスって何が嬉しいの？",),
    ("冪等キーってどこで発行するのが正解？クライアント？サーバー？",),
    ("Kafkaのパーティション数、最初いくつにする？",),
    ("負荷の波が大きいサービスの基盤、Aurora Serverless v2と通常のAuroraどっちにすべき？",),
    ("gRPCとメッセージキュー、サービス間連携でどう使い分ける？",),
    ("マルチテナントでテナントごとにデータを暗号化するなら、鍵管理はどう設計する？",),
    ("ポイントの有効期限管理（1億件）をバッチじゃなくイベントで回す設計ってあり？",),
    ("ログ基盤、Datadogに全部送るとコストが爆発する。どういう構成にすべき？",),
    ("ECのカート、Redisに置く？DBに置く？",),
    ("マイクロサービスが30個あって、サービス間の依存関係を可視化・管理するいい方法ある？",),
    ("レガシーのCOBOL夜間バッチ200本を段階的にクラウドへ移す戦略を知りたいです。",),
    ("スマホゲームのガチャとアイテム付与、課金と連動する部分の整合性はどう設計しますか？",),
    ("ストラングラーパターンで移行するとき、DBはいつ分ける？",),
    ("イベントのスキーマ変更、後方互換はどこまで守る？",),
    ("SQSとEventBridgeとSNS、イベント駆動の基盤としてどう組み合わせる？",),
    ("ネットスーパーの注文〜ピッキング〜配送枠予約、サービス分割するならどう切る？",),
    ("Sagaの補償処理が失敗したら？",),
    (
        _Sys(
            "あなたは社内のアーキテクチャ相談窓口です。丁寧な日本語で、判断理由も添えて回答して"
            "ください。"
        ),
        "新規サービスで、認可の仕組みを各サービスに持たせるか、共通の認可サービスに寄せるか"
        "迷っています。",
    ),
    (
        _Sys("あなたはシステム設計面接の面接官です。"),
        "では、写真共有アプリ（Instagram風）のストーリー機能を設計します。24時間で消える点が"
        "肝だと思っています。",
    ),
    (
        _AGENT,
        "このリポジトリは `app/models` にビジネスロジックが集中していて fat model になって"
        "います。ドメイン層とアプリケーション層に分ける全体の移行計画をまず作ってください。",
    ),
    (
        _IDE,
        "`packages/` の依存関係を見て、循環している箇所とレイヤー違反をまとめて、どう整理"
        "すべきか方針をください",
    ),
    (
        _ASSISTANT,
        "工場の設備データ（1万台、1秒ごと）を集めて異常検知するシステム、全体構成どうする？",
    ),
    (
        "PythonでJSONをCSVに変換するスクリプト書いて",
        "```python\nimport csv, json\n\nrows = json.load(open('in.json'))\nwith open('out.csv',"
        " 'w', newline='') as f:\n    w = csv.DictWriter(f, fieldnames=rows[0].keys())\n"
        "    w.writeheader()\n    w.writerows(rows)\n```",
        "ありがとう。実はこれ、取引先30社から毎日届くファイルの取り込みなんです。フォーマット"
        "もバラバラで。取り込み基盤としてどう設計するのがいいですか？",
    ),
    (
        "「冪等」の読み方って何？",
        "「べきとう」と読みます。",
        "ありがとうございます。で、Webhookを受けるサービスが5つあるんですが、重複受信に"
        "システム全体としてどう備えるべきですか？",
    ),
    (
        "社内向けの経費精算システムを作り直したいです。申請、承認フロー、会計連携があります。",
        "申請サービス、ワークフローエンジン、会計連携サービスに分け、承認の状態遷移は"
        "ワークフロー側に集約する構成を提案します。",
        "承認フローが部署ごとに違う場合は？",
    ),
    (
        "RailsのモノリスをRails Engine単位に分けたいです。会員、注文、在庫、管理画面。",
        "各Engineがモデルとテーブルを所有し、他のEngineには公開APIクラス経由でのみアクセス"
        "させます。まず依存の少ない在庫から切り出すのがよいと思います。",
        "コントローラーはどうします？",
    ),
    (
        "フリマアプリの出品〜購入〜配送の流れ、サービス分割案をください",
        "出品（商品）、取引、決済（エスクロー）、配送連携、評価、通知の6サービスに分け、"
        "取引サービスが状態遷移のオーナーになります。決済はエスクローとして売上確定まで"
        "保留し、配送連携は各配送業者のAPIをアダプタで吸収……",
        "もっと短く、要点だけ",
    ),
    (
        "WebGPUでコンピュートシェーダーを動かす最小例ある？",
        "`device.createComputePipeline` でWGSLのモジュールを指定し、コマンドエンコーダで "
        "`beginComputePass` → `dispatchWorkgroups` を呼ぶのが最小構成です。",
        "助かります。別件で、各部署がバラバラに持っている取引先マスタを統合したいです。MDMを"
        "入れるべきか、イベントで同期するべきか、どう考えればいいですか？",
    ),
    (
        "以下の要件で全体アーキテクチャを考えています。叩き台をください。\n\n"
        "- 自治体向けの施設予約サービス（体育館、会議室など）、導入予定 120 自治体\n"
        "- 抽選予約と先着予約の両方に対応\n"
        "- 抽選の締切直後にアクセスが集中（想定 3,000 req/s）\n"
        "- 自治体ごとに料金ルール・減免ルールが違う\n"
        "- ガバメントクラウド上で動かす前提、可用性 99.9%\n\n"
        "特に、自治体ごとの差分をどこで吸収するか（テナント設定？ルールエンジン？）を"
        "悩んでいます。",
    ),
)


_b2(
    "en",
    ("what's the difference between a queue and a topic, architecturally?",),
    ("why do you need a saga if you already have retries?",),
    (
        "what is write amplification in LSM stores and should it affect which db we pick for an "
        "append-heavy event log?",
    ),
    ("why is clock skew a problem for last-write-wins replication?",),
    ("what does 'shared nothing architecture' actually mean",),
    ("what's head-of-line blocking in a kafka consumer and how do you design around it",),
    ("explain backpressure like i'm five, in the context of microservices",),
    ("is a data lake just S3 with extra steps?",),
    ("what's the point of a service registry if DNS exists",),
    ("why does Fowler say 'don't distribute your objects'? does it still apply with gRPC?",),
    ("horizontal partitioning vs sharding - same thing or not?",),
    ("how do you keep a search index consistent with the primary DB without dual writes?",),
    ("what's a hot shard and how do you spot one before it takes the cluster down?",),
    ("design an ad click aggregator, 10B clicks/day, queryable per minute",),
    ("design google calendar: recurring events, invites, timezones, 200M users",),
    ("design a price-drop alert system for 20M tracked products",),
    ("design a code sandbox service like replit for 50k concurrent sessions",),
    (
        "how would you build a job queue where one tenant can submit 1M jobs at once without "
        "starving the others?",
    ),
    (
        "webhook ingestion from stripe/shopify/github at ~3k/s - how do we architect it so we "
        "never drop one",
    ),
    ("how should our mobile app + backend handle forced upgrades when we break the API?",),
    (
        "LLM gateway in front of 4 providers w/ per-team budgets, caching and fallbacks - how to "
        "architect it",
    ),
    ("pgvector in our main postgres or a separate vector db service? ~30M embeddings",),
    (
        "whats the best way to architecht a multi tenant app where each customr has a diff "
        "feature set AND data residency (EU/US)",
    ),
    (
        "thinking of moving from heroku to fly.io + neon. architectural gotchas with 6 services "
        "and sidekiq?",
    ),
    (
        "our p99 is dominated by fan-out to 14 downstream calls per request. architecture-level fixes?",
    ),
    (
        "quick q - central event bus or point-to-point between our 9 services? team is split 50/50 lol",
    ),
    (
        _AGENT,
        "Before touching code: map out how `billing/`, `accounts/` and `notifications/` depend "
        "on each other and propose a target module structure with a migration order.",
    ),
    (
        _IDE,
        "the workspace has 3 next.js apps each with their own auth logic. shared package, "
        "separate auth service, or move it to edge middleware?",
    ),
    (
        _Sys(
            "You are Atlas, the internal platform assistant at a mid-size fintech. Be concise "
            "and opinionated."
        ),
        "Should every team run its own Postgres on RDS, or do we build a shared DB platform "
        "with schema-per-service?",
    ),
    (
        _Sys("You are a senior staff engineer reviewing designs. Be blunt."),
        "Proposal: replace our nightly ETL with CDC into Kafka and let every consumer build its "
        "own view. Thoughts?",
    ),
    (
        _INTERVIEWER,
        "ok I'm ready. for the distributed cache question, should I start from the eviction "
        "policy or from the partitioning scheme?",
    ),
    (
        _ASSISTANT,
        "what's the simplest architecture that gets a side project with auth, payments and a "
        "background worker to production?",
    ),
    (
        _Sys("You are a helpful coding assistant in a terminal. Keep answers short."),
        "plan for splitting our 120-file `lib/` into 4 packages with clear public APIs?",
    ),
    (
        _Sys("You help the data platform team."),
        "bronze/silver/gold in our lakehouse - who owns each layer when 11 teams produce data?",
    ),
    (
        _REVIEW_BOT,
        "Design: move shipment tracking into its own service fed by carrier webhooks; the "
        "orders service polls it every 30s for status. Verdict?",
    ),
    (
        "write me a haiku about kubernetes",
        "pods rise and then fall\nthe scheduler hums along\nyaml all the way down",
        "lol. ok real question: we have 3 clusters per env and it's a mess. how should we "
        "structure clusters vs namespaces vs cloud accounts for ~40 teams?",
    ),
    (
        "can you fix this typescript error: Property 'id' does not exist on type '{}'",
        "The object is typed as `{}`. Give it a type, e.g. `const user: User = await "
        "res.json()`, or use a generic on your fetch helper.",
        "thanks. zooming out: our frontend and 5 backends share types by copy-paste. what's the "
        "right setup for shared contracts - openapi codegen, a types package, tRPC?",
    ),
    (
        "how would you design a distributed job scheduler for ~1M scheduled jobs/day?",
        "Jobs stored in a partitioned table keyed by next-run time, a set of schedulers that "
        "each own some partitions (leases), and a queue that hands due jobs to workers.",
        "and the workers? push or pull?",
    ),
    (
        "Plan for splitting our Rails monolith's `app/models` into packwerk packages?",
        "Start by mapping which models change together, create packages per domain (billing, "
        "catalog, accounts), move models in, then declare public APIs and turn on privacy "
        "checks one package at a time.",
        "and the controllers?",
    ),
    (
        "design a feature store for our ML team: offline training data + online serving <10ms",
        "Offline store on the lakehouse (Iceberg), online store in Redis or DynamoDB, a "
        "registry of feature definitions, and one pipeline that writes both to avoid skew.",
        "what if the online store goes down?",
    ),
    (
        "Design a live sports score service pushing updates to 5M concurrent app users.",
        "Ingest from data providers, normalize into a score service, publish per-match events, "
        "and fan out through a tier of websocket/SSE edge servers subscribed by match.",
        "ok now do it with a 1s end-to-end budget",
    ),
    (
        "why does my shadow map look blocky in babylon.js?",
        "The shadow map resolution is too low for the area it covers. Raise `mapSize`, use "
        "PCF filtering, and tighten the light frustum; tune `bias` if you get acne.",
        "ok thx. separate thing: the viewer lives in our customer portal and we need "
        "collaborative annotations stored server-side and shared with 2 other apps. what's a "
        "sane backend architecture for that?",
    ),
    (
        "what is PKCE?",
        "An OAuth extension for public clients: the app sends a hash of a random verifier with "
        "the authorization request and the verifier itself when exchanging the code, so a "
        "stolen code is useless.",
        "got it. today our 40 internal services call each other with one shared static API key. "
        "what should the target service-to-service auth architecture look like?",
    ),
    (
        "add pagination to this express endpoint: app.get('/orders', async (req, res) => "
        "res.json(await Order.find()))",
        "```js\napp.get('/orders', async (req, res) => {\n  const limit = Math.min(+req.query."
        "limit || 50, 200);\n  const page = +req.query.page || 0;\n  res.json(await Order.find()"
        ".skip(page * limit).limit(limit));\n});\n```",
        "cool. the real issue though: /orders is called by 6 other services and it's become the "
        "bottleneck for everything. how should we restructure who owns order reads?",
    ),
    (
        "Design review request - Q3 platform proposal (draft 2)\n\n"
        "Problem: 14 product teams deploy to one shared ECS cluster with hand-written task "
        "definitions. Incidents in one team's service regularly exhaust cluster capacity for "
        "everyone, and nobody owns the shared ALB rules (600+ of them).\n\n"
        "Proposal:\n"
        "1. One AWS account per team (via Control Tower), shared networking account with "
        "Transit Gateway.\n"
        "2. Each team gets its own EKS namespace on a per-environment cluster; platform team "
        "owns the clusters.\n"
        "3. Ingress moves from the shared ALB to per-team ingress controllers behind one "
        "global CloudFront distribution.\n"
        "4. A service catalog (Backstage) becomes the source of truth for ownership, on-call "
        "and dependencies.\n"
        "5. Migration: two pilot teams in Q3, the rest over Q4 and Q1.\n\n"
        "Non-goals: service mesh, multi-region.\n\n"
        "Questions for reviewers: is account-per-team plus namespace-per-team double isolation "
        "for no reason? Is a single CloudFront in front of everything a new shared bottleneck? "
        "What would you cut to make Q3 realistic?",
    ),
)


_b2(
    "fr",
    (
        _Sys("Tu es un assistant pour développeurs. Réponds en français."),
        "Conçois l'archi d'une appli de covoiturage domicile-travail pour une grande entreprise "
        "(12 sites).",
        "Services : profils de trajet, matching quotidien, réservations, messagerie et "
        "notifications ; le matching tourne en batch la veille et en temps réel pour les "
        "changements de dernière minute.",
        "et si on l'ouvre à 50 entreprises, qu'est-ce qui change ?",
    ),
)
_b2(
    "pt",
    (
        "como faço um group by por dia no mongo?",
        "```js\ndb.pedidos.aggregate([\n  { $group: { _id: { $dateTrunc: { date: '$criadoEm', "
        "unit: 'day' } }, total: { $sum: 1 } } },\n  { $sort: { _id: 1 } }\n])\n```",
        "e se eu quiser isso num dashboard em tempo real pra 200 lojas, qual arquitetura? o "
        "mongo aguenta ou separo a parte analítica?",
    ),
)
_b2(
    "it",
    (
        "Progetta il backend di un'app per ordinare al tavolo nei ristoranti con QR code.",
        "Servizi: menu per locale, sessioni del tavolo, ordini, pagamenti (anche divisi tra "
        "commensali) e un canale in tempo reale verso cucina e camerieri.",
        "e per la stampa delle comande in cucina, con stampanti che stanno nella LAN del locale?",
    ),
)
_b2(
    "ko",
    (
        "쿠버네티스 HPA 설정 예시 보여줘",
        "```yaml\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: "
        "api\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n"
        "  minReplicas: 3\n  maxReplicas: 30\n  metrics:\n  - type: Resource\n    resource: "
        "{name: cpu, target: {type: Utilization, averageUtilization: 70}}\n```",
        "근데 HPA만으로는 트래픽 스파이크를 못 따라가요. 요청을 큐로 받는 구조로 아키텍처를 "
        "바꿔야 할까요?",
    ),
)
_b2(
    "ru",
    (
        "Как устроить систему рекомендаций статей для медиа на 5 млн читателей?",
        "Сбор событий чтения в Kafka, офлайн-обучение моделей раз в сутки, сервис "
        "кандидатов и ранжирования, кэш персональных подборок в Redis.",
        "а как сделать, чтобы новая статья попадала в рекомендации через минуту после публикации?",
    ),
)


# --------------------------------------------------------------------------------------------
# Third batch: native-vocabulary prompts in ru, pt, fr, es, it and ko (plus a few in de, zh
# and ja), where the domain is said in the language's own words rather than English jargon.
# Every entry is hand-written and has its own group ("architecture/b3/<lang>/<nnn>").
# --------------------------------------------------------------------------------------------

_B3: list[tuple[str, Entry]] = []


def _b3(lang: str, *entries: Entry) -> None:
    _B3.extend((lang, entry) for entry in entries)


# b3-begin (third batch data)
_b3(
    "ru",
    ("как разнести чтение и запись по разным базам, если отчёты тормозят основную?",),
    ("Нужна ли нам очередь между приёмом заказов и складом, или хватит прямых вызовов?",),
    (
        "как спроектировать хранилище фотографий для маркетплейса: 300 млн снимков, быстрая "
        "отдача по всей стране",
    ),
    ("Чем плоха общая база на несколько команд, если все аккуратные?",),
    ("Как перенести пользователей из старой базы в новую, не останавливая сайт ни на минуту?",),
    (
        "подскажите, как устроить резервный центр обработки данных, чтобы переключение "
        "занимало минуты, а не часы",
    ),
    ("Как разбить сервис на части, если все таблицы связаны внешними ключами?",),
    (
        "что выбрать для обмена между сервисами в банке: синхронные вызовы или сообщения через "
        "брокер?",
    ),
    (
        "как сделать, чтобы платёж не списался дважды, если мобильное приложение повторно шлёт "
        "запрос? где это решать — на шлюзе или в платёжном сервисе?",
    ),
    (
        "сервис игровых комнат держит состояние матча в памяти. как его масштабировать "
        "горизонтально и не терять матчи при падении узла?",
    ),
    ("Сколько нужно узлов в кластере, чтобы пережить отказ целой зоны доступности?",),
    (
        "спроектируйте систему учёта рабочего времени для завода на 12 тысяч сотрудников, где "
        "турникеты иногда теряют связь",
    ),
    (
        "Как организовать поиск по 50 млн объявлений с фильтрами по цене, району и метро, "
        "чтобы ответ был быстрее 100 мс?",
    ),
    (
        "в чём разница между репликацией ведущий-ведомый и многомастерной, и когда вторая "
        "вообще оправдана?",
    ),
    (
        "как распределять нагрузку между дата-центрами в Москве и Новосибирске, чтобы "
        "пользователь попадал в ближайший?",
    ),
    (
        "Как построить журнал изменений (кто, что, когда поменял) в госинформсистеме так, "
        "чтобы записи нельзя было подделать задним числом?",
    ),
    (
        "закон требует хранить данные граждан внутри страны, а мы ещё работаем в Казахстане. "
        "делить базу по странам или весь сервис разворачивать отдельно?",
    ),
    (
        "Как спроектировать выгрузку отчётности в налоговую: 40 тысяч организаций, жёсткие "
        "сроки, ответ приходит только через сутки",
    ),
    ("что делать, если одна секция таблицы разрослась в 10 раз больше остальных?",),
    (
        "Как устроить постепенный перенос модулей со старой платформы на новую, чтобы обе "
        "полгода работали параллельно?",
    ),
    (
        "нужен ли слой кэширования перед базой, если 95% запросов — чтение одних и тех же "
        "карточек товаров?",
    ),
    (
        "Спроектируй систему продажи билетов в театры: схема зала, удержание мест на 15 минут, "
        "оплата.",
    ),
    (
        "как разделить ответственность за общую инфраструктуру (очереди, кэш, мониторинг) "
        "между командой платформы и продуктовыми командами?",
    ),
    (
        "узкое место — сервис авторизации, все 40 сервисов ходят в него на каждый запрос. как "
        "разгрузить?",
    ),
    ("Какую схему хранения выбрать для показаний счётчиков воды: 8 млн квартир, раз в час?",),
    (
        "Как проектировать повторные попытки при вызове внешних API, чтобы не устроить лавину "
        "запросов, когда они поднимутся?",
    ),
    ("переезд со своего железа в облако: что переносить первым — базы или приложения?",),
    (
        _AGENT,
        "Посмотри репозиторий: три приложения копируют одну и ту же логику расчёта доставки. "
        "Составь план, как вынести её в отдельный модуль или сервис. Код пока не меняй.",
    ),
    (
        _Sys(
            "Ты — помощник архитектурного комитета банка. Отвечай по-русски, структурированно: "
            "решение, риски, открытые вопросы."
        ),
        "Оцените идею: перевести переводы между счетами на асинхронную очередь, а клиенту "
        "показывать статус «в обработке».",
    ),
    (
        _ASSISTANT,
        "как сделать, чтобы сбой одного поставщика данных не валил всю витрину цен?",
    ),
    (
        _Sys(
            "Ты проводишь тренировочное собеседование по проектированию систем. Задавай уточняющие "
            "вопросы и не выдавай готовое решение сразу."
        ),
        "хорошо, проектирую доску объявлений вроде Авито. начну с оценки нагрузки: 50 млн "
        "объявлений, 20 тыс. просмотров в секунду.",
    ),
    (
        "напиши SQL, который найдёт дубли клиентов по телефону",
        "```sql\nSELECT phone, count(*)\nFROM clients\nGROUP BY phone\nHAVING count(*) > 1;\n```",
        "спасибо. а в целом у нас клиентов заводят в пяти системах независимо. как построить "
        "единый справочник клиентов, чтобы все системы брали данные оттуда?",
    ),
    (
        "Спроектируй сервис доставки продуктов за 15 минут из тёмных складов.",
        "Разделю на части: каталог с остатками по каждому складу, корзина, оформление заказа, "
        "назначение сборщика и курьера, отслеживание. Остатки держим на уровне склада, заказ "
        "привязываем к ближайшему складу по зоне доставки, резерв товара — при оформлении.",
        "а если товар закончился, пока заказ собирают?",
    ),
    (
        "что почитать про распределённые системы?",
        "Начни с Клеппмана, «Высоконагруженные приложения», потом статьи про Dynamo и Spanner "
        "и курс MIT 6.824.",
        "ок, возьму Клеппмана. а пока практический вопрос: два сервиса пишут в одну таблицу "
        "остатков и иногда затирают друг другу изменения. как это решать на уровне "
        "архитектуры, а не костылями?",
    ),
    (
        "у нас Redis падает раз в неделю, переходить на кластер?",
        "Сначала стоит понять причину падений (память, fork при сохранении, долгие команды). "
        "Если нужна отказоустойчивость — Sentinel с репликой; кластер нужен, когда данные или "
        "нагрузка не помещаются в один узел.",
        "допустим, всё же кластер. как перестраивать приложения, которые используют транзакции "
        "MULTI по нескольким ключам?",
    ),
    (
        "Предложи разбиение интернет-банка на сервисы.",
        "Счета и остатки, платежи и переводы, карты, кредиты, вклады, уведомления, профиль "
        "клиента, антифрод. Общий вход через шлюз, события об операциях — в брокер.",
        "а выписки? отдельным сервисом или частью счетов?",
    ),
    (
        "как в three.js подсветить грань под курсором?",
        "Используй `Raycaster`: на `pointermove` считай пересечение с мешем, бери "
        "`intersection.face` и меняй цвет вершин этой грани через атрибут `color`.",
        "спасибо, сработало. теперь серверная часть: модели зданий по 2 ГБ надо нарезать на "
        "куски и отдавать по мере приближения камеры. как устроить конвейер обработки и "
        "хранение?",
    ),
)

_b3(
    "pt",
    ("como desacoplar o serviço de pedidos do faturamento sem perder nenhuma nota fiscal?",),
    (
        "na prática, quando vale escalar vertical e quando horizontal? nosso sistema de "
        "matrículas só tem pico em janeiro",
    ),
    (
        "Como montar a recuperação de desastres de um ERP que roda num único datacenter em "
        "Campinas?",
    ),
    (
        "gargalo no banco: 90% de CPU só com consulta de saldo. réplica, cache ou repensar o "
        "modelo?",
    ),
    (
        "como particionar uma tabela de mensagens do WhatsApp Business que cresce 200 milhões "
        "de linhas por mês?",
    ),
    (
        "Como desenhar a integração com o eSocial e a Receita sem travar a folha de pagamento "
        "quando o governo fica fora do ar?",
    ),
    (
        "tolerância a falhas num app de moto-táxi: o que acontece se o serviço de preço cair "
        "no meio da chamada?",
    ),
    (
        "Como organizar filas de prioridade pra emissão de boletos? cliente grande não pode "
        "esperar atrás de 1 milhão de boletos pequenos.",
    ),
    (
        "Qual arquitetura pra um sistema de agendamento de vacinação de um estado inteiro, com "
        "pico no primeiro dia de cada faixa etária?",
    ),
    (
        "replicação síncrona entre SP e Rio compensa a latência? é pra um sistema de custódia "
        "de ações",
    ),
    (
        "como fazer o app funcionar sem internet e sincronizar depois, num sistema de vistoria "
        "de imóveis?",
    ),
    (
        "o cálculo de frete é chamado por 6 sistemas e cada um tem uma cópia desatualizada das "
        "tabelas. como centralizar sem criar um ponto único de falha?",
    ),
    (
        "Como versionar os contratos entre o app do lojista e a API sem quebrar quem não "
        "atualiza o app?",
    ),
    (
        "balanceamento de carga com sessão presa ou sem estado? nosso sistema de leilão de "
        "gado guarda o lance atual em memória",
    ),
    (
        "Como evitar que dois atendentes peguem o mesmo chamado numa central com 800 "
        "atendentes ao mesmo tempo?",
    ),
    (
        "arquitetura de um programa de pontos compartilhado entre postos de gasolina, "
        "farmácias e supermercados parceiros",
    ),
    (
        "qual a melhor forma de guardar o histórico de preços de 5 milhões de produtos pra "
        "consultar qualquer data passada?",
    ),
    (
        "Como migrar 12 anos de arquivos de um servidor local (40 TB de PDFs) pro "
        "armazenamento em nuvem sem parar o sistema de protocolo?",
    ),
    (
        "como estruturar os eventos de domínio de uma seguradora: apólice emitida, sinistro "
        "aberto, indenização paga... quem publica e quem assina?",
    ),
    ("o que significa dizer que 'o log é a fonte da verdade' num sistema orientado a eventos?",),
    (
        "Como dimensionar a infra pra Black Friday? hoje são 2 mil pedidos por minuto e a "
        "gente espera 10 vezes isso.",
    ),
    (
        "Isolamento entre clientes: um cliente grande derrubou o sistema de todo mundo ontem. "
        "como evitar o 'vizinho barulhento'?",
    ),
    ("consistência forte no estoque ou aceito vender um pouco a mais e compensar depois?",),
    ("Como quebrar o sistema legado de contas a pagar em partes menores sem reescrever do zero?",),
    (
        "desenho de um sistema de cobrança recorrente com retentativa no cartão, troca de "
        "plano no meio do mês e emissão de nota",
    ),
    (
        "vale ter um barramento de eventos corporativo ou cada sistema conversa direto com o "
        "outro mesmo?",
    ),
    ("Como guardar e servir 2 bilhões de registros de ponto eletrônico com retenção de 5 anos?",),
    (
        _AGENT,
        "Dá uma olhada na pasta `modulos/`: são 22 módulos que se importam em círculo. Monta "
        "um plano em fases pra organizar as dependências, sem mexer no código ainda.",
    ),
    (
        _Sys(
            "Você é o assistente de arquitetura da equipe de plataforma de um banco digital. "
            "Responda em português, com prós e contras."
        ),
        "Queremos tirar a conciliação do lote noturno e fazer ela contínua, ao longo do dia. O "
        "que muda no desenho?",
    ),
    (
        _ASSISTANT,
        "qual seria um bom desenho pra distribuir atualização de preço pra 4 mil maquininhas e "
        "totens em lojas que ficam offline às vezes?",
    ),
    (
        _Sys(
            "Você é um entrevistador de system design. Faça perguntas de esclarecimento antes de "
            "avaliar."
        ),
        "beleza, vou desenhar um rastreio de encomendas tipo Correios. primeiro a estimativa: "
        "15 milhões de objetos por dia, cada um com uns 8 eventos.",
    ),
    (
        "me passa um exemplo de Dockerfile pra uma API em Node",
        "```dockerfile\nFROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci "
        '--omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n```',
        "valeu. agora uma dúvida maior: temos 18 APIs assim rodando em VMs soltas. como "
        "planejar a ida pra uma plataforma de contêineres sem parar nada?",
    ),
    (
        "Desenha um sistema de entrega de marmitas por assinatura, com rotas diárias.",
        "Partes principais: assinaturas e cardápio, geração dos pedidos do dia às 18h, "
        "roteirização em lote de madrugada, app do entregador com a rota e confirmação de "
        "entrega, e notificações pro cliente.",
        "e se a cozinha central atrasar, como o sistema refaz as rotas?",
    ),
    (
        "quanto é 15% de 3.400?",
        "510.",
        "obrigado! outra coisa: nosso serviço de comissão recebe 3.400 vendas por segundo no "
        "pico e atrasa tudo. como redesenhar pra venda não ficar esperando a comissão?",
    ),
    (
        "Como dividir um e-commerce em serviços?",
        "Catálogo, busca, carrinho, checkout, pagamentos, pedidos, logística e clientes, cada "
        "um com seu banco e conversando por eventos onde não precisa de resposta imediata.",
        "e o cupom de desconto, fica onde?",
    ),
    (
        "como faço um carrossel de imagens só com CSS?",
        "Dá pra usar `scroll-snap-type: x mandatory` no contêiner e `scroll-snap-align: start` "
        "em cada imagem, sem JavaScript.",
        "resolvido. agora o site inteiro: hoje é um WordPress que cai quando sai matéria no "
        "Fantástico. como reestruturar pra aguentar pico de 100 mil acessos simultâneos?",
    ),
    (
        "qual banco usar pra guardar conversas de chat?",
        "Depende do volume e do padrão de leitura. Pra muita escrita e leitura por conversa em "
        "ordem de tempo, Cassandra/ScyllaDB funcionam bem; pra volume menor, Postgres "
        "particionado resolve.",
        "são 40 milhões de mensagens por dia. e a busca dentro das conversas, fica num serviço "
        "separado?",
    ),
)

_b3(
    "fr",
    (
        "comment organiser un plan de reprise d'activité pour nos 3 applis métier si la salle "
        "serveur prend l'eau ?",
    ),
    (
        "Comment répartir la charge entre nos deux hébergeurs (OVH et Scaleway) sans que les "
        "sessions sautent ?",
    ),
    (
        "On a un goulot d'étranglement sur la base : chaque page fait 40 requêtes. On revoit "
        "le modèle, on met un cache, ou on découpe ?",
    ),
    (
        "Comment concevoir le traitement des demandes de bourses étudiantes : 800 000 dossiers "
        "déposés la même semaine, pièces justificatives, instruction par 30 rectorats ?",
    ),
    (
        "cohérence forte ou à terme pour les soldes de congés des salariés, consultés depuis 3 "
        "applis ?",
    ),
    (
        "Quelle architecture pour un service de signature électronique qui doit garder une "
        "preuve opposable pendant 10 ans ?",
    ),
    (
        "Comment découper la base commune quand on sort un premier service du monolithe ? on "
        "garde des vues partagées le temps de la transition ?",
    ),
    (
        "Tolérance aux pannes : si le service de tarification tombe, est-ce qu'on doit encore "
        "pouvoir vendre ?",
    ),
    (
        "Comment concevoir la synchro des dossiers de soins entre l'appli tablette des "
        "infirmières à domicile et le serveur, quand il n'y a pas de réseau chez le patient ?",
    ),
    (
        "Faut-il une base par microservice même pour des services qui ne font que lire le "
        "référentiel produits ?",
    ),
    (
        "notre traitement des virements plante parfois après avoir débité mais avant "
        "d'acquitter le message. comment on conçoit ça pour ne jamais débiter deux fois ?",
    ),
    (
        "Quelle stratégie de bascule entre deux régions pour une appli de téléconsultation qui "
        "ne doit jamais couper un appel en cours ?",
    ),
    (
        "comment versionner une API publique utilisée par 300 intégrateurs : dans l'URL, dans "
        "les en-têtes, ou pas du tout ?",
    ),
    (
        "répartition des données par client ou par date pour un entrepôt de 15 To de tickets "
        "de caisse ?",
    ),
    (
        "Notre appli de livraison de repas rame tous les midis. On ajoute de la mise à "
        "l'échelle automatique ou le problème est ailleurs ?",
    ),
    (
        "Comment organiser les équipes et les services pour qu'une nouvelle fonctionnalité ne "
        "demande pas de toucher 6 dépôts ?",
    ),
    (
        "conception d'un service de suivi des bus en temps réel pour une agglo de 400 "
        "véhicules, affichage aux arrêts compris",
    ),
    (
        "mise en cache des pages produit côté serveur ou côté CDN, quand les prix dépendent du "
        "magasin choisi ?",
    ),
    (
        "Comment faire cohabiter l'ancien et le nouveau système de facturation pendant un an "
        "sans factures en double ?",
    ),
    (
        "Quelle architecture pour calculer la paie de 60 000 agents chaque mois, avec des "
        "rappels rétroactifs sur 2 ans ?",
    ),
    (
        "Le service de recherche interroge directement la base des 4 autres services. Comment "
        "on casse ce couplage ?",
    ),
    (
        "Comment éviter que la panne d'un seul prestataire de paiement bloque toute la caisse "
        "en ligne ? On en a 3.",
    ),
    (
        "comment faire un système d'alertes pour 2 millions de sondes de température dans des "
        "entrepôts frigorifiques ?",
    ),
    (
        "interblocages à répétition depuis que 3 services écrivent dans les mêmes tables. je "
        "cherche une solution de conception, pas un patch",
    ),
    (
        "Comment concevoir les classements en direct d'un jeu mobile : 3 millions de joueurs, "
        "classement mondial et entre amis ?",
    ),
    (
        "découpage en domaines pour une appli de gestion locative : baux, quittances, travaux, "
        "relances... on met où les frontières ?",
    ),
    (
        "On garde les événements bruts pour toujours ou seulement des agrégats, sur une "
        "plateforme d'objets connectés ?",
    ),
    (
        _Sys(
            "Tu es l'assistant d'une équipe d'architectes d'une banque française. Réponds en "
            "français, avec des recommandations argumentées."
        ),
        "Votre avis : un seul cluster de base de données partagé par toutes les filiales, "
        "séparé par schéma. Ça tient à 15 filiales ?",
    ),
    (
        _IDE,
        "regarde l'arborescence : `app/` mélange contrôleurs, accès base et règles métier. "
        "Propose un découpage en couches et l'ordre des déplacements, fichier par fichier, "
        "avant qu'on touche quoi que ce soit.",
    ),
    (
        _ASSISTANT,
        "Comment concevoir un agenda partagé pour 40 000 salariés, avec réservation des salles "
        "et invitations externes ?",
    ),
    (
        _Sys(
            "Tu mènes un entretien blanc de conception de systèmes. Pose des questions avant de "
            "valider quoi que ce soit."
        ),
        "Pour le service de cagnottes en ligne je propose : une base relationnelle pour les "
        "contributions, une file pour les paiements et des compteurs en cache. Ça vous va "
        "comme point de départ ?",
    ),
    (
        "quelle est la meilleure saison pour visiter la Bretagne ?",
        "De fin mai à septembre : les journées sont longues et il pleut moins. Juin est "
        "souvent un bon compromis, moins de monde qu'en août.",
        "merci ! côté boulot maintenant : notre site de réservation de gîtes s'écroule chaque "
        "été. on envisage de séparer la recherche des réservations. ça se fait comment "
        "proprement ?",
    ),
    (
        "Conçois un système de vote électronique pour les élections du CSE d'une entreprise de "
        "20 000 salariés.",
        "Briques principales : liste électorale figée à l'ouverture, authentification des "
        "votants, urne chiffrée séparée de la liste d'émargement, dépouillement à plusieurs "
        "clés, journal d'audit.",
        "et comment on garantit qu'on ne puisse pas relier un bulletin à un votant, même avec "
        "un accès à la base ?",
    ),
    (
        "génère un formulaire d'inscription en React avec validation",
        '```jsx\nfunction Inscription() {\n  const [email, setEmail] = useState("");\n  '
        "const valide = /.+@.+\\..+/.test(email);\n  return <input value={email} onChange={e "
        "=> setEmail(e.target.value)} />;\n}\n```",
        "ok. maintenant l'inscription doit créer le compte dans 4 systèmes (CRM, facturation, "
        "support, newsletter). comment on orchestre ça sans que l'échec d'un seul bloque tout ?",
    ),
    (
        "On découpe notre appli de gestion de flotte en services : véhicules, conducteurs, "
        "entretien, carburant.",
        "Bon découpage de départ. Chaque service garde ses données ; les autres ne connaissent "
        "que les identifiants et reçoivent les changements par événements.",
        "et les amendes ? ça va avec le conducteur ou avec le véhicule ?",
    ),
    (
        "Propose une architecture pour un comparateur de prix des carburants alimenté par 11 "
        "000 stations.",
        "Ingestion des flux de prix dans une file, normalisation, stockage des prix courants "
        "(clé-valeur) et de l'historique (série temporelle), API de recherche géographique "
        "avec cache par zone.",
        "et si on veut prévenir les utilisateurs dès qu'un prix baisse près de chez eux ?",
    ),
    (
        "comment centrer une div ?",
        "Sur le parent : `display: flex; justify-content: center; align-items: center;`.",
        "top. question sérieuse maintenant : le front appelle 7 API différentes pour afficher "
        "l'accueil. on met une couche d'agrégation devant ou on revoit le découpage des "
        "services ?",
    ),
)

_b3(
    "es",
    (
        "¿cómo repartimos la carga entre dos centros de datos, Madrid y Barcelona, sin que se "
        "pisen las escrituras?",
    ),
    (
        "cuello de botella en la base de datos de fichajes: todo el mundo ficha a las 8:00. "
        "¿qué cambiarías en el diseño?",
    ),
    (
        "¿Cómo diseñarías la recepción de facturas de 20.000 proveedores que llegan por "
        "correo, portal y EDI, para que contabilidad las vea todas en un solo sitio?",
    ),
    (
        "¿Qué pasa con las reservas en curso si se cae la base principal? ¿Cómo se diseña la "
        "conmutación por error para un sistema de reservas de hotel?",
    ),
    (
        "tolerancia a fallos en el cobro de peajes: las cabinas no pueden dejar de cobrar "
        "aunque se caiga el servidor central",
    ),
    (
        "¿cómo diseñamos la trazabilidad de lotes de alimentos desde el productor hasta el "
        "súper, con 3.000 proveedores y retiradas de producto en horas?",
    ),
    (
        "escalabilidad de una app de quinielas: todo el mundo apuesta en los 10 minutos antes "
        "del partido",
    ),
    (
        "¿Cómo partirías un ERP hecho en casa con 15 años encima? No hay pruebas y nadie "
        "conoce todo el código.",
    ),
    (
        "¿qué estrategia seguimos para sacar los adjuntos (6 TB) de la base de datos a un "
        "almacenamiento de objetos sin parar la aplicación?",
    ),
    (
        "¿es buena idea que el servicio de clientes llame al de pedidos y el de pedidos al de "
        "clientes?",
    ),
    ("diseño de un sistema de cita previa para la ITV: 200 estaciones y franjas de 20 minutos",),
    (
        "Recuperación ante desastres de un clúster de Kubernetes con bases de datos dentro. "
        "¿Copias de los volúmenes o replicar a otra región?",
    ),
    (
        "¿dónde guardamos el estado de un proceso de alta de cliente que dura días y pasa por "
        "5 departamentos?",
    ),
    (
        "¿cómo reparto los datos de una red social de vecinos entre varios servidores si casi "
        "todas las consultas son por barrio?",
    ),
    (
        "consistencia eventual en el carrito entre la web y la app: ¿qué ve el usuario si "
        "añade algo en el móvil y luego abre el portátil?",
    ),
    (
        "¿Conviene una caché distribuida o una caché local en cada instancia para la "
        "configuración de tarifas?",
    ),
    (
        "Tenemos 3 sistemas de facturación heredados de distintas fusiones. ¿Cómo los "
        "unificamos sin que los clientes noten nada?",
    ),
    (
        "¿cómo diseñar un sistema de alertas de emergencia (terremotos) que avise a 5 millones "
        "de móviles en menos de 10 segundos?",
    ),
    (
        "¿Cómo controlamos el tráfico de los 40 clientes B2B que usan nuestra API para que uno "
        "solo no deje sin servicio a los demás?",
    ),
    (
        "arquitectura para una plataforma de cursos en vídeo: subida, transcodificación, "
        "subtítulos automáticos y reproducción en 4 calidades",
    ),
    (
        "¿cómo mantenemos sincronizados los precios entre la base central y las 50 bases "
        "locales de las tiendas?",
    ),
    (
        "¿qué ventaja real tiene el patrón de bandeja de salida frente a publicar el evento "
        "justo después del commit?",
    ),
    (
        "¿cómo planteamos la separación entre el backoffice interno y la API pública para que "
        "un fallo del backoffice no afecte a los clientes?",
    ),
    (
        "¿Cómo repartiríais los microservicios entre equipos si hay más servicios (30) que "
        "equipos (5)?",
    ),
    (
        "¿qué se rompe primero si nuestra app de reparto pasa de una ciudad a 40? hoy todo es "
        "un servidor con MySQL",
    ),
    (
        "¿cómo diseñaríais la plataforma de una liga de fútbol amateur con 8.000 equipos: "
        "calendarios, actas y resultados en directo?",
    ),
    (
        "particionado por fecha en la tabla de movimientos, vale, pero ¿y las consultas por "
        "cliente que abarcan 5 años?",
    ),
    (
        _AGENT,
        "Revisa el repo: cada servicio de `servicios/` tiene su propia copia de la lógica de "
        "autenticación. Propón cómo centralizarla y en qué orden, sin tocar código todavía.",
    ),
    (
        _Sys(
            "Eres el asistente técnico del equipo de arquitectura de una aseguradora. Responde en "
            "español y con recomendaciones concretas."
        ),
        "Queremos abrir la emisión de pólizas a 200 corredores externos. ¿Pasarela de API "
        "propia o un producto del mercado?",
    ),
    (
        _ASSISTANT,
        "¿cómo diseñaríais el préstamo de libros para las 150 bibliotecas de una red "
        "provincial, con reservas entre bibliotecas?",
    ),
    (
        _INTERVIEWER,
        "Vale, para las reservas de pistas de pádel empiezo por el modelo: club, pista, "
        "franja, reserva. ¿Cómo evito que dos personas reserven la misma franja a la vez?",
    ),
    (
        "¿cuánto es 2^32?",
        "4.294.967.296.",
        "justo lo que me temía. nuestros ids de pedido son enteros de 32 bits y hay 4 bases de "
        "datos que los generan por separado. ¿cómo rediseñamos la generación de ids sin parar "
        "el sistema?",
    ),
    (
        "Diseña el sistema de reservas de una cadena de 60 hoteles.",
        "Inventario de habitaciones por hotel y fecha, motor de tarifas, reservas, pagos e "
        "integración con Booking y Expedia a través de un channel manager. El inventario es la "
        "fuente de verdad y se bloquea por noche.",
        "¿y cómo evitamos vender la misma habitación por Booking y por la web a la vez?",
    ),
    (
        "pásame un ejemplo de docker-compose con postgres y redis",
        "```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      "
        "POSTGRES_DB: app\n  cache:\n    image: redis:7\n```",
        "gracias. en producción son 11 servicios y el compose se nos queda corto. ¿qué "
        "arquitectura de despliegue nos recomiendas y cómo migramos sin cortar?",
    ),
    (
        "Propón cómo separar nuestra app de Flask en módulos: usuarios, pedidos, pagos, informes.",
        "Un blueprint por dominio, cada uno con sus modelos, servicios y rutas; los módulos "
        "solo se llaman a través de funciones públicas de su capa de servicio, nunca tocando "
        "los modelos de otro.",
        "¿y los informes, que leen de todo?",
    ),
    (
        "¿me recomiendas una serie para este finde?",
        "Si te van los thrillers, prueba «La casa de papel» o «Dark».",
        "jaja la apunto. oye, tema curro: la plataforma de vídeo interna para formación va "
        "fatal cuando hay más de 500 personas viendo el mismo vídeo. ¿cómo la reestructuro?",
    ),
    (
        "Diseñamos un programa de fidelización para una cadena de cafeterías.",
        "Componentes: monedero de puntos por cliente, catálogo de recompensas, motor de "
        "promociones y conexión con el TPV de cada cafetería mediante eventos de venta.",
        "¿y cómo evitamos que alguien acumule puntos dos veces con el mismo ticket?",
    ),
)

_b3(
    "it",
    (
        "come suddividereste in servizi un gestionale per studi dentistici? agenda, cartelle, "
        "fatturazione, magazzino",
    ),
    (
        "Il nostro gestionale in Delphi parla direttamente col database da 200 postazioni. "
        "Come lo portiamo verso un'architettura a servizi un pezzo alla volta?",
    ),
    (
        "Bilanciamento del carico con sessioni legate al server o applicazione senza stato? La "
        "nostra app tiene il carrello in sessione.",
    ),
    (
        "come garantire la coerenza tra magazzino e negozio online quando un articolo viene "
        "venduto nel punto vendita fisico?",
    ),
    (
        "tolleranza ai guasti per la centrale operativa del 118: cosa succede se cade il "
        "sistema di smistamento delle chiamate?",
    ),
    (
        "Come progettare la replica del database tra la sede di Milano e quella di Bari se la "
        "linea è lenta?",
    ),
    (
        "Quale strategia per spostare 20 anni di documenti protocollati da un vecchio sistema "
        "documentale a uno nuovo senza fermare gli uffici?",
    ),
    (
        "come partizionereste i dati di una piattaforma di annunci di lavoro con 40 milioni di "
        "candidature?",
    ),
    (
        "Come si disaccoppiano due servizi che oggi si chiamano a vicenda in modo sincrono "
        "ogni volta che cambia un ordine?",
    ),
    (
        "ha senso un livello di cache davanti a un'API esterna lenta (il catasto) che cambia "
        "raramente?",
    ),
    (
        "Come progettare l'emissione dei biglietti del treno regionale: app, biglietterie "
        "automatiche e controllori che lavorano offline",
    ),
    (
        "chi deve essere il proprietario del dato 'cliente' se lo usano vendite, assistenza e "
        "fatturazione?",
    ),
    (
        "Come versioniamo gli eventi che mandiamo ai partner esterni senza costringerli ad "
        "aggiornarsi tutti insieme?",
    ),
    (
        "Come organizzereste i servizi per la gestione delle multe di una polizia municipale: "
        "verbali, notifiche, pagamenti, ricorsi?",
    ),
    (
        "Come scalare il sistema di prenotazione degli esami universitari che all'apertura "
        "riceve 50.000 accessi in un minuto?",
    ),
    (
        "coda di messaggi o database condiviso per passare i lavori tra l'ufficio preventivi e "
        "la produzione?",
    ),
    (
        "Come progettare un sistema che distribuisce gli aggiornamenti software a 50.000 "
        "caldaie connesse senza bloccarle tutte insieme?",
    ),
    (
        "strategia di failover automatico per Postgres: Patroni basta o serve altro con due "
        "data center?",
    ),
    (
        "come dividere le responsabilità tra app mobile, backend per il mobile e servizi di "
        "dominio?",
    ),
    (
        "serve un orchestratore di processi per l'apertura di un conto che coinvolge 7 sistemi "
        "diversi?",
    ),
    (
        "Come fareste il caricamento notturno di 3 milioni di righe di listini dai fornitori "
        "senza rallentare il sito?",
    ),
    (
        "che differenza c'è tra scalare in verticale e in orizzontale per un database? e per "
        "un servizio senza stato?",
    ),
    (
        "Come suddividere un monorepo da 2 milioni di righe in moduli con confini chiari? Da "
        "dove si parte?",
    ),
    (
        "architettura per il noleggio di sale prova musicali in 80 città, con pagamento "
        "anticipato e rimborso se la sala è inagibile",
    ),
    (
        "i nostri tre data center devono restare coerenti sulle giacenze: replica sincrona, "
        "asincrona o un altro modello?",
    ),
    ("come evitare che un servizio lento faccia cadere a catena tutti gli altri?",),
    (
        "modello dati e servizi per un'app di condominio: spese, assemblee, segnalazioni, "
        "bacheca. Come li separo?",
    ),
    (
        _AGENT,
        "Guarda la cartella `moduli/`: ordini, clienti e magazzino si importano a vicenda. "
        "Prima di toccare il codice, fammi un piano per separarli in pacchetti con dipendenze "
        "in un solo verso.",
    ),
    (
        _Sys(
            "Sei l'assistente del comitato architetturale di una compagnia assicurativa. Rispondi "
            "in italiano, con pro e contro."
        ),
        "Proposta: spostare il calcolo dei premi dal mainframe a un servizio in cloud, "
        "lasciando il mainframe come archivio. Rischi?",
    ),
    (
        _ASSISTANT,
        "come progettereste un servizio che traduce automaticamente le schede prodotto in 12 "
        "lingue ogni volta che cambiano?",
    ),
    (
        _Sys("Stai conducendo un colloquio di system design. Fai domande prima di dare giudizi."),
        "Per la prenotazione dei traghetti ipotizzo 2 milioni di prenotazioni l'anno, con "
        "picchi estivi 20 volte superiori. Parto dal modello dei posti o dai pagamenti?",
    ),
    (
        "chi ha vinto lo scudetto nel 2001?",
        "La Roma, allenata da Fabio Capello.",
        "esatto 😄 ora una cosa seria: il nostro sito di risultati sportivi in diretta crolla "
        "la domenica pomeriggio. come lo ripensiamo per reggere i picchi?",
    ),
    (
        "Progetta l'architettura di una piattaforma per la consegna della spesa dei "
        "supermercati di quartiere.",
        "Catalogo per negozio, ordini, assegnazione dei fattorini, notifiche e pagamenti; le "
        "disponibilità arrivano dai gestionali dei negozi tramite un servizio di integrazione.",
        "e se il negozio non ha un gestionale e le disponibilità le aggiorna a mano?",
    ),
    (
        "come faccio a far ruotare un cubo in three.js?",
        "Nel ciclo di rendering: `cube.rotation.y += 0.01;` prima di `renderer.render(scene, "
        "camera)`.",
        "fatto, grazie. ora il lato server: vogliamo generare le anteprime di 200.000 modelli "
        "del catalogo ogni volta che cambiano, con GPU in cloud accese solo quando serve. come "
        "progettiamo la coda dei lavori?",
    ),
    (
        "Come dividereste un CRM in servizi?",
        "Anagrafica clienti, opportunità, attività, campagne e reportistica; l'anagrafica "
        "pubblica eventi sulle modifiche e gli altri tengono solo i dati che servono loro.",
        "e le email, le mandano le campagne o un servizio a parte?",
    ),
    (
        "Progettiamo la piattaforma di un festival musicale: biglietti, ingressi, pagamenti "
        "cashless.",
        "Biglietteria online, varchi con lettura dei braccialetti RFID, borsellino elettronico "
        "per i pagamenti ai bar e un backend che riconcilia tutto a fine giornata.",
        "e se al festival la rete cade per un'ora, come si pagano le birre?",
    ),
    (
        "Consigli per una cena per 8 persone?",
        "Un risotto ai funghi come primo, arrosto con patate e un tiramisù preparato il giorno "
        "prima.",
        "perfetto, grazie! domanda di lavoro: dobbiamo tenere allineati gli orari dei negozi "
        "tra sito, app, Google e 3 marketplace. qual è la fonte di verità e come propaghiamo "
        "le modifiche?",
    ),
)

_b3(
    "ko",
    ("분산 락 없이 포인트 차감을 안전하게 하는 설계가 있을까요?",),
    ("이중화를 어떻게 구성해야 서버 한 대가 죽어도 결제가 안 멈출까요?",),
    ("부하 분산을 L4에서 할지 L7에서 할지, 판단 기준이 뭔가요?",),
    ("장애 조치를 자동화하면 두 대가 동시에 주 서버가 되는 경우는 없나요?",),
    (
        "주문 API가 초당 3천 건에서 더 안 올라가요. 서버를 늘려도 그대로인데 구조적으로 어디가 병목일까요?",
    ),
    ("회원 데이터를 무중단으로 새 DB로 이관하는 순서 좀 알려주세요. 회원은 2천만 명입니다.",),
    ("서비스 간 결합도를 낮추려면 어떤 기준으로 경계를 나눠야 하나요?",),
    ("재해 복구 훈련을 하려는데, 복구 목표 시간이 1시간이면 어떤 구성이 필요해요?",),
    ("배달 앱에서 배차 기능을 별도 서비스로 떼야 할까요, 주문 서비스 안에 둘까요?",),
    ("정산은 하루 한 번 일괄 처리가 나아요, 실시간 집계가 나아요? 거래는 하루 500만 건이에요",),
    (
        "사내 메신저 첨부파일 저장소를 어떻게 설계하면 용량이 덜 들까요? 같은 파일이 수십 번씩 올라와요",
    ),
    ("공공기관 민원 접수 시스템이 마감일마다 접속이 폭주해요. 대기열 말고 다른 방법 있나요?",),
    ("데이터 이관할 때 기존 시스템이랑 새 시스템에 동시에 쓰는 기간을 두는 게 맞나요?",),
    (
        "쿠폰, 포인트, 적립금이 각각 다른 서비스에 있는데 결제할 때 한 번에 차감하려면 어떻게 설계해요?",
    ),
    ("게시글 조회수를 매번 DB에 바로 쓰니까 느려요. 구조를 어떻게 바꿀까요?",),
    ("검색어 자동완성 서비스 설계해 주세요. 하루 검색 1억 건, 응답은 50ms 이내",),
    (
        "모바일 앱 오프라인 모드에서 수정한 일정이 서버랑 충돌하면 어느 쪽을 살려야 하나요? 동기화 구조 설계 부탁해요",
    ),
    ("이체 내역을 5년 보관해야 하는데, 오래된 데이터는 어떻게 분리해서 저장하는 게 좋을까요?",),
    (
        "사용자 행동 기록을 모아서 추천에 쓰려고 해요. 수집부터 저장까지 전체 흐름을 어떻게 잡을까요?",
    ),
    ("택배사 API가 자주 느려지는데, 우리 서비스 전체가 같이 느려지지 않게 하려면요?",),
    (
        "한 서비스에 테이블이 400개예요. 어떤 테이블끼리 묶어서 서비스를 나눌지 판단하는 방법이 있나요?",
    ),
    ("병원 예약 서비스 확장성 고민입니다. 병원 3천 곳, 오전 9시에 예약이 몰려요",),
    (
        "주식 주문 체결 메시지는 종목별로 순서가 지켜져야 하는데, 처리 서버를 여러 대로 늘리면서 순서를 지키려면 어떻게 나눠야 해요?",
    ),
    ("재고를 이벤트를 쌓는 방식으로 관리하면 현재 재고는 어떻게 빨리 조회해요?",),
    (
        "해외 진출하면서 데이터를 나라별로 따로 둬야 한대요. 서비스는 하나로 두고 저장소만 나눌 수 있을까요?",
    ),
    ("요청마다 권한 확인하러 인증 서버를 호출하니까 느려요. 검증 구조를 어떻게 바꿔야 할까요?",),
    ("캐시 만료를 시간 기준 말고 변경 이벤트로 처리하려면 구조를 어떻게 바꿔야 하나요?",),
    (
        _AGENT,
        "`common/` 모듈을 서비스 12개가 다 참조하고 있어요. 코드 고치기 전에 이걸 어떤 순서로 쪼갤지 계획부터 정리해 주세요.",
    ),
    (
        _Sys("당신은 사내 아키텍처 검토 도우미입니다. 한국어로, 위험 요소와 대안을 함께 답하세요."),
        "주문 DB를 고객 ID 기준으로 8개로 나누자는 안이 올라왔어요. 판매자별 정산 조회는 어떻게 되나요?",
    ),
    (
        _ASSISTANT,
        "아파트 관리비 고지서를 매달 100만 세대에 보내는 시스템, 어떤 구조가 좋을까요?",
    ),
    (
        _INTERVIEWER,
        "좋아요, 주제가 '오늘의 운세' 푸시 알림이죠. 매일 아침 7시에 3천만 명에게 보낸다고 가정하고 시작할게요.",
    ),
    (
        "자바에서 리스트 정렬하는 법?",
        "`list.sort(Comparator.comparing(User::getName));` 처럼 Comparator를 넘기면 됩니다.",
        "감사요. 다른 건데, 우리 랭킹 서비스가 매번 전체 유저를 정렬해서 순위를 만들거든요. 유저 500만 명이면 구조를 어떻게 바꿔야 할까요?",
    ),
    (
        "온라인 강의 플랫폼 설계해 주세요.",
        "강의 관리, 수강 신청, 결제, 동영상 인코딩과 스트리밍, 진도 관리로 나누고, 영상은 객체 스토리지와 CDN으로 제공하는 구조를 추천합니다.",
        "진도율을 10초마다 저장하면 DB가 버틸까요?",
    ),
    (
        "점심 메뉴 추천해줘",
        "오늘은 김치찌개 어때요? 날씨가 쌀쌀하면 딱이에요.",
        "ㅋㅋ 좋네요. 근데 진짜 질문은 이거예요. 사내 식당 예약 시스템이 11시 50분만 되면 죽는데, 구조를 어떻게 바꾸면 될까요?",
    ),
    (
        "스프링 멀티모듈로 나누고 있어요. core, api, batch.",
        "core에 도메인 모델과 비즈니스 로직, api에 컨트롤러와 웹 설정, batch에 잡 정의를 두고 api와 batch가 core만 의존하게 하면 됩니다.",
        "그럼 결제나 알림 같은 외부 연동 코드는 어느 모듈에 둬요?",
    ),
    (
        "이 에러 뭐예요? `Connection is not available, request timed out after 30000ms`",
        "HikariCP 커넥션 풀이 고갈돼서 30초 동안 커넥션을 못 얻은 상황입니다. 긴 트랜잭션이나 커넥션 누수를 먼저 확인해 보세요.",
        "풀 크기를 늘려도 또 터져요. 서비스 20개가 DB 하나를 같이 쓰는 구조 자체가 문제일까요?",
    ),
    (
        "중고차 경매 플랫폼 설계해 주세요. 경매는 30분, 입찰은 실시간이에요.",
        "차량 등록, 경매 일정, 입찰 처리, 낙찰과 결제, 알림으로 나누고 입찰은 경매별로 한 곳에서 순서대로 처리하는 구조가 좋습니다.",
        "마감 직전 1초에 입찰이 몰리면요?",
    ),
)

_b3(
    "de",
    (
        "Wie sollten wir die Zuständigkeiten zwischen Bestellung, Lager und Versand schneiden, "
        "wenn alle drei die Artikelstammdaten brauchen?",
    ),
    ("Ausfallsicherheit für eine Feuerwehr-Leitstelle: was muss alles doppelt ausgelegt sein?",),
    (
        "Lastverteilung über zwei Rechenzentren, aber die Datenbank kann nur an einem Standort "
        "schreiben – wie geht man damit um?",
    ),
    (
        _IDE,
        "In `src/` hängt alles an `Helpers.cs` mit 5.000 Zeilen. Mach mir einen Plan, wie wir "
        "das auf fachliche Projekte aufteilen, Schritt für Schritt und ohne Big Bang.",
    ),
    (
        "Entwirf die Datenhaltung für ein elektronisches Fahrtenbuch: 30.000 Firmenwagen, "
        "GPS-Position jede Minute.",
        "Rohpositionen als Zeitreihe mit Partitionierung nach Tag, daraus berechnete Fahrten "
        "als eigene Datensätze, und eine Auswertungsschicht für Abrechnung und Steuer.",
        "und wenn ein Fahrzeug eine Woche keine Verbindung hat und dann alles auf einmal schickt?",
    ),
    (
        "Wie entkoppeln wir die Buchhaltung vom Webshop, damit ein Ausfall im Rechnungswesen "
        "keine Bestellungen kostet?",
    ),
)

_b3(
    "zh",
    ("多个机房之间怎么做流量调度，让用户就近接入？",),
    ("订单号怎么设计，才能既支持分库路由又能按时间排序？",),
    ("新老系统并行跑一个月，数据对账方案怎么设计？",),
    (
        _Sys("你是公司内部的架构评审助手，请用中文回答，先给结论再列风险。"),
        "我们打算把所有服务的配置都放到一个配置中心，万一配置中心挂了怎么办？整体方案怎么设计才稳？",
    ),
    (
        "设计一个停车场管理系统，全市 2000 个停车场。",
        "车场端部署本地网关，负责车牌识别上报和道闸控制；云端拆成车场管理、计费、支付、月卡和对账几个服务，事件通过消息队列同步。",
        "车场断网的时候怎么继续收费放行？",
    ),
    ("一个接口要调七八个下游服务拼数据，响应要 2 秒多，从架构上怎么优化？",),
)

_b3(
    "ja",
    ("予約の二重登録を防ぐ仕組み、排他ロックを使わずに設計できますか？",),
    (
        "基幹システムと周辺システムの連携を、ファイル連携からイベント連携へ段階的に移すにはどう進めればいい？",
    ),
    ("災害対策で東西二拠点構成にしたいけど、書き込みはどっちの拠点で受けるべき？",),
    (
        _AGENT,
        "このリポジトリ、`services/` 配下の10サービスが同じDBスキーマを直接参照しています。まだコードは触らず、データの持ち主をどう分けていくか計画を出してください。",
    ),
    (
        "宅配ロッカーのシステムを設計してください。全国5,000か所です。",
        "ロッカー端末、荷物の割り当て、受取コードの発行、通知、保管期限の管理に分けて、端末とはMQTTでやり取りする構成がよいと思います。",
        "ロッカー端末が圏外になったときも受け取れるようにするには？",
    ),
    ("夜間バッチ1本が12時間かかるようになった。処理の分割と並列化の方針をどう立てる？",),
)
# b3-end


# --------------------------------------------------------------------------------------------
# Fourth hand-written batch: short conceptual and definitional questions (what is X, why does
# it behave so, when to use it, X vs Y), mostly fr, pt, it, ko, ru and es, where the model
# confused such questions with `general`. Every entry is hand-written and has its own group
# ("architecture/b4/<lang>/<nnn>").
# --------------------------------------------------------------------------------------------

_B4: list[tuple[str, Entry]] = []


def _b4(lang: str, *entries: Entry) -> None:
    _B4.extend((lang, entry) for entry in entries)


# b4-begin (fourth batch data)
_b4(
    "fr",
    ("c'est quoi un bounded context, en deux phrases ?",),
    ("à quoi sert un agrégat en DDD ?",),
    ("Différence entre événement de domaine et événement d'intégration ?",),
    ("le théorème CAP, ça s'applique vraiment à une base mono-nœud ?",),
    ("C'est quoi la linéarisabilité ?",),
    ("pourquoi parle-t-on de split brain dans un cluster à deux nœuds ?",),
    ("à quoi sert un jeton de fencing avec un verrou distribué ?",),
    ("Raft ou Paxos : quelle différence concrète pour un architecte ?",),
    ("c'est quoi le hachage cohérent et pourquoi les nœuds virtuels ?",),
    ("Quand préférer l'orchestration à la chorégraphie entre services ?",),
    ("qu'est-ce qu'une transaction compensatoire ?",),
    ("c'est quoi le pattern inbox, par rapport à l'outbox ?",),
    ("Un read model en CQRS, c'est juste une vue matérialisée ?",),
    ("à quoi sert une projection en event sourcing ?",),
    ("Pourquoi un monolithe distribué est pire qu'un monolithe ?",),
    ("c'est quoi la loi de Conway ?",),
    ("RPO et RTO, c'est quoi la différence ?",),
    ("Pilot light ou warm standby pour un PRA, ça change quoi ?",),
    ("c'est quoi une architecture cellulaire (cell-based) ?",),
    ("À quoi sert le shuffle sharding ?",),
    ("pourquoi ajouter du jitter aux retries ?",),
    ("c'est quoi le load shedding ?",),
    ("Un BFF, ça sert à quoi exactement ?",),
    ("Quelle différence entre API gateway et service mesh ?",),
    ("c'est quoi un ADR et qui doit l'écrire ?",),
    ("le modèle C4, ça sert à quoi ?",),
    ("C'est quoi une fitness function en architecture évolutive ?",),
    ("SLI, SLO, SLA : qui fait quoi ?",),
    ("c'est quoi un error budget ?",),
    ("Pourquoi les services doivent-ils être sans état ?",),
    ("event-carried state transfer, ça veut dire quoi ?",),
    ("à quoi sert le compactage de log dans Kafka ?",),
    ("L'architecture en oignon, c'est pareil que l'hexagonale ?",),
)
_b4(
    "pt",
    ("o que é um agregado no DDD?",),
    ("qual a diferença entre evento de domínio e evento de integração?",),
    ("o que é linguagem ubíqua e por que importa na hora de separar serviços?",),
    ("o que é um context map?",),
    ("o que é o teorema CAP, explicado de forma simples?",),
    ("o que é split brain e como evitar?",),
    ("pra que serve hashing consistente?",),
    ("por que usar relógio vetorial em vez de timestamp?",),
    ("o que é CRDT e quando usar?",),
    ("qual a diferença entre particionamento e sharding?",),
    ("o que é o padrão outbox?",),
    ("por que escrita dupla no banco e na fila dá problema?",),
    ("quando usar CDC em vez de publicar o evento pela aplicação?",),
    ("o que é uma saga orquestrada?",),
    ("o que é TCC (try-confirm-cancel)?",),
    ("event sourcing e CQRS são a mesma coisa?",),
    ("o que é o padrão strangler fig?",),
    ("o que é branch by abstraction?",),
    ("migração expand/contract, como funciona?",),
    ("pra que serve espelhar tráfego (shadow traffic) antes de migrar?",),
    ("canary ou blue-green: qual a diferença?",),
    ("service mesh resolve o quê que uma lib de retry não resolve?",),
    ("bulkhead: o que é esse padrão?",),
    ("RPO e RTO, qual a diferença?",),
    ("ativo-ativo ou ativo-passivo: quando usar cada um?",),
    ("por que a arquitetura hexagonal separa portas e adaptadores?",),
    ("o que é um monolito distribuído?",),
    ("a lei de Conway vale pra time pequeno também?",),
    ("o que é arquitetura medallion (bronze, prata, ouro)?",),
    ("ETL ou ELT, qual a diferença?",),
    ("o que é watermark em processamento de streams?",),
    ("silo, pool ou bridge em multi-tenancy: o que significa cada um?",),
    ("o que é zero trust na arquitetura de rede?",),
)
_b4(
    "es",
    ("¿qué es un bounded context?",),
    ("¿para qué sirve un agregado en DDD?",),
    ("¿qué es el lenguaje ubicuo?",),
    ("¿qué es un shared kernel entre contextos?",),
    ("¿qué es la consistencia causal?",),
    ("¿linealizabilidad y serializabilidad son lo mismo?",),
    ("¿qué es el split brain en un clúster?",),
    ("¿por qué Raft necesita mayoría?",),
    ("¿por qué el hashing consistente mueve tan pocas claves al añadir un nodo?",),
    ("¿cuándo hace falta una clave de idempotencia en una API?",),
    ("¿at-least-once o exactly-once? ¿qué diferencia hay?",),
    ("¿para qué sirve el patrón inbox si ya tengo outbox?",),
    ("¿qué es una transacción compensatoria?",),
    ("¿por qué el two-phase commit se bloquea si cae el coordinador?",),
    ("¿qué es una proyección en event sourcing?",),
    ("¿qué es branch by abstraction?",),
    ("¿canary o blue-green? ¿en qué se diferencian?",),
    ("¿qué diferencia hay entre RPO y RTO?",),
    ("¿qué es una arquitectura basada en celdas?",),
    ("¿qué es el radio de impacto (blast radius) de un fallo?",),
    ("¿por qué se añade jitter a los reintentos?",),
    ("¿qué es el load shedding?",),
    ("¿qué es un BFF (backend for frontend)?",),
    ("¿qué es un ADR y cuándo se escribe uno?",),
    ("¿qué es el modelo C4?",),
    ("¿qué es un presupuesto de errores?",),
    ("¿por qué importa la ley de Conway al partir servicios?",),
    ("¿qué es la maniobra inversa de Conway?",),
    ("¿qué es un monolito distribuido?",),
    ("¿qué es la arquitectura medallón?",),
    ("¿data mesh o data lake centralizado? ¿qué cambia?",),
    ("¿cuándo usar un topic compactado en Kafka?",),
    ("¿qué es el noisy neighbor en multi-tenant?",),
)
_b4(
    "it",
    ("cos'è un bounded context?",),
    ("a cosa serve un aggregato nel DDD?",),
    ("differenza tra evento di dominio ed evento di integrazione?",),
    ("perché il teorema CAP dice che devo scegliere?",),
    ("cos'è la consistenza causale?",),
    ("perché con due nodi rischio lo split brain?",),
    ("a cosa serve il consistent hashing?",),
    ("quando ha senso usare i CRDT?",),
    ("cos'è una chiave di idempotenza?",),
    ("perché l'exactly-once è così difficile?",),
    ("cos'è il pattern outbox?",),
    ("cosa succede se il coordinatore del 2PC muore a metà?",),
    ("orchestrazione o coreografia: quando l'una e quando l'altra?",),
    ("CQRS senza event sourcing ha senso?",),
    ("cos'è il pattern strangler fig?",),
    ("cos'è una migrazione expand and contract?",),
    ("canary release e blue-green: che differenza c'è?",),
    ("a cosa serve un circuit breaker?",),
    ("perché si aggiunge jitter al backoff esponenziale?",),
    ("a cosa serve il load shedding?",),
    ("RPO e RTO, cosa misurano?",),
    ("active-active o active-passive per il disaster recovery?",),
    ("cos'è l'architettura esagonale?",),
    ("che differenza c'è tra monolite modulare e microservizi?",),
    ("cos'è la legge di Conway?",),
    ("a cosa serve un ADR?",),
    ("cos'è un error budget negli SRE?",),
    ("SLO e SLA sono la stessa cosa?",),
    ("lambda e kappa architecture: differenze?",),
    ("cos'è un lakehouse?",),
    ("perché un service mesh usa i sidecar?",),
    ("cos'è lo zero trust applicato ai microservizi?",),
    ("schema registry: a cosa serve davvero?",),
)
_b4(
    "ko",
    ("바운디드 컨텍스트가 뭐예요?",),
    ("DDD에서 애그리거트는 왜 필요해요?",),
    ("도메인 이벤트랑 통합 이벤트 차이가 뭐예요?",),
    ("CAP 정리가 정확히 무슨 뜻이에요?",),
    ("PACELC는 CAP랑 뭐가 달라요?",),
    ("선형성(linearizability)이 뭔가요?",),
    ("스플릿 브레인이 왜 생겨요?",),
    ("Raft에서 리더 선출은 어떻게 돼요?",),
    ("일관된 해싱(consistent hashing)은 왜 쓰나요?",),
    ("벡터 클럭은 언제 필요해요?",),
    ("결제 API에서 말하는 멱등성 키가 뭐예요?",),
    ("at-least-once랑 exactly-once 차이가 뭐예요?",),
    ("트랜잭셔널 아웃박스 패턴이 뭔가요?",),
    ("CDC가 뭐예요? 디비지움이랑 같은 거예요?",),
    ("사가 패턴에서 오케스트레이션이랑 코레오그래피 차이는요?",),
    ("2PC는 왜 MSA에서 잘 안 써요?",),
    ("이벤트 소싱이 뭐예요? 그냥 이력 테이블이랑 달라요?",),
    ("CQRS에서 읽기 모델은 어떻게 최신 상태를 유지해요?",),
    ("레거시 전환할 때 말하는 스트랭글러 패턴이 뭐예요?",),
    ("카나리 배포랑 블루그린 배포 차이가 뭐예요?",),
    ("벌크헤드 패턴은 언제 써요?",),
    ("지수 백오프에 지터를 왜 넣어요?",),
    ("RPO랑 RTO 차이가 뭐예요?",),
    ("셀 기반 아키텍처가 뭐예요?",),
    ("BFF 패턴은 언제 쓰는 게 좋아요?",),
    ("API 게이트웨이랑 서비스 메시는 뭐가 달라요?",),
    ("클린 아키텍처랑 헥사고날 아키텍처 차이가 뭐예요?",),
    ("콘웨이 법칙이 뭐예요? 팀 구조랑 무슨 상관이에요?",),
    ("ADR(아키텍처 결정 기록)은 왜 써요?",),
    ("SLO랑 에러 버짓은 어떤 관계예요?",),
    ("데이터 메시가 뭐예요? 데이터 레이크랑 뭐가 달라요?",),
    ("카프카 로그 컴팩션은 언제 써요?",),
    ("제로 트러스트 아키텍처가 뭐예요?",),
)
_b4(
    "ru",
    ("что такое bounded context простыми словами?",),
    ("зачем в DDD нужны агрегаты?",),
    ("чем доменное событие отличается от интеграционного?",),
    ("что такое единый язык (ubiquitous language)?",),
    ("что на самом деле утверждает теорема CAP?",),
    ("что такое линеаризуемость?",),
    ("чем линеаризуемость отличается от сериализуемости?",),
    ("что такое split brain и откуда он берётся?",),
    ("зачем нужен fencing token при распределённой блокировке?",),
    ("почему Raft проще Paxos?",),
    ("что такое консистентное хеширование?",),
    ("что такое векторные часы?",),
    ("что такое CRDT и где их применяют?",),
    ("чем партиционирование отличается от шардирования?",),
    ("что такое паттерн transactional outbox?",),
    ("что такое паттерн inbox?",),
    ("что такое компенсирующая транзакция?",),
    ("оркестрация или хореография саг — в чём разница?",),
    ("что такое проекция в event sourcing?",),
    ("зачем нужен CQRS?",),
    ("что такое паттерн strangler fig?",),
    ("что такое миграция expand/contract?",),
    ("чем канареечный релиз отличается от blue-green?",),
    ("что такое bulkhead?",),
    ("зачем нужен jitter в ретраях?",),
    ("чем RPO отличается от RTO?",),
    ("что такое распределённый монолит?",),
    ("что такое закон Конвея?",),
    ("что такое ADR и зачем их писать?",),
    ("что такое бюджет ошибок?",),
    ("что такое лямбда-архитектура?",),
    ("что такое data mesh?",),
    ("что такое zero trust применительно к сети сервисов?",),
)
_b4(
    "de",
    ("was ist ein Bounded Context eigentlich?",),
    ("Wozu braucht man im DDD Aggregate?",),
    ("Unterschied zwischen Domain Event und Integration Event?",),
    ("was ist Split Brain und wie verhindert man das?",),
    ("Wozu ein Fencing Token bei verteilten Locks?",),
    ("Warum braucht ein Raft-Cluster eine ungerade Knotenzahl?",),
    ("Wozu dient eine Anti-Corruption Layer?",),
    ("was heißt eigentlich RPO und RTO?",),
    ("Was ist ein verteilter Monolith?",),
    ("was ist Conways Gesetz?",),
)
_b4(
    "zh",
    ("什么是防腐层（ACL），什么时候需要？",),
    ("什么是读己之写（read-your-writes）一致性？",),
    ("领域事件和集成事件有什么区别？",),
    ("什么是 PACELC？和 CAP 有什么不同？",),
    ("Redis 主从切换时为什么会出现脑裂？",),
    ("一致性哈希为什么要加虚拟节点？",),
    ("什么是事务性发件箱（outbox）模式？",),
    ("TCC 和 Saga 有什么区别？各适合什么场景？",),
    ("RPO 和 RTO 分别是什么意思？",),
    ("康威定律对服务拆分有什么影响？",),
)
_b4(
    "ja",
    ("腐敗防止層（ACL）は何のために置くの？",),
    ("DDDの集約はなぜ必要なんですか？",),
    ("ドメインイベントと統合イベントの違いは？",),
    ("CAP定理って結局何を言っているの？",),
    ("スプリットブレインはなぜ起きる？",),
    ("コンシステントハッシュで仮想ノードを使う理由は？",),
    ("冪等キーって何のために使うの？",),
    ("2相コミットでコーディネーターが落ちるとどうなる？",),
    ("DRの話で出てくるRPOとRTOの違いを教えて",),
    ("分散モノリスって何がまずいの？",),
)
_b4(
    "en",
    ("what is a bounded context?",),
    ("why do aggregates matter in DDD?",),
    ("domain event vs integration event?",),
    ("what is split brain in a cluster?",),
    ("what's a fencing token for?",),
    ("what is change data capture and where does it fit?",),
    ("what is an anti-corruption layer?",),
    ("what's the difference between RPO and RTO?",),
    ("what is a distributed monolith?",),
    ("what is cell-based architecture?",),
)
# b4-end


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------


def _split(entry: Entry) -> Built:
    system: str | None = None
    turns: list[str] = []
    for part in entry:
        if isinstance(part, _Sys):
            system = part.prompt
        else:
            turns.append(part)
    return system, tuple(turns)


def _hand_examples() -> Iterator[Example]:
    counts: dict[str, int] = {}
    for lang, entry in _HAND:
        counts[lang] = counts.get(lang, 0) + 1
        system, turns = _split(entry)
        group = f"{LABEL}/{lang}/{counts[lang]:03d}"
        yield chat(LABEL, lang, group, *turns, system=system)


def _second_batch() -> Iterator[Example]:
    counts: dict[str, int] = {}
    for lang, entry in _B2:
        counts[lang] = counts.get(lang, 0) + 1
        system, turns = _split(entry)
        group = f"{LABEL}/b2/{lang}/{counts[lang]:03d}"
        yield chat(LABEL, lang, group, *turns, system=system)


def _third_batch() -> Iterator[Example]:
    counts: dict[str, int] = {}
    for lang, entry in _B3:
        counts[lang] = counts.get(lang, 0) + 1
        system, turns = _split(entry)
        group = f"{LABEL}/b3/{lang}/{counts[lang]:03d}"
        yield chat(LABEL, lang, group, *turns, system=system)


def _fourth_batch() -> Iterator[Example]:
    counts: dict[str, int] = {}
    for lang, entry in _B4:
        counts[lang] = counts.get(lang, 0) + 1
        system, turns = _split(entry)
        group = f"{LABEL}/b4/{lang}/{counts[lang]:03d}"
        yield chat(LABEL, lang, group, *turns, system=system)


def examples() -> Iterator[Example]:
    yield from _hand_examples()
    yield from _second_batch()
    yield from _third_batch()
    yield from _fourth_batch()
    yield from _templated(random.Random(7_340_211))
