"""A pointer to another page of the paper, alone on its line under a story ('▶관련기사 3면',
'▶관련기사 3·5면', '▷관련 기사 A13면'): a paragraph of the story as printed, its mark kept,
never a subhead ('▶' opens one only over text of its own) nor a jump (the story does not
run on there: docs/representation.md, "Jump lines")."""

from __future__ import annotations

import re

CROSS_REF_RULE = "a pointer to related stories on another page ('▶관련기사 3면'): a paragraph"
# the mark, the words, then one page or several ('3·5면', 'A13면', '3, 5면')
_POINTER = re.compile(
    r"^[▶▷]\s?관련\s?기사\s?:?\s?[A-Z]?\d{1,2}(?:\s?[·,~]\s?[A-Z]?\d{1,2}){0,3}\s?면$"
)


def cross_ref(text: str) -> bool:
    return text[:1] in "▶▷" and _POINTER.match(text) is not None
