"""An outlet's name over its section's word in one block is the masthead's, whatever the
word (docs/ingest-conventions.md, "Round sixty-five (lines torn inside a quotation)"): a
section named by two words joined by a middle dot ('판결·결정') is a section's word as the
breadcrumbs' are (outlet.SECTION_WORD). The page is made up."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article

PAGE = """법률누리
{section}

구청 “배수로 점검 안 해” 침수 피해 70% 배상

지난여름 집중호우 때 배수로가 막혀 상가가 물에 잠긴 사고에 구청이 배상해야 한다는 판결이 나왔다.

이가온 기자 gaon@lawnuri.example

<저작권자 ⓒ 법률누리, 무단 전재 및 재배포 금지>"""


def _read(section: str) -> tuple[str | None, str | None, str | None]:
    edition = ingest_text(PAGE.format(section=section), name="t")
    page = edition.pages[0]
    head = page.items[0].headline if isinstance(page.items[0], Article) else None
    paper = edition.masthead.paper if edition.masthead else None
    return paper, page.section, head.text if head else None


def test_a_section_of_two_words_joined_by_a_middle_dot_under_the_outlets_name() -> None:
    head = "구청 “배수로 점검 안 해” 침수 피해 70% 배상"
    assert _read("판결·결정") == ("법률누리", "판결·결정", head)


def test_near_miss_a_sentence_under_the_name_is_no_section() -> None:
    # a sentence under the name, not a section's word: the outlet's head is not read there
    paper, section, _ = _read("구청·상인 다툼은 석 달째다.")
    assert paper is None
    assert section != "구청·상인 다툼은 석 달째다."
