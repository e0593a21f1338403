"""Lines of an article cut into units: a paragraph, or a line that starts with a marker.

Markers carry structure: `-`/`Q.` questions, `△`/`A.` answers, `▲` (question or
caption), bylines, photo credits, bracketed subheads. A question and its answer
printed on one line are cut apart here, before anything is joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.ingest.repair import Chunk, Vocabulary, join_lines, separator
from reader.ingest.segment import Line, Para

NAME = r"[가-힣]{2,4}"
ROLE = (
    r"(?:(?:선임|수석|전문|객원|수습|인턴|사진|영상|취재|온라인|디지털)\s?)?기자"
    r"|특파원|논설위원|편집위원|통신원|기상캐스터"
)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# 'X=홍길동 기자': X is a dateline (광주=) or what the reporter did (정리=, 글·사진=).
CREDIT_PREFIXES = frozenset(["정리", "대담", "진행", "취재", "글", "사진", "글·사진", "글·그림"])
_BYLINE = (
    rf"(?:(?P<dateline>[가-힣]{{2,6}}|글(?:·사진|·그림)?)\s*=\s*)?"
    rf"(?P<names>{NAME}(?:\s*[·,]\s*{NAME})*)\s*(?P<role>{ROLE})"
    rf"(?:\s*(?P<email>{EMAIL.pattern}))?"
)
BYLINE = re.compile(_BYLINE)
_GLUE = r"[\s\[\]/,·()]*"
_BYLINE_GLUE = re.compile(_GLUE)
# Anchored at both ends, this fails fast on prose, where BYLINE.finditer would try
# every position of a long paragraph.
_ONLY_BYLINES = re.compile(rf"{_GLUE}(?:{re.sub(r'[?]P<[a-z]+>', '?:', _BYLINE)}{_GLUE})+")
EMAIL_ONLY = re.compile(rf"^\(?{EMAIL.pattern}\)?$")

# "[광남일보 홍길동 기자] 본문" and "(광주=연합뉴스) 홍길동 기자 = 본문" open a lead.
LEAD_BYLINE = re.compile(
    rf"^(?:\[(?P<b1>[^\]]{{2,40}})\]"
    rf"|\((?P<dl>[가-힣]{{2,6}})=[^)]{{1,20}}\)\s*(?P<b2>{NAME}(?:\s*[·,]\s*{NAME})*\s*(?:{ROLE}))\s*=)\s*"
)

Q_MARK = re.compile(r"^(?:Q\s*[.:]\s*|Q\s+(?=\S)|문\s*[:.)]\s*)")
A_MARK = re.compile(r"^(?:△\s*|A\s*[.:]\s*|답\s*[:.)]\s*)")
# Papers print the interview dash as a hyphen or as a long dash (―, —, –).
DASH = re.compile(r"^[-―—–]\s*(?=[^\s\d\-―—–])")
TRI = re.compile(r"^▲\s*")
# A news agency's name alone on a line credits the photo above it, or the whole article.
AGENCY_LINE = re.compile(r"^/?\s*(?:연합뉴스|뉴시스|뉴스1|뉴스핌|AP|AFP|로이터|EPA|신화)$")
CREDIT = re.compile(rf"^(?:ⓒ|©|\(?사진\s*=|<사진|사진\s*제공)|{AGENCY_LINE.pattern}")
AGENCY_END = re.compile(r"/\s*[가-힣A-Za-z0-9]{2,12}(?:\s*제공)?\.?$|\(사진\s*=[^)]*\)$")
# A subhead's marker: '◇ 향후 계획', or the brackets of '[판결 요지]' (the ']' is cut in chunk()).
SUBHEAD = re.compile(r"^(?:\[\s*(?=[^\]]{1,30}\]$)|[◇◆■□●○▶▷]\s*(?=\S.{0,38}$))")
# An answer printed on the question's line: "...궁금하다. △ 쉽지 않은..."
INLINE_ANSWER = re.compile(r"(?<=[.?!’”\"'])\s+(?=△|A\s*[.:]\s)")


@dataclass
class Unit:
    kind: str  # text | q | a | dash | tri | caption | credit | subhead | byline
    lines: list[Line]
    marker: int = 0  # characters of the first line that are only a marker
    gap: int = 0

    def chunk(self, vocab: Vocabulary) -> Chunk:
        first = self.lines[0]
        if self.marker:
            text = first.text[self.marker :].lstrip()
            if self.kind == "subhead" and first.text.startswith("["):
                text = text[:-1].rstrip()
            c = Chunk(text, [(first.start, first.end)])
            for line in self.lines[1:]:
                c.add(Chunk.of(line), separator(c.text, line.text, vocab))
            return c
        return join_lines(self.lines, vocab)


def bylines_in(text: str) -> list[re.Match[str]] | None:
    """The byline matches that make up all of text, or None if text is not bylines."""
    if not _ONLY_BYLINES.fullmatch(text):
        return None
    matches = list(BYLINE.finditer(text))
    if not matches:
        return None
    pos = 0
    for m in matches:
        if not _BYLINE_GLUE.fullmatch(text, pos, m.start()):
            return None
        pos = m.end()
    return matches if _BYLINE_GLUE.fullmatch(text, pos) else None


def _lead_byline(m: re.Match[str]) -> bool:
    """Does a LEAD_BYLINE match hold bylines ('[홍길동 기자]', '[○○일보 홍길동 기자]')?"""
    inner = m["b1"] or m["b2"] or ""
    _, _, after_paper = inner.partition(" ")
    return bool(bylines_in(inner) or bylines_in(after_paper))


def _is_lead_byline(text: str) -> bool:
    """A lead's byline prefix alone: '(여수=연합뉴스) 홍길동 기자 =', '[○○일보 홍길동 기자]'."""
    m = LEAD_BYLINE.match(text)
    return bool(m and m.end() == len(text) and _lead_byline(m))


def _line_kind(text: str) -> tuple[str, int]:
    if bylines_in(text) or _is_lead_byline(text):
        return "byline", 0
    for kind, pat in (("q", Q_MARK), ("a", A_MARK), ("tri", TRI), ("dash", DASH)):
        if m := pat.match(text):
            return kind, m.end()
    if CREDIT.match(text):
        return "credit", 0
    if m := SUBHEAD.match(text):
        return "subhead", m.end()
    if AGENCY_END.search(text) and len(text) < 200 and "다." not in text[:-10]:
        return "caption", 0
    return "text", 0


def _split_line(line: Line) -> list[Line]:
    """Cut a lead byline prefix off, and an answer off its question's line."""
    out: list[Line] = []
    if m := LEAD_BYLINE.match(line.text):
        rest = line.text[m.end() :]
        if rest and _lead_byline(m):
            head = line.text[: m.end()].rstrip()
            out.append(Line(head, line.start))
            line = Line(rest, line.start + m.end())
    kind, _ = _line_kind(line.text)
    if kind in ("q", "dash", "tri"):
        pos = 0
        for m in INLINE_ANSWER.finditer(line.text):
            out.append(Line(line.text[pos : m.start()], line.start + pos))
            pos = m.end()
        out.append(Line(line.text[pos:], line.start + pos))
        return out
    out.append(line)
    return out


def to_units(paras: list[Para]) -> list[Unit]:
    units: list[Unit] = []
    for para in paras:
        lines = [piece for line in para.lines for piece in _split_line(line)]
        current: Unit | None = None
        for line in lines:
            kind, marker = _line_kind(line.text)
            if (
                current is not None
                and kind == "text"
                and current.kind not in ("byline", "subhead", "credit")
            ):
                current.lines.append(line)
                continue
            if current is not None and current.kind == "byline" and EMAIL_ONLY.match(line.text):
                current.lines.append(line)
                continue
            current = Unit(kind, [line], marker, para.gap if current is None else 0)
            units.append(current)
    return units
