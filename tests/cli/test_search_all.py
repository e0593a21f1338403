"""`broadsheet search --all`: the archive of a folder through the real entry point."""

from __future__ import annotations

import json

import msgspec

from reader import store
from reader.cli import main
from reader.cli import search as search_cli
from reader.model import Article, Block, Text
from reader.search.archive import Archive, ArchiveResult
from tests.search.archive.dated import dated_edition


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["search", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_search_all_through_the_cli(folder_copy, capsys):
    code, out = run_json(capsys, "ㅇㅅㅈ", "--all", str(folder_copy))
    assert code == 0
    (seed, *_) = [r for r in out["results"] if r["edition_id"] == "광남일보-2026-02-04"]
    assert seed["hits"][0]["snippet"]["match"] == "오상진"
    # Every field but the places' names, which a script reads from the paths.
    assert set(seed) == {f.name for f in msgspec.structs.fields(ArchiveResult)} - {"places"}
    # A hit gives its place and snippet, not its whole leaf (as the edition search does).
    assert set(seed["hits"][0]) == {"item_id", "page", "path", "start", "end", "snippet"}
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
    assert lines[0].startswith("2026-02-04 Wed 광남일보 p1 ")
    assert "해피니스CC" in lines[1]
    assert lines[-1] == "1 result in 1 edition"


def test_search_all_exit_codes(folder_copy, capsys, monkeypatch, tmp_path):
    assert main(["search", "쀍뛟", "--all", str(folder_copy)]) == 1
    searched = len(store.find_editions(folder_copy))
    assert searched > 1
    assert capsys.readouterr().out == f"No hits in the {searched} editions searched\n"
    assert main(["search", "광주 from:어제", "--all", str(folder_copy), "--limit", "1"]) == 0
    assert "from:어제 is not a date" in capsys.readouterr().err
    assert main(["search", "광주", "--all", str(folder_copy / "x.json")]) == 2
    assert "x.json: no such file or folder" in capsys.readouterr().err
    assert main(["search", "광주", str(folder_copy), str(folder_copy), "--all"]) == 2
    assert "one folder" in capsys.readouterr().err
    (tmp_path / "empty" / "editions").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "empty")
    monkeypatch.setattr("reader.library.shipped_dir", lambda: tmp_path / "empty" / "editions")
    assert main(["search", "광주", "--all"]) == 2
    assert capsys.readouterr().err == (
        "broadsheet: no edition files in ./editions and none shipped; name an EDITION\n"
    )
    monkeypatch.chdir(folder_copy.parent)
    assert main(["search", "광주", "--all", "--limit", "1"]) == 0  # ./editions


def test_search_all_mentions_unreadable_editions_once(folder_copy, capsys):
    (folder_copy / "bad.json").write_text("{", encoding="utf-8")
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "1 edition file in" in err


def test_an_ads_hits_in_the_archive_are_placed_by_the_ad(folder_copy, capsys):
    assert main(["search", "신청조건", "--all", str(folder_copy)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert any(row.startswith("  2026년 연단체모집 · entry 1  ") for row in rows)


def test_the_rest_is_counted_only_up_to_a_cap(folder_copy, capsys, monkeypatch):
    code, out = run_json(capsys, "광주", "--all", str(folder_copy), "--limit", "0")
    every = len(out["results"])
    assert every >= 4
    # The cap set below the results there are: past it, the rest is neither read nor
    # counted, and the summary says "more than".
    monkeypatch.setattr(search_cli, "COUNT_CAP", 2)
    read: list[object] = []
    search = Archive.search

    def counting(self, query):
        for result in search(self, query):
            read.append(result)
            yield result

    monkeypatch.setattr(Archive, "search", counting)
    code, out = run_json(capsys, "광주", "--all", str(folder_copy), "--limit", "1")
    assert (code, len(out["results"]), out["more"], out["total"]) == (0, 1, True, None)
    assert len(read) == 3  # the one shown, two counted, one to know there are more
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", "1"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("1 of more than 2 results in at least ")
    monkeypatch.setattr(search_cli, "COUNT_CAP", every)  # under the cap: counted exactly
    code, out = run_json(capsys, "광주", "--all", str(folder_copy), "--limit", "1")
    assert (out["more"], out["total"]) == (True, every)


def test_date_filters_take_the_date_the_row_shows(tmp_path, capsys):
    """An edition without a masthead, its file named for its day: the row shows the name's
    date, and from: and to: filter by it."""
    briefs = Article(
        id="p1-1",
        headline=Text("지역 소식 모음"),
        body=[Block("paragraph", "전통시장 주차장 확충 공사가 다음 달 시작된다.")],
    )
    undated = msgspec.structs.replace(
        dated_edition("한빛일보-2026-12-02", None, [briefs]), masthead=None
    )
    store.write_into(tmp_path, "한빛일보-2026-12-02.json", store.to_json(undated))
    market = Article(
        id="p1-1", headline=Text("시장 금리 하락"), body=[Block("paragraph", "시장 금리가 내렸다.")]
    )
    store.write_into(
        tmp_path,
        "시험일보-2026-11-20.json",
        store.to_json(dated_edition("시험", "2026-11-20", [market])),
    )
    assert main(["search", "--all", "시장", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("2026-12-02 Wed (file name) ")
    for query, found in [
        ("시장 from:2026-12-02", ["한빛일보-2026-12-02"]),
        ("시장 to:2026-12-02", ["한빛일보-2026-12-02", "시험"]),
        ("시장 to:2026-12-01", ["시험"]),
        ("시장 from:2026-12", ["한빛일보-2026-12-02"]),
    ]:
        code, out = run_json(capsys, "--all", query, str(tmp_path))
        assert [r["edition_id"] for r in out["results"]] == found, query
