"""Bad PDFs: one line naming the file and exit 2, nothing written; a PDF that is not a
newspaper still ingests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.cli import main
from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfingest import bad_pdfs

CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("encrypted", lambda p: bad_pdfs.letter(p, encrypt="secret"), "needs a password"),
    ("scan", bad_pdfs.scan, "no text layer: a scan? run OCR on it first"),
    ("garbled", bad_pdfs.garbled, "page 1: its fonts map glyphs to control or private-use"),
    ("truncated", bad_pdfs.truncated, "truncated or damaged PDF"),
    ("damaged", bad_pdfs.damaged, "damaged PDF: its structure cannot be read"),
    ("not-a-pdf", bad_pdfs.not_a_pdf, "not a PDF (no %PDF header)"),
]


@pytest.mark.parametrize(("name", "make", "reason"), CASES, ids=[c[0] for c in CASES])
def test_refused_with_one_line_and_nothing_written(
    name: str, make: Callable[[Path], Path], reason: str, tmp_path: Path, capsys
) -> None:
    pdf = make(tmp_path / f"{name}.pdf")
    out = tmp_path / "editions"
    assert main(["ingest", str(pdf), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines == [f"broadsheet: {pdf}: {lines[0].split(': ', 2)[2]}"]
    assert reason in lines[0]
    assert "Traceback" not in captured.err
    assert not out.exists() or not any(out.iterdir())


def test_a_letter_is_not_a_newspaper_but_ingests(tmp_path: Path) -> None:
    done = ingest_pdf(bad_pdfs.letter(tmp_path / "letter.pdf"))
    items = [it for _, it in done.edition.items()]
    assert len(items) == 1 and isinstance(items[0], Article)
    text = " ".join(b.text for b in items[0].body)
    assert text == " ".join(bad_pdfs.LETTER)
    assert done.edition.masthead is None
    assert done.edition.source.encoding == "pdf"


def test_a_folder_with_a_bad_pdf_writes_nothing(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    bad_pdfs.letter(folder / "p1.pdf")
    bad_pdfs.truncated(folder / "p2.pdf")
    out = tmp_path / "editions"
    assert main(["ingest", str(folder), "-o", str(out)]) == 2
    assert f"{folder / 'p2.pdf'}: truncated" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())
