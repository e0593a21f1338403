"""A running head printed under the page's section label ('스포츠' over '2026년 11월 18일
수요일 27'), with or without the page's number alone on the line over it ('오피니언' /
'23' / '2026년 11월 18일 수요일 한빛일보'): the folio, read as the first line's would be.
Under the label, the folio may print the label again ('법조 동정' over '법률누리 제3318호
2026년 3월 9일 월요일 법조 동정 7'), and a name beside its dated weekday that is not the
label's, before the date on a numbered folio, is the paper's ('로펌 소식' over '법정주보
2026년 11월 23일 월요일  14')."""

from __future__ import annotations

import re
from dataclasses import replace

from msgspec import structs

from reader.ingest.lines import Line, Para
from reader.ingest.masthead import parse_section_label
from reader.ingest.running_head import PAGE_NUMBER, RunningHead, running_head
from reader.model import Span, Text

_YEAR = re.compile(r"\d{4}년")
FOLIO_UNDER = "masthead: a running head under the section's label (a page number over it)"


def folio_under(paras: list[Para], label: str = "") -> tuple[RunningHead, int] | None:
    """The running head on the first lines left under the label, and how many lines it
    takes; a page number alone over it joins its folio."""
    lines = [line for para in paras[:2] for line in para.lines][:2]
    if not lines:
        return None
    k = 1 if len(lines) == 2 and PAGE_NUMBER.match(lines[0].text) else 0
    head = running_head(lines[k])
    if head is not None and head.label is not None:
        head = _label_in_folio(head, label, lines[k])
    if head is None or head.label is not None:
        return None  # the label above names the section: a section's word under it heads a story
    if k:
        number = (lines[0].start, lines[0].end)
        rest = Text(f"{lines[0].text} {head.rest.text}", [number, *head.rest.spans])
        masthead = structs.replace(
            head.masthead.masthead, spans=[number, *head.masthead.masthead.spans]
        )
        head = RunningHead(head.label, rest, replace(head.masthead, masthead=masthead))
    return RunningHead(head.label, head.rest, replace(head.masthead, rule=FOLIO_UNDER)), k + 1


def _papers_place(line: Line, name: Text) -> bool:
    """A numbered folio's name where a paper's stands: before the date (after the page's
    number or not: '9 법률저널 2026년 …'), or after it right before the page's number that
    ends the line ('… 월요일 법률주간 9'). A word after the date that ends the line ('…
    수요일 개통') is a dated headline's."""
    words = line.text.split()
    if not any(PAGE_NUMBER.match(w) for w in words):
        return False
    start, end = name.spans[0][0] - line.start, name.spans[-1][1] - line.start
    date = _YEAR.search(line.text)
    if date is None or start < date.start():
        return True
    return bool(PAGE_NUMBER.match(words[-1])) and line.text[end:].split() == words[-1:]


def _label_in_folio(head: RunningHead, label: str, line: Line) -> RunningHead | None:
    """The head with the name it read as a section's moved into its folio: the label
    printed again, or, beside a dated weekday with no paper named, the paper's name (the
    label above names the section). None when the name is another section's."""
    name = head.label
    assert name is not None
    m = head.masthead.masthead
    if name.text != label:
        if m.paper is not None or m.weekday is None or parse_section_label(name.text):
            return None
        if not _papers_place(line, name):
            return None
        m = structs.replace(m, paper=name.text)
    spans: list[Span] = sorted([*head.rest.spans, *name.spans])
    rest = Text(" ".join(line.text[s - line.start : e - line.start] for s, e in spans), spans)
    m = structs.replace(m, spans=spans)
    return RunningHead(None, rest, replace(head.masthead, masthead=m))
