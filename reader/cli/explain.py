"""`broadsheet show --explain PAGES`: which rule decided each item's and block's kind.

The rules are recorded while the page text is ingested (reader.ingest.explain); an
edition file never holds them, so --explain reads page text.
"""

from __future__ import annotations

from pathlib import Path

from reader.errors import BroadsheetError
from reader.i18n import _
from reader.ingest import explain_text
from reader.ingest.explain import explain_lines
from reader.printable import visible
from reader.sources import read_source


def run_explain(source: str) -> int:
    if Path(source).suffix.lower() == ".json":
        raise BroadsheetError(
            source, _("--explain reads page text: an edition file keeps no record of its rules")
        )
    text, encoding, name = read_source(source)
    edition, trace = explain_text(text, name, encoding)
    for line in explain_lines(edition, trace):
        print(visible(line))
    return 0
