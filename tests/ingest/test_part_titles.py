"""A column's parts titled by short lines closed by their stop ('Ginger Cake.'), set after a
blank line and tight over their text: each a subhead of the column, the first never its deck.
Every name and recipe is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.part_titles import PART_TITLE, PART_TITLE_TIGHT
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


# A page set with no blank line between a column's parts: the titles stand tight under the
# headline and under a closed sentence.
SHIPPING = (
    "HARBOUR NEWS.\n"
    "ENTERED.\n"
    "Brig Gullwing, Tamsin, from Corvale, salt.\n"
    "Schr Pell Rowan, Ashby, from Marlow, lumber.\n"
    "CLEARED.\n"
    "Str Dunmere, Hollis, for Kestrel Bay, coal.\n"
)


def test_titles_set_tight_under_the_headline_are_subheads_not_the_deck() -> None:
    [column] = items(SHIPPING)
    assert column["headline"] == "HARBOUR NEWS."
    assert column["deck"] == []
    subheads = [text for kind, text in column["body"] if kind == "subhead"]
    assert subheads == ["ENTERED.", "CLEARED."]
    _, trace = explain_text(SHIPPING)
    assert sum(PART_TITLE_TIGHT in why for why in trace.notes.values()) == 2


def test_a_deck_closed_by_its_stop_with_no_titled_part_under_it_stays_the_deck() -> None:
    # near miss: the same shape tight under the headline, but nothing lower titles a part
    text = (
        "MILL FIRE AT DAWN.\n"
        "Two Men Hurt.\n"
        "Fire broke out in the carding room of the\n"
        "Ferncombe mill at five o'clock this morning.\n"
        "The loss is put at four thousand dollars.\n"
    )
    [story] = items(text)
    assert story["deck"] == ["Two Men Hurt."]
    _, trace = explain_text(text)
    assert not any(PART_TITLE_TIGHT in why for why in trace.notes.values())


def test_a_list_s_groups_under_a_headline_shaped_like_them_are_left_to_the_heads() -> None:
    # near miss: the item opens on a group's title ('LOST AT SEA.'), its first line under it
    # a name; the titles lower down are the list's groups, not the item's parts
    text = (
        "LOST AT SEA.\n"
        "Seaman Oren Vasko, Port Tally.\n"
        "SAVED.\n"
        "Mate Lyle Brannock, Corvale.\n"
        "Cook Amos Petrie, Corvale.\n"
        "MISSING.\n"
        "Boy Dunstan Ferrel, Marlow.\n"
    )
    _, trace = explain_text(text)
    assert not any(PART_TITLE_TIGHT in why for why in trace.notes.values())


def test_names_closed_by_their_stop_one_to_a_line_title_nothing() -> None:
    # near miss: a run of short stopped lines under the headline is a list, each line
    # over another like it
    text = (
        "HONOUR ROLL OF THE TERM\n"
        "Ada Merrow.\n"
        "Tobias Quill.\n"
        "Nell Harrow.\n"
        "The pupils above passed every test of the year.\n"
        "Prizes Given.\n"
        "Each was given a book by the board.\n"
    )
    _, trace = explain_text(text)
    assert not any(PART_TITLE_TIGHT in why for why in trace.notes.values())
