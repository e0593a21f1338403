"""A bank's statement of condition, one ad from its head to its cashier's signature, and
the stories around it that stay their own: the oath and attest after the signature, a
cashier signing in mixed case, a head wrapped over three lines, and a story's head that
reads 'REPORT OF THE CONDITION OF' but names no bank. Every name and figure is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.bank_statement import STATEMENT
from reader.model import Ad, Article, Heading, Table
from tests.ingest.test_conventions import parse

STATEMENT_PAGE = (
    "LOCAL MARKETS\n\n"
    "Wheat sold at 92 cents on the street today, two cents above Saturday's price.\n\n"
    "STATEMENT OF THE CONDITION OF THE MILLBROOK STATE BANK\n"
    "at the close of business June 30, 1912.\n"
    "RESOURCES\n"
    "Loans and discounts ............ $98,412.50\n"
    "Cash on hand .................... 12,108.75\n"
    "LIABILITIES\n"
    "Capital stock ................... $20,000.00\n"
    "Deposits ........................ 90,521.25\n"
    "I, Carl Moen, cashier, do solemnly swear that the above statement is true.\n"
    "CARL MOEN, Cashier.\n\n"
    "BRIDGE CREW AT WORK\n\n"
    "The county bridge crew began work on the Mill creek span this morning.\n"
)
_STORIES = (
    "FIRE DESTROYS BARN\n\n"
    "The large barn on the Henry Olson farm, three miles east of town, was destroyed by "
    "fire Tuesday night. The loss is placed at $2,000, partly covered by insurance.\n\n"
    "HIGH SCHOOL NOTES\n\n"
    "The seniors will give their class play on Friday evening. Tickets are on sale at the "
    "drug store.\n"
)


def _kinds_and_titles(text: str) -> list[tuple[str, str]]:
    edition, _ = explain_text(text)
    return [
        (
            type(item).__name__,
            (item.title if isinstance(item, Ad) else item.headline).text,  # type: ignore[union-attr]
        )
        for item in edition.pages[0].items
    ]


def test_a_banks_statement_of_condition_is_one_ad_its_rows_tables() -> None:
    edition, trace = explain_text(STATEMENT_PAGE)
    markets, statement, bridge = edition.pages[0].items
    assert isinstance(markets, Article) and isinstance(bridge, Article)
    assert isinstance(statement, Ad) and statement.title is not None
    assert statement.title.text == "STATEMENT OF THE CONDITION OF THE MILLBROOK STATE BANK"
    heads = [b.text for b in statement.blocks if isinstance(b, Heading)]
    assert heads == ["RESOURCES", "LIABILITIES"]
    tables = [b for b in statement.blocks if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [2, 2]
    assert STATEMENT in trace.rule(statement.id)
    parse(STATEMENT_PAGE)


def test_the_jurat_and_attest_under_the_cashier_stay_in_the_ad_the_stories_their_own() -> None:
    # the notary's and directors' lines follow the cashier's in his paragraph: the ad ends
    # after them, and the stories under it are items again
    text = STATEMENT_PAGE.split("BRIDGE CREW")[0].rstrip("\n") + (
        "\nSubscribed and sworn to before me this 5th day of July, 1912.\n"
        "E. M. BROWN, Notary Public.\n"
        "Correct—Attest: HENRY OLSON, C. P. DAHL, Directors.\n\n"
    )
    edition, _ = explain_text(text + _STORIES)
    _, statement, fire, school = edition.pages[0].items
    assert isinstance(statement, Ad)
    assert statement.blocks[-1].text == "Correct—Attest: HENRY OLSON, C. P. DAHL, Directors."
    assert isinstance(fire, Article) and fire.headline.text == "FIRE DESTROYS BARN"
    assert isinstance(school, Article) and school.headline.text == "HIGH SCHOOL NOTES"
    parse(text + _STORIES)


def test_a_cashier_signing_in_mixed_case_closes_the_statement() -> None:
    text = STATEMENT_PAGE.replace("CARL MOEN, Cashier.", "Carl Moen, Cashier.")
    text = text.split("BRIDGE CREW")[0] + _STORIES
    assert _kinds_and_titles(text)[1:] == [
        ("Ad", "STATEMENT OF THE CONDITION OF THE MILLBROOK STATE BANK"),
        ("Article", "FIRE DESTROYS BARN"),
        ("Article", "HIGH SCHOOL NOTES"),
    ]


def test_a_head_wrapped_over_three_lines_still_names_its_bank() -> None:
    text = STATEMENT_PAGE.replace(
        "STATEMENT OF THE CONDITION OF THE MILLBROOK STATE BANK",
        "REPORT OF THE CONDITION OF\nTHE FARMERS' AND MERCHANTS'\nSTATE BANK",
    )
    edition, trace = explain_text(text)
    _, statement, _ = edition.pages[0].items
    assert isinstance(statement, Ad) and STATEMENT in trace.rule(statement.id)


def test_a_report_of_the_condition_of_the_roads_is_no_statement() -> None:
    # the head reads like a statement's but names no bank: a story, the stories under it
    # their own items
    text = (
        "REPORT OF THE CONDITION OF THE COUNTY ROADS\n\n"
        "The county engineer made his report to the board of supervisors on Monday. He "
        "found the roads north of town badly washed by the spring rains.\n\n"
        "The board will take up the matter at its next meeting.\n\n" + _STORIES
    )
    _, trace = explain_text(text)
    assert _kinds_and_titles(text) == [
        ("Article", "REPORT OF THE CONDITION OF THE COUNTY ROADS"),
        ("Article", "FIRE DESTROYS BARN"),
        ("Article", "HIGH SCHOOL NOTES"),
    ]
    assert all(STATEMENT not in why for why in trace.notes.values())
