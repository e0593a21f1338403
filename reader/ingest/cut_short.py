"""A page's last ad cut short at the page's edge, as its last line shows.

A column of small ads runs on to the next page, so the page's last ad may stop where the
page does: mid-word (its line torn at a hyphen), on a word no ad ends on (an article, a
preposition, a conjunction), or on the word that would introduce its telephone with no
number after it. An ad's own end is a stop, a figure, a name or an address.
"""

from __future__ import annotations

import re

from reader.ingest.head import SMALL_WORDS

# A letter, then a hyphen ending the line: a word torn, its rest over the page's edge.
_TORN = re.compile(r"[A-Za-z]-$")
# The word that introduces a telephone, with nothing after it: 'may have same by calling
# at this office. Phone'.
_CALL = re.compile(r"(?:^|\s)(?:Phone|Telephone|Tel\.|Call)$")


def cut_short(text: str) -> bool:
    """The last line of a page's last ad stops short of the ad's end."""
    words = text.split()
    if not words:
        return False
    return bool(_TORN.search(words[-1]) or _CALL.search(text)) or words[-1] in SMALL_WORDS
