"""A web copy's head read whatever word its site files the story under: a section's word
of two joined by a middle dot ('사건·사고') in the breadcrumb or alone; a breadcrumb under a
name with no paper's word in it ('누리온데일리'), which a site alone prints, or a known
section's word ('IT·과학'); the breadcrumb set over the outlet's name; a site's send and
text-size buttons ('SNS 기사보내기', '본문 글씨 키우기'). And the near misses: a breadcrumb
with no stamp, a headline under a breadcrumb, a word under the name that files nothing, a
sentence naming the buttons' words. Every name is invented."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.web_foot import share_line
from tests.ingest.test_conventions import items

HEADLINE = "솔뫼시 밤사이 폭우…하천 주민 200명 대피"
STAMP = "입력 2027.08.02 06:40 | 수정 2027.08.02 08:10"
BUTTONS = "기사 공유하기 페이스북 카카오톡 URL복사\n글자크기 가 가"
STORY = (
    "2일 새벽 솔뫼시에 시간당 60㎜가 넘는 비가 쏟아져 하천 주민 200명이 대피했다.\n\n"
    "시는 오전 4시 하천변 저지대 두 개 동에 대피 명령을 내렸다.\n\n"
    "한도윤 기자 doyun@solmoe.kr\n"
)


def _head(masthead) -> tuple:
    assert masthead is not None
    return masthead.paper, masthead.url, masthead.date


def test_a_breadcrumb_under_a_name_of_no_papers_word_names_the_outlet() -> None:
    # '솔뫼온데일리' holds no '…뉴스' or '…일보': the site's breadcrumb under it says it is
    # the outlet, as an address would; its last step joins two words with a middle dot
    text = f"솔뫼온데일리\n홈 > 사회 > 사건·사고\n\n{HEADLINE}\n{STAMP}\n{BUTTONS}\n\n{STORY}"
    edition = ingest_text(text)
    assert _head(edition.masthead) == ("솔뫼온데일리", None, "2027-08-02")
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "홈 > 사회 > 사건·사고"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, [])


def test_near_miss_a_breadcrumb_with_no_stamp_names_no_outlet_of_the_web_head() -> None:
    # no stamp anywhere: nothing says the page is a web copy's, the word is no outlet
    text = f"솔뫼온데일리\n홈 > 사회 > 사건·사고\n\n{HEADLINE}\n\n{STORY}"
    masthead = ingest_text(text).masthead
    assert masthead is None or masthead.paper is None


def test_the_breadcrumb_over_the_outlets_name_is_the_pages_label() -> None:
    top = f"홈 > 지역 > 솔뫼시\n솔뫼뉴스\nwww.solmoenews.kr\n{STAMP}"
    text = f"{top}\n\n{HEADLINE}\n장마 앞두고 배수로 점검\n\n{BUTTONS}\n\n{STORY}"
    edition = ingest_text(text)
    assert _head(edition.masthead) == ("솔뫼뉴스", "www.solmoenews.kr", "2027-08-02")
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "홈 > 지역 > 솔뫼시"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, ["장마 앞두고 배수로 점검"])


def test_near_miss_a_headline_under_the_breadcrumb_is_no_outlet() -> None:
    # the breadcrumb over a headline of several words and its stamp: no outlet is named
    text = f"홈 > 지역 > 솔뫼시\n{HEADLINE}\n{STAMP}\n\n{STORY}"
    masthead = ingest_text(text).masthead
    assert masthead is None or masthead.paper is None


def test_near_miss_a_headline_and_deck_under_the_breadcrumb_name_no_outlet() -> None:
    # with a deck, the stamp stands too low under the breadcrumb to be read as a headline's:
    # the head is read under the breadcrumb, no outlet named, and its stamp dates the copy
    deck = "장마 앞두고 배수로 점검"
    text = f"홈 > 지역 > 솔뫼시\n{HEADLINE}\n{deck}\n{STAMP}\n\n{STORY}"
    edition = ingest_text(text)
    assert _head(edition.masthead) == (None, None, "2027-08-02")
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "홈 > 지역 > 솔뫼시"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, [deck])


def test_a_section_word_of_two_joined_by_a_dot_under_the_address() -> None:
    # a page set without blank lines: name, address, '문화·관광', headline, deck, the stamp
    # after the reporter's name, and a site's buttons that send the story or size its text
    buttons = (
        "SNS 기사보내기\n페이스북(으)로 기사보내기\nURL복사\n본문 글씨 키우기\n본문 글씨 줄이기"
    )
    stamp = "기자명 한도윤 기자    입력 2027.05.10 17:20    댓글 0"
    story = STORY.replace("\n\n", "\n")
    top = "솔뫼인터넷뉴스\nwww.solmoenews.kr\n문화·관광"
    text = f"{top}\n{HEADLINE}\n배수로 새로 정비\n{stamp}\n{buttons}\n{story}"
    edition = ingest_text(text)
    assert _head(edition.masthead) == ("솔뫼인터넷뉴스", "www.solmoenews.kr", "2027-05-10")
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "문화·관광"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, ["배수로 새로 정비"])


def test_the_sites_send_and_size_buttons_are_share_lines() -> None:
    for text in ("SNS 기사보내기", "카카오톡(으)로 기사보내기", "본문 글씨 키우기"):
        assert share_line(text), text


def test_near_miss_a_sentence_with_the_buttons_words_is_no_share_line() -> None:
    assert not share_line("기사보내기 버튼을 누르면 카카오톡으로 보낼 수 있다.")


def _filed_page(name: str, section: str) -> str:
    stamp = "한도윤 기자 | 입력 2027.06.08 09:12 | 수정 2027.06.08 11:30"
    return f"{name}\n{section}\n\n{HEADLINE}\n배수로 새로 정비\n{stamp}\n공유하기\n인쇄\n\n{STORY}"


def test_a_known_sections_word_under_a_name_of_no_papers_word_names_the_outlet() -> None:
    # 'IT·과학' files the story under a known section ('과학'); the word over it is the
    # site's name though it holds no '…뉴스', as under an address or a breadcrumb
    edition = ingest_text(_filed_page("솔뫼테크", "IT·과학"))
    assert _head(edition.masthead) == ("솔뫼테크", None, "2027-06-08")
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "IT·과학"


def test_near_miss_a_word_under_the_name_that_files_nothing_names_no_outlet() -> None:
    # neither '노래' nor '춤' is a section's word: nothing says the page is a site's
    masthead = ingest_text(_filed_page("솔뫼테크", "노래·춤")).masthead
    assert masthead is None or masthead.paper is None


def test_share_alone_over_the_sites_buttons_one_a_line_closes_the_head() -> None:
    # '공유' alone (not '공유하기') opens the run of buttons one a line under the stamp
    stamp = "기자명 한도윤 기자 입력 2027.04.07 16:42 수정 2027.04.07 18:05 댓글 0"
    top = "솔뫼뉴스\nwww.solmoenews.kr\n홈 > 지역 > 솔뫼시"
    text = f"{top}\n\n{HEADLINE}\n배수로 새로 정비\n\n{stamp}\n공유\n페이스북\nURL복사\n\n{STORY}"
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, ["배수로 새로 정비"])
    assert share_line("공유")


def test_near_miss_share_as_a_word_in_a_line_is_no_button() -> None:
    assert not share_line("공유 킥보드")
    assert not share_line("공유 경제가 커졌다.")
