"""The learned item-start clue (reader/ingest/start_clue.py): where it splits, where its
structure forbids a split, and that the shipped weights are what the training writes."""

from __future__ import annotations

from unittest import mock

from reader.ingest import explain_text, ingest_text, start_clue
from reader.model import Article, leaves
from tests.ingest.start_clue_train import SETS, WEIGHTS, weights_file

STORY = (
    "한빛시, 골목 상권 살리기 나선다\n"
    "\n"
    "한빛시는 3일 골목 상권을 살리기 위한 특화거리 조성 계획을 발표했다.\n"
    "\n"
    "시는 올해 10억원을 들여 거리를 정비한다.\n"
    "\n"
    "이번 주에 마셔 본 술\n"
    "\n"
    "끊겼던 섬마을 여객선 항로가 다음 달부터 다시 운항한다.\n"
)
LISTING = (
    "한빛시 인사\n"
    "\n"
    "한빛시는 3일 다음과 같이 인사를 발령했다.\n"
    "\n"
    "▲기획조정실장 김영수 ▲자치행정과장 이미란\n"
    "\n"
    "복지정책과장 박철민\n"
    "\n"
    "▲문화관광과장 최은정\n"
)
INTERVIEW = (
    "“골목이 살아야 도시가 산다”\n"
    "\n"
    "김영수 한빛시장은 3일 인터뷰에서 골목 상권을 강조했다.\n"
    "\n"
    "Q. 왜 골목 상권인가\n"
    "\n"
    "A. 골목이 살아야 도시가 산다고 본다.\n"
    "\n"
    "올해 계획은 무엇인가\n"
    "\n"
    "A. 특화거리 다섯 곳을 만든다.\n"
)
NOTICE_AFTER_STORY = (  # the habit of blind17's farm co-op page, made up
    "한빛농협 소식\n"
    "\n"
    "한빛농협, 조합원 자녀 30명에 장학금\n"
    "한빛농협(조합장 김영수)은 지난 10일 본점에서 조합원 자녀 30명에게 장학금 2천만원을 전했다.\n"
    '김 조합장은 "장학 사업을 해마다 늘려가겠다"고 말했다.\n'
    "\n"
    "[인사] 한빛농협\n"
    "<본점>\n"
    "▲금융상무 이미란 ▲경제상무 박철민\n"
    "<지점>\n"
    "▲동산지점장 최은정 ▲서원지점장 정다운\n"
)
SURE_EVERYWHERE = {"bias": 30.0}  # the clue at p = 1 on every line: only structure stops it


def _heads(text: str) -> list[str | None]:
    return [
        it.headline.text if isinstance(it, Article) and it.headline else None
        for page in ingest_text(text).pages
        for it in page.items
    ]


def _unsplit(groups: list, *_: object) -> list:
    return groups


def test_the_shipped_weights_are_what_the_training_writes() -> None:
    assert WEIGHTS.read_text(encoding="utf-8") == weights_file(SETS)


def test_the_shipped_clue_splits_a_notice_off_the_story_above_it() -> None:
    with mock.patch("reader.ingest.clue_splits", _unsplit):
        assert len(ingest_text(NOTICE_AFTER_STORY).pages[0].items) == 1  # the rules: one
    edition, trace = explain_text(NOTICE_AFTER_STORY)
    items = edition.pages[0].items
    assert len(items) == 2
    assert trace.rule(items[1].id).startswith("items: learned start clue (p = ")
    assert not any("[인사]" in leaf.text for leaf in leaves(items[0]))
    assert any("[인사]" in leaf.text for leaf in leaves(items[1]))


def test_a_confident_start_splits_a_story_and_explain_names_the_clue() -> None:
    with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
        edition, trace = explain_text(STORY)
    items = edition.pages[0].items
    assert [it.headline.text for it in items if isinstance(it, Article) and it.headline] == [
        "한빛시, 골목 상권 살리기 나선다",
        "이번 주에 마셔 본 술",
    ]
    assert trace.rule(items[1].id).startswith("items: learned start clue (p = 1.00)")
    with mock.patch.object(start_clue, "shipped_weights", lambda: {"bias": -30.0}):
        assert _heads(STORY) == ["한빛시, 골목 상권 살리기 나선다"]  # unsure: the rules' one


def test_the_clue_splits_no_listing_and_no_interview() -> None:
    for page in (LISTING, INTERVIEW):
        with mock.patch("reader.ingest.clue_splits", _unsplit):
            rules = ingest_text(page)
        with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
            assert ingest_text(page) == rules
