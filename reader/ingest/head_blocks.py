"""A Korean story printed as one block: its headline (and deck) broken short over its
wrapped text, with no blank line between, at the page's top or after finished text.

A column wraps a paragraph at its edge, so a paragraph's first line is as wide as the
column; a line broken well before the edge, with no sentence ended there, was broken by
hand: a headline or a deck. Read by blocks.split_blocks, which cuts the head lines off and
reads the text under them as a block of its own, and by the items stage through the cut's
rule (prose_starts.starts_item).
"""

from __future__ import annotations

import re

from reader.ingest.brief_blocks import HEAD_RATIO, contact_end
from reader.ingest.column_heads import TORN_AFTER_DA, bare_predicate, column_head
from reader.ingest.entries import table_line
from reader.ingest.head import column_parts, headline_punctuation, is_short_line
from reader.ingest.lines import Line, Para
from reader.ingest.part_numbers import part_head
from reader.ingest.pieces import PART_NUMBER
from reader.ingest.repair import TERMINAL
from reader.ingest.units import is_plain, line_kind
from reader.printable import cell_width

HEAD_OVER_TEXT = (
    "blocks: a headline (and its deck) broken short over the wrapped text of one block, at"
    " the page's top or after finished text: a head of its own"
)
HEAD_IN_STORY = (
    "blocks: a plain short line broken short over the wrapped text of one block, after a"
    " story's sentence: its subhead (no headline's mark, no run of such blocks)"
)
_HEAD_LINES = 2  # a headline and its deck; a third short line is the text's own
_TEXT_LINES = 2  # lines of wrapped text under the head (one line: brief_blocks.py's)
_COLUMN_HEAD = 4  # a head over a justified column: a headline's two lines, two decks


def head_lines(lines: list[Line]) -> int:
    """How many lines at the block's top are its headline and deck (0 when none): each a
    short line of words that closes no sentence, plain or a bracketed column's head
    ('[세미나] 제목') but not numbered, broken by hand: the word opening the line under it
    would have fitted, and the widest line under the head is half again as long (a
    bracketed kicker's head need not be). The two lines or more under the head hold a
    sentence's end (a head over one line is brief_blocks.py's). Where this reading finds
    no head, a head set to a justified column's measure may stand over the column, up to
    four lines (column_head_lines).
    The caller says the block starts fresh (page's top, finished text above)."""
    if len(lines) < 2 or _closing_contact(lines[-1].text):
        return 0  # a block closed by its contact is a notice or an ad, its lines read whole
    n = 0
    while n < min(_HEAD_LINES, len(lines) - _TEXT_LINES) and _head(lines, n):
        n += 1
    if not n:  # a head set to the column's measure over a justified column (no verse)
        return column_head_lines(lines)
    if not any(TERMINAL.search(x.text) for x in lines[n:]):
        return 0
    pairs = zip(lines[n:-1], lines[n + 1 :], strict=False)
    if any(bare_predicate(a.text) and not TORN_AFTER_DA.match(b.text) for a, b in pairs):
        return 0  # a line under the head broken by hand: a poem's stanza, not wrapped text
    return n


def column_head_lines(lines: list[Line]) -> int:
    """column_heads.column_head over the block, its closing byline aside (an e-mail runs
    wider than the column); a head line may end on '…', a clause cut short."""
    text = lines[:-1] if line_kind(lines[-1].text)[0] == "byline" else lines
    shapes = [_head_shape(x.text.removesuffix("…")) for x in text[:_COLUMN_HEAD]]
    signed = [line_kind(x.text)[0] == "byline" for x in text[: _COLUMN_HEAD + 1]]
    n = column_head(text, shapes, signed)
    return n if any(TERMINAL.search(x.text) for x in text[n:]) else 0


def _head_shape(text: str) -> bool:
    """A head line's shape: short, no sentence closed, no byline, no table's row."""
    if not is_short_line(text) or table_line(text) or line_kind(text)[0] == "byline":
        return False
    if not is_plain(text) and not (text.startswith("[") and column_parts(text) is not None):
        return False  # a marked line ('▲…', '◇ …') is an entry's or a part's
    # one word titles what is under it ('공고'); a numbered line, a part
    return " " in text and not part_head(text) and not PART_NUMBER.match(text)


def _head(lines: list[Line], n: int) -> bool:
    text = lines[n].text
    if not _head_shape(text):
        return False
    under = lines[n + 1].text
    if "\t" in under or table_line(under):
        return False  # a table's row under it: no wrapped text whose first word could fit
    # widths in cells, as the column is filled: Hangul takes two, a Latin letter one; a
    # table's row, its cells apart by tabs, is no line the column wrapped
    widest = max((cell_width(x.text) for x in lines[n + 1 :] if "\t" not in x.text), default=0)
    first = under.split(" ", 1)[0]
    if cell_width(text) + 1 + cell_width(first) > widest:
        return False  # the column broke it: a wrapped paragraph's first line
    # a bracketed kicker shows itself a head; a plain line is one when well short
    return text.startswith("[") or HEAD_RATIO * cell_width(text) <= widest


def _closing_contact(text: str) -> bool:
    return contact_end(text) and line_kind(text)[0] != "byline"  # a reporter's e-mail signs


def shown_or_run(paras: list[Para], k: int) -> bool:
    """Block k's head shows itself a headline (its punctuation, a bracketed kicker, a byline
    in its block), or the block above or below is a head over its text too (a run of
    briefs): after a story's sentence, a plain short line over text may be its subhead. A
    head that asks (_ASKS) is an interview's question, neither shown nor in a run."""
    lines = paras[k].lines
    head = lines[0].text
    if head.startswith("["):
        return True  # a kicker in brackets heads a piece of its own
    if _ASKS.search(head):
        return False  # an interviewer's question over its answer, its bold lost
    if headline_punctuation(head):
        return True
    if any(line_kind(x.text)[0] == "byline" for x in lines[1:]):
        return True
    near = (paras[j].lines for j in (k - 1, k + 1) if 0 <= j < len(paras))
    return any(head_lines(x) and not _ASKS.search(x[0].text) for x in near)


# A question's ending: a topic left hanging ('올해 역점 사업은'), '…한가', '…는가', or a
# polite question ('…하나요', '…습니까'). A headline asks with its question mark.
_ASKS = re.compile(r"(?:[가-힣][은는]|[는한]가|[나까]요|세요|[습입합]니까)$")


def head_cut(paras: list[Para], k: int, after_prose: bool) -> tuple[int, str]:
    """Block k, starting fresh: its head lines (head_lines) and the cut's rule, a head of
    its own, or the story's subhead where the block above ends a story's sentence and the
    head shows nothing of a headline (shown_or_run)."""
    n = head_lines(paras[k].lines)
    in_story = n and after_prose and not shown_or_run(paras, k)
    return n, HEAD_IN_STORY if in_story else HEAD_OVER_TEXT


def head_paras(para: Para, n: int, cut: str) -> list[Para]:
    """The block's first n lines, a paragraph each (only the first after its gap)."""
    return [
        Para([line], para.gap if i == 0 else 0, inner=para.inner or i > 0, cut=cut)
        for i, line in enumerate(para.lines[:n])
    ]
