"""A text's own spaces at its line ends (docs/ingest-conventions.md, "Round fifty-three
(joins and paragraph ends of real extraction)"): on a page whose extraction keeps the space
a producer wrote where a line broke between words, a line end with the space keeps a space
and one without joins tight, whatever the vocabulary says; a line of the body's measure
ending in the space runs on into the line under it, and so does one ending bare where the
vocabulary sees a torn word. Typed text, with a stray trailing space or two, keeps the
vocabulary's joins. The pages are made up; '|' marks a line's trailing space."""

from __future__ import annotations

from reader.ingest.lines import Line, Para
from reader.ingest.repair import Vocabulary, join_lines
from reader.ingest.spaced_runs import SPACED_RUNS_ON, spaced_runs_on

# A story and a brief as an extraction gives them: no indent, no blank line.
EXTRACTED = """가람군 산불 감시원|
마흔 명 뽑는다
가람군이 내년 봄철 산불 감시원
을 40명 뽑는다. 만 60세 이상|
군민이면 누구나 지원할 수 있다.
감시 근무 조건도 새로 정해 뽑아
감시원은 2월부터 5월까지 산과|
감시탑에서 일한다. 지원서는 이|
달 30일까지 읍사무소에서 받는다.
▲ 감시원 교육 일정 새로 알려|
드립니다
지난봄 산불 감시원들이 교육을 받은 가람군 읍사무소
에서 감시원 기자회견이 열렸다.""".replace("|", " ")

# Both sides of a break the vocabulary reads wrong: the edition prints '큰불' elsewhere,
# so '큰' / '불이' would join; it never prints '물들', so '물' / '들지' would stay apart.
JOINS = """올해 큰불은 없었다.
산에 난 큰|
불이 꺼졌다. 잎이 붉게 물
들지 않았다. 마을 사람들이 길을|
닦았다. 주민들이 다시 나무를|
심었다."""


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append(Line(raw.strip(), pos))
        pos += len(raw) + 1
    return out


def test_line_spaces_decide_the_joins_whatever_the_vocabulary_says() -> None:
    text = JOINS.replace("|", " ")
    lines = _lines(text)[1:]
    joined = join_lines(lines, Vocabulary(text)).text
    assert "큰 불이" in joined  # the producer's space: two words
    assert "물들지" in joined  # no space: a word torn
    assert "길을 닦았다" in joined and "나무를 심었다" in joined


def test_line_spaces_near_miss_a_stray_trailing_space_leaves_the_vocabulary_to_decide() -> None:
    # typed text: one line ends in a space by accident; the page shows no habit
    text = JOINS.replace("|", "", 3).replace("|", " ")
    lines = _lines(text)[1:]
    joined = join_lines(lines, Vocabulary(text)).text
    assert "큰불이" in joined and "물 들지" in joined


def test_line_spaces_near_miss_a_bare_line_after_a_stop_keeps_its_space() -> None:
    # a paragraph's end run on by a later rule: no word is torn after a sentence's stop
    text = JOINS.replace("|", " ")
    lines = _lines(text)[:2]
    assert join_lines(lines, Vocabulary(text)).text == "올해 큰불은 없었다. 산에 난 큰"


def _line_paras(text: str) -> list[Para]:
    return [Para([line]) for line in _lines(text)]


def _texts(paras: list[Para]) -> list[str]:
    return [" / ".join(x.text for x in p.lines) for p in paras]


def test_spaced_line_of_the_body_runs_on_and_a_torn_word_too() -> None:
    paras = spaced_runs_on(_line_paras(EXTRACTED), Vocabulary(EXTRACTED))
    texts = _texts(paras)
    # '감시원' / '을 40명': a particle never stands alone, the bare end tore the word;
    # '이상 ' / '군민이면': the producer's space, a line wrapped
    assert texts[2] == (
        "가람군이 내년 봄철 산불 감시원 / 을 40명 뽑는다. 만 60세 이상"
        " / 군민이면 누구나 지원할 수 있다."
    )
    assert texts[4] == (
        "감시원은 2월부터 5월까지 산과 / 감시탑에서 일한다. 지원서는 이"
        " / 달 30일까지 읍사무소에서 받는다."
    )
    assert paras[2].cut == SPACED_RUNS_ON


def test_spaced_runs_near_misses_heads_and_marked_lines_stand_alone() -> None:
    texts = _texts(spaced_runs_on(_line_paras(EXTRACTED), Vocabulary(EXTRACTED)))
    # a head wraps between words too, in fewer cells than the body's measure
    assert texts[:2] == ["가람군 산불 감시원", "마흔 명 뽑는다"]
    # a head at the measure ends bare, and the vocabulary finds no word torn under it
    assert texts[3] == "감시 근무 조건도 새로 정해 뽑아"
    # a line opening on a mark stands alone, as tight columns keep it
    assert texts[5:7] == ["▲ 감시원 교육 일정 새로 알려", "드립니다"]
    # a line wider than the measure runs across columns (a head, a caption): its bare end
    # is its own, even over a particle
    assert texts[7] == "지난봄 산불 감시원들이 교육을 받은 가람군 읍사무소"


def test_spaced_runs_near_miss_typed_text_keeps_its_paragraphs() -> None:
    typed = EXTRACTED.replace(" \n", "\n")
    paras = _line_paras(typed)
    assert spaced_runs_on(paras, Vocabulary(typed)) == paras


def test_line_spaces_near_miss_a_vocabulary_over_other_text_reads_no_line_ends() -> None:
    # the PDF ingest's vocabulary holds its printed lines and text pages joined: the
    # offsets of a text page's lines do not index it
    text = JOINS.replace("|", " ")
    end = text.index("산에 난 큰") + len("산에 난 큰")
    assert Vocabulary(text).line_end(end) == " "
    assert Vocabulary(text, source=False).line_end(end) is None


def test_spaced_runs_near_miss_a_page_padded_with_spaces_shows_no_habit() -> None:
    # a fixed-width export pads every line, heads and paragraphs' last lines too
    padded = "\n".join(line.ljust(40) for line in EXTRACTED.split("\n"))
    paras = _line_paras(padded)
    assert spaced_runs_on(paras, Vocabulary(padded)) == paras


# A brief in a column wider than the body's, under a head across columns wrapped in two
# lines: the body's measure is the median of the lines ending in the space.
WIDER = """가람군이 내년 봄철 산불 감시원|
을 40명 뽑는다. 만 60세 이상|
군민이면 누구나 지원할 수 있다.
감시원은 2월부터 5월까지 산과|
감시탑에서 일한다. 지원서는 이|
달 30일까지 읍사무소에서 받는다.
■ 나루시, 전기 시내버스 20대 추가
나루시는 내년 상반기 전기 시내버스 20대를 새로|
들여와 전체 시내버스의 절반을 전기차로 바
꾼다고 7일 밝혔다.
나루시 전기 시내버스 스무 대 더 들여와 절반을|
전기차로 바꾸고 충전소 세 곳도 새로 짓는
나루시가 내년 상반기 전기 시내|
버스 20대를 새로 들인다.""".replace("|", " ")


def test_spaced_runs_a_brief_in_a_wider_column_runs_on_to_its_end() -> None:
    texts = _texts(spaced_runs_on(_line_paras(WIDER), Vocabulary(WIDER)))
    # '바' / '꾼다고': the vocabulary never prints '바꾼다고'; the line above, wrapped at
    # the same measure, shows the paragraph running, and its last line ends it
    assert texts[3] == (
        "나루시는 내년 상반기 전기 시내버스 20대를 새로 / 들여와 전체 시내버스의 절반을"
        " 전기차로 바 / 꾼다고 7일 밝혔다."
    )


def test_spaced_runs_near_miss_a_wrapped_head_across_columns_stays_over_its_story() -> None:
    texts = _texts(spaced_runs_on(_line_paras(WIDER), Vocabulary(WIDER)))
    # its second line ends bare at its measure, over a line at the body's measure
    head = texts.index(
        "나루시 전기 시내버스 스무 대 더 들여와 절반을 / 전기차로 바꾸고 충전소 세 곳도 새로 짓는"
    )
    assert texts[head + 1] == "나루시가 내년 상반기 전기 시내 / 버스 20대를 새로 들인다."


def test_spaced_runs_near_miss_a_web_copy_with_stray_spaces_keeps_its_paragraphs() -> None:
    # a paragraph a line, three of them ending in a space after their last sentence
    web = (
        "가람군 산불 감시원 마흔 명 뽑는다\n"
        "가람군이 내년 봄철 산불 감시원을 40명 뽑는다. 만 60세 이상 군민이면 지원할 수 있다. \n"
        "감시원은 2월부터 5월까지 산과 감시탑에서 일한다. \n"
        "지원서는 이달 30일까지 읍사무소에서 받는다. \n"
        "군은 감시원에게 하루 일당 8만원을 준다고 밝혔다.\n"
        "하늘빛 기자"
    )
    paras = _line_paras(web)
    assert spaced_runs_on(paras, Vocabulary(web)) == paras
    # the same text wrapped mid-sentence, as a column wraps it, shows the habit
    wrapped = web.replace(". \n", ".\n").replace("만 60세", "만 \n60세")
    wrapped = wrapped.replace("산과 ", "산과 \n").replace("30일까지 ", "30일까지 \n")
    assert Vocabulary(wrapped).line_end(wrapped.index("만 \n") + 1) == " "


def test_line_spaces_near_miss_a_table_s_rows_ending_in_an_empty_cell_show_no_habit() -> None:
    # rows whose last cell is empty end in a tab; the text under them, wrapped by hand
    # between words, keeps the vocabulary's spaces
    rows = "노선\t첫차\t막차\t비고\n1번\t06:10\t21:40\t\n2번\t06:30\t22:00\t\n3번\t07:00\t20:30\t\n"
    text = rows + "군은 이용객이 적은 노선의 배차 간격을\n늘렸다고 밝혔다."
    joined = join_lines(_lines(text)[-2:], Vocabulary(text)).text
    assert joined == "군은 이용객이 적은 노선의 배차 간격을 늘렸다고 밝혔다."


def test_spaced_runs_near_miss_a_table_s_rows_at_the_measure_stay_rows() -> None:
    # under a story that shows the habit, rows as wide as its lines, their last cell empty
    rows = ["1번 가람터미널-나루역\t06:10\t21:40", "2번 가람터미널-다솜역\t06:30\t22:00"]
    under = EXTRACTED + "".join(f"\n{row}\t" for row in rows)
    texts = _texts(spaced_runs_on(_line_paras(under), Vocabulary(under)))
    assert texts[-2:] == rows
    assert texts[2].endswith(" / 군민이면 누구나 지원할 수 있다.")


def test_line_spaces_near_miss_each_page_shows_its_own_habit() -> None:
    # an extraction's pages, parted by a form feed: the second, typed, keeps the
    # vocabulary's joins though the first shows the producer's spaces
    text = EXTRACTED + "\f\n주민들이 다시 나무를\n심었다."
    joined = join_lines(_lines(text)[-2:], Vocabulary(text)).text
    assert joined == "주민들이 다시 나무를 심었다."
