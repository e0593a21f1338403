"""A shipping list's lines ('Str. Halcyon (Br.), Morrow, from Cardiff, coal.') and its
group labels ('ARRIVED', 'Sailed.'): each ship's line is looked up on its own, a `bullet`,
under the label that says which way it went, a `subhead` (docs/representation.md, "A
shipping list and a time table")."""

from __future__ import annotations

import re

VESSEL_ROW = "a ship's line of a shipping list ('Str. NAME, from PORT'): an entry"
VESSEL_GROUP = "a shipping list's group label ('ARRIVED', 'Sailed.') over ships' lines"
# The rig's word, the ship's name and a comma: an abbreviated rig ('Str.', 'Schr.') is a
# ship's; a rig spelt whole ('Bark', 'Tug') is one only before the port it came from or
# sailed for. Bounded, so a long line is read once.
_NAME = r"[A-Z][\w.'’()& -]{0,60}?,"
_VESSEL = re.compile(
    rf"^(?:(?:Str|Stmr|Schr|Sch|Bktn|Bk)\. {_NAME}"
    rf"|(?:Bark|Brig|Tug|Ship|Sloop|Barge|Steamer|Schooner) {_NAME}.{{0,80}}?\b(?:from|for)\b)"
)
_GROUP = re.compile(r"^(?:ARRIVED|SAILED|CLEARED|DEPARTED|Arrived|Sailed|Cleared|Departed)\.?$")


def vessel_row(text: str) -> bool:
    """A ship's line: its rig, its name, the port it came from or sailed for."""
    return _VESSEL.match(text) is not None


def vessel_group(text: str) -> bool:
    """A shipping list's group label on its own line."""
    return _GROUP.match(text) is not None
