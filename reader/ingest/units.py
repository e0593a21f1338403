"""Lines of an article cut into units: a paragraph, or a line that starts with a marker.

Markers carry structure: `-`/`Q.` questions, `△`/`A.` answers, `▲` (question or
caption), bylines, photo credits, bracketed subheads. A question and its answer
printed on one line are cut apart here, before anything is joined. A photo's
caption ends in its credit ('…있다./광주시 제공', '… /연합뉴스', '[사진=뉴시스]') or
has a credit line of its own under it ('ⓒ 홍길동', '사진=홍길동 기자').

Each unit keeps the rule that gave it its kind, for `broadsheet show --explain`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.ingest.brevities import DASH_RUN
from reader.ingest.byline_lines import (
    CREDIT_WORDS,
    EMAIL_ONLY,
    HOST,
    LEAD_BYLINE,
    WEB_BYLINE_RULE,
    WIRE_BYLINE,
    bylines_in,
    credit_bylines,
    holds_bylines,
    is_lead_byline,
    web_byline,
)
from reader.ingest.closings import EN_ROLE_WORD
from reader.ingest.credits import (
    BRACKET_CREDIT,
    COPYRIGHT,
    CREDIT,
    PHOTO_CREDIT,
    PHOTO_MARK,
    credit_suffix,
)
from reader.ingest.cross_refs import CROSS_REF_RULE, cross_ref
from reader.ingest.entries import (
    AFTER_ENTRIES,
    ENTRY_MARKS,
    entry_kind,
    entry_run,
    note_under_entries,
)
from reader.ingest.jump_lines import JUMP_RULE, jump_line
from reader.ingest.letters import EN_SIGNATURE
from reader.ingest.lines import Line, Para
from reader.ingest.repair import TERMINAL, Chunk, Vocabulary, join_lines
from reader.ingest.turns import (
    A_MARK,
    LABEL_ASKS,
    LABELLED,
    Q_MARK,
    SPEAKER,
    dash_answers,
    next_turn,
    who_asks,
)
from reader.ingest.unit_passes import after_units
from reader.ingest.wire_credits import WIRE_CREDIT, wire_credit

# Papers print the interview dash as a hyphen or as a long dash (―, —, –); a figure after a
# hyphen is a negative number, never after '―', which no number is printed with.
DASH = re.compile(r"^(?:―\s*(?=[^\s\-―—–])|[-—–]\s*(?=[^\s\d\-―—–]))")
TRI = re.compile(r"^▲\s*")
# A checklist's item in an article: '· 검침값을 사진으로 남겨 둔다'.
DOT = re.compile(r"^(?:[·•∙]\s*|\*\s+)(?=[^\s*])")  # '* ': a plain-text page's bullet
# A part of a serial column: its label in brackets, the range it covers after it
# ('<제1보>(1~36)', '‹제2보› (37~62)'): a subhead inside the column.
PART_LABEL = re.compile(r"^[<‹〈《][^<>‹›〈〉《》]{1,12}[>›〉》]\s?\(\d{1,4}\s?[~∼-]\s?\d{1,4}\)$")
# A subhead's marker: '◇ 향후 계획', '▽순위', or the brackets of '[판결 요지]', '【사실관계】'
# alone on its line (the closing bracket is cut in chunk()). A broadcast's transcript
# brackets who speaks ('【앵커】', '[기자]'): a turn's opening, no part's title.
_TURN = r"(?!\s*(?:앵커|기자|리포터|앵커\s?멘트|기자\s?멘트)\s*[\]】])"
SUBHEAD = re.compile(
    rf"^(?:\[{_TURN}\s*(?=[^\]]{{1,30}}\]$)|【{_TURN}(?=[^】=]{{1,20}}】$)"
    r"|[◇◆■□●○▶▷▽]\s*(?=\S.{0,38}$))"
)
# An answer printed on the question's line: "...궁금하다. △ 쉽지 않은..."
INLINE_ANSWER = re.compile(r"(?<=[.?!’”\"'])\s+(?=△|A\s*[.:]\s)")
# 'By HENRY L. MARSH.' under an English headline, 'By a Staff Correspondent.' at its end.
# 'By Dana Whitfield, Staff Writer': the writer's role after a comma, named by its last word.
_HOW_IT_CAME = (
    r".*\b(?:CABLE|WIRELESS|TELEGRAPH|TELEPHONE|RADIO|WIRE|PRESS|REQUEST|AUTHORITY|MAIL"
    r"|PERMISSION|COURTESY)\b"
)
EN_BYLINE = re.compile(
    # 'Answers by NAME, Title' under a Q&A: who did the work, as a 'WORD=NAME' credit says
    # 'BY TOM GREAVES.' in capitals too, never 'BY THE …' (a headline: 'BY THE RIVER'), and
    # only a name of two words or more that is no wire or method: 'BY CABLE.', 'BY ASSOCIATED
    # PRESS.', 'BY REQUEST.' say how a dispatch or a number came, and sign nothing.
    r"^(?:By|BY(?! (?:THE|A|AN|OUR|ORDER|WAY|LAW)\b)(?=\s+\S+\s+\S)(?!" + _HOW_IT_CAME + r")"
    r"|(?:Answers|Compiled|Edited|Written|Reported|Interview|Illustrations?|Drawings?)\s+by)"
    r"\s+(?P<name>(?:(?:a|an|the|our)\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:(?:and|&)\s+)?[A-Z][\w.'’-]*){0,5})"
    r"(?:,\s+(?P<role>(?:[A-Z][\w'’-]*\s+){0,3}(?:" + EN_ROLE_WORD + r"))"
    # or a comma alone, the role on the line under it ('By R. E. TOLLIVER,' / 'County
    # Agricultural Agent.'): _byline_goes_on
    r"|,)?$"
)
# The line under 'By NAME' that says what they are: 'Staff Writer', 'Special Correspondent',
# 'Special to the Courier' (a contributor, named by the paper they write for).
# An agency's initials may lead it: 'AP Science Writer', 'UPI Correspondent'.
EN_ROLE = re.compile(
    r"^(?:[A-Z]{2,5}\s+)?[A-Z][a-z]+(?:\s+(?:(?:of|to|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3}$"
)
_ROLE = EN_ROLE.pattern[1:-1]
_ROLE_CLOSED = re.compile(rf"^{_ROLE}(?:, {_ROLE})?\.$")
_LATIN_FIRST = re.compile(r"[A-Za-z]")


PART_RULE = "a part's label over the range it covers ('<제1보>(1~36)')"


@dataclass
class Unit:
    kind: str  # text | q | a | dash | tri | dot | caption | credit | subhead | byline | copyright
    # | jump | paragraph (a line that is a paragraph whatever is around it: cross_refs.py)
    lines: list[Line]
    marker: int = 0  # characters of the first line that are only a marker
    gap: int = 0
    rule: str = "plain text"  # what gave the unit its kind
    inner: bool = False  # after another unit of its paragraph (a line cut off at a marker)

    def chunk(self, vocab: Vocabulary) -> Chunk:
        first = self.lines[0]
        if self.marker:
            text = first.text[self.marker :].lstrip()
            if self.kind == "subhead" and first.text[:1] in "[【":
                text = text[:-1].rstrip()
            c = Chunk(text, [(first.start, first.end)])
            for line in self.lines[1:]:
                c.join(Chunk.of(line), vocab)
            return c
        return join_lines(self.lines, vocab)


def _credited_sentence(text: str) -> bool:
    """A sentence and the credit after it; a box's '▲ 주최 / 청림군' is an entry, no caption."""
    credit = credit_suffix(text)
    return credit is not None and bool(TERMINAL.search(text[: -len(credit)].rstrip()))


def line_kind(text: str, first: bool = True) -> tuple[str, int, str]:
    """(kind, marker length, rule) of a line; first: it opens its paragraph."""
    kind = _line_kind(text, True)
    if first or kind[0] not in ("q", "a", "dash"):
        return kind  # inside a paragraph only a marker may read otherwise ('A. Smith')
    return _line_kind(text, False)


# A glossary's entry: a mark, a term and its gloss after a colon set off by spaces, closed by
# its stop ('■ 양자점(퀀텀닷) : 지름 2~10㎚의 반도체 결정.'); a head holds no colon between its
# words, and a header's field ('■ 대담 : NAME 단장') no stop.
GLOSS = re.compile(r"^[■□◆◇●○]\s?(?=[^:：\s][^:：]{0,23} [:：] \S.*\.$)")
GLOSS_RULE = "a glossary's entry ('■ TERM : gloss'), a list's item, not a subhead"


@lru_cache(maxsize=8192)  # a page asks for most lines' kind three or four times
def _line_kind(text: str, first: bool) -> tuple[str, int, str]:
    if m := PHOTO_CREDIT.match(text):  # a photo's, a map's or a chart's
        return "credit", 0, f"credit line '{m['word']}='"
    if COPYRIGHT.match(text):
        return "copyright", 0, "copyright notice"
    if jump_line(text):
        return "jump", 0, JUMP_RULE
    if bylines_in(text):
        return "byline", 0, "reporter byline"
    if credit_bylines(text):
        return "byline", 0, "credit byline 'WORD=NAME TITLE'"
    if (web := web_byline(text)) and bylines_in(web["by"]):
        return "byline", 0, WEB_BYLINE_RULE
    if is_lead_byline(text):
        return "byline", 0, WIRE_BYLINE if text[-1] not in "=])】" else "byline before the lead"
    if wire_credit(text):
        return "byline", 0, WIRE_CREDIT
    # 'BY NAME.' in capitals closes on its stop; 'BY CREAMERY COMPANY' goes on a headline
    by = text.startswith("By ") or text.startswith("BY ") and text.endswith(".")
    if (by or " by " in text[:16]) and EN_BYLINE.match(text.rstrip(".")):
        return "byline", 0, "byline 'By …'"
    if text[0] in "—–―" and EN_SIGNATURE.match(text):
        return "byline", 0, "signature '— NAME'"
    if text[0] in "■진사" and HOST.match(text):
        return "byline", 0, "a broadcast's host '진행 : NAME ROLE'"
    if ">" in text[:9] and (m := SPEAKER.match(text)):
        return ("a" if m["mark"] == "◆" else "q"), m.end(), f"speaker {m['name']!r}>"
    if text[0] in ENTRY_MARKS and (entry := entry_kind(text)):
        return entry
    if (m := TRI.match(text)) and _credited_sentence(text):  # '▲ 사옥 전경. ⓒ 뉴스누리 자료사진'
        return "caption", m.end(), "a caption led by '▲', ending in its credit"
    if text[0] in "—–" and CREDIT.match(text):  # '—Photo by NAME.': a dashed credit, no item
        return "credit", 0, "credit line after a dash"
    for kind, pat in (("q", Q_MARK), ("a", A_MARK), ("tri", TRI), ("dash", DASH), ("dot", DOT)):
        if m := pat.match(text):
            # Inside an English paragraph 'A. Smith' is an initial, not an answer ('•' is a list).
            # 'A:' is never an initial: an interview's answer on the line under its question.
            initial = kind in ("q", "a", "dash") and not first and ":" not in text[: m.end()]
            if initial and _LATIN_FIRST.match(text[m.end() : m.end() + 1]):
                break
            return kind, m.end(), f"marker {text[: m.end()].strip()!r}"
    if CREDIT.match(text):
        return "credit", 0, f"credit line {text[:1]!r}"
    if BRACKET_CREDIT.match(text):
        return "caption", 0, "photo credit alone in brackets"
    if PHOTO_MARK.match(text):
        return "caption", 0, "a photo's mark before its caption ('〈寫眞〉', '<사진>')"
    if text[0] == "▶" and (m := LABELLED.match(text)):
        return "q", m.end(), LABEL_ASKS.format(m["role"])
    if text[0] in "<‹〈《" and PART_LABEL.match(text):
        return "subhead", 0, PART_RULE
    if m := GLOSS.match(text):
        return "dot", m.end(), GLOSS_RULE
    if text[0] in "▶▷" and cross_ref(text):
        return "paragraph", 0, CROSS_REF_RULE
    if m := SUBHEAD.match(text):
        return "subhead", m.end(), "bracketed subhead" if text[0] in "[【" else "marked subhead"
    if suffix := credit_suffix(text):
        return "caption", 0, f"credit suffix {suffix!r}"
    return "text", 0, "plain text"


CREDIT_CLOSES = "a caption closed by its credit ends at its line: the text under it is new"


def _credit_closed(unit: Unit) -> bool:
    """A caption whose line closes a sentence and then its credit ('… 기다리고 있다.
    /NAME 기자', '… 있다. 사진=ORG'): the photo's credit is the caption's last word, so the
    line under it, set tight, is the story's text again. A prose line ending in a slash and
    a name ('… 광주/전남') closes no sentence before it and runs on."""
    if unit.kind != "caption" or not unit.rule.startswith("credit suffix"):
        return False
    text = unit.lines[-1].text
    suffix = credit_suffix(text)
    if suffix is None:
        return False
    return text[: text.rfind(suffix)].rstrip()[-1:] in _STOP_BEFORE


_STOP_BEFORE = frozenset(".!?”\"’'")


def is_plain(text: str) -> bool:
    """A line with no marker, byline or credit: text that could be a headline or prose."""
    return line_kind(text)[0] == "text"


# The first characters of every marker, credit and notice `line_kind` knows (bylines aside;
# tests/ingest/test_unit_starts.py holds them to it).
_UNIT_STARTS = frozenset("[(<〈‹《【사BQ문△A답▲-―—–·•∙*ⓒ©/연뉴로E신저Cc◇◆■□●○▶▷▽진PI") | {
    word[0] for word in CREDIT_WORDS.split("|")
}


def opens_unit(text: str) -> bool:
    """Does a printed line inside a paragraph open a unit of its own, as `to_units` reads
    it (a marker, a byline, a credit line)? A credit suffix does not count: a wrapped
    line of prose may end in '광주/전남'. A letter that marks ('A.') may be an initial
    in a wrapped English line; a dash or a triangle never is ('-AX 실증밸리'). Most lines
    start with none of the markers."""
    first = text.lstrip()[:1]
    if first not in _UNIT_STARTS and not bylines_in(text):
        return False
    return line_kind(text, first=not first.isalpha())[0] not in ("text", "caption")


def _split_line(line: Line) -> list[Line]:
    """Cut a lead byline prefix off, and an answer off its question's line."""
    out: list[Line] = []
    if m := LEAD_BYLINE.match(line.text):
        rest = line.text[m.end() :]
        if rest and holds_bylines(m):
            head = line.text[: m.end()].rstrip()
            out.append(Line(head, line.start))
            line = Line(rest, line.start + m.end())
    kind, _, _ = line_kind(line.text)
    if kind in ("tri", "dot") and (entries := entry_run(line)):
        return out + entries
    if kind in ("q", "dash", "tri"):
        pos = 0
        for m in INLINE_ANSWER.finditer(line.text):
            out.append(Line(line.text[pos : m.start()], line.start + pos))
            pos = m.end()
        out.append(Line(line.text[pos:], line.start + pos))
        return out
    out.append(line)
    return out


def _byline_goes_on(byline: Unit, line: Line) -> bool:
    """An e-mail under a byline, or the role under an English 'By NAME' line; after 'By
    NAME,' its comma says the role follows, closed by a stop and perhaps with its place
    ('Dairy Specialist, State College.')."""
    if EMAIL_ONLY.match(line.text):
        return True
    first = byline.lines[0].text
    by = len(byline.lines) == 1 and first.startswith("By ") and EN_BYLINE.match(first)
    if not by or len(line.text) > 40:
        return False
    return bool(EN_ROLE.match(line.text) or first.endswith(",") and _ROLE_CLOSED.match(line.text))


def after_entries(units: list[Unit], text: str) -> bool:
    """A text line under two marked entries of one line each (units.py's view of
    entries.note_under_entries)."""
    if len(units) < 2 or units[-1].kind not in ("tri", "dot") or units[-2].kind != units[-1].kind:
        return False
    if len(units[-1].lines) != 1 or len(units[-2].lines) != 1:
        return False
    return note_under_entries([u.lines[0].text for u in units[-2:]], text)


def to_units(paras: list[Para]) -> list[Unit]:
    units: list[Unit] = []
    for para in paras:
        # A piece cut off at a marker opens a line of its own, like a paragraph's first.
        lines = [
            (piece, i == 0 or j > 0, run)
            for i, line in enumerate(para.lines)
            for pieces in (_split_line(line),)
            for run in (len(pieces) > 1 and all(TRI.match(x.text) for x in pieces),)
            for j, piece in enumerate(pieces)
        ]
        # Two or more '- ' lines in a paragraph are a list, each line an item ('- Nov. 26:
        # …'), never a wrapped line's dash.
        listed = len(para.lines) > 1 and sum(x.text[:2] == "- " for x in para.lines) >= 2
        current: Unit | None = None
        for line, first, run in lines:
            opens = first or listed and line.text.startswith("- ")
            kind, marker, rule = line_kind(line.text, opens)
            if kind == "byline" and para.cut == DASH_RUN and line is para.lines[0]:
                # '—Joe Sabo, fighting on Front street' opening a brief of a run: no signature
                kind, marker, rule = "dash", len(line.text) - len(line.text[1:].lstrip()), DASH_RUN
            if kind == "text" and (turn := next_turn(current, line.text)):
                kind, marker, rule = turn
            if kind == "tri" and run:
                rule = f"{rule}, one of several on its line"
            ends = ("byline", "subhead", "credit", "copyright")  # a text line after these is new
            if current is not None and kind == "text" and _credit_closed(current):
                current.rule = f"{current.rule}; {CREDIT_CLOSES}"
            elif current is not None and kind == "text" and current.kind not in ends:
                if not after_entries(units, line.text):
                    current.lines.append(line)
                    continue
                rule = AFTER_ENTRIES
            if current is not None and current.kind == "byline" and _byline_goes_on(current, line):
                current.lines.append(line)
                continue
            inner = current is not None
            current = Unit(kind, [line], marker, 0 if inner else para.gap, rule, inner)
            units.append(current)
    units = dash_answers(units)
    who_asks(units)
    return after_units(units, bylines_in)
