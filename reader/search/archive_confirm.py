"""Confirm an archive candidate with the exact matcher, and count what ranks it.

A term occurs in a leaf only where its key does: in the leaf's normalized text
without spaces (plain terms) or in its initials (초성 terms). So each leaf is
normalized (cheap for most newspaper text, see normalize.py) and only the leaves
that may hold a term, wanted or excluded, go to the matcher: a leaf without a
possible occurrence changes nothing, as the matcher decides items and marks
hits by occurrences alone.

Most leaves of a candidate hold none of the terms, and most terms hold Hangul
syllables, which a term matches literally: a leaf whose normalized form keeps
its syllables (keeps_syllables) and that lacks one of every term's is passed
over without being normalized at all.
"""

from __future__ import annotations

from typing import NamedTuple

from reader.model import Item, leaves
from reader.search.edition import TITLE_PATHS, Hit, LeafIndex
from reader.search.normalize import TO_INITIAL, keeps_syllables, normalize
from reader.search.query import Query, Term

_SYLLABLES = range(0xAC00, 0xD7A4)


def _syllables(term: Term) -> frozenset[str]:
    """The Hangul syllables every occurrence of the term holds as they are."""
    return frozenset(ch for ch in term.text if ord(ch) in _SYLLABLES)


class Confirmed(NamedTuple):
    hits: list[Hit]
    # Per included term, its occurrences in titles (headline, subheadline, ad
    # title) and elsewhere, overlapping ones included.
    counts: list[tuple[int, int]]
    length: int  # characters of the item's leaves


class Confirmer:
    """The exact hits of one query in candidate items."""

    def __init__(self, query: Query):
        self.query = query
        terms = (*query.include, *query.exclude)
        self._keys = [(t.key, t.choseong) for t in terms]
        self._initials = any(t.choseong for t in terms)
        syllables = [_syllables(t) for t in terms]
        self._syllables = syllables if all(syllables) else None

    def _may_hold(self, text: str) -> bool:
        """False when text lacks one of the syllables of every term."""
        if self._syllables is None:
            return True
        for syllables in self._syllables:
            for ch in syllables:
                if ch not in text:
                    break
            else:
                return True
        return False

    def confirm(self, item: Item, page: int) -> Confirmed | None:
        kept = []
        found: set[int] = set()
        length = 0
        for leaf in leaves(item):
            length += len(leaf.text)
            if not self._may_hold(leaf.text) and keeps_syllables(leaf.text):
                continue
            normalized = normalize(leaf.text)
            compact = normalized.text.replace(" ", "")
            initials = normalized.text.translate(TO_INITIAL) if self._initials else ""
            possible = {
                n
                for n, (key, choseong) in enumerate(self._keys)
                if key in (initials if choseong else compact)
            }
            if possible:
                kept.append((leaf, normalized))
                found |= possible
        if not found.issuperset(range(len(self.query.include))):
            return None
        index = LeafIndex([(item.id, page, kept)])
        hits = index.search(self.query)
        if not hits:
            return None
        counts = []
        for term in self.query.include:
            paths = [path for path, _, _ in index.occurrences(term)]
            titles = sum(path in TITLE_PATHS for path in paths)
            counts.append((titles, len(paths) - titles))
        return Confirmed(hits, counts, length)
