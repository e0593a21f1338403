"""English page layout (issue 14, sixth round), on small made-up examples: paragraphs set
apart only by an indent, a caption closed by '(Photo by …)', a headline over its deck in
one block, 'By NAME' over the writer's role, '— NAME, role' signatures, and a nameplate
with a period or a slogan under it. Every name and fact is invented.
"""

from __future__ import annotations

from tests.ingest.test_conventions import items, parse

INDENTED = (
    "MILL TO REOPEN.\n"
    "  The Easton mill will reopen on Monday\n"
    "after a month of repairs, the owners said.\n"
    "  Two hundred hands are to return to work\n"
    "at the old wages.\n"
)


def test_paragraphs_set_apart_only_by_an_indent() -> None:
    fire = (
        "FIRE IN MARKET STREET.\n\nA small fire in a shed was put out early today by the firemen."
    )
    [item] = items(f"{fire}\n\n{INDENTED}")[1:]
    assert item["headline"] == "MILL TO REOPEN."
    assert item["body"] == [
        (
            "lead",
            "The Easton mill will reopen on Monday after a month of repairs, the owners said.",
        ),
        ("paragraph", "Two hundred hands are to return to work at the old wages."),
    ]


def test_a_line_set_in_after_an_unfinished_sentence_runs_on() -> None:
    text = "MILL TO REOPEN.\nThe Easton mill will reopen on\n  Monday after a month of repairs.\n"
    [item] = items(text)
    assert item["body"] == [
        ("lead", "The Easton mill will reopen on Monday after a month of repairs.")
    ]


STORY = (
    "Ferry service to resume in June\n"
    "New landing to open at Gull Point\n\n"
    "By Ada Lindqvist\n"
    "Staff Writer\n\n"
    "The island ferry will run again from June 2, the town said on Monday.\n\n"
    "Crews repair the landing at Gull Point on Monday. (Photo by Ben Otis)\n\n"
    "The new landing cost $1.1 million and can take two boats at once\n\n"
    "The first crossing leaves at 7 a.m.\n"
)


def test_english_story_head_byline_role_and_photo_caption() -> None:
    [item] = items(STORY)
    assert item["headline"] == "Ferry service to resume in June"
    assert item["deck"] == ["New landing to open at Gull Point"]
    assert [b[:2] for b in item["bylines"]] == [("Ada Lindqvist", "Staff Writer")]
    assert item["body"][:2] == [
        ("lead", "The island ferry will run again from June 2, the town said on Monday."),
        ("caption", "Crews repair the landing at Gull Point on Monday. (Photo by Ben Otis)"),
    ]
    # The caption's credit closes it: the unfinished line under it is not glued to it.
    assert item["body"][2][1].startswith("The new landing")


def test_signature_with_a_role_closes_a_letter() -> None:
    text = (
        "Keep the pool open\n\n"
        "The town pool is where our children learn to swim. Closing it would be a loss.\n\n"
        "— Ruth Calloway, retired teacher\n\n"
        "Thanks to the snow crews\n\n"
        "They cleared every street before dawn.\n\n"
        "— Omar Reyes, bus driver\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["Keep the pool open", "Thanks to the snow crews"]
    assert [b[:2] for it in got for b in it["bylines"]] == [
        ("Ruth Calloway", "retired teacher"),
        ("Omar Reyes", "bus driver"),
    ]


def test_nameplate_with_a_period_over_noise_and_a_slogan_beside_it() -> None:
    old = (
        "~ ,. '- ^\nThe Easton Herald.\n"
        "VOL. IV.—NO. 1,204. EASTON, OHIO, MONDAY, MAY 1, 1905. ONE CENT.\n\n"
        "MILL TO REOPEN.\n\nThe Easton mill will reopen on Monday.\n"
    )
    m = parse(old).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == (
        "The Easton Herald",
        1204,
        "1905-05-01",
        "Monday",
    )
    modern = (
        "The Gull Point Times\nServing the island and the bay since 1961\n"
        "Vol. 12, No. 9 | Friday, April 3, 2026 | $1.00\n\n"
        "Ferry service to resume in June\n\nThe island ferry will run again from June 2.\n"
    )
    m = parse(modern).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date) == ("The Gull Point Times", 9, "2026-04-03")


def test_title_over_a_run_of_signed_letters_is_an_item_of_its_own() -> None:
    text = (
        "Letters to the Editor\n\n"
        "Keep the pool open\n\n"
        "The town pool is where our children learn to swim. Closing it would be a loss.\n\n"
        "— Ruth Calloway, retired teacher\n\n"
        "Thanks to the snow crews\n\n"
        "They cleared every street before dawn, and nobody missed a day of work.\n\n"
        "— Omar Reyes, bus driver\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "Letters to the Editor",
        "Keep the pool open",
        "Thanks to the snow crews",
    ]
    assert got[0]["body"] == [] and got[1]["deck"] == []
