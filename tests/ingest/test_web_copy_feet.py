"""Web copy's foot: related links, notes to readers, copyright, tags, and what follows it."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import ONLINE_UNITS
from reader.ingest.credits import credit_suffix
from reader.ingest.lines import Line, Para
from reader.ingest.related_links import RELATED_LINK, RELATED_TITLE
from reader.ingest.web_foot import _REACTION, WEB_FOOT, foot_line, web_foot
from tests.ingest.rule_pages import FOOT_STORY, WEB
from tests.ingest.test_conventions import LEAD, MORE, items


def test_links_under_related_stories_are_bullets() -> None:
    [story] = items(WEB)
    assert story["body"][-3:] == [
        ("subhead", "관련기사"),
        ("bullet", "재단 이사장 “채용 절차 적법했다”"),
        ("bullet", "시의회, 출연기관 채용 전수조사 요구"),
    ]
    _, trace = explain_text(WEB)
    assert RELATED_LINK in trace.rule("p1-1", f"body.{len(story['body']) - 1}")


def test_a_marked_subhead_with_no_related_title_over_it_stays_a_subhead() -> None:
    text = (
        "시청 앞 광장 새단장\n\n"
        "시청 앞 광장이 석 달 공사를 마치고 23일 다시 문을 열었다.\n\n"
        "▶ 분수대 다시 가동\n\n"
        "광장 한가운데 분수대도 다시 물을 뿜기 시작했다.\n"
    )
    [story] = items(text)
    assert ("subhead", "분수대 다시 가동") in story["body"]
    assert credit_suffix("▲ 김 의원이 발언하고 있다.") is None  # a scene without a credit


def test_related_links_and_the_copyright_under_the_byline_stay_the_storys() -> None:
    text = (
        f"{FOOT_STORY}관련기사\n▶ 솔뫼천 생태 탐방로 새 단장\n▶ 밤길 안심 귀갓길 20곳 늘린다\n\n"
        "본문 글씨 크게 | 작게 | 인쇄 | 공유\n"
        "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지\n좋아요 8 슬퍼요 0 화나요 1\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["body"][-6:] == [
        ("subhead", "관련기사"),
        ("bullet", "솔뫼천 생태 탐방로 새 단장"),
        ("bullet", "밤길 안심 귀갓길 20곳 늘린다"),
        ("paragraph", "본문 글씨 크게 | 작게 | 인쇄 | 공유"),
        ("paragraph", "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지"),
        ("paragraph", "좋아요 8 슬퍼요 0 화나요 1"),
    ]
    assert [b[0] for b in item["bylines"]] == ["한가람"]
    assert WEB_FOOT in trace.rule("p1-1")


def test_a_new_story_after_the_byline_still_starts_an_item() -> None:
    # a headline that merely mentions sharing is no share line: it heads the next story
    text = (
        f"{FOOT_STORY}공유 자전거 300대 늘린다\n\n"
        "솔뫼시는 공유 자전거 300대를 내년 봄까지 더 들인다고 밝혔다.\n"
    )
    assert [item["headline"] for item in items(text)] == [
        "솔뫼천 산책로 야간 조명 켠다",
        "공유 자전거 300대 늘린다",
    ]


def test_a_related_title_without_links_is_no_foot() -> None:
    assert not web_foot([Para([Line("관련기사", 0)], 0)], 0)
    assert foot_line("공유하기 페이스북 카카오톡 URL복사")
    assert foot_line("본문 글씨 크게 | 작게 | 인쇄 | 공유")
    assert not foot_line("공유 자전거 300대 늘린다")


def test_a_long_run_of_counts_missing_its_text_is_no_reaction_line() -> None:
    # its time is the growth bench's ('좋아요 1 ' repeated): here, what it answers
    assert _REACTION.match("좋아요 1    " * 12 + "기사") is None
    assert _REACTION.match("좋아요 12 | 슬퍼요 3  화나요 0")


def test_a_features_numbered_parts_are_its_subheads_not_tags() -> None:
    # '#1' alone between a feature's paragraphs numbers its part; a tag names something
    text = (
        "한빛뉴스\n입력 2026.12.02 14:37\n\n겨울 바다의 사람들\n\n"
        "새벽 네 시, 항구는 이미 깨어 있다.\n\n#1\n\n"
        "경매사의 손짓에 따라 상자가 오간다. 한 상자에 몇 만원이 오르내린다.\n\n#2\n\n"
        "해가 뜨면 어선들이 다시 바다로 나간다.\n\n고은결 기자\n"
    )
    [story] = items(text)
    assert [b for b in story["body"] if b[1].startswith("#")] == [
        ("subhead", "#1"),
        ("subhead", "#2"),
    ]
    assert not foot_line("#1") and not foot_line("#12")
    assert foot_line("#광주") and foot_line("#2026년 #광주")


ONE_BLOCK = (
    "솔빛뉴스\nsolbit.kr\n사회\n\n누리시 공유 킥보드 견인 공방\n\n"
    "입력 2026.12.02 09:14\n기사 공유하기 페이스북 카카오톡 URL복사\n\n"
    "누리시 남구가 방치된 공유 킥보드의 견인 비용을 두고 업체들과 다투고 있다.\n"
    "남구 보도에 세워진 공유 킥보드들. 2일 오전 한 정류장 앞에 7대가 놓여 있었다. /솔빛뉴스\n"
    "다른 구도 사정은 비슷하다. 올해 견인한 킥보드는 9400대에 이른다.\n"
    "한누리 기자 nuri@solbit.kr\n"
    "ⓒ 솔빛뉴스, 무단 전재 및 재배포 금지\n#킥보드 #견인\n"
)


def test_a_caption_closed_by_its_credit_ends_its_line_in_a_web_copys_one_block() -> None:
    [item] = items(ONE_BLOCK)
    kinds = [kind for kind, _ in item["body"]]
    assert kinds[:3] == ["lead", "caption", "paragraph"]
    assert item["body"][1][1].endswith("/솔빛뉴스")
    assert item["body"][2][1].startswith("다른 구도 사정은 비슷하다.")
    _, trace = explain_text(ONE_BLOCK)
    assert ONLINE_UNITS in trace.rule("p1-1")


def test_a_caption_closed_by_its_credit_in_brackets_or_a_copyright_ends_its_line_too() -> None:
    # a web copy's paragraphs one a line, no blank line: the caption's credit does not
    # keep the block whole, so each paragraph stays its own
    caption = "남구 보도에 세워진 공유 킥보드들. 2일 오전 한 정류장 앞에 7대가 놓여 있었다."
    for credit in ("[사진=솔빛구]", "ⓒ솔빛뉴스 DB"):
        text = ONE_BLOCK.replace(
            f"{caption} /솔빛뉴스\n",
            f"남구는 보도에 30분 넘게 세워진 킥보드를 견인한다.\n{caption} {credit}\n"
            "업체들은 견인 전에 알려 달라고 요구한다.\n",
        )
        [item] = items(text)
        assert [kind for kind, _ in item["body"]][:5] == [
            "lead",
            "paragraph",
            "caption",
            "paragraph",
            "paragraph",
        ]
        assert item["body"][2][1] == f"{caption} {credit}"
        assert item["body"][3][1] == "업체들은 견인 전에 알려 달라고 요구한다."


def test_a_wrapped_line_breaking_inside_a_bracketed_word_runs_on() -> None:
    # '[사진' at a line's end, no credit closing it: the sentence goes on
    text = (
        "누리시 사진 공모전\n\n"
        "누리시는 올해 시민들이 보내온 풍경 사진 가운데 120점을 골라 [사진\n"
        "공모전] 수상작으로 정하고 다음 달 시청 1층에서 전시한다고 2일 밝혔다. 시는\n"
        "내년에도 공모전을 열 계획이다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead"]


def test_a_wrapped_line_with_a_slash_inside_its_sentence_runs_on() -> None:
    # the slash is no credit at the line's end: a narrow column's paragraph goes on
    text = (
        "누리시 예산 확정\n\n"
        "누리시의회는 내년 예산 가운데 1/4을 복지에\n"
        "쓰기로 했다고 2일 밝혔다.\n"
    )
    [item] = items(text)
    assert item["body"] == [
        ("lead", "누리시의회는 내년 예산 가운데 1/4을 복지에 쓰기로 했다고 2일 밝혔다.")
    ]


NOTE = "※ 누리뉴스는 독자의 제보를 받습니다. 제보: tip@nuri.example"


SIGNED = (
    "누리시 버스 요금 동결\n\n"
    "누리시는 내년 시내버스 요금을 올리지 않기로 했다고 2일 밝혔다.\n\n"
    "시는 대신 노선 세 곳을 늘린다.\n"
    "한누리 기자 nuri@nuri.example\n"
)


def test_a_note_to_readers_under_the_byline_is_the_storys_last_paragraph() -> None:
    text = f"{SIGNED}{NOTE}\n\n저작권자 © 누리뉴스 무단전재 및 재배포 금지\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert ("paragraph", NOTE) in item["body"]
    assert len(edition.pages[0].items) == 1 and WEB_FOOT in trace.rule("p1-1")


def test_a_headline_after_the_byline_and_its_note_still_opens_the_next_story() -> None:
    text = (
        f"{SIGNED}{NOTE}\n\n누리시 새 도서관 문 연다\n\n누리시는 새 도서관을 3일 연다고 밝혔다.\n"
    )
    first, second = items(text)
    assert ("paragraph", NOTE) in first["body"]
    assert second["headline"] == "누리시 새 도서관 문 연다"
    assert not web_foot([Para([Line("※" + "가" * 200, 0)])], 0)


def test_the_related_title_over_its_links_is_a_subhead_after_short_lines_too() -> None:
    # the lines above are short (a contact box), so no 'alone between paragraphs' reading
    # makes the title a subhead: its links do
    text = (
        "솔뫼천 산책로 야간 조명 켠다\n\n"
        "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
        "■ 문의\n솔뫼시 공원과 한누리 주무관\n전화 061-555-0142\n\n"
        "한가람 기자 garam@solmoe.kr\n\n"
        "관련기사\n▶ 솔뫼천 생태 탐방로 새 단장\n▶ 밤길 안심 귀갓길 20곳 늘린다\n\n"
        "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지\n"
    )
    [item] = items(text)
    assert item["body"][-4:-1] == [
        ("subhead", "관련기사"),
        ("bullet", "솔뫼천 생태 탐방로 새 단장"),
        ("bullet", "밤길 안심 귀갓길 20곳 늘린다"),
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-1", "body.4") == f"units: {RELATED_TITLE}"


def test_a_related_title_over_plain_lines_or_a_line_giving_an_address_is_no_subhead() -> None:
    # no '▶' link under it: the line is text as printed
    text = (
        "솔뫼천 산책로 야간 조명 켠다\n\n"
        "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
        "■ 문의\n솔뫼시 공원과 한누리 주무관\n전화 061-555-0142\n\n"
        "관련기사\n솔뫼천 생태 탐방로 새 단장\n"
    )
    assert all(("subhead", "관련기사") not in item["body"] for item in items(text))
    # a line giving an address between paragraphs is never a subhead
    tip = "제보 garam@solmoe.kr"
    [item] = items(f"{FOOT_STORY.split(chr(10))[0]}\n\n{LEAD}\n\n{tip}\n\n{MORE}\n")
    assert ("paragraph", tip) in item["body"]


def test_short_lines_under_a_byline_with_no_foot_below_start_an_item() -> None:
    # no related links or copyright under them: a new story's headline, not a site's lines
    text = f"{FOOT_STORY}솔뫼시 새해 예산 2조 넘어\n\n{LEAD}\n"
    got = items(text)
    assert len(got) == 2 and got[1]["headline"] == "솔뫼시 새해 예산 2조 넘어"
