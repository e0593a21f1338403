"""A column's parts titled by short lines closed by their stop ('Ginger Cake.'), set after a
blank line and tight over their text: each a subhead of the column, the first never its deck.
Every name and recipe is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.part_titles import PART_TITLE
from tests.ingest.test_conventions import items

RECIPES = (
    "KITCHEN CORNER.\n\n"
    "Ginger Cake.\n"
    "One cup of molasses, one-half cup of\n"
    "butter, two eggs and two cups of flour.\n"
    "Bake in a slow oven one hour.\n\n"
    "Potato Soup.\n"
    "Boil four potatoes with one onion until\n"
    "soft; add a quart of milk and season.\n"
)


def test_titled_parts_of_a_column_are_its_subheads() -> None:
    [column] = items(RECIPES)
    assert column["headline"] == "KITCHEN CORNER."
    assert column["deck"] == []
    assert [kind for kind, _ in column["body"]] == ["subhead", "paragraph", "subhead", "paragraph"]
    assert column["body"][0] == ("subhead", "Ginger Cake.")
    _, trace = explain_text(RECIPES)
    assert any(PART_TITLE in why for why in trace.notes.values())


def test_one_stopped_line_under_a_headline_titles_no_parts() -> None:
    # one such line alone: no run of parts, the rules on heads read it
    text = RECIPES.split("\n\nPotato Soup.")[0] + "\n"
    _, trace = explain_text(text)
    assert not any(PART_TITLE in why for why in trace.notes.values())
