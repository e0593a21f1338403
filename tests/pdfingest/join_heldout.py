"""Held-out measure of join rules for a line that starts with one syllable and a particle.

`python -m tests.pdfingest.join_heldout` reads Korean prose the corpus generator did not
write (the seed page, the blind sets and the hand-made pages under tests/ingest: lines of
20 or more Hangul syllables) and simulates a line break at every place a rule could see:
each space between two words (the truth: a space) and each place between two syllables
inside a word of three or more (the truth: the word joins). For each candidate rule it
prints how often it fires and how often it is right, at spaces and inside words, and how
often it would change what `repair.separator` decides now, in the PDF ingest (the edition's
statistics asked) and the text ingest, with the rule placed early (before the edition's
statistics) or late (only where they do not decide). The edition for a break is its own
file, with that line broken there (the torn word is not printed whole anywhere else
unless the file prints it twice). docs/pdf-ingest.md, "The last joins", keeps the figures.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.ingest.repair import Vocabulary, separator
from reader.ingest.spacing import Spacing
from tests.editions import SEED_TXT
from tests.pdfingest.join_rules import RULES, WIDE, never, printed_in

INGEST = Path(__file__).resolve().parents[1] / "ingest"
_SYLLABLE = re.compile("[가-힣]")
_PROSE = 20  # Hangul syllables a line needs to count as prose


def prose_lines(paths: list[Path]) -> Iterator[tuple[Path, int, str]]:
    for path in paths:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if len(_SYLLABLE.findall(line)) >= _PROSE:
                yield path, i, line


def _set_number(folder: Path) -> int:
    return int(folder.name[5:] or 1)


def sources() -> dict[str, list[Path]]:
    """The texts in two halves: the rules' refinements (b) were chosen looking at misses
    in the first (the seed and blind sets 1 to 11) only; the second (blind sets 12 to 23
    and the hand-made pages) is their test."""
    blind = sorted(INGEST.glob("blind*/*.txt"))
    first = [SEED_TXT, *(p for p in blind if _set_number(p.parent) <= 11)]
    second = [p for p in blind if _set_number(p.parent) > 11]
    return {"first half": first, "second half": [*second, *sorted(INGEST.glob("handmade/*.txt"))]}


@dataclass(frozen=True)
class Break:
    row: int  # the line's index in its file
    at: int  # the break's place in the line
    space: bool  # the truth: a space stood there (else inside a word)

    def sides(self, line: str) -> tuple[str, str]:
        return line[: self.at], line[self.at + 1 if self.space else self.at :]


def breaks(row: int, line: str) -> Iterator[Break]:
    """Each space between two words, and each place between two syllables inside a word
    of three or more."""
    for m in re.finditer(r"\S+", line):
        word, start = m.group(), m.start()
        if m.end() < len(line) and line[m.end()] == " ":
            yield Break(row, m.end(), True)
        if len(_SYLLABLE.findall(word)) >= 3:
            for k in range(1, len(word)):
                if _SYLLABLE.match(word[k - 1]) and _SYLLABLE.match(word[k]):
                    yield Break(row, start + k, False)


class Probe(Vocabulary):
    """An edition's vocabulary that says which stage of `separator` decided."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.prefix: bool | None = None  # forced answer of the last fallback
        self.stats: list[bool | None] = []
        self._plain = Spacing(text)
        self.printed = printed_in(text)

    def has_prefix(self, prefix: str) -> bool:
        return super().has_prefix(prefix) if self.prefix is None else self.prefix

    @property
    def spacing(self) -> Spacing:
        probe = self

        class Recorded(Spacing):
            def joined(self, left: str, right: str, right_ends: bool) -> bool | None:
                out = probe._plain.joined(left, right, right_ends)
                probe.stats.append(out)
                return out

        return Recorded()


def stage(left: str, right: str, vocab: Probe, counts: bool) -> tuple[str, str]:
    """What separator decides, and where: 'early' (the rules before the statistics),
    'stats' (the edition's statistics) or 'late' (the last fallback)."""
    vocab.prefix, vocab.stats = None, []
    now = separator(left, right, vocab, counts=counts)
    if counts and vocab.stats and vocab.stats[-1] is not None:
        return now, "stats"
    vocab.prefix = False
    as_space = separator(left, right, vocab, counts=counts)
    vocab.prefix = True
    as_join = separator(left, right, vocab, counts=counts)
    vocab.prefix = None
    return now, "late" if as_space != as_join else "early"


@dataclass
class Tally:
    fired: Counter[bool] = field(default_factory=Counter)  # by truth: space or not
    right: Counter[bool] = field(default_factory=Counter)
    changed: Counter[tuple[str, bool]] = field(default_factory=Counter)  # (placement, right)
    examples: dict[tuple[str, bool], list[str]] = field(default_factory=dict)
    # The changes in the PDF ingest, placed late, by the particle and whether right.
    particles: Counter[tuple[str, bool]] = field(default_factory=Counter)


def measure(paths: list[Path], whole_set: bool = False) -> dict[str, Tally]:
    """whole_set: a break's edition is its file and the other files of its folder (a
    blind set reads like one paper's pages), else its file alone."""
    tallies = {name: Tally() for name in RULES}
    for path, row, line in prose_lines(paths):
        text = path.read_text(encoding="utf-8").splitlines()
        rest = _rest_of_set(path, paths) if whole_set else []
        for b in breaks(row, line):
            left, right = b.sides(line)
            fires = [n for n, rule in RULES.items() if rule(left, right, never)]
            if not fires:
                continue
            vocab = _edition([*text, *rest], b)
            truth = " " if b.space else ""
            decided = {c: stage(left, right, vocab, c) for c in (True, False)}
            for name in fires:
                if not RULES[name](left, right, vocab.printed):
                    continue
                t = tallies[name]
                t.fired[b.space] += 1
                t.right[b.space] += truth == ""
                for counts, (now, where) in decided.items():
                    kind = "pdf" if counts else "text"
                    for place, reach in (("early", ("stats", "late")), ("late", ("late",))):
                        if where in reach and now != "":
                            key = f"{kind} {place}"
                            t.changed[key, truth == ""] += 1
                            if key == "pdf late":
                                particle = WIDE.match(right)
                                assert particle is not None  # every rule reads one
                                t.particles[particle.group(2), truth == ""] += 1
                            ex = t.examples.setdefault((key, truth == ""), [])
                            if len(ex) < 12:
                                ex.append(f"{left[-10:]}|{right[:8]}")
    return tallies


def _rest_of_set(path: Path, paths: list[Path]) -> list[str]:
    return [
        x
        for p in paths
        if p.parent == path.parent and p != path
        for x in p.read_text(encoding="utf-8").splitlines()
    ]


def _edition(text: list[str], b: Break) -> Probe:
    """The break's edition, its line broken there (text starts with the break's file)."""
    line = text[b.row]
    left, right = line[: b.at], line[b.at + 1 if b.space else b.at :]
    broken = [*text[: b.row], left, right, *text[b.row + 1 :]]
    return Probe("\n".join(broken))


def report(tallies: dict[str, Tally], examples: bool, particles: bool) -> str:
    out = []
    for name, t in tallies.items():
        out.append(
            f"{name}: fires {t.fired[True] + t.fired[False]}; inside words "
            f"{t.right[False]}/{t.fired[False]} right, at spaces "
            f"{t.right[True]}/{t.fired[True]} right"
        )
        for key in ("pdf early", "pdf late", "text early", "text late"):
            good, bad = t.changed[key, True], t.changed[key, False]
            share = f"{100 * good / (good + bad):.1f} %" if good + bad else "-"
            out.append(f"  changes {key:10}: {good} right, {bad} wrong ({share})")
            if examples:
                for ok in (True, False):
                    ex = t.examples.get((key, ok), [])
                    if ex:
                        out.append(f"    {'right' if ok else 'wrong'}: {', '.join(ex)}")
        if particles:
            each = sorted({p for p, _ in t.particles})
            out.append(
                "  pdf late by particle: "
                + ", ".join(
                    f"{p} {t.particles[p, True]}/{t.particles[p, True] + t.particles[p, False]}"
                    for p in each
                )
            )
    return "\n".join(out)


if __name__ == "__main__":
    whole = "--whole-set" in sys.argv
    for half, paths in sources().items():
        print(
            f"== {half}: {len(paths)} files, each break's edition its {'set' if whole else 'file'}"
        )
        print(report(measure(paths, whole), "--examples" in sys.argv, "--particles" in sys.argv))
