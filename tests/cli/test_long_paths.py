"""A path whose name is longer than a file system holds (255 bytes: 84 Hangul and a
suffix) is one line naming the path's trouble, exit 2, whichever command took it."""

from __future__ import annotations

import pytest

from reader.cli import main

NAME = "서울시의회_임시회_본회의_회의록_" * 6  # 84 Hangul and 24 "_": 276 bytes
TOO_LONG = "the path is too long: a file or folder name holds at most 255 bytes"


@pytest.mark.parametrize(
    "command",
    [
        ["ingest", f"{NAME}.txt"],
        ["remove", f"{NAME}.json"],
        ["show", f"{NAME}.json"],
        ["validate", f"{NAME}.json"],
    ],
)
def test_a_name_too_long_is_one_line_in_every_command(tmp_path, capsys, monkeypatch, command):
    assert len(NAME.encode()) > 255
    monkeypatch.chdir(tmp_path)
    assert main(command) == 2
    err = capsys.readouterr().err
    assert err == f"broadsheet: {command[1]}: {TOO_LONG}\n"


def test_opening_a_name_too_long_says_the_same(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([f"{NAME}.json"]) == 2
    assert capsys.readouterr().err == f"broadsheet: {NAME}.json: {TOO_LONG}\n"
