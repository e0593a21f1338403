"""A poem's stanzas: short lines set tight, a blank line between stanzas, none a sentence
closed on its stop but a stanza's last. Each stanza is one paragraph that keeps its lines
(joined by a line break), as the poem prints them; a line a paragraph would break the
poem into a list, and lines joined by spaces would lose its verse."""

from __future__ import annotations

import re

from reader.ingest.pieces import Piece
from reader.ingest.repair import TERMINAL, Chunk
from reader.ingest.units import Unit

STANZA = "a poem's stanza: short lines set tight, none closed on its stop: one paragraph"
_LINE_MAX = 30  # characters of a verse line
_STANZAS = 2  # a poem has two stanzas at least: one block of short lines may be anything
# Figures and marks a row, an entry, a contact or a recipe's line holds, never a verse line.
_NOT_VERSE = re.compile(r"[\d:=()\[\]<>@/\t·▲■◇○●※★☆▶-]")


def _verse(p: Piece) -> bool:
    text = p.text
    return (
        p.kind == "text"
        and len(p.unit.lines) == 1
        and 0 < len(text) <= _LINE_MAX
        and not _NOT_VERSE.search(text)
    )


def _stanzas_at(pieces: list[Piece], i: int) -> list[tuple[int, int]]:
    """The stanzas (start, end) of a poem opening at piece i, or [] when none opens there."""
    out: list[tuple[int, int]] = []
    j = i
    while j < len(pieces) and _verse(pieces[j]) and (j == i or pieces[j].unit.gap):
        k = j + 1
        while k < len(pieces) and _verse(pieces[k]) and not pieces[k].unit.gap:
            k += 1
        if k - j < 2 or any(TERMINAL.search(p.text) for p in pieces[j : k - 1]):
            break  # a stanza has two lines or more, its sentences running over them
        out.append((j, k))
        j = k
    return out if len(out) >= _STANZAS else []


def stanzas(pieces: list[Piece]) -> list[Piece]:
    """The pieces, each stanza of a poem joined into one piece, its lines kept apart."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        found = _stanzas_at(pieces, i) if _verse(pieces[i]) and pieces[i].unit.gap else []
        if not found:
            out.append(pieces[i])
            i += 1
            continue
        for j, k in found:
            chunk = Chunk()
            for p in pieces[j:k]:
                chunk.add(p.chunk, "\n")
            lines = [line for p in pieces[j:k] for line in p.unit.lines]
            unit = Unit("text", lines, 0, pieces[j].unit.gap, STANZA)
            out.append(Piece("text", chunk, unit, rule=STANZA))
        i = found[-1][1]
    return out
