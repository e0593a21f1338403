"""What the archive's FTS5 tables hold for an item, and the MATCHes that find its candidates.

Both sides are cut here, from the read form the in-edition search matches
(normalized text with each Hanja replaced by its syllable, reader.hanja), so
that the candidates of a query are always a superset of its exact matches; the
exact matcher (reader.search) then confirms and highlights them. Tokens are
space-separated, for FTS5's ``ascii`` tokenizer: every non-ASCII character is a
token character, so Hangul is never split.

``text`` table (detail=full: phrases need positions):
- ``body`` and ``head``: the compacted read form of the leaves, titles in
  ``head``: every non-alphanumeric character dropped (spaces too), cut into
  overlapping character bigrams, plus the last character alone. Dropping
  characters keeps substrings substrings, so a plain term's compacted form is in
  its item's column: the phrase of its bigrams finds it, and a one-character
  term, a prefix query, finds it even as the last character.

``words`` table (detail=none: its matches need no positions, which would make it
far bigger; no column filters then, so the two columns' tokens never look alike):
- ``cho``: the initial consonants (초성) of each leaf's compacted read form, cut
  into the trigrams and bigrams that hold an initial, plus the last character
  when it is one; a trigram keeps its first character as read (``오ㅅㅈ``). A
  초성 term matches regardless of spacing, so its initials, compacted, lie inside
  one leaf's: all of its trigrams are there (one that starts with a bare initial
  as an OR of the 589 characters the initial can be), a term of two is a token,
  and a term of one is a prefix of a token. Keeping the first character makes a
  mixed term's candidates exact (``오ㅅㅈ``: one token) for a sixth more tokens.
- ``sym``: one token per distinct punctuation character (``§`` + hex code), for
  terms made of punctuation only, which no other column can see.

A Hanja in a query may stand for any syllable it is read as (pattern), and a
syllable for a Hanja it finds, read otherwise in the read form (김 for 金, read 금;
갱 for 更新's 更, read 경; only Hanja the archive holds): so where a token holds one,
the token is an OR of what it can be. A 초성 term's other
characters match literally, so they add ``text`` constraints: runs of them as
phrases, and each syllable next to an initial as the bigrams it can form with
the syllables of that initial (``오ㅅ``: 오사 ... 오싷).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from typing import NamedTuple

from reader.hanja import initial_form, is_hanja_char, read_form
from reader.hanja.dictionary import loaded
from reader.model import Item, leaves
from reader.normalize import INITIAL_SET, INITIALS, TO_INITIAL, normalize
from reader.search.composing import widened
from reader.search.edition import TITLE_PATHS
from reader.search.pattern import sounds
from reader.search.query import Query, Term

TEXT_COLUMNS = ("body", "head")
WORD_COLUMNS = ("cho", "sym")
_MAX_ALTERNATIVES = 64  # tokens ORed for one place of a term; more: no constraint there
_MAX_SPELLINGS = 16  # phrases ORed for a Hangul term whose syllables may stand for Hanja
_MAX_FIRST_CHARACTERS = 2 * 589  # a 초성 trigram's OR: an initial's syllables, twice

# Python's \w is exactly str.isalnum() plus "_".
_NOT_ALNUM = re.compile(r"[\W_]+")


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


def _initial_grams(read: str, into: dict[str, None]) -> None:
    """Of the initials of read (compacted), the trigrams and bigrams that hold an
    initial, trigrams with their first character as read is; and the last initial."""
    s = read.translate(TO_INITIAL)
    for i in range(len(s) - 2):
        gram = s[i : i + 3]
        if not INITIAL_SET.isdisjoint(gram):
            into[read[i] + gram[1:]] = None
    for i in range(len(s) - 1):
        gram = s[i : i + 2]
        if not INITIAL_SET.isdisjoint(gram):
            into[gram] = None
    if s and s[-1] in INITIAL_SET:
        into[s[-1]] = None


def _symbol(ch: str) -> str:
    # "§" is never in a cho token (those are compacted), so the two never collide.
    return f"§{ord(ch):x}"


def item_columns(item: Item) -> tuple[str, str, str, str]:
    """The (body, head, cho, sym) texts to index for an item."""
    head: list[str] = []
    body: list[str] = []
    cho: dict[str, None] = {}  # distinct, in order
    chars: set[str] = set()
    for leaf in leaves(item):
        spaced = normalize(leaf.text).text
        read = compact(read_form(spaced))
        (head if leaf.path in TITLE_PATHS else body).append(read)
        _initial_grams(read, cho)
        chars.update(spaced)
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


def _prefixes(tokens: list[str]) -> str:
    return " OR ".join(f'"{t}" *' for t in tokens)


def item_hanja(item: Item) -> set[str]:
    """The Hanja of an item as the search sees them (NFKC: compatibility ideographs as
    their unified forms)."""
    chars = {ch for leaf in leaves(item) for ch in leaf.text}
    return {h for ch in chars for h in unicodedata.normalize("NFKC", ch) if is_hanja_char(h)}


@functools.lru_cache(maxsize=4)
def _stands_for(hanja: frozenset[str] | None) -> dict[str, frozenset[str]]:
    """Per syllable, what else the read form may hold where a Hanja is found by it
    (reader.hanja.reading.Heard): a character's usual reading, as it is or by the
    initial-sound rule, for its own readings; a word's reading for its other readings
    (경신 for 갱신: 更新). Only of the Hanja the archive holds (None: any): the
    dictionary's rare ones (隶, read 대 and 이) would make 이 an OR with 대 everywhere."""
    d = loaded()
    if d is None:
        return {}
    rule = functools.cache(initial_form)  # of a few hundred syllables, asked thousands of times
    out: dict[str, set[str]] = defaultdict(set)
    for h in d.chars.keys() & hanja if hanja is not None else d.chars:
        usual = d.chars[h]
        for syllable in (usual, *d.others.get(h, "")):
            out[syllable].update((usual, rule(usual)))
            out[rule(syllable)].add(rule(usual))  # where it starts a word
    for word in d.words:
        if hanja is not None and not hanja.issuperset(word):
            continue
        readings = d.word_readings(word)
        for reading in readings[1:]:
            for syllable, as_read in zip(reading, readings[0], strict=True):
                out[syllable].add(as_read)
        # Where it starts a word (heard_run): the rule's forms and the readings it changed.
        first = {r[0] for r in readings}
        first |= {rule(s) for s in first}
        own = (d.chars.get(word[0], ""), *d.others.get(word[0], ""))
        first |= {s for s in own if rule(s) in first}
        for syllable in first:
            out[syllable].add(rule(readings[0][0]))
    return {s: frozenset(read - {s}) for s, read in out.items() if read - {s}}


def _read_as(ch: str, hanja: frozenset[str] | None) -> list[str]:
    """What a term's character may be in the read form: a Hanja itself or its sounds, a
    syllable itself (first: its phrase leads the OR) or what a Hanja it finds is read
    as."""
    if is_hanja_char(ch):
        return sorted({ch, *sounds(ch)})
    return [ch, *sorted(_stands_for(hanja).get(ch, frozenset()) - {ch})]


def _any_of(places: list[list[str]], most: int = _MAX_ALTERNATIVES) -> list[str] | None:
    """Every token the places can spell, or None when there are more than most."""
    count = 1
    for options in places:
        count *= len(options)
    if count > most:
        return None
    return ["".join(t) for t in itertools.product(*places)]


def _text(s: str, hanja: frozenset[str] | None) -> list[Constraint]:
    """What every item holding s (compacted, read) satisfies."""
    c = compact(s)
    places = [_read_as(ch, hanja) for ch in c]
    if len(c) >= 2 and not any(map(is_hanja_char, c)):
        # Each way the read form may spell it, as a phrase: far fewer candidates than
        # its pairs of places apart (김영식: "김영 영식" OR "금영 영식").
        spellings = _any_of(places, _MAX_SPELLINGS)
        if spellings:
            phrases = [" ".join(t[j : j + 2] for j in range(len(t) - 1)) for t in spellings]
            return [Constraint("text", True, _quoted(phrases, " OR "))]
    if len(c) >= 2:
        out = []
        # Runs of places that are one character each are phrases; a pair with a Hanja is
        # an OR of the bigrams it can be.
        run = ""
        for i, options in enumerate(places):
            if len(options) == 1:
                run += options[0]
            if len(options) > 1 or i == len(places) - 1:
                if len(run) >= 2:
                    bigrams = " ".join(run[j : j + 2] for j in range(len(run) - 1))
                    out.append(Constraint("text", True, f'"{bigrams}"'))
                run = ""
        for pair in zip(places, places[1:], strict=False):
            if len(pair[0]) > 1 or len(pair[1]) > 1:
                tokens = _any_of(list(pair))
                if tokens:
                    out.append(Constraint("text", True, _quoted(tokens, " OR ")))
        # Hanja of very many sounds each: what the first place can be, as a prefix.
        return out or [Constraint("text", False, _prefixes(places[0]))]
    if c:
        return [Constraint("text", False, _prefixes(places[0]))]
    symbols = sorted({_symbol(ch) for ch in s if ch != " "})
    return [Constraint("words", False, _quoted(symbols, " AND "))] if symbols else []


def _initial_of(ch: str, hanja: frozenset[str] | None) -> list[str]:
    """What a 초성 term's character may be in the initials of the read form: a Hanja's
    or a syllable's, by what it may be there (_read_as)."""
    return sorted({s.translate(TO_INITIAL) for s in _read_as(ch, hanja)})


def _as_read(ch: str, hanja: frozenset[str] | None) -> list[str]:
    """What a 초성 term's character may be in the read form: a bare initial any syllable
    it begins (or itself), a Hanja any syllable it is read as (or itself)."""
    return _MATCHED_BY[ch] if ch in INITIAL_SET else _read_as(ch, hanja)


def _choseong(term: Term, hanja: frozenset[str] | None) -> list[Constraint]:
    c = compact(term.text)
    places = [_initial_of(ch, hanja) for ch in c]
    size = 3 if len(c) >= 3 else len(c)
    out = []
    if size == 1:
        out.append(Constraint("words", False, _prefixes(places[0])))
    for i in range(len(c) - size + 1 if size > 1 else 0):
        window = places[i : i + size]
        # Only tokens holding an initial are indexed; a trigram's first character is
        # there as read: an initial stands for the 589 characters it can be.
        tokens = _any_of(window)
        if not tokens or any(INITIAL_SET.isdisjoint(t) for t in tokens):
            continue
        if size == 3:
            tokens = _any_of([_as_read(c[i], hanja), *window[1:]], _MAX_FIRST_CHARACTERS)
        if tokens:
            out.append(Constraint("words", True, _quoted(sorted(set(tokens)), " OR ")))
    # Runs of what matches literally (not bare initials) are in the text as they are.
    for run in re.findall(f"[^{INITIALS}]+", c):
        if len(run) >= 2:
            out += _text(run, hanja)
    for a, b in zip(c, c[1:], strict=False):
        # A syllable that may stand for a Hanja read otherwise is left to the rest.
        literal = len(_read_as(a, hanja)) == 1 and len(_read_as(b, hanja)) == 1
        if (a in INITIAL_SET) != (b in INITIAL_SET) and literal:
            if a in INITIAL_SET:
                pairs = [x + b for x in _MATCHED_BY[a]]
            else:
                pairs = [a + y for y in _MATCHED_BY[b]]
            out.append(Constraint("text", True, _quoted(pairs, " OR ")))
    return out or [Constraint("words", False, _prefixes(places[0]))]


class Match(NamedTuple):
    """FTS5 MATCHes of a query's candidates; None where a table adds no constraint."""

    text: str | None
    words: str | None


def match_expressions(query: Query, hanja: frozenset[str] | None = None) -> Match:
    """The candidates of a query in an archive holding the Hanja `hanja` (None: any).
    Both tables are None only when it has nothing to find.

    Excluded terms are left to the exact matcher: an item whose compacted text
    holds a term may still lack the term itself, so NOT would lose matches.
    """
    found: list[Constraint] = []
    for term in map(widened, query.include):  # an open term: as 초성, a superset
        found += _choseong(term, hanja) if term.choseong else _text(term.text, hanja)
    strong = [c for c in found if c.strong]
    chosen = strong or found

    def joined(table: str, columns: str = "") -> str | None:
        exprs = dict.fromkeys(c.expr for c in chosen if c.table == table)
        return " AND ".join(f"{columns}({expr})" for expr in exprs) or None

    return Match(joined("text", "{body head} : "), joined("words"))
