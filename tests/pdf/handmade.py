"""A one-page PDF written by hand, byte by byte: a standard font (no ToUnicode, no
embedding) and whatever MediaBox the case needs, as small tools write them."""

from __future__ import annotations

import zlib


def one_page_pdf(text: str, media_box: str, at: tuple[float, float] = (72, 720)) -> bytes:
    """A page showing `text` (ASCII) in Helvetica 12 at `at`, with MediaBox `media_box`
    (the array's contents, e.g. "0 0 612 792"); a correct cross-reference table."""
    content = f"BT /F1 12 Tf {at[0]} {at[1]} Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box.encode("ascii") + b"] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return document(objects)


def drawn_page_pdf(content: bytes, media_box: str) -> bytes:
    """A page of drawing only (no fonts): `content` its content stream, `media_box` as in
    one_page_pdf."""
    return document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box.encode("ascii") + b"] "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ])  # fmt: skip


def document(objects: list[bytes]) -> bytes:
    """A PDF of numbered objects (1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def grey_photo_pdf(width: int, height: int, caption: str, jpeg: bytes | None = None) -> bytes:
    """A letter page with one white grey-scale Flate image of width x height pixels
    drawn 400 x 500 points, and a caption (ASCII) under it. The pixels are compressed
    row by row: a huge image is a small file, as in a decompression bomb. With `jpeg`,
    the image is that JPEG data, its size in the PDF said to be width x height."""
    if jpeg is None:
        z = zlib.compressobj(9)
        row = bytes([255]) * width
        pixels = b"".join([*(z.compress(row) for _ in range(height)), z.flush()])
    else:
        pixels = jpeg
    codec = b"/FlateDecode" if jpeg is None else b"/DCTDecode"
    content = (
        f"q 400 0 0 500 100 200 cm /Im1 Do Q BT /F1 10 Tf 100 185 Td ({caption}) Tj ET"
    ).encode("ascii")
    return document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
        b"<< /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter %s /Length %d >>\nstream\n"
        % (width, height, codec, len(pixels)) + pixels + b"\nendstream",
    ])  # fmt: skip
