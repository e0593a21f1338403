"""A page set in vertical writing (one glyph under the other, columns right to left) is
told in one warning; a horizontal page with a short vertical label is not."""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas

from reader.pdf import ingest_pdf
from reader.pdf.content import Run
from reader.pdf.vertical import runs_down
from tests.pdfgen.fonts import faces

STORY = (
    "광주시는 올해 환경 개선 사업에 예산을 늘리기로 했다고 밝혔다. 마을 주민들은 이 결정을 "
    "반기고 있다. 시는 다음 달부터 공사를 시작한다."
)
WARNING = "page 1: its text runs top to bottom (vertical writing); it is read across, out of order"


def _vertical(c: Canvas, text: str, x: float, top: float, bottom: float, size: float) -> None:
    """Glyph under glyph, columns from right to left."""
    y = top
    for ch in text:
        if ch != " ":
            c.drawString(x, y, ch)
        y -= size * 1.1
        if y < bottom:
            x, y = x - size * 1.5, top


def test_a_page_in_vertical_writing_is_told(tmp_path):
    c = Canvas(str(tmp_path / "vertical.pdf"))
    c.setFont(faces("ttf").body, 12)
    _vertical(c, STORY, 520, 760, 500, 12)
    c.showPage()
    c.save()
    done = ingest_pdf(tmp_path / "vertical.pdf")
    assert done.edition.warnings == [WARNING]


def test_a_horizontal_page_with_a_vertical_label_is_not(tmp_path):
    c = Canvas(str(tmp_path / "across.pdf"))
    font = faces("ttf").body
    c.setFont(font, 10)
    for n in range(24):
        c.drawString(72, 700 - 14 * n, STORY[(n * 7) % 40 :][:38])
    _vertical(c, "오늘의 사진", 40, 700, 300, 10)  # a section's label down the margin
    c.showPage()
    c.save()
    assert ingest_pdf(tmp_path / "across.pdf").edition.warnings == []


@pytest.mark.parametrize("jitter", [0.0, 0.5, 1.0])
def test_columns_whose_glyphs_are_centred_one_by_one_are_stacked(jitter):
    """Layout software that centres each glyph in its column moves x0 a little from one
    glyph to the next: the column is still one column."""
    runs = []
    for c in range(5):
        for k in range(20):
            x = 500 - 20 * c + (jitter if k % 2 else 0)
            top = 50 + 11 * k
            runs.append(Run(x, top, x + 10, top + 10, top + 9, 10.0, "F", "가", x + 10))
    assert runs_down(runs)


@pytest.mark.parametrize("space", [0.5, 0.8, 1.0])
def test_a_vertical_head_with_a_wide_word_space_is_one_run(space):
    """A 20 pt head set down the side of its story, glyphs a size apart, a word space of
    up to an em between its words: one headline, not pieces."""
    from reader.pdf.vertical import stood_up

    size, top, runs = 20.0, 100.0, []
    for word in "시장 선거 앞두고 논란".split():
        for ch in word:
            runs.append(Run(500, top, 520, top + size, top + 17, size, "F", ch, 520))
            top += size
        top += space * size
    [head] = stood_up(runs)
    assert head.text == "시장 선거 앞두고 논란"
