"""Bytes -> text, recording the encoding. Deterministic: BOMs, strict UTF-8, then CP949.

Strict UTF-8 rejects CP949 bytes at once, so trying it first is both correct and
cheap; charset detectors misjudge short Korean text.
Python's `euc_kr` codec is never used: CP949 is its superset.
"""

from __future__ import annotations

import codecs

from reader.errors import DecodeError
from reader.i18n import N_, _

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
        if (order := _utf16_order(data)) is not None:
            # Refused, not guessed: nearly any bytes decode as UTF-16, so a wrong guess
            # would be a page of wrong but valid characters. A BOM settles the order.
            reason = _("looks like UTF-16 ({order}) without a byte-order mark; save it as UTF-8")
            raise DecodeError(name, reason.format(order=_(order)))
        raise DecodeError(name, _("binary file (contains NUL bytes), not page text"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8 = e.start
    try:
        return data.decode("cp949"), "cp949"
    except UnicodeDecodeError as e:
        cp949 = e.start
    if utf8 == cp949:
        reason = _("not UTF-8 or CP949 text (undecodable byte at offset {offset})")
        raise DecodeError(name, reason.format(offset=utf8)) from None
    # Both: a file that is mostly one of them (UTF-8 pasted into CP949, or the other way)
    # goes wrong where that one stops, which the other attempt's offset would hide.
    reason = _(
        "not UTF-8 or CP949 text (undecodable byte at offset {utf8} as UTF-8, "
        "at offset {cp949} as CP949)"
    )
    raise DecodeError(name, reason.format(utf8=utf8, cp949=cp949)) from None


def _utf16_order(data: bytes) -> str | None:
    """'little-endian' or 'big-endian' when the NULs fall on every other byte, as ASCII
    (spaces, newlines, digits) in UTF-16 puts them; None for other binary data."""
    pairs = len(data) // 2
    high, low = data[1::2].count(0), data[0::2].count(0)
    if high >= max(4, pairs // 20) and high >= 9 * low:
        return N_("little-endian")
    if low >= max(4, pairs // 20) and low >= 9 * high:
        return N_("big-endian")
    return None
