"""Copy taken from web pages, on small made-up examples: the outlet's name over its time stamp
(or a stamp with no outlet), a breadcrumb under the outlet, a web byline and its stamps, timed
updates of a live page, links under related stories. Every name is invented."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text, ingest_text
from reader.ingest.blocks import ONLINE_UNITS, TIMED_RULE
from reader.ingest.byline_lines import WEB_BYLINE, WEB_BYLINE_RULE, web_byline
from reader.ingest.credits import credit_suffix
from reader.ingest.label import BREADCRUMB_RULE
from reader.ingest.lines import Line, Para
from reader.ingest.related_links import RELATED_LINK, RELATED_TITLE
from reader.ingest.web_foot import _REACTION, FOOT_ABOVE, WEB_FOOT, foot_line, web_foot
from reader.ingest.web_head import (
    BARE_STAMP,
    BUTTONS_IN_HEAD,
    NAMED_TWICE,
    SECTION_UNDER_NAME,
    WORD_UNDER_STAMP,
)
from reader.ingest.web_head import RULE as WEB_HEAD
from tests.ingest.rule_pages import WEB
from tests.ingest.test_conventions import LEAD, MORE, items, parse


def test_a_web_pages_breadcrumb_under_the_outlet_is_the_pages_label() -> None:
    text = (
        "누리일보\n"
        "경제 > 부동산\n\n"
        "누리시 아파트값 석 달째 내림세\n\n"
        "누리시 아파트값이 석 달째 내렸다고 누리부동산원이 12일 밝혔다.\n\n"
        "<저작권자 © 누리일보, 무단 전재 및 재배포 금지>\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.paper == "누리일보"
    assert trace.rule("p1") == BREADCRUMB_RULE
    assert edition.pages[0].section == "경제 > 부동산"
    assert items(text)[0]["headline"] == "누리시 아파트값 석 달째 내림세"


def test_a_host_line_with_a_marker_is_no_breadcrumb() -> None:
    text = (
        "[대담] 누리시 교통 정책\n\n"
        "사회> 시내버스 노선 개편은 언제 마무리됩니까.\n\n"
        "시장> 올해 안에 마무리하겠습니다.\n"
    )
    assert ingest_text(text).pages[0].label is None


WEB_STORY = "누리시 아파트값이 석 달째 내렸다고 누리부동산원이 12일 밝혔다.\n\n"


def test_a_web_byline_line_signs_the_story_and_dates_the_page() -> None:
    text = (
        "누리일보\n경제 > 부동산\n누리시 아파트값 석 달째 내림세\n"
        "한솔빛 기자 | 기사입력 2026.03.12 10:05 | 최종수정 2026.03.12 11:00 | 댓글 0\n\n"
        f"{WEB_STORY}한솔빛 기자 hsb@nuri.kr\n<저작권자 © 누리일보, 무단 전재 및 재배포 금지>\n"
    )
    edition = ingest_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-12"
    [story] = items(text)
    assert story["headline"] == "누리시 아파트값 석 달째 내림세"
    assert story["bylines"] == [("한솔빛", "기자", "hsb@nuri.kr", None)]


def test_a_web_time_stamp_alone_is_the_mastheads_not_a_deck() -> None:
    text = (  # a web copy pasted without blank lines
        "누리일보\n경제\n누리시 아파트값 석 달째 내림세\n"
        "입력 2026-03-12 10:05  수정 2026-03-12 11:00\n"
        f"{WEB_STORY.strip()}\n한솔빛 기자 hsb@nuri.kr\n"
        "<저작권자 © 누리일보, 무단 전재 및 재배포 금지>\n"
    )
    edition = ingest_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-12"
    assert items(text)[0]["deck"] == []


def test_a_bar_in_a_headline_is_no_web_byline() -> None:
    text = f"누리시 | 석 달째 내림세\n\n{WEB_STORY}"
    [story] = items(text)
    assert story["headline"] == "누리시 | 석 달째 내림세" and story["bylines"] == []


STAMPED = (
    "누리투데이\n\n"
    "가람산 산불 이틀째… 주민 300명 대피\n\n"
    "한누리 기자 입력 2026.04.02 08:10 수정 2026.04.02 11:30\n\n"
    "가람산 일대에서 난 산불이 이틀째 이어지고 있다. 산림당국은 헬기 12대를 투입했다.\n\n"
    "저작권자 © 누리투데이 무단전재 및 재배포 금지\n"
)


def test_a_reporter_before_the_pages_stamps_is_the_byline_and_the_stamp_its_date() -> None:
    edition, trace = explain_text(STAMPED)
    [story] = items(STAMPED)
    assert story["bylines"] == [("한누리", "기자", None, None)]
    assert story["body"][0] == (
        "lead",
        "가람산 일대에서 난 산불이 이틀째 이어지고 있다. 산림당국은 헬기 12대를 투입했다.",
    )
    assert edition.masthead is not None and edition.masthead.date == "2026-04-02"
    assert trace.rule("p1-1", "byline.0").endswith(WEB_BYLINE_RULE)


def test_a_sentence_naming_a_reporter_and_an_input_stays_text() -> None:
    text = STAMPED.replace(
        "한누리 기자 입력 2026.04.02 08:10 수정 2026.04.02 11:30",
        "산불을 처음 본 주민은 한누리 기자에게 입력 2026년 기록을 보여 주었다.",
    )
    [story] = items(text)
    assert story["bylines"] == []


def test_links_under_related_stories_are_bullets() -> None:
    [story] = items(WEB)
    assert story["body"][-3:] == [
        ("subhead", "관련기사"),
        ("bullet", "재단 이사장 “채용 절차 적법했다”"),
        ("bullet", "시의회, 출연기관 채용 전수조사 요구"),
    ]
    _, trace = explain_text(WEB)
    assert RELATED_LINK in trace.rule("p1-1", f"body.{len(story['body']) - 1}")


def test_a_marked_subhead_with_no_related_title_over_it_stays_a_subhead() -> None:
    text = (
        "시청 앞 광장 새단장\n\n"
        "시청 앞 광장이 석 달 공사를 마치고 23일 다시 문을 열었다.\n\n"
        "▶ 분수대 다시 가동\n\n"
        "광장 한가운데 분수대도 다시 물을 뿜기 시작했다.\n"
    )
    [story] = items(text)
    assert ("subhead", "분수대 다시 가동") in story["body"]
    assert credit_suffix("▲ 김 의원이 발언하고 있다.") is None  # a scene without a credit


STORY = (
    "[단독] 새벽시장 상인회, 공영주차장 무료화 요구\n\n"
    "새벽시장 상인회가 공영주차장을 오전 9시까지 무료로 열어 달라고 시에 요청했다.\n"
)


def test_a_one_word_name_over_a_time_stamp_is_the_outlet() -> None:
    text = f"솔빛뉴스\n입력 2027.01.05 06:30 | 수정 2027.01.05 08:10\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔빛뉴스", "2027-01-05")
    assert trace.rule("edition", "masthead") == WEB_HEAD
    [item] = items(text)
    assert item["headline"] == "[단독] 새벽시장 상인회, 공영주차장 무료화 요구"
    assert edition.pages[0].label is None


def test_the_name_its_address_and_section_over_a_stamp_under_the_headline() -> None:
    text = (
        "솔빛뉴스\nsolbit.kr\n경제\n\n"
        "[단독] 새벽시장 상인회, 공영주차장 무료화 요구\n\n입력 2027.01.05 06:30\n\n"
        "새벽시장 상인회가 공영주차장을 오전 9시까지 무료로 열어 달라고 시에 요청했다.\n"
    )
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "솔빛뉴스"
    assert edition.masthead.url == "solbit.kr"
    assert edition.masthead.date == "2027-01-05"
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "경제"
    [item] = items(text)
    assert item["headline"] == "[단독] 새벽시장 상인회, 공영주차장 무료화 요구"
    assert all("입력" not in text for _, text in item["body"])


def test_the_outlet_and_its_stamp_on_one_line_under_the_section() -> None:
    text = f"포토\n솔빛뉴스 | 입력 2027.01.05 06:30\n\n{STORY}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔빛뉴스", "2027-01-05")
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "포토"
    [item] = items(text)
    assert item["headline"] == "[단독] 새벽시장 상인회, 공영주차장 무료화 요구"


def test_a_headline_over_a_stamp_is_no_outlet() -> None:
    # Several words: a headline, not a name; a section's word is no outlet either.
    for head in ("공영주차장 무료화 요구", "사회"):
        text = f"{head}\n입력 2027.01.05 06:30\n\n새벽시장 상인회가 시에 요청했다.\n"
        edition, trace = explain_text(text)
        assert trace.rule("edition", "masthead") != WEB_HEAD
        assert edition.masthead is None or edition.masthead.paper != head


def test_a_name_with_no_stamp_near_the_top_is_no_outlet() -> None:
    text = f"솔빛뉴스\n경제\n\n{STORY}"
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != WEB_HEAD


LIVE = (
    "[라이브] 한파 특보…실시간 상황\n\n"
    "올겨울 첫 한파 특보가 내려졌다. 새 소식이 들어오는 대로 전한다.\n\n"
    "17:20 시내버스 정상 운행\n"
    "시는 오후 5시부터 시내버스 전 노선의 운행을 정상화했다고 밝혔다.\n\n"
    "09:05 수도관 동파 신고 잇따라\n"
    "오전 9시까지 수도관 동파 신고가 42건 접수됐다고 상수도사업본부가 밝혔다.\n"
)


def test_a_timed_update_head_over_its_text_is_a_subhead() -> None:
    _, trace = explain_text(LIVE)
    [item] = items(LIVE)
    assert item["body"] == [
        ("lead", "올겨울 첫 한파 특보가 내려졌다. 새 소식이 들어오는 대로 전한다."),
        ("subhead", "17:20 시내버스 정상 운행"),
        ("paragraph", "시는 오후 5시부터 시내버스 전 노선의 운행을 정상화했다고 밝혔다."),
        ("subhead", "09:05 수도관 동파 신고 잇따라"),
        ("paragraph", "오전 9시까지 수도관 동파 신고가 42건 접수됐다고 상수도사업본부가 밝혔다."),
    ]
    assert any(TIMED_RULE in why for why in trace.notes.values())


LIVE_HEAD = (
    "솔빛뉴스\nsolbit.kr\n사회\n[라이브] 한파 특보…실시간 상황\n"
    "솔빛뉴스 | 입력 2026.12.01 06:30 | 업데이트 2026.12.01 17:20\n\n"
    "[라이브] 한파 특보…실시간 상황\n버스·수도 실시간 상황\n\n"
    "한누리 기자 nuri@solbit.kr\n\n"
)


def test_a_live_blogs_head_named_twice_and_its_first_update_under_the_byline() -> None:
    # the outlet on the first line and on its stamp's: all the site's head down to the
    # stamp; the first update after the byline is the body's first subhead, not an item
    text = LIVE_HEAD + LIVE.split("\n\n", 2)[2]
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔빛뉴스", "solbit.kr")
    assert edition.masthead.date == "2026-12-01"
    assert edition.pages[0].section == "사회"
    assert trace.rule("edition", "masthead") == NAMED_TWICE
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (
        "[라이브] 한파 특보…실시간 상황",
        ["버스·수도 실시간 상황"],
    )
    assert item["body"][0] == ("subhead", "17:20 시내버스 정상 운행")
    assert item["bylines"] == [("한누리", "기자", "nuri@solbit.kr", None)]


def test_a_name_over_a_stamp_that_names_another_outlet_is_no_head_named_twice() -> None:
    text = LIVE_HEAD.replace("솔빛뉴스 | 입력", "누리뉴스 | 입력") + LIVE.split("\n\n", 2)[2]
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != NAMED_TWICE


def test_a_schedules_times_stay_its_rows() -> None:
    text = "오늘의 편성\n\n06:00 아침 뉴스\n08:30 생활 정보\n12:00 정오 뉴스\n"
    _, trace = explain_text(text)
    assert all(TIMED_RULE not in why for why in trace.notes.values())


def test_a_section_word_over_a_web_stamp_is_no_paper() -> None:
    page = "날씨\n입력 2026.11.24 07:10\n\n한파 특보가 내려졌다. 기온이 영하 10도까지 떨어진다.\n"
    edition = ingest_text(page)
    assert edition.masthead is None or edition.masthead.paper != "날씨"
    assert edition.pages[0].section == "날씨"


def test_two_english_words_either_side_of_a_chevron_are_a_headline() -> None:
    text = (
        "Supply > Demand\n\n"
        "Prices rose again in March as the harvest fell short of what growers had planned.\n\n"
        "The market expects relief by summer.\n"
    )
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "Supply > Demand"


def test_a_stamp_under_the_headline_dates_a_copy_with_no_outlet() -> None:
    text = (
        "[속보] 솔뫼항 부두 크레인 멈춰…하역 중단\n"
        "입력 2027.02.03 08:15 | 수정 2027.02.03 10:40\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (None, "2027-02-03")
    assert trace.rule("edition", "masthead") == BARE_STAMP
    [item] = items(text)
    assert item["deck"] == []


def test_a_stamp_deep_in_the_first_block_is_no_masthead() -> None:
    text = (
        "[속보] 솔뫼항 부두 크레인 멈춰\n하역 중단\n부두 폐쇄\n입력 2027.02.03 08:15\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n"
    )
    edition = parse(text)
    assert edition.masthead is None
    [item] = items(text)
    assert item["headline"] == "[속보] 솔뫼항 부두 크레인 멈춰"
    assert item["body"] == [
        ("lead", "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.")
    ]


# --- a web copy's foot under its byline ---------------------------------------------------

FOOT_STORY = (
    "솔뫼천 산책로 야간 조명 켠다\n\n"
    "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
    "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n\n"
    "한가람 기자 garam@solmoe.kr\n\n"
)


def test_related_links_and_the_copyright_under_the_byline_stay_the_storys() -> None:
    text = (
        f"{FOOT_STORY}관련기사\n▶ 솔뫼천 생태 탐방로 새 단장\n▶ 밤길 안심 귀갓길 20곳 늘린다\n\n"
        "본문 글씨 크게 | 작게 | 인쇄 | 공유\n"
        "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지\n좋아요 8 슬퍼요 0 화나요 1\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["body"][-6:] == [
        ("subhead", "관련기사"),
        ("bullet", "솔뫼천 생태 탐방로 새 단장"),
        ("bullet", "밤길 안심 귀갓길 20곳 늘린다"),
        ("paragraph", "본문 글씨 크게 | 작게 | 인쇄 | 공유"),
        ("paragraph", "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지"),
        ("paragraph", "좋아요 8 슬퍼요 0 화나요 1"),
    ]
    assert [b[0] for b in item["bylines"]] == ["한가람"]
    assert WEB_FOOT in trace.rule("p1-1")


def test_a_new_story_after_the_byline_still_starts_an_item() -> None:
    # a headline that merely mentions sharing is no share line: it heads the next story
    text = (
        f"{FOOT_STORY}공유 자전거 300대 늘린다\n\n"
        "솔뫼시는 공유 자전거 300대를 내년 봄까지 더 들인다고 밝혔다.\n"
    )
    assert [item["headline"] for item in items(text)] == [
        "솔뫼천 산책로 야간 조명 켠다",
        "공유 자전거 300대 늘린다",
    ]


def test_a_related_title_without_links_is_no_foot() -> None:
    assert not web_foot([Para([Line("관련기사", 0)], 0)], 0)
    assert foot_line("공유하기 페이스북 카카오톡 URL복사")
    assert foot_line("본문 글씨 크게 | 작게 | 인쇄 | 공유")
    assert not foot_line("공유 자전거 300대 늘린다")


def test_a_long_run_of_counts_missing_its_text_is_no_reaction_line() -> None:
    # its time is the growth bench's ('좋아요 1 ' repeated): here, what it answers
    assert _REACTION.match("좋아요 1    " * 12 + "기사") is None
    assert _REACTION.match("좋아요 12 | 슬퍼요 3  화나요 0")


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


def test_a_features_numbered_parts_are_its_subheads_not_tags() -> None:
    # '#1' alone between a feature's paragraphs numbers its part; a tag names something
    text = (
        "한빛뉴스\n입력 2026.12.02 14:37\n\n겨울 바다의 사람들\n\n"
        "새벽 네 시, 항구는 이미 깨어 있다.\n\n#1\n\n"
        "경매사의 손짓에 따라 상자가 오간다. 한 상자에 몇 만원이 오르내린다.\n\n#2\n\n"
        "해가 뜨면 어선들이 다시 바다로 나간다.\n\n고은결 기자\n"
    )
    [story] = items(text)
    assert [b for b in story["body"] if b[1].startswith("#")] == [
        ("subhead", "#1"),
        ("subhead", "#2"),
    ]
    assert not foot_line("#1") and not foot_line("#12")
    assert foot_line("#광주") and foot_line("#2026년 #광주")


def test_web_byline_found_with_its_stamp_as_far_as_a_name_reaches() -> None:
    # The stamp's word is looked for first, in the line's first characters only: a name of
    # forty characters and the bar and '기사' before the word still reach it.
    name = "한솔빛 기자 " + "가" * 33  # forty characters
    far = f"{name} | 기사입력 2026.03.12 10:05 | 댓글 0"
    assert web_byline(far) is not None and web_byline(far)["by"] == name
    assert web_byline(f"{name}가 | 기사입력 2026.03.12 10:05") is None  # a name too long
    for line in ("한솔빛 기자 입력 2026.03.10 09:12 수정 2026.03.10 10:00", far, "입력 2026.03.10"):
        assert bool(web_byline(line)) == bool(WEB_BYLINE.match(line))


SECTION_HEAD = (
    "솔빛뉴스 solbit.kr\n사회\n[라이브] 한파 특보…시내 상황 실시간\n"
    "한누리 기자 | 입력 2026.12.01 06:10 | 업데이트 2026.12.01 09:40\n공유하기\n인쇄\n\n"
    "한파 특보가 내려진 1일 누리시의 상황을 전한다.\n\n"
    "09:40 시내버스 정상 운행\n시내버스가 첫차부터 정상 운행했다.\n\n"
    "한누리 기자 nuri@solbit.kr\n"
)


def test_a_headline_between_a_web_copys_section_and_its_reporters_stamp_stays_the_story() -> None:
    edition, trace = explain_text(SECTION_HEAD)
    assert trace.rule("edition", "masthead") == SECTION_UNDER_NAME
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔빛뉴스", "solbit.kr")
    assert edition.masthead.date == "2026-12-01"
    assert edition.pages[0].section == "사회"
    [item] = items(SECTION_HEAD)
    assert item["headline"] == "[라이브] 한파 특보…시내 상황 실시간"
    assert item["body"][0] == ("lead", "한파 특보가 내려진 1일 누리시의 상황을 전한다.")


def test_a_web_copys_name_again_on_its_stamp_under_the_section_without_blank_lines() -> None:
    text = (
        "솔빛뉴스\n정치\n솔빛뉴스 | 입력 2026.12.01 06:10\n공유하기\n인쇄\n"
        "[라이브] 시의회 예산안 본회의\n"
        "누리시의회가 1일 본회의를 열고 내년 예산안 처리에 나섰다.\n"
        "18:40 예산안 수정안 가결\n예산안 수정안이 찬성 31표로 가결됐다.\n"
        "12:00 본회의 개의\n본회의가 정오에 열렸다.\n한누리 기자 nuri@solbit.kr\n"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") == SECTION_UNDER_NAME
    assert edition.pages[0].section == "정치"
    assert items(text)[0]["headline"] == "[라이브] 시의회 예산안 본회의"


def test_a_print_byline_under_a_section_and_headline_makes_no_web_head() -> None:
    # a print page's paper, section and headline over a plain byline: no site's stamp
    text = SECTION_HEAD.replace(" | 입력 2026.12.01 06:10 | 업데이트 2026.12.01 09:40", "")
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != SECTION_UNDER_NAME
    # a word that is no section under the name: a headline's, not a site's head
    text = SECTION_HEAD.replace("\n사회\n", "\n한파\n")
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != SECTION_UNDER_NAME


ONE_BLOCK = (
    "솔빛뉴스\nsolbit.kr\n사회\n\n누리시 공유 킥보드 견인 공방\n\n"
    "입력 2026.12.02 09:14\n기사 공유하기 페이스북 카카오톡 URL복사\n\n"
    "누리시 남구가 방치된 공유 킥보드의 견인 비용을 두고 업체들과 다투고 있다.\n"
    "남구 보도에 세워진 공유 킥보드들. 2일 오전 한 정류장 앞에 7대가 놓여 있었다. /솔빛뉴스\n"
    "다른 구도 사정은 비슷하다. 올해 견인한 킥보드는 9400대에 이른다.\n"
    "한누리 기자 nuri@solbit.kr\n"
    "ⓒ 솔빛뉴스, 무단 전재 및 재배포 금지\n#킥보드 #견인\n"
)


def test_a_caption_closed_by_its_credit_ends_its_line_in_a_web_copys_one_block() -> None:
    [item] = items(ONE_BLOCK)
    kinds = [kind for kind, _ in item["body"]]
    assert kinds[:3] == ["lead", "caption", "paragraph"]
    assert item["body"][1][1].endswith("/솔빛뉴스")
    assert item["body"][2][1].startswith("다른 구도 사정은 비슷하다.")
    _, trace = explain_text(ONE_BLOCK)
    assert ONLINE_UNITS in trace.rule("p1-1")


def test_a_wrapped_line_with_a_slash_inside_its_sentence_runs_on() -> None:
    # the slash is no credit at the line's end: a narrow column's paragraph goes on
    text = (
        "누리시 예산 확정\n\n"
        "누리시의회는 내년 예산 가운데 1/4을 복지에\n"
        "쓰기로 했다고 2일 밝혔다.\n"
    )
    [item] = items(text)
    assert item["body"] == [
        ("lead", "누리시의회는 내년 예산 가운데 1/4을 복지에 쓰기로 했다고 2일 밝혔다.")
    ]


def test_a_live_blogs_update_head_may_open_with_a_figure_and_its_unit() -> None:
    updates = (
        "09:40 시내버스 정상 운행\n"
        "시내버스가 첫차부터 정상 운행했다. 시는 오후까지 제설 차량 40대를 도로에 둔다.\n\n"
        "08:20 10㎝ 눈 쌓여\n"
        "도심에 밤새 눈이 10㎝ 넘게 쌓였다. 시는 출근길 대중교통을 이용해 달라고 당부했다.\n\n"
    )
    text = SECTION_HEAD.replace(
        "09:40 시내버스 정상 운행\n시내버스가 첫차부터 정상 운행했다.\n\n", updates
    )
    [item] = items(text)
    assert ("subhead", "08:20 10㎝ 눈 쌓여") in item["body"]


def test_a_time_over_another_time_is_a_schedules_row_not_an_update() -> None:
    text = "오늘의 편성\n\n06:00 09:00 아침 뉴스\n09:00 12:00 생활 정보\n"
    _, trace = explain_text(text)
    assert all(TIMED_RULE not in why for why in trace.notes.values())


NOTE = "※ 누리뉴스는 독자의 제보를 받습니다. 제보: tip@nuri.example"
SIGNED = (
    "누리시 버스 요금 동결\n\n"
    "누리시는 내년 시내버스 요금을 올리지 않기로 했다고 2일 밝혔다.\n\n"
    "시는 대신 노선 세 곳을 늘린다.\n"
    "한누리 기자 nuri@nuri.example\n"
)


def test_a_note_to_readers_under_the_byline_is_the_storys_last_paragraph() -> None:
    text = f"{SIGNED}{NOTE}\n\n저작권자 © 누리뉴스 무단전재 및 재배포 금지\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert ("paragraph", NOTE) in item["body"]
    assert len(edition.pages[0].items) == 1 and WEB_FOOT in trace.rule("p1-1")


def test_a_headline_after_the_byline_and_its_note_still_opens_the_next_story() -> None:
    text = (
        f"{SIGNED}{NOTE}\n\n누리시 새 도서관 문 연다\n\n누리시는 새 도서관을 3일 연다고 밝혔다.\n"
    )
    first, second = items(text)
    assert ("paragraph", NOTE) in first["body"]
    assert second["headline"] == "누리시 새 도서관 문 연다"
    assert not web_foot([Para([Line("※" + "가" * 200, 0)])], 0)


def test_the_related_title_over_its_links_is_a_subhead_after_short_lines_too() -> None:
    # the lines above are short (a contact box), so no 'alone between paragraphs' reading
    # makes the title a subhead: its links do
    text = (
        "솔뫼천 산책로 야간 조명 켠다\n\n"
        "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
        "■ 문의\n솔뫼시 공원과 한누리 주무관\n전화 061-555-0142\n\n"
        "한가람 기자 garam@solmoe.kr\n\n"
        "관련기사\n▶ 솔뫼천 생태 탐방로 새 단장\n▶ 밤길 안심 귀갓길 20곳 늘린다\n\n"
        "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지\n"
    )
    [item] = items(text)
    assert item["body"][-4:-1] == [
        ("subhead", "관련기사"),
        ("bullet", "솔뫼천 생태 탐방로 새 단장"),
        ("bullet", "밤길 안심 귀갓길 20곳 늘린다"),
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-1", "body.4") == f"units: {RELATED_TITLE}"


def test_a_related_title_over_plain_lines_or_a_line_giving_an_address_is_no_subhead() -> None:
    # no '▶' link under it: the line is text as printed
    text = (
        "솔뫼천 산책로 야간 조명 켠다\n\n"
        "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
        "■ 문의\n솔뫼시 공원과 한누리 주무관\n전화 061-555-0142\n\n"
        "관련기사\n솔뫼천 생태 탐방로 새 단장\n"
    )
    assert all(("subhead", "관련기사") not in item["body"] for item in items(text))
    # a line giving an address between paragraphs is never a subhead
    tip = "제보 garam@solmoe.kr"
    [item] = items(f"{FOOT_STORY.split(chr(10))[0]}\n\n{LEAD}\n\n{tip}\n\n{MORE}\n")
    assert ("paragraph", tip) in item["body"]


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


def test_short_lines_under_a_byline_with_no_foot_below_start_an_item() -> None:
    # no related links or copyright under them: a new story's headline, not a site's lines
    text = f"{FOOT_STORY}솔뫼시 새해 예산 2조 넘어\n\n{LEAD}\n"
    got = items(text)
    assert len(got) == 2 and got[1]["headline"] == "솔뫼시 새해 예산 2조 넘어"
