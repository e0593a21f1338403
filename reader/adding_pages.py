"""Adding pages to an edition file: another page of the same paper and day, ingested alone.

A reader ingests a paper's e-edition page by page (`A01.pdf`, later `A03.pdf`). When the
file at the target holds the same edition and every page of the new source prints a
number none of its pages prints, the new pages join it instead of replacing it: what a
reader has of the old pages (their items' ids, photos, read marks, search rows) stays as
it is. The new pages take places (`Page.number`) after every one the file used, so their
item ids (`p{place}-{k}`) and photo names are new to the edition; their spans move past
the old source's text, as a later page's would in one source (a form feed between).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

from reader.jump_links import link_jumps
from reader.model import Edition, Page, Source
from reader.page_numbers import printed_order
from reader.photo_files import photo_folder
from reader.replacing import photo_srcs

_PLACE = re.compile(r"p([0-9]+)-")  # an item id's page, or a photo name's


@dataclass(slots=True)
class Added:
    edition: Edition  # the file's edition with the new pages
    photos: dict[str, bytes]  # the new pages' photos, under their names in the edition


def addable(old: Edition, new: Edition) -> bool:
    """Whether `new`'s pages join `old` rather than replace it: the same edition, and
    new_numbers(old, new)."""
    return old.id == new.id and new_numbers(old, new)


def new_numbers(old: Edition, new: Edition) -> bool:
    """Whether every page of both prints a number, none of new's printed in old (nor
    twice in new)."""
    if not old.pages or not new.pages:
        return False
    held = [p.printed for p in old.pages]
    given = [p.printed for p in new.pages]
    if None in held or None in given:
        return False
    return len(set(given)) == len(given) and not set(held) & set(given)


def may_add(old: Edition, edition_id: str, front: str | None) -> bool:
    """Whether the pages of edition `edition_id` whose first prints `front` (the others
    not read yet) may join `old`."""
    held = [p.printed for p in old.pages]
    if front is None or None in held:
        return False  # a page without its number: the replace policy
    return old.id == edition_id and bool(held) and front not in held


def add_pages(old: Edition, new: Edition, photos: dict[str, bytes]) -> Added:
    """`old` with `new`'s pages added, in printed order (new_numbers(old, new) holds); their
    photos go to old's folder (an inner page's own edition id is its file's name)."""
    first = _first_free_place(old)
    places = [first + k for k in range(len(new.pages))]
    offset = old.source.chars + 1  # the form feed between the sources' texts
    names: dict[str, str] = {}  # item ids (a jump may name one on another new page), photos
    for page, place in zip(new.pages, places, strict=True):
        names |= {it.id: _at_place(it.id, place) for it in page.items}
        names |= {src: _photo_at_place(src, place, old.id) for src in _srcs(page)}

    def past(at: int) -> int:
        return at + offset

    moved = [
        moved_spans(msgspec.structs.replace(page, number=place), past, names)
        for page, place in zip(new.pages, places, strict=True)
    ]
    masthead = old.masthead
    if masthead is None:
        masthead = None if new.masthead is None else moved_spans(new.masthead, past, {})
    elif new.masthead is not None:  # the date printed again on the new page's folio
        spans = [(s + offset, e + offset) for s, e in new.masthead.spans]
        masthead = msgspec.structs.replace(masthead, spans=[*masthead.spans, *spans])
    source = msgspec.structs.replace(old.source, chars=offset + new.source.chars)
    edition = msgspec.structs.replace(
        old,
        source=source,
        masthead=masthead,
        pages=sorted([*old.pages, *moved], key=lambda p: printed_order(p.printed or "")),
        warnings=[*old.warnings, *(w for w in new.warnings if w not in old.warnings)],
        sources=[*(old.sources or [old.source]), new.source],
    )
    kept = {names.get(src, src): data for src, data in photos.items()}
    return Added(link_jumps(edition), kept)


def _first_free_place(old: Edition) -> int:
    """A place after every one the edition's pages, item ids and photo names use."""
    used = [p.number for p in old.pages]
    names = [it.id for _page, it in old.items()] + [s.rsplit("/", 1)[-1] for s in photo_srcs(old)]
    used += [int(m.group(1)) for n in names if (m := _PLACE.match(n))]
    return max(used, default=0) + 1


def _at_place(item_id: str, place: int) -> str:
    """An item id of the new source's numbering (`p{number}-{k}`), at its page's new place:
    an id of another form is put under that place whole, so no old id is met again."""
    if _PLACE.match(item_id):
        return _PLACE.sub(f"p{place}-", item_id, count=1)
    return f"p{place}-{item_id}"


def _photo_at_place(src: str, place: int, edition_id: str) -> str:
    name = src.rsplit("/", 1)[-1]
    return f"{photo_folder(edition_id)}/{_PLACE.sub(f'p{place}-', name, count=1)}"


def _srcs(page: Page) -> set[str]:
    return photo_srcs(Edition(0, "-", Source("", "", ""), pages=[page]))


def moved_spans(value: Any, move: Callable[[int], int], names: dict[str, str]) -> Any:
    """A part of an edition with each span's ends moved by `move`, and its item ids, jump
    targets and photo files renamed by `names`."""
    if isinstance(value, list):
        return [moved_spans(v, move, names) for v in value]
    if not isinstance(value, msgspec.Struct):
        return value
    changes: dict[str, Any] = {}
    for field in value.__struct_fields__:
        v = getattr(value, field)
        if field == "spans":
            changes[field] = [(move(s), move(e)) for s, e in v]
        elif field in ("id", "item", "src") and isinstance(v, str):
            changes[field] = names.get(v, v)
        elif isinstance(v, list | msgspec.Struct):
            changes[field] = moved_spans(v, move, names)
    return msgspec.structs.replace(value, **changes)
