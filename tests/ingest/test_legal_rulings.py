"""Digests of court rulings, on small made-up examples: a ruling's headline over its court
line after the digest above, a long one tight over it, a sentence naming a ruling or a list
of cited rulings that heads nothing, signed digests and rulings under marked heads (the rest
of legal pages: test_legal_pages.py). Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import RULING_HEAD
from reader.ingest.case_numbers import OVER_COURT_LINE
from tests.ingest.test_conventions import items, parse

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
