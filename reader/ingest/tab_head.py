"""A corpus line that carries its headline before a tab ('헤드라인\\t본문…'): the part
before the line's only tab, short and unpunctuated, over sentences after it, is the
headline and the rest its text, each cut into a paragraph of its own (before the page's stages)."""

from __future__ import annotations

from reader.ingest.head import SHORT, is_short_line
from reader.ingest.lines import Line, Para
from reader.ingest.repair import TERMINAL

TAB_HEAD = "segment: a short unpunctuated part before a line's only tab, over sentences, heads them"


def tab_head(line: Line) -> tuple[Line, Line] | None:
    """The line's headline and text when it is one article on one line, else None. A
    table's row has more than one tab, or cells that are not sentences, and is kept."""
    text = line.text
    if text.count("\t") != 1:
        return None
    tab = text.index("\t")
    head = text[:tab].rstrip()
    body = text[tab + 1 :].lstrip()
    if not head or not is_short_line(head) or len(body) <= SHORT or not TERMINAL.search(body):
        return None
    if " " not in head:
        return None  # a table's label of one word ('기준금리', 'Total'); a headline has several
    return Line(head, line.start), Line(body, line.end - len(body))


def tab_heads(paras: list[Para]) -> list[Para]:
    """Each paragraph whose lines are such articles cut into one paragraph per article."""
    out: list[Para] = []
    for para in paras:
        cut = [tab_head(line) for line in para.lines]
        if not any(cut):
            out.append(para)
            continue
        run: list[Line] = []
        gap = para.gap
        for line, pair in zip(para.lines, cut, strict=True):
            if pair is None:
                run.append(line)
                continue
            if run:
                out.append(Para(run, gap))
                run, gap = [], 0
            out.append(Para([pair[0]], gap, cut=TAB_HEAD))
            out.append(Para([pair[1]], 0, inner=True, cut=TAB_HEAD))
            gap = 0
        if run:
            out.append(Para(run, gap))
    return out
