"""The first frame is the article (issue #15): what `broadsheet PATH` has shown, imported
and written by the time it first paints. Not timed: the app runs headless, in a fresh
interpreter, up to that frame (tests/ui/first_frame.py); how long that takes is the
start-up bench's business (tests/bench/startup_bench.py)."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from textual.app import App

from reader.library import open_library
from reader.settings import settings_path
from reader.state import State, state_path
from tests.editions import SEED_JSON, multi_page, seed, shelf
from tests.photo_editions import photo_folder
from tests.ui.conftest import seed_app, wait_until

ROOT = Path(__file__).resolve().parents[2]

# What the first screen does not show, so the start-up does not pay for it: search (in
# the edition and the archive), export, the palette's provider, the dialogs, the
# ingest of page text and PDFs (the path is an edition file), Hanja readings (off), the
# page map and the photo dialog; nor importlib.resources' zip reader (the shipped folder is
# a path beside reader/).
NOT_YET = [
    "reader.hanja",
    "reader.ui.screens.pagemap",
    "reader.ui.screens.photo",
    "reader.search",
    "reader.search.archive",
    "reader.export",
    "reader.ingest",
    "reader.pdf",
    "reader.ui.commands",
    "reader.ui.screens.reader_search",
    "reader.ui.widgets.search",
    "reader.ui.screens.bookmarks",
    "reader.ui.screens.editions",
    "reader.ui.screens.help",
    "zipfile",
]


def first_frame(tmp_path: Path, path: Path) -> dict[str, Any]:
    out = tmp_path / "first-frame.json"
    # A terminal that can show pictures: `auto` draws them in half-blocks there.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    subprocess.run(
        [sys.executable, "-m", "tests.ui.first_frame", str(out), str(path)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_first_frame_shows_the_article_and_the_key_to_its_ads(tmp_path):
    frame = first_frame(tmp_path, SEED_JSON)
    article = seed().articles()[0]
    answer = next(b for b in article.body if b.kind == "answer")
    assert answer.text[:10] in frame["text"]  # the body, not only the headline
    # at 120 columns the page's ads are folded, behind their key
    assert "행복한 미소가" not in frame["text"] and "a Ads" in frame["text"]
    assert "Sections" in frame["text"] and "Quit" in frame["text"]  # with the chrome


def test_what_the_first_screen_does_not_show_is_not_imported_yet(tmp_path):
    imported = set(first_frame(tmp_path, SEED_JSON)["modules"])
    assert "reader.ui.screens.reader" in imported  # the probe sees the app's modules
    assert sorted(set(NOT_YET) & imported) == []


def test_the_start_runs_without_the_cyclic_collector(tmp_path):
    assert first_frame(tmp_path, SEED_JSON)["collector"] is False


def test_the_app_resumes_the_collector_once_it_has_painted():
    app = seed_app()
    begun: list[bool] = []
    begin = app.reading.begin
    app.reading.begin = lambda: (begun.append(True), begin())[1]  # type: ignore[method-assign]

    async def go() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_until(pilot, lambda: begun)  # the first frame is painted
            assert gc.isenabled()
            # What the start made is kept out of every later collection.
            assert gc.get_freeze_count() > 0

    gc.disable()
    try:
        asyncio.run(go())
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_screen_is_styled_once_before_its_first_frame(monkeypatch):
    """Mounting styles every node of the reading screen; its first resume, just before the
    first frame, does not style them all again. Later changes still restyle it."""
    restyled: list[object] = []
    update_styles = App.update_styles

    def counted(self: App, node: Any, animate: bool = True) -> None:
        restyled.append(node)
        update_styles(self, node, animate)

    monkeypatch.setattr(App, "update_styles", counted)
    app = seed_app()
    begun: list[bool] = []
    app.reading.begin = lambda: begun.append(True)  # type: ignore[method-assign]

    async def go() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_until(pilot, lambda: begun)  # the first frame is painted
            assert app.screen.is_mounted and app.screen not in restyled
            app.screen.add_class("-ads-off")  # a class of the screen: its nodes restyled
            assert restyled[-1] is app.screen

    asyncio.run(go())


def test_nothing_is_written_to_the_reading_state_before_the_first_frame(tmp_path):
    assert first_frame(tmp_path, SEED_JSON)["state"] is None  # not even created
    assert state_path().exists()  # the session saved where it stopped, after


def test_the_first_frame_resumes_where_reading_stopped_without_writing(tmp_path):
    edition = multi_page()
    folder = shelf(tmp_path / "eds", edition)
    with State.open(strict=True) as state:
        state.set_position(edition.id, "p2-2")
        state.mark_read(edition.id, "p1-1")
    st = os.stat(state_path())
    frame = first_frame(tmp_path, folder)
    assert "지역 상권 회복세 뚜렷 본문 0번째" in frame["text"]  # p2-2's body
    assert "2 경제 · 2 unread" in frame["text"]
    assert "1 인터뷰 · 1 unread" not in frame["text"]  # its interview is read
    assert frame["state"] == [st.st_size, st.st_mtime_ns]


def resume_at(folder: Path, item_id: str) -> None:
    """Reading stopped at the top of `item_id`, in the newest edition of `folder`."""
    library, newest = open_library(folder)
    with State.open(strict=True) as state:
        state.set_position(library.entries[newest].id, item_id)


def test_a_photo_on_the_first_screen_is_in_the_first_frame(tmp_path):
    folder = photo_folder(tmp_path)
    resume_at(folder, "p1-2")  # its photo comes after three short paragraphs
    frame = first_frame(tmp_path, folder)
    assert "┌" in frame["text"]  # the photo's frame, until it is decoded
    assert "photos" in frame["workers"]  # which is under way


def test_pillow_waits_for_a_photo_on_the_screen(tmp_path):
    # Pictures are on, and the edition has photos, but none on its first page's screen.
    frame = first_frame(tmp_path, photo_folder(tmp_path))
    assert "┌" not in frame["text"]
    assert "reader.ui.screens.reader" in frame["modules"]
    assert "photos" not in frame["workers"]
    assert "PIL" not in frame["modules"]


def test_a_photo_below_the_first_screenful_is_not_decoded_for_it(tmp_path):
    folder = photo_folder(tmp_path)
    # p2-1's photo is its 13th paragraph, below the pane; its page's ad (it has a picture)
    # is not shown.
    resume_at(folder, "p2-1")
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("show_ads = false\n", encoding="utf-8")
    frame = first_frame(tmp_path, folder)
    article = open_library(folder)[0].entries[0].edition.find("p2-1")
    assert article.body[0].text[:10] in frame["text"] and "┌" not in frame["text"]
    assert "photos" not in frame["workers"]  # only the first screenful was rendered
    assert "PIL" not in frame["modules"]


def test_the_first_frame_in_korean_imports_nothing_more(tmp_path, monkeypatch):
    """A Korean locale costs one catalog read: the frame speaks Korean, and imports
    what the English one imports (no locale module, no Babel)."""
    frames = {}
    for lang in ("C.UTF-8", "ko_KR.UTF-8"):
        monkeypatch.setenv("LANG", lang)
        monkeypatch.setenv("BROADSHEET_HOME", str(tmp_path / lang / "home"))
        (tmp_path / lang).mkdir()
        frames[lang] = first_frame(tmp_path / lang, SEED_JSON)
    korean = frames["ko_KR.UTF-8"]
    assert "지면" in korean["text"] and "종료" in korean["text"]
    assert "Sections" not in korean["text"]
    assert sorted(set(korean["modules"]) - set(frames["C.UTF-8"]["modules"])) == []
