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


def test_a_limit_beyond_any_count_shows_all(folder_copy, capsys):
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", "0"]) == 0
    every = capsys.readouterr().out
    huge = "99999999999999999999"
    assert main(["search", "광주", "--all", str(folder_copy), "--limit", huge]) == 0
    assert capsys.readouterr() == (every, "")


@pytest.mark.parametrize("query", ['""', '" "', "-", "- -"])
def test_a_query_of_only_quotes_or_dashes_is_empty(folder_copy, capsys, query):
    edition = str(folder_copy / "광남일보-2026-02-04.json")
    assert main(["search", query, edition]) == 2
    assert capsys.readouterr().err == (
        "broadsheet: the query is empty: search needs a word to find\n"
    )
    assert main(["search", query, "--all", str(folder_copy)]) == 2
    assert capsys.readouterr().err.endswith("the query is empty: search needs a word to find\n")


def test_a_query_that_only_excludes_says_so(folder_copy, capsys):
    edition = str(folder_copy / "광남일보-2026-02-04.json")
    for args in ([" -광주", edition], ["-광주 -AI", "--all", str(folder_copy)]):
        assert main(["search", *args]) == 2
        out = capsys.readouterr()
        assert out.err.endswith("-word only leaves out: search needs a word to find too\n")
        assert out.out == ""


def test_filters_outside_all_are_said_and_left_out(folder_copy, capsys):
    edition = str(folder_copy / "광남일보-2026-02-04.json")
    assert main(["search", "해피니스CC paper:광남 from:2026", edition]) == 0
    out = capsys.readouterr()
    assert out.err == "broadsheet: paper:광남 from:2026: only with --all; searched without\n"
    assert "해피니스CC" in out.out
