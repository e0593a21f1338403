"""A page's title printed over its folio line: 'FARM AND MARKET' over '8 THE PRAIRIE VALLEY
HERALD, WEDNESDAY, MAY 7, 1919.'. Where the dated line names the paper itself, the line
in capitals above it is no nameplate but the page's label (docs/representation.md, "A
page's title over its folio line or its first headline")."""

from __future__ import annotations

import re

from reader.ingest.head import is_caps
from reader.ingest.lines import Line
from reader.ingest.masthead import MastheadResult
from reader.ingest.masthead_en import RUNNING_NAME_RULE, parse_english_masthead
from reader.ingest.repair import TERMINAL
from reader.model import Text

TITLE_OVER_FOLIO = "masthead: a title in capitals over a folio line that names the paper: the label"
_TITLE_MAX = 40  # characters of a page's title
# A folio line opens with its page's number: '8 THE …', 'PAGE SIX THE …'.
_FOLIO = re.compile(r"^\s*(?:\d{1,3}\s|PAGE\s)")


def title_over_folio(
    lines: list[Line], found: MastheadResult | None
) -> tuple[Text, MastheadResult] | None:
    """The label and the masthead under it, where found took a title over a dated line
    that names its paper; None otherwise."""
    if found is None or found.lines < 2 or len(lines) < 2:
        return None
    title = lines[0].text
    if len(title) > _TITLE_MAX or not is_caps(title) or TERMINAL.search(title):
        return None
    if any(c.isdigit() for c in title):
        return None  # a volume or date line is the masthead's
    under = parse_english_masthead(lines[1:])
    if under is None or not under.rule.startswith(RUNNING_NAME_RULE):
        return None
    paper = under.masthead.paper or ""
    if title.strip() in paper:
        return None  # the nameplate over a folio that repeats it
    if not _FOLIO.match(lines[1].text) and set(title.split()) & set(paper.split()) - {"THE"}:
        return None  # 'MERIDIAN DAILY HERALD' over 'THE HERALD, MERIDIAN, …': its nameplate
    masthead = MastheadResult(under.masthead, under.lines + 1, under.warnings, under.rule)
    return Text(title, [(lines[0].start, lines[0].end)]), masthead
