"""The lexicon's builder (tests/ingest/lexicon_build.py) on a made-up compiled dictionary:
what it keeps of the feature strings; and the shipped list's form (that it is the one the
pinned wheel gives takes the wheel: reader/data/README.md says how to rebuild it)."""

from __future__ import annotations

import lzma
import struct

import pytest

from reader.ingest import lexicon
from tests.ingest.lexicon_build import build, nouns

FEATURES = [
    "NNG,*,T,걸림돌,Compound,NNG,NNG,걸림/NNG/*+돌/NNG/*",
    "NNP,지명,T,전남도청,*,*,*,*",
    "NNP,인명,T,김민준,*,*,*,*",  # a person's name: left out
    "NNG,*,T,돌,*,*,*,*",  # one syllable: left out
    "VV,*,F,걸리,*,*,*,*",  # a verb: left out
    "NNP,*,F,KBS,*,*,*,*",  # no Hangul: left out
    "NNG,*,T,걸림돌,*,*,*,*",  # twice: once
]


def _sys_dic(features: list[str]) -> bytes:
    table = b"".join(f.encode() + b"\0" for f in features)
    darts, tokens = b"\1" * 8, b"\2" * 16  # their bytes are skipped, their sizes read
    header = struct.pack("<10I", 0, 102, 0, len(features), 1, 1, 8, 16, len(table), 0)
    return header + b"UTF-8".ljust(32, b"\0") + darts + tokens + table


def test_the_builder_keeps_nouns_of_two_syllables_or_more_but_peoples_names() -> None:
    assert nouns(_sys_dic(FEATURES)) == ["걸림돌", "전남도청"]


def test_a_wheel_it_cannot_read_is_one_line(tmp_path) -> None:
    with pytest.raises(SystemExit, match=r"^\S*missing\.whl: No such file or directory$"):
        build(tmp_path / "missing.whl", tmp_path / "nouns.txt.xz")


def test_the_shipped_list_is_hangul_nouns_one_a_line_shortest_first() -> None:
    text = lzma.decompress(lexicon.DATA.read_bytes()).decode("utf-8")
    assert text.endswith("\n")
    words = text[:-1].split("\n")
    assert words == sorted(set(words), key=lambda w: (len(w), w))
    assert all(len(w) >= 2 and all("가" <= c <= "힣" for c in w) for w in words)
    assert "걸림돌" in words and "돌" not in words
