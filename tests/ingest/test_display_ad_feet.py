"""A display ad's foot (where to buy, what it costs, who sells) closes the ad, and a head in
capitals after it opens the next; a story's foot shows none of them."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.shop_ads import AD_AFTER_AD, SHOP_AD
from reader.model import Ad, Article
from tests.ingest.rule_pages import en_page

REVIEW = (
    "The Orpheum bill for the week is headed by the Four Kellys, singers and dancers, who\n"
    "were held over by request, and the house laughed at every turn of it."
)


def test_amusement_ads_closed_by_their_prices_are_each_an_ad() -> None:
    text = en_page(
        "AT THE ORPHEUM.",
        REVIEW,
        "THE GEM\nMOVING PICTURES\nChange of Program Daily.\nADMISSION 5 AND 10 CENTS",
        "SKATING\nAT THE ARMORY RINK\nTonight and Saturday Night.\nGood Music. Skates 15c.\n"
        "Ladies Free Monday.",
    )
    edition, trace = explain_text(text)
    review, gem, rink = edition.pages[0].items
    assert isinstance(review, Article)
    assert isinstance(gem, Ad) and gem.title is not None and gem.title.text == "THE GEM"
    assert isinstance(rink, Ad) and rink.title is not None and rink.title.text == "SKATING"
    assert AD_AFTER_AD in trace.rule(rink.id) and SHOP_AD in trace.rule(rink.id)


def test_a_market_box_quoting_cents_on_every_row_is_no_ad() -> None:
    """The near miss: prices on every row are a market's quotations, not an ad's price."""
    text = en_page(
        "AT THE ORPHEUM.",
        REVIEW,
        "PRODUCE PRICES\nEggs, dozen 28c\nButter, pound 35c\nHens, pound 14c\nOats, bushel 41c",
    )
    edition, _ = explain_text(text)
    assert all(isinstance(item, Article) for item in edition.pages[0].items)


def test_offers_priced_line_by_line_under_a_realtor_are_one_ad() -> None:
    text = en_page(
        "AT THE ORPHEUM.",
        REVIEW,
        "HOMES FOR SALE\nFive rooms and bath, oak floors, built-\nin buffet, garage. $4,250;\n"
        "$500 down, balance like rent.\nSix rooms, new, hot water heat, cor-\n"
        "ner lot. Elmwood. $5,400.\nVacant lots in Fairview, $350 up.\n"
        "TULLY & PARK, REALTORS\n31 Commerce Bldg. Phone Main 2847.",
    )
    edition, trace = explain_text(text)
    review, homes = edition.pages[0].items
    assert isinstance(homes, Ad) and homes.title is not None
    assert homes.title.text == "HOMES FOR SALE"
    assert SHOP_AD in trace.rule(homes.id)


def test_a_story_of_priced_sentences_without_a_seller_is_no_ad() -> None:
    """The near miss: sales told in sentences, closed by no seller, office or price line."""
    text = en_page(
        "AT THE ORPHEUM.",
        REVIEW,
        "HOMES SOLD\nAnn Tully bought the Elm street house for $4,250.\n"
        "Bo Park sold his lot in Fairview for $350.\nBoth sales closed on Monday.",
    )
    edition, _ = explain_text(text)
    assert isinstance(edition.pages[0].items[-1], Article)


def test_a_shops_ad_with_praise_wrapped_over_three_lines_is_one_ad() -> None:
    text = en_page(
        "AT THE ORPHEUM.",
        REVIEW,
        "GILL'S\nFALL HAT OPENING\nSaturday, October 9\nThe newest models from New York\n"
        "and Chicago, trimmed in velvet, os-\ntrich and ribbon.\nTrimmed Hats $3.50 to $12.00\n"
        "THE GILL COMPANY\n212-214 West Main Street",
    )
    edition, trace = explain_text(text)
    review, hats = edition.pages[0].items
    assert isinstance(hats, Ad) and hats.title is not None and hats.title.text == "GILL'S"
    assert SHOP_AD in trace.rule(hats.id)


def test_three_sentences_under_a_head_over_an_address_are_a_story() -> None:
    """The near miss: a brief tells its news in sentences, though it names a street."""
    text = en_page(
        "AT THE ORPHEUM.",
        REVIEW,
        "NEW STORE OPENS\nThe Gill company opened its new store today.\n"
        "Crowds filled the aisles all morning.\nThe mayor cut the ribbon at noon.\n"
        "212-214 West Main Street",
    )
    edition, _ = explain_text(text)
    assert isinstance(edition.pages[0].items[-1], Article)
