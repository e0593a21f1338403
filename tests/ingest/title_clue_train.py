"""Train and measure the learned title clue (title_clue.py beside it, issue 14).

`python -m tests.ingest.title_clue_train` trains the clue on the hand-made set, blind ..
blind51 and generated pages, and writes tests/ingest/title_clue.json. A sample is a line
the clue weighs (title_clue.candidates: a plain text unit's short line after prose), as
today's rules cut the units, labelled by whether the set's JSON makes the line a subhead
(line_gold.py); generated pages take today's rules' roles as gold (they read them right).
The trainer is line_model.py's (seeded): the same sets give the same weights.

`unit_cuts` puts the clue in the ingest: a pass after the rules' `to_units`, and the
body's kind ('subhead') of each unit the clue named. `--compare SETS` reads sets the clue
never saw with the written weights, on and off (blind_report's fields, strict and
aligned). `--loso [SETS]` (blind30 .. blind51 unless named): for each set, the clue
trained without it, the set read by today's rules alone and with that clue; `--old DIR`
reads each set by the rules of its first-sight commit instead (DIR/<commit>/reader, as
start_clue_train's `--old`). `--changes` lists each line whose role the clue changed, with
set/page and its gold role. `--sure P` sets the confidence. docs/ingest-line-roles.md ("A
title clue in the ingest") keeps the figures.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import reader.ingest
import reader.ingest.body
from tests import gen
from tests.ingest.accuracy import score
from tests.ingest.handmade_set import handmade_pages, truth
from tests.ingest.line_gold import gold_roles, line_of, rules_roles, source_lines
from tests.ingest.line_model import train
from tests.ingest.start_clue_train import in_old_rules, option, report, shared_features

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
BLIND = ("blind", *(f"blind{n}" for n in range(2, 52)))
HELD = tuple(f"blind{n}" for n in range(30, 52))  # the newest sets: the loso default
GENERATED = "generated"
GENERATED_EDITIONS = 3
SETS = ("handmade", *BLIND, GENERATED)
CLUE_FILE = HERE / "title_clue.py"
WEIGHTS = HERE / "title_clue.json"
DIGITS = 4  # weights are rounded so that the file reads, and diffs, cleanly
_HOW = ("strict", "aligned")


@cache
def clue_module() -> ModuleType:
    """title_clue.py loaded by its path, after this tree's line features (an older
    checkout's reader/, under `--old`, has none); it imports no rule."""
    shared_features()
    spec = importlib.util.spec_from_file_location("title_clue_here", CLUE_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def unit_cuts(
    seen: list[tuple[int, list[str], str]] | None, clue: dict[str, float] | None, sure: float
) -> Iterator[None]:
    """The ingest with the clue (if given) cutting subheads out of the rules' units, and the
    body reading each as a subhead; records in seen (if given: line offset, features, alone
    or inside a unit) every line the clue weighs."""
    rules = reader.ingest.to_units
    title_clue = clue_module()

    def to_units(paras: Any) -> Any:
        units = rules(paras)
        for n, j, feats in title_clue.candidates(units) if seen is not None else ():
            seen.append(
                (units[n].lines[j].start, feats, "text" if len(units[n].lines) > 1 else "alone")
            )
        return units if clue is None else title_clue.clue_units(units, clue, sure)

    body = reader.ingest.body
    block_kind = body._block_kind

    def named_kind(p: Any, *rest: Any) -> Any:
        return ("subhead", p.why) if title_clue.named(p.unit) else block_kind(p, *rest)

    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(reader.ingest, "to_units", to_units))
        stack.enter_context(mock.patch.object(body, "_block_kind", named_kind))
        yield


def _generated_texts() -> list[str]:
    kinds = [(c,) if c else () for c in (None, *gen.CONVENTIONS)] * GENERATED_EDITIONS
    return [
        gen.generate_edition(1000 + n, pages=4, conventions=kind).text
        for n, kind in enumerate(kinds)
    ]


def samples(name: str) -> list[tuple[list[str], str]]:
    """Every unit where the clue may act, labelled 'subhead' or 'text' by the gold."""
    if name == GENERATED:
        return [s for text in _generated_texts() for s in _page_samples(text, None)]
    return [
        s
        for page in handmade_pages(HERE / name)
        for s in _page_samples(page.text, gold_roles(page.text, page.expected).roles)
    ]


def _page_samples(text: str, gold: list[str | None] | None) -> list[tuple[list[str], str]]:
    seen: list[tuple[int, list[str], str]] = []
    with unit_cuts(seen, None, 1.0):
        edition = reader.ingest.ingest_text(text)
    if gold is None:
        gold = rules_roles(edition, text).roles
    lines = source_lines(text)
    return [
        (feats, "subhead" if gold[line_of(lines, at)] == "subhead" else "text")
        for at, feats, _ in seen
    ]


def fit(data: list[tuple[list[str], str]]) -> dict[str, float]:
    model = train(data)
    s, t = model.classes.index("subhead"), model.classes.index("text")
    return {
        f: round(model.weights[row][s] - model.weights[row][t], DIGITS)
        for f, row in sorted(model.index.items())
    }


def weights_file(sets: tuple[str, ...]) -> str:
    """The shipped file's text for a clue trained on these sets."""
    weights = fit([s for name in sets for s in samples(name)])
    body = {
        "about": "log-odds that a body line is a subhead, per feature of"
        " reader/ingest/title_clue.py; written by python -m tests.ingest.title_clue_train",
        "trained_on": list(sets),
        "weights": weights,
    }
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def run_set(name: str, clues: list[dict[str, float]], sure: float) -> dict[str, Any]:
    """Fields right and counted, strict and aligned, by the rules alone (clue 0) and with
    each clue (1 on); each line whose role the clue changed: set/page, line, the role
    without and with it, the gold."""
    counts = {f"{how}{n}": [0, 0] for n in range(len(clues) + 1) for how in _HOW}
    moved: list[list[str]] = [[] for _ in clues]
    for page in handmade_pages(HERE / name):
        t = truth(page)
        lines = source_lines(page.text)
        gold = gold_roles(page.text, page.expected).roles
        roles: list[list[str | None]] = []
        for n, use in enumerate([None, *clues]):
            with unit_cuts([], use, sure):
                edition = reader.ingest.ingest_text(page.text, name=page.name)
            roles.append(rules_roles(edition, page.text).roles)
            moved[n - 1] += [
                f"{name}/{page.name}: {lines[k].text.strip()[:60]!r} {was} -> {now}, gold {gold[k]}"
                for k, (was, now) in enumerate(zip(roles[0], roles[n], strict=True))
                if was != now
            ]
            for how in _HOW:
                s = score(edition, t, aligned=how == "aligned")
                counts[f"{how}{n}"][0] += sum(s.right.values())
                counts[f"{how}{n}"][1] += sum(s.total.values())
    return {"counts": counts, "moves": moved}


def main(args: list[str]) -> None:
    if "--worker" in args:
        name, saved = option(args, "--worker")
        given = json.loads(Path(saved).read_text(encoding="utf-8"))
        print(json.dumps(run_set(name, given["clues"], given["sure"])))
        return
    sure = float((option(args, "--sure") or [str(clue_module().SURE)])[0])
    if "--compare" in args:
        shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
        results = [(name, run_set(name, [shipped], sure)) for name in option(args, "--compare")]
        report(results, ["title clue"], "--changes" in args, "lines changed")
        return
    if "--loso" not in args:
        WEIGHTS.write_text(weights_file(SETS), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
        return
    old = Path(option(args, "--old")[0]) if "--old" in args else None
    data = {name: samples(name) for name in SETS}
    results = []
    for held in option(args, "--loso") or list(HELD):
        clue = fit([s for name in SETS if name != held for s in data[name]])
        if old is not None:
            given = {"clues": [clue], "sure": sure}
            results.append((held, in_old_rules("tests.ingest.title_clue_train", held, given, old)))
        else:
            results.append((held, run_set(held, [clue], sure)))
    report(results, ["title clue"], "--changes" in args, "lines changed")


if __name__ == "__main__":
    main(sys.argv[1:])
