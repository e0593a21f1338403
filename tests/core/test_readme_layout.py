"""The README's Layout names every package and module at the top of reader/: it is where
a newcomer starts reading, and a part missing there is a part nobody finds."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def layout_block() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```", 2)[1]


def test_the_layout_names_every_part_of_reader() -> None:
    named = set(re.findall(r"^  ([\w.]+/?)", layout_block(), re.M))
    parts = {
        p.name + "/" if p.is_dir() else p.name
        for p in (ROOT / "reader").iterdir()
        if p.name != "__pycache__" and not p.name.startswith("__")
    }
    assert len(parts) > 20
    assert sorted(parts - named) == []
    assert sorted(named - parts) == []  # nor names a part that is gone
