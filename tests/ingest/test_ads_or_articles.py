"""Ads and the groups that only look like ads (jobs tables, market reports, briefs)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_marks import BYLINED, PAPER_TABLE
from reader.ingest.shop_ads import SHOP_AD
from reader.model import Ad
from tests.ingest.outline import outline
from tests.ingest.rule_pages import GRAIN_STORY
from tests.ingest.test_conventions import LEAD, items, parse

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


def test_a_display_head_closed_by_where_to_ask_is_an_ad() -> None:
    """The foot a phone to ring or a call to ask the seller, not an address."""
    for foot in ("Info: 306-555-0148", "Ask the Ticket Agent."):
        text = (
            f"{GRAIN_STORY}"
            "HARVEST DANCE\nOddfellows Hall, Saturday, 9 p.m.\n"
            "Music by the Prairie Five.\nLunch served at midnight.\n"
            f"{foot}\n"
        )
        edition, trace = explain_text(text)
        assert isinstance(edition.pages[0].items[-1], Ad)
        assert SHOP_AD in trace.rule("p1-2")


def test_a_brief_of_sentences_closed_by_a_phone_stays_an_article() -> None:
    """The near miss: a story's wrapped sentences over the number it asks readers to ring."""
    text = (
        f"{GRAIN_STORY}"
        "STOLEN TRUCK FOUND\n\n"
        "A grain truck taken from the Hollis farm on\n"
        "Tuesday was found in a ditch near the river\n"
        "yesterday. Its load of wheat was gone. The\n"
        "sheriff asks anyone who saw it to call him.\n"
        "Phone (306) 555-0117\n"
    )
    edition, trace = explain_text(text)
    assert not isinstance(edition.pages[0].items[-1], Ad)
    assert SHOP_AD not in trace.rule("p1-2")
