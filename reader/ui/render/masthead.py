"""The masthead line and page labels, dated in the interface's language; an edition of
the shelf named by its paper and date."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from reader.dates import day_column, edition_date
from reader.i18n import _
from reader.library import Entry
from reader.model import Masthead, Page
from reader.page_numbers import page_name
from reader.printable import visible, visible_line
from reader.section_names import section_name
from reader.ui.render.lines import cut_between, ellipsized

NOTE_GAP = 2
"""Blank cells between the masthead and the note at the right end of its line."""


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


def masthead_text(
    masthead: Masthead | None,
    fallback: str = "",
    *,
    lunar: bool = True,
    issue: bool = True,
    name: str = "",
) -> Text:
    """'광남일보 · 2026년 2월 4일 수요일 (음력 12월 17일) · 조간 제8020호' in Korean; without
    the lunar date or the edition and issue when they are not wanted. `name` stands, not
    bold, where the masthead names no paper (the file it was ingested from)."""
    if masthead is None:
        return Text(visible(fallback), end="")
    parts: list[Text] = []
    if masthead.paper:
        parts.append(Text(visible(masthead.paper), style="bold", end=""))
    elif name:
        parts.append(Text(visible(name), end=""))
    date = edition_date(masthead.date)
    lunar_day = lunar_date(masthead) if lunar else None
    if date or lunar_day:
        when = date or ""
        if lunar_day:
            when = f"{when} ({lunar_day})" if when else lunar_day
        parts.append(Text(visible(when), end=""))
    kind = (masthead.edition_kind or "") if issue else ""
    if issue and masthead.issue is not None:
        number = _("No. {issue}").format(issue=masthead.issue)
        kind = f"{kind} {number}".strip()
    if kind:
        parts.append(Text(visible(kind), end=""))
    if not parts:
        return Text(visible(fallback), end="")
    return Text(" · ", end="").join(parts)


def masthead_line(
    masthead: Masthead | None, shelf_title: str, note: str, width: int, name: str = ""
) -> Text:
    """The reader's masthead line in `width` cells. A masthead that prints no date gives way
    to the shelf's title of the edition (its paper and the date of its file name, which
    says so); one that names no paper is named by `name`. `note`, dim, ends the line; for
    it the issue, then the lunar date, give way, and what still does not fit is cut
    with '…'; a file name that names the edition is cut in its middle."""
    room = max(0, width - NOTE_GAP - cell_len(note)) if note else width
    if masthead is None or not masthead.date:
        looks = [_file_title(visible(shelf_title), visible(name), room)]
    else:
        looks = [
            masthead_text(masthead, shelf_title, lunar=lunar, issue=issue, name=name)
            for lunar, issue in ((True, True), (True, False), (False, False))
        ]
    if not note:
        return looks[0]
    line = next((look for look in looks if look.cell_len <= room), looks[-1]).copy()
    if line.cell_len > room:
        ellipsized(line, room)
    line.append(" " * max(NOTE_GAP, width - line.cell_len - cell_len(note)))
    line.append(note, style="dim")
    return line


FILE_CELLS = 12
"""The least of a file name kept when its title is cut: its start and its end."""


def _file_title(title: str, name: str, room: int) -> Text:
    """A shelf title that starts with a file name ('scan_0417.pdf · undated'), in `room`
    cells: the name cut in its middle, so that its end (a date, a part's number) and what
    the title says after it (undated, the date) stay."""
    line = Text(title, end="")
    rest = title[len(name) :] if name and title.startswith(name) else None
    if rest is None or line.cell_len <= room or room - cell_len(rest) < FILE_CELLS:
        return line
    cut = cut_between(Text(name, end=""), room - cell_len(rest))
    cut.append(rest)
    return cut


def entry_title(entry: Entry) -> str:
    """'광남일보 · 2026년 2월 4일 수요일'; without a paper, the name of the file it was
    ingested from ('scan.pdf'); a paper and date read off the file name say so, and an
    edition of no date says it is undated."""
    title = visible(entry.paper or entry.source_file)
    if not entry.date:
        # TRANSLATORS: after an edition's name, in the edition list and the masthead line:
        # neither its masthead nor its file name gives a date.
        return f"{title} · " + _("undated")
    if entry.named:
        # TRANSLATORS: no masthead was found; the paper and date are the file name's.
        return f"{title} · {edition_date(entry.date)} · " + _("date from the file name")
    return f"{title} · {edition_date(entry.date)}"


def entry_names(entry: Entry) -> tuple[str, ...]:
    """An edition's names for a line that must fit, longest first: its title; then its date
    alone (the next edition of a paper is the same paper's); then the date as a column
    writes it, '2026-02-06 Fri'. A date read off a file name keeps its title, which says so."""
    title = entry_title(entry)
    if not entry.date or entry.named:
        return (title,)
    return (title, edition_date(entry.date) or title, day_column(entry.date))


def page_label(page: Page) -> str:
    return visible_line(f"{page_name(page)} {section_name(page)}".strip())
