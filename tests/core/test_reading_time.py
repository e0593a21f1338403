"""An article's reading time (reader.reading_time): its words, a Korean word (어절) at 200
a minute, any other at 230."""

from __future__ import annotations

from reader.model import Article, Block, Byline, Text
from reader.reading_time import article_words, reading_minutes


def _article(*paragraphs: str, headline: str = "시내버스 노선 개편") -> Article:
    return Article(
        id="a",
        headline=Text(headline),
        deck=[Text("배차 간격 절반으로")],
        body=[
            Block("photo", ""),
            Block("caption", "퇴근길 정류장"),
            *(Block("paragraph", p) for p in paragraphs),
        ],
        bylines=[Byline("정윤서", role="기자", text="정윤서 기자 ysjung@garamilbo.example")],
    )


def test_the_words_read_are_the_headline_deck_text_and_captions_not_the_byline():
    article = _article("개편안은 내년 3월 첫차부터 적용된다.", "The bus runs at 8 p.m.")
    # headline 3, deck 3, caption 2, Korean paragraph 5 (3월 is Korean), English 6
    assert article_words(article) == (3 + 3 + 2 + 5, 6)


def test_korean_words_are_read_more_slowly_than_english_ones():
    korean = _article(" ".join(["주민들이"] * 592))  # 600 Korean words with the head
    english = _article(" ".join(["riders"] * 600), headline="Bus")  # 7 Korean, 601 others
    assert reading_minutes(korean) == 3  # 600 / 200
    assert reading_minutes(english) == 3  # 7 / 200 + 601 / 230 = 2.65


def test_a_short_story_takes_a_minute_never_none():
    assert reading_minutes(_article()) == 1
    assert reading_minutes(Article(id="empty")) == 1


def test_minutes_are_rounded_to_the_nearest():
    words = lambda n: _article(" ".join(["가"] * (n - 8)))  # noqa: E731  8 in the head
    assert reading_minutes(words(299)) == 1  # 1.495
    assert reading_minutes(words(301)) == 2  # 1.505
