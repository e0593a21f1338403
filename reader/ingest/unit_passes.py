"""The passes over to_units' units, in order, once every line has its kind: how letters and
minutes close and list (closings.py, letters.py), a web copy's related links, a byline at
the end of the text's last line, a serial's parts, and a caption set tight over its credit
(caption_over_credit.py), wrapped over its column's lines or not (wrapped_captions.py), its
lines cut a unit each or not (split_captions.py), and a box's label in capitals inside a story
(box_labels.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.ingest.box_labels import box_subheads
from reader.ingest.caption_over_credit import captions_over_credits
from reader.ingest.closings import (
    closing_signatures,
    lettered_items,
    office_signature,
    signed_close,
)
from reader.ingest.english_captions import english_captions
from reader.ingest.letters import caps_signatures
from reader.ingest.portrait_captions import portrait_captions
from reader.ingest.related_links import related_links
from reader.ingest.serials import serial_parts
from reader.ingest.split_captions import split_captions
from reader.ingest.tail_byline import tail_bylines
from reader.ingest.wrapped_captions import wrapped_captions

if TYPE_CHECKING:
    from reader.ingest.units import Unit


def after_units(units: list[Unit], is_byline: Callable[[str], object]) -> list[Unit]:
    """The units after every pass (is_byline: byline_lines.py's bylines_in)."""
    units = signed_close(closing_signatures(units))
    units = caps_signatures(lettered_items(office_signature(units)))
    units = portrait_captions(wrapped_captions(split_captions(units)))
    units = captions_over_credits(english_captions(units))
    return box_subheads(serial_parts(tail_bylines(related_links(units), is_byline)))
