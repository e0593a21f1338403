"""A news column's list of prices or records (a market, a register of permits) under its head
in capitals closed by its stop is the paper's report, though its figures read as ad marks;
an ad that sells or gives a phone stays an ad."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_marks import NEWS_LIST
from reader.model import Ad, Article
from tests.ingest.rule_pages import en_page

STORY = (
    "Wheat closed two cents higher on the local market yesterday, the mills buying freely\n"
    "on reports of frost in the northern counties."
)


def test_a_market_list_under_its_stopped_head_is_an_article() -> None:
    text = en_page(
        "WHEAT UP TWO CENTS.",
        STORY,
        "ORVALE GRAIN.\nWheat—No. 2 red, $2.38; No. 3 red, $2.34.\nOats—No. 2 white, 71c.\n"
        "Corn—No. 2 yellow, $1.49.\nRye—No. 2, $1.82.",
    )
    edition, trace = explain_text(text)
    story, grain = edition.pages[0].items
    assert isinstance(grain, Article) and grain.headline is not None
    assert grain.headline.text == "ORVALE GRAIN."
    assert NEWS_LIST in trace.rule(grain.id)


def test_a_priced_list_that_gives_a_phone_stays_an_ad() -> None:
    """The near miss: a list of goods and prices with a phone to call sells them."""
    text = en_page(
        "WHEAT UP TWO CENTS.",
        STORY,
        "ORVALE SEED CO.\nSeed wheat, bushel, $2.60.\nSeed oats, bushel, 95c.\n"
        "Timothy seed, bushel, $4.50.\nPhone 418.",
    )
    edition, trace = explain_text(text)
    seed = edition.pages[0].items[-1]
    assert isinstance(seed, Ad)
    assert NEWS_LIST not in trace.rule(seed.id)
