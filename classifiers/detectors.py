"""What the scanner looks for. Each pattern is RE2 (linear time, whatever the input); the part
named `v` is the value that the validator checks (a checksum, or that it is no placeholder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from classifiers.validators import card_valid, dni_valid, iban_valid, not_placeholder, ssn_valid

CREDENTIAL, PERSONAL, MARKER = "credential", "personal_data", "confidentiality_marker"
# Broad detectors: when a specific one covers the same text, its signal is the one kept.
GENERIC = frozenset({"password_assignment", "url_credentials", "bearer_token_header"})


@dataclass(frozen=True)
class Detector:
    kind: str
    category: str
    pattern: str
    validate: Callable[[str], bool] | None = not_placeholder


def _credential(kind: str, pattern: str) -> Detector:
    return Detector(kind, CREDENTIAL, pattern)


_ASSIGNED = r"""\s*[:=]\s*["']?(?P<v>[^\s"',;]{8,200})"""

DETECTORS: tuple[Detector, ...] = (
    _credential("aws_access_key_id", r"\b(?P<v>(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b"),
    _credential(
        "aws_secret_access_key",
        r"(?i)aws_?secret_?access_?key[\"']?\s*[:=]\s*[\"']?(?P<v>[A-Za-z0-9/+=]{40})",
    ),
    _credential("github_token", r"\b(?P<v>gh[pousr]_[A-Za-z0-9]{36,255})\b"),
    _credential("github_fine_grained_token", r"\b(?P<v>github_pat_[A-Za-z0-9_]{60,255})"),
    _credential("gitlab_token", r"\b(?P<v>glpat-[A-Za-z0-9_-]{20,})"),
    _credential("slack_token", r"\b(?P<v>xox[baprs]-[A-Za-z0-9-]{10,250})"),
    _credential(
        "slack_webhook",
        r"(?P<v>https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+)",
    ),
    _credential("stripe_key", r"\b(?P<v>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247})\b"),
    _credential(
        "openai_key",
        r"\b(?P<v>sk-(?:proj-|svcacct-|admin-)[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{48})\b",
    ),
    _credential("anthropic_key", r"\b(?P<v>sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{60,})"),
    _credential("google_api_key", r"\b(?P<v>AIza[0-9A-Za-z_-]{35})"),
    _credential("google_oauth_secret", r"\b(?P<v>GOCSPX-[A-Za-z0-9_-]{28})"),
    _credential("npm_token", r"\b(?P<v>npm_[A-Za-z0-9]{36})\b"),
    _credential("pypi_token", r"\b(?P<v>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})"),
    _credential("docker_hub_token", r"\b(?P<v>dckr_pat_[A-Za-z0-9_-]{27,})"),
    _credential("huggingface_token", r"\b(?P<v>hf_[A-Za-z0-9]{34,})\b"),
    _credential("twilio_api_key", r"\b(?P<v>SK[0-9a-f]{32})\b"),
    _credential("sendgrid_key", r"\b(?P<v>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})"),
    _credential("shopify_token", r"\b(?P<v>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b"),
    _credential("digitalocean_token", r"\b(?P<v>do[opr]_v1_[a-f0-9]{64})\b"),
    _credential("telegram_bot_token", r"(?:\b|bot)(?P<v>\d{8,10}:AA[A-Za-z0-9_-]{33})"),
    _credential("azure_storage_key", r"AccountName=[^;\s]+;AccountKey=(?P<v>[A-Za-z0-9+/=]{40,})"),
    Detector(
        "private_key",
        CREDENTIAL,
        r"-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |PGP |OPENSSH )?PRIVATE KEY(?: BLOCK)?-----",
        None,
    ),
    _credential("jwt", r"\b(?P<v>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"),
    _credential(
        "connection_string_password",
        r"(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|"
        r"sqlserver|oracle)://[^\s:/@]+:(?P<v>[^\s@/]+)@",
    ),
    _credential("url_credentials", r"(?i)\bhttps?://[^\s:/@]+:(?P<v>[^\s@/]{6,})@"),
    _credential(
        "password_assignment",
        r"(?i)(?:password|passwd|pwd|passphrase|secret[_-]?key|client[_-]?secret|"
        r"api[_-]?key|access[_-]?token|auth[_-]?token)[\"']?" + _ASSIGNED,
    ),
    _credential("basic_auth_header", r"(?i)authorization:\s*basic\s+(?P<v>[A-Za-z0-9+/=]{8,})"),
    _credential(
        "bearer_token_header", r"(?i)authorization:\s*bearer\s+(?P<v>[A-Za-z0-9._~+/=-]{20,})"
    ),
    Detector(
        "payment_card", PERSONAL, r"\b(?P<v>[2-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7})\b", card_valid
    ),
    Detector(
        "iban",
        PERSONAL,
        r"\b(?P<v>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b",
        iban_valid,
    ),
    Detector("us_ssn", PERSONAL, r"\b(?P<v>\d{3}-\d{2}-\d{4})\b", ssn_valid),
    Detector("es_dni", PERSONAL, r"\b(?P<v>[0-9XYZ]\d{7}[A-Z])\b", dni_valid),
    Detector(
        "uk_nino", PERSONAL, r"\b(?P<v>[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b", None
    ),
    Detector(
        "confidentiality_marker",
        MARKER,
        r"(?i:\b(?:strictly confidential|confidential(?:\s*[-:–|]|\s+(?:document|information|"
        r"material|memo|report|draft|data|and proprietary))|internal use only|for internal use|"
        r"internal[ -]only|under (?:an? )?nda|do not (?:distribute|forward|share externally)|"
        r"proprietary and confidential|confidencial|solo para uso interno|uso interno|"
        r"vertraulich|nur für den internen gebrauch|streng geheim|confidentiel|usage interne|"
        r"riservato|uso interno esclusivo)\b)|CONFIDENTIAL|机密|保密|内部资料|仅限内部|"
        r"機密|社外秘|部外秘|極秘|대외비",
        None,
    ),
)
