"""Where an item starts on English pages, on small made-up examples: a title-case line over a
headline in capitals, a short headline in capitals over text, a newsletter's stories, briefs
and sponsor, a title-case head over its wrapped text on a page without blank lines. Every name
is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brevities import STANDING_CUT
from reader.ingest.en_blocks import TITLE_OVER_TEXT
from reader.ingest.en_heads import CAPS_UNDER_SIGNED, EN_AFTER_SIGNED
from reader.ingest.label_caps import notices_label
from reader.ingest.lines import Line, Para
from reader.ingest.notices_title import NOTICES_TITLE, UNDER_NOTICES_TITLE, notices_title
from reader.ingest.runs import TITLE_OVER_CAPS
from reader.ingest.stop_heads import HEADS_ITEM, STOP_HEAD
from reader.ingest.story_ends import EN_AFTER_BRIEFS, EN_NEXT_BRIEF, EN_TITLE_OVER_BRIEFS
from tests.ingest.rule_pages import EN_LEAD_DEPOT as EN_LEAD
from tests.ingest.rule_pages import STORY_NORTH_END as STORY
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import items, parse

EN_MORE = "Drivers said the larger bays would make winter mornings far easier for everyone."

NEWSLETTER = (
    "Tin Roof Weekly\nwww.tinroof.example\nIssue 40 · Monday, May 4, 2026\n\n"
    "Depot Opens Early\n\nBy Lena Marsh\nStaff Writer\n\n"
    f"{EN_LEAD}\n\nWhat riders get from June 1:\n\n"
    "• Buses every ten minutes.\n• A heated waiting room.\n\n"
    f"{EN_MORE}\n\n"
    "Why Your Furnace Needs a Spring Check\n\n"
    "Furnaces fail most often in the first cold week. We asked a technician what to do now.\n\n"
    "Q: How often should I change the filter?\nA: Every three months, or monthly with pets.\n\n"
    "— Omar Hale, heating technician\n\n"
    "Short Takes\n\n"
    "Library Adds Sunday Hours\n"
    "The main library will open from noon to five on Sundays starting next week.\n\n"
    "Pool Reopens After Repairs\n"
    "The town pool reopened Saturday after a month of repairs to its filter pumps.\n\n"
    "Brightline Plumbing: Fixed Today\n\n"
    "- Same-day visits across the county\n- No call-out fee on weekdays\n\n"
    "www.brightline.example\nhello@brightline.example\n"
)


def test_an_english_newsletter_splits_at_its_stories_briefs_and_sponsor() -> None:
    edition = parse(NEWSLETTER)
    assert edition.masthead is not None and edition.masthead.url == "www.tinroof.example"
    story, qa, title, one, two, sponsor = items(NEWSLETTER)
    assert story["body"][1] == ("paragraph", "What riders get from June 1:")
    assert story["bylines"] == [("Lena Marsh", "Staff Writer", None, None)]
    assert qa["headline"] == "Why Your Furnace Needs a Spring Check"
    assert qa["bylines"] == [("Omar Hale", "heating technician", None, None)]
    assert (title["headline"], title["body"]) == ("Short Takes", [])
    assert one["headline"] == "Library Adds Sunday Hours"
    assert two["headline"] == "Pool Reopens After Repairs"
    assert sponsor["title"] == "Brightline Plumbing: Fixed Today"
    _, trace = explain_text(NEWSLETTER)
    rules = " ".join(trace.notes.values())
    for rule in (EN_TITLE_OVER_BRIEFS, EN_NEXT_BRIEF, EN_AFTER_BRIEFS, EN_AFTER_SIGNED):
        assert rule in rules


def test_a_title_over_one_brief_that_ends_the_page_is_read_without_a_crash() -> None:
    """A title needs two briefs under it: over the page's last brief it opens nothing."""
    text = NEWSLETTER[: NEWSLETTER.index("Pool Reopens")].rstrip() + "\n"
    assert text.endswith("starting next week.\n")
    *_, last = items(text)
    assert last["body"][-1][1].endswith("starting next week.")
    _, trace = explain_text(text)
    assert EN_TITLE_OVER_BRIEFS not in " ".join(trace.notes.values())


def test_a_title_case_subhead_of_a_signed_feature_stays_in_it() -> None:
    text = (
        "Depot Opens Early\n\nBy Lena Marsh\nStaff Writer\n\n"
        f"{EN_LEAD}\n\nA Depot Older Than the Town\n\n{EN_MORE}\n"
    )
    [item] = items(text)
    assert item["body"][1] == ("subhead", "A Depot Older Than the Town")


def test_a_capitalised_headline_after_prose_still_opens_an_item() -> None:
    text = (
        f"{STORY}NEW BRIDGE OPENED,\nCROWDS ATTEND\n\nThe bridge opened to traffic at noon today.\n"
    )
    assert [it["headline"] for it in items(text)][0] == "BARN BURNS AT NORTH END"
    assert len(items(text)) == 2


TITLED = (
    "ROAD TAX DUE.\n\n"
    "The county treasurer reminds owners that the road tax falls due on Monday.\n\n"
    "Voices of Our Readers\n"
    "A PLEA FOR SHADE TREES.\n"
    "The elms on Main street are dying, and nobody plants new ones in their place.\n"
)


def test_a_title_case_line_over_a_headline_in_capitals_is_an_item_of_its_own() -> None:
    got = items(TITLED)
    assert [it["headline"] for it in got] == [
        "ROAD TAX DUE.",
        "Voices of Our Readers",
        "A PLEA FOR SHADE TREES.",
    ]
    assert got[1]["body"] == []
    _, trace = explain_text(TITLED)
    assert TITLE_OVER_CAPS in trace.rule("p1-2")


def test_a_name_and_role_over_a_headline_in_capitals_titles_nothing() -> None:
    text = (
        "LEGAL NOTICES\n\n"
        "NOTICE OF HEARING\n\n"
        "The board will hear the matter on Monday at noon in the town hall.\n\n"
        "/s/ Ada Pell, Town Clerk\n\n"
        "AUCTION OF GOODS\n\n"
        "Unclaimed goods will be sold on Saturday at ten o'clock in the morning.\n"
    )
    _, trace = explain_text(text)
    assert all(TITLE_OVER_CAPS not in rule for rule in trace.notes.values())


def test_a_short_headline_in_capitals_over_text_starts_an_item() -> None:
    text = (
        "MORE LAMPS WANTED.\n\n"
        "The council will light the lamps on Pine street next month.\n\n"
        "A CORRECTION.\n\n"
        "The fair opens on Tuesday, not on Monday as was printed last week.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["MORE LAMPS WANTED.", "A CORRECTION."]
    assert all(it["bylines"] == [] for it in got)


def test_a_title_case_head_over_its_wrapped_text_is_a_headline() -> None:
    text = (
        "TESTED RECIPES\n\n"
        "Apple Butter\n"
        "Boil down four quarts of cider to\n"
        "half, add the apples and cook slowly.\n\n"
        "Corn Fritters\n"
        "Mix one cupful of grated corn with\n"
        "two beaten eggs and fry by spoonfuls.\n"
    )
    _, trace = explain_text(text)
    got = items(text)
    assert [it["headline"] for it in got] == ["Apple Butter", "Corn Fritters"]
    assert got[0]["body"] == [
        ("lead", "Boil down four quarts of cider to half, add the apples and cook slowly.")
    ]
    assert any(TITLE_OVER_TEXT in why for why in trace.notes.values())


def test_a_sentence_that_opens_with_capitalised_words_runs_on() -> None:
    text = (
        "CHURCH NOTES\n\n"
        "Sunday School\n"
        "will meet at ten o'clock and the pastor\n"
        "will preach at eleven.\n"
    )
    _, trace = explain_text(text)
    assert all(TITLE_OVER_TEXT not in why for why in trace.notes.values())


def test_a_title_case_line_over_one_section_title_in_capitals_heads_no_run() -> None:
    page = (
        "FARMERS' INSTITUTE OPENS.\n\n"
        "The farmers' institute opened at the court house to-day with a large crowd.\n\n"
        "Second Day's Program\n\n"
        "MORNING SESSION.\n\n"
        "Prof. Hill will speak on the care of the orchard and the spraying of trees.\n"
    )
    assert all(a.body for a in _articles(page))


def test_a_title_case_title_over_headlines_in_capitals_still_heads_its_run() -> None:
    text = (
        "Letters From the People\n\n"
        "A WORD FOR THE LIBRARY\n\n"
        "The library board deserves the thanks of every reader in town for the\n"
        "new reading room.\n\n"
        "A READER.\n\n"
        "THE PARK BENCHES\n\n"
        "Will the city not mend the benches in the park before the band concerts\n"
        "begin?\n\n"
        "A TAXPAYER.\n"
    )
    assert items(text)[0]["headline"] == "Letters From the People"


def test_news_of_a_theatre_in_wrapped_lines_that_quotes_its_prices_stays_an_article() -> None:
    # short column lines, no word broken at an end: the sentences run on from line to line
    text = (
        "NEW THEATRE FOR MAIN STREET\n"
        "Work on the new playhouse at Main\n"
        "and Fourth streets will begin next\n"
        "week, the contractors announced\n"
        "yesterday. The house will seat 900 and\n"
        "Admission 10c and 20c will be\n"
        "charged at the opening in October.\n"
    )
    edition = parse(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article"]
    assert page.section != "Advertising"


# --- a standing head run in: the item's headline ----------------------------------------------


def test_a_standing_head_run_in_at_the_foot_heads_its_item() -> None:
    text = (
        "MILL STRIKE ENDS\n\n"
        "The weavers of the Ashby mill voted last\n"
        "night to go back to work on Monday.\n\n"
        "TIDES—High water at 6:12 a. m. and\n"
        "6:40 p. m. to-morrow.\n"
    )
    edition, trace = explain_text(text)
    story, tides = items(text)
    assert tides["headline"] == "TIDES"
    assert tides["body"] == [("lead", "High water at 6:12 a. m. and 6:40 p. m. to-morrow.")]
    assert STANDING_CUT in trace.rule("p1-2")


def test_a_run_in_word_inside_a_story_is_not_cut() -> None:
    # text goes on under it in the story's own paragraphs: no standing head there
    text = (
        "MILL STRIKE ENDS\n\n"
        "The weavers of the Ashby mill voted last\n"
        "night to go back to work on Monday.\n\n"
        "TERMS—The company grants a raise of\n"
        "five per cent.\n\n"
        "The mill will run full time next week.\n"
    )
    [item] = items(text)
    assert item["headline"] == "MILL STRIKE ENDS"
    assert ("paragraph", "TERMS—The company grants a raise of five per cent.") in item["body"]


# --- a notices column's title inside the page ------------------------------------------------


def test_a_notices_title_under_the_ads_is_an_item_of_its_own() -> None:
    text = (
        "WANTED—Boy to deliver papers; apply\n"
        "at this office after school.\n\n"
        "FOR SALE—Jersey cow, fresh, gentle.\n"
        "Inquire of R. L. Penn, Route 3.\n\n"
        "LEGAL NOTICES\n\n"
        "NOTICE TO CREDITORS.\n"
        "Estate of Hiram B. Cole, deceased.\n"
        "  Notice is hereby given that the un-\n"
        "dersigned has been appointed executor.\n"
        "MARTHA COLE, Executrix.\n"
    )
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert len(page.items) == 4  # two ads, the title, the notice
    title = page.items[2]
    assert title.headline is not None and title.headline.text == "LEGAL NOTICES"
    assert UNDER_NOTICES_TITLE in trace.rule("p1-4")
    # after an ad's last line, with no sentence for 'after prose' to see, the title alone
    # still starts its item
    paras = [Para([Line("Apply 12 Elm St", 0)], 0), Para([Line("LEGAL NOTICES", 20)], 1)]
    paras.append(Para([Line("NOTICE OF SALE.", 40)], 1))
    assert notices_title(paras, 1, paras[:1]) == NOTICES_TITLE


def test_a_notice_headed_notice_to_creditors_is_no_column_title() -> None:
    # only the column's words title a column: a notice's own head stays its title
    assert not notices_label("NOTICE TO CREDITORS.")
    assert notices_label("LEGAL NOTICES")


SIGNED_AT_FOOT = (
    "BOUT ENDS IN DRAW\n\n"
    "Kid Morrow and Sailor Dunn fought ten\n"
    "rounds to a draw at the armory Sat-\n"
    "urday night before a large crowd.\n"
    "By AMOS T. REED.\n\n"
    "TENNIS MATCHES BEGIN.\n"
    "Forty players will meet on the Oak Park\n"
    "courts this morning in the first round.\n"
)


def test_a_headline_in_capitals_under_a_stories_closing_byline_starts_the_next_story() -> None:
    edition, trace = explain_text(SIGNED_AT_FOOT)
    heads = [it["headline"] for it in items(SIGNED_AT_FOOT)]
    assert heads == ["BOUT ENDS IN DRAW", "TENNIS MATCHES BEGIN."]
    assert items(SIGNED_AT_FOOT)[0]["bylines"][0][0] == "AMOS T. REED"
    assert CAPS_UNDER_SIGNED in trace.rule("p1-2")


def test_a_byline_under_a_headline_and_deck_closes_no_story_over_a_capitals_head() -> None:
    # 'By NAME' under the title and its deck signs the serial under it: 'SYNOPSIS.' is its part
    text = (
        "THE HOUSE ON THE RIDGE\nA Story of the Hills\nBy MARY E. HOLT\n\n"
        "SYNOPSIS.\nRuth Carver, left alone at the farm, takes in a lodger who will not\n"
        "give his name. The neighbors talk.\n"
    )
    _, trace = explain_text(text)
    assert all(CAPS_UNDER_SIGNED not in why for why in trace.notes.values())


LOCAL = (
    "HARVEST SUPPER AT GRANGE HALL.\n\n"
    "The ladies of the Millbrook grange served a harvest supper in\n"
    "their hall Friday evening to more than a hundred guests, and\n"
    "the proceeds will go toward a new stove for the kitchen.\n\n"
)
STOP_HEADED = (
    f"{LOCAL}A Surprise Party.\n\n"
    "Friends of Miss Cora Abbott gathered at her home on Pine street\n"
    "Tuesday evening to remind her of her birthday. Games were\n"
    "played and a lunch was served at ten o'clock.\n"
)


def test_a_title_case_head_closed_by_its_stop_between_prose_starts_the_next_item() -> None:
    edition, trace = explain_text(STOP_HEADED)
    first, second = edition.pages[0].items
    assert second.headline is not None and second.headline.text == "A Surprise Party."
    assert STOP_HEAD in trace.rule("p1-2")
    assert trace.rule("p1-2", "headline") == HEADS_ITEM
    assert len(first.body) == 1


def test_a_closing_a_name_or_a_columns_second_subhead_closed_by_a_stop_starts_nothing() -> None:
    for line in ("Yours Truly.", "Miss Cora Abbott.", "The End."):
        edition = parse(STOP_HEADED.replace("A Surprise Party.", line))
        assert len(edition.pages[0].items) == 1, line
    recipes = (
        "KITCHEN HELPS.\n\nPlum Jelly.\n\n"
        "Wash the plums and cook them slowly in a little water until\n"
        "the skins break, then strain the juice through a flannel bag.\n\n"
        "Corn Fritters.\n\n"
        "Grate six ears of corn and beat in two eggs, a little flour\n"
        "and salt, then fry by spoonfuls in hot lard until brown.\n"
    )
    assert len(parse(recipes).pages[0].items) == 1
