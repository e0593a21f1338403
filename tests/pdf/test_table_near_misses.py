"""A table set without rules (gridless.py) against what also lines up in rows: three
narrow columns of small prose on one baseline grid (a rail of short notices) are read
column by column, not as rows of a table; a ruled table in a frame stays the frame's
ruled table. Pages made at test time (figure_pages.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.ingest.coverage import coverage_problems
from reader.model import Ad, Article, Table
from reader.pdf import ingest_pdf
from tests.pdf.figure_pages import items, sans, stock_prices, story, texts

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


QUOTES = [
    ("서해조선", "48,350", "▲1,880"),
    ("한빛전자", "71,200", "▼1,760"),
    ("동림반도체", "152,300", "▲900"),
]


def _framed(c: Canvas) -> None:
    """Body text, and in the right column a framed table in 7 pt ruled both ways, its
    title over it in the frame."""
    story(c)
    x, top = 330, 600
    rows = [("종목", "종가", "대비"), *QUOTES]
    c.rect(x - 5, top - 12 * len(rows) - 5, 190, 12 * len(rows) + 30, stroke=1, fill=0)
    c.setFont(sans(), 9)
    c.drawString(x, top + 14, "주요 종목 시세")
    c.setFont(sans(), 7)
    for k, row in enumerate(rows):
        for j, cell in enumerate(row):
            c.drawString(x + 4 + 60 * j, top - 12 * k, cell)
    for k in range(len(rows) + 1):
        c.line(x, top + 9 - 12 * k, x + 180, top + 9 - 12 * k)
    for j in range(4):
        c.line(x + 60 * j, top + 9, x + 60 * j, top + 9 - 12 * len(rows))


def test_a_ruled_table_in_a_frame_stays_the_frames_table(tmp_path: Path) -> None:
    """Small type lined up in columns of figures, but inside a frame: the rule for tables
    without rules reads only what no frame holds, so the frame's ruled grid gives the
    table, header and rows, as before."""
    (ad,) = [it for it in items(tmp_path / "framed.pdf", _framed) if isinstance(it, Ad)]
    assert ad.title is not None and ad.title.text == "주요 종목 시세"
    (table,) = [b for b in ad.blocks if isinstance(b, Table)]
    assert [[cell.text for cell in row] for row in table.rows] == [list(q) for q in QUOTES]


def test_a_page_of_stock_prices_is_its_tables_each_row_a_row(tmp_path: Path) -> None:
    """Eight tables side by side on one baseline grid, their type the page's commonest
    (the body's size): each read as a table of its own, its header repeated over its
    columns telling where one ends, every row a row, nothing lost."""
    path = tmp_path / "quotes.pdf"
    c = Canvas(str(path), pagesize=(842, 1191))
    want = stock_prices(c)
    c.showPage()
    c.save()
    done = ingest_pdf(path)
    assert coverage_problems(done.edition, done.text) == []
    got = {
        it.headline.text: [b.text.split("\t") for b in it.body]
        for it in done.edition.pages[0].items
        if isinstance(it, Article) and it.headline and it.body
    }
    assert got == {f"유가증권 {j + 1}": table for j, table in enumerate(want)}


def _prose(c: Canvas) -> None:
    """Three narrow columns of prose in the page's body type, their lines level on one
    grid, short (10 to 12 characters), the middle one with a figure in every line."""
    c.setFont(sans(), 9)
    for k in range(30):
        y = 780 - 12 * k
        c.drawString(40, y, "군은 내년 봄까지 새")
        c.drawString(160, y, f"다리를 {k + 1}곳에 놓기로")
        c.drawString(280, y, "했다고 밝혔다 그래서")


def test_narrow_columns_of_prose_in_the_body_type_are_no_table(tmp_path: Path) -> None:
    """Lines of the body's size count as a listing's cells only where the body is set in
    such pieces (eight characters a line or fewer, the median): prose in narrow columns
    has longer lines, so no row is read across its columns."""
    found = items(tmp_path / "prose.pdf", _prose)
    read = [t for it in found if isinstance(it, Article) for _, t in texts(it)]
    assert read and not any("\t" in t for t in read)
