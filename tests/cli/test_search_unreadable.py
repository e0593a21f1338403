"""`broadsheet search` over a folder with an edition file it cannot read."""

from __future__ import annotations

import json

from reader import store
from reader.cli import main
from tests.search.search_editions import one_article


def test_a_folder_search_warns_of_a_newer_file_and_goes_on(capsys, tmp_path):
    store.save(one_article("광주 인공지능 실증도시 사업이 시작됐다."), tmp_path)
    newer = tmp_path / "future-2026-02-05.json"
    newer.write_text('{"schema": 99}')
    assert main(["search", "광주", str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert [h["edition"] for h in json.loads(out)["hits"]] == ["test-2026-02-04"]
    reason = "schema 99 is newer than this broadsheet reads (3); upgrade"
    assert err == f"broadsheet: {newer}: {reason}\n"  # one line, and the search goes on


def test_a_named_newer_file_stays_an_error(capsys, tmp_path):
    newer = tmp_path / "future-2026-02-05.json"
    newer.write_text('{"schema": 99}')
    assert main(["search", "광주", str(newer)]) == 2
    assert capsys.readouterr().err.startswith(f"broadsheet: {newer}: schema 99 is newer")


def test_a_folder_of_only_unreadable_files_is_an_error(capsys, tmp_path):
    (tmp_path / "future-2026-02-05.json").write_text('{"schema": 99}')
    assert main(["search", "광주", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schema 99 is newer" in err
