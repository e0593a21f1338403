"""Marked entries inside an article: lines that list things, not subheads or answers.

'◇NAME=내용' (thirteenth round), an info box's '▷주소: …' lines, and several '▲' or
'△NAME=…' entries printed on one line, cut into one piece each.
"""

from __future__ import annotations

import re

from reader.ingest.lines import Line
from reader.ingest.repair import TERMINAL

# '◇화순 억새꽃 축제=21~23일 …': an entry naming what it lists before '=', as '▲' entries do
# (a '◇' line without '=' is a subhead).
NAMED_ENTRY = re.compile(r"^[◇◆]\s*(?=[^=\s][^=]{0,20}=\s*\S)")
NAMED_ENTRY_RULE = "an entry '◇NAME=…', one a line, as '▲' starts one"
# '▷주소: 누리시 …', '▷전화: 061-…': an info box under a review, a label and a colon right
# after the mark (a '▷' line without one is a subhead); the key may be a number or two
# words ('▷ 101번: …', '▷ 순환 1·2번: …'), as a list of changes names each route or item.
INFO_ENTRY = re.compile(r"^[▷○]\s*(?=[가-힣A-Za-z0-9·]{1,8}(?:\s[가-힣A-Za-z0-9·]{1,6})?:\s*\S)")
INFO_ENTRY_RULE = "an info box's entry '▷LABEL: …', one a line"
# '△승리투수=NAME(1승) △세이브=NAME(1세)': what each entry names before '=' (an answer's
# '△' names nothing so).
TRI_NAMED = re.compile(r"^△\s*(?=[^△=\s.?!][^△=.?!]{0,10}=\s*\S)")
TRI_NAMED_RULE = "an entry '△NAME=…' (several may share a line), not an answer"
# '▲NAME씨 별세, NAME씨 부친상=16일 …': an obituary's entry (a death, a mourner's loss and
# where and when), never a photo's scene.
OBITUARY = re.compile(
    r"씨 별세|(?:부친|모친|빙부|빙모|시부|시모|조부|조모|장인|장모|부인|남편)상\s?="
)
OBITUARY_RULE = "an obituary's entry ('…씨 별세, …부친상=…'), not a caption"
ENTRY_MARKS = "◇◆▷○△"  # the first characters of every entry read here


def entry_kind(text: str) -> tuple[str, int, str] | None:
    """('dot', marker length, rule) for a marked entry of an article, or None."""
    first = text[:1]
    if first in "◇◆" and (m := NAMED_ENTRY.match(text)):
        return "dot", m.end(), NAMED_ENTRY_RULE
    if first in "▷○" and (m := INFO_ENTRY.match(text)):
        return "dot", m.end(), INFO_ENTRY_RULE
    if first == "△" and (m := TRI_NAMED.match(text)) and not text.endswith((".", "?", "!")):
        return "dot", m.end(), TRI_NAMED_RULE
    return None


_PIECES = {
    "▲": re.compile(r"▲[^▲]*[^\s▲]|▲"),  # one entry, the spaces after it left out
    "△": re.compile(r"△[^△]*[^\s△]|△"),
}
_ENTRY_MAX = 40  # characters of one of several entries on a line (a programme's part, its speaker)


def entry_run(line: Line) -> list[Line] | None:
    """'▲길이 11m ▲좌석 27석', '△승리=NAME △패전=NAME': several short entries on one line,
    none a sentence (specifications, names), one piece each; None for anything else."""
    pieces = _PIECES.get(line.text[:1])
    if pieces is None:
        return None
    found = list(pieces.finditer(line.text))
    if len(found) < 2 or any(len(m[0]) > _ENTRY_MAX or m[0][-1] in ".?!" for m in found):
        return None
    return [Line(m[0], line.start + m.start()) for m in found]


# A contact under a list: '문의 ○○센터 ☎ 031-…', 'Tel. …'.
_CONTACT = re.compile(r"^문의|☎|^(?:전화|Tel|TEL)\.?\s*:?\s*\d")  # not '전화(…) 접수', a wrap
AFTER_ENTRIES = "a plain line under a run of one-line entries: a note, not the last one's wrap"


# A source or a note under entries or rows ('자료=ORG', '출처: ORG', '※ …').
NOTE_LINE = re.compile(r"^(?:※|(?:자료|출처)\s*[:=])")
# A table's data source ('자료: 집터랩', '출처=통계청').
SOURCE_NOTE = r"(?:자료|출처)\s*[:=]"
# A table's note or source under its rows: '※ …', '자료: 한빛은행', '(단위: 원)'.
TABLE_NOTE = re.compile(rf"^(?:※|{SOURCE_NOTE}|\(단위)")


def table_line(text: str) -> bool:
    """A table's row (its cells apart by tabs) or the note or source under its rows: the
    box's own line, which closes it as a sentence closes a story."""
    return "\t" in text or TABLE_NOTE.match(text) is not None


def note_under_entries(entries: list[str], text: str) -> bool:
    """A sentence of its own or a contact line under two or more marked entries, each on
    one line and none a sentence (entries: the last two): a note under the list ('Register
    at the front desk.', '문의 ○○센터 ☎ …'), not the last entry's wrapped line. Entries
    that fit a line each do not wrap the last one."""
    if NOTE_LINE.match(text):
        return True  # a source or a note ('자료=ORG', '※ …') is no entry's wrapped line
    if any(TERMINAL.search(e) for e in entries):
        return False
    return bool(_CONTACT.search(text)) or text[:1].isupper() and bool(TERMINAL.search(text))
