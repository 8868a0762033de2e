"""`GET /v1/reports/cost?month=YYYY-MM[&format=csv]`: the monthly cost report.

With client keys configured, only the admin key (`reports.admin_key`) may read it: it shows
every key's spend. Without clients, it is as open as the rest of the API. The key comes in a
header, never in the URL (where logs and browser history would keep it): `Authorization:
Bearer`, `x-api-key`, or, for browsers, HTTP Basic with the key as the password."""

from __future__ import annotations

import hmac
from typing import Any

import orjson
from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import Response

from router.api.deps import ServicesDep
from router.clients import offered_key
from router.errors import AuthenticationFailed, InvalidRequest, ModelUnavailable
from router.reports.cost_report import cost_report, to_csv
from router.reports.period import BadPeriod
from router.services import Services

router = APIRouter()


def check_admin(request: Request, services: Services) -> None:
    admin = services.admin_key
    if admin is None:
        if services.settings.clients:
            raise AuthenticationFailed("reports need the admin key: set reports.admin_key")
        return
    headers = request.headers
    offered = offered_key(headers.get("authorization"), headers.get("x-api-key"), basic=True)
    if not hmac.compare_digest(offered.encode(), admin.get_secret_value().encode()):
        raise AuthenticationFailed("reports need the admin key")


async def month_report(services: Services, month: str) -> dict[str, Any]:
    """The cost report for `month`, with what can go wrong as the router's errors."""
    if services.ledger is None:
        raise ModelUnavailable("this router keeps no ledger")
    settings = services.settings
    try:
        return await cost_report(
            services.ledger.engine, month, settings.reports.time_zone, settings.budgets.caps
        )
    except BadPeriod as exc:
        raise InvalidRequest(str(exc), param="month") from exc
    except (SQLAlchemyError, OSError) as exc:
        raise ModelUnavailable(
            f"the ledger's database cannot be read now: {type(exc).__name__}"
        ) from exc


@router.get("/v1/reports/cost")
async def cost(request: Request, services: ServicesDep) -> Response:
    check_admin(request, services)
    month = request.query_params.get("month")
    if month is None:
        raise InvalidRequest("month is required: ?month=YYYY-MM", param="month")
    kind = request.query_params.get("format", "json")
    if kind not in ("json", "csv"):
        raise InvalidRequest("format is json or csv", param="format")
    report = await month_report(services, month)
    if kind == "csv":
        return Response(to_csv(report), media_type="text/csv; charset=utf-8")
    return Response(orjson.dumps(report), media_type="application/json")
