"""The router's one exception tree. Every error a client can see is one of these.

    RouterError                      500 api_error        (anything unforeseen)
    ├── ConfigError                  startup only: names the file, the key and the line
    ├── AuthenticationFailed         401 authentication_error code=invalid_api_key
    ├── InvalidRequest               400 invalid_request_error
    ├── BudgetExceeded               429 code=budget_exceeded (a spend cap; Retry-After)
    ├── ClientRateLimited            429 code=rate_limit_exceeded (the client's own limit)
    │   ├── PayloadTooLarge          413
    │   ├── ContextWindowExceeded    400 code=context_length_exceeded
    │   ├── ClientClosedRequest      499 (the client left before the answer; nobody reads it)
    │   ├── RouteNotFound            404 (no such path)
    │   └── MethodNotAllowed         405
    ├── ModelNotFound                404 invalid_request_error code=model_not_found
    ├── ModelUnavailable             503 service_unavailable  (not configured well enough to serve)
    │   ├── ModelBusy                503 code=model_busy      (local queue full; Retry-After)
    │   └── PrivacyRefusal           503 code=no_allowed_model (only hosted, untrusted models
    │                                    could serve a sensitive request)
    └── UpstreamError                502 upstream_error       (the model's server failed)
        ├── UpstreamAuthError        502 code=upstream_auth   (our key was refused upstream)
        ├── UpstreamRateLimited      429 rate_limit_error     (carries Retry-After)
        └── UpstreamTimeout          504 timeout

Each dialect renders these into its own body shape (see `router.api.error_shapes`).
"""

from __future__ import annotations


class RouterError(Exception):
    """Base of every error the router raises on purpose."""

    status = 500
    type = "api_error"
    code: str | None = "internal_error"

    def __init__(
        self, message: str, *, param: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        if self.retry_after is None:
            return {}
        return {"retry-after": str(max(1, round(self.retry_after)))}


class ConfigError(RouterError):
    """The configuration cannot be used; raised at startup, never during a request."""

    code = "invalid_config"


class AuthenticationFailed(RouterError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class BudgetExceeded(RouterError):
    status = 429
    type = "insufficient_quota"
    code = "budget_exceeded"


class ClientRateLimited(RouterError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class InvalidRequest(RouterError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class PayloadTooLarge(InvalidRequest):
    status = 413
    code = "payload_too_large"


class ContextWindowExceeded(InvalidRequest):
    code = "context_length_exceeded"


class ClientClosedRequest(InvalidRequest):
    status = 499
    code = "client_closed_request"


class RouteNotFound(InvalidRequest):
    status = 404
    code = "not_found"


class MethodNotAllowed(InvalidRequest):
    status = 405
    code = "method_not_allowed"


class ModelNotFound(RouterError):
    status = 404
    type = "invalid_request_error"
    code = "model_not_found"


class ModelUnavailable(RouterError):
    status = 503
    type = "service_unavailable"
    code = "model_unavailable"


class ModelBusy(ModelUnavailable):
    code = "model_busy"


class PrivacyRefusal(ModelUnavailable):
    code = "no_allowed_model"


class UpstreamError(RouterError):
    status = 502
    type = "upstream_error"
    code = "upstream_error"


class UpstreamAuthError(UpstreamError):
    code = "upstream_auth"


class UpstreamRateLimited(UpstreamError):
    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"


class UpstreamTimeout(UpstreamError):
    status = 504
    type = "timeout"
    code = "upstream_timeout"
