"""Numbered lines one under another, each one sentence on one line ('1. 잠자리에서 일어나기
전 발목을 열 번 돌린다.', '② 라이다 센서로 굴착면을 스캔해 …', '1. Turn the main valve
off.'): a recipe's or a procedure's steps, a study's findings, a list of tips. The numbers
say the lines are items of one enumeration, so they are a list's entries (bullets), the
number kept in the text as a ranking's is.

Known by its shape: the run opens at one ('1.', '①'), each next line carries the next
number, set tight under the one before (no blank line), and each line holds one sentence,
ended by its stop, short enough to stand on one line. Steps set apart by blank lines are
paragraphs, each a block of its own, as the seventh set's recipe prints them. Numbered
paragraphs of an essay (several sentences each) and numbered part titles ('1. 들어가며', no
stop) are no steps."""

from __future__ import annotations

import re

from reader.ingest.ad_marks import SENTENCE
from reader.ingest.pieces import Piece
from reader.ingest.repair import TERMINAL

NUMBERED_STEP = "article: a numbered line of one sentence in a run from one: a list's entry"

_STEP = re.compile(r"^(?:(\d{1,2})\.\s+|([①-⑳])\s?)(?=\S)")
_LINE = 90  # characters at most: a step stands on one line; an essay's paragraph wraps
# A stop inside the line followed by more text: a second sentence ('… 쓰자. 주문을 …').
_INNER_STOP = re.compile(r"[.?!](?=\s+\S)")


def _number(text: str) -> int | None:
    m = _STEP.match(text)
    if m is None:
        return None
    return int(m[1]) if m[1] else ord(m[2]) - ord("①") + 1


def _one_sentence(p: Piece) -> bool:
    """One line, short, ended by a stop, with no stop inside it."""
    text = p.text
    if p.kind != "text" or len(p.unit.lines) != 1 or len(text) > _LINE or "\t" in text:
        return False
    if not TERMINAL.search(text):
        return False
    m = _STEP.match(text)
    body = text[m.end() :] if m else text
    return len(SENTENCE.findall(body)) <= 1 and not _INNER_STOP.search(body)


def numbered_step(p: Piece, nxt: Piece | None, prev: str | None, above: str | None) -> bool:
    """Piece p a step of a numbered run (the module's doc): the first, numbered one, over
    the second; a later one, after the step before it (above: the text of the block
    before, a bullet when prev is)."""
    n = _number(p.text)
    if n is None or not _one_sentence(p):
        return False
    if n == 1:
        return (
            nxt is not None and _number(nxt.text) == 2 and _one_sentence(nxt) and not nxt.unit.gap
        )
    return prev == "bullet" and not p.unit.gap and above is not None and _number(above) == n - 1
