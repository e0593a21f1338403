"""What the archive's FTS5 tables hold for an item, and the MATCHes that find its candidates.

Both sides are cut here, from the same normalized form as the in-edition search,
so that the candidates of a query are always a superset of its exact matches;
the exact matcher (reader.search) then confirms and highlights them. Tokens are
space-separated, for FTS5's ``ascii`` tokenizer: every non-ASCII character is a
token character, so Hangul is never split.

``text`` table (detail=full: phrases need positions):
- ``body`` and ``head``: the compacted text of the leaves, titles in ``head``:
  normalize(), then every non-alphanumeric character dropped (spaces too), cut
  into overlapping character bigrams, plus the last character alone. Dropping
  characters keeps substrings substrings, so a plain term's compacted form is in
  its item's column: the phrase of its bigrams finds it, and a one-character
  term, a prefix query, finds it even as the last character.

``words`` table (detail=none: its matches need no positions, which would make it far
bigger; no column
filters then, so the two columns' tokens never look alike):
- ``cho``: each distinct word holding Hangul as its initial consonants (초성),
  compacted, cut into trigrams and bigrams, plus its last character. A 초성 term
  matches inside one word, so each space-separated piece of it, mapped to
  initials, is inside one word's initials: all of its trigrams are there, a
  piece of two is a token, and a piece of one is a prefix of a token.
- ``sym``: one token per distinct punctuation character (``§`` + hex code), for
  terms made of punctuation only, which no other column can see.

A 초성 term's other characters (syllables, Latin) match literally, so they add
``text`` constraints: runs of them as phrases, and each one next to an initial as
the bigrams it can form with the syllables of that initial (``오ㅅ``: 오사 ... 오싷).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.model import Item, leaves
from reader.search.edition import TITLE_PATHS
from reader.search.normalize import INITIAL_SET, INITIALS, TO_INITIAL, normalize
from reader.search.query import Query, Term

TEXT_COLUMNS = ("body", "head")
WORD_COLUMNS = ("cho", "sym")

# Python's \w is exactly str.isalnum() plus "_".
_NOT_ALNUM = re.compile(r"[\W_]+")
# Runs of a 초성 piece that must occur literally: everything but bare initials.
_LITERAL_RUNS = re.compile(f"[^{INITIALS}]+")


def _matched_by() -> dict[str, list[str]]:
    """What each bare initial matches: itself and every syllable that starts with it."""
    out = {initial: [initial] for initial in INITIALS}
    for cp, initial in TO_INITIAL.items():
        out[initial].append(chr(cp))
    return out


_MATCHED_BY = _matched_by()


def compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text)


def _grams(s: str) -> str:
    """Overlapping bigrams of s and its last character alone ("" for "")."""
    if not s:
        return ""
    return " ".join([s[i : i + 2] for i in range(len(s) - 1)] + [s[-1]])


def _word_grams(w: str) -> str:
    """Trigrams and bigrams of w, and its last character."""
    trigrams = [w[i : i + 3] for i in range(len(w) - 2)]
    bigrams = [w[i : i + 2] for i in range(len(w) - 1)]
    return " ".join([*trigrams, *bigrams, w[-1]])


def _symbol(ch: str) -> str:
    # "§" is never in a cho token (those are compacted), so the two never collide.
    return f"§{ord(ch):x}"


def item_columns(item: Item) -> tuple[str, str, str, str]:
    """The (body, head, cho, sym) texts to index for an item."""
    head: list[str] = []
    body: list[str] = []
    words: dict[str, None] = {}  # distinct, in order
    chars: set[str] = set()
    for leaf in leaves(item):
        spaced = normalize(leaf.text).text
        (head if leaf.path in TITLE_PATHS else body).append(compact(spaced))
        words.update(dict.fromkeys(spaced.split(" ")))
        chars.update(spaced)
    cho = []
    for word in words:
        initials = compact(word.translate(TO_INITIAL))
        # Only a word with Hangul can hold a bare initial's match.
        if initials and (initials != compact(word) or any(ch in INITIAL_SET for ch in word)):
            cho.append(_word_grams(initials))
    sym = sorted(_symbol(ch) for ch in chars if ch != " " and not compact(ch))
    return _grams("".join(body)), _grams("".join(head)), " ".join(cho), " ".join(sym)


# --- queries --------------------------------------------------------------------


class Constraint(NamedTuple):
    """Strong constraints are phrases or whole tokens; weak ones (prefixes,
    punctuation) match most items and cost more than they save beside a strong one."""

    table: str  # "text" (its columns are chosen when joined) | "words"
    strong: bool
    expr: str


def _quoted(tokens: list[str], sep: str) -> str:
    return sep.join(f'"{t}"' for t in tokens)


def _text(s: str) -> list[Constraint]:
    """What every item holding s (compacted) satisfies."""
    c = compact(s)
    if len(c) >= 2:
        bigrams = " ".join(c[i : i + 2] for i in range(len(c) - 1))
        return [Constraint("text", True, f'"{bigrams}"')]
    if c:
        return [Constraint("text", False, f'"{c}" *')]
    symbols = sorted({_symbol(ch) for ch in s if ch != " "})
    return [Constraint("words", False, _quoted(symbols, " AND "))] if symbols else []


def _piece(piece: str) -> list[Constraint]:
    """Constraints of one space-free piece of a 초성 term holding an initial."""
    key = compact(piece.translate(TO_INITIAL))
    if len(key) >= 3:
        trigrams = list(dict.fromkeys(key[i : i + 3] for i in range(len(key) - 2)))
        out = [Constraint("words", True, _quoted(trigrams, " AND "))]
    elif len(key) == 2:
        out = [Constraint("words", True, f'"{key}"')]
    else:
        out = [Constraint("words", False, f'"{key}" *')]
    for run in _LITERAL_RUNS.findall(piece):
        if len(compact(run)) >= 2:
            out += _text(run)
    c = compact(piece)
    for a, b in zip(c, c[1:], strict=False):
        if (a in INITIAL_SET) != (b in INITIAL_SET):
            if a in INITIAL_SET:
                pairs = [x + b for x in _MATCHED_BY[a]]
            else:
                pairs = [a + y for y in _MATCHED_BY[b]]
            out.append(Constraint("text", True, _quoted(pairs, " OR ")))
    return out


def _choseong(term: Term) -> list[Constraint]:
    out: list[Constraint] = []
    # The term matches within words, a space only at a space: each piece lies in a word.
    for piece in term.text.split(" "):
        out += _piece(piece) if any(ch in INITIAL_SET for ch in piece) else _text(piece)
    return out


class Match(NamedTuple):
    """FTS5 MATCHes of a query's candidates; None where a table adds no constraint."""

    text: str | None
    words: str | None


def match_expressions(query: Query) -> Match:
    """The candidates of a query. Both tables are None only when it has nothing to find.

    Excluded terms are left to the exact matcher: an item whose compacted text
    holds a term may still lack the term itself, so NOT would lose matches.
    """
    found: list[Constraint] = []
    for term in query.include:
        found += _choseong(term) if term.choseong else _text(term.text)
    strong = [c for c in found if c.strong]
    chosen = strong or found

    def joined(table: str, columns: str = "") -> str | None:
        exprs = dict.fromkeys(c.expr for c in chosen if c.table == table)
        return " AND ".join(f"{columns}({expr})" for expr in exprs) or None

    return Match(joined("text", "{body head} : "), joined("words"))
