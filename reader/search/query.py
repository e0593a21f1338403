"""Parse what the reader types into terms. Never raises: every string is some query.

Rules (see reader/search/__init__.py for how terms match):
- words separated by spaces are separate terms, all of which must occur in the
  same article or ad (AND);
- ``"several words"`` is one term matched as a phrase; a missing closing quote
  ends the phrase at the end of the query (so typing stays useful mid-phrase);
- ``-term`` / ``-"a phrase"`` excludes the articles and ads that contain it; a
  lone ``-`` is ignored;
- the query is normalized first, so curly quotes “…” delimit phrases too.
"""

from __future__ import annotations

import msgspec

from reader.normalize import INITIAL_SET, fold


class Term(msgspec.Struct, frozen=True):
    """One thing to find.

    ``text`` is the term's normalized form, without spaces: every term matches
    regardless of spacing. A 초성 term holds a bare initial consonant, which
    matches any syllable it begins (reader.search.pattern says how each
    character matches).
    """

    text: str
    choseong: bool = False
    # Indexes in text after a space the quoted query had, where the text needs one too
    breaks: tuple[int, ...] = ()
    # and after separate words joined (search's phrase), where a space may or may not be.
    joins: tuple[int, ...] = ()


class Query(msgspec.Struct, frozen=True):
    include: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nothing to find (hits need a term to mark)."""
        return not self.include


def _term(raw: str) -> Term | None:
    text = raw.replace(" ", "")
    if not text:
        return None
    words = raw.split()
    breaks = [sum(map(len, words[:n])) for n in range(1, len(words))]
    return Term(text, any(ch in INITIAL_SET for ch in text), tuple(breaks))


def phrase(terms: tuple[Term, ...]) -> Term:
    """Plain terms one after another as one term, spaced or not where they meet."""
    text = ""
    breaks: list[int] = []
    joins: list[int] = []
    for term in terms:
        breaks += [len(text) + i for i in term.breaks]
        joins += [len(text) + i for i in term.joins]
        if text:
            joins.append(len(text))
        text += term.text
    return Term(text, breaks=tuple(breaks), joins=tuple(joins))


def _tokens(s: str) -> list[tuple[bool, str]]:
    """(negated, text) pairs in order."""
    out: list[tuple[bool, str]] = []
    i, n = 0, len(s)
    while i < n:
        if s[i] == " ":
            i += 1
            continue
        negated = s[i] == "-"
        if negated:
            i += 1
        if i < n and s[i] == '"':
            close = s.find('"', i + 1)
            end = n if close == -1 else close
            out.append((negated, s[i + 1 : end]))
            i = end + 1
            continue
        j = i
        while j < n and s[j] not in ' "':
            j += 1
        out.append((negated, s[i:j]))
        i = j
    return out


def parse_query(s: str) -> Query:
    include: list[Term] = []
    exclude: list[Term] = []
    for negated, raw in _tokens(fold(s)):
        term = _term(raw)
        terms = exclude if negated else include
        if term is not None and term not in terms:
            terms.append(term)
    return Query(tuple(include), tuple(exclude))
