"""A page's folio printed at its foot: its number and its section's name ('5 지역',
'스포츠 15'), the name set letter-spaced or not ('15 스 포 츠'). An extraction gives the
page's text in the order its producer drew it, and a folio drawn last stands under the last
story, where the rules read it as that story's last paragraph and gave the page no label.
The name is the page's section label, the number its folio (docs/representation.md: the
label is the section's).

Known by its shape: the page's last line, a page number and a known section's name
(masthead.parse_section_label) and nothing else; not under a line of the same shape (an
index's rows: '경제 5' / '스포츠 19' are a contents box's, not a folio), nor under a row
numbered the same way (a listing's: '4 복지 확대' / '5 지역')."""

from __future__ import annotations

import re

from reader.ingest.lines import Line, Para
from reader.ingest.masthead import parse_section_label
from reader.model import Text

FOOT_FOLIO = "page: the page's number and its section's name on its last line, its folio"
# The name before a number ends on a letter: a lazy name before the spaces tried every split
# of a long run of them, quadratic (the growth bench's 'A', spaces, 'B.' shape).
_FOLIO = re.compile(
    r"^(?P<n>[A-Z]?\d{1,3})\s+(?P<name>\D+)$|^(?P<name2>\D*[^\d\s])\s+(?P<n2>[A-Z]?\d{1,3})$"
)
_SPACED = re.compile(r"^(?:[가-힣] ){1,7}[가-힣]$")  # a name set a syllable apart
# A row numbered as the folio is, at its start or its end: a listing's ('4 복지 확대' over
# '5 지역') or an index's ('경제 5' over '스포츠 19'), whatever its words name.
_ROW = (re.compile(r"^[A-Z]?\d{1,3}\s"), re.compile(r"\s[A-Z]?\d{1,3}$"))


def _folio(line: Line) -> tuple[Text, Text] | None:
    """The line's section label and page number, when it is a folio's shape."""
    m = _FOLIO.match(line.text)
    if m is None:
        return None
    key = "name" if m["name"] is not None else "name2"
    name, s, e = m[key], m.start(key), m.end(key)
    word = name.replace(" ", "") if _SPACED.match(name) else name
    if parse_section_label(word) != word:
        return None
    num = "n" if m["n"] is not None else "n2"
    label = Text(word, [(line.start + s, line.start + e)])
    return label, Text(m[num], [(line.start + m.start(num), line.start + m.end(num))])


def foot_folio(paras: list[Para]) -> tuple[Text, Text, list[Para]] | None:
    """The page's label and folio read from its last line, and the paragraphs without it."""
    if not paras:
        return None
    lines = paras[-1].lines
    found = _folio(lines[-1])
    above = lines[-2] if len(lines) > 1 else paras[-2].lines[-1] if len(paras) > 1 else None
    if found is None:
        return None
    row = _ROW[0] if _ROW[0].match(lines[-1].text) else _ROW[1]
    if above is not None and (_folio(above) is not None or row.search(above.text)):
        return None
    rest = paras[:-1] + ([Para(lines[:-1], paras[-1].gap)] if len(lines) > 1 else [])
    return found[0], found[1], rest
