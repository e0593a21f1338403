"""Searching the archive: any query, filters, and results that stream and can be opened."""

from __future__ import annotations

from itertools import islice

from hypothesis import given
from hypothesis import strategies as st

from reader import store
from reader.search.archive import Archive

pieces = st.sampled_from(list('광주ㅇㅅㅈ "-:%2') + ["paper:", "from:", "section:", "to:"])


@given(st.lists(pieces, max_size=12).map("".join))
def test_any_query_searches(archive_folder, s):
    with Archive(archive_folder) as archive:
        for result in islice(archive.search(s), 5):
            assert result.hits


def test_section_and_paper_filters(archive, editions):
    everything = list(archive.search("광주"))
    sections = {r.section for r in everything}
    assert len(sections) > 3
    in_economy = list(archive.search("광주 section:경제"))
    assert in_economy

    # The same results; their order is the filtered windows' own (see the ranking tests).
    def by_id(results):
        return sorted(results, key=lambda r: (r.edition_id, r.item_id))

    assert by_id(r for r in everything if r.section.startswith("경제")) == by_id(in_economy)
    assert {r.paper for r in archive.search("광주 paper:광남")} == {"광남일보"}
    assert {r.paper for r in archive.search("광주 paper:광남 paper:한빛일보")} == {
        "광남일보",
        "한빛일보",
    }
    assert list(archive.search("광주 paper:없는신문")) == []
    assert list(archive.search("광주 section:없는면")) == []


def test_date_filters_are_inclusive_and_skip_undated_editions(archive):
    dates = {r.date for r in archive.search("광주")}
    assert dates == {"2026-02-04", "2025-03-02", "2025-11-20", None}
    assert {r.date for r in archive.search("광주 from:2025-11-20")} == {"2025-11-20", "2026-02-04"}
    assert {r.date for r in archive.search("광주 to:2025-11-20")} == {"2025-03-02", "2025-11-20"}
    assert {r.date for r in archive.search("광주 from:2025-04 to:2025-12")} == {"2025-11-20"}
    assert list(archive.search("광주 from:2026-03-01")) == []
    assert list(archive.search("광주 from:2026 to:2025")) == []


def test_results_stream(archive):
    found = archive.search("광주")
    first = next(found)
    assert first.hits and first.title
    assert list(islice(found, 3))


def test_results_carry_what_the_app_needs_to_open_them(archive, archive_folder):
    (result, *_) = archive.search("해피니스CC")
    assert result.edition_id == "광남일보-2026-02-04"
    assert result.edition_path == str(archive_folder / "광남일보-2026-02-04.json")
    assert (result.paper, result.date, result.kind) == ("광남일보", "2026-02-04", "ad")
    assert result.hits[0].path == "title"
    edition = store.load(result.edition_path)
    (page,) = [p for p, item in edition.items() if item.id == result.item_id]
    assert (result.page, result.section) == (page.number, page.section)
    assert result.title == edition.find(result.item_id).name
