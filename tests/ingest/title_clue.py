"""A learned title clue beside the ingest (issue 14), two decisions the rules make among a
page's title lines, each a logistic scorer over a line's shape read from the text alone. An
experiment: it failed the bar, so it is not in reader/.

- **Subheads**: a line of a plain text unit, with the lines above and under it. Where the
  clue is sure (p at least SURE) the line becomes a unit of its own, cut out of its text
  unit if it sits inside one, and the body reads it as a subhead: a numbered, dated or
  capitalised heading in a dress no rule was taught ('Ⅲ. 평석', 'Monday, March 31',
  'Hidden Birds.'). Only after prose (never in the head: headlines and decks stay the
  rules'), never on a sentence, a question, a marked or tabbed line, nor inside a paragraph
  where the line above goes on (a wrapped line's tail).
- **The name line**: the front page's first line, where the rules found no masthead, read
  as the paper's or the site's name ('누리온데일리', over the story's tagged head) where the
  clue is sure and the page prints the name again.

The rules keep the item's structure and every other line's role. title_clue_train.py
trains it (the weights: title_clue.json, a weight per named feature), puts it in the ingest
(`unit_cuts`, `name_lines`) and measures it; docs/ingest-line-roles.md ("A title clue in
the ingest") keeps the figures. It imports no rule, so an older checkout's rules can be
measured with it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

from reader.ingest.line_shape import MARKERS, cells, own_features, sentence_end, shape
from reader.ingest.start_clue import probability

WEIGHTS_FILE = Path(__file__).parent / "title_clue.json"
SURE = 0.9
CLUE = "learned title clue"
_WIDEST = 60  # cells: a subhead is a short line; wider, it is a sentence set alone


class _Line(Protocol):
    @property
    def text(self) -> str: ...


class _Unit(Protocol):
    kind: str
    lines: list
    marker: int
    gap: int
    rule: str


U = TypeVar("U", bound=_Unit)


@cache
def shipped_weights() -> dict[str, float]:
    """The subheads' weights title_clue_train wrote; none (the rules alone) if the file is
    missing or broken."""
    try:
        raw = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
        return {str(f): float(v) for f, v in raw.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@cache
def shipped_names() -> dict[str, float]:
    """The name line's weights title_clue_train wrote; none if the file is missing or broken."""
    try:
        raw = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["names"]
        return {str(f): float(v) for f, v in raw.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _room(line: str) -> bool:
    """Whether the line may be a subhead: short, no sentence, no question, no marked entry
    (the rules read those), no row, contact or 'source: ORG'."""
    if not line or cells(line) > _WIDEST or "\t" in line or "@" in line or ": " in line:
        return False
    if line.endswith(("다.", "?", "?”", '?"', ",", ":", ";")):
        return False  # a sentence, a question, a clause going on, a lead-in
    return line[0] not in MARKERS


def _prose(unit: _Unit) -> bool:
    """A unit of running text: a sentence closing it, wider than a head (a headline may
    close on a stop: 'FIRE DESTROYS BARN.')."""
    last = unit.lines[-1].text.strip()
    return sentence_end(last) and (len(unit.lines) > 1 or cells(last) > _WIDEST)


def features(above: str | None, line: str, under: str, where: str, gap: int) -> list[str]:
    """The line, where it sits in its unit (alone, first, inside, last), the blank lines
    above its unit, and the lines above and under it."""
    feats = ["bias", *own_features(line), "in_unit:" + where, "gap:" + str(min(gap, 2))]
    feats += [f"next:{f}" for f in shape(under)]
    feats.append("next:sentence" if sentence_end(under) else "next:open")
    if not above:
        return [*feats, "prev:none"]
    feats += [f"prev:{f}" for f in shape(above)]
    return [*feats, "prev:sentence" if sentence_end(above) else "prev:open"]


def candidates(units: Sequence[_Unit]) -> Iterator[tuple[int, int, list[str]]]:
    """(unit, line, features) of every line the clue weighs: a plain text unit's line after
    prose, with room to be a subhead, a line under it that does not go on in lower case,
    and, inside a unit, a sentence closed above it."""
    prose = False
    for n, unit in enumerate(units):
        if unit.kind == "text" and prose:
            texts = [line.text.strip() for line in unit.lines]
            before = units[n - 1].lines[-1].text.strip() if n else None
            after = units[n + 1].lines[0].text.strip() if n + 1 < len(units) else None
            for j, text in enumerate(texts):
                above = texts[j - 1] if j else before
                under = texts[j + 1] if j + 1 < len(texts) else after
                if not under or under[0].islower() or not _room(text):
                    continue
                if j and not sentence_end(above or ""):
                    continue  # a wrapped sentence's tail
                last = len(texts) - 1
                where = "alone" if not last else "first" if not j else "last" if j == last else "in"
                yield n, j, features(above, text, under, where, unit.gap if not j else 0)
        prose = prose or _prose(unit)


def clue_units(
    units: list[U], weights: dict[str, float] | None = None, sure: float = SURE
) -> list[U]:
    """The rules' units, each line the clue is sure is a subhead made a text unit of its own
    (its unit cut around it), named by its rule (`named`)."""
    w = shipped_weights() if weights is None else weights
    if not w:
        return units
    sure_at: dict[int, dict[int, float]] = {}
    for n, j, feats in candidates(units):
        p = probability(feats, w)
        if p >= sure:
            sure_at.setdefault(n, {})[j] = p
    if not sure_at:
        return units
    out: list[U] = []
    for n, unit in enumerate(units):
        start = 0
        for j, p in sorted(sure_at.get(n, {}).items()):
            if j > start:
                out.append(
                    replace(unit, lines=unit.lines[start:j], gap=unit.gap if not start else 0)
                )
            why = f"{CLUE} (p = {p:.2f}): the line looks like a subhead"
            out.append(replace(unit, lines=[unit.lines[j]], gap=unit.gap if not j else 0, rule=why))
            start = j + 1
        if start < len(unit.lines):
            out.append(replace(unit, lines=unit.lines[start:], gap=unit.gap if not start else 0))
    return out


def named(unit: _Unit) -> bool:
    """Whether the clue named the unit a subhead (the body reads it so: the passes over the
    article's text, a recipe's part titles, a head, still see a line of text)."""
    return unit.rule.startswith(CLUE)


# The page's name line: where the rules found no masthead on the front page, a first line
# the clue is sure names the paper or the site ('밥상온', 'THE WINSLOW BEND CHRONICLE').
NAME_MAX = 30  # cells: a name, not a headline


def name_room(line: str) -> bool:
    """Whether the page's first line may be a name: short, no sentence, no figure (a date or
    an issue is the masthead rules'), no tag or mark before it."""
    if not line or cells(line) > NAME_MAX or sentence_end(line) or line[-1] in ",:;":
        return False
    return not any(c.isdigit() for c in line) and line[0] not in MARKERS + "[【<(\"'“‘"


def name_features(lines: Sequence[str], later: str) -> list[str]:
    """The page's first line, the line under it, and whether the page names it again
    (a credit, a copyright: later is the page's text after the first line)."""
    first = lines[0]
    feats = ["bias", *own_features(first)]
    under = lines[1] if len(lines) > 1 else ""
    feats += [f"next:{f}" for f in shape(under)] if under else ["next:none"]
    if under:
        feats.append("next:sentence" if sentence_end(under) else "next:open")
    feats.append("named_again" if first in later else "named_once")
    return feats
