"""A hit's snippet measured in terminal cells: a Hangul syllable takes two, a Latin
letter one, so a snippet of Latin text reaches as far across a row as one of Hangul."""

from __future__ import annotations

from reader.printable import cell_width

SNIPPET_CELLS = 80
"""Cells of leaf text kept on each side of a match; a row shows what its width allows."""


def reach_back(text: str, start: int, cells: int) -> int:
    """Where text before `start` begins to fill at most `cells` cells."""
    lo, used = start, 0
    # Measured a run at a time, half the room's cells long (no character is wider than
    # two): a leaf may hold a million hits, each cut for its snippet.
    while lo > 0:
        step = min(max(1, (cells - used) // 2), lo)
        width = cell_width(text[lo - step : lo])
        if used + width <= cells:
            used, lo = used + width, lo - step
        else:
            break
    return lo


def reach_on(text: str, end: int, cells: int) -> int:
    """Where text from `end` stops to fill at most `cells` cells."""
    hi, used = end, 0
    while hi < len(text):
        step = min(max(1, (cells - used) // 2), len(text) - hi)
        width = cell_width(text[hi : hi + step])
        if used + width <= cells:
            used, hi = used + width, hi + step
        else:
            break
    return hi


def fit(before: str, match: str, after: str, cells: int) -> tuple[str, str, str]:
    """A snippet cut to `cells` cells, "…" where it is cut: the match whole when it
    fits, with at most a third of the room before it, the rest after."""
    room = cells - cell_width(match)
    if room < 2:
        if not before and not after and room >= 0:
            return "", match, ""
        if room == 1:  # room for the one "…" on the side the text goes on
            return ("…", match, "") if before and not after else ("", match, "…")
        # No room beside the match: it is what is cut, so the row still says it goes on.
        return "", match[: reach_on(match, 0, max(0, cells - 1))], "…"
    if cell_width(before) + cell_width(after) <= room:
        return before, match, after
    after_cells = cell_width(after)
    keep_before = max(room // 3, room - after_cells)
    if cell_width(before) > keep_before:
        body = before.removeprefix("…")
        before = "…" + body[reach_back(body, len(body), keep_before - 1) :]
    room -= cell_width(before)
    if after_cells > room:
        body = after.removesuffix("…")
        after = body[: reach_on(body, 0, room - 1)] + "…"
    return before, match, after
