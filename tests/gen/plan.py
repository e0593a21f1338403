"""The plan of a page: paragraphs made of segments, each owned by a leaf."""

from __future__ import annotations

from dataclasses import dataclass

from tests.gen.truth import Block, Byline, Item


class _Para:
    """One printed paragraph: segments (text, leaf or None), and its break plan."""

    __slots__ = ("segs", "gap", "block", "mlen", "cut_a", "cut_b", "insert", "art")

    def __init__(self, segs, gap: str = "\n\n", block: Block | None = None, mlen: int = 0):
        self.segs = segs
        self.gap = gap
        self.block = block  # set when this paragraph may be cut by a break
        self.mlen = mlen  # printed marker length
        self.cut_a: int | None = None  # printed text[:cut_a] / text[cut_b:]
        self.cut_b: int | None = None
        self.insert: _Para | None = None
        self.art: _Art | None = None


def _p(text: str, leaf, gap: str = "\n\n") -> _Para:
    return _Para([(text, leaf)], gap)


@dataclass(slots=True)
class _Art:
    item: Item
    paras: list[_Para]
    caption: str | None = None  # an inserted caption still to place


class _Out:
    __slots__ = ("parts", "pos")

    def __init__(self, pos: int):
        self.parts: list[str] = []
        self.pos = pos

    def put(self, s: str, leaf=None) -> None:
        if leaf is not None:
            leaf.spans.append((self.pos, self.pos + len(s)))
        self.parts.append(s)
        self.pos += len(s)


class _Shared:
    """Two bylines printed on one line: both get the line's span."""

    __slots__ = ("a", "b", "spans")

    def __init__(self, a: Byline, b: Byline):
        self.a, self.b = a, b
        self.spans = a.spans
        b.spans = a.spans
