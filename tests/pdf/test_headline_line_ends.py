"""A headline wrapped inside a word by a producer that writes the space where it breaks
between words (Typst tears Korean at any syllable): its line without the file's space,
too full for the next line's first glyph, joins it without one ('노선' / '이 먼저다';
paragraphs.display_join). Near misses: a line ending in the file's space at the same
room keeps it; a line ended short (an editor's break by sense), and a full line in a
story whose body shows no spaces at its line ends ('council votes' / '7-2 …'), are left
to the vocabulary, which spaces them."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces, text_width

LEFT, RIGHT = 40.0, 184.0  # the story's column
# the body, a line a row; a line broken between words ends in the file's space
BODY = [
    "달내군이 내년부터 시내버스 준공영",
    "제를 도입하겠다고 밝혔다. 버스 ",
    "회사의 적자를 군이 메워 주는 대",
    "신 노선과 배차를 군이 정하는 ",
    "방식이다. 해마다 되풀이된 노선 ",
    "폐지와 감차를 막겠다는 뜻이다.",
]


def _headline(path: Path, first: str, second: str, room: float, spaced: bool = True) -> str:
    """A story whose 18 pt headline's first line ends `room` points short of the column,
    over the body (spaced: its line ends keep the file's spaces)."""
    face = faces("cid")
    c = Canvas(str(path), pagesize=(300, 300))
    c.setFont(face.sans, 18)
    # set right so as to end `room` short of the column (stretching it would part it)
    width = text_width(first.rstrip(), face.sans, 18)
    c.drawString(RIGHT - room - width, 260, first)
    c.drawString(LEFT, 238, second)
    c.setFont(face.body, 9)
    for k, text in enumerate(BODY):
        shown = text if spaced or k == len(BODY) - 1 else text.rstrip()
        last = k == len(BODY) - 1
        natural = text_width(shown.rstrip(), face.body, 9)
        space = 0.0 if last else (RIGHT - LEFT - natural) / (len(shown.rstrip()) - 1)
        c.drawString(LEFT, 210 - 12.5 * k, shown, charSpace=space)
    c.showPage()
    c.save()
    [item] = ingest_pdf(path).edition.pages[0].items
    assert isinstance(item, Article) and item.headline is not None
    return item.headline.text


def test_a_headline_torn_inside_a_word_joins_without_a_space(tmp_path: Path) -> None:
    assert (
        _headline(tmp_path / "torn.pdf", "요금보다 노선", "이 먼저다", 8)
        == "요금보다 노선이 먼저다"
    )
    assert (
        _headline(tmp_path / "digit.pdf", "새해 첫 민원 1", "위는 주차", 8)
        == "새해 첫 민원 1위는 주차"
    )


def test_a_headline_broken_at_the_files_space_keeps_it(tmp_path: Path) -> None:
    assert _headline(tmp_path / "space.pdf", "버스 요금보다 ", "노선이 먼저다", 8) == (
        "버스 요금보다 노선이 먼저다"
    )


def test_a_short_line_or_a_story_showing_no_spaces_is_left_to_the_vocabulary(
    tmp_path: Path,
) -> None:
    # an editor's break by sense, room for two syllables left: no torn word
    assert (
        _headline(tmp_path / "short.pdf", "하루 두 번", "오던 버스", 40) == "하루 두 번 오던 버스"
    )
    # a full line in a story whose body shows no spaces at its line ends (Chromium's)
    latin = _headline(tmp_path / "latin.pdf", "Council votes", "7-2 on buses", 8, False)
    assert latin == "Council votes 7-2 on buses"
