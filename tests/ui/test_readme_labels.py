"""The README shows the reader's marks for a photo and an ad as the interface gives
them, in each of its languages: a reader who sees `Photo 1200×800` finds it there."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import i18n
from reader.i18n import _
from reader.pictures import photo_label

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_readme_names_the_photo_frame_and_page_map_marks(language):
    i18n.use(language)
    photo, ad = photo_label(), _("Ad")
    assert f"`{photo} 1200×800`" in README
    assert f"`{photo}`" in README and f"`{ad}`" in README


def test_the_readmes_settings_list_every_theme_and_the_measures_range():
    import re

    from textual.app import App

    from reader.settings import MEASURE_MAX, MEASURE_MIN

    block = README.split("### Settings", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    theme = block.split("show_ads", 1)[0]
    listed = set(re.findall(r"[a-z][a-z0-9-]*", theme)) - {"theme", "or"}
    assert listed == set(App().available_themes)
    assert f"{MEASURE_MIN} to {MEASURE_MAX}" in block


def test_the_readme_lists_every_binding_id_and_no_other():
    import re

    from reader.ui.keymap import binding_ids

    listed = README.split("The ids:", 1)[1].split("\n### ", 1)[0]
    words = set(re.findall(r"(?<![`\w])[a-z]+(?:_[a-z]+)*(?![`\w])", listed))
    known = binding_ids()
    assert known - words == set()  # each id is listed
    assert {w for w in words if "_" in w} - known == set()  # and each listed is one
