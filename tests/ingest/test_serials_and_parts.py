"""Serials and numbered parts, on small made-up examples: a serial column's part labels and
its credit, an installment's synopsis, chapter and closing note, numbered parts that go on with
their item or head the next. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.part_numbers import PART_GOES_ON, PART_HEAD
from reader.ingest.serials import CHAPTER_TITLE, SERIAL_PART
from reader.ingest.units import PART_RULE
from tests.ingest.test_conventions import LEAD, items

BADUK = (
    "바둑\n"
    "[제9기 누리배 아마 최강전] 8강 제1국\n"
    "우상귀 실리 vs 중앙 세력\n"
    "흑 한가람 아마 7단 · 백 오누리 아마 6단\n"
    "<제1보>(1~30)\n"
    "흑이 실리를 챙기자 백은 중앙을 두텁게 만들었다. 흑15가 날카로운 수였다.\n"
    "‹제2보›(31~58)\n"
    "백은 하변을 키우며 흑을 압박했다. 흑47의 붙임이 묘수였다.\n"
    "해설=서하늘 프로 5단\n"
    "[오늘의 묘수풀이] 흑선 활\n"
    "귀의 흑돌을 살리는 수순을 찾아보세요. 정답은 다음 주에 싣습니다.\n"
)


def test_a_serial_columns_part_labels_are_subheads_and_its_credit_closes_it() -> None:
    first, second = items(BADUK)
    assert first["deck"] == ["우상귀 실리 vs 중앙 세력", "흑 한가람 아마 7단 · 백 오누리 아마 6단"]
    assert [kind for kind, _ in first["body"]] == ["subhead", "paragraph", "subhead", "paragraph"]
    assert first["body"][0] == ("subhead", "<제1보>(1~30)")
    assert first["bylines"] == [("서하늘", "프로 5단", None, None)]
    assert second["headline"] == "[오늘의 묘수풀이] 흑선 활"


def test_explain_names_the_part_label_rule() -> None:
    _, trace = explain_text(BADUK)
    assert any(PART_RULE in why for why in trace.notes.values())


PARTS = (
    "누리천 정비 사업의 쟁점\n\n"
    "Ⅰ. 사업의 개요\n\n"
    "누리시는 2024년부터 누리천 하류 4㎞ 구간의 제방을 높이고 산책로를 새로 냈다.\n\n"
    "Ⅱ. 주민의 요구\n\n"
    "하류 주민들은 공사 기간 동안 임시 통행로를 마련해 달라고 요구했다.\n\n"
    "Ⅲ. 남은 과제\n\n"
    "1. 예산의 확보\n\n"
    "시는 내년 예산에 남은 공사비 120억원을 반영하기로 했다.\n"
)


def test_a_part_after_one_the_item_printed_goes_on_with_it() -> None:
    [piece] = items(PARTS)
    assert piece["headline"] == "누리천 정비 사업의 쟁점"
    assert ("subhead", "Ⅱ. 주민의 요구") in piece["body"]
    assert ("subhead", "Ⅲ. 남은 과제") in piece["body"]
    _, trace = explain_text(PARTS)
    assert PART_GOES_ON in trace.rule("p1-1")
    assert PART_HEAD in trace.notes.values()


def test_a_first_numbered_part_after_finished_text_may_still_head_an_item() -> None:
    text = (
        "누리시, 하천 정비 마무리\n\n"
        "누리시는 누리천 하류 4㎞ 구간의 정비를 마쳤다고 3일 밝혔다.\n\n"
        "Ⅱ. 주민의 요구\n\n"
        "하류 주민들은 공사 기간 동안 임시 통행로를 마련해 달라고 요구했다.\n"
    )
    _, trace = explain_text(text)
    assert all(PART_GOES_ON not in rule for rule in trace.notes.values())


SERIAL = (
    "THE MILL ON COLD CREEK\n"
    "By ANNA REED HOLT\n\n"
    "SYNOPSIS.\n"
    "Martha Kell, alone at the mill since\n"
    "her father's death, finds the old deed.\n\n"
    "CHAPTER IX.\n"
    "The Light on the Dam.\n\n"
    "It was past midnight when Martha woke\n"
    "to the sound of the sluice gate.\n\n"
    "(TO BE CONTINUED.)\n"
)


def test_a_serials_synopsis_chapter_and_closing_note_stay_in_its_installment() -> None:
    _, trace = explain_text(SERIAL)
    [item] = items(SERIAL)
    assert item["headline"] == "THE MILL ON COLD CREEK"
    assert [kind for kind, _ in item["body"]] == [
        "subhead",
        "paragraph",
        "subhead",
        "subhead",
        "paragraph",
        "paragraph",
    ]
    assert item["body"][2:4] == [("subhead", "CHAPTER IX."), ("subhead", "The Light on the Dam.")]
    assert item["body"][-1] == ("paragraph", "(TO BE CONTINUED.)")
    assert SERIAL_PART in trace.rule("p1-1", "body.2")
    assert CHAPTER_TITLE in trace.rule("p1-1", "body.3")


def test_a_headline_that_names_a_chapter_in_a_sentence_is_no_serial_part() -> None:
    text = (
        "CHAPTER HOUSE REOPENS\n\n"
        "The old chapter house on Elm street will reopen Monday.\n\n"
        "LODGE ELECTS OFFICERS\n\n"
        "The lodge elected its officers for the year on Tuesday night.\n"
    )
    _, trace = explain_text(text)
    assert [it["headline"] for it in items(text)] == [
        "CHAPTER HOUSE REOPENS",
        "LODGE ELECTS OFFICERS",
    ]
    assert all(SERIAL_PART not in why for why in trace.notes.values())


LIBRARY = "나라시 도서관은 다음 달부터 밤 10시까지 문을 연다. 시민 누구나 이용할 수 있다."


def test_a_numbered_part_after_a_reporters_byline_starts_the_next_piece() -> None:
    text = (
        f"가람시 예산 해설\n\nⅠ. 개요\n\n{LEAD}\n\nⅡ. 쟁점\n\n{LEAD}\n\n홍길동 기자\n\n"
        f"Ⅲ. 나라시 도서관 안내\n\n{LIBRARY}\n"
    )
    story, notice = items(text)
    assert story["bylines"][0][:2] == ("홍길동", "기자")
    assert notice["headline"] == "Ⅲ. 나라시 도서관 안내"
