"""A photo's caption with no credit, one scene sentence set apart between paragraphs that run
on (reader/ingest/apart_scenes.py, round sixty)."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.apart_scenes import APART_SCENE
from tests.ingest.test_conventions import LEAD, MORE, items

HEAD = "누리시 골목상권 지원 두 배로"
SCENE = "누리시 상인들이 새로 단 간판을 살펴보고 있다."
AFTER = "시는 간판 교체 비용의 절반을 댄다. 신청은 다음 달까지 받는다."


def test_one_scene_sentence_between_paragraphs_of_more_is_the_caption() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{SCENE}\n\n{AFTER}\n"
    [item] = items(text)
    assert item["body"] == [
        ("lead", LEAD),
        ("paragraph", MORE),
        ("caption", SCENE),
        ("paragraph", AFTER),
    ]
    _, trace = explain_text(text)
    assert any(APART_SCENE in why for why in trace.notes.values())


def test_over_an_interviews_question_it_is_the_caption_too() -> None:
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{SCENE}\n\n― 올해 계획은.\n\n{MORE}\n")
    assert item["body"][:2] == [("lead", LEAD), ("caption", SCENE)]


def test_a_story_told_a_sentence_a_paragraph_keeps_its_scene_sentence() -> None:
    # near miss: among paragraphs of one sentence each, one more is no caption's form
    one = "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다."
    said = "상인들은 유동 인구가 늘었다고 말했다."
    for above, under in ((said, AFTER), (MORE, said)):
        [item] = items(f"{HEAD}\n\n{one}\n\n{above}\n\n{SCENE}\n\n{under}\n")
        assert ("paragraph", SCENE) in item["body"]


def test_two_scene_sentences_set_apart_are_the_storys_narration() -> None:
    other = "아이들이 새 놀이터에서 미끄럼틀을 타고 있다."
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{SCENE}\n\n{MORE}\n\n{other}\n\n{AFTER}\n")
    assert ("paragraph", SCENE) in item["body"] and ("paragraph", other) in item["body"]


def test_a_topic_in_eun_or_a_story_captioned_already_keeps_the_sentence() -> None:
    # near misses: the story's own sentence opens on its topic ('상인들은'); a story whose
    # photo is captioned over its credit has its caption
    topic = "누리시 상인들은 새로 단 간판을 살펴보고 있다."
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{topic}\n\n{AFTER}\n")
    assert ("paragraph", topic) in item["body"]
    credited = "시장 입구에 새로 단 간판.\n누리시 제공"
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{credited}\n\n{MORE}\n\n{SCENE}\n\n{AFTER}\n")
    assert ("paragraph", SCENE) in item["body"]


@pytest.mark.parametrize(
    "sentence",
    [
        "주민들은 이웃과 같이 김장을 담그고 있다.",  # an adverb's '같이' after the topic
        "국가 대표 선수들은 새벽마다 훈련하고 있다.",  # a noun in '가' after a final consonant
        "작가 김누리씨는 요즘 새 소설을 쓰고 있다.",
        "아이 셋을 키우는 박씨는 매일 도서관을 찾고 있다.",  # a noun in '이' after a vowel
    ],
)
def test_a_word_only_ending_in_i_or_ga_is_no_subject_and_the_sentence_stays(
    sentence: str,
) -> None:
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{sentence}\n\n{AFTER}\n")
    assert ("paragraph", sentence) in item["body"]


def test_a_subject_after_the_day_and_the_place_is_still_the_captions() -> None:
    scene = "11일 누리시장에서 상인들이 새로 단 간판을 살펴보고 있다."
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{scene}\n\n{AFTER}\n")
    assert ("caption", scene) in item["body"]
