"""Taking an article away: copying it as plain text, saving it as Markdown (Pilot)."""

from __future__ import annotations

import msgspec

from reader import export
from reader.model import Ad, Contact, Edition, Table, Text
from reader.printable import cell_width
from reader.ui.screens.article_actions import folder_end
from tests.editions import library, seed, seed_ad, seed_article
from tests.photo_editions import photo_library
from tests.ui.conftest import THREE_PANES, notifications, settle
from tests.ui.session import run


def test_y_copies_the_article_as_plain_text():
    async def body(app, pilot, screen):
        await pilot.press("y")
        where = "광남일보 · Wednesday, February 4, 2026 · page 1 · 인터뷰"
        assert app.clipboard == export.to_text(seed_article(), where=where)
        assert app.clipboard.split("\n\n")[2] == where  # under the headlines, as in x's file
        told = notifications(app)[-1]
        length = len(app.clipboard)
        assert told.message == (
            f"Sent this article to the terminal's clipboard as plain text ({length} characters)."
        )

    run(library(seed()), body)


def test_y_in_the_ad_pane_copies_its_ads():
    async def body(app, pilot, screen):
        screen.ad_pane.focus()
        await pilot.pause()
        await pilot.press("y")
        assert "해피니스CC" in app.clipboard and "(단위:백만원)" in app.clipboard
        assert "광주지역 전역" not in app.clipboard  # not the article
        assert notifications(app)[-1].message.startswith("Sent the ads in the pane")

    run(library(seed()), body, size=THREE_PANES)


def test_x_saves_the_article_as_markdown_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("x")
        written = list(tmp_path.glob("*.md"))
        assert len(written) == 1
        assert written[0].name.startswith("광남일보-2026-02-04-p1-1-")
        where = "광남일보 · Wednesday, February 4, 2026 · page 1 · 인터뷰"
        assert written[0].read_text(encoding="utf-8") == export.to_markdown(
            seed_article(), where=where
        )
        assert f"\n*{where}*\n" in written[0].read_text(encoding="utf-8")
        (notice,) = [n for n in notifications(app) if n.title == "Saved as Markdown"]
        # The toast is half the 80 columns: the name is shortened at a hyphen, not wrapped.
        name, where_saved = notice.message.split("\n")
        assert name == "광남일보-2026-02-…-만들겠다.md"
        assert cell_width(name) <= 35 and cell_width(where_saved) <= 35
        # The folder it went to, its end kept: the temporary folder's name is long.
        assert where_saved.startswith("in …") and where_saved.endswith(tmp_path.name)
        assert written[0].name.endswith("-AI-실증-무대로-만들겠다.md")

    run(library(seed()), body, size=(80, 24))


def test_x_links_the_saved_photo_by_its_path_from_the_markdown(tmp_path, monkeypatch):
    lib, start = photo_library(tmp_path)
    out = tmp_path / "notes"
    out.mkdir()
    monkeypatch.chdir(out)

    async def body(app, pilot, screen):
        article = next(a for a in screen.edition.articles() if any(b.image for b in a.body))
        image = next(b.image for b in article.body if b.image)
        screen.open_item(article.id)
        await pilot.pause()
        await pilot.press("x")
        (written,) = out.glob("*.md")
        text = written.read_text(encoding="utf-8")
        link = f"../editions/{image.src}"
        assert f"![Photo {image.width}×{image.height}](<{link}>)" in text
        assert (out / link).is_file()

    run(lib, body, start=start)


def test_x_into_a_folder_that_cannot_be_written_is_an_error_not_a_crash(tmp_path, monkeypatch):
    folder = tmp_path / "gone"
    folder.mkdir()
    monkeypatch.chdir(folder)
    folder.rmdir()

    async def body(app, pilot, screen):
        await pilot.press("x")
        assert any(n.severity == "error" for n in notifications(app))

    run(library(seed()), body)


def test_x_after_the_current_folder_was_deleted_names_it(tmp_path, monkeypatch):
    folder = tmp_path / "gone"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("PWD", str(folder))  # as the shell that started the reader says
    folder.rmdir()

    async def body(app, pilot, screen):
        await pilot.press("x")
        (notice,) = [n for n in notifications(app) if n.title == "Cannot save the article"]
        assert notice.message == f"{folder}: the current folder no longer exists"

    run(library(seed()), body)


def two_ads() -> Edition:
    """The shipped edition with a second ad on its page, under the golf club's."""
    edition = seed()
    second = Ad(
        id="p1-3",
        title=Text("광남 *새봄* 가구 할인전"),
        advertiser="광남가구",
        blocks=[
            Table(
                header=[Text("품목"), Text("할인가")],
                rows=[[Text("침대|매트리스"), Text("89만원\n(설치비 포함)")]],
            ),
            Contact(channel="phone", value="062-555-0101", text="062)555-0101", label="문의"),
        ],
    )
    page = edition.pages[0]
    pages = [msgspec.structs.replace(page, items=[*page.items, second]), *edition.pages[1:]]
    return msgspec.structs.replace(edition, pages=pages)


def test_x_in_the_ad_pane_saves_the_ad_being_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    where = "광남일보 · Wednesday, February 4, 2026 · page 1 · 인터뷰"

    async def body(app, pilot, screen):
        screen.ad_pane.focus()
        await settle(app, pilot)
        await pilot.press("x")
        (golf,) = tmp_path.glob("*-p1-2-*.md")
        assert golf.read_text("utf-8") == export.to_markdown(seed_ad(), where=where)
        screen.open_item("p1-3")  # the second ad, at the pane's top
        screen.ad_pane.focus()
        await settle(app, pilot)
        await pilot.press("x")
        (sale,) = tmp_path.glob("*-p1-3-*.md")
        assert sale.name == "광남일보-2026-02-04-p1-3-광남-새봄-가구-할인전.md"
        text = sale.read_text("utf-8")
        assert text.startswith(f"# 광남 \\*새봄\\* 가구 할인전\n\n광남가구\n\n*{where}*\n\n")
        assert "| 침대\\|매트리스 | 89만원<br>(설치비 포함) |" in text
        assert "광주지역 전역" not in text  # never the article
        saved = [n.message for n in notifications(app) if n.title == "Saved as Markdown"]
        assert len(saved) == 2 and saved[1].split("\n")[0].endswith("할인전.md")

    run(library(two_ads()), body)


def test_a_folder_too_long_for_the_notice_keeps_its_end():
    folder = "/home/reader/신문/광남일보/2026"
    assert folder_end(folder, 14) == "…광남일보/2026"
    assert cell_width(folder_end(folder, 13)) <= 13  # a Hangul letter never cut in half
    assert folder_end(folder, cell_width(folder)) == folder  # the near miss: it fits whole
