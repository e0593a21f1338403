"""What a Hanja is, and the sound rules that change a reading by where it stands.

- Hanja: the CJK Unified Ideographs (U+4E00-U+9FFF), extension A (U+3400-U+4DBF)
  and the compatibility ideographs (U+F900-U+FAFF). Search text is NFKC, which
  maps all but twelve of the compatibility ones to unified ideographs; readings
  are looked up after the same mapping, so both see one character.
- The initial-sound rule (두음법칙) where a reading begins a word: ㄹ before
  ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ and ㄴ before the same vowels become silent (리 -> 이, 녀 -> 여),
  ㄹ before any other vowel becomes ㄴ (래 -> 내, 론 -> 논).
- Inside a word, 렬 and 률 after a vowel or ㄴ are 열 and 율 (비율, 선율).
"""

from __future__ import annotations

_FIRST = 0xAC00
_LAST = 0xD7A3
_VOWELS = 21
_FINALS = 28
_N, _R, _SILENT = 2, 5, 11  # initial indexes of ㄴ, ㄹ, ㅇ
_Y_VOWELS = frozenset({2, 6, 7, 12, 17, 20})  # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
_FINAL_N = 4


def is_hanja_char(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


HANJA_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # the same, for a regex class


def is_syllable(ch: str) -> bool:
    return _FIRST <= ord(ch) <= _LAST


def _parts(syllable: str) -> tuple[int, int, int]:
    n = ord(syllable) - _FIRST
    return n // (_VOWELS * _FINALS), n // _FINALS % _VOWELS, n % _FINALS


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(_FIRST + (initial * _VOWELS + vowel) * _FINALS + final)


def initial_form(reading: str) -> str:
    """The reading as it sounds at the start of a word (its first syllable changed)."""
    if not reading or not is_syllable(reading[0]):
        return reading
    initial, vowel, final = _parts(reading[0])
    if initial not in (_N, _R) or (initial == _N and vowel not in _Y_VOWELS):
        return reading
    new = _SILENT if vowel in _Y_VOWELS else _N
    return _syllable(new, vowel, final) + reading[1:]


def after_syllable(previous: str, syllable: str) -> str:
    """A syllable as read after another inside a word: 렬/률 after a vowel or ㄴ."""
    if syllable not in "렬률" or not is_syllable(previous):
        return syllable
    return initial_form(syllable) if _parts(previous)[2] in (0, _FINAL_N) else syllable
