"""The dictionary: what it keeps of hanja.txt, its cache, and life without it."""

import os
import subprocess
import sys

import pytest

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


def test_words_keep_a_reading_only_where_their_characters_differ():
    d = Dictionary(build(SAMPLE))
    assert d.words == {"敗北": "패배"}
    assert all(d.is_word(w) for w in ("女性", "敗北", "北韓", "南北"))
    assert not d.is_word("韓南")


def test_the_cache_is_read_the_second_time(monkeypatch):
    if dictionary_module.loaded() is None:
        pytest.skip("the pyhanja package is not installed here")  # pragma: no cover
    monkeypatch.setattr(dictionary_module, "_loaded", [])
    dictionary_module.loaded()  # builds, writes the cache under BROADSHEET_HOME
    monkeypatch.setattr(dictionary_module, "_loaded", [])

    def no_build(*args):
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(dictionary_module, "build", no_build)
    assert dictionary_module.loaded().chars["李"] == "리"


def test_a_bad_cache_is_made_again(monkeypatch):
    path = dictionary_module.data_path()
    if path is None:
        pytest.skip("the pyhanja package is not installed here")  # pragma: no cover
    cache = dictionary_module._cache_path(dictionary_module.identity())
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"\x00not msgpack")
    monkeypatch.setattr(dictionary_module, "_loaded", [])
    assert dictionary_module.loaded().chars["李"] == "리"
    assert cache.read_bytes() != b"\x00not msgpack"


@pytest.fixture
def no_dictionary(monkeypatch):
    """As without the package; the finders made meanwhile are forgotten after."""
    monkeypatch.setattr(dictionary_module, "_loaded", [None])
    finder.cache_clear()
    yield
    finder.cache_clear()


def test_without_the_package_hanja_are_found_only_as_written(no_dictionary):
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
