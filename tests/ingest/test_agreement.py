"""Two authors' truths scored against each other (tests/ingest/agreement.py): a truth presented
as an ingested edition scores as accuracy.py would score a perfect ingest, and a change of one
field costs that field one check."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ingest.agreement import AGREEMENT, HERE, against, main, pairs, report
from tests.ingest.handmade_set import HandmadePage, handmade_pages


def _sets() -> list[Path]:
    """Every folder of hand-made truths: the sets, and the second authors' readings."""
    return [HERE / "handmade", *sorted(d for d in HERE.glob("blind*") if d.is_dir()), AGREEMENT]


def _wrong(page: HandmadePage, want: HandmadePage) -> tuple[int, int, dict[str, int]]:
    """Checks, right checks, and misses by field of `page` scored against `want`, both ways
    of the measure (strict, aligned) added."""
    ps = against(want, page)
    checks = right = 0
    misses: dict[str, int] = {}
    for s in (ps.strict, ps.aligned):
        for what, n in s.total.items():
            checks += n
            right += s.right[what]
            if s.right[what] != n:
                misses[what] = misses.get(what, 0) + n - s.right[what]
    return checks, right, misses


def test_every_second_reading_pairs_with_its_page_in_a_set() -> None:
    ps = pairs()
    assert len(ps) == len(list(AGREEMENT.glob("*.json"))) > 0
    for p in ps:
        set_name, number = p.name.rsplit("_", 1)
        assert p.first.name.startswith(f"{number}_")
        assert (HERE / set_name / f"{p.first.name}.json").is_file()
        assert p.first.text == p.second.text
        assert p.first.expected is not p.second.expected


@pytest.mark.parametrize("folder", _sets(), ids=lambda d: d.name)
def test_a_truth_scored_against_itself_is_right_in_every_field(folder: Path) -> None:
    pages = handmade_pages(folder) if folder != AGREEMENT else [p.second for p in pairs()]
    assert pages
    for page in pages:
        checks, right, misses = _wrong(page, page)
        assert misses == {} and right == checks > 0, (page.name, misses)


def _first_article(d: dict) -> dict:
    return next(it for it in d["pages"][0]["items"] if it.get("kind") != "ad" and it["body"])


def _set_headline(d: dict) -> None:
    _first_article(d)["headline"] += "!"


def _set_role(d: dict) -> None:
    item = next(it for it in d["pages"][0]["items"] if it.get("bylines"))
    item["bylines"][0][1] = "논설위원"


def _set_kind(d: dict) -> None:
    block = next(b for b in _first_article(d)["body"] if b[0] == "paragraph")
    block[0] = "subhead"


def _set_deck(d: dict) -> None:
    _first_article(d)["deck"][0] += " 외"


def _set_weekday(d: dict) -> None:
    d["masthead"]["weekday"] = "일요일"


def _set_section(d: dict) -> None:
    d["pages"][0]["section"] = "종합"


def _set_contact(d: dict) -> None:
    ad = next(it for it in d["pages"][0]["items"] if it.get("kind") == "ad")
    contact = next(b for b in ad["blocks"] if b[0] == "contact")
    contact[4] = "문의"


CHANGES: dict[str, tuple[str, Callable[[dict], None]]] = {
    "headline": ("blind60_03", _set_headline),
    "bylines": ("blind48_03", _set_role),
    "body kinds": ("blind64_03", _set_kind),
    "deck": ("blind54_03", _set_deck),
    "masthead": ("blind63_03", _set_weekday),
    "section label": ("blind44_03", _set_section),
    "contacts": ("blind54_03", _set_contact),
}


@pytest.mark.parametrize("field", CHANGES)
def test_one_changed_field_is_one_miss_in_that_field(field: str) -> None:
    name, change = CHANGES[field]
    page = next(p.second for p in pairs() if p.name == name)
    changed = copy.deepcopy(page.expected)
    change(changed)
    other = HandmadePage(page.name, page.text, changed)
    for got, want in ((other, page), (page, other)):
        checks, right, misses = _wrong(got, want)
        # one miss strictly and one aligned, out of as many checks as the page has
        assert misses == {field: 2}
        assert checks - right == 2
        assert checks == _wrong(want, want)[0]


def test_an_item_only_one_side_has_costs_it_only_where_it_is_the_truth() -> None:
    """Aligned scores are not symmetric: why the tool scores both ways."""
    page = next(p.second for p in pairs() if p.name == "blind53_03")
    more = copy.deepcopy(page.expected)
    more["pages"][0]["items"].append({"headline": "정답", "body": [["paragraph", "1. 개나리"]]})
    longer = HandmadePage(page.name, page.text, more)
    added = against(page, longer).aligned  # the added item is only made up
    assert {w: n - added.right[w] for w, n in added.total.items() if added.right[w] != n} == {
        "page items": 1
    }
    missing = against(longer, page).aligned  # the truth's item is missed in all its fields
    missed = {w for w, n in missing.total.items() if missing.right[w] != n}
    assert missed >= {"page items", "headline", "body kinds", "body texts"}


def test_the_report_prints_each_page_and_the_overall_agreement_both_ways(capsys) -> None:
    main(["blind64"])
    out = capsys.readouterr().out
    r = report([p for p in pairs() if p.name.startswith("blind64_")], ingest=False)
    for ps in r.first_as_truth + r.second_as_truth:
        right, n = sum(ps.aligned.right.values()), sum(ps.aligned.total.values())
        assert any(
            line.startswith(f"blind64_{ps.name[:2]}") and f"{right}/{n}" in line
            for line in out.splitlines()
        )
    assert "A truth strict" in out and "B truth aligned" in out and "vs B aligned" in out


def test_the_second_readings_are_written_in_the_set_format() -> None:
    for path in sorted(AGREEMENT.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        assert set(d) == {"conventions", "masthead", "pages"}, path.name
        assert len(d["pages"]) == 1 and d["pages"][0]["items"], path.name
