"""A firm's notice closed by its contacts at the foot of a legal weekly's listings
(appointments, obituaries): an ad of its own, not an entry-less item of the listing
(reader/ingest/foot_notices.py)."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.foot_notices import FOOT_NOTICE_AD
from reader.model import Ad, Article, Contact

STORY = (
    '"작은 사무소도 공익 사건 맡아야"\n'
    "새내기 변호사 모임이 올해 공익 사건 40건을 맡기로 했다. 모임은 매달 한 번 무료 상담을 연다.\n"
    "대담=한결 기자 hangyeol@lawweekly.kr\n\n"
    "[인사] 지방법원\n"
    "▲민사3부 나래솔 ▲형사1부 도담비\n"
    "▲사무국장 가온누리\n\n"
    "[부고]\n"
    "▲라온별씨 별세=라해솔(가온지법 판사)씨 부친상=3일 가온의료원 장례식장, 발인 5일 오전 7시\n\n"
)
NOTICE = (
    "법무법인 새길 사무소 이전 안내\n"
    "저희 법무법인 새길이 3월 2일부터 아래로 사무소를 옮깁니다.\n"
    "가온시 법원로 17 새길빌딩 4층\n"
    "전화 061-555-0170 팩스 061-555-0171\n"
    "이메일 office@saegil-law.kr\n"
)


def test_a_firms_notice_after_the_obituaries_is_an_ad() -> None:
    edition, trace = explain_text(STORY + NOTICE)
    notice = edition.pages[0].items[-1]
    assert isinstance(notice, Ad) and notice.title is not None
    assert notice.title.text == "법무법인 새길 사무소 이전 안내"
    contacts = [b for b in notice.blocks if isinstance(b, Contact)]
    assert [c.value for c in contacts] == ["061-555-0170", "061-555-0171", "office@saegil-law.kr"]
    assert FOOT_NOTICE_AD in trace.rule(notice.id)
    # the listings above keep their entries
    assert [type(it) for it in edition.pages[0].items[:-1]] == [Article, Article, Article]


def test_the_notice_set_apart_in_lines_by_blank_lines_is_one_ad() -> None:
    """Each of its lines a paragraph of its own: still one notice, not an item a line."""
    spaced = "\n\n".join(NOTICE.splitlines()) + "\n"
    edition, trace = explain_text(STORY + spaced)
    items = edition.pages[0].items
    assert len(items) == 4 and isinstance(items[-1], Ad)
    assert items[-1].title is not None and items[-1].title.text == "법무법인 새길 사무소 이전 안내"


@pytest.mark.parametrize(
    "tail",
    [
        # no contact at its foot: a note under the listing
        "명단은 가나다순입니다\n다음 주에는 검찰 인사를 싣습니다\n가온지법 공보관실 제공\n",
        # the paper's own announcement, under its bracketed heading
        "[알림] 독자 법률상담\n매주 목요일 오후 상담을 받습니다\n"
        "전화 061-555-0100 팩스 061-555-0101\n",
        # a brief reporting news, though its contacts close it
        "새길 법률상담소 개소\n새길 법률상담소가 3일 문을 열었다고 밝혔다.\n"
        "전화 061-555-0170 팩스 061-555-0171\n",
        # a contact above its foot: not one notice closed by its contacts
        "상담 안내\n전화 061-555-0100\n평일 오전\n오후 상담\n토요일 휴무\n"
        "이메일 a@b.kr 누리집 www.b.kr\n",
        # the listing's own note: its date, its source and one number to ask (a firm gives
        # two ways to reach it or more)
        "이상 3월 2일자\n가온지법 총무과 제공\n문의 061-555-0101\n",
    ],
)
def test_a_tail_not_shaped_as_a_notice_is_no_ad(tail: str) -> None:
    edition, trace = explain_text(STORY + tail)
    assert not any(isinstance(it, Ad) for it in edition.pages[0].items)
    assert all(FOOT_NOTICE_AD not in why for why in trace.notes.values())


def test_a_notice_whose_lines_outnumber_the_entries_above_it_leaves_them_a_listing() -> None:
    """Two entries over a notice of five lines: read whole, its prose outweighed the entries
    and the group was an article; the listing is read without the notice."""
    few = (
        STORY.split("[인사]")[0] + "[인사] 지방법원\n"
        "▲민사3부 나래솔 ▲형사1부 도담비\n\n"
        "[부고]\n"
        "▲라온별씨 별세=3일 가온의료원 장례식장, 발인 5일 오전 7시\n\n"
    )
    edition, trace = explain_text(few + NOTICE)
    items = edition.pages[0].items
    assert isinstance(items[-1], Ad) and FOOT_NOTICE_AD in trace.rule(items[-1].id)
    assert items[-1].title is not None and items[-1].title.text == "법무법인 새길 사무소 이전 안내"
    appointments = items[1]
    assert isinstance(appointments, Article) and appointments.headline is not None
    assert appointments.headline.text == "[인사] 지방법원"
    assert [b.kind for b in appointments.body] == ["bullet", "bullet"]
