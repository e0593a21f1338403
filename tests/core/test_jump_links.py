"""A story's parts across pages linked (reader.jump_links), and the jump in the file."""

from __future__ import annotations

import json

from reader import store
from reader.jump_links import link_jumps
from reader.model import SCHEMA, Article, Block, Edition, Jump, Page, Source, Text, leaves


def _story(item_id: str, head: str, *, on: int | None = None, back: int | None = None) -> Article:
    return Article(
        id=item_id,
        headline=Text(head),
        body=[Block("paragraph", f"{head}의 본문이다.")],
        jump_on=Jump(f"▶{on}면에 계속", on) if on is not None else None,
        jump_from=Jump(f"▶{back}면에서 계속", back) if back is not None else None,
    )


def _edition(*pages: list[Article]) -> Edition:
    return Edition(
        SCHEMA,
        "가람일보-2026-12-07",
        Source("edition", "", "utf-8"),
        pages=[Page(n, "종합", list(items)) for n, items in enumerate(pages, start=1)],
    )


def _jumps(edition: Edition) -> dict[str, tuple[str | None, str | None]]:
    return {
        a.id: (a.jump_on and a.jump_on.item, a.jump_from and a.jump_from.item)
        for a in edition.articles()
    }


def test_one_jump_links_both_ways() -> None:
    ed = _edition(
        [_story("p1-1", "시내버스 노선 31년 만에 전면 개편", on=3)],
        [_story("p2-1", "가람천 징검다리 새로 놓는다")],
        [_story("p3-1", "시내버스 노선 개편", back=1), _story("p3-2", "연탄 나눔")],
    )
    assert _jumps(link_jumps(ed)) == {
        "p1-1": ("p3-1", None),
        "p2-1": (None, None),
        "p3-1": (None, "p1-1"),
        "p3-2": (None, None),
    }


def test_two_jumps_to_one_page_pair_by_the_headlines_words() -> None:
    """Printed in the other order on page 4: the jump heads' words decide, not the order."""
    ed = _edition(
        [
            _story("p1-1", "시의회, 내년 예산 1조2천억원 통과", on=4),
            _story("p1-2", "가람천 징검다리 여섯 곳 새로 놓는다", on=4),
        ],
        [],
        [],
        [
            _story("p4-1", "가람천 징검다리", back=1),
            _story("p4-2", "시의회 예산 통과", back=1),
        ],
    )
    got = _jumps(link_jumps(ed))
    assert got["p1-1"] == ("p4-2", None) and got["p1-2"] == ("p4-1", None)
    assert got["p4-1"] == (None, "p1-2") and got["p4-2"] == (None, "p1-1")


def test_see_word_names_the_continuation_and_headless_parts_pair_in_order() -> None:
    council = Article("p1-1", Text("Board backs budget"), jump_on=Jump("See COUNCIL, Page A2", 2))
    wall = Article("p1-2", Text("Flood wall approved"), jump_on=Jump("Continued on Page 2", 2))
    rest_wall = Article("p2-1", Text("Wall"), jump_from=Jump("Continued from Page 1", 1))
    rest_council = Article("p2-2", Text("Council"), jump_from=Jump("Continued from Page 1", 1))
    got = _jumps(link_jumps(_edition([council, wall], [rest_wall, rest_council])))
    assert got["p1-1"] == ("p2-2", None) and got["p1-2"] == ("p2-1", None)
    # no words to go by: the first jump to the first part that jumps back, and so on
    plain = _edition(
        [
            Article("p1-1", jump_on=Jump("▶2면에 계속", 2)),
            Article("p1-2", jump_on=Jump("▶2면에 계속", 2)),
        ],
        [
            Article("p2-1", jump_from=Jump("▶1면에서 계속", 1)),
            Article("p2-2", jump_from=Jump("▶1면에서 계속", 1)),
        ],
    )
    got = _jumps(link_jumps(plain))
    assert (got["p1-1"][0], got["p1-2"][0]) == ("p2-1", "p2-2")


def test_a_jump_to_a_page_not_in_the_edition_stays_unlinked() -> None:
    ed = _edition(
        [_story("p1-1", "시내버스 노선 개편", on=5)],
        [_story("p2-1", "시내버스 노선 개편", back=3)],  # comes from a page it does not name
    )
    linked = link_jumps(ed)
    assert linked == ed
    assert _jumps(linked) == {"p1-1": (None, None), "p2-1": (None, None)}


def test_the_jump_lines_are_leaves_where_they_are_printed() -> None:
    a = _story("p3-1", "노선 개편", back=1, on=5)
    assert [leaf.path for leaf in leaves(a)] == ["headline", "jump_from", "body.0", "jump_on"]


def test_a_jump_round_trips_and_older_files_still_load(tmp_path) -> None:
    ed = link_jumps(
        _edition([_story("p1-1", "노선 개편", on=2)], [_story("p2-1", "노선 개편", back=1)])
    )
    raw = store.to_json(ed)
    assert json.loads(raw)["schema"] == 3
    assert json.loads(raw)["pages"][0]["items"][0]["jump_on"] == {
        "text": "▶2면에 계속",
        "page": 2,
        "item": "p2-1",
    }
    assert store.from_json(raw) == ed
    older = json.loads(raw)
    older["schema"] = 2
    for page in older["pages"]:
        for item in page["items"]:
            item.pop("jump_on", None)
            item.pop("jump_from", None)
    read = store.from_json(json.dumps(older).encode())
    assert read.schema == SCHEMA
    assert all(a.jump_on is None and a.jump_from is None for a in read.articles())
    assert read.articles()[0].headline == Text("노선 개편")
