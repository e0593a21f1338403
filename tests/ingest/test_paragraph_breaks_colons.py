"""Where a paragraph ends at a colon, a comma or a dateline's place, on small made-up
English examples: a dateline's place on a line of its own over its date, a line closing on
an introducing colon (and a quotation under it), a line ending on a comma (the other breaks:
test_paragraph_breaks.py). Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.en_rows import INTRO_OVER, dateline_over
from tests.ingest.test_conventions import items

# --- an English dateline's place broken off its date -----------------------------------------

WAR_NEWS = (
    "TROOPS TAKE THE RIDGE\n\n"
    "WITH THE BRITISH ARMY IN FLANDERS,\n"
    "March 3.—British troops this morning took\n"
    "the ridge east of the canal after a\n"
    "short fight.\n"
    "  The enemy fell back two miles.\n"
)


def test_a_datelines_place_on_its_own_line_opens_the_lead() -> None:
    assert dateline_over("WITH THE BRITISH ARMY IN FLANDERS,", "March 3.—British troops")
    [item] = items(WAR_NEWS)
    assert item["body"][0] == (
        "lead",
        "WITH THE BRITISH ARMY IN FLANDERS, March 3.—British troops this morning took "
        "the ridge east of the canal after a short fight.",
    )


def test_a_name_in_capitals_over_a_role_is_no_dateline() -> None:
    # a signature's name ends with a comma too, over its role, not over a date
    assert not dateline_over("JOHN M. KELLER,", "Sheriff.")
    assert not dateline_over("Dear Sir,", "March 3.—I write")


PERMITS = (
    "BUILDING PERMITS.\n\n"
    "Permits were issued by the city\n"
    "engineer during the week as\n"
    "follows:\n"
    "To Amos Reed, frame dwelling, 14 Elm\n"
    "street, $2,400.\n"
)


def test_a_line_closing_on_an_introducing_colon_ends_its_paragraph() -> None:
    _, trace = explain_text(PERMITS)
    [story] = items(PERMITS)
    assert [text for _, text in story["body"]] == [
        "Permits were issued by the city engineer during the week as follows:",
        "To Amos Reed, frame dwelling, 14 Elm street, $2,400.",
    ]
    assert story["body"][0][0] == "paragraph"  # it ends no sentence: no lead
    assert INTRO_OVER in trace.rule("p1-1")


def test_an_introducing_colon_ends_its_paragraph_across_a_blank_line_too() -> None:
    text = PERMITS.replace("follows:\n", "follows:\n\n")
    [story] = items(text)
    assert story["body"][1][1] == "To Amos Reed, frame dwelling, 14 Elm street, $2,400."


def test_a_line_ending_on_a_time_or_a_full_line_before_a_colon_runs_on() -> None:
    # '10:' is no word's colon; a colon on a full line was the column's, not the writer's
    text = (
        "TRAIN LATE.\n\n"
        "The noon train from Dayton, due here at 10:\n"
        "15, did not arrive until after two o'clock.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


STRIKE_STORY = (
    "STRIKERS STAND FIRM\n\n"
    "The strikers met at Union hall last night and heard the report of the\n"
    "committee. After the meeting the chairman said:\n"
    '"We will not go back until the company meets our terms," he added, amid\n'
    "loud cheers from the men who filled the hall to the doors.\n\n"
    "The company's officers declined to say what they would do next, but it\n"
    "is understood that the mill will stay closed until the first of the month.\n"
)


def test_a_quotation_under_an_introducing_colon_goes_on_in_the_lead() -> None:
    # the opening quote mark continues the chairman's sentence: no paragraph of its own
    _, trace = explain_text(STRIKE_STORY)
    [story] = items(STRIKE_STORY)
    assert [kind for kind, _ in story["body"]] == ["lead", "paragraph"]
    assert story["body"][0][1].endswith("to the doors.")
    assert all(INTRO_OVER not in why for why in trace.notes.values())


def test_an_opening_paragraph_closing_on_its_colon_stays_the_lead() -> None:
    # what the colon introduces, unquoted, starts its own paragraph; the one above is
    # still the story's lead (docs/representation.md)
    text = STRIKE_STORY.replace('"We will', "We will").replace('terms," he', "terms, he")
    [story] = items(text)
    kinds = [kind for kind, _ in story["body"]]
    assert kinds == ["lead", "paragraph", "paragraph"]
    assert story["body"][0][1].endswith("the chairman said:")


def test_a_line_ending_on_a_comma_runs_on_and_heads_no_lines() -> None:
    # short over lines that each end a sentence, it would read as a head line over them
    text = (
        "GRANGE BUYS A LOT\n\n"
        "At the meeting of the Grange on Friday,\n40 members voted to buy the lot.\n"
        "The hall will be built next spring.\nIt will seat two hundred.\n"
    )
    [item] = items(text)
    assert item["body"][0] == (
        "lead",
        "At the meeting of the Grange on Friday, 40 members voted to buy the lot.",
    )
