"""What layout analysis makes of a page: regions (articles, ads, bands) of paragraphs.

Plain picklable data: pages are analysed in worker processes, and assembly (which
needs the whole edition's vocabulary to join lines) runs after, in the caller.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader.pdf.blocks import Block
from reader.pdf.content import Box, Picture, union
from reader.pdf.lines import Line

# Type size tiers, relative to the page's body size.
HEADLINE = 1.35  # and larger: headlines (and subheadlines set near their size)
DECK = 1.08  # up to HEADLINE: decks, brief titles
SMALL = 0.93  # below: captions, credits, small print
# Set smaller than the body at all (a caption, a note, a listing, a chart's labels): by
# more than 3 %, as a size a producer rounds apart (9 pt and 8.8 pt) is the body's own.
SMALLER = 0.97


@dataclass(slots=True)
class Style:
    """The page's body text: the size and font most characters are set in."""

    size: float
    font: str
    # Its blocks of three lines or more: they show where the page's columns stand.
    columns: list[Block] = field(default_factory=list)
    # Its producer writes the space at a line end that broke between words (its columns
    # show it: paragraphs.shows_spaces).
    shown: bool = False

    def tier(self, block: Block) -> str:
        ratio = block.size / self.size if self.size else 1.0
        if ratio >= HEADLINE:
            return "headline"
        if ratio >= DECK:
            return "deck"
        if ratio < SMALL:
            return "small"
        return "body"

    def is_body(self, block: Block) -> bool:
        return self.tier(block) == "body" and block.font == self.font


@dataclass(slots=True)
class Para:
    """One paragraph of a region, as printed lines (assembly joins them)."""

    # headline sub deck body note set caption credit label byline photo row entry | text
    # heading (ads) | band masthead
    role: str
    lines: list[Line] = field(default_factory=list)
    cells: list[list[Line]] = field(default_factory=list)  # a table row's cells
    picture: Picture | None = None
    gap: int = 1  # blank lines before it (an ad's paragraphs)
    # How each line joins the next: "" or " " as geometry tells, None: by the vocabulary;
    # in lines set as printed, "" or " " glues a line to the one above, "\n" keeps it apart.
    joins: list[str | None] = field(default_factory=list)

    @property
    def box(self) -> Box:
        if self.picture is not None:
            return self.picture.box
        lines = self.lines or [x for cell in self.cells for x in cell]
        return union([x.box for x in lines])


@dataclass(slots=True)
class Region:
    kind: str  # article | ad | band | masthead
    paras: list[Para] = field(default_factory=list)
    box: Box | None = None  # a framed region's frame, which is its box as a reader sees it


@dataclass(slots=True)
class Atom:
    """What reading order arranges: a block, a photo with its caption, a frame."""

    kind: str  # block | photo | frame | table
    box: Box
    block: Block | None = None
    picture: Picture | None = None
    captions: list[Block] = field(default_factory=list)
    label: Block | None = None  # a photo's mark set over its corner (photomarks.py)
    inner: list[Atom] = field(default_factory=list)  # a frame's contents
    rules: list[Box] = field(default_factory=list)  # a frame's inner rules and cell edges
    rows: list[list[list[Line]]] = field(default_factory=list)  # a table's cells' lines


@dataclass(slots=True)
class PageLayout:
    number: int
    width: float
    height: float
    regions: list[Region] = field(default_factory=list)
    chars: str = ""  # every non-whitespace character the page holds
    bad_chars: int = 0
    warnings: list[str] = field(default_factory=list)  # one line each, for the edition
    right: PageLayout | None = None  # a spread's right page, read with this, its left one


def body_style(lines: list[Line]) -> Style:
    """The size and font most of the lines' characters are set in (a page's, a frame's)."""
    sizes: Counter[float] = Counter()
    fonts: Counter[str] = Counter()
    for x in lines:
        sizes[x.size] += x.chars
    if not sizes:
        return Style(10.0, "")
    size = sizes.most_common(1)[0][0]
    for x in lines:
        if x.size == size:
            fonts[x.font] += x.chars
    return Style(size, fonts.most_common(1)[0][0])
