"""An ad's price list: lines of goods in a row, each ending in its price or its discount,
and the name of the shop or the product printed right above them (their heading)."""

from __future__ import annotations

import re

from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

# A line of goods (no marker before it, no tab: a row of cells is a table's) ending in its
# price, or its discount: 'Fall Coats $14.75', '운동화 39,000원', '선물세트 20% 할인'.
_PRICED = re.compile(
    r"^[^\W\d_][^\t]{1,40}?\s(?:\$\d[\d,]*(?:\.\d{2})?|\d{1,3}(?:,\d{3})+원|\d+[¢c]"
    r"|\d{1,2}%\s?(?:할인|세일|[Oo]ff|OFF))$"
)
_NAME = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z&'’. ·-]{1,24}$")  # no figure, no mark


def priced_runs(paras: list[Para]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Two or more lines in a row (no blank line between), each a name of goods and its
    price: a price list's items; and the name right above the run (a shop's or a
    product's, no figure, not the ad's first line): its heading. Both as (paragraph, line)
    positions."""
    lines = [
        ((pi, li), line.text, li == 0 and para.gap > 0)
        for pi, para in enumerate(paras)
        for li, line in enumerate(para.lines)
    ]
    out: set[tuple[int, int]] = set()
    over: set[tuple[int, int]] = set()
    k = 0
    while k < len(lines):
        end = k
        while _PRICED.match(lines[end][1]) and end + 1 < len(lines):
            if lines[end + 1][2] or not _PRICED.match(lines[end + 1][1]):
                break
            end += 1
        if end > k:
            out.update(pos for pos, _, _ in lines[k : end + 1])
            above = lines[k - 1][1] if k > 1 and not lines[k][2] else ""
            if _NAME.match(above) and not TERMINAL.search(above):
                over.add(lines[k - 1][0])
        k = end + 1
    return out, over
