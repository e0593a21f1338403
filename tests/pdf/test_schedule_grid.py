"""A broadcast schedule set as a ruled grid (schedules.py): channels named over its
columns, times down its first, read a channel at a time as the text ingest reads a
schedule; a ruled table of figures under a row of years stays a table."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from tests.pdf.figure_pages import items, sans, story

SCHEDULE = [
    ("", "HBS1", "HBS2", "새빛TV"),
    ("06:00", "뉴스광장", "생활의 발견", "모닝와이드"),
    ("08:00", "아침의 창", "만화 동산", "테마 기행"),
    ("12:00", "뉴스 12", "노래 마당", "정오뉴스"),
    ("19:00", "뉴스 7", "일일드라마", "밥상 기행"),
]
FIGURES = [
    ("", "2024년", "2025년", "2026년"),
    ("10", "48.3", "51.2", "55.0"),
    ("20", "31.6", "30.9", "29.4"),
    ("30", "12.0", "11.8", "10.7"),
    ("40", "8.1", "6.1", "4.9"),
]


def _grid(rows: list[tuple[str, ...]], title: str):
    """A story down the left, and in the right column a grid ruled both ways in 7 pt
    under a title in 14 pt (no frame round it)."""

    def draw(c: Canvas) -> None:
        story(c)
        x, top = 330, 600
        c.setFont(sans(), 14)
        c.drawString(x, top + 24, title)
        c.setFont(sans(), 7)
        for k, row in enumerate(rows):
            for j, cell in enumerate(row):
                c.drawString(x + 4 + 55 * j, top - 12 * k, cell)
        for k in range(len(rows) + 1):
            c.line(x, top + 9 - 12 * k, x + 220, top + 9 - 12 * k)
        for j in range(5):
            c.line(x + 55 * j, top + 9, x + 55 * j, top + 9 - 12 * len(rows))

    return draw


def test_a_ruled_grid_of_channels_over_times_is_a_schedule_a_channel_an_item(
    tmp_path: Path,
) -> None:
    found = items(tmp_path / "tv.pdf", _grid(SCHEDULE, "오늘의 TV 편성표"))
    heads = [it.headline.text for it in found[1:] if isinstance(it, Article) and it.headline]
    assert heads == ["오늘의 TV 편성표", "HBS1", "HBS2", "새빛TV"]
    channels = [it for it in found[2:] if isinstance(it, Article)]
    for c, channel in enumerate(channels, start=1):
        assert [(b.kind, b.text) for b in channel.body] == [
            ("bullet", f"{row[0]} {row[c]}") for row in SCHEDULE[1:]
        ]


def test_a_ruled_table_of_figures_under_years_stays_a_table(tmp_path: Path) -> None:
    """Near miss: the same grid, years over its columns and figures down its first: the
    story under its title reads it as an article's table, a row a paragraph of cells
    parted by tabs."""
    found = items(tmp_path / "figures.pdf", _grid(FIGURES, "연령대별 응답 비율"))
    assert len(found) == 2 and isinstance(found[1], Article)
    assert [b.text for b in found[1].body] == ["\t".join(row) for row in FIGURES]
