"""One search as the reader drives it (reader.search.session), without the app: the
query and scope, results that may come late or stale, the rows Enter and n / N open,
and what is highlighted."""

from __future__ import annotations

import msgspec

from reader import store
from reader.highlights import Mark
from reader.model import Ad, Article, Block, Page, Text
from reader.search.archive import ArchiveResult
from reader.search.session import (
    ROWS,
    ArchiveResults,
    ArchiveSearch,
    EditionSearch,
    HitRow,
    ResultRow,
    SearchSession,
    index_edition,
    search_index,
)
from reader.search.stream import ArchiveStream
from tests.editions import SEED_JSON


def indexed(session: SearchSession) -> EditionSearch | None:
    index, titles = index_edition(store.load(SEED_JSON))
    return session.indexed(index, titles)


def searched(session: SearchSession, query: str) -> bool:
    """Type a query and let its search finish; whether Enter waited for it."""
    search = session.request(query, "edition")
    assert isinstance(search, EditionSearch)
    return session.found(search.index, *search_index(search))


def current(session: SearchSession) -> list[tuple[str, str, Mark]]:
    return [
        (item, path, mark)
        for item, paths in session.highlights.items()
        for path, marks in paths.items()
        for mark in marks
        if mark.current
    ]


def test_a_query_typed_before_the_index_is_searched_once_it_is_built():
    session = SearchSession()
    assert session.wants_index
    assert session.request("오상진", "edition") is None  # nothing to search with yet
    search = indexed(session)
    assert search is not None and search.query == "오상진" and not session.wants_index
    assert indexed(SearchSession()) is None  # no query: nothing to run


def test_found_hits_are_the_results_and_every_one_is_highlighted():
    session = SearchSession()
    indexed(session)
    assert not searched(session, "오상진")
    results = session.results
    assert results is not None and len(results.hits) == 4 and session.at is None
    assert {(h.path, h.start, h.end) for h in results.hits} == {
        (path, m.start, m.end) for path, marks in session.highlights["p1-1"].items() for m in marks
    }
    assert results.titles["p1-1"] == "“광주지역 전역, AI 실증 무대로 만들겠다”"
    assert not current(session)


def test_results_of_an_older_query_or_edition_are_dropped():
    session = SearchSession()
    indexed(session)
    old = session.request("오상진", "edition")
    assert isinstance(old, EditionSearch)
    searched(session, "오상진")
    assert not session.found(old.index, *search_index(old))
    assert session.results is not None and session.results.query == "오상진"
    session.edition_shown()  # another edition: its index is not built yet
    assert session.results is None and session.wants_index
    newer = session.request("오상진", "edition")
    assert newer is None
    assert not session.found(old.index, *search_index(EditionSearch(old.index, {}, "오상진")))
    assert session.results is None


def test_enter_before_the_results_opens_the_first_hit_when_they_come():
    session = SearchSession()
    indexed(session)
    session.request("오상진", "edition")
    assert session.choose(None) is None and session.open_first
    search = EditionSearch(session.index, session.titles, "오상진")
    assert session.found(search.index, *search_index(search))  # Enter waited
    assert not session.open_first and session.first() == HitRow(0)


def test_enter_on_no_hits_opens_nothing():
    session = SearchSession()
    indexed(session)
    searched(session, "없는말")
    assert session.choose(None) is None and not session.open_first  # a bell
    assert session.choose(2) == HitRow(2)  # a row clicked


def test_opening_a_hit_makes_it_the_current_one():
    session = SearchSession()
    indexed(session)
    searched(session, "오상진")
    hit = session.open_hit(1)
    assert session.at == 1
    assert current(session) == [("p1-1", hit.path, Mark(hit.start, hit.end, True))]
    marked = sum(len(marks) for marks in session.highlights["p1-1"].values())
    assert marked == 4  # the others stay highlighted
    session.open_hit(2)
    assert len(current(session)) == 1


def test_n_and_N_go_round_the_hits():
    session = SearchSession()
    assert session.step(1) is None  # no search
    indexed(session)
    searched(session, "오상진")
    assert session.step(1) == HitRow(0) and session.step(-1) == HitRow(3)
    session.open_hit(3)
    assert session.step(1) == HitRow(0)
    session.open_hit(0)
    assert session.step(-1) == HitRow(3)


def test_esc_clears_everything():
    session = SearchSession()
    indexed(session)
    searched(session, "오상진")
    session.open_hit(0)
    session.clear()
    assert (session.query, session.results, session.at, session.highlights) == ("", None, None, {})
    assert session.step(1) is None


def test_a_blank_query_ends_the_results():
    session = SearchSession()
    indexed(session)
    searched(session, "오상진")
    assert session.request("  ", "edition") is None
    assert session.results is None and session.highlights == {}


# --- all editions -----------------------------------------------------------------------


def archive_results(query: str, *, complete: bool) -> ArchiveResults:
    """Two items found: the seed's interview, by two hits and by two others."""
    index, titles = index_edition(store.load(SEED_JSON))
    hits = index.search("오상진")

    def result(item_id: str, found: list) -> ArchiveResult:
        return ArchiveResult(
            edition_id="광남일보-2026-02-04",
            edition_path=str(SEED_JSON),
            paper="광남일보",
            date="2026-02-04",
            item_id=item_id,
            kind="article",
            page=1,
            section="인터뷰",
            title=titles["p1-1"],
            hits=found,
        )

    return ArchiveResults(query, (result("p1-1", hits[:2]), result("p1-x", hits[2:])), complete)


def test_an_archive_search_has_a_run_and_older_runs_are_stale(tmp_path):
    session = SearchSession(ArchiveStream(tmp_path))
    first = session.request("오상진", "archive")
    assert isinstance(first, ArchiveSearch) and first.query == "오상진"
    second = session.request("ㅇㅅ", "archive")
    assert isinstance(second, ArchiveSearch) and second.run > first.run
    assert not session.archive_found(first.run, archive_results("오상진", complete=True))
    assert session.results is None
    session.archive_progress(first.run, 1, 3)
    assert session.progress is None
    session.archive_progress(second.run, 1, 3)
    assert session.progress == (1, 3)
    assert not session.archive_failed(first.run) and session.progress == (1, 3)
    assert session.archive_failed(second.run) and session.progress is None


def test_another_scope_starts_over(tmp_path):
    session = SearchSession(ArchiveStream(tmp_path))
    indexed(session)
    searched(session, "오상진")
    search = session.request("오상진", "archive")
    assert isinstance(search, ArchiveSearch) and session.results is None
    session.archive_found(search.run, archive_results("오상진", complete=True))
    session.edition_shown()  # the archive's results stay, whatever edition is open
    assert session.results is not None and session.row(1) == ResultRow(1)
    # Back to this edition, whose index went with the edition shown before.
    assert session.request("오상진", "edition") is None and session.results is None


def test_enter_waits_for_the_first_archive_result(tmp_path):
    session = SearchSession(ArchiveStream(tmp_path))
    search = session.request("오상진", "archive")
    assert session.choose(None) is None and session.open_first
    assert not session.archive_found(search.run, ArchiveResults("오상진", (), complete=False))
    assert session.first() is None and session.open_first  # still reading the archive
    assert session.archive_found(search.run, archive_results("오상진", complete=False))
    assert session.first() == ResultRow(0)


def test_n_goes_through_every_hit_of_every_result(tmp_path):
    session = SearchSession(ArchiveStream(tmp_path))
    search = session.request("오상진", "archive")
    session.archive_found(search.run, archive_results("오상진", complete=True))
    seen = []
    row = session.step(1)
    for _ in range(5):
        assert isinstance(row, ResultRow)
        seen.append((row.at, row.hit))
        session.open_result(row.at, row.hit)
        row = session.step(1)
    assert seen == [(0, 0), (0, 1), (1, 0), (1, 1), (0, 0)]
    assert session.step(-1) == ResultRow(1, 1)


def test_an_open_archive_result_is_highlighted_at_its_hit(tmp_path):
    session = SearchSession(ArchiveStream(tmp_path))
    search = session.request("오상진", "archive")
    results = archive_results("오상진", complete=True)
    session.archive_found(search.run, results)
    result = session.open_result(1, 1)
    assert result.item_id == "p1-x" and (session.at, session.hit) == (1, 1)
    hit = session.highlight_result()
    assert hit == result.hits[1]
    assert current(session) == [("p1-x", hit.path, Mark(hit.start, hit.end, True))]
    assert list(session.highlights) == ["p1-x"]
    assert sum(len(m) for m in session.highlights["p1-x"].values()) == 2


def test_an_ads_hits_are_placed_by_the_ad_as_the_cli_places_them():
    from reader.places import place_name

    index, titles = index_edition(store.load(SEED_JSON))
    results, _marks = search_index(EditionSearch(index, titles, "신청조건"))
    ad = next(hit for hit in results.hits if hit.path.startswith("blocks."))
    assert results.places[(ad.item_id, ad.path)] == "2026년 연단체모집 · entry 1"
    item = index.edition.find(ad.item_id)
    assert results.places[(ad.item_id, ad.path)] == place_name(ad.path, item)


def test_the_listed_hits_in_ads_are_placed_and_only_they():
    """The rows show the first ROWS hits; naming the ad places of the rest was work the
    keystroke paid for nothing."""
    from reader.places import place_name

    seed_ = store.load(SEED_JSON)
    pages = [
        msgspec.structs.replace(
            page,
            number=n,
            items=[
                msgspec.structs.replace(it, id=f"p{n}-{j}") for j, it in enumerate(page.items, 1)
            ],
        )
        for n in range(1, 13)
        for page in seed_.pages
    ]
    edition = msgspec.structs.replace(seed_, pages=pages)
    index, titles = index_edition(edition)
    results, _marks = search_index(EditionSearch(index, titles, "원"))

    def in_ads(hits) -> set[tuple[str, str]]:
        return {(h.item_id, h.path) for h in hits if isinstance(edition.find(h.item_id), Ad)}

    listed = in_ads(results.hits[:ROWS])
    assert listed and in_ads(results.hits[ROWS:]) - listed  # ads' hits on both sides
    assert set(results.places) == {(h.item_id, h.path) for h in results.hits[:ROWS]}
    for item_id, path in results.places:
        assert results.places[(item_id, path)] == place_name(path, edition.find(item_id))


def test_a_hit_in_a_caption_is_placed_in_the_caption():
    """A reader's list said 'paragraph 4' for a photo's credit: the body's fourth block,
    after a photo, which no reader counts as a paragraph."""
    story = Article(
        id="p1-1",
        headline=Text("한강 하구 습지 12곳 람사르 등록 추진"),
        body=[
            Block("lead", "환경부는 한강 하구의 습지를 등록한다."),
            Block("photo", ""),
            Block("caption", "재두루미 무리가 먹이를 찾고 있다.\n사진=이서진 기자"),
            Block("paragraph", "이서진 기자가 현장을 다시 찾았다."),
        ],
    )
    edition = msgspec.structs.replace(store.load(SEED_JSON), pages=[Page(1, "종합", items=[story])])
    index, titles = index_edition(edition)
    results, _marks = search_index(EditionSearch(index, titles, "이서진"))
    assert [results.places[("p1-1", h.path)] for h in results.hits] == [
        "photo caption",
        "paragraph 2",
    ]
