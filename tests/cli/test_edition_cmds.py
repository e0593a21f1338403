"""`broadsheet ingest`, `show --json` and `validate` through the real entry point."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from tests.editions import SEED_JSON, SEED_TXT, multi_page, shelf

ROOT = Path(__file__).resolve().parents[2]


def test_ingest_writes_the_edition_and_says_so(tmp_path, capsys):
    assert main(["ingest", str(SEED_TXT), "-o", str(tmp_path)]) == 0
    out = capsys.readouterr()
    target = tmp_path / "광남일보-2026-02-04.json"
    assert target.read_bytes() == SEED_JSON.read_bytes()
    assert f"wrote {target}: 1 page, 1 article, 1 ad (utf-8)" in out.out + out.err


def test_ingest_ends_with_the_command_that_opens_what_it_wrote(tmp_path, capsys, monkeypatch):
    assert main(["ingest", str(SEED_TXT), "-o", str(tmp_path / "my papers")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"to read it: broadsheet '{tmp_path / 'my papers'}'"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(SEED_TXT), str(SEED_TXT), "--replace"]) == 0  # into ./editions
    assert capsys.readouterr().out.splitlines()[-1] == "to read them: broadsheet"
    assert main(["ingest", str(tmp_path / "missing.pdf")]) == 2
    assert "to read" not in capsys.readouterr().out  # nothing written, nothing to open


def test_ingest_names_the_file_when_its_folder_opens_on_a_newer_one(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(SEED_TXT)]) == 0  # the only edition: `broadsheet` opens it
    assert capsys.readouterr().out.splitlines()[-1] == "to read it: broadsheet"
    shelf(tmp_path / "editions", multi_page("2026-03-01"))
    assert main(["ingest", str(SEED_TXT), "--replace"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "to read it: broadsheet 'editions/광남일보-2026-02-04.json'"
    )


def test_ingest_help_names_the_default_folder(capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "output folder (default: ./editions, the one `broadsheet` opens)" in help_text


def test_ingest_names_the_file_after_the_source_without_masthead(tmp_path):
    src = tmp_path / "오늘의 면.txt"
    src.write_text("제목 없는 기사\n\n본문 문장이 여기에 있다. 그리고 끝났다.\n", encoding="utf-8")
    assert main(["ingest", str(src), "-o", str(tmp_path / "out")]) == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["오늘의-면.json"]


def test_ingest_says_when_no_masthead_was_found_and_how_the_edition_is_dated(tmp_path, capsys):
    page = "제목 없는 기사\n\n본문 문장이 여기에 있다. 그리고 끝났다.\n"
    (tmp_path / "hanbit-2026-12-03.txt").write_text(page, encoding="utf-8")
    (tmp_path / "오늘의 면.txt").write_text(page, encoding="utf-8")
    sources = [str(tmp_path / "hanbit-2026-12-03.txt"), str(tmp_path / "오늘의 면.txt")]
    assert main(["ingest", *sources, "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert (
        f"broadsheet: {sources[0]}: warning: no masthead (paper, date) found: the shelf "
        "dates it 2026-12-03 by its file name" in err
    )
    assert (
        f"broadsheet: {sources[1]}: warning: no masthead (paper, date) found: the edition "
        "is undated" in err
    )
    assert main(["ingest", str(SEED_TXT), "-o", str(tmp_path / "out")]) == 0
    assert "masthead" not in capsys.readouterr().err


def test_ingest_says_an_edition_dated_by_its_folio_alone_is_dated(tmp_path, capsys):
    # An inner page's folio gives the date and no paper's name: the shelf dates it so.
    page = (
        "2 종합 2026년 12월 3일 목요일\n\n제목 없는 기사\n\n"
        "본문 문장이 여기에 있다. 그리고 끝났다.\n"
    )
    src = tmp_path / "면.txt"
    src.write_text(page, encoding="utf-8")
    assert main(["ingest", str(src), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "warning: the masthead names no paper: the shelf dates it 2026-12-03" in err
    assert "undated" not in err


def test_a_masthead_with_no_such_date_is_said_once_not_also_missing(tmp_path, capsys):
    src = tmp_path / "courier.txt"
    src.write_text(
        "THE PRAIRIE COURIER\nSunday, February 30, 2026\n\nFerry fares to rise in spring\n\n"
        "Fares on the island ferry will rise by 6 per cent from April, the operator said.\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(src), "-o", str(tmp_path / "out")]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [
        f"broadsheet: {src}: warning: masthead: no such date as Sunday, February 30, 2026"
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"\x80\xff" * 20, "not UTF-8 or CP949"),
    ],
)
def test_ingest_bad_source_is_one_line_and_overwrites_nothing(tmp_path, capsys, content, reason):
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "광남일보-2026-02-04.json"
    existing.write_bytes(SEED_JSON.read_bytes())
    src = tmp_path / "page.txt"
    src.write_bytes(content)
    assert main(["ingest", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(src) in err[0] and reason in err[0]
    assert existing.read_bytes() == SEED_JSON.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["광남일보-2026-02-04.json"]


def test_ingest_missing_source(tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "nope.txt"), "-o", str(tmp_path)]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_ingest_many_sources_keeps_going_past_a_bad_one(tmp_path, capsys):
    good = []
    for i in range(4):
        f = tmp_path / f"p{i}.txt"
        f.write_text(f"기사 제목 {i}\n\n본문이 있다. 끝이다.\n", encoding="utf-8")
        good.append(str(f))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["ingest", *good, str(bad), "-o", str(tmp_path / "out")]) == 2
    assert len(list((tmp_path / "out").glob("*.json"))) == 4
    assert "bad.txt: empty file" in capsys.readouterr().err


def test_show_json_prints_the_edition_file(capsysbinary):
    assert main(["show", str(SEED_JSON), "--json"]) == 0
    assert capsysbinary.readouterr().out == SEED_JSON.read_bytes()


def test_show_json_of_raw_text_ingests_in_memory(capsysbinary):
    assert main(["show", str(SEED_TXT), "--json"]) == 0
    assert capsysbinary.readouterr().out == SEED_JSON.read_bytes()


def test_validate_good_and_bad(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": 99}')
    assert main(["validate", str(SEED_JSON)]) == 0
    assert "ok" in capsys.readouterr().out
    assert main(["validate", str(SEED_JSON), str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: schema 99 is newer" in err


def test_python_dash_m_reader_runs_without_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-m", "reader", "validate", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"broadsheet: {bad}: not valid JSON (")


def test_store_load_matches_cli_view():
    assert store.load(SEED_JSON).id == "광남일보-2026-02-04"


def test_show_prints_no_line_ending_in_a_space(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["show", str(SEED_JSON)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 100
    assert [line for line in lines if line != line.rstrip()] == []
    assert lines[0].startswith("광남일보 · Wednesday, February 4, 2026 (lunar 12/17)")


def test_show_ids_lists_what_article_takes(capsys):
    edition = store.load(SEED_JSON)
    assert main(["show", str(SEED_JSON), "--ids"]) == 0
    lines = capsys.readouterr().out.splitlines()
    (article,) = edition.articles()
    (ad,) = (item for _, item in edition.items() if item.id == "p1-2")
    assert ad.title is not None and ad.advertiser == "해피니스CC"
    title = " ".join(ad.title.text.split())  # the title, as printed, before the advertiser
    assert lines == [f"{article.id}  p1  {article.title}", f"p1-2  p1  Ad · {title}"]
    for line in lines:
        assert main(["show", str(SEED_JSON), "--article", line.split()[0]]) == 0
    assert main(["show", str(SEED_JSON), "--ids", "--json"]) == 2


@pytest.mark.parametrize("word", ["shwo", "export"])
def test_an_unknown_command_is_named_with_the_commands(capsys, tmp_path, monkeypatch, word):
    monkeypatch.chdir(tmp_path)
    assert main([word, "x"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"broadsheet: {word}: no such command, file or folder "
        "(commands: open, ingest, show, validate, remove, search, index)\n"
    )


def test_a_missing_path_to_open_is_called_missing(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["paper.json"]) == 2
    assert capsys.readouterr().err == "broadsheet: paper.json: no such file or folder\n"
