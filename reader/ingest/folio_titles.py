"""A page's title printed by its folio line, over it or under it. Over it: 'FARM AND MARKET'
over '8 THE PRAIRIE VALLEY HERALD, WEDNESDAY, MAY 7, 1919.' (or the number last: '…, JUNE 2,
1910. 3'). Where the dated line names the paper itself, the line in capitals above it is no
nameplate but the page's label (docs/representation.md, "A page's title over its folio line
or its first headline"). Under it: a title in capitals alone in its paragraph right under
such a line ('IN THE CHURCHES'), over the first head set on its own text; a headline over a
deck or a byline in capitals is none."""

from __future__ import annotations

import re

from reader.ingest.departments import department_title
from reader.ingest.head import is_caps
from reader.ingest.lines import Line, Para
from reader.ingest.masthead import MastheadResult
from reader.ingest.masthead_en import RUNNING_NAME_RULE, parse_english_masthead
from reader.ingest.repair import TERMINAL
from reader.model import Text

TITLE_UNDER_FOLIO = "page: a title in capitals alone under the folio line, over the first head"
TITLE_OVER_FOLIO = "masthead: a title in capitals over a folio line that names the paper: the label"
_TITLE_MAX = 40  # characters of a page's title
# A folio line opens with its page's number: '8 THE …', 'PAGE SIX THE …'.
_FOLIO = re.compile(r"^\s*(?:\d{1,3}\s|PAGE\s)")
# or closes with it, after the year: '… THURSDAY, JUNE 2, 1910. 3'.
_FOLIO_END = re.compile(r"\d{4}\.?\s+\d{1,3}$")


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
    folio = _FOLIO.match(lines[1].text) or _FOLIO_END.search(lines[1].text)
    if not folio and set(title.split()) & set(paper.split()) - {"THE"}:
        return None  # 'MERIDIAN DAILY HERALD' over 'THE HERALD, MERIDIAN, …': its nameplate
    masthead = MastheadResult(under.masthead, under.lines + 1, under.warnings, under.rule)
    return Text(title, [(lines[0].start, lines[0].end)]), masthead


# The first head under the title: a line in capitals, or a head run in ('CHURCH SUPPER.—…').
_RUN_IN = re.compile(r"^[A-Z][A-Z0-9 .,'&-]{2,60}?[.:]?[—–]")
# the words that join or place a page's title's subjects ('IN THE CHURCHES', 'COUNTY
# CORRESPONDENCE'): a title of these alone names nothing
_JOINS = frozenset("IN AT AMONG AROUND ABOUT THE OF OUR AND COUNTY CITY TOWN".split())
# the departments an old page is titled by that a modern page's words do not name
_OLD_DEPARTMENTS = frozenset("CORRESPONDENCE THEATRE STAGE CLUB".split())


def _names(word: str) -> bool:
    return word in _OLD_DEPARTMENTS or department_title([word])


def _page_title(title: str) -> bool:
    """Each word of the title but its joins names a page's department, perhaps in the
    plural: 'IN THE CHURCHES', 'AT THE THEATRES', 'COUNTY CORRESPONDENCE'."""
    words = [w for w in re.findall(r"[A-Z]+", title) if w not in _JOINS]
    return bool(words) and all(_names(w) or _names(_singular(w)) for w in words)


def _singular(word: str) -> str:
    return word[:-2] if word.endswith("CHES") else word.removesuffix("S")


def _head_on_its_text(para: Para) -> bool:
    """The paragraph opens with a head run in, or a head in capitals over its own text
    ('FIRST METHODIST EPISCOPAL.' / 'Corner Walnut …'); a deck or a 'BY …' line alone
    under a headline is no such head."""
    lines = para.lines
    if _RUN_IN.match(lines[0].text):
        return True
    return is_caps(lines[0].text) and len(lines) > 1 and not is_caps(lines[1].text)


def title_under_folio(paras: list[Para], found: MastheadResult | None) -> Text | None:
    """The page's title on the page's first line under its folio line (which gave found),
    alone in its paragraph over a head set on its own text, or over a head in capitals
    where the title reads as a page's ('IN THE CHURCHES'), or None."""
    if found is None or not found.rule.startswith(RUNNING_NAME_RULE) or len(paras) < 2:
        return None
    title = paras[0].lines[0]
    if len(paras[0].lines) != 1 or not paras[1].gap or len(title.text) > _TITLE_MAX:
        return None
    if not is_caps(title.text) or TERMINAL.search(title.text) or _RUN_IN.match(title.text):
        return None
    head = paras[1].lines[0].text
    if _head_on_its_text(paras[1]) or (is_caps(head) and _page_title(title.text)):
        return Text(title.text, [(title.start, title.end)])
    return None  # a headline over its deck, byline or text: the title is that story's
