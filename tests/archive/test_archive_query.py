"""Filters, order and streaming of archive searches; `broadsheet search --all`."""

from __future__ import annotations

import datetime as dt
import json
from itertools import islice

import msgspec
from hypothesis import given
from hypothesis import strategies as st

from reader import store
from reader.cli import main
from reader.model import Article, Block, Edition, Masthead, Page, Source, Text
from reader.search import archive as archive_module
from reader.search import parse_query
from reader.search.archive import Archive, ArchiveResult
from reader.search.archive_query import parse_archive_query, split_filters


def test_filters_come_off_the_query():
    q = parse_archive_query("광주 paper:한빛일보 SECTION:경제 from:2025-03 to:2025 실증")
    assert q.query == parse_query("광주 실증")
    assert (q.papers, q.sections) == (("한빛일보",), ("경제",))
    assert (q.start, q.end) == (dt.date(2025, 3, 1), dt.date(2025, 12, 31))
    assert q.problems == ()


def test_filter_values_are_normalized_and_may_be_quoted():
    q = parse_archive_query('section:"지역 경제" paper:Ｈanbit 광주')
    assert (q.sections, q.papers) == (("지역경제",), ("hanbit",))
    assert q.query == parse_query("광주")


def test_dates_in_several_forms():
    assert parse_archive_query("from:2024.2.1 to:2024/02").start == dt.date(2024, 2, 1)
    assert parse_archive_query("to:2024-02").end == dt.date(2024, 2, 29)
    assert parse_archive_query("to:２０２６").end == dt.date(2026, 12, 31)


def test_a_filter_inside_quotes_or_words_is_text():
    text, filters = split_filters('"from:2025 광주" -paper:x a:b xpaper:y')
    assert filters == []
    assert text == '"from:2025 광주" -paper:x a:b xpaper:y'


def test_unusable_filters_are_dropped_and_named():
    q = parse_archive_query('광주 from:어제 to:2025-13-01 paper: section:""')
    assert q.query == parse_query("광주")
    assert (q.start, q.end, q.papers, q.sections) == (None, None, (), ())
    assert q.problems == (
        "from:어제 is not a date (like 2026-01-31); ignored",
        "to:2025-13-01 is not a date (like 2026-01-31); ignored",
        "paper: needs a name; ignored",
        "section: needs a name; ignored",
    )


@given(st.text())
def test_any_query_parses(s):
    q = parse_archive_query(s)
    assert all("\n" not in p for p in q.problems)


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


def _edition(edition_id: str, date: str | None, items: list[Article]) -> Edition:
    return Edition(
        1,
        edition_id,
        Source(edition_id, "0" * 64, "utf-8"),
        masthead=Masthead(paper="시험일보", date=date),
        pages=[Page(1, "종합", items)],
    )


def _order(folder, query: str) -> list[tuple[str, str]]:
    with Archive(folder) as archive:
        archive.update()
        return [(r.edition_id, r.item_id) for r in archive.search(query)]


def test_a_title_hit_ranks_above_a_body_hit_of_the_same_date(tmp_path):
    body = Article(id="body", body=[Block("paragraph", "오늘 실증밸리 소식과 다른 이야기")])
    title = Article(id="title", headline=Text("실증밸리"), body=[Block("paragraph", "다른 이야기")])
    store.save(_edition("day", "2024-01-01", [body, title]), tmp_path)
    assert _order(tmp_path, "실증밸리") == [("day", "title"), ("day", "body")]


def test_equal_scores_newest_first(tmp_path):
    body = Article(id="body", body=[Block("paragraph", "오늘 실증밸리 소식과 다른 이야기")])
    title = Article(id="title", headline=Text("실증밸리"), body=[Block("paragraph", "다른 이야기")])
    store.save(_edition("old", "2020-01-01", [title, body]), tmp_path)
    store.save(_edition("new", "2024-01-01", [body]), tmp_path)
    store.save(_edition("newest", "2025-01-01", [body]), tmp_path)
    order = [("old", "title"), ("newest", "body"), ("new", "body"), ("old", "body")]
    assert _order(tmp_path, "실증밸리") == order


def test_more_occurrences_rank_higher(tmp_path):
    once = Article(id="once", body=[Block("paragraph", "실증밸리 소식 다른 이야기 하나 둘")])
    twice = Article(id="twice", body=[Block("paragraph", "실증밸리 소식 다른 이야기 실증밸리")])
    store.save(_edition("day", "2024-01-01", [once, twice]), tmp_path)
    assert _order(tmp_path, "실증밸리") == [("day", "twice"), ("day", "once")]


def test_the_rarer_term_weighs_more(tmp_path):
    """Each term weighs by how few of the window's items hold it (its idf)."""
    common = Article(id="common", body=[Block("paragraph", "광주 광주 광주 실증밸리")])
    rare = Article(id="rare", body=[Block("paragraph", "광주 실증밸리 실증밸리")])
    others = [Article(id=f"o{n}", body=[Block("paragraph", "광주 소식")]) for n in range(6)]
    store.save(_edition("day", "2024-01-01", [rare, *others, common]), tmp_path)
    assert _order(tmp_path, "광주 실증밸리") == [("day", "rare"), ("day", "common")]
    assert _order(tmp_path, "실증밸리 광주") == [("day", "rare"), ("day", "common")]


def test_windows_are_newest_first(tmp_path, monkeypatch):
    """Ranking never lifts an item above a newer window's."""
    monkeypatch.setattr(archive_module, "FIRST_WINDOW", 1)
    strong = Article(id="strong", headline=Text("실증밸리"), body=[Block("paragraph", "실증밸리")])
    weak = Article(id="weak", body=[Block("paragraph", "긴 이야기 끝에 실증밸리 한 번")])
    store.save(_edition("old", "2020-01-01", [strong]), tmp_path)
    store.save(_edition("new", "2024-01-01", [weak]), tmp_path)
    assert _order(tmp_path, "실증밸리") == [("new", "weak"), ("old", "strong")]


def test_the_first_window_is_the_first_page_with_spares_for_choseong(archive, monkeypatch):
    sizes = []
    window = Archive._window

    def spy(self, table, expr, scope, lo, hi, size):
        sizes.append(size)
        return window(self, table, expr, scope, lo, hi, size)

    monkeypatch.setattr(Archive, "_window", spy)
    monkeypatch.setattr(archive_module, "CHOSEONG_SPARE", 3)
    for query, first in (("광주", 20), ("ㅇㅅㅈ", 23), ("광주 오ㅅㅈ", 23)):
        sizes.clear()
        next(archive.search(query))
        assert sizes[0] == first, query


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


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["search", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_search_all_through_the_cli(folder_copy, capsys):
    code, out = run_json(capsys, "ㅇㅅㅈ", "--all", str(folder_copy))
    assert code == 0
    (seed, *_) = [r for r in out["results"] if r["edition_id"] == "광남일보-2026-02-04"]
    assert seed["hits"][0]["snippet"]["match"] == "오상진"
    assert set(seed) == {f.name for f in msgspec.structs.fields(ArchiveResult)}
    assert len(out["results"]) <= 20
    assert (folder_copy / ".broadsheet-index.sqlite3").exists()  # built on the way
    code, out = run_json(capsys, "광주", str(folder_copy), "--all", "--limit", "2")
    assert (code, len(out["results"]), out["more"]) == (0, 2, True)
    code, out = run_json(capsys, "광주 paper:광남", "--all", str(folder_copy), "--limit", "0")
    assert {r["paper"] for r in out["results"]} == {"광남일보"} and not out["more"]


def test_all_is_a_flag_wherever_it_stands(folder_copy, capsys, monkeypatch):
    expected = run_json(capsys, "해피니스CC", "--all", str(folder_copy))
    assert expected[0] == 0
    for args in (
        ["--all", "해피니스CC", str(folder_copy)],
        ["해피니스CC", str(folder_copy), "--all"],
        ["--limit", "5", "해피니스CC", "--all", str(folder_copy)],
    ):
        assert run_json(capsys, *args) == expected, args
    monkeypatch.chdir(folder_copy.parent)  # ./editions, named differently in edition_path
    found = [{**r, "edition_path": None} for r in expected[1]["results"]]
    for args in (["--all", "해피니스CC"], ["해피니스CC", "--all"]):
        code, out = run_json(capsys, *args)
        assert (code, [{**r, "edition_path": None} for r in out["results"]]) == (0, found)
    assert main(["search", "--all"]) == 2
    assert capsys.readouterr().err == "broadsheet: search needs a QUERY\n"


def test_search_all_prints_results(folder_copy, capsys):
    assert main(["search", "해피니스CC", "--all", str(folder_copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2026-02-04 광남일보 p1 ")
    assert "해피니스CC" in lines[1]
    assert lines[-1] == "1 result in 1 edition"


def test_search_all_exit_codes(folder_copy, capsys, monkeypatch, tmp_path):
    assert main(["search", "쀍뛟", "--all", str(folder_copy)]) == 1
    assert capsys.readouterr().out == "0 results in 0 editions\n"
    assert main(["search", "광주 from:어제", "--all", str(folder_copy), "--limit", "1"]) == 0
    assert "from:어제 is not a date" in capsys.readouterr().err
    assert main(["search", "광주", "--all", str(folder_copy / "x.json")]) == 2
    assert "not a folder of editions" in capsys.readouterr().err
    assert main(["search", "광주", str(folder_copy), str(folder_copy), "--all"]) == 2
    assert "one folder" in capsys.readouterr().err
    (tmp_path / "empty" / "editions").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "empty")
    assert main(["search", "광주", "--all"]) == 2
    assert capsys.readouterr().err == "broadsheet: editions: no edition files here; name a folder\n"
    monkeypatch.chdir(folder_copy.parent)
    assert main(["search", "광주", "--all", "--limit", "1"]) == 0  # ./editions


def test_search_all_mentions_unreadable_editions_once(folder_copy, capsys):
    (folder_copy / "bad.json").write_text("{", encoding="utf-8")
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "1 edition file(s)" in err
