"""A deck bank in title case wrapped on two lines under a headline in capitals
('Brotherhoods Poll Members in Every' / 'Division Point on the System'): one bank, one
deck entry. The segment stage cuts short unpunctuated lines of a block apart (a modern
headline over its deck); under a stacked head in capitals, the block under it is its
bank, set as an inverted pyramid: its first line the longer, the phrase running on."""

from __future__ import annotations

from reader.ingest.en_blocks import HEAD_LINES
from reader.ingest.head import is_caps_block, is_title_case
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

WRAPPED_BANK = "segment: a title-case bank wrapped on two lines under a headline in capitals"


def _bank_line(para: Para) -> bool:
    return (
        len(para.lines) == 1
        and para.cut == HEAD_LINES
        and is_title_case(para.lines[0].text)
        and not TERMINAL.search(para.lines[0].text)
    )


def wrapped_banks(paras: list[Para]) -> list[Para]:
    """The paragraphs with each such bank's two lines joined again (one pass)."""
    out: list[Para] = []
    k = 0
    while k < len(paras):
        para = paras[k]
        pair = paras[k : k + 2]
        if (
            len(pair) == 2
            and k
            and is_caps_block([x.text for x in paras[k - 1].lines])
            and all(map(_bank_line, pair))
            and not pair[1].gap
            and (k + 2 == len(paras) or not _bank_line(paras[k + 2]) or paras[k + 2].gap)
            and len(pair[0].lines[0].text) >= len(pair[1].lines[0].text)
        ):
            out.append(Para([*pair[0].lines, *pair[1].lines], para.gap, para.inner, WRAPPED_BANK))
            k += 2
            continue
        out.append(para)
        k += 1
    return out
