"""What a printed line's text looks like, as the learned start clue reads it
(start_clue.py): its width, words, first and last character, scripts, marks.

The features are strings, one-hot; the clue's weights are keyed by them, so a change here
changes what the shipped weights mean (retrain: tests/ingest/start_clue_train.py).
Imports no rule, so an older checkout's rules can be measured with the clue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.printable import cell_width

MARKERS = "▲△▼◇◆▷▶■□●○◎★☆•·※-―—"
OPENERS = "[<(「『〈《【"
CLOSERS = "]>)」』〉》】"
NUMBERED = re.compile(r"\(?\d{1,2}[.)]\s")
_CREDIT = re.compile(r"(?:사진|그림|글|정리|대담|도움말|자료)\s*=|ⓒ|제공\s*\]?$")
_REPORTER = re.compile(r"(?:기자|특파원|논설위원|위원|교수|변호사)\b")
_DATE = re.compile(r"\d{1,2}\s*[./월]\s*\d{1,2}|\d{1,2}:\d{2}|\d{4}\s*[.년-]")
_CONTACT = re.compile(r"\d{2,4}-\d{3,4}-\d{4}|@|www\.|https?:")
_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # a Hangul syllable, as _char reads one

# A line is measured as a candidate's own, as a neighbour's and by the clues' guards.
cells = lru_cache(maxsize=8192)(cell_width)


def bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _char(ch: str) -> str:
    if "\uac00" <= ch <= "\ud7a3":
        return "hangul"
    if "\u4e00" <= ch <= "\u9fff":
        return "hanja"
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "latin"
    return ch if ch in MARKERS + OPENERS + ".?!:;,)]}\"'”’…=/|>" else "other"


def share(n: int, total: int) -> str:
    if not total or not n:
        return "0"
    share = n / total
    return "all" if share > 0.95 else "most" if share > 0.5 else "some"


def _slash_credit(text: str) -> bool:
    """A credit after a slash at the line's end ('… 있다./연합뉴스', '… 있다. / 누리시 제공'),
    tested on the last words, not searched from every '/' (a regex is quadratic on '가/가/…')."""
    words = text.rsplit(None, 1)
    return "/" in words[-1][:-1] or len(words) > 1 and words[0].endswith("/")


def sentence_end(text: str) -> bool:
    """A sentence's end ('다' alone ends headlines: '수출 24% 늘었다')."""
    return text[-1:] in ".?!" or text.endswith(('."', ".”", "?”", '?"'))


def shape(text: str) -> list[str]:
    """The four features a neighbouring line contributes: width, words, first, last."""
    return [
        "cells" + bucket(cells(text), (4, 8, 14, 20, 30, 44, 60, 90, 140)),
        "words" + bucket(len(text.split()), (1, 2, 3, 5, 8, 12, 20)),
        "first:" + _char(text[0]),
        "last:" + _char(text[-1]),
    ]


def own_features(text: str) -> list[str]:
    """What a printed line's text alone says (text stripped, not empty)."""
    # counted by map and a regex, not a generator a character: this runs on every
    # paragraph the clues weigh
    letters = list(filter(str.isalpha, text))
    latin = sum(map(str.isascii, letters))
    printed = len(text) - sum(map(str.isspace, text))
    feats = shape(text) + [
        "hangul:" + share(len(_SYLLABLE.findall(text)), printed),
        "latin:" + share(latin, printed),
        "digits:" + share(sum(map(str.isdigit, text)), printed),
        "caps:" + share(sum(map(str.isupper, letters)), len(letters)) if latin else "caps:-",
    ]
    flags = {
        "ends_da": text.endswith(("다.", "다")),
        "ends_sentence": sentence_end(text),
        "ends_colon": text[-1] in ":：",
        "enclosed": text[0] in OPENERS and text[-1] in CLOSERS,
        "opens_bracket": text[0] in OPENERS,
        "has_quote": any(c in text for c in "\"“”'‘’"),
        "has_date": bool(_DATE.search(text)),
        "contact": bool(_CONTACT.search(text)),
        "credit": bool(_CREDIT.search(text)) or _slash_credit(text),
        "reporter": bool(_REPORTER.search(text)),
        "numbered": bool(NUMBERED.match(text)),
        "dash_mid": " - " in text,
        "comma": "," in text,
        "equals": "=" in text,
        "tabs": "\t" in text,
    }
    return feats + [name for name, on in flags.items() if on]
