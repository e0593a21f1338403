"""What the reader does with the open article: how long it stays open, how far it
is scrolled, and where to take it up again.

An article open long enough (READ_AFTER), or scrolled to its end, counts as read.
Where reading stands is saved whenever an article opens, when another edition is
shown and when the reader quits; an edition opens again at that article and line (a
bookmark being opened wins). An article left part-read opens again where it was left,
in this session or a later one (the reading state keeps it). The tracker keeps the
bookkeeping; the screen scrolls, and runs the timer (`schedule`), so a test can run the
clock itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import partial

import msgspec

from reader.reading import Reading

READ_AFTER = 3.0
"""Seconds an article stays open before it counts as read (scrolling to its end does too)."""

Cancel = Callable[[], None]
Schedule = Callable[[float, Callable[[], None]], Cancel]
"""Call a function after some seconds; returns what cancels that."""


def top_leaf(anchors: Mapping[str, int], line: float) -> str | None:
    """The leaf at the top of a pane scrolled to `line`: the last one that starts on the
    line below it or above (a blank line before a leaf shows that leaf)."""
    best: str | None = None
    for path, start in anchors.items():
        if start <= line + 1 and (best is None or start > anchors[best]):
            best = path
    return best


class Resume(msgspec.Struct, frozen=True):
    """Where an article opens: at a leaf (`line` None), or at a saved line of it."""

    item_id: str
    leaf: str | None
    line: int | None

    @property
    def moves(self) -> bool:
        """Whether the article opens anywhere but at its top."""
        return self.leaf is not None or bool(self.line)

    def scroll_to(self, anchors: Mapping[str, int]) -> int | str:
        """The leaf to scroll the article to once drawn, or the line. The saved line
        holds while its leaf is still the top one there (the pane is as wide as it
        was); else the leaf's first line."""
        if self.line is None:
            return self.leaf or ""
        start = anchors.get(self.leaf) if self.leaf else None
        return self.line if start is None or top_leaf(anchors, self.line) == self.leaf else start


class ReadingTracker:
    """The open article of one reading screen, and the reading state it feeds.

    `on_read` gets the edition's read marks whenever they change (the timer can
    change them at any time).
    """

    def __init__(
        self,
        reading: Reading,
        schedule: Schedule,
        on_read: Callable[[frozenset[str]], None],
        *,
        read_after: float | None = None,
    ) -> None:
        self.reading = reading
        self.read_after = READ_AFTER if read_after is None else read_after
        self._schedule = schedule
        self._on_read = on_read
        self._cancel: Cancel | None = None
        self.edition_id: str | None = None
        self._edition_path: str | os.PathLike[str] | None = None
        self.item_id: str | None = None
        self._top: tuple[str | None, int] = (None, 0)  # the article's top leaf and line
        self._at_end = False

    def show(self, edition_id: str, path: str | os.PathLike[str] | None) -> frozenset[str]:
        """Another edition is on screen; its read marks. Where reading stopped in the one
        left is saved: it opens there again (saved when its article opened, it was that
        article's top)."""
        self.save()
        self._leave()
        self.item_id = None
        self.edition_id, self._edition_path = edition_id, path
        return self.reading.read_ids(edition_id)

    def resume(
        self,
        articles: Sequence[str],
        target: tuple[str, str | None] | None = None,
        *,
        line: int | None = None,
    ) -> Resume | None:
        """Where the edition shown opens: `target` (a bookmark's article and leaf; at
        `line`, a place gone back to), else where reading stopped, else its first article
        (None: it has no articles)."""
        if target is not None and target[0] in articles:
            return Resume(target[0], target[1], line)
        saved = self.reading.position(self.edition_id) if self.edition_id else None
        if saved is not None and saved.item_id is not None and saved.item_id in articles:
            return Resume(saved.item_id, saved.leaf, round(saved.scroll))
        return Resume(articles[0], None, 0) if articles else None

    def opened(self, item_id: str | None) -> None:
        """An article opened (None: none is): the clock starts unless it is read."""
        self._stop_timer()
        if item_id != self.item_id:  # the open one chosen again stays where it is
            self._leave()
            self.item_id = item_id
            self._top, self._at_end = (None, 0), False
        if self.edition_id is None or item_id is None:
            return
        if not self.reading.is_read(self.edition_id, item_id):
            self._cancel = self._schedule(self.read_after, partial(self._read_long_enough, item_id))
        self.save()

    def scrolled(self, item_id: str | None, leaf: str | None, y: float, *, at_end: bool) -> None:
        """The article `item_id` is scrolled to line `y`, `leaf` on top; to its end reads
        it. Not the open one (the pane at the top of the next, before it is opened here):
        nothing to note."""
        if item_id is None or item_id != self.item_id:
            return
        self._top, self._at_end = (leaf, round(y)), at_end
        if at_end:
            self.set_read(item_id, True)

    def _leave(self) -> None:
        """The open article is left: where, if it was part-read (at its top or its end
        there is nothing to come back to)."""
        if self.edition_id is None or self.item_id is None:
            return
        leaf, line = self._top
        line = 0 if self._at_end else line
        self.reading.leave(
            self.edition_id, self.item_id, leaf=leaf, scroll=line, ended=self._at_end
        )

    def left_at(self, item_id: str) -> Resume | None:
        """Where an article of the edition shown was left part-read, if it was."""
        left = self.reading.left_at(self.edition_id, item_id) if self.edition_id else None
        return Resume(item_id, left.leaf, round(left.scroll)) if left is not None else None

    def _read_long_enough(self, item_id: str) -> None:
        self._cancel = None
        if self.item_id == item_id:
            self.set_read(item_id, True)

    def _stop_timer(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None

    def set_read(self, item_id: str, read: bool) -> None:
        """Mark an article of the edition shown read or unread (the clock stops)."""
        assert self.edition_id is not None
        self._stop_timer()
        self.reading.set_read(self.edition_id, item_id, read)
        self._on_read(self.reading.read_ids(self.edition_id))

    def toggle_read(self, item_id: str) -> bool:
        """Read -> unread and the reverse; whether it is read now."""
        assert self.edition_id is not None
        read = not self.reading.is_read(self.edition_id, item_id)
        self.set_read(item_id, read)
        return read

    def save(self) -> None:
        """Save where reading stands: the open article, its top leaf and line."""
        if self.edition_id is None:
            return
        leaf, line = self._top
        self.reading.save_position(
            self.edition_id, self.item_id, leaf=leaf, scroll=line, edition_path=self._edition_path
        )

    def quit(self) -> None:
        """The reader quits: where reading stands is saved, and the open article is left as
        any other is (read to its end, the place an earlier session kept for it goes)."""
        self.save()
        self._leave()
