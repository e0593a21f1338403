"""Figures in large type boxed under their title beside a story (page 79 of
tests/pdfreal): the box moves into the story (sidebars.py) as one caption where a chart
standing in the story is one, its title its first row and its source its credit line
(`boxedfigure.py`), not a caption per row, its title a subhead and its source text."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.test_big_numbers import FIGURES, STORY
from tests.pdfgen.fonts import faces

TITLE = "숫자로 본 달내 관광"


def _story(path: Path) -> Article:
    """A headline over a story in two columns, a shaded box beside them level with their
    first line: TITLE in the body's size over FIGURES (each over its label) and a source."""
    c = Canvas(str(path), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 22)
    c.drawString(40, 780, "달내 관광객 124만 명, 묵는 손님 늘었다")
    c.setFont(font, 9)
    for k in range(0, len(STORY), 17):
        col, row = divmod(k // 17, 8)
        c.drawString(40 + 170 * col, 740 - 13 * row, STORY[k : k + 17])
    c.setFillColorRGB(0.94, 0.92, 0.88)
    c.rect(345, 560, 150, 195, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(355, 740, TITLE)
    y = 712.0
    for figure, label in FIGURES:
        c.setFont(font, 20)
        c.drawString(360, y, figure)
        c.setFont(font, 7)
        c.drawString(360, y - 12, label)
        y -= 46
    c.setFont(font, 6.5)
    c.drawString(360, y + 14, "자료=달내군(2026년)")
    c.showPage()
    c.save()
    (story,) = ingest_pdf(path).edition.pages[0].items
    assert isinstance(story, Article)
    return story


def test_a_figure_boxed_under_its_title_is_one_caption_of_the_story(tmp_path: Path) -> None:
    story = _story(tmp_path / "boxed.pdf")
    rows = " ".join(f"{figure} {label}" for figure, label in FIGURES)
    assert [b.text for b in story.body if b.kind == "caption"] == [
        f"{TITLE} {rows}\n자료=달내군(2026년)"
    ]
    assert [b.kind for b in story.body][-1] == "caption"
