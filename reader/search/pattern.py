"""How one term is found in normalized text: a regex, and the checks each match passes.

Text is searched in its read form (reader.hanja: each Hanja replaced by its
syllable, offsets unchanged), so that Hangul finds Hanja by their sound. A plain
term's regex runs over the read form; a 초성 term's over the read form's initials.
Either way one optional space may stand between any two of the term's
characters, so spacing never matters (normalized text has no runs of spaces).

What each character of a term matches:
- a syllable: itself, or a Hanja read as it (여 finds 與);
- a bare initial (초성 terms): itself, or any syllable or Hanja whose reading starts
  with it (ㅇ finds 오 and 與);
- a Hanja: itself, or a syllable it is read as (與 finds 여), never another Hanja
  with the same sound (與野 does not find 旅夜). The regex takes every syllable
  the Hanja is ever read as; the checks then keep the text's own Hanja, or a
  syllable that spells the term's reading of it or the Hanja's usual reading,
  with or without the initial-sound rule (李 finds 이 and 리);
- anything else: itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reader.hanja import initial_form, is_hanja_char, read_form
from reader.hanja.dictionary import loaded
from reader.normalize import INITIAL_SET, TO_INITIAL
from reader.search.query import Term


class Check(NamedTuple):
    at: int  # index in the term
    char: str  # the term's character there
    syllables: str  # for a Hanja: the syllables it may stand for; "" for a syllable


class Finder(NamedTuple):
    pattern: re.Pattern[str]
    initials: bool  # the pattern runs over the initials of the read form
    checks: tuple[Check, ...]


TO_INITIAL_CHARS = frozenset(map(chr, TO_INITIAL))  # the syllables


def _class(chars: set[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def sounds(ch: str) -> str:
    """Every syllable a Hanja is read as ("" when it cannot be read)."""
    d = loaded()
    return d.sounds.get(ch, "") if d is not None else ""


@lru_cache(maxsize=256)
def finder(term: Term) -> Finder:
    text = term.text
    d = loaded() if any(map(is_hanja_char, text)) else None
    read = read_form(text) if d is not None else text
    units: list[str] = []
    checks: list[Check] = []
    for i, (ch, syllable) in enumerate(zip(text, read, strict=True)):
        if is_hanja_char(ch):
            usual = d.chars.get(ch, syllable) if d is not None else syllable
            ok = {syllable, initial_form(syllable), usual, initial_form(usual)} - {ch}
            if ok:  # else it cannot be read: the pattern takes only itself
                checks.append(Check(i, ch, "".join(sorted(ok))))
            found = {ch, *sounds(ch)}
            if term.choseong:
                found = {s.translate(TO_INITIAL) for s in found}
            units.append(_class(found))
        elif term.choseong and ch not in INITIAL_SET and ch in TO_INITIAL_CHARS:
            checks.append(Check(i, ch, ""))
            units.append(re.escape(ch.translate(TO_INITIAL)))
        else:
            units.append(re.escape(ch))
    return Finder(re.compile(" ?".join(units)), term.choseong, tuple(checks))


def accepts(finder: Finder, text: str, read: str, start: int, end: int) -> bool:
    """True when the match [start, end) of finder's pattern passes its checks; text is
    the normalized text, read its read form."""
    if not finder.checks:
        return True
    at = [p for p in range(start, end) if text[p] != " "]
    for i, ch, syllables in finder.checks:
        p = at[i]
        if syllables:
            if text[p] != ch and text[p] not in syllables:
                return False
        elif read[p] != ch:
            return False
    return True
