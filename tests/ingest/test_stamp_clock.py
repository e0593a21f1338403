"""A site's time stamp on a twelve-hour clock is the masthead's (docs/ingest-conventions.md,
"Round sixty-five (lines torn inside a quotation)"): a legal weekly's text copy stamps its
story '입력 : DATE 오후 H:MM:SS' alone on its line under the decks; the stamp gives the date
and stays out of the story's deck, as a stamp on a 24-hour clock does. The page is made up."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article

PAGE = """법률누리

판결

“배수로 막힌 채 방치”…침수 피해 구청 책임 인정

법원, 관리 소홀 책임 70% 판단
“집중호우 예보 뒤 점검 안 해”

{stamp}

지난여름 집중호우 때 배수로가 막혀 상가가 물에 잠긴 사고에 구청이 배상해야 한다는 판결이 나왔다.

서하지법 민사2부는 상인 12명이 구청을 상대로 낸 소송에서 원고 일부 승소 판결했다고 4일 밝혔다.

이가온 기자 gaon@lawnuri.example

<저작권자 ⓒ 법률누리, 무단 전재 및 재배포 금지>"""


def _story(stamp: str) -> tuple[Article, str | None]:
    edition = ingest_text(PAGE.format(stamp=stamp), name="t")
    article = edition.pages[0].items[0]
    assert isinstance(article, Article)
    return article, edition.masthead.date if edition.masthead else None


def test_a_stamp_on_a_twelve_hour_clock_is_the_mastheads() -> None:
    article, date = _story("입력 : 2026-05-04 오후 2:07:31")
    assert [d.text for d in article.deck] == [
        "법원, 관리 소홀 책임 70% 판단",
        "“집중호우 예보 뒤 점검 안 해”",
    ]
    assert date == "2026-05-04"


def test_near_miss_a_line_of_words_after_the_stamps_date_stays_in_the_story() -> None:
    # words after the hour: no stamp's line, the story's own text
    line = "입력 : 2026-05-04 오후 늦게 나온 판결문 요지"
    article, _ = _story(line)
    texts = [d.text for d in article.deck] + [getattr(b, "text", "") for b in article.body]
    assert line in texts
