"""A Korean brief printed as one block: its head, a short line, over one much longer
sentence line (its byline under it or not), with no blank line between; at the page's
top, after finished text when the head shows itself (a byline closes the block, headline
punctuation), or block after block (a run of briefs, not under a headline alone). Read by
blocks.split_blocks, which cuts the block, and by the items stage through the cut's rule."""

from __future__ import annotations

import re

from reader.ingest.ad import PHONE
from reader.ingest.byline_lines import EMAIL
from reader.ingest.entries import table_line
from reader.ingest.head import headline_punctuation, is_short_line
from reader.ingest.label import BRACKETED
from reader.ingest.lines import Line, Para
from reader.ingest.pieces import PART_NUMBER
from reader.ingest.repair import TERMINAL
from reader.ingest.units import is_plain, line_kind

HEAD_RATIO = 1.5  # a headline's text line is this much longer than the headline, or more


def over_one_sentence(lines: list[Line]) -> bool:
    """A short line without final punctuation over one line, at least 1.5 times as long,
    that closes a sentence (a closing byline may stand under it): at the page's top or
    after finished text (nothing above it to run on from), a headline over its text with
    no blank line between. A wrapped paragraph's first line is as long as the column."""
    rest = [x.text for x in lines[1:]]
    if len(rest) == 2 and line_kind(rest[-1])[0] == "byline":
        rest = rest[:-1]
    if len(rest) != 1 or not is_short_line(lines[0].text) or not TERMINAL.search(rest[0]):
        return False
    return len(rest[0]) >= HEAD_RATIO * len(lines[0].text)


def closed(text: str) -> bool:
    """A line after which a block starts fresh: a sentence's end, a byline, a table's row
    or its note ('세라니아 렌\t5.46\t-', '※ 자료: …'), which end their box as a sentence
    ends its story, or a notice's contact line (contact_end)."""
    if TERMINAL.search(text) or table_line(text) or contact_end(text):
        return True
    return line_kind(text)[0] == "byline"


_CONTACT_TAIL = 40  # characters of a line's end a closing phone or e-mail is looked for in


def contact_end(text: str) -> bool:
    """A line that ends on a phone or an e-mail ('문의 사무국 02-3471-5520, help@…'): a
    notice's contact closes it, as a byline closes a story."""
    tail = text.rstrip()[-_CONTACT_TAIL:]
    ends = [m.end() for m in (*PHONE.finditer(tail), *EMAIL.finditer(tail))]
    return len(tail) in ends


PAGE_TOP = "blocks: a short line over one much longer sentence line at the page's top: a headline"
AFTER_FINISHED = (
    "blocks: a short line over one much longer sentence line (its byline under it) after"
    " finished text: a headline"
)
IN_A_RUN = (
    "blocks: a short line over one much longer sentence line, block after block after"
    " finished text: briefs, each a headline over its text"
)


def brief_head(paras: list[Para], k: int, titled: list[bool]) -> bool:
    """Block k a brief's head over its one sentence (over_one_sentence): at the page's top,
    or after finished text when its byline closes it or its head is punctuated as a
    headline ('법무법인 다온, 세미나 열어'), or when the block above or below is one too
    (not under a headline alone); a plain short line alone there may open a wrapped
    paragraph. A run of briefs under a title is read whole by the items stage (titled)."""
    lines = paras[k].lines
    if not over_one_sentence(lines):
        return False
    if k == 0:
        return True
    if not closed(paras[k - 1].lines[-1].text) or titled[k]:
        return False
    if head_shown(lines):
        return True
    # A run of them, block after block: briefs, each its head over its sentence; a wrapped
    # paragraph's short first line does not repeat so.
    run = _run_head(paras[k - 1].lines) or k + 1 < len(paras) and _run_head(paras[k + 1].lines)
    return run and _run_head(lines) and not _under_a_head(paras, k)


_RUN_REACH = 30  # blocks looked back for the run's first


def _under_a_head(paras: list[Para], k: int) -> bool:
    """The run holding block k stands under a line alone that ends no sentence: a
    headline (an editorial's) over its headed parts, not briefs."""
    j = k
    while j > 0 and k - j < _RUN_REACH and _run_head(paras[j - 1].lines):
        j -= 1
    if j == 0 or len(paras[j - 1].lines) != 1:
        return False
    return not closed(paras[j - 1].lines[0].text)


def _run_head(lines: list[Line]) -> bool:
    """A brief's plain head over its plain sentence; a numbered or marked head ('2. 판결
    요지') is a story's part over its text."""
    head = lines[0].text
    if len(lines) < 2 or PART_NUMBER.match(head) or not is_plain(head):
        return False  # a numbered head ('2. 판결 요지'), not a year ('2027년 …')
    if not is_plain(lines[1].text):
        return False  # a marked line under it ('▲…') is a listing's entry
    return over_one_sentence(lines)


def head_shown(lines: list[Line]) -> bool:
    """The brief's byline closes it, or its head is punctuated as a headline."""
    return len(lines) == 3 or _punctuated_head(lines[0].text, lines[1].text)


# A speech's address ('국민 여러분, …') and a line leading in to a quote ('… 이렇게
# 말했다' over '"…"') are a story's own lines, punctuated as a headline would be.
_ADDRESS = re.compile(r"^[^,]*(?:여러분|님),")
_QUOTE_OPENS = tuple("\"'“‘「『")


def _punctuated_head(head: str, text: str) -> bool:
    if _ADDRESS.match(head) or text.startswith(_QUOTE_OPENS):
        return False
    return headline_punctuation(head)


def briefs_under_title(paras: list[Para]) -> list[bool]:
    """For each block, whether it is in a run of briefs ('제목' over its sentence) right
    under a bracketed title ('[항공 단신]'), which the items stage reads whole
    (run_briefs.brief_under_title). One pass a page."""
    titled = [False] * len(paras)
    for k in range(1, len(paras)):
        above = paras[k - 1]
        title = len(above.lines) == 1 and bool(BRACKETED.match(above.text))
        titled[k] = title or titled[k - 1] and over_one_sentence(above.lines[:2])
    return titled
