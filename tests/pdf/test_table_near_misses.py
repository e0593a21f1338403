"""A table set without rules (gridless.py) against what also lines up in rows: three
narrow columns of small prose on one baseline grid (a rail of short notices) are read
column by column, not as rows of a table. A page made at test time (figure_pages.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from tests.pdf.figure_pages import items, sans, story, texts

NOTICES = (
    "달내군은 내년 봄까지 하천에 새 다리를 놓기로 했다. 군은 예산 40억원을 들인다.",
    "가람시 도서관은 다음 달부터 밤 10시까지 문을 연다. 주말에는 어린이 책 행사를 연다.",
    "솔모군 보건소는 겨울철 독감 예방 접종을 이달 말까지 한다. 만 65세 이상은 무료다.",
)
_WIDE = 10  # characters a line: a column 70 points wide at 7 pt


def _lines(text: str) -> list[str]:
    """The text broken as a narrow column sets it (anywhere, as Korean is set)."""
    out = []
    while text:
        out.append(text[:_WIDE].strip())
        text = text[_WIDE:].lstrip()
    return out


def _rail(c: Canvas) -> None:
    """Body text, and in the right column three notices in 7 pt, each a narrow column,
    their lines on the page's baseline grid (level across the columns)."""
    story(c)
    c.setFont(sans(), 7)
    for k, notice in enumerate(NOTICES):
        for j, line in enumerate(_lines(notice)):
            c.drawString(330 + 80 * k, 600 - 9 * j, line)


def test_narrow_columns_of_small_prose_are_no_table(tmp_path: Path) -> None:
    """Lines of three columns level with each other, short and lined up as a table's cells
    are: but no column holds a figure in every row, as a table's figures column does (a
    price, a score, a time). Each notice reads whole, in its own order, no row across."""
    found = items(tmp_path / "rail.pdf", _rail)
    read = [t for it in found if isinstance(it, Article) for _, t in texts(it)]
    assert not any("\t" in t for t in read)
    joined = "".join("".join(read).split())  # spaces aside: a line's end may tear a word
    for notice in NOTICES:
        assert "".join(notice.split()) in joined
