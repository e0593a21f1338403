"""What a syllable still being typed may become: the search bar's query as typed so far.

The two-set (두벌식) input method builds a syllable key by key, and a terminal that has
no place of its own for the syllable being composed sends each step as it changes: 고,
과, 광 on the way to 광주; then 광줏, whose final ㅅ becomes the initial of 시 once a
vowel follows, on the way to 광주시. The search bar searches at each pause in the typing,
and 광줏 or 대통려 (on the way to 대통령) find nothing: the list would empty and fill
again as the reader types. So when a query typed in the bar finds nothing, its last
syllable is read as still being typed (Term.open), as what it may become:
- it grows: a compound vowel from the vowel that begins it (ㅗ: ㅘ ㅙ ㅚ; ㅜ: ㅝ ㅞ ㅟ;
  ㅡ: ㅢ) and any final, while it has none; a compound final from a final that begins
  one (ㄹ: ㄺ ㄻ ...);
- its last final moves on: 줏 is 주 and a syllable that starts with ㅅ, 앉 is 안 and one
  that starts with ㅈ.
A query that ends in a space, a closing quote or anything but a syllable is done.
"""

from __future__ import annotations

from reader.normalize import INITIALS
from reader.search.query import Query, Term, parse_query

_FIRST = 0xAC00
_VOWELS, _FINALS = 21, 28
# Final consonants in the order of the syllable block (0 is none), as keyboard jamo.
_FINAL_JAMO = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
# Vowel indexes: ㅗ (8) grows into ㅘ ㅙ ㅚ, ㅜ (13) into ㅝ ㅞ ㅟ, ㅡ (18) into ㅢ.
_VOWEL_GROWS = {8: (9, 10, 11), 13: (14, 15, 16), 18: (19,)}
# Final indexes: ㄱ grows into ㄳ, ㄴ into ㄵ ㄶ, ㄹ into ㄺ..ㅀ, ㅂ into ㅄ.
_FINAL_GROWS = {1: (3,), 4: (5, 6), 8: tuple(range(9, 16)), 17: (18,)}
# A compound final: the final it was typed from, and the consonant typed last.
_FINAL_SPLITS = {
    3: (1, "ㅅ"),
    5: (4, "ㅈ"),
    6: (4, "ㅎ"),
    9: (8, "ㄱ"),
    10: (8, "ㅁ"),
    11: (8, "ㅂ"),
    12: (8, "ㅅ"),
    13: (8, "ㅌ"),
    14: (8, "ㅍ"),
    15: (8, "ㅎ"),
    18: (17, "ㅅ"),
}


def _parts(ch: str) -> tuple[int, int, int]:
    """A syllable's initial, vowel and final indexes."""
    n = ord(ch) - _FIRST
    return n // (_VOWELS * _FINALS), n // _FINALS % _VOWELS, n % _FINALS


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(_FIRST + (initial * _VOWELS + vowel) * _FINALS + final)


def grown(ch: str) -> str:
    """Every syllable the syllable ch may grow into as more keys are typed, ch first."""
    initial, vowel, final = _parts(ch)
    if final:
        return ch + "".join(_syllable(initial, vowel, t) for t in _FINAL_GROWS.get(final, ()))
    vowels = (vowel, *_VOWEL_GROWS.get(vowel, ()))
    return "".join(_syllable(initial, v, t) for v in vowels for t in range(_FINALS))


def moved(ch: str) -> tuple[str, str] | None:
    """The syllable ch leaves behind and the initial (keyboard jamo) that begins the next
    when its last final moves on; None when it has no final."""
    initial, vowel, final = _parts(ch)
    if not final:
        return None
    left, last = _FINAL_SPLITS.get(final, (0, _FINAL_JAMO[final]))
    return _syllable(initial, vowel, left), last


def syllables_of(initial: str) -> str:
    """The syllables that start with an initial consonant (keyboard jamo), as the range of
    a regex class, without its brackets."""
    first = _FIRST + INITIALS.index(initial) * _VOWELS * _FINALS
    return f"{chr(first)}-{chr(first + _VOWELS * _FINALS - 1)}"


def still_typing(s: str) -> Query | None:
    """The query s with its last syllable read as still being typed (Term.open); None when
    s does not end in a syllable of a term it includes."""
    query = parse_query(s, typing=True)
    if not any(term.open for term in query.include):
        return None
    return query


def widened(term: Term) -> Term:
    """A 초성 term that finds whatever the open term finds: its last syllable as its initial
    (the archive's candidates, and the leaves a candidate is confirmed in)."""
    if not term.open:
        return term
    initial = INITIALS[_parts(term.text[-1])[0]]
    return Term(term.text[:-1] + initial, True, term.breaks, term.joins)
