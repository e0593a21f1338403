"""A Korean nameplate's fields in the dresses papers of other kinds print them: the lunar
date after the issue, a magazine's bare dotted date beside its issue, a few words beside
the issue and date under the name (a house organ's company, a church's day), the English
name beside the Korean, and an old paper's folio in Hanja under its label; and the near
misses that are none. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.label import OVER_FOLIO
from reader.ingest.masthead import ASIDE_RULE
from tests.ingest.rule_pages import STORY_KO
from tests.ingest.test_conventions import items, parse


def test_the_lunar_date_after_the_issue_is_the_nameplates() -> None:
    m = parse(f"들녘농민신문 2027년 2월 5일 금요일 제412호 (음력 12월 29일)\n\n{STORY_KO}").masthead
    assert m is not None and (m.paper, m.issue, m.lunar) == ("들녘농민신문", 412, "12-29")


def test_a_bare_dotted_date_beside_the_issue_is_the_nameplates() -> None:
    m = parse(f"월간 바람 2027.2.1 제88호\n\n{STORY_KO}").masthead
    assert m is not None and (m.paper, m.date, m.issue) == ("월간 바람", "2027-02-01", 88)


def test_a_bare_dotted_date_without_an_issue_is_no_nameplate() -> None:
    m = parse(f"월간 바람 2027.2.1\n\n{STORY_KO}").masthead
    assert m is None or m.date is None


def test_words_beside_the_issue_and_date_under_the_name() -> None:
    for aside in (
        "(주)솔빛전자 사보 제61호 2027년 2월 1일 월요일",
        "제88호 2027년 2월 7일 일요일 사순절 첫째 주일",
    ):
        text = f"솔빛소식\n{aside}\n\n{STORY_KO}"
        edition, trace = explain_text(text)
        m = edition.masthead
        assert m is not None and m.paper == "솔빛소식" and m.issue in (61, 88)
        assert trace.rule("edition", "masthead") == ASIDE_RULE
        assert items(text)[0]["headline"] == "가람시, 시내버스 노선 12개 개편"


def test_a_dated_sentence_under_a_name_without_an_issue_is_no_nameplate() -> None:
    text = f"솔빛소식\n2027년 2월 7일 일요일 오후 예배 성가대 찬양\n\n{STORY_KO}"
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != ASIDE_RULE


def test_the_english_name_beside_the_korean_is_not_the_papers() -> None:
    text = f"뉴욕한결신문 THE HANGYEOL NEWS\n2027년 2월 6일 토요일 제120호\n\n{STORY_KO}"
    m = parse(text).masthead
    assert m is not None and (m.paper, m.issue) == ("뉴욕한결신문", 120)


def test_an_old_papers_folio_in_hanja_under_its_label() -> None:
    text = f"經濟\n1979年 4月 3日 火曜日   南海新聞  (5)\n\n{STORY_KO}"
    edition, trace = explain_text(text)
    m = edition.masthead
    assert m is not None and (m.paper, m.date) == ("南海新聞", "1979-04-03")
    assert edition.pages[0].section == "經濟"
    assert trace.rule("p1") == OVER_FOLIO
