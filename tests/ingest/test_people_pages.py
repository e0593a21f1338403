"""A page of people's listings (issue 14, seventh round), on a made-up example: '[인사]',
'[부고]', '[동정]' and '■ 인사' each head an item, with no blank line under them; several
'▲' entries on a line are separate entries; '<과장급>' labels group them; a '동정' entry
is a sentence ('▲… 주재한다.'), an entry among entries. Every name and fact is invented.
"""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, items

PEOPLE = (
    "[인사] 누리군\n"
    "<과장급>\n"
    "▲총무과장 한가람 ▲복지과장 서누리\n\n"
    "■ 인사\n"
    "▲누리교육청 교육국장 박하늘\n\n"
    "[부고]\n"
    "▲김누리씨 별세, 이가람씨 모친상 = 4일 누리병원 장례식장, 발인 6일\n\n"
    "[동정]\n"
    "▲한가람 누리군수는 5일 오전 군청에서 청년 간담회를 주재한다.\n"
    "▲서누리 군의회 의장은 5일 자매도시 대표단을 맞는다.\n"
)


def test_people_listings_each_heading_an_item_with_its_entries() -> None:
    got = items(PEOPLE)
    assert [(it["headline"], it["body"]) for it in got] == [
        (
            "[인사] 누리군",
            [("subhead", "과장급"), ("bullet", "총무과장 한가람"), ("bullet", "복지과장 서누리")],
        ),
        ("인사", [("bullet", "누리교육청 교육국장 박하늘")]),
        ("부고", [("bullet", "김누리씨 별세, 이가람씨 모친상 = 4일 누리병원 장례식장, 발인 6일")]),
        (
            "동정",
            [
                ("bullet", "한가람 누리군수는 5일 오전 군청에서 청년 간담회를 주재한다."),
                ("bullet", "서누리 군의회 의장은 5일 자매도시 대표단을 맞는다."),
            ],
        ),
    ]


def test_marked_sentences_alone_are_an_articles_captions_not_a_listing() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n"
        "▲시민들이 누리시장 골목을 걷고 있다.\n\n"
        "▲상인들이 새 간판을 달고 있다.\n\n"
        "▲누리시장 입구에 안내판이 서 있다.\n"
    )
    [item] = items(text)
    assert item["headline"] == "골목상권 살리기 속도"
    assert [kind for kind, _ in item["body"]] == ["lead", "caption", "caption", "caption"]
