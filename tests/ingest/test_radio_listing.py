"""An English radio listing printed without blank lines (issue 14, ninth round), on a
small made-up example: the column's title, then each station's line (call letters, place,
wavelength) over its programmes keyed by time ('6:00—…'). Every station is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import items, parse

LISTING = (
    "RADIO TONIGHT (Central Time)\n"
    "KDVR—Dover—410\n"
    "6:00—Dinner music, the Palace orchestra.\n"
    '7:15—Talk, "Bees in the Orchard," by Prof. R. Hale.\n'
    "8:00—Dance program.\n"
    "WQAX—East Fenwick—268\n"
    "6:30—Weather and market reports.\n"
    "9:00—Organ recital.\n"
)


def test_each_station_heads_its_own_item_of_timed_entries() -> None:
    got = items(LISTING)
    assert [it["headline"] for it in got] == ["KDVR—Dover—410", "WQAX—East Fenwick—268"]
    assert [b[0] for b in got[0]["body"]] == ["bullet"] * 3
    assert got[0]["body"][1] == ("bullet", '7:15—Talk, "Bees in the Orchard," by Prof. R. Hale.')
    assert got[1]["body"] == [
        ("bullet", "6:30—Weather and market reports."),
        ("bullet", "9:00—Organ recital."),
    ]


def test_the_title_over_the_first_station_is_the_pages_label() -> None:
    [page] = parse(LISTING).pages
    assert page.label is not None and page.label.text == "RADIO TONIGHT (Central Time)"


def test_a_sentence_with_a_time_in_it_still_runs_on() -> None:
    text = (
        "Dover council meets tonight\n"
        "The council will meet in the town hall and the mayor said it would start at\n"
        "7:30 sharp, with the budget first on the agenda.\n"
        "Residents may speak after the vote.\n"
    )
    [item] = items(text)
    assert any("would start at 7:30 sharp, with" in b[1] for b in item["body"])


def test_explain_names_the_listing_rules() -> None:
    _, trace = explain_text(LISTING)
    notes = " | ".join(trace.notes.values())
    assert "listing of 3 entries" in notes
