"""An English headline wrapped over two lines or more with its deck under it, set tight in
one block ('Warriors clinch Dawson Shield' / 'on final day at Queen's Park' / 'Late
wickets settle it'): a modern page's head block. The lines are cut where one phrase ends
and the next begins, so the headline's lines stay one paragraph and the deck another."""

from __future__ import annotations

import re

from reader.ingest.head import is_caps
from reader.ingest.lines import Line, Para

HEAD_PHRASES = (
    "segment: a headline wrapped over its lines and its deck under it, in one block: cut"
    " where a phrase ends"
)
_LINES_MAX = 6  # lines of a head block: a headline of two or three and a deck
_LINE_MAX = 90  # characters of a head block's line
_ENDS = re.compile(r"[.?!:;,-]['\"’”)]*$")  # a sentence's end, or a line broken off in one
# A phrase runs on past its line's end when the line ends on a small word or a form of 'be'
# ('The winners were' / 'Ada Lind …'), or the next one opens in lower case or on a
# preposition ('… land allotment to' / 'officers' housing society', 'Warriors clinch Dawson
# Shield' / 'on final day at Queen's Park').
_GOES_ON = re.compile(
    r"\b(?:of|in|to|the|a|an|and|for|with|from|on|at|by|or|as|is|are|was|were)$", re.I
)
_SMALL = re.compile(r"^(?:of|in|to|the|a|an|and|for|with|from|on|at|by|or|as)$")


def runs_on(a: str, b: str) -> bool:
    """The phrase of line a goes on in line b under it."""
    return bool(_GOES_ON.search(a)) or b[:1].islower()


def _title_case(text: str) -> bool:
    """Every word capitalised but the small ones and figures ('With 212'): a headline's
    style, never a sentence-case deck's."""
    return all(w[:1].isupper() or w[:1].isdigit() or _SMALL.match(w) for w in text.split())


def head_phrases(lines: list[Line]) -> list[list[Line]] | None:
    """The block's lines in phrases when it is a wrapped headline over its deck: short
    lines, none closing or breaking off a sentence, a phrase running on over at least one
    line's end and a new one opening under it; else None. Lines all in title case are
    one headline (its words tell no phrase's end), and none is cut."""
    if not 2 < len(lines) <= _LINES_MAX or any(
        len(x.text) > _LINE_MAX or _ENDS.search(x.text) for x in lines
    ):
        return None  # cheap tests first: most blocks are text
    if lines[0].text.startswith("By ") or all(_title_case(x.text) for x in lines):
        return None
    if any(is_caps(x.text) for x in lines) or _GOES_ON.search(lines[-1].text):
        return None  # a stack in capitals: the head-lines rules read it; a sentence goes on
    phrases = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if runs_on(prev.text, line.text):
            phrases[-1].append(line)
        else:
            phrases.append([line])
    if len(phrases) < 2 or all(len(p) == 1 for p in phrases):
        return None  # a line a phrase: the head-lines rule's block, or no wrapped headline
    return phrases


def cut_phrases(para: Para, phrases: list[list[Line]]) -> list[Para]:
    return [Para(p, para.gap if k == 0 else 0, cut=HEAD_PHRASES) for k, p in enumerate(phrases)]


HEAD_WRAPPED = "head: a headline or deck wrapped over its lines, one phrase without a stop"


def wrapped_phrase(lines: list[str]) -> bool:
    """Two lines or more of one phrase, or all in title case, none closing a sentence (the
    lines of a headline or a deck the head block's cut kept together); a paragraph's lines
    end on a stop."""
    if not 2 <= len(lines) <= _LINES_MAX or any(
        len(x) > _LINE_MAX or _ENDS.search(x) for x in lines
    ):
        return False
    if any(map(is_caps, lines)) or _GOES_ON.search(lines[-1]):
        return False  # capitals: the head's other rules read them; a phrase cut off goes on
    if all(_title_case(x) for x in lines):
        return True  # a headline's style: its lines are one headline
    return all(runs_on(a, b) for a, b in zip(lines, lines[1:], strict=False))
