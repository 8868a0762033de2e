"""Ninth batch of `security_sensitive` examples (training only): hand-written, one group per
example ("security_sensitive/b9/<lang>/<digest>"). Real-traffic shapes: plain-worded asks, short
follow-ups after a turn that pasted a secret or a person's records, system prompts holding
credentials or personal data, confidential documents and incidents in the writer's own systems."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "security_sensitive"

BY_LANG: dict[str, list[Item]] = {
    "en": [
        _u(
            "my stripe checkout stopped working, the key is sk_live_51NqT8vKx2PfR9mWz4LbQe7HcYd3JtUa0XsGn6VrB1oZk8EiMw, is it wrong format or expired?"
        ),
        _u(
            "can you reword this so it sounds less angry? 'Dear Mr Okafor, your claim for the MRI on 14 March (policy HLX-448-20931, diagnosis: lumbar disc herniation L4/L5) was denied because you didn't get pre-approval.'"
        ),
        _u(
            "pls fix the typo in my env, app wont boot: DATABASE_URL=postgres://billing_admin:Wint3r!sComing_77@prod-db-2.internal.corvid.io:5432/billing"
        ),
        _u(
            "Write a polite reminder email to our tenant Priya Raman. She's 2 months behind on rent (£1,840 total), her bank account ending 4471 bounced the direct debit twice, and she told me she lost her job in August."
        ),
        _u(
            "which of these two is the live twilio auth token for our clinic reminders? 7d2f4a6b8c0e1d3f5a9e1b3c7d9f2a4b or 3e9b1f7a2c8d4e60b5a9f1c3d7e2b8a4, the other one should be the old one we rotated"
        ),
        _u(
            "We found that anyone can see other users' invoices on our portal just by changing the number at the end of the link (/invoice/10233 -> /invoice/10234). It's live right now and not patched. Help me write the note to the CTO."
        ),
        _u(
            "summarise this for me in 3 bullets: INTERNAL ONLY - Q3 board pack draft. Revenue 4.1M vs 5.0M plan, we will announce 12% headcount reduction on Nov 18, Meridian acquisition talks paused. Do not forward."
        ),
        _u(
            "my son Ethan Caldwell, born 03/11/2014, has type 1 diabetes and his school nurse needs a one page care plan. his insulin ratio is 1 unit per 12g carbs and his correction factor is 1:50. can you format it nicely"
        ),
        _u(
            "getting 401 from github api with this, did i paste it wrong? ghp_R7tYk2LmQ9vXw4PzA8nBc3JdF6hUe1SgK0oi"
        ),
        _u(
            "translate into plain english for my mum: 'Patient: Margaret Ellison, DOB 22/07/1951, NHS no. 485 777 3456. Findings: 2.3cm mass upper outer quadrant left breast, BI-RADS 5, biopsy recommended.'"
        ),
        _u(
            "help me fill in the visa form, my passport is C4F8K2290, issued 12 Jan 2021, expires 11 Jan 2031, SSN 512-44-8830, I'm Daniel Moreau"
        ),
        _u(
            "our admin panel still has the default login admin / admin123 on the production box at 52.14.88.203 and I can't change it until Monday. what's the quickest temporary thing I can do?"
        ),
        _u(
            "quick q, is this ssh key passphrase strong enough? the key is on all our servers: 'bluefrog-harbor-1987'"
        ),
        _m(
            'can you check my curl? curl -X POST https://api.sendwell.io/v3/mail/send -H "Authorization: Bearer SW.k9Vq2Lr8TzXa.Hn4pBw7YcE1mJd5sUf0gKo3Ri6tNz" -d @mail.json',
            'The structure looks fine. The usual causes of failure are a missing `Content-Type: application/json` header and a malformed `mail.json`. Add `-H "Content-Type: application/json"` and run with `-v` to see the response body.',
            "still 403",
        ),
        _m(
            "I'm writing a reference letter for my employee Tomás Vega. Context: he was off for 4 months last year with severe depression, came back part time, and his salary is $68,500.",
            "Happy to help. A reference letter normally doesn't mention health history or salary unless he's asked you to. Would you like a version that focuses on his role, skills and reliability?",
            "yes, keep it short",
        ),
        _m(
            "Here's our vendor contract clause, it's marked CONFIDENTIAL - Halvorsen Logistics / NDA ref 2024-117: 'Supplier shall receive a rebate of 7.5% on volumes above 40,000 pallets; this rebate shall not be disclosed to other carriers.' Is this enforceable?",
            "Rebate clauses like this are generally enforceable as long as they don't breach competition law. The non-disclosure part binds the parties to the NDA, so enforcing it depends on the NDA's scope and governing law.",
            "ok and can you rewrite it so the threshold is 35k",
        ),
        _m(
            "our wifi guest portal logs look weird, here's a line: 2024-10-02T09:14:22Z auth ok user=jmarsh pass=Tr0ub4dor&3 mac=3c:22:fb:91:aa:07",
            "That log line is recording the plaintext password, which is a problem on its own: anyone with log access can read it. The logger call in the portal's auth handler should drop the password field.",
            "where would that be in unifi",
        ),
        _m(
            "I need to email the payroll file to the accountant. Name, NI number, gross: Ruth Abney QQ 12 34 56 C £41,200; Kwame Mensah QQ 65 43 21 A £38,900; Lena Fitch QQ 11 22 33 B £52,000",
            "I can help you draft the covering email. Note that NI numbers plus pay are sensitive; send the file through an encrypted channel or a password-protected attachment rather than plain email.",
            "fine, draft it",
        ),
        _m(
            "my dad's lab results came back, can you explain them? Robert Hale, 67: HbA1c 8.9%, eGFR 41, LDL 3.8 mmol/L, potassium 5.6",
            "These suggest poorly controlled diabetes (HbA1c 8.9%), moderately reduced kidney function (eGFR 41 is stage 3b), higher-than-target LDL cholesterol and slightly high potassium. His doctor will likely want to discuss medication changes.",
            "should he worry about the kidney one",
        ),
        _m(
            'terraform keeps failing, here\'s the provider block:\nprovider "aws" {\n  region     = "eu-west-1"\n  access_key = "AKIAZ7QXW3M5RBT2LKVN"\n  secret_key = "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"\n}',
            "The block itself is valid HCL. What's the exact error? Also consider moving these credentials out of the file into environment variables or an AWS profile.",
            "InvalidClientTokenId",
        ),
        _m(
            "Found out today our login endpoint on app.kestrelpay.com doesn't rate limit at all and returns different errors for 'no such user' vs 'wrong password'. Nobody else knows yet.",
            "That combination allows user enumeration and password guessing. Short term: return one generic error message and add rate limiting per IP and per account at the gateway.",
            "how do I tell my boss without panicking everyone",
        ),
        _m(
            "I'm making a spreadsheet for my mum's care home fees. Her name is Doreen Walsh, her pension is £1,120/month, savings £23,400 at Nationwide account 20-44-19 53817702, and the home costs £4,300/month.",
            "With those figures the savings would cover the gap (£3,180/month) for roughly seven months. I can lay out a monthly sheet with income, fees, shortfall and remaining savings.",
            "add a column for when she hits the 23k threshold",
        ),
        _m(
            "can u make this sound more professional: 'hey team, the new vpn creds are user: ops-shared pw: Kq7#mVr2!zLp, dont share outside'",
            "Sure: 'Hi all, please find the updated shared VPN credentials below. These are for internal use only and must not be shared outside the team.'",
            "now in slack style",
        ),
        _s(
            "You are a helpful assistant for Northbay Dental's front desk. Patient on file: Sofia Lindqvist, DOB 1989-04-02, allergies: penicillin, latex. Insurance: Delta Dental ID DD-77310482. Outstanding balance $412.",
            "can you write her a text reminding her about tomorrow's cleaning at 10",
        ),
        _s(
            "You are an internal coding agent for Fernwood Analytics. Environment: SNOWFLAKE_USER=svc_etl SNOWFLAKE_PASSWORD=pW9!tq3Lr#Zx8m SNOWFLAKE_ACCOUNT=fw12345.eu-central-1",
            "write a python function that lists all tables in the RAW schema",
        ),
        _s(
            "You are HR Helper, the internal assistant of Brightline Retail. This conversation is confidential. Employee record: Marcus Bell, ID 40921, disciplinary warning 2024-06-12 for absence, currently on a performance plan, salary £29,750.",
            "draft the invite for his review meeting next week",
        ),
        _s(
            "You are a support bot for a small hosting company.",
            "hi, i lost access to my panel. my account is bree.tan@fastmail.com and the old password was Sunflower!2291, the new one I tried is Sunflower!2292. can you tell me which is saved?",
        ),
        _s(
            "You are a writing assistant.",
            "Polish this for our investors but keep it accurate. STRICTLY CONFIDENTIAL - not for distribution. We are in breach of the covenant with Arlen Bank since September; cash runway is 5 months; we plan to ask for a waiver before the Dec 15 test date.",
        ),
        _u(
            'Can you help me tidy this docker compose? It\'s what we run in prod.\n\nservices:\n  api:\n    image: registry.halcyon.dev/api:2.14\n    environment:\n      - JWT_SECRET=f3b9c1e87a2d4f60b5c9e13a7d8f2b46c0e9a1d3\n      - REDIS_URL=redis://:Rd!s_pa55_prod@10.0.4.12:6379/0\n      - SENTRY_DSN=https://8f2c1a9e7b4d40c3a6e5f1b2d9c8a7e0@o44123.ingest.sentry.io/6620014\n    ports:\n      - "8080:8080"\n  worker:\n    image: registry.halcyon.dev/worker:2.14\n    environment:\n      - REDIS_URL=redis://:Rd!s_pa55_prod@10.0.4.12:6379/0\n\nI want the env vars shared between both services without repeating them.'
        ),
        _u(
            "Please turn these notes into a discharge summary paragraph.\n\nPatient: Harold Jeffries\nMRN: 00418827\nDOB: 09/05/1948\nAdmitted: 02/10 with chest pain, troponin rising, NSTEMI confirmed\nCath 03/10: 90% LAD stenosis, 1 DES placed\nMeds on discharge: aspirin 75mg, ticagrelor 90mg bd, atorvastatin 80mg, bisoprolol 2.5mg\nSocial: lives alone, daughter Karen (07700 900412) checking in daily\nFollow-up: cardiac rehab referral, clinic 6 weeks"
        ),
        _u(
            'Why does this fail? Stack trace from our live server:\n\nTraceback (most recent call last):\n  File "/srv/app/payments/charge.py", line 88, in charge\n    resp = client.charge(card="4539 1488 0343 6467", exp="09/27", cvv="318", name="Olivia Grant")\n  File "/srv/app/vendor/gw.py", line 212, in charge\n    raise GatewayError(resp.text)\ngw.GatewayError: {"error":"merchant_key_invalid","merchant_key":"mk_prod_7Hq2Lx9VbT4nRzW8"}\n\nWe just rotated stuff yesterday.'
        ),
        _u(
            "Below is the pentest finding our contractor sent us last night, not fixed yet. Can you explain severity in simple terms for the board?\n\nFinding 3 (Critical): The /api/v1/export endpoint on portal.greystonehealth.org accepts a 'path' parameter that is concatenated into a filesystem read. Requesting path=../../etc/passwd returned the file. Using the same flaw we retrieved /srv/config/.env containing the production database password. Affected: all versions since 3.2. Status: OPEN."
        ),
        _u(
            "Here's the letter I got, can you tell me what they actually want from me?\n\n'Dear Ms Adaeze Nwosu,\nRe: Case No. FD-2023-08817 — Child Arrangements\nFurther to the hearing on 4 October, the court has ordered a supervised contact arrangement for the minor, Chidera Nwosu (age 6), at the Bridgeway Family Centre. The CAFCASS report dated 21 September noted concerns regarding the respondent's alcohol use. You are required to file a statement of your current income and address by 1 November.'"
        ),
        _u(
            "ok so the wordpress site got hacked again, the hosting login is cpanel user 'brewcraft' pass 'Hops&Barley#2022' — what should i look at first in there"
        ),
        _u(
            "my accountant needs this in a table: Gareth Pryce, UTR 84721 03916, self-employed income £38,420, student loan plan 2, child benefit for 2 kids"
        ),
        _u(
            "write a short apology text to my customer Hannah Leigh, I accidentally emailed her therapy invoice (sessions for PTSD, 6 x £85) to another client"
        ),
        _u(
            'can u check if this google service account json is valid, deploy says invalid_grant: {"type":"service_account","project_id":"tidepool-prod-31","private_key_id":"4f8b2c9e1a7d6f30b5c4e2a19d8b7f63c1e0","client_email":"deployer@tidepool-prod-31.iam.gserviceaccount.com"}'
        ),
        _u(
            "Draft talking points for tomorrow. Context (internal, do not share): our patient booking app sends SMS reminders through an account whose password was leaked in the contractor's repo last week and we haven't rotated it yet."
        ),
        _u(
            "make this look nicer for the fridge: grandpa Walter Brennick's pills — warfarin 5mg mon/wed/fri, 2.5mg other days, metoprolol 25mg twice, last INR 3.4, GP Dr Ayodele, Medicare # 1EG4-TE5-MK72"
        ),
        _u(
            "is 'Bluey2016' ok as the pin for the school parent portal? it's the same one I use for the bank"
        ),
        _u(
            "Our CFO wants a summary of this: 'PRIVILEGED & CONFIDENTIAL — attorney-client. Settlement offer to former employee R. Castillo: $185,000 in exchange for withdrawal of the EEOC discrimination charge filed 3/4.' Three bullets please."
        ),
        _u(
            "heads up, I just noticed our prod kafka is reachable from the internet on 34.122.9.88:9092 with no auth, every order event is readable. still open. give me a 5 step checklist for the next hour"
        ),
        _m(
            "I'm renewing my lease, landlord wants proof of income. My payslip: Jordan Whitaker, employee 88213, gross $5,416.67/month, 401k 6%, garnishment $410 (child support).",
            "You usually don't need to share the full payslip. A letter from your employer confirming salary, or the last two payslips with deductions blacked out, is typically enough.",
            "how do I black out stuff in a pdf on a mac",
        ),
        _m(
            "quick one: this is our staging db but it has a copy of prod customers. postgres://stg_user:St4ging!Copy@stg-db.lumen.internal:5432/customers — how do I dump just the orders table?",
            "`pg_dump -h stg-db.lumen.internal -U stg_user -t orders customers > orders.sql` will dump only the orders table. Use `--data-only` if you don't need the schema.",
            "and as csv?",
        ),
        _m(
            "For context, I'm the office manager. Employee medical note: 'Samira Haddad is undergoing IVF treatment and will need 6 half-days off in November for appointments.' I need to tell her team lead.",
            "You can tell the team lead that Samira will need some half-days off for medical appointments without mentioning IVF. Only share what's needed to plan the work.",
            "ok write that message",
            "Hi Dan, Samira will be out for a few half-days in November for appointments. I'll send you the exact dates as soon as I have them so we can plan cover.",
            "shorter",
        ),
        _m(
            "here is my AWS CLI config so you can see the profiles:\n[default]\naws_access_key_id = AKIAQ4XW7M2RBT9LKVZN\naws_secret_access_key = Hq2vT9xLm4RzW7pBn3YcE6jDf1sUa0GoEi5NkPr\n[billing]\nrole_arn = arn:aws:iam::481729305561:role/BillingRead",
            "The `billing` profile needs a `source_profile = default` line so the CLI knows which credentials to use to assume the role.",
            "thanks! totally unrelated, what's a good name for a golden retriever",
        ),
        _m(
            "our clinic's fax-to-email shows this: 'To: Dr Pillai. Re: Nathan Brooks DOB 1/9/1990 — HIV viral load 48,000 copies, CD4 210, please start ART.' can you pull out the action items",
            "Action items: 1) Start antiretroviral therapy for the patient. 2) Schedule a follow-up viral load and CD4 check. 3) Confirm the referral was received.",
            "put them in a checklist",
        ),
        _m(
            "Hey, I'm the only dev here. Our mobile app calls api.parcelbee.co with a hardcoded admin key (pb_admin_9vTz2LqX8mRw4Kn7) — anyone who unpacks the apk can get it. Not fixed.",
            "The proper fix is to stop shipping an admin key in the app: issue per-user tokens from your backend after login. In the meantime, rotate the key and restrict what it can do.",
            "what do I tell our investors if they ask",
        ),
        _m(
            "I'm writing a character reference for court. It's for my brother, Liam Doherty, charged with drink driving (case 23/CR/4471), blood alcohol 112mg. He's been sober since.",
            "A character reference should say how you know him, his character, what he has done since the offence (like staying sober or attending programmes) and why you believe he won't reoffend.",
            "can you write it? one page",
        ),
        _m(
            "the guys left a github token in the readme: ghp_Tn5xV9qL3mR8kZ2wPb7YcE1jHd4sUf6GoA0i. repo is private but still. what now?",
            "Revoke it in GitHub settings right away, then check the token's recent activity in the security log. Remove it from the README and, since it's in git history, clean that too.",
            "done. how do i stop this next time",
        ),
        _m(
            "Attached is the internal memo: 'CONFIDENTIAL – Leadership only. We will miss the Q4 delivery date for the Harbor Freight contract by ~6 weeks; penalty exposure is $420k. Do not inform the client until legal reviews.'",
            "Understood. What would you like me to do with it: a summary, a plan, or a draft message?",
            "a summary for my boss in two lines",
        ),
        _m(
            "my bank sent me this: 'Account holder: Naomi Fischer, sort code 40-12-76, acc 71842093, suspicious transaction £2,300 to Revolut.' is this real or a scam?",
            "Banks don't usually send your full account details in an alert message. Don't click links in it; call the number on the back of your card to check.",
            "the number on the letter is 0330 122 8457, is that theirs?",
        ),
        _m(
            "I manage a small charity. Donor list extract: 'Pauline Okoye, 14 Cedar Rd Leeds, Gift Aid yes, bank acct 60-83-71 28491037, £50/month.' Can I keep these in a google sheet?",
            "You can, provided you limit who has access, turn on two-factor authentication for those accounts and keep bank details in a separate, more restricted place.",
            "how do I lock one column",
        ),
        _m(
            "This is from our incident channel, not public yet: 'At 02:14 an attacker used a leaked Okta session for user j.park to download the customer contracts folder (1,932 files). Session still being investigated.'",
            "The first priorities are containing the session, checking what else that account accessed and working out which customers' contracts were involved, for your notification obligations.",
            "write the exec update",
        ),
        _s(
            "You are SupportPal, an assistant for Tallow & Wick candle shop. Admin credentials for order lookups: shopify_admin_token=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",
            "customer asks where is order #4471",
        ),
        _s(
            "You are a tutoring assistant for a nursing course. Case file for practice, taken from ward records without changes: Eileen Murphy, 84, bed 12, MRN 00739215, stage 4 pressure ulcer, MRSA positive, DNR in place.",
            "what's the first thing I should check on handover",
        ),
        _s(
            "You are an internal assistant for the finance team at Orchard Lane Homes. Confidential: Q3 bank reconciliation shows £61,200 missing from the escrow account; the suspect is an employee in accounts payable, not yet informed.",
            "Draft an agenda for Monday's meeting",
            "1. Reconciliation findings. 2. Access review for accounts payable. 3. Next steps with legal and the bank. 4. Communication plan.",
            "add timings",
        ),
        _s(
            "You are a coding agent working in the repo of Hillcrest Pharmacy's refill app. The repo's config/secrets.yml is open in the editor: twilio_sid: AC4f8b2c9e1a7d6f30b5c4e2a19d8b7f63, twilio_token: c1e0a9f3b7d4e6051a2b3c4d5e6f7a8b",
            "rename the function send_reminder to send_refill_reminder everywhere",
        ),
        _s(
            "You are a helpful assistant.",
            "my ex keeps logging into my instagram, the login is kayla.m.rivers and password is Peaches4ever! — how do I kick her out of all sessions",
        ),
        _u(
            "Help me understand this bank statement my aunt got, she thinks she's been scammed:\n\nACCOUNT: Margaret O'Leary  |  IBAN IE29 AIBK 9311 5212 3456 78\n01/10  Direct Debit  SKYHIGH MEDIA LTD      -49.99\n03/10  Card 4417 12** **** 8831  APPLE.COM/BILL   -129.00\n03/10  Card 4417 12** **** 8831  APPLE.COM/BILL   -129.00\n05/10  Transfer to J. ADEYEMI  ref: tech support -850.00\n07/10  Pension credit                             +1,204.33\nBalance: 212.08\n\nWhich of these look suspicious and what should she do today?"
        ),
        _u(
            "Can you turn this into a one-page summary for the new case worker?\n\nClient: Tyrone Fields, DOB 11/14/1996, SSN ***-**-4482 (full on file: 431-78-4482)\nProbation: case 2022-CR-01933, 18 months remaining\nHousing: shelter bed at Grace House until Dec 1\nHealth: schizoaffective disorder, on Invega monthly injection (last 10/18)\nSubstance: meth use, 4 months clean per UA results\nBenefits: SSI $943/mo, SNAP pending\nGoals: GED, part-time work, reconnect with daughter (custody with maternal grandmother)"
        ),
        _u(
            "CI is failing on this GitHub Actions file, can you see why?\n\nname: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      HEROKU_API_KEY: 7c2f9e1a-8b3d-4f60-a5c9-e2b1d7f3a8c4\n      DATABASE_URL: postgres://u8k2v:p9f3a7c1e2b4d6@ec2-54-228-91-12.eu-west-1.compute.amazonaws.com:5432/d4kq\n    steps:\n      - uses: actions/checkout@v4\n      - run: heroku container:push web -a tidy-notes\n\nError: Invalid credentials provided."
        ),
        _u(
            "Can you make this Slack export readable? It's from our #ops-private channel.\n\n[09:02] dana: prod deploy blocked, vault is sealed again\n[09:03] raj: unseal keys are in the runbook, using key 1: 5f2b8c0e1d3f5a9e1b3c7d9f2a4b6c8e0d2f4a6b8c0e1d3f5a9e1b3c7d9f2a4b\n[09:04] raj: key 2: a4c6e0d9f1a3b5c7e9d2f4a6b8c0e1d3f5a9e1b3c7d9f2a4b8c0e1d3f5a9e1b3\n[09:06] dana: unsealed. root token for the migration is hvs.CAESIq8vT2mXz9LpR4wBn7YcH3jDf6sUa1GoEi5N\n[09:15] raj: done, someone revoke that root token later\n\nI need a 3 line summary for the incident timeline."
        ),
        _m(
            "my therapist emailed me my treatment summary, here it is: 'Client: Evan Marsh. Dx: Generalized anxiety disorder, alcohol use disorder (mild). Sessions: 14. Progress: reduced drinking to weekends; panic attacks down from daily to weekly.'",
            "That summary says you've been treated for generalised anxiety and mild alcohol use, and that both have improved: fewer panic attacks and less drinking.",
            "what does 'mild' mean there",
        ),
    ],
    "es": [
        _u(
            "oye, el bot de telegram no responde, este es el token: 6148293057:AAHk3vQ9Lz_mR2xT8pWc7bNf4YdJ1sEu0Go, ¿lo tengo mal copiado?"
        ),
        _u(
            "Necesito que me redactes una carta para el banco. Soy Lucía Ferrández Ortiz, DNI 48392017K, IBAN ES91 2100 0418 4502 0005 1332, y quiero reclamar un cargo de 389,90 € que no reconozco."
        ),
        _u(
            "Resume este informe en lenguaje sencillo para la familia: paciente Andrés Quiroga Salas, 54 años, cirrosis hepática Child-Pugh B, varices esofágicas grado II, en lista de espera de trasplante en el Hospital La Fe."
        ),
        _u(
            "en nuestra web de reservas cualquiera puede cancelar la reserva de otro cambiando el id en la url, todavía no lo hemos arreglado y está en producción. ¿cómo lo explico al dueño del hotel sin tecnicismos?"
        ),
        _u(
            "traduce al inglés este correo interno, es CONFIDENCIAL: 'La filial de Monterrey cerrará en marzo, afectará a 86 empleados; no comunicar hasta la junta del día 20.'"
        ),
        _u(
            "mi contador me pidió esto por whatsapp, ¿se lo mando así? RFC: GOPM850312H47, CURP GOPM850312HDFNRR09, ingresos 2023: $612,400 MXN, sueldo neto mensual 38,200"
        ),
        _u(
            "¿es segura esta contraseña para el router de la oficina? ya la tenemos puesta: Pollito#Azul1990"
        ),
        _u(
            "Haz una tabla con los datos de mis empleados para la mutua: Javier Roldán, NSS 28/10456789/33, baja por lumbalgia desde 02/09; Marta Ibarra, NSS 08/20019345/71, baja por ansiedad desde 15/08."
        ),
        _u(
            "tengo que pasarle el acceso del wordpress al diseñador, usuario: editora_carmen contraseña: Mi$Gat0Luna_22 ¿me escribes un mensaje corto para dárselo?"
        ),
        _u(
            "Mi abuela Rosario Benítez tiene la tarjeta 5412 7534 9021 6683 caducidad 08/26, quiere pagar la luz por internet pero no le deja. ¿qué puede estar mal?"
        ),
        _u(
            "corrige la ortografía: 'Estimado equipo, adjunto el borrador del plan de reestructuración (USO INTERNO – NO DIFUNDIR). Se prevé cerrar las tiendas de Zaragoza y Vigo en el primer trimestre.'"
        ),
        _u(
            "Hoy descubrí que el backup de la base de datos de clientes está en un bucket público de S3 (s3://muebles-ortega-backup/clientes_2024.sql). ¿qué hago primero?"
        ),
        _m(
            "Tengo esta llamada en PHP y falla: $pdo = new PDO('mysql:host=db.clinicasol.es;dbname=citas', 'root', 'S0l_Cl1n!ca#2024');",
            "La sintaxis es correcta. Mira el mensaje de la excepción con `$e->getMessage()`; los fallos típicos son host inaccesible desde el servidor o usuario sin permiso para conectar desde esa IP.",
            "dice access denied",
        ),
        _m(
            "Te paso el historial de mi paciente para preparar la sesión: Valeria Mendoza, 29 años, trastorno de la conducta alimentaria, dos ingresos en 2022, ideación suicida pasiva en la última consulta.",
            "Gracias. Para preparar la sesión podría proponerte una estructura: revisión de la semana, valoración del riesgo, objetivos de alimentación y plan de seguridad actualizado.",
            "vale, hazlo en formato lista",
        ),
        _m(
            "Estoy configurando la facturación electrónica con esta clave del SAT: certificado 00001000000509876543, contraseña de la FIEL: Timbr3Fiscal!88",
            "Para timbrar necesitas el .cer, el .key y la contraseña de la llave privada. Guarda la contraseña fuera del código, por ejemplo en una variable de entorno.",
            "y en node cómo la leo",
        ),
        _m(
            "Mi jefe me pasó este contrato de confidencialidad con Inversiones Ladera S.A. y el anexo con las cifras de la compra: precio 14,2 millones, cierre previsto 30/11. ¿Qué significa la cláusula de no captación?",
            "La cláusula de no captación impide que una parte contrate o intente atraer a empleados o clientes de la otra durante un periodo, normalmente uno o dos años tras la operación.",
            "y si la incumplimos?",
        ),
        _m(
            "mira este log del servidor: POST /login 200 email=ramiro.pz@gmail.com password=Boca1905!! ip=181.45.22.90",
            "El log está guardando las contraseñas en texto plano, conviene quitar ese campo del logger cuanto antes y rotar las contraseñas afectadas.",
            "cuántos días de logs debería borrar",
        ),
        _m(
            "Mi hermana Daniela Suárez tiene el expediente de su divorcio, número 1123/2023 del Juzgado de Familia 4 de Sevilla. Le reclaman 650 € de pensión para los niños y ella cobra 1.100 al mes.",
            "En España la pensión se calcula según las necesidades de los hijos y los ingresos de ambos progenitores; con 1.100 € puede solicitar la modificación si sus circunstancias han cambiado.",
            "redáctale un escrito corto",
        ),
        _m(
            "¿Por qué mi script de python no envía correos? smtp.login('facturas@ferreterialopez.com', 'Tornillo_7781')",
            "Si usas Gmail o Outlook, suelen bloquear el inicio de sesión con contraseña normal; necesitas una contraseña de aplicación o OAuth, y conexión con `starttls()` antes del login.",
            "es de ionos",
        ),
        _s(
            "Eres el asistente interno de la gestoría Alcántara. Cliente actual: Fernando Gil Moreno, NIF 52873410P, declaración de la renta 2023: base imponible 47.320 €, deducción por alquiler, hijo con discapacidad del 45%.",
            "escríbele un correo diciendo que ya está presentada",
        ),
        _s(
            "Eres un agente de programación en el editor del equipo de Pagos Rápidos. Credenciales de prueba de producción: MERCADOPAGO_ACCESS_TOKEN=APP_USR-7734921056213845-100812-4f8b2c9e1a7d6f30b5c4e2a19d8b7f63-918273645",
            "añade un endpoint que devuelva el estado de un pago",
        ),
        _s(
            "Eres un asistente de redacción.",
            "pásalo a tono formal: 'Juan, la auditoría interna encontró que el sistema de nóminas deja ver los sueldos de todos a cualquier empleado con el enlace /nominas/export. No lo hemos cerrado aún, que no salga del comité.'",
        ),
        _s(
            "Eres el chatbot de atención al cliente de una aseguradora.",
            "hola, soy Beatriz Olmedo, póliza 0049-HG-772103, me operaron de la rodilla el 3 de octubre en el Quirónsalud y quiero saber si me cubren la rehabilitación",
        ),
        _u(
            "Necesito ayuda para ordenar esto en una hoja de cálculo, son los datos que me pasaron de RRHH (confidencial):\n\nNombre;DNI;Puesto;Salario bruto;Observaciones\nAlberto Caño Ruiz;30456712L;Jefe de almacén;34.500;Baja por depresión mayo-julio\nInés Vidal Pons;47823190W;Administrativa;24.800;Embargo de nómina juzgado nº 3\nSergio Blanco Ibarra;52109834T;Comercial;29.100;Expediente disciplinario abierto\nCarla Nieto Salas;71023456M;Contable;31.200;Reducción de jornada por cuidado de hijo\n\nQuiero una columna nueva con el salario mensual en 14 pagas."
        ),
        _u(
            'Revisa esta configuración de nginx que tenemos en producción, creo que el proxy está mal:\n\nserver {\n  listen 443 ssl;\n  server_name api.tiendaverde.mx;\n  ssl_certificate /etc/ssl/tiendaverde.crt;\n  ssl_certificate_key /etc/ssl/tiendaverde.key;\n  location / {\n    proxy_pass http://127.0.0.1:3000;\n    proxy_set_header Authorization "Basic YWRtaW46VmVyZGVUaWVuZGEyMDI0IQ==";\n  }\n}\n\nLa api responde 502 a veces.'
        ),
        _u(
            "Este es el informe de incidente que tenemos que mandar mañana, ¿lo puedes mejorar?\n\nINCIDENTE INTERNO 2024-07 — NO PUBLICAR\nEl 12/10 detectamos accesos no autorizados al panel de administración de la app de delivery usando la cuenta soporte@rapidito.co (contraseña reutilizada filtrada en otro sitio). Se descargaron 18.400 registros con nombre, teléfono y dirección de clientes. La cuenta sigue activa porque el proveedor no nos deja desactivarla hasta el lunes. Aún no hemos avisado a la SIC."
        ),
        _u(
            "Mi psiquiatra me dio este informe y no entiendo nada, ¿me lo explicas?\n\nPaciente: Tomás Aguirre Bravo. DNI 16.482.903-K. Diagnóstico: Trastorno bipolar tipo II, episodio actual depresivo moderado (F31.3). Tratamiento: lamotrigina 200 mg/día, quetiapina 50 mg noche. Antecedentes: intento autolítico 2019. Se recomienda seguimiento quincenal y evitar alcohol. Incapacidad temporal prorrogada hasta 30/11."
        ),
        _m(
            "Te copio la cadena de conexión del SQL Server de la empresa: Server=tcp:sqlprod-contab.database.windows.net,1433;Database=Contabilidad;User ID=contaadmin;Password=Balance#Anual2024;Encrypt=True;",
            "Es una cadena válida para Azure SQL. Si falla, revisa que la IP de tu equipo esté en las reglas de firewall del servidor.",
            "ok, y para entity framework?",
        ),
        _u(
            "¿me ayudas a contestar a esta clienta? Nos escribió: 'soy Graciela Funes, mi número de tarjeta es 4915 6620 1187 3409, cvv 552, no me llegó el pedido 88123 y me lo cobraron dos veces'"
        ),
        _u(
            "hola, me dejaron a cargo de la cuenta de instagram de la panadería, usuario panaderia.lamiga y clave Masamadre_2023, ¿cómo activo la verificación en dos pasos?"
        ),
        _u(
            "Redáctame un mensaje para mi casera: soy Ximena Calderón, CURP CAXM940822MJCLLM05, pagaré la renta tarde este mes porque me hospitalizaron por una apendicitis y mi nómina de Bimbo llega el 15."
        ),
        _u(
            "ayúdame a explicarle a mi hijo de 12 años lo que tiene su papá: 'Ricardo Paz Olmos, VIH positivo, diagnóstico 2023, en tratamiento, carga viral indetectable'"
        ),
        _u(
            "¿esta clave API de OpenAI sigue valiendo? sk-proj-Wn4pBw7YcE1mJd5sUf0gKo3Ri6tNzT8vKx2PfR9mL, la saqué del repo viejo del proyecto"
        ),
        _u(
            "Me pasaron esto como 'solo para socios': la firma va a despedir a la abogada Irene Salcedo por haber filtrado documentos del caso Prieto. ¿Puedes escribir el anuncio interno sin dar detalles?"
        ),
        _u(
            "detectamos que desde ayer cualquier persona con el link de la api interna de inventarios (inventario.calzadosrivas.com/api/v1/productos?key=rivas2020) puede borrar productos. no hay parche aún. ¿qué hago esta tarde?"
        ),
        _u(
            "pon en una tabla los datos del alumno para la beca: Matías Correa Vidal, RUT 21.348.902-6, promedio 6,4, familia en tramo 40% del Registro Social de Hogares, madre con cáncer de mama"
        ),
        _u(
            "la contraseña del portal del SAT de mi empresa es Empresa#2024Sat y el RFC es CAL190312TQ8. ¿cómo descargo las facturas de octubre?"
        ),
        _u(
            "Resume esto para el cliente, es confidencial y bajo NDA: 'Nuestra oferta para la licitación de Aguas del Norte es de 2,84 millones de euros, un 12% por debajo del competidor principal según información de la propia empresa.'"
        ),
        _u(
            "ayuda con el script, no me deja hacer push: git remote set-url origin https://maria-dev:ghp_Lm9YxB4nWp7Hc2vTzEa3Jd6Uf1Gs5Ko0NiQr@github.com/maria-dev/tienda.git"
        ),
        _m(
            "Tengo que mandar a la gestoría la nómina de mi empleada de hogar: Rosa Quispe, NIE Y4382910R, 1.134 € al mes, cotiza en el régimen especial, cuenta ES21 0049 1500 0512 3456 7892.",
            "Para la gestoría normalmente basta con el contrato, el alta en la Seguridad Social y las horas semanales. Te aconsejo enviar la cuenta bancaria por un canal seguro, no por correo normal.",
            "¿y qué le pongo en el asunto del correo?",
        ),
        _m(
            "Este es el token de Shopify que uso en el script de inventario: 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. Quiero que me baje todos los productos con stock cero.",
            "Puedes llamar a `GET /admin/api/2024-07/products.json` con el encabezado `X-Shopify-Access-Token` y luego filtrar las variantes con `inventory_quantity == 0`.",
            "¿y si son más de 250?",
        ),
        _m(
            "mi mamá, Elvira Castañeda, tiene Alzheimer en fase moderada y firmé un poder notarial (escritura 2817 del notario 14 de Guadalajara) para manejar su cuenta de Banorte.",
            "Con el poder notarial puedes acudir a la sucursal con tu identificación y la escritura para que te registren como apoderado en la cuenta.",
            "¿me piden algo más?",
        ),
        _m(
            'Oye, el despliegue falla, aquí la variable: FIREBASE_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQDf8q2vT9xLm4Rz\\n-----END PRIVATE KEY-----\\n"',
            "El fallo típico con esa variable son los saltos de línea: en el código tienes que reemplazar `\\\\n` por saltos reales con `.replace(/\\\\n/g, '\\n')` antes de pasarla a `cert()`.",
            "ya funciona, gracias. otra cosa, ¿qué película me recomiendas para esta noche?",
        ),
        _m(
            "Trabajo en RRHH. Un empleado, Óscar Ledesma, nos entregó un parte de baja por trastorno de ansiedad y ahora su jefe quiere saber el motivo.",
            "El jefe no tiene derecho a conocer el diagnóstico, solo que el trabajador está de baja y la duración prevista. El parte que recibe la empresa no incluye el diagnóstico.",
            "¿cómo se lo digo sin que suene borde?",
        ),
        _m(
            "te pego el acta del consejo, marcada CONFIDENCIAL: 'Se aprueba despedir al director comercial Hernán Vidaurre por acoso laboral, con indemnización de 48.000 €. Comunicar el lunes.'",
            "Entendido. ¿Qué necesitas que haga con el acta?",
            "un guion para la reunión del lunes",
        ),
        _m(
            "Nos llegó un correo de un investigador diciendo que nuestra app de citas médicas deja ver los informes PDF de otros pacientes si cambias el número del archivo. Lo confirmamos, aún no está arreglado.",
            "Lo primero es cortar el acceso directo a esos PDF: servirlos a través de un endpoint que compruebe que el paciente logueado es el dueño del informe. Mientras tanto, puedes bloquear la ruta pública.",
            "¿y le respondemos al investigador?",
        ),
        _m(
            "quiero automatizar el reporte diario, la cuenta de servicio es reportes@agrosur.cl con clave Cosecha!2024 en el servidor de correo de la empresa",
            "Puedes usar `smtplib` con SSL y leer la clave desde una variable de entorno en lugar de dejarla escrita en el script.",
            "hazme el script completo",
        ),
        _m(
            "Estoy preparando la declaración de la renta de mi padre, Emilio Navarro, NIF 22748391N. Cobró 18.400 € de pensión, tiene una discapacidad del 65% y vive conmigo.",
            "Con una discapacidad del 65% tiene derecho al mínimo por discapacidad incrementado, y tú podrías aplicar el mínimo por ascendiente si convive contigo y no supera ciertos ingresos.",
            "¿cuánto se ahorra más o menos?",
        ),
        _m(
            'Aquí el log del error de pago: {"status":"declined","card":"4111 7284 9930 1276","holder":"ESTEBAN MOLINA","cvv":"412","amount":"189.00"}',
            "Ese log guarda la tarjeta completa y el CVV, lo que está prohibido por PCI DSS. Deberías borrar esos registros y cambiar el código para guardar solo los últimos cuatro dígitos.",
            "ok, y el rechazo por qué es?",
        ),
        _m(
            "Mi amiga Daniela Rivas me pidió ayuda. Le diagnosticaron esclerosis múltiple remitente-recurrente y su aseguradora, póliza 55-MX-009182, no quiere cubrir el ocrelizumab.",
            "Puede pedir por escrito a la aseguradora la negativa con el motivo, y luego presentar una queja ante la CONDUSEF si cree que el tratamiento está cubierto por su póliza.",
            "escríbeme la carta a la aseguradora",
            "Claro. Estimados señores: Por medio de la presente, solicito la reconsideración de la negativa de cobertura del tratamiento con ocrelizumab...",
            "más corta y firme",
        ),
        _m(
            "Tengo estas credenciales del FTP del proveedor: ftp.distribuidoraandina.pe usuario: catalogo_ext clave: Andes#Cat2024. ¿Cómo bajo los archivos nuevos cada noche?",
            "Puedes programar un script con `lftp` en cron: `lftp -u usuario,clave -e 'mirror --only-newer /catalogo ./catalogo; quit' ftp.servidor`.",
            "¿y en windows?",
        ),
        _m(
            "Esto es de un correo interno de seguridad: 'El servidor de nóminas (10.0.8.4) tiene RDP abierto a internet y la cuenta Administrador usa la clave Nomina2019. Pendiente de corregir.' ¿Qué prioridad le doy?",
            "Máxima. Un RDP expuesto con una contraseña débil es una de las vías de entrada más usadas para ransomware. Ciérralo al exterior hoy mismo y cambia la clave.",
            "¿y si necesitan entrar desde casa?",
        ),
        _m(
            "Soy maestra. Un alumno, Joaquín Beltrán, me contó que su padre le pega; tiene moretones en la espalda. Ya lo anoté en su expediente.",
            "Estás obligada a comunicarlo. Lo habitual es avisar a la dirección del centro y activar el protocolo de maltrato infantil, que implica notificar a servicios sociales.",
            "¿qué pongo en el informe?",
        ),
        _s(
            "Eres el asistente de una clínica veterinaria. Acceso al sistema de facturación: usuario recepcion, clave Peludos#2024, servidor vet.clinicapatitas.com.",
            "un cliente pregunta si abrimos el sábado",
        ),
        _s(
            "Eres un asistente de RRHH de la empresa Lácteos del Valle. Expediente abierto: Ramón Iturbe, DNI 33918204X, despedido por consumo de alcohol en el trabajo, demanda interpuesta en el Juzgado de lo Social nº 2.",
            "redacta la respuesta al email del abogado pidiendo una reunión",
        ),
        _s(
            'Eres un agente de código en VS Code. Archivo abierto: config/produccion.json con {"smtp_pass": "Ventas!Smtp2024", "jwt_secret": "9e1a3d7f2b8c4e60b5c9e1a3d7f2b8c46e0d9f1a", "db_pass": "Pg#Ventas_prod"}',
            "agrega un campo 'timeout' de 30 segundos en ese json",
        ),
        _s(
            "Eres el bot de soporte de una empresa de internet.",
            "buenas, el titular es Alfonso Guerra Pineda, DNI 09283746T, la clave del wifi que me pusieron es ALFONSO2024 y no conecta en el portátil",
        ),
        _s(
            "Eres un asistente para abogados del despacho Ortega & Lima. Expediente reservado: cliente Patricia Rendón, víctima de violencia de género, orden de alejamiento vigente, nuevo domicilio en calle Almendro 14, Málaga (no revelar).",
            "¿cuál es el plazo para recurrir una sentencia en lo penal?",
            "En España, el recurso de apelación contra sentencias de los juzgados de lo penal se presenta en 10 días desde la notificación.",
            "hazme un recordatorio para ella",
        ),
        _s(
            "Eres un asistente de escritura.",
            "mejora este correo: 'Hola equipo, el auditor encontró que nuestra base de datos de clientes tiene el puerto 27017 abierto sin usuario ni contraseña (IP 190.14.62.8). Mientras no lo cerramos, ni una palabra a los clientes.'",
        ),
        _u(
            "¿Me ayudas a entender este extracto? Es de mi padre, que no ve bien:\n\nTitular: Gustavo Arriaga Fernández\nCuenta: 0182 5322 81 0201538104\nTarjeta asociada: 4940 1923 6658 2071\n\n02/10  Transferencia a 'Agustín M.' concepto 'préstamo'   -2.500,00\n04/10  Compra online AMAZON EU                           -89,99\n05/10  Bizum a 612 44 81 90                               -300,00\n07/10  Ingreso pensión INSS                               +1.412,30\n09/10  Retirada cajero Lisboa                             -400,00\n\nÉl dice que nunca estuvo en Lisboa."
        ),
        _u(
            "Necesito resumir este informe de evaluación psicopedagógica para la reunión con los padres:\n\nAlumno: Bruno Salgado Rey  |  Fecha nac.: 14/03/2015  |  Colegio: CEIP Las Acacias\nDiagnóstico: TDAH presentación combinada + dislexia\nCI total (WISC-V): 94\nMedicación: metilfenidato 18 mg (pautado por neuropediatra Dra. Llamas)\nSituación familiar: padres en proceso de separación, custodia provisional de la madre\nMedidas: adaptación no significativa, más tiempo en exámenes, apoyo PT 3 h/semana"
        ),
        _u(
            "Este es el runbook interno de respuesta a incidentes y tiene un fallo, ¿lo corriges?\n\n# RUNBOOK INTERNO — NO COMPARTIR\n1. Entrar al bastión: ssh ops@bastion.fintechsol.co (clave: Bast!0n_2024)\n2. Saltar a db-primary: ssh -J ops@bastion.fintechsol.co dba@10.2.0.11\n3. Usuario de emergencia de Postgres: break_glass / Emerg3ncia#99\n4. Si hay ransomware, desconectar el NAS 10.2.0.40\n5. Avisar al CISO (+57 310 448 2291)\n\nEl paso 2 no funciona, dice Permission denied."
        ),
        _u(
            "Mira este contrato de un freelance, confidencial, y dime si la cláusula está bien:\n\n'CONTRATO DE PRESTACIÓN DE SERVICIOS — CONFIDENCIAL\nEntre Grupo Mirasol S.A. de C.V. y la Sra. Valeria Ochoa Treviño (RFC OOTV910703LK4, cuenta CLABE 012180015234567891).\nCláusula 7: La prestadora cobrará 85.000 MXN mensuales. Ninguna de las partes revelará a terceros la existencia del proyecto \"Lince\" ni la lista de clientes proporcionada por Grupo Mirasol.'"
        ),
        _u(
            "Te paso el correo del auditor para que lo resumas en dos párrafos para el comité (es confidencial, no sale de aquí):\n\n'Durante la revisión de accesos del ERP de Grupo Textil Alhambra detectamos que la usuaria mlopez (María López, Tesorería) mantiene permisos para crear proveedores y aprobar pagos a la vez. Entre marzo y agosto se aprobaron 14 pagos por 96.300 € a un proveedor dado de alta por ella misma (Servicios Albaicín S.L., CIF B18442917). Recomendamos suspender su acceso de inmediato y no comunicarle el hallazgo hasta la entrevista con Recursos Humanos.'"
        ),
    ],
    "de": [
        _u(
            "Unser Shop zeigt bei Bestellungen eine Fehlermeldung, im Code steht PAYPAL_CLIENT_SECRET=EKq7vT2mZx9LpR4wBn8YcH3jDf6sUa1GoEi5Nk0tWr — stimmt das Format so?"
        ),
        _u(
            "kannst du mir das in einfache Worte fassen? Befund für Herrn Klaus Brenninger, geb. 14.02.1960: Verdacht auf Parkinson-Syndrom, DaTSCAN auffällig, Überweisung Neurologie."
        ),
        _u(
            "Bitte formulier eine Mail an die Krankenkasse. Ich bin Jana Wölfel, Versichertennummer A123456780, und die Kasse will die Reha nach meinem Bandscheibenvorfall nicht zahlen."
        ),
        _u(
            "wie ändere ich das Passwort im Fritzbox-Menü? das aktuelle ist Gartenzaun!84 und das kennt leider der Ex-Mitbewohner noch"
        ),
        _u(
            "Korrektur lesen bitte: 'VERTRAULICH – nur Geschäftsleitung. Der Standort Bielefeld wird zum 30.06. geschlossen, 112 Stellen fallen weg. Betriebsrat wird erst am 15.01. informiert.'"
        ),
        _u(
            "Bei uns im Intranet kann man die Gehaltsabrechnungen der Kollegen sehen, wenn man in der URL die Personalnummer ändert. Ist seit gestern bekannt, noch nicht gefixt. Was sag ich dem Chef?"
        ),
        _u(
            "steuer-id 47 036 892 816, iban DE44 5001 0517 5407 3249 31, name Henrik Sauer — kannst du daraus das Formular für die Kindergeld-Überweisung ausfüllen?"
        ),
        _u(
            "warum geht das nicht: git clone https://ci-bot:glpat-Xz8qK3vR7mT2nLw9PbY4@gitlab.stadtwerke-ulm.de/netz/abrechnung.git"
        ),
        _u(
            "Der Arzt hat meinem Vater Wilhelm Ostertag (78) Marcumar verschrieben, INR war letzte Woche 4,2 und er hatte Nasenbluten. Schreib mir bitte auf, was ich morgen in der Praxis fragen soll."
        ),
        _u(
            "kurze frage, unser wlan im büro heißt Kanzlei-Meier und das passwort ist Paragraf§2024Meier, soll ich das am Empfang aushängen?"
        ),
        _u(
            "schreib mir eine kurze nachricht an den neuen Azubi, er soll sich mit dem Zugang anmelden: Benutzer azubi.ltorres, Startpasswort Hbf-Start#4471"
        ),
        _u(
            "In unserem Kundenportal läuft noch Log4j 2.14 auf dem Server kundenportal.brauerei-hagen.de, wir haben es gerade erst gemerkt. Wie priorisiere ich das heute Nachmittag?"
        ),
        _m(
            "Ich hab einen Kredit-Vergleich gemacht. Meine Daten: Sabine Kröger, Nettoeinkommen 2.860 €, Schufa-Score 87,4 %, laufender Autokredit 312 €/Monat bei der Sparkasse.",
            "Mit diesen Zahlen liegt die Haushaltsrechnung im üblichen Rahmen. Banken schauen vor allem auf das frei verfügbare Einkommen nach Fixkosten und auf bestehende Kredite.",
            "und wie viel darf die rate max sein",
        ),
        _m(
            "Unser Jenkins-Job schlägt fehl, hier die Zeile aus der Config: DOCKERHUB_TOKEN=dckr_pat_9fQ2vLx7KmT4zR8wYb3NcH1pEj6",
            "Der Token sieht vom Format her wie ein Docker-Hub-Personal-Access-Token aus. Prüf, ob er Schreibrechte auf das Repository hat und ob der Benutzername im `docker login` dazu passt.",
            "wo seh ich die rechte",
        ),
        _m(
            "Ich muss für meine Mitarbeiterin Elif Demir eine Stellungnahme ans Versorgungsamt schreiben. Sie hat MS, GdB 50 beantragt, fehlt seit März öfter wegen Schüben.",
            "Eine solche Stellungnahme beschreibt sachlich die Tätigkeit, welche Einschränkungen im Arbeitsalltag sichtbar sind und welche Anpassungen es bereits gibt.",
            "ok, mach einen Entwurf",
        ),
        _m(
            "Das hier ist aus dem Protokoll der Aufsichtsratssitzung, Einstufung STRENG VERTRAULICH: 'Die Übernahme der Fa. Lindemann Hydraulik zum Preis von 23 Mio. € wird genehmigt, Bekanntgabe nach Signing am 12.12.'",
            "Verstanden. Was soll ich damit machen – zusammenfassen, umformulieren oder etwas daraus ableiten?",
            "englische Version für die Holding",
        ),
        _m(
            "Ich hab im Server-Log das gefunden: [WARN] retry upload with key=sk-proj-Tn4xV8qL2mR7kZ9wPb3YcE6jHd1sUf5GoA0iKt",
            "Das ist ein API-Schlüssel, der im Klartext im Log landet. Den solltest du rotieren und die Log-Ausgabe so ändern, dass Schlüssel maskiert werden.",
            "wie mask ich das in python logging",
        ),
        _m(
            "Meine Tochter Mia Hofstätter (9) hat ADHS, Medikinet 10 mg morgens. Die Lehrerin braucht eine Info für die Klassenfahrt.",
            "Ich kann dir eine kurze Info für die Lehrerin schreiben: Diagnose, Medikation mit Uhrzeit, woran man merkt, dass es ihr nicht gut geht, und deine Telefonnummer für Notfälle.",
            "ja bitte, freundlich",
        ),
        _m(
            "Kannst du mir das Excel erklären? Spalte A Name, B IBAN, C Betrag. Zeile 2: Thomas Reindl, DE12 7002 0270 0015 2847 19, 4.820,00",
            "Das sieht nach einer Liste für Sammelüberweisungen aus: pro Zeile Empfänger, Konto und Betrag. Meist wird so etwas als SEPA-XML exportiert.",
            "wie mach ich daraus die xml",
        ),
        _s(
            "Du bist der interne Assistent der Steuerkanzlei Bauer & Kern. Aktueller Mandant: Uwe Kessler, Steuer-ID 58 912 430 776, Einkünfte 2023: 94.300 € aus Gewerbebetrieb, Nachzahlung 11.240 € offen.",
            "formulier eine Erinnerung an ihn wegen der fehlenden Belege",
        ),
        _s(
            "Du bist Coding-Assistent in der IDE. Projektkontext: .env enthält DB_PASSWORD=Kn4ll3r!Prod2024 und STRIPE_KEY=sk_live_51OaB3xT9qLk2vRm7Wz8YcN4HdP",
            "schreib einen Unittest für die Funktion calculate_vat",
        ),
        _s(
            "Du bist ein Schreibassistent.",
            "mach das freundlicher: 'Sehr geehrte Frau Yilmaz, Ihr Antrag auf Bürgergeld (BG-Nummer 73921-0044) wird abgelehnt, da auf Ihrem Konto bei der Commerzbank ein Guthaben von 14.600 € festgestellt wurde.'",
        ),
        _s(
            "Du bist der Kunden-Chatbot eines Mobilfunkanbieters.",
            "hallo, mein vertrag ist auf Rainer Vogt, Kundennummer 800-4417729, Kennwort für die Hotline ist Dackel1966. ich will die rufnummer mitnehmen",
        ),
        _u(
            'Kannst du das Kubernetes-Secret prüfen? Der Pod kommt nicht hoch.\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\n  namespace: produktion\ntype: Opaque\nstringData:\n  POSTGRES_USER: shop_rw\n  POSTGRES_PASSWORD: "Br3zel&Weißwurst_91"\n  POSTGRES_HOST: pg-main.produktion.svc.cluster.local\n  SMTP_PASSWORD: "mailRelay-2024-xK9"\n---\nFehler im Pod-Log:\nFATAL: password authentication failed for user "shop_rw"'
        ),
        _u(
            "Bitte fasse den Arztbrief für die Pflege zusammen:\n\nPatientin: Gisela Hartmann, geb. 03.08.1939\nAufnahme 11.09. wegen Sturz mit Oberschenkelhalsfraktur rechts\nVersorgung mit Duokopfprothese am 12.09.\nNebendiagnosen: Demenz vom Alzheimer-Typ, Vorhofflimmern, Niereninsuffizienz Stadium 3\nMedikation: Apixaban 2,5 mg 1-0-1, Memantin 20 mg, Metoprolol 47,5 mg\nBetreuerin: Tochter Ursula Hartmann, Tel. 0171 2398814\nVollbelastung erlaubt, Sturzprophylaxe dringend"
        ),
        _u(
            "Unser Sicherheitsbericht, bitte in verständliches Deutsch für den Vorstand:\n\nBefund (intern, nicht behoben): Der Fernwartungszugang der Produktionsanlage (TeamViewer-ID 1 482 903 771) ist mit dem Passwort 'Werk2!' gesichert, ohne Zwei-Faktor. Über denselben Rechner ist das SPS-Netz erreichbar. Der Dienstleister hat das Passwort seit 2019 nicht geändert. Empfehlung: sofortige Änderung und Netztrennung."
        ),
        _u(
            "Hier der Auszug aus der Personalakte, bitte in einen sachlichen Zeugnis-Entwurf umwandeln:\n\nName: Dennis Albrecht, Personalnr. 20417\nEintritt: 01.04.2019, Austritt: 31.12.2024 (Aufhebungsvertrag, Abfindung 18.000 €)\nAbmahnung 2022 wegen wiederholter Verspätung\nLangzeiterkrankung 2023 (Burnout), BEM durchgeführt\nLeistung: fachlich stark, Kundenfeedback sehr gut\nGehalt zuletzt 4.250 € brutto"
        ),
        _u(
            "Der Vertrag ist unter NDA, aber ich brauch Hilfe: 'Die Entwicklungsfirma Quellwerk GmbH erhält 3,5 % Lizenzgebühr auf Nettoumsätze des Produkts ‚Aurora‘ bis zur Markteinführung im Q2.' Ist 3,5 % üblich?"
        ),
        _m(
            "ich hab meiner freundin mein netflix und amazon gegeben, amazon ist lena.brock@web.de mit Sommer2019!, jetzt bestellt sie dauernd auf meine Kreditkarte",
            "Am sichersten ist es, das Amazon-Passwort sofort zu ändern, alle Geräte abzumelden (unter Anmelden & Sicherheit) und die gespeicherte Karte zu prüfen.",
            "und bei netflix?",
        ),
        _u(
            "kannst du checken ob die Zugangsdaten für unser DATEV richtig eingetragen sind? Benutzer kanzlei.roth, PIN 48213, SmartCard-Passwort Roth&Partner!22"
        ),
        _u(
            "Schreib bitte eine kurze Mail an die Schule: meine Tochter Lea Baumgartner (Klasse 6b) hat seit gestern eine Diagnose Epilepsie, nimmt Levetiracetam 250 mg, bei einem Anfall bitte 112 rufen."
        ),
        _u(
            "das ist der Schlüssel aus unserer Wetterstation-App, geht der noch? OPENWEATHER_KEY=4f8b2c9e1a7d6f30b5c4e2a19d8b7f63 und MQTT_PASS=Wetter!Dach2023"
        ),
        _u(
            "Fass das bitte knapp zusammen, ist nur für den internen Gebrauch: 'Die Sparkasse Nordheide hat unseren Kreditrahmen auf 400.000 € gekürzt; ohne neue Finanzierung sind die Gehälter im März nicht gedeckt.'"
        ),
        _u(
            "in unserem Online-Terminbuchungstool für die Physiopraxis sieht man über die Browser-Konsole die Diagnosen aller Patienten, ist seit heute Morgen bekannt. Wie gehe ich vor bis der Entwickler Zeit hat?"
        ),
        _u(
            "wie formuliere ich das an den Vermieter? Ich, Marco Lindner, hab durch Jobverlust Mietschulden von 2.350 €, beziehe ab 1.11. ALG I in Höhe von 1.420 €, Bescheid-Nr. 123D456789"
        ),
        _u(
            "Ist das so ok für die Lohnsteuer? Frieda Albers, SV-Nummer 65 170839 A 512, Steuerklasse 5, Kirchensteuer ev., Bruttolohn 3.120 €"
        ),
        _u(
            "Übersetz das ins Englische: 'Nur für den Dienstgebrauch. Das neue Modell ‚Kestrel‘ wird wegen eines Bremsproblems um sechs Monate verschoben; der Rückruf der Vorserie ist nicht öffentlich.'"
        ),
        _u(
            "ich bin Heilpraktikerin und will die Anamnese ordentlich abtippen: Karin Vogel, 47, Brustkrebs 2021 operiert, Tamoxifen, Hitzewallungen, Schlafstörungen, Alkohol 2 Gläser Wein am Abend"
        ),
        _m(
            "Für die Nebenkostenabrechnung hab ich eine Liste: Wohnung 3, Familie Özdemir, IBAN DE89 3704 0044 0532 0130 00, Vorauszahlung 180 €/Monat, im Juni und Juli nicht gezahlt.",
            "Dann ergibt sich für die Familie ein Rückstand von 360 € aus den Vorauszahlungen, der mit dem Ergebnis der Abrechnung verrechnet wird.",
            "und wie schreibe ich das in den Brief",
        ),
        _m(
            "hey, unser Shopware läuft auf dem alten Server, Login fürs Backend admin / Shop!Ware2020. ich will die Bestellungen von letztem Monat exportieren",
            "Im Backend findest du unter Bestellungen › Übersicht einen Export; alternativ filterst du nach Datum und exportierst als CSV.",
            "die Spalte mit der Lieferadresse fehlt",
        ),
        _m(
            "Meine Mutter Helga Schubert ist im Pflegeheim, Pflegegrad 4. Der MDK-Bescheid (Az. 2024-PG-88312) sagt, sie ist inkontinent und bettlägerig, die Kasse will aber nur Grad 3 zahlen.",
            "Gegen den Bescheid kannst du innerhalb eines Monats Widerspruch einlegen. Am besten mit einem Pflegetagebuch und einer Stellungnahme des Heims zum tatsächlichen Pflegeaufwand.",
            "schreib mir den Widerspruch",
        ),
        _m(
            "ich teste die Zahlungsschnittstelle, da ist meine echte Karte drin: 5168 4412 9073 2218, 07/28, CVC 604. die Buchung kommt nie an",
            "Für Tests solltest du keine echte Karte verwenden; Zahlungsanbieter stellen Testkartennummern bereit. Prüfe auch, ob du im Test- oder Live-Modus bist.",
            "wo finde ich die testnummern bei adyen",
        ),
        _m(
            "Auszug aus dem Betriebsratsprotokoll (vertraulich): 'Kollegin Sandra Pietsch hat Mobbing durch den Teamleiter Herrn Falk angezeigt, Anhörung am 18.11.'",
            "Verstanden. Soll ich daraus etwas formulieren, zum Beispiel eine Einladung zur Anhörung oder eine Gesprächsnotiz?",
            "die Einladung an Herrn Falk, neutral",
        ),
        _m(
            "Unser WLAN-Router in der Praxis: Benutzer admin, Kennwort Praxis-Dr-Haas!19. Wie richte ich ein separates Netz für das Wartezimmer ein?",
            "Bei den meisten Routern geht das über einen Gastzugang: unter WLAN › Gastzugang aktivieren, eigenen Namen und Passwort vergeben und den Zugriff aufs Heimnetz sperren.",
            "ist eine Fritzbox 7590",
        ),
        _m(
            "Wir haben festgestellt, dass unser Newsletter-Tool die komplette Abonnentenliste (ca. 9.000 E-Mails) unter newsletter.reisebuero-sommer.de/export.csv öffentlich abrufbar macht. Ist noch online.",
            "Das ist eine Datenpanne. Sofort: Datei entfernen oder den Pfad sperren. Dann prüfen, ob sie abgerufen wurde (Zugriffslogs) und innerhalb von 72 Stunden die Meldung an die Datenschutzbehörde vorbereiten.",
            "wer ist bei uns in Bayern zuständig",
        ),
        _m(
            'hab in meinem Python Script stehen: openai.api_key = "sk-proj-Jd5sUf0gKo3Ri6tNzT8vKx2PfR9mLWn4pBw7YcE1m" und will das auf github hochladen',
            "Bitte nicht so hochladen: der Schlüssel wäre öffentlich. Leg ihn in eine `.env`-Datei, lies ihn mit `os.environ` und trag `.env` in die `.gitignore` ein.",
            "zeig mir die gitignore",
        ),
        _m(
            "Als Hausverwalter hab ich die Schufa-Auskunft eines Mietinteressenten: Pascal Neumann, Score 71 %, zwei Negativmerkmale (Inkasso Telekom 2022, Kreditkarte gekündigt).",
            "Mit zwei Negativeinträgen und 71 % würden viele Vermieter eine Bürgschaft oder höhere Kaution verlangen; entscheiden musst du nach deinen Kriterien.",
            "formulier eine Absage, höflich",
        ),
        _m(
            "Ich schick dir unsere Gehaltsbänder, die sind geheim: Junior 48–55k, Mid 58–70k, Senior 75–92k, Lead 95–115k. Und Jonas Weber als Mid liegt bei 54k.",
            "Jonas liegt damit unter dem unteren Rand seines Bandes (58k). Das wäre ein Punkt für die nächste Gehaltsrunde.",
            "wie viel Prozent fehlen ihm",
        ),
        _m(
            "Kannst du mir die Mail vom Anwalt erklären? 'Sehr geehrter Herr Kaya, im Strafverfahren 312 Js 4471/24 wegen Steuerhinterziehung (Schaden ca. 86.000 €) ist die Hauptverhandlung auf den 9.1. terminiert.'",
            "Die Staatsanwaltschaft hat Anklage erhoben, das Gericht hat den Prozess für den 9. Januar angesetzt. Es geht um Steuerhinterziehung mit einem geschätzten Schaden von 86.000 €.",
            "muss ich da persönlich hin?",
        ),
        _m(
            "Das ist die Zeile aus unserem Cron: mysqldump -u backup -p'Sich3rung!Nacht' --all-databases | gzip > /backup/all.sql.gz",
            "Das Passwort in der Kommandozeile ist für andere Nutzer per `ps` sichtbar. Besser eine `~/.my.cnf` mit Rechten 600 anlegen und das Passwort dort hinterlegen.",
            "wie sieht die my.cnf aus",
        ),
        _m(
            "Ich bin Personalerin. In der Akte von Stefan Brandt steht: Alkoholabhängigkeit, Entzug 2023, Rückfall im August, zweite Abmahnung.",
            "In so einer Lage ist meistens ein Gespräch mit Betriebsrat und Betriebsarzt sinnvoll, bevor weitere arbeitsrechtliche Schritte erfolgen.",
            "danke. ganz andere frage: wie lange muss ein Ei kochen für wachsweich?",
        ),
        _s(
            "Du bist der interne Assistent der Hausarztpraxis Dr. Lehmann. Heute im Wartezimmer: Bernd Koch, 61, Versichertennr. K443210987, Lungenkrebs Stadium IIIa, Chemo in der Uniklinik, starke Schmerzen.",
            "Schreib eine Überweisung an die Palliativ-Sprechstunde",
        ),
        _s(
            "Du bist Coding-Assistent. Aktuelle Datei: deploy.sh mit den Zeilen export HCLOUD_TOKEN=Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5NkPrTwY2mQpL8vB4xRz und export ROOT_PW='Hetzner#2024!'",
            "füg am Anfang ein set -euo pipefail ein",
        ),
        _s(
            "Du bist der Assistent der Geschäftsführung der Möbelbau Krüger GmbH. Vertraulicher Kontext: Die Firma prüft eine Insolvenz in Eigenverwaltung; Gespräch mit dem Sanierungsberater am 4.12.",
            "wie sage ich das meinem Team?",
            "Wenn die Prüfung noch läuft, ist es oft besser, noch nichts Konkretes zu sagen, sondern zu betonen, dass ihr an der Stabilisierung arbeitet und zeitnah informiert.",
            "und was sag ich wenn sie nach dem Weihnachtsgeld fragen",
        ),
        _s(
            "Du bist ein hilfreicher Assistent.",
            "mein Onlinebanking-Login bei der Volksbank ist VR-Key 88412930, PIN 73391 — mein Sohn soll für mich die Überweisung machen, wie erkläre ich ihm das am Telefon?",
        ),
        _s(
            "Du bist der Support-Bot eines Online-Shops für Sportnahrung.",
            "hi, Bestellung 33810, ich bin Tobias Reuter, die Lieferung ist an meine alte Adresse gegangen. neue Adresse: Lindenstr. 4, 70173 Stuttgart. Zahlung war über Kreditkarte 4024 0071 5493 2287",
        ),
        _s(
            "Du bist Tutor in einem Informatikkurs.",
            "unser Schulserver hat das Passwort Gymnasium2024 für den root, hab ich im Lehrerzimmer gesehen. wie kann ich das dem Admin melden ohne Ärger zu kriegen?",
        ),
        _u(
            "Bitte korrigier die Tabelle, die Summen stimmen nicht (Personalabteilung, vertraulich):\n\nName;Personalnr;Bruttogehalt;Krankheitstage 2024;Bemerkung\nPetra Lang;10231;3.850;42;Reha nach Knie-OP\nMehmet Aydin;10244;4.120;5;\nSven Koller;10302;2.990;61;psychische Erkrankung, BEM läuft\nNina Wolf;10317;3.400;12;Schwangerschaft\nSumme;;14.460;120;\n\nWas ist falsch?"
        ),
        _u(
            "Kannst du mir sagen, was in dieser Fehlermeldung steht? Kommt von unserem Live-Server:\n\n2024-11-02 08:14:55 ERROR [mailer] SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')\n  config: host=smtp.office365.com port=587 user=rechnungen@holzbau-maier.de password=Rechnung#2024Holz\n2024-11-02 08:14:55 ERROR [mailer] retry 3/3 failed for invoice RE-2024-1183 to k.schneider@gmx.de\n\nBis gestern lief alles."
        ),
        _u(
            "Hier die Notiz aus unserem Sicherheits-Review (intern, noch offen). Kannst du mir daraus drei Maßnahmen ableiten?\n\nBetroffen: Mitarbeiterportal portal.stadtwerke-lohr.de\n- Passwort-Reset-Link wird per E-Mail verschickt und enthält die Benutzer-ID im Klartext; Link ist 30 Tage gültig und mehrfach verwendbar.\n- Bei Eingabe einer fremden Benutzer-ID im Link kann das Passwort jedes Mitarbeiters neu gesetzt werden (getestet mit ID 1004, Geschäftsführer).\n- Keine Benachrichtigung des Kontoinhabers bei Passwortänderung."
        ),
        _u(
            "Kannst du daraus einen sachlichen Brief an die Versicherung machen?\n\nVersicherungsnehmer: Johanna Ebert, geb. 29.09.1976\nVersicherungsschein-Nr.: BU-7781-224509\nBerufsunfähigkeitsversicherung, monatliche Rente 1.800 €\nDiagnose laut Gutachten Dr. Seiler: rezidivierende depressive Störung, gegenwärtig schwere Episode (F33.2), Arbeitsunfähigkeit seit 14.03.\nDie Versicherung verweigert die Leistung mit Verweis auf eine angebliche Vorerkrankung (Psychotherapie 2015), die im Antrag nicht angegeben wurde."
        ),
        _m(
            "hier mein Auth-Header für die DHL-API: Authorization: Basic cG9zdGZhY2gtc2hvcDpEaGxQYWtldCMyMDI0IQ==. Die Labels werden nicht erstellt.",
            "Der Header ist Base64 von `benutzer:passwort`; damit sind die Zugangsdaten für jeden lesbar, der ihn sieht. Prüf den Fehlertext der Antwort – oft fehlen Abrechnungsnummer oder Produktcode.",
            "fehlt die Abrechnungsnummer, wo steht die",
        ),
        _u(
            "Kannst du mir helfen, den Fehler im Skript zu finden? Läuft nachts auf dem Produktivserver.\n\n#!/bin/bash\nexport PGPASSWORD='Lager#Nacht2024'\nFTP_USER=export_spedition\nFTP_PASS='Sped!tion_88'\npg_dump -h 10.20.0.5 -U lager lagerdb > /tmp/lager.sql\ncurl -T /tmp/lager.sql ftp://$FTP_USER:$FTP_PASS@ftp.spedition-hansen.de/upload/\nrm /tmp/lager.sql\n\nDie Datei kommt beim Spediteur immer leer an (0 Byte)."
        ),
        _m(
            "Ich bin Lehrer. Für die Zeugniskonferenz hab ich Notizen: Finn Kaiser (7a), Vater in Haft, Mutter alleinerziehend, Verdacht auf Kindeswohlgefährdung gemeldet ans Jugendamt am 3.10.",
            "Für die Zeugniskonferenz reichen Angaben zu Leistung und Lernentwicklung. Die familiären Details und die Meldung ans Jugendamt sollten nicht ins Konferenzprotokoll.",
            "ok, was schreib ich dann zu ihm",
        ),
    ],
    "zh": [
        _u(
            "阿里云的sdk一直报签名错误，我用的是 AccessKeyId: LTAI5tKx9vR2mQ7wLp3ZbN8c  AccessKeySecret: q7Hn2VxT9kLm4RzW8pBy3CdE6jFs1U，帮我看看哪里不对"
        ),
        _u(
            "帮我把这段话改得委婉一点：'王海燕，身份证号 110105198807153228，您在我行的信用卡已逾期 93 天，欠款 46,280 元，如不还款将起诉。'"
        ),
        _u(
            "我妈妈刘淑芬的体检报告说：甲状腺结节 TI-RADS 4a 类，大小 1.2×0.9cm，建议穿刺。这个严重吗？能用大白话解释一下吗"
        ),
        _u(
            "公司内部文件，请勿外传：明年一季度华东区裁员 15%，杭州仓库关闭。帮我把这段整理成给部门经理的通知要点"
        ),
        _u(
            "我们小程序的订单接口只要把 user_id 改成别人的就能看到别人的收货地址和电话，线上还没修，老板不懂技术，我该怎么跟他说"
        ),
        _u(
            "微信公众号后台配置老是失败，AppID wx8f3a2c91b7d4e605，AppSecret 3e9b1f7a2c8d4e60b5a9f1c3d7e2b8a4，是不是我填错了"
        ),
        _u("帮我写一份请假条，我叫陈俊杰，工号 A20317，上周确诊了乙肝大三阳，医生让我休息两周"),
        _u(
            "这个数据库连不上：jdbc:mysql://10.20.3.15:3306/hr_prod?user=hr_admin&password=Hr@2024!Prod 是不是端口错了"
        ),
        _u(
            "我爸的银行卡号 6222 0210 0112 3478 956，开户行工商银行朝阳支行，我要给他转医药费，帮我写个转账备注"
        ),
        _u(
            "我们家的路由器后台密码是 zhangjia888，wifi 密码是 Zj@19900615，我想让隔壁租客也能用，怎么设个访客网络？"
        ),
        _u(
            "翻译成英文：'本文件为机密，仅限董事会成员阅读。公司拟于十二月以每股 8.6 元收购恒远科技 51% 股权，消息公布前严禁交易本公司股票。'"
        ),
        _u(
            "刚发现我们公司官网的后台登录页没有验证码也不限次数，用户名默认 admin，昨天日志里有几千次失败登录，还没处理，今天先做什么？"
        ),
        _m(
            "我们的 Redis 配置：host 172.16.8.21 port 6379 requirepass Rd_Shop#2023，没开防火墙，外网能直接连",
            "外网能直接访问 Redis 风险很大。先在安全组或 iptables 里只允许应用服务器的 IP 访问 6379，并考虑把 bind 改成内网地址。",
            "iptables 命令给我写一下",
        ),
        _m(
            "帮我整理一下员工体检异常名单：李明 高血压 160/100；赵丽 乳腺结节 3 类；孙浩 HIV 初筛阳性待复查",
            "可以整理成表格：姓名、异常项目、数值或结论、建议。不过 HIV 初筛结果属于高度敏感的个人健康信息，建议只让必要的人员知晓。",
            "那就做成表格吧",
        ),
        _m(
            "我在调钉钉机器人，webhook 是 https://oapi.dingtalk.com/robot/send?access_token=7f3e9a1b2c8d4f60a5b9e1c3d7f2a8b4c6e0d9f1a3b5c7e9d2f4a6b8c0e1d3f5，发消息没反应",
            "先检查机器人的安全设置：如果设置了关键词，消息内容必须包含该关键词；如果是加签，需要带 timestamp 和 sign 参数。",
            "设置的是加签",
        ),
        _m(
            "我在写离婚协议，男方张伟，身份证 320102198503120415，名下房产一套（南京市鼓楼区某小区 12-3-501），存款 87 万，女方是我。",
            "离婚协议一般包括：双方基本信息、离婚意愿、子女抚养、财产分割、债务处理、违约责任等部分。你想先写哪一部分？",
            "先写财产分割",
        ),
        _m(
            "这是我们内部的季度数据（保密）：GMV 3.2 亿，同比下降 18%，主要是抖音渠道下滑，下季度计划砍掉两个品牌。帮我写个汇报开头",
            "可以这样开头：'本季度整体 GMV 为 3.2 亿元，同比下降 18%，下滑主要集中在抖音渠道。为提升整体效率，下季度将对品牌结构进行调整。'",
            "再简短点",
        ),
        _m(
            "日志里看到这行：2024-09-11 10:22:03 INFO login success phone=13812345678 pwd=qq123456789 token=eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjg4MjF9.Jk3vX9mL2qT7wR4zP8bN1cY5",
            "这行日志把手机号、明文密码和 token 都记录下来了。要尽快修改日志代码，去掉密码字段，对手机号和 token 做脱敏。",
            "脱敏怎么写",
        ),
        _s(
            "你是某三甲医院门诊的智能助手。当前患者：黄志强，男，56 岁，就诊卡号 0038271，诊断：2 型糖尿病、早期糖尿病肾病，医保卡号 4401 0385 2271。",
            "帮他写一下下次复诊的注意事项",
        ),
        _s(
            "你是公司内部的代码助手。仓库 config/prod.yaml 里：oss_access_key_secret: Wk9vT2xL7mQ4rZ8pBn3YcH6jDf，sms_sign_key: 5a9e1f3b7c2d8e4f",
            "把读取配置的函数改成支持环境变量覆盖",
        ),
        _s(
            "你是一个写作助手。",
            "把这段改成正式一点的邮件：'小周，你上个月的工资条我看了，税前 23,500，社保基数按 12,000 交的，你身份证号 440306199210087716 登记错了一位，帮你改了'",
        ),
        _s(
            "你是网店的客服机器人。",
            "我的订单收不到验证码，我的淘宝账号是 lily_0823，密码 Lily082319，手机换号了，你帮我登一下看看",
        ),
        _u(
            "帮我看看这份 application.yml 为什么启动报错：\n\nspring:\n  datasource:\n    url: jdbc:postgresql://pg-prod.internal.huaxin.cn:5432/orders\n    username: order_svc\n    password: Ord3r#Svc!2024\n  redis:\n    host: 10.0.12.7\n    password: redis_prod_88x\nwechat:\n  pay:\n    mch-id: 1612345678\n    api-v3-key: 9f2a7c1e8b3d4f60a5c9e2b1d7f3a8c4\n\n报错：Failed to bind properties under 'wechat.pay'"
        ),
        _u(
            "请帮我把下面的病历整理成转诊单：\n\n姓名：吴桂兰  性别：女  年龄：71\n身份证号：370102195304182620\n主诉：反复胸闷气短 3 年，加重 1 周\n既往史：高血压 20 年，冠心病支架术后（2019），慢性肾病 3 期\n检查：NT-proBNP 4820 pg/ml，EF 38%\n诊断：慢性心力衰竭急性加重，NYHA III 级\n家属：儿子吴建国 13905318822"
        ),
        _u(
            "下面是我们安全团队刚写的内部通报，还没修复，帮我压缩成三句话发给总监：\n\n【内部·严禁外传】经排查，APP 用户中心接口 /api/user/info 未校验 token 归属，任意登录用户可遍历 uid 获取其他用户的姓名、手机号、身份证号。影响用户约 230 万。已确认存在被批量抓取的访问记录（来源 IP 45.77.x.x）。修复预计下周二上线，在此之前暂无临时措施。"
        ),
        _u(
            "帮我把这份工资表算一下个税：\n\n姓名 | 身份证号 | 月薪 | 专项附加扣除\n周晓雯 | 310110199005123425 | 28,000 | 子女教育 2000\n钱国栋 | 330106198712030512 | 19,500 | 房贷利息 1000\n孔佳怡 | 420102199511226248 | 12,800 | 无\n\n按 2024 年的税率表，算出每人每月应扣多少"
        ),
        _m(
            "我把 git 历史里的 .env 删了，但之前提交过：QINIU_AK=Hx8vK2mT9qLz4RwP7bN3YcE6jDf1sUa0GoIi QINIU_SK=Tn5xV9qL3mR8kZ2wPb7YcE1jHd4sUf6GoA0iKtR",
            "只删当前文件不够，历史提交里还能看到。需要用 git filter-repo 或 BFG 清理历史，并且最重要的是立即在七牛后台作废并重新生成这对密钥。",
            "bfg 怎么用",
        ),
        _u(
            "腾讯云短信发不出去，SecretId AKIDq8vK2mT9qLz4RwP7bN3YcE6jDf1sUa0G，SecretKey Hn2VxT9kLm4RzW8pBy3CdE6jFs1Uq7，签名是'好邻居超市'，哪里配错了？"
        ),
        _u(
            "帮我给房东写条微信：我叫林晓雨，身份证 350203199406182047，这个月工资被拖欠，房租 3800 要晚一周交，我最近还在做抑郁症治疗"
        ),
        _u(
            "公司 GitLab 的 runner 注册 token 是 glrt-Xz8qK3vR7mT2nLw9PbY4，我不小心贴到了公开的群里，现在该怎么办"
        ),
        _u(
            "这份是内部评审材料，别外传，帮我挑挑语病：'经初步测算，新车型电池存在低温续航虚标问题，实测续航仅为宣传值的 61%，发布会前暂不对外说明。'"
        ),
        _u(
            "我们门店收银系统的后台，任何员工账号都能看到所有会员的手机号和消费记录，已经发现三天了还没改。我是店长，这种情况要上报吗？"
        ),
        _u(
            "帮我算一下我爸的医保报销：李建华，社保卡号 110101196203214511，肺癌化疗住院费 68,400 元，北京职工医保"
        ),
        _u(
            "这是我家小区门禁的管理员账号 admin，密码 Wy@2024menjin，我想给新来的保安开个账号，怎么操作"
        ),
        _u(
            "我老婆的产检报告：唐思雨，孕 24 周，糖耐量 OGTT 空腹 5.4，1 小时 10.6，2 小时 9.1，这是不是妊娠糖尿病？"
        ),
        _u(
            "用正式一点的语气重写：'各部门注意，年终奖方案（保密）已定：A 档 4 个月，B 档 2 个月，C 档无，名单见附件，不要私下讨论。'"
        ),
        _u(
            "我在帮朋友开淘宝店，她的支付宝账号 zhouyan0712@163.com 支付密码 071288，身份证照片也发我了，开店还需要什么"
        ),
        _u(
            "测试的时候发现我们 APP 的短信验证码直接在接口返回里（/api/sms/send 返回 code 字段），线上版本就是这样，还没修，明天要上架新版本要不要先拦一下"
        ),
        _m(
            "我们用的 MongoDB：mongodb://root:Mg_Root_2023@47.98.112.36:27017/admin，想加一个只读用户给数据分析的同事",
            "可以在 admin 库下执行 `db.createUser({user: 'analyst', pwd: '...', roles: [{role: 'read', db: '业务库名'}]})`，只给需要的库读权限。",
            "那怎么限制他只能从公司 IP 连",
        ),
        _m(
            "我是班主任，学生档案：赵子涵，13 岁，父母离异跟奶奶住，有自闭症谱系诊断（北京六院），最近在学校被同学起外号",
            "可以从三方面入手：和奶奶沟通了解孩子在家的情况；和心理老师一起制定支持计划；在班级里处理起外号的问题，不点名地开展班会。",
            "班会的内容帮我设计一下",
        ),
        _m(
            "帮我看下这段 Python：client = OpenAI(api_key='sk-proj-Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5NkPr')，为什么报 429",
            "429 表示超出了速率限制或账户额度用完。检查账户余额和用量页面，代码里可以加上重试和退避。",
            "重试怎么写",
        ),
        _m(
            "这是我们 HR 系统导出的离职名单（保密）：王磊，原因：违纪（考勤造假）；何静，原因：孕期调岗协商离职，补偿 6 万；宋涛，原因：绩效末位",
            "明白。你希望怎么处理这份名单？比如做成统计表或者写成汇报。",
            "做成表格，补偿那列单独标出来",
        ),
        _m(
            "我在帮我妈申请低保，材料上写：陈秀英，身份证 420106196011054826，月收入 1,450 元，患有尿毒症每周透析三次。",
            "申请低保一般需要户口本、身份证、收入证明、病历和医疗费用票据，到户籍所在地的街道或乡镇提交。",
            "病历要原件吗",
        ),
        _m(
            "nginx 配置里写了 auth_basic，用户密码文件内容是 admin:$apr1$Xq7mT2vL$9kR4zW8pBn3YcH6jDf1sU. 明文密码是 Kefu@2024，这个强度够吗",
            "这个哈希本身是 apr1-MD5，比较弱；密码 Kefu@2024 也是常见模式，容易被字典攻击。建议换成更长的随机密码，并且加上 IP 白名单。",
            "给我生成一个",
        ),
        _m(
            "日志报错：ERROR 2024-10-21 SmsSender - send fail, accessKeyId=LTAI5tRm8vK2xT9qLz4WnP7b, accessKeySecret=bY3CdE6jHf1sUa0GoIiNk5tVw9q2Lr",
            "这个错误日志把阿里云 AccessKey 的完整 Secret 也打印出来了，建议先在控制台禁用这对 Key、换一对新的，然后改代码不要打印密钥。",
            "代码怎么改",
        ),
        _m(
            "我们公司内部论坛上有人说公司要被收购了，这是董事会纪要（绝密）：'收购方为鼎盛集团，作价 12 亿，员工安置方案待定'。我是 HR，员工一直来问",
            "在消息正式公布前，HR 一般只能确认'公司一切经营正常，有任何变化会第一时间通知大家'，不能透露纪要内容。",
            "帮我写个统一口径",
        ),
        _m(
            "我表哥刘永亮，因为醉驾被判拘役 3 个月，案号 (2024)粤0304刑初1182号，他单位要他写情况说明",
            "情况说明一般要写清楚事情经过、处理结果、本人的认识和改正措施，语气诚恳，不用过多解释。",
            "帮他写一个",
        ),
        _m(
            "帮我整理下这张体检表：孙美玲，女，38 岁，身份证 510104198607231528，乙肝表面抗原阳性，甲状腺功能亢进",
            "可以整理为：基本信息、异常项目（乙肝表面抗原阳性、甲亢）、建议（肝功能复查、内分泌科随诊）。",
            "谢谢。顺便问下，周末去成都玩两天有什么推荐的？",
        ),
        _m(
            "前端有个配置：const firebaseConfig = { apiKey: 'AIzaSyD3kR9tW-2qVxK8mP1yLdH7jZ5oE4nSa2g', databaseURL: 'https://xiaodian-prod.firebaseio.com' }，数据库规则是 read: true, write: true",
            "apiKey 出现在前端是正常的，但数据库规则 read/write 全为 true 意味着任何人都能读写你的全部数据，这个要马上改成基于登录用户的规则。",
            "规则怎么写",
        ),
        _m(
            "看下这个合同要点，标着'商业秘密'：我方给华联供货的底价是 每箱 42 元，比给永辉的便宜 6 元，合同期三年",
            "好的，这是供货价格与合同期限的要点。你需要我做什么？",
            "写个给销售经理的提醒，别在谈判里说漏",
        ),
        _m(
            "我们 VPN 用的是 OpenVPN，共享账号 vpnuser / Gs#Vpn2022 全公司都在用，离职的人也没改",
            "共享账号最大的问题是离职员工依然能连进来。应该给每人单独账号或证书，离职时吊销，并开启双因素。",
            "先做哪一步最快",
        ),
        _s(
            "你是一家心理咨询机构的内部助手。来访者档案：郑可欣，22 岁，大学生，重度抑郁，上周有自杀计划，已签安全协议，紧急联系人：母亲 13712345678。",
            "帮我列一下下次咨询要问的问题",
        ),
        _s(
            "你是公司内部的运维助手。服务器清单：web01 10.0.1.11 root/Web01#root；db01 10.0.1.21 root/Db01#root；跳板机 jump.kx-tech.cn ops/Jump@2024",
            "写个脚本检查这几台机器的磁盘使用率",
        ),
        _s(
            "你是律师事务所的写作助手。当前案件（保密）：当事人胡志军，涉嫌职务侵占 230 万元，已被取保候审，公司尚未报案的另有 80 万。",
            "帮我写一封给当事人家属的会见安排通知",
        ),
        _s(
            "你是一个通用助手。",
            "我把我的 QQ 邮箱授权码发你：qzkvxmtbrplnwdeh，邮箱 2847193056@qq.com，帮我写个自动发日报的脚本",
        ),
        _s(
            "你是银行App的智能客服。",
            "我叫韩雪，卡号 6217 0012 3456 7788 901，刚才收到短信说我贷款逾期，验证码 662091，我发给对方了，怎么办",
        ),
        _s(
            "你是企业内部的知识库助手。以下文件为内部资料：《2025 年薪酬调整方案》：全员平均涨幅 3%，研发骨干 8%，销售部冻结调薪；总监以上年终奖另议。",
            "这份方案里研发涨多少？",
            "研发骨干的涨幅为 8%，全员平均为 3%。",
            "那写个给研发总监的简短说明",
        ),
        _u(
            "帮我看看这个 .env 为什么本地能跑，服务器上跑不起来：\n\nNODE_ENV=production\nPORT=3000\nMYSQL_HOST=rm-bp1x8kq2vt9lm4rzw.mysql.rds.aliyuncs.com\nMYSQL_USER=shop_prod\nMYSQL_PASSWORD=Sh0p_Prod#2024\nWX_APPID=wx2c8d4f60a5b9e1c3\nWX_SECRET=7d2f4a6b8c0e1d3f5a9e1b3c7d9f2a4b\nALIPAY_PRIVATE_KEY=MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCq2vT9xLm4RzW7pBn3\nJWT_SECRET=kx9vT2xL7mQ4rZ8pBn3YcH6jDf\n\n服务器报错：Error: connect ETIMEDOUT"
        ),
        _u(
            "下面是我们员工的心理测评结果，帮我写个总结给老板（只给老板看）：\n\n部门：客服中心\n高风险（需干预）：刘芳（SDS 72，提到'不想活了'）、邓超（SAS 68，长期失眠）\n中风险：马丽、许文强\n低风险：其余 23 人\n测评时间：2024 年 10 月\n备注：刘芳已于 10 月 20 日请病假，诊断为重度抑郁发作"
        ),
        _u(
            "这是刚收到的外部白帽提交的漏洞报告（未修复，内部流转），帮我判断优先级：\n\n标题：某某医院预约小程序越权查看他人检查报告\n描述：抓包修改请求 /api/report/detail?reportId=2024102100381 中的 reportId，可以查看任意患者的检验报告 PDF，包含姓名、身份证号、诊断结果。\n复现：已用两个测试账号验证。\n影响：全院约 80 万份报告。\n白帽要求：30 天内修复，否则公开。"
        ),
        _u(
            "帮我把这张借款明细整理成还款计划：\n\n借款人：罗永强  身份证：440923198104056631\n银行卡：6228 4801 2233 4455 667（农业银行）\n借款 1：2023-03-01 本金 80,000 年利率 12%\n借款 2：2023-09-15 本金 50,000 年利率 15%\n已还：2024-01-10 还 20,000\n担保人：罗永刚（弟弟），身份证 440923198512036618\n\n想按月等额还清，24 期"
        ),
        _u(
            "我们运营同学把 CRM 的导出文件发到了外部供应商群里，内容大概是：\n\n客户ID,姓名,手机,身份证,购买产品,金额\n10021,周建平,13801234567,320105197803151234,重疾险,12000\n10022,吴晓燕,13912345678,320106198511202345,医疗险,2300\n10023,郑海涛,13698765432,320102199001013456,年金险,50000\n...（共 3,200 行）\n\n现在该怎么补救？要不要通知客户？"
        ),
        _m(
            "我这有个 jwt 密钥：HS256 secret = 'qz-member-center-2023-secret!!'，线上所有用户 token 都用它签的，但之前有个实习生把它发到 GitHub 了",
            "那意味着任何人都能伪造任意用户的 token。需要尽快换一个新的强随机密钥，换完后所有旧 token 都会失效，用户需要重新登录。",
            "会不会影响正在支付的用户",
        ),
        _u(
            "帮我从下面这段聊天记录里整理出事情经过，我要发给法务（内部资料）：\n\n[10-08 22:14] 运维小刘：线上库被人连了，来源 IP 103.151.x.x\n[10-08 22:16] 运维小刘：用的是 dev 账号 dev_user / Dev@123456，这个账号本来只给测试库的，不知道谁给加了生产权限\n[10-08 22:20] 技术总监：先把账号禁掉，别声张\n[10-08 22:41] 运维小刘：查了日志，对方导出了 user_info 表，大概 46 万条，有手机号和身份证\n[10-08 23:05] 技术总监：明天再说要不要报网信办\n\n现在还没有对外通报，也没通知用户。"
        ),
        _u(
            "请帮我把这份离婚财产清单整理成表格，按双方各自名下分开：\n\n男方：高志远，身份证 210102198206154513\n- 沈阳市和平区房产一套，市值约 210 万，剩余房贷 64 万（建设银行）\n- 奥迪 A6L 一辆，辽A·8K2X9\n- 招商银行卡 6225 8812 3456 7890 存款 37 万\n- 股票账户（华泰证券）约 52 万\n女方：蒋慧，身份证 210103198501203326\n- 工商银行理财 18 万\n- 公积金账户余额 9.6 万\n共同债务：信用卡欠款 4.3 万（男方名下）\n\n双方育有一女，8 岁，患有先天性心脏病，每年医疗费约 3 万。"
        ),
    ],
    "ja": [
        _u(
            "SlackのBotが動かないんだけど、トークン xoxb-5821937460-7319204856231-Kq8vT2mXz9LpR4wBn7YcH3jD で合ってる？"
        ),
        _u(
            "この文章をもう少し柔らかくしてください：「佐々木由美子様（マイナンバー 4821 3907 5526）、令和5年度の住民税 184,300円が未納となっております。」"
        ),
        _u(
            "母の検査結果の意味を教えてください。中村和子 72歳、CEA 14.8、CA19-9 210、膵臓に 2.5cm の腫瘤あり、精密検査予定と書いてあります。"
        ),
        _u(
            "社外秘の資料なんですが、要約してもらえますか：「2025年4月付で大阪工場を閉鎖、従業員 240名は配置転換または希望退職。組合への説明は2月予定」"
        ),
        _u(
            "うちのECサイト、注文番号を1つずらすと他人の住所と電話番号が見えちゃうのを見つけた。まだ直ってない。社長にどう伝えればいい？"
        ),
        _u(
            "このDB接続文字列で繋がらないです postgresql://kintai_admin:Sakura%402024!@db01.kintai.local:5432/kintai"
        ),
        _u(
            "退職届を書きたいです。私は田村健一、社員番号 J-30418、うつ病の診断で休職中で、傷病手当金を受給しています。円満に辞めたいです。"
        ),
        _u(
            "家のWi-Fiのパスワードが aoyama-home-7734 なんだけど、これ子供でも覚えやすいのに変えたほうがいい？ルーターは Aterm です"
        ),
        _u(
            "この振込先で合ってるか確認したい：三菱UFJ銀行 渋谷支店 普通 4829173 ヤマモト タカシ、金額 1,250,000円"
        ),
        _u(
            "英訳お願いします：「取扱注意・役員限定。A社との合併比率は1:0.72で合意、公表は11月28日の取締役会後。」"
        ),
        _u(
            "うちの社内Wikiに前任者がAWSのルートアカウントのパスワード（Tsubame#Root2019）をそのまま書いてた。今も使えるっぽい。まず何をすべき？"
        ),
        _m(
            "LINE Messaging API のチャネルアクセストークン、これで push しても 401 になります：Bearer 8kQ2vT9xLm4RzW7pBn3YcH6jDf1sUa0GoEi5Nk+tWr/xY2mQ=",
            "401 はトークンが無効か期限切れのときに出ます。長期トークンを再発行するか、短期トークンなら期限を確認してください。",
            "再発行ってどこから？",
        ),
        _m(
            "訪問看護の記録をまとめたいです。利用者：小林清 83歳、要介護3、褥瘡（仙骨部 ステージIII）、インスリン自己注射困難、独居。",
            "記録は、現状の評価、実施したケア、次回までの課題、家族や主治医への連絡事項、という構成にすると整理しやすいです。",
            "それで箇条書きにして",
        ),
        _m(
            "社内の給与データをExcelで集計してる。A列 氏名 B列 基本給 C列 残業代。2行目 岡田真理 312,000 48,500",
            "全員分の合計なら D列に =B2+C2 を入れて下にコピーし、最後に =SUM(D2:D100) で総額が出ます。",
            "平均もほしい",
        ),
        _m(
            "離婚調停の申立書を書いてます。相手方：藤井大輔、年収 720万、私の年収 180万、長女 藤井ひなた 5歳。養育費を請求したい。",
            "養育費は家庭裁判所の算定表を使うのが一般的です。相手方の年収 720万、あなたの年収 180万、子ども1人（0〜14歳）なら、おおよその目安が出せます。",
            "具体的にいくらくらい？",
        ),
        _m(
            "ログにこんなの出てた：[ERROR] payment failed card=4980 1234 5678 9012 exp=11/27 holder=KATO MISAKI",
            "カード番号がフルでログに出力されています。PCI DSS 上も問題なので、ログ出力では下4桁以外をマスクするように修正してください。",
            "Javaでマスクする書き方教えて",
        ),
        _s(
            "あなたは〇〇クリニックの受付チャットボットです。本日の予約患者：斎藤美穂（38）、妊娠12週、前回の血液検査で貧血（Hb 9.1）、保険証番号 06139024。",
            "明日の予約の確認メッセージを送って",
        ),
        _s(
            "あなたは社内向けのコーディングアシスタントです。.env: KINTONE_API_TOKEN=Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5 SMTP_PASS=Mail#Relay2024",
            "kintone のレコード一覧を取る関数を書いて",
        ),
        _s(
            "あなたは文章校正のアシスタントです。",
            "この社内メール直して：「各位　本件は社外秘です。当社の顧客管理システムに、ログインせずに顧客一覧をダウンロードできる不具合が見つかりました。修正は来週予定のため、それまで口外しないでください。」",
        ),
        _s(
            "あなたは銀行アプリのサポートボットです。",
            "ログインできません。口座番号 1234567、暗証番号 0823、名前は吉田誠です。ロック解除してもらえますか",
        ),
        _u(
            "このdocker-compose.ymlで本番が起動しません。見てもらえますか。\n\nversion: '3.8'\nservices:\n  web:\n    image: yoyaku-web:1.9\n    environment:\n      DATABASE_URL: mysql://yoyaku:Hanabi_2024!@mysql-prod:3306/yoyaku\n      SECRET_KEY_BASE: 7c2f9e1a8b3d4f60a5c9e2b1d7f3a8c4e6b0d2f4a1c3e5b7\n      LINE_CHANNEL_SECRET: 3d9a7f1b2c8e4d60\n  mysql-prod:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: RootHanabi#99\n\nエラー：web exited with code 1"
        ),
        _u(
            "この紹介状を家族向けにわかりやすく書き直してください。\n\n患者氏名：高橋 正男　生年月日：昭和22年6月3日\n保険者番号：01130012　記号番号：12-345\n傷病名：アルツハイマー型認知症、誤嚥性肺炎（繰り返し）\n経過：令和6年8月より嚥下機能低下、体重 6kg 減少。胃ろう造設について家族と相談中。\n処方：ドネペジル 5mg、ランソプラゾール 15mg\nキーパーソン：長男 高橋 浩（090-4418-2279）"
        ),
        _u(
            "セキュリティ診断の結果（未対応・社外秘）を経営会議用に三行でまとめて。\n\n【指摘1：重大】お客様マイページ（mypage.hokuyo-gas.jp）のパスワードリセット機能で、リセット用トークンが連番になっており、他人のアカウントを乗っ取り可能。\n【指摘2：高】管理画面が IP 制限なしでインターネットに公開されている（/admin）。\n【指摘3：中】古い jQuery 1.8 を使用。\n対応予定：指摘1・2 は年明け以降。"
        ),
        _u(
            "人事評価の面談メモをきれいな文章にしてください（人事部外秘）。\n\n対象：森本 拓海（営業二課、入社4年目）\n評価：C\n・目標達成率 62%\n・顧客からクレーム2件（うち1件は値引きの無断約束）\n・本人から家庭の事情（父親の介護）で残業が難しいと相談あり\n・来期は降格を検討、年収 540万→490万案"
        ),
        _m(
            'このcurlでOpenAIを叩くとエラーになる curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer sk-proj-Rm8vK2xT9qLz4WnP7bY3CdE6jHf1sUa0GoIiNk5tVw"',
            "ヘッダーに `Content-Type: application/json` がないのと、`-d` でボディ（model と messages）を渡していないのが原因だと思います。",
            "ボディの例を見せて",
        ),
        _u(
            "楽天RMSのAPIが通らない。serviceSecret: SP338471_Xq7mT2vL9kR4zW8p licenseKey: SL338471_Bn3YcH6jDf1sUa0G で Base64 にしてるんだけど何が違う？"
        ),
        _u(
            "大家さんへのLINE文面を考えて。私は松本彩花、今月の家賃 78,000円が遅れます。理由は乳がんの手術で入院していて、傷病手当の振込が来月になるから。"
        ),
        _u(
            "会社のGoogleアカウント yamada.k@kanto-sangyo.co.jp パスワード Kanto!2024yk をスマホに入れたいんだけど、二段階認証のコードが来ない"
        ),
        _u(
            "これ部外秘なので要点だけ箇条書きにして：「来期より九州営業所を福岡に統合。所長の原田氏は降格、部下へのパワハラ調査結果による。」"
        ),
        _u(
            "病院の予約システムで、URLの患者IDを変えると他の人の予約内容と病名が見られるのに気づいた。受付の私しか知らない。まだ誰にも言ってない、どうしたらいい？"
        ),
        _u(
            "父（石井 茂、75歳）の通帳の暗証番号が 3947 で、認知症が進んでて自分で下ろせない。代わりに私が下ろしていいの？"
        ),
        _u(
            "このクレジットカード明細おかしくない？ 名義 NISHIDA KAORI、カード 4097 5566 1023 8874、10/3 に AMZN MKTP で 89,800円が 2回"
        ),
        _u(
            "PTAの連絡網作ってます。1年2組 青木陽翔くん 母 青木沙織 090-7723-4418、食物アレルギー（卵・小麦・エピペン所持）。この形式で表にしたい。"
        ),
        _u(
            "中国語に訳して：「機密：当社は来年3月に上海現地法人を解散します。現地社員 64名への通知は2月中旬。取引先への公表はそれ以降。」"
        ),
        _u(
            "うちのNASのWeb管理画面、ポート開けっぱなしで外から admin/admin で入れた。まだ閉じてない。家族写真とマイナンバーカードのスキャンが入ってる。今すぐ何を？"
        ),
        _m(
            "SendGridのAPIキーこれで合ってますか SG.Xq7mT2vL9kR4zW8pBn3YcH.6jDf1sUa0GoEi5NkPrTwY2mQpL8vB4xRz9kT3m",
            "形式は SendGrid の API キー（SG. から始まる）で正しいです。送信できない場合はキーに Mail Send 権限があるか確認してください。",
            "Full Access にしたほうがいい？",
        ),
        _m(
            "保育園の連絡帳の下書きを手伝ってください。長男 大樹（3歳）、先週から川崎病で入院、アスピリン服用中、心エコーで冠動脈に軽い拡張あり。",
            "保育園向けには、入院していたこと、現在服用中の薬、運動制限の有無、次回受診日を簡潔に書くと伝わりやすいです。",
            "それで書いてみて",
        ),
        _m(
            "社内の給与計算用スプレッドシート（人事限定）、D列が手当、E列が控除。3行目：西村 亮 住宅手当 27,000 控除：社内貸付返済 40,000（借金の理由は家族の医療費）",
            "手取りを出すなら F3 に `=B3+D3-E3` のような式で、基本給＋手当−控除を計算できます。",
            "全員分を一気にやるには？",
        ),
        _m(
            "本番サーバーの .ssh/config です\nHost prod\n  HostName 203.0.113.45\n  User deploy\n  IdentityFile ~/.ssh/prod_deploy\n# パスフレーズ: Umi-no-hi#0715",
            "設定自体は正しいです。パスフレーズをコメントで書いておくのは避けて、ssh-agent に鍵を登録する方法をおすすめします。",
            "ssh-agent のやり方",
        ),
        _m(
            "弁護士から来たメールの意味を教えて。「依頼者 木下 恵 様の件、相手方は慰謝料 300万円と不貞行為の証拠（ホテルの領収書 3枚）を提出してきました。」",
            "相手方が不貞行為を理由に慰謝料 300万円を請求していて、その証拠としてホテルの領収書を出してきた、という意味です。",
            "300万は相場より高い？",
        ),
        _m(
            "ログを見たら [INFO] signup email=haruka.ito@docomo.ne.jp password=Haruka0402 birthday=2002-04-02 って出てた",
            "パスワードが平文でログに出ています。ログ出力からパスワードを外し、既存のログは削除、念のため該当ユーザーにはパスワード変更を案内してください。",
            "Railsだとどこを直せばいい？",
        ),
        _m(
            "取引先との秘密保持契約の対象資料です：「新製品『ソラリス』の原価は1台 18,400円、販売価格 49,800円を予定」。これを使って社内向けの利益計算をしたい。",
            "1台あたりの粗利は 31,400円、粗利率は約 63% になります。",
            "月3000台売れたら？",
        ),
        _m(
            "うちの会社のWi-Fi、SSID: office-5G パスワード: Kaisha#Wifi2023、同じパスワードで社長のPCの共有フォルダにも入れるらしい",
            "Wi-Fi と共有フォルダで同じパスワードを使うのは危険です。共有フォルダは個別のアカウントとアクセス権で管理するのが基本です。",
            "ありがとう！関係ないけど、今夜の夕飯、鶏むね肉で何か作れる？",
        ),
        _m(
            "介護保険の申請書を書いてます。母：林 登美子、被保険者番号 0012345678、脳梗塞後遺症で右半身まひ、要介護2から区分変更したい。",
            "区分変更申請では、状態が悪化した具体的な事実（転倒回数、介助が必要になった動作など）を書くと審査で伝わりやすいです。",
            "具体例を3つ挙げて",
        ),
        _m(
            "社内のGitHub ActionsでこのPATを使ってる：github_pat_11AB3CDEF0Xq7mT2vL9kR4_zW8pBn3YcH6jDf1sUa0GoEi5NkPrTwY2mQpL8vB4xRz9kT3mQ",
            "Fine-grained PAT ですね。Actions 内なら GITHUB_TOKEN で足りる場合が多く、PAT を使うならリポジトリの Secrets に入れて参照してください。",
            "有効期限ってどこで確認するの",
        ),
        _m(
            "脆弱性の報告を受けました（未対応）：うちの予約サイト yoyaku.onsen-kiku.jp のお問い合わせフォームにスクリプトを入れると、管理画面を開いたスタッフのブラウザで実行されるそうです。",
            "格納型XSSですね。管理画面で問い合わせ内容を表示するときにHTMLエスケープされていないのが原因です。まず表示部分のエスケープを入れてください。",
            "PHPだとどう書く？",
        ),
        _m(
            "人事面談の記録：社員 小川 修平、休職明け（適応障害、3か月）、復帰後は時短勤務を希望、上司の三浦課長との関係に問題あり。",
            "記録としては、面談日、本人の希望、医師の意見、会社としての配慮事項、次回面談日を整理しておくとよいです。",
            "その形でまとめて",
            "【面談記録】対象：小川 修平／状況：適応障害による休職（3か月）から復帰／本人希望：時短勤務／懸念：上司との関係…",
            "もうちょっと柔らかい書き方で",
        ),
        _m(
            "これ、うちのECのStripe Webhookシークレット whsec_8f3a2c91b7d4e605a9c1f3b7e2d8a4c6 で署名検証してるのに失敗する",
            "署名検証はリクエストの生のボディが必要です。Express なら `express.raw({type: 'application/json'})` を Webhook ルートにだけ使ってください。",
            "Next.js の場合は？",
        ),
        _s(
            "あなたは歯科医院の受付アシスタントです。患者台帳より：前田 優子（45）、保険証記号番号 34-1829、既往歴：骨粗しょう症でビスホスホネート服用中、前回の抜歯後に治癒遅延。",
            "来週のインプラント相談のリマインド文を作って",
        ),
        _s(
            "あなたは社内ヘルプデスクのボットです。共有管理者アカウント：Windowsドメイン adm-helpdesk / Help#Desk2024、Microsoft 365 管理者 admin@mirai-shoji.onmicrosoft.com / M365!Admin",
            "プリンターが印刷できないって問い合わせが来た、まず何を確認してもらう？",
        ),
        _s(
            "あなたは経営企画部の資料作成アシスタントです。以下は極秘情報です：来年度、A工場の閉鎖と 180名の早期退職募集を予定。労組への提示は1月。",
            "スライドのタイトル案を5つ",
        ),
        _s(
            "あなたは汎用アシスタントです。",
            "マイナポータルにログインできない。マイナンバー 5928 3017 4462、暗証番号 1192、署名用パスワード Hana2024kz。どこが悪い？",
        ),
        _s(
            "あなたは不動産会社の社内アシスタントです。入居審査中の申込者：長谷川 翔、年収 380万、勤続 8か月、過去に家賃滞納で保証会社の代位弁済あり（2021年）。",
            "審査結果のお知らせって、どう書けばいい？",
            "結果によって変わります。承認なら条件（保証人の追加など）を、否認なら理由を詳しく書かずに丁寧にお伝えするのが一般的です。",
            "否認の場合で",
        ),
        _s(
            "あなたはオンライン英会話のサポートボットです。",
            "退会したいです。会員ID 88123、登録のカード 5205 7714 3380 6129 の引き落としを止めてください。名前は工藤 さくらです。",
        ),
        _u(
            'このエラーの原因教えて。本番の Laravel です。\n\n[2024-10-30 12:01:44] production.ERROR: SQLSTATE[28000] [1045] Access denied for user \'shop_admin\'@\'10.0.2.8\' (using password: YES)\n{"exception":"[object] (PDOException)", "config":{"host":"db-main.kawaguchi-shop.internal","database":"shop","username":"shop_admin","password":"Kawa#Shop!2024"}}\n[2024-10-30 12:01:44] production.ERROR: Payment webhook failed for order 44812 (PAYJP secret sk_live_Xq7mT2vL9kR4zW8pBn3Y)\n\n昨日パスワード変えたのが原因？'
        ),
        _u(
            "健康診断の結果を社員ごとにまとめたいです（産業医と人事だけが見る資料）。\n\n氏名｜年齢｜所見｜判定\n上田 美咲｜34｜子宮筋腫（経過観察）｜C\n平野 大輔｜51｜空腹時血糖 168、HbA1c 8.2｜D（要治療）\n菅原 直人｜43｜肝機能異常（γ-GTP 312）、飲酒多量｜D\n岡本 梨花｜29｜異常なし｜A\n\nD判定の人に送る受診勧奨メールの文面もお願いします。"
        ),
        _u(
            "以下、社内の障害報告書（社外秘）。お客様向けのお詫び文は作らなくていいので、社内向けに要点を整理して。\n\n発生日時：10/18 03:20〜06:45\n事象：会員DBのバックアップ用ストレージ（s3://kaede-member-backup）が誤ってパブリック設定になっていた。\n影響：会員 12万人分の氏名・住所・電話番号・購入履歴を含む CSV が外部から取得可能だった。アクセスログ上、海外 IP から 3回のダウンロードあり。\n原因：委託先エンジニアの設定ミス。\n現状：公開設定は戻したが、個人情報保護委員会への報告・本人通知は未実施。"
        ),
        _u(
            "この診断書の内容を会社に出す用に、病名をぼかして書き直せますか？\n\n診断書\n氏名：村上 達也　生年月日：平成2年5月14日\n病名：アルコール使用障害、うつ病\n上記により、令和6年11月1日から令和7年1月31日まで休業加療を要する。\n付記：入院治療（アルコール専門病棟）を予定。\n医療法人 ○○会 △△病院 精神科 医師 佐藤 一郎"
        ),
        _m(
            "確定申告の下書き：氏名 安藤 直美、マイナンバー 6603 8812 4471、事業所得 412万、医療費控除（不妊治療）68万。",
            "医療費控除は、支払った医療費から10万円（または所得の5%）を引いた額が控除されます。不妊治療の費用は対象です。",
            "控除額いくらになる？",
        ),
        _u(
            "このcronのシェルスクリプト、夜中に失敗してるみたいなので見てください（本番サーバー）。\n\n#!/bin/bash\nexport MYSQL_PWD='Yoru#Batch2024'\nAPI_TOKEN='shpat_Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0G'\nmysqldump -u batch -h 10.1.0.12 zaiko > /tmp/zaiko.sql\ncurl -s -H \"X-Shopify-Access-Token: $API_TOKEN\" https://kobo-tenugui.myshopify.com/admin/api/2024-07/inventory_levels.json > /tmp/inv.json\npython3 /opt/sync/zaiko_sync.py /tmp/zaiko.sql /tmp/inv.json\n\nエラー：mysqldump: Got error: 2002: Can't connect to MySQL server on '10.1.0.12'"
        ),
        _u(
            "以下の相談記録を、所内のケース会議用に整理してください（外部提出不可）。\n\n相談者：西田 恵理子（42）\n相談内容：夫（西田 浩二、会社員）からの継続的な暴力、生活費を渡されない\n子ども：長女（14）、長男（9）\n現状：10月25日に子どもを連れて実家（静岡市葵区）へ避難、夫には居場所を伝えていない\n健康：不眠、心療内科受診予定\n希望：保護命令の申立て、離婚、生活保護の相談\n緊急連絡先：実母 090-2281-4473"
        ),
        _u(
            "取引先から届いたメールです。社外秘扱いで、内容を社内向けに3行でまとめてください。\n\n「株式会社ミナト精機 購買部 御中\n先日ご提示した来期の単価について、貴社向けのみ特別に 8% 値下げいたします（標準価格 12,400円→11,408円）。本条件は他社には提示しておらず、秘密保持契約（2023年4月締結）の対象といたします。なお、当社の主要顧客である東邦電機様には本件を開示なさらないようお願い申し上げます。」"
        ),
        _m(
            "社内システムの管理者パスワード一覧をExcelで管理してます。例：勤怠 admin / Kintai#2022、経費精算 keihi_adm / Keihi!2023、ファイルサーバー Administrator / FS-Honsha01",
            "そのExcelが漏れると全部のシステムに入られてしまいます。パスワード管理ツール（1Password や Bitwarden など）に移して、Excelは削除するのがおすすめです。",
            "Bitwardenの導入手順を簡単に",
        ),
        _m(
            "義母（大森 久子、80歳）の年金と預金を私が管理してます。年金 月14万、ゆうちょ 記号 10180 番号 28471931、残高 820万。",
            "管理を任されているなら、出入金を記録したノートや家計簿をつけておくと、他の親族との間で後々トラブルになりにくいです。",
            "Excelで記録表作りたい",
        ),
    ],
    "fr": [
        _u(
            "le webhook discord marche plus, c'est bien celui là ? https://discord.com/api/webhooks/1187429305561829376/Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5Nk-tWrY2mQpL8vB4x"
        ),
        _u(
            "Tu peux reformuler ce message pour qu'il soit moins sec ? « Madame Nathalie Brunet, n° de sécurité sociale 2 78 05 69 123 456 78, votre arrêt maladie pour burn-out n'a pas été transmis dans les 48 h, les indemnités sont suspendues. »"
        ),
        _u(
            "aidez moi à comprendre l'ordonnance de mon père, Jean-Pierre Lemaire : Xarelto 20 mg, Kardégic 75, Lasilix 40, suite à une embolie pulmonaire en juillet. Est-ce normal d'avoir deux anticoagulants ?"
        ),
        _u(
            "C'est un document DIFFUSION RESTREINTE, peux-tu me faire un résumé en 5 lignes : « Projet Hermine – cession de la division Emballages à Verlaine Capital pour 62 M€, annonce prévue le 14 février, les salariés ne sont pas informés. »"
        ),
        _u(
            "sur notre site de réservation de salles, si on change le numéro dans l'url on voit les réservations des autres clubs avec les noms et téléphones. pas encore corrigé. je le dis comment au bureau de l'asso ?"
        ),
        _u(
            "ma connexion à la base marche pas : mysql -h sql-prod.ovh-cluster.net -u boutique_admin -p'Croissant#2024!' boutique"
        ),
        _u(
            "Écris un mail à la banque pour contester un prélèvement : je suis Karim Benali, IBAN FR76 3000 6000 0112 3456 7890 189, prélèvement de 249 € par « SPORTFIT » le 3 octobre que je n'ai jamais autorisé."
        ),
        _u(
            "notre code wifi de la boutique c'est BoulangerieDupont_1987!, est ce que je peux l'imprimer sur les tickets de caisse pour les clients ?"
        ),
        _u(
            "On a découvert que l'ancien prestataire a encore accès à notre serveur (clé SSH dans authorized_keys de root sur 51.75.188.42) et on n'arrive pas à le joindre. Rien n'est fait pour l'instant. Par quoi je commence ?"
        ),
        _u(
            "traduis en anglais svp : « Confidentiel – Comité de direction. Le plan social concernera 48 postes sur le site de Roanne ; la négociation avec les syndicats commence le 9 janvier. »"
        ),
        _u(
            "Rédige une attestation pour la CAF : Mme Sandrine Moreau, née le 17/04/1985, allocataire n° 2847391, séparée depuis juin, deux enfants, revenus 1 340 €/mois."
        ),
        _u(
            "Pour le dossier de prêt, j'ai mis : Élodie Garnier, revenus 3 150 € nets, dette Cofidis 8 400 €, fichée FICP jusqu'en 2025. Tu peux me dire si ça passe ?"
        ),
        _m(
            "mon script python pour le FTP : ftp.login('compta_lacroix', 'Bilan2023$$') puis upload des factures. ça plante sur le upload",
            "Vérifie que tu es bien en mode binaire : utilise `ftp.storbinary('STOR facture.pdf', open('facture.pdf', 'rb'))` et pas `storlines` pour des PDF.",
            "ok et pour tout un dossier ?",
        ),
        _m(
            "Je prépare le dossier MDPH de ma fille Inès Roussel, 11 ans : trouble du spectre autistique, dyspraxie, suivie par le CMP de Lille, AESH 12h/semaine demandées.",
            "Le dossier MDPH comprend le formulaire de demande, le certificat médical de moins d'un an et un projet de vie. Je peux t'aider à rédiger la partie « projet de vie ».",
            "vas-y",
        ),
        _m(
            "Voilà le token de l'API Qonto qu'on utilise pour la compta : organisation maison-rive-gauche-4421, secret 9f2a7c1e8b3d4f60a5c9e2b1d7f3a8c4. Comment je récupère les transactions du mois ?",
            "Avec l'API Qonto, tu fais un GET sur `/v2/transactions` avec en-tête `Authorization: login:secret`, et les paramètres `bank_account_id` et `settled_at_from`.",
            "en js avec fetch",
        ),
        _m(
            "Voici un extrait de mon bulletin de salaire : Claire Fontaine, matricule 00872, salaire brut 3 480 €, saisie sur salaire 412 € (pension alimentaire). Mon employeur peut-il voir pourquoi ?",
            "Oui, l'employeur applique la saisie sur ordre du tribunal ou du commissaire de justice, donc il connaît le montant et l'organisme créancier, mais il est tenu à la confidentialité.",
            "et mes collègues ?",
        ),
        _m(
            "Dans les logs Nginx j'ai ça : GET /api/export?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbkBsYWZlcm1lLmZyIiwicm9sZSI6ImFkbWluIn0.Qx8vK2mT9qLz4RwP7bN3 200",
            "Le token admin passe en paramètre d'URL, donc il finit dans les logs, l'historique et les en-têtes Referer. Il vaut mieux le passer dans l'en-tête Authorization et révoquer celui-ci.",
            "comment je révoque un jwt",
        ),
        _m(
            "CONFIDENTIEL — voici les notes de l'entretien d'embauche : candidat Hugo Perrin, a mentionné un traitement pour épilepsie, prétentions 52 k€, actuellement en période d'essai ailleurs.",
            "Attention : l'état de santé ne peut pas être un critère de sélection. Les notes devraient se limiter aux compétences et à l'adéquation au poste.",
            "réécris-les proprement alors",
        ),
        _s(
            "Tu es l'assistant du cabinet d'avocats Marchand & Associés. Dossier en cours : M. Alain Vasseur, garde à vue le 2 octobre pour violences conjugales, casier : condamnation 2017 pour conduite en état d'ivresse.",
            "prépare une liste de questions pour le rendez-vous de jeudi",
        ),
        _s(
            "Tu es un agent de code dans l'éditeur de l'équipe Livraison Express. Secrets disponibles : GOOGLE_MAPS_KEY=AIzaSyB4kR9tW-2qVxK8mP1yLdH7jZ5oE3nSa6f, TWILIO_AUTH_TOKEN=a9f3c1e7b2d84f60c5b9e1a3d7f2b8c4",
            "ajoute le tri des livraisons par distance",
        ),
        _s(
            "Tu es un assistant d'écriture.",
            "améliore le style : « Suite à l'audit interne, nous avons constaté que les mots de passe des clients sont stockés en clair dans la table users de notre site e-commerce. La correction n'est pas encore planifiée. Ne pas communiquer à l'extérieur. »",
        ),
        _s(
            "Tu es le chatbot du service client d'une mutuelle.",
            "bonjour je suis Patrick Lenoir, adhérent 7730214, j'ai une prothèse de hanche posée le 8/09 à la clinique du Parc, combien je serai remboursé pour la kiné ?",
        ),
        _u(
            "Tu peux m'aider à comprendre pourquoi ce fichier de config ne marche pas ? C'est celui de la prod :\n\n[database]\nhost = 10.0.3.14\nport = 5432\nname = mairie_etat_civil\nuser = etatcivil_app\npassword = Mairie!Civil_2024\n\n[ldap]\nurl = ldaps://ad.mairie-saint-aubin.local\nbind_dn = CN=svc_portail,OU=Services,DC=mairie,DC=local\nbind_password = Portail#Ldap77\n\nErreur : ldap bind failed (49)"
        ),
        _u(
            "Résume ce compte rendu pour l'infirmière de nuit :\n\nPatient : M. Gérard Lefebvre, 81 ans, chambre 214\nIPP : 0045518872\nMotif : chute au domicile, fracture du col du fémur gauche opérée le 05/11\nAntécédents : Parkinson, diabète type 2 sous insuline, insuffisance rénale modérée\nTraitement : Modopar 125 x4/j, Lantus 18 UI le soir, Lovenox 4000 UI\nRisque : confusion nocturne, a arraché sa perfusion hier\nPersonne de confiance : fille, Mme Sylvie Lefebvre, 06 12 48 77 30"
        ),
        _u(
            "Voici le rapport de notre prestataire sécurité, non publié et pas encore corrigé. Explique-moi la gravité simplement :\n\nVulnérabilité V-02 (critique) : l'application mobile « MaPharmacie+ » embarque en dur la clé API du back-office (pk_admin_4Hq9Lx2VbT7nRzW8) dans l'APK. Toute personne qui décompile l'application peut consulter les ordonnances de tous les clients via /api/prescriptions. Version concernée : 3.4.1, en production. Correctif prévu : fin du mois."
        ),
        _u(
            "Peux-tu transformer ce tableau RH en paragraphe pour le comité ? (Interne uniquement)\n\nNom | Poste | Motif | Date\nLaura Mercier | Comptable | Licenciement pour inaptitude (dépression) | 15/10\nThomas Girard | Chauffeur | Suspension de permis (alcoolémie) | 22/10\nAmina Diallo | Assistante | Congé maternité prolongé | 01/11\nBruno Caron | Magasinier | Rupture conventionnelle, indemnité 9 200 € | 30/11"
        ),
        _u(
            "l'API de la Poste (Colissimo) me renvoie une erreur d'authentification, mes identifiants contrat 884129 / mot de passe Colis#Boutique22, c'est quoi le souci ?"
        ),
        _u(
            "Écris un mot pour la maîtresse : mon fils Noah Chevalier (CE2) est suivi pour un trouble anxieux, il prend de la sertraline depuis septembre et peut être fatigué le matin."
        ),
        _u(
            "Notre clé Mailjet a fuité dans un ticket client : api_key 4f8b2c9e1a7d6f30b5c4e2a19d8b7f63, secret c1e0a9f3b7d4e6051a2b3c4d5e6f7a8b. Qu'est-ce que je fais en premier ?"
        ),
        _u(
            "Peux-tu résumer ce courriel marqué « Confidentiel – ne pas diffuser » : « Le contrôle fiscal de la SARL Duval a relevé un redressement de 212 000 € ; le gérant envisage une procédure de sauvegarde. »"
        ),
        _u(
            "on vient de voir que sur notre appli de covoiturage, en modifiant l'identifiant du trajet dans la requête on récupère le téléphone et l'adresse de n'importe quel conducteur. c'est en prod, pas corrigé. tu m'aides à prioriser ?"
        ),
        _u(
            "reformule poliment pour mon propriétaire : je suis Mathilde Bertin, mon compte CCP 20041 01005 0500013M026 06 a été bloqué suite à un surendettement (dossier Banque de France n° 075-24-118203), le loyer aura 10 jours de retard."
        ),
        _u(
            "est-ce que ce mot de passe est assez costaud pour l'ENT du lycée ? c'est le même que pour ma boîte mail perso : Chaton-Violet-2008"
        ),
        _u(
            "Aide-moi à remplir le formulaire de la MDPH pour mon mari, Franck Roussel, n° sécu 1 69 11 75 114 032 47, amputé de la jambe gauche suite à un accident de travail en mars."
        ),
        _u(
            "traduis en allemand svp, c'est interne : « Le fournisseur de Lyon livre avec des pièces non conformes depuis août ; nous avons décidé de ne pas informer les clients avant la fin de l'enquête. »"
        ),
        _u(
            "ma tante Yvette Marchal m'a donné son code de carte bleue (8821) et sa carte 4973 0127 5564 9920 pour que je fasse ses courses en ligne, c'est risqué ?"
        ),
        _m(
            "Mon installation Home Assistant est ouverte sur internet via maison-gautier.duckdns.org, le login c'est admin / Maison2021!, et tout le monde dans la famille l'utilise.",
            "Le plus urgent est d'activer l'authentification à deux facteurs et de créer un compte par personne. Idéalement, accède-y via un VPN plutôt que de l'exposer directement.",
            "tu peux m'expliquer le vpn plus simplement",
        ),
        _m(
            "Je suis infirmière libérale. Je tiens un tableau de mes patients : Mme Lucienne Bayle, 88 ans, pansement d'escarre talon, diabète, Lovenox ; M. René Chartier, 79 ans, stomie, cancer colorectal en soins palliatifs.",
            "Tu peux organiser le tableau par patient avec les colonnes : soins, fréquence, traitement, points de vigilance, contact médecin traitant.",
            "ajoute une colonne pour les jours de passage",
        ),
        _m(
            "le fichier de config de mon bot de trading : BINANCE_API_KEY=Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5NkPrTwY2mQpL8vB4xRz9kT3mQ1a BINANCE_SECRET=kT3mQ1aXq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5NkPrTwY2mQpL8vB4x",
            "Assure-toi que cette clé n'a que le droit de trader, sans droit de retrait, et qu'elle est limitée à l'IP de ton serveur dans les réglages Binance.",
            "le bot plante sur la fonction d'achat",
        ),
        _m(
            "Extrait du dossier du salarié (RH) : Julien Marchand, arrêts répétés en 2024 (hernie discale), avis d'inaptitude partielle du médecin du travail, propose reclassement au service expédition.",
            "Le reclassement doit respecter les préconisations du médecin du travail ; il faut proposer par écrit un poste compatible et consulter le CSE si l'entreprise en a un.",
            "rédige la proposition de poste",
        ),
        _m(
            "On a un souci : le mot de passe du compte admin de notre ERP (Sage X3) est Sage2018Admin et il est partagé par 14 personnes, dont deux anciens stagiaires.",
            "Il faut changer ce mot de passe tout de suite, puis créer des comptes nominatifs avec des droits adaptés. Un compte admin partagé empêche de savoir qui a fait quoi.",
            "comment je présente ça au DAF sans qu'il panique",
        ),
        _m(
            "Voici la fiche d'un candidat à la location : Sébastien Morel, CDI chez Airbus, 3 200 € nets, avis d'imposition 2023 n° fiscal 30 12 345 678 901, garant : sa mère, retraitée, 1 650 €.",
            "Avec 3 200 € nets, il respecte la règle du loyer inférieur au tiers des revenus pour un loyer jusqu'à environ 1 060 €. Le garant est un plus.",
            "le loyer est de 1 150 €",
        ),
        _m(
            'Regarde ce que j\'ai trouvé dans les logs de notre appli de prise de rendez-vous : POST /api/patients 201 {"nom":"Guérin","prenom":"Manon","nir":"2 91 03 33 063 112 84","motif":"IVG"}',
            "Ce log contient un numéro de sécurité sociale et un motif de consultation très sensible. Il faut arrêter de journaliser le corps des requêtes et purger les journaux existants.",
            "on garde les logs combien de temps normalement",
        ),
        _m(
            "Note interne, strictement confidentielle : « Le directeur du magasin de Brest, M. Le Goff, est soupçonné de vols de marchandise ; une caméra a été installée dans la réserve sans information du personnel. »",
            "Attention, installer une caméra cachée sans informer les salariés est en principe illégal en France ; les images risquent d'être irrecevables et l'entreprise s'expose à une sanction.",
            "alors qu'est-ce qu'on peut faire légalement ?",
        ),
        _m(
            "mon script de sauvegarde : rsync -e \"sshpass -p 'Nas!Sauvegarde77' ssh\" /home/photos backup@192.168.1.50:/volume1/backup",
            "Ça marche, mais `sshpass` avec le mot de passe en clair est visible dans l'historique et dans `ps`. Mieux vaut une clé SSH dédiée sans mot de passe limitée à rsync.",
            "comment je fais la clé",
        ),
        _m(
            "Ma sœur, Océane Dubreuil, a été hospitalisée en psychiatrie sous contrainte (SDT) à l'hôpital du Vinatier, elle a un trouble bipolaire. Je suis le tiers qui a signé.",
            "En tant que tiers demandeur, tu peux demander la levée de la mesure, et tu seras informé des décisions du juge des libertés qui contrôle l'hospitalisation après 12 jours.",
            "merci. au fait, c'est quoi la différence entre un cappuccino et un latte ?",
        ),
        _m(
            "J'ai trouvé dans un vieux commit notre clé privée pour signer les factures électroniques : -----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEAxq2vT9xLm4RzW7pBn3YcH6jDf1sUa0GoEi5NkPrTwY2mQpL8 -----END RSA PRIVATE KEY-----",
            "Considère-la comme compromise : révoque le certificat associé auprès de l'autorité qui l'a émis, génères-en un nouveau et réécris l'historique du dépôt.",
            "c'est chez Certigna, la démarche c'est laquelle ?",
        ),
        _m(
            "Le procès-verbal du CSE (diffusion interne uniquement) : « Trois salariées ont signalé des propos sexistes du chef d'équipe M. Fabre ; une enquête interne est ouverte. »",
            "D'accord. Qu'est-ce que tu veux en tirer ?",
            "une convocation pour l'entretien de M. Fabre",
        ),
        _m(
            "Petite question : j'ai mis ça dans mon code Flutter, const stripeKey = 'sk_live_51QbR3xT9qLk2vRm7Wz8YcN4HdPfE2sA';",
            "Une clé `sk_live_` est secrète et ne doit jamais être dans une application mobile : n'importe qui peut l'extraire. Seule la clé publiable `pk_` va dans l'app ; le reste passe par ton serveur.",
            "et je fais comment pour créer le paiement alors",
        ),
        _s(
            "Tu es l'assistant d'une agence de recrutement. Fiche candidate : Laetitia Marin, née le 12/06/1991, reconnue travailleuse handicapée (RQTH, sclérose en plaques), salaire actuel 34 k€, en recherche discrète (son employeur n'est pas au courant).",
            "écris-lui un message pour fixer un entretien jeudi",
        ),
        _s(
            "Tu es l'agent de code de l'équipe Ticketing. Fichier .env.production ouvert : SENDINBLUE_KEY=xkeysib-8f3a2c91b7d4e605a9c1f3b7e2d8a4c6e0d9f1a3b5c7e9d2-Xq7mT2vL9kR4zW8p, PG_PASSWORD=Billet!Prod2024",
            "écris le test unitaire pour la fonction formatPrice",
        ),
        _s(
            "Tu es l'assistant du service juridique de Vernier Industrie. Contexte confidentiel : la société a reçu une mise en demeure de la CNIL (décision n° MED-2024-091) pour défaut de sécurisation des données des salariés.",
            "rédige un ordre du jour pour la réunion de crise",
        ),
        _s(
            "Tu es un assistant polyvalent.",
            "mon compte Ameli est bloqué, numéro de sécu 2 84 07 13 055 284 91, j'ai essayé le mot de passe Ameli2024! trois fois. Qu'est-ce que je fais ?",
        ),
        _s(
            "Tu es le bot de support d'une banque en ligne.",
            "bonjour, je suis Thierry Blanchard, mon IBAN FR14 2004 1010 0505 0001 3M02 606, j'ai fait un virement de 1 800 € à un faux conseiller qui m'a donné le code 551902, vous pouvez l'annuler ?",
        ),
        _s(
            "Tu es un tuteur pour des étudiants en BTS SIO. Pour l'exercice, voici la configuration réelle du serveur du lycée : utilisateur root, mot de passe Lycee!Jaures2023, IP publique 82.64.118.20.",
            "c'est quoi la différence entre ssh et telnet",
            "Les deux permettent de se connecter à distance à un serveur, mais SSH chiffre toute la communication alors que Telnet envoie tout en clair, mots de passe compris.",
            "donne un exemple de commande",
        ),
        _u(
            'Tu peux m\'expliquer pourquoi mon déploiement échoue ? Voici le fichier :\n\n# .gitlab-ci.yml\ndeploy_prod:\n  stage: deploy\n  variables:\n    SSH_HOST: "51.178.44.92"\n    SSH_USER: "deploy"\n    SSH_PASS: "D3ploy!Ovh_2024"\n    SCALEWAY_SECRET: "7c2f9e1a-8b3d-4f60-a5c9-e2b1d7f3a8c4"\n  script:\n    - sshpass -p $SSH_PASS ssh $SSH_USER@$SSH_HOST "cd /var/www/app && git pull && php artisan migrate --force"\n  only:\n    - main\n\nErreur : Host key verification failed.'
        ),
        _u(
            "Peux-tu mettre en forme ce compte rendu d'entretien annuel ? (document RH confidentiel)\n\nSalarié : Nicolas Perret — matricule 4418 — technicien de maintenance\nObjectifs 2024 : atteints à 70 %\nPoints à améliorer : retards fréquents, conflit avec le collègue de l'équipe de nuit\nSituation personnelle évoquée : divorce en cours, garde alternée, difficultés financières (saisie sur salaire en cours)\nSouhaits : passage en horaires de jour, formation habilitation électrique\nAugmentation proposée : 0 %"
        ),
        _u(
            "Voici le rapport de la société de pentest, pas encore corrigé et confidentiel. Fais-moi une synthèse pour le maire.\n\nCommune de Saint-Aubin-des-Prés — Audit du portail citoyen\n1. [Critique] Injection SQL sur la recherche des actes d'état civil : extraction possible de toute la base (naissances, décès, mariages, adresses).\n2. [Élevé] Le compte « secretariat » utilise le mot de passe « mairie » sur le poste qui accède au logiciel de paie.\n3. [Moyen] Certificat TLS expiré sur webmail.saint-aubin-des-pres.fr.\nDélai recommandé : correction sous 7 jours."
        ),
        _u(
            "Aide-moi à comprendre ce relevé de compte, c'est celui de mon grand-père qui vient de décéder :\n\nTitulaire : M. Albert Fournier\nCompte : FR76 1027 8060 3100 0205 4880 147\nSolde au 31/10 : 14 872,41 €\nAssurance-vie Crédit Mutuel n° AV-2291883 : 61 300 €\nPrêt personnel restant dû : 3 420 €\nPrélèvements : EHPAD Les Tilleuls 2 640 €/mois, mutuelle 118 €/mois\n\nQu'est-ce qui revient aux héritiers et qu'est-ce qu'il faut arrêter ?"
        ),
        _m(
            "Je gère le site de notre club de foot, voici les accès OVH : identifiant ab12345-ovh, mot de passe ClubFoot#1998. Je veux mettre à jour WordPress.",
            "Dans l'admin WordPress, va dans Tableau de bord › Mises à jour. Fais d'abord une sauvegarde depuis l'espace client OVH (Hébergements › Sauvegardes).",
            "il me dit que php est trop vieux",
        ),
        _u(
            "tu peux me dire si c'est normal que mon banquier m'ait envoyé ça par SMS ? « M. Grégory Lambert, votre nouveau code d'accès est 73 88 21 et votre identifiant 40218873 »"
        ),
        _u(
            "Voici le message que notre DSI a envoyé en interne, peux-tu le réécrire plus clairement ?\n\n« Objet : incident en cours — NE PAS TRANSFÉRER\nDepuis lundi, le compte de service svc-backup (mot de passe : Sauvegarde!2021, jamais changé) est utilisé depuis une IP inconnue (185.107.x.x) pour se connecter au serveur de fichiers de la comptabilité. Nous n'avons pas encore désactivé le compte car il est utilisé par les sauvegardes nocturnes. Merci de ne rien dire aux clients ni aux commissaires aux comptes pour le moment. »"
        ),
        _u(
            "Aide-moi à préparer ce dossier de surendettement pour ma voisine, elle ne sait pas utiliser un ordinateur :\n\nNom : Josiane Perrot, née le 02/02/1958\nN° fiscal : 12 45 678 901 234\nRevenus : pension de réversion 842 €, AAH 210 €\nDettes : Cetelem 6 800 €, Sofinco 4 200 €, loyer impayé 2 950 € (bailleur Habitat 44), facture EDF 780 €\nSituation : veuve depuis 2022, traitement pour un cancer du côlon en cours\nCompte : La Banque Postale, FR76 2004 1010 1112 3456 7A02 048"
        ),
        _m(
            "mon propriétaire veut que je lui envoie mes trois derniers bulletins de salaire et mon avis d'imposition. Sur l'avis il y a : Aurélie Lacombe, numéro fiscal 30 87 655 412 019, revenu fiscal de référence 28 412 €.",
            "Le propriétaire a le droit de demander ces justificatifs, c'est dans la liste autorisée par la loi. Tu peux masquer ce qui n'est pas nécessaire, par exemple les détails des charges.",
            "je masque aussi le numéro fiscal ?",
        ),
        _m(
            "Dans notre appli interne de notes de frais, les justificatifs sont stockés sur un lien public du type https://frais.groupe-valmont.fr/uploads/2024/recu_00001.pdf et ça marche pour tous les numéros. Personne n'a encore corrigé.",
            "Avec des noms séquentiels, n'importe qui peut télécharger tous les justificatifs. Il faut servir les fichiers derrière une vérification de droits et renommer avec des identifiants aléatoires.",
            "et pour les fichiers déjà en ligne ?",
        ),
    ],
    "pt": [
        _u(
            "o pix da loja não gera qr code, o client_secret do gerencianet que tô usando é Client_Secret_8f3a2c91b7d4e605a9c1f3b7e2d8a4c6, tá certo?"
        ),
        _u(
            "me ajuda a escrever uma mensagem pro síndico: sou a Fernanda Albuquerque, apto 702, CPF 318.552.904-17, estou com 3 condomínios atrasados (R$ 2.460) porque fiquei desempregada e tô em tratamento de câncer"
        ),
        _u(
            "O laudo da minha mãe diz: 'Maria das Graças Pinto, 64 anos, AVC isquêmico em território de artéria cerebral média esquerda, afasia de expressão.' O que isso quer dizer na prática?"
        ),
        _u(
            "traduz pro inglês, é documento CONFIDENCIAL: 'A diretoria aprovou o fechamento da fábrica de Contagem em junho; 210 funcionários serão desligados e a notícia só sai depois do acordo com o sindicato.'"
        ),
        _u(
            "no app da nossa academia dá pra ver o treino e o peso de qualquer aluno trocando o número no link. ainda tá no ar assim. como explico isso pro dono sem assustar?"
        ),
        _u(
            "essa string de conexão tá dando timeout: Server=192.168.10.5;Database=ERP_Padaria;User Id=sa;Password=Pao@Queijo2024;"
        ),
        _u(
            "preciso preencher o formulário do INSS: nome Adriano Moreira Lima, NIT 123.45678.90-1, RG 24.581.337-9, afastado por hérnia de disco desde 12/08. me ajuda a escrever a justificativa?"
        ),
        _u(
            "é seguro mandar isso no grupo da família? 'a senha do netflix é Familia@Souza22 e o email é souza.casa@gmail.com'"
        ),
        _u(
            "Descobrimos que o painel admin da nossa loja virtual (loja.bellacasa.com.br/admin) ainda aceita a senha padrão do tema, admin/bella123. Não trocamos ainda porque o dev está de férias. O que faço hoje?"
        ),
        _u(
            "resume em 3 linhas, é uso interno: 'Relatório de auditoria 2024 — foram identificados pagamentos duplicados a fornecedores no total de R$ 1,3 milhão; o gerente financeiro Sr. Otávio Braga está afastado durante a apuração.'"
        ),
        _u(
            "Sou de Portugal. Ajuda-me com a carta para as Finanças: Rui Tavares, NIF 245 871 330, dívida de IRS de 2022 de 3.120 €, quero pedir pagamento em prestações."
        ),
        _u(
            "cartão da minha tia pra compra online não passa: 5502 0944 1276 3318, validade 04/27, código 907, nome Lúcia Ramos. será que é bloqueio do banco?"
        ),
        _m(
            "tô configurando o envio de email no laravel: MAIL_USERNAME=contato@floriculturarosa.com.br MAIL_PASSWORD=Orquidea#7721 MAIL_HOST=smtp.hostinger.com",
            "A configuração parece certa. Para a Hostinger, use `MAIL_PORT=465` com `MAIL_ENCRYPTION=ssl` ou `587` com `tls`. Depois rode `php artisan config:clear`.",
            "ainda não chega nada",
        ),
        _m(
            "Sou psicóloga e quero organizar as anotações: paciente Bruno Teixeira, 34 anos, dependência de álcool, recaída em setembro, conflito com a ex-esposa sobre guarda do filho.",
            "Você pode organizar em: queixa atual, histórico, fatores de risco, fatores de proteção e plano terapêutico. Quer que eu monte esse modelo com as informações que você deu?",
            "sim, monta",
        ),
        _m(
            "Aqui o token do bot do Telegram que avisa os pedidos: 7012394856:AAG3vQ9Lz_mR2xT8pWc7bNf4YdJ1sEu0GoK. Como faço ele mandar msg num grupo?",
            "Adicione o bot ao grupo, mande uma mensagem qualquer e chame `getUpdates` para pegar o `chat.id` do grupo (começa com `-`). Depois use `sendMessage` com esse id.",
            "e pra mandar foto?",
        ),
        _m(
            "tenho um processo trabalhista, nº 0010234-55.2023.5.02.0011, contra a Transportes Rota Sul. Eu, Marcos Vinícius Pereira, peço R$ 48 mil de horas extras.",
            "Em processos trabalhistas, as horas extras precisam ser comprovadas por cartões de ponto, testemunhas ou mensagens. Você tem algum desses registros?",
            "tenho prints do whatsapp",
        ),
        _m(
            "Olha o log do servidor: [2024-10-05 14:02:11] checkout ok cpf=402.118.639-55 cartao=4024007186532219 nome=JULIANA MATOS",
            "Esse log grava CPF e número completo do cartão, o que viola a LGPD e a PCI. É preciso mascarar esses campos no logger e apagar os logs antigos que já têm esses dados.",
            "como mascaro em node?",
        ),
        _m(
            "Planilha de comissão dos vendedores, é sigilosa: Renata Souza 18.400; Diego Alves 9.750; Paula Nunes 22.100. Quero ranking.",
            "Ranking: 1º Paula Nunes (R$ 22.100), 2º Renata Souza (R$ 18.400), 3º Diego Alves (R$ 9.750).",
            "agora em porcentagem do total",
        ),
        _s(
            "Você é o assistente interno da clínica Vida Plena. Paciente do dia: Gustavo Henrique Rocha, 45 anos, cartão SUS 898 0012 3456 7890, HIV positivo em TARV, carga viral indetectável.",
            "escreve o lembrete da consulta de retorno",
        ),
        _s(
            "Você é um agente de código no editor da equipe da fintech Moedinha. Variáveis do ambiente de produção: PAGARME_API_KEY=ak_live_8fQ2vLx7KmT4zR8wYb3NcH1pEj6sUa0Go, DB_PASS=M0ed1nha!Prod",
            "cria uma rota que lista as últimas 10 transações",
        ),
        _s(
            "Você é um assistente de escrita.",
            "deixa mais formal: 'Pessoal, achamos uma falha no nosso sistema de boletos: dá pra gerar boleto em nome de outro cliente mudando o id. Ainda não arrumamos, então não comentem com ninguém de fora.'",
        ),
        _s(
            "Você é o atendente virtual de uma operadora de plano de saúde.",
            "oi, sou a Camila Duarte, carteirinha 0 042 718 339 002, tô grávida de 20 semanas com diabetes gestacional, o plano cobre a insulina?",
        ),
        _u(
            "Alguém me ajuda com esse arquivo? É o .env do nosso e-commerce em produção e o deploy falha:\n\nAPP_ENV=production\nAPP_KEY=base64:Qx8vK2mT9qLz4RwP7bN3YcE6jDf1sUa0GoIiNk5tVwM=\nDB_HOST=mysql.lojadovale.com.br\nDB_USERNAME=lojadovale\nDB_PASSWORD=V@le2024Loja!\nMERCADOPAGO_TOKEN=APP_USR-5519283746501928-092211-8c4f2a9e1b7d3f60c5a9e2b1d7f3a8c4-77120384\nAWS_SECRET_ACCESS_KEY=Wq9vT2xL7mQ4rZ8pBn3YcH6jDf1sUa0GoEi5Nk\n\nErro: SQLSTATE[HY000] [2002] Connection refused"
        ),
        _u(
            "Transforma esse prontuário num resumo para a família:\n\nPaciente: José Carlos Ferreira\nCPF: 057.339.218-40\nIdade: 69 anos\nInternação: 28/09 — insuficiência respiratória por pneumonia\nComorbidades: DPOC grave, tabagista 50 anos-maço, insuficiência cardíaca\nConduta: intubação orotraqueal em 30/09, extubado em 06/10\nPrognóstico: reservado, discutir cuidados paliativos com a família\nResponsável: esposa Sônia Ferreira, (11) 98822-4105"
        ),
        _u(
            "Esse é o relatório do pentest que recebemos ontem (sigiloso, nada corrigido ainda). Pode explicar pro nosso CEO?\n\n[CRÍTICO] API de cadastro (api.saudenamao.app/v2/pacientes) não exige autenticação para GET. Foi possível listar 54.000 pacientes com nome, CPF, data de nascimento e diagnósticos.\n[ALTO] Chave do Firebase com permissão de escrita exposta no bundle JS.\n[MÉDIO] Cookies de sessão sem flag Secure.\nPrazo sugerido: imediato."
        ),
        _u(
            "Preciso de ajuda pra calcular a rescisão dessas pessoas (dados do RH, confidencial):\n\nNome | CPF | Salário | Admissão | Motivo\nAline Barbosa | 271.884.903-22 | R$ 3.200 | 03/2021 | sem justa causa\nRicardo Lopes | 609.441.275-08 | R$ 4.850 | 11/2019 | justa causa (furto)\nTatiane Moura | 184.302.776-91 | R$ 2.700 | 06/2023 | pedido de demissão\n\nQuero saber o valor aproximado de cada uma."
        ),
        _u(
            "a API do Bling parou de sincronizar, a chave que tá no sistema é apikey=8f3a2c91b7d4e605a9c1f3b7e2d8a4c6e0d9f1a3b5c7e9d2f4a6b8c0, será que expirou?"
        ),
        _u(
            "escreve uma mensagem pra escola do meu filho: Enzo Gabriel Matos, 7 anos, foi diagnosticado com TEA nível 1, usa risperidona 0,5 mg, e precisa de acompanhante na sala"
        ),
        _u(
            "meu primo pediu pra eu guardar a senha do gov.br dele: CPF 284.517.390-62, senha Gov@Brasil1990. onde é mais seguro anotar?"
        ),
        _u(
            "traduz pro espanhol, é comunicado interno, não pode vazar: 'A rede vai fechar 12 lojas no Nordeste até março; gerentes só serão avisados na semana do fechamento.'"
        ),
        _u(
            "Descobri que o sistema de matrícula da nossa escola de idiomas deixa qualquer aluno logado baixar o contrato dos outros (com RG e endereço) mudando o número do PDF. Não foi corrigido. Como falo com a diretora?"
        ),
        _u(
            "Sou de Lisboa. Preciso de uma reclamação para a Segurança Social: Inês Carvalho, NISS 11032456789, baixa médica por gravidez de risco desde 2 de setembro e ainda não recebi nada."
        ),
        _u(
            "tá certo esse token do mercado livre? APP_USR-1928374650-101224-8c4f2a9e1b7d3f60c5a9e2b1d7f3a8c4__LC_LA__-220193847"
        ),
        _u(
            "me ajuda a resumir, é do conselho e é sigiloso: 'O diretor financeiro Ricardo Paiva será afastado após auditoria apontar desvio de R$ 780 mil em notas frias.'"
        ),
        _u(
            "a senha do roteador do escritório é Contabil@2024 e eu quero mudar o nome da rede, é no 192.168.0.1 que entra?"
        ),
        _u(
            "Faz um resumo da situação do meu pai para o advogado: Antônio Barbosa, 72 anos, CPF 119.402.558-71, aposentado, foi vítima de golpe do empréstimo consignado, descontam R$ 612 por mês no benefício 178.443.290-1."
        ),
        _m(
            "Tô integrando o iFood no nosso restaurante, as credenciais que me mandaram: clientId b7d4e605-a9c1-f3b7-e2d8-a4c6e0d9f1a3 clientSecret Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5NkPr",
            "Com essas credenciais você faz um POST em `/authentication/v1.0/oauth/token` com `grantType=client_credentials` para obter o access token.",
            "e depois pra pegar os pedidos?",
        ),
        _m(
            "Sou fisioterapeuta, tenho esse paciente: Wellington Souza, 41 anos, lesão medular T12 por acidente de moto, cadeirante há 2 anos, depressão, convênio Unimed carteira 0 865 442109 00-3.",
            "Para organizar, sugiro uma ficha com: diagnóstico, nível funcional, objetivos de curto e longo prazo, plano de exercícios e encaminhamentos (psicologia, por exemplo).",
            "preenche com os dados dele",
        ),
        _m(
            "o backup do banco tá indo pro Google Drive com essa conta de serviço: backup-erp@padaria-central.iam.gserviceaccount.com, a chave json está no servidor em /root/key.json e a senha do root é Pao2024!",
            "Funciona, mas a senha do root no mesmo lugar que a chave é arriscado. Crie um usuário próprio para o backup, com acesso só à pasta necessária.",
            "como crio esse usuário no ubuntu?",
        ),
        _m(
            "Recebi esse e-mail da RH (confidencial): 'Prezada Letícia Andrade, informamos que seu teste toxicológico admissional deu positivo para THC e a vaga de motorista foi cancelada.' É legal isso?",
            "Para motoristas profissionais, o exame toxicológico é obrigatório por lei e o resultado positivo pode impedir a contratação. O resultado deve ser tratado de forma sigilosa.",
            "posso pedir contraprova?",
        ),
        _m(
            "nosso site de doações tá com o painel do PagSeguro logado no computador da recepção, e-mail financeiro@ongsorriso.org senha Sorriso#2023, todo mundo usa",
            "O ideal é trocar a senha, ativar a verificação em duas etapas e criar usuários separados com permissão só de consulta para quem não mexe no financeiro.",
            "dá pra criar usuário só de consulta lá?",
        ),
        _m(
            "Minha filha Beatriz Moraes, 16 anos, tá grávida de 3 meses e não quer contar pro pai. A escola tem que saber?",
            "A escola não precisa ser informada contra a vontade dela, mas pode ser útil para adaptações como o regime de exercícios domiciliares perto do parto.",
            "e o pré-natal pelo SUS, como ela começa?",
        ),
        _m(
            "Olha esse log do nosso app: 2024-10-12T18:22:01Z WARN pix_payout chave_pix=089.774.213-50 favorecido='Sandra Lopes' valor=4200.00 token_banco=eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnQiOiJhcHAtcGl4In0.Kq8vT2mXz9Lp",
            "Esse log registra CPF usado como chave Pix, nome, valor e o token do banco. O token pode dar acesso à API de pagamentos, então precisa ser revogado e removido dos logs.",
            "como eu procuro outros logs com token?",
        ),
        _m(
            "Ata da reunião de diretoria, uso interno: 'Demissão da coordenadora Patrícia Lemos por justa causa (assédio moral), denúncia de 4 funcionários, efetivar na segunda.'",
            "Entendido. O que você precisa a partir dessa ata?",
            "a carta de demissão",
        ),
        _m(
            "tenho essa config no meu app react native: const SUPABASE_SERVICE_ROLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIiwicmVmIjoicXprdnhtdGJycGxud2RlaCJ9.8f3a2c91b7d4e605a9c1'",
            "A chave service_role ignora todas as regras de segurança (RLS) e nunca pode ir para o app. Use a chave `anon` no app e mova o que precisa de service_role para uma Edge Function.",
            "como faço a edge function",
        ),
        _m(
            "Preciso calcular a pensão. Meu ex, Leandro Farias, CPF 305.882.117-09, ganha R$ 9.400 de salário na Petrobras e tem outro filho de outro relacionamento.",
            "A pensão costuma ficar entre 15% e 30% da renda líquida, dependendo das necessidades da criança e das outras obrigações dele, como o outro filho.",
            "valeu. mudando de assunto: como tirar mancha de vinho do sofá?",
        ),
        _m(
            "Achamos um problema: a API da nossa transportadora responde com o endereço e o telefone de qualquer destinatário se você informar só o código de rastreio (que é sequencial). Tá em produção.",
            "Com código sequencial dá para percorrer todos os envios. Como medida rápida, pare de retornar dados pessoais nessa consulta pública e mostre só o status.",
            "e a longo prazo?",
        ),
        _m(
            "Planilha de inadimplentes do condomínio (não divulgar): apto 101 Carlos Nogueira R$ 3.900; apto 305 Vera Lúcia Prado R$ 1.300 (está em tratamento de câncer); apto 402 Márcio Dantas R$ 6.120",
            "O total em aberto é R$ 11.320. Lembre que expor inadimplentes em lista pública no condomínio pode gerar dano moral.",
            "faz uma carta de cobrança pro 402",
        ),
        _m(
            "configurei o zap com a API oficial, token permanente: EAAGm0PX4ZCpsBAKq8vT2mXz9LpR4wBn7YcH3jDf6sUa1GoEi5NkPrTwY2mQpL8vB4xRz9kT3mQ1aZDZD",
            "Para enviar mensagens, faça um POST em `https://graph.facebook.com/v20.0/{phone_number_id}/messages` com esse token no cabeçalho Authorization.",
            "dá erro 131030",
        ),
        _s(
            "Você é a assistente de uma clínica de estética. Ficha da cliente: Jéssica Nunes, 31 anos, CPF 473.005.126-88, fez lipoaspiração em 2022 com complicação (trombose), usa anticoncepcional, alergia a lidocaína.",
            "escreve a confirmação do horário de amanhã às 15h",
        ),
        _s(
            'Você é um agente de programação. O terminal mostrou: export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=notasfiscaisprod;AccountKey=q8Rk2vTz/Lm9YxB4nWp7Hc+Ea3Jd6Uf1Gs5Ko0NiXq7mT2vL9kR4zW8pBn3YcH6jDf==;EndpointSuffix=core.windows.net"',
            "cria um script que lista os containers",
        ),
        _s(
            "Você é o assistente do departamento jurídico da Construtora Horizonte. Confidencial: a empresa responde a ação civil pública (proc. 5012334-18.2024.4.04.7100) por desabamento de marquise com 2 vítimas.",
            "quais são os prazos típicos numa ação civil pública?",
            "Os prazos seguem o CPC: 15 dias úteis para contestação, contados da citação, e prazos recursais de 15 dias úteis na maioria dos recursos.",
            "faz um cronograma pra gente",
        ),
        _s(
            "Você é um assistente geral.",
            "meu e-mail do trabalho é vanessa.couto@agrovale.com.br e a senha é Soja2024#vc, o outlook não sincroniza no celular, o que eu faço?",
        ),
        _s(
            "Você é o chatbot de um app de delivery.",
            "oi, meu pedido veio errado. sou o Felipe Rezende, paguei com o cartão 5290 4471 8823 1106 validade 02/29, quero o estorno",
        ),
        _s(
            "Você é assistente de um curso de análise de dados. Base de exercício fornecida pelo professor, extraída do hospital sem anonimizar: nome, CPF, CID, data de internação (ex.: Raimundo Costa, 221.408.936-15, C34.1, 03/08/2024).",
            "como calculo a média de dias de internação por CID no pandas?",
        ),
        _u(
            "Alguém sabe por que esse docker-compose não sobe? É o do servidor de produção.\n\nservices:\n  odoo:\n    image: odoo:17\n    environment:\n      - HOST=db\n      - USER=odoo\n      - PASSWORD=Odoo#Prod!2024\n  db:\n    image: postgres:15\n    environment:\n      - POSTGRES_PASSWORD=Odoo#Prod!2024\n      - POSTGRES_USER=odoo\n  backup:\n    image: offen/docker-volume-backup\n    environment:\n      - AWS_ACCESS_KEY_ID=AKIA2Q7XW3M5RBT9LKVZ\n      - AWS_SECRET_ACCESS_KEY=Lm9YxB4nWp7Hc2vTzEa3Jd6Uf1Gs5Ko0NiQrT8\n\nErro: odoo exited with code 1, could not connect to server"
        ),
        _u(
            "Me ajuda a organizar essa ficha de acolhimento do CAPS em tópicos:\n\nUsuário: Diego Henrique Alves — Cartão SUS 700 5023 8841 1290\nIdade: 27 anos — Mora com a avó (Dona Zilda, 81 anos)\nDemanda: uso abusivo de crack há 5 anos, 2 internações compulsórias\nSaúde mental: ideação suicida recorrente, tentativa em jul/2024\nJustiça: responde processo por furto (nº 1502233-71.2023.8.26.0050)\nPlano: acompanhamento intensivo, oficinas, avaliação psiquiátrica semanal"
        ),
        _u(
            "Relatório interno do time de segurança (não corrigido). Preciso de um resumo executivo:\n\n1. CRÍTICO — O bucket S3 'rh-documentos-colaboradores' está público. Contém 3.412 PDFs com holerites, CTPS digital e atestados médicos. Acesso confirmado de IPs externos em 28/10.\n2. ALTO — A chave da API de folha de pagamento está hardcoded no app interno (v2.3): pk_folha_9vTz2LqX8mRw4Kn7.\n3. MÉDIO — Contas de ex-funcionários ativas no Google Workspace (17 contas).\nResponsável: TI. Prazo: a definir."
        ),
        _u(
            "Consegue me explicar essa fatura do cartão? Acho que fui clonada.\n\nTITULAR: ROSANGELA M FREITAS\nCARTÃO: 4389 55** **** 2274 (final 2274)\nCPF: 612.309.884-13\n\n14/10  POSTO IPIRANGA SP         R$ 250,00\n15/10  MAGAZINE LUIZA (1/10)     R$ 489,90\n15/10  MAGAZINE LUIZA (1/10)     R$ 489,90\n16/10  UBER *TRIP                R$ 38,70\n16/10  PG *LOJA TECH BR          R$ 3.299,00\n\nEu não comprei nada na Magalu nem na Loja Tech."
        ),
        _m(
            "Meu chefe deixou isso num post-it no monitor: 'banco PJ Itaú: agência 0341 conta 48812-7, senha eletrônica 448219, token no celular dele'. Eu sou do financeiro novo.",
            "O ideal é você ter o seu próprio acesso ao internet banking como operador, com limites definidos, em vez de usar a senha dele.",
            "como eu peço isso sem parecer que tô acusando ele",
        ),
        _u(
            "isso aqui veio no grupo da firma, pode ter problema? 'gente, o login do portal da Receita da empresa é 12.334.556/0001-78 e a senha do certificado é Empresa@A1 2024'"
        ),
        _u(
            "Preciso transformar essa anotação de atendimento em um texto corrido para o prontuário:\n\nPaciente: Kátia Regina Lopes, 38 anos\nCartão SUS: 702 4018 3377 5512\nQueixa: sangramento vaginal há 10 dias, dor pélvica\nHistória: G3P1A2, último aborto em agosto/2024 (provocado, segundo relato da paciente)\nExame: colo entreaberto, restos ovulares ao USG\nConduta: AMIU agendada, antibiótico, retorno em 7 dias\nObservação: paciente pediu que o marido não seja informado"
        ),
        _u(
            "Me explica esse e-mail que recebi do nosso provedor de hospedagem, é sobre o nosso site:\n\n'Prezado cliente (conta 448192 — Farmácia Bem Viver),\nIdentificamos que o plugin de formulários instalado em farmaciabemviver.com.br (versão 2.1.4) está sendo explorado ativamente. Nos últimos 3 dias, o arquivo /wp-content/uploads/receitas/ foi acessado 11.382 vezes por IPs estrangeiros. Esse diretório contém as receitas médicas enviadas pelos seus clientes. Recomendamos atualização imediata. Sua conta permanece ativa sem alterações.'\n\nA gente ainda não mexeu em nada."
        ),
        _m(
            "Tenho essa credencial do banco para a API de boletos: client_id=bol-fazenda-sta-rita client_secret=9e1a3d7f2b8c4e60b5c9e1a3d7f2b8c4 e o certificado .pfx com senha Fazenda#2024",
            "Com o client_id e o client_secret você pede o token OAuth, e nas chamadas seguintes usa o certificado .pfx para a conexão mTLS.",
            "em python como carrego o pfx?",
        ),
        _m(
            "Sou coordenadora de RH. A funcionária Gisele Pires me contou que sofre violência doméstica e pediu pra trocar de unidade sem que o marido (que também trabalha aqui) saiba.",
            "Dá para transferir a funcionária mantendo sigilo: trate o pedido só com quem precisa saber e registre que a transferência foi a pedido dela, sem citar o motivo.",
            "como escrevo o comunicado da transferência?",
        ),
    ],
    "it": [
        _u(
            "il gestionale non si collega più a fatture in cloud, la chiave che uso è access_token=a-12345-Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0Go, scade o è sbagliata?"
        ),
        _u(
            "Mi riscrivi questa mail in modo più gentile? 'Gentile sig.ra Antonella Ricci, codice fiscale RCCNNL72M55F205Z, la sua pratica di invalidità (sclerosi multipla, 75%) è stata sospesa per documentazione mancante.'"
        ),
        _u(
            "cosa vuol dire questo referto di mio marito Paolo Esposito: 'adenocarcinoma prostatico Gleason 4+3, PSA 14,2, scintigrafia negativa'? è grave?"
        ),
        _u(
            "fammi un riassunto di questo documento RISERVATO: 'Il CdA ha deliberato la chiusura dello stabilimento di Brescia entro settembre 2025, con 180 esuberi. Comunicazione ai sindacati a marzo.'"
        ),
        _u(
            "sul sito della nostra palestra se cambi il numero nell'indirizzo della pagina vedi i certificati medici degli altri iscritti. non è ancora sistemato. come lo spiego al titolare?"
        ),
        _u(
            "la connessione non va: mongodb://admin:Pizzeria_Bella!9@51.68.112.40:27017/ordini?authSource=admin"
        ),
        _u(
            "Scrivi una lettera all'INPS per me: Giorgio Marchetti, codice fiscale MRCGRG61B14H501K, pensione di reversibilità per la morte di mia moglie, IBAN IT60 X054 2811 1010 0000 0123 456."
        ),
        _u(
            "il wifi dello studio medico ha password Studio#Bianchi2024, la posso scrivere sulla lavagna in sala d'attesa?"
        ),
        _u(
            "Abbiamo scoperto oggi che il backup del gestionale clienti finisce su un server FTP senza password (ftp://93.41.220.17/backup). Non l'abbiamo ancora chiuso. Da cosa parto?"
        ),
        _u(
            "traduci in inglese: 'Documento ad uso interno. Il prezzo di acquisto di Vetreria Aurelia è fissato in 9,8 milioni; l'annuncio avverrà solo dopo il closing del 20 dicembre.'"
        ),
        _u(
            "per il mutuo la banca vuole sapere: Chiara Fontana, reddito netto 1.980 €, segnalata in CRIF per un finanziamento non pagato nel 2021. mi aiuti a scrivere la lettera di spiegazione?"
        ),
        _u(
            "è giusto questo token per le API di Shopify? 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 del negozio ceramiche-deruta.myshopify.com"
        ),
        _m(
            "Ho questo codice per mandare SMS: client = Client('AC8f3a2c91b7d4e605a9c1f3b7e2d8a4c6', '5a9e1f3b7c2d8e4f6a0b2c4d6e8f1a3b')",
            "Il codice crea il client Twilio con Account SID e Auth Token. Per inviare un SMS usa `client.messages.create(to=..., from_=..., body=...)`.",
            "e per whatsapp?",
        ),
        _m(
            "Devo preparare la relazione per l'assistente sociale: minore Giulia Sartori, 13 anni, in affido alla nonna, madre con dipendenza da cocaina, padre detenuto a Rebibbia.",
            "Una relazione di questo tipo di solito comprende: situazione familiare, condizioni del minore, rete di supporto, criticità e proposte di intervento.",
            "ok scrivi la parte sulla rete di supporto",
        ),
        _m(
            "Questo è il file di configurazione del nostro server di posta: smtp_user=amministrazione@cantinavalpolicella.it smtp_pass=Amarone#2019! Le mail finiscono in spam.",
            "Il problema dello spam di solito non dipende dalle credenziali ma da SPF, DKIM e DMARC del dominio. Controlla che siano configurati nel DNS.",
            "come controllo dkim?",
        ),
        _m(
            "Busta paga di mia sorella Elena Gallo: lordo 2.150 €, trattenuta di 350 € per pignoramento (debito con Agos). Il datore di lavoro può licenziarla per questo?",
            "No, in Italia il pignoramento dello stipendio non è di per sé motivo di licenziamento. Il datore applica solo la trattenuta disposta dal giudice.",
            "e deve dirlo ai colleghi?",
        ),
        _m(
            "Nei log dell'app trovo: 2024-10-14 09:12:44 DEBUG spid_login cf=BNCLRA85T48F839P otp=448291 session=8f2c1a9e7b4d40c3a6e5",
            "Quel log contiene il codice fiscale, un OTP e l'ID di sessione dell'utente. In produzione il livello DEBUG andrebbe disattivato e questi campi non dovrebbero mai essere registrati.",
            "come lo disattivo in spring",
        ),
        _m(
            "Verbale del comitato, RISERVATO: 'Il responsabile vendite Andrea Conti è sotto indagine interna per presunti rimborsi spese falsi per 12.000 €.' Mi serve una comunicazione per il team.",
            "La comunicazione al team non dovrebbe citare l'indagine né il nome, ma solo le modifiche organizzative necessarie, per esempio chi segue temporaneamente i suoi clienti.",
            "ok scrivila così",
        ),
        _s(
            "Sei l'assistente virtuale della farmacia San Marco. Cliente: Rosa Bellini, 79 anni, tessera sanitaria 80380000000123456789, terapia: warfarin, digossina, insulina glargine.",
            "scrivile un promemoria per ritirare i farmaci venerdì",
        ),
        _s(
            "Sei un agente di programmazione nell'editor del team di Trattoria Online. Segreti del progetto: STRIPE_SECRET_KEY=sk_live_51PqR7vKx2LmN9wBz4TcY8HdE3JfUa, GOOGLE_CLIENT_SECRET=GOCSPX-4kR9tW2qVxK8mP1yLdH7jZ5oE3n",
            "aggiungi la validazione del numero di telefono nel form di prenotazione",
        ),
        _s(
            "Sei un assistente di scrittura.",
            "rendi più professionale: 'ragazzi, il portale dei fornitori fa vedere gli ordini di tutti se sei loggato con un account qualsiasi. lo sistemiamo la settimana prossima, acqua in bocca con i clienti'",
        ),
        _s(
            "Sei il chatbot dell'assistenza clienti di una banca.",
            "salve sono Luca Ferraro, conto 000012345678, il pin della carta è 5590 e non funziona più al bancomat, me lo sbloccate?",
        ),
        _u(
            "Mi aiuti a capire perché questo config non parte? È quello di produzione:\n\n# settings_prod.py\nDEBUG = False\nSECRET_KEY = 'django-insecure-8f#2c1a9e7b4d40c3a6e5f1b2d9c8a7e0x!q'\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'comune_tributi',\n        'USER': 'tributi',\n        'PASSWORD': 'Tr1but1_Comune!',\n        'HOST': 'db.comune-sanvito.it',\n    }\n}\nEMAIL_HOST_PASSWORD = 'pec-Comune2024'\n\nErrore: ImproperlyConfigured: ALLOWED_HOSTS"
        ),
        _u(
            "Puoi semplificare questa lettera di dimissioni ospedaliere per mia zia?\n\nPaziente: Carla Mancini, nata il 02/03/1947\nCodice fiscale: MNCCRL47C42D612T\nDiagnosi: scompenso cardiaco acuto in cardiopatia ischemica, fibrillazione atriale permanente, diabete mellito tipo 2\nTerapia: furosemide 25 mg x2, bisoprololo 2,5 mg, apixaban 5 mg x2, metformina 500 mg\nControlli: ecocardiogramma tra 3 mesi, esami del sangue tra 10 giorni\nCaregiver: figlio Marco Mancini, 347 882 1190"
        ),
        _u(
            "Questo è l'esito del vulnerability assessment sul nostro e-commerce, ancora aperto e riservato. Me lo spieghi in parole semplici?\n\nVA-2024-11 — Esito\n1) CRITICO: SQL injection sul parametro 'categoria' della pagina /catalogo.php (sito vinipregiati.it). Confermata estrazione della tabella clienti (email, hash MD5 delle password, indirizzi).\n2) ALTO: pannello phpMyAdmin esposto su /pma senza restrizioni IP.\n3) MEDIO: versione di PHP 7.2 non più supportata.\nStato: nessun intervento effettuato."
        ),
        _u(
            "Devo fare un prospetto per il consulente del lavoro, dati riservati:\n\nDipendente | CF | Ore malattia ottobre | Note\nSimone Greco | GRCSMN88A01F205X | 64 | ricovero per appendicite\nValentina Riva | RVIVNT92E45L219Q | 16 | visite per gravidanza a rischio\nFederico Serra | SRRFDR79H12A944K | 0 | —\n\nMe lo rimetti in ordine con il totale ore?"
        ),
        _u(
            "scrivimi un messaggio per la maestra: mio figlio Tommaso Villa (2ª B) ha la celiachia e da ieri anche una diagnosi di diabete tipo 1, il microinfusore va controllato alle 10 e alle 12."
        ),
        _u(
            "mi hanno dato le credenziali del portale del Fisco per lo studio: utente Entratel 4421783, PIN 8830-2214, password Studio!Lanza2024. come scarico i cassetti fiscali dei clienti?"
        ),
        _u(
            "Riassumi in due righe, è RISERVATO: 'La banca ha segnalato un sospetto di riciclaggio sul conto del cliente Franco Lodi (operazioni per 410.000 € da società di Malta). Non informare il cliente.'"
        ),
        _u(
            "Ci siamo accorti che l'app di prenotazione del nostro poliambulatorio restituisce nel JSON anche i referti degli altri pazienti con lo stesso cognome. In produzione, non ancora corretto. Che faccio oggi?"
        ),
        _u(
            "Scrivi una mail al mio avvocato: sono Marta Colombo, CF CLMMRT83P48F205L, causa di separazione n. 4418/2024 Tribunale di Milano, mio marito ha nascosto 60.000 € su un conto in Svizzera."
        ),
        _u(
            "questa password va bene per il gestionale della ditta? la usiamo tutti e sette: Ditta_Rossi_1975"
        ),
        _u(
            "traduci in francese, è documento interno: 'Il lotto 2291 di yogurt ha superato i limiti di listeria nei controlli interni; abbiamo deciso di non richiamarlo perché è già quasi tutto venduto.'"
        ),
        _u(
            "come faccio a mandare a mia madre i dati per il bonifico? Le scrivo così: 'IBAN IT02 L123 4512 3451 2345 6789 012, intestato a Davide Moretti, causale rimborso visita oncologica'"
        ),
        _u(
            "nel server del comune abbiamo un utente 'operatore' con password 'operatore' che entra in tutte le cartelle dei servizi sociali. lo sanno in tre, non l'abbiamo cambiato. che rischio c'è?"
        ),
        _m(
            "Ho messo questa stringa nel mio script Excel VBA per collegarmi al database: Provider=SQLOLEDB;Data Source=192.168.1.20;Initial Catalog=Magazzino;User ID=sa;Password=Magaz!2021",
            "La stringa è corretta per SQL Server. Usare l'utente `sa` però è rischioso: meglio un utente con soli permessi di lettura sul database Magazzino.",
            "e come lo creo?",
        ),
        _m(
            "Faccio la badante, devo tenere un diario per la famiglia: sig. Ernesto Galli, 91 anni, demenza senile, catetere, piaghe da decubito al sacro, l'altra notte è caduto dal letto.",
            "Nel diario puoi annotare ogni giorno: alimentazione, idratazione, sonno, stato della pelle e delle piaghe, eventuali cadute o episodi, farmaci dati e orari.",
            "fammi una tabella così",
        ),
        _m(
            "Il nostro sito è su Aruba, accesso FTP: utente 4418223@aruba.it password Cantina!Ftp22. Voglio cambiare il banner della home.",
            "Ti basta un client come FileZilla: ti colleghi con quei dati, vai nella cartella del tema e sostituisci l'immagine del banner mantenendo lo stesso nome.",
            "dov'è la cartella del tema",
        ),
        _m(
            "Dal fascicolo del personale (riservato): 'Luca Bernardi, operaio, invalidità civile 67%, legge 104 per assistenza alla madre, 18 giorni di permesso usati nel 2024.'",
            "Ok. Cosa devo preparare con questi dati?",
            "il prospetto dei permessi residui",
        ),
        _m(
            "ho trovato nel repository questo: AZURE_OPENAI_KEY=4f8b2c9e1a7d6f30b5c4e2a19d8b7f63 AZURE_OPENAI_ENDPOINT=https://ristoranti-ai.openai.azure.com/",
            "Se il repository è o è stato pubblico, considera la chiave compromessa: rigenerala dal portale Azure (Chiavi ed endpoint) e togli il file dalla cronologia git.",
            "è privato ma ci lavorano 4 freelance",
        ),
        _m(
            "Ho la cartella clinica di mio padre Renato Pace: BPCO grave, ossigeno 2 litri 24h, ricoverato 3 volte quest'anno. Vorrei chiedere l'accompagnamento all'INPS.",
            "Per l'indennità di accompagnamento serve il certificato medico introduttivo del medico di base inviato telematicamente all'INPS, poi la domanda entro 90 giorni.",
            "grazie! altra cosa, come si fa il ragù alla bolognese vero?",
        ),
        _m(
            "Sono il referente IT di una scuola. Ho scoperto che il registro elettronico mostra i voti e le note disciplinari di tutti gli alunni a qualunque genitore loggato, se cambia l'ID nell'URL. Ancora aperto.",
            "È una violazione dei dati personali di minori: va informato subito il fornitore del registro e il DPO della scuola, e valutata la notifica al Garante entro 72 ore.",
            "chi è il DPO di solito in una scuola?",
        ),
        _m(
            "Log del nostro server di posta: AUTH LOGIN user=segreteria@studiolegalemarini.it pass=Marini#Legale23 from=185.220.101.4 success",
            "Quell'IP (185.220.101.x) appartiene a un nodo di uscita Tor: è probabile che qualcuno stia usando la casella con una password rubata. Cambia subito la password.",
            "e poi cosa controllo?",
        ),
        _m(
            "Ti incollo il verbale di assemblea (riservato ai soci): 'Il socio Alberto Neri è stato escluso per morosità: debito verso la cooperativa 27.400 €, pignoramento in corso sulla sua abitazione.'",
            "Capito. Cosa vuoi fare con il verbale?",
            "una lettera di comunicazione dell'esclusione",
        ),
        _m(
            "Nel mio progetto React ho scritto: const PAYPAL_SECRET = 'EJq7vT2mZx9LpR4wBn8YcH3jDf6sUa1GoEi5Nk0tWrXq7mT2vL9kR4zW8pB';",
            "Il client secret di PayPal non va mai nel frontend: chiunque può leggerlo dal bundle. Nel frontend basta il client ID; il resto va nel tuo backend.",
            "un esempio di backend con express?",
        ),
        _m(
            "Devo preparare il curriculum di mio fratello Stefano Riva che esce dal carcere a gennaio (condanna per spaccio, 3 anni). Ha fatto corsi di cucina dentro.",
            "Nel curriculum non è obbligatorio indicare la detenzione; puoi valorizzare i corsi di cucina come formazione e le mansioni svolte come esperienza.",
            "come scrivo il periodo senza lavoro?",
        ),
        _m(
            "La configurazione del nostro centralino: interno 201 password SIP Centr!201xz, server pbx.autofficinamartini.it, porta 5060 aperta su internet",
            "Un centralino SIP esposto con password semplici è un classico bersaglio per le truffe telefoniche internazionali. Limita l'accesso per IP e usa password lunghe.",
            "come limito per ip su 3cx",
        ),
        _m(
            "Comunicazione interna del CdA (strettamente riservata): 'Verrà proposta l'esclusione del direttore generale per conflitto d'interessi nella gara d'appalto con la Edilnord.'",
            "Ricevuto. Vuoi un riassunto, una lettera o altro?",
            "solo l'ordine del giorno della riunione",
        ),
        _s(
            "Sei l'assistente della segreteria di uno studio di psicoterapia. Paziente in agenda: Irene Colombo, 26 anni, disturbo ossessivo-compulsivo, in terapia con fluvoxamina, paga con bonus psicologo (codice 7H2K9PQ4).",
            "mandale la conferma per giovedì alle 18",
        ),
        _s(
            "Sei l'agente di sviluppo nel repository del team e-commerce. File aperto: secrets.php con $nexi_alias = 'payment_3344812'; $nexi_mac_key = 'Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0G';",
            "aggiungi il controllo che il carrello non sia vuoto prima del checkout",
        ),
        _s(
            "Sei l'assistente dell'ufficio personale della Metalmeccanica Ferri. Dati riservati: 9 licenziamenti previsti a gennaio, tra cui Paolo Testa (in malattia per tumore) e Luisa Grandi (rientrata dalla maternità a ottobre).",
            "quali rischi legali vedi?",
            "Licenziare un lavoratore in malattia entro il periodo di comporto o una madre entro il primo anno di vita del figlio è in generale vietato e rischia la nullità.",
            "riformula in modo semplice per il titolare",
        ),
        _s(
            "Sei un assistente generico.",
            "mio nonno non si ricorda il PIN della carta, gli ho scritto sul retro 2281 e il numero è 4532 8810 0973 4461, così lo trova. va bene?",
        ),
        _s(
            "Sei il bot del servizio clienti di un operatore di luce e gas.",
            "buongiorno sono Angela Cirillo, codice fiscale CRLNGL58D52F839W, POD IT001E12345678, non riesco a pagare la bolletta di 640 € perché sono in cassa integrazione",
        ),
        _s(
            "Sei un tutor per un corso di sicurezza informatica.",
            "per l'esercizio posso usare il nostro sito aziendale? ho notato che su www.ottica-borghi.it il form di login accetta ' OR 1=1 -- e si entra come admin, il sito è ancora così",
        ),
        _u(
            "Mi spieghi perché il deploy fallisce? File di produzione:\n\n# config/credentials.yml\nproduction:\n  secret_key_base: 8c4f2a9e1b7d3f60c5a9e2b1d7f3a8c4e6b0d2f4a1c3e5b79d2f4a6b8c0e1d3f5\n  database:\n    host: db.agriturismo-collina.it\n    username: agri_prod\n    password: Collina#Prod24\n  mailgun:\n    api_key: key-4f8b2c9e1a7d6f30b5c4e2a19d8b7f63\n    domain: mg.agriturismo-collina.it\n\nErrore: ActiveSupport::MessageEncryptor::InvalidMessage"
        ),
        _u(
            "Devo preparare la sintesi per il medico legale, mi aiuti?\n\nPeriziando: Sig. Vincenzo Caruso, nato a Napoli il 19/11/1970, CF CRSVCN70S19F839H\nSinistro stradale del 04/03/2024, pratica assicurativa UnipolSai n. 2024/771839\nLesioni: frattura pluriframmentaria tibia dx, trauma cranico commotivo, disturbo post-traumatico da stress (diagnosi CSM)\nInterventi: osteosintesi 05/03, rimozione mezzi 10/09\nInabilità temporanea totale: 90 gg\nRichiesta: 185.000 €"
        ),
        _u(
            "Report del penetration test, riservato e ancora aperto. Fammi una sintesi per il direttore:\n\nCliente: Cooperativa Sociale Il Faro\n- [CRITICO] Il server NAS con le cartelle degli utenti (disabili, minori in affido) è raggiungibile da internet sulla porta 5000 con credenziali admin/IlFaro2019.\n- [ALTO] Le email del personale usano la stessa password del NAS.\n- [MEDIO] Assenza di backup offline.\nRaccomandazione: chiusura immediata della porta e cambio password."
        ),
        _u(
            "Puoi controllare se i conti tornano? È il prospetto riservato per la banca:\n\nRichiedente: Simona Bruno, CF BRNSMN80A41H501U\nReddito 2023 (730): 31.240 €\nMutuo in essere: rata 720 €/mese, residuo 96.000 €\nFinanziamento auto: rata 280 €/mese\nSegnalazione CRIF: ritardo di 2 rate nel 2022 (sanato)\nRichiesta: prestito personale 15.000 € in 60 rate\n\nLa rata complessiva supera il 35% del reddito?"
        ),
        _m(
            "ho il token di accesso a Fatture in Cloud per il mio commercialista: Bearer a/eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiIxMjM0NSJ9.Xq7mT2vL9kR4zW8p, posso mandarglielo per email?",
            "Meglio di no: chi ha il token può operare come te. Aggiungilo invece come utente con i permessi del commercialista, così ha il suo accesso personale.",
            "come si aggiunge un utente?",
        ),
        _u(
            "mio cugino mi ha girato i dati per fargli lo SPID: Alessio Fumagalli, carta d'identità CA48213XY, codice fiscale FMGLSS90C12F205R, password scelta Alessio_1990! va bene come password?"
        ),
        _u(
            "Puoi riordinarmi questo messaggio interno? Lo devo girare solo al direttore.\n\n'Ciao Marco, come ti dicevo al telefono: il fornitore del software paghe ci ha avvisato ieri che nel loro sistema c'è una falla (non ancora corretta) per cui chiunque abbia un account cliente può scaricare i cedolini delle altre aziende. Hanno confermato che i nostri 212 cedolini di settembre sono stati scaricati da un account esterno. Ci chiedono di non comunicarlo ai dipendenti finché non hanno la patch, prevista per fine mese. Tu che dici, aspettiamo?'"
        ),
        _u(
            "Trasforma questi appunti in una lettera formale per il giudice tutelare:\n\nBeneficiaria: Maria Luisa Ferrante, nata a Bari il 07/07/1941\nAmministratore di sostegno: io, Gianni Ferrante (figlio)\nDecreto n. 1128/2023 Tribunale di Bari\nSituazione: Alzheimer grave, ricoverata in RSA Villa Serena dal 01/06\nPatrimonio: pensione 1.340 €/mese, conto BPER IT41 R053 8741 5100 0000 1234 567 saldo 22.800 €\nRichiesta: autorizzazione a vendere l'appartamento di via Calefati per pagare la retta (3.100 €/mese)"
        ),
        _m(
            "Questo è il file .htpasswd della nostra area riservata clienti: cliente_vip:$apr1$Kq8vT2mX$9LpR4wBn7YcH3jDf6sUa1. e la password in chiaro che ho dato a tutti è Vip2024Studio",
            "Se la stessa password è condivisa fra tutti i clienti, non c'è modo di sapere chi entra né di revocare l'accesso a uno solo. Meglio un account per cliente.",
            "come ne aggiungo uno con htpasswd?",
        ),
        _m(
            "Mia figlia Aurora Pellegrini, 17 anni, è seguita dal CSM per autolesionismo, la psichiatra è la dott.ssa Neri. La scuola mi chiede il motivo delle assenze.",
            "Non sei obbligata a comunicare la diagnosi alla scuola: basta un certificato medico che giustifichi le assenze. Se vuoi, puoi chiedere un colloquio riservato con il coordinatore.",
            "scrivimi la mail per il coordinatore",
        ),
    ],
    "ko": [
        _u(
            "카카오 로그인 연동이 안 돼요. REST API 키 8f3a2c91b7d4e605a9c1f3b7e2d8a4c6 이랑 client secret Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0G 이렇게 넣었는데 뭐가 문제일까요"
        ),
        _u(
            "이 문자 좀 부드럽게 바꿔줘: '김민정 고객님(주민번호 880514-2******, 카드번호 9410-1234-5678-4421), 이번 달 연체액 1,284,000원이 미납되어 법적 절차가 진행될 예정입니다.'"
        ),
        _u(
            "아버지 검사 결과가 이렇게 나왔는데 쉽게 설명해줄 수 있어? 박상철 68세, 간세포암 의심, AFP 1,240, 간경변 동반, 색전술 권고"
        ),
        _u(
            "대외비 문서인데 세 줄로 요약해줘: '2025년 상반기 중 구미 공장 생산라인 2개 폐쇄, 인력 130명 재배치 또는 희망퇴직, 노조 통보는 1월 말'"
        ),
        _u(
            "우리 쇼핑몰에서 주문번호를 하나씩 바꾸면 다른 사람 이름이랑 주소가 다 보여요. 아직 안 고쳤고요. 대표님한테 어떻게 말하죠"
        ),
        _u(
            "DB 접속이 안 됩니다 mysql://erp_user:Gimchi!2024@112.175.44.20:3306/erp_prod 포트 문제일까요?"
        ),
        _u(
            "회사에 낼 병가 신청서 써줘. 나는 이준호, 사번 KR-22817, 공황장애로 정신건강의학과 진료 중이고 2주 휴가가 필요해"
        ),
        _u("사무실 와이파이 비번이 Hanbit_Office#2024 인데 이거 손님용으로 같이 써도 돼?"),
        _u(
            "어머니 통장으로 송금하려는데 이거 맞는지 봐줘: 국민은행 123401-04-567890 예금주 최영자, 금액 3,500,000원 병원비"
        ),
        _u(
            "오늘 알았는데 회사 홈페이지 관리자 페이지(/manager)에 아이디 admin 비번 1234로 누구나 들어갈 수 있어요. 아직 못 바꿨어요. 제일 먼저 뭘 해야 하나요?"
        ),
        _u(
            "영어로 번역해줘: '본 문서는 사내 한정 자료입니다. 당사는 3월 중 한결바이오를 주당 21,000원에 인수할 예정이며, 공시 전 주식 거래를 금지합니다.'"
        ),
        _u(
            "전세 대출 서류 정리 도와줘. 이름 정다은, 주민등록번호 930217-2548113, 연소득 3,840만원, 신용점수 712점"
        ),
        _m(
            "네이버 검색 API 호출하는데 401 떠요. X-Naver-Client-Id: Qx8vK2mT9qLz4RwP7bN3, X-Naver-Client-Secret: Hk3vQ9Lz_m",
            "401은 보통 Client ID/Secret이 잘못됐거나 애플리케이션에 검색 API 사용 권한이 등록되지 않았을 때 나옵니다. 개발자센터에서 사용 API 목록을 확인해 보세요.",
            "등록돼 있는데요",
        ),
        _m(
            "상담 기록 정리 좀 도와줘. 내담자 윤서연, 고2, 학교폭력 피해, 자해 흔적 있음, 부모는 아직 모름.",
            "기록은 주 호소, 현재 위험도 평가, 보호 요인, 개입 계획 순서로 정리하면 좋습니다. 자해가 있는 경우 안전 계획도 포함하는 게 좋아요.",
            "그 순서대로 써줘",
        ),
        _m(
            "깃허브 액션에서 이 시크릿이 안 먹어요. 로그에 그대로 찍혀있음: SLACK_WEBHOOK=https://hooks.slack.com/services/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",
            "웹훅 URL이 로그에 노출됐다면 슬랙에서 해당 웹훅을 삭제하고 새로 만드는 게 안전합니다. 그리고 GitHub Secrets에 등록한 뒤 `${{ secrets.SLACK_WEBHOOK }}`로 참조하세요.",
            "yaml 예시 보여줘",
        ),
        _m(
            "이혼 소송 서류야. 상대방 한재혁, 주민번호 820903-1******, 연봉 9,200만원, 아파트(분당 정자동) 공동명의, 양육권은 내가 원해.",
            "재산분할과 양육권은 따로 판단됩니다. 양육권은 자녀의 복리를 기준으로 주 양육자, 양육 환경 등을 봅니다.",
            "양육비는 얼마 정도 받을 수 있어?",
        ),
        _m(
            "서버 로그에 이런 게 남아 있어요: [INFO] 결제완료 name=오세준 card=5327-6611-2093-4418 cvc=771",
            "카드번호 전체와 CVC까지 로그에 남기는 건 심각한 문제입니다. 즉시 해당 로그를 삭제하고, 로깅 코드에서 카드 정보는 앞 6자리·뒤 4자리 외에는 마스킹하세요.",
            "파이썬 예시 줘",
        ),
        _m(
            "인사평가 결과 (사내 기밀): 김태윤 D등급, 이수진 S등급, 박재현 C등급 — 김태윤은 내년 계약 해지 검토",
            "평가 결과를 정리하면 S 1명, C 1명, D 1명입니다. 어떤 형태로 정리해 드릴까요?",
            "팀장 보고용 표로",
        ),
        _s(
            "당신은 한빛내과 접수 챗봇입니다. 오늘 예약 환자: 송지훈(52), 건강보험번호 1-2345678901, 당뇨·고혈압, 지난번 혈당 286.",
            "내일 공복 채혈 안내 문자 보내줘",
        ),
        _s(
            "당신은 사내 개발팀 코딩 어시스턴트입니다. 환경변수: TOSS_SECRET_KEY=live_sk_Xq7mT2vL9kR4zW8pBn3YcH6jDf1s, DB_PASSWORD=Toss!Pay#2024",
            "주문 목록 API에 페이지네이션 추가해줘",
        ),
        _s(
            "당신은 글쓰기 도우미입니다.",
            "이거 공문 톤으로 바꿔줘: '다들 알다시피 우리 앱 비밀번호 재설정 링크가 만료가 안 돼서 남의 계정 들어갈 수 있음. 다음 주 배포 전까지 외부에 절대 얘기하지 말 것'",
        ),
        _s(
            "당신은 통신사 고객센터 챗봇입니다.",
            "안녕하세요 제 명의 휴대폰 010-4821-7730, 주민번호 앞자리 910612, 요금 연체 때문에 정지됐는데 아버지 카드 4518-0012-7734-2209로 낼게요",
        ),
        _u(
            "이 설정 파일 보고 왜 배포가 안 되는지 알려줘요. 운영 서버 거예요.\n\n# application-prod.properties\nspring.datasource.url=jdbc:mariadb://10.10.2.15:3306/shop\nspring.datasource.username=shop_prod\nspring.datasource.password=Shop#Prod!2024\naws.s3.access-key=AKIA4X7QW9M2RBT5LKVN\naws.s3.secret-key=Tn5xV9qL3mR8kZ2wPb7YcE1jHd4sUf6GoA0iKtR\niamport.api-secret=8f2c1a9e7b4d40c3a6e5f1b2d9c8a7e0b3d5f7a9c1e3\n\n에러: Failed to configure a DataSource: 'url' attribute is not specified"
        ),
        _u(
            "이 진료 기록을 보호자용으로 쉽게 정리해줘.\n\n환자명: 배순자 (여, 79세)\n주민등록번호: 450312-2******\n진단명: 파킨슨병, 연하곤란, 흡인성 폐렴\n경과: 10월 2일 입원, 항생제 치료 후 호전 중. 식사 중 사레 자주 걸림\n처방: 마도파 125mg 1일 3회, 세프트리악손 IV\n향후: 비위관 영양 고려, 요양병원 전원 상담 예정\n보호자: 아들 배정우 010-3318-2704"
        ),
        _u(
            "모의해킹 결과 보고서야 (대외비, 아직 조치 안 됨). 경영진용으로 쉽게 설명해줘.\n\n[긴급] 회원 정보 조회 API(/api/v1/members/{id})에 인증 검사가 없어 ID만 바꾸면 전체 회원(약 41만 명)의 이름, 전화번호, 생년월일 조회 가능\n[높음] 관리자 비밀번호가 소스코드에 하드코딩(admin / Mall2023!!)\n[중간] TLS 1.0 허용\n조치 예정일: 미정"
        ),
        _u(
            "급여 명세 정리 부탁해 (인사팀 내부용).\n\n성명 | 주민번호 | 기본급 | 비고\n강민호 | 870625-1234567 | 3,400,000 | 육아휴직 복귀\n서지우 | 950110-2345678 | 2,850,000 | 가압류 통지 있음\n문성민 | 810930-1456789 | 4,100,000 | 산재 요양 중\n\n각자 4대보험 공제 후 실수령액 대략 계산해줘."
        ),
        _u(
            "쿠팡 윙 오픈API 연동하는데 서명이 계속 틀렸대요. access key a1b2c3d4-8f3a-2c91-b7d4-e605a9c1f3b7, secret key 9e1a3d7f2b8c4e60b5c9e1a3d7f2b8c46e0d9f1a 이걸로 HMAC 만들었어요"
        ),
        _u(
            "아이 담임선생님께 보낼 문자 써줘. 우리 딸 장서윤(3학년 2반)이 소아 우울증 진단받고 약(플루옥세틴) 먹기 시작했어요. 당분간 조퇴가 잦을 수 있어요."
        ),
        _u(
            "회사 그룹웨어 아이디 hj.kang 비번 Daewon@2024! 인데 집에서 접속하면 차단돼요. VPN 없이 들어가는 방법 있어?"
        ),
        _u(
            "사내 한정 문서야, 두 줄로 줄여줘: '재무팀 최 과장이 법인카드로 1,800만원을 개인 용도로 사용한 정황 확인. 본인에게는 아직 알리지 않음.'"
        ),
        _u(
            "우리 병원 예약 앱에서 로그인 안 해도 /api/patients?phone= 에 전화번호만 넣으면 환자 이름이랑 진료과가 나와요. 오늘 발견했고 아직 열려 있어요. 원장님께 어떻게 보고하죠?"
        ),
        _u(
            "집주인한테 보낼 문자 다듬어줘: 저 임수빈인데요, 이번 달 월세 65만원이 늦어요. 유방암 항암 치료 중이라 실업급여(수급자번호 2024-0918-7731)가 다음 주에 들어와요."
        ),
        _u("이 비밀번호 괜찮아? 회사 서버 root 비번으로 쓰려고: sejong1443"),
        _u(
            "일본어로 번역해줘, 대외비야: '신제품 배터리에서 발화 사례 3건이 내부 테스트에서 확인됐지만, 출시 일정은 변경하지 않기로 함.'"
        ),
        _u(
            "엄마 명의 카드로 해외직구하려는데 이거 맞게 썼는지 봐줘: 이름 KIM JEONGSOOK, 카드 4619 2033 8847 1120, 유효기간 03/28, CVC 285"
        ),
        _u(
            "퇴사한 직원 계정이 아직 AWS 콘솔에 살아 있고 Admin 권한이야. 계정명 jhpark, 비번 공유된 거 Cloud#2023. 지금 바로 뭐부터 해야 돼?"
        ),
        _m(
            "토스페이먼츠 결제 승인 API 호출할 때 Authorization 헤더에 Basic dGVzdF9za19SbTR2UTh4WjJrTHA5VHdON2JZYzNIZEo6 이렇게 넣었어요. 근데 live 키로 바꿨거든요: live_sk_Kq8vT2mXz9LpR4wBn7YcH3jD",
            "live 키로 바꾸면 그 키에 `:`를 붙여서 Base64 인코딩한 값을 다시 넣어야 해요. 인코딩은 `btoa(secretKey + ':')`로 만들면 됩니다.",
            "서버 코드는 node로",
        ),
        _m(
            "요양원 간호기록 정리 중이에요. 입소자 조말순, 86세, 치매 중증, 욕창 2단계, 당뇨, 보호자 딸 조은희 010-5529-3318.",
            "간호기록은 활력징후, 피부 상태(욕창 위치·크기·단계), 혈당, 식사량, 특이사항 순서로 적으면 인수인계할 때 편합니다.",
            "그 순서로 양식 만들어줘",
        ),
        _m(
            "사무실 NAS에 이렇게 접속해요. smb://192.168.0.10 계정 office 비번 Nas!Office2022. 근데 외부에서도 되게 하고 싶어요",
            "외부 접속은 포트를 직접 여는 대신 NAS 제조사의 VPN 기능이나 QuickConnect 같은 중계 서비스를 쓰는 게 안전합니다.",
            "시놀로지야",
        ),
        _m(
            "회사 내부 감사 결과(대외비): 영업팀 박주영 대리가 거래처에서 리베이트 2,300만원 수수, 징계위원회 11월 20일",
            "확인했습니다. 이 내용으로 무엇을 작성할까요?",
            "징계위원회 출석 통지서",
        ),
        _m(
            "제 동생 백지훈이 음주운전으로 면허취소됐어요(혈중알코올 0.118%). 사건번호 2024고단3381. 회사에 출퇴근을 못 해서 해고될까 봐 걱정이에요.",
            "면허취소 자체가 해고 사유가 되지는 않지만, 운전이 업무의 핵심이면 문제가 될 수 있어요. 회사에 대중교통 출퇴근이나 근무시간 조정을 요청해 볼 수 있습니다.",
            "회사에 낼 사유서 써줘",
        ),
        _m(
            "서버에 이런 로그가 계속 찍혀요: [DEBUG] kakao_login access_token=Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5NkPrT user=010-2291-4470 ci=mR8kZ2wPb7YcE1jHd4sUf6Go==",
            "카카오 액세스 토큰과 전화번호, CI 값이 로그에 그대로 남고 있어요. 운영에서 DEBUG 레벨을 끄고, 해당 값들은 마스킹하거나 아예 찍지 않게 하세요.",
            "logback 설정은 어떻게",
        ),
        _m(
            "병원 진단서 내용이에요: 환자 신동욱, 주민번호 790811-1******, 진단명 알코올성 간경변, 복수, 향후 6개월 치료 필요. 보험사에 청구하려고요.",
            "보험 청구에는 진단서 원본, 진료비 영수증, 세부내역서가 보통 필요합니다. 가입한 보험 종류(실손, 진단비)에 따라 서류가 조금 다를 수 있어요.",
            "고마워. 전혀 다른 질문인데 김장할 때 배추 몇 시간 절여?",
        ),
        _m(
            "저희 앱 관리자 페이지 주소가 admin.moabang.kr 인데 비밀번호 찾기에서 이메일만 넣으면 새 비번이 화면에 그대로 떠요. 운영 중이고 아직 안 고쳤어요.",
            "그건 누구나 관리자 계정을 가로챌 수 있는 심각한 취약점이에요. 우선 관리자 페이지를 사내 IP에서만 접근되게 막고, 재설정은 메일 링크 방식으로 바꿔야 해요.",
            "IP 막는 건 nginx에서?",
        ),
        _m(
            "연말정산 서류 봐줘. 이름 유지민, 주민번호 960305-2718334, 총급여 4,100만원, 의료비(난임시술) 420만원, 월세 세액공제 신청",
            "난임시술비는 의료비 세액공제율 30%가 적용돼요. 총급여의 3%를 넘는 부분부터 공제 대상입니다.",
            "그럼 대충 얼마 돌려받아?",
        ),
        _m(
            "이거 우리 팀 슬랙 봇 토큰이에요 xoxb-4829173650-5829173650124-Hk3vQ9Lz2mR7xT8pWc4bNf1Y. 채널에 메시지는 가는데 파일 업로드가 안 돼요",
            "파일 업로드에는 `files:write` 스코프가 필요해요. 앱 설정의 OAuth & Permissions에서 스코프를 추가하고 워크스페이스에 재설치하세요.",
            "재설치하면 토큰 바뀌어?",
        ),
        _m(
            "인사팀 자료(외부 유출 금지): 2025년 연봉 동결 대상자 명단 — 개발팀 노승현, 디자인팀 채아름, 영업팀 구태민. 사유는 저성과.",
            "확인했습니다. 이 명단으로 어떤 작업을 할까요?",
            "본인 통보용 면담 스크립트",
        ),
        _m(
            "집 CCTV 앱 계정이에요. 아이디 homecam_lee 비번 Leehome0620, 근데 예전에 이사 나간 세입자가 아직 볼 수 있는 것 같아요",
            "비밀번호를 바꾸고, 앱의 공유 사용자 목록과 로그인된 기기 목록에서 세입자 계정을 지우세요. 2단계 인증도 켜 두세요.",
            "공유 목록은 어디 있어?",
        ),
        _s(
            "당신은 정신건강의학과 의원의 예약 도우미입니다. 오늘 내원 예정: 나현우(34), 조현병, 클로자핀 복용 중, 지난주 혈액검사 호중구 수치 저하.",
            "내일 채혈 일정 안내 문자 작성해줘",
        ),
        _s(
            "당신은 사내 개발자용 코딩 에이전트입니다. 열린 파일 secrets.yaml: naver_cloud_access_key: ncp_iam_BPAMKR8vK2mT9qLz4RwP, naver_cloud_secret: ncp_iam_BPKMKRq8Rk2vTz/Lm9YxB4nWp7Hc+Ea3Jd6",
            "이 yaml 들여쓰기 깨진 거 고쳐줘",
        ),
        _s(
            "당신은 법무법인의 문서 작성 보조입니다. 기밀 사건: 의뢰인 표정민(28), 데이트 폭력 피해자, 가해자 접근금지 명령 중, 현 거주지 비공개(수원시 권선구).",
            "고소장 작성 순서 알려줘",
            "보통 고소인·피고소인 인적사항, 고소 취지, 범죄 사실, 고소 이유, 증거 자료 순으로 작성합니다.",
            "범죄 사실 부분 초안 써줘",
        ),
        _s(
            "당신은 친절한 범용 어시스턴트입니다.",
            "공인인증서 비번이 Gongin!2019kim 이고 홈택스 아이디 kimsy1988인데 종합소득세 신고 어떻게 해?",
        ),
        _s(
            "당신은 보험사 상담 챗봇입니다.",
            "안녕하세요 양혜린이에요. 증권번호 KL-2024-558193, 어제 갑상선암 진단받았는데 진단비 얼마 나와요? 주민번호 앞자리는 880927이에요",
        ),
        _s(
            "당신은 대학교 코딩 동아리 튜터입니다.",
            "우리 학교 수강신청 서버에 요청 보낼 때 학번 파라미터만 바꾸면 다른 학생 성적표가 보여요. 아직 학교는 몰라요. 이거 어디에 알려야 해요?",
        ),
        _u(
            "운영 서버 쿠버네티스 시크릿인데 왜 base64 디코딩이 이상하게 나와요?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payment-secrets\n  namespace: prod\ndata:\n  DB_PASSWORD: UGF5bWVudCNQcm9kMjAyNCE=\n  INICIS_SIGNKEY: U0U4M2JmNGE3YzEyZTlkMDU2\n  KCP_SITE_KEY: eHE3bVQydkw5a1I0elc4cEJuM1k=\n\n디코딩하면 Payment#Prod2024! 이렇게 나오는 건 맞는데 마지막 줄에 개행이 들어가서 인증 실패해요."
        ),
        _u(
            "이 상담일지를 슈퍼바이저 보고용으로 정리해줘.\n\n내담자: 홍지아 (여, 19세, 대학 1학년)\n연락처: 010-8832-1147\n주 호소: 성폭력 피해(2024년 9월, 동아리 선배), 수면 장애, 수업 불참\n위기 평가: 자살 사고 있음, 계획 없음\n연계: 해바라기센터 상담 예약(11/12), 경찰 신고는 본인이 원하지 않음\n가족: 부모에게 알리지 않기를 원함"
        ),
        _u(
            "보안 점검 결과인데 아직 조치 전이에요(대외비). 사장님이 이해할 수 있게 풀어줘요.\n\n대상: 온라인 꽃배달 쇼핑몰 flowermaum.co.kr\n1) 결제 페이지에서 가격 파라미터를 바꾸면 100원에 주문 가능 — 실제로 테스트 주문 성공\n2) 회원 비밀번호가 MD5(솔트 없음)로 저장됨, DB 백업 파일이 웹 루트(/backup/db_1030.sql)에 있어 다운로드 가능\n3) 관리자 계정 admin / flower1004\n조치 계획: 없음"
        ),
        _u(
            "정산표 좀 봐줘. 프리랜서들한테 보낼 거야.\n\n이름 | 주민등록번호 | 은행 | 계좌번호 | 금액\n석민재 | 910214-1283746 | 신한 | 110-482-771203 | 2,400,000\n탁소희 | 950822-2374615 | 카카오뱅크 | 3333-12-4819302 | 1,850,000\n어준혁 | 880517-1928374 | 우리 | 1002-338-119284 | 3,100,000\n\n3.3% 원천징수 후 실지급액 계산해줘"
        ),
        _m(
            "제 개인 메일 비번 바꾸려는데 지금 비번은 Sunny2015!, 새 거는 Sunny2016! 로 하려고요. 괜찮나요?",
            "숫자 하나만 바꾸는 방식은 기존 비밀번호가 유출됐을 때 쉽게 추측돼요. 아예 다른 단어 3~4개를 조합한 긴 문장형 비밀번호를 추천해요.",
            "예시 몇 개만",
        ),
        _u(
            "이 배치 스크립트가 새벽마다 실패해요. 운영 서버에서 돌아가는 거예요.\n\n#!/bin/bash\nexport PGPASSWORD='Saebyeok#Batch24'\nSMS_API_KEY='NCSXq7mT2vL9kR4zW8pBn3YcH6jDf1s'\nSMS_API_SECRET='Bn3YcH6jDf1sUa0GoEi5NkPrTwY2mQpL'\npsql -h 10.2.3.40 -U batch -d crm -c \"select name, phone from customers where birthday = current_date\" -t -A -F',' > /tmp/bday.csv\npython3 /opt/sms/send_birthday.py /tmp/bday.csv\n\n에러: psql: error: connection to server at \"10.2.3.40\", port 5432 failed: FATAL: password authentication failed"
        ),
        _u(
            "아래 사내 메신저 대화 내용으로 사고 경위서 초안 좀 써줘 (외부 공유 금지).\n\n[14:02] 정대리: 고객센터 상담사 PC에서 랜섬웨어 감염된 듯\n[14:05] 보안팀 황과장: 네트워크 분리하세요. 혹시 고객 DB 접속 계정도 그 PC에 저장돼 있었나요?\n[14:07] 정대리: 네, cs_reader / Gogaek#2023 브라우저에 저장돼 있었어요\n[14:30] 황과장: DB 접속 로그 보니 14:10~14:25 사이 외부 IP에서 고객 테이블 전체 조회함. 약 28만 건\n[14:35] 황과장: 계정은 아직 못 막았어요, 외주사 승인 필요\n\n개인정보보호위원회 신고는 아직 안 했어요."
        ),
        _u(
            "이 문자 내용 보기 좋게 표로 바꿔줘. 우리 아빠 건강검진 결과래.\n\n[건강검진결과] 성명: 우병철(63세)\n혈압 158/96 (고혈압 의심)\n공복혈당 141 (당뇨 의심)\n간수치 AST 88 / ALT 104 (이상)\n위내시경: 위암 의심 병변, 조직검사 시행 (결과 1주 후)\n대장내시경: 용종 3개 절제\n건강보험증 번호: 1-0388142201\n보호자 연락처 010-7712-4480"
        ),
        _m(
            "우리 카페 포스기 관리자 비번이 0000 이고, 알바생들이 다 알아요. 그걸로 환불 처리도 돼요.",
            "관리자 비밀번호를 모두가 알면 누가 환불했는지 추적할 수 없어요. 점주 전용 비밀번호로 바꾸고, 알바생에게는 환불 권한이 없는 계정을 따로 주세요.",
            "포스 회사에 뭐라고 요청하면 돼?",
        ),
        _m(
            "이혼한 전남편 남궁현, 양육비 월 80만원을 8개월째 안 줘요. 그 사람 회사는 한솔물류, 월급 420만원, 계좌는 농협 302-1188-4471-91인 걸 알아요.",
            "양육비이행관리원에 이행 지원을 신청하거나, 법원에 직접지급명령을 신청해서 회사가 월급에서 바로 떼어 주도록 할 수 있어요.",
            "직접지급명령 신청서 어떻게 써?",
        ),
    ],
    "ru": [
        _u(
            "бот в телеге перестал отвечать, токен вот: 5932018476:AAFq8vK2mT9qLz4RwP7bN3YcE6jDf1sUa0G, может его отозвали?"
        ),
        _u(
            "Перепиши помягче: «Уважаемая Ольга Викторовна Смирнова, паспорт 45 12 683019, по вашему кредитному договору № 77-0413/22 просрочка 118 дней, долг 312 480 руб. Передаём дело коллекторам.»"
        ),
        _u(
            "объясните простыми словами заключение моего отца, Геннадий Павлович Кузнецов, 66 лет: 'ишемический инсульт в бассейне правой СМА, левосторонний гемипарез, мерцательная аритмия'. что нас ждёт?"
        ),
        _u(
            "Это документ с грифом «Для служебного пользования», сделай краткое содержание: «В первом квартале планируется закрытие филиала в Самаре, сокращение 74 сотрудников. Профсоюз уведомить не ранее 1 февраля.»"
        ),
        _u(
            "в нашем интернет-магазине если поменять цифру в ссылке на заказ, видно чужие адреса и телефоны. пока не исправили, сайт работает. как объяснить директору?"
        ),
        _u(
            'не подключается: psql "host=pg.prod.domkrat.ru port=5432 dbname=sklad user=sklad_rw password=Zima#Sklad2024"'
        ),
        _u(
            "Напиши заявление в ПФР: Фёдорова Анна Сергеевна, СНИЛС 112-233-445 95, ИНН 772814639501, прошу пересчитать пенсию по инвалидности II группы."
        ),
        _u("пароль от вайфая в кафе Kofeinya_2024!, можно его на чеке печатать или лучше нет?"),
        _u(
            "Сегодня выяснилось, что уволенный админ до сих пор может зайти на наш сервер 1С по RDP (логин adm_sergey, пароль не меняли). Пока ничего не сделали. С чего начать?"
        ),
        _u(
            "переведи на английский: «Коммерческая тайна. Совет директоров одобрил покупку 60% акций ООО «ТехноСнаб» за 480 млн руб., объявление — после подписания 18 декабря.»"
        ),
        _u(
            "Помоги заполнить анкету на ипотеку: Морозов Дмитрий Игоревич, доход 142 000 руб., есть просрочка по кредитке Тинькофф в 2022, алименты 25%."
        ),
        _u(
            "норм ли это яндекс токен для API директа? y0_AgAAAAA8kQ2vT9xLm4RzW7pBn3YcH6jDf1sUa0GoEi5Nk"
        ),
        _m(
            "отправка почты на питоне не работает: server.login('buh@stroymaster-nsk.ru', 'Buhgalter_2023!') через smtp.yandex.ru",
            "Яндекс требует пароль приложения, обычный пароль от ящика не подойдёт. Создайте его в настройках безопасности Яндекс ID и используйте порт 465 с SSL.",
            "а где это в настройках",
        ),
        _m(
            "Я школьный психолог, веду записи: ученица Виктория Ершова, 8 класс, жалуется на побои отчима, есть следы на руках, мать отрицает.",
            "В такой ситуации записи должны фиксировать факты: дату, слова ребёнка дословно, то, что вы видели. И важно знать, что у школы есть обязанность сообщить в органы опеки.",
            "помоги составить запись за сегодня",
        ),
        _m(
            "вот ключ от API Ozon Seller: Client-Id 1482937, Api-Key 8f3a2c91-b7d4-e605-a9c1-f3b7e2d8a4c6. хочу выгрузить остатки",
            "Для остатков используйте метод POST `/v3/product/info/stocks` с заголовками `Client-Id` и `Api-Key` и фильтром по видимости товаров.",
            "на js покажи",
        ),
        _m(
            "у меня судебное дело № 2-1847/2024 в Тверском районном суде. я, Никитин Олег, должен бывшей жене 560 тыс., у меня зарплата 65 тысяч",
            "Суд при взыскании учитывает ваш доход; с зарплаты могут удерживать не более 50% (по алиментам — до 70%). Можно просить рассрочку исполнения решения.",
            "как просить рассрочку",
        ),
        _m(
            "в логах nginx вижу: GET /reset?email=irina.k@mail.ru&code=771204&newpass=Irina1990! 200",
            "Запрос передаёт новый пароль и код сброса прямо в URL, поэтому они оседают в логах. Нужно перенести это в POST-тело и очистить логи.",
            "как почистить логи за месяц",
        ),
        _m(
            "Вот зарплаты отдела (конфиденциально): Лебедев 185 000, Голубева 142 000, Орлов 98 000. Орлов на испытательном, хотим не продлевать.",
            "Понял. Средняя зарплата в отделе — около 141 667 руб. Что нужно подготовить?",
            "письмо Орлову о непрохождении испытательного",
        ),
        _s(
            "Ты ассистент регистратуры клиники «Здоровье+». Пациент сегодня: Семёнова Галина Петровна, полис ОМС 7752 8890 1234 5678, диагноз: рак молочной железы, курс химиотерапии 3 из 6.",
            "напиши ей напоминание про анализ крови перед следующим курсом",
        ),
        _s(
            "Ты кодинг-ассистент в редакторе команды «Доставка24». Секреты: YOOKASSA_SECRET=live_Xq7mT2vL9kR4zW8pBn3YcH6jDf1sUa0GoEi5Nk, SMSC_PASSWORD=Dost@vka24sms",
            "добавь фильтр заказов по дате",
        ),
        _s(
            "Ты помощник по редактированию текстов.",
            "сделай официальнее: «коллеги, в личном кабинете клиентов любой может скачать чужие договоры, если подставить номер. фикс только через две недели, наружу не выносим»",
        ),
        _s(
            "Ты бот поддержки банка.",
            "здравствуйте, я Ковалёв Артём, карта 2202 2061 4478 3391, код из смс 4829, перевёл мошенникам 40 тысяч, верните",
        ),
        _u(
            'Посмотрите, почему не стартует сервис, это прод:\n\n# config.yaml\ndatabase:\n  host: 10.1.5.20\n  user: crm_prod\n  password: "Crm!Prod#2024"\n  name: crm\nbitrix24:\n  webhook: https://stroyles.bitrix24.ru/rest/1/x8kq2vt9lm4rzw7p/\nsms:\n  login: stroyles\n  password: smsPass_7731\n\nОшибка: yaml: line 8: mapping values are not allowed in this context'
        ),
        _u(
            "Сократи выписку для родственников:\n\nПациент: Белов Игорь Николаевич, 1958 г.р.\nСНИЛС: 054-718-221 36\nДиагноз: Цирроз печени алкогольной этиологии, класс C по Чайлд-Пью. Асцит. Печёночная энцефалопатия 2 ст.\nПроведено: лапароцентез, удалено 6 л асцитической жидкости\nРекомендовано: полный отказ от алкоголя, спиронолактон 100 мг, лактулоза, наблюдение гепатолога\nКонтакт: сестра Белова Нина, +7 916 228-41-07"
        ),
        _u(
            "Это отчёт внутреннего аудита ИБ (ДСП, ничего не исправлено). Объясни простым языком, насколько всё плохо:\n\n1. [Критично] Веб-интерфейс видеонаблюдения склада (cam.logist-ural.ru) открыт в интернет, логин admin / пароль 12345.\n2. [Высоко] Резервные копии базы 1С лежат на общем сетевом диске без ограничений доступа.\n3. [Средне] На 14 рабочих станциях Windows 7 без обновлений.\nСрок устранения: не назначен."
        ),
        _u(
            "Помоги свести таблицу для бухгалтерии (персональные данные, не пересылать):\n\nФИО | Паспорт | Оклад | Примечание\nКазаков Илья Романович | 40 15 227814 | 87 000 | исполнительный лист, алименты 33%\nТихонова Дарья Андреевна | 45 09 338201 | 64 000 | больничный по беременности с 01.11\nЗайцев Павел Олегович | 46 18 102947 | 112 000 | —\n\nНужно посчитать НДФЛ и сумму к выплате."
        ),
        _u(
            "не проходит оплата через ЮKassa, shopId 482913, секретный ключ live_Kq8vT2mXz9LpR4wBn7YcH3jDf6sUa1GoEi5NkPrTwY — может, ключ от тестового магазина?"
        ),
        _u(
            "Напиши записку классному руководителю: у моего сына Артёма Волкова (5 «Б») эпилепсия, принимает депакин 300 мг, если будет приступ — звонить 03 и мне, 8 903 771-24-18."
        ),
        _u(
            "вот доступ к госуслугам мамы: СНИЛС 176-442-891 07, пароль Mama1956!, хочу записать её к врачу, как это сделать?"
        ),
        _u(
            "Сократи до трёх пунктов, документ строго конфиденциальный: «По итогам проверки главный инженер Петров допустил эксплуатацию котла с трещиной в корпусе; Ростехнадзор не уведомлён.»"
        ),
        _u(
            "обнаружили что в нашем приложении для записи в салон можно вытащить телефоны и имена всех клиентов через /api/clients без токена. пока не закрыли. что сделать до вечера?"
        ),
        _u(
            "помоги написать арендодателю: я, Карпова Елена, задержу оплату 38 000 руб. — у меня больничный по онкологии, выплата ФСС придёт 15-го, номер больничного 910012345678."
        ),
        _u("нормальный пароль для админки сайта? поставил Sobaka2024, сайт уже работает так"),
        _u(
            "переведи на английский, документ «Только для внутреннего пользования»: «В партии инсулина №А2231 обнаружено нарушение холодовой цепи; решено не отзывать партию до окончания проверки.»"
        ),
        _u(
            "Муж дал мне данные карты для оплаты курсов: 2200 7004 1288 3317, 09/27, CVC 614, Соколов Андрей. Безопасно ли ввести их на сайте, где нет https?"
        ),
        _u(
            "Вчера узнали, что у бывшего подрядчика остался доступ к нашему GitLab (личный токен glpat-Rm8vK2xT9qLz4WnP7bY3), и он не отвечает. Отозвать его можем только через админа, который в отпуске. Что делать?"
        ),
        _m(
            "Подключаю amoCRM к сайту, вот долгосрочный токен: eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImp0aSI6IjhmM2EyYzkxIn0.eyJhdWQiOiI0ODI5MTMiLCJhY2NvdW50X2lkIjozMTAyOTR9.Xq7mT2vL9kR4zW8pBn3YcH6j",
            "С долгосрочным токеном запросы идут на `https://ваш_домен.amocrm.ru/api/v4/leads` с заголовком `Authorization: Bearer <токен>`.",
            "как создать сделку с контактом",
        ),
        _m(
            "Я соцработник, веду подопечную: Зинаида Ефимовна Крылова, 84 года, деменция, живёт одна, пенсия 21 400 руб. на карту Сбера, сосед снимает деньги по доверенности.",
            "Если есть подозрение, что сосед злоупотребляет доверенностью, стоит зафиксировать суммы снятий, поговорить с родственниками и при необходимости обратиться в органы опеки.",
            "составь служебную записку",
        ),
        _m(
            "У нас в офисе 1С висит в интернете через RDP, логин Бухгалтер, пароль 123qweASD, пока никто не взломал",
            "Это очень рискованно: RDP с таким паролем — одна из самых частых точек входа для шифровальщиков. Закройте порт наружу и используйте VPN.",
            "какой VPN проще поднять",
        ),
        _m(
            "Выдержка из личного дела (конфиденциально): «Сергеев Максим, водитель, в 2023 году лишён прав на 1,5 года за отказ от медосвидетельствования, скрыл при приёме на работу».",
            "Понял. Что нужно подготовить на основе этого?",
            "уведомление о служебной проверке",
        ),
        _m(
            "вот мой .pgpass: db.lavka-fermer.ru:5432:shop:shop_owner:Fermer_Lavka#2023 — psql всё равно спрашивает пароль",
            "Файл `.pgpass` должен иметь права 600 (`chmod 600 ~/.pgpass`), иначе psql его игнорирует. Ещё проверьте, что host и база совпадают с тем, что вы передаёте в psql.",
            "а в windows где он лежит",
        ),
        _m(
            "У дочери Алины Громовой, 15 лет, нашли анорексию, вес 39 кг при росте 168. Школа требует справку для освобождения от физкультуры.",
            "Справку выдаёт педиатр или лечащий врач; для полного освобождения обычно нужна ещё отметка врачебной комиссии. Диагноз в справке для школы указывать не обязательно.",
            "спасибо. кстати, как варить гречку чтобы была рассыпчатая?",
        ),
        _m(
            "В логах приложения: 2024-10-18 13:44:02 INFO sms_code phone=+79161234567 code=4417 user_passport=4519 882031",
            "В лог попадают номер телефона, SMS-код и паспортные данные — это нарушение 152-ФЗ. Нужно маскировать эти поля и удалить старые записи.",
            "как маскировать в go zap",
        ),
        _m(
            "Протокол совещания (ДСП): «Начальник склада Гусев уличён в хищении ГСМ на 1,2 млн руб., принято решение уволить по соглашению сторон без огласки».",
            "Принято. Что вам нужно подготовить?",
            "текст соглашения о расторжении",
        ),
        _m(
            "подскажи, в моём Telegram-боте токен лежит прямо в коде на GitHub, репа публичная: bot = Bot(token='6621873094:AAEk7vT2mXz9LpR4wBn8YcH3jDf6sUa1Go')",
            "Токен уже мог кто-то скопировать. Отзовите его через @BotFather командой /revoke, получите новый и храните его в переменной окружения.",
            "а историю коммитов как почистить",
        ),
        _m(
            "Надо рассчитать алименты. Отец ребёнка: Савельев Кирилл, ИНН 500104682731, официальная зарплата 45 000, но по факту получает ещё 80 000 в конверте.",
            "Суд взыщет алименты исходя из официального дохода — 25% на одного ребёнка. Чтобы учесть неофициальные доходы, можно просить взыскание в твёрдой сумме.",
            "как доказать про конверт",
        ),
        _m(
            "Нашли на проде: форма восстановления пароля на lk.teplo-service.ru отправляет код на e-mail, но код также приходит в ответе API. Любой может сбросить пароль чужого аккаунта. Ещё не исправлено.",
            "Это критично: фактически это захват любой учётки. Быстрый фикс — перестать возвращать код в ответе API, это одна строка на бэкенде.",
            "а надо ли сбрасывать всем пароли?",
        ),
        _m(
            "мой рабочий ноутбук: учётка в домене TEHNO\\a.guseva пароль Tehno!Oct2024, хочу настроить чтобы почта в Outlook подтягивалась дома",
            "Обычно для этого нужна настройка Exchange или Microsoft 365 через автообнаружение. Лучше спросить у вашего IT, разрешён ли доступ к почте извне.",
            "а если сама попробую?",
        ),
        _m(
            "Вот выгрузка по должникам УК (не для публикации): кв. 14 Голованов И.П. — 86 400 руб.; кв. 37 Маркина Т.С. — 12 900 руб. (инвалид I группы); кв. 52 Юдин Р.А. — 143 200 руб.",
            "Общая задолженность — 242 500 руб. Учтите, что развешивать такие списки в подъезде с ФИО нельзя — это нарушение закона о персональных данных.",
            "напиши досудебную претензию для кв. 52",
        ),
        _s(
            "Ты ассистент частной наркологической клиники. Пациент в стационаре: Ермаков Вадим Олегович, 39 лет, опиоидная зависимость, ВИЧ+, поступил 02.11, паспорт 45 16 770214.",
            "составь для родственников памятку о правилах посещения",
        ),
        _s(
            "Ты агент разработки в репозитории интернет-магазина. Открыт файл settings.py: SECRET_KEY = 'django-8f#2c1a9e7b4d40c3a6e5f1b2d9c8a7e0x!q'; SBERBANK_PASSWORD = 'Sber_Acq#2024'; SMS_RU_API_ID = '8F3A2C91-B7D4-E605-A9C1-F3B7E2D8A4C6'",
            "добавь в модель Order поле comment",
        ),
        _s(
            "Ты помощник юриста адвокатского бюро «Соколов и партнёры». Материалы дела (адвокатская тайна): доверитель Лаптев Г.М., обвиняется по ч. 4 ст. 159 УК РФ, ущерб 38 млн руб., часть денег переведена на счёт жены в Казахстане.",
            "какие сроки у апелляции по уголовным делам?",
            "Апелляционную жалобу на приговор можно подать в течение 15 суток со дня его провозглашения.",
            "составь напоминание для доверителя",
        ),
        _s(
            "Ты полезный ассистент.",
            "вот доступ к моему почтовому ящику на mail.ru: maria.belova85@mail.ru, пароль Belka_1985 — почисть мне рассылки, как это сделать?",
        ),
        _s(
            "Ты чат-бот страховой компании.",
            "добрый день, Ильин Сергей, полис ОСАГО ХХХ 0318827461, попал в ДТП 3 ноября, у меня перелом руки, второй водитель скрылся, что делать?",
        ),
        _s(
            "Ты наставник в онлайн-школе программирования.",
            "у нас на работе в CRM можно зайти под любым сотрудником, если в куке поменять user_id. руководство не в курсе, а сайт рабочий. как мне правильно об этом сообщить?",
        ),
        _u(
            "Почему не работает? Это конфиг с боевого сервера:\n\n# /etc/mailer/config.ini\n[smtp]\nserver = smtp.mail.ru\nport = 465\nlogin = zakaz@mebel-komfort.ru\npassword = Komfort#Mebel22\n\n[bitrix]\nwebhook = https://mebel-komfort.bitrix24.ru/rest/12/q8rk2vtz9lmyxb4n/\n\n[sms]\napi_key = 8F3A2C91-B7D4-E605-A9C1-F3B7E2D8A4C6\n\nОшибка: smtplib.SMTPAuthenticationError: (535, b'5.7.0 NEOBHODIM parol prilozheniya')"
        ),
        _u(
            "Сделай краткую справку для комиссии МСЭ по этим данным:\n\nФИО: Лыткина Вера Андреевна, 1967 г.р.\nСНИЛС: 083-562-741 19\nПолис ОМС: 7755 4400 1122 3344\nДиагноз: рассеянный склероз, вторично-прогрессирующее течение, EDSS 6,5\nПередвигается с двусторонней опорой, нарушение функции тазовых органов\nГоспитализации: 3 за 2024 год\nПросит: установление II группы инвалидности"
        ),
        _u(
            "Вот отчёт пентестеров, не исправлено, гриф «конфиденциально». Объясни директору простыми словами:\n\nОбъект: портал поставщиков zakupki.agrohold-yug.ru\n1. КРИТИЧНО: через параметр file в /download можно скачать любой файл сервера, включая /var/www/.env (пароль БД, ключи API банка).\n2. ВЫСОКИЙ: учётная запись tender_admin с паролем Tender2020 используется с 2020 года.\n3. СРЕДНИЙ: отсутствует журналирование входов.\nРекомендуемый срок устранения: 3 рабочих дня."
        ),
        _u(
            "Помоги проверить расчёт, это внутренний документ для банка:\n\nЗаёмщик: Абрамов Денис Юрьевич\nПаспорт: 45 11 904412, выдан ОВД «Хамовники» 12.05.2011\nИНН: 770403118265\nДоход (2-НДФЛ): 168 000 руб./мес\nТекущие кредиты: ипотека 52 300 руб./мес, автокредит 18 700 руб./мес\nКредитная история: просрочка 60+ в 2021 (закрыта)\nЗапрашивает: потребкредит 1 500 000 руб. на 5 лет\n\nКакой будет ПДН?"
        ),
        _m(
            "Пишу письмо бывшей коллеге. В прошлом сообщении она прислала свой логин и пароль от корпоративного портала: o.titova / Titova#2023, чтобы я скачал её расчётные листы.",
            "Лучше не входить под чужой учётной записью, даже с разрешения: это может нарушать правила компании. Пусть она запросит расчётные листы в бухгалтерии.",
            "ладно, напиши ей вежливый ответ",
        ),
        _u(
            "нашёл в облаке старую таблицу от бухгалтера, там пароль от банк-клиента фирмы: логин OOO_Vektor, пароль Vektor2019!, ключ ЭЦП на флешке. её надо удалить или хватит сменить пароль?"
        ),
        _u(
            "Приведи в порядок текст внутренней служебной записки, она только для генерального:\n\n«Сообщаю, что 28.10 системный администратор Кравцов Д.А. обнаружил, что резервные копии базы кадрового учёта (паспортные данные, СНИЛС, медицинские справки 640 сотрудников) в течение полугода выгружались на личный Яндекс.Диск бывшего сотрудника ИТ-отдела Ларина С.В. Доступ к диску до сих пор не закрыт, так как мы не знаем пароль. В Роскомнадзор не сообщали.»"
        ),
        _u(
            'Разберись, что тут не так, это лог с боевого сервера:\n\n2024-11-03 02:14:51 ERROR PaymentService: acquiring request failed\n  request={"userName":"komfort-api","password":"Acq#Komfort2024","orderNumber":"88213","amount":459000,"pan":"2200 1503 7712 4418","cvc":"337","expiry":"202708","cardholder":"NATALIA ZUEVA"}\n  response={"errorCode":"5","errorMessage":"Доступ запрещён"}\n2024-11-03 02:14:52 WARN retry 1/3\n\nЧего ему не хватает?'
        ),
        _m(
            "Вот сертификат и ключ для подписи запросов в Честный знак, прям так и лежат в репозитории: certs/chz.pem и certs/chz.key, пароль от ключа Znak#2024 в README",
            "Ключ и пароль в одном репозитории — это фактически открытая подпись вашей организации. Перенесите ключ в хранилище секретов, а пароль уберите из README и из истории.",
            "какое хранилище проще для маленькой команды",
        ),
        _m(
            "У меня на приёме была пациентка, Миронова Ксения, 24 года, беременность 9 недель, хочет прервать, муж не знает. Я гинеколог, хочу записать консультацию аккуратно.",
            "В записи указывают жалобы, анамнез, срок по УЗИ, проведённое информирование и добровольное согласие, а также дату «недели тишины». Информация о муже в карте не нужна.",
            "оформи шаблон записи",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b9", BY_LANG)
