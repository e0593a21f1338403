"""A want ad led by its head in capitals and a dash ('FOR SALE—Good work horse, …',
'WANTED—Girl for general housework.', 'LOST—Gold watch fob …'): an ad titled by its head,
wherever it stands. The head names the kind of want, not a place, so the note is no
article; the page's title over a run of them ('CLASSIFIED ADVERTISEMENTS') stays a
headline (docs/representation.md, "Dash briefs and place notes")."""

from __future__ import annotations

from reader.ingest.ad import build_ad
from reader.ingest.ad_wraps import join_wrapped
from reader.ingest.brevities import (
    RUN_IN_CUT,
    WANT_CUT,
    WANT_HEAD,
    WANT_LISTED,
    run_in_head,
    run_in_title,
)
from reader.ingest.lines import Para
from reader.ingest.repair import Vocabulary
from reader.model import Ad

WANT_AD = "ad: a want ad led by its head and a dash ('FOR SALE—'), titled by its head"


def want_ad(paras: list[Para]) -> bool:
    """The group opens with a want ad's head cut from its text."""
    if (
        len(paras) < 2
        or len(paras[0].lines) != 1
        or paras[0].cut not in (RUN_IN_CUT, WANT_CUT, WANT_LISTED)
    ):
        return False
    text = paras[0].lines[0].text
    return run_in_head(text) and bool(WANT_HEAD.match(run_in_title(text)))


def build_want_ad(paras: list[Para], item_id: str, page_ends_here: bool, vocab: Vocabulary) -> Ad:
    """The ad, its lines joined, its title the head without its stop and dash."""
    return join_wrapped(build_ad(paras, item_id, page_ends_here=page_ends_here), paras, vocab)
