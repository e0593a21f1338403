"""A file name holding control characters (a newline, a tab, ESC) stays on the error's
one line, each character shown as its symbol."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.errors import BroadsheetError

NAMES = [
    ("emp\nty.txt", "emp\u240aty.txt"),
    ("tab\tbed.txt", "tab\u2409bed.txt"),
    ("cr\rname.txt", "cr\u240dname.txt"),
    ("esc\x1b[31m.txt", "esc\u241b[31m.txt"),
]


@pytest.mark.parametrize(("name", "shown"), NAMES)
def test_ingest_error_names_the_file_on_one_line(tmp_path, capsys, name, shown):
    (tmp_path / name).write_bytes(b"")
    assert main(["ingest", str(tmp_path / name), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f"broadsheet: {tmp_path}/{shown}: empty file\n"


def test_ingest_success_names_the_file_on_one_line(tmp_path, capsys):
    src = tmp_path / "오늘\n면.txt"
    src.write_text("제목 없는 기사\n\n본문 문장이 여기에 있다. 그리고 끝났다.\n", encoding="utf-8")
    out = tmp_path / "o\nut"
    assert main(["ingest", str(src), "-o", str(out)]) == 0
    wrote, how_to_read = capsys.readouterr().out.splitlines()
    assert wrote.startswith(f"wrote {tmp_path}/o\u240aut/")
    assert how_to_read.startswith("to read it: broadsheet ")


def test_the_error_keeps_the_path_as_it_is():
    e = BroadsheetError("a\nb.txt", "empty file")
    assert e.path == "a\nb.txt"  # for code that opens or compares it
    assert str(e) == "a\u240ab.txt: empty file"


def test_validate_names_the_file_on_one_line(tmp_path, capsys):
    from reader import store
    from tests.editions import seed

    good = tmp_path / "a\nb.json"
    good.write_bytes(store.to_json(seed()))
    bad = tmp_path / "c\nd.json"
    bad.write_bytes(b"{")
    assert main(["validate", str(good), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and f"{tmp_path}/a\u240ab.json" in out
    assert err.count("\n") == 1 and f"{tmp_path}/c\u240ad.json" in err
