"""Where a listing starts and what it holds, on small made-up examples: headings over entries
after a story, a bracketed listing heading, a bracketed notice after listings, notice boards
and obituaries, a newsletter's
one-word titles and colophon, a listing's deck and group labels, a week's programme; a page
of kicker lines over entries read a bounded number of times a line. Every name is invented."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.ingest import explain_text
from reader.ingest.after_rows import NOTICE_UNDER_TITLE, TITLED_AFTER_ENTRIES
from reader.ingest.calendar import calendar_row
from reader.ingest.carriers import CARRIER_GROUP, CARRIER_ROW, carrier_group, carrier_row
from reader.ingest.en_heads import TITLE_OVER_TABLES
from reader.ingest.entries import AFTER_ENTRIES, note_under_entries
from reader.ingest.items import split_groups
from reader.ingest.licences import LICENCE_ROW, licence_row
from reader.ingest.lines import Line, Para
from reader.ingest.listing import BRACKETED_ENTRIES
from reader.ingest.listing_article import DAY_DECK
from reader.ingest.listing_parts import TITLE_APART
from reader.ingest.listing_start import LISTING_AFTER_LISTING, LISTING_AFTER_STORY
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


PERSONNEL_PAGE = (
    "[인사] 솔뫼시\n"
    "◇국장급\n"
    "▲기획국장 여도윤 ▲복지국장 차나래\n\n"
    "[인사] 솔뫼교육청\n"
    "▲교육국장 반서율 ▲행정국장 구하람\n\n"
    "[부고]\n"
    "▲봉태수씨 별세, 봉지안(솔뫼시 기획팀장)씨 부친상=3일 솔뫼병원 장례식장, 발인 5일\n\n"
    "[알림] 솔뫼시 시민 법률상담 일정 변경\n\n"
    "솔뫼시는 이달 시민 법률상담을 매주 화요일에서 목요일로 옮긴다고 밝혔다. "
    "상담은 시청 1층 민원실에서 열린다.\n\n"
    "하다온 기자\n"
)


def test_a_bracketed_notice_over_prose_after_listings_is_an_item_of_its_own() -> None:
    # the notice's prose and byline stay its own, so the listings above it part as listings
    edition, trace = explain_text(PERSONNEL_PAGE)
    heads = [item["headline"] for item in items(PERSONNEL_PAGE)]
    assert heads == [
        "[인사] 솔뫼시",
        "[인사] 솔뫼교육청",
        "부고",
        "[알림] 솔뫼시 시민 법률상담 일정 변경",
    ]
    notice = items(PERSONNEL_PAGE)[-1]
    assert [b[0] for b in notice["bylines"]] == ["하다온"]
    assert trace.rule("p1-4").startswith(f"items: {LISTING_AFTER_LISTING}")


def test_a_bracketed_title_over_marked_sentences_after_listings_stays_the_listings() -> None:
    # '[동정]' over '▲NAME은 … 참석했다.': entries of a listing, not a notice's prose
    text = PERSONNEL_PAGE.split("[알림]")[0] + (
        "[동정]\n▲여도윤 솔뫼시 기획국장은 3일 도청에서 열린 시군 협의회에 참석했다.\n"
    )
    _, trace = explain_text(text)
    assert all(LISTING_AFTER_LISTING not in why for why in trace.notes.values())
    assert items(text)[-1]["headline"] == "동정"


ROSTER = "[인사] 누리변호사회\n▲회장 한누리 ▲부회장 오가람 ▲총무 서하늘\n\n"
PEOPLE = (
    "◇ 동정\n"
    "▲한누리 변호사는 3일 누리대에서 '마을 법률'을 주제로 특강했다.\n"
    "▲오가람 누리지법원장은 4일 민원실을 찾아 직원들을 격려했다.\n"
)


def test_a_marked_heading_after_a_roster_over_sentence_entries_opens_an_item() -> None:
    _, trace = explain_text(ROSTER + PEOPLE)
    roster, people = items(ROSTER + PEOPLE)
    assert roster["headline"] == "[인사] 누리변호사회"
    assert people["headline"] == "동정"
    assert [kind for kind, _ in people["body"]] == ["bullet", "bullet"]
    assert HEADING_OVER_SENTENCES in trace.rule("p1-2")


def test_a_marked_heading_like_the_group_label_above_it_stays_in_its_listing() -> None:
    # '◆ 연극' after '◆ 클래식''s entries: the listing's next group, not an item
    text = (
        "[이번 주 공연]\n\n◆ 클래식\n\n▲누리필 정기연주회 = 27일 오후 7시, 누리홀.\n\n"
        "◆ 연극\n\n▲'마지막 버스' = 30일까지, 소극장 나무.\n"
    )
    assert len(items(text)) == 1


NOTICE = (
    "공고\n누리변호사회 정기총회 개최 공고\n회칙 제9조에 따라 정기총회를 아래와 같이 엽니다.\n"
    "일시: 2027년 1월 20일 오후 3시\n누리변호사회장 한누리\n문의 사무국 (031)555-0101\n"
)


def test_a_notice_under_its_title_for_notices_after_a_listing_is_an_ad() -> None:
    text = f"[부고]\n▲한누리씨 별세=3일 누리병원 장례식장, 발인 5일\n\n{NOTICE}"
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Article", "Ad"]
    _, title, ad = items(text)
    assert (title["headline"], title["body"]) == ("공고", [])
    assert ad["title"] == "누리변호사회 정기총회 개최 공고"
    assert TITLED_AFTER_ENTRIES in trace.rule("p1-2")
    assert NOTICE_UNDER_TITLE in trace.rule("p1-3")


def test_a_notice_word_over_entries_after_a_listing_opens_no_notice() -> None:
    # '공고' over '▲' lines is the listing's part: its lines are entries, no notice's text
    text = "[부고]\n▲한누리씨 별세=3일 누리병원\n\n공고\n▲누리시 입찰 2건\n▲누리군 입찰 1건\n"
    _, trace = explain_text(text)
    assert not any(TITLED_AFTER_ENTRIES in why for why in trace.notes.values())


FEW_OBITS = (
    f"누리시 새 청사 문 열어\n\n{LEAD}\n\n"
    "[부고]\n"
    "▲한가람(누리지법 판사)씨 부친상=5일 누리대병원 장례식장, 발인 7일 ☎ 062-220-4411\n"
    "▲서누리(변호사)씨 모친상=6일 한빛의료원 장례식장, 발인 8일 ☎ 061-310-8800\n"
)


def test_two_marked_entries_under_a_bracketed_title_are_a_listing_whatever_their_phones() -> None:
    _, trace = explain_text(FEW_OBITS)
    obits = items(FEW_OBITS)[1]
    assert obits["headline"] == "부고"  # an article: an ad has a title, no headline
    assert [kind for kind, _ in obits["body"]] == ["bullet", "bullet"]
    assert obits["body"][0][1].endswith("☎ 062-220-4411")
    assert trace.rule("p1-2", "body.0") == BRACKETED_ENTRIES


def test_a_bracketed_ad_title_over_marked_prices_and_a_phone_line_is_no_listing() -> None:
    # the line under the entries is no entry: the rule wants nothing but marked lines
    text = FEW_OBITS.replace("[부고]", "[분양]") + "문의 ☎ 062-000-1234\n"
    _, trace = explain_text(text)
    assert BRACKETED_ENTRIES not in trace.notes.values()


SHIPS = (
    "HARBOR NEWS\n"
    "ARRIVED\n"
    "Str. Wren, Hallet, from Port Ida, coal.\n"
    "Schr. Amy B. Cole, Doyle, from Bath, lumber.\n"
    "SAILED\n"
    "Bark Ossian, Pruitt, for Lisbon.\n"
    "Str. Halcyon, for Cardiff, light.\n\n"
    "FERRY LANDING REPAIRED\n\n"
    "The ferry landing at the foot of Pier street was opened again yesterday\n"
    "after three weeks of repairs, and the boats kept their old hours.\n"
)


def test_a_shipping_list_holds_its_ships_as_entries_under_their_group_labels() -> None:
    edition, trace = explain_text(SHIPS)
    first, second = items(SHIPS)
    assert first["headline"] == "HARBOR NEWS"
    assert [kind for kind, _ in first["body"]] == ["subhead", *["bullet"] * 2] * 2
    assert first["body"][3] == ("subhead", "SAILED")
    assert second["headline"] == "FERRY LANDING REPAIRED"
    assert trace.rule("p1-1", "body.1") == f"repair: {CARRIER_ROW}"
    assert trace.rule("p1-1", "body.3") == f"repair: {CARRIER_GROUP}"


def test_a_ship_named_in_a_storys_sentence_or_a_rig_word_in_a_name_is_no_entry() -> None:
    text = (
        "BIG CARGO LANDED\n\n"
        "Str. Wren, Capt. Hallet, came in from Port Ida yesterday with the largest\n"
        "cargo of coal ever landed at the wharf, and was unloaded by night.\n\n"
        "Ship Lumber, the new yard on the flats, will open Monday.\n"
    )
    [item] = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]
    assert not carrier_row("Ship Lumber, the new yard on the flats, will open Monday.")
    assert not carrier_group("Sailed away.")


STORY = (
    "MILL TO RUN NIGHTS\n\n"
    "The Bell woolen mill will run a night shift from Monday, and forty hands\n"
    "have been taken on to fill it, the manager said yesterday.\n\n"
)
TRAINS = (
    "EASTBOUND\n"
    "No. 2, Day Express ....... 7:10 a.m.\n"
    "No. 6, Local . . . . . . . 4:45 p. m.\n"
    "WESTBOUND\n"
    "No. 1, Night Mail ........ 9:30 p.m.\n"
    "No. 5, Local . . . . . . . 1:20 p. m.\n"
)


def test_a_time_tables_trains_are_entries_under_their_directions() -> None:
    text = f"{STORY}TIME CARD.\nLAKE SHORE & NORTHERN RY.\n{TRAINS}"
    _, table = items(text)
    assert table["headline"] == "TIME CARD."
    assert table["deck"] == ["LAKE SHORE & NORTHERN RY."]
    assert [kind for kind, _ in table["body"]] == ["subhead", "bullet", "bullet"] * 2
    assert table["body"][3] == ("subhead", "WESTBOUND")
    assert carrier_row("No. 6, Local . . . . . . . 4:45 p. m.")


def test_a_train_or_a_direction_named_in_a_sentence_is_no_entry() -> None:
    assert not carrier_row("No. 6, the new engine, was run out of the shops yesterday.")
    assert not carrier_row("No. 2 was late 7:10 a.m.")
    assert not carrier_group("Eastbound trains were late.")


def test_a_title_set_apart_over_a_roads_time_table_heads_the_roads_tables() -> None:
    text = f"{STORY}RAILWAY TIME CARDS\n\nLAKE SHORE & NORTHERN RY.\n{TRAINS}"
    _, title, road = items(text)
    assert title["headline"] == "RAILWAY TIME CARDS"
    assert road["headline"] == "LAKE SHORE & NORTHERN RY."
    assert [kind for kind, _ in road["body"]] == ["subhead", "bullet", "bullet"] * 2
    _, trace = explain_text(text)
    assert TITLE_OVER_TABLES in trace.rule("p1-3")


def test_a_title_set_apart_over_a_capitals_deck_and_prose_keeps_its_deck() -> None:
    # a blank line under a title in capitals alone is no cut: the road's table makes one
    text = (
        f"{STORY}RAILWAY TIME CARDS\n\nLAKE SHORE & NORTHERN RY.\n"
        "The road will put on two more trains next month, the agent said today.\n"
    )
    _, cards = items(text)
    assert (cards["headline"], cards["deck"]) == (
        "RAILWAY TIME CARDS",
        ["LAKE SHORE & NORTHERN RY."],
    )
    assert cards["body"][0][0] == "lead"
    _, trace = explain_text(text)
    assert TITLE_OVER_TABLES not in " ".join(trace.notes.values())


LICENCES = (
    "MARRIAGE LICENSES.\n\n"
    "Hugo Brandt, 29, and Emma Kohl,\n24, both of Elmdale.\n"
    "Wm. J. Ross, 33, Pine Grove, and\nMrs. Ada Lamb, 30, Elmdale.\n"
)


def test_a_licence_registers_couples_are_entries_each() -> None:
    text = f"{STORY}{LICENCES}"
    _, register = items(text)
    assert register["deck"] == []
    assert register["body"] == [
        ("bullet", "Hugo Brandt, 29, and Emma Kohl, 24, both of Elmdale."),
        ("bullet", "Wm. J. Ross, 33, Pine Grove, and Mrs. Ada Lamb, 30, Elmdale."),
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-2", "body.0") == f"repair: {LICENCE_ROW}"


def test_a_couple_named_with_their_ages_in_a_story_is_no_entry() -> None:
    text = (
        f"{STORY}WED AT THE PARSONAGE\n\n"
        "Hugo Brandt, 29, and Emma Kohl, 24, both of Elmdale, were married at the parsonage\n"
        "on Monday by the Rev. J. L. Hart.\n\n"
        "They will live on the Brandt farm north of town.\n"
    )
    _, story = items(text)
    assert "bullet" not in [kind for kind, _ in story["body"]]
    assert not licence_row("Hugo Brandt and Emma Kohl, both of Elmdale, were married.")


def test_two_weddings_told_in_prose_are_no_register() -> None:
    # each couple named with their ages, then what they did: a told sentence, not a row
    text = (
        "SOCIETY\n\n"
        "Harold Vance, 31, and Ruth Ames, 24, who were married at the First Church on Tuesday\n"
        "evening, left on the night train for a wedding trip to the lakes.\n\n"
        "Walter Price, 28, and Edna Moore, 22, who were married at the home of the bride's\n"
        "parents on Wednesday, will make their home on Elm Street.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_a_headline_in_capitals_after_a_licence_register_opens_the_next_item() -> None:
    text = (
        f"{STORY}{LICENCES}\nCOUNCIL NOTES.\n\n"
        "The council met on Monday night and\nvoted to pave Elm street this summer.\n"
    )
    _, register, notes = items(text)
    assert [kind for kind, _ in register["body"]] == ["bullet", "bullet"]
    assert notes["headline"] == "COUNCIL NOTES."


def test_a_church_programmes_numbered_items_with_no_direction_are_no_trains() -> None:
    # numbers, leader dots and hours, but no EASTBOUND over them: one kind of line, as printed
    text = (
        "SUNDAY SERVICES\n\nFirst Church\n\n"
        "No. 1, Organ Voluntary ........ 10:30 a.m.\n"
        'No. 2, Sermon, "The Good Shepherd" .... 11:00 a.m.\n'
        "No. 3, Anthem by the Choir ........ 11:45 a.m.\n"
    )
    [item] = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]
    assert len(item["body"]) == 3


def test_a_source_line_under_a_listings_entries_is_a_paragraph() -> None:
    text = (
        "[전시 캘린더] 3월 첫째 주\n"
        "▲솔뫼미술관 '봄의 결' - 2일 개막\n"
        "▲가람갤러리 '바다 사진전' - 4일 개막\n"
        "▲누리문화회관 '민화 특별전' - 6일 폐막\n"
        "자료=솔뫼문화재단\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", "자료=솔뫼문화재단")
    assert [kind for kind, _ in item["body"]].count("bullet") == 3


def test_a_line_opening_on_a_word_like_source_is_no_note_under_entries() -> None:
    # the near miss: '자료집' is a word of the entry's text, not the source's mark '자료='
    entries = ["▲솔뫼미술관 '봄의 결' - 2일 개막", "▲가람갤러리 '바다 사진전' - 4일 개막"]
    assert note_under_entries(entries, "자료=솔뫼문화재단")
    assert not note_under_entries(entries, "자료집 배포 7일까지")


class _CountedLines(list[Line]):
    """A paragraph's lines, counting every read of one, in a loop or by index."""

    reads = 0

    def __iter__(self) -> Iterator[Line]:
        for line in super().__iter__():
            _CountedLines.reads += 1
            yield line

    def __getitem__(self, i: Any) -> Any:
        _CountedLines.reads += 1
        return super().__getitem__(i)


def _kicker_page(n: int) -> list[Para]:
    """n lines with no blank line between, a paragraph a line as the blocks pass cuts such
    a page: a kicker line ('[인사] 한빛시 …') every fourth line over '▲' entries."""
    texts = [f"[인사] 한빛시 {i // 4}차" if i % 4 == 0 else f"▲과장 한가람{i}" for i in range(n)]
    paras, start = [], 0
    for text in texts:
        paras.append(Para(_CountedLines([Line(text, start)])))
        start += len(text) + 1
    return paras


def test_a_page_of_kicker_lines_over_entries_is_read_a_bounded_number_of_times_a_line() -> None:
    # The rules asked of each paragraph read the first lines of its block, or up to the line
    # that settles them: read to the block's end for each paragraph, the page's n lines
    # would be read n times each.
    reads = []
    for n in (1000, 2000):
        paras = _kicker_page(n)
        _CountedLines.reads = 0
        groups = split_groups(paras, dense=True)
        assert [group.paras for group in groups] == [paras]  # one listing; split into parts later
        reads.append(_CountedLines.reads)
    assert reads[1] <= 2.2 * reads[0]  # twice the lines, about twice the reads
