"""A page's label: a short name, a pair of subjects or a section in capitals over a headline."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.label import LABEL_OVER_HEADLINE, OVER_A_STACK
from reader.ingest.label_caps import CAPS_OVER_STACK
from reader.ingest.label_desk import DESK_OVER_TIGHT_HEAD, EN_DESK
from tests.ingest.outline import outline
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import HEAD_PLAIN as HEAD
from tests.ingest.rule_pages import REGATTA, SPORTS_PAGE
from tests.ingest.rule_pages import STORY_BALL_GAME as STORY
from tests.ingest.test_conventions import LEAD, MORE, items, parse


def test_a_short_name_alone_over_a_bracketed_title_is_the_pages_label() -> None:
    text = f"독자 마당\n\n[이번 주 퀴즈]\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    [page] = edition.pages
    assert page.section == "독자 마당"
    assert "alone over a heading in brackets" in trace.rule("p1")
    [item] = items(text)
    assert item["headline"] == "이번 주 퀴즈"


def test_a_headline_over_its_lead_is_no_label() -> None:
    [page] = parse(f"봄꽃 축제 개막\n\n{LEAD}\n\n{MORE}\n").pages
    assert page.section != "봄꽃 축제 개막"


ELECTION = (
    "4·10 누리시장 보궐선거\n\n\n"
    "한누리 후보 당선… 2위와 1,204표 차이로 승리\n\n\n"
    "재개발 공약 앞세워\n\n\n"
    f"{LEAD}\n"
)


def test_a_short_first_line_over_a_headline_with_a_shorter_deck_is_the_label() -> None:
    [page] = outline(parse(ELECTION))
    assert page["section"] == "4·10 누리시장 보궐선거" and not page["inferred"]
    [story] = page["items"]
    assert story["headline"] == "한누리 후보 당선… 2위와 1,204표 차이로 승리"
    assert story["deck"] == ["재개발 공약 앞세워"]
    _, trace = explain_text(ELECTION)
    assert trace.rule("p1") == OVER_A_STACK


def test_a_short_headline_over_a_longer_deck_is_no_label() -> None:
    """Without a label's marks (a date's figures, '·') the short line is the headline."""
    text = f"누리 골목 살리기\n\n청년 상인 임대료 지원 두 배로\n\n시 예산 40억 원 편성\n\n{LEAD}\n"
    [page] = outline(parse(text))
    assert page["inferred"]
    assert page["items"][0]["headline"] == "누리 골목 살리기"


def test_a_word_over_a_title_over_results_is_the_label() -> None:
    [page] = outline(parse("조정\n\n" + REGATTA))
    assert page["section"] == "조정"
    assert page["items"][0]["headline"] == "가람호 조정대회 결과"


def test_a_short_line_in_capitals_over_a_headline_stack_is_the_label() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "ATHLETIC NOTES"
    assert trace.rule("p1") == CAPS_OVER_STACK
    first = items(SPORTS_PAGE)[0]
    assert first["headline"] == "ACADEMY NINE TAKES A CLOSE GAME"
    assert first["deck"] == ["Fenn Pitches a Steady Game Before a Large Crowd."]


def test_a_headline_alone_over_its_deck_alone_is_no_label() -> None:
    text = "FIRE AT THE MILL\n\nLOSS IS HEAVY\n\nInsurance Covers Half.\n\n" + STORY
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "FIRE AT THE MILL"


def test_a_headlines_first_tier_over_its_bank_is_no_label() -> None:
    """A short first tier in capitals ('BIG FIRE') over its bank in one block: no word
    papers name a section with, so it stays the headline."""
    text = "BIG FIRE\n\nTHREE BLOCKS BURNED\nIN NIGHT BLAZE\n\nLoss Put at $40,000.\n\n" + STORY
    assert parse(text).pages[0].label is None
    assert items(text)[0]["headline"].startswith("BIG FIRE")


def test_two_subjects_joined_by_a_dot_over_a_headline_and_its_text_are_the_label() -> None:
    text = f"교육·문화\n\n누리시 작은도서관 12곳, 밤 10시까지 문 연다\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "교육·문화"
    assert trace.rule("p1") == LABEL_OVER_HEADLINE
    [item] = items(text)
    assert item["headline"] == "누리시 작은도서관 12곳, 밤 10시까지 문 연다"
    assert item["deck"] == []


def test_a_short_headline_over_a_longer_deck_stays_the_headline() -> None:
    """A pair inside a phrase ('한·미 회담') is a headline's, not a section's name."""
    text = f"한·미 회담 열려\n\n두 정상, 공급망 협력과 청년 교류 확대에 합의\n\n{LEAD}\n"
    assert parse(text).pages[0].label is None
    assert items(text)[0]["headline"] == "한·미 회담 열려"


def test_an_english_label_in_capitals_with_its_mark_over_a_mixed_case_headline() -> None:
    text = (
        "HOME & GARDEN\n\n"
        "Winter pruning: what to cut and what to leave\n"
        "By Ada Quill\n\n"
        "Most shrubs can be pruned in late winter, before the buds break. Leave the spring "
        "bloomers alone until after they flower.\n"
    )
    label = parse(text).pages[0].label
    assert label is not None and label.text == "HOME & GARDEN"
    [item] = items(text)
    assert item["headline"] == "Winter pruning: what to cut and what to leave"


def test_a_title_in_capitals_without_a_labels_mark_still_titles_its_run() -> None:
    text = (
        "OUR VIEW\n\n"
        "The county should fund its libraries\n\n"
        "The county board cut library hours again this year. Readers deserve better, and "
        "the money is there.\n"
    )
    assert parse(text).pages[0].label is None


def test_a_pair_of_subjects_over_a_columns_headline_is_the_pages_label() -> None:
    text = (
        f"밥·차\n[한누리의 찻잔 이야기] (4) 봄날의 녹차 - 첫물차가 귀한 까닭\n\n{LEAD}\n\n{MORE}\n"
    )
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "밥·차"
    [story] = items(text)
    assert story["headline"] == "[한누리의 찻잔 이야기] (4) 봄날의 녹차"
    assert story["deck"] == ["첫물차가 귀한 까닭"]
    assert trace.rule("p1") == LABEL_OVER_HEADLINE


def test_a_pair_over_a_plain_headline_in_one_block_stays_the_headline() -> None:
    """No column's tag under it: the pair may be the headline ('한·미') over its deck."""
    text = f"한·미\n정상회담 다음 달 워싱턴서 열려\n\n{LEAD}\n"
    [story] = items(text)
    assert story["headline"] == "한·미"


def test_a_short_name_set_apart_over_a_headline_tight_on_its_lead_is_the_label() -> None:
    text = f"누리 복지관 소식\n\n{HEAD}\n{LEAD}\n{MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "누리 복지관 소식"
    [story] = items(text)
    assert story["headline"] == HEAD
    assert story["deck"] == []
    assert DESK_OVER_TIGHT_HEAD in trace.rule("p1")


def test_a_headline_set_apart_from_its_deck_and_lead_stays_the_headline() -> None:
    """The line under the first one is as short as a headline's deck: no label."""
    text = f"누리 복지관 새 단장\n\n복지관 3월 문 연다\n{LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None


def test_a_name_joined_by_an_ampersand_over_a_columns_headline_is_the_label() -> None:
    column = "[한누리의 산길 일기] (3) 봄 능선 걷기 - 바람부터 읽는다"
    text = f"여행 & 레저\n\n\n{column}\n\n\n{LEAD}\n\n\n{MORE}\n"
    edition, _ = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "여행 & 레저"
    [story] = items(text)
    assert story["headline"] == "[한누리의 산길 일기] (3) 봄 능선 걷기"
    assert story["deck"] == ["바람부터 읽는다"]


def test_a_section_name_in_capitals_over_a_headline_not_in_capitals_is_the_label() -> None:
    text = f"COMMUNITY NEWS\n\nRotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "COMMUNITY NEWS"
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert EN_DESK in trace.rule("p1")


def test_a_headline_in_capitals_over_its_bank_is_no_label() -> None:
    """Capitals not ending on a desk's word ('… FLOOD') are a headline over its bank."""
    text = f"RIVER TOWNS FLOOD\n\nHundreds leave their homes\n\n{EN_LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None


def test_a_desk_name_in_capitals_on_a_page_without_blank_lines_is_the_label() -> None:
    text = f"PARISH NEWS\nBake sale moves to the hall\n{EN_LEAD}\n{EN_MORE}\n"
    edition, _ = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "PARISH NEWS"
