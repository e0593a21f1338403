"""Line roles: the rules' against the reader's, and a learned scorer against both (issue 14).

`python -m tests.ingest.line_roles SETS...` prints, per set and per role, the share of
source lines whose role the rules get right, and item-start precision and recall
(line_gold.py derives both sides); `--mismatches` lists the lines that differ.
`--loso SETS...` trains the scorer (line_model.py over line_features.py) on all sets but
one and tests on that one, for each; `--train SETS... --test SETS...` trains on some sets
and tests on others (a set it never saw: `--train blind ... handmade --test blind15`).
`--rules-from DIR` takes the rules' roles from DIR/<set>.json, which `--dump-rules SET`, run
in another checkout, wrote (the rules as they were before a set was written); `--no-rules`
leaves the rules' decisions out of the features; `--test-rules-now` tests on today's rules.
Each test prints (a) the rules, (b) the model, (c) the rules with the model overriding
where its probability reaches `--confident` (0.9 unless told). `--examples` prints lines
(c) mends and lines it breaks (`--examples b`: those of (b)). `--held SETS...` holds out
only these of the `--loso` or `--forward` sets (the others still train).
docs/ingest-line-roles.md keeps the figures.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reader.ingest import ingest_text
from tests.ingest.handmade_set import handmade_pages
from tests.ingest.line_features import line_features
from tests.ingest.line_gold import LineRoles, SourceLine, gold_roles, rules_roles, source_lines
from tests.ingest.line_model import Model, train

HERE = Path(__file__).parent
FIRST_SIGHT = HERE / "first_sight"  # each blind set's lines as the rules read them first


def every_set() -> tuple[str, ...]:
    """The hand-made set, then every blind set folder in the order they were written."""
    blind = [d.name for d in HERE.glob("blind*") if d.is_dir()]
    return ("handmade", *sorted(blind, key=lambda n: int(n.removeprefix("blind") or 1)))


SETS = every_set()
CONFIDENT = 0.9


@dataclass
class PageLines:
    """A page file's printed lines with a gold role, and what each side says of them."""

    set: str
    name: str
    lines: list[SourceLine]
    gold: LineRoles
    rules: LineRoles
    features: list[list[str]]

    def scored(self) -> list[int]:
        """The lines that count: printed, with a gold role."""
        return [
            k for k, ln in enumerate(self.lines) if not ln.blank and self.gold.roles[k] is not None
        ]


def load_set(name: str, rules_dir: Path | None = None, own: bool = True) -> list[PageLines]:
    """A set's pages; the rules' roles from the ingest, or from rules_dir/<set>.json that
    `--dump-rules` wrote (another checkout's rules); without `own`, features leave the
    rules' decisions out."""
    dumped_file = rules_dir / f"{name}.json" if rules_dir else None
    dumped = {}
    if dumped_file and dumped_file.exists():
        dumped = json.loads(dumped_file.read_text(encoding="utf-8"))["pages"]
    out = []
    pages = handmade_pages(HERE / name)
    if not pages:
        raise SystemExit(f"no pages in tests/ingest/{name}/")
    for page in pages:
        lines = source_lines(page.text)
        if page.name in dumped:
            roles, starts = dumped[page.name]
            if len(roles) != len(lines):
                raise SystemExit(f"{dumped_file}: {page.name} has changed since the dump")
            at = set(starts)
            rules = LineRoles(roles, [k in at for k in range(len(roles))], [])
        else:
            rules = rules_roles(ingest_text(page.text, name=page.name), page.text)
        gold = gold_roles(page.text, page.expected)
        feats = line_features(lines, rules)
        if not own:
            feats = [[f for f in fs if "rule" not in f] for fs in feats]
        out.append(PageLines(name, page.name, lines, gold, rules, feats))
    return out


@dataclass
class Decisions:
    """Per scored line: gold, rules, model, combined role, and the same for item starts."""

    roles: list[tuple[str, str, str, str]]
    starts: list[tuple[bool, bool, bool, bool]]
    where: list[tuple[PageLines, int]]
    sure: list[float] = field(default_factory=list)  # the model's probability of its role

    def add(self, other: Decisions) -> None:
        self.roles += other.roles
        self.starts += other.starts
        self.where += other.where
        self.sure += other.sure


def decide(
    pages: list[PageLines], role_model: Model, start_model: Model, confident: float
) -> Decisions:
    out = Decisions([], [], [])
    for page in pages:
        for k in page.scored():
            feats = page.features[k]
            gold = page.gold.roles[k] or ""
            rule = page.rules.roles[k] or "none"
            guess, p = role_model.predict(feats)
            both = guess if p >= confident else rule
            out.roles.append((gold, rule, guess, both))
            out.sure.append(p)
            start_guess, q = start_model.predict(feats)
            start_model_says = start_guess == "start"
            rule_start = page.rules.starts[k]
            start_both = start_model_says if q >= confident else rule_start
            out.starts.append((page.gold.starts[k], rule_start, start_model_says, start_both))
            out.where.append((page, k))
    return out


def fit(pages: list[PageLines]) -> tuple[Model, Model]:
    roles, starts = [], []
    for page in pages:
        for k in page.scored():
            roles.append((page.features[k], page.gold.roles[k] or ""))
            starts.append((page.features[k], "start" if page.gold.starts[k] else "inside"))
    return train(roles), train(starts)


def accuracy(d: Decisions, column: int) -> float:
    return sum(r[0] == r[column] for r in d.roles) / len(d.roles) if d.roles else 1.0


def precision_recall(d: Decisions, column: int) -> tuple[float, float]:
    said = sum(s[column] for s in d.starts)
    true = sum(s[0] for s in d.starts)
    hit = sum(s[0] and s[column] for s in d.starts)
    return (hit / said if said else 1.0), (hit / true if true else 1.0)


def per_role(d: Decisions) -> list[str]:
    """Per gold role: lines, and the share each column gets right."""
    total: Counter[str] = Counter(r[0] for r in d.roles)
    rows = []
    for role, n in total.most_common():
        right = [sum(r[0] == role and r[c] == role for r in d.roles) / n for c in (1, 2, 3)]
        rows.append(f"{role:<14} {n:>5}  " + "  ".join(f"{v:6.1%}" for v in right))
    return rows


def _fmt(d: Decisions) -> str:
    cells = [f"{accuracy(d, c):6.1%}" for c in (1, 2, 3)]
    for c in (1, 2, 3):
        p, r = precision_recall(d, c)
        cells.append(f"{p:5.1%}/{r:5.1%}")
    return "  ".join(cells)


HEADER = (
    f"{'set':<10} {'lines':>5}  {'role a':>6}  {'b':>6}  {'c':>6}  "
    f"{'start P/R a':>11}  {'b':>11}  {'c':>11}"
)


def report(results: list[tuple[str, Decisions]], examples: int) -> None:
    """The table per set and pooled, the per-role table, and with `examples` (a column:
    2 the model, 3 the override) the lines that column mends and breaks."""
    print(HEADER)
    every = Decisions([], [], [])
    for name, d in results:
        print(f"{name:<10} {len(d.roles):>5}  {_fmt(d)}")
        every.add(d)
    print(f"{'all':<10} {len(every.roles):>5}  {_fmt(every)}")
    if every.sure:
        print("role (c) by confidence: " + ", ".join(_sweep(every)))
    print(f"\n{'gold role':<14} {'lines':>5}  {'a':>6}  {'b':>6}  {'c':>6}")
    print("\n".join(per_role(every)))
    if examples:
        _examples(every, examples)


def _sweep(d: Decisions) -> list[str]:
    """Line accuracy of (c) had the model overridden the rules from each probability on."""
    out = []
    for level in (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01):
        right = sum(
            gold == (guess if p >= level else rule)
            for (gold, rule, guess, _), p in zip(d.roles, d.sure, strict=True)
        )
        out.append(f"{level:g}: {right / len(d.roles):.1%}")
    return out


def _examples(d: Decisions, column: int) -> None:
    side = "(b)" if column == 2 else "(c)"
    for title, want in ((f"{side} mends the rules", True), (f"{side} breaks the rules", False)):
        print(f"\n{title}:")
        for roles, (page, k) in zip(d.roles, d.where, strict=True):
            gold, rule, said = roles[0], roles[1], roles[column]
            # a break is a line the rules had right: both wrong is neither
            if rule != said and (said if want else rule) == gold:
                text = page.lines[k].text.strip()[:60]
                print(
                    f"  {page.set}/{page.name}: {text!r} rules {rule}, {side} {said}, gold {gold}"
                )


def measure(sets: list[tuple[str, list[PageLines]]], mismatches: bool) -> None:
    """The rules against the gold, per set and per role (no model)."""
    print(f"{'set':<10} {'lines':>5} {'unlabelled':>10} {'unmatched':>9}  role    start P/R")
    per: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for name, pages in sets:
        d = decide_rules(pages)
        unlabelled = sum(
            1 for p in pages for k, ln in enumerate(p.lines) if not ln.blank and not p.gold.roles[k]
        )
        unmatched = sum(len(p.gold.unmatched) for p in pages)
        p, r = precision_recall(d, 1)
        print(
            f"{name:<10} {len(d.roles):>5} {unlabelled:>10} {unmatched:>9}  "
            f"{accuracy(d, 1):6.1%}  {p:5.1%}/{r:5.1%}"
        )
        for (gold, rule, _, _), (page, k) in zip(d.roles, d.where, strict=True):
            per[gold] += 1
            right[gold] += gold == rule
            if mismatches and gold != rule:
                text = page.lines[k].text.strip()[:60]
                print(f"  {page.name}: {text!r} rules {rule}, gold {gold}")
    print(f"\n{'gold role':<14} {'lines':>5}  rules")
    for role, n in per.most_common():
        print(f"{role:<14} {n:>5}  {right[role] / n:6.1%}")


def decide_rules(pages: list[PageLines]) -> Decisions:
    """The rules' decisions alone, in the shape decide() gives."""
    d = Decisions([], [], [])
    for page in pages:
        for k in page.scored():
            rule = page.rules.roles[k] or "none"
            d.roles.append((page.gold.roles[k] or "", rule, rule, rule))
            start = page.rules.starts[k]
            d.starts.append((page.gold.starts[k], start, start, start))
            d.where.append((page, k))
    return d


def dump_rules(name: str, commit: str) -> None:
    """The rules' roles and item starts of a set's lines, as JSON: run in a checkout of
    `commit` (whose reader/ is imported first), it keeps that day's rules for later runs."""
    pages = {}
    for page in handmade_pages(HERE / name):
        r = rules_roles(ingest_text(page.text, name=page.name), page.text)
        pages[page.name] = [r.roles, [k for k, s in enumerate(r.starts) if s]]
    print(json.dumps({"commit": commit, "pages": pages}, ensure_ascii=False))


def option(args: list[str], flag: str) -> list[str]:
    """The words after `flag` up to the next flag."""
    if flag not in args:
        return []
    rest = args[args.index(flag) + 1 :]
    end = next((i for i, a in enumerate(rest) if a.startswith("--")), len(rest))
    return rest[:end]


def main(args: list[str]) -> None:
    confident = float((option(args, "--confident") or [str(CONFIDENT)])[0])
    # --examples: the lines the override changes; --examples b: those the model alone does
    examples = (2 if option(args, "--examples")[:1] == ["b"] else 3) if "--examples" in args else 0
    given = option(args, "--rules-from")[:1]  # the words after the folder are sets
    model = any(a in args for a in ("--loso", "--forward", "--train"))
    # the scorer learns from the rules as they were on pages they had not seen
    rules_dir = Path(given[0]) if given else FIRST_SIGHT if model else None
    if "--rules-now" in args:
        rules_dir = None
    own = "--no-rules" not in args

    def load(name: str) -> list[PageLines]:
        return load_set(name, rules_dir, own)

    if "--dump-rules" in args:
        dump_rules(*option(args, "--dump-rules")[:2])
    elif "--loso" in args or "--forward" in args:
        names = option(args, "--loso") or option(args, "--forward") or list(SETS)
        held_out = option(args, "--held") or names
        loaded = {n: load(n) for n in names}
        results = []
        for k, held in enumerate(names):
            # --forward: only the sets written before the held-out one
            before = names[:k] if "--forward" in args else names
            rest = [p for n in before if n != held for p in loaded[n]]
            if rest and held in held_out:
                started = time.perf_counter()
                role_model, start_model = fit(rest)
                results.append((held, decide(loaded[held], role_model, start_model, confident)))
                spent = time.perf_counter() - started
                print(f"{held}: {_fmt(results[-1][1])}  ({spent:.0f} s)", file=sys.stderr)
        report(results, examples)
    elif "--train" in args:
        role_model, start_model = fit([p for n in option(args, "--train") for p in load(n)])
        tests = option(args, "--test")
        if "--test-rules-now" in args:  # the held-out sets read by today's rules
            rules_dir = None
        report([(n, decide(load(n), role_model, start_model, confident)) for n in tests], examples)
    else:
        names = [a for a in args if not a.startswith("--") and a not in given] or list(SETS)
        measure([(n, load(n)) for n in names], "--mismatches" in args)


if __name__ == "__main__":
    main(sys.argv[1:])
