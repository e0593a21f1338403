"""Suite-wide settings and fixtures: hypothesis profiles, each test's own BROADSHEET_HOME,
and a small archive that the archive's tests and the CLI's share."""

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from reader import i18n, store
from reader.ingest import ingest_text
from reader.model import Edition
from reader.search.archive import Archive
from reader.settings import ENV_HOME
from tests.editions import SEED_JSON
from tests.gen import generate_edition

# `make test` runs every property with a moderate number of examples, the same ones on
# every run (a fresh clone's CI must not turn red by the draw); `make fuzz`
# (BROADSHEET_FUZZ=1) runs the same properties far longer, on new random examples.
settings.register_profile("default", max_examples=100, deadline=None, derandomize=True)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("fuzz" if os.environ.get("BROADSHEET_FUZZ") == "1" else "default")


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real user's state, settings or caches: each test has
    its own BROADSHEET_HOME, not created until something writes there."""
    folder = tmp_path_factory.mktemp("home") / "broadsheet"
    monkeypatch.setenv(ENV_HOME, str(folder))
    return folder


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English under an English locale, whatever the machine's, so
    what `broadsheet` chooses by the locale (reader.settings.configure) is English too;
    tests of Korean switch (tests/i18n, the `korean` fixture)."""
    for name in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.use("en")
    yield
    i18n.use("en")


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as in a plain colour terminal, whichever the machine's: in kitty,
    `pictures = "auto"` would draw kitty's pictures (in foot, Sixel), not what the tests
    expect."""
    for name in (
        *("TERM_PROGRAM", "TERM_PROGRAM_VERSION", "KITTY_WINDOW_ID", "TMUX", "STY"),
        *("MLTERM", "KONSOLE_VERSION", "COLORTERM", "NO_COLOR"),
    ):
        monkeypatch.delenv(name, raising=False)
    if os.environ.get("TERM", "") in ("xterm-kitty", "xterm-ghostty", "foot", "foot-extra"):
        monkeypatch.setenv("TERM", "xterm-256color")


@pytest.fixture
def korean() -> None:
    """The interface in Korean for this test (the `english` fixture puts it back)."""
    i18n.use("ko")


# --- a small archive: the shipped real edition and a few generated ones, ingested ------

ARCHIVE_PAGES = 6
# (seed, date): seed 15 prints no masthead, so that edition is undated.
GENERATED = [(11, dt.date(2025, 3, 2)), (12, dt.date(2025, 11, 20)), (15, dt.date(2026, 1, 8))]


@pytest.fixture(scope="session")
def archive_editions() -> list[Edition]:
    """The seed edition, then the generated ones in GENERATED's order."""
    generated = [
        ingest_text(generate_edition(seed, pages=ARCHIVE_PAGES, date=date).text, name=f"gen-{seed}")
        for seed, date in GENERATED
    ]
    return [store.load(SEED_JSON), *generated]


@pytest.fixture(scope="session")
def archive_folder(
    tmp_path_factory: pytest.TempPathFactory, archive_editions: list[Edition]
) -> Path:
    """A folder with the four editions and its index, built once (do not modify it)."""
    folder = tmp_path_factory.mktemp("archive")
    shutil.copy(SEED_JSON, folder)
    for edition in archive_editions[1:]:
        store.save(edition, folder)
    with Archive(folder) as archive:
        archive.update()
    return folder


@pytest.fixture
def folder_copy(tmp_path: Path, archive_folder: Path) -> Path:
    """A copy of the archive's editions (without its index), free to change."""
    target = tmp_path / "editions"
    target.mkdir()
    for path in store.find_editions(archive_folder):
        shutil.copy2(path, target)
    return target


# --- a generated edition with Hanja in headlines and leads (the ``hanja`` convention) --


@pytest.fixture(scope="session")
def hanja_edition() -> Edition:
    return ingest_text(generate_edition(17, pages=4, conventions=["hanja"]).text, name="hanja")


@pytest.fixture(scope="session")
def hanja_folder(tmp_path_factory: pytest.TempPathFactory, hanja_edition: Edition) -> Path:
    """A folder with the Hanja edition and the seed edition (do not modify it)."""
    folder = tmp_path_factory.mktemp("hanja")
    shutil.copy(SEED_JSON, folder)
    store.save(hanja_edition, folder)
    return folder
