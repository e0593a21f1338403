"""`broadsheet ingest` into an output folder where links lead elsewhere: a symlinked
edition file gets its photos beside the file it names; a photo folder that is a symlink
is never cleaned (another edition file may name its photos)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from reader.replacing import photo_srcs
from tests.pdfgen import generate_pdf_edition


@pytest.fixture
def pdfs(tmp_path) -> tuple[Path, Path]:
    """One paper's day as three pages, and as its front page alone."""
    three, one = tmp_path / "g3.pdf", tmp_path / "g1.pdf"
    generate_pdf_edition(three, 3, 3)
    generate_pdf_edition(one, 3, 1)
    return three, one


def _missing_photos(edition_file: Path) -> set[str]:
    folder = store.real_file(edition_file).parent
    return {src for src in photo_srcs(store.load(edition_file)) if not (folder / src).is_file()}


def test_a_symlinked_photo_folder_keeps_the_photos_another_edition_names(tmp_path, capsys, pdfs):
    three, one = pdfs
    d1, d2 = tmp_path / "d1", tmp_path / "d2"
    assert main(["ingest", str(three), "-o", str(d1)]) == 0
    (edition_file,) = store.find_editions(d1)
    photos = {p.name: p.read_bytes() for p in (d1 / edition_file.stem).iterdir()}
    d2.mkdir()
    (d2 / edition_file.stem).symlink_to(Path("..") / "d1" / edition_file.stem)
    assert main(["ingest", str(one), "-o", str(d2), "--replace"]) == 0
    capsys.readouterr()
    assert {p.name: p.read_bytes() for p in (d1 / edition_file.stem).iterdir()} == photos
    assert _missing_photos(edition_file) == set()
    assert _missing_photos(d2 / edition_file.name) == set()


def test_a_symlinked_edition_file_gets_its_photos_beside_the_file_it_names(tmp_path, capsys, pdfs):
    three, one = pdfs
    d1, d2 = tmp_path / "d1", tmp_path / "d2"
    assert main(["ingest", str(one), "-o", str(d1)]) == 0
    capsys.readouterr()
    (edition_file,) = store.find_editions(d1)
    d2.mkdir()
    (d2 / edition_file.name).symlink_to(Path("..") / "d1" / edition_file.name)
    assert main(["ingest", str(three), "-o", str(d2)]) == 0
    said = capsys.readouterr().out.splitlines()[0]
    assert said.startswith(f"replaced {d2 / edition_file.name} (it had 1 page): 3 pages")
    assert len(store.load(edition_file).pages) == 3
    assert _missing_photos(edition_file) == set()
    assert sorted(p.name for p in d2.iterdir()) == [edition_file.name]  # the link alone
    assert (d2 / edition_file.name).is_symlink()
