"""Search in the app, driven by keys and the mouse: `/`, typing, Enter, n / N, Esc."""

from __future__ import annotations

from textual.widgets import Input

from reader.highlights import Mark
from reader.model import Ad, Article, Edition
from reader.search.session import ROWS
from reader.ui.widgets import search as search_widget
from reader.ui.widgets.document import DocumentView
from reader.ui.widgets.panes import AdPane, ArticleView
from reader.ui.widgets.search_hits import HitList
from reader.ui.widgets.sections import SectionList
from tests.editions import generated, library, seed
from tests.search.search_editions import article, edition
from tests.ui.conftest import (
    bar,
    current_marks,
    drive,
    focused_id,
    hits_of,
    open_search,
    rows,
    search,
    settle,
    status,
    typed,
)
from tests.ui.session import shelf_of_two


def current_hit_visible(view: DocumentView) -> bool:
    line = view._rendered.current_hit_line()
    height = view.scrollable_content_region.height
    return line is not None and view.scroll_y <= line < view.scroll_y + height


# --- opening, typing, closing ---------------------------------------------------------


@drive(library(seed()))
async def test_slash_opens_the_bar_with_the_cursor_on_the_query(app, pilot, screen):
    search_bar = bar(app)
    assert not search_bar.is_mounted  # until it is asked for
    await open_search(app, pilot)
    assert search_bar.display
    assert isinstance(app.focused, Input) and app.focused.id == "search-input"
    await pilot.press("n", "N")  # typed, not taken as the hit keys
    assert app.focused.value == "nN"


@drive(library(seed()))
async def test_typing_lists_hits_and_counts_them(app, pilot, screen):
    await search(app, pilot, "오상진")
    assert screen.search_results.query == "오상진"
    assert len(rows(app)) == 4
    assert status(app).startswith("hit 1 of 4")
    assert all(row.startswith("“광주지역 전역, AI 실증 무대로 만들겠다”") for row in rows(app))
    assert "오상진 인공지능산업융합사업단장" in rows(app)[0]
    assert screen.query_one(HitList).display
    await typed(app, pilot, "backspace", "backspace")  # "오": many more
    assert status(app).startswith(f"hit 1 of {len(hits_of(seed(), '오'))}")
    await typed(app, pilot, "down", "down")
    assert status(app).startswith("hit 3 of")


@drive(library(seed()))
async def test_results_wait_for_a_pause_in_the_typing(app, pilot, screen):
    # A pause longer than any test: however slow the key presses, none comes while typing.
    debounce, search_widget.DEBOUNCE = search_widget.DEBOUNCE, 3600.0
    try:
        await open_search(app, pilot)
        await pilot.press("ㅇ", "ㅅ")
        await settle(app, pilot)
        assert screen.search_results is None  # nothing searched while typing
    finally:
        search_widget.DEBOUNCE = debounce
    assert bar(app).flush()  # the pause comes: the query typed is sent
    await settle(app, pilot)
    assert screen.search_results.query == "ㅇㅅ"


@drive(library(seed()))
async def test_the_list_is_capped_but_the_count_is_exact(app, pilot, screen):
    total = len(hits_of(seed(), "ㅇ"))
    assert total > ROWS
    await search(app, pilot, "ㅇ")
    listed = rows(app)
    assert len(listed) == ROWS + 1
    assert listed[-1] == f"… and {total - ROWS:,} more, not listed"
    assert status(app).startswith(f"hit 1 of {total:,}")
    await pilot.press("enter", "N")  # back round to the last hit, past the list
    await settle(app, pilot)
    assert screen.search_at == total - 1
    assert status(app).startswith(f"hit {total:,} of {total:,}")


@drive(library(seed()))
async def test_no_hits_says_so(app, pilot, screen):
    await search(app, pilot, "없는말")
    assert status(app).startswith("no hits for “없는말”")
    assert not screen.query_one(HitList).display
    assert screen.highlights == {}
    await pilot.press("enter")  # nothing to open: the bar stays
    assert isinstance(app.focused, Input)


@drive(library(seed()))
async def test_a_query_with_no_word_to_find_says_what_the_command_says(app, pilot, screen):
    # `broadsheet search '""'` refuses it with these words (tests/cli): no "no hits".
    await search(app, pilot, '""')
    assert status(app).startswith("the query is empty: search needs a word to find ·")
    await typed(app, pilot, "backspace", "backspace", *"-민주")
    assert status(app).startswith("-word only leaves out: search needs a word to find too ·")
    await typed(app, pilot, "backspace", "backspace", "backspace", *"없는말")
    assert status(app).startswith("no hits for “없는말”")


@drive(library(seed()))
async def test_a_query_with_markup_is_shown_literally(app, pilot, screen):
    await search(app, pilot, "[bold]x")
    assert bar(app).input.value == "[bold]x"
    assert status(app).startswith("no hits for “[bold]x”")
    shown = bar(app).query_one("#search-status").render()
    assert "no hits for “[bold]x”" in str(shown)


@drive(
    library(edition([article("a1", "앞 [bold]굵게[/bold] 뒤", headline="제목 [red]빨강[/red]")]))
)
async def test_markup_in_the_paper_and_the_query_stays_literal(app, pilot, screen):
    await search(app, pilot, "[bold]")
    title = "제목 [red]빨강[/red]"
    row = title + "  paragraph 1 │ 앞 [bold]굵게[/bold] 뒤"
    assert rows(app) == [row]
    prompt = app.screen.query_one(HitList).get_option_at_index(0).prompt.text()
    at = row.index("[bold]")
    assert any((s.start, s.end) == (at, at + 6) for s in prompt.spans)  # the match, styled
    assert status(app).startswith("hit 1 of 1")
    await pilot.press("enter")
    await settle(app, pilot)
    view = screen.query_one(ArticleView)
    assert "앞 [bold]굵게[/bold] 뒤" in view._rendered.plain()
    assert current_marks(screen) == [("a1", "body.0", Mark(2, 8, True))]


# --- Enter: the article at the hit ---------------------------------------------------


@drive(library(seed()))
async def test_choseong_lists_whole_words_first(app, pilot, screen):
    """ㅇㅅㅈ finds the name, never 이상 진행 in the ad (진 split off across a space)."""
    await search(app, pilot, "ㅇㅅㅈ")
    hits = screen.search_results.hits
    assert len(rows(app)) == len(hits) == len(hits_of(seed(), "ㅇㅅㅈ")) == 4
    assert [h.snippet.match for h in hits] == ["오상진"] * 4


@drive(library(seed()), size=(80, 24))
async def test_enter_opens_the_hit_highlighted_and_in_view(app, pilot, screen):
    await search(app, pilot, "오상진")
    await pilot.press("down", "enter")
    await settle(app, pilot)
    hit = screen.search_results.hits[1]
    view = screen.query_one(ArticleView)
    assert screen.item_id == hit.item_id and screen.search_at == 1
    assert current_marks(screen) == [(hit.item_id, hit.path, Mark(hit.start, hit.end, True))]
    # Every hit of the article is highlighted; the open one alone is the current one.
    marked = {(p, m[:2]) for p, marks in view.highlights.items() for m in marks}
    assert marked == {(h.path, (h.start, h.end)) for h in screen.search_results.hits}
    assert current_hit_visible(view) and view.scroll_y > 0
    assert focused_id(app) == "article"
    assert not screen.query_one(HitList).display  # the list folds; the line stays
    assert bar(app).display
    assert status(app) == "hit 2 of 4 · n/N next/previous · esc clears"


def long_paragraph() -> Edition:
    body = "긴 문단의 문장입니다. " * 300 + "끝에 숨은 과녁이 있다."
    return edition([article("a1", "첫 문단.", body, headline="긴 기사")])


@drive(library(long_paragraph()), size=(80, 24))
async def test_a_hit_deep_in_a_long_paragraph_is_scrolled_into_view(app, pilot, screen):
    await search(app, pilot, "과녁")
    await pilot.press("enter")
    await settle(app, pilot)
    view = screen.query_one(ArticleView)
    assert view.scroll_y > view.anchors["body.1"]  # past the paragraph's first line
    assert current_hit_visible(view)


@drive(library(seed()))
async def test_enter_right_after_typing_opens_the_first_hit(app, pilot, screen):
    await open_search(app, pilot)
    await typed(app, pilot, *"오상진", "enter")  # Enter before the typing's pause
    assert screen.search_at == 0
    assert focused_id(app) == "article"


@drive(library(seed()))
async def test_clicking_a_row_opens_that_hit(app, pilot, screen):
    await search(app, pilot, "오상진")
    await pilot.click(HitList, offset=(10, 1 + 2))  # 1: the border; the third row
    await settle(app, pilot)
    assert screen.search_at == 2
    assert current_hit_visible(screen.query_one(ArticleView))


# --- n and N ---------------------------------------------------------------------------


@drive(library(generated()))
async def test_n_and_N_walk_the_hits_across_articles_and_ads(app, pilot, screen):
    ed = screen.edition
    expected = hits_of(ed, "목포")
    kinds = {type(ed.find(h.item_id)) for h in expected}
    assert kinds == {Article, Ad} and len({h.item_id for h in expected}) >= 2
    await search(app, pilot, "목포")
    await pilot.press("enter")
    await settle(app, pilot)
    seen = []
    for _ in expected:
        hit = screen.search_results.hits[screen.search_at]
        seen.append(hit)
        item = ed.find(hit.item_id)
        pane = screen.query_one(ArticleView if isinstance(item, Article) else AdPane)
        if isinstance(item, Article):
            assert screen.item_id == hit.item_id
        else:
            assert pane.display and hit.item_id in [a.id for a in pane.ads]
        assert current_marks(screen) == [(hit.item_id, hit.path, Mark(hit.start, hit.end, True))]
        assert current_hit_visible(pane)
        await pilot.press("n")
        await settle(app, pilot)
    assert seen == expected
    assert screen.search_at == 0  # round again to the first
    await pilot.press("N")
    await settle(app, pilot)
    assert screen.search_at == len(expected) - 1
    assert status(app).startswith(f"hit {len(expected)} of {len(expected)}")


@drive(library(generated()), size=(80, 24))
async def test_a_hit_in_an_ad_unfolds_the_ad_pane_until_a_hit_in_an_article(app, pilot, screen):
    ed = screen.edition
    in_ad = [isinstance(ed.find(h.item_id), Ad) for h in hits_of(ed, "목포")]
    at = in_ad.index(True)
    assert False in in_ad[at:]
    ads, sections = screen.query_one(AdPane), screen.query_one(SectionList)
    assert not ads.display
    await search(app, pilot, "목포")
    await pilot.press(*["down"] * at, "enter")
    await settle(app, pilot)
    assert ads.display and not sections.display and focused_id(app) == "ads"
    assert current_hit_visible(ads)
    for _ in range(in_ad[at:].index(False)):
        await pilot.press("n")
        await settle(app, pilot)
    assert not ads.display and sections.display  # the list is back


@drive(library(seed()))
async def test_hit_keys_work_from_the_list_pane_and_do_nothing_without_a_search(app, pilot, screen):
    await pilot.press("n", "N", "escape")
    assert screen.search_at is None and screen.highlights == {}
    assert focused_id(app) == "sections"
    await search(app, pilot, "오상진")
    await pilot.press("tab")  # out of the bar: the list folds, the hit keys work
    await pilot.press("n", "n")
    await settle(app, pilot)
    assert screen.search_at == 1


# --- editions and help -------------------------------------------------------------------


@drive(shelf_of_two)
async def test_another_edition_is_searched_with_the_same_query(app, pilot, screen):
    assert screen.edition.masthead.date == "2026-02-05"
    await search(app, pilot, "본문")
    assert {h.item_id for h in screen.search_results.hits} == {"p2-1", "p2-2"}
    await pilot.press("enter", "less_than_sign")
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2026-02-04"
    assert bar(app).input.value == "본문"
    assert screen.search_results.hits == hits_of(seed(), "본문")
    assert screen.search_at is None and not current_marks(screen)


@drive(library(seed()))
async def test_help_lists_the_search_keys(app, pilot, screen):
    text = " ".join(f"{keys} {about}" for _, rows_ in screen.help_groups() for keys, about in rows_)
    for words in (
        "/ Search this edition",
        "n Next search hit",
        "N Previous search hit",
        "esc Close the search bar",
        "↓ Next result",
    ):
        assert words in text, words


@drive(library(seed()), keymap={"next_hit": "ctrl+n", "clear_search": "ctrl+g"})
async def test_the_search_line_names_remapped_keys(app, pilot, screen):
    await search(app, pilot, "오상진")
    await pilot.press("enter")
    await settle(app, pilot)
    assert status(app) == "hit 1 of 4 · ^n/N next/previous · ^g clears"
    await pilot.press("ctrl+n")
    await settle(app, pilot)
    assert screen.search_at == 1
