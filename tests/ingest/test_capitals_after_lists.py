"""Capitals after a list's rows, on small made-up examples: the list's own group head (set
tight, or set apart like the others) or the next item's headline (set apart after heads set
tight, over a lead of its own); capitals that run on from the line above or stand between rows.
Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.segment import pages
from reader.ingest.story_parts import CAPS_RUNS_ON, SUBHEAD_OF_A_LIST, caps_runs_on
from tests.ingest.test_conventions import items

HONOR_ROLL = (
    "HONOR ROLL\n\n"
    "The following pupils of the Orvale grammar grades averaged ninety or above for the\n"
    "term just closed, the principal announces.\n"
    "EIGHTH GRADE.\n"
    "Ann Tully, Bo Park, Cory Dunn.\n"
    "SEVENTH GRADE.\n"
    "Eli Shaw, Fay Gill, Hal Moss.\n\n"
)


def test_capitals_set_apart_after_a_list_whose_heads_are_set_tight_open_an_item() -> None:
    text = HONOR_ROLL + (
        "PRIZES AWARDED.\n\n"
        "The Grange prize for the best essay went to Ann Tully, whose subject was the\n"
        "county's first mill. Bo Park won the medal for penmanship.\n"
    )
    roll, prizes = items(text)
    assert roll["headline"] == "HONOR ROLL"
    assert any(t == "SEVENTH GRADE." for _, t in roll["body"])  # set tight: the list's own
    assert prizes["headline"] == "PRIZES AWARDED."


def test_capitals_over_a_lead_announcing_a_list_of_their_own_open_an_item() -> None:
    text = (
        "LAND SALES.\n"
        "The following deeds were filed with the Orvale county recorder this week:\n"
        "Ann Tully to Bo Park, lot 4, block 2, Elm addition, $1,500.\n"
        "Cory Dunn to Eli Shaw, lot 9, block 6, Oak Park, $2,250.\n\n"
        "FENCE PERMITS.\n"
        "Permits issued by the Orvale city engineer since Saturday:\n"
        "Fay Gill, board fence, 12 Elm street, $40.\n"
        "Hal Moss, wire fence, 3 Pine street, $25.\n"
    )
    sales, permits = items(text)
    assert permits["headline"] == "FENCE PERMITS."
    assert permits["body"][0][1].startswith("Permits issued by the Orvale city engineer")
    assert all("Permits issued" not in t for _, t in sales["body"])


def test_capitals_set_apart_after_a_list_whose_heads_are_set_apart_stay_its_heads() -> None:
    """The near miss: a list that sets every group head apart keeps the next one."""
    text = (
        "Land sales\n\n"
        "The following land sales were recorded at the Orvale County office last week.\n\n"
        "MILLER TOWNSHIP\n\n"
        "Ann Tully to Bo Park, 12 Elm St., $150,000.\n\n"
        "TOWN OF ORVALE\n\n"
        "Fay Gill to Hal Moss, 3 Pine Lane, $99,000.\n"
    )
    _, trace = explain_text(text)
    [sales] = items(text)
    assert ("subhead", "TOWN OF ORVALE") in sales["body"]
    assert SUBHEAD_OF_A_LIST in trace.rule("p1-1")


def _old_page(*paras: str) -> str:
    return "THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\n" + "\n\n".join(paras) + "\n"


PUZZLES = _old_page(
    "PUZZLE CORNER.",
    "Find a word of three letters in each line.",
    "Answers to Last Week's Puzzles.\nRiddle—A shadow. Word square—MAP, ARE,\nPEA, END.",
    "TOWN NOTES.\n\nThe band will play in the square on\nSaturday evening at eight o'clock.",
)
BOX = _old_page(
    "GULLS WIN AT HOME, 4-2",
    "The Gulls took the opener from the Herons yesterday before a crowd of 900.",
    "The score:\nGULLS AB R H PO A E\nAmes, cf ...... 4 1 2 3 0 0\nBolt, ss ...... 3 0 1 2 4 1\n"
    "HERONS AB R H PO A E\nCole, 2b ...... 4 0 1 1 3 0\nDyer, p ...... 3 1 0 0 2 0",
    "REGATTA ON SATURDAY.\n\nThe yacht club will hold its regatta on Saturday afternoon.",
)


def test_capitals_tight_under_a_line_that_runs_on_or_between_rows_stay_in_the_item() -> None:
    # 'PEA, END.' goes on from 'MAP, ARE,'; 'GULLS AB R H' is announced by 'The score:',
    # 'HERONS AB R H' stands between two tables' rows closing on figures
    for text, heads in (
        (PUZZLES, ["PUZZLE CORNER.", "TOWN NOTES."]),
        (BOX, ["GULLS WIN AT HOME, 4-2", "REGATTA ON SATURDAY."]),
    ):
        _, trace = explain_text(text)
        assert [it["headline"] for it in items(text)] == heads
        assert CAPS_RUNS_ON in trace.rule("p1-1")


def test_a_group_label_between_rows_of_one_shape_runs_on() -> None:
    timetable = (
        "SEASIDE LINE.\n\nTrains leave the station daily.\n\nNORTHBOUND\n"
        "No. 2 Day Express 7:10 a. m.\nNo. 6 Mail 1:45 p. m.\nSOUTHBOUND\n"
        "No. 1 Day Express 9:30 a. m.\nNo. 5 Mail 4:05 p. m.\n"
    )
    paras = pages(timetable)[0].paras
    assert [k for k in range(len(paras)) if caps_runs_on(paras, k)] == [4]


def test_capitals_under_a_closed_sentence_or_between_lines_of_prose_still_head() -> None:
    # two lines of prose that open on one word and carry figures are no rows; a line in
    # capitals under a closed sentence heads the next item, on a page without blank lines
    prose = (
        "SEASIDE LINE.\n\nThe 2 trains were late, said the agent.\nLATE TRAINS ANGER\n"
        "The 3 trains were also late on Monday.\n"
    )
    paras = pages(prose)[0].paras
    assert not any(caps_runs_on(paras, k) for k in range(len(paras)))
    stack = _old_page("SENATE PASSES THE BILL,\nHOUSE WAITS", "The senate voted on Monday.")
    paras = pages(stack)[0].paras
    assert not any(caps_runs_on(paras, k) for k in range(len(paras)))
