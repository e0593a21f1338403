"""A box's line of entries torn inside its last entry keeps that entry whole (docs/
ingest-conventions.md, "Round sixty-five (lines torn inside a quotation)"): on a page whose
producer keeps the space where a line broke between words, a line holding two entries or
more that ends bare at the box's measure carries its last entry on into the line under,
bare of any mark, when that line is the entry's short rest or goes on with the box's
entries. A head under the box shows its punctuation or runs longer, and a box's last line
ending on a whole entry falls short of the measure. The pages are made up, as an
extraction gives them; '|' marks a line's trailing space."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.repair import Vocabulary
from reader.ingest.segment import pages
from reader.ingest.spaced_runs import spaced_runs_on
from reader.model import Article

PAGE = """4 정치 2027년 2월 3일 수요일
서하군 새 청사 착공
윤다래 기자
서하군이 새 군청사를 짓는 공사를 오는|
3월 시작한다. 군은 사업비 420억원을|
들여 2029년까지 공사를 마칠 계획이다.
[인사] 서하군
<국장급>
▲기획조정실장 남도현 ▲복지국장 하은솔
<과장급>
{box}
{under}
서하군의회가 새해 예산안 처리를 두 번째로|
미뤘다. 의장 자리를 두고 의원들이 맞서면서|
본회의가 열리지 못했다.
/모하린 기자"""
TORN = "▲재무과장 도하람 ▲농정과장 임시우 ▲안전"


def _text(box: str, under: str) -> str:
    return PAGE.format(box=box, under=under).replace("|", " ")


def _paras(text: str) -> list[list[str]]:
    paras = spaced_runs_on(pages(text)[0].paras, Vocabulary(text))
    return [[x.text for x in p.lines] for p in paras]


def _bullets(text: str) -> list[str]:
    items = ingest_text(text, name="t").pages[0].items
    box = next(x for x in items if isinstance(x, Article) and "[인사]" in str(x.headline))
    return [b.text for b in box.body if b.kind == "bullet"]


def test_torn_entries_the_last_entry_torn_into_the_line_under_stays_whole() -> None:
    text = _text(TORN, "총괄과장 석다온")
    assert [TORN, "총괄과장 석다온"] in _paras(text)
    assert _bullets(text)[-3:] == ["재무과장 도하람", "농정과장 임시우", "안전총괄과장 석다온"]


def test_torn_entries_the_line_under_going_on_with_the_entries() -> None:
    under = "총괄과장 석다온 ▲민원과장 변하윤"
    text = _text(TORN, under)
    assert [TORN, under] in _paras(text)
    items = ingest_text(text, name="t").pages[0].items
    heads = [h.text for x in items if (h := getattr(x, "headline", None))]
    assert not any(h.startswith("총괄과장") for h in heads)


def test_torn_entries_near_miss_a_head_with_its_punctuation_under_a_full_line() -> None:
    head = "군의회, 예산안 처리 또 미뤄"
    paras = _paras(_text("▲재무과장 도하람 ▲농정과장 임시우 ▲안전과장", head))
    assert [head] in paras


def test_torn_entries_near_miss_a_short_head_under_a_line_short_of_the_measure() -> None:
    # the box's last line ends on a whole entry, short of its widest line of entries
    paras = _paras(_text("▲재무과장 도하람", "예산 공전"))
    assert ["예산 공전"] in paras


def test_torn_entries_near_miss_a_short_head_under_a_whole_entry_at_the_measure() -> None:
    # the box's last line ends on a whole entry ('▲안전과장 석다온') and fills the measure by
    # chance: the short head under it, no punctuation, opening on a noun, would make that
    # entry longer than the entries beside it, so it is no entry's rest
    for head in ("의회 파행", "새해 예산 표류"):
        paras = _paras(_text("▲재무과장 도하람 ▲농정과장 임시우 ▲안전과장 석다온", head))
        assert [head] in paras, head
    # the name's rest alone under its role still joins
    box = "▲재무과장 도하람 ▲농정과장 임시우 ▲안전과장 석다"
    assert [box, "온"] in _paras(_text(box, "온"))
