"""Round twenty-four's rules, mended after review: each made-up page here was read wrongly
by the round as first written (docs/ingest-conventions.md, "Twenty-fourth round")."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article, Edition


def _articles(edition: Edition) -> list[Article]:
    return [it for page in edition.pages for it in page.items if isinstance(it, Article)]


def _heads(edition: Edition) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in _articles(edition)]


STORY_A_LINE = (
    "시립도서관이 다음 달부터 야간에도 문을 연다. 평일 오후 10시까지 운영한다고 밝혔다.\n"
    "공원 산책로 조명이 모두 교체된다. 시는 예산 2억원을 들였다고 했다.\n"
    "해당 업체는 [한빛일보] 보도 이후 사과문을 냈다. 업체는 재발 방지 대책을 마련해 "
    "다음 달까지 공개하겠다고 약속했다.\n"
    "한빛시가 청년 창업 지원 사업 참가자를 모집한다. 신청은 이달 말까지다.\n"
    "시내버스 노선 세 개가 다음 주부터 바뀐다. 자세한 내용은 누리집에 있다.\n"
)


def test_a_papers_name_in_brackets_inside_a_sentence_cuts_no_headline() -> None:
    edition = ingest_text(STORY_A_LINE)
    assert len(_articles(edition)) == 5
    assert all(head is None for head in _heads(edition))


def test_a_credit_cut_from_one_line_keeps_the_page_one_story_a_line() -> None:
    page = (
        "한빛시 의회 예산안 통과 [서울=한빛통신 김철수 기자] 한빛시 의회가 내년 예산안을 "
        "통과시켰다. 예산은 3조원 규모다.\n"
        "시립도서관이 다음 달부터 야간에도 문을 연다. 평일 오후 10시까지 운영한다. "
        "전주=김하늘 기자\n"
        "공원 산책로 조명이 모두 교체된다. 시는 예산 2억원을 들였다고 했다. 전주=박소연 기자\n"
        "한빛시가 청년 창업 지원 사업 참가자를 모집한다. 신청은 이달 말까지다.\n"
        "시내버스 노선 세 개가 다음 주부터 바뀐다. 자세한 내용은 누리집에 있다.\n"
    )
    edition = ingest_text(page)
    assert len(_articles(edition)) == 5
    assert _heads(edition)[0] == "한빛시 의회 예산안 통과"


def test_a_section_word_over_a_web_stamp_is_no_paper() -> None:
    page = "날씨\n입력 2026.11.24 07:10\n\n한파 특보가 내려졌다. 기온이 영하 10도까지 떨어진다.\n"
    edition = ingest_text(page)
    assert edition.masthead is None or edition.masthead.paper != "날씨"
    assert edition.pages[0].section == "날씨"


def test_a_story_with_two_dispatches_stays_one_story() -> None:
    page = (
        "PRESIDENT SIGNS TARIFF BILL\n\n"
        "WASHINGTON, May 2.—The President signed the tariff bill\n"
        "this afternoon in the presence of the leaders of both houses.\n\n"
        "NEW YORK, May 2.—Stocks rose sharply on the news\n"
        "of the signing, and trading was heavy all afternoon.\n"
    )
    [story] = _articles(ingest_text(page))
    assert story.headline is not None and story.headline.text == "PRESIDENT SIGNS TARIFF BILL"
    assert [b.kind for b in story.body] == ["lead", "paragraph"]


def test_one_word_in_capitals_over_a_story_is_the_pages_label() -> None:
    page = (
        "SPORTS\n"
        "The Tigers beat the Bears 5 to 3 on Saturday before a crowd of\n"
        "four thousand who cheered the pitching.\n\n"
        "Smith Wins Golf Title\n\n"
        "John Smith won the county golf title on Sunday by two strokes.\n"
    )
    edition = ingest_text(page)
    assert edition.pages[0].section == "SPORTS"
    assert "SPORTS" not in _heads(edition)
