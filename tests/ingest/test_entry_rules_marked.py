"""Marked lines that are entries and marked lines that are not, on small made-up examples:
an index box's page entries (and page pointers inside a story, which cut nothing), an
obituary's marked entry, a wrapped entry opening on a phone word; and a marked line without
a page number, a scene's caption, which are no entries (the other entries:
test_entry_rules.py). Every name and fact is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.entries import OBITUARY_RULE
from reader.ingest.index_box import INDEX_ENDS
from tests.ingest.test_conventions import LEAD, items

INDEX = (
    "오늘의 주요 기사\n\n"
    "▷3면 가람시, 내년 예산 2조원 넘어\n\n"
    "▷12면 누리천 철새 도래지 복원\n\n"
    "“버스가 늦으면 시민이 늦는다” 노선 12개 개편\n\n"
    "출퇴근 배차 간격 10분에서 7분으로\n\n"
    "심야 노선 3개 새로 생겨\n\n"
    "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. 출퇴근 시간 배차 간격도 "
    "줄인다.\n"
)


def test_an_index_boxs_page_entries_are_its_bullets_and_the_next_line_starts_a_story() -> None:
    box, story = items(INDEX)
    assert box["headline"] == "오늘의 주요 기사"
    assert box["body"] == [
        ("bullet", "3면 가람시, 내년 예산 2조원 넘어"),
        ("bullet", "12면 누리천 철새 도래지 복원"),
    ]
    assert story["headline"] == "“버스가 늦으면 시민이 늦는다” 노선 12개 개편"
    assert story["deck"] == ["출퇴근 배차 간격 10분에서 7분으로", "심야 노선 3개 새로 생겨"]
    _, trace = explain_text(INDEX)
    assert INDEX_ENDS in trace.rule("p1-2")


def test_a_marked_line_without_a_page_number_stays_a_subhead_of_its_story() -> None:
    text = (
        "가람시, 시내버스 노선 12개 개편\n\n"
        "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다.\n\n"
        "▷ 배차 간격 줄여\n\n"
        "출퇴근 시간 배차 간격도 10분에서 7분으로 줄인다.\n"
    )
    [story] = items(text)
    assert [kind for kind, _ in story["body"]] == ["lead", "subhead", "paragraph"]


def test_an_obituarys_marked_entry_is_a_bullet_not_a_caption() -> None:
    text = (
        "[부고]\n\n"
        "▲홍길동(전 가람시청 국장)씨 별세, 홍누리(누리고 교사)씨 부친상=3일 가람병원 장례식장, "
        "발인 5일 오전 8시 061-000-0000\n\n"
        "신간 안내\n\n"
        "『가람의 강』\n\n"
        "홍길동 지음, 가람출판, 320쪽, 1만8000원. 가람강 유역의 100년을 다룬 책이다.\n"
    )
    obit = items(text)[0]
    assert obit["body"][0][0] == "bullet"
    _, trace = explain_text(text)
    assert OBITUARY_RULE in trace.rule("p1-1", "body.0")


def test_a_marked_scene_stays_a_caption() -> None:
    text = (
        "가람시, 시내버스 노선 12개 개편\n\n"
        "▲3일 가람시청 앞 정류장에서 시민들이 새 노선도를 살펴보고 있다.\n\n"
        "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. 출퇴근 시간 배차 "
        "간격도 줄인다.\n"
    )
    [story] = items(text)
    assert story["body"][0][0] == "caption"


def test_a_wrapped_entry_starting_with_a_phone_word_stays_in_its_entry() -> None:
    text = (
        "누리시 평생학습 강좌 수강생 모집\n\n"
        "▲모집 기간 3월 2일부터 13일까지\n"
        "▲신청 방법 누리시 평생학습관 방문이나\n"
        "전화(062-123-4567) 접수\n"
    )
    [item] = items(text)
    entry = "신청 방법 누리시 평생학습관 방문이나 전화(062-123-4567) 접수"
    assert ("bullet", entry) in item["body"]


def test_a_scenes_caption_naming_a_death_is_no_obituary_entry() -> None:
    caption = "3일 가람시청에서 홍길동씨 별세 소식을 들은 시민들이 묵념하고 있다."
    [story] = items(f"시민 묵념\n\n▲{caption}\n\n{LEAD}\n")
    assert story["body"][:2] == [("caption", caption), ("lead", LEAD)]


def test_page_pointers_inside_a_story_do_not_cut_it() -> None:
    """A box's '▷N면' entries come straight under its title, not after a story's prose."""
    last = "가람시는 예산을 오늘 본회의에서 최종 승인했다."
    text = (
        f"가람시 예산 통과\n\n{LEAD}\n\n▷1면 머리기사에서 다뤘던 예산 심의\n\n▷2면 사설\n\n{last}\n"
    )
    [story] = items(text)
    assert story["body"][-1] == ("paragraph", last)
