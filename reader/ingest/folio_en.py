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
# A paper's name ends in a word papers are named by, or is 'The' and one word ('The
# Meridian'); 'The Spring Plant Sale' before a date is an event's title.
_PAPER_END = re.compile(rf"(?i:{PAPER_WORD}|Echo|Sentinel|Beacon|Mail|Express|Observer)$")
_THE_WORD = re.compile(r"^(?:The|THE) [A-Z][A-Za-z'’-]+$")
FOLIO_EN = "masthead: an English folio (page number, paper's name, dated weekday)"


def english_folio(line: Line) -> tuple[MastheadResult, Text] | None:
    """(the masthead, the folio's text) of an English folio line, or None."""
    text = line.text
    if len(text) > _LINE_MAX:
        return None
    dm = DATE.search(text) or _DAY_FIRST.search(text)
    if dm is None or not dm["wd"]:
        return None
    # an old folio sets a colon or a comma between the name and the date
    before = [p for p in _BAR.split(text[: dm.start()].strip(" ,:")) if p]
    after = [p for p in _BAR.split(text[dm.end() :].strip(" ,.")) if p]
    if len(before) > 2 or len(after) > 2:
        return None
    parts = [*before, "\0", *after]  # the date's place among the parts
    numbered = False
    for end in (0, -1):
        words = parts[end].split()
        if not words:
            continue
        cut = " ".join(words[:2] if end == 0 else words[-2:])
        one = words[0] if end == 0 else words[-1]
        for number in (cut, one):
            if _NUMBER.match(number) and not numbered:
                numbered = True
                rest = parts[end][len(number) :] if end == 0 else parts[end][: -len(number)]
                parts[end] = rest.strip()
                break
    at = parts.index("\0")
    if any(parts[:at]) and any(parts[at + 1 :]):
        return None  # words on both sides of the date: a dated sentence, not a folio
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
    m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
    return MastheadResult(m, 1, warnings + check(m), FOLIO_EN), Text(text, spans)
