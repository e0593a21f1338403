"""A headline left on a particle that asks for what follows ('…캠핑장으로', '…2030년까지',
'…2031년') goes on into the shorter line under it that closes it on a predicate
('되살아났다'): one headline, not a headline over its deck (head_wraps.py); a line naming
its own subject or topic ('군, …', '기본요금은 …') is a deck. The pages are
made up, as a typed front page gives them: no trailing space, no blank line in the head."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.head_wraps import HEAD_PARTICLE
from reader.model import Article

BODY = (
    "솔내군은 문을 닫은 분교 세 곳을 고쳐 주민이 운영하는 캠핑장으로 바꿨다고 4일 밝혔다.\n"
    "첫 주말에만 가족 120팀이 찾았다.\n"
    "도하늘 기자 haneul@solnae.example\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("문 닫은 분교 세 곳, 캠핑장으로", "되살아났다"),
        ("솔내 야간 응급 거점병원 2030년까지", "12곳으로 늘린다"),
        ("솔내 신항만 첫 삽… 2031년", "국제선 띄운다"),
    ],
)
def test_a_head_left_on_a_particle_goes_on_into_its_predicate(first: str, second: str) -> None:
    edition, trace = explain_text(f"{first}\n{second}\n주민 협동조합이 맡아 운영\n" + BODY)
    story = edition.pages[0].items[0]
    assert isinstance(story, Article) and story.headline is not None
    assert story.headline.text == f"{first} {second}"
    assert [d.text for d in story.deck] == ["주민 협동조합이 맡아 운영"]
    assert HEAD_PARTICLE in trace.rule(story.id, "headline")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the line under it closes on a noun: a deck
        ("문 닫은 분교 세 곳, 캠핑장으로", "주민 협동조합이 맡아 운영"),
        # the line under it, closing on a predicate, is longer than the head's: a deck
        ("폐교 세 곳 캠핑장으로", "솔내군 주민 협동조합에 맡겨 주말마다 문을 연다"),
        # the head ends on a noun that only ends in '로' ('전기로'), no particle asking
        ("솔내 분교 난방, 장작에서 전기로", "겨울 수업 걱정 던다"),
        # an elliptical head ('…부터', '…까지' with no predicate) over a shorter deck that
        # names its own subject or topic: a clause of its own
        ("솔내 시내버스 요금 인상 내년 1월부터", "군, 기본요금 200원 올린다"),
        ("솔내 시내버스 요금 인상 내년 1월부터", "기본요금은 200원 오른다"),
        ("청년 월세 지원 대상 만 39세까지", "소득 기준은 그대로 둔다"),
        # a count of years closes an anniversary's head: no year asking for its predicate
        ("솔내 신항만 개항 30년", "물동량 두 배 늘었다"),
    ],
)
def test_a_head_over_a_deck_keeps_its_deck(first: str, second: str) -> None:
    edition, trace = explain_text(f"{first}\n{second}\n" + BODY)
    story = edition.pages[0].items[0]
    assert isinstance(story, Article) and story.headline is not None
    assert story.headline.text == first
    assert [d.text for d in story.deck] == [second]
    assert all(HEAD_PARTICLE not in why for why in trace.notes.values())
