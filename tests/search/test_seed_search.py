"""Search on the shipped real page (editions/광남일보-2026-02-04)."""

import pytest

from reader import store
from reader.model import Ad, Article, Table, leaves
from reader.search import EditionIndex
from tests.editions import SEED_JSON


@pytest.fixture(scope="module")
def index() -> EditionIndex:
    return EditionIndex(store.load(SEED_JSON))


def matched(index: EditionIndex, query: str) -> list[str]:
    out = []
    for hit in index.search(query):
        item = index.edition.find(hit.item_id)
        text = next(leaf.text for leaf in leaves(item) if leaf.path == hit.path)
        out.append(text[hit.start : hit.end])
    return out


def test_initials_find_the_four_names_first(index):
    hits = index.search("ㅇㅅㅈ")
    assert [index.edition.find(h.item_id).__class__ for h in hits[:4]] == [Article] * 4
    assert hits[0].path == "subheadline"  # the title hit comes first
    # The names are whole words; then what ends inside a word (오상진의...). 이상 진행 in
    # the ad splits 진 off across a space: not a match.
    found = matched(index, "ㅇㅅㅈ")
    assert found[:4] == ["오상진"] * 4
    assert "이상 진" not in found
    assert "오상진" not in found[4:]


def test_mixed_initials_find_the_same_names(index):
    assert matched(index, "오ㅅㅈ") == ["오상진"] * 4


def test_words_rejoined_across_a_column_break_are_found_once(index):
    assert [m.replace(" ", "") for m in matched(index, "광주를 빌려드립니다")] == [
        "광주를빌려드립니다"
    ]


def test_spacing_differs_between_query_and_text(index):
    assert matched(index, "인공지능 사업단") == ["인공지능사업단"]
    assert "데이터센터" in matched(index, "데이터 센터")


def test_a_phrase_is_found_once_per_table_row_that_has_it(index):
    hits = index.search('"그린피 면제"')
    (ad,) = index.edition.ads()
    rows_with_it = [
        (i, r)
        for i, block in enumerate(ad.blocks)
        if isinstance(block, Table)
        for r, row in enumerate(block.rows)
        if any("그린피 면제" in cell.text for cell in row)
    ]
    assert len(rows_with_it) == 4
    paths = [h.path.split(".") for h in hits]  # blocks.<i>.rows.<r>.<cell>
    assert all(p[2] == "rows" for p in paths)
    assert [(int(p[1]), int(p[3])) for p in paths] == rows_with_it


def test_the_advertiser_is_found_in_the_ad(index):
    hits = index.search("해피니스CC")
    assert hits
    assert {type(index.edition.find(h.item_id)) for h in hits} == {Ad}
    assert hits[0].path == "title"
    assert matched(index, "해피니스cc")[0] == "해피니스CC"


def test_nonsense_finds_nothing(index):
    assert index.search("쀍뛟 zqxv") == []
    # Every 오상진 item mentions 단장; the ad's "이상 진행" is left.
    assert {h.item_id for h in index.search("ㅇㅅㅈ -단장")} == {
        h.item_id for h in index.search("ㅇㅅㅈ") if h.snippet.match == "이상 진"
    }
    assert index.search("ㅇㅅㅈ -단장 -진행") == []
