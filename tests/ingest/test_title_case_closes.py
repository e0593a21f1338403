"""A line whose words are mostly capitalised (names make a church's notice look so: 'Rev.
Carl Nordberg, pastor. Services in …') is no title-case deck when a word in lower case
closes a sentence in it (head.is_title_case): under a church's head it is the notice's
first line. Near misses: a deck in title case with a name's abbreviation ('Tug Wm.
Garvey') or 'etc.', or closing a sentence on a small word it sets in lower case ('Is Talked
over.'), stays a deck. Every name is invented."""

from __future__ import annotations

import pytest

from reader.ingest.head import is_title_case
from tests.ingest.test_conventions import items

CHURCHES = (
    "CHURCH NOTICES\n\n"
    "FIRST METHODIST.\n"
    "Rev. Amos Whitlow, pastor. Services in\n"
    "English at 10:30 and in Swedish at 7:30.\n"
    "Sunday school at noon.\n\n"
    "GRACE PRESBYTERIAN.\n"
    "Corner Fourth and Cedar. Rev. Hal Burke, pastor.\n"
    "Morning service at 10:30. No evening service.\n"
)


def test_a_churchs_notice_under_its_head_is_its_text_not_a_deck() -> None:
    found = [
        x for x in items(CHURCHES) if x["headline"] in ("FIRST METHODIST.", "GRACE PRESBYTERIAN.")
    ]
    assert [x["deck"] for x in found] == [[], []]
    assert found[0]["body"][0][1].startswith("Rev. Amos Whitlow, pastor. Services in English")
    assert found[1]["body"][0][1].startswith("Corner Fourth and Cedar. Rev. Hal Burke, pastor.")


@pytest.mark.parametrize(
    "deck",
    [
        "Seven Survivors Picked Up by Tug Wm. Garvey After Four Hours.",
        "Prices of Eggs, Butter, Cheese, etc.",
        "Ten Days Over the Box May Save a Poor Stand in June.",
        "Germans Lose Ground at Verdun; French Take Two Villages.",
        "Baron von Hindenburg Named to Command; Mackensen to Aid.",
        # a number's unit or date abbreviated in lower case closes no sentence
        "Wheat Rises 2 cents. Corn Holds Firm at Close.",
        "Col. Roosevelt Speaks at Oyster Bay on the 5th inst. Crowd Cheers.",
    ],
)
def test_near_miss_a_title_case_deck_with_an_abbreviation_stays_title_case(deck: str) -> None:
    assert is_title_case(deck)


def test_near_miss_the_deck_under_a_headline_stays_a_deck() -> None:
    text = (
        "TUG SAVES SEVEN\n\nSeven Survivors Picked Up by Tug Wm.\nGarvey After Four Hours.\n\n"
        "The tug William Garvey picked up seven men from the wreck of the schooner\n"
        "Hattie Lane off the point this morning.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Seven Survivors Picked Up by Tug Wm. Garvey After Four Hours."]


def test_near_miss_a_small_word_in_lower_case_closing_a_sentence_stays_a_deck() -> None:
    # a deck sets its small words in lower case, 'over' too, wherever it falls
    deck = "Strike at Mill Is Talked over. Men Return Monday."
    assert is_title_case(deck)
    text = (
        "MILL STRIKE ENDS\n\nStrike at Mill Is Talked\nover. Men Return Monday.\n\n"
        "The strike at the Hale woolen mill ended this morning when the owners and\n"
        "the men agreed on a new scale of wages.\n"
    )
    [item] = items(text)
    assert item["deck"] == [deck]
