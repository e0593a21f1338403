"""The README's Layout names every package and module at the top of reader/ and of
reader/ui/: it is where a newcomer starts reading, and a part missing there is a part
nobody finds."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def layout_block() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```", 2)[1]


def parts_of(folder: Path) -> set[str]:
    """Its packages (with a slash) and modules, styles aside."""
    return {
        p.name + "/" if p.is_dir() else p.name
        for p in folder.iterdir()
        if p.name != "__pycache__" and not p.name.startswith("__") and p.suffix != ".tcss"
    }


def test_the_layout_names_every_part_of_reader() -> None:
    named = set(re.findall(r"^  ([\w.]+/?)", layout_block(), re.M))
    parts = parts_of(ROOT / "reader")
    assert len(parts) > 20
    assert sorted(parts - named) == []
    assert sorted(named - parts) == []  # nor names a part that is gone


def test_the_layout_names_every_part_of_reader_ui() -> None:
    ui = layout_block().split("\n  ui/", 1)[1]
    ui = re.split(r"^  \S", ui, maxsplit=1, flags=re.M)[0]  # up to reader/'s next part
    named = set(re.findall(r"^    ([\w.]+/?)", ui, re.M))
    parts = parts_of(ROOT / "reader" / "ui")
    assert len(parts) > 10
    assert sorted(parts - named) == []
    assert sorted(named - parts) == []
