"""The bad-PDF corpus is what it claims, and the ingest refuses each case in one line.

The acceptance tests run the real command: exit 2, one line on stderr naming the file
and saying why, nothing written; the letters, no newspaper, still ingest.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from reader.cli import main
from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.badpdfs import LETTER, PASSWORD, BadPdf, write_corpus

NAMES = [
    "encrypted",
    "scan",
    "private-use",
    "control",
    "replacement",
    "no-tounicode",
    "garbled",
    "truncated-10",
    "truncated-50",
    "truncated-90",
    "truncated-99",
    "garbage",
    "damaged",
    "not-a-pdf",
    "empty",
    "zero-pages",
    "letter",
    "letter-latin",
    "letter-icons",
]
UNREADABLE_FONTS = "its fonts map glyphs to control or private-use"
# What the one line says, in broadsheet's words.
SAYS = {
    "encrypted": "needs a password",
    "scan": "no text layer: a scan? run OCR on it first",
    "private-use": UNREADABLE_FONTS,
    "control": UNREADABLE_FONTS,
    "replacement": UNREADABLE_FONTS,
    "no-tounicode": UNREADABLE_FONTS,
    "garbled": "page 1: " + UNREADABLE_FONTS,
    **{f"truncated-{pct}": "truncated or damaged PDF" for pct in (10, 50, 90, 99)},
    "garbage": "truncated or damaged PDF",
    "damaged": "damaged PDF: its structure cannot be read",
    "not-a-pdf": "not a PDF (no %PDF header)",
    "empty": "not a PDF (no %PDF header)",
    "zero-pages": "the PDF has no pages",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, BadPdf]:
    cases = write_corpus(tmp_path_factory.mktemp("badpdfs"))
    return {c.name: c for c in cases}


def corpus_reads(name: str) -> bool:
    """The cases that are no newspaper but ingest."""
    return name.startswith("letter")


def _text(doc: pdfium.PdfDocument) -> str:
    return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_the_corpus_has_every_case(corpus) -> None:
    assert sorted(corpus) == sorted(NAMES)
    assert all(c.reason for c in corpus.values())


def test_encrypted_opens_only_with_its_password(corpus) -> None:
    path = corpus["encrypted"].path
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path)
    doc = pdfium.PdfDocument(path, password=PASSWORD)
    assert "한빛일보" in _text(doc)


def test_scan_is_a_picture_without_text(corpus) -> None:
    doc = pdfium.PdfDocument(corpus["scan"].path)
    page = doc[0]
    assert page.get_textpage().count_chars() == 0
    assert len(list(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]))) == 1


@pytest.mark.parametrize(
    ("name", "category", "share"),
    [
        ("private-use", "Co", 3),
        ("control", "Cc", 3),
        ("replacement", "So", 3),
        # Without ToUnicode the subset's codes read as Latin-1: letters, with controls
        # among them where the codes are low.
        ("no-tounicode", "Cc", 20),
        ("garbled", "Co", 3),
    ],
)
def test_fonts_decode_to_no_letters(corpus, name: str, category: str, share: int) -> None:
    text = _text(pdfium.PdfDocument(corpus[name].path))
    glyphs = [ch for ch in text if not ch.isspace()]
    assert glyphs
    hangul = [ch for ch in glyphs if "가" <= ch <= "힣"]
    assert hangul == []  # the pages are Korean: no Korean letter survives
    odd = [ch for ch in glyphs if unicodedata.category(ch) == category]
    assert len(odd) > len(glyphs) // share


def test_truncated_files_are_prefixes_of_a_readable_pdf(corpus) -> None:
    whole = max((corpus[n].path.read_bytes() for n in NAMES if n.startswith("truncated")), key=len)
    for name in (n for n in NAMES if n.startswith("truncated")):
        data = corpus[name].path.read_bytes()
        assert data.startswith(b"%PDF") and b"%%EOF" not in data and whole.startswith(data)


def test_garbage_empty_and_zero_pages(corpus) -> None:
    garbage = corpus["garbage"].path.read_bytes()
    assert garbage.startswith(b"%PDF-") and b"obj" not in garbage[:64]
    assert corpus["empty"].path.read_bytes() == b""
    zero = corpus["zero-pages"].path.read_bytes()
    assert b"/Count 0" in zero and zero.rstrip().endswith(b"%%EOF")
    damaged = corpus["damaged"].path.read_bytes()
    assert damaged.startswith(b"%PDF-") and damaged.endswith(b"%%EOF\n") and b"obj" not in damaged
    assert not corpus["not-a-pdf"].path.read_bytes().startswith(b"%PDF")


def test_the_letter_is_one_column_of_korean_text(corpus) -> None:
    doc = pdfium.PdfDocument(corpus["letter"].path)
    assert len(doc) == 1
    text = _text(doc)
    assert text.startswith("주민 여러분께 드리는 글")


@pytest.mark.parametrize("name", [n for n in NAMES if not corpus_reads(n)])
def test_ingest_refuses_a_bad_pdf_in_one_line(corpus, tmp_path, capsys, name: str) -> None:
    case = corpus[name]
    out = tmp_path / "out"
    assert main(["ingest", str(case.path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"broadsheet: {case.path}: ")
    assert SAYS.get(name, "") in err[0]
    assert "Traceback" not in captured.err
    assert not out.exists() or list(out.rglob("*")) == []


def test_an_empty_document_saved_by_pdfium_itself_is_said_to_have_no_pages(
    tmp_path, capsys
) -> None:
    # PDFium's own writer puts /Count before /Type and fails to load it without an error
    # code: the reader is still told what is wrong.
    path = tmp_path / "blank.pdf"
    pdfium.PdfDocument.new().save(str(path))
    assert main(["ingest", str(path), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip() == f"broadsheet: {path}: the PDF has no pages"


def test_ingest_reads_a_pdf_that_is_no_newspaper(corpus, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["ingest", str(corpus["letter"].path), "-o", str(out)]) == 0
    [edition_file] = out.glob("*.json")
    assert "주민 여러분께 드리는 글" in edition_file.read_text(encoding="utf-8")


def test_a_latin_letter_is_one_article_of_its_text(corpus) -> None:
    done = ingest_pdf(corpus["letter-latin"].path)
    items = [it for _, it in done.edition.items()]
    assert len(items) == 1 and isinstance(items[0], Article)
    assert " ".join(b.text for b in items[0].body) == " ".join(LETTER)
    assert done.edition.masthead is None
    assert done.edition.source.encoding == "pdf"


def test_a_folder_with_a_bad_pdf_writes_nothing(corpus, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(corpus["letter-latin"].path, folder / "p1.pdf")
    shutil.copy(corpus["truncated-50"].path, folder / "p2.pdf")
    out = tmp_path / "editions"
    assert main(["ingest", str(folder), "-o", str(out)]) == 2
    assert f"{folder / 'p2.pdf'}: truncated" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_a_few_icons_and_bidi_controls_on_a_short_page_are_read_as_text(corpus) -> None:
    done = ingest_pdf(corpus["letter-icons"].path)
    text = " ".join(b.text for _, it in done.edition.items() for b in it.body)
    assert text.startswith("Dear reader\ue02c \u200ehis is a letter\ue02c not a newspaper\ue03a")
    assert text.endswith("without a traceback\u202b")


def test_an_empty_page_tree_is_read_within_one_dictionary(tmp_path) -> None:
    from reader.pdf.document import _no_pages

    tree = tmp_path / "tree.pdf"
    tree.write_bytes(b"%PDF-1.4\n2 0 obj\n<< /Count 0 /Kids [] /Type /Pages >>\nendobj\n%%EOF\n")
    assert _no_pages(tree)
    # A damaged file of '/Count 0' over and over, no '>': the keys are no page tree's
    # when a dictionary could not hold them both (and each is not read to the file's end).
    apart = tmp_path / "apart.pdf"
    stream = bytes(range(32, 62)) * 40  # a stream's bytes between them, no '>' (0x3e)
    apart.write_bytes(b"%PDF-1.4\n" + b"/Count 0 " * 2000 + stream + b"/Type /Pages\n%%EOF\n")
    assert not _no_pages(apart)
