"""Where the generated Hanja edition (tests/conftest.py) holds each Hanja word."""

from __future__ import annotations

import re

from reader.model import Edition, leaves
from reader.normalize import TO_INITIAL
from tests.gen.hanja import BODY, HEADS

WORDS = dict(HEADS + BODY)  # hanja -> reading


def places(edition: Edition, word: str) -> set[tuple[str, str, int, int]]:
    """(item id, leaf path, start, end) of each occurrence of a Hanja word as a run."""
    out = set()
    for _, item in edition.items():
        for leaf in leaves(item):
            for m in re.finditer(f"(?<![\u4e00-\u9fff]){word}(?![\u4e00-\u9fff])", leaf.text):
                out.add((item.id, leaf.path, *m.span()))
    return out


def present(edition: Edition) -> dict[str, str]:
    """The words of WORDS the edition holds, with their readings."""
    return {w: r for w, r in WORDS.items() if places(edition, w)}


def initials(reading: str) -> str:
    return reading.translate(TO_INITIAL)
