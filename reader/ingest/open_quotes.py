"""A paragraph cut inside a quotation. Page text set tight (no blank line between
paragraphs) cuts its lines into paragraphs by their shape, and a justified column's line
torn inside a word ('… 관계자는 “임시회가 끝나는 다음 달 전에 소위' / '가 구성되지 …') looks
like a head set at the measure by chance: the cut makes it a new item's headline. A line
that leaves a quotation open, closing no sentence, has not ended its paragraph when the
text under it closes that quotation: a head quotes whole on its lines ('‘영구 보관’'), and
a paragraph never ends inside its quotation."""

from __future__ import annotations

import re

from reader.ingest.en_blocks import open_quote
from reader.ingest.lines import Para
from reader.ingest.repair import Vocabulary

QUOTE_RUNS_ON = "open quotes: the line leaves a quotation open that the text under it closes"

_OPENERS, _CLOSERS = "“「『", "”」』"
_STOP = re.compile(r"[.?!:]['\"’”」』)]{0,3}$")  # a sentence's stop, with what closes after it


def quote_runs_on(para: Para, nxt: Para, vocab: Vocabulary) -> bool:
    """Does para, set tight over nxt, stop inside a quotation nxt's first line closes? Its
    last line ends bare at a column's measure, on a page that shows its line ends' spaces
    (line_spaces.py): a head's line wrapped short ('대법 “무인택배함 분실,' / '택배사가 배상해야”')
    is the head rules' to read."""
    line = para.lines[-1]
    full = vocab.line_bare(line) or vocab.line_column(line) is not None
    if not full or vocab.line_end(line.end) != "" or _STOP.search(line.text):
        return False
    return open_quote(para.text) and _closes_first(nxt.lines[0].text, para.text.count('"') % 2)


def _closes_first(text: str, straight_open: int) -> bool:
    """Does the line close a quotation before it opens one ('다”며 “아침 …')? straight_open:
    a straight quote mark is left open above, so the line's first one closes it."""
    for ch in text:
        if ch in _CLOSERS or ch == '"' and straight_open:
            return True
        if ch in _OPENERS or ch == '"':
            return False
    return False
