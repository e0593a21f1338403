"""An English page's folio: the paper's name and its dated weekday with the page's number
at either end, set apart by spaces or bars ('8 The Meridian Saturday 5 December 2026',
'Page 7 THE HALVERSON CHRONICLE Tuesday, October 3, 1972', 'The Prairie Courier |
Thursday, March 18, 2027 | A8'). Every inside page of a paper prints one; it is the
edition's masthead on a page read alone, never a headline or a label. The page's number
is the folio's sign: a name and a date without it may be a nameplate or a dated head."""

from __future__ import annotations

import re

from reader.ingest.calendar import EN_WEEKDAY
from reader.ingest.calendar import MONTH as _MONTH
from reader.ingest.lines import Line
from reader.ingest.masthead import MastheadResult, check
from reader.ingest.masthead_en import DATE, PAPER_WORD, en_date_fields
from reader.model import Masthead, Span, Text

_LINE_MAX = 120  # a folio is one short line: nothing longer is scanned
# The British order: 'Saturday 5 December 2026'.
_DAY_FIRST = re.compile(
    rf"\b(?P<wd>{EN_WEEKDAY}),?\s+(?P<d>\d{{1,2}})\s+(?P<m>(?i:{_MONTH}))\.?,?\s+(?P<y>1[6-9]\d\d|20\d\d)\b"
)
_NUMBER = re.compile(r"^(?:(?:Page|PAGE|P\.)\s?)?[A-Z]?\d{1,3}$")
_BAR = re.compile(r"\s*[|│｜•·]\s*")
# A nameplate's words: capitalised ('The Prairie Sentinel-Courier', 'THE HALVERSON
# CHRONICLE'), with the small words a title keeps.
_NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-z'’&.-]*|of|the|and|on)$")
_NAME_WORDS = 6
# A paper's name ends in a word papers are named by, or is 'The' and one word; 'The
# Spring Plant Sale' before a date is an event's title.
_PAPER_END = re.compile(rf"(?i:{PAPER_WORD}|Echo|Sentinel|Beacon|Mail|Express|Observer)$")
# 'The Meridian', and a daily's or a weekly's name after its word ('THE DAILY MERIDIAN')
_THE_WORD = re.compile(
    r"^(?:The|THE) (?:(?i:Daily|Weekly|Evening|Morning|Sunday) )?[A-Z][A-Za-z'’-]+$"
)
FOLIO_EN = "masthead: an English folio (page number, paper's name, dated weekday)"


def english_folio(line: Line) -> tuple[MastheadResult, Text, Text | None] | None:
    """(the masthead, the folio's text, the section's name printed in it) of an English
    folio line, or None."""
    text = line.text
    if len(text) > _LINE_MAX:
        return None
    dm = DATE.search(text) or _DAY_FIRST.search(text)
    if dm is None or not dm["wd"]:
        return None
    # an old folio sets a colon or a comma between the name and the date, a new one may
    # set a dash between the date and the page (... 2026 — Page 14)
    before = [p for p in _BAR.split(text[: dm.start()].strip(" ,:")) if p]
    after = [p for p in _BAR.split(text[dm.end() :].strip(" ,.—–")) if p]
    if len(before) > 2 or len(after) > 2:
        return None
    parts = [*before, "\0", *after]  # the date's place among the parts
    numbered = False
    last = ""  # the page's number when it ends the line
    for end in (0, -1):
        words = parts[end].split()
        if not words:
            continue
        cut = " ".join(words[:2] if end == 0 else words[-2:])
        one = words[0] if end == 0 else words[-1]
        for number in (cut, one):
            if _NUMBER.match(number) and not numbered:
                numbered = True
                last = number if end == -1 else ""
                # the number's words may stand apart by any space ('PAGE  9', 'PAGE\t9')
                n = len(number.split())
                rest = words[n:] if end == 0 else words[:-n]
                parts[end] = " ".join(rest)
                break
    at = parts.index("\0")
    section = None
    if any(parts[:at]) and any(parts[at + 1 :]):
        # a section's name in capitals between the date and the page's number that ends
        # the line ('THE DAILY LEDGER, Monday, May 3, 2027 NATIONAL 9') is the page's label
        if not _section_before_number(parts[at + 1 :], text):
            return None  # words on both sides of the date: a dated sentence, not a folio
        section = parts[-1]
        parts = parts[: at + 1]
    name = " ".join(p for p in parts if p and p != "\0")
    words = name.split()
    if not numbered or not 1 <= len(words) <= _NAME_WORDS:
        return None
    if not all(_NAME_WORD.match(w) for w in words) or not words[-1][0].isupper():
        return None
    if not _PAPER_END.search(name) and not _THE_WORD.match(name):
        return None  # an event's title where the paper's name would stand
    fields: dict[str, object] = {"paper": name}
    warnings = en_date_fields(dm, fields)
    spans: list[Span] = [(line.start, line.end)]
    folio, label = Text(text, spans), None
    if section is not None:
        # the name stands last but for the page's number, which may hold its letters
        # ('A A1', 'AGE PAGE 9')
        at_number = [*re.finditer(r"\s+".join(map(re.escape, last.split())), text)][-1]
        s = text.rindex(section, 0, at_number.start())
        e = s + len(section)
        spans = [(line.start, line.start + s), (line.start + e, line.end)]
        folio = Text(f"{text[:s].rstrip()} {text[e:].lstrip()}", spans)
        label = Text(section, [(line.start + s, line.start + e)])
    m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
    return MastheadResult(m, 1, warnings + check(m), FOLIO_EN), folio, label


_SECTION_MAX = 20  # characters of a section's name in a folio ('NATIONAL', 'CITY & STATE')
_SECTION = re.compile(r"^[A-Z][A-Z&']*+(?: [A-Z&][A-Z&']*+)?(?: (?:&|AND) [A-Z][A-Z']*+)?$")


def _section_before_number(after: list[str], text: str) -> bool:
    """The words after the date are one part, a section's name in capitals (a word or
    two joined by '&': 'CITY & STATE'), and the page's number closed the line."""
    return (
        len(after) == 1
        and len(after[0]) <= _SECTION_MAX
        and bool(_SECTION.match(after[0]))
        and bool(_NUMBER.match(text.rsplit(None, 1)[-1]))
    )
