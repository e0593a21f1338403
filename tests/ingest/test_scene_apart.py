"""Round fifty-eight: a caption with no credit, no day and no place, set apart by blank lines
between the story's paragraphs and telling a scene in one sentence
(moment_captions._apart_scene)."""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, MORE, items

HEAD = "누리시, 골목상권 지원 두 배로"
SCENE = "누리시 상인들이 새로 단 간판을 살펴보고 있다."
STANDING = "골목 입구에 새 간판들이 줄지어 서 있다."


def test_a_scene_set_apart_between_paragraphs_is_a_caption() -> None:
    for scene in (SCENE, STANDING):
        [item] = items(f"{HEAD}\n\n{LEAD}\n\n{scene}\n\n{MORE}\n")
        assert item["body"] == [("lead", LEAD), ("caption", scene), ("paragraph", MORE)]


def test_a_scene_set_tight_or_a_prose_ending_set_apart_stays_the_storys() -> None:
    # near misses: the line set tight under the paragraph above (no day nor place to read
    # it by), and a line set apart that ends as prose does ('… 수 있다.')
    [item] = items(f"{HEAD}\n\n{LEAD}\n{SCENE}\n\n{MORE}\n")
    assert ("caption", SCENE) not in item["body"]
    prose = "상인들은 내년부터 간판 비용을 지원받을 수 있다."
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{prose}\n\n{MORE}\n")
    assert ("caption", prose) not in item["body"]


def test_a_scene_that_goes_on_in_a_second_sentence_is_no_caption() -> None:
    # near miss: a caption tells one scene; a paragraph goes on to say more
    more = f"{SCENE} 간판 교체는 다음 달 끝난다."
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{more}\n\n{MORE}\n")
    assert ("caption", more) not in item["body"]
