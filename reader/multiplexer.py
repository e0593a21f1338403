"""Whether a terminal multiplexer (tmux, GNU screen) stands between us and the terminal.

One answer for every caller: the choice of picture mode (a multiplexer drops or
mangles kitty's and Sixel's escape sequences unless told to pass them through) and
the clipboard (tmux keeps its own buffer beside the terminal's clipboard).
"""

from __future__ import annotations

from collections.abc import Mapping


def in_tmux(env: Mapping[str, str]) -> bool:
    """Whether our output goes through tmux (it sets TMUX in its panes)."""
    return bool(env.get("TMUX"))


def behind_multiplexer(env: Mapping[str, str]) -> bool:
    """Whether our output goes through tmux or screen: tmux sets TMUX, screen sets STY,
    and both name themselves in TERM (a pane reached by ssh keeps only TERM)."""
    term = env.get("TERM", "")
    return in_tmux(env) or bool(env.get("STY")) or term.startswith(("screen", "tmux"))
