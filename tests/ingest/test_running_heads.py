"""Running heads: a paper's name beside a page number, a date, an issue or its address."""

from __future__ import annotations

from reader.ingest import LABEL_AGAIN, explain_text, ingest_text
from reader.ingest.folio_under import FOLIO_UNDER
from reader.ingest.lines import Line
from reader.ingest.masthead_en import RUNNING_NAME_RULE
from reader.ingest.running_head import NUMBER_UNDER, running_head
from tests.ingest.rule_pages import NEWS, SPORTS_PAGE, STORY_KO
from tests.ingest.test_conventions import LEAD, MORE, items, parse


def test_a_short_name_beside_a_date_and_weekday_is_a_running_head() -> None:
    edition = parse(f"장터·날씨 2026년 5월 2일 토요일\n\n누리시 오일장 다시 연다\n\n{LEAD}\n")
    assert edition.masthead.date == "2026-05-02"
    assert edition.pages[0].section == "장터·날씨"
    [item] = items(f"장터·날씨 2026년 5월 2일 토요일\n\n누리시 오일장 다시 연다\n\n{LEAD}\n")
    assert item["headline"] == "누리시 오일장 다시 연다"


def test_an_english_section_and_dated_weekday_set_apart_by_a_bar_is_a_running_head() -> None:
    text = (
        "METRO | Friday, May 1, 2026\n\n"
        "Harbor ferry adds a late run\n\n"
        "The harbor ferry will add a 10 p.m. run from the north pier on weekends, the port "
        "authority said on Thursday.\n"
    )
    edition = parse(text)
    assert (edition.masthead.date, edition.masthead.weekday) == ("2026-05-01", "Friday")
    assert edition.pages[0].section == "METRO"
    [item] = items(text)
    assert item["headline"] == "Harbor ferry adds a late run"


def test_a_later_pages_number_beside_the_papers_name_is_its_folio_over_its_label() -> None:
    text = (
        "누리마을 소식\n제9호 2026년 4월 8일 수요일\n\n"
        f"놀이터 새 단장\n\n{LEAD}\n"
        "\f2 누리마을 소식\n우리 이웃\n"
        f"경비원 한누리 씨 정년 퇴임\n\n{MORE}\n"
    )
    edition = parse(text)
    page = edition.pages[1]
    assert page.folio is not None and page.folio.text == "2 누리마을 소식"
    assert page.section == "우리 이웃"
    assert page.items[0].headline.text == "경비원 한누리 씨 정년 퇴임"


def test_a_running_head_names_the_paper_before_its_weekday() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    m = edition.masthead
    assert m is not None and m.paper == "THE DOVER EVENING STAR"
    assert m.date == "1907-05-06" and m.weekday == "Monday"
    assert trace.rule("edition", "masthead") == RUNNING_NAME_RULE


def test_a_running_head_after_its_page_number() -> None:
    m = parse("4 " + SPORTS_PAGE).masthead
    assert m is not None and m.paper == "THE DOVER EVENING STAR"


TODAY_STORY = (
    "Library Adds Saturday Hours\n\n"
    "The Cedar Bend library will open on Saturdays from May, the board said on Monday.\n"
)


def test_todays_folio_in_title_case_is_the_running_head() -> None:
    # the page's number and the paper's name before the dated weekday, with bars or without
    for folio in (
        "B3 | The Cedar Bend Ledger | Tuesday, May 6, 2025",
        "B3 The Cedar Bend Ledger Tuesday, May 6, 2025",
    ):
        edition, trace = explain_text(f"{folio}\nCOMMUNITY\n\n{TODAY_STORY}")
        m = edition.masthead
        assert m is not None and m.paper == "The Cedar Bend Ledger"
        assert (m.date, m.weekday) == ("2025-05-06", "Tuesday")
        assert trace.rule("edition", "masthead") == RUNNING_NAME_RULE
        [item] = items(f"{folio}\nCOMMUNITY\n\n{TODAY_STORY}")
        assert item["headline"] == "Library Adds Saturday Hours"


def test_a_title_before_the_dated_weekday_that_names_no_paper_is_no_folio() -> None:
    # an event's title where the paper's name would stand: no word papers are named by
    edition = parse(f"B3 | The Spring Plant Sale | Tuesday, May 6, 2025\n\n{TODAY_STORY}")
    assert edition.masthead is None or edition.masthead.paper is None


def test_a_dateline_before_the_weekday_names_no_paper() -> None:
    text = SPORTS_PAGE.replace("THE DOVER EVENING STAR,", "BOSTON, MASS.,")
    m = parse(text).masthead
    assert m is not None and m.paper is None and m.date == "1907-05-06"


STORY_UNDER = "FIRE AT THE MILL\nThe Eagle mill burned last night. The loss is placed at $9,000.\n"


def test_a_running_heads_paper_name_before_its_town_and_date_is_the_paper() -> None:
    text = f"THE EVENING BEACON, MILLPORT, OHIO, MONDAY, MAY 6, 1918.\n{STORY_UNDER}"
    masthead = ingest_text(text).masthead
    assert masthead is not None and masthead.paper == "THE EVENING BEACON"
    assert masthead.date == "1918-05-06"


def test_a_volume_line_names_no_paper() -> None:
    text = f"VOL. XII. MILLPORT, OHIO, MONDAY, MAY 6, 1918. NO. 40.\n{STORY_UNDER}"
    masthead = ingest_text(text).masthead
    assert masthead is not None and masthead.paper is None


def test_a_running_head_under_the_label_is_the_folio_not_a_headline() -> None:
    text = f"사회\n\n2026년 3월 4일 수요일 9\n\n{STORY_KO}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-04"
    [page] = edition.pages
    assert page.section == "사회"
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]
    assert trace.rule("edition", "masthead") == FOLIO_UNDER


def test_a_page_number_alone_over_a_dated_paper_name_joins_the_folio() -> None:
    text = f"오피니언\n\n17\n\n2026년 3월 4일 수요일 가람일보\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("가람일보", "2026-03-04")
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]


def test_a_number_over_a_headline_under_the_label_stays_text() -> None:
    text = f"사회\n\n3\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is None and edition.pages[0].folio is None


def test_a_running_head_with_the_papers_issue_names_the_paper_and_its_section() -> None:
    text = f"누리법률 제512호 2026년 3월 2일 월요일 판례 7\n\n판례\n\n{STORY_KO}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    m = edition.masthead
    assert (m.paper, m.issue, m.date) == ("누리법률", 512, "2026-03-02")
    assert edition.pages[0].section == "판례"
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]
    assert trace.rule("p1") == LABEL_AGAIN


def test_a_papers_name_ending_in_a_figure_over_its_issue_is_the_papers() -> None:
    text = f"누리법률24 제512호 2026년 3월 2일 월요일 판례해설 7\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is not None
    m = edition.masthead
    assert (m.paper, m.issue, m.date) == ("누리법률24", 512, "2026-03-02")
    assert edition.pages[0].section == "판례해설"
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]


def test_a_word_ending_in_a_figure_without_an_issue_after_it_names_no_paper() -> None:
    head = running_head(Line("코로나19 2026년 3월 2일 월요일 판례 7", 0))
    assert head is None
    head = running_head(Line("판례 누리법률24 2026년 3월 2일 월요일 7", 0))
    assert head is None


def test_a_headline_with_a_date_and_an_issue_in_two_places_is_no_running_head() -> None:
    text = f"누리 제512호 특집 2026년 3월 2일 월요일 기념 7\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is None or edition.masthead.issue is None


def test_a_running_head_with_the_papers_address() -> None:
    text = f"2027년 4월 12일 월요일  제3021호  솔뫼일보  www.solmoe.kr\n종합  1\n\n{NEWS}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔뫼일보", "www.solmoe.kr")
    assert edition.masthead.issue == 3021
    [item] = items(text)
    assert item["headline"] == "해솔변호사회, 봄 정기총회 열어"


def test_an_address_without_a_papers_name_is_no_running_head() -> None:
    # the address goes with the paper it follows; alone beside a page number it is none
    assert running_head(Line("2027년 4월 12일 월요일 www.solmoe.kr 12", 0)) is None
    found = running_head(Line("2027년 4월 12일 월요일 솔뫼일보 www.solmoe.kr 12", 0))
    assert found is not None and found.masthead.masthead.url == "www.solmoe.kr"


def test_a_papers_dated_running_head_with_its_section_after_and_the_number_under() -> None:
    # a weekly's head: the paper, its issue, the date, the section; the page's number under
    text = (
        f"누리법률신문 제812호 2026년 5월 4일 월요일 판례\n7\n\n누리시 오일장 다시 연다\n\n{LEAD}\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.issue) == ("누리법률신문", 812)
    assert edition.masthead.date == "2026-05-04"
    assert edition.pages[0].section == "판례"
    assert trace.rule("edition", "masthead") == NUMBER_UNDER
    [item] = items(text)
    assert (item["headline"], item["deck"]) == ("누리시 오일장 다시 연다", [])


def test_a_running_heads_number_under_it_on_a_page_without_blank_lines_is_the_folios() -> None:
    # every line its own paragraph: the number still sits tight under the head
    text = f"누리법률신문 제812호 2026년 5월 4일 월요일 판례\n7\n누리시 오일장 다시 연다\n{LEAD}\n"
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "판례"
    assert trace.rule("edition", "masthead") == NUMBER_UNDER
    [item] = items(text)
    assert (item["headline"], item["deck"]) == ("누리시 오일장 다시 연다", [])
    assert item["body"] == [("lead", LEAD)]


def test_a_figure_under_a_running_head_that_holds_its_number_is_the_storys() -> None:
    # the head has its page's number: '12' under it is none of the folio's
    text = f"A4 판례 2026년 5월 4일 월요일\n12\n\n누리시 오일장 다시 연다\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != NUMBER_UNDER
    assert "12" in [item["headline"] for item in items(text)] + [
        line for item in items(text) for line in item["deck"]
    ]


def test_a_free_papers_note_in_its_folio_under_the_label() -> None:
    """Round forty-two: '(무료)' after the paper's name and date, the folio's as its page
    number is; the small ads under it are read as such."""
    ads = (
        "중고 책상\n상태 양호\n☎ 010-0000-1111\n\n아기 침대\n사용 1년\n☎ 010-0000-2222\n\n"
        "유모차\n접이식\n☎ 010-0000-3333\n"
    )
    text = f"구인·구직\n누리장터 제512호 2026년 12월 3일 목요일 (무료) 5\n\n{ads}"
    edition = ingest_text(text)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("누리장터", 512, "2026-12-03")
    assert [it["title"] for it in items(text)] == ["중고 책상", "아기 침대", "유모차"]


def test_a_free_note_without_a_papers_name_makes_no_running_head() -> None:
    assert running_head(Line("(무료) 2026년 12월 3일 목요일 체험 교실", 0)) is None


def test_a_sections_name_that_begins_with_free_after_a_papers_folio_is_kept_whole() -> None:
    """'무료 나눔' (the free ads) after a free paper's name and date is the section's name;
    round forty-two read its '무료' as the paper's note ('(무료)'), leaving '나눔'."""
    head = running_head(Line("누리장터 제512호 2026년 12월 3일 목요일 무료 나눔", 0))
    assert head is not None and head.label is not None and head.label.text == "무료 나눔"
    bracketed = running_head(Line("누리장터 제512호 2026년 12월 3일 목요일 (무료) 5", 0))
    assert bracketed is not None and bracketed.label is None


def test_a_folio_parted_by_bars_or_counting_its_page_is_a_running_head() -> None:
    for head in ("A7 | 2027년 2월 3일 수요일 | 누리일보", "누리일보   2027년 2월 3일 수요일   7면"):
        text = f"{head}\n\n누리시 오일장 다시 연다\n\n{LEAD}\n"
        edition = parse(text)
        assert edition.masthead.date == "2027-02-03"
        assert edition.masthead.paper == "누리일보"
        [item] = items(text)
        assert item["headline"] == "누리시 오일장 다시 연다"


def test_a_headline_with_a_date_between_bars_is_no_running_head() -> None:
    # near miss: words of a headline on both sides of the bars, or after a page's count
    for line in (
        "누리시 | 2027년 2월 3일 수요일 | 오일장 연다",
        "2027년 2월 3일 수요일 7면 전면 광고 싣는다",
    ):
        assert running_head(Line(line, 0, len(line))) is None
