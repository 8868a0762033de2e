"""What the scanner looks for. Each pattern is RE2 (linear time, whatever the input); the part
named `v` is the value that the validator checks (a checksum, or that it is no placeholder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from classifiers.validators import (
    assigned_value_ok,
    card_valid,
    dni_valid,
    iban_valid,
    nino_valid,
    not_placeholder,
    ssn_valid,
)

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


# Where a token may start: after a non-word character, an escaped newline or tab (tool-call
# arguments are JSON inside a string) or a URL-encoded character.
_B = r"(?:^|[^A-Za-z0-9]|\\[nrt]|%[0-9A-Fa-f]{2})"
_Q = r"\\?[\"']?"  # an optional quote, maybe escaped
_ASSIGNED = (
    _Q + r"\s*(?:[:=]|=>)\s*"
    r"(?P<v>[bru]?\\?\"[^\"\n]{6,200}?\\?\"|[bru]?\\?'[^'\n]{6,200}?\\?'|[^\s\"',;<>\\()]{6,200})"
)

DETECTORS: tuple[Detector, ...] = (
    _credential("aws_access_key_id", _B + r"(?P<v>(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b"),
    _credential(
        "aws_secret_access_key",
        r"(?i)(?:aws[_-]?)?secret[_-]?access[_-]?key"
        + _Q
        + r"\s*[:=]\s*"
        + _Q
        + r"(?P<v>[A-Za-z0-9/+=]{40})",
    ),
    _credential("github_token", _B + r"(?P<v>gh[pousr]_[A-Za-z0-9]{36,255})\b"),
    _credential("github_fine_grained_token", _B + r"(?P<v>github_pat_[A-Za-z0-9_]{60,255})"),
    _credential("gitlab_token", _B + r"(?P<v>glpat-[A-Za-z0-9_-]{20,})"),
    _credential("slack_token", _B + r"(?P<v>xox[baprs]-[A-Za-z0-9-]{10,250})"),
    _credential(
        "slack_webhook",
        r"(?P<v>https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+)",
    ),
    _credential("stripe_key", _B + r"(?P<v>(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247})\b"),
    _credential(
        "openai_key",
        _B + r"(?P<v>sk-(?:proj-|svcacct-|admin-)[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{48})\b",
    ),
    _credential("anthropic_key", _B + r"(?P<v>sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{60,})"),
    _credential("google_api_key", _B + r"(?P<v>AIza[0-9A-Za-z_-]{35})"),
    _credential("google_oauth_secret", _B + r"(?P<v>GOCSPX-[A-Za-z0-9_-]{28})"),
    _credential("npm_token", _B + r"(?P<v>npm_[A-Za-z0-9]{36})\b"),
    _credential("pypi_token", _B + r"(?P<v>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})"),
    _credential("docker_hub_token", _B + r"(?P<v>dckr_pat_[A-Za-z0-9_-]{27,})"),
    _credential("huggingface_token", _B + r"(?P<v>hf_[A-Za-z0-9]{34,})\b"),
    _credential("twilio_api_key", _B + r"(?P<v>SK[0-9a-f]{32})\b"),
    _credential("sendgrid_key", _B + r"(?P<v>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})"),
    _credential("shopify_token", _B + r"(?P<v>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b"),
    _credential("digitalocean_token", _B + r"(?P<v>do[opr]_v1_[a-f0-9]{64})\b"),
    _credential("telegram_bot_token", r"(?:\b|bot)(?P<v>\d{8,10}:AA[A-Za-z0-9_-]{33})"),
    _credential("azure_storage_key", r"AccountKey=(?P<v>[A-Za-z0-9+/=]{40,})"),
    Detector(  # the header alone is often quoted in code; a key body must follow it
        "private_key",
        CREDENTIAL,
        r"-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |PGP |OPENSSH )?PRIVATE KEY(?: BLOCK)?-----"
        r"(?:\s|\\[rn])+[A-Za-z0-9+/=]{16,}",
        None,
    ),
    _credential(
        "jwt", _B + r"(?P<v>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"
    ),
    _credential(
        "connection_string_password",
        r"(?i)(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|"
        r"sqlserver|oracle|s?ftp|smtps?|ldaps?)(?:\+\w+)?://[^\s:/@]*:(?P<v>[^\s@]+)@",
    ),
    _credential("url_credentials", r"(?i)\bhttps?://[^\s:/@]+:(?P<v>[^\s@/]{6,})@"),
    Detector(
        "password_assignment",
        CREDENTIAL,
        r"(?:^|[^A-Za-z0-9])(?:[A-Za-z0-9]*_)?(?i:password|passwd|pwd|passphrase|secret|"
        r"secret[_-]?key|client[_-]?secret|api[_-]?key|access[_-]?token|auth[_-]?token|"
        r"bot[_-]?token|private[_-]?token)" + _ASSIGNED,
        assigned_value_ok,
    ),
    _credential(
        "basic_auth_header",
        r"(?i)authorization" + _Q + r"\s*:\s*" + _Q + r"basic\s+(?P<v>[A-Za-z0-9+/=]{8,})",
    ),
    _credential(
        "bearer_token_header",
        r"(?i)authorization" + _Q + r"\s*:\s*" + _Q + r"bearer\s+(?P<v>[A-Za-z0-9._~+/=-]{20,})",
    ),
    Detector(
        "payment_card",
        PERSONAL,
        _B + r"(?P<v>[2-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7})\b",
        card_valid,
    ),
    Detector(
        "iban",
        PERSONAL,
        _B + r"(?P<v>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b",
        iban_valid,
    ),
    Detector("us_ssn", PERSONAL, _B + r"(?P<v>\d{3}-\d{2}-\d{4})\b", ssn_valid),
    Detector("es_dni", PERSONAL, _B + r"(?P<v>[0-9XYZ]\d{7}[A-Z])\b", dni_valid),
    Detector(
        "uk_nino",
        PERSONAL,
        _B + r"(?P<v>[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b",
        nino_valid,
    ),
    Detector(
        "confidentiality_marker",
        MARKER,
        r"(?i:\b(?:strictly confidential|confidential(?:\s*[-:–|]|\s+(?:document|information|"
        r"material|memo|report|draft|data|and proprietary))|internal use only|"
        r"internal[ -]only|under (?:an? )?nda|do not (?:distribute|forward|share externally)|"
        r"proprietary and confidential|confidencial|solo para uso interno|uso interno|"
        r"vertraulich|nur für den internen gebrauch|streng geheim|confidentiel|usage interne|"
        r"riservato|uso interno esclusivo)\b)|\bCONFIDENTIAL\b|机密|保密|内部资料|仅限内部|"
        r"機密|社外秘|部外秘|極秘|대외비",
        None,
    ),
)
