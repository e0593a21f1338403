"""Items as the index stores them: msgpack without spans, zlib with a shared dictionary.

Hits are offsets into leaf text, so the source spans are left out. The zlib
dictionary is sampled from the first edition indexed and kept in the index
(meta 'zdict'): stored items are small, and most of what they share (field
names, common words) is then in the dictionary rather than in each of them.
"""

from __future__ import annotations

import zlib

import msgspec

from reader.model import Item

_ZDICT_SIZE = 32 * 1024  # zlib's window
_ZDICT_CHUNK = 1024
_DECODER = msgspec.msgpack.Decoder(Item)  # one decoder for every stored item: made once


def _bare(value: object) -> object:
    """Builtins without the source spans."""
    if isinstance(value, dict):
        return {k: _bare(v) for k, v in value.items() if k != "spans"}
    if isinstance(value, list):
        return [_bare(v) for v in value]
    return value


def encode(item: Item) -> bytes:
    """An item's msgpack bytes, without spans (not yet compressed)."""
    return msgspec.msgpack.encode(_bare(msgspec.to_builtins(item)))


def sample(data: bytes) -> bytes:
    """A zlib dictionary: evenly spaced pieces of typical stored items."""
    if len(data) <= _ZDICT_SIZE:
        return data
    count = _ZDICT_SIZE // _ZDICT_CHUNK
    step = (len(data) - _ZDICT_CHUNK) // (count - 1)
    return b"".join(data[i * step : i * step + _ZDICT_CHUNK] for i in range(count))


class Codec:
    """Compresses and restores stored items with one index's dictionary (None until the
    first edition is indexed)."""

    def __init__(self, zdict: bytes | None):
        self.zdict = zdict

    def pack(self, data: bytes) -> bytes:
        assert self.zdict is not None
        z = zlib.compressobj(9, zdict=self.zdict)
        return z.compress(data) + z.flush()

    def unpack(self, data: bytes) -> Item:
        assert self.zdict is not None
        z = zlib.decompressobj(zdict=self.zdict)
        item: Item = _DECODER.decode(z.decompress(data) + z.flush())
        return item
