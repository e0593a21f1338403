"""Every reliance of reader/ on a private name of Textual (or of Rich and argparse, which
the UI and the command line build on) is named in docs/textual-private.md, so none
slips in unlisted: a Textual release may change any of them without notice."""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
from functools import cache
from pathlib import Path

import rich
import textual

import reader

ROOT = Path(reader.__file__).parent
DOC = ROOT.parent / "docs" / "textual-private.md"

# A private module of Textual or Rich: `textual._compositor`, `textual.widgets._toast`.
_MODULE = re.compile(r"\b((?:textual|rich)(?:\.\w+)*\._\w+)")
# Another object's private name: `app._driver`, `super()._display`, `argparse._Sub...`
# (never self's or cls's, which are the class's own or checked below by its bases).
_OTHERS = re.compile(r"(?<![\w.])(\w+(?:\(\))?(?:\.\w+)*)\.(_[A-Za-z]\w*)")
# Public though underscored: a named tuple's methods, os._exit, ctypes' _fields_.
_PUBLIC = {"_replace", "_asdict", "_fields", "_make", "_exit", "_fields_"}
# A name an instance of a class is given, or read: `self._cuts`.
_SELF = re.compile(r"self\.(_[A-Za-z]\w*)")
_SET = re.compile(r"self\.(_[A-Za-z]\w*)\s*(?::[^=\n]*)?=(?!=)")
# A private name reader/ defines itself (a function, a module's or a class's name).
_DEFINED = re.compile(r"^\s*(?:def |class )?(_[A-Za-z]\w*)\s*[(:=]", re.MULTILINE)


def grepped(source: str) -> set[str]:
    """The private modules, and other objects' private names, a module's source uses."""
    modules = set(_MODULE.findall(source))
    code = _MODULE.sub("", "\n".join(line.split("#")[0] for line in source.splitlines()))
    others = {name for owner, name in _OTHERS.findall(code) if owner not in ("self", "cls")}
    return modules | (others - _PUBLIC)


def _private(names: object) -> set[str]:
    return {n for n in names if n.startswith("_") and not n.startswith("__")}  # type: ignore[attr-defined]


@cache
def _theirs(base: type) -> set[str]:
    """A class's private names: its own, and those its instances are given."""
    names = _private(vars(base))
    try:
        names |= set(_SET.findall(inspect.getsource(base)))
    except (OSError, TypeError):  # a class of C
        pass
    return names


def inherited(cls: type) -> set[str]:
    """The private names of a class's bases outside reader/ that the class defines,
    overrides or reads (a method, an attribute its instances carry)."""
    ours = {n for n, v in vars(cls).items() if inspect.isfunction(v) or isinstance(v, property)}
    ours = _private(ours) | set(_SELF.findall(inspect.getsource(cls)))
    theirs: set[str] = set()
    for base in cls.__mro__[1:]:
        if base.__module__.startswith("reader") or base is object:
            continue
        theirs |= _theirs(base)
    return ours & theirs


def reliances() -> dict[str, set[str]]:
    """Each private name of another package that reader/ relies on, by the modules."""
    found: dict[str, set[str]] = {}
    defined: set[str] = set()  # reader's own, which one of its objects reads of another
    overridden: set[str] = set()
    for path in sorted(ROOT.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
        source = path.read_text(encoding="utf-8")
        defined |= set(_DEFINED.findall(source)) | set(_SET.findall(source))
        names = grepped(source)
        if module.startswith(("reader.ui", "reader.cli")):
            mod = importlib.import_module(module.removesuffix(".__init__"))
            for cls in vars(mod).values():
                if inspect.isclass(cls) and cls.__module__ == mod.__name__:
                    overridden |= inherited(cls)
                    names |= inherited(cls)
        for name in names:
            found.setdefault(name, set()).add(module)
    ours = defined - overridden - _defined_by_them()
    return {name: where for name, where in found.items() if name not in ours}


def _defined_by_them() -> set[str]:
    """Every private name Textual, Rich and argparse define."""
    sources = [Path(argparse.__file__)]
    for package in (textual, rich):
        sources += Path(package.__file__).parent.rglob("*.py")
    names: set[str] = set()
    for path in sources:
        source = path.read_text(encoding="utf-8")
        names |= set(_DEFINED.findall(source)) | set(_SET.findall(source))
    return names


def test_every_private_reliance_is_in_the_doc():
    named = set(re.findall(r"`([\w.]+)`", DOC.read_text(encoding="utf-8")))
    found = reliances()
    unlisted = {name: sorted(where) for name, where in found.items() if name not in named}
    assert not unlisted, f"private names not in {DOC.name}: {unlisted}"


def test_the_grep_finds_each_kind_of_reliance():
    source = """
from textual._compositor import ChopsUpdate
from textual.widgets._toast import Toast
    driver = self.app._driver  # the driver's write
    return super()._format_action_invocation(action)
def register(sub: argparse._SubParsersAction) -> None:
    self._mine = 1; other._quotes; command._replace(title="x")
"""
    assert grepped(source) == {
        "textual._compositor",
        "textual.widgets._toast",
        "_driver",
        "_format_action_invocation",
        "_SubParsersAction",
        "_quotes",
    }
    assert not grepped("os._exit(0); command._replace(title='x')")


def test_an_override_of_a_bases_private_method_is_found():
    from textual.widgets import OptionList

    class Rows(OptionList):
        def _on_click(self, event: object) -> None:
            self._mine = event

    assert inherited(Rows) == {"_on_click"}
