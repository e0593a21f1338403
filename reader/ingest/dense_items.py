"""Where items part on a page printed without blank lines, past the headline rules.

A title in brackets alone on its line ('[경제 단신]', '[알립니다]') after finished text, over
a sentence: where the item above awaits no closing byline, the title opens the next item.
A story not yet signed may hold such a line as its subhead ('[걷기 정보]' over more text and
the writer's byline); a story that carries its byline already, under its head, or a brief
led by '▲', which carries no subheads, does not.

A photo's caption closed by its credit, alone after a finished item and over a headline,
is the photo of the story under it, printed over its head: no item of its own."""

from __future__ import annotations

from reader.ingest.ad_marks import is_byline
from reader.ingest.blocks import marked_headline
from reader.ingest.credits import credit_suffix
from reader.ingest.headlines import finished, prose
from reader.ingest.label import BRACKETED
from reader.ingest.lines import Para

BRACKET_AFTER_SIGNED = (
    "a title in brackets alone after finished text, the item above signed already or a"
    " '▲' brief (page without blank lines)"
)


class BracketAfterSigned:
    """Why paragraph k, a bracketed title alone, opens an item after current, or None;
    whether the item holds a byline below its head is kept as the item grows (read again
    at every bracketed title, a long unsigned item made a page quadratic)."""

    __slots__ = ("item", "read", "signed")

    def __init__(self) -> None:
        self.item: list[Para] | None = None
        self.read = 1  # the item's paragraphs read so far (its first is its head)
        self.signed = False

    def __call__(self, current: list[Para], paras: list[Para], k: int, dense: bool) -> str | None:
        para = paras[k]
        text = para.lines[0].text
        if not dense or text[:1] != "[" or len(para.lines) != 1 or not BRACKETED.match(text):
            return None  # cheap test first: most paragraphs open with no bracket
        if not k or k + 1 == len(paras) or not finished(paras[k - 1].lines[-1].text):
            return None
        if not prose(paras[k + 1]):
            return None  # a title over the items' own headlines: split_groups cuts it off
        if marked_headline(current[0].lines[0].text):
            return BRACKET_AFTER_SIGNED  # a '▲' brief: its text ends it
        return BRACKET_AFTER_SIGNED if self._signed(current) else None

    def _signed(self, current: list[Para]) -> bool:
        if current is not self.item:  # a new item (an item grows by extend, opens anew)
            self.item, self.read, self.signed = current, 1, False
        if not self.signed:
            rest = current[self.read :]
            self.signed = any(is_byline(line.text) for p in rest for line in p.lines)
        self.read = max(self.read, len(current))
        return self.signed


CAPTION_OVER_HEAD = (
    "a photo's caption closed by its credit, alone after a finished item, over a headline:"
    " the photo is the story's under it (page without blank lines)"
)


def caption_over_head(current: list[Para], paras: list[Para], k: int) -> bool:
    """current is one caption line closed by its credit ('… 요구하고 있다. /가람일보 DB'),
    and paragraph k, the headline of a story, stands under it: the photo runs with that
    story, printed over its headline, and opens no item of its own."""
    if len(current) != 1 or len(current[0].lines) != 1 or paras[k].gap:
        return False
    return bool(credit_suffix(current[0].lines[0].text)) and k + 1 < len(paras)
