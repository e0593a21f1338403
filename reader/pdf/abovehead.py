"""A story's last column read under the next story's head (issue #12, round 15).

Reading order cuts columns apart before rows: where a story's headline spans fewer
columns than its text (a word processor's section of balanced columns, the head over
three of four), its last column stands apart from the head and is read after the story
set under it, and so joins that story. Such a column is told by where it stands: body
blocks wholly above the top of the headline of the story they were read into cannot be
that story's (text runs down from its head, never up); when they stand a gutter right of
an earlier story's body, their top level with its upper half, they are that story's next
column, read after its text, and the story under it keeps what lies below its head.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from reader.pdf.blocks import Block
from reader.pdf.content import Box, union
from reader.pdf.parts import Atom

_GUTTER = 3.0  # body sizes: a column's left side this near its neighbour's right side


class _Story(Protocol):
    heads: list[Block]
    flow: list[tuple[str, Atom | Block]]


S = TypeVar("S", bound=_Story)


def columns_above_heads(stories: Sequence[S], unit: float) -> list[S]:
    """The stories with each column read under a later head moved back to its story."""
    out = list(stories)
    for k, story in enumerate(out):
        if not story.heads or k == 0:
            continue
        top = min(h.box[1] for h in story.heads)
        high = [e for e in story.flow if e[0] == "body" and e[1].box[3] <= top]
        if not high:
            continue
        box = union([e[1].box for e in high])
        host = next((s for s in reversed(out[:k]) if _beside(s, box, unit)), None)
        if host is None:
            continue
        host.flow += high
        story.flow = [e for e in story.flow if all(e is not h for h in high)]
    return out


def _beside(story: _Story, box: Box, unit: float) -> bool:
    """Does box stand right of the story's body, a gutter from it, its top within the
    upper half of that body's height (the story's next column)?"""
    body = [e[1].box for e in story.flow if e[0] == "body"]
    if not story.heads or not body:
        return False
    b = union(body)
    return 0 <= box[0] - b[2] <= _GUTTER * unit and b[1] - unit <= box[1] <= (b[1] + b[3]) / 2
