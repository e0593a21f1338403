"""Where a listing starts: its heading, deck and group labels, a newsletter, a week's programme."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.calendar import calendar_row
from reader.ingest.entries import AFTER_ENTRIES
from reader.ingest.listing_article import DAY_DECK
from reader.ingest.listing_parts import TITLE_APART
from reader.ingest.listing_start import LISTING_AFTER_STORY
from reader.ingest.sentence_heads import HEADING_OVER_SENTENCES
from reader.ingest.story_ends import NAME_OVER_ITS_STORY, NOTICE_AFTER_LISTING
from tests.ingest.rule_pages import BULLETIN_PARTS as BULLETIN
from tests.ingest.rule_pages import HEAD_PLAIN as HEAD
from tests.ingest.rule_pages import OBITS, PERSONNEL_AND_NOTICE
from tests.ingest.test_conventions import LEAD, MORE, items

NOTICES = (
    "누리 한씨 종친회 총회\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "동문회 소식\n"
    "▲누리고 동문회는 9일 오후 7시 누리회관에서 정기총회를 연다.\n"
    "▲한빛중 동문회는 16일 모교 운동장에서 체육대회를 갖는다.\n\n"
    "화혼\n"
    "▲차남 서누리(연구원)군과 한가람(간호사)양=15일 낮 12시 누리웨딩홀.\n\n"
    "별세\n"
    "▲한영식씨 별세, 한도현씨 부친상=10일 누리병원 장례식장, 발인 12일.\n"
)


def test_headings_over_triangle_entries_after_a_story_open_listings() -> None:
    got = items(NOTICES)
    assert [item["headline"] for item in got] == [
        "누리 한씨 종친회 총회",
        "동문회 소식",
        "화혼",
        "별세",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert got[1]["body"] == [
        ("bullet", "누리고 동문회는 9일 오후 7시 누리회관에서 정기총회를 연다."),
        ("bullet", "한빛중 동문회는 16일 모교 운동장에서 체육대회를 갖는다."),
    ]
    assert got[2]["body"] == [
        ("bullet", "차남 서누리(연구원)군과 한가람(간호사)양=15일 낮 12시 누리웨딩홀.")
    ]
    assert got[3]["body"] == [
        ("bullet", "한영식씨 별세, 한도현씨 부친상=10일 누리병원 장례식장, 발인 12일.")
    ]


def test_explain_names_the_listing_heading_rule() -> None:
    _, trace = explain_text(NOTICES)
    notes = list(trace.notes.values())
    assert sum(HEADING_OVER_SENTENCES in note for note in notes) == 3
    assert any("alone under its heading" in note for note in notes)


def test_a_story_told_before_its_entries_is_no_listing_and_the_next_head_opens_an_item() -> None:
    text = (
        "누리구의회 임시회 폐회\n조례안 등 12건 처리\n\n"
        f"{LEAD}\n\n{MORE}\n\n"
        "처리 안건\n▲조례안 8건 ▲동의안 4건\n\n"
        "위원장 인사말\n“주민 곁의 의회가 되겠습니다”\n\n"
        f"{MORE}\n"
    )
    story, message = items(text)
    assert story["headline"] == "누리구의회 임시회 폐회"
    assert story["deck"] == ["조례안 등 12건 처리"]
    assert story["body"][:2] == [("lead", LEAD), ("paragraph", MORE)]
    assert story["body"][2:] == [
        ("subhead", "처리 안건"),
        ("bullet", "조례안 8건"),
        ("bullet", "동의안 4건"),
    ]
    assert message["headline"] == "위원장 인사말"
    assert message["deck"] == ["“주민 곁의 의회가 되겠습니다”"]


def test_a_one_line_notice_after_a_listing_is_its_own_item() -> None:
    story, listing, notice = items(PERSONNEL_AND_NOTICE)
    assert listing["headline"] == "[인사] 누리시"
    assert listing["body"][-1] == ("bullet", "도시과장 문바다")
    assert notice["headline"] is None
    assert notice["body"] == [("lead", PERSONNEL_AND_NOTICE.splitlines()[-1])]
    _, trace = explain_text(PERSONNEL_AND_NOTICE)
    assert any(NOTICE_AFTER_LISTING in why for why in trace.notes.values())


def test_a_name_over_text_that_opens_with_it_starts_an_obituary() -> None:
    first, second, notices = items(OBITS)
    assert first["headline"] == "Ruth Anne Pell"
    assert second["headline"] == "Walter J. Brisk"
    assert second["body"][0][0] == "lead"
    _, trace = explain_text(OBITS)
    assert any(NAME_OVER_ITS_STORY in why for why in trace.notes.values())


BULLETIN_PAGE = (
    BULLETIN
    + "\nMeeting Times\n"
    + "Tuesday 7:00 p.m. — Board meeting, clubhouse\n"
    + "Thursday 6:30 p.m. — Rigging clinic, dock B\n\n"
    + "In Memory: Walt Brennan, K2WB\n"
    + "Walt Brennan, a member since 1979, died Sept. 30 at age 91. He built the club's dock.\n"
)


def test_weekday_and_time_entries_under_a_title_are_a_listing() -> None:
    story, schedule, memory = items(BULLETIN_PAGE)
    assert schedule["headline"] == "Meeting Times"
    assert schedule["body"] == [
        ("bullet", "Tuesday 7:00 p.m. — Board meeting, clubhouse"),
        ("bullet", "Thursday 6:30 p.m. — Rigging clinic, dock B"),
    ]
    assert memory["headline"] == "In Memory: Walt Brennan, K2WB"
    assert memory["body"][0][0] == "lead"


NEWSLETTER = (
    "누리구 소식\n"
    "누리구, 골목상권 지원 두 배로\n"
    f"{LEAD}\n{MORE}\n"
    "공지\n"
    "누리구 어린이 수영교실 참가자 모집\n"
    "▲접수기간 5월 1일~10일 ▲대상 관내 초등학생 ▲문의 구청 체육과 032-555-0110\n"
    "이 소식지는 재생용지로 만들었습니다. 발행인 한가람 편집 누리구청 홍보실\n"
)


def test_a_one_word_title_over_a_notice_is_an_item_of_its_own() -> None:
    got = items(NEWSLETTER)
    title, notice = got[-3], got[-2]
    assert title["headline"] == "공지" and title["body"] == []
    assert notice["headline"] == "누리구 어린이 수영교실 참가자 모집"
    assert [kind for kind, _ in notice["body"]] == ["bullet"] * 3
    _, trace = explain_text(NEWSLETTER)
    assert any(TITLE_APART in why for why in trace.notes.values())


def test_the_colophon_after_the_entries_stands_apart() -> None:
    colophon = items(NEWSLETTER)[-1]
    line = "이 소식지는 재생용지로 만들었습니다. 발행인 한가람 편집 누리구청 홍보실"
    assert colophon["headline"] is None and colophon["body"] == [("paragraph", line)]


def test_a_short_label_under_a_one_word_title_stays_its_group() -> None:
    text = NEWSLETTER.replace("누리구 어린이 수영교실 참가자 모집\n", "신청 안내\n")
    notice = items(text)[-2]
    assert notice["headline"] == "공지" and notice["body"][0] == ("subhead", "신청 안내")


OBITUARIES = (
    "누리시, 골목상권 지원 두 배로\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "[부음]\n\n"
    "▲한누리(전 누리초 교장)씨 별세, 한바다씨 부친상 = 3일 누리병원, 발인 5일\n\n"
    "▲김솔(82)씨 별세, 이가람씨 모친상 = 4일 새솔의료원, 발인 6일\n"
)


def test_a_bracketed_listing_heading_after_a_story_opens_its_own_item() -> None:
    edition, trace = explain_text(OBITUARIES)
    story, listing = items(OBITUARIES)
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert listing["headline"] == "부음"
    assert [kind for kind, _ in listing["body"]] == ["bullet", "bullet"]
    assert LISTING_AFTER_STORY in trace.rule("p1-2")


def test_a_notice_board_after_a_brief_on_a_page_without_blank_lines() -> None:
    text = (
        "누리시, 골목상권 지원 두 배로\n"
        f"{LEAD}\n"
        "[알림]\n"
        "▲장학금 신청 마감: 5월 22일(금)\n"
        "▲도서관 임시 휴관: 3월 16일~20일\n"
        "문의 누리시청 교육팀 031-555-0100\n"
    )
    story, notice = items(text)
    assert story["body"] == [("lead", LEAD)]
    assert notice["headline"] == "알림"


def test_a_date_in_brackets_under_a_listings_heading_is_its_deck() -> None:
    text = (
        "휴일 당번 병원\n"
        "(5월 5일 화요일)\n"
        "▲누리내과 누리동 3 ☎ 031-555-0101\n"
        "▲한결소아과 한결로 12 ☎ 031-555-0102\n"
        "▲가람정형외과 가람길 7 ☎ 031-555-0103\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["headline"] == "휴일 당번 병원"
    assert item["deck"] == ["(5월 5일 화요일)"]
    assert [kind for kind, _ in item["body"]] == ["bullet"] * 3
    assert trace.rule("p1-1", "deck.0") == DAY_DECK


def test_a_group_label_under_a_listings_heading_stays_a_subhead() -> None:
    text = (
        "휴일 당번 병원\n"
        "<내과>\n"
        "▲누리내과 누리동 3 ☎ 031-555-0101\n"
        "▲한결내과 한결로 12 ☎ 031-555-0102\n"
        "▲가람내과 가람길 7 ☎ 031-555-0103\n"
    )
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("subhead", "내과")


LISTING = (
    "[인사] 누리시\n<국장급>\n▲기획조정실장 한가람 ▲복지국장 이나래\n<과장급>\n▲총무과장 박새롬"
)


def test_a_bracketed_title_over_groups_of_entries_after_a_story_opens_a_listing() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LISTING}\n"
    edition, trace = explain_text(text)
    story, listing = items(text)
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert listing["headline"] == "[인사] 누리시"
    assert listing["body"][0] == ("subhead", "국장급")
    assert ("bullet", "총무과장 박새롬") in listing["body"]
    assert LISTING_AFTER_STORY in trace.rule("p1-2")


def test_a_bracketed_title_over_prose_after_a_story_is_no_listing() -> None:
    """'[알림] 제목' over sentences is a notice (an article), not opened by this rule."""
    text = f"{HEAD}\n\n{LEAD}\n\n[해설] 지원 늘린 까닭\n{MORE}\n\n한누리 기자\n"
    edition, trace = explain_text(text)
    assert all(LISTING_AFTER_STORY not in trace.rule(f"p1-{k}") for k in (1, 2))


def test_a_contact_line_under_a_listings_entries_is_its_own_paragraph() -> None:
    rows = (
        "△요가 교실: 매주 화요일 오전 10시, 성인\n△목공 교실: 매주 목요일 오후 2시, 중학생\n"
        "△합창 교실: 매주 토요일 오전 11시, 가족 단위\n"
    )
    text = f"{HEAD}\n\n{LEAD}\n한누리 기자\n\n이달의 강좌\n{rows}문의 누리복지관 ☎ 061-123-4567\n"
    edition, trace = explain_text(text)
    story, listing = items(text)
    assert listing["body"][-1] == ("paragraph", "문의 누리복지관 ☎ 061-123-4567")
    assert AFTER_ENTRIES in trace.rule("p1-2", "body.3")


BOX = (
    "■ 인사\n\n"
    "◇한빛시청\n\n"
    "▲기획조정실장 김하나 ▲총무과장 이두리\n\n"
    "◇한빛경찰서\n\n"
    "<경정 전보>\n\n"
    "▲생활안전과장 박세라 ▲교통과장 최누리\n"
)


def test_a_second_group_over_a_bracketed_label_stays_in_the_box() -> None:
    [box] = items(BOX)
    assert box["headline"] == "인사"
    assert box["body"][-4:] == [
        ("subhead", "한빛경찰서"),
        ("subhead", "경정 전보"),
        ("bullet", "생활안전과장 박세라"),
        ("bullet", "교통과장 최누리"),
    ]


def test_a_weeks_programme_is_its_entries_not_a_deck() -> None:
    text = (
        "A DOCTOR'S WARNING\n\n"
        "The county doctor asks that every well be tested before the summer\n"
        "heat sets in.\n\n"
        "CLUB CALENDAR\n\n"
        "Monday—Thimble club, with Mrs. R. Ott, 2:30 p. m.\n"
        "Tuesday and Wednesday—Chautauqua at the park, 8 p. m.\n"
        "Friday—Choir practice, First church, 7:30 p. m.\n"
    )
    calendar = items(text)[1]
    assert calendar["headline"] == "CLUB CALENDAR" and calendar["deck"] == []
    assert [kind for kind, _ in calendar["body"]] == ["bullet", "bullet", "bullet"]


def test_a_day_and_a_dash_opening_a_story_is_no_programme() -> None:
    # one such line over wrapped prose: the story's own sentence
    assert not calendar_row("Monday—the day the mill closed—was the worst of the winter")
    assert calendar_row('Friday and Saturday—Ruth Garland in "The Lamplighter."')


def test_dated_paragraphs_of_a_story_stay_paragraphs() -> None:
    # 'Monday—' and 'Tuesday—' open two paragraphs of prose, a line each as a plain-text
    # copy prints them: the story's days, no programme
    text = (
        "A HARD WEEK AT THE MILL\n\n"
        "Monday—The mill closed at noon when the dam on Cedar creek gave way and the water "
        "rose over the wheel pit.\n\n"
        "Tuesday—The men worked all day to clear the pit, and the owners said the mill would "
        "run again by Saturday.\n"
    )
    [item] = items(text)
    assert item["headline"] == "A HARD WEEK AT THE MILL"
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]
    assert item["body"][1][1].startswith("Tuesday—The men worked all day")
