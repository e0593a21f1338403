"""Raw page text -> Edition: `ingest_text` (files, folders and PDFs: reader.sources).
The stages, their modules and where each kind of rule lives: docs/ingest-map.md.

Pipeline: decode -> segment (pages, paragraphs) -> masthead and section labels ->
groups (one per item) -> article or ad -> Edition. Every non-whitespace source
character ends up in exactly one leaf's spans; anything the rules do not place
becomes a paragraph rather than being dropped.

Every rule is general (no string of any one page): tests/ingest/test_seed.py holds
the real page field by field, test_variant_*.py other papers' habits, and
test_properties.py arbitrary text and editions from tests/gen/ with their truth.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from reader import store
from reader.ingest import explain
from reader.ingest.inferred_section import infer_section
from reader.ingest.one_page import LABEL_AGAIN, text_page
from reader.ingest.page_files import id_name
from reader.ingest.repair import Vocabulary
from reader.ingest.segment import pages
from reader.jump_links import link_jumps
from reader.model import SCHEMA, Edition, Masthead, Page, Source
from reader.slugs import slug

# text_page, infer_section and LABEL_AGAIN: for the PDF's assembly and the tests
__all__ = ["LABEL_AGAIN", "edition_id", "explain_text", "infer_section", "ingest_text", "text_page"]


Known = Callable[[str, int, str | None], None]


def ingest_text(
    text: str, name: str = "edition", encoding: str = "utf-8", known: Known | None = None
) -> Edition:
    """known(edition id, pages, the front page's printed number) is called once the front
    page gives the id (its masthead's paper and date), before the other pages are read: a
    caller can refuse."""
    vocab = Vocabulary(text)
    masthead: Masthead | None = None
    warnings: list[str] = []
    out_pages: list[Page] = []
    texts = pages(text)
    for pt in texts:
        paper = masthead.paper if masthead else None
        page, found = text_page(pt, vocab, front=masthead is None and not out_pages, paper=paper)
        if found:
            masthead = found.masthead
            warnings.extend(found.warnings)
        out_pages.append(page)
        if known and len(out_pages) == 1:
            known(edition_id(masthead, id_name(name)), len(texts), page.printed)
    edition = Edition(
        schema=SCHEMA,
        id=edition_id(masthead, id_name(name)),
        source=Source(
            name=name,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            encoding=encoding,
            chars=len(text),
        ),
        masthead=masthead,
        pages=out_pages,
        warnings=warnings,
    )
    return link_jumps(edition)  # a story's parts are known only once every page is read


def explain_text(
    text: str, name: str = "edition", encoding: str = "utf-8"
) -> tuple[Edition, explain.Trace]:
    """ingest_text, and the rule that decided each item's and leaf's kind."""
    with explain.tracing() as trace:
        return ingest_text(text, name, encoding), trace


def edition_id(masthead: Masthead | None, name: str) -> str:
    if masthead and masthead.paper and masthead.date:
        raw = f"{masthead.paper}-{masthead.date}"
    else:
        raw = name
    # The id names the edition's file: a long source name is cut to fit.
    return store.fit_stem(slug(raw), ".json").rstrip("-.") or "edition"
