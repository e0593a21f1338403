"""The rows of hits: an ad's hits name where in the ad they are, hits that share a text
say which of them each is, and a snippet fills the row's width."""

from __future__ import annotations

from rich.cells import cell_len

from reader.ui.widgets.search_hits import HitList
from tests.editions import generated, library, seed
from tests.ui.conftest import drive, hits_of, rows, search


@drive(library(generated()), size=(120, 40))
async def test_ad_hits_name_their_place_and_shared_texts_are_told_apart(app, pilot, screen):
    hits = hits_of(generated(), "할인")
    assert {h.item_id for h in hits} == {"p1-2"}  # all in one ad: one title for all
    await search(app, pilot, "할인")
    listed = [" ".join(row.split()) for row in rows(app)]  # the columns' padding aside
    assert len(listed) == len(hits) == len(set(listed))  # no two rows alike
    assert "VVIP (A형) (1/2) │ " in listed[0]
    entries = [row for row in listed if "2016년 연단체모집 · entry 4" in row]
    assert [row.split("entry 4")[1].split()[0] for row in entries] == [
        "(1/4)",
        "(2/4)",
        "(3/4)",
        "(4/4)",
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


@drive(library(seed()), size=(160, 30))
async def test_an_article_hit_names_its_paragraph_and_a_wide_list_its_whole_title(
    app, pilot, screen
):
    await search(app, pilot, "오상진")
    hit_list = screen.query_one(HitList)
    drawn = [hit_list.render_line(y).text for y in range(hit_list.size.height)]
    title = "“광주지역 전역, AI 실증 무대로 만들겠다”"  # 40 cells: more than a narrow list's 24
    assert all(line.startswith(title) for line in drawn[:4]), drawn
    places = [line.split("│")[0][len(title) :].strip() for line in drawn[:4]]
    # the fourth in the photo's caption, which is no paragraph
    assert places == ["subheadline", "paragraph 1 (1/2)", "paragraph 1 (2/2)", "photo caption"]


@drive(library(generated()), size=(80, 24))
async def test_the_places_line_up_in_cells(app, pilot, screen):
    await search(app, pilot, "할인")
    hit_list = screen.query_one(HitList)
    drawn = [hit_list.render_line(y).text for y in range(hit_list.size.height)]
    bars = {cell_len(line.split("│")[0]) for line in drawn if "│" in line}
    assert len(bars) == 1, drawn  # 'VVIP (A형) │' and '하트 정회원 │' alike


@drive(library(seed()), size=(80, 24))
async def test_hits_sharing_a_paragraph_name_it_first_and_show_each_its_own_context(
    app, pilot, screen
):
    await search(app, pilot, "광주")
    hit_list = screen.query_one(HitList)
    drawn = [hit_list.render_line(y).text for y in range(hit_list.size.height)]
    shared = [line for line in drawn if "paragraph 1 (" in line]
    assert [line.split("paragraph 1 ")[1].split()[0] for line in shared] == [
        "(1/3)",
        "(2/3)",
        "(3/3)",
    ]
    contexts = [line.split("│")[1].strip() for line in shared]
    assert len(set(contexts)) == 3 and all("광주" in c for c in contexts), contexts
