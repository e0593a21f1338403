"""Word spaces in the runs of a line, judged against the line's own letter spacing.

Producers set Korean text with tracking (Tc) or place each glyph by its own position,
and PDFium adds a space wherever glyphs stand apart: a fixed gap rule then cuts every
word of a letter-spaced line into syllables. A word gap is the line's letter gap plus a
space, so a gap is a word space when it stands a space's share of the size above the
line's usual letter gap (its lower quartile). Spaces the file really has are kept; a line
with too few letter gaps to tell is judged by the fixed rule alone.
"""

from __future__ import annotations

from typing import Protocol

SPACE = 0.2  # a gap this much wider than the letter gap (in font sizes) is a word space
_TELL = 3  # letter gaps a line needs before its own spacing is trusted
_HANGUL, _HANGUL_END = "\uac00", "\ud7a3"  # the syllables

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


# A run's text with single spaces between its words, where its first word ends (-1 when
# it has one word) and where it ends: page coordinates.
Spaced = tuple[str, float, float]


def spaced(g: Glyphs, line: list[list[Piece]]) -> tuple[float, list[Spaced]]:
    """The letter gap of a line (runs on one baseline in one size, apart by wide gaps) in
    points, and each of its runs spaced."""
    first = line[0]
    space = SPACE * first[0][6]
    if len(line) == 1:
        run, spread = _spaced(g, first, space)
        if not spread:
            return 0.0, [run]
    letter = _letter_gap(g, line)
    if letter == 0.0 and len(line) == 1:
        return 0.0, [run]
    return letter, [_spaced(g, parts, letter + space)[0] for parts in line]


def _spaced(g: Glyphs, parts: list[Piece], wider: float) -> tuple[Spaced, bool]:
    """A run spaced: a space where the file has one or the gap is wider than `wider`; and
    might it be letter-spaced? (a gap no space stands in is wide, or a lone glyph stands
    wide apart on both sides: PDFium splits a letter-spaced line into glyphs). A line set
    solid is judged so in one pass, without reading which of its spaces PDFium added."""
    text = g.text
    s, e, _, _, x1, _, _ = parts[0]
    out = [text[s:e]]
    word_end = -1.0
    spread = lone = False  # lone: the last piece is one glyph, a wide gap before it
    shows: bool | None = None  # does the run hold a space the file has? (read once)
    for s, e, new_word, wl, wr, _, _ in parts[1:]:
        sep = text[s - 1] if new_word else ""
        wide = wl - x1 > wider
        if wide and sep == " " and _scripts_meet(text[s - 2], text[s]) and g.generated(s - 1):
            # A producer that writes its word spaces (LibreOffice) leaves room of its own
            # between Hangul and Latin letters or digits ('60 년'): there, in a run that
            # writes its spaces, a gap without one is none.
            if shows is None:
                shows = _shows_spaces(g, parts, wider)
            wide = not shows
        if wide and (lone or sep in ("", "\n")):
            spread = True
        lone = wide and e - s == 1
        if wide or (sep and sep not in " \n") or (sep == " " and not g.generated(s - 1)):
            if word_end < 0:
                word_end = x1
            out.append(" ")
        out.append(text[s:e])
        if wr > x1:
            x1 = wr
    return ("".join(out), word_end, x1), spread


def _scripts_meet(a: str, b: str) -> bool:
    """Hangul beside a Latin letter or digit: where a word processor adds room of its own."""
    return (a.isascii() and a.isalnum() and _HANGUL <= b <= _HANGUL_END) or (
        b.isascii() and b.isalnum() and _HANGUL <= a <= _HANGUL_END
    )


def _shows_spaces(g: Glyphs, parts: list[Piece], wider: float) -> bool:
    """Does the run write its word spaces? It has one of the file's, and every other wide
    gap but where scripts meet has one too (Chromium writes one now and then, no more)."""
    text = g.text
    shown = False
    x1 = parts[0][4]
    for s, _, new_word, wl, wr, _, _ in parts[1:]:
        if new_word and text[s - 1] == " ":
            if not g.generated(s - 1):
                shown = True
            elif wl - x1 > wider and not _scripts_meet(text[s - 2], text[s]):
                return False
        x1 = max(x1, wr)
    return shown


def _letter_gap(g: Glyphs, line: list[list[Piece]]) -> float:
    """The line's usual gap between letters: the lower quartile of its gaps where the
    file has no space (between its pieces) and inside its words; 0 when there are too
    few, or a word's letter gaps cannot be known (its widths unknown)."""
    text = g.text
    seen: list[float] = []
    for parts in line:
        x1 = parts[0][4]
        for s, _, new_word, wl, wr, _, _ in parts[1:]:
            if not new_word or text[s - 1] in " \n" and g.generated(s - 1):
                seen.append(wl - x1)
            if wr > x1:
                x1 = wr
        for s, e, _, x0, x1, _, _ in parts:
            if e - s > 1:
                width = g.advances(s, e)
                if width is None:
                    return 0.0
                seen.extend([(x1 - x0 - width) / (e - s - 1)] * (e - s - 1))
    if len(seen) < _TELL:
        return _even(line)
    seen.sort()
    return max(0.0, seen[len(seen) // 4])


_EVEN = 0.05  # of the size: gaps this near each other are one spacing


def _even(line: list[list[Piece]]) -> float:
    """A line of three glyphs or more standing apart at one gap, and nothing else, is a
    word set letter-spaced ('스 포 츠', a label at 0.6 em): that gap is its letter gap.
    A line of one-glyph words alone is rare; 0 for any other line."""
    pieces = [p for parts in line for p in parts]
    if len(pieces) < 3 or any(p[1] - p[0] != 1 for p in pieces):
        return 0.0
    gaps = [b[3] - a[4] for a, b in zip(pieces, pieces[1:], strict=False)]
    return min(gaps) if max(gaps) - min(gaps) <= _EVEN * pieces[0][6] else 0.0
