"""A notice over a dialog stands under the dialog's rows, never on them: a warning of
the reading state, come while a tall editions picker was open at its end, lay over its
last rows, the oldest edition among them; the dialog, still centred, now ends above it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from reader.library import open_library
from reader.ui.app import BroadsheetApp
from reader.ui.screens.editions import EditionPicker
from tests.editions import multi_page, shelf
from tests.ui.conftest import settle, wait_until
from tests.ui.session import shown_toast

WARNING = (
    "Your place in this edition could not be saved: the disk is full. "
    "It is kept until the next save."
)


def picker_at_the_end(tmp_path: Path, size: tuple[int, int], check) -> None:
    """Thirty editions; the picker open at its last, and a warning of a few lines."""
    editions = [multi_page(f"2026-01-{day:02d}", 8000 + day) for day in range(1, 31)]
    lib, start = open_library(shelf(tmp_path / "eds", *editions))

    async def go() -> None:
        app = BroadsheetApp(lib, start)
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.pause()
            await pilot.press("e")
            await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
            dialog = app.screen.query_one("#picker-dialog")
            tall = dialog.region
            await pilot.press("G")
            app.notify(WARNING, title="Reading state", severity="warning")
            toast = (await shown_toast(app, pilot)).region
            await settle(app, pilot)
            check(app, tall, toast, dialog)
            app.clear_notifications()  # the notice gone, the dialog as tall as it was
            await wait_until(pilot, lambda: not app.screen.query("Toast"))
            await settle(app, pilot)
            assert dialog.region == tall

    asyncio.run(go())


def test_a_notice_over_a_tall_picker_stands_under_its_rows(tmp_path: Path):
    def check(app, tall, toast, dialog):
        assert tall.overlaps(toast)  # where the picker was, the notice would cover it
        assert not dialog.region.overlaps(toast)
        assert dialog.region.bottom <= toast.y
        options = app.screen.query_one("#editions")
        assert options.highlighted == options.option_count - 1
        # the oldest edition, the cursor's row, still in sight in the shorter list
        last = options.get_option_at_index(options.highlighted)
        shown = "\n".join(options.render_line(y).text for y in range(options.size.height))
        assert str(last.prompt).split(" · ")[1] in shown

    picker_at_the_end(tmp_path, (80, 24), check)


def test_a_notice_beside_a_dialog_leaves_it_its_height(tmp_path: Path):
    # near miss: at 200 columns the notice stands right of the picker, over nothing of
    # it: the picker keeps the height it had
    def check(app, tall, toast, dialog):
        assert not tall.overlaps(toast)
        assert dialog.region == tall

    picker_at_the_end(tmp_path, (200, 30), check)
