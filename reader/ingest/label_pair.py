"""An English page's title naming two subjects joined by 'AND' ('SOCIETY AND PERSONAL',
'MARKETS AND SHIPPING', 'RELIGIOUS AND FRATERNAL'), or a department where its news is
found ('AT THE THEATRES', 'IN THE CHURCHES'), alone in its paragraph over a headline stacked
in capitals: the page's label. Old papers titled their departments so; a headline's first
tier over its bank names one event, and its bank is a line, not a stack. A title naming
no department the paper is known to run is a label when the stack under it is a whole
headline, closed by its deck: a tier over it would head nothing."""

from __future__ import annotations

import re

from reader.ingest.departments import names_department
from reader.ingest.head import is_caps, is_title_case
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

PAIR_OVER_STACK = (
    "masthead: a department's title (two names joined by AND, 'AT THE …') over a headline "
    "stack: the label"
)
# One or two words each side ('FARM AND MARKET', 'CHURCH AND LODGE NEWS').
_PAIR = re.compile(
    r"^[A-Z][A-Z'’-]++(?: [A-Z][A-Z'’-]++)? (?:AND|&) [A-Z][A-Z'’-]++(?: [A-Z]++)?$"
    r"|^(?:AT|IN|ON|AMONG|WITH) THE [A-Z'’-]++(?: [A-Z'’-]++)?$"  # where the news is found
)
_STACK = 2  # capital lines of the headline under it, at least


def pair_over_stack(paras: list[Para], dense: bool) -> bool:
    """The first paragraph is such a title; the next opens with a stack of lines in
    capitals that end no sentence."""
    if dense or len(paras) < 2 or len(paras[0].lines) != 1:
        return False
    title = paras[0].lines[0].text
    if not _PAIR.match(title):
        return False
    stack = [line.text for line in paras[1].lines[:_STACK]]
    if len(stack) < _STACK or not all(is_caps(t) and not TERMINAL.search(t) for t in stack):
        return False
    # a stack closed by its deck is a whole headline: the title over it heads none
    return names_department(title) or decked(paras)


def decked(paras: list[Para]) -> bool:
    """A headline stacked in capitals with its deck (a line in title case) set tight under
    it, in its paragraph or the next without a blank line between."""
    under = [line.text for line in paras[1].lines if not is_caps(line.text)]
    if not under and len(paras) > 2 and not paras[2].gap:
        under = [paras[2].lines[0].text]
    return bool(under) and is_title_case(under[0])
