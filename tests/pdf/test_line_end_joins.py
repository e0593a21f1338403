"""Joins at a printed line's end that the PDF path decides (issue #12): a line whose room
at its end is narrower than the next line's first glyph may have torn a word there, so
the join rule decides, not the room."""

from __future__ import annotations

from pathlib import Path

from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Sheet, width, write

_MEASURE = 150.0
_SIZE = 9.0


def _story(path: Path, lines: list[tuple[str, float]]) -> list[str]:
    """A headline over a column of body lines, each justified to the measure less its
    room at the end (in sizes; below zero: set as it comes, the paragraph's last)."""
    s = Sheet(w=300, h=300)
    s.text(40, 30, "시립 도서관 새로 문 열어", SANS, 18)
    for k, (text, room) in enumerate(lines):
        top = 70 + 13 * k
        if room < 0:
            s.text(40, top, text, SERIF, _SIZE)
        else:
            s.justified(40, top, text, SERIF, _SIZE, _MEASURE - room * _SIZE)
    write(path, [s])
    return [b.text for b in ingest_pdf(path).edition.pages[0].items[0].body]


def _lines(second: str, room: float, third: str) -> list[tuple[str, float]]:
    return [
        ("시청 앞 광장에 모인 시민들이 새로", 0.0),
        (second, room),
        (third, 0.0),
        ("문을 연다고 시는 밝혔다.", -1.0),
    ]


def test_a_line_short_of_its_edge_by_less_than_a_syllable_may_tear_a_word(
    tmp_path: Path,
) -> None:
    """'있' ends a line 0.7 of a size short of the edge: '다.' would not have fit there, so
    the line may have torn '있다.' (a sentence's last '다.' never stands alone)."""
    assert width("다", SERIF, _SIZE) > 0.7 * _SIZE  # the syllable is wider than the room
    body = _story(
        tmp_path / "torn.pdf",
        _lines("문을 연 도서관에서 사진을 찍고 있", 0.7, "다. 도서관은 이번 주말까지 밤늦게"),
    )
    assert body == ["시청 앞 광장에 모인 시민들이 새로 문을 연 도서관에서 사진을 찍고 있다. "
                    "도서관은 이번 주말까지 밤늦게 문을 연다고 시는 밝혔다."]  # fmt: skip


def test_room_for_the_next_lines_first_glyph_is_a_break_between_words(tmp_path: Path) -> None:
    """Near misses: room for the next line's first glyph (a digit, half a syllable; or a
    syllable and a half) means the line broke at a space, whatever the words; so does half
    a size after a sentence's stop, where no word runs on ('있다.' / '①')."""
    digit = _story(
        tmp_path / "digit.pdf",
        _lines("문을 연 도서관을 둘러본 사람이 모두", 0.7, "3천명을 넘어 이번 주말까지 밤늦게"),
    )
    assert "사람이 모두 3천명을 넘어" in digit[0]
    wide = _story(
        tmp_path / "wide.pdf",
        _lines("문을 연 도서관에서 사진을 찍고 있", 1.5, "다. 도서관은 이번 주말까지 밤늦게"),
    )
    assert "찍고 있 다. 도서관은" in wide[0]
    stop = _story(
        tmp_path / "stop.pdf",
        _lines("문을 연 도서관에서 사진을 찍고 있다.", 0.7, "① 도서관은 이번 주말까지 밤늦게"),
    )
    assert "찍고 있다. ① 도서관은" in stop[0]
