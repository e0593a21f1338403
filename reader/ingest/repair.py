"""Repairs of what extraction broke: words split across column breaks.

Join-or-space rule (shared notes §3, "H2": 3/3 on the real breaks, no
dependencies): join the two sides without a space when the end of the left
word plus the first syllable of the right word begins some word found
elsewhere in the edition. It errs towards a space, which keeps text readable
and is harmless to spacing-insensitive search.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.ingest.segment import Line
from reader.model import Span

_WORD = re.compile(r"[0-9A-Za-z\uac00-\ud7a3]+")
_OPENERS = "([{‘“'\"「『〈《<"
_CLOSERS = ",.)]}’”'\"」』〉》>?!:;…·"
_QUOTE_CLOSERS = ")]}’”'\"」』〉》>"
TERMINAL = re.compile(r"[.?!。…]['\"’”)\]」』]*$")


class Vocabulary:
    """Every word piece of the edition, for prefix look-ups."""

    def __init__(self, text: str):
        self._words = sorted(set(_WORD.findall(text)))

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self._words, prefix)
        return i < len(self._words) and self._words[i].startswith(prefix)


# Particles and endings never stand as words of their own: a line that starts with
# one continues the word the line before ended with ('광주’\n를 모토로').
_BOUND_WORD = re.compile(
    r"(?:을|를|은|는|의|에|에서|에게|에는|에도|에서는|으로|으로는|으로서|으로써|로|로는|로서|로써"
    r"|께서|이다|이며|이고|와)(?![0-9A-Za-z\uac00-\ud7a3])"
    r"|[았었였겠]"  # past and future endings ('했\n었다' never; '하\n였다')
)


def separator(left: str, right: str, vocab: Vocabulary) -> str:
    """'' to join left and right across a break, ' ' to keep them apart."""
    if not left or not right:
        return ""
    if right[0] in _CLOSERS or left[-1] in _OPENERS:
        return ""
    if _BOUND_WORD.match(right) and (left[-1].isalnum() or left[-1] in _QUOTE_CLOSERS):
        return ""
    last = _WORD.findall(left[-24:])
    first = _WORD.match(right)
    if not last or not first or not left[-1].isalnum():
        return " "
    # The left word must end at the break, the right word start at it.
    if not left.endswith(last[-1]):
        return " "
    return "" if vocab.has_prefix(last[-1] + first.group(0)[0]) else " "


@dataclass
class Chunk:
    """Repaired text and the source spans it came from."""

    text: str = ""
    spans: list[Span] = field(default_factory=list)

    @classmethod
    def of(cls, line: Line, text: str | None = None) -> Chunk:
        return cls(line.text if text is None else text, [(line.start, line.end)])

    def add(self, other: Chunk, sep: str) -> None:
        if not other.spans and not other.text:
            return
        self.text = f"{self.text}{sep}{other.text}" if self.text else other.text
        self.spans.extend(other.spans)

    @property
    def terminated(self) -> bool:
        return bool(TERMINAL.search(self.text))


def join_lines(lines: list[Line], vocab: Vocabulary) -> Chunk:
    """One paragraph's lines (wrapped at a column edge) as one piece of text."""
    out = Chunk()
    for line in lines:
        out.add(Chunk.of(line), separator(out.text, line.text, vocab))
    return out
