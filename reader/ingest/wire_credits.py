"""An English wire story's credit in brackets, alone on its line between the head and the
dated lead: '(By Associated Press.)', '(From Our Own Correspondent)'. It names who sent the
story, as 'By NAME' names who wrote one: the story's byline, never a deck. A credit that
names only how the story came ('(By Cable.)', '(By Leased Wire.)') signs nothing and is
left to the rules on heads, and so is one naming a part of the paper itself ('(From Page
One.)', '(From Yesterday's Edition.)'): it tells where the story was, not who sent it."""

from __future__ import annotations

import re

WIRE_CREDIT = "a wire's credit in brackets alone on its line ('(By Associated Press.)'), a byline"

# One to five capitalised words after 'By' or 'From' ('Our Own Correspondent'), the stop
# inside the bracket or none.
_CREDIT = re.compile(
    r"^\((?:By|From) (?P<name>(?:Our |the )?[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,4})\.?\)$"
)
# The last word naming the way a dispatch came, not its sender.
_HOW_IT_CAME = re.compile(
    r"\b(?:Cable|Wire|Wireless|Telegraph|Telephone|Radio|Mail|Post|Request|Courtesy"
    r"|Permission|Authority)$"
)
# A part of the paper itself: a story carried on from a page or an edition names no sender.
_OWN_PART = re.compile(r"\b(?:Page|Pages|Edition|Issue|Column|Section|Supplement)\b")


def wire_credit(text: str) -> str | None:
    """The sender a bracketed wire credit names, or None."""
    if text[:1] != "(" or not (m := _CREDIT.match(text)) or _HOW_IT_CAME.search(m["name"]):
        return None
    if _OWN_PART.search(m["name"]):
        return None
    return m["name"]
