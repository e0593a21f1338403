"""A headline wrapped over two lines, told by the text's own line ends (docs/ingest-
conventions.md, "Round fifty-five (headlines and leads of real extraction)"): a head line
ending in the producer's space goes on into the line under it, and so does one ending on a
torn word whose halves make a word the edition prints; a headline over its deck, ending
bare on a whole word, keeps its deck. The pages are made up, as an extraction gives them
(no indent, no blank line); '|' marks a line's trailing space."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.head_wraps import wrapped_head
from reader.ingest.lines import Line
from reader.ingest.pieces import Piece
from reader.ingest.repair import Chunk, Vocabulary
from reader.ingest.units import Unit
from reader.model import Article

SPACED = """한결군 도서관 주말에도|
문 연다
{deck}한결군립도서관이 다음 달부터|
토요일과 일요일에도 문을 연다.|
군은 사서 두 명을 새로 뽑아 주|
말 근무를 맡기기로 했다. 이용자|
들은 그동안 주말 개방을 요구해|
왔다.
정하람 기자 haram@hangyeol.example"""

TORN = """전통시장 카드 수수
료 지원
흙내군은 읍내 전통시장 점포 210|
곳이 내는 카드 결제 수수료를 내년부
터 한 해 최대 50만원까지 대 준다고|
6일 밝혔다. 지원을 받으려는 상인은|
다음 달 말까지 시장 상인회에 신청서|
를 내면 된다. 군은 상반기와 하반기|
에 나눠 수수료를 돌려준다.
염다올 기자 doyeom@heuknae.example"""


def _first(text: str) -> Article:
    item = ingest_text(text.replace("|", " "), name="t").pages[0].items[0]
    assert isinstance(item, Article)
    return item


def _head(article: Article) -> tuple[str | None, list[str]]:
    headline = article.headline.text if article.headline else None
    return headline, [d.text for d in article.deck]


def test_head_wraps_a_head_line_ending_in_the_producers_space_goes_on() -> None:
    assert _head(_first(SPACED.format(deck=""))) == ("한결군 도서관 주말에도 문 연다", [])


def test_head_wraps_near_miss_a_headline_ending_bare_keeps_its_deck() -> None:
    # the same page, its headline one line ending bare on a whole word over its deck
    text = SPACED.replace("주말에도|\n문 연다", "주말에도 문 연다").format(
        deck="사서 두 명 새로 뽑아 토요일·일요일 개방\n"
    )
    assert _head(_first(text)) == (
        "한결군 도서관 주말에도 문 연다",
        ["사서 두 명 새로 뽑아 토요일·일요일 개방"],
    )


def test_head_wraps_a_head_line_torn_inside_a_printed_word_goes_on() -> None:
    assert _head(_first(TORN)) == ("전통시장 카드 수수료 지원", [])


def test_head_wraps_near_miss_halves_that_make_no_printed_word_stay_apart() -> None:
    # '수수' / '료' no more: the deck's first word and the headline's last make no word
    text = TORN.replace("수수\n료 지원", "수수료 지원\n점포 210곳 최대 50만원")
    assert _head(_first(text)) == ("전통시장 카드 수수료 지원", ["점포 210곳 최대 50만원"])


# Round fifty-six: a head line left open by its punctuation goes on, on any page (typed here,
# with no line-end spaces and no torn word to tell).
OPEN = """{head}
서명 2천명 군에 전달…군 “예산 살펴 검토”

한결군 주민들이 읍내를 오가는 시내버스의 막차를 밤 11시까지 늦춰 달라고 군에 요청했다.

서명에는 주민 2천여 명이 참여했다. 군은 운수 회사와 협의해 다음 달까지 답을 내놓기로 했다.

정하람 기자 haram@hangyeol.example"""
DECK = "서명 2천명 군에 전달…군 “예산 살펴 검토”"


def test_head_open_a_head_line_ending_in_a_comma_goes_on() -> None:
    text = OPEN.format(head="한결군 주민들,\n시내버스 막차 늦춰 달라")
    assert _head(_first(text)) == (
        "한결군 주민들, 시내버스 막차 늦춰 달라",
        [DECK],
    )


def test_head_open_a_quotation_the_next_line_closes_goes_on() -> None:
    text = OPEN.format(head="주민들 “막차를 밤\n11시까지 늦춰 달라”")
    assert _head(_first(text)) == (
        "주민들 “막차를 밤 11시까지 늦춰 달라”",
        [DECK],
    )


def test_head_open_near_miss_a_comma_inside_the_line_and_a_closed_quotation_stay() -> None:
    # the comma is inside the headline, and its quotation closes on its own line: the
    # line under it is the deck
    text = OPEN.format(head="한결군 주민들, “막차 늦춰 달라”\n밤 11시까지 연장 요구")
    assert _head(_first(text)) == (
        "한결군 주민들, “막차 늦춰 달라”",
        ["밤 11시까지 연장 요구", DECK],
    )


def test_head_open_a_straight_quotation_the_next_line_closes_goes_on() -> None:
    # review of rounds 56-57: a typewriter's '"' opens and closes alike; an odd count opens
    text = OPEN.format(head='주민들 "막차를 밤\n11시까지 늦춰 달라"')
    assert _head(_first(text)) == ('주민들 "막차를 밤 11시까지 늦춰 달라"', [DECK])


def test_head_open_near_miss_a_quotation_the_next_line_does_not_close_stays() -> None:
    # review of rounds 56-57: a quotation left open that the line under it does not close
    # either is no headline running on: the line under it is the deck
    text = OPEN.format(head="한결군 주민들 “막차 늦춰 달라\n밤 11시까지 연장 요구")
    assert _head(_first(text)) == ("한결군 주민들 “막차 늦춰 달라", ["밤 11시까지 연장 요구", DECK])


# Round fifty-six: a headline torn inside a word the edition never prints whole, told by
# grammar (a particle opens the next line) or the lexicon (a noun cut inside).
def _wrapped(first: str, second: str) -> list[str]:
    pieces = [Piece("text", Chunk(t), Unit("text", [Line(t, 0)])) for t in (first, second)]
    vocab = Vocabulary(f"{first}\n{second}", source=False)
    return [p.text for p, _ in wrapped_head([(p, "head") for p in pieces], vocab)]


def test_head_torn_before_a_particle_or_inside_a_known_noun_goes_on() -> None:
    assert _wrapped("군청 컬링팀, 창단 2년 만", "에 전국 정상") == [
        "군청 컬링팀, 창단 2년 만에 전국 정상"
    ]
    assert _wrapped("읍내 공영버스 노선 조", "정") == ["읍내 공영버스 노선 조정"]


def test_head_torn_near_miss_a_number_a_verbs_form_and_a_name_stay_apart() -> None:
    # '88' / '60년간' is two numbers, not a number and its counter; '중요하다' / '윤해솔' a
    # verb's form over a name (the lexicon's '중요' and the form of 하다 are not one noun)
    assert _wrapped("판화가 서명호 화백 별세… 향년 88", "60년간 남해 어촌 새긴 목판화") == [
        "판화가 서명호 화백 별세… 향년 88",
        "60년간 남해 어촌 새긴 목판화",
    ]
    assert _wrapped("설명은 처방만큼 중요하다", "윤해솔 누리대병원 교수") == [
        "설명은 처방만큼 중요하다",
        "윤해솔 누리대병원 교수",
    ]
