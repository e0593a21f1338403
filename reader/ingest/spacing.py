"""Spacing statistics of an edition: do two pieces of text stand inside one word, or
apart, where the edition prints them on one line?

A line that ends full may have torn a word or broken at a space; nothing on the page
tells which. The edition's own unbroken text does: for the end of the left word and
the start of the right one, count how often they stand together inside a word and
how often with a space between, in every printed line. The longest context seen
either way decides. A word's edges count as characters ('^', '$'), so '의' alone
(a word that never stands alone) and '의미' differ. The first and last word of a
printed line may be pieces of torn words: their outer edge is not counted as a
word edge. Digits read as one digit and Latin letters as one letter, so '2018년부터'
teaches '2026년부|터' too.
"""

from __future__ import annotations

import string
from collections import Counter

_LEFT = 3  # the longest context taken from the left word's end (its '^' included)
_RIGHT = 2  # from the right word's start ('$' included)
EVIDENCE = 1  # times a context must be seen, the more common way, to decide
SHORT = 2  # the same for a one-syllable context each side: such pairs occur by chance
_START, _END = "^", "$"
_UNKNOWN_START, _UNKNOWN_END = "\x00", "\x01"  # edges no query asks about
_TRAILING = ".,?!…'\"’”)"
_CLASSES = str.maketrans(
    {**dict.fromkeys(string.digits, "0"), **dict.fromkeys(string.ascii_letters, "a")}
)


class Spacing:
    """Counts of (left context, right context) pairs inside words and across spaces."""

    def __init__(self, text: str):
        words: Counter[str] = Counter()
        pairs: Counter[tuple[str, str]] = Counter()
        for line in text.translate(_CLASSES).splitlines():
            tokens = line.split()
            if not tokens:
                continue
            marked = [f"{_START}{t}{_END}" for t in tokens]
            marked[0] = _UNKNOWN_START + marked[0][1:]
            marked[-1] = marked[-1][:-1] + _UNKNOWN_END
            words.update(marked)
            pairs.update(zip(marked, marked[1:], strict=False))
        self._whole = words
        self._inside: Counter[tuple[str, str]] = Counter()
        self._apart: Counter[tuple[str, str]] = Counter()
        for w, n in words.items():
            for k in range(2, len(w) - 1):
                _count(self._inside, w[:k], w[k:], n)
        for (a, b), n in pairs.items():
            _count(self._apart, a[:-1], b[1:], n)

    def joined(self, left: str, right: str, right_ends: bool) -> bool | None:
        """Does the left word run on into the right one? None: the edition does not say.
        right_ends: the right word is known to end where it does (a space follows)."""
        a = _START + left.translate(_CLASSES)
        b = right.translate(_CLASSES) + (_END if right_ends else "")
        for i in range(min(_LEFT, len(a)), 0, -1):
            for j in range(min(_RIGHT, len(b)), 0, -1):
                key = (a[-i:], b[:j])
                inside, apart = self._inside[key], self._apart[key]
                if max(inside, apart) >= (EVIDENCE if i + j > 2 else SHORT) and inside != apart:
                    return inside > apart
        # A one-syllable piece the edition never prints as a word of its own is part of
        # one (closing punctuation aside: '나?').
        if len(left) == 1 and not self._whole[_START + a[1:] + _END]:
            return True
        core = b[:-1].rstrip(_TRAILING)
        if right_ends and len(core) == 1 and not self._whole[_START + core + _END]:
            return not any(self._whole[f"{_START}{core}{p}{_END}"] for p in _TRAILING)
        return None


def _count(counts: Counter[tuple[str, str]], left: str, right: str, n: int) -> None:
    for i in range(1, min(_LEFT, len(left)) + 1):
        for j in range(1, min(_RIGHT, len(right)) + 1):
            counts[left[-i:], right[:j]] += n
