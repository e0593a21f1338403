"""Legal and official pages, on small made-up examples: legal notices under their label, a
notice's numbered headings, its issuer's close and its insertion dates, minutes under a public
body's name, rulings closed by a case number, a judge named under the headline. Every name is
invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import RULING_HEAD
from reader.ingest.case_numbers import AFTER_CASE_NUMBER, OVER_COURT_LINE
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


RULING = (
    "{head}\n누리지방법원 2026. 4. 30. 선고 2025가합1234 판결\n\n"
    "【판결요지】\n상가 임차인이 낸 권리금은 계약이 끝나도 돌려받을 수 있는 돈이 아니다.\n"
)


def test_a_rulings_headline_over_its_court_line_opens_an_item_after_the_digest_above() -> None:
    text = (
        "누리법원 새 청사 문 열어\n\n누리법원은 4일 새 청사에서 첫 재판을 열었다.\n\n판례 요지\n\n"
        + RULING.format(head="상가 권리금 반환 청구 기각")
        + "\n"
        + RULING.format(head='주차장 사용료 "관리단이 정해야"')
        + "\n한가람 기자\n"
    )
    edition, trace = explain_text(text)
    _, rubric, first, second = items(text)
    assert (rubric["headline"], rubric["body"]) == ("판례 요지", [])
    assert first["headline"] == "상가 권리금 반환 청구 기각"
    assert first["deck"] == ["누리지방법원 2026. 4. 30. 선고 2025가합1234 판결"]
    assert second["headline"] == '주차장 사용료 "관리단이 정해야"'
    assert OVER_COURT_LINE in trace.rule("p1-4")


def test_a_sentence_naming_a_courts_ruling_heads_nothing() -> None:
    # the court line is a sentence's end here, not a line of its own under a head
    text = (
        "상가 권리금 반환 청구 기각\n\n"
        "누리지방법원은 임차인의 청구를 받아들이지 않았다.\n"
        "이 사건은 누리지방법원 2026. 4. 30. 선고 2025가합1234 판결로 끝났다.\n"
    )
    [item] = items(text)
    assert item["headline"] == "상가 권리금 반환 청구 기각"


def test_a_rulings_long_headline_tight_over_its_court_line_is_cut_from_its_block() -> None:
    # the holding stated in the headline, over the court line and the parts, in one block
    head = "상가 권리금 반환 청구, 계약 끝나도 임대인이 돌려줄 의무 없다"
    text = (
        "누리법원 새 청사 문 열어\n\n누리법원은 4일 새 청사에서 첫 재판을 열었다.\n\n판례 요지\n\n"
        f"{head}\n누리지방법원 2026. 4. 30. 선고 2025가합1234 판결\n【판결요지】\n"
        "상가 임차인이 낸 권리금은 계약이 끝나도 돌려받을 수 있는 돈이 아니다.\n"
    )
    edition, trace = explain_text(text)
    ruling = items(text)[-1]
    assert ruling["headline"] == head
    assert ruling["deck"] == ["누리지방법원 2026. 4. 30. 선고 2025가합1234 판결"]
    assert ruling["body"][0] == ("subhead", "판결요지")
    assert RULING_HEAD in trace.rule("p1-3")


def test_a_sentence_over_a_court_line_is_no_rulings_head() -> None:
    text = (
        "누리법원 새 청사 문 열어\n\n누리법원은 4일 새 청사에서 첫 재판을 열었다.\n\n"
        "원심은 임차인의 청구를 받아들이지 않았고 대법원도 같은 판단을 내렸다.\n"
        "누리지방법원 2026. 4. 30. 선고 2025가합1234 판결\n"
    )
    _, trace = explain_text(text)
    assert not any(RULING_HEAD in why for why in trace.notes.values())


def test_a_list_of_cited_rulings_in_a_column_opens_no_item() -> None:
    # two court lines under '관련 판례': citations in the column, not a ruling's head over
    # its report; the column keeps its text and its signature
    text = (
        "소송 전 알아둘 점\n\n"
        "전세 보증금 반환 소송은 증거가 핵심이다. 계약서와 입금 내역을 챙겨야 한다.\n\n"
        "관련 판례\n"
        "대법원 2020. 1. 9. 선고 2018다1234 판결\n"
        "대법원 2021. 3. 4. 선고 2019다5678 판결\n"
        "두 판결 모두 임대인의 반환 의무를 넓게 인정했다.\n\n"
        "한지우 변호사\n"
    )
    [column] = items(text)
    assert column["headline"] == "소송 전 알아둘 점"
    assert column["bylines"] and column["bylines"][0][0] == "한지우"


DIGESTS = (
    "대법원 2026. 3. 12. 선고 2025다12345 판결\n"
    "임대차 종료 후 관리비, 보증금에서 공제\n\n"
    "【판시사항】\n임대차 종료 후 관리비를 보증금에서 공제할 수 있는지 여부\n"
    "【판결요지】\n보증금은 목적물을 인도할 때까지의 채무를 담보한다.\n"
    "한가람 변호사(법무법인 누리)\n\n"
    "[법조 칼럼] 판결문은 누구에게 쓰는가\n"
    "판결문의 첫 독자는 상급심 판사가 아니라 당사자다.\n"
    "법원과 변호사 모두 판결문의 독자가 누구인지 다시 물어야 한다.\n"
    "서누리 누리지방변호사회 부회장\n"
)


def test_a_rulings_court_line_over_its_title_stays_one_head_in_a_run_of_signed_digests() -> None:
    first = items(DIGESTS)[0]
    assert first["headline"] == "대법원 2026. 3. 12. 선고 2025다12345 판결"
    assert first["deck"] == ["임대차 종료 후 관리비, 보증금에서 공제"]


def test_a_title_line_over_a_signed_digest_that_names_no_court_still_heads_the_run() -> None:
    # the run's title ('판례 요지') is no court line: it stands apart over the digests (the
    # page's label here), the digest's own title its headline
    text = "판례 요지\n\n" + DIGESTS.split("\n", 1)[1]
    edition = parse(text)
    assert edition.pages[0].section == "판례 요지"
    assert items(text)[0]["headline"] == "임대차 종료 후 관리비, 보증금에서 공제"


def test_rulings_each_under_a_marked_head_and_its_court_line_are_an_item_each() -> None:
    # a digest marks each ruling's head with a box ('■ 제목'), its court line tight under it
    ruling = (
        "■ {head}\n누리지방법원 2026. 4. 30. 선고 2025구합1234 판결\n"
        "시가 상가에 내린 영업정지 처분은 지나치다는 판결이 나왔다.\n"
        "재판부는 업주가 신분증을 확인했다고 봤다.\n"
    )
    text = (
        "누리법원 새 청사 문 열어\n\n누리법원은 4일 새 청사에서 첫 재판을 열었다.\n\n"
        "이달의 행정판결\n\n"
        + ruling.format(head="상가 영업정지 2개월은 과해")
        + "\n"
        + ruling.format(head="주차장 사용료 관리단이 정해야")
    )
    edition, trace = explain_text(text)
    _, _, first, second = items(text)
    assert first["headline"] == "상가 영업정지 2개월은 과해"
    assert first["deck"] == ["누리지방법원 2026. 4. 30. 선고 2025구합1234 판결"]
    assert second["headline"] == "주차장 사용료 관리단이 정해야"
    assert RULING_HEAD in trace.rule("p1-3")


def test_a_marked_line_over_a_citation_list_is_no_rulings_head() -> None:
    # two court lines under the head: a list of cited cases in a column, not a ruling's report
    text = (
        "권리금 분쟁 어떻게 풀까\n\n누리지방법원은 4일 권리금 분쟁 판결을 정리했다.\n\n"
        "■ 관련 판례\n누리지방법원 2026. 4. 30. 선고 2025가합1234 판결\n"
        "누리고등법원 2026. 5. 2. 선고 2026나567 판결\n"
    )
    _, trace = explain_text(text)
    assert all(RULING_HEAD not in why for why in trace.notes.values())
