"""A web copy's head in another order than name over stamp: the name over its section, stamp
and address, the name over '사회 | 입력 …', the site's share buttons under the stamp, and the
words over a stamp that name no outlet (a section's word, a tag). Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.web_head import (
    ADDRESS_UNDER,
    BARE_STAMP,
    SECTION_OVER,
    SECTION_STAMP,
    SHARE_UNDER,
    TAG_STAMP,
)
from reader.ingest.web_head_block import RULE as HEAD_BLOCK
from tests.ingest.test_conventions import items, parse

LAMP_STORY = (
    "솔뫼천 산책로 야간 조명 켠다\n\n"
    "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
    "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n"
)


def test_an_outlets_address_under_its_section_and_stamp() -> None:
    stamp = "입력 2027.03.04 10:12 | 수정 2027.03.04 11:40"
    text = f"솔뫼투데이\n생활\n{stamp}\nsolmoe.kr\n\n{LAMP_STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔뫼투데이", "solmoe.kr")
    assert edition.masthead.date == "2027-03-04"
    assert edition.pages[0].section == "생활"
    assert trace.rule("edition", "masthead") == ADDRESS_UNDER
    [item] = items(text)
    assert item["headline"] == "솔뫼천 산책로 야간 조명 켠다"
    assert item["deck"] == []


def test_a_story_line_between_the_stamp_and_an_address_is_no_head() -> None:
    # the address closes the head only right under it; under a story's line it is text
    text = (
        "솔뫼투데이\n생활\n입력 2027.03.04 10:12\n솔뫼천 산책로 야간 조명 켠다\nsolmoe.kr\n\n"
        f"{LAMP_STORY.split(chr(10), 2)[2]}"
    )
    edition = parse(text)
    assert edition.masthead is None
    [item] = items(text)
    # the head's lines stay the item's, the story line and the address among them
    assert item["deck"][-2:] == ["솔뫼천 산책로 야간 조명 켠다", "solmoe.kr"]
    assert item["body"] == [
        (
            "lead",
            "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.",
        ),
        ("paragraph", "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다."),
    ]


def test_a_word_over_the_sections_name_and_stamp_is_the_outlet() -> None:
    text = f"솔뫼투데이\n생활 | 입력 2027.03.04 10:12 | 최종수정 2027.03.04 11:40\n\n{LAMP_STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔뫼투데이", "2027-03-04")
    assert edition.pages[0].section == "생활"
    assert trace.rule("edition", "masthead") == SECTION_STAMP
    [item] = items(text)
    assert item["headline"] == "솔뫼천 산책로 야간 조명 켠다"


def test_an_outlets_name_before_the_stamp_under_a_word_stays_the_outlet() -> None:
    # '속보' is no section's word: the name on the stamp's line is the outlet, as before
    text = f"속보\n솔뫼투데이 | 입력 2027.03.04 10:12\n\n{LAMP_STORY}"
    edition = explain_text(text)[0]
    assert edition.masthead is not None
    assert edition.masthead.paper == "솔뫼투데이"


def test_a_section_word_over_a_stamp_and_an_address_is_the_label_not_the_outlet() -> None:
    # the address under '날씨' is the weather office's: it proves no outlet's name
    text = (
        "날씨\n입력 2024.03.05 10:12\nhttps://www.weather.go.kr\n\n내일 전국에 봄비\n"
        "내일은 전국에 봄비가 내리겠다. 기상청은 강수량이 5~20mm가 될 것으로 내다봤다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (None, "2024-03-05")
    assert edition.pages[0].section == "날씨"
    assert trace.rule("edition", "masthead") == SECTION_OVER
    [item] = items(text)
    assert item["headline"] == "내일 전국에 봄비"
    assert item["body"] == [
        ("lead", "내일은 전국에 봄비가 내리겠다. 기상청은 강수량이 5~20mm가 될 것으로 내다봤다.")
    ]


def test_any_sections_word_over_a_stamp_and_an_address_is_the_label() -> None:
    # the same for every section the label knows, not only the weather's
    text = (
        "경제\n입력 2024.03.05 10:12\nhttps://www.example-economy.kr\n\n수출 석 달째 늘어\n"
        "수출이 석 달째 늘었다. 산업부는 반도체 수출이 크게 늘었다고 5일 밝혔다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.paper is None
    assert edition.pages[0].section == "경제"
    assert trace.rule("edition", "masthead") == SECTION_OVER


def test_a_sections_word_over_a_stamp_alone_only_dates_the_copy() -> None:
    text = (
        "경제\n입력 2024.03.05 10:12\n\n수출 석 달째 늘어\n"
        "수출이 석 달째 늘었다. 산업부는 반도체 수출이 크게 늘었다고 5일 밝혔다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.paper is None
    assert trace.rule("edition", "masthead") == BARE_STAMP


def test_a_tag_over_the_sections_name_and_stamp_is_no_outlet() -> None:
    text = (
        "단독\n정치 | 입력 2024.03.05 10:12 | 수정 2024.03.05 11:00\n\n"
        "여당, 총선 공천 명단 확정\n"
        "여당이 5일 총선 공천 명단을 확정했다. 당 지도부는 이날 회의를 열고 명단을 의결했다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (None, "2024-03-05")
    assert edition.pages[0].section == "정치"
    assert trace.rule("edition", "masthead") == TAG_STAMP
    [item] = items(text)
    assert item["headline"] == "여당, 총선 공천 명단 확정"


# --- the site's share buttons under the stamp ---------------------------------------------


def test_share_and_font_size_buttons_under_the_stamp_close_the_head() -> None:
    text = (
        "솔뫼뉴스\n생활\n입력 2027.03.04 10:12 | 수정 2027.03.04 11:40\n"
        "기사 공유하기 페이스북 카카오톡 URL복사\n글자크기 가 가\n\n"
        f"{LAMP_STORY}"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔뫼뉴스", "2027-03-04")
    assert trace.rule("edition", "masthead") == SHARE_UNDER
    assert edition.pages[0].section == "생활"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == ("솔뫼천 산책로 야간 조명 켠다", [])


def test_a_tight_head_with_the_reporter_on_the_stamps_line_and_a_button_a_line() -> None:
    # set without blank lines: the story's head follows the buttons on the next line
    text = (
        "솔뫼투데이\nsolmoe.kr\n생활\n한가람 기자 | 입력 2027.03.04 10:12\n"
        "공유하기\n페이스북 카카오톡 링크복사\n인쇄\n"
        "솔뫼천 산책로 야간 조명 켠다\n"
        "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n"
        "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n"
        "한가람 기자 garam@solmoe.kr\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔뫼투데이", "solmoe.kr")
    assert trace.rule("edition", "masthead") == SHARE_UNDER
    assert edition.pages[0].section == "생활"
    [item] = items(text)
    assert item["headline"] == "솔뫼천 산책로 야간 조명 켠다"
    assert [b[0] for b in item["bylines"]] == ["한가람"]


def test_a_headline_about_sharing_under_the_stamp_is_no_button() -> None:
    # '공유 자전거 …' mentions sharing: the head is not closed by it, it is the story's
    text = (
        "솔뫼뉴스\n생활\n입력 2027.03.04 10:12\n공유 자전거 300대 늘린다\n\n"
        "솔뫼시는 공유 자전거 300대를 내년 봄까지 더 들인다고 밝혔다.\n"
    )
    assert parse(text).masthead is None
    [item] = items(text)
    assert "공유 자전거 300대 늘린다" in [item["headline"], *item["deck"]]


def test_share_buttons_one_a_line_after_the_first_close_the_head() -> None:
    # '공유하기' begins the run: the single buttons under it ('밴드', 'URL복사') are the site's
    text = (
        "솔뫼뉴스\nsolmoe.kr\n생활\n입력 2027.03.04 10:12 | 수정 2027.03.04 11:40\n"
        "공유하기\n트위터\n카카오톡\nURL복사\n\n"
        f"{LAMP_STORY}"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert trace.rule("edition", "masthead") == SHARE_UNDER
    [item] = items(text)
    assert (item["headline"], item["deck"]) == ("솔뫼천 산책로 야간 조명 켠다", [])


def test_a_lone_share_word_with_no_button_before_it_opens_no_run() -> None:
    # '트위터' alone under the stamp, no '공유하기' over it: not known as a button
    text = f"솔뫼뉴스\nsolmoe.kr\n생활\n입력 2027.03.04 10:12\n트위터\n\n{LAMP_STORY}"
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != SHARE_UNDER


def test_a_tag_over_the_sections_word_and_the_headline_over_the_stamp_is_no_outlet() -> None:
    # '단독' on the top line, the section's word under it, the reporter's stamp under the
    # headline: a tag names no outlet, as over the stamp's own line
    text = (
        "단독\n사회\n누리시 공무원 수당 부정수급 적발\n김누리 기자 | 입력 2026.12.05 10:00\n"
        "누리시 공무원 20여명이 초과근무 수당을 부정하게 받아 온 사실이 감사에서 드러났다.\n"
        "감사위원회는 이들에게 받은 수당을 모두 돌려받기로 했다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (None, "2026-12-05")
    assert edition.pages[0].section == "사회"
    assert trace.rule("edition", "masthead") == TAG_STAMP
    [item] = items(text)
    assert item["headline"] == "누리시 공무원 수당 부정수급 적발"


def test_a_head_block_with_the_stamp_under_the_headline() -> None:
    # the outlet, its section's word, the headline and its deck, a reporter's stamp and the
    # buttons in one block: the headline and deck stay the story's
    text = (
        '솔뫼온뉴스\n생활\n솔뫼천 산책로 야간 조명 켠다\n주민 설문 절반 "밤길 무섭다"\n'
        "한가람 기자 | 입력 2027.03.04 10:12 | 수정 2027.03.04 11:40\n공유하기\n인쇄\n\n"
        "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
        "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == HEAD_BLOCK
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔뫼온뉴스", "2027-03-04")
    assert edition.pages[0].section == "생활"
    [item] = items(text)
    assert item["headline"] == "솔뫼천 산책로 야간 조명 켠다"
    assert item["deck"] == ['주민 설문 절반 "밤길 무섭다"']


def test_a_head_block_with_an_address_and_a_dotted_section_word() -> None:
    text = (
        "솔뫼테크\nsolmoetech.kr\nIT·가전\n입력 2027.03.04 10:12\n"
        "기사 공유하기 페이스북 카카오톡 URL복사\n글자크기 가 가\n\n"
        f"{LAMP_STORY}"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == HEAD_BLOCK
    assert edition.masthead is not None and edition.masthead.url == "solmoetech.kr"
    assert edition.pages[0].section == "IT·가전"
    assert items(text)[0]["headline"] == "솔뫼천 산책로 야간 조명 켠다"


def test_a_block_going_on_past_the_buttons_is_no_head_block() -> None:
    # the story's text under the buttons in the same block: a reader cannot tell the head
    # ends there, and the rule leaves it
    text = (
        "솔뫼온뉴스\n생활\n솔뫼천 산책로 야간 조명 켠다\n입력 2027.03.04 10:12\n공유하기\n"
        "솔뫼시는 솔뫼천 산책로에 야간 조명을 설치한다고 밝혔다.\n"
    )
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != HEAD_BLOCK


def test_a_headline_over_a_stamp_and_buttons_names_no_outlet() -> None:
    # the first line a headline of several words, not a one-word name
    text = (
        "솔뫼천 산책로 야간 조명 켠다\n생활\n입력 2027.03.04 10:12\n공유하기\n\n"
        "솔뫼시는 솔뫼천 산책로에 야간 조명을 설치한다고 밝혔다.\n"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != HEAD_BLOCK
    assert edition.masthead is None or edition.masthead.paper is None


def test_a_head_block_with_the_address_beside_the_name_and_the_buttons_between_bars() -> None:
    text = (
        "솔뫼온뉴스 | solmoeon.kr\n생활\n"
        "라이브 | 입력 2027.03.04 10:12 | 업데이트 2027.03.04 12:00\n"
        "기사 듣기 | 공유 | 스크랩 | 인쇄\n\n"
        f"{LAMP_STORY}"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == HEAD_BLOCK
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔뫼온뉴스", "solmoeon.kr")
    assert items(text)[0]["headline"] == "솔뫼천 산책로 야간 조명 켠다"


def test_a_line_between_bars_with_one_button_word_closes_no_head_block() -> None:
    text = (
        "솔뫼온뉴스 | solmoeon.kr\n생활\n입력 2027.03.04 10:12\n"
        "산책로 | 조명 | 공유\n\n"
        f"{LAMP_STORY}"
    )
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != HEAD_BLOCK


def test_a_name_over_a_section_and_the_stamp_with_no_headline_between_is_no_head_block() -> None:
    # with no address and nothing between the section's word and the stamp, the word over
    # them may be a headline's ('손흥민'): web_head's rules read that head, not this one
    text = f"손흥민\n축구\n입력 2027.03.04 10:12\n공유하기\n\n{LAMP_STORY}"
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != HEAD_BLOCK


def test_a_credited_outlet_over_a_section_and_the_stamp_is_a_head_block() -> None:
    # the page credits the name as an outlet ('ⓒ 솔뫼라이프'): no headline's word
    foot = "ⓒ 솔뫼라이프 무단전재 및 재배포 금지\n"
    text = f"솔뫼라이프\n생활\n입력 2027.03.04 10:12\n공유하기\n\n{LAMP_STORY}\n{foot}"
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == HEAD_BLOCK
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔뫼라이프", "2027-03-04")
    assert edition.pages[0].section == "생활"
    assert items(text)[0]["headline"] == "솔뫼천 산책로 야간 조명 켠다"


def test_a_section_word_opening_the_stamps_line_is_the_label() -> None:
    # '생활 | NAME 기자 | 입력 …': the section's word, then the reporter and the stamp
    stamp = "생활 | 한솔 기자 | 입력 2027-03-04 10:12"
    text = f"솔뫼라이프\nsolmoelife.kr\n{stamp}\n공유하기\n인쇄\n\n{LAMP_STORY}"
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == HEAD_BLOCK
    assert edition.masthead is not None and edition.masthead.paper == "솔뫼라이프"
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "생활"
    assert items(text)[0]["headline"] == "솔뫼천 산책로 야간 조명 켠다"
