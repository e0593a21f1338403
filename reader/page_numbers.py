"""The number a page prints on itself, in its folio or running head: 'A6', '6', '- 6 -'.

`Page.number` is the page's place in its source; the printed number is what a reader, a
jump line ('A6면에 계속') and another ingest of the same paper know the page by
(docs/representation.md, "A page's printed number"). The folio readers (the running
head, a PDF page's folio band) give the lines; this module reads the number off them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.model import Edition, Page

# A page's number stands at an end of its folio line: 'A6 정치 2026년 …', '… 수요일 13'.
# A letter before it names the section's run of pages (A, B); a year has four figures.
_NUMBER = re.compile(r"[A-Z]?[1-9]\d{0,2}")
# Set off by dashes ('- 6 -', '-6-') or in brackets ('(7)'), as some papers print it.
_DASHED = re.compile(r"([-–—])\s*([1-9]\d{0,2})\s*([-–—])")
_MARKED = re.compile(r"[-–—]([1-9]\d{0,2})[-–—]|\(([1-9]\d{0,2})\)")
# The day of an English date ('Tuesday, March 17'): a number after a month is no page's.
_MONTHS = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?",
    re.IGNORECASE,
)
# An issue's or a volume's number is labelled ('Vol. 12 No. 345'); a price is followed by
# its money ('50 cents', '1000 원'): neither is a page's.
_LABELS = re.compile(r"(?:no|nos|vol|issue|number|nr|제)\.?|#", re.IGNORECASE)
_MONEY = re.compile(r"(?:cents?|pence|p|won|원|dollars?|¢)\.?,?", re.IGNORECASE)
NAMEPLATE_PAGE = "1"  # a front page under the paper's nameplate that prints no number


def page_number(folio: Iterable[str], plate: bool) -> str | None:
    """A page's printed number off its folio's lines; plate: the paper's nameplate heads
    the page, which is page 1 when it prints no number."""
    return printed_number(folio) or (NAMEPLATE_PAGE if plate else None)


def printed_number(lines: Iterable[str]) -> str | None:
    """The page number printed at an end of one of a folio's lines, normalised ('A6',
    '6'); None when none of them prints one."""
    for line in lines:
        words = _DASHED.sub(r"\1\2\3", line).split()
        if not words:
            continue
        first_after = words[1] if len(words) > 1 else None
        ends = [
            (words[0], None, first_after),
            (words[-1], words[-2] if len(words) > 1 else None, None),
        ]
        for word, before, after in ends:
            if _NUMBER.fullmatch(word) and not _names_other(before, after):
                return word
            if (marked := _MARKED.fullmatch(word)) is not None:
                return marked.group(1) or marked.group(2)
    return None


def _names_other(before: str | None, after: str | None) -> bool:
    """Whether the words beside a number make it a day, an issue's or a price."""
    if before is not None and (_MONTHS.fullmatch(before) or _LABELS.fullmatch(before)):
        return True
    return after is not None and bool(_MONTHS.fullmatch(after) or _MONEY.fullmatch(after))


def number_of(printed: str) -> int:
    """The figures of a printed number: what a jump line's page names ('A6' -> 6)."""
    return int(printed.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def jump_number(page: Page) -> int:
    """The number a jump line names this page by: its printed one, else its place."""
    return number_of(page.printed) if page.printed else page.number


def page_name(page: Page) -> str:
    """The page as a reader names it: its printed number, else its place in the source."""
    return page.printed or str(page.number)


def printed_at(edition: Edition, place: int) -> str | None:
    """The number the edition's page at `place` (its Page.number) prints, if it prints one:
    what a search hit, which keeps the place, shows a reader."""
    return next((p.printed for p in edition.pages if p.number == place), None)


def printed_order(printed: str) -> tuple[str, int]:
    """Pages in the paper's order: by their run's letter, then their number (A2 before A10)."""
    return printed.rstrip("0123456789"), number_of(printed)
