"""Classified ads: run-in titles, want ads, small ads cut by the page, bills, categories."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_heads import NAME_HEAD
from reader.ingest.ad_wraps import SPACED_HEAD, TITLE_GOES_ON, WRAPPED
from reader.ingest.brevities import LISTED_START, WANT_LISTED
from reader.ingest.notices_title import CATEGORY_APART, CATEGORY_HEAD
from reader.ingest.playbills import PLAYBILL
from reader.ingest.want_ads import WANT_AD
from reader.model import Ad, Heading
from tests.ingest.rule_pages import GRAIN_STORY, WANTS
from tests.ingest.test_conventions import items


def test_a_name_in_capitals_under_an_ads_title_is_its_heading() -> None:
    text = (
        "Ferry service resumes\n\n"
        "The Bayside ferry returned to its full schedule on Monday after repairs.\n\n"
        "THIS WEEKEND\n"
        "THE GRANGE HALL\n"
        "Barn dance with the Salt Road Band\n"
        "Sat 8 p.m., tickets $12\n"
        "Call (503) 555-0190\n"
    )
    edition, trace = explain_text(text)
    ad = edition.pages[0].items[-1]
    assert isinstance(ad, Ad)
    assert ad.title is not None and ad.title.text == "THIS WEEKEND"
    assert isinstance(ad.blocks[0], Heading) and ad.blocks[0].text == "THE GRANGE HALL"
    assert trace.rule(ad.id, "blocks.0") == NAME_HEAD


def test_two_small_ads_over_one_cut_off_by_the_page_are_three_ads() -> None:
    text = (
        "CLASSIFIEDS\n\n"
        "GARAGE SALE\nSat., May 2, 8 a.m.\n14 Birch Lane, Orvale\nCall (555) 555-0101\n\n"
        "FIREWOOD FOR SALE\nSeasoned oak, split and stacked.\nText 555-555-0102\n\n"
        "WANTED: BARN SPACE\nDry storage for two boats through the winter, within ten\n"
    )
    edition, trace = explain_text(text)
    ads = edition.pages[0].items
    assert len(ads) == 3
    assert all(isinstance(ad, Ad) for ad in ads)
    assert "a small ad with its own contact" in trace.rule("p1-3")


CLASSIFIED = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "FOR RENT—Five-room cottage on Wal-\nnut street. Inquire at 12 Oak\navenue.\n\n"
    "WANTED—Boy to deliver papers; must\nhave a bicycle. Apply at this office.\n\n"
    "GRAND OPENING\nOF FALL HATS\nSaturday, Sept. 9.\n"
    "You are invited to see our display\nof new hats.\n\n"
    "ADMINISTRATOR'S NOTICE.\n"
    "All persons having claims against the estate\nof Silas Moore are requested to present them.\n"
    "JOHN R. WELLS,\nAdministrator.\n"
)


def test_a_classified_page_holds_ads_with_run_in_titles_and_joined_lines() -> None:
    edition, trace = explain_text(CLASSIFIED)
    page = edition.pages[0]
    assert page.section == "CLASSIFIED ADVERTISEMENTS"
    got = items(CLASSIFIED)
    assert [it["title"] for it in got] == [
        "FOR RENT",
        "WANTED",
        "GRAND OPENING OF FALL HATS",
        "ADMINISTRATOR'S NOTICE.",
    ]
    assert got[0]["blocks"] == [
        ("paragraph", "Five-room cottage on Walnut street. Inquire at 12 Oak avenue.")
    ]
    # the signer's name in capitals, ending in a comma, is no headline of a new item
    assert got[3]["blocks"][-1] == ("paragraph", "JOHN R. WELLS, Administrator.")
    assert trace.rule("p1-1", "blocks.0") == WRAPPED
    assert trace.rule("p1-3", "title") == TITLE_GOES_ON


def test_a_want_ad_led_by_its_head_is_an_ad_titled_by_it() -> None:
    edition, trace = explain_text(WANTS)
    got = items(WANTS)
    assert [i["title"] for i in got] == ["FOR SALE", "WANTED"]
    assert got[1]["blocks"] == [
        ("paragraph", "Boy to work in grocery after school. Apply Hart's store.")
    ]
    assert WANT_AD in trace.rule("p1-1")


NOTES = (
    "AT THE PLAYHOUSES\n\n"
    'Ruth Garland, in "The Lamplighter," a five-reel\n'
    "feature, will be the attraction at the Lyric\n"
    "Monday and Tuesday. It is said to be her best.\n\n"
)


def test_a_playhouses_bill_with_its_prices_is_an_ad_one_a_house() -> None:
    text = (
        f"{NOTES}"
        'LYRIC THEATRE\nMONDAY AND TUESDAY\nRUTH GARLAND\nin\n"THE LAMPLIGHTER"\n'
        "Evenings 7 and 9 o'clock\nAdmission 10c and 15c.\n\n"
        'OAKDALE AIRDOME\nTonight Only\nThe Mercer Players\n"A Country Cousin"\n'
        "Prices 20c and 30c.\n"
    )
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad", "Ad"]
    titles = [getattr(page.items[k], "title", None) for k in (1, 2)]
    assert [t.text for t in titles if t is not None] == ["LYRIC THEATRE", "OAKDALE AIRDOME"]
    assert PLAYBILL in trace.rule("p1-2")


def test_a_want_ad_alone_under_a_story_is_an_ad() -> None:
    text = (
        "HOW TO CURE SEED CORN\n\n"
        "Hang the ears in a dry loft where the air moves freely, and test\n"
        "every ear before planting time comes.\n\n"
        "FOR SALE—Two Poland China boars, ready\n"
        "for service. Priced right. Ed. Lund, Route 3.\n"
    )
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Ad"]
    assert "a want ad's head ('FOR SALE—') cut from its text" in trace.rule("p1-2")


CATEGORIES = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "HELP WANTED\n\n"
    "WANTED—Boy to deliver papers; must\nhave a bicycle. Apply at this office.\n\n"
    "FOR RENT\n\n"
    "FOR RENT—Five-room cottage on Wal-\nnut street. Inquire at 12 Oak\navenue.\n"
)


def test_a_categorys_head_among_small_ads_is_a_title_not_an_ad() -> None:
    edition, trace = explain_text(CATEGORIES)
    page = edition.pages[0]
    assert page.section == "CLASSIFIED ADVERTISEMENTS"
    kinds = [type(item).__name__ for item in page.items]
    assert kinds == ["Article", "Ad", "Article", "Ad"]
    heads = [it.get("headline") or it.get("title") for it in items(CATEGORIES)]
    assert heads == ["HELP WANTED", "WANTED", "FOR RENT", "FOR RENT"]
    assert CATEGORY_HEAD in trace.rule("p1-1")


def test_a_notices_caption_with_a_figure_or_a_closing_mark_stays_the_notices_line() -> None:
    # 'ADMINISTRATOR'S NOTICE.' closes on its stop, 'CASE NO. 4127' holds a figure: a
    # notice's own lines, never a category's head
    for head in ("ADMINISTRATOR'S NOTICE.", "CASE NO. 4127"):
        text = CATEGORIES.replace("HELP WANTED", head)
        _, trace = explain_text(text)
        assert CATEGORY_HEAD not in trace.rule("p1-1")


DEALERS = (
    f"{GRAIN_STORY}"
    "THE NEW MODEL\nLARK SIX\n$1,285 at the Factory\nSee It at Our Salesroom\n"
    "OAK MOTOR CO.\n18 West Main St. Phone Main 2280\n\n"
    "USED CAR BARGAINS\n\n"
    "FOR SALE—1917 Lark touring, new top,\ngood tires, $450. Phone 1187-J.\n\n"
    "WANTED—Light delivery car, must be\nin good condition. Phone 95.\n"
)


def test_a_categorys_head_set_apart_under_an_ads_contact_is_the_title_over_the_ads_below() -> None:
    edition, trace = explain_text(DEALERS)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds[:3] == ["Article", "Ad", "Article"] and kinds[-1] == "Ad"
    heads = [it.get("headline") or it.get("title") for it in items(DEALERS)]
    assert heads[1:3] == ["THE NEW MODEL", "USED CAR BARGAINS"]
    assert heads[-1] == "WANTED"
    assert CATEGORY_APART in trace.rule("p1-3")


def test_a_small_ads_title_tight_over_its_text_after_a_contact_stays_that_ads() -> None:
    text = DEALERS.replace("USED CAR BARGAINS\n\n", "USED CAR BARGAINS\n")
    _, trace = explain_text(text)
    assert all(CATEGORY_APART not in why for why in trace.notes.values())


LOST_FOUND = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "FOR RENT—Furnished room with board, close\nin. Inquire 14 Oak street. Phone 212.\n\n"
    "LOST AND FOUND\n\n"
    "LOST—Brown leather purse with keys, be-\ntween Elm and Ash streets. Reward.\n"
    "Phone 877.\n\n"
    "FOUND—Bunch of keys on a ring, in the\npostoffice lobby. Owner may have same by\n"
)


def test_want_ads_under_their_category_are_ads_though_the_last_runs_off_the_page() -> None:
    edition, trace = explain_text(LOST_FOUND)
    *_, category, lost, found = edition.pages[0].items
    assert not isinstance(category, Ad) and category.headline is not None
    assert category.headline.text == "LOST AND FOUND"
    assert isinstance(lost, Ad) and lost.title is not None and lost.title.text == "LOST"
    assert isinstance(found, Ad) and found.title is not None and found.title.text == "FOUND"
    assert LISTED_START in trace.rule(lost.id) and WANT_LISTED in trace.rule(found.id)


def test_a_found_run_in_after_a_story_stays_news() -> None:
    """The near miss: no category and no want ad above, 'FOUND—' opens a news item's text."""
    text = (
        "CLASSIFIED ADVERTISEMENTS\n\n"
        "RIVER SEARCH ENDS\n\n"
        "The search for the missing skiff was called off at dusk, the sheriff said.\n\n"
        "FOUND—The skiff itself, drifting below the dam, by two boys fishing\n"
        "from the bank at noon yesterday.\n"
    )
    edition, trace = explain_text(text)
    assert all(WANT_LISTED not in trace.rule(item.id) for item in edition.pages[0].items)


def test_a_small_ads_head_run_in_before_a_spaced_dash_is_its_title() -> None:
    for head in ("FOR SALE", "CARD OF THANKS"):
        text = (
            "CLASSIFIEDS\n\n"
            f"{head} — Cedar canoe, 16 ft., paddles included. $900.\nCall 306-555-0110\n"
        )
        edition, trace = explain_text(text)
        ad = edition.pages[0].items[-1]
        assert isinstance(ad, Ad) and ad.title is not None and ad.title.text == head
        assert ad.blocks[0].text == "Cedar canoe, 16 ft., paddles included. $900."  # type: ignore[union-attr]
        assert trace.rule(ad.id, "title") == SPACED_HEAD


def test_a_head_in_capitals_with_an_unspaced_word_after_its_dash_stays_the_line() -> None:
    """The near miss: a dash inside a line in capitals that runs no head into text."""
    text = "CLASSIFIEDS\n\nSPRING SALE—ALL WEEK AT HOLM'S\nCall 306-555-0112\n"
    edition, trace = explain_text(text)
    ads = [item for item in edition.pages[0].items if isinstance(item, Ad)]
    assert ads and all(trace.rule(ad.id, "title") != SPACED_HEAD for ad in ads)
