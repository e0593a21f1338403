"""A columnist's mug shot: a small head-and-shoulders photo beside a column's headline,
the writer's name and role set under it. Those lines are the column's byline, not the
photo's caption, and the photo is the column's (read after its head, not as an item of
its own before it)."""

from __future__ import annotations

from reader.ingest.byline_lines import bylines_in
from reader.ingest.bylines import is_signature
from reader.ingest.credits import CREDIT
from reader.pdf.beside import Beside
from reader.pdf.blocks import Block
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
    heads = [b for b in blocks if style.tier(b) == "headline"]
    index = Beside(heads, _GUTTER * unit) if shots and heads and unit > 0 else None
    out: list[Atom] = []
    beside: dict[int, tuple[int, Atom]] = {}
    for atom in photos:
        head = None
        if index is not None and id(atom) in shots and atom.picture is not None:
            box = atom.picture.box  # a head right of the shot, else one left of it
            head = next(iter(index.of(box, right=True) or index.of(box, right=False)), None)
        if head is None or atom.picture is None:
            out.append(atom)
            continue
        name = Block([x for c in atom.captions for x in c.lines])
        shot = Atom("photo", atom.picture.box, picture=atom.picture, label=atom.label)
        out.append(shot)
        beside[id(shot)] = (id(head), Atom("signature", name.box, block=name))
    return out, beside


def framed_shots(photos: list[Atom], unit: float) -> list[Atom]:
    """Photos inside a frame (a boxed column: a reporter's notebook) with each mug shot's
    name lines read as a signature (the box's byline) where its caption stood: the box
    is the column's, so no headline beside the shot is asked."""
    out: list[Atom] = []
    for atom in photos:
        if atom.picture is None or not _shot(atom, unit):
            out.append(atom)
            continue
        name = Block([x for c in atom.captions for x in c.lines])
        out.append(Atom("photo", atom.picture.box, picture=atom.picture, label=atom.label))
        out.append(Atom("signature", name.box, block=name))
    return out


def _shot(atom: Atom, unit: float) -> bool:
    """A small picture, as tall as wide or taller, whose captions read as a byline or a
    signature (a name and a role, no sentence) and not as a photo's credit ('사진=…')."""
    if atom.picture is None or not atom.captions:
        return False
    x0, y0, x1, y1 = atom.picture.box
    lines = [x.text.strip() for c in atom.captions for x in c.lines]
    if x1 - x0 > _WIDE * unit or y1 - y0 < _PORTRAIT * (x1 - x0):
        return False
    text = " ".join(lines)
    # a byline ('금나래 논설위원'), or a contributor's signature ('윤서하 달내대 교수')
    return bool(bylines_in(text) or is_signature(text)) and not CREDIT.match(text)


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
