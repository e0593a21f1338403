"""Ads and the groups that only look like ads, on small made-up examples: priced menus and
tables that sell, a playhouse's bill, classified and want ads (one alone under a story too),
an ad's contact block and list of goods, a phone's number, and jobs tables, market reports,
donors' lists and a theatre story that are articles. Every name, number and address is
invented."""

from __future__ import annotations

import re

from reader.ingest import explain_text, ingest_text
from reader.ingest.ad import LEADER_TABLE, PHONE, contact_line
from reader.ingest.ad_heads import NAME_HEAD
from reader.ingest.ad_keyed import KEYED_LIST
from reader.ingest.ad_marks import BYLINED, PAPER_TABLE
from reader.ingest.ad_wraps import TITLE_GOES_ON, WRAPPED
from reader.ingest.lines import Line
from reader.ingest.notices_title import CATEGORY_APART, CATEGORY_HEAD
from reader.ingest.playbills import PLAYBILL
from reader.ingest.shop_ads import CONTACT_AD, SHOP_AD
from reader.ingest.want_ads import WANT_AD
from reader.model import Ad, Article, Contact, Heading, ListBlock, Table
from tests.ingest.outline import outline
from tests.ingest.rule_pages import _items
from tests.ingest.test_conventions import LEAD, MORE, items, parse

JOBS = (
    "이번 주 일자리\n\n"
    "업체\t직종\t인원\t마감\n"
    "누리정밀\t도장공\t5명\t11월 21일\n"
    "가람식품\t생산직\t8명\t11월 24일\n"
    "한결물류\t운전원\t3명\t11월 28일\n"
    "문의 누리일자리센터 061-000-4455\n"
)


def test_a_jobs_table_with_an_enquiry_line_is_an_article_of_rows() -> None:
    [item] = items(f"{JOBS}")
    assert item["headline"] == "이번 주 일자리"
    assert [kind for kind, _ in item["body"]] == ["paragraph"] * 5
    assert item["body"][1] == ("paragraph", "누리정밀\t도장공\t5명\t11월 21일")


def test_an_english_market_report_of_leader_rows_is_an_article() -> None:
    text = (
        "MARKET REPORT.\n\n"
        "Wheat, No. 2 hard ........ 84 @ 86c\n"
        "Corn, No. 2 mixed ......... 71 @ 72c\n"
        "Oats ....................... 41 @ 42c\n"
        "Hogs, heavy .............. $8.10 @ $8.45\n"
    )
    [item] = items(text)
    assert item["headline"] == "MARKET REPORT."
    assert len(item["body"]) == 4


def test_a_priced_menu_with_a_contact_stays_an_ad() -> None:
    text = (
        "누리반점 점심 메뉴\n\n"
        "짜장면 ........ 6,000원\n"
        "짬뽕 .......... 7,000원\n"
        "탕수육 ........ 15,000원\n"
        "문의 061-000-1234\n"
    )
    [item] = items(text)
    assert "title" in item  # an Ad's outline


def test_a_table_that_sells_stays_an_ad() -> None:
    text = (
        "가을 특가 세일\n\n"
        "품목\t정가\t할인가\n"
        "운동화\t9만원\t5만원\n"
        "점퍼\t12만원\t7만원\n"
        "가방\t6만원\t3만원\n"
        "문의 061-000-1234\n"
    )
    [item] = items(text)
    assert "title" in item


def test_explain_names_each_reason_an_ad_like_group_is_an_article() -> None:
    _, trace = explain_text(JOBS)
    assert any(PAPER_TABLE in why for why in trace.notes.values())
    signed = (
        f"누리시 예산\n\n{LEAD}\n\n☎ 061-000-1234\n• 신청 접수\n• 현장 방문\n• 우편 접수\n"
        "• 전화 상담\n\n한가람 기자\n"
    )
    _, trace = explain_text(signed)
    assert any(BYLINED in why for why in trace.notes.values())


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


def test_a_name_in_capitals_under_an_ads_title_is_its_heading() -> None:
    text = (
        "Ferry service resumes\n\n"
        "The Bayside ferry returned to its full schedule on Monday after repairs.\n\n"
        "THIS WEEKEND\n"
        "THE GRANGE HALL\n"
        "Barn dance with the Salt Road Band\n"
        "Sat 8 p.m., tickets $12\n"
        "Call (503) 555-0190\n"
    )
    edition, trace = explain_text(text)
    ad = edition.pages[0].items[-1]
    assert isinstance(ad, Ad)
    assert ad.title is not None and ad.title.text == "THIS WEEKEND"
    assert isinstance(ad.blocks[0], Heading) and ad.blocks[0].text == "THE GRANGE HALL"
    assert trace.rule(ad.id, "blocks.0") == NAME_HEAD


def test_two_small_ads_over_one_cut_off_by_the_page_are_three_ads() -> None:
    text = (
        "CLASSIFIEDS\n\n"
        "GARAGE SALE\nSat., May 2, 8 a.m.\n14 Birch Lane, Orvale\nCall (555) 555-0101\n\n"
        "FIREWOOD FOR SALE\nSeasoned oak, split and stacked.\nText 555-555-0102\n\n"
        "WANTED: BARN SPACE\nDry storage for two boats through the winter, within ten\n"
    )
    edition, trace = explain_text(text)
    ads = edition.pages[0].items
    assert len(ads) == 3
    assert all(isinstance(ad, Ad) for ad in ads)
    assert "a small ad with its own contact" in trace.rule("p1-3")


DONORS = (
    "Our Thanks to Donors\n\nThe library thanks everyone who gave between May 1 and June 30.\n\n"
    "$5,000 and above\nMiriam & Theo Ashgrove\nBeacon Hill Savings\n\n"
    "$1,000 to $4,999\nCalloway Hardware\nThe Pruitt Family\n\n"
    "$100 to $999\nJune Okafor\nDel Ray Bakery\n\n"
    "Please report any error to 555-0187.\n"
)


def test_a_list_of_names_under_ranges_of_gifts_is_an_article_not_an_ad() -> None:
    edition = parse(DONORS)
    [item] = edition.pages[0].items
    assert not isinstance(item, Ad)
    assert outline(edition)[0]["items"][0]["headline"] == "Our Thanks to Donors"


def test_prices_of_goods_on_short_lines_still_make_an_ad() -> None:
    text = "Spring Clearance\n\nGarden hose $12\nRake $9 to $15\nCall 555-0123\n"
    [item] = parse(text).pages[0].items
    assert isinstance(item, Ad)


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


CLASSIFIED = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "FOR RENT—Five-room cottage on Wal-\nnut street. Inquire at 12 Oak\navenue.\n\n"
    "WANTED—Boy to deliver papers; must\nhave a bicycle. Apply at this office.\n\n"
    "GRAND OPENING\nOF FALL HATS\nSaturday, Sept. 9.\n"
    "You are invited to see our display\nof new hats.\n\n"
    "ADMINISTRATOR'S NOTICE.\n"
    "All persons having claims against the estate\nof Silas Moore are requested to present them.\n"
    "JOHN R. WELLS,\nAdministrator.\n"
)


def test_a_classified_page_holds_ads_with_run_in_titles_and_joined_lines() -> None:
    edition, trace = explain_text(CLASSIFIED)
    page = edition.pages[0]
    assert page.section == "CLASSIFIED ADVERTISEMENTS"
    got = items(CLASSIFIED)
    assert [it["title"] for it in got] == [
        "FOR RENT",
        "WANTED",
        "GRAND OPENING OF FALL HATS",
        "ADMINISTRATOR'S NOTICE.",
    ]
    assert got[0]["blocks"] == [
        ("paragraph", "Five-room cottage on Walnut street. Inquire at 12 Oak avenue.")
    ]
    # the signer's name in capitals, ending in a comma, is no headline of a new item
    assert got[3]["blocks"][-1] == ("paragraph", "JOHN R. WELLS, Administrator.")
    assert trace.rule("p1-1", "blocks.0") == WRAPPED
    assert trace.rule("p1-3", "title") == TITLE_GOES_ON


def test_an_ads_phrases_one_under_another_stay_apart() -> None:
    text = (
        "CLASSIFIED ADS\n\n"
        "Harbor Hall\nWeddings and Reunions\nSeating for 250\nCall 555-0142\n\n"
        "Pine Cabin\nSleeps Six\nCall 555-0199\n"
    )
    first = items(text)[0]
    assert first["title"] == "Harbor Hall"
    assert [b[0] for b in first["blocks"]][:2] == ["paragraph", "paragraph"]


WANTS = (
    "FOR SALE—Two good milk cows, fresh in\n"
    "April. Phone 318.\n\n"
    "WANTED—Boy to work in grocery after\n"
    "school. Apply Hart's store.\n"
)


def test_a_want_ad_led_by_its_head_is_an_ad_titled_by_it() -> None:
    edition, trace = explain_text(WANTS)
    got = items(WANTS)
    assert [i["title"] for i in got] == ["FOR SALE", "WANTED"]
    assert got[1]["blocks"] == [
        ("paragraph", "Boy to work in grocery after school. Apply Hart's store.")
    ]
    assert WANT_AD in trace.rule("p1-1")


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


NOTES = (
    "AT THE PLAYHOUSES\n\n"
    'Ruth Garland, in "The Lamplighter," a five-reel\n'
    "feature, will be the attraction at the Lyric\n"
    "Monday and Tuesday. It is said to be her best.\n\n"
)


def test_a_playhouses_bill_with_its_prices_is_an_ad_one_a_house() -> None:
    text = (
        f"{NOTES}"
        'LYRIC THEATRE\nMONDAY AND TUESDAY\nRUTH GARLAND\nin\n"THE LAMPLIGHTER"\n'
        "Evenings 7 and 9 o'clock\nAdmission 10c and 15c.\n\n"
        'OAKDALE AIRDOME\nTonight Only\nThe Mercer Players\n"A Country Cousin"\n'
        "Prices 20c and 30c.\n"
    )
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad", "Ad"]
    titles = [getattr(page.items[k], "title", None) for k in (1, 2)]
    assert [t.text for t in titles if t is not None] == ["LYRIC THEATRE", "OAKDALE AIRDOME"]
    assert PLAYBILL in trace.rule("p1-2")


def test_a_story_about_a_theatre_that_quotes_its_prices_stays_an_article() -> None:
    # wrapped sentences of a column, words broken at the line's end: news of the house
    text = (
        "NEW LYRIC THEATRE OPENS\n\n"
        "The new Lyric theatre on Main street opened its\n"
        "doors last night to a crowd of six hundred. Admis-\n"
        "sion will be 10c and 15c. Prices 20c for the boxes.\n"
    )
    edition = parse(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article"]


def test_a_want_ad_alone_under_a_story_is_an_ad() -> None:
    text = (
        "HOW TO CURE SEED CORN\n\n"
        "Hang the ears in a dry loft where the air moves freely, and test\n"
        "every ear before planting time comes.\n\n"
        "FOR SALE—Two Poland China boars, ready\n"
        "for service. Priced right. Ed. Lund, Route 3.\n"
    )
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Ad"]
    assert "a want ad's head ('FOR SALE—') cut from its text" in trace.rule("p1-2")


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


GRAIN_STORY = (
    "GRAIN MOVES EARLY\n\n"
    "Farmers around Oakdale began hauling wheat to the\n"
    "elevators this week, a fortnight ahead of last year.\n\n"
)


def test_a_display_head_over_short_lines_closed_by_a_shops_address_is_an_ad() -> None:
    text = (
        f"{GRAIN_STORY}"
        "WINTER COATS REDUCED\nAll Wool Overcoats at Cost\nBoys' Sweaters 75c\n"
        "PARKER & LANE\n41 Elm Street\n"
    )
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad"]
    ad = page.items[1]
    assert isinstance(ad, Ad) and ad.title is not None
    assert ad.title.text.startswith("WINTER COATS REDUCED")
    assert SHOP_AD in trace.rule("p1-2")


def test_a_remedys_price_at_all_druggists_closes_its_ad() -> None:
    text = (
        f"{GRAIN_STORY}"
        "DR. HOLT'S COUGH SYRUP\n\nFor Coughs and Colds.\n\n"
        "25 cents a bottle at all druggists.\n"
    )
    _, trace = explain_text(text)
    assert SHOP_AD in trace.rule("p1-2")


def test_a_news_brief_that_names_a_street_in_its_sentences_stays_an_article() -> None:
    # the address wrapped inside the story's sentences, and a story's lines of prose
    text = (
        f"{GRAIN_STORY}"
        "FIRE ON ELM STREET\n\n"
        "A fire that started in the basement of the\n"
        "Parker & Lane store did damage estimated at\n"
        "$2,000 last night. Firemen worked two hours.\n"
        "The store will open again Monday at\n"
        "41 Elm Street\n"
    )
    edition, trace = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article", "Article"]
    assert SHOP_AD not in trace.rule("p1-2")


FIRM_AD = (
    "상속·가사 분쟁 상담\n법률사무소 누리결\n대표변호사 한가람\n"
    "누리시 법원로 12, 3층\n☎ 062-000-3390\n"
)


def test_a_firms_ad_after_a_story_keeps_its_lawyers_title_and_name_among_its_lines() -> None:
    # '대표변호사 NAME' inside the ad's block names its firm's head, no writer of the story
    text = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n\n{FIRM_AD}"
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad"]
    ad = page.items[1]
    assert isinstance(ad, Ad) and ad.title is not None and ad.title.text == "상속·가사 분쟁 상담"
    assert "a classified ad after the item" in trace.rule("p1-2")


def test_a_signature_closing_its_own_block_still_ends_the_piece_above_the_ad() -> None:
    text = f"[누리 칼럼] 골목의 봄\n\n{LEAD}\n\n논설위원 서누리\n\n{FIRM_AD}"
    first, second = items(text)
    assert first["bylines"] == [("서누리", "논설위원", None, None)]
    assert second.get("title") == "상속·가사 분쟁 상담"


JOB_AD = (
    "법무법인 누리 변호사 채용\n"
    "기업 송무 분야 경력 5년 이상 변호사를 모십니다.\n"
    "서류 접수: 3월 20일까지\n"
    "이메일 recruit@nurilaw.example\n"
    "전화 062-000-2301\n"
)


def test_a_title_over_terms_closed_by_contacts_after_the_stories_is_an_ad() -> None:
    notice = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n문의 누리시 법무과 062-000-1100\n\n"
    text = notice + JOB_AD
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad"]
    ad = page.items[1]
    assert isinstance(ad, Ad) and ad.title is not None
    assert ad.title.text == "법무법인 누리 변호사 채용"
    assert [b.label for b in ad.blocks if isinstance(b, Contact)] == ["이메일", "전화"]
    assert CONTACT_AD in trace.rule("p1-2")


def test_a_notice_telling_its_news_over_its_contact_stays_an_article() -> None:
    # sentences of news over the contact, or marked entries: a notice, not an ad's terms
    told = (
        "조합원 건강검진 안내\n"
        "올해 건강검진은 4월 1일부터 받을 수 있다. 검진 기관은 세 곳이다.\n"
        "문의 복지국 031-000-0192\n"
    )
    listed = (
        "조합원 건강검진 안내\n"
        "올해 건강검진은 4월 1일부터 지정 병원에서 받을 수 있다.\n"
        "▲누리중앙병원 (평일 오전)\n▲서부의원 (토요일 가능)\n"
        "문의 복지국 031-000-0192\n"
    )
    for notice in (told, listed):
        text = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n문의 누리시 법무과 062-000-1100\n\n{notice}"
        _, trace = explain_text(text)
        assert all(CONTACT_AD not in why for why in trace.notes.values())


CATEGORIES = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "HELP WANTED\n\n"
    "WANTED—Boy to deliver papers; must\nhave a bicycle. Apply at this office.\n\n"
    "FOR RENT\n\n"
    "FOR RENT—Five-room cottage on Wal-\nnut street. Inquire at 12 Oak\navenue.\n"
)


def test_a_categorys_head_among_small_ads_is_a_title_not_an_ad() -> None:
    edition, trace = explain_text(CATEGORIES)
    page = edition.pages[0]
    assert page.section == "CLASSIFIED ADVERTISEMENTS"
    kinds = [type(item).__name__ for item in page.items]
    assert kinds == ["Article", "Ad", "Article", "Ad"]
    heads = [it.get("headline") or it.get("title") for it in items(CATEGORIES)]
    assert heads == ["HELP WANTED", "WANTED", "FOR RENT", "FOR RENT"]
    assert CATEGORY_HEAD in trace.rule("p1-1")


def test_a_notices_caption_with_a_figure_or_a_closing_mark_stays_the_notices_line() -> None:
    # 'ADMINISTRATOR'S NOTICE.' closes on its stop, 'CASE NO. 4127' holds a figure: a
    # notice's own lines, never a category's head
    for head in ("ADMINISTRATOR'S NOTICE.", "CASE NO. 4127"):
        text = CATEGORIES.replace("HELP WANTED", head)
        _, trace = explain_text(text)
        assert CATEGORY_HEAD not in trace.rule("p1-1")


DEALERS = (
    f"{GRAIN_STORY}"
    "THE NEW MODEL\nLARK SIX\n$1,285 at the Factory\nSee It at Our Salesroom\n"
    "OAK MOTOR CO.\n18 West Main St. Phone Main 2280\n\n"
    "USED CAR BARGAINS\n\n"
    "FOR SALE—1917 Lark touring, new top,\ngood tires, $450. Phone 1187-J.\n\n"
    "WANTED—Light delivery car, must be\nin good condition. Phone 95.\n"
)


def test_a_categorys_head_set_apart_under_an_ads_contact_is_the_title_over_the_ads_below() -> None:
    edition, trace = explain_text(DEALERS)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds[:3] == ["Article", "Ad", "Article"] and kinds[-1] == "Ad"
    heads = [it.get("headline") or it.get("title") for it in items(DEALERS)]
    assert heads[1:3] == ["THE NEW MODEL", "USED CAR BARGAINS"]
    assert heads[-1] == "WANTED"
    assert CATEGORY_APART in trace.rule("p1-3")


def test_a_small_ads_title_tight_over_its_text_after_a_contact_stays_that_ads() -> None:
    text = DEALERS.replace("USED CAR BARGAINS\n\n", "USED CAR BARGAINS\n")
    _, trace = explain_text(text)
    assert all(CATEGORY_APART not in why for why in trace.notes.values())


def test_a_brief_reporting_its_news_over_its_contact_after_a_signed_story_is_no_ad() -> None:
    # one sentence in the plain style ('… 밝혔다.') is a brief's reported news; an ad's
    # one sentence speaks politely to its readers ('… 모십니다.')
    brief = (
        "남구, 청소년 진로박람회\n남구는 오는 10일 구민회관에서\n"
        "청소년 진로박람회를 연다고 4일 밝혔다.\n문의 051-607-4000\n"
    )
    text = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n\n김누리 기자\n\n{brief}"
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Article"]
    assert all(CONTACT_AD not in why for why in trace.notes.values())


def test_briefs_whose_sentences_wrap_onto_an_address_or_a_price_stay_articles() -> None:
    # lines running on into the next ('at the home of' / …, 'a remedy' / 'sold at …'):
    # a story's sentence, not an ad's display lines
    briefs = (
        "LADIES' AID TO MEET\nThe Ladies' Aid Society will meet\n"
        "Thursday afternoon at the home of\nMrs. J. W. Brown,\n114 Elm Street.\n\n"
        "BLAZE IN GROCERY\nFire in the basement of the Parker grocery\n"
        "did small damage last night. The store is at\n114 Elm Street.\n\n"
        "GIRL IS POISONED\nMary Lane, 6, ate tablets of a remedy\nsold at all druggists.\n"
    )
    edition, trace = explain_text(f"{GRAIN_STORY}{briefs}")
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article"] * 4
    assert all(SHOP_AD not in why for why in trace.notes.values())
    [lead] = items(f"{GRAIN_STORY}{briefs}")[1]["body"]
    assert lead[0] == "lead" and lead[1].endswith("Mrs. J. W. Brown, 114 Elm Street.")


def test_a_brief_over_its_address_at_the_top_of_an_english_page_is_no_shop_ad() -> None:
    # a shop's ad follows the stories; the page's first group is a brief, as on a Korean page
    text = "BAND CONCERT TONIGHT\nThe City Band plays at eight.\nPark Pavilion,\n114 Elm Street.\n"
    edition, trace = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article"]
    assert all(SHOP_AD not in why for why in trace.notes.values())


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


def test_a_notice_box_with_a_note_after_a_brief_is_an_ad() -> None:
    box = (
        "제3회 솔뫼천 연등축제\n"
        "2027. 4. 30.(금) ~ 5. 9.(일) 솔뫼천 일원\n"
        "연등 만들기 · 소원지 달기 · 야간 행렬\n"
        "※ 비가 오면 야간 행렬은 취소됩니다.\n"
        "문의 041-555-0192\n"
    )
    text = f"솔뫼시, 연등축제 준비 한창\n\n{LEAD}\n\n{box}"
    brief, ad = items(text)
    assert brief["body"] == [("lead", LEAD)]
    assert ad["title"] == "제3회 솔뫼천 연등축제"
    assert ("note", "※ 비가 오면 야간 행렬은 취소됩니다.") in ad["blocks"]


def test_a_storys_closing_note_with_a_phone_stays_the_storys() -> None:
    # the near miss: one note line under the story is no box of four short lines
    note = "※ 축제 관련 제보는 솔뫼시 문화과로 해 주십시오. 041-555-0192"
    text = f"솔뫼시, 연등축제 준비 한창\n\n{LEAD}\n\n{MORE}\n\n{note}\n"
    [story] = items(text)
    assert story["body"][-1][1] == note


def test_notes_alone_in_their_block_under_a_notices_rows_stay_the_notices() -> None:
    # the near miss of a notice box: '※' notes set apart under a table are the notice's,
    # so its date, signer and contact do not make a classified ad of their own
    text = (
        "솔뫼지방법원 부동산 매각기일 공고\n\n"
        "다음 부동산을 민사집행법에 따라 기일입찰 방법으로 매각합니다.\n\n"
        "사건번호\t용도\t감정가(원)\n"
        "2026타경1021\t아파트\t312,000,000\n"
        "2026타경1188\t토지\t56,700,000\n\n"
        "※ 매각기일: 2027년 3월 24일(수) 오전 10시, 솔뫼지방법원 경매법정\n"
        "※ 입찰보증금은 최저매각가격의 10%입니다.\n\n"
        "2027. 2. 27.\n"
        "솔뫼지방법원 사법보좌관 한누리\n\n"
        "문의 경매2계 ☎ 041)555-0192\n"
    )
    assert len(items(text)) == 1
