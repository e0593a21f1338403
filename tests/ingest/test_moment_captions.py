"""A caption with no credit telling a photo's moment, set apart by blank lines over two or
three lines, under an interview's head or between its parts
(reader/ingest/moment_captions.py, round forty-eight)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.scenes import MOMENT_LINE
from tests.ingest.test_conventions import LEAD, MORE, items

HEAD = '"골목 상권, 주민과 함께 살리겠다"\n한누리 누리시상인회장'
MOMENT = "한누리 누리시상인회장이 지난 3일 상인회\n사무실에서 본지와 인터뷰하고 있다."
SAID = "한누리 누리시상인회장이 지난 3일 상인회 사무실에서 본지와 인터뷰하고 있다."


def test_a_moment_set_apart_under_the_head_is_the_portraits_caption_over_the_lead() -> None:
    text = f"{HEAD}\n\n{MOMENT}\n\n{LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert item["body"] == [("caption", SAID), ("lead", LEAD), ("paragraph", MORE)]
    _, trace = explain_text(text)
    assert any(MOMENT_LINE in why for why in trace.notes.values())


def test_a_moment_set_apart_between_the_lead_and_a_question_is_a_caption() -> None:
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{MOMENT}\n\n―올해 계획은.\n{MORE}\n")
    assert item["body"][:2] == [("lead", LEAD), ("caption", SAID)]


def test_a_moment_that_goes_on_in_a_second_sentence_is_the_lead() -> None:
    # near miss: a caption tells one moment; a paragraph goes on to say more
    more = f"{MOMENT} 상인회는 내년에도 사업을 이어간다."
    [item] = items(f"{HEAD}\n\n{more}\n\n{MORE}\n")
    assert item["body"][0][0] == "lead"


def test_a_moment_closing_the_story_with_nothing_under_it_stays_its_paragraph() -> None:
    # near miss: the last block, with no text under it, is the story's closing sentence
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{MOMENT}\n")
    assert item["body"][-1] == ("paragraph", SAID)
