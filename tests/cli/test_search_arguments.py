"""`broadsheet search` refuses arguments it cannot honour in one line, exit 2."""

from __future__ import annotations

import pytest

from reader.cli import main


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_an_empty_query_is_said(folder_copy, capsys, query):
    edition = str(folder_copy / "광남일보-2026-02-04.json")
    assert main(["search", query, edition]) == 2
    out = capsys.readouterr()
    assert out.err == "broadsheet: the query is empty: search needs a word to find\n"
    assert out.out == ""
    assert main(["search", query, "--all", str(folder_copy)]) == 2
    assert capsys.readouterr().err.endswith("the query is empty: search needs a word to find\n")


def test_a_negative_limit_is_refused(folder_copy, capsys):
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", "-1"]) == 2
    out = capsys.readouterr()
    assert out.err == "broadsheet: --limit takes 0 (for all) or more, not -1\n"
    assert out.out == ""
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", "0", "--json"]) == 0
