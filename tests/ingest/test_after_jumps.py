"""A jump line sending a story to another page ends its part on this page (issue 14,
round forty-seven): the head under it opens another item. A small made-up example and its
near misses; every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import split_blocks
from reader.ingest.head_blocks import HEAD_OVER_TEXT
from reader.ingest.prose_starts import AFTER_JUMP
from reader.ingest.segment import pages
from tests.ingest.test_conventions import items
from tests.ingest.test_justified_columns import COLUMN

STORY = (
    "사회\n\n"
    "누리시 버스 노선 개편\n\n"
    "누리시는 다음 달부터 시내버스 노선 12개를 새로 짠다고 밝혔다.\n"
    "시는 출퇴근 시간 배차 간격을 10분 안쪽으로 줄인다.\n"
    "▶4면에 계속\n\n"
)


def test_a_photos_title_under_a_jump_line_opens_an_item() -> None:
    page = STORY + "강변 물든 단풍\n가람강 둔치에서 시민들이 단풍길을 걷고 있다. /김누리 기자\n"
    edition, trace = explain_text(page)
    story, photo = items(page)
    assert story["headline"] == "누리시 버스 노선 개편"
    assert edition.pages[0].items[0].jump_on is not None
    assert photo["headline"] == "강변 물든 단풍"
    assert AFTER_JUMP in trace.rule(edition.pages[0].items[1].id)


def test_the_next_storys_head_set_tight_over_its_column_under_a_jump_line_is_read() -> None:
    # The head set tight over its justified column: the block under the jump starts
    # fresh, so its head is cut from its text as under a byline.
    page = STORY + f"요금 동결\n{COLUMN}"
    edition, _ = explain_text(page)
    assert edition.pages[0].items[0].jump_on is not None
    story, second = items(page)
    assert story["headline"] == "누리시 버스 노선 개편"
    assert second["headline"] == "요금 동결"
    assert second["body"][0][1].startswith("누리시는 올해")


def test_a_captions_sentence_under_a_jump_line_stays_the_storys() -> None:
    # Near miss: a caption's sentence, no head, under the jump: the story's own photo.
    page = STORY + "누리시 시내버스가 정류장에 서 있다. (사진=누리시 제공)\n"
    edition, trace = explain_text(page)
    assert all(AFTER_JUMP not in trace.rule(item.id) for item in edition.pages[0].items)


def test_a_short_line_under_a_related_articles_line_opens_nothing_by_this_rule() -> None:
    # Near miss: '▶관련기사 3면' names a page but sends no story there.
    page = (
        STORY.replace("▶4면에 계속", "▶관련기사 3면")
        + "강변 물든 단풍\n가람강 둔치에서 시민들이 단풍길을 걷고 있다.\n"
    )
    edition, trace = explain_text(page)
    assert all(AFTER_JUMP not in trace.rule(item.id) for item in edition.pages[0].items)


def test_the_block_under_a_jump_line_starts_fresh_its_head_cut() -> None:
    paras = pages(STORY + f"요금 동결\n{COLUMN}")[0].paras
    cut = split_blocks(paras)
    heads = [p for p in cut if p.text == "요금 동결"]
    assert heads and heads[0].cut == HEAD_OVER_TEXT
