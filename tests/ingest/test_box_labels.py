"""A story's box labelled tight inside it ('FIRST GAME.' over a box score's tab rows,
'GAMES TODAY.' under a standings table), on small made-up examples: the story's subhead on
a page that parts its items by blank lines; a headline after a blank line, or on a page set
tight throughout. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.box_labels import BOX_LABEL, BOX_SUBHEAD
from tests.ingest.test_conventions import items

FOLIO = "PAGE SIX THE WESTBURY EVENING GAZETTE, MONDAY, JUNE 5, 1916.\n\n"
GAME = (
    "GULLS TAKE TWO FROM HERONS\n"
    "The Gulls won both games of the double-\n"
    "header yesterday, 3 to 1 and 5 to 4.\n"
    "Ames won the second with a long fly.\n"
)
BOX = "Gulls\tAB.\tR.\tH.\nAmes, cf\t4\t1\t2\nBolt, ss\t3\t0\t1\n"
STANDING = "STANDING OF THE CLUBS.\nClubs.\tWon.\tLost.\nGulls\t30\t20\nHerons\t25\t25\n"
NEXT = "\nREGATTA ON SATURDAY.\nThe yacht club will hold its regatta on\nSaturday afternoon.\n"


def test_a_label_in_capitals_tight_against_tab_rows_is_the_storys_subhead() -> None:
    text = FOLIO + GAME + "FIRST GAME.\n" + BOX + "\n" + STANDING + "GAMES TODAY.\n"
    text += "Gulls at Dover.\nHerons at Alton.\n" + NEXT
    heads = [it["headline"] for it in items(text)]
    assert heads == ["GULLS TAKE TWO FROM HERONS", "STANDING OF THE CLUBS.", "REGATTA ON SATURDAY."]
    game, standing = items(text)[:2]
    assert ("subhead", "FIRST GAME.") in game["body"]
    assert ("subhead", "GAMES TODAY.") in standing["body"]
    _, trace = explain_text(text)
    assert BOX_LABEL in trace.rule("p1-1")
    assert BOX_LABEL in trace.rule("p1-2")
    assert BOX_SUBHEAD in trace.rule("p1-1", "body.1")


def test_near_miss_a_label_after_a_blank_line_opens_an_item() -> None:
    # 'FIRST GAME.' set apart by a blank line is the head of a box of its own
    text = FOLIO + GAME + "\nFIRST GAME.\n" + BOX + NEXT
    heads = [it["headline"] for it in items(text)]
    assert heads == ["GULLS TAKE TWO FROM HERONS", "FIRST GAME.", "REGATTA ON SATURDAY."]
    assert all(kind != "subhead" for kind, _ in items(text)[1]["body"])


def test_near_miss_a_page_set_tight_throughout_keeps_its_head() -> None:
    # no blank line anywhere: the paper sets its heads tight, so the line opens an item
    text = (FOLIO + GAME + "FIRST GAME.\n" + BOX).replace("\n\n", "\n")
    heads = [it["headline"] for it in items(text)]
    assert "FIRST GAME." in heads


def test_near_miss_a_label_over_prose_is_no_box_label() -> None:
    # capitals tight over prose, not against a table's row: other rules decide, not this one
    text = FOLIO + GAME + "FIRST GAME.\nThe Gulls scored twice in the first.\n" + NEXT
    _, trace = explain_text(text)
    assert all(BOX_LABEL not in trace.rule(f"p1-{n}") for n in (1, 2, 3))
