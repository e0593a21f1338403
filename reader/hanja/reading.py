"""Hanja read by their sound: the Hangul reading of each run of Hanja in a text.

A run of Hanja is cut into the dictionary's words, longest first from the left;
a character no word holds is read alone. A reading begins a word, and takes the
initial-sound rule (李 -> 이, 來日 -> 내일), at the start of a run that follows no
letter or digit, and at each dictionary word of two or more characters inside a
run (新女性 -> 신여성); never inside a word (法律 -> 법률).

Every Hanja reads as one syllable, so a reading is as long as its run: the read
form of a text (``read_form``) has each Hanja replaced by its syllable and every
other character kept, and its offsets are the text's. A Hanja the dictionary
lacks reads as itself. Readings are display and search data: never written into
an edition.
"""

from __future__ import annotations

import re

from reader.hanja.dictionary import Dictionary, loaded
from reader.hanja.rules import HANJA_CLASS, after_syllable, initial_form
from reader.normalize import keeps_syllables, normalize

HANJA_RUN = re.compile(f"[{HANJA_CLASS}]+")


def has_hanja(text: str) -> bool:
    return HANJA_RUN.search(text) is not None


def read_run(run: str, starts_word: bool, d: Dictionary) -> str:
    """The reading of one run of Hanja (NFKC), as long as the run."""
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        for size in range(min(d.longest, n - i), 1, -1):
            word = run[i : i + size]
            if d.is_word(word):
                reading = d.words.get(word) or d.compose(word)
                out.append(initial_form(reading) if i or starts_word else reading)
                break
        else:
            size = 1
            syllable = d.chars.get(run[i], run[i])
            if i == 0:
                out.append(initial_form(syllable) if starts_word else syllable)
            else:
                out.append(after_syllable(out[-1][-1], syllable))
        i += size
    return "".join(out)


def runs(normalized: str) -> list[tuple[int, int, str]]:
    """(start, end, reading) of each run of Hanja in normalized text; [] without the
    dictionary. Offsets are into the normalized text."""
    if not has_hanja(normalized):
        return []
    d = loaded()
    if d is None:
        return []
    out = []
    for m in HANJA_RUN.finditer(normalized):
        start, end = m.span()
        starts_word = start == 0 or not normalized[start - 1].isalnum()
        out.append((start, end, read_run(m.group(), starts_word, d)))
    return out


def read_form(normalized: str) -> str:
    """Normalized text with each Hanja replaced by its syllable (same length, same offsets)."""
    found = runs(normalized)
    if not found:
        return normalized
    pieces: list[str] = []
    at = 0
    for start, end, reading in found:
        pieces += (normalized[at:start], reading)
        at = end
    pieces.append(normalized[at:])
    return "".join(pieces)


def readings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reading) of each Hanja word (a run) of a text as it is, for display;
    runs the dictionary cannot read at all are left out."""
    if not has_hanja(text) and keeps_syllables(text):
        return []  # no Hanja, nor anything NFKC makes one of
    form = normalize(text)
    out = []
    for start, end, reading in runs(form.text):
        if any(a != b for a, b in zip(reading, form.text[start:end], strict=True)):
            out.append((form.starts[start], form.ends[end - 1], reading))
    return out
