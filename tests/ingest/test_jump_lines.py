"""Jump lines: a story that goes on on another page ('▶3면에 계속', 'Continued on Page 4')
and its rest that comes from one ('▶1면에서 계속'), read on made-up pages of text, with
the lines that look like them and are not. Every name and fact is invented."""

from __future__ import annotations

import pytest

from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from reader.ingest.jump_lines import jump_line
from reader.model import Article, Edition

FRONT = """가람일보
2026년 12월 7일 월요일 제2418호

시내버스 노선 31년 만에 전면 개편

가람시가 1995년 이후 31년 만에 시내버스 노선을 통째로 바꾼다. 시는
지금 42개인 노선을 28개로 줄이는 개편안을 6일 내놓았다.

개편안은 내년 3월 3일 첫차부터 적용된다. 시가 지난 1년 동안 교통카드
기록을 분석해 보니 노선의 3분의 1이 같은 큰길을 겹쳐 달렸다.

{jump_on}

가람천 징검다리 여섯 곳 새로 놓는다

가람시는 장마 때마다 물에 잠기던 가람천 징검다리 여섯 곳을
내년 장마 전까지 돌다리로 바꾼다고 6일 밝혔다.

서다온 기자 dosu@garamilbo.example
"""

INSIDE = """종합

시내버스 노선 개편

{jump_from}

외곽 마을을 도는 마을버스는 15인승 소형 전기버스로 운행한다. 개편
뒤에는 마을버스가 30분마다 주민들을 실어 나른다.

노선이 없어지는 구간의 주민 반발은 숙제다. 시는 이달 말까지 동별 설명회를 열겠다고 밝혔다.

정윤서 기자 ysjung@garamilbo.example
"""


def two_page_edition() -> tuple[Edition, str]:
    """Page 1's lead story jumps to page 2, which picks it up under its jump head."""
    text = FRONT.format(jump_on="▶2면에 계속") + "\f" + INSIDE.format(jump_from="▶1면에서 계속")
    return ingest_text(text), text


def _story(edition: Edition, page: int) -> Article:
    item = next(p for p in edition.pages if p.number == page).items[0]
    assert isinstance(item, Article)
    return item


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("▶3면에 계속", ("on", 3)),
        ("(3면에 계속)", ("on", 3)),
        ("☞ 5면으로 이어짐", ("on", 5)),
        ("▶1면에서 계속", ("from", 1)),
        ("◀ 1면에서 계속", ("from", 1)),
        ("Continued on Page 4", ("on", 4)),
        ("(Continued from page 1)", ("from", 1)),
        ("See COUNCIL, Page A6", ("on", 6)),
        ("See FLOOD WALL on Page 3", ("on", 3)),
        ("(Continued on Page Two.)", ("on", 2)),  # an old paper spells its pages out
        ("Continued from Page Seven", ("from", 7)),
    ],
)
def test_a_jump_line_names_its_way_and_page(line: str, want: tuple[str, int]) -> None:
    assert jump_line(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "▶ 재단 이사장 “채용 절차 적법했다”",  # a '관련기사' link: no page
        "3",  # a page number alone
        "- 3 -",
        "Page 4",
        "See the table, Page 4",  # 'See' names a story by its word in capitals
        "시는 3면에 계속 싣겠다고 밝혔지만 주민들은 이를 믿지 않는다며 반발했다",
        "The council continued on page 4 of its agenda with the budget.",
        "(Continued on Page Ninety.)",  # no paper runs to it: a word, not a page
        "The hearing was continued on page two of the docket.",
    ],
)
def test_lines_that_only_look_like_jumps_are_none(line: str) -> None:
    assert jump_line(line) is None


def test_a_two_page_edition_links_the_story_both_ways() -> None:
    edition, text = two_page_edition()
    first, rest = _story(edition, 1), _story(edition, 2)
    assert first.jump_on is not None and rest.jump_from is not None
    assert (first.jump_on.text, first.jump_on.page, first.jump_on.item) == (
        "▶2면에 계속",
        2,
        rest.id,
    )
    assert (rest.jump_from.text, rest.jump_from.page, rest.jump_from.item) == (
        "▶1면에서 계속",
        1,
        first.id,
    )
    # the jump is neither subhead nor paragraph, and the continuation opens with no lead
    assert [b.kind for b in first.body] == ["lead", "paragraph"]
    assert [b.kind for b in rest.body] == ["paragraph", "paragraph"]
    assert rest.headline is not None and rest.headline.text == "시내버스 노선 개편"
    assert coverage_problems(edition, text) == []  # the jump lines' marks are in their spans
    assert text[slice(*first.jump_on.spans[0])] == "▶2면에 계속"


def test_a_jump_back_printed_over_the_jump_head_leaves_the_head_a_headline() -> None:
    text = (
        FRONT.format(jump_on="(2면에 계속)")
        + "\f"
        + INSIDE.replace("시내버스 노선 개편\n\n{jump_from}", "▶1면에서 계속\n\n시내버스 노선 개편")
    )
    edition = ingest_text(text)
    rest = _story(edition, 2)
    assert rest.headline is not None and rest.headline.text == "시내버스 노선 개편"
    assert rest.jump_from is not None and rest.jump_from.item == _story(edition, 1).id


def test_an_english_story_continued_on_page_four() -> None:
    text = (
        "COUNCIL BACKS FLOOD WALL\n\n"
        "MILLBROOK — The county's plan to raise a concrete flood wall along two miles of the "
        "river won final approval Thursday.\n\n"
        "The board voted 4-1 to spend $14.6 million on the wall, which would rise eight feet "
        "above the riverbank.\n\n"
        "Continued on Page 4\n"
    )
    story = ingest_text(text).pages[0].items[0]
    assert isinstance(story, Article)
    assert story.jump_on is not None and story.jump_on.text == "Continued on Page 4"
    assert story.jump_on.item is None  # page 4 is not in this edition
    assert all("Continued" not in b.text for b in story.body)


def test_a_jump_line_inside_the_text_stays_the_texts() -> None:
    """'▶2면에 계속' with paragraphs under it ends no story's text: a paragraph of it."""
    text = FRONT.format(jump_on="▶2면에 계속\n\n주민들은 개편안을 환영한다는 뜻을 밝혔다.")
    story = ingest_text(text).pages[0].items[0]
    assert isinstance(story, Article)
    assert story.jump_on is None
    assert "▶2면에 계속" in [b.text for b in story.body]


def test_related_links_under_a_story_are_no_jump() -> None:
    text = FRONT.format(jump_on="관련기사\n▶ 버스 노선 개편 설명회 일정\n▶ 마을버스 14대 새로 투입")
    story = ingest_text(text).pages[0].items[0]
    assert isinstance(story, Article) and story.jump_on is None


def test_an_old_story_continued_on_a_page_spelled_out_tight_under_its_text() -> None:
    """'(Continued on Page Three.)' set tight under the last line, as old fronts set it,
    is the story's jump, not the end of its last paragraph."""
    text = (
        "MILL DAM GIVES WAY\n"
        "Water Floods Lower Town.\n\n"
        "The old dam above the Carver mill gave way early this morning and\n"
        "the water ran through the lower town, filling cellars on Front\n"
        "street to a depth of four feet.\n"
        "The mill hands were at work on the dam until dark last night.\n"
        "(Continued on Page Three.)\n\n"
        "PASTOR CALLED TO OHIO\n"
        "The Rev. J. L. Ames has accepted a call to a church at Dayton.\n"
    )
    edition = ingest_text(text)
    story = edition.pages[0].items[0]
    assert isinstance(story, Article)
    assert story.jump_on is not None and story.jump_on.page == 3
    assert story.jump_on.text == "(Continued on Page Three.)"
    assert story.body[-1].text.endswith("until dark last night.")
    assert coverage_problems(edition, text) == []
