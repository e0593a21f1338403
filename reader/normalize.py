"""One comparable form of newspaper text and queries, with offsets back to the original.

The form: NFKC, case-folded, curly quotes made straight, the middle dots (ㆍ ‧ ・ ･)
made ·, Latin letters without their marks (é is e), 퍼센트 the sign % (against its
number), keyboard jamo kept as keyboard jamo, format characters (zero-width space,
soft hyphen) and the commas of a grouped number (4,120) dropped, and each run of
whitespace turned into one " " (none at either end). Every character of the
form remembers the [start, end) of the original text it came from, so a match in
the form is a highlight in the original.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from typing import NamedTuple, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# The 19 initial consonants (초성) in Unicode syllable order, as keyboard jamo.
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
INITIAL_SET = frozenset(INITIALS)

_SYLLABLE_FIRST = 0xAC00
_SYLLABLE_LAST = 0xD7A3
_PER_INITIAL = 21 * 28  # vowels x finals: each initial owns one contiguous block


def _build_fold_table() -> dict[int, str]:
    table = {ord(q): "'" for q in "‘’‚‛"}
    table.update({ord(q): '"' for q in "“”„‟"})
    # The middle dots papers use between names (김ㆍ이, 김·이) are one to a reader; ㆍ is
    # listed as the conjoining U+119E, what NFKC makes of it.
    table.update({cp: "\u00b7" for cp in (0x119E, 0x2027, 0x30FB)})
    # NFKC turns keyboard jamo (ㅇ U+3147) into conjoining jamo (U+110B), which
    # nobody can type; map them back so text and query agree on the typed form.
    for cp in range(0x3131, 0x318F):
        conjoining = unicodedata.normalize("NFKC", chr(cp))
        if len(conjoining) == 1 and 0x1100 <= ord(conjoining) <= 0x11FF:
            table.setdefault(ord(conjoining), chr(cp))
    # A Latin letter with its marks is the letter (café is cafe, Zürich zurich): a Korean
    # keyboard types none of them.
    for cp in range(0xC0, 0x2000):
        letter, marks = _split_marks(unicodedata.normalize("NFD", chr(cp)))
        if marks and letter.isascii() and letter.isalpha():
            table[cp] = letter
    return table


def _split_marks(s: str) -> tuple[str, str]:
    """A character decomposed: its letter and its combining marks ("" when it holds other
    characters after the first, or none)."""
    marks = s[1:]
    return s[:1], marks if all(map(unicodedata.combining, marks)) else ""


_FOLD_TABLE = _build_fold_table()

# Every syllable projected to its initial consonant; everything else stays itself.
TO_INITIAL = {
    cp: INITIALS[(cp - _SYLLABLE_FIRST) // _PER_INITIAL]
    for cp in range(_SYLLABLE_FIRST, _SYLLABLE_LAST + 1)
}


def _fold(s: str) -> str:
    """The comparable form of one cluster: whitespace as " ", format characters gone."""
    # casefold can leave text that is not NFKC (e.g. U+0130), so normalize again.
    s = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())
    s = s.translate(_FOLD_TABLE)
    if len(s) > 1 and s[0].isascii() and s[0].isalpha():
        # Marks NFKC found no letter for (q̇, and İ's dot once casefolded): dropped too.
        s = s[0] + "".join(ch for ch in s[1:] if not unicodedata.combining(ch))
    return "".join(" " if ch.isspace() else ch for ch in s if unicodedata.category(ch) != "Cf")


def _joins(ch: str) -> bool:
    """True for a character that composes with the one before (NFD Hangul, marks)."""
    cp = ord(ch)
    return (
        0x1160 <= cp <= 0x11FF  # conjoining vowels and finals
        or 0xD7B0 <= cp <= 0xD7FF
        or unicodedata.combining(ch) != 0
    )


# Per-character results: an edition uses a few thousand distinct characters; the
# limit keeps hostile text that uses every code point from growing them for ever.
_CACHE_LIMIT = 1 << 16


class _Memo(dict[K, V]):
    """fn's result per key, remembered up to _CACHE_LIMIT keys."""

    def __init__(self, fn: Callable[[K], V]):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: K) -> V:
        value = self.fn(key)
        if len(self) < _CACHE_LIMIT:
            self[key] = value
        return value


def _one_for_one(cp: int) -> str | None:
    """For a str.translate table: a character's fold when that is one character and the
    character never joins the one before it; None (dropped) for any other, so that
    a translation shorter than its text means the text needs folding by clusters."""
    ch = chr(cp)
    piece = _fold(ch)
    return piece if len(piece) == 1 and not _joins(ch) else None


_ONE_FOR_ONE = _Memo(_one_for_one)
_fold_cache = _Memo(_fold)
_joins_cache = _Memo(_joins)
# Text of these characters alone folds one for one by lower() and a few replacements,
# much faster than any table: printable ASCII, newlines, Hangul syllables, curly
# quotes and common marks. test_search_normalize checks each of them.
_CHEAP = re.compile("[\n -~\u00b7\u2018-\u201f\u2192\u203b\uac00-\ud7a3]*")
_CHEAP_CHANGES = re.compile("[\n\u2018-\u201f]")
_CHEAP_REPLACE = [("\n", " ")] + [
    (chr(cp), to) for cp, to in _FOLD_TABLE.items() if 0x2018 <= cp <= 0x201F
]
_identity = array("i", range(1 << 16))  # offsets of text that folds one for one


def _range(start: int, stop: int) -> array[int]:
    global _identity
    if stop > len(_identity):
        _identity = array("i", range(max(stop, 2 * len(_identity))))
    return _identity[start:stop]


class Normalized(NamedTuple):
    """The comparable form of a text and, per character, its original [start, end)."""

    text: str
    starts: array[int]
    ends: array[int]

    def compact(self) -> Normalized:
        """The same without the spaces, for matching regardless of spacing."""
        keep = [i for i, ch in enumerate(self.text) if ch != " "]
        return Normalized(
            self.text.replace(" ", ""),
            array("i", [self.starts[i] for i in keep]),
            array("i", [self.ends[i] for i in keep]),
        )


def keeps_syllables(text: str) -> bool:
    """True when normalize(text) holds the Hangul syllables text holds, in order, where
    text does but for a thousands comma dropped before them (so wherever text lacks
    one, its form does too); False when it may not."""
    return _CHEAP.fullmatch(text) is not None and "퍼센트" not in text


def normalize(text: str) -> Normalized:
    return _numbers(_normalize(text))


def _normalize(text: str) -> Normalized:
    if _CHEAP.fullmatch(text):
        one_for_one = text.lower()
        if _CHEAP_CHANGES.search(one_for_one):
            for ch, to in _CHEAP_REPLACE:
                one_for_one = one_for_one.replace(ch, to)
    else:
        one_for_one = text.translate(_ONE_FOR_ONE)
    # Whitespace folds to " " one for one, but runs and ends are not kept.
    if (
        len(one_for_one) == len(text)
        and "  " not in one_for_one
        and not one_for_one.startswith(" ")
        and not one_for_one.endswith(" ")
    ):
        return Normalized(one_for_one, _range(0, len(text)), _range(1, len(text) + 1))
    return _clusters(text)


def by_clusters(text: str) -> Normalized:
    """normalize(), folding each cluster (a character and those joining it) on its own."""
    return _numbers(_clusters(text))


def _numbers(form: Normalized) -> Normalized:
    """The form with its numbers read as a reader types them: without thousands commas,
    a percent as the sign."""
    return _percent(_without_grouping(form))


def _clusters(text: str) -> Normalized:
    out: list[str] = []
    starts = array("i")
    ends = array("i")
    space_at: tuple[int, int] | None = None  # the pending whitespace run
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n:
            if not _joins_cache[text[j]]:
                break
            j += 1
        if j == i + 1:
            piece = _fold_cache[text[i]]
        else:
            piece = _fold(text[i:j])
        for ch in piece:
            if ch == " ":
                if out and space_at is None:
                    space_at = (i, j)
                continue
            if space_at is not None:
                out.append(" ")
                starts.append(space_at[0])
                ends.append(space_at[1])
                space_at = None
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized("".join(out), starts, ends)


# A thousands comma (4,120) is not there to a reader who types 4120, but only inside a
# well-formed grouped number: 1-3 digits (not a lone 0), then groups of exactly three,
# not part of a longer run of digits and commas (0,500 m; 2,3,4,567 stay as they are).
_GROUPED = re.compile(r"(?<!\d)(?<!\d,)[1-9]\d{0,2}(?:,\d{3})+(?!\d|,\d)")


def _without_grouping(form: Normalized) -> Normalized:
    text = form.text
    if "," not in text:
        return form
    return _rewritten(
        form,
        [
            (m.start() + k, m.start() + k + 1, "")
            for m in _GROUPED.finditer(text)
            for k, ch in enumerate(m.group())
            if ch == ","
        ],
    )


# A percent sign is read 퍼센트, and papers print both: 70%, and 70 퍼센트 spaced as a
# unit is. One form for both, the sign, against its number (30 % is 30%).
_PERCENT = re.compile(r"(?<=\d) (?=%|퍼센트)|퍼센트")


def _percent(form: Normalized) -> Normalized:
    text = form.text
    if "퍼센트" not in text and " %" not in text:
        return form
    return _rewritten(
        form,
        [(m.start(), m.end(), "%" if m.group() != " " else "") for m in _PERCENT.finditer(text)],
    )


def _rewritten(form: Normalized, changes: list[tuple[int, int, str]]) -> Normalized:
    """The form with each [start, end) of changes (in order, apart) replaced by at most one
    character, which comes from all that the span came from."""
    if not changes:
        return form
    text, at = form.text, 0
    out: list[str] = []
    starts, ends = array("i"), array("i")
    for start, end, to in changes:
        out.append(text[at:start])
        starts += form.starts[at:start]
        ends += form.ends[at:start]
        if to:
            out.append(to)
            starts.append(form.starts[start])
            ends.append(form.ends[end - 1])
        at = end
    out.append(text[at:])
    starts += form.starts[at:]
    ends += form.ends[at:]
    return Normalized("".join(out), starts, ends)


def fold(text: str) -> str:
    """The comparable form alone (for queries)."""
    return normalize(text).text
