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
