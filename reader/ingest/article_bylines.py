"""An article's bylines about its text: its dateline, its closing lines, a contribution's signer."""

from __future__ import annotations

import re

import msgspec

from reader.ingest.byline_lines import bylines_in
from reader.ingest.bylines import is_signature, signature
from reader.ingest.credits import AGENCY_LINE, PHOTO_CREDIT
from reader.ingest.head import column_parts
from reader.ingest.lines import Line
from reader.ingest.pieces import Piece, caption_like
from reader.ingest.repair import Vocabulary
from reader.ingest.units import Unit
from reader.ingest.writer_line import CONTRIBUTION, named_writer
from reader.model import Block, Byline

# 'LAKEPORT — ' or 'FENWICK, Ohio — ' before an English lead: where the story was written;
# papers set without a long dash print a hyphen between spaces ('MILLBROOK - ').
_EN_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][a-z.]+(?: [A-Z][a-z.]+)?)?"
    r"(?: ?[—–] ?| - )(?=[A-Z])"
)


def split_dateline(p: Piece, byline: Byline, vocab: Vocabulary) -> tuple[Piece, Byline] | None:
    """The lead without its dateline, and the 'By NAME' byline above it with the place."""
    first = p.unit.lines[0]
    m = _EN_DATELINE.match(first.text) if p.kind == "text" and p.unit.gap else None
    if m is None or byline.dateline or not byline.text.startswith("By "):
        return None
    rest = Line(first.text[m.end() :], first.start + m.end())
    unit = Unit("text", [rest, *p.unit.lines[1:]], 0, p.unit.gap, p.unit.rule)
    printed = first.text[: m.end()].rstrip()
    place = (printed, [(first.start, first.start + len(printed))])
    dated = msgspec.structs.replace(
        byline,
        dateline=m["place"],
        text=f"{byline.text} {place[0]}",
        spans=[*byline.spans, *place[1]],
    )
    return Piece("text", unit.chunk(vocab), unit), dated


DATELINE = "bylines: the English dateline 'PLACE —' before the lead is the byline's"


def _agency_credit(pieces: list[Piece], k: int) -> bool:
    """An agency's name closing the article (not crediting a photo just above it)."""
    p = pieces[k]
    return (
        p.kind == "credit"
        and bool(AGENCY_LINE.match(p.text))
        and (k == 0 or pieces[k - 1].kind not in ("caption", "tri", "credit"))
    )


def _photographer(pieces: list[Piece], k: int) -> bool:
    """'사진=홍길동 기자' closing the article: who took its photos, not a caption's credit."""
    p = pieces[k]
    if p.kind != "credit" or not PHOTO_CREDIT.match(p.text) or not bylines_in(p.text):
        return False
    above = pieces[k - 1] if k else None
    return above is None or (above.kind == "text" and not caption_like(above))


def closing(pieces: list[Piece], k: int) -> bool:
    return pieces[k].kind == "byline" or _agency_credit(pieces, k) or _photographer(pieces, k)


# '홍길동 누리대병원 교수(누리의학회 정책이사)': a title and a note in brackets, as papers
# sign a contribution; an interviewee's line names a title alone.
_NOTE_END = re.compile(r"\([^()]*[가-힣][^()]*\)$")
SIGNED_UNDER = "bylines: a person and a title under a contribution's headline sign the piece"
# A numbered column's headline ('[옛 시 한 수] (48) 제목'): a series one columnist writes, so
# the person named under it is its writer, not the one it is about.
_NUMBERED_COLUMN = re.compile(r"^[\[【][^\]】]{1,20}[\]】]\s*\(\d{1,4}\)")


def columnist(headline: str, line: str, footed: bool = False) -> bool:
    """A line ending in a note under a column's headline ('[NAME의 …] (34) 제목' over
    'NAME 한의사(○○한의원 원장)'): the columnist, whatever the title word. A student under
    a numbered column or a contribution writes it, unless a reporter signs its foot
    (footed): then the student is the one it is about."""
    if named_writer(headline, line):
        return True  # '서하준 칼럼니스트' under '[서하준의 골목경제] …'
    if CONTRIBUTION.match(headline) and is_signature(line, not footed):
        return True  # '누리도지사 NAME' under '[도지사 칼럼] …': its title first, as heads sign
    if _NUMBERED_COLUMN.match(headline) and is_signature(line, not footed):
        return True  # '[로스쿨 일기] (14) 제목' over 'NAME ○○대 2학년': the series' writer
    return column_parts(headline) is not None and bool(_NOTE_END.search(line))


def signed_under_headline(
    headline: str, p: Piece, blocks: list[Block], footed: bool = False
) -> Byline | None:
    """The line under the headline as the contribution's byline, when it ends in a note or
    the headline is tagged a contribution, and the piece is no interview (whose
    subheadline names the one it is with)."""
    if not (_NOTE_END.search(p.text) or CONTRIBUTION.match(headline)):
        if not (_NUMBERED_COLUMN.match(headline) or named_writer(headline, p.text)):
            return None
    if _QUOTED.match(headline) and p.unit.gap == 0:
        return None  # '“…”' over 'NAME 의원(○○동)' in one block: the speaker, not a writer
    if any(b.kind in ("question", "answer") for b in blocks):
        return None
    kept = _NUMBERED_COLUMN.match(headline) or CONTRIBUTION.match(headline)
    return signature(p.unit, p.chunk, bool(kept) and not footed)  # a student writes it


_QUOTED = re.compile(r"^[“\"][^“”\"]+[”\"]$")
