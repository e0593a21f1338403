"""Item starts on a Korean page set tight in justified columns (tight_columns.py joins its
lines into paragraphs): the rules read for a page of one-line paragraphs look at the line
under a head; here the head's text is a paragraph of several lines, its sentence closed on
its last."""

from __future__ import annotations

from reader.ingest.ad_marks import SENTENCE
from reader.ingest.blocks import marked_headline
from reader.ingest.head import is_short_line
from reader.ingest.headlines import finished
from reader.ingest.lines import Para
from reader.ingest.tight_columns import RUNS_ON
from reader.ingest.units import is_plain

COLUMN_BRIEF = "'▲' headline over its text wrapped in a column (a brief)"


def column_brief(paras: list[Para], k: int) -> str | None:
    """Why paragraph k heads a brief: a '▲' headline alone over a paragraph of a column
    that closes a sentence (the briefs under '경제 브리프', each its own item)."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras) or not marked_headline(para.lines[0].text):
        return None
    below = paras[k + 1]
    if below.cut != RUNS_ON or not all(is_plain(line.text) for line in below.lines):
        return None
    if k and paras[k - 1].lines[-1].text.startswith("▲"):
        return None  # the last of a run of entries
    return COLUMN_BRIEF if SENTENCE.search(below.text) else None


COLUMN_TITLE = "a title over '▲' briefs wrapped in a column, after finished text"
_BRIEFS = 2  # one marked line under a title may be a story's subhead


def column_title(paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: a short title alone after finished text (a sentence,
    a table's row, a byline) over two or more '▲' briefs of a column ('스포츠 브리핑'); the
    title is an item of its own, each brief one under it."""
    para = paras[k]
    if not k or len(para.lines) != 1 or k + 2 >= len(paras) or para.text.startswith("▲"):
        return None
    if not paras[k + 1].text.startswith("▲") or not is_short_line(para.text.strip("[]")):
        return None  # cheap tests first: most paragraphs stand over no marked line
    if not finished(paras[k - 1].lines[-1].text):
        return None
    briefs, j = 0, k + 1
    while j < len(paras) and column_brief(paras, j):
        briefs, j = briefs + 1, j + 2
    return COLUMN_TITLE if briefs >= _BRIEFS else None
