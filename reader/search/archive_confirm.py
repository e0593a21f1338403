"""Confirm an archive candidate with the exact matcher, normalizing only what may match.

normalize() costs about a microsecond a character, and an article has thousands,
while a term usually sits in one or two of its leaves. So each leaf is first
folded cheaply, character by character (str.translate with each character's own
compacted normalize()), and only leaves that may hold a term, wanted or
excluded, go to EditionIndex, in a stand-in item whose hits are mapped back to
the real leaf paths. A leaf without a possible occurrence changes nothing: the
matcher decides items and marks hits by occurrences alone.

Folding character by character is exactly normalize() when every character
folds on its own (normalize folds clusters: a character and the combining ones
after it). A leaf with any other character, or one never seen before the cache
filled up, is taken whole.
"""

from __future__ import annotations

import msgspec

from reader.model import SCHEMA as EDITION_SCHEMA
from reader.model import Article, Block, Edition, Item, Leaf, Page, Source, Text, leaves
from reader.search.archive_fts import compact
from reader.search.edition import TITLE_PATHS, Hit, search_edition
from reader.search.normalize import TO_INITIAL, normalize
from reader.search.query import Query, Term

_UNSURE = "\x00"  # never in compacted text, which is alphanumeric
_LIMIT = 1 << 16  # distinct characters remembered: hostile text may use them all
_fold_table: dict[int, str] = {}  # for str.translate
_folds_known: set[str] = set()
_NO_SOURCE = Source("", "", "")


def _alone(ch: str) -> str:
    """compact(normalize(ch)) when ch folds the same wherever it stands, else _UNSURE."""
    if ch.isspace():
        return ""
    # Standing alone between two letters, ch starts its own cluster (offset 1) unless it
    # joins the letter before it; a character that folds to nothing is unsure too.
    if 1 not in normalize(f"a{ch}b").starts:
        return _UNSURE
    return compact(normalize(ch).text)


def folded(text: str) -> str | None:
    """compact(normalize(text).text), or None when only normalize() itself can tell."""
    new = set(text).difference(_folds_known)
    if new:
        if len(_folds_known) + len(new) > _LIMIT:
            return None
        _fold_table.update((ord(ch), _alone(ch)) for ch in new)
        _folds_known.update(new)
    out = text.translate(_fold_table)
    return None if _UNSURE in out else out


def _needle(term: Term) -> str:
    # A term occurs only where its compacted form (of initials, for 초성) does.
    return compact(term.key if term.choseong else term.text)


class Confirmer:
    """The exact hits of one query in candidate items."""

    def __init__(self, query: Query):
        self.query = query
        terms = [*query.include, *query.exclude]
        self._needles = [(_needle(t), t.choseong) for t in terms]
        self._wanted = len(query.include)
        self._initials = any(t.choseong for t in terms)

    def _possible(self, leaf: Leaf) -> set[int] | None:
        """Indexes of the terms that may occur in the leaf; None when any may."""
        text = folded(leaf.text)
        if text is None:
            return None
        initials = text.translate(TO_INITIAL) if self._initials else text
        return {
            n
            for n, (needle, choseong) in enumerate(self._needles)
            if needle in (initials if choseong else text)
        }

    def hits(self, item: Item, page: int, section: str, edition_id: str) -> list[Hit]:
        kept: list[Leaf] = []
        found: set[int] = set()
        for leaf in leaves(item):
            possible = self._possible(leaf)
            if possible is None:
                possible = set(range(len(self._needles)))
            if possible:
                kept.append(leaf)
                found |= possible
        if not found.issuperset(range(self._wanted)):
            return []
        # The stand-in keeps the kept leaves' texts, order and title status.
        titles = [leaf for leaf in kept if leaf.path in TITLE_PATHS]
        others = [leaf for leaf in kept if leaf.path not in TITLE_PATHS]
        stand_in = Article(
            id=item.id,
            headline=Text(titles[0].text) if titles else None,
            subheadline=Text(titles[1].text) if len(titles) > 1 else None,
            body=[Block("paragraph", leaf.text) for leaf in others],
        )
        paths = {
            own.path: leaf.path for own, leaf in zip(leaves(stand_in), titles + others, strict=True)
        }
        edition = Edition(
            EDITION_SCHEMA, edition_id, _NO_SOURCE, pages=[Page(page, section, [stand_in])]
        )
        return [
            msgspec.structs.replace(hit, path=paths[hit.path])
            for hit in search_edition(edition, self.query)
        ]
