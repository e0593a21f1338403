"""Where the learned start clue's guards cost most (reader/ingest/start_clue.py, issue 14).

`python -m tests.ingest.start_clue_guards --old DIR [SETS...]`: for each held-out blind set,
the clue trained without it (start_clue_train's training), the set grouped by the rules of
its first-sight commit, and every paragraph first line inside a group that the clue is sure
of (p at least SURE) with the guards that stop it. Per guard: the confident right starts it
blocks and the wrong splits it prevents (gold starts from the set's JSON), in all and where
it is the only guard in the way (what relaxing it alone would let through).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import reader.ingest
from tests.ingest.handmade_set import handmade_pages
from tests.ingest.line_gold import gold_roles, source_lines
from tests.ingest.start_clue_train import (
    BLIND,
    HERE,
    SETS,
    _closed,
    clue_module,
    fit,
    grouping,
    in_old_rules,
    option,
    samples,
)


def _room_guards(paras: list[Any], k: int) -> list[str]:
    """start_clue._room's tests one by one, named."""
    c = clue_module()
    first = paras[k].lines[0].text
    letters = [ch for ch in first if ch.isalpha()]
    tests = {
        "a sentence": c.sentence_end(first),
        "a table row": "\t" in first,
        "a last line alone": k + 1 == len(paras) and len(paras[k].lines) < 2,
        "a marked line or Q&A": c._marked(first) or bool(c._QA.match(first)),
        "a line in brackets alone": first[0] in c.OPENERS and first[-1] in c.CLOSERS,
        "a wrapped sentence": len(paras[k].lines) > 1
        and paras[k].lines[1].text[0].islower()
        or c._wraps(paras[k]),
        "ends in a quote": first[-1] in "”\"’'",
        "English in capitals": bool(letters)
        and all(ch.isascii() for ch in letters)
        and first.upper() == first,
    }
    return [name for name, on in tests.items() if on]


def audit(
    groups: list[Any], closed: Callable[[list[Any]], bool], w: dict[str, float], sure: float
) -> list[tuple[int, float, list[str], str]]:
    """(first line's offset, p, the guards in the way, paragraphs in its group / on its
    page) of every confident candidate, the groups split as clue_splits splits them."""
    c = clue_module()
    flat = [para for group in groups for para in group.paras]
    out: list[tuple[int, float, list[str], str]] = []
    at = 0
    for group in groups:
        at += len(group.paras)
        whole = []
        if len(group.paras) < 3:
            whole.append("fewer than three paragraphs")
        if "; " in group.why:
            whole.append("a rule's veto")
        elif c._led(group):
            whole.append("a title or a marker leads")
        current = [group.paras[0]]
        prose = c._prose(group.paras[0])
        for k in range(1, len(group.paras)):
            p = c.probability(c.features(flat, at - len(group.paras) + k), w)
            if p >= sure:
                why = whole + _room_guards(group.paras, k)
                tagged = len(current) > 1 and c._tagged(group.paras[k].lines[0].text)
                if not prose and not tagged:
                    why.append("no prose before")
                if c._inside(current, group.paras[k:], closed):
                    why.append("a listing, entries or Q&A across it")
                line = group.paras[k].lines[0]
                out.append((line.start, p, why, f"{len(group.paras)}/{len(flat)}"))
                if not why:
                    current, prose = [], False
            current.append(group.paras[k])
            prose = prose or c._prose(group.paras[k])
    return out


def run_set(name: str, w: dict[str, float], sure: float) -> dict[str, Any]:
    closed = _closed()
    rows = []
    for page in handmade_pages(HERE / name):
        gold = gold_roles(page.text, page.expected).starts
        starts = {
            ln.start + len(ln.text) - len(ln.text.lstrip()): gold[k]
            for k, ln in enumerate(source_lines(page.text))
            if not ln.blank
        }
        seen: list[list[Any]] = []
        with grouping(seen, None, 1.0):
            reader.ingest.ingest_text(page.text, name=page.name)
        for groups in seen:
            for offset, p, why, size in audit(groups, closed, w, sure):
                text = page.text[offset : page.text.find("\n", offset)][:50]
                rows.append([page.name, text, p, bool(starts.get(offset)), why, size])
    return {"rows": rows}


def main(args: list[str]) -> None:
    if "--worker" in args:
        name, saved = option(args, "--worker")
        given = json.loads(Path(saved).read_text(encoding="utf-8"))
        print(json.dumps(run_set(name, given["weights"], given["sure"])))
        return
    sure = float((option(args, "--sure") or ["0.9"])[0])
    if not option(args, "--old"):
        sys.exit("usage: python -m tests.ingest.start_clue_guards --old DIR [--lines] [--sure P]")
    old = Path(option(args, "--old")[0])
    held_out = [a for a in args if not a.startswith("--") and a in BLIND] or list(BLIND)
    data = {name: samples(name) for name in SETS}
    blocks: Counter[tuple[str, bool]] = Counter()
    alone: Counter[tuple[str, bool]] = Counter()
    passed: Counter[bool] = Counter()
    for held in held_out:
        w = fit([s for name in SETS if name != held for s in data[name]])
        for page, text, p, right, why, size in in_old_rules(
            "tests.ingest.start_clue_guards", held, {"weights": w, "sure": sure}, old
        )["rows"]:
            if not why:
                passed[right] += 1
            for g in why:
                blocks[g, right] += 1
            if len(why) == 1:
                alone[why[0], right] += 1
            if "--lines" in args:
                mark = "RIGHT" if right else "wrong"
                print(
                    f"{held}/{page} {mark} p={p:.2f} {size} {text!r} <- {', '.join(why) or 'split'}"
                )
    print(f"split: {passed[True]} right, {passed[False]} wrong")
    heads = ("blocks right", "prevents wrong", "alone: right", "wrong")
    print(f"{'guard':<36} " + " ".join(f"{h:>14}" for h in heads))
    for g in sorted({g for g, _ in blocks}, key=lambda g: -blocks[g, True]):
        print(
            f"{g:<36} {blocks[g, True]:>14} {blocks[g, False]:>14}"
            f" {alone[g, True]:>14} {alone[g, False]:>14}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
