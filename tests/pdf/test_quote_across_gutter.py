"""A quote set between two rules across the gutter of two columns, the columns' text
shortened beside it on both sides: on each baseline beside it, each column's piece is a
line of its own and the quote's line another (dividers.boxes_between_rules: the box's
ends part them, and neither rule is a leader joining the columns' pieces). Near misses:
an index's leaders of one length, a headline set between two rules across the columns,
a line of a column's text running across a short rule's end, a justified line's wide
word space inside a ruled box, a ruled table's row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from reader.pdf.extract import read_page
from reader.pdf.lines import Line, make_lines
from tests.pdfgen.fonts import faces, text_width

Draw = Callable[[Canvas, str], None]
FULL = "달내군외곽마을을오가던마을버"  # 14 syllables: a full line of a 136 pt column
LEFT, RIGHT = 40.0, 190.0  # the columns' left edges (a 24 pt gutter between)


def _rows(path: Path, draw: Draw) -> list[list[str]]:
    """The page's printed lines, a row of texts (left to right) a baseline, top down."""
    c = Canvas(str(path), pagesize=(400, 300))
    draw(c, faces("ttf").body)
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    try:
        content = read_page(doc, 0, 1, False)
    finally:
        doc.close()
    rows: list[list[Line]] = []
    for x in sorted(make_lines(content.runs, content.graphics), key=lambda x: x.base):
        if rows and x.base - rows[-1][0].base <= 1.0:  # the quote's 12 pt sits 0.7 lower
            rows[-1].append(x)
        else:
            rows.append([x])
    return [[x.text for x in sorted(row, key=lambda x: x.x0)] for row in rows]


def _rule(c: Canvas, x0: float, x1: float, y: float, width: float = 1.5) -> None:
    c.rect(x0, y - width / 2, x1 - x0, width, stroke=0, fill=1)  # a rule drawn filled


def _quote(c: Canvas, font: str) -> None:
    """Full lines over the quote; four baselines beside it, each column's piece 72 pt
    (ending 6 pt before the box's left end, starting 6 pt after its right); the quote's
    two lines in 12 pt between rules drawn at the height of the first and last pieces'
    type, as a wrap leaves them (a rule there reads like a leader between the pieces)."""
    c.setFont(font, 9)
    for k in range(3):
        for x in (LEFT, RIGHT):
            c.drawString(x, 250 - 12.5 * k, FULL)
    beside = [212.5 - 12.5 * k for k in range(4)]
    for k, y in enumerate(beside):
        piece = f"왼쪽단{k}의조각"  # set flush left, justified to end at 112
        c.drawString(LEFT, y, piece, charSpace=(72 - text_width(piece, font, 9)) / 6)
        c.drawString(RIGHT + 64, y, f"오른쪽{k}의조각")
    _rule(c, 118, 248, beside[0] + 3.2)
    _rule(c, 118, 248, beside[3] + 3.2)
    c.setFont(font, 12)
    c.drawString(119, beside[1] - 0.7, "“버스가 끊기면")
    c.drawString(119, beside[2] - 0.7, "마을도 끊깁니다”")


def test_a_quote_across_the_gutter_leaves_each_columns_pieces_lines_of_their_own(
    tmp_path: Path,
) -> None:
    rows = _rows(tmp_path / "quote.pdf", _quote)
    assert rows[:3] == [[FULL, FULL]] * 3
    assert rows[3] == ["왼쪽단0의조각", "오른쪽0의조각"]
    assert rows[4] == ["왼쪽단1의조각", "“버스가 끊기면", "오른쪽1의조각"]
    assert rows[5] == ["왼쪽단2의조각", "마을도 끊깁니다”", "오른쪽2의조각"]
    assert rows[6] == ["왼쪽단3의조각", "오른쪽3의조각"]


def test_an_indexs_leaders_of_one_length_still_join_titles_to_their_pages(
    tmp_path: Path,
) -> None:
    """Two rows of an index, titles of one length, each joined to its page number by a
    leader drawn at the type's height: the rules are one over the other with the same
    ends, but no type stands between them (each row's type is at its own rule)."""

    def index(c: Canvas, font: str) -> None:
        c.setFont(font, 8)
        for k, (title, page) in enumerate((("▷ 새해 예산", "3면"), ("▷ 고교 축구", "9면"))):
            y = 200 - 11 * k
            c.drawString(100, y, title)
            end = 100 + text_width(title, font, 8)
            c.drawString(end + 30, y, page)
            _rule(c, end + 4, end + 26, y + 2.8, 0.6)

    assert _rows(tmp_path / "index.pdf", index) == [["▷ 새해 예산 3면"], ["▷ 고교 축구 9면"]]


def test_a_headline_between_two_rules_across_the_columns_stays_one_line(
    tmp_path: Path,
) -> None:
    """A headline drawn in two pieces, a word space apart, between rules as wide as the
    two columns: inside the box, one line."""

    def ruled_head(c: Canvas, font: str) -> None:
        c.setFont(font, 16)
        first = "하루 두 번 오던"
        c.drawString(LEFT, 200, first)
        c.drawString(LEFT + text_width(first, font, 16) + 5, 200, "마을버스마저 끊긴다")
        _rule(c, LEFT, RIGHT + 136, 220)
        _rule(c, LEFT, RIGHT + 136, 192)

    assert _rows(tmp_path / "head.pdf", ruled_head) == [["하루 두 번 오던 마을버스마저 끊긴다"]]


def test_a_line_running_across_a_short_rules_end_is_not_parted_there(tmp_path: Path) -> None:
    """Two short rules of one length in a column (one under a kicker, one over a note),
    the column's text between them: a full line runs across their ends, so they draw no
    box, and a justified line whose word space straddles their end stays one line."""

    def short_rules(c: Canvas, font: str) -> None:
        c.setFont(font, 9)
        c.drawString(LEFT, 200, FULL)
        c.drawString(LEFT, 187.5, "가나다라마바")
        c.drawString(LEFT + 54 + 10, 187.5, "사아자차카타")
        c.drawString(LEFT, 175, "다.")
        _rule(c, LEFT, LEFT + 59, 210, 0.6)
        _rule(c, LEFT, LEFT + 59, 168, 0.6)

    rows = _rows(tmp_path / "short.pdf", short_rules)
    assert rows == [[FULL], ["가나다라마바 사아자차카타"], ["다."]]


def test_a_wide_word_space_inside_a_ruled_box_stays_inside_its_line(tmp_path: Path) -> None:
    """A justified line of a box between rules, its word space 1.5 sizes wide, lines over
    and under running across it: one line (the box parts only at its ends)."""

    def boxed(c: Canvas, font: str) -> None:
        c.setFont(font, 9)
        c.drawString(LEFT, 200, FULL)
        c.drawString(LEFT, 187.5, "가나다라마바")
        c.drawString(LEFT + 54 + 13.5, 187.5, "사아자차카타")
        c.drawString(LEFT, 175, FULL)
        _rule(c, LEFT - 2, LEFT + 130, 210)
        _rule(c, LEFT - 2, LEFT + 130, 168)
        c.drawString(RIGHT, 187.5, "바깥의 글")  # beside the box, across its end: apart

    rows = _rows(tmp_path / "boxed.pdf", boxed)
    assert rows == [[FULL], ["가나다라마바 사아자차카타", "바깥의 글"], [FULL]]


def test_a_ruled_tables_row_keeps_its_cells_apart(tmp_path: Path) -> None:
    """A row of a box score between two rules as wide as the table: a box, its cells
    still cells (the box parts only at its ends), a note beside the table apart."""

    def row(c: Canvas, font: str) -> None:
        c.setFont(font, 7.5)
        for x, cell in ((LEFT, "합계"), (LEFT + 60, "98"), (LEFT + 90, "33")):
            c.drawString(x, 200, cell)
        _rule(c, LEFT - 2, LEFT + 110, 210, 0.5)
        _rule(c, LEFT - 2, LEFT + 110, 196, 0.5)
        c.drawString(LEFT + 116, 200, "자료=협회")

    assert _rows(tmp_path / "row.pdf", row) == [["합계", "98", "33", "자료=협회"]]
