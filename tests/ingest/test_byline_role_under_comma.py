"""'By NAME,' over its role on the line under it, closed by a stop ('By R. E. TOLLIVER,' /
'County Agricultural Agent.', 'Dairy Specialist, State College.'): the comma says the role
follows, so both lines are the byline, not a deck (units.EN_BYLINE, _byline_goes_on). Near
misses: with no comma, a line of capitalised words closed by a stop under 'By NAME' may be a
deck's ('Early Testing Pays Best.'), as the decks over it are, and stays the deck; a sentence
under 'By NAME,' is no role. Every name is invented."""

from __future__ import annotations

import pytest

from tests.ingest.test_conventions import items

HEAD = "TEST YOUR SEED CORN NOW\n\nTen Days Over the Germinating Box\nMay Save a Poor Stand.\n\n"
STORY = (
    "Every farmer who plants corn this\nspring should test his seed ears\nbefore planting "
    "time comes.\n\nA box of damp sawdust will do the\nwork in ten days or less.\n"
)


@pytest.mark.parametrize(
    ("role", "want"),
    [
        ("County Agricultural Agent.", "County Agricultural Agent"),
        ("Dairy Specialist, State College.", "Dairy Specialist, State College"),
    ],
)
def test_by_name_and_a_comma_over_the_role_is_the_byline(role: str, want: str) -> None:
    [item] = items(f"{HEAD}By R. E. HOLLOWAY,\n{role}\n\n{STORY}")
    assert item["bylines"] == [("R. E. HOLLOWAY", want, None, None)]
    assert item["deck"] == ["Ten Days Over the Germinating Box May Save a Poor Stand."]


def test_near_miss_a_sentence_under_by_name_and_a_comma_is_no_role() -> None:
    text = f"{HEAD}By R. E. HOLLOWAY,\nwho has tested seed corn for ten years.\n\n{STORY}"
    [item] = items(text)
    assert all(b[1] is None or "tested" not in b[1] for b in item["bylines"])


def test_near_miss_a_line_closed_by_a_stop_under_by_name_with_no_comma_is_no_role() -> None:
    # the comma alone says a role follows: without it, the line is the head's deck
    [item] = items(f"{HEAD}By R. E. HOLLOWAY\nEarly Testing Pays Best.\n\n{STORY}")
    assert item["bylines"] == [("R. E. HOLLOWAY", None, None, None)]
    assert item["deck"][-1] == "Early Testing Pays Best."
