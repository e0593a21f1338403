"""What stands over a page's first item, each on a small made-up example (issue 14, third
round): running heads, a label between the masthead and the first headline, an online
outlet's nameplate, English date lines with a title-case nameplate or a modern date.

Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

import pytest

from reader.ingest import ingest_text
from reader.ingest.lines import Line
from reader.ingest.running_head import running_head
from tests.ingest.outline import outline
from tests.ingest.test_conventions import LEAD, MORE, items, parse

STORY = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n{MORE}\n\n한가람 기자\n"
EN_STORY = (
    "MILL STRIKE ENDS AT EASTON\n\nThe weavers of the Eagle mills went back to work this "
    "morning after a week of idleness.\n"
)


# --- running heads ------------------------------------------------------------------


def test_a_running_head_gives_the_date_and_the_label_not_a_headline() -> None:
    edition = parse(f"B7 사회 2025년 9월 2일 화요일\n\n{STORY}")
    m = edition.masthead
    assert m is not None and (m.date, m.weekday, m.paper) == ("2025-09-02", "화요일", None)
    page = edition.pages[0]
    assert page.label is not None and (page.section, page.label.text) == ("사회", "사회")
    [article] = edition.articles()
    assert article.headline is not None
    assert article.headline.text == "누리시, 골목상권 지원 두 배로"


def test_a_running_head_with_the_papers_name_names_the_paper() -> None:
    edition = parse(f"31 누리일보 2025년 9월 2일 화요일\n\n{STORY}")
    m = edition.masthead
    assert m is not None and (m.paper, m.date) == ("누리일보", "2025-09-02")
    assert edition.articles()[0].headline.text == "누리시, 골목상권 지원 두 배로"


def test_a_running_head_over_an_inside_page_is_its_folio() -> None:
    text = f"누리일보\n2025년 9월 2일 화요일\n\n{STORY}\f12 경제 2025년 9월 2일 화요일\n\n{STORY}"
    edition = parse(text)
    inside = edition.pages[1]
    assert inside.section == "경제" and inside.folio is not None
    assert inside.folio.text == "12 2025년 9월 2일 화요일"
    assert edition.masthead is not None and edition.masthead.paper == "누리일보"


def test_a_headline_holding_a_date_is_no_running_head() -> None:
    for headline in ("2025년 9월 2일 개막, 누리 축제 첫날", "누리 축제 2025년 9월 2일 개막"):
        assert running_head(Line(headline, 0)) is None
    got = items(f"누리 축제 2025년 9월 2일 개막\n\n{LEAD}\n\n한가람 기자\n")
    assert got[0]["headline"] == "누리 축제 2025년 9월 2일 개막"


# --- a label between the masthead and the first headline ---------------------------


def test_a_short_line_under_the_masthead_and_over_a_headline_is_the_label() -> None:
    edition = parse(f"누리주보\n제412호 2025년 9월 1일 월요일\n\n노동상담\n\n{STORY}")
    page = edition.pages[0]
    assert page.label is not None and page.section == "노동상담"
    assert edition.articles()[0].headline.text == "누리시, 골목상권 지원 두 배로"


def test_a_short_headline_under_the_masthead_over_its_lead_stays_the_headline() -> None:
    edition = parse(f"누리주보\n제412호 2025년 9월 1일 월요일\n\n폭염 경보\n\n{LEAD}\n\n{MORE}\n")
    assert edition.pages[0].label is None
    assert edition.articles()[0].headline.text == "폭염 경보"


# --- an online outlet's nameplate ---------------------------------------------------


def test_an_outlet_credited_on_the_page_is_the_paper() -> None:
    for credit in ("[누리온=한가람 기자]", "[사진=누리온]", "<저작권자 © 누리온, 무단 전재 금지>"):
        text = f"누리온\n\n누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n{credit}\n"
        edition = ingest_text(text)
        assert edition.masthead is not None and edition.masthead.paper == "누리온", credit
        assert edition.pages[0].label is None


def test_a_first_line_the_page_does_not_credit_is_no_nameplate() -> None:
    edition = parse(f"누리온\n\n누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n한가람 기자\n")
    assert edition.masthead is None


# --- English date lines ---------------------------------------------------------------


def test_a_title_case_nameplate_over_a_capitalised_date_line() -> None:
    text = (
        ". ' ~ - .\nEaston Evening Ledger\n' ■ - '\n"
        "VOL. XII. NO. 88. EASTON, MD., FRIDAY, OCTOBER 6, 1916. PRICE ONE CENT.\n\n" + EN_STORY
    )
    edition = parse(text)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == (
        "Easton Evening Ledger",
        88,
        "1916-10-06",
        "Friday",
    )
    assert items(text)[0]["headline"] == "MILL STRIKE ENDS AT EASTON"


def test_a_modern_weekday_and_date_line_under_its_nameplate() -> None:
    text = f"The Easton Ledger\nFriday, October 6, 2028\n\n{EN_STORY}"
    m = parse(text).masthead
    assert m is not None and (m.paper, m.date, m.weekday) == (
        "The Easton Ledger",
        "2028-10-06",
        "Friday",
    )


def test_a_date_in_an_english_sentence_is_no_masthead() -> None:
    text = f"The Easton Ledger\nOn Friday, October 6, 2028 the mills closed for good.\n\n{EN_STORY}"
    assert parse(text).masthead is None


# --- a marked label over a headline stack (fifth round) ------------------------------

DECK = "시내버스 노선 개편안 다음 달 공청회"


def test_a_short_label_with_a_middle_dot_over_a_headline_and_deck_is_the_label() -> None:
    edition = parse(f"교통·환경\n\n누리시, 도심 순환버스 새로 달린다\n{DECK}\n\n{LEAD}\n\n{MORE}\n")
    page = edition.pages[0]
    assert page.label is not None and page.section == "교통·환경"
    [article] = edition.articles()
    assert article.headline.text == "누리시, 도심 순환버스 새로 달린다"
    assert [d.text for d in article.deck] == [DECK]


def test_a_label_with_a_bar_over_the_headline_in_its_paragraph_is_the_label() -> None:
    edition = parse(f"문화 | 공연\n누리시향 가을 정기연주회 연다\n\n{DECK}\n\n{LEAD}\n")
    assert edition.pages[0].section == "문화 | 공연"
    assert edition.articles()[0].headline.text == "누리시향 가을 정기연주회 연다"


def test_a_numbered_label_over_a_headline_and_byline_is_the_label() -> None:
    edition = parse(f"4·10 총선\n\n누리시 선거구 3곳 모두 접전\n\n한가람 기자\n\n{LEAD}\n")
    assert edition.pages[0].section == "4·10 총선"
    assert edition.articles()[0].headline.text == "누리시 선거구 3곳 모두 접전"


def test_a_short_headline_with_a_middle_dot_over_its_lead_stays_the_headline() -> None:
    edition = parse(f"한·일 정상 회담\n\n{LEAD}\n\n{MORE}\n")
    assert edition.pages[0].label is None
    assert edition.articles()[0].headline.text == "한·일 정상 회담"


@pytest.mark.parametrize(
    "fields",
    ["제812호 석간 독자문의 031-555-1234", "독자문의 031-555-1234 석간 제812호"],
)
def test_masthead_fields_in_any_order_with_a_phone_under_any_label(fields: str) -> None:
    edition = parse(f"누리경제신문\n{fields}\n2025년 9월 2일 화요일\n\n{STORY}")
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.edition_kind, m.phone) == (
        "누리경제신문",
        812,
        "석간",
        "031-555-1234",
    )
    assert edition.articles()[0].headline.text == "누리시, 골목상권 지원 두 배로"


def test_korean_nameplate_with_a_slogan_or_specks_beside_it() -> None:
    """Issue 14, sixth round: a slogan under the paper's name and OCR specks above it are
    the masthead's, kept out of the name and out of the first item."""
    story = "\n\n누리시, 골목상권 지원 두 배로\n\n누리시는 올해 예산을 늘렸다고 18일 밝혔다.\n"
    for head in ("누리일보\n진실을 전하는 정론지\n", "~ .. ^ ,\n누리일보\n"):
        edition = parse(f"{head}2026년 3월 12일 목요일{story}")
        m = edition.masthead
        assert m is not None and (m.paper, m.date) == ("누리일보", "2026-03-12")
        [item] = outline(edition)[0]["items"]
        assert item["headline"] == "누리시, 골목상권 지원 두 배로"
    # A slogan without masthead fields under it is no masthead.
    assert parse(f"누리일보\n진실을 전하는 정론지{story}").masthead is None
