"""How the PDF layout rules of rounds 6 to 10 grow: each rule alone on n and on 4n objects.

Run: python -m tests.bench.pdf_rules_growth. Prints figures; asserts nothing.

A chart's bars and labels, a cartoon's panels, a table without rules, display type on
photos, and the clips of a placed file's words (round 6); credits turned along photos,
footnote marks, leaders, pies, pictograms, notes, a page's own clipped and turned words
(round 7); credits of photos drawn one over another; a photo story's gathered captions, a
listings column's lines, donuts, line charts and maps (round 8); a block's line steps
(round 8's second pass); a fortune column's lines, blocks beside boxes, labels and balloons
on pictures (round 9); kickers on bands, a table's rows with empty cells, a board's
stones (round 10, pdf_block_shapes.py); quotes between rules, cells between rules
(pdf_line_shapes.py); title bars in framed boxes (round 13); round 15's columns read under
a later head, rows of photos, index labels, centred rows and sources under boxes
(pdf_round15_shapes.py): each
timed on made-up input of n and 4n objects (the least of a few runs, CPU time): linear
work takes about four times as long at 4n, quadratic sixteen.
Comparing two sizes of one shape in one run keeps the figure honest on a shared, noisy
machine. The figures' made-up inputs: pdf_figure_shapes.py; the pages read as files:
pdf_page_shapes.py. Figures: docs/pdf-ingest.md, "Growth" (rounds 6 and 7),
docs/pdf-test-corpus.md (rounds 8 to 10), docs/performance.md (round 15). Dense pages read
whole: pdf_dense_growth.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reader.pdf.blocks import Block
from reader.pdf.bodytype import unboxed
from reader.pdf.cartoons import strip_panels
from reader.pdf.content import Graphic, Picture, Run
from reader.pdf.gathered import gather_captions
from reader.pdf.gridless import gridless_table
from reader.pdf.lines import Line, make_lines
from reader.pdf.listings import listing_regions
from reader.pdf.notes import mark_notes
from reader.pdf.onphoto import heads_first
from reader.pdf.paragraphs import spaced_openings
from reader.pdf.parts import Atom, Para, Region, Style
from reader.pdf.pictograms import pictograms
from reader.pdf.turned import side_credits
from tests.bench.growth_table import print_growth
from tests.bench.pdf_block_shapes import BLOCK_SHAPES
from tests.bench.pdf_figure_shapes import (
    BODY,
    balloons_on_pictures,
    bars_apart,
    captions_beside_photos,
    donuts,
    labels_chained,
    labels_on_pictures,
    line_charts,
    map_grounds,
    mug_shots_beside_heads,
    pie_wedges,
    shapes_stacked,
)
from tests.bench.pdf_figure_shapes import line as _line
from tests.bench.pdf_line_shapes import LINE_SHAPES
from tests.bench.pdf_page_shapes import (
    clipped_words,
    page_clipped,
    page_past_edge,
    page_title_bars,
    page_turned,
)
from tests.bench.pdf_round15_shapes import ROUND15_SHAPES

RUNS = 3


def framed_cells(n: int) -> Callable[[], object]:
    """n framed cells in a grid, a digit in each (a calendar): no cartoon."""
    side = int(n**0.5) + 1
    boxes = [
        (10.0 + 20 * (k % side), 10.0 + 20 * (k // side), 28.0 + 20 * (k % side),
         28.0 + 20 * (k // side))
        for k in range(n)
    ]  # fmt: skip
    text = [Block([_line(b[0] + 2, b[1] + 9, "1", 6)]) for b in boxes]
    return lambda: strip_panels(boxes, [Graphic("frame", b) for b in boxes], text, BODY)


def table_rows(n: int) -> Callable[[], object]:
    """A quotation table of n rows and five columns in 7 pt."""
    cells = ((0, "서해조선"), (80, "48,350"), (160, "▲1,880"), (240, "+4.05%"), (320, "1,204"))
    blocks = [Block([_line(x, 100 + 9 * k, t) for k in range(n)]) for x, t in cells]
    return lambda: gridless_table(blocks, BODY)


def table_columns(n: int) -> Callable[[], object]:
    """Ten rows of n cells each in 2 pt (a row's cells compared with the row above's)."""
    blocks = [
        Block([_line(4.0 * c, 100 + 3 * k, "1", 2.0, 2.0) for k in range(10)]) for c in range(n)
    ]
    return lambda: gridless_table(blocks, BODY)


def photos_headed(n: int) -> Callable[[], object]:
    """n photos, each with a headline on it and its text under it."""
    atoms = []
    for k in range(n):
        photo = Atom("photo", (30.0, 100.0 * k, 400.0, 100.0 * k + 60))
        photo.picture = Picture(photo.box, 360, 240, "jpg")
        for top, size in ((100.0 * k + 20, 26.0), (100.0 * k + 70, BODY)):
            line = _line(40.0, top + 0.88 * size, "제목", size)
            atoms.append(Atom("block", line.box, block=Block([line])))
        atoms.insert(-2, photo)
    return lambda: heads_first(atoms, BODY)


def credits_turned(n: int) -> Callable[[], object]:
    """n photos in a grid, each with a credit turned along its right side."""
    boxes = [(200.0 * (k % 20), 150.0 * (k // 20), 200.0 * (k % 20) + 180, 150.0 * (k // 20) + 120)
             for k in range(n)]  # fmt: skip
    down = [Block([Line(b[2] + 1, b[1] + 20, b[2] + 7, b[1] + 60, b[1] + 60, 6.0, "Sans",
                        "사진=문하람 기자", b[2] + 7, 9)]) for b in boxes]  # fmt: skip
    return lambda: side_credits(boxes, down, BODY)


def _run(x: float, base: float, text: str, size: float, width: float) -> Run:
    return Run(
        x, base - 0.88 * size, x + width, base + 0.12 * size, base, size, "S", text, x + width
    )


def marks_raised(n: int) -> Callable[[], object]:
    """n lines of text, each with a footnote's mark raised after it."""
    runs = []
    for k in range(n):
        base = 12.0 * k
        runs += [_run(0, base, "늘었다.", 9, 40), _run(40, base - 3.2, "1)", 5.4, 5)]
    return lambda: make_lines(runs, [])


def marks_wobbling(n: int) -> Callable[[], object]:
    """n one-glyph runs on one line, every other one a hundredth of a point lower (a
    producer placing glyphs one by one): each short, none a mark."""
    runs = [_run(12.0 * k, 100 + 0.01 * (k % 2), "가", 9, 9) for k in range(n)]
    return lambda: make_lines(runs, [])


def leaders_drawn(n: int) -> Callable[[], object]:
    """n index entries, each a title and its page number with a leader drawn between."""
    runs, rules = [], []
    for k in range(n):
        base = 12.0 * k
        runs += [_run(0, base, "▷ 새해 예산", 8, 70), _run(92, base, "3면", 8, 12)]
        rules.append(Graphic("hrule", (74.0, base - 0.6, 88.0, base + 0.6)))
    return lambda: make_lines(runs, rules)


def pictograms_set(n: int) -> Callable[[], object]:
    """n small pictures, each before a line of 7.5 pt type (a weather grid)."""
    pictures = [Picture((90.0 * (k % 9), 20.0 * (k // 9), 90.0 * (k % 9) + 12.8,
                         20.0 * (k // 9) + 12.8), 48, 48, "png") for k in range(n)]  # fmt: skip
    lines = [_line(p.box[2] + 2, p.box[3] - 3, "서울 -6/2", 7.5, 31) for p in pictures]
    return lambda: pictograms(pictures, lines)


def pictograms_in_a_row(n: int) -> Callable[[], object]:
    """n small pictures in one row, each before a cell of 7.5 pt type (a strip of icons)."""
    pictures = [Picture((20.0 * k, 100.0, 20.0 * k + 12.8, 112.8), 48, 48, "png")
                for k in range(n)]  # fmt: skip
    lines = [_line(p.box[2] + 2, 110, "-6/2", 7.5, 6) for p in pictures]
    return lambda: pictograms(pictures, lines)


def notes_marked(n: int) -> Callable[[], object]:
    """A story of n paragraphs each with a mark, and n notes in small type under them."""
    text = [Para("body", [_line(0, 12.0 * k, f"늘었다.{k % 99})", 9.0)]) for k in range(n)]
    notes = [Para("body", [_line(0, 9000 + 9.0 * k, f"{k % 99}) 주석", 7.0)]) for k in range(n)]

    def mark() -> object:
        paras = text + notes
        for p in notes:
            p.role = "body"
        mark_notes(paras, BODY)
        return paras

    return mark


def captions_gathered(n: int) -> Callable[[], object]:
    """A photo story of n photos and n numbered captions in small type before them."""
    numbered = [
        Para("body", [_line(0, 9.0 * k, f"{chr(0x2460 + k % 20)} 장면", 7.0)]) for k in range(n)
    ]
    photos = [Para("photo") for _ in range(n)]

    def gather() -> object:
        for p in numbered:
            p.role = "body"
        paras = numbered + photos
        gather_captions(paras, BODY)
        return paras

    return gather


def listing_lines(n: int) -> Callable[[], object]:
    """A listings column of n lines of run-on entries in two narrow columns, a '◇' head
    every tenth line, under its title and a '■' head."""
    lines = [
        _line(
            300 + 130 * (k % 2),
            9.0 * (k // 2),
            "◇ 달내군" if k % 10 == 0 else "▲과장 홍지환 ▲국장",
            7.0,
            120,
        )
        for k in range(n)
    ]
    head = [
        Para("headline", [_line(300, -30, "인사·부음", 11.0)]),
        Para("deck", [_line(300, -15, "■ 인사", 10.0)]),
    ]
    style = Style(BODY, "Serif")
    return lambda: listing_regions(
        [Region("article", head + [Para("body", [x]) for x in lines])], style
    )


def fortune_lines(n: int) -> Callable[[], object]:
    """A fortune column of n lines in two narrow columns: a sign's name over two lines of
    entries keyed by birth year, under its title."""
    texts = ("쥐띠", "48년생 반가운 소식이 온다. 60년생", "서두르지 마라.")
    lines = [
        _line(300 + 130 * (k % 2), 9.0 * (k // 2), texts[(k // 2) % 3], 7.0, 120) for k in range(n)
    ]
    head = [Para("headline", [_line(300, -30, "오늘의 운세", 11.0)])]
    style = Style(BODY, "Serif")
    return lambda: listing_regions(
        [Region("article", head + [Para("body", [x]) for x in lines])], style
    )


def boxes_beside_text(n: int) -> Callable[[], object]:
    """n framed boxes in a grid, a block of three lines in each, and n blocks outside."""
    blocks, frames = [], []
    side = math.isqrt(n)  # as many boxes across as down
    for k in range(n):
        x, y = 200.0 * (k % side), 60.0 * (k // side)
        frames.append(Graphic("frame", (x, y, x + 90, y + 50)))
        blocks.append(
            Block([_line(x + 5, y + 10 + 9 * j, "쥐띠 48년생", 7.0, 80) for j in range(3)])
        )
        blocks.append(
            Block([_line(x + 100, y + 10 + 9 * j, "달내 보건소", 9.0, 80) for j in range(3)])
        )
    return lambda: unboxed(blocks, frames)


def block_steps(n: int) -> Callable[[], object]:
    """A block of n lines, evenly stepped, every seventh a step wider."""
    base, lines = 0.0, []
    for k in range(n):
        base += 17.0 if k % 7 == 0 else 13.0
        lines.append(_line(40, base, "달내장터가 석 달 공사를 마치고", 9.0))
    return lambda: spaced_openings(lines)


def credits_stacked(n: int) -> Callable[[], object]:
    """n photos drawn one over another (portraits placed in one box), each with a credit
    turned along its right side."""
    boxes = [(200.0, 150.0, 380.0, 270.0)] * n
    down = [Block([Line(381, 170, 387, 210, 210, 6.0, "Sans", "사진=문하람 기자", 387, 9)])
            for _ in boxes]  # fmt: skip
    return lambda: side_credits(boxes, down, BODY)


SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = (
    {
        "chart: boxes from no common edge": (bars_apart, 2000),
        "chart: labels chained from the bars": (labels_chained, 400),
        "cartoon: framed cells": (framed_cells, 250),
        "table without rules: rows": (table_rows, 300),
        "table without rules: cells a row": (table_columns, 100),
        "photos with headlines on them": (photos_headed, 250),
        "clips: words under a 400-point clip": (clipped_words, 1000),
        "credits turned along photos": (credits_turned, 500),
        "footnote marks raised on lines": (marks_raised, 1000),
        "short runs on a wobbling baseline": (marks_wobbling, 500),
        "leaders between titles and numbers": (leaders_drawn, 1000),
        "pies: wedges and labels": (pie_wedges, 400),
        "pies: shapes one under another": (shapes_stacked, 1000),
        "pictograms before lines": (pictograms_set, 1000),
        "pictograms in one row": (pictograms_in_a_row, 500),
        "notes under a story": (notes_marked, 1000),
        "a photo story's gathered captions": (captions_gathered, 1000),
        "a listings column's lines": (listing_lines, 1000),
        "a fortune column's lines": (fortune_lines, 1000),
        "blocks beside boxes (the body type)": (boxes_beside_text, 1000),
        "maps: labels on pictures": (labels_on_pictures, 500),
        "a cartoon's balloons on pictures": (balloons_on_pictures, 500),
        "donuts round their totals": (donuts, 500),
        "line charts over their axes": (line_charts, 1000),
        "maps: roads over pictures": (map_grounds, 1000),
        "a page's boxes clipping their words": (page_clipped, 500),
        "words turned a quarter": (page_turned, 500),
        "lines run past the page's edge": (page_past_edge, 500),
        "credits on photos drawn one over another": (credits_stacked, 500),
        "title bars in framed boxes": (page_title_bars, 500),
        "a block's line steps": (block_steps, 1000),
        "mug shots beside their heads": (mug_shots_beside_heads, 1000),
        "captions beside their photos": (captions_beside_photos, 1000),
    }
    | BLOCK_SHAPES
    | LINE_SHAPES
    | ROUND15_SHAPES
)


def main() -> int:
    return print_growth(SHAPES, RUNS)


if __name__ == "__main__":
    raise SystemExit(main())
