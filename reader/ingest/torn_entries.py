"""A box's entries set several to a line ('▲연안해운과장 도재훈 ▲섬정책팀장 임하진 ▲해양'), its
line torn inside the last entry by a justified column: the entry's rest opens the line
under it, bare of any mark ('안전과장 석나래'), and the cut reads that rest as the next item's
head. A line that holds two entries or more, ends bare and fills the box's measure (as
wide as its widest line of entries) carries its last entry on into the line under, when
that line opens on no mark and either goes on with the box's next entries ('연 ▲청년정책과장
…') or is the entry's short rest: a few words with no punctuation, no wider than half the
line, making the entry no longer than those beside it unless the line's last syllable
tears a word. A head under the box shows its punctuation or runs longer ('국회 윤리특위, 소위 구성
두 달째 공전'), and the box's last line, ending on a whole entry, rarely fills the measure."""

from __future__ import annotations

import re

from reader.ingest.justified import SLACK, cells
from reader.ingest.lexicon import torn_at_width
from reader.ingest.lines import Line, Para
from reader.ingest.listing import MARK
from reader.ingest.repair import Vocabulary
from reader.ingest.tight_columns import MARK as OPENS_ON_MARK

_ENTRIES = 2  # marks on a line: entries set several to a line
_REST_WORDS = 3  # an entry's rest: a role's end and a name
_REST_SHARE = 1 / 2  # of the torn line's width
_PUNCTUATION = re.compile(r"[,.·…:;!?“”‘’\"'()\[\]<>]")


def entry_measure(paras: list[Para]) -> int:
    """The widest line of entries set several to a line on the page, in cells (0: none)."""
    return max((cells(x) for p in paras for x in p.lines if entries_line(x)), default=0)


def entries_line(line: Line) -> bool:
    """Does the line open on an entry's mark and hold two entries or more?"""
    return line.text[:1] in MARK and sum(line.text.count(m) for m in MARK) >= _ENTRIES


def torn_entry(para: Para, nxt: Para, vocab: Vocabulary, measure: int) -> bool:
    """Does para's last line, a line of entries filling the box (measure: entry_measure),
    tear its last entry into nxt's first line?"""
    line, below = para.lines[-1], nxt.lines[0]
    if not entries_line(line) or vocab.line_end(line.end) != "" or cells(line) < measure - SLACK:
        return False
    if OPENS_ON_MARK.match(below.text) or below.text[:1] in MARK:
        return False  # the next entry, a label or a head's bracket opens the line under
    if any(m in below.text for m in MARK):
        return True  # the line under goes on with the box's entries
    return (
        len(below.text.split()) <= _REST_WORDS
        and cells(below) <= _REST_SHARE * cells(line)
        and not _PUNCTUATION.search(below.text)
        and (_rest_fits(line.text, below.text) or torn_at_width(line.text, below.text))
    )


def _rest_fits(text: str, rest: str) -> bool:
    """Joined to its rest (the torn word made one), is the line's last entry no longer, in
    words, than the whole entries before it ('▲안전' / '총괄과장 석다온' beside '▲재무과장
    도하람')? A line ending on a whole entry at the measure by chance ('▲안전과장 석다온')
    has a short head under it ('의회 파행') that would make the entry longer; an entry
    longer than the others ('▲사회조정관실 복지노' / '동정책관 엄지후') shows its tear by
    the syllable the line ends on (lexicon.torn_at_width)."""
    entries = [e.split() for e in re.split(f"[{MARK}]", text)[1:]]
    whole = max((len(e) for e in entries[:-1]), default=0)
    return len(entries[-1]) + len(rest.split()) - 1 <= max(whole, 2)
