"""The source text of PDF pages as it is written: each region's paragraphs placed in it
in reading order (one line a paragraph of running text, its printed lines joined; one
line a printed line of an ad or band; one line a table row, cells apart by tabs), and
the box of each printed line, so a leaf's spans give back the box it was printed in."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from reader.ingest.lines import Line as TextLine
from reader.ingest.repair import Vocabulary
from reader.model import Span
from reader.pdf.content import Box, union
from reader.pdf.parts import Para, Region
from reader.pdf.reflow import joined_text

REFLOW = frozenset({"headline", "sub", "deck", "body", "note", "quote", "caption", "credit"})


@dataclass
class Placed:
    """A paragraph put into the source: its lines there, and photo pictures."""

    para: Para
    lines: list[TextLine]


class SourceText:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.boxes: list[tuple[int, int, Box]] = []  # printed line -> its range in the source
        self._starts: list[int] = []

    def add(self, text: str) -> int:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start

    def box(self, spans: list[Span]) -> Box | None:
        """The box of the printed lines a leaf's spans cover (lines are added in order)."""
        found = []
        if len(self._starts) != len(self.boxes):
            self._starts = [b[0] for b in self.boxes]
        starts = self._starts
        for s, e in spans:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            while i < len(self.boxes) and self.boxes[i][0] < e:
                if self.boxes[i][1] > s:
                    found.append(self.boxes[i][2])
                i += 1
        return rounded(union(found)) if found else None


def rounded(b: Box) -> Box:
    return (round(b[0], 1), round(b[1], 1), round(b[2], 1), round(b[3], 1))


def place(region: Region, src: SourceText, vocab: Vocabulary) -> list[Placed]:
    out: list[Placed] = []
    sep = "\n\n" if src.pos and not src.parts[-1].endswith("\f") else ""
    for para in region.paras:
        if para.role == "photo":  # no text: it keeps its place in the reading order
            out.append(Placed(para, [TextLine("", src.pos + len(sep))]))
            continue
        src.add("\n" if sep and para.role == "row" and not para.gap else sep)
        sep = "\n\n"
        if para.role == "row":
            cells = [joined_text(cell, vocab) for cell in para.cells]
            pos = src.pos
            for cell_text, where in cells:
                src.boxes += [(pos + at, pos + at + len(x.text), x.box) for at, x in where]
                pos += len(cell_text) + 1
            row = "\t".join(t for t, _ in cells)
            out.append(Placed(para, [TextLine(row, src.add(row))]))
        # an ad's photo captions stay printed lines, as the rest of an ad's text does
        elif para.role in REFLOW and not (region.kind == "ad" and para.role == "caption"):
            display = para.role in ("headline", "sub", "deck")
            body = para.role == "body"
            text, where = joined_text(
                para.lines, vocab, para.joins, text_type=not display, hyphen_breaks=body
            )
            start = src.add(text)
            src.boxes += [(start + at, start + at + len(x.text), x.box) for at, x in where]
            parts, at = [], start
            for part in text.split("\n"):
                parts.append(TextLine(part, at))
                at += len(part) + 1
            out.append(Placed(para, parts))
        else:
            lines: list[TextLine] = []
            for k, x in enumerate(para.lines):
                # A printed line that continues the one above (a torn word, a byline).
                joined = para.joins[k - 1] if 0 < k <= len(para.joins) else None
                sep = "\n" if joined is None else joined
                start = src.add((sep if k else "") + x.text) + (len(sep) if k else 0)
                src.boxes.append((start, start + len(x.text), x.box))
                if sep != "\n":
                    lines[-1] = TextLine(lines[-1].text + sep + x.text, lines[-1].start)
                else:
                    lines.append(TextLine(x.text, start))
            out.append(Placed(para, lines))
    return out
