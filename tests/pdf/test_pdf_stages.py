"""Each stage of the PDF layout on small hand-placed input: lines, blocks, reading
order, paragraphs and joins, tables, the PNG encoder."""

from __future__ import annotations

import struct
import zlib

from reader.ingest.repair import Vocabulary
from reader.pdf.blocks import make_blocks
from reader.pdf.content import Graphic, Run
from reader.pdf.lines import Line, make_lines
from reader.pdf.order import xy_order
from reader.pdf.paragraphs import continues, join
from reader.pdf.pictures import encode_png
from reader.pdf.reflow import joined_text
from reader.pdf.tables import aligned_table, ruled_table

SIZE = 9.0


def run(x0: float, base: float, text: str, size: float = SIZE, font: str = "Body") -> Run:
    """A run of full-width glyphs (one em each; a space is half an em)."""
    width = sum(size / 2 if ch == " " else size for ch in text)
    first = text.split(" ")[0]
    return Run(x0, base - 0.88 * size, x0 + width, base + 0.12 * size, base, size, font,
               text, x0 + len(first) * size)  # fmt: skip


def line(x0: float, base: float, text: str, size: float = SIZE) -> Line:
    (made,) = make_lines([run(x0, base, text, size)], [])
    return made


def test_a_gutter_splits_a_baseline_and_a_word_gap_does_not() -> None:
    # Two columns, 24 pt apart, three lines each: the gutter stays clear down the page.
    runs = [run(x, 20 + 13 * i, "가나다라") for i in range(3) for x in (10, 70)]
    runs += [run(10 + 36 + 2, 20, "마")]  # a word 2 pt after the first line's end
    lines = make_lines(runs, [])
    assert [x.text for x in lines][:2] == ["가나다라 마", "가나다라"]


def test_a_justified_lines_wide_word_space_is_bridged_by_the_lines_around_it() -> None:
    runs = [run(10, 20, "가나다"), run(48, 20, "라마바")]  # 11 pt apart, 1.2 sizes
    runs += [run(10, 33, "가나다라마바사아")]  # the next line runs across that gap
    lines = make_lines(runs, [])
    assert [x.text for x in lines] == ["가나다 라마바", "가나다라마바사아"]


def test_a_vertical_rule_splits_even_a_narrow_gap() -> None:
    rule = Graphic("vrule", (29.5, 0, 30.0, 100))
    lines = make_lines([run(10, 20, "왼쪽"), run(30.5, 20, "오른쪽")], [rule])
    assert [x.text for x in lines] == ["왼쪽", "오른쪽"]


def test_runs_in_any_order_make_the_same_lines() -> None:
    runs = [run(10, 20 + 13 * i, "가나다라마") for i in range(4)] + [run(70, 20, "바사")]
    forward = make_lines(runs, [])
    backward = make_lines(list(reversed(runs)), [])
    assert [x.text for x in forward] == [x.text for x in backward]


def test_columns_are_blocks_and_a_split_justified_line_is_rejoined() -> None:
    col1 = [run(10, 20 + 13 * i, "가나다라마바사") for i in range(4)]
    col2 = [run(90, 20 + 13 * i, "아자차카타파하") for i in range(4)]
    # The third line of column 1, justified with one wide gap: two pieces.
    col1[2] = run(10, 46, "가나다")
    pieces = [*col1, run(46, 46, "마바사"), *col2]
    blocks = make_blocks(make_lines(pieces, []), [])
    assert len(blocks) == 2
    left = min(blocks, key=lambda b: b.box[0])
    assert [x.text for x in left.lines][2] == "가나다 마바사"


def test_a_rule_between_lines_ends_a_block() -> None:
    lines = make_lines([run(10, 20 + 13 * i, "가나다라") for i in range(4)], [])
    blocks = make_blocks(lines, [(0, 40, 100, 40)])
    assert [len(b.lines) for b in blocks] == [2, 2]


def test_reading_order_headline_columns_then_the_brief_beside() -> None:
    boxes = {
        "headline": (10, 10, 200, 30),
        "col1": (10, 40, 95, 300),
        "col2": (105, 40, 200, 300),
        "brief title": (215, 10, 300, 25),
        "brief": (215, 30, 300, 300),
    }
    shuffled = ["brief", "col2", "headline", "brief title", "col1"]
    assert xy_order(shuffled, boxes.__getitem__) == [
        "headline",
        "col1",
        "col2",
        "brief title",
        "brief",
    ]


def test_a_line_continues_when_the_next_word_would_not_have_fit() -> None:
    right = 100.0
    full = line(10, 20, "가나다라마바사아자차")  # ends at 100: full
    short = line(10, 20, "가나다라마")  # ends at 55: room for a four-syllable word
    nxt = line(10, 33, "가나다라 마바")
    indented = line(10 + SIZE, 33, "가나다라 마바")
    assert continues(full, right, nxt, 10)
    assert not continues(short, right, nxt, 10)
    assert not continues(full, right, indented, 10)  # an indent starts a paragraph
    long_word = line(10, 33, "가나다라마바사 아")  # seven syllables would not fit in 45 pt
    assert continues(short, right, long_word, 10)


def test_joins_by_room_then_by_the_vocabulary() -> None:
    nxt = line(10, 33, "가나다")
    assert join(line(10, 20, "가나다라 마바"), 100.0, nxt) == " "  # room left: a space
    assert join(line(10, 20, "가나다라마 바사아자차"), 100.0, nxt) is None  # full: the vocabulary
    vocab = Vocabulary("‘광주를 빌려드립니다’ 광주 광주는 중요한 것이 중요하다.")
    lines = [line(10, 20, "모토로 ‘광"), line(10, 33, "주를 빌려드립니다’를"), line(10, 46, "것이")]
    text, where = joined_text(lines, vocab, [None, None])
    assert text == "모토로 ‘광주를 빌려드립니다’를 것이"
    assert [at for at, _ in where] == [0, 6, 18]
    text, _ = joined_text([line(10, 20, "만드는 것이"), line(10, 33, "중요하다.")], vocab, [None])
    assert text == "만드는 것이 중요하다."


def test_a_hyphenated_word_keeps_its_line_break_in_a_body_paragraph_only() -> None:
    """The text ingest drops a cut word's hyphen when it joins the lines, so a body
    paragraph keeps the break; a table cell or a caption, read as one line, keeps the
    hyphen; a compound the edition prints whole is no cut word."""
    vocab = Vocabulary("The county's plan to raise a concrete flood wall, a card-catalog drawer.")
    lines = [line(10, 20, "to raise a con-"), line(10, 33, "crete flood wall")]
    assert (
        joined_text(lines, vocab, [""], hyphen_breaks=True)[0]
        == "to raise a con-\ncrete flood wall"
    )
    assert joined_text(lines, vocab, [""])[0] == "to raise a con-crete flood wall"
    lines = [line(10, 20, "a card-"), line(10, 33, "catalog drawer")]
    assert joined_text(lines, vocab, [""], hyphen_breaks=True)[0] == "a card-catalog drawer"


def test_body_text_joins_by_the_spacing_statistics_display_type_by_the_vocabulary() -> None:
    # '의' never stands alone in this edition, so the statistics join it to '미는.'; the
    # vocabulary knows no '의미는' and keeps the space, as display type wants.
    vocab = Vocabulary("지역의 미래가 걸린 과제다 시민의 미래를 위한 일이다\n")
    lines = [line(10, 20, "그 의"), line(10, 33, "미는.")]
    assert joined_text(lines, vocab, [None])[0] == "그 의미는."
    assert joined_text(lines, vocab, [None], text_type=False)[0] == "그 의 미는."


def test_a_paragraphs_last_line_ends_its_last_word() -> None:
    # '까?' alone on the last line: its word ends there, and '까' is never a word here.
    # ('무엇인|가?' would not do: the lexicon of nouns reads '무엇' and '인가' across it.)
    vocab = Vocabulary("가장 큰 걸림돌은 무엇일\n까?\n")
    lines = [line(10, 20, "가장 큰 걸림돌은 무엇일"), line(10, 33, "까?")]
    assert joined_text(lines, vocab, [None])[0] == "가장 큰 걸림돌은 무엇일까?"
    # Not the last line: '까?' may be a piece of a longer word, and nothing decides.
    text, _ = joined_text([*lines, line(10, 46, "나다")], vocab, [None, None])
    assert text.startswith("가장 큰 걸림돌은 무엇일 까?")


def test_an_address_wider_than_its_column_is_torn_without_a_space() -> None:
    # One Latin word fills the line: it was cut only because it could not fit.
    address = run(10, 20, "reporter@hanbit.exam", size=SIZE)
    [first] = make_lines([address], [])
    right = first.x1
    rest = line(10, 33, "ple")
    assert join(first, right, rest) == ""
    assert join(first, right, line(10, 33, "홍길동 기자")) is None  # a line of its own
    # A Hangul word alone on a full line may end right at the edge: the vocabulary decides.
    assert join(line(10, 20, "과학기술정보통신부는"), 100.0, line(10, 33, "시민")) is None


def test_a_ruled_table_keeps_a_cells_wrapped_lines_together() -> None:
    rules = [
        (10, 10, 200, 10),
        (10, 30, 200, 30),
        (10, 70, 200, 70),
        (60, 10, 60, 70),
        (120, 10, 120, 70),
    ]
    cells = [
        line(12, 22, "구분"),
        line(62, 22, "금액"),
        line(122, 22, "특전"),
        line(12, 42, "정회원"),
        line(62, 42, "500"),
        line(122, 42, "- 그린피 면제"),
        line(122, 55, "- 골프텔 할인"),
    ]
    found = ruled_table(cells, rules, (0, 0, 210, 80))
    assert found is not None
    rows, area = found
    assert [[[x.text for x in cell] for cell in row] for row in rows] == [
        [["구분"], ["금액"], ["특전"]],
        [["정회원"], ["500"], ["- 그린피 면제", "- 골프텔 할인"]],
    ]
    assert area == (10, 10, 200, 70)


def test_aligned_columns_are_a_table_label_and_value_pairs_are_not() -> None:
    grid = [
        line(x, 20 + 13 * r, t) for r in range(3) for x, t in ((10, "가"), (60, "나"), (110, "다"))
    ]
    found = aligned_table(grid)
    assert found is not None and len(found[0]) == 3 and len(found[0][0]) == 3
    pairs = [line(x, 20 + 13 * r, t) for r in range(4) for x, t in ((10, "접수"), (60, "월요일"))]
    assert aligned_table(pairs) is None


def test_png_of_a_bgr_bitmap_holds_its_pixels_in_rgb() -> None:
    bgr = bytes([255, 0, 0, 0, 0, 255, 0, 0])  # blue, red; a row padded to 8 bytes
    data = encode_png(bgr + bgr, 2, 2, 8, 3, alpha=False)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    ihdr = data[16:29]
    assert struct.unpack(">IIBBBBB", ihdr) == (2, 2, 8, 2, 0, 0, 0)
    idat_len = struct.unpack(">I", data[33:37])[0]
    pixels = zlib.decompress(data[41 : 41 + idat_len])
    assert pixels == b"\x00" + bytes([0, 0, 255, 255, 0, 0]) + b"\x00" + bytes(
        [0, 0, 255, 255, 0, 0]
    )
