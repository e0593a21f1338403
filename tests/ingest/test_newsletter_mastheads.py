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


def test_a_temples_weekly_dated_in_its_era_too_is_a_masthead() -> None:
    """Round forty-two: '불기 2570년' (or an old paper's '檀紀 4291年') beside the issue and
    the date is part of the nameplate; the office's phone under the date line too."""
    text = (
        "누리사 주보\n제1532호 불기 2570년 2026년 11월 22일 일요일 (음력 10월 14일)\n"
        "종무소 061-000-3108\n\n[법문] 마음을 비우는 일\n\n"
        "가을걷이가 끝난 들판을 보면 농부의 마음을 알 수 있습니다. 비워 두어야 봄에 심습니다.\n"
    )
    m = parse(text).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.lunar, m.phone) == (
        "누리사 주보",
        1532,
        "2026-11-22",
        "10-14",
        "061-000-3108",
    )
    assert items(text)[0]["headline"] == "[법문] 마음을 비우는 일"


def test_a_house_organs_running_count_and_its_company_beside_the_date() -> None:
    text = (
        "누리사람\n누리화학 사보 통권 제214호 2026년 11월 2일 발행\n\n"
        "[CEO 메시지] 겨울을 준비합시다\n\n"
        "사랑하는 누리가족 여러분, 올해도 두 달이 채 남지 않았습니다. 모두 애써 주셨습니다.\n"
    )
    m = parse(text).masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("누리사람", 214, "2026-11-02")
    assert items(text)[0]["headline"] == "[CEO 메시지] 겨울을 준비합시다"


def test_an_era_word_in_a_sentence_is_no_nameplate() -> None:
    """Near miss: '불기' is also a verb ('바람이 불기 시작하면'); with no year after it, the
    line is the story's, and there is no masthead."""
    text = (
        "누리사 주보\n바람이 불기 시작하면 2026년 11월 22일 일요일까지 기도합니다.\n\n"
        "[법문] 마음을 비우는 일\n"
    )
    assert parse(text).masthead is None
