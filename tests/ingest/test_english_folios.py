"""An English page's folio (the page's number, the paper's name and its dated weekday, in
either date order, set apart by spaces or bars) and a name printed over it, on small
made-up examples; and the dated lines that are none. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.folio_en import FOLIO_EN, english_folio
from reader.ingest.label import OVER_FOLIO
from reader.ingest.lines import Line
from tests.ingest.test_conventions import items, parse

STORY = (
    "Ferry fares to rise in spring\n"
    "Operator blames fuel and a new pier levy\n\n"
    "Fares on the island ferry will rise by 6 per cent from April, the operator said on "
    "Friday, the first increase in three years.\n"
)


def _line(text: str) -> Line:
    return Line(text, 0, len(text))


def test_a_british_folio_with_its_page_number_first_gives_the_masthead() -> None:
    text = f"12 The Westbury Echo Friday 4 March 2027\nTransport\n\n{STORY}"
    edition = parse(text)
    m = edition.masthead
    assert (m.paper, m.date, m.weekday) == ("The Westbury Echo", "2027-03-04", "Friday")
    assert edition.pages[0].section == "Transport"
    [item] = items(text)
    assert item["headline"] == "Ferry fares to rise in spring"
    assert FOLIO_EN in explain_text(text)[1].notes.values()


def test_an_american_folio_in_bars_under_a_name_over_it() -> None:
    text = f"TRAVEL & LEISURE\nThe Ashgrove Sentinel | Friday, March 5, 2027 | B3\n\n{STORY}"
    edition = parse(text)
    assert (edition.masthead.paper, edition.masthead.date) == (
        "The Ashgrove Sentinel",
        "2027-03-05",
    )
    assert edition.pages[0].section == "TRAVEL & LEISURE"
    assert OVER_FOLIO in explain_text(text)[1].notes.values()
    [item] = items(text)
    assert item["headline"] == "Ferry fares to rise in spring"


def test_page_word_and_capitals_and_a_number_at_the_end() -> None:
    found = english_folio(_line("Page 9 THE MILLBROOK BEACON Tuesday, May 4, 1971"))
    assert found is not None and found[0].masthead.paper == "THE MILLBROOK BEACON"
    found = english_folio(_line("The Westbury Echo Friday 4 March 2027 31"))
    assert found is not None and found[0].masthead.date == "2027-03-04"


def test_no_folio_without_a_page_number_a_weekday_or_with_a_sentence() -> None:
    assert english_folio(_line("The Westbury Echo Friday 4 March 2027")) is None
    assert english_folio(_line("12 The Westbury Echo 4 March 2027")) is None
    assert (
        english_folio(_line("Council to vote on ferry levy Friday, March 5, 2027 at noon 4"))
        is None
    )
    assert (
        english_folio(_line("Voters back the levy on Friday, March 5, 2027, by 312 votes")) is None
    )


def test_a_headline_over_a_dated_line_without_a_page_number_is_no_label() -> None:
    text = f"Ferry levy vote\nFriday, March 5, 2027\n\n{STORY}"
    assert OVER_FOLIO not in explain_text(text)[1].notes.values()


def test_an_old_folio_with_a_colon_after_the_name_names_the_paper() -> None:
    m = parse(f"3 THE DOVER WEEKLY EXAMINER: SATURDAY, MAY 4, 1867.\n\n{STORY}").masthead
    assert m is not None and (m.paper, m.date) == ("THE DOVER WEEKLY EXAMINER", "1867-05-04")


def test_a_folio_set_apart_by_middle_dots_names_the_paper() -> None:
    text = f"The Carrow Diocesan Record · Sunday, March 7, 2027 · Page 5\n\n{STORY}"
    m = parse(text).masthead
    assert m is not None and (m.paper, m.date) == ("The Carrow Diocesan Record", "2027-03-07")
    [item] = items(text)
    assert item["headline"] == "Ferry fares to rise in spring"


def test_a_dated_line_in_middle_dots_with_no_page_number_is_no_folio() -> None:
    # an event's line under its title: a place and a date, no page's number
    assert english_folio(_line("The Carrow Choir Festival · Sunday, March 7, 2027")) is None


def test_a_sections_name_between_the_date_and_the_page_number_is_the_label() -> None:
    text = f"THE DAILY LEDGER, Monday, May 3, 2027 NATIONAL 9\n\n{STORY}"
    edition = parse(text)
    assert (edition.masthead.paper, edition.masthead.date) == ("THE DAILY LEDGER", "2027-05-03")
    assert edition.pages[0].section == "NATIONAL"
    [item] = items(text)
    assert item["headline"] == "Ferry fares to rise in spring"


def test_words_in_capitals_after_an_events_date_make_no_folio() -> None:
    # an event's title before the date, and more than a section's two words after it
    assert english_folio(_line("The Spring Plant Sale, Monday, May 3, 2027 NATIONAL 9")) is None
    assert (
        english_folio(_line("THE DAILY LEDGER, Monday, May 3, 2027 POLLS OPEN AT NOON 9")) is None
    )


def test_a_dash_between_the_date_and_the_page_is_the_folios() -> None:
    text = f"The Carrow Courier, Wednesday, March 3, 2027 — Page 14\n\n{STORY}"
    m = parse(text).masthead
    assert m is not None and (m.paper, m.date) == ("The Carrow Courier", "2027-03-03")
    # a dated sentence after the dash is no page: no folio
    assert english_folio(_line("The Carrow Courier, Wednesday, March 3, 2027 — we sold 4")) is None


def test_a_sections_name_is_cut_from_before_the_page_number_that_may_hold_its_letters() -> None:
    for section, number in [("A", "A1"), ("AGE", "PAGE 9"), ("CITY & STATE", "9")]:
        text = f"THE DAILY LEDGER, Monday, May 3, 2027 {section} {number}"
        found = english_folio(_line(text))
        assert found is not None, text
        _masthead, folio, label = found
        assert label is not None and label.text == section
        assert folio.text == f"THE DAILY LEDGER, Monday, May 3, 2027 {number}"
        [(s, e)] = label.spans  # the section's own letters, not the number's
        assert text[s:e] == section and text[e:] == f" {number}"


def test_a_section_and_a_page_number_set_apart_by_two_spaces_or_a_tab() -> None:
    for gap in ("  ", "\t"):
        text = f"THE DAILY LEDGER, Monday, May 3, 2027 NATIONAL PAGE{gap}9"
        found = english_folio(_line(text))
        assert found is not None
        masthead, _folio, label = found
        assert masthead.masthead.paper == "THE DAILY LEDGER"
        assert label is not None and label.text == "NATIONAL"
