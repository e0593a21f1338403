"""`broadsheet ingest` over an edition file already there: an edition of as many pages or
more replaces it and says so; one of fewer pages, or a file that is no edition, takes
--replace, and is refused as soon as the front page names the edition, before the other
pages are read; photos only the old edition used go once the new one is written; a
symlinked edition file is written through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.ingest
from reader import store
from reader.cli import main
from reader.pdf import document
from tests.hostile.corpus import seed_text
from tests.pdfgen import generate_pdf_edition

NAME = "광남일보-2026-02-04.json"


def test_fewer_pages_do_not_replace_an_edition_without_replace(tmp_path, capsys, pages):
    two, one = pages
    out = tmp_path / "out"
    assert main(["ingest", str(two), "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out / NAME}: 2 pages")
    before = (out / NAME).read_bytes()
    assert main(["ingest", str(one), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"broadsheet: {out / NAME}: holds this edition with 2 pages, the source gives 1 page: "
        "to replace it, ingest again with --replace\n"
    )
    assert captured.out == ""
    assert (out / NAME).read_bytes() == before
    assert main(["ingest", str(one), "-o", str(out), "--replace"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"replaced {out / NAME} (it had 2 pages): 1 page,")
    assert len(store.load(out / NAME).pages) == 1


def test_as_many_pages_replace_and_say_so(tmp_path, capsys, pages):
    two, one = pages
    out = tmp_path / "out"
    assert main(["ingest", str(one), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["ingest", str(one), "-o", str(out)]) == 0  # a corrected e-edition, again
    assert capsys.readouterr().out.startswith(f"replaced {out / NAME} (it had 1 page): 1 page,")
    assert main(["ingest", str(two), "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"replaced {out / NAME} (it had 1 page): 2 pages,")


def test_a_file_that_is_no_edition_is_not_written_over(tmp_path, capsys, pages):
    _two, one = pages
    out = tmp_path / "out"
    out.mkdir()
    newer = {"schema": 99, "id": "광남일보-2026-02-04"}  # a newer broadsheet's file
    (out / NAME).write_text(json.dumps(newer), encoding="utf-8")
    assert main(["ingest", str(one), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"broadsheet: {out / NAME}: exists but is not an edition")
    assert err.endswith("to write over it, ingest again with --replace\n")
    assert json.loads((out / NAME).read_text(encoding="utf-8")) == newer
    assert main(["ingest", str(one), "-o", str(out), "--replace"]) == 0
    assert store.load(out / NAME).id == "광남일보-2026-02-04"


def test_photos_only_the_replaced_edition_used_are_removed(tmp_path, capsys):
    three, one = tmp_path / "g.pdf", tmp_path / "g1.pdf"
    generate_pdf_edition(three, 3, 3)
    generate_pdf_edition(one, 3, 1)
    out = tmp_path / "out"
    assert main(["ingest", str(three), "-o", str(out)]) == 0
    (edition_file,) = store.find_editions(out)
    old = {p.name for p in (out / edition_file.stem).iterdir()}
    assert main(["ingest", str(one), "-o", str(out), "--replace"]) == 0
    capsys.readouterr()
    new = store.load(edition_file)
    srcs = {
        b.image.src
        for _page, item in new.items()
        for b in [*getattr(item, "body", []), *getattr(item, "blocks", [])]
        if getattr(b, "image", None) is not None
    }
    kept = {p.name for p in (out / edition_file.stem).iterdir()}
    assert kept == {Path(s).name for s in srcs}  # every photo referred to, no other
    assert old - kept  # the 3-page edition's later pages had photos of their own


def test_a_symlinked_edition_is_written_through(tmp_path, capsys, pages):
    two, one = pages
    arch, out = tmp_path / "arch", tmp_path / "out"
    assert main(["ingest", str(one), "-o", str(arch)]) == 0
    capsys.readouterr()
    real = arch / "real.json"
    (arch / NAME).rename(real)
    real.chmod(0o640)
    out.mkdir()
    (out / NAME).symlink_to(Path("..") / "arch" / "real.json")
    assert main(["ingest", str(two), "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"replaced {out / NAME} (it had 1 page): 2 pages")
    assert (out / NAME).is_symlink()
    assert len(store.load(real).pages) == 2
    assert real.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in arch.iterdir()] == ["real.json"]  # no temp file left


def test_a_failed_replace_keeps_the_photos_the_old_edition_uses(tmp_path, capsys, fill_disk):
    pdf = tmp_path / "g.pdf"
    generate_pdf_edition(pdf, 3, 3)
    out = tmp_path / "out"
    assert main(["ingest", str(pdf), "-o", str(out)]) == 0
    (edition_file,) = store.find_editions(out)
    photos = sorted((out / edition_file.stem).iterdir())
    before = edition_file.read_bytes()
    fill_disk()
    assert main(["ingest", str(pdf), "-o", str(out)]) == 2
    assert capsys.readouterr().err.endswith("cannot write (No space left on device)\n")
    assert edition_file.read_bytes() == before
    assert sorted((out / edition_file.stem).iterdir()) == photos  # each still there


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _refusal(target: Path, old: int, new: int) -> str:
    return (
        f"broadsheet: {target}: holds this edition with {old} pages, the source gives "
        f"{new} pages: to replace it, ingest again with --replace\n"
    )


@pytest.fixture
def laid_out(monkeypatch) -> list[int]:
    """The page indexes the PDF ingest lays out from now on (in this process: the PDFs
    here have fewer pages than take workers)."""
    laid: list[int] = []
    real = document._layout

    def counted(task: document.Task):
        laid.append(task[1])
        return real(task)

    monkeypatch.setattr(document, "_layout", counted)
    return laid


def test_a_pdf_of_fewer_pages_is_refused_before_its_other_pages_are_laid_out(
    tmp_path, capsys, laid_out
):
    three, two = tmp_path / "g.pdf", tmp_path / "g2.pdf"
    generate_pdf_edition(three, 3, 3)
    generate_pdf_edition(two, 3, 2)
    out = tmp_path / "out"
    assert main(["ingest", str(three), "-o", str(out)]) == 0
    (edition_file,) = store.find_editions(out)
    capsys.readouterr()
    before = _files(out)
    laid_out.clear()
    assert main(["ingest", str(two), "-o", str(out)]) == 2
    assert capsys.readouterr() == ("", _refusal(edition_file, 3, 2))
    assert laid_out == [0]  # the front page alone: its masthead names the edition
    assert _files(out) == before
    assert main(["ingest", str(two), "-o", str(out), "--replace"]) == 0
    assert laid_out == [0, 0, 1]
    assert len(store.load(edition_file).pages) == 2


def test_page_text_of_fewer_pages_is_refused_after_its_front_page_alone(
    tmp_path, capsys, monkeypatch
):
    three, two, out = tmp_path / "three.txt", tmp_path / "two.txt", tmp_path / "out"
    three.write_text("\f".join([seed_text()] * 3), encoding="utf-8")
    two.write_text("\f".join([seed_text()] * 2), encoding="utf-8")
    assert main(["ingest", str(three), "-o", str(out)]) == 0
    capsys.readouterr()
    before = _files(out)
    read: list[int] = []
    real = reader.ingest.text_page

    def counted(pt, *args, **kwargs):
        read.append(pt.number)
        return real(pt, *args, **kwargs)

    monkeypatch.setattr(reader.ingest, "text_page", counted)
    assert main(["ingest", str(two), "-o", str(out)]) == 2
    assert capsys.readouterr() == ("", _refusal(out / NAME, 3, 2))
    assert read == [1]
    assert _files(out) == before


def test_a_folder_whose_front_page_is_text_is_refused_before_any_pdf_page_is_laid_out(
    tmp_path, capsys, laid_out
):
    three, out = tmp_path / "three.txt", tmp_path / "out"
    three.write_text("\f".join([seed_text()] * 3), encoding="utf-8")
    assert main(["ingest", str(three), "-o", str(out)]) == 0
    capsys.readouterr()
    before = _files(out)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p1.txt").write_text(seed_text(), encoding="utf-8")
    generate_pdf_edition(folder / "p2.pdf", 3, 1)
    laid_out.clear()
    assert main(["ingest", str(folder), "-o", str(out)]) == 2
    assert capsys.readouterr() == ("", _refusal(out / NAME, 3, 2))
    assert laid_out == []
    assert _files(out) == before
