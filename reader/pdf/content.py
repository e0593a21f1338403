"""What extraction reads off one PDF page: runs of glyphs, pictures, rules and frames.

Plain picklable data, so pages can be read in worker processes. Coordinates are
points from the page's top-left corner (y grows downwards), as in the edition file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(slots=True)
class Run:
    """Glyphs in one font and size on one baseline, next to each other."""

    x0: float
    top: float
    x1: float
    bottom: float
    base: float  # baseline
    size: float  # font size in points
    font: str  # base font name, without a subset prefix
    text: str  # spaces between words as printed (single spaces)
    word_end: float  # x where the first word ends: would it have fit on the line above?
    space_to: float = -1.0  # x where the file's space after the run ends (-1: none)
    word_gap: float = 0.0  # a word gap of its letter-spaced line, in points (0: not spaced)
    turned: bool = False  # set turned (turned.py): a line of its own


@dataclass(slots=True)
class Picture:
    box: Box
    width: int  # pixels
    height: int
    ext: str  # "jpg" for embedded JPEG data, else "png"
    data: bytes | None = None  # None when the caller did not ask for pictures


@dataclass(slots=True)
class Graphic:
    """A line or a rectangle drawn on the page."""

    kind: str  # "hrule" | "vrule" | "frame" (stroked rectangle) | "shade" (filled)
    # | "stroke" (an open stroked path: a chart's line, a map's road)
    box: Box
    outline: bool = False  # a filled path of more segments than a box's (a glyph, a curve)


@dataclass(slots=True)
class PageContent:
    number: int  # 1-based, in the edition
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    graphics: list[Graphic] = field(default_factory=list)
    chars: str = ""  # every non-whitespace character, in file order (for the lossless check)
    bad_chars: int = 0  # characters no font maps to a letter (control, private use, U+FFFD)
    hidden: float = 0.0  # the share of text objects drawn invisibly (an OCR layer's)
    warnings: list[str] = field(default_factory=list)  # one line each, for the edition


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    """Length of the overlap of [a0, a1] and [b0, b1] (0 when apart)."""
    return max(0.0, min(a1, b1) - max(a0, b0))


def union(boxes: list[Box]) -> Box:
    x0s, tops, x1s, bottoms = zip(*boxes, strict=True)  # one pass over the boxes, not four
    return (min(x0s), min(tops), max(x1s), max(bottoms))


def inside(inner: Box, outer: Box, slack: float = 1.0) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def corner_gaps(inner: Box, outer: Box) -> tuple[float, float]:
    """How far inner stands in from outer's nearer side and from its nearer end (top or
    foot): both small, it sits in a corner (a photo's mark, a cartoon's signature)."""
    side = min(inner[0] - outer[0], outer[2] - inner[2])
    end = min(inner[1] - outer[1], outer[3] - inner[3])
    return side, end
