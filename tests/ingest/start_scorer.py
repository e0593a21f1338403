"""The learned scorer's item starts as a tie-breaker for the segmentation (issue 14).

An experiment. The start scorer of line_roles.py (a logistic regression over the general
line features of line_features.py, the rules' role and item start among them) reads the
edition the rules made of a text; where it is sure the rules are wrong about a line
starting an item, the text is ingested again with the paragraph grouping
(reader/ingest/items.py, split_groups) told so: a paragraph it is sure starts an item
splits its group there; a group whose first line it is sure starts none joins the group
before. Everything after the grouping (listings, small ads, articles) is the rules'. A
start the rules made after the grouping (a listing's or a small ad's) cannot be undone
this way, nor a start inside a paragraph made: those are counted, not applied.

The scorer is flat: one weight per feature (the start class's weights minus the inside
class's), so a line's log-odds is a sum. It is trained on the rules as they first read
each set (first_sight/), the way line_roles.py trains.

`python -m tests.ingest.start_scorer [--old DIR]` runs leave-one-set-out over handmade and
blind .. blind15 and prints, per held-out set, blind_report's strict and aligned field
accuracy with the rules alone and with the scorer's starts. With `--old DIR`, each blind set
is ingested by the rules of its first-sight commit, from `DIR/<commit>/reader` (made by `git
archive COMMIT reader | tar -x -C DIR/COMMIT`): the honest comparison, since today's rules
were written from those sets. `--train SETS... --test SETS...` trains on some sets and tests
on others with today's rules; `--generated SEEDS PAGES` runs tests.ingest.measure with the
scorer trained on every set. `--sure P` sets the confidence (0.9 unless told); `--only split`
or `--only join` moves starts one way only; `--with-generated` adds generated pages to every
training set; `--keep-listings` splits no group the rules read as a listing; `--changes`
lists each boundary moved. docs/ingest-line-roles.md keeps the figures.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import reader.ingest
from reader.ingest import ingest_text
from reader.model import Edition
from tests import gen
from tests.ingest import measure
from tests.ingest.accuracy import score
from tests.ingest.handmade_set import handmade_pages, truth
from tests.ingest.line_features import line_features
from tests.ingest.line_gold import rules_roles, source_lines
from tests.ingest.line_model import train
from tests.ingest.line_roles import FIRST_SIGHT, HERE, SETS, PageLines, load_set, option

ALL_SETS = (*SETS, "blind15")
SURE = 0.9
KEEP_LISTINGS = "--keep-listings" in sys.argv
# --only split / --only join: the scorer moves starts one way only
ONLY = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
SCORER_START = "scorer: a confident item start"
ROOT = HERE.parent.parent


@dataclass
class StartScorer:
    """A line's log-odds of starting an item: the sum of its features' weights."""

    weights: dict[str, float]
    sure: float = SURE

    def probability(self, feats: list[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(z, -30.0)))


def fit(pages: list[PageLines], sure: float = SURE) -> StartScorer:
    samples = [
        (page.features[k], "start" if page.gold.starts[k] else "inside")
        for page in pages
        for k in page.scored()
    ]
    model = train(samples)
    s, i = model.classes.index("start"), model.classes.index("inside")
    weights = {f: model.weights[row][s] - model.weights[row][i] for f, row in model.index.items()}
    return StartScorer(weights, sure)


def generated_pages(pages: int = 4, seed: int = 1000) -> list[PageLines]:
    """One generated edition per convention (and one of the seed's habits), read by today's
    rules, which read every generated page right (measure.py): their roles are the gold.
    Seeds from 1000 on, apart from measure.py's 0 to 19."""
    out = []
    for n, convention in enumerate((None, *gen.CONVENTIONS)):
        text = gen.generate_edition(
            seed + n, pages=pages, conventions=(convention,) if convention else ()
        ).text
        lines = source_lines(text)
        rules = rules_roles(ingest_text(text), text)
        feats = line_features(lines, rules)
        out.append(PageLines("generated", str(convention), lines, rules, rules, feats))
    return out


def overrides(text: str, edition: Edition, scorer: StartScorer) -> dict[int, bool]:
    """Lines (by their first printed character's offset, as Line.start) whose item start
    the scorer is sure the rules have wrong, and what it says."""
    lines = source_lines(text)
    rules = rules_roles(edition, text)
    out = {}
    for k, feats in enumerate(line_features(lines, rules)):
        if not feats:
            continue
        p = scorer.probability(feats)
        said = rules.starts[k]
        if (p >= scorer.sure and not said) or (p <= 1 - scorer.sure and said):
            ln = lines[k]
            out[ln.start + len(ln.text) - len(ln.text.lstrip())] = not said
    return out


@dataclass
class Moves:
    applied: list[str] = field(default_factory=list)  # "split …" / "joined …"
    unreachable: int = 0  # a start inside a paragraph, or one made after the grouping


def regroup(groups: list[Any], forced: dict[int, bool], moves: Moves) -> list[Any]:
    """The rules' groups, split before a paragraph the scorer says starts an item and
    joined where it says a group's first line starts none."""
    out: list[Any] = []
    for group in groups:
        # --keep-listings: a group the rules read as a listing keeps its own headings
        listing = KEEP_LISTINGS and reader.ingest.split_listing(group.paras) is not None
        for k, para in enumerate(group.paras):
            at = para.lines[0].start
            rule_start = k == 0  # the page's first paragraph starts its first group
            start = forced.get(at, rule_start) if out else True
            if listing and k > 0:
                start = False
            if ONLY and start != rule_start and ONLY != ("split" if start else "join"):
                start = rule_start
            if start != rule_start:
                what = "split " if start else "joined"
                moves.applied.append(f"{what} {para.lines[0].text[:60]!r}")
            if start:
                why = group.why if k == 0 else SCORER_START
                out.append(type(group)([para], why))
            else:
                out[-1].paras.append(para)
    return out


@contextmanager
def hinted(forced: dict[int, bool], moves: Moves) -> Iterator[None]:
    """The ingest with the scorer's sure starts regrouping each page's paragraphs."""
    rules = reader.ingest.split_groups

    def split_groups(*args: Any, **kwargs: Any) -> list[Any]:
        return regroup(rules(*args, **kwargs), forced, moves)

    with mock.patch.object(reader.ingest, "split_groups", split_groups):
        yield


def ingest_with_starts(text: str, name: str, scorer: StartScorer, moves: Moves) -> Edition:
    """The rules' edition, or, where the scorer is sure they have a start wrong, the
    edition ingested again with its starts."""
    edition = ingest_text(text, name=name)
    forced = overrides(text, edition, scorer)
    if not forced:
        return edition
    before = len(moves.applied)
    with hinted(forced, moves):
        edition = ingest_text(text, name=name)
    moves.unreachable += len(forced) - (len(moves.applied) - before)
    return edition


def run_set(name: str, scorer: StartScorer) -> dict[str, Any]:
    """Fields right and counted, strict and aligned, with the rules alone and with the
    scorer's starts; the moves made."""
    counts = {k: [0, 0] for k in ("strict", "aligned", "strict+", "aligned+")}
    moves = Moves()
    for page in handmade_pages(HERE / name):
        t = truth(page)
        plain = ingest_text(page.text, name=page.name)
        page_moves = Moves()
        hinted_ = ingest_with_starts(page.text, page.name, scorer, page_moves)
        moves.applied += [f"{page.name}: {m}" for m in page_moves.applied]
        moves.unreachable += page_moves.unreachable
        for edition, suffix in ((plain, ""), (hinted_, "+")):
            for how in ("strict", "aligned"):
                s = score(edition, t, aligned=how == "aligned")
                counts[how + suffix][0] += sum(s.right.values())
                counts[how + suffix][1] += sum(s.total.values())
    return {"counts": counts, "moves": moves.applied, "unreachable": moves.unreachable}


def _in_old_rules(name: str, scorer: StartScorer, old: Path) -> dict[str, Any]:
    """run_set in a child whose reader/ is the rules of the set's first-sight commit."""
    commit = json.loads((FIRST_SIGHT / f"{name}.json").read_text(encoding="utf-8"))["commit"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"weights": scorer.weights, "sure": scorer.sure}, f)
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-m", "tests.ingest.start_scorer", "--worker", name, f.name]
            + ["--keep-listings"] * KEEP_LISTINGS
            + (["--only", ONLY] if ONLY else []),
            cwd=old / commit,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(f.name)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _share(c: list[int]) -> str:
    return f"{c[0] / c[1]:6.1%}" if c[1] else "     -"


def report(results: list[tuple[str, dict[str, Any]]], changes: bool) -> None:
    print(f"{'set':<10} {'rules strict':>12} {'aligned':>8} {'+starts strict':>15} {'aligned':>8}")
    every = {k: [0, 0] for k in ("strict", "aligned", "strict+", "aligned+")}
    for name, r in results:
        c = r["counts"]
        cells = "  ".join(f"{_share(c[k]):>12}" for k in every)
        print(f"{name:<10} {cells}  moved {len(r['moves'])}, unreachable {r['unreachable']}")
        for k in every:
            every[k][0] += c[k][0]
            every[k][1] += c[k][1]
        if changes:
            print("\n".join(f"    {m}" for m in r["moves"]))
    print(f"{'all':<10} " + "  ".join(f"{_share(every[k]):>12}" for k in every))


def main(args: list[str]) -> None:
    if "--worker" in args:
        name, weights = option(args, "--worker")
        saved = json.loads(Path(weights).read_text(encoding="utf-8"))
        print(json.dumps(run_set(name, StartScorer(saved["weights"], saved["sure"]))))
        return
    sure = float((option(args, "--sure") or [str(SURE)])[0])
    changes = "--changes" in args
    # --with-generated: generated pages join every training set
    extra = generated_pages() if "--with-generated" in args else []
    if "--generated" in args:  # tests.ingest.measure with the scorer of every set's starts
        scorer = fit([p for n in ALL_SETS for p in load_set(n, FIRST_SIGHT)] + extra, sure)
        moves = Moves()

        def with_starts(text: str, name: str = "edition") -> Edition:
            return ingest_with_starts(text, name, scorer, moves)

        with mock.patch.object(measure, "ingest_text", with_starts):
            measure.main(*(int(a) for a in option(args, "--generated")))
        print(f"moved {len(moves.applied)}, unreachable {moves.unreachable}")
        print("\n".join(f"    {m}" for m in moves.applied) if changes else "", end="")
        return
    if "--train" in args:
        train_on = [p for n in option(args, "--train") for p in load_set(n, FIRST_SIGHT)]
        scorer = fit(train_on + extra, sure)
        report([(n, run_set(n, scorer)) for n in option(args, "--test")], changes)
        return
    old = Path(option(args, "--old")[0]) if "--old" in args else None
    names = option(args, "--loso") or list(ALL_SETS)
    loaded = {n: load_set(n, FIRST_SIGHT) for n in names}
    results = []
    for held in names:
        scorer = fit([p for n in names if n != held for p in loaded[n]] + extra, sure)
        dumped = (FIRST_SIGHT / f"{held}.json").exists()
        if old is not None and dumped:
            results.append((held, _in_old_rules(held, scorer, old)))
        else:
            results.append((held, run_set(held, scorer)))
    report(results, changes)


if __name__ == "__main__":
    main(sys.argv[1:])
