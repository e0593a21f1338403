"""A photo printed alone, a photo page's item with no text but its caption, is drawn as
large as the pane allows under its caption's room: at a third of a small pane it was a
thumbnail (18 columns at 80x24) over blank rows. A photo in a story keeps its third."""

from __future__ import annotations

from pathlib import Path

import msgspec
from rich.cells import cell_len

from reader import store
from reader.library import Library, open_library
from reader.model import Article
from tests.photo_editions import photo_folder
from tests.ui.conftest import drive, settle
from tests.ui.test_ui_photos import HALF, figure, photo_body_path, text_of

STORY = "p2-1"  # a story with a photo in its text


def with_photo_alone(dest: Path) -> tuple[Library, int]:
    """The photo edition, its story's photo and caption also printed alone after it."""
    folder = photo_folder(dest)
    (path,) = folder.glob("*.json")
    edition = store.load(path)
    story = edition.find(STORY)
    assert isinstance(story, Article)
    at = next(i for i, b in enumerate(story.body) if b.image is not None)
    assert story.body[at + 1].kind == "caption"
    alone = Article(id="alone", body=story.body[at : at + 2])
    pages = [
        msgspec.structs.replace(page, items=[*page.items, alone])
        if any(item.id == STORY for item in page.items)
        else page
        for page in edition.pages
    ]
    store.save(msgspec.structs.replace(edition, pages=pages), folder)
    return open_library(path)


async def drawn(app, pilot, screen, item_id: str) -> tuple[list[str], int]:
    """The photo's lines in the article pane, and the pane's height."""
    screen.open_item(item_id)
    await settle(app, pilot)
    view = screen.article_view
    lines = [text_of(line) for line in figure(view, photo_body_path(screen, item_id))]
    return lines, view.scrollable_content_region.height


@drive(with_photo_alone, size=(80, 24), **HALF)
async def test_a_photo_alone_fills_the_pane_its_caption_in_sight(app, pilot, screen):
    lines, height = await drawn(app, pilot, screen, "alone")
    cols = max(cell_len(line.strip()) for line in lines)
    assert len(lines) > height // 3 and cols > 18
    caption = screen.article_view._rendered.lines[len(lines)]
    assert text_of(caption).strip()  # the caption right under it, on the first screen
    assert len(lines) <= height - screen.article_view.CAPTION_ROOM


@drive(with_photo_alone, size=(80, 24), **HALF)
async def test_a_photo_in_a_story_keeps_a_third_of_the_pane(app, pilot, screen):
    # near miss: the same photo, with the story's text around it to keep in sight
    lines, height = await drawn(app, pilot, screen, STORY)
    assert len(lines) == max(6, height // 3)
