"""Listings: personnel announcements, obituaries, schedules and fortunes, not articles.

A listing is a run of entries under a heading. An entry is a line marked ▲ △ ▷ ○, or a
◇/◆ line longer than a label (several may share a line: '▲국장 홍길동 ▲과장 김철수'),
a time ('06:00 뉴스광장') or a birth year ('48년생 …', one after another on a line). A
short ◇/◆ line, a label in angle brackets ('<과장급 전보>') or a short line directly
above entries groups them: a subhead. A heading alone in its paragraph, decorated
('■ 부음', '[부음]') or a category with a name ('[인사] 한빛시', '[TV 하이라이트] 제목')
starts the next listing. Each listing is an item: its heading the headline, its entries
bullets. A schedule and a fortune column (entries keyed by times or birth years) are
read a channel or a sign at a time: each label over such entries heads an item of its
own, and the column's title above them is an item with a headline only. A heading
followed by prose is an article, even among listings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.ingest.ad import has_phone
from reader.ingest.byline_lines import bylines_in
from reader.ingest.calendar import EN_WEEKDAY, KO_DAY
from reader.ingest.entries import NOTE_LINE
from reader.ingest.head import COLUMN_MAX, KO_SENTENCE, column_parts, is_short_line
from reader.ingest.lines import Line, Para

MARK = "▲△▷○"
# the rule that ran a line of entries on into the line under, its last entry torn there
# (torn_entries.py)
TORN_ENTRY = (
    "torn entries: a line of entries filling its box tore its last entry into the line under"
)
LONG_MARK = "◇◆"  # a group's label when short, an entry when longer
# A time before a space, or an English schedule's dash ('6:00—Dinner music.'), after the
# weekday in an English one ('Monday 8:00 p.m. — Club net').
_DAY = rf"(?:{EN_WEEKDAY}\s+)?"
_TIME = rf"{_DAY}\d{{1,2}}:\d{{2}}(?:\s|\s?[—–])"
_ENTRY = re.compile(rf"^(?:[{MARK}]\s*|(?={_TIME})|(?=\d{{2}}년생\s))")
# An entry keyed by a time or a birth year: a schedule's or a fortune column's.
_KEYED = re.compile(rf"^(?:{_TIME}|\d{{2}}년생\s)")
GROUP = re.compile(r"^(?:[◇◆]\s*(?=\S.{0,29}$)|[<〈](?=[^<>〈〉]{1,20}[>〉]$))")
# Where a line holds several entries: before each marker, birth year or time after the
# first ('06:00 뉴스 07:30 아침마당'); a time right after a day is that entry's own
# ('▷ 22일(일) 09:00 누리-가람').
# (A run of spaces is tried from its first only: from each, a long run was quadratic.)
_INLINE = re.compile(
    rf"(?<!\s)\s+(?=[{MARK}{LONG_MARK}]|\d{{2}}년생\s)"
    rf"|(?<!일)(?<!일\))(?<!day)(?<!\s)\s+(?=\d{{1,2}}:\d{{2}}\s)"
)
DECORATION = re.compile(
    r"^(?:[■□●◆◇]\s*|\[(?=[^\[\]]{1,20}\]$)|【(?=[^【】]{1,20}】$)|[<〈](?=[^<>〈〉]{1,20}[>〉]$))"
)
DECORATED_END = re.compile(r"[\]】>〉]$")
# A category in brackets and a name: '[인사] 한빛시', '[TV 하이라이트] 바람의 집'.
_CATEGORY = re.compile(r"^\[[^\[\]]{1,20}\]\s*\S")
# A marked entry naming what it is about before '=': '▲홍길동씨 별세=…', '◇책 이름 = 지은이'.
NAMED = re.compile(rf"^[{MARK}{LONG_MARK}]\s*[^=.?!]{{1,40}}(?<!사진)=")
LABEL_MAX = 30  # characters of a heading or a group label
MIN_ENTRIES = 3
# A listing's title: a short name in brackets, alone or before whose listing it is
# ('[부고]', '[인사] 새봄농협', '[인사] ○○시 (3월 1일자)').
BRACKETED_TITLE = re.compile(r"^\[[^\[\]]{1,8}\](?: [^\[\]]{1,24})?$")
MIN_KEYED = 2


@dataclass
class ListingPiece:
    line: Line
    para: int  # index of its paragraph in the group
    first: bool  # opens its paragraph
    kind: str = "text"  # entry | sentence (a marked one) | group | label | byline | text
    inner: bool = False  # its paragraph was cut out of a block: not set apart by a blank line
    why: str = ""  # a rule of its own that gave the kind, for --explain


@dataclass
class Listing:
    heading: Line | None
    pieces: list[ListingPiece] = field(default_factory=list)
    why: str = ""  # a rule of its own that started it, for --explain

    @property
    def entries(self) -> int:
        return sum(p.kind == "entry" for p in self.pieces)

    def paras(self) -> list[Para]:
        """The listing's lines as paragraphs, for an item that holds no entries."""
        out: list[Para] = []
        lines = ([ListingPiece(self.heading, -1, True)] if self.heading else []) + self.pieces
        for p in lines:
            if p.first or not out:
                out.append(Para([p.line]))
            else:
                out[-1].lines.append(p.line)
        return out


def _cut(line: Line) -> list[Line]:
    """A line of several entries, one piece per entry (and the label before them)."""
    out: list[Line] = []
    pos = 0
    for m in _INLINE.finditer(line.text):
        if m.start() > pos:
            out.append(Line(line.text[pos : m.start()], line.start + pos))
        pos = m.end()
    out.append(Line(line.text[pos:], line.start + pos))
    return out


def sentence(text: str) -> bool:
    return bool(KO_SENTENCE.search(text)) or text.endswith("?")


def _kind(text: str) -> str:
    if bylines_in(text):
        return "byline"
    if m := _ENTRY.match(text):
        year_entry = not m.group()  # a time or a birth year: no marker
        if (year_entry and "년생" in text[:5]) or NAMED.match(text) or not sentence(text):
            return "entry"
        # '▲홍길동 지사는 5일 … 주재한다.': a 동정 entry, or a photo's caption in an article.
        return "sentence" if text[0] in "▲▷○" and not text.endswith("?") else "text"
    if NAMED.match(text):
        return "entry"
    if GROUP.match(text):
        return "group"
    if text[:1] in LONG_MARK:
        return "text" if sentence(text) else "entry"
    if len(text) <= LABEL_MAX and is_short_line(text):
        # a contact line ('문의 ○○국 031-…') closes the listing: never the next one's heading;
        # nor does a source or a note under the entries ('자료=ORG', '※ …') head any
        return "text" if has_phone(text) or NOTE_LINE.match(text) else "label"
    if _CATEGORY.match(text) and len(text) <= COLUMN_MAX and column_parts(text) is not None:
        return "label"
    return "text"


def entries_in(text: str) -> int:
    """How many entries a line holds ('▲국장 홍길동 ▲과장 김철수': two)."""
    return sum(_kind(piece.text) == "entry" for piece in _cut(Line(text, 0)))


def listed(text: str) -> bool:
    """A listing's entry or a label grouping entries ('<국장급 전보>', '◇과장')."""
    return is_entry(text) or bool(GROUP.match(text))


def keyed_entry(text: str) -> bool:
    """An entry keyed by a time ('06:00 뉴스광장') or a birth year ('48년생 …')."""
    return bool(_KEYED.match(text)) and is_entry(text)


# '3월 17일(화) 상임위원회 현장 방문': a calendar's day, its weekday in brackets.
DATED_ENTRY = re.compile(rf"^{KO_DAY}\s?\([월화수목금토일]\) ?[^\s\t]")


def is_entry(text: str) -> bool:
    """A listing's entry: '▲국장 홍길동', '06:00 뉴스광장', '48년생 …'."""
    if not text or not (text[0] in MARK or text[0] in LONG_MARK or text[0].isdigit()):
        if not (text[:1] in "MTWFS" and _KEYED.match(text)):
            return False  # every entry opens with a mark, a figure or a weekday and time
    return _kind(text) == "entry"


def named_listing(group: list[Para]) -> bool:
    """A title over entries that each name their subject before '=' ('이달의 행사' /
    '▷봄맞이 바자회=14일 오전 10시, … 문의 …'): a calendar or a notice board, whatever
    phones and addresses its entries give; an ad's points name nothing so."""
    lines = [line.text for para in group for line in para.lines]
    return len(lines) > MIN_ENTRIES and all(NAMED.match(t) for t in lines[1:])


def _pieces(group: list[Para]) -> list[ListingPiece]:
    out: list[ListingPiece] = []
    for pi, para in enumerate(group):
        for li, line in enumerate(para.lines):
            for ci, piece in enumerate(_cut(line)):
                first = li == 0 and ci == 0
                # a torn entry's rest opens the line under its line of entries: it goes on
                if ci == 0 and li > 0 and para.cut == TORN_ENTRY:
                    out.append(ListingPiece(piece, pi, first, "text", para.inner, TORN_ENTRY))
                    continue
                out.append(ListingPiece(piece, pi, first, _kind(piece.text), para.inner))
    return out


def _is_listing(pieces: list[ListingPiece]) -> bool:
    entries = sum(p.kind == "entry" for p in pieces)
    # Two entries keyed by time or birth year are a schedule or a fortune already.
    keyed = sum(p.kind == "entry" and keyed_entry(p.line.text) for p in pieces)
    prose = sum(p.kind == "text" and p.why != TORN_ENTRY for p in pieces)
    # An interview answers '▲' questions with '△' prose: not a listing.
    interview = any(p.kind == "text" and p.line.text[:1] in MARK for p in pieces)
    tabs = any("\t" in p.line.text for p in pieces)
    enough = entries >= MIN_ENTRIES or keyed >= MIN_KEYED
    return enough and 2 * prose <= entries and not interview and not tabs


def _keyed_group(pieces: list[ListingPiece], k: int) -> bool:
    """A label over entries keyed by time or birth year: a channel's or a sign's item."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return pieces[k].kind in ("label", "group") and nxt is not None and keyed_entry(nxt.line.text)


TITLE_OVER_CHANNEL = "listing: a title over a channel's label opens an item ('TV 편성표')"


def _over_channel(pieces: list[ListingPiece], k: int) -> bool:
    """A label opening its paragraph right over a channel's or a sign's label: the title
    of the schedule under it ('TV 편성표' / 'KBS1' / '06:00 …'), even after a listing."""
    return pieces[k].first and k + 1 < len(pieces) and _keyed_group(pieces, k + 1)


def _heading(pieces: list[ListingPiece], k: int) -> bool:
    """Does a label start a new listing (not group the entries right under it)?"""
    p = pieces[k]
    if _keyed_group(pieces, k):
        return True
    if p.kind != "label":
        return False
    if DECORATION.match(p.line.text) or _CATEGORY.match(p.line.text):
        return True
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if _over_channel(pieces, k):
        return True
    # Alone in its paragraph, set apart by a blank line (a line cut out of a block is not).
    return p.first and not p.inner and (nxt is None or nxt.first)


def _marked_line(p: ListingPiece) -> bool:
    return p.first and p.line.text[:1] in MARK + LONG_MARK and not p.line.text.endswith("?")


def _marked_under_heading(pieces: list[ListingPiece]) -> bool:
    """A heading ('[동정]', '학회 소식') over nothing but lines opened by one same marker,
    two or more, each a paragraph of its own ('◆홍길동 시장은 … 주재한다.', '▷… 학술대회=…'):
    a listing of entries, however few and whatever their sentences."""
    if len(pieces) < 3 or pieces[0].kind != "label" or not pieces[0].first:
        return False
    if BRACKETED_TITLE.match(pieces[0].line.text) and _entries_alike(pieces[1:]):
        for p in pieces[1:]:  # '[부고]' over '▲' lines in one paragraph: a bracketed name
            p.why = BRACKETED_ENTRIES  # titles them, however few and whatever phones they give
        return True
    marks = {p.line.text[0] for p in pieces[1:] if _marked_line(p)}
    return len(marks) == 1 and all(_marked_line(p) for p in pieces[1:])


BRACKETED_ENTRIES = "listing: an entry under a bracketed title ('[부고]' over '▲' lines)"


def _entries_alike(pieces: list[ListingPiece]) -> bool:
    """Entries all opened by one same short mark ('▲'), however they are set."""
    marks = {p.line.text[0] for p in pieces}
    return len(marks) == 1 and marks <= set(MARK) and all(p.kind == "entry" for p in pieces)


SECOND_TITLE = (
    "listing: an unmarked title after a blank line over entries of another marker, where"
    " the listing marks its groups"
)


def _second_title(pieces: list[ListingPiece], k: int, listing: Listing) -> bool:
    """'경조사' opening its paragraph over '◇' entries after '[인사]' entries marked '▲'
    and grouped under '<본부장>': a listing that marks its groups marks them all, and
    marks its entries alike, so a plain label set apart by a blank line over entries of
    another marker is the next listing's title."""
    p = pieces[k]
    if p.kind != "label" or not p.first or p.inner or k + 1 == len(pieces):
        return False
    marker = pieces[k + 1].line.text[:1]
    if pieces[k + 1].kind != "entry" or marker not in MARK + LONG_MARK:
        return False
    entries = [q.line.text[:1] for q in listing.pieces if q.kind == "entry"]
    grouped = any(q.kind == "group" and GROUP.match(q.line.text) for q in listing.pieces)
    return grouped and bool(entries) and marker not in entries


def _may_enter(lines: list[str]) -> int:
    """At least how many entries the lines could hold (cheap, before cutting them)."""
    text = "\n".join(lines)
    times = sum(1 for line in lines if line[:1].isdigit() and ":" in line[1:3])
    times += sum(1 for line in lines if line[:1] in "MTWFS" and _KEYED.match(line))
    return sum(map(text.count, MARK + LONG_MARK)) + text.count("년생") + times


def split_listing(group: list[Para]) -> list[Listing] | None:
    """The listings of a group, or None when the group is not a listing."""
    if _may_enter([line.text for p in group for line in p.lines]) < MIN_KEYED:
        return None  # too few entries, whatever the rest: not worth cutting into pieces
    pieces = _pieces(group)
    if not _is_listing(pieces) and not _marked_under_heading(pieces):
        return None
    for p in pieces:
        if p.kind == "sentence" or p.kind == "text" and _marked_line(p):
            p.kind = "entry"  # among a listing's entries, a marked sentence is one too
        elif p.kind == "text" and len(p.line.text) <= LABEL_MAX and has_phone(p.line.text):
            p.why = _CONTACT_CLOSES
    _bare_labels(pieces)
    out: list[Listing] = []
    for k, p in enumerate(pieces):
        keyed = _keyed_group(pieces, k)  # heads an item even right under a title
        # A group's ◇/◆ label opening the item heads it: '◆새로 나온 책' over its entries.
        first = p.kind == "label" or p.kind == "group" and p.line.text[:1] in LONG_MARK
        if k == 0 and first or _heading(pieces, k) and (keyed or out and out[-1].pieces):
            out.append(Listing(p.line, why=TITLE_OVER_CHANNEL if _over_channel(pieces, k) else ""))
            continue
        if out and _second_title(pieces, k, out[-1]):
            out.append(Listing(p.line, why=SECOND_TITLE))
            continue
        if not out:
            out.append(Listing(None))
        if p.kind == "label":
            p.kind = "group"  # a short line directly above entries groups them
        out[-1].pieces.append(p)
    return out


BARE_LABELS = "listing: '◇' lines none of which has entries under it are entries themselves"


def _bare_labels(pieces: list[ListingPiece]) -> None:
    """'◇본회의(오후 2시) 대정부질문' / '◇법사위(오전 10시) 소위': '◇' lines that group
    nothing (none stands over an entry of another mark) are a schedule's entries."""
    groups = [k for k, p in enumerate(pieces) if p.kind == "group" and p.line.text[0] in "◇◆"]
    for k in groups:
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if nxt is not None and nxt.kind == "entry" and nxt.line.text[:1] not in LONG_MARK:
            return  # a label over '▲' entries: the '◇' lines are group labels
    for k in groups:
        pieces[k].kind, pieces[k].why = "entry", BARE_LABELS


_CONTACT_CLOSES = "listing: a contact line ('문의 … 031-…') closes the listing, never a heading"
