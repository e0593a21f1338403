"""A head set at a justified column's measure by chance, where a story may open. A page set
tight in justified columns runs on every line that fills a measure (tight_columns.py); a
headline or a deck as wide as the column ran on into its lead ('솔빛면 저수지 둘레길 새로
연다' / '솔빛면 저수지를 한 바퀴 도는 둘'). Where a story may open (the page's first two
lines, its folio's and the one under it, or under a sentence's end, a byline or its address
alone, or under a head line that stood alone and shows a head's mark: a deck goes on under
its headline) a line that shows a headline's punctuation (a topic's comma, clauses apart by '…', a
predicate's '다' the line under does not carry on: column_heads.head_marked) is a head. A
paragraph's first line opening a quotation it leaves open ('… 교수는 “활주로보다') is none:
a head closes what it quotes on its line, and its '다' ends a particle there. Nor is a
paragraph's first line that only looks marked: its '다' a particle's or a noun's ('지난해보다',
'해마다', '바다': no final consonant before it, column_heads.bare_predicate), its comma a
connective's ('다만, …'), not a topic's."""

from __future__ import annotations

import re

from reader.ingest.byline_lines import EMAIL, signs
from reader.ingest.column_heads import bare_predicate, head_marked
from reader.ingest.justified import closes
from reader.ingest.lines import Line

# A sentence's connective and its comma open a paragraph, never a head's topic.
_CONNECTIVE = re.compile(
    r"^(?:다만|또한|한편|특히|그러나|하지만|그리고|따라서|결국|물론|이에|반면|아울러|게다가|실제로|즉),\s"
)


def head_at_top(lines: list[Line], k: int, alone_above: bool = False) -> bool:
    """Is line k (not the page's last) a head standing where a story may open?
    alone_above: the line above stood alone (it did not run on into line k)."""
    line = lines[k]
    if not _story_top(lines, k, alone_above) or _opens_quote(line.text):
        return False
    return head_marked(_marks(line.text), lines[k + 1].text)


def _marks(text: str) -> str:
    """The line less what only looks like a head's mark: a connective's comma, a particle's
    or a noun's '다' (head_marked still reads whatever else the line shows)."""
    text = _CONNECTIVE.sub("", text)
    return text[:-1] if text.endswith("다") and not bare_predicate(text) else text


def _story_top(lines: list[Line], k: int, alone_above: bool) -> bool:
    if k <= 1:
        return True
    above = lines[k - 1]
    if closes(above) or signs(above.text) or EMAIL.fullmatch(above.text) is not None:
        return True
    # under a head line that stood alone and shows a head's mark: the head goes on (a deck)
    return alone_above and head_marked(above.text, lines[k].text)


def _opens_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
