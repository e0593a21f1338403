"""Web copy's outlet, breadcrumb, byline and time stamps, and a live page's timed updates."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.blocks import TIMED_RULE
from reader.ingest.byline_lines import WEB_BYLINE, WEB_BYLINE_RULE, web_byline
from reader.ingest.label import BREADCRUMB_RULE
from reader.ingest.web_head import (
    BARE_STAMP,
    NAMED_TWICE,
    SECTION_UNDER_NAME,
)
from reader.ingest.web_head import RULE as WEB_HEAD
from tests.ingest.test_conventions import items, parse


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


def test_a_time_stamp_telling_the_half_of_the_day_is_the_mastheads_not_a_deck() -> None:
    # the hour by the half of the day ('오후 3:12:05'), under the byline with its e-mail
    text = (
        "누리법률신문\n판결\n\n"
        '"공사장 소음 막지 않은 시공사가 배상해야"\n'
        '법원 "방음벽 세울 의무 어겼다"\n\n'
        "한솔빛 기자 hsb@nuri.kr\n"
        "입력 : 2026-03-12 오후 3:12:05\n\n"
        f"{WEB_STORY}"
    )
    edition = ingest_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-12"
    [story] = items(text)
    assert story["deck"] == ['법원 "방음벽 세울 의무 어겼다"']


def test_a_deck_opening_on_a_stamp_s_word_and_the_afternoon_stays_the_deck() -> None:
    # near miss: words after the date and the half of the day: a deck, no stamp
    text = (
        "누리시 청년수당 신청 첫날\n"
        "접수 몰려 창구 북새통\n"
        "등록 2026.03.12 오후 마감 앞두고 줄 서\n\n"
        f"{WEB_STORY}"
    )
    [story] = items(text)
    assert "등록 2026.03.12 오후 마감 앞두고 줄 서" in story["deck"]


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
