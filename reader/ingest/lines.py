"""A page's lines and paragraphs, each with its offsets in the source text (segment.py
cuts the text into them; every later stage reads them)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # stripped of surrounding whitespace
    start: int  # offset of text[0] in the source
    indent: int = 0  # columns of white space before it (a tab counts as four)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class Para:
    lines: list[Line]
    gap: int = 0  # blank lines before this paragraph
    inner: bool = False  # a line cut out of a block printed without blank lines, not its top
    cut: str = ""  # the rule that cut it out of its block, for `broadsheet show --explain`

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
    dense: bool = False  # no blank line between its lines
    latin: bool = False  # written in Latin letters (an English page)
