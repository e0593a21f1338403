"""The number a page prints on itself (reader/page_numbers.py), kept as `Page.printed`:
read off a running head or folio of page text; near misses that print no page's number."""

from __future__ import annotations

from reader import store
from reader.ingest import ingest_text
from reader.model import Page
from reader.page_numbers import jump_number, page_name, printed_number
from tests.ingest.test_conventions import LEAD, MORE


def _pages(head: str) -> list[Page]:
    text = f"{head}\n\n누리시 오일장 다시 연다\n\n{LEAD}\n\f경비원 한누리 씨 정년 퇴임\n\n{MORE}\n"
    return ingest_text(text).pages


def test_a_running_heads_page_number_is_the_pages_printed_number() -> None:
    first, second = _pages("A6 정치 2026년 3월 11일 수요일")
    assert (first.number, first.printed, first.section) == (1, "A6", "정치")
    assert (page_name(first), jump_number(first)) == ("A6", 6)
    # near miss: the next page prints no running head, so no number
    assert (second.printed, page_name(second), jump_number(second)) == (None, "2", 2)


def test_a_number_after_the_papers_date_line_in_brackets_is_the_pages() -> None:
    [first, _] = _pages("남해신문 2026년 3월 11일 수요일 (7)")
    assert first.printed == "7"


def test_a_running_head_of_name_and_date_alone_prints_no_number() -> None:
    [first, _] = _pages("생활·날씨 2026년 3월 14일 토요일")
    assert first.section == "생활·날씨" and first.printed is None


def test_an_english_dates_day_is_no_page_number() -> None:
    [first, _] = _pages("BUSINESS | Tuesday, March 17, 2026")
    assert first.section == "BUSINESS" and first.printed is None


def test_a_front_page_under_the_nameplate_is_page_one_and_a_later_folio_gives_its_own() -> None:
    text = (
        "누리마을 소식\n제9호 2026년 4월 8일 수요일\n\n"
        f"놀이터 새 단장\n\n{LEAD}\n"
        "\f2 누리마을 소식\n우리 이웃\n"
        f"경비원 한누리 씨 정년 퇴임\n\n{MORE}\n"
    )
    front, inner = ingest_text(text).pages
    assert (front.printed, inner.printed) == ("1", "2")


def test_the_folio_lines_number_stands_at_an_end_of_the_line() -> None:
    assert printed_number(["2026년 12월 9일 수요일 13"]) == "13"
    assert printed_number(["법조신보 제3127호 2026년 11월 16일 월요일 판례평석 13"]) == "13"
    assert printed_number(["- 6 -"]) == "6"
    assert printed_number(["문화 -6-"]) == "6"
    assert printed_number(["8 THE DELLFORD DAILY COURIER"]) == "8"
    # near misses: a date's figures, a year, a printer's slug, a number inside the line
    assert printed_number(["2026년 12월 9일 수요일"]) is None
    assert printed_number(["Tuesday, March 17"]) is None
    assert printed_number(["1000"]) is None
    assert printed_number(["HEUKNAE_A19_1207.indd Plate A19 K 12/07/2026 01:42:16 PM"]) is None
    assert printed_number(["제12회 누리시 3 종합"]) is None


def test_an_edition_without_printed_numbers_reads_and_writes_as_before() -> None:
    """The field is optional: a page printing none writes no such field, and a file
    written before it (none on any page) decodes with None, its ids as they were."""
    plain = ingest_text(f"누리시 오일장 다시 연다\n\n{LEAD}\n")
    assert b'"printed"' not in store.to_json(plain)
    numbered = ingest_text(f"A6 정치 2026년 3월 11일 수요일\n\n누리시 오일장 다시 연다\n\n{LEAD}\n")
    data = store.to_json(numbered)
    assert data.count(b'"printed": "A6"') == 1
    older = store.from_json(data.replace(b',\n   "printed": "A6"', b""))
    assert [p.printed for p in older.pages] == [None]
    assert [it.id for _, it in older.items()] == [it.id for _, it in numbered.items()]


def test_an_issue_number_a_day_before_its_month_or_a_price_is_no_page_number() -> None:
    assert printed_number(["Vol. 12 No. 345"]) is None
    assert printed_number(["THE DELLFORD DAILY COURIER No. 49"]) is None
    assert printed_number(["17 March 2026 THE DELLFORD DAILY COURIER"]) is None
    assert printed_number(["50 cents"]) is None
    assert printed_number(["누리신문 제 3127"]) is None
    # near misses: the page's number beside a word that is no label, month or money
    assert printed_number(["SPORTS 7"]) == "7"
    assert printed_number(["12 Sports Tuesday, March 17, 2026"]) == "12"
    assert printed_number(["Page 7"]) == "7"
