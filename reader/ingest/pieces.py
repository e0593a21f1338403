"""An article's piece (a unit and its joined text), and what its text tells: short, a caption."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.ingest.head import SALUTATION, SHORT, is_caps, result_row
from reader.ingest.repair import SENTENCE_END, TERMINAL, Chunk
from reader.ingest.units import Unit
from reader.model import Text

# A part of the text numbered at its head: '1. 사실관계', '2. 판결 요지'.
NUMBERED_HEAD = re.compile(r"^(\d{1,2})\.\s+\S")  # its number in group 1
# A part or a point numbered in any of print's forms: '2. ', '2) ', '(2) ', '②', '나. ', '(나) '
# (a Roman numeral's part: part_numbers.part_head). A count or a year ('1인', '2027년') is none.
PART_NUMBER = re.compile(
    r"^(?:\(?(?:\d{1,2}|[가나다라마바사아자차카타파하])(?:\.\s|\)\s?)|[①-⑳]\s?)\s*\S"
)
CLASS_YEAR = re.compile(r"^(?:19|20)\d\d$")

CAPTION_MAX = 200  # characters: a caption is a sentence or two


@dataclass
class Piece:
    kind: str
    chunk: Chunk
    unit: Unit
    lifted: list[Piece] = field(default_factory=list)
    rule: str = ""  # set when a repair, not the unit, decided the kind

    @property
    def text(self) -> str:
        return self.chunk.text

    @property
    def why(self) -> str:
        return f"repair: {self.rule}" if self.rule else f"units: {self.unit.rule}"


def standing_title(piece: Piece) -> bool:
    """A piece alone in its item that titles the items under it: a short line without final
    punctuation, a marked one, or a title in capitals an old page closes with a stop
    ('CABLE NEWS.')."""
    if is_short(piece) or piece.kind == "subhead":
        return True
    lines = piece.unit.lines
    caps = piece.kind == "text" and all(is_caps(x.text) for x in lines)
    if caps and len(lines) == _TITLE_LINES and not TERMINAL.search(piece.text):
        return len(piece.text) <= SHORT  # a title wrapped to two lines ('NEWS GATHERED BY OUR')
    return caps and len(lines) == 1 and len(piece.text) <= SHORT and piece.text.endswith(".")


_TITLE_LINES = 2


def is_short(piece: Piece) -> bool:
    """A short line without final punctuation: a headline, deck or subhead (a table's row,
    with its cells apart, or a results row is none of them)."""
    return (
        piece.kind == "text"
        and len(piece.unit.lines) == 1
        and len(piece.text) <= SHORT
        and not piece.chunk.terminated
        and "\t" not in piece.text
        and not SALUTATION.match(piece.text)
        and not result_row(piece.text)
    )


def sentences(text: str) -> int:
    return len(SENTENCE_END.findall(text))


def caption_like(p: Piece, most: int = 1) -> bool:
    """One line of one sentence (or a phrase; most: of at most that many sentences): it
    may describe a photo."""
    return (
        p.kind == "text"
        and len(p.unit.lines) == 1
        and len(p.text) <= CAPTION_MAX
        and sentences(p.text) <= most
    )


def text_of(p: Piece) -> Text:
    return Text(p.text, list(p.chunk.spans))
