"""A running head printed under the page's section label ('스포츠' over '2026년 11월 18일
수요일 27'), with or without the page's number alone on the line over it ('오피니언' /
'23' / '2026년 11월 18일 수요일 한빛일보'): the folio, read as the first line's would be."""

from __future__ import annotations

from dataclasses import replace

from msgspec import structs

from reader.ingest.lines import Para
from reader.ingest.running_head import PAGE_NUMBER, RunningHead, running_head
from reader.model import Text

FOLIO_UNDER = "masthead: a running head under the section's label (a page number over it)"


def folio_under(paras: list[Para]) -> tuple[RunningHead, int] | None:
    """The running head on the first lines left under a label, and how many lines it
    takes; a page number alone over it joins its folio."""
    lines = [line for para in paras[:2] for line in para.lines][:2]
    if not lines:
        return None
    k = 1 if len(lines) == 2 and PAGE_NUMBER.match(lines[0].text) else 0
    head = running_head(lines[k])
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
