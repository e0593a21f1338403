"""Pages without blank lines: a corpus page holds one whole article a line, no headline."""

from __future__ import annotations

from tests.gen.articles import _Writer
from tests.gen.plan import _Art, _p
from tests.gen.truth import Article, Block


def corpus(w: _Writer) -> list[_Art]:
    arts = []
    for _ in range(w.r.randint(4, 8)):
        lead = Block("lead", w.lex.para(w.lex.focus(), 2, 5, lead=True))
        arts.append(_Art(Article(None, body=[lead], style="corpus"), [_p(lead.text, lead)]))
    return arts
