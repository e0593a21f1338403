"""What a PATH on the command line means: an edition file, or a PDF or page text to ingest."""

from __future__ import annotations

import os
from pathlib import Path

from reader import store
from reader.model import Edition


def load_any(path: str | os.PathLike[str]) -> Edition:
    """A .json edition file as it is; anything else (a PDF, a page file, a folder of
    pages, a form-feed-joined text) ingested in memory (a PDF's photos not extracted)."""
    p = Path(path)
    if p.suffix.lower() == ".json" and not p.is_dir():
        return store.load(p)
    from reader.ingest import ingest  # only sources to ingest need the ingest pipeline

    return ingest(p)
