"""A text's own spaces at its line ends. A PDF-to-text extraction keeps the space a
producer wrote where a line broke between words ('색이 잘 ' / '드는') and writes none
where a word was torn ('물' / '들지'); a page that shows the habit says at each line end
how its lines join, whatever the vocabulary would guess (repair.Chunk.join), and that a
line ending in the space was wrapped: its paragraph goes on (spaced_runs.py). Typed,
wrapped or OCR text shows no such habit: its stray trailing spaces stay one a page."""

from __future__ import annotations

import bisect
from statistics import median

from reader.ingest.letters import SENTENCE_CLOSES
from reader.ingest.line_shape import cells

# A page shows the habit when at least this many of its lines that run on to another
# line end in a space, and they are at least this share of them: a typed page's stray
# blank is one line, a producer's habit is many (the counts: docs/ingest-blind-set.md,
# fifty-third round). Heads and captions, never wrapped, dilute the share: the PDF
# ingest, which knows a line's size, counts body lines only and asks a fifth
# (reader/pdf/paragraphs.shows_spaces).
_LEAST = 3
_SHARE = 0.1
# A page padded with spaces (a fixed-width export) ends nearly every line in one, its
# heads' and paragraphs' last lines too: no producer's habit, which leaves those bare.
_PADDED = 0.9
# A head or a byline wraps between words too, and shows the space: set larger or apart,
# its line holds fewer cells than the body's measure (the median of the page's lines
# that end in the space). A line this share of the measure or wider is the body's; one
# wider than _WIDER of it runs across columns (a head, a caption).
_BODY = 0.75
_WIDER = 1.15
_PROPORTIONAL = 0.2
_SPACES = (" ", "\t")
_ROW = "\t"  # inside a line, it parts a table's cells


class LineSpaces:
    """Where in a text its pages show their line ends' spaces (a form feed parts pages)."""

    def __init__(self, text: str) -> None:
        self._text = text
        # the pages with the habit: their starts, ends and body measures (cells)
        self._starts: list[int] = []
        self._pages: list[tuple[int, float]] = []
        start = 0
        while start <= len(text):
            stop = text.find("\f", start)
            stop = len(text) if stop < 0 else stop
            measure = _measure(text[start:stop])
            if measure is not None:
                self._starts.append(start)
                self._pages.append((stop, measure))
            start = stop + 1

    def _page(self, end: int) -> float | None:
        i = bisect.bisect_right(self._starts, end) - 1
        if i < 0 or end > self._pages[i][0]:
            return None
        return self._pages[i][1]

    def at(self, end: int) -> str | None:
        """How the line whose text ends at offset `end` joins the next: ' ' where its page
        shows the habit and the line ends in a space, '' where it shows it and the line
        ends bare; None where the page does not show it or `end` is no line's end."""
        if self._page(end) is None:
            return None
        stop = self._text.find("\n", end)
        rest = self._text[end : len(self._text) if stop < 0 else stop]
        if rest.strip():
            return None  # the text went on: a span cut out of its line
        return " " if rest[:1] in _SPACES else ""

    def wraps(self, end: int, text: str) -> bool:
        """Does the body's line `text`, ending at offset `end`, end in the producer's space:
        a paragraph wrapped there and goes on?"""
        measure = self._page(end)
        if measure is None or _ROW in text:
            return False  # a table's row ending in a tab ends on an empty cell: no wrap
        return cells(text) >= _BODY * measure and self.at(end) == " "

    def bare(self, end: int, text: str) -> bool:
        """Does the body's line `text`, at the body's measure (no wider: a head runs across
        columns), end bare on a page with the habit: a word torn, or a paragraph's end?"""
        measure = self._page(end)
        return measure is not None and at_measure(text, measure) and self.at(end) == ""

    def column(self, end: int, text: str) -> float | None:
        """The measure of another column than the body's, wider (a brief's beside the
        body), that the line `text` ending at offset `end` shows; None on a page without
        the habit or for a line no wider than the body's measure."""
        measure = self._page(end)
        return cells(text) if measure is not None and cells(text) > _WIDER * measure else None


def at_measure(text: str, measure: float) -> bool:
    """Is the line `text` set at the measure (cells): a column's full line, not its last?"""
    return _BODY * measure <= cells(text) <= _WIDER * measure


def one_measure(a: float, b: float) -> bool:
    """Are two widths (cells) one column's measure? Lines of proportional type, torn at any
    syllable, differ by a fifth of the wider at most."""
    return abs(a - b) <= _PROPORTIONAL * max(a, b)


def _measure(page: str) -> float | None:
    """The page's body measure (cells) when it shows the habit, else None."""
    lines = page.split("\n")
    ends = mid_sentence = 0
    spaced: list[int] = []
    for line, nxt in zip(lines, lines[1:], strict=False):
        if line.strip() and nxt.strip():
            ends += 1
            if line.rstrip("\r")[-1:] in _SPACES and _ROW not in line.strip():
                spaced.append(cells(line.strip()))
                mid_sentence += not SENTENCE_CLOSES.search(line.strip())
    if len(spaced) < _LEAST or len(spaced) < _SHARE * ends or len(spaced) > _PADDED * ends:
        return None
    # a column wraps mid-sentence; a web copy's paragraphs, each a line, end in a stray
    # space after their last sentence
    return median(spaced) if mid_sentence >= _LEAST else None
