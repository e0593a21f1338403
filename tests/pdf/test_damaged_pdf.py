"""A PDF that PDFium repairs as it reads it (a rebuilt cross-reference table, a page's
compressed content that does not inflate) still ingests, with one warning line naming the
file, kept in the edition's warnings; a sound PDF has none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from tests.pdfgen import generate_pdf_edition

XREF = (
    "damaged PDF, repaired on reading (its cross-reference table was rebuilt): "
    "check the edition against the paper"
)


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("damaged") / "g.pdf"
    generate_pdf_edition(path, 3, 3)
    return path.read_bytes()


def _flipped_stream(pdf: bytes) -> bytes:
    """Bytes in the middle of the first compressed stream flipped, as a bad disk would."""
    m = re.search(rb"/FlateDecode[^>]*>>\s*stream\r?\n", pdf)
    assert m is not None
    out = bytearray(pdf)
    for i in range(m.end() + 40, m.end() + 60):
        out[i] ^= 0x5A
    return bytes(out)


def _broken_xref(pdf: bytes) -> bytes:
    """The startxref offset pointing at the wrong place (same length: nothing else moves)."""
    m = re.search(rb"startxref\s+(\d+)", pdf)
    assert m is not None
    wrong = str(int(m.group(1)) // 2).rjust(len(m.group(1)), "0").encode()
    return pdf[: m.start(1)] + wrong + pdf[m.end(1) :]


def _ingest(tmp_path: Path, capsys, data: bytes) -> tuple[int, str, str, Path]:
    src = tmp_path / "paper.pdf"
    src.write_bytes(data)
    code = main(["ingest", str(src), "-o", str(tmp_path / "out")])
    out = capsys.readouterr()
    return code, out.out, out.err, src


def test_a_sound_pdf_has_no_warning(tmp_path, capsys, sound):
    code, _out, err, _src = _ingest(tmp_path, capsys, sound)
    assert (code, err) == (0, "")


def test_a_rebuilt_cross_reference_table_is_said(tmp_path, capsys, sound):
    code, out, err, src = _ingest(tmp_path, capsys, _broken_xref(sound))
    assert code == 0 and out.startswith("wrote ")
    assert err == f"broadsheet: {src}: warning: {XREF}\n"
    (edition,) = store.find_editions(tmp_path / "out")
    assert store.load(edition).warnings == [XREF]


def test_a_stream_that_does_not_inflate_is_said(tmp_path, capsys, sound):
    code, out, err, src = _ingest(tmp_path, capsys, _flipped_stream(sound))
    assert code == 0 and out.startswith("wrote ")
    assert err == (
        f"broadsheet: {src}: warning: damaged PDF: 1 of its compressed streams (page content, "
        "fonts) does not decompress, so text may be missing or wrong: check the edition "
        "against the paper\n"
    )


def test_a_page_in_a_folder_is_named_on_the_warnings_one_line(tmp_path, capsys, sound):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p\n1.pdf").write_bytes(_broken_xref(sound))
    assert main(["ingest", str(folder), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err == f"broadsheet: {folder}: warning: p\u240a1.pdf: {XREF}\n"


def _without_checksums(pdf: bytes) -> bytes:
    """Each compressed stream's Adler-32 trailer left off, its /Length true and every
    object where it was (the four bytes become blanks after the data): some producers
    write raw zlib data so, and PDFium reads every letter of it."""
    import zlib

    out, at = bytearray(), 0
    head = re.compile(rb"<<[^<>]*/FlateDecode[^<>]*>>\s*stream\r?\n")
    for m in head.finditer(pdf):
        length = re.search(rb"/Length\s+(\d+)", m.group(0))
        assert length is not None
        end = m.end() + int(length.group(1))
        data = zlib.compress(zlib.decompress(pdf[m.end() : end]))[:-4]
        digits = str(len(data)).encode().ljust(len(length.group(1)))
        dictionary = m.group(0).replace(length.group(0), b"/Length " + digits)
        out += pdf[at : m.start()] + dictionary + data + b" " * (end - m.end() - len(data))
        at = end
    return bytes(out + pdf[at:])


def test_a_stream_without_its_checksum_is_no_damage(tmp_path, capsys, sound):
    changed = _without_checksums(sound)
    assert changed != sound
    code, _out, err, _src = _ingest(tmp_path, capsys, changed)
    assert (code, err) == (0, "")


def _garbled_contents(pdf: bytes, pages: range) -> bytes:
    """The content streams of `pages` (0-based) made garbage that still inflates (a bad
    copy, or a writer's bug): PDFium reads them as empty pages, without an error. The
    same /Length, every object where it was."""
    import zlib

    out = bytearray(pdf)
    objects = [int(n) for n in re.findall(rb"/Contents (\d+) 0 R", pdf)]
    for n in (objects[i] for i in pages):
        m = re.search(rb"\n%d 0 obj\s*<<[^>]*/Length (\d+)[^>]*>>\s*stream\r?\n" % n, pdf)
        assert m is not None
        size = int(m.group(1))
        garbage = zlib.compress(bytes(range(128, 256)) * 4)
        assert len(garbage) <= size
        out[m.end() : m.end() + size] = garbage + b" " * (size - len(garbage))
    return bytes(out)


def test_pages_whose_content_reads_empty_are_named_in_one_warning(tmp_path, capsys, sound):
    code, out, err, src = _ingest(tmp_path, capsys, _garbled_contents(sound, range(1, 3)))
    assert code == 0 and out.startswith("wrote ")
    assert err == (
        f"broadsheet: {src}: warning: pages 2-3: nothing could be read from them (their "
        "content is damaged, or they are blank): check the edition against the paper\n"
    )
