"""A box's note under its title: a line that introduces the rows under it ('Forecast highs
and lows for Thursday:') or credits them ('Corrected every Wednesday by Fenn & Co.'),
closed by its colon or its stop, is the box's first paragraph, not a deck. A deck over
rows says what they show, in brackets or unclosed ('(Corrected Daily by …)', '(in millions
of dollars)', '서해지방법원 12월 첫째 주 입찰 예정')."""

from __future__ import annotations

from reader.ingest.en_rows import GROUP_LABEL
from reader.ingest.figure_rows import is_row
from reader.ingest.head import is_caps, result_row


def box_note(text: str, below: str) -> bool:
    """text, a line under a headline, closed by a colon or a stop, not in brackets nor in
    capitals, over a row (cells apart by tabs, leader dots, a name and figures) or a
    group's label over rows ('Grain—')."""
    text = text.rstrip()
    if not text.endswith((":", ".")) or text.startswith(("(", "[", "<")) or is_caps(text):
        return False  # a title in capitals closes on its stop too ('WHEAT PRICES.')
    first = below.split("\n", 1)[0]
    return "\t" in first or result_row(first) or is_row(first) or bool(GROUP_LABEL.match(first))
