"""Notices: whole where they cover a pane's edge (Textual #6357 cut the Hangul syllable
across it), long enough to read, and a one-line notice on the panes' bottom border,
over no text, on a narrow terminal."""

from __future__ import annotations

import pytest

from reader.ui.app import NOTICE_SECONDS
from tests.ui.session import run_with_notices, shown_toast
from tests.ui.terminal import composed, recorded_terminal, replayed

pytestmark = pytest.mark.usefixtures("korean")


SIZES = [(80, 24), (120, 40), (160, 40), (200, 50)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_notice_over_a_panes_edge_keeps_every_syllable(tmp_path, monkeypatch, size):
    async def body(app, pilot):
        await pilot.press("J")  # the second page's first article, as the review did
        await pilot.pause()
        app.notify("이 기사를 일반 텍스트로, 1638자.", title="클립보드에 복사했습니다")
        toast = await shown_toast(app, pilot)
        screen = "\n".join(composed(app))
        assert "클립보드에 복사했습니다" in screen
        assert "이 기사를 일반 텍스트로, 1638자." in screen
        # As the review saw it at 120 columns when the ads stood beside the article there:
        # over the article's right border.
        if size == (160, 40):
            edge = app.screen.article_view.region.right
            assert toast.region.x < edge < toast.region.right
        assert replayed(written, app.size) == composed(app)  # and so the terminal shows

    with recorded_terminal(monkeypatch) as written:
        run_with_notices(tmp_path, size, body)


def test_no_newer_edition_stays_long_enough_to_read(tmp_path):
    async def body(app, pilot):
        for _ in range(3):  # past the newest of the three
            await pilot.press("greater_than_sign")
            await pilot.pause()
        none = "광남일보의 더 최근 호가 없습니다 (다른 신문은 e 키로)."
        told = [n for n in app._notifications if n.message == none]
        assert told and all(n.timeout >= NOTICE_SECONDS for n in told)

    run_with_notices(tmp_path, (120, 40), body)


def test_a_short_notice_hides_no_text_at_80x24(tmp_path):
    async def body(app, pilot):
        await pilot.press("i")  # the interview has no photos
        toast = await shown_toast(app, pilot)
        assert "이 기사에는 사진이 없습니다." in str(toast.render())
        text = app.screen.article_view.content_region
        assert toast.region.height == 1
        assert toast.region.y >= text.bottom  # on the border, under the last line of text

    run_with_notices(tmp_path, (80, 24), body)


def test_a_notice_shows_brackets_as_printed(tmp_path):
    # a notice may name a key or quote a headline: '[' is text, never Rich markup
    async def body(app, pilot):
        app.screen.notify("[bold]속보[/bold] 키 [ 로 검색", title="[알림]")  # as screens do
        await shown_toast(app, pilot)
        screen = "\n".join(composed(app))
        assert "[bold]속보[/bold] 키 [ 로 검색" in screen
        assert "[알림]" in screen

    run_with_notices(tmp_path, (120, 40), body)


def test_the_copy_notice_says_where_it_sent_the_text_in_full_at_80x24(tmp_path):
    async def body(app, pilot):
        await pilot.press("y")
        toast = await shown_toast(app, pilot)
        shown = str(toast.render())
        count = len(app.clipboard)
        assert shown == f"이 기사를 일반 텍스트로 터미널 클립보드에 보냈습니다({count}자)."
        lines = [line.split("▌ ")[1].rstrip(" ─╯│") for line in composed(app) if "▌ " in line]
        assert "".join(lines).replace(" ", "") == shown.replace(" ", "")  # none of it cut away

    run_with_notices(tmp_path, (80, 24), body)
