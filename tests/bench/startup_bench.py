"""Start-up figures for the reading app (prints figures; not a timed test).

    python -m tests.bench.startup_bench [--runs N] [--no-catalog] [--also NAME=COMMAND]
                                        [--ladder] [--no-presses]

From process start to the first full paint (the open article's body text and the
first ad of its page on the screen, tests/bench/pty_watch.py), at 120x40 in a
real pseudo-terminal, of:

- a bare Textual app (Header, Static, Footer): the baseline, until its text shows;
- a plain Textual app of the same screen, built from Textual's own widgets without
  broadsheet's code (the edition's titles in an OptionList, the article and the
  ads of its page as plain text in scrolling Statics, the same borders and keys):
  what Textual itself needs for this screen;
- `broadsheet PATH`, the installed command (and the commands given with --also,
  such as other installs of it).

Cases: the seed edition, a generated 40-page edition, and a folder of 3,650 daily
editions (the archive bench's cached decade; opened with its catalog remembered).
Each case runs the apps once to warm the caches, then alternates them --runs times,
so load from elsewhere falls on all of them; it prints medians, their ratio to the
bare app's, the median of the ratios round by round, the CPU time of every thread
up to the paint, and the load average. Peak memory (VmHWM) is taken once the
screen is full. The machine is shared: compare ratios from one run, never figures
from two.
--ladder times Textual apps that add one part of the screen at a time (docs/
performance.md). Last, the time from pressing J to the repaint, on the 40-page
edition.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import os
import shlex
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader import store
from reader.ingest import ingest_text
from reader.library import open_library
from reader.model import Ad, Edition, leaves
from tests.bench.pty_watch import run_to_end, watch
from tests.editions import SEED_JSON
from tests.gen import generate_edition

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BARE_TEXT = "광남일보 · 2026년 2월 4일 수요일"
PARTS = ["panes", "titles", "article", "ads"]
# The bare app, then the plain one with one more part of the reading screen each time.
LADDER = [("bare Textual app", None)] + [
    (f"plain, {'+'.join(PARTS[:n]) or 'masthead and footer'}", PARTS[:n]) for n in range(5)
]
SIZE = (120, 40)
TARGET = 1.30
MEMORY_TARGET = 1.5
# What broadsheet adds to Textual's own cost of the same screen (docs/performance.md).
PLAIN_TARGET = 1.20
BODY = ("answer", "paragraph")


def markers(edition: Edition) -> list[str]:
    """What the full first screen shows: the start of the first article's first body
    paragraph (after its lead and questions) and of the first ad of its page, where the
    screen is wide enough for the ad pane beside the article (below WIDE it is folded)."""
    from reader.ui.screens.reader_ads import WIDE

    article = edition.articles()[0]
    body = next((b for b in article.body if b.kind in BODY), article.body[0])
    found = [body.text.strip()[:10]]
    page = next(p for p in edition.pages if article in p.items)
    ad = next((it for it in page.items if isinstance(it, Ad)), None)
    if ad is not None and SIZE[0] >= WIDE:
        found.append(next(leaves(ad)).text.strip()[:7])
    return found


@dataclass
class App:
    name: str
    argv: list[str]
    samples: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def paired(self, other: App) -> float:
        """The median of the ratios run by run: each pair ran one after the other."""
        return statistics.median(a / b for a, b in zip(self.samples, other.samples, strict=True))

    @property
    def peak_mb(self) -> float:
        return statistics.median(self.peaks) / 1024


class Runner:
    """Runs the apps of one case in its own BROADSHEET_HOME (kept across its runs, as a
    reader's is: the reading state and the catalog exist from the second start on)."""

    def __init__(self, pycache: str) -> None:
        self.home = tempfile.TemporaryDirectory(prefix="broadsheet-bench-home-")
        env = {**os.environ, "TERM": "xterm-256color", "BROADSHEET_HOME": self.home.name}
        # Everything starts from compiled bytecode, as installed packages do (the
        # environment may forbid writing it): the warm-up runs fill this run's cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
        self.env = env

    def run(self, app: App, want: Sequence[str]) -> None:
        seen = watch(app.argv, want, size=SIZE, env=self.env, cwd=self.home.name)
        app.samples.append(seen.all_shown)
        app.peaks.append(seen.peak_rss_kb)
        app.cpu.append(seen.cpu)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(title: str, apps: list[App], want: dict[str, list[str]], runs: int, pycache: str):
    """Warm up, then `runs` alternating rounds; print each app beside the first (bare)."""
    print(f"\n{title}  [{load()}]", flush=True)
    runner = Runner(pycache)
    for app in apps:
        runner.run(app, want[app.name])
    # The first start of each: cold caches (and, for a folder, no catalog yet).
    print("  first start: " + ", ".join(f"{app.name} {ms(app.samples[0])}" for app in apps))
    for app in apps:
        app.samples.clear()
        app.peaks.clear()
        app.cpu.clear()
    for _ in range(runs):
        for app in apps:
            runner.run(app, want[app.name])
    bare = apps[0]
    for app in apps:
        cpu = statistics.median(app.cpu)
        ratio = (
            ""
            if app is bare
            else f" = {app.median / bare.median:.2f}x bare (run by run {app.paired(bare):.2f}x;"
            f" CPU {cpu / statistics.median(bare.cpu):.2f}x)"
        )
        print(
            f"  {app.name:44} {ms(app.median):>7} (min {ms(min(app.samples))}, max "
            f"{ms(max(app.samples))}; CPU {ms(cpu)}){ratio}  peak RSS {app.peak_mb:.1f} MB"
        )
    print(f"  [{load()}]")
    return apps


def verdict(label: str, app: App, bare: App, plain: App | None) -> None:
    ratio = app.median / bare.median
    rss = app.peak_mb / bare.peak_mb
    extra = (
        f"; plain same screen {plain.median / bare.median:.2f}x bare, broadsheet "
        f"{app.median / plain.median:.2f}x plain (proposed target <= {PLAIN_TARGET})"
        if plain
        else ""
    )
    print(
        f"  {label}: full paint {ratio:.2f}x bare (target <= {TARGET}) "
        f"{'ok' if ratio <= TARGET else 'OVER'}{extra}; peak RSS {rss:.2f}x bare "
        f"(target <= {MEMORY_TARGET}) {'ok' if rss <= MEMORY_TARGET else 'OVER'}"
    )


def catalog_folder() -> Path:
    """The archive bench's decade, generated and ingested the first time (minutes)."""
    from tests.bench.archive_bench import bench_dir, prepare

    print(f"a decade of daily editions in {bench_dir()} ...", flush=True)
    with contextlib.redirect_stdout(io.StringIO()):  # its progress, line by line
        return prepare(bench_dir(), 10, 40)[1]


def bare_app() -> App:
    return App(
        "bare Textual app (Header, Static, Footer)",
        [sys.executable, str(HERE / "bare_app.py"), BARE_TEXT],
    )


def plain_app(
    path: Path, parts: Sequence[str] = PARTS, name: str = "plain Textual app of the same screen"
) -> App:
    argv = [sys.executable, str(HERE / "plain_app.py"), str(path), "--parts", ",".join(parts)]
    return App(name, argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.startup_bench")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-catalog", action="store_true", help="skip the 3,650 editions")
    parser.add_argument("--no-presses", action="store_true", help="skip J -> repaint")
    parser.add_argument("--ladder", action="store_true", help="Textual's cost, part by part")
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="NAME=COMMAND",
        help="another broadsheet command to time beside the installed one",
    )
    args = parser.parse_args(argv or [])
    broadsheet = [str(Path(sys.executable).with_name("broadsheet"))]
    others = [(n, shlex.split(c)) for n, c in (a.split("=", 1) for a in args.also)]

    work = tempfile.TemporaryDirectory(prefix="broadsheet-bench-")
    pycache = str(Path(work.name) / "pyc")
    generated = ingest_text(generate_edition(11, pages=40).text, name="generated")
    generated_json = Path(work.name) / "generated-40p.json"
    store.atomic_write(generated_json, store.to_json(generated))
    seed = store.load(SEED_JSON)
    cases: list[tuple[str, Path, Edition, bool]] = [
        (f"seed edition ({SEED_JSON.name})", SEED_JSON, seed, True),
        (f"generated edition ({len(generated.pages)} pages)", generated_json, generated, True),
    ]
    if not args.no_catalog:
        folder = catalog_folder()
        library, index = open_library(folder)
        newest = library.entries[index]
        assert newest.edition is not None and newest.path is not None
        cases.append((f"a folder of {len(library)} editions", folder, newest.edition, False))

    print(f"start-up to first full paint, {SIZE[0]}x{SIZE[1]} pty, median of {args.runs}:")
    results: dict[str, tuple[App, App, App | None]] = {}
    for title, path, edition, with_plain in cases:
        shown = markers(edition)
        apps = [bare_app()]
        want = {apps[0].name: [BARE_TEXT]}
        if with_plain:
            apps.append(plain_app(path))
        apps.append(App("broadsheet PATH", [*broadsheet, str(path)]))
        apps += [App(f"broadsheet PATH ({name})", [*cmd, str(path)]) for name, cmd in others]
        for app in apps[1:]:
            want[app.name] = shown
        measure(f"{title}; shown: {shown}", apps, want, args.runs, pycache)
        results[title] = (apps[0], apps[-1 - len(others)], apps[1] if with_plain else None)
    print("\ntargets:")
    for title, (bare, reader, plain) in results.items():
        verdict(title, reader, bare, plain)

    if args.ladder:
        ladder(args.runs, pycache)
    if not args.no_presses:
        presses(generated_json, pycache)
    return 0


def ladder(runs: int, pycache: str) -> None:
    """The bare app, then one part of the reading screen added at a time."""
    apps = []
    for name, parts in LADDER:
        app = bare_app() if parts is None else plain_app(SEED_JSON, parts, name)
        if parts is not None:
            app.argv += ["--masthead", BARE_TEXT]
        app.name = name
        apps.append(app)
    want = {app.name: [BARE_TEXT] for app in apps}
    measure("Textual's cost of the screen, part by part (the seed)", apps, want, runs, pycache)


def presses(edition_json: Path, pycache: str) -> None:
    count = 30
    runner = Runner(pycache)
    env = {**runner.env, "PYTHONPATH": str(ROOT)}
    out = Path(runner.home.name) / "presses"
    run_to_end([sys.executable, "-c", PRESS_J, str(out), str(edition_json), str(count)], SIZE, env)
    times, articles, pages, last = ast.literal_eval(out.read_text())
    print(f"\nJ -> repaint on the generated edition ({pages} pages, {articles} articles):")
    pick: Callable[[float], float] = lambda q: sorted(times)[int(q * len(times)) - 1]  # noqa: E731
    print(
        f"  {count} presses: median {ms(statistics.median(times))}, p90 {ms(pick(0.9))}, "
        f"max {ms(max(times))}  (ended on {last})"
    )


PRESS_J = """
import statistics, sys, time
from reader import store
from reader.library import Entry, Library
from reader.ui.app import BroadsheetApp
from reader.ui.screens.reader import ReaderScreen

edition = store.load(sys.argv[2])
presses = int(sys.argv[3])

class Timed(BroadsheetApp):
    def on_mount(self):
        self.times = []
        self.call_after_refresh(self.press)

    def press(self):
        self.t0 = time.perf_counter()
        self.simulate_key("J")
        self.call_after_refresh(self.painted)

    def painted(self):
        self.times.append(time.perf_counter() - self.t0)
        if len(self.times) < presses:
            self.call_after_refresh(self.press)
            return
        screen = self.screen
        assert isinstance(screen, ReaderScreen)
        open(sys.argv[1], "w").write(repr((self.times, len(edition.articles()),
                                           len(edition.pages), screen.item_id)))
        self.exit()

Timed(Library([Entry.of(edition)])).run()
"""

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
