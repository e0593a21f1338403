"""Photos in the article and ad panes, and large in a dialog: drawn in half-blocks from
the edition's photo files, decoded in a worker; a photo that cannot be shown is a frame
and one line, never a traceback or a frozen screen."""

from __future__ import annotations

from rich.segment import Segment

from reader.pictures import DAMAGED, TOO_LARGE, decode, fit, picture_key
from reader.ui.photos import NOT_SHOWN
from reader.ui.render.picture import UPPER_HALF, halfblock_lines
from reader.ui.screens.page_views import NO_PHOTOS, PICTURES_OFF
from reader.ui.screens.photo import PhotoScreen, PhotoView
from reader.ui.widgets.document import DocumentView
from tests.photo_editions import huge_png, image_of, pdf_library, photo_file, photo_library
from tests.ui.conftest import drive, notifications, settle, wait_until

HALF = {"pictures": "halfblocks"}


def text_of(line: list[Segment]) -> str:
    return "".join(s.text for s in line)


def figure(view: DocumentView, path: str) -> list[list[Segment]]:
    """The lines of a photo drawn in a pane, up to the blank line or the caption after it."""
    start = view._rendered.figures[path]
    lines = view._rendered.lines
    after = min((n for n in view.anchors.values() if n > start), default=len(lines))
    end = start
    while end < after and text_of(lines[end]).strip():
        end += 1
    return lines[start:end]


def photo_body_path(screen, item_id: str, n: int = 0) -> str:
    item = screen.edition.find(item_id)
    return [f"body.{i}" for i, b in enumerate(item.body) if b.image is not None][n]


@drive(photo_library, **HALF)
async def test_photo_drawn_where_it_sits_with_its_caption_under_it(app, pilot, screen):
    screen.open_item("p2-1")
    view = screen.article_view
    path = photo_body_path(screen, "p2-1")
    # At once: a frame of the photo's size, so the text below does not move later.
    framed = [text_of(line).strip() for line in figure(view, path)]
    caption_at = view.anchors[f"body.{int(path.split('.')[1]) + 1}"]
    assert framed[0].startswith("┌") and UPPER_HALF not in "".join(framed)
    await settle(app, pilot)
    drawn = figure(view, path)
    assert view.anchors[f"body.{int(path.split('.')[1]) + 1}"] == caption_at
    # The pixels of the file, as the core scales them to the pane's cells.
    image = image_of(screen.edition, "p2-1")
    folder = view.folder
    assert folder is not None
    cols, rows = fit(image.width, image.height, view._rendered.width, view.photo_rows())
    expected = halfblock_lines(decode(picture_key(folder / image.src, cols, rows)))
    assert [[s for s in line if s.text.strip()] for line in drawn] == expected
    caption = screen.edition.find("p2-1").body[int(path.split(".")[1]) + 1]
    assert caption.kind == "caption"
    assert caption_at == view._rendered.figures[path] + len(drawn)
    assert not notifications(app)


@drive(photo_library, **HALF)
async def test_a_picture_is_decoded_once_a_size(app, pilot, screen):
    decoded = []
    photos = app.photos
    run = photos._decode

    def counted(key):
        decoded.append(key)
        run(key)

    photos._decode = counted
    target = str(photo_file(screen.library.folder_of(0), screen.edition, "p2-1"))
    screen.open_item("p2-1")
    await settle(app, pilot)
    assert [key.path for key in decoded].count(target) == 1
    screen.open_item("p2-3")
    screen.open_item("p2-1")  # back: from the cache, drawn at once
    path = photo_body_path(screen, "p2-1")
    assert UPPER_HALF in "".join(text_of(line) for line in figure(screen.article_view, path))
    await settle(app, pilot)
    assert [key.path for key in decoded].count(target) == 1


@drive(photo_library, **HALF)
async def test_a_damaged_photo_is_a_frame_and_one_line(app, pilot, screen):
    target = photo_file(screen.library.folder_of(0), screen.edition, "p2-1")
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 4])
    screen.open_item("p2-1")
    await settle(app, pilot)
    said = [n for n in notifications(app) if n.title == NOT_SHOWN]
    assert [n.message for n in said] == [f"{target.name}: {DAMAGED}"]
    path = photo_body_path(screen, "p2-1")
    shown = "".join(text_of(line) for line in figure(screen.article_view, path))
    assert "photo not shown" in shown and UPPER_HALF not in shown
    # Still reading: keys work, and the photo says so once, not at every look.
    await pilot.press("J")
    await wait_until(pilot, lambda: screen.item_id == "p2-2")
    screen.open_item("p2-1")
    await settle(app, pilot)
    assert len([n for n in notifications(app) if n.title == NOT_SHOWN]) == 1


@drive(photo_library, **HALF)
async def test_a_huge_photo_is_refused_in_one_line(app, pilot, screen):
    target = photo_file(screen.library.folder_of(0), screen.edition, "p2-1")
    huge_png(target, 9000, 9000)
    screen.open_item("p2-1")
    await settle(app, pilot)
    said = [n.message for n in notifications(app) if n.title == NOT_SHOWN]
    assert said == [f"{target.name}: {TOO_LARGE.format(width=9000, height=9000)}"]
    assert screen.item_id == "p2-1"


@drive(photo_library, **HALF)
async def test_a_missing_photo_file(app, pilot, screen):
    target = photo_file(screen.library.folder_of(0), screen.edition, "p2-1")
    target.unlink()
    screen.open_item("p2-1")
    await settle(app, pilot)
    said = [n.message for n in notifications(app) if n.title == NOT_SHOWN]
    assert said == [f"{target.name}: the photo file is missing"]


@drive(pdf_library, **HALF)
async def test_a_pdf_read_in_memory_shows_frames_without_complaint(app, pilot, screen):
    screen.open_item("p2-1")
    await settle(app, pilot)
    image = image_of(screen.edition, "p2-1")
    path = photo_body_path(screen, "p2-1")
    shown = "".join(text_of(line) for line in figure(screen.article_view, path))
    assert f"Photo {image.width}×{image.height}" in shown
    assert not notifications(app) and not list(app.workers)


@drive(photo_library, pictures="off")
async def test_pictures_off_leaves_a_line_for_each_photo(app, pilot, screen):
    screen.open_item("p2-1")
    await settle(app, pilot)
    image = image_of(screen.edition, "p2-1")
    assert f"[Photo {image.width}×{image.height}]" in screen.article_view._rendered.plain()
    assert not screen.article_view._rendered.figures
    await pilot.press("i")
    await pilot.pause()
    assert [n.message for n in notifications(app)] == [PICTURES_OFF]


@drive(photo_library, **HALF)
async def test_the_ad_pane_shows_the_ads_picture(app, pilot, screen):
    screen.open_item("p2-4")
    await settle(app, pilot)
    pane = screen.ad_pane
    [path] = [p for p in pane._rendered.figures if p.startswith("p2-4:")]
    assert UPPER_HALF in "".join(text_of(line) for line in figure(pane, path))


@drive(photo_library, **HALF)
async def test_i_opens_the_photos_large_and_steps_between_them(app, pilot, screen):
    screen.open_item("p2-2")  # two photos
    await pilot.press("i")
    await wait_until(pilot, lambda: isinstance(app.screen, PhotoScreen))
    await settle(app, pilot)
    dialog = app.screen
    item = screen.edition.find("p2-2")
    captions = [
        item.body[i + 1].text
        for i, b in enumerate(item.body)
        if b.image is not None and item.body[i + 1].kind == "caption"
    ]
    assert str(dialog.query_one("#photo-caption").render()) == captions[0]
    view = dialog.query_one(PhotoView)
    # As large as the dialog allows: far more cells than in the article.
    assert sum(len(text_of(line)) for line in view._lines) > 2 * 72
    assert UPPER_HALF in text_of(view._lines[0])
    await pilot.press("right")
    await settle(app, pilot)
    assert dialog.at == 1 and dialog.query_one("#photo-dialog").border_title == "Photo 2/2"
    await pilot.press("escape")
    await wait_until(pilot, lambda: app.screen is screen)


@drive(photo_library, **HALF)
async def test_left_at_the_first_photo_and_right_at_the_last_say_so(app, pilot, screen):
    screen.open_item("p2-2")  # two photos
    await pilot.press("i")
    await wait_until(pilot, lambda: isinstance(app.screen, PhotoScreen))
    dialog = app.screen
    await pilot.press("left")
    await settle(app, pilot)
    assert dialog.at == 0
    assert [n.message for n in notifications(app)] == ["This is the article's first photo."]
    await pilot.press("right", "right")
    await settle(app, pilot)
    assert dialog.at == 1 and dialog.query_one("#photo-dialog").border_title == "Photo 2/2"
    assert [n.message for n in notifications(app)][-1] == "This is the article's last photo."


@drive(photo_library, **HALF)
async def test_i_on_an_article_without_photos(app, pilot, screen):
    screen.open_item("p2-3")
    await pilot.press("i")
    await pilot.pause()
    assert app.screen is screen
    assert [n.message for n in notifications(app)] == [NO_PHOTOS]
