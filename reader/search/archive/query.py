"""Archive queries: the in-edition query language plus filters. Never raises.

Filters, each a word of its own outside quotes; the rest goes to parse_query:
- ``paper:NAME`` and ``section:NAME``: the paper or page section starts with NAME,
  compared in normalized form without spaces (``section:경제`` finds 경제일반);
  ``section:"지역 경제"`` quotes a name with spaces; repeated, any of them;
- ``from:DATE`` and ``to:DATE``, both inclusive: ``2026-01-31``, ``2026-01``
  (the whole month) or ``2026`` (the whole year); ``.`` or ``/`` may separate.

A filter without a usable value is dropped and named in ``problems``; undated
editions never pass a date filter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import msgspec

from reader.i18n import _
from reader.normalize import fold
from reader.search.query import Query, parse_query

_KEYS = ("paper", "section", "from", "to")
_FILTER = re.compile(r"(paper|section|from|to):", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?)?")


class ArchiveQuery(msgspec.Struct, frozen=True):
    query: Query
    papers: tuple[str, ...] = ()  # normalized, without spaces
    sections: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    problems: tuple[str, ...] = ()  # one line per filter that was dropped

    @property
    def empty(self) -> bool:
        return self.query.empty


def key(name: str) -> str:
    """The form paper and section names are compared in."""
    return fold(name).replace(" ", "")


def _is_quote(ch: str) -> bool:
    # Whatever parse_query reads as a quote mark (it folds “ ” and ＂ to ").
    return ch == '"' or (not ch.isascii() and '"' in fold(ch))


def _value(s: str, i: int) -> tuple[str, int]:
    """The filter value starting at s[i] and the index just past it."""
    if i < len(s) and _is_quote(s[i]):
        j = i + 1
        while j < len(s) and not _is_quote(s[j]):
            j += 1
        return s[i + 1 : j], j + 1
    j = i
    while j < len(s) and not s[j].isspace():
        j += 1
    return s[i:j], j


def split_filters(s: str) -> tuple[str, list[tuple[str, str]]]:
    """The query text without its filters, and the (key, value) filters in order."""
    rest: list[str] = []
    filters: list[tuple[str, str]] = []
    quoted = False
    i = 0
    while i < len(s):
        ch = s[i]
        at_word = i == 0 or s[i - 1].isspace()
        found = None if quoted or not at_word else _FILTER.match(s, i)
        if found:
            value, i = _value(s, found.end())
            filters.append((found.group(1).lower(), value))
            continue
        if _is_quote(ch):
            quoted = not quoted
        rest.append(ch)
        i += 1
    return "".join(rest), filters


def _date(value: str, end: bool) -> dt.date | None:
    found = _DATE.fullmatch(fold(value))
    if not found:
        return None
    year, month, day = found.groups()
    y = int(year)
    try:
        if not month:
            return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        m = int(month)
        if not day:
            last = calendar.monthrange(y, m)[1]
            return dt.date(y, m, last if end else 1)
        return dt.date(y, m, int(day))
    except ValueError:  # year 0, month 13, 31 February
        return None


def parse_archive_query(s: str) -> ArchiveQuery:
    text, filters = split_filters(s)
    names: dict[str, list[str]] = {k: [] for k in _KEYS}
    dates: dict[str, dt.date | None] = {"from": None, "to": None}
    problems: list[str] = []
    for name, value in filters:
        if name in dates:
            when = _date(value, end=name == "to")
            if when is None:
                problem = _("{filter} is not a date (like 2026-01-31); ignored")
                problems.append(problem.format(filter=f"{name}:{value}"))
            else:
                dates[name] = when
        elif key(value):
            names[name].append(key(value))
        else:
            problems.append(_("{filter} needs a name; ignored").format(filter=f"{name}:"))
    return ArchiveQuery(
        parse_query(text),
        papers=tuple(dict.fromkeys(names["paper"])),
        sections=tuple(dict.fromkeys(names["section"])),
        start=dates["from"],
        end=dates["to"],
        problems=tuple(problems),
    )
