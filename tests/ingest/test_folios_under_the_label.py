"""Folio lines and the page's label: a folio naming the paper, a title under or over it."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.folio_titles import TITLE_OVER_FOLIO, TITLE_UNDER_FOLIO
from reader.ingest.folio_under import FOLIO_UNDER
from tests.ingest.rule_pages import NEWS
from tests.ingest.rule_pages import STORY_NEAR_TOWN as STORY
from tests.ingest.test_conventions import LEAD, items, parse

FOLIO = "3 THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919."


def test_a_title_over_a_folio_line_that_names_the_paper_is_the_pages_label() -> None:
    text = f"ORCHARD AND GARDEN\n\n{FOLIO}\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE MAPLETON WEEKLY STAR"
    assert edition.masthead.date == "1919-06-06"
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "ORCHARD AND GARDEN"
    assert trace.rule("p1") == TITLE_OVER_FOLIO
    parse(text)  # nothing lost, spans exact


def test_a_title_sharing_a_word_with_the_paper_over_a_folio_ending_in_its_number() -> None:
    # 'MAPLETON NOTES' shares 'MAPLETON' with the paper: the page's number closing the line
    # under it still marks that line a folio, so the title is the page's label
    text = f"MAPLETON NOTES\nTHE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919. 3\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE MAPLETON WEEKLY STAR"
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "MAPLETON NOTES"
    assert trace.rule("p1") == TITLE_OVER_FOLIO


def test_a_nameplate_over_its_dated_line_without_a_page_number_names_the_paper() -> None:
    text = f"MAPLETON STAR\nTHE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919.\n\n{STORY}"
    edition = ingest_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("MAPLETON STAR", "1919-06-06")
    assert edition.pages[0].section != "MAPLETON STAR"
    assert [item.headline.text for item in edition.pages[0].items] == ["BARN BURNS NEAR TOWN"]


def test_a_folios_page_word_is_no_part_of_the_papers_name() -> None:
    text = f"PAGE SIX THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919.\n\n{STORY}"
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE MAPLETON WEEKLY STAR"


def test_a_nameplate_over_its_running_line_names_the_paper() -> None:
    page = (
        "MERIDIAN DAILY HERALD\n"
        "THE HERALD, MERIDIAN, OHIO, TUESDAY, OCTOBER 17, 1916.\n\n"
        "BARN BURNS NEAR TOWN\n\n"
        "The barn of Amos Reed was destroyed by fire on Tuesday night. The loss is $900.\n"
    )
    edition = ingest_text(page)
    assert edition.masthead.paper == "MERIDIAN DAILY HERALD"
    assert edition.pages[0].section != "MERIDIAN DAILY HERALD"


def test_a_dated_headline_under_the_label_is_no_folio() -> None:
    text = f"사회\n2026년 3월 4일 수요일 개통\n\n{LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "사회"
    assert items(text)[0]["headline"] == "2026년 3월 4일 수요일 개통"


def test_a_folio_that_prints_the_label_again_under_it() -> None:
    text = f"법조 동정\n솔뫼법률 제812호 2027년 4월 12일 월요일 법조 동정 9\n\n{NEWS}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "솔뫼법률"
    assert (edition.masthead.issue, edition.masthead.date) == (812, "2027-04-12")
    assert trace.rule("edition", "masthead") == FOLIO_UNDER
    assert edition.pages[0].section == "법조 동정"
    [item] = items(text)
    assert item["headline"] == "해솔변호사회, 봄 정기총회 열어"


def test_a_name_beside_the_dated_weekday_under_the_label_is_the_papers() -> None:
    text = f"로펌 소식\n솔뫼주보  2027년 4월 12일 월요일  14\n\n{NEWS}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.weekday) == ("솔뫼주보", "월요일")
    assert edition.pages[0].section == "로펌 소식"


def test_a_name_between_the_date_and_the_page_number_under_the_label_is_the_papers() -> None:
    # the page's number may open the folio ('14 누리법조 2027년 …') or close it after the
    # paper's name ('… 월요일 누리법조 14')
    for folio in ("14 누리법조 2027년 4월 12일 월요일", "2027년 4월 12일 월요일 누리법조 14"):
        edition = parse(f"로펌 소식\n{folio}\n\n{NEWS}")
        assert edition.masthead is not None
        assert (edition.masthead.paper, edition.masthead.date) == ("누리법조", "2027-04-12")
        assert edition.pages[0].section == "로펌 소식"
        [item] = items(f"로펌 소식\n{folio}\n\n{NEWS}")
        assert item["headline"] == "해솔변호사회, 봄 정기총회 열어"


def test_a_word_ending_the_line_after_the_date_names_no_paper() -> None:
    # the page's number opens the line, but the word after the date is no paper's place
    edition = parse(f"로펌 소식\n14 2027년 4월 12일 월요일 개통\n\n{NEWS}")
    assert edition.masthead is None or edition.masthead.paper is None


def test_another_sections_name_under_the_label_stays_no_paper() -> None:
    # '사회' is a section's word: the folio under '법조 동정' names no paper with it
    text = f"법조 동정\n사회  2027년 4월 12일 월요일  14\n\n{NEWS}"
    edition = parse(text)
    assert edition.masthead is None
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "법조 동정"
    assert page.section == "법조 동정"


FOLIO = "4 THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919.\n\n"


def test_a_title_in_capitals_under_the_folio_line_over_the_first_head_is_the_label() -> None:
    text = (
        f"{FOLIO}AMONG THE LODGES\n\n"
        "ODD FELLOWS.\nThe Odd Fellows will confer the second degree on three candidates\n"
        "at the hall on Tuesday evening.\n\n"
        "GRANGE NOTES.—The Mapleton grange meets on Saturday at two o'clock.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.paper == "THE MAPLETON WEEKLY STAR"
    assert edition.pages[0].section == "AMONG THE LODGES"
    assert trace.rule("p1") == TITLE_UNDER_FOLIO
    assert items(text)[0]["headline"] == "ODD FELLOWS."


def test_a_headline_in_capitals_under_the_folio_over_its_text_is_no_title() -> None:
    # the capitals line stands over the story's text, a blank line between: its headline
    text = FOLIO + STORY
    edition, trace = explain_text(text)
    assert trace.rule("p1") != TITLE_UNDER_FOLIO
    assert items(text)[0]["headline"] == "BARN BURNS NEAR TOWN"


SCHOOL = (
    "SCHOOL BOARD MEETS\n\n"
    "The school board met Monday evening and elected teachers for the coming year.\n"
)


def test_a_headline_over_its_deck_in_capitals_under_the_folio_is_no_title() -> None:
    # 'LOSS PLACED AT $20,000' is the story's deck, not a first head under a page's title
    text = (
        f"{FOLIO}FIRE DESTROYS MILL\n\nLOSS PLACED AT $20,000\n\n"
        "The flour mill of the Anderson Brothers on the river front was destroyed by fire "
        "early Tuesday morning.\n\n" + SCHOOL
    )
    edition, trace = explain_text(text)
    assert edition.pages[0].label is None and trace.rule("p1") != TITLE_UNDER_FOLIO
    fire, _ = items(text)
    assert (fire["headline"], fire["deck"]) == ("FIRE DESTROYS MILL", ["LOSS PLACED AT $20,000"])


def test_a_headline_over_its_byline_in_capitals_under_the_folio_is_no_title() -> None:
    text = (
        f"{FOLIO}WHEAT CROP PROSPECTS GOOD\n\nBY JAMES T. HOLLOWAY\n\n"
        "Reports from every township show the winter wheat in fine condition after the "
        "rains of last week.\n\n" + SCHOOL
    )
    edition, trace = explain_text(text)
    assert edition.pages[0].label is None and trace.rule("p1") != TITLE_UNDER_FOLIO
    assert items(text)[0]["headline"] == "WHEAT CROP PROSPECTS GOOD"


def test_a_departments_title_over_a_head_alone_in_capitals_is_the_label() -> None:
    # the first head stands apart from its text, but 'IN THE CHURCHES' names a page
    text = (
        f"{FOLIO}IN THE CHURCHES\n\nFIRST METHODIST EPISCOPAL\n\n"
        "Rev. Amos T. Whitcomb will preach Sunday morning on the lamp and the bushel.\n"
    )
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "IN THE CHURCHES"
    assert trace.rule("p1") == TITLE_UNDER_FOLIO
    assert items(text)[0]["headline"] == "FIRST METHODIST EPISCOPAL"
