"""Text drawn twice at (nearly) the same place is read once: a page stamped over
itself, a producer's fake bold that draws each line again a hair to the side."""

from __future__ import annotations

import pytest
from reportlab.pdfgen.canvas import Canvas

from reader.ingest.coverage import coverage_problems
from reader.pdf import ingest_pdf
from reader.pdf.doubles import once
from tests.pdfgen.fonts import faces

LINES = [
    "자율주행 버스가 오늘부터 시내 순환 노선을 달린다.",
    "고용노동부 안팎에서는 자율주행 시대의 일자리를 걱정한다.",
    "시는 운전기사 재교육 예산을 내년도 본예산에 반영했다.",
    "시민들은 첫차를 타려고 이른 아침부터 정류장에 모였다.",
] * 3


def _page(c: Canvas, font: str, again: str) -> None:
    c.setFont(font, 40)
    c.drawString(200, 760, "한빛일보")
    c.setFont(font, 10)
    for n, line in enumerate(LINES):
        if again == "each glyph twice":  # drawn, then again 0.9 pt (0.09 em) to the right
            x = 72.0
            for ch in line:
                c.drawString(x, 700 - 14 * n, ch)
                c.drawString(x + 0.9, 700 - 14 * n, ch)
                x += c.stringWidth(ch, font, 10)
        else:
            c.drawString(72, 700 - 14 * n, line)
    if again == "fake bold":  # each line drawn again 0.3 pt to the right, after the others
        for n, line in enumerate(LINES):
            c.drawString(72.3, 700 - 14 * n, line)


def _pdf(path, again: str):
    font = faces("ttf").body
    c = Canvas(str(path))
    _page(c, font, again)
    if again == "stamped":  # the whole page drawn again, a little off register
        c.translate(0.4, -0.3)
        _page(c, font, "")
    c.showPage()
    c.save()
    return ingest_pdf(path)


def _texts(done) -> list[str]:
    return [leaf.text for _page, item in done.edition.items() for leaf in item.body]


@pytest.mark.parametrize("again", ["stamped", "fake bold", "each glyph twice"])
def test_text_drawn_twice_reads_as_once(tmp_path, again):
    clean = _pdf(tmp_path / "clean.pdf", "")
    doubled = _pdf(tmp_path / "doubled.pdf", again)
    assert doubled.edition.masthead == clean.edition.masthead
    assert _texts(doubled) == _texts(clean)
    assert "자율주행 버스가 오늘부터" in " ".join(_texts(doubled))
    # The source is the text read once: every character of it in exactly one leaf.
    assert doubled.text == clean.text
    assert coverage_problems(doubled.edition, doubled.text) == []


def test_a_word_repeated_beside_itself_is_kept(tmp_path):
    font = faces("ttf").body
    c = Canvas(str(tmp_path / "repeat.pdf"))
    c.setFont(font, 10)
    c.drawString(72, 700, "만세 만세 만세, 시민들이 광장에서 외쳤다.")
    c.drawString(72, 686, "하하하 웃음소리가 광장 가득 퍼졌다...")
    c.drawString(72, 672, "2000년에 심은 나무 100그루가 자랐다.")
    c.showPage()
    c.save()
    text = " ".join(_texts(ingest_pdf(tmp_path / "repeat.pdf")))
    assert "만세 만세 만세" in text and "하하하" in text and "퍼졌다..." in text
    assert "2000년에 심은 나무 100그루" in text


def test_a_table_of_one_figure_keeps_each_cell_and_drops_each_double():
    """A stock table: the figure 0 in 40 rows of 12 cells, every third cell drawn again
    a hair to the side (fake bold); cells in the next row, 11 pt down, are not doubles."""
    text, pieces, first, again = "", [], [], []
    for row in range(40):
        for col in range(12):
            x, y = 72 + 40 * col, 100 + 11 * row
            draws = [(x, y), (x + 0.4, y - 0.3)] if (row + col) % 3 == 0 else [(x, y)]
            for n, (dx, dy) in enumerate(draws):
                s = len(text)
                text += "0 "
                pieces.append((s, s + 1, False, dx, dx + 6, dy, 10.0))
                (again if n else first).append((s, s + 1))
    doubles: list[tuple[int, int]] = []
    kept = once(text, pieces, doubles)
    assert [(p[0], p[1]) for p in kept] == first
    assert doubles == again
    assert len(first) == 480 and len(again) == 160
