"""Train and measure the learned title clue (title_clue.py beside it, issue 14).

`python -m tests.ingest.title_clue_train` trains the clue's two decisions on the hand-made
set, blind .. blind51 and generated pages, and writes tests/ingest/title_clue.json. The
subheads: a sample is a line the clue weighs (title_clue.candidates: a plain text unit's
short line after prose) as today's rules cut the units, labelled by whether the set's JSON
makes the line a subhead (line_gold.py). The name line: a sample is each page file's first
line with room to be a name, read from the text, labelled by whether it is the masthead's.
Generated pages take today's rules' roles as gold (they read them right). The trainer is
line_model.py's (seeded): the same sets give the same weights.

`unit_cuts` and `name_lines` put the clue in the ingest (`clued`: both): a pass after the
rules' `to_units` and the body's kind of each unit the clue named; a reading of the front
page's first line after the rules' last masthead reading. `--compare SETS` reads sets the
clue never saw with the written weights, each decision alone and both (blind_report's
fields, strict and aligned). `--loso [SETS]` (blind30 .. blind51 unless named): for each
set, the clue trained without it, the set read by today's rules alone and with it; `--old
DIR` reads each set by the rules of its first-sight commit instead (DIR/<commit>/reader,
as start_clue_train's `--old`). `--changes` lists each line whose role the clue changed,
with set/page and its gold role. `--measure SEEDS PAGES` runs measure.py with the clue.
`--sure P` sets the confidence. docs/ingest-line-roles.md ("A title clue in the ingest")
keeps the figures.
"""

from __future__ import annotations

import json
import re
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
import reader.ingest.masthead
import reader.ingest.outlet
from reader.model import Masthead
from tests import gen
from tests.ingest import measure
from tests.ingest.accuracy import score
from tests.ingest.handmade_set import handmade_pages, truth
from tests.ingest.line_gold import gold_roles, line_of, rules_roles, source_lines
from tests.ingest.line_model import train
from tests.ingest.start_clue_train import in_old_rules, load_here, option, report

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
    """title_clue.py, from this tree."""
    return load_here("title_clue_here", CLUE_FILE)


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


NAME_RULE = "masthead: the page's name line"
DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$")


@contextmanager
def name_lines(clue: dict[str, float] | None, sure: float) -> Iterator[None]:
    """The ingest with the clue (if given) reading the front page's first line as the
    paper's name where the rules found no masthead and the page prints the name again (a
    site's address alone on one of the three lines under it: its url)."""
    rules = reader.ingest.outlet_nameplate
    title_clue = clue_module()

    def outlet_nameplate(paras: Any) -> Any:
        found = rules(paras)
        first = paras[0].lines[0]
        if found is not None or not title_clue.name_room(first.text.strip()):
            return found
        texts = [line.text.strip() for para in paras[:2] for line in para.lines][:2]
        later = "\n".join(line.text for para in paras for line in para.lines)[len(first.text) :]
        feats = title_clue.name_features(texts, later)
        if "named_again" not in feats:
            return None  # a name the page never prints again was a headline (blind28's floor)
        if clue is None or (p := title_clue.probability(feats, clue)) < sure:
            return None
        stamp = getattr(reader.ingest.outlet, "first_stamp", None)
        date, line = stamp(paras) if stamp else (None, None)
        spans = [(first.start, first.end)] + ([(line.start, line.end)] if line else [])
        near = [line for para in paras for line in para.lines][1:4]
        site = next((x for x in near if DOMAIN.match(x.text.strip())), None)  # the site's address
        url = site.text.strip() if site else None
        spans += [(site.start, site.end)] if site else []
        m = Masthead(paper=first.text.strip(), url=url, date=date, spans=spans)
        why = f"{NAME_RULE}: {title_clue.CLUE} (p = {p:.2f})"
        return reader.ingest.masthead.MastheadResult(m, 1, [], why)

    with mock.patch.object(reader.ingest, "outlet_nameplate", outlet_nameplate):
        yield


def _generated_texts() -> list[str]:
    kinds = [(c,) if c else () for c in (None, *gen.CONVENTIONS)] * GENERATED_EDITIONS
    return [
        gen.generate_edition(1000 + n, pages=4, conventions=kind).text
        for n, kind in enumerate(kinds)
    ]


Samples = list[tuple[list[str], str]]
Clue = dict[str, dict[str, float]]  # "weights": the subheads', "names": the name line's


def samples(name: str) -> tuple[Samples, Samples]:
    """Every line the clue weighs, labelled by the gold: as a subhead ('subhead' or 'text'),
    and as the page's name ('name' or 'other')."""
    if name == GENERATED:
        pages = [_page_samples(text, None) for text in _generated_texts()]
    else:
        pages = [
            _page_samples(page.text, gold_roles(page.text, page.expected).roles)
            for page in handmade_pages(HERE / name)
        ]
    return [s for sub, _ in pages for s in sub], [s for _, names in pages for s in names]


def _page_samples(text: str, gold: list[str | None] | None) -> tuple[Samples, Samples]:
    """The page file's samples: its units' lines as the rules cut them, and its front page's
    first line read from the text (whether or not the rules found a masthead there)."""
    seen: list[tuple[int, list[str], str]] = []
    with unit_cuts(seen, None, 1.0):
        edition = reader.ingest.ingest_text(text)
    if gold is None:
        gold = rules_roles(edition, text).roles
    lines = source_lines(text)
    subheads = [
        (f, "subhead" if gold[line_of(lines, at)] == "subhead" else "text") for at, f, _ in seen
    ]
    front = [k for k, ln in enumerate(lines) if ln.page == 0 and not ln.blank]
    first = lines[front[0]].text.strip() if front else ""
    if not clue_module().name_room(first):
        return subheads, []
    texts = [lines[k].text.strip() for k in front[:2]]
    later = "\n".join(lines[k].text for k in front[1:])
    label = "name" if gold[front[0]] == "masthead" else "other"
    return subheads, [(clue_module().name_features(texts, later), label)]


def fit(data: Samples, yes: str = "subhead", no: str = "text") -> dict[str, float]:
    if not data:
        return {}
    model = train(data)
    s, t = model.classes.index(yes), model.classes.index(no)
    return {
        f: round(model.weights[row][s] - model.weights[row][t], DIGITS)
        for f, row in sorted(model.index.items())
    }


def fit_clue(data: dict[str, tuple[Samples, Samples]], without: str | None = None) -> Clue:
    sub = [s for name, (subs, _) in data.items() if name != without for s in subs]
    names = [s for name, (_, ns) in data.items() if name != without for s in ns]
    return {"weights": fit(sub), "names": fit(names, "name", "other")}


def weights_file(sets: tuple[str, ...]) -> str:
    """The written file's text for a clue trained on these sets."""
    clue = fit_clue({name: samples(name) for name in sets})
    body = {
        "about": "log-odds that a body line is a subhead (weights) and that a front page's"
        " first line is its name (names), per feature of tests/ingest/title_clue.py;"
        " written by python -m tests.ingest.title_clue_train",
        "trained_on": list(sets),
        **clue,
    }
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


@contextmanager
def clued(clue: Clue | None, sure: float) -> Iterator[None]:
    """The ingest with the clue's two decisions (none of them without a clue)."""
    with (
        unit_cuts(None, clue["weights"] if clue and clue["weights"] else None, sure),
        name_lines(clue["names"] if clue and clue["names"] else None, sure),
    ):
        yield


def run_set(name: str, clues: list[Clue], sure: float) -> dict[str, Any]:
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
            with clued(use, sure):
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


def _apart(clue: Clue) -> dict[str, Clue]:
    """The clue, and each of its two decisions alone."""
    return {
        "subheads": {"weights": clue["weights"], "names": {}},
        "name line": {"weights": {}, "names": clue["names"]},
        "both": clue,
    }


def main(args: list[str]) -> None:
    if "--worker" in args:
        name, saved = option(args, "--worker")
        given = json.loads(Path(saved).read_text(encoding="utf-8"))
        print(json.dumps(run_set(name, given["clues"], given["sure"])))
        return
    sure = float((option(args, "--sure") or [str(clue_module().SURE)])[0])
    written = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if "--measure" in args:  # measure.py's figures with both decisions of the written clue
        with clued({"weights": written["weights"], "names": written["names"]}, sure):
            measure.main(*(int(a) for a in option(args, "--measure")))
        return
    if "--compare" in args:
        clues = _apart({"weights": written["weights"], "names": written["names"]})
        sets = option(args, "--compare")
        results = [(name, run_set(name, list(clues.values()), sure)) for name in sets]
        report(results, list(clues), "--changes" in args, "lines changed")
        return
    if "--loso" not in args:
        WEIGHTS.write_text(weights_file(SETS), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
        return
    old = Path(option(args, "--old")[0]) if "--old" in args else None
    data = {name: samples(name) for name in SETS}
    results = []
    for held in option(args, "--loso") or list(HELD):
        clues = _apart(fit_clue(data, held))
        given = {"clues": list(clues.values()), "sure": sure}
        if old is not None:
            results.append((held, in_old_rules("tests.ingest.title_clue_train", held, given, old)))
        else:
            results.append((held, run_set(held, given["clues"], sure)))
    report(
        results, list(_apart({"weights": {}, "names": {}})), "--changes" in args, "lines changed"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
