"""What a page is made of once laid out: text runs, rules, frames, pictures, and the
truth the layout keeps about them (line breaks, boxes). Coordinates are points from
the page's top-left corner, as in the edition model; the writer flips them for PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.pdfgen.fonts import char_width, text_width
from tests.pdfgen.printed import Para, Src
from tests.pdfgen.wrap import wrap

Box = tuple[float, float, float, float]
ASCENT, DESCENT = 0.88, 0.12  # of the type size, for line boxes


@dataclass(slots=True)
class Run:
    """One printed line: text from x on baseline y, spread by `space` between glyphs."""

    text: str
    x: float
    y: float
    font: str
    size: float
    space: float = 0.0
    role: str = "body"
    item: int = -1
    column: int = 0
    src: list[Src] = field(default_factory=list)  # per glyph: (leaf path, offset) or None

    @property
    def width(self) -> float:
        return text_width(self.text, self.font, self.size) + self.space * (len(self.text) - 1)

    @property
    def box(self) -> Box:
        return (
            self.x,
            self.y - ASCENT * self.size,
            self.x + self.width,
            self.y + DESCENT * self.size,
        )

    def advances(self) -> list[float]:
        """x of every glyph, for producers that place glyphs one by one."""
        xs, x = [], self.x
        for ch in self.text:
            xs.append(x)
            x += char_width(ch, self.font) * self.size + self.space
        return xs


@dataclass(slots=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5


@dataclass(slots=True)
class Shade:
    box: Box
    gray: float | None = 0.92  # fill; None: a frame only
    frame: float = 0.0  # stroke width; 0: no frame


@dataclass(slots=True)
class Pic:
    box: Box
    data: bytes
    fmt: str  # "jpeg" | "png"
    pixels: tuple[int, int]
    item: int = -1
    caption: str | None = None  # the truth caption text printed with it


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A printed line ended inside a leaf: its text resumes at text[at] on the next line.

    `space`: the break fell between words (the leaf's text has a space there); False:
    a word was torn, and only a reader who knows the word can join it without a space.
    """

    item: int
    path: str
    at: int
    space: bool


@dataclass(slots=True)
class Ink:
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    shades: list[Shade] = field(default_factory=list)
    pics: list[Pic] = field(default_factory=list)
    breaks: list[LineBreak] = field(default_factory=list)

    def extend(self, other: Ink) -> None:
        self.runs += other.runs
        self.rules += other.rules
        self.shades += other.shades
        self.pics += other.pics
        self.breaks += other.breaks

    def box(self) -> Box:
        # An ad's box is its frame or shaded ground, as a reader sees it.
        boxes = [r.box for r in self.runs] + [p.box for p in self.pics]
        boxes += [s.box for s in self.shades]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


@dataclass(slots=True)
class Line:
    """A line of a paragraph before it is placed: offset from the column's left edge."""

    text: str
    dx: float
    space: float
    font: str
    size: float
    role: str
    src: list[Src]


def set_para(
    para: Para,
    item: int,
    font: str,
    size: float,
    width: float,
    *,
    indent: float = 0.0,
    justify: bool = True,
    align: str = "left",
    words: bool = False,
    forced: tuple[int, ...] = (),
) -> tuple[list[Line], list[LineBreak]]:
    """Wrap a paragraph to `width`; justified lines reach the right edge exactly."""
    slices = wrap(para.text, font, size, width, indent, words=words, forced=forced)
    lines: list[Line] = []
    breaks: list[LineBreak] = []
    first = True
    for k, sl in enumerate(slices):
        text = para.text[sl.start : sl.end]
        dx = indent if first else 0.0
        natural = text_width(text, font, size)
        room = width - dx - natural
        space = 0.0
        if justify and not sl.last and len(text) > 1:
            space = room / (len(text) - 1)
        elif align == "right":
            dx += room
        elif align == "center":
            dx += room / 2
        lines.append(Line(text, dx, space, font, size, para.role, para.src[sl.start : sl.end]))
        first = sl.last
        if not sl.last and k + 1 < len(slices):
            nxt = slices[k + 1].start
            src = para.src[nxt] if nxt < len(para.src) else None
            before = para.src[sl.end - 1]
            # Only a break inside one leaf is a join decision ('[홍길동 기자]' then the lead
            # on the next line is two leaves).
            if src is not None and before is not None and before[0] == src[0]:
                breaks.append(LineBreak(item, src[0], src[1], nxt > sl.end))
    return lines, breaks


def shift(ink: Ink, dy: float) -> None:
    """Move everything drawn down by dy (a part laid out at 0 finds its place later)."""
    for r in ink.runs:
        r.y += dy
    for rule in ink.rules:
        rule.y0 += dy
        rule.y1 += dy
    for s in ink.shades:
        s.box = (s.box[0], s.box[1] + dy, s.box[2], s.box[3] + dy)
    for p in ink.pics:
        p.box = (p.box[0], p.box[1] + dy, p.box[2], p.box[3] + dy)
