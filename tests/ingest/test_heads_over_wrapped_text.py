"""A story set as one block: its headline broken short over its wrapped text, with no
blank line between, after finished text or at the page's top (round forty-three). Korean
blocks, then English ones; each rule with a near miss it must not fire on. Every name and
fact is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brief_blocks import contact_end
from reader.ingest.en_blocks import over_wrapped
from reader.ingest.en_heads import HEAD_OVER_BYLINE, HEAD_TIGHT_OVER_PROSE
from reader.ingest.head_blocks import HEAD_IN_STORY, HEAD_OVER_TEXT, head_lines
from reader.ingest.lines import Line
from tests.ingest.test_conventions import items


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


SIGNED = (
    "누리시, 골목상권 지원 두 배로\n\n"
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다. 시는 청년에게\n"
    "임대료를 지원하고 빈 점포를 공방으로 바꾸는 사업도 함께 벌인다.\n\n"
    "한가람 기자\n\n"
)
BLOCK = (
    "강변 산책로 야간 조명 켠다\n"
    "누리시는 강변 산책로 3㎞ 구간에 야간 조명 120개를 새로\n"
    "달아 다음 달 1일부터 밤 11시까지 켠다고 밝혔다. 시는\n"
    "산책로 곳곳에 비상벨 12개도 함께 설치했다.\n"
)


def test_a_story_set_as_one_block_after_a_signed_story_is_an_item_of_its_own() -> None:
    text = f"{SIGNED}{BLOCK}"
    first, second = items(text)
    assert second["headline"] == "강변 산책로 야간 조명 켠다"
    assert second["body"][0][1].startswith("누리시는 강변 산책로 3㎞ 구간에")
    assert first["body"][-1][1].endswith("공방으로 바꾸는 사업도 함께 벌인다.")
    _, trace = explain_text(text)
    assert HEAD_OVER_TEXT in trace.rule("p1-2")


def test_a_headline_and_its_deck_over_wrapped_text_at_the_pages_top() -> None:
    text = (
        "누리상사, 신임 임원 4명 선임\n"
        '영업·연구 강화… "현장 아는 세대로"\n'
        "누리상사는 12월 1일자로 신임 임원 4명을 선임했다고 27일 밝혔다. 이번 인사는 영업과 연구\n"
        "분야에 집중됐다. 회사는 지난해 연구소를 새로 연 뒤 특허 출원이 두 배로 늘었다.\n"
    )
    [item] = items(text)
    assert item["headline"] == "누리상사, 신임 임원 4명 선임"
    assert item["deck"] == ['영업·연구 강화… "현장 아는 세대로"']


def test_a_bracketed_kickers_head_at_the_pages_top_needs_no_margin() -> None:
    # a narrow column: the head is nearly as wide as the text, but its kicker marks it
    text = (
        "[관리소 알림] 겨울철 수도 동파 예방 안내\n"
        "영하 10도 이하 한파가 예보되면 세대 내 수도꼭지를\n"
        "조금 열어 물이 흐르게 해 주십시오. 계량기함 안의\n"
        "보온재가 젖은 세대는 관리소로 알려 주십시오.\n\n"
        "장기간 집을 비우실 때는 보일러를 외출 모드로 두시기 바랍니다.\n"
    )
    [item] = items(text)
    assert item["headline"] == "[관리소 알림] 겨울철 수도 동파 예방 안내"
    assert item["body"][0][1].startswith("영하 10도 이하 한파가")


def test_a_wrapped_paragraphs_first_line_is_no_head() -> None:
    # the near miss: the column broke the first line (the next word would not have fitted)
    assert not head_lines(
        _lines(
            "누리시는 올해 골목상권 지원 예산을 두 배로",
            "늘렸다고 18일 밝혔다. 시는 청년 상인에게 임대료를",
            "지원한다.",
        )
    )
    # a narrow column wrapped loosely: the next word would have fitted, but a plain line
    # nearly as wide as the text under it may be the column's still
    assert not head_lines(
        _lines(
            "영하 10도 이하 한파가 예보되면",
            "세대 내 수도꼭지를 조금 열어 주십시오.",
            "물이 흐르게요.",
        )
    )


def test_a_title_word_a_numbered_part_or_a_notice_closed_by_its_contact_is_left() -> None:
    text = (
        "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다. 시는",
        "청년 상인에게 임대료를 준다.",
    )
    assert head_lines(_lines("강변 산책로 야간 조명 켠다", *text)) == 1
    # one line of text under it is brief_blocks.py's
    assert not head_lines(_lines("강변 산책로 야간 조명 켠다", text[0] + text[1]))
    assert not head_lines(_lines("공고", *text))  # a title word over a notice
    assert not head_lines(_lines("Ⅱ. 대상판결의 요지", *text))  # a numbered part
    assert not head_lines(_lines("2. 법원의 판단", *text))
    notice = _lines("강변 산책로 야간 조명 켠다", *text, "문의 누리시 공원과 061-000-1234")
    assert not head_lines(notice)  # a notice read whole by the ads


def test_a_contact_line_closes_a_notice_and_the_block_under_it_starts_fresh() -> None:
    assert contact_end("문의 총동창회 사무국 02-3471-5520, alumni@nuri.kr")
    assert contact_end("문의 총동창회 사무국 02-3471-5520")
    assert not contact_end("후원 문의는 02-3471-5520으로 하면 된다는 안내가")
    text = (
        "[알림] 동문 장학생 선발\n"
        "장학재단은 2027학년도 동문 장학생을 다음과 같이 뽑습니다. 신청은 1월 22일까지 받습니다.\n"
        "문의 총동창회 사무국 02-3471-5520\n\n"
        "동문 골프대회 성황\n"
        "총동창회는 지난달 14일 솔내CC에서 제12회 동문 친선 골프대회를 열었다. 동문 96명이\n"
        "참가했다.\n"
    )
    first, second = items(text)
    assert second["headline"] == "동문 골프대회 성황"


ENGLISH_STORY = (
    "Council fixes sidewalks\n\n"
    "The town council voted 5-2 on Monday night to spend $184,000 on sidewalk repairs along\n"
    "Main Street next spring, the clerk said after the meeting.\n\n"
)


def test_a_sentence_case_head_set_tight_over_its_prose_opens_the_next_item() -> None:
    text = (
        f"{ENGLISH_STORY}"
        "Library fines scrapped\n"
        "The town's public libraries will stop charging late fees from January 1, the board"
        " said on Tuesday after a vote.\n"
    )
    first, second = items(text)
    assert second["headline"] == "Library fines scrapped"
    _, trace = explain_text(text)
    assert HEAD_TIGHT_OVER_PROSE in trace.rule("p1-2")


def test_a_subhead_set_apart_a_title_case_one_or_a_day_stays_in_the_story() -> None:
    for head, sep in (
        ("What happens next", "\n\n"),  # set apart from its text: a story's subhead
        ("Public Comment", "\n"),  # title case over minutes
        ("Monday, March 31", "\n"),  # a log's day over its entries
    ):
        text = (
            f"{ENGLISH_STORY}{head}{sep}"
            "The clerk will publish the repair schedule next week, and residents may ask"
            " questions at the hall on Thursday.\n"
        )
        [item] = items(text)
        assert item["headline"] == "Council fixes sidewalks"


def test_an_english_head_over_its_wrapped_text_is_cut_from_it() -> None:
    lines = _lines(
        "Rink gets lights",
        "The recreation board has asked the council for money",
        "to put lights on the outdoor rink behind the school,",
        "so families can skate after supper.",
    )
    assert over_wrapped(lines)
    # the near misses: a first line the column broke, and one whose sentence runs on in
    # lower case
    assert not over_wrapped(
        _lines(
            "The recreation board has asked the council for",
            "money to put lights on the outdoor rink behind the",
            "school, so families can skate after supper.",
        )
    )
    assert not over_wrapped(
        _lines("Sunday School", "will meet at ten o'clock in the church basement,", "as usual.")
    )


def test_a_head_block_over_its_byline_set_apart_after_a_caption_is_a_new_story() -> None:
    text = (
        "Court sets aside land grant\n\n"
        "The High Court on Tuesday set aside the grant of 14 acres of public land to a housing"
        " society, finding undue haste in the transfer.\n\n"
        "Residents celebrate outside the High Court on Tuesday. — PHOTO: ARVIND ROY\n\n"
        "Monsoon plan marks 212 villages\n"
        "as prone to floods\n\n"
        "By Meena Varadan\n\n"
        "The disaster authority has listed 212 villages along the river as prone to floods this"
        " year, nearly double last year's list.\n"
    )
    first, second = items(text)
    assert second["headline"].startswith("Monsoon plan marks 212 villages")
    _, trace = explain_text(text)
    assert HEAD_OVER_BYLINE in trace.rule("p1-2")


def test_a_byline_under_a_story_set_apart_is_no_head_blocks() -> None:
    # the near miss: a story whose text ends with a sentence, its byline after a blank line
    text = (
        "Council fixes sidewalks\n\n"
        "The town council voted 5-2 on Monday night to spend $184,000 on sidewalk repairs.\n\n"
        "By Dana Kowal\n"
    )
    [item] = items(text)
    assert item["headline"] == "Council fixes sidewalks"


UNSIGNED = (
    "누리시, 골목상권 지원 두 배로\n\n"
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다. 시는 청년에게\n"
    "임대료를 지원하고 빈 점포를 공방으로 바꾸는 사업도 함께 벌인다.\n\n"
)


PLAIN = BLOCK.replace("강변 산책로 야간 조명 켠다", "강변 산책로의 새 불빛")  # a noun phrase


def test_after_a_storys_sentence_a_run_of_such_blocks_or_a_punctuated_head_are_items() -> None:
    run = (
        f"{UNSIGNED}{PLAIN}\n"
        "해변 쓰레기 줍기 행사\n"
        "누리군 주민 300여 명은 지난 주말 해변에서 쓰레기 줍기 행사를 열고 2t 가까운\n"
        "쓰레기를 치웠다.\n"
    )
    assert [it["headline"] for it in items(run)] == [
        "누리시, 골목상권 지원 두 배로",
        "강변 산책로의 새 불빛",
        "해변 쓰레기 줍기 행사",
    ]
    # a predicate's '다' without a stop is a headline's own punctuation
    assert items(f"{UNSIGNED}{BLOCK}")[1]["headline"] == "강변 산책로 야간 조명 켠다"
    # the near miss: one plain block after the story's sentence is the story's part
    # (test_article_ends.test_short_line_at_a_blocks_top_after_a_sentence_stays_in_the_story)
    [story] = items(f"{UNSIGNED}{PLAIN}")
    assert ("subhead", "강변 산책로의 새 불빛") in story["body"]
    _, trace = explain_text(f"{UNSIGNED}{PLAIN}")
    assert HEAD_IN_STORY in trace.rule("p1-1")
