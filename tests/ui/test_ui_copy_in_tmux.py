"""`y` inside tmux: tmux drops an application's OSC 52 by default, so the article is
loaded into a tmux buffer too, and the notice says which was done (Pilot, with a
stand-in `tmux` on PATH that records what it was given)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader import export
from tests.editions import library, seed, seed_article
from tests.ui.conftest import THREE_PANES, notifications
from tests.ui.session import run


def stand_in_tmux(folder: Path, monkeypatch: pytest.MonkeyPatch, *, refuses: str = "") -> Path:
    """A `tmux` that keeps its arguments and its input in `folder`, and exits 1 when its
    arguments contain `refuses` (an old tmux without `-w`, a dead server)."""
    script = folder / "tmux"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{folder}/args"\n'
        f'case "$*" in *"{refuses or "never"}"*) exit 1;; esac\n'
        f'cat > "{folder}/buffer"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("TMUX", f"{folder / 'socket'},4242,0")  # as tmux sets it
    return folder


async def copied(app, pilot) -> str:
    await pilot.press("y")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return notifications(app)[-1].message


def test_y_inside_tmux_loads_a_buffer_and_says_so(tmp_path, monkeypatch):
    tmux = stand_in_tmux(tmp_path, monkeypatch)
    where = "광남일보 · Wednesday, February 4, 2026 · page 1 · 인터뷰"
    text = export.to_text(seed_article(), where=where)

    async def body(app, pilot, screen):
        told = await copied(app, pilot)
        assert (tmux / "args").read_text() == "load-buffer -w -\n"
        assert (tmux / "buffer").read_text(encoding="utf-8") == text
        assert app.clipboard == text  # the OSC 52 is sent all the same
        assert told == (
            "Sent this article to a tmux buffer and the terminal's clipboard "
            f"({len(text)} characters)."
        )

    run(library(seed()), body)


def test_an_old_tmux_without_w_still_gets_the_buffer(tmp_path, monkeypatch):
    tmux = stand_in_tmux(tmp_path, monkeypatch, refuses="-w")

    async def body(app, pilot, screen):
        told = await copied(app, pilot)
        assert (tmux / "args").read_text() == "load-buffer -w -\nload-buffer -\n"
        assert (tmux / "buffer").read_text(encoding="utf-8") == app.clipboard
        assert told.startswith("Sent this article to a tmux buffer")

    run(library(seed()), body)


def test_a_tmux_that_fails_leaves_the_plain_notice_and_no_error(tmp_path, monkeypatch):
    stand_in_tmux(tmp_path, monkeypatch, refuses="load-buffer")

    async def body(app, pilot, screen):
        told = await copied(app, pilot)
        assert told == (
            "Sent this article to the terminal's clipboard as plain text "
            f"({len(app.clipboard)} characters)."
        )
        assert [n.severity for n in notifications(app)] == ["information"]

    run(library(seed()), body)


def test_no_tmux_on_path_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing to run there
    monkeypatch.setenv("TMUX", f"{tmp_path / 'socket'},4242,0")

    async def body(app, pilot, screen):
        told = await copied(app, pilot)
        assert told.startswith("Sent this article to the terminal's clipboard")
        assert screen.is_running

    run(library(seed()), body)


def test_y_in_the_ad_pane_inside_tmux_says_the_buffer_too(tmp_path, monkeypatch):
    tmux = stand_in_tmux(tmp_path, monkeypatch)

    async def body(app, pilot, screen):
        screen.ad_pane.focus()
        await pilot.pause()
        told = await copied(app, pilot)
        text = (tmux / "buffer").read_text(encoding="utf-8")
        assert "해피니스CC" in text and app.clipboard == text
        assert told == (
            "Sent the ads in the pane to a tmux buffer and the terminal's clipboard "
            f"({len(text)} characters)."
        )

    run(library(seed()), body, size=THREE_PANES)
