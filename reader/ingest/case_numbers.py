"""A ruling's report closed by its case number: the next short head starts an item; the
number in brackets on a line of its own is the report's text.

A legal paper prints each ruling's report with the case's number where the story ends:
in parentheses after its last sentence ('…효력이 없다고 봤다. (2025구합61207)') or on a line
of its own under it ('대법원 2025도18342', '한길지방법원 2025타경30518'). The number closes
the report as a byline does: a short line with no sentence end under it, over prose, is the
next report's headline, never a subhead of the one above.

A digest prints the case the other way, under each ruling's headline: the court, the date
and the number ('대법원 2026. 11. 19. 선고 2025다58213 판결'). That line marks the lines over
it, in its block, as the next ruling's head (and its deck), wherever the text above ends.

A report may cite the ruling in brackets on a line of its own between its paragraphs
('(대법원 2024다218845)', '(대법원 2026. 12. 17. 선고 2026다21784 판결)'): a short line alone,
but the court's citation, a line of the text, never a subhead.
"""

from __future__ import annotations

import re

from reader.ingest.ad_marks import SENTENCE
from reader.ingest.head import is_short_line
from reader.ingest.lines import Para
from reader.ingest.repair import CASE_NUMBER
from reader.ingest.units import is_plain

_CLOSED_BY_NUMBER = re.compile(rf"[.?!]['\"’”)]*+ \({CASE_NUMBER}\)$")
# The court's name and the number alone on a line.
_NUMBER_LINE = re.compile(rf"^[가-힣]{{2,12}} {CASE_NUMBER}$")
AFTER_CASE_NUMBER = (
    "a short head after a ruling's report closed by its case number ('… (2025구합61207)')"
)


def closed_by_case_number(text: str) -> bool:
    """Does a report's last line end in its case number, after a sentence or alone?"""
    if text[-1:] == ")":  # cheap test first: a search from every character is the cost
        return bool(_CLOSED_BY_NUMBER.search(text))
    return bool(_NUMBER_LINE.match(text))


def after_case_number(paras: list[Para], k: int) -> str | None:
    """Why paragraph k starts an item after a report closed by its case number, or None."""
    if k == 0 or k + 1 >= len(paras) or not closed_by_case_number(paras[k - 1].lines[-1].text):
        return None
    if paras[k].inner and not paras[k].gap:
        return None  # a deck's line under the headline: the head opens at its block's top
    head = paras[k].lines[0].text
    if not is_short_line(head) or not is_plain(head):
        return None
    # prose under it, in its block or the next, or under a deck's line
    below = [paras[k]] if len(paras[k].lines) > 1 else paras[k + 1 : k + 3]
    if len(below) == 2 and is_short_line(below[0].text):
        below = below[1:]
    return AFTER_CASE_NUMBER if SENTENCE.search(below[0].text) else None


# The court, the day it ruled and the case: '헌법재판소 2026. 11. 20. 선고 2024헌마771 결정'.
_COURT_LINE = re.compile(
    rf"^[가-힣]{{2,12}} \d{{4}}\. ?\d{{1,2}}\. ?\d{{1,2}}\.? 선고 {CASE_NUMBER} (?:판결|결정)$"
)
_HEAD_LINES = 3  # a ruling's headline and two deck lines at most over its court line
OVER_COURT_LINE = "a ruling's headline over its court, date and case line ('… 선고 … 판결')"


def court_line(text: str) -> bool:
    """'대법원 2026. 10. 29. 선고 2025다231847 판결': the court, the day and the case."""
    return "선고" in text and _COURT_LINE.match(text) is not None


def over_court_line(paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: it is a ruling's head, short lines over the line
    naming the court, the date and the case, in one block (however the blocks stage cut
    it), with the ruling's text under it."""
    if paras[k].inner and not paras[k].gap or not is_short_line(paras[k].lines[0].text):
        return None  # a deck's line under the headline: the head opens at its block's top
    lines = [line.text for line in paras[k].lines[: _HEAD_LINES + 2]]
    j = k + 1
    while len(lines) <= _HEAD_LINES + 1 and j < len(paras) and not paras[j].gap:
        lines += [line.text for line in paras[j].lines]
        j += 1
    return OVER_COURT_LINE if ruling_head(lines) else None


# A ruling's head led by a box's mark ('■ 청소년에 술 판 음식점 …'), as a digest marks each.
_MARKED_HEAD = re.compile(r"^[■□◆◇●] ?\S")


def ruling_head(lines: list[str]) -> int:
    """How many of lines, from the first, are a ruling's head: a short headline (and deck
    lines) over the court line, which closes it; 0 when they are not. A court line under
    it makes the lines a list of citations ('관련 판례' / '대법원 … 판결' / '대법원 … 판결'), in
    a column, not a ruling's report."""
    if not any("선고" in text for text in lines[1 : _HEAD_LINES + 1]):
        return 0  # cheap test first: most blocks hold no court's ruling
    head = lines[0]
    if not is_short_line(head) or not (is_plain(head) or _MARKED_HEAD.match(head)):
        return 0
    if court_line(head):
        return 0
    for i, text in enumerate(lines[1 : _HEAD_LINES + 1], 1):
        if court_line(text):
            cited = i + 1 < len(lines) and court_line(lines[i + 1])
            return 0 if cited else i + 1
        if not is_short_line(text):
            return 0
    return 0


# The court (perhaps the day it ruled) and the case in brackets, alone on a line.
_BRACKETED = re.compile(
    rf"^\((?:[가-힣]{{2,12}} )?(?:\d{{4}}\. ?\d{{1,2}}\. ?\d{{1,2}}\.? 선고 )?"
    rf"{CASE_NUMBER}(?: (?:판결|결정))?\)$"
)
BRACKETED_CASE = "article: a ruling's court and case number in brackets, a line of the text"


def bracketed_case(text: str) -> bool:
    """'(대법원 2024다218845)': the ruling cited in brackets on a line of its own."""
    return text[:1] == "(" and _BRACKETED.match(text) is not None
