"""reader.settings: where the file lives, validation, and one-line errors that name the key."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from reader.errors import BroadsheetError, SettingsError
from reader.settings import (
    ENV_HOME,
    FIELDS,
    Settings,
    load_settings_or_default,
    settings_path,
    unknown_theme,
)


def write(home: Path, text: str | bytes) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "settings.toml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def read() -> Settings:
    """The settings the app reads, from a file with nothing wrong in it."""
    settings, problem = load_settings_or_default()
    assert problem is None
    return settings


def refused() -> SettingsError:
    """What the app says is wrong with the file."""
    _, problem = load_settings_or_default()
    assert problem is not None
    return problem


def error(text: str | bytes, home: Path) -> SettingsError:
    path = write(home, text)
    problem = refused()
    message = str(problem)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert isinstance(problem, BroadsheetError) and problem.path == str(path)
    return problem


def test_settings_path_follows_broadsheet_home(home: Path):
    assert settings_path() == home / "settings.toml"


def test_settings_path_defaults_to_platformdirs_config(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(ENV_HOME)
    expected = platformdirs.user_config_path("broadsheet", appauthor=False) / "settings.toml"
    assert settings_path() == expected


def test_missing_file_means_defaults(home: Path):
    assert load_settings_or_default() == (Settings(), None)
    assert not home.exists()  # reading never creates anything


def test_defaults():
    s = Settings()
    assert (s.theme, s.show_ads, s.measure, s.keys) == ("textual-dark", True, 72, {})
    assert s.hanja_readings is False  # Hanja readings are off until asked for


def test_a_full_file(home: Path):
    write(
        home,
        """
theme = "gruvbox"
show_ads = false
measure = 60
hanja_readings = true

[keys]
next_article = "ctrl+n,J"
search = "slash"
""",
    )
    s = read()
    assert s == Settings(
        theme="gruvbox",
        show_ads=False,
        measure=60,
        hanja_readings=True,
        keys={"next_article": "ctrl+n,J", "search": "slash"},
    )


def test_unknown_key_is_named(home: Path):
    e = error('theme = "x"\ncolour = "red"\n', home)
    assert "unknown key 'colour'" in e.reason
    assert "theme, show_ads, measure, hanja_readings, pictures, language, keys" in e.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('measure = "wide"', "measure: expected an integer, got a string"),
        ('hanja_readings = "yes"', "hanja_readings: expected true or false, got a string"),
        ("measure = 72.5", "measure: expected an integer, got a float"),
        ("measure = true", "measure: expected an integer, got a boolean"),
        ('show_ads = "yes"', "show_ads: expected true or false, got a string"),
        ("theme = 3", "theme: expected a string, got an integer"),
        ("measure = 200", "measure: must be between 40 and 120, got 200"),
        ("measure = 39", "measure: must be between 40 and 120, got 39"),
        (
            'pictures = "gif"',
            "pictures: expected one of auto, kitty, sixel, halfblocks, off, got 'gif'",
        ),
        ("pictures = false", "pictures: expected a string, got a boolean"),
    ],
)
def test_wrong_type_names_the_field(home: Path, text: str, reason: str):
    assert error(text, home).reason == reason


@pytest.mark.parametrize("key", FIELDS)
def test_every_setting_is_checked_in_our_words(home: Path, key: str):
    # An array is no value of any setting: each says so, a new one too.
    assert error(f"{key} = [1, 2]", home).reason.endswith("got an array")


@pytest.mark.usefixtures("korean")
def test_a_wrong_setting_is_told_in_the_readers_language(home: Path):
    assert error("measure = 200", home).reason == "measure: 40에서 120 사이여야 하는데 200입니다"
    assert error("language = 5", home).reason == "language: 문자열 값이어야 하는데 정수 값입니다"


@pytest.mark.parametrize("mode", ["auto", "kitty", "sixel", "halfblocks", "off"])
def test_pictures_modes(home: Path, mode: str):
    write(home, f'pictures = "{mode}"')
    assert read().pictures == mode


def test_measure_bounds_are_inclusive(home: Path):
    write(home, "measure = 40")
    assert read().measure == 40
    write(home, "measure = 120")
    assert read().measure == 120


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('keys = "j"', 'keys: expected a table of binding id = "key", got a string'),
        ("[keys]\nnext_article = 1", "keys.next_article: expected a key string, got an integer"),
        ('[keys]\nnext_article = ""', "keys.next_article: '' is not a key"),
        ('[keys]\nnext_article = "ctrl n"', "keys.next_article: 'ctrl n' is not a key"),
        ('[keys]\nnext_article = "j,"', "keys.next_article: 'j,' is not a key"),
        ('[keys]\nnext_article = "\\u001b"', "keys.next_article: '\\x1b' is not a key"),
        ('[keys]\nnext_article = "j,\\u200b"', "keys.next_article: 'j,\\u200b' is not a key"),
    ],
)
def test_bad_key_remaps_name_the_binding(home: Path, text: str, reason: str):
    assert error(text, home).reason.startswith(reason)


def test_not_toml_says_where_in_its_own_words_and_that_the_file_is_ignored(home: Path):
    e = error('theme = "x"\nmeasure = \n', home)
    assert e.reason == (
        "not valid TOML at line 2, column 11 (measure =); "
        "the whole file is ignored and the defaults used"
    )
    e = error('theme = "a"\ntheme = "b"\n', home)
    assert e.reason.startswith('not valid TOML at line 2, column 12 (theme = "b"); ')


def test_a_long_line_is_quoted_shortened(home: Path):
    e = error(f"theme = {'x' * 80}", home)
    assert f"at line 1, column 9 (theme = {'x' * 31}…);" in e.reason
    e = error(f'measure = 50\ntheme = "{"x" * 80}', home)  # unterminated: at its end
    assert f'at line 2, column 90 (theme = "{"x" * 30}…);' in e.reason


def test_not_utf8(home: Path):
    reason = error(b'theme = "\xff\xfe"\n', home).reason
    assert reason == "not UTF-8 text (undecodable byte at offset 9)"


def test_a_byte_order_mark_is_read_past(home: Path):
    write(home, '\ufefftheme = "textual-light"\nmeasure = 50\n')
    settings = read()
    assert (settings.theme, settings.measure) == ("textual-light", 50)


def test_a_folder_in_the_way(home: Path):
    (home / "settings.toml").mkdir(parents=True)
    assert "is a folder, not a settings file" in str(refused())


def test_several_problems_are_each_named_one_a_line(home: Path):
    e = error('measure = 30\nshow_ads = "no"\npictures = "sixels"\n', home)
    assert e.problems == [
        "measure: must be between 40 and 120, got 30",
        "show_ads: expected true or false, got a string",
        "pictures: expected one of auto, kitty, sixel, halfblocks, off, got 'sixels'; "
        "did you mean 'sixel'?",
    ]
    assert e.reason == "; ".join(e.problems)  # one line where one line is shown
    assert e.lines() == "\n".join([f"{e.path}:", *e.problems])  # the reader's notice


def test_an_unknown_theme_is_answered_with_the_one_meant_or_all_of_them():
    themes = ["nord", "solarized-dark", "solarized-light", "textual-dark"]
    assert unknown_theme("solarised-light", themes) == (
        "theme: no theme is called 'solarised-light'; did you mean 'solarized-light'?"
    )
    assert unknown_theme("newsprint", themes) == (
        "theme: no theme is called 'newsprint' "
        "(themes: nord, solarized-dark, solarized-light, textual-dark)"
    )


def test_lenient_load_keeps_every_good_key(home: Path):
    path = write(
        home,
        """
theme = "nord"
measure = 500
colour = "red"

[keys]
quit = "ctrl+q"
search = 5
""",
    )
    settings, warning = load_settings_or_default()
    assert settings == Settings(theme="nord", keys={"quit": "ctrl+q"})
    assert isinstance(warning, SettingsError)
    assert str(warning).startswith(f"{path}: measure: must be between 40 and 120")
    assert str(warning).endswith("keys.search: expected a key string, got an integer")


def test_lenient_load_of_a_broken_file_is_all_defaults(home: Path):
    write(home, "this is not toml")
    settings, warning = load_settings_or_default()
    assert settings == Settings()
    assert warning is not None and "not valid TOML" in warning.reason
