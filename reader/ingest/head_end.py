"""Where an English head ends and its body begins: a standfirst over the byline is the
deck; a short line set apart from the head and tight on the text under it is the body's
first subhead; a line tight under the headline and set apart from the text is the deck."""

from __future__ import annotations

from reader.ingest.head import COLUMN_MAX, is_title_case
from reader.ingest.letters import SIGNED_RULES
from reader.ingest.pieces import Piece, is_short
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
    if nxt[0].unit.rule in SIGNED_RULES:
        return False  # a letter's signature under its text
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


# A page that sets its text apart from the head by a blank line sets a deck tight under
# the headline: such a line, however long, is no lead's first line (that would go on).
TIGHT_DECK = "head: a line tight under the headline, no sentence, set apart from the text: deck"


def unpunctuated_head(p: Piece, nxt: Piece, under_headline: bool) -> str | None:
    """A longer line without final punctuation: an English headline in title case
    ('Riverton Rowers Take Regional Title in Final Sprint') opening the item, or a deck
    line set between the headline and the byline."""
    if not under_headline and is_title_case(p.text):
        return "head: title-case headline"
    if not under_headline and is_latin(p.text) and _over_deck_or_byline(nxt):
        return "head: English headline without final punctuation over its deck or byline"
    if not under_headline and is_latin(p.text) and _new_sentence(nxt):
        return "head: English headline without final punctuation over a new sentence"
    if under_headline and nxt.kind == "byline":
        return "head: line without final punctuation between the headline and the byline"
    if under_headline and not p.unit.gap and nxt.unit.gap and _new_sentence(nxt):
        return TIGHT_DECK
    return None


def _new_sentence(nxt: Piece) -> bool:
    """Text that opens a sentence (a capital or a quote), not a line wrapped into it."""
    return nxt.kind == "text" and (nxt.text[:1].isupper() or nxt.text[:1] in "\"“‘'")


def _over_deck_or_byline(nxt: Piece) -> bool:
    """A byline, or a deck: one line of text without final punctuation."""
    if nxt.kind == "byline":
        return True
    one = nxt.kind == "text" and len(nxt.unit.lines) == 1 and len(nxt.text) <= COLUMN_MAX
    return one and not TERMINAL.search(nxt.text)
