"""An undated edition's paper and date as its file name gives them ('hanbit-2026-12-03').

An edition whose masthead was not found has no paper or date of its own; its file (or
the source it was ingested from) is often named for both. The shelf orders it by the
name's date, and counts it with the paper whose other editions came from sources of the
same prefix, so that `<` `>` reach it; the reader says the date is the name's.
"""

from __future__ import annotations

import datetime
import re
from pathlib import PurePath

from reader.dates import day_column
from reader.i18n import _

_NAMED = re.compile(r"^(?P<prefix>.*?[^\W\d_].*?)[-_ .]+(?P<date>\d{4}-\d{2}-\d{2})(?:\D|$)")


def named_date(name: str) -> tuple[str, str] | None:
    """(prefix, ISO date) of a name like 'hanbit-2026-12-03' or 'hanbit_2026-12-03.pdf';
    None without a real date after a prefix holding a letter."""
    found = _NAMED.match(name)
    if found is None:
        return None
    try:
        datetime.date.fromisoformat(found["date"])
    except ValueError:
        return None
    return found["prefix"].strip("-_ ."), found["date"]


def day_cell(date: str | None, file: str) -> str:
    """An edition's day in a column of search results ('2026-12-01 Tue'): its masthead's,
    else its file name's, said to be so, else 'undated'."""
    if date:
        return day_column(date)
    found = named_date(PurePath(file).stem)
    if found is None:
        return _("undated")
    # TRANSLATORS: after a date read off an edition's file name (no masthead was found);
    # short: the column of dates is as wide as its longest.
    return f"{day_column(found[1])} " + _("(file name)")
