"""What every new paper's first run missed (issue 14, sixteenth round): the lines above the
first story (nameplates, a publisher's phone line, a section line over a headline stack),
item boundaries, unmarked listing rows. Each on a small made-up example of its own; every
name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.body import SCORES_HEAD
from reader.ingest.label import CAPS_OVER_STACK
from reader.ingest.masthead_en import RUNNING_NAME_RULE
from tests.ingest.test_conventions import LEAD, MORE, items, parse

# --- a weekly's publisher line with its phone ---------------------------------------------

WEEKLY = (
    "누리군민신문\n주간 제 41 호 2026년 3월 12일 목요일\n발행 누리군민신문사 ☎ 061-555-0100\n\n"
    "누리군, 청년 창업 지원 확대\n\n"
    f"[누리군민신문 한가람 기자] {LEAD}\n\n{MORE}\n\n"
    "군의회, 폐교 활용 조례 통과\n\n"
    f"{LEAD}\n\n한가람 기자\n"
)


def test_a_publisher_line_with_its_phone_is_the_mastheads() -> None:
    edition = parse(WEEKLY)
    m = edition.masthead
    assert m is not None and m.paper == "누리군민신문" and m.phone == "061-555-0100"
    assert m.date == "2026-03-12" and m.issue == 41


def test_a_reporter_credited_in_the_lead_signs_the_next_story() -> None:
    """A bare 'NAME 기자' under a story whose lead already credits NAME closes a second
    story: the line over it is that story's headline, not a subhead of the first."""
    first, second = items(WEEKLY)
    assert first["headline"] == "누리군, 청년 창업 지원 확대"
    assert first["bylines"] == [("한가람", "기자", None, None)]
    assert second["headline"] == "군의회, 폐교 활용 조례 통과"
    assert second["bylines"] == [("한가람", "기자", None, None)]


def test_a_closing_that_adds_an_address_is_the_same_storys() -> None:
    text = WEEKLY.replace("\n\n한가람 기자\n", "\n\n한가람 기자 garam@nuri.kr\n")
    assert len(items(text)) == 1


# --- English: a section line over a headline stack; a running head's paper; scores ------

STORY = (
    "The Dover academy nine beat the Weston boys on the river grounds yesterday by a score\n"
    "of 6 to 4, in a game of many errors on both sides.\n\n"
    "Captain Fenn struck out eleven men and made two hits himself.\n"
)
SPORTS_PAGE = (
    "THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\n"
    "ATHLETIC NOTES\n\n"
    "ACADEMY NINE TAKES\nA CLOSE GAME\n\n"
    "Fenn Pitches a Steady Game Before a Large Crowd.\n\n"
    f"{STORY}\n"
    "RIVER LEAGUE.\n\n"
    "Upper Division.\n"
    "At Dover-Dover 3, Weston 2.\n"
    "At Lyme-Lyme 7, Stanton 1.\n\n"
    "Lower Division.\n"
    "At Ferris-Ferris 5, Hale 4.\n"
    "At Crane-Crane 2, Bell 0.\n\n"
    "ROWING CLUB ELECTS.\n\n"
    "The Dover rowing club chose Amos Tate captain for the season at its meeting last\n"
    "evening. The club will race Lyme in June.\n"
)


def test_a_running_head_names_the_paper_before_its_weekday() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    m = edition.masthead
    assert m is not None and m.paper == "THE DOVER EVENING STAR"
    assert m.date == "1907-05-06" and m.weekday == "Monday"
    assert trace.rule("edition", "masthead") == RUNNING_NAME_RULE


def test_a_dateline_before_the_weekday_names_no_paper() -> None:
    text = SPORTS_PAGE.replace("THE DOVER EVENING STAR,", "BOSTON, MASS.,")
    m = parse(text).masthead
    assert m is not None and m.paper is None and m.date == "1907-05-06"


def test_a_short_line_in_capitals_over_a_headline_stack_is_the_label() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "ATHLETIC NOTES"
    assert trace.rule("p1") == CAPS_OVER_STACK
    first = items(SPORTS_PAGE)[0]
    assert first["headline"] == "ACADEMY NINE TAKES A CLOSE GAME"
    assert first["deck"] == ["Fenn Pitches a Steady Game Before a Large Crowd."]


def test_a_headline_alone_over_its_deck_alone_is_no_label() -> None:
    text = "FIRE AT THE MILL\n\nLOSS IS HEAVY\n\nInsurance Covers Half.\n\n" + STORY
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "FIRE AT THE MILL"


def test_score_lines_are_rows_under_their_headings_and_end_the_head() -> None:
    _, scores, rowing = items(SPORTS_PAGE)
    assert scores["headline"] == "RIVER LEAGUE." and scores["deck"] == []
    assert scores["body"] == [
        ("subhead", "Upper Division."),
        ("paragraph", "At Dover-Dover 3, Weston 2."),
        ("paragraph", "At Lyme-Lyme 7, Stanton 1."),
        ("subhead", "Lower Division."),
        ("paragraph", "At Ferris-Ferris 5, Hale 4."),
        ("paragraph", "At Crane-Crane 2, Bell 0."),
    ]
    assert rowing["headline"] == "ROWING CLUB ELECTS."
    _, trace = explain_text(SPORTS_PAGE)
    assert any(SCORES_HEAD in why for why in trace.notes.values())
