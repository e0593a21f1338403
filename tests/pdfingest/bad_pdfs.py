"""PDFs broadsheet must refuse (or read without a traceback), made on the spot."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from reportlab.pdfgen import canvas

from tests.pdfingest.paper import LATIN, jpeg, register_fonts

LETTER = [
    "Dear reader,",
    "This is a letter, not a newspaper: one column, no headline, no masthead.",
    "It still ingests without a traceback.",
]


def letter(path: Path, encrypt: str | None = None) -> Path:
    """A one-page letter in Vera, embedded as a TrueType subset with a ToUnicode map."""
    register_fonts()
    c = canvas.Canvas(str(path), encrypt=encrypt)
    c.setFont(LATIN, 11)
    for i, line in enumerate(LETTER):
        c.drawString(72, 720 - 16 * i, line)
    c.save()
    return path


def scan(path: Path) -> Path:
    """A page that is only a picture: what a scanner makes."""
    c = canvas.Canvas(str(path))
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(BytesIO(jpeg(200, 280))), 40, 40, 500, 700)
    c.save()
    return path


def garbled(path: Path) -> Path:
    """The letter with its ToUnicode map sending every glyph to the private use area,
    as a font without a usable map decodes."""
    data = letter(path).read_bytes()
    m = re.search(rb"/ToUnicode (\d+) 0 R", data)
    assert m is not None
    obj = m.group(1)
    found = re.search(rb"\n" + obj + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S)
    assert found is not None
    cmap = zlib.decompress(found.group(2))
    cmap = re.sub(rb"<([0-9A-F]{2})> <[0-9A-F]{4}>", rb"<\1> <E0\1>", cmap)
    body = zlib.compress(cmap)
    head = re.sub(rb"/Length \d+", b"/Length %d" % len(body), found.group(1))
    new = b"\n" + obj + b" 0 obj\n<<" + head + b">>\nstream\n" + body + b"\nendstream"
    # The offsets in the xref table move: PDF readers rebuild it, as they do for
    # many PDFs in the wild.
    path.write_bytes(data[: found.start()] + new + data[found.end() :])
    return path


def truncated(path: Path) -> Path:
    data = letter(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def damaged(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    return path


def not_a_pdf(path: Path) -> Path:
    path.write_text("광주 인공지능 산업은 …\n", encoding="utf-8")
    return path
