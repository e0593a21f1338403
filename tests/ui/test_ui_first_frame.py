"""The first frame is the article (issue #15): what `broadsheet PATH` has shown, imported
and written by the time it first paints. Not timed: the app runs headless, in a fresh
interpreter, up to that frame (tests/ui/first_frame.py); how long that takes is the
start-up bench's business (tests/bench/startup_bench.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from reader.state import State, state_path
from tests.editions import SEED_JSON, multi_page, seed, shelf

ROOT = Path(__file__).resolve().parents[2]

# What the first screen does not show, so the start-up does not pay for it: search (in
# the edition and the archive), export, the palette's provider, the dialogs, the
# ingest of page text and PDFs (the path is an edition file), Hanja readings (off).
NOT_YET = [
    "reader.hanja",
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
]


def first_frame(tmp_path: Path, path: Path) -> dict[str, Any]:
    out = tmp_path / "first-frame.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "tests.ui.first_frame", str(out), str(path)],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_first_frame_shows_the_article_and_its_ads(tmp_path):
    frame = first_frame(tmp_path, SEED_JSON)
    article = seed().articles()[0]
    answer = next(b for b in article.body if b.kind == "answer")
    assert answer.text[:10] in frame["text"]  # the body, not only the headline
    assert "행복한 미소가" in frame["text"]  # the page's ad, in the ad pane
    assert "Sections" in frame["text"] and "Quit" in frame["text"]  # with the chrome


def test_what_the_first_screen_does_not_show_is_not_imported_yet(tmp_path):
    imported = set(first_frame(tmp_path, SEED_JSON)["modules"])
    assert "reader.ui.screens.reader" in imported  # the probe sees the app's modules
    assert sorted(set(NOT_YET) & imported) == []


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
