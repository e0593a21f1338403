"""Control characters shown, never obeyed (reader.printable), one for one."""

from __future__ import annotations

import json
import unicodedata

import msgspec

from reader.printable import (
    cell_width,
    cut_to_width,
    json_printable,
    typed_line,
    visible,
    visible_line,
)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_each_control_becomes_one_symbol():
    assert visible("a\x00b\x1bc\x7fd\x85e\tf\ng") == "a␀b␛c␡d\ufffde\tf\ng"
    assert (
        visible("방향\u202e꾸뒤\u202c 격리\u2067역\u2069")
        == "방향\ufffd꾸뒤\ufffd 격리\ufffd역\ufffd"
    )
    assert visible("a\x00b\x1b[31mc\x07d\x7fe\x85f\x9bg") == "a␀b␛[31mc␇d␡e\ufffdf\ufffdg"
    assert visible(BIDI) == "\ufffd" * len(BIDI)


def test_newspaper_text_newlines_tabs_and_markup_stay():
    text = "광주 [bold]굵게[/bold]\n\t둘째 줄 “따옴표” 👍 \u200b"
    assert visible(text) == text


def test_offsets_hold_and_showing_twice_changes_nothing():
    text = "앞\x1b[0m\u202e뒤\x01"
    shown = visible(text)
    assert len(shown) == len(text) and visible(shown) == shown
    assert shown[shown.index("뒤")] == text[text.index("뒤")]


def test_json_keeps_every_character_and_writes_no_control():
    text = "앞\x1b[31m\x7f\x85\u202e뒤\n[b]"
    data = json_printable(msgspec.json.format(msgspec.json.encode({"t": text}), indent=1))
    assert json.loads(data) == {"t": text}
    assert not set(data.decode()) & set("\x1b\x7f\x85\u202e")


def test_a_line_drawn_on_one_row_has_no_tab_or_newline_and_keeps_its_offsets() -> None:
    text = "표\t제목\n둘째 줄\x1b[2J"
    line = visible_line(text)
    assert line == "표 제목 둘째 줄␛[2J"
    assert len(line) == len(text)


def test_a_cut_falls_between_clusters_and_never_takes_more_cells_than_asked() -> None:
    flags = "🇰🇷🇰🇷 한일 정상회담"
    assert cut_to_width(flags, 2) == "…"  # never half a flag
    assert cut_to_width(flags, 4) == "🇰🇷…"
    family = "👨\u200d👩\u200d👧 가족 나들이"
    assert cut_to_width(family, 3) == "…"  # no joiner left dangling
    assert cut_to_width(family, 8) == "👨\u200d👩\u200d👧…"
    accented = "Cafe\u0301 Seoul"  # a letter with its combining accent
    assert cut_to_width(accented, 5) == "Cafe\u0301…"
    assert cut_to_width("❤\ufe0f 광주 ❤\ufe0f", 2) == "❤\ufe0f…"
    for text in (flags, family, accented):
        assert cut_to_width(text, 0) == ""
        for cells in range(1, 12):
            assert cell_width(cut_to_width(text, cells)) <= cells


def test_a_typed_line_keeps_no_control_and_composes_hangul():
    assert typed_line("광주 [bold]AI[/bold]") == "광주 [bold]AI[/bold]"  # as it is
    assert typed_line("\u202e광주\u200b\x1b[7m") == "광주␛[7m"
    assert typed_line(unicodedata.normalize("NFD", "오상진 café")) == "오상진 café"
    assert typed_line("a\tb") == "a b"
