"""A hit in an ad on another page moves the whole screen there: the article pane to
that page, the section list's cursor to the ad, the ad pane to the page's ads."""

from __future__ import annotations

from reader.model import Ad
from reader.ui.widgets.panes import AdPane, ArticleView
from reader.ui.widgets.sections import SectionList
from tests.editions import generated, library
from tests.ui.conftest import drive, hits_of, search, settle


@drive(library(generated()))
async def test_an_ad_hit_on_another_page_moves_the_article_and_the_list_there(app, pilot, screen):
    ed = screen.edition
    hits = hits_of(ed, "분양")
    at = next(i for i, h in enumerate(hits) if screen.outline.page_of[h.item_id] != 0)
    ad_id = hits[at].item_id
    page = screen.outline.page_of[ad_id]
    assert isinstance(ed.find(ad_id), Ad) and page == 3
    assert screen.outline.page_of[screen.item_id] == 0  # reading page 1
    await search(app, pilot, "분양")
    await pilot.press(*["down"] * at, "enter")
    await settle(app, pilot)
    assert screen.ads_page == page and ad_id in [a.id for a in screen.query_one(AdPane).ads]
    assert screen.outline.page_of[screen.item_id] == page  # the article of that page
    assert screen.query_one(ArticleView).border_title.startswith("4 ")
    sections = screen.query_one(SectionList)
    assert sections.row_id(sections.highlighted) == ad_id


@drive(library(generated()))
async def test_an_ad_hit_on_the_page_read_keeps_the_article(app, pilot, screen):
    await pilot.press("J")  # the second item of page 1 is its ad: J goes to page 2
    await pilot.press("K")
    await settle(app, pilot)
    reading = screen.item_id
    hits = hits_of(screen.edition, "할인")
    assert screen.outline.page_of[hits[0].item_id] == screen.outline.page_of[reading]
    await search(app, pilot, "할인")
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.item_id == reading
