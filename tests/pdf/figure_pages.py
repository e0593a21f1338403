"""One-page PDFs made at test time (reportlab, the Korean CID fonts): a story in the left
column, so the page has a body style, and whatever the case draws beside it; read back
as the edition's items, each with the texts of its leaves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad, Article, Item
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

HEADLINE = "달내군 새 다리 놓는다"
BODY_LINE = "달내군은 내년 봄까지 하천에 새 다리를"


def sans() -> str:
    return faces("cid").sans


def story(c: Canvas, lines: int = 30) -> None:
    """A headline and a column of 9 pt body text down the left half of an A4 page."""
    c.setFont(sans(), 20)
    c.drawString(40, 780, HEADLINE)
    c.setFont(sans(), 9)
    for k in range(lines):
        c.drawString(40, 750 - 12 * k, BODY_LINE)


def items(path: Path, draw: Callable[[Canvas], None]) -> list[Item]:
    """The items of the page `draw` makes (A4)."""
    c = Canvas(str(path), pagesize=(595, 842))
    draw(c)
    c.showPage()
    c.save()
    return ingest_pdf(path).edition.pages[0].items


def texts(item: Item) -> list[tuple[str, str]]:
    """An article's body as (kind, text), an ad's blocks as (type, text)."""
    if isinstance(item, Article):
        return [(b.kind, b.text) for b in item.body]
    assert isinstance(item, Ad)
    return [(type(b).__name__, getattr(b, "text", "")) for b in item.blocks]


def stock_prices(c: Canvas, columns: int = 8, rows: int = 60) -> list[list[list[str]]]:
    """A page of stock prices (시세표): side by side, tables of names and figures in 6.5
    pt, no rules, each its title and its header over its rows; no other body."""
    syllables = "가나다라마바사아자차카타파하한빛서해동림솔모전자조선반도체화학제약"
    tables = []
    c.setFont(sans(), 22)
    c.drawString(40, 1110, "코스피 2,650.31 (▲12.40)")
    for j in range(columns):
        x, top = 30 + 100 * j, 1070
        c.setFont(sans(), 8)
        c.drawString(x, top, f"유가증권 {j + 1}")
        c.setFont(sans(), 6.5)
        table = []
        for k in range(-1, rows):
            name = "".join(
                syllables[(7 * j + 3 * k + i * i) % len(syllables)] for i in range(2 + k % 4)
            )
            row = [
                name,
                f"{1000 + 7919 * (j * rows + k) % 900000:,}",
                ("▲", "▼")[k % 2] + f"{5 + 37 * k:,}",
            ]
            row = ["종목", "종가", "대비"] if k < 0 else row
            y = top - 12 - 8.5 * (k + 1)
            c.drawString(x, y, row[0])
            c.drawRightString(x + 62, y, row[1])
            c.drawRightString(x + 92, y, row[2])
            table.append(row)
        tables.append(table)
    return tables
