"""Dated bulletins and datelined briefs, standing heads, bracketed titles after notices."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brevities import (
    DATED,
    DATED_RUN_START,
    DATED_START,
    STANDING_CUT,
    STANDING_START,
)
from tests.ingest.rule_pages import STORY_NORTH_END as STORY
from tests.ingest.test_conventions import LEAD, MORE, items

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


# Round forty-two: a wire's bulletins name their agency before a spaced dash; an old
# telegraph column sets its bulletins tight, one a line, the last one dated by its hour.
WIRE_BULLETINS = (
    f"{BULLETINS.split('CABLE')[0]}WAR BULLETINS\n\n"
    "CAIRO, Jan. 5 (UP) — British patrols pushed west of Buerat\n"
    "today against light resistance.\n\n"
    "MOSCOW, Jan. 5 (UP) — The Red Army reported the capture of\n"
    "two more towns on the Don front.\n\n"
    "OSLO, Jan. 5 (AP) — Snow closed the harbour for a third day.\n"
)
TIGHT_TELEGRAPH = (
    f"{BULLETINS.split('CABLE')[0]}LATEST BY TELEGRAPH.\n\n"
    "  MILLPORT, March 4.—The Legislature adjourned sine die at noon to-day, after passing"
    " the relief bill.\n"
    "  PORT ANN, March 4.—The steamship Northern Light arrived this morning, with dates to"
    " the 19th ult.\n"
    "  MILLPORT, March 4—Evening.—The Governor has signed the relief bill. A messenger"
    " leaves to-morrow.\n"
)


def test_a_wires_bulletins_and_a_tight_telegraph_column_are_an_item_each() -> None:
    for text, title, first in (
        (WIRE_BULLETINS, "WAR BULLETINS", "CAIRO, Jan. 5 (UP)"),
        (TIGHT_TELEGRAPH, "LATEST BY TELEGRAPH.", "MILLPORT, M"),
    ):
        _, trace = explain_text(text)
        got = items(text)
        assert [it["headline"] for it in got[1:]] == [title, None, None, None]
        assert got[2]["body"][0][1].startswith(first)
        assert trace.rule("p1-5").startswith(f"items: {DATED_RUN_START}")


def test_a_wires_dateline_under_a_storys_headline_stays_its_lead() -> None:
    """Near miss: one bulletin's dateline with its agency under a headline, over the story's
    next paragraph, opens no item."""
    text = (
        "BRITISH PUSH WEST\n\n"
        "CAIRO, Jan. 5 (UP) — British patrols pushed west of Buerat\n"
        "today against light resistance.\n\n"
        "Headquarters said the advance went on through the night.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert [k for k, _ in item["body"]] == ["lead", "paragraph"]
    assert all(DATED_RUN_START not in why for why in trace.notes.values())
    assert not DATED.match("CAIRO, Jan. 5 (UP) said the army")


def test_bulletins_set_a_line_each_under_a_title_are_an_item_each() -> None:
    # the segment sets each line apart (each closes a sentence): a bulletin still
    text = (
        "FARMERS MEET SATURDAY\n\n"
        "The county farmers' institute will meet at the\n"
        "court house on Saturday afternoon at 2 o'clock.\n\n"
        "LATEST BY TELEGRAPH.\n\n"
        "MADRID, June 3.—The cabinet resigned tonight after a stormy session.\n"
        "LISBON, June 3.—A small earthquake was felt here this morning.\n"
        "ROME, June 3.—The Tiber rose two feet overnight and the quays are closed.\n"
    )
    got = items(text)
    assert [(it["headline"], [k for k, _ in it["body"]]) for it in got] == [
        ("FARMERS MEET SATURDAY", ["lead"]),
        ("LATEST BY TELEGRAPH.", []),
        (None, ["lead"]),
        (None, ["lead"]),
        (None, ["lead"]),
    ]
    assert got[4]["body"][0][1].startswith("ROME, June 3.—The Tiber")


WIRED = (
    "RAF BLASTS RUHR\n\n"
    "British bombers struck the Ruhr last night in\n"
    "the heaviest raid of the winter.\n\n"
    "WAR BULLETINS\n\n"
    "CAIRO, Jan. 5 (UP) — British patrols pushed\n"
    "west of Buerat today.\n\n"
    "MOSCOW, Jan. 5 (UP) — The Red Army reported\n"
    "the capture of two more towns.\n\n"
    "WASHINGTON, Jan. 5 (UP) — The Navy announced\n"
    "the loss of a small cargo ship.\n"
)


def test_a_bulletins_dateline_may_name_the_wire_that_sent_it() -> None:
    _, trace = explain_text(WIRED)
    got = items(WIRED)
    assert [it["headline"] for it in got] == ["RAF BLASTS RUHR", "WAR BULLETINS", None, None, None]
    assert got[3]["body"] == [
        ("lead", "MOSCOW, Jan. 5 (UP) — The Red Army reported the capture of two more towns.")
    ]
    assert trace.rule("p1-4").startswith(f"items: {DATED_RUN_START}")
    # the near miss: the wire named in a sentence, no dash after it, is no dateline
    assert not DATED.match("CAIRO, Jan. 5 (UP) reported that patrols pushed west")


def test_two_bulletins_under_a_brevities_title_are_an_item_each() -> None:
    # each word titles such a column on its own ('STATE BREVITIES.', 'TELEGRAPHIC.')
    for title in ("TELEGRAPHIC BREVITIES.", "STATE BREVITIES.", "TELEGRAPHIC."):
        text = (
            "COUNCIL VOTES WATER BONDS\n\n"
            "The city council last night voted to submit\n"
            "the bonds to the people.\n\n"
            f"{title}\n\n"
            "DES MOINES, March 17.—The house today passed\n"
            "the bill raising the age of consent.\n\n"
            "OTTUMWA, March 17.—Two hundred miners quit\n"
            "work this morning over a cut in the rate.\n"
        )
        got = items(text)
        assert [it["headline"] for it in got] == [
            "COUNCIL VOTES WATER BONDS",
            title,
            None,
            None,
        ]


def test_a_storys_headline_over_its_two_dispatches_keeps_them() -> None:
    # the near miss: a headline naming its event over two dated dispatches is one story
    text = (
        "COUNCIL VOTES WATER BONDS\n\n"
        "The city council last night voted to submit\n"
        "the bonds to the people.\n\n"
        "MINERS QUIT AT OTTUMWA.\n\n"
        "DES MOINES, March 17.—The house today passed\n"
        "the bill raising the miners' pay.\n\n"
        "OTTUMWA, March 17.—Two hundred miners quit\n"
        "work this morning over a cut in the rate.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "COUNCIL VOTES WATER BONDS",
        "MINERS QUIT AT OTTUMWA.",
    ]
    assert [k for k, _ in got[1]["body"]] == ["lead", "paragraph"]


def test_a_place_notes_text_opening_on_a_dateline_stays_under_its_head() -> None:
    # the note's text, cut from its run-in head, opens on a dateline and runs into the
    # dated bulletins under it: it stays its head's; the bulletins are an item each
    text = (
        "COUNCIL VOTES WATER BONDS\n\n"
        "The city council last night voted to submit\n"
        "the bonds to the people.\n\n"
        "AROUND THE STATE\n\n"
        "ORCHARD DALE.—Miss Ruth Kimble spent the week with her aunt in the city.\n\n"
        "CAPITAL NOTES.—LANSING, May 3.—The governor signed the road bill this morning.\n\n"
        "DETROIT, May 3.—Fire destroyed a warehouse on the river front tonight.\n\n"
        "FLINT, May 3.—The carriage works will close for a week's inventory.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got][3:] == ["CAPITAL NOTES", None, None]
    assert got[3]["body"] == [
        ("lead", "LANSING, May 3.—The governor signed the road bill this morning.")
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-5").startswith(f"items: {DATED_RUN_START}")
