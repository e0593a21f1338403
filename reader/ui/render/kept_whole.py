"""A Text's lines with some spans never broken inside (an ad's dates, phone numbers,
amounts: reader.unbreakable).

Rich breaks a line at any whitespace, a no-break space included. For the wrap, each
space inside such a span becomes a character Rich never breaks at, one cell wide as a
space is (two for an ideographic space), that the text does not hold; the lines the
wrap gives have it turned back into that space. A span wider than the line still
folds, as any word does.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text

_PRIVATE_USE = range(0xE000, 0xF900)  # one cell each, as Rich measures them
_WIDE = range(0xF900, 0xFB00)  # CJK compatibility ideographs: two cells, for U+3000


def glued(text: Text, spans: Sequence[tuple[int, int]]) -> tuple[Text, dict[str, str] | None]:
    """`text` with the spaces inside `spans` glued, and each glue's space (None: nothing
    to glue). A space of any kind is glued, as dates are printed with a no-break or an
    ideographic space too; each kind has a glue of its own width, given back as it was."""
    plain = text.plain
    if not spans:
        return text, None
    chars = list(plain)
    glue_of: dict[str, str] = {}
    free = {1: (chr(c) for c in _PRIVATE_USE), 2: (chr(c) for c in _WIDE)}
    for start, end in spans:
        for i in range(start, end):
            space = chars[i]
            if not space.isspace() or space in "\n\t":
                continue
            if space not in glue_of:
                left = (c for c in free[2 if cell_len(space) == 2 else 1] if c not in plain)
                glue = next(left, None)
                if glue is None:
                    return text, None
                glue_of[space] = glue
            chars[i] = glue_of[space]
    if not glue_of:
        return text, None
    out = Text(
        "".join(chars),
        style=text.style,
        justify=text.justify,
        overflow=text.overflow,
        no_wrap=text.no_wrap,
        end=text.end,
        tab_size=text.tab_size,
        spans=list(text.spans),
    )
    return out, {glue: space for space, glue in glue_of.items()}


def unglued(lines: list[list[Segment]], glue: dict[str, str] | None) -> list[list[Segment]]:
    """The lines with each glue its space again."""
    if not glue:
        return lines
    table = str.maketrans(glue)
    return [[Segment(s.text.translate(table), s.style, s.control) for s in line] for line in lines]
