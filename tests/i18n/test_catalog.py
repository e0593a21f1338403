"""The Korean catalog: every message of the source translated, placeholders kept, the
compiled .mo the .po's, the template what `make i18n` extracts, shipped in the package,
and read at run time by the stdlib alone."""

from __future__ import annotations

import argparse
import fnmatch
import gettext
import inspect
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import textual.app
import textual.command
import textual.screen
import textual.widgets._option_list
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from reader import i18n
from reader.cli import argparse_words
from reader.ui import textual_words

ROOT = Path(__file__).resolve().parents[2]
MO = i18n.catalog_path("ko")
PO = MO.with_suffix(".po")
POT = i18n.LOCALE_DIR / f"{i18n.DOMAIN}.pot"

Msgid = str | tuple[str, str]


def extracted() -> dict[Msgid, str]:
    """Every message the source marks, as `make i18n` extracts it (babel.cfg's mapping,
    Babel's default keywords: _, N_, ngettext): msgid -> where."""
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    found: dict[Msgid, str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        ROOT / "reader", method_map, options_map
    ):
        msgid = message if isinstance(message, str) else (message[0], message[1])
        found.setdefault(msgid, f"reader/{filename}:{lineno}")
    return found


def catalog(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale="ko" if path.suffix == ".po" else None)


def messages(cat: Catalog) -> Iterator[tuple[Msgid, str | tuple[str, ...], bool]]:
    for m in cat:
        if m.id:
            msgid = m.id if isinstance(m.id, str) else (m.id[0], m.id[1])
            yield msgid, m.string, m.fuzzy


def test_every_message_of_the_source_has_a_korean_translation():
    korean = {msgid: string for msgid, string, fuzzy in messages(catalog(PO)) if not fuzzy}
    untranslated = [
        f"{where}: {msgid!r}"
        for msgid, where in extracted().items()
        if not (korean.get(msgid) if isinstance(msgid, str) else any(korean.get(msgid, ())))
    ]
    assert not untranslated, "run `make i18n` and translate in the .po:\n" + "\n".join(untranslated)


def test_the_template_is_what_make_i18n_extracts():
    in_template = {msgid for msgid, _string, _fuzzy in messages(catalog(POT))}
    assert in_template == set(extracted()), "run `make i18n`"


def test_the_catalog_holds_no_message_the_source_dropped():
    # `make i18n` drops them (--ignore-obsolete); a hand edit could leave some.
    assert {msgid for msgid, _s, _f in messages(catalog(PO))} == set(extracted())


PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[sr]|%[sr]")


@pytest.mark.parametrize("part", ["singular", "plural"])
def test_translations_keep_the_placeholders(part: str):
    wrong = []
    for msgid, string, _fuzzy in messages(catalog(PO)):
        source = msgid if isinstance(msgid, str) else msgid[0 if part == "singular" else 1]
        strings = [string] if isinstance(string, str) else list(string)
        for translated in strings:
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(
                set(PLACEHOLDER.findall(translated))
            ):
                wrong.append(f"{source!r} -> {translated!r}")
    assert not wrong


def test_the_compiled_catalog_is_the_po():
    """The .mo is committed (a fresh clone and the installed package read it as it is):
    it must say what the .po says; `make i18n` compiles it."""
    with MO.open("rb") as f:
        compiled = dict(gettext.GNUTranslations(f)._catalog)  # type: ignore[attr-defined]
    compiled.pop("", None)  # the header
    expected: dict[object, str] = {}
    for msgid, string, fuzzy in messages(catalog(PO)):
        if fuzzy:
            continue
        if isinstance(msgid, str):
            expected[msgid] = string  # type: ignore[assignment]
        else:
            expected.update({(msgid[0], n): s for n, s in enumerate(string)})
    assert compiled == expected


def test_the_catalog_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["reader"]
    relative = MO.relative_to(ROOT / "reader").as_posix()
    assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns)


def test_korean_has_one_form_for_every_number():
    i18n.use("ko")
    assert [i18n.ngettext("{count} article", "{count} articles", n) for n in (0, 1, 2)] == [
        "기사 {count}건"
    ] * 3
    i18n.use("en")
    assert i18n.ngettext("{count} article", "{count} articles", 1) == "{count} article"
    assert i18n.ngettext("{count} article", "{count} articles", 2) == "{count} articles"


def test_loading_the_catalog_needs_only_the_stdlib():
    """No Babel at run time: a fresh interpreter reads the Korean catalog with gettext
    (and the stdlib modules it needs), importing nothing of ours or Babel's."""
    probe = (
        "import sys; from reader import i18n; before = set(sys.modules); i18n.use('ko'); "
        "assert i18n._('Search') == '검색'; "
        "print(sorted(m for m in set(sys.modules) - before if m.startswith(('reader', 'babel'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
    found = subprocess.run(
        [sys.executable, "-c", "import sys, reader.i18n; print('babel' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("words", "module"),
    [
        (argparse_words.MESSAGES, argparse),
        (textual_words.BINDINGS, textual.widgets._option_list),
        (textual_words.COMMANDS, textual.app),
    ],
    ids=["argparse", "textual-bindings", "textual-commands"],
)
def test_the_words_of_our_libraries_are_still_theirs(words, module):
    """The msgids we translate for argparse and Textual are still how they word them."""
    source = inspect.getsource(module)
    if module is textual.widgets._option_list:
        source += inspect.getsource(textual.command)  # "Exit the command palette"
    missing = [w for w in words if repr(w) not in source and f'"{w}"' not in source]
    assert not missing


def test_a_catalog_missing_from_the_install_leaves_english(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_catalogs", {"en": i18n._catalogs["en"]})  # none read yet
    i18n.use("ko")
    assert i18n.language() == "ko" and i18n._("Search") == "Search"
