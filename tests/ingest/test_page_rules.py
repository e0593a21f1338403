"""General rules of a page's shape, each on a small made-up example (issue 14, second round).

Mastheads in other arrangements, section labels, blocks of lines printed without blank
lines between them, gaps, English headlines and indented paragraphs. The rules were
made on the blind set (tests/ingest/blind/) and must hold on pages nobody tuned for:
every example here is new, every name and fact invented.
"""

from __future__ import annotations

import pytest

from reader.ingest.blocks import stands_alone
from reader.ingest.lines import Line
from reader.ingest.segment import pages
from tests.ingest.outline import outline
from tests.ingest.test_conventions import LEAD, MORE, body, items, parse

STORY = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n{MORE}\n\n한가람 기자\n"


# --- mastheads --------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        # Fields set apart by bars, the edition kind alone, a leap lunar month.
        "누리일보 | 석간 | 제5,120호 | 2025년 8월 20일 수요일(음력 윤6월 27일)\n"
        "☎ 061-555-1000 | nuri.example\n",
        # A web address and a phone on one line, after runs of spaces.
        "누리일보\n제5120호\n2025년 8월 20일 수요일 (음력 윤6월 27일)\n"
        "nuri.example   대표전화 061-555-1000\n\n석간\n",
        # The issue and the date on one line; 'Tel.' as the phone's label.
        "누리일보\nnuri.example\n석간 제5,120호 2025년 8월 20일 수요일 (음력 윤6월 27일)\n"
        "Tel. 061-555-1000\n",
    ],
    ids=["bars", "spaces", "issue-and-date"],
)
def test_masthead_fields_in_any_arrangement(head: str) -> None:
    edition = parse(f"{head}\n{STORY}")
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.url, m.edition_kind, m.issue, m.phone) == (
        "누리일보",
        "nuri.example",
        "석간",
        5120,
        "061-555-1000",
    )
    assert (m.date, m.weekday, m.lunar, m.lunar_leap) == ("2025-08-20", "수요일", "06-27", True)
    assert edition.articles()[0].headline.text == "누리시, 골목상권 지원 두 배로"


def test_a_papers_name_of_several_words_heads_its_masthead() -> None:
    edition = parse(f"The Nuri Times\n2025년 8월 20일 수요일\n\n{STORY}")
    assert edition.masthead is not None and edition.masthead.paper == "The Nuri Times"


def test_a_line_of_bars_alone_is_no_masthead() -> None:
    edition = parse(f"| |\n\n{STORY}")
    assert edition.masthead is None


def test_a_short_first_line_without_masthead_fields_is_no_paper() -> None:
    edition = parse(STORY)
    assert edition.masthead is None
    assert edition.articles()[0].headline.text == "누리시, 골목상권 지원 두 배로"


# --- section labels ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("19 스포츠", "스포츠"),
        ("스포츠 A19", "스포츠"),
        ("정치·사회", "정치·사회"),
        ("사회 종합", "사회 종합"),
    ],
)
def test_section_label_with_a_page_number_or_several_names(printed: str, label: str) -> None:
    [page] = outline(parse(f"{printed}\n\n{STORY}"))
    assert (page["section"], page["inferred"]) == (label, False)
    assert page["items"][0]["headline"] == "누리시, 골목상권 지원 두 배로"


def test_a_short_name_over_a_tagged_headline_is_the_label() -> None:
    text = f"시민의 목소리\n\n[시민기고] 버스 정류장에 의자를\n\n{LEAD}\n"
    [page] = outline(parse(text))
    assert (page["section"], page["inferred"]) == ("시민의 목소리", False)
    assert page["items"][0]["headline"] == "[시민기고] 버스 정류장에 의자를"


def test_a_short_name_over_a_listings_first_heading_is_the_label() -> None:
    text = "별자리 운세\n\n쥐띠\n60년생 웃을 일이 생긴다. 72년생 서두르지 마라.\n"
    [page] = outline(parse(text))
    assert (page["section"], page["inferred"]) == ("별자리 운세", False)
    assert page["items"][0]["headline"] == "쥐띠"


def test_a_short_headline_over_an_ordinary_story_is_no_label() -> None:
    [page] = outline(parse(f"금리 동결\n\n{LEAD}\n"))
    assert page["inferred"] is True
    assert page["items"][0]["headline"] == "금리 동결"


# --- blocks printed without blank lines --------------------------------------------


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


def test_letters_printed_without_blank_lines_are_a_paragraph_a_line() -> None:
    text = (
        "[독자편지] 공원 화장실을 밤에도 열어 주길\n"
        "저녁 산책길에 공원 화장실이 잠겨 있어 곤란했다. 관리 인력이 부족하다고 한다.\n"
        "밤 10시까지만이라도 열어 두면 좋겠다.\n"
        "오민지 회사원(누리시 동구)\n\n"
        "[독자편지] 횡단보도 신호가 너무 짧다\n"
        "어르신들이 길을 다 건너기도 전에 신호가 바뀐다.\n"
        "나재훈(누리대 3학년)\n"
    )
    first, second = items(text)
    assert first["headline"] == "[독자편지] 공원 화장실을 밤에도 열어 주길"
    assert [k for k, _ in first["body"]] == ["lead", "paragraph"]
    assert first["bylines"] == [("오민지", "회사원", None, None)]
    assert second["bylines"] == [("나재훈", "누리대 3학년", None, None)]


def test_a_deck_of_two_lines_in_one_block_is_two_deck_lines() -> None:
    text = f"누리시, 골목상권 지원 두 배로\n\n청년 임대료 지원 신설\n상인회와 협약 맺어\n\n{LEAD}\n"
    [item] = items(text)
    assert item["deck"] == ["청년 임대료 지원 신설", "상인회와 협약 맺어"]


def test_a_checklist_under_its_sentence_is_bullets() -> None:
    text = (
        "겨울철 수도관 동파 예방 요령\n\n수도관이 얼지 않게 하려면 다음을 챙기면 된다.\n"
        "· 계량기함을 헌 옷으로 채운다\n· 외출할 때 수도꼭지를 조금 열어 둔다\n"
    )
    assert body(text) == [
        ("lead", "수도관이 얼지 않게 하려면 다음을 챙기면 된다."),
        ("bullet", "계량기함을 헌 옷으로 채운다"),
        ("bullet", "외출할 때 수도꼭지를 조금 열어 둔다"),
    ]


def test_a_narrow_columns_wrapped_paragraph_stays_whole() -> None:
    # Short lines over a sentence's end may be one paragraph wrapped at a column's edge.
    assert not stands_alone(_lines("누리시는 올해 골목상권", "지원 예산을 두 배로", "늘렸다."))
    text = "골목상권 지원 확대\n\n누리시는 올해 골목상권\n지원 예산을 두 배로\n늘렸다.\n"
    assert body(text) == [("lead", "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다.")]


def test_a_long_line_that_stops_mid_sentence_runs_on_even_when_marked() -> None:
    question = "- 인공지능 사업 1단계가 마무리됐는데 시민들이 체감할 수 있는 성과를 꼽는다면"
    assert not stands_alone(_lines(question, "무엇인가."))


def test_a_listings_entries_keep_their_block() -> None:
    assert not stands_alone(_lines("누리시", "▲국장 한지훈 ▲과장 오민재", "▲팀장 서은비"))


# --- gaps -----------------------------------------------------------------------


def test_a_page_set_with_two_blank_lines_between_paragraphs_needs_three_between_items() -> None:
    text = (
        f"누리시, 골목상권 지원 두 배로\n\n\n{LEAD}\n\n\n{MORE}\n\n\n\n"
        f"누리도, 난방비 지원 늘린다\n\n\n{LEAD}\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "누리시, 골목상권 지원 두 배로",
        "누리도, 난방비 지원 늘린다",
    ]
    assert [k for k, _ in got[0]["body"]] == ["lead", "paragraph"]


# --- English pages -----------------------------------------------------------------


def test_an_english_headline_in_capitals_over_its_text_in_one_block() -> None:
    text = (
        "MILL STRIKE ENDS.\n\nThe weavers of the Eagle mills went back to work this morning "
        "after a week of idleness.\n\nTHE WEATHER.\nFair tonight and Sunday; colder tonight\n"
        "with light winds.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["MILL STRIKE ENDS.", "THE WEATHER."]
    assert got[1]["body"] == [("lead", "Fair tonight and Sunday; colder tonight with light winds.")]


def test_indented_lines_open_the_paragraphs_of_an_english_page_without_blank_lines() -> None:
    text = (
        "BARN BURNS AT EASTON\n"
        "    The barn of Mr. Amos Reed burned early this morning.\n"
        "Two horses were saved. The loss is placed\n"
        "at $1,200.\n"
        "    The fire is thought to have started in the\n"
        "hay loft.\n"
    )
    [page] = pages(text)
    assert [p.text.split("\n")[0][:12] for p in page.paras] == [
        "BARN BURNS A",
        "The barn of ",
        "The fire is ",
    ]
    [item] = items(text)
    assert [k for k, _ in item["body"]] == ["lead", "paragraph"]
