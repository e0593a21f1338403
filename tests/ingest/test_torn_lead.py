"""A lead's first line read as the deck, told by the word it tears (docs/ingest-conventions.md,
"Round fifty-six (headlines and leads, continued)"): on an extracted page, a head line under
the headline whose last word goes on into the line under it is the lead's, joined to the body
with no space; a deck, a block of its own, ends on a whole word and stays the deck. The pages
are made up, as an extraction gives them (no indent, no blank line); '|' marks a line's
trailing space, the producer's where a line broke between words."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.lexicon import noun_across
from reader.ingest.lines import Line
from reader.ingest.pieces import Piece
from reader.ingest.repair import Chunk, Vocabulary
from reader.ingest.torn_lead import torn_into_body
from reader.ingest.units import Unit
from reader.model import Article

PAGE = """27 문화 2027년 1월 8일 금요일
달내 국악단 새해 첫 무대
{deck}달내군립국악단이 오는 15일 오|
후 7시 달내문화회관 대공연장에서|
새해 첫 정기공연을 연다. 공연의 중|
심은 지역에서 전해 오는 아리랑 가|
락을 여덟 개의 변주로 엮은 관현악|
곡이다.
관람료는 전석 1만원이며, 65세|
이상과 청소년은 절반만 낸다.
예솔비 기자 solbi@dallae.example"""


def _read(text: str) -> tuple[list[str], str]:
    items = ingest_text(text.replace("|", " "), name="t").pages[0].items
    item = next(x for x in items if isinstance(x, Article) and x.headline)
    return [d.text for d in item.deck], getattr(item.body[0], "text", "")


def test_torn_lead_a_head_line_torn_inside_a_known_noun_is_the_leads() -> None:
    # '오' / '후', ending bare: the lexicon's '오후', printed nowhere else on the page
    deck, lead = _read(PAGE.replace("오|\n후", "오\n후").format(deck=""))
    assert deck == []
    assert lead.startswith("달내군립국악단이 오는 15일 오후 7시")


def test_torn_lead_near_miss_a_deck_ending_on_a_whole_word_stays() -> None:
    # the deck ends on a whole word over the lead's first: no word torn, the deck stays
    text = PAGE.replace("오|\n후", "오\n후")
    deck, lead = _read(text.format(deck="오는 15일 달내문화회관…관람료 전석 1만원\n"))
    assert deck == ["오는 15일 달내문화회관…관람료 전석 1만원"]
    assert lead.startswith("달내군립국악단이 오는 15일 오후 7시")


def _head(*texts: str) -> tuple[list[tuple[Piece, str]], list[Piece], Vocabulary]:
    """A head of one-line pieces over the body's first line (the last text)."""
    pieces = [Piece("text", Chunk(t), Unit("text", [Line(t, 0)])) for t in texts]
    return [(p, "head") for p in pieces[:-1]], pieces, Vocabulary("\n".join(texts), source=False)


def test_torn_lead_a_line_the_body_goes_on_from_with_a_particle_is_the_leads() -> None:
    head, pieces, vocab = _head(
        "경로당 난방비 지원", "달내군이 경로당 84곳에 난방비", "를 한 곳당 월 20만원씩 석 달 동안"
    )
    assert torn_into_body(head, pieces, 2, vocab) == 1
    assert pieces[1].text.startswith("달내군이 경로당 84곳에 난방비를 한 곳당")


def test_torn_lead_lines_torn_one_into_the_next_all_go() -> None:
    # '화' / '요일과' (a printed word: '화요일' is on the page) and '9' / '시까지' (a number
    # and its counter)
    head, pieces, vocab = _head(
        "보건소 야간 진료 연장",
        "달내군 보건소가 다음 달부터 화",
        "요일과 목요일 야간 진료를 밤 9",
        "시까지 한 시간 늘린다. 화요일에는 내과만 본다.",
    )
    assert torn_into_body(head, pieces, 3, vocab) == 1
    assert pieces[1].text.startswith(
        "달내군 보건소가 다음 달부터 화요일과 목요일 야간 진료를 밤 9시까지"
    )


def test_torn_lead_near_miss_a_deck_over_a_lead_opening_on_a_word_stays() -> None:
    head, pieces, vocab = _head(
        "경로당 난방비 지원", "석 달 동안 한 곳당 월 20만원", "달내군이 경로당 84곳에 난방비를"
    )
    assert torn_into_body(head, pieces, 2, vocab) == 2
    assert len(pieces) == 3


def test_torn_lead_near_miss_the_line_the_headline_tears_into_is_the_headlines() -> None:
    # '개' / '방' is the headline's torn word (head_wraps.py joins it): not the lead's line,
    # though '방' / '설을' would read as the lexicon's '방설'
    head, pieces, vocab = _head("달내장 주차장 무료 개", "방", "설을 앞두고 달내장 공영주차장이")
    assert torn_into_body(head, pieces, 2, vocab) == 2


def test_torn_lead_near_miss_a_deck_ending_on_a_magnitude_over_a_noun_of_the_leads() -> None:
    # review of rounds 56-57: a magnitude and its counter are two words ('220만 가구'), so
    # a deck may end on the magnitude over a lead opening on the counter's noun; only a
    # counter no word opens on ('명이') says the line was the lead's
    head, pieces, vocab = _head(
        "누리 해상풍력단지 착공",
        "2031년 완공, 전력 공급 대상 220만",
        "가구 수는 도 전체의 3분의 1에 이른다.",
    )
    assert torn_into_body(head, pieces, 2, vocab) == 2
    head, pieces, vocab = _head(
        "누리 해상풍력단지 착공",
        "누리군은 단지가 완공되면 주민 220만",
        "명이 쓸 전력을 만든다고 밝혔다.",
    )
    assert torn_into_body(head, pieces, 2, vocab) == 1
    assert pieces[1].text.startswith("누리군은 단지가 완공되면 주민 220만 명이")


def test_torn_lead_a_noun_broken_at_its_end_before_its_particle_is_not_across() -> None:
    # review of rounds 56-57: noun_across's own guard ('학교' / '를' is a noun and its
    # particle, the break at the noun's end), held here, not only by bound_word before it
    assert not noun_across("학교", "를")
    assert noun_across("학기부", "터")
