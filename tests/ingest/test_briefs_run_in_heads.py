"""Run-in heads and labels: place notes, club notes, a story's own run-ins and programmes."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brevities import (
    BRIEF_START,
    RUN_IN_CUT,
    RUN_IN_START,
)
from reader.ingest.run_in_entries import RUN_IN_ENTRIES
from tests.ingest.rule_pages import STORY_NORTH_END as STORY
from tests.ingest.test_conventions import items, parse

PLACES = (
    f"{STORY}"
    "COUNTY CORRESPONDENCE\n\n"
    "MILL CREEK.—Jonas Hart has bought the\nEllery farm. The school closes Friday.\n\n"
    "PINE GROVE.—Miss Ada Ross spent Sunday\nwith friends at Two Bridges.\n"
)


def test_place_notes_led_by_run_in_heads_are_items_headed_by_the_place() -> None:
    got = items(PLACES)
    assert [it["headline"] for it in got] == [
        "BARN BURNS AT NORTH END",
        "COUNTY CORRESPONDENCE",
        "MILL CREEK",
        "PINE GROVE",
    ]
    assert got[2]["body"] == [
        ("lead", "Jonas Hart has bought the Ellery farm. The school closes Friday.")
    ]
    _, trace = explain_text(PLACES)
    assert RUN_IN_CUT in trace.rule("p1-3") and RUN_IN_START in trace.rule("p1-3")


def test_one_dateline_before_a_lead_is_no_run_in_head() -> None:
    text = (
        "STRIKE ENDS AT MILLS\n\n"
        "LOWELL.—The weavers went back to work this morning after a week out.\n\n"
        "The company granted a raise of five per cent to all hands.\n"
    )
    [story] = items(text)
    assert story["headline"] == "STRIKE ENDS AT MILLS"
    assert story["body"][0][1].startswith("LOWELL.—The weavers")


def test_place_notes_led_by_run_in_heads_stay_articles() -> None:
    text = (
        "PINE GROVE.—Miss Ada Keel spent Sunday with her aunt at the mill.\n\n"
        "EAST BEND.—The school at East Bend will close for the summer on Friday.\n"
    )
    got = items(text)
    assert [i["headline"] for i in got] == ["PINE GROVE", "EAST BEND"]


NOTES = (
    "AROUND THE COUNTY\n\n"
    "PINE GROVE.—Miss Ada Keel spent Sunday\n"
    "with her aunt at the mill on the river.\n"
    "Ben Cole has bought the Hanes farm.\n"
    "EAST BEND.—The school at East Bend\n"
    "will close for the summer on Friday.\n"
)


def test_a_run_in_head_after_a_sentences_end_starts_a_note() -> None:
    got = items(NOTES)
    assert [i["headline"] for i in got] == ["PINE GROVE", "EAST BEND"]
    # one note alone after a story's sentence: the cut is the new rule's
    _, trace = explain_text(
        "LODGE MEETINGS\n\nThe lodges meet at the usual hours this week, as below.\n"
        "MASONIC.—Alden Lodge No. 21 will hold a\nstated communication on Monday evening.\n"
    )
    assert BRIEF_START in trace.rule("p1-1")


def test_a_capital_word_inside_a_sentence_starts_no_note() -> None:
    text = (
        "AROUND THE COUNTY\n\n"
        "PINE GROVE.—Miss Ada Keel spent Sunday\n"
        "with her aunt at the mill, and then went\n"
        "EAST with her brother to see the fair.\n"
    )
    [note] = items(text)
    assert len(note["body"]) == 1


def test_a_hyphen_without_a_stop_leads_no_run_in_head() -> None:
    """'UCLA-Stanford drew …' opens with a word; a run-in head ends in '.—' or '.-'."""
    text = (
        "COLLEGE FOOTBALL\n\n"
        "Four games were played in the conference on Saturday afternoon.\n\n"
        "UCLA-Stanford drew a crowd of 40,000 and ended in a tie, 14 to 14.\n\n"
        "USC-Oregon went to the visitors, who scored twice in the last quarter.\n"
    )
    [story] = items(text)
    assert (
        "paragraph",
        "USC-Oregon went to the visitors, who scored twice in the last quarter.",
    ) in story["body"]


CLUBS = (
    "CLUB NOTES\n\n"
    "Thursday Book Club.—The Thursday Book\n"
    "club met with Mrs. L. R. Hale on Oak\n"
    "street. Mrs. Ann Bly read a paper.\n\n"
    "Women's Relief Corps.—The corps will\n"
    "meet Friday afternoon at the hall to\n"
    "sew for the county home.\n"
)


def test_club_notes_led_by_their_names_in_title_case_are_items() -> None:
    got = items(CLUBS)  # the title over them, first on the page, is its label
    assert [i["headline"] for i in got] == ["Thursday Book Club", "Women's Relief Corps"]
    assert got[1]["body"] == [
        ("lead", "The corps will meet Friday afternoon at the hall to sew for the county home.")
    ]


def test_a_programmes_days_without_a_stop_are_no_run_in_heads() -> None:
    text = (
        "AT THE LYRIC\n\n"
        'Friday and Saturday—Ruth Garland in "The Lamplighter," five reels.\n\n'
        'Monday and Tuesday—The Mercer Players in "A Country Cousin."\n'
    )
    assert len(items(text)) == 1


def test_a_place_note_alone_stays_in_its_story() -> None:
    # one 'PLACE.—' paragraph is a dateline: only a want's head stands alone so
    text = (
        "SCHOOL BOARD MEETS\n\n"
        "The school board met last night and voted to build a new wing on\n"
        "the high school before fall.\n\n"
        "CEDAR RUN.—The board of the Cedar Run district will meet Tuesday to\n"
        "vote on the same plan.\n"
    )
    assert [type(item).__name__ for item in parse(text).pages[0].items] == ["Article"]


def test_a_storys_run_in_heads_in_title_case_stay_in_the_story() -> None:
    text = (
        "WOMAN'S CLUB MEETS\n\n"
        "The Woman's Club held its regular meeting at the home of Mrs. J. W. Hart on\n"
        "Tuesday afternoon.\n\n"
        "Report of Treasurer.—The treasurer reported a balance of $42.10 in the treasury.\n\n"
        "Report of Secretary.—The secretary read the minutes of the last two meetings.\n\n"
        "The next meeting will be held in two weeks.\n"
    )
    [story] = items(text)
    assert story["headline"] == "WOMAN'S CLUB MEETS"
    assert story["body"][-1] == ("paragraph", "The next meeting will be held in two weeks.")


def test_entries_led_by_run_in_labels_under_a_title_are_its_paragraphs() -> None:
    text = (
        f"{STORY}PERFECT ATTENDANCE, WEST SIDE SCHOOL.\n\n"
        "Sixth grade—Ella Byrd, Tom Carver,\nMinnie Doane.\n\n"
        "Fifth grade—Oscar Lind, Mabel Ross.\n"
    )
    _, roll = items(text)
    assert roll["deck"] == []
    assert roll["body"] == [
        ("paragraph", "Sixth grade—Ella Byrd, Tom Carver, Minnie Doane."),
        ("paragraph", "Fifth grade—Oscar Lind, Mabel Ross."),
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-2", "body.0") == f"repair: {RUN_IN_ENTRIES}"


def test_run_in_labels_opening_a_storys_told_paragraphs_keep_its_lead() -> None:
    # one run-in opening among other paragraphs is a story's dateline, not a list
    text = (
        f"{STORY}MILL HANDS GET A RAISE\n\n"
        "Ashford—The Bell woolen mill will raise its hands' pay a tenth from Monday.\n\n"
        "Forty hands were taken on this week, the manager said.\n"
    )
    _, story = items(text)
    assert story["body"][0][0] == "lead"
    # each paragraph led by its place, but told at a story's length: no list of entries
    text = (
        f"{STORY}MILLS ALONG THE RIVER\n\n"
        "Ashford—The Bell woolen mill will raise its hands' pay a tenth from Monday, the "
        "manager said.\n\n"
        "Milltown—The Cedar creek paper mill has taken on forty hands to run a night shift "
        "through the winter.\n"
    )
    _, story = items(text)
    assert [kind for kind, _ in story["body"]] == ["lead", "paragraph"]
