"""A boxed sidebar: a framed or shaded box set beside or inside a story's columns, under
its headline, its top level with the story's first line of text (a fact box of bullets),
is the story's, read after its text; so is a box right under its deck whose text starts
right under the box (a key-points box at the top of its first column: reading order read
the head, the box and the text as three items). A box of the same shape elsewhere (below
where a story's text starts, as ads are set up from the page's foot) stays an ad."""

from __future__ import annotations

import math
from itertools import groupby

from reader.pdf.blocks import Block
from reader.pdf.boxedfigure import boxed_figure
from reader.pdf.content import Box, overlap, union
from reader.pdf.paragraphs import OPENS
from reader.pdf.parts import Para, Region
from reader.pdf.storybody import photo_captions

_NEAR = 3.0  # body sizes: the most between the story's text and its box (a gutter or two)
_ROLES = {"headline": "deck", "heading": "deck"}  # its title, a subhead; the rest, text
_PHOTO = frozenset({"photo", "label"})
_HEADS = frozenset({"headline", "sub", "deck"})
_UNDER = 2.0  # body sizes: the most from the deck to the box, and from the box to the text
_ACROSS = 16.0  # body sizes: the width of a cell of the stories' index (a column or two)
_WIDEST = 256  # cells a story or a box's reach covers in the index, at most


def sidebars(items: list[Region], unit: float) -> list[Region]:
    """The items with each ad boxed beside a story's first lines moved into that story."""
    order = {id(r): k for k, r in enumerate(items)}
    hosts, heads, texts = _Index(unit), _Index(unit), _Index(unit)
    for k, r in enumerate(items):
        if r.kind == "article" and (span := _text(r)) is not None:
            hosts.add(span[1], span[0], span[2] + _NEAR * unit, k, r)
        if r.kind == "article" and not r.box and r.paras:
            if all(p.role in _HEADS for p in r.paras):
                x0, _, x1, foot = union([p.box for p in r.paras])
                heads.add(foot, x0 - unit, x1, k, r)
            elif not any(p.role in _HEADS for p in r.paras):
                first = next((p.lines[0] for p in r.paras if p.lines), None)
                if first is not None:
                    texts.add(first.top, first.x0, first.x0, k, r)
    gone: set[int] = set()
    for box in [r for r in items if r.kind == "ad" and r.box is not None]:
        frame = box.box
        assert frame is not None
        if any(p.role == "row" for p in box.paras):
            continue  # a table: an ad's
        near = hosts.near(frame[1] - unit, frame[1] + unit, frame[0], frame[2], gone)
        host = next((a for _, a in near if _holds(a, frame, unit)), None)
        if host is None and (pair := _opening(heads, texts, gone, frame, unit)) is not None:
            host, text = pair  # the story's text, read apart from its head, rejoins it
            host.paras += text.paras
            gone.add(id(text))
        if host is None:
            continue
        host.paras += boxed_figure(box.paras) or _read_in(box.paras)
        if (span := _text(host)) is not None:  # asked again where its text now stands
            hosts.add(span[1], span[0], span[2] + _NEAR * unit, order[id(host)], host)
        gone.add(id(box))
    return [r for r in items if id(r) not in gone]


class _Index:
    """Stories by where a box asks them, in cells a body size tall and _ACROSS wide: a
    box asks the few cells within its reach, not every story of the page. A story asked
    at a new height is added again; each is checked where it stands when asked. A story
    or a box at no finite place, or wider than _WIDEST cells, is asked by every box."""

    def __init__(self, unit: float) -> None:
        self.unit = max(unit, 1e-6)
        self.cells: dict[tuple[int, int], list[tuple[int, Region]]] = {}
        self.loose: list[tuple[int, Region]] = []

    def _span(self, y0: float, y1: float, x0: float, x1: float) -> tuple[range, range] | None:
        if not all(map(math.isfinite, (y0, y1, x0, x1))):
            return None
        w = _ACROSS * self.unit
        y0, y1, x0, x1 = min(y0, y1), max(y0, y1), min(x0, x1), max(x0, x1)
        b0, b1, c0, c1 = int(y0 // self.unit), int(y1 // self.unit), int(x0 // w), int(x1 // w)
        if (b1 - b0 + 1) * (c1 - c0 + 1) > _WIDEST:
            return None
        return range(b0, b1 + 1), range(c0, c1 + 1)

    def add(self, y: float, x0: float, x1: float, k: int, region: Region) -> None:
        span = self._span(y, y, x0, x1)
        if span is None:
            self.loose.append((k, region))
            return
        for c in span[1]:
            self.cells.setdefault((span[0][0], c), []).append((k, region))

    def near(
        self, y0: float, y1: float, x0: float, x1: float, gone: set[int], after: int = -1
    ) -> list[tuple[int, Region]]:
        """The stories added between y0 and y1 and across x0 to x1 (and a cell's slack),
        in reading order, each with its place among the page's items."""
        span = self._span(y0, y1, x0, x1)
        if span is None:
            cells = list(self.cells.values())
        else:
            cells = [self.cells.get((b, c), []) for b in span[0] for c in span[1]]
        found = {k: r for cell in [*cells, self.loose] for k, r in cell}
        return sorted((k, r) for k, r in found.items() if k > after and id(r) not in gone)


def _text(story: Region) -> Box | None:
    text = [p.box for p in story.paras if p.role == "body" and p.lines]
    return union(text) if text else None


def _read_in(paras: list[Para]) -> list[Para]:
    """A box's paragraphs as the story it moves into reads them."""
    out: list[Para] = []
    for captions, run in groupby(paras, key=lambda p: p.role == "caption"):
        if captions:  # read as the story's own photos' are: a credit line its own
            out += photo_captions([Block(p.lines) for p in run])
            continue
        for p in run:
            if p.role in _PHOTO:  # a photo and its mark stay the story's photo
                out.append(Para(p.role, p.lines, picture=p.picture, joins=p.joins))
            else:
                out += _marked(Para(_ROLES.get(p.role, "body"), p.lines, joins=p.joins))
    return out


def _marked(para: Para) -> list[Para]:
    """A paragraph cut where a line opens with a mark ('•', '▲'): each an item."""
    out: list[Para] = []
    for k, line in enumerate(para.lines):
        if out and not OPENS.match(line.text):
            out[-1].lines.append(line)
            out[-1].joins.append(para.joins[k - 1] if k - 1 < len(para.joins) else None)
        else:
            out.append(Para(para.role, [line]))
    return out


def _holds(story: Region, frame: Box, unit: float) -> bool:
    """Is the frame under the story's headline, its top level with the story's first
    line of text, beside that text (a gutter or two away) or over its columns?"""
    head = next((p.box for p in story.paras if p.role == "headline"), None)
    text = [p.box for p in story.paras if p.role == "body" and p.lines]
    if head is None or not text:
        return False
    x0, top, x1, _ = union(text)
    beside = overlap(x0, x1, frame[0], frame[2]) > 0 or 0 <= frame[0] - x1 <= _NEAR * unit
    return beside and frame[1] >= head[3] and abs(frame[1] - top) <= unit


def _opening(
    heads: _Index, texts: _Index, gone: set[int], frame: Box, unit: float
) -> tuple[Region, Region] | None:
    """A story read as its head alone with the frame right under its deck, inside the
    head's span, and a story without a head starting right under the frame at its left:
    the head's story and its text, which the box stands between."""
    for k, story in heads.near(frame[1] - _UNDER * unit, frame[1], frame[0], frame[0], gone):
        boxes = [p.box for p in story.paras if p.role in _HEADS]
        if len(boxes) < len(story.paras):
            continue  # its text rejoined it already
        x0, _, x1, foot = union(boxes)
        if not (0 <= frame[1] - foot <= _UNDER * unit and x0 - unit <= frame[0] < frame[2] <= x1):
            continue
        reach = 1.5 * unit  # its first line, indented
        below = texts.near(
            frame[3], frame[3] + _UNDER * unit, frame[0] - reach, frame[0] + reach, gone, k
        )
        for _, text in below:
            first = next(p.lines[0] for p in text.paras if p.lines)
            if 0 <= first.top - frame[3] <= _UNDER * unit:
                if abs(first.x0 - frame[0]) <= reach:
                    return story, text
    return None
