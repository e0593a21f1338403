"""Other papers' pages as wholes (none is from the seed): pages of short items, another paper's
masthead and an ad between articles, section labels printed or inferred, several pages joined
by form feeds or read from a folder, masthead dates, ad contacts.
Pages keep each paragraph on one line, as extraction gives them (hence the noqa)."""

from __future__ import annotations

import pytest

from reader.ingest.coverage import coverage_problems
from reader.model import edition_leaves
from reader.sources import ingest
from tests.ingest.outline import outline
from tests.ingest.variation_pages import (
    BYLINES_ON_ONE_LINE,
    DASH_BULLETS,
    Q_DOT_A_DOT,
    TOP_DATELINE,
    TRIANGLES,
    article,
    items,
    parse,
)

BRIEFS = """\
사람들

광주시의사회, 이웃돕기 성금 1천만원 기탁

광주시의사회는 3일 광주사회복지공동모금회를 찾아 이웃돕기 성금 1천만원을 기탁했다.

홍길동 기자

전남대 동문회, 장학금 전달

전남대 총동문회는 재학생 20명에게 장학금 2천만원을 전달했다고 4일 밝혔다.

김영희 기자


목포 해양소년단 창단식

목포 해양소년단이 2일 창단식을 열고 본격적인 활동에 들어갔다. 단원들은 올해 바다 정화 활동에 나설 예정이다.
"""  # noqa: E501


def test_page_of_short_items_split_at_bylines_and_wide_gaps() -> None:
    edition = parse(BRIEFS)
    [page] = outline(edition)
    assert (page["section"], page["inferred"]) == ("사람들", False)
    assert page["items"] == [
        article(
            "광주시의사회, 이웃돕기 성금 1천만원 기탁",
            body=[
                (
                    "lead",
                    "광주시의사회는 3일 광주사회복지공동모금회를 찾아 "
                    "이웃돕기 성금 1천만원을 기탁했다.",
                )
            ],
            bylines=[("홍길동", "기자", None, None)],
        ),
        article(
            "전남대 동문회, 장학금 전달",
            body=[
                (
                    "lead",
                    "전남대 총동문회는 재학생 20명에게 장학금 2천만원을 전달했다고 4일 밝혔다.",
                ),
            ],
            bylines=[("김영희", "기자", None, None)],
        ),
        article(
            "목포 해양소년단 창단식",
            body=[
                (
                    "lead",
                    "목포 해양소년단이 2일 창단식을 열고 본격적인 활동에 들어갔다. "
                    "단원들은 올해 바다 정화 활동에 나설 예정이다.",
                )
            ],
        ),
    ]
    assert [it.id for _, it in edition.items()] == ["p1-1", "p1-2", "p1-3"]
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "사람들"


OTHER_PAPER = """\
전남매일
www.jndn.com
제9876호 ☎ 061-123-4567
2026년 3월 2일(월) 음력 1.14

[사회]

영산강 자전거길 새단장

광주시는 영산강 자전거길 20㎞ 구간을 새로 단장했다고 2일 밝혔다. 시는 노후 포장을 바꾸고 쉼터 다섯 곳을 새로 만들었다.

정다운 기자


봄맞이 가전 대축제

■ 행사 기간

3월 1일(토) ~ 3월 15일(일)

■ 할인 품목

품목	정상가	할인가
냉장고	1,890,000	1,490,000
세탁기	990,000	790,000

※ 재고 소진 시 조기 종료될 수 있습니다.

문의 ☎ 1588-1234
www.bomgajeon.co.kr


무안공항 국제선 다시 뜬다

무안국제공항 국제선 운항이 다음 달 재개된다. 전남도는 항공사 두 곳과 운항 협약을 맺었다고 밝혔다.

최민호 기자 choi@jndn.com
"""  # noqa: E501

SPRING_SALE = {
    "title": "봄맞이 가전 대축제",
    "advertiser": None,
    "blocks": [
        ("heading", "행사 기간"),
        ("paragraph", "3월 1일(토) ~ 3월 15일(일)"),
        ("heading", "할인 품목"),
        (
            "table",
            ["품목", "정상가", "할인가"],
            [["냉장고", "1,890,000", "1,490,000"], ["세탁기", "990,000", "790,000"]],
        ),
        ("note", "※ 재고 소진 시 조기 종료될 수 있습니다."),
        ("contact", "phone", "1588-1234", "1588-1234", "문의"),
        ("contact", "url", "www.bomgajeon.co.kr", "www.bomgajeon.co.kr", None),
    ],
    # Something follows it on the page: the ad is whole.
    "truncated": False,
}


def test_another_papers_masthead_label_and_an_ad_between_articles() -> None:
    edition = parse(OTHER_PAPER)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.url, m.edition_kind, m.issue, m.phone) == (
        "전남매일",
        "www.jndn.com",
        None,
        9876,
        "061-123-4567",
    )
    assert (m.date, m.weekday, m.lunar) == ("2026-03-02", "월요일", "01-14")
    assert edition.warnings == []
    assert edition.id == "전남매일-2026-03-02"
    [page] = outline(edition)
    assert (page["section"], page["inferred"]) == ("사회", False)
    assert page["items"] == [
        article(
            "영산강 자전거길 새단장",
            body=[
                (
                    "lead",
                    "광주시는 영산강 자전거길 20㎞ 구간을 새로 단장했다고 2일 밝혔다. "
                    "시는 노후 포장을 바꾸고 쉼터 다섯 곳을 새로 만들었다.",
                )
            ],
            bylines=[("정다운", "기자", None, None)],
        ),
        SPRING_SALE,
        article(
            "무안공항 국제선 다시 뜬다",
            body=[
                (
                    "lead",
                    "무안국제공항 국제선 운항이 다음 달 재개된다. "
                    "전남도는 항공사 두 곳과 운항 협약을 맺었다고 밝혔다.",
                )
            ],
            bylines=[("최민호", "기자", "choi@jndn.com", None)],
        ),
    ]


@pytest.mark.parametrize("label", ["경제", "[경제]", "■ 경제", "【경제】", "<경제>"])
def test_printed_section_label(label: str) -> None:
    text = f"{label}\n\n{BYLINES_ON_ONE_LINE}"
    edition = parse(text)
    page = edition.pages[0]
    assert (page.section, page.section_inferred) == ("경제", False)
    assert page.label is not None
    assert [text[s:e] for s, e in page.label.spans] == [label]
    assert edition.articles()[0].headline.text == "광주 아파트값 3주 연속 하락"


def test_unlabelled_pages_infer_their_section() -> None:
    sections = [p.section for p in parse(f"{TRIANGLES}\f{DASH_BULLETS}\f{SPRING_PAGE}").pages]
    assert sections == ["인터뷰", "종합", "광고"]


SPRING_PAGE = OTHER_PAPER[OTHER_PAPER.index("봄맞이") : OTHER_PAPER.index("무안공항")]

FORM_FED = f"{Q_DOT_A_DOT}\f경제\n\n{TOP_DATELINE}\f\n{BRIEFS}\f"


def test_pages_joined_by_form_feeds() -> None:
    edition = parse(FORM_FED)
    pages = outline(edition)
    assert [(p["section"], p["inferred"]) for p in pages] == [
        ("인터뷰", True),
        ("경제", False),
        ("사람들", False),
    ]
    assert [p.number for p in edition.pages] == [1, 2, 3]
    assert pages[0]["items"] == items(Q_DOT_A_DOT)
    assert pages[1]["items"] == items(TOP_DATELINE)
    assert pages[2]["items"] == outline(parse(BRIEFS))[0]["items"]
    ids = [it.id for _, it in edition.items()]
    assert ids == ["p1-1", "p2-1", "p3-1", "p3-2", "p3-3"]
    # A form feed is a page break, never part of any text.
    assert not any("\f" in leaf.text for leaf in edition_leaves(edition))


def test_folder_of_pages_in_name_order(tmp_path) -> None:
    pages = {"p1.txt": Q_DOT_A_DOT, "p2.txt": TOP_DATELINE, "p10.txt": BRIEFS}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    (tmp_path / ".p3.txt").write_text("an editor's leftover", encoding="utf-8")
    # A folder may mix encodings; each page is decoded on its own.
    (tmp_path / "p2.txt").write_bytes(TOP_DATELINE.encode("cp949"))
    edition = ingest(tmp_path)
    assert [p.section for p in edition.pages] == ["인터뷰", "종합", "사람들"]
    assert [p.items[0].title for p in edition.pages] == [
        '"지역 대학이 살아야 청년이 돌아온다"',
        "광주 수출 석 달째 증가…반도체·자동차 견인",
        "광주시의사회, 이웃돕기 성금 1천만원 기탁",
    ]
    assert edition.source.encoding == "mixed: utf-8,cp949,utf-8"
    text = "\f".join([Q_DOT_A_DOT, TOP_DATELINE, BRIEFS])
    assert edition.source.chars == len(text)
    assert coverage_problems(edition, text) == []


@pytest.mark.parametrize(
    ("date_line", "fields", "warnings"),
    [
        # 2023 had a leap second month: 22 March was 윤2월 1일.
        ("2023년 3월 22일 수요일 (음력 윤2월 1일)", ("2023-03-22", "수요일", "02-01", True), []),
        (
            "2023년 3월 22일 수요일 (음력 2월 1일)",
            ("2023-03-22", "수요일", "02-01", False),
            ["masthead: lunar date of 2023-03-22 is 윤02-01, but the page prints 02-01"],
        ),
        ("2026년 3월 2일(월) 음력 1.14", ("2026-03-02", "월요일", "01-14", False), []),
        (
            "2026년 2월 30일 월요일",
            (None, "월요일", None, False),
            ["masthead: no such date as 2026년 2월 30일 월요일"],
        ),
    ],
)
def test_masthead_dates(date_line: str, fields: tuple, warnings: list[str]) -> None:
    text = f"한빛일보\n\n제 1234 호\n\n{date_line}\n\n{BYLINES_ON_ONE_LINE}"
    edition = parse(text)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue) == ("한빛일보", 1234)
    assert (m.date, m.weekday, m.lunar, m.lunar_leap) == fields
    assert edition.warnings == warnings
    assert edition.articles()[0].headline.text == "광주 아파트값 3주 연속 하락"


def test_no_masthead_is_no_masthead() -> None:
    edition = parse(BYLINES_ON_ONE_LINE)
    assert edition.masthead is None
    assert edition.id == "edition"


AD_WITH_AREA_CODE_IN_BRACKETS = """\
평생학습관 수강생 모집

• 모집 과정

- 스마트폰 활용 기초
- 생활 속 인공지능
매주 화·목 오후 2시

문의 (062)950-5636
홈페이지 www.lifelong.example
"""


def test_ad_contacts_with_the_area_code_in_brackets() -> None:
    [ad] = items(AD_WITH_AREA_CODE_IN_BRACKETS)
    assert ad == {
        "title": "평생학습관 수강생 모집",
        "advertiser": None,
        "blocks": [
            ("heading", "모집 과정"),
            ("list", ["스마트폰 활용 기초", "생활 속 인공지능\n매주 화·목 오후 2시"]),
            ("contact", "phone", "062-950-5636", "(062)950-5636", "문의"),
            ("contact", "url", "www.lifelong.example", "www.lifelong.example", "홈페이지"),
        ],
        "truncated": False,
    }
