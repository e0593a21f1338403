"""Photos in Sixel mode: the pane draws blank cells marked with the picture, and after
each frame Textual writes, each row of a picture it wrote is drawn over them at its
place (written to Textual's driver, captured here and read back), again when the pane
scrolls, never under a dialog or a notice."""

from __future__ import annotations

import re

from textual._ansi_sequences import SYNC_END
from textual.geometry import Region
from textual.pilot import Pilot

from reader.ui.app import BroadsheetApp
from reader.ui.render.picture import SIXEL
from reader.ui.screens.photo import PhotoScreen, PhotoView
from reader.ui.widgets.document import DocumentView
from tests.core.sixel_decoder import read
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.test_ui_kitty import run
from tests.ui.test_ui_photos import photo_body_path

FOOT = {"TERM": "foot", "COLORTERM": "truecolor"}
DRAW = re.compile(r"\x1b\[(\d+);(\d+)H(\x1bP.*?\x1b\\)", re.DOTALL)


def drawn(written: list[str]) -> list[dict[tuple[int, int], str]]:
    """Each Sixel write of ours: the cell (x, y) each image is drawn at, and the image.
    Written as a whole, the cursor saved before and restored after."""
    out = []
    for data in written:
        if "\x1bP" not in data:
            continue
        assert data.startswith("\x1b7") and data.endswith("\x1b8")
        images = {(int(x) - 1, int(y) - 1): image for y, x, image in DRAW.findall(data)}
        assert sum(len(m.group()) for m in DRAW.finditer(data)) == len(data) - 4
        out.append(images)
    return out


def marked_rows(view: DocumentView, path: str) -> list[tuple[int, int]]:
    """The picture and row each line of a photo in a pane is marked with."""
    lines = view._rendered.lines
    start = view._rendered.figures[path]
    rows = []
    for line in lines[start:]:
        marks = [s.style.meta.get(SIXEL) for s in line if s.style and s.style._meta]
        if not any(marks):
            break
        [mark] = [m for m in marks if m]
        rows.append(tuple(mark))
    return rows


def place(view: DocumentView, line: int) -> tuple[int, int]:
    """The screen cell a photo's line of the pane's document starts at (the text centred,
    the photo centred in the text's measure)."""
    region = view.content_region
    indent = 0
    for segment in view._rendered.lines[line]:
        if segment.style and segment.style._meta and segment.style.meta.get(SIXEL):
            break
        indent += segment.cell_length
    return region.x + view._left + indent, region.y + line - round(view.scroll_y)


def test_a_photo_is_drawn_at_its_place_and_again_after_a_scroll(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        assert app.photos.mode == "sixel"
        screen = app.screen
        screen.open_item("p2-1")
        await settle(app, pilot)
        view = screen.article_view
        path = photo_body_path(screen, "p2-1")
        rows = marked_rows(view, path)
        picture = rows[0][0]
        assert rows == [(picture, row) for row in range(len(rows))] and len(rows) >= 6
        top = view._rendered.figures[path]
        # The photo high in the pane, a line of scroll left below for the step down.
        start = min(top - 1, int(view.max_scroll_y) - 1)
        assert start > 0
        view.scroll_to(y=start, animate=False)
        await settle(app, pilot)
        x, y = place(view, top)
        assert y == view.content_region.y + top - start
        # Its rows, each at its row's cell, once the picture is there; read back, each
        # row is the picture's width and one cell tall, every pixel coloured.
        ours = [images for images in drawn(written) if (x, y) in images]
        assert ours, "the photo was never drawn at its place"
        first = ours[-1]
        on_screen = [(x, y + r) for r in range(len(rows)) if y + r < view.content_region.bottom]
        assert [at for at in first if at[0] == x and y <= at[1] < y + len(rows)] == on_screen
        heights = set()
        for image in (first[at] for at in on_screen):
            pixels = read(image)
            assert len(pixels.pixels) == pixels.width * pixels.height
            heights.add(pixels.height)
        assert len(heights) == 1
        # A line down: the pane writes its lines again, and the rows are drawn a line up.
        written.clear()
        view.scroll_to(y=view.scroll_y + 1, animate=False)
        await settle(app, pilot)
        [again] = [images for images in drawn(written) if (x, y - 1) in images]
        for r in range(len(on_screen)):
            assert again[(x, y - 1 + r)] == first[(x, y + r)]
        assert not notifications(app)

    run(tmp_path, monkeypatch, FOOT, body)


def test_under_a_dialog_only_the_dialogs_picture_is_drawn(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        screen.open_item("p2-1")
        await settle(app, pilot)
        view = screen.article_view
        [article_picture] = {p for p, _row in marked_rows(view, photo_body_path(screen, "p2-1"))}
        written.clear()
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, PhotoScreen))
        await settle(app, pilot)
        dialog = app.screen.query_one(PhotoView)
        [[segment]] = dialog._lines[:1]
        assert segment.style is not None
        dialog_picture, _row = segment.style.meta[SIXEL]
        images = [image for writes in drawn(written) for image in writes.values()]
        assert images
        region = dialog.content_region
        for writes in drawn(written):
            for x, y in writes:
                assert region.contains(x, y), "drawn outside the dialog"
        assert dialog_picture != article_picture
        # Closed: the article's photo is drawn again where it is.
        written.clear()
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, PhotoScreen))
        await settle(app, pilot)
        x, y = place(view, view._rendered.figures[photo_body_path(screen, "p2-1")])
        assert any((x, y) in writes for writes in drawn(written)) == (
            view.content_region.y <= y < view.content_region.bottom
        )

    run(tmp_path, monkeypatch, FOOT, body, pictures="auto")


def test_rows_a_notice_covers_are_left_blank(tmp_path, monkeypatch):
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        screen.open_item("p2-1")
        await settle(app, pilot)
        view = screen.article_view
        path = photo_body_path(screen, "p2-1")
        rows = len(marked_rows(view, path))
        top = view._rendered.figures[path]
        pane = view.content_region
        # The photo's last rows at the pane's bottom, where notices come.
        view.scroll_to(y=top - (pane.height - rows), animate=False)
        await settle(app, pilot)
        app.notify("a notice over the photo " * 4, timeout=60)
        await wait_until(pilot, lambda: app.screen.query("Toast"))
        await settle(app, pilot)
        [toast] = app.screen.query("Toast")
        x, y = place(view, top)
        covered = {r for r in range(rows) if toast.region.overlaps(_row(x, y + r, view))}
        assert covered and len(covered) < rows  # the notice covers some rows, not all
        # The pane written again (a line down and back): the rows the notice does not
        # cover are drawn, those it covers not, and nothing is drawn over the notice.
        for step in (1, -1):
            written.clear()
            view.scroll_to(y=view.scroll_y + step, animate=False)
            await settle(app, pilot)
        drawn_at = {at for images in drawn(written) for at in images}
        mine = {at for at in drawn_at if at[0] == x}
        in_pane = {r for r in range(rows) if pane.y <= y + r < pane.bottom}
        assert mine == {(x, y + r) for r in in_pane - covered}
        assert not any(toast.region.contains(*at) for at in drawn_at)

    run(tmp_path, monkeypatch, FOOT, body, notices=True)


def _row(x: int, y: int, view: DocumentView) -> Region:
    """The cells of a picture's row in a pane, from (x, y) to the pane's right edge."""
    return Region(x, y, view.content_region.right - x, 1)


def test_in_a_terminal_the_rows_are_drawn_before_the_frame_is_shown(tmp_path, monkeypatch):
    # Headless, Textual writes no frame; in a terminal it writes each inside a
    # synchronized update, and the rows must be drawn before that update ends.
    async def body(app: BroadsheetApp, pilot: Pilot, written: list[str]) -> None:
        screen = app.screen
        screen.open_item("p2-1")
        await settle(app, pilot)
        view = screen.article_view
        top = view._rendered.figures[photo_body_path(screen, "p2-1")]
        view.scroll_to(y=top - 1, animate=False)  # the photo in view
        await settle(app, pilot)
        x, y = place(view, top)
        monkeypatch.setattr(app, "_sync_available", True)
        written.clear()
        app._frame = app.screen._compositor.render_update(full=True)  # the frame written
        app._end_update()
        *rows, end = written
        assert end == SYNC_END
        assert any((x, y) in images for images in drawn(rows))
        written.clear()
        app._end_update()  # a frame is drawn over once
        assert written == [SYNC_END]

    run(tmp_path, monkeypatch, FOOT, body)
