"""An English page's title naming two subjects joined by 'AND' ('SOCIETY AND PERSONAL',
'MARKETS AND SHIPPING', 'RELIGIOUS AND FRATERNAL'), or a department where its news is
found ('AT THE THEATRES', 'IN THE CHURCHES'), alone in its paragraph over a headline stacked
in capitals: the page's label. Old papers titled their departments so; a headline's first
tier over its bank names one event, and its bank is a line, not a stack."""

from __future__ import annotations

import re

from reader.ingest.departments import names_department
from reader.ingest.head import is_caps
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
    if not _PAIR.match(title) or not names_department(title):
        return False
    stack = [line.text for line in paras[1].lines[:_STACK]]
    return len(stack) == _STACK and all(is_caps(t) and not TERMINAL.search(t) for t in stack)
