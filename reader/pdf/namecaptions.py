"""A name and a post set centred under a portrait (issue #12, round 15).

A people column's mug shots in a row each carry the person's name over the post ('김하늘'
in bold over '기획실장' in lighter type): two faces, so two blocks, which a photo's
captions would read as two paragraphs. Short lines (no sentence, no credit) centred on a
portrait's axis, one under another, are one caption, joined by a space: '김하늘 기획실장'.
"""

from __future__ import annotations

from reader.ingest.credits import CREDIT
from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block
from reader.pdf.content import Box
from reader.pdf.parts import Para

_PORTRAIT = 0.9  # a portrait is at least this tall for its width (mugshots.py's)
_SHORT = 12  # characters: a name or a post, no sentence
_AXIS = 0.5  # sizes: a centred line's middle this near the picture's


def name_caption(picture: Box, captions: list[Block]) -> Para | None:
    """The captions as one, when they are two or three short lines centred under a
    portrait; else None."""
    lines = [x for c in captions for x in c.lines]
    x0, y0, x1, y1 = picture
    if not 2 <= len(lines) <= 3 or y1 - y0 < _PORTRAIT * (x1 - x0):
        return None
    mid = (x0 + x1) / 2
    for x in lines:
        text = x.text.strip()
        if len(text) > _SHORT or TERMINAL.search(text) or CREDIT.match(text) or "=" in text:
            return None
        if abs((x.x0 + x.x1) / 2 - mid) > _AXIS * x.size:
            return None
    return Para("caption", lines, joins=[" "] * (len(lines) - 1))
