"""What a PATH on the command line means: an edition file, or a PDF or page text to ingest.

The one place that tells PDFs from page text, so that the text ingest never imports the
PDF reader, which builds on it; an edition file loads without either.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reader import store
from reader.model import Edition

if TYPE_CHECKING:
    from reader.ingest import Known


def load_any(path: str | os.PathLike[str]) -> Edition:
    """A .json edition file as it is; anything else (a PDF, a page file, a folder of
    pages, a form-feed-joined text) ingested in memory (a PDF's photos not extracted)."""
    p = Path(path)
    if p.suffix.lower() == ".json" and not p.is_dir():
        return store.load(p)
    return ingest(p)


def ingest(path: str | os.PathLike[str], known: Known | None = None) -> Edition:
    """An edition of page text, or of a PDF e-edition (a PDF, or a folder of PDF pages
    and page texts): its photos are not extracted, as nothing is saved. known: as
    ingest_text's."""
    from reader.ingest.page_files import is_pdf_source, read_text_source

    if is_pdf_source(Path(path)):
        from reader.pdf import ingest_pdf

        return ingest_pdf(Path(path), known=known).edition
    from reader.ingest import ingest_text

    text, encoding, name = read_text_source(path)
    return ingest_text(text, name=name, encoding=encoding, known=known)


def read_source(path: str | os.PathLike[str]) -> tuple[str, str, str]:
    """(text, encoding, name) of what `ingest(path)` reads: the source its spans index into."""
    from reader.ingest.page_files import is_pdf_source, read_text_source

    if is_pdf_source(Path(path)):
        from reader.pdf import ingest_pdf

        done = ingest_pdf(Path(path))
        return done.text, done.edition.source.encoding, done.edition.source.name

    return read_text_source(path)
