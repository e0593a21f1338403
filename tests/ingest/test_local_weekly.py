"""Habits of small Korean papers (issue 14, ninth round), each on a small made-up example:
a weekly's nameplate with its issue and date on one line and no weekday, and the paper's
own notice ('[알립니다]') with a number to call. Every name and number is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import LEAD, parse

NAMEPLATE = "주간 누리마을 제37호 2026년 5월 7일\n"
DENSE = f"누리면, 마을 회관 새로 지어\n{LEAD}\n주민들은 반겼다.\n"


def test_a_weekly_nameplate_without_weekday_is_the_masthead() -> None:
    edition = parse(NAMEPLATE + DENSE)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == ("주간 누리마을", 37, "2026-05-07", None)
    [item] = edition.pages[0].items
    assert item.headline is not None and item.headline.text == "누리면, 마을 회관 새로 지어"


def test_a_headline_under_a_full_nameplate_is_no_slogan() -> None:
    edition = parse(NAMEPLATE + "\n" + "누리면, 마을 회관 새로 지어\n\n" + LEAD + "\n")
    assert edition.masthead is not None and len(edition.masthead.spans) == 1
    [item] = edition.pages[0].items
    assert item.headline is not None and item.headline.text == "누리면, 마을 회관 새로 지어"


def test_a_headline_with_an_issue_number_is_no_nameplate() -> None:
    edition = parse("올해 제3호 태풍 북상\n\n" + LEAD + "\n")
    assert edition.masthead is None


NOTICE = (
    "[알립니다] 독자 사진을 기다립니다\n동네의 봄 풍경을 사진으로 보내 주세요. ☎ 061-000-1234\n"
)


def test_the_papers_notice_with_a_phone_is_an_article() -> None:
    edition = parse(DENSE + NOTICE)
    items = edition.pages[0].items
    assert [type(it).__name__ for it in items] == ["Article", "Article"]
    notice = items[1]
    assert notice.headline is not None and notice.headline.text.startswith("[알립니다]")
    assert [b.kind for b in notice.body] == ["lead"]


def test_an_ad_under_a_notice_label_without_sentences_stays_an_ad() -> None:
    ad = "[알림] 누리 마트 개업\n전 품목 10% 할인\n☎ 061-000-1234\n"
    edition = parse(DENSE + ad)
    assert type(edition.pages[0].items[-1]).__name__ == "Ad"


def test_explain_names_the_notice_rule() -> None:
    _, trace = explain_text(DENSE + NOTICE)
    assert any("the paper's notice" in note for note in trace.notes.values())
