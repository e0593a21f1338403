"""Words drawn twice on a page (a page stamped over itself, a producer's fake bold that
draws the text again a hair to the side) are read once."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.pdf.wordspace import Piece

# Font sizes: a word drawn again this near its first drawing is that word; well under the
# narrowest glyph's advance, so a letter the text repeats ("ll", "..") is never a double.
DOUBLE = 0.1
_SAME_SIZE = 0.05  # sizes this close (relative) are one size


def once(text: str, pieces: list[Piece], doubles: list[tuple[int, int]]) -> list[Piece]:
    """The pieces less those drawn again: the same text in the same size at nearly the
    same origin. The [start, end) of each one left out is added to `doubles`."""
    # Per text, the earlier pieces sorted by y0: only those within `near` in y are
    # compared, so a table of one figure repeated stays linear. A text's first piece is
    # kept without a search, a piece with none near it in y without a comparison.
    seen: dict[str, tuple[list[float], list[tuple[float, float, float]]]] = {}
    out: list[Piece] = []
    for piece in pieces:
        s, e, _, x0, _, y0, h = piece
        key = text[s:e]
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = ([y0], [(x0, y0, h)])
            out.append(piece)
            continue
        ys, places = earlier
        near = DOUBLE * h
        margin = near + 1e-6  # the window a hair wide: the exact test is below
        lo, hi = bisect_left(ys, y0 - margin), bisect_right(ys, y0 + margin)
        if lo < hi and any(
            abs(x - x0) <= near and abs(y - y0) <= near and abs(size - h) <= _SAME_SIZE * h
            for x, y, size in places[lo:hi]
        ):
            doubles.append((s, e))
        else:
            at = bisect_right(ys, y0)
            ys.insert(at, y0)
            places.insert(at, (x0, y0, h))
            out.append(piece)
    return out


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """text less the [start, end) spans (in order, apart)."""
    if not spans:
        return text
    parts, at = [], 0
    for s, e in spans:
        parts.append(text[at:s])
        at = e
    parts.append(text[at:])
    return "".join(parts)
