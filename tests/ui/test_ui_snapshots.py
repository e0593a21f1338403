"""How the seed edition looks (SVG snapshots; update with --snapshot-update and look at them)."""

from __future__ import annotations

import pytest

from reader.ui.screens.reader import WIDE
from tests.ui.conftest import seed_app

SIZES = [(80, 24), (120, 40), (160, 45)]  # the ads folded, and beside the list (WIDE)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article_view(snap_compare, size):
    assert snap_compare(seed_app(), terminal_size=size, press=["tab"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_ad_pane_focused(snap_compare, size):
    # Below WIDE the ad pane folds away: `a` brings it back in the list's place, focused.
    keys = ["a"] if size[0] < WIDE else ["tab", "tab"]
    assert snap_compare(seed_app(), terminal_size=size, press=[*keys, "j", "j"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, size):
    assert snap_compare(seed_app(), terminal_size=size, press=["question_mark"])
