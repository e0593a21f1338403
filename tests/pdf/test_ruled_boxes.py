"""Rules drawn in pieces, and boxes of four rules, as read from a page: a ruled table
stays rules, a box of four rules is a frame, boxes side by side are frames each."""

from __future__ import annotations

from reader.pdf.content import Box, Graphic
from reader.pdf.rules import joined_rules, ruled_boxes
from tests.pdf.handmade import drawn_page_pdf
from tests.pdf.page_one import page_one

PAGE_H = 792.0
# Chromium's border-collapse table of three columns and four rows (a header and three
# rows), its borders drawn cell by cell, 0.75 pt: each piece spans one cell's side.
COLS = (177.0, 221.25, 276.75, 306.0)
ROWS = (312.75, 342.0, 371.25, 400.5, 429.75)
CHROMIUM_TABLE = [
    *((x0, y, x1, y + 0.75) for y in ROWS for x0, x1 in zip(COLS, COLS[1:], strict=False)),
    *((x, y0, x + 0.75, y1) for x in COLS for y0, y1 in zip(ROWS, ROWS[1:], strict=False)),
]
# A word processor's table of two ads: each cell's border four lines of its own, the
# edge they share drawn twice, once by each.
TWO_CELLS = [
    (30.0, 500.0, 200.0, 500.8), (30.0, 700.0, 200.0, 700.8),
    (30.0, 500.0, 30.8, 700.8), (199.2, 500.0, 200.0, 700.8),
    (200.0, 500.0, 370.0, 500.8), (200.0, 700.0, 370.0, 700.8),
    (200.0, 500.0, 200.8, 700.8), (369.2, 500.0, 370.0, 700.8),
]  # fmt: skip


def _page(boxes: list[Box]) -> list[Graphic]:
    """The graphics read from a letter page that fills each box (top-down points) black."""
    ops = " ".join(
        f"{x0} {PAGE_H - y1} {x1 - x0} {y1 - y0} re f" for x0, y0, x1, y1 in boxes
    ).encode("ascii")
    pdf = drawn_page_pdf(ops, "0 0 612 792")
    return page_one(pdf).graphics


def _rounded(graphics: list[Graphic], kind: str) -> list[Box]:
    return sorted(
        (round(g.box[0], 1), round(g.box[1], 1), round(g.box[2], 1), round(g.box[3], 1))
        for g in graphics
        if g.kind == kind
    )


def test_a_table_ruled_cell_by_cell_stays_rules_and_framed_cells_side_by_side_are_two_frames() -> (
    None
):
    got = _page(CHROMIUM_TABLE + TWO_CELLS)
    # the table: no frame; its rules joined across it, five rows' and four columns'
    across = [(b[0], b[2]) for b in _rounded(got, "hrule") if b[1] < 450]
    down = [(b[1], b[3]) for b in _rounded(got, "vrule") if b[1] < 450]
    assert across == [(177.0, 306.0)] * 5
    assert down == [(312.8, 429.8)] * 4
    # the two cells: a frame each, parted at their shared edge
    assert _rounded(got, "frame") == [(30.0, 500.0, 199.6, 700.8), (200.4, 500.0, 370.0, 700.8)]


def test_one_framed_cell_is_one_frame() -> None:
    got = _page(TWO_CELLS[:4])
    assert _rounded(got, "frame") == [(30.0, 500.0, 200.0, 700.8)]
    assert _rounded(got, "hrule") == _rounded(got, "vrule") == []


def test_rule_pieces_either_side_of_a_rounding_step_are_one_rule() -> None:
    """Pieces at y 100.04, 100.06 and 100.04 lie on one line: 100.0 and 100.1 rounded."""
    pieces = [
        Graphic("hrule", (10.0, 100.04, 50.0, 100.84)),
        Graphic("hrule", (50.0, 100.06, 100.0, 100.86)),
        Graphic("hrule", (100.0, 100.04, 150.0, 100.84)),
    ]
    assert joined_rules(pieces) == [Graphic("hrule", (10.0, 100.04, 150.0, 100.84))]


def test_rule_pieces_end_to_end_join_and_others_stay_apart() -> None:
    pieces = [
        Graphic("hrule", (10.0, 50.0, 40.0, 50.8)),
        Graphic("hrule", (40.0, 50.0, 90.0, 50.8)),
        Graphic("hrule", (90.2, 50.0, 120.0, 50.8)),
        Graphic("hrule", (130.0, 50.0, 160.0, 50.8)),  # 10 pt on: a rule of its own
        Graphic("hrule", (10.0, 70.0, 40.0, 70.8)),  # another line
        Graphic("vrule", (10.0, 50.0, 10.8, 70.0)),
        Graphic("vrule", (10.0, 70.0, 10.8, 90.0)),
        Graphic("frame", (5.0, 45.0, 170.0, 95.0)),
    ]
    got = sorted((g.kind, g.box) for g in joined_rules(pieces))
    assert got == [
        ("frame", (5.0, 45.0, 170.0, 95.0)),
        ("hrule", (10.0, 50.0, 120.0, 50.8)),
        ("hrule", (10.0, 70.0, 40.0, 70.8)),
        ("hrule", (130.0, 50.0, 160.0, 50.8)),
        ("vrule", (10.0, 50.0, 10.8, 90.0)),
    ]


def test_a_box_of_four_rules_is_a_frame_and_the_table_in_it_stays_rules() -> None:
    """A word processor's framed cell: its border four rules meeting at the corners; the
    ruled table inside keeps its rules; rules that do not close a box stay rules."""
    outer = [
        Graphic("hrule", (32.2, 446.3, 376.0, 448.7)),
        Graphic("hrule", (32.2, 571.2, 376.0, 573.6)),
        Graphic("vrule", (32.8, 445.7, 35.2, 574.2)),
        Graphic("vrule", (373.0, 445.7, 375.4, 574.2)),
    ]
    table = [
        Graphic("hrule", (36.0, 488.2, 372.2, 489.4)),
        Graphic("hrule", (36.0, 541.9, 372.2, 543.1)),
        Graphic("vrule", (36.3, 487.9, 37.5, 543.4)),
        Graphic("vrule", (370.7, 487.9, 371.9, 543.4)),
    ]
    open_rules = [  # a rule under a story and a column rule that stops short of it
        Graphic("hrule", (30.0, 700.0, 300.0, 700.8)),
        Graphic("hrule", (30.0, 800.0, 300.0, 800.8)),
        Graphic("vrule", (30.0, 700.0, 30.8, 760.0)),
    ]
    got = ruled_boxes(outer + table + open_rules)
    assert [g for g in got if g.kind == "frame"] == [Graphic("frame", (32.2, 446.3, 376.0, 573.6))]
    assert sorted(g.box for g in got if g.kind != "frame") == sorted(
        g.box for g in table + open_rules
    )
    assert ruled_boxes(open_rules) == open_rules
    framed = [Graphic("frame", (20.0, 440.0, 390.0, 590.0)), *outer]
    assert ruled_boxes(framed) == framed  # inside a frame already: a table's outline
