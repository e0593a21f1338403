"""Pieces signed by their writers, one after another under a column's title (letters to
the editor, readers' contributions): each a head in bold type of about the body's size, its
text, and its writer's line at its foot ('박소율 주부(달내군 달내읍)'). A head set right after
the last piece's writer, or right under the column's title, heads the next piece: it is no
subhead of the piece above, nor the title's text (`articles.py` asks)."""

from __future__ import annotations

import re

from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block
from reader.pdf.parts import Style

_BOLD = re.compile(r"Bold|Black|Heavy")


def signed_piece_head(block: Block, style: Style) -> bool:
    """A one-line block in bold, in another face than the body's, in the body's tier but
    no smaller than its type, ending no sentence: a letter's head ('버스 정류장에 온열
    의자를', 9.5 pt bold sans over 8.5 pt text on a page set in 9 pt)."""
    return (
        len(block.lines) == 1
        and block.font != style.font
        and bool(_BOLD.search(block.font))
        and style.tier(block) == "body"
        and block.size >= style.size
        and not TERMINAL.search(block.lines[0].text)
    )
