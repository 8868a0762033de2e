"""Checks that tell a real secret or identifier from a look-alike: checksums and placeholders."""

from __future__ import annotations

import re

# Inside a value these mark documentation (AWS's own example key ends in EXAMPLE).
_INSIDE = ("example", "xxxx", "redacted", "placeholder", "dummy")
# As a whole word of the value: "your-api-key", "insert_token_here".
_WORDS = frozenset({"your", "sample", "fake", "insert", "changeme", "here", "todo", "fixme"})
_VALUES = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "secret",
        "pwd",
        "token",
        "apikey",
        "api_key",
        "none",
        "null",
        "true",
        "false",
        "undefined",
    }
)
_TEMPLATE = re.compile(
    r"^(?:\$\{.*\}|\$\(.*\)|\$[A-Za-z_]\w*|<[^<>]*>|\{\{.*\}\}|%\(\w+\)s|\*+|x+|\.+)$"
    r"|os\.environ|getenv|process\.env|\.\.\.",
    re.IGNORECASE,
)
_CODE = re.compile(r"[A-Za-z_]\w*(?:\.\w+)*(?:\(.*)?")
_QUOTES = re.compile(r"^[bru]?\\?[\"']|\\?[\"']$")
# Values published in documentation, which are not anyone's secret.
_DOCUMENTED = frozenset(
    {
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaW"
        "F0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    }
)
_TEST_CARDS = frozenset(
    {
        "4111111111111111",
        "4242424242424242",
        "5555555555554444",
        "5105105105105100",
        "378282246310005",
        "371449635398431",
        "6011111111111117",
        "4000056655665556",
        "4012888888881881",
    }
)
_IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AT": 20,
    "BE": 16,
    "BG": 22,
    "CH": 21,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "EE": 20,
    "ES": 24,
    "FI": 18,
    "FR": 27,
    "GB": 22,
    "GR": 27,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IS": 26,
    "IT": 27,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MT": 31,
    "NL": 18,
    "NO": 15,
    "PL": 28,
    "PT": 25,
    "RO": 24,
    "SA": 24,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "TR": 26,
}
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def is_placeholder(value: str) -> bool:
    """Documentation values: `<your-key>`, `${TOKEN}`, `os.environ[...]`, `xxxx`, `EXAMPLE`."""
    lowered = value.lower()
    if lowered in _VALUES or value in _DOCUMENTED or _TEMPLATE.search(value):
        return True
    if any(word in lowered for word in _INSIDE):
        return True
    if _WORDS & set(re.split(r"[^a-z]+", lowered)):
        return True
    return len(set(value)) <= 2  # "aaaaaaaa", "0000-0000"


def not_placeholder(value: str) -> bool:
    return not is_placeholder(value)


def assigned_value_ok(raw: str) -> bool:
    """The value of `password = ...`: quoted, any text but a placeholder; unquoted, also not
    code (`args.password`, `get_secret()`, `hashedPassword`) nor a path."""
    value = _QUOTES.sub("", raw)
    if not value or is_placeholder(value):
        return False
    if value != raw:  # it was quoted
        return True
    if value.startswith("/"):
        return False
    if _CODE.fullmatch(value):
        return "." not in value and "(" not in value and any(c.isdigit() for c in value)
    return True


def card_valid(number: str) -> bool:
    """A payment card number: Luhn-valid, and not one of the well-known test numbers."""
    return luhn_valid(number) and "".join(c for c in number if c.isdigit()) not in _TEST_CARDS


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def iban_valid(text: str) -> bool:
    iban = text.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def ssn_valid(text: str) -> bool:
    """US social security number rules: no 000/666/9xx area, no 00 group, no 0000 serial."""
    area, group, serial = text.split("-")
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    return text not in ("123-45-6789", "078-05-1120")  # the well-known sample numbers


def dni_valid(text: str) -> bool:
    """Spanish DNI (8 digits and a check letter) and NIE (X/Y/Z, 7 digits, letter)."""
    value = text.upper()
    digits = str("XYZ".index(value[0])) + value[1:8] if value[0] in "XYZ" else value[:8]
    return _DNI_LETTERS[int(digits) % 23] == value[8]


def nino_valid(text: str) -> bool:
    """UK National Insurance number prefix rules."""
    prefix = text[:2].upper()
    return (
        prefix[0] not in "DFIQUV"
        and prefix[1] not in "DFIQUVO"
        and prefix not in _NINO_BAD_PREFIXES
    )
