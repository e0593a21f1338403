"""The masthead line and page labels, dated in the interface's language."""

from __future__ import annotations

from rich.text import Text

from reader.dates import edition_date
from reader.i18n import _
from reader.model import Masthead, Page
from reader.printable import visible, visible_line


def lunar_date(masthead: Masthead) -> str | None:
    if not masthead.lunar:
        return None
    month, _dash, day = masthead.lunar.partition("-")
    if not (month.isdigit() and day.isdigit()):
        return _("lunar {date}").format(date=masthead.lunar)
    if masthead.lunar_leap:
        month = _("leap {month}").format(month=int(month))
    return _("lunar {month}/{day}").format(
        month=int(month) if month.isdigit() else month, day=int(day)
    )


def masthead_text(masthead: Masthead | None, fallback: str = "") -> Text:
    """'광남일보 · 2026년 2월 4일 수요일 (음력 12월 17일) · 조간 제8020호' in Korean."""
    if masthead is None:
        return Text(visible(fallback), end="")
    parts: list[Text] = []
    if masthead.paper:
        parts.append(Text(visible(masthead.paper), style="bold", end=""))
    date = edition_date(masthead.date)
    lunar = lunar_date(masthead)
    if date or lunar:
        when = date or ""
        if lunar:
            when = f"{when} ({lunar})" if when else lunar
        parts.append(Text(visible(when), end=""))
    kind = masthead.edition_kind or ""
    if masthead.issue is not None:
        issue = _("No. {issue}").format(issue=masthead.issue)
        kind = f"{kind} {issue}".strip()
    if kind:
        parts.append(Text(visible(kind), end=""))
    if not parts:
        return Text(visible(fallback), end="")
    return Text(" · ", end="").join(parts)


def page_label(page: Page) -> str:
    return visible_line(f"{page.number} {page.section}".strip())
