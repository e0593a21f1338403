"""Snippets measured in cells: as wide in Latin text as in Hangul, cut to a row's width."""

from __future__ import annotations

from reader.printable import cell_width
from reader.search.snippets import SNIPPET_CELLS, WORD_CELLS, fit
from tests.search.test_search_edition import one_article, search_edition


def test_latin_context_reaches_as_many_cells_as_hangul():
    latin = "budget talks " * 20
    (hit,) = search_edition(one_article(latin + "예산안 " + latin), "예산안")
    before, after = hit.snippet.before, hit.snippet.after
    # 80 letters, not 20 (but the tail of a word cut at the start)
    assert SNIPPET_CELLS - WORD_CELLS <= cell_width(before.removeprefix("…")) <= SNIPPET_CELLS
    assert cell_width(after.removesuffix("…")) == SNIPPET_CELLS


def test_fit_cuts_to_the_cells_given_with_the_match_whole_and_early():
    before, match, after = "…" + "가" * 39 + " ", "예산안", " " + "나" * 39 + "…"
    b, m, a = fit(before, match, after, 60)
    assert m == match and cell_width(b + m + a) <= 60
    assert b.startswith("…") and a.endswith("…")
    assert cell_width(b) <= 60 // 3 + 1  # the match early in the row
    assert b.endswith("가 ") and a.startswith(" 나")  # cut far from the match


def test_fit_keeps_a_snippet_that_fits_and_gives_short_after_room_to_before():
    assert fit("앞 ", "예산안", " 뒤", 60) == ("앞 ", "예산안", " 뒤")
    b, _, a = fit("…" + "가" * 39 + " ", "예산안", " 끝", 40)
    rest = 40 - cell_width("예산안 끝")
    assert a == " 끝" and rest - 1 <= cell_width(b) <= rest  # before takes the rest (a wide
    # character may leave one cell)


def test_a_match_that_fills_its_room_still_shows_the_text_goes_on():
    assert fit("", "반도체", " 수출 석 달째", 7) == ("", "반도체", "…")
    assert fit("수출은 ", "반도체", "", 7) == ("…", "반도체", "")
    assert fit("", "반도체", " 수출", 6) == ("", "반도", "…")
    assert fit("", "반도체", "", 6) == ("", "반도체", "")  # nothing cut: no mark


LEAF_BEFORE = "한 번꼴로 뜨는 배에 기대 병원과 장을 오가야 했다. 섬 주민 "
LEAF_AFTER = " 명은 그동안 12월부터 이듬해 2월까지 이틀에 한 번꼴로 뜨는 배에 기대"


def test_a_cut_inside_a_word_leaves_the_words_short_tail_out():
    """A row began '…. 섬 주민': the last mark of the sentence before, read as the
    snippet's first. The end is cut where the cells end: the eye reads on into '…'."""
    before, match, after = fit(LEAF_BEFORE, "340여", LEAF_AFTER, 40)
    assert (before, match, after) == ("…섬 주민 ", "340여", " 명은 그동안 12월부터 이…")
    before, _, _ = fit(LEAF_BEFORE, "340여", LEAF_AFTER, 50)
    assert before == "…했다. 섬 주민 "  # a whole word at the cut: nothing left out


def test_a_run_with_no_space_near_the_cut_is_cut_where_the_cells_end():
    # near miss: no word's tail to leave out (a long run of letters): cut mid-run, as ever
    before, _, _ = fit("가 " + "가" * 30 + " ", "340여", " 뒤" * 30, 40)
    assert before.startswith("…가가")


def test_a_hits_snippet_starts_at_a_whole_word_where_its_leaf_is_cut():
    # the cut made when the hit is first shown (80 cells each side), before any row's
    leaf = "자" + " 가나다" * 20 + " 예산안 뒤"  # 80 cells back: inside a 가나다
    (hit,) = search_edition(one_article(leaf), "예산안")
    assert hit.snippet.before.startswith("…가나다 가나다 ")
