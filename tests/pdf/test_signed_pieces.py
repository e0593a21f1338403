"""Letters to the editor under a column's title (signed.py, asked by articles.py; page 70
of tests/pdfreal read them as one story): each a bold head about the body's size, its text
and its writer's line. A head right after the last letter's writer, or right under the
column's title, heads the next letter."""

from __future__ import annotations

from reader.pdf.articles import article_regions
from reader.pdf.blocks import Block
from reader.pdf.lines import Line
from reader.pdf.parts import Atom, Region, Style

STYLE = Style(9.0, "Serif")
X0, X1 = 300.0, 440.0


def _block(top: float, size: float, font: str, texts: list[str], right: bool = False) -> Block:
    lines = []
    for k, t in enumerate(texts):
        y = top + 1.5 * size * k
        x0 = X1 - size * len(t) if right else X0  # a writer's line set flush right
        lines.append(Line(x0, y, X1, y + size, y + 0.88 * size, size, font, t, x0 + 20, len(t)))
    return Block(lines)


def _atoms(blocks: list[Block]) -> list[Atom]:
    return [Atom("block", (b.x0, b.top, b.x1, b.bottom), block=b) for b in blocks]


LETTER_1 = [
    "아침마다 아이를 데리고 버스를 기다리는데",
    "정류장이 너무 춥다. 의자를 달아 주면 좋겠다.",
]
LETTER_2 = ["군립도서관이 토요일 밤 9시까지 문을 연다는", "소식이 반가웠다. 큰 도움이 된다."]


def _column(
    head_font: str = "Sans-Bold", head_size: float = 9.5, writer: str = "박소율 주부(달내군 달내읍)"
) -> list[Region]:
    blocks = [
        _block(100, 12, "Sans-Bold", ["독자 투고"]),
        _block(120, 9.5, "Sans-Bold", ["버스 정류장에 온열 의자를"]),
        _block(135, 8.5, "Serif", LETTER_1),
        _block(162, 7.5, "Sans", [writer], right=True),
        _block(180, head_size, head_font, ["도서관 주말 연장 반갑다"]),
        _block(196, 8.5, "Serif", LETTER_2),
        _block(223, 7.5, "Sans", ["정우진 회사원(달내군 솔빛면)"], right=True),
    ]
    return article_regions(_atoms(blocks), STYLE)


def _heads(regions: list[Region]) -> list[str]:
    return [r.paras[0].lines[0].text for r in regions if r.paras and r.paras[0].role == "headline"]


def test_each_letter_after_its_writers_line_is_an_item_of_its_own() -> None:
    regions = _column()
    assert _heads(regions) == ["독자 투고", "버스 정류장에 온열 의자를", "도서관 주말 연장 반갑다"]
    assert [p.role for p in regions[0].paras] == ["headline"]  # the column's title alone


def test_a_bold_line_after_a_sentence_with_no_writer_is_the_letters_own() -> None:
    """Near miss: no writer's line after the first letter (its last line a sentence): the
    bold line after it is a subhead of the same piece, as a story's bold subheads are."""
    regions = _column(writer="이 의견은 편집국이 정리했다.")
    assert "도서관 주말 연장 반갑다" not in _heads(regions)


def test_a_line_not_bold_or_smaller_than_the_body_after_a_writer_heads_nothing() -> None:
    """Near misses: the same line in the text's regular face, or in bold smaller than the
    body (8.5 pt on a page set in 9): no letter's head."""
    assert "도서관 주말 연장 반갑다" not in _heads(_column(head_font="Sans"))
    assert "도서관 주말 연장 반갑다" not in _heads(_column(head_size=8.5))
