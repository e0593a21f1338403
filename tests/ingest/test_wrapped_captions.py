"""A photo's caption wrapped over several lines of its column, closed by its credit
(reader/ingest/wrapped_captions.py, round forty-eight)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.wrapped_captions import WRAPPED_CAPTION
from tests.ingest.test_conventions import LEAD, MORE, items

HEAD = "누리시 골목 정원 새 단장"
WRAPPED = "3일 누리시 중앙시장에서 상인들이 새로\n단장한 골목 정원을 손님들에게 안내하고\n"
SAID = "3일 누리시 중앙시장에서 상인들이 새로 단장한 골목 정원을 손님들에게 안내하고 있다."


def test_a_caption_set_apart_and_wrapped_over_its_column_is_one_caption() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{WRAPPED}있다. /한누리 기자\n\n{MORE}\n"
    [item] = items(text)
    assert item["body"] == [
        ("lead", LEAD),
        ("caption", f"{SAID} /한누리 기자"),
        ("paragraph", MORE),
    ]
    _, trace = explain_text(text)
    assert any(WRAPPED_CAPTION in why for why in trace.notes.values())


def test_a_wrapped_caption_over_a_credit_line_of_its_own_is_one_caption_with_it() -> None:
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{WRAPPED}있다.\n사진=누리시 제공\n\n{MORE}\n")
    assert ("caption", f"{SAID}\n사진=누리시 제공") in item["body"]


def test_a_wrapped_caption_set_tight_under_the_story_is_cut_off_its_last_sentence() -> None:
    [item] = items(f"{HEAD}\n\n{LEAD}\n{WRAPPED}있다. /한누리 기자\n{MORE}\n")
    assert item["body"][0] == ("lead", LEAD)
    assert ("caption", f"{SAID} /한누리 기자") in item["body"]


def test_a_story_sentence_closed_by_a_credit_is_no_wrapped_caption() -> None:
    # near miss: the sentence tells what was said, not what a photo shows
    said = "시장 상인회는 골목 정원을 내년까지 두 곳\n더 늘리겠다고 3일 밝혔다. /한누리 기자"
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{said}\n\n{MORE}\n")
    assert not any(
        kind == "caption" and text.startswith("시장 상인회는") for kind, text in item["body"]
    )


def test_a_short_title_over_a_caption_is_not_taken_into_it() -> None:
    # near miss: a line running short over the caption is a photo's title, not its first line
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n골목 정원\n{WRAPPED}있다. /한누리 기자\n\n{MORE}\n")
    assert not any(
        kind == "caption" and text.startswith("골목 정원") for kind, text in item["body"]
    )


def test_a_headline_over_a_one_line_caption_on_a_page_without_blank_lines_stays_the_headline() -> (
    None
):
    # near miss: each line of such a page is a paragraph; the caption's line does not go on
    # the headline's, however wide the headline runs
    head, caption = "누리시 ‘골목 정원’ 새 단장 첫발 내딛다", "골목 정원 현장 모습. [사진=누리뉴스]"
    text = f"{head}\n{caption}\n{LEAD}\n{MORE}\n"
    [item] = items(text)
    assert item["headline"] == head
    assert ("caption", caption) in item["body"]
