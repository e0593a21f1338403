"""Display type set on a photo: a front's headline and deck printed over its lead picture
(white on the image) head the story the picture opens. Reading order takes the picture
first (its top is higher) and the type after it; the type is read first, so the picture
and its caption open the story's body instead of standing as a story of their own."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.pdf.content import inside
from reader.pdf.parts import DECK, HEADLINE, Atom


def heads_first(atoms: list[Atom], size: float) -> list[Atom]:
    """atoms in reading order; size: the body's. A photo that holds a headline-size block
    inside its picture is read after the display type (headline and deck sizes) it holds
    (type two such photos hold goes before the later one)."""
    display = sorted(
        (a for a in atoms if a.block is not None and a.block.size >= DECK * size),
        key=lambda a: a.box[1],
    )
    tops = [a.box[1] for a in display]  # the photos' heads found by bisection, not a scan
    owner: dict[int, int] = {}  # id of a display atom -> id of the photo it is read before
    for atom in atoms:
        if atom.kind != "photo" or atom.picture is None:
            continue
        box = atom.picture.box
        near = display[bisect_left(tops, box[1] - 1.0) : bisect_right(tops, box[3] + 1.0)]
        heads = [a for a in near if inside(a.box, box, 1.0)]
        if any(a.block is not None and a.block.size >= HEADLINE * size for a in heads):
            owner.update((id(a), id(atom)) for a in heads)
    if not owner:
        return atoms
    before: dict[int, list[Atom]] = {}
    for a in atoms:
        if id(a) in owner:
            before.setdefault(owner[id(a)], []).append(a)
    return [x for a in atoms if id(a) not in owner for x in [*before.get(id(a), []), a]]
