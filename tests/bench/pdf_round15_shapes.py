"""Made-up inputs for how round 15's page rules grow (pdf_rules_growth.py times them): a
story's column read under the next story's head (abovehead), a row of photos over a story's
text (photorow), an index strip's labels beside headless stories (indexstrip), a rate strip
of centred cells (centredrows) and boxes grown down to their source lines (framing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reader.pdf.abovehead import columns_above_heads
from reader.pdf.blocks import Block
from reader.pdf.centredrows import centred_table
from reader.pdf.framing import with_sources
from reader.pdf.indexstrip import index_strips
from reader.pdf.parts import Atom, Para, Region
from reader.pdf.photorow import photo_row_first
from tests.bench.pdf_figure_shapes import BODY
from tests.bench.pdf_figure_shapes import line as _line


@dataclass
class _Story:  # what columns_above_heads reads of articles.py's story
    heads: list[Block]
    flow: list[tuple[str, Atom | Block]] = field(default_factory=list)


def heads_under_columns(n: int) -> Callable[[], object]:
    """n stories side by side, each headed under a column of its own text set above its
    head (no earlier story beside it to take the column)."""

    def make() -> object:
        stories = []
        for k in range(n):
            x = 100.0 * k
            flow: list[tuple[str, Atom | Block]] = [
                ("body", Block([_line(x, 100 + 10 * j, "본문", BODY)])) for j in range(5)
            ]
            flow.append(("body", Block([_line(x, 400, "본문", BODY)])))
            stories.append(_Story([Block([_line(x, 300, "제목", 20.0)])], flow))
        return columns_above_heads(stories, BODY)

    return make


def photos_in_a_row(n: int) -> Callable[[], object]:
    """n photos side by side, their tops level, a block of text under each between them."""
    flow: list[tuple[str, Atom | Block]] = []
    for k in range(n):
        flow.append(("photo", Atom("photo", (100.0 * k, 0.0, 100.0 * k + 90, 60.0))))
        flow.append(("body", Block([_line(100.0 * k, 80, "본문", BODY)])))
    return lambda: photo_row_first(flow[:-1], BODY)


def labels_beside_stories(n: int) -> Callable[[], object]:
    """n shaded labels of one short line down the page's left, and n headless stories far
    right of them (none a label's cells)."""
    items = []
    for k in range(n):
        y = 50.0 * k
        label = Para("text", [_line(0, y + 9, "오늘의 기사", BODY)])
        items.append(Region("ad", [label], (0.0, y, 60.0, y + 12)))
        items.append(Region("article", [Para("body", [_line(300, y + 9, "본문입니다", BODY)])]))
    return lambda: [r.kind for r in index_strips(items, BODY)]


def centred_rows(n: int) -> Callable[[], object]:
    """A rate strip of n rows of four short centred cells."""
    blocks = [
        Block([_line(60.0 * c, 10.0 * r, "1,234", 7.0, 20) for r in range(n)]) for c in range(4)
    ]
    return lambda: centred_table(blocks)


def boxes_over_sources(n: int) -> Callable[[], object]:
    """n framed boxes in a grid, each with its source line set under it."""
    frames = [
        (100.0 * (k % 20), 80.0 * (k // 20), 100.0 * (k % 20) + 90, 80.0 * (k // 20) + 60)
        for k in range(n)
    ]
    blocks = [Block([_line(f[0] + 2, f[3] + 7, "자료=달내은행", 6.0)]) for f in frames]
    return lambda: with_sources(frames, blocks)


ROUND15_SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "a column read under the next head": (heads_under_columns, 100),
    "a row of photos over the text": (photos_in_a_row, 500),
    "index labels beside headless stories": (labels_beside_stories, 300),
    "a rate strip's centred rows": (centred_rows, 500),
    "boxes grown to their sources": (boxes_over_sources, 300),
}
