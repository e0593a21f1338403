"""A line of parts between ` · ` broken where a part would not fit: the break takes the
separator's place, so no line of the edition picker or the bookmarks ends in a dangling
` ·` (seen at 80 and 200 columns, where the picker keeps 72)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from reader.ui.render.dotted import at_dots

ROW = "푸른들신문 · 2026년 12월 8일 화요일 · 새 호 · 기사 3건 · 안 읽음 3"


def test_a_part_moved_to_the_next_line_leaves_no_separator_behind() -> None:
    lines = at_dots(Text(ROW), 64).plain.split("\n")
    assert lines == ["푸른들신문 · 2026년 12월 8일 화요일 · 새 호 · 기사 3건", "안 읽음 3"]
    assert all(cell_len(line) <= 64 for line in lines)


def test_a_line_that_fits_keeps_every_separator() -> None:
    """The near miss: nothing is dropped where nothing breaks."""
    assert at_dots(Text(ROW), cell_len(ROW)).plain == ROW


def test_the_parts_keep_their_styles_across_the_break() -> None:
    text = Text("광남일보 · 2026년 2월 4일 수요일")
    text.append(" · 안 읽음 1", "dim")
    broken = at_dots(text, 34)
    assert broken.plain == "광남일보 · 2026년 2월 4일 수요일\n안 읽음 1"
    dim = [broken.plain[s.start : s.end] for s in broken.spans if s.style == "dim"]
    assert dim == ["안 읽음 1"]
