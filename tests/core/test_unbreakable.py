"""What a line of an ad must not break inside: dates, phone numbers and amounts printed
with spaces in them; list numbers and plain counts are no such token."""

from __future__ import annotations

from reader.unbreakable import unbreakable


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in unbreakable(text)]


def test_dates_with_spaces_are_found() -> None:
    assert _found("접수기간 : 2026. 3. 9.(월) ~ 3. 20.(금) 18:00까지") == [
        "2026. 3. 9.(월)",
        "3. 20.(금)",
    ]
    assert _found("매각기일 2026. 4. 2.(목) 10:00") == ["2026. 4. 2.(목)"]
    assert _found("공고일 2026년 3월 11일") == ["2026년 3월 11일"]
    assert _found("Sale ends March 9, 2026 at the store") == ["March 9, 2026"]


def test_phone_numbers_with_spaces_are_found() -> None:
    assert _found("문의 062) 410-2234, 팩스 (062) 410 2235") == ["062) 410-2234", "(062) 410 2235"]
    assert _found("전화 062 941 3300") == ["062 941 3300"]
    assert _found("Call (555) 010-0142 today") == ["(555) 010-0142"]


def test_amounts_with_spaces_are_found() -> None:
    assert _found("급여 월 250 만원, 분양가 3억 5천만 원부터") == ["250 만원", "3억 5천만 원"]
    assert _found("Only $ 12.50 or 12,000 won") == ["$ 12.50", "12,000 won"]


def test_tokens_without_a_space_and_list_numbers_are_left() -> None:
    # Whole already ('062-941-3300', '1,284,000,000원'), or no token at all.
    assert _found("문의 062-941-3300 추정가격: 1,284,000,000원(부가세 별도)") == []
    assert _found("■ 1. 입찰에 부치는 사항 2. 입찰참가자격 인원 2명 1부") == []


def test_dates_joined_by_a_no_break_or_an_ideographic_space_are_found() -> None:
    for space in ("\u00a0", "\u3000"):
        date = f"2026.{space}3.{space}9.(월)"
        assert _found(f"접수기간 : {date} ~ 3.{space}20.(금)") == [date, f"3.{space}20.(금)"]


def test_words_that_begin_as_a_month_does_are_no_dates() -> None:
    for words in ("Mayor 12", "Market 2", "Junk 5", "Decided 3", "Octopus 8", "Marching 4"):
        assert _found(f"The {words} sale") == [], words
    assert _found("Open Sept. 14, Dec 3 and September 9, 2026") == [
        "Sept. 14",
        "Dec 3",
        "September 9, 2026",
    ]
