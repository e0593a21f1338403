"""How one term is found in normalized text: a regex, and the checks each match passes.

A plain term's regex runs over the normalized text, a 초성 term's over the initials
of its read form (reader.hanja: each Hanja replaced by its syllable, offsets
unchanged). One optional space may stand between any two of the term's
characters (normalized text has no runs of spaces), but a match may cross a space
the query did not have only between pieces of two characters or more on each
side (``국회 의원`` for 국회의원, never ``발주자의 원사업자`` for 의원), and never
between two Latin letters or digits, but anywhere across a line break (a word
cut in print: 광\n주); a space the query had inside quotes needs one in the text
(``"한 의원"`` is not 한의원).

What each character of a term matches:
- a syllable: itself, or a Hanja heard as it in place (reader.hanja.reading.Heard):
  in a dictionary word by the word's own readings (갱신 and 경신 find 更新, 변리 does
  not find 便利, 북 not 敗北's 北), alone by any of its own (김 finds 金, read 금);
- a bare initial (초성 terms): itself, or any syllable or Hanja whose reading in
  place starts with it (ㅇ finds 오 and 與);
- a Hanja: itself, or a syllable the term's own run of Hanja is heard as there (便利
  finds 편리, not 변리), never another Hanja with the same sound (與野 does not find
  旅夜); Hangul only as a word's reading: a term of two characters or more where it
  starts a word, whatever ending follows (金大中 finds 김대중이, 大統領 대통령으로서;
  never 김 alone, nor 부대통령);
- a Latin letter starting the term: itself at the start of a word (war finds
  wars, not award);
- a digit at either end of the term: itself, where the text has no digit beyond it
  (2000 finds 2000년 and 2,000명, not 12,000,000);
- the last syllable of an open term (the search bar's, reader.search.composing): also
  what it may grow into (려 finds 령), and in a plain term what it leaves when its final
  moves on, then a syllable of that initial (줏 finds 주시);
- anything else: itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from reader.hanja import initial_form, is_hanja_char
from reader.hanja.dictionary import loaded
from reader.hanja.reading import Heard
from reader.normalize import INITIAL_SET, TO_INITIAL
from reader.search.composing import grown, moved, syllables_of
from reader.search.query import Term


class Check(NamedTuple):
    at: int  # index in the term
    char: str  # the term's character there
    syllables: str  # for a Hanja: the syllables it may stand for; "" for a syllable


class Finder(NamedTuple):
    pattern: re.Pattern[str]
    initials: bool  # the pattern runs over the initials of the read form
    checks: tuple[Check, ...]  # 초성 terms: what their syllables and Hanja must be
    hanja: tuple[int, ...]  # plain terms: where the term has a Hanja
    by_sound: tuple[int, ...]  # plain terms: where a syllable may match a Hanja
    latin_start: bool  # the term starts with a Latin letter: the caller keeps word starts
    term: Term
    simple: bool  # no check but the spaces': a match without a space is accepted as it is


TO_INITIAL_CHARS = frozenset(map(chr, TO_INITIAL))  # the syllables


def _class(chars: set[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def sounds(ch: str) -> str:
    """Every syllable a Hanja is read as ("" when it cannot be read)."""
    d = loaded()
    return d.sounds.get(ch, "") if d is not None else ""


def read_by(term: Term, hanja: frozenset[str]) -> frozenset[str]:
    """The Hanja of a text (`hanja`) that a syllable of the term may stand for."""
    syllables = set(term.text) & TO_INITIAL_CHARS
    if not syllables or not hanja or term.choseong:
        return frozenset()
    return frozenset(h for h in hanja if not syllables.isdisjoint(sounds(h)))


@lru_cache(maxsize=256)
def finder(term: Term, hanja: frozenset[str] = frozenset()) -> Finder:
    """The finder of a term in text whose Hanja its syllables may stand for are `hanja`
    (read_by)."""
    text = term.text
    d = loaded() if any(map(is_hanja_char, text)) else None
    heard = Heard(text) if d is not None and not term.choseong else None
    units: list[str] = []
    checks: list[Check] = []
    at_hanja: list[int] = []
    by_sound: list[int] = []
    open_at = len(text) - 1 if term.open else -1
    for i, ch in enumerate(text):
        if is_hanja_char(ch):
            found = {ch, *sounds(ch)}
            if term.choseong:
                usual = d.chars.get(ch, ch) if d is not None else ch
                ok = {usual, initial_form(usual), *sounds(ch)} - {ch}
                if ok:  # else it cannot be read: the pattern takes only itself
                    checks.append(Check(i, ch, "".join(sorted(ok))))
                found = {s.translate(TO_INITIAL) for s in found}
            else:
                at_hanja.append(i)
                if heard is not None:
                    found = {ch, *heard(i)}
            units.append(_class(found))
        elif term.choseong and ch not in INITIAL_SET and ch in TO_INITIAL_CHARS:
            # A syllable still being typed is one it may grow into (never what it leaves
            # when its final moves on: a 초성 term's match is one syllable there).
            checks.append(Check(i, ch, grown(ch) if open_at == i else ""))
            units.append(re.escape(ch.translate(TO_INITIAL)))
        elif ch in TO_INITIAL_CHARS and (hanja or open_at == i):
            read_as = {h for h in hanja if ch in sounds(h)}
            if read_as:
                by_sound.append(i)
            units.append(_class({ch, *read_as, *(grown(ch) if open_at == i else "")}))
            if open_at == i and (split := moved(ch)) is not None:
                left, initial = split
                units[-1] = f"(?:{units[-1]}|{re.escape(left)} ?[{syllables_of(initial)}])"
        else:
            units.append(re.escape(ch))
    # A number is found whole at its digit edges: 2000 in 2000년 and 2,000명, never in
    # 12,000,000 (folded 12000000).
    edges = ("(?<!\\d)" if text[:1].isdigit() else "", "(?!\\d)" if text[-1:].isdigit() else "")
    return Finder(
        re.compile(edges[0] + " ?".join(units) + edges[1]),
        term.choseong,
        tuple(checks),
        tuple(at_hanja),
        tuple(by_sound),
        _latin_letter(text[:1]),
        term,
        not (checks or at_hanja or by_sound or term.breaks),
    )


def _latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _spaces_fit(term: Term, text: str, at: list[int], line_break: Callable[[int], bool]) -> bool:
    """True when the spaces inside a match (at: the text offset of each of the term's
    characters) are where the query allows them (see the module's docstring); a line
    break may cut a word in print (광\n주), so it may be crossed anywhere."""
    pieces: list[int] = []  # the term index where each piece of the match starts
    crossed: list[int] = []  # term indexes after a space the query did not have
    for i in range(1, len(at)):
        spaced = at[i] - at[i - 1] > 1
        if i in term.breaks:
            if not spaced:
                return False
        elif spaced and i not in term.joins:
            crossed.append(i)
        if spaced:
            pieces.append(i)
    if not crossed:
        return True
    bounds = [0, *pieces, len(at)]
    for i in crossed:
        k = bounds.index(i)
        short = bounds[k] - bounds[k - 1] < 2 or bounds[k + 1] - bounds[k] < 2
        # Asked last: it reads the leaf's own text.
        if (short or _latin(text[at[i - 1]]) and _latin(text[at[i]])) and not line_break(at[i] - 1):
            return False
    return True


def _hangul_reading_fits(text: str, start: int, size: int) -> bool:
    """True when a Hanja term's match read in Hangul is a word's reading: a term of two
    characters or more at a word's start; any ending or suffix may follow (大統領 finds
    대통령으로서, 音樂 음악가들이)."""
    return size >= 2 and _word_start(text, start)


def accepts(
    finder: Finder,
    text: str,
    read: Callable[[], str],
    heard: Callable[[int], str],
    line_break: Callable[[int], bool],
    start: int,
    end: int,
) -> bool:
    """True when the match [start, end) of finder's pattern passes its checks; text is
    the normalized text, read() its read form, heard(p) what the Hanja at p is found by
    (reader.hanja.reading.Heard), line_break(p) True where the space at p stands for a
    line break."""
    term = finder.term
    spaced = " " in text[start:end]
    if not (spaced or term.breaks or finder.checks or finder.hanja or finder.by_sound):
        return True
    at = [p for p in range(start, end) if text[p] != " "] if spaced else range(start, end)
    if (spaced or term.breaks) and not _spaces_fit(term, text, list(at), line_break):
        return False
    if finder.hanja:
        by_reading = any(text[at[i]] != term.text[i] for i in finder.hanja)
        if by_reading and not _hangul_reading_fits(text, start, len(term.text)):
            return False
    for i in finder.by_sound:
        p = at[i]
        if is_hanja_char(text[p]) and term.text[i] not in heard(p):
            return False
    if not finder.checks:
        return True
    read_form = read()
    for i, ch, syllables in finder.checks:
        p = at[i]
        if syllables:
            if text[p] != ch and text[p] not in syllables:
                return False
        elif read_form[p] != ch and ch not in heard(p):
            # Not the syllable, nor a Hanja heard as it.
            return False
    return True
