"""Client authentication: with `clients` configured, every API request carries one of their
keys, as `Authorization: Bearer KEY` (OpenAI SDKs) or `x-api-key: KEY` (Anthropic SDKs).

Keys are compared by SHA-256 digest, never stored or logged; the key's name and tenant are
what routing rules, the ledger and budgets see.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from router.errors import AuthenticationFailed
from router.setting_types import resolve_secret, secret_variable
from router.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Caller:
    name: str | None  # the key's name; None when the router has no clients configured
    tenant: str | None


ANONYMOUS = Caller(None, None)


class ClientKeys:
    def __init__(self, settings: Settings, environ: Mapping[str, str]) -> None:
        self.required = bool(settings.clients)
        self._by_digest: dict[bytes, Caller] = {}
        for client in settings.clients:
            key = resolve_secret(client.key, environ)
            if key is None:
                log.warning(
                    "client %s cannot authenticate: %s is not set",
                    client.name,
                    secret_variable(client.key),
                )
                continue
            self._by_digest[_digest(key.get_secret_value())] = Caller(client.name, client.tenant)

    def caller(self, authorization: str | None, api_key: str | None) -> Caller:
        if not self.required:
            return ANONYMOUS
        offered = offered_key(authorization, api_key)
        if not offered:
            raise AuthenticationFailed(
                "no API key: send Authorization: Bearer KEY (or x-api-key: KEY)"
            )
        found = self._by_digest.get(_digest(offered))
        if found is None:
            raise AuthenticationFailed("the API key is not valid for this router")
        return found


def offered_key(authorization: str | None, api_key: str | None, *, basic: bool = False) -> str:
    """The key a request carries: `Authorization: Bearer KEY`, else `x-api-key: KEY`; with
    `basic`, also `Authorization: Basic` with the key as the password (what a browser sends)."""
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    if basic and authorization and authorization[:6].lower() == "basic ":
        try:
            decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[2]
    return api_key or ""


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
