"""The eleventh blind set's misses as conventions (issue 14, thirteenth round), on small
made-up examples of their own. Every name is invented."""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, MORE, items

# --- bylines at an item's end, and over the lead ------------------------------------


def test_a_reporter_named_with_a_desk_before_the_title_is_the_byline() -> None:
    [item] = items(f"다리 놓인 섬\n\n{LEAD}\n\n{MORE}\n\n한누리 사회부 기자\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한누리", "사회부 기자", None, None)]


def test_a_credit_whose_role_is_only_its_note_is_the_byline() -> None:
    text = (
        f"섬마을 분교의 1박 2일\n\n{LEAD}\n\n{MORE}\n\n"
        "아이들이 운동장에 지도를 그리고 있다.\nⓒ 한누리\n\n"
        "글·사진=한누리(누리중 3학년)\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("caption", "아이들이 운동장에 지도를 그리고 있다.\nⓒ 한누리")
    assert item["bylines"] == [("한누리", "누리중 3학년", None, None)]


def test_a_dateline_byline_in_lenticular_brackets_over_the_lead_is_the_byline() -> None:
    [item] = items(f"용접공 더 온다\n\n【누리=한가람 기자】 {LEAD}\n\n{MORE}\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한가람", "기자", None, "누리")]
