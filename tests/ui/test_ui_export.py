"""Taking an article away: copying it as plain text, saving it as Markdown (Pilot)."""

from __future__ import annotations

from reader import export
from tests.editions import library, seed, seed_article
from tests.ui.conftest import notifications
from tests.ui.session import run


def test_y_copies_the_article_as_plain_text():
    async def body(app, pilot, screen):
        await pilot.press("y")
        assert app.clipboard == export.to_text(seed_article())
        assert any(n.title == "Copied to the clipboard" for n in notifications(app))

    run(library(seed()), body)


def test_x_saves_the_article_as_markdown_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("x")
        written = list(tmp_path.glob("*.md"))
        assert len(written) == 1
        assert written[0].name.startswith("광남일보-2026-02-04-p1-1-")
        assert written[0].read_text(encoding="utf-8") == export.to_markdown(seed_article())
        assert any(
            n.title == "Saved as Markdown" and str(written[0]) in n.message
            for n in notifications(app)
        )

    run(library(seed()), body)


def test_x_into_a_folder_that_cannot_be_written_is_an_error_not_a_crash(tmp_path, monkeypatch):
    folder = tmp_path / "gone"
    folder.mkdir()
    monkeypatch.chdir(folder)
    folder.rmdir()

    async def body(app, pilot, screen):
        await pilot.press("x")
        assert any(n.severity == "error" for n in notifications(app))

    run(library(seed()), body)
