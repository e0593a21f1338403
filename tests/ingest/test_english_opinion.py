"""A modern English opinion page, each rule on a small made-up example (issue 14, third
round): a title in capitals over a run of items, sentence-case headlines in that run,
'— NAME' signatures closing letters, 'By NAME' opening a column.

Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import ingest_text
from tests.ingest.test_conventions import items

LETTERS = (
    "READERS WRITE\n\n"
    "Keep the ferry running\n\n"
    "The island ferry is the only way my children get to school. Cutting the winter "
    "schedule would leave them stranded.\n\n"
    "— Helen Marsh\n\n"
    "Parking fees are too high\n\n"
    "Four dollars an hour is more than most shops downtown can ask their customers to "
    "pay.\n\n"
    "— Omar Reyes\n\n"
    "Why the harbor needs a seawall\n\n"
    "By Dana Whitfield\n\n"
    "Storms have flooded the harbor road three times since January.\n\n"
    "Dana Whitfield is an engineer in Easton.\n"
)
EDITORIALS = (
    "OUR VIEW\n\n"
    "The pool deserves a repair\n\n"
    "The city pool has leaked since 2019. The repair costs less than a new pool.\n\n"
    "Fix it this spring.\n\n"
    "A tax too soon\n\n"
    "The council wants a new sales tax before it has spent the last one.\n"
)


def test_signatures_close_letters_and_by_opens_a_column() -> None:
    got = items(LETTERS)
    # the title on the page's first line is its label (docs/representation.md, "Listings")
    assert ingest_text(LETTERS).pages[0].section == "READERS WRITE"
    assert [it["headline"] for it in got] == [
        "Keep the ferry running",
        "Parking fees are too high",
        "Why the harbor needs a seawall",
    ]
    assert [b[0] for b in got[0]["bylines"]] == ["Helen Marsh"]
    assert [b[0] for b in got[1]["bylines"]] == ["Omar Reyes"]
    assert [b[0] for b in got[2]["bylines"]] == ["Dana Whitfield"]
    assert got[2]["body"][-1] == ("paragraph", "Dana Whitfield is an engineer in Easton.")


def test_sentence_case_headlines_in_a_titled_run_are_items_not_subheads() -> None:
    got = items(EDITORIALS)
    assert ingest_text(EDITORIALS).pages[0].section == "OUR VIEW"
    assert [it["headline"] for it in got] == [
        "The pool deserves a repair",
        "A tax too soon",
    ]
    assert [kind for kind, _ in got[0]["body"]] == ["lead", "paragraph"]


def test_a_title_case_subhead_in_an_ordinary_story_stays_a_subhead() -> None:
    text = (
        "MILL FIRE AT EASTON\n\n"
        "The Eagle mill burned early this morning. The loss is placed at $12,000.\n\n"
        "Had Been Warned Before\n\n"
        "The fire chief said the wiring had been reported unsafe in the spring.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "subhead", "paragraph"]
