"""`broadsheet ingest -o DIR` where DIR cannot take the edition: a file, a read-only
folder, a lock file that is a symlink. One line naming what is wrong, exit 2, and
nothing written anywhere else."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from reader.cli import main

NAME = "광남일보-2026-02-04.json"


def test_an_output_that_is_a_file_is_said_to_be_one(tmp_path, capsys, pages):
    _two, one = pages
    file = tmp_path / "editions"
    file.write_text("notes\n", encoding="utf-8")
    assert main(["ingest", str(one), "-o", str(file)]) == 2
    assert capsys.readouterr().err == f"broadsheet: {file}: is a file, not a folder\n"
    assert main(["ingest", str(one), "-o", str(file / "2026")]) == 2
    assert capsys.readouterr().err == f"broadsheet: {file}: is a file, not a folder\n"
    assert file.read_text(encoding="utf-8") == "notes\n"


def test_a_read_only_output_folder_is_named_not_the_lock_file(
    tmp_path, capsys, pages, read_only_mount
):
    _two, one = pages
    out = tmp_path / "rodir"
    out.mkdir()
    assert main(["ingest", str(one), "-o", str(out)]) == 2
    reason = os.strerror(errno.EROFS)
    assert capsys.readouterr().err == (
        f"broadsheet: {out}: cannot write in this folder ({reason})\n"
    )


def test_a_lock_file_that_is_a_dangling_symlink_is_not_followed(tmp_path, capsys, pages):
    _two, one = pages
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    lock = out / f".{NAME}.lock"
    lock.symlink_to(Path("..") / "elsewhere" / "made")
    assert main(["ingest", str(one), "-o", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"broadsheet: {lock}: is a symlink, not a lock file; remove it\n"
    )
    assert list(elsewhere.iterdir()) == []  # no file made where the link points
    assert lock.is_symlink() and not (out / NAME).exists()
