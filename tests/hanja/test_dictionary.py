"""The dictionary: what it keeps of hanja.txt, its cache, and life without it."""

import lzma
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reader
from reader import hanja
from reader.hanja import dictionary as dictionary_module
from reader.hanja.dictionary import Dictionary, build
from reader.search import search_edition
from reader.search.pattern import finder
from tests.editions import SEED_JSON
from tests.search.search_editions import one_article

SAMPLE = """\
# a comment line
리:李:오얏 리
이:李:오얏 리
배:北:달아날 배
북:北:북녘 북
녀:女:계집 녀
성:性:성품 성
녀성:女性:
여성:女性:
패배:敗北:
한:韓:나라 한
북한:北韓:
남:南:남녘 남
남북:南北:
가나:ㄱ字:skipped: not Hanja only
"""


def test_one_reading_per_character_never_a_rule_made_form():
    d = Dictionary(build(SAMPLE))
    assert d.chars == {"李": "리", "北": "북", "女": "녀", "性": "성", "韓": "한", "南": "남"}
    # 北 reads 북 in two words and 배 in one: the words decide.
    assert set(d.sounds["北"]) == {"배", "북"}


def test_other_readings_are_kept_but_never_a_rule_made_form():
    d = Dictionary(build(SAMPLE))
    # 北's 배 is listed for it alone; 李's 이 is the rule's form of 리.
    assert d.others == {"北": "배"}


def test_words_keep_a_reading_only_where_their_characters_differ():
    d = Dictionary(build(SAMPLE))
    assert d.words == {"敗北": "패배"}
    assert all(d.is_word(w) for w in ("女性", "敗北", "北韓", "南北"))
    assert not d.is_word("韓南")


def test_the_shipped_file_is_read_with_no_package_and_then_from_the_cache(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyhanja", None)  # importing it would fail
    monkeypatch.setattr(dictionary_module, "_loaded", [])
    assert dictionary_module.DATA.parent == Path(reader.__file__).parent / "data"
    assert hanja.read_form("李 北韓 北") == "이 북한 북"
    assert dictionary_module.loaded().chars["李"] == "리"  # 이 by the initial-sound rule
    monkeypatch.setattr(dictionary_module, "_loaded", [])

    def no_build(*args):
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(dictionary_module, "build", no_build)
    assert dictionary_module.loaded().chars["北"] == "북"


def test_a_bad_cache_is_made_again(monkeypatch):
    cache = dictionary_module._cache_path(dictionary_module.identity())
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"\x00not msgpack")
    monkeypatch.setattr(dictionary_module, "_loaded", [])
    assert dictionary_module.loaded().chars["李"] == "리"
    assert cache.read_bytes() != b"\x00not msgpack"


def test_the_cache_key_follows_the_file_not_its_path_or_time(tmp_path, monkeypatch):
    a, b = tmp_path / "a.xz", tmp_path / "b.xz"
    a.write_bytes(lzma.compress(SAMPLE.encode()))
    b.write_bytes(lzma.compress(SAMPLE.replace("배:北", "비:北").encode()))
    assert a.stat().st_size == b.stat().st_size
    monkeypatch.setattr(dictionary_module, "DATA", a)
    first = dictionary_module.identity()
    monkeypatch.setattr(dictionary_module, "DATA", b)
    assert dictionary_module.identity() != first
    b.write_bytes(a.read_bytes())  # the same bytes again, as a checkout writes them
    os.utime(b, ns=(10**18, 10**18))
    assert dictionary_module.identity() == first


@pytest.fixture
def no_dictionary(monkeypatch):
    """As without a readable dictionary; the finders made meanwhile are forgotten after."""
    monkeypatch.setattr(dictionary_module, "_loaded", [None])
    finder.cache_clear()
    yield
    finder.cache_clear()


def _flip_a_byte_midway(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(data)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path: path.unlink(), id="missing"),
        pytest.param(lambda path: path.write_bytes(b"<html>404</html>"), id="not-xz"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:900_000]), id="cut-short"),
        pytest.param(_flip_a_byte_midway, id="a-byte-changed"),
    ],
)
def test_a_damaged_or_missing_file_leaves_hanja_as_written(damage, tmp_path, no_dictionary):
    data = tmp_path / "hanja.txt.xz"
    data.write_bytes((Path(reader.__file__).parent / "data" / "hanja.txt.xz").read_bytes())
    damage(data)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dictionary_module, "DATA", data)
        mp.setattr(dictionary_module, "_loaded", [])
        assert dictionary_module.loaded() is None
        assert not hanja.available()
        assert hanja.read_form("與野 合意") == "與野 合意"
        ed = one_article("與野 合意", "여야 합의")
        assert [h.path for h in search_edition(ed, "여야")] == ["body.1"]


def test_without_the_dictionary_hanja_are_found_only_as_written(no_dictionary):
    assert not hanja.available()
    ed = one_article("與野 合意", "여야 합의")
    assert hanja.readings("與野") == []
    found = [(h.path, h.snippet.match) for h in search_edition(ed, "與野")]
    assert found == [("body.0", "與野")]
    assert [h.path for h in search_edition(ed, "여야")] == ["body.1"]


def test_an_edition_without_hanja_never_reads_the_dictionary(tmp_path):
    """Opening and searching the shipped edition (no Hanja) pays nothing for readings."""
    probe = (
        "import glob, sys\n"
        "from reader import store\n"
        "from reader.search import EditionIndex\n"
        "from reader.hanja import dictionary\n"
        "index = EditionIndex(store.load(sys.argv[1]))\n"
        "assert index.search('여야 ㅇㅅㅈ') == [] and index.search('ㅇㅅㅈ')\n"
        "print(dictionary._loaded)\n"
    )
    seed = SEED_JSON
    done = subprocess.run(
        [sys.executable, "-c", probe, str(seed)],
        capture_output=True,
        text=True,
        env={**os.environ, "BROADSHEET_HOME": str(tmp_path)},
        check=True,
    )
    assert done.stdout.strip() == "[]"
