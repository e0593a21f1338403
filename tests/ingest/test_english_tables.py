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
from reader.ingest.en_rows import FIGURE_ENTRIES, LABELLED_ROWS
from reader.ingest.figure_rows import COLUMN_HEADS, column_heads, heads_over_row
from reader.ingest.segment import pages
from reader.ingest.story_parts import AFTER_BOX, GROUP_UNDER_TITLE, story_subhead
from tests.ingest.rule_pages import EN_LEAD_ROTARY
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


# A market report's box with no leader dots: each group's rows close on their stops, the
# next group's label set tight under the last row, a report with its byline after the box.
RECEIPTS = (
    "LOCAL MARKET NEWS.\n\n"
    "Prices held steady at the Elm Grove yards all\n"
    "week, and buyers expect the same next week.\n\n"
    "ELM GROVE STOCK YARDS.\n"
    "Elm Grove, Oct. 4.\n\n"
    "Hogs—\n"
    "Receipts 2,100; market 10c higher.\n"
    "Bulk of sales, $9.10@9.40; pigs and\n"
    "roughs, $8.10@8.60.\n"
    "Sheep—\n"
    "Receipts 900; lambs 25c lower.\n\n"
    "CARE OF THE BROOD SOW\n\n"
    "The sow that farrows in March needs a dry pen\n"
    "and clean bedding, county agents say.\n"
)


def test_a_quotation_boxs_rows_under_its_labels_each_end_at_their_stop() -> None:
    _, box, report = items(RECEIPTS)
    assert box["headline"] == "ELM GROVE STOCK YARDS."
    assert box["deck"] == []  # the report's dateline alone is its body's, no deck
    assert [text for _, text in box["body"]] == [
        "Elm Grove, Oct. 4.",
        "Hogs",
        "Receipts 2,100; market 10c higher.",
        "Bulk of sales, $9.10@9.40; pigs and roughs, $8.10@8.60.",
        "Sheep",
        "Receipts 900; lambs 25c lower.",
    ]
    assert [kind for kind, _ in box["body"]][1:] == [
        "subhead",
        "paragraph",
        "paragraph",
        "subhead",
        "paragraph",
    ]
    assert report["headline"] == "CARE OF THE BROOD SOW"
    assert LABELLED_ROWS in [para.cut for para in pages(RECEIPTS)[0].paras]


def test_a_head_in_capitals_after_a_quotation_boxs_last_row_opens_the_next_item() -> None:
    # rows alone under the labels (no wrapped one): the box holds no prose to end it
    text = RECEIPTS.replace("; pigs and\nroughs, $8.10@8.60.", ".")
    _, _, report = items(text)
    assert report["headline"] == "CARE OF THE BROOD SOW"
    _, trace = explain_text(text)
    assert AFTER_BOX in trace.rule("p1-3")


def test_a_quotation_boxs_label_is_no_new_item_under_its_boxs_title() -> None:
    paras = pages("ELM GROVE STOCK YARDS.\n\nHogs—\nReceipts 2,100; market 10c higher.\n")[0].paras
    assert story_subhead(paras[:1], paras, 1) == GROUP_UNDER_TITLE
    plain = pages("ELM GROVE STOCK YARDS.\n\nFARM NEWS\nReceipts were light all week.\n")[0].paras
    assert story_subhead(plain[:1], plain, 1) != GROUP_UNDER_TITLE


def test_prose_under_a_word_and_a_dash_keeps_its_sentences_together() -> None:
    # no figure closes the lines: a run-in word over a paragraph, not a box's rows
    text = (
        "FARM NOTES\n\nHogs—\nThe county's hog crop is the largest in years.\n"
        "Buyers from three states were here on Monday.\n"
    )
    _, trace = explain_text(text)
    assert all(LABELLED_ROWS not in why for why in trace.notes.values())


# Deeds set one after another, each entry's last line as full as the column: only the
# figure each closes on shows where the next entry starts.
DEEDS = (
    "REAL ESTATE TRANSFERS\n\n"
    "The following deeds were recorded at the\n"
    "courthouse on Tuesday:\n"
    "Oscar Lindqvist to Mabel Horne, lot 9,\n"
    "block 4, Cedar Ridge addition, $2,750.\n"
    "Prairie Land Co. to Walter and Edna Pike,\n"
    "40 acres in sec. 14, Elm township, $6,300.\n"
    "Hugo Brandt to Clara Brandt, lot 2, block\n"
    "17, Original Town, $1.\n"
)


def test_entries_each_closing_on_a_figure_are_a_paragraph_each() -> None:
    paras = pages(DEEDS)[0].paras
    texts = [para.lines[0].text for para in paras]
    assert texts[2:] == [
        "Oscar Lindqvist to Mabel Horne, lot 9,",
        "Prairie Land Co. to Walter and Edna Pike,",
        "Hugo Brandt to Clara Brandt, lot 2, block",
    ]
    assert [para.cut for para in paras[3:]] == [FIGURE_ENTRIES, FIGURE_ENTRIES]


def test_prose_with_a_figure_at_a_lines_end_keeps_its_sentences_together() -> None:
    # three sentences close on a figure, but not twice as many as on words: a story's
    # paragraph, no entries
    text = (
        "CITY BUILDING GAINS\n\n"
        "Permits issued during May totaled $84,500.\n"
        "The figure for May of last year was $61,200.\n"
        "Repairs to old buildings came to $9,800.\n"
        "Most of the new dwellings are in the Cedar\n"
        "Ridge addition, the engineer reports. He ex-\n"
        "pects June to be as busy as any month yet.\n"
        "Two business blocks are under way downtown.\n"
    )
    paras = pages(text)[0].paras
    assert all(para.cut != FIGURE_ENTRIES for para in paras)


# --- round forty-two: a box's note under its title --------------------------------------------

_ROTARY = f"Rotary Auction Sets Mark\n\n{EN_LEAD_ROTARY}\n\n"


def test_a_line_introducing_or_crediting_a_boxs_rows_is_its_text_not_a_deck() -> None:
    """'… for Thursday:' over tab rows, '… by NAME & Co.' over a group's label and leader rows:
    closed by a colon or a stop, the line is the box's, not a deck."""
    weather = (
        "REGIONAL WEATHER\nForecast highs and lows for Thursday:\n"
        "City\tHi\tLo\nBrule Junction\t28\t14\nCedar Forks\t31\t19\n"
    )
    _, item = items(_ROTARY + weather)
    assert item["deck"] == []
    assert item["body"][0] == ("paragraph", "Forecast highs and lows for Thursday:")
    market = (
        "MILLPORT MARKETS.\nCorrected every Wednesday by Tull & Co.\nGrain—\n"
        "Wheat, No. 2 red........................ 68@70\n"
        "Corn, shelled............................ 24@25\n"
    )
    _, item = items(_ROTARY + market)
    assert item["deck"] == []
    assert item["body"][0][1] == "Corrected every Wednesday by Tull & Co."


def test_a_credit_in_brackets_or_a_line_unclosed_over_a_boxs_rows_stays_its_deck() -> None:
    """Near misses: '(Corrected Daily by …)' in brackets, and a line that says what the rows
    show with no stop ('Forecast highs and lows for Thursday'), are decks, as the sets have
    them."""
    for deck in ("(Corrected Daily by Tull Grain Co.)", "Forecast highs and lows for Thursday"):
        rows = "City\tHi\tLo\nBrule Junction\t28\t14\nCedar Forks\t31\t19\n"
        _, item = items(f"{_ROTARY}REGIONAL WEATHER\n{deck}\n{rows}")
        assert item["deck"] == [deck], deck
