"""Made-up inputs for how building lines grows (pdf_rules_growth.py times them): quotes
set between rules across a gutter, the columns' text shortened beside each (round 10's
leftovers), and a row of ruled cells each between its own two rules."""

from __future__ import annotations

from collections.abc import Callable

from reader.pdf.content import Graphic, Run
from reader.pdf.lines import make_lines


def _run(x: float, base: float, text: str, size: float, width: float) -> Run:
    return Run(
        x, base - 0.88 * size, x + width, base + 0.12 * size, base, size, "S", text, x + width
    )


def quotes_across_gutters(n: int) -> Callable[[], object]:
    """n quotes down a long page, each between two rules across the gutter of two columns:
    two full lines over it, four shortened lines beside it on each side, two of its own."""
    runs: list[Run] = []
    rules: list[Graphic] = []
    for k in range(n):
        top = 90.0 * k
        for j in range(2):
            runs += [_run(x, top + 12.5 * j, "달내군 외곽 마을을", 9, 137) for x in (31, 182)]
        beside = [top + 25 + 12.5 * j for j in range(4)]
        for y in beside:
            runs += [_run(31, y, "을 주민들에게", 9, 80), _run(239, y, "시가 마을까지", 9, 80)]
        runs += [_run(118, beside[1], "“버스가 끊기면", 12, 77)]
        runs += [_run(118, beside[2], "마을도 끊깁니다”", 12, 88)]
        rules += [Graphic("hrule", (118, y - 4.3, 232, y - 2.8)) for y in (beside[0], beside[3])]
    return lambda: make_lines(runs, rules)


def ruled_cells(n: int) -> Callable[[], object]:
    """A row of n cells, each a figure between a rule over it and one under it of its
    own width (a box score's cells drawn one by one), four rows of them."""
    runs: list[Run] = []
    rules: list[Graphic] = []
    for row in range(4):
        base = 20.0 * row
        for k in range(n):
            x = 30.0 * k
            runs.append(_run(x + 4, base, "98", 7.5, 8))
            rules += [Graphic("hrule", (x, y, x + 28, y + 0.5)) for y in (base - 9, base + 4)]
    return lambda: make_lines(runs, rules)


LINE_SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "quotes between rules across a gutter": (quotes_across_gutters, 500),
    "cells each between its own rules": (ruled_cells, 500),
}
