"""What stands between a story's paragraphs (issue 14, ninth round), on small made-up
examples: a caption credited '/사진=NAME 기자', a bare subhead right after a caption in a
signed story, and a numbered step after a blank line under an unfinished line
('재료: …'). Every name is invented."""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, MORE, items

HEAD = "누리대 축제, 비로 하루 미뤄\n\n"
CAPTION = "지난 3일 누리대 본관 앞 무대가 비어 있는 모습이다. /사진=한가람 기자"
AFTER = "축제 준비위원회는 일정을 다시 짜기로 했다. 공연팀에도 알렸다."


def test_a_caption_credited_after_a_slash_with_its_photographer() -> None:
    [item] = items(f"{HEAD}{LEAD}\n\n{CAPTION}\n\n{MORE}\n\n서누리 기자\n")
    assert item["body"][1] == ("caption", CAPTION)


def test_a_bare_subhead_after_a_caption_stays_in_the_signed_story() -> None:
    text = f"{HEAD}{LEAD}\n\n{MORE}\n\n{CAPTION}\n\n일정 다시 짜기로\n\n{AFTER}\n\n서누리 기자\n"
    [item] = items(text)
    assert [b[0] for b in item["body"]] == ["lead", "paragraph", "caption", "subhead", "paragraph"]
    assert item["body"][3] == ("subhead", "일정 다시 짜기로")
    assert [b[0] for b in item["bylines"]] == ["서누리"]


def test_a_numbered_step_after_a_blank_line_is_a_paragraph_of_its_own() -> None:
    makings = "재료: 두부 1모, 대파 1대, 양파 반 개, 간장 2큰술, 설탕 1큰술, 물 1컵, 깨 약간"
    step = "1. 두부는 물기를 빼고 도톰하게 썬다."
    [item] = items(f"두부 조림 한 접시\n\n{LEAD}\n\n{makings}\n\n{step}\n")
    assert item["body"][1:] == [("paragraph", makings), ("paragraph", step)]


def test_a_sentence_cut_by_a_column_break_is_still_joined() -> None:
    cut = "누리대 봄 축제가 주말 내내 이어진 비와 강한 바람 때문에 학생회가 처음 정한 날짜보다"
    rest = "하루 미뤄졌다. 준비위가 밝혔다."
    [item] = items(f"{HEAD}{LEAD}\n\n{cut}\n\n{rest}\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", f"{cut} {rest}")]
