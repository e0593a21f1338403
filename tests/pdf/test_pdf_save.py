"""save_pdf over an edition already there: until the new edition file is in place, the
old one and every photo it uses stay byte for byte as they were, whichever write fails;
the photos a killed run left are removed by the next ingest of that edition."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from reader.pdf import Assembled, ingest_pdf, save_pdf
from reader.replacing import photo_srcs
from tests.pdfgen import generate_pdf_edition

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> tuple[Path, Path]:
    """One day's paper as 7 pages, and as 8: the same edition id, and the photos of
    pages 6 and 7 differ where they share a place (p6-photo1, p7-photo1)."""
    root = tmp_path_factory.mktemp("papers")
    seven, eight = root / "g7.pdf", root / "g8.pdf"
    generate_pdf_edition(seven, 0, 7)
    generate_pdf_edition(eight, 0, 8)
    return seven, eight


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _ingested(pdf: Path, out: Path) -> Path:
    assert main(["ingest", str(pdf), "-o", str(out)]) == 0
    (edition_file,) = store.find_editions(out)
    return edition_file


def _differing(old: Assembled, new: Assembled) -> list[str]:
    """The page places (`p6-photo1`) whose photo differs between two ingests."""
    place = lambda src: re.search(r"p[0-9]+-photo[0-9]+", src)[0]  # noqa: E731
    olds = {place(s): d for s, d in old.photos.items()}
    return [place(s) for s, d in new.photos.items() if place(s) in olds and olds[place(s)] != d]


def _assert_old_edition_intact(out: Path, before: dict[str, bytes]) -> None:
    after = _files(out)
    assert {name: after.get(name) for name in before} == before  # each byte as it was
    (edition_file,) = store.find_editions(out)
    for src in photo_srcs(store.load(edition_file)):
        assert (out / src).is_file()
    assert set(after) == set(before)  # no photo of the failed run left


@pytest.mark.parametrize("fails", ["the edition file", "the last photo"])
def test_a_save_failing_part_way_leaves_the_old_edition_as_it_was(
    papers, tmp_path, monkeypatch, fails
):
    seven, eight = papers
    out = tmp_path / "out"
    _ingested(seven, out)
    before = _files(out)
    done = ingest_pdf(eight, pictures=True)
    assert _differing(ingest_pdf(seven, pictures=True), done) == ["p6-photo1", "p7-photo1"]
    last = out / list(done.photos)[-1]
    write = store.atomic_write

    def full_disk(path, data):
        failing = path == last if fails == "the last photo" else str(path).endswith(".json")
        if failing:
            raise OSError(28, "No space left on device")
        write(path, data)

    monkeypatch.setattr(store, "atomic_write", full_disk)
    with pytest.raises(Exception, match="No space left on device"):
        save_pdf(done, out)
    _assert_old_edition_intact(out, before)


def _limit_file_size() -> None:
    size = 64 * 1024  # under the 8-page edition file, over each photo
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def test_an_ingest_over_the_file_size_limit_leaves_the_old_edition_as_it_was(papers, tmp_path):
    seven, eight = papers
    out = tmp_path / "out"
    _ingested(seven, out)
    before = _files(out)
    run = subprocess.run(
        [sys.executable, "-m", "reader", "ingest", str(eight), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=_limit_file_size,
        timeout=300,
    )
    assert run.returncode == 2
    assert run.stderr.endswith("cannot write (File too large)\n")
    _assert_old_edition_intact(out, before)


def test_the_photos_a_killed_run_left_go_with_the_next_ingest(papers, tmp_path):
    seven, eight = papers
    out = tmp_path / "out"
    edition_file = _ingested(seven, out)
    folder = out / edition_file.stem
    (folder / "notes.txt").write_text("mine", encoding="utf-8")  # no photo: not ingest's
    # What a run killed between its photos and its edition file leaves: the photos, and
    # a temp file of a writer that died before its rename.
    for src, data in ingest_pdf(eight, pictures=True).photos.items():
        (out / src).write_bytes(data)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = folder / f".p8-photo1-0123456789ab.jpg.{gone.stdout.strip()}.5e3a9c.tmp"
    dead.write_bytes(b"\xff\xd8 half a photo")
    left = set(os.listdir(folder))
    assert main(["ingest", str(seven), "-o", str(out)]) == 0
    srcs = photo_srcs(store.load(edition_file))
    assert set(os.listdir(folder)) == {Path(s).name for s in srcs} | {"notes.txt"}
    assert left - set(os.listdir(folder))  # (there were leftovers to remove)


def test_an_edition_of_names_without_hash_is_read_and_replaced(papers, tmp_path, capsys):
    seven, _ = papers
    out = tmp_path / "out"
    edition_file = _ingested(seven, out)
    # As an older broadsheet wrote it: p1-photo1.jpg, without the hash of its bytes.
    text = edition_file.read_text(encoding="utf-8")
    for src in photo_srcs(store.load(edition_file)):
        old = src.rsplit("-", 1)[0] + Path(src).suffix
        (out / src).rename(out / old)
        text = text.replace(f'"{src}"', f'"{old}"')
    edition_file.write_text(text, encoding="utf-8")
    olds = photo_srcs(store.load(edition_file))
    assert all((out / s).is_file() for s in olds)
    assert main(["show", str(edition_file), "--ids"]) == 0
    assert main(["ingest", str(seven), "-o", str(out)]) == 0
    *_, said, _how_to_read = capsys.readouterr().out.splitlines()
    assert said.startswith(f"replaced {edition_file}")
    srcs = photo_srcs(store.load(edition_file))
    assert srcs.isdisjoint(olds)
    assert set(os.listdir(out / edition_file.stem)) == {Path(s).name for s in srcs}
