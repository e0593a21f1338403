"""An edition's date in the interface's language: '2026년 2월 4일 수요일' or
'Wednesday, February 4, 2026', for every place that names it (the reader, `show`, export)."""

from __future__ import annotations

import datetime

from reader.i18n import N_, _
from reader.printable import visible

WEEKDAY_NAMES = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
# Korean writes the month as its number: its catalog turns each name into one.
MONTH_NAMES = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def edition_date(date: str | None) -> str | None:
    """'Wednesday, February 4, 2026' ('2026년 2월 4일 수요일') from an ISO date; the
    weekday is the date's, so the line reads in one language whatever the paper printed."""
    if not date:
        return None
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return visible(date)
    return _("{weekday}, {month} {day}, {year}").format(
        weekday=_(WEEKDAY_NAMES[day.weekday()]),
        month=_(MONTH_NAMES[day.month - 1]),
        day=day.day,
        year=day.year,
    )
