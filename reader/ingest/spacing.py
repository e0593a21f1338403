"""Spacing statistics of an edition: do two pieces of text stand inside one word, or
apart, where the edition prints them on one line?

A line that ends full may have torn a word or broken at a space; nothing on the page
tells which. The edition's own unbroken text does: for the end of the left word and
the start of the right one, count how often they stand together inside a word and
how often with a space between, in every printed line. The longest context seen
either way decides, but one character each side (such pairs meet by chance) decides no
join where the right piece's first two characters start words more often than they
stand inside words. A word's edges count as characters ('^', '$'), so '의' alone
(a word that never stands alone) and '의미' differ. The first and last word of a
printed line may be pieces of torn words: their outer edge is not counted as a
word edge. Digits read as one digit and Latin letters as one letter, so '2018년부터'
teaches '2026년부|터' too. Whole words speak first: a one-syllable piece the edition
never prints as a word is part of one, and two words it prints on their own but never
together stand apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from itertools import islice
from operator import itemgetter

# Context lengths (the left word's end, the right word's start; edges included),
# longest first: the first the edition has seen decides.
_LEFT, _RIGHT = 3, 2
_CONTEXTS = ((3, 2), (3, 1), (2, 2), (2, 1), (1, 2), (1, 1))
_ENDS, _STARTS = itemgetter(slice(-_LEFT - 1, None)), itemgetter(slice(None, _RIGHT + 1))
_EVIDENCE = 1  # times a context must be seen, the more common way, to decide
_SHORT = 2  # the same for one character each side: such pairs meet by chance
_START, _END = "^", "$"
_UNKNOWN_START, _UNKNOWN_END = "\x00", "\x01"  # edges no query asks about
_LEADING = "‘“'\"(["
_TRAILING = ".,?!…'\"’”)]"
_DIGITS = re.compile("[0-9]")
_LATIN = re.compile("[A-Za-z]")
_ASCII = re.compile("[0-9A-Za-z]")
# Where script meets punctuation or Latin, any syllable stands for all ('사업|(AX').
_HANGUL, _SYLLABLE = re.compile("[가-힣]"), "\x02"


class Spacing:
    """Counts of (left context, right context) pairs inside words and across spaces."""

    def __init__(self, text: str = ""):
        self._whole: Counter[str] = Counter()  # every word, its edges marked
        self._pairs: Counter[tuple[str, str]] = Counter()  # neighbours' end and start
        self._inside: dict[tuple[str, str], int] = {}
        self._apart: dict[tuple[str, str], int] = {}
        self._asked: dict[tuple[str, str, bool], bool | None] = {}  # an edition repeats itself
        self._seen_as_word: dict[str, bool] = {}  # _seen's answers (70 look-ups each)
        self._sorted: list[str] = []  # _whole's words in order, for prefix look-ups
        # A word's first two characters: counts inside words and at words' starts.
        self._starts: dict[str, list[int]] | None = None
        self._counted = False
        self.add(text)

    def add(self, text: str) -> None:
        """Count more of the edition's printed lines (whole lines: the counts add up, so
        the PDF ingest counts each page as it arrives from the workers)."""
        classes = _LATIN.sub("a", _DIGITS.sub("0", text))
        # Every word with its edges marked; a printed line's first and last word with
        # their outer edge unknown: '\x00첫$ ^둘째$ ^끝\x01'.
        lines = [" ".join(x.split()) for x in classes.splitlines()]
        marked = f"{_UNKNOWN_END} {_UNKNOWN_START}".join(
            x.replace(" ", f"{_END} {_START}") for x in lines if x
        )
        words = f"{_UNKNOWN_START}{marked}{_UNKNOWN_END}".split(" ")
        self._whole.update(words)
        # Neighbours on one line: the left word's end, the right word's start (sliced
        # by map and itemgetter: this runs for every word of the edition).
        starts = map(_STARTS, islice(words, 1, None))
        self._pairs.update(zip(map(_ENDS, words), starts, strict=False))
        self._counted = False
        self._asked.clear()
        self._seen_as_word.clear()

    def _count(self) -> None:
        """The contexts of every place inside a word and between neighbours."""
        # Inside a word, split before its character k (the pieces cut to what counts).
        # Words share these pieces ('...했다$'): each pair is counted once, by its weight.
        pieces: dict[tuple[str, str], int] = {}
        get = pieces.get
        for w, n in self._whole.items():
            for k in range(2, len(w) - 1):
                key = (w[k - 3 if k > 2 else 0 : k], w[k : k + 2])
                pieces[key] = get(key, 0) + n
        self._inside = _contexts((a, b, n) for (a, b), n in pieces.items())
        pairs = self._pairs.items()
        self._apart = _contexts((a[:-1], b[1:], n) for (a, b), n in pairs if a[-1] == _END)
        self._sorted = sorted(self._whole)
        self._starts = None
        self._counted = True

    def joined(self, left: str, right: str, right_ends: bool) -> bool | None:
        """Does the left word run on into the right one? None: the edition does not say.
        right_ends: the right word is known to end where it does (a space follows)."""
        key = (left, right, right_ends)
        if key not in self._asked:
            self._asked[key] = self._joined(left, right, right_ends)
        return self._asked[key]

    def _joined(self, left: str, right: str, right_ends: bool) -> bool | None:
        if not self._counted:
            self._count()
        a = _START + _classes(left)
        b = _classes(right) + (_END if right_ends else "")
        if self._piece(a[1:], b[:-1] if right_ends else b, right_ends):
            return True
        if right_ends and self._words_apart(a[1:], b[:-1]):
            return False
        for i, j in _CONTEXTS:
            if i > len(a) or j > len(b):
                continue
            key = (a[-i:], b[:j])
            inside, apart = self._inside.get(key, 0), self._apart.get(key, 0)
            if max(inside, apart) >= (_EVIDENCE if i + j > 2 else _SHORT) and inside != apart:
                if i + j == 2 and inside > apart and self._starts_words(b[:2]):
                    return False
                return inside > apart
        if not ("가" <= a[-1] <= "힣" and "가" <= b[:1] <= "힣"):
            key = (_HANGUL.sub(_SYLLABLE, a[-1]), _HANGUL.sub(_SYLLABLE, b[:2]))
            inside, apart = self._inside.get(key, 0), self._apart.get(key, 0)
            if max(inside, apart) >= _SHORT and inside != apart:
                return inside > apart
        return None

    def _starts_words(self, start: str) -> bool:
        """Does the edition print start (a right piece's first two characters) at words'
        starts more often than inside words? Then one syllable each side that meets inside
        words ('산|업') says nothing against a space ('예산|업무협약식에는')."""
        if self._starts is None:
            self._starts = {}
            for counts, k in ((self._inside, 0), (self._apart, 1)):
                for (a, b), n in counts.items():
                    if len(a) == 1 and len(b) == 2:
                        self._starts.setdefault(b, [0, 0])[k] += n
        inside, apart = self._starts.get(start, (0, 0))
        return apart > inside

    def _piece(self, left: str, right: str, right_ends: bool) -> bool:
        """Is left or right a one-syllable piece the edition never prints as a word of its
        own (quotes and brackets aside: '“재|생에너지', '진행되|나?')? Then it is part of
        one, whatever words that merely end or start like it do ('지역의 미래': '의|미는').
        Both come as `_classes` reads them."""
        core = left.lstrip(_LEADING)
        if len(core) == 1 and not self._seen(core):
            return True
        core = right.rstrip(_TRAILING)
        return right_ends and len(core) == 1 and not self._seen(core)

    def _words_apart(self, left: str, right: str) -> bool:
        """Are left and right words the edition prints on their own, and never together
        at a word's start? Then they stand apart, whatever pieces of other words say
        ('예산|업무협약식에는', where '산업' is everywhere)."""
        if not (self._whole[f"{_START}{left}{_END}"] and self._whole[f"{_START}{right}{_END}"]):
            return False
        joined = f"{_START}{left}{right}"
        i = bisect_left(self._sorted, joined)
        return not (i < len(self._sorted) and self._sorted[i].startswith(joined))

    def _seen(self, core: str) -> bool:
        """Does the edition print core as a word, quoted, bracketed or closing a sentence?"""
        seen = self._seen_as_word.get(core)
        if seen is None:
            seen = self._seen_as_word[core] = any(
                self._whole[f"{_START}{p}{core}{q}{_END}"]
                for p in ("", *_LEADING)
                for q in ("", *_TRAILING)
            )
        return seen


def _contexts(places: Iterable[tuple[str, str, int]]) -> dict[tuple[str, str], int]:
    """Counts of every context of places between a left and a right piece (seen n times):
    the last one to three characters of left with the first one or two of right. A plain
    dict and unrolled loops: this runs for every word of the edition."""
    counts: dict[tuple[str, str], int] = {}
    get = counts.get
    for left, right, n in places:
        r1, r2 = right[:1], right[:2]
        two = len(r2) == 2
        for a in (left[-3:], left[-2:], left[-1:]) if len(left) >= 3 else (left, left[-1:]):
            key = (a, r2)
            counts[key] = get(key, 0) + n
            if two:
                key = (a, r1)
                counts[key] = get(key, 0) + n
        last = left[-1]
        if not ("가" <= last <= "힣" and "가" <= r1 <= "힣"):
            key = (_any_syllable(last), _any_syllable(r1) + _any_syllable(r2[1:]))
            counts[key] = get(key, 0) + n
    return counts


def _any_syllable(ch: str) -> str:
    """One character (or none), a Hangul syllable standing for all."""
    return _SYLLABLE if "가" <= ch <= "힣" else ch


def _classes(text: str) -> str:
    if not _ASCII.search(text):
        return text
    return _LATIN.sub("a", _DIGITS.sub("0", text))
