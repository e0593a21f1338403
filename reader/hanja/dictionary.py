"""The Hanja dictionary: libhangul's hanja.txt, shipped xz-compressed in reader/data.

Read on first use (``loaded()``), never at import: only an edition with
Hanja on screen or in a search pays for it. The file is the one the pyhanja
package ships (reader/data/README.md); it is read here, in Python, with no
package of its own, so every platform and Python has the readings.

The file lists ``reading:hanja:gloss`` lines, several per key when a key has
several readings (李 as 리 and 이, 女性 as 녀성 and 여성). What is kept:
- per character, one reading: the one its words use most, never a form the
  initial-sound rule made from another of its readings (李 -> 리, 北 -> 북);
  and every syllable it is read as anywhere (北: 북, 배, 비), for search; and the
  other readings listed for it alone (金: 김 beside 금), which Hangul finds it by;
- every word of two or more Hanja, for finding word boundaries in a run of
  Hanja; a word's readings only where they are not just its characters' (敗北 패배,
  更新 경신 and 갱신), so most words cost an 8-byte hash, not a string: search finds
  a word by its own readings, not by every reading of each character.
What is kept is cached (the cache dir's ``hanja-*.msgpack``), as reading the cache
is much cheaper than decompressing and reading the file: docs/hanja.md has the figures.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import msgspec

from reader.hanja.rules import HANJA_CLASS, after_syllable, initial_form
from reader.settings import cache_dir
from reader.store import atomic_write

DATA = Path(__file__).parent.parent / "data" / "hanja.txt.xz"
_FORMAT = 2  # of how text is read: a change rebuilds the cache and every archive index
_TABLES = 3  # of what is cached beside the readings: a change rebuilds the cache only


@functools.lru_cache(maxsize=4)
def _digest(path: Path, size: int, mtime_ns: int) -> str:
    """A short hash of the file's bytes; stat()'s figures in the key only say when to
    hash again (a checkout gives the same file a new mtime)."""
    return hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()


def identity() -> str:
    """What the readings come from, for cache keys: the shipped file's size and a hash of
    it (hashed once a process), or "none" when it cannot be read."""
    try:
        st = DATA.stat()
        return f"hanja:{st.st_size}:{_digest(DATA, st.st_size, st.st_mtime_ns)}:{_FORMAT}"
    except OSError:
        return "none"


def word_hash(word: str) -> int:
    """A hash that is the same in every process (str's hash() is not), for the cache."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little") >> 1


class Tables(msgspec.Struct, frozen=True):
    source: str  # identity() of the file they were made from
    chars: dict[str, str]  # hanja -> its reading
    sounds: dict[str, str]  # hanja -> every syllable it is read as, one string
    words: dict[str, str]  # word -> its readings run together, the one read first, where
    # its characters' would be wrong or it has several
    word_hashes: bytes  # word_hash() of every other word, sorted, as array("q")
    longest: int  # characters of the longest word
    others: dict[str, str] = {}  # hanja -> its other readings listed for it alone, if any


class Dictionary:
    """Readings of characters and words (see the module's docstring)."""

    def __init__(self, tables: Tables):
        self.tables = tables
        self.chars = tables.chars
        self.sounds = tables.sounds
        self.words = tables.words
        self.longest = tables.longest
        self.others = tables.others
        self._hashes = array("q")
        self._hashes.frombytes(tables.word_hashes)
        self.table = {ord(ch): r for ch, r in self.chars.items()}  # for str.translate

    def is_word(self, w: str) -> bool:
        if w in self.words:
            return True
        h = word_hash(w)
        hashes = self._hashes
        lo, hi = 0, len(hashes)
        while lo < hi:  # bisect by hand: bisect() cannot take an array's items as keys
            mid = (lo + hi) // 2
            if hashes[mid] < h:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(hashes) and hashes[lo] == h

    def reading(self, w: str) -> str:
        """A word's reading (of is_word's words), before the initial-sound rule."""
        return self.words.get(w, "")[: len(w)] or self.compose(w)

    def word_readings(self, w: str) -> list[str]:
        """Every reading the dictionary lists for a word, less the initial-sound rule's
        forms; the one read first."""
        listed = self.words.get(w)
        if listed is None:
            return [self.compose(w)]
        return [listed[i : i + len(w)] for i in range(0, len(listed), len(w))]

    def compose(self, w: str) -> str:
        """A word read character by character, as inside a word (법률, 비율)."""
        read = w.translate(self.table)
        if "렬" not in read and "률" not in read:
            return read
        out = [read[0]]
        for syllable in read[1:]:
            out.append(after_syllable(out[-1], syllable))
        return "".join(out)


# An entry of Hanja only, read one syllable per character (a few are not: skipped).
_ENTRY = re.compile(f"^([\uac00-\ud7a3]+):([{HANJA_CLASS}]+):", re.MULTILINE)


def _entries(text: str) -> Iterator[tuple[str, str]]:
    """(hanja, reading) of each entry of Hanja only, one syllable per character."""
    for m in _ENTRY.finditer(text):
        reading, key = m.groups()
        if len(key) == len(reading):
            yield key, reading


def _without_initial_forms(readings: list[str]) -> list[str]:
    """The readings less those the initial-sound rule makes from another (여성 of 녀성)."""
    if len(readings) == 1:
        return readings
    derived = {f for r in readings if (f := initial_form(r)) != r}
    return [r for r in readings if r not in derived] or readings


def build(text: str, source: str = "") -> Tables:
    """The tables of a hanja.txt."""
    char_readings: dict[str, list[str]] = defaultdict(list)
    word_readings: dict[str, list[str]] = defaultdict(list)
    for key, reading in _entries(text):
        (char_readings if len(key) == 1 else word_readings)[key].append(reading)
    # How often each character is read each way in words.
    usage = Counter(
        zip("".join(word_readings), "".join(r[0] for r in word_readings.values()), strict=True)
    )
    chars = {}
    others = {}
    sounds: dict[str, set[str]] = {}
    for ch, readings in char_readings.items():
        kept = _without_initial_forms(readings)
        chars[ch] = max(kept, key=lambda r: usage[ch, r])  # ties: the first listed
        if len(set(kept)) > 1:
            others[ch] = "".join(sorted(set(kept) - {chars[ch]}))
        sounds[ch] = {*readings, *map(initial_form, readings)}
    reader = Dictionary(Tables(source, chars, {}, {}, b"", 1))
    words = {}
    hashes = array("q")
    for word, readings in word_readings.items():
        composed = reader.compose(word)
        kept = _without_initial_forms(readings)
        if len(kept) > 1:
            kept = list(dict.fromkeys(kept))
        if len(kept) == 1 and kept[0] == composed:
            hashes.append(word_hash(word))
            continue
        best = max(kept, key=lambda r: sum(a == b for a, b in zip(r, composed, strict=True)))
        ordered = [best, *(r for r in kept if r != best)]
        words[word] = "".join(ordered)
        for reading in ordered:
            for ch, syllable in zip(word, reading, strict=True):
                sounds.setdefault(ch, set()).update((syllable, initial_form(syllable)))
    return Tables(
        source,
        chars,
        {ch: "".join(sorted(s)) for ch, s in sounds.items()},
        words,
        array("q", sorted(hashes)).tobytes(),
        max(map(len, word_readings), default=1),
        others,
    )


def _cache_path(source: str) -> Path:
    key = f"{source}:{_TABLES}".encode()
    return cache_dir() / f"hanja-{hashlib.sha256(key).hexdigest()[:16]}.msgpack"


def _text() -> str:
    """The shipped file's text; OSError when it is missing or damaged."""
    import lzma  # here: only a first use without the cache needs it

    try:
        data = lzma.decompress(DATA.read_bytes())
    except lzma.LZMAError as damaged:
        raise OSError(f"{DATA}: {damaged}") from damaged
    return data.decode("utf-8", errors="replace")


def _load() -> Tables:
    source = identity()
    cached = _cache_path(source)
    try:
        tables = msgspec.msgpack.decode(cached.read_bytes(), type=Tables)
        if tables.source == source:
            return tables
    except (OSError, msgspec.DecodeError):
        pass  # none yet, or unreadable: it is only a cache
    tables = build(_text(), source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(cached, msgspec.msgpack.encode(tables))
    except OSError:
        pass  # a read-only cache dir: read the file again next time
    return tables


_lock = threading.Lock()
_loaded: list[Dictionary | None] = []  # empty until the first loaded() call


def loaded() -> Dictionary | None:
    """The dictionary, read on the first call (from any thread); None when its file is
    missing or damaged (then Hanja read as themselves)."""
    if _loaded:
        return _loaded[0]
    with _lock:
        if not _loaded:
            try:
                found: Dictionary | None = Dictionary(_load())
            except OSError:
                found = None
            _loaded.append(found)
    return _loaded[0]
