"""Breaking printed text into lines, as Korean papers set it.

Body text wraps by characters at the column's right edge: a word may be torn between
two lines, and nothing marks the tear (no hyphen). Only the typesetter's usual rules
hold: no line starts with closing punctuation or ends with an opening one, and a run of
Latin letters, digits or an address is never torn. Display type (headlines, decks)
wraps between words. Each line records where it starts and ends, so the layout can say
for every break whether it fell between words or inside one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tests.pdfgen.fonts import char_width

CLOSERS = frozenset(".,)]}’”'\"」』〉》?!:;…·%")
OPENERS = frozenset("([{‘“「『〈《")


@dataclass(frozen=True, slots=True)
class Slice:
    """text[start:end] is one printed line; `last` when a paragraph or hard line ends here."""

    start: int
    end: int
    last: bool


def _tight(a: str, b: str) -> bool:
    """Never break between a and b: Latin words, numbers, addresses stay whole."""
    return a.isascii() and b.isascii() and not a.isspace() and not b.isspace()


def _may_break(text: str, i: int, words: bool) -> bool:
    """May a line end before text[i]?"""
    a, b = text[i - 1], text[i]
    if b == " " or a == " ":
        return True
    if words:
        return False
    return b not in CLOSERS and a not in OPENERS and not _tight(a, b)


def wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    indent: float = 0.0,
    *,
    words: bool = False,
    forced: Iterable[int] = (),
) -> list[Slice]:
    """Lines of text at `width` points; the first line of each paragraph is indented.

    `forced`: offsets where a line must end (the next line starts there), for pages that
    reproduce a printed page's breaks.
    """
    force = sorted(set(forced))
    out: list[Slice] = []
    seg_start = 0
    for seg in text.split("\n"):
        seg_end = seg_start + len(seg)
        pos = seg_start
        first = True
        while True:
            while pos < seg_end and text[pos] == " ":
                pos += 1
            if pos >= seg_end:
                break
            avail = width - (indent if first else 0.0)
            first = False
            w, i = 0.0, pos
            while i < seg_end:
                w += char_width(text[i], font) * size
                if w > avail + 0.01:
                    break
                i += 1
            end = i
            if end < seg_end:
                while end > pos + 1 and not _may_break(text, end, words):
                    end -= 1
                if end == pos + 1 and not _may_break(text, end, words):
                    end = i  # one unbreakable run wider than the line: tear it anyway
            near = [p for p in force if pos < p <= i + 2 and p < seg_end]
            if near:
                end = near[0]
            stop = end
            while stop > pos and text[stop - 1] == " ":
                stop -= 1
            out.append(Slice(pos, stop, end >= seg_end))
            pos = end
        seg_start = seg_end + 1
    return out
