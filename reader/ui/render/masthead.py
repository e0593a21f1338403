"""The masthead line and page labels, in Korean dates."""

from __future__ import annotations

import datetime

from rich.text import Text

from reader.model import WEEKDAYS, Masthead, Page
from reader.printable import visible, visible_line


def korean_date(date: str | None, weekday: str | None = None) -> str | None:
    """'2026년 2월 4일 수요일' from an ISO date (weekday computed unless printed in Korean)."""
    if not date:
        return None
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return visible(date)
    # The chrome is Korean: a weekday printed in another language ('Thursday') gives way to
    # the Korean one computed from the date, so the line reads in one language.
    printed = (weekday or "").removesuffix("요일")
    name = (printed if printed in WEEKDAYS and printed else WEEKDAYS[day.weekday()]) + "요일"
    return f"{day.year}년 {day.month}월 {day.day}일 {visible(name)}"


def lunar_date(masthead: Masthead) -> str | None:
    if not masthead.lunar:
        return None
    leap = "윤" if masthead.lunar_leap else ""
    month, _, day = masthead.lunar.partition("-")
    if month.isdigit() and day.isdigit():
        return f"음력 {leap}{int(month)}월 {int(day)}일"
    return f"음력 {leap}{masthead.lunar}"


def masthead_text(masthead: Masthead | None, fallback: str = "") -> Text:
    """'광남일보 · 2026년 2월 4일 수요일 (음력 12월 17일) · 조간 제8020호'."""
    if masthead is None:
        return Text(visible(fallback), end="")
    parts: list[Text] = []
    if masthead.paper:
        parts.append(Text(visible(masthead.paper), style="bold", end=""))
    date = korean_date(masthead.date, masthead.weekday)
    lunar = lunar_date(masthead)
    if date or lunar:
        when = date or ""
        if lunar:
            when = f"{when} ({lunar})" if when else lunar
        parts.append(Text(visible(when), end=""))
    kind = masthead.edition_kind or ""
    if masthead.issue is not None:
        kind = f"{kind} 제{masthead.issue}호".strip()
    if kind:
        parts.append(Text(visible(kind), end=""))
    if not parts:
        return Text(visible(fallback), end="")
    return Text(" · ", end="").join(parts)


def page_label(page: Page) -> str:
    return visible_line(f"{page.number} {page.section}".strip())
