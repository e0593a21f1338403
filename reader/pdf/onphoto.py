"""Display type set on a photo: a front's headline and deck printed over its lead picture
(white on the image) head the story the picture opens. Reading order takes the picture
first (its top is higher) and the type after it; the type is read first, so the picture
and its caption open the story's body instead of standing as a story of their own."""

from __future__ import annotations

from reader.pdf.content import inside
from reader.pdf.parts import DECK, HEADLINE, Atom


def heads_first(atoms: list[Atom], size: float) -> list[Atom]:
    """atoms in reading order; size: the body's. A photo that holds a headline-size block
    inside its picture is read after the display type (headline and deck sizes) it holds."""
    out = list(atoms)
    for atom in atoms:
        if atom.kind != "photo" or atom.picture is None:
            continue
        box = atom.picture.box
        heads = [
            a
            for a in out
            if a.block is not None and a.block.size >= DECK * size and inside(a.box, box, 1.0)
        ]
        if not any(a.block is not None and a.block.size >= HEADLINE * size for a in heads):
            continue
        rest = [a for a in out if all(a is not h for h in heads)]
        k = next(i for i, a in enumerate(rest) if a is atom)
        out = rest[:k] + heads + rest[k:]
    return out
