"""The section label a page's band prints: a section the text ingest knows, or the words
a running head sets beside its page number."""

from __future__ import annotations

import re

from reader.ingest.lines import Line
from reader.ingest.masthead import parse_section_label
from reader.ingest.running_head import running_head as read_head

# A running head's page number and the words beside it: '3 우리 마을', 'A5 Metro'.
_FOLIO_LABEL = re.compile(r"^[A-Z]?\d{1,3}\s+(?P<name>[^\W\d_][^\d|]{0,14}?)$")


def section_label(text: str, running_head: bool) -> str | None:
    """A band line's section label: the line, or one word of it, when it names a known
    section ('3 경제 2026년 ...'); in the running head over the page, also the one or two
    words beside its page number, known section or not, or beside the page's date read as
    the text ingest's running head ('14 우리 마을 2026년 12월 8일 화요일')."""
    known = (
        parse_section_label(text)
        or next((n for w in text.split() if (n := parse_section_label(w))), None)
        or _tracked(text)
    )
    if known or not running_head:
        return known
    m = _FOLIO_LABEL.match(text.strip())
    if m and len(m["name"].split()) <= 2:
        return m["name"]
    head = read_head(Line(text, 0))
    return head.label.text if head is not None and head.label is not None else None


def _tracked(text: str) -> str | None:
    """A known section set so loosely tracked that its letter gaps read as word spaces
    ('오피 니언' on a reversed flag): pieces of one or two letters, read as one word."""
    pieces = text.split()
    if len(pieces) < 2 or any(len(p) > 2 for p in pieces):
        return None
    return parse_section_label("".join(pieces))
