"""The state under test: a fresh file in the test's own BROADSHEET_HOME, a clock that ticks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from reader.state import State


class Clock:
    """A clock that ticks one second per reading, so 'newest first' is deterministic."""

    def __init__(self) -> None:
        self.now = datetime(2026, 2, 4, 6, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def state() -> Iterator[State]:
    with State.open(clock=Clock()) as s:
        yield s
