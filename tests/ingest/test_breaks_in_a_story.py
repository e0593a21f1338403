"""What stands between a story's paragraphs (issue 14, ninth round), on small made-up
examples: a caption credited '/사진=NAME 기자', a bare subhead right after a caption in a
signed story, and a numbered step after a blank line under an unfinished line
('재료: …'); the lists, tables, rosters and captions a story keeps, gaps inside a column,
a story signed after its parts or with two dispatches, a scene break of asterisks. Every
name is invented."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.blocks import STORY_ENTRIES
from reader.ingest.items import GOES_ON
from reader.ingest.story_parts import PART_BEFORE_BYLINE
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import _articles
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


def test_roster_entries_and_photo_captions_under_a_short_line_stay_put() -> None:
    text = (
        f"누리시 인사 단행\n\n{LEAD}\n\n서기관급 전보\n▲감사관 한누리 ▲예산담당관 서가람\n\n"
        "현장 점검\n▲ 한누리 시장이 누리천 둑길을 살펴보고 있다.\n"
    )
    assert len(items(text)) == 1


TABLED = (
    "누리항 꽃게 값 내려\n\n"
    "누리=한가람 기자 grhan@nuri.example\n\n"
    f"{LEAD}\n\n"
    "어종별 위판가(5월 1~7일)\n"
    "어종\t단위\t평균가\n"
    "꽃게\t1㎏\t21,000원\n"
    "대하\t1㎏\t35,000원\n\n"
    f"{MORE}\n\n"
    "누리항 위판장에서 중도매인들이 꽃게 경매에 참여하고 있다./누리수협 제공\n\n"
    "물결 예보\n"
    "해역\t파고\n"
    "누리 앞바다\t0.5~1.0m\n"
)


def test_a_titled_table_stays_in_a_story_signed_above_its_lead() -> None:
    story, box = items(TABLED)
    assert story["headline"] == "누리항 꽃게 값 내려"
    assert ("subhead", "어종별 위판가(5월 1~7일)") in story["body"]
    assert ("paragraph", "꽃게\t1㎏\t21,000원") in story["body"]
    assert story["body"][-1][0] == "caption"
    assert box["headline"] == "물결 예보"
    assert box["body"][0] == ("paragraph", "해역\t파고")


def test_an_announcement_that_introduces_its_list_keeps_it() -> None:
    text = (
        "[알림] 누리재단 올해 장학생 선발\n\n"
        "누리재단은 올해 장학생 12명을 선발했다고 3일 밝혔다. 명단은 다음과 같다.\n\n"
        "<대학생>\n▲공학 한바다(누리대) 오가람(가람대)\n▲인문 조은별(나래대)\n\n"
        "<고교생>\n▲누리고 박하늘\n▲가람고 문누리\n"
    )
    [item] = items(text)
    assert item["headline"] == "[알림] 누리재단 올해 장학생 선발"
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["lead", "subhead", "bullet", "bullet", "subhead", "bullet", "bullet"]


Q1, A1 = "문: 봄철 알레르기는 언제 심해지나.", "답: 꽃가루가 많은 4월과 5월에 가장 심합니다."

Q2, A2 = "문: 외출 뒤에는 무엇을 해야 하나.", "답: 옷을 털고 손과 얼굴을 씻는 것이 기본입니다."

CLINIC = (
    "건강\n\n\n"
    "[의사에게 묻다] 봄철 알레르기, 약보다 생활 습관\n\n\n"
    "한가람 누리대병원 알레르기내과 교수\n\n\n"
    f"{LEAD}\n\n\n"
    f"{Q1}\n\n{A1}\n\n{MORE}\n\n\n"
    f"{Q2}\n\n{A2}\n\n{MORE}\n\n\n"
    "정리=서누리 기자 nuri@nuri.kr\n\n\n"
    "■ 이럴 땐 병원으로\n\n· 숨이 차고 쌕쌕거릴 때\n\n· 눈이 붓고 열이 날 때\n\n"
    "· 약을 먹어도 낫지 않을 때\n"
)


def test_two_line_gaps_inside_a_qa_column_do_not_end_it() -> None:
    column, box = items(CLINIC)
    assert column["headline"] == "[의사에게 묻다] 봄철 알레르기, 약보다 생활 습관"
    assert column["subheadline"] == "한가람 누리대병원 알레르기내과 교수"
    assert [kind for kind, _ in column["body"]] == ["lead"] + [
        "question",
        "answer",
        "paragraph",
    ] * 2
    assert column["bylines"] == [("서누리", "기자", "nuri@nuri.kr", None)]
    assert box["headline"] == "이럴 땐 병원으로"
    _, trace = explain_text(CLINIC)
    assert any(GOES_ON in why for why in trace.notes.values())


def test_a_storys_own_list_under_a_bracketed_subhead_stays_in_it() -> None:
    """The story's text goes on under the list: the list is the story's."""
    text = (
        f"누리시장 선거 후보 3명 등록\n\n{LEAD}\n\n[후보 명단]\n\n"
        "▲기호1 새미래당 김민수(54·변호사)\n▲기호2 누리당 이가람(61·전 시의원)\n\n"
        f"{MORE}\n"
    )
    [story] = items(text)
    assert ("subhead", "후보 명단") in story["body"]
    assert story["body"][-1] == ("paragraph", MORE)


def test_a_story_that_tells_the_following_day_announces_no_list() -> None:
    text = (
        "COUNCIL APPROVES NEW BUDGET FOR PARKS\n\n"
        "The city council approved a new budget for parks on Monday after a long debate.\n\n"
        "The following day, the mayor signed the measure and said work would begin soon.\n\n"
        "LIBRARY HOURS EXTENDED\n\n"
        "The public library will stay open until nine on weeknights, officials said.\n"
    )
    assert [i["headline"] for i in items(text)] == [
        "COUNCIL APPROVES NEW BUDGET FOR PARKS",
        "LIBRARY HOURS EXTENDED",
    ]


def test_a_run_a_reporters_byline_closes_is_one_signed_story() -> None:
    """Briefs under a title are unsigned: heads tight on their text, signed at the end, are
    one story's parts, its byline kept with them."""
    text = (
        "[누리 인터뷰]\n\n"
        "김한빛 누리시장 골목상권 살리기 나선다\n"
        "김한빛 누리시장은 18일 시청에서 기자들과 만나 지원 예산을 두 배로 늘리겠다고 밝혔다.\n\n"
        "청년 상인 임대료 절반 지원한다\n"
        "김 시장은 청년 상인에게 임대료 절반을 지원하는 사업을 다음 달부터 시작한다고 말했다.\n\n"
        "한누리 기자\n"
    )
    [story] = items(text)
    assert [b[0] for b in story["bylines"]] == ["한누리"]


def test_a_story_with_two_dispatches_stays_one_story() -> None:
    page = (
        "PRESIDENT SIGNS TARIFF BILL\n\n"
        "WASHINGTON, May 2.—The President signed the tariff bill\n"
        "this afternoon in the presence of the leaders of both houses.\n\n"
        "NEW YORK, May 2.—Stocks rose sharply on the news\n"
        "of the signing, and trading was heavy all afternoon.\n"
    )
    [story] = _articles(ingest_text(page))
    assert story.headline is not None and story.headline.text == "PRESIDENT SIGNS TARIFF BILL"
    assert [b.kind for b in story.body] == ["lead", "paragraph"]


def test_a_scene_break_of_asterisks_is_no_bullet() -> None:
    text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n* * *\n\n{EN_MORE}\n"
    [story] = items(text)
    assert all(kind != "bullet" for kind, _ in story["body"])


FESTIVAL = (
    "누리강 빛축제 다음 달 개막\n\n"
    "누리강 빛축제가 다음 달 5일 개막한다.\n"
    "축제는 45일간 누리강 둔치에서 열린다. 올해는 행사장을 산책로 전체로 넓혔다.\n"
    "■ 축제 안내\n"
    "▲기간: 12월 5일~1월 18일 ▲장소: 누리강 둔치\n"
    "■ 볼거리\n"
    "주말마다 오후 8시 드론 300대가 강 위에 빛 그림을 그린다.\n"
    "추진위원회는 셔틀버스를 10분 간격으로 운행한다고 밝혔다.\n"
    "누리강 둔치 행사장 배치도.\n"
    "그래픽=한가람 기자\n"
    "가는 길: 누리역에서 셔틀버스가 다닌다.\n"
)


def test_a_storys_block_with_one_line_of_marked_facts_is_a_paragraph_a_line() -> None:
    [item] = items(FESTIVAL)
    texts = [text for _, text in item["body"]]
    assert texts[0] == "누리강 빛축제가 다음 달 5일 개막한다."
    assert "주말마다 오후 8시 드론 300대가 강 위에 빛 그림을 그린다." in texts
    assert texts[-1] == "가는 길: 누리역에서 셔틀버스가 다닌다."
    assert "그래픽=한가람 기자" not in texts[-1]
    _, trace = explain_text(FESTIVAL)
    assert STORY_ENTRIES in trace.rule("p1-1")


def test_a_sentence_over_a_line_of_entries_keeps_its_block() -> None:
    # one sentence introducing the winners: a list under its line, not a story's block
    text = "퍼즐 대회 수상자\n\n수상자는 다음과 같다.\n▲대상 한가람 ▲최우수 서누리 ▲우수 박하늘\n"
    [item] = items(text)
    assert item["body"][0][1].startswith("수상자는 다음과 같다.")


PARTS = (
    "누리시 내년부터 이렇게 달라진다\n\n"
    f"{LEAD}\n\n"
    "[청년 가구]\n· 월세 지원: 월 20만원 → 25만원\n· 신청 나이: 34세 이하 → 39세 이하\n\n"
    "[어르신 가구]\n· 난방비 지원: 가구당 15만원\n· 방문 돌봄 주 2회\n\n"
    f"{MORE}\n윤다온 기자 daon@nuri.example\n"
)


def test_marked_parts_between_a_storys_text_and_its_signed_end_are_its_parts() -> None:
    edition, trace = explain_text(PARTS)
    [item] = items(PARTS)
    assert ("subhead", "청년 가구") in item["body"] and ("subhead", "어르신 가구") in item["body"]
    assert PART_BEFORE_BYLINE in trace.rule("p1-1")


def test_marked_briefs_after_an_unsigned_story_with_no_byline_under_them_stay_items() -> None:
    text = PARTS.replace("\n윤다온 기자 daon@nuri.example", "")
    assert len(items(text)) > 1
    signed_elsewhere = PARTS.replace(
        f"{MORE}\n윤다온 기자", f"누리시 새 청사 문 연다\n\n{MORE}\n윤다온 기자"
    )
    _, trace = explain_text(signed_elsewhere)
    assert PART_BEFORE_BYLINE not in trace.rule("p1-1")
    assert PART_BEFORE_BYLINE not in "".join(trace.notes.values())


# A feature in parts, each under a short head of one mark, signed once at its end.
SAME_MARK = (
    "누리천 물길 되살아나\n\n"
    f"{LEAD}\n\n"
    "◇ 물길이 굽다\n시는 곧게 편 물길을 다시 굽혔다. 물살이 느려진 곳에 모래톱이 생겼다.\n\n"
    "◇ 남은 일\n상인들은 주차장이 줄었다고 말한다. 시는 내년에 주차장을 새로 짓는다.\n\n"
    "윤다온 기자 daon@nuri.example\n"
)


def test_heads_of_one_mark_between_a_storys_text_and_its_signed_end_are_its_parts() -> None:
    [item] = items(SAME_MARK)
    assert ("subhead", "물길이 굽다") in item["body"] and ("subhead", "남은 일") in item["body"]
    _, trace = explain_text(SAME_MARK)
    assert PART_BEFORE_BYLINE in trace.rule("p1-1")


def test_a_head_of_another_mark_under_the_part_breaks_the_run_to_the_byline() -> None:
    # '■' is no part of the '◇' run: the byline under it signs what follows the '■' head
    text = SAME_MARK.replace("◇ 남은 일", "■ 누리시 새 청사 문 연다")
    _, trace = explain_text(text)
    assert PART_BEFORE_BYLINE not in trace.rule("p1-1")


def test_a_sentence_closed_by_its_footnotes_mark_ends_its_paragraph() -> None:
    text = (
        "[판사의 서재] (3) 기다림의 재판\n"
        "한누리 솔뫼지방법원 부장판사\n\n"
        "재판은 기다림의 일이다. 당사자의 말을 끝까지 듣는 데서 시작한다.\n"
        "법정에서 가장 어려운 일은 말을 아끼는 일이다.1)\n"
        "그 사건을 맡은 뒤로 나는 선고를 하루 미루는 버릇이 생겼다.\n"
        "1) 솔뫼법학회, 『재판과 침묵』, 2024, 12면.\n"
    )
    [item] = items(text)
    texts = [t for _, t in item["body"]]
    assert "법정에서 가장 어려운 일은 말을 아끼는 일이다.1)" in texts
    assert len(texts) == 4


def test_a_figure_in_brackets_closing_a_line_is_no_footnotes_mark() -> None:
    # the near miss: '(연 3.5)' closes on a figure's point, not a word's stop
    text = (
        "솔뫼은행 예금 금리 올려\n\n"
        "솔뫼은행은 1년 만기 정기예금 금리를 내일부터 올린다. 새 금리는 (연 3.5)\n"
        "퍼센트로 지난달보다 0.2퍼센트포인트 높다고 은행은 밝혔다.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1
