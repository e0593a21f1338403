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


CORRECTIONS = (
    "알림·정정\n"
    "[정정합니다]\n"
    "본지 5월 4일자 3면 기사 중 ‘오후 2시’는 ‘오후 3시’이기에 바로잡습니다.\n"
    "[알림] 누리신문 독자 사진 공모\n"
    "누리신문이 독자 사진을 공모합니다. 응모는 5월 말까지입니다.\n"
    "문의 누리신문 독자부 061-000-7777\n"
    "[독자위원회] 5월 회의\n"
    "누리신문 독자위원회는 지난 6일 5월 회의를 열었다.\n"
)


def test_a_label_over_a_bracketed_heading_without_blank_lines_is_the_pages() -> None:
    edition = parse(CORRECTIONS)
    [page] = edition.pages
    assert page.label is not None and page.label.text == "알림·정정"
    first = page.items[0]
    assert first.headline is not None and first.headline.text == "정정합니다"


def test_a_contact_line_closes_its_item_and_heads_none() -> None:
    [page] = parse(CORRECTIONS).pages
    heads = [it.headline.text for it in page.items if it.headline]
    assert heads == ["정정합니다", "[알림] 누리신문 독자 사진 공모", "[독자위원회] 5월 회의"]
    notice = page.items[1]
    assert notice.body[-1].text == "문의 누리신문 독자부 061-000-7777"


def test_explain_names_the_bracketed_heading_label() -> None:
    _, trace = explain_text(CORRECTIONS)
    assert any("over a heading in brackets" in note for note in trace.notes.values())
