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
    leaves,
)
from reader.search import EditionIndex, Hit, Snippet, search_edition
from reader.search import edition as edition_module
from tests.editions import seed
from tests.ingest.test_jump_lines import two_page_edition
from tests.search.search_editions import article, edition, one_article


def found(ed, query) -> list[tuple[str, str, str]]:
    """(item id, path, matched original text) of each hit."""
    out = []
    for hit in search_edition(ed, query):
        leaf_text = _leaf_text(ed, hit)
        out.append((hit.item_id, hit.path, leaf_text[hit.start : hit.end]))
    return out


def _leaf_text(ed, hit: Hit) -> str:
    item = ed.find(hit.item_id)
    return next(leaf.text for leaf in leaves(item) if leaf.path == hit.path)


def test_latin_is_case_folded():
    ed = one_article("광주는 AI 실증 무대")
    assert found(ed, "ai") == [("a1", "body.0", "AI")]
    assert found(ed, "Ai 실증") == [("a1", "body.0", "AI 실증")]


def test_spacing_is_ignored_both_ways():
    ed = one_article("오상진 인공지능 사업단장", "AI 전용 데이터센터 구축")
    assert found(ed, "인공지능사업단") == [("a1", "body.0", "인공지능 사업단")]
    assert found(ed, "데이터 센터") == [("a1", "body.1", "데이터센터")]


def test_a_quoted_space_needs_a_space_in_the_text():
    ed = one_article("한의원 원장", "한 의원이 말했다", "데이터센터")
    assert found(ed, '"한 의원"') == [("a1", "body.1", "한 의원")]
    assert found(ed, "한의원") == [("a1", "body.0", "한의원")]
    assert found(ed, '"데이터 센터"') == []


def test_a_match_crosses_a_space_only_between_pieces_of_two():
    ed = one_article(
        "발주자의 원사업자", "소정의 원고료", "국회 의원 선거", "국회의원", "반대 토론", "대통령"
    )
    assert found(ed, "의원") == [("a1", "body.2", "의원"), ("a1", "body.3", "의원")]
    assert found(ed, "국회의원") == [("a1", "body.2", "국회 의원"), ("a1", "body.3", "국회의원")]
    assert found(ed, "ㄱㅎㅇㅇ") == found(ed, "국회의원")
    assert found(ed, "ㄷㅌㄹ") == [("a1", "body.5", "대통령")]


def test_latin_letters_never_cross_a_space_the_query_lacks():
    ed = one_article("county subscribers", "the countys")
    assert found(ed, "countys") == [("a1", "body.1", "countys")]
    assert found(ed, "county subscribers") == [("a1", "body.0", "county subscribers")]


def test_a_latin_term_starts_a_word():
    ed = one_article("award to HOWARD toward", "the war years", "warehouse wars", "said AI")
    assert found(ed, "war") == [
        ("a1", "body.1", "war"),
        ("a1", "body.2", "war"),
        ("a1", "body.2", "war"),
    ]
    assert found(ed, "AI") == [("a1", "body.3", "AI")]


def test_latin_whole_words_come_first():
    ed = one_article("warehouse", "the war years")
    assert found(ed, "war") == [("a1", "body.1", "war"), ("a1", "body.0", "war")]


def test_middle_dots_are_one():
    ed = one_article("김\u318d이 공동대표", "김\u00b7이 공동", "a\u2027b", "c\u30fbd", "e\uff65f")
    assert found(ed, "김\u00b7이") == [
        ("a1", "body.0", "김\u318d이"),
        ("a1", "body.1", "김\u00b7이"),
    ]
    assert found(ed, "김\u318d이") == found(ed, "김\u00b7이")
    assert [m for *_, m in found(ed, "\u00b7")][2:] == ["\u2027", "\u30fb", "\uff65"]


def test_a_thousands_comma_is_not_there():
    ed = one_article("입장료 4,120원", "1,234,567명", "1,2번")
    assert found(ed, "4120원") == [("a1", "body.0", "4,120원")]
    assert found(ed, "4,120원") == found(ed, "4120원")
    assert found(ed, "1234567") == [("a1", "body.1", "1,234,567")]
    assert found(ed, "12번") == []


def test_a_number_is_found_whole_and_only_well_formed_groups_fold():
    ed = one_article("예산 4,120,000원과 12,000,000원", "2000년 2,000명", "0,500 m 2,3,4,567")
    assert found(ed, "2000") == [("a1", "body.1", "2000"), ("a1", "body.1", "2,000")]
    assert found(ed, "412") == []
    assert found(ed, "4120000원") == [("a1", "body.0", "4,120,000원")]
    assert found(ed, "0500") == []
    assert found(ed, "4567") == []
    assert found(ed, "2,3,4,567") == [("a1", "body.2", "2,3,4,567")]


def test_a_term_matches_across_a_line_break():
    ed = one_article("‘광\n주를 빌려드립니다’를 모토로")
    assert found(ed, "광주를 빌려드립니다") == [("a1", "body.0", "광\n주를 빌려드립니다")]


def test_a_percent_is_found_as_the_sign_or_the_word():
    ed = one_article("약 70%가 현장에서", "30 퍼센트는 남았다", "50센트짜리")
    assert found(ed, "70퍼센트") == [("a1", "body.0", "70%")]
    assert found(ed, "30%") == [("a1", "body.1", "30 퍼센트")]
    assert found(ed, "퍼센트") == [("a1", "body.0", "%"), ("a1", "body.1", "퍼센트")]
    assert found(ed, "센트") == [("a1", "body.2", "센트")]  # a cent is no percent


def test_latin_words_are_found_with_or_without_their_marks():
    ed = one_article("Café Müller opened", "a cafe in Zurich")
    assert found(ed, "cafe") == [("a1", "body.0", "Café"), ("a1", "body.1", "cafe")]
    assert found(ed, "zürich") == [("a1", "body.1", "Zurich")]
    assert found(ed, "muller") == [("a1", "body.0", "Müller")]


def test_quotes_after_a_word_match_in_any_form():
    # Where a quote opens a phrase it is a mark of the query (test_search_query.py).
    ed = one_article("‘광주를 빌려드립니다’", "'AI' 실증")
    assert found(ed, "빌려드립니다'") == [("a1", "body.0", "빌려드립니다’")]
    assert found(ed, "ai’") == [("a1", "body.1", "AI'")]


def test_quote_marks_of_every_kind_make_a_phrase_of_what_they_hold():
    ed = one_article("작은 정부를 말했다", "정부가 작은 일을", "「토지」 완간")
    for query in ("‘작은 정부’", "'작은 정부'", "「작은 정부」", "《작은 정부》", "〈작은 정부〉"):
        assert found(ed, query) == [("a1", "body.0", "작은 정부")], query
    # The marks are not searched for: the text need not have them, or may have others.
    assert found(ed, "『토지』") == [("a1", "body.2", "토지")]


def test_an_apostrophe_inside_a_word_is_no_quote_mark():
    ed = one_article("The council's decision", "a council decision")
    assert found(ed, "council's") == [("a1", "body.0", "council's")]
    assert found(ed, "'council's decision'") == [("a1", "body.0", "council's decision")]


def test_nfd_text_is_found_and_highlighted_whole():
    nfd = "\u110b\u1169\u1109\u1161\u11bc\u110c\u1175\u11ab 단장"  # 오상진, decomposed
    ed = one_article(nfd)
    hits = search_edition(ed, "오상진")
    assert [(h.start, h.end) for h in hits] == [(0, 8)]
    assert found(ed, "ㅇㅅㅈ") == [("a1", "body.0", nfd[:8])]


def test_initials_match_syllables_inside_words_and_across_spaces():
    ed = one_article("오상진 단장이 이끄는", "연구 주제마다 오상 진이", "우상진 씨", "오 상진")
    # Never "오상 진" nor "오 상진": each splits one initial off across a space.
    assert found(ed, "ㅇㅅㅈ") == [("a1", "body.0", "오상진"), ("a1", "body.2", "우상진")]
    assert found(ed, "ㅇㅅㅈㅇ") == [("a1", "body.1", "오상 진이")]
    assert found(ed, "ㄷㅈ") == [("a1", "body.0", "단장")]  # inside a word, not only at its start


def test_initials_ignore_spacing_like_every_other_query():
    ed = one_article("인공지능사업단", "인공지능 사업단", "인공 지능\n사업단", "인공 지능 사업 단")
    assert found(ed, "ㅇㄱㅈㄴㅅㅇㄷ") == [
        ("a1", "body.0", "인공지능사업단"),
        ("a1", "body.1", "인공지능 사업단"),
        ("a1", "body.2", "인공 지능\n사업단"),
    ]
    assert found(ed, '"ㅇㄱㅈㄴ ㅅㅇㄷ"') == found(ed, "ㅇㄱㅈㄴㅅㅇㄷ")[1:]
    ed = one_article("프론트엔드 개발자")
    assert found(ed, "ㅍㄹㅌㅇㄷㄱㅂㅈ") == [("a1", "body.0", "프론트엔드 개발자")]


def test_whole_word_initials_come_first():
    ed = one_article("이상진행 중", "오상진 단장", "음시작하며")
    # 오상진 starts and ends on word boundaries; "이상진" and "음시작" start on one.
    assert found(ed, "ㅇㅅㅈ") == [
        ("a1", "body.1", "오상진"),
        ("a1", "body.0", "이상진"),
        ("a1", "body.2", "음시작"),
    ]
    ed = one_article("그 사업단장은", "사업단 출범")
    # 사업단 in body.1 is a word; in body.0 it starts one.
    assert found(ed, "ㅅㅇㄷ") == [("a1", "body.1", "사업단"), ("a1", "body.0", "사업단")]


def test_mixed_syllables_and_initials():
    ed = one_article("오상진 단장", "우상진 씨")
    assert found(ed, "오ㅅㅈ") == [("a1", "body.0", "오상진")]
    assert found(ed, "ㅇ상ㅈ") == [("a1", "body.0", "오상진"), ("a1", "body.1", "우상진")]


def test_double_consonants_are_their_own_initials():
    ed = one_article("까치 가치")
    assert found(ed, "ㄱㅊ") == [("a1", "body.0", "가치")]
    assert found(ed, "ㄲㅊ") == [("a1", "body.0", "까치")]


def test_typed_jamo_in_the_text_match_themselves():
    ed = one_article("ㅋㅋ 웃음")
    assert found(ed, "ㅋㅋ") == [("a1", "body.0", "ㅋㅋ")]
    assert found(ed, "크크") == []


def test_a_choseong_phrase_needs_no_spaces():
    ed = one_article("오상진 인공지능 단장")
    assert found(ed, '"ㅇㅅㅈ ㅇㄱ"') == [("a1", "body.0", "오상진 인공")]
    assert found(ed, '"ㅇㅅㅈㅇㄱ"') == [("a1", "body.0", "오상진 인공")]


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
