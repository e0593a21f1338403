"""Text set a paragraph a line, never wrapped by a column (a web page's or a word
processor's copy): each line closing a sentence ends its paragraph, though no blank line
parts them. Small made-up examples; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.en_rows import UNWRAPPED
from tests.ingest.test_conventions import items

LONG = (
    "The parish council met on Tuesday evening in the school hall to hear the engineer's report on"
    " the chapel roof, which has let in water over the north aisle since the storms of October."
)
NEXT = (
    "The engineer said the slates could be patched for the winter but that the timbers under them"
    " would need to be replaced within two years at a cost the parish cannot yet meet."
)


def test_each_line_of_a_never_wrapped_block_closing_a_sentence_is_a_paragraph() -> None:
    text = (
        "Chapel roof to be patched\n\n"
        f"{LONG}\n{NEXT}\n"
        "A collection will be taken at all services on Sunday.\n"
        "Offers of help may be left with the sacristan, who keeps the key\n"
    )
    [item] = items(text)
    assert [t for _, t in item["body"]] == [
        LONG,
        NEXT,
        "A collection will be taken at all services on Sunday.",
        "Offers of help may be left with the sacristan, who keeps the key",
    ]
    _, trace = explain_text(text)
    assert UNWRAPPED in trace.rule("p1-1")


def test_a_column_wrapped_block_with_one_wide_line_is_not_cut_at_each_sentence() -> None:
    # a wide column's wrapped paragraph whose first line ends on a sentence by chance: no
    # line there is far longer than a column's
    text = (
        "Hay for sale\n\n"
        "Small square bales of first cutting, all of it stored inside and dry. Bales are $6.\n"
        "Loads of one hundred or more go for less, and delivery can be\n"
        "arranged by calling the farm after six.\n"
    )
    _, trace = explain_text(text)
    assert all(UNWRAPPED not in rule for rule in trace.notes.values())
    [item] = items(text)
    assert len(item["body"]) == 1
