"""The confirmation of one candidate: the edition search's hits, and what ranks them."""

from reader.model import Ad, Article, Block, Text, leaves
from reader.search import parse_query
from reader.search.archive_confirm import Confirmer
from reader.search.edition import LeafIndex
from reader.search.normalize import normalize

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
