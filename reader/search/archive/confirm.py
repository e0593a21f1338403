"""Confirm an archive candidate with the exact matcher, and count what ranks it.

The matcher (LeafIndex, the edition search's own) is given the candidate's
leaves, normalized, and finds its hits exactly as the edition's search does. A
leaf without an occurrence of any term, wanted or excluded, changes nothing
there, as the matcher decides items and marks hits by occurrences alone; so a
leaf that surely holds none is left out, without being normalized at all.

Surely, because most leaves are text that keeps its syllables (keeps_syllables):
its characters normalize to themselves, but for the case of Latin letters,
whitespace and quotes. Its form holds a syllable, digit or Latin letter only
where the text does, and syllables next to each other only where the text has
them so (but for whitespace between them). Such a leaf holds a plain term only if
it holds each of the term's syllables, digits and letters (a letter in either
case), and a 초성 term only if it holds the term's longest run of syllables and
initials, each initial matched by itself or any syllable it begins, whitespace
allowed between them. A term with none of these can be in any leaf: then none
is left out. (keeps_syllables promises the syllables; the rest is what its text
is made of, and tests/search/archive/test_confirm.py tries texts that are not.)
A leaf with Hanja never keeps its syllables (a term's syllable may be there as a
Hanja read so): it is always normalized.

Normalizing is most of what a leaf costs: leaving leaves out is what makes a
candidate cheap to confirm (docs/archive.md has the figures).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.model import Item, leaves
from reader.normalize import INITIALS, keeps_syllables, normalize
from reader.search.composing import syllables_of, widened
from reader.search.edition import TITLE_PATHS, Hit, LeafIndex, word_rank
from reader.search.query import Query, Term

_HANGUL_RUN = re.compile(f"[{INITIALS}\uac00-\ud7a3]+")
# An initial as a character class: itself, or any syllable it begins.
_AS_INITIAL = {initial: f"[{initial}{syllables_of(initial)}]" for initial in INITIALS}


def _kept_as_is(ch: str) -> bool:
    """True for a character that a text that keeps its syllables holds wherever its
    form does: a syllable, a digit, or a Latin letter (there in either case)."""
    return "\uac00" <= ch <= "\ud7a3" or (ch.isascii() and ch.isalnum())


def _test(term: Term) -> tuple[tuple[str, str], ...] | re.Pattern[str] | None:
    """What the text of a leaf that keeps its syllables holds if the term occurs in
    it: each (character, its upper case) of these pairs, one or the other, or a
    match of this pattern; None when nothing is sure."""
    term = widened(term)  # an open term's last syllable may be another: as 초성
    if not term.choseong:
        chars = dict.fromkeys(ch for ch in term.text if _kept_as_is(ch))
        return tuple((ch, ch.upper()) for ch in chars) or None
    run = max(_HANGUL_RUN.findall(term.text), key=len, default="")
    # Spacing never matters: any whitespace may stand between two characters.
    return re.compile(r"\s*".join(_AS_INITIAL.get(ch, ch) for ch in run)) if run else None


class Confirmed(NamedTuple):
    hits: list[Hit]
    # Per included term, its occurrences in titles (headline, subheadline, ad
    # title) and elsewhere, overlapping ones included.
    counts: list[tuple[int, int]]
    length: int  # characters of the item's leaves
    whole: bool  # a hit starts and ends on word boundaries


class Confirmer:
    """The exact hits of one query in candidate items."""

    def __init__(self, query: Query):
        self.query = query
        tests = [_test(t) for t in (*query.include, *query.exclude)]
        self._sure = None not in tests  # else any leaf may hold a term
        self._chars = [t for t in tests if isinstance(t, tuple)]
        self._patterns = [t for t in tests if isinstance(t, re.Pattern)]

    def _may_hold(self, text: str) -> bool:
        """False when a text that keeps its syllables holds none of the terms."""
        if not self._sure:
            return True
        for chars in self._chars:
            for ch, upper in chars:
                if ch not in text and upper not in text:
                    break
            else:
                return True
        for pattern in self._patterns:
            if pattern.search(text):
                return True
        return False

    def confirm(self, item: Item, page: int) -> Confirmed | None:
        kept = []
        length = 0
        for leaf in leaves(item):
            length += len(leaf.text)
            if self._may_hold(leaf.text) or not keeps_syllables(leaf.text):
                kept.append((leaf, normalize(leaf.text)))
        hits, occurrences = LeafIndex([(item.id, page, kept)]).search_occurrences(self.query)
        if not hits:
            return None
        counts = []
        for occ in occurrences:
            titles = sum(path in TITLE_PATHS for path, _, _ in occ)
            counts.append((titles, len(occ) - titles))
        texts = {leaf.path: leaf.text for leaf, _ in kept}
        whole = any(word_rank(texts[h.path], h.start, h.end) == 0 for h in hits)
        return Confirmed(hits, counts, length, whole)
