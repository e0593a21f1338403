"""Other papers' captions and column breaks, each on a small page of its own (none is from the
seed): captions with credit lines, a caption dropped inside a sentence, column breaks joined
(with or without a space).
Pages keep each paragraph on one line, as extraction gives them (hence the noqa)."""

from __future__ import annotations

import pytest

from reader.ingest.repair import Vocabulary, separator
from tests.ingest.outline import outline
from tests.ingest.test_conventions import items as en_items
from tests.ingest.variation_pages import TOP_DATELINE, article, items, parse


def test_dateline_byline_at_the_top_and_a_credited_caption() -> None:
    edition = parse(TOP_DATELINE)
    assert outline(edition)[0]["items"] == [
        article(
            "광주 수출 석 달째 증가…반도체·자동차 견인",
            # A line under the headline that names no one sums the story up: a deck line.
            deck=['지역 무역협회 "하반기도 회복세 이어질 것"'],
            body=[
                (
                    "lead",
                    "광주지역 수출이 석 달 연속 증가세를 이어갔다. 한국무역협회 광주전남본부는 "
                    "지난달 광주 수출액이 15억 달러로 지난해 같은 달보다 12% 늘었다고 밝혔다.",
                ),
                (
                    "caption",
                    "광주 평동산업단지의 한 자동차 부품 공장에서 직원들이 수출용 제품을 "
                    "검사하고 있다.\nⓒ광남일보 DB",
                ),
                (
                    "paragraph",
                    "품목별로는 반도체가 35% 늘어 증가세를 이끌었고, 자동차와 가전이 뒤를 "
                    "이었다. 무역협회는 하반기에도 회복세가 이어질 것으로 내다봤다.",
                ),
            ],
            bylines=[("홍길동", "기자", None, "광주")],
        )
    ]
    [byline] = edition.articles()[0].bylines
    assert byline.text == "광주=홍길동 기자"


AGENCY_AT_THE_END = """\
폭설에 호남 고속도로 곳곳 정체

4일 오전 호남고속도로 광산나들목 인근에서 차량들이 눈길을 천천히 달리고 있다. /연합뉴스

밤사이 내린 폭설로 호남지역 고속도로 곳곳에서 정체가 이어졌다. 한국도로공사는 제설차 120대를 투입해 작업을 벌이고 있다고 밝혔다.

기상청은 5일까지 최대 10㎝의 눈이 더 내릴 것으로 예보했다.

연합뉴스
"""  # noqa: E501


def test_caption_ending_in_an_agency_and_an_agency_closing_the_article() -> None:
    assert items(AGENCY_AT_THE_END) == [
        article(
            "폭설에 호남 고속도로 곳곳 정체",
            body=[
                (
                    "caption",
                    "4일 오전 호남고속도로 광산나들목 인근에서 차량들이 눈길을 천천히 "
                    "달리고 있다. /연합뉴스",
                ),
                (
                    "lead",
                    "밤사이 내린 폭설로 호남지역 고속도로 곳곳에서 정체가 이어졌다. "
                    "한국도로공사는 제설차 120대를 투입해 작업을 벌이고 있다고 밝혔다.",
                ),
                ("paragraph", "기상청은 5일까지 최대 10㎝의 눈이 더 내릴 것으로 예보했다."),
            ],
            bylines=[("연합뉴스", None, None, None)],
        )
    ]


INSERTED_CAPTIONS = """\
섬마을 학교에 다시 아이들 웃음

신안 비금초 분교 3년 만에 신입생

신안군 비금면의 한 분교에 3년 만에 신입생이 들어왔다. 학교는 귀촌한 가족들이 늘면서 다시 활기를 되찾고 있다. 교사들의 고민은 이제 수업을 어디서 하느냐다.

교사들은 아이들이 섬의 자연 속에서 마음껏 뛰어놀 수 있도록 수업을 바다와 갯벌로 옮겨가는 방안을 고

민하고 있다. 학부모들도 수업에 함께 참여하며 학교를 돕고 있다.

올해 입학한 아이는 모두 네 명이다. 학교 관계자는 "섬에서 자라는 아이들이 더 많아질 수 있도록 주거 지원이 함께

비금초 분교 학생들이 3일 운동장에서 교사와 함께 줄넘기를 하고 있다.

마련돼야 한다"고 말했다. 교육청은 분교 유지 기준을 완화하는 방안도 검토하고 있다.

▲ 갯벌 체험 수업에 나선 비금초 분교 학생들.

군은 빈집을 고쳐 귀촌 가족에게 빌려주는 사업을 올해 두 배로 늘리기로 했다.

박지성 기자 park@gwangnam.co.kr
"""  # noqa: E501


def test_column_breaks_joined_and_an_inserted_caption_lifted_out() -> None:
    assert items(INSERTED_CAPTIONS) == [
        article(
            "섬마을 학교에 다시 아이들 웃음",
            deck=["신안 비금초 분교 3년 만에 신입생"],
            body=[
                (
                    "lead",
                    "신안군 비금면의 한 분교에 3년 만에 신입생이 들어왔다. 학교는 귀촌한 "
                    "가족들이 늘면서 다시 활기를 되찾고 있다. "
                    "교사들의 고민은 이제 수업을 어디서 하느냐다.",
                ),
                (
                    "paragraph",
                    # '고|민하고' joins: the page has '고민은' elsewhere.
                    "교사들은 아이들이 섬의 자연 속에서 마음껏 뛰어놀 수 있도록 수업을 바다와 "
                    "갯벌로 옮겨가는 방안을 고민하고 있다. "
                    "학부모들도 수업에 함께 참여하며 학교를 돕고 있다.",
                ),
                (
                    "paragraph",
                    # The caption fell inside the quote: the paragraph after it closes it.
                    '올해 입학한 아이는 모두 네 명이다. 학교 관계자는 "섬에서 자라는 아이들이 '
                    '더 많아질 수 있도록 주거 지원이 함께 마련돼야 한다"고 말했다. '
                    "교육청은 분교 유지 기준을 완화하는 방안도 검토하고 있다.",
                ),
                ("caption", "비금초 분교 학생들이 3일 운동장에서 교사와 함께 줄넘기를 하고 있다."),
                # Between two whole paragraphs a caption stays where it is.
                ("caption", "갯벌 체험 수업에 나선 비금초 분교 학생들."),
                (
                    "paragraph",
                    "군은 빈집을 고쳐 귀촌 가족에게 빌려주는 사업을 올해 두 배로 늘리기로 했다.",
                ),
            ],
            bylines=[("박지성", "기자", "park@gwangnam.co.kr", None)],
        )
    ]


MARKED_CAPTION_INSIDE_A_SENTENCE = """\
무등산 옛길 복원 마무리

광주시는 무등산 옛길 2구간 복원 공사를 마치고 다음 달부터 시민들에게 개방한다고 밝혔다. 옛길은 조선시대 장꾼들이 넘나들던 길로, 시는 훼손된 돌계단과 배수로를 옛 방식 그대로

▲ 복원 공사를 마친 무등산 옛길 2구간.
ⓒ광주시 제공

되살렸다. 시는 안내판과 쉼터도 새로 설치했다.

정다운 기자
"""  # noqa: E501


def test_marked_caption_and_credit_inside_a_sentence() -> None:
    assert items(MARKED_CAPTION_INSIDE_A_SENTENCE) == [
        article(
            "무등산 옛길 복원 마무리",
            body=[
                (
                    "lead",
                    "광주시는 무등산 옛길 2구간 복원 공사를 마치고 다음 달부터 시민들에게 "
                    "개방한다고 밝혔다. 옛길은 조선시대 장꾼들이 넘나들던 길로, 시는 훼손된 "
                    "돌계단과 배수로를 옛 방식 그대로 되살렸다. "
                    "시는 안내판과 쉼터도 새로 설치했다.",
                ),
                ("caption", "복원 공사를 마친 무등산 옛길 2구간.\nⓒ광주시 제공"),
            ],
            bylines=[("정다운", "기자", None, None)],
        )
    ]


@pytest.mark.parametrize(
    ("left", "right", "context", "sep"),
    [
        # Joined: the left end plus the right's first syllable begins a word elsewhere.
        ("방안을 고", "민하고 있다", "교사들의 고민은 깊다", ""),
        ("‘무등", "산 옛길’을 걷다", "무등산은 광주의 산이다", ""),
        ("지원이 이", "어질 전망이다", "지원이 이어지고 있다", ""),
        # Joined: a particle or an ending never starts a word.
        ("‘빛고을 광주’", "를 알리는 행사", "", ""),
        ("섬마을 분교", "에서 열린 졸업식", "", ""),
        ("예산을 늘리", "겠다고 밝혔다", "", ""),
        ("중요한 기회", "다. 서로 단절돼", "", ""),
        ("성과를 평가했", "고, 현재도", "", ""),  # no word ends in a past ending
        ("핵심", "적인 연산 자원", "", ""),
        # Closing marks join, opening marks do not wait for a space.
        ("말했다", ". 이어", "", ""),
        ("그는 “", "섬이 좋다”", "", ""),
        ('그는 "', '섬이 좋다"', "", ""),
        # A straight quote that closes a quotation is no opener, one that opens no closer.
        ('법원 "스토킹 해당"', "천장에 스피커를", "", " "),
        ("그는 말했다.", '"섬이 좋다"', "", " "),
        # A straight quote right after a letter is no opener, however many came before.
        ("two weeks'", "visit to the city", "", " "),
        ("Mrs. Reed's sons' and daughters'", "homes", "", " "),
        # Nothing spaces an address or a price range after its '@'.
        ("cows, $4.50@", "6.25.", "", ""),
        ("write to news@", "example.org", "", ""),
        ("He said, '", "Come in'", "", ""),
        # A space: whole words on both sides.
        ("협력하는 것이", "필요하다", "필요한 예산", " "),
        ("광주시는", "4일 밝혔다", "", " "),
        ("학생들이", "운동장에서 뛰었다", "학생들운동장", " "),
        ("만 39세", "까지 지원한다", "", " "),  # 까지 may start a word: no rule joins it
    ],
)
def test_join_or_space(left: str, right: str, context: str, sep: str) -> None:
    assert separator(left, right, Vocabulary(f"{left} {right} {context}")) == sep


_EN_STORY = (
    "Ferry fares to rise in spring\n\n"
    "Fares on the island ferry will rise by 6 per cent from April, the operator said on "
    "Friday.\n\n"
    "The operator blamed fuel prices and a new levy at the north pier.\n\n"
)


def _last_body(text: str) -> tuple[str, str]:
    [item] = en_items(text)
    return item["body"][-1]


def test_a_wire_photos_credit_alone_under_its_caption() -> None:
    caption = "A deckhand ties up the morning ferry at the north pier on Friday."
    kind, text = _last_body(f"{_EN_STORY}{caption}\n(AP Photo/Lena Marsh)\n")
    assert (kind, text) == ("caption", f"{caption}\n(AP Photo/Lena Marsh)")


def test_a_credit_after_a_dash_in_capitals_closes_a_caption() -> None:
    caption = "A deckhand ties up the morning ferry on Friday. — PHOTO: RAVI DESAI"
    assert _last_body(f"{_EN_STORY}{caption}\n") == ("caption", caption)


def test_a_dash_and_a_word_in_capitals_in_prose_is_no_credit() -> None:
    line = "The levy was passed on Friday. — The mayor: NOT a word on the fares"
    assert _last_body(f"{_EN_STORY}{line}\n")[0] == "paragraph"
    line = "The ferry sails from the photo/film archive pier every hour on Sundays."
    assert _last_body(f"{_EN_STORY}{line}\n")[0] == "paragraph"
