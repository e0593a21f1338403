"""An atomic write to a symlink replaces the file the link names, in that file's folder;
the link stays a link."""

from __future__ import annotations

import os

from reader.store import atomic_write


def test_a_symlink_is_written_through(tmp_path):
    (tmp_path / "arch").mkdir()
    (tmp_path / "editions").mkdir()
    real = tmp_path / "arch" / "real.json"
    real.write_bytes(b'{"old": true}\n')
    real.chmod(0o640)
    link = tmp_path / "editions" / "paper-2026-02-04.json"
    link.symlink_to(os.path.join("..", "arch", "real.json"))
    atomic_write(link, b'{"new": true}\n')
    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "arch", "real.json")
    assert real.read_bytes() == b'{"new": true}\n'
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.rglob("*")) == [
        "arch",
        "editions",
        "paper-2026-02-04.json",
        "real.json",
    ]
