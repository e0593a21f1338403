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
    bodies = [_body(s) for s in out]  # each story's body box, kept as its flow changes
    for k, story in enumerate(out):
        if not story.heads or k == 0:
            continue
        top = min(h.box[1] for h in story.heads)
        high = [e for e in story.flow if e[0] == "body" and e[1].box[3] <= top]
        if not high:
            continue
        box = union([e[1].box for e in high])
        at = next((j for j in range(k - 1, -1, -1) if _beside(out[j], bodies[j], box, unit)), None)
        if at is None:
            continue
        out[at].flow += high
        bodies[at] = _body(out[at])
        moved = {id(e) for e in high}
        story.flow = [e for e in story.flow if id(e) not in moved]
        bodies[k] = _body(story)
    return out


def _body(story: _Story) -> Box | None:
    body = [e[1].box for e in story.flow if e[0] == "body"]
    return union(body) if body else None


def _beside(story: _Story, b: Box | None, box: Box, unit: float) -> bool:
    """Does box stand right of the story's body (b), a gutter from it, its top within the
    upper half of that body's height (the story's next column)?"""
    if not story.heads or b is None:
        return False
    return 0 <= box[0] - b[2] <= _GUTTER * unit and b[1] - unit <= box[1] <= (b[1] + b[3]) / 2
