"""User settings: one TOML file, typed and validated with msgspec.

The file lives in platformdirs' user config dir (``settings.toml``), or in
``$BROADSHEET_HOME`` when that variable is set (tests and portable installs).
A missing file means defaults. A bad file is a ``SettingsError`` that names the
file and the key; ``load_settings_or_default`` keeps every valid key, drops the
bad ones and returns the error as a warning, so a typo never stops the app.

    theme = "textual-dark"
    show_ads = true
    measure = 72          # reading measure: article width in terminal columns, 40..120
    hanja_readings = false  # show each Hanja word's Hangul reading after it: 與野(여야)
    pictures = "auto"     # photos: "auto" (for the terminal), "kitty", "sixel",
                          # "halfblocks" or "off"
    language = "auto"     # "ko", "en", or "auto": the locale's (LC_ALL, LC_MESSAGES, LANG)

    [keys]                # binding id -> key(s), Textual syntax, comma-separated
    next_article = "ctrl+n,J"
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, get_args

import msgspec
import platformdirs

from reader import i18n
from reader.errors import SettingsError, first_line
from reader.i18n import N_, _
from reader.pictures import PICTURE_MODES, PictureMode
from reader.printable import visible

APP_NAME = "broadsheet"
ENV_HOME = "BROADSHEET_HOME"
SETTINGS_FILE = "settings.toml"

MEASURE_MIN = 40
MEASURE_MAX = 120


class Settings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    theme: str = "textual-dark"
    show_ads: bool = True
    measure: Annotated[int, msgspec.Meta(ge=MEASURE_MIN, le=MEASURE_MAX)] = 72
    hanja_readings: bool = False
    pictures: PictureMode = "auto"
    language: i18n.Choice = "auto"
    keys: dict[str, str] = {}


_CHOICES: dict[str, tuple[str, ...]] = {
    "pictures": PICTURE_MODES,
    "language": get_args(i18n.Choice),
}
"""The settings that take one of a few words: their words."""
_KINDS: dict[str, type] = {
    "theme": str,
    "show_ads": bool,
    "measure": int,
    "hanja_readings": bool,
}
"""The other settings' TOML types (keys, a table, is checked by _keys)."""
FIELDS: tuple[str, ...] = Settings.__struct_fields__


def home_override() -> Path | None:
    """``$BROADSHEET_HOME`` as a path, or None when unset or empty."""
    value = os.environ.get(ENV_HOME, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    return home_override() or platformdirs.user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Where what can be rebuilt is kept: $BROADSHEET_HOME/cache, else platformdirs'."""
    home = home_override()
    return home / "cache" if home else platformdirs.user_cache_path(APP_NAME, appauthor=False)


def folder_cache(kind: str, folder: Path, suffix: str) -> Path:
    """A file of the cache dir that belongs to one folder, named by its resolved path."""
    import hashlib  # here: a reader opening one edition file never needs it

    digest = hashlib.sha256(os.fsencode(folder.resolve())).hexdigest()[:24]
    return cache_dir() / kind / f"{digest}{suffix}"


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings_or_default() -> tuple[Settings, SettingsError | None]:
    """Never raises: the valid keys of the file over the defaults, and a warning if any were bad."""
    settings, problems, p = _load()
    return settings, (_error(p, problems) if problems else None)


def configure() -> tuple[Settings, SettingsError | None]:
    """The settings (as load_settings_or_default), and the interface language set from
    them: the file's problems are worded in the language it chooses."""
    i18n.use(i18n.resolve("auto"))
    settings, problem = load_settings_or_default()
    chosen = i18n.resolve(settings.language)
    if chosen != i18n.language():
        i18n.use(chosen)
        if problem is not None:  # worded before the file said which language
            settings, problem = load_settings_or_default()
    return settings, problem


# --- internals -----------------------------------------------------------------


def _error(path: Path, problems: list[str]) -> SettingsError:
    # Every bad key: a reader mends them all at one visit to the file.
    return SettingsError(path, "; ".join(problems), problems)


def _load() -> tuple[Settings, list[str], Path]:
    p = settings_path()
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return Settings(), [], p
    except IsADirectoryError:
        return Settings(), [_("is a folder, not a settings file")], p
    except OSError as e:
        reason = e.strerror or type(e).__name__
        return Settings(), [_("cannot read ({reason})").format(reason=reason)], p
    try:  # checked here, not left to the decoder: how it reports bad bytes varies by release
        # A BOM is how some editors save UTF-8; TOML does not allow it, so it is read past.
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        problem = _("not UTF-8 text (undecodable byte at offset {offset})").format(offset=e.start)
        return Settings(), [problem], p
    try:
        raw = msgspec.toml.decode(text)
    except msgspec.DecodeError as e:
        return Settings(), [_not_toml(text, first_line(e))], p
    settings, problems = _from_table(raw)
    return settings, problems, p


TOML_LINE_SHOWN = 40
"""The most characters of the line a TOML error is on that its message quotes."""


def _not_toml(text: str, reason: str) -> str:
    """Where the file stops being TOML, in the reader's words: the decoder's reason is
    in English, its place and the line itself are not."""
    lines = text.splitlines()
    found = re.search(r"at line (\d+), column (\d+)", reason)
    if found is not None:
        line, column = int(found[1]), int(found[2])
    elif "at end of document" in reason and lines:  # an unterminated string, a table
        line, column = len(lines), len(lines[-1]) + 1
    else:
        return _("not valid TOML; the whole file is ignored and the defaults used")
    quoted = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    if len(quoted) > TOML_LINE_SHOWN:
        quoted = quoted[: TOML_LINE_SHOWN - 1] + "…"
    return _(
        "not valid TOML at line {line}, column {column} ({text}); "
        "the whole file is ignored and the defaults used"
    ).format(line=line, column=column, text=visible(quoted))


def _from_table(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    # Field by field, so an error names its key and one bad key does not cost the others.
    good: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in raw.items():
        if key not in FIELDS:
            known = ", ".join(FIELDS)
            problems.append(_("unknown key '{key}' (known: {known})").format(key=key, known=known))
            continue
        if key == "keys":
            keys, key_problems = _keys(value)
            problems.extend(key_problems)
            good["keys"] = keys
            continue
        problem = _problem(key, value)
        if problem is not None:
            problems.append(f"{key}: {problem}")
            continue
        good[key] = value
    return msgspec.convert(good, Settings), problems


def _keys(value: Any) -> tuple[dict[str, str], list[str]]:
    if not isinstance(value, dict):
        problem = _('keys: expected a table of binding id = "key", got {type}')
        return {}, [problem.format(type=_type(value))]
    keys: dict[str, str] = {}
    problems: list[str] = []
    for bid, key in value.items():
        if not isinstance(key, str):
            problem = _("keys.{id}: expected a key string, got {type}")
            problems.append(problem.format(id=bid, type=_type(key)))
        elif not _valid_key(key):
            problem = _(
                'keys.{id}: {key} is not a key (use Textual names, comma-separated, e.g. "j,down" '
                'or "ctrl+n")'
            )
            problems.append(problem.format(id=bid, key=repr(key)))
        else:
            keys[bid] = key
    return keys, problems


def _valid_key(key: str) -> bool:
    parts = key.split(",")
    # A lone "," cannot be written this way; Textual spells it "comma". A control
    # character names no key a terminal reports (Escape is "escape").
    return all(
        part and not any(c.isspace() or unicodedata.category(c)[0] == "C" for c in part)
        for part in parts
    )


def _problem(key: str, value: Any) -> str | None:
    """What is wrong with one setting's value, in our words, or None: checked here, not
    worded from the decoder's English messages."""
    if key in _CHOICES:
        choices = _CHOICES[key]
        if not isinstance(value, str):
            return _("expected {expected}, got {type}").format(
                expected=_("a string"), type=_type(value)
            )
        if value in choices:
            return None
        problem = _("expected one of {choices}, got {value}").format(
            choices=", ".join(choices), value=repr(value)
        )
        close = close_to(value, choices)
        return problem if close is None else _meant(problem, close)
    kind = _KINDS[key]
    # type(), not isinstance: bool is an int to Python, never to TOML (true is no measure).
    if type(value) is not kind:
        return _("expected {expected}, got {type}").format(
            expected=_(_TOML_NAMES[kind]), type=_type(value)
        )
    if key == "measure" and isinstance(value, int) and not MEASURE_MIN <= value <= MEASURE_MAX:
        return _("must be between {low} and {high}, got {value}").format(
            low=MEASURE_MIN, high=MEASURE_MAX, value=repr(value)
        )
    return None


def close_to(value: object, choices: Iterable[str]) -> str | None:
    """The choice a misspelt value was likely meant to be ('sixels': 'sixel'), if any."""
    if not isinstance(value, str):
        return None
    import difflib  # here: only a bad settings file needs it

    close = difflib.get_close_matches(value.lower(), list(choices), n=1, cutoff=0.75)
    return close[0] if close else None


def _meant(problem: str, close: str) -> str:
    return _("{problem}; did you mean {close}?").format(problem=problem, close=repr(close))


def unknown_theme(theme: str, themes: Iterable[str]) -> str:
    """The line for a theme no theme is called: the one likely meant, or all of them."""
    problem = _("theme: no theme is called {theme}").format(theme=repr(theme))
    close = close_to(theme, themes)
    if close is not None:
        return _meant(problem, close)
    return _("{problem} (themes: {themes})").format(problem=problem, themes=", ".join(themes))


_TOML_NAMES = {str: N_("a string"), int: N_("an integer"), bool: N_("true or false")}


def _type(value: Any) -> str:
    if isinstance(value, bool):
        return _("a boolean")
    if isinstance(value, int):
        return _("an integer")
    if isinstance(value, float):
        return _("a float")
    if isinstance(value, str):
        return _("a string")
    if isinstance(value, dict):
        return _("a table")
    if isinstance(value, list):
        return _("an array")
    return type(value).__name__
