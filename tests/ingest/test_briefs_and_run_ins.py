"""Briefs and run-in heads, on small made-up examples: dash briefs in a run, place notes and
club notes led by run-in heads, dated bulletins, a standing head's paragraph, and the dashes,
datelines, days and capital words inside a story that start none. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brevities import (
    BRIEF_START,
    DASH_BRIEF_LEAD,
    DASH_START,
    DATED,
    DATED_RUN_START,
    DATED_START,
    RUN_IN_CUT,
    RUN_IN_START,
    STANDING_CUT,
    STANDING_START,
)
from reader.ingest.run_in_entries import RUN_IN_ENTRIES
from tests.ingest.rule_pages import STORY_NORTH_END as STORY
from tests.ingest.test_conventions import LEAD, MORE, items, parse

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


BULLETINS = (
    "FARMERS MEET SATURDAY\n\n"
    "The county farmers' institute will meet at the\n"
    "court house on Saturday afternoon at 2 o'clock.\n\n"
    "CABLE NEWS IN BRIEF\n\n"
    "MADRID, June 3.—The cabinet resigned\n"
    "tonight after a stormy session.\n\n"
    "LISBON, June 3.—A small earthquake was\n"
    "felt here this morning; no damage is reported.\n\n"
    "ROME, June 3.—The Tiber rose two feet\n"
    "overnight and the lower quays are closed.\n"
)


def test_dated_bulletins_under_a_title_are_an_item_each() -> None:
    _, trace = explain_text(BULLETINS)
    got = items(BULLETINS)
    assert [(it["headline"], [k for k, _ in it["body"]]) for it in got] == [
        ("FARMERS MEET SATURDAY", ["lead"]),
        ("CABLE NEWS IN BRIEF", []),
        (None, ["lead"]),
        (None, ["lead"]),
        (None, ["lead"]),
    ]
    assert got[2]["body"][0][1].startswith("MADRID, June 3.—The cabinet")
    assert trace.rule("p1-4").startswith(f"items: {DATED_RUN_START}")


def test_a_storys_dateline_under_its_headline_stays_its_lead() -> None:
    text = (
        "CABINET RESIGNS\n\n"
        "MADRID, June 3.—The cabinet resigned\n"
        "tonight after a stormy session.\n\n"
        "The king will name a new premier tomorrow.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert [k for k, _ in item["body"]] == ["lead", "paragraph"]
    assert all(DATED_RUN_START not in why for why in trace.notes.values())


def test_a_standing_heads_paragraph_at_the_pages_foot_is_an_item() -> None:
    text = (
        "COUNCIL VOTES PAVING BONDS\n\n"
        "An issue of $45,000 in bonds for paving\n"
        "was voted by the council last night.\n\n"
        "WEATHER—Fair tonight and Wednesday;\n"
        "not much change in temperature.\n"
    )
    _, trace = explain_text(text)
    story, weather = items(text)
    assert story["body"] == [
        ("lead", "An issue of $45,000 in bonds for paving was voted by the council last night.")
    ]
    # the head is its headline without the dash (docs/representation.md, round twenty-six)
    assert weather["headline"] == "WEATHER"
    assert weather["body"] == [
        ("lead", "Fair tonight and Wednesday; not much change in temperature.")
    ]
    assert STANDING_CUT in trace.rule("p1-2")


def test_market_rows_run_in_under_their_lead_stay_its_paragraphs() -> None:
    text = (
        "LIVE STOCK\n\n"
        "Receipts at the yards were light today.\n"
        "CATTLE—Choice steers, $9.50@10.25.\n"
        "HOGS—Heavy, $10.40@10.60; pigs, $8.50@9.25.\n"
    )
    _, trace = explain_text(text)
    assert len(items(text)) == 1
    assert all(STANDING_START not in why for why in trace.notes.values())


def test_one_dated_paragraph_in_a_story_starts_a_paragraph_not_an_item() -> None:
    text = (
        "SNOW CLOSES PASSES\n\n"
        "Snow has closed the passes into the\n"
        "southern valleys, the railway reports.\n"
        "BERNE, Nov. 3.—The trains to Italy\n"
        "will run again on Monday.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]
    assert any(DATED_START in why for why in trace.notes.values())


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


def test_a_storys_later_word_and_a_briefs_dateline_are_no_standing_heads() -> None:
    # 'WEATHER—' names a department and heads its paragraph; 'LATER—' and 'LONDON—' do not
    for word in ("LATER", "LONDON"):
        text = (
            "MINER TRAPPED IN SHAFT\n\n"
            "SCRANTON, Pa., Oct. 8.—John Walsh, a miner, was trapped today in the Diamond\n"
            "shaft when the roof fell.\n\n"
            "His wife and children waited at the mouth of the shaft all night.\n\n"
            f"{word}—Walsh was brought out alive at 4 o'clock this afternoon. The doctors\n"
            "say he will recover.\n"
        )
        got = items(text)
        assert all(item["headline"] != word for item in got)
        assert got[-1]["body"][-1][1].startswith(f"{word}—Walsh was brought out alive")


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


NOTICE = (
    "[알림] 설 연휴 휴간 안내\n본지는 2월 16일자를 휴간합니다. 독자 여러분의 양해를 바랍니다.\n\n"
)
CORRECTION = (
    "[바로잡습니다]\n지난 3일자 2면 기사에서 누리시 인구를 12만명으로 잘못 적었기에 바로잡습니다.\n"
)


def test_a_bracketed_title_after_a_papers_tagged_notice_heads_the_next_item() -> None:
    edition, trace = explain_text(NOTICE + CORRECTION)
    first, second = items(NOTICE + CORRECTION)
    assert first["headline"] == "[알림] 설 연휴 휴간 안내"
    assert second["headline"] == "바로잡습니다"
    assert "briefs carry no subheads" in trace.rule("p1-2")


def test_a_bracketed_subhead_under_a_storys_tagged_headline_stays_its_subhead() -> None:
    text = f"[현장] 누리시 오일장 다시 열려\n{LEAD}\n\n[상인들 반응]\n{MORE}\n"
    [item] = items(text)
    assert ("subhead", "상인들 반응") in item["body"]


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


def test_short_datelined_briefs_under_a_title_keep_their_lead() -> None:
    # a place and a dash before a told sentence is a dateline, however short the brief
    text = (
        f"{STORY}NEWS IN BRIEF\n\n"
        "Washington—The Senate passed the tariff bill today.\n\n"
        "London—The King opened the new session of Parliament.\n"
    )
    _, briefs = items(text)
    assert briefs["body"] == [
        ("lead", "Washington—The Senate passed the tariff bill today."),
        ("paragraph", "London—The King opened the new session of Parliament."),
    ]


LATE_BULLETINS = (
    "LATE BULLETINS\n\n"
    "FAIRPORT, O., May 3.—The steamer Alda Reeve was towed into\n"
    "port this morning with her rudder gone and her crew safe.\n\n"
    "GRAND LEDGE, May 3, 4 p. m.—The river fell two feet since\n"
    "noon and the levee is no longer in danger.\n"
)


def test_a_bulletins_dateline_may_give_its_hour() -> None:
    edition, trace = explain_text(LATE_BULLETINS)
    got = items(LATE_BULLETINS)  # the title on the page's first line is its label
    assert edition.pages[0].section == "LATE BULLETINS"
    assert [item["body"][0][1][:12] for item in got] == ["FAIRPORT, O.", "GRAND LEDGE,"]
    assert trace.rule("p1-2").startswith(f"items: {DATED_RUN_START}")


def test_an_hour_after_a_date_with_no_dash_is_no_dateline() -> None:
    # the near miss: a sentence naming the hour runs on, no dash opens the text
    assert DATED.match("GRAND LEDGE, May 3, 4 p. m.—The river fell")
    assert not DATED.match("GRAND LEDGE, May 3, 4 p. m. is when the river fell")
