"""`broadsheet search` over several editions lists them newest first, as `--all` does, and
`--all` under a limit says how many results there are in all."""

from __future__ import annotations

import json

from reader import store
from reader.cli import main
from reader.model import Article, Block
from tests.search.archive.dated import dated_edition


def _folder(tmp_path):
    for n, date in enumerate(["2024-03-01", "2025-11-30", "2024-12-31"]):
        items = [
            Article(id=f"a{k}", body=[Block("paragraph", f"광주 소식 {k}번째 기사")])
            for k in range(3)
        ]
        store.save(dated_edition(f"e{n}", date, items), tmp_path)
    return tmp_path


def test_a_folders_editions_come_newest_first(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["search", "광주", str(folder)]) == 0
    heads = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line[:1] == "e"]
    assert heads == ["e1", "e2", "e0"]
    assert main(["search", "광주", str(folder), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [h["edition"] for h in hits[::3]] == ["e1", "e2", "e0"]
    assert main(["search", "광주", str(folder), "--all", "--limit", "0"]) == 0
    dates = [line.split()[0] for line in capsys.readouterr().out.splitlines()[:-1:2]]
    assert dates == ["2025-11-30"] * 3 + ["2024-12-31"] * 3 + ["2024-03-01"] * 3


def test_a_limit_says_how_many_there_are(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["search", "광주", str(folder), "--all", "--limit", "4"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "4 of 9 results in 3 editions; more with --limit N (0 for all)"
    assert main(["search", "광주", str(folder), "--all", "--limit", "4", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (len(out["results"]), out["total"], out["more"]) == (4, 9, True)
    assert main(["search", "광주", str(folder), "--all", "--limit", "9"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "9 results in 3 editions"
