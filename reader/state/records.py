"""The records the state keeps, as the app gets them, and their rows in the file."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import msgspec


class Position(msgspec.Struct, frozen=True, kw_only=True):
    """Where reading stopped in one edition."""

    edition_id: str
    edition_path: str | None = None  # absolute, so resuming works from any folder
    item_id: str | None = None
    leaf: str | None = None  # a reader.model.Leaf path: "body.5"
    scroll: float = 0.0  # the article pane's scroll offset, in lines
    updated_at: datetime


class Bookmark(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    edition_id: str
    item_id: str
    leaf: str | None = None
    title: str
    created_at: datetime
    edition_path: str | None = None


POSITION_COLUMNS = "edition_id, edition_path, item_id, leaf, scroll, updated_at"
LEFT_COLUMNS = "edition_id, NULL, item_id, leaf, scroll, updated_at"
"""A part-read article's row read as a Position's (it keeps no edition path)."""
BOOKMARK_COLUMNS = "id, edition_id, edition_path, item_id, leaf, title, created_at"


def texts(*values: Any, optional: tuple[Any, ...] = (), path: Any = None) -> None:
    """Raise TypeError unless each value is text (each of `optional` text or NULL) and
    `path` is NULL or a file's path: columns SQLite lets another program fill with a blob
    or a number."""
    if not all(isinstance(v, str) for v in values) or not all(
        v is None or isinstance(v, str) for v in optional
    ):
        raise TypeError("a text column holds another type")
    if path is not None and not path_text(path):
        raise TypeError("edition_path is not a file's path")


def path_text(value: Any) -> bool:
    """Whether a stored edition path is one a file can have (text with no NUL)."""
    return isinstance(value, str) and "\0" not in value


def position(row: tuple[Any, ...]) -> Position:
    """A Position from a row of POSITION_COLUMNS; raises ValueError or TypeError for a
    row that no broadsheet wrote (a time or offset that is not one, a blob for a text)."""
    edition_id, path, item_id, leaf, scroll, at = row
    texts(edition_id, at, optional=(item_id, leaf), path=path)
    offset = float(scroll)
    if not math.isfinite(offset) or offset < 0:
        raise ValueError(f"scroll must be a finite offset >= 0, got {scroll!r}")
    return Position(
        edition_id=edition_id,
        edition_path=path,
        item_id=item_id,
        leaf=leaf,
        scroll=offset,
        updated_at=datetime.fromisoformat(at),
    )


def bookmark(row: tuple[Any, ...]) -> Bookmark:
    """A Bookmark from a row of BOOKMARK_COLUMNS (a whole item's leaf is stored as '');
    raises ValueError or TypeError for a row whose time is not one, or a blob for a text."""
    bid, edition_id, path, item_id, leaf, title, at = row
    texts(edition_id, item_id, title, at, optional=(leaf,), path=path)
    return Bookmark(
        id=bid,
        edition_id=edition_id,
        edition_path=path,
        item_id=item_id,
        leaf=leaf or None,
        title=title,
        created_at=datetime.fromisoformat(at),
    )


def iso(moment: datetime) -> str:
    """A time as stored: one fixed-width UTC form, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
