"""A drop cap: a story's first letter (or Korean syllable) set some lines tall at the
head of its first paragraph, the paragraph's first lines set beside it. It is read as the
start of the word it begins ('T' + 'he council' is 'The council'), not as a headline."""

from __future__ import annotations

from dataclasses import replace

from reader.pdf.blocks import Block

_TALL = 2.0  # a drop cap's size, to the body's: two lines tall or more
_GAP = 1.5  # body sizes: the most between the cap and the lines beside it
_CHARS = 2  # a letter, a syllable, or a letter after an opening quote


def drop_caps(blocks: list[Block], body: float) -> list[Block]:
    """The blocks with each drop cap joined to the first line beside it."""
    out = list(blocks)
    for cap in blocks:
        if len(cap.lines) != 1 or cap.lines[0].chars > _CHARS or cap.size < _TALL * body:
            continue
        beside = _beside(cap, out, body)
        if beside is None:
            continue
        first, letter = beside.lines[0], cap.lines[0]
        # The cap's word goes on without a space: the cap is its first letter. The lines
        # beside the cap start at its left, as the paragraph's column does: else they
        # would read as lines set flush right.
        beside.lines = [replace(x, x0=cap.x0) if x.top < cap.bottom else x for x in beside.lines]
        beside.replace_first(
            replace(beside.lines[0], text=letter.text.strip() + first.text.lstrip(),
                    chars=first.chars + letter.chars)
        )  # fmt: skip
        out.remove(cap)
    return out


def _beside(cap: Block, blocks: list[Block], body: float) -> Block | None:
    """The body-size block whose first line starts right of the cap, at its top."""
    for b in blocks:
        if b is cap or abs(b.size - body) > 0.15 * body:
            continue
        first = b.lines[0]
        if 0 <= first.x0 - cap.x1 <= _GAP * body and cap.top - body <= first.top <= cap.top + body:
            if b.bottom >= cap.top + 0.5 * (cap.bottom - cap.top):
                return b
    return None
