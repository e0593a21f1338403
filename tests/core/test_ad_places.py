"""Where in an ad a hit is: the table row's label, the list and its entry, the heading
(reader.places, given the ad)."""

from __future__ import annotations

import msgspec

from reader.model import Ad, Heading, ListBlock, Paragraph, Table, Text
from reader.places import place_name
from reader.printable import cell_width

AD = Ad(
    id="p6-2",
    title=Text("명품 코스 해솔CC 회원 모집"),
    advertiser="해솔CC",
    blocks=[
        Heading("회원모집 안내"),
        Table(
            header=[Text("구 분"), Text("분양금액"), Text("회원 특전")],
            rows=[
                [Text("VVIP (A형)"), Text("770"), Text("정회원 동반 3인 그린피 50% 할인")],
                [Text("주중  회원"), Text("300"), Text("무료회차 12회 그린피 50% 할인")],
            ],
        ),
        Heading("2016년 연단체모집"),
        ListBlock(items=[Text("신청조건 1부 2팀"), Text("할인혜택 월별 그린피 추가 할인")]),
        Paragraph("전 객실 코스 조망, 라운딩 고객 객실 요금 30% 할인"),
    ],
)


def test_a_table_cell_is_named_by_its_row():
    assert place_name("blocks.1.rows.0.2", AD) == "VVIP (A형)"
    assert place_name("blocks.1.rows.1.2", AD) == "주중 회원"  # spaces as one
    assert place_name("blocks.1.rows.1.0", AD) == "table row 2"  # the label itself: its number
    assert place_name("blocks.1.header.1", AD) == "table heading"


def test_a_list_entry_and_a_paragraph_are_named_by_the_heading_above():
    assert place_name("blocks.3.items.1", AD) == "2016년 연단체모집 · entry 2"
    assert place_name("blocks.4", AD) == "2016년 연단체모집"
    assert place_name("blocks.2", AD) == "heading"
    # The title, or a path the ad does not have: named by the path alone.
    assert place_name("title", AD) == "title" and place_name("blocks.9", AD) == "line 10"


def test_a_long_label_is_cut_by_its_cells_not_its_letters():
    # Hangul takes two cells: a label of 20 syllables is 40 cells, cut to at most 24
    long = msgspec.structs.replace(
        AD, blocks=[Heading("가" * 20), Paragraph("본문"), Heading("A" * 20), Paragraph("본문")]
    )
    korean = place_name("blocks.1", long)
    assert korean.endswith("…") and cell_width(korean) <= 24
    assert place_name("blocks.3", long) == "A" * 20  # 20 cells: whole
