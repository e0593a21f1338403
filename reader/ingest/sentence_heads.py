"""Headings over sentence entries: '향우회 소식', '결혼', '부음' over '▲' lines each a
sentence or a dated notice, a listing of its own after a story; and the lines of a block
read from one of its paragraphs, one at a time.

A block printed without blank lines may reach the page's end, and the blocks pass may
have cut it into a paragraph a line: a rule that read the whole block for each of its
paragraphs would read n lines n times. Its callers look at a block's first lines, or
read until a line that settles the question, so the lines come one at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reader.ingest.ad import has_phone
from reader.ingest.ad_marks import SENTENCE
from reader.ingest.head import is_short_line
from reader.ingest.lines import Para
from reader.ingest.listing import DATED_ENTRY
from reader.ingest.scenes import tells_a_scene
from reader.ingest.units import is_plain


def block_lines(paras: list[Para], k: int) -> Iterator[str]:
    """The lines of paragraph k and of those right under it with no blank line between
    (the blocks pass may have cut a block into lines), in order."""
    for j in range(k, len(paras)):
        if j > k and paras[j].gap != 0:
            return
        for line in paras[j].lines:
            yield line.text


HEADING_OVER_SENTENCES = "a short heading over '▲' sentences or dated entries after a story"
TRI_SENTENCE = re.compile(r"^▲\s*\S")
_DATED = re.compile(r"=\s*\d{1,2}일")
_ASKS = re.compile(r"[?？]|△|데\.?$")


def heading_over_sentences(paras: list[Para], k: int, head: str = "") -> str | None:
    """'향우회 소식', '결혼', '부음' over '▲' entries, each a sentence or a notice: a listing
    of its own after the story before. A story's subhead stands over prose, never over
    '▲' lines alone."""
    head = head or paras[k].lines[0].text
    if not is_short_line(head) or not is_plain(head) or has_phone(head):
        return None
    return HEADING_OVER_SENTENCES if _entries(_under(paras, k)) else None


def _under(paras: list[Para], k: int) -> Iterator[str]:
    """The lines under paragraph k's first: the rest of its block, or, when its block is
    that one line, the block after it."""
    lines = block_lines(paras, k)
    next(lines)  # the head's own line
    first = next(lines, None)
    if first is not None:
        yield first
        yield from lines
    elif k + 1 < len(paras):
        yield from block_lines(paras, k + 1)


def _entries(under: Iterable[str]) -> bool:
    """Are the lines all sentence entries, or two or more dated ones ('3월 17일(화) …': a
    calendar's days)? Read up to the first line that is neither."""
    count, sentences, dated = 0, True, True
    for text in under:
        count += 1
        sentences = sentences and sentence_entry(text)
        dated = dated and DATED_ENTRY.match(text) is not None
        if not (sentences or dated):
            return False
    return count > 0 and (sentences or dated and count > 1)


def sentence_entry(text: str) -> bool:
    """'▲NAME 향우회는 … 연다.', '▲NAME씨 별세=11일 …': a sentence or a dated notice, never
    a question of an interview, a photo's caption ('… 살펴보고 있다.') nor a bare name
    ('▲감사관 홍길동', a roster's entry)."""
    if not TRI_SENTENCE.match(text) or _ASKS.search(text) or tells_a_scene(text):
        return False
    return bool(SENTENCE.search(text) or _DATED.search(text))
