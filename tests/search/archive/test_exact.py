"""The archive finds exactly what the in-edition search finds, edition by edition."""

from __future__ import annotations

import ast
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader import store
from reader.model import Article, Block, Edition, Page, Source, Text, leaves
from reader.normalize import TO_INITIAL
from reader.search import EditionIndex, Hit
from reader.search.archive import Archive
from reader.search.archive import windows as windows_module
from tests.editions import SEED_JSON

SEARCH_TESTS = Path(__file__).resolve().parents[1]  # tests/search: the edition search tests

SEED_QUERIES = [
    "ㅇㅅㅈ",
    "오ㅅㅈ",
    "ㅇ상ㅈ",
    "광주를 빌려드립니다",
    '"그린피 면제"',
    "해피니스CC",
    "해피니스cc",
    "쀍뛟 zqxv",
    "ㅇㅅㅈ -단장",
    "인공지능 사업단",
    "인공지능사업단",
    "데이터 센터",
    "AI 실증 -광고",
    '"AI 실증"',
    "광주",
    "광",
    "실증밸리",
    "061)330",
    "%",
    "ㄱ",
    '"ㅇㅅㅈ ㅇㄱ"',
    "-광고",
    "",
]


def expected(editions: list[Edition], query: str) -> dict[tuple[str, str], list[Hit]]:
    """(edition id, item id) -> the item's hits, in the edition search's order."""
    out: dict[tuple[str, str], list[Hit]] = {}
    for edition in editions:
        for hit in EditionIndex(edition).search(query):
            out.setdefault((edition.id, hit.item_id), []).append(hit)
    return out


def actual(archive: Archive, query: str) -> dict[tuple[str, str], list[Hit]]:
    out: dict[tuple[str, str], list[Hit]] = {}
    for result in archive.search(query):
        key = (result.edition_id, result.item_id)
        assert key not in out, f"{key} twice"
        assert {h.item_id for h in result.hits} == {result.item_id}
        out[key] = result.hits
    return out


def random_queries(editions: list[Edition], count: int, seed: int) -> list[str]:
    """Pieces of the editions' text, as a reader might type them."""
    rng = random.Random(seed)
    texts = [
        leaf.text
        for edition in editions
        for _, item in edition.items()
        for leaf in leaves(item)
        if leaf.text.strip()
    ]

    def piece(longest: int = 10) -> str:
        text = rng.choice(texts)
        a = rng.randrange(len(text))
        return text[a : a + rng.randint(1, longest)].replace('"', "")

    def initials(s: str) -> str:
        return "".join(ch.translate(TO_INITIAL) if rng.random() < 0.7 else ch for ch in s)

    makers = [
        lambda: "".join(piece().split()),  # spacing dropped
        lambda: '"' + piece(14) + '"',  # a phrase, spaced as printed
        lambda: " ".join(piece(4) for _ in range(2)),  # two words, AND
        lambda: initials(max(piece(12).split() or ["가"], key=len)),  # 초성, mixed
        lambda: f'{"".join(piece().split())} -"{piece(3)}"',  # with an exclusion
        lambda: piece(1),  # one character
    ]
    return [rng.choice(makers)() for _ in range(count)]


def suite_strings() -> list[str]:
    """Every string literal of the in-edition search tests: their queries and texts."""
    found: dict[str, None] = {}
    for path in sorted(SEARCH_TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found[node.value] = None
    return [s for s in found if s.strip()]


@pytest.mark.parametrize("query", SEED_QUERIES)
def test_seed_queries(archive, editions, query):
    assert actual(archive, query) == expected(editions, query)


def test_seed_queries_find_what_the_seed_tests_expect(archive):
    (seed, *_) = [r for r in archive.search("ㅇㅅㅈ") if r.edition_id == "광남일보-2026-02-04"]
    assert seed.hits[0].path == "subheadline"
    matches = [
        h.snippet.match for r in archive.search("ㅇㅅㅈ") for h in r.hits if r.paper == "광남일보"
    ]
    assert matches.count("오상진") == 4
    # 이상 진행 splits 진 off across a space: not a match, as in the edition.
    assert "이상 진" not in matches
    assert len([h for r in archive.search('"그린피 면제"') for h in r.hits]) == 4


def test_random_pieces_of_the_editions(archive, editions):
    for query in random_queries(editions, 160, seed=20260204):
        assert actual(archive, query) == expected(editions, query), query


def test_windows_smaller_than_the_matches(archive, editions, monkeypatch):
    """Many windows, and two tables meeting across them, lose and repeat nothing."""
    monkeypatch.setattr(windows_module, "FIRST_WINDOW", 2)
    monkeypatch.setattr(windows_module, "CHOSEONG_SPARE", 1)
    monkeypatch.setattr(windows_module, "WINDOW", 3)
    for query in SEED_QUERIES + random_queries(editions, 40, seed=7):
        assert actual(archive, query) == expected(editions, query), query


@pytest.fixture(scope="module")
def suite(tmp_path_factory) -> tuple[Path, list[Edition]]:
    """The suite's strings as the articles of one edition, beside the seed."""
    strings = suite_strings()
    items = [
        Article(id=f"s{n}", headline=Text(s) if n % 3 == 0 else None, body=[Block("paragraph", s)])
        for n, s in enumerate(strings)
    ]
    source = Source("suite", "0" * 64, "utf-8")
    edition = Edition(1, "suite", source, pages=[Page(1, "suite", items)])
    folder = tmp_path_factory.mktemp("suite")
    store.save(edition, folder)
    seed = store.load(SEED_JSON)
    store.save(seed, folder)
    return folder, [edition, seed]


def test_every_string_of_the_edition_search_suite(suite):
    folder, editions = suite
    queries = suite_strings()
    assert len(queries) > 150
    with Archive(folder) as archive:
        archive.update()
        for query in queries:
            assert actual(archive, query) == expected(editions, query), query


# Text as newspapers have it, and then some: NFD Hangul, fullwidth forms,
# compatibility jamo, punctuation, format characters and every kind of space.
hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
others = st.sampled_from(
    list("AaZz09.,·()%-/:?!'‘’…ß_\"“”ㄱㅇㅅㅏㄳ")
    + ["İ", "Ａ", "\u200b", "\u00ad", "ﬁ", "①", "\u1100\u1161", "e\u0301", "𝐀"]
)


def units(pieces: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=most).map("".join)


gaps = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u3000"])
leaf_text = st.lists(
    st.tuples(st.one_of(st.just(""), gaps), units(st.one_of(hangul, hangul, others), 6)),
    min_size=1,
    max_size=6,
).map(lambda pairs: "".join(gap + word for gap, word in pairs))
typed = units(st.one_of(hangul, others, gaps, st.sampled_from(list('ㄱㄴㅇㅅㅈ -"'))), 8)


def _query(data, texts: list[str]) -> str:
    if data.draw(st.integers(0, 3)) == 0:
        return data.draw(typed)
    text = data.draw(st.sampled_from(texts))
    a = data.draw(st.integers(0, max(len(text) - 1, 0)))
    b = data.draw(st.integers(a, len(text)))
    piece = "".join(
        ch.translate(TO_INITIAL) if data.draw(st.booleans()) else ch for ch in text[a:b]
    )
    return data.draw(st.sampled_from([piece, f'"{piece}"', "".join(piece.split())]))


@given(st.lists(leaf_text, min_size=1, max_size=4), st.data())
def test_any_query_on_any_text(texts, data):
    items = [
        Article(id=f"a{n}", headline=Text(t) if n == 0 else None, body=[Block("paragraph", t)])
        for n, t in enumerate(texts)
    ]
    edition = Edition(1, "prop", Source("p", "0" * 64, "utf-8"), pages=[Page(1, "s", items)])
    query = _query(data, texts)
    with tempfile.TemporaryDirectory() as tmp:
        store.save(edition, tmp)
        with Archive(tmp) as archive:
            archive.update()
            assert actual(archive, query) == expected([edition], query)
