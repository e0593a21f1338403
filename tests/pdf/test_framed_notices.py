"""A framed notice of the paper's own (notices.py, asked by frames.py): '바로잡습니다' over
one paragraph of two sentences, framed in a corner, is an item of its own headed by it,
not an ad (page 61 of tests/pdfreal read it as one)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad, Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

STORY = (
    "달내군 보건소가 다음 달부터 화요일과 목요일 야간 진료를 밤 9시까지 한 시간 늘린다. "
    "일을 마치고 오는 주민이 많아서다. 진료 과목은 내과와 가정의학과다. 군은 주말 진료도 "
    "검토하고 있다. 보건소는 예약 없이 찾아와도 진료를 받을 수 있다고 밝혔다."
)
NOTICE = (
    "지난 15일 자 4면 기사에서", "이용료 2천원은 3천원이기에", "바로잡습니다. 썰매는 무료로",
    "빌려 줍니다.",
)  # fmt: skip
WIDE = 110.0  # the notice's measure


def _page(
    tmp: Path,
    lines: tuple[str, ...] = NOTICE,
    centred: bool = False,
    head: str = "바로잡습니다",
    head_size: float = 9,
) -> list[object]:
    c = Canvas(str(tmp / "page.pdf"), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 16)
    c.drawString(40, 790, "보건소 야간 진료 연장")
    c.setFont(font, 9)
    y = 765.0
    for k in range(0, len(STORY), 26):
        c.drawString(40, y, STORY[k : k + 26])
        y -= 13
    c.rect(40, 560, WIDE + 12, 70)  # the frame
    c.setFont(font, head_size)
    c.drawString(46, 615, head)
    y = 600.0
    for k, line in enumerate(lines):
        width = stringWidth(line, font, 7.5)
        text = c.beginText(46 + ((WIDE - width) / 2 if centred else 0), y)
        text.setFont(font, 7.5)
        if not centred and k < len(lines) - 1:  # a full line justified to the measure
            text.setCharSpace((WIDE - width) / (len(line) - 1))
        text.textLine(line)
        c.drawText(text)
        y -= 10
    c.showPage()
    c.save()
    return list(ingest_pdf(tmp / "page.pdf").edition.pages[0].items)


def test_a_framed_notice_of_two_sentences_is_an_item_headed_by_its_head(tmp_path: Path) -> None:
    items = _page(tmp_path)
    assert not any(isinstance(it, Ad) for it in items)
    (box,) = [it for it in items if isinstance(it, Article) and it.headline is not None
              and it.headline.text == "바로잡습니다"]  # fmt: skip
    assert [b.kind for b in box.body] == ["lead"]
    assert box.body[0].text.startswith("지난 15일 자 4면") and box.body[0].text.endswith("줍니다.")


def test_a_framed_notice_giving_a_phone_is_an_ad(tmp_path: Path) -> None:
    lines = (*NOTICE[:2], "바로잡습니다. 055-940-2580", "으로 문의해 주십시오.")
    items = _page(tmp_path, lines=lines)
    assert any(isinstance(it, Ad) for it in items)


def test_centred_lines_in_a_frame_are_an_ad(tmp_path: Path) -> None:
    lines = (
        "지난 15일 자 4면 기사에서",
        "이용료는 3천원",
        "바로잡습니다. 썰매는",
        "무료로 빌려 줍니다.",
    )
    assert any(isinstance(it, Ad) for it in _page(tmp_path, lines=lines, centred=True))


def test_a_frame_whose_text_ends_in_no_sentence_is_an_ad(tmp_path: Path) -> None:
    assert any(isinstance(it, Ad) for it in _page(tmp_path, lines=(*NOTICE[:-1], "달내온천탕")))


def test_a_frame_of_a_head_over_one_line_is_an_ad(tmp_path: Path) -> None:
    """A greeting's box: a name over one line wishing well is an advertiser's."""
    assert any(isinstance(it, Ad) for it in _page(tmp_path, lines=("새해 복 많이 받으세요.",)))


def test_a_frame_titled_in_display_type_over_a_paragraph_is_an_ad(tmp_path: Path) -> None:
    """An advertiser's name in display type (14 pt over 7.5) over one justified paragraph
    that ends a sentence and gives no phone: an ad, not a notice of the paper's."""
    offer = (
        "새해를 맞아 한 달 동안",
        "모든 손님의 목욕 요금을",
        "20% 깎아 드립니다. 많이",
        "찾아 주십시오.",
    )
    items = _page(tmp_path, lines=offer, head="달내온천탕", head_size=14)
    (ad,) = [it for it in items if isinstance(it, Ad)]
    assert ad.title is not None and ad.title.text == "달내온천탕"
    assert not any(isinstance(it, Article) and it.headline and "달내" in it.headline.text
                   for it in items)  # fmt: skip
