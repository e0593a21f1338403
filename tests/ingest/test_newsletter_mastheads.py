"""Newsletters' and bulletins' mastheads, on small made-up examples: a title over its volume
line, a bulletin dated by its Sunday or a feast, the day named after the date (and warned about
when it is not the date's), an office line beside an OCR border. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.coverage import coverage_problems
from reader.ingest.masthead_en import CONTACT_RULE
from tests.ingest.rule_pages import BULLETIN_PARISH as BULLETIN
from tests.ingest.rule_pages import NEWSLETTER
from tests.ingest.test_conventions import items, parse


def test_a_newsletters_title_over_its_volume_line_is_the_masthead() -> None:
    m = parse(NEWSLETTER).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date) == ("The Hollow Bulletin", 11, None)
    assert items(NEWSLETTER)[0]["headline"] == "Library Keeps Sunday Hours"


def test_a_bulletin_dated_by_its_sunday_with_its_office_line() -> None:
    edition, trace = explain_text(BULLETIN)
    m = edition.masthead
    assert m is not None and m.paper == "Holy Cross Parish Bulletin"
    assert (m.date, m.weekday) == ("2026-04-12", "Sunday")
    assert (m.phone, m.url) == ("555-014-7700", "www.holycrossparish.org")
    assert CONTACT_RULE in trace.rule("edition", "masthead")


def test_the_day_named_after_the_date_gives_the_weekday_too() -> None:
    text = BULLETIN.replace(
        "Second Sunday of Easter | April 12, 2026", "April 12, 2026 | Second Sunday of Easter"
    )
    m = parse(text).masthead
    assert m is not None and (m.date, m.weekday) == ("2026-04-12", "Sunday")


def test_a_day_name_that_is_not_the_dates_weekday_is_warned_about() -> None:
    edition = parse(BULLETIN.replace("April 12, 2026", "April 13, 2026"))
    assert edition.masthead is not None and edition.masthead.weekday == "Sunday"
    assert edition.warnings  # the 13th is a Monday: the masthead's check says so


def test_a_bulletin_dated_by_a_feast_with_an_email_in_its_office_line() -> None:
    text = BULLETIN.replace("Second Sunday of Easter", "Fifth Sunday in Ordinary Time").replace(
        "Parish Office: (555) 014-7700 | www.holycrossparish.org",
        "Rectory: 555-014-7700 | Email: office@holycross.org | www.holycrossparish.org",
    )
    m = parse(text).masthead
    assert m is not None and (m.weekday, m.phone) == ("Sunday", "555-014-7700")
    assert m.url == "www.holycrossparish.org"


def test_an_ocr_border_beside_the_office_line_is_read_in_one_pass() -> None:
    """OCR makes a ruled border a run of 'I's; the office-line test once tried every split
    of such a run into three words (minutes for a line of a page's width)."""
    border = "I" * 3000
    text = BULLETIN.replace(
        "Parish Office: (555) 014-7700 | www.holycrossparish.org",
        f"{border} | www.holycrossparish.org",
    )
    edition = parse(text)
    assert edition.masthead is not None and edition.masthead.phone is None
    assert coverage_problems(edition, text) == []  # the border kept, in the page's text
