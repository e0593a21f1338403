"""A named file that is no regular file (a FIFO, a socket, a device) is refused in one
line, exit 2, without being opened: a FIFO would hang the command until a writer came."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from reader.cli import main

# A command that opened the FIFO would wait for a writer: the guard ends that wait.
pytestmark = pytest.mark.timeout(60)

COMMANDS = [
    ("validate", "x.json"),
    ("show", "x.json"),
    ("ingest", "f.txt"),
    ("ingest", "f.pdf"),
    ("search", "x.json"),
]


def _args(command: str, path: Path, out: Path) -> list[str]:
    if command == "ingest":
        return ["ingest", str(path), "-o", str(out)]
    if command == "search":
        return ["search", "광주", str(path)]
    return [command, str(path)]


@pytest.mark.parametrize(("command", "name"), COMMANDS)
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, capsys, command, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    assert main(_args(command, fifo, tmp_path / "out")) == 2
    assert capsys.readouterr().err == f"broadsheet: {fifo}: not a regular file\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("command", "name"), COMMANDS)
def test_a_socket_is_refused(tmp_path, capsys, command, name):
    path = tmp_path / name
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        assert main(_args(command, path, tmp_path / "out")) == 2
    assert capsys.readouterr().err == f"broadsheet: {path}: not a regular file\n"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused(capsys):
    assert main(["validate", "/dev/null"]) == 2
    assert capsys.readouterr().err == "broadsheet: /dev/null: not a regular file\n"
