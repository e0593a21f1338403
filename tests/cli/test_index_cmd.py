"""`broadsheet index`: counts on stdout, unreadable editions on stderr, exit codes."""

from __future__ import annotations

from reader.cli import main


def test_index_command_prints_counts(folder_copy, capsys):
    assert main(["index", str(folder_copy)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "editions: 4 added, 0 updated, 0 removed, 0 unchanged, 0 unreadable"
    assert out[1].startswith("index: 4 editions, ")
    assert out[2].startswith("took ")
    (folder_copy / "bad.json").write_text("[]", encoding="utf-8")
    assert main(["index", str(folder_copy)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("editions: 0 added, 0 updated, 0 removed, 4 unchanged, 1 unread")
    assert captured.err.startswith(f"broadsheet: {folder_copy / 'bad.json'}: ")
    assert captured.err.count("\n") == 1


def test_index_command_defaults_to_the_editions_folder(folder_copy, capsys, monkeypatch):
    monkeypatch.chdir(folder_copy.parent)
    assert main(["index"]) == 0
    assert "4 added" in capsys.readouterr().out
    assert main(["index", "nowhere"]) == 2
    assert capsys.readouterr().err == "broadsheet: nowhere: no such file or folder\n"
    (folder_copy.parent / "notes.txt").write_text("a file", encoding="utf-8")
    assert main(["index", "notes.txt"]) == 2
    assert capsys.readouterr().err == "broadsheet: notes.txt: not a folder of editions\n"
