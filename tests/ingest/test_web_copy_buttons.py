"""A web site's share buttons and shopping lines: the heads' or the foot's, never the text."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.web_foot import FOOT_ABOVE, foot_line
from reader.ingest.web_head import (
    BARE_STAMP,
    BUTTONS_IN_HEAD,
    WORD_UNDER_STAMP,
)
from tests.ingest.rule_pages import FOOT_STORY
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_sites_buttons_alone_on_their_lines_are_foot_lines() -> None:
    # any feeling's word in '…요' with its count; a comment count or a prompt alone on a line
    assert foot_line("좋아요 12 훈훈해요 0 슬퍼요 7")
    assert foot_line("댓글 12")
    assert foot_line("이 기사를 추천합니다")
    assert foot_line("이 기사를 추천합니다 3")
    assert foot_line("#수산시장 #새벽경매 #도하")
    assert not foot_line("#1 수산시장 새벽 경매 현장")
    assert not foot_line("댓글 12개가 달렸다")
    assert not foot_line("이 기사를 추천합니다만 반론도 있다")
    assert not foot_line("필요해요 3가지")


def test_an_outlet_over_its_stamp_its_section_and_the_sites_buttons_is_the_masthead() -> None:
    # no address and no paper's word in the name ('솔빛스포츠'): the buttons under the
    # section's word say the lines are a site's head
    text = (
        "솔빛스포츠\n입력 2026.12.01 21:10 | 수정 2026.12.01 22:05\n야구\n"
        "기사 공유하기 페이스북 카카오톡 URL복사\n\n"
        "[문자중계] 누리 베어스, 9회말 끝내기 안타\n\n"
        "누리 베어스가 1일 홈 경기에서 9회말 끝내기 안타로 이겼다.\n\n"
        "한누리 기자 nuri@solbit.kr\n"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == WORD_UNDER_STAMP
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔빛스포츠", "2026-12-01")
    assert edition.pages[0].section == "야구"
    assert items(text)[0]["headline"] == "[문자중계] 누리 베어스, 9회말 끝내기 안타"


def test_a_word_over_a_stamp_with_no_buttons_under_its_section_names_no_outlet() -> None:
    # a headline's word over the stamp and the story's first line: no site's head
    text = (
        "누리호\n입력 2026.12.01 21:10\n발사\n"
        "누리호가 1일 발사에 성공했다고 항공우주연구원이 밝혔다.\n\n"
        "항공우주연구원은 다음 달 두 번째 발사를 한다.\n"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != WORD_UNDER_STAMP


def test_the_sites_buttons_under_the_headline_and_byline_are_the_heads() -> None:
    text = (
        "솔빛뉴스\n사회\n입력 2026.12.02 18:42 | 수정 2026.12.02 21:05\nsolbit.kr\n\n"
        '누리천 산책로 밤마다 불 꺼져… 주민들 불안\n구청 "예산 없어" 내년으로 미뤄\n\n'
        "사진·글=한누리 기자\n공유하기 페이스북 카카오톡 URL복사\n글자크기 가 가\n\n"
        f"{LEAD}\n\n{MORE}\n\nnuri@solbit.kr\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["deck"] == ['구청 "예산 없어" 내년으로 미뤄']
    assert item["body"][0] == ("lead", LEAD)
    assert item["bylines"] == [("한누리", "기자", "nuri@solbit.kr", None)]
    assert BUTTONS_IN_HEAD in trace.rule("edition", "masthead")


def test_share_words_after_the_storys_text_begins_are_not_the_heads() -> None:
    # the buttons under the closing byline are the story's foot, as ruled
    text = (
        "솔빛뉴스\n사회\n입력 2026.12.02 18:42\nsolbit.kr\n\n"
        "누리천 산책로 밤마다 불 꺼져\n\n"
        f"{LEAD}\n\n한누리 기자 nuri@solbit.kr\n\n공유하기 페이스북 카카오톡 URL복사\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert ("paragraph", "공유하기 페이스북 카카오톡 URL복사") in item["body"]
    assert BUTTONS_IN_HEAD not in trace.rule("edition", "masthead")


@pytest.mark.parametrize(
    ("word", "section"), [("손흥민", "축구"), ("부고", "사회"), ("누리호", "과학")]
)
def test_a_name_or_tag_over_the_stamp_and_buttons_is_no_outlet(word: str, section: str) -> None:
    text = (
        f"{word}\n입력 2026.03.02 10:00\n{section}\n공유하기\n페이스북\n\n"
        f"{LEAD}\n\n{MORE}\n\n김하늘 기자\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (None, "2026-03-02")
    assert trace.rule("edition", "masthead") == BARE_STAMP
    assert items(text)[0]["headline"] == word


def test_a_sites_shopping_lines_over_its_foot_stay_the_storys() -> None:
    shop = "[최저가 보기] 솔뫼마켓 8만9천원 | 가람몰 9만2천원"
    text = (
        f"{FOOT_STORY}{shop}\n더 보러 가기 >\n※ 쇼핑 링크로 수수료를 받을 수 있습니다.\n\n"
        "관련기사\n▶ 솔뫼천 생태 탐방로 새 단장\n\n"
        "ⓒ 솔뫼온뉴스, 무단 전재 및 재배포 금지\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert ("paragraph", shop) in item["body"]
    assert ("paragraph", "더 보러 가기 >") in item["body"]
    assert item["body"][-1] == ("paragraph", "ⓒ 솔뫼온뉴스, 무단 전재 및 재배포 금지")
    assert FOOT_ABOVE in trace.rule("p1-1")
