"""A pointer to related stories on another page ('▶관련기사 3면') under a story: a paragraph
as printed, never a subhead (reader/ingest/cross_refs.py, round forty-eight)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.cross_refs import CROSS_REF_RULE
from tests.ingest.test_conventions import LEAD, MORE, items

HEAD = "누리시 골목상권 예산 두 배로"


def test_a_pointer_to_another_page_under_the_story_is_its_paragraph_mark_kept() -> None:
    for pointer in ("▶관련기사 3면", "▶관련기사 3·5면", "▷관련 기사 A13면"):
        text = f"{HEAD}\n\n{LEAD}\n{MORE}\n{pointer}\n한누리 기자 nuri@nurinews.kr\n"
        [item] = items(text)
        assert item["body"][-1] == ("paragraph", pointer)
        _, trace = explain_text(text)
        assert any(CROSS_REF_RULE in why for why in trace.notes.values())


def test_a_marked_head_over_text_of_its_own_stays_a_subhead() -> None:
    # near miss: a '▶' line naming no page heads the part under it
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n▶ 관련 업계 반응\n{MORE}\n\n한누리 기자\n")
    assert ("subhead", "관련 업계 반응") in item["body"]


def test_a_jump_line_naming_a_page_stays_the_jump() -> None:
    # near miss: the story runs on there; its line is the article's jump, no paragraph
    [item] = items(f"{HEAD}\n\n{LEAD}\n{MORE}\n▶3면에 계속\n")
    assert all(text != "▶3면에 계속" for _, text in item["body"])
