"""A narrow column's story whose producer writes the space where a line broke between
words (Typst) shows it at fewer of its line ends than a wide one may: Korean torn at any
syllable breaks between words at about one line end in four or five, and a story of a
dozen ends can draw two (page 65's column beside its stock table, 2 of 11; page 70's
editorial, 2 of 18, tests/pdfreal). A tenth of its ends is the producer's habit: a full
line without the space was torn inside a word ('사들' / '이면서', '마을 이' / '장과').
Near miss: one spaced end in a dozen (a stray) leaves the joins to the vocabulary, and a
full line broken between words without the file's space keeps its space ('돕기로' /
'했다.')."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.test_page_shows_spaces import _column
from tests.pdfgen.fonts import faces

# a line a row; a line broken between words ends in the file's space ('2,800선을 ')
LINES = [
    "외국인이 나흘 만에 주식을 사들",
    "이면서 코스피가 2,800선을 ",
    "되찾았다. 조선과 자동차주가 지",
    "수를 끌어올렸다. 읍내에서는 마",
    "을 이장과 부녀회가 함께 어르신",
    "들을 살피는 방안을 군이 돕기로 ",
    "했다. 군은 생활지원사를 더 뽑",
    "아 홀로 사는 어르신 집을 찾는",
    "다고 밝혔다. 상인들은 주차장이",
    "늘면서 손님이 다시 찾을 것으로",
    "기대했다. 군은 다음 달부터 시",
    "장 안내소도 새로 연다.",
]
STRAY = [x.rstrip() if k == 5 else x for k, x in enumerate(LINES)]  # one spaced end left


def _story(path: Path, lines: list[str]) -> Article:
    face = faces("cid")
    c = Canvas(str(path), pagesize=(260, 300))
    c.setFont(face.sans, 16)
    c.drawString(40, 262, "주가 다시 2,800")
    _column(c, 40, 168, 236, lines, spaced=True)
    c.showPage()
    c.save()
    (story,) = [it for it in ingest_pdf(path).edition.pages[0].items if isinstance(it, Article)]
    return story


def test_a_narrow_columns_two_spaced_ends_show_its_producers_spaces(tmp_path: Path) -> None:
    story = _story(tmp_path / "narrow.pdf", LINES)
    text = " ".join(p.text for p in story.body)
    assert "주식을 사들이면서 코스피가 2,800선을 되찾았다." in text
    assert "마을 이장과 부녀회가" in text
    assert "돕기로 했다." in text  # the file's space at the line's end


def test_one_spaced_end_in_a_dozen_leaves_the_joins_to_the_vocabulary(tmp_path: Path) -> None:
    story = _story(tmp_path / "stray.pdf", STRAY)
    text = " ".join(p.text for p in story.body)
    assert "군이 돕기로 했다." in text  # no space in the file: the vocabulary's
