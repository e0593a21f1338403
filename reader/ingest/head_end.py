"""Where an English head ends and its body begins: a standfirst over the byline is the
deck; a short line set apart from the head and tight on the text under it is the body's
first subhead."""

from __future__ import annotations

from reader.ingest.body import Piece, is_short
from reader.ingest.repair import TERMINAL
from reader.ingest.segment import is_latin

STANDFIRST = "head: English sentences between the headline and the byline over the text"
STANDFIRST_MAX = 200  # characters: a longer text over the byline is the lead


def standfirst(pieces: list[Piece], i: int) -> bool:
    """An English paragraph of a sentence or two under the headline, over 'By NAME' and the
    text: the deck (a standfirst), not the lead."""
    p, nxt = pieces[i], pieces[i + 1 : i + 3]
    if len(nxt) < 2 or nxt[0].kind != "byline" or nxt[1].kind == "byline":
        return False  # cheap tests first: most heads stand over no byline
    return p.kind == "text" and len(p.text) <= STANDFIRST_MAX and is_latin(p.text)


TIGHT_SUBHEAD = "a line apart from the head, tight on the text it heads: the body's first subhead"


def tight_subhead(p: Piece, nxt: Piece) -> bool:
    """An English short line set apart from the head above it by a blank line, printed
    tight on the text under it ('Call to Order' / 'Mayor … called the meeting to order.'):
    the body's first subhead, not a deck; a deck stands with its headline, apart from the
    text."""
    if not p.unit.gap or nxt.unit.gap or len(p.unit.lines) != 1 or nxt.kind != "text":
        return False
    if not is_short(p) or not TERMINAL.search(nxt.text) or is_short(nxt):
        return False
    return is_latin(p.text + nxt.text)
