"""Bytes -> text, recording the encoding. Deterministic: BOMs, strict UTF-8, then CP949.

Strict UTF-8 rejects CP949 bytes at once, so trying it first is both correct and
cheap; charset detectors misjudge short Korean text.
Python's `euc_kr` codec is never used: CP949 is its superset.
"""

from __future__ import annotations

import codecs

from reader.errors import DecodeError
from reader.i18n import _

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). Raises DecodeError with a one-line reason."""
    text, encoding = _decode(data, name)
    if not text.strip():
        raise DecodeError(name, _("empty file") if not data else _("no text (only whitespace)"))
    return text, encoding


def _decode(data: bytes, name: str | None) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                reason = _("starts with a {encoding} byte-order mark but is not {encoding}")
                raise DecodeError(name, reason.format(encoding=enc)) from None
    if b"\x00" in data:
        raise DecodeError(name, _("binary file (contains NUL bytes), not page text"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as e:
        reason = _("not UTF-8 or CP949 text (undecodable byte at offset {offset})")
        raise DecodeError(name, reason.format(offset=e.start)) from None
