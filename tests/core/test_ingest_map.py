"""docs/ingest-map.md is where the next maintainer finds a rule among reader/ingest/'s
modules: it names every one of them, and names none (nor any `module.name`) that is gone,
so it does not drift as the logs by round did."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAP = ROOT / "docs" / "ingest-map.md"

# `label.py` is a module of reader/ingest/; a module elsewhere is written with its folder
# (`pdf/lines.py` would not match, nor `tests/ingest/test_ads_classified.py`).
MODULE = re.compile(r"`(\w+)\.py`")
# `items.split_groups`: a name a module of reader/ingest/ holds.
NAME = re.compile(r"`([a-z_0-9]+)\.([A-Za-z_]\w*)`")


def ingest_modules() -> set[str]:
    return {p.stem for p in (ROOT / "reader" / "ingest").glob("*.py")}


def map_text() -> str:
    return MAP.read_text("utf-8")


def test_the_map_names_every_module_of_the_ingest() -> None:
    modules = ingest_modules()
    named = set(MODULE.findall(map_text()))
    assert len(modules) > 50
    assert sorted(modules - named) == []


def test_every_module_the_map_names_exists() -> None:
    assert sorted(set(MODULE.findall(map_text())) - ingest_modules()) == []


def test_every_name_the_map_cites_is_in_its_module() -> None:
    modules = ingest_modules()
    cited = [(m, n) for m, n in NAME.findall(map_text()) if n != "py"]
    assert len(cited) > 50
    gone = [
        f"{m}.{n}"
        for m, n in cited
        if m not in modules or not hasattr(importlib.import_module(f"reader.ingest.{m}"), n)
    ]
    assert gone == []


def test_a_moved_name_is_caught() -> None:
    """The check reads names as the logs cite them: one moved since is found gone."""
    stale = "`label_pair.standing_title` and `items._titled`"
    cited = NAME.findall(stale)
    assert cited == [("label_pair", "standing_title"), ("items", "_titled")]
    assert not any(hasattr(importlib.import_module(f"reader.ingest.{m}"), n) for m, n in cited)
