"""Which language: the setting, else the locale (LC_ALL, then LC_MESSAGES, then LANG, as
gettext reads them), for the CLI and the app alike; errors of the core in it too."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from reader import i18n, store
from reader.cli import main
from reader.errors import EditionError
from reader.settings import configure
from tests.ui.conftest import seed_app


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "ko_KR.eucKR"}, "ko"),
        ({"LANG": "ko"}, "ko"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "kok_IN.UTF-8"}, "en"),  # Konkani, not Korean
        ({}, "en"),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),
        ({"LC_ALL": "ko_KR.UTF-8", "LANG": "C"}, "ko"),
        ({"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "ko_KR.UTF-8"}, "ko"),  # set but empty: as if unset
    ],
)
def test_auto_follows_the_locale_as_gettext_reads_it(environ, language):
    assert i18n.resolve("auto", environ) == language


@pytest.mark.parametrize(("choice", "locale"), [("en", "ko_KR.UTF-8"), ("ko", "C")])
def test_the_setting_overrides_the_locale(choice, locale):
    assert i18n.resolve(choice, {"LANG": locale}) == choice


def write_settings(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("locale", "setting", "language"),
    [
        ("ko_KR.UTF-8", None, "ko"),
        ("C", None, "en"),
        ("ko_KR.UTF-8", "en", "en"),
        ("C", "ko", "ko"),
        ("ko_KR.UTF-8", "auto", "ko"),
    ],
)
def test_configure_sets_the_language(home, monkeypatch, locale, setting, language):
    monkeypatch.setenv("LANG", locale)
    if setting is not None:
        write_settings(home, f'language = "{setting}"\n')
    settings, problem = configure()
    assert problem is None and i18n.language() == language
    assert i18n._("Search") == {"ko": "검색", "en": "Search"}[language]


def test_a_bad_language_is_named_and_the_locale_decides(home, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    write_settings(home, 'language = "fr"\n')
    settings, problem = configure()
    assert settings.language == "auto" and i18n.language() == "ko"
    assert problem is not None
    assert problem.reason == "language: ko, en, auto 중 하나여야 하는데 'fr'입니다"


def test_the_settings_file_is_faulted_in_the_language_it_chooses(home, monkeypatch):
    # The locale is English; the file says Korean and has a bad key: the complaint is
    # worded after the file is read, in Korean.
    write_settings(home, 'language = "ko"\nmeasure = "wide"\n')
    settings, problem = configure()
    assert i18n.language() == "ko"
    assert problem is not None
    assert problem.reason == "measure: 정수 값이어야 하는데 문자열 값입니다"


def test_core_errors_speak_the_language(tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    with pytest.raises(EditionError) as english:
        store.load(empty)
    i18n.use("ko")
    with pytest.raises(EditionError) as korean:
        store.load(empty)
    assert english.value.reason == "empty file"
    assert korean.value.reason == "빈 파일입니다"
    assert str(korean.value) == f"{empty}: 빈 파일입니다"


@pytest.mark.parametrize(
    ("locale", "setting", "expected"),
    [
        ("ko_KR.UTF-8", None, "broadsheet: search에는 QUERY가 필요합니다\n"),
        ("C", None, "broadsheet: search needs a QUERY\n"),
        ("ko_KR.UTF-8", "en", "broadsheet: search needs a QUERY\n"),
        ("C", "ko", "broadsheet: search에는 QUERY가 필요합니다\n"),
    ],
)
def test_the_cli_speaks_the_setting_else_the_locale(
    home, monkeypatch, capsys, locale, setting, expected
):
    monkeypatch.setenv("LANG", locale)
    if setting is not None:
        write_settings(home, f'language = "{setting}"\n')
    assert main(["search"]) == 2
    assert capsys.readouterr().err == expected


def test_the_cli_help_is_korean_under_a_korean_locale(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("사용법: broadsheet search ")
    assert "\n옵션:\n" in out and "이 도움말을 보여 주고 끝냅니다" in out
    assert "신문에서 QUERY를 찾습니다." in out


def test_argparse_errors_are_korean_too(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    with pytest.raises(SystemExit):
        main(["search", "광주", "--limit", "many"])
    err = capsys.readouterr().err
    assert "broadsheet search: 오류: 인자 --limit: 잘못된 int 값: 'many'" in err


def footer_words() -> list[str]:
    """The footer's words of the app, in the language configured."""

    async def run() -> list[str]:
        app = seed_app()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            from reader.ui.widgets.footer import KeyFooter

            return [key.description for key in app.screen.query_one(KeyFooter).keys]

    return asyncio.run(run())


def test_the_app_speaks_the_locale(monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    configure()
    assert footer_words()[:2] == ["다음", "이전"]


def test_the_app_speaks_the_setting_over_the_locale(home, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    write_settings(home, 'language = "en"\n')
    configure()
    assert footer_words()[:2] == ["Next", "Prev"]
