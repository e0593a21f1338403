"""Made-up inputs for how round 10's block rules grow (pdf_rules_growth.py times them):
kickers reversed on bands over their stories, a table without rules whose rows leave a cell
empty, and a board's numbered stones beside their commentary; and round 14's quotes pulled
between large quotation marks and figures in large type over their labels; and the
leftovers' key-points boxes between a story's deck and its text and ruled cells under
pictures."""

from __future__ import annotations

import math
from collections.abc import Callable

from reader.pdf.articles import article_regions
from reader.pdf.bignumbers import big_numbers
from reader.pdf.blocks import Block
from reader.pdf.boards import board_figures
from reader.pdf.captions import captioned_photos
from reader.pdf.content import Picture
from reader.pdf.gridless import gridless_table
from reader.pdf.parts import Atom, Para, Region, Style
from reader.pdf.sidebars import sidebars
from tests.bench.pdf_figure_shapes import BODY
from tests.bench.pdf_figure_shapes import line as _line


def kickers_on_bands(n: int) -> Callable[[], object]:
    """n stories in a grid, each a label on a band of its own over its headline and body."""
    atoms, bands = [], []
    side = math.isqrt(n)
    for k in range(n):
        x, y = 200.0 * (k % side), 80.0 * (k // side)
        bands.append((x - 2, y, x + 42, y + 13))
        for block in (
            Block([_line(x, y + 10, "이슈 분석", BODY, 40)]),
            Block([_line(x, y + 32, "전통시장 카드 수수료", 15.0, 150)]),
            Block([_line(x, y + 48, "상인들이 내는 카드 수수료가 높다.", BODY, 150)]),
        ):
            atoms.append(Atom("block", block.box, block=block))
    return lambda: article_regions(atoms, Style(BODY, "Serif"), (), bands)


def rows_with_empty_cells(n: int) -> Callable[[], object]:
    """A table without rules: three full rows of four cells, then n rows each leaving its
    second or third cell empty, by turns (so that they never line up among themselves)."""
    blocks = []
    for k in range(n + 3):
        cells = ["합계", "31", "12", "3"] if k < 3 else ["합계", "", "12", "3"]
        if k >= 3 and k % 2:
            cells = ["합계", "31", "", "3"]
        for j, cell in enumerate(cells):
            if cell:
                blocks.append(Block([_line(40 + 40 * j, 100 + 9 * k, cell, 7.0, 20)]))
    return lambda: gridless_table(blocks, BODY)


def stones_on_a_board(n: int) -> Callable[[], object]:
    """A board of 2 sqrt(n) + 2 ruled lines each way, n numbers on its crossings, a block
    a number, and n lines of commentary beside it."""
    side = 2 * math.isqrt(n) + 2
    rules: list[tuple[float, float, float, float]] = []
    for k in range(side):
        rules += [(0.0, 10.0 * k, 10.0 * (side - 1), 10.0 * k + 0.4),
                  (10.0 * k, 0.0, 10.0 * k + 0.4, 10.0 * (side - 1))]  # fmt: skip
    atoms = []
    for k in range(n):
        x, y = 10.0 * (2 * (k % (side // 2))), 10.0 * (2 * (k // (side // 2)))
        b = Block([_line(x - 2, y + 2, str(k % 9 + 1), 6.5, 4)])
        atoms.append(Atom("block", b.box, block=b))
        b = Block([_line(10.0 * side + 20, 12.0 * k, "흑1로 우하귀를 굳혔다.", 8.5, 90)])
        atoms.append(Atom("block", b.box, block=b))
    return lambda: board_figures(atoms, rules, BODY)


def quotes_between_marks(n: int) -> Callable[[], object]:
    """n stories in a grid, each a wide headline over a column of text, a quote opening
    with '“' and its closing '”' set alone and large under it, and text under both."""
    atoms = []
    side = math.isqrt(n)
    for k in range(n):
        x, y = 400.0 * (k % side), 120.0 * (k // side)
        for block in (
            Block([_line(x, y + 20, "주민 200명이 세운 마을 가게 1년", 22.0, 380)]),
            Block([_line(x, y + 40, "남은 돈은 경로당 난방비에 썼다.", BODY, 120)]),
            Block([_line(x, y + 60, "“마을 사람 모두가 주인", 12.5, 120)]),
            Block([_line(x + 110, y + 80, "”", 30.0, 10)]),
            Block([_line(x, y + 100, "가게라서 문을 닫을 수 없다고 했다.", BODY, 120)]),
        ):
            atoms.append(Atom("block", block.box, block=block))
    return lambda: article_regions(atoms, Style(BODY, "Serif"))


def figures_over_labels(n: int) -> Callable[[], object]:
    """n figures in large type, each over its label, four to a column, and n lines of
    text beside them."""
    blocks = []
    for k in range(n):
        x, y = 150.0 * (k // 4), 40.0 * (k % 4) + 400.0 * (k // 400)
        blocks.append(Block([_line(x, y + 20, f"{100 + k % 97}만 명", 20.0, 60)]))
        blocks.append(Block([_line(x, y + 30, "한 해 관광객", 7.0, 40)]))
        blocks.append(Block([_line(x + 70, y + 20, "관광객이 늘었다.", BODY, 60)]))
    return lambda: big_numbers(blocks, BODY)


def boxes_under_decks(n: int) -> Callable[[], object]:
    """n stories in a grid, each read as its head alone, a shaded box under its deck and
    its text under the box (three items each), and n ads at the page's foot."""
    side = math.isqrt(n)

    def items() -> list[Region]:
        out = []
        for k in range(n):
            x, y = 200.0 * (k % side), 200.0 * (k // side)
            head = Para("headline", [_line(x, y, "청년 월세 지원 두 배로", 20.0, 180)])
            out.append(Region("article", [head]))
            box = Region("ad", [Para("text", [_line(x + 5, y + 30, "▶ 지원액: 20만원", 8.0, 80)])])
            box.box = (x, y + 26, x + 150, y + 60)
            out.append(box)
            out.append(
                Region("article", [Para("body", [_line(x, y + 66, "달내군이 올린다.", BODY, 150)])])
            )
        for k in range(n):
            foot = Region(
                "ad", [Para("text", [_line(200.0 * k, 1e5, "문의 055-940-7700", 8.0, 80)])]
            )
            foot.box = (200.0 * k, 1e5 - 4, 200.0 * k + 150, 1e5 + 20)
            out.append(foot)
        return out

    return lambda: sidebars(items(), BODY)


def cells_under_pictures(n: int) -> Callable[[], object]:
    """n pictures in a grid, each over a cell of a ruled table, its word in caption type:
    a rule across each row, a rule down each column (joined, as rules.py hands them on)."""
    side = math.isqrt(n)
    pictures, blocks, rules = [], [], []
    for k in range(n):
        x, y = 100.0 * (k % side), 80.0 * (k // side)
        pictures.append(Picture((x, y, x + 22, y + 22), 22, 22, "png", None))
        blocks.append(Block([_line(x + 4, y + 40, "서울", 7.5, 14)]))
    for r in range(side + 1):
        rules.append((-10.0, 80.0 * r + 30, 100.0 * side - 9.2, 80.0 * r + 30.8))
    for c in range(side + 1):
        rules.append((100.0 * c - 10, 0.0, 100.0 * c - 9.2, 80.0 * side))
    return lambda: captioned_photos(pictures, blocks, Style(BODY, "Serif"), rules)


BLOCK_SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "kickers reversed on bands": (kickers_on_bands, 1000),
    "a table's rows with empty cells": (rows_with_empty_cells, 1000),
    "stones on a board": (stones_on_a_board, 1000),
    "quotes between large marks": (quotes_between_marks, 1000),
    "figures over their labels": (figures_over_labels, 1000),
    "boxes between decks and texts": (boxes_under_decks, 250),
    "ruled cells under pictures": (cells_under_pictures, 1000),
}
