"""English pages (issue 14, fourth round), on small made-up examples: a table's rows
stand alone with or without blank lines around them, the line announcing leader-dot rows
and their header stand apart from the story's text, a capitalised title after them opens the
next item, and a short headline over its text in one block is a brief.
Every name and figure is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.body import GROUP_LABEL_RULE
from reader.ingest.en_blocks import OVER_ROWS
from reader.ingest.figure_rows import COLUMN_HEADS, column_heads, heads_over_row
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


# --- a table's header row under its title ----------------------------------------------------


def test_a_tables_header_row_is_its_first_paragraph_not_a_deck() -> None:
    text = (
        "MILL LEAGUE STANDING\n\n"
        "Won. Lost. Pct.\n"
        "Ferris Mills ........ 41 22 .651\n"
        "Dunmore ............. 35 28 .556\n"
        "Ashby Falls ......... 30 33 .476\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("paragraph", "Won. Lost. Pct.")
    assert COLUMN_HEADS in trace.rule("p1-1", "body.0")


def test_a_header_row_spelled_out_is_the_tables_first_paragraph_not_a_deck() -> None:
    # 'Won Lost Pct.': three short heads, as many as the figures closing the row under them
    text = (
        "MILL LEAGUE STANDING.\n"
        "Won Lost Pct.\n"
        "Ferris Mills 41 22 .651\n"
        "Dunmore 35 28 .556\n"
        "Ashby Falls 30 33 .476\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("paragraph", "Won Lost Pct.")
    assert COLUMN_HEADS in trace.rule("p1-1", "body.0")
    assert heads_over_row("Won Lost Pct.", "Ferris Mills 41 22 .651")


def test_a_deck_over_a_row_of_other_figures_is_no_header() -> None:
    # two heads over a row closing on three figures, or words too long for a column's head
    assert not heads_over_row("Won Pct.", "Ferris Mills 41 22 .651")
    assert not heads_over_row("Mill Teams Close.", "Ferris Mills 41 22 .651")
    assert not heads_over_row("Victories Defeats Average.", "Ferris Mills 41 22 .651")


def test_a_deck_of_initials_and_titles_stays_a_deck() -> None:
    # initials and a title's stop are no column heads: no word of two letters or more there
    text = (
        "BOND ISSUE CARRIES\n\nGov. Hale Signs Bill; U. S. A. Funds Next.\n\n"
        "The bond issue for the new bridge carried by a vote of three to one at the special\n"
        "election held yesterday in every ward of the city.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Gov. Hale Signs Bill; U. S. A. Funds Next."]
    assert item["body"][0][0] == "lead"


def test_a_line_of_a_title_and_short_names_is_a_deck_not_column_heads() -> None:
    # 'Rev. Geo. Wm.' are a title and a man's short names, not a table's columns
    text = (
        "CHURCH DEDICATED\n\nRev. Geo. Wm. Lee.\n\n"
        "The new church at Fourth and Main streets was dedicated yesterday with a service\n"
        "that filled every pew.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Rev. Geo. Wm. Lee."]
    assert item["body"] == [
        (
            "lead",
            "The new church at Fourth and Main streets was dedicated yesterday with a service"
            " that filled every pew.",
        )
    ]
    assert not column_heads("Rev. Geo. Wm. Lee.")
    assert column_heads("Millers      AB. R. H. PO. A. E.")


def test_a_long_run_of_spaces_before_a_head_is_no_column_heads() -> None:
    # its time is the growth bench's ('A', spaces, 'B.'): here, what it answers
    assert not column_heads("A" + " " * 20000 + "B.")


MATCH = (
    "ELMDALE NINE WINS\n\n"
    "The Elmdale nine beat Cooper Mills on the fair grounds this\n"
    "afternoon, 7 to 3, before a crowd of eight hundred.\n"
    "Hart pitched the whole game and struck out nine of the visitors,\n"
    "three of them in the last inning with two men on the bases.\n"
    "The batting order:\n"
    "Elmdale Pos. Cooper Mills\n"
    "Hart .......... 2 B. .......... Voss\n"
    "Lunde ......... C. F. .......... Ames\n"
)


def test_the_line_announcing_leader_rows_and_their_header_stand_apart() -> None:
    # no blank line in the story's text: the rows neither join the text nor one another
    [item] = items(MATCH)
    assert item["body"] == [
        (
            "lead",
            "The Elmdale nine beat Cooper Mills on the fair grounds this afternoon, "
            "7 to 3, before a crowd of eight hundred.",
        ),
        (
            "paragraph",
            "Hart pitched the whole game and struck out nine of the visitors, three of them in "
            "the last inning with two men on the bases.",
        ),
        ("paragraph", "The batting order:"),
        ("paragraph", "Elmdale Pos. Cooper Mills"),
        ("paragraph", "Hart .......... 2 B. .......... Voss"),
        ("paragraph", "Lunde ......... C. F. .......... Ames"),
    ]
    _, trace = explain_text(MATCH)
    assert OVER_ROWS in trace.rule("p1-1")


def test_a_line_ending_on_a_colon_with_no_leader_rows_under_it_is_not_cut() -> None:
    # the same story with its order written out in a sentence: nothing for the rule to cut
    text = MATCH.replace(".......... 2 B. ..........", "played second and").replace(
        "......... C. F. ..........", "played center and"
    )
    _, trace = explain_text(text)
    assert OVER_ROWS not in trace.rule("p1-1")


QUOTATIONS = (
    "LIVE STOCK PRICES\n"
    "Hogs—\n"
    "Heavy ......... $16.10@16.60\n"
    "Light ......... 15.90@16.20\n"
    "Sheep—\n"
    "Lambs .. 14.00@15.25\n"
    "Ewes .......... 7.50@9.00\n"
)


def test_group_labels_closed_by_a_dash_over_rows_are_subheads_without_the_dash() -> None:
    [box] = items(QUOTATIONS)
    assert box["headline"] == "LIVE STOCK PRICES"
    assert box["deck"] == []
    assert box["body"] == [
        ("subhead", "Hogs"),
        ("paragraph", "Heavy ......... $16.10@16.60"),
        ("paragraph", "Light ......... 15.90@16.20"),
        ("subhead", "Sheep"),
        ("paragraph", "Lambs .. 14.00@15.25"),
        ("paragraph", "Ewes .......... 7.50@9.00"),
    ]
    _, trace = explain_text(QUOTATIONS)
    assert any(GROUP_LABEL_RULE in why for why in trace.notes.values())


def test_a_word_and_a_dash_over_a_sentence_is_no_group_label() -> None:
    # a run-in word over text, not rows: no subhead is made of it
    text = "FARM NOTES\n\nHogs—\nThe county's hog crop is the largest in ten years, buyers say.\n"
    _, trace = explain_text(text)
    assert not any(GROUP_LABEL_RULE in why for why in trace.notes.values())


def test_a_headline_with_short_words_after_a_table_is_still_a_headline() -> None:
    # 'IS TO BE … IN' are a headline's small words among its longer ones, not column heads
    text = (
        "STANDING OF THE CLUBS\n\n\tWon.\tLost.\tPct.\nChicago\t20\t10\t.667\n"
        "New York\t18\t12\t.600\nBoston\t15\t15\t.500\n\nSLAYER IS TO BE TRIED IN MAY\n\n"
        "John Doe, who shot his partner in the store on Main street last\n"
        "week, will be tried at the May term of court, the prosecutor said.\n"
    )
    heads = [item["headline"] for item in items(text)]
    assert heads == ["STANDING OF THE CLUBS", "SLAYER IS TO BE TRIED IN MAY"]


def test_a_deck_of_longer_words_closed_by_stops_is_no_header_row() -> None:
    # 'Rain. Sleet. Snow.' has no abbreviation ('Pct.', 'AB.'): the headline's deck
    assert not column_heads("Rain. Sleet. Snow.")
    text = (
        "STORM SWEEPS COUNTY\n\nRain. Sleet. Snow.\n\n"
        "A storm of rain, sleet and snow swept the county last night, and\n"
        "the roads this morning were closed to all traffic but the mails.\n"
    )
    _, trace = explain_text(text)
    [story] = items(text)
    assert story["deck"] == ["Rain. Sleet. Snow."]
    assert story["body"][0][0] == "lead"
    assert all(COLUMN_HEADS not in why for why in trace.notes.values())
