"""An English head in title case closed by its stop ('A June Bride.', 'Apple Butter Cake.'),
set apart between a story's prose and the prose under it: the next item's headline.

Old papers close a head with a stop as often in title case as in capitals; a sentence of
that length is never set in title case, and a letter's closing ('Yours Truly.') or a
writer's name ('Mrs. J. C. Hollis.') is told by its words.
"""

from __future__ import annotations

import re

from reader.ingest.en_heads import is_prose
from reader.ingest.head import SMALL_WORDS, is_caps
from reader.ingest.letters import SALUTATION
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

STOP_HEAD = (
    "English head in title case closed by its stop ('A June Bride.'), set apart between"
    " prose: the next item"
)
_HEAD = re.compile(r"^[A-Z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){1,5}\.$")
_HEAD_MAX = 40  # characters: a head, not a short sentence's line
# Words of a letter's closing, or of a name's title: a signature, never a head.
_SIGNING = frozenset(
    "yours truly sincerely respectfully faithfully mr mrs miss dr rev prof the end".split()
)


def _title_case(text: str) -> bool:
    """Every word that matters capitalised: a head, not a sentence."""
    words = text[:-1].split()
    big = [w for w in words if w.lower() not in SMALL_WORDS]
    return all(w[0].isupper() for w in big) and words[0][0].isupper()


HEADS_ITEM = "head: a title-case line closed by its stop opening the item ('A June Bride.')"


def stop_titled(text: str) -> bool:
    """A head's shape: a short line in title case, its words closed by one stop."""
    if len(text) > _HEAD_MAX or not _HEAD.match(text) or is_caps(text):
        return False
    if not _title_case(text):
        return False
    words = {w.lower() for w in text[:-1].split()}
    if words & _SIGNING and not words - _SIGNING - SMALL_WORDS:
        return False  # 'Yours Truly.', 'The End.': a closing, no head
    return text.split()[0].lower() not in _SIGNING - {"the"}  # 'Miss Ada Marsh.': a name


def stop_head(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k, a title-case line closed by its stop between the prose of the story
    in current and prose under it, opens the next item; None when it does not."""
    para = paras[k]
    text = para.lines[0].text
    if len(para.lines) != 1 or not para.gap or not stop_titled(text):
        return None
    if any(len(p.lines) == 1 and stop_titled(p.text) for p in current):
        return None  # 'Corn Meal Muffins.' after 'Oatmeal Bread.': a column's next subhead
    if not current or not is_prose(current[-1]) or not TERMINAL.search(current[-1].text):
        return None
    under = paras[k + 1] if k + 1 < len(paras) else None
    if under is None or len(under.lines) < 2 or not is_prose(under):
        return None  # a head stands over its story's paragraph of lines
    if any(SALUTATION.match(line.text) for p in current for line in p.lines):
        return None  # a letter's page: a line so set is its writer's name
    return STOP_HEAD
