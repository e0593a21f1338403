"""The rows of hits: an ad's hits name where in the ad they are, hits that share a text
say which of them each is, and a snippet fills the row's width."""

from __future__ import annotations

from rich.cells import cell_len

from reader.ui.widgets.search import HitList
from tests.editions import library
from tests.ui.conftest import drive, rows, search
from tests.ui.test_ui_search import generated, hits_of


@drive(library(generated()), size=(120, 40))
async def test_ad_hits_name_their_place_and_shared_texts_are_told_apart(app, pilot, screen):
    hits = hits_of(generated(), "할인")
    assert {h.item_id for h in hits} == {"p1-2"}  # all in one ad: one title for all
    await search(app, pilot, "할인")
    listed = rows(app)
    assert len(listed) == len(hits) == len(set(listed))  # no two rows alike
    assert "VVIP (A형) │ " in listed[0]
    entries = [row for row in listed if "2016년 연단체모집 · entry 4" in row]
    assert [row.split("Ad · 해솔CC")[1].split()[0] for row in entries] == [
        "1/4",
        "2/4",
        "3/4",
        "4/4",
    ]
    assert "골프호텔 객실 │ 전 객실 코스 조망" in listed[-1]


@drive(library(generated()), size=(120, 40))
async def test_a_snippet_fills_the_row(app, pilot, screen):
    await search(app, pilot, "지원")
    hit_list = screen.query_one(HitList)
    width = hit_list.scrollable_content_region.width
    drawn = [hit_list.render_line(y).text for y in range(hit_list.size.height)]
    cut = [line for line in drawn if line.rstrip().endswith("…")]
    assert cut  # long snippets are cut at the row's end, not 20 characters from the match
    assert all(cell_len(line.rstrip()) >= width - 3 for line in cut)
