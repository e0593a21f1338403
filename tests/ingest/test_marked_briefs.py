"""'▲' briefs and cartoons (issue 14, fourth round), on small made-up examples: a
'▲headline' line over a sentence line is a brief, an item of its own whose headline
reads without the marker; a '▲' question stays a question; a cartoon's words over its
'그림=' credit are its caption. Sixth round: '■'/'◇' headlines over sentences under a
title are briefs too; '▲' entries one under another are bullets. A title over marked
briefs after a story or a caption opens an item, each brief too; the last '▲' entry of
a run over a sentence is one more entry. Every name and fact is invented.
"""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.caption_over_credit import CAPTION_OVER_CREDIT
from reader.ingest.entries import NAMED_ENTRY_RULE, entry_run
from reader.ingest.lines import Line
from reader.ingest.story_ends import TITLE_OVER_BRIEFS
from reader.ingest.units import GLOSS, GLOSS_RULE
from tests.ingest.rule_pages import MAP
from tests.ingest.test_conventions import LEAD, MORE, items

STORY = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n한가람 기자\n\n"
BRIEFS = (
    "군의회 소식\n\n"
    "▲이수민 의원, 청년 창업 지원 조례 대표발의\n"
    "이수민 의원은 청년 창업 공간의 임대료를 2년간 지원하는 조례안을 대표발의했다고 3일 밝혔다.\n"
    "▲행정위, 읍사무소 민원 창구 점검\n"
    "행정위원회는 4일 읍사무소 세 곳을 찾아 민원 창구 운영 상황을 점검했다.\n"
)


def test_triangle_headlines_over_sentences_are_briefs_each_an_item() -> None:
    got = items(STORY + BRIEFS)
    assert [it["headline"] for it in got] == [
        "누리시, 골목상권 지원 두 배로",
        "군의회 소식",
        "이수민 의원, 청년 창업 지원 조례 대표발의",
        "행정위, 읍사무소 민원 창구 점검",
    ]
    assert got[3]["body"] == [
        ("lead", "행정위원회는 4일 읍사무소 세 곳을 찾아 민원 창구 운영 상황을 점검했다.")
    ]


def test_triangle_lines_of_an_interview_stay_questions() -> None:
    """'▲ 계기는.' over its answer is a question: it ends with punctuation."""
    text = (
        "섬 진료 30년\n\n▲ 계기는.\n\n△ 병원선을 처음 탔을 때다. 떠날 수 없었다.\n\n"
        "▲ 계획은.\n\n△ 계속 배를 탄다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]


def test_cartoon_title_words_and_drawing_credit() -> None:
    """'그림=NAME 화백' credits a cartoon as '사진=' a photo: the words above it are the
    cartoon's caption, its title the headline, and the credit who drew it; it opens an
    item after an editorial's text though the editorial has no byline."""
    text = (
        f"[사설] 골목상권 지원, 속도보다 방향\n\n{LEAD}\n\n"
        '누리만평\n"버스는 오는데 정류장이 없네"\n그림=한가람 화백\n'
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["[사설] 골목상권 지원, 속도보다 방향", "누리만평"]
    assert got[1]["body"] == [("caption", '"버스는 오는데 정류장이 없네"')]
    assert [b[:2] for b in got[1]["bylines"]] == [("한가람", "화백")]


# --- sixth round: '■'/'◇' briefs under a title, '▲' entries in an article -------------

SQUARE_BRIEFS = (
    "경찰·소방 소식\n"
    "■ 주차 다툼 끝에 이웃 때린 40대 입건\n"
    "누리경찰서는 주차 문제로 다투다 이웃을 때린 혐의로 A(41)씨를 입건했다고 3일 밝혔다.\n"
    "■ 새벽 창고 화재로 1억 원 피해\n"
    "3일 새벽 누리시 남구의 한 창고에서 불이 나 1억 원의 재산 피해가 났다.\n"
)


@pytest.mark.parametrize("mark", ["■ ", "◇"])
def test_marked_headlines_under_a_title_are_briefs_each_an_item(mark: str) -> None:
    got = items(STORY + SQUARE_BRIEFS.replace("■ ", mark))
    assert [it["headline"] for it in got] == [
        "누리시, 골목상권 지원 두 배로",
        "경찰·소방 소식",
        "주차 다툼 끝에 이웃 때린 40대 입건",
        "새벽 창고 화재로 1억 원 피해",
    ]
    assert "body" not in got[1] or got[1]["body"] == []
    assert [kind for kind, _ in got[2]["body"]] == ["lead"]


def test_short_marked_parts_under_a_title_stay_subheads() -> None:
    """'■ 상추' names a part of the column under its title: no brief's headline."""
    text = (
        STORY + "이달의 텃밭 일\n\n■ 상추\n모종을 심고 물을 흠뻑 준다.\n\n"
        "■ 감자\n싹이 난 씨감자를 심는다.\n"
    )
    got = items(text)
    assert [kind for kind, _ in got[-1]["body"]] == ["subhead", "paragraph", "subhead", "paragraph"]


def test_triangle_entries_of_a_listing_in_an_article_are_bullets() -> None:
    """'▲기호1 …(54·변호사)' lines one under another, in a signed story: entries, not
    photo captions, and the story stays an article with its lead."""
    text = (
        "누리군수 선거 3파전\n\n한가람 기자\n\n"
        "누리군수 선거에 세 명이 등록했다. 군 선거관리위원회가 3일 밝혔다.\n\n"
        "◇군수\n▲기호1 한빛당 한누리(54·전 부군수)\n▲기호2 누리당 한별(49·변호사)\n"
        "▲기호3 무소속 한솔(61·사업가)\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "subhead", "bullet", "bullet", "bullet"]
    assert item["body"][2] == ("bullet", "기호1 한빛당 한누리(54·전 부군수)")


def test_a_lone_triangle_line_describing_a_scene_stays_a_caption() -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n▲누리시장 골목을 걷는 시민들.\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", "누리시장 골목을 걷는 시민들.") in item["body"]


def test_a_title_over_marked_briefs_after_a_story_is_an_item_and_each_brief_too() -> None:
    text = (
        f"누리시 봄꽃 축제\n\n{LEAD}\n\n{MORE}\n\n"
        "마을 소식\n"
        "◇ 누리노인회, 봄 나들이 떠나\n"
        "누리노인회는 18일 회원 40명과 함께 가람수목원으로 봄 나들이를 다녀온다.\n"
        "◇ 청년회, 골목 벽화 봉사자 모집\n"
        "청년회는 4월 한 달 동안 골목 벽화를 함께 그릴 봉사자 20명을 모집한다.\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == [
        "누리시 봄꽃 축제",
        "마을 소식",
        "누리노인회, 봄 나들이 떠나",
        "청년회, 골목 벽화 봉사자 모집",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]


BRIEF_ONE = "■ 누리시 농업로봇 기업 들판, 해외에 첫 수출"

BRIEF_ONE_TEXT = "들판은 딸기 수확 로봇 20대를 해외 농장에 공급하는 계약을 맺었다고 밝혔다."

BRIEF_TWO = "■ 가람시 해양데이터 기업 물길, 창업대회 대상"

BRIEF_TWO_TEXT = "물길은 선박 연료를 아끼는 항로를 추천하는 서비스로 대상을 받았다."


def test_a_bracketed_title_over_marked_briefs_after_a_caption_opens_items() -> None:
    text = (
        f"누리 스타트업 투자 유치\n\n{LEAD}\n\n{MORE}\n\n"
        "직원들이 데이터를 검수하고 있다. /누리 제공\n\n"
        "[스타트업 브리프]\n\n"
        f"{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n\n{BRIEF_TWO}\n{BRIEF_TWO_TEXT}\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == [
        "누리 스타트업 투자 유치",
        "스타트업 브리프",
        BRIEF_ONE[2:],
        BRIEF_TWO[2:],
    ]
    assert got[0]["body"][-1][0] == "caption"
    assert got[1]["body"] == []
    assert got[2]["body"] == [("lead", BRIEF_ONE_TEXT)]


def test_a_plain_title_over_marked_briefs_in_blocks_opens_items() -> None:
    text = (
        f"누리 스타트업 투자 유치\n\n{LEAD}\n\n{MORE}\n\n기업 소식\n\n"
        f"{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n\n{BRIEF_TWO}\n{BRIEF_TWO_TEXT}\n"
    )
    assert [item["headline"] for item in items(text)][1:] == [
        "기업 소식",
        BRIEF_ONE[2:],
        BRIEF_TWO[2:],
    ]


def test_one_marked_part_under_a_subhead_stays_in_the_story() -> None:
    text = f"누리 스타트업 투자 유치\n\n{LEAD}\n\n[쟁점 정리]\n\n{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n"
    [item] = items(text)
    assert item["body"][0] == ("lead", LEAD)


def test_explain_names_the_brief_entry_and_credit_rules() -> None:
    briefs = (
        f"누리 스타트업 투자 유치\n\n{LEAD}\n\n직원들이 데이터를 검수하고 있다. /누리 제공\n\n"
        f"기업 소식\n\n{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n\n{BRIEF_TWO}\n{BRIEF_TWO_TEXT}\n"
    )
    entries = (
        f"누리섬 한 바퀴\n\n{LEAD}\n\n{MAP}\n지도=누리신문 그래픽팀\n\n가는 길\n"
        "▲자가용=누리IC에서 약 50분.\n▲버스=누리터미널에서 직행버스를 탄다.\n\n"
        "◇누리 억새꽃 축제=21~23일 누리산 일대.\n◇가람 국향대전=30일까지 가람공원.\n"
    )
    notes = [why for text in (briefs, entries) for why in explain_text(text)[1].notes.values()]
    # the map's one-sentence-then-another caption over its own credit line is read by the
    # unit pass since round fifty-seven (either sentence may name the scene): same reading
    for rule in (TITLE_OVER_BRIEFS, NAMED_ENTRY_RULE, CAPTION_OVER_CREDIT):
        assert any(rule in why for why in notes), rule


def test_the_last_entry_of_a_run_over_a_sentence_is_one_more_entry() -> None:
    """A '▲' line over a sentence is a brief only when it heads its own text; after other
    '▲' entries it is the run's last, and the sentence goes on with the story."""
    text = (
        "누리시, 봄철 건강 수칙 안내\n\n"
        f"{LEAD}\n\n"
        "[이렇게 해 보세요]\n\n"
        "▲아침 햇볕을 20분 쬔다\n\n"
        "▲봄나물을 자주 먹는다\n\n"
        "▲점심 뒤 10분 걷는다\n\n"
        f"{MORE}\n"
    )
    [story] = items(text)
    kinds = [kind for kind, _ in story["body"]]
    assert kinds == ["lead", "subhead", "bullet", "bullet", "bullet", "paragraph"]


GLOSSARY = (
    "용어 풀이\n"
    "■ 초전도체 : 아주 낮은 온도에서 전기 저항이 0이 되는 물질.\n"
    "■ 임계온도 : 물질이 초전도 상태로 바뀌는 온도.\n"
    "■ 자기부상 : 자석의 힘으로 물체를 띄우는 일.\n"
)


def test_a_glossarys_marked_terms_and_glosses_are_its_bullets() -> None:
    edition, trace = explain_text(f"{GLOSSARY}")
    [item] = items(GLOSSARY)
    assert item["headline"] == "용어 풀이"
    assert item["body"] == [
        ("bullet", "초전도체 : 아주 낮은 온도에서 전기 저항이 0이 되는 물질."),
        ("bullet", "임계온도 : 물질이 초전도 상태로 바뀌는 온도."),
        ("bullet", "자기부상 : 자석의 힘으로 물체를 띄우는 일."),
    ]
    assert GLOSS_RULE in trace.rule("p1-1", "body.0")


def test_a_marked_head_without_a_spaced_colon_is_no_glossarys_entry() -> None:
    # the near miss: '■ 제목' over its sentence heads a brief; a colon tight on its word
    # ('■ 일시: …') is a field's label, not a term's gloss set off by spaces
    assert GLOSS.match("■ 초전도체 : 아주 낮은 온도에서 저항이 0이 되는 물질.")
    assert not GLOSS.match("■ 누리대, 초전도체 연구소 문 열어")
    assert not GLOSS.match("■ 일시: 2027년 3월 4일")
    assert not GLOSS.match("■ 대담 : 한가람 솔뫼시 교통정책단장")  # a broadcast's header field


def test_a_programmes_parts_on_one_line_are_bullets_however_long_their_speakers() -> None:
    line = (
        "▲1부 '골목상권의 오늘과 내일을 묻다'(한가람 솔뫼대 교수) "
        "▲2부 '온라인 판로 넓히기'(누리 대표) ▲종합토론"
    )
    pieces = entry_run(Line(line, 0))
    assert pieces is not None
    assert [p.text for p in pieces] == [
        "▲1부 '골목상권의 오늘과 내일을 묻다'(한가람 솔뫼대 교수)",
        "▲2부 '온라인 판로 넓히기'(누리 대표)",
        "▲종합토론",
    ]


def test_marked_pieces_of_a_sentences_length_are_no_run_of_entries() -> None:
    # the near miss: pieces longer than a programme's part are sentences listed in a row
    line = (
        "▲솔뫼시는 내년부터 골목상권 지원 예산을 두 배로 늘리고 청년 상인에게 임대료를 준다 "
        "▲가람시는 전통시장 주차장을 넓힌다"
    )
    assert entry_run(Line(line, 0)) is None
