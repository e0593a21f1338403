"""The interface language: every message the reader and the CLI show, in Korean or English.

Messages are written in English in the source and marked for the catalog: ``_()``
translates now, ``N_()`` only marks a message kept in a constant (translated with
``_()`` where it is shown), ``ngettext()`` picks the English singular or plural (Korean
has one form). Values go in by name: ``_("{count} unread").format(count=n)``.

The Korean catalog is a GNU gettext catalog, reader/locale/ko/LC_MESSAGES/broadsheet.po,
compiled beside it to broadsheet.mo by ``make i18n`` (Babel, a dev tool) and read here
by the stdlib's gettext: English reads nothing, Korean one small file, once.

The language is the setting ``language`` ("ko", "en" or "auto"); auto follows the
locale as gettext does (the first of LC_ALL, LC_MESSAGES, LANG that is set): a Korean
locale (ko, ko_KR.UTF-8, ...) is Korean, anything else English. ``use()`` sets it for
the process; messages are looked up when they are shown, so a test may switch.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

Language = Literal["ko", "en"]
Choice = Literal["ko", "en", "auto"]

DOMAIN = "broadsheet"
LOCALE_DIR = Path(__file__).with_name("locale")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_catalogs: dict[Language, gettext.NullTranslations] = {"en": gettext.NullTranslations()}
_current: gettext.NullTranslations = _catalogs["en"]
_language: Language = "en"


def locale_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of the locale: the first of LC_ALL, LC_MESSAGES, LANG that is set."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            # 'ko_KR.UTF-8', 'ko_KR.eucKR@euro', 'ko': the language is before '_', '.', '@'.
            code = value.split(".")[0].split("@")[0].split("_")[0]
            return "ko" if code.lower() == "ko" else "en"
    return "en"


def resolve(choice: Choice, environ: Mapping[str, str] | None = None) -> Language:
    """The language a setting means: itself, or the locale's for "auto"."""
    return locale_language(environ) if choice == "auto" else choice


def use(language: Language) -> None:
    """Show every message from now on in this language."""
    global _current, _language
    catalog = _catalogs.get(language)
    if catalog is None:
        catalog = _catalogs[language] = _read(language)
    _current, _language = catalog, language


def catalog_path(language: Language) -> Path:
    """Where the compiled catalog of a language is, as gettext lays them out."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def _read(language: Language) -> gettext.NullTranslations:
    # The file itself, not gettext.translation(): its search through locale aliases
    # imports the locale module and copies the catalog, for a path known here.
    try:
        with catalog_path(language).open("rb") as f:
            return gettext.GNUTranslations(f)
    except OSError:  # a broken install: the messages stay in English
        return _catalogs["en"]


def language() -> Language:
    """The language messages are shown in."""
    return _language


def _(message: str) -> str:
    """The message in the current language."""
    return _current.gettext(message)


def N_(message: str) -> str:
    """Marks a message for the catalog without translating it yet (``_()`` it when shown)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or the plural message for n, in the current language."""
    return _current.ngettext(singular, plural, n)
