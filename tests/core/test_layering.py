"""The core never imports the UI toolkit: model, ingest, store, search and state stay UI-free."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "reader"
CORE = sorted(
    p
    for p in ROOT.rglob("*.py")
    if p.relative_to(ROOT).parts[0] not in ("ui", "cli") and p.name != "__main__.py"
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_found():
    names = {p.relative_to(ROOT).as_posix() for p in CORE}
    assert {"model.py", "store.py", "ingest/__init__.py"} <= names


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_core_does_not_import_ui(path):
    assert not _imports(path) & {"textual", "rich"}, f"{path.name} imports a UI package"


def test_ui_does_not_parse_text():
    """The UI renders the model; it never calls the ingest parser's internals."""
    for path in (ROOT / "ui").rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert "reader.ingest." not in src, f"{path.name} reaches into ingest internals"
