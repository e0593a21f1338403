"""The reading place across two renders of one document (another width, ads shown or
hidden, Hanja readings): the leaf on top, and how far into it by its characters, so the
line that was on top is on top again however the leaf wraps now."""

from __future__ import annotations

from typing import NamedTuple

from rich.segment import Segment

from reader.tracker import top_leaf
from reader.ui.render.lines import Rendered


class Place(NamedTuple):
    """A line of a document, whatever its width: its leaf, the characters of the leaf
    before it, or (`above` > 0) a blank line that many lines above the leaf."""

    leaf: str
    chars: int
    above: int = 0


def _chars(line: list[Segment]) -> int:
    # Spaces left out: the indents and the wrap points differ from one width to another.
    return sum(len(s.text) - s.text.count(" ") for s in line if not s.control)


def _leaf_lines(rendered: Rendered, leaf: str) -> range:
    start = rendered.anchors[leaf]
    end = min((n for n in rendered.anchors.values() if n > start), default=len(rendered.lines))
    return range(start, end)


def place_of(rendered: Rendered, line: int) -> Place | None:
    leaf = top_leaf(rendered.anchors, line)
    if leaf is None:
        return None
    start = rendered.anchors[leaf]
    if line < start:
        return Place(leaf, 0, start - line)
    return Place(leaf, sum(_chars(rendered.lines[n]) for n in range(start, line)))


def line_of(rendered: Rendered, place: Place) -> int | None:
    """The line that shows the place: the one its first character is on."""
    start = rendered.anchors.get(place.leaf)
    if start is None:
        return None
    if place.above:
        return max(0, start - place.above)
    seen = 0
    for n in _leaf_lines(rendered, place.leaf):
        seen += _chars(rendered.lines[n])
        if seen > place.chars:
            return n
    return start
