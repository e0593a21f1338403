"""A page of one advertiser (fullads.py): a display title, a line under it, a ruled price
table, a picture and a number to call, and no column of running text: one ad, its title
the display line, its table and phone its own. Near misses: the same page with a story's
column of running text beside the table, or without the number to call, is read as
before (stories, not one ad)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad, Article, Contact, Table
from reader.pdf import ingest_pdf
from reader.pdf.blocks import Block
from reader.pdf.content import Run
from reader.pdf.fullads import one_advertiser
from reader.pdf.lines import make_lines
from reader.pdf.parts import Atom
from tests.pdfgen.fonts import faces

TITLE = "달내 온천 리조트 새 단장 개관"
HEAD = "객실 요금 (1박, 2인 기준)"  # the table's title
ROWS = [
    ("객실", "주중", "주말"),
    ("스탠다드", "89,000원", "119,000원"),
    ("디럭스", "119,000원", "149,000원"),
]
STORY = [
    "달내군은 올해 온천 지구를 새로 꾸미는",
    "사업에 군비 20억원을 들이기로 했다.",
    "군은 다음 달 주민 설명회를 열 계획이다.",
    "설명회는 읍사무소에서 열린다.",
]


def _page(path: Path, phone: bool = True, story: bool = False) -> list[object]:
    face = faces("cid")
    c = Canvas(str(path), pagesize=(600, 500))
    c.drawImage(ImageReader(Image.new("RGB", (60, 20), (40, 90, 140))), 40, 330, 520, 130)
    c.setFont(face.sans, 28)
    c.drawCentredString(300, 285, TITLE)
    c.setFont(face.sans, 13)
    c.drawCentredString(300, 260, "2월 1일 문을 엽니다. 개관 기념 객실 요금 30% 할인")
    c.setFont(face.sans, 11)
    c.drawString(40, 228, HEAD)
    c.setFont(face.sans, 9)
    top, step, xs = 220.0, 16.0, (40.0, 120.0, 200.0, 280.0)
    for k, row in enumerate(ROWS):
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 5, top - step * k - 11, cell)
    c.setLineWidth(0.8)
    for k in range(len(ROWS) + 1):
        c.line(xs[0], top - step * k, xs[-1], top - step * k)
    for x in xs:
        c.line(x, top, x, top - step * len(ROWS))
    if story:
        c.setFont(face.body, 9)
        for k, text in enumerate(STORY):
            c.drawString(330, top - 11 - 12.5 * k, text)
    if phone:
        c.setFont(face.sans, 20)
        c.drawString(330, 60, "예약 문의 055-940-7700")
    c.showPage()
    c.save()
    return list(ingest_pdf(path).edition.pages[0].items)


def test_a_page_of_one_advertiser_is_one_ad(tmp_path: Path) -> None:
    [ad] = _page(tmp_path / "ad.pdf")
    assert isinstance(ad, Ad)
    assert ad.title is not None and ad.title.text == TITLE
    [table] = [b for b in ad.blocks if isinstance(b, Table)]
    assert [[x.text for x in row] for row in [table.header, *table.rows]] == [list(r) for r in ROWS]
    assert [b.value for b in ad.blocks if isinstance(b, Contact)] == ["055-940-7700"]
    assert any(getattr(b, "text", None) == HEAD for b in ad.blocks)  # the title kept


def test_a_page_with_a_column_of_running_text_is_no_one_ad(tmp_path: Path) -> None:
    items = _page(tmp_path / "story.pdf", story=True)
    assert any(isinstance(x, Article) for x in items)


def test_a_page_with_no_number_to_call_is_no_one_ad(tmp_path: Path) -> None:
    items = _page(tmp_path / "nophone.pdf", phone=False)
    assert any(isinstance(x, Article) for x in items)


def _block(x0: float, base: float, text: str) -> Block:
    x1 = x0 + 9.0 * len(text)
    [line] = make_lines([Run(x0, base - 8.0, x1, base + 1.0, base, 9.0, "Sans", text, x1)], [])
    return Block([line])


def test_a_table_found_without_rules_keeps_its_title_in_the_one_ad() -> None:
    # a frame reads a table's rows alone: its title is handed to it as a block of its own
    title, row, call = (
        _block(10, 20, "객실 요금"),
        _block(10, 40, "디럭스"),
        _block(10, 80, "문의 055-940-7700"),
    )
    table = Atom("table", (10, 12, 100, 41), block=title, rows=[[row.lines]])
    ad = one_advertiser([table, Atom("block", call.box, block=call)], 0, [])
    assert ad is not None
    kinds = [(a.kind, a.block.text if a.block is not None else None) for a in ad.inner]
    assert kinds == [("block", "객실 요금"), ("table", None), ("block", "문의 055-940-7700")]
    assert [a.rows for a in ad.inner if a.kind == "table"] == [[[row.lines]]]


SMALL_ADS = [
    ("가람 피아노 교습소", "초등부 주 3회 개인 지도", "010-2345-6789"),
    ("누리 이삿짐 센터", "포장 이사 전문 견적 무료", "031-555-0101"),
    ("한결 세탁소", "운동화 이불 빨래 수거 배달", "02-777-1234"),
    ("솔빛 수학 학원", "중등부 신입생 모집 중", "010-8765-4321"),
]


def test_a_page_of_small_ads_each_framed_with_its_number_stays_many_ads(tmp_path: Path) -> None:
    # near miss: no running text and numbers to call, but an advertiser a frame
    path = tmp_path / "small.pdf"
    face = faces("cid")
    c = Canvas(str(path), pagesize=(600, 500))
    for k, (title, line, phone) in enumerate(SMALL_ADS):
        x, y = 40 + 270 * (k % 2), 420 - 200 * (k // 2)
        c.rect(x, y - 150, 250, 170)
        c.setFont(face.sans, 16)
        c.drawString(x + 10, y - 10, title)
        c.setFont(face.sans, 10)
        c.drawString(x + 10, y - 40, line)
        c.setFont(face.sans, 14)
        c.drawString(x + 10, y - 120, phone)
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    assert all(isinstance(x, Ad) for x in items)
    assert sorted(x.title.text for x in items if isinstance(x, Ad) and x.title) == sorted(
        t for t, _, _ in SMALL_ADS
    )


CAPTIONS = [
    "시민들이 벚꽃이 핀 강변을 걷고 있다.",
    "아이들이 분수대에서 물놀이를 하고 있다.",
    "상인들이 새로 연 장터에서 손님을 맞고 있다.",
    "어르신들이 공원에서 장기를 두고 있다.",
]


def test_a_page_of_captioned_photos_with_a_tip_line_is_no_ad(tmp_path: Path) -> None:
    # near miss: captions of a line (no column) and the paper's number for readers' photos
    path = tmp_path / "photos.pdf"
    face = faces("cid")
    c = Canvas(str(path), pagesize=(600, 500))
    for k, caption in enumerate(CAPTIONS):
        x, y = 40 + 270 * (k % 2), 270 - 200 * (k // 2)
        picture = Image.new("RGB", (60, 40), (40 + 30 * k, 90, 140))
        c.drawImage(ImageReader(picture), x, y, 250, 160)
        c.setFont(face.body, 9)
        c.drawString(x, y - 12, caption)
    c.setFont(face.sans, 24)
    c.drawString(40, 460, "포토 뉴스")
    c.setFont(face.sans, 9)
    c.drawString(300, 465, "독자 사진 제보 02-3456-7890")
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    assert not any(isinstance(x, Ad) for x in items)
    text = " ".join(getattr(b, "text", "") for x in items for b in getattr(x, "body", []))
    assert all(caption in text for caption in CAPTIONS)
