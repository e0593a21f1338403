"""reader.export's Markdown file on disk: its folder, its name, its mode, and the photos it
links (the edition's own, never a file outside its folder)."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.errors import BroadsheetError
from reader.export import markdown_name, write_markdown
from reader.model import Article, Block, Image, Text
from tests.core.export_sample import MARKDOWN, interview_article


@pytest.fixture
def interview() -> Article:
    return interview_article()


# --- the Markdown file ---------------------------------------------------------


def test_write_markdown(interview: Article, tmp_path: Path):
    folder = tmp_path / "out" / "deeper"
    path = write_markdown(interview, folder)
    assert path.parent == folder
    assert path.name == "p1-a1-광주지역-전역-AI-실증-무대로-만들겠다.md"
    assert path.read_text(encoding="utf-8") == MARKDOWN
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temp files left
    assert write_markdown(interview, folder) == path  # the same article, the same file


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_the_markdown_file_follows_the_umask(interview: Article, tmp_path: Path, mask: int):
    old = os.umask(mask)
    try:
        path = write_markdown(interview, tmp_path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_write_markdown_with_edition_prefix(interview: Article, tmp_path: Path):
    path = write_markdown(interview, tmp_path, edition_id="광남일보-2026-02-04")
    assert path.name.startswith("광남일보-2026-02-04-p1-a1-")


@pytest.mark.parametrize(
    "headline",
    [
        'a/b\\c:d*e?f"g<h>i|j\nk\tl',
        "../../etc/passwd",
        "." * 10,
        "CON",
        "가" * 300,
        "\u1100\u1161",  # decomposed 가 (NFD, as macOS file names come)
    ],
)
def test_markdown_names_are_safe(headline: str, tmp_path: Path):
    a = Article(id="p1/a1", headline=Text(headline))
    name = markdown_name(a)
    assert name.endswith(".md")
    assert not re.search(r'[\x00-\x1f<>:"/\\|?*]', name)
    assert not name.startswith(".")
    assert len(name.encode("utf-8")) <= 200
    path = write_markdown(a, tmp_path)
    assert path.parent == tmp_path and path.exists()


def test_markdown_name_is_nfc_and_falls_back_to_the_id():
    assert markdown_name(Article(id="a", headline=Text("\u1100\u1161"))) == "a-가.md"
    assert markdown_name(Article(id="p2-a3")) == "p2-a3.md"
    assert markdown_name(Article(id="", headline=Text("///"))) == "article.md"


def test_write_markdown_into_a_file_is_one_line_error(interview: Article, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BroadsheetError, match="is a file, not a folder"):
        write_markdown(interview, blocker / "sub")


def _photo_article() -> Article:
    photo = Block(
        kind="photo", text="", image=Image(src="paper/p1-photo1.png", width=246, height=165)
    )
    caption = Block(kind="caption", text="▲ 드론이 시험 비행을 하고 있다.")
    return Article(id="p1-2", headline=Text(text="드론 산업 첫발"), body=[photo, caption])


def test_a_saved_photo_is_linked_from_the_markdown_and_a_missing_one_named(tmp_path: Path):
    editions, notes = tmp_path / "editions", tmp_path / "notes"
    (editions / "paper").mkdir(parents=True)
    notes.mkdir()
    where = "광남일보 · 2026년 2월 4일 수요일 · 1면 · 경제"
    missing = write_markdown(_photo_article(), notes, where=where, edition_folder=editions)
    text = missing.read_text(encoding="utf-8")
    assert "[Photo 246×165]" in text and "](" not in text
    assert text.startswith(f"# 드론 산업 첫발\n\n*{where}*\n\n")
    (editions / "paper" / "p1-photo1.png").write_bytes(b"\x89PNG")
    linked = write_markdown(_photo_article(), notes, where=where, edition_folder=editions)
    assert "![Photo 246×165](<../editions/paper/p1-photo1.png>)" in linked.read_text("utf-8")
    tokens = MarkdownIt().parse(linked.read_text("utf-8"))
    images = [c for t in tokens for c in (t.children or []) if c.type == "image"]
    assert [i.attrs["src"] for i in images] == ["../editions/paper/p1-photo1.png"]


def test_a_photo_whose_src_leaves_the_editions_folder_is_never_linked(tmp_path: Path):
    """An edition file is data: a src that climbs out of its folder, or is absolute,
    names a file that is not the edition's, even when one is there."""
    editions, notes = tmp_path / "editions", tmp_path / "notes"
    editions.mkdir()
    notes.mkdir()
    (tmp_path / "secret.png").write_bytes(b"\x89PNG")
    for src in ("../secret.png", str(tmp_path / "secret.png")):
        photo = Block(kind="photo", text="", image=Image(src=src, width=10, height=10))
        article = Article(id="p1-1", headline=Text(text="제목"), body=[photo])
        text = write_markdown(article, notes, edition_folder=editions).read_text("utf-8")
        assert "secret" not in text and "[Photo 10×10]" in text
