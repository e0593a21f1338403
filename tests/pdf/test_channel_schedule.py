"""A TV schedule printed channel by channel under a story (page 69 of tests/pdfreal): each
channel's name over its own lines '06:00 HBS 뉴스광장' in small type. Its entries set no body
size (listings.py), are no table's cells though the channels stand side by side
(gridless.py), and its title after the story's byline heads an item of its own
(articles.py): an item a channel, each time's entry a bullet."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

STORY = (
    "설 연휴를 앞두고 방송사들이 가족이 함께 볼 수 있는 예능 특집을 잇달아 내놓는다. "
    "세 가족이 고향 집을 고치는 프로그램도 나온다."
)
BYLINE = "문하람 기자 haram@dallae.example"
CHANNELS = {
    "HBS1": ["06:00 HBS 뉴스광장", "08:30 아침마당", "10:00 세상 속으로", "12:00 HBS 뉴스 12"],
    "HBS2": ["06:00 유아 교실", "09:40 생생 정보", "11:30 명작 극장", "14:00 바둑 왕전"],
    "DTV": ["06:30 DTV 모닝와이드", "09:00 좋은 아침", "11:20 생방송 투데이", "13:00 DTV 뉴스"],
    "달내방송": [
        "07:00 달내 아침 뉴스",
        "09:30 동네 한 바퀴",
        "12:10 정오 뉴스",
        "14:30 농사 정보",
    ],
}
MEASURE = 216.0  # the story's lines, 24 syllables of 9 pt


def _page(tmp: Path, byline: bool = True, grid: bool = False) -> list[object]:
    """The story, then under a rule the schedule's title and its channels. grid: the
    schedule set as a grid instead (times once down the left, the channels' names over
    programmes without times)."""
    f = faces("ttf")
    c = Canvas(str(tmp / "page.pdf"), pagesize=(595, 842))
    c.setFont(f.sans, 9)  # an inner page's folio over a rule
    c.drawString(40, 815, "23 방송")
    c.line(40, 808, 555, 808)
    c.setFont(f.sans, 17)
    c.drawString(40, 790, "주말 밤 채우는 가족 예능 특집")
    c.setFont(f.body, 9)
    y = 765.0
    story = STORY if byline else STORY[:-11]  # without it, a sentence left open
    for k in range(0, len(story), 24):
        c.drawString(40, y, story[k : k + 24])
        y -= 13
    if byline:
        c.setFont(f.sans, 8)
        c.drawRightString(40 + MEASURE, y - 2, BYLINE)
    c.line(40, 700, 555, 700)
    c.setFont(f.sans, 11)
    c.drawString(40, 684, "오늘의 TV 편성표")
    for k, (name, entries) in enumerate(CHANNELS.items()):
        x = (110 if grid else 40) + 120 * k
        c.setFont(f.sans, 8)
        c.drawString(x, 666, name)
        c.setFont(f.sans, 6.5)
        for j, entry in enumerate(entries):
            time, _, show = entry.partition(" ")
            if grid and k == 0:
                c.drawString(40, 652 - 10 * j, time)
            c.drawString(x, 652 - 10 * j, show if grid else entry)
    c.showPage()
    c.save()
    return list(ingest_pdf(tmp / "page.pdf").edition.pages[0].items)


def test_a_schedule_printed_channel_by_channel_is_an_item_a_channel(tmp_path: Path) -> None:
    items = _page(tmp_path)
    assert all(isinstance(it, Article) for it in items)
    story, title, *channels = items
    assert isinstance(story, Article) and isinstance(title, Article)
    assert [b.kind for b in story.body] == ["lead"]  # the story's 9 pt is the body
    assert [b.name for b in story.bylines] == ["문하람"]
    assert title.headline is not None and title.headline.text == "오늘의 TV 편성표"
    assert not title.body
    got = [
        (it.headline.text if it.headline else None, [(b.kind, b.text) for b in it.body])
        for it in channels
        if isinstance(it, Article)
    ]
    assert got == [(name, [("bullet", e) for e in entries]) for name, entries in CHANNELS.items()]


def test_a_schedule_set_as_a_grid_stays_one_table(tmp_path: Path) -> None:
    """Near miss: times printed once down the left, programmes without them in the
    channels' columns: a grid, read as a table (a row a paragraph, cells apart by tabs)."""
    items = _page(tmp_path, grid=True)
    rows = [b.text for it in items if isinstance(it, Article) for b in it.body if "\t" in b.text]
    assert "06:00\tHBS 뉴스광장\t유아 교실\tDTV 모닝와이드\t달내 아침 뉴스" in rows


def test_a_title_after_a_story_without_its_byline_stays_with_it(tmp_path: Path) -> None:
    """Near miss: with no byline at the story's foot, a title in deck size after a last
    line that ends no sentence is the story's (its text runs on under it), as before."""
    items = _page(tmp_path, byline=False)
    heads = [it.headline.text for it in items if isinstance(it, Article) and it.headline]
    assert "오늘의 TV 편성표" not in heads
