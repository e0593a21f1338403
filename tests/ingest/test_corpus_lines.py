"""Pages of one story a line (a corpus's lines), on small made-up examples: a headline cut
from its text at a tab, a bar, a wide space or a bracketed credit, the reporter's byline at a
line's end; and the table rows, brackets and names inside a sentence that cut nothing. Every
name is invented."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.lines import Line
from reader.ingest.tab_head import (
    _CLOSING_CREDIT,
    BAR_HEAD,
    CREDIT_HEAD,
    SPACED_HEAD,
    TAB_HEAD,
    tab_head,
)
from reader.ingest.tail_byline import TAIL_BYLINE
from tests.ingest.rule_pages import _articles, _heads
from tests.ingest.test_conventions import LEAD, items

TAB_LINES = (
    "가람시, 시내버스 노선 12개 개편\t가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 "
    "3일 밝혔다. 출퇴근 시간 배차 간격도 줄인다.\n"
    "[사회] 누리천 산책로 야간 조명 설치\t누리구는 누리천 산책로 2㎞ 구간에 야간 조명을 "
    "새로 달았다고 밝혔다. 공사는 지난달 끝났다.\n"
)


def test_a_short_part_before_a_lines_only_tab_heads_the_sentences_after_it() -> None:
    got = items(TAB_LINES)
    assert [it["headline"] for it in got] == [
        "가람시, 시내버스 노선 12개 개편",
        "[사회] 누리천 산책로 야간 조명 설치",
    ]
    assert [[text for _, text in it["body"]] for it in got] == [
        [
            "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. "
            "출퇴근 시간 배차 간격도 줄인다."
        ],
        [
            "누리구는 누리천 산책로 2㎞ 구간에 야간 조명을 새로 달았다고 밝혔다. "
            "공사는 지난달 끝났다."
        ],
    ]
    _, trace = explain_text(TAB_LINES)
    assert TAB_HEAD in trace.rule("p1-1")


def test_a_tables_rows_keep_their_tabs() -> None:
    text = "오늘의 환율\n\n미국 달러\t1,403.20원\n일본 엔(100엔)\t912.55원\n유로\t1,520.10원\n"
    _, trace = explain_text(text)
    assert all(TAB_HEAD not in rule for rule in trace.notes.values())
    assert all(it["headline"] != "미국 달러" for it in items(text))


BARS = (
    "가람항 물동량 역대 최대 | 가람항의 지난해 컨테이너 물동량이 200만TEU를 넘었다고 "
    "가람항만공사가 5일 밝혔다. 새 항로 세 개가 열린 덕분이다.\n"
    "누리대, 기숙사 착공 | 누리대가 외국인 유학생 600명이 머물 기숙사를 짓기 시작했다. "
    "내년 8월 완공이 목표다.\n"
)


def test_a_short_part_before_a_lines_only_bar_heads_the_sentences_after_it() -> None:
    got = items(BARS)
    assert [it["headline"] for it in got] == ["가람항 물동량 역대 최대", "누리대, 기숙사 착공"]
    assert got[1]["body"] == [
        (
            "lead",
            "누리대가 외국인 유학생 600명이 머물 기숙사를 짓기 시작했다. 내년 8월 완공이 목표다.",
        )
    ]
    _, trace = explain_text(BARS)
    assert BAR_HEAD in trace.rule("p1-1")


def test_a_line_of_several_bars_keeps_them() -> None:
    text = (
        "가람항 물동량 역대 최대\n\n"
        "가람항의 지난해 컨테이너 물동량이 200만TEU를 넘었다고 가람항만공사가 5일 밝혔다.\n\n"
        "좋아요 14 | 공유하기 | 댓글 2\n"
    )
    _, trace = explain_text(text)
    assert all(BAR_HEAD not in rule for rule in trace.notes.values())


CORPUS = (
    "도심 공원 야간 개방 확대\n"
    "한빛시는 다음 달부터 공원 12곳의 개방 시간을 밤 11시까지 늘린다고 18일 밝혔다. "
    "김하늘 기자 sky@hanbit.example.kr\n"
    "수능 영어 1등급 비율 5.8%\n"
    "평가원은 올해 영어 1등급 비율이 5.8%로 집계됐다고 밝혔다.\n"
)


def test_a_reporters_byline_and_email_at_a_lines_end_is_the_byline() -> None:
    got = items(CORPUS)
    assert got[0]["bylines"] == [("김하늘", "기자", "sky@hanbit.example.kr", None)]
    assert got[0]["body"] == [
        ("lead", "한빛시는 다음 달부터 공원 12곳의 개방 시간을 밤 11시까지 늘린다고 18일 밝혔다.")
    ]
    _, trace = explain_text(CORPUS)
    assert any(TAIL_BYLINE in rule for rule in trace.notes.values())


def test_a_name_and_reporter_inside_a_sentence_stay_text() -> None:
    text = (
        "기자상 시상식 열려\n\n"
        "올해 기자상은 김하늘 기자 sky@hanbit.example.kr 에게 돌아갔다고 협회가 밝혔다.\n"
    )
    [story] = items(text)
    assert story["bylines"] == []


def test_a_headline_before_a_bracketed_credit_is_cut_from_its_text() -> None:
    text = (
        "시립도서관 야간 개관 시작 [솔빛통신 하도윤 기자] 시립도서관이 다음 달부터 "
        "평일 밤 10시까지 문을 연다. 시는 열람실 좌석도 120석 늘린다.\n"
        "시내버스 첫차 30분 앞당겨 [동해=솔빛통신 남궁별 기자] 동해시는 다음 달부터 "
        "시내버스 첫차 시간을 오전 5시로 앞당긴다고 밝혔다.\n"
    )
    _, trace = explain_text(text)
    first, second = items(text)
    assert (first["headline"], first["bylines"][0][:2]) == (
        "시립도서관 야간 개관 시작",
        ("하도윤", "기자"),
    )
    assert (second["headline"], second["bylines"][0][:2]) == (
        "시내버스 첫차 30분 앞당겨",
        ("남궁별", "기자"),
    )
    assert any(CREDIT_HEAD in why for why in trace.notes.values())
    # An agency's bare name opens the text too, a credit in brackets may close it.
    line = (
        "공원 산책로 조명 교체 [솔빛통신] 시는 공원 산책로 가로등 300개를 교체한다고 "
        "밝혔다. 공사는 이달 말 끝난다. [문가온 기자]"
    )
    cut = tab_head(Line(line, 0))
    assert cut is not None and cut[0].text == "공원 산책로 조명 교체"
    assert cut[1].text.startswith("[솔빛통신] 시는")


def test_a_tag_or_a_photo_credit_in_brackets_cuts_no_headline() -> None:
    for bracket in ("[단독]", "[사진=솔빛통신]"):
        text = (
            f"시립도서관 야간 개관 시작 {bracket} 시립도서관이 다음 달부터 평일 밤 10시까지 "
            "문을 연다. 시는 열람실 좌석도 120석 늘린다.\n"
        )
        _, trace = explain_text(text)
        assert all(CREDIT_HEAD not in why for why in trace.notes.values())


STORY_A_LINE = (
    "시립도서관이 다음 달부터 야간에도 문을 연다. 평일 오후 10시까지 운영한다고 밝혔다.\n"
    "공원 산책로 조명이 모두 교체된다. 시는 예산 2억원을 들였다고 했다.\n"
    "해당 업체는 [한빛일보] 보도 이후 사과문을 냈다. 업체는 재발 방지 대책을 마련해 "
    "다음 달까지 공개하겠다고 약속했다.\n"
    "한빛시가 청년 창업 지원 사업 참가자를 모집한다. 신청은 이달 말까지다.\n"
    "시내버스 노선 세 개가 다음 주부터 바뀐다. 자세한 내용은 누리집에 있다.\n"
)


def test_a_papers_name_in_brackets_inside_a_sentence_cuts_no_headline() -> None:
    edition = ingest_text(STORY_A_LINE)
    assert len(_articles(edition)) == 5
    assert all(head is None for head in _heads(edition))


def test_a_credit_cut_from_one_line_keeps_the_page_one_story_a_line() -> None:
    page = (
        "한빛시 의회 예산안 통과 [서울=한빛통신 김철수 기자] 한빛시 의회가 내년 예산안을 "
        "통과시켰다. 예산은 3조원 규모다.\n"
        "시립도서관이 다음 달부터 야간에도 문을 연다. 평일 오후 10시까지 운영한다. "
        "전주=김하늘 기자\n"
        "공원 산책로 조명이 모두 교체된다. 시는 예산 2억원을 들였다고 했다. 전주=박소연 기자\n"
        "한빛시가 청년 창업 지원 사업 참가자를 모집한다. 신청은 이달 말까지다.\n"
        "시내버스 노선 세 개가 다음 주부터 바뀐다. 자세한 내용은 누리집에 있다.\n"
    )
    edition = ingest_text(page)
    assert len(_articles(edition)) == 5
    assert _heads(edition)[0] == "한빛시 의회 예산안 통과"


def test_a_glossarys_rows_with_one_tab_stay_its_rows() -> None:
    """A table's label is one word over a cell of one sentence; a headline heads a story."""
    rows = (
        "기준금리\t한국은행이 시중 은행에 돈을 빌려줄 때 적용하는 정책 금리를 말하며, "
        "매달 금융통화위원회가 정한다.\n"
        "가산금리\t은행이 기준금리에 더하는 금리로, 신용도에 따라 크게 달라진다.\n"
    )
    story, glossary = items(f"금리 오른다\n\n{LEAD}\n\n용어 풀이\n{rows}")
    assert story["headline"] == "금리 오른다"
    assert glossary["headline"] == "용어 풀이"
    assert [text.split("\t")[0] for _, text in glossary["body"]] == ["기준금리", "가산금리"]


def test_corpus_lines_with_a_wide_space_between_headline_and_text() -> None:
    text = (
        "솔뫼군, 내년 예산 9천억원 편성  "
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다. "
        "복지 예산이 가장 많다.\n"
        "시장 주차장 80면 늘린다  "
        "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
        "사업비는 12억원이다.\n"
        "도서관 야간 개관 주 2회로  "
        "군립도서관이 다음 달부터 화요일과 목요일에 밤 9시까지 문을 연다고 밝혔다. "
        "설문에서 이용객 다수가 원했다.\n"
        "솔뫼고 축구부 4강 올라  "
        "솔뫼고 축구부가 전국대회 8강전에서 승부차기 끝에 이겨 4강에 올랐다. "
        "준결승은 토요일에 열린다.\n"
    )
    edition, trace = explain_text(text)
    got = items(text)
    assert [i["headline"] for i in got] == [
        "솔뫼군, 내년 예산 9천억원 편성",
        "시장 주차장 80면 늘린다",
        "도서관 야간 개관 주 2회로",
        "솔뫼고 축구부 4강 올라",
    ]
    assert got[1]["body"] == [
        (
            "lead",
            "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
            "사업비는 12억원이다.",
        )
    ]
    assert SPACED_HEAD in trace.rule("p1-1")


def test_one_line_with_a_wide_space_is_not_cut() -> None:
    # one wide space on a page is a typing slip, not a corpus's fields
    text = (
        "솔뫼군 예산안  군의회로 넘어가\n"
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다.\n"
        "군의회는 다음 달 5일 본회의에서 예산안을 심사한다.\n"
        "군은 복지 예산을 가장 많이 늘렸다.\n"
    )
    assert all(SPACED_HEAD not in rule for rule in explain_text(text)[1].notes.values())


def test_a_tab_headed_line_closed_by_its_reporters_name() -> None:
    text = (
        "솔뫼군, 내년 예산 9천억원 편성\t"
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다. "
        "한가람 기자\n"
        "시장 주차장 80면 늘린다\t"
        "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
        "나은솔 기자\n"
    )
    edition, trace = explain_text(text)
    first, second = items(text)
    assert first["body"] == [
        ("lead", "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다.")
    ]
    assert [b[0] for b in second["bylines"]] == ["나은솔"]
    assert TAB_HEAD in trace.rule("p1-1")


def test_a_tab_headed_line_closed_by_its_reporters_name_and_address() -> None:
    text = (
        "솔뫼군, 내년 예산 9천억원 편성\t"
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다. "
        "한가람 기자 garam@solmoe.kr\n"
        "시장 주차장 80면 늘린다\t"
        "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
        "공사는 3월에 시작한다.\n"
    )
    first, second = items(text)
    assert first["headline"] == "솔뫼군, 내년 예산 9천억원 편성"
    assert first["bylines"] == [("한가람", "기자", "garam@solmoe.kr", None)]
    assert second["headline"] == "시장 주차장 80면 늘린다"


def test_an_address_after_a_name_inside_the_text_is_no_credit() -> None:
    # no sentence ends before the name: the reporter is the text's subject, not its credit
    assert _CLOSING_CREDIT.search("군청 기자실에서 만난 한가람 기자 garam@solmoe.kr") is None
    assert _CLOSING_CREDIT.search("예산을 짰다. 한가람 기자 garam@solmoe.kr") is not None


def test_a_name_inside_the_text_is_no_credit() -> None:
    # '… 한가람 기자' ends no sentence-closed text here: the line is the reporter's words
    text = "솔뫼군, 예산 편성\t군청 기자실에서 만난 관계자가 설명한 한가람 기자\n" * 2
    for item in items(text):
        assert item["bylines"] == []


def test_two_double_spaces_in_a_story_cut_no_corpus_fields() -> None:
    text = (
        "청년 월세 지원 확대\n"
        "정부는 내년부터 청년 월세 지원을 확대한다고 9일 밝혔다.\n"
        "이에 따라  지원 대상은 연 소득 5천만원 이하 청년으로 넓어지며 약 20만 명이 새로 "
        "혜택을 받는다.\n"
        "이와 함께  국토교통부는 다음 달 세부 시행 계획을 발표하고 온라인 신청 접수를 시작할 "
        "예정이다.\n"
    )
    [story] = items(text)
    assert story["headline"] == "청년 월세 지원 확대"
    assert story["deck"] == [] and len(story["body"]) == 3
    assert story["body"][1][1].startswith("이에 따라  지원 대상은")


def test_a_schedules_times_apart_by_a_wide_space_are_no_headlines() -> None:
    text = (
        "대통령 일정\n"
        "오전 10시  대통령이 청와대 본관에서 국무회의를 주재하고 내년도 예산안과 민생 법안 "
        "처리 방향을 심의한다.\n"
        "오후 2시  대통령이 지역 상공인 30여 명과 간담회를 열고 골목 상권 회복을 위한 현장의 "
        "목소리를 듣는다.\n"
        "오후 5시  대통령이 외교 사절단을 접견하고 양국 사이의 교역 확대와 문화 교류 협력 "
        "방안을 논의한다.\n"
    )
    [item] = items(text)
    assert item["headline"] == "대통령 일정"
    assert item["deck"] == [] and all(kind != "subhead" for kind, _ in item["body"])
