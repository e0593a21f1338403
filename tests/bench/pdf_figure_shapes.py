"""Made-up figures for the PDF rules' growth bench (pdf_rules_growth.py): a chart's bars
and labels, pies, donuts, line charts, maps (roads over pictures, labels on them), a
cartoon's balloons on pictures, columnists' mug shots beside their heads and captions
beside photos, each a shape of n objects, and the line of type they are labelled in."""

from __future__ import annotations

import math
from collections.abc import Callable

from reader.pdf.blocks import Block
from reader.pdf.cartoons import picture_balloons
from reader.pdf.charts import charts, maps, plotted, wedges
from reader.pdf.content import Graphic, Picture
from reader.pdf.labelled import labelled_grounds
from reader.pdf.lines import Line
from reader.pdf.mugshots import mug_shots
from reader.pdf.parts import Atom, Style
from reader.pdf.sidecaptions import side_captions

BODY = 9.0


def line(x: float, base: float, text: str, size: float = 7.0, width: float = 0.0) -> Line:
    x1 = x + (width or size * len(text))
    return Line(x, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Sans", text, x1, 1)


def bars_apart(n: int) -> Callable[[], object]:
    """n filled boxes, no two from one edge: each is compared with the others."""
    boxes = [
        Graphic("shade", (10.0 + 3 * k, 10.0 + 3 * k, 30.0 + 3 * k + k % 7, 17.0 + 3 * k))
        for k in range(n)
    ]
    return lambda: charts(boxes, [Block([line(0, 5, "라벨")])], BODY)


def labels_chained(n: int) -> Callable[[], object]:
    """Three bars, and n lines of small type over them, each near the next, listed from
    the farthest: the chart grows through them."""
    bars = [
        Graphic("shade", (100.0, 2000.0 + 10 * k, 130.0 + 10 * k, 2007.0 + 10 * k))
        for k in range(3)
    ]
    lines = [Block([line(100, 2000 - 8 * (n - k), "작은 글자 줄", 6.5)]) for k in range(n)]
    return lambda: charts(bars, lines, BODY)


def pie_wedges(n: int) -> Callable[[], object]:
    """n filled shapes of curves in rows of pies (four wedges each), a label beside each."""
    shapes, labels = [], []
    for k in range(n // 4):
        x, y = 100.0 * (k % 30), 100.0 * (k // 30)
        for dx, dy in ((0, 0), (30, 0), (0, 30), (30, 30)):
            shapes.append(Graphic("shade", (x + dx, y + dy, x + dx + 30, y + dy + 30), True))
        labels.append(Block([line(x + 61, y + 30, "12.4", 6.5)]))  # a share beside it
    return lambda: charts(shapes, labels, BODY)


def shapes_stacked(n: int) -> Callable[[], object]:
    """n filled shapes of curves one under another (a table's rounded rows), none a pie."""
    shapes = [Graphic("shade", (100.0, 12.0 * k, 300.0, 12.0 * k + 10), True) for k in range(n)]
    return lambda: charts(shapes, [Block([line(0, 5, "라벨")])], BODY)


def labels_on_pictures(n: int) -> Callable[[], object]:
    """n pictures in a grid, six labels of small type in two rows on each (weather maps)."""
    pictures, blocks = [], []
    side = math.isqrt(n)
    for k in range(n):
        x, y = 400.0 * (k % side), 300.0 * (k // side)
        pictures.append(Picture((x, y, x + 300, y + 200), 360, 240, "png", None))
        for j in range(6):
            blocks.append(
                Block([line(x + 20 + 90 * (j % 3), y + 40 + 80 * (j // 3), "서울 -6/2", 7.0, 60)])
            )
    return lambda: labelled_grounds(pictures, blocks, BODY)


def balloons_on_pictures(n: int) -> Callable[[], object]:
    """n pictures in a grid, a balloon with two lines of speech on each, and n frames
    beside them (ads)."""
    pictures, frames, blocks = [], [], []
    side = math.isqrt(n)
    for k in range(n):
        x, y = 600.0 * (k % side), 300.0 * (k // side)
        pictures.append(Picture((x, y, x + 300, y + 200), 360, 240, "jpg", None))
        frames += [(x + 20, y + 20, x + 140, y + 70), (x + 320, y, x + 560, y + 200)]
        blocks.append(
            Block([line(x + 30, y + 40 + 10 * j, "버스는 언제", 8.0, 80) for j in range(2)])
        )
    return lambda: picture_balloons(frames, pictures, blocks)


def donuts(n: int) -> Callable[[], object]:
    """n donuts in a grid, three wedges each stopping short of the centre, a total in each."""
    shapes, totals = [], []
    for k in range(n):
        x, y = 100.0 * (k % 50), 100.0 * (k // 50)
        shapes += [Graphic("shade", (x, y, x + 72, y + 22), True),
                   Graphic("shade", (x, y + 22, x + 30, y + 72), True),
                   Graphic("shade", (x + 30, y + 50, x + 72, y + 72), True)]  # fmt: skip
        totals.append(Block([line(x + 28, y + 38, "1,240명", 6.5)]))
    return lambda: wedges(shapes, totals, BODY)


def line_charts(n: int) -> Callable[[], object]:
    """n stroked lines in a grid, each over its axis rule."""
    graphics = []
    for k in range(n):
        x, y = 150.0 * (k % 40), 80.0 * (k // 40)
        graphics += [Graphic("stroke", (x, y, x + 120, y + 50)),
                     Graphic("hrule", (x - 5, y + 51, x + 125, y + 52))]  # fmt: skip
    return lambda: plotted(graphics, BODY)


def map_grounds(n: int) -> Callable[[], object]:
    """n pictures stacked in a column, a road across each."""
    pictures = [Picture((0.0, 200.0 * k, 300.0, 200.0 * k + 180), 300, 180, "png", None)
                for k in range(n)]  # fmt: skip
    roads = [Graphic("stroke", (0.0, 200.0 * k + 40, 290.0, 200.0 * k + 120)) for k in range(n)]
    return lambda: maps(roads, pictures, BODY)


def mug_shots_beside_heads(n: int) -> Callable[[], object]:
    """n small portraits, each with a name and role under it and a headline beside it,
    half in one row (their tops level), half down one column (their heads' sides level)."""
    photos, heads = [], []
    for k in range(n):
        x, y = (100.0 * k, 0.0) if k % 2 else (0.0, 200.0 + 100.0 * k)
        caption = Block([line(x, y + 70, "금나래", 7.5), line(x, y + 80, "논설위원", 7.5)])
        picture = Picture((x, y, x + 45, y + 60), 90, 120, "jpg", None)
        photos.append(Atom("photo", picture.box, picture=picture, captions=[caption]))
        heads.append(Block([line(x + 52, y + 20, "철새가 돌아오지 않는 들판", 18.0, 150)]))
    return lambda: mug_shots(photos, heads, Style(BODY, "Sans"))


def captions_beside_photos(n: int) -> Callable[[], object]:
    """n photos with no caption under them, each with a column of small type beside it
    flush with its foot, half in one row (tops level), half down one column."""
    photos, blocks = [], []
    for k in range(n):
        x, y = (300.0 * k, 0.0) if k % 2 else (0.0, 300.0 + 200.0 * k)
        picture = Picture((x, y, x + 200, y + 130), 400, 260, "jpg", None)
        photos.append(Atom("photo", picture.box, picture=picture))
        blocks.append(
            Block([line(x + 206, y + 110 + 9 * j, "옹기장 한정우씨가", 7.0, 60) for j in range(3)])
        )
    return lambda: side_captions(photos, blocks, Style(BODY, "Sans"))
