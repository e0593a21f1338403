"""Letters: a salutation and its close, the names that sign them, and lines that sign none."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.closings import CLOSING_RULE
from reader.ingest.letters import FULL_NAME_RULE
from tests.ingest.rule_pages import BULLETIN_PARISH as BULLETIN
from tests.ingest.rule_pages import _paragraphs
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import items


def test_a_letter_over_its_signature_in_one_block_closes_its_item() -> None:
    text = (
        "Thanks to the pier crew\n"
        "When the storm took the dock lights, the pier crew kept the ferry running all night. "
        "We are grateful to every one of them.\n"
        "— Ada Munro, retired teacher\n\n"
        "BAKE SALE\n"
        "Saturday, May 2, 9 a.m.\n"
        "Harbor Church hall\n"
    )
    got = items(text)
    assert len(got) == 2
    assert got[0]["bylines"][0][0] == "Ada Munro"


def test_a_letter_opens_with_its_salutation_and_is_signed_under_its_close() -> None:
    letter = items(BULLETIN)[0]
    assert letter["headline"] == "A WORD FROM FATHER AMOS"
    assert letter["body"][0] == ("paragraph", "Dear parishioners,")
    assert letter["body"][-1] == ("paragraph", "With gratitude,")
    assert letter["bylines"] == [("Fr. Amos Kellner", "Pastor", None, None)]


def test_my_dear_opens_a_letter_as_dear_does() -> None:
    letter = items(BULLETIN.replace("Dear parishioners,", "My dear parishioners,"))[0]
    assert letter["headline"] == "A WORD FROM FATHER AMOS"
    assert letter["body"][0] == ("paragraph", "My dear parishioners,")


LETTER = (
    "Letter to Our Readers\n\n"
    "Dear readers,\n\n"
    "This year the Courier printed every week without a miss, and our subscribers grew by a "
    "tenth. We thank each of you for it.\n\n"
    "Sincerely,\n\n"
    "Ada B. Quill\nPublisher and Editor\n"
)


def test_a_name_over_its_title_under_a_close_signs_the_letter() -> None:
    edition, trace = explain_text(LETTER)
    [item] = items(LETTER)
    assert item["bylines"] == [("Ada B. Quill", "Publisher and Editor", None, None)]
    assert item["body"][-1] == ("paragraph", "Sincerely,")
    assert trace.rule("p1-1", "byline.0") == f"units: {CLOSING_RULE}"


def test_two_lines_under_a_close_that_are_no_name_stay_text() -> None:
    text = LETTER.replace("Ada B. Quill\nPublisher and Editor\n", "the staff\nof the Courier\n")
    [item] = items(text)
    assert item["bylines"] == []


def test_a_short_headline_or_a_name_over_years_is_no_letters_signature() -> None:
    correction = (
        "LAMPS FOR THE SQUARE.\n\nThe council voted new lamps for the square.\n\n"
        "A CORRECTION.\n\nTHE GRANGE MEETS FRIDAY.\n\n"
        "The grange will meet on Friday evening at the hall.\n"
    )
    assert not any(b.text == "A CORRECTION" for a in _articles(correction) for b in a.bylines)
    obituary = (
        "LAMPS FOR THE SQUARE.\n\nThe council voted new lamps for the square.\n\n"
        "J. B. WOOD.\n1835-1916.\n\nGeneral Wood died at his home last night.\n"
    )
    assert len(_articles(obituary)) == 2


def test_a_short_letter_over_its_signature_in_capitals_is_its_text_not_a_deck() -> None:
    page = (
        "A WORD FOR THE LIBRARY.\n\n"
        "The library should stay open on Sunday afternoons.\n\n"
        "MARTHA L. DEWEY.\n"
        "Alden Falls, Oct. 16.\n"
    )
    [letter] = _articles(page)
    assert not letter.deck
    assert _paragraphs(letter)[0] == "The library should stay open on Sunday afternoons."
    assert [b.text for b in letter.bylines] == ["MARTHA L. DEWEY."]


STORY_OVER = (
    "FIRE DESTROYS BARN\n\n"
    "The large barn on the Henry Olson farm was destroyed by fire Tuesday night. The loss "
    "is placed at $2,000.\n\n"
)


def test_an_obituarys_name_after_a_story_heads_it_its_line_under_no_place() -> None:
    # no letter above: 'Pioneer Resident.' is the obituary's deck, not where a writer lives
    text = (
        f"{STORY_OVER}HENRY J. OLSON.\n\nPioneer Resident.\n\n"
        "Henry J. Olson, who came to this county in 1868, died at his home Sunday morning, "
        "aged 81 years.\n"
    )
    fire, obituary = items(text)
    assert fire["bylines"] == []
    assert (obituary["headline"], obituary["deck"]) == ("HENRY J. OLSON.", ["Pioneer Resident."])


def test_a_name_over_a_township_signs_a_correspondents_note_without_a_salutation() -> None:
    # the line names a place: the writer's, no letter needed around it
    text = (
        "SUNNY SLOPE\n\n"
        "Mrs. Anna Berg visited her sister in town Saturday. The road crew is at work on the "
        "Berg hill.\n\nJ. H. ROSS.\nSumner Township.\n"
    )
    [note] = items(text)
    assert note["bylines"] == [("J. H. ROSS", None, None, None)]


def test_a_short_headline_of_three_words_at_the_pages_foot_is_no_pen_name() -> None:
    # 'A NEW BRIDGE.' could be 'A CEDAR HILL MOTHER.', but no letter is above it
    text = f"{STORY_OVER}A NEW BRIDGE.\n"
    fire, bridge = items(text)
    assert fire["bylines"] == []
    assert bridge["headline"] == "A NEW BRIDGE."


PERSONALS = (
    "LOCAL NEWS\n\n"
    "The council met last night and passed the paving ordinance after a long debate.\n"
    "{head}\n\n"
    "{lead}\n"
)


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        (
            "PERSONAL.",
            "Mrs. John Hale returned from Chicago on Tuesday after a visit of two weeks.",
        ),
        ("FUNERAL.", "Services will be held at the house Thursday at 2 o'clock."),
    ],
)
def test_a_departments_one_word_head_tight_under_a_story_over_prose_heads_its_item(
    head: str, lead: str
) -> None:
    council, department = items(PERSONALS.format(head=head, lead=lead))
    assert council["bylines"] == []
    assert council["body"] == [
        ("lead", "The council met last night and passed the paving ordinance after a long debate.")
    ]
    assert (department["headline"], department["body"]) == (head, [("lead", lead)])


def test_a_one_word_pen_name_over_prose_still_signs_a_letter_under_its_salutation() -> None:
    text = (
        "THE MAIL BOX\n\n"
        "To the Editor of The Lantern:\n"
        "The crossing on Mill street is a danger to every child who walks to school.\n"
        "JUNO.\n\n"
        "The school board will meet on Monday evening to hear the matter.\n"
    )
    [letter, *rest] = items(text)
    assert letter["bylines"] == [("JUNO", None, None, None)]
    assert all("JUNO" not in str(item) for item in rest)


MAIL_BAG = (
    "THE MAIL BAG\n\n"
    "Dear Uncle Ned:\n"
    "I am nine years old and live on a\n"
    "farm. We have a colt named Pepper and\n"
    "I feed him every morning myself.\n"
    "MABEL ANN TORVIK.\n"
    "Pine Hollow, Minn.\n\n"
    "Dear Uncle Ned:\n"
    "This is my second letter. My sister and\n"
    "I walk a mile to the schoolhouse.\n"
    "CLARENCE O. VOGT.\n"
    "Elm Prairie, R. F. D. 4.\n"
)


def test_a_full_name_in_capitals_signs_a_letter_tight_under_it() -> None:
    edition, trace = explain_text(MAIL_BAG)
    first, second = items(MAIL_BAG)  # the column's title heads the page: its label
    assert edition.pages[0].section == "THE MAIL BAG"
    assert first["bylines"] == [("MABEL ANN TORVIK", None, None, None)]
    assert first["body"][-1] == ("paragraph", "Pine Hollow, Minn.")
    assert second["bylines"] == [("CLARENCE O. VOGT", None, None, None)]
    assert trace.rule("p1-1", "byline.0") == f"units: {FULL_NAME_RULE}"


def test_a_full_name_in_capitals_under_prose_outside_a_letter_is_a_head() -> None:
    # no salutation above: a head in capitals over the next story
    text = (
        "TOWN HALL ROOF MENDED\n\n"
        "The roof of the town hall was mended last week by the\n"
        "Kessler brothers at a cost of forty dollars.\n"
        "SCHOOL BOARD MEETS.\n"
        "The school board will meet on Tuesday evening to hire\n"
        "a teacher for the Pine Hollow district.\n"
    )
    got = items(text)
    assert all(not item.get("bylines") for item in got)


def test_to_the_editor_alone_is_a_salutation_and_a_pen_name_may_hold_an_apostrophe() -> None:
    text = (
        "LETTERS TO THE EDITOR\n\n"
        "NO MORE MUD.\n\n"
        "To the Editor:\n"
        "The Mill road has not seen a load of gravel\n"
        "since the spring thaw.\n"
        "A MILLER'S DAUGHTER.\n"
        "R. F. D. 3, Nov. 2.\n"
    )
    got = items(text)
    letter = got[-1]
    assert letter["headline"] == "NO MORE MUD."
    assert letter["body"][0] == ("paragraph", "To the Editor:")
    assert letter["bylines"] == [("A MILLER'S DAUGHTER", None, None, None)]


def _forum(sign_one: str, sign_two: str) -> str:
    return (
        "6 THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\nTHE PEOPLE'S FORUM\n\n"
        "THE BRIDGE TOLL.\nTo the Editor of The Star:\n"
        "The toll on the river bridge keeps the\nfarmers of the east side from our market.\n"
        f"{sign_one}\n\n"
        "MORE LIGHT ON ELM STREET.\nTo the Editor of The Star:\n"
        "Elm street is as dark as a cellar after\nnine o'clock, and the walks are broken.\n"
        f"{sign_two}\n"
    )


def test_a_pen_name_tight_under_a_letter_signs_it_over_a_blank_line_or_its_date() -> None:
    # 'A FERRY HAND.' reads as a short headline, but it is set tight under the letter's
    # last sentence with a blank line under it; 'NEIGHBOR.' stands over its place and date
    text = _forum("A FERRY HAND.", "NEIGHBOR.\nDover, May 4.")
    got = items(text)
    assert "A FERRY HAND." not in [it["headline"] for it in got]
    signers = [b[0] for it in got for b in it["bylines"]]
    assert signers == ["A FERRY HAND", "NEIGHBOR"]


def test_a_short_head_after_a_blank_line_under_a_letter_is_no_pen_name() -> None:
    # after a blank line 'A WORD ON TAXES.' heads the next letter
    text = _forum("A FERRY HAND.", "NEIGHBOR.").replace(
        "A FERRY HAND.\n\n", "A FERRY HAND.\n\nA WORD ON TAXES.\nThe new rates are too high.\n\n"
    )
    got = items(text)
    assert "A WORD ON TAXES." in [it["headline"] for it in got]
    assert "A WORD ON TAXES" not in [b[0] for it in got for b in it["bylines"]]


class _Counted(list):
    """A page's paragraphs that count how many of them a rule takes by slicing."""

    sliced = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        got = super().__getitem__(index)
        if isinstance(index, slice):
            type(self).sliced += len(got)
        return got


def test_a_name_reads_the_page_above_it_lazily() -> None:
    """signs_above walks up from a one-line paragraph for a letter's salutation, a letter's
    length at most; it copied the whole page above it first, n² on a page of n such
    paragraphs (a column of 20,000 notices under round forty-two's notices title)."""
    from reader.ingest.letters import signs_above
    from reader.ingest.segment import pages

    letters = "".join(
        f"To the Editor:\nSir—Fix road {i}.\nJOHN T. HALE.\nElm, Oct. 2.\n" for i in range(300)
    )
    _Counted.sliced = 0
    paras = _Counted(pages(f"LETTERS.\n\n{letters}")[0].paras)
    assert sum(signs_above(paras, k) for k in range(len(paras))) == 300  # each name signs
    assert _Counted.sliced <= len(paras)


class _Walked(_Counted):
    """The same, counting too the paragraphs a rule walks over from the page's top."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        for para in super().__iter__():
            type(self).sliced += 1
            yield para


def test_a_name_in_capitals_reads_only_the_paragraphs_next_to_it() -> None:
    """caps_inside looks two paragraphs under a line in capitals for a list's entries; it
    walked the page from its top to reach them, n² on a page of n letters (review of round
    forty-three, a page of 10,000 letters each with its close)."""
    from reader.ingest.segment import pages
    from reader.ingest.story_parts import caps_inside

    letters = "".join(
        f"To the Editor:\nSir—Fix road {i}.\nYours truly,\nJOHN T. HALE.\n\n" for i in range(300)
    )
    paras = _Walked(pages(f"LETTERS.\n\n{letters}")[0].paras)
    _Walked.sliced = 0
    assert sum(caps_inside(paras, k) for k in range(1, len(paras))) == 300  # each name signs
    assert _Walked.sliced <= 4 * len(paras)
