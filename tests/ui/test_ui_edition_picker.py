"""The edition picker (`e`): newest first, a long entry wrapped under its own text, and
Down at the oldest (Up at the newest) stays there and says so."""

from __future__ import annotations

from pathlib import Path

import msgspec

from reader.library import Library, open_library
from reader.ui.screens.editions import EditionPicker
from tests.editions import multi_page, seed, shelf
from tests.ui.conftest import drive, notifications, settle, wait_until

LONG = "THE CEDAR BLUFF EVENING TRIBUNE"


def _shelf(tmp_path: Path) -> tuple[Library, int]:
    old = multi_page("1917-06-14", 12)
    old = msgspec.structs.replace(
        old, id="cedar-1917-06-14", masthead=msgspec.structs.replace(old.masthead, paper=LONG)
    )
    return open_library(shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), old))


async def _picker(app, pilot):
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
    return app.screen.query_one("#editions")


@drive(_shelf, size=(80, 24))
async def test_the_picker_lists_newest_first_and_wraps_under_the_text(app, pilot, screen):
    options = await _picker(app, pilot)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    assert [label[2:].split(" · ")[1] for label in labels] == [
        "Thursday, February 5, 2026",
        "Wednesday, February 4, 2026",
        "Thursday, June 14, 1917",
    ]
    assert options.highlighted == 0 and labels[0].startswith("▶ ")  # the one open: the newest
    lines = [options.render_line(y).text for y in range(options.size.height)]
    first = next(i for i, line in enumerate(lines) if LONG in line)
    wrapped = lines[first + 1]
    assert wrapped.strip() and "CEDAR" not in wrapped and "2026" not in wrapped
    indent = len(wrapped) - len(wrapped.lstrip())
    assert indent == lines[first].index(LONG)  # a hanging indent: under the title, not the mark


@drive(_shelf, size=(80, 24))
async def test_down_at_the_oldest_stays_and_says_so(app, pilot, screen):
    options = await _picker(app, pilot)
    await pilot.press("down", "down")
    assert options.highlighted == 2
    await pilot.press("down")
    await settle(app, pilot)
    assert options.highlighted == 2  # no silent wrap to the top
    assert notifications(app)[-1].message == "The oldest edition is the last"
    await pilot.press("up", "up", "up")
    await settle(app, pilot)
    assert options.highlighted == 0
    assert notifications(app)[-1].message == "The newest edition is the first"
