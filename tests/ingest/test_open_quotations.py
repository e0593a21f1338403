"""A line that opens a quotation and does not close it runs on to the next line: it ends no
paragraph and heads none, however short it is. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.en_blocks import LINE_A_PARA, open_quote
from tests.ingest.test_conventions import items

_PAGE = "THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\nCLUB MEETINGS.\n\n"


def test_a_short_line_opening_a_title_in_quotes_runs_on_into_the_next() -> None:
    block = (
        "The Thursday club met with Mrs. Ada\n"
        "Fenwick of Cedar avenue on Tuesday.\n"
        'Mrs. Rose Tilden read a paper on "The\n'
        'Rivers of the Old West."\n'
    )
    _edition, trace = explain_text(_PAGE + block)
    [item] = items(_PAGE + block)
    assert item["body"] == [
        (
            "lead",
            "The Thursday club met with Mrs. Ada Fenwick of Cedar avenue on Tuesday. "
            'Mrs. Rose Tilden read a paper on "The Rivers of the Old West."',
        )
    ]
    assert not any(LINE_A_PARA in rule for rule in trace.notes.values())


def test_lines_one_a_sentence_with_their_quotations_closed_stay_a_paragraph_each() -> None:
    # a short head between two sentences, its quotation closed, still stands apart
    block = (
        "The Thursday club met on Tuesday afternoon at the library.\n"
        'The paper, "Old Rivers," was read by Mrs. Tilden.\n'
        "Tea was served by the hostess after the program.\n"
    )
    _edition, trace = explain_text(_PAGE + block)
    [item] = items(_PAGE + block)
    assert len(item["body"]) == 3
    assert any(LINE_A_PARA in rule for rule in trace.notes.values())


def test_an_open_quotation_is_an_odd_quote_mark_or_an_unclosed_curly_one() -> None:
    assert open_quote('a paper on "The')
    assert open_quote("a paper on “The")
    assert not open_quote('a paper, "Old Rivers," was read')
    assert not open_quote("a paper, “Old Rivers,” was read")
