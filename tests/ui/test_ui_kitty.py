"""Photos in kitty mode: each picture sent to the terminal once per size (written to
Textual's driver, captured here), drawn as Kitty's placeholder cells that Textual lays
out like text, deleted from the terminal when the cache lets it go; half-blocks where
the output cannot carry the 24-bit colour that names a picture."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from rich.segment import Segment
from textual.drivers.headless_driver import HeadlessDriver
from textual.pilot import Pilot

from reader.kitty import PLACEHOLDER, image_colour, placeholder_row
from reader.pictures import KITTY_NEEDS_TRUECOLOR, fit
from reader.ui.app import BroadsheetApp
from reader.ui.render.picture import UPPER_HALF, kitty_lines
from reader.ui.screens.photo import PhotoScreen, PhotoView
from reader.ui.widgets.document import DocumentView
from reader.ui.widgets.panes import AdPane
from tests.core.test_kitty import commands
from tests.photo_editions import image_of, photo_library
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.test_ui_photos import figure, photo_body_path, text_of

KITTY = {"TERM": "xterm-kitty", "COLORTERM": "truecolor"}

Body = Callable[[BroadsheetApp, Pilot, list[str]], Awaitable[None]]


def run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    body: Body,
    notices: bool = False,
    size: tuple[int, int] = (120, 40),
    **kw,
):
    """The app on the photo edition in a terminal with `env`; what it writes to the
    terminal out of band is kept in the list the body gets (and still after it).
    `notices`: notifications shown on the screen (Textual's tests leave them out)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    written: list[str] = []
    monkeypatch.setattr(HeadlessDriver, "write", lambda _self, data: written.append(data))
    library, start = photo_library(tmp_path)

    async def go() -> None:
        app = BroadsheetApp(library, start, **kw)
        async with app.run_test(size=size, notifications=notices) as pilot:
            await pilot.pause()
            await body(app, pilot, written)

    asyncio.run(go())
    return written


def sent(written: list[str], action: str) -> list[dict[str, str]]:
    """The keys of the graphics commands written with action `action` (T: send, d: delete);
    Textual writes other things of its own (the pointer's shape)."""
    ours = [data for data in written if data.startswith("\x1b_G")]
    return [keys for data in ours for keys, _ in commands(data) if keys.get("a") == action]


SGR = re.compile(r"\x1b\[([0-9;]*)m")
CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def placeholder_runs(output: str) -> list[tuple[tuple[int, int, int] | None, str]]:
    """The text of placeholder cells in a terminal output, with the foreground colour it
    is written in (what the terminal reads the image id from)."""
    runs: list[tuple[tuple[int, int, int] | None, str]] = []
    fg: tuple[int, int, int] | None = None
    at = 0
    for m in CSI.finditer(output + "\x1b[m"):
        text = output[at : m.start()]
        if PLACEHOLDER in text:
            runs.append((fg, text))
        at = m.end()
        if not m.group().endswith("m"):
            continue
        params = SGR.fullmatch(m.group()).group(1).split(";")  # type: ignore[union-attr]
        i = 0
        while i < len(params):
            if params[i] in ("", "0", "39"):
                fg = None
            elif params[i] == "38" and params[i + 1] == "2":
                fg = (int(params[i + 2]), int(params[i + 3]), int(params[i + 4]))
                i += 4
            elif params[i] in ("38", "48") and params[i + 1] == "5":
                i += 2
            elif params[i] == "48" and params[i + 1] == "2":
                i += 4
            i += 1
    return runs


def drawn_id(view: DocumentView, path: str) -> int:
    """The image id a photo's cells in a pane are drawn in."""
    [segment] = [s for s in figure(view, path)[0] if s.text.strip()]
    assert segment.style is not None and segment.style.color is not None
    r, g, b = segment.style.color.get_truecolor()
    return r << 16 | g << 8 | b


def screen_output(app: BroadsheetApp) -> str:
    """The whole screen as Textual writes it to a terminal: its compositor's update,
    rendered by the app's console."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return update.render_segments(app.console)


def test_a_photo_is_sent_once_and_drawn_as_placeholder_cells(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        assert app.photos.mode == "kitty"
        screen = app.screen
        await settle(app, pilot)
        before = len(sent(written, "T"))  # the first article's photo, if it has one
        screen.open_item("p2-1")
        await settle(app, pilot)
        view = screen.article_view
        image = image_of(screen.edition, "p2-1")
        cols, rows = fit(image.width, image.height, view._rendered.width, view.photo_rows())
        # This article's photo, and the picture of the ad beside it on its page.
        new = {keys["i"]: keys for keys in sent(written, "T")[before:]}
        # The pane draws the picture's cells, in the colour that names it.
        path = photo_body_path(screen, "p2-1")
        drawn = [[s for s in line if s.text.strip()] for line in figure(view, path)]
        image_id = drawn_id(view, path)
        keys = new[str(image_id)]
        assert (keys["c"], keys["r"], keys["U"]) == (str(cols), str(rows), "1")
        assert drawn == kitty_lines(image_id, cols, rows)
        # And Textual writes them to the terminal as they are, row after row.
        view.scroll_to(y=view._rendered.figures[path], animate=False)
        await pilot.pause()
        runs = placeholder_runs(screen_output(app))
        # Every placeholder cell on the screen names a picture sent: this one, the ad's.
        assert {fg for fg, _text in runs} <= {image_colour(int(i)) for i in new}
        assert "".join(text for fg, text in runs if fg == image_colour(image_id)) == "".join(
            placeholder_row(row, cols) for row in range(rows)
        )
        # Back to it later: from the cache, not sent again.
        screen.open_item("p2-3")
        screen.open_item("p2-1")
        await settle(app, pilot)
        assert len(sent(written, "T")) == before + len(new)
        assert PLACEHOLDER in text_of(figure(screen.article_view, path)[0])
        assert not notifications(app) and not sent(written, "d")

    written = run(tmp_path, monkeypatch, KITTY, body)
    # The app ends: the terminal is told to forget each picture it was sent, once.
    ids = sorted(keys["i"] for keys in sent(written, "T"))
    assert sorted(keys["i"] for keys in sent(written, "d")) == ids


def test_the_photo_dialog_sends_the_photo_at_its_size(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        screen.open_item("p2-1")
        await settle(app, pilot)
        before = sent(written, "T")
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, PhotoScreen))
        await settle(app, pilot)
        [large] = sent(written, "T")[len(before) :]
        assert large["i"] not in [keys["i"] for keys in before]
        assert int(large["c"]) > max(int(keys["c"]) for keys in before)
        view = app.screen.query_one(PhotoView)
        lines = kitty_lines(int(large["i"]), int(large["c"]), int(large["r"]))
        assert view._lines == lines

    run(tmp_path, monkeypatch, KITTY, body)


def test_a_picture_the_cache_lets_go_is_deleted_once_no_pane_draws_it(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        photos = app.photos
        screen.open_item("p2-1")  # page 2, over an ad with a picture
        await pilot.press("a")  # the ad pane, in the list's place at 120 columns
        await settle(app, pilot)
        first = str(drawn_id(screen.article_view, photo_body_path(screen, "p2-1")))
        screen.open_item("p2-3")  # no photos: p2-1's stays in the cache, in the terminal
        await settle(app, pilot)
        assert len(photos._kept) == 2 and not sent(written, "d")  # p2-1's, the ad's
        # p2-2's two photos make room in a cache of two: it lets go of p2-1's, drawn
        # nowhere (deleted), and of the ad's, which the ad pane still draws (kept).
        photos._kept.size = 2
        screen.open_item("p2-2")
        await settle(app, pilot)
        assert [keys["i"] for keys in sent(written, "d")] == [first]
        assert len(live_ids(written)) == 3
        assert assert_every_cell_has_its_picture(app, written) >= 2
        for n in (0, 1):  # p2-2's photos are drawn in pictures the terminal has
            view = screen.article_view
            assert str(drawn_id(view, photo_body_path(screen, "p2-2", n))) in live_ids(written)

    written = run(tmp_path, monkeypatch, KITTY, body)
    # Every picture sent is deleted once, by the cache or at the end.
    ids = sorted(keys["i"] for keys in sent(written, "T"))
    assert sorted(keys["i"] for keys in sent(written, "d")) == ids


def test_without_24_bit_colour_a_forced_kitty_is_half_blocks_and_says_so(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        assert app.photos.mode == "halfblocks"
        assert [n.message for n in notifications(app)] == [KITTY_NEEDS_TRUECOLOR]
        screen = app.screen
        screen.open_item("p2-1")
        await settle(app, pilot)
        path = photo_body_path(screen, "p2-1")
        assert UPPER_HALF in "".join(text_of(line) for line in figure(screen.article_view, path))
        assert not sent(written, "T")

    # Over ssh, say: kitty's TERM comes along, COLORTERM does not.
    run(tmp_path, monkeypatch, {"TERM": "xterm-kitty"}, body, pictures="kitty")


def test_auto_in_a_terminal_without_placeholders_is_half_blocks(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        assert app.photos.mode == "halfblocks" and not notifications(app)

    # GNOME Terminal: 24-bit colour, neither placeholders nor Sixel.
    env = {"TERM": "xterm-256color", "VTE_VERSION": "7600", "COLORTERM": "truecolor"}
    run(tmp_path, monkeypatch, env, body)


def test_kitty_lines_are_one_cell_each_in_the_id_colour():
    lines = kitty_lines(0x0A0B0C, 5, 3)
    assert len(lines) == 3
    for row, [segment] in enumerate(lines):
        assert isinstance(segment, Segment) and segment.cell_length == 5
        assert segment.text == placeholder_row(row, 5)
        assert segment.style is not None and segment.style.color is not None
        assert segment.style.color.get_truecolor() == (10, 11, 12)


def live_ids(written: list[str]) -> set[str]:
    """The pictures the terminal has after `written`: sent and not deleted since."""
    live: set[str] = set()
    for data in written:
        if data.startswith("\x1b_G"):
            for keys, _ in commands(data):
                if keys.get("a") == "T":
                    live.add(keys["i"])
                elif keys.get("a") == "d":
                    live.discard(keys["i"])
    return live


def assert_every_cell_has_its_picture(app: BroadsheetApp, written: list[str]) -> int:
    """Every placeholder cell on the screen names a picture the terminal still has;
    how many pictures the screen draws."""
    named = {fg for fg, _text in placeholder_runs(screen_output(app))}
    live = {image_colour(int(i)) for i in live_ids(written)}
    assert named <= live, f"cells of deleted pictures: {named - live}"
    return len(named)


def test_a_picture_on_the_screen_is_never_deleted_however_small_the_cache(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        photos = app.photos
        photos._kept.size = 1  # every new picture makes the cache let the last go
        screen.open_item("p2-1")  # its photo and the ad pane's picture: two at once
        await pilot.press("a")  # the ad pane, in the list's place at 120 columns
        await settle(app, pilot)
        view = screen.article_view
        view.scroll_to(y=view._rendered.figures[photo_body_path(screen, "p2-1")], animate=False)
        await pilot.pause()
        assert assert_every_cell_has_its_picture(app, written) == 2
        await pilot.press("i")  # the dialog's picture, larger, a third one
        await wait_until(pilot, lambda: isinstance(app.screen, PhotoScreen))
        await settle(app, pilot)
        assert app.screen.query_one(PhotoView)._lines[0][0].text.startswith(PLACEHOLDER)
        assert assert_every_cell_has_its_picture(app, written) >= 1
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, PhotoScreen))
        await settle(app, pilot)
        assert assert_every_cell_has_its_picture(app, written) == 2
        # The dialog's picture, drawn nowhere now, is the one the cache keeps.
        article_id = str(drawn_id(view, photo_body_path(screen, "p2-1")))
        assert len(live_ids(written)) == 3 and article_id in live_ids(written)
        screen.open_item("p2-3")  # no photos: p2-1's is let go, the ad pane keeps its own
        await settle(app, pilot)
        assert_every_cell_has_its_picture(app, written)
        assert len(live_ids(written)) == 2 and article_id not in live_ids(written)

    written = run(tmp_path, monkeypatch, KITTY, body)
    ids = sorted(keys["i"] for keys in sent(written, "T"))
    assert sorted(keys["i"] for keys in sent(written, "d")) == ids
    assert not live_ids(written)


@pytest.mark.parametrize("before", ["p1-1", "p2-3"], ids=["page-without-ads", "same-page"])
def test_the_ad_panes_picture_is_drawn_once_at_its_final_size(tmp_path, monkeypatch, before):
    """From a page without ads the ad pane widens for the next page's: its picture was
    drawn (and sent) at the narrow width first. Near miss: another article of the ad's
    page, whose ads the pane already shows, draws nothing anew."""
    widths: list[int] = []
    draw = AdPane.render_document

    def render_document(pane: AdPane, width: int, *args, **kw):
        widths.append(width)
        return draw(pane, width, *args, **kw)

    monkeypatch.setattr(AdPane, "render_document", render_document)

    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        screen.open_item(before)
        await settle(app, pilot)
        widths.clear()
        screen.open_item("p2-2")
        await settle(app, pilot)
        pane = screen.ad_pane
        assert [ad.id for ad in pane.ads] == ["p2-4"] and pane.has_photos()
        final = pane.scrollable_content_region.width
        # At its final width only (the first screenful, then the rest, as a pane shown anew).
        assert set(widths) == ({final} if before == "p1-1" else set())

    run(tmp_path, monkeypatch, KITTY, body, size=(160, 45))
