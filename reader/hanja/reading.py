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

Search finds a Hanja by the syllables it may be heard as in place (``Heard``): in a
word, the word's own readings (更新: 경신 and 갱신; 便利: 편리 only, never 변리), where
the word starts one also by the initial-sound rule and by the reading the rule
changed (柳寬順: 유관순 and 류관순); alone, any reading of its own (金: 금 and 김).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.hanja.dictionary import Dictionary, loaded
from reader.hanja.rules import HANJA_CLASS, after_syllable, initial_form, is_hanja_char
from reader.normalize import keeps_syllables, normalize

HANJA_RUN = re.compile(f"[{HANJA_CLASS}]+")


def has_hanja(text: str) -> bool:
    return HANJA_RUN.search(text) is not None


def cut(run: str, d: Dictionary) -> Iterator[tuple[int, int]]:
    """(start, size) of the dictionary's words in a run, longest first from the left;
    size 1 for a character no word holds."""
    i, n = 0, len(run)
    while i < n:
        for size in range(min(d.longest, n - i), 1, -1):
            if d.is_word(run[i : i + size]):
                break
        else:
            size = 1
        yield i, size
        i += size


def read_run(run: str, starts_word: bool, d: Dictionary) -> str:
    """The reading of one run of Hanja (NFKC), as long as the run."""
    out: list[str] = []
    for i, size in cut(run, d):
        if size > 1:
            reading = d.reading(run[i : i + size])
            out.append(initial_form(reading) if i or starts_word else reading)
        else:
            syllable = d.chars.get(run[i], run[i])
            if i == 0:
                out.append(initial_form(syllable) if starts_word else syllable)
            else:
                out.append(after_syllable(out[-1][-1], syllable))
    return "".join(out)


def heard_run(run: str, starts_word: bool, d: Dictionary) -> list[str]:
    """Per character of a run, the syllables search finds it by (the module's
    docstring), its reading in place among them."""
    read = read_run(run, starts_word, d)
    out: list[str] = []
    for i, size in cut(run, d):
        starts = bool(i) or starts_word
        if size > 1:
            readings = d.word_readings(run[i : i + size])
            places = [{r[k] for r in readings} for k in range(size)]
            if starts:
                first = places[0]
                first |= {initial_form(s) for s in first}
                # The reading the rule changed: 류 for 柳寬順's 유, as 柳 is read 류.
                first |= {s for s in _own(run[i], d) if initial_form(s) in first}
        else:
            own = _own(run[i], d)
            places = [own | {initial_form(s) for s in own} if i == 0 and starts_word else own]
        for k, place in enumerate(places):
            place.add(read[i + k])
            out.append("".join(sorted(place)))
    return out


def _own(ch: str, d: Dictionary) -> set[str]:
    """A character's own readings: its usual one and the others listed for it alone."""
    usual = d.chars.get(ch)
    return {usual, *d.others.get(ch, "")} if usual else set()


class Heard:
    """What search finds each Hanja of a normalized text by (heard_run), made per run
    when first asked for: most texts are searched for a few runs, not all of them."""

    def __init__(self, normalized: str):
        self.text = normalized
        self._runs: dict[int, list[str]] = {}

    def __call__(self, p: int) -> str:
        """The syllables the Hanja at p is found by ("" for no Hanja, or without the
        dictionary)."""
        text = self.text
        if not is_hanja_char(text[p]) or (d := loaded()) is None:
            return ""
        start = p
        while start and is_hanja_char(text[start - 1]):
            start -= 1
        heard = self._runs.get(start)
        if heard is None:
            m = HANJA_RUN.match(text, start)
            assert m is not None  # text[start] is a Hanja
            starts_word = start == 0 or not text[start - 1].isalnum()
            heard = self._runs[start] = heard_run(m.group(), starts_word, d)
        return heard[p - start]


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
