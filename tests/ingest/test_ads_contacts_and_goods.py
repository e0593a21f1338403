"""What an ad holds: its contacts and phone numbers, its list of goods, its leader rows."""

from __future__ import annotations

import re

from reader.ingest import explain_text, ingest_text
from reader.ingest.ad import LEADER_TABLE, PHONE, contact_line
from reader.ingest.ad_heads import SELLER_LINE
from reader.ingest.ad_keyed import KEYED_LIST
from reader.ingest.lines import Line
from reader.model import Ad, Article, Contact, ListBlock, Table
from tests.ingest.rule_pages import WANTS, _items
from tests.ingest.test_conventions import LEAD, items, parse


def test_an_old_ads_price_lines_are_a_list_and_its_exchange_phone_a_contact() -> None:
    text = (
        "COUNCIL MEETS TO-NIGHT\n\nThe city council will meet to-night to hear the report "
        "of the street committee on the paving of Elm street.\n\n\n"
        "PARKER'S HARDWARE STORE\n\nSnow Shovels $1.25\nCoal Hods, each $0.89\n\n"
        "12 Elm Street. Phone Elm 88\n"
    )
    _, ad = items(text)
    assert ad["blocks"] == [
        ("list", ["Snow Shovels $1.25", "Coal Hods, each $0.89"]),
        ("paragraph", "12 Elm Street."),
        ("contact", "phone", "Elm 88", "Elm 88", "Phone"),
    ]


def test_a_shops_name_over_its_prices_and_discounts_is_a_heading_over_a_list() -> None:
    text = (
        f"누리시장 봄맞이\n\n{LEAD}\n\n한가람 기자\n\n"
        "봄맞이 대잔치\n누리정육점\n돼지 삼겹살 100g 2,300원\n양념갈비 세트 15% 할인\n"
        "매장 누리시 장터길 5\n전화 031-555-0199\n"
    )
    story, ad = items(text)
    assert ad["title"] == "봄맞이 대잔치"
    assert ad["blocks"][0] == ("heading", "누리정육점")
    assert ad["blocks"][1] == ("list", ["돼지 삼겹살 100g 2,300원", "양념갈비 세트 15% 할인"])
    assert ad["blocks"][2] == ("paragraph", "매장 누리시 장터길 5")


ADS = (
    f"누리시 예산 확정\n\n{LEAD}\n\n한가람 기자\n\n"
    "누리 리버뷰 2단지\n정당계약 4월 8일~10일 · 전용 84㎡ 320세대\n"
    "▶ 중도금 무이자\n▶ 역세권 도보 3분\n견본주택 : 누리시 강변로 12\n분양문의 1600-5555\n\n"
    "가람 전원주택 잔여 세대\n텃밭 딸린 단층, 2억원대\n현장 안내 061-555-0142\nwww.garam-house.kr\n"
)


def test_two_ads_one_under_another_each_with_its_contact_are_two_ads() -> None:
    edition = parse(ADS)
    _, first, second = edition.pages[0].items
    assert isinstance(first, Ad) and isinstance(second, Ad)
    assert first.title is not None and first.title.text == "누리 리버뷰 2단지"
    assert [c.value for c in first.blocks if isinstance(c, Contact)] == ["1600-5555"]
    assert second.title is not None and second.title.text == "가람 전원주택 잔여 세대"
    assert [c.value for c in second.blocks if isinstance(c, Contact)] == [
        "061-555-0142",
        "www.garam-house.kr",
    ]


def test_a_labelled_field_under_a_list_is_no_continuation_of_its_last_item() -> None:
    first = parse(ADS).pages[0].items[1]
    assert isinstance(first, Ad)
    [points] = [b for b in first.blocks if isinstance(b, ListBlock)]
    assert [t.text for t in points.items] == ["중도금 무이자", "역세권 도보 3분"]


def test_an_ads_contact_block_set_apart_stays_in_the_ad() -> None:
    text = ADS.replace("\n\n가람 전원주택 잔여 세대\n텃밭 딸린 단층, 2억원대\n", "\n\n")
    assert sum(isinstance(item, Ad) for item in parse(text).pages[0].items) == 1


DETAILS = [
    "기간: 8월 3일~8월 7일(4박 5일)",
    "대상: 초등학교 5~6학년 40명",
    "참가비: 15만원",
    "신청: 7월 20일까지",
]


def test_label_value_lines_one_under_another_in_an_ad_are_a_list() -> None:
    text = (
        "2026 여름 누리 과학캠프 참가자 모집\n" + "\n".join(DETAILS) + "\n누리과학관 061-555-0123\n"
    )
    edition, trace = explain_text(text)
    [ad] = edition.pages[0].items
    assert isinstance(ad, Ad)
    lists = [b for b in ad.blocks if isinstance(b, ListBlock)]
    assert [[t.text for t in b.items] for b in lists] == [DETAILS]
    assert KEYED_LIST in trace.rule("p1-1", "blocks.0.items.0")


def test_two_label_value_lines_stay_paragraphs() -> None:
    text = (
        "2026 여름 누리 과학캠프 참가자 모집\n"
        + "\n".join(DETAILS[:2])
        + "\n누리과학관 061-555-0123\n"
    )
    [ad] = parse(text).pages[0].items
    assert isinstance(ad, Ad)
    assert not any(isinstance(b, ListBlock) for b in ad.blocks)


def test_an_ads_phrases_one_under_another_stay_apart() -> None:
    text = (
        "CLASSIFIED ADS\n\n"
        "Harbor Hall\nWeddings and Reunions\nSeating for 250\nCall 555-0142\n\n"
        "Pine Cabin\nSleeps Six\nCall 555-0199\n"
    )
    first = items(text)[0]
    assert first["title"] == "Harbor Hall"
    assert [b[0] for b in first["blocks"]][:2] == ["paragraph", "paragraph"]


def test_a_towns_short_number_after_phone_is_a_contact() -> None:
    got = items(WANTS)
    assert got[0]["blocks"] == [
        ("paragraph", "Two good milk cows, fresh in April."),
        ("contact", "phone", "318", "318", "Phone"),
    ]
    assert [m.group() for m in PHONE.finditer("Phone 1183-J. Phone 12345678. Call 418.")] == [
        "1183-J"
    ]


def test_a_phone_after_initials_or_a_street_with_its_abbreviation_is_a_contact() -> None:
    text = (
        "FOR SALE—Good work team, harness and\n"
        "wagon. See R. L. Haskins. Phone 427.\n\n"
        "FOR RENT—Five-room cottage with bath.\n"
        "22 N. Elm st. Phone 96.\n"
    )
    sale, rent = items(text)
    assert sale["blocks"][-1] == ("contact", "phone", "427", "427", "Phone")
    assert ("paragraph", "Good work team, harness and wagon. See R. L. Haskins.") in sale["blocks"]
    assert rent["blocks"][-1] == ("contact", "phone", "96", "96", "Phone")


def test_a_number_wrapped_under_phone_is_a_contact() -> None:
    text = (
        "FOR SALE—Six-room house on Maple\n"
        "avenue, barn and garden; $3,800. Phone\n"
        "1142-W.\n\n"
        "WANTED—Girl for general housework.\n"
        "Apply 14 Oak st.\n"
    )
    edition, trace = explain_text(text)
    sale = items(text)[0]
    assert sale["blocks"][-1] == ("contact", "phone", "1142-W", "1142-W", "Phone")
    assert "under 'Phone'" in trace.rule("p1-1", f"blocks.{len(sale['blocks']) - 1}")


def test_a_figure_alone_under_a_line_not_closed_by_phone_is_no_contact() -> None:
    text = (
        "FOR SALE—Six-room house on Maple\n"
        "avenue, lot number\n"
        "1142.\n\n"
        "WANTED—Girl for general housework.\n"
        "Apply 14 Oak st.\n"
    )
    sale = items(text)[0]
    assert all(b[0] != "contact" for b in sale["blocks"])


def test_a_phones_name_is_no_number_to_call() -> None:
    assert PHONE.search("애플, 새 iPhone 16 공개") is None
    assert PHONE.search("Phone 418") is not None
    page = (
        "애플 신제품 발표회 열어\n\n"
        "애플이 9일 신제품 발표회를 열었다. 새 제품은 다음 주 출시된다.\n\n"
        "애플, 새 iPhone 16 공개\n\n"
        "애플이 새 제품을 공개했다. 가격은 동결됐다.\n"
    )
    heads = [
        it.headline.text
        for it in _items(ingest_text(page))
        if isinstance(it, Article) and it.headline
    ]
    assert heads == ["애플 신제품 발표회 열어", "애플, 새 iPhone 16 공개"]


def test_an_ads_list_of_goods_is_not_joined_into_a_sentence() -> None:
    goods = "Fresh eggs\nButter and cheese\nCountry ham\nOpen daily till 9 p.m."
    text = f"JONES GROCERY\n\n{goods}\n\nPhone Main 1234\n"
    [ad] = parse(text).pages[0].items
    assert isinstance(ad, Ad)
    texts = [b.text for b in ad.blocks if hasattr(b, "text")]
    assert texts[:4] == ["Fresh eggs", "Butter and cheese", "Country ham", "Open daily till 9 p.m."]


STORE_AD = (
    "KELLER & DAHL\n"
    "JUNE REMNANT SALE\n"
    "Men's Straw Hats ............... $1.25\n"
    "Ladies' Shirt Waists ............ 89c\n"
    "Percale, per yard .................. 9c\n"
    "Corner Main and Second Streets. Phone 44.\n"
)


def test_an_ads_leader_dot_rows_are_a_table_with_no_header() -> None:
    edition, trace = explain_text(STORE_AD)
    [ad] = edition.pages[0].items
    assert isinstance(ad, Ad)
    [table] = [b for b in ad.blocks if isinstance(b, Table)]
    assert table.header == []
    assert [[c.text for c in row] for row in table.rows] == [
        ["Men's Straw Hats", "$1.25"],
        ["Ladies' Shirt Waists", "89c"],
        ["Percale, per yard", "9c"],
    ]
    k = ad.blocks.index(table)
    assert trace.rule(ad.id, f"blocks.{k}.rows.0.0") == LEADER_TABLE
    parse(STORE_AD)  # the dots are the cells' (nothing lost), their text drawn from spans


def test_an_ads_goods_without_leader_dots_stay_its_price_list() -> None:
    # 'Men's Straw Hats $1.25' one under another: a list of goods, no table's rows
    text = re.sub(r" \.{4,} ?", " ", STORE_AD)
    [ad] = ingest_text(text).pages[0].items
    assert isinstance(ad, Ad)
    assert not [b for b in ad.blocks if isinstance(b, Table)]
    [goods] = [b for b in ad.blocks if isinstance(b, ListBlock)]
    assert [t.text for t in goods.items][0] == "Men's Straw Hats $1.25"


def test_a_contacts_purpose_before_a_colon_is_its_label_the_desk_is_printed_with_it() -> None:
    line = Line("문의: 누리지방변호사회 공익인권팀 (062)481-2270 / nuri@nuribar.kr", 0)
    contacts = contact_line(line)
    assert contacts is not None
    assert [(c.channel, c.label) for c in contacts] == [("phone", "문의"), ("email", "문의")]
    # the desk's name is in the printed text, not only in the spans
    assert contacts[0].text == "누리지방변호사회 공익인권팀 (062)481-2270"
    assert contacts[0].value == "062-481-2270"
    assert contacts[0].spans == [(0, line.text.index(" /"))]


def test_a_notice_or_desk_after_a_contacts_colon_keeps_every_word() -> None:
    desk = contact_line(Line("문의: 누리시 복지정책과 02-123-4567", 0))
    assert desk is not None
    assert (desk[0].label, desk[0].text) == ("문의", "누리시 복지정책과 02-123-4567")
    # dates and a notice are no desk: the words stay the label, as printed
    notice = contact_line(Line("안내: 3월 5일부터 20일까지 휴관 02-123-4567", 0))
    assert notice is not None
    assert (notice[0].label, notice[0].text) == ("안내: 3월 5일부터 20일까지 휴관", "02-123-4567")


def test_a_role_before_a_colon_stays_the_whole_label() -> None:
    contacts = contact_line(Line("Auctioneer: Dale Brandt (608) 555-0190", 0))
    assert contacts is not None and contacts[0].label == "Auctioneer: Dale Brandt"
    contacts = contact_line(Line("문의 사무국 (031)555-2030", 0))
    assert contacts is not None and contacts[0].label == "문의 사무국"


COUNCIL = (
    "COUNCIL MEETS TO-NIGHT\n\nThe city council will meet to-night to hear the report "
    "of the street committee on the paving of Elm street.\n\n"
)


def test_the_sellers_name_over_its_address_is_an_ads_paragraph_not_a_heading() -> None:
    ad = (
        "WINTER OVERCOATS\n\nMelton Coats, $12 to $20.\nBoys' Reefers, $3.50 up.\n"
        "DRAKE & LOWE, CLOTHIERS\n18 Main Street.\n"
    )
    edition, trace = explain_text(f"{COUNCIL}{ad}")
    [_, item] = edition.pages[0].items
    assert isinstance(item, Ad)
    kinds = {block.text: type(block).__name__ for block in item.blocks if hasattr(block, "text")}
    assert kinds["DRAKE & LOWE, CLOTHIERS"] == "Paragraph"
    assert any(SELLER_LINE in why for why in trace.notes.values())


def test_a_sale_line_in_capitals_alone_in_an_ad_stays_its_heading() -> None:
    # no firm's word ends it: a heading the ad sets over its goods
    ad = (
        "WINTER OVERCOATS\n\nMelton Coats, $12 to $20.\n\nSPECIAL FOR SATURDAY\n\n"
        "Boys' Reefers, $3.50 up.\nDRAKE & LOWE, CLOTHIERS\n18 Main Street.\n"
    )
    edition = ingest_text(f"{COUNCIL}{ad}")
    item = edition.pages[0].items[-1]
    assert isinstance(item, Ad)
    kinds = {block.text: type(block).__name__ for block in item.blocks if hasattr(block, "text")}
    assert kinds["SPECIAL FOR SATURDAY"] == "Heading"
