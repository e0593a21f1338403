"""A columnist's mug shot: a small head-and-shoulders photo beside a column's headline,
the writer's name and role set under it. Those lines are the column's byline, not the
photo's caption, and the photo is the column's (read after its head, not as an item of
its own before it)."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict

from reader.ingest.byline_lines import bylines_in
from reader.ingest.credits import CREDIT
from reader.pdf.blocks import Block
from reader.pdf.content import Box
from reader.pdf.parts import Atom, Style

_WIDE = 9.0  # body sizes: a mug shot is no wider (a column is some fifteen)
_PORTRAIT = 0.9  # of its width: a head and shoulders stand at least this tall
_GUTTER = 3.0  # body sizes between the shot and the headline beside it


def mug_shots(
    photos: list[Atom], blocks: list[Block], style: Style
) -> tuple[list[Atom], dict[int, tuple[int, Atom]]]:
    """Photos (captioned_photos' atoms) with their mug shots' name lines taken off; for
    each shot (by id) the id of the headline block it stands beside and its name lines as
    a signature atom (read as a byline)."""
    unit = style.size
    shots = {id(a) for a in photos if _shot(a, unit)}
    heads = [b for b in blocks if style.tier(b) == "headline" and _finite(b.box)]
    index = _Edges(heads, _GUTTER * unit) if shots and heads and unit > 0 else None
    out: list[Atom] = []
    beside: dict[int, tuple[int, Atom]] = {}
    for atom in photos:
        head = None
        if index is not None and id(atom) in shots and atom.picture is not None:
            head = index.beside(atom.picture.box)
        if head is None or atom.picture is None:
            out.append(atom)
            continue
        name = Block([x for c in atom.captions for x in c.lines])
        shot = Atom("photo", atom.picture.box, picture=atom.picture)
        out.append(shot)
        beside[id(shot)] = (id(head), Atom("signature", name.box, block=name))
    return out, beside


def _finite(box: Box) -> bool:
    return all(map(math.isfinite, box))


class _Edges:
    """Headline blocks by the gutter-wide strip their left and right sides stand in, each
    strip's heads by their tops: a shot asks the strips a gutter from its sides, then the
    heads level with it (bisection), not every head of the page."""

    def __init__(self, heads: list[Block], gutter: float):
        self.gutter = gutter
        self.tallest = max(b.bottom - b.top for b in heads)
        self.lefts: dict[int, list[Block]] = defaultdict(list)
        self.rights: dict[int, list[Block]] = defaultdict(list)
        for b in sorted(heads, key=lambda b: b.top):
            self.lefts[int(b.x0 // gutter)].append(b)
            self.rights[int(b.x1 // gutter)].append(b)
        self.tops = {
            id(xs): [b.top for b in xs] for xs in [*self.lefts.values(), *self.rights.values()]
        }

    def beside(self, box: Box) -> Block | None:
        """The headline level with the picture (their heights overlap), a gutter from its
        right or its left side."""
        if not _finite(box):
            return None
        x0, y0, x1, y1 = box
        g = self.gutter
        for right in (True, False):  # a head right of the shot, then one left of it
            strips = self.lefts if right else self.rights
            edge = int((x1 if right else x0) // g)
            for k in (edge - 1, edge, edge + 1):
                xs = strips.get(k, [])
                tops = self.tops.get(id(xs), [])
                for b in xs[bisect_right(tops, y0 - self.tallest) : bisect_right(tops, y1)]:
                    gap = b.x0 - x1 if right else x0 - b.x1
                    if b.bottom > y0 and 0 <= gap <= g:
                        return b
        return None


def _shot(atom: Atom, unit: float) -> bool:
    """A small picture, as tall as wide or taller, whose captions read as a byline (a name
    and a role, no sentence) and not as a photo's credit ('사진=…')."""
    if atom.picture is None or not atom.captions:
        return False
    x0, y0, x1, y1 = atom.picture.box
    lines = [x.text.strip() for c in atom.captions for x in c.lines]
    if x1 - x0 > _WIDE * unit or y1 - y0 < _PORTRAIT * (x1 - x0):
        return False
    text = " ".join(lines)
    return bool(bylines_in(text)) and not CREDIT.match(text)


def after_heads(atoms: list[Atom], beside: dict[int, tuple[int, Atom]]) -> list[Atom]:
    """Atoms in reading order, each mug shot and its byline moved to right after the
    headline it stands beside (read before it, it would open an item of its own)."""
    if not beside:
        return atoms
    follow: dict[int, list[Atom]] = {}
    for a in atoms:
        if id(a) in beside:
            head, name = beside[id(a)]
            follow.setdefault(head, []).extend([a, name])
    out: list[Atom] = []
    for a in atoms:
        if id(a) in beside:
            continue
        out.append(a)
        if a.block is not None and id(a.block) in follow:
            out.extend(follow.pop(id(a.block)))
    for xs in follow.values():  # a head read nowhere else (none here): keep them
        out.extend(xs)
    return out
