"""Ranges to highlight in an item's leaves: what search marks and the renderers draw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from reader.model import Span


class Mark(NamedTuple):
    """A highlight range that may be the current search hit (drawn stronger)."""

    start: int
    end: int
    current: bool = False


Highlights = Mapping[str, Sequence[Span | Mark]]
"""Ranges to highlight, by leaf path (reader.model.leaves), offsets into the leaf's text."""
