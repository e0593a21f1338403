"""A page's label (its section's name) over the first headline, on small made-up examples:
a short line or a desk's name over a headline stack, two subjects joined by '·', '&' or 'and',
a label in capitals, a title over the page's run, and the headlines over their decks and banks
that are no label. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.en_heads import TITLE_OVER_STACK
from reader.ingest.label import LABEL_OVER_HEADLINE, OVER_A_STACK
from reader.ingest.label_caps import CAPS_OVER_STACK
from reader.ingest.label_desk import DESK_OVER_TIGHT_HEAD, EN_DESK
from reader.ingest.label_pair import PAIR_OVER_STACK
from reader.ingest.page_title import PAGE_TITLE
from reader.model import Article
from tests.ingest.outline import outline
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import HEAD_PLAIN as HEAD
from tests.ingest.rule_pages import REGATTA, SPORTS_PAGE, _heads, _items
from tests.ingest.rule_pages import STORY_BALL_GAME as STORY
from tests.ingest.test_conventions import LEAD, MORE, items, parse


def test_a_short_name_alone_over_a_bracketed_title_is_the_pages_label() -> None:
    text = f"독자 마당\n\n[이번 주 퀴즈]\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    [page] = edition.pages
    assert page.section == "독자 마당"
    assert "alone over a heading in brackets" in trace.rule("p1")
    [item] = items(text)
    assert item["headline"] == "이번 주 퀴즈"


def test_a_headline_over_its_lead_is_no_label() -> None:
    [page] = parse(f"봄꽃 축제 개막\n\n{LEAD}\n\n{MORE}\n").pages
    assert page.section != "봄꽃 축제 개막"


ELECTION = (
    "4·10 누리시장 보궐선거\n\n\n"
    "한누리 후보 당선… 2위와 1,204표 차이로 승리\n\n\n"
    "재개발 공약 앞세워\n\n\n"
    f"{LEAD}\n"
)


def test_a_short_first_line_over_a_headline_with_a_shorter_deck_is_the_label() -> None:
    [page] = outline(parse(ELECTION))
    assert page["section"] == "4·10 누리시장 보궐선거" and not page["inferred"]
    [story] = page["items"]
    assert story["headline"] == "한누리 후보 당선… 2위와 1,204표 차이로 승리"
    assert story["deck"] == ["재개발 공약 앞세워"]
    _, trace = explain_text(ELECTION)
    assert trace.rule("p1") == OVER_A_STACK


def test_a_short_headline_over_a_longer_deck_is_no_label() -> None:
    """Without a label's marks (a date's figures, '·') the short line is the headline."""
    text = f"누리 골목 살리기\n\n청년 상인 임대료 지원 두 배로\n\n시 예산 40억 원 편성\n\n{LEAD}\n"
    [page] = outline(parse(text))
    assert page["inferred"]
    assert page["items"][0]["headline"] == "누리 골목 살리기"


def test_a_word_over_a_title_over_results_is_the_label() -> None:
    [page] = outline(parse("조정\n\n" + REGATTA))
    assert page["section"] == "조정"
    assert page["items"][0]["headline"] == "가람호 조정대회 결과"


def test_a_short_line_in_capitals_over_a_headline_stack_is_the_label() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "ATHLETIC NOTES"
    assert trace.rule("p1") == CAPS_OVER_STACK
    first = items(SPORTS_PAGE)[0]
    assert first["headline"] == "ACADEMY NINE TAKES A CLOSE GAME"
    assert first["deck"] == ["Fenn Pitches a Steady Game Before a Large Crowd."]


def test_a_headline_alone_over_its_deck_alone_is_no_label() -> None:
    text = "FIRE AT THE MILL\n\nLOSS IS HEAVY\n\nInsurance Covers Half.\n\n" + STORY
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "FIRE AT THE MILL"


def test_a_headlines_first_tier_over_its_bank_is_no_label() -> None:
    """A short first tier in capitals ('BIG FIRE') over its bank in one block: no word
    papers name a section with, so it stays the headline."""
    text = "BIG FIRE\n\nTHREE BLOCKS BURNED\nIN NIGHT BLAZE\n\nLoss Put at $40,000.\n\n" + STORY
    assert parse(text).pages[0].label is None
    assert items(text)[0]["headline"].startswith("BIG FIRE")


def test_two_subjects_joined_by_a_dot_over_a_headline_and_its_text_are_the_label() -> None:
    text = f"교육·문화\n\n누리시 작은도서관 12곳, 밤 10시까지 문 연다\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "교육·문화"
    assert trace.rule("p1") == LABEL_OVER_HEADLINE
    [item] = items(text)
    assert item["headline"] == "누리시 작은도서관 12곳, 밤 10시까지 문 연다"
    assert item["deck"] == []


def test_a_short_headline_over_a_longer_deck_stays_the_headline() -> None:
    """A pair inside a phrase ('한·미 회담') is a headline's, not a section's name."""
    text = f"한·미 회담 열려\n\n두 정상, 공급망 협력과 청년 교류 확대에 합의\n\n{LEAD}\n"
    assert parse(text).pages[0].label is None
    assert items(text)[0]["headline"] == "한·미 회담 열려"


def test_an_english_label_in_capitals_with_its_mark_over_a_mixed_case_headline() -> None:
    text = (
        "HOME & GARDEN\n\n"
        "Winter pruning: what to cut and what to leave\n"
        "By Ada Quill\n\n"
        "Most shrubs can be pruned in late winter, before the buds break. Leave the spring "
        "bloomers alone until after they flower.\n"
    )
    label = parse(text).pages[0].label
    assert label is not None and label.text == "HOME & GARDEN"
    [item] = items(text)
    assert item["headline"] == "Winter pruning: what to cut and what to leave"


def test_a_title_in_capitals_without_a_labels_mark_still_titles_its_run() -> None:
    text = (
        "OUR VIEW\n\n"
        "The county should fund its libraries\n\n"
        "The county board cut library hours again this year. Readers deserve better, and "
        "the money is there.\n"
    )
    assert parse(text).pages[0].label is None


def test_a_pair_of_subjects_over_a_columns_headline_is_the_pages_label() -> None:
    text = (
        f"밥·차\n[한누리의 찻잔 이야기] (4) 봄날의 녹차 - 첫물차가 귀한 까닭\n\n{LEAD}\n\n{MORE}\n"
    )
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "밥·차"
    [story] = items(text)
    assert story["headline"] == "[한누리의 찻잔 이야기] (4) 봄날의 녹차"
    assert story["deck"] == ["첫물차가 귀한 까닭"]
    assert trace.rule("p1") == LABEL_OVER_HEADLINE


def test_a_pair_over_a_plain_headline_in_one_block_stays_the_headline() -> None:
    """No column's tag under it: the pair may be the headline ('한·미') over its deck."""
    text = f"한·미\n정상회담 다음 달 워싱턴서 열려\n\n{LEAD}\n"
    [story] = items(text)
    assert story["headline"] == "한·미"


def test_a_short_name_set_apart_over_a_headline_tight_on_its_lead_is_the_label() -> None:
    text = f"누리 복지관 소식\n\n{HEAD}\n{LEAD}\n{MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "누리 복지관 소식"
    [story] = items(text)
    assert story["headline"] == HEAD
    assert story["deck"] == []
    assert DESK_OVER_TIGHT_HEAD in trace.rule("p1")


def test_a_headline_set_apart_from_its_deck_and_lead_stays_the_headline() -> None:
    """The line under the first one is as short as a headline's deck: no label."""
    text = f"누리 복지관 새 단장\n\n복지관 3월 문 연다\n{LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None


def test_a_name_joined_by_an_ampersand_over_a_columns_headline_is_the_label() -> None:
    column = "[한누리의 산길 일기] (3) 봄 능선 걷기 - 바람부터 읽는다"
    text = f"여행 & 레저\n\n\n{column}\n\n\n{LEAD}\n\n\n{MORE}\n"
    edition, _ = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "여행 & 레저"
    [story] = items(text)
    assert story["headline"] == "[한누리의 산길 일기] (3) 봄 능선 걷기"
    assert story["deck"] == ["바람부터 읽는다"]


def test_a_section_name_in_capitals_over_a_headline_not_in_capitals_is_the_label() -> None:
    text = f"COMMUNITY NEWS\n\nRotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "COMMUNITY NEWS"
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert EN_DESK in trace.rule("p1")


def test_a_headline_in_capitals_over_its_bank_is_no_label() -> None:
    """Capitals not ending on a desk's word ('… FLOOD') are a headline over its bank."""
    text = f"RIVER TOWNS FLOOD\n\nHundreds leave their homes\n\n{EN_LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None


def test_a_desk_name_in_capitals_on_a_page_without_blank_lines_is_the_label() -> None:
    text = f"PARISH NEWS\nBake sale moves to the hall\n{EN_LEAD}\n{EN_MORE}\n"
    edition, _ = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "PARISH NEWS"


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


# --- a department's standing title over the first headline --------------------------------

REVIEW = (
    '"THE MILLER\'S DAUGHTER"\n'
    "DRAWS A FULL HOUSE\n\n"
    "The Harlow Stock company opened its\n"
    "winter season at the Grand last night\n"
    "before a house filled to the doors.\n"
)


def test_a_standing_title_over_a_headline_stack_is_the_pages_label() -> None:
    text = f"AMUSEMENTS\n\n{REVIEW}"
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "AMUSEMENTS"
    [item] = items(text)
    assert item["headline"] == '"THE MILLER\'S DAUGHTER" DRAWS A FULL HOUSE'


def test_a_title_of_department_words_joined_by_and_is_the_label() -> None:
    text = (
        "COURT AND POLICE\n\n"
        "FINED FOR SPEEDING\n"
        "Walter Brandt, a salesman, paid a fine\n"
        "of $10 and costs in police court yester-\n"
        "day for driving forty miles an hour.\n"
    )
    assert explain_text(text)[0].pages[0].section == "COURT AND POLICE"


def test_a_headline_that_opens_with_a_departments_word_stays_the_headline() -> None:
    # 'POLICE RAID DEN' names an event: the word alone does not make it a department
    text = (
        "POLICE RAID DEN\n\n"
        "FOUR MEN ARRESTED IN\n"
        "THIRD STREET HOUSE\n\n"
        "Four men were taken in a raid on a\n"
        "house in Third street last night.\n"
    )
    edition = explain_text(text)[0]
    assert edition.pages[0].section != "POLICE RAID DEN"
    assert items(text)[0]["headline"] == "POLICE RAID DEN"


TITLE_OVER_STACKS = (
    "THE COUNTY SEAT\n\n"
    "NEW BRIDGE FOR\nMILL CREEK\n\n"
    "Commissioners Vote $12,000 for a\nSteel Span at the Ford.\n\n"
    "The county commissioners voted on Monday to build a steel bridge over Mill creek.\n\n"
    "LICENSES ISSUED.\n\n"
    "The county clerk issued eleven marriage licenses during the week, the most since June.\n"
)


def test_a_title_in_capitals_over_stacked_heads_in_capitals_is_the_pages_label() -> None:
    edition, trace = explain_text(TITLE_OVER_STACKS)
    assert edition.pages[0].section == "THE COUNTY SEAT"
    got = items(TITLE_OVER_STACKS)
    assert [it["headline"] for it in got] == ["NEW BRIDGE FOR MILL CREEK", "LICENSES ISSUED."]
    assert got[0]["deck"] == ["Commissioners Vote $12,000 for a Steel Span at the Ford."]
    assert TITLE_OVER_STACK in trace.rule("p1-1")


def test_a_headline_in_capitals_over_its_one_line_bank_keeps_the_bank() -> None:
    # one line over one line in capitals, no stop: a headline and its deck, no page title
    text = TITLE_OVER_STACKS.replace("NEW BRIDGE FOR\nMILL CREEK", "BRIDGE FOR MILL CREEK")
    _, trace = explain_text(text)
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())
    # a head closed by its stop is a headline, not a page's title
    text = TITLE_OVER_STACKS.replace("THE COUNTY SEAT", "THE COUNTY SEAT.")
    _, trace = explain_text(text)
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())
    # a headline on one line over its byline in capitals: the byline is no head
    text = TITLE_OVER_STACKS.replace(
        "THE COUNTY SEAT\n\nNEW BRIDGE FOR\nMILL CREEK", "NEW BRIDGE VOTED\n\nBy AMOS T. REED."
    )
    _, trace = explain_text(text)
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())


def test_a_front_page_headline_over_its_bank_and_one_story_is_no_page_title() -> None:
    # a subhead in capitals inside the story ('WITNESSES HEARD') makes no run of items
    text = (
        "MURDER TRIAL OPENS\n\nJURY IS CHOSEN\nIN SHORT ORDER\n\n"
        "The trial of John Doe for the killing of his partner opened this\n"
        "morning before Judge Hall, and a jury was chosen before noon.\n\n"
        "WITNESSES HEARD\n\n"
        "The first witness was the coroner, who told of finding the body\n"
        "in the shop on the morning of the fourth.\n"
    )
    _, trace = explain_text(text)
    [page] = outline(parse(text))
    assert page["section"] != "MURDER TRIAL OPENS"
    story = page["items"][0]
    assert story["headline"] == "MURDER TRIAL OPENS"
    assert story["deck"] == ["JURY IS CHOSEN IN SHORT ORDER"]
    assert all(TITLE_OVER_STACK not in why for why in trace.notes.values())


SERIAL_RUN = (
    "AROUND THE FIRESIDE\n\n"
    "THE MILLER'S\nDAUGHTER\n\n"
    "By ANNA BELL HART.\n\n"
    "CHAPTER IX.\n\n"
    "Kate did not answer. She stood at the\ndoor watching the mill road, white\n"
    "under the moon.\n\n"
    "(To be continued.)\n\n"
    "A RIDDLE.\n\n"
    "What has a mouth and never eats? The\nanswer will be printed next week.\n\n"
    "Apple Fritters.\n\n"
    "Beat two eggs, add a cup of milk and a\ncup of flour, and fry the slices.\n"
)


def test_a_title_over_a_signed_serial_whose_chapter_opens_under_a_subhead_is_the_label() -> None:
    # the serial's body opens on its chapter's subhead (no lead), yet it is signed: told
    edition, trace = explain_text(SERIAL_RUN)
    assert edition.pages[0].section == "AROUND THE FIRESIDE"
    assert items(SERIAL_RUN)[0]["headline"] == "THE MILLER'S DAUGHTER"
    assert trace.rule("p1") == PAGE_TITLE


# A league's box under its title: a table of rows and a day's results, no told item.
LEAGUE_BOX = (
    "CITY LEAGUE\n\n"
    "STANDING OF THE CLUBS\n\n"
    "Grays\t12\t4\nBlues\t9\t7\n\n"
    "RESULTS OF MONDAY\n\n"
    "Grays 5, Blues 3.\nReds 2, Browns 1.\n\n"
)


def test_a_title_over_an_unsigned_box_of_rows_stays_an_item() -> None:
    # no byline and no lead under the title: a results box's rows, not a run of told items
    text = LEAGUE_BOX + "GAMES TODAY\n\nGrays at Reds.\nBlues at Browns.\n"
    edition = ingest_text(text)
    assert edition.pages[0].section != "CITY LEAGUE"


def test_a_title_over_a_register_then_told_items_is_still_the_pages_label() -> None:
    # the first item under the title holds paragraphs only (deeds as printed), but the run
    # goes on with told items: the title names the page
    text = (
        "AT THE CITY HALL\n"
        "\n"
        "DEEDS RECORDED.\n"
        "\n"
        "The following deeds were filed for\n"
        "record with the county recorder during\n"
        "the week:\n"
        "\n"
        "Amos Pell to Ida M. Pell, lot 4,\n"
        "Fairview addition, $1.\n"
        "John Hart to Carl Ross, 40 acres in\n"
        "section 9, Union township, $900.\n"
        "\n"
        "MARRIAGE LICENSES.\n"
        "\n"
        "Hugo Brandt, 29, and Emma Kohl,\n"
        "24, both of Elmdale.\n"
        "Wm. J. Ross, 33, Pine Grove, and\n"
        "Mrs. Ada Lamb, 30, both of this city.\n"
        "\n"
        "COUNCIL NOTES.\n"
        "\n"
        "The council met on Monday night and\n"
        "voted to pave Elm street from Main\n"
        "street to the depot this summer.\n"
    )
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "AT THE CITY HALL"
    assert trace.rule("p1") == PAGE_TITLE


def test_a_title_over_a_box_of_rows_and_one_story_stays_an_item() -> None:
    text = (
        LEAGUE_BOX + "GRAYS SIGN A PITCHER\n\n"
        "The Grays signed Lefty Dolan of Marion yesterday, and he will pitch on Sunday.\n"
    )
    edition = ingest_text(text)
    assert edition.pages[0].section != "CITY LEAGUE"
