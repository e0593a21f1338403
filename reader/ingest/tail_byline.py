"""A reporter's byline printed at the end of a story's last line, after its last sentence
('… 대비하기로 했다. 김하늘 기자 sky@hangyeol.co.kr'), as a corpus of one story a line
keeps it: the byline, cut from the text (its span the line's tail). The e-mail address
makes it sure, and so does a dateline before the name ('… 했다. 전주=NAME 기자') or brackets
around it ('[NAME 기자]'); a name and '기자' alone inside a line may be the text's own words.
A pass over to_units' units (units.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.lines import Line

if TYPE_CHECKING:
    from reader.ingest.units import Unit

TAIL_BYLINE = "a reporter's byline and e-mail at the end of the text's last line"
TAIL_CREDIT = (
    "a reporter's credit with its dateline ('전주=NAME 기자') or in brackets ('[NAME 기자]') "
    "at the end of the text's last line"
)
_EMAIL = r"[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]++"
# After a sentence's end and a space: 'NAME 기자 EMAIL' to the line's end; or a credit whose
# form is sure without the address, its dateline before the name ('전주=NAME 기자', not a
# photo's or a drawing's '사진=') or its brackets ('[NAME 기자 EMAIL]').
_TAIL = re.compile(
    r"(?:(?<=[.!?다])|(?<=[.!?][\"'’”)]))\s++"
    rf"(?=[가-힣]{{2,4}}\s?기자\s{_EMAIL}$"
    rf"|(?P<credit>(?!사진|그림|그래픽)[가-힣]{{2,6}}=[가-힣]{{2,4}} 기자(?: {_EMAIL})?$"
    rf"|\[[가-힣]{{2,4}} 기자(?: {_EMAIL})?\]$))"
)


def tail_bylines(units: list[Unit], is_byline: Callable[[str], object]) -> list[Unit]:
    """Each text unit whose last line ends in such a byline (is_byline: byline_lines.py's
    bylines_in) cut in two (one pass)."""
    out: list[Unit] = []
    for unit in units:
        last = unit.lines[-1]
        m = _TAIL.search(last.text) if unit.kind == "text" and "기자" in last.text[-60:] else None
        tail = last.text[m.end() :] if m else ""
        if m is None or not is_byline(tail):
            out.append(unit)
            continue
        kept = Line(last.text[: m.start()], last.start, last.indent)
        out.append(replace(unit, lines=[*unit.lines[:-1], kept]))
        byline = Line(tail, last.start + m.end())
        why = TAIL_CREDIT if m["credit"] is not None or tail[0] == "[" else TAIL_BYLINE
        out.append(replace(unit, kind="byline", lines=[byline], marker=0, gap=0, rule=why))
    return out
