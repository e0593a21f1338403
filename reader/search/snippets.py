"""A hit's snippet measured in terminal cells: a Hangul syllable takes two, a Latin
letter one, so a snippet of Latin text reaches as far across a row as one of Hangul."""

from __future__ import annotations

from reader.printable import cell_width, reach_back, reach_on

SNIPPET_CELLS = 80
"""Cells of leaf text kept on each side of a match; a row shows what its width allows."""
WORD_CELLS = 10
"""The tail of a word cut at a snippet's start is left out up to this many cells (five
syllables); longer, it is a run of text with no spaces, cut where the cells end."""


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
        before = "…" + from_a_word(body, reach_back(body, len(body), keep_before - 1))
    room -= cell_width(before)
    if after_cells > room:
        body = after.removesuffix("…")
        # Cut mid-word at the end, as the eye reads on: '2천100명…' says more than '…'.
        after = body[: reach_on(body, 0, room - 1)] + "…"
    return before, match, after


def from_a_word(text: str, start: int) -> str:
    """`text` from `start`, the tail of a word cut there left out when it is short: a row
    began '…. 섬 주민', a sentence's last mark read as the snippet's first."""
    kept = text[start:]
    if start and not text[start - 1].isspace():
        space = kept.find(" ")
        # A word's tail, with words after it; not a run of text with no spaces.
        if space >= 0 and cell_width(kept[:space]) <= WORD_CELLS and kept[space:].strip():
            kept = kept[space + 1 :]
    return kept.lstrip()
