"""A shop's display ad on an English page: a head in capitals over a few short display
lines, closed by where to buy (the shop's street address: '112 Main Street', 'KESSLER &
DUNN, 22 Main Street.', 'Main Street, Granite Forks.') or what it costs at the counter
('25 cents a bottle at all druggists', 'Admission 5c and 10c'). A news story names an
address inside its wrapped sentences; an ad sets it on a line of its own at its foot,
under lines that tell no story."""

from __future__ import annotations

import re

from reader.ingest.ad_marks import english_prose
from reader.ingest.head import is_caps
from reader.ingest.lines import Para

SHOP_AD = "ad: a display head in capitals over short lines closed by a shop's address or price"
_STREET = r"[A-Z][a-z]+ (?:Street|Avenue|St\.|Ave\.)"
# The whole line an address, a firm's name in capitals before it, a town or a landmark after.
_ADDRESS = re.compile(
    rf"^(?:[A-Z][A-Z.&' ]{{2,30}}, )?(?:\d{{1,4}} )?{_STREET}(?:, [A-Z][^.]{{0,40}})?\.?$"
)
_COUNTER = re.compile(
    r"\bat all (?:druggists|dealers|grocers)\b|\bAdmission\b[^.;]{0,20}?\d{1,2}c\b"
)
_LINES = 12  # lines at most: a display ad's, not a column's
_DISPLAY = 60  # characters at most of a display line (the patterns read no longer one)
_SENTENCES = 2  # lines of prose at most: a line of praise, a line of terms


def shop_ad(paras: list[Para]) -> bool:
    """The group a shop's display ad (the module's doc)."""
    lines = [line.text for para in paras for line in para.lines]
    if not 2 <= len(lines) <= _LINES or not is_caps(lines[0]):
        return False
    if any(len(t) > _DISPLAY for t in lines):
        return False
    if not any(_ADDRESS.match(t) or _COUNTER.search(t) for t in lines[-2:]):
        return False
    return sum(map(english_prose, lines)) <= _SENTENCES
