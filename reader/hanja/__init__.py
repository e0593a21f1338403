"""Hanja and their Hangul readings. Never imports textual or rich.

- rules: what a Hanja is; the initial-sound rule (두음법칙) and 렬/률 -> 열/율;
- dictionary: the readings of characters and words, read on first use from
  libhangul's hanja.txt (shipped in reader/data), cached;
- reading: the reading of each run of Hanja in a text, the read form of a
  text that search matches against, and the syllables search finds each Hanja
  by (a word by its own readings, a character in no word by any of its own).

Without a readable dictionary nothing fails: Hanja read as themselves, and search
finds them only as they are written (``available()`` says which).
"""

from reader.hanja.dictionary import identity, loaded
from reader.hanja.reading import has_hanja, read_form, readings
from reader.hanja.rules import initial_form, is_hanja_char


def available() -> bool:
    """True when Hanja can be read (the shipped dictionary is there and readable)."""
    return loaded() is not None


__all__ = [
    "available",
    "has_hanja",
    "identity",
    "initial_form",
    "is_hanja_char",
    "read_form",
    "readings",
]
