"""An English headline alone over a lead that opens with its dateline ('PLACE, State (AP)
— …', 'PLACE — …') heads a new story after finished text: a story's first paragraph
carries the dateline, never a paragraph under a subhead. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.over_its_head import EN_DATELINE_LEAD
from tests.ingest.test_conventions import items

FIRST = (
    "Ferry fares to rise in spring\n\n"
    "ASHGROVE, Ore. (AP) — Fares on the island ferry will rise by 6 per cent from April, "
    "the operator said on Friday.\n\n"
    "The operator blamed fuel prices and a new levy at the north pier.\n\n"
)


def test_a_headline_over_a_dated_lead_heads_a_new_story() -> None:
    text = (
        f"{FIRST}Library to open on Sundays\n\n"
        "MILLBROOK, Mont. (AP) — The county library will open on Sundays from next month, "
        "its board decided on Thursday.\n"
    )
    got = items(text)
    assert [i["headline"] for i in got] == [
        "Ferry fares to rise in spring",
        "Library to open on Sundays",
    ]
    _, trace = explain_text(text)
    assert EN_DATELINE_LEAD in trace.rule("p1-2")


def test_a_subhead_over_plain_text_stays_in_its_story() -> None:
    text = (
        f"{FIRST}Levy under review\n\n"
        "The pier's owners said the levy would be reviewed in the autumn.\n"
    )
    assert len(items(text)) == 1


def test_a_speakers_name_and_colon_is_no_dateline() -> None:
    text = (
        f"{FIRST}From the meeting\n\n"
        "HARLOW: The levy was never put to the board, and we said so at the time.\n"
    )
    _, trace = explain_text(text)
    assert all(EN_DATELINE_LEAD not in why for why in trace.notes.values())
