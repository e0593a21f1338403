"""What stands between a story's paragraphs (issue 14, ninth round), on small made-up
examples: a caption credited '/사진=NAME 기자', a bare subhead right after a caption in a
signed story, and a numbered step after a blank line under an unfinished line
('재료: …'). Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
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


def test_a_line_naming_a_scene_between_paragraphs_is_a_caption() -> None:
    scene = "누리천 둑길을 따라 벚꽃이 활짝 핀 모습."
    [item] = items(f"{HEAD}{LEAD}\n\n{scene}\n\n{MORE}\n")
    assert item["body"] == [("lead", LEAD), ("caption", scene), ("paragraph", MORE)]


def test_a_short_sentence_ending_in_a_verb_stays_a_paragraph() -> None:
    short = "축제는 다음 주에 열린다."
    [item] = items(f"{HEAD}{LEAD}\n\n{short}\n\n{MORE}\n")
    assert item["body"][1] == ("paragraph", short)


def test_a_line_marked_as_a_photo_is_a_caption() -> None:
    marked = "〈寫眞〉 十六日 午後 누리驛 앞에서 市民들이 버스를 기다리고 있다."
    [item] = items(f"{HEAD}{LEAD}\n\n{MORE}\n\n{marked}\n")
    assert item["body"][-1] == ("caption", marked)


def test_a_signature_with_a_note_under_the_headline_signs_the_contribution() -> None:
    signer = "한가람 누리대병원 응급의학과 교수(누리응급의학회 정책이사)"
    [item] = items(f"[기고] 응급실, 사람이 먼저다\n\n{signer}\n\n{LEAD}\n\n{MORE}\n")
    assert item["subheadline"] is None
    assert [b[:2] for b in item["bylines"]] == [("한가람", "누리대병원 응급의학과 교수")]


def test_an_interviewees_line_under_the_headline_stays_the_subheadline() -> None:
    person = "한가람 누리대 교수(전 총장)"
    text = (
        f"“응급실은 사람이다”\n\n{person}\n\n- 왜 지금인가.\n\n{LEAD}\n\n- 다음 계획은.\n\n{MORE}\n"
    )
    [item] = items(text)
    assert item["subheadline"] == person


def test_explain_names_the_caption_and_signature_rules() -> None:
    scene = "누리천 둑길을 따라 벚꽃이 활짝 핀 모습."
    marked = "<사진> 누리역 앞에서 시민들이 버스를 기다리고 있다."
    signer = "한가람 누리대병원 응급의학과 교수(누리응급의학회 정책이사)"
    text = f"[기고] 응급실, 사람이 먼저다\n\n{signer}\n\n{LEAD}\n\n{scene}\n\n{MORE}\n\n{marked}\n"
    _, trace = explain_text(text)
    notes = " | ".join(trace.notes.values())
    assert "a line naming a scene" in notes
    assert "a photo's mark before its caption" in notes
    assert "a title under a contribution's headline sign the piece" in notes


def test_a_person_under_a_headline_tagged_as_a_contribution_signs_it() -> None:
    [item] = items(f"[시론] 응급실, 사람이 먼저다\n\n한가람 누리대 교수\n\n{LEAD}\n\n{MORE}\n")
    assert item["subheadline"] is None
    assert [b[:2] for b in item["bylines"]] == [("한가람", "누리대 교수")]


def test_a_person_under_an_untagged_headline_stays_the_subheadline() -> None:
    [item] = items(f"응급실, 사람이 먼저다\n\n한가람 누리대 교수\n\n{LEAD}\n\n{MORE}\n")
    assert item["subheadline"] == "한가람 누리대 교수"
