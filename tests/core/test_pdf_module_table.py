"""docs/pdf-ingest.md's table of stages is where a maintainer finds which module of
reader/pdf/ does what: it names every module, and none that is gone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "pdf-ingest.md"
MODULE = re.compile(r"`(\w+)\.py`")


def table_text() -> str:
    """The rows of the table under '## Stages', where each module is given its job."""
    text = DOC.read_text("utf-8")
    start = text.index("## Stages")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def pdf_modules() -> set[str]:
    return {p.stem for p in (ROOT / "reader" / "pdf").glob("*.py")} - {"__init__"}


def test_the_table_names_every_module_of_the_pdf_ingest() -> None:
    modules = pdf_modules()
    assert len(modules) > 15
    assert sorted(modules - set(MODULE.findall(table_text()))) == []


def test_every_module_the_table_names_exists() -> None:
    assert sorted(set(MODULE.findall(table_text())) - pdf_modules()) == []
