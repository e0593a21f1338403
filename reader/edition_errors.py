"""Why bytes are no edition file, in our own words: a field missing or of the wrong
type (named, with where it is), bad UTF-8, JSON cut short, a byte order mark.

msgspec's errors carry no fields, only English text; what in it is data (a JSON path,
a byte offset) is read out of it, and the rest is found from the file itself, so the
words are ours and can be translated.
"""

from __future__ import annotations

import codecs
import os
import re
from typing import Any

import msgspec
from msgspec import inspect

from reader.errors import EditionError, first_line
from reader.i18n import _
from reader.model import Edition

_AT = re.compile(r" - at `(\$[^`]+)`$")
_BYTE = re.compile(r"\(byte (\d+)\)$")
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def invalid(
    data: bytes, path: str | os.PathLike[str] | None, e: msgspec.ValidationError
) -> EditionError:
    """Where the file's fields stop matching an edition's, naming the field."""
    at = _AT.search(first_line(e))
    where = at[1] if at else "$"
    missing, field = _fields_at(data, where)
    if missing:
        reason = _("invalid edition: the required field '{field}' is missing at {where}")
        return EditionError(path, reason.format(field=missing, where=where))
    if field:
        reason = _("invalid edition: the field '{field}' has a wrong value at {where}")
        return EditionError(path, reason.format(field=field, where=where))
    reason = _("invalid edition: a missing or wrong value at {where}")
    return EditionError(path, reason.format(where=where))


def _fields_at(data: bytes, where: str) -> tuple[str | None, str | None]:
    """(a required field missing from the object at `where`, or the field `where`
    ends in): the file's object checked against the model, not the decoder's words."""
    try:
        value: Any = msgspec.json.decode(data)
    except msgspec.DecodeError:
        return None, None
    info: inspect.Type | None = inspect.type_info(Edition)
    field = None
    for m in _STEP.finditer(where):
        struct = _struct(info, value)
        if m[1] is not None:
            if struct is None or not isinstance(value, dict) or m[1] not in value:
                return None, None
            field, value = m[1], value[m[1]]
            info = next((f.type for f in struct.fields if f.encode_name == field), None)
        else:
            i = int(m[2])
            if not isinstance(value, list) or i >= len(value):
                return None, None
            items = _of(info, inspect.ListType)
            info, value, field = (items.item_type if items else None), value[i], None
    tag = _tag_field(info)
    if tag and isinstance(value, dict) and tag not in value:
        return tag, None  # which of the union's kinds it is, its tag, is missing
    struct = _struct(info, value)
    if struct is not None and isinstance(value, dict):
        absent = [f.encode_name for f in struct.fields if f.required and f.encode_name not in value]
        if absent:
            return absent[0], None
    return None, field


def _of(info: inspect.Type | None, kind: type[Any]) -> Any:
    """`info` as a `kind`, through an optional's union; None when it is none."""
    options = info.types if isinstance(info, inspect.UnionType) else (info,)
    return next((t for t in options if isinstance(t, kind)), None)


def _tag_field(info: inspect.Type | None) -> str | None:
    """The field that tells the kinds of a tagged union apart ('kind'), or None."""
    options = info.types if isinstance(info, inspect.UnionType) else ()
    structs = [t for t in options if isinstance(t, inspect.StructType) and t.tag_field]
    tags = {t.tag_field for t in structs}
    return tags.pop() if len(structs) > 1 and len(tags) == 1 else None


def _struct(info: inspect.Type | None, value: Any) -> inspect.StructType | None:
    """The struct `value` is meant to be: of a tagged union, the one its tag names."""
    options = info.types if isinstance(info, inspect.UnionType) else (info,)
    structs = [t for t in options if isinstance(t, inspect.StructType)]
    if len(structs) > 1 and isinstance(value, dict):
        tagged = [t for t in structs if t.tag_field and value.get(t.tag_field) == t.tag]
        structs = tagged or structs
    return structs[0] if structs else None


def unreadable(data: bytes, path: str | os.PathLike[str] | None, e: Exception) -> EditionError:
    """Why bytes the decoder refused are no edition: bad UTF-8 said with its offset (our
    words: how the decoder reports bad bytes varies by release), a byte order mark, JSON
    that the file's end cuts short, else bad JSON at its byte.

    A byte order mark is refused, not read through: broadsheet never writes one, and
    every reader of edition files (the search index, the shelf's heads) would have to
    skip it too; the reason tells what to remove."""
    if data.startswith(codecs.BOM_UTF8):
        return EditionError(path, _("not valid JSON: the file starts with a byte order mark"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        reason = _("not valid UTF-8 (undecodable byte at offset {offset})")
        return EditionError(path, reason.format(offset=bad.start))
    import json  # here: only a file the decoder refused pays for it

    try:
        json.loads(text)
    except json.JSONDecodeError as cut:
        if cut.pos >= len(text.rstrip()):
            return EditionError(path, _("not valid JSON: the file ends before its JSON does"))
    except RecursionError:
        pass
    at = _BYTE.search(first_line(e))
    if at is None:  # the decoder names no place
        return EditionError(path, _("not valid JSON"))
    return EditionError(path, _("not valid JSON (at byte {offset})").format(offset=at[1]))
