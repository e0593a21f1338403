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
    assert main([str(SEED_JSON)]) == 0
    app = seen["app"]
    assert app._show_ads is False and app._measure == 60
    assert any("keys.nope" in w for w in app._warnings)
