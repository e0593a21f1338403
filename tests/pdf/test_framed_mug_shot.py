"""A mug shot inside a boxed column (page 72 of tests/pdfreal, a reporter's notebook): a
small portrait in the box's corner, far from its headline, the reporter's name under it.
The box is the column, so the name is its byline (`mugshots.framed_shots`), not the
photo's caption."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces
from tests.pdfreal.photos import make_photo

TEXT = [
    "돌봄교실 대기 명단을 받아 든 날, 한 어머니",
    "에게서 전화가 왔다. 아이가 방학 내내 혼자",
    "집에 있어야 한다며 목소리가 떨렸다. 대기",
    "아동 140명은 숫자로만 보면 크지 않다. 그러",
    "나 그 숫자 하나하나가 빈집에서 부모를 기다",
    "리는 아이다. 서로 떠넘기는 사이 방학은 벌",
    "써 절반이 지났다. 아이들의 얼굴을 보고 셈",
    "을 다시 해야 한다.",
]


def _story(tmp: Path, name: str, width: float = 36) -> Article:
    """A framed box: its title, its headline, a shot `width` wide in its top right corner
    with `name` under it, the column's text in two columns under the headline and the
    shot."""
    photo = tmp / "face.jpg"
    make_photo(photo)
    c = Canvas(str(tmp / "page.pdf"), pagesize=(595, 842))
    font = faces("ttf").body
    c.rect(40, 560, 360, 250, stroke=1, fill=0)
    c.setFont(font, 10)
    c.drawString(50, 790, "기자수첩")
    c.setFont(font, 14)
    c.drawString(50, 768, "숫자 뒤에 있는 아이들의 얼굴")
    c.drawImage(ImageReader(str(photo)), 390 - width, 720, width=width, height=40)
    c.setFont(font, 7.5)
    c.drawString(352, 710, name)
    c.setFont(font, 8.5)
    for k, line in enumerate(TEXT):
        col, row = divmod(k, 5)
        c.drawString(50 + 175 * col, 695 - 11.5 * row, line)
    c.showPage()
    c.save()
    (story,) = ingest_pdf(tmp / "page.pdf").edition.pages[0].items
    assert isinstance(story, Article)
    return story


def test_a_shots_name_in_a_boxed_column_is_its_byline(tmp_path: Path) -> None:
    story = _story(tmp_path, "서지안 기자")
    assert [(b.name, b.role) for b in story.bylines] == [("서지안", "기자")]
    assert [b.kind for b in story.body if b.kind in ("photo", "caption")] == ["photo"]


def test_a_sentence_under_a_boxed_shot_stays_its_caption(tmp_path: Path) -> None:
    """Near miss: the line under the shot reads as no byline."""
    story = _story(tmp_path, "돌봄터 모습.")
    assert not story.bylines
    assert "돌봄터 모습." in [b.text for b in story.body if b.kind == "caption"]


def test_a_wide_photo_in_a_boxed_column_keeps_its_caption(tmp_path: Path) -> None:
    """Near miss: a picture wider than it is tall is no mug shot."""
    story = _story(tmp_path, "서지안 기자", width=80)
    assert not story.bylines
