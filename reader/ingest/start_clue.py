"""A learned clue to where an item starts, taken by the grouping where its structure allows.

A logistic scorer over a paragraph's first line (its shape, read from the text alone) and
the lines around it says how likely the paragraph starts an item. Where it is sure (p at
least SURE) and the rules' groups leave room, the group splits there: never inside a
listing or between marked entries, nor in a group a title leads, nor in Q&A, nor in a
group whose making a rule already vetoed a start in (its why carries the note), nor off a
group with no prose yet (unless a tag in brackets opens the line). Splits only: joining
groups lost under leave-one-set-out.

The weights (reader/data/start_clue.json, a weight per named feature) are written by
`python -m tests.ingest.start_clue_train`; docs/ingest-line-roles.md keeps the figures.
This module imports no other rule, so an older checkout's rules can be measured with it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from reader.ingest.line_shape import (
    CLOSERS,
    MARKERS,
    NUMBERED,
    OPENERS,
    bucket,
    cells,
    own_features,
    sentence_end,
    shape,
)

if TYPE_CHECKING:
    from reader.ingest.lines import Line, Para

WEIGHTS_FILE = Path(__file__).parent.parent / "data" / "start_clue.json"
SURE = 0.9
CLUE = "learned start clue"

_QA = re.compile(r"(?:Q|A|문|답)\s*[.:)]|Q\s|◆ ?\S+>|- ?\S+>")  # not 'A ' (English)


class _Group(Protocol):
    paras: list[Para]
    why: str

    def __init__(self, paras: list[Para], why: str) -> None: ...


G = TypeVar("G", bound=_Group)
Closed = Callable[[list["Para"]], bool]  # the rules' reading of paragraphs as a listing or an ad


def _wraps(para: Para) -> bool:
    """A first line as wide as the lines under it wraps a sentence; a head is shorter."""
    widths = [cells(line.text) for line in para.lines]
    return len(widths) > 1 and widths[0] >= 0.7 * max(widths[1:])


def features(paras: Sequence[Para], k: int) -> list[str]:
    """Paragraph k's first line, its paragraph and the lines printed around it."""
    para = paras[k]
    first = para.lines[0].text
    feats = ["bias", *own_features(first)]
    feats += [
        "gap:" + str(min(para.gap, 2)),
        "para_lines" + bucket(len(para.lines), (1, 2, 3, 5)),
        "para_ends:" + ("sentence" if sentence_end(para.lines[-1].text) else "open"),
        "wraps" if _wraps(para) else "short",
        "inner" if getattr(para, "inner", False) else "top",  # older rules lack it
    ]
    before = paras[k - 1].lines[-1].text if k else None
    after: Line | None = para.lines[1] if len(para.lines) > 1 else None
    if after is None and k + 1 < len(paras):
        after = paras[k + 1].lines[0]
    for side, text in (("prev", before), ("next", after.text if after else None)):
        if not text:
            feats.append(f"{side}:none")
            continue
        feats += [f"{side}:{f}" for f in shape(text)]
        feats.append(f"{side}:sentence" if sentence_end(text) else f"{side}:open")
    return feats


@cache
def shipped_weights() -> dict[str, float]:
    """The shipped weights; none (the rules alone) if the file is missing or broken: a
    damaged install still ingests."""
    try:
        raw = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
        return {str(f): float(v) for f, v in raw.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def probability(feats: list[str], weights: dict[str, float]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def _marked(text: str) -> bool:
    """An entry's or a subhead's marker leads the line ('— NAME' signs a letter: no entry)."""
    return text[0] in MARKERS and text[0] != "—" or bool(NUMBERED.match(text))


def _led(group: _Group) -> bool:
    """A group a rule vetoed a start in (its why carries the note), or a run that a title
    or a marker leads: the clue splits neither."""
    first = group.paras[0].lines[0].text
    return "; " in group.why or first[0] in OPENERS or _marked(first)


def _any(paras: list[Para], test: Callable[[str], object]) -> bool:
    return any(test(line.text) for para in paras for line in para.lines)


def _inside(before: list[Para], after: list[Para], closed: Closed) -> bool:
    """Whether a split here would cut a listing, an ad, marked entries or Q&A: the rules
    read what comes before as a listing or an ad, or marked lines, or questions and
    answers, go on across it."""
    if _any(before, _marked) and _any(after, _marked) or _any(before, _QA.match):
        return _any(after, _QA.match) or _any(after, _marked)
    return closed(before)


def _room(paras: list[Para], k: int) -> bool:
    """Whether paragraph k may start an item: a body under it, and itself
    no marked line (a subhead, an entry), no question or answer, no sentence, no table's
    row."""
    first = paras[k].lines[0].text
    if sentence_end(first) or "\t" in first or k + 1 == len(paras) and len(paras[k].lines) < 2:
        return False
    if _marked(first) or _QA.match(first):
        return False  # a marker leads subheads and entries; a question goes on with its talk
    if first[0] in OPENERS and first[-1] in CLOSERS:
        return False  # a line in brackets alone is a subhead ('[전망]') or a run's title
    if len(paras[k].lines) > 1 and paras[k].lines[1].text[0].islower() or _wraps(paras[k]):
        return False  # a sentence wraps on
    if first[-1] in "”\"’'":
        return False  # a quote line in a story is its subhead or its pull quote
    if first[-1] in "—–" and len(paras[k].lines) == 1:
        return False  # a group's label over its rows ('Oats—'), as a list's label is
    below = paras[k + 1].lines[0].text if k + 1 < len(paras) else ""
    if len(paras[k].lines) == 1 and "\t" in below:
        return False  # a title over a table's rows: the rules tell a box from a notice's own
    letters = [c for c in first if c.isalpha()]
    if letters and all(c.isascii() for c in letters) and first.upper() == first:
        return False  # English lines in capitals: the rules' headlines, decks, crosslines
    return True


# A head a tag in square brackets opens ('[사설] 제목', '[인사] 법무부'), text after it; not
# a tag that points inside its article ('[관련기사] 3면', '[사진] …', '[표] …').
_TAG_HEAD = re.compile(
    r"[\[【](?!(?:관련\s*기사|사진|표|그래픽|도표|그림|자료|영상)[\]】])[^\]】]{1,20}[\]】]\s*\S"
)


def _tagged(text: str) -> bool:
    """Does a tag in square brackets open the line, with the head after it?"""
    return _TAG_HEAD.match(text) is not None


def _prose(para: Para) -> bool:
    return any(sentence_end(line.text) for line in para.lines)


def clue_splits(
    groups: list[G],
    closed: Closed,
    weights: dict[str, float] | None = None,
    sure: float = SURE,
) -> list[G]:
    """The rules' groups, each split before a paragraph the clue is sure starts an item,
    where the group leaves room for it. closed: whether the rules read paragraphs as a
    listing or an ad (the clue splits inside neither)."""
    w = shipped_weights() if weights is None else weights
    if not w:
        return groups
    flat = [para for group in groups for para in group.paras]  # the page's, as trained
    out: list[G] = []
    at = 0
    for group in groups:
        at += len(group.paras)
        if len(group.paras) < 3 or _led(group):
            out.append(group)
            continue
        current, why = [group.paras[0]], group.why
        prose = _prose(group.paras[0])  # a sentence in current: what an item before a split needs
        for k in range(1, len(group.paras)):
            p = 0.0
            # A tagged head may start an item with no prose above it, but not under the
            # page's title (one paragraph alone above it).
            tagged = not prose and len(current) > 1 and _tagged(group.paras[k].lines[0].text)
            if (prose or tagged) and _room(group.paras, k):
                p = probability(features(flat, at - len(group.paras) + k), w)
            if p >= sure and not _inside(current, group.paras[k:], closed):
                out.append(type(group)(current, why))
                current, why = [], f"{CLUE} (p = {p:.2f}): the line looks like an item's start"
                prose = False
            current.append(group.paras[k])
            prose = prose or _prose(group.paras[k])
        out.append(type(group)(current, why))
    return out
