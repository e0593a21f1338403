"""A modern head block: a headline wrapped over two lines or more with its deck under it,
set tight in one block over text set apart. Small made-up examples; every name is
invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.head_phrases import HEAD_PHRASES, HEAD_WRAPPED
from tests.ingest.test_conventions import items

TEXT = (
    "The county council on Tuesday agreed to spend $2.1 million on the bridge at Alder Ford,"
    " closed since the spring floods washed out its eastern pier.\n\n"
    "Work will start in March and the bridge should reopen by the autumn, the engineer said.\n"
)


def test_a_wrapped_headline_and_its_deck_in_one_block_are_the_head() -> None:
    text = (
        "Council finds the money to rebuild\n"
        "the flood-damaged bridge at Alder Ford\n"
        "Work to start in March after a year of delays\n\n"
        f"{TEXT}"
    )
    [item] = items(text)
    assert item["headline"] == (
        "Council finds the money to rebuild the flood-damaged bridge at Alder Ford"
    )
    assert item["deck"] == ["Work to start in March after a year of delays"]
    assert item["body"][0][1].startswith("The county council on Tuesday")
    _, trace = explain_text(text)
    assert HEAD_PHRASES in trace.rule("p1-1")
    assert trace.rule("p1-1", "headline") == HEAD_WRAPPED


def test_a_title_case_headline_over_three_lines_stays_one_headline() -> None:
    text = "Miss Ada Lindqvist\nBecomes Bride Of\nDr. Paul Okafor\n\n" + TEXT
    [item] = items(text)
    assert item["headline"] == "Miss Ada Lindqvist Becomes Bride Of Dr. Paul Okafor"
    assert "deck" not in item or not item["deck"]


def test_a_wrapped_paragraph_closing_on_its_stop_is_no_head_block() -> None:
    # short lines of one sentence running on: text, whose last line closes on its stop
    text = (
        "BRIDGE WORK\n\n"
        "The county council agreed to\n"
        "spend the money on the bridge\n"
        "at Alder Ford after the floods.\n"
    )
    _, trace = explain_text(text)
    assert all(HEAD_PHRASES not in rule for rule in trace.notes.values())
    [item] = items(text)
    assert item["headline"] == "BRIDGE WORK"
