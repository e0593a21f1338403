"""Legal and official pages, on small made-up examples: legal notices under their label, a
notice's numbered headings, its issuer's close and its insertion dates, minutes under a public
body's name, rulings closed by a case number, a judge named under the headline. Every name is
invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.case_numbers import AFTER_CASE_NUMBER
from reader.ingest.closing_lines import INSERTED
from reader.ingest.label_caps import ISSUER, NOTICES_RULE
from tests.ingest.outline import outline
from tests.ingest.test_conventions import items, parse

NOTICES = (
    "공고\n\n용역 입찰 공고\n\n누리시 공고 제2026-7호\n\n"
    "1. 입찰에 부치는 사항\n- 건명: 누리시 가로등 교체 용역\n- 추정가격: 84,000,000원\n\n"
    "2. 참가 자격\n- 전기공사업 등록업체\n\n"
    "문의: 누리시청 회계과 ☎ 061-000-1234\n\n2026년 5월 4일\n\n누리시장\n\n"
    "공유재산 매각 공고\n\n누리시 동구 시장길 7 대지 120㎡를 일반경쟁입찰로 매각합니다.\n\n"
    "재산관리팀 ☎ 061-000-5678\n"
)


def test_numbered_headings_of_a_notice_keep_their_numbers() -> None:
    tender, _ = items(NOTICES)
    assert ("heading", "1. 입찰에 부치는 사항") in tender["blocks"]
    assert ("heading", "2. 참가 자격") in tender["blocks"]
    assert ("list", ["건명: 누리시 가로등 교체 용역", "추정가격: 84,000,000원"]) in tender["blocks"]


def test_the_issuers_date_and_name_close_the_notice_above() -> None:
    tender, sale = items(NOTICES)
    assert tender["blocks"][-2:] == [("paragraph", "2026년 5월 4일"), ("paragraph", "누리시장")]
    assert sale["title"] == "공유재산 매각 공고"


def test_notices_under_a_legal_notices_label_are_ads() -> None:
    text = (
        "LEGAL NOTICES\n\nNOTICE TO CREDITORS\n\nPROBATE COURT OF ELK COUNTY\n\n"
        "In re the Estate of RUTH PELL, Deceased.\n\n"
        "All persons having claims against the estate must present them within four months "
        "of the first publication of this notice.\n\n(555) 301-0000\n\n"
        "NOTICE OF HEARING\n\nThe town board will hold a public hearing on May 9 at 7 p.m. "
        "in the town hall to consider a new parking ordinance for Main Street.\n"
    )
    edition, trace = explain_text(text)
    [page] = edition.pages
    assert page.section == "LEGAL NOTICES"
    first, second = items(text)
    assert (first["title"], second["title"]) == ("NOTICE TO CREDITORS", "NOTICE OF HEARING")
    assert first["blocks"][0] == ("heading", "PROBATE COURT OF ELK COUNTY")
    assert any(NOTICES_RULE in why for why in trace.notes.values())


def test_a_capitalised_word_over_a_story_is_no_notices_label() -> None:
    text = (
        "NOTICES\n\nTown Hall Closed Friday\n\nThe town hall will be closed on Friday for "
        "repairs to its heating system, the clerk said on Monday.\n"
    )
    [item] = items(text)
    assert "title" not in item


MINUTES = (
    "TOWN OF BIRCH FALLS\n"
    "SPECIAL MEETING OF THE BOARD OF SELECTMEN\n"
    "MINUTES — Monday, May 4, 2026\n\n"
    "Opening\n"
    "Chair Ruth Abernathy opened the meeting at 6:30 p.m. in the Town Hall annex.\n\n"
    "Budget Transfer\n"
    "The board voted 3-0 to move $12,000 from the snow account to road repairs.\n"
)


def test_a_public_bodys_name_over_its_documents_title_is_the_label() -> None:
    edition, trace = explain_text(MINUTES)
    [page] = outline(edition)
    assert page["section"] == "TOWN OF BIRCH FALLS"
    [item] = page["items"]
    assert item["headline"] == "SPECIAL MEETING OF THE BOARD OF SELECTMEN"
    assert item["deck"] == ["MINUTES — Monday, May 4, 2026"]
    assert trace.rule("p1") == ISSUER


def test_a_line_apart_from_the_head_and_tight_on_its_text_is_the_first_subhead() -> None:
    [page] = outline(parse(MINUTES))
    [item] = page["items"]
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["subhead", "paragraph", "subhead", "paragraph"]
    assert item["body"][0] == ("subhead", "Opening")


def test_a_name_and_title_under_a_complimentary_close_is_the_byline() -> None:
    text = MINUTES + "\nRespectfully submitted,\nDaniel Osei, Town Clerk\n"
    [item] = items(text)
    assert item["bylines"] == [("Daniel Osei", "Town Clerk", None, None)]
    assert item["body"][-1] == ("paragraph", "Respectfully submitted,")


def test_a_name_and_title_without_a_close_above_is_text() -> None:
    text = MINUTES + "\nThe board thanked the road crew.\nDaniel Osei, Town Clerk\n"
    [item] = items(text)
    assert item["bylines"] == []


def test_lettered_items_in_order_are_a_list() -> None:
    text = MINUTES + (
        "\nOld Business\n"
        "a. Ordinance 26-01, second reading, on dog licences. Motion carried 3-0.\n"
        "b. Resolution 2026-02, naming the harbor road. Tabled to June.\n"
    )
    [item] = items(text)
    assert item["body"][-2:] == [
        ("bullet", "a. Ordinance 26-01, second reading, on dog licences. Motion carried 3-0."),
        ("bullet", "b. Resolution 2026-02, naming the harbor road. Tabled to June."),
    ]


def test_one_lettered_line_is_no_list() -> None:
    text = MINUTES + "\nOld Business\nb. Resolution 2026-02, naming the harbor road. Tabled.\n"
    [item] = items(text)
    assert item["body"][-1][0] == "paragraph"


RULINGS = (
    "임대료 인상 통지 없으면 무효\n\n"
    "서남지방법원 민사3부는 상가 임차인 C씨가 낸 소송에서 원고 승소로 판결했다. "
    "재판부는 통지 없이 올린 임대료는 효력이 없다고 봤다. (2026가합10412)\n\n"
    "학교 앞 과속 단속 카메라 설치 의무\n\n"
    "서남고법 행정1부는 시가 단속 카메라를 설치하지 않은 것은 위법하다고 판단했다.\n\n"
    "서남고등법원 2026누3310\n\n"
    "택배 분실 책임은 운송사에\n\n"
    "서남지법은 택배 분실 책임이 운송사에 있다고 판결했다.\n"
)


def test_a_short_head_after_a_report_closed_by_its_case_number_starts_an_item() -> None:
    _, trace = explain_text(RULINGS)
    got = items(RULINGS)
    assert [item["headline"] for item in got] == [
        "임대료 인상 통지 없으면 무효",
        "학교 앞 과속 단속 카메라 설치 의무",
        "택배 분실 책임은 운송사에",
    ]
    assert got[0]["body"][0][0] == "lead"  # the sentence closed by the number is finished
    assert got[1]["body"][-1] == ("paragraph", "서남고등법원 2026누3310")
    assert trace.rule("p1-2").startswith(f"items: {AFTER_CASE_NUMBER}")


def test_a_subhead_after_a_parenthesis_that_is_no_case_number_stays_a_subhead() -> None:
    text = RULINGS.replace("(2026가합10412)", "(판결 요지)").replace(
        "서남고등법원 2026누3310\n\n", ""
    )
    _, trace = explain_text(text)
    assert all(AFTER_CASE_NUMBER not in why for why in trace.notes.values())


def test_a_judge_named_under_the_headline_is_the_subheadline_over_the_deck() -> None:
    text = (
        "“소액 사건, 한 번의 기일로 끝내겠다”\n\n"
        "남궁별 서남지방법원 수석부장판사\n\n"
        "소액 사건 전담 재판부 두 곳 새로 꾸려\n\n"
        "서남지방법원의 소액 사건 처리 기간이 평균 다섯 달에 이른다. 남궁별 수석부장판사를 "
        "지난 3일 집무실에서 만났다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] == "남궁별 서남지방법원 수석부장판사"
    assert item["deck"] == ["소액 사건 전담 재판부 두 곳 새로 꾸려"]


def test_a_line_about_judges_is_no_subheadline() -> None:
    text = (
        "“소액 사건, 한 번의 기일로 끝내겠다”\n\n"
        "소액 사건 전담 판사 두 명 늘려\n\n"
        "서남지방법원의 소액 사건 처리 기간이 평균 다섯 달에 이른다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] is None


def test_insertion_dates_without_a_stop_close_their_notice() -> None:
    text = (
        "LEGAL NOTICES\n\n"
        "SHERIFF'S SALE\n\n"
        "By virtue of an order of sale I will sell at the court house door on\n"
        "Monday, June 4, 1917, lot 12 in block 3 of Oakdale.\n\n"
        "HENRY BLAIR, Sheriff.\n\n"
        "May 10-17-24-31\n\n"
        "NOTICE TO CREDITORS\n\n"
        "All claims against the estate of Ole Berg must be filed with the court\n"
        "on or before the first day of September, 1917.\n\n"
        "A. J. MOE, County Judge.\n"
    )
    edition, trace = explain_text(text)
    ads = edition.pages[0].items
    titles = [getattr(ad, "title", None) for ad in ads]
    assert [t.text for t in titles if t is not None] == ["SHERIFF'S SALE", "NOTICE TO CREDITORS"]
    assert trace.rule("p1-2").startswith("items: the notice before ends with the dates it ran on")


def test_a_range_of_days_is_no_run_of_insertion_dates() -> None:
    # 'Sept. 3-5' under a fair's notice: when it runs, not when the notice ran
    assert INSERTED.match("Sept. 3-5") is None
    assert INSERTED.match("Apr. 12-19-26-May 3") is not None


def test_a_series_dates_under_a_story_close_nothing() -> None:
    text = (
        "BLUES OPEN AT HOME\n\n"
        "The Blues will open the season at home this month,\n"
        "the club announced yesterday.\n\n"
        "Chicago\nMay 3-4-5\n\n"
        "Cleveland\nMay 6-7-8\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == ["BLUES OPEN AT HOME"]


def test_dates_at_the_foot_of_a_signed_block_close_it_whatever_it_says() -> None:
    # no notice's word above the dates: the signer's line closed by its stop, the dates
    # under it at the block's foot, a blank line under them
    text = (
        "THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\n"
        "PROPOSALS FOR GRAVEL.\n"
        "The Board of Street Commissioners will\n"
        "take bids until noon, May 28, for 900\n"
        "yards of gravel for the river road.\n"
        "R. T. OAKES, Secretary.\n"
        "May 6-13-20\n\n"
        "STREET LAMPS.\n"
        "The new lamps on Pine street will be\n"
        "lighted for the first time on Monday.\n"
    )
    edition, trace = explain_text(text)
    assert len(edition.pages[0].items) == 2
    assert trace.rule("p1-2").startswith("items: the notice before ends with the dates it ran on")


def test_dates_under_a_place_in_one_block_close_nothing() -> None:
    text = (
        "BLUES OPEN AT HOME\n\n"
        "The Blues will open the season at home this month,\n"
        "the club announced yesterday.\n"
        "Chicago\nMay 3-4-5\n\n"
        "PINE STREET LAMPS\n"
        "The new lamps will be lighted on Monday.\n"
    )
    _edition, trace = explain_text(text)
    assert not any("dates it ran on" in rule for rule in trace.notes.values())


def test_a_score_is_no_month() -> None:
    assert INSERTED.match("Score 6-3-2") is None
    assert INSERTED.match("Sept. 3-10-17") is not None
    assert INSERTED.match("June 1-8-15") is not None
