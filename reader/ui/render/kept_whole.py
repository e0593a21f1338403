"""A Text's lines with some spans never broken inside (an ad's dates, phone numbers,
amounts: reader.unbreakable).

Rich breaks a line at any whitespace, a no-break space included. For the wrap, each
space inside such a span becomes a character Rich never breaks at, one cell wide as a
space is, that the text does not hold; the lines the wrap gives have it turned back
into a space. A span wider than the line still folds, as any word does.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.text import Text

_PRIVATE_USE = range(0xE000, 0xF900)  # one cell each, as Rich measures them


def glued(text: Text, spans: Sequence[tuple[int, int]]) -> tuple[Text, str | None]:
    """`text` with the spaces inside `spans` glued, and the glue (None: nothing to glue)."""
    plain = text.plain
    if not spans:
        return text, None
    glue = next((chr(c) for c in _PRIVATE_USE if chr(c) not in plain), None)
    if glue is None:
        return text, None
    chars = list(plain)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] == " ":
                chars[i] = glue
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
    return out, glue


def unglued(lines: list[list[Segment]], glue: str | None) -> list[list[Segment]]:
    """The lines with the glue a space again."""
    if glue is None:
        return lines
    return [
        [Segment(s.text.replace(glue, " "), s.style, s.control) for s in line] for line in lines
    ]
