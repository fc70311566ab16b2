"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): validation and the days they cover.

Kept apart from records.py so that a query with --since imports nothing heavy.
"""

from __future__ import annotations

import re

PRECISIONS = ("year", "month", "day")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def parse_date(text: str) -> tuple[str, str] | None:
    """'2022', '2022-06' or '2022-06-09' -> (text, precision), or None if it is not a real date."""
    m = _DATE.match(text)
    if not m:
        return None
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and not 1 <= int(day) <= _month_days(int(year), int(month)):
        return None
    return text, PRECISIONS[(month is not None) + (day is not None)]


def date_bounds(text: str, end: str | None = None) -> tuple[str, str]:
    """First and last day an (ISO, partial) date or range covers, as YYYY-MM-DD strings."""
    first = text.split("-")
    first = "-".join(first + ["01"] * (3 - len(first)))
    last = (end or text).split("-")
    if len(last) == 1:
        last = f"{last[0]}-12-31"
    elif len(last) == 2:
        last = f"{last[0]}-{last[1]}-{_month_days(int(last[0]), int(last[1])):02d}"
    else:
        last = "-".join(last)
    return first, last
