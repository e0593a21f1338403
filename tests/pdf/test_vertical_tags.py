"""A column's or a series' name set top to bottom beside its story's headline, smaller
than it (a tag): the story's subheadline, as the name set over the headline is
(articles.py, vertical.standing); and it parts no block beside it (blocks.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from reader.pdf.blocks import make_blocks
from reader.pdf.lines import Line
from tests.pdfgen.fonts import faces

BODY = (
    "달내시장 골목 끝 두부집의 불은 새벽 네 시에 켜진다. 올해 일흔여덟인 할머니는 "
    "마흔두 해째 이 시간에 가마솥에 불을 지핀다. 전날 밤 불려 둔 국산 콩을 맷돌에 갈아 "
    "끓이고 간수를 부으면 해가 뜰 무렵 첫 두부가 나온다. 가게를 찾는 손님은 대부분 "
    "단골이다. 아침 일곱 시면 두부 한 모를 사러 온 동네 사람들이 줄을 선다. 할머니는 "
    "힘이 닿는 데까지 문을 열겠다고 말했다. 요즘은 손녀가 주말마다 내려와 일을 배운다."
)


def _page(path: Path, tag_size: float, down: bool = True) -> Article:
    c = Canvas(str(path), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, tag_size)
    if down:  # glyph under glyph, a word space a wider step
        y = 778.0
        for ch in "달내 사람들":
            if ch != " ":
                c.drawString(40, y, ch)
            y -= tag_size * (0.6 if ch == " " else 1.1)
    else:
        c.drawString(40 - 3 * tag_size, 778, "달내 사람들")
    c.setFont(font, 20)
    c.drawString(80, 772, "두부집 할머니의 새벽 네 시")
    c.setFont(font, 11)
    c.drawString(80, 748, "국산 콩만 고집하는 마흔두 해")
    c.setFont(font, 9)
    lines = [BODY[k : k + 16] for k in range(0, len(BODY), 16)]
    for n, text in enumerate(lines):
        col, row = divmod(n, 9)
        c.drawString(80 + 165 * col, 725 - 13 * row, text)
    c.showPage()
    c.save()
    story = ingest_pdf(path).edition.pages[0].items[0]
    assert isinstance(story, Article)
    return story


def test_a_name_set_down_beside_a_headline_is_its_subheadline(tmp_path: Path) -> None:
    story = _page(tmp_path / "tag.pdf", 13)
    assert story.headline is not None and story.headline.text == "두부집 할머니의 새벽 네 시"
    assert story.subheadline is not None and story.subheadline.text == "달내 사람들"
    assert [d.text for d in story.deck] == ["국산 콩만 고집하는 마흔두 해"]


def test_a_name_set_across_or_larger_than_the_headline_is_no_tag(tmp_path: Path) -> None:
    """Near misses: the same name set across at the headline's side is no column's
    name set down it; set down it larger than the headline, it is the headline (a
    vertical headline, vertical.vertical_heads), not a subheadline."""
    across = _page(tmp_path / "across.pdf", 13, down=False)
    assert across.subheadline is None
    larger = _page(tmp_path / "larger.pdf", 26)
    assert larger.subheadline is None


def _line(x0: float, top: float, x1: float, bottom: float, size: float, text: str) -> Line:
    base = bottom - 0.12 * size
    return Line(x0, top, x1, bottom, base, size, "Sans-Bold", text, x1, len(text))


def test_a_line_set_down_between_a_headlines_lines_does_not_part_them() -> None:
    """Lines are taken by their tops: a tag set down another column, whose top falls
    between a headline's two lines and whose base (its last glyph's) far below, closes
    no block, so the headline's second line still joins the first."""
    first = _line(484, 63, 620, 77, 14, "달내시장 주차장 200면")
    tag = _line(37, 69, 49, 150, 13, "달내 사람들")
    second = _line(484, 77, 523, 91, 14, "늘린다")
    blocks = make_blocks([first, tag, second], [])
    assert [[x.text for x in b.lines] for b in blocks] == [
        ["달내시장 주차장 200면", "늘린다"],
        ["달내 사람들"],
    ]
    # near miss: a line of the headline's size more than a pitch below it is no line of
    # it, tag or no tag between: the tag keeps the block open, the distance closes it
    far = _line(484, 140, 523, 154, 14, "늘린다")
    blocks = make_blocks([first, tag, far], [])
    assert [[x.text for x in b.lines] for b in blocks] == [
        ["달내시장 주차장 200면"],
        ["달내 사람들"],
        ["늘린다"],
    ]


def test_a_line_set_down_under_a_line_of_its_type_is_no_line_of_its_block() -> None:
    """A tag keeps blocks open, but its base lies far below its top: it is no next line
    of the block right above it (a label in its type, '연재'), however near its top."""
    label = _line(37, 50, 63, 63, 13, "연재")
    tag = _line(37, 66, 49, 150, 13, "달내 사람들")
    blocks = make_blocks([label, tag], [])
    assert [[x.text for x in b.lines] for b in blocks] == [["연재"], ["달내 사람들"]]
    # near miss: the label's second line, set across a line under it, is still its line
    second = _line(37, 66, 63, 79, 13, "칼럼")
    blocks = make_blocks([label, second], [])
    assert [[x.text for x in b.lines] for b in blocks] == [["연재", "칼럼"]]
