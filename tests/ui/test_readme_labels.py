"""The README shows the reader's marks for a photo and an ad as the interface gives
them, in each of its languages: a reader who sees `Photo 1200×800` finds it there."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import i18n
from reader.i18n import _
from reader.ui.render.lines import photo_label

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_readme_names_the_photo_frame_and_page_map_marks(language):
    i18n.use(language)
    photo, ad = photo_label(), _("Ad")
    assert f"`{photo} 1200×800`" in README
    assert f"`{photo}`" in README and f"`{ad}`" in README
