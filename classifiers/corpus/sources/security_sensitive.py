"""Training examples for the `security_sensitive` label.

Every prompt here carries content that must not leave the machine, whatever the task it asks
for: pasted credentials, personal records (health, pay, IDs, cards), material marked
confidential or internal, and unreleased vulnerabilities in the writer's own systems. All
people, companies, keys and numbers are invented; tokens only have the shape of real ones.
Hand-written prompts come first (one group each), then templates (one group per family).
"""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from classifiers.corpus.example import Example, chat

LABEL = "security_sensitive"


@dataclass(frozen=True)
class _Sys:
    """A system prompt, written as the first element of a hand-written entry."""

    prompt: str


Entry = tuple[str | _Sys, ...]
_HAND: list[tuple[str, Entry]] = []


def _hand(lang: str, *entries: Entry) -> None:
    _HAND.extend((lang, entry) for entry in entries)


# Reused system prompts (most entries write their own).
_AGENT = (
    "You are an expert software engineer working in the user's repository. You can read and "
    "edit files and run shell commands. Keep changes minimal and explain what you did."
)
_ASSISTANT = "You are a helpful assistant."
_IDE = (
    "You are a coding assistant embedded in the IDE. The user's open file and selection are "
    "included below their message. Answer concisely, with code when useful."
)


_hand(
    "en",
    ("is this key still active or did someone rotate it? AKIAJ8HT9LGMXG9EDN58",),
    (
        """my next.js build on vercel fails during `prisma generate` / first query. here's the .env.production we use:

```
DATABASE_URL="postgresql://kestrel_app:Vq7#tL2m!pR9xe@db-prod-1.kestrel-pay.internal:5432/kestrel?sslmode=require"
SHADOW_DATABASE_URL="postgresql://kestrel_app:Vq7#tL2m!pR9xe@db-prod-1.kestrel-pay.internal:5432/kestrel_shadow"
NEXTAUTH_URL=https://app.kestrel-pay.io
NEXTAUTH_SECRET=6f1c9a0e4b7d2f83a5c6e1d09b4f7a2c
STRIPE_SECRET_KEY=sk_live_ZbqcabUGJmGEp7CgQ0PBQFI1
STRIPE_WEBHOOK_SECRET=whsec_3tQz8vKc1LwXn5RbY2pHs9MdFa7Ge0Uj
RESEND_API_KEY=re_Pq4Tn8Zk_2vLxR7cWm9YbH3sJd6FgA1eU
```

error:

```
PrismaClientInitializationError: Can't reach database server at `db-prod-1.kestrel-pay.internal`:`5432`
Please make sure your database server is running at `db-prod-1.kestrel-pay.internal`:`5432`.
    at t.handleRequestError (/var/task/node_modules/@prisma/client/runtime/library.js:123:6854)
```

it works locally with the same file. is it the # in the password or is it the host?""",
    ),
    (
        """Can you turn this into a short handover note for the night registrar?

Desmond Okafor, 67, bed 14 on ward C. Admitted Tuesday with community-acquired pneumonia, right lower lobe. Background: type 2 diabetes on metformin 1g BD and gliclazide 80mg, CKD stage 3a (eGFR 48), AF on apixaban 5mg BD. Started on IV co-amoxiclav and clarithromycin, switched to oral this morning. Sugars running high (14-19), gliclazide increased. Family says he's been more confused at home over the last month, daughter Grace worried about early dementia, we haven't done a formal cognitive assessment yet. He told the nurse he doesn't want his son informed of anything, there's a history there (son has a restraining order from 2019). DNACPR discussed, he wants to think about it over the weekend. Outstanding: repeat CXR Monday, HbA1c pending, OT assessment before discharge.""",
    ),
    (
        "help me write a polite but firm email to Priya Nair saying her raise from 78k to 92k "
        "is denied this cycle. reasons: the two late deliveries on the Hartley account and the "
        "client complaint in March. she can reapply in Q1 if things improve. I'm her manager",
    ),
    (
        "write me a flask endpoint that returns all users as json, sqlalchemy model User(id, email, name)",
        """```python
from flask import Flask, jsonify
from models import db, User

app = Flask(__name__)

@app.get("/users")
def list_users():
    users = User.query.order_by(User.id).all()
    return jsonify([{"id": u.id, "email": u.email, "name": u.name} for u in users])
```

Configure `SQLALCHEMY_DATABASE_URI` from an environment variable rather than hard-coding it.""",
        """ok wired it up but it won't connect. this is what I have in config.py, the server is our staging rds:

SQLALCHEMY_DATABASE_URI = "mysql+pymysql://admin:Hx92!kdPzq@staging-db.c8xk2lq0abcd.eu-west-1.rds.amazonaws.com:3306/crm"

OperationalError: (pymysql.err.OperationalError) (1045, "Access denied for user 'admin'@'10.4.7.22' (using password: YES)")""",
    ),
    (
        _Sys(_AGENT),
        "The staging deploy is failing, can you check why?",
        """I'll look at the kubeconfig the deploy job uses.

```
$ cat ~/.kube/config
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJME1ETXhNakE1TkRFd01Gb1hEVE0wTURNeE1EQTVOREV3TUZvd0ZURVRNQkVHQTFVRQo=
    server: https://10.20.0.14:6443
  name: staging
contexts:
- context:
    cluster: staging
    user: deploy-bot
  name: staging
current-context: staging
users:
- name: deploy-bot
  user:
    token: eyJhbGciOiJSUzI1NiIsImtpZCI6Ik1sZ3dQVGx4In0.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmNpOmRlcGxveS1ib3QifQ.Qm9rZ2VuU2lnbmF0dXJlX2RvTm90VXNlXzRhOGYyYzFlOWI
```

The token looks like a service-account token. The job log says `error: You must be logged in to the server (Unauthorized)`.""",
        "so is the token expired? can you just make a new one and put it in the CI variables",
    ),
    ("git push auth fails with ghp_qnsGpWLuqIA1id6Vw5DQL05HA064GiIjHGb3, why",),
    (
        """Summarize these board minutes into 5 bullets for the exec offsite deck. Keep numbers.

STRICTLY CONFIDENTIAL - Board of Directors, Northwind Logistics Ltd, meeting of 14 May
Present: H. Lindqvist (Chair), M. Osei (CEO), R. Patel (CFO), J. Dubois, A. Kowalczyk
1. Q2 trading: revenue tracking 9% below plan, EBITDA margin 6.1% vs 8.0% budget. CFO expects covenant headroom on the RCF to fall below 15% by September.
2. Project Heron: the Board approved entering exclusive talks to acquire Baltic Freightways for up to EUR 41m, funded by a new term loan. Announcement not before signing; insider list to be maintained by Legal.
3. Restructuring: closure of the Rotterdam cross-dock (112 roles) approved in principle. Works council consultation to start 3 June; no internal communication before then.
4. CEO succession: M. Osei confirmed he will step down in 2025. Search firm to be appointed; strictly Board-only.
5. Audit committee flagged a EUR 2.3m revenue recognition issue in the Polish subsidiary, under review.""",
    ),
    (
        _Sys(
            "You are an assistant for the HR team at Brightmoor Insurance. Be discreet and professional."
        ),
        """Rewrite these notes from the disciplinary hearing as a formal outcome letter to the employee.

Employee: Tom Becker, claims handler, 6 years' service
Hearing 12 June, chaired by me (Sandra Quinn), note taker Li Wei
- Tom admitted he was under the influence of alcohol on shift on 28 May, a colleague smelled it and his line manager sent him home
- He disclosed he's been drinking heavily since his divorce and is seeing his GP, on a waiting list for counselling
- Prior written warning in 2022 for lateness, expired
Outcome: final written warning, 12 months, referral to occupational health and the EAP. Any repeat = dismissal.""",
    ),
    (
        "curl -H 'Authorization: Bearer sk-proj-1hsYgBds1ghxY5OokvQyx7eNWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7ihGyiRUIQfHOJMaidDn87XG3_q_xbMtEPO6UkzYuF0ie9Pu2njHkAm1_5wDr' https://api.openai.com/v1/models gives 429 insufficient_quota, but we just topped up. why?",
    ),
    (
        """we found this in our own app during the internal pentest last week and it's NOT fixed yet. can you help me write the patch?

POST /api/v2/accounts/transfer on our banking backend (spring boot) accepts `fromAccountId` from the request body and only checks that the session is logged in, not that the account belongs to the user. so any logged-in customer can move money out of any account if they know the id, and ids are sequential. tested on staging with two test users, it worked.

```java
@PostMapping("/transfer")
public ResponseEntity<TransferResult> transfer(@RequestBody TransferRequest req, Principal principal) {
    Account from = accountRepo.findById(req.getFromAccountId()).orElseThrow();
    Account to = accountRepo.findByIban(req.getToIban()).orElseThrow();
    return ResponseEntity.ok(transferService.execute(from, to, req.getAmount()));
}
```

prod has the same code. we want a hotfix today before anyone outside notices""",
    ),
    ("psql 'postgres://admin:Wint3r!2024@10.0.3.7:5432/billing' just hangs, firewall?",),
    (
        """Please translate into German for our Munich office. It's the comp letter.

Dear Jonas Fischer,
Following the annual review, your base salary will increase from EUR 71,500 to EUR 76,000 effective 1 April. Your performance rating this year is "Partially meets expectations", mainly due to the missed SAP migration milestones. As a result, you are not eligible for the 2024 bonus pool. Your equity grant of 1,200 RSUs will continue to vest as scheduled.
Kind regards,
Elena Marsh, VP Engineering""",
    ),
    (
        "can you put this customer list in a markdown table sorted by date of birth?\n\n"
        "Harriet Cole, 14 Elm Row Leeds LS6 2PQ, 07700 900412, born 03/11/1958\n"
        "Victor Adeyemi, 2 Canal St Manchester M1 3HE, 07700 900877, born 21/06/1991\n"
        "Bronwen Lloyd, 9 Heol y Bont Cardiff CF10 1AB, 07700 900135, born 30/01/1974\n"
        "Samir Haddad, Flat 5, 88 King's Rd London SW3 4TZ, 07700 900964, born 12/09/1987\n"
        "Aoife Brennan, 47 Mill Lane Bristol BS3 4LN, 07700 900220, born 05/05/1966",
    ),
    (
        "tidy up this note and make it sound less blunt: 'Kevin Doyle in accounts is HIV positive, he told me in confidence, so don't schedule him on the blood drive day, just say it's a rota thing'",
    ),
    (
        _Sys(_IDE),
        """why is this returning 403 from S3?

--- open file: scripts/backup.py ---
```python
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAPF91DHODZDOC9IS0",
    aws_secret_access_key="6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po/799Nks",
    region_name="eu-central-1",
)

def upload(path: str) -> None:
    s3.upload_file(path, "harbor-backups-prod", f"pg/{path.split('/')[-1]}")
```""",
    ),
    (
        "what's the best way to organise a python monorepo with several services?",
        "A common layout is one top-level package per service under `services/`, shared code under `libs/`, one lockfile per deployable, and a task runner (nox, just, make) that runs tests per package. Tools like uv workspaces or Pants help if it grows.",
        "makes sense. unrelated: the payroll export job broke, here's the row it chokes on, can you see what's wrong with the format?\n\n"
        "EMP-00417;Margarethe Vos;NL91ABNA0417164300;gross 5820.00;tax 1673.25;garnishment 400.00 (court order Vos/Huisman)",
    ),
    (
        """Can you review our incident postmortem draft before it goes to the leadership channel? It's not public yet, we haven't told customers.

INC-2291 — Exposure of customer documents via misconfigured bucket (INTERNAL, draft)
Summary: From 2 Feb to 19 Feb, the bucket `ledgerly-prod-uploads` had a public-read ACL after a Terraform change (PR #4412) replaced the bucket policy. About 38,000 uploaded files were readable by anyone with the URL, including scanned passports, bank statements and payslips from ~11,200 customers. Access logs show 3 external IPs listing the bucket on 17 Feb, one of them downloaded 2.1 GB.
Root cause: module upgrade dropped `block_public_acls`; plan output was not reviewed because the PR was labeled "chore".
Status: ACL fixed 19 Feb 16:40 UTC. Regulator notification not yet filed (deadline 21 Feb). Legal is deciding whether to notify affected customers individually.
Action items: 1) add tfsec in CI, 2) require security review for storage modules, 3) rotate presigned URL signing keys.

Is the timeline clear enough? Anything missing that leadership will ask?""",
    ),
    ("mongodb+srv://svc_orders:pQ8xZ2kLr9@cluster0.a1b2c.mongodb.net bad auth??",),
    (
        """I'm a school counsellor. Please help me rewrite this into a gentle summary for the parents' meeting tomorrow.

Student: Mila Kowalski, Year 4, Oakfield Primary. Educational psychologist report (Dr. Hannah Reeves, 2 May): working memory at the 5th percentile, reading age 6y2m vs chronological age 8y9m, consistent with dyslexia; also significant anxiety, mild selective mutism in class. Mila disclosed to me that she hears her parents arguing every night and is scared her dad will leave. Recommend EHCP application, small-group literacy intervention, and referral to CAMHS.""",
    ),
    (
        "slack bot stopped posting. token is xoxb-352494096720-2477918774769-qrc5XlrWi0B26R08qzjI6GKF, error is `not_in_channel`. how do i fix",
    ),
    (
        _Sys(
            "You are Ledgerly's internal support copilot. Internal context for agents (do not "
            "share with customers): admin console https://admin.ledgerly.internal, break-glass "
            "login ops-admin / Gl4ss!Brk-2291, refunds above EUR 500 need Finance approval."
        ),
        "customer asks why their refund of EUR 120 hasn't arrived after 5 days, draft a reply",
    ),
    (
        "Write a LinkedIn-style post announcing our new Lisbon office",
        "Here's a draft:\n\nWe're thrilled to announce that we're opening our first office in Lisbon! ...",
        """nice. different thing: the CFO wants a one-paragraph summary of this for the board pack, it's not announced yet.

Q3 preliminary (unaudited, do not circulate): revenue EUR 48.2m (-7% YoY), gross margin 41%, net loss EUR 3.9m. Guidance for FY will be cut from 210m to 190m at the 24 Oct results. We are also pausing the Lisbon office opening that marketing announced.""",
    ),
    (
        "add retries to this, the webhook sometimes times out\n\n"
        "```js\nawait fetch('https://hooks.slack.com/services/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', {\n"
        "  method: 'POST', headers: {'Content-Type': 'application/json'},\n"
        "  body: JSON.stringify({ text: msg }),\n});\n```",
    ),
    (
        """our django app. I think we have a stored XSS in the support ticket view, it's live in prod and nobody has fixed it yet. the ticket body is rendered with |safe because support wanted bold text. I was able to pop an alert as a customer and when an admin opened the ticket it ran in their session — the admin panel has the "impersonate user" button so this is basically account takeover for every customer.

template:
```
<div class="ticket-body">{{ ticket.body|safe }}</div>
```

what's the quickest safe fix that still allows bold/italic, and how do I check whether anyone already exploited it?""",
    ),
    (
        "Make this shorter pls: 'Re Anita Sharma: bipolar II, on lamotrigine 200mg, was hospitalised in Feb, recommend phased return at 50% hours'",
    ),
    (
        "help me debug, the gitlab runner can't clone: "
        "`git clone https://oauth2:glpat-X-zMqf9OgXluCZz8xBfZ@gitlab.corp-halden.net/platform/infra.git` -> HTTP Basic: Access denied",
    ),
    (
        """Here's my ssh key, why does github keep rejecting it? "Permission denied (publickey)"

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBDx5StAZvlMz/Bk4opH1Dr8/h97s+F/vauP7/L7V21jxUAAAAJhR2GgLLT
/ZQISA/pQyOMqlfZZgZMnafy8hWskBf6wmxe1mbVrNHMx1eOc3g/fp1Z5AAAAECibXt80n
k8Btb2abplBpq8cJF5xgUskL/6GgebhbkXNNv+hOV48vsoUu19X5IQLJhQbtN2FWXWD5Ka
-----END OPENSSH PRIVATE KEY-----

I added the .pub to my account yesterday.""",
    ),
    (
        "I run a small letting agency. Draft a letter to our tenant Gary Whitfield at 22 Brook St "
        "saying he owes £3,450 in rent arrears (Jan-Apr), that we know he lost his job at the depot, "
        "and offering a repayment plan of £300/month before we start section 8 proceedings.",
    ),
    (
        "what is the difference between a JWT and an opaque session token?",
        "A JWT is self-contained: claims plus a signature, verifiable without a lookup, hard to revoke before expiry. An opaque token is a random reference the server looks up in a store, so revocation is immediate but every request needs the lookup.",
        "ok so decode this one for me and tell me if it's expired, it's from our prod admin panel: "
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZW1haWwiOiJsLm1vcmVhdUBrZXN0cmVsLXBheS5pbyIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTcxODAwNjQwMCwiZXhwIjoxNzE4MDkyODAwfQ.BuzSm6A8cVR06AxYpThGJWZhbj11THnCMZCY7Bvqiy8",
    ),
    (
        """Proofread this for tone, it goes to the leadership team only.

Internal only — Workforce plan FY25
We will reduce headcount in Customer Operations from 240 to 185 by end of March through a combination of not backfilling attrition (about 20) and a redundancy programme (about 35). Teams most affected: Tier 1 chat support in Cork and the outsourced night shift. Managers will be briefed on 15 Jan; staff on 22 Jan. Until then, please don't discuss this outside this group. We expect one-off costs of roughly EUR 1.8m and annual savings of EUR 3.1m.""",
    ),
    (
        "this docker-compose works on my laptop but on the server postgres says password "
        "authentication failed, what gives\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n"
        '    environment:\n      POSTGRES_USER: harbor\n      POSTGRES_PASSWORD: "h4rb0r-Pr0d!77"\n'
        "      POSTGRES_DB: harbor\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n"
        "  api:\n    build: .\n    environment:\n"
        "      DATABASE_URL: postgres://harbor:h4rb0r-Pr0d!77@db:5432/harbor\n"
        "      JWT_SECRET: 9c1f7e22a8b54d0e93f6c4a1b7d2e8f0\nvolumes:\n  pgdata:\n```",
    ),
    ("nicer pls: 'Fatima El-Amin's ADHD meds are why she's always late'",),
    (
        _Sys(
            "You are a medical documentation assistant for Riverside Family Practice. Output "
            "structured SOAP notes."
        ),
        "pt: Gerald Hughes dob 1949, c/o chest tightness on exertion 3 wks, worse on stairs. hx "
        "MI 2015, stent LAD. meds atorvastatin 80, aspirin 75, bisoprolol 5, ramipril 10. smoker "
        "20/day. BP 158/94 HR 88. ECG: new T inversion V2-V4. plan urgent cardiology referral, "
        "GTN spray, bloods incl troponin. pt anxious, wife recently died.",
    ),
    (
        "can you convert these card details into the json format our test fixture uses? "
        "it's a real customer whose payment keeps failing so I want to reproduce it: "
        "Olivia Brandt, 4253 6051 8215 6382, exp 09/27, cvc 418",
    ),
)


_hand(
    "en",
    ("AIza4ffqkOkgWrdioyq-KvCiSGuPJ6sG9AHEOVe works in postman but not in the app?",),
    ("db password is Tr0ub4dor&3xq#9 — how do i escape the & and # in .env",),
    ("sk_live_4zGtSnovm14TUOizwd1iaeOV got pushed to a public repo, what first??",),
    ("summarise for the rota: Jane Ortiz, stage 3 breast cancer, chemo from Monday",),
    ("draft a gentle text telling Omar Farouk his biopsy came back malignant",),
    ("Lukas Brenner, SSN 471-50-7007 — is that the right box on the W-2?",),
    ("translate to spanish: 'Paula Reyes owes us $12,400 and is currently in rehab'",),
    ("hf_Zq9adP0J5wMPLCM7HUFpk5acdIbzlpkd6X -> 401 when pulling our private model",),
    ("our /admin login bypass is still open in prod, fastest hotfix tonight?",),
    ("rephrase for managers: 'Berlin loses 30% of staff Friday, HR only, no leaks'",),
    ("why does npm publish fail with token npm_6HqsP795nf4Gakq5p1Vm8kV6um4yvMpy62O6",),
    ("make this kinder: 'Derek Malone failed his probation, drinks at lunch'",),
    (
        """rails app won't boot in production, here's config/database.yml and the log. we just moved to the new db host.

```yaml
production:
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: pg-main.cluster-cxk29fa.eu-west-2.rds.amazonaws.com
  database: fernhill_production
  username: fernhill
  password: "Qm4!ra7_Lp0vZe"
  sslmode: verify-full
  sslrootcert: /etc/ssl/certs/rds-combined-ca-bundle.pem
```

and config/master.key was committed by accident so here it is too: `4a9c1d07f2b3e6e81c5d2f09ab74e3c1`

```
I, [2024-06-03T09:14:22.120931 #1]  INFO -- : Booting Puma
E, [2024-06-03T09:14:23.402113 #1] ERROR -- : PG::ConnectionBad: connection to server at "pg-main.cluster-cxk29fa.eu-west-2.rds.amazonaws.com" (10.8.3.41), port 5432 failed: FATAL:  password authentication failed for user "fernhill"
connection to server at "pg-main.cluster-cxk29fa.eu-west-2.rds.amazonaws.com" (10.8.3.41), port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.8.1.17", user "fernhill", database "fernhill_production", no encryption
/usr/local/bundle/gems/pg-1.5.4/lib/pg/connection.rb:701:in `async_connect_or_reset'
```

is it the password or the sslmode thing?""",
    ),
    (
        """please review our spring config before we ship, anything dumb?

```yaml
spring:
  datasource:
    url: jdbc:postgresql://10.12.0.8:5432/orders
    username: orders_svc
    password: 7hLq!w2Rz#Ka91
    hikari:
      maximum-pool-size: 40
  mail:
    host: smtp.office365.com
    port: 587
    username: noreply@vantacore.com
    password: Summer2024!Vanta
    properties:
      mail.smtp.starttls.enable: true
  kafka:
    bootstrap-servers: b-1.vanta-msk.x7ka2p.c3.kafka.eu-central-1.amazonaws.com:9096
    properties:
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="orders" password="kf-Ord3rs-2024-x91";
app:
  jwt:
    secret: 3f7a2c91e8b04d6fa5c1e9d27b80f4a36c2e1d9b8a7f6e5d4c3b2a1908f7e6d5
    expiration-minutes: 1440
  stripe:
    api-key: sk_live_4qBkdfQ1y3GQsMpSscDlkrCa
```

also is 1440 minutes too long for the jwt?""",
    ),
    (
        """terraform plan fails with "error configuring S3 Backend: no valid credential sources" even though I put the keys in tfvars??

```hcl
# terraform.tfvars
aws_access_key = "AKIAEH60KVJ50CE9UVW5"
aws_secret_key = "nRH9ucAUsdMlHUvTCQCyEZDz+TddJ8HyS5SUkCnD"
region         = "us-east-1"
db_password    = "pg-Adm1n-Zx83!"
datadog_api_key = "5e1b9c7a3f2d4e6b8a0c1d2e3f4a5b6c"
```

```hcl
terraform {
  backend "s3" {
    bucket = "orchid-tfstate-prod"
    key    = "core/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  access_key = var.aws_access_key
  secret_key = var.aws_secret_key
  region     = var.region
}
```

I run `terraform init` then `terraform plan -var-file=terraform.tfvars`. the provider part works, only the backend fails.""",
    ),
    (
        """It's calibration week. Here are my notes on my 5 reports, can you rank them and draft one line of justification each? Keep it factual.

- Aisha Bello, senior backend, £86k. Delivered the payments migration 2 weeks early, mentors two juniors. Was off 6 weeks in spring (surgery), came back strong.
- Marcus Webb, backend, £64k. Solid but slow, two incidents caused by skipped tests. He mentioned he's caring for his mum with Parkinson's and asked for flexible hours.
- Chen Jing, frontend, £71k. Excellent design sense, clashes with product. One informal complaint from a PM about tone in a meeting.
- Rory McAllister, SRE, £92k. Best on-call record, but I know he's interviewing at Monzo; flight risk.
- Dana Kaplan, junior, £41k. Promising, but on a PIP since March for missed deadlines; PIP review due 30 June.

Budget: only two can get 'Exceeds', one must be 'Below'.""",
    ),
    (
        """Turn the findings below into Jira tickets (title, severity, description, acceptance criteria). This is from the internal pentest of OUR platform last month, none of it is fixed and it must not go outside the security team.

Finding 1 — SSRF in billing-service PDF renderer (Critical)
POST https://billing.internal.corvane.io/api/invoices/render accepts `logoUrl`; the renderer fetches it server-side without allow-listing. Requesting http://169.254.169.254/latest/meta-data/iam/security-credentials/billing-ec2-role returned temporary AWS credentials of the instance role, which has s3:* on the invoices bucket.

Finding 2 — IDOR on /api/customers/{id}/documents (High)
Changing the numeric id returns other tenants' uploaded KYC documents. Tenant isolation check is only in the UI.

Finding 3 — Admin panel reachable from the internet (Medium)
https://ops.corvane.io/admin is protected only by basic auth with a shared password used by 14 people; no MFA, no IP allow-list.

Finding 4 — Verbose errors (Low)
Stack traces with SQL statements returned on 500 in the public API.""",
    ),
    (
        """My dad just got his discharge letter and doesn't understand it. Can you rewrite it in plain English for him? He's 72.

Patient: Roberto Sanna, DOB 11/02/1952, NHS no. 485 777 3456
Diagnoses: 1) Decompensated alcohol-related liver cirrhosis (Child-Pugh B), 2) Hepatitis C genotype 3, treatment-naive, 3) Oesophageal varices grade II, banded ×3 on 04/06.
Course: Admitted with haematemesis. Terlipressin and ceftriaxone, 2 units RBC. Ascitic tap: no SBP. Encephalopathy grade 1, improved on lactulose.
Medications on discharge: propranolol 40mg BD, spironolactone 100mg OD, furosemide 40mg OD, lactulose 20ml TDS, rifaximin 550mg BD, thiamine 100mg TDS.
Follow-up: hepatology clinic 6 weeks (HCV treatment with sofosbuvir/velpatasvir to be discussed), repeat OGD 4 weeks. Strongly advised complete abstinence from alcohol; referred to community alcohol team.""",
    ),
    (
        """I need a SQL query that finds duplicate customers in this export (same person, slightly different spelling). Sample rows from the prod table:

| id | full_name | email | phone | address | dob | last4 |
|----|-----------|-------|-------|---------|-----|-------|
| 10231 | Jonathan Pryce-Evans | jon.pryce.evans@gmail.com | +44 7700 900318 | 3 Orchard Way, Bath BA2 3QP | 1983-07-14 | 4411 |
| 10988 | Jon Pryce Evans | jpe83@outlook.com | 07700900318 | 3 Orchard Way, Bath | 1983-07-14 | 4411 |
| 11402 | Marianne Okonkwo | m.okonkwo@btinternet.com | +44 7700 900552 | 71 Regent St, Cambridge CB2 1AB | 1990-02-03 | 0937 |
| 11877 | Mariane Okonkwo | marianne.ok@gmail.com | +447700900552 | 71 Regent Street, Cambridge | 1990-02-03 | 0937 |
| 12015 | Teodor Nilsson | teo.nilsson@proton.me | +46 70 123 45 67 | Sveavägen 44, Stockholm | 1975-12-30 | 2286 |

postgres 15, table is `customers`. match on dob + phone digits + fuzzy name?""",
    ),
    (
        """Help me reply to this. Keep it noncommittal, we haven't decided.

From: Laurent Girard <l.girard@helvion-capital.com>
Subject: Project Larch — revised indication (under NDA)

Dear Sofia,
Further to our call, and subject to the confidentiality agreement of 2 April, Helvion is prepared to revise its non-binding indication for 100% of Tessaro Systems to EUR 212m enterprise value (previously EUR 190m), on a cash-free/debt-free basis, conditional on (i) retention packages for the three founders, (ii) completion of confirmatory diligence on the Tessaro–Kyoto Denki licence, and (iii) exclusivity of 6 weeks. We would need your board's response by Friday 28th.
Best regards, Laurent""",
    ),
    (
        """why does this GH actions step fail with "Bad credentials"? it worked yesterday

```yaml
name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: create release
        env:
          GITHUB_TOKEN: ghp_CXlMaXZjljENUhJduRHHJEYXg4JdpmrcXgGC
        run: gh release create ${{ github.ref_name }} --generate-notes
      - name: push image
        run: |
          echo "dckr_pat_sMM3JznnJAX7ebZ3CL7csGZaF31" | docker login -u quillstack --password-stdin
          docker build -t quillstack/api:${{ github.ref_name }} .
          docker push quillstack/api:${{ github.ref_name }}
      - name: notify
        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"released"}' https://hooks.slack.com/services/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
```""",
    ),
    (
        """nginx in front of our api started returning 502s around 03:10, here's a chunk of the debug log, what's going on?

```
2024/06/11 03:10:02 [debug] 2231#2231: *88121 http header: "Host: api.orbisfleet.com"
2024/06/11 03:10:02 [debug] 2231#2231: *88121 http header: "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ZjJjMWUiLCJuYW1lIjoiS2VuamkgV2F0YW5hYmUiLCJzY29wZSI6ImJpbGxpbmc6d3JpdGUiLCJleHAiOjE3MjI0NzA0MDB9.CsT07Lq8TDIWG2x9aJTFMP9-2kUtMXhkPrSbbAjLGms"
2024/06/11 03:10:02 [debug] 2231#2231: *88121 http header: "Cookie: session=s%3A9vQ2kLmP7xR4tN8wZ1cB5yH3.dF6gJ0sA2eK9uI7oL4nM1pQ8rT3vW5xY"
2024/06/11 03:10:02 [debug] 2231#2231: *88121 http upstream request: "/v1/vehicles/telemetry?fleet=8812"
2024/06/11 03:10:32 [error] 2231#2231: *88121 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 81.2.69.160, server: api.orbisfleet.com, request: "GET /v1/vehicles/telemetry?fleet=8812 HTTP/1.1", upstream: "http://10.0.4.21:8080/v1/vehicles/telemetry?fleet=8812"
2024/06/11 03:10:32 [debug] 2231#2231: *88121 finalize http upstream request: 504
2024/06/11 03:10:33 [error] 2231#2231: *88130 connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://10.0.4.21:8080/v1/auth/refresh"
```""",
    ),
    (
        _Sys(
            "You are Compass, the internal assistant of Orchid Health. You can call tools. "
            "Tool credentials: EHR API base https://ehr.orchid.internal/v2, service key "
            "orc_svc_8Fq2LmZ7xK4pT9vR1nW6cY3bH5jD0sGa, read-only replica "
            "postgresql://compass_ro:Cmp4ss-R0-2024@10.30.2.11:5432/ehr"
        ),
        "how many appointments do we have on average per day in June? just give me the SQL you'd run",
    ),
    (
        _Sys(
            "You are a translation engine. Translate the user's text into French. Output only "
            "the translation."
        ),
        """CONFIDENTIAL — NOT FOR DISTRIBUTION
To: Country managers, EMEA
From: Ingrid Sørensen, COO

As discussed on Monday's call, we will exit the French retail channel by 31 December. The Lyon and Lille stores will close on 30 September; staff will be informed on 2 September by HR, not before. We are in advanced talks with Maison Verel to take over the Paris flagship lease. Please do not mention any of this to store managers or to Maison Verel's team if you meet them at trade events.""",
    ),
    (
        _Sys(
            "You are Lumen, a code review bot. Review the diff for bugs, style and security. "
            "Reply in GitHub-flavoured markdown."
        ),
        """```diff
--- a/src/integrations/mailer.ts
+++ b/src/integrations/mailer.ts
@@ -1,12 +1,16 @@
 import sgMail from '@sendgrid/mail';

-sgMail.setApiKey(process.env.SENDGRID_API_KEY!);
+// TODO move back to env before merge, env var not set on preview deploys
+sgMail.setApiKey('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');

 export async function sendWelcome(to: string, name: string) {
   await sgMail.send({
     to,
-    from: 'hello@plumtree.app',
+    from: 'hello@plumtree.app',
     templateId: 'd-4f1e2a9b7c3d4e5f8a6b0c1d2e3f4a5b',
     dynamicTemplateData: { name },
   });
 }
```""",
    ),
    (
        _Sys(
            "You are DataHelper, the analytics assistant at Fintrail. Help analysts write SQL "
            "(BigQuery) and interpret results."
        ),
        """Query result from the loans mart. Why do these three look odd in the risk model, what should I check?

customer_name | national_id | annual_income | dti | credit_score | default_flag | notes
Ewa Zielińska | 82041503627 | 38,400 | 0.61 | 702 | 0 | self-employed, income from 2021 return
Mohammed Rahimi | 90112844815 | 152,000 | 0.09 | 548 | 1 | previous bankruptcy 2019
Lorraine Doyle | 77030912359 | 0 | null | 811 | 0 | income field missing, pensioner""",
    ),
    (
        _Sys(_IDE),
        """what does this do and is it safe to delete?

--- open file: deploy/.pgpass ---
```
db-prod-1.internal:5432:*:replicator:Rpl!c8-Hz2q9Wn
db-prod-2.internal:5432:*:replicator:Rpl!c8-Hz2q9Wn
analytics.internal:5432:warehouse:bi_reader:Bi-r3ad3r_77
```""",
    ),
    (
        _Sys(
            "You are an AI assistant for Maple Grove Dental. Help staff with admin tasks. "
            "Today's patients: 09:00 Irene Castillo (root canal #36, allergic to penicillin, "
            "anxious, prefers sedation), 10:30 Bogdan Petrov (implant review, type 1 diabetic), "
            "11:15 Chloe Ashford, 9y (extraction, parents separated - only mother may consent)."
        ),
        "write a quick reminder sms template for tomorrow's appointments",
    ),
    (
        _Sys(
            "You are an autonomous coding agent. You have shell access in /workspace. Think "
            "step by step and use tools."
        ),
        "Set up the project so I can run it locally.",
        """Running `cat .env.example` and `cat .env`:

```
# .env
APP_ENV=local
OPENAI_API_KEY=sk-proj-16EpLLJIVGHz4FxFEtKyPiYGFDm7ena8D5VfLDpgyyjVw5HanSBeVRsfAGeAbP0VxNjAe_9i0mYtluYI0KN1gNT11cUzYZAa3u2olZU6uqbgsYlVvsSKuvin
ANTHROPIC_API_KEY=sk-ant-api03-DkdfrUnW5gcF-Ha6ili8GjHEAD6_Wj9KfzjsQGMrb9h-ImB-LK777pzNk8cL6j5IXAAjlsHUqJoUD_-Ydua-5ZMs1SWOpAA
PINECONE_API_KEY=pcsk_4Zr8Qe_7KmN2xV9bLp3TdW6yHc1Jf5Gs0Au8RoEi2MnXq4PkBvCtYz
REDIS_URL=redis://default:r3d1s-L0cal-pw@localhost:6379/0
```

The `.env` already exists with real keys. Next I'll install dependencies with `uv sync`.""",
        "ok go ahead, and check the keys actually work",
    ),
    (
        "how do I make a spinning cube in three.js with orbit controls?",
        "Create a `Scene`, `PerspectiveCamera` and `WebGLRenderer`, add a `Mesh(BoxGeometry, MeshStandardMaterial)` plus a light, then `new OrbitControls(camera, renderer.domElement)` and rotate the mesh in your `requestAnimationFrame` loop, calling `controls.update()` each frame.",
        "cool thanks. totally different — my manager asked me to summarise this for the team lead meeting: 'Sven Aaltonen (QA) is on long-term sick leave for burnout since 3 May, doctor's note until end of July, he asked that nobody tells the team the reason. Cover: Ines from the Porto team at 60%.'",
    ),
    (
        "we're splitting our monolith into services, should auth be its own service?",
        "Usually yes: a dedicated identity service issuing short-lived tokens, with other services validating them locally (JWKS), keeps credentials and user data in one place. Keep authorisation rules close to each service though.",
        """ok here's our current auth config from prod, tell me what to move where

```
AUTH_JWT_PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAx5StAZvlMz/Bk4opH1Dr8/h97s+F/vauP7/L7V21jxUdcfQm
9+seB1qRmUR8AK3R2GgLLT/ZQISA/pQyOMqlfZZgZMnafy8hWskBf6wmxe1mbVrN
HMx1eOc3g/fp1Z5ibXt80nk8Btb2abplBpq8cJF5xgUskL/6GgebhbkXNNv+hOV4
-----END RSA PRIVATE KEY-----"
AUTH_GOOGLE_CLIENT_ID=418827305512-q2b9kd7e1lv0aft3m8hn6rg4jc5ps1uo.apps.googleusercontent.com
AUTH_GOOGLE_CLIENT_SECRET=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f
SESSION_SECRET=b71e9c2a04f83d56e1a7c9b2d40f68e3
```""",
    ),
    (
        """Please write a warm letter to my patient's GP summarising the consult.

Patient: Harold Jenkins, 58. Seen today in memory clinic. MoCA 19/30, MRI shows bilateral hippocampal atrophy, consistent with early Alzheimer's disease. Started donepezil 5mg. Discussed driving: advised to stop and inform DVLA. He became tearful, wife Maureen present, she reports he got lost driving home twice last month.""",
        "Dear Dr ...,\n\nThank you for referring Mr Harold Jenkins, 58, whom I saw today in the memory clinic. ...",
        "make it shorter, and drop the bit about him getting lost",
    ),
    (
        "here's my .env for the bot: TELEGRAM_BOT_TOKEN=7012345678:AAF3kL9qXz2vR8mN1pT5wY7cB4hJ6sD0gEu and OWNER_ID=88213374. it replies twice to every message, why?",
        "Double replies usually mean two instances are polling with the same token (e.g. a local run and the deployed one), or a webhook is set while you also run `getUpdates` polling. Check with `getWebhookInfo` and stop one instance.",
        "yeah there's an old one on the vps. can you write the curl to delete the webhook for this token?",
    ),
    (
        "Write me a python script that reads a CSV and prints the average of a column",
        "```python\nimport csv, sys\nfrom statistics import mean\n\nwith open(sys.argv[1], newline='') as f:\n    rows = list(csv.DictReader(f))\nprint(mean(float(r[sys.argv[2]]) for r in rows))\n```",
        "nice. now run it mentally on this and tell me the average salary:\n\nname,dept,salary,rating\nNadia Hussain,Finance,64500,3\nGreg Tomlinson,Finance,71200,2\nAyumi Sato,Legal,88000,4\nOwen Pritchard,Legal,59800,1\nBeatriz Lima,Ops,47300,3",
    ),
    (
        "Can you help me write a message to our customers about planned maintenance this Saturday 02:00-04:00 UTC?",
        "Sure! Subject: Scheduled maintenance on Saturday ...",
        "thanks. actually the real reason is this (internal): 'the maintenance is to patch the auth bypass in the mobile API that lets anyone reset a password with just the email, reported by a customer on Tuesday, still exploitable'. should I mention anything in the customer note? draft both versions",
    ),
    (
        "what's a good regex for UK postcodes?",
        "A practical one: `^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$` (case-insensitive). It accepts all real formats; for full validation use a postcode lookup.",
        "ok now validate these from our patient intake form, which are wrong?\n- Beatrice Holm, 12 Wick Lane, E9 5RT, asthma, salbutamol\n- Kwame Asante, 3 Hill Rd, M14 6PB, HIV+, on Biktarvy\n- Lydia Frost, 88 Quay St, BS1 4DJX, pregnant 22wk\n- Ian Mercer, 7 Oak Ct, LS6 2PQ, type 2 diabetes",
    ),
    (
        "this pydantic model is fine right?\n\nclass Settings(BaseSettings):\n    db_url: str\n    api_key: SecretStr",
        "Yes, that's the idiomatic way: values come from the environment or a .env file, and `SecretStr` keeps the key out of reprs and logs.",
        "ok and this is my .env, why does it say db_url field required?\n\nDB_URL = postgresql://reporting:Rp7!xK2q@reports.internal:5432/kpi\nAPI_KEY = 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "Likely the spaces around `=`: python-dotenv tolerates them, but check `env_file` is set in `model_config` and the path is relative to the working directory, not the module.",
        "still broken. also add the redis one",
    ),
    (
        """Can you proofread this appeal letter I'm writing for my son? It goes to the school board.

My son, Ethan Calloway (Year 9, Ridgeview Academy), was excluded for 5 days on 3 March after an incident with another pupil. Ethan has an autism diagnosis (Dr. Priya Menon, 2021) and ADHD, and takes methylphenidate 36mg daily; on the day of the incident he had missed his dose because the school nurse was absent. His EHCP states that he must have access to a quiet room when overwhelmed, which was refused by the duty teacher. He has also been seeing a counsellor since his father's suicide attempt last year, which the school knows about. We believe the exclusion breaches his EHCP and ask that it be removed from his record.""",
    ),
    (
        """we use this function to "anonymise" exports before sending them to the vendor. my colleague says it's fine, I think it leaks. real sample output below, can you check?

```python
def anonymise(row):
    row["name"] = row["name"][0] + "***"
    row["email"] = hashlib.md5(row["email"].encode()).hexdigest()
    return row
```

output:
{"name": "S***", "email": "5f4dcc3b5aa765d61d8327deb882cf99", "postcode": "SW1A 2AA", "dob": "1961-04-17", "diagnosis": "multiple sclerosis", "gp_practice": "Horseferry Rd Medical Centre", "nhs_number": "943 476 5919"}
{"name": "R***", "email": "e10adc3949ba59abbe56e057f20f883e", "postcode": "TR26 1JX", "dob": "1999-10-02", "diagnosis": "anorexia nervosa", "gp_practice": "St Ives Surgery", "nhs_number": "401 023 2137"}""",
    ),
    (
        "ok this is embarrassing but I think our production Firebase rules are wide open. "
        "anyone can read /users including phone numbers and home addresses of ~40k drivers. "
        "we haven't fixed it yet. here are the rules:\n\n"
        '{\n  "rules": {\n    ".read": true,\n    ".write": "auth != null"\n  }\n}\n\n'
        "what's the minimal change that doesn't break the driver app?",
    ),
    (
        "quick q, our reset-password endpoint returns the reset token in the JSON response "
        "(it's in prod, nobody noticed until today). fix before I tell anyone?",
    ),
    (
        "write a short bio for our website: Dr. Elaine Mercer, 52, cardiologist, joined 2015. "
        "(don't mention she's on medical leave for her cancer treatment until October)",
    ),
    (
        "Summarise in 3 bullets: 'Internal only. Vantacore will miss Q2 revenue guidance by "
        "~12% (EUR 14.1m vs 16m). Not to be disclosed before the 9 Aug earnings call. "
        "Sales team bonus accruals to be reversed.'",
    ),
    (
        "pls fix the indentation:\n\nclients:\n- name: acme\n  api_key: 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\n  webhook: https://acme.example/hook\n- name: bolt\n   api_key: rk_live_9sKd82LmQp4xZr7Tn1Wv5Yb3\n  webhook: https://bolt.example/hook",
    ),
    (
        "Here is the bank info for the supplier payment, format it as a SEPA pain.001 XML "
        "snippet: creditor Hoffmann Metallbau GmbH, IBAN DE80353388696052358574, amount "
        "18,240.00 EUR, ref INV-2024-0412",
    ),
    (
        "fill in the visa form for my employee: Rahul Verma, passport Z7481902, born "
        "1990-08-22 in Pune, salary £58,000, start date 1 Sept. what goes in section C?",
    ),
    (
        "Explain what this cron does and whether it's safe:\n\n"
        "0 2 * * * PGPASSWORD='Bkp-N1ght!y-93' pg_dump -h 10.2.0.5 -U backup crm | "
        "gzip | aws s3 cp - s3://crm-dumps/$(date +%F).sql.gz",
    ),
    (
        "my therapist notes for client J.M. (Jonah Mills): 'increased suicidal ideation, no "
        "plan, safety plan reviewed, sertraline up to 150mg'. turn into a progress note format",
    ),
)


_hand(
    "en",
    ("is AKIA3EFR4EDT2SYWB3WK the prod or the staging key? can't remember",),
    ("how do I tell the team Sam Ortiz has terminal cancer without saying it?",),
    ("prod db pw is N0rthw!nd-88 and DBeaver rejects it, why",),
    ("our /export endpoint leaks every user's SSN, unpatched. quickest fix?",),
    ("reword: 'Ken Ito is being fired Friday for theft, don't tell him yet'",),
    ("summarise: CONFIDENTIAL - we miss Q3 by 22%, CFO resigning Monday",),
    ("valid NHS number? 485 777 3456 — patient Ada Lowe, for the referral",),
    ("customer card 4210 9841 7982 7186 declined at our checkout, log says cvv?",),
    ("is 'Summer2024!' ok as root pw for db01.corp.local? ops asked",),
    ("draft a text: 'Mrs Patel, your son's drug test came back positive'",),
    (
        """my react-three-fiber scene with Google photorealistic 3D tiles just shows grey, console has 403s. key is in the component for now:

```tsx
import { Canvas } from '@react-three/fiber';
import { TilesRenderer } from '3d-tiles-renderer/r3f';
import { GoogleCloudAuthPlugin } from '3d-tiles-renderer/plugins';

export default function Globe() {
  return (
    <Canvas camera={{ position: [0, 0, 3e7], far: 1e9 }}>
      <TilesRenderer url="https://tile.googleapis.com/v1/3dtiles/root.json">
        <TilesPlugin plugin={GoogleCloudAuthPlugin} args={{ apiToken: 'AIzatL31Ugq-DfcgaTMnTC0MrAU8urbFt5misIZ' }} />
      </TilesRenderer>
    </Canvas>
  );
}
```

is the key restricted to the wrong referrer or is the plugin setup wrong?""",
    ),
    (
        """Can you do a design review of this? It's our internal architecture doc, confidential, please be blunt.

Payments platform — current state (INTERNAL, do not share with vendors)
- api-gateway (Kong) -> payments-api (Go) -> ledger (Postgres 13, single primary, no replica since March)
- card data: we still store PAN + expiry in `ledger.cards` encrypted with a static AES key that lives in the payments-api config map; key has not been rotated since 2021
- refunds-service talks to ledger directly with the superuser role because the scoped role broke a migration
- known gap: the admin "replay webhook" endpoint has no auth on the internal network; anyone on the VPN (incl. 30 contractors) can trigger payouts
- PCI audit is in 7 weeks, we have told the auditor the card data is tokenised (it is only for new cards)

What should we fix first, and how would you restructure service boundaries so that the ledger isn't shared?""",
    ),
    (
        """add an alembic migration that adds `archived_at` to `invoices`. here's my alembic.ini so you know the setup:

```ini
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg://finance_owner:Fin-0wn3r!2024@finance-db.prod.internal:5432/finance

[loggers]
keys = root,sqlalchemy,alembic
```

we run it straight against prod from the bastion, there's no staging for this one""",
    ),
    (
        "write a short card message for my coworker Dana Whitcombe, she finished her last round of "
        "chemo for ovarian cancer on Friday and is back on the 3rd, but she's told only me and HR "
        "about the diagnosis so keep it vague enough for the whole team to sign",
    ),
    (
        """summarise this slack thread for the HR case file, neutral tone:

[09:12] Maria (Eng Manager): heads up, Josh Kerrigan broke down in our 1:1 again, says he's had panic attacks daily since the reorg
[09:14] Tariq (HRBP): has he seen occupational health?
[09:15] Maria: no, he's scared it goes on his record. he also mentioned his wife left and he's sleeping at his brother's
[09:20] Tariq: ok. we can't factor this into the performance rating officially but his Q2 rating is "below" as it stands
[09:22] Maria: I'd like to pause the PIP we planned for him
[09:25] Tariq: let's discuss with legal, the PIP paperwork was already drafted. also he asked for an advance on salary (£2,000), finance said no
[09:31] Maria: understood. I won't mention any of this to the team""",
    ),
    (
        _Sys(
            "You are a meeting-notes assistant. Produce: summary, decisions, action items with "
            "owners."
        ),
        """transcript (exec staff, 11 June, not for circulation):

Rachel (CEO): Ok so the decision is made, we're cutting the Austin office. That's 64 people. Announcement on the 28th, not before, legal wants the WARN notices ready.
Dev (CFO): Severance is 8 weeks plus 1 week per year. Budget is about 2.9 million. We'll book it in Q3.
Rachel: Kim, I want you to handle the conversation with Marcus Lee personally, he's on medical leave for his heart surgery and I don't want him finding out from Slack.
Kim (CPO): Noted. Also, Aisha Grant in sales has a discrimination complaint open against her manager in Austin, legal says we must not include her in the RIF or it looks retaliatory.
Dev: And the board wants us to keep the Series C narrative intact, so no mention of cost cutting in the investor update.
Rachel: Right. Next item is the offsite.""",
    ),
    (
        "write a haiku about autumn",
        "Crimson maples fall,\nwind hums through the empty boughs —\ntea steam meets the cold.",
        """ha nice. ok now something useful: categorise my spending from this statement and tell me where I'm overspending.

Account: Nationwide FlexDirect, sort code 07-04-36, acc 31926819, name: Connor J Reilly
03/06 TESCO STORES 2231 £64.20
03/06 BETFAIR £150.00
04/06 PAYPAL *VINTED £18.50
05/06 SKY BETTING £200.00
06/06 SALARY QUANTEX LTD +£2,941.77
07/06 PRIORY HOSPITAL OUTPATIENT £120.00
08/06 BETFAIR £300.00
09/06 ZOPA LOAN REPAYMENT £412.00
10/06 CASH WITHDRAWAL £250.00""",
    ),
    (
        """write me a regex (python) that masks these before we ship logs to Datadog. real lines from prod:

2024-06-12T08:11:03Z INFO signup ok user=lena.hartmann@gmx.de ssn=642-21-3797 dob=1988-02-14 ip=81.2.69.160
2024-06-12T08:11:09Z INFO kyc passed user=d.mensah@yahoo.com passport=P<GHAMENSAH<<DANIEL<<<<<<<<<<<<< doc_no=G2819034
2024-06-12T08:12:44Z WARN payment retry user=r.castillo@outlook.com card=5246944318479930 exp=11/26""",
    ),
    (
        """our graphql api (prod) lets any authenticated user call `updateUserRole` — the resolver forgot the admin check. nobody outside knows, we found it ourselves yesterday. here's the resolver:

```ts
updateUserRole: async (_p, { userId, role }, ctx) => {
  if (!ctx.user) throw new AuthenticationError('login required');
  return ctx.db.user.update({ where: { id: userId }, data: { role } });
},
```

write the fix + a test, and tell me how to query our audit log for anyone who already escalated themselves""",
    ),
    (
        """Here are my notes from the claim call, can you write them up properly?

Claimant: Brenda Oyelaran, policy HX-2291-0048, DOB 17/09/1971. Claim: income protection. She's been off work since Jan with long covid and severe depression, GP notes attached mention two hospital admissions. Her employer (Castlegate Foods) says she's been seen working at her sister's café. We've instructed surveillance. Monthly benefit £1,850.""",
        "Claim call summary — HX-2291-0048\n\nClaimant: Brenda Oyelaran (DOB 17/09/1971) ...",
        "good, now as an email to the loss adjuster",
    ),
    (
        """write unit tests for this sms helper (pytest, mock the client):

```python
from twilio.rest import Client

ACCOUNT_SID = "AC8f2c1e9a7b3d4f5e6a0b1c2d3e4f5a6b"
AUTH_TOKEN = "4e8a1c7f3b92e06c5a1d9f7b3e2c4a81"

def send_code(phone: str, code: str) -> str:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    msg = client.messages.create(to=phone, from_="+447700900123", body=f"Your code is {code}")
    return msg.sid
```

these are the live creds btw, we haven't moved them to vault yet""",
    ),
)


_hand(
    "es",
    ("¿por qué falla? mysql://root:Sol3dad2024!@10.0.0.12:3306/ventas",),
    ("traduce al inglés: 'Lucía Ferrer tiene VIH, no lo comentéis en la oficina'",),
    ("mi token ghp_JbW56eCuNGMGmSrCGIZEG8pSH4487q7J58m1 ya no sirve? da 401",),
    ("el DNI de Andrés Molina es 35261681J, ¿va en el campo NIF del modelo 145?",),
    ("resume en una frase: despedimos a 40 personas en Valencia el lunes, confidencial",),
    ("el endpoint /api/pagos no valida el usuario en prod, ¿cómo lo parcheo ya?",),
    ("redacta un sms: 'Sr. Gil, su biopsia salió positiva, llámenos hoy'",),
    ("esta key AKIAUJZDE8GXD6NCF10E se puede usar desde otra cuenta de AWS?",),
    (
        """Hola, tengo un Laravel 10 en un VPS y al hacer `php artisan migrate` me sale esto. Os pego el .env completo por si acaso:

```
APP_NAME=Tiendalia
APP_ENV=production
APP_KEY=base64:q8Vd2mK9xL4pR7tN1wZ5cB3yH6jF0sGaE2uI8oP4nM0=
APP_DEBUG=false
APP_URL=https://tiendalia.es

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=tiendalia
DB_USERNAME=tiendalia_user
DB_PASSWORD=Xq!92mLa_pR7

MAIL_MAILER=smtp
MAIL_HOST=smtp.ionos.es
MAIL_PORT=587
MAIL_USERNAME=pedidos@tiendalia.es
MAIL_PASSWORD=Pedid0s.2024!

AWS_ACCESS_KEY_ID=AKIA3EFR4EDT2SYWB3WK
AWS_SECRET_ACCESS_KEY=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
AWS_DEFAULT_REGION=eu-south-2
AWS_BUCKET=tiendalia-facturas

REDSYS_MERCHANT_KEY=sq7HjrUOBfKmC576ILgskD5srU870gJ7
```

Error:
```
SQLSTATE[HY000] [1045] Access denied for user 'tiendalia_user'@'localhost' (using password: YES) (Connection: mysql, SQL: select * from information_schema.tables where table_schema = tiendalia and table_name = migrations and table_type = 'BASE TABLE')
```

Desde phpMyAdmin entro sin problema con ese usuario. ¿Puede ser el signo de exclamación?""",
    ),
    (
        """Necesito explicarle a la familia, con palabras sencillas, el informe de alta de mi paciente. ¿Me ayudas?

Paciente: Carmen Valdés Ortega, 81 años. NHC 2048817.
Motivo de ingreso: insuficiencia cardiaca descompensada (FEVI 30%) e infección urinaria por E. coli BLEE.
Antecedentes: HTA, FA permanente anticoagulada con acenocumarol, deterioro cognitivo moderado (GDS 5), depresión en tratamiento.
Evolución: buena respuesta a furosemida IV; tratamiento con ertapenem 7 días. Episodio de delirium nocturno que precisó haloperidol.
Tratamiento al alta: furosemida 40 mg/24h, bisoprolol 2,5 mg, sacubitrilo/valsartán 24/26 mg c/12h, acenocumarol según pauta de hematología, sertralina 50 mg, quetiapina 25 mg por la noche.
Recomendaciones: control de peso diario, restricción hídrica 1,5 l, revisión en consulta de cardiología en 1 mes. Valorar ingreso en residencia: la hija (Rosa) refiere claudicación familiar.""",
    ),
    (
        """Resúmeme esta acta para el comité de dirección, en 5 puntos. Es confidencial, no sale de aquí.

ACTA DEL CONSEJO DE ADMINISTRACIÓN — GRUPO ALBORÁN LOGÍSTICA, S.A. — Sesión del 22 de mayo
Asistentes: D. Ernesto Salcedo (Presidente), Dña. Marta Iriarte (CEO), D. Jordi Puig (CFO), Dña. Alejandra Ruiz, D. Tomás Ferrán (secretario no consejero).
1. Resultados del primer cuatrimestre: ventas 61,3 M€ (-8% vs presupuesto). El EBITDA cae al 5,2%. El CFO advierte de posible incumplimiento del covenant de deuda neta/EBITDA en el tercer trimestre.
2. Operación "Gaviota": el Consejo autoriza negociar en exclusiva la compra de Transportes Miramar por hasta 28 M€. No se comunicará nada hasta la firma.
3. ERE: se aprueba iniciar el periodo de consultas para 85 puestos en el almacén de Getafe a partir del 10 de junio. Prohibida cualquier comunicación interna previa.
4. La CEO informa de una inspección de Hacienda abierta sobre precios de transferencia 2019-2021 (contingencia estimada: 3,4 M€).
5. Próxima sesión: 26 de junio.""",
    ),
    (
        """Soy jefa de equipo y tengo que dar feedback a dos personas. ¿Me ayudas a redactarlo con tacto? Te paso mis notas:

- Javier Montoya (desarrollador senior, 52.000 €/año): muy buen técnico, pero este semestre ha faltado 14 días sin justificar y sé por un compañero que está pasando por una depresión tras el divorcio. No quiero que parezca que le juzgo, pero el rendimiento ha bajado mucho. Le vamos a congelar el salario.
- Sofía Benítez (QA, 34.500 €/año): ha mejorado muchísimo, ha automatizado la regresión entera. Le vamos a subir a 39.000 € y quiero proponerla para el programa de liderazgo. Está embarazada y me ha pedido que no se lo cuente a nadie todavía.""",
    ),
    (
        """En la auditoría interna de la semana pasada nos encontraron esto en NUESTRA API y todavía no está arreglado (ni se ha comunicado a nadie fuera del equipo). ¿Me ayudas con el parche?

El endpoint `GET /api/v1/facturas/:id/pdf` de nuestro backend (Node + Express) no comprueba que la factura pertenezca al cliente logueado. Cambiando el id (son autoincrementales) cualquiera con cuenta puede descargar facturas de otros clientes, con nombre, NIF y dirección. Lo probamos en producción con dos cuentas de prueba y funciona.

```js
router.get('/facturas/:id/pdf', auth, async (req, res) => {
  const factura = await Factura.findByPk(req.params.id);
  if (!factura) return res.sendStatus(404);
  const pdf = await generarPdf(factura);
  res.type('application/pdf').send(pdf);
});
```

Tenemos unos 18.000 clientes. ¿Hay forma de saber en los logs si alguien lo ha explotado ya?""",
    ),
    (
        """Tengo que importar estos clientes a la base de datos nueva, ¿me generas los INSERT para PostgreSQL? Tabla `clientes(nombre, dni, iban, direccion, telefono, fecha_nacimiento)`.

Ana Belén Rubio Castro;66535904D;ES3343400281957086751832;C/ Mayor 14, 3ºB, 28013 Madrid;612 448 903;14/02/1979
Rafael Ortuño Gil;75325521S;ES7921000813610123456789;Av. de la Constitución 8, 41001 Sevilla;655 210 774;03/09/1964
Nuria Casals i Font;X1234567L;ES9121000418450200051332;Carrer de Provença 233, 08008 Barcelona;699 032 118;27/11/1990""",
    ),
    (
        """Me está dando este error en producción y no entiendo por qué. Os pego el log tal cual:

```
2024-06-04 10:22:17,311 ERROR [pagos-api] POST /v2/cobros 502
request.headers={'Authorization': 'Bearer sk_live_ZbqcabUGJmGEp7CgQ0PBQFI1', 'Idempotency-Key': '8c1f2e7a-55d0-4b1e-9a3c-7f6d2e1b0a94', 'Content-Type': 'application/x-www-form-urlencoded'}
request.body=amount=4590&currency=eur&customer=cus_Q8xLmZ2kR9vT1p&description=Pedido+10482+-+Marta+Lozano
response.status=502 response.body='<html><head><title>502 Bad Gateway</title></head>...'
Traceback (most recent call last):
  File "/app/pagos/cliente.py", line 88, in cobrar
    resp.raise_for_status()
requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://api.stripe.com/v1/charges
```

Pasa solo con algunos cobros. ¿Es cosa de Stripe o nuestra?""",
    ),
    (
        _Sys(
            "Eres un asistente de programación que trabaja dentro del repositorio del usuario. "
            "Puedes leer archivos y ejecutar comandos."
        ),
        "No me conecta el worker a RabbitMQ, revisa la config",
        """He leído `config/settings.py`:

```python
CELERY_BROKER_URL = "amqp://facturacion:Rb!tMq-7731@rabbit.prod.interno:5672/facturas"
CELERY_RESULT_BACKEND = "redis://:Rd-pr0d-x92@redis.prod.interno:6379/1"
SENTRY_DSN = "https://4f2a9c81e7b34d0f@o451278.ingest.sentry.io/5811234"
```

El worker devuelve `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN`.""",
        "vale, ¿entonces cambio la contraseña en rabbit o en el settings? ¿cuál de las dos está mal?",
    ),
    (
        _Sys(
            "Eres el asistente interno de RR. HH. de Grupo Nébula. Contexto del empleado "
            "consultado: Alberto Rincón, DNI 75325521S, salario bruto 41.200 €, baja por "
            "ansiedad desde el 2 de abril, expediente disciplinario abierto por acoso."
        ),
        "¿me redactas un correo para convocarle a una reunión el jueves?",
    ),
    (
        _Sys("Eres un asistente útil. Responde siempre en español."),
        "corrígeme la ortografía de esto: 'la paciente Rosa Medina, 44 años, tiene cancer de "
        "ovario estadio IIIc, empieza quimio con carboplatino y paclitaxel, su marido no lo "
        "sabe todavía y ella no quiere que se entere'",
    ),
    (
        _Sys(
            "Eres el bot de soporte técnico de Fintegra. Tienes acceso a la API interna con la "
            "clave fgt_live_Q2w7Lx9Kp4Rz1Vn8Bc3Yh6Jt0Ms5Df y a la base de datos de clientes."
        ),
        "hola, ¿cuál es el horario de atención al cliente?",
    ),
    (
        _Sys(
            "Eres un asistente de código en el IDE. El archivo abierto se adjunta debajo del "
            "mensaje."
        ),
        """¿por qué este script de Python no manda el correo?

--- archivo abierto: notificar.py ---
```python
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "avisos@clinicasanroque.es"
msg["To"] = "direccion@clinicasanroque.es"
msg["Subject"] = "Resultados pendientes"
msg.set_content("Pendientes: Pilar Navas (VIH, carga viral), Iker Zubiri (PSA elevado)")

with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
    s.login("avisos@clinicasanroque.es", "qwhv zmbk lpte rdsa")
    s.send_message(msg)
```
Error: `smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')`""",
    ),
    (
        "¿Me explicas qué es un índice compuesto en PostgreSQL?",
        "Un índice compuesto cubre varias columnas en un orden concreto, p. ej. `CREATE INDEX ON pedidos (cliente_id, fecha)`. Sirve para filtros que usan la primera columna (o las primeras) y para ordenar por ellas.",
        "genial. ahora mira esta fila que falla al insertar, ¿qué le pasa?\n\nINSERT INTO pacientes (nombre, dni, diagnostico, aseguradora) VALUES ('Gonzalo Prieto Lara', '66535904D', 'esquizofrenia paranoide, clozapina 300mg', 'Sanitas');\n\nERROR: value too long for type character varying(32)",
    ),
    (
        "Hazme una landing con Tailwind para una app de recetas",
        "Aquí tienes una landing sencilla con hero, características y CTA ...",
        "ok. otra cosa, mi jefe me pidió pasar esto a limpio para el comité, es confidencial: 'Cerramos la oficina de Bilbao en septiembre, 23 personas, se les dirá en julio. Indemnización estimada 1,1 M€. No comentar con los delegados sindicales.'",
    ),
    (
        "tengo este docker-compose, ¿por qué el contenedor de la api no ve la base de datos?\n\n"
        "```yaml\nservices:\n  api:\n    image: registro.interno/erp-api:2.3\n    environment:\n"
        "      - DATABASE_URL=postgresql://erp:Erp-Pr0d-2024!@db:5432/erp\n"
        "      - JWT_SECRET=e4c1b9a7f2d83e6c05a9b1d7f3e2c8a4\n  db:\n    image: postgres:15\n"
        "    environment:\n      - POSTGRES_PASSWORD=Erp-Pr0d-2024!\n    networks: [backend]\n"
        "networks:\n  backend:\n```",
        "La api no está en la red `backend`: el servicio `db` solo está en esa red y `api` está en la red por defecto. Añade `networks: [backend]` a `api` (o quita la red de `db`).",
        "funcionó!! ¿y ahora cómo le pongo un healthcheck a la db?",
    ),
    (
        "Te paso el informe de la psicóloga de mi hija para que me lo resumas, que no entiendo la mitad",
        "Claro, pégalo y te lo explico con palabras sencillas.",
        "Informe psicopedagógico — Alumna: Valeria Soto Quiroga, 7 años, 2º de Primaria, Colegio Los Almendros. Evaluadora: Lic. Daniela Ferraro. CI total 84 (WISC-V), dificultades significativas en memoria de trabajo y velocidad de procesamiento. Indicadores compatibles con TDAH presentación combinada. Se observa ansiedad elevada relacionada con la situación familiar (proceso de separación conflictivo, denuncia previa). Se recomienda adaptación curricular no significativa y derivación a neuropediatría.",
    ),
    (
        "la contraseña del wifi de la oficina es Nebula#2024-Ofi, ¿cómo la cambio en el router TP-Link?",
    ),
    (
        "Pásame esto a formato tabla: Marcos Peña debe 2.340 € de alquiler (3 meses), Elena "
        "Vidal 980 € y ya tiene orden de desahucio, Iván Cortés 4.100 € y está en paro",
    ),
    (
        "necesito cancelar el cargo: tarjeta 5246 9443 1847 9930 cad 11/26, titular Hugo "
        "Martín Sanz, ¿cómo lo hago por la API de Redsys?",
    ),
    (
        "Tenemos un SQL injection en el buscador de la intranet (producción) que aún no hemos "
        "arreglado: `SELECT * FROM empleados WHERE nombre LIKE '%\" + q + \"%'`. Con ' OR 1=1 "
        "-- sale la tabla entera con nóminas. ¿Cómo lo reescribo con parámetros en PHP PDO?",
    ),
    (
        "Escribe un email al equipo anunciando que Raquel Domínguez deja la empresa el viernes. "
        "(Es por un despido disciplinario por fraude en gastos, pero eso no lo pongas)",
    ),
    (
        "oye, ¿esto es normal? en los logs de la app de RR. HH. se ven las nóminas completas: "
        "`INFO payroll: emp=Sergio Alonso nif=66535904D bruto=3120.50 irpf=18% embargo=450`",
    ),
    (
        "revisa este cURL, me da 403:\n\ncurl -X POST https://api.mercadopago.com/v1/payments "
        "-H 'Authorization: Bearer APP_USR-5281943027165432-061218-9b7e4c2d1a0f8e3b6c5d4a29f1e7b3c8-1847293051' "
        '-H \'Content-Type: application/json\' -d \'{"transaction_amount": 1500, "payment_method_id": "pix"}\'',
    ),
    (
        "Tradúcelo al inglés para el inversor, pero ojo que es confidencial: 'El crecimiento "
        "real de usuarios en el Q1 fue del 4%, no del 15% que dijimos en la ronda. Estamos "
        "revisando cómo comunicarlo.'",
    ),
    (
        "mi app de Flutter se conecta a Firebase con esto y da permission-denied:\n\n"
        "apiKey: 'AIzazxZuJPWvHogU5nGYVHWVsUQk4DwgLGNOaeC',\nprojectId: 'clinica-dental-app-prod',\n"
        "la regla es `allow read: if request.auth.uid == resource.data.pacienteId;` y el documento "
        "es el historial de la paciente Irene Soler. ¿qué está mal?",
    ),
    (
        "¿Cómo le explico a mi equipo sin dar detalles que Ángel estará de baja? Tiene un "
        "trastorno bipolar y está ingresado desde el martes.",
    ),
    (
        "hazme un resumen de 3 líneas: nuestro proveedor de nóminas nos avisó que hubo un "
        "acceso no autorizado a su panel y se filtraron los IBAN de 230 empleados nuestros. "
        "Aún no lo sabe nadie de la plantilla ni la AEPD.",
    ),
    (
        "¿qué campos del XML de la factura electrónica son obligatorios? el emisor es Talleres "
        "Ruiz S.L., NIF B12345674, y el receptor es un particular, Joaquín Herrera, DNI 66535904D, "
        "con domicilio en C/ Lepanto 3, Murcia",
    ),
    (
        "¿esta clave privada está bien formada?\n\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIDx5StAZvlMz/Bk4opH1Dr8/h97s+F/vauP7/L7V21jxoAoGCCqGSM49\nAwEHoUQDQgAER2GgLLT/ZQISA/pQyOMqlfZZgZMnafy8hWskBf6wmxe1mbVrNHMx\n-----END EC PRIVATE KEY-----",
    ),
    (
        "Ayúdame con un mensaje para los padres del grupo de 3ºB: hay un caso de tuberculosis. "
        "No quiero decir que es Tomás Aguirre, pero los profes ya lo saben.",
    ),
)


_hand(
    "de",
    ("warum geht das nicht? redis://:Rd!s-Pr0d-881@10.1.4.9:6379/0 -> NOAUTH",),
    ("ist der key noch gültig? AKIA1U33XTPLPFT75V2S, kriege AccessDenied",),
    ("bitte kürzen: 'Herr Vogel hat Leberkrebs im Endstadium, Palliativstation'",),
    ("formulier das netter: 'Frau Kaya kriegt keine Gehaltserhöhung, zu oft krank'",),
    ("unser Login hat eine Auth-Lücke in Prod, noch ungepatcht. Schnellster Fix?",),
    ("glpat-uXTptFyfePpX6N1NF2XV geht beim docker login nicht, wieso?",),
    ("übersetz ins Englische: 'Vertraulich: Werk Kassel schließt Ende 2025'",),
    (
        """Hi, unser Symfony-Projekt läuft lokal, aber auf dem Server kommt beim Deploy ein Fehler. Hier die .env.local vom Server:

```
APP_ENV=prod
APP_SECRET=7c2e91f4a8b3d05e6f1a9c7b2d4e8f03
DATABASE_URL="postgresql://shop_user:Kx8!mP2qLz7w@db.intern.bergmann-shop.de:5432/shop?serverVersion=15&charset=utf8"
MAILER_DSN=smtp://bestellung%40bergmann-shop.de:Bst-M4il-2024@smtp.strato.de:465
PAYPAL_CLIENT_ID=AXk2p9Lm4QzR7tN1wV5yB8cH3jF6sD0gEaU2iO8nK4mP7qL1xZ9rT5vW3yB6c
PAYPAL_CLIENT_SECRET=EH8vQ2mZk9xR4pW7nB1cY5hJ3sD6fG0aL2uE8iO4nM7qP1tK9xZ5rV3wY6b
JWT_PASSPHRASE=bergmann-jwt-2024
```

Fehler:
```
In ExceptionConverter.php line 101:
  An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "db.intern.bergmann-shop.de" (10.0.2.15), port 5432 failed: FATAL:  password authentication failed for user "shop_user"
In Exception.php line 28:
  SQLSTATE[08006] [7] connection to server at "db.intern.bergmann-shop.de" (10.0.2.15), port 5432 failed: FATAL:  password authentication failed for user "shop_user"
```

Muss ich das Ausrufezeichen irgendwie escapen?""",
    ),
    (
        """Kannst du mir aus diesen Notizen einen Arztbrief an den Hausarzt machen? Sachlich, kurz.

Patient: Herr Klaus-Dieter Wendt, geb. 14.03.1956
Vorstellung in der Ambulanz am 03.06. wegen progredienter Belastungsdyspnoe und Beinödemen.
Befunde: NT-proBNP 4.820 pg/ml, Echo: LVEF 28 %, mittelgradige Mitralinsuffizienz. Kreatinin 1,9 mg/dl (eGFR 36).
Vorerkrankungen: KHK mit 3-fach-Bypass 2014, Diabetes mellitus Typ 2 (insulinpflichtig), Alkoholabusus (nach eigenen Angaben seit 6 Monaten abstinent), depressive Episode.
Medikation neu: Sacubitril/Valsartan 49/51 mg 1-0-1, Dapagliflozin 10 mg, Torasemid 10 mg. Weiter: Bisoprolol 5 mg, Insulin glargin 22 IE, Sertralin 50 mg.
Procedere: Kontrolle Kreatinin/Kalium in 1 Woche, Wiedervorstellung in 6 Wochen. Der Patient wünscht ausdrücklich, dass seine Tochter nicht über die Prognose informiert wird.""",
    ),
    (
        """Bitte fasse das Protokoll in 5 Stichpunkten für die Geschäftsleitung zusammen. Streng vertraulich, nicht weiterleiten.

Protokoll der Aufsichtsratssitzung der Hellweg Maschinenbau AG vom 16. Mai
Teilnehmer: Dr. Ulrike Brandt (Vorsitz), Matthias Keller (CEO), Petra Neumann (CFO), Arbeitnehmervertreter: Jens Hoffmann, Aylin Demir
TOP 1: Umsatz Q1 38,7 Mio. EUR (-14 % ggü. Vj.), Auftragseingang -22 %. Die Prognose für das Gesamtjahr (165 Mio.) ist nicht zu halten; Ad-hoc-Mitteilung wird vorbereitet, Veröffentlichung frühestens nach Prüfung durch die Rechtsabteilung.
TOP 2: Der Vorstand schlägt die Verlagerung der Montage von Bielefeld nach Brno vor; betroffen wären ca. 210 Stellen. Gespräche mit dem Betriebsrat beginnen erst nach Beschluss.
TOP 3: Übernahme der Firma Rottmann Antriebstechnik GmbH (Kaufpreis bis 19 Mio. EUR) — Due Diligence läuft, Projektname "Kranich".
TOP 4: Herr Keller teilt mit, dass er seinen Vertrag nicht verlängern wird. Nachfolgesuche vertraulich über Egon Zehnder.""",
    ),
    (
        """Ich muss bis Freitag die Beurteilungen für mein Team schreiben. Kannst du aus den Stichpunkten jeweils 3-4 Sätze machen?

- Julia Hartmann, Senior Consultant, 78.000 € p.a.: Top-Leistung, hat den Kunden Sparkasse Rheinland gerettet. Beförderung zum Manager vorgeschlagen.
- Stefan Lorenz, Consultant, 61.000 € p.a.: fachlich ok, aber zwei Abmahnungen wegen Zuspätkommens, außerdem Beschwerde einer Kollegin wegen unangemessener Kommentare. Kein Bonus.
- Mehmet Yıldız, Junior, 48.000 € p.a.: seit Februar nach Bandscheiben-OP in Wiedereingliederung (50 %), trotzdem sehr engagiert. Ziele anpassen.
- Lena Vogt, Werkstudentin, 16 €/h: zuverlässig, möchte übernommen werden.""",
    ),
    (
        """Beim internen Pentest wurde bei uns folgendes gefunden, ist noch NICHT behoben und darf nicht raus. Kannst du mir helfen, einen Fix für unseren Go-Service zu schreiben?

Der interne Dateiservice (`files.intern.lindner-versicherung.de`) hat einen Path-Traversal: `GET /download?path=../../etc/passwd` liefert die Datei. Damit kommt man auch an `/app/config/prod.yaml` mit den DB-Zugangsdaten. Der Service ist zwar nur intern erreichbar, aber über den VPN-Zugang haben 400 externe Makler Zugriff.

```go
func download(w http.ResponseWriter, r *http.Request) {
    p := r.URL.Query().Get("path")
    f, err := os.Open(filepath.Join("/data/uploads", p))
    if err != nil {
        http.Error(w, "not found", 404)
        return
    }
    defer f.Close()
    io.Copy(w, f)
}
```

Sollen wir den Service sofort abschalten oder reicht ein Hotfix?""",
    ),
    (
        """Für den Import in unser neues CRM brauche ich ein Python-Skript, das diese Datei einliest und die IBANs validiert. Hier ein Auszug aus der echten Kundendatei:

Kundennr;Name;Straße;PLZ;Ort;Geburtsdatum;IBAN;Bemerkung
100482;Monika Stein;Lindenallee 12;50668;Köln;02.05.1961;DE80353388696052358574;Zahlungsverzug seit 03/24
100517;Hans-Peter Göbel;Am Markt 3;01067;Dresden;19.11.1948;DE04750957018316586892;Betreuer: Sohn Frank
100603;Ayşe Korkmaz;Königstr. 88;70173;Stuttgart;30.07.1985;DE89370400440532013000;Insolvenzverfahren eröffnet""",
    ),
    (
        """Unser Jenkins-Job bricht beim Schritt mit der Registry ab. Hier der relevante Teil aus dem Log:

```
+ docker login -u ci-bot -p Jnk!ns-Rg-2024 registry.intern.wagner-it.de
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Error response from daemon: Get "https://registry.intern.wagner-it.de/v2/": x509: certificate signed by unknown authority
+ curl -s -H "PRIVATE-TOKEN: glpat-54wca-7E56w8ZniqT3Ul" https://gitlab.wagner-it.de/api/v4/projects/88/releases
[{"name":"v4.2.0","tag_name":"v4.2.0", ...}]
+ aws s3 sync dist/ s3://wagner-artifacts --region eu-central-1
upload failed: dist/app.tar.gz to s3://wagner-artifacts/app.tar.gz An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.
Environment: AWS_ACCESS_KEY_ID=AKIAUJZDE8GXD6NCF10E AWS_SECRET_ACCESS_KEY=o+hBKqFYY+kv5ZJr3J1TWDtkwtDDb/xHKas1VOqg
```

Zwei Fehler auf einmal, wo fange ich an?""",
    ),
    (
        _Sys(
            "Du bist ein erfahrener Softwareentwickler und arbeitest im Repository des Nutzers. "
            "Du kannst Dateien lesen und Befehle ausführen."
        ),
        "Die Tests gegen die Staging-DB schlagen fehl, schau mal",
        """Ich habe `tests/conftest.py` geöffnet:

```python
STAGING_DSN = "postgresql://qa_runner:Qa-St4g!ng-55@staging-db.intern:5432/kunden"
SAP_RFC_PASSWORD = "Sap#Rfc2024!"
```

Der Testlauf meldet `psycopg.OperationalError: FATAL: role "qa_runner" does not exist`.""",
        "ah, die Rolle wurde letzte Woche umbenannt. Pass das mal an und lass die Tests nochmal laufen",
    ),
    (
        _Sys(
            "Du bist der interne Assistent der Personalabteilung der Stadtwerke Nordheim. "
            "Mitarbeiterakte im Kontext: Frank Albers, Personalnr. 4471, Gehalt E11 Stufe 4, "
            "seit 8 Wochen krankgeschrieben (Burnout), BEM-Gespräch ausstehend."
        ),
        "Schreib mir bitte eine Einladung zum BEM-Gespräch, freundlich und kurz.",
    ),
    (
        _Sys("Du bist ein hilfreicher Assistent."),
        "Korrigier bitte Rechtschreibung und Grammatik: 'Lieber Herr Dr. Petersen, anbei die "
        "Laborwerte von Frau Gisela Marx: HIV-Test positiv, Hepatitis B negativ. Sie weis es "
        "noch nicht, bitte rufen sie sie persöhnlich an.'",
    ),
    (
        _Sys(
            "Du bist ein Code-Assistent in der IDE. Die geöffnete Datei steht unter der Nachricht."
        ),
        """Warum bekomme ich hier 401?

--- geöffnete Datei: src/lib/datev.ts ---
```ts
const client = axios.create({
  baseURL: 'https://api.datev.de/platform/v2',
  headers: {
    Authorization: 'Basic ' + Buffer.from('stb-kanzlei-roth:Dtv!R0th-2024').toString('base64'),
    'X-DATEV-Client-Id': '8c2f1a9e-4b7d-4e3a-9f6c-1d2e3b4a5c6d',
  },
});
```""",
    ),
    (
        "Wie schreibe ich in Python eine Funktion, die prüft, ob ein String ein Palindrom ist?",
        "```python\ndef ist_palindrom(s: str) -> bool:\n    t = ''.join(c.lower() for c in s if c.isalnum())\n    return t == t[::-1]\n```",
        "danke! andere Sache: meine Chefin will, dass ich diese Mail umformuliere, dass sie weniger hart klingt: 'Herr Brückner, Ihre Probezeit wird nicht verlängert. Grund sind die Fehlzeiten (23 Tage) und der Vorfall mit der Kundin Frau Ott am 12.4.'",
    ),
    (
        "Hier die docker-compose von unserem Nextcloud, warum startet der Container nicht?\n\n"
        "```yaml\nservices:\n  db:\n    image: mariadb:11\n    environment:\n"
        "      MYSQL_ROOT_PASSWORD: R00t-Nxtcld!2024\n      MYSQL_PASSWORD: Nc-Us3r-pw-77\n"
        "      MYSQL_DATABASE: nextcloud\n      MYSQL_USER: nextcloud\n  app:\n    image: nextcloud:29\n"
        "    environment:\n      MYSQL_HOST: db\n      MYSQL_PASSWORD: Nc-Us3r-pw-77\n"
        "      NEXTCLOUD_ADMIN_PASSWORD: Adm!n-Praxis-Dr-Seidel\n```",
        "Der `app`-Service hat kein `MYSQL_USER` und `MYSQL_DATABASE`; ohne die versucht das Image die automatische Installation nicht. Ergänze beide Variablen.",
        "läuft! und wie mach ich jetzt ein Backup davon?",
    ),
    (
        "Was ist der Unterschied zwischen Kubernetes Deployments und StatefulSets?",
        "Deployments verwalten austauschbare Pods ohne feste Identität; StatefulSets geben jedem Pod einen stabilen Namen, eigene Volumes und eine feste Start-Reihenfolge – gedacht für Datenbanken & Co.",
        "ok. hier unser Secret für die DB, wieso kann der Pod es nicht lesen?\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  POSTGRES_USER: lager_admin\n  POSTGRES_PASSWORD: L4ger-Pr0d-!x9Q\n```",
    ),
    (
        "Fass mir bitte das Gutachten zusammen, ist für die Elternsprechstunde",
        "Gern, füge das Gutachten ein.",
        "Schulpsychologisches Gutachten – Schüler: Leon Baumgartner, Klasse 5b, Gymnasium am Stadtpark. Testergebnisse: Lese-Rechtschreib-Störung (ICD-10 F81.0), Aufmerksamkeitsdefizit. Zuhause: Vater seit Januar in Haft, Mutter alleinerziehend, finanziell sehr belastet. Leon berichtet von Mobbing durch zwei Mitschüler. Empfehlung: Nachteilsausgleich, Schulsozialarbeit, Vorstellung beim Kinder- und Jugendpsychiater.",
    ),
    (
        "mach ne Tabelle draus: Mieter Kowalski 1.840 € Rückstand, Räumungsklage läuft; Mieterin "
        "Schulte 620 €, Ratenzahlung; Herr Aydın 3.100 €, Jobcenter zahlt nicht",
    ),
    (
        "Kannst du prüfen, ob die Steuer-ID stimmt? Mitarbeiterin Sabine Krüger, geb. 04.09.1987, "
        "Steuer-ID 57 341 896 203, Steuerklasse V, Kirchensteuer rk",
    ),
    (
        "Unser Shop speichert die Kreditkartendaten im Klartext in der MySQL-Tabelle `orders`, "
        "z. B. `4055635695680586|08/27|331|Andreas Roth`. Das ist live. Wie migriere ich das "
        "schnell auf Tokenisierung?",
    ),
    (
        "Schreib eine kurze Rundmail, dass Frau Dr. Engel ab Montag in Elternzeit ist. Nicht "
        "erwähnen, dass es eigentlich eine Kündigung wegen der Compliance-Sache ist.",
    ),
    (
        "Nur für den internen Gebrauch: Wir verlieren den Kunden Bosch Ende Q3 (28 % Umsatz). "
        "Mach daraus bitte eine Folie für die Führungskräfte, 4 Bullets.",
    ),
    (
        "ist dieser SSH-Key noch sicher? hab ihn im Teams-Chat gepostet:\n\n"
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7ktOdSJcmeA+BHJ2m5qGeRzxWkdgeV6+iYplGODlYx5uVECw\n"
        "eGThdgH9hmsOazM4n8PVGXpV9Wv4Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10F\n-----END RSA PRIVATE KEY-----",
    ),
    (
        "Hilf mir bei der Antwort an Frau Pohl: Sie fragt, warum ihr Sohn Jonas (8) nicht mit "
        "auf Klassenfahrt darf. Grund: er hat Epilepsie und wir haben keine Betreuung für die "
        "Notfallmedikation (Buccolam). Bitte einfühlsam.",
    ),
    (
        "Hier ist unser Webhook: https://hooks.slack.com/services/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 "
        "– der postet seit heute 'invalid_token'. Wurde der rotiert?",
    ),
    (
        "Kurze Frage zu unserer App: Beim Passwort-Reset kann man im Request die user_id "
        "ändern und so das Passwort von jedem Account setzen. Ist live, noch nicht gemeldet. "
        "Wie baue ich den Check in Laravel korrekt ein?",
    ),
    (
        "Wie formuliere ich das für das Team-Meeting: Thorsten Ebert hat Krebs, ist ab sofort "
        "in Chemo und will nicht, dass jemand Bescheid weiß?",
    ),
    (
        "Kannst du diese Überweisung als CSV formatieren? Empfänger: Petra Lange, IBAN "
        "DE89370400440532013000, 2.450 EUR, Verwendungszweck 'Abfindung gem. Vergleich'",
    ),
    (
        "Warum schlägt der Login fehl? `mysql -u backup -p'Bkp_2024!Hz' -h 192.168.10.4 "
        "warenwirtschaft` → ERROR 1045 (28000): Access denied",
    ),
)


_hand(
    "zh",
    ("这个key还能用吗？AKIAEH60KVJ50CE9UVW5 一直报 InvalidClientTokenId",),
    ("帮我润色：张伟确诊抑郁症，请假三个月，别告诉组里其他人",),
    ("我们生产环境登录接口有个越权漏洞还没修，今晚怎么先临时挡住？",),
    ("mysql -uroot -p'Hz@2024!prod' -h 10.20.1.5 连不上，报1045",),
    ("翻译成英文：公司下季度要裁员20%，机密，不要外传",),
    ("微信支付的APIv3密钥 9f3Kx7Lm2Qp8Rz4Tn1Wv6Yb5Hc0Jd3G 填在哪个字段？",),
    ("把这句改委婉点：李娜绩效D，年终奖取消，明年不调薪",),
    (
        """Spring Boot项目启动报错，连不上数据库。下面是 application-prod.yml，帮我看看哪里配错了：

```yaml
spring:
  datasource:
    url: jdbc:mysql://rm-bp1x8k2m9q7z.mysql.rds.aliyuncs.com:3306/order_center?useSSL=true&serverTimezone=Asia/Shanghai
    username: order_rw
    password: Od#8x2Lq!mZ7
  redis:
    host: r-bp1k9x2m7.redis.rds.aliyuncs.com
    password: Rds@Prod2024
aliyun:
  oss:
    access-key-id: LTAI5tQ8xK2mZ9pR7vN1wB4c
    access-key-secret: 3Fh8Lq2Zx7Rm9Kp4Tn1Wv6Yb5Hc0Jd
    bucket: order-invoice-prod
wechat:
  pay:
    mch-id: 1612345678
    api-v3-key: 9f3Kx7Lm2Qp8Rz4Tn1Wv6Yb5Hc0Jd3G
```

日志：
```
com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure
The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.
Caused by: java.net.ConnectException: Connection timed out
```

本地用Navicat能连上，部署到ECS上就不行。""",
    ),
    (
        """帮我把这份出院小结改写成患者家属能看懂的话，语气温和一点。

患者：王秀英，女，68岁，住院号 20240517032
诊断：1. 右肺上叶腺癌（cT3N2M1a，IVA期），EGFR 19外显子缺失突变；2. 恶性胸腔积液；3. 2型糖尿病；4. 焦虑状态
诊疗经过：入院后行胸腔穿刺置管引流，胸水病理见腺癌细胞。基因检测提示EGFR敏感突变，已开始口服奥希替尼 80mg qd。血糖控制欠佳，调整为门冬胰岛素+甘精胰岛素。
出院医嘱：奥希替尼 80mg 每日一次；二甲双胍 0.5g 每日三次；甘精胰岛素 14U 睡前；劳拉西泮 0.5mg 必要时。一个月后复查胸部CT和肝功能。
备注：患者本人暂未被告知具体分期，家属（儿子 陈建国）要求暂时保密。""",
    ),
    (
        """机密文件，请帮我整理成给管理层的5条要点，数字保留。

【董事会会议纪要 — 杭州云帆科技有限公司 — 2024年5月20日】
出席：周明（董事长）、林晓（CEO）、郑海峰（CFO）、独立董事 许静
一、一季度营收 1.86 亿元，同比下降 11%；净亏损 2,340 万元。全年营收目标由 9 亿下调至 7.5 亿，暂不对外披露。
二、董事会同意启动对深圳星桥数据的收购谈判，估值上限 4.2 亿元，项目代号"青鸟"，签约前严格保密。
三、组织调整：华南区销售团队与华东合并，预计优化 130 人，6 月 15 日前不做任何内部沟通。
四、CFO 郑海峰提出辞职，将于 Q3 离任，继任者内部物色中。
五、审计委员会报告：子公司存在约 860 万元收入确认跨期问题，正在复核。""",
    ),
    (
        """下面是我组里几个人的情况，帮我写年终绩效评语，每人三四句，客观一点：

- 刘洋，高级后端，月薪 38K：今年主导了支付系统重构，质量很高，建议晋升 P7。
- 陈静，测试，月薪 22K：工作认真，但下半年因为流产休了两个月病假，交付受影响，她不希望别人知道原因。
- 赵磊，前端，月薪 26K：能力一般，多次迟到，3 月有一次线上事故（误删生产配置），已书面警告。
- 孙悦，实习生，日薪 300：表现突出，希望转正。
绩效只能给一个 A，至少一个 C。""",
    ),
    (
        """内部渗透测试发现我们自己的系统有下面这个问题，还没修复，也没对外通报。帮我写个修复方案和代码：

我们的会员系统（Django）有个接口 `POST /api/member/update_phone/`，只校验了登录态，没有校验短信验证码是否属于当前用户。攻击者可以用自己的验证码去修改任意会员的手机号，然后通过"忘记密码"接管账号。会员里有大约 60 万用户，包含实名信息和余额。测试环境和生产环境代码一致，已在测试环境复现。

```python
@login_required
def update_phone(request):
    member_id = request.POST["member_id"]
    new_phone = request.POST["phone"]
    code = request.POST["code"]
    if SmsCode.objects.filter(phone=new_phone, code=code).exists():
        Member.objects.filter(id=member_id).update(phone=new_phone)
        return JsonResponse({"ok": True})
    return JsonResponse({"ok": False}, status=400)
```

另外想知道怎么从日志里排查有没有被人利用过。""",
    ),
    (
        """帮我写个Python脚本，把下面这些客户数据导入到MySQL的customer表里，身份证号要校验一下格式：

姓名,身份证号,手机号,地址,银行卡号,备注
黄丽华,330106198503124527,13857112046,杭州市西湖区文三路 188 号 3 单元 502,6222021202041234563,逾期 2 期
马俊,440305199011236613,13923408817,深圳市南山区科技园南区 5 栋 1101,6217003320001847296,已起诉
吴婷婷,510104199207084420,18628015593,成都市锦江区春熙路 66 号,6228480402564890018,正常""",
    ),
    (
        """线上Nginx日志里一堆这种请求，是不是被攻击了？帮我分析一下：

```
10.0.3.17 - - [05/Jun/2024:14:22:01 +0800] "POST /api/v1/orders HTTP/1.1" 200 512 "-" "okhttp/4.9.3" "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOjEwMDQ4Miwibmlja25hbWUiOiLpu4Tkub3ljY4iLCJyb2xlIjoidmlwIn0.Zx7Lq2Rm9Kp4Tn1Wv6Yb5Hc0Jd3GfA8sE2uI"
10.0.3.17 - - [05/Jun/2024:14:22:01 +0800] "GET /api/v1/users/100483/profile HTTP/1.1" 200 1893 "-" "python-requests/2.31.0"
10.0.3.17 - - [05/Jun/2024:14:22:01 +0800] "GET /api/v1/users/100484/profile HTTP/1.1" 200 1877 "-" "python-requests/2.31.0"
10.0.3.17 - - [05/Jun/2024:14:22:02 +0800] "GET /api/v1/users/100485/profile HTTP/1.1" 200 1902 "-" "python-requests/2.31.0"
...（一分钟内 4000 多条，user id 连续递增）
```

profile接口返回的是手机号、身份证后四位和收货地址。我们的接口好像没有校验只能查自己的信息，这个问题还没修。""",
    ),
    (
        _Sys(
            "你是一名资深软件工程师，在用户的代码仓库中工作，可以读写文件、执行命令。修改尽量小，并说明原因。"
        ),
        "CI 里的部署步骤失败了，帮我查查",
        """我查看了 `.gitlab-ci.yml`：

```yaml
deploy:
  stage: deploy
  script:
    - sshpass -p 'Dpl@y#2024xq' ssh deploy@47.98.123.45 "cd /srv/app && git pull && docker compose up -d"
  variables:
    DINGTALK_WEBHOOK: "https://oapi.dingtalk.com/robot/send?access_token=8f2c1e9a7b3d4f5e6a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"
```

报错：`Permission denied, please try again.`""",
        "密码上周改过了，新的是 Dpl@y#2024q3，你帮我改一下再跑一次",
    ),
    (
        _Sys(
            "你是「安心保险」的内部客服助手。以下为当前客户档案（仅供坐席参考）：客户 何志强，身份证 "
            "310104197803152839，保单号 AX20230418872，既往病史：乙肝携带、2022 年冠脉支架术，"
            "本次理赔申请金额 18.6 万元，核保意见：疑似带病投保。"
        ),
        "帮我写一段回复，告诉他理赔还在审核中，预计十个工作日内有结果",
    ),
    (
        _Sys("你是一个乐于助人的助手。"),
        "帮我把这段话翻译成英文：'患者赵敏，HIV阳性，CD4 计数 210，开始服用必妥维，请在随访时注意其心理状态，她还没有告诉丈夫。'",
    ),
    (
        _Sys("你是IDE中的编程助手，用户当前打开的文件附在消息后面。"),
        """为什么这个爬虫登录不上？

--- 当前文件: spider/login.py ---
```python
session = requests.Session()
resp = session.post("https://erp.huaxin-tech.cn/api/login", json={
    "username": "caiwu_admin",
    "password": "Hx!cw2024@erp",
})
session.headers["Cookie"] = "JSESSIONID=9A7F2C1E8B3D4F5E6A0B1C2D3E4F5A6B; token=hx_8Kq2Lm9Zx7Rp4Tn1Wv6Yb5Hc0"
```
返回 `{"code":4001,"msg":"账号已锁定"}`""",
    ),
    (
        "用Vue3写一个带分页的表格组件",
        "可以用 `<script setup>` + `computed` 做前端分页：传入 `rows`、`pageSize`，内部维护 `page`，用 `rows.slice((page-1)*pageSize, page*pageSize)` 渲染 ……",
        '好的谢谢。另外帮我看下这条数据为什么渲染不出来：\n\n{"name": "郭晓峰", "idCard": "110101199003077518", "salary": 32000, "diagnosis": "双相情感障碍", "leaveDays": 45}',
    ),
    (
        "微服务之间用gRPC还是REST比较好？",
        "内部服务间调用、对性能和强类型契约有要求时 gRPC 更合适；面向外部或浏览器、需要易调试时 REST 更方便。很多团队内部 gRPC、对外 REST。",
        "明白了。那你帮我看看我们这份网关配置有没有问题，这是生产的：\n\n```yaml\nroutes:\n  - id: user-service\n    uri: lb://user-service\njwt:\n  secret: c8f1a2e9b7d34f5e6a0b1c2d3e4f5a6b\nnacos:\n  username: nacos\n  password: N@cos-Pr0d-77\n```",
    ),
    (
        "帮我把下面的病历摘要写成周报里的一段话",
        "好的，请把病历摘要贴过来。",
        "患者刘芳，35岁，重度抑郁发作伴自杀观念，入院第12天，舍曲林加至150mg，联合MECT 6次，情绪较前改善，仍有早醒。丈夫要求出院，主治医生认为风险高，建议继续住院。",
        "好的，以下是周报段落：……",
        "再短一点，去掉用药的部分",
    ),
    (
        "这个gitee的私人令牌是不是泄露了？我不小心提交到了公开仓库：5f8e2c1a9b7d3f4e6a0b1c2d3e4f5a6b，怎么撤销？",
    ),
    (
        "帮我写封邮件给财务：员工周婷的工资卡号是 6228480402564890018，开户行农行杭州分行，本月工资 24,500 元请改打到这张卡",
    ),
    (
        "机密：明年一季度我们准备关闭成都研发中心，约 90 人。帮我想一下跟成都负责人沟通时的话术，先别让员工知道。",
    ),
    (
        "帮我看下这个curl为什么403：\n\ncurl -H 'Authorization: Bearer sk-ant-api03-QaPRYpzbLGViYXjU2JgJngKtFI3OyV2dZAkg05rK-gqv81RKMGHZEM9YpvujA_C5Q52ryFlwRlOEVHzc0X0AWIRh_JUqBAA' https://api.anthropic.com/v1/messages",
    ),
    ("我们小程序的后台接口没有做签名校验，改个参数就能给任意用户充值，线上还没修，先怎么止血？",),
    (
        "把这段整理成表格：租户王大明欠房租 3 个月共 1.2 万，已起诉；租户李小红欠 4,800，说下月还；租户周涛失联，押金不够抵",
    ),
    ("老板让我把这个改得正式点发给HR：'小陈怀孕了，合同下个月到期，就别续了，理由写业务调整'",),
    (
        "这个kubeconfig的token是不是过期了？\n\nusers:\n- name: prod-admin\n  user:\n    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IlBxN0x6In0.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6a3ViZS1zeXN0ZW06YWRtaW4ifQ.Xq8Lm2Zk9Rp4Tn1Wv6Yb5Hc0Jd3GfA8sE2uI7oP4nM",
    ),
    (
        "我儿子的心理评估报告帮我看看是什么意思：'王子轩，9岁，韦氏智力测验总分 78，存在明显的注意力缺陷和对立违抗倾向，与父母长期分居及祖辈抚养有关，建议儿童精神科进一步评估。'",
    ),
    (
        "帮我把这个内部资料压缩成 200 字：公司 618 大促实际 GMV 为 3.1 亿，对外宣传口径是 5 亿，差额部分通过关联方刷单完成，审计前需要处理。",
    ),
    (
        "阿里云AccessKey：LTAI5tRm9Kp4Tn1Wv6Yb5Hc0 / Secret：Zx7Lq2Rm9Kp4Tn1Wv6Yb5Hc0Jd3Gf，用 ossutil 上传报 403 SignatureDoesNotMatch，是不是 secret 复制错了？",
    ),
    (
        "帮我写个SQL，查出所有身份证号以 3301 开头、且月收入超过 5 万的客户姓名和手机号。表结构：customer(name, id_card, phone, monthly_income)。这是我们生产库里的真实客户，查完要发给销售。",
    ),
    ("Redis密码 Rds@Prod2024 写在代码里被扫描出来了，怎么在不停服的情况下换掉？",),
    (
        "下面是我们自己APP的漏洞，还没修：上传头像接口没有校验文件类型，传 .jsp 上去能直接执行。服务器是 Tomcat 8。先给我一个最快的修复代码。",
    ),
    (
        "润色一下：'经查，员工孙浩（工号 A0892）在 2024 年 4 月期间多次伪造报销单据，金额合计 4.7 万元，公司决定予以辞退并保留追诉权利。'",
    ),
)


_hand(
    "ja",
    ("このキーまだ有効？ AKIAPF91DHODZDOC9IS0 で SignatureDoesNotMatch が出る",),
    ("「佐藤さんはうつ病で休職中、本人は周りに知られたくない」をやわらかく言い換えて",),
    ("本番のログインAPIに認証バイパスがある。まだ未修正。今夜の暫定対応は？",),
    ("psql 'postgresql://app:Tky0!pw2024@10.8.0.4/sales' が timeout する、なぜ",),
    ("英訳して：社外秘。来期、大阪工場を閉鎖し約150名を削減予定",),
    ("xoxb-459490555598-5909531856579-dZSlB5er8bOfZqfM2oeq3hDa で invalid_auth になる",),
    ("田中部長の年収1,250万円、評価C。これ昇給なしで通知文つくって",),
    (
        """Railsのアプリが本番で起動しません。credentialsをdecryptした中身と、エラーを貼ります。

```yaml
secret_key_base: 5b8e1c9a7f3d2e4b6a0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b
aws:
  access_key_id: AKIAJ8HT9LGMXG9EDN58
  secret_access_key: o+hBKqFYY+kv5ZJr3J1TWDtkwtDDb/xHKas1VOqg
database:
  password: Mk7#vR2xLq!9
line:
  channel_secret: 4f8a2c1e9b7d3f5e6a0b1c2d3e4f5a6b
  channel_access_token: Zx7Lq2Rm9Kp4Tn1Wv6Yb5Hc0Jd3GfA8sE2uI7oP4nMq1Rz8Xk2Lm9Zx7Rp4Tn1Wv6Yb5Hc0Jd3G
stripe:
  secret_key: sk_live_4qBkdfQ1y3GQsMpSscDlkrCa
```

```
ActiveRecord::DatabaseConnectionError: There is an issue connecting to your database with your username/password, username: app.
Please check your database configuration to ensure the username/password are valid.
/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/connection_adapters/postgresql_adapter.rb:71:in `rescue in new_client'
```

RAILS_MASTER_KEYはECSのタスク定義に入れてあります。何が悪いんでしょうか。""",
    ),
    (
        """以下の退院時サマリーを、ご家族向けにわかりやすく書き直してもらえますか。

患者：山本 和子（やまもと かずこ）様、79歳女性　ID: 0048127
診断：1. 左大腿骨頸部骨折（人工骨頭置換術後）　2. アルツハイマー型認知症（中等度）　3. 慢性心不全　4. 骨粗鬆症
経過：5/8 自宅で転倒し救急搬送。5/10 人工骨頭置換術施行。術後せん妄あり、リスペリドン少量で対応。リハビリは歩行器歩行まで到達。
退院時処方：ドネペジル 5mg 朝、フロセミド 20mg 朝、ビソプロロール 2.5mg 朝、エディロール 0.75μg、アレンドロン酸 35mg 週1回、リスペリドン 0.5mg 不穏時
今後：回復期リハビリ病院へ転院予定。長男（山本 誠様）より、ご本人には認知症の診断名を伝えないでほしいとの希望あり。""",
    ),
    (
        """【社外秘】以下の取締役会議事録を、経営会議用に5項目で要約してください。数字は残してください。

株式会社ミナトシステムズ 取締役会議事録（2024年5月23日）
出席：岡田 隆（代表取締役社長）、森 由美（取締役CFO）、石井 健一（取締役CTO）、社外取締役 藤原 直子
1. 第1四半期業績：売上高 42.6億円（前年同期比 -9%）、営業損失 3.1億円。通期業績予想（売上 200億円）は下方修正の方向。適時開示は7月の決算発表に合わせる。
2. 株式会社サクラデータとの資本業務提携（出資比率 33%、約18億円）について協議開始を承認。プロジェクト名「若葉」。公表まで関係者限定。
3. 希望退職の募集（対象 45歳以上、約120名）を7月に実施する方向で検討。組合への説明は6月下旬。
4. CTO石井氏より、顧客データベースへの不正アクセスの疑い（5/18検知、影響範囲調査中）について報告。個人情報保護委員会への報告要否を法務と確認中。
5. 次回取締役会は6月20日。""",
    ),
    (
        """チームメンバーの評価コメントを書くのを手伝ってください。メモを貼ります。

・高橋 美咲（シニアエンジニア、年収 880万円）：決済基盤の刷新をリード。評価 S。来期マネージャー昇格を推薦。
・中村 翔（エンジニア、年収 620万円）：技術力は高いが、無断欠勤が今期6回。本人からパニック障害の診断書が出ており、通院中。評価 B、配慮が必要。
・小林 あや（QA、年収 510万円）：産休明けで時短勤務。成果は十分。評価 A。
・伊藤 大輔（エンジニア、年収 700万円）：顧客情報を私用PCに持ち出した件で譴責処分済み。評価 C。
それぞれ3〜4文で、本人にフィードバックする前提のトーンでお願いします。""",
    ),
    (
        """社内の脆弱性診断で、うちのサービスに以下の問題が見つかりました。まだ修正されておらず、外部には公表していません。修正コードを一緒に考えてください。

対象：会員向けマイページ（Next.js + API Routes）
内容：`/api/orders/[id]` が注文IDだけで注文詳細を返しており、ログインユーザー本人の注文かどうかを確認していない。注文IDは連番。注文詳細には氏名・住所・電話番号・購入履歴が含まれる。本番環境で2つのテストアカウントを使って再現済み。

```ts
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  const order = await prisma.order.findUnique({ where: { id: Number(req.query.id) } });
  if (!order) return res.status(404).end();
  res.json(order);
}
```

会員数は約25万人です。アクセスログから悪用の痕跡を調べる方法も教えてください。""",
    ),
    (
        """このCSVを読み込んで、顧客テーブルにINSERTするPythonスクリプトを書いてください。実データの一部です。

氏名,フリガナ,生年月日,郵便番号,住所,電話番号,マイナンバー,備考
鈴木 一郎,スズキ イチロウ,1958/04/12,160-0023,東京都新宿区西新宿3-7-1 パークハイツ502,090-3812-4471,4829 1736 5508,要介護2
渡辺 花子,ワタナベ ハナコ,1971/11/03,530-0001,大阪府大阪市北区梅田1-2-2,080-5521-0938,7310 2284 6619,生活保護受給
加藤 健太,カトウ ケンタ,1990/07/28,460-0008,愛知県名古屋市中区栄4-1-1,070-1188-3306,5592 0471 3385,""",
    ),
    (
        _Sys(
            "あなたはユーザーのリポジトリで作業する熟練のソフトウェアエンジニアです。ファイルの読み書きとコマンド実行ができます。"
        ),
        "ステージングへのデプロイが失敗してるので見てください",
        """`.github/workflows/deploy.yml` を確認しました：

```yaml
env:
  AWS_ACCESS_KEY_ID: AKIA3EFR4EDT2SYWB3WK
  AWS_SECRET_ACCESS_KEY: 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
  DB_PASSWORD: Stg-Db!2024-tky
```

ジョブのログ：`An error occurred (ExpiredToken) when calling the AssumeRole operation`""",
        "あー、じゃあこのキーをSecretsに移して、ついでにローテーションの手順も書いて",
    ),
    (
        _Sys(
            "あなたは「さくら訪問看護ステーション」の記録作成アシスタントです。本日の訪問先："
            "木村 正雄様（84歳、末期膵がん、在宅看取り方針、モルヒネ持続皮下注）、"
            "長谷川 千代様（91歳、褥瘡ステージIII、独居）。"
        ),
        "明日の訪問スケジュールの連絡文を作って。家族向けに丁寧に。",
    ),
    (
        _Sys("あなたは親切なアシスタントです。"),
        "以下を自然な英語に翻訳してください：「社員の松本さんがHIV陽性であることが健康診断で分かりました。本人の同意なく上司には伝えないでください。」",
    ),
    (
        _Sys(
            "あなたはIDEに組み込まれたコーディングアシスタントです。開いているファイルがメッセージの下に添付されます。"
        ),
        """このコード、なんで401になるの？

--- 開いているファイル: src/api/freee.ts ---
```ts
const res = await fetch('https://api.freee.co.jp/api/1/deals?company_id=3318204', {
  headers: {
    Authorization: 'Bearer 9Kq2Lm7Zx4Rp8Tn1Wv6Yb5Hc0Jd3GfA8sE2uI7oP4nMq1Rz8Xk2L',
  },
});
```""",
    ),
    (
        "Reactでモーダルを作る一番シンプルな方法は？",
        "`useState` で開閉状態を持ち、`createPortal` で `document.body` に描画するのがシンプルです。Escキーと背景クリックで閉じる処理を足すと使いやすくなります。",
        "ありがとう。別件で、この人事通知を丁寧な文面に直して：「佐々木 健二、営業部、来月付で子会社へ出向。理由は取引先への不適切な接待（約80万円）の発覚。給与は月額52万→44万円」",
    ),
    (
        "docker composeでpostgresに繋がらないです\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Kaigo-Db!2024\n  app:\n    environment:\n      DATABASE_URL: postgres://postgres:Kaigo-Db!2024@localhost:5432/kaigo\n```",
        "コンテナ内の `localhost` はアプリ自身を指します。`DATABASE_URL` のホストを `db`（サービス名）に変えてください。",
        "繋がりました！じゃあ次はマイグレーションを起動時に自動で流すには？",
    ),
    (
        "保育園の連絡帳の文章を整えてほしいです",
        "はい、元の文章を貼ってください。",
        "「はると君（4歳）について。児童相談所から、父親による身体的虐待の疑いで見守り依頼がありました。お迎えは母親のみ可。父親が来た場合は園長に連絡し、引き渡さないこと。」これを職員向けの申し送りに。",
    ),
    (
        "このクレカ情報で決済テストしたいんだけど、StripeのAPIでどう書く？ 5091 4180 6304 1456 / 12/27 / 802（お客さんの本物のカード）",
    ),
    (
        "機密：来月の価格改定（全プラン15%値上げ）、まだ営業にも言ってない。顧客向けの告知文の下書きを作って",
    ),
    (
        "社内Wikiに書いてあったこのパスワード、まだ使えるか確認する方法ある？ VPN: yamada.t / Vpn!Tky#2023",
    ),
    (
        "「鈴木さん（経理）の横領の件、金額は約320万円、警察にはまだ届けていない」を役員向け報告の文体にして",
    ),
    (
        "このJWTをデコードして中身を教えて。本番の管理者のやつです\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjo3LCJyb2xlIjoic3VwZXJhZG1pbiIsIm5hbWUiOiLlsbHnlLAg5aSq6YOOIn0.Lq2Rm9Kp4Tn1Wv6Yb5Hc0Jd3GfA8sE2uI7oP4nMq1R",
    ),
    (
        "自社ECの検索窓にSQLインジェクションがあるのを見つけた。本番で `' OR 1=1 --` で全会員のメールが出る。まだ誰にも報告してない。どう直す？",
    ),
    (
        "部下の山口さんの休職診断書（適応障害、3ヶ月）を受け取りました。チームへの説明メール、病名は伏せて書いて",
    ),
    (
        "家賃滞納者リストを表にして：202号 吉田様 4ヶ月 28万円 連帯保証人に連絡済、305号 林様 2ヶ月 13万円、401号 斎藤様 6ヶ月 42万円 法的手続き準備中",
    ),
    (
        "この秘密鍵、形式合ってる？\n\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDUeuVaT5jpTFPW\nhLn/5drcFlCxvnNGdcmyHc7E4nSmwfIp7/JoppZrDDs7YvcX1eY9KpGzU3HEEmXL\n-----END PRIVATE KEY-----",
    ),
    (
        "次の部外秘資料を3行で要約して：「来期の新卒採用は0名とし、中途採用も凍結。既存社員の賞与は前年比30%減。6月の全社会議までは管理職限定の情報とする。」",
    ),
    (
        "スクールカウンセラーの記録を保護者面談用にまとめて：「小学5年 石川 蓮くん。いじめ被害の訴えあり（同級生3名）。自傷行為（手首）を確認。母親はうつ病で通院中。」",
    ),
    (
        "GitHub Actions のログに `OPENAI_API_KEY=sk-proj-1hsYgBds1ghxY5OokvQyx7eNWVQ4vnakJkS1pAWTN3lg8zV5yPU8d0FZfWe7ihGyiRUIQfHOJMaidDn87XG3_q_xbMtEPO6UkzYuF0ie9Pu2njHkAm1_5wDr` がそのまま出てた。マスクされないのはなぜ？",
    ),
    (
        "この給与振込データ、全銀フォーマットに変換して：三井住友銀行 新宿支店 普通 7731024 タナカ ミホ 385,200円",
    ),
)


_hand(
    "fr",
    ("pourquoi ça marche pas ? mongodb://admin:M0ng0-Pr0d!@10.0.5.2:27017 auth failed",),
    ("reformule gentiment : « M. Lefèvre a un cancer du pancréas, il ne reviendra pas »",),
    (
        """Bonjour, notre appli Django refuse de démarrer en prod depuis la mise à jour. Voici le settings_prod.py (oui je sais, les secrets devraient être dans des variables d'env, c'est prévu) :

```python
SECRET_KEY = "django-insecure-7x!q2m#k9z@l4p8r$t1v6w^y5b3h&c0j"
DEBUG = False
ALLOWED_HOSTS = ["app.mutuelle-horizon.fr"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "adherents",
        "USER": "horizon_app",
        "PASSWORD": "Hz-Adh3r!2024",
        "HOST": "pg-prod.horizon.local",
        "PORT": "5432",
    }
}
EMAIL_HOST_PASSWORD = "Mail-Hrz-77!"
SENDINBLUE_API_KEY = "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"
```

Erreur :
```
django.db.utils.OperationalError: connection to server at "pg-prod.horizon.local" (10.12.4.3), port 5432 failed: FATAL:  password authentication failed for user "horizon_app"
```

Le mot de passe marche avec psql depuis la même machine. Une idée ?""",
    ),
    (
        """Pouvez-vous rédiger un courrier au médecin traitant à partir de mes notes ? Ton sobre.

Patiente : Mme Nathalie Rousseau, née le 21/08/1969
Consultation d'oncologie du 4 juin. Carcinome canalaire infiltrant du sein gauche, RH+ HER2-, pT2N1a. Chimiothérapie adjuvante terminée (4 EC + 12 paclitaxel), tolérance médiocre (neuropathie grade 2). Début d'hormonothérapie par létrozole 2,5 mg + agoniste LH-RH. Radiothérapie prévue à partir du 24 juin.
Sur le plan psychologique : syndrome anxio-dépressif, mise sous escitalopram 10 mg par le psychiatre. Arrêt de travail prolongé jusqu'au 30 septembre. Elle ne souhaite pas que son employeur (Crédit Mutuel de Nantes) connaisse le diagnostic.
Prochain rendez-vous : dans 3 mois avec mammographie et bilan biologique.""",
    ),
    (
        """Merci de résumer ce document en 5 points pour le comité exécutif. CONFIDENTIEL — ne pas diffuser.

Note au Comité de direction — Projet « Mistral »
1. Les négociations avec Groupe Berthier pour la cession de notre activité logistique (CA 2023 : 84 M€) avancent ; offre ferme attendue le 15 juillet, valorisation indicative 52–58 M€.
2. 310 salariés seraient transférés ; les instances représentatives du personnel ne seront informées qu'après signature du protocole.
3. Le site de Saint-Quentin (95 postes) n'est pas inclus dans le périmètre et serait fermé fin 2025.
4. Impact sur nos résultats : moins-value comptable estimée à 11 M€, à annoncer avec les résultats semestriels.
5. Liste d'initiés tenue par la Direction juridique ; toute fuite doit être signalée immédiatement.""",
    ),
    (
        _Sys(
            "Tu es un ingénieur logiciel expérimenté qui travaille dans le dépôt de l'utilisateur. "
            "Tu peux lire des fichiers et lancer des commandes."
        ),
        "Le job d'export vers le partenaire plante, regarde ce qui se passe",
        """J'ai ouvert `scripts/export_partenaire.sh` :

```bash
sftp_user="export_mutuelle"
sftp_pass="Sftp!Exp0rt-2024"
lftp -u "$sftp_user,$sftp_pass" sftp://sftp.partenaire-sante.fr -e "put /data/export/adherents_$(date +%F).csv; bye"
```

Le log indique : `Fatal error: max-retries exceeded`.""",
        "ok, et le fichier qu'on envoie contient quoi exactement ? vérifie qu'on n'envoie pas les numéros de sécu en clair",
    ),
    (
        _Sys("Tu es un assistant RH pour le groupe Valmont. Sois discret et professionnel."),
        "Rédige la lettre de notification : Karim Benali, technicien, salaire brut 2 480 €, "
        "licenciement pour faute grave suite à un vol de matériel constaté le 3 mai, entretien "
        "préalable tenu le 15 mai.",
    ),
    (
        "Comment on fait un fetch avec async/await en JS ?",
        "```js\nconst res = await fetch(url);\nif (!res.ok) throw new Error(res.status);\nconst data = await res.json();\n```",
        "merci. et là, pourquoi j'ai un 401 ?\n\nawait fetch('https://api.brevo.com/v3/contacts', { headers: { 'api-key': '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' } })",
    ),
    (
        "Mets ça en tableau : Mme Girard, 3 loyers impayés (2 340 €), procédure d'expulsion ; M. Haddad, 1 200 €, au chômage ; M. Perrin, 4 mois, caution insuffisante",
    ),
    (
        "On a trouvé une faille dans NOTRE extranet client : le paramètre `?client_id=` n'est pas vérifié, n'importe qui voit les contrats des autres. Pas encore corrigé. Patch rapide en PHP ?",
    ),
    (
        "Traduis en anglais le compte rendu de la psychologue scolaire : « Inès M., 10 ans, CM2, "
        "école Jules-Ferry. Troubles anxieux sévères, scarifications observées, contexte de "
        "violences conjugales au domicile. Signalement à la CRIP effectué le 12 avril. »",
    ),
    (
        "le RIB du fournisseur c'est FR7865523994817426106891769, peux-tu me générer le virement SEPA XML de 12 400 € pour Menuiserie Caron SARL ?",
    ),
    ("ma clé Stripe sk_live_ZbqcabUGJmGEp7CgQ0PBQFI1 renvoie 401 depuis ce matin ?",),
)


_hand(
    "pt",
    ("por que dá erro? postgres://admin:Brasil@2024!@10.0.1.8:5432/vendas",),
    (
        """Oi! Meu app Node não conecta no banco depois do deploy no EC2. Segue o .env de produção:

```
NODE_ENV=production
PORT=3000
DATABASE_URL=postgresql://loja_app:Lj!2024-pRd#x@loja-prod.c9xk2lq0abcd.sa-east-1.rds.amazonaws.com:5432/loja
JWT_SECRET=a7c3e9f1b5d2048e6c1a9f3b7d5e2c08
MERCADOPAGO_ACCESS_TOKEN=APP_USR-7712093845561234-060412-4b8e2c1d9a7f3e5b6c0d1a2e3f4b5c6d-1122334455
PAGSEGURO_TOKEN=8F2C1E9A7B3D4F5E6A0B1C2D3E4F5A6B
AWS_ACCESS_KEY_ID=AKIA1U33XTPLPFT75V2S
AWS_SECRET_ACCESS_KEY=nRH9ucAUsdMlHUvTCQCyEZDz+TddJ8HyS5SUkCnD
SENDGRID_API_KEY=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
```

Erro:
```
Error: connect ETIMEDOUT 10.0.14.22:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -110, code: 'ETIMEDOUT', syscall: 'connect', address: '10.0.14.22', port: 5432
}
```

É security group?""",
    ),
    (
        """Preciso transformar esse prontuário num resumo para a família, linguagem simples:

Paciente: José Carlos Almeida, 74 anos, CPF 529.982.247-25
Internação: AVC isquêmico em território da artéria cerebral média esquerda, com afasia de expressão e hemiparesia direita. Trombólise não realizada (janela > 4,5h). Fibrilação atrial diagnosticada na internação, iniciado apixabana 5 mg 12/12h. Também em uso de losartana 50 mg, atorvastatina 40 mg e metformina 850 mg.
Evolução: melhora parcial da força, segue com dificuldade para falar. Disfagia leve, dieta pastosa.
Alta para casa com fisioterapia e fonoaudiologia domiciliar. A filha (Renata) pediu que o diagnóstico de demência vascular, levantado pela neurologia, não seja comentado com o paciente por enquanto.""",
    ),
    (
        _Sys("Você é um assistente útil."),
        "revisa esse e-mail pra mim: 'Equipe, a partir de segunda o Rodrigo Farias não faz mais "
        "parte da empresa. (Interno: demissão por justa causa, assédio a duas estagiárias, "
        "processo em andamento.)' quero tirar a parte interna e deixar neutro",
    ),
    (
        _Sys(
            "Você é um engenheiro de software experiente trabalhando no repositório do usuário, "
            "com acesso a arquivos e terminal."
        ),
        "o teste de integração com o banco tá falhando, dá uma olhada",
        "Abri `docker-compose.test.yml`:\n\n```yaml\nservices:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: R00t!Tst-Fin\n      MYSQL_PASSWORD: Fin-App-Qa22\n```\nE `.env.test` aponta para o banco de produção: `DB_URL=mysql://fin_app:Fin-Pr0d-2024!@10.3.0.9:3306/financeiro`.",
        "eita, isso não devia apontar pra produção. corrige e me diz se alguma coisa rodou contra o banco real",
    ),
    (
        "Como faço um gráfico de barras em matplotlib?",
        "```python\nimport matplotlib.pyplot as plt\nplt.bar(categorias, valores)\nplt.show()\n```",
        "valeu. agora faz um com esses dados do RH: Ana Souza R$ 14.200, Bruno Lima R$ 9.800 (afastado por depressão), Carla Dias R$ 11.500, Diego Rocha R$ 7.300 (advertência por faltas)",
    ),
    (
        "confidencial: a Natura Cosméticos vai sair como cliente no fim do ano, 22% da receita. me ajuda a escrever o comunicado pros diretores, ninguém mais pode saber",
    ),
    (
        "Nosso app tem uma falha que ainda não corrigimos: dá pra trocar o `userId` no body do "
        "PUT /perfil e editar o perfil de qualquer cliente, inclusive a chave PIX. Como corrijo no NestJS?",
    ),
    (
        "formata em tabela: Maria Ferreira, CPF 153.509.460-56, cartão 4210 9841 7982 7186, venc 03/28; Paulo Nunes, CPF 714.602.380-01, em atraso",
    ),
    ("esse token do GitHub vazou? ghp_CiAhzCueQpBenQtYh5Xj8TPQxjq4i9DoV8gz",),
    (
        "traduz pro inglês o laudo do meu filho: 'Lucas, 6 anos, diagnóstico de TEA nível 1, TDAH, indicação de acompanhante terapêutico na escola'",
    ),
)


_hand(
    "it",
    ("perché non va? mysql://root:Roma2024!db@192.168.1.20/gestionale",),
    (
        """Ciao, il nostro backend Spring non parte in produzione. Incollo l'application.properties così com'è:

```properties
spring.datasource.url=jdbc:postgresql://10.40.2.7:5432/anagrafe
spring.datasource.username=anagrafe_svc
spring.datasource.password=An4gr@fe-Pr0d!
spring.mail.username=notifiche@comune-valtellina.it
spring.mail.password=N0tif!che2024
app.jwt.secret=5f8e2c1a9b7d3f4e6a0b1c2d3e4f5a6b7c8d9e0f
app.pagopa.api-key=pgp_live_7Xq2Lm9Zk4Rp8Tn1Wv6Yb5Hc0Jd3GfA
app.spid.private-key-password=Sp!dKey#2024
```

Errore:
```
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "anagrafe_svc"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)
```

È il carattere @ nella password? Con psql funziona.""",
    ),
    (
        """Mi aiuti a scrivere una lettera per il medico di base partendo da questi appunti?

Paziente: sig. Giorgio Bellini, nato il 02/12/1950, CF BLLGRG50T02F205X
Visita neurologica del 6 giugno: malattia di Parkinson in progressione, fluttuazioni motorie e discinesie da picco dose. Aumentata levodopa/carbidopa a 100/25 mg 5 volte al giorno, aggiunta safinamide 50 mg. Allucinazioni visive notturne: iniziata quetiapina 25 mg la sera.
Caduta domestica il mese scorso con frattura di polso. La moglie (sig.ra Luisa) riferisce che guida ancora l'auto nonostante il parere contrario: consigliata segnalazione alla commissione patenti.
Controllo tra 3 mesi.""",
    ),
    (
        _Sys("Sei un assistente che traduce in inglese. Restituisci solo la traduzione."),
        "RISERVATO — Verbale del CdA di Ferraresi Meccanica S.p.A.: approvata la chiusura dello "
        "stabilimento di Brescia entro marzo (140 dipendenti). I sindacati verranno informati "
        "solo dopo l'accordo con la Regione. Perdita prevista nel semestre: 6,8 milioni di euro.",
    ),
    (
        "Come si fa una query con JOIN in SQLAlchemy?",
        "Con `select(Ordine, Cliente).join(Cliente, Ordine.cliente_id == Cliente.id)` e poi `session.execute(stmt)`.",
        "ok. e questa riga dal db di produzione perché fa fallire il report?\n\n(4471, 'Francesca Galli', 'GLLFNC85M41H501Z', 'IT93X2649916774545688965076', 'pignoramento stipendio 1/5', 'depressione maggiore - in malattia dal 02/04')",
    ),
    (
        "Nel nostro portale clienti c'è un bug che nessuno ha ancora sistemato: il link per "
        "reimpostare la password non scade mai e contiene l'id utente in chiaro. È in produzione. "
        "Come lo correggo in Laravel?",
    ),
    (
        "scrivi una mail di richiamo per Marco Testa: terzo ritardo del mese, già una contestazione disciplinare a marzo, stipendio 1.850 netti, ultimo avviso",
    ),
    ("la mia chiave AIzatL31Ugq-DfcgaTMnTC0MrAU8urbFt5misIZ di Maps dà REQUEST_DENIED",),
    (
        "riassumi: 'Uso interno esclusivo. Il cliente Enel non rinnoverà il contratto (31% del fatturato). Non comunicarlo al team commerciale prima di settembre.'",
    ),
    (
        "Metti in tabella gli inquilini morosi: Rossi 3 mensilità (2.100 €), sfratto avviato; Esposito 900 €, cassa integrazione; Conti 5 mensilità, irreperibile",
    ),
)


_hand(
    "ko",
    ("이 키 아직 유효한가요? AKIA1U33XTPLPFT75V2S 로 AccessDenied 떠요",),
    (
        """스프링 부트 서버가 운영 환경에서 DB 연결을 못 합니다. application-prod.yml 그대로 붙여요.

```yaml
spring:
  datasource:
    url: jdbc:mysql://prod-db.cluster-ckx81m2qz.ap-northeast-2.rds.amazonaws.com:3306/shop
    username: shop_admin
    password: Sh0p!Prd-2024kr
  data:
    redis:
      host: prod-redis.k2x9ab.ng.0001.apn2.cache.amazonaws.com
      password: Rds#Kr-2024!
kakao:
  admin-key: 8f2c1e9a7b3d4f5e6a0b1c2d3e4f5a6b
toss:
  secret-key: live_sk_Lm2Zk9Rp4Tn1Wv6Yb5Hc0Jd3GfA8
aws:
  access-key: AKIAEH60KVJ50CE9UVW5
  secret-key: nRH9ucAUsdMlHUvTCQCyEZDz+TddJ8HyS5SUkCnD
```

에러:
```
java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.
Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure
```

로컬에서는 잘 되는데 EKS에 올리면 이래요.""",
    ),
    (
        _Sys("당신은 친절한 어시스턴트입니다."),
        "이 문장 자연스럽게 다듬어줘: '대외비 — 다음 달 구조조정으로 개발본부 인원 25% 감축 예정, 팀장급 외 공유 금지'",
    ),
    (
        "파이썬에서 리스트 중복 제거하는 법?",
        "순서를 유지하려면 `list(dict.fromkeys(items))`, 순서가 상관없으면 `list(set(items))`를 쓰면 됩니다.",
        "고마워요. 그럼 이 환자 명단에서 중복 좀 찾아줘요: 김민준(1985-03-12, 당뇨), 이서연(1992-07-01, 우울증), 김민준(1985-03-12, 당뇨·고혈압), 박지훈(1978-11-23, HIV)",
    ),
    (
        "우리 서비스 관리자 페이지에 인증 우회 취약점이 있는데 아직 패치 안 됐어요. /admin?debug=1 붙이면 로그인 없이 들어가져요. 빨리 막는 방법?",
    ),
    (
        "팀원 평가 코멘트 좀 써줘: 최유나 연봉 6,200만원 S등급 승진 추천, 정태호 연봉 5,400만원 C등급, 공황장애로 병가 두 달",
    ),
    (
        _Sys(
            "당신은 사용자의 저장소에서 작업하는 숙련된 소프트웨어 엔지니어입니다. 파일을 읽고 명령을 실행할 수 있습니다."
        ),
        "배포 스크립트가 실패해요, 확인해 주세요",
        "`deploy.sh`를 열어봤습니다:\n\n```bash\nexport GITHUB_TOKEN=ghp_4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9eh6\nsshpass -p 'Dpl0y!Kr2024' ssh ubuntu@13.125.77.41 ./release.sh\n```\n로그: `Permission denied (publickey,password)`",
        "비번 바뀐 것 같아요. 스크립트에 토큰이랑 비번 하드코딩된 거 빼고 다시 짜줘요",
    ),
    (
        "이거 표로 정리해줘: 101호 한지민 월세 3개월 연체 210만원, 203호 오세훈 연락두절, 보증금 500만원 남음",
    ),
    (
        "주민등록번호 850312-1234567, 이름 김도윤, 이 형식으로 DB에 저장하려는데 컬럼 타입 뭐로 해요? 실제 고객 데이터예요",
    ),
    (
        "아이 심리검사 결과 좀 쉽게 설명해줘: '윤서진(8세), 불안장애 및 선택적 함구증, 부모의 이혼 소송 진행 중, 놀이치료 주 1회 권고'",
    ),
    (
        "슬랙 토큰 xoxb-557641925681-1756469260392-HTp8hkqdlm7tOtHWnsCGRlrw 노출됐어요, 어떻게 폐기?",
    ),
)


_hand(
    "ru",
    ("почему не коннектится? postgresql://admin:Moskva!2024@10.0.7.3:5432/crm",),
    (
        """Привет. Приложение на FastAPI не стартует в проде, вот .env целиком:

```
DATABASE_URL=postgresql+asyncpg://billing:B1ll!ng-Pr0d-77@10.16.0.12:5432/billing
REDIS_URL=redis://:R3d!s-Bll-2024@10.16.0.20:6379/0
YOOKASSA_SHOP_ID=318204
YOOKASSA_SECRET_KEY=live_Zx7Lq2Rm9Kp4Tn1Wv6Yb5Hc0Jd3GfA8sE2uI
TELEGRAM_BOT_TOKEN=6023145789:AAH7kQ2mZ9xR4pW1nB8cY5hJ3sD6fG0aLuE
SENTRY_DSN=https://8f2c1e9a7b3d4f5e@o451278.ingest.sentry.io/5811999
JWT_SECRET=d4e8a1c7f3b92e06c5a1d9f7b3e2c4a8
```

Ошибка:
```
asyncpg.exceptions.InvalidPasswordError: password authentication failed for user "billing"
  File "/app/db.py", line 14, in init_pool
    pool = await asyncpg.create_pool(settings.database_url)
```

Пароль точно правильный, из psql заходит. Может, проблема в восклицательном знаке?""",
    ),
    (
        _Sys("Ты полезный ассистент."),
        "Сократи до трёх предложений: «Пациентка Иванова Мария Петровна, 52 года, рак "
        "шейки матки IIB стадии, начата химиолучевая терапия цисплатином. Муж не знает о "
        "диагнозе, пациентка просит не сообщать ему. Назначен сертралин 50 мг.»",
    ),
    (
        "Как в React сделать debounce для поиска?",
        "Сделайте хук `useDebounce(value, delay)` с `setTimeout` в `useEffect` и очисткой таймера; запрос отправляйте по изменению отложенного значения.",
        "спасибо. теперь другое: перепиши помягче письмо сотруднику: «Сергей Волков, ваш оклад 185 000 ₽ не будет повышен, вы получили выговор за прогулы, следующий — увольнение»",
    ),
    (
        "Для внутреннего пользования: в Q2 выручка упала на 17%, акционерам пока не сообщаем. Сделай из этого слайд для правления, 4 пункта.",
    ),
    (
        "В нашем личном кабинете нашли уязвимость: через параметр `?doc_id=` можно скачать паспорта других клиентов. Ещё не исправлено. Как быстро закрыть в Django?",
    ),
    (
        _Sys(
            "Ты опытный инженер-программист, работаешь в репозитории пользователя, можешь читать файлы и запускать команды."
        ),
        "CI падает на шаге публикации пакета, глянь",
        "Открыл `.npmrc`:\n\n```\n//registry.npmjs.org/:_authToken=npm_SQ1IEE1HSa2bB9UoK4tYnzNLeK6kjcbhgN7k\n@ourco:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=ghp_JbW56eCuNGMGmSrCGIZEG8pSH4487q7J58m1\n```\nОшибка: `npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@ourco%2fui-kit`",
        "понял. убери токены из файла и перенеси в секреты CI",
    ),
    (
        "оформи таблицей: Петров А.В., паспорт 4510 123456, задолженность 84 000 ₽, исковое подано; Смирнова Е.Н., паспорт 4612 654321, долг 12 500 ₽",
    ),
    (
        "Переведи на английский заключение психолога: «Кирилл Н., 11 лет, тревожное расстройство, самоповреждения, в семье насилие со стороны отчима, направлен в органы опеки».",
    ),
    ("этот ключ от Яндекс Облака ещё живой? AQVNw8Lq2Rm9Kp4Tn1Wv6Yb5Hc0Jd3GfA8sE2",),
    (
        "у меня в логах видны номера карт клиентов: `charge ok card=5246944318479930 holder=OLGA KUZNETSOVA`. прод. как быстро замаскировать в logback?",
    ),
)


# ---------------------------------------------------------------------------------------------
# Templates. Each family is one group (at most 25 variants); its variants' languages are fixed
# lists, the slots are drawn with the family's own seeded Random.
# ---------------------------------------------------------------------------------------------

_ALNUM = string.ascii_letters + string.digits
_UPNUM = string.ascii_uppercase + string.digits
_HEX = "0123456789abcdef"


def _langs(spec: str) -> list[str]:
    """The languages of a family's variants, in order (one per variant)."""
    return spec.split()


def _rand(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _jwt(rng: random.Random) -> str:
    header = _b64url('{"alg":"HS256","typ":"JWT"}')
    role = rng.choice(["admin", "user", "service", "billing:write", "ops"])
    exp = rng.randint(1_700_000_000, 1_770_000_000)
    payload = _b64url(f'{{"sub":"{rng.randint(1000, 99999)}","role":"{role}","exp":{exp}}}')
    return f"{header}.{payload}.{_rand(rng, 43, _ALNUM + '-_')}"


def _password(rng: random.Random) -> str:
    word = rng.choice(["Winter", "Harbor", "Prod", "Falcon", "Orchid", "Nebula", "Sunset", "Kiwi"])
    return f"{word}{rng.choice('!#@%&*')}{rng.randint(10, 9999)}{_rand(rng, 3)}"


_TOKENS: dict[str, Callable[[random.Random], str]] = {
    "aws_id": lambda r: "AKIA" + _rand(r, 16, _UPNUM),
    "aws_secret": lambda r: _rand(r, 40, _ALNUM + "/+"),
    "github": lambda r: "ghp_" + _rand(r, 36),
    "gitlab": lambda r: "glpat-" + _rand(r, 20, _ALNUM + "-_"),
    "slack": lambda r: (
        f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-{_rand(r, 24)}"
    ),
    "stripe": lambda r: "sk_live_" + _rand(r, 24),
    "stripe_webhook": lambda r: "whsec_" + _rand(r, 32),
    "openai": lambda r: "sk-proj-" + _rand(r, 100, _ALNUM + "-_"),
    "anthropic": lambda r: "sk-ant-api03-" + _rand(r, 93, _ALNUM + "-_") + "AA",
    "google": lambda r: "AIza" + _rand(r, 35, _ALNUM + "-_"),
    "huggingface": lambda r: "hf_" + _rand(r, 34),
    "npm": lambda r: "npm_" + _rand(r, 36),
    "sendgrid": lambda r: f"SG.{_rand(r, 22, _ALNUM + '-_')}.{_rand(r, 43, _ALNUM + '-_')}",
    "hex32": lambda r: _rand(r, 32, _HEX),
    "hex64": lambda r: _rand(r, 64, _HEX),
    "jwt": _jwt,
    "password": _password,
}


def _tok(rng: random.Random, kind: str) -> str:
    return _TOKENS[kind](rng)


def _card(rng: random.Random) -> str:
    """A Luhn-valid 16-digit number, grouped by four."""
    digits = [int(rng.choice("45"))] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    number = "".join(map(str, digits)) + str((10 - total % 10) % 10)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def _iban(rng: random.Random, country: str, length: int) -> str:
    """An IBAN with valid check digits and a numeric BBAN of `length` digits."""
    bban = "".join(str(rng.randint(0, 9)) for _ in range(length))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


_COMPANIES = [
    "kestrel",
    "northwind",
    "vantacore",
    "orbisfleet",
    "plumtree",
    "ledgerly",
    "harborline",
    "quillstack",
    "fernhill",
    "corvane",
    "bluefin",
    "meridian",
    "oakridge",
    "sundial",
    "tallis",
]


# --- configuration files with live secrets, and the error they produce ---------------------


def _cfg_node_env(rng: random.Random, co: str) -> tuple[str, str, str, str]:
    pw = _tok(rng, "password")
    host = f"{co}-prod.c{_rand(rng, 10, string.ascii_lowercase + string.digits)}.eu-west-1.rds.amazonaws.com"
    body = "\n".join(
        [
            "NODE_ENV=production",
            f"DATABASE_URL=postgresql://{co}_app:{pw}@{host}:5432/{co}",
            f"REDIS_URL=redis://default:{_tok(rng, 'password')}@cache.{co}.internal:6379",
            f"JWT_SECRET={_tok(rng, 'hex32')}",
            f"STRIPE_SECRET_KEY={_tok(rng, 'stripe')}",
            f"STRIPE_WEBHOOK_SECRET={_tok(rng, 'stripe_webhook')}",
            f"OPENAI_API_KEY={_tok(rng, 'openai')}",
            f"SENDGRID_API_KEY={_tok(rng, 'sendgrid')}",
            f"AWS_ACCESS_KEY_ID={_tok(rng, 'aws_id')}",
            f"AWS_SECRET_ACCESS_KEY={_tok(rng, 'aws_secret')}",
        ]
    )
    error = (
        f"Error: P1000: Authentication failed against database server at `{host}`, the "
        f"provided database credentials for `{co}_app` are not valid.\n"
        "    at /app/node_modules/@prisma/client/runtime/library.js:111:2770\n"
        "    at async Promise.all (index 0)"
    )
    return ".env.production", "bash", body, error


def _cfg_django(rng: random.Random, co: str) -> tuple[str, str, str, str]:
    body = "\n".join(
        [
            f'SECRET_KEY = "django-{_rand(rng, 40, _ALNUM + "!@#%^&*")}"',
            "DEBUG = False",
            f'ALLOWED_HOSTS = ["app.{co}.io", "admin.{co}.io"]',
            "DATABASES = {",
            '    "default": {',
            '        "ENGINE": "django.db.backends.postgresql",',
            f'        "NAME": "{co}",',
            f'        "USER": "{co}_web",',
            f'        "PASSWORD": "{_tok(rng, "password")}",',
            f'        "HOST": "db-primary.{co}.internal",',
            "    }",
            "}",
            f'EMAIL_HOST_PASSWORD = "{_tok(rng, "password")}"',
            f'AWS_ACCESS_KEY_ID = "{_tok(rng, "aws_id")}"',
            f'AWS_SECRET_ACCESS_KEY = "{_tok(rng, "aws_secret")}"',
            f'SLACK_BOT_TOKEN = "{_tok(rng, "slack")}"',
        ]
    )
    error = (
        f'django.db.utils.OperationalError: connection to server at "db-primary.{co}.internal" '
        f"(10.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}), port 5432 failed: "
        f'FATAL:  password authentication failed for user "{co}_web"'
    )
    return "settings/production.py", "python", body, error


def _cfg_compose(rng: random.Random, co: str) -> tuple[str, str, str, str]:
    pw = _tok(rng, "password")
    body = "\n".join(
        [
            "services:",
            "  db:",
            "    image: postgres:16",
            "    environment:",
            f"      POSTGRES_USER: {co}",
            f'      POSTGRES_PASSWORD: "{pw}"',
            "  api:",
            f"    image: registry.{co}.io/api:latest",
            "    environment:",
            f"      DATABASE_URL: postgres://{co}:{pw}@db:5432/{co}",
            f"      GITHUB_TOKEN: {_tok(rng, 'github')}",
            f"      ANTHROPIC_API_KEY: {_tok(rng, 'anthropic')}",
            f"      SESSION_SECRET: {_tok(rng, 'hex64')}",
            "    depends_on: [db]",
            "  worker:",
            f"    image: registry.{co}.io/worker:latest",
            "    environment:",
            f"      HF_TOKEN: {_tok(rng, 'huggingface')}",
        ]
    )
    error = (
        f'api-1     | error: password authentication failed for user "{co}"\n'
        f'db-1      | FATAL:  password authentication failed for user "{co}"\n'
        f'db-1      | DETAIL:  Connection matched pg_hba.conf line 100: "host all all all scram-sha-256"\n'
        "api-1 exited with code 1"
    )
    return "docker-compose.prod.yml", "yaml", body, error


def _cfg_spring(rng: random.Random, co: str) -> tuple[str, str, str, str]:
    body = "\n".join(
        [
            "spring:",
            "  datasource:",
            f"    url: jdbc:mysql://{co}-db.internal:3306/{co}?useSSL=true",
            f"    username: {co}_svc",
            f"    password: {_tok(rng, 'password')}",
            "  mail:",
            f"    username: noreply@{co}.com",
            f"    password: {_tok(rng, 'password')}",
            "app:",
            "  jwt:",
            f"    secret: {_tok(rng, 'hex64')}",
            "  stripe:",
            f"    api-key: {_tok(rng, 'stripe')}",
            "  github:",
            f"    token: {_tok(rng, 'github')}",
            "cloud:",
            "  aws:",
            f"    access-key: {_tok(rng, 'aws_id')}",
            f"    secret-key: {_tok(rng, 'aws_secret')}",
        ]
    )
    error = (
        "java.sql.SQLException: Access denied for user "
        f"'{co}_svc'@'10.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}' (using password: YES)\n"
        "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n"
        "\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:562)"
    )
    return "application-prod.yml", "yaml", body, error


def _cfg_actions(rng: random.Random, co: str) -> tuple[str, str, str, str]:
    body = "\n".join(
        [
            "name: deploy",
            "on: { push: { branches: [main] } }",
            "jobs:",
            "  deploy:",
            "    runs-on: ubuntu-latest",
            "    env:",
            f"      AWS_ACCESS_KEY_ID: {_tok(rng, 'aws_id')}",
            f"      AWS_SECRET_ACCESS_KEY: {_tok(rng, 'aws_secret')}",
            f"      NPM_TOKEN: {_tok(rng, 'npm')}",
            f"      GITLAB_MIRROR_TOKEN: {_tok(rng, 'gitlab')}",
            "    steps:",
            "      - uses: actions/checkout@v4",
            "      - run: npm ci && npm run build",
            f"      - run: aws s3 sync dist/ s3://{co}-web-prod --delete",
            f'      - run: curl -X POST -d \'{{"text":"deployed"}}\' https://hooks.slack.com/services/T{_rand(rng, 8, _UPNUM)}/B{_rand(rng, 10, _UPNUM)}/{_rand(rng, 24)}',
        ]
    )
    error = (
        "upload failed: dist/index.html to s3://"
        f"{co}-web-prod/index.html An error occurred (InvalidAccessKeyId) when calling the "
        "PutObject operation: The AWS Access Key Id you provided does not exist in our records.\n"
        "Error: Process completed with exit code 1."
    )
    return ".github/workflows/deploy.yml", "yaml", body, error


def _cfg_kube(rng: random.Random, co: str) -> tuple[str, str, str, str]:
    body = "\n".join(
        [
            "apiVersion: v1",
            "kind: Secret",
            "metadata:",
            f"  name: {co}-api-secrets",
            "  namespace: production",
            "type: Opaque",
            "stringData:",
            f"  DATABASE_PASSWORD: {_tok(rng, 'password')}",
            f"  STRIPE_SECRET_KEY: {_tok(rng, 'stripe')}",
            f"  OPENAI_API_KEY: {_tok(rng, 'openai')}",
            f"  INTERNAL_API_TOKEN: {_tok(rng, 'jwt')}",
            "---",
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata:",
            f"  name: {co}-api-config",
            "data:",
            f"  DATABASE_HOST: pg.{co}.svc.cluster.local",
        ]
    )
    error = (
        f"Warning  Failed     12s (x4 over 61s)  kubelet  Error: couldn't find key DATABASE_URL in Secret production/{co}-api-secrets\n"
        f"{co}-api-7d9f8c6b5-x2k9q   0/1     CreateContainerConfigError   0          2m"
    )
    return "k8s/secrets.yaml", "yaml", body, error


_CONFIGS = [_cfg_node_env, _cfg_django, _cfg_compose, _cfg_spring, _cfg_actions, _cfg_kube]

_CFG_ASK: dict[str, list[str]] = {
    "en": [
        "why does this fail on the server but work locally?",
        "can you spot what's wrong with this config? error below",
        "deploy broke after I touched this file, help",
        "pls fix, prod is down",
        "is anything misconfigured here?",
    ],
    "es": [
        "¿por qué falla en el servidor y en local no?",
        "¿ves qué está mal en esta config? abajo el error",
        "desde que toqué este archivo se rompió el deploy, ayuda",
    ],
    "de": [
        "Warum geht das auf dem Server nicht, lokal aber schon?",
        "Siehst du, was an der Config falsch ist? Fehler unten",
        "Seit ich die Datei geändert habe, bricht das Deployment ab",
    ],
    "zh": [
        "为什么本地正常，服务器上就报错？",
        "帮我看看这个配置哪里有问题，报错在下面",
        "改了这个文件之后部署就挂了，求助",
    ],
    "ja": [
        "ローカルでは動くのにサーバーだとエラーになる、なぜ？",
        "この設定どこがおかしいか見てもらえますか。エラーは下です",
        "このファイルを変えてからデプロイが失敗します",
    ],
    "fr": [
        "pourquoi ça plante sur le serveur et pas en local ?",
        "tu vois ce qui cloche dans cette config ?",
    ],
    "pt": [
        "por que falha no servidor e local funciona?",
        "consegue ver o que tá errado nessa config?",
    ],
    "it": [
        "perché sul server fallisce e in locale no?",
        "vedi cosa non va in questa configurazione?",
    ],
    "ko": ["로컬에선 되는데 서버에서만 에러 나요, 왜죠?", "이 설정 뭐가 잘못됐는지 봐주세요"],
    "ru": ["почему на сервере падает, а локально работает?", "посмотри, что не так с конфигом?"],
}
_ERROR_WORD = {
    "en": "error",
    "es": "error",
    "de": "Fehler",
    "zh": "报错",
    "ja": "エラー",
    "fr": "erreur",
    "pt": "erro",
    "it": "errore",
    "ko": "에러",
    "ru": "ошибка",
}


def _tpl_config_paste() -> Iterator[Example]:
    rng = random.Random(4101)
    langs = _langs("en en es de zh ja en fr pt it ko ru en es de zh ja en en ja en zh en")
    for lang in langs:
        co = rng.choice(_COMPANIES)
        path, fence, body, error = rng.choice(_CONFIGS)(rng, co)
        ask = rng.choice(_CFG_ASK[lang])
        paste = f"`{path}`:\n```{fence}\n{body}\n```\n\n{_ERROR_WORD[lang]}:\n```\n{error}\n```"
        text = f"{ask}\n\n{paste}" if rng.random() < 0.6 else f"{paste}\n\n{ask}"
        yield chat(LABEL, lang, f"{LABEL}/tpl/config-paste", text)


_AGENT_SYS: dict[str, list[str]] = {
    "en": [
        _AGENT,
        "You are an AI pair programmer with terminal access in the user's project. Use tools, "
        "show what you ran, and ask before destructive actions.",
        "You are an autonomous software engineer. Work step by step in /workspace.",
    ],
    "es": [
        "Eres un ingeniero de software que trabaja en el repositorio del usuario con acceso a la terminal."
    ],
    "de": ["Du bist ein Coding-Agent mit Zugriff auf das Repository und die Shell des Nutzers."],
    "zh": ["你是在用户仓库中工作的编程助手，可以读取文件和执行命令。"],
    "ja": [
        "あなたはユーザーのリポジトリで作業するコーディングエージェントです。コマンドを実行できます。"
    ],
    "fr": ["Tu es un agent de développement avec accès au dépôt et au terminal de l'utilisateur."],
    "pt": ["Você é um agente de programação com acesso ao repositório e ao terminal do usuário."],
    "ko": ["당신은 사용자 저장소와 터미널에 접근할 수 있는 코딩 에이전트입니다."],
}
_AGENT_ASK: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "the app won't start in prod, can you check the config?",
            "ok so which value is wrong? just fix it",
        ),
        ("CI is red since this morning, take a look", "rotate whatever is broken and rerun"),
        ("deploy is failing, can you look?", "can you test those creds from here?"),
    ],
    "es": [
        ("la app no arranca en prod, revisa la config", "vale, ¿qué valor está mal? arréglalo tú")
    ],
    "de": [
        (
            "Der Service startet in Prod nicht, schau dir die Config an",
            "ok, welcher Wert ist falsch? Bitte direkt fixen",
        )
    ],
    "zh": [("生产环境服务起不来，帮我看下配置", "那到底是哪个值错了？直接帮我改掉")],
    "ja": [("本番でアプリが起動しません。設定を確認して", "どの値が間違ってる？そのまま直して")],
    "fr": [
        (
            "l'appli ne démarre pas en prod, regarde la config",
            "ok, quelle valeur est fausse ? corrige directement",
        )
    ],
    "pt": [
        ("o app não sobe em produção, olha a config", "beleza, qual valor tá errado? corrige aí")
    ],
    "ko": [("운영에서 앱이 안 떠요, 설정 좀 봐주세요", "어떤 값이 틀린 거예요? 바로 고쳐주세요")],
}
_AGENT_READ = {
    "en": "I read `{path}`:",
    "es": "He leído `{path}`:",
    "de": "Ich habe `{path}` gelesen:",
    "zh": "我查看了 `{path}`：",
    "ja": "`{path}` を確認しました：",
    "fr": "J'ai lu `{path}` :",
    "pt": "Li o `{path}`:",
    "ko": "`{path}` 파일을 확인했습니다:",
}


def _tpl_agent_reads_secrets() -> Iterator[Example]:
    rng = random.Random(4102)
    langs = _langs("en en es de zh ja en fr pt ko en es de zh ja en en ja zh en en fr en")
    for lang in langs:
        co = rng.choice(_COMPANIES)
        path, fence, body, error = rng.choice(_CONFIGS)(rng, co)
        ask, follow = rng.choice(_AGENT_ASK[lang])
        tool = (
            _AGENT_READ[lang].format(path=path)
            + f"\n\n```{fence}\n{body}\n```\n\n```\n{error}\n```"
        )
        yield chat(
            LABEL,
            lang,
            f"{LABEL}/tpl/agent-reads-secrets",
            ask,
            tool,
            follow,
            system=rng.choice(_AGENT_SYS[lang]),
        )


# --- one-line API calls with a live token ---------------------------------------------------

_APIS = [
    ("https://api.stripe.com/v1/charges?limit=5", "stripe"),
    ("https://api.github.com/repos/{co}/infra/actions/runs", "github"),
    ("https://gitlab.{co}.io/api/v4/projects/42/pipelines", "gitlab"),
    ("https://slack.com/api/chat.postMessage", "slack"),
    ("https://api.openai.com/v1/chat/completions", "openai"),
    ("https://api.anthropic.com/v1/messages", "anthropic"),
    ("https://api.{co}.io/v2/admin/users", "jwt"),
    ("https://huggingface.co/api/models/{co}/private-llm", "huggingface"),
    ("https://api.sendgrid.com/v3/mail/send", "sendgrid"),
]


def _api_call(rng: random.Random, co: str) -> str:
    url, kind = rng.choice(_APIS)
    url = url.format(co=co)
    token = _tok(rng, kind)
    style = rng.randrange(5)
    if style == 0:
        return f"curl -s -H 'Authorization: Bearer {token}' '{url}'"
    if style == 1:
        return f'http GET {url} "Authorization:Bearer {token}"'
    if style == 2:
        return f'requests.get("{url}", headers={{"Authorization": "Bearer {token}"}}, timeout=10)'
    if style == 3:
        return f"await fetch('{url}', {{ headers: {{ Authorization: `Bearer {token}` }} }});"
    return f'req.Header.Set("Authorization", "Bearer {token}") // {url}'


_CALL_ASK: dict[str, list[str]] = {
    "en": [
        "why 401?",
        "this returns 403 since yesterday, token revoked?",
        "getting 429 with this, why",
        "works in postman, not here. why?",
    ],
    "es": ["¿por qué da 401?", "desde ayer devuelve 403, ¿me revocaron el token?"],
    "de": ["warum 401?", "seit gestern 403, ist der Token widerrufen?"],
    "zh": ["为什么返回401？", "昨天开始一直403，token被撤销了吗？"],
    "ja": ["なんで401になる？", "昨日から403です。トークン失効してる？"],
    "fr": ["pourquoi 401 ?", "ça renvoie 403 depuis hier, token révoqué ?"],
    "pt": ["por que 401?", "desde ontem dá 403, revogaram o token?"],
    "it": ["perché 401?", "da ieri dà 403, token revocato?"],
    "ko": ["왜 401이죠?", "어제부터 403이에요, 토큰 폐기됐나요?"],
    "ru": ["почему 401?", "со вчерашнего дня 403, токен отозвали?"],
}


def _tpl_api_call() -> Iterator[Example]:
    rng = random.Random(4103)
    langs = _langs("en en en es de zh ja fr pt it ko ru en en de es zh ja en ru ja de")
    for lang in langs:
        call = _api_call(rng, rng.choice(_COMPANIES))
        ask = rng.choice(_CALL_ASK[lang])
        text = f"{call}\n\n{ask}" if rng.random() < 0.5 else f"{ask}\n```\n{call}\n```"
        yield chat(LABEL, lang, f"{LABEL}/tpl/api-call", text)


# --- people --------------------------------------------------------------------------------

_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "Oliver",
            "Amelia",
            "Harry",
            "Isla",
            "Jack",
            "Ava",
            "Noah",
            "Mia",
            "Leo",
            "Grace",
            "Ethan",
            "Chloe",
            "Samuel",
            "Ruby",
        ],
        [
            "Whitaker",
            "Osei",
            "Patel",
            "Nguyen",
            "Brennan",
            "Kowalski",
            "Hughes",
            "Fletcher",
            "Adeyemi",
            "Marsh",
            "Carter",
            "Sullivan",
            "Khan",
        ],
    ),
    "es": (
        [
            "Lucía",
            "Mateo",
            "Carmen",
            "Javier",
            "Elena",
            "Pablo",
            "Marta",
            "Diego",
            "Isabel",
            "Sergio",
            "Paula",
            "Álvaro",
        ],
        [
            "García López",
            "Martínez Ruiz",
            "Sánchez Gil",
            "Fernández Soto",
            "Moreno Vidal",
            "Romero Peña",
            "Navarro Cruz",
            "Ortega Ramos",
        ],
    ),
    "de": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Marie",
            "Felix",
            "Laura",
            "Tobias",
            "Katrin",
            "Stefan",
            "Julia",
            "Matthias",
            "Sabine",
        ],
        [
            "Müller",
            "Schneider",
            "Fischer",
            "Weber",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Richter",
            "Wolf",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Louis",
            "Chloé",
            "Hugo",
            "Manon",
            "Julien",
            "Léa",
            "Thomas",
            "Sarah",
            "Nicolas",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Moreau",
            "Laurent",
            "Lefèvre",
            "Girard",
            "Roux",
            "Fontaine",
        ],
    ),
    "pt": (
        ["João", "Mariana", "Pedro", "Beatriz", "Rafael", "Larissa", "Gabriel", "Camila"],
        ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"],
    ),
    "it": (
        ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"],
    ),
    "ru": (
        [
            "Алексей Иванов",
            "Мария Смирнова",
            "Дмитрий Кузнецов",
            "Елена Попова",
            "Сергей Соколов",
            "Ольга Лебедева",
        ],
        ["", ""],
    ),
    "zh": (
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"],
        [
            "伟",
            "芳",
            "娜",
            "敏",
            "静",
            "磊",
            "强",
            "洋",
            "婷",
            "杰",
            "丽华",
            "建国",
            "晓燕",
            "志强",
        ],
    ),
    "ja": (
        ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"],
        ["翔太", "美咲", "健一", "陽子", "大輔", "真由美", "拓海", "恵"],
    ),
    "ko": (
        ["김", "이", "박", "최", "정", "강", "조", "윤"],
        ["민준", "서연", "지훈", "하은", "도윤", "수빈", "현우", "지민"],
    ),
}


def _person(rng: random.Random, lang: str) -> str:
    first, last = _NAMES[lang]
    if lang == "ru":
        return rng.choice(first)
    if lang in ("zh", "ko"):
        return rng.choice(first) + rng.choice(last)
    if lang == "ja":
        return f"{rng.choice(first)} {rng.choice(last)}"
    return f"{rng.choice(first)} {rng.choice(last)}"


def _pick(rng: random.Random, items: list[str], k: int) -> list[str]:
    return rng.sample(items, k)


# --- patient records -----------------------------------------------------------------------

_CLINICAL: dict[str, dict[str, list[str]]] = {
    "en": {
        "inv": [
            "HbA1c 71 mmol/mol",
            "viral load undetectable, CD4 540",
            "ALT 212, GGT 480",
            "CT chest: 2 cm nodule RUL",
            "eGFR 41",
            "PHQ-9 score 22",
            "MRI brain: bilateral hippocampal atrophy",
            "urine drug screen positive for cocaine",
        ],
        "kin": ["partner"],
        "dx": [
            "type 2 diabetes",
            "HIV, on antiretrovirals since 2018",
            "major depressive disorder",
            "alcohol use disorder",
            "COPD GOLD 3",
            "stage IIIA colon cancer",
            "bipolar I disorder",
            "chronic hepatitis B",
            "early-onset Alzheimer's disease",
            "epilepsy",
        ],
        "meds": [
            "metformin 1g BD",
            "Biktarvy one tablet daily",
            "sertraline 100mg",
            "lithium 800mg nocte",
            "tiotropium 18mcg",
            "capecitabine 1250mg/m2",
            "tenofovir 245mg",
            "donepezil 10mg",
            "levetiracetam 750mg BD",
            "naltrexone 50mg",
        ],
        "course": [
            "Admitted after a fall at home, CT head normal.",
            "Presented with weight loss and fatigue over 3 months.",
            "Brought in by police after a suicide attempt (overdose), medically cleared.",
            "Routine review, HbA1c worsening despite treatment.",
        ],
        "social": [
            "Does not want his employer informed.",
            "Asked that the partner is not told about the diagnosis.",
            "Lost job last month, behind on rent.",
            "Under investigation by social services regarding the children.",
            "Recently separated, lives alone, two children at home at weekends.",
        ],
        "ask": [
            "Write a discharge summary for the GP from this.",
            "Summarise this for the handover, 5 lines max.",
            "Turn this into a plain-language letter for the patient.",
            "Draft the referral letter to the specialist.",
        ],
        "frame": [
            "Patient: {name}, {age}y, DOB {dob}, MRN {mrn}\nDiagnoses: {dx}\nCurrent medication: {meds}\nHistory: {course}\nSocial: {social}\nInvestigations: {inv}\nNext of kin: {kin}\nPlan: review in {weeks} weeks, bloods before next visit, safety-netting advice given."
        ],
    },
    "es": {
        "inv": [
            "HbA1c 8,9 %",
            "carga viral indetectable, CD4 540",
            "GPT 212, GGT 480",
            "TAC tórax: nódulo de 2 cm en LSD",
            "FG 41",
            "PHQ-9: 22 puntos",
            "RM cerebral: atrofia hipocampal bilateral",
            "tóxicos en orina positivos para cocaína",
        ],
        "kin": ["pareja"],
        "dx": [
            "diabetes tipo 2",
            "VIH en tratamiento antirretroviral desde 2018",
            "trastorno depresivo mayor",
            "trastorno por consumo de alcohol",
            "EPOC GOLD 3",
            "cáncer de colon estadio IIIA",
            "trastorno bipolar tipo I",
            "hepatitis B crónica",
            "alzhéimer de inicio precoz",
            "epilepsia",
        ],
        "meds": [
            "metformina 850 mg/12h",
            "Biktarvy 1 comp/día",
            "sertralina 100 mg",
            "litio 800 mg noche",
            "tiotropio 18 mcg",
            "capecitabina",
            "tenofovir 245 mg",
            "donepezilo 10 mg",
            "levetiracetam 750 mg/12h",
            "naltrexona 50 mg",
        ],
        "course": [
            "Ingresa tras caída en domicilio, TAC craneal normal.",
            "Consulta por pérdida de peso y astenia de 3 meses.",
            "Traído por la policía tras intento autolítico (sobreingesta), estable.",
            "Revisión rutinaria, empeora la HbA1c pese al tratamiento.",
        ],
        "social": [
            "No quiere que se informe a su empresa.",
            "Pide que no se le diga nada a su pareja.",
            "Ha perdido el trabajo y debe varios meses de alquiler.",
            "Servicios sociales investigan la situación de los hijos.",
            "Separado recientemente, vive solo.",
        ],
        "ask": [
            "Hazme el informe de alta para el médico de cabecera.",
            "Resúmelo para el cambio de turno, máximo 5 líneas.",
            "Conviértelo en una carta sencilla para el paciente.",
            "Redacta la interconsulta al especialista.",
        ],
        "frame": [
            "Paciente: {name}, {age} años, fecha de nacimiento {dob}, NHC {mrn}\nDiagnósticos: {dx}\nTratamiento actual: {meds}\nEvolución: {course}\nSituación social: {social}\nPruebas: {inv}\nContacto: {kin}\nPlan: revisión en {weeks} semanas, analítica previa, se explican signos de alarma."
        ],
    },
    "de": {
        "inv": [
            "HbA1c 8,9 %",
            "Viruslast unter Nachweisgrenze, CD4 540",
            "GPT 212, GGT 480",
            "CT Thorax: 2-cm-Rundherd rechts oben",
            "eGFR 41",
            "PHQ-9: 22 Punkte",
            "MRT Schädel: bilaterale Hippocampusatrophie",
            "Drogenscreening positiv auf Kokain",
        ],
        "kin": ["Partner/in"],
        "dx": [
            "Diabetes mellitus Typ 2",
            "HIV-Infektion unter ART seit 2018",
            "rezidivierende depressive Störung",
            "Alkoholabhängigkeit",
            "COPD GOLD 3",
            "Kolonkarzinom Stadium IIIA",
            "bipolare Störung Typ I",
            "chronische Hepatitis B",
            "Alzheimer-Demenz mit frühem Beginn",
            "Epilepsie",
        ],
        "meds": [
            "Metformin 1000 mg 1-0-1",
            "Biktarvy 1-0-0",
            "Sertralin 100 mg",
            "Lithium 800 mg z.N.",
            "Tiotropium 18 µg",
            "Capecitabin",
            "Tenofovir 245 mg",
            "Donepezil 10 mg",
            "Levetiracetam 750 mg 1-0-1",
            "Naltrexon 50 mg",
        ],
        "course": [
            "Aufnahme nach häuslichem Sturz, CCT unauffällig.",
            "Vorstellung wegen Gewichtsverlust und Müdigkeit seit 3 Monaten.",
            "Von der Polizei nach Suizidversuch (Tablettenintoxikation) gebracht, somatisch stabil.",
            "Routinekontrolle, HbA1c trotz Therapie steigend.",
        ],
        "social": [
            "Arbeitgeber soll nicht informiert werden.",
            "Partnerin soll nichts von der Diagnose erfahren.",
            "Hat letzten Monat seine Arbeit verloren, Mietrückstände.",
            "Jugendamt ist wegen der Kinder eingeschaltet.",
            "Kürzlich getrennt, lebt allein.",
        ],
        "ask": [
            "Mach daraus einen Entlassbrief an den Hausarzt.",
            "Fass das für die Übergabe zusammen, max. 5 Zeilen.",
            "Schreib einen verständlichen Brief an den Patienten.",
            "Formulier die Überweisung an den Facharzt.",
        ],
        "frame": [
            "Patient: {name}, {age} J., geb. {dob}, Fallnr. {mrn}\nDiagnosen: {dx}\nMedikation: {meds}\nVerlauf: {course}\nSozial: {social}\nBefunde: {inv}\nAngehörige: {kin}\nProcedere: Wiedervorstellung in {weeks} Wochen, Labor vorab, Warnzeichen besprochen."
        ],
    },
    "fr": {
        "inv": [
            "HbA1c 8,9 %",
            "charge virale indétectable, CD4 540",
            "ALAT 212, GGT 480",
            "scanner thoracique : nodule de 2 cm LSD",
            "DFG 41",
            "PHQ-9 : 22",
            "IRM cérébrale : atrophie hippocampique bilatérale",
            "toxiques urinaires positifs à la cocaïne",
        ],
        "kin": ["conjoint(e)"],
        "dx": [
            "diabète de type 2",
            "VIH sous trithérapie depuis 2018",
            "épisode dépressif majeur",
            "trouble de l'usage de l'alcool",
            "BPCO stade 3",
            "cancer du côlon stade IIIA",
            "trouble bipolaire de type I",
            "hépatite B chronique",
            "maladie d'Alzheimer précoce",
            "épilepsie",
        ],
        "meds": [
            "metformine 1 g x2/j",
            "Biktarvy 1 cp/j",
            "sertraline 100 mg",
            "lithium 800 mg le soir",
            "tiotropium 18 µg",
            "capécitabine",
            "ténofovir 245 mg",
            "donépézil 10 mg",
            "lévétiracétam 750 mg x2/j",
            "naltrexone 50 mg",
        ],
        "course": [
            "Hospitalisé après une chute à domicile, scanner cérébral normal.",
            "Consulte pour amaigrissement et asthénie depuis 3 mois.",
            "Amené par la police après une tentative de suicide médicamenteuse, stable.",
            "Suivi de routine, HbA1c en hausse malgré le traitement.",
        ],
        "social": [
            "Ne souhaite pas que son employeur soit informé.",
            "Demande que sa compagne ne soit pas informée du diagnostic.",
            "A perdu son emploi le mois dernier, loyers impayés.",
            "Signalement en cours auprès de l'ASE concernant les enfants.",
            "Séparé récemment, vit seul.",
        ],
        "ask": [
            "Rédige le compte rendu de sortie pour le médecin traitant.",
            "Résume pour la relève, 5 lignes max.",
            "Transforme ça en courrier simple pour le patient.",
            "Rédige le courrier d'adressage au spécialiste.",
        ],
        "frame": [
            "Patient : {name}, {age} ans, né(e) le {dob}, IPP {mrn}\nDiagnostics : {dx}\nTraitement : {meds}\nÉvolution : {course}\nSocial : {social}\nExamens : {inv}\nPersonne à prévenir : {kin}\nConduite à tenir : revoir dans {weeks} semaines, bilan biologique avant, consignes de reconsultation données."
        ],
    },
    "it": {
        "inv": [
            "HbA1c 8,9%",
            "carica virale non rilevabile, CD4 540",
            "ALT 212, GGT 480",
            "TC torace: nodulo di 2 cm LSD",
            "eGFR 41",
            "PHQ-9: 22",
            "RM encefalo: atrofia ippocampale bilaterale",
            "tossicologico urine positivo per cocaina",
        ],
        "kin": ["coniuge"],
        "dx": [
            "diabete mellito tipo 2",
            "HIV in terapia antiretrovirale dal 2018",
            "disturbo depressivo maggiore",
            "disturbo da uso di alcol",
            "BPCO GOLD 3",
            "carcinoma del colon stadio IIIA",
            "disturbo bipolare di tipo I",
            "epatite B cronica",
            "malattia di Alzheimer a esordio precoce",
            "epilessia",
        ],
        "meds": [
            "metformina 1 g x2",
            "Biktarvy 1 cp/die",
            "sertralina 100 mg",
            "litio 800 mg la sera",
            "tiotropio 18 mcg",
            "capecitabina",
            "tenofovir 245 mg",
            "donepezil 10 mg",
            "levetiracetam 750 mg x2",
            "naltrexone 50 mg",
        ],
        "course": [
            "Ricoverato dopo caduta in casa, TC encefalo negativa.",
            "Si presenta per calo ponderale e astenia da 3 mesi.",
            "Portato dalle forze dell'ordine dopo tentato suicidio (intossicazione farmacologica), stabile.",
            "Controllo di routine, HbA1c in peggioramento nonostante la terapia.",
        ],
        "social": [
            "Non vuole che il datore di lavoro venga informato.",
            "Chiede che la compagna non sappia della diagnosi.",
            "Ha perso il lavoro il mese scorso, affitti arretrati.",
            "I servizi sociali stanno valutando la situazione dei figli.",
            "Separato da poco, vive da solo.",
        ],
        "ask": [
            "Scrivi la lettera di dimissione per il medico di base.",
            "Riassumi per il cambio turno, massimo 5 righe.",
            "Trasformalo in una lettera semplice per il paziente.",
            "Prepara la richiesta di consulenza allo specialista.",
        ],
        "frame": [
            "Paziente: {name}, {age} anni, nato/a il {dob}, cartella {mrn}\nDiagnosi: {dx}\nTerapia in corso: {meds}\nDecorso: {course}\nContesto sociale: {social}\nEsami: {inv}\nFamiliare di riferimento: {kin}\nPiano: controllo tra {weeks} settimane, esami ematici prima della visita."
        ],
    },
    "pt": {
        "inv": [
            "HbA1c 8,9%",
            "carga viral indetectável, CD4 540",
            "TGP 212, GGT 480",
            "TC de tórax: nódulo de 2 cm no LSD",
            "TFG 41",
            "PHQ-9: 22",
            "RM de crânio: atrofia hipocampal bilateral",
            "toxicológico de urina positivo para cocaína",
        ],
        "kin": ["cônjuge"],
        "dx": [
            "diabetes tipo 2",
            "HIV em terapia antirretroviral desde 2018",
            "transtorno depressivo maior",
            "transtorno por uso de álcool",
            "DPOC GOLD 3",
            "câncer de cólon estágio IIIA",
            "transtorno bipolar tipo I",
            "hepatite B crônica",
            "Alzheimer de início precoce",
            "epilepsia",
        ],
        "meds": [
            "metformina 850 mg 12/12h",
            "Biktarvy 1 cp/dia",
            "sertralina 100 mg",
            "lítio 900 mg à noite",
            "tiotrópio 18 mcg",
            "capecitabina",
            "tenofovir 300 mg",
            "donepezila 10 mg",
            "levetiracetam 750 mg 12/12h",
            "naltrexona 50 mg",
        ],
        "course": [
            "Internado após queda em casa, TC de crânio normal.",
            "Procurou atendimento por perda de peso e cansaço há 3 meses.",
            "Trazido pela polícia após tentativa de suicídio (intoxicação medicamentosa), estável.",
            "Consulta de rotina, HbA1c piorando apesar do tratamento.",
        ],
        "social": [
            "Não quer que a empresa seja informada.",
            "Pediu que a esposa não saiba do diagnóstico.",
            "Perdeu o emprego mês passado, aluguel atrasado.",
            "Conselho Tutelar acompanhando a situação dos filhos.",
            "Separado recentemente, mora sozinho.",
        ],
        "ask": [
            "Faz o resumo de alta pro médico da família.",
            "Resume pra passagem de plantão, no máximo 5 linhas.",
            "Transforma numa carta simples pro paciente.",
            "Escreve o encaminhamento pro especialista.",
        ],
        "frame": [
            "Paciente: {name}, {age} anos, nascimento {dob}, prontuário {mrn}\nDiagnósticos: {dx}\nMedicações em uso: {meds}\nEvolução: {course}\nSocial: {social}\nExames: {inv}\nContato: {kin}\nConduta: retorno em {weeks} semanas, exames antes da consulta, orientados sinais de alarme."
        ],
    },
}


def _patient_record(rng: random.Random, lang: str) -> str:
    data = _CLINICAL[lang]
    age = rng.randint(24, 64)
    return data["frame"][0].format(
        name=_person(rng, lang),
        age=age,
        dob=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{2024 - age}",
        mrn=rng.randint(100000, 9999999),
        dx="; ".join(_pick(rng, data["dx"], rng.randint(2, 4))),
        meds=", ".join(_pick(rng, data["meds"], rng.randint(4, 6))),
        course=" ".join(_pick(rng, data["course"], 2)),
        social=" ".join(_pick(rng, data["social"], 2)),
        weeks=rng.choice([2, 4, 6, 8, 12]),
        inv="; ".join(_pick(rng, data["inv"], 3)),
        kin=f"{_person(rng, lang)} ({data['kin'][0]}), {rng.randint(600, 799)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    )


def _tpl_patient_record() -> Iterator[Example]:
    rng = random.Random(4104)
    for lang in _langs("en en es de fr it pt en es de fr en pt it en de es en en de en en en"):
        record = _patient_record(rng, lang)
        ask = rng.choice(_CLINICAL[lang]["ask"])
        text = f"{ask}\n\n{record}" if rng.random() < 0.7 else f"{record}\n\n{ask}"
        yield chat(LABEL, lang, f"{LABEL}/tpl/patient-record", text)


# --- HR notes with pay and private circumstances -------------------------------------------

_HR: dict[str, dict[str, list[str]]] = {
    "en": {
        "role": [
            "backend engineer",
            "account manager",
            "data analyst",
            "support lead",
            "designer",
            "SRE",
        ],
        "pay": ["£{k}k", "${k}k", "€{k}k"],
        "note": [
            "on a PIP since March, review due next month",
            "signed off for 6 weeks with anxiety, returning on reduced hours",
            "final written warning for harassment complaint",
            "told me about an MS diagnosis, team doesn't know",
            "interviewing elsewhere, flight risk",
            "top performer, promote",
            "undergoing chemotherapy, asked for discretion",
            "caught expensing personal travel, under investigation",
        ],
        "ask": [
            "Draft one line of feedback for each, for calibration.",
            "Rank them and say who should get the bonus.",
            "Write the summary for the HRBP.",
            "turn this into a table for the salary review meeting",
        ],
        "sys": [
            "You are an HR assistant for the people team. Be discreet.",
            "You are a helpful assistant.",
        ],
    },
    "de": {
        "role": [
            "Backend-Entwickler",
            "Key Account Manager",
            "Datenanalystin",
            "Teamleitung Support",
            "Designer",
            "SRE",
        ],
        "pay": ["{k}.000 € brutto", "{k}k €"],
        "note": [
            "seit März im Leistungsverbesserungsplan",
            "6 Wochen krankgeschrieben (Angststörung), Wiedereingliederung",
            "Abmahnung wegen Belästigungsbeschwerde",
            "hat mir von einer MS-Diagnose erzählt, Team weiß nichts",
            "führt Bewerbungsgespräche woanders",
            "Top-Leistung, Beförderung vorschlagen",
            "in Chemotherapie, bittet um Diskretion",
            "Spesenbetrug festgestellt, Prüfung läuft",
        ],
        "ask": [
            "Schreib zu jedem einen Satz Feedback für die Kalibrierung.",
            "Bring sie in eine Reihenfolge und sag, wer den Bonus kriegen soll.",
            "Mach daraus eine Tabelle für die Gehaltsrunde.",
        ],
        "sys": [
            "Du bist der HR-Assistent der Personalabteilung. Sei diskret.",
            "Du bist ein hilfreicher Assistent.",
        ],
    },
    "es": {
        "role": [
            "desarrollador backend",
            "gestora de cuentas",
            "analista de datos",
            "responsable de soporte",
            "diseñador",
            "SRE",
        ],
        "pay": ["{k}.000 €/año", "{k}k € brutos"],
        "note": [
            "en plan de mejora desde marzo",
            "de baja 6 semanas por ansiedad, vuelve con jornada reducida",
            "amonestación por una queja de acoso",
            "me contó que tiene esclerosis múltiple, el equipo no lo sabe",
            "está haciendo entrevistas fuera",
            "rendimiento excelente, proponer ascenso",
            "en quimioterapia, pide discreción",
            "fraude en gastos detectado, en investigación",
        ],
        "ask": [
            "Escribe una frase de feedback para cada uno.",
            "Ordénalos y dime a quién darle el bonus.",
            "Pásalo a una tabla para la revisión salarial.",
        ],
        "sys": ["Eres el asistente de RR. HH. Sé discreto.", "Eres un asistente útil."],
    },
    "zh": {
        "role": ["后端工程师", "客户经理", "数据分析师", "客服主管", "设计师", "运维"],
        "pay": ["月薪{k}K", "年薪{k}万"],
        "note": [
            "三月起进入绩效改进计划",
            "因焦虑症病休六周，复工后减少工时",
            "因骚扰投诉收到书面警告",
            "私下告诉我确诊了多发性硬化，团队不知道",
            "在外面面试，有离职风险",
            "表现优秀，建议晋升",
            "正在化疗，希望保密",
            "发现虚报差旅费，正在调查",
        ],
        "ask": ["每人写一句绩效反馈。", "帮我排个序，谁该拿年终奖？", "整理成表格给调薪会用。"],
        "sys": ["你是HR部门的助手，请注意保密。", "你是一个乐于助人的助手。"],
    },
    "ja": {
        "role": [
            "バックエンドエンジニア",
            "営業担当",
            "データアナリスト",
            "サポートリーダー",
            "デザイナー",
            "SRE",
        ],
        "pay": ["年収{k}0万円", "月給{k}万円"],
        "note": [
            "3月から業績改善計画中",
            "不安障害で6週間休職、時短で復帰",
            "ハラスメントの苦情で譴責処分",
            "多発性硬化症と診断されたと本人から聞いた、チームは知らない",
            "転職活動中で退職リスクあり",
            "成果が突出、昇格推薦",
            "抗がん剤治療中、内密にしてほしいとのこと",
            "経費の不正申請が発覚、調査中",
        ],
        "ask": [
            "それぞれ一文ずつ評価コメントを書いて。",
            "順位をつけて、賞与を誰に出すべきか教えて。",
            "昇給会議用に表にまとめて。",
        ],
        "sys": [
            "あなたは人事部のアシスタントです。情報の取り扱いに注意してください。",
            "あなたは親切なアシスタントです。",
        ],
    },
    "ko": {
        "role": ["백엔드 개발자", "영업 담당", "데이터 분석가", "고객지원 리드", "디자이너", "SRE"],
        "pay": ["연봉 {k}00만원"],
        "note": [
            "3월부터 성과 개선 프로그램 중",
            "불안장애로 6주 병가, 단축 근무로 복귀",
            "괴롭힘 신고로 서면 경고",
            "다발성 경화증 진단 사실을 나에게만 말함",
            "이직 면접 중",
            "성과 우수, 승진 추천",
            "항암 치료 중, 비밀 유지 요청",
            "경비 부정 청구 적발, 조사 중",
        ],
        "ask": ["각자 한 줄씩 평가 코멘트 써줘.", "순위 매기고 보너스 누구 줄지 정해줘."],
        "sys": ["당신은 인사팀 어시스턴트입니다. 기밀을 유지하세요."],
    },
    "fr": {
        "role": [
            "développeur backend",
            "chargée de clientèle",
            "analyste data",
            "responsable support",
            "designer",
            "SRE",
        ],
        "pay": ["{k} k€ brut/an"],
        "note": [
            "en plan d'amélioration depuis mars",
            "arrêt de 6 semaines pour anxiété, reprise à temps partiel",
            "avertissement suite à une plainte pour harcèlement",
            "m'a confié un diagnostic de sclérose en plaques, l'équipe ne sait pas",
            "passe des entretiens ailleurs",
            "excellente performance, à promouvoir",
            "en chimiothérapie, demande de la discrétion",
            "fraude aux notes de frais, enquête en cours",
        ],
        "ask": [
            "Écris une phrase de feedback pour chacun.",
            "Classe-les et dis-moi qui doit avoir la prime.",
        ],
        "sys": ["Tu es l'assistant RH. Sois discret."],
    },
}


def _tpl_hr_notes() -> Iterator[Example]:
    rng = random.Random(4105)
    for lang in _langs("en en de es zh ja ko fr en de es zh ja en de en zh ja es en ko en en"):
        data = _HR[lang]
        lines = []
        for _ in range(rng.randint(3, 5)):
            pay = rng.choice(data["pay"]).format(k=rng.randint(4, 12) * 8)
            lines.append(
                f"- {_person(rng, lang)}, {rng.choice(data['role'])}, {pay}: {rng.choice(data['note'])}"
            )
        text = rng.choice(data["ask"]) + "\n\n" + "\n".join(lines)
        system = rng.choice(data["sys"]) if rng.random() < 0.5 else None
        yield chat(LABEL, lang, f"{LABEL}/tpl/hr-notes", text, system=system)


# --- confidential business material --------------------------------------------------------

_MEMO: dict[str, dict[str, list[str]]] = {
    "en": {
        "mark": ["CONFIDENTIAL", "Internal only", "Strictly confidential - board only", ""],
        "line": [
            "We will close the {site} site by {month}, affecting {n} roles; staff will be told after the works council meeting.",
            "Q{q} revenue came in {p}% below guidance; this is not public until the results call.",
            "We are in exclusive talks to acquire {target} for up to {amount}m; codename {code}.",
            "Our largest customer will not renew in {month} ({p}% of revenue). Sales must not be told yet.",
        ],
        "ask": [
            "Summarise in 3 bullets for the leadership deck.",
            "Make this read more professionally.",
            "Translate into German.",
            "shorter pls",
        ],
    },
    "es": {
        "mark": ["CONFIDENCIAL", "Solo para uso interno", ""],
        "line": [
            "Cerraremos el centro de {site} en {month}; afecta a {n} puestos y la plantilla se enterará después de la reunión con el comité.",
            "Los ingresos del T{q} quedaron un {p}% por debajo de lo previsto; no se publica hasta la presentación de resultados.",
            "Negociamos en exclusiva la compra de {target} por hasta {amount} M€ (proyecto {code}).",
            "Nuestro mayor cliente no renovará en {month} ({p}% de la facturación). No decir nada a ventas todavía.",
        ],
        "ask": [
            "Resúmelo en 3 puntos para el comité.",
            "Dale un tono más profesional.",
            "Tradúcelo al inglés.",
        ],
    },
    "de": {
        "mark": [
            "VERTRAULICH",
            "Nur für den internen Gebrauch",
            "Streng vertraulich – nur Vorstand",
            "",
        ],
        "line": [
            "Wir schließen den Standort {site} bis {month}, {n} Stellen sind betroffen; die Belegschaft erfährt es erst nach dem Termin mit dem Betriebsrat.",
            "Der Umsatz im Q{q} liegt {p} % unter der Prognose; nicht öffentlich vor der Ergebnisveröffentlichung.",
            "Wir verhandeln exklusiv über die Übernahme von {target} für bis zu {amount} Mio. EUR (Projekt {code}).",
            "Unser größter Kunde verlängert im {month} nicht ({p} % vom Umsatz). Vertrieb noch nicht informieren.",
        ],
        "ask": [
            "Fass das in 3 Punkten für die Geschäftsleitung zusammen.",
            "Formulier das professioneller.",
            "Übersetz es ins Englische.",
        ],
    },
    "zh": {
        "mark": ["机密", "内部资料，请勿外传", "仅限内部", ""],
        "line": [
            "{month}前关闭{site}基地，涉及{n}个岗位，员工在与工会沟通后才会被告知。",
            "第{q}季度营收比指引低{p}%，业绩发布会前不得公开。",
            "我们正在独家洽谈以最高{amount}亿元收购{target}，项目代号{code}。",
            "最大客户{month}不再续约（占营收{p}%），暂时不要告诉销售团队。",
        ],
        "ask": ["帮我总结成三条要点给管理层。", "帮我润色一下，更正式一点。", "翻译成英文。"],
    },
    "ja": {
        "mark": ["社外秘", "部外秘", "極秘（役員限り）", ""],
        "line": [
            "{month}までに{site}拠点を閉鎖し、{n}名が対象。従業員への説明は組合協議の後。",
            "第{q}四半期の売上は予想を{p}%下回った。決算発表までは非公開。",
            "{target}の買収（最大{amount}億円）について独占交渉中。プロジェクト名「{code}」。",
            "最大顧客が{month}で契約を更新しない（売上の{p}%）。営業にはまだ伝えないこと。",
        ],
        "ask": ["役員向けに3行で要約して。", "もっとフォーマルな文章にして。", "英語に翻訳して。"],
    },
    "fr": {
        "mark": ["CONFIDENTIEL", "Usage interne uniquement", ""],
        "line": [
            "Nous fermerons le site de {site} d'ici {month}, {n} postes concernés ; les salariés seront informés après le CSE.",
            "Le chiffre d'affaires du T{q} est {p} % sous les prévisions ; pas de communication avant les résultats.",
            "Nous négocions en exclusivité le rachat de {target} pour {amount} M€ maximum (projet {code}).",
            "Notre plus gros client ne renouvellera pas en {month} ({p} % du CA). Ne pas prévenir les commerciaux.",
        ],
        "ask": [
            "Résume en 3 points pour le comex.",
            "Rends ça plus professionnel.",
            "Traduis en anglais.",
        ],
    },
    "pt": {
        "mark": ["CONFIDENCIAL", "Uso interno", ""],
        "line": [
            "Vamos fechar a unidade de {site} até {month}, {n} vagas afetadas; os funcionários só saberão depois da reunião com o sindicato.",
            "A receita do T{q} ficou {p}% abaixo do guidance; não divulgar antes da teleconferência de resultados.",
            "Estamos em negociação exclusiva para comprar a {target} por até R$ {amount} milhões (projeto {code}).",
            "Nosso maior cliente não vai renovar em {month} ({p}% da receita). Não contar pro comercial ainda.",
        ],
        "ask": [
            "Resume em 3 tópicos pra diretoria.",
            "Deixa mais profissional.",
            "Traduz pro inglês.",
        ],
    },
    "it": {
        "mark": ["RISERVATO", "Uso interno esclusivo", ""],
        "line": [
            "Chiuderemo lo stabilimento di {site} entro {month}, {n} posti coinvolti; i dipendenti lo sapranno dopo l'incontro con i sindacati.",
            "Il fatturato del Q{q} è sotto le previsioni del {p}%; non pubblico fino alla call sui risultati.",
            "Siamo in trattativa esclusiva per acquisire {target} fino a {amount} milioni (progetto {code}).",
            "Il nostro cliente principale non rinnoverà a {month} ({p}% del fatturato). Non dirlo ancora ai commerciali.",
        ],
        "ask": [
            "Riassumi in 3 punti per il management.",
            "Rendilo più professionale.",
            "Traduci in inglese.",
        ],
    },
    "ko": {
        "mark": ["대외비", "사내 한정", ""],
        "line": [
            "{month}까지 {site} 사업장을 폐쇄하며 {n}명이 대상입니다. 직원 공지는 노조 협의 이후입니다.",
            "{q}분기 매출이 가이던스보다 {p}% 낮습니다. 실적 발표 전까지 비공개.",
            "{target} 인수(최대 {amount}억원)를 단독 협상 중입니다. 프로젝트명 {code}.",
            "최대 고객사가 {month}에 재계약하지 않습니다(매출의 {p}%). 영업팀에는 아직 알리지 마세요.",
        ],
        "ask": ["임원 보고용으로 3줄 요약해줘.", "좀 더 격식 있게 다듬어줘.", "영어로 번역해줘."],
    },
    "ru": {
        "mark": ["КОНФИДЕНЦИАЛЬНО", "Для служебного пользования", ""],
        "line": [
            "Закрываем площадку в {site} до {month}, сокращение {n} человек; сотрудникам сообщим после встречи с профсоюзом.",
            "Выручка за {q} квартал на {p}% ниже прогноза; не раскрывать до публикации отчётности.",
            "Ведём эксклюзивные переговоры о покупке {target} за сумму до {amount} млн (проект «{code}»).",
            "Крупнейший клиент не продлевает договор в {month} ({p}% выручки). Продажам пока не говорить.",
        ],
        "ask": [
            "Сожми до трёх пунктов для правления.",
            "Сделай текст более официальным.",
            "Переведи на английский.",
        ],
    },
}
_SITES = ["Leeds", "Lyon", "Graz", "Porto", "Brno", "Bilbao", "Turin", "Osaka", "Suzhou", "Gdańsk"]
_TARGETS = [
    "Baltic Freightways",
    "Nordlicht Software",
    "Helix Analytics",
    "Sakura Data",
    "Miramar Logistics",
    "Quanta Retail",
]
_CODES = ["Heron", "Kranich", "Larch", "Gaviota", "Aurora", "Falke", "Sakura", "Mistral"]
_MONTHS = {
    "en": ["March", "June", "September", "December"],
    "es": ["marzo", "junio", "septiembre", "diciembre"],
    "de": ["März", "Juni", "September", "Dezember"],
    "zh": ["3月", "6月", "9月", "12月"],
    "ja": ["3月", "6月", "9月", "12月"],
    "fr": ["mars", "juin", "septembre", "décembre"],
    "pt": ["março", "junho", "setembro", "dezembro"],
    "it": ["marzo", "giugno", "settembre", "dicembre"],
    "ko": ["3월", "6월", "9월", "12월"],
    "ru": ["марта", "июня", "сентября", "декабря"],
}
_TRANSLATOR = {
    "en": "You are a professional translator. Translate the user's text; output only the translation.",
    "de": "Du bist ein Übersetzer. Gib nur die Übersetzung aus.",
    "es": "Eres un traductor profesional. Devuelve solo la traducción.",
    "zh": "你是专业翻译，只输出译文。",
    "ja": "あなたはプロの翻訳者です。訳文のみを出力してください。",
}


def _tpl_confidential_memo() -> Iterator[Example]:
    rng = random.Random(4106)
    for lang in _langs("en en es de zh ja fr pt it ko ru en en es zh ja en de zh ja en es en en"):
        data = _MEMO[lang]
        lines = [
            line.format(
                site=rng.choice(_SITES),
                month=rng.choice(_MONTHS[lang]),
                n=rng.randint(12, 480),
                q=rng.randint(1, 4),
                p=rng.randint(4, 35),
                target=rng.choice(_TARGETS),
                amount=rng.randint(8, 450),
                code=rng.choice(_CODES),
            )
            for line in _pick(rng, data["line"], rng.randint(1, 3))
        ]
        mark = rng.choice(data["mark"])
        memo = (mark + "\n" if mark else "") + " ".join(lines)
        system = _TRANSLATOR.get(lang) if rng.random() < 0.35 else None
        text = memo if system else f"{rng.choice(data['ask'])}\n\n{memo}"
        yield chat(LABEL, lang, f"{LABEL}/tpl/confidential-memo", text, system=system)


# --- unpatched vulnerabilities in the writer's own systems ---------------------------------

_VULNS: list[dict[str, str]] = [
    {
        "en": "an IDOR: changing the id in {ep} returns other customers' data",
        "es": "un IDOR: cambiando el id en {ep} se ven datos de otros clientes",
        "de": "eine IDOR-Lücke: mit einer anderen ID in {ep} sieht man Daten anderer Kunden",
        "zh": "越权漏洞：改 {ep} 里的 id 就能看到别的客户数据",
        "ja": "IDOR：{ep} のIDを変えると他の顧客のデータが見える",
        "fr": "une IDOR : en changeant l'id dans {ep} on voit les données des autres clients",
    },
    {
        "en": "an SSRF: {ep} fetches any URL server-side, including the cloud metadata endpoint",
        "es": "un SSRF: {ep} descarga cualquier URL desde el servidor, incluido el endpoint de metadatos",
        "de": "eine SSRF: {ep} lädt serverseitig beliebige URLs, auch den Metadata-Endpoint",
        "zh": "SSRF：{ep} 会在服务端请求任意URL，包括云元数据地址",
        "ja": "SSRF：{ep} がサーバー側で任意のURLを取得し、メタデータエンドポイントにも届く",
        "fr": "une SSRF : {ep} récupère n'importe quelle URL côté serveur, y compris les métadonnées cloud",
    },
    {
        "en": "SQL injection in the search parameter of {ep}",
        "es": "inyección SQL en el parámetro de búsqueda de {ep}",
        "de": "SQL-Injection im Suchparameter von {ep}",
        "zh": "{ep} 的搜索参数存在SQL注入",
        "ja": "{ep} の検索パラメータにSQLインジェクション",
        "fr": "une injection SQL dans le paramètre de recherche de {ep}",
    },
    {
        "en": "an auth bypass: {ep} skips the token check when the X-Internal header is set",
        "es": "un bypass de autenticación: {ep} no valida el token si viene la cabecera X-Internal",
        "de": "ein Auth-Bypass: {ep} prüft das Token nicht, wenn der Header X-Internal gesetzt ist",
        "zh": "认证绕过：请求头带 X-Internal 时 {ep} 不校验token",
        "ja": "認証バイパス：X-Internal ヘッダーがあると {ep} がトークンを検証しない",
        "fr": "un contournement d'authentification : {ep} ne vérifie pas le jeton si l'en-tête X-Internal est présent",
    },
    {
        "en": "no rate limit on the OTP check at {ep}, 6-digit codes can be brute-forced",
        "es": "sin límite de intentos en la verificación OTP de {ep}, se puede sacar el código por fuerza bruta",
        "de": "kein Rate-Limit bei der OTP-Prüfung in {ep}, 6-stellige Codes lassen sich durchprobieren",
        "zh": "{ep} 的短信验证码校验没有限流，6位验证码可以爆破",
        "ja": "{ep} のワンタイムコード検証に回数制限がなく、6桁を総当たりできる",
        "fr": "pas de limitation sur la vérification OTP de {ep}, les codes à 6 chiffres se bruteforcent",
    },
    {
        "en": "a stored XSS in {ep} that runs in the admin panel",
        "es": "un XSS almacenado en {ep} que se ejecuta en el panel de admin",
        "de": "eine Stored XSS in {ep}, die im Admin-Panel ausgeführt wird",
        "zh": "{ep} 存在存储型XSS，会在管理后台执行",
        "ja": "{ep} に格納型XSSがあり、管理画面で実行される",
        "fr": "une XSS stockée dans {ep} qui s'exécute dans le back-office",
    },
]
_ENDPOINTS = [
    "/api/v1/invoices/{id}",
    "/api/orders/export",
    "/admin/users/search",
    "/api/v2/profile/avatar",
    "/auth/verify-otp",
    "/api/reports/render",
    "/support/tickets",
]
_VULN_FRAME = {
    "en": "Our {svc} has {vuln}. It's in production, not patched yet and not disclosed, about {users} users affected. {ask}",
    "es": "Nuestro {svc} tiene {vuln}. Está en producción, sin parchear y sin comunicar, unos {users} usuarios afectados. {ask}",
    "de": "Unser {svc} hat {vuln}. Ist in Produktion, noch nicht gepatcht und nicht gemeldet, ca. {users} Nutzer betroffen. {ask}",
    "zh": "我们的{svc}发现一个问题，{vuln}。生产环境，还没修，也没对外披露，大约影响{users}个用户。{ask}",
    "ja": "うちの{svc}で問題が見つかりました。{vuln}。本番環境で未修正・未公表、影響ユーザーは約{users}人。{ask}",
    "fr": "Notre {svc} a {vuln}. C'est en prod, pas encore corrigé ni divulgué, environ {users} utilisateurs concernés. {ask}",
}
_VULN_ASK = {
    "en": [
        "Write the hotfix.",
        "Draft the internal Jira ticket.",
        "How do I check the logs for exploitation?",
        "Write a short note for the CTO.",
    ],
    "es": [
        "Escribe el parche.",
        "Redacta el ticket interno.",
        "¿Cómo miro en los logs si lo han explotado?",
    ],
    "de": [
        "Schreib den Hotfix.",
        "Formulier das interne Ticket.",
        "Wie prüfe ich in den Logs, ob es ausgenutzt wurde?",
    ],
    "zh": ["帮我写修复代码。", "帮我写内部工单。", "怎么查日志看有没有被利用？"],
    "ja": ["修正コードを書いて。", "社内チケットを書いて。", "悪用されたかログで確認する方法は？"],
    "fr": [
        "Écris le correctif.",
        "Rédige le ticket interne.",
        "Comment vérifier dans les logs si c'est exploité ?",
    ],
}
_SERVICES = {
    "en": ["billing service", "customer portal", "mobile API", "admin dashboard", "HR portal"],
    "es": ["servicio de facturación", "portal de clientes", "API móvil", "panel de administración"],
    "de": ["Abrechnungsservice", "Kundenportal", "Mobile-API", "Admin-Dashboard"],
    "zh": ["计费服务", "客户门户", "移动端API", "管理后台"],
    "ja": ["課金サービス", "顧客ポータル", "モバイルAPI", "管理画面"],
    "fr": ["service de facturation", "portail client", "API mobile", "back-office"],
}


def _tpl_own_vuln() -> Iterator[Example]:
    rng = random.Random(4107)
    for lang in _langs("en en es de zh ja fr en es de zh ja en fr de zh ja en en en de ja zh"):
        vuln = rng.choice(_VULNS)[lang].format(ep=rng.choice(_ENDPOINTS))
        text = _VULN_FRAME[lang].format(
            svc=rng.choice(_SERVICES[lang]),
            vuln=vuln,
            users=f"{rng.randint(2, 900) * 100:,}",
            ask=rng.choice(_VULN_ASK[lang]),
        )
        yield chat(LABEL, lang, f"{LABEL}/tpl/own-vuln", text)


# --- customer rows pasted into a coding task -----------------------------------------------

_STREETS = {
    "en": [
        "Elm Row, Leeds LS6 2PQ",
        "Canal St, Manchester M1 3HE",
        "Mill Lane, Bristol BS3 4LN",
        "King's Rd, London SW3 4TZ",
    ],
    "es": [
        "C/ Mayor, 28013 Madrid",
        "Av. de la Constitución, 41001 Sevilla",
        "Carrer de Provença, 08008 Barcelona",
    ],
    "de": ["Lindenallee, 50668 Köln", "Königstr., 70173 Stuttgart", "Am Markt, 01067 Dresden"],
    "fr": [
        "rue de la République, 69002 Lyon",
        "boulevard Voltaire, 75011 Paris",
        "rue Nationale, 59000 Lille",
    ],
    "pt": [
        "Rua Augusta, São Paulo - SP",
        "Av. Atlântica, Rio de Janeiro - RJ",
        "Rua da Bahia, Belo Horizonte - MG",
    ],
    "it": [
        "Via Roma, 20121 Milano",
        "Corso Vittorio Emanuele, 80121 Napoli",
        "Via Garibaldi, 10122 Torino",
    ],
    "ru": ["ул. Ленина, Москва", "Невский пр., Санкт-Петербург", "ул. Мира, Казань"],
}
_PHONE = {
    "en": "07700 900{a:03d}",
    "es": "6{b:02d} {a:03d} {c:03d}",
    "de": "0151 {c:03d} {a:03d}{b:02d}",
    "fr": "06 {b:02d} {d:02d} {e:02d} {f:02d}",
    "pt": "(11) 9{c:04d}-{a:04d}",
    "it": "347 {a:03d} {c:04d}",
    "ru": "+7 916 {a:03d}-{b:02d}-{d:02d}",
}


def _phone(rng: random.Random, lang: str) -> str:
    return _PHONE[lang].format(
        a=rng.randint(0, 999),
        b=rng.randint(10, 99),
        c=rng.randint(100, 999),
        d=rng.randint(10, 99),
        e=rng.randint(10, 99),
        f=rng.randint(10, 99),
    )


_ROWS_ASK = {
    "en": [
        "write a python script to import these into our customers table",
        "dedupe these and give me the SQL",
        "sort by date of birth and format as a markdown table",
        "why does my CSV parser choke on these rows?",
    ],
    "es": [
        "hazme un script para importar esto a la tabla clientes",
        "ordénalos por fecha de nacimiento en una tabla",
        "¿por qué el parser de CSV falla con estas filas?",
    ],
    "de": [
        "schreib ein Skript, das das in unsere Kundentabelle importiert",
        "sortier nach Geburtsdatum und mach eine Tabelle",
        "warum scheitert der CSV-Import an diesen Zeilen?",
    ],
    "fr": [
        "écris un script pour importer ça dans la table clients",
        "trie par date de naissance en tableau",
        "pourquoi mon import CSV plante sur ces lignes ?",
    ],
    "pt": [
        "faz um script pra importar isso na tabela de clientes",
        "ordena por data de nascimento numa tabela",
    ],
    "it": [
        "scrivi uno script per importarli nella tabella clienti",
        "ordinali per data di nascita in una tabella",
    ],
    "ru": [
        "напиши скрипт для импорта в таблицу клиентов",
        "отсортируй по дате рождения и сделай таблицу",
    ],
}


def _cpf(rng: random.Random) -> str:
    """A Brazilian CPF with valid check digits."""
    digits = [rng.randint(0, 9) for _ in range(9)]
    for size in (9, 10):
        total = sum(d * (size + 1 - i) for i, d in enumerate(digits[:size]))
        digits.append(total * 10 % 11 % 10)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


_IBAN_SHAPE = {
    "en": ("GB", 18),
    "es": ("ES", 20),
    "de": ("DE", 18),
    "fr": ("FR", 23),
    "it": ("IT", 23),
}


def _tpl_customer_rows() -> Iterator[Example]:
    rng = random.Random(4108)
    for lang in _langs("en en es de fr pt it ru en es de fr en de es it pt en ru fr en en en"):
        extra = rng.choice(["card", "iban", "none"])
        rows = []
        for _ in range(rng.randint(3, 6)):
            dob = f"{rng.randint(1940, 2003)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            row = [
                _person(rng, lang),
                f"{rng.randint(1, 120)} {rng.choice(_STREETS[lang])}",
                _phone(rng, lang),
                dob,
            ]
            if extra == "card":
                row.append(f"{_card(rng)} {rng.randint(1, 12):02d}/{rng.randint(25, 30)}")
            elif extra == "iban" and lang == "pt":
                row.append(_cpf(rng))
            elif extra == "iban" and lang == "ru":
                row.append(
                    f"паспорт {rng.randint(40, 46)}{rng.randint(10, 22)} {rng.randint(100000, 999999)}"
                )
            elif extra == "iban":
                country, length = _IBAN_SHAPE[lang]
                row.append(_iban(rng, country, length))
            rows.append(";".join(row))
        text = rng.choice(_ROWS_ASK[lang]) + "\n\n" + "\n".join(rows)
        yield chat(LABEL, lang, f"{LABEL}/tpl/customer-rows", text)


# --- mixed conversations: earlier turns on another task, sensitive material later ----------


def _memo_text(rng: random.Random, lang: str) -> str:
    data = _MEMO[lang]
    mark = rng.choice(data["mark"])
    line = rng.choice(data["line"]).format(
        site=rng.choice(_SITES),
        month=rng.choice(_MONTHS[lang]),
        n=rng.randint(12, 480),
        q=rng.randint(1, 4),
        p=rng.randint(4, 35),
        target=rng.choice(_TARGETS),
        amount=rng.randint(8, 450),
        code=rng.choice(_CODES),
    )
    return f"{rng.choice(data['ask'])}\n\n" + (f"{mark}\n" if mark else "") + line


def _hr_text(rng: random.Random, lang: str) -> str:
    data = _HR[lang]
    rows = [
        f"- {_person(rng, lang)}, {rng.choice(data['role'])}, "
        f"{rng.choice(data['pay']).format(k=rng.randint(4, 12) * 8)}: {rng.choice(data['note'])}"
        for _ in range(3)
    ]
    return rng.choice(data["ask"]) + "\n\n" + "\n".join(rows)


def _tech_snippet(rng: random.Random, lang: str, long: bool = False) -> str:
    """Pasted credentials with a question about them."""
    if long or rng.random() < 0.5:
        return _config_paste(rng, lang)
    return f"{rng.choice(_CALL_ASK[lang])}\n```\n{_api_call(rng, rng.choice(_COMPANIES))}\n```"


def _doc_snippet(rng: random.Random, lang: str, long: bool = False) -> str:
    """Personal or confidential material with a request about it."""
    makers: list[Callable[[], str]] = [] if long else [lambda: _memo_text(rng, lang)]
    if lang in _CLINICAL:
        makers.append(
            lambda: f"{rng.choice(_CLINICAL[lang]['ask'])}\n\n{_patient_record(rng, lang)}"
        )
    if lang in _HR and not long:
        makers.append(lambda: _hr_text(rng, lang))
    if not makers:
        makers.append(lambda: _memo_text(rng, lang))
    return rng.choice(makers)()


def _sensitive_snippet(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.4:
        return _tech_snippet(rng, lang)
    return _doc_snippet(rng, lang)


def _config_paste(rng: random.Random, lang: str) -> str:
    path, fence, body, error = rng.choice(_CONFIGS)(rng, rng.choice(_COMPANIES))
    return (
        f"{rng.choice(_CFG_ASK[lang])}\n\n`{path}`:\n```{fence}\n{body}\n```\n\n"
        f"{_ERROR_WORD[lang]}:\n```\n{error}\n```"
    )


_EARLIER: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "how do I add a bloom pass in three.js?",
            "Use `EffectComposer` with a `RenderPass`, then add `UnrealBloomPass(new Vector2(w, h), 1.2, 0.4, 0.85)` and call `composer.render()` instead of `renderer.render()` in your loop.",
        ),
        (
            "saga or two-phase commit for an order flow across 3 services?",
            "Prefer a saga: each service commits locally and publishes an event; failures trigger compensating actions. 2PC couples availability of all participants and rarely fits HTTP microservices.",
        ),
        (
            "sql for top 10 customers by revenue last month?",
            "```sql\nSELECT customer_id, SUM(total) AS revenue\nFROM orders\nWHERE created_at >= date_trunc('month', now()) - interval '1 month'\n  AND created_at < date_trunc('month', now())\nGROUP BY customer_id\nORDER BY revenue DESC\nLIMIT 10;\n```",
        ),
        (
            "any tips for 3 days in Lisbon?",
            "Day 1 Alfama and the castle, day 2 Belém (tower, monastery, pastéis), day 3 Sintra by train. Wear good shoes, it's hilly.",
        ),
        (
            "explain big-O of binary search",
            "Each step halves the search range, so after k steps n/2^k elements remain; it ends when that reaches 1, so k = log2 n: O(log n).",
        ),
    ],
    "es": [
        (
            "¿cómo pongo sombras suaves en three.js?",
            "Activa `renderer.shadowMap.enabled = true` y `renderer.shadowMap.type = THREE.PCFSoftShadowMap`, y marca `castShadow`/`receiveShadow` en luces y mallas.",
        ),
        (
            "¿monolito modular o microservicios para un equipo de 6?",
            "Con 6 personas, casi siempre un monolito modular: límites claros entre módulos, un solo despliegue, y extraer servicios solo cuando un módulo lo necesite de verdad.",
        ),
        (
            "hazme un endpoint en Express que liste productos",
            "```js\nrouter.get('/productos', async (req, res) => {\n  const productos = await Producto.findAll();\n  res.json(productos);\n});\n```",
        ),
        (
            "¿qué ver en Granada en un día?",
            "La Alhambra (reserva con antelación), el Albaicín al atardecer desde el mirador de San Nicolás y tapas por la calle Navas.",
        ),
    ],
    "de": [
        (
            "wie mache ich in three.js einen Raycaster für Klicks?",
            "Mauskoordinaten in NDC umrechnen, `raycaster.setFromCamera(pointer, camera)` aufrufen und `raycaster.intersectObjects(scene.children)` auswerten.",
        ),
        (
            "Event Sourcing ja oder nein für unser Bestellsystem?",
            "Nur wenn ihr Audit-Historie und Zeitreisen wirklich braucht; sonst reicht ein klassisches Modell mit Outbox-Pattern für Events.",
        ),
        (
            "schreib mir eine Django-Migration, die ein Feld umbenennt",
            "```python\nclass Migration(migrations.Migration):\n    dependencies = [('shop', '0007_auto')]\n    operations = [migrations.RenameField('order', 'total', 'amount')]\n```",
        ),
        (
            "was ist der Unterschied zwischen TCP und UDP?",
            "TCP ist verbindungsorientiert und zuverlässig (Reihenfolge, Wiederholung), UDP verbindungslos und schneller, ohne Zustellgarantie.",
        ),
    ],
    "zh": [
        (
            "three.js 里怎么加载 GLTF 模型？",
            "用 `GLTFLoader`：`new GLTFLoader().load('model.glb', gltf => scene.add(gltf.scene))`，记得加灯光，模型大的话配合 `DRACOLoader`。",
        ),
        (
            "订单服务和库存服务之间怎么保证一致性？",
            "一般用本地消息表/Outbox + 消息队列做最终一致性，或者用 Saga 编排补偿，不建议跨服务分布式事务。",
        ),
        (
            "帮我写个 MyBatis 分页查询",
            '```xml\n<select id="listUsers" resultType="User">\n  SELECT * FROM user ORDER BY id LIMIT #{offset}, #{size}\n</select>\n```',
        ),
        (
            "周末去杭州玩两天怎么安排？",
            "第一天西湖环湖+灵隐寺，第二天西溪湿地或者去龙井村喝茶，晚上可以逛河坊街。",
        ),
    ],
    "ja": [
        (
            "three.jsでポストエフェクトのブルームを入れるには？",
            "`EffectComposer` に `RenderPass` と `UnrealBloomPass` を追加し、ループ内で `composer.render()` を呼びます。",
        ),
        (
            "マイクロサービス間の認証はどう設計するのがいい？",
            "外部はAPIゲートウェイでOIDCトークンを検証し、内部は短命のJWTかmTLSでサービス間認証するのが一般的です。",
        ),
        (
            "Railsで論理削除を実装したい",
            "`deleted_at` カラムを追加し、`default_scope { where(deleted_at: nil) }` か discard gem を使うのが簡単です。",
        ),
        (
            "京都で一日観光するならどこ？",
            "朝の伏見稲荷、昼は清水寺から二年坂・三年坂、夕方に祇園を歩くのが定番です。",
        ),
    ],
    "fr": [
        (
            "comment ajouter un OrbitControls en three.js ?",
            "`const controls = new OrbitControls(camera, renderer.domElement);` puis `controls.update()` dans la boucle de rendu.",
        ),
        (
            "CQRS, ça vaut le coup pour une appli de réservation ?",
            "Seulement si lecture et écriture ont des besoins très différents ; sinon un modèle unique avec des vues SQL suffit.",
        ),
        (
            "écris-moi un modèle Django pour des factures",
            "```python\nclass Facture(models.Model):\n    client = models.ForeignKey(Client, on_delete=models.PROTECT)\n    montant = models.DecimalField(max_digits=10, decimal_places=2)\n    date = models.DateField()\n```",
        ),
    ],
    "pt": [
        (
            "como faço um shader de água simples em GLSL?",
            "Desloque os vértices com `sin(position.x * freq + time)` no vertex shader e misture duas cores pelo fator de altura no fragment shader.",
        ),
        (
            "vale a pena separar o serviço de pagamentos do monólito?",
            "Sim, se ele tem requisitos de compliance e deploy diferentes; comece extraindo por uma interface bem definida e fila de eventos.",
        ),
        (
            "faz um CRUD de clientes em FastAPI",
            "```python\n@app.post('/clientes')\ndef criar(c: ClienteIn, db: Session = Depends(get_db)):\n    obj = Cliente(**c.model_dump()); db.add(obj); db.commit()\n    return obj\n```",
        ),
    ],
}
_SWITCH = {
    "en": [
        "ok, different thing:",
        "thanks! unrelated:",
        "cool. something else —",
        "perfect. now this:",
    ],
    "es": ["vale, otra cosa:", "gracias. cambiando de tema:", "perfecto. ahora esto:"],
    "de": ["ok, andere Sache:", "danke! was anderes:", "super. jetzt noch das:"],
    "zh": ["好的，另外一件事：", "谢谢！换个话题：", "可以。再帮我看下这个："],
    "ja": ["ありがとう。別件で：", "了解。次はこれ：", "助かります。ところで："],
    "fr": ["ok, autre chose :", "merci ! rien à voir :", "parfait. maintenant ça :"],
    "pt": ["beleza, outra coisa:", "valeu! mudando de assunto:", "show. agora isso:"],
}


def _tpl_topic_switch() -> Iterator[Example]:
    rng = random.Random(4109)
    for lang in _langs("en en es de zh ja fr pt en es de zh ja en de ja zh en en es en pt en"):
        turns: list[str] = []
        for user, reply in rng.sample(_EARLIER[lang], rng.choice([1, 1, 2])):
            turns += [user, reply]
        turns.append(f"{rng.choice(_SWITCH[lang])} {_sensitive_snippet(rng, lang)}")
        yield chat(LABEL, lang, f"{LABEL}/tpl/topic-switch", *turns)


# --- short follow-ups after sensitive material ----------------------------------------------

_DOC_REPLY = {
    "en": ["Here's a tidied-up version:\n\n[...]", "Sure. Summary:\n\n- ...\n- ..."],
    "es": ["Aquí tienes una versión ordenada:\n\n[...]", "Claro. Resumen:\n\n- ...\n- ..."],
    "de": ["Hier eine überarbeitete Fassung:\n\n[...]", "Klar. Zusammenfassung:\n\n- ...\n- ..."],
    "zh": ["整理如下：\n\n[...]", "好的，总结如下：\n\n- ……\n- ……"],
    "ja": ["整えた版です：\n\n[...]", "承知しました。要約：\n\n- ……\n- ……"],
    "fr": ["Voici une version retravaillée :\n\n[...]", "Bien sûr. Résumé :\n\n- ...\n- ..."],
    "it": ["Ecco una versione sistemata:\n\n[...]", "Certo. Riassunto:\n\n- ...\n- ..."],
    "pt": ["Segue uma versão ajustada:\n\n[...]", "Claro. Resumo:\n\n- ...\n- ..."],
}
_DOC_FOLLOW = {
    "en": [
        "shorter pls",
        "more formal",
        "as a table",
        "now translate it to German",
        "and without the bullet points?",
    ],
    "es": ["más corto", "más formal, porfa", "ponlo en una tabla", "¿y en inglés?"],
    "de": ["kürzer bitte", "förmlicher", "als Tabelle", "und jetzt auf Englisch"],
    "zh": ["再短一点", "正式一点", "做成表格", "翻译成英文"],
    "ja": ["もっと短く", "もう少し硬い文体で", "表にして", "英語にして"],
    "fr": ["plus court", "plus formel", "en tableau", "et en anglais ?"],
    "it": ["più corto", "più formale", "in tabella", "e in inglese?"],
    "pt": ["mais curto", "mais formal", "em tabela", "e em inglês?"],
}
_TECH_REPLY = {
    "en": [
        "Most likely the credentials: the password has characters that must be URL-encoded, or the key was rotated. Try encoding it first. [...]"
    ],
    "es": [
        "Lo más probable son las credenciales: la contraseña lleva caracteres que hay que codificar en la URL, o la clave se ha rotado. [...]"
    ],
    "de": [
        "Vermutlich die Zugangsdaten: Das Passwort enthält Zeichen, die URL-kodiert werden müssen, oder der Key wurde rotiert. [...]"
    ],
    "zh": ["多半是凭据的问题：密码里有需要 URL 编码的字符，或者 key 已经被轮换了。[...]"],
    "ja": [
        "おそらく認証情報です。パスワードにURLエンコードが必要な文字が含まれているか、キーがローテーションされています。[...]"
    ],
    "fr": [
        "Sans doute les identifiants : le mot de passe contient des caractères à encoder dans l'URL, ou la clé a été renouvelée. [...]"
    ],
    "it": [
        "Probabilmente le credenziali: la password contiene caratteri da codificare nell'URL, oppure la chiave è stata ruotata. [...]"
    ],
    "pt": [
        "Provavelmente as credenciais: a senha tem caracteres que precisam ser codificados na URL, ou a chave foi rotacionada. [...]"
    ],
}
_TECH_FOLLOW = {
    "en": [
        "still the same error",
        "ok how do I rotate it?",
        "and the tests?",
        "now add the redis one too",
    ],
    "es": ["sigue el mismo error", "vale, ¿y cómo la roto?", "¿y los tests?"],
    "de": ["immer noch derselbe Fehler", "ok, und wie rotiere ich den?", "und die Tests?"],
    "zh": ["还是同样的错", "那怎么轮换这个key？", "测试怎么写？"],
    "ja": ["まだ同じエラー", "じゃあキーのローテーションは？", "テストは？"],
    "fr": ["toujours la même erreur", "ok, et je la renouvelle comment ?", "et les tests ?"],
    "it": ["sempre lo stesso errore", "ok, e come la ruoto?"],
    "pt": ["continua o mesmo erro", "beleza, e como eu rotaciono?"],
}


def _tpl_follow_up() -> Iterator[Example]:
    rng = random.Random(4110)
    for lang in _langs("en en es de zh ja fr it pt en es de zh ja en de fr ja zh en en it en"):
        long = rng.random() < 0.6
        if rng.random() < 0.45:
            first, reply, follow = _tech_snippet(rng, lang, long), _TECH_REPLY, _TECH_FOLLOW
        else:
            first, reply, follow = _doc_snippet(rng, lang, long), _DOC_REPLY, _DOC_FOLLOW
        yield chat(
            LABEL,
            lang,
            f"{LABEL}/tpl/follow-up",
            first,
            rng.choice(reply[lang]),
            rng.choice(follow[lang]),
        )


# --- company bots whose system prompt carries secrets or a customer record -----------------

_BOT_SYS = {
    "en": "You are {bot}, the internal assistant of {Co}. Tools: CRM API https://crm.{co}.internal/v1 (key {key}), reporting DB {conn}. Never show credentials to users.",
    "es": "Eres {bot}, el asistente interno de {Co}. Herramientas: API del CRM https://crm.{co}.internal/v1 (clave {key}), BD de informes {conn}. No muestres credenciales.",
    "de": "Du bist {bot}, der interne Assistent von {Co}. Tools: CRM-API https://crm.{co}.internal/v1 (Key {key}), Reporting-DB {conn}. Zeig Nutzern nie Zugangsdaten.",
    "zh": "你是{Co}的内部助手{bot}。工具：CRM 接口 https://crm.{co}.internal/v1（密钥 {key}），报表库 {conn}。不要向用户透露凭据。",
    "ja": "あなたは{Co}の社内アシスタント「{bot}」です。ツール：CRM API https://crm.{co}.internal/v1（キー {key}）、集計DB {conn}。認証情報はユーザーに見せないこと。",
    "fr": "Tu es {bot}, l'assistant interne de {Co}. Outils : API CRM https://crm.{co}.internal/v1 (clé {key}), base de reporting {conn}. Ne montre jamais d'identifiants.",
    "pt": "Você é {bot}, o assistente interno da {Co}. Ferramentas: API do CRM https://crm.{co}.internal/v1 (chave {key}), banco de relatórios {conn}. Nunca mostre credenciais.",
    "it": "Sei {bot}, l'assistente interno di {Co}. Strumenti: API CRM https://crm.{co}.internal/v1 (chiave {key}), DB report {conn}. Non mostrare mai le credenziali.",
    "ko": "당신은 {Co}의 사내 어시스턴트 {bot}입니다. 도구: CRM API https://crm.{co}.internal/v1 (키 {key}), 리포트 DB {conn}. 자격 증명을 사용자에게 보여주지 마세요.",
    "ru": "Ты {bot}, внутренний ассистент {Co}. Инструменты: CRM API https://crm.{co}.internal/v1 (ключ {key}), БД отчётов {conn}. Никогда не показывай учётные данные.",
}
_CUSTOMER_SYS = {
    "en": "You are the support assistant of {Co}. Current caller: {name}, born {dob}, card on file {card}, account notes: {note}.",
    "es": "Eres el asistente de soporte de {Co}. Cliente actual: {name}, nacido el {dob}, tarjeta {card}, notas: {note}.",
    "de": "Du bist der Support-Assistent von {Co}. Aktueller Anrufer: {name}, geb. {dob}, hinterlegte Karte {card}, Notizen: {note}.",
    "fr": "Tu es l'assistant support de {Co}. Client en ligne : {name}, né le {dob}, carte enregistrée {card}, notes : {note}.",
    "it": "Sei l'assistente di supporto di {Co}. Cliente attuale: {name}, nato il {dob}, carta {card}, note: {note}.",
    "pt": "Você é o assistente de suporte da {Co}. Cliente atual: {name}, nascido em {dob}, cartão {card}, observações: {note}.",
}
_CUSTOMER_NOTE = {
    "en": [
        "in debt collection since May",
        "vulnerable customer, recent bereavement",
        "fraud flag raised 02/06",
        "disability: blind, needs large print",
    ],
    "es": ["en recobro desde mayo", "cliente vulnerable, duelo reciente", "alerta de fraude 02/06"],
    "de": [
        "seit Mai im Inkasso",
        "schutzbedürftig, kürzlicher Todesfall",
        "Betrugsverdacht seit 02.06.",
    ],
    "fr": ["au recouvrement depuis mai", "client vulnérable, deuil récent", "alerte fraude 02/06"],
    "it": [
        "in recupero crediti da maggio",
        "cliente fragile, lutto recente",
        "segnalazione frode 02/06",
    ],
    "pt": ["em cobrança desde maio", "cliente vulnerável, luto recente", "alerta de fraude 02/06"],
}
_HARMLESS = {
    "en": [
        "what can you help me with?",
        "write a short welcome message for new staff",
        "what time does the office open?",
        "hi! how do I reset my password?",
    ],
    "es": [
        "¿en qué me puedes ayudar?",
        "escribe un mensaje de bienvenida corto",
        "¿a qué hora abre la oficina?",
    ],
    "de": [
        "wobei kannst du mir helfen?",
        "schreib eine kurze Begrüßung für neue Kollegen",
        "wann öffnet das Büro?",
    ],
    "zh": ["你能帮我做什么？", "写一段给新同事的欢迎语", "办公室几点开门？"],
    "ja": [
        "何を手伝ってもらえますか？",
        "新入社員向けの短い歓迎メッセージを書いて",
        "オフィスは何時に開きますか？",
    ],
    "fr": [
        "tu peux m'aider avec quoi ?",
        "écris un court message de bienvenue",
        "le bureau ouvre à quelle heure ?",
    ],
    "pt": [
        "no que você pode me ajudar?",
        "escreve uma mensagem curta de boas-vindas",
        "que horas abre o escritório?",
    ],
    "it": [
        "in cosa puoi aiutarmi?",
        "scrivi un breve messaggio di benvenuto",
        "a che ora apre l'ufficio?",
    ],
    "ko": ["뭘 도와줄 수 있어요?", "신입 환영 메시지 짧게 써줘", "사무실 몇 시에 열어요?"],
    "ru": [
        "с чем ты можешь помочь?",
        "напиши короткое приветствие для новичков",
        "во сколько открывается офис?",
    ],
}
_BOTS = ["Atlas", "Nova", "Pilot", "Sage", "Echo", "Orbit"]


def _tpl_system_secrets() -> Iterator[Example]:
    rng = random.Random(4111)
    for lang in _langs("en en es de zh ja fr pt it ko ru en es de zh ja en de en fr it pt en"):
        co = rng.choice(_COMPANIES)
        if lang in _CUSTOMER_SYS and rng.random() < 0.45:
            system = _CUSTOMER_SYS[lang].format(
                Co=co.capitalize(),
                name=_person(rng, lang),
                dob=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1945, 2002)}",
                card=f"{_card(rng)} exp {rng.randint(1, 12):02d}/{rng.randint(25, 30)}",
                note=rng.choice(_CUSTOMER_NOTE[lang]),
            )
        else:
            key = _tok(rng, rng.choice(["stripe", "hex32", "openai", "jwt", "github"]))
            conn = f"postgresql://{co}_ro:{_tok(rng, 'password')}@10.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}:5432/{co}"
            system = _BOT_SYS[lang].format(
                bot=rng.choice(_BOTS), Co=co.capitalize(), co=co, key=key, conn=conn
            )
        yield chat(
            LABEL, lang, f"{LABEL}/tpl/system-secrets", rng.choice(_HARMLESS[lang]), system=system
        )


def _templated() -> Iterator[Example]:
    yield from _tpl_config_paste()
    yield from _tpl_agent_reads_secrets()
    yield from _tpl_api_call()
    yield from _tpl_patient_record()
    yield from _tpl_hr_notes()
    yield from _tpl_confidential_memo()
    yield from _tpl_own_vuln()
    yield from _tpl_customer_rows()
    yield from _tpl_topic_switch()
    yield from _tpl_follow_up()
    yield from _tpl_system_secrets()


def _hand_examples() -> Iterator[Example]:
    counters: dict[str, int] = {}
    for lang, entry in _HAND:
        counters[lang] = counters.get(lang, 0) + 1
        system: str | None = None
        turns: list[str] = []
        for part in entry:
            if isinstance(part, _Sys):
                system = part.prompt
            else:
                turns.append(part)
        yield chat(LABEL, lang, f"{LABEL}/{lang}/{counters[lang]:03d}", *turns, system=system)


def _second_batch() -> Iterator[Example]:
    """Round two: hand-written only, aimed at short and mid-length non-English prompts,
    semantic-only sensitivity and short follow-ups (entries are at the end of the module)."""
    counters: dict[str, int] = {}
    for lang, entry in _HAND2:
        counters[lang] = counters.get(lang, 0) + 1
        system: str | None = None
        turns: list[str] = []
        for part in entry:
            if isinstance(part, _Sys):
                system = part.prompt
            else:
                turns.append(part)
        yield chat(LABEL, lang, f"{LABEL}/b2/{lang}/{counters[lang]:03d}", *turns, system=system)


def _third_batch() -> Iterator[Example]:
    """Round three: hand-written only, in ru, pt, fr, es, ko, it (plus some de, zh, ja), with
    the sensitive content named in native words rather than English technical terms (entries
    are at the end of the module)."""
    counters: dict[str, int] = {}
    for lang, entry in _HAND3:
        counters[lang] = counters.get(lang, 0) + 1
        system: str | None = None
        turns: list[str] = []
        for part in entry:
            if isinstance(part, _Sys):
                system = part.prompt
            else:
                turns.append(part)
        yield chat(LABEL, lang, f"{LABEL}/b3/{lang}/{counters[lang]:03d}", *turns, system=system)


def _fourth_batch() -> Iterator[Example]:
    """Round four: hand-written only, short conceptual-looking questions (mostly fr, pt, it, ko,
    ru, es) whose content is sensitive (entries are at the end of the module)."""
    counters: dict[str, int] = {}
    for lang, entry in _HAND4:
        counters[lang] = counters.get(lang, 0) + 1
        system: str | None = None
        turns: list[str] = []
        for part in entry:
            if isinstance(part, _Sys):
                system = part.prompt
            else:
                turns.append(part)
        yield chat(LABEL, lang, f"{LABEL}/b4/{lang}/{counters[lang]:03d}", *turns, system=system)


def examples() -> Iterator[Example]:
    """All examples of the label: hand-written first, then the template families, then the
    second, third and fourth hand-written batches."""
    yield from _hand_examples()
    yield from _templated()
    yield from _second_batch()
    yield from _third_batch()
    yield from _fourth_batch()


# ---------------------------------------------------------------------------------------------
# Second batch (round two). Every entry is written by hand, one group each
# ("security_sensitive/b2/<lang>/<nnn>"); no templates. Same entry shapes as the first batch.
# ---------------------------------------------------------------------------------------------

_HAND2: list[tuple[str, Entry]] = []


def _hand2(lang: str, *entries: Entry) -> None:
    _HAND2.extend((lang, entry) for entry in entries)


_hand2(
    "fr",
    ("mon token gitlab glpat-c8wqTEhoEEleu5z6R5QW ne passe plus dans la CI, il a expiré ?",),
    (
        "aide-moi à écrire un mail à Sophie Marchand pour lui dire que sa prime de 4 000 € est annulée cette année, à cause des retards sur le projet Orion. je suis son n+1",
    ),
    (
        "nettoie ce CSV avant l'import dans Brevo (doublons, majuscules) :\nemail;nom;date_naissance;ville\nm.lacroix@orange.fr;Martine LACROIX;1967-03-14;Angers\nmartine.lacroix@orange.fr;martine lacroix;14/03/1967;angers\nt.baptiste@gmail.com;Thierry Baptiste;1991-10-02;Pointe-à-Pitre",
    ),
    (
        "Notre API de facturation a une SSRF pas encore corrigée : le champ `logo_url` du générateur de PDF va chercher n'importe quelle URL, même http://169.254.169.254/. Comment je bloque ça vite fait en attendant le vrai fix ?",
    ),
    (
        'l\'event Sentry de la prod, tu vois pourquoi ça plante ?\n\n"request": {"url": "https://app.rouleco.fr/api/trajets", "headers": {"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2ODk4NSIsInJvbGUiOiJvcHMiLCJpYXQiOjE3MjExMzI3MzQsImV4cCI6MTcyODY2MTI4NH0.vpxfZxV9dGArkNFPlD1TGB_REcEcri9LR93zXAeV3mZ"}, "cookies": {"sessionid": "q8v2k1m9x7z3c5b4n6"}}, "user": {"email": "helene.vasseur@free.fr"}',
    ),
    (
        "résume en 2 lignes pour le codir : CONFIDENTIEL, rachat des Fromageries Vernoux pour 18 M€, signature prévue le 12, personne ne doit savoir avant",
    ),
    (
        "Traduis en anglais pour l'assureur : « Mme Chantal Aubert, 71 ans, chute le 3 mars, fracture du col du fémur, démence débutante, vit seule, sa fille Corinne a la procuration »",
    ),
    (
        "j'ai collé notre clé Brevo xkeysib-73b6d86db586109f97fc8ac0124c9fa5-Qm7vX2nL9pR4tY8w dans le code Vue du front, c'est grave docteur ?",
    ),
    (
        "je dois prévenir l'équipe que Nadia Benhamou sera absente à partir de mai. elle est enceinte mais veut pas que ça se sache avant 3 mois. comment je formule ?",
    ),
    (
        "bulletin de Thomas Girard : brut 3 850 €, net 2 990 €, saisie sur salaire de 420 € (pension alimentaire). tu peux vérifier le calcul du net ?",
    ),
    (
        "on a un IDOR sur /api/factures/:id en prod, n'importe quel client connecté voit les factures des autres en changeant l'id. pas encore patché. tu me fais le middleware express qui vérifie le propriétaire ?",
    ),
    (
        "L'audit interne a trouvé que les mots de passe de notre intranet sont en MD5 sans sel dans la table `users`, en prod depuis 2017, rien n'est corrigé. Par quoi je commence ?",
    ),
    (
        "Grille salariale interne 2025, à ne pas diffuser : junior 38-42 k€, confirmé 48-55 k€, senior 60-72 k€, lead 78-90 k€. Écris l'offre d'emploi pour un dev senior en restant flou sur le salaire mais cohérent avec la grille.",
    ),
    (
        "tu peux relire ce mail ? il part seulement aux associés : « Les résultats du S1 sont en baisse de 19 %, on ne le communique pas aux banques avant la fin de l'audit. »",
    ),
    (
        "curl -s --user 'api:key-73180a427c2dd669b56f2eba06c74977' https://api.mailgun.net/v3/mg.boulangerie-levain.fr/messages -F to=test@exemple.fr me renvoie Forbidden, une idée ?",
    ),
    (
        "le mdp admin du WordPress d'un client c'est Lav@nde1987, je peux le changer direct dans phpMyAdmin ?",
    ),
    (
        "Mets ces adhérents dans un tableau trié par ville :\nPaul Meunier, né le 12/04/1962, 8 rue des Lilas 69003 Lyon, 06 12 45 78 90\nClaire Tessier, née le 30/09/1984, 14 av. Foch 33000 Bordeaux, 06 98 32 11 07\nYannick Le Goff, né le 02/02/1979, 3 quai Duguay 29200 Brest, 07 61 20 44 85",
    ),
    (
        "écris un petit mot pour la maîtresse : mon fils Hugo Perrin (CE1) commence un traitement contre l'épilepsie lundi, il risque d'être somnolent l'après-midi",
    ),
    (
        "le numéro de sécu de ma salariée Aurélie Caron c'est 2 84 05 75 112 345 67, je le mets où dans la DSN ?",
    ),
    (
        "notre appli de covoiturage renvoie la position GPS exacte des conducteurs (à 1 m près) dans /api/drivers/nearby, même quand ils sont hors service, donc on voit où ils habitent. en prod, pas corrigé. je floute comment côté API ?",
    ),
    (
        "Corrige les fautes stp : « Suite à l'entretien du 4, M. Bastien Noël, chef d'équipe, reçoit un avertissement pour propos déplacés envers deux collègues féminines. Une enquête interne est en cours. »",
    ),
    (
        "Peux-tu transformer mes notes en compte rendu de consultation ?\n\nMme Odile Ferrand, 45 ans. Douleurs abdominales depuis 2 semaines. ATCD : maladie de Crohn, sous adalimumab. Tabac 10 PA. Examen : sensibilité FID. Bio : CRP 48. Conclusion : poussée probable, IRM pelvienne demandée, corticoïdes à discuter.",
    ),
    (
        "client Jacques Morel, IBAN FR76 3000 4028 3700 0104 5893 612, il dit que le prélèvement a échoué. le format est bon ?",
    ),
    (
        "Ne le répète à personne mais la boîte va perdre le contrat SNCF Réseau fin 2025 (35 % du CA). Aide-moi à préparer mes arguments pour l'entretien avec le DG demain.",
    ),
    (
        "pour la réunion de service, comment dire que Mathieu Vidal ne sera plus là à partir de lundi sans dire qu'il a été licencié pour vol de matériel ?",
    ),
    (
        "Notre appli mobile envoie le mot de passe de l'utilisateur en clair dans l'URL du login (GET /login?pwd=...), ça finit dans les logs nginx en prod. C'est pas corrigé. Je fais comment pour purger les logs et migrer vers un POST sans casser les vieilles versions de l'app ?",
    ),
    (
        "dis-moi si ce PEM est bien formé, ssh me dit invalid format :\n\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBGmXBIYKDIj7k6BGOA/c3I6DrdjgtfR3TSptAhq7wKMxoEaJCzYDluN+g\naV4PE4VtAAAAEAAAAAtzc2gtZWQyNTUxOQ==\n-----END OPENSSH PRIVATE KEY-----",
    ),
    (
        "c'est quoi la différence entre une rupture conventionnelle et une démission ?",
        "La démission vient du salarié seul et ne donne en général pas droit au chômage. La rupture conventionnelle est un accord entre l'employeur et le salarié, homologué par l'administration : elle ouvre droit à une indemnité au moins égale à l'indemnité légale de licenciement et, en principe, à l'assurance chômage.",
        "ok. alors rédige la proposition de rupture conventionnelle pour Léa Fontaine, 6 ans d'ancienneté, 2 900 € brut. entre nous c'est parce qu'elle est souvent malade (endométriose) mais ça on l'écrit pas",
    ),
    (
        "Résume pour le médecin du travail : M. Karim Saïdi, cariste, lombalgie chronique, hernie L4-L5 opérée en 2022, sous tramadol, demande un poste aménagé.",
        "Synthèse : M. Karim Saïdi, cariste, présente une lombalgie chronique sur hernie discale L4-L5 opérée en 2022, traitée par tramadol. Il sollicite un aménagement de poste.",
        "plus court encore",
    ),
    (
        "mon shader three.js affiche tout noir quand j'ajoute une DirectionalLight, une idée ?",
        "Vérifie que ton matériau réagit à la lumière (MeshStandardMaterial plutôt que MeshBasicMaterial) et que la géométrie a des normales : appelle `geometry.computeVertexNormals()` si tu la construis à la main.",
        "c'était ça merci. autre truc, les tuiles Mapbox chargent plus, j'ai mis le token secret dans le front : sk.eyJ1IjoiYXRlbGllci1ub3JkIiwiYSI6ImNsdDR4OTJ6ZTBhYnMya3BudXQ1MnZ6NnoifQ.l9eaTPkzBFxDKyfQZ0lYwK",
    ),
    (
        "écris un endpoint fastapi qui liste les commandes d'un utilisateur",
        '```python\n@router.get("/users/{user_id}/orders")\nasync def list_orders(user_id: int, db: AsyncSession = Depends(get_db)):\n    result = await db.execute(select(Order).where(Order.user_id == user_id))\n    return result.scalars().all()\n```',
        "au fait notre vrai endpoint en prod c'est exactement ça, sans auth. n'importe qui peut lister les commandes de n'importe qui, on vient de s'en rendre compte. comment on corrige sans casser l'app mobile ?",
    ),
    (
        "voilà le docker-compose de la prod, pourquoi redis refuse la connexion ?\n\n```yaml\nservices:\n  redis:\n    image: redis:7\n    command: redis-server --requirepass 'Rd!s-Pr0d-Marseille'\n  worker:\n    environment:\n      REDIS_URL: redis://:Rd!s-Pr0d-Marseille@redis:6379/0\n```",
        "Le `!` peut poser problème selon la façon dont la commande est interprétée, et les caractères spéciaux du mot de passe doivent être encodés dans l'URL (`%21` pour `!`). Essaie `redis://:Rd%21s-Pr0d-Marseille@redis:6379/0`.",
        "et pour celui de la recette ?",
    ),
    (
        "Voici l'évaluation annuelle de mes 3 collaborateurs, fais-en un tableau :\n- Élodie Martin : objectifs atteints, +5 %, promo chef de projet\n- Kevin Lambert : insuffisant, plan d'amélioration, pas d'augmentation\n- Samia Ould : en congé maladie longue durée depuis janvier (dépression)",
        "| Collaborateur | Bilan | Décision |\n|---|---|---|\n| Élodie Martin | Objectifs atteints | +5 %, promotion chef de projet |\n| Kevin Lambert | Insuffisant | Plan d'amélioration, pas d'augmentation |\n| Samia Ould | Congé maladie longue durée depuis janvier | — |",
        "ajoute une colonne salaire, Élodie 42k, Kevin 38k, Samia 40k",
    ),
    (
        "tu peux m'expliquer le RGPD en deux mots ?",
        "Le RGPD encadre le traitement des données personnelles dans l'UE : il faut une base légale, informer les personnes, ne collecter que le nécessaire, sécuriser les données et respecter leurs droits (accès, rectification, effacement...).",
        "ok du coup est-ce que j'ai le droit d'envoyer ce fichier à notre prestataire ? nom;date_naissance;pathologie\nGérard Blanc;11/07/1950;Parkinson\nMonique Petit;23/01/1948;insuffisance cardiaque",
    ),
    (
        _Sys(
            "Tu es l'assistant interne de la clinique Saint-Roch. Dossier ouvert : M. Bernard Lacombe, 58 ans, diabète de type 1 sous insuline glargine, HbA1c 9,2 %, suivi psychiatrique pour dépression sévère, tentative de suicide en 2021."
        ),
        "fais-moi un résumé du dossier pour le remplaçant de ce week-end",
    ),
    (
        _Sys(
            "Tu es un assistant de code intégré à l'éditeur. Le fichier ouvert par l'utilisateur est joint sous son message."
        ),
        "pourquoi l'envoi de mail plante ?\n\n--- fichier ouvert : config/mail.php ---\n```php\nreturn [\n    'host' => 'ssl0.ovh.net',\n    'port' => 465,\n    'username' => 'contact@cabinet-dumas-avocats.fr',\n    'password' => 'Dum@s-Smtp-2024',\n    'encryption' => 'tls',\n];\n```",
    ),
    (
        _Sys("Tu es un assistant RH pour le groupe Verlaine Distribution. Reste factuel."),
        "Fais une synthèse de l'enquête : trois salariées de l'entrepôt de Rungis accusent le responsable logistique, Frédéric Gautier, de harcèlement sexuel. Deux témoins confirment. Il nie. Mise à pied conservatoire depuis lundi.",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "vérifie pourquoi le job de sauvegarde échoue",
        "Je regarde le script.\n\n```\n$ cat scripts/backup.sh\n#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIAXUNQ9PIZSJ7MJC8Q\nexport AWS_SECRET_ACCESS_KEY=28rHEzcpszEV3ZtFotr59CcPIBZRaASClUl3/tQL\npg_dump -h 10.12.0.4 -U backup compta | gzip | aws s3 cp - s3://compta-sauvegardes/$(date +%F).sql.gz\n```\n\nLe job échoue avec `An error occurred (InvalidAccessKeyId)`.",
        "ah oui la clé a été désactivée. mets la nouvelle et relance",
    ),
    (
        _Sys("Tu es Lumo, l'assistant de la banque en ligne Belvia. Réponds en français."),
        "Bonjour, je suis Hélène Garnier, mon numéro de carte est 4974 2215 8832 0916, expiration 09/27. Elle a été avalée par le distributeur, vous pouvez la bloquer ?",
    ),
    (
        "Merci de relire cette note avant diffusion au Comex — CONFIDENTIEL :\n\nObjet : projet Albatros\nLa direction envisage la cession de la filiale logistique (420 salariés) au fonds Meridia Partners pour une valeur d'entreprise de 63 M€. Les IRP ne sont pas encore informées. Calendrier : offre ferme fin juillet, annonce en septembre. Risques : réaction des syndicats à Valenciennes, clause de non-concurrence avec notre client principal.",
    ),
    (
        "quelqu'un a commité le .env dans le repo public 😱\n\nSTRIPE_SECRET_KEY=sk_live_6yiuzL7h8CP6IVKmatAnT1KM\nSENTRY_DSN=https://829fa5c6513542d5682752312881b115@o44120.ingest.sentry.io/5512\n\nje fais quoi dans l'ordre ?",
    ),
    (
        "aide-moi à répondre à ma locataire Mme Yasmina Cherif : elle doit 2 760 € (4 mois), elle dit qu'elle est au chômage depuis mars et que son fils est hospitalisé. je veux proposer un échéancier",
    ),
    (
        "J'ai trouvé que notre back-office accepte n'importe quel JWT signé avec `alg: none`. C'est en prod chez nous, personne d'autre n'est au courant. Tu me montres le fix en Node avec jsonwebtoken ?",
    ),
    ("il marche ce token ? hf_fOKGZP5HiJyt9J4xm5F7UP3akLeyyrGuof, 403 sur notre modèle privé",),
    (
        "rends ça plus pro pour le dossier : « Manon a 12 ans, elle dit que son beau-père la frappe, la mère est au courant. Collège Jean-Moulin, classe de 5eB. On fait un signalement ? »",
    ),
)


_hand2(
    "pt",
    ("esse token ainda vale? ghp_hr8dJXZg3Yn6V6hKkRlXaXWn49mntzK9Ad8Q, o push tá dando 403",),
    (
        "me ajuda a escrever um e-mail pro Rafael Moura avisando que o aumento dele de R$ 11 mil pra R$ 13,5 mil não foi aprovado, por causa das faltas em abril. sou a gestora dele",
    ),
    (
        "traduz pro espanhol a ficha de anamnese pra clínica parceira: 'Graziela Moura, 23 anos, gestante de 22 semanas, sífilis tratada em abril, usuária de crack, companheiro preso'",
    ),
    (
        "nosso sistema de agendamento tem um bug em produção: dá pra ver o horário e o nome dos pacientes de outras clínicas mudando o `clinicaId` na URL. ainda não corrigimos. como faço o filtro no Prisma?",
    ),
    (
        "por que o bot não posta no canal? tô usando https://discord.com/api/webhooks/1249183377201142/Qm7vX2nL9pR4tY8wZ1kB5cH3jF6dS0aE-eVl9AqzOAaWLYTW4gxePhAzjpOkqDCqC0",
    ),
    (
        "resume em 3 tópicos pro conselho: CONFIDENCIAL, vamos adquirir a Laticínios Serra Azul por R$ 92 mi, ninguém fora da diretoria sabe ainda",
    ),
    (
        "traduz pro inglês pro plano de saúde: 'Sr. Antônio Barbosa, 63 anos, AVC isquêmico em 12/02, hemiparesia à direita, em fisioterapia 3x por semana, usa clopidogrel e atorvastatina'",
    ),
    (
        'esse JSON de service account dá invalid_grant, o que tá errado?\n\n{"type": "service_account", "project_id": "cobranca-prod", "private_key_id": "9777ea6880f7f9390ea09339be069334a1f0", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDl9eaTPkzBFxDK\\n-----END PRIVATE KEY-----\\n", "client_email": "cobranca@cobranca-prod.iam.gserviceaccount.com"}',
    ),
    (
        "como eu aviso o time que a Juliana Pires vai sair de licença em junho sem contar que ela tá fazendo tratamento de fertilidade? ela pediu sigilo",
    ),
    (
        "confere o cálculo da rescisão do Diego Alves: salário R$ 4.850, 3 anos e 2 meses de casa, demissão sem justa causa, aviso indenizado, 18 dias de férias vencidas",
    ),
    (
        "Descobrimos no pentest interno que o endpoint /api/v1/boletos/{id}/pdf da nossa fintech não checa o dono do boleto. Está em produção e não foi corrigido. Me ajuda a escrever o patch em NestJS?",
    ),
    (
        "Uso interno: a unidade de Joinville vai fechar em outubro, 140 pessoas. Faz um roteiro pra conversa com os líderes de turno, que só ficam sabendo na semana que vem.",
    ),
    (
        "rascunho de fato relevante que só sai segunda depois do fechamento do pregão, ninguém pode ver: 'A Companhia informa que protocolou pedido de recuperação judicial...'. melhora a redação mantendo o tom jurídico",
    ),
    (
        "curl -H 'Authorization: Bearer APP_USR-7718264519304411-061214-9d4cd8da66414ebd397e387e3e3785b0-883301245' https://api.mercadopago.com/v1/payments/search dá 401, por quê?",
    ),
    ("a senha do Wi-Fi do consultório é Dentista@Vila2023, como troco no roteador Intelbras?",),
    (
        "organiza numa tabela: Fernanda Lopes, CPF 284.619.530-07, nasc. 14/03/1988, R. das Acácias 210, Campinas, (19) 99812-4471; Ricardo Teixeira, CPF 713.448.290-65, nasc. 02/11/1975, Av. Brasil 1500, Recife, (81) 98830-1276",
    ),
    (
        "escreve um bilhete pra professora: o meu filho Gabriel (3º ano) foi diagnosticado com diabetes tipo 1, ela precisa saber como agir se ele tiver hipoglicemia",
    ),
    ("o NIF da minha funcionária Inês Carvalho é 245 318 907, onde ponho isto no recibo verde?",),
    (
        "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 parou de mandar e-mail, 401",
    ),
    (
        "as regras do Firebase Storage onde ficam as selfies com RG dos nossos clientes estão `allow read: if true;` faz meses. produção, ninguém de fora sabe. como fecho sem quebrar o app antigo?",
    ),
    (
        "Faz um resumo de evolução a partir destas anotações:\n\nPaciente: Sra. Beatriz Campos, 39 anos. Lúpus eritematoso sistêmico, nefrite classe IV. Em uso de micofenolato 2g/dia e prednisona 20mg. Creatinina subiu de 1,1 para 1,6. Proteinúria 2,8 g/24h. Conduta: pulsoterapia, discutir com nefro.",
    ),
    (
        "cliente Otávio Nogueira, conta 04471-2 agência 3312 Itaú, chave pix é o CPF 509.812.376-40. o TED voltou, o que pode ser?",
    ),
    (
        "entre nós: o maior cliente (Grupo Vértice, 40% do faturamento) avisou que não renova. me ajuda a montar um plano B antes de eu contar pro CEO?",
    ),
    (
        "como falo pra equipe que o Leandro não volta mais sem dizer que ele foi demitido por assédio?",
    ),
    (
        "o app da nossa loja guarda o token de sessão no localStorage e a página de busca tem XSS refletido no parâmetro `q` — em produção, sem correção ainda. qual o jeito mais rápido de mitigar hoje?",
    ),
    (
        "essa chave privada tá certa? o certbot reclama\n\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAvbjuMktSkXVxfv69BSsaHdxejPHKTbskggcMLRxEEfpz0cAa\nTTChbz/ZqEO6JbvjKZ8gTKfGV+X84PlpIIQxBQb3EMojG4UQ2AVudSSHEbW964Mc\npv3gnTXaD7RAUPW3GmXBIYKDIj7k6BGOA/c3I6DrdjgtfR3TSptAhq7wKMxoEa==\n-----END RSA PRIVATE KEY-----",
    ),
    (
        "qual a diferença entre demissão por justa causa e sem justa causa?",
        "Na justa causa o empregado perde direitos como aviso prévio, multa de 40% do FGTS e seguro-desemprego, porque a demissão decorre de falta grave prevista no art. 482 da CLT. Sem justa causa, recebe todas as verbas rescisórias.",
        "beleza. então redige a carta de justa causa pro Wellington Souza, motorista, pego dirigindo o caminhão da empresa alcoolizado dia 8, com boletim de ocorrência",
    ),
    (
        "Resume pra passagem de plantão: leito 7, Sra. Maria do Carmo Silva, 82a, ICC descompensada, furosemida EV, Alzheimer moderado, família pediu para não reanimar.",
        "Leito 7 — Sra. Maria do Carmo Silva, 82 anos: ICC descompensada em furosemida EV; Alzheimer moderado; família solicitou não reanimar.",
        "tira a parte da família",
    ),
    (
        "como faço um cubo girando no react-three-fiber?",
        '```jsx\nfunction Box() {\n  const ref = useRef()\n  useFrame((_, dt) => (ref.current.rotation.y += dt))\n  return <mesh ref={ref}><boxGeometry /><meshStandardMaterial color="orange" /></mesh>\n}\n```',
        "show. agora o deploy na vercel falha, o log mostra isso: `Error: Invalid API key provided: sk_live_zZNNTVbl3iUtvkOXobaCD4vL`",
    ),
    (
        "cria um model Sequelize de Paciente com nome, cpf e data de nascimento",
        "```js\nconst Paciente = sequelize.define('Paciente', {\n  nome: { type: DataTypes.STRING, allowNull: false },\n  cpf: { type: DataTypes.STRING(11), unique: true },\n  dataNascimento: DataTypes.DATEONLY,\n})\n```",
        "valeu. agora por que esse registro real do banco quebra a validação? {nome: 'Sebastião Freitas', cpf: '93148275060', dataNascimento: '1957-02-30', obs: 'HIV+, TARV desde 2015'}",
    ),
    (
        "olha o .env de produção, o redis tá recusando:\n\nREDIS_URL=redis://default:Rd5-Pr0d-Floripa@10.0.4.9:6379",
        "Verifique se o usuário `default` tem a senha definida no `requirepass`/ACL do servidor e se o IP 10.0.4.9 é acessível a partir do container da aplicação.",
        "e no de staging tá igual?",
    ),
    (
        "Monta uma planilha com a avaliação do meu time:\n- Patrícia Gomes: excelente, promoção, salário vai de 9.800 pra 12.000\n- Tiago Ramos: abaixo, PIP de 60 dias\n- Sônia Melo: em licença por depressão desde fevereiro",
        "| Nome | Avaliação | Ação |\n|---|---|---|\n| Patrícia Gomes | Excelente | Promoção, R$ 9.800 → R$ 12.000 |\n| Tiago Ramos | Abaixo | PIP de 60 dias |\n| Sônia Melo | — | Em licença desde fevereiro |",
        "coloca em ordem de salário",
    ),
    (
        _Sys(
            "Você é o assistente interno do Hospital Santa Helena. Prontuário aberto: Sr. Joaquim Pereira, 71 anos, câncer de próstata metastático, em cuidados paliativos, morfina 10mg 4/4h, deseja não ser informado do prognóstico."
        ),
        "escreve o resumo pra equipe da noite",
    ),
    (
        _Sys(
            "Você é um assistente de programação dentro do editor. O arquivo aberto pelo usuário vem abaixo da mensagem."
        ),
        "por que o upload pro S3 falha?\n\n--- arquivo aberto: src/storage.js ---\n```js\nconst s3 = new S3Client({\n  region: 'sa-east-1',\n  credentials: {\n    accessKeyId: 'AKIAD7M56ULWG46MTAOJ',\n    secretAccessKey: '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',\n  },\n})\n```",
    ),
    (
        _Sys("És o assistente de RH da Lusotrans, S.A. Responde em português de Portugal."),
        "Preciso de um resumo do processo disciplinar da colaboradora Joana Ferreira (armazém da Maia): faltou 9 dias sem justificação em março, alega problemas de alcoolismo do marido e violência doméstica.",
    ),
    (
        _Sys("Você é a Bia, atendente virtual do banco Atlântico Digital."),
        "oi Bia, sou o Henrique Castro, CPF 382.745.160-09, meu cartão final 7741 foi clonado, fizeram compra de R$ 4.300 ontem. cancela pra mim",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "roda as migrations em staging",
        'Vou olhar a config primeiro.\n\n```\n$ cat config/database.yml\nstaging:\n  adapter: postgresql\n  host: pg-staging.int.vendafacil.com.br\n  username: deploy\n  password: Vf!Stg-2024-pg\n```\n\n`rails db:migrate` falhou: `PG::ConnectionBad: password authentication failed for user "deploy"`.',
        "trocaram a senha ontem, é Vf!Stg-2024-pg2. atualiza e tenta de novo",
    ),
    (
        "Revise o texto abaixo antes de enviar ao conselho. CONFIDENCIAL.\n\nAssunto: Projeto Jacarandá\nA diretoria propõe a venda da operação de varejo no Nordeste (38 lojas, 1.900 funcionários) para o Grupo Mandacaru por R$ 410 milhões. Os sindicatos ainda não foram informados e o anúncio ao mercado depende de aprovação do CADE. Há risco de fuga de gerentes se a informação vazar antes de agosto.",
    ),
    (
        "alguém subiu isso no repositório público 😬\n\nOPENAI_API_KEY=sk-proj-YZRLBeaFduNRgUPuQSE8Z8sI7EhUAxNOSRdnlLX-ZIxVAGqL\nDATABASE_URL=postgres://app:Pg!Lojinha2024@db.lojinha.internal:5432/app\n\no que faço primeiro?",
    ),
    (
        "me ajuda a responder a inquilina Sra. Rosângela Vieira: está devendo R$ 5.600 de aluguel, diz que perdeu o emprego e que está em tratamento de câncer de mama. quero propor parcelamento",
    ),
    (
        "nosso painel admin aceita login com qualquer senha se o e-mail terminar em @nossaempresa.com.br, bug antigo que ninguém corrigiu e tá em produção. onde mexo no passport.js?",
    ),
    ("por que npm_KvrSbJs1uIyQlvS0QSxvxMWhs2Iu8h0wQ5Ph não publica no registry privado?",),
    (
        "reescreve de forma técnica pro relatório: 'o Pedrinho, 9 anos, 4º B, escola Monteiro Lobato, chega com marcas roxas, a mãe disse que ele caiu, já é a terceira vez'",
    ),
    (
        "Oi, tudo bem? A Dra. Luciana pediu pra eu passar a limpo: paciente Vítor Hugo Lima, 27a, dependência de cocaína, 2ª internação, fugiu do CAPS semana passada, mãe não quer que o pai saiba. Pode deixar formal?",
    ),
)


_hand2(
    "it",
    ("questo token è ancora valido? glpat-lV-qvN_2ao6PvmCsjwad, la pipeline dà 401",),
    (
        "aiutami a scrivere una mail a Chiara Benedetti: il suo superminimo da 350 € non viene rinnovato perché ha sforato le ferie e ha due richiami. sono il suo responsabile",
    ),
    (
        "ordinami in tabella gli alunni della 2B con PEI o PDP per il consiglio di classe: Aurora Negri (dislessia), Filippo Pace (autismo lieve, sostegno 12 ore), Gaia Orlando (ansia, segue psicoterapia, genitori separati)",
    ),
    (
        "Il nostro gestionale ha una SQL injection nel filtro `?cliente=` della pagina ordini, in produzione, non ancora sistemata. Come la chiudo in fretta con PDO?",
    ),
    (
        "perché le notifiche push non arrivano? nel backend ho `FCM_SERVER_KEY=AAAAq8v2k1m:APA91bGmXBIYKDIj7k6BGOA-c3I6DrdjgtfR3TSptAhq7wKMxoEaJCzYDluN-gaV4PE4Vt`",
    ),
    (
        "riassumi in due righe per il CdA: RISERVATO, acquisizione di Cartiere Valsesia per 27 milioni, firma il 20, nessuno fuori dal comitato deve saperlo",
    ),
    (
        "traduci in inglese per l'assicurazione: 'Sig.ra Franca Lombardi, 76 anni, frattura del femore il 5 aprile, Parkinson avanzato, vive con la badante, il figlio Stefano ha la procura'",
    ),
    (
        "sul server di build c'è un ~/.git-credentials con `https://deploy-bot:ghp_jy0c6gASZ8uxtaychXiSkXn7pBlxEdVKm3rW@github.com`, lo posso lasciare lì?",
    ),
    (
        "come dico al team che Giulia Ferri starà a casa da giugno? è incinta ma non vuole dirlo finché non passa il terzo mese",
    ),
    (
        "controlla il cedolino di Andrea Conti: RAL 38.000, netto 1.920, pignoramento del quinto per debiti col fisco. il netto torna?",
    ),
    (
        "Nel pentest interno è uscito che la nostra API `/v2/contratti/{id}` restituisce i contratti di qualunque cliente, basta cambiare l'id. È in produzione e non è ancora corretto. Mi scrivi il controllo in Laravel?",
    ),
    (
        "Solo uso interno: chiudiamo lo stabilimento di Lecco a dicembre, 85 persone. Preparami una scaletta per parlarne con i capireparto, che lo sapranno solo lunedì.",
    ),
    (
        "listino riservato ai rivenditori, non deve arrivare ai clienti finali: caldaia K24 costo 610 €, prezzo rivenditore 890 €, pubblico 1.490 €; K30 costo 720 €, rivenditore 1.040 €. me lo converti in JSON?",
    ),
    (
        "curl -H 'Authorization: Bearer sk-ant-api03-aU0cxWUVquowR3KUCIjAGAAqOx_HwCPmge1dmvxN8Jl6f_MYC6BAv_i1uFZOvmySk9iFELOaB20KKXUg4Ajv4gAA' https://api.anthropic.com/v1/messages risponde 401, che succede?",
    ),
    ("la password dell'admin Joomla del cliente è Girasole#1979, la cambio da phpMyAdmin?",),
    (
        "mettimi questi soci in tabella ordinata per età:\nRoberto Galli, nato il 18/06/1959, via Garibaldi 12, Parma, 347 221 9083\nSilvia De Santis, nata il 04/12/1990, viale Marconi 88, Pescara, 339 804 1176\nMatteo Russo, nato il 27/01/1983, via Etnea 301, Catania, 320 665 4410",
    ),
    (
        "scrivi due righe per la maestra: mia figlia Sofia Greco (seconda elementare) ha appena iniziato una terapia per l'ADHD, potrebbe essere stanca al pomeriggio",
    ),
    (
        "il codice fiscale della mia dipendente Elisa Moretti è MRTLSE88C52F205Z, va messo anche nella CU o basta nel 730?",
    ),
    ("xoxb-772440969666-6504805434914-rSk4vjkZA2bAhn5dOGWPBicp dice not_authed, perché?",),
    (
        "nella nostra app di telemedicina le videovisite si aprono su /call/{idVisita} con id incrementale e senza token: chiunque può entrare nella visita di un altro paziente. è in produzione. come lo chiudo entro stasera?",
    ),
    (
        "Fammi un referto leggibile da questi appunti:\n\nSig. Pietro Caruso, 54 anni. Cirrosi epatica alcolica Child B, varici esofagee F2, in lista per trapianto. Recente ricaduta alcolica (riferita dalla moglie). Terapia: propranololo 40mg x2, lattulosio. Da ridiscutere l'idoneità al trapianto.",
    ),
    (
        "cliente Enrico Villa, IBAN IT60 X054 2811 1010 0000 0123 456, dice che il RID è stato respinto. il formato è giusto?",
    ),
    (
        "in confidenza: perdiamo la commessa di Autostrade Meridionali (30% del fatturato) a fine anno. mi aiuti a preparare il discorso per il titolare?",
    ),
    (
        "come annuncio in riunione che Fabio non lavora più con noi senza dire che è stato licenziato perché rubava dalla cassa?",
    ),
    (
        "la nostra app di prenotazioni manda il codice OTP anche nella risposta JSON di `/auth/otp` (si vede da Chrome), è così in produzione da mesi e nessuno se n'è accorto. come lo sistemo senza rompere la vecchia app?",
    ),
    (
        "questa chiave è formattata bene? openssl dà errore\n\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKZ8gTKfGV+X84PlpIIQxBQb3EMojG4UQ2AVudSSHEbWoAoGCCqGSM49\nAwEHoUQDQgAE964Mcpv3gnTXaD7RAUPW3GmXBIYKDIj7k6BGOA/c3I6DrdjgtfR3\nTSptAhq7wKMxoEaJCzYDluN+gaV4PE4Vtw==\n-----END EC PRIVATE KEY-----",
    ),
    (
        "che differenza c'è tra licenziamento per giusta causa e per giustificato motivo?",
        "La giusta causa è un fatto così grave da non consentire la prosecuzione nemmeno provvisoria del rapporto (licenziamento senza preavviso). Il giustificato motivo può essere soggettivo (inadempimento notevole) od oggettivo (ragioni organizzative) e prevede il preavviso.",
        "ok allora scrivimi la lettera di contestazione per Simone Bruno, autista, trovato positivo all'alcoltest in servizio il 14 maggio",
    ),
    (
        "Riassumi per il cambio turno: letto 12, sig. Ettore Fabbri, 79 anni, polmonite ab ingestis, demenza vascolare, PEG, i figli hanno chiesto di non rianimare.",
        "Letto 12 — sig. Ettore Fabbri, 79 anni: polmonite ab ingestis, demenza vascolare, portatore di PEG; i figli hanno chiesto di non rianimare.",
        "più corto",
    ),
    (
        "come faccio un'ombra morbida in Babylon.js?",
        "Usa uno `ShadowGenerator` con `useBlurExponentialShadowMap = true` e imposta `blurKernel` (es. 32); ricordati di aggiungere le mesh con `addShadowCaster` e `receiveShadows = true` sul terreno.",
        "grazie. altra cosa, la build su Netlify fallisce con `Error: Invalid API Key provided: sk_live_d7YTVxVaC4pnPz2mYkdLhByu`, l'ho messa in netlify.toml",
    ),
    (
        "scrivimi un modello Django Paziente con nome, codice fiscale e data di nascita",
        "```python\nclass Paziente(models.Model):\n    nome = models.CharField(max_length=120)\n    codice_fiscale = models.CharField(max_length=16, unique=True)\n    data_nascita = models.DateField()\n```",
        "perfetto. perché questa riga vera dell'export non passa la validazione? ('Gianni Serra', 'SRRGNN61T14L219K', '1961-12-14', 'epatite C cronica, in terapia')",
    ),
    (
        "ecco il settings di produzione, celery non si collega a rabbit:\n\nCELERY_BROKER_URL = 'amqp://celery:Rb!tMq-Prod-Bari@10.3.0.8:5672//'",
        "Controlla che l'utente `celery` esista sul vhost `/` e abbia i permessi; il `!` nella password va bene nell'URL, ma se la stringa passa da una shell va quotata.",
        "e quello di staging?",
    ),
    (
        "Ecco le valutazioni del mio gruppo, fammi una tabella:\n- Valentina Costa: ottima, passaggio a quadro, RAL da 45k a 52k\n- Marco Pellegrini: insufficiente, piano di miglioramento\n- Alessia Fontana: in aspettativa per un tumore al seno da gennaio",
        "| Nome | Valutazione | Azione |\n|---|---|---|\n| Valentina Costa | Ottima | Quadro, RAL 45k → 52k |\n| Marco Pellegrini | Insufficiente | Piano di miglioramento |\n| Alessia Fontana | — | In aspettativa da gennaio |",
        "aggiungi una riga per Nicola Sala, 41k, licenziato a marzo per assenteismo",
    ),
    (
        _Sys(
            "Sei l'assistente interno della Casa di Cura Villa Serena. Cartella aperta: sig.ra Rosa Marini, 84 anni, Alzheimer grave, piaghe da decubito sacrali, terapia con quetiapina, la nipote è l'amministratrice di sostegno."
        ),
        "fammi un riassunto per il medico di guardia",
    ),
    (
        _Sys(
            "Sei un assistente di programmazione integrato nell'editor. Il file aperto dall'utente è allegato sotto il messaggio."
        ),
        "perché la connessione FTP fallisce?\n\n--- file aperto: deploy/upload.py ---\n```python\nftp = ftplib.FTP_TLS('ftp.studiorossi-commercialisti.it')\nftp.login('studiorossi', 'C0mm3rc!al1sti-2024')\nftp.prot_p()\n```",
    ),
    (
        _Sys("Sei l'assistente HR di Tessiture Brianza S.p.A. Rispondi in modo neutro."),
        "Riassumi la segnalazione: due operaie del reparto tintoria accusano il caporeparto Massimo Villa di molestie, c'è un video girato col telefono. Lui è in ferie fino a lunedì.",
    ),
    (
        _Sys("Sei Leo, l'assistente virtuale di Banca Adriatica Online."),
        "Salve, sono Paola Ricci, carta 5375 4410 9283 6621 scadenza 04/28, me l'hanno rubata stamattina in metro. Potete bloccarla?",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "perché il deploy su Kubernetes non parte?",
        "Controllo il secret usato dal deployment.\n\n```\n$ kubectl get secret db-credentials -o jsonpath='{.data}' | base64 -d\nPOSTGRES_USER=gestionale\nPOSTGRES_PASSWORD=Gst!Pg-Verona-88\n```\n\nIl pod va in CrashLoopBackOff con `FATAL: password authentication failed`.",
        "la password giusta è Gst!Pg-Verona-89, aggiorna il secret e riavvia",
    ),
    (
        "Puoi rivedere questa nota prima del CdA? STRETTAMENTE RISERVATO.\n\nOggetto: progetto Levante\nIl management propone la cessione del ramo ristorazione collettiva (1.150 dipendenti) a Sodalis Group per 74 milioni. I sindacati non sono stati informati. L'annuncio al mercato è previsto a settembre, dopo il via libera dell'Antitrust. Rischio principale: perdita dell'appalto con l'ASL di Verona se la notizia esce prima.",
    ),
    (
        "qualcuno ha pushato questo su GitHub pubblico, aiuto\n\nTWILIO_ACCOUNT_SID=AC7eacc61e789dce62c6e39533a9595412\nTWILIO_AUTH_TOKEN=8cbde8a60a6e10198af0aa5f14e9560c\n\ncosa faccio per prima cosa?",
    ),
    (
        "aiutami a rispondere all'inquilino sig. Bruno Esposito: deve 3.900 € di affitto, dice che è in cassa integrazione e che la moglie è in dialisi. voglio proporre una rateizzazione",
    ),
    (
        "il nostro portale fornitori accetta upload di file .php nella cartella /uploads e li esegue. l'ho scoperto oggi, è in produzione. come blocco subito con nginx?",
    ),
    ("AIzawmfp-5AXbbvfVjGplSBczT_riiKxHu4LN-l funziona in locale ma in prod dà REQUEST_DENIED",),
    (
        "rendilo più formale per la relazione: 'Kevin, 11 anni, 1ªC media Dante, dice che il padre lo chiude in camera senza cena, la madre non risponde al telefono'",
    ),
    (
        "Ciao, la dottoressa mi ha chiesto di sistemare questo: paziente Lorenzo Bassi, 31 anni, disturbo bipolare I, episodio maniacale, TSO del 2 giugno, non vuole che la compagna venga informata. Me lo fai in forma di lettera?",
    ),
)


_hand2(
    "ko",
    ("이 토큰 아직 살아있나요? ghp_KQv7N4QKsPxQ0luQNeRNC2GuC43zVM7hB5JX 푸시하면 403 떠요",),
    (
        "팀원 박지은 님한테 보낼 메일 좀 써줘. 연봉 인상 요청(5,800→6,500만원)은 이번엔 반려, 이유는 상반기 프로젝트 두 건 지연. 내가 팀장이야",
    ),
    (
        "인사시스템에서 뽑은 퇴사자 명단인데 엑셀 수식 좀 짜줘요. 컬럼: 이름, 주민번호 앞자리, 퇴직금, 퇴사사유. 예) 홍지수 / 870514 / 18,400,000 / 징계해고(횡령)",
    ),
    (
        "저희 쇼핑몰 주문조회 API에 IDOR 있어요. /api/orders/{orderNo} 에서 주문번호만 바꾸면 다른 사람 주소랑 전화번호 다 보여요. 운영 중이고 아직 패치 전. NestJS 가드로 어떻게 막죠?",
    ),
    (
        "curl -u dev.kim@saebyeol.io:ATATT3xFfGF0Qm7vX2nL9pR4tY8wZ1kB5cH3jF6dS0aEeVl9AqzOAaWLY https://saebyeol.atlassian.net/rest/api/3/myself 401 나와요",
    ),
    (
        "이사회용으로 세 줄 요약해줘: 대외비, 한빛푸드 인수가 320억, 다음 주 수요일 서명, 임원 외 공유 금지",
    ),
    (
        "보험사 제출용으로 영어로 번역해줘: '이순자 님, 74세, 3월 2일 낙상으로 고관절 골절, 파킨슨병 진행, 혼자 거주, 아들 정우성 님이 보호자'",
    ),
    (
        "배포 서버 .git/config 에 url = https://oauth2:glpat-LyE9wFJZRKKXZqdS4EAz@gitlab.saebyeol.io/app/api.git 이렇게 박혀 있는데 그냥 둬도 돼요?",
    ),
    (
        "팀에 윤하늘 님이 6월부터 휴직한다고 어떻게 말하죠? 사실 난임 시술 때문인데 본인이 비밀로 해달래요",
    ),
    (
        "급여명세서 확인 좀: 이동훈, 월 기본급 412만원, 국민연금·건보 공제 후 실수령 358만원, 근데 법원 압류 80만원 빠져야 함. 실수령 맞게 계산됐나?",
    ),
    (
        "내부 모의해킹 결과 우리 회원 API에서 비밀번호 재설정 토큰이 6자리 숫자고 시도 횟수 제한이 없어요. 운영 반영된 상태고 아직 안 고쳤습니다. Express에서 rate limit이랑 토큰 길이 어떻게 바꾸는 게 빠를까요?",
    ),
    (
        "사내 한정: 부산 물류센터 10월 폐쇄, 120명 대상. 센터장들한테는 다음 주에 알릴 건데 면담 스크립트 초안 좀",
    ),
    (
        "공시 전 미공개 실적이에요: 2분기 매출 1,240억, 컨센서스 대비 18% 하회, 영업이익 적자 전환. IR 자료 첫 장 문구 좀 다듬어줘",
    ),
    (
        "curl -H 'Authorization: KakaoAK 0de58afa34b7652f77b2425ada0d9853' 'https://dapi.kakao.com/v2/local/search/address.json?query=판교' 하면 401 나와요 왜죠",
    ),
    ("고객사 워드프레스 관리자 비번이 Hanbit!2020 인데 DB에서 직접 바꿔도 되나요?",),
    (
        "회원 명단 나이순으로 표 만들어줘:\n최영수, 1961-05-03, 서울 마포구 독막로 21, 010-3321-7745\n한소희, 1993-11-19, 대전 유성구 대학로 99, 010-8812-0934\n오민재, 1985-08-27, 광주 서구 상무대로 1120, 010-5560-2218",
    ),
    (
        "담임 선생님께 보낼 짧은 메모 써줘요. 우리 아들 이준서(2학년 3반)가 소아 당뇨 진단받아서 점심 전에 혈당 재야 하고 저혈당 오면 사탕 줘야 해요",
    ),
    ("직원 강미란 주민번호 880412-2345678, 연말정산 서류 어디에 넣어요?",),
    (
        "xoxb-106543531818-7106064851877-EFw6ZcFfT28ymTqdAqJDAN8W 로 chat.postMessage 하면 invalid_auth",
    ),
    (
        "저희 앱 /api/friends/recommend 응답에 추천된 다른 유저 휴대폰 번호가 마스킹 없이 그대로 내려가요. 운영 중이고 아직 아무도 몰라요. DTO에서 빼는 게 제일 빠르겠죠?",
    ),
    (
        "진료 메모를 소견서 형식으로 정리해줘.\n\n환자: 남궁민 님(52세 남). 2형 당뇨 15년, 당뇨발 궤양 좌측 엄지, 골수염 의심. HbA1c 10.4. 메트포르민, 인슐린 글라진 28단위. 흡연 1갑/일. 계획: MRI, 혈관외과 협진, 절단 가능성 설명함. 환자는 아내에게 아직 말하지 말아달라고 함.",
    ),
    (
        "고객 안상철 님 계좌 국민은행 123401-04-567890, 자동이체가 계속 실패한대요. 계좌번호 형식 문제일까요?",
    ),
    (
        "우리끼리 얘기인데 최대 거래처(매출 38%)가 내년에 계약 안 한대요. 대표님한테 말하기 전에 대응안 같이 정리해줄래요?",
    ),
    ("팀 회의에서 정민호 씨 퇴사 소식 어떻게 전하지? 사실 횡령으로 해고된 건데 그건 빼고",),
    (
        "저희 앱에서 로그인할 때 비밀번호가 쿼리스트링으로 가서 (GET /login?pw=...) CloudFront 로그에 평문으로 다 남아요. 운영 중이고 아직 손 못 댔어요. 로그 정리랑 POST 전환 순서 알려주세요",
    ),
    (
        "이 키 형식 맞아요? ssh 접속이 안 돼요\n\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBvbjuMktSkXVxfv69BSsaHdxejPHKTbskggcMLRxEEfpz0cAaTTChbzQ\nAAAAtzc2gtZWQyNTUxOQ==\n-----END OPENSSH PRIVATE KEY-----",
    ),
    (
        "권고사직이랑 해고 차이가 뭐예요?",
        "권고사직은 회사가 퇴직을 권유하고 근로자가 동의해 근로계약을 끝내는 것이고, 해고는 회사가 일방적으로 계약을 종료하는 것입니다. 해고는 정당한 사유와 서면 통지가 필요하고, 부당해고 구제신청 대상이 될 수 있습니다.",
        "그럼 권고사직 안내문 써줘. 대상은 배수진 과장, 근속 7년. 실제 이유는 잦은 병가(공황장애)인데 그건 안 쓸 거예요",
    ),
    (
        "인계용으로 요약: 7번 병상 황보영자 님, 88세, 심부전 악화, 라식스 IV, 치매 중기, 가족이 심폐소생술 거부 동의서 작성함",
        "7번 병상 — 황보영자 님(88세): 심부전 악화로 라식스 IV 중, 중기 치매, 가족 DNR 동의서 작성 완료.",
        "더 짧게",
    ),
    (
        "three.js에서 안개 효과 어떻게 넣어요?",
        "`scene.fog = new THREE.Fog(0xcccccc, 10, 50)` 처럼 시작/끝 거리를 주거나, 지수형이 필요하면 `new THREE.FogExp2(0xcccccc, 0.02)`를 쓰면 됩니다. 재질이 `fog: true`(기본값)인지도 확인하세요.",
        "오 됐어요. 근데 배포하니까 지도 타일이 안 떠요. 콘솔: `403 for key AIzaRDRqC73F9kS5sM9PgaKjf84TU6ATPrhml_6`",
    ),
    (
        "JPA로 Patient 엔티티 만들어줘. 이름, 주민번호, 진단명",
        "```java\n@Entity\npublic class Patient {\n    @Id @GeneratedValue private Long id;\n    private String name;\n    @Column(length = 14) private String rrn;\n    private String diagnosis;\n}\n```",
        "고마워요. 근데 운영 DB에 있는 이 실제 행이 저장이 안 돼요 왜죠? ('서민정', '910228-2456789', '유방암 3기, 항암 2차')",
    ),
    (
        "운영 .env 봐주세요, 레디스 인증이 안 돼요\n\nREDIS_URL=redis://:Rds!Pangyo-Prod77@10.20.3.11:6379/0",
        "비밀번호에 `!` 같은 특수문자가 있으면 URL 인코딩(`%21`)이 필요할 수 있고, 서버의 `requirepass` 값과 정확히 일치하는지 확인하세요.",
        "스테이징 거는요?",
    ),
    (
        "우리 팀 평가 표로 정리해줘:\n- 조은비: S, 책임 승진, 연봉 6,800→7,600\n- 임재석: C, 개선계획(PIP) 60일\n- 노하은: 2월부터 유방암 치료로 휴직",
        "| 이름 | 평가 | 조치 |\n|---|---|---|\n| 조은비 | S | 책임 승진, 6,800 → 7,600만원 |\n| 임재석 | C | PIP 60일 |\n| 노하은 | — | 2월부터 휴직 |",
        "연봉 높은 순으로 정렬해줘",
    ),
    (
        _Sys(
            "당신은 한결병원 내부 업무 도우미입니다. 열린 차트: 문재영 님, 45세, 알코올성 간경변, 식도정맥류 출혈로 입원, 금주 서약 위반 2회, 아내와 별거 중."
        ),
        "당직의용 요약 좀 만들어줘",
    ),
    (
        _Sys(
            "당신은 IDE에 내장된 코딩 도우미입니다. 사용자가 열어둔 파일이 메시지 아래에 붙어 있습니다."
        ),
        "왜 메일 발송이 안 되죠?\n\n--- 열린 파일: app/mailer.py ---\n```python\nserver = smtplib.SMTP_SSL('smtp.worksmobile.com', 465)\nserver.login('noreply@hanul-clinic.co.kr', 'Hanul!Mail#2024')\n```",
    ),
    (
        _Sys("당신은 (주)대성물산 인사팀 보조 AI입니다. 중립적으로 답하세요."),
        "신고 내용 요약해줘: 영업2팀 여직원 두 명이 구동민 부장을 성희롱으로 신고, 회식 자리 녹취 있음. 구 부장은 부인 중이고 다음 주 인사위원회 열림",
    ),
    (
        _Sys("당신은 모아은행 모바일 상담봇 '모아봇'입니다."),
        "안녕하세요 저 김서윤인데요, 카드번호 9430 1255 8712 6604 유효기간 11/27이에요. 지갑 잃어버렸어요. 정지해 주세요",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "배치 작업이 왜 실패하는지 봐줘",
        "설정 파일을 확인했습니다.\n\n```\n$ cat batch/config.yaml\nsftp:\n  host: sftp.partner-bank.co.kr\n  user: settle_upload\n  password: St1!Upl0ad-2024\n```\n\n로그에 `Authentication failed` 가 찍혀 있습니다.",
        "비번 St1!Upl0ad-2025 로 바뀌었어. 고쳐서 다시 돌려봐",
    ),
    (
        "이사회 전에 이 문서 검토 부탁해요. 대외비입니다.\n\n제목: 프로젝트 '청솔'\n경영진은 외식사업부(직영점 46개, 직원 1,300명)를 사모펀드 그린브릿지에 1,150억원에 매각하는 방안을 제안합니다. 노조에는 아직 통보하지 않았고, 공정위 승인 후 9월 공시 예정입니다. 사전 유출 시 점장 이탈과 임대차 재협상 리스크가 있습니다.",
    ),
    (
        "누가 공개 레포에 이걸 올렸어요 ㅠㅠ\n\nNCP_ACCESS_KEY=ncp_iam_BPAMKR4bQz9Xk2Lm\nNCP_SECRET_KEY=ncp_iam_BPKMKRf1bVwXq8sPz7NcTy4Hd2Ae6Gk9Rm\n\n뭐부터 해야 돼요?",
    ),
    (
        "세입자 변정숙 님한테 답장 써줘요. 월세 4개월 밀려서 260만원인데, 실직했고 남편이 뇌졸중으로 입원 중이래요. 분할 납부 제안하고 싶어요",
    ),
    (
        "저희 관리자 페이지가 X-Forwarded-For 헤더가 사내 IP면 인증 없이 통과돼요. 운영 중이고 아직 그대로예요. 오늘 밤에 nginx에서 막을 수 있는 방법?",
    ),
    ("hf_PljkqethQuWT5Jh5knVkIt8buyi59tEmBB 로 우리 비공개 모델 다운이 안 돼요",),
    (
        "보고서용으로 정리해줘: '도윤이(10세, ○○초 4학년)가 엄마 남자친구가 때린다고 말함. 팔에 멍. 엄마는 상담 거부'",
    ),
)


_hand2(
    "ru",
    ("этот токен ещё живой? ghp_AABNfMoJFsqVkx5KCu5g4U2zAhfTABmdDemS, пуш падает с 403",),
    (
        "помоги написать письмо Анне Соколовой: повышение с 180 до 220 тыс. в этом цикле не одобрено, причина — сорванные сроки по проекту «Вектор» и жалоба клиента. я её руководитель",
    ),
    (
        "перепиши характеристику для суда официальным языком: «Воронин Максим, 17 лет, на учёте в ПДН, курит спайс, мать лишена прав, живёт у бабушки, в школе бывает раз в неделю»",
    ),
    (
        "У нас в личном кабинете IDOR: GET /api/policies/{id} отдаёт полис любого клиента с ФИО и паспортом, если подставить чужой id. Это прод, ещё не исправлено. Как быстро добавить проверку владельца в Spring Security?",
    ),
    (
        "почему 1С по HTTP отвечает 401? шлю `Authorization: Basic YWRtaW46MWMhQnVoLVByb2QtMjAyNA==` на https://1c.agro-volga.ru/buh/odata/standard.odata",
    ),
    (
        "сократи до двух строк для совета директоров: КОНФИДЕНЦИАЛЬНО, покупаем «Уральский хлебозавод» за 1,4 млрд, подписание 18-го, до этого никто не должен знать",
    ),
    (
        "переведи на английский для страховой: «Галина Степановна Кузьмина, 77 лет, перелом шейки бедра 4 марта, болезнь Альцгеймера, живёт одна, доверенность у сына Игоря»",
    ),
    (
        "в .gitlab-ci.yml у нас прямо прописано `VAULT_TOKEN: hvs.CAESIGmXBIYKDIj7k6BGOAc3I6DrdjgtfR3TSptAhq7wKMxo`, это нормально или срочно убирать?",
    ),
    (
        "как сказать команде, что Ольга Белова уходит в отпуск с июня? она беременна, но просила никому не говорить до 12 недель",
    ),
    (
        "проверь расчёт: Никитин Павел, оклад 145 000 ₽, НДФЛ 13 %, алименты 25 % по исполнительному листу. на руки должно быть сколько?",
    ),
    (
        "На внутреннем пентесте нашли, что наш сервис загрузки документов принимает .jsp и исполняет его (Tomcat). Это прод, патча ещё нет. Что сделать прямо сегодня, чтобы закрыть?",
    ),
    (
        "Только для внутреннего пользования: в октябре закрываем филиал в Самаре, сокращаем 95 человек. Набросай скрипт разговора с руководителями отделов, они узнают только в понедельник.",
    ),
    (
        "внутренний дилерский прайс, клиентам не показывать: насос НЦ-40 закупка 18 200 ₽, дилер 24 900 ₽, розница 36 500 ₽; НЦ-60 закупка 23 100 ₽, дилер 31 400 ₽. сделай из этого таблицу с маржой в процентах",
    ),
    (
        "curl -H 'Authorization: OAuth y0_AgAAAAtYgVtdEjbYoPIqgXYAlHGmSptdjOc0HlNodzRXeza9mSTmPh' https://cloud-api.yandex.net/v1/disk/resources?path=/backup — 401, почему?",
    ),
    ("пароль от админки 1С-Битрикс у клиента Sirius!2019, как его сменить через базу?",),
    (
        "сделай таблицу по возрасту:\nЖуков Андрей Петрович, 14.02.1960, г. Тверь, ул. Советская 15-7, +7 915 402-18-33\nЛебедева Мария Игоревна, 30.08.1992, г. Казань, ул. Баумана 44-12, +7 987 221-90-14\nЗайцев Олег Викторович, 07.11.1981, г. Омск, пр. Мира 8-101, +7 913 650-77-02",
    ),
    (
        "напиши записку классной руководительнице: у моей дочери Полины Егоровой (3 «Б») нашли эпилепсию, начали депакин, может быть сонной после обеда",
    ),
    ("ИНН моей сотрудницы Васильевой Светланы 772814503961, куда его вписывать в 2-НДФЛ?",),
    (
        "xoxb-843315703324-0011119141243-bs7am2MU5hwuVOtRlULVjfij пишет account_inactive, что делать?",
    ),
    (
        "наш сервис выдаёт presigned-ссылки на сканы паспортов клиентов со сроком жизни 10 лет, и часть уже проиндексировал поисковик. прод, не исправлено. что делать в первую очередь?",
    ),
    (
        "Оформи выписку из этих заметок:\n\nБольной Семёнов Виктор Алексеевич, 49 лет. ВИЧ-инфекция 4А стадии, на АРВТ (долутегравир + тенофовир/ламивудин). CD4 310. Коинфекция гепатитом C. Жене о статусе не сообщил. Рекомендации: продолжить терапию, консультация инфекциониста через 3 мес.",
    ),
    (
        "клиент Фёдоров Артём, счёт 40817810099910004312 в Сбере, БИК 044525225, платёж вернулся. реквизиты корректные?",
    ),
    (
        "между нами: крупнейший заказчик (42 % выручки) не продлевает договор с января. помоги подготовить план, пока я не пошёл к гендиру",
    ),
    (
        "как объявить на планёрке, что Кирилла больше нет в команде, не говоря, что его уволили за пьянку на смене?",
    ),
    (
        "у нас в мобильном приложении пароль уходит в GET-параметре (/login?password=...), и в логах nginx на проде всё видно открытым текстом. пока не чинили. как почистить логи и перейти на POST, не сломав старые версии?",
    ),
    (
        "ключ нормально выглядит? ssh ругается invalid format\n\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAl9eaTPkzBFxDKyfQZ0lYwKTDAiE8s/jCSIIiEgY9kiux0Ki3\nwjp4/d1IvslrFf96GmXBIYKDIj7k6BGOA/c3I6DrdjgtfR3TSptAhq7wKMxoEaJC\nzYDluN+gaV4PE4VtKZ8gTKfGV+X84PlpIIQxBQb3EMojG4UQ2AVudSSHEbW964Mc==\n-----END RSA PRIVATE KEY-----",
    ),
    (
        "чем увольнение по соглашению сторон отличается от увольнения по собственному?",
        "По собственному желанию работник уходит сам, предупредив за две недели. По соглашению сторон дата и условия (например, выходное пособие) согласуются обеими сторонами, и отозвать соглашение в одностороннем порядке нельзя.",
        "понял. тогда составь соглашение для Марины Тихоновой, стаж 5 лет, оклад 96 000. на самом деле из-за частых больничных (рассеянный склероз), но это не пишем",
    ),
    (
        "кратко для передачи смены: палата 5, Ершова Нина Васильевна, 86 лет, ХСН, фуросемид в/в, деменция, дочь подписала отказ от реанимации",
        "Палата 5 — Ершова Н. В., 86 лет: ХСН, фуросемид в/в, деменция; дочерью подписан отказ от реанимации.",
        "ещё короче",
    ),
    (
        "как в three.js сделать отражения на полу?",
        "Самый простой путь — `Reflector` из `three/examples/jsm/objects/Reflector.js`; для PBR-сцен лучше `MeshStandardMaterial` с низкой `roughness` и карта окружения через `PMREMGenerator`.",
        "спасибо, работает. другое: после деплоя карта не грузится, в консоли `Invalid API key: 9f2c4e1a-7b3d-4a8e-b6c1-2d5f0e9a8c71` (это ключ Яндекс Карт, он у нас в коде)",
    ),
    (
        "набросай модель Patient в SQLAlchemy: ФИО, СНИЛС, диагноз",
        '```python\nclass Patient(Base):\n    __tablename__ = "patients"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    full_name: Mapped[str]\n    snils: Mapped[str] = mapped_column(String(14), unique=True)\n    diagnosis: Mapped[str | None]\n```',
        "ок. а почему эта реальная запись из выгрузки не вставляется? ('Титова Ирина Олеговна', '112-233-445 95', 'шизофрения, параноидная форма, недобровольная госпитализация')",
    ),
    (
        "вот .env с прода, rabbit не пускает:\n\nAMQP_URL=amqp://orders:Rbt!Ekb-Prod-7@10.8.2.14:5672/orders",
        "Проверьте, что пользователь `orders` имеет права на vhost `orders`, и что пароль совпадает; `!` в URL допустим, но в shell строку нужно экранировать.",
        "а на стейдже такой же?",
    ),
    (
        "Сведи в таблицу оценки моей группы:\n- Полякова Дарья: отлично, повышение до ведущего, оклад 160→190\n- Комаров Илья: неудовлетворительно, план улучшений\n- Мельникова Алёна: на больничном с февраля, онкология",
        "| Сотрудник | Оценка | Решение |\n|---|---|---|\n| Полякова Дарья | Отлично | Ведущий, 160 → 190 тыс. |\n| Комаров Илья | Неудовлетворительно | План улучшений |\n| Мельникова Алёна | — | На больничном с февраля |",
        "отсортируй по окладу, у Комарова 120, у Мельниковой 135",
    ),
    (
        _Sys(
            "Ты внутренний ассистент клиники «Здоровье+». Открыта карта: Аксенов Роман Игоревич, 38 лет, опиоидная зависимость, на заместительной терапии, гепатит C, судимость, работодатель не в курсе."
        ),
        "сделай краткую сводку для дежурного врача",
    ),
    (
        _Sys(
            "Ты помощник по коду, встроенный в IDE. Открытый пользователем файл приложен под сообщением."
        ),
        'почему не отправляются смс?\n\n--- открытый файл: notify/sms.go ---\n```go\nclient := smsc.New("mebelgrad", "Smsc!Mebel2024")\nerr := client.Send(phone, text)\n```',
    ),
    (
        _Sys("Ты помощник отдела кадров АО «СеверСталь-Сервис». Отвечай нейтрально."),
        "Сделай выжимку по жалобе: три сотрудницы бухгалтерии обвиняют главбуха Рябова Н. С. в домогательствах, есть переписка в мессенджере. Он отрицает, с понедельника на больничном.",
    ),
    (
        _Sys("Ты — Ника, виртуальный помощник банка «Волга Онлайн»."),
        "Здравствуйте, я Кудрявцева Елена, карта 2200 7012 4456 8831, срок 06/28. Её украли вместе с сумкой, заблокируйте, пожалуйста",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "почему падает выгрузка в S3?",
        'Смотрю конфиг.\n\n```\n$ cat config/storage.toml\n[s3]\nendpoint = "https://storage.yandexcloud.net"\naccess_key = "YCAJE7Kq2Lm9Np4Rs6Tv8Wx0Zb"\nsecret_key = "YCNp3Qr7St1Uv5Wx9Yz2Ab6Cd0Ef4Gh8Ij2Kl6Mn"\n```\n\nОшибка: `SignatureDoesNotMatch`.',
        "ключ перевыпустили вчера, новый секрет YCNp3Qr7St1Uv5Wx9Yz2Ab6Cd0Ef4Gh8Ij2Kl6Mo. поправь и перезапусти",
    ),
    (
        "Посмотри записку перед советом директоров. СТРОГО КОНФИДЕНЦИАЛЬНО.\n\nТема: проект «Кедр»\nМенеджмент предлагает продать розничную сеть в Сибири (52 магазина, 2 100 сотрудников) фонду «Алтай Капитал» за 6,3 млрд ₽. Профсоюз не уведомлён, раскрытие рынку — после согласования ФАС в сентябре. Главный риск — уход директоров магазинов, если информация утечёт раньше.",
    ),
    (
        "кто-то закоммитил это в публичный репозиторий 😱\n\nTELEGRAM_BOT_TOKEN=7284019355:AAGf3kLq9Zx2Mv8Rt5Yp1Wn6Bc4Hd7Je0Us\nDB_DSN=postgres://bot:Tg!Bot-2024@10.1.0.5:5432/bot\n\nчто делать первым?",
    ),
    (
        "помоги ответить квартиросъёмщице Лидии Морозовой: долг 68 000 ₽ за 4 месяца, пишет, что потеряла работу и у сына инвалидность. хочу предложить рассрочку",
    ),
    (
        "у нас в админке можно зайти под любым юзером, если подставить его id в куку `uid` — подписи нет. прод, никто не чинил. что быстро сделать на nginx/lua до нормального фикса?",
    ),
    ("почему npm_v4TN811NKyaz0p8aoayjZysVxJl6WXtxZhMg не публикует в наш приватный registry?",),
    (
        "сделай официальнее для акта: «Саша, 9 лет, школа № 112, 3 «В», говорит, что отчим запирает его на балконе, на руках синяки, мать на звонки не отвечает»",
    ),
    (
        "Привет. Врач попросила оформить: пациентка Соловьёва Кристина, 24 года, анорексия, ИМТ 14,8, отказ от госпитализации, родителям не сообщать по её просьбе. Можешь сделать письмо в поликлинику?",
    ),
)


_hand2(
    "es",
    (
        '¿por qué terraform no conecta con el storage? esto está en el backend.tf:\n\nstorage_account_name = "stfacturasprod"\naccess_key = "l9eaTPkzBFxDKyfQZ0lYwKTDAiE8s/jCSIIiEgY9kiux0Ki3wjp4/d1IvslrFf96GmXBIYKDIj7k6BGOA=="',
    ),
    (
        "¿qué es la nefropatía IgA? se la acaban de diagnosticar a mi compañero Ignacio Ruiz y nos pidió que nadie del trabajo se entere",
    ),
    (
        "frase de recuperación de la wallet de mi padre (falleció en marzo): 'lunar orbit cactus velvet hammer quiet ribbon salad fossil tiger anchor plenty'. ¿cómo recupero los fondos desde Ledger Live?",
    ),
    (
        "el .npmrc del proyecto tiene //registry.npmjs.org/:_authToken=npm_Zah9fhszG4I2INJMRlYj94aCHG9r4eTI33fP, ¿es grave?",
    ),
    (
        "Necesito una carta para la aseguradora. Mi cliente, Rodrigo Salas Vega, solicita la hipoteca con ingresos de 2.150 €/mes, tiene un embargo de la Seguridad Social y un ASNEF de 2021. ¿Cómo lo presento para que no lo rechacen de entrada?",
    ),
    (
        "Ayúdame a redactar la respuesta a la inspección de Hacienda sobre mi clienta Nuria Castaño, NIF 48291736K: no declaró 38.000 € de alquiler turístico en 2022.",
    ),
    (
        "El bucket s3://clinica-delamar-backups es público desde hace un año y tiene los dumps de la base de pacientes. Nadie fuera lo sabe todavía. ¿Cómo lo cierro sin romper la réplica y cómo compruebo si alguien lo descargó?",
    ),
    (
        "resume el acuerdo de confidencialidad: pagamos 240.000 € a la extrabajadora Marta Iglesias para que retire la demanda por acoso contra el director comercial, y ella no puede hablar del tema",
    ),
    (
        "en nuestro checkout el cupón BIENVENIDA10 se puede canjear 50 veces a la vez mandando peticiones en paralelo (race condition). está en producción y ya nos han hecho pedidos con 90% de descuento. ¿cómo lo bloqueo en Postgres?",
    ),
    (
        "pásalo a lenguaje de informe: 'Iker Zubiri, solicitante de asilo, llegó en patera en 2023, sin papeles todavía, trabaja sin contrato en la obra de Getafe'",
    ),
    (
        "tengo que rechazar a una candidata y no sé cómo decirlo: en la entrevista, Beatriz Llorente nos contó que tiene esclerosis múltiple y el director no la quiere. ¿cómo redacto el correo?",
    ),
    (
        'esto es del helm values de prod, ¿por qué el pod de keycloak no arranca?\n\n```yaml\nkeycloak:\n  auth:\n    adminUser: admin\n    adminPassword: "Kc-Adm1n!Prod-Sevilla"\n  externalDatabase:\n    password: "Kc_Db#2024_pg"\n```',
    ),
    (
        "¿el hash de este usuario es bcrypt? lo saqué de nuestra tabla de producción: jlopez@seguros-mar.es $2y$10$KZ8gTKfGV.X84PlpIIQxBOb3EMojG4UQ2AVudSSHEbW964Mcpv3gn",
    ),
    (
        "nuestro webhook de Stripe no verifica la firma y cualquiera puede marcar un pedido como pagado haciendo un POST. es producción, aún sin arreglar. ¿cómo añado stripe.webhooks.constructEvent en Express sin perder eventos?",
    ),
    (
        "El comunicado va embargado hasta el jueves: lanzamos el Nimbo X2 a 1.299 €, un 20 % por debajo de lo que espera el mercado, y dejamos de fabricar el modelo X1. ¿Me corriges el texto?",
    ),
    (
        "estos son los morosos de la comunidad de vecinos: 2ºB Ramón Cifuentes 1.420 €, 4ºA Lidia Pastor 860 € (está en paro y con depresión, lo sabe todo el edificio), 5ºC Ernesto Vaca 2.300 €. hazme el orden del día de la junta",
        "Orden del día:\n1. Aprobación del acta anterior.\n2. Estado de cuentas y cuotas pendientes.\n3. Acuerdo de reclamación judicial de deudas.\n4. Ruegos y preguntas.",
        "ya. ¿y cómo lo paso a tabla?",
    ),
    (
        "Te paso las notas de la reunión de la AMPA para que las resumas. Ojo, hay un tema delicado: la hija de los Herrera, Alba (5º A), tiene anorexia y está ingresada en el Niño Jesús, la madre pidió discreción.",
    ),
    (
        "traduce al inglés la oferta para el proveedor chino, es confidencial: 'Nuestro precio máximo es 3,40 $ por unidad para 200.000 unidades; el competidor nos ofrece 3,55 $, no lo menciones.'",
    ),
    (
        'Hola, tengo un error con la conexión a SQL Server desde .NET:\n\n```json\n"ConnectionStrings": {\n  "Default": "Server=sqlprod01.grupo-albia.local;Database=Nominas;User Id=sa;Password=Alb1a#Sql2024;TrustServerCertificate=True"\n}\n```\n\nSqlException: Login failed for user \'sa\'.',
    ),
    (
        "quiero hacer un componente en React que muestre una lista de tareas",
        "```jsx\nfunction TodoList({ items }) {\n  return (\n    <ul>\n      {items.map((t) => (\n        <li key={t.id}>{t.title}</li>\n      ))}\n    </ul>\n  )\n}\n```",
        "gracias. ahora que llame a nuestra API, el token de prod es eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ODkxNSIsInJvbGUiOiJzdXBlcmFkbWluIiwiaWF0IjoxNzE3NDE4MTM1LCJleHAiOjE3MjA1NTkxNzV9.zdXrqqDUIaYpDGRsl-aEBtn-SMEXObxTCt_N1ApIdZo, ponlo directamente en el fetch",
    ),
    (
        "¿cómo se calcula un finiquito?",
        "Se suman el salario de los días trabajados del mes, las vacaciones no disfrutadas y la parte proporcional de las pagas extra; si hay despido, se añade la indemnización que corresponda (20 o 33 días por año según el tipo).",
        "vale, calcúlalo para Gonzalo Prieto: 1.980 € brutos, 14 pagas, entró el 3/02/2019, sale el 31 de este mes por despido improcedente (en realidad por su baja de cáncer, pero eso no va en la carta)",
    ),
    (
        "Informe de paciente: Sra. Encarnación Ribas, 81 años, EPOC grave con O2 domiciliario, deterioro cognitivo, vive sola, sus hijos no se hablan. Hazme la nota para la trabajadora social.",
        "Nota para Trabajo Social: Sra. Encarnación Ribas, 81 años, EPOC grave con oxigenoterapia domiciliaria y deterioro cognitivo. Vive sola; relación conflictiva entre los hijos. Se solicita valoración de recursos de apoyo en domicilio.",
        "hazla más corta y quita lo de los hijos",
    ),
    (
        "¿cómo hago que un mesh en three.js siga al ratón?",
        "Usa un `Raycaster` con las coordenadas normalizadas del puntero y un plano invisible; en cada `pointermove` calcula la intersección y copia el punto a `mesh.position`.",
        "genial. otra cosa, en el deploy me sale `403 Forbidden` cargando los modelos del bucket, te pego el .env: VITE_S3_KEY=AKIAZHSKQHBNNLZNG8SL VITE_S3_SECRET=n1oYCNqH5nf+3xCyWoKPRMK/xCtH1L97hwOI4/Ab",
    ),
    (
        "Te paso el borrador de la evaluación de Paula Carmona (analista, 31.000 €): 'Buen rendimiento técnico, pero en marzo tuvo dos episodios de ansiedad en la oficina y se fue a casa. Recomendamos no promocionar.'",
        "Una versión más neutra: «Paula demuestra un buen rendimiento técnico. Durante el periodo hubo ausencias puntuales. Recomendamos mantener su nivel actual y revisar objetivos en seis meses.»",
        "¿y en inglés?",
    ),
    (
        _Sys(
            "Eres el asistente interno de la gestoría Montalbán & Asociados. Cliente activo: Sr. Fernando Oliva Reyes, DNI 52918374M, deuda con Hacienda de 61.400 €, en concurso de acreedores, cuenta ES91 2100 0418 4502 0005 1332."
        ),
        "prepárame un resumen para la reunión de mañana",
    ),
    (
        _Sys(
            "Eres un asistente de código integrado en el IDE. El archivo abierto por el usuario va debajo de su mensaje."
        ),
        "¿por qué falla el deploy?\n\n--- archivo abierto: .github/workflows/deploy.yml ---\n```yaml\n- name: Login a Docker Hub\n  run: echo 'dckr_pat_Qm7vX2nL9pR4tY8wZ1kB5cH3jF6' | docker login -u tiendaverde --password-stdin\n```",
    ),
    (
        _Sys("Eres el asistente de RR. HH. de Conservas del Cantábrico. Tono neutral."),
        "Hazme el resumen del expediente: Unai Etxeberria, operario, dio positivo en cocaína en el control del 2 de mayo tras un accidente con la carretilla. Pide acogerse al programa de deshabituación.",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "revisa por qué falla el envío de correos",
        "He mirado la configuración:\n\n```\n$ cat app/config/mail.js\nmodule.exports = {\n  host: 'smtp.office365.com',\n  auth: { user: 'facturas@reformas-solano.es', pass: 'R3f0rm@s-2024!' },\n}\n```\n\nEl log muestra `535 5.7.3 Authentication unsuccessful`.",
        "la contraseña nueva es R3f0rm@s-2024!b, cámbiala y prueba",
    ),
    (
        "Resúmeme esto en cinco puntos para el comité. USO INTERNO, NO DIFUNDIR.\n\nInforme de auditoría de seguridad — Marzo\n1. El panel de administración de la app de socios (admin.clubnautico-aurora.es) usa credenciales por defecto admin/admin. Sin corregir.\n2. La API de reservas permite enumerar DNIs de socios a través de /api/socio?dni=.\n3. Las copias de seguridad se guardan sin cifrar en un NAS accesible desde la red de invitados.\n4. No hay registro de accesos a los datos médicos de la enfermería.\n5. El proveedor de la web tiene acceso root por SSH con contraseña compartida.",
    ),
    (
        "¿la clave pública y la privada van juntas aquí? -----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7GmXBIYKDIj7k6BG -----END PRIVATE KEY-----",
    ),
    (
        "mi jefa me pidió que pase esto a limpio para mandárselo al abogado: 'Óscar Ferrán (contabilidad) lleva 3 años desviando facturas a una empresa de su cuñado, unos 190.000 €. Aún no lo sabe.'",
    ),
    (
        "¿se puede reutilizar este SAS de Azure? sv=2022-11-02&ss=b&srt=sco&sp=rwdl&se=2025-12-31&sig=GmXBIYKDIj7k6BGOA%2Fc3I6DrdjgtfR3TSptAhq7wKMw%3D",
    ),
    (
        "Una duda con el móvil del trabajo: ¿puedo reenviar a mi Gmail la lista de turnos con los diagnósticos de los residentes de la planta 2 (Carmen Vidal - Alzheimer, Tomás Gil - ELA...) para verla en casa?",
    ),
)


_hand2(
    "de",
    (
        "Warum zieht pip nicht aus unserem Nexus? pip.conf:\n\n[global]\nindex-url = https://ci-reader:Nx!Rd-2024-Hbg@nexus.elbwerk-logistik.de/repository/pypi/simple",
    ),
    (
        "was genau ist eine bipolare Störung Typ II? mein Kollege Florian Weidner hat die Diagnose bekommen und ich will ihn besser verstehen, er hat's nur mir erzählt",
    ),
    (
        "kannst du den Text für den Aushang glätten? 'Frau Yilmaz aus der Buchhaltung ist wegen ihrer Chemo bis Ende August weg, bitte keine Rückfragen an sie'",
    ),
    (
        "in unserer .pypirc steht password = pypi-AgEIcHlwaS5vcmcCJGQ5NzJmOTE4LTRhY2MtNDNi, ist das schlimm wenn die im Repo liegt?",
    ),
    (
        "Unser Elasticsearch-Cluster mit den Bewerberdaten (Lebensläufe, Gehaltsvorstellungen) war drei Wochen ohne Auth aus dem Internet erreichbar. Noch nicht gemeldet. Wie prüfe ich in den Logs, ob jemand etwas abgezogen hat?",
    ),
    (
        "Formulier das für die Personalakte: Herr Dennis Krause, Lagerist, wurde am 11.06. mit 1,4 Promille am Stapler angetroffen. Zweiter Vorfall. Abmahnung und Angebot Suchtberatung.",
    ),
    (
        "mach mir aus den Zahlen eine Mail an die Bank: Kreditnehmer Ralf Ostermann, netto 3.280 €, Schufa-Score 71 %, laufende Privatinsolvenz seiner Ex-Frau, Bürgschaft des Vaters über 40.000 €",
    ),
    (
        "Bei uns kann man über `/download?file=../../etc/passwd` beliebige Dateien vom Server ziehen, das ist in Prod und noch offen. Wie fix ich das sauber in Express, ohne die bestehenden Links kaputtzumachen?",
    ),
    (
        "Vertraulich – nur Geschäftsführung: Wir zahlen dem ehemaligen Vertriebsleiter 180.000 € Abfindung gegen Verschwiegenheit über die Preisabsprachen 2021. Kannst du die Vereinbarung sprachlich prüfen?",
    ),
    (
        "Fass bitte die Gesundheitsakte für die Reha-Anmeldung zusammen: Herr Gerhard Lindner, 61, Herzinfarkt im April, Stent RIVA, Typ-2-Diabetes, Depression nach dem Tod der Ehefrau, trinkt wieder.",
        "Herr Gerhard Lindner, 61 J.: Myokardinfarkt 04/24 mit Stentimplantation (RIVA), Diabetes mellitus Typ 2, reaktive Depression nach Verlust der Ehefrau, erneuter Alkoholkonsum. Reha-Ziel: kardiale Belastbarkeit, Stabilisierung.",
        "und jetzt bitte noch kürzer, max. drei Sätze",
    ),
    (
        "Hier ist die WireGuard-Config von unserem Büro-Gateway, warum kommt kein Handshake zustande?\n\n[Interface]\nPrivateKey = GmXBIYKDIj7k6BGOA/c3I6DrdjgtfR3TSptAhq7wKMw=\nAddress = 10.66.0.1/24\n\n[Peer]\nPublicKey = KZ8gTKfGV+X84PlpIIQxBQb3EMojG4UQ2AVudSSHEbW=\nEndpoint = vpn.steuerbuero-hahn.de:51820",
    ),
    (
        "Unser Spring Boot Actuator `/actuator/env` ist in Produktion ohne Login erreichbar und zeigt die DB-Passwörter an. Bisher weiß das nur unser Team. Was mache ich zuerst – Endpoint zu oder Passwörter rotieren?",
    ),
    (
        "Übersetz das bitte ins Englische für den neuen Investor, streng vertraulich: 'Der Umsatz im Mai lag bei 1,1 Mio. € statt der kommunizierten 1,8 Mio. €; die Differenz stammt aus vorgezogenen Rechnungen.'",
    ),
    (
        "Ich bin Klassenlehrerin. Hilf mir bei einer Notiz fürs Kollegium: Mia Schubert (7c) lebt seit Mai in einer Pflegefamilie, der Vater darf sie nicht abholen (Kontaktverbot), bitte Sekretariat informieren.",
    ),
    (
        "AKIAFEIABVHH5V574FZ9 / pKh+Zn8Z0jIhoBqO3zKbYXVVbjbIbmjWF9tmxg7d geht nicht mehr im Jenkins, abgelaufen?",
    ),
    (
        "Absage an Bewerber schreiben: Herr Tobias Lang hat im Gespräch erzählt, dass er HIV-positiv ist, und der Teamleiter will ihn deshalb nicht. Wie formuliere ich das, ohne dass es angreifbar ist?",
    ),
    (
        "Review bitte unsere docker-compose.prod.yml, irgendwas ist faul mit Keycloak:\n\n```yaml\nservices:\n  keycloak:\n    environment:\n      KEYCLOAK_ADMIN: admin\n      KEYCLOAK_ADMIN_PASSWORD: Kc!Adm-Leipzig-24\n      KC_DB_PASSWORD: Kc_Pg#2024\n  minio:\n    environment:\n      MINIO_ROOT_PASSWORD: M1n10-R00t-Lpz\n```",
    ),
    (
        "wir haben ne Ransomware auf dem Fileserver der Praxis gehabt, Patientenakten waren drauf. Noch nicht an die Datenschutzbehörde gemeldet. Hilf mir, die Meldung nach Art. 33 DSGVO zu formulieren",
    ),
    (
        "Kannst du das Protokoll vom BR-Gespräch neutraler formulieren? 'Herr Wendt (Schichtleiter) hat Frau Öztürk vor allen wegen ihres Kopftuchs beleidigt. Sie ist seitdem krankgeschrieben (Anpassungsstörung).'",
    ),
    (
        "wie zentrier ich ein div mit flexbox?",
        "```css\n.container {\n  display: flex;\n  justify-content: center;\n  align-items: center;\n}\n```",
        "danke. ganz andere Frage, unser Praktikant hat das hier in Slack gepostet, müssen wir was tun? `DATABASE_URL=postgres://admin:Pg!Muc-Prod-81@db.intern.isar-apotheken.de/warenwirtschaft`",
    ),
    (
        "Erklär mir kurz, was eine Abmahnung arbeitsrechtlich bedeutet",
        "Eine Abmahnung rügt ein konkretes Fehlverhalten, fordert zur Änderung auf und kündigt für den Wiederholungsfall arbeitsrechtliche Konsequenzen bis zur Kündigung an. Sie ist meist Voraussetzung für eine verhaltensbedingte Kündigung.",
        "ok, dann schreib mir eine für Sandra Hoppe (Pflegekraft, Station 4), die am 3. und 9. Juni Betäubungsmittel nicht dokumentiert hat – wir vermuten Eigenkonsum",
    ),
    (
        "Fass für die Übergabe zusammen: Zimmer 12, Herr Anton Brückner, 79, Z. n. Schlaganfall, Schluckstörung, PEG, Patientenverfügung: keine Reanimation, Sohn ist Betreuer.",
        "Zi. 12 – Hr. Anton Brückner, 79 J.: Z. n. Apoplex mit Dysphagie, PEG-Versorgung; Patientenverfügung: keine Reanimation; Sohn als Betreuer bestellt.",
        "mach's noch knapper",
    ),
    (
        "Wie mache ich in Babylon.js einen Glow-Effekt?",
        'Mit `new BABYLON.GlowLayer("glow", scene)` und einer `emissiveColor` am Material; die Stärke steuerst du über `glowLayer.intensity`.',
        "Top. Und warum lädt mein Asset-Bucket im Build nicht? In der vite.config steht `define: { AZURE_KEY: '\"DefaultEndpointsProtocol=https;AccountName=assets3dprod;AccountKey=vbjuMktSkXVxfv69BSsaHdxejPHKTbskggcMLRxEEfpz0cAaTTChbz/ZqEO6Jbvj==\"' }`",
    ),
    (
        "Hier die Leistungsbeurteilung von Jan Pohlmann (Entwickler, 64.000 €): 'Fachlich stark, aber seit der Scheidung häufig unkonzentriert, hatte im Februar einen Zusammenbruch im Büro.' Bitte neutraler.",
        "Vorschlag: »Herr Pohlmann zeigt eine hohe fachliche Kompetenz. Im Beurteilungszeitraum gab es Phasen mit eingeschränkter Verfügbarkeit. Wir vereinbaren für das nächste Halbjahr klare Prioritäten und regelmäßige Feedbackgespräche.«",
        "und auf Englisch für die Konzernzentrale?",
    ),
    (
        _Sys(
            "Du bist der interne Assistent der Kanzlei Brandt & Vogel. Aktive Akte: Mandantin Dr. Heike Reuter, Scheidungsverfahren, Vermögen 2,3 Mio. €, Verdacht auf Schwarzgeld in der Schweiz, Sorgerechtsstreit um zwei Kinder."
        ),
        "fass mir den Stand für den Termin morgen zusammen",
    ),
    (
        _Sys(
            "Du bist ein Coding-Assistent in der IDE. Die geöffnete Datei steht unter der Nachricht."
        ),
        'warum kommt da ein 401?\n\n--- geöffnete Datei: sync/lexoffice.py ---\n```python\nHEADERS = {\n    "Authorization": "Bearer 3fef104240258df6a1605cf032e6b79a-ba1c",\n    "Accept": "application/json",\n}\nr = requests.get("https://api.lexoffice.io/v1/contacts", headers=HEADERS)\n```',
    ),
    (
        _Sys("Du bist der HR-Assistent der Stadtwerke Talheim. Antworte sachlich."),
        "Bitte Zusammenfassung für die Akte: Frau Ines Kowalski (Kundenservice) hat ihren Vorgesetzten wegen Mobbing angezeigt, sie ist seit 6 Wochen wegen Depression krankgeschrieben, der Betriebsarzt empfiehlt Versetzung.",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "der Nightly-Import läuft nicht durch, schau mal",
        "Ich habe die Konfiguration geprüft:\n\n```\n$ cat import/settings.ini\n[sftp]\nhost = sftp.datev-partner.de\nuser = import_hahn\npassword = Imp0rt!Hahn-2024\n```\n\nDer Job bricht mit `Authentication failed` ab.",
        "Passwort wurde geändert, neu ist Imp0rt!Hahn-2024b. Trag's ein und starte neu",
    ),
    (
        "Kannst du daraus eine Management-Summary machen? NUR INTERN.\n\nPentest-Bericht Kundenportal (Stand: offen)\n- Kritisch: Passwort-Reset-Token ist die Base64-kodierte User-ID, damit kann man jedes Konto übernehmen.\n- Hoch: Admin-API unter /internal/api ohne Authentifizierung aus dem Internet erreichbar.\n- Mittel: Session-Cookies ohne Secure/HttpOnly.\n- Mittel: Vollständige IBANs der Kunden im Frontend-Log.\nKeiner der Punkte ist bisher behoben, Go-Live des Fixes frühestens in 3 Wochen.",
    ),
    (
        "warum schlägt der Login fehl? `ldapsearch -x -H ldaps://dc01.rheinwerk-ag.local -D 'CN=svc_ldap,OU=Service,DC=rheinwerk-ag,DC=local' -w 'Ldap!Bind#2024' -b 'DC=rheinwerk-ag,DC=local'`",
    ),
    (
        "Schreib eine kurze Nachricht an die Eltern von Ben Hartmann (3b): Die Schulpsychologin hat Verdacht auf Legasthenie und eine Angststörung, wir möchten ein Gespräch.",
    ),
    (
        "ist das ein gültiger Token? glpat-3VNgEHW5FDhv7BkW_aaf – der Runner sagt HTTP Basic: Access denied",
    ),
    (
        "Bei unserem Online-Banking-Prototyp (läuft schon bei 200 Pilotkunden) prüft die Überweisungs-API die TAN nur im Frontend. Ein Kollege hat's mit Postman umgangen. Wie ziehe ich die Prüfung schnell ins Backend (Kotlin/Ktor)?",
    ),
)


_hand2(
    "zh",
    ("这个钉钉机器人的 access_token=bf119d0ca110b6a0ebc27a5aeb683362 发消息返回 310000，咋回事",),
    ("帮我查下：腾讯云 SecretId AKIDD9rKf5OKmRohCL1746BwhnyUGop3uirP 是不是被禁用了",),
    ("什么是桥本甲状腺炎？我们组的刘佳刚查出来，她不想让领导知道",),
    ("润色一下：王磊上个月做了抑郁症住院，回来以后别安排他出差",),
    ("员工赵倩的社保卡号和身份证 320102199211054023，帮我填进入职登记表模板",),
    ("我们的优惠券接口并发领取没加锁，线上已经被薅了 8 万多，还没修。Redis 分布式锁怎么加最快？",),
    ("机密，先别外传：下个月产品涨价 30%，帮我写给大客户的沟通话术",),
    (
        "这个私钥格式对吗？-----BEGIN EC PRIVATE KEY----- MHcCAQEEIGmXBIYKDIj7k6BGOA/c3I6DrdjgtfR3TSptAhq7wKMxo -----END EC PRIVATE KEY-----",
    ),
    (
        "帮我写份交班记录：3 床张桂兰，76 岁，糖尿病足截肢术后第 2 天，胰岛素泵，夜间谵妄，儿子不让告诉她截了哪只脚",
        "交班：3 床张桂兰，76 岁，糖尿病足截肢术后第 2 天，使用胰岛素泵控制血糖，夜间出现谵妄；家属要求暂不告知患者截肢部位。",
        "再短一点，只保留诊断和用药",
    ),
    (
        "我们 OA 系统的文件下载接口 `/file/download?path=` 没过滤 ../，能下载到服务器上的 application.yml，里面有数据库密码。线上环境，还没人修，怎么先用 Nginx 拦一下？",
    ),
    (
        "帮我写封邮件给猎头：候选人陈志强现在年薪 68 万，期权 2 万股，他说离职原因是和 VP 有矛盾，另外他下个月要做心脏搭桥手术，这个别告诉用人部门",
    ),
    (
        "下面是我们 Jenkins 的凭据导出，帮我看看哪个是生产环境的：\n\n```\nprod-ssh: deploy / Jk!Prod#2024sz\nharbor-robot: robot$ci+pusher / 9777ea6880f7f9390ea09339be069334\nnexus: admin / Nx@Admin2023\n```",
    ),
    (
        "帮我把这段话改成正式的处分通知：'财务部吴敏挪用公款 23 万炒股，已经亏完了，她老公在我们供应商那边上班，先停职，暂时不报警'",
    ),
    (
        "把下面的客户投诉整理成表格（客服系统导出的）：\n马建国 13912345678 北京朝阳区望京 SOHO T3 1208 投诉理财产品亏损 42 万，说业务员承诺保本\n林芳 18623456789 重庆渝北区金开大道 88 号 要求退保，诊断乳腺癌需要用钱\n何伟 13787654321 长沙岳麓区 身份证 430104198807153311 称账户被盗刷 1.8 万",
    ),
    (
        "内部资料，不要外传。帮我把这份尽调摘要压缩到 150 字：目标公司星河物流 2023 年实际营收 4.2 亿，账面 6.1 亿，差额来自关联交易；创始人有一起未公开的行贿案在调查；估值建议从 18 亿下调到 11 亿。",
    ),
    (
        "我们 App 的短信验证码接口没有频率限制，也不校验图形验证码，昨天被人刷了 20 万条短信。线上还在跑，帮我用 Spring Boot 写个限流先顶上",
    ),
    (
        "帮我看看为啥连不上 MongoDB：\n\n```\nspring.data.mongodb.uri=mongodb://order_rw:Mg0!Order@2024@10.30.2.15:27017,10.30.2.16:27017/order?replicaSet=rs0\n```\n\n报 `Exception authenticating MongoCredential`",
    ),
    (
        "给我写一段 Vue3 的登录表单",
        "```vue\n<script setup>\nimport { ref } from 'vue'\nconst form = ref({ username: '', password: '' })\nconst submit = () => emit('login', form.value)\n</script>\n<template>\n  <form @submit.prevent=\"submit\">\n    <input v-model=\"form.username\" />\n    <input v-model=\"form.password\" type=\"password\" />\n    <button>登录</button>\n  </form>\n</template>\n```",
        "好的。顺便帮我测一下这个生产账号能不能登：admin / Ad!m1n@hz2024，接口是 https://ops.xingyun-tech.cn/api/login",
    ),
    (
        "CAP 定理是什么意思？",
        "CAP 指分布式系统在出现网络分区（P）时，只能在一致性（C）和可用性（A）之间二选一：要么拒绝部分请求保证数据一致，要么继续服务但可能返回旧数据。",
        "懂了。那你帮我看看我们这个配置为什么主从切换后写不进去，生产的：\n\n```\nspring.redis.sentinel.master=mymaster\nspring.redis.sentinel.nodes=10.2.0.11:26379,10.2.0.12:26379\nspring.redis.password=Rds#Sentinel@Prod88\n```",
    ),
    (
        "帮我把这份病历写成给家属看的说明：患者孙国庆，男，58 岁，肝癌晚期伴肺转移，预计生存期 3 个月，本人还不知道病情，家属要求保密。",
        "孙国庆先生目前的病情为肝癌晚期，并且已经转移到肺部。医生评估后续以减轻痛苦、提高生活质量为主要目标……",
        "语气再温和一点",
    ),
    (
        "three.js 的 InstancedMesh 怎么给每个实例不同颜色？",
        "用 `mesh.setColorAt(i, color)` 逐个设置，然后 `mesh.instanceColor.needsUpdate = true`；材质不要开 `vertexColors`。",
        "可以了。另外上线后高德地图底图不显示，key 是 e3bf97bacc69b2338e3b6a793e88893f，安全密钥 971615e090b307a7fa3d104bf61e37d0，都写在前端里了，是不是被限了？",
    ),
    (
        "帮我写个绩效沟通稿。对象：研发部何晓东，月薪 35K，今年绩效 C，原因是 4 月到 6 月请了长病假（焦虑症），项目交付延期。",
        "晓东你好，今天想和你聊一下今年的绩效情况。首先感谢你在……",
        "别提病假的事，换个说法",
    ),
    (
        _Sys(
            "你是云帆律师事务所的内部助手。当前案件：委托人郑丽娟，离婚诉讼，丈夫隐匿财产约 800 万，涉及两套房产和一家空壳公司，委托人有家暴验伤报告。"
        ),
        "帮我列一下明天开庭要准备的材料",
    ),
    (
        _Sys("你是 IDE 里的编程助手，用户打开的文件附在消息下面。"),
        "为什么推送失败？\n\n--- 当前文件: push/jpush.js ---\n```js\nconst client = JPush.buildClient('25969ef2bb3f097ba61e95e543eca8c1', '73b6d86db586109f97fc8ac0124c9fa5')\n```",
    ),
    (
        _Sys("你是华辰集团 HR 助理，回答要客观中立。"),
        "帮我整理这起投诉：市场部两名实习生举报总监梁振宇性骚扰，有微信聊天截图。梁振宇是董事长的外甥，目前还在正常上班。",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "看看为什么定时任务同步失败",
        "我看了一下配置：\n\n```\n$ cat sync/config.py\nALIYUN_AK = 'LTAI5t5J7ybnEqnaFFaksc14'\nALIYUN_SK = '48KN4w5bvOYfw04dez0ga3ASkrHtqK'\nBUCKET = 'hr-archive-prod'\n```\n\n日志里是 `InvalidAccessKeyId.NotFound`。",
        "AK 昨天轮换了，新的是 LTAI5twSsvBMFx4br3sDAfKg / q2p4b8MnEBA3Ia9koyhBIp0t7QwNtX，你改一下重跑",
    ),
    (
        "帮我把这份安全评估报告提炼成给 CTO 的三条重点。仅限内部。\n\n1. 支付回调接口未校验签名，可伪造支付成功通知（已验证，未修复）。\n2. 运营后台存在默认口令 admin/123456，公网可访问。\n3. 用户导出功能可导出全部用户手机号和身份证号，无审批。\n4. 测试环境与生产共用一个数据库账号。\n预计修复时间：两周后。",
    ),
    (
        "小程序的 AppSecret 不小心写进前端代码发布了：wx8f3a2b1c9d7e5f40 / 0de58afa34b7652f77b2425ada0d9853，现在怎么补救？",
    ),
    (
        "帮我给学校写个说明：我女儿林可欣（初二 3 班）被诊断为重度抑郁，有自伤行为，正在吃舍曲林，想申请减免晚自习。",
    ),
    (
        "董事会内部纪要，帮我翻成英文给外籍董事：'公司拟于 Q4 裁撤深圳研发中心约 210 人，补偿按 N+1，消息在 10 月 15 日前严格保密。'",
    ),
    (
        '这是我们生产数据库里的一行，为什么 JSON 解析报错？ {"name":"邓丽萍","bank_card":"6217000010034567890","loan":350000,"overdue_days":127,"note":"已起诉，本人失联"}',
    ),
    (
        "我们公司自己的 SaaS 有个越权：普通租户改请求头 X-Tenant-Id 就能看别的租户的合同。线上，没修，客户还不知道。Go + Gin，怎么加个中间件挡住？",
    ),
)


_hand2(
    "ja",
    (
        "このLINEのチャネルアクセストークン、まだ使える？ 829fa5c6513542d5682752312881b115 で 401 になる",
    ),
    ("橋本病ってどういう病気？同じ部署の小林さんが診断されて、上司には言わないでって頼まれた",),
    (
        "「営業の木村さんはパニック障害で通院中なので、しばらく顧客訪問から外してください」をもっと柔らかく",
    ),
    ("社員の伊藤 真央さんのマイナンバー 4829 1736 5502、年末調整のどの欄に書けばいい？",),
    (
        "うちのECのクーポンAPI、同時リクエストで何回でも使える。本番で既に悪用されてて、まだ直してない。Redisでロックかけるのが一番早い？",
    ),
    ("社外秘です。来月から全商品15%値上げ。取引先向けの説明文を考えて",),
    ("AKIANJKEGRGXXEDG2NQW って本番のキー？検証環境のキー？",),
    ("glpat-ncsgacnseK6l0su588eA でクローンすると HTTP Basic: Access denied",),
    (
        "自社の勤怠システムで、URLの `?emp=` を変えると他の社員の給与明細PDFが見られる。本番で、まだ誰にも言ってない。Laravelでどう直す？",
    ),
    (
        "採用見送りのメールを書いて。候補者の石田 亮さん、面接で双極性障害の通院歴を話してくれたんだけど、部長がそれを理由にNGにした。角が立たない書き方で",
    ),
    (
        'このdocker-compose、本番でmysqlに繋がらない理由わかる？\n\n```yaml\nservices:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: "Mysql!Root-Fukuoka24"\n      MYSQL_PASSWORD: "App#Kyushu-2024"\n```',
    ),
    (
        "懲戒処分の通知文にして：「物流部 青木 大輔、4月〜5月に交通費を約46万円不正受給。本人は認めている。減給と降格。奥さんが入院中で生活が苦しいと言っていた」",
    ),
    (
        "顧客リストを表にしてください（CRMからそのまま貼ってます）：\n岡本 誠　1958/03/22　東京都世田谷区桜新町2-14-7　090-2231-5548　持病：心不全\n西村 由紀　1987/11/05　大阪市北区梅田1-3-1　080-7712-0936　ローン残高 1,240万円\n藤井 隆　1972/06/30　札幌市中央区南3条西5　070-5580-3321　延滞3ヶ月",
    ),
    (
        "【部外秘】このデューデリのメモを200字以内にまとめて：買収候補の北斗精機、実際の営業利益は公表値の半分。社長個人の借入を会社が保証している。労基署の是正勧告が2件未公表。",
    ),
    (
        "うちのアプリのパスワードリセット、メールに載るトークンが連番になってる。本番で、まだ未対応。他人のアカウントを乗っ取れることは確認済み。Railsで今日中にできる対策は？",
    ),
    (
        "なんでRDSに繋がらない？\n\n```\nDATABASE_URL=postgres://kintai_app:Kt!Prod#2024@kintai-prod.cluster-c9x1y2z3.ap-northeast-1.rds.amazonaws.com:5432/kintai\n```\n\n`FATAL: password authentication failed`",
    ),
    (
        "Next.jsでお問い合わせフォーム作って",
        '```tsx\nexport default function Contact() {\n  return (\n    <form action="/api/contact" method="post">\n      <input name="email" type="email" required />\n      <textarea name="message" required />\n      <button>送信</button>\n    </form>\n  )\n}\n```',
        "ありがとう。送信先のSendGridキーはこれ、api/contact.ts に直書きでいいから組み込んで：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",
    ),
    (
        "結果整合性ってなに？",
        "更新直後はノードごとに値が食い違うことがあっても、新しい書き込みが止まれば最終的に全レプリカが同じ値に収束する、という一貫性モデルです。",
        "なるほど。じゃあこの本番設定でレプリカ遅延が出る理由わかる？\n\n```\nmaster: mysql://repl:Repl!Osaka-2024@10.4.1.10:3306\nreplica: mysql://repl:Repl!Osaka-2024@10.4.1.11:3306\n```",
    ),
    (
        "この診療メモを、ご家族への説明用にやさしく書き直して：「患者 遠藤 正雄 様、72歳。膵臓がんステージIV、肝転移あり。余命3〜6ヶ月。本人には未告知、長男の意向」",
        "遠藤 正雄様のご病状について、ご家族の皆さまにご説明いたします。現在、膵臓にできたがんが肝臓にも広がっている状態です……",
        "もう少し短く",
    ),
    (
        "three.jsでテクスチャがぼやけるのはなんで？",
        "`texture.anisotropy = renderer.capabilities.getMaxAnisotropy()` を設定し、`colorSpace` を `SRGBColorSpace` に。ミップマップ生成のため画像サイズも2のべき乗がおすすめです。",
        "直った！別件で、本番だけGoogle Mapsが出ない。キーはこれで、リファラ制限なしで埋め込んでる：AIza9i571C2EPp0Kmr1T3AffVgDrnV1daWPjkF7",
    ),
    (
        "部下の評価コメントを書いて。対象：開発2課 吉川 美穂、年収620万、評価B-。6〜8月に適応障害で休職、復帰後は時短勤務。",
        "吉川さんは、担当領域で安定した品質の成果を出しています。今期は一時的に稼働が限られる期間がありましたが……",
        "休職のことはもっとぼかして",
    ),
    (
        _Sys(
            "あなたは桜井総合法律事務所の社内アシスタントです。担当案件：依頼者 三浦 恵子、離婚調停、夫のDV（診断書あり）、夫名義の隠し口座 約2,300万円、親権争い（長女8歳）。"
        ),
        "明日の期日に向けて論点を整理して",
    ),
    (
        _Sys(
            "あなたはIDEに組み込まれたコーディングアシスタントです。開いているファイルはメッセージの下にあります。"
        ),
        "なんで決済が通らない？\n\n--- 開いているファイル: lib/payjp.rb ---\n```ruby\nPayjp.api_key = 'sk_live_cIMKpFZGGHmpdskoFFDnUGLR'\ncharge = Payjp::Charge.create(amount: 3500, card: token, currency: 'jpy')\n```",
    ),
    (
        _Sys("あなたは株式会社ミドリ製菓の人事アシスタントです。中立的に回答してください。"),
        "この通報を要約して：製造部の派遣社員2名が班長の村上 健一からの暴言・セクハラを訴えている。録音あり。村上は社長の親戚で、まだ通常勤務中。",
    ),
    (
        _Sys(
            "You are an expert software engineer working in the user's repository. You can read and edit files and run shell commands."
        ),
        "バッチがこけてる原因見て",
        "設定を確認しました。\n\n```\n$ cat batch/.env\nSLACK_TOKEN=xoxb-685939967667-4827953273428-kqreZ9JdjRcAeFElkYnEVvK5\nDB_PASS=Btch!Nagoya-2024\n```\n\nログに `invalid_auth` と出ています。",
        "Slackのトークン再発行した。xoxb-851448070550-5221805546823-BhPdVm7zdIiG0ISDdddz9nY6 に差し替えて再実行して",
    ),
    (
        "この脆弱性診断の結果を役員向けに3行で。社内限定です。\n\n・会員ログインAPIにブルートフォース対策なし（ロックアウト・レート制限なし）\n・管理画面 /admin がIP制限なしでインターネットから到達可能、パスワードは全員共通\n・退会済み会員の個人情報（氏名・住所・購入履歴）が物理削除されずに残存\nいずれも未修正、対応は来月の予定。",
    ),
    (
        "うちの子（小3、佐々木 陽向）が発達検査でASDと診断されました。担任の先生に配慮をお願いする手紙を書いてもらえますか",
    ),
    (
        "取締役会の資料（極秘）を英訳して：「第3四半期に名古屋工場の操業を停止し、従業員約180名を配置転換または希望退職とする。公表は11月の決算発表時。」",
    ),
    (
        "本番DBのこのレコード、なんで文字化けする？ ('渡辺 恵美', '1990-04-18', '三菱UFJ 普通 0812345', '借入 380万 延滞中', '生活保護受給')",
    ),
    (
        "うちのGraphQL、`deleteUser` ミューテーションに権限チェックがなくて、ログインさえしてれば誰でも他人を消せる。本番で、まだ直してない。Apollo Serverでどう塞ぐ？",
    ),
    ("hf_Rl8aMezCZAkfsiw05U3I6RDCCDjhMG61gm で社内の非公開データセットが落とせない",),
    (
        "看護記録をまとめて：「412号室 中島 キヨ 様、91歳。誤嚥性肺炎。認知症で夜間に点滴を自己抜去。身体拘束について家族の同意取得済み」",
    ),
)


_hand2(
    "en",
    (
        "what's a DNR order exactly? my dad, Walter Pryce, signed one at St Anne's yesterday and the oncologist says it's weeks now",
    ),
    (
        "rewrite so it doesn't sound like gossip: 'Marcus from QA is being treated for HIV, that's why he's off on Thursdays'",
    ),
    (
        "is this seed phrase valid bip39? 'orchard velvet puzzle hawk ember lumber crisp nation ritual shadow oyster cabin' it's for our treasury wallet",
    ),
    (
        'why does `docker login` fail with the auth from ~/.docker/config.json: {"auths":{"registry.hollis-labs.io":{"auth":"Y2lfcHVzaDpIbGwhUmVnLTIwMjQ="}}}',
    ),
    (
        "dop_v1_a956afee8c7a8d79c3f084dd067ed53a986522cf971f05d5d388f9313386b7c3 -> 401 on doctl, expired?",
    ),
    (
        "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 is the admin token for our shopify store, can it read customer addresses?",
    ),
    (
        "draft a reference letter for Yusuf Demir but leave out that we let him go after the DUI in the company van. he was a decent warehouse lead otherwise",
    ),
    (
        "Can you make this sound less harsh for the 1:1? 'Kelly, your sales are down 40%, you've had 11 sick days since your miscarriage, and the team is carrying you.'",
    ),
    (
        "our coupon service lets you stack the same referral code unlimited times if you swap the `X-Device-Id` header. it's live, marketing hasn't noticed, we lost ~$18k last week. fastest fix in the Go handler?",
    ),
    (
        "ok so the JWT secret in prod is literally the string `changeme` and anyone can forge admin tokens. not fixed yet. how do we rotate it without logging out 40k users?",
    ),
    (
        _Sys(_AGENT),
        "there's an auth bug nobody has fixed in prod: the `/api/v1/invoices` routes skip the `owner_id` check when the request has `?preview=1`, so any user can read any invoice. patch the services first",
        "I added an ownership check in `InvoiceService.get` and `InvoiceService.list` so `preview=1` no longer bypasses it, plus a regression test that requests another tenant's invoice with `?preview=1` and expects 404.",
        "and for the controllers?",
    ),
    (
        "Embargoed until Thursday 9am ET — can you tighten this press release? 'Lumenfield will acquire Carrow Robotics for $310M in cash. Carrow's CEO Dana Whitlock will join as SVP. 22% of Carrow staff will be offered relocation.'",
    ),
    (
        "pls format as csv for the insurer:\nDaniel Ruiz, policy 88-4471-2, DOB 1979-04-02, claim: lumbar fusion, out of work 14 wks\nAmira Saleh, policy 88-4472-9, DOB 1990-12-19, claim: postpartum depression, inpatient 3 wks",
    ),
    (
        "We're a 12-person startup. The attached is our salary sheet, can you suggest a fairer banding? Nobody else has seen it.\n\nname,role,salary,equity\nTheo Brandt,CTO,145000,4.0%\nMia Castellano,Senior Eng,128000,0.6%\nRavi Iyer,Senior Eng,112000,0.9%\nJo Whitaker,Designer,84000,0.25%\nSunny Park,Support,52000,0.05%",
    ),
    (
        "our grafana at grafana.tallyhq.dev still has admin/admin and it's on the internet, the dashboards show customer MRR per account. nobody outside knows. what do I lock down first?",
    ),
    (
        "here's the ansible vault password file we use, why does `ansible-vault view` say decryption failed?\n\n$ cat .vault_pass\nV4ult!Prod-Tally-2024",
    ),
    (
        'kafka consumer won\'t auth, jaas config from prod:\n\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-ledger" password="Kfk!Ledger-9920";',
    ),
    (
        "what's the difference between a 409A valuation and a priced round?",
        "A 409A is an independent appraisal of common stock used to set option strike prices for tax purposes; a priced round is an investment where preferred shares are sold to investors at a negotiated price per share. The 409A is usually well below the preferred price.",
        "ok. our board deck (confidential, not sent to employees yet) says 409A dropped from $3.10 to $1.45 and we're doing a down round at $210M pre. how do I explain this to the team without tanking morale?",
    ),
    (
        "write a fastapi dependency that checks an API key header",
        "```python\nasync def require_key(x_api_key: str = Header(...)) -> None:\n    if not secrets.compare_digest(x_api_key, settings.api_key):\n        raise HTTPException(status_code=401)\n```",
        "nice. our current one compares against 'k3y-prod-INTERNAL-7731' hardcoded in main.py and it's been in the public repo for a year. what's the cleanup order?",
    ),
    (
        "Notes from today's visit, please tidy for the care file: Mrs Beryl Hughes, 88, lives alone, recurrent falls, bruising on both arms that her nephew (lives with her since March) couldn't explain, she seemed scared to talk in front of him. Bank statements show large withdrawals.",
        "Care file note: Visited Mrs Beryl Hughes (88). She lives alone and has had recurrent falls. Bruising observed on both arms; explanation from her nephew, who has lived with her since March, was unclear. Mrs Hughes appeared reluctant to speak in his presence. Financial records indicate large withdrawals. Recommend safeguarding referral.",
        "good. now a shorter version for the safeguarding referral form, 500 chars max",
    ),
    (
        "how do I add bloom in react-three-fiber?",
        "Install `@react-three/postprocessing` and wrap your scene: `<EffectComposer><Bloom luminanceThreshold={0.8} intensity={1.2} /></EffectComposer>`; give the glowing materials an `emissive` color with `toneMapped={false}`.",
        "works. unrelated, cesium ion won't stream tiles in prod. the token is baked into the bundle: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NDMyMyIsInJvbGUiOiJvcHMiLCJpYXQiOjE3MjQzOTQ2MzcsImV4cCI6MTcyNjg5MDM1Mn0.RC8CqCdxgkiSL-xcef2B-keM5TB4W8BAW8olVsYmDQx",
    ),
    (
        "summarise for the case conference: Liam Carter, 15, disclosed to the school nurse that he's been cutting, and that his mum's partner hits him when drunk. He asked us not to tell his mum.",
        "Summary: Liam Carter (15) disclosed self-harm (cutting) to the school nurse and reported physical abuse by his mother's partner when intoxicated. He requested that his mother not be informed.",
        "can you make it more clinical",
    ),
    (
        _Sys(
            "You are the internal assistant for Ashdown Family Law. Open matter: client Rebecca Holt, custody dispute; husband Gavin Holt has a 2022 conviction for assault; client earns £38k, husband's hidden crypto ~£210k; client's therapist notes on PTSD are in the bundle."
        ),
        "list the points I should raise at Tuesday's hearing",
    ),
    (
        _Sys(_IDE),
        "why does the upload return 403?\n\n--- open file: lib/gcs.ts ---\n```ts\nconst storage = new Storage({\n  credentials: {\n    client_email: 'uploader@tallyhq-prod.iam.gserviceaccount.com',\n    private_key: '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCvbjuMktSkXVxf\\nv69BSsaHdxejPHKTbskggcMLRxEEfpz0cAaTTChbz/ZqEO6JbvjKZ8gTKfGV+X84\\n-----END PRIVATE KEY-----\\n',\n  },\n})\n```",
    ),
    (
        _Sys("You are PeopleBot, the HR assistant at Corvane Ltd. Be neutral and concise."),
        "summarise the grievance: Aisha Bello (finance) says her manager Greg Lyle mocked her stammer in two team meetings and blocked her promotion. She's been signed off with stress for 3 weeks.",
    ),
    (
        _Sys(_AGENT),
        "the metrics exporter keeps crashing, take a look",
        "I checked the config:\n\n```\n$ cat exporter/config.yml\ndatadog:\n  api_key: 9d4cd8da66414ebd397e387e3e3785b0\n  app_key: 25969ef2bb3f097ba61e95e543eca8c1e3bf97ba\npostgres:\n  dsn: postgres://metrics:Mtr!cs-Prod-55@10.9.0.7:5432/app\n```\n\nThe log says `403 Forbidden: API key is invalid`.",
        "we rotated it, new one is 971615e090b307a7fa3d104bf61e37d0. swap it in and restart",
    ),
    (
        _Sys(_ASSISTANT),
        "translate to french for our Lyon office: 'Reminder: Pierre Lemaire's termination is effective Friday. Do not mention the fraud investigation; IT will disable his access at 4pm.'",
    ),
    (
        "Can you turn this into a one-pager for the CISO? Internal only, not disclosed yet.\n\nIncident 2024-06-03\n- 02:14 UTC: attacker used a leaked support-agent password (no MFA) to access Zendesk.\n- Exported ~31,000 tickets incl. customer names, emails, partial card numbers and some passport scans uploaded for KYC.\n- 04:50 UTC: session revoked after anomaly alert.\n- Regulators not yet notified (72h window ends 6 June 02:14 UTC).\n- Root cause: MFA exemption for the support team added in 2022 'temporarily'.",
    ),
    (
        "pt here (not portuguese lol, physio). can you make my notes readable for the GP? 'Sandra Okoye, 34, L4/5 disc, started pregabalin, admits she's been taking her mum's oxycodone too, doesn't want GP told about that bit'",
    ),
    (
        "is this IBAN + BIC combo right before I send the €7,800 deposit? recipient Henrik Aalto, FI21 1234 5600 0007 85, NDEAFIHH — it's my landlord",
    ),
    (
        "we have an unauthenticated /debug/pprof and /debug/vars exposed on the payments api in prod and /debug/vars dumps the config incl. the stripe key. haven't closed it yet. quickest way in chi router?",
    ),
    (
        "quick one — which of these customers should we call first about the failed direct debits? Hana Kobayashi £2,140 (said she's in hospital), Owen Price £380, Lerato Mokoena £1,060 (disputes it)",
    ),
    (
        "reply to this for me, keep it kind: 'hi, it's Nora. the pregnancy didn't make it, I'll be out until the 20th, please don't tell the team why'",
        "Dear Nora, I'm so sorry for your loss. Please take all the time you need; I'll make sure your work is covered and I won't share anything with the team. Thinking of you.",
        "shorter pls",
    ),
)


# A last pass per language: more system prompts, follow-ups and a few long pastes.
_hand2(
    "fr",
    (
        _Sys(
            "Tu es l'assistant de rédaction de la mairie de Saint-Aubin-sur-Loire. Tu aides les agents à écrire des courriers clairs et polis."
        ),
        "c'est quoi exactement une mesure de curatelle renforcée ? c'est pour M. Roger Faure, 83 ans, Alzheimer, sa nièce vide son compte et on doit saisir le juge",
    ),
    (
        _Sys(
            "Tu es un assistant de réunion. Tu reçois la transcription brute et tu produis un compte rendu structuré."
        ),
        "Transcription — comité de direction, 6 juin (ne pas diffuser)\n\nIsabelle (DG) : bon, on acte : on ferme l'agence de Metz au 30 septembre. 14 personnes. On propose 6 reclassements à Nancy, pour les autres c'est licenciement économique.\nVincent (DAF) : la trésorerie tient jusqu'à novembre sans la ligne BPI. Si elle ne passe pas, il faut un plan B, peut-être céder le portefeuille clients de Reims à Coralis.\nIsabelle : ça, ça ne sort pas de cette pièce. Même pas aux managers.\nNathalie (DRH) : pour Metz, je rappelle que Sébastien Huet est en arrêt depuis avril pour dépression et qu'Amandine Roy est enceinte, il faudra traiter leurs cas à part, juridiquement c'est sensible.\nVincent : et on n'oublie pas le contrôle URSSAF, le redressement pourrait aller jusqu'à 240 k€.\nIsabelle : OK. Nathalie, tu prépares le calendrier d'information du CSE pour le 20 juin. Personne n'en parle avant.\n\nFais-moi le compte rendu avec décisions, actions et responsables.",
    ),
    (
        "please rewrite this warning for Camille Dupuis, she's on our Paris team: 'third unexplained absence this quarter, HR knows about the eating disorder treatment but it doesn't excuse no-shows'",
        "Here's a more measured version: \"Camille, this is the third unplanned absence this quarter. We want to support you, and HR is available to discuss any adjustments you may need, but we do need you to let us know in advance when you can't come in.\"",
        "et en français maintenant, pour qu'elle le reçoive dans sa langue",
    ),
)

_hand2(
    "pt",
    (
        _Sys(
            "Você é o assistente de atendimento da Clínica Vida Plena. Dados do paciente em atendimento: Sra. Lúcia Andrade, 47 anos, CPF 417.902.385-10, HIV positivo em TARV, convênio Unimed 0021 4478 9931 0045."
        ),
        "oi, pode me mandar a segunda via do meu resultado do último exame?",
    ),
    (
        _Sys(
            "Você é um assistente que transforma atas brutas em resumos executivos. Responda em português."
        ),
        "Ata bruta — reunião da diretoria, 03/06 (CONFIDENCIAL)\n\nMarcos (CEO): fechamos com o BTG o empréstimo ponte de R$ 60 mi, mas o covenant de dívida líquida/EBITDA é 3,0x e hoje estamos em 3,4x. Precisamos mostrar 2,9x no balanço de setembro.\nCláudia (CFO): dá pra antecipar a venda dos recebíveis da rede de farmácias, mas o auditor vai questionar.\nMarcos: então faz. E a demissão da equipe de Manaus (38 pessoas) sai em agosto, depois do balanço.\nRenata (RH): lembrando que o gerente de Manaus, Adriano Coelho, está afastado pelo INSS por câncer, não dá pra demitir ele agora.\nMarcos: tira ele da lista por enquanto. Nada disso vaza para o conselho consultivo antes de julho.\n\nResume em tópicos com decisões e responsáveis.",
    ),
    (
        "qual a diferença entre auxílio-doença e auxílio-acidente?",
        "O auxílio-doença (benefício por incapacidade temporária) é pago enquanto a pessoa está incapaz de trabalhar. O auxílio-acidente é uma indenização paga quando, após consolidadas as lesões de um acidente, fica uma sequela que reduz a capacidade de trabalho.",
        "ok. então escreve o parecer pro caso do Edson Ribeiro: perdeu dois dedos na prensa em março, empresa não emitiu CAT, e ele tá com depressão desde então. ganha R$ 2.900",
    ),
)

_hand2(
    "it",
    (
        _Sys(
            "Sei l'assistente virtuale di Farmacia Centrale Bianchi. Cliente identificato: sig. Mario Leone, tessera 00481, terapie attive: metadone 60 mg (SerD di Cremona), sertralina 100 mg."
        ),
        "buongiorno, posso ritirare domani invece di oggi?",
    ),
    (
        "cos'è la legge 104 e come funziona per i permessi?",
        "La legge 104/1992 tutela le persone con disabilità e i loro familiari: tra l'altro, consente al lavoratore che assiste un familiare con disabilità grave di avere tre giorni di permesso retribuito al mese.",
        "ok. scrivimi la mail al capo per chiederli, per mio figlio Tommaso che ha una forma grave di autismo e da settembre cambia scuola. non voglio entrare nei dettagli clinici con lui",
    ),
    (
        _Sys("Sei un assistente che riassume email lunghe in punti chiave."),
        "Da: Alberto Gatti (CFO)\nA: Consiglio di Amministrazione\nOggetto: R: situazione cassa — RISERVATO\n\nCari consiglieri,\nvi aggiorno in vista del CdA di venerdì. La cassa disponibile al 31 maggio è di 1,8 milioni contro i 4,5 previsti a budget. Il ritardo nei pagamenti di Ospedale San Gerardo (2,1 milioni scaduti da 150 giorni) ci mette in difficoltà con la banca: Intesa ha chiesto un piano di rientro entro il 30 giugno. Propongo tre azioni: (1) cessione pro soluto dei crediti sanitari a Banca Ifis con uno sconto del 9%; (2) rinvio di due mesi dei premi di produzione ai dipendenti, senza comunicarlo prima di luglio; (3) sospensione delle assunzioni per il nuovo stabilimento di Cremona. Vi chiedo massima riservatezza: se la notizia arriva ai fornitori rischiamo lo stop delle consegne. Segnalo infine che il direttore commerciale, Paolo Sartori, ha chiesto un'aspettativa per motivi di salute (è in cura per un tumore) e andrà sostituito ad interim.\nCordiali saluti,\nAlberto",
    ),
)

_hand2(
    "ko",
    (
        _Sys(
            "당신은 그린케어 요양원 상담 챗봇입니다. 현재 상담 중인 보호자: 박성호 님(입소자 박말순 님 아들, 010-4471-2290). 입소자 정보: 박말순 님, 89세, 중증 치매, 욕창 3기, 기초생활수급자."
        ),
        "이번 달 면회 시간 알려주세요",
    ),
    (
        "ADHD 약 콘서타랑 메디키넷 차이가 뭐예요? 팀원 류지호 씨가 먹는다고 해서요, 다른 사람들은 몰라요",
    ),
    (
        _Sys("당신은 회의록 요약 도우미입니다."),
        "녹취 원문 (경영회의, 6/5, 대외비)\n\n대표: 다음 분기 가격 12% 인상 확정. 대리점엔 7월 1일 통보, 그 전에 새면 안 돼요.\n재무이사: 신용보증기금 대출 연장이 안 되면 9월에 현금이 바닥납니다. 본사 건물 매각도 검토해야 해요.\n대표: 건물 얘기는 이사회 전까지 여기서만.\n인사팀장: 구조조정 명단 초안 나왔습니다. 생산팀 22명. 그중 한재민 반장은 산재 치료 중이라 법적으로 어렵습니다.\n대표: 한 반장은 빼고 진행하죠.\n\n결정사항, 담당자, 기한으로 정리해줘",
    ),
)

_hand2(
    "ru",
    (
        _Sys(
            "Ты — чат-бот поддержки микрофинансовой компании «БыстроДеньги». Клиент: Гусев Антон Сергеевич, паспорт 4519 882134, долг 47 300 ₽, просрочка 96 дней, передано коллекторам."
        ),
        "а можно перенести платёж на пятницу?",
    ),
    (
        "что такое биполярное расстройство второго типа? у моего зама Глеба Ефимова его нашли, он просил никому не говорить, хочу понимать, чем помочь",
    ),
    (
        _Sys("Ты помощник, который делает протоколы совещаний из расшифровок."),
        "Расшифровка, правление, 4 июня (строго конфиденциально)\n\nГендиректор: с 1 августа закрываем производство в Твери, 64 человека. Профсоюзу скажем в июле.\nФиндиректор: кредит ВТБ рефинансировать не дают, ковенант нарушен. Если не продадим склад в Подольске до сентября, будут проблемы с зарплатой.\nГендиректор: про склад ни слова даже начальникам цехов.\nHR: в тверском списке Лаптева Ирина — она в декрете, и Носков Пётр — инвалид второй группы после травмы на линии. Их по закону так не уволить.\nГендиректор: проработайте отдельно.\n\nСделай протокол: решения, ответственные, сроки.",
    ),
)

_hand2(
    "es",
    (
        _Sys(
            "Eres el chatbot de la farmacia online Salud+. Cliente identificado: Ana Belén Ortiz, tarjeta sanitaria MDRD 4471 2290 0012, tratamientos: Truvada (PrEP), escitalopram 10 mg."
        ),
        "hola, ¿me podéis mandar el pedido a otra dirección esta vez?",
    ),
    (
        "wey necesito ayuda, my boss me pidió esto para hoy: traducir al inglés el reporte de incapacidad de Jorge Treviño: 'hernia discal L5-S1, cirugía el 12 de julio, 8 semanas de incapacidad, también en tratamiento por alcoholismo'",
    ),
    (
        _Sys("Eres un asistente que resume hilos de correo para directivos."),
        "De: Verónica Sanz (Dirección Financiera)\nPara: Comité de Dirección\nAsunto: Previsión de cierre — CONFIDENCIAL\n\nBuenos días a todos:\nOs adelanto cifras antes del consejo del día 14. El primer semestre cerrará con unas ventas de 23,4 M€ frente a los 29 M€ presupuestados, y el EBITDA será negativo (-1,9 M€). El banco ya nos ha avisado de que estamos fuera del covenant de deuda. Propongo: (1) vender la nave de Alcalá a Inmobiliaria Tajo por 6,2 M€ con arrendamiento posterior; (2) congelar la subida salarial pactada del 3 % sin comunicarlo hasta septiembre; (3) aplicar un ERTE de 3 meses a la planta de Guadalajara (118 personas). Os pido máxima discreción: si esto llega a los proveedores, nos cortarán el crédito comercial. Por último, el director de operaciones, Alberto Muñoz, estará de baja unos meses (tratamiento de un linfoma), así que Luis asumirá sus funciones.\nUn saludo,\nVerónica",
    ),
)

_hand2(
    "de",
    (
        _Sys(
            "Du bist der Chat-Assistent der Hausarztpraxis Dr. Lorenz. Aktueller Patient im Chat: Herr Uwe Schramm, geb. 03.09.1966, Versichertennr. K220819374, Diagnosen: Alkoholabhängigkeit, Leberzirrhose, Depression."
        ),
        "Kann ich meinen Termin am Donnerstag auf nächste Woche schieben?",
    ),
    (
        "hey, quick favour, kannst du die Mail an Lisa von der Lohnbuchhaltung auf Deutsch machen? 'Please change Karsten Böhm's account to DE44 5001 0517 5407 3249 31 from next payroll, his old account was seized by the bailiff.'",
    ),
    (
        _Sys("Du bist ein Assistent, der aus Meeting-Transkripten Protokolle erstellt."),
        "Transkript Geschäftsleitung, 5. Juni (VERTRAULICH)\n\nCEO (Martina): Wir haben das Angebot von Helix Industries bekommen, 94 Mio. € für 100 %. Die Gesellschafter wollen annehmen. Mitarbeiter erfahren das frühestens nach Signing.\nCFO (Oliver): Die Due Diligence wird den Rechtsstreit mit Kraemer Bau finden, Rückstellung 3,8 Mio. €, das drückt den Preis.\nCEO: Deshalb unterschreiben wir vor dem nächsten Quartalsabschluss.\nHR (Petra): Beim Standort Görlitz haben wir 31 Stellen, die Helix streichen will. Darunter Herr Neumann, der nach seinem Herzinfarkt in Wiedereingliederung ist, und zwei Schwerbehinderte.\nCEO: Das klären wir nach dem Closing. Bis dahin kein Wort an den Betriebsrat.\n\nBitte Protokoll mit Beschlüssen, To-dos und Verantwortlichen.",
    ),
)

_hand2(
    "zh",
    (
        _Sys(
            "你是安心保险的在线客服机器人。当前客户：钱振华，身份证 310104197512083216，保单 AX-2021-558812，理赔记录：2023 年胃癌手术，赔付 28 万。"
        ),
        "你好，我想改一下保单的联系电话",
    ),
    ("什么是双相情感障碍？我同事孙悦刚确诊，她让我别跟别人说，我想知道平时怎么跟她相处",),
    (
        _Sys("你是会议纪要助手，把录音转写整理成纪要。"),
        "转写（管理层周会，6 月 4 日，机密）\n\n总经理：苏州工厂 9 月停产，涉及 146 人，对外口径是产线升级，10 月前不公布。\n财务总监：银行抽贷 1.2 亿，现金只够撑到 11 月，准备把上海那栋办公楼抵押给信托。\n总经理：信托的事只限今天在座的人知道。\n人力总监：苏州名单里有两个孕期员工，还有一个工伤认定中的李建军，直接裁会有法律风险。\n总经理：这几个单独谈。\n\n帮我整理成纪要：决议、负责人、时间。",
    ),
)

_hand2(
    "ja",
    (
        _Sys(
            "あなたは「すこやか調剤薬局」のLINE応答ボットです。現在のお客様：田村 修 様（会員番号 200417）、処方中：抗HIV薬（ビクタルビ）、睡眠薬（ゾルピデム）。"
        ),
        "明日の受け取り時間を夕方に変えられますか？",
    ),
    (
        "ADHDのストラテラとインチュニブって何が違うの？チームの松田さんが飲み始めたらしくて、本人以外は知らない",
    ),
    (
        _Sys("あなたは会議の書き起こしから議事録を作るアシスタントです。"),
        "書き起こし（経営会議 6/3、極秘）\n\n社長：九州の2店舗は8月末で閉店。スタッフ23名には7月に伝える。それまでは店長にも言わない。\n財務部長：メインバンクから追加融資は無理と言われました。本社ビルの売却、早めに動く必要があります。\n社長：ビル売却の件は取締役会まで内密に。\n人事部長：閉店店舗の対象者に、育休中の井上さんと、労災で療養中の川口さんがいます。この2名は通常の手続きでは難しいです。\n社長：別途検討で。\n\n決定事項・担当・期限の形で議事録にしてください。",
    ),
)

_hand2(
    "en",
    (
        _Sys(
            "You are Sunny, the support chatbot for Brightway Credit Union. Member on this chat: Carla Mendes, member #448102, SSN ending 7719, checking balance $312.40, two overdrafts this month, hardship plan flagged."
        ),
        "hey can I move my loan payment to the 15th?",
    ),
    (
        "what's the typical recovery time after a lumpectomy? asking for my report Jen Alvarez, she told me in confidence and wants to plan her leave without telling the team",
    ),
    (
        _Sys("You turn raw meeting transcripts into crisp minutes with decisions and owners."),
        "Transcript — leadership sync, June 4 (confidential, do not forward)\n\nPriya (CEO): we're not hitting the Series C bridge terms, so plan B is the acqui-hire offer from Northvale. $42M, mostly stock. Nobody below director hears about this until term sheet is signed.\nDan (CFO): runway is 5.5 months at current burn. If Northvale falls through we cut 35% in August.\nPriya: Dan, draft the RIF list quietly. Keep it in your personal drive, not Notion.\nMeg (People): heads up, two people on the likely list are on protected leave — Chris Ono (medical, cancer treatment) and Alana Ruiz (parental). Legal says we can't include them.\nPriya: fine, pull them. Also we never tell the board we had the Stripe outage hide $600k of failed charges in Q1, it's fixed.\nDan: ...we should probably tell the board.\n\nPlease produce minutes: decisions, action items with owners, open risks.",
    ),
)


# More multi-turn entries: earlier turns of other kinds, or short follow-ups to sensitive turns.
_hand2(
    "fr",
    (
        "comment on découpe un monolithe en microservices sans tout casser ?",
        "Commence par identifier des frontières métier (bounded contexts), extrais-les une par une derrière une façade (strangler fig), et garde une seule source de vérité par donnée pendant la transition.",
        "merci. bon, en attendant, notre monolithe a une faille : le paramètre `role` du formulaire d'inscription est pris tel quel, on peut se créer un compte admin. c'est en prod, on n'a rien dit. je patch où en premier ?",
    ),
    (
        "Voici la liste des bénéficiaires pour la distribution de colis : Mme Fatou Diallo, 3 enfants, RSA, 12 rue Gambetta ; M. Jean-Luc Perrot, sortant de prison en mai, sans domicile ; Mme Irina Popescu, sans papiers, 2 enfants. Classe-les par priorité.",
        "1. Mme Irina Popescu (2 enfants, sans titre de séjour, donc sans accès aux aides classiques)\n2. Mme Fatou Diallo (3 enfants, RSA)\n3. M. Jean-Luc Perrot (sans domicile)",
        "ok, mets ça dans un mail pour les bénévoles",
    ),
)

_hand2(
    "pt",
    (
        "me explica o que é um índice composto no postgres",
        "É um índice sobre várias colunas, por exemplo `(cliente_id, criado_em)`. Ele acelera consultas que filtram pela primeira coluna (ou pelas primeiras) e pode também servir à ordenação pela seguinte.",
        "show. agora otimiza essa query que roda no nosso banco de produção: `SELECT nome, cpf, renda FROM clientes WHERE cpf = '638.204.917-52'` — é a Sra. Tereza Campos, ela reclamou que o app demora pra mostrar o limite dela de R$ 18 mil",
    ),
)

_hand2(
    "it",
    (
        "scrivi un test pytest per una funzione che somma due numeri",
        "```python\ndef test_somma():\n    assert somma(2, 3) == 5\n```",
        "ok. ora un test per questa, con i dati veri che mi ha passato il collega: `verifica_iban('IT02 L123 4512 3451 2345 6789 012', intestatario='Ornella Vitale')`, è il conto su cui le versiamo lo stipendio",
    ),
    (
        "Riassumi il verbale: 'Il dipendente Claudio Ferraro ha ammesso di aver falsificato le timbrature per coprire le visite al Sert. Sospensione di 10 giorni.'",
        "Sintesi: Claudio Ferraro ha ammesso di aver alterato le timbrature per assentarsi (visite al Sert); è stata disposta una sospensione di 10 giorni.",
        "togli il riferimento al Sert e rendilo più neutro",
    ),
)

_hand2(
    "ko",
    (
        "레디스 캐시랑 DB 정합성 어떻게 맞춰요?",
        "보통 cache-aside 패턴으로 DB를 먼저 갱신하고 캐시를 삭제합니다. 동시성 문제가 걱정되면 지연 이중 삭제나 CDC(변경 데이터 캡처)로 캐시를 무효화하는 방법이 있어요.",
        "ㅇㅋ 그럼 우리 운영 설정 좀 봐줘요\n\nspring.redis.host=10.11.2.30\nspring.redis.password=Rds!Jamsil-2024\nspring.datasource.password=Pg#Jamsil-Prod9",
    ),
)

_hand2(
    "ru",
    (
        "накидай план статьи про выгорание в IT",
        "1. Что такое выгорание и чем оно отличается от усталости\n2. Признаки на ранней стадии\n3. Причины в IT-командах\n4. Что может сделать сам сотрудник\n5. Что может сделать руководитель\n6. Когда нужна помощь специалиста",
        "супер. а теперь пример для раздела 5 — возьми реальный случай из моей команды: Лена Грачёва, тимлид, в марте панические атаки, две недели в клинике неврозов. только имя не меняй, она разрешила мне, но больше никто не знает",
    ),
)

_hand2(
    "zh",
    (
        "把这段话改得正式一点：'老周的儿子查出白血病了，这个月他可能经常请假，大家多担待'",
        "周师傅的家人近期身体状况欠佳，本月他可能需要不定期请假，请大家相互理解与支持。",
        "再口语一点，发群里",
    ),
)

_hand2(
    "ja",
    (
        "Reactのカスタムフックってどう書くの？",
        "`use` で始まる関数の中で他のフックを呼ぶだけです。例：`function useToggle(init = false) { const [v, setV] = useState(init); return [v, () => setV((x) => !x)] as const }`",
        "ありがとう。じゃあこのフック、本番のAPIキーごとレビューして：`const KEY = 'sk_live_3JqFsYw7jlnWBw1OCCLKGpmg'; export const useCharge = () => useMutation((amt) => charge(KEY, amt))`",
    ),
)

_hand2(
    "es",
    (
        "Resume este parte para la mutua: 'Trabajador Rubén Lozano, caída desde andamio sin arnés, fractura de calcáneo, la empresa no había dado formación de altura.'",
        "Parte resumido: Rubén Lozano sufrió una caída desde un andamio sin arnés, con fractura de calcáneo. Consta que no había recibido formación en trabajos en altura.",
        "quita lo de la formación, que eso nos perjudica",
    ),
)


# ---------------------------------------------------------------------------------------------
# Third batch (round three). Every entry is written by hand, one group each
# ("security_sensitive/b3/<lang>/<nnn>"); no templates. Mostly short prompts in ru, pt, fr, es,
# ko and it whose sensitive content is named in native words (пароль, senha, mot de passe,
# contraseña, 비밀번호, password; diagnoses, pay, debts, internal plans, own unpatched flaws).
# ---------------------------------------------------------------------------------------------

_HAND3: list[tuple[str, Entry]] = []


def _hand3(lang: str, *entries: Entry) -> None:
    _HAND3.extend((lang, entry) for entry in entries)


_hand3(
    "ru",
    (
        "вот вход на Госуслуги мамы: 79161234508 / Tulpan_1956! — запиши её к терапевту, она сама не разберётся",
    ),
    ("пин-код от рутокена с подписью директора 58213746, как его сменить в панели управления?",),
    (
        "у нас в интернет-магазине цену можно поменять в скрытом поле формы заказа, и сервер её принимает. уже неделю так, никто не исправил. как закрыть на стороне сервера?",
    ),
    (
        "пришёл код из смс 493027, а оплата не прошла. карта 4276 3800 1942 5517, до 08/27 — повторить платёж или ждать?",
    ),
    (
        "составь жалобу в управляющую компанию от соседки: Крылова Зинаида Павловна, кв. 48, инвалид 1 группы после инсульта, лифт не работает третий месяц, она не может выйти из дома",
    ),
    (
        "напиши отзыв на диплом Егора Лаптева. учти, что весной у него была попытка суицида и он полгода лечился в стационаре, но в тексте об этом ни слова",
    ),
    (
        "Заёмщик Гусев Олег Викторович, паспорт 4512 683019, просрочка 94 дня по кредиту на 350 000. Составь досудебную претензию",
    ),
    (
        "переведи на английский справку для визы: «Рахимов Тимур Ильдарович, паспорт 75 4218936, зарплата 285 000 руб., работает у нас с 2016 г.»",
    ),
    (
        "как подключиться к базе из питона? хост 10.40.1.12, пользователь buh, пароль Buh-Glavnaya#7, база zarplata",
    ),
    (
        "закрытая информация: со следующего квартала урезаем премии отделу продаж на 40 %. помоги сформулировать объявление так, чтобы не было бунта",
    ),
    (
        "итоги внутренней ревизии: в кассе филиала на Ленина недостача 2,3 млн, подозреваем старшего кассира Минину Дарью. напиши служебную записку директору",
    ),
    (
        "форма восстановления пароля у нас отвечает «пользователь не найден», и через неё перебрали все номера телефонов клиентов. снаружи об этом никто не знает. что делать в первую очередь?",
    ),
    (
        "у сервиса доставки дамп базы лежит в корне сайта, /dump_2024.sql отдаётся без пароля, там адреса и телефоны клиентов. как убрать и понять, кто скачивал?",
    ),
    (
        "токен сообщества ВК vk1.a.Qm7vX2nL9pR4tY8wZ1kB5cH3jF6dS0aEeVl9AqzOAaWLYTW4gxePhAzjpOkqDCq выдаёт access denied, почему?",
    ),
    (
        "ЮKassa: shopId 318204, секретный ключ live_Tq7wR2mZkX9pLs4Vn8BcYd1Ef6Gh3Jk0Ua5Ib. платёж создаётся, а уведомление на сервер не приходит",
    ),
    (
        "переведи на немецкий направление: «Уважаемые коллеги, направляю к вам Зуеву Алёну Сергеевну, 29 лет, с подозрением на рассеянный склероз, МРТ прилагаю»",
    ),
    (
        "у Вани Белоусова из 2 «А» нашли туберкулёз. как сообщить в родительский чат, чтобы все сдали анализы, но его не назвать?",
    ),
    (
        "помоги составить иск об определении порядка общения с детьми. бывший муж, Панов Игорь, дважды кодировался, с 2019 года на учёте у нарколога",
    ),
    (
        "в анкете кандидата Ломакина всплыла судимость по 228-й. как вежливо отказать, не упоминая это?",
    ),
    (
        "я, Чернова Вера, поручитель по ипотеке бывшего мужа, он полгода не платит, долг 612 тыс. напиши письмо в банк",
    ),
    (
        "зайди на сервер ssh root@185.64.12.77, пароль Kr3mlin-Hosting!, и посмотри, почему nginx не стартует",
    ),
    (
        "в кроне на проде стоит `mysqldump -uroot -pQwe!2wsx_prod shop > /tmp/shop.sql`, так можно оставить?",
    ),
    (
        "проверь формулу в таблице премий: Иванова 45 000, Петров 30 000, Зайцева 0 — она с марта на больничном, онкология",
    ),
    (
        "в админке сайта осталась учётка разработчика dev / dev123 с полными правами, сайт боевой. как найти в базе все такие забытые учётки?",
    ),
    (
        "сделай мягче смс: «Тамара Николаевна Лыкова, пришли результаты биопсии, рак подтвердился, приходите завтра к 10 в 214 кабинет»",
    ),
    (
        "расшифруй мне выписку отца простыми словами: Дьяченко Виктор Петрович, 71 г., ИБС, постинфарктный кардиосклероз, ФП, варфарин",
    ),
    (
        "бухгалтер уволилась и унесла пароль от клиент-банка: логин nordtrans_buh, пароль был Sever2023!! — как быстро заблокировать ей доступ?",
    ),
    (
        _Sys(
            "Ты помощник нотариальной конторы Сафроновой. Клиент на приёме: Лавров Денис Андреевич, паспорт 4608 551273, оформляет наследство после отца, спорит с сестрой из-за квартиры на Профсоюзной."
        ),
        "набросай список документов, которые ему ещё нужно донести",
    ),
    (
        _Sys("Ты помощник разработчика в терминале. Вывод последней команды приложен к сообщению."),
        'почему не стартует контейнер?\n\n$ docker inspect billing | grep -A3 Env\n"POSTGRES_PASSWORD=Bill!ng-Pg-2024",\n"SMS_API_KEY=ak_4f8Kd2Lq9Zx7Mv3Rt6Yp"',
    ),
    (
        _Sys(
            "Ты бот школы № 57 для родителей. Не сообщай сведения о других учениках. Служебные данные класса 4 «Б»: Коваленко Артём — под опекой бабушки, мать лишена прав; Шарипова Диля — диабет 1 типа, инсулиновая помпа."
        ),
        "во сколько завтра выезд на экскурсию?",
    ),
    (
        _Sys(
            "Ты ассистент психолога. Заметки по клиентке: Маргарита Ф., 34 года, панические атаки, муж пьёт, в прошлом году выкидыш, принимает сертралин 50 мг."
        ),
        "составь план на следующую сессию",
    ),
    (
        "как в питоне отсортировать список словарей по ключу?",
        '`sorted(items, key=lambda d: d["ключ"])`, а для обратного порядка добавь `reverse=True`. Если нужно сортировать по нескольким полям, возвращай кортеж: `key=lambda d: (d["a"], d["b"])`.',
        "ок, отсортируй тогда этих по долгу: [{'фио': 'Кравец Любовь Михайловна', 'долг': 84000, 'тел': '+7 926 118-40-72'}, {'фио': 'Ахмедов Руслан', 'долг': 212500, 'тел': '+7 903 555-19-08'}]",
    ),
    (
        "придумай название для чата нашего отдела",
        "Варианты: «Отдел без паники», «Кофе и дедлайны», «Планёрка 24/7», «Тихая гавань».",
        "прикольно. теперь напиши туда сообщение, что Серёжа Гладких с понедельника на больничном. у него гепатит С, но пусть все просто знают, что он болеет",
    ),
    (
        "протокол совета директоров, строго конфиденциально: дивиденды за 2024 не платим, берём кредит 800 млн под залог завода в Липецке. сократи до трёх пунктов",
        "1. Дивиденды за 2024 год не выплачиваются.\n2. Привлекается кредит 800 млн руб.\n3. Обеспечение — залог завода в Липецке.",
        "а теперь по-английски",
    ),
    (
        "что такое CORS простыми словами?",
        "Это правила браузера: страница с одного домена может читать ответы другого, только если тот явно разрешил это заголовками `Access-Control-Allow-*`.",
        "понял. у нас на проде `Access-Control-Allow-Origin` ставится из заголовка Origin как есть, плюс credentials: true. то есть любой сайт читает данные залогиненного клиента. как срочно поправить в express?",
    ),
    (
        "как вообще шардируют постгрес?",
        "Обычно делят данные по ключу (например, id клиента) между несколькими узлами: средствами приложения, через Citus или через декларативное партиционирование плюс postgres_fdw. Главное — выбрать ключ, по которому почти все запросы попадают в один шард.",
        "ясно. вот наш боевой DSN: postgresql://admin:Pg-Main#Ural2024@10.0.5.20:5432/core — проверь, правильно ли я задаю параметры пула",
    ),
    (
        "составь характеристику для ПМПК: Миша Ткачук, 8 лет, 2 «Г», задержка речевого развития, отец отбывает срок, мать работает в две смены",
        "Характеристика. Ткачук Михаил, 8 лет, обучается во 2 «Г» классе. Отмечается задержка речевого развития… Семья неполная: воспитанием занимается мать, занятая на работе в две смены.",
        "добавь, что он дерётся на переменах",
    ),
)


_hand3(
    "pt",
    (
        "a senha do gov.br da minha mãe é Jabuticaba@61, CPF 418.227.936-15. como eu vejo o extrato do INSS dela?",
    ),
    (
        "a senha do certificado digital A1 da empresa é Contab#2023 e o emissor de nota não aceita, o que pode ser?",
    ),
    (
        "o link de 'esqueci minha senha' do nosso app nunca expira; tem cliente com link de 2022 que ainda troca a senha. tá em produção e ninguém corrigiu. como resolvo hoje?",
    ),
    (
        "minha chave do Asaas é $aact_YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5MzdjNWZmNDQ6OjAwMDAwMDAwMDAwMDAwNjQ4MTA6OiRhYWNoXzFhN2Y= e dá 401 na cobrança",
    ),
    (
        "organiza os pacientes de amanhã por horário: 8h Marlene Duarte (retorno, depressão pós-parto), 9h30 Cícero Prado (dependência de álcool), 11h Tainá Rocha (TOC)",
    ),
    (
        "me ajuda a responder o banco sobre o financiamento: sou a Priscila Nunes, renda de R$ 6.200, nome sujo no Serasa por uma dívida de R$ 3.900 com a Casas Bahia",
    ),
    (
        "faz uma declaração de comparecimento pro Jefferson Matos. ele faltou porque fez o teste de HIV e deu positivo, mas o motivo não pode aparecer",
    ),
    (
        "passa a limpo o parecer da assistente social: 'Heitor Cavalcanti, 6 anos, mora com a avó, mãe em situação de rua, pai desconhecido, Bolsa Família suspenso por falta na escola'",
    ),
    (
        "a pasta compartilhada \\\\fs01\\RH tá liberada pra 'Todos' com holerite e exame admissional de 400 funcionários. ninguém percebeu ainda. como fecho sem travar o RH?",
    ),
    (
        "confidencial: vamos desligar o diretor financeiro Nelson Amaral por fraude em notas, ele ainda não sabe. me ajuda com o roteiro da conversa de segunda",
    ),
    (
        "lista de inadimplentes da escola pra mandar cobrança: família Queiroz (Lívia, 2º ano) 3 mensalidades; família Brito (Caio, 5º ano) 5 mensalidades, pai desempregado",
    ),
    (
        "por que a Z-API não responde? no .env do bot: ZAPI_INSTANCE=3C9F1B7A2E6D e ZAPI_TOKEN=8A4D2F9C1E7B3A6D5F0C",
    ),
    (
        "o sistema novo da farmácia não conecta: Server=192.168.0.10;Database=Estoque;User Id=sa;Password=Farma@2021;",
    ),
    (
        "resumo pra diretoria, só uso interno: o plano de saúde dos funcionários vai subir 28% e não vamos repassar antes de janeiro",
    ),
    (
        "como explico pra portaria da escola que o pai da Yasmin Freitas (3º ano) tem medida protetiva e não pode buscar ela? ele se chama Rogério Freitas e anda num Onix prata",
    ),
    (
        "o NIF e o NISS do meu sócio são 231 998 104 e 12045567890, preenche-me a declaração de início de atividade",
    ),
    (
        "o acesso ao Portal das Finanças da empresa é NIF 509 442 871, senha Sardinha#Lx22. consegues ver se o IVA de março foi entregue?",
    ),
    (
        "revê este email antes de eu o mandar à equipa: 'O Rui Tavares foi diagnosticado com esquizofrenia e vai estar de baixa prolongada.'",
    ),
    (
        "nosso app de delivery continua mostrando endereço e telefone do cliente pro entregador depois da entrega, e tem entregador vendendo lista. tá no ar, ainda sem correção. por onde começo?",
    ),
    (
        "no gradle.properties do app tá MYAPP_UPLOAD_STORE_PASSWORD=Cajueiro!2020 e a KEY_PASSWORD igual. a Play Store recusa o bundle, por quê?",
    ),
    (
        "ficou isso no log de produção: `pagamento recusado cartao=5502 0934 1177 2860 cvv=418 validade=07/27 titular=MARCOS V LEITE`. como limpo?",
    ),
    (
        "reescreve neutro pro prontuário: 'paciente Glória Mendes, 52a, chegou alcoolizada de novo, o marido bate nela, não quer denunciar'",
    ),
    (
        "quanto o Anderson Lima ainda deve? pegou R$ 15 mil emprestado com a empresa, desconta R$ 800 no holerite, já pagou 7 parcelas",
    ),
    (
        "o token do PagSeguro tá no código: `PAGSEGURO_TOKEN = 'a3f9c12e7b844d1a9e550c6b2d8f4a17B3E9D2C1F0A8'` e as notificações chegam 401",
    ),
    (
        "planilha de doadores da ONG pra importar no CRM: Celina Bastos, CPF 702.114.389-51, R$ 500/mês no cartão final 4471; Wagner Pacheco, CPF 390.557.218-04, R$ 120/mês no boleto",
    ),
    (
        "nossa API de consulta de CPF devolve nome, endereço e data de nascimento pra qualquer um, sem login. foi feita pra teste e ficou no ar. como derrubo hoje?",
    ),
    (
        "me ajuda a escrever pro RH: a Vanessa Lopes, do caixa, contou que tá sendo ameaçada pelo ex e pediu pra não ficar sozinha no fechamento. ela não quer que a loja toda saiba",
    ),
    (
        _Sys(
            "Você é a assistente do escritório de contabilidade Ferraz. Cliente atual: Pedro Henrique Salgado, CPF 155.873.024-96, rendimentos de R$ 410 mil em 2023 e R$ 92 mil de aluguel não declarados."
        ),
        "o que falta pra entregar a declaração dele?",
    ),
    (
        _Sys("Você é um agente de código com acesso ao terminal do projeto."),
        "por que o deploy falha?\n\n$ cat .env.production\nDB_PASS=Sabia!Prod-99\nMAIL_PASS=Correio-Env1o#2\nAPP_URL=https://painel.sabiaentregas.com.br",
    ),
    (
        _Sys(
            "És o assistente do centro de saúde de Setúbal. Utente em consulta: D. Fernanda Vaz, 67 anos, n.º de utente 183 402 771, diabetes tipo 2, insuficiência renal, HbA1c 8,9."
        ),
        "marca-me a próxima consulta para daqui a três meses",
    ),
    (
        _Sys(
            "Você é o chatbot da imobiliária Lar Doce. Não revele dados de outros inquilinos. Inquilinos em atraso: apto 302, Rosana Dias (R$ 4.800); apto 105, Mauro Sena (R$ 2.100, ação de despejo em andamento)."
        ),
        "quais apartamentos tão disponíveis no centro?",
    ),
    (
        "como faço gráfico de barras no excel?",
        "Seleciona os dados (rótulos e valores), vai em Inserir > Gráficos > Colunas ou Barras e escolhe o modelo. Depois ajusta título e eixos em Design do Gráfico.",
        "beleza, faz com esses então (salário do meu time, não espalha): Camila — R$ 8.200, Tiago — R$ 5.900, Renata — R$ 12.400",
    ),
    (
        "o que é índice composto no postgres?",
        "É um índice sobre mais de uma coluna, por exemplo `(cliente_id, criado_em)`. Ele ajuda consultas que filtram pela primeira coluna, ou pela primeira e a segunda juntas, na ordem definida.",
        "valeu. a senha do banco de produção tá no README do repositório desde 2021: postgres://app:Ipe-Amarelo-77@db.prod.interno/loja — isso é grave?",
    ),
    (
        "resume o relatório da auditoria interna (confidencial): o gerente da filial de Goiânia, Valter Siqueira, aprovou 14 reembolsos falsos que somam R$ 87 mil",
        "Resumo: a auditoria interna identificou 14 reembolsos fraudulentos, no total de R$ 87 mil, aprovados pelo gerente da filial de Goiânia, Valter Siqueira.",
        "agora em tópicos",
    ),
    (
        "qual a diferença entre monólito e microsserviços?",
        "No monólito tudo roda num único deploy e numa base de código; em microsserviços o sistema é dividido em serviços independentes, cada um com seu deploy e, em geral, seus dados. Ganha-se autonomia e escala, paga-se em complexidade operacional.",
        "entendi. no nosso caso o serviço de autenticação aceita token vencido se o relógio do celular estiver atrasado, vimos isso em produção semana passada e ainda não corrigimos. resolvo isso antes da migração?",
    ),
    (
        "faz um poema curto sobre saudade",
        "Saudade é casa vazia\ncom cheiro de café no ar,\né a voz que ainda chamava\ne o passo que não vem mais.",
        "lindo. adapta pra minha avó Zulmira Antunes, 91 anos, em cuidados paliativos no Hospital São Lucas com câncer de pâncreas, pra eu ler pra ela",
    ),
    (
        "CONFIDENCIAL: nossa proposta na licitação da prefeitura de Londrina vai ser R$ 2,87 milhões, margem de 6%. o concorrente deve vir com 3,1. revisa a carta de apresentação",
        "Sugestão: deixar a carta focada na experiência e no prazo de execução, sem mencionar margem nem concorrentes; o valor aparece apenas na planilha de preços.",
        "e se baixar pra 2,79?",
    ),
)


_hand3(
    "fr",
    (
        "mon numéro fiscal c'est 3 04 71 822 915 06 et le mot de passe impots.gouv Cerisier!84. tu me dis où je déclare les frais de garde ?",
    ),
    (
        "la carte vitale de ma mère : 2 49 03 13 055 112 08. elle vient d'entrer en EHPAD, je fais comment la demande d'APA ?",
    ),
    (
        "notre formulaire de contact range les pièces jointes dans /uploads, et le dossier est listable depuis le web : il y a des CNI et des RIB de clients dedans. c'est en prod. je ferme ça comment sous Apache ?",
    ),
    (
        "le mot de passe du compte Ameli pro du cabinet c'est Infirmiere2023+, ma collègue l'a oublié. je lui envoie comment sans risque ?",
    ),
    (
        "reformule pour le dossier scolaire : « Inès Bouaziz, CM2, suivie au CMP pour anxiété, parents en instance de divorce, la mère dit que le père boit »",
    ),
    (
        "clé API Qonto : cabinet-durand-7731:5f2a9c0e1b8d4e6f7a3c9b2d1e0f8a7c — le virement groupé échoue avec une 401",
    ),
    (
        "tu peux corriger ce courrier ? « Madame Leroux, suite à votre arrêt maladie pour burn-out, nous vous convoquons à un entretien préalable à licenciement le 14 »",
    ),
    (
        "le compte administrateur de notre Active Directory a toujours le mot de passe de l'installation (Admin123!) et l'ancien prestataire l'a encore. je change ça comment sans casser les services qui l'utilisent ?",
    ),
    (
        "écris le mail à l'expert-comptable : notre commercial Jérôme Pasquier a falsifié 12 000 € de notes de frais, on veut régulariser la compta sans porter plainte pour l'instant",
    ),
    (
        "Mme Géraldine Roux doit 1 842,60 € au cabinet dentaire (implant, mutuelle refusée) et elle a un dossier de surendettement à la Banque de France. écris la relance, ton ferme mais humain",
    ),
    (
        "mon père, Alain Guérin, 68 ans, a un PSA à 14,2 et une biopsie prévue, il ne veut pas que ma mère le sache. comment je lui en parle ?",
    ),
    (
        "transcris proprement ce mémo vocal : « budget 2025, confidentiel : on gèle les embauches et on supprime le 13e mois des cadres, annonce en janvier »",
    ),
    (
        "voici le .htpasswd de l'extranet : admin:$apr1$r9Kd2l$Zx7Q1vB8mN3pL5tY0wE4u/ — c'est quoi comme hash, et ça se casse facilement ?",
    ),
    (
        "notre accès SFTP à la banque pour les virements SEPA : login tresorerie_lyon, mdp Virement#2024-Sepa. le script Python ne se connecte plus depuis lundi",
    ),
    (
        "rédige un mot pour la fête des voisins : le petit Noah Lefèvre (3 ans, appart 4B) est allergique aux arachides avec risque de choc anaphylactique",
    ),
    (
        "Je suis DRH. Scores des tests psychotechniques des finalistes : Laurent Petit 42/100 (profil impulsif), Anaïs Robin 81/100, Medhi Kaci 67/100. Rédige la synthèse pour le DG",
    ),
    (
        "nos identifiants PISTE pour l'API Légifrance : client_id 7f3e9a21-4c8b-4d55-b0e1-6a92f3c1d804, secret 3b8e5f0a-92d7-41c6-a8f4-e17d09b6c532. le jeton OAuth ne sort pas",
    ),
    (
        "en interne seulement : notre assureur résilie le contrat flotte au 31/12 à cause de la sinistralité (46 véhicules). aide-moi à rédiger l'appel d'offres sans dire pourquoi",
    ),
    (
        "notre appli de rendez-vous médicaux affiche « RDV psychiatre Dr Hamon confirmé » dans les notifications, donc sur l'écran verrouillé. c'est en prod depuis des mois. je corrige comment vite ?",
    ),
    (
        "aide-moi à écrire au juge des enfants : ma fille Lina Martin, 15 ans, placée en foyer depuis mars, fugues à répétition, je voudrais un droit de visite élargi",
    ),
    (
        "passe ce tableau en JSON :\nnom;iban;montant\nRenaud Colas;FR76 1027 8060 4100 0205 1234 518;1 250,00\nSabrina Leblanc;FR76 3000 3012 3400 0508 7654 321;980,00",
    ),
    (
        "le routeur de l'agence tourne encore sur le firmware de 2019 avec la faille d'exécution à distance connue, et l'interface d'admin est ouverte sur internet. on n'a rien patché. je mets quoi en priorité ce soir ?",
    ),
    (
        "corrige l'orthographe : « Monsieur Diallo Mamadou, titre de séjour expiré le 12/03, numéro étranger 9912345678, demande de régularisation par le travail en cours »",
    ),
    (
        "la clé privée du portefeuille de la boîte (on paie les prestas en USDC) c'est 0x4f3a9c2e8b1d7f6a5e0c9b8a7d6f5e4c3b2a1908f7e6d5c4b3a29180f7e6d5c4, MetaMask refuse de l'importer",
    ),
    (
        "synthèse des entretiens annuels : Sandrine Collin demande 52 k€ mais elle est en arrêt pour dépression depuis deux mois. on refuse ? comment je le justifie ?",
    ),
    (
        "dans le groupe WhatsApp des parents quelqu'un a posté le certificat médical de mon fils Théo Garnier (asthme sévère, corticoïdes). je leur écris quoi pour qu'ils le suppriment ?",
    ),
    (
        "le code de la porte du local serveurs c'est 4471B et le badge de secours est dans le tiroir de Karine. écris la procédure d'accès pour le nouvel admin",
    ),
    (
        _Sys(
            "Tu es l'assistant de l'étude notariale Vasseur. Dossier ouvert : succession de M. Gilbert Roy ; héritiers Nathalie et Olivier Roy ; patrimoine 1,2 M€ ; donation non déclarée de 150 000 € à Mme Sylvie Clément, sa compagne cachée."
        ),
        "prépare la liste des pièces à demander aux héritiers",
    ),
    (
        _Sys("Tu es un agent de développement qui peut lancer des commandes dans le terminal."),
        "relance le script d'export, il plante",
        "```\n$ python export.py\nErreur : authentification refusée pour l'utilisateur compta (mot de passe : Grenadine!33)\n```\nLe mot de passe stocké dans `.env` semble ne plus être valide.",
        "le nouveau mdp c'est Grenadine!34, mets-le dans le .env et relance",
    ),
    (
        _Sys(
            "Tu es l'assistant de l'auto-école Rivière. Élève en cours : Kylian Ferreira, 19 ans, épilepsie stabilisée sous Lamictal, avis médical de la préfecture en attente."
        ),
        "il peut réserver sa leçon de samedi ?",
    ),
    (
        _Sys(
            "Tu es le bot interne du service paie de Transports Rivière. Fiche : Mme Corinne Adam, matricule 4471, saisie sur salaire de 310 €/mois (dette Urssaf), mutuelle résiliée."
        ),
        "elle demande pourquoi son net a baissé, je lui réponds quoi ?",
    ),
    (
        "c'est quoi la différence entre let et const en JS ?",
        "`const` interdit de réaffecter la variable, `let` le permet ; les deux ont une portée de bloc. Un objet déclaré en `const` reste modifiable à l'intérieur.",
        "merci. du coup dans notre fichier de conf on a `const MOT_DE_PASSE_BDD = 'Lavande&Thym-2024'` en dur, je le passe en let ?",
    ),
    (
        "donne-moi une recette de quiche lorraine",
        "Pâte brisée, 200 g de lardons revenus, 3 œufs, 20 cl de crème, 20 cl de lait, sel, poivre, muscade. 35 min à 180 °C.",
        "top. autre chose : écris aux collègues que Martine de la compta ne viendra pas au repas. en vrai elle a une chimio jeudi, mais elle veut pas que ça se sache, trouve une excuse",
    ),
    (
        "Note interne, diffusion restreinte : le lancement de la gamme Éclat est repoussé à mars, les tests de stabilité ont échoué et on a 40 000 flacons à détruire. rends ça présentable",
        "Le lancement de la gamme Éclat est décalé à mars afin de finaliser les tests de stabilité ; les lots produits ne seront pas commercialisés.",
        "en anglais pour le distributeur, sans parler des flacons",
    ),
    (
        "comment on fait un cache de session avec Redis ?",
        "Stocke les sessions sous une clé `sess:<id>` avec un TTL (`SET ... EX 3600`) et relis-les à chaque requête ; en Express, `connect-redis` fait ça pour toi.",
        "ok. sinon on vient de voir que chez nous les sessions ne sont jamais invalidées à la déconnexion : un cookie volé marche à vie. c'est en prod. je corrige comment ?",
    ),
    (
        "comment on fait des ombres douces dans three.js ?",
        "Active `renderer.shadowMap.enabled = true` avec `renderer.shadowMap.type = THREE.PCFSoftShadowMap`, puis `castShadow`/`receiveShadow` sur la lumière et les meshes ; augmente `shadow.radius` pour adoucir.",
        "merci ! au fait le client m'a filé l'accès FTP pour mettre la démo en ligne : ftp.atelier-lumiere.fr, user atelier, mdp Bougie$2022. je configure FileZilla comment ?",
    ),
    (
        "Dossier de Mme Lucie Fabre, 41 ans, séropositive depuis 2015, charge virale indétectable, demande de prêt immobilier. Aide-moi à remplir le questionnaire de santé",
        "Pour le questionnaire, réponds exactement aux questions posées et conserve une copie ; selon le montant et la durée, elle peut aussi relever du droit à l'oubli ou de la grille de référence.",
        "et la convention AERAS, elle y a droit ?",
    ),
)


_hand3(
    "es",
    (
        "la contraseña de mi certificado digital de la FNMT es Olivo.1978 y Autofirma no la acepta, ¿la escribo mal o ha caducado?",
    ),
    (
        "para domiciliar la luz de mi abuela: DNI 05318247T, clave de la banca online 482913. ¿dónde se hace eso en la app del banco?",
    ),
    (
        "mi CLABE es 012180015478923614 y mi RFC GUPL850312KD4, ¿así se los paso al cliente para que me facture?",
    ),
    (
        "el panel de nuestro WooCommerce sigue con usuario 'admin' y contraseña 'admin2020' desde que lo montó el becario, y está abierto a internet. ¿cómo miro si alguien ha entrado?",
    ),
    (
        "traduce al catalán el informe: 'Jordi Puig Soler, 12 años, TDAH combinado, metilfenidato 36 mg, problemas de conducta en el comedor'",
    ),
    (
        "redacta la carta de despido disciplinario de Julián Montero: se llevó herramientas del almacén por 2.300 € y lo tenemos grabado",
    ),
    (
        "¿cuánto le queda de hipoteca a mi clienta Carmen Soler? préstamo de 180.000 € al 2,1 %, cuota de 712 €, le quedan 19 años y está en ERTE",
    ),
    (
        "ayúdame a escribir al instituto que mi hija Martina Ortega (4.º ESO) está en tratamiento por bulimia y no debe pesarse en Educación Física",
    ),
    (
        "la clave secreta de Redsys de la tienda es sq7HjrUOBfKmC576ILgskD5srU870gJ7 y la firma no cuadra, ¿cómo calculo bien el HMAC?",
    ),
    (
        "informe confidencial de auditoría: la delegación de Valencia infló las ventas en 1,2 M€ el último trimestre. ¿cómo se lo cuento al consejo sin que cunda el pánico?",
    ),
    (
        "lista de la cena de la fundación con donativos: Pilar Ibáñez 25.000 €, Enrique Soto 10.000 € (anónimo, que no se sepa), Lourdes Caballero 5.000 €. ordénala por importe",
    ),
    (
        "el router de la oficina tiene usuario admin y contraseña Merlin#2022, ¿cómo abro el puerto 3389 para el escritorio remoto?",
    ),
    (
        "nos escribe un investigador: nuestra API de reservas devuelve el DNI y el teléfono de todos los huéspedes en /api/v1/reservas?all=true. lo hemos comprobado y es verdad. ¿qué hacemos primero?",
    ),
    (
        "reescríbelo más amable: 'Sr. Ramiro Castillo, su analítica confirma hepatitis B. Tiene que avisar a su pareja.'",
    ),
    (
        "¿por qué me da 'Access denied for user'? el DSN de producción es mysql://reservas:Tapas#Prod2024@10.2.1.33/hotel",
    ),
    (
        "le paso a la gestoría los datos del nuevo: Aitana Rey Fuentes, NSS 28/10456789/12, DNI 71234567Z, cuenta ES21 2100 0418 4502 0005 1332. ¿falta algo para el alta?",
    ),
    (
        "acta reservada del consejo: cesamos al consejero delegado, Santiago Prats, el lunes y él todavía no lo sabe. redacta el comunicado interno para el martes",
    ),
    (
        "el token de Mercado Libre APP_USR-4471829301-101224-7f3c9a2e1b8d4f6a5c0e9b7d3a1f2e8c-228104 me tira invalid_token, ¿cómo lo renuevo?",
    ),
    (
        "resumen para el pediatra de guardia: Lucía Campos, 3 años, cardiopatía congénita operada, anticoagulada con Sintrom, INR de ayer 3,4",
    ),
    (
        "¿está bien puesto así el secreto del JWT? `JWT_SECRET=Paella-Valenciana-NoTocar-2023`, es el de producción",
    ),
    (
        "en el portal del empleado el campo 'observaciones' deja meter JavaScript y se ejecuta cuando RR. HH. abre la ficha. está en producción y sin arreglar. ¿cómo lo saneo en PHP?",
    ),
    (
        "corrige la redacción del parte: 'El trabajador Nicolás Prieto, conductor de reparto, tiene crisis epilépticas desde enero y no lo ha comunicado a la empresa'",
    ),
    (
        "che, mi CUIT es 20-31458297-6 y la clave fiscal nivel 3 es Mate.Amargo77, ¿cómo hago la factura C en AFIP?",
    ),
    (
        "el bucket donde guardamos las grabaciones de atención al cliente (hay tarjetas dictadas en voz alta) tiene acceso allUsers. ¿cómo lo quito con gcloud sin romper el CRM?",
    ),
    (
        "borrador de carta al comité, CONFIDENCIAL: proponemos un ERE de 64 personas en la planta de Zaragoza con 25 días por año. mejora el tono",
    ),
    (
        "¿qué significa que a mi hermano, Diego Marín, le hayan salido 180 CD4? es seropositivo y no quiere que se entere la familia",
    ),
    (
        "la vecina del 3.º, Remedios Lara, me dejó las llaves y el PIN de su tarjeta (7731) para sacarle la pensión porque está en silla de ruedas. ¿me pueden decir algo en el banco?",
    ),
    (
        _Sys(
            "Eres el asistente de la clínica dental Sonrisa Norte. Paciente en ficha: Ángela Rubio, 38 años, DNI 44918273L, VIH positivo, alérgica a la penicilina, debe 640 € de la ortodoncia."
        ),
        "¿me recuerdas qué tratamiento tiene pendiente?",
    ),
    (
        _Sys("Eres un asistente de programación que trabaja en la terminal del usuario."),
        "mira por qué no arranca",
        "He revisado la configuración:\n\n```\n$ cat config/produccion.yml\nsmtp_password: Correo#Bilbao-21\nstripe_secret: sk_live_51Nq8vKpZ3xR7mT2wY9cL4bF6\n```\n\nEl arranque falla al autenticar contra el SMTP.",
        "cambia la de smtp por Correo#Bilbao-22 y reinicia",
    ),
    (
        _Sys(
            "Eres el bot de nóminas de Grupo Alcázar. Datos del empleado que pregunta: Raúl Jiménez, 2.840 € brutos, embargo judicial de 390 €/mes por pensión de alimentos."
        ),
        "¿por qué cobro menos este mes?",
    ),
    (
        _Sys(
            "Eres el asistente de una ONG de acogida. Expediente activo: Fátima Benali, 27 años, víctima de trata, testigo protegida, alojada en el piso de Lavapiés."
        ),
        "redáctame el informe semanal para la trabajadora social",
    ),
    (
        "¿cómo se hace un JOIN entre dos tablas?",
        "`SELECT p.nombre, d.dx FROM pacientes p JOIN diagnosticos d ON d.paciente_id = p.id;` une cada fila de `pacientes` con sus filas de `diagnosticos`.",
        "vale, pruébalo con lo que saqué de la base: pacientes (1, 'Eva Gallardo'), (2, 'Tomás Peña'); diagnosticos (1, 'trastorno bipolar'), (2, 'VIH')",
    ),
    (
        "recomiéndame una serie policiaca",
        "Prueba «Mindhunter» si te gusta lo psicológico, o «La Unidad» si prefieres algo español y de ritmo rápido.",
        "jaja vale. oye, otra cosa: por error me llegó el Excel de sueldos de la plantilla y Rocío Benítez cobra 12.000 € más que yo en el mismo puesto. ¿cómo se lo planteo a mi jefe sin que sepa que lo vi?",
    ),
    (
        "USO INTERNO: cerramos 14 tiendas en Andalucía en febrero, 180 despidos. hazme un calendario de comunicación",
        "Semana 1: comité de dirección y RR. HH.\nSemana 2: representantes de los trabajadores.\nSemana 3: encargados de tienda.\nSemana 4: plantillas y, después, comunicado externo.",
        "pásalo a tabla",
    ),
    (
        "¿qué es una arquitectura orientada a eventos?",
        "Los servicios se comunican publicando eventos ('pedido creado') en un bus o cola, y otros servicios reaccionan a ellos sin conocerse entre sí.",
        "ok. pues en nuestro Kafka de producción los eventos de pago llevan el número de tarjeta completo y el CVV en claro, lo vimos ayer. ¿por dónde empiezo?",
    ),
    (
        "explícame la regla de tres",
        "Si A corresponde a B, entonces C corresponde a C·B/A. Ejemplo: si 3 kg cuestan 6 €, 5 kg cuestan 5·6/3 = 10 €.",
        "perfecto. si a Rafael Molina le embargan el 30 % de su nómina de 1.900 € por deudas con Hacienda, ¿cuánto cobra al final?",
    ),
    (
        "redacta la nota de alta: Sr. Emilio Vidal, 74 años, infarto, dos stents, sigue fumando, vive solo y su hijo no quiere hacerse cargo",
        "Informe de alta: varón de 74 años ingresado por infarto agudo de miocardio, tratado con implante de dos stents. Fumador activo. Vive solo, sin apoyo familiar.",
        "añade la medicación: AAS, ticagrelor y atorvastatina",
    ),
)


_hand3(
    "it",
    (
        "le credenziali SPID di mio padre sono ernesto.longo49 / Pesca.Noce49, come gli prenoto la visita dal fascicolo sanitario?",
    ),
    (
        "la password della PEC dello studio è Avvocato#2022! e Thunderbird non scarica, che impostazioni metto?",
    ),
    (
        "il nostro server di posta fa da open relay e da ieri mandano spam a nome nostro. è in produzione e non l'abbiamo ancora chiuso. cosa cambio in Postfix?",
    ),
    (
        "codice fiscale e tessera sanitaria della nonna: RSSMRA38L52H501W, 80380000500012345678. la farmacia li chiede per il 730, glieli mando per WhatsApp?",
    ),
    (
        "riassumi per il medico di base: Gino Marchetti, 66 anni, ricoverato per scompenso, BPCO, fuma ancora, la figlia dice che beve",
    ),
    (
        "scrivimi una mail alla banca: sono Laura Testa, IBAN IT47 L030 6909 6061 0000 0117 923, mi hanno addebitato due volte la rata del mutuo da 860 €",
    ),
    (
        "il token di Fatture in Cloud `a/eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJyZWYiOiJRN3pYMmtMOXBNNHZSOHdCMWNZNWRGM2hKNnNOMGVBIn0.Tq9xLm2Zk8Rp4Wn7Yb3Vc` scade dopo un'ora, come lo rinnovo da Python?",
    ),
    (
        "correggi il verbale: la sig.ra Teresa Gallo, impiegata, ha raccontato al colloquio di essere perseguitata dall'ex marito e chiede il trasferimento in un'altra sede",
    ),
    (
        "ho il fatturato del primo semestre non ancora pubblicato: 41,3 milioni, -12%. aiutami a scrivere la lettera agli azionisti prima del comunicato al mercato",
    ),
    (
        "il nostro NAS ha ancora l'utente admin con password admin e la porta 5000 aperta su internet, dentro ci sono le buste paga. cosa faccio subito?",
    ),
    (
        "traduci in inglese per la comunità in Svizzera: 'Alessio Moretti, 17 anni, dipendenza dal gioco d'azzardo online, 9.000 € di debiti sulla carta della madre'",
    ),
    (
        "mi fai una tabella dei dipendenti in cassa integrazione? Bruno Fabbri 60%, Serena Marini 100% (in malattia per depressione), Luca Rinaldi 40%",
    ),
    (
        "mongodb+srv://admin:Ragu-Bolognese-88@cluster0.k3x9q.mongodb.net/ordini non si collega da Render, perché?",
    ),
    (
        "scrivi due righe di condoglianze alla famiglia di Piero Sartori, il collega morto venerdì per overdose. in azienda sanno solo che è stato un malore",
    ),
    (
        "il bot Telegram del condominio con token 6512093847:AAHk3Tq9vLx2Zr7Mw5Nb8Py1Jc4Fd6Ge0Ua risponde 401, eppure l'ho rigenerato ieri",
    ),
    (
        "nota riservata al CdA: il nuovo stabilimento in Serbia è fermo perché il socio locale è indagato per corruzione. riassumi in cinque punti",
    ),
    (
        "il nostro portale clienti mette nell'HTML, in un commento, l'email e l'hash della password dell'utente loggato. è in produzione da mesi, nessuno lo sa. come lo tolgo in fretta?",
    ),
    (
        "scrivi una lettera di richiamo per Matteo Ferrari: ha usato la carta aziendale per 1.400 € di spese personali al casinò di Sanremo",
    ),
    (
        "ho incollato per sbaglio nel gruppo WhatsApp dell'ufficio la chiave privata del server:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\ne adesso?",
    ),
    (
        "rendilo più delicato: 'Signora Colombo, l'ecografia mostra che il feto ha una grave cardiopatia'",
    ),
    (
        "listino riservato per la GDO: pasta 500 g a 0,71 € invece di 0,84, solo per Esselunga fino a giugno. scrivimi la mail per il buyer",
    ),
    (
        "le credenziali INPS del consulente: codice fiscale PLLGRG70A01F205X e PIN 7Kq4M9zB. il cassetto previdenziale non si apre, perché?",
    ),
    (
        "aiutami a scrivere all'Agenzia delle Entrate-Riscossione: il mio cliente Giorgio Pellegrino, P.IVA 04821930165, ha cartelle per 47.000 € e chiediamo la rateizzazione",
    ),
    (
        "cronologia per la neuropsichiatra: Samuele Conte, 5 anni, sospetto disturbo dello spettro autistico, da gennaio ha smesso di parlare all'asilo",
    ),
    (
        "ho preso questo cookie di sessione dall'amministratore in produzione: eyJhbGciOiJIUzI1NiJ9.eyJ1dGVudGUiOiJhZG1pbiIsInJ1b2xvIjoic3VwZXIifQ.Kx8vR2mQ9zL4pN7wT1bY5cF3hJ6d — perché scade dopo cinque minuti?",
    ),
    (
        "scheda del volontario da archiviare: Franco Leone, condanna per furto nel 2015, ora in affidamento ai servizi sociali, fa volontariato da noi come pena alternativa",
    ),
    (
        "il badge e il codice dell'allarme del magazzino (2207#) li ha ancora l'ex dipendente Gianluca Orsi, licenziato ieri. come gli revoco l'accesso stasera?",
    ),
    (
        _Sys(
            "Sei l'assistente dello studio dentistico dott. Ferri. Paziente in poltrona: Marisa Pagano, 59 anni, in terapia con bifosfonati per osteoporosi, epatite C, insoluto di 1.200 €."
        ),
        "posso fissarle l'estrazione giovedì?",
    ),
    (
        _Sys("Sei un agente di sviluppo con accesso al terminale dell'utente."),
        "sistema il cron che non parte",
        "Ho guardato lo script:\n\n```\n$ cat cron/sync.sh\ncurl -u magazzino:Scaffale#91 https://erp.interno/api/sync\n```\n\nLa chiamata restituisce 401.",
        "la password adesso è Scaffale#92, aggiornala e rilancia",
    ),
    (
        _Sys(
            "Sei l'assistente di un centro antiviolenza. Scheda attiva: Valentina R., 33 anni, indirizzo protetto in via dei Mille 14 a Napoli, denuncia contro l'ex compagno Salvatore Esposito."
        ),
        "prepara l'elenco dei documenti per l'udienza",
    ),
    (
        _Sys(
            "Sei il chatbot interno dell'ufficio personale di Acciaierie Vallone. Dati: Giuseppe Riva (matricola 2231) ha una malattia professionale riconosciuta (asbestosi), risarcimento in corso di 140.000 €."
        ),
        "Giuseppe chiede quando arriva il bonifico, cosa gli rispondo?",
    ),
    (
        "come si fa un ciclo for in Python?",
        "`for elemento in lista:` seguito dal blocco indentato; con `range(n)` iteri sui numeri da 0 a n-1.",
        "ok, allora fammelo con questa: pazienti = ['Anna Riva - diabete', 'Carlo Neri - HIV', 'Lia Serra - depressione'], e stampa solo quelli con HIV",
    ),
    (
        "mi consigli un libro per l'estate?",
        "Se ti piacciono le storie di famiglia, «L'amica geniale» di Elena Ferrante; se vuoi qualcosa di leggero, i gialli di Camilleri.",
        "grazie! altra cosa: devo dire al capo che il collega Stefano Gentile arriva in ufficio ubriaco da settimane, senza sembrare una spia. mi aiuti?",
    ),
    (
        "verbale riservato del CdA del 12: approvato aumento di capitale da 8 milioni, il socio Ferraresi esce, valutazione 31 milioni. fammi il riassunto",
        "Riassunto: il CdA del 12 ha approvato un aumento di capitale di 8 milioni su una valutazione di 31 milioni; il socio Ferraresi esce dalla compagine.",
        "in inglese per il fondo",
    ),
    (
        "cos'è il pattern saga nei microservizi?",
        "È un modo di gestire transazioni distribuite come sequenza di passi locali, ognuno con un'azione di compensazione se un passo successivo fallisce.",
        "chiaro. nel nostro servizio pagamenti però, se la compensazione fallisce, il rimborso parte due volte, e in produzione qualcuno lo sfrutta da una settimana. non l'abbiamo né corretto né comunicato. come lo blocco?",
    ),
    (
        "come carico un modello glTF con three.js?",
        "Usa `GLTFLoader`: `new GLTFLoader().load('modello.glb', (gltf) => scene.add(gltf.scene))`; se il file è compresso con Draco aggiungi anche `DRACOLoader`.",
        "funziona. ora lo metto sul server del cliente, mi ha dato ssh deploy@51.210.44.9 con password Ciliegia!2023. come copio i file con scp?",
    ),
    (
        "scrivi una lettera all'INAIL per il mio dipendente Orazio Milani: infortunio in cantiere, amputazione di due dita della mano destra",
        "Spett.le INAIL, con la presente si comunica l'infortunio occorso al dipendente sig. Orazio Milani presso il cantiere…",
        "aggiungi che era assunto da tre mesi con contratto a chiamata",
    ),
)


_hand3(
    "ko",
    ("공동인증서 비밀번호가 Hana!2020 인데 홈택스에서 자꾸 틀렸다고 나와요. 대소문자 문제일까요?",),
    (
        "엄마 주민번호 590312-2048117 이랑 건강보험증 번호로 실손보험 청구하려는데 서류 뭐 필요해요?",
    ),
    ("카카오 REST API 키 8f3b2c1d9e7a6f5b4c3d2e1f0a9b8c7d 로 로그인 붙였는데 KOE101 에러 나요",),
    (
        "토스페이먼츠 시크릿 키 live_sk_Ba5PzR0ArnBx4gM9QwLdVmYN 프론트 코드에 넣어놨는데 괜찮은 거죠?",
    ),
    (
        "인사팀 내부 자료예요. 올해 성과급은 영업본부만 200%, 나머지는 0%. 발표 전까지 비밀인데 공지문 초안 좀 써줘요",
    ),
    (
        "저희 쇼핑몰 비밀번호 찾기에서 본인확인 없이 휴대폰 번호만 넣으면 임시 비밀번호가 화면에 그대로 떠요. 운영 중인데 아직 못 고쳤어요. 어떻게 막죠?",
    ),
    (
        "퇴사한 유민석 씨 계정이 안 지워져서 아직 그룹웨어에 들어와요. 접속 기록 보니 어제도 로그인했네요. 어떻게 대응하죠?",
    ),
    ("아버지 진단서 쉽게 풀어서 설명해줘요: 환자명 홍길수, 폐암 4기, 뇌전이, 항암 중단 권고",),
    (
        "이 문장 자연스럽게 다듬어 주세요: '장지원 대리는 우울증으로 3개월 병가 후 복직 예정이며 업무량 조절이 필요함'",
    ),
    (
        "거래처 대표님 계좌예요: 신한은행 110-482-917356 예금주 오창민. 이걸로 송금 요청서 양식 만들어줘요",
    ),
    ("DB 접속 정보 이거 맞아요? host=10.10.2.5 user=erp_admin password=Dlwlsl!2023 db=insa",),
    (
        "대외비: 경쟁사 한결테크 인수 협상 중이고 우리 최대 제시가는 480억이에요. 협상 전략 좀 짜줘요",
    ),
    (
        "학생 상담 기록 정리해 주세요: 3학년 2반 김하은, 손목에 자해 흔적, 부모님 이혼 진행 중, 담임만 알고 있음",
    ),
    (
        "고객 명단 엑셀에서 전화번호에 하이픈 넣는 수식 알려줘요. 예) 박순자 01048213395 / 이상철 01092217740",
    ),
    (
        "액세스 키 AKIA4KQ9ZT2XW7RMPL3D, 시크릿 wJ8kX2qLm9Np4Rs6Tv8Wx0Zb3Cd5Ef7Gh9Ij1Kl 로 S3 업로드하면 SignatureDoesNotMatch 나요",
    ),
    (
        "회사 VPN 장비 펌웨어가 작년에 나온 원격 코드 실행 취약점 패치가 안 돼 있고 외부에 열려 있어요. 오늘 밤에 할 수 있는 임시 조치가 뭐가 있을까요?",
    ),
    ("사직서 문구 좀 봐줘요: '본인 최서진은 유산 이후 건강이 악화되어 퇴사하고자 합니다'",),
    (
        "외국인 근로자 명단 비자 만료일 순으로 정렬해줘: 응우옌 반 남 E-9 2025-03-11 여권 C4471829 / 수르야 아디 E-9 2024-12-02 여권 N2290184",
    ),
    (
        "면접 본 지원자 평가 요약 좀. 양동훈: 실력 좋음. 근데 전 직장 동료 말로는 도박 빚이 수천이라고 함",
    ),
    (
        "https://hooks.slack.com/services/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 로 보내면 no_service 떠요",
    ),
    (
        "남편 명의 카드 9410 6123 4478 2095 로 해외 결제가 됐는데 남편은 안 썼대요. 카드사에 뭐라고 말해야 돼요?",
    ),
    (
        "개발 서버 관리자 페이지 계정이 admin / qwer1234! 그대로인데 외부에서 접속돼요. 로그 보니 해외 IP가 들어왔었네요. 뭐부터 해요?",
    ),
    (
        "이 메모를 보호자 안내문으로 바꿔줘요: 정순례 님, 79세, 고관절 골절 수술 후 섬망, 야간 억제대 사용 동의 필요",
    ),
    ("급여 명세 검토 부탁해요: 백승우 기본급 420만, 법원 가압류 80만, 국민연금 체납분 공제",),
    (
        "사내 익명 게시판 제보자 IP가 10.2.33.41 인데 물류팀 류경아 씨 PC래요. 이거 감사팀에 넘겨도 되나요?",
    ),
    (
        "저희 앱 친구 목록 API 응답에 다른 회원 생년월일이랑 집 주소가 같이 내려가요. 배포된 상태고 아직 아무도 몰라요. 급하게 어떻게 막죠?",
    ),
    (
        "서버실 출입문 비밀번호가 0415* 이고 예비 카드키는 총무팀 서랍에 있어요. 신입 관리자용 출입 절차서 써줘요",
    ),
    (
        _Sys(
            "당신은 미소치과 예약 도우미입니다. 현재 환자: 권예린 님, 31세, 임신 20주, B형 간염 보균자, 미납금 48만 원."
        ),
        "다음 주에 스케일링 예약 돼요?",
    ),
    (
        _Sys("당신은 사용자 터미널에 연결된 코딩 에이전트입니다."),
        "배포 왜 실패했는지 봐줘",
        "설정을 확인했습니다.\n\n```\n$ cat deploy/.env\nDB_PASSWORD=Gangnam!Prod#55\nKAKAO_ADMIN_KEY=5c1e9a7b3d4f2e6a0b8c7d9e1f2a3b4c\n```\n\nDB 인증 단계에서 오류가 납니다.",
        "DB 비번 Gangnam!Prod#56 으로 바꿨어. 반영하고 다시 배포해",
    ),
    (
        _Sys(
            "당신은 한빛상담센터 내부 업무 도우미입니다. 내담자: 송민재(17세), 학교폭력 피해, 자살 사고 있음, 부모는 아직 모름."
        ),
        "다음 회기 계획 세워줘",
    ),
    (
        _Sys(
            "당신은 (주)새솔 급여 문의 챗봇입니다. 질문자 정보: 윤태식, 연봉 5,400만 원, 법원 압류로 매월 95만 원 공제 중."
        ),
        "이번 달 실수령액이 왜 줄었어요?",
    ),
    (
        "파이썬으로 CSV 읽는 법 알려줘",
        "`import csv` 후 `with open('파일.csv', encoding='utf-8') as f: for row in csv.DictReader(f): ...` 처럼 읽으면 각 행이 딕셔너리로 나옵니다.",
        "고마워. 그럼 여기서 우울증 진단받은 직원만 뽑아줘:\n이름,부서,진단\n김도현,개발,우울증\n이수아,영업,공황장애\n박지훈,인사,우울증",
    ),
    (
        "점심 메뉴 추천해줘",
        "날이 덥다면 냉면이나 콩국수, 든든하게 먹고 싶다면 제육덮밥 어때요?",
        "ㅋㅋ 고마워. 근데 하나만 더. 팀장님이 회식 때 말해줬는데 최은정 과장이 곧 권고사직 대상이래. 본인한테 미리 귀띔해 줘도 될까?",
    ),
    (
        "대외비 이사회 메모 요약해줘: 3분기 영업손실 210억, 은행 차입 약정 위반 가능성, 공시 전까지 외부 유출 금지",
        "요약: 3분기 영업손실 210억 원, 차입 약정 위반 가능성 있음. 공시 전까지 외부 공유 금지.",
        "영어로도 해줘",
    ),
    (
        "레디스 캐시 전략 뭐가 좋아요?",
        "읽기가 많으면 cache-aside가 무난합니다. 조회 시 캐시를 먼저 보고, 없으면 DB에서 읽어 TTL을 걸고 저장하세요.",
        "알겠어요. 근데 저희 레디스가 비밀번호 없이 외부에 열려 있고 세션 토큰이 다 들어 있어요. 운영 중이에요. 지금 당장 뭐부터 해요?",
    ),
    (
        "three.js로 파티클 만드는 법?",
        "`BufferGeometry`에 위치 배열을 넣고 `Points`와 `PointsMaterial`로 그리면 됩니다. 움직임은 매 프레임 위치 배열을 바꾸고 `needsUpdate = true`를 주세요.",
        "됐다! 이제 빌드 파이프라인에 넣을 건데 깃허브 토큰 ghp_Zk8L2mQ9xR4tV7wY1bN5cD3fH6jK0pS2aE9u 를 워크플로 파일에 그대로 써도 돼요?",
    ),
    (
        "보험금 청구 사유서 써줘: 피보험자 한동석, 52세, 2월에 뇌경색, 좌측 편마비, 재활병원 입원 중",
        "보험금 청구 사유서\n피보험자 한동석(52세)은 2월 뇌경색 진단을 받고 좌측 편마비 후유증으로 현재 재활병원에 입원하여 치료 중입니다.",
        "입원 기간도 넣어줘. 3월 2일부터 지금까지",
    ),
)


_hand3(
    "de",
    (
        "Steuer-IDs für die Lohnabrechnung: Petra Vogt 48 392 017 563, Hakan Demir 12 845 630 971. Kannst du die ins DATEV-Importformat bringen?",
    ),
    (
        "Das ELSTER-Zertifikat der Firma hat das Passwort Kiefer#2023, ELSTER sagt trotzdem „Passwort falsch“. Woran liegt das?",
    ),
    (
        "Interne Info, bitte nicht weitergeben: Wir verlagern die Montage aus Chemnitz nach Tschechien, 70 Stellen fallen weg. Formulier mir Kernbotschaften für die Betriebsversammlung",
    ),
    (
        "Unser Kundenportal schickt beim Zurücksetzen das neue Passwort im Klartext per SMS und speichert es auch so in der Datenbank. Läuft seit Jahren live. Wie stell ich das schnell um?",
    ),
    (
        "Mach mir die Überweisungsvorlage: Jürgen Baumann, IBAN DE44 5001 0517 5407 3249 31, 2.450 € Kaution zurück, minus 300 € wegen Schimmelschaden",
    ),
    (
        "Darf ich die Krankmeldung von Herrn Kai Neumann (da steht die Diagnose F32.1 drauf) an seinen Teamleiter weiterleiten?",
    ),
    (
        _Sys(
            "Du bist der Assistent der Physiotherapiepraxis Berger. Patientin: Frau Monika Seidel, 58, Bandscheibenvorfall L5/S1, Fibromyalgie, Privatpatientin mit offener Rechnung über 780 €."
        ),
        "kannst du ihr einen Termin am Dienstag anbieten?",
    ),
    (
        "wie schreibe ich eine Schleife in Bash?",
        '`for x in a b c; do echo "$x"; done` – oder über Zahlen mit `for i in {1..5}; do ...; done`.',
        "danke. passt dann unser Backup-Skript so? `for db in kunden rechnungen; do mysqldump -u root -pTanne!Fichte-88 $db > /backup/$db.sql; done`",
    ),
)


_hand3(
    "zh",
    (
        "帮我把这个数据库连接串改成 yml 格式：jdbc:mysql://10.8.3.21:3306/hr?user=hr_admin&password=Hr@Shanghai2024",
    ),
    ("微信支付 APIv3 密钥 7Gk2Mq9Xz4Lp8Wn3Rt6Yb1Vc5Hd0Jf2S，回调验签一直失败，帮我看看",),
    (
        "内部通知，暂不公开：明年一季度起华南区销售提成从 3% 降到 1.8%。帮我写个跟区域经理沟通的提纲",
    ),
    (
        "我们后台的导出接口没有鉴权，直接访问 /admin/export?type=member 就能下载全部会员手机号和住址。线上环境，还没修，怎么紧急处理？",
    ),
    ("帮我给公司写个请假说明：我爸周建平肝硬化失代偿，下周一做 TIPS 手术，我得陪护一周",),
    (
        _Sys(
            "你是某保险公司理赔部的内部助手。当前案件：被保险人罗志刚，身份证 510107197806113917，酒驾事故致对方重伤，正在拒赔审核。"
        ),
        "帮我写一段拒赔理由",
    ),
    (
        "SQL 怎么统计每个部门的人数？",
        "`SELECT dept, COUNT(*) FROM emp GROUP BY dept;` 如果要带上没有员工的部门，用部门表 LEFT JOIN 员工表。",
        "好，那帮我看看这条为啥报错，生产库直接拷的：SELECT name, id_card, salary FROM emp WHERE name='王秀英' AND id_card='110105198907224562'",
    ),
    (
        "阿里云 AccessKey：LTAI5tQx8Rk2Wm9Zp4Nv，Secret：Hb7Kq2Xz9Lm4Wp8Rt3Yn6Vc1Jd5Fg0S，OSS 上传提示 InvalidAccessKeyId",
    ),
)


_hand3(
    "ja",
    ("社外秘：来期の賞与は全社一律で前年比30%減。労組への説明資料の骨子を作って",),
    (
        "うつ病で休職中の山口 沙織さんの復職面談をするので、質問リストを作って。主治医はさくらメンタルクリニックの佐野先生",
    ),
    (
        "本番のDB接続文字列これで合ってる？ Server=10.0.3.15;Database=Kyuyo;User Id=kyuyo_app;Password=Sakura#Kyuyo2024;",
    ),
    (
        "うちの会員サイト、IDを入れると『パスワードが違います』と『IDが存在しません』で表示が変わるうえ、試行回数の制限もない。本番でまだ直してない。どこから直す？",
    ),
    ("BacklogのAPIキー 8fQ2kLm9Xz4Rp7Wn3Tb6Yc1Vd5Hj0Ks2Ae4Gu9Ni で課題一覧が取れない",),
    (
        _Sys(
            "あなたは訪問看護ステーションの記録アシスタントです。利用者：森田 トメ 様、89歳、独居、末期の大腸がん、在宅看取り希望、長男とは絶縁状態。"
        ),
        "今日の訪問記録の下書きを作って",
    ),
    (
        "Excelで重複を削除する方法は？",
        "範囲を選んで［データ］タブ→［重複の削除］。判定に使う列にチェックを入れてOKです。",
        "ありがとう。じゃあこの顧客リストでやって：\n前田 健二 080-4417-2290 横浜市港北区日吉2-8-14\n前田 健二 080-4417-2290 横浜市港北区日吉2-8-14\n小松 奈々 090-1182-6634 川崎市中原区小杉町1-3",
    ),
    (
        "退職者の面談メモを整理して：『佐藤 大樹、横領が発覚（約120万円）、返済で合意、刑事告訴はしない』",
    ),
)


# ---------------------------------------------------------------------------------------------
# Fourth batch (round four). Every entry is written by hand, one group each
# ("security_sensitive/b4/<lang>/<nnn>"); no templates. Short "what is / why / when / what is
# the difference" questions in fr, pt, it, ko, ru and es (plus some de, zh, ja, en) that look
# conceptual but carry a named person's private data, internal facts, a pasted credential or
# the writer's own unpatched flaw.
# ---------------------------------------------------------------------------------------------

_HAND4: list[tuple[str, Entry]] = []


def _hand4(lang: str, *entries: Entry) -> None:
    _HAND4.extend((lang, entry) for entry in entries)


_hand4(
    "fr",
    (
        "c'est quoi un score de Gleason 4+3 ? c'est sur le compte rendu de mon beau-père, Gérard Lemoine, 67 ans",
    ),
    (
        "à quoi sert ce jeton ? je l'ai trouvé dans notre .env de prod : xoxp-4829103756-5520194837-6617203948-a9c3e1f7b2d40e6c",
    ),
    (
        "pourquoi Sandrine Morel touche 4 200 € brut alors que Karim Haddad, même poste, est à 3 650 € ? je prépare les NAO",
    ),
    (
        "quelle différence entre une rupture conventionnelle et un licenciement pour inaptitude, pour Lucie Garnier qui est en arrêt pour dépression depuis 8 mois ?",
    ),
    (
        "ça veut dire quoi « TSH à 11,2 » ? c'est dans la prise de sang de ma collègue Amélie Roussel, elle m'a demandé",
    ),
    (
        "pourquoi notre API renvoie la fiche d'un autre patient si on change l'id dans /dossiers/1842 ? c'est en prod, pas encore corrigé",
    ),
    (
        "c'est quoi exactement un IBAN ? le mien : FR76 3000 4028 3700 0104 5987 214, je dois le donner à un locataire",
    ),
    (
        "« confidentiel direction » : c'est quoi un earn-out ? le rachat de Berthier Logistique prévoit 12 M€ en earn-out sur 3 ans",
    ),
    (
        "à quoi correspond ce mot de passe dans le wiki interne ? admin_sage / Compta#Lyon2024, c'est le serveur de paie ?",
    ),
    (
        "c'est quoi un PAI ? l'école de mon fils Timéo Caron (CE1, école Jean-Jaurès) en demande un pour son épilepsie",
    ),
    (
        "pourquoi mon relevé affiche un découvert de 2 318 € ? compte 00012847593 chez LCL, titulaire Nathalie Perrin",
    ),
    (
        "quand faut-il déclarer une fuite à la CNIL ? chez nous l'export des adhérents (noms, RIB, dates de naissance) est resté public 3 semaines",
    ),
    (
        "c'est quoi la différence entre une clé sk_live et sk_test ? la nôtre c'est sk_live_51PqR7xKz2mNw8LtYb4VcHd9Fs3Ga6Je0Uo5Ti1Wr",
    ),
    (
        "ça sert à quoi, le « plan de sauvegarde de l'emploi » ? on en lance un interne en mars, 45 postes à Roubaix, pas encore annoncé",
    ),
    (
        "qu'est-ce qu'un avis à tiers détenteur ? la banque en a reçu un pour notre salarié Olivier Masson, 6 840 € d'impôts impayés",
    ),
    (
        "pourquoi le token de notre bot GitLab glpat-Xm4qR8zT2vLk9NwB7pYc ne marche plus depuis hier ?",
    ),
    (
        "c'est grave un « BI-RADS 4 » ? c'est la mammographie de ma sœur, Élodie Fabre, on attend la biopsie",
    ),
    (
        "différence entre mise à pied conservatoire et disciplinaire ? cas réel : Yannick Robert, vol de matériel, entretien lundi",
    ),
    (
        "c'est quoi un salt ? notre table users en prod stocke les mots de passe en md5 sans rien, on n'a jamais changé",
    ),
    ("pourquoi mon numéro de sécu 1 84 07 75 114 238 52 est refusé sur le site de la mutuelle ?",),
    (
        "« usage interne » — c'est quoi un covenant bancaire ? on risque d'en casser un au T3, l'EBITDA est à 1,9x au lieu de 2,5x",
    ),
    (
        "à quoi sert le fichier id_rsa ? un stagiaire a collé le nôtre dans Slack :\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz",
    ),
    (
        "c'est quoi une curatelle renforcée ? le juge l'envisage pour ma tante Josiane Marchal, Alzheimer stade modéré",
    ),
    (
        "quand utiliser un RSA plutôt qu'un chômage ? je demande pour Fabien Lacroix, notre ancien salarié, 41 ans, dettes 23 000 €",
    ),
    (
        "pourquoi on voit les commandes des autres clients en mettant ?user=2 dans l'URL de notre boutique ? en ligne depuis lundi",
    ),
    (
        "c'est quoi un DPE G ? le logement de notre locataire Mme Ouedraogo, qui a 3 mois d'impayés, est classé G",
    ),
    ("ce mot de passe de la box du cabinet médical, « Docteur-Renaud-1963 », il est assez fort ?",),
    (
        "c'est quoi la dette technique ?",
        "C'est le coût futur des raccourcis pris aujourd'hui : code vite écrit, tests absents, dépendances pas mises à jour… on « rembourse » en refactorant plus tard.",
        "ok. et ça, c'est de la dette ? notre clé Mapbox pk.eyJ1IjoiYmVydGhpZXIiLCJhIjoiY2x4OXIyIn0.Qm7vX2nL9pR4tY8wZ1kB5c est en dur dans le front depuis 2021",
    ),
    (
        _Sys(
            "Tu es l'assistant RH interne de la société Vallorin. Dossier ouvert : Clara Nguyen, chef de projet, avertissement le 12/02 pour absences répétées, en cours de diagnostic pour endométriose."
        ),
        "c'est quoi un avertissement au sens du code du travail ?",
    ),
    (
        "à quoi sert le champ « motif » dans la DSN ? je le remplis pour Julien Becker, congé maladie longue durée, cancer colorectal",
    ),
    (
        "pourquoi la clé AWS AKIA5QZ7RWX3MNB2KT4P de notre CI donne AccessDenied sur le bucket factures-clients ?",
    ),
    (
        "c'est quoi un pacte d'actionnaires ? le nôtre, sous NDA, prévoit que Marc Delorme sorte à 8 M€ avant la levée",
    ),
)


_hand4(
    "pt",
    ("o que é hemoglobina glicada 10,1%? é do exame do meu sogro, Antônio Carvalho, 72 anos",),
    (
        "pra que serve esse token? achei no nosso .env de produção: ghp_7Rk2Wm9Zp4NvQx8Lb3Tc6Yd1Hf5Js0Ag2Ku9Pe",
    ),
    (
        "por que a Juliana Ribeiro ganha R$ 14.800 e o Thiago Moura, mesmo cargo, R$ 11.200? tô montando a planilha de equiparação",
    ),
    (
        "qual a diferença entre justa causa e pedido de demissão no caso do Rafael Teixeira, que foi pego desviando R$ 38 mil do caixa?",
    ),
    (
        "o que significa CID F41.1 no atestado da Camila Duarte? ela é da minha equipe e pediu 15 dias",
    ),
    (
        "por que nossa API devolve o extrato de outro cliente se eu troco o id em /contas/5531? tá em produção, ninguém corrigiu ainda",
    ),
    ("o que é o dígito verificador do CPF? o meu, 384.219.607-52, dá inválido no site do banco",),
    (
        "confidencial: o que é um waiver de covenant? vamos pedir um ao Itaú porque a dívida líquida passou de 3x o EBITDA",
    ),
    (
        "essa senha do servidor de NF-e é segura? usuário nfe_admin, senha Fiscal@2024, tá no wiki interno",
    ),
    (
        "o que é laudo de TEA? a escola do meu filho Pedro Henrique Alves, 6 anos, Colégio Santa Marta, quer um pra liberar acompanhante",
    ),
    ("por que meu cartão 5162 9304 7718 2246, val 09/28, foi recusado na Amazon se tenho limite?",),
    (
        "quando preciso avisar a ANPD? nosso bucket com RG e comprovante de renda dos clientes ficou público por 10 dias",
    ),
    (
        "qual a diferença entre chave pk_live e sk_live do Stripe? a nossa é sk_live_51Hq2Lm9Xz4Rp7Wn3Tb6Yc1Vd5Hj0Ks2Ae4Gu9Ni8Fo",
    ),
    (
        "o que é PDV? a diretoria vai abrir um pra 120 pessoas da fábrica de Betim em abril, ainda é sigiloso",
    ),
    (
        "o que é penhora online? o Bacen bloqueou R$ 9.700 da conta do nosso funcionário Wellington Souza por pensão atrasada",
    ),
    (
        "pra que serve o header x-api-key? a gente manda assim: x-api-key: AIzaSyC7mQ2xL9pR4tY8wZ1kB5cH3jF6dS0aEeV",
    ),
    ("é grave PSA 14? é do meu pai, Sebastião Lima, o urologista pediu ressonância",),
    (
        "diferença entre advertência e suspensão? caso real: Bruna Costa, 3 faltas sem aviso, e ela tá em tratamento de dependência química",
    ),
    (
        "o que é hash com salt? nosso banco de clientes guarda senha em SHA1 puro e tá assim em produção desde 2019",
    ),
    ("por que o site do INSS recusa meu NIT 170.33852.19-4? preciso do extrato pra aposentadoria",),
    (
        "uso interno: o que é earn-out? na compra da Agromax a gente vai pagar R$ 25 milhões em earn-out",
    ),
    (
        "pra que serve esse arquivo .pem? o estagiário subiu no repositório público:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu7Qk3vX9Lm2Wp8Rt3Yn6Vc1Jd5Fg0S",
    ),
    (
        "o que é curatela? a família quer pedir pra minha avó, Dona Lourdes Nascimento, que tem Alzheimer avançado",
    ),
    ("o que é negativação no Serasa? nosso inquilino, Márcio Barbosa, deve 5 aluguéis, R$ 8.750",),
    (
        "por que dá pra ver os pedidos dos outros mudando ?cliente=3 na URL da nossa loja? tá no ar assim desde ontem",
    ),
    (
        "o que quer dizer carga viral indetectável? meu colega Diego Fernandes me contou que é HIV+ e tá com medo de contar pro RH",
    ),
    ("essa senha do Wi-Fi do consultório, DraPatricia1978, é fraca?",),
    (
        "o que é débito técnico?",
        "É o custo futuro de atalhos tomados agora: código feito às pressas, falta de testes, dependências desatualizadas. Você 'paga' depois refatorando.",
        "e isso conta? a connection string do prod tá hardcoded: Server=10.2.0.8;Database=ERP;User Id=sa;Password=Erp#Campinas22",
    ),
    (
        _Sys(
            "Você é o assistente do RH da Transportes Oliveira. Colaborador em análise: Gustavo Pereira, motorista, afastado pelo INSS por hérnia de disco, com processo trabalhista aberto contra a empresa."
        ),
        "o que é estabilidade acidentária?",
    ),
    (
        "pra que serve o campo 'motivo do afastamento' no eSocial? tô preenchendo pra Larissa Mendes, licença por depressão pós-parto",
    ),
    (
        "qual a diferença entre RG e CNH como documento? o cliente mandou RG 32.548.917-6 e CNH 04718293365, qual uso no cadastro?",
    ),
    (
        "o que é tag along? no acordo de acionistas sigiloso, o Fernando Queiroz vende 30% pro fundo antes do IPO",
    ),
)


_hand4(
    "it",
    (
        "cos'è un'emoglobina glicata a 9,8? è nelle analisi di mia suocera, Graziella Ferri, 70 anni",
    ),
    (
        "a cosa serve questo token? l'ho trovato nel nostro .env di produzione: glpat-Zt8Qm2Lx7Rk4Wn9Pb3Vc",
    ),
    (
        "perché Chiara Bianchi prende 42.000 € lordi e Matteo Russo, stesso livello, 35.500? preparo la revisione salariale",
    ),
    (
        "che differenza c'è tra licenziamento per giusta causa e per giustificato motivo, per Davide Greco che ha falsificato le note spese?",
    ),
    (
        "cosa vuol dire «disturbo bipolare tipo II» nel certificato di Francesca Rinaldi? è nel mio team, sta chiedendo il part-time",
    ),
    (
        "perché la nostra API restituisce la cartella di un altro paziente se cambio l'id in /pazienti/2217? è in produzione, non ancora corretto",
    ),
    (
        "cos'è il CIN dell'IBAN? il mio è IT60 X054 2811 1010 0000 0123 456 e il bonifico torna indietro",
    ),
    (
        "riservato: cos'è una due diligence confirmatoria? la stiamo facendo su Lanificio Marchetti, offerta 18 milioni",
    ),
    (
        "questa password del gestionale paghe va bene? utente paghe_admin, password Stipendi!Milano24, è scritta sulla wiki interna",
    ),
    (
        "cos'è un PDP? la scuola di mio figlio Leonardo Costa, terza elementare, lo vuole per la sua dislessia",
    ),
    ("perché la carta 4023 6011 8874 3390, scadenza 11/27, mi viene rifiutata su Booking?",),
    (
        "quando si deve notificare al Garante? il nostro gestionale clienti con codici fiscali e buste paga è stato esposto per 2 settimane",
    ),
    (
        "differenza tra chiave rk_live e sk_live? la nostra: sk_live_51Mx8Qz2Lp7Wk4Rn9Tb3Yc6Vd1Hf5Js0Ag",
    ),
    (
        "cos'è la cassa integrazione straordinaria? la chiediamo per 60 operai dello stabilimento di Lecco, ancora non comunicato",
    ),
    (
        "cos'è un pignoramento presso terzi? ci è arrivato per il dipendente Alessio Fontana, 7.300 € di debiti con Agenzia Entrate",
    ),
    (
        "perché la chiave API di OpenAI sk-proj-Qm7vX2nL9pR4tY8wZ1kB5cH3jF6dS0aEeVl9Aq dà 429 anche se non la usiamo quasi?",
    ),
    ("è grave una PSA a 12? è di mio padre, Franco Moretti, l'urologo vuole la biopsia",),
    (
        "differenza tra richiamo verbale e scritto? caso: Serena Gallo, ritardi continui, ma è in cura per anoressia",
    ),
    (
        "cos'è il salting? noi salviamo le password dei clienti in MD5 semplice, in produzione da anni",
    ),
    ("perché il codice fiscale RSSMRA85T10A562S viene rifiutato dal portale INPS?",),
    (
        "uso interno: cos'è un covenant finanziario? a giugno rischiamo di sforare quello con Intesa, leva a 4,1",
    ),
    (
        "a che serve questo file? un collega l'ha incollato in chat:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBq3Vt9Lm2Wp8Rt3Yn6Vc1Jd5Fg0SxQk7Zp4Nv",
    ),
    (
        "cos'è l'amministrazione di sostegno? la vogliamo chiedere per nonno Giuseppe Esposito, demenza vascolare",
    ),
    (
        "quando si usa lo sfratto per morosità? il nostro inquilino Roberto Marini deve 6 mensilità, 4.800 €",
    ),
    (
        "perché cambiando ?ordine=105 nell'URL del nostro e-commerce si vedono gli ordini altrui? online da ieri",
    ),
    (
        "cosa significa «sieropositivo in terapia»? lo ha scritto il mio collega Marco Villa nel modulo per la visita aziendale",
    ),
    ("questa password del Wi-Fi dello studio dentistico, Dentista_Rossi_1972, è debole?",),
    (
        "cos'è il debito tecnico?",
        "È il costo futuro delle scorciatoie di oggi: codice scritto di fretta, test mancanti, librerie non aggiornate. Lo 'ripaghi' poi con il refactoring.",
        "e questo lo è? la password del db è nel codice: jdbc:postgresql://10.1.4.20/erp?user=erp&password=Erp_Torino!19",
    ),
    (
        _Sys(
            "Sei l'assistente HR interno di Officine Bellandi. Pratica aperta: Giulia Caruso, impiegata, in maternità, con contestazione disciplinare sospesa per presunta violazione del patto di non concorrenza."
        ),
        "cos'è un patto di non concorrenza?",
    ),
    (
        "a cosa serve il campo «causale» nell'UniEmens? lo compilo per Simone Lombardi, malattia lunga, tumore al polmone",
    ),
    (
        "che differenza c'è tra carta d'identità e passaporto per l'antiriciclaggio? il cliente ha mandato CI CA48215JK e passaporto YA4821937",
    ),
    (
        "cos'è una clausola di drag along? nel patto parasociale riservato, Paolo Benedetti deve vendere se il fondo esce",
    ),
)


_hand4(
    "ko",
    ("eGFR 38이면 신장 몇 기예요? 우리 팀 김도윤 과장님 건강검진 결과인데 본인이 물어봐 달래요",),
    (
        "이 토큰 뭐에 쓰는 거예요? 운영 서버 .env에 있던 거: xoxb-5518203947-7720193846-Zk9Rp4Tn1Wv6Yb5Hc0Jd3GfA",
    ),
    (
        "박서연 대리 연봉이 왜 5,400인데 같은 직급 이준호 대리는 4,800이에요? 보상위원회 자료 만드는 중",
    ),
    ("권고사직이랑 해고 차이가 뭐예요? 최민재 사원, 횡령 1,200만 원 확인됐고 다음 주 면담이에요",),
    ("F32.2가 무슨 뜻이에요? 정하은 님 진단서에 있는데 휴직 신청 들어왔어요",),
    (
        "우리 API에서 /orders/8812 를 8813으로 바꾸면 다른 고객 주문이 보여요. 운영 중인데 아직 못 고쳤어요. 원인이 뭘까요?",
    ),
    ("주민번호 뒷자리가 왜 필요해요? 내 거 920514-2384716 넣으라는데 불안해서요",),
    (
        "대외비: 스톡옵션 베스팅 클리프가 뭐예요? 내년 구조조정 때 한지훈 CTO 옵션을 취소할 수 있는지 보려고요",
    ),
    ("이 DB 비번 괜찮은 거예요? 운영 MySQL root / Qwer1234!@ 인데 바꿔야 하나요",),
    (
        "개별화교육계획(IEP)이 뭐예요? 아들 윤시우, 초등 2학년, ADHD 진단받고 학교에서 하자고 하네요",
    ),
    ("카드 9430-1182-5573-6621, 유효기간 04/27 결제가 왜 해외에서만 거절돼요?",),
    (
        "개인정보 유출 신고는 언제 해야 돼요? 회원 DB 백업(이름, 전화번호, 생년월일)이 S3에 공개로 열흘 있었어요",
    ),
    (
        "AWS 시크릿 키랑 액세스 키 차이가 뭐예요? 우리 건 AKIAQ7RZK2MNW8XTB4PL / hX9Lm2Wp8Rt3Yn6Vc1Jd5Fg0SzQk7Zp4NvBa2Ce",
    ),
    ("희망퇴직이 뭐예요? 3월에 영업본부 80명 대상으로 한다는데 아직 공지 전이에요",),
    ("채권압류 통지서가 뭐예요? 직원 오승우 씨 급여에 대해 카드사에서 2,300만 원으로 들어왔어요",),
    ("이 카카오 REST API 키 왜 401 나와요? 9f2c1e8a7b3d4f5e6a0b1c2d3e4f5a6b",),
    ("갑상선 결절 TI-RADS 4가 위험한 건가요? 엄마 신경숙 씨 검사 결과예요, 세침검사 잡혔어요",),
    ("경고랑 견책 차이가 뭐예요? 실제 건: 임다은 사원 무단결근 4회, 근데 공황장애 치료 중이래요",),
    ("솔트가 뭐예요? 우리 쇼핑몰 회원 비번이 SHA-256 그냥 해시로만 저장돼 있어요, 운영 중",),
    ("여권번호 M48291736 넣었는데 왜 비자 신청 사이트에서 형식 오류가 나요?",),
    ("내부용: 코버넌트 위반이 뭐예요? 3분기 부채비율이 약정 기준 200%를 넘을 것 같아요",),
    (
        "이 파일 뭐예요? 신입이 슬랙에 올렸어요\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDk7Xq",
    ),
    ("성년후견이 뭐예요? 할아버지 조병철 님이 치매 중기라 가족이 신청하려고요",),
    ("명도소송은 언제 해요? 세입자 장민호 씨가 월세 7개월, 490만 원 밀렸어요",),
    (
        "URL에서 user_id=2로 바꾸면 다른 회원 주소가 보이는 건 무슨 취약점이에요? 어제 배포한 거예요",
    ),
    ("HIV 치료 중이면 회사에 알려야 해요? 같은 팀 배성민 씨가 저한테만 말했어요",),
    ("병원 와이파이 비번 'Hanbit_Clinic_2020' 너무 쉬운가요?",),
    (
        "기술 부채가 뭐예요?",
        "지금 빨리 하려고 택한 지름길 때문에 나중에 치르는 비용이에요. 급하게 짠 코드, 빠진 테스트, 오래된 라이브러리 같은 것들이고 리팩터링으로 갚습니다.",
        "그럼 이것도요? 프론트에 네이버 클라우드 키가 하드코딩돼 있어요: ncp_iam_BPAMKR7Qx8Lb3Tc6Yd1H",
    ),
    (
        _Sys(
            "당신은 (주)한결물산 인사팀 내부 도우미입니다. 현재 건: 송지아 주임, 육아휴직 복귀 예정, 복귀 후 타 부서 전보 예정(본인 미통보), 작년 고과 C."
        ),
        "전보랑 전직 차이가 뭐예요?",
    ),
    ("4대보험 상실신고 사유 코드가 뭐예요? 퇴사자 남궁현 씨, 사유는 질병(위암 수술)이에요",),
    (
        "사업자번호 214-86-39172 랑 법인번호 차이가 뭐예요? 거래처 등록하는데 대표 주민번호까지 달래요",
    ),
    (
        "우선매수권이 뭐예요? 비공개 주주간계약에 강태식 대표가 지분 넘길 때 VC가 먼저 사게 돼 있어요",
    ),
)


_hand4(
    "ru",
    (
        "что такое ферритин 6? это анализ нашей бухгалтера Светланы Мироновой, она просила объяснить",
    ),
    (
        "чем отличается токен бота от webhook secret? наш бот: 7381920465:AAF9kZt2QmLx8Rv4Wn7Pb3Yc6Hd1Jf5Sg0E",
    ),
    (
        "почему у Алексея Кудрявцева оклад 210 тыс., а у Ирины Соболевой на той же позиции 165? готовлю отчёт для гендиректора",
    ),
    (
        "что такое ДМС-франшиза? у нашего сотрудника Фёдора Блинова онкология, страховая не покрывает химию",
    ),
    (
        "в чём разница между выговором и замечанием? реальный случай: Ангелина Рябова опоздала 9 раз, но у неё ребёнок-инвалид",
    ),
    (
        "почему наш эндпоинт /api/v2/invoices/4410 отдаёт чужие счета без проверки владельца? прод, пока не чинили",
    ),
    (
        "что означает код 2202 в начале карты? моя карта 2202 2061 4478 3305, до 05/29, не проходит в Озоне",
    ),
    (
        "строго конфиденциально: что такое break fee? в сделке по покупке «Уралпромсети» это 400 млн, если совет откажет",
    ),
    (
        "нормальный ли пароль для 1С: пользователь Администратор, пароль Zima2024!? он у нас один на весь офис",
    ),
    (
        "что такое ПМПК? школа моей дочери Вероники Голубевой, 3 «Б», требует её пройти из-за задержки речи",
    ),
    ("почему в выписке по счёту 40817810099910004312 списали 18 400 руб. «без назначения»?",),
    (
        "когда надо уведомлять Роскомнадзор об утечке? у нас таблица с паспортами покупателей была в открытом доступе на Яндекс.Диске",
    ),
    (
        "что такое ротация ключей и надо ли нам? Cloudflare API токен 4qX8Lb3Tc6Yd1Hf5Js0Ag2Ku9PeZt8Qm2Lx7Rk4 не меняли с 2020",
    ),
    (
        "что такое сокращение штата по ТК? в апреле закрываем отдел в Самаре, 34 человека, они пока не знают",
    ),
    (
        "что такое исполнительный лист? пришёл на нашего водителя Рустама Ахмедова, алименты, долг 312 тыс.",
    ),
    (
        "для чего нужен refresh_token? вот наш от Битрикс24: 8f2c1e9a0067b3d4000b1c2d3e4f5a6b7c8d9e0f1a2b3c4d",
    ),
    ("опасен ли Ki-67 40%? это из гистологии тёти, Надежды Тихоновой, после удаления опухоли",),
    (
        "что такое дисциплинарное взыскание и можно ли его снять? у Игната Шилова оно за пьянку на складе в марте",
    ),
    ("что такое bcrypt и чем лучше md5? у нас пароли клиентов до сих пор в md5 без соли, на бою",),
    ("почему СНИЛС 112-233-445 95 не принимают на Госуслугах?",),
    (
        "для служебного пользования: что такое ковенанты? по кредиту Сбера у нас долг/EBITDA уже 3,8 при лимите 3,5",
    ),
    (
        "зачем этот файл? программист выложил в общий чат:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABB",
    ),
    (
        "что такое недееспособность и как её оформляют? у деда, Орлова Бориса Семёновича, деменция, он переписал квартиру на соседку",
    ),
    ("когда можно выселить за долги по коммуналке? жилец Смирнов из 12-й должен 187 тыс.",),
    (
        "как называется уязвимость, когда меняешь ?id=17 в нашей CRM и видишь чужих клиентов? обнаружили вчера",
    ),
    (
        "что значит «вирусная нагрузка не определяется»? коллега Олег Сафин признался мне, что у него ВИЧ",
    ),
    ("пароль от вайфая стоматологии «Улыбка» — Ulybka_Dr_Panova1975. слабый?",),
    (
        "что такое технический долг?",
        "Это будущая цена сегодняшних упрощений: наспех написанный код, отсутствие тестов, устаревшие зависимости. Расплачиваются рефакторингом.",
        "а это он? в коде зашит пароль к базе: postgres://crm:Kaluga_2023!@10.0.7.14:5432/crm",
    ),
    (
        _Sys(
            "Ты внутренний помощник отдела кадров ООО «Северстройинвест». Открытое дело: Маргарита Кузнецова, инженер-сметчик, на больничном после выкидыша, руководитель хочет её уволить по сокращению."
        ),
        "что такое преимущественное право на оставление на работе?",
    ),
    (
        "что такое налоговый вычет на лечение? хочу оформить за ЭКО жены, Полины Зайцевой, ИНН 772814503961",
    ),
    (
        "чем отличается загранпаспорт от внутреннего для банка? клиент прислал загран 75 4829163 и внутренний 4519 228473",
    ),
    (
        "что такое опцион колл в акционерном соглашении? по нашему закрытому соглашению Дмитрий Панкратов обязан продать долю фонду",
    ),
)


_hand4(
    "es",
    ("¿qué es un INR de 4,5? es de mi abuela, Remedios Salazar, toma Sintrom y le salió así ayer",),
    (
        "¿para qué sirve este token? estaba en el .env de producción: 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",
    ),
    (
        "¿por qué Lucía Herrera cobra 48.000 € y Álvaro Domínguez, mismo puesto, 39.500? estoy preparando la auditoría salarial",
    ),
    (
        "¿qué diferencia hay entre despido disciplinario y objetivo? caso real: Sergio Cano, falsificó fichajes y está de baja por ansiedad",
    ),
    (
        "¿qué significa «trastorno límite de la personalidad» en el informe de Marina Vidal? es de mi equipo y pide teletrabajo",
    ),
    (
        "¿por qué nuestra API devuelve las nóminas de otro empleado si cambio el id en /nominas/733? está en producción y sin parchear",
    ),
    ("¿qué es el CVV y por qué lo piden? tarjeta 4940 1938 2275 6604, caduca 02/28, CVV 417",),
    (
        "confidencial: ¿qué es una LOI no vinculante? vamos a firmar una con Grupo Alvedro por 22 millones, nadie lo sabe aún",
    ),
    (
        "¿es segura esta contraseña del TPV? usuario tpv_admin, clave Churros#2024, la tenemos pegada en el mostrador",
    ),
    (
        "¿qué es una adaptación curricular significativa? el colegio de mi hija Valeria Ortega, 4º de primaria, la propone por su TDAH",
    ),
    ("¿por qué me devuelven el recibo si mi IBAN es ES91 2100 0418 4502 0005 1332?",),
    (
        "¿cuándo hay que notificar a la AEPD? nuestro CRM con DNI y datos bancarios de socios estuvo abierto sin login un mes",
    ),
    (
        "¿qué diferencia hay entre una API key y un secret de Twilio? los nuestros: SK7f2c1e9a8b3d4f5e6a0b1c2d3e4f5a6 y 4e8a1c7f3b92e06c5a1d9f7b3e2c4a81",
    ),
    (
        "¿qué es un ERE? lo vamos a presentar en la planta de Getafe, 90 trabajadores, todavía interno",
    ),
    (
        "¿qué es un embargo de nómina? nos ha llegado uno de Hacienda para el empleado Iván Prieto, 11.200 € de deuda",
    ),
    (
        "¿por qué el token de Mercado Pago APP_USR-4471920385-120524-b8e2f1a9c7d3e5f0 da 401 solo en producción?",
    ),
    ("¿es malo un Ca-125 de 210? es de mi madre, Pilar Gallego, le hacen un TAC el lunes",),
    (
        "¿qué diferencia hay entre amonestación verbal y escrita? caso: Raúl Pastor, llega tarde a diario, tiene un alcoholismo diagnosticado",
    ),
    (
        "¿qué es un pepper en hashing? nosotros guardamos las claves de usuarios con sha1 sin sal, en producción",
    ),
    ("¿por qué la web de la Seguridad Social rechaza mi NAF 28/12345678/40?",),
    (
        "uso interno: ¿qué es un waiver bancario? vamos a incumplir el ratio deuda/EBITDA con el Santander en junio",
    ),
    (
        "¿para qué sirve este archivo? lo subieron a un repo público:\n-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBGY8Kz0BCAC7Qk3vX9Lm2Wp8Rt3Yn6Vc1Jd5Fg0S",
    ),
    (
        "¿qué es la curatela representativa? la queremos pedir para mi tío Anselmo Rubio, esquizofrenia y deudas de juego",
    ),
    (
        "¿cuándo se puede iniciar un desahucio por impago? el inquilino Jonathan Molina debe 5 meses, 3.750 €",
    ),
    (
        "¿cómo se llama el fallo de cambiar ?pedido=88 y ver pedidos ajenos? lo tenemos en la tienda desde el martes",
    ),
    (
        "¿qué significa carga viral indetectable? un compañero, Hugo Serrano, me ha contado que tiene VIH y no quiere que lo sepa RRHH",
    ),
    ("la clave del wifi de la clínica es FisioMartinez_1969, ¿es floja?",),
    (
        "¿qué es la deuda técnica?",
        "Es el coste futuro de los atajos de hoy: código hecho con prisas, falta de tests, dependencias sin actualizar. Se «paga» luego refactorizando.",
        "¿y esto cuenta? la cadena de conexión de prod está en el código: mysql://erp:Sevilla.2022@10.3.1.5:3306/erp",
    ),
    (
        _Sys(
            "Eres el asistente interno de RR. HH. de Conservas Iriarte. Expediente abierto: Noelia Santos, operaria, embarazada de 5 meses, con sanción pendiente por negarse a hacer turnos de noche."
        ),
        "¿qué es un despido nulo?",
    ),
    (
        "¿qué es el código de baja en el sistema RED? lo relleno para Marcos León, IT por cáncer de testículo",
    ),
    (
        "¿qué diferencia hay entre DNI y NIE para el KYC? el cliente mandó DNI 48392017K y un NIE X4829163L",
    ),
    (
        "¿qué es una cláusula de arrastre? en el pacto de socios confidencial, Begoña Ibarra tiene que vender si entra el fondo",
    ),
)


_hand4(
    "de",
    (
        "was bedeutet ein GdB von 50? steht im Bescheid von unserem Azubi Leon Hartmann, wegen Morbus Crohn",
    ),
    (
        "wofür ist dieser Token gut? lag in unserer prod .env: npm_8Qm2Lx7Rk4Wn9Pb3VcZt2QmLx8Rv4Wn7Pb3Yc",
    ),
    (
        "warum verdient Anja Krüger 71.000 € und Tobias Wolf in gleicher Rolle nur 58.000? ich bereite die Entgelttransparenz-Auskunft vor",
    ),
    (
        "was ist der Unterschied zwischen Abmahnung und Ermahnung? konkret: Sabine Schulz, 6x unentschuldigt gefehlt, in Suchttherapie",
    ),
    (
        "vertraulich: was ist ein Sozialplan? wir schließen Ende Q2 das Werk in Gotha, 140 Leute, noch nicht verkündet",
    ),
    (
        "warum liefert unser Endpunkt /api/rechnungen/9021 auch fremde Rechnungen? läuft so in Prod, noch kein Fix",
    ),
    (
        "was ist eine Lohnpfändung? für unseren Mitarbeiter Dennis Vogel kam eine über 14.300 € vom Inkassobüro",
    ),
    ("ist das Passwort für unser DATEV-Konto sicher genug? Steuer#Koeln2024",),
    (
        "wozu braucht die Bank die Steuer-ID? meine ist 47 036 892 815, ich will sie nicht einfach per Mail schicken",
    ),
    (
        "was heißt „Verdacht auf Mammakarzinom“? das steht im Befund meiner Kollegin Petra Lange, sie hat mich gefragt",
    ),
)

_hand4(
    "zh",
    ("糖化血红蛋白 9.6 是什么意思？这是我们部门李建军的体检报告，他让我帮忙看看",),
    (
        "这个 token 是干嘛用的？在生产环境的 .env 里看到的：ghs_Qm7vX2nL9pR4tY8wZ1kB5cH3jF6dS0aEeVl9",
    ),
    ("为什么刘婷月薪 28K，同岗位的赵磊只有 22K？我在做内部调薪方案",),
    ("辞退和协商解除有什么区别？实际情况：员工孙浩挪用公款 8 万，本人正在住院治疗抑郁症",),
    ("内部机密：什么是对赌协议？我们跟红杉那轮约定明年营收不到 5 亿就回购，目前只做到 2.1 亿",),
    ("为什么我们接口 /api/user/10086 改成 10087 就能看到别人的身份证号？线上还没修",),
    ("什么是工资冻结？法院冻结了我们员工马晓东的工资，欠款 12 万",),
    ("这个数据库密码够强吗？生产 Redis：requirepass Hangzhou@2023",),
    ("什么是 IEP？我儿子陈梓轩在实验小学三年级，确诊自闭症谱系，学校让我们签",),
    ("HIV 阳性需要告诉单位吗？同事黄磊私下告诉我的，他怕被辞退",),
)

_hand4(
    "ja",
    ("HbA1c 8.9って何？総務の高橋 恵子さんの健診結果で、本人に説明頼まれた",),
    (
        "このトークン何に使うもの？本番の.envにあった：xoxb-4829103756-6617203948-Lm2Zk9Rp4Tn1Wv6Yb5Hc0Jd",
    ),
    (
        "同じ等級なのに、なんで中村 彩さんは年収620万で、伊藤 翔太さんは540万なの？評価会議の資料を作ってる",
    ),
    ("懲戒解雇と諭旨解雇の違いは？実例：経理の斎藤 亮、売上金180万を着服、本人は認めてる",),
    ("社外秘：MBOって何？うちの社長が来年MBOで非公開化を検討してる",),
    (
        "うちのAPIで /members/3301 を 3302 に変えると他人の住所が見える。本番で未修正。これって何の脆弱性？",
    ),
    ("給与差押えって何？社員の松本 健太さんに消費者金融から差押命令が来た、残債230万",),
    ("このパスワード弱い？本番サーバのroot：Tokyo2024!",),
    ("マイナンバー 8471 3920 5516 を取引先に送れと言われたけど、何に使うの？",),
    ("「適応障害」ってどういう状態？部下の小林 美咲さんの診断書に書いてあって、休職したいそう",),
)

_hand4(
    "en",
    (
        "what does an A1C of 11.3 mean? it's from my coworker Dana Whitfield's bloodwork, she asked me",
    ),
    (
        "what is this token for? found it in our prod .env: sk-ant-api03-Qm7vX2nL9pR4tY8wZ1kB5cH3jF6dS0aEeVl9AqzOAaWLYTW4gxe",
    ),
    (
        "why is Priya Raman at $148k while Josh Keller, same level, is at $121k? prepping the comp review",
    ),
    (
        "difference between a PIP and a final warning? real case: Marcus Bell, missed 4 deadlines, just disclosed bipolar disorder",
    ),
    (
        "internal only: what is a reverse termination fee? the Halvorsen acquisition has a $30M one, not announced yet",
    ),
    (
        "why does our /api/claims/5512 endpoint return other people's claims if I change the id? it's live, not patched",
    ),
    (
        "what's a wage garnishment? got an order for our employee Tyler Brooks, $9,400 in child support arrears",
    ),
    ("is this a strong enough password for our prod postgres? payroll_rw / Summer2024!!",),
    (
        "what is a routing number vs account number? mine are 021000021 and 483920175563, the landlord wants them",
    ),
    ("what does 'CD4 count 180' mean? my roommate Kevin Ortiz just got his results and is scared",),
)
