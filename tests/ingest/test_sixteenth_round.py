"""What every new paper's first run missed (issue 14, sixteenth round): the lines above the
first story (nameplates, a publisher's phone line, a section line over a headline stack),
item boundaries, unmarked listing rows. Each on a small made-up example of its own; every
name is invented."""

from __future__ import annotations

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
