"""A column of small ads at a page's foot (issue 14, round forty-seven): the last ad cut
short at the page's edge, and an ad's capitals head under a finished want ad, each on a
small made-up example and a near miss. Every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest.cut_short import cut_short
from tests.ingest.test_conventions import items

COLUMN = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "FOR RENT—Furnished room with board, close\nin. Inquire 14 Oak street. Phone 212.\n\n"
    "MISCELLANEOUS\n\n"
    "WANTED—Plain sewing and mending done at\nreasonable prices. Mrs. A. L. Brooks, 319\n"
    "Bay street.\n"
)


def _ads(text: str) -> list[tuple[str, bool]]:
    return [(it["title"], it["truncated"]) for it in items(text) if "title" in it]


def test_the_pages_last_ad_torn_mid_word_is_cut_short() -> None:
    text = COLUMN + "DRESSMAKING—Ladies' suits and gowns made\nto order; work guaran-\n"
    assert _ads(text) == [("FOR RENT", False), ("WANTED", False), ("DRESSMAKING", True)]


def test_the_last_ad_stopping_on_a_small_word_or_a_bare_telephone_word() -> None:
    for end in ("Owner may have same by", "paying for this ad. Phone"):
        text = COLUMN + f"\nFOUND—Bunch of keys on a ring, in the\npostoffice lobby. {end}\n"
        assert _ads(text)[-1] == ("FOUND", True)


def test_the_last_ad_closing_on_its_phone_or_its_address_is_whole() -> None:
    # Near misses: an ad's own ends, a telephone's number or an address with its stop.
    for end in ("Phone 44.", "Apply 12 Elm street.", "Phone 1183-J"):
        text = COLUMN + f"\nFOUND—Bunch of keys on a ring, in the\npostoffice lobby. {end}\n"
        assert _ads(text)[-1] == ("FOUND", False)
    assert not cut_short("Mrs. A. L. Brooks")


def test_a_capitals_head_under_a_finished_want_ad_opens_an_ad_in_a_tight_column() -> None:
    # The column set tight, as extraction gives it (no blank line between the ads), its
    # last ad cut off with no contact: its capitals head under a finished ad opens it,
    # whatever its word ('DRESSMAKING' is no trade's want).
    tight = COLUMN.replace("\n\n", "\n") + "DRESSMAKING—Ladies' suits and gowns made\nto or-\n"
    assert _ads(tight)[-2:] == [("WANTED", False), ("DRESSMAKING", True)]


def test_a_capitals_head_under_an_unfinished_line_stays_in_its_ad() -> None:
    # Near miss: the line above stops mid-sentence, so the name under it is the ad's own.
    tight = (
        "CLASSIFIED ADVERTISEMENTS\nMISCELLANEOUS\n"
        "WANTED—Sewing done by the day; apply to\nMRS. BROOKS—Bay street, evenings. Phone 9.\n"
    )
    assert [title for title, _ in _ads(tight)] == ["WANTED"]
