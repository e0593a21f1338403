"""A boxed sidebar: a framed or shaded box set beside or inside a story's columns, under
its headline, its top level with the story's first line of text (a fact box of bullets),
is the story's, read after its text. A box of the same shape elsewhere (below where a
story's text starts, as ads are set up from the page's foot) stays an ad."""

from __future__ import annotations

from itertools import groupby

from reader.pdf.blocks import Block
from reader.pdf.content import Box, overlap, union
from reader.pdf.paragraphs import OPENS
from reader.pdf.parts import Para, Region
from reader.pdf.storybody import photo_captions

_NEAR = 3.0  # body sizes: the most between the story's text and its box (a gutter or two)
_ROLES = {"headline": "deck", "heading": "deck"}  # its title, a subhead; the rest, text
_PHOTO = frozenset({"photo", "label"})


def sidebars(items: list[Region], unit: float) -> list[Region]:
    """The items with each ad boxed beside a story's first lines moved into that story."""
    out = list(items)
    for box in [r for r in items if r.kind == "ad" and r.box is not None]:
        frame = box.box
        assert frame is not None
        if any(p.role == "row" for p in box.paras):
            continue  # a table: an ad's
        host = next((a for a in out if a.kind == "article" and _holds(a, frame, unit)), None)
        if host is None:
            continue
        for captions, run in groupby(box.paras, key=lambda p: p.role == "caption"):
            if captions:  # read as the story's own photos' are: a credit line its own
                host.paras += photo_captions([Block(p.lines) for p in run])
                continue
            for p in run:
                if p.role in _PHOTO:  # a photo and its mark stay the story's photo
                    host.paras.append(Para(p.role, p.lines, picture=p.picture, joins=p.joins))
                else:
                    host.paras += _marked(Para(_ROLES.get(p.role, "body"), p.lines, joins=p.joins))
        out.remove(box)
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
