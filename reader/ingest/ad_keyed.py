"""An ad's details as a list: 'label: value' lines one under another ('기간: 7월 27일~8월
1일', '대상: 중학생 60명', 'Where: Elm Park'), each a point of what the ad offers."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.ingest.lines import Line, Para

# A short label (one or two words, no figure), a colon, then its value.
_KEYED = re.compile(r"^[가-힣A-Za-z]{1,8}(?: [가-힣A-Za-z]{1,8})?\s?:\s?\S")
KEYED_RUN = 3  # lines at least: two 'label: value' lines may be a contact's or a note's
KEYED_LIST = "ad: 'label: value' lines one under another: a list's items"


def keyed_runs(paras: list[Para], contact: Callable[[Line], bool]) -> set[tuple[int, int]]:
    """Three or more 'label: value' lines in a row (no blank line between), none a contact
    ('전화: 062-…' is the ad's contact): the items of a list of the ad's details, as
    (paragraph, line) positions."""
    lines = [
        ((pi, li), "" if contact(line) else line.text, li == 0 and para.gap > 0)
        for pi, para in enumerate(paras)
        for li, line in enumerate(para.lines)
    ]
    out: set[tuple[int, int]] = set()
    k = 0
    while k < len(lines):
        end = k
        while _KEYED.match(lines[end][1]) and end + 1 < len(lines):
            if lines[end + 1][2] or not _KEYED.match(lines[end + 1][1]):
                break
            end += 1
        if end + 1 - k >= KEYED_RUN:
            out.update(pos for pos, _, _ in lines[k : end + 1])
        k = end + 1
    return out
