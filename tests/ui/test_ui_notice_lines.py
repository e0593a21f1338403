"""A notice never breaks inside a short parenthesis (at 80 columns 'No newer edition of
광남일보 (e / lists every paper's).' left the key alone at a line's end); a parenthesis
wider than the line, or one that fits where it is, is left to the wrap."""

from __future__ import annotations

import pytest

from reader.ui.notice_lines import notice_width, parentheses_kept
from tests.ui.session import run_with_notices, shown_toast
from tests.ui.terminal import composed

NONE_NEWER = "No newer edition of 광남일보 (e lists every paper's)."


def test_a_parenthesis_the_wrap_would_split_starts_a_line():
    assert (
        parentheses_kept(NONE_NEWER, 36) == "No newer edition of 광남일보\n(e lists every paper's)."
    )


def test_a_parenthesis_that_fits_where_it_is_or_never_fits_is_left_alone():
    assert parentheses_kept(NONE_NEWER, 56) == NONE_NEWER  # one line
    long = "Saved (a file of many words, longer than any line of the notice is)."
    assert parentheses_kept(long, 20) == long
    assert parentheses_kept("광남일보의 더 최근 호가 없습니다\n(다른 신문은 e 키로).", 36) == (
        "광남일보의 더 최근 호가 없습니다\n(다른 신문은 e 키로)."
    )


def test_after_a_break_the_next_parenthesis_is_judged_on_its_own_line():
    # The break before '(xxxxx ...' starts a line: the next parenthesis falls where that
    # line wraps, not where the message would wrap without the break.
    message = "xx (xxxxx xx xxx xxx) xxxxxx xxx (xxxxx xxx) xx"
    assert parentheses_kept(message, 18) == "xx\n(xxxxx xx xxx xxx) xxxxxx xxx\n(xxxxx xxx) xx"


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_notice_width_is_the_notices(tmp_path, size):
    async def body(app, pilot):
        app.notify("x " * 100)
        toast = await shown_toast(app, pilot)
        assert notice_width(size[0]) == toast.content_region.width

    run_with_notices(tmp_path, size, body)


def test_past_the_newest_edition_at_80_columns_the_parenthesis_stays_whole(tmp_path):
    async def body(app, pilot):
        await pilot.press("greater_than_sign")  # the newest of the three is open
        toast = await shown_toast(app, pilot)
        rows = composed(app)[toast.content_region.y : toast.content_region.bottom]
        assert len(rows) == 2
        assert "No newer edition of 광남일보" in rows[0] and "(e" not in rows[0]
        assert "(e lists every paper's)." in rows[1]

    run_with_notices(tmp_path, (80, 24), body)
