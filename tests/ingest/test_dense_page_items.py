"""Where items part on a page printed without blank lines: a title in brackets after an
item that awaits no byline, and a photo's caption printed over the next story's headline.
Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.dense_items import BRACKET_AFTER_SIGNED, CAPTION_OVER_HEAD
from tests.ingest.test_conventions import items

_TOP = "경제\n2026년 5월 4일 월요일 12\n"
_SIGNED = (
    "누리항 물동량 역대 최대\n환적 화물 늘어\n도하늘 기자\n"
    "누리항의 올해 물동량이 처음으로 200만TEU를 넘었다.\n"
    "항만공사는 내년에도 물동량이 늘 것으로 내다봤다.\n"
)
_BRIEFS = (
    "[경제 단신]\n누리상의는 11일 상의회관에서 경제 전망 간담회를 연다.\n"
    "가람은행은 소상공인에게 연 3.9% 고정금리로 대출해 준다.\n"
)


def test_a_bracketed_title_after_a_story_signed_under_its_head_opens_an_item() -> None:
    text = _TOP + _SIGNED + _BRIEFS
    _edition, trace = explain_text(text)
    got = items(text)
    assert [it["headline"] for it in got] == ["누리항 물동량 역대 최대", "경제 단신"]
    assert BRACKET_AFTER_SIGNED in trace.rule("p1-2")


def test_a_bracketed_title_after_a_marked_brief_opens_an_item() -> None:
    brief = "▲누리시의회, 청년 조례 가결\n누리시의회는 4일 청년 기본조례를 원안대로 가결했다.\n"
    notice = "[알립니다]\n독자 제보는 누리집으로 받습니다.\n"
    text = _TOP + "의회 소식\n" + brief + notice
    _edition, trace = explain_text(text)
    assert [it["headline"] for it in items(text)][-1] == "알립니다"


def test_a_bracketed_subhead_of_a_story_not_yet_signed_stays_in_it() -> None:
    # the byline closes the story under its '[…]' part: the part is a subhead
    story = (
        "누리산 둘레길 새로 열려\n"
        "누리산 둘레길 2구간이 4일 문을 열었다.\n"
        "[걷기 정보]\n주차장에서 정상까지 왕복 2.4㎞, 1시간 30분 걸린다.\n"
        "윤하람 여행작가\n"
    )
    _edition, trace = explain_text(_TOP + story)
    [item] = items(_TOP + story)
    assert ("subhead", "걷기 정보") in item["body"]
    assert BRACKET_AFTER_SIGNED not in trace.rule("p1-1")


def test_a_caption_closed_by_its_credit_over_a_headline_is_that_storys_photo() -> None:
    first = "누리시 예산 5천억 돌파\n누리시가 내년 예산을 5,118억원으로 짰다.\n류한결 기자\n"
    second = (
        "누리시 버스 기사들이 4일 시청 앞에서 처우 개선을 요구하고 있다. /누리일보 DB\n"
        "버스 기사들 “휴게 시간 보장해야”\n"
        "누리시 버스 기사 30여명이 4일 시청 앞에서 집회를 열었다.\n"
        "시는 다음 주 운수업체와 간담회를 열기로 했다.\n"
        "염보라 기자\n"
    )
    text = _TOP + first + second
    _edition, trace = explain_text(text)
    got = items(text)
    assert [it["headline"] for it in got] == [
        "누리시 예산 5천억 돌파",
        "버스 기사들 “휴게 시간 보장해야”",
    ]
    assert [kind for kind, _ in got[1]["body"]] == ["caption", "lead", "paragraph"]
    assert CAPTION_OVER_HEAD in trace.rule("p1-2")


def test_a_caption_under_its_story_with_no_headline_under_it_stays_the_storys() -> None:
    # the caption is the last line of the page: no headline stands under it
    story = (
        "누리시 예산 5천억 돌파\n누리시가 내년 예산을 5,118억원으로 짰다.\n"
        "누리시청 전경. /누리일보 DB\n"
    )
    _edition, trace = explain_text(_TOP + story)
    assert len(items(_TOP + story)) == 1
    assert not any(CAPTION_OVER_HEAD in rule for rule in trace.notes.values())


def test_a_long_unsigned_item_of_bracketed_titles_reads_each_line_once(monkeypatch) -> None:
    """Whether the item holds a byline is kept as it grows: read again at every title, a
    page of 600 lines cost tens of thousands of byline tests (quadratic)."""
    from reader.ingest import dense_items, ingest_text

    lines = []
    for i in range(200):  # one line in three a bracketed title, no byline, no blank line
        lines += ["[경제 단신]", f"한빛시는 {i}번 도로 공사를 시작했다.", "주민 불편이 예상된다."]
    tested: list[str] = []
    real = dense_items.is_byline

    def counted(text: str) -> bool:
        tested.append(text)
        return real(text)

    monkeypatch.setattr(dense_items, "is_byline", counted)
    ingest_text("\n".join(lines), name="briefs")
    assert 0 < len(tested) <= len(lines)
