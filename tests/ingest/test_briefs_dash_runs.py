"""Dash briefs in a run, dash signatures and dashes that lead no brief; one-line want ads."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brevities import (
    DASH_BRIEF_LEAD,
    DASH_START,
)
from tests.ingest.rule_pages import STORY_NORTH_END as STORY
from tests.ingest.test_conventions import items, parse

BRIEFS = (
    f"{STORY}"
    "TOWN TALK\n\n"
    "—Mrs. Edna Lowe of Cedar street is visit-\ning her sister in Albany.\n\n"
    "—Carl Voss, who has been con-\nfined to his home, was out yesterday.\n\n"
    "—The choir of St. Mark's church will meet\nFriday evening at the rectory.\n"
)


def test_dash_briefs_in_a_run_are_items_of_their_own_without_a_headline() -> None:
    got = items(BRIEFS)
    assert [it["headline"] for it in got] == [
        "BARN BURNS AT NORTH END",
        "TOWN TALK",
        None,
        None,
        None,
    ]
    assert got[1]["body"] == []
    assert got[2]["body"] == [
        ("lead", "Mrs. Edna Lowe of Cedar street is visiting her sister in Albany.")
    ]
    # '—Carl Voss, who has been con-' runs on in its brief: no signature
    assert got[3]["bylines"] == []
    assert got[3]["body"][0][1].startswith("Carl Voss, who has been confined")
    _, trace = explain_text(BRIEFS)
    assert DASH_START in trace.rule("p1-3") and trace.rule("p1-3", "body.0") == DASH_BRIEF_LEAD


def test_a_letters_dash_signature_still_signs_it() -> None:
    text = (
        "Keep the ferry running\n\n"
        "The island ferry is the only way my children get to school this winter.\n\n"
        "— Helen Marsh, parent\n"
    )
    [letter] = items(text)
    assert letter["bylines"] == [("Helen Marsh", "parent", None, None)]


def test_one_dash_paragraph_in_a_story_is_no_brief() -> None:
    text = (
        f"{STORY}"
        "—The fire company answered the alarm within ten minutes of the call.\n\n"
        "The cause is not known.\n"
    )
    [story] = items(text)
    assert story["headline"] == "BARN BURNS AT NORTH END"
    assert [kind for kind, _ in story["body"]] == ["lead", "bullet", "paragraph"]


TIGHT_BRIEFS = (
    "BRIDE IS HONORED\n\n"
    "Mrs. Ora Flint gave a tea for the bride on\n"
    "Tuesday afternoon at her home on Ash street.\n\n"
    "—Mrs. Ruth Bell is visiting her sister in Columbus.\n"
    "—Dr. and Mrs. Lee Hart are home from a\n"
    "week at the lakes.\n"
)


def test_dash_briefs_set_tight_after_a_blank_line_are_items_each() -> None:
    got = items(TIGHT_BRIEFS)
    assert [i["body"] for i in got[1:]] == [
        [("lead", "Mrs. Ruth Bell is visiting her sister in Columbus.")],
        [("lead", "Dr. and Mrs. Lee Hart are home from a week at the lakes.")],
    ]


QUOTES = (
    "MAYOR DEFENDS BUDGET\n\n"
    "The mayor spoke at length to the council last night about the budget.\n\n"
    "—We will not raise taxes this year, not while I hold this office.\n\n"
    "—Nor will we cut the schools, he added to loud applause from the floor.\n\n"
    "The council votes on Tuesday.\n"
)


def test_dashes_leading_a_storys_quotes_are_no_run_of_briefs() -> None:
    """A run of dash briefs sits under a title or opens the page; quotes have prose above."""
    [story] = items(QUOTES)
    assert story["headline"] == "MAYOR DEFENDS BUDGET"
    assert story["body"][-1] == ("paragraph", "The council votes on Tuesday.")


STRIKE = (
    "MILL HANDS STRIKE\n\n"
    "The hands at the Acme mill walked out yesterday, demanding a nine-hour day.\n\n"
)


def test_a_want_ad_of_one_line_is_one_ad_under_its_head() -> None:
    text = STRIKE + (
        "FOR SALE—A good work horse, six years old, sound and gentle. "
        "Inquire of John Hale, R. F. D. 2.\n"
    )
    story, ad = items(text)
    assert story["headline"] == "MILL HANDS STRIKE"
    assert ad["title"] == "FOR SALE"
    assert ad["blocks"] == [
        (
            "paragraph",
            "A good work horse, six years old, sound and gentle. Inquire of John Hale, R. F. D. 2.",
        )
    ]


def test_found_leading_a_news_paragraph_is_no_want_ad() -> None:
    text = STRIKE + (
        "FOUND—The body of a man was taken from the river below the dam\n"
        "yesterday morning. The coroner will hold an inquest today.\n"
    )
    edition = parse(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article", "Article"]


COURT_COLUMN = (
    "MAYOR'S COURT.\n\n"
    "—Amos Reed, drunk on Water street, $5 and\n"
    "costs. He paid.\n\n"
    "—Ole Lund, fighting at the depot\n"
    "Sunday evening, $10 and costs; com-\n"
    "mitted in default.\n\n"
    "—Two boys who broke a street lamp were\n"
    "sent home with a warning.\n"
)


def test_a_dash_brief_opening_on_a_name_and_a_phrase_is_no_signature() -> None:
    # '—Ole Lund, fighting at the depot' reads as '—NAME, role', but its paragraph goes on
    # under it in a run of dash briefs: a brief's first line
    edition = parse(COURT_COLUMN)
    assert edition.pages[0].section == "MAYOR'S COURT."  # the title over the page's run
    briefs = items(COURT_COLUMN)
    assert len(briefs) == 3
    assert all(brief["bylines"] == [] for brief in briefs)
    assert briefs[1]["body"] == [
        (
            "lead",
            "Ole Lund, fighting at the depot Sunday evening, $10 and costs; committed in default.",
        )
    ]


def test_a_letters_dash_signature_alone_under_its_text_still_signs_it() -> None:
    text = (
        "THE FERRY LANDING\n\n"
        "The landing wants a rail, and has wanted one since spring. Who will put it up?\n\n"
        "—Ole Lund, ferryman\n"
    )
    [letter] = items(text)
    assert [b[:2] for b in letter["bylines"]] == [("Ole Lund", "ferryman")]
