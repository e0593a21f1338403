"""Subheads that stay in their story, on small made-up examples: a short line over prose, a
list or a table, a colon, punctuated or '【…】' subhead, a subhead in a signed or unsigned story
or column, capitals over the groups a lead announces. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.items import GOES_ON
from reader.ingest.story_ends import SUBHEAD_OF_COLUMN, SUBHEAD_OF_SIGNED
from reader.ingest.story_parts import (
    AFTER_GROUPS,
    SUBHEAD_OF_A_LIST,
    SUBHEAD_OF_UNSIGNED,
)
from tests.ingest.rule_pages import EN_LEAD_FERRY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_FERRY as EN_MORE
from tests.ingest.rule_pages import HEAD_WITH_BANK as HEAD
from tests.ingest.rule_pages import TAIL, en_page
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_subhead_over_prose_stays_in_its_story() -> None:
    text = f"누리시 골목상권 살린다\n\n{LEAD}\n\n향후 계획\n{MORE}\n"
    [item] = items(text)
    assert item["headline"] == "누리시 골목상권 살린다"


def test_a_title_case_subhead_stays_in_its_signed_story() -> None:
    text = en_page(
        "The Ferry Captain",
        "By Max Drake",
        EN_LEAD,
        "A Life on the Water",
        EN_MORE,
    )
    [item] = items(text)
    assert ("subhead", "A Life on the Water") in item["body"]


def test_a_numbered_subhead_over_prose_stays_a_subhead() -> None:
    text = f"누리시 감사 결과\n\n{LEAD}\n\n1. 사실관계\n\n{MORE}\n\n2. 판단\n\n{MORE}\n"
    [item] = items(text)
    assert ("subhead", "1. 사실관계") in item["body"]
    assert ("subhead", "2. 판단") in item["body"]


def test_a_subhead_over_a_list_with_more_story_under_it_stays_in_the_story() -> None:
    text = (
        f"누리시 텃밭 가꾸기 인기\n\n{LEAD}\n\n"
        "시작 전 살필 것\n· 해가 드는 시간\n· 물 빠지는 길\n\n"
        f"{MORE}\n\n한누리 기자\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", MORE)


def test_a_subhead_over_a_list_closed_by_the_byline_stays_in_the_story() -> None:
    text = (
        f"누리시 장터 열려\n\n{LEAD}\n\n장터 일정\n▷ 7일 누리광장\n▷ 14일 가람공원\n\n한누리 기자\n"
    )
    [item] = items(text)
    assert item["headline"] == "누리시 장터 열려"


def test_a_colon_subhead_inside_a_story_does_not_open_an_item() -> None:
    text = f"누리시 예산 심사\n\n{LEAD}\n\n쟁점 : 청년 임대료\n\n{MORE}\n\n한누리 기자\n"
    [item] = items(text)
    assert item["headline"] == "누리시 예산 심사"


SIGNED = (
    "누리시 계절근로자 숙소 점검\n\n"
    f"[누리일보 한가람 기자] {LEAD}\n\n"
    "숙소 기준, 누가 지키나\n\n"
    f"{MORE}\n\n"
    "한가람 기자 garam@nuri.kr\n"
)


def test_a_punctuated_subhead_inside_a_signed_story_does_not_split_it() -> None:
    [item] = items(SIGNED)
    assert item["headline"] == "누리시 계절근로자 숙소 점검"
    assert ("subhead", "숙소 기준, 누가 지키나") in item["body"]
    assert [b[2] for b in item["bylines"]] == ["garam@nuri.kr"]


def test_another_reporters_story_after_a_signed_lead_is_its_own_item() -> None:
    text = SIGNED.replace("한가람 기자 garam@", "서누리 기자 nuri@")
    assert len(items(text)) == 2


def test_explain_names_the_subhead_rule() -> None:
    _, trace = explain_text(SIGNED)
    assert any(SUBHEAD_OF_SIGNED in note for note in trace.notes.values())


COLUMN_WITH_SUBHEAD = (
    f"[누리 건강 교실] 봄철 어지럼증\n{LEAD}\n{MORE}\n걷기로 다스리기\n"
    "아침에 30분쯤 걷는 것이 좋다. 물을 자주 마시는 것도 도움이 된다.\n"
    "한누리 누리한의원 원장\n"
    f"가람시 도서관 야간 개방\n{LEAD}\n"
)


def test_a_subhead_inside_a_signed_column_on_a_page_without_blank_lines() -> None:
    column, story = items(COLUMN_WITH_SUBHEAD)
    assert column["body"] == [
        ("lead", LEAD),
        ("paragraph", MORE),
        ("subhead", "걷기로 다스리기"),
        ("paragraph", "아침에 30분쯤 걷는 것이 좋다. 물을 자주 마시는 것도 도움이 된다."),
    ]
    assert column["bylines"] == [("한누리", "누리한의원 원장", None, None)]
    assert story["headline"] == "가람시 도서관 야간 개방"
    _, trace = explain_text(COLUMN_WITH_SUBHEAD)
    assert any(SUBHEAD_OF_COLUMN in why for why in trace.notes.values())


def test_a_short_line_in_an_unsigned_story_over_its_byline_is_a_subhead() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n설명회 다음 달 연다\n\n{TAIL}\n\n한누리 기자\n"
    edition, trace = explain_text(text)
    [story] = items(text)
    assert ("subhead", "설명회 다음 달 연다") in story["body"]
    assert story["body"][-1] == ("paragraph", TAIL)
    assert SUBHEAD_OF_UNSIGNED in trace.rule("p1-1")


def test_sentences_after_a_wide_gap_go_on_with_the_story() -> None:
    caption = "상인들이 18일 누리시장에서 지원 안내문을 살펴보고 있다.\nⓒ 누리일보"
    text = f"{HEAD}\n\n{LEAD}\n\n\n{MORE}\n\n{caption}\n\n\n{TAIL}\n\n\n누리 소식\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    story, second = items(text)
    assert [kind for kind, _ in story["body"]] == ["lead", "paragraph", "caption", "paragraph"]
    assert second["headline"] == "누리 소식"
    assert GOES_ON in trace.rule("p1-1")


def test_wrapped_paragraphs_under_a_bracketed_subhead_stay_one_story() -> None:
    """A wrapped paragraph's first line is its longest: no headline over a sentence."""
    text = (
        f"{HEAD}\n\n{LEAD}\n\n[현장에서]\n\n"
        "누리시장 상인들은 지원 예산이 두 배로 늘었다는 소식에 반색하면서도\n"
        "신청 절차를 걱정했다.\n\n"
        "시는 다음 달 설명회를 열어 신청 방법을 상인들에게 차례로 안내하기로\n"
        "했다.\n"
    )
    [story] = items(text)
    assert ("subhead", "[현장에서]") in story["body"] or ("subhead", "현장에서") in story["body"]


TRANSFERS = (
    "Land sales\n\n"
    "The following land sales were recorded at the Orvale County office last week.\n\n"
    "MILLER TOWNSHIP\n\n"
    "Ann Tully to Bo Park, 12 Elm St., $150,000.\n\n"
    "Cory Dunn to Eli Shaw, 40 Oak Road, $210,000.\n\n"
    "TOWN OF ORVALE\n\n"
    "Fay Gill to Hal Moss, 3 Pine Lane, $99,000.\n\n"
)


def test_capitals_over_entries_under_a_lead_that_announces_them_are_subheads() -> None:
    text = (
        TRANSFERS
        + "Fence permits\n\nPermits issued by the Orvale building department last week:\n\n"
        + "Ida Vance, 8 Elm St., $4,000.\n"
    )
    edition, trace = explain_text(text)
    transfers, permits = items(text)
    kinds = [kind for kind, _ in transfers["body"]]
    assert kinds == ["lead", "subhead", "paragraph", "paragraph", "subhead", "paragraph"]
    assert permits["headline"] == "Fence permits"
    assert SUBHEAD_OF_A_LIST in trace.rule("p1-1")
    assert AFTER_GROUPS in trace.rule("p1-2")


def test_a_subhead_over_its_paragraph_signed_apart_stays_in_the_column() -> None:
    text = (
        "1. 사실관계\n"
        "원고는 2024년 상가를 빌려 식당을 열었으나 누수로 두 달 동안 문을 닫았다.\n\n"
        "2. 검토\n"
        "이번 판결은 임대인의 수선 의무가 파손의 크기로 정해지지 않는다는 점을 밝혔다.\n\n"
        "한가람 변호사(법무법인 솔뫼)\n"
    )
    [item] = items(text)
    assert ("subhead", "2. 검토") in item["body"]


def test_lenticular_subheads_tight_on_their_text() -> None:
    text = (
        "계약 끝난 뒤 열쇠 안 돌려줬다면 지연손해금 못 받아\n\n"
        "【판결요지】\n"
        "임차인이 열쇠를 돌려주지 않아 임대인이 점유를 되찾지 못했다면 "
        "지연손해금을 청구할 수 없다.\n"
        "【사실관계】\n"
        "원고는 계약이 끝난 뒤 이사했으나 열쇠를 석 달 동안 돌려주지 않았다.\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]][:3] == ["subhead", "paragraph", "subhead"]
    assert item["body"][0] == ("subhead", "판결요지")


def test_a_lenticular_dateline_opening_the_text_is_no_subhead() -> None:
    text = (
        "계절근로자 1800명 배정\n\n"
        "【솔뫼】 솔뫼도가 내년 상반기 외국인 계절근로자 1800명을 시·군에 배정했다.\n"
    )
    [item] = items(text)
    assert "subhead" not in [kind for kind, _ in item["body"]]


def test_a_broadcasts_speakers_in_lenticular_brackets_are_no_subheads() -> None:
    text = (
        "솔뫼항 크레인 고장…하역 중단\n\n"
        "【앵커】\n"
        "솔뫼항 부두의 크레인이 멈춰 하역이 하루 종일 중단됐습니다. 한가람 기자입니다.\n"
        "【기자】\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈췄습니다. 복구는 내일 끝납니다.\n"
    )
    [item] = items(text)
    assert "subhead" not in [kind for kind, _ in item["body"]]
    # the speaker's label stays the text of the turn it opens, as before the round
    assert item["body"][0][1].startswith("【앵커】 솔뫼항 부두의 크레인이 멈춰")
    assert "【기자】 3일 오전" in item["body"][-1][1]


def test_a_post_named_with_its_place_is_a_subhead_not_a_correspondents_byline() -> None:
    # '신임 도쿄 특파원' names a post over the text about who takes it; '한누리 오슬로 특파원'
    # under a story is a correspondent's byline (tests/ingest/test_bylines_credit_lines.py)
    text = (
        "언론계 소식\n\n"
        "한빛일보는 3일 신임 워싱턴 특파원으로 김영수 기자를 발령했다.\n"
        "신임 도쿄 특파원\n"
        "이민정 기자는 국제부에서 일해 왔다. 도쿄 부임은 다음 달이다.\n"
    )
    [story] = items(text)
    assert ("subhead", "신임 도쿄 특파원") in story["body"]
    assert not story["bylines"]


EDITORIAL = (
    "[사설] 누리천 복개 구간 복원 재추진, 10년 전 실패에서 배워야\n"
    "누리시가 누리천 복개 구간을 걷어내는 복원 사업을 다시 꺼냈다. 10년 전 무산된 계획이다.\n\n"
    "시는 사업비와 교통 대책을 모두 공개하고 주민 설명회부터 열어야 한다.\n\n"
)
COLUMN_TEXT = (
    "우리 동네 도서관은 3층 건물이다. 어린이 열람실은 3층에 있다.\n\n"
    "유모차를 들고 계단을 오르는 부모가 적지 않다. 승강기 한 대가 아쉽다.\n\n"
    "한누리 논설위원\n"
)


def test_a_columns_kicker_headline_after_an_unsigned_editorial_opens_the_column() -> None:
    text = f"{EDITORIAL}[한누리 칼럼] 승강기 없는 도서관\n{COLUMN_TEXT}"
    editorial, column = items(text)
    assert editorial["bylines"] == []
    assert column["headline"] == "[한누리 칼럼] 승강기 없는 도서관"
    assert column["bylines"] == [("한누리", "논설위원", None, None)]


def test_a_bracketed_part_head_in_an_unsigned_story_stays_its_subhead() -> None:
    # a part's head in brackets names no column: the story's byline still signs it whole
    text = f"{EDITORIAL}[쟁점] 승강기 없는 도서관\n{COLUMN_TEXT}"
    [item] = items(text)
    assert ("subhead", "[쟁점] 승강기 없는 도서관") in item["body"]


TABLE_IN_STORY = (
    "가계빚 또 최대\n\n"
    f"{LEAD}\n{MORE}\n{{signed}}"
    "가계신용 분기별 추이 (단위: 조원)\n"
    "분기\t가계대출\t합계\n1분기\t1,821.9\t1,939.4\n2분기\t1,836.0\t1,954.3\n"
    "3분기\t1,852.7\t1,972.4\n자료=한국중앙은행\n\n"
    f"◇ 2금융권 쏠림\n{MORE}\n한누리 기자 nuri@nuri.kr\n"
)


def test_a_table_in_a_story_whose_marked_part_runs_on_to_its_byline_is_the_storys() -> None:
    [item] = items(TABLE_IN_STORY.format(signed=""))
    assert item["headline"] == "가계빚 또 최대"
    assert ("subhead", "2금융권 쏠림") in item["body"]
    assert [b[:2] for b in item["bylines"]] == [("한누리", "기자")]


def test_a_table_after_a_signed_story_is_an_item_of_its_own() -> None:
    # the near miss: the story's byline closed it above the table
    got = items(TABLE_IN_STORY.format(signed="한가람 기자 garam@nuri.kr\n\n"))
    assert [it["headline"] for it in got] == [
        "가계빚 또 최대",
        "가계신용 분기별 추이 (단위: 조원)",
        "2금융권 쏠림",
    ]


BOXES_IN_STORY = (
    f"접는 태블릿 출시\n\n{LEAD}\n\n[주요 사양]\n· 화면: 12.4형\n· 무게: 498g\n\n"
    "{box}\n\n"
    f"{MORE}\n\n한누리 기자 nuri@nuri.kr\n"
)


def test_boxes_in_a_story_whose_text_runs_on_to_its_byline_are_the_storys() -> None:
    # the price box's lines, set tight under its title, are no other story's headline
    [item] = items(BOXES_IN_STORY.format(box="[가격 정보]\n256GB 189만원\n512GB 204만원"))
    assert item["headline"] == "접는 태블릿 출시"
    assert [b[:2] for b in item["bylines"]] == [("한누리", "기자")]


def test_a_headline_set_apart_after_a_box_signs_its_own_story() -> None:
    # the near miss: a plain headline after a blank line over the text the byline closes
    got = items(BOXES_IN_STORY.format(box="누리전자 새 노트북도 공개"))
    assert [it["headline"] for it in got] == [
        "접는 태블릿 출시",
        "주요 사양",
        "누리전자 새 노트북도 공개",
    ]
