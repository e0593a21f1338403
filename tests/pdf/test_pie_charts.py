"""A pie chart (charts.py): filled shapes of curves around one centre are a chart, its
legend and source line one caption; shapes that only overlap (a pictogram's cloud), a
row of glyph outlines, or a pie the size of an icon are none."""

from __future__ import annotations

from math import cos, radians, sin

from reader.pdf.blocks import Block
from reader.pdf.charts import charts
from reader.pdf.content import Box, Graphic
from reader.pdf.lines import Line

SHARES = (12.4, 30.1, 25.3, 32.2)


def _wedges(cx: float, cy: float, r: float) -> list[Box]:
    """Each wedge's box: the centre and its arc (degrees clockwise from the top)."""
    out, a = [], 0.0
    for share in SHARES:
        b = a + 3.6 * share
        pts = [(cx, cy)] + [
            (cx + r * sin(radians(t)), cy - r * cos(radians(t)))
            for t in [a + (b - a) * k / 16 for k in range(17)]
        ]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        out.append((min(xs), min(ys), max(xs), max(ys)))
        a = b
    return out


def _line(x: float, base: float, text: str, size: float = 6.5) -> Block:
    x1 = x + size * len(text)
    return Block(
        [Line(x, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Sans", text, x1, 9)]
    )


def _legend(x: float, top: float) -> list[Block]:
    rows = ("39세 이하 12.4", "40·50대 30.1", "60대 25.3", "70세 이상 32.2")
    title = [_line(x - 70, top - 8, "가구주 나이별 가구 비중", 8)]
    return title + [_line(x, top + 8 + 14 * k, t) for k, t in enumerate(rows)]


def _shapes(boxes: list[Box]) -> list[Graphic]:
    return [Graphic("shade", b, True) for b in boxes]


def test_a_pies_wedges_and_their_legend_are_one_figure() -> None:
    """Four wedges of a pie 62 points wide (each box has the centre for a corner or on an
    edge), its title over it, a legend beside it and its source under it: one figure,
    the legend's rows in its caption, the source its credit."""
    labels = _legend(180, 100) + [_line(110, 175, "자료=통계청(2025년)", 6)]
    (figure,), rest = charts(_shapes(_wedges(140, 130, 31)), labels, 9.0)
    assert rest == []
    assert [x.text for x in figure.captions[0].lines] == [
        "가구주 나이별 가구 비중",
        "39세 이하 12.4",
        "40·50대 30.1",
        "60대 25.3",
        "70세 이상 32.2",
    ]
    assert [x.text for x in figure.captions[1].lines] == ["자료=통계청(2025년)"]


def test_shapes_that_only_overlap_or_stand_in_a_row_are_no_pie() -> None:
    """Near misses, each beside the same legend: a cloud of three discs (their boxes
    overlap in no square), a row of a headline's glyph outlines, three curved shapes in a
    square one of which stops short of its centre (a drawing), and a pie 12 points wide
    (a weather box's pictogram) are no chart: the labels stay the story's."""
    labels = _legend(180, 100)
    cloud = [
        (110.0, 118.0, 146.0, 154.0),
        (130.0, 100.0, 174.0, 144.0),
        (154.0, 118.0, 186.0, 150.0),
    ]
    glyphs = [(100.0 + 30 * k, 100.0, 126.0 + 30 * k, 130.0) for k in range(5)]
    drawing = [
        (100.0, 100.0, 160.0, 128.0),
        (100.0, 130.0, 130.0, 160.0),
        (130.0, 130.0, 160.0, 160.0),
    ]
    for shapes in (cloud, glyphs, drawing, _wedges(140, 130, 6)):
        assert charts(_shapes(shapes), labels, 9.0) == ([], labels)


def test_pies_one_above_another_are_each_a_chart() -> None:
    """Two pies stacked in a column (last year's over this year's), and a grid of six (a
    poll's pies by region), each with its title and source: each pie a figure, its own
    labels its caption. Their wedges interleave left to right with the other pies'."""
    for centres in (
        [(140, 130), (140, 330)],
        [(140 + 200 * (k % 3), 130 + 200 * (k // 3)) for k in range(6)],
    ):
        shapes = [b for cx, cy in centres for b in _wedges(cx, cy, 31)]
        labels = [
            block
            for k, (cx, cy) in enumerate(centres)
            for block in (
                _line(cx - 30, cy - 40, f"{k + 1}번 지역", 7),
                _line(cx - 30, cy + 45, "자료=통계청", 6),
            )
        ]
        figures, rest = charts(_shapes(shapes), labels, 9.0)
        assert rest == []
        got = sorted([x.text for c in f.captions for x in c.lines] for f in figures)
        assert got == sorted([f"{k + 1}번 지역", "자료=통계청"] for k in range(len(centres)))


def test_a_page_of_seventeen_pies_reads_each() -> None:
    """A poll's pies for seventeen regions in a grid, each with its title and source: a
    figure each (at most eight were read; the rest's labels were the story's text)."""
    centres = [(140 + 200 * (k % 5), 130 + 200 * (k // 5)) for k in range(17)]
    shapes = [b for cx, cy in centres for b in _wedges(cx, cy, 31)]
    labels = [_line(cx - 30, cy + 45, "자료=통계청", 6) for cx, cy in centres]
    figures, rest = charts(_shapes(shapes), labels, 9.0)
    assert len(figures) == 17 and rest == []
