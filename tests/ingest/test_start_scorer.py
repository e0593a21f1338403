"""The learned item starts fed to the paragraph grouping (tests/ingest/start_scorer.py)."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article
from tests.ingest.start_scorer import Moves, StartScorer, hinted, ingest_with_starts

PAGE = (
    "한빛시, 골목 상권 살리기 나선다\n"
    "\n"
    "한빛시는 3일 골목 상권을 살리기 위한 특화거리 조성 계획을 발표했다.\n"
    "\n"
    "시는 올해 10억원을 들여 거리를 정비한다.\n"
    "\n"
    "섬마을 뱃길 다시 열린다\n"
    "\n"
    "끊겼던 섬마을 여객선 항로가 다음 달부터 다시 운항한다.\n"
)
TWO = ["한빛시, 골목 상권 살리기 나선다", "섬마을 뱃길 다시 열린다"]


def _offset(line: str) -> int:
    return PAGE.index(line)


def _headlines(items: list) -> list[str | None]:
    return [it.headline.text if it.headline else None for it in items if isinstance(it, Article)]


def test_a_sure_inside_joins_the_group_and_a_sure_start_splits_one() -> None:
    assert _headlines(ingest_text(PAGE).pages[0].items) == TWO  # the rules' two stories
    moves = Moves()
    with hinted({_offset("섬마을 뱃길"): False}, moves):
        assert _headlines(ingest_text(PAGE).pages[0].items) == [TWO[0]]
    assert moves.applied == ["joined '섬마을 뱃길 다시 열린다'"]
    with hinted({_offset("시는 올해"): True}, moves):
        assert _headlines(ingest_text(PAGE).pages[0].items) == [TWO[0], None, TWO[1]]
    assert moves.applied[1:] == ["split  '시는 올해 10억원을 들여 거리를 정비한다.'"]
    with hinted({_offset("한빛시, 골목"): False}, moves):  # the page's first line: no item before
        assert _headlines(ingest_text(PAGE).pages[0].items) == TWO
    assert len(moves.applied) == 2


def test_the_scorer_moves_a_start_only_when_sure() -> None:
    never = StartScorer({"bias": -9.0})  # no line starts an item, at p = 0.0001
    moves = Moves()
    assert _headlines(ingest_with_starts(PAGE, "p", never, moves).pages[0].items) == [TWO[0]]
    assert moves.applied == ["joined '섬마을 뱃길 다시 열린다'"]
    unsure = StartScorer({"bias": -9.0}, sure=0.99999)
    assert _headlines(ingest_with_starts(PAGE, "p", unsure, Moves()).pages[0].items) == TWO
