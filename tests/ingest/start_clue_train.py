"""Train and measure the learned item-start clue (reader/ingest/start_clue.py, issue 14).

`python -m tests.ingest.start_clue_train` trains the clue on the hand-made set and blind ..
blind21 and writes reader/data/start_clue.json. A sample is a paragraph's first line (not a
page's first) as the grouping sees it (today's segmentation), labelled by whether the set's
JSON starts an item there (line_gold.py); the features are start_clue.features, from the
text alone. The trainer is line_model.py's (seeded): the same sets give the same weights.

`--loso --old DIR` measures it honestly: for each blind set, the clue trained without it,
and the set ingested by the rules of its first-sight commit (first_sight/<set>.json's
commit, from `DIR/<commit>/reader`, made by `git archive COMMIT reader | tar -x -C
DIR/COMMIT`), once alone and once with the clue splitting their groups; blind_report's
fields, strict and aligned. Without `--old`, today's rules read every set (they were
written from them: a leaked figure). `--sure P` sets the confidence; `--changes` lists
each split; `--baseline SET` adds the clue trained only on the sets up to SET (as once
shipped) to the same table. docs/ingest-line-roles.md ("The landable clue", "The clue,
second form") keeps the figures.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import reader.ingest
from tests import gen
from tests.ingest.accuracy import score
from tests.ingest.handmade_set import handmade_pages, truth
from tests.ingest.line_gold import gold_roles, rules_roles, source_lines
from tests.ingest.line_model import train

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
FIRST_SIGHT = HERE / "first_sight"
BLIND = ("blind", *(f"blind{n}" for n in range(2, 22)))
GENERATED = "generated"
GENERATED_EDITIONS = 3
SETS = ("handmade", *BLIND, GENERATED)
CLUE_FILE = ROOT / "reader" / "ingest" / "start_clue.py"
WEIGHTS = ROOT / "reader" / "data" / "start_clue.json"
DIGITS = 4  # weights are rounded so that the file reads, and diffs, cleanly


@cache
def shared_features() -> None:
    """The clues' line features (reader/ingest/line_shape.py) from this tree, for an older
    checkout's reader/ that has none."""
    name = "reader.ingest.line_shape"
    if name in sys.modules or importlib.util.find_spec(name) is not None:
        return
    printable = importlib.import_module("reader.printable")
    if not hasattr(printable, "cell_width"):  # older than the measure line_shape takes
        here = _load("printable_here", ROOT / "reader" / "printable.py")
        printable.cell_width = here.cell_width  # type: ignore[attr-defined]
    sys.modules[name] = _load(name, CLUE_FILE.parent / "line_shape.py")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_here(name: str, file: Path) -> ModuleType:
    """A clue module loaded by its path from this tree, after this tree's line features,
    whichever reader/ the import path holds (an older checkout's, under `--old`, may have
    none); a clue imports no other rule."""
    shared_features()
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def clue_module() -> ModuleType:
    """start_clue.py, from this tree."""
    return load_here("start_clue_here", CLUE_FILE)


def grouping_home() -> ModuleType:
    """The module that groups a page's paragraphs and asks the clue: page_items.py since
    reader/ingest/__init__.py was split; the package itself in an older checkout."""
    try:
        return importlib.import_module("reader.ingest.page_items")
    except ModuleNotFoundError:
        return reader.ingest


@contextmanager
def grouping(seen: list[list[Any]], clue: dict[str, float] | None, sure: float) -> Iterator[None]:
    """The ingest, recording each page's groups (after the clue's splits, if given)."""
    home = grouping_home()
    rules = home.split_groups
    start_clue = clue_module()
    closed = _closed()
    own_hook = getattr(home, "clue_splits", None)

    def split_groups(*args: Any, **kwargs: Any) -> list[Any]:
        groups = rules(*args, **kwargs)
        if clue is not None:
            groups = start_clue.clue_splits(groups, closed, clue, sure)
        seen.append(groups)
        return groups

    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(home, "split_groups", split_groups))
        if own_hook is not None:  # today's reader: its own hook off, the recorded one decides
            stack.enter_context(mock.patch.object(home, "clue_splits", _unsplit))
        yield


def _closed() -> Callable[[list[Any]], bool]:
    """The rules' own test of a group the clue must not split (a listing, an ad): today's
    reader names it; an older one has its parts (their names have not changed)."""
    home = grouping_home()
    own: Callable[[list[Any]], bool] | None = getattr(home, "_no_split", None)
    if own is not None:
        return own
    listing = home.split_listing
    ad_score, limit = home.ad_score, home.AD_SCORE
    # a story signed or told before its entries is no listing (later rules than some)
    bylined = getattr(home, "bylined_prose", _no_story)
    first = getattr(home, "story_first", _no_story)

    def closed(paras: list[Any]) -> bool:
        story = bylined(paras) or first(paras)
        return listing(paras) is not None and not story or ad_score(paras) >= limit

    return closed


def _no_story(paras: list[Any]) -> bool:
    return False


def _unsplit(groups: list[Any], *_: Any) -> list[Any]:
    return groups


def samples(name: str) -> list[tuple[list[str], str]]:
    """Every paragraph's first line after a page's first, with its gold start; `generated`:
    GENERATED_EDITIONS 4-page generated editions per convention (seeds from 1000, apart
    from measure.py's), whose gold is today's rules' (they read generated pages right)."""
    if name == GENERATED:
        kinds = [(c,) if c else () for c in (None, *gen.CONVENTIONS)] * GENERATED_EDITIONS
        texts = [
            gen.generate_edition(1000 + n, pages=4, conventions=kind).text
            for n, kind in enumerate(kinds)
        ]
        return [s for text in texts for s in _page_samples(text, None)]
    return [
        s
        for page in handmade_pages(HERE / name)
        for s in _page_samples(page.text, gold_roles(page.text, page.expected).starts)
    ]


def _page_samples(text: str, gold: list[bool] | None) -> list[tuple[list[str], str]]:
    start_clue = clue_module()
    lines = source_lines(text)
    seen: list[list[Any]] = []
    with grouping(seen, None, 1.0):
        edition = reader.ingest.ingest_text(text)
    if gold is None:
        gold = rules_roles(edition, text).starts
    starts = {
        ln.start + len(ln.text) - len(ln.text.lstrip()): gold[k]
        for k, ln in enumerate(lines)
        if not ln.blank
    }
    out = []
    for groups in seen:
        flat = [para for group in groups for para in group.paras]
        for k in range(1, len(flat)):
            label = starts.get(flat[k].lines[0].start)
            if label is not None:
                out.append((start_clue.features(flat, k), "start" if label else "inside"))
    return out


def fit(data: list[tuple[list[str], str]]) -> dict[str, float]:
    model = train(data)
    s, i = model.classes.index("start"), model.classes.index("inside")
    return {
        f: round(model.weights[row][s] - model.weights[row][i], DIGITS)
        for f, row in sorted(model.index.items())
    }


def weights_file(sets: tuple[str, ...]) -> str:
    """The shipped file's text for a clue trained on these sets."""
    weights = fit([s for name in sets for s in samples(name)])
    body = {
        "about": "log-odds that a paragraph starts an item, per feature of"
        " reader/ingest/start_clue.py; written by python -m tests.ingest.start_clue_train",
        "trained_on": list(sets),
        "weights": weights,
    }
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def run_set(name: str, clues: list[dict[str, float]], sure: float) -> dict[str, Any]:
    """Fields right and counted, strict and aligned, by the rules alone (clue 0) and with
    each clue (1 on); the splits each clue made."""
    counts = {f"{how}{n}": [0, 0] for n in range(len(clues) + 1) for how in _HOW}
    moved: list[list[str]] = [[] for _ in clues]
    mark = clue_module().CLUE
    for page in handmade_pages(HERE / name):
        t = truth(page)
        for n, use in enumerate([None, *clues]):
            seen: list[list[Any]] = []
            with grouping(seen, use, sure):
                edition = reader.ingest.ingest_text(page.text, name=page.name)
            if use is not None:
                moved[n - 1] += [
                    f"{page.name}: {g.paras[0].lines[0].text[:60]!r} {g.why[len(mark) + 1 :][:10]}"
                    for groups in seen
                    for g in groups
                    if g.why.startswith(mark)
                ]
            for how in _HOW:
                s = score(edition, t, aligned=how == "aligned")
                counts[f"{how}{n}"][0] += sum(s.right.values())
                counts[f"{how}{n}"][1] += sum(s.total.values())
    return {"counts": counts, "moves": moved}


def in_old_rules(module: str, name: str, given: dict[str, Any], old: Path) -> dict[str, Any]:
    """`python -m module --worker name FILE` (FILE holding given) in a child whose reader/
    is the rules of the set's first-sight commit; its printed JSON."""
    commit = json.loads((FIRST_SIGHT / f"{name}.json").read_text(encoding="utf-8"))["commit"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(given, f)
    try:
        done = subprocess.run(
            [sys.executable, "-m", module, "--worker", name, f.name],
            cwd=old / commit,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(f.name)
    if done.returncode:
        sys.exit(f"the rules of {commit} failed on {name}:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


_HOW = ("strict", "aligned")


def _share(c: list[int]) -> str:
    return f"{c[0] / c[1]:6.1%}" if c[1] else "     -"


def report(
    results: list[tuple[str, dict[str, Any]]],
    names: list[str],
    changes: bool,
    counted: str = "splits",
) -> None:
    """One row per held-out set: the rules alone, then each clue, strict and aligned, and
    how many it counted (splits, lines changed) of each clue."""
    heads = ["rules", *names]
    print(f"{'set':<10} " + "  ".join(f"{h[:11] + ' strict':>18} {'aligned':>8}" for h in heads))
    every = {f"{how}{n}": [0, 0] for n in range(len(heads)) for how in _HOW}
    for name, r in results:
        c = r["counts"]
        cells = "  ".join(
            f"{_share(c[f'strict{n}']):>18} {_share(c[f'aligned{n}']):>8}"
            for n in range(len(heads))
        )
        splits = " ".join(str(len(m)) for m in r["moves"])
        print(f"{name:<10} {cells}  {counted} {splits}")
        for k in every:
            every[k][0] += c[k][0]
            every[k][1] += c[k][1]
        if changes:
            for clue, moves in zip(names, r["moves"], strict=True):
                print("\n".join(f"    {clue}: {m}" for m in moves))
    cells = "  ".join(
        f"{_share(every[f'strict{n}']):>18} {_share(every[f'aligned{n}']):>8}"
        for n in range(len(heads))
    )
    print(f"{'all':<10} {cells}")
    print("fields right / counted: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in every.items()))


def option(args: list[str], flag: str) -> list[str]:
    """The values after flag, up to the next flag."""
    if flag not in args:
        return []
    rest = args[args.index(flag) + 1 :]
    return [a for a in rest[: next((i for i, a in enumerate(rest) if a[:2] == "--"), None)]]


def main(args: list[str]) -> None:
    if "--worker" in args:
        name, saved = option(args, "--worker")
        given = json.loads(Path(saved).read_text(encoding="utf-8"))
        print(json.dumps(run_set(name, given["clues"], given["sure"])))
        return
    sure = float((option(args, "--sure") or ["0.9"])[0])
    if "--loso" not in args:
        WEIGHTS.write_text(weights_file(SETS), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
        return
    old = Path(option(args, "--old")[0]) if "--old" in args else None
    held_out = option(args, "--loso") or list(BLIND)
    # --baseline SET: also the clue trained only on the sets up to SET (as once shipped)
    last = option(args, "--baseline")
    trainings = {"clue": SETS}
    if last:
        upto = SETS[: SETS.index(last[0]) + 1] + (GENERATED,)
        trainings = {f"up to {last[0]}": upto, "clue": SETS}
    data = {name: samples(name) for name in SETS}
    results = []
    for held in held_out:
        clues = [
            fit([s for name in sets if name != held for s in data[name]])
            for sets in trainings.values()
        ]
        if old is not None:
            given = {"clues": clues, "sure": sure}
            results.append((held, in_old_rules("tests.ingest.start_clue_train", held, given, old)))
        else:
            results.append((held, run_set(held, clues, sure)))
    report(results, list(trainings), "--changes" in args)


if __name__ == "__main__":
    main(sys.argv[1:])
