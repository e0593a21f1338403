"""Names made from newspaper text for files: an edition's id (its file's stem) and an
exported article's name, by one rule."""

from __future__ import annotations

import re
import unicodedata

from reader.printable import ANY_CONTROL, cell_width

# What no file name should hold: what Windows refuses, what a shell or Markdown reads as
# syntax, and the quotes a headline is full of (each run becomes one "-").
_UNSAFE = re.compile(r'[<>:"/\\|?*,;\u201c\u201d\u2018\u2019\'`]+')


def slug(text: str) -> str:
    """`text` as a file name's words joined by "-": NFC (macOS hands out NFD names; one
    form, or one paper's editions sort and match apart), with no control character (an
    ESC in a name would drive every terminal that lists it) and nothing unsafe."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub(" ", ANY_CONTROL.sub(" ", text))
    return "-".join(filter(None, map(_seen, text.split()))).strip("-.")


def _seen(word: str) -> str:
    """A word less what leads it unseen (a byte order mark, a joiner, marks with no
    letter): a name made only of those would be an invisible file's."""
    start = 0
    while start < len(word) and cell_width(word[start]) == 0:
        start += 1
    return word[start:]
