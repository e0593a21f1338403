"""English boxes of rows without leader dots, on small made-up examples: a market report's
quotation box whose rows each end at their stop under its labels, deeds set one after
another that only their closing figures part, and a line under a box's title introducing or
crediting its rows (the tables themselves: test_english_tables.py). Every name and figure
is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.en_rows import FIGURE_ENTRIES, LABELLED_ROWS
from reader.ingest.segment import pages
from reader.ingest.story_parts import AFTER_BOX, GROUP_UNDER_TITLE, story_subhead
from tests.ingest.rule_pages import EN_LEAD_ROTARY
from tests.ingest.test_conventions import items

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
