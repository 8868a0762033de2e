"""`GET /dashboard[?month=YYYY-MM]`: the cost report as a page for people (this month by
default, in `reports.time_zone`).

The same admin key as the report guards it, and only in headers: a key in the URL would stay
in browser history and access logs. Browsers send it with HTTP Basic (any user name, the key
as the password), which a 401 here asks for. Errors are the report's JSON errors."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from router.api.deps import ServicesDep
from router.api.error_handlers import error_response
from router.api.reports import check_admin, month_report
from router.errors import AuthenticationFailed, InvalidRequest
from router.reports.dashboard import page
from router.reports.period import BadPeriod, current_month

router = APIRouter()

# Nothing to fetch but the page itself: no scripts at all, styles inline, forms to this origin.
HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}


@router.get("/dashboard")
async def dashboard(request: Request, services: ServicesDep) -> Response:
    try:
        check_admin(request, services)
    except AuthenticationFailed as exc:
        refused = error_response(exc)
        if services.admin_key is not None:
            refused.headers["www-authenticate"] = 'Basic realm="router reports", charset="UTF-8"'
        return refused
    zone = services.settings.reports.time_zone
    try:
        month = request.query_params.get("month") or current_month(zone, dt.datetime.now(dt.UTC))
    except BadPeriod as exc:
        raise InvalidRequest(str(exc), param="month") from exc
    report = await month_report(services, month)
    return HTMLResponse(page(report), headers=HEADERS)
