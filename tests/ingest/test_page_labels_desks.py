"""A page's label over its run, naming a desk or a department's place; tiers that are none."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.label_pair import PAIR_OVER_STACK
from reader.ingest.page_title import PAGE_TITLE
from reader.model import Article
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import _heads, _items
from tests.ingest.test_conventions import LEAD, MORE, items, parse

RUN = (
    "BUS BULLETIN\n"
    "Route 3 adds a late trip\n"
    "Starting Monday, Route 3 will leave downtown at 11:40 p.m. on weeknights.\n"
    "Route 8 detour ends\n"
    "Buses on Route 8 return to Main Street on Friday after the repaving is done.\n"
)


def test_a_title_over_the_pages_run_on_its_first_line_is_the_pages_label() -> None:
    edition, trace = explain_text(RUN)
    assert edition.pages[0].section == "BUS BULLETIN"
    got = items(RUN)
    assert [it["headline"] for it in got] == ["Route 3 adds a late trip", "Route 8 detour ends"]
    assert [it.id for it in edition.pages[0].items] == ["p1-1", "p1-2"]
    assert trace.rule("p1") == PAGE_TITLE


PAIR = (
    "CHURCH AND SCHOOL\n\n"
    "NEW PASTOR COMES\n"
    "TO GRACE CHURCH\n"
    "The Rev. Silas Munro of Dayton will take up his work at Grace church on Sunday.\n\n"
    "SCHOOL BOARD MEETS\n"
    "The school board met on Monday night and hired two new teachers for the fall.\n"
)


def test_a_title_of_two_names_joined_by_and_over_a_stack_is_the_label() -> None:
    edition, trace = explain_text(PAIR)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "CHURCH AND SCHOOL"
    assert trace.rule("p1") == PAIR_OVER_STACK
    assert [i["headline"] for i in items(PAIR)] == [
        "NEW PASTOR COMES TO GRACE CHURCH",
        "SCHOOL BOARD MEETS",
    ]


STAGE = (
    "{title}\n\n"
    '"RIVER GIRL"\nDRAWS FULL HOUSE\n\n'
    "The Orpheum was filled to the last seat last night for the opening of the new play.\n"
)


def test_a_title_saying_where_a_departments_news_is_found_over_a_stack_is_the_label() -> None:
    # the stack's first tier shorter than the title: no 'line over a longer stack' rule
    text = STAGE.format(title="AT THE THEATRES")
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "AT THE THEATRES"
    assert trace.rule("p1") == PAIR_OVER_STACK
    assert items(text)[0]["headline"] == '"RIVER GIRL" DRAWS FULL HOUSE'


def test_at_the_and_a_place_that_names_no_department_stays_the_headline() -> None:
    # 'AT THE FAIR GROUNDS' names an event's place, no department of the paper
    text = STAGE.format(title="AT THE FAIR GROUNDS")
    assert parse(text).pages[0].label is None


def test_a_headline_tier_naming_two_over_its_bank_line_stays_the_headline() -> None:
    text = (
        "SMITH AND JONES\n\n"
        "Partners in Feed Store Dissolve Their Firm\n"
        "The firm of Smith and Jones, dealers in feed, was dissolved on Monday by consent.\n"
    )
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "SMITH AND JONES"


def test_an_ears_title_tight_over_its_text_is_no_label() -> None:
    text = (
        "THE CEDAR HOLLOW DISPATCH\n"
        "CEDAR HOLLOW, OHIO, THURSDAY, SEPTEMBER 14, 1916.\n\n"
        "THE WEATHER\n"
        "Fair tonight and Fri-\n"
        "day; cooler Friday.\n\n"
        "MILL STRIKE ENDS\n"
        "Weavers Vote to Return Monday.\n\n"
        "The strike of the weavers came to an end this afternoon.\n"
    )
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "THE WEATHER"


def test_a_section_word_over_a_headline_stays_the_label() -> None:
    text = (
        "THE CEDAR HOLLOW DISPATCH\n"
        "CEDAR HOLLOW, OHIO, THURSDAY, SEPTEMBER 14, 1916.\n\n"
        "SPORTING NEWS\n\n"
        "MILL NINE WINS\n"
        "Weavers Beat Tanners by Two Runs.\n\n"
        "The mill nine beat the tannery team on Saturday afternoon by a score of 5 to 3.\n"
    )
    edition = parse(text)
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "SPORTING NEWS"


def test_a_headlines_first_tier_naming_two_people_is_no_page_label() -> None:
    page = (
        "ROOSEVELT AND TAFT\n\n"
        "BOTH CLAIM OHIO\n"
        "AS PRIMARY NEARS\n\n"
        "Columbus, O., May 20.—Managers of both candidates claimed the state tonight.\n"
    )
    edition = ingest_text(page)
    [story] = _items(edition)
    assert isinstance(story, Article) and story.headline is not None
    assert story.headline.text == "ROOSEVELT AND TAFT"
    assert edition.pages[0].section != "ROOSEVELT AND TAFT"


DECKED = (
    "ROSES AND THORNS\n\n"
    "NEW ROSES\n"
    "FOR OLD BEDS\n"
    "Growers Show Hardy Kinds at Fair\n\n"
    "Three growers of the county showed roses at the fair on Saturday.\n"
)


def test_a_pair_naming_no_known_department_over_a_decked_stack_is_the_label() -> None:
    # the stack under it is a whole headline, closed by its deck: the pair heads nothing
    edition, trace = explain_text(DECKED)
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "ROSES AND THORNS"
    assert trace.rule("p1") == PAIR_OVER_STACK


def test_a_pair_over_a_stack_with_a_sentence_under_it_stays_the_headline() -> None:
    text = DECKED.replace("Growers Show Hardy Kinds at Fair\n\n", "")
    assert ingest_text(text).pages[0].label is None


def test_one_word_in_capitals_over_a_story_is_the_pages_label() -> None:
    page = (
        "SPORTS\n"
        "The Tigers beat the Bears 5 to 3 on Saturday before a crowd of\n"
        "four thousand who cheered the pitching.\n\n"
        "Smith Wins Golf Title\n\n"
        "John Smith won the county golf title on Sunday by two strokes.\n"
    )
    edition = ingest_text(page)
    assert edition.pages[0].section == "SPORTS"
    assert "SPORTS" not in _heads(edition)


def test_a_headline_set_apart_over_its_deck_is_no_desk_name() -> None:
    """A desk's name ends on a section's word ('… 소식'); '폭염 경보 발령' is a headline."""
    deck = "낮 최고 37도 넘는 곳도… 온열질환 각별히 주의해야"
    text = f"폭염 경보 발령\n\n{deck}\n{LEAD}\n{MORE}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None
    [story] = items(text)
    assert story["headline"] == "폭염 경보 발령"


def test_an_english_headline_ending_on_a_section_word_is_no_desk_name() -> None:
    text = f"BOARD CLOSES TWO SCHOOLS\nParents vow to fight the plan\n{EN_LEAD}\n{EN_MORE}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "BOARD CLOSES TWO SCHOOLS"
