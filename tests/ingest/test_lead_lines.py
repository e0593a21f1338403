"""A story's lead read as its deck (docs/ingest-conventions.md, "Round fifty-five (headlines
and leads of real extraction)"): on an extracted page, a line under the headline that holds a
sentence's end and breaks off after it is the lead running on, and so are the lines over it
at its measure; a deck, which states and does not run on, stays the deck. The pages are made
up, as an extraction gives them: no indent, no blank line."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.lead_lines import lead_in_head
from reader.ingest.lines import Line
from reader.ingest.pieces import Piece
from reader.ingest.repair import Chunk
from reader.ingest.units import Unit
from reader.model import Article

PAGE = """9 지역 2027년 1월 22일 금요일
달내 시외버스터미널 30년 만에 새 건물로
달내 시외버스터미널이 30년 만에 새
건물로 옮긴다. 달내군은 읍내 동쪽 옛
농협 창고 자리에 새 터미널을 짓는
공사를 3월에 시작해 내년 가을 문을
연다고 21일 밝혔다.
하늘빛 기자 sky@dallae.example
달내초 졸업생 32명
{deck}달내초등학교가 다음 달 12일
졸업식을 연다. 올해 졸업생은
32명으로 10년 전의 절반이다.
학교는 졸업생 모두에게 동문회가
모은 장학금 20만원씩을 준다.
도새롬 기자
saerom@dallae.example"""


def _head(text: str) -> tuple[str | None, list[str], str]:
    items = ingest_text(text, name="t").pages[0].items
    item = next(
        x for x in items if isinstance(x, Article) and x.headline and "졸업" in x.headline.text
    )
    headline = item.headline.text if item.headline else None
    first = item.body[0]
    return headline, [d.text for d in item.deck], getattr(first, "text", "")


def test_lead_lines_a_head_line_running_on_past_a_sentence_is_the_leads() -> None:
    headline, deck, lead = _head(PAGE.format(deck=""))
    assert (headline, deck) == ("달내초 졸업생 32명", [])
    assert lead.startswith("달내초등학교가 다음 달 12일")


def _pieces(*texts: str) -> list[tuple[Piece, str]]:
    return [(Piece("text", Chunk(t), Unit("text", [Line(t, 0)])), "head") for t in texts]


def test_lead_lines_the_lines_over_it_at_its_measure_go_with_it() -> None:
    head = _pieces(
        "면민 체육대회 22년 만에 실내로",
        "해마다 10월 면 초등학교 운동장에서 열리던",
        "백운면민 체육대회가 올해는 처음으로 새로 지은",
        "면 체육관에서 열린다. 가을비가 잦아 두 해 연속",
    )
    pieces = [p for p, _ in head]
    assert lead_in_head(head, pieces, len(pieces)) == 1


def test_lead_lines_near_miss_a_deck_that_states_stays_the_deck() -> None:
    # a deck over the lead runs on past no sentence's end: the head is kept whole
    head = _pieces("달내초 졸업생 32명", "10년 새 절반으로…동문회 장학금 20만원씩")
    pieces = [p for p, _ in head]
    assert lead_in_head(head, pieces, len(pieces)) == 2


def test_lead_lines_near_miss_a_narrower_deck_over_the_lead_stays() -> None:
    # the lead's line runs on, but the deck line over it is set at a measure of its own
    head = _pieces(
        "달내사랑상품권 설 맞아",
        "한 사람 50만원까지",
        "달내군이 설을 앞두고 다음 달 1일부터 상품권을",
        "10% 할인해 판다. 한 사람이 한 달에 50만",
    )
    pieces = [p for p, _ in head]
    assert lead_in_head(head, pieces, len(pieces)) == 2
