"""Signs that PDFium repaired a damaged file as it read it, which it does without a word:
a cross-reference table rebuilt from the objects it could find, a compressed stream
(page content, a font) whose data does not inflate. Such a file still ingests, as its
text may be sound; the ingest warns that what it read may differ from what was printed.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.i18n import _, ngettext

# A stream's start: the end of its dictionary, the keyword, its end of line.
_STREAM = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_DICT_BACK = 4096  # bytes before a stream searched for the start of its dictionary
_FLATE_FIRST = re.compile(rb"/Filter\s*(?:\[\s*)?/FlateDecode\b")
_CHUNK = 1 << 16


def damage(path: Path, doc: pdfium.PdfDocument) -> str | None:
    """Why the file read may not be the file written (one line), or None."""
    if not raw.FPDF_DocumentHasValidCrossReferenceTable(doc.raw):
        return _("damaged PDF, repaired on reading (its cross-reference table was rebuilt): "
                 "check the edition against the paper")  # fmt: skip
    # Encrypted streams do not inflate until decrypted: nothing to judge from their bytes.
    if raw.FPDF_GetSecurityHandlerRevision(doc.raw) != -1:
        return None
    bad = _bad_streams(path)
    if bad:
        reason = ngettext(
            "damaged PDF: {count} of its compressed streams (page content, fonts) does not "
            "decompress, so text may be missing or wrong: check the edition against the paper",
            "damaged PDF: {count} of its compressed streams (page content, fonts) do not "
            "decompress, so text may be missing or wrong: check the edition against the paper",
            bad,
        )
        return reason.format(count=bad)
    return None


def _bad_streams(path: Path) -> int:
    """How many Flate streams of the file fail to inflate (a bad code or checksum)."""
    try:
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return sum(_broken(data, m) for m in _STREAM.finditer(data))
    except (OSError, ValueError):  # unreadable or empty: check_file has said why
        return 0


def _broken(data: mmap.mmap, m: re.Match[bytes]) -> bool:
    head = data[max(0, m.start() - _DICT_BACK) : m.start()]
    head = head[head.rfind(b"obj") + 1 :] if b"obj" in head else head
    if not _FLATE_FIRST.search(head):
        return False
    at = m.end()
    header = data[at : at + 2]
    if len(header) < 2 or header[0] & 0x0F != 8 or (header[0] << 8 | header[1]) % 31:
        return True  # no zlib header: not the Flate data its filter names
    # The deflate data alone (wbits -15): the Adler-32 after it is not read, as some
    # producers leave it off and PDFium reads such a stream whole.
    inflate = zlib.decompressobj(-15)
    at += 2
    try:
        while not inflate.eof and at < len(data):
            inflate.decompress(data[at : at + _CHUNK], _CHUNK)
            # Output beyond the limit is dropped unread: only the data's soundness counts.
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, _CHUNK)
            at += _CHUNK
    except zlib.error:
        return True
    return False
