"""A web copy's stamp after the reporter's name under the site's field word ('기자명 NAME
기자   입력 …', parts set apart by spaces, no bar), in a block of its own under the headline
and deck, the outlet's name, address and breadcrumb over them (web_head.py, outlet.STAMP);
and the near misses: no outlet named over it, a stamp inside the story's text. Every name
is invented."""

from __future__ import annotations

from reader.ingest import ingest_text
from tests.ingest.test_conventions import items

HEADLINE, DECK = "솔뫼시 마을버스 첫차 30분 앞당긴다", "출근 시민 요청 반영…내달부터"
STAMP = "기자명 한도윤 기자   입력 2027.03.04 10:12   수정 2027.03.04 11:40   댓글 0"
STORY = (
    "솔뫼시가 마을버스 첫차 시각을 다음 달부터 30분 앞당긴다고 4일 밝혔다.\n\n"
    "시는 새벽 출근 시민의 요청이 이어지자 운행 계획을 바꿨다.\n\n"
    "한도윤 기자 doyun@solmoenews.kr\n"
)


def _page(top: str) -> str:
    return f"{top}\n\n{HEADLINE}\n{DECK}\n\n{STAMP}\n공유하기\n페이스북\nURL복사\n\n{STORY}"


def test_the_reporters_stamp_apart_under_the_headline_dates_the_outlets_head() -> None:
    text = _page("솔뫼뉴스\nwww.solmoenews.kr\n홈 > 사회 > 교통")
    edition = ingest_text(text)
    masthead = edition.masthead
    assert masthead is not None
    assert (masthead.paper, masthead.url, masthead.date) == (
        "솔뫼뉴스",
        "www.solmoenews.kr",
        "2027-03-04",
    )
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "홈 > 사회 > 교통"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, [DECK])
    assert not any("입력" in text for _, text in item["body"])  # the stamp is the head's


def test_near_miss_a_headline_over_the_stamp_names_no_outlet() -> None:
    # several words on the first line: a headline's, not an outlet's name
    text = f"솔뫼시 마을버스 노선 세 곳 늘린다\n\n{STAMP}\n공유하기\n페이스북\n\n{STORY}"
    masthead = ingest_text(text).masthead
    assert masthead is None or masthead.paper is None


def test_near_miss_a_stamp_word_in_the_storys_sentence_is_no_stamp() -> None:
    text = _page("솔뫼뉴스\nwww.solmoenews.kr\n홈 > 사회 > 교통").replace(
        STAMP, "한도윤 기자   입력한 자료를 다시 살폈다는 설명이다."
    )
    masthead = ingest_text(text).masthead
    assert masthead is None or masthead.date is None


DENSE_STORY = STORY.replace("\n\n", "\n")


def _dense(over: str) -> str:
    top = "솔뫼뉴스\nwww.solmoenews.kr\n홈 > 사회 > 교통"
    return f"{top}\n{over}\n{STAMP}\n공유하기\n페이스북\nURL복사\n{DENSE_STORY}"


def test_without_blank_lines_the_headline_and_deck_between_the_head_and_the_stamp() -> None:
    text = _dense(f"{HEADLINE}\n{DECK}")
    edition = ingest_text(text)
    masthead = edition.masthead
    assert masthead is not None
    assert (masthead.url, masthead.date) == ("www.solmoenews.kr", "2027-03-04")
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "홈 > 사회 > 교통"
    [item] = items(text)
    assert item["headline"] == HEADLINE


def test_near_miss_without_blank_lines_a_sentence_over_the_stamp_keeps_the_head_out() -> None:
    # the story's sentence between the outlet's lines and the stamp: the story has begun
    text = _dense(f"{HEADLINE}\n솔뫼시가 마을버스 첫차를 앞당긴다고 4일 밝혔다.")
    masthead = ingest_text(text).masthead
    assert masthead is None or masthead.url is None
