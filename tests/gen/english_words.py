"""Words of made-up English newspapers of 1911-1916: towns, people, stories."""

from __future__ import annotations

import random

TOWNS = ("HARLOW", "MILLBROOK", "LAKEPORT", "FAIRVIEW", "RIVERTON", "ASHFORD", "GLENMORE")
STATES = ("MASS.", "OHIO", "MICH.", "CONN.", "PA.", "N. Y.")
PAPER_TIMES = ("EVENING", "MORNING", "DAILY")
PAPER_NOUNS = ("STANDARD", "HERALD", "SENTINEL", "CALL", "LEDGER", "COURIER")
EDITIONS = ("HOME EDITION", "LAST EDITION", "NIGHT EXTRA")
PRICES = ("ONE CENT", "TWO CENTS", "PRICE ONE CENT")
PAGES_WORDS = ("EIGHT", "TEN", "TWELVE", "SIXTEEN")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST = ("Josiah", "Henry", "Walter", "Edward", "Charles", "Amos", "Frank", "George", "Albert")
LAST = ("Whitcomb", "Marsh", "Pruitt", "Langley", "Ostrander", "Dunmore", "Carver", "Ames")
OFFICES = ("Mayor", "Alderman", "Judge", "Superintendent", "Chief", "Captain", "Engineer")
BODIES = ("city council", "school board", "county commissioners", "board of health", "grange")
THINGS = (
    "traffic ordinance",
    "water mains",
    "new bridge",
    "street railway",
    "public library",
    "fire station",
    "harbor improvements",
    "electric lighting",
)
PLACES = ("Elm street", "the east side", "Cedar creek", "the river road", "Gull island")
# Headlines and decks: capitals for the headline, title case for a deck.
HEAD_VERBS = ("SIGNS", "APPROVES", "OPPOSES", "DELAYS", "ORDERS", "DEBATES")
DECK_CAPS = (
    "WORK TO BEGIN AT ONCE",
    "POLICE READY TO ACT",
    "VOTE WAS SEVEN TO TWO",
    "CITIZENS ARE PLEASED",
    "PROTEST IS EXPECTED",
)
SUBHEADS = ("Had Been Warned Before", "Work Begins Monday", "Cost Is Large", "Opposed by Many")
NUMBERS = ("twenty-one", "forty-two", "sixty-five", "thirty-three")
# Words a title-case deck leaves in lower case.
SMALL = frozenset("a an the of in on at to by for and".split())


def person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEHJLPTW')}. {r.choice(LAST)}"


def sentence(r: random.Random) -> str:
    """One sentence of a news story, lower case except names and its first word."""
    k = r.randrange(8)
    thing, body, place = r.choice(THINGS), r.choice(BODIES), r.choice(PLACES)
    if k == 0:
        return f"The {body} last night voted to build the {thing} on {place}."
    if k == 1:
        cost = f"${r.randint(2, 90)},000"
        return f"{r.choice(OFFICES)} {person(r)} said the work would cost about {cost}."
    if k == 2:
        return f"Residents of {place} have complained for {r.choice(NUMBERS)} months of the delay."
    if k == 3:
        return f"The plans for the {thing} were drawn by engineers from the state department."
    if k == 4:
        return f"Several members of the {body} opposed the measure, which they called extravagant."
    if k == 5:
        month = r.choice(MONTHS)
        return f"It is expected that the contract will be awarded before the end of {month}."
    if k == 6:
        return f"A public hearing on the {thing} will be held at the town hall next week."
    return f"The {body} will meet again on {r.choice(WEEKDAYS)} evening to consider the matter."


def headline(r: random.Random) -> str:
    return f"{r.choice(BODIES).upper()} {r.choice(HEAD_VERBS)} {r.choice(THINGS).upper()}"


def deck(r: random.Random) -> str:
    """A title-case deck ending in a period."""
    words = (
        f"{r.choice(('measure', 'plan', 'proposal'))} passed by the {r.choice(BODIES)} "
        f"after long debate on {r.choice(WEEKDAYS).lower()} night."
    ).split()
    out = [w if w in SMALL and i else w.capitalize() for i, w in enumerate(words)]
    return " ".join(out)
