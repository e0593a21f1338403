"""Mastheads from publishers' lines: newsletters' dates and parts, a phone, an editorial box."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.masthead_box import ITEM_RULE as BOX_ITEM
from reader.ingest.masthead_box import RULE as BOX
from reader.ingest.masthead_en import _PARTS_RULE
from tests.ingest.outline import outline
from tests.ingest.rule_pages import BULLETIN_PARTS as BULLETIN
from tests.ingest.rule_pages import EN_LEAD_DEPOT as EN_LEAD
from tests.ingest.rule_pages import WEEKLY
from tests.ingest.test_conventions import LEAD, items, parse

NEWSLETTER = (
    "누리구의회 소식\n"
    "제12호 | 2026년 5월 8일 금요일 | 발행 누리구의회 의회사무국 062-700-1234\n\n"
    f"누리구의회, 추경 예산 의결\n\n{LEAD}\n"
)


def test_a_newsletters_date_line_with_its_publisher_is_the_masthead() -> None:
    edition, trace = explain_text(NEWSLETTER)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday, m.phone) == (
        "누리구의회 소식",
        12,
        "2026-05-08",
        "금요일",
        "062-700-1234",
    )
    assert "publisher" in trace.rule("edition", "masthead")
    [item] = items(NEWSLETTER)
    assert item["headline"] == "누리구의회, 추경 예산 의결"


def test_a_newsletter_nameplate_with_vol_and_an_issued_date_is_the_masthead() -> None:
    text = (
        "누리병원 소식지 Vol.12\n"
        "2026년 4월 7일 화요일 발행 · 대표전화 1577-0000\n\n"
        f"누리병원 봄 건강강좌\n\n{LEAD}\n"
    )
    m = parse(text).masthead
    assert (m.paper, m.issue, m.phone) == ("누리병원 소식지", 12, "1577-0000")
    assert (m.date, m.weekday) == ("2026-04-07", "화요일")


def test_a_residents_paper_named_with_a_figure_and_its_office_phone_is_the_masthead() -> None:
    text = (
        "누리마을 2단지 입주민 소식\n"
        "제8호 2026년 4월 8일 수요일 관리사무소 ☎ 031-000-1234\n\n"
        f"놀이터 새 단장\n\n{LEAD}\n"
    )
    m = parse(text).masthead
    assert (m.paper, m.issue, m.phone) == ("누리마을 2단지 입주민 소식", 8, "031-000-1234")
    [item] = items(text)
    assert item["headline"] == "놀이터 새 단장"


def test_a_cover_price_beside_the_date_leaves_the_site_to_the_masthead() -> None:
    text = (
        "THE ELK FALLS HERALD\nVol. 3, No. 7 | Monday, May 4, 2026 | $1.00 | elkherald.example\n\n"
        f"Depot Opens Early\n\n{EN_LEAD}\n"
    )
    masthead = parse(text).masthead
    assert masthead is not None
    assert (masthead.paper, masthead.url, masthead.issue) == (
        "THE ELK FALLS HERALD",
        "elkherald.example",
        7,
    )


@pytest.mark.parametrize(
    "price", ["$2.00 VAT incl.", "$2.50 (incl. GST)", "N300", "Free every weekday"]
)
def test_a_cover_price_with_its_tax_or_a_free_papers_note_beside_the_date(price: str) -> None:
    """Round forty-two: the price as papers of other countries print it, or a free paper's
    note, is one of the date line's parts; the nameplate's site beside it is read."""
    text = (
        f"THE ELK FALLS HERALD\nMonday, May 4, 2026 | elkherald.example | {price}\n\n"
        f"Depot Opens Early\n\n{EN_LEAD}\n"
    )
    edition = parse(text)
    m = edition.masthead
    assert m is not None and (m.paper, m.url, m.date) == (
        "THE ELK FALLS HERALD",
        "elkherald.example",
        "2026-05-04",
    )
    assert outline(edition)[0]["items"][0]["headline"] == "Depot Opens Early"


def test_words_of_a_sentence_beside_the_date_are_no_price() -> None:
    """Near miss: 'Free parking all week at the fair' is a line's words, not a free paper's
    note; the line is no date line and the first item keeps its headline."""
    text = (
        "THE ELK FALLS HERALD\nMonday, May 4, 2026 | Free parking all week at the fair\n\n"
        f"Depot Opens Early\n\n{EN_LEAD}\n"
    )
    m = parse(text).masthead
    assert m is None or m.date is None


def test_a_nameplate_over_its_parts_with_an_issue_and_a_month_is_a_masthead() -> None:
    edition, trace = explain_text(BULLETIN)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("The Harbor Lantern", 212, None)
    assert trace.rule("edition", "masthead") == _PARTS_RULE
    [page] = outline(edition)
    assert page["items"][0]["headline"] == "Haul-Out Day Set for Saturday"


def test_a_line_of_parts_without_an_issue_is_no_masthead() -> None:
    text = BULLETIN.replace(" | Issue 212", "")
    assert parse(text).masthead is None


def test_a_korean_newsletter_with_a_dotted_date_and_its_weekday() -> None:
    text = f"누리동 소식\n2026. 9. 3.(목) 제 41 호\n\n누리동 경로당 새 단장\n\n{LEAD}\n"
    m = parse(text).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == ("누리동 소식", 41, "2026-09-03", "목요일")


def test_a_dotted_date_without_its_weekday_is_no_masthead_field() -> None:
    text = f"누리동 소식\n2026. 9. 3.\n\n누리동 경로당 새 단장\n\n{LEAD}\n"
    assert parse(text).masthead is None


def test_a_publisher_line_with_its_phone_is_the_mastheads() -> None:
    edition = parse(WEEKLY)
    m = edition.masthead
    assert m is not None and m.paper == "누리군민신문" and m.phone == "061-555-0100"
    assert m.date == "2026-03-12" and m.issue == 41


def test_a_publisher_and_editors_line_with_its_phone_is_the_mastheads() -> None:
    text = WEEKLY.replace("발행 누리군민신문사", "발행·편집인 한가람")
    m = parse(text).masthead
    assert m is not None and m.phone == "061-555-0100"
    assert items(text)[0]["headline"] == "누리군, 청년 창업 지원 확대"


def test_a_newsletters_title_over_its_kind_and_issue_is_a_masthead() -> None:
    text = (
        "THE HARLOW HERON\nHarlow Middle School Student Newsletter | Issue 4\n\n"
        "Science Fair Winners Named\n\n"
        "Three eighth graders took the top prizes at the science fair on Friday. Their\n"
        "projects will go to the county fair in May.\n"
    )
    edition, trace = explain_text(text)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("THE HARLOW HERON", 4, None)
    assert trace.rule("edition", "masthead") == _PARTS_RULE
    assert items(text)[0]["headline"] == "Science Fair Winners Named"


def test_a_newsletters_parts_may_hold_its_site() -> None:
    text = (
        "The Maple Leaf\nNewsletter of Maple Grove School | Issue 3 | www.maplegrove.org\n\n"
        "Book Fair Opens Monday\n\n"
        "The spring book fair opens in the library on Monday. Every class will visit.\n"
    )
    m = parse(text).masthead
    assert m is not None and (m.paper, m.issue) == ("The Maple Leaf", 3)


# --- an editorial page's masthead box ------------------------------------------------------

EDITORIAL = (
    "The aldermen meet on Tuesday to settle the paving contract at last. Let them\n"
    "settle it for brick and be done with the matter.\n"
)


def test_an_editorial_pages_box_gives_the_masthead_and_an_item_with_no_headline() -> None:
    text = (
        "THE MILLBROOK EVENING STAR\n"
        "Published Daily Except Sunday by\n"
        "The Star Printing Company.\n"
        "A. B. TOLLIVER........Editor\n"
        "By carrier, 12 cents a week.\n"
        "MONDAY, APRIL 6, 1908.\n\n"
        f"BRICK FOR MAIN STREET.\n\n{EDITORIAL}"
    )
    edition, trace = explain_text(text)
    m = edition.masthead
    assert m is not None and trace.rule("edition", "masthead") == BOX
    assert (m.paper, m.date, m.weekday) == ("THE MILLBROOK EVENING STAR", "1908-04-06", "Monday")
    box, editorial = items(text)
    assert box["headline"] is None and trace.rule("p1-1") == BOX_ITEM
    assert box["body"] == [
        ("paragraph", "Published Daily Except Sunday by The Star Printing Company."),
        ("paragraph", "A. B. TOLLIVER........Editor"),
        ("paragraph", "By carrier, 12 cents a week."),
    ]
    assert editorial["headline"] == "BRICK FOR MAIN STREET."


def test_a_head_over_a_dated_line_without_publishers_lines_is_no_box() -> None:
    # the capitals over the date are a story's head and its dateline: nobody publishes here
    text = (
        "FIRE AT THE TANNERY\n"
        "Two Sheds Burned Before the Engine Came.\n"
        "MONDAY, APRIL 6, 1908.\n\n"
        f"{EDITORIAL}"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != BOX
    assert trace.rule("p1-1") != BOX_ITEM


def test_a_sheriffs_sale_over_its_day_of_sale_is_no_box() -> None:
    # 'First Published April 8' is the notice's own record, not a paper's publisher
    text = (
        "NOTICE OF SHERIFF'S SALE\n"
        "(First Published April 8, 1915.)\n"
        "By virtue of an execution issued out of\n"
        "the District Court of Black Hawk County, I\n"
        "will sell at public auction at the court\n"
        "house door in Waterloo, Iowa, on\n"
        "MONDAY, MAY 3, 1915.\n"
        "at 10 o'clock a. m., the following described real estate, to wit: Lot 4 in Block 7.\n"
        "JOHN DOE, Sheriff.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is None
    [notice] = items(text)
    assert notice["headline"] == "NOTICE OF SHERIFF'S SALE"
    assert "MONDAY, MAY 3, 1915." in " ".join(t for _, t in notice["body"])


def test_a_sale_bill_taking_bids_by_mail_is_no_box() -> None:
    # 'by mail' in a sale bill's lines over its day of sale: no paper's rate or publisher
    text = (
        "CLOSING OUT\n"
        "Having decided to quit farming, I will sell at\n"
        "public auction at my farm, 4 miles south of town.\n"
        "Bids received by mail before the day of sale.\n"
        "THURSDAY, MARCH 12, 1914.\n"
        "Commencing at 10 o'clock a. m.\n\n"
        "One bay mare, 8 years old, weight 1400. Terms: Cash.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is None
    assert trace.rule("p1-1") != BOX_ITEM
    assert items(text)[0]["headline"] == "CLOSING OUT"
