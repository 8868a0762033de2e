"""Generated secrets of every supported format, and benign look-alikes that must not fire."""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "_-"


def pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + pick(rng, string.digits, length - len(prefix) - 1)
    for check in string.digits:
        digits = [int(c) for c in body + check]
        total = sum(
            d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
            for i, d in enumerate(reversed(digits))
        )
        if total % 10 == 0:
            return body + check
    raise AssertionError("unreachable")


def grouped(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def iban(rng: random.Random) -> str:
    bban = pick(rng, string.digits, 18)
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "DE00")) % 97
    raw = f"DE{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def dni(rng: random.Random) -> str:
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def jwt(rng: random.Random) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return (
        f"{part({'alg': 'HS256'})}.{part({'sub': pick(rng, ALNUM, 12)})}.{pick(rng, URLSAFE, 43)}"
    )


# kind -> a line as a user would paste it, with a fresh random secret
SECRETS: dict[str, Callable[[random.Random], str]] = {
    "aws_access_key_id": lambda r: f"aws_access_key_id = AKIA{pick(r, UPPER_DIGITS, 16)}",
    "aws_secret_access_key": lambda r: f"aws_secret_access_key={pick(r, ALNUM + '/+', 40)}",
    "github_token": lambda r: f"GITHUB_TOKEN=ghp_{pick(r, ALNUM, 36)}",
    "github_fine_grained_token": lambda r: f"token: github_pat_{pick(r, ALNUM + '_', 82)}",
    "gitlab_token": lambda r: f"curl -H 'PRIVATE-TOKEN: glpat-{pick(r, URLSAFE, 20)}'",
    "slack_token": lambda r: (
        f"SLACK_BOT_TOKEN=xoxb-{pick(r, string.digits, 12)}-{pick(r, ALNUM, 24)}"
    ),
    "slack_webhook": lambda r: (
        "https://hooks.slack.com/services/T"
        + pick(r, UPPER_DIGITS, 8)
        + "/B"
        + pick(r, UPPER_DIGITS, 8)
        + "/"
        + pick(r, ALNUM, 24)
    ),
    "stripe_key": lambda r: f"stripe.api_key = 'sk_live_{pick(r, ALNUM, 24)}'",
    "openai_key": lambda r: f"OPENAI_API_KEY=sk-proj-{pick(r, URLSAFE, 64)}",
    "anthropic_key": lambda r: f"x-api-key: sk-ant-api03-{pick(r, URLSAFE, 93)}AA",
    "google_api_key": lambda r: f"key=AIza{pick(r, URLSAFE, 35)}",
    "google_oauth_secret": lambda r: f'"client_secret": "GOCSPX-{pick(r, URLSAFE, 28)}"',
    "npm_token": lambda r: f"//registry.npmjs.org/:_authToken=npm_{pick(r, ALNUM, 36)}",
    "pypi_token": lambda r: f"password = pypi-AgEIcHlwaS5vcmc{pick(r, URLSAFE, 70)}",
    "docker_hub_token": lambda r: f"docker login -p dckr_pat_{pick(r, URLSAFE, 27)}",
    "huggingface_token": lambda r: f"HF_TOKEN=hf_{pick(r, ALNUM, 34)}",
    "twilio_api_key": lambda r: f"twilio key SK{pick(r, HEX, 32)}",
    "sendgrid_key": lambda r: f"SENDGRID_API_KEY=SG.{pick(r, URLSAFE, 22)}.{pick(r, URLSAFE, 43)}",
    "shopify_token": lambda r: f"X-Shopify-Access-Token: shpat_{pick(r, HEX, 32)}",
    "digitalocean_token": lambda r: f"DO_TOKEN=dop_v1_{pick(r, HEX, 64)}",
    "telegram_bot_token": lambda r: f"bot{r.randint(10**8, 10**9)}:AA{pick(r, URLSAFE, 33)}",
    "azure_storage_key": lambda r: (
        "DefaultEndpointsProtocol=https;AccountName=prodstore;"
        f"AccountKey={pick(r, ALNUM + '+/', 86)}==;EndpointSuffix=core.windows.net"
    ),
    "private_key": lambda r: "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + pick(r, ALNUM, 60),
    "openssh_private_key": lambda r: (
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn" + pick(r, ALNUM, 60)
    ),
    "jwt": lambda r: f"Cookie: session={jwt(r)}",
    "connection_string_password": lambda r: (
        f"DATABASE_URL=postgresql://app:{pick(r, ALNUM, 16)}@db.internal:5432/prod"
    ),
    "url_credentials": lambda r: (
        f"git clone https://deploy:{pick(r, ALNUM, 20)}@git.corp.example.net/repo.git"
    ),
    "password_assignment": lambda r: f'db_password = "{pick(r, ALNUM + "!#", 14)}"',
    "basic_auth_header": lambda r: (
        "Authorization: Basic " + base64.b64encode(f"admin:{pick(r, ALNUM, 12)}".encode()).decode()
    ),
    "bearer_token_header": lambda r: f"Authorization: Bearer {pick(r, URLSAFE, 40)}",
    "payment_card": lambda r: (
        "card " + grouped(luhn_complete(r, r.choice(["4", "51", "2221"]), 16))
    ),
    "iban": lambda r: f"IBAN: {iban(r)}",
    "us_ssn": lambda r: f"SSN {ssn(r)}",
    "es_dni": lambda r: f"DNI {dni(r)}",
}
EXPECTED_KIND = {"openssh_private_key": "private_key"}

BENIGN = [
    "AKIAIOSFODNN7EXAMPLE is the documented example key id",
    "export GITHUB_TOKEN=<your-token>",
    'api_key = os.environ["OPENAI_API_KEY"]',
    "password = getenv('DB_PASSWORD')",
    'password: "${DB_PASSWORD}"',
    "postgres://user:password@localhost:5432/mydb",
    "mysql://root:<password>@127.0.0.1/app",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it",
    "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "request id 123e4567-e89b-12d3-a456-426614174000",
    "img src=data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",
    "Use the test card 4242 4242 4242 4242 in Stripe's sandbox",
    "order number 4111 1111 1111 1112",
    "phone +1 415 555 0132 or 1234-5678-9012",
    "IBAN format is DE00 0000 0000 0000 0000 00",
    "the sample SSN 123-45-6789 is never issued",
    "ISBN 978-3-16-148410-0",
    "How does OAuth PKCE protect the authorization code?",
    "Explain how JWTs are signed and what the header contains",
    "What does 'confidential computing' mean for cloud VMs?",
    "Keep your API keys in a secrets manager, never in code",
    "sk-... is how OpenAI keys start; store them in env vars",
    "password = 'xxxxxxxxxxxx'",
    "token: 'REDACTED_TOKEN_VALUE'",
    "version 2024-03-15 build 20240315.1",
    "SELECT * FROM users WHERE password_hash = $1",
    "The string 'eyJ' starts every base64url JSON object",
    "BEGIN PUBLIC KEY blocks are safe to share",
    "-----BEGIN CERTIFICATE-----\nMIIC",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx public key",
    "The internal API returns JSON",
    "client_secret: ${{ secrets.CLIENT_SECRET }}",
    "Authorization: Bearer <token>",
    "Authorization: Basic $BASIC_AUTH",
    "git clone https://github.com/org/repo.git",
    "Redis URL redis://localhost:6379/0",
    "hf_hub_download(repo_id='org/model')",
    "npm_config_registry=https://registry.npmjs.org",
    "The Telegram bot API uses a token like 123456:ABC-DEF",
    "Tel. 030 12345678, Fax 030 12345679",
]
