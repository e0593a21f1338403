"""A broadcast interview printed as a transcript (issue 14, ninth round), on small
made-up examples: '■ WORD : …' header lines, then speaker lines 'NAME>' (marked '◇'/'◆'
or not); the first to speak is the host, who asks. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import items, parse

HEAD = (
    "[라디오 초대석] “골목 축제, 주민이 주인입니다”\n\n"
    "■ 방송 : 누리FM ‘저녁의 대화’(FM 90.1, 18:00~19:00)\n"
    "■ 진행 : 한가람 아나운서\n"
    "■ 대담 : 서누리 누리구 축제추진위원장\n\n"
)
TURNS = (
    "◇ 한가람> 올해 축제는 무엇이 달라집니까?\n\n"
    "◆ 서누리> 주민들이 직접 무대를 꾸밉니다. 상인회도 함께합니다.\n\n"
    "◇ 한가람> 고맙습니다.\n\n"
    "◆ 서누리> 감사합니다.\n"
)


def test_speaker_lines_are_questions_and_answers_and_the_header_is_deck_and_byline() -> None:
    [item] = items(HEAD + TURNS)
    assert item["headline"] == "[라디오 초대석] “골목 축제, 주민이 주인입니다”"
    assert item["deck"] == [
        "방송 : 누리FM ‘저녁의 대화’(FM 90.1, 18:00~19:00)",
        "대담 : 서누리 누리구 축제추진위원장",
    ]
    assert [b[0] for b in item["body"]] == ["question", "answer", "question", "answer"]
    assert item["body"][1] == ("answer", "주민들이 직접 무대를 꾸밉니다. 상인회도 함께합니다.")
    assert item["bylines"] == [("한가람", "아나운서", None, None)]


def test_unmarked_speakers_alternate_from_the_first_to_speak() -> None:
    turns = "한가람> 준비는 잘 됩니까?\n\n서누리> 네, 거의 끝났습니다.\n\n한가람> 고맙습니다.\n"
    [item] = items("[라디오 초대석] 골목 축제 준비\n\n" + turns)
    assert [b[0] for b in item["body"]] == ["question", "answer", "question"]
    assert item["body"][0] == ("question", "준비는 잘 됩니까?")


def test_a_transcript_full_of_marks_is_no_ad() -> None:
    edition = parse(HEAD + TURNS)
    assert type(edition.pages[0].items[0]).__name__ == "Article"


def test_a_marked_info_line_in_a_story_keeps_its_mark() -> None:
    lead = "누리구가 골목 축제를 연다. 주민들이 무대를 꾸민다."
    text = f"골목 축제 연다\n\n{lead}\n\n■ 일시 : 5월 3일 오후 2시\n"
    [item] = items(text)
    assert item["deck"] == []
    assert "일시 : 5월 3일 오후 2시" in item["body"][-1][1]


def test_explain_names_the_speaker_rules() -> None:
    _, trace = explain_text(HEAD + TURNS)
    notes = " | ".join(trace.notes.values())
    assert "the first to speak: the host asks" in notes
    assert "a guest answers" in notes
    assert "a transcript's header line" in notes
    assert "a broadcast's host" in notes
