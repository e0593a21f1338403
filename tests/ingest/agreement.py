"""How far two authors agree on the structure of the same pages (docs/ingest-agreement.md).

tests/ingest/agreement/<set>_<NN>.json is a second author's JSON for page NN of a blind set,
written blind to the set author's. `python -m tests.ingest.agreement` scores each author's
truth against the other's with accuracy.py's field measure, strict and aligned, both ways
(aligned scores are not symmetric: the items the scored side adds cost it only `page items`),
then the ingest against each author (blind_report.py gives its misses against the set's
author; `--misses` lists the disagreements and the ingest's misses against the second).
Naming sets (`blind44 blind48`) keeps to their pages.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.gen import as_model
from tests.ingest.accuracy import Score, score
from tests.ingest.blind_report import PageScore, overall, page_mean, page_scores, totals
from tests.ingest.handmade_set import HandmadePage, truth

HERE = Path(__file__).parent
AGREEMENT = HERE / "agreement"


@dataclass(frozen=True)
class Pair:
    """One page read by two authors: the same text, two expectations."""

    name: str  # "blind44_03"
    first: HandmadePage  # the set's author
    second: HandmadePage  # the second author


def pairs(folder: Path = AGREEMENT) -> list[Pair]:
    out = []
    for second in sorted(folder.glob("*.json")):
        set_name, number = second.stem.rsplit("_", 1)
        (txt,) = sorted((HERE / set_name).glob(f"{number}_*.txt"))
        text = txt.read_text(encoding="utf-8")

        def page(path: Path, name: str = txt.stem, text: str = text) -> HandmadePage:
            return HandmadePage(name, text, json.loads(path.read_text(encoding="utf-8")))

        out.append(Pair(second.stem, page(txt.with_suffix(".json")), page(second)))
    return out


def against(want: HandmadePage, got: HandmadePage) -> PageScore:
    """`got`'s truth scored as an ingested edition would be, with `want`'s as the truth."""
    edition = as_model.edition(truth(got), got.name)
    t = truth(want)
    # a truth holds every character by definition: nothing to count as lost
    return PageScore(want.name, score(edition, t), score(edition, t, aligned=True), 0)


@dataclass
class Report:
    first_as_truth: list[PageScore]
    second_as_truth: list[PageScore]
    ingest_first: list[PageScore]  # the ingest scored against the set's author
    ingest_second: list[PageScore]  # and against the second author


def report(ps: list[Pair], ingest: bool = True) -> Report:
    return Report(
        [against(p.first, p.second) for p in ps],
        [against(p.second, p.first) for p in ps],
        page_scores([p.first for p in ps]) if ingest else [],
        page_scores([p.second for p in ps]) if ingest else [],
    )


def _share(s: Score) -> str:
    right, n = sum(s.right.values()), sum(s.total.values())
    return f"{right:>4}/{n:<4} {right / n:6.1%}" if n else "-"


def _rate(s: Score, what: str) -> str:
    return f"{s.right[what]:>4}/{s.total[what]:<4} {s.rate(what):6.1%}"


def table(runs: dict[str, list[PageScore]], names: list[str]) -> list[str]:
    """Per page, per field and overall, strict and aligned, one column pair a run."""
    heads = "".join(f"  {h + ' strict':<17}{h + ' aligned':<17}" for h in runs)
    lines = [f"{'page':<26}{heads}"]
    for k, name in enumerate(names):
        row = "".join(
            f"  {_share(r[k].strict):<17}{_share(r[k].aligned):<17}" for r in runs.values()
        )
        lines.append(f"{name:<26}{row}")
    sums = {h: totals(r) for h, r in runs.items()}
    fields = sorted(set().union(*(s[1].total for s in sums.values())))
    lines.append("")
    for what in fields:
        row = "".join(f"  {_rate(st, what):<17}{_rate(al, what):<17}" for st, al in sums.values())
        lines.append(f"{what:<26}{row}")
    lines.append("")
    row = "".join(f"  {overall(st):<17.1%}{overall(al):<17.1%}" for st, al in sums.values())
    lines.append(f"{'overall (fields)':<26}{row}")
    row = "".join(
        f"  {page_mean(r, 'strict'):<17.1%}{page_mean(r, 'aligned'):<17.1%}" for r in runs.values()
    )
    lines.append(f"{'overall (page mean)':<26}{row}")
    return lines


def main(args: list[str]) -> None:
    sets = [a for a in args if not a.startswith("--")]
    ps = [p for p in pairs() if not sets or p.name.rsplit("_", 1)[0] in sets]
    r = report(ps)
    names = [p.name for p in ps]
    print("Agreement: A is the set's author, B the second author; 'A truth' scores B against A.")
    print("\n".join(table({"A truth": r.first_as_truth, "B truth": r.second_as_truth}, names)))
    print("\nThe ingest against each author.")
    print("\n".join(table({"vs A": r.ingest_first, "vs B": r.ingest_second}, names)))
    if "--misses" in args:
        runs = {
            "B against A": r.first_as_truth,
            "A against B": r.second_as_truth,
            "the ingest against B": r.ingest_second,
        }
        for k, name in enumerate(names):
            for what, run in runs.items():
                if run[k].aligned.misses:
                    print(f"\n{name}: {what} (aligned)")
                    print("\n".join(f"  {miss}" for miss in run[k].aligned.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
