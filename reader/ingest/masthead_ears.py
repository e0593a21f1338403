"""A nameplate with ears over it: 'THE WEATHER' and its forecast, or the paper's
circulation, printed on the first lines, above the paper's name and its dated line
('VOL. XXXIV. NO. 212. MERIDIAN, OHIO, TUESDAY, OCTOBER 17, 1916.'). The dated line with
the issue's number is the masthead's wherever it stands among the first lines; the run of
lines in capitals right over it is the nameplate (a wire's ear beside the name in it, the
name the line that says what the paper is); the ears above stay the page's items
(docs/representation.md, "Ears above the nameplate")."""

from __future__ import annotations

import re
from dataclasses import replace

from msgspec import structs

from reader.ingest.head import is_caps
from reader.ingest.lines import Line
from reader.ingest.masthead import MastheadResult
from reader.ingest.masthead_en import DATE, ISSUE, PAPER_WORD, parse_english_masthead
from reader.ingest.repair import TERMINAL

EARS = "masthead: a dated line with the issue's number under the nameplate, ears above them"
_WINDOW = 12  # the first lines the dated line stands among
_NAMED = re.compile(rf"\b(?:{PAPER_WORD})\b")


def eared_masthead(lines: list[Line]) -> MastheadResult | None:
    """The masthead under the ears (lines=0: it does not open the page; its spans say
    which lines it takes), or None."""
    at = next(
        (
            k
            for k, line in enumerate(lines[:_WINDOW])
            if ISSUE.search(line.text) and DATE.search(line.text) and is_caps(line.text)
        ),
        None,
    )
    if not at:
        return None
    top = at
    while top > 0 and is_caps(lines[top - 1].text) and not TERMINAL.search(lines[top - 1].text):
        top -= 1
    if top in (0, at):
        return None  # nothing above the nameplate, or no nameplate
    found = parse_english_masthead(lines[top:])
    if found is None:
        return None
    masthead = found.masthead
    name = next((x.text for x in lines[top:at] if _NAMED.search(x.text)), None)
    if name is not None and at - top > 1:
        masthead = structs.replace(masthead, paper=name)  # a wire's ear stands beside it
    masthead = structs.replace(
        masthead, spans=[(x.start, x.end) for x in lines[top : top + found.lines]]
    )
    return replace(found, masthead=masthead, lines=0, rule=f"{found.rule}; {EARS}")
