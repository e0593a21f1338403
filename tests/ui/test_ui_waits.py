"""The UI tests' own wait: a condition that never holds fails soon, naming itself; a
running worker's turns do not count against it."""

from __future__ import annotations

import asyncio
import threading

import pytest
from textual.app import App

from tests.ui import conftest
from tests.ui.conftest import wait_until


def test_a_wait_that_never_holds_fails_naming_its_condition(monkeypatch):
    monkeypatch.setattr(conftest, "WAIT_TURNS", 3)
    nothing: list[str] = []

    async def go():
        async with App().run_test() as pilot:
            await wait_until(pilot, lambda: nothing)

    with pytest.raises(pytest.fail.Exception) as failed:
        asyncio.run(go())
    message = str(failed.value)
    assert message.startswith("waited 3 idle turns for test_ui_waits.py:")
    assert message.endswith("await wait_until(pilot, lambda: nothing)")
    with pytest.raises(pytest.fail.Exception, match="for the index to be built$"):
        asyncio.run(_wait_for_nothing("the index to be built"))


async def _wait_for_nothing(what: str) -> None:
    async with App().run_test() as pilot:
        await wait_until(pilot, lambda: False, what)


def test_turns_with_a_worker_running_do_not_count(monkeypatch):
    monkeypatch.setattr(conftest, "WAIT_TURNS", 3)
    release = threading.Event()
    tries = 0

    async def go():
        async with App().run_test() as pilot:
            worker = pilot.app.run_worker(release.wait, thread=True)

            def done() -> bool:
                nonlocal tries
                tries += 1
                if tries == 10:  # the worker has been busy for more turns than a wait may idle
                    release.set()
                return worker.is_finished

            await wait_until(pilot, done)

    try:
        asyncio.run(go())
    finally:
        release.set()
    assert tries > 10
