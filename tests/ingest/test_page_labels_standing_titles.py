"""A standing title over stacks, a serial, a register or a box: the page's label or an item."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.en_heads import TITLE_OVER_STACK
from reader.ingest.page_title import PAGE_TITLE
from tests.ingest.outline import outline
from tests.ingest.test_conventions import items, parse

# --- a department's standing title over the first headline --------------------------------

REVIEW = (
    '"THE MILLER\'S DAUGHTER"\n'
    "DRAWS A FULL HOUSE\n\n"
    "The Harlow Stock company opened its\n"
    "winter season at the Grand last night\n"
    "before a house filled to the doors.\n"
)


def test_a_standing_title_over_a_headline_stack_is_the_pages_label() -> None:
    text = f"AMUSEMENTS\n\n{REVIEW}"
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "AMUSEMENTS"
    [item] = items(text)
    assert item["headline"] == '"THE MILLER\'S DAUGHTER" DRAWS A FULL HOUSE'


def test_a_title_of_department_words_joined_by_and_is_the_label() -> None:
    text = (
        "COURT AND POLICE\n\n"
        "FINED FOR SPEEDING\n"
        "Walter Brandt, a salesman, paid a fine\n"
        "of $10 and costs in police court yester-\n"
        "day for driving forty miles an hour.\n"
    )
    assert explain_text(text)[0].pages[0].section == "COURT AND POLICE"


def test_a_headline_that_opens_with_a_departments_word_stays_the_headline() -> None:
    # 'POLICE RAID DEN' names an event: the word alone does not make it a department
    text = (
        "POLICE RAID DEN\n\n"
        "FOUR MEN ARRESTED IN\n"
        "THIRD STREET HOUSE\n\n"
        "Four men were taken in a raid on a\n"
        "house in Third street last night.\n"
    )
    edition = explain_text(text)[0]
    assert edition.pages[0].section != "POLICE RAID DEN"
    assert items(text)[0]["headline"] == "POLICE RAID DEN"


TITLE_OVER_STACKS = (
    "THE COUNTY SEAT\n\n"
    "NEW BRIDGE FOR\nMILL CREEK\n\n"
    "Commissioners Vote $12,000 for a\nSteel Span at the Ford.\n\n"
    "The county commissioners voted on Monday to build a steel bridge over Mill creek.\n\n"
    "LICENSES ISSUED.\n\n"
    "The county clerk issued eleven marriage licenses during the week, the most since June.\n"
)


def test_a_title_in_capitals_over_stacked_heads_in_capitals_is_the_pages_label() -> None:
    edition, trace = explain_text(TITLE_OVER_STACKS)
    assert edition.pages[0].section == "THE COUNTY SEAT"
    got = items(TITLE_OVER_STACKS)
    assert [it["headline"] for it in got] == ["NEW BRIDGE FOR MILL CREEK", "LICENSES ISSUED."]
    assert got[0]["deck"] == ["Commissioners Vote $12,000 for a Steel Span at the Ford."]
    assert TITLE_OVER_STACK in trace.rule("p1-1")


def test_a_headline_in_capitals_over_its_one_line_bank_keeps_the_bank() -> None:
    # one line over one line in capitals, no stop: a headline and its deck, no page title
    text = TITLE_OVER_STACKS.replace("NEW BRIDGE FOR\nMILL CREEK", "BRIDGE FOR MILL CREEK")
    _, trace = explain_text(text)
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())
    # a head closed by its stop is a headline, not a page's title
    text = TITLE_OVER_STACKS.replace("THE COUNTY SEAT", "THE COUNTY SEAT.")
    _, trace = explain_text(text)
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())
    # a headline on one line over its byline in capitals: the byline is no head
    text = TITLE_OVER_STACKS.replace(
        "THE COUNTY SEAT\n\nNEW BRIDGE FOR\nMILL CREEK", "NEW BRIDGE VOTED\n\nBy AMOS T. REED."
    )
    _, trace = explain_text(text)
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())


def test_a_front_page_headline_over_its_bank_and_one_story_is_no_page_title() -> None:
    # a subhead in capitals inside the story ('WITNESSES HEARD') makes no run of items
    text = (
        "MURDER TRIAL OPENS\n\nJURY IS CHOSEN\nIN SHORT ORDER\n\n"
        "The trial of John Doe for the killing of his partner opened this\n"
        "morning before Judge Hall, and a jury was chosen before noon.\n\n"
        "WITNESSES HEARD\n\n"
        "The first witness was the coroner, who told of finding the body\n"
        "in the shop on the morning of the fourth.\n"
    )
    _, trace = explain_text(text)
    [page] = outline(parse(text))
    assert page["section"] != "MURDER TRIAL OPENS"
    story = page["items"][0]
    assert story["headline"] == "MURDER TRIAL OPENS"
    assert story["deck"] == ["JURY IS CHOSEN IN SHORT ORDER"]
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())


SERIAL_RUN = (
    "AROUND THE FIRESIDE\n\n"
    "THE MILLER'S\nDAUGHTER\n\n"
    "By ANNA BELL HART.\n\n"
    "CHAPTER IX.\n\n"
    "Kate did not answer. She stood at the\ndoor watching the mill road, white\n"
    "under the moon.\n\n"
    "(To be continued.)\n\n"
    "A RIDDLE.\n\n"
    "What has a mouth and never eats? The\nanswer will be printed next week.\n\n"
    "Apple Fritters.\n\n"
    "Beat two eggs, add a cup of milk and a\ncup of flour, and fry the slices.\n"
)


def test_a_title_over_a_signed_serial_whose_chapter_opens_under_a_subhead_is_the_label() -> None:
    # the serial's body opens on its chapter's subhead (no lead), yet it is signed: told
    edition, trace = explain_text(SERIAL_RUN)
    assert edition.pages[0].section == "AROUND THE FIRESIDE"
    assert items(SERIAL_RUN)[0]["headline"] == "THE MILLER'S DAUGHTER"
    assert trace.rule("p1") == PAGE_TITLE


# A league's box under its title: a table of rows and a day's results, no told item.
LEAGUE_BOX = (
    "CITY LEAGUE\n\n"
    "STANDING OF THE CLUBS\n\n"
    "Grays\t12\t4\nBlues\t9\t7\n\n"
    "RESULTS OF MONDAY\n\n"
    "Grays 5, Blues 3.\nReds 2, Browns 1.\n\n"
)


def test_a_title_over_an_unsigned_box_of_rows_stays_an_item() -> None:
    # no byline and no lead under the title: a results box's rows, not a run of told items
    text = LEAGUE_BOX + "GAMES TODAY\n\nGrays at Reds.\nBlues at Browns.\n"
    edition = ingest_text(text)
    assert edition.pages[0].section != "CITY LEAGUE"


def test_a_title_over_a_register_then_told_items_is_still_the_pages_label() -> None:
    # the first item under the title holds paragraphs only (deeds as printed), but the run
    # goes on with told items: the title names the page
    text = (
        "AT THE CITY HALL\n"
        "\n"
        "DEEDS RECORDED.\n"
        "\n"
        "The following deeds were filed for\n"
        "record with the county recorder during\n"
        "the week:\n"
        "\n"
        "Amos Pell to Ida M. Pell, lot 4,\n"
        "Fairview addition, $1.\n"
        "John Hart to Carl Ross, 40 acres in\n"
        "section 9, Union township, $900.\n"
        "\n"
        "MARRIAGE LICENSES.\n"
        "\n"
        "Hugo Brandt, 29, and Emma Kohl,\n"
        "24, both of Elmdale.\n"
        "Wm. J. Ross, 33, Pine Grove, and\n"
        "Mrs. Ada Lamb, 30, both of this city.\n"
        "\n"
        "COUNCIL NOTES.\n"
        "\n"
        "The council met on Monday night and\n"
        "voted to pave Elm street from Main\n"
        "street to the depot this summer.\n"
    )
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "AT THE CITY HALL"
    assert trace.rule("p1") == PAGE_TITLE


def test_a_title_over_a_box_of_rows_and_one_story_stays_an_item() -> None:
    text = (
        LEAGUE_BOX + "GRAYS SIGN A PITCHER\n\n"
        "The Grays signed Lefty Dolan of Marion yesterday, and he will pitch on Sunday.\n"
    )
    edition = ingest_text(text)
    assert edition.pages[0].section != "CITY LEAGUE"
