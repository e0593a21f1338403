"""A register of marriage licences: each line a couple, named with their ages ('Otto Lind,
27, and Clara Voss, 22, both of Ashby.'), looked up on its own, as a ship's line of a
shipping list is: a `bullet` each (docs/representation.md, "A register of licences")."""

from __future__ import annotations

import re

from reader.ingest.pieces import Piece

LICENCE_ROW = (
    "a licence register's line: a couple named with their ages ('NAME, 27, and NAME, 22, …'),"
    " an entry"
)
# A person: a title, then a name of capitalised words and initials; a wrapped line's break
# may fall between any two words. Bounded, so a long line is read once.
_PERSON = r"(?:(?:Mrs?|Miss)\.?\s)?[A-Z][A-Za-z.'’]{0,15}(?:\s[A-Z][A-Za-z.'’]{0,15}){0,4}"
_ROW = re.compile(
    rf"^{_PERSON},\s\d{{2}},\s(?:[A-Z][A-Za-z.]{{0,15}}(?:\s[A-Z][A-Za-z.]{{0,15}}){{0,3}},\s)?"
    rf"and\s{_PERSON},\s\d{{2}}\b"
    # a register's line goes on with where they live, never a clause that tells what they
    # did ('…, 24, who were married at the First Church …'): that is a wedding told in prose
    r"(?![^.]*\b(?:who|which|were|was|are|have|had|will|left|married)\b)"
)


def licence_row(text: str) -> bool:
    """A couple's line of a licence register."""
    return _ROW.match(text) is not None


def licence_register(pieces: list[Piece]) -> list[Piece]:
    """The pieces, a register's couples (two or more) read as entries; a couple named once
    in a story's sentence is none."""
    if sum(p.kind == "text" and licence_row(p.text) for p in pieces) < 2:
        return pieces
    return [
        Piece("bullet", p.chunk, p.unit, rule=LICENCE_ROW)
        if p.kind == "text" and licence_row(p.text)
        else p
        for p in pieces
    ]
