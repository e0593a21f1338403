"""Figures drawn with strokes and rings (charts.py): a donut's wedges round a hole, a line
chart's one stroked path over its axis rule, a map's roads over its ground picture; and
an open stroked path read as a stroke, no frame (extract.py)."""

from __future__ import annotations

import math
from math import cos, radians, sin
from pathlib import Path

from reader.pdf.blocks import Block
from reader.pdf.charts import charts, maps, wedges
from reader.pdf.content import Box, Graphic, Picture
from reader.pdf.lines import Line
from tests.pdf.handmade import drawn_page_pdf
from tests.pdf.page_one import page_one

BODY = 9.0


def _line(x: float, top: float, text: str, size: float = 6.5) -> Block:
    x1 = x + size * len(text)
    base = top + 0.88 * size
    return Block([Line(x, top, x1, top + size, base, size, "Sans", text, x1, len(text))])


def _ring(cx: float, cy: float, r: float, hole: float) -> list[Graphic]:
    """A donut's three wedges (58, 31, 11 %): each the box of its outer and inner arcs."""
    out, a = [], 0.0
    for share in (58.2, 31.5, 10.3):
        b = a + 3.6 * share
        ts = [a + (b - a) * k / 16 for k in range(17)]
        pts = [
            (cx + rr * sin(radians(t)), cy - rr * cos(radians(t))) for rr in (r, hole) for t in ts
        ]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        out.append(Graphic("shade", (min(xs), min(ys), max(xs), max(ys)), True))
        a = b
    return out


def _texts(figure_captions: list[Block]) -> list[str]:
    return [x.text for c in figure_captions for x in c.lines]


def test_a_donuts_wedges_round_its_total_are_one_figure() -> None:
    """Three wedges that stop short of the centre (a hole of half the radius), the total
    set in the hole, the legend and source under it: one figure, and its wedges are no
    frames (a frame would have held the total as an ad)."""
    rings = _ring(100, 270, 36, 18)
    labels = [
        _line(60, 220, "주민 투표 찬반"),
        _line(88, 265, "응답자"),
        _line(84, 274, "1,240명"),
        _line(60, 316, "찬성 58.2"),
        _line(40, 330, "자료=선거관리위원회", 6),
    ]
    assert wedges(rings, labels, BODY) == {g.box for g in rings}
    (figure,), rest = charts(rings, labels, BODY)
    assert rest == []
    assert _texts(figure.captions) == [
        "주민 투표 찬반",
        "응답자",
        "1,240명",
        "찬성 58.2",
        "자료=선거관리위원회",
    ]


def test_shapes_round_a_hole_without_type_in_it_are_no_donut() -> None:
    """Near misses: the same ring with nothing in its hole (the total set beside it), and
    wedges of a ring too thin to reach half the radius in, stay shapes: no figure."""
    beside = [_line(20, 200, "응답자"), _line(20, 210, "1,240명")]
    thin = _ring(100, 270, 36, 30)
    hole = [_line(88, 265, "응답자")]
    for rings, labels in ((_ring(100, 270, 36, 18), beside), (thin, hole)):
        assert wedges(rings, labels, BODY) == set()
        assert charts(rings, labels, BODY) == ([], labels)


LINE: Box = (190.0, 210.0, 310.0, 268.0)  # the values' path
AXIS = Graphic("hrule", (180.0, 269.0, 320.0, 270.0))
PLOT = [
    _line(182, 178, "달내군 인구", 8),
    _line(184, 200, "29,412", 6),
    _line(298, 254, "26,388", 6),
    _line(187, 272, "2022", 6),
    _line(301, 272, "2026", 6),
    _line(182, 287, "자료=행정안전부", 6),
]


def test_a_stroked_line_over_its_axis_is_a_line_chart() -> None:
    """One open stroked path over a rule as wide as it: its title, values, years and
    source one figure; the story's byline under it stays the story's."""
    byline = _line(182, 300, "도새롬 기자 saerom@dallae.example", 8)
    (figure,), rest = charts([Graphic("stroke", LINE), AXIS], [*PLOT, byline], BODY)
    assert [x.text for b in rest for x in b.lines] == ["도새롬 기자 saerom@dallae.example"]
    assert _texts(figure.captions) == [
        "달내군 인구",
        "29,412",
        "26,388",
        "2022 2026",
        "자료=행정안전부",
    ]


def test_strokes_without_an_axis_are_no_line_chart() -> None:
    """Near misses: the same stroke with no rule under it (an ornament), over a rule half
    its width (a scale bar), and a closed frame over the axis: no figure."""
    short = Graphic("hrule", (180.0, 269.0, 250.0, 270.0))
    for graphics in (
        [Graphic("stroke", LINE)],
        [Graphic("stroke", LINE), short],
        [Graphic("frame", LINE), AXIS],
    ):
        assert charts(graphics, PLOT, BODY) == ([], PLOT)


GROUND = Picture((182.0, 143.0, 470.0, 319.0), 400, 240, "png", None)


def test_a_picture_with_roads_drawn_over_it_is_a_maps_ground() -> None:
    """A stroke running across a picture (a road), labels inside it, its title over it
    and its source under it: the picture no photo, its text one figure."""
    road = Graphic("stroke", (180.0, 204.0, 471.0, 275.0))
    labels = [
        _line(190, 123, "달내천 자전거길 새 구간", 8),
        _line(210, 151, "가람교"),
        _line(352, 230, "달내천"),
        _line(182, 325, "자료=달내군", 6),
    ]
    assert maps([road], [GROUND], BODY) == [GROUND]
    (figure,), rest = charts([road], labels, BODY, [GROUND.box])
    assert rest == []
    assert _texts(figure.captions) == ["달내천 자전거길 새 구간", "가람교", "달내천", "자료=달내군"]


def test_a_photo_with_a_short_stroke_or_a_stroke_beside_it_stays_a_photo() -> None:
    """Near misses: an arrow a tenth of the photo's width drawn on it, and a road beside
    the photo, not over it."""
    arrow = Graphic("stroke", (300.0, 200.0, 320.0, 210.0))
    beside = Graphic("stroke", (480.0, 150.0, 600.0, 300.0))
    for stroke in (arrow, beside):
        assert maps([stroke], [GROUND], BODY) == []


def test_a_picture_or_stroke_the_grid_cannot_place_is_asked_all_the_same() -> None:
    """A box run off to infinity (a form's matrix overflowing) has no grid cell: the
    stroke is asked of every picture, as a finite one would be, and nothing raises."""
    road = Graphic("stroke", (180.0, 204.0, 471.0, 275.0))
    endless = Picture((-math.inf, 200.0, 500.0, 300.0), 400, 240, "png", None)
    assert maps([road], [endless, GROUND], BODY) == [endless, GROUND]
    unending = Graphic("stroke", (180.0, 204.0, math.inf, 275.0))
    assert maps([unending], [GROUND], BODY) == []


def _drawn(path: bytes, tmp_path: Path) -> list[str]:
    content = b"1 w 0 0 0 RG " + path
    pdf = drawn_page_pdf(content, "0 0 595 842")
    path_ = tmp_path / "drawn.pdf"
    path_.write_bytes(pdf)
    return [g.kind for g in page_one(path_).graphics]


def test_an_open_stroked_path_is_a_stroke_and_a_closed_one_a_frame(tmp_path: Path) -> None:
    """A polyline through five points is a stroke; near misses: a stroked rectangle, the
    same four sides drawn back to their start without a close, and a closed triangle are
    frames."""
    assert _drawn(b"100 500 m 150 540 l 200 520 l 250 560 l 300 530 l S", tmp_path) == ["stroke"]
    assert _drawn(b"100 500 200 80 re S", tmp_path) == ["frame"]
    assert _drawn(b"100 500 m 300 500 l 300 580 l 100 580 l 100 500 l S", tmp_path) == ["frame"]
    assert _drawn(b"100 500 m 300 500 l 200 580 l h S", tmp_path) == ["frame"]


def test_three_sides_of_a_box_drawn_as_one_open_path_are_a_frame(tmp_path: Path) -> None:
    """A frame open at its foot, or at its right; near misses, strokes still: two sides
    (a chart's axes), a step line of four points (its middle ones between the corners),
    and a Z through four corners (its middle line runs across the box)."""
    assert _drawn(b"100 500 m 100 580 l 300 580 l 300 500 l S", tmp_path) == ["frame"]
    assert _drawn(b"300 580 m 100 580 l 100 500 l 300 500 l S", tmp_path) == ["frame"]
    assert _drawn(b"100 580 m 100 500 l 300 500 l S", tmp_path) == ["stroke"]
    assert _drawn(b"100 500 m 200 500 l 200 580 l 300 580 l S", tmp_path) == ["stroke"]
    assert _drawn(b"100 580 m 300 580 l 100 500 l 300 500 l S", tmp_path) == ["stroke"]


def _boxed_ad(tmp_path: Path, corners: list[tuple[float, float]]) -> list[str]:
    """The items of a page: a story, and beside it an ad in a box drawn as one stroked
    path through `corners` (top-down points)."""
    from reportlab.pdfgen.canvas import Canvas

    from reader.pdf import ingest_pdf
    from tests.pdf.paper import SANS, SERIF, register_fonts

    register_fonts()
    h = 500.0
    path_ = tmp_path / "ad.pdf"
    c = Canvas(str(path_), pagesize=(500, h))
    c.setFont(SERIF, 20)
    c.drawString(30, h - 50, "달내 장터 새 단장")
    c.setFont(SERIF, 9)
    story = ["달내장터가 석 달 공사를 마치고 새로", "문을 열었다. 지붕을 새로 얹고 바닥을",
             "고르게 다져 비가 와도 장을 볼 수", "있게 됐다."]  # fmt: skip
    for k, text in enumerate(story):
        c.drawString(30, h - 80 - 13 * k, text)
    box = c.beginPath()
    box.moveTo(corners[0][0], h - corners[0][1])
    for x, y in corners[1:]:
        box.lineTo(x, h - y)
    c.drawPath(box, stroke=1, fill=0)
    c.setFont(SANS, 16)
    c.drawString(262, h - 90, "달내 한우 직판장")
    c.setFont(SANS, 9)
    for k, text in enumerate(["설 선물세트 모두 20% 할인", "문의 054-123-4567"]):
        c.drawString(262, h - 115 - 13 * k, text)
    c.showPage()
    c.save()
    return [type(it).__name__ for it in ingest_pdf(path_).edition.pages[0].items]


def test_an_ad_in_a_box_open_at_one_side_is_an_ad(tmp_path: Path) -> None:
    """As it is in the box closed; a near miss: two sides of it (a corner's bracket)
    frame nothing, and the ad's lines read as a story."""
    closed = [(250, 60), (470, 60), (470, 180), (250, 180), (250, 60)]
    assert _boxed_ad(tmp_path, closed) == ["Article", "Ad"]
    open_foot = [(250, 180), (250, 60), (470, 60), (470, 180)]
    assert _boxed_ad(tmp_path, open_foot) == ["Article", "Ad"]
    bracket = [(250, 180), (250, 60), (470, 60)]
    assert _boxed_ad(tmp_path, bracket) == ["Article", "Article"]
