"""The confirmation of one candidate: the edition search's hits, and what ranks them."""

from hypothesis import assume, given
from hypothesis import strategies as st

from reader.model import Ad, Article, Block, Text, leaves
from reader.normalize import TO_INITIAL, normalize
from reader.search import parse_query
from reader.search.archive.confirm import Confirmer
from reader.search.edition import LeafIndex

ARTICLE = Article(
    id="a",
    headline=Text("실증밸리에서"),
    body=[
        Block("paragraph", "오늘 AX 실증 밸리 소식"),
        Block("paragraph", "전혀 다른 이야기"),
        Block("paragraph", "NFD \u1109\u1175\u11af\u110c\u1173\u11bc밸리"),  # 실증 in jamo
    ],
)


def everything(item, query):
    """The hits of the matcher given every leaf, as the edition search gives them."""
    index = LeafIndex([(item.id, 3, [(leaf, normalize(leaf.text)) for leaf in leaves(item)])])
    return index.search(query)


def test_hits_are_the_edition_search_hits():
    for text in ("실증밸리", "실증 밸리", "ㅅㅈㅂㄹ", "AX", "밸리 -AI", "ㅅㅈ -없는말"):
        query = parse_query(text)
        confirmed = Confirmer(query).confirm(ARTICLE, 3)
        assert confirmed is not None, text
        assert confirmed.hits == everything(ARTICLE, query), text


def test_counts_per_term_in_titles_and_elsewhere():
    confirmed = Confirmer(parse_query("실증밸리 소식")).confirm(ARTICLE, 3)
    assert confirmed.counts == [(1, 2), (0, 1)]
    assert confirmed.length == sum(len(leaf.text) for leaf in leaves(ARTICLE))


def test_no_match_is_none():
    assert Confirmer(parse_query("없는말")).confirm(ARTICLE, 3) is None
    assert Confirmer(parse_query("실증밸리 -다른")).confirm(ARTICLE, 3) is None
    ad = Ad(id="ad", title=Text("실증"))
    assert Confirmer(parse_query("실증밸리")).confirm(ad, 1) is None


# Leaves that keep their syllables, and text that does not: NFD and compatibility
# Hangul (㈜ is (주), ㉮ is 가), keyboard jamo, marks, vanishing and expanding characters.
syllables = st.sampled_from(list("가각나다사상서오이자장주진광실증밸리"))
others = st.sampled_from(
    list(' \n\t·‘’"AaIi0.()…ⓒㄱㅅㅇㅈ')
    + ["  ", "\u200b", "\u00ad", "㈜", "㉮", "\u1100\u1161", "\u11a8", "e\u0301", "\u3000"]
    + ["Ａ", "ﬁ", "①", "İ"]
)
texts = st.lists(st.one_of(syllables, syllables, others), max_size=12).map("".join)
typed = st.lists(
    st.one_of(syllables, st.sampled_from(list('ㄱㅅㅇㅈ -"AaiF1'))), min_size=1, max_size=6
).map("".join)


def retyped(ch: str, how: int) -> str:
    """A character as a reader may type it: as it is, its initial, or in the other case."""
    return [ch, ch.translate(TO_INITIAL), ch.swapcase()][how]


@given(st.lists(texts, min_size=1, max_size=5), st.data())
def test_leaves_passed_over_change_nothing(leaf_texts, data):
    """Hits and counts are those of the matcher given every leaf, whatever the text."""
    item = Article(
        id="a",
        headline=Text(leaf_texts[0]),
        body=[Block("paragraph", t) for t in leaf_texts[1:]],
    )
    text = data.draw(st.sampled_from(leaf_texts))
    a = data.draw(st.integers(0, len(text)))
    piece = text[a : a + data.draw(st.integers(1, 5))]
    piece = "".join(retyped(ch, data.draw(st.integers(0, 2))) for ch in piece)
    query = parse_query(data.draw(st.one_of(typed, st.just(piece), st.just(f"-x {piece}"))))
    assume(not query.empty)
    confirmed = Confirmer(query).confirm(item, 3)
    hits = everything(item, query)
    assert (confirmed.hits if confirmed else []) == hits
    if confirmed:
        index = LeafIndex([("a", 3, [(leaf, normalize(leaf.text)) for leaf in leaves(item)])])
        for term, (titles, others) in zip(query.include, confirmed.counts, strict=True):
            paths = [path for path, _, _ in index.occurrences(term)]
            assert titles == sum(path == "headline" for path in paths)
            assert others == len(paths) - titles
