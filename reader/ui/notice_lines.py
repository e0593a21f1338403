"""A notice's line never breaks inside a short parenthesis: '(e / lists every paper's)'
left a key alone at a line's end, read as a typo. Textual wraps a notice at its spaces;
where that would split a parenthesis that fits on a line, the line breaks before it."""

from __future__ import annotations

import re

from rich.cells import cell_len

_GROUP = re.compile(r"\([^()\n]*\)\S*")  # with what closes it up: '(…).'
_CHUNK = re.compile(r"\S+\s*|\s+")  # as Textual's wrap reads a line


def notice_width(screen_width: int) -> int:
    """The cells of a notice's line on a screen this wide: Textual's Toast is 60 cells, at
    most half the screen less the rack's edge, with a border and a cell of padding a side.
    Textual says so only in its CSS (Toast's and ToastRack's DEFAULT_CSS), and a Toast
    exists only once posted, after the wrap is chosen: tests/ui/test_ui_notice_lines.py
    measures a live one at several widths, so a Textual that sizes it otherwise fails there."""
    return min(60, (screen_width - 2) // 2) - 3


def _breaks(line: str, width: int) -> list[int]:
    """Where Textual's wrap breaks a line (the offsets of the lines after the first)."""
    breaks, used = [], 0
    for m in _CHUNK.finditer(line):
        if used and used + cell_len(m.group().rstrip()) > width:
            breaks.append(m.start())
            used = 0
        used += cell_len(m.group())
    return breaks


def _split(line: str, width: int) -> int | None:
    """Where the first parenthesis the wrap would split and that fits on a line starts."""
    breaks = _breaks(line, width)
    for m in _GROUP.finditer(line):
        if (
            m.start() > 0
            and line[m.start() - 1] == " "
            and cell_len(m.group()) <= width
            and any(m.start() < b < m.end() for b in breaks)
        ):
            return m.start()
    return None


def _line_kept(line: str, width: int) -> str:
    kept = []
    # Each parenthesis moved starts a line of its own, which wraps afresh from there.
    while (start := _split(line, width)) is not None:
        kept.append(line[: start - 1])
        line = line[start:]
    return "\n".join([*kept, line])


def parentheses_kept(message: str, width: int) -> str:
    """`message` with a line break before each parenthesis the notice's wrap would split
    and that fits on a line; else as it is."""
    if width < 1:
        return message
    return "\n".join(_line_kept(line, width) for line in message.split("\n"))
