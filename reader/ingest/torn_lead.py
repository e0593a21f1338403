"""A lead's first line read as the deck, told by the word it tears. An extraction keeps a
column a line at a time with no indent, so a lead's first line under the head looks like a
deck line; but a deck is a block of its own and never breaks inside a word, while the lead's
first line does wherever the column's measure falls ('…경로당 84곳에 난방비' / '를 한 곳당').
A Korean head line whose last word goes on into the next line's first (the two halves make
a word the edition prints or the lexicon knows, a number and its counter, or the next line
opens on a particle, which never stands alone) is the lead's, and so is each head line over
it that tears into it the same way: they go back to the body, joined to its first paragraph
with no space (the word was torn). An English line tears with a hyphen, read elsewhere."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.ingest.bare_lead import torn_bare
from reader.ingest.lexicon import noun_across, opens_a_noun
from reader.ingest.number_joins import UNIT, torn_number
from reader.ingest.orthography import bound_word
from reader.ingest.pieces import Piece
from reader.ingest.repair import TERMINAL, Chunk, Vocabulary

_LAST_WORD = re.compile(r"[0-9A-Za-z가-힣]+$")
_FIRST_WORD = re.compile(r"[0-9A-Za-z가-힣]+")
_HANGUL = re.compile(r"[가-힣]+")
WORD, NUMBER = "word", "number"  # how a line tears: inside a word, or a number's counter


def torn_into_body(
    head: list[tuple[Piece, str]], pieces: list[Piece], i: int, vocab: Vocabulary
) -> int:
    """How many of the head's entries to keep (the headline always): the head's last lines
    that tear a word into the line under them are the lead's, joined in pieces to the
    body's first piece (pieces[i]). head holds pieces[i - len(head) : i] (else it is kept
    whole)."""
    n = len(head)
    if (
        n < 2
        or i >= len(pieces)
        or any(pieces[i - n + k] is not p for k, (p, _) in enumerate(head))
    ):
        return n
    below = pieces[i]
    if below.kind != "text" or not below.unit.lines:
        return n
    under = below.unit.lines[0].text
    k = n
    while k > 1 and _torn(head[k - 1][0], under, vocab):
        if k == 2 and tears(head[0][0], head[1][0].text, vocab):
            break  # the headline goes on into it ('무료 개' / '방'): head_wraps.py's
        k -= 1
        under = head[k][0].text
    if k < n:
        pieces[i - n + k : i + 1] = [_joined(pieces[i - n + k : i + 1], vocab)]
    return k


def _torn(p: Piece, under: str, vocab: Vocabulary) -> bool:
    """Does p tear a word into under? A magnitude and its counter are two words ('220만
    가구'): a deck may end on the one over a lead opening on a counter that is a noun of its
    own; a counter of one syllable ('220만' / '명이') opens no word, and is the lead's."""
    how = tears(p, under, vocab)
    if how != NUMBER:
        return how == WORD
    counter = UNIT.match(under)
    return counter is None or not opens_a_noun(counter.group())


def lead_after_byline(pieces: list[Piece], i: int, vocab: Vocabulary) -> bool:
    """Is pieces[i], under the item's byline, the lead's first line torn into the next piece
    (a word known torn, or the page's line-end habit: bare_lead.py)? A head is printed over
    its byline, so a head line's guess there yields to the tear: the two are joined as one."""
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if nxt is None or nxt.kind != "text" or not nxt.unit.lines:
        return False
    under = nxt.unit.lines[0]
    if not (_torn(pieces[i], under.text, vocab) or torn_bare(pieces[i], under, vocab)):
        return False
    pieces[i : i + 2] = [_joined(pieces[i : i + 2], vocab)]
    return True


def join_torn(chunk: Chunk, torn: Piece, after: Chunk, vocab: Vocabulary) -> None:
    """Add after to chunk (which ends with torn's line), as the tear says: no space inside
    a word, the vocabulary's join after a number."""
    if tears(torn, after.text, vocab) == WORD:
        chunk.add(after, "")
    else:
        chunk.join(after, vocab)


def _joined(run: list[Piece], vocab: Vocabulary) -> Piece:
    """The lead's torn lines and the body's first piece as one piece."""
    chunk = Chunk(run[0].text, list(run[0].chunk.spans))
    for before, p in zip(run, run[1:], strict=False):
        join_torn(chunk, before, p.chunk, vocab)
    lines = [line for p in run for line in p.unit.lines]
    last = run[-1]
    return Piece(last.kind, chunk, replace(last.unit, lines=lines), last.lifted, last.rule)


def tears(p: Piece, under: str, vocab: Vocabulary) -> str | None:
    """Does the one-line piece p end on a Korean word that the line under goes on with:
    WORD (joined with no space: '210' / '곳이' too), NUMBER (a magnitude and its
    counter, joined as the vocabulary spaces them: '220만' / '가구'), or None?"""
    if p.kind != "text" or len(p.unit.lines) != 1 or TERMINAL.search(p.text):
        return None
    if not (_HANGUL.match(p.text[-1]) or p.text[-1].isdigit()):
        return None
    if vocab.line_end(p.unit.lines[0].end) == " ":
        return None  # the producer's space: the line broke between words
    left, right = _LAST_WORD.search(p.text), _FIRST_WORD.match(under)
    if left is None or right is None:
        return None
    joined = left[0] + right[0]
    if bound_word(under) or vocab.has_prefix(joined):
        return WORD
    if _HANGUL.fullmatch(joined) and noun_across(left[0], right[0]):
        return WORD
    # a number's counter, not its next digits ('향년 88' / '60년간' is two numbers); a digit
    # is never parted from its unit ('9' / '시'), a magnitude may be ('220만 가구')
    if under[:1].isdigit() or not torn_number(p.text, under):
        return None
    return WORD if left[0][-1].isdigit() else NUMBER
