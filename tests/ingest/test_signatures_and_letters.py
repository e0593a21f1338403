"""Signatures and letters, on small made-up examples: a story or a notice signed under its last
sentence ('NAME, Title', '— NAME, role'), a letter's salutation and its close, dash signatures,
and the lines (a place, a name over years) that sign nothing. Every name is invented."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.closings import CLOSING_RULE, SIGNED_RULE
from reader.ingest.en_rows import SIGNED_OFF
from reader.ingest.letters import FULL_NAME_RULE
from tests.ingest.rule_pages import BULLETIN_PARISH as BULLETIN
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import _paragraphs
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_signature_with_the_body_and_title_before_the_name() -> None:
    text = f"구청장 인사말\n\n{LEAD}\n\n{MORE}\n\n누리구의회 의장 한누리\n"
    [item] = items(text)
    assert item["bylines"] == [("한누리", "누리구의회 의장", None, None)]
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]


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


def test_a_dashed_signature_is_a_byline_not_a_bullet_over_what_follows() -> None:
    text = (
        f"[절기 이야기] 곡우\n\n{LEAD}\n\n{MORE}\n\n― 한누리 누리민속박물관 학예사\n\n"
        "이번 주 물때\n\n지역\t만조\t간조\n누리\t05:12\t11:40\n가람\t05:40\t12:02\n"
    )
    column, table = items(text)
    assert column["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert column["bylines"] == [("한누리", "누리민속박물관 학예사", None, None)]
    assert table["headline"] == "이번 주 물때"


def test_a_signature_after_a_caption_and_its_credit_is_the_byline() -> None:
    text = (
        f"[옛길 이야기] 고개 너머 주막터\n\n{LEAD}\n\n{MORE}\n\n"
        "누리고개 주막터에 남은 우물.\nⓒ 조은별\n\n조은별 향토사학자\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("조은별", "향토사학자", None, None)]
    assert item["body"][-1] == ("caption", "누리고개 주막터에 남은 우물.\nⓒ 조은별")


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


NOTE = "Thank you all for a fine season. Dues for next year are owed by June 1."


def test_a_by_line_with_any_title_after_its_comma_closes_the_story() -> None:
    text = (
        f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\n"
        f"By Odile Banerjee, Club Communications\n\n\nThe Week Ahead\n\n{EN_MORE}\n"
    )
    story, nxt = items(text)
    assert story["bylines"] == [("Odile Banerjee", "Club Communications", None, None)]
    assert nxt["headline"] == "The Week Ahead"


def test_a_name_comma_title_alone_under_the_last_sentence_signs_the_note() -> None:
    text = (
        f"From the Chair\n\n{NOTE}\n\n{EN_MORE}\n\nHenrietta Vos, Chair\n\n"
        f"Bake Sale Moves Indoors\n\n{EN_LEAD}\n"
    )
    edition, trace = explain_text(text)
    note, nxt = items(text)
    assert note["bylines"] == [("Henrietta Vos", "Chair", None, None)]
    assert nxt["headline"] == "Bake Sale Moves Indoors"
    assert SIGNED_RULE in trace.rule("p1-1", "byline.0")


def test_a_name_comma_title_over_text_is_no_signature() -> None:
    """Not under a finished sentence: the line heads what follows."""
    text = f"Henrietta Vos, Chair\n\n{NOTE}\n"
    [item] = items(text)
    assert item["bylines"] == []


def test_a_body_title_and_name_under_a_notice_is_its_byline() -> None:
    notice = "누리농협 정기총회를 3월 27일 본점에서 엽니다. 대의원께서는 참석해 주시기 바랍니다."
    text = f"[알림] 정기총회 개최\n{notice}\n누리농협 조합장 한가람\n"
    [item] = items(text)
    assert item["bylines"] == [("한가람", "누리농협 조합장", None, None)]
    assert item["body"] == [("lead", notice)]


REVIEW = (
    "[책과 사람] 섬을 기록한 교사의 일기\n\n"
    "누리섬 분교 교사였던 저자는 30년 동안 섬의 날씨와 아이들 이야기를 적었다. "
    "이 책은 그 기록을 엮었다.\n\n"
    "기록은 담담하지만 섬이 변해 온 모습이 또렷하다. 학생 수는 해마다 줄어 올해 세 명이 남았다.\n\n"
    "한솔빛 지음 / 누리출판 / 1만6천원\n\n"
    "나래솔(누리대 국어국문학과 3학년)\n\n"
)


def test_a_reviews_book_data_and_signature_stay_with_it_over_an_ad() -> None:
    text = (
        f"{REVIEW}가을맞이 할인전\n· 외투 최대 40% 할인\n· 구두 30% 할인\n"
        "기간: 10월 2일(금)~4일(일)\n누리백화점 3층 행사장\n문의 ☎ 062-555-0199\n"
    )
    review, ad = items(text)
    assert review["body"][-1] == ("paragraph", "한솔빛 지음 / 누리출판 / 1만6천원")
    assert review["bylines"] == [("나래솔", "누리대 국어국문학과 3학년", None, None)]
    assert ad["title"] == "가을맞이 할인전"


def test_a_dash_signature_whose_role_ends_on_a_stop_is_the_byline() -> None:
    text = (
        "SEED CORN SHOULD BE TESTED\n\n"
        "Farmers are urged to test their seed corn before planting this spring.\n\n"
        "—R. T. Vance, County Agent.\n"
    )
    [story] = items(text)
    assert story["bylines"] == [("R. T. Vance", "County Agent", None, None)]
    assert story["body"] == [
        ("lead", "Farmers are urged to test their seed corn before planting this spring.")
    ]


def test_a_dash_brief_with_a_comma_is_no_signature() -> None:
    text = (
        "LOCAL BREVITIES\n\n"
        "—Miss Ada Keel, who has been ill, is better.\n\n"
        "—Ben Cole, the grocer, is in Toledo on business.\n"
    )
    got = items(text)
    assert all(not i["bylines"] for i in got)


LETTERS = (
    "THE MILL ROAD\n"
    "The township has let the mill road go\n"
    "since the thaw, and it is time it acted.\n\n"
    "THE READERS' FORUM\n"
    "Mend the Mill Road\n"
    "To the Editor:—The mill road has been\n"
    "in bad shape since the thaw. Who is to\n"
    "fix it?\n"
    "—A. B. HALE, Farmer.\n"
    "Open the Reading Room\n"
    "To the Editor:—The reading room should\n"
    "stay open until nine in the evening.\n"
)


def test_the_line_after_a_dash_signature_starts_anew() -> None:
    got = items(LETTERS)
    signed = next(i for i in got if i["bylines"])
    assert signed["bylines"] == [("A. B. HALE", "Farmer", None, None)]
    assert not any("Open the Reading Room" in t for _, t in signed["body"])
    _, trace = explain_text(LETTERS)
    assert any(SIGNED_OFF in rule for rule in trace.notes.values())


def test_a_dash_signature_with_no_role_stop_still_runs_on_into_nothing() -> None:
    """A dash brief in a run runs on to its next line: no signature, no cut after it."""
    text = (
        "LOCAL BREVITIES\n\n"
        "—Mrs. Ora Flint of Ash street is visiting\n"
        "her sister in Dayton for the week.\n"
        "—Ben Cole has bought the Hanes farm west\n"
        "of town for $4,000 cash.\n"
    )
    got = items(text)
    assert [i["body"][0][1] for i in got[-2:]] == [
        "Mrs. Ora Flint of Ash street is visiting her sister in Dayton for the week.",
        "Ben Cole has bought the Hanes farm west of town for $4,000 cash.",
    ]


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


def test_a_place_under_a_storys_last_sentence_is_no_signature() -> None:
    """'NAME, Title' signs only with a title's word last: a church and its street do not."""
    for line in ("First Methodist Church, Main Street", "See BUDGET, Page A6"):
        text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\n{line}\n"
        [story] = items(text)
        assert story["bylines"] == []
        assert story["body"][-1] == ("paragraph", line)


def test_a_place_line_does_not_end_the_story_over_a_subhead() -> None:
    text = (
        f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\nFirst Methodist Church, Main Street\n\n"
        f"Parking and Directions\n\n{EN_MORE}\n"
    )
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert ("paragraph", EN_MORE) in story["body"]


def test_a_signature_with_an_offices_title_still_closes() -> None:
    text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\nHenrietta Vos, Chair\n"
    [story] = items(text)
    assert [b[:2] for b in story["bylines"]] == [("Henrietta Vos", "Chair")]


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
