"""A playhouse's display ad on an English amusements page: its name in capitals at the
top ('EMPRESS THEATRE', 'BIJOU AIRDOME', 'THE ORPHEUM'), its bill in short display lines,
and the prices of admission ('Admission 10c and 20c.', 'Prices 25c, 35c and 50c.'). The
theatre's notes in the news columns tell of the same plays in wrapped sentences and quote
no prices: an ad, not an article, whatever its sentences say."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.ingest.head import is_caps
from reader.ingest.lines import Para

PLAYBILL = "ad: a playhouse's bill, its name over display lines and its prices of admission"
_HOUSE = re.compile(
    r"\b(?:THEATRE|THEATER|AIRDOME|OPERA HOUSE|PLAYHOUSE|HIPPODROME|ORPHEUM|NICKELODEON)\b"
)
# 'Admission 10c and 20c.', 'Prices 25c, 35c and 50c.', 'Matinee … Admission 10c and 5c.'
_ADMISSION = re.compile(r"\b(?:Admission|Prices?)\b[^.;]{0,20}?(?:\d{1,2}c\b|\$\d)")
_DISPLAY = 60  # characters: a display line; a column's wrapped text runs longer
_HYPHEN = re.compile(r"[a-z]-$")  # a word broken at a wrapped line's end
_RUNS_ON = re.compile(r"(?:^|\s)[a-z]+,?$")  # a line ending in a lowercase word …
_GOES_ON = re.compile(r"^[a-z]")  # … and the line under it going on in lowercase


def playbill(paras: list[Para]) -> bool:
    """The group a playhouse's display ad (the module's doc)."""
    lines = [line.text for para in paras for line in para.lines]
    if len(lines) < 3 or not is_caps(lines[0]) or not _HOUSE.search(lines[0]):
        return False
    if not any(_ADMISSION.search(t) for t in lines):
        return False
    if not all(len(t) <= _DISPLAY and not _HYPHEN.search(t) for t in lines):
        return False
    # A bill's line runs on into the next once at most ('in' / '"THE FOUNDLING"' does not);
    # a column's short lines wrap one sentence after another.
    runs = sum(bool(_RUNS_ON.search(a) and _GOES_ON.match(b)) for a, b in pairwise(lines))
    return runs < 2


def bills(paras: list[Para]) -> list[list[Para]]:
    """A playbill group cut before each playhouse's name set apart after another's
    prices: one ad a playhouse."""
    out: list[list[Para]] = [[]]
    priced = False
    for para in paras:
        top = para.lines[0].text
        if priced and para.gap and is_caps(top) and _HOUSE.search(top):
            out.append([])
            priced = False
        out[-1].append(para)
        priced = priced or any(_ADMISSION.search(line.text) for line in para.lines)
    return out
