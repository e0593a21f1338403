"""The lines an ingest says of what it did with a source beyond writing it: the pages it
added to an edition file, the day's edition an inner page joined or could have joined,
and how an edition without a whole masthead is dated."""

from __future__ import annotations

import shlex

from reader import replacing
from reader.i18n import _, ngettext
from reader.model import Edition
from reader.page_numbers import page_name
from reader.printable import visible_name


def added_line(now: Edition, edition: Edition, file: str, done: str) -> str:
    """'added page 3 to DIR/X.json (now 2 pages): …': the pages the source gave, joined to
    the edition file of the same paper and day (reader/adding_pages.py)."""
    numbers = [page_name(p) for p in edition.pages]
    pages = ngettext("page {numbers}", "pages {numbers}", len(numbers))
    line = _("added {pages} to {file} (now {count}): {summary}")
    return line.format(
        pages=pages.format(numbers=", ".join(numbers)),
        file=file,
        count=replacing.pages_words(len(now.pages)),
        summary=done,
    )


def day_note(source: str, edition: Edition, could: list[str], out: str, apart: bool) -> str:
    """What an inner page written on its own could have joined, and the command that adds
    it to one (reader/day_editions.py); `apart`: the folder's one edition of its day
    prints its pages at another size."""
    m = edition.masthead
    command = shlex.join(["broadsheet", "ingest", source, "-o", out, "--to", could[0]])
    if apart:
        said = _(
            "{source}: the masthead gives the date alone, and the folder's one edition of "
            "{date}, {editions}, prints its pages at another size, as another paper would: "
            "written on its own; to add it to that edition: {command}"
        )
    else:
        said = _(
            "{source}: the masthead gives the date alone and the folder holds more than one "
            "edition of {date}: written on its own; these could take it: {editions}; "
            "to add it to one: {command}"
        )
    return said.format(
        source=visible_name(source),
        date=m.date if m else "",
        editions=", ".join(could),
        command=visible_name(command),
    )


def no_masthead(edition: Edition) -> str | None:
    """The warning for an edition whose masthead gave no paper or date: how the shelf
    dates it (by its file name, or not at all). None when both were found, or when the
    masthead's date is no calendar's (its own warning says so)."""
    m = edition.masthead
    if m is not None and m.paper and m.date:
        return None
    from reader.ingest.masthead import NO_SUCH_DATE
    from reader.name_dates import named_date

    if m is not None and any(w.startswith(NO_SUCH_DATE) for w in edition.warnings):
        return None  # the masthead was found: its warning says what is wrong with its date
    if m is not None and m.date:
        # An inner page's folio dates the edition without naming the paper: the shelf
        # files it by that date, so "undated" would be wrong.
        return _(
            "warning: the masthead names no paper: the shelf dates it {date} by its masthead"
        ).format(date=m.date)

    found = named_date(edition.id)
    if found is None:
        return _("warning: no masthead (paper, date) found: the edition is undated")
    return _(
        "warning: no masthead (paper, date) found: the shelf dates it {date} by its file name"
    ).format(date=found[1])


def joined_note(source: str, edition: Edition) -> str:
    """Said when an inner page joined the folder's one edition of its day."""
    m = edition.masthead
    said = _(
        "{source}: the masthead gives the date alone: added to the folder's one edition "
        "of {date} (to write it on its own: --replace)"
    ).format(source=visible_name(source), date=m.date if m else "")
    return said
