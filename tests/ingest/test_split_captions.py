"""Round fifty-seven: a photo's caption over its credit, read by either of its sentences
(wrapped_captions.says_a_scene, caption_over_credit.py, scenes.py) and put back together
where its lines were cut a unit each (split_captions.py)."""

from __future__ import annotations

from reader.ingest.caption_over_credit import CAPTION_OVER_CREDIT, captions_over_credits
from reader.ingest.lines import Line
from reader.ingest.scenes import names_a_scene, tells_a_scene
from reader.ingest.split_captions import split_captions
from reader.ingest.units import Unit
from reader.ingest.wrapped_captions import says_a_scene, wrapped_caption, wrapped_captions

CREDIT = "사진=누리도 제공"
NAMED_THEN_TOLD = (
    "누리만 입구의 해상풍력단지 예정지. 썰물 때 드러난 갯벌 위로 단지가 들어설 자리를 알리",
    "는 부표가 줄지어 떠 있다.",
)
SAID_TWICE = (
    "도는 단지가 완공되면 하루 약 40만가구가 쓸 전력을 만든다고",
    "밝혔다. 공사는 내년에 시작한다.",
)


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 100 * k) for k, t in enumerate(texts)]


def _unit(kind: str, *texts: str, gap: int = 0, rule: str = "plain text") -> Unit:
    return Unit(kind, _lines(*texts), gap=gap, rule=rule)


def test_a_caption_naming_its_subject_then_telling_it_is_read_by_its_last_sentence() -> None:
    # '… 예정지.' is no scene the rules can name ('지' ends verbs too); '… 떠 있다.' tells one
    assert says_a_scene(" ".join(NAMED_THEN_TOLD))
    assert wrapped_caption(_lines(*NAMED_THEN_TOLD, CREDIT))


def test_a_story_paragraph_over_a_credit_line_is_no_caption() -> None:
    # near miss: neither sentence names or tells a scene
    assert not says_a_scene(" ".join(SAID_TWICE))
    assert not wrapped_caption(_lines(*SAID_TWICE, CREDIT))


def test_a_stem_in_eu_contracted_before_itda_tells_a_scene() -> None:
    assert tells_a_scene("부표가 줄지어 떠 있다.")
    assert not tells_a_scene("누구나 공연을 볼 수 있다.")  # near miss: prose's '수 있다'


def test_a_name_in_quotes_names_a_scene_and_a_quoted_verb_does_not() -> None:
    assert names_a_scene("옛 솔안분교 운동장에 들어선 ‘솔안 마을 캠핑장’.")
    assert not names_a_scene("마을의 새 이름은 ‘솔안이다’.")  # near miss: a verb in the quote


LEAD_UNIT = ("누리시는 올해 골목상권 지원 예산을 두 배로", "늘렸다고 18일 밝혔다.")


def test_a_one_line_caption_over_its_own_credit_line_may_name_then_tell() -> None:
    caption = "누리시 동구 옛 '은하탕' 굴뚝. 2019년 문을 닫은 뒤 카페로 바뀌었다."
    units = [_unit("text", *LEAD_UNIT), _unit("text", caption), _unit("credit", "ⓒ윤채원")]
    out = captions_over_credits(units)
    assert [(u.kind, u.rule) for u in out][1] == ("caption", CAPTION_OVER_CREDIT)


def test_a_one_line_paragraph_of_prose_over_a_credit_line_stays_text() -> None:
    # near miss: two sentences of prose over a captionless photo's credit
    prose = "목욕탕은 2019년 문을 닫았다. 건물은 카페로 바뀌었다."
    units = [_unit("text", *LEAD_UNIT), _unit("text", prose), _unit("credit", "ⓒ윤채원")]
    assert [u.kind for u in captions_over_credits(units)] == ["text", "text", "credit"]


STORY = ("누리군 읍내 옛 관아 뜰이 열흘 동안 국악", "무대로 바뀐다고 6일 밝혔다.")
CUT = (
    "누리군립국악단 단원들이 6일 옛 관아 동헌 앞마당",
    "에서 창작 국악극 ‘동헌의 밤’을 연습하고 있다.",
)


def test_a_caption_whose_lines_were_cut_a_unit_each_is_one_caption_over_its_credit() -> None:
    units = [
        _unit("text", *STORY),
        *(_unit("text", line) for line in CUT),
        _unit("credit", "사진=추하윤 기자", rule="credit line '사진='"),
    ]
    out = wrapped_captions(split_captions(units))
    assert [(u.kind, [x.text for x in u.lines]) for u in out] == [
        ("text", list(STORY)),  # near miss: the story's line closing a sentence stays its own
        ("caption", list(CUT)),
        ("credit", ["사진=추하윤 기자"]),
    ]


def test_a_photo_story_wrapped_under_its_title_and_closed_by_its_credit_is_one_caption() -> None:
    title = "가을 하늘 아래 메밀꽃 물결"
    lines = (
        "7일 누리군 한내면 메밀밭을 찾은 관광객들이 하얗",
        "게 핀 메밀꽃 사이를 걷고 있다. 축제는 10",
    )
    suffix = "credit suffix '/누리=조한솔 기자'"
    units = [
        _unit("text", title, gap=1),
        *(_unit("text", line) for line in lines),
        _unit("caption", "일 개막한다. /누리=조한솔 기자", rule=suffix),
    ]
    out = wrapped_captions(split_captions(units))
    assert [(u.kind, len(u.lines)) for u in out] == [("text", 1), ("caption", 3)]
    assert out[0].lines[0].text == title  # near miss: the title is no caption's line


def test_a_headline_over_a_one_line_caption_cut_from_it_stays_text() -> None:
    # near miss: a suffix credit outside the paragraph over it needs two caption lines above
    head = "누리시 ‘골목 정원’ 새 단장 첫발 내딛다"
    units = [
        _unit("text", head),
        _unit(
            "caption",
            "골목 정원 현장 모습. [사진=누리뉴스]",
            rule="credit suffix '[사진=누리뉴스]'",
        ),
    ]
    out = wrapped_captions(split_captions(units))
    assert [(u.kind, u.lines[0].text) for u in out][0] == ("text", head)


def test_a_storys_sentence_glued_over_a_cut_caption_stays_the_storys() -> None:
    # near miss (review of rounds 56-57): the story's last sentence runs into the caption's
    # first line, cut a unit a line like it; the two sentences end on a scene told ('…
    # 연습하고 있다.'), but a run pieced from cut lines is read by its first sentence,
    # which reports ('… 밝혔다.'): no caption is put together
    glued = (
        "누리군 읍내 옛 관아 뜰이 열흘 동안 국악",
        "무대로 바뀐다고 6일 밝혔다. 단원들이 동헌",
        "앞마당에서 국악극을 연습하고 있다.",
    )
    units = [
        _unit("text", "누리군립국악단 새해 첫 무대", gap=1),
        *(_unit("text", line) for line in glued),
        _unit("credit", "사진=추하윤 기자", rule="credit line '사진='"),
    ]
    out = wrapped_captions(split_captions(units))
    assert [u.kind for u in out][:4] == ["text"] * 4
    assert all(len(u.lines) == 1 for u in out)


def test_a_cut_caption_stops_under_a_story_line_closing_a_sentence_or_a_blank_line() -> None:
    # review of rounds 56-57: the run goes up no further than the story's line closing a
    # sentence, even one that tells a scene, nor past a unit set off by a blank line
    told = "관아 뜰에는 관람석 삼백 석이 줄지어 놓여 있다."
    open_line = "누리군 읍내 옛 관아 뜰이 열흘 동안 국악"
    for above, gap in ((told, 0), (open_line, 1)):
        units = [
            _unit("text", above),
            _unit("text", CUT[0], gap=gap),
            _unit("text", CUT[1]),
            _unit("credit", "사진=추하윤 기자", rule="credit line '사진='"),
        ]
        out = wrapped_captions(split_captions(units))
        assert [(u.kind, [x.text for x in u.lines]) for u in out][:2] == [
            ("text", [above]),
            ("caption", list(CUT)),
        ]
