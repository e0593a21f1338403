"""A PDF replaced or rewritten while it is ingested: the edition is of one file or none.

PDFium reads a document lazily and the ingest opens it again every few pages, so a
file moved over the paper mid-ingest used to give pages of both, without a word."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.pdf import document
from reader.pdf.parts import PageLayout
from tests.pdfgen import generate_pdf_edition

CHANGED = "the PDF changed while it was read: ingest it again"


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> tuple[bytes, bytes]:
    """Two different four-page papers."""
    folder = tmp_path_factory.mktemp("replaced")
    generate_pdf_edition(folder / "a.pdf", 3, 4)
    generate_pdf_edition(folder / "b.pdf", 8, 4)
    return (folder / "a.pdf").read_bytes(), (folder / "b.pdf").read_bytes()


def _swapped_after_page(monkeypatch, at: int, src: Path, other: Path) -> None:
    """The paper moved over by another once page `at` is laid out (`mv b.pdf a.pdf`)."""
    monkeypatch.setattr(document, "_REOPEN", 1)  # reopened after every page
    real = document._layout

    def then_swapped(task: document.Task) -> PageLayout:
        layout = real(task)
        if task[1] == at:
            os.replace(other, src)
        return layout

    monkeypatch.setattr(document, "_layout", then_swapped)


def test_a_pdf_moved_over_mid_ingest_is_refused_and_nothing_written(
    tmp_path, capsys, monkeypatch, papers
):
    src, other = tmp_path / "paper.pdf", tmp_path / "other.pdf"
    src.write_bytes(papers[0])
    other.write_bytes(papers[1])
    _swapped_after_page(monkeypatch, 1, src, other)
    code = main(["ingest", str(src), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().endswith(CHANGED) and err.count("\n") == 1
    assert not list((tmp_path / "out").glob("*.json"))


def test_a_pdf_rewritten_in_place_after_its_last_page_is_refused(tmp_path, papers):
    src = tmp_path / "paper.pdf"
    src.write_bytes(papers[0])
    pages, _repaired, _wide = document.check_file(src)
    tasks = [(str(src), i, 0, False, i == 0) for i in range(pages)]

    done: list[PageLayout] = []

    def rewritten(layout: PageLayout) -> None:
        done.append(layout)
        if len(done) == pages:  # `cp b.pdf paper.pdf` as the last page is read
            src.write_bytes(papers[1])

    with pytest.raises(document.PdfError) as e:
        document.lay_out(tasks, each=rewritten)
    assert e.value.reason == CHANGED


def test_a_pdf_left_alone_is_read_whole(tmp_path, papers):
    src = tmp_path / "paper.pdf"
    src.write_bytes(papers[0])
    pages, _repaired, _wide = document.check_file(src)
    tasks = [(str(src), i, 0, False, i == 0) for i in range(pages)]
    assert len(document.lay_out(tasks)) == pages == 4


def _after_page(src: Path, at: int, change) -> list[PageLayout]:
    """The paper read with `change` made to its file once page `at` is laid out."""
    pages, _repaired, _wide = document.check_file(src)
    tasks = [(str(src), i, 0, False, i == 0) for i in range(pages)]
    done: list[PageLayout] = []

    def then(layout: PageLayout) -> None:
        done.append(layout)
        if len(done) == at:
            change()

    return document.lay_out(tasks, each=then)


def test_a_pdf_only_touched_mid_ingest_is_read_whole(tmp_path, papers, monkeypatch):
    monkeypatch.setattr(document, "_REOPEN", 1)  # reopened, and checked, after every page
    src = tmp_path / "paper.pdf"
    src.write_bytes(papers[0])
    later = src.stat().st_mtime + 60  # a backup tool's or `touch`'s new time, bytes kept
    assert len(_after_page(src, 2, lambda: os.utime(src, (later, later)))) == 4


def test_a_pdf_rewritten_to_the_same_size_mid_ingest_is_refused(tmp_path, papers, monkeypatch):
    monkeypatch.setattr(document, "_REOPEN", 1)
    src = tmp_path / "paper.pdf"
    src.write_bytes(papers[0])
    version = papers[0].index(b"%PDF-1.") + 7
    other = papers[0][:version] + b"9" + papers[0][version + 1 :]  # same size, other bytes
    with pytest.raises(document.PdfError) as e:
        _after_page(src, 2, lambda: src.write_bytes(other))
    assert e.value.reason == CHANGED
