"""A letter's or a notice's foot (round forty-three): the complimentary close over the
writer's name in capitals, the writer's place and date, a salutation closed by a dash, and
an officer's 'NAME, Office.' signing minutes or a notice. Each with a near miss; every
name and fact is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.closings import OFFICE_RULE
from reader.ingest.letters import LETTER_CLOSE, PLACE_DATE, SALUTATION
from tests.ingest.test_conventions import items

LETTER = (
    "THE SHORTER DAY.\n\n"
    "Sir,—\n"
    "Some of our older members seem to think that\n"
    "the fight at the depot is only about an hour on\n"
    "the early turns. It is not, and the whole Union\n"
    "should stand by the men there.\n"
)


def test_a_close_over_a_name_in_capitals_is_the_letters_end_and_the_name_signs() -> None:
    text = f"{LETTER}Yours fraternally,\nHARRY PECK.\nStanmoor Garage Branch.\n"
    [letter] = items(text)
    assert letter["bylines"] == [("HARRY PECK", None, None, None)]
    assert ("paragraph", "Yours fraternally,") in letter["body"]
    assert letter["body"][-1] == ("paragraph", "Stanmoor Garage Branch.")


def test_a_british_close_and_a_dated_place_under_the_name() -> None:
    text = (
        "THE TOWN PUMP.\n\n"
        "SIR,—\n"
        "Will you permit me to draw attention to the pump in Chapel-lane, which has been\n"
        "out of order for five weeks?\n"
        "  I am, Sir, yours faithfully,\n"
        "A RATEPAYER.\n"
        "Ballyduff, March 11th, 1896.\n"
    )
    [letter] = items(text)
    assert letter["bylines"] == [("A RATEPAYER", None, None, None)]
    assert ("paragraph", "I am, Sir, yours faithfully,") in letter["body"]


def test_the_letter_foot_patterns_and_their_near_misses() -> None:
    for close in (
        "Yours truly,",
        "Faithfully yours,",
        "Respectfully,",
        "I am, Sir, yours faithfully,",
    ):
        assert LETTER_CLOSE.match(close)
    # a wrapped line ending on a comma opens no close
    for line in ("Yours and mine,", "Yours in haste and", "In the meantime,"):
        assert not LETTER_CLOSE.match(line)
    assert PLACE_DATE.match("Ballyduff, March 11th, 1896.")
    assert PLACE_DATE.match("Main-street, March 12th.")
    assert not PLACE_DATE.match("Main-street, March 12th, the day of the fair.")
    assert SALUTATION.match("Dear Comrade Editor,—")
    assert not SALUTATION.match("Dear me, what a day it was,— he said")


def test_a_name_in_capitals_after_a_sentence_is_no_signature_outside_a_letter() -> None:
    # the near miss: a full name in capitals with no letter above it heads the next story
    text = (
        "COUNCIL MEETS.\n\n"
        "The council met on Monday night and voted to pave West Main street next spring.\n\n"
        "HARRY PECK DIES.\n\n"
        "Harry Peck, for forty years a blacksmith on Mill street, died at his home on Sunday.\n"
    )
    assert [it["headline"] for it in items(text)] == ["COUNCIL MEETS.", "HARRY PECK DIES."]


def test_an_officers_name_and_office_sign_minutes_or_a_notice() -> None:
    minutes = (
        "OFFICIAL PROCEEDINGS.\n\n"
        "Minutes of the last meeting were read and approved.\n"
        "On motion the council adjourned.\n"
        "A. R. MOWAT,\n"
        "City Clerk.\n"
    )
    [item] = items(minutes)
    assert item["bylines"] == [("A. R. MOWAT", "City Clerk", None, None)]
    notice = (
        "STATED COMMUNICATION.\n\n"
        "Regular communication of Cedar Lodge No. 118, Monday evening at 7:30 o'clock.\n"
        "Visiting brethren welcome.\n"
        "CHAS. H. DEAL, Secretary.\n"
    )
    [item] = items(notice)
    assert item["bylines"] == [("CHAS. H. DEAL", "Secretary", None, None)]
    _, trace = explain_text(notice)
    assert OFFICE_RULE in trace.rule("p1-1", "byline.0")


def test_a_name_and_a_place_or_a_name_over_text_signs_nothing() -> None:
    # the near misses: no office after the comma, or a name and office over more text
    place = (
        "MILL NEWS.\n\n"
        "The mill will close for a week in August for repairs to the wheel.\n"
        "JOHN T. MARSH, Ashford.\n"
    )
    [item] = items(place)
    assert item["bylines"] == []
    over_text = (
        "MILL NEWS.\n\n"
        "The mill will close for a week in August for repairs to the wheel.\n"
        "JOHN T. MARSH, Secretary, said the work would take longer this year than last.\n"
    )
    [item] = items(over_text)
    assert item["bylines"] == []
    # a name in small letters and its office may be the minutes' own line: text
    small = (
        "MILL NEWS.\n\n"
        "The mill will close for a week in August for repairs to the wheel.\n"
        "Daniel Osei, Town Clerk.\n"
    )
    [item] = items(small)
    assert item["bylines"] == []


def test_the_last_of_a_list_of_officers_signs_nothing() -> None:
    # a society's officers elected, one 'NAME, Office.' a line: the last is the list's, not
    # the minutes' signer (review of round forty-three)
    officers = (
        "ELM FALLS HISTORICAL SOCIETY.\n\n"
        "The society held its annual meeting on Tuesday evening and elected these officers\n"
        "for the coming year.\n"
        "JOHN R. MARSH, President.\n"
        "MARY E. COLE, Vice President.\n"
        "CHAS. H. DEAN, Secretary.\n"
    )
    [item] = items(officers)
    assert item["bylines"] == []
    assert item["body"][-1][1].endswith("CHAS. H. DEAN, Secretary.")
    # the near miss: one officer under the last sentence signs it
    one = officers.replace("JOHN R. MARSH, President.\nMARY E. COLE, Vice President.\n", "")
    [item] = items(one)
    assert item["bylines"] == [("CHAS. H. DEAN", "Secretary", None, None)]


SALE = (
    "GARDEN CLUB SALE.\n\n"
    "The garden club will hold its plant sale at the library on Saturday morning. Members\n"
    "may bring plants on Friday evening.\n"
)


def test_a_sentence_naming_an_officer_signs_nothing() -> None:
    # 'Contact Ada Lind, Secretary.' closes the notice with a sentence; in capitals,
    # 'THANKS TO MARY COLE, President.' holds words no name does
    for last in ("\nContact Ada Lind, Secretary.\n", "THANKS TO MARY COLE, President.\n"):
        [item] = items(SALE + last)
        assert item["bylines"] == []
        assert item["body"][-1][1].endswith(last.strip())
    # the near misses: an officer's signature, in small letters with no stop, in capitals
    # with its stop
    [item] = items(SALE + "\nAda Lind, Secretary\n")
    assert item["bylines"] == [("Ada Lind", "Secretary", None, None)]
    [item] = items(SALE + "MARY E. COLE, President.\n")
    assert item["bylines"] == [("MARY E. COLE", "President", None, None)]
