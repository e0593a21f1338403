"""In-edition search: what a query of several terms finds (all in one item, a phrase in
its order, a term left out), in what order, in which leaves, with what snippets."""

from __future__ import annotations

from reader.model import (
    Ad,
    Byline,
    Contact,
    Heading,
    ListBlock,
    Note,
    Paragraph,
    Table,
    Text,
)
from reader.search import EditionIndex, Snippet, search_edition
from reader.search import edition as edition_module
from tests.editions import seed
from tests.ingest.test_jump_lines import two_page_edition
from tests.search.search_editions import article, edition, found, one_article


def test_all_terms_must_occur_in_the_same_item():
    ed = edition(
        [
            article("a1", "광주 인공지능", "데이터센터 구축"),
            article("a2", "광주 관광"),
            article("a3", "데이터센터 전력"),
        ]
    )
    assert found(ed, "광주 데이터") == [("a1", "body.0", "광주"), ("a1", "body.1", "데이터")]


def test_a_phrase_keeps_its_order():
    ed = one_article("데이터 센터", "센터 데이터")
    assert found(ed, '"데이터 센터"') == [("a1", "body.0", "데이터 센터")]
    assert found(ed, '"센터 데이터"') == [("a1", "body.1", "센터 데이터")]


def test_minus_excludes_items_containing_the_term():
    ed = edition([article("a1", "광주 인공지능"), article("a2", "광주 골프 광고")])
    assert found(ed, "광주 -광고") == [("a1", "body.0", "광주")]
    assert found(ed, '광주 -"골프 광고"') == [("a1", "body.0", "광주")]
    assert found(ed, "광주 -ㄱㄱ") == [("a1", "body.0", "광주")]
    assert found(ed, "-광고") == []  # nothing to mark


def test_empty_query_has_no_hits():
    ed = one_article("광주")
    assert search_edition(ed, "") == []
    assert search_edition(ed, "   ") == []


def test_nonsense_has_no_hits():
    assert search_edition(one_article("광주 인공지능"), "쀍쀍") == []


def test_title_hits_come_first_then_edition_order():
    ed = edition(
        [article("a1", "본문의 광주", headline="제목")],
        [
            article("a2", "광주 둘째", headline="광주 헤드라인", subheadline=Text("부제 광주")),
            Ad(id="ad1", title=Text("광주 광고"), blocks=[Paragraph("광주")]),
        ],
    )
    assert [(h.item_id, h.path) for h in search_edition(ed, "광주")] == [
        ("a2", "headline"),
        ("a2", "subheadline"),
        ("ad1", "title"),
        ("a1", "body.0"),
        ("a2", "body.0"),
        ("ad1", "blocks.0"),
    ]
    assert [h.page for h in search_edition(ed, "본문")] == [1]


def test_every_leaf_is_searched():
    art = article(
        "a1",
        "본문 키워드1",
        headline="헤드 키워드2",
        subheadline=Text("부제 키워드3"),
        deck=[Text("덱 키워드4")],
        bylines=[Byline("김은지", "기자", text="김은지 기자 키워드5")],
    )
    ad = Ad(
        id="ad1",
        title=Text("광고 키워드6"),
        blocks=[
            Heading("키워드7"),
            Paragraph("키워드8"),
            Note("키워드9"),
            ListBlock([Text("항목"), Text("키워드10")]),
            Table(header=[Text("키워드11")], rows=[[Text("칸"), Text("키워드12")]]),
            Contact("phone", "061-330-5004", "061)330-5004", label="키워드13"),
        ],
    )
    ed = edition([art, ad])
    paths = {h.path for h in search_edition(ed, "키워드")}
    assert paths == {
        "body.0",
        "headline",
        "subheadline",
        "deck.0",
        "byline.0",
        "title",
        "blocks.0",
        "blocks.1",
        "blocks.2",
        "blocks.3.items.1",
        "blocks.4.header.0",
        "blocks.4.rows.0.1",
    }
    assert [h.path for h in search_edition(ed, "061)330")] == ["blocks.5"]


def test_one_hit_per_occurrence():
    ed = one_article("광주 그리고 광주, 광주")
    hits = search_edition(ed, "광주")
    assert [(h.start, h.end) for h in hits] == [(0, 2), (7, 9), (11, 13)]


def test_overlapping_occurrences_merge_and_adjacent_ones_do_not():
    ed = one_article("ㅋㅋㅋㅋ", "가나가나", "인공지능")
    assert found(ed, "ㅋㅋ") == [("a1", "body.0", "ㅋㅋㅋㅋ")]
    assert found(ed, "가나") == [("a1", "body.1", "가나"), ("a1", "body.1", "가나")]
    assert found(ed, "인공지 공지능") == [("a1", "body.2", "인공지능")]


def test_words_found_together_mark_only_the_phrase():
    ed = edition(
        [article("a1", "광주 AI 실증", "광주에서 실증", "실증 광주")],
        [article("a2", "광주에서 AI 실증")],
    )
    # a1 holds the words as a phrase: only that is marked; a2 holds them apart.
    assert found(ed, "광주 ai") == [
        ("a1", "body.0", "광주 AI"),
        ("a2", "body.0", "광주"),
        ("a2", "body.0", "AI"),
    ]
    assert found(ed, "실증 광주") == [
        ("a1", "body.2", "실증 광주"),
        ("a2", "body.0", "광주"),
        ("a2", "body.0", "실증"),
    ]
    # With a 초성 term each term is marked where it is, whole words first: 광주 in
    # 광주에서 starts a word but does not end one.
    assert found(ed, "ㄱㅈ 실증") == [
        ("a1", "body.0", "광주"),
        ("a1", "body.0", "실증"),
        ("a1", "body.1", "실증"),
        ("a1", "body.2", "실증"),
        ("a1", "body.2", "광주"),
        ("a2", "body.0", "실증"),
        ("a1", "body.1", "광주"),
        ("a2", "body.0", "광주"),
    ]


def test_snippet_marks_the_match_on_one_line():
    text = "가" * 50 + " 오상진\n단장 " + "나" * 50
    (hit,) = search_edition(one_article(text), "오상진단장")
    # 80 cells each side: a space and 39 syllables of two cells.
    assert hit.snippet == Snippet("…" + "가" * 39 + " ", "오상진 단장", " " + "나" * 39 + "…")
    (hit,) = search_edition(one_article("오상진 단장"), "단장")
    assert hit.snippet == Snippet("오상진 ", "단장", "")


def test_snippets_are_cut_only_for_the_hits_shown(monkeypatch):
    # One 초성 keystroke finds hundreds of hits; cutting each one's snippet made the
    # keystroke wait on all of them.
    cut = []
    real = edition_module.reach_back
    monkeypatch.setattr(edition_module, "reach_back", lambda *a: cut.append(a) or real(*a))
    hits = search_edition(seed(), "ㅇ")
    assert len(hits) > 100 and cut == []
    first = hits[0]
    assert first.snippet.match == first.line[first.start : first.end]
    assert first.snippet is first.snippet and len(cut) == 1  # cut once, then kept


def test_markup_like_text_is_plain_text():
    ed = one_article("[bold]광고[/bold] 문구")
    assert found(ed, "[bold]") == [("a1", "body.0", "[bold]")]


def test_an_index_is_reused_across_queries():
    ed = one_article("광주 인공지능", "데이터센터")
    index = EditionIndex(ed)
    assert index.edition is ed
    assert [h.path for h in index.search("광주")] == ["body.0"]
    assert [h.path for h in search_edition(index, "데이터")] == ["body.1"]


def test_items_without_leaves_are_fine():
    ed = edition([Ad(id="ad1"), article("a1")], [])
    assert search_edition(ed, "광주") == []
    assert search_edition(edition(), "광주") == []


def test_a_jump_line_is_found_in_the_part_it_is_printed_in():
    """'계속' is printed in both parts of a story that jumps pages: each hit names its part
    and the jump line, so a hit opens the part it was found in."""
    jumped, _text = two_page_edition()
    hits = search_edition(jumped, "계속")
    assert [(h.item_id, h.path) for h in hits] == [("p1-1", "jump_on"), ("p2-1", "jump_from")]
