"""Near misses of round forty-three's head over wrapped text, found by reading its rules as
an adversary: shapes a real page prints that the rule took for a story's headline (a
paragraph's first line over a line of Latin letters, a story's numbered part, a poem's
stanza, an interview's question). Every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest.head_blocks import head_lines, shown_or_run
from reader.ingest.lines import Line
from reader.ingest.segment import pages
from tests.ingest.test_conventions import items


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


SIGNED = (
    "누리시, 골목상권 지원 두 배로\n\n"
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다.\n\n"
    "한가람 기자\n\n"
)


def test_a_paragraphs_first_line_over_a_line_of_latin_letters_is_no_head() -> None:
    # Hangul is two cells wide: the first line fills the column as the line of Latin
    # letters and figures under it does, though it holds fewer characters
    wrapped = (
        "누리전자는 18일 서울 본사에서 신제품 발표회를 열고 새\n"
        "TV 'NURI OLED Vision 2027 Pro X'(65·77·83 inch)를 공개했다. 가격은\n"
        "399만원부터다.\n"
    )
    texts = [t for item in items(SIGNED + wrapped) for _, t in item["body"]]
    assert " ".join(wrapped.split("\n")).strip() in texts  # the paragraph whole
    # the near miss: a head broken short over the same lines is still cut
    head = "누리전자, 새 TV 공개\n" + wrapped
    assert items(SIGNED + head)[1]["headline"] == "누리전자, 새 TV 공개"


PLAN = (
    "누리시 2027년 업무계획 발표\n\n"
    "누리시는 18일 2027년 업무계획을 발표했다. 주요 내용은 다음과 같다.\n\n"
)
PARTS = (
    "{one}골목상권 살리기\n"
    "시는 청년 상인에게 임대료를 지원하고 빈 점포를 공방으로 바꾸는 사업을\n"
    "함께 벌인다. 예산은 지난해의 두 배다.\n\n"
    "{two}강변 산책로 정비\n"
    "강변 산책로 3㎞ 구간에 야간 조명 120개와 비상벨 12개를 새로 달고 밤\n"
    "11시까지 켠다. 공사는 4월에 끝난다.\n\n"
    "한가람 기자\n"
)


def test_a_storys_parts_numbered_in_any_of_prints_forms_stay_in_the_story() -> None:
    # '1)', '(1)', '①', '가.': a story's numbered parts over their text, as '1.' is
    for one, two in (("1) ", "2) "), ("(1) ", "(2) "), ("① ", "② "), ("가. ", "나. ")):
        [story] = items(PLAN + PARTS.format(one=one, two=two))
        assert story["bylines"] == [("한가람", "기자", None, None)]
        # and over one sentence line (brief_blocks.py's run of briefs)
        one_line = PARTS.replace("사업을\n", "사업을 ").replace("밤\n", "밤 ")
        [story] = items(PLAN + one_line.format(one=one, two=two))
        assert story["headline"] == "누리시 2027년 업무계획 발표"


def test_a_head_opening_on_a_figure_that_numbers_nothing_is_still_cut() -> None:
    # the near miss: a count or a year leads a headline ('1인 가구', '2027년 …')
    text = (
        "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다. 시는",
        "청년 상인에게 임대료를 준다.",
    )
    assert head_lines(_lines("1인 가구 지원 늘린다", *text)) == 1
    assert head_lines(_lines("2027년 신년 하례회 안내", *text)) == 1
    assert not head_lines(_lines("1) 골목상권 살리기", *text))
    assert not head_lines(_lines("(가) 골목상권 살리기", *text))


POET = (
    "시인 윤가람, 고향 바다를 노래하다\n\n"
    "시인 윤가람(54)이 고향 누리섬의 바다를 노래한 새 시집을 냈다. 그는 출판 기념회에서"
    " 표제작을 직접 낭송했다.\n\n"
)
STANZAS = (
    "바다가 운다\n"
    "밤새 돌아오지 않는 배를 부르며\n"
    "파도는 모래를 쓸고 또 쓸었다\n"
    "나는 그 소리에 잠이 들었다.\n\n"
    "등대가 선다\n"
    "어머니는 새벽마다 그 불빛 아래\n"
    "아버지의 배를 기다리셨다\n"
    "불빛은 끝내 꺼지지 않았다.\n\n"
)
CLOSING = '그는 "바다는 내 시의 어머니"라고 말했다.\n\n한가람 기자\n'


def test_a_poems_stanzas_inside_a_story_are_no_headlines() -> None:
    # a verse line ends on its predicate with no stop ('…쓸었다'); prose closes a predicate
    # with its stop, so the lines under the stanza's first line were broken by hand
    for poem in (STANZAS, STANZAS.split("\n\n")[0] + "\n\n"):
        [story] = items(POET + poem + CLOSING)
        assert story["headline"] == "시인 윤가람, 고향 바다를 노래하다"
    # on a page of poems, each stanza after the first stays the poem's
    [poem] = items(STANZAS)
    assert poem["body"][-1][1].startswith("등대가 선다")


def test_wrapped_text_ending_a_line_on_a_noun_in_da_is_still_under_its_head() -> None:
    # the near miss: '해마다', '바다' end in '다' but close no predicate
    text = (
        "누리시는 강변 산책로에 조명을 달고 봄이면 해마다",
        "축제를 연다고 18일 밝혔다. 시는 산책로 끝 바다",
        "쪽에 전망대도 세운다.",
    )
    assert head_lines(_lines("강변 산책로 야간 조명 켠다", *text)) == 1
    assert not head_lines(_lines("강변 산책로 야간 조명 켠다", text[0], "축제를 연다", text[2]))


HYMN = (
    "Choir marks its fiftieth year\n\n"
    "The Elm Falls Community Choir marked its fiftieth year on Sunday with a concert at the\n"
    "town hall, closing with the hymn its founders sang at the first rehearsal in 1977.\n\n"
    "Abide with me\n"
    "fast falls the eventide; the darkness deepens, Lord, with me abide.\n\n"
    "Swift to its close\n"
    "ebbs out life's little day; earth's joys grow dim, its glories pass away.\n\n"
    "The choir will sing again at the harvest supper in October, the director said.\n"
)


def test_an_english_line_running_on_in_lower_case_opens_no_item() -> None:
    # a verse's line runs on into the next in lower case; a headline's text opens a
    # sentence
    [story] = items(HYMN)
    assert story["headline"] == "Choir marks its fiftieth year"
    # the near miss: a brief's headline over its text, which opens on a capital
    brief = "Library hours change\nThe library will open at nine from Monday, the board said.\n"
    assert items(f"{HYMN}\n{brief}")[-1]["headline"] == "Library hours change"


INTERVIEW = (
    '[인터뷰] 윤가람 누리시장 "골목상권 살리겠다"\n\n'
    "윤가람 누리시장은 18일 시청 집무실에서 본지와 만나 올해 시정 방향을 설명했다.\n\n"
    "올해 가장 역점을 두는 사업은\n"
    "골목상권 살리기입니다. 청년 상인에게 임대료를 지원하고 빈 점포를 공방으로 바꾸는 사업을\n"
    "함께 벌여 유동 인구를 늘리겠습니다.\n\n"
    "예산은 충분한가\n"
    "지난해보다 두 배로 늘렸습니다. 국비 공모에도 적극 나서 재원을 더 확보하겠습니다. 시의회와도\n"
    "긴밀히 협의하고 있습니다.\n\n"
    "한가람 기자\n"
)


def test_an_interviews_questions_over_their_answers_stay_in_the_interview() -> None:
    # a question set plain over its answer (its bold lost): a topic left hanging ('…사업은')
    # or a question's ending ('…충분한가') asks, no headline's run
    [story] = items(INTERVIEW)
    assert story["bylines"] == [("한가람", "기자", None, None)]
    assert ("subhead", "예산은 충분한가") in story["body"]
    # the near misses: at the page's top, or after a byline, such a head is still a head,
    # and so is one led by a kicker in brackets
    signed = SIGNED + INTERVIEW.split("\n\n", 2)[2]
    assert items(signed)[1]["headline"] == "올해 가장 역점을 두는 사업은"
    kicker = INTERVIEW.replace("\n예산은 충분한가\n", "\n[기획] 누리시 예산은\n")
    paras = pages(kicker)[0].paras
    [k] = [k for k, p in enumerate(paras) if p.lines[0].text == "[기획] 누리시 예산은"]
    assert shown_or_run(paras, k)


BEE = (
    "Spelling bee results\n\n"
    "The county spelling bee was held at the high school on Saturday afternoon.\n\n"
    "{intro}\n"
    "Ada Lind of Elm Falls, Omar Reyes of Ashford and Mary Cole of Pine Grove, who will\n"
    "go on to the state bee in April.\n"
)


def test_a_sentence_broken_by_hand_before_its_list_is_no_headline() -> None:
    # a line ending on a small word or a form of 'be' leaves its sentence open: it runs on
    # into the names under it
    for intro in ("The winners were", "Prizes went to", "Winners of the bee are"):
        [story] = items(BEE.format(intro=intro))
        assert story["body"][-1][1].startswith(f"{intro} Ada Lind of Elm Falls")
    # the near miss: a headline over the next story's wrapped text
    [_, brief] = items(BEE.format(intro="Bee winners head to state"))
    assert brief["headline"] == "Bee winners head to state"


def test_a_word_torn_after_its_da_is_wrapped_text_still() -> None:
    # the column tore '있다고' after its '다': the sentence goes on, no verse
    torn = (
        "누리시는 강변 산책로 3㎞ 구간에 조명을 달 수 있다",
        "고 18일 밝혔다. 시는 비상벨도 달았다.",
    )
    assert head_lines(_lines("강변 산책로 야간 조명 켠다", *torn)) == 1
    # the near miss: a verse's next line opens a word of its own
    verse = ("누리시는 강변 산책로 3㎞ 구간에 조명을 달 수 있다", "고요한 밤에 산책로를 걷는다.")
    assert not head_lines(_lines("강변 산책로 야간 조명 켠다", *verse))


def test_a_line_over_a_tables_rows_is_no_deck_over_wrapped_text() -> None:
    # a table's row under a line is no wrapped text whose first word could have fitted on
    # it: the line is the box's own, not a deck (its widths read in cells or not)
    rows = ("단지\t매매\t전세", "누리1차\t5억\t3억", "누리2차\t6억\t4억")
    note = "시세는 누리부동산 조사로 실거래가와 다를 수 있으며 호가는 매물에 따라 크게 차이가 난다."
    over = "전용 84㎡ 최근 거래가와 호가 2027년 1월 기준"
    assert head_lines(_lines("누리동 아파트 시세", over, *rows, note)) == 1
    # the near miss: the same line over wrapped text is the head's deck
    text = ("누리동 아파트값이 석 달째 올랐다고 누리부동산이 18일 밝혔다. 전용 84㎡ 기준", note)
    assert head_lines(_lines("누리동 아파트 시세", over, *text)) == 2
