"""Entries of a listing, each on a small made-up example (issue 14, third round): marked
('◆', '▲', '▷', '□') and unmarked entries, keyed, numbered and dated ones, a
calendar's days, a wrapped entry and a note under entries; and the subheads, captions and
sentences that are no entries (an index box's and an obituary's: test_entry_rules_marked.py).

Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.body import BOXED_RUN, CALENDAR_RUN
from reader.ingest.entries import AFTER_ENTRIES, INFO_ENTRY_RULE
from reader.ingest.listing import BARE_LABELS, entries_in
from reader.ingest.runs import STANDING_ENTRIES
from tests.ingest.rule_pages import BULLETIN_PARISH as BULLETIN
from tests.ingest.rule_pages import HEAD_WITH_BANK as HEAD
from tests.ingest.rule_pages import LEAGUE, MAP, OBITS, PERSONNEL_AND_NOTICE
from tests.ingest.test_conventions import LEAD, MORE, items


def test_several_timed_entries_on_one_line_are_cut_at_each_time() -> None:
    text = (
        "NTV\n06:00 아침 뉴스\n09:00 생생 정보\n\nKTV\n05:30 새벽 기도 07:00 누리 뉴스 9:10 영화\n"
    )
    first, second = items(text)
    assert first["headline"] == "NTV" and second["headline"] == "KTV"
    assert second["body"] == [
        ("bullet", "05:30 새벽 기도"),
        ("bullet", "07:00 누리 뉴스"),
        ("bullet", "9:10 영화"),
    ]


def test_a_time_inside_a_sentence_is_no_entry() -> None:
    assert entries_in("회의는 오후 14:00 시작해 두 시간 동안 이어졌다.") == 0


def test_numbered_lines_under_a_title_are_a_lists_entries() -> None:
    text = (
        "누리 영화 순위\n"
        "1. 봄날의 누리 (12만명)\n2. 한빛 탐정 (8만명)\n3. 바다 너머 (5만명)\n"
        "자료: 누리영화관협회\n"
    )
    [item] = items(text)
    assert item["body"] == [
        ("bullet", "1. 봄날의 누리 (12만명)"),
        ("bullet", "2. 한빛 탐정 (8만명)"),
        ("bullet", "3. 바다 너머 (5만명)"),
        ("paragraph", "자료: 누리영화관협회"),
    ]


def test_a_fixture_entry_with_a_day_and_a_time_stays_one_entry() -> None:
    got = items(LEAGUE)
    assert [text for _, text in got[2]["body"]] == [
        "9일(일) 10:00 누리FC-한결60 (누리구장)",
        "9일(일) 13:00 새벽축구회-가람유나이티드 (누리구장)",
    ]


def test_named_diamond_entries_one_a_line_are_bullets_each() -> None:
    text = (
        f"누리시 가을 축제 잇따라\n\n{LEAD}\n\n축제 안내\n\n"
        "◇누리 억새꽃 축제=21~23일 누리산 일대. 억새길 걷기, 사진 공모전.\n"
        "◇가람 국향대전=30일까지 가람공원.\n\n"
        "한가람 기자\n"
    )
    [item] = items(text)
    assert item["body"][1:] == [
        ("subhead", "축제 안내"),
        ("bullet", "누리 억새꽃 축제=21~23일 누리산 일대. 억새길 걷기, 사진 공모전."),
        ("bullet", "가람 국향대전=30일까지 가람공원."),
    ]


def test_a_diamond_line_without_a_name_before_equals_stays_a_subhead() -> None:
    text = f"누리시 새해 예산\n\n{LEAD}\n\n◇ 향후 계획\n\n{MORE}\n"
    [item] = items(text)
    assert item["body"][1] == ("subhead", "향후 계획")


def test_a_short_line_over_named_entries_under_a_map_is_a_subhead() -> None:
    text = (
        f"누리섬 한 바퀴\n\n{LEAD}\n\n{MAP}\n지도=누리신문 그래픽팀\n\n가는 길\n"
        "▲자가용=누리IC에서 약 50분. 누리대교로 들어간다.\n"
        "▲버스=누리터미널에서 직행버스를 탄다.\n"
    )
    [item] = items(text)
    assert item["body"][2:] == [
        ("subhead", "가는 길"),
        ("bullet", "자가용=누리IC에서 약 50분. 누리대교로 들어간다."),
        ("bullet", "버스=누리터미널에서 직행버스를 탄다."),
    ]


def test_diamond_lines_that_group_nothing_are_a_schedules_entries() -> None:
    text = (
        f"누리시의회 개회\n\n{LEAD}\n\n한가람 기자\n\n의회 오늘의 일정\n\n"
        "◇본회의(오후 2시) 시정질문\n◇행정위원회(오전 10시) 조례 심사\n"
        "◇복지위원회(오전 10시) 예산 심사\n"
    )
    _, schedule = items(text)
    assert schedule["body"] == [
        ("bullet", "본회의(오후 2시) 시정질문"),
        ("bullet", "행정위원회(오전 10시) 조례 심사"),
        ("bullet", "복지위원회(오전 10시) 예산 심사"),
    ]
    _, trace = explain_text(text)
    assert any(BARE_LABELS in why for why in trace.notes.values())


def test_diamond_labels_over_triangle_entries_still_group_them() -> None:
    _, listing, _ = items(PERSONNEL_AND_NOTICE)
    assert listing["body"][0] == ("subhead", "국장급")


def test_named_triangle_entries_on_one_line_are_entries_not_one_answer() -> None:
    line = "△결승골=한누리(2골) △도움=박하늘(1도움) △최우수선수=조은별"
    [item] = items(f"누리FC 첫 승\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n한가람 기자\n")
    assert item["body"] == [
        ("lead", LEAD),
        ("paragraph", MORE),
        ("bullet", "결승골=한누리(2골)"),
        ("bullet", "도움=박하늘(1도움)"),
        ("bullet", "최우수선수=조은별"),
    ]


def test_an_info_box_under_a_review_is_entries_not_subheads() -> None:
    box = "▷주소: 누리시 동구 시장길 7\n▷전화: 061-000-1234\n▷영업: 오전 11시∼오후 8시"
    text = f"할머니 손칼국수\n\n{LEAD}\n\n{MORE}\n\n{box}\n\n한가람 기자\n"
    [item] = items(text)
    assert item["body"][2:] == [
        ("bullet", "주소: 누리시 동구 시장길 7"),
        ("bullet", "전화: 061-000-1234"),
        ("bullet", "영업: 오전 11시∼오후 8시"),
    ]
    _, trace = explain_text(text)
    assert any(INFO_ENTRY_RULE in why for why in trace.notes.values())


def test_unmarked_entries_under_a_death_notices_title_are_bullets() -> None:
    *_, notices = items(OBITS)
    assert notices["headline"] == "DEATH NOTICES"
    assert notices["deck"] == []
    assert [kind for kind, _ in notices["body"]] == ["bullet"] * 3
    _, trace = explain_text(OBITS)
    assert any(STANDING_ENTRIES in why for why in trace.notes.values())


def test_a_police_logs_entries_stay_paragraphs() -> None:
    text = (
        "Town Meeting Set\n\nThe select board will meet on Monday to vote on the budget.\n\n"
        "POLICE LOG\n\nMay 1 — A caller reported a loose horse on Elm Street.\n"
        "May 2 — Officers helped a driver whose car slid into a ditch.\n"
    )
    *_, log = items(text)
    assert log["body"][0][0] == "lead"


NOTICE_WITH_CONTACT = (
    f"누리시 새 청사 착공\n{LEAD}\n한가람 기자\n"
    "누리문화센터 가을 강좌 안내\n"
    "가을 강좌는 9월 1일부터 12월 20일까지 열린다.\n"
    "▲수채화 (화요일 오전 10시)\n▲서예 (목요일 오후 2시)\n▲요가 (토요일 오전 9시)\n"
    "문의 누리문화센터 031-555-0100\n"
    f"가람시 도서관 야간 개방\n{LEAD}\n"
)


def test_a_contact_line_after_entries_closes_the_listing() -> None:
    story, notice, other = items(NOTICE_WITH_CONTACT)
    assert notice["headline"] == "누리문화센터 가을 강좌 안내"
    assert notice["body"][-1] == ("paragraph", "문의 누리문화센터 031-555-0100")
    assert other["headline"] == "가람시 도서관 야간 개방"


def test_keyed_entries_with_a_number_or_two_words_are_bullets() -> None:
    text = (
        f"누리시 시내버스 개편\n\n{LEAD}\n\n바뀌는 노선\n\n"
        "▷ 12번: 누리역∼가람동 하루 10회→14회\n▷ 순환 3번: 배차 간격 20분→12분\n\n"
        f"{MORE}\n"
    )
    [item] = items(text)
    assert item["body"][2:4] == [
        ("bullet", "12번: 누리역∼가람동 하루 10회→14회"),
        ("bullet", "순환 3번: 배차 간격 20분→12분"),
    ]


def test_lines_opening_with_their_day_or_time_are_a_calendars_entries() -> None:
    _, hours, youth = items(BULLETIN)
    assert hours["body"] == [
        ("bullet", "Weekdays: 9:00 a.m. to 4:00 p.m."),
        ("bullet", "Saturday: 9:00 a.m. to noon"),
    ]
    assert [kind for kind, _ in youth["body"]] == ["bullet"] * 3
    assert youth["body"][1] == ("bullet", "Thu., April 16 — Bake sale planning, hall")
    _, trace = explain_text(BULLETIN)
    assert any(CALENDAR_RUN in why for why in trace.notes.values())


def test_korean_dated_rows_under_a_title_are_entries() -> None:
    text = (
        f"누리시 새 공연 안내\n\n{LEAD}\n\n한가람 기자\n\n"
        "이번 주 개봉 영화\n3월 10일 '바다의 노래' (전체관람가)\n3월 12일 '숲속 학교' (12세)\n"
    )
    films = items(text)[-1]
    assert films["headline"] == "이번 주 개봉 영화"
    assert films["body"] == [
        ("bullet", "3월 10일 '바다의 노래' (전체관람가)"),
        ("bullet", "3월 12일 '숲속 학교' (12세)"),
    ]


def test_a_log_of_dated_sentences_stays_text() -> None:
    text = (
        "POLICE LOG\n"
        "May 2 — A caller on Elm Street reported a loose horse. It was returned.\n"
        "May 4 — Officers helped a driver with a flat tire on Route 9.\n"
    )
    [log] = items(text)
    assert all(kind != "bullet" for kind, _ in log["body"])


def test_a_sentence_listing_things_in_passing_is_no_row_of_entries() -> None:
    passing = "참여자는 ▲텀블러 사용 ▲전자영수증 발급 ▲리필 매장 이용 때마다 포인트를 받는다."
    text = f"누리시 예산 확정\n\n{LEAD}\n\n한가람 기자\n\n탄소 포인트 가입 10만명\n{passing}\n"
    assert items(text)[1]["headline"] == "탄소 포인트 가입 10만명"


def test_boxed_lines_one_under_another_are_a_checklists_items() -> None:
    text = (
        f"{HEAD}\n\n{LEAD}\n\n우리 집 점검표\n\n"
        "□ 전기장판을 접어 두지 않았나요\n\n□ 멀티탭에 여러 개를 꽂지 않았나요\n\n"
        f"{MORE}\n\n한누리 기자\n"
    )
    edition, trace = explain_text(text)
    [story] = items(text)
    bullets = [text for kind, text in story["body"] if kind == "bullet"]
    assert bullets == ["전기장판을 접어 두지 않았나요", "멀티탭에 여러 개를 꽂지 않았나요"]
    assert BOXED_RUN in trace.rule("p1-1", "body.3")


def test_a_boxed_line_alone_over_its_paragraph_stays_a_subhead() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n□ 설명회 일정\n\n{MORE}\n\n한누리 기자\n"
    [story] = items(text)
    assert ("subhead", "설명회 일정") in story["body"]


EVENTS = [
    "Monday, May 4, 6 p.m. — Knitting Circle (Room A)",
    "Thursday, May 7, 10 a.m. — Baby Rhyme Time with Mr. Osei",
    "Saturday, May 9, 2 p.m. — Chess Club",
]


def test_a_sentence_under_one_line_entries_is_a_note_not_the_last_entrys_wrap() -> None:
    listed = "".join(f"• {e}\n" for e in EVENTS)
    text = f"Coming Up\n{listed}Sign up at the front desk or call 555-0199.\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["body"][-2:] == [
        ("bullet", EVENTS[-1]),
        ("paragraph", "Sign up at the front desk or call 555-0199."),
    ]
    assert AFTER_ENTRIES in trace.rule("p1-1", "body.3")


def test_a_wrapped_last_entry_still_goes_on() -> None:
    """Lower case goes on the entry above: no sentence of its own."""
    listed = "".join(f"• {e}\n" for e in EVENTS)
    text = f"Coming Up\n{listed}and a snack table for players.\n"
    [item] = items(text)
    assert item["body"][-1] == ("bullet", f"{EVENTS[-1]} and a snack table for players.")
