"""Word spaces inside a run, judged against the run's own letter spacing.

Producers set Korean text with tracking (Tc) or place each glyph by its own position,
and PDFium adds a space wherever glyphs stand apart: a fixed gap rule then cuts every
word of a letter-spaced line into syllables. A word gap is the line's letter gap plus a
space, so a gap is a word space when it stands a space's share of the size above the
run's usual letter gap (its lower quartile). Spaces the file really has are kept; a run
with too few letter gaps to tell is judged by the fixed rule alone.
"""

from __future__ import annotations

from typing import Protocol

SPACE = 0.2  # a gap this much wider than the letter gap (in font sizes) is a word space
_TELL = 3  # letter gaps a run needs before its own spacing is trusted

# (first character, end, starts a word, left, right, baseline, size): page coordinates
Piece = tuple[int, int, bool, float, float, float, float]


class Glyphs(Protocol):
    text: str

    def generated(self, i: int) -> bool:
        """Is character i a space or line break PDFium added (not in the file)?"""
        ...

    def advances(self, s: int, e: int) -> float | None:
        """The advances of glyphs s..e-1 in points, or None where a width is unknown."""
        ...


def spaced(g: Glyphs, line: list[list[Piece]]) -> tuple[float, list[tuple[str, float]]]:
    """The line's letter gap in points (runs on one baseline in one size, apart by wide
    gaps), and each run's text with single spaces between its words and where its first
    word ends (-1 when it has one word). A run of one word has too few gaps to tell."""
    judged = [_judge(g, parts) for parts in line]
    gaps = [gap for run in judged for _, gap, _ in run if gap is not None]
    space = SPACE * line[0][0][6]
    letter = 0.0
    if len(line) > 1 or any(gap > space for gap in gaps):
        letter = _letter_gap(g, [p for parts in line for p in parts], gaps)
    out = []
    for parts, run in zip(line, judged, strict=True):
        text = [g.text[parts[0][0] : parts[0][1]]]
        word_end = -1.0
        for k, gap, end in run:
            if gap is None or gap > letter + space:
                if word_end < 0:
                    word_end = end
                text.append(" ")
            text.append(g.text[parts[k][0] : parts[k][1]])
        out.append(("".join(text), word_end))
    return letter, out


def _judge(g: Glyphs, parts: list[Piece]) -> list[tuple[int, float | None, float]]:
    """(piece, the gap before it or None where the file has a space, where the run ends
    before it) for each piece after the first."""
    text = g.text
    x1 = parts[0][4]
    out: list[tuple[int, float | None, float]] = []
    for k in range(1, len(parts)):
        s, _, new_word, wl, wr, _, _ = parts[k]
        if new_word and (text[s - 1] not in " \n" or not g.generated(s - 1)):
            out.append((k, None, x1))  # the file's own space
        else:
            out.append((k, wl - x1, x1))
        x1 = max(x1, wr)
    return out


def _letter_gap(g: Glyphs, parts: list[Piece], gaps: list[float]) -> float:
    """The run's usual gap between letters: the lower quartile of the gaps between its
    pieces (no space in the file) and inside its words; 0 when there are too few, or a
    word's letter gaps cannot be known (its widths unknown)."""
    seen = list(gaps)
    for s, e, _, x0, x1, _, _ in parts:
        if e - s > 1:
            width = g.advances(s, e)
            if width is None:
                return 0.0
            seen.extend([(x1 - x0 - width) / (e - s - 1)] * (e - s - 1))
    if len(seen) < _TELL:
        return 0.0
    seen.sort()
    return max(0.0, seen[len(seen) // 4])
