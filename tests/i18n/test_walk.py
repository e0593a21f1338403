"""Every user-facing string of the reader and the CLI goes through the catalog.

Two walks. The source: every string the code hands to a place a person reads (a
notification, a binding's words, a border title, a placeholder, argparse's help, an
error of the BroadsheetError family, a line the CLI prints, a palette entry) is a
message of the catalog (_(), N_(), ngettext()), never a bare English literal. And the
running program: in Korean, every binding's words, the help screen, the footer, the
palette's commands and every help text of the CLI read differently than in English.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import reader.ui
from reader import i18n
from reader.cli import COMMANDS, build_parser
from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import seed_app

ROOT = Path(__file__).resolve().parents[2]
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
NAMES = re.compile(r"\bbroadsheet\b|\{\w*\}")
"""The program's name, which every language writes so, and placeholders."""
HANGUL = re.compile(r"[가-힣]")

# --- the source ------------------------------------------------------------------------

MARKERS = {"_", "N_", "ngettext"}
ERRORS = {"BroadsheetError", "EditionError", "DecodeError", "SettingsError", "StateWarning"}
ERRORS |= {"PdfError", "PictureError"}
# Calls whose arguments (by position, and keywords) a person reads.
READ_ARGS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "notify": ((0,), ("message", "title")),
    "Binding": ((2,), ("description", "tooltip")),
    "add_parser": ((), ("help", "description")),
    "add_argument": ((), ("help",)),
    "ArgumentParser": ((), ("description",)),
    "Input": ((), ("placeholder",)),
    "Target": ((0, 1), ("text", "help")),
    "SystemCommand": ((0, 1), ("title", "help")),
    "Segment": ((0,), ()),
    "add_task": ((0,), ()),
    "TextColumn": ((0,), ()),
}
# In the UI and the CLI, what is printed or put into a text is read too.
FRONT_ARGS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "print": ((0,), ()),
    "err": ((0,), ()),
    "Text": ((0,), ()),
    "append": ((0,), ()),
}
READ_ATTRIBUTES = {"border_title", "border_subtitle"}


SHOWN_LATER = {"Binding", "SystemCommand"}
"""Calls whose words may be N_()-marked msgids: the footer, help and palette translate
them as they show them."""
KEEP_WORDS = {"format", "lower", "upper", "capitalize", "strip"}
"""Methods whose result still says what their string says."""


class Walk:
    """The strings a module hands a person, followed back through the names it assigns."""

    def __init__(self, tree: ast.AST) -> None:
        self.assigned: dict[str, list[ast.AST]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            for target in targets:
                if isinstance(target, ast.Name):
                    self.assigned.setdefault(target.id, []).append(value)

    def untranslated(self, node: ast.AST, marked_ok: bool, seen: frozenset[str] = frozenset()):
        """A literal with English words in it (or an f-string, concatenation or choice of
        them, a name assigned one, its .format()) not wrapped in _() or ngettext(); an
        N_()-marked message too, unless the place translates it when shown."""
        again = lambda *nodes: any(self.untranslated(n, marked_ok, seen) for n in nodes)  # noqa: E731
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str) and bool(
                LATIN_WORD.search(NAMES.sub("", node.value))
            )
        if isinstance(node, ast.JoinedStr):
            return again(*node.values)
        if isinstance(node, ast.FormattedValue):
            return again(node.value)
        if isinstance(node, ast.BinOp):
            return again(node.left, node.right)
        if isinstance(node, ast.IfExp):
            return again(node.body, node.orelse)
        if isinstance(node, ast.Name) and node.id not in seen:
            values = self.assigned.get(node.id, ())
            return any(self.untranslated(v, marked_ok, seen | {node.id}) for v in values)
        if isinstance(node, ast.Call):
            if call_name(node) == "N_":
                return not marked_ok
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in KEEP_WORDS:
                return again(func.value)
        return False


def call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def read_arguments(call: ast.Call, front: bool) -> Iterator[ast.AST]:
    name = call_name(call)
    slots = READ_ARGS.get(name or "") or (FRONT_ARGS.get(name or "") if front else None)
    if slots is not None:
        positions, keywords = slots
        yield from (call.args[i] for i in positions if i < len(call.args))
        yield from (k.value for k in call.keywords if k.arg in keywords)
    if name in ERRORS:
        yield from call.args[1:]
        yield from (k.value for k in call.keywords if k.arg == "reason")


def offences(source: str, relative: str) -> Iterator[str]:
    """Where `source` (the module at `relative`) hands a person a string not translated."""
    tree = ast.parse(source)
    walk = Walk(tree)
    front = relative.startswith(("reader/ui/", "reader/cli/"))
    for node in ast.walk(tree):
        found: list[ast.AST] = []
        marked_ok = False
        if isinstance(node, ast.Call) and call_name(node) not in MARKERS:
            found.extend(read_arguments(node, front))
            marked_ok = call_name(node) in SHOWN_LATER
        elif isinstance(node, ast.Assign):
            if any(getattr(t, "attr", None) in READ_ATTRIBUTES for t in node.targets):
                found.append(node.value)
        for value in found:
            if walk.untranslated(value, marked_ok):
                yield f"{relative}:{value.lineno}: {ast.unparse(value)[:80]}"


def test_no_user_facing_string_bypasses_the_catalog():
    found = [
        offence
        for path in sorted((ROOT / "reader").rglob("*.py"))
        for offence in offences(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    ]
    assert not found, "wrap these in _() (or N_() where kept in a constant):\n" + "\n".join(found)


def test_the_source_walk_finds_what_it_is_for():
    """The walk itself: each kind of slot is caught when it holds a bare literal, or a
    name, format or f-string made of one, or a message only marked (N_) where nothing
    translates it later."""
    source = """
self.notify("Saved.", title="Done")
Binding("x", "save", "Save", tooltip="Save it")
p.add_argument("--x", help="an option")
raise BroadsheetError(path, f"cannot read {x}")
pane.border_title = "Ads"
Input(placeholder="words")
print(f"wrote {n} files")
NONE_LEFT = N_("Nothing left.")
COUNT = "{n} photos"
def show(self):
    title = COUNT.format(n=3)
    self.notify(NONE_LEFT, title=title)
    Text(f"  {COUNT.lower()}")
"""
    assert len(list(offences(source, "reader/ui/probe.py"))) == 12
    wrapped = """
self.notify(_("Saved."), title=_("Done"))
Binding("x", "save", N_("Save"), tooltip=N_("Save it"))
p.add_argument("--x", help=_("an option"))
raise BroadsheetError(path, _("cannot read {x}").format(x=x))
pane.border_title = _("Ads")
Input(placeholder=_("words"))
print(_("wrote {n} files").format(n=n))
NONE_LEFT = N_("Nothing left.")
COUNT = "{n}/{of}"
def show(self):
    title = _("{n} photos").format(n=3)
    self.notify(_(NONE_LEFT), title=title)
    Text(f"  {COUNT.format(n=1, of=2)}")
"""
    assert list(offences(wrapped, "reader/ui/probe.py")) == []


# --- the running program ------------------------------------------------------------------


def ui_classes() -> list[type[DOMNode]]:
    """Every screen, widget and app class of reader.ui (its modules walked and imported)."""
    classes: dict[str, type[DOMNode]] = {}
    for module in pkgutil.walk_packages(reader.ui.__path__, "reader.ui."):
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__.startswith("reader."):
                classes[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(classes.values())


def our_bindings() -> Iterator[tuple[str, Binding]]:
    for cls in ui_classes():
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding):
                yield cls.__qualname__, binding


def test_the_walk_sees_every_screen_and_widget():
    names = {cls.__qualname__ for cls in ui_classes()}
    assert {"BroadsheetApp", "ReaderScreen", "HelpScreen", "EditionPicker"} <= names
    assert {"BookmarksScreen", "SearchBar", "DocumentView", "KeyedOptionList"} <= names
    assert len(list(our_bindings())) >= 40


def test_every_binding_description_and_tooltip_is_translated(korean):
    untranslated = [
        f"{owner} {binding.id}: {words!r}"
        for owner, binding in our_bindings()
        for words in (binding.description, binding.tooltip)
        if words and LATIN_WORD.search(words) and i18n._(words) == words
    ]
    assert not untranslated


def run_korean(body, size=(120, 40)):
    async def go():
        app = seed_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            return await body(app, pilot)

    return asyncio.run(go())


def test_help_speaks_korean_throughout(korean):
    async def groups(app, pilot):
        return app.screen.help_groups()

    found = run_korean(groups)
    titles = [title for title, _rows in found]
    assert titles[:4] == ["읽기", "지면 목록", "기사 창과 광고 창", "검색창"]
    assert all(HANGUL.search(title) for title in titles)  # the dialogs' after them
    english = [
        (keys, words) for _t, rows in found for keys, words in rows if not HANGUL.search(words)
    ]
    assert not english
    assert sum(len(rows) for _t, rows in found) >= 40


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_the_footer_speaks_korean(korean, size):
    async def keys(app, pilot):
        return [(k.description, k.tooltip) for k in app.screen.query_one(KeyFooter).keys]

    found = run_korean(keys, size)
    assert found and all(HANGUL.search(d) and HANGUL.search(t) for d, t in found), found


def test_the_palette_commands_speak_korean(korean):
    async def commands(app, pilot):
        return [(c.title, c.help) for c in app.get_system_commands(app.screen)]

    found = run_korean(commands)
    assert ("단축키", "이 단축키 목록") in found
    assert all(HANGUL.search(title) and HANGUL.search(help) for title, help in found)


def parser_texts(parser: argparse.ArgumentParser, where: str = "broadsheet") -> Iterator:
    """(where, what) -> text: the description and group titles of a parser and of its
    subcommands, the help of every argument and of every subcommand."""
    yield (where, "description"), parser.description
    for n, group in enumerate(parser._action_groups):
        yield (where, f"group {n}"), group.title
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield (where, f"command {choice.dest}"), choice.help
            for name, sub in action.choices.items():
                yield from parser_texts(sub, f"{where} {name}")
        elif action.help is not None:
            yield (where, "/".join(action.option_strings) or action.dest), action.help


def cli_texts() -> dict:
    texts: dict = {}
    for command in [None, *COMMANDS]:
        texts.update(parser_texts(build_parser(command)))
    return texts


def test_every_cli_help_text_changes_in_korean():
    english = cli_texts()
    i18n.use("ko")
    korean = cli_texts()
    assert english.keys() == korean.keys()
    assert len(english) >= 40
    same = [f"{key}: {text!r}" for key, text in english.items() if text and korean[key] == text]
    assert not same
