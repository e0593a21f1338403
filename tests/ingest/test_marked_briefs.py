"""'▲' briefs and cartoons (issue 14, fourth round), on small made-up examples: a
'▲headline' line over a sentence line is a brief, an item of its own whose headline
reads without the marker; a '▲' question stays a question; a cartoon's words over its
'그림=' credit are its caption. Every name and fact is invented.
"""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, items

STORY = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n한가람 기자\n\n"
BRIEFS = (
    "군의회 소식\n\n"
    "▲이수민 의원, 청년 창업 지원 조례 대표발의\n"
    "이수민 의원은 청년 창업 공간의 임대료를 2년간 지원하는 조례안을 대표발의했다고 3일 밝혔다.\n"
    "▲행정위, 읍사무소 민원 창구 점검\n"
    "행정위원회는 4일 읍사무소 세 곳을 찾아 민원 창구 운영 상황을 점검했다.\n"
)


def test_triangle_headlines_over_sentences_are_briefs_each_an_item() -> None:
    got = items(STORY + BRIEFS)
    assert [it["headline"] for it in got] == [
        "누리시, 골목상권 지원 두 배로",
        "군의회 소식",
        "이수민 의원, 청년 창업 지원 조례 대표발의",
        "행정위, 읍사무소 민원 창구 점검",
    ]
    assert got[3]["body"] == [
        ("lead", "행정위원회는 4일 읍사무소 세 곳을 찾아 민원 창구 운영 상황을 점검했다.")
    ]


def test_triangle_lines_of_an_interview_stay_questions() -> None:
    """'▲ 계기는.' over its answer is a question: it ends with punctuation."""
    text = (
        "섬 진료 30년\n\n▲ 계기는.\n\n△ 병원선을 처음 탔을 때다. 떠날 수 없었다.\n\n"
        "▲ 계획은.\n\n△ 계속 배를 탄다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]


def test_cartoon_title_words_and_drawing_credit() -> None:
    """'그림=NAME 화백' credits a cartoon as '사진=' a photo: the words above it are the
    cartoon's caption, its title the headline, and the credit who drew it; it opens an
    item after an editorial's text though the editorial has no byline."""
    text = (
        f"[사설] 골목상권 지원, 속도보다 방향\n\n{LEAD}\n\n"
        '누리만평\n"버스는 오는데 정류장이 없네"\n그림=한가람 화백\n'
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["[사설] 골목상권 지원, 속도보다 방향", "누리만평"]
    assert got[1]["body"] == [("caption", '"버스는 오는데 정류장이 없네"')]
    assert [b[:2] for b in got[1]["bylines"]] == [("한가람", "화백")]
