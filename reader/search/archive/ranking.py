"""Order inside a window of matches: newest edition first (as the windows are), and
within an edition the items with a term in a title first (more terms first), as the
search of one edition lists title hits first, then Okapi bm25 (k1 1.2, b 0.75),
earlier in the paper first on ties.

Every candidate of a window is confirmed before any is ranked, so each term's
frequency is exact: its occurrences in the item as the matcher finds them, one
in a headline, subheadline or ad title counting TITLE_WEIGHT times (a
BM25F-style boost). The document length is the characters of the item's stored
leaves, against the average of the window's matches. A term's idf is taken
over the items whose row ids lie between the window's oldest and newest
candidate: how many of them the term's own MATCH finds, one query per term and
window, and only for queries of two terms or more, since one term's idf orders
nothing.

A query with a 초성 term matches inside many words: there, matches with a hit
that is a whole word (starts and ends on word boundaries) come first.

FTS5's own bm25() is not used: it counts every match of each phrase in the
whole table on every query (see docs/archive.md).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from typing import TypeVar

from reader.search.archive.confirm import Confirmed
from reader.search.archive.fts import Match
from reader.search.archive.rows import ITEM_BITS
from reader.search.archive.windows import in_range

TITLE_WEIGHT = 3  # an occurrence in a headline, subheadline or ad title counts thrice
BM25_K1 = 1.2
BM25_B = 0.75

R = TypeVar("R")


def rank(
    db: sqlite3.Connection,
    window: list[int],
    found: Sequence[tuple[int, Confirmed, R]],
    terms: list[Match],
    whole_first: bool = False,
) -> list[R]:
    """The matches (row id, confirmation, result) among a window's candidates (row ids,
    newest first): newest edition first, so that the whole list is in date order;
    within an edition those with more of the terms in a title first, then best first
    by bm25, on ties in the paper's order; with ``whole_first``, those with a
    whole-word hit before all others. ``terms``: each term's own MATCH, or [] for a
    query of one term."""
    if not found:
        return []
    weights = idf(db, terms, window[-1], window[0]) if terms else [1.0]
    average = sum(c.length for _, c, _ in found) / len(found)
    scored = [
        (
            rowid >> ITEM_BITS,
            whole_first and c.whole,
            titled(c),
            bm25(c, weights, average),
            -rowid,
            r,
        )
        for rowid, c, r in found
    ]
    scored.sort(key=lambda s: s[:5], reverse=True)
    return [result for *_, result in scored]


def titled(confirmed: Confirmed) -> int:
    """How many of the query's terms occur in a title of the item (headline, subheadline,
    ad title)."""
    return sum(titles > 0 for titles, _ in confirmed.counts)


def idf(db: sqlite3.Connection, terms: list[Match], lo: int, hi: int) -> list[float]:
    """Each term's inverse document frequency among the items in [lo, hi]."""
    (total,) = db.execute(
        "SELECT count(*) FROM items WHERE id BETWEEN ? AND ?", (lo, hi)
    ).fetchone()
    weights = []
    for match in terms:
        sets = [
            in_range(db, table, expr, lo, hi)
            for table, expr in (("text_fts", match.text), ("word_fts", match.words))
            if expr
        ]
        df = len(set.intersection(*sets))
        weights.append(math.log(1 + (total - df + 0.5) / (df + 0.5)))
    return weights


def bm25(confirmed: Confirmed, weights: list[float], average: float) -> float:
    """Okapi bm25 of one match, its title occurrences weighing TITLE_WEIGHT each."""
    norm = BM25_K1 * (1 - BM25_B + BM25_B * confirmed.length / average) if average else 0.0
    score = 0.0
    for weight, (titles, others) in zip(weights, confirmed.counts, strict=True):
        tf = TITLE_WEIGHT * titles + others
        score += weight * tf * (BM25_K1 + 1) / (tf + norm)
    return score
