"""Type past the page's edge (offpage.py): a spread's page exported alone keeps the rest
of a headline set across the spread in its file, past the page's right edge, never shown
(page 68 of tests/pdfreal read it whole). What lies wholly past the edge is not read."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

WIDTH = 595.0
SHOWN = "달내천 물길, 50년 만에"
REST = " 다시 열린다"
STORY = (
    "1970년대 도로로 덮였던 달내천 도심 구간이 다시 하늘을 본다. 달내군은 복개 도로를 "
    "걷어내고 생태하천으로 되살리는 공사를 3월 시작한다고 20일 밝혔다. 공사비는 모두 "
    "1,200억원이다."
)


def _page(tmp: Path, past: float, aside: bool = False) -> Article:
    """The headline set so that `past` points of it lie past the page's right edge;
    aside: a line of its own set wholly past the edge too."""
    font = faces("ttf").body
    c = Canvas(str(tmp / "page.pdf"), pagesize=(WIDTH, 842))
    c.setFont(font, 9)  # an inner page's folio over a rule
    c.drawString(40, 815, "4 기획")
    c.line(40, 808, 555, 808)
    c.setFont(font, 28)
    whole = SHOWN + REST
    c.drawString(WIDTH + past - stringWidth(whole, font, 28), 770, whole)
    if aside:
        c.setFont(font, 9)
        c.drawString(WIDTH + 20, 700, "다음 면에 실린 사진 설명")
    c.setFont(font, 9)
    y = 740.0
    for k in range(0, len(STORY), 22):  # under the headline's shown part
        c.drawString(340, y, STORY[k : k + 22])
        y -= 13
    c.showPage()
    c.save()
    items = ingest_pdf(tmp / "page.pdf").edition.pages[0].items
    assert len(items) == 1 and isinstance(items[0], Article)
    return items[0]


def test_a_headline_run_past_the_pages_edge_reads_what_the_page_shows(tmp_path: Path) -> None:
    past = stringWidth(REST, faces("ttf").body, 28)  # the rest wholly past the edge
    story = _page(tmp_path, past, aside=True)
    assert story.headline is not None and story.headline.text == SHOWN
    assert [b.kind for b in story.body] == ["lead"]
    assert "다음 면" not in story.body[0].text


def test_a_glyph_the_edge_cuts_through_is_read(tmp_path: Path) -> None:
    """Near miss: the headline's last glyph half past the edge shows in part: read."""
    half = stringWidth("다", faces("ttf").body, 28) / 2
    story = _page(tmp_path, half)
    assert story.headline is not None and story.headline.text == SHOWN + REST


def test_a_headline_inside_the_page_is_read_whole(tmp_path: Path) -> None:
    story = _page(tmp_path, -40)
    assert story.headline is not None and story.headline.text == SHOWN + REST
