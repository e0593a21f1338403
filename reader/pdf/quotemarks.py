"""A quote pulled from a story and set off by large quotation marks instead of rules: its
display type in one of the story's columns opens with a mark, and its closing mark, set
alone and larger than the quote, stands right under its last line."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import pairwise

from reader.pdf.blocks import Block

_OPENING = "“‘「『\"'"
_CLOSING = "”’」』\"'"
_LARGER = 1.5  # the closing mark's size over the quote's: an ornament, not the quote's type


def marked_quotes(blocks: Sequence[Block | None]) -> dict[int, Block]:
    """Each quote (by id) and the closing mark that follows it in reading order."""
    return {
        id(quote): mark
        for quote, mark in pairwise(blocks)
        if quote is not None and mark is not None and _closes(quote, mark)
    }


def _closes(quote: Block, mark: Block) -> bool:
    marks = "".join(mark.text.split())
    return (
        bool(marks)
        and all(ch in _CLOSING for ch in marks)
        and quote.text.lstrip()[:1] in _OPENING
        and mark.size >= _LARGER * quote.size
        # right under the quote's last line (a large mark's box reaches up into it) and
        # inside its column, set flush right as often as under its text
        and quote.bottom - mark.size <= mark.top <= quote.bottom + quote.size
        and mark.x0 <= quote.x1 + quote.size
        and mark.x1 >= quote.x0
    )


def close_quote(quote: Block, mark: Block) -> None:
    """The closing mark joins the quote's last line: the quote reads as printed, “…”."""
    last = quote.lines[-1]
    marks = "".join(mark.text.split())
    joined = dataclasses.replace(
        last, text=last.text + marks, x1=max(last.x1, mark.x1), chars=last.chars + len(marks)
    )
    quote.replace_last(joined)
