"""Briefs under a run's title: a title alone on its line ('[항공 단신]', '학교 소식') over two
or more blocks, each a headline over its text with no blank line between them. The title is
an item with a headline only, and each brief an item of its own.
"""

from __future__ import annotations

import re

from reader.ingest.ad_marks import is_byline
from reader.ingest.head import headline_punctuation, is_short_line
from reader.ingest.headlines import BRIEF_HEAD
from reader.ingest.label import BRACKETED
from reader.ingest.lines import Para
from reader.ingest.repair import SENTENCE_END, TERMINAL
from reader.ingest.units import is_plain

_BRIEFS = 2  # one headed block under a title may be a story's subhead over its text

BRIEF_UNDER_TITLE = (
    "a brief's headline over its sentence (no blank line), under a title over briefs"
)


def plain_brief(para: Para) -> bool:
    """'남빛공항 주차장 요금 3월부터 인상' over its sentence in one block: a headline, no
    sentence, shorter than the line under it (a wrapped paragraph's first line is full)."""
    if len(para.lines) < 2:
        return False
    head, below = para.lines[0].text, para.lines[1].text
    if len(head) < BRIEF_HEAD or len(head) >= len(below) or SENTENCE_END.search(head):
        return False
    return is_short_line(head) and is_plain(head) and bool(TERMINAL.search(below))


def cut_head(para: Para) -> list[Para]:
    """A brief's block cut under its headline line: the head, then its text."""
    return [Para(para.lines[:1], para.gap), Para(para.lines[1:], 0, inner=True)]


def _cut_brief(paras: list[Para], j: int) -> bool:
    """A brief whose block the blocks stage already cut under its headline: the head alone,
    its text right under it."""
    if len(paras[j].lines) != 1 or j + 1 == len(paras) or not paras[j + 1].inner:
        return False
    return plain_brief(Para([*paras[j].lines, *paras[j + 1].lines[:1]]))


_HANGUL = re.compile(r"[가-힣]")
# A run's title names a column ('학교 소식', '독자의 편지'); a line ending on a predicate
# ('청년 일자리 대책 서둘러야', '… 넓힌다') is an unsigned editorial's or feature's headline.
_PREDICATE_END = re.compile(r"(?:다|야|요|자|까)$")


def _run_title(title: Para, first: Para) -> bool:
    """A run's title: bracketed ('[항공 단신]'), or a plain Korean one ('학교 소식', '독자의
    편지') set apart by blank lines above and below, as a story's subhead is not from its
    text."""
    text = title.lines[0].text
    if BRACKETED.match(text):
        return True
    plain = is_short_line(text) and is_plain(text) and bool(_HANGUL.search(text))
    if not plain or headline_punctuation(text) or _PREDICATE_END.search(text):
        return False
    return bool(title.gap) and bool(first.gap)


def brief_under_title(paras: list[Para], k: int, briefs: list[bool]) -> str | None:
    """Why paragraph k opens an item: a brief in a run of two or more such blocks right
    under a title alone on its line ('[항공 단신]', '학교 소식'), the title an item of its own.
    briefs[i] is plain_brief(paras[i]), worked out once a page (a run is walked per block).
    Briefs are unsigned: a run a reporter's byline closes is one signed story's parts."""
    if not briefs[k]:
        return None
    start = k
    while start and briefs[start - 1]:
        start -= 1
    end, n = k + 1, 1
    while end < len(paras) and (briefs[end] or _cut_brief(paras, end)):
        end, n = end + (1 if briefs[end] else 2), n + 1
    title = paras[start - 1] if start else None
    if title is None or len(title.lines) != 1 or not _run_title(title, paras[start]):
        return None
    if end < len(paras) and is_byline(paras[end].lines[0].text):
        return None
    return BRIEF_UNDER_TITLE if n + k - start >= _BRIEFS else None
