"""Reading a `[keys]` remap's key names as a person writes them, in the names Textual
gives the keys a terminal sends.

Textual binds a name as it is written and never says when no key can match it: `F1`
(the key is `f1`) or `ctrl+shift+pagedown+x` (two keys in one) binds, shows in the
footer, and never fires, while the action's own key is gone.
"""

from __future__ import annotations

import re
from functools import cache

from textual.keys import KEY_NAME_REPLACEMENTS, Keys, key_to_character

MODIFIERS = frozenset({"shift", "alt", "ctrl", "super", "hyper", "meta"})
"""The modifiers Textual names in a key (its kitty-protocol parser's)."""


@cache
def _named_keys() -> frozenset[str]:
    """Keys named by a word: f1, pagedown, enter, slash… (the last part of Textual's names)."""
    last = (key.value.rsplit("+", 1)[-1] for key in Keys)
    words = {name for name in last if re.fullmatch(r"[a-z][a-z0-9_]+", name)}
    # Textual's short names for printable keys (`slash`, `plus`), which key_to_character
    # cannot map back.
    return frozenset(words | set(KEY_NAME_REPLACEMENTS.values()))


def _key(written: str) -> str | None:
    """One key as Textual names it, or None when no terminal sends such a key."""
    *modifiers, name = written.strip().split("+")
    modifiers = [m.lower() for m in modifiers]
    if not name or any(m not in MODIFIERS for m in modifiers):
        return None
    if len(modifiers) != len(set(modifiers)):
        return None
    if len(name) > 1:
        # A word is a name, whatever its case (`F1`, `PageDown`); one letter's case is
        # its shift (`X`), but a terminal sends Ctrl+X and Ctrl+x alike.
        name = name.lower()
        if name not in _named_keys() and key_to_character(name) is None:
            return None
    elif "ctrl" in modifiers:
        name = name.lower()
    elif not name.isprintable() or name.isspace():
        return None
    return "+".join([*modifiers, name])


def key_spec(written: str) -> str | None:
    """A remap's keys (comma-separated) as Textual names them, or None if any of them
    is not a key a terminal sends."""
    keys = [_key(one) for one in written.split(",")]
    if not keys or any(key is None for key in keys):
        return None
    return ",".join(key for key in keys if key is not None)


def character(key: str) -> str | None:
    """The character a key types, as Textual's key_to_character gives it, also for
    Textual's short names (`slash`, `plus`), which that gives None for."""
    if (found := key_to_character(key)) is not None:
        return found
    long = next((name for name, short in KEY_NAME_REPLACEMENTS.items() if short == key), None)
    return key_to_character(long) if long else None
