"""The import contract: the core never imports the UI toolkit, not even through another
module, and the UI never reaches into the parser.

The core is every package and module of reader/ but reader.ui, reader.cli and __main__;
new ones are found by walking the package, so the contract covers them without a list.
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_TOOLKITS = ("textual", "rich")

# Imports each module in turn, in one fresh interpreter, and names the first one after
# whose import a toolkit is in sys.modules: that module pulled it in, directly or not.
PROBE = """
import json, os, pkgutil, sys
import reader
toolkits, given = sys.argv[1].split(","), sys.argv[2:]

def core(path, prefix):
    # Not pkgutil.walk_packages: it imports every package it walks, reader.ui's too.
    for m in pkgutil.iter_modules(path, prefix):
        if m.name.startswith(("reader.ui", "reader.cli")) or m.name == "reader.__main__":
            continue
        yield m.name
        if m.ispkg:
            yield from core([os.path.join(path[0], m.name.rpartition(".")[2])], m.name + ".")

names = given or sorted(core(reader.__path__, "reader."))
found = {}
for name in names:
    __import__(name)
    loaded = sorted(t for t in toolkits if t in sys.modules and t not in found.values())
    for toolkit in loaded:
        found[name] = toolkit
print(json.dumps({"modules": names, "offenders": found}))
"""


def _probe(*modules: str, path: Path | None = None) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in (ROOT, path) if p)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(UI_TOOLKITS), *modules],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_no_core_module_imports_a_ui_toolkit_even_indirectly():
    result = _probe()
    core = set(result["modules"])
    # Every core package is walked, not only the top modules.
    assert {"reader.model", "reader.store", "reader.ingest", "reader.search"} <= core
    assert any(name.startswith("reader.ingest.") for name in core)
    assert any(name.startswith("reader.search.") for name in core)
    assert result["offenders"] == {}


def test_the_probe_sees_a_toolkit_pulled_in_indirectly(tmp_path):
    (tmp_path / "looks_clean.py").write_text("import helper_module\n")
    (tmp_path / "helper_module.py").write_text("from rich.text import Text\n")
    found = _probe("reader.model", "looks_clean", path=tmp_path)["offenders"]
    assert found == {"looks_clean": "rich"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_the_ui_never_imports_the_parser():
    """The UI renders the model; text becomes an edition through reader.sources, never
    through the ingest package from a widget or screen."""
    for path in (ROOT / "reader" / "ui").rglob("*.py"):
        parser = {m for m in _imported_modules(path) if m.split(".")[:2] == ["reader", "ingest"]}
        assert not parser, f"{path.relative_to(ROOT)} imports {sorted(parser)}"


def test_the_text_ingest_never_imports_the_pdf_reader():
    """The PDF reader builds on the text ingest's rules; the way back would be a cycle.
    Telling a PDF from page text is reader.sources' job."""
    for path in (ROOT / "reader" / "ingest").rglob("*.py"):
        pdf = {m for m in _imported_modules(path) if m.split(".")[:2] == ["reader", "pdf"]}
        assert not pdf, f"{path.relative_to(ROOT)} imports {sorted(pdf)}"
