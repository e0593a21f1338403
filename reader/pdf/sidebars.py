"""A boxed sidebar: a framed or shaded box set beside or inside a story's columns, under
its headline, its top level with the story's first line of text (a fact box of bullets),
is the story's, read after its text; so is a box right under its deck whose text starts
right under the box (a key-points box at the top of its first column: reading order read
the head, the box and the text as three items). A box of the same shape elsewhere (below
where a story's text starts, as ads are set up from the page's foot) stays an ad."""

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
_HEADS = frozenset({"headline", "sub", "deck"})
_UNDER = 2.0  # body sizes: the most from the deck to the box, and from the box to the text


def sidebars(items: list[Region], unit: float) -> list[Region]:
    """The items with each ad boxed beside a story's first lines moved into that story."""
    out = list(items)
    for box in [r for r in items if r.kind == "ad" and r.box is not None]:
        frame = box.box
        assert frame is not None
        if any(p.role == "row" for p in box.paras):
            continue  # a table: an ad's
        host = next((a for a in out if a.kind == "article" and _holds(a, frame, unit)), None)
        if host is None and (pair := _opening(out, frame, unit)) is not None:
            host, text = pair  # the story's text, read apart from its head, rejoins it
            host.paras += text.paras
            out.remove(text)
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


def _opening(items: list[Region], frame: Box, unit: float) -> tuple[Region, Region] | None:
    """A story read as its head alone with the frame right under its deck, inside the
    head's span, and a story without a head starting right under the frame at its left:
    the head's story and its text, which the box stands between."""
    for k, story in enumerate(items):
        heads = [p.box for p in story.paras if p.role in _HEADS]
        if story.kind != "article" or story.box or not heads or len(heads) < len(story.paras):
            continue
        x0, _, x1, foot = union(heads)
        if not (0 <= frame[1] - foot <= _UNDER * unit and x0 - unit <= frame[0] < frame[2] <= x1):
            continue
        for text in items[k + 1 :]:
            if text.kind != "article" or text.box or any(p.role in _HEADS for p in text.paras):
                continue
            first = next((p.lines[0] for p in text.paras if p.lines), None)
            if first and 0 <= first.top - frame[3] <= _UNDER * unit:
                if abs(first.x0 - frame[0]) <= 1.5 * unit:  # its first line, indented
                    return story, text
    return None
