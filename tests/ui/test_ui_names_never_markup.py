"""A paper's, a section's or a file's name is never read as markup where the app puts it
into a Textual string: the delete question under the picker, the article's and the ads'
titles (Pilot)."""

from __future__ import annotations

from pathlib import Path

import msgspec

from reader.library import open_library
from reader.ui.screens.editions import EditionPicker
from tests.editions import multi_page, other_paper, shelf
from tests.ui.conftest import settle, wait_until
from tests.ui.session import run


def test_a_bracketed_name_in_the_delete_question_shows_as_written(tmp_path: Path):
    folder = shelf(
        tmp_path / "eds",
        multi_page("2026-02-05"),
        other_paper("부록[reverse]호외", "2026-02-04", 1),
    )
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
        await pilot.press("down", "d")
        await settle(app, pilot)
        asked = app.screen.query_one("#picker-asked").render()
        assert asked.plain.startswith("Delete 부록[reverse]호외 · ")
        assert asked.plain.endswith("any other key keeps it.")
        assert not asked.spans  # nothing styled by the name's brackets

    run(lib, body, start=start)


def test_a_bracketed_section_name_titles_the_article_and_ads_as_written(tmp_path: Path):
    edition = multi_page("2026-02-05")
    pages = [msgspec.structs.replace(p, section=f"[bold]{p.section}[/bold]") for p in edition.pages]
    folder = shelf(tmp_path / "eds", msgspec.structs.replace(edition, pages=pages))
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await settle(app, pilot)
        assert screen.article_view._border_title.plain == "1 [bold]인터뷰[/bold]"
        assert screen.ad_pane._border_title.plain == "Ads · 1 [bold]인터뷰[/bold]"

    run(lib, body, start=start)
