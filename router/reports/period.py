"""A report's month: `YYYY-MM` in a time zone, as the UTC instants that bound it."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class BadPeriod(ValueError):
    """A month or time zone that cannot be read; the message says which."""


def month_bounds(month: str, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of `month` in `zone`, in UTC."""
    match = _MONTH.match(month)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise BadPeriod(f"month must be YYYY-MM, like 2026-11; got {month!r}")
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadPeriod(f"unknown time zone {zone!r}") from exc
    year, number = int(match.group(1)), int(match.group(2))
    start = dt.datetime(year, number, 1, tzinfo=tz)
    end = dt.datetime(year + number // 12, number % 12 + 1, 1, tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def current_month(zone: str, now: dt.datetime) -> str:
    """The month `now` falls in, in `zone`, as YYYY-MM."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadPeriod(f"unknown time zone {zone!r}") from exc
    return now.astimezone(tz).strftime("%Y-%m")


def month_days(month: str) -> list[str]:
    """Every day of `month` (already validated, YYYY-MM), as YYYY-MM-DD."""
    year, number = (int(part) for part in month.split("-"))
    return [f"{month}-{day:02d}" for day in range(1, calendar.monthrange(year, number)[1] + 1)]


def month_name(month: str) -> str:
    """`2026-11` as `November 2026` (month already validated)."""
    year, number = (int(part) for part in month.split("-"))
    return f"{calendar.month_name[number]} {year}"
