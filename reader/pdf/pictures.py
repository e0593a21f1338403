"""A picture's bytes: embedded JPEG data as it is, any other image as PNG.

The PNG encoder is the format's minimum (zlib and CRCs from the standard
library), so the core needs no imaging library.
"""

from __future__ import annotations

import ctypes
import struct
import zlib

import pypdfium2.raw as raw

# Filters PDFium's "decoded" data undoes; DCTDecode is left as it is: JPEG data.
_SIMPLE = frozenset(
    {"ASCIIHexDecode", "ASCII85Decode", "RunLengthDecode", "FlateDecode", "LZWDecode"}
)


def _filters(obj: raw.FPDF_PAGEOBJECT) -> list[str]:
    out = []
    buf = ctypes.create_string_buffer(64)
    for i in range(raw.FPDFImageObj_GetImageFilterCount(obj)):
        n = raw.FPDFImageObj_GetImageFilter(obj, i, buf, len(buf))
        out.append(buf.raw[: max(0, n - 1)].decode("latin-1"))
    return out


def is_jpeg(obj: raw.FPDF_PAGEOBJECT) -> bool:
    """Embedded JPEG data: kept as it is, never decoded here."""
    return [f for f in _filters(obj) if f not in _SIMPLE] == ["DCTDecode"]


def picture_data(obj: raw.FPDF_PAGEOBJECT, wanted: bool) -> tuple[str, bytes | None]:
    """(extension, bytes or None when not wanted) of an image object."""
    jpeg = is_jpeg(obj)
    ext = "jpg" if jpeg else "png"
    if not wanted:
        return ext, None
    if jpeg:
        n = raw.FPDFImageObj_GetImageDataDecoded(obj, None, 0)
        buf = ctypes.create_string_buffer(n)
        raw.FPDFImageObj_GetImageDataDecoded(obj, buf, n)
        return ext, buf.raw[:n]
    return ext, _bitmap_png(obj)


def _bitmap_png(obj: raw.FPDF_PAGEOBJECT) -> bytes | None:
    bitmap = raw.FPDFImageObj_GetBitmap(obj)
    if not bitmap:
        return None
    try:
        w = raw.FPDFBitmap_GetWidth(bitmap)
        h = raw.FPDFBitmap_GetHeight(bitmap)
        stride = raw.FPDFBitmap_GetStride(bitmap)
        fmt = raw.FPDFBitmap_GetFormat(bitmap)
        size = stride * h
        data = ctypes.string_at(raw.FPDFBitmap_GetBuffer(bitmap), size)
    finally:
        raw.FPDFBitmap_Destroy(bitmap)
    channels = {raw.FPDFBitmap_Gray: 1, raw.FPDFBitmap_BGR: 3, raw.FPDFBitmap_BGRx: 4,
                raw.FPDFBitmap_BGRA: 4}.get(fmt)  # fmt: skip
    if channels is None or w <= 0 or h <= 0:
        return None
    return encode_png(data, w, h, stride, channels, alpha=fmt == raw.FPDFBitmap_BGRA)


def encode_png(data: bytes, w: int, h: int, stride: int, channels: int, alpha: bool) -> bytes:
    """PNG of a top-down bitmap in PDFium's byte order (gray, BGR, BGRx or BGRA)."""
    out_channels = 1 if channels == 1 else (4 if alpha else 3)
    width = w * channels
    if stride != width:  # rows padded to the stride: drop the padding
        data = b"".join(data[y * stride : y * stride + width] for y in range(h))
    if channels == 1:
        px = bytearray(data[: width * h])
    else:  # PDFium's BGR(x/A) to RGB(A), the whole bitmap at once
        px = bytearray(w * h * out_channels)
        px[0::out_channels] = data[2 : width * h : channels]
        px[1::out_channels] = data[1 : width * h : channels]
        px[2::out_channels] = data[0 : width * h : channels]
        if out_channels == 4:
            px[3::4] = data[3 : width * h : 4]
    line = w * out_channels
    rows = b"".join(b"\x00" + px[y * line : (y + 1) * line] for y in range(h))  # filter: none
    color = {1: 0, 3: 2, 4: 6}[out_channels]
    head = struct.pack(">IIBBBBB", w, h, 8, color, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", head)
        + _chunk(b"IDAT", zlib.compress(rows, 6))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
