"""Numbered steps: lines numbered from one, set tight, each one sentence on one line, are a
list's entries; numbered paragraphs, steps set apart and runs that open past one are not.

Every name and fact is invented; none is taken from the blind sets."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.numbered_steps import NUMBERED_STEP
from tests.ingest.test_conventions import items

HEAD = (
    "겨울 수도관, 이렇게 지키세요\n\n"
    "솔뫼시 상수도사업소가 한파를 앞두고 동파 예방 요령을 내놓았다.\n"
)
STEPS = (
    "1. 외출할 때는 수도꼭지를 조금 열어 물이 흐르게 한다.\n"
    "2. 계량기함 안을 헌 옷이나 스티로폼으로 채운다.\n"
    "3. 얼어붙은 관은 미지근한 물수건으로 천천히 녹인다.\n"
)
AFTER = "\n사업소는 동파 신고를 120번으로 받는다고 밝혔다.\n"


def test_numbered_sentences_set_tight_are_a_lists_entries() -> None:
    text = HEAD + STEPS + AFTER
    (item,) = items(text)
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["lead", "bullet", "bullet", "bullet", "paragraph"]
    assert item["body"][1][1].startswith("1. 외출할 때는")  # the number kept, as a rank is
    _, trace = explain_text(text)
    assert trace.rule("p1-1", "body.1") == NUMBERED_STEP


def test_circled_numbers_and_english_steps_are_entries_too() -> None:
    text = (
        "Shutting the cabin for winter\n\n"
        "The county extension office sent owners its checklist this week.\n"
        "① Turn the main valve off at the meter.\n"
        "② Open every tap until the lines run dry.\n"
        "③ Pour a cup of antifreeze into each drain.\n"
    )
    (item,) = items(text)
    assert [kind for kind, _ in item["body"]][-3:] == ["bullet", "bullet", "bullet"]


def test_numbered_paragraphs_of_several_sentences_stay_paragraphs() -> None:
    """The near miss: an essay's numbered points, two sentences each."""
    text = HEAD + (
        "1. 계량기함을 살피자. 틈이 있으면 찬바람이 든다.\n"
        "2. 수도꼭지를 열어 두자. 흐르는 물은 잘 얼지 않는다.\n"
        "3. 언 관에 뜨거운 물을 붓지 말자. 관이 터질 수 있다.\n"
    )
    (item,) = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]


def test_numbered_steps_set_apart_by_blank_lines_stay_paragraphs() -> None:
    """The near miss: each step a block of its own."""
    text = HEAD + "\n" + STEPS.replace("\n", "\n\n")
    (item,) = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]


def test_a_run_that_opens_past_one_is_no_list() -> None:
    """The near miss: lines that only happen to open with figures ('3. …', '4. …')."""
    text = HEAD + STEPS.replace("1. ", "3. ").replace("2. ", "4. ").replace("3. 얼", "5. 얼")
    (item,) = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]
