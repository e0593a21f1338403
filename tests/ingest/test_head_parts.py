"""The parts of an item's head, each on a small made-up example (issue 14, third round):
which line under a headline is the subheadline and which the deck
(docs/representation.md), and English deck banks.

Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, MORE, items

HEADLINE = "누리시, 골목상권 지원 두 배로"


def _head(text: str) -> tuple[str | None, list[str]]:
    [item] = items(text)
    return item["subheadline"], item["deck"]


def test_a_line_naming_a_person_by_title_is_the_subheadline() -> None:
    for person in ("한가람 누리교육감", "한가람 누리시장"):
        text = f"{HEADLINE}\n\n{person}\n\n{LEAD}\n\n{MORE}\n"
        assert _head(text) == (person, [])


def test_one_line_under_a_headline_that_names_nobody_is_a_deck_entry() -> None:
    text = f"{HEADLINE}\n\n청년 임대료 지원도 늘어\n\n{LEAD}\n\n{MORE}\n"
    assert _head(text) == (None, ["청년 임대료 지원도 늘어"])


def test_a_person_over_deck_lines_is_the_subheadline_over_the_deck() -> None:
    text = f"{HEADLINE}\n\n한가람 누리교육감\n\n청년 임대료 지원도 늘어\n\n{LEAD}\n\n{MORE}\n"
    assert _head(text) == ("한가람 누리교육감", ["청년 임대료 지원도 늘어"])


def test_an_english_deck_bank_over_two_lines_opens_no_lead() -> None:
    text = (
        "MILLS OF EASTON\nRUN NIGHT AND DAY\n"
        "Orders From Abroad Keep Every\nLoom Busy Till Spring.\n"
        "The Eagle and Union mills of this city\nwill run night and day until April.\n\n"
        "THE WEATHER\n\nFair tonight and Sunday; colder tonight.\n"
    )
    item = items(text)[0]
    assert item["headline"] == "MILLS OF EASTON RUN NIGHT AND DAY"
    assert item["deck"] == ["Orders From Abroad Keep Every Loom Busy Till Spring."]
    assert item["body"] == [
        ("lead", "The Eagle and Union mills of this city will run night and day until April.")
    ]


def test_title_case_lines_without_a_closing_period_stay_the_text() -> None:
    text = (
        "MILLS OF EASTON\nThe Eagle and Union Mills of This City\nwill run night and day.\n\n"
        "THE WEATHER\n\nFair tonight and Sunday; colder tonight.\n"
    )
    item = items(text)[0]
    assert item["deck"] == []
