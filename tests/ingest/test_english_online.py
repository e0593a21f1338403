"""Habits of English student and online papers (issue 14, ninth round), each on a small
made-up example: a nameplate's date line of parts set apart by bars, an online story's
'Published TIME WEEKDAY, DATE' line, 'By NAME and NAME', a correction box among the
stories, a brief's long headline under a title in capitals. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import items, parse

LEAD = "The Dover grain elevator reopened on Monday after six weeks of repairs to its conveyor."
MORE = "Farmers said the repairs came just in time for the harvest."
HEAD = "Grain elevator reopens after repairs"


def test_a_date_line_of_parts_between_bars_gives_issue_and_address() -> None:
    text = (
        "The Dover Clarion\nTuesday, May 5, 2026 | Volume 12, Issue 7 | doverclarion.example\n\n"
        f"{HEAD}\n\n{LEAD}\n"
    )
    m = parse(text).masthead
    assert m is not None
    got = (m.paper, m.date, m.weekday, m.issue, m.url)
    assert got == ("The Dover Clarion", "2026-05-05", "Tuesday", 7, "doverclarion.example")
    [item] = items(text)
    assert item["headline"] == HEAD


def test_a_bar_part_that_is_no_field_keeps_the_line_out_of_the_masthead() -> None:
    text = (
        f"The Dover Clarion\nTuesday, May 5, 2026 | Grain prices fall again\n\n{HEAD}\n\n{LEAD}\n"
    )
    m = parse(text).masthead
    assert m is None or m.date is None


def test_an_online_published_line_gives_date_and_weekday() -> None:
    text = f"DOVER WIRE\nPublished 7:05 a.m. ET Friday, Oct. 2, 2026\n\n{HEAD}\n\n{LEAD}\n"
    m = parse(text).masthead
    assert m is not None
    assert (m.paper, m.date, m.weekday) == ("DOVER WIRE", "2026-10-02", "Friday")


def test_an_updated_line_with_the_time_after_the_date() -> None:
    text = f"DOVER WIRE\nUpdated Oct. 2, 2026, 9:40 p.m. ET\n\n{HEAD}\n\n{LEAD}\n"
    m = parse(text).masthead
    assert m is not None and (m.date, m.weekday) == ("2026-10-02", None)


def test_date_line_parts_set_apart_by_bullets() -> None:
    text = f"The Dover Clarion\nVol. 12, No. 7 • Tuesday, May 5, 2026\n\n{HEAD}\n\n{LEAD}\n"
    m = parse(text).masthead
    assert m is not None and (m.date, m.weekday, m.issue) == ("2026-05-05", "Tuesday", 7)


def test_two_writers_named_in_full_are_two_bylines_and_a_contact_completes_the_named() -> None:
    text = (
        f"{HEAD}\n\nBy Ada Lindqvist and Omar Beck\n\n{LEAD}\n\n{MORE}\n\n"
        "Contact Omar Beck at obeck@dover.example.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [
        ("Ada Lindqvist", None, None, None),
        ("Omar Beck", None, "obeck@dover.example", None),
    ]
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]


def test_a_family_signing_together_stays_one_byline() -> None:
    [item] = items(f"{HEAD}\n\nBy Tom and Linda Reyes\n\n{LEAD}\n")
    assert [b[0] for b in item["bylines"]] == ["Tom and Linda Reyes"]


def test_a_correction_box_after_a_story_is_an_item_of_its_own() -> None:
    fix = "A story on May 1 misstated the elevator's age. It is 60 years old."
    text = f"{HEAD}\n\nBy Ada Lindqvist\n\n{LEAD}\n\n{MORE}\n\nCorrection\n\n{fix}\n"
    got = items(text)
    assert [it["headline"] for it in got] == [HEAD, "Correction"]
    assert got[1]["body"] == [("lead", fix)]


def test_a_brief_with_a_long_headline_under_a_title_in_capitals() -> None:
    brief = "Dover rowers take second place at the Lakeshore Invitational regatta"
    text = f"{HEAD}\n\n{LEAD}\n\nSPORTS BRIEFS\n\n{brief}\n\n{MORE}\n\n— Ada Lindqvist, Editor\n"
    got = items(text)
    assert [it["headline"] for it in got] == [HEAD, "SPORTS BRIEFS", brief]
    assert got[2]["body"] == [("lead", MORE)]


def test_explain_names_the_english_rules() -> None:
    fix = "A story on May 1 misstated the elevator's age. It is 60 years old."
    brief = "Dover rowers take second place at the Lakeshore Invitational regatta"
    text = f"{HEAD}\n\n{LEAD}\n\nCorrection\n\n{fix}\n\nSPORTS\n\n{brief}\n\n{MORE}\n"
    _, trace = explain_text(text)
    notes = " | ".join(trace.notes.values())
    assert "correction box" in notes
    assert "English headline without final punctuation over a new sentence" in notes
