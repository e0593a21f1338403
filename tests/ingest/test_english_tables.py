"""English pages (issue 14, fourth round), on small made-up examples: a table's rows
stand alone with or without blank lines around them, a capitalised title after them
opens the next item, and a short headline over its text in one block is a brief.
Every name and figure is invented.
"""

from __future__ import annotations

from tests.ingest.test_conventions import items

STORY = (
    "Riverton Rowers Take Regional Title\n\n"
    "The Riverton crew won the regional final on Saturday by half a length. "
    "Coach Ellen Park said the team had trained since January.\n\n"
)
TABLE = (
    "RIVER LEVELS\n"
    "Station\tFeet\tChange\n"
    "Riverton\t6.2\t+0.4\n"
    "Mill Falls\t4.8\t-0.1\n"
    "Source: county water office\n\n"
)
BRIEFS = (
    "NEWS IN SHORT\n\n"
    "Library extends its hours\n"
    "The Riverton library will stay open until 9 p.m. on weekdays from next month.\n\n"
    "Ferry adds a morning run\n"
    "The island ferry will add a 6 a.m. crossing on weekdays starting May 4.\n"
)


def test_table_rows_without_blank_lines_are_a_paragraph_each() -> None:
    got = items(STORY + TABLE)
    assert got[1]["headline"] == "RIVER LEVELS"
    assert got[1]["body"] == [
        ("paragraph", "Station\tFeet\tChange"),
        ("paragraph", "Riverton\t6.2\t+0.4"),
        ("paragraph", "Mill Falls\t4.8\t-0.1"),
        ("paragraph", "Source: county water office"),
    ]


def test_title_after_a_table_and_briefs_each_headline_over_its_text() -> None:
    got = items(STORY + TABLE + BRIEFS)
    assert [it["headline"] for it in got] == [
        "Riverton Rowers Take Regional Title",
        "RIVER LEVELS",
        "NEWS IN SHORT",
        "Library extends its hours",
        "Ferry adds a morning run",
    ]
    assert got[4]["body"] == [
        ("lead", "The island ferry will add a 6 a.m. crossing on weekdays starting May 4.")
    ]
