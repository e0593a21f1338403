"""Where round twenty-five's rules over-reached, found by its review on pages of other kinds:
each page is made up, and each test failed on the round's merge."""

from __future__ import annotations

from tests.ingest.test_conventions import items, parse

STRIKE = (
    "MILL HANDS STRIKE\n\n"
    "The hands at the Acme mill walked out yesterday, demanding a nine-hour day.\n\n"
)

# --- a want ad alone after a story -------------------------------------------------------


def test_a_want_ad_of_one_line_is_one_ad_under_its_head() -> None:
    text = STRIKE + (
        "FOR SALE—A good work horse, six years old, sound and gentle. "
        "Inquire of John Hale, R. F. D. 2.\n"
    )
    story, ad = items(text)
    assert story["headline"] == "MILL HANDS STRIKE"
    assert ad["title"] == "FOR SALE"
    assert ad["blocks"] == [
        (
            "paragraph",
            "A good work horse, six years old, sound and gentle. Inquire of John Hale, R. F. D. 2.",
        )
    ]


def test_found_leading_a_news_paragraph_is_no_want_ad() -> None:
    text = STRIKE + (
        "FOUND—The body of a man was taken from the river below the dam\n"
        "yesterday morning. The coroner will hold an inquest today.\n"
    )
    edition = parse(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article", "Article"]


# --- a wide space inside prose ---------------------------------------------------------------


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


# --- a short line over one sentence after finished text --------------------------------------


def test_a_columns_closing_verse_and_signature_stay_in_the_column() -> None:
    text = (
        "[여적] 봄날은 간다\n\n"
        "올봄 벚꽃은 예년보다 열흘 일찍 피었다. 기후가 바뀌고 있다는 방증이다.\n\n"
        "봄날은 간다\n"
        "연분홍 치마가 봄바람에 휘날리더라 오늘도 옷고름 씹어가며 산제비 넘나드는 성황당 길에.\n"
        "김철수 논설위원\n"
    )
    [column] = items(text)
    assert column["headline"] == "[여적] 봄날은 간다"
    assert [b[:2] for b in column["bylines"]] == [("김철수", "논설위원")]


def test_a_speeches_address_after_finished_text_heads_nothing() -> None:
    text = (
        "신년 기자회견\n\n"
        "당 대표는 2일 국회에서 신년 기자회견을 열었다. 그는 민생을 먼저 챙기겠다고 강조했다.\n\n"
        "국민 여러분, 그리고 당원 동지 여러분\n"
        "새해에는 더 낮은 자세로 국민의 목소리에 더 귀 기울이겠습니다. 감사합니다.\n"
    )
    assert [item["headline"] for item in items(text)] == ["신년 기자회견"]


def test_a_line_leading_in_to_a_quote_heads_nothing() -> None:
    text = (
        "노조 파업 돌입\n\n"
        "한빛제철 노조가 3일 파업에 들어갔다. 노조는 임금 인상을 요구하고 있다.\n\n"
        "위원장은 이 자리에서 이렇게 말했다\n"
        "“우리는 끝까지 싸울 것이고 어떤 일이 있어도 물러서지 않을 것이다.”\n"
    )
    assert [item["headline"] for item in items(text)] == ["노조 파업 돌입"]


# --- a story's own run-in heads in title case ----------------------------------------------


def test_a_storys_run_in_heads_in_title_case_stay_in_the_story() -> None:
    text = (
        "WOMAN'S CLUB MEETS\n\n"
        "The Woman's Club held its regular meeting at the home of Mrs. J. W. Hart on\n"
        "Tuesday afternoon.\n\n"
        "Report of Treasurer.—The treasurer reported a balance of $42.10 in the treasury.\n\n"
        "Report of Secretary.—The secretary read the minutes of the last two meetings.\n\n"
        "The next meeting will be held in two weeks.\n"
    )
    [story] = items(text)
    assert story["headline"] == "WOMAN'S CLUB MEETS"
    assert story["body"][-1] == ("paragraph", "The next meeting will be held in two weeks.")
