"""Text that runs top to bottom (vertical writing: one glyph under the other, in columns).
A page set so is told, as it is read across like any other: its order is then wrong. On
a page read across, a few columns of it side by side (a headline set down the side of
its story, as Korean papers do) are one run, read column by column from the right."""

from __future__ import annotations

from dataclasses import replace

from reader.pdf.blocks import Block
from reader.pdf.content import Run, union
from reader.pdf.lines import down_a_column
from reader.pdf.parts import Para, Region

_ALIGNED = 0.3  # font sizes: glyphs of one column start this close across
_STEP = (0.8, 1.8)  # font sizes from one glyph's top to the next one's down a column
_MOST = 0.5  # of the page's characters, stacked
_FEW = 8  # stacked glyphs: fewer is a label or an ornament, not a text
_COLUMN = 3  # glyphs down a column, at least, to read it as one
_SPACE = 1.15  # font sizes from one glyph's top to the next one's: wider, a space between
# font sizes from one glyph's top to the next one's in a column set with a word space of
# up to an em (a 20 pt head with a one-em space steps 2.0): wider, another column
_SPACED = 2.2
_BESIDE = 1.0  # font sizes between two columns of one vertical line group
_SOLID = 1.1  # font sizes from glyph to glyph inside a word set down a column


def runs_down(runs: list[Run]) -> bool:
    """Most of the page's characters stand alone in their run, each under another."""
    total = sum(len(r.text) - r.text.count(" ") for r in runs)
    stacked = 0
    for column in _columns([r for r in runs if len(r.text.strip()) == 1]):
        column.sort(key=lambda r: r.top)
        marked: set[int] = set()
        for n, (a, b) in enumerate(zip(column, column[1:], strict=False)):
            size = a.size
            if (
                abs(b.size - size) <= _ALIGNED * size
                and _STEP[0] * size <= b.top - a.top <= _STEP[1] * size
            ):
                marked.update((n, n + 1))
        stacked += len(marked)
    return stacked >= _FEW and stacked >= _MOST * total


def _columns(singles: list[Run]) -> list[list[Run]]:
    """The glyphs in columns: by x0, a new column where x0 moves more than _ALIGNED sizes
    from the column's first (layout software that centres each glyph jitters x0)."""
    columns: list[list[Run]] = []
    for run in sorted(singles, key=lambda r: r.x0):
        if columns and run.x0 - columns[-1][0].x0 <= _ALIGNED * columns[-1][0].size:
            columns[-1].append(run)
        else:
            columns.append([run])
    return columns


def stood_up(runs: list[Run]) -> list[Run]:
    """The runs, with each group of vertical columns side by side made one run: its
    columns right to left, a space where a column ends or a glyph stands a space below
    the one above, its box theirs. A run taller than its size tells it (lines.py keeps
    it apart)."""
    singles = [r for r in runs if len(r.text.strip()) == 1]
    columns: list[list[Run]] = []
    for column in _columns(singles):
        column.sort(key=lambda r: r.top)
        chain = [column[0]]
        for a, b in zip(column, column[1:], strict=False):
            if abs(b.size - a.size) <= _ALIGNED * a.size and (
                _STEP[0] * a.size <= b.top - a.top <= _SPACED * a.size
            ):
                chain.append(b)
                continue
            columns.append(chain)
            chain = [b]
        columns.append(chain)
    columns = [c for c in columns if _solid(c)]
    if not columns:
        return runs
    groups: list[list[list[Run]]] = []
    for col in sorted(columns, key=lambda c: -c[0].x1):
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and 0 <= last[0].x0 - col[0].x1 <= _BESIDE * last[0].size
            and abs(col[0].top - last[0].top) <= _BESIDE * last[0].size
        ):
            groups[-1].append(col)
        else:
            groups.append([col])
    taken = {id(r) for g in groups for c in g for r in c}
    out = [r for r in runs if id(r) not in taken]
    for g in groups:
        words = []
        for col in g:
            text = col[0].text.strip()
            for a, b in zip(col, col[1:], strict=False):
                text += (" " if b.top - a.top > _SPACE * a.size else "") + b.text.strip()
            words.append(text)
        glyphs = [r for c in g for r in c]
        first = g[0][0]
        out.append(replace(
            first,
            x0=min(r.x0 for r in glyphs), top=min(r.top for r in glyphs),
            x1=max(r.x1 for r in glyphs), bottom=max(r.bottom for r in glyphs),
            base=max(r.base for r in glyphs), text=" ".join(words), word_end=first.x1,
            space_to=-1.0,
        ))  # fmt: skip
    return out


def _solid(col: list[Run]) -> bool:
    """A column of CJK glyphs set solid (most a size apart, as vertical text is; a
    table's column of one-glyph cells stands a row's pitch apart), three or more."""
    if len(col) < _COLUMN or any(r.text.strip().isascii() for r in col):
        return False
    steps = [b.top - a.top for a, b in zip(col, col[1:], strict=False)]
    return 2 * sum(d <= _SOLID * col[0].size for d in steps) >= len(steps)


def standing(block: Block, head: Block) -> bool:
    """A line set down a column (taller than three of its sizes: stood up above) in
    smaller type than the headline it stands beside: a column's or a series' name."""
    if len(block.lines) != 1 or block.size >= head.size:
        return False
    return down_a_column(block.lines[0])


_NEXT_TO = 3.0  # body sizes between a vertical headline and the story it heads


def vertical_heads(items: list[Region], unit: float) -> list[Region]:
    """A story of nothing but a vertical headline heads the story right beside it, a
    gutter away, tops level (reading order found the head after the text it heads: a
    reader of vertical writing starts at the right). That story's own head, smaller,
    is its deck."""
    out = list(items)
    for r in items:
        line = r.paras[0].lines[0] if len(r.paras) == 1 and r.paras[0].lines else None
        if r.kind != "article" or line is None or not down_a_column(line):
            continue
        head = _box(r)
        hosts = [
            h for h in out
            if h is not r and h.kind == "article" and not h.box
            and abs(_box(h)[1] - head[1]) <= 2 * unit
            and min(abs(head[0] - _box(h)[2]), abs(_box(h)[0] - head[2])) <= _NEXT_TO * unit
            and all(p.role != "headline" or p.lines[0].size < line.size for p in h.paras)
        ]  # fmt: skip
        if len(hosts) != 1:
            continue
        host = hosts[0]
        host.paras[:] = [r.paras[0]] + [
            Para("deck", p.lines) if p.role == "headline" else p for p in host.paras
        ]
        out.remove(r)
    return out


def _box(r: Region) -> tuple[float, float, float, float]:
    return union([p.box for p in r.paras if p.lines or p.cells or p.picture])
