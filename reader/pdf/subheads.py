"""Display type inside a story's columns, after its text: a subhead, or a quote pulled
from the story between two rules or large quotation marks (both read where they stand, not
as a new story's head)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.pdf.blocks import Block
from reader.pdf.content import Box


def pull_quote(
    heads: Sequence[Block], has_body: bool, block: Block, rules: Sequence[Box], marked: bool = False
) -> bool:
    """Display type in one column of a story whose headline runs three times its width,
    after the story's text, between a rule right above it and one right under it, each
    as wide as its column: a quote pulled from the story, read where it stands. A story's
    headline has its rule above it only. Closed by a large mark of its own (marked:
    quotemarks.py), the quote needs no rules, and a headline twice its width will do (a
    story of three columns under a headline short of its measure)."""
    if marked:
        head = max((b.x1 - b.x0 for b in heads), default=0.0)
        return has_body and head >= 2 * (block.x1 - block.x0)
    if not has_body or not _narrow(heads, block):
        return False
    reach = block.size

    def ruled(y: float) -> bool:
        return any(
            abs((r[1] + r[3]) / 2 - y) <= reach and r[0] <= block.x0 + 2 and r[2] >= block.x1 - 2
            and r[2] - r[0] <= 1.5 * (block.x1 - block.x0)
            for r in rules
        )  # fmt: skip

    return ruled(block.top) and ruled(block.bottom)


def subhead(heads: Sequence[Block], block: Block) -> bool:
    """A deck-size block in one column of a story whose headline runs across three times
    its width or more, after a paragraph: a subhead of that story ('“흙 고르는 법부터 다시
    배웠다”' over two lines, 10.5 pt over 9 pt body). A brief's title in a rail is as wide
    as the rail's title."""
    return len(block.lines) <= 3 and _narrow(heads, block)


def _narrow(heads: Sequence[Block], block: Block) -> bool:
    """Is the block a third of the story's headline wide, or narrower (one of its columns)?"""
    head = max((b.x1 - b.x0 for b in heads), default=0.0)
    return head >= 3 * (block.x1 - block.x0)
