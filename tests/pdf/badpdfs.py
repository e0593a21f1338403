"""PDFs a reader must refuse with one clear line, and one it must read though it is no
newspaper: made at test time from a small generated edition, nothing binary committed.

Each case says, in plain words, what a reader should be told; the ingest chooses the
wording. `write_corpus(folder)` writes them all and returns them.
"""

from __future__ import annotations

import io
import random
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.gen import generate_edition
from tests.pdf.paper import LATIN, register_fonts
from tests.pdfgen import PageLayout, layout_pages, masthead_lines
from tests.pdfgen.draw import write_pdf
from tests.pdfgen.fonts import faces
from tests.pdfgen.wrap import wrap

PASSWORD = "hanbit"
LETTER = [
    "Dear reader,",
    "This is a letter, not a newspaper: one column, no headline, no masthead.",
    "It still ingests without a traceback.",
]
"""The Latin letter's lines: it ingests as one article of this text."""


@dataclass(frozen=True, slots=True)
class BadPdf:
    name: str
    path: Path
    reason: str  # what the reader should be told
    refuse: bool = True  # False: not a newspaper, but it ingests


def _layouts(fonts: str) -> list[PageLayout]:
    gen = generate_edition(11, 2)
    return layout_pages(gen.truth, gen.text, masthead_lines(gen), 11, fonts=fonts, order="reading")


def _pdf(fonts: str = "ttf", **kw) -> bytes:
    buf = io.BytesIO()
    write_pdf(buf, _layouts(fonts), random.Random(0), **kw)
    return buf.getvalue()


def _remap(pdf: bytes, target) -> bytes:
    """Rewrite every ToUnicode map's targets in place (same length: offsets hold)."""

    def block(m: re.Match[bytes]) -> bytes:
        return re.sub(
            rb"<([0-9A-F]{2})> <[0-9A-F]{4}>",
            lambda c: b"<%s> <%04X>" % (c.group(1), target(int(c.group(1), 16))),
            m.group(0),
        )

    out = re.sub(rb"beginbfchar.*?endbfchar", block, pdf, flags=re.S)
    assert out != pdf
    return out


def _no_to_unicode(pdf: bytes) -> bytes:
    """Drop the fonts' ToUnicode entries: the text decodes through the subset's codes."""
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), pdf)


def _scan(pdf: bytes) -> bytes:
    """The first page as a picture only: what a scanner gives."""
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    w, h = page.get_size()
    img = page.render(scale=1.0).to_pil()
    doc.close()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(w, h), invariant=1)
    c.drawImage(ImageReader(img), 0, 0, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def _zero_pages() -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _letter() -> bytes:
    """A letter: a title, a date, one column of paragraphs. No masthead, no columns."""
    face = faces("ttf")
    gen = generate_edition(12, 1)
    body = [b.text for b in gen.truth.pages[0].items[0].body if b.kind in ("lead", "paragraph")]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont(face.sans, 18)
    c.drawString(72, 770, "주민 여러분께 드리는 글")
    c.setFont(face.body, 11)
    c.drawString(72, 745, "2026년 3월 2일 한빛마을 주민자치회")
    y = 715.0
    for para in body[:4]:
        for sl in wrap(para, face.body, 11, 451, 11):
            c.drawString(72 + (11 if sl.start == 0 else 0), y, para[sl.start : sl.end])
            y -= 17
        y -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def _latin_letter() -> bytes:
    """A one-page letter in Vera, embedded as a TrueType subset with a ToUnicode map."""
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont(LATIN, 11)
    for i, line in enumerate(LETTER):
        c.drawString(72, 720 - 16 * i, line)
    c.save()
    return buf.getvalue()


def _garbled(pdf: bytes) -> bytes:
    """The compressed ToUnicode map rewritten to send every glyph to the private use area,
    the cross-reference offsets left stale (readers rebuild them, as for many PDFs in the
    wild)."""
    return remapped(pdf, lambda code: b"E0" + code)


def remapped(pdf: bytes, to: Callable[[bytes], bytes | None]) -> bytes:
    """The first compressed ToUnicode map sending a glyph's code (two hex digits) to the
    character `to` gives (four hex digits; None keeps it), offsets left stale as above."""
    m = re.search(rb"/ToUnicode (\d+) 0 R", pdf)
    assert m is not None
    obj = m.group(1)
    found = re.search(rb"\n" + obj + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", pdf, re.S)
    assert found is not None

    def entry(c: re.Match[bytes]) -> bytes:
        new = to(c.group(1))
        return c.group(0) if new is None else b"<%s> <%s>" % (c.group(1), new)

    cmap = re.sub(rb"<([0-9A-F]{2})> <[0-9A-F]{4}>", entry, zlib.decompress(found.group(2)))
    body = zlib.compress(cmap)
    head = re.sub(rb"/Length \d+", b"/Length %d" % len(body), found.group(1))
    new = b"\n" + obj + b" 0 obj\n<<" + head + b">>\nstream\n" + body + b"\nendstream"
    return pdf[: found.start()] + new + pdf[found.end() :]


def write_corpus(folder: Path) -> list[BadPdf]:
    folder.mkdir(parents=True, exist_ok=True)
    good = _pdf()
    plain = _pdf(pageCompression=0)  # ToUnicode maps readable, to edit in place
    garbage = random.Random(5).randbytes(4096)
    cases = [
        (
            "encrypted",
            _pdf(encrypt=StandardEncryption(PASSWORD, canPrint=1)),
            "encrypted: it needs a password",
        ),
        ("scan", _scan(good), "no text layer (a scan?): it needs OCR first"),
        ("private-use", _remap(plain, lambda c: 0xE000 + c), "its fonts give no readable text"),
        (
            "control",  # C0 controls, never tab or line ends
            _remap(plain, lambda c: 0x0E + c % 18),
            "its fonts give no readable text",
        ),
        ("replacement", _remap(plain, lambda c: 0xFFFD), "its fonts give no readable text"),
        ("no-tounicode", _no_to_unicode(plain), "its fonts give no readable text"),
        *(
            (f"truncated-{pct}", good[: len(good) * pct // 100], "damaged or cut short")
            for pct in (10, 50, 90, 99)
        ),
        ("garbled", _garbled(_latin_letter()), "its fonts give no readable text"),
        ("garbage", b"%PDF-1.7\n" + garbage, "damaged: not a readable PDF"),
        (
            "damaged",  # a header and an end marker, no structure between
            b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n",
            "damaged: not a readable PDF",
        ),
        ("not-a-pdf", "광주 인공지능 산업은 …\n".encode(), "not a PDF"),
        ("empty", b"", "empty file"),
        ("zero-pages", _zero_pages(), "the PDF has no pages"),
    ]
    out = []
    for name, data, reason in cases:
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        out.append(BadPdf(name, path, reason))
    letter = folder / "letter.pdf"
    letter.write_bytes(_letter())
    out.append(BadPdf("letter", letter, "not a newspaper: read as one page of text", False))
    latin = folder / "letter-latin.pdf"
    latin.write_bytes(_latin_letter())
    out.append(BadPdf("letter-latin", latin, "not a newspaper: read as one page of text", False))
    # A symbol font's icons decode to the private use area, and a producer may write bidi
    # controls on purpose: a handful on a short page is text, not an unreadable font.
    icons = folder / "letter-icons.pdf"
    marks = {b"2C": b"E02C", b"3A": b"E03A", b"54": b"200E", b"2E": b"202B"}
    icons.write_bytes(remapped(_latin_letter(), marks.get))
    out.append(BadPdf("letter-icons", icons, "a few icons and bidi controls: read", False))
    return out
