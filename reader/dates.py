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
# A column's: as short as the weekday goes (Korean: 월, 화, ...).
WEEKDAY_SHORT = (
    N_("Mon"),
    N_("Tue"),
    N_("Wed"),
    N_("Thu"),
    N_("Fri"),
    N_("Sat"),
    N_("Sun"),
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


def day_column(date: str) -> str:
    """'2026-12-01 Tue' ('2026-12-01 화'): a date column's, whose rows line up and sort
    by eye, with the weekday the picker names too."""
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return visible(date)
    return f"{day.isoformat()} {_(WEEKDAY_SHORT[day.weekday()])}"
