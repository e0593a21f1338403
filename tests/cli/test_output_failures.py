"""A command whose output cannot be written (a full disk, a file size limit) says so in
one line and exits 2: no traceback, no output cut short with exit 0."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED_TXT = ROOT / "editions" / "광남일보-2026-02-04.txt"
SEED_JSON = ROOT / "editions" / "광남일보-2026-02-04.json"

COMMANDS = [
    ["show", str(SEED_JSON)],
    ["show", str(SEED_JSON), "--json"],
    ["show", str(SEED_JSON), "--ids"],
    ["show", str(SEED_JSON), "--article", "p1-1", "--format", "md"],
    ["show", str(SEED_TXT), "--explain"],
    ["search", "광주", str(SEED_JSON)],
    ["search", "광주", str(SEED_JSON), "--json"],
]
LONG = [args for args in COMMANDS if "--ids" not in args]  # more than 1 KB each


def _name(args: list[str]) -> str:
    return " ".join(Path(a).suffix or a for a in args)


def _run(args: list[str], stdout, tmp_path: Path, limit: int | None = None):
    def small_files() -> None:
        if limit is not None:  # as `ulimit -f` with SIGXFSZ ignored: the write fails
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path)},
        cwd=tmp_path,
        preexec_fn=small_files,
    )


def _one_line_of_ours(stderr: str) -> bool:
    """Our message around the system's reason, whose wording is the C library's."""
    prefix, suffix = "broadsheet: cannot write the output (", ")\n"
    return stderr.startswith(prefix) and stderr.endswith(suffix) and stderr.count("\n") == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", COMMANDS, ids=_name)
def test_a_full_disk_is_one_line_and_exit_2(tmp_path, args):
    with open("/dev/full", "w") as full:
        r = _run(args, full, tmp_path)
    assert r.returncode == 2
    assert _one_line_of_ours(r.stderr), r.stderr


@pytest.mark.parametrize("args", LONG, ids=_name)
def test_output_over_a_file_size_limit_is_not_cut_short_silently(tmp_path, args):
    out = tmp_path / "out"
    with open(out, "w") as f:
        r = _run(args, f, tmp_path, limit=1024)
    assert r.returncode == 2
    assert _one_line_of_ours(r.stderr), r.stderr
    assert out.stat().st_size == 1024


CLOSED_PIPE = [
    ["show", str(SEED_JSON)],
    ["show", str(SEED_JSON), "--json"],
    ["search", "광주", str(SEED_JSON)],
]


@pytest.mark.parametrize("args", CLOSED_PIPE, ids=_name)
def test_a_pipe_closed_before_the_command_starts_is_a_quiet_exit_0(tmp_path, args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write meets a broken pipe
    with open(write_end, "w") as closed:
        r = _run(args, closed, tmp_path)
    assert (r.returncode, r.stderr) == (0, "")
