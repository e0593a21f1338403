"""Split decoded text into pages and paragraphs, keeping source offsets.

A page ends at a form feed. A paragraph is a run of non-blank lines; `gap` counts
the blank lines before it, because a wide gap often separates unrelated items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # stripped of surrounding whitespace
    start: int  # offset of text[0] in the source

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class Para:
    lines: list[Line]
    gap: int = 0  # blank lines before this paragraph

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass(slots=True)
class PageText:
    number: int
    start: int
    end: int
    paras: list[Para] = field(default_factory=list)


_NEWLINE = re.compile(r"\r\n|\r|\n")


def _lines(text: str, start: int, end: int) -> Iterator[tuple[str | None, int]]:
    """Yield (stripped line or None for blank, offset) for text[start:end]."""
    pos = start
    while pos <= end:
        m = _NEWLINE.search(text, pos, end)
        stop = end if m is None else m.start()
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield stripped, pos + lead
        else:
            yield None, pos
        if m is None:
            break
        pos = m.end()


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Para]:
    end = len(text) if end is None else end
    paras: list[Para] = []
    current: list[Line] = []
    gap = 0
    for stripped, offset in _lines(text, start, end):
        if stripped is None:
            if current:
                paras.append(Para(current, gap))
                current, gap = [], 0
            gap += 1
            continue
        current.append(Line(stripped, offset))
    if current:
        paras.append(Para(current, gap))
    return paras


def pages(text: str) -> list[PageText]:
    out: list[PageText] = []
    start = 0
    number = 1
    while True:
        ff = text.find("\f", start)
        stop = len(text) if ff < 0 else ff
        out.append(PageText(number, start, stop, paragraphs(text, start, stop)))
        if ff < 0:
            break
        start, number = ff + 1, number + 1
    # Blank pages (e.g. a trailing form feed) carry nothing worth a page.
    kept = [p for p in out if p.paras]
    return kept or out[:1]
