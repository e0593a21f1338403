"""The line-role measure (tests/ingest/line_roles.py) on a small made-up page and its JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reader.model import Article, Block, Byline, Edition, Masthead, Page, Source, Text
from tests.ingest.handmade_set import handmade_pages
from tests.ingest.line_features import line_features, own_features
from tests.ingest.line_gold import gold_roles, rules_roles, source_lines
from tests.ingest.line_model import train
from tests.ingest.line_roles import (
    FIRST_SIGHT,
    HERE,
    SETS,
    PageLines,
    accuracy,
    decide_rules,
    main,
    measure,
    precision_recall,
    report,
)

PAGE = (
    "한빛일보\n"
    "2026년 2월 4일 수요일\n"
    "사회\n"
    "한빛시, 골목 상권 살리기 나선다\n"
    "상인회와 손잡고 특화거리 조성\n"
    "\n"
    "한빛시는 3일 골목 상권을 살리기 위한 특화거리 조성 계획을 발표했다.\n"
    "[쟁점 정리]\n"
    "시는 올해 10억원을 들여 거리를 정비한다.\n"
    "/홍길동 기자\f"
    "MAYOR OPENS NEW BRIDGE\n"
    "The Gov-\n"
    "ernment said today."
)
EXPECTED: dict[str, Any] = {
    "masthead": {"paper": "한빛일보", "date": "2026-02-04", "weekday": "수요일"},
    "pages": [
        {
            "section": "사회",
            "items": [
                {
                    "headline": "한빛시, 골목 상권 살리기 나선다",
                    "deck": ["상인회와 손잡고 특화거리 조성"],
                    "body": [
                        [
                            "lead",
                            "한빛시는 3일 골목 상권을 살리기 위한 특화거리 조성 계획을 발표했다.",
                        ],
                        ["subhead", "쟁점 정리"],
                        ["paragraph", "시는 올해 10억원을 들여 거리를 정비한다."],
                    ],
                    "bylines": [["홍길동", "기자", None, None]],
                }
            ],
        },
        {
            "section": None,
            "items": [
                {
                    "headline": "MAYOR OPENS NEW BRIDGE",
                    "body": [["lead", "The Government said today."]],
                }
            ],
        },
    ],
}
GOLD = [
    "masthead",
    "masthead",
    "section label",
    "headline",
    "deck",
    None,  # the blank line
    "lead",
    "subhead",  # its brackets unlabelled, the words inside labelled
    "paragraph",
    "byline",  # the name labelled, the rest of the line not
    "headline",
    "lead",  # 'Gov-' / 'ernment' joined in the JSON
    "lead",
]


def _span(line: str) -> list[tuple[int, int]]:
    at = PAGE.index(line)
    return [(at, at + len(line))]


def _rules_edition() -> Edition:
    """What a rule set might have made of the page: the deck taken for the lead's paragraph,
    the English page one lead with no headline."""
    article = Article(
        id="a1",
        headline=Text("한빛시, 골목 상권 살리기 나선다", _span("한빛시, 골목 상권 살리기 나선다")),
        body=[
            Block(
                "paragraph", "상인회와 손잡고 특화거리 조성", _span("상인회와 손잡고 특화거리 조성")
            ),
            Block(
                "lead",
                "…",
                _span("한빛시는 3일 골목 상권을 살리기 위한 특화거리 조성 계획을 발표했다."),
            ),
            Block("subhead", "쟁점 정리", _span("[쟁점 정리]")),
            Block("paragraph", "…", _span("시는 올해 10억원을 들여 거리를 정비한다.")),
        ],
        bylines=[Byline("홍길동", "기자", text="/홍길동 기자", spans=_span("/홍길동 기자"))],
    )
    english = Article(id="a2", body=[Block("lead", "…", _span(PAGE.split("\f")[1]))])
    return Edition(
        schema=2,
        id="made-up",
        source=Source("made-up", "", "utf-8", len(PAGE)),
        masthead=Masthead(paper="한빛일보", spans=_span("한빛일보\n2026년 2월 4일 수요일")),
        pages=[
            Page(1, "사회", [article], label=Text("사회", _span("사회"))),
            Page(2, "", [english], section_inferred=True),
        ],
    )


def test_source_lines_split_pages_at_form_feeds_with_exact_offsets() -> None:
    lines = source_lines(PAGE)
    assert [ln.page for ln in lines] == [0] * 10 + [1] * 3
    assert all(PAGE[ln.start : ln.end] == ln.text for ln in lines)
    assert lines[10].text == "MAYOR OPENS NEW BRIDGE"


def test_gold_roles_match_the_expected_texts_back_to_the_lines() -> None:
    gold = gold_roles(PAGE, EXPECTED)
    assert gold.roles == GOLD
    assert gold.unmatched == []
    assert [k for k, s in enumerate(gold.starts) if s] == [3, 10]


def test_an_expected_text_not_on_the_page_is_reported_unmatched() -> None:
    first: dict[str, Any] = {"section": "사회", "items": [{"headline": "없는 제목"}]}
    wrong = {**EXPECTED, "pages": [first, {"section": None, "items": []}]}
    gold = gold_roles(PAGE, wrong)
    assert gold.unmatched == ["없는 제목"]
    assert "headline" not in gold.roles


def test_rules_roles_come_from_the_leaves_spans() -> None:
    rules = rules_roles(_rules_edition(), PAGE)
    assert rules.roles[:5] == ["masthead", "masthead", "section label", "headline", "paragraph"]
    assert rules.roles[6:10] == ["lead", "subhead", "paragraph", "byline"]
    assert rules.roles[10:] == ["lead", "lead", "lead"]
    assert [k for k, s in enumerate(rules.starts) if s] == [3, 10]


def _made_up_page() -> PageLines:
    """The made-up page's lines, gold roles and the rules' roles, as the measure takes them."""
    rules = rules_roles(_rules_edition(), PAGE)
    return PageLines("made-up", "p", source_lines(PAGE), gold_roles(PAGE, EXPECTED), rules, [])


def test_the_measure_reports_the_lines_the_rules_get_wrong(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = _made_up_page()
    d = decide_rules([page])
    assert len(d.roles) == 12  # every printed line has a gold role
    assert accuracy(d, 1) == pytest.approx(10 / 12)  # the deck and the English headline
    assert precision_recall(d, 1) == (1.0, 1.0)
    measure([("made-up", [page])], mismatches=True)
    out = capsys.readouterr().out
    assert "'상인회와 손잡고 특화거리 조성' rules paragraph, gold deck" in out
    assert "'MAYOR OPENS NEW BRIDGE' rules lead, gold headline" in out
    assert "'The Gov-'" not in out


def test_the_examples_part_mends_from_breaks_and_leave_out_lines_both_get_wrong(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = _made_up_page()
    d = decide_rules([page])
    said = {  # what a model says, where it differs from the rules
        "상인회와 손잡고 특화거리 조성": "deck",  # rules paragraph, gold deck: a mend
        "[쟁점 정리]": "paragraph",  # rules subhead, gold subhead: a break
        "MAYOR OPENS NEW BRIDGE": "deck",  # rules lead, gold headline: both wrong
    }
    for n, (p, k) in enumerate(d.where):
        role = said.get(p.lines[k].text.strip())
        if role:
            gold, rule, _, both = d.roles[n]
            d.roles[n] = (gold, rule, role, both)
    report([("made-up", d)], examples=2)
    mends, breaks = capsys.readouterr().out.split("(b) breaks the rules:")
    assert "'상인회와 손잡고 특화거리 조성' rules paragraph, (b) deck, gold deck" in mends
    assert "'[쟁점 정리]' rules subhead, (b) paragraph, gold subhead" in breaks
    assert "MAYOR" not in mends + breaks
    assert "[쟁점 정리]" not in mends


def test_features_describe_the_line_its_place_and_the_rules_decision() -> None:
    lines = source_lines(PAGE)
    feats = line_features(lines, rules_roles(_rules_edition(), PAGE))
    headline, deck, lead, subhead, byline = (feats[k] for k in (3, 4, 6, 7, 9))
    assert "rule:headline" in headline and "gap_before:0" in headline
    assert "next:rule:paragraph|rule:headline" in headline
    assert "gap_after:1" in deck and "run_last" in deck
    assert {"ends_da", "ends_sentence", "digits:some", "gap_before:1"} <= set(lead)
    assert {"enclosed", "first:[", "last:]"} <= set(subhead)
    assert {"reporter", "first:/", "gap_after:edge"} <= set(byline)
    assert "credit" in own_features("시민들이 걷고 있다. /연합뉴스")
    assert feats[5] == []  # a blank line has none
    english = feats[10]
    assert {"caps:all", "latin:all", "page_line<=0", "prev:none"} <= set(english)


def test_own_features_measure_width_in_cells_not_characters() -> None:
    assert "cells<=8" in own_features("가나다라")  # 4 characters, 8 cells
    assert "cells<=4" in own_features("abcd")


def test_the_scorer_learns_a_role_from_features_it_saw() -> None:
    samples = [(["bias", "ends_da"], "lead")] * 20 + [(["bias", "gap_after:1"], "headline")] * 20
    model = train(samples)
    role, p = model.predict(["bias", "ends_da"])
    assert role == "lead" and p > 0.9
    assert model.predict(["bias", "gap_after:1"])[0] == "headline"


def test_every_first_sight_dump_still_fits_its_pages() -> None:
    """The first-sight rules were dumped per line; a page edited since would misalign them."""
    dumps = sorted(FIRST_SIGHT.glob("*.json"))
    # every blind set has its dump, made at the commit of its first run; handmade has none
    assert {d.stem for d in dumps} == {p.name for p in HERE.glob("blind*") if p.is_dir()}
    for dump in dumps:
        data = json.loads(dump.read_text(encoding="utf-8"))
        assert len(data["commit"]) == 40
        pages = {p.name: p for p in handmade_pages(HERE / dump.stem)}
        assert set(data["pages"]) == set(pages)
        for name, (roles, starts) in data["pages"].items():
            assert len(roles) == len(source_lines(pages[name].text)), (dump.stem, name)
            assert all(roles[k] is not None for k in starts)


def test_the_sets_are_every_set_folder_in_the_order_written() -> None:
    """--forward trains each set on those before it: a new folder must join, in its place."""
    folders = {p.name for p in HERE.glob("blind*") if p.is_dir()} | {"handmade"}
    assert set(SETS) == folders
    assert SETS[:4] == ("handmade", "blind", "blind2", "blind3")
    numbers = [int(n.removeprefix("blind")) for n in SETS[2:]]
    assert numbers == sorted(numbers)  # blind10 after blind9, not after blind1


def test_the_sets_named_after_the_rules_folder_are_the_ones_measured(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["--rules-from", str(FIRST_SIGHT), "blind47"])
    table = capsys.readouterr().out.split("\n\n")[0].splitlines()[1:]
    assert [row.split()[0] for row in table] == ["blind47"]  # not every set
