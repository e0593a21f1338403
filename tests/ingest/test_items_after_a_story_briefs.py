"""Briefs and runs after a story, and lines after finished text that head nothing."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import AFTER_FINISHED
from reader.ingest.book_notes import BOOK_UNDER_TITLE
from reader.ingest.headlines import MARKED_BLOCK_UNDER_TITLE
from reader.ingest.prose_starts import SIGNED_BRIEF
from reader.ingest.run_briefs import BRIEF_UNDER_TITLE
from tests.ingest.rule_pages import BOOK_COLUMN
from tests.ingest.rule_pages import HEAD_WITH_BANK as HEAD
from tests.ingest.test_conventions import LEAD, MORE, items

BRIEFS = (
    "[누리 단신]\n\n"
    "누리시장 주차 요금 3월부터 인상\n"
    "누리시장 공영주차장 요금이 3월부터 하루 5000원에서 6000원으로 오른다.\n\n"
    "누리역 화물 물동량 두 달 연속 증가\n"
    "지난달 누리역 화물 물동량은 800t으로 지난해 같은 달보다 9% 늘었다.\n"
)


def test_briefs_under_a_bracketed_title_each_open_an_item() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n한누리 기자\n\n{BRIEFS}"
    edition, trace = explain_text(text)
    story, title, first, second = items(text)
    assert title["headline"] == "누리 단신"
    assert first["headline"] == "누리시장 주차 요금 3월부터 인상"
    assert second["body"] == [
        ("lead", "지난달 누리역 화물 물동량은 800t으로 지난해 같은 달보다 9% 늘었다.")
    ]
    assert BRIEF_UNDER_TITLE in trace.rule("p1-3")


PLAIN_RUN = BRIEFS.replace("[누리 단신]", "마을 소식")


def test_briefs_under_a_plain_title_set_apart_by_blank_lines_each_open_an_item() -> None:
    # the title after a story's last paragraph is no subhead of it: a headline, not text,
    # follows it, in block after block
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{PLAIN_RUN}"
    edition, trace = explain_text(text)
    story, title, first, second = items(text)
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert (title["headline"], title["body"]) == ("마을 소식", [])
    assert first["headline"] == "누리시장 주차 요금 3월부터 인상"
    assert second["headline"] == "누리역 화물 물동량 두 달 연속 증가"
    assert BRIEF_UNDER_TITLE in trace.rule("p1-3")


def test_a_plain_title_tight_over_the_blocks_under_it_opens_no_run() -> None:
    # no blank line under the short line: nothing sets it apart from the text under it
    tight = PLAIN_RUN.replace("마을 소식\n\n", "마을 소식\n")
    text = f"{HEAD}\n\n{LEAD}\n\n{tight}"
    _, trace = explain_text(text)
    assert "마을 소식" not in [item["headline"] for item in items(text)]
    assert not any(BRIEF_UNDER_TITLE in why for why in trace.notes.values())


def test_a_bracketed_title_after_a_credited_caption_is_cut_from_the_story() -> None:
    text = (
        f"{HEAD}\n\n{LEAD}\n\n누리역 광장에 화물차들이 서 있다.\n누리시 제공\n\n[누리 단신]\n\n"
        "▲누리시장 주차 요금 3월부터 인상\n"
        "누리시장 공영주차장 요금이 3월부터 하루 5000원에서 6000원으로 오른다.\n"
    )
    story, title, brief = items(text)
    assert all(kind != "subhead" for kind, _ in story["body"])
    assert (title["headline"], title["body"]) == ("누리 단신", [])
    assert brief["headline"] == "누리시장 주차 요금 3월부터 인상"


def test_a_long_run_of_briefs_under_a_title_is_read_once_a_brief() -> None:
    """Each brief's run was walked again for every brief (minutes for a page of them)."""
    briefs = "".join(
        f"누리공항 주차장 요금 {i}차 인상\n누리공항은 주차 요금을 다음 달 올린다고 밝혔다.\n\n"
        for i in range(1000)
    )
    found = items(f"[공항 단신]\n\n{briefs}")
    # the title, on the page's first line, is its label (docs/representation.md, "Listings")
    assert len(found) == 1000 and found[-1]["headline"] == "누리공항 주차장 요금 999차 인상"


FIRST = (
    "시립도서관 야간 개관 늘린다\n"
    "[솔뫼일보 한가람 기자] 시립도서관이 다음 달부터 밤 10시까지 문을 연다.\n"
)


def test_a_head_over_one_sentence_and_its_byline_after_a_story_is_a_brief() -> None:
    text = (
        f"{FIRST}\n"
        "수영장 새 단장 마치고 재개장\n"
        "시민수영장이 석 달 동안의 보수 공사를 마치고 15일 다시 문을 연다고 시가 밝혔다.\n"
        "/나은솔 기자\n"
    )
    edition, trace = explain_text(text)
    first, second = items(text)
    assert second["headline"] == "수영장 새 단장 마치고 재개장"
    assert [b[0] for b in second["bylines"]] == ["나은솔"]
    rule = trace.rule("p1-2")
    assert rule.startswith(f"items: {SIGNED_BRIEF}") and rule.count(AFTER_FINISHED) == 1
    assert [b[0] for b in first["bylines"]] == ["한가람"]


def test_heads_over_their_sentence_one_block_each_are_briefs() -> None:
    text = (
        "수영장 새 단장 마치고 재개장\n"
        "시민수영장이 석 달 동안의 보수 공사를 마치고 15일 다시 문을 연다고 시가 밝혔다.\n\n"
        "솔뫼시, 공공자전거 200대 늘려\n"
        "솔뫼시는 공공자전거 200대를 새로 들여 역 주변 대여소 12곳에 둔다고 밝혔다.\n"
    )
    assert [i["headline"] for i in items(text)] == [
        "수영장 새 단장 마치고 재개장",
        "솔뫼시, 공공자전거 200대 늘려",
    ]


def test_a_wrapped_paragraph_keeps_its_lines() -> None:
    # a narrow column: the first line as long as the column, the last one shorter
    text = f"{FIRST}\n시민수영장이 석 달 동안의 보수 공사를\n마치고 다시 문을 연다.\n"
    first, *rest = items(text)
    assert not rest
    assert first["body"][-1] == (
        "paragraph",
        "시민수영장이 석 달 동안의 보수 공사를 마치고 다시 문을 연다.",
    )


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


def test_a_tables_title_over_figure_rows_in_a_story_opens_no_item() -> None:
    # '강물시, 분기별 집행률' has a headline's comma, but the lines tight under it end in figures:
    # a small table's title and rows inside the story, which goes on under them
    text = (
        "강물시 예산 집행률 저조\n\n"
        "강물시의 올해 예산 집행률이 절반에 그친 것으로 나타났다. "
        "시의회는 원인을 따져 묻기로 했다.\n\n"
        "강물시, 분기별 집행률\n1분기 23%\n2분기 48%\n\n"
        '시 관계자는 "연말까지는 목표를 채울 것"이라고 해명했다.\n\n'
        "홍길동 기자\n"
    )
    [story] = items(text)
    assert story["headline"] == "강물시 예산 집행률 저조"
    assert story["bylines"] and story["body"][-1][1].startswith("시 관계자는")


def test_a_book_columns_first_note_is_an_item_under_its_title() -> None:
    # set tight, a line each, after a signed story: the title heads the column, each book's
    # title its note
    _, column, first, second = items(BOOK_COLUMN)
    assert (column["headline"], column["deck"], column["body"]) == ("신간", [], [])
    assert first["headline"] == "물새의 겨울"
    assert first["deck"] == ["하늘빛 지음, 솔뫼책방, 196쪽, 1만4000원"]
    assert second["headline"] == "새벽 세 시의 빵집"
    _, trace = explain_text(BOOK_COLUMN)
    assert trace.rule("p1-3").startswith(f"items: {BOOK_UNDER_TITLE}")


MARKED_BLOCKS = (
    "징계 결과 요지\n\n"
    "■ 의뢰인 예치금 빌려 쓴 세무사 등록 취소\n"
    "A세무사는 의뢰인이 맡긴 예치금 3천만원을 개인 빚을 갚는 데\n"
    "쓴 사실이 드러나 등록이 취소됐다.\n\n"
    "■ 장부 작성 맡긴 세무사 직무정지 2개월\n"
    "B세무사는 사무직원에게 장부 작성과 신고를 맡긴 채 확인하지 않았다.\n"
)


def test_marked_headlines_set_tight_over_their_sentences_under_a_title_are_briefs() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n한누리 기자\n\n{MARKED_BLOCKS}"
    edition, trace = explain_text(text)
    got = items(text)
    assert [it["headline"] for it in got[1:]] == [
        "징계 결과 요지",
        "의뢰인 예치금 빌려 쓴 세무사 등록 취소",
        "장부 작성 맡긴 세무사 직무정지 2개월",
    ]
    assert got[2]["body"] == [
        (
            "lead",
            "A세무사는 의뢰인이 맡긴 예치금 3천만원을 개인 빚을 갚는 데 쓴 사실이 드러나 "
            "등록이 취소됐다.",
        )
    ]
    assert MARKED_BLOCK_UNDER_TITLE in trace.rule("p1-3")


def test_a_short_marked_part_or_an_unfinished_block_under_a_title_stays_in_its_story() -> None:
    # '◇ 향후 계획' names a part of one piece (shorter than a headline); a marked line over
    # entries that close no sentence heads a list, not a brief
    parts = "주요 내용\n\n◇ 향후 계획\n누리시는 내년 봄까지 공사를 마칠 계획이다.\n"
    listed = "주요 내용\n\n■ 올해 새로 문을 여는 시설들\n누리도서관 3월\n누리수영장 6월\n"
    for tail in (parts, listed):
        text = f"{HEAD}\n\n{LEAD}\n\n{tail}"
        _edition, trace = explain_text(text)
        assert not any(MARKED_BLOCK_UNDER_TITLE in trace.rule(f"p1-{n}") for n in (1, 2, 3))
