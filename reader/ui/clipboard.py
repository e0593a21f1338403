"""Copying text out of the reader: to the terminal's clipboard and, inside tmux, to a
tmux buffer too.

The terminal's clipboard is set by an escape sequence (OSC 52) that no terminal
answers, so the reader cannot know it arrived. tmux by default (`set-clipboard
external`) drops an application's OSC 52 altogether; `tmux load-buffer -w` loads a
buffer and has tmux itself pass the text on to the terminal's clipboard.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable

from textual.app import App

from reader.multiplexer import in_tmux

TMUX_SECONDS = 2.0
"""The longest the tmux client may take before it is given up (a server that hangs)."""


async def load_tmux_buffer(text: str) -> bool:
    """Whether tmux took `text` as a buffer: quietly False when it did not (no tmux, an
    old one, a dead server)."""
    # -w (tmux 3.2) also sends it to the terminal's clipboard; an older tmux refuses it.
    for flags in (["-w"], []):
        try:
            process = await asyncio.create_subprocess_exec(
                "tmux",
                "load-buffer",
                *flags,
                "-",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
        except OSError:
            return False
        try:
            await asyncio.wait_for(process.communicate(text.encode()), TMUX_SECONDS)
        except (TimeoutError, OSError):
            if process.returncode is None:
                process.kill()
                await process.wait()  # reaped, not left a zombie for the reader's life
            return False
        if process.returncode == 0:
            return True
    return False


def copy_text(app: App[object], text: str, told: Callable[[bool], None]) -> None:
    """Send `text` to the terminal's clipboard, and inside tmux load a buffer with it;
    `told(in_buffer)` is called once, when it is known whether tmux has it."""
    app.copy_to_clipboard(text)
    if not in_tmux(os.environ):
        told(False)
        return

    async def load() -> None:
        told(await load_tmux_buffer(text))

    app.run_worker(load(), group="clipboard", exit_on_error=False)
