"""A piece set in numbered parts ('Ⅰ. 사안의 개요', 'Ⅱ. 대상판결의 요지', 'Ⅲ. 평석'): a
part's heading whose numeral follows one the item above already printed is that item's
next part, never the headline of a new one (a case note, a report, a paper's essay)."""

from __future__ import annotations

import re

from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL
from reader.ingest.runs import Group
from reader.ingest.units import line_kind

NUMERALS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_PART = re.compile(rf"^([{NUMERALS}])\.?\s\S")
_HEAD_MAX = 40  # characters of a part's heading: longer is a sentence opening with a numeral
PART_GOES_ON = "the next numbered part ('Ⅲ.' after 'Ⅱ.') goes on with the item above"


PART_HEAD = "article: a numbered part's heading ('Ⅲ. 평석'), a subhead"


def part_head(text: str) -> bool:
    """A short line opening with a Roman numeral: a part's heading, not a sentence."""
    return len(text) <= _HEAD_MAX and bool(_PART.match(text)) and not TERMINAL.search(text)


def _part(para: Para) -> int | None:
    text = para.lines[0].text
    if len(para.lines) != 1 or not part_head(text):
        return None
    return NUMERALS.index(text[0])


def numbered_parts(groups: list[Group]) -> list[Group]:
    """Each group that opens with the part after one printed in the group above, joined
    to it."""
    out: list[Group] = []
    for group in groups:
        n = _part(group.paras[0]) if group.paras else None
        signed = out and line_kind(out[-1].paras[-1].lines[-1].text)[0] == "byline"
        if out and n and not signed and any(_part(p) == n - 1 for p in out[-1].paras):
            why = out[-1].why if PART_GOES_ON in out[-1].why else f"{out[-1].why}; {PART_GOES_ON}"
            out[-1] = Group(out[-1].paras + group.paras, why)
        else:
            out.append(group)
    return out
