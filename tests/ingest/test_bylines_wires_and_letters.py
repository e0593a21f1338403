"""Wire bylines, BY lines in capitals, dispatches, and letters signed by their writers."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.byline_lines import WIRE_BYLINE
from reader.ingest.en_rows import OVER_SALUTATION, SALUTED
from reader.ingest.letters import CAPS_SIGNED_RULE, NEXT_LETTER, PEN_NAME_RULE
from tests.ingest.test_conventions import items

ALONE = (
    "가람국 폭설로 항공편 300편 결항\n\n"
    "가람국 북부에 이틀째 폭설이 내려 공항 세 곳의 항공편 300여편이 결항했다고 현지 언론이 "
    "17일 전했다.\n\n"
    "(누리시티=연합뉴스) 홍길동 특파원\n\n"
    "나라국 대통령, 내달 국빈 방문\n\n"
    "나라국 대통령이 다음 달 국빈 방문길에 오른다고 대통령실이 17일 발표했다.\n"
)


def test_a_wire_byline_alone_under_a_story_signs_it_and_heads_nothing() -> None:
    first, second = items(ALONE)
    assert first["bylines"] == [("홍길동", "특파원", None, "누리시티")]
    assert second["headline"] == "나라국 대통령, 내달 국빈 방문"
    assert second["deck"] == [] and second["bylines"] == []
    _, trace = explain_text(ALONE)
    assert WIRE_BYLINE in trace.rule("p1-1", "byline.0")


def test_a_wire_dateline_over_its_text_still_opens_the_lead() -> None:
    text = (
        "나라국 대통령, 내달 국빈 방문\n\n"
        "(누리시티=연합뉴스) 홍길동 특파원 = 나라국 대통령이 다음 달 국빈 방문길에 오른다고 "
        "대통령실이 17일 발표했다.\n"
    )
    [story] = items(text)
    assert story["bylines"] == [("홍길동", "특파원", None, "누리시티")]
    assert story["body"][0][1].startswith("나라국 대통령이")


LETTER = (
    "MORE LAMPS WANTED.\n\n"
    "To the Editor of The Gazette:\n"
    "Sir—Will the council not light the lamps\n"
    "on Pine street before some one falls?\n"
    "JOHN T. MARSH.\n"
    "Elmdale, Nov. 2.\n"
)


def test_a_letters_salutation_stands_alone_and_its_name_in_capitals_signs_it() -> None:
    # printed without blank lines (a page of one block) or under its headline set apart
    assert items(LETTER.replace("\n\n", "\n")) == items(LETTER)
    [letter] = items(LETTER)
    assert letter["headline"] == "MORE LAMPS WANTED."
    assert letter["body"] == [
        ("paragraph", "To the Editor of The Gazette:"),
        (
            "paragraph",
            "Sir—Will the council not light the lamps on Pine street before some one falls?",
        ),
        ("paragraph", "Elmdale, Nov. 2."),
    ]
    assert letter["bylines"] == [("JOHN T. MARSH", None, None, None)]
    _, trace = explain_text(LETTER)
    assert SALUTED in trace.rule("p1-1")
    assert trace.rule("p1-1", "byline.0").endswith(CAPS_SIGNED_RULE)


TITLED_LETTERS = (
    "Letters to the Editor\n\n"
    "Ferry timetable needs a rethink\n"
    "Sir,\n"
    "The new winter timetable leaves the last boat from the mainland at\n"
    "five, an hour before the shops and the clinic close.\n"
    "— Ana Folau, Port Hallow\n"
)


def test_a_letters_title_set_tight_over_its_salutation_stands_apart() -> None:
    # a modern letters column: the letter's title, then 'Sir,' or 'To the Editor:', set
    # tight over the text: the title is no part of the salutation's paragraph
    letter = items(TITLED_LETTERS)[-1]
    assert letter["headline"] == "Ferry timetable needs a rethink"
    assert letter["body"][0] == ("paragraph", "Sir,")
    _, trace = explain_text(TITLED_LETTERS)
    assert any(OVER_SALUTATION in rule for rule in trace.notes.values())


def test_a_line_running_on_over_a_salutation_is_not_cut_from_it() -> None:
    # a sentence broken at its comma over a quoted greeting ('… wrote,' / 'Dear Sir,') runs
    # on as one paragraph; the salutation's own cut is the older rule's
    text = (
        "FERRY NOTICE\n\n"
        "The harbour master pinned a note to the door of the office, which began,\n"
        "Dear passengers,\n"
        "and went on to list the sailings cancelled for the storm.\n"
    )
    _, trace = explain_text(text)
    assert all(OVER_SALUTATION not in rule for rule in trace.notes.values())


CAPS_BY = (
    "MINERS DROP TWO\n\n"
    "Locals Outhit in Opener, Then Lose in Ten Innings.\n\n"
    "BY AMOS KELLER.\n\n"
    "Eight thousand fans saw the Miners lose both games of the double-header yesterday "
    "afternoon at Miners park.\n"
)


def test_a_by_line_in_capitals_closed_by_its_stop_is_the_byline() -> None:
    [item] = items(CAPS_BY)
    assert item["bylines"] == [("AMOS KELLER", None, None, None)]
    assert item["deck"] == ["Locals Outhit in Opener, Then Lose in Ten Innings."]


@pytest.mark.parametrize("line", ["BY CREAMERY COMPANY", "BY THE RIVER."])
def test_a_capitals_line_opening_with_by_but_no_name_closed_by_a_stop_signs_nothing(
    line: str,
) -> None:
    [item] = items(CAPS_BY.replace("BY AMOS KELLER.", line))
    assert item["bylines"] == []


# Two dispatches under one head, each told by how it came: the wire is no writer.
BY_CABLE = (
    "REVOLT IN MEXICO\n\n"
    "BY CABLE.\n"
    "MEXICO CITY, June 3.—Troops were sent north today to put down the rising in Sonora, "
    "it was announced at the palace.\n\n"
    "BY ASSOCIATED PRESS.\n"
    "WASHINGTON, June 3.—The State department has received no word of the fighting.\n"
)


def test_how_a_dispatch_came_in_capitals_is_no_byline_and_two_dispatches_stay_two() -> None:
    first, second = items(BY_CABLE)
    assert first["bylines"] == second["bylines"] == []
    assert first["body"][0][1].startswith("MEXICO CITY, June 3.")
    assert second["body"][0][1].startswith("WASHINGTON, June 3.")


@pytest.mark.parametrize("line", ["BY WIRELESS.", "BY REQUEST.", "BY UNITED PRESS."])
def test_a_wire_or_a_method_after_by_in_capitals_signs_nothing(line: str) -> None:
    [item] = items(CAPS_BY.replace("BY AMOS KELLER.", line))
    assert item["bylines"] == []


COUNTY_LETTERS = (
    "NEWS FROM OUR\nCORRESPONDENTS\n\n"
    "ELM GROVE.\n"
    "May 3.—Mr. and Mrs. Carl Voss visited\n"
    "relatives at Dover on Sunday. The Elm\n"
    "Grove school will close Friday.\n"
    "WREN.\n\n"
    "PINE HOLLOW.\n"
    "May 2.—Farmers here are about done planting oats.\n"
    "A TAXPAYER.\n"
)


def test_a_pen_name_tight_under_a_correspondents_letter_signs_it() -> None:
    title, grove, hollow = items(COUNTY_LETTERS)
    assert (title["headline"], title["body"]) == ("NEWS FROM OUR CORRESPONDENTS", [])
    assert grove["headline"] == "ELM GROVE."
    assert grove["bylines"] == [("WREN", None, None, None)]
    assert grove["body"][0][1].startswith("May 3.—")
    assert hollow["headline"] == "PINE HOLLOW."
    _, trace = explain_text(COUNTY_LETTERS)
    assert trace.rule("p1-2", "byline.0").endswith(PEN_NAME_RULE)


def test_a_one_word_head_after_a_blank_line_over_its_text_signs_nothing() -> None:
    # 'ARRIVED.' stands after a blank line over the lines it heads: no signature
    text = (
        "SHIPPING NEWS.\n\nThe schooner Dora came in on Monday with coal.\n\n"
        "ARRIVED.\nSch. Dora, Hale, Perth Amboy, coal.\n"
    )
    assert all(item["bylines"] == [] for item in items(text))


LETTERS_COLUMN = (
    "THE READERS' FORUM\n\n"
    "To the Editor of The Gazette:\n"
    "Will the council not light the lamps on Pine street before some one falls?\n"
    "A PINE STREET WIDOW.\n"
    "Elmdale, Route 2, Nov. 2.\n\n"
    "To the Editor of The Gazette:\n"
    "The ferry landing wants a rail, and has wanted one since spring.\n"
    "OTTO K. BRANDT.\n"
    "Lower Elmdale.\n"
)


def test_letters_under_their_columns_title_are_items_each_signed_by_its_writer() -> None:
    # the title heads the column, no letter: each salutation under it, or under the letter
    # before's signature and place, opens a letter of its own with no headline
    assert items(LETTERS_COLUMN.replace("\n\n", "\n")) == items(LETTERS_COLUMN)
    # on the page's first line, the title over the run is the page's label
    # (docs/representation.md, "A title over the page's run of items")
    first, second = items(LETTERS_COLUMN)
    edition, trace = explain_text(LETTERS_COLUMN)
    assert edition.pages[0].section == "THE READERS' FORUM"
    assert first["headline"] is None and second["headline"] is None
    assert first["body"][-1] == ("paragraph", "Elmdale, Route 2, Nov. 2.")
    assert first["bylines"] == [("A PINE STREET WIDOW", None, None, None)]
    assert second["body"][-1] == ("paragraph", "Lower Elmdale.")
    assert second["bylines"] == [("OTTO K. BRANDT", None, None, None)]
    assert NEXT_LETTER in trace.rule("p1-1") and NEXT_LETTER in trace.rule("p1-2")


def test_a_letters_own_headline_over_its_salutation_stays_its_headline() -> None:
    # 'MORE LAMPS WANTED.' names one letter, not a column; a pen name over a plain line
    # ('A CORRECTION.' over text) is a headline, not a signature
    assert items(LETTER)[0]["headline"] == "MORE LAMPS WANTED."
    text = (
        "The lamps were lit on Tuesday, as the council had promised.\n\n"
        "A SMALL CORRECTION.\nThe Elmdale Band plays on Friday, not on Thursday.\n"
    )
    assert [item["headline"] for item in items(text)][-1] == "A SMALL CORRECTION."
