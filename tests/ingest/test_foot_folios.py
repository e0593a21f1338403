"""Round fifty-seven: folios of extracted pages. A page's number and its section's name on
the page's last line (foot_folio.py), and an English running head of a page number, a
section's name and the dated weekday set apart by spaces alone (running_head.py)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.foot_folio import FOOT_FOLIO
from tests.ingest.test_conventions import LEAD, MORE, items, parse

HEAD = "누리시 오일장 다시 연다"
BYLINE = "김누리 기자 nuri@nuri.example"


def test_a_page_number_and_a_section_name_on_the_last_line_are_the_pages_folio() -> None:
    text = f"{HEAD}\n{LEAD}\n{MORE}\n{BYLINE}\n5 지역\n"
    edition = parse(text)
    assert edition.pages[0].section == "지역"
    assert not edition.pages[0].section_inferred
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", MORE)
    _, trace = explain_text(text)
    assert FOOT_FOLIO in trace.notes.values()


def test_a_section_name_set_letter_spaced_at_the_foot_is_the_label() -> None:
    edition = parse(f"{HEAD}\n{LEAD}\n{MORE}\n{BYLINE}\n15 스 포 츠\n")
    assert edition.pages[0].section == "스포츠"


def test_a_comment_count_at_a_web_copys_foot_is_no_folio() -> None:
    # near miss: a number beside a word that names no section
    edition = parse(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n댓글 12\n")
    assert edition.pages[0].section_inferred


def test_an_index_boxs_last_row_is_no_folio() -> None:
    # near miss: rows of sections and pages over one another are a contents box's
    edition = parse(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n경제 5\n스포츠 19\n")
    assert edition.pages[0].section_inferred


def test_a_numbered_listings_last_row_is_no_folio() -> None:
    # near miss (review of rounds 56-57): a listing's last row names a section ('5 지역') under
    # rows numbered the same way that name none ('4 복지 확대'): the listing's, not a folio
    rows = "1 일자리 창출\n2 주거 안정\n3 교통 혼잡 해소\n4 복지 확대\n5 지역"
    text = f"{HEAD}\n{LEAD}\n{MORE}\n{BYLINE}\n\n시민이 꼽은 우선 과제\n{rows}\n"
    edition = parse(text)
    assert edition.pages[0].section_inferred
    _, trace = explain_text(text)
    assert FOOT_FOLIO not in trace.notes.values()


STORY_EN = (
    "Council votes to keep night buses\n"
    "The Harborview City Council voted 7-2 on Thursday to keep overnight bus service\n"
    "running on six routes, after a petition from hospital workers and students.\n"
)


def test_an_english_page_number_section_and_dated_weekday_are_a_running_head() -> None:
    edition = parse(f"A5 Metro Monday, December 7, 2026\n{STORY_EN}")
    assert (edition.masthead.date, edition.masthead.weekday) == ("2026-12-07", "Monday")
    assert edition.pages[0].section == "Metro"
    [item] = items(f"A5 Metro Monday, December 7, 2026\n{STORY_EN}")
    assert item["headline"] == "Council votes to keep night buses"


def test_a_headline_with_a_figure_and_a_date_is_no_running_head() -> None:
    # near miss: no weekday beside the date; a head's words, not a section's name
    text = f"12 Arrested December 7, 2026\n\n{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is None or edition.masthead.date is None
    assert items(text)[0]["headline"] == "12 Arrested December 7, 2026"


def test_a_headline_with_a_count_and_a_dated_weekday_is_no_running_head() -> None:
    # near miss (review of rounds 56-57): a count, a verb in title case and the dated
    # weekday have the running head's shape; 'Killed' names no section, and a bare number
    # is no section's page ('A5' is)
    text = f"3 Killed Monday, December 7, 2026\n\n{STORY_EN}"
    edition = parse(text)
    assert edition.pages[0].section != "Killed"
    assert items(text)[0]["headline"] == "3 Killed Monday, December 7, 2026"
    # the running head itself on a bare page number: a section's name
    sports = parse(f"5 Sports Monday, December 7, 2026\n{STORY_EN}")
    assert sports.pages[0].section == "Sports"
