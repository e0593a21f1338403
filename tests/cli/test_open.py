"""`broadsheet [PATH]`: one clear line for what cannot be opened; the app with the settings."""

from __future__ import annotations

import pytest

from reader.cli import main
from tests.editions import SEED_JSON, shelf


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p / "missing.json",
        lambda p: (p / "empty.json").write_bytes(b"") and p / "empty.json",
        lambda p: shelf(p / "broken", broken=True),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(tmp_path, capsys, make):
    path = make(tmp_path)
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("broadsheet: ") and err.count("\n") == 1


def test_cli_opens_the_app_with_settings(tmp_path, monkeypatch, home):
    home.mkdir()
    (home / "settings.toml").write_text(
        'show_ads = false\nmeasure = 60\n[keys]\nnext_article = "n"\nnope = "x"\n',
        encoding="utf-8",
    )
    seen = {}

    from reader.ui.app import BroadsheetApp

    def fake_run(self):
        seen.update(app=self)

    monkeypatch.setattr(BroadsheetApp, "run", fake_run)
    monkeypatch.setattr("reader.cli.open.has_terminal", lambda: True)
    assert main([str(SEED_JSON)]) == 0
    app = seen["app"]
    assert app._show_ads is False and app._measure == 60
    assert any("keys.nope" in w for w in app._warnings)


def test_every_bad_setting_reaches_the_reader_one_a_line(tmp_path, monkeypatch, home):
    home.mkdir()
    path = home / "settings.toml"
    path.write_text(
        'measure = 30\nshow_ads = "no"\npictures = "sixels"\ntheme = "solarised-light"\n',
        encoding="utf-8",
    )
    seen = {}

    from reader.ui.app import BroadsheetApp

    monkeypatch.setattr(BroadsheetApp, "run", lambda self: seen.update(app=self))
    monkeypatch.setattr("reader.cli.open.has_terminal", lambda: True)
    assert main([str(SEED_JSON)]) == 0
    assert seen["app"]._warnings == [
        f"{path}:\n"
        "measure: must be between 40 and 120, got 30\n"
        "show_ads: expected true or false, got a string\n"
        "pictures: expected one of auto, kitty, sixel, halfblocks, off, got 'sixels'; "
        "did you mean 'sixel'?",
        "theme: no theme is called 'solarised-light'; did you mean 'solarized-light'?",
    ]


class _Pipe:
    """A stdin or stdout that is no terminal, as under `broadsheet </dev/null` or `| cat`."""

    def isatty(self) -> bool:
        return False


@pytest.mark.parametrize("stream", ["stdin", "stdout"])
def test_the_reader_without_a_terminal_says_so_and_exits_2(monkeypatch, capsys, stream):
    from reader.ui.app import BroadsheetApp

    def never(self):
        raise AssertionError("the app started without a terminal")

    monkeypatch.setattr(BroadsheetApp, "run", never)
    monkeypatch.setattr(f"sys.{stream}", _Pipe())
    assert main(["--fresh", str(SEED_JSON)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("broadsheet: ") and "terminal" in err and err.count("\n") == 1


def test_help_says_how_to_open_a_path_and_get_ones_own_paper_in(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    said = capsys.readouterr().out
    assert said.startswith("usage: broadsheet [PATH] [--fresh] | broadsheet COMMAND ...\n")
    assert "PATH is an edition file, a folder of editions, a PDF or page text" in said
    assert "--fresh starts at the first article" in said
    assert "  broadsheet ingest PAPER.pdf    saves it in ./editions\n" in said
    with pytest.raises(SystemExit):
        main(["open", "--help"])
    said = capsys.readouterr().out
    assert said.startswith("usage: broadsheet open [-h] [--fresh] [PATH]")
    assert "edition file, folder, PDF or page text" in said


def test_help_and_subcommands_need_no_terminal(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", _Pipe())
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0 and "COMMAND" in capsys.readouterr().out
    assert main(["show", str(SEED_JSON)]) == 0
    assert capsys.readouterr().out.strip()


def test_ingest_of_an_empty_folder_names_both_kinds_of_page(tmp_path, capsys):
    (tmp_path / "pages").mkdir()
    assert main(["ingest", str(tmp_path / "pages"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert ".pdf" in err and ".txt" in err and err.count("\n") == 1
