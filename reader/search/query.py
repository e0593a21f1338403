"""Parse what the reader types into terms. Never raises: every string is some query.

Rules (see reader/search/__init__.py for how terms match):
- words separated by spaces are separate terms, all of which must occur in the
  same article or ad (AND);
- ``"several words"`` is one term matched as a phrase; a missing closing quote
  ends the phrase at the end of the query (so typing stays useful mid-phrase).
  Papers quote with other marks too, and a reader copies them with the words:
  ``'…'`` (‘…’ folds to it) where the mark starts a word and its closing one ends a
  word (an apostrophe inside a word is part of it: council's), and the pairs
  「…」 『…』 《…》 〈…〉 «…» ‹…›, wherever they open;
- ``-term`` / ``-"a phrase"`` excludes the articles and ads that contain it; a
  lone ``-`` is ignored;
- the query is normalized first, so curly quotes “…” delimit phrases too.
"""

from __future__ import annotations

import msgspec

from reader.i18n import N_, _
from reader.normalize import INITIAL_SET, TO_INITIAL, fold

EMPTY = N_("the query is empty: search needs a word to find")
ONLY_LEFT_OUT = N_("-word only leaves out: search needs a word to find too")


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
    # Its last character is a syllable still being typed (reader.search.composing).
    open: bool = False


class Query(msgspec.Struct, frozen=True):
    include: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nothing to find (hits need a term to mark)."""
        return not self.include


def nothing_to_find(query: Query) -> str | None:
    """Why the query finds nothing, whatever is searched (only quotes, a lone -, or only
    -words), as `broadsheet search` and the search bar both say it; None when it has a word
    to find."""
    if not query.empty:
        return None
    return _(ONLY_LEFT_OUT) if query.exclude else _(EMPTY)


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
    return Term(text, breaks=tuple(breaks), joins=tuple(joins), open=terms[-1].open)


# The mark that closes a phrase each mark opens ("'" only where it starts a word).
_PAIRS = {'"': '"', "'": "'", "「": "」", "『": "』", "《": "》", "〈": "〉", "«": "»", "‹": "›"}
_ENDS_TOKEN = frozenset(" ") | (_PAIRS.keys() - {"'"})


def _opens(s: str, i: int) -> str | None:
    """The mark that closes a phrase opened by s[i]; None when s[i] opens none."""
    ch = s[i]
    if ch == "'" and i and s[i - 1] not in " -":
        return None  # an apostrophe inside a word
    return _PAIRS.get(ch)


def _closing(s: str, i: int, mark: str) -> int:
    """Where the phrase that goes on at s[i] ends: its closing mark, or len(s)."""
    j = s.find(mark, i)
    # A closing "'" ends a word: one followed by a letter is an apostrophe.
    while mark == "'" and j != -1 and j + 1 < len(s) and s[j + 1] not in _ENDS_TOKEN:
        j = s.find(mark, j + 1)
    return len(s) if j == -1 else j


def _tokens(s: str) -> list[tuple[bool, str, bool]]:
    """(negated, text, open-ended) triples in order; open-ended: the text runs to the end
    of s, no space or closing mark after it."""
    out: list[tuple[bool, str, bool]] = []
    i, n = 0, len(s)
    while i < n:
        if s[i] == " ":
            i += 1
            continue
        negated = s[i] == "-"
        if negated:
            i += 1
        mark = _opens(s, i) if i < n else None
        if mark is not None:
            end = _closing(s, i + 1, mark)
            out.append((negated, s[i + 1 : end], end == n))
            i = end + 1
            continue
        j = i
        while j < n and s[j] not in _ENDS_TOKEN:
            j += 1
        out.append((negated, s[i:j], j == n))
        i = j
    return out


def parse_query(s: str, typing: bool = False) -> Query:
    """The query s; with `typing`, s as typed so far in the search bar: a last term that
    ends in a syllable where s ends is open (Term.open, reader.search.composing)."""
    include: list[Term] = []
    exclude: list[Term] = []
    folded = fold(s)
    tokens = _tokens(folded)
    for n, (negated, raw, to_end) in enumerate(tokens):
        term = _term(raw)
        if term is None:
            continue
        last = n == len(tokens) - 1 and to_end and not negated
        if typing and last and _being_typed(s) and ord(term.text[-1]) in TO_INITIAL:
            term = msgspec.structs.replace(term, open=True)
        terms = exclude if negated else include
        if term not in terms:
            terms.append(term)
    return Query(tuple(include), tuple(exclude))


def _being_typed(s: str) -> bool:
    """Whether the last character typed may still change: the query does not end in a
    space (which fold would drop)."""
    return bool(s) and not s[-1].isspace()
