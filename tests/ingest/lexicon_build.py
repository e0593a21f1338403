"""`python -m tests.ingest.lexicon_build WHEEL [OUT]`: write reader/data/nouns.txt.xz, the
nouns the join rule of reader/ingest/lexicon.py reads, from the python-mecab-ko-dic wheel
(PyPI, Apache-2.0; `pip download --no-deps python-mecab-ko-dic==2.1.1.post2`).

The wheel holds mecab-ko-dic compiled for MeCab; its sys.dic ends in the entries' feature
strings ('NNG,*,T,걸림돌,Compound,...'): part of speech, semantic class, final consonant,
reading (a Hangul entry's own spelling), type. Kept: common nouns (NNG) and proper nouns
(NNP) but people's names (class 인명: any surname before two syllables would read as one),
all Hangul, two syllables or more; one a line (each line ended), the shortest first and
in their order within a length, xz-compressed. The same wheel gives
the same file, byte for byte (reader/data/README.md has its size and hash).
"""

from __future__ import annotations

import hashlib
import lzma
import re
import struct
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

WHEEL_SHA256 = "ef8f4e80c8976f1340a7264abb0c96f384fe059fd897584aeba0151753c6ae9b"
SYS_DIC = "mecab_ko_dic/dictionary/sys.dic"
OUT = Path(__file__).resolve().parents[2] / "reader" / "data" / "nouns.txt.xz"
# MeCab's dictionary header: magic, version, type, lexicon size, left and right ids, then
# the sizes of the double array, the tokens and the features; a 32-byte charset after it.
_HEADER = struct.Struct("<10I")
_CHARSET = 32
_HANGUL = re.compile("[가-힣]{2,}")


def features(sys_dic: bytes) -> Iterable[list[str]]:
    """Each feature string of a compiled MeCab dictionary, split at its commas."""
    fields = _HEADER.unpack_from(sys_dic)
    darts, tokens, size = fields[6], fields[7], fields[8]
    start = _HEADER.size + _CHARSET + darts + tokens
    for raw in sys_dic[start : start + size].split(b"\0"):
        if raw:
            yield raw.decode("utf-8").split(",")


def nouns(sys_dic: bytes) -> list[str]:
    out = set()
    for f in features(sys_dic):
        if len(f) < 4 or not _HANGUL.fullmatch(f[3]):
            continue
        if f[0] == "NNG" or f[0] == "NNP" and f[1] != "인명":
            out.add(f[3])
    return sorted(out, key=lambda w: (len(w), w))


def build(wheel: Path, out: Path = OUT) -> int:
    """Write the nouns of wheel's dictionary to out; their count."""
    try:
        data = wheel.read_bytes()
    except OSError as e:
        raise SystemExit(f"{wheel}: {e.strerror}") from None
    if hashlib.sha256(data).hexdigest() != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: not python-mecab-ko-dic 2.1.1.post2 (sha256 differs)")
    with zipfile.ZipFile(wheel) as z:
        words = nouns(z.read(SYS_DIC))
    text = "".join(w + "\n" for w in words).encode("utf-8")
    out.write_bytes(lzma.compress(text, preset=9 | lzma.PRESET_EXTREME))
    return len(words)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__.splitlines()[0])
    count = build(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
    print(f"{count} nouns")
