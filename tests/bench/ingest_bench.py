"""Ingest throughput on one core, in MB/s of UTF-8 page text.

Run: python -m tests.bench.ingest_bench. Prints figures; asserts nothing.

Inputs: a 40-page edition from tests/gen/ (or, without the generator, the seed
page repeated 40 times, joined by form feeds), and the seed page itself. Decoding
is included (ingest reads the file); the coverage check is a test, not part of
ingest, so it is timed apart. Target: 1.5 MB/s (docs/performance.md says why).
"""

from __future__ import annotations

import cProfile
import importlib
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reader.ingest.ad import has_phone
from reader.ingest.byline_lines import bylines_in, credit_bylines
from reader.ingest.coverage import coverage_problems
from reader.ingest.credits import credit_suffix
from reader.ingest.head import headline_like, is_noise, result_row
from reader.ingest.line_shape import cells
from reader.ingest.units import _line_kind
from reader.sources import ingest
from tests.editions import SEED_TXT

PAGES = 40
GEN_SEED = 20260204
RUNS = 7
TARGET_MB_S = 1.5
# The ingest's caches of what a line is: emptied before each run.
LINE_CACHES = (
    cells,
    _line_kind,
    bylines_in,
    credit_bylines,
    credit_suffix,
    has_phone,
    headline_like,
    is_noise,
    result_row,
)


def edition_text() -> tuple[str, str]:
    """(what it is, text) of a 40-page edition."""
    try:
        gen = importlib.import_module("tests.gen")
    except ModuleNotFoundError:
        page = SEED_TXT.read_text(encoding="utf-8")
        return f"the seed page x{PAGES}", "\f".join([page] * PAGES)
    gen.generate_edition(GEN_SEED + 1, PAGES)  # warm up
    t0 = time.perf_counter()
    text = gen.generate_edition(GEN_SEED, PAGES).text
    print(f"generating it took {(time.perf_counter() - t0) * 1000:.0f} ms (the tests' input maker)")
    return f"tests.gen seed {GEN_SEED}, {PAGES} pages", text


def _times(path: Path) -> list[float]:
    out = []
    for _ in range(RUNS):
        for cached in LINE_CACHES:  # each run as a fresh process's first ingest
            cached.cache_clear()
        t0 = time.perf_counter()
        ingest(path)
        out.append(time.perf_counter() - t0)
    return out


def report(name: str, text: str, folder: Path, profile: bool) -> float:
    path = folder / "edition.txt"
    path.write_text(text, encoding="utf-8")
    mb = len(text.encode("utf-8")) / 1e6
    times = _times(path)
    best, median = min(times), statistics.median(times)
    print(f"{name}: {mb:.2f} MB, {text.count(chr(12)) + 1} pages")
    print(f"  ingest   best {best * 1000:7.1f} ms  {mb / best:6.1f} MB/s")
    print(f"           median {median * 1000:5.1f} ms  {mb / median:6.1f} MB/s")
    edition = ingest(path)
    t0 = time.perf_counter()
    coverage_problems(edition, text)
    print(f"  coverage check (tests only) {(time.perf_counter() - t0) * 1000:.1f} ms")
    if profile:
        prof = cProfile.Profile()
        prof.runcall(ingest, path)
        print("  where the time goes (top 8 by own time):")
        stats = pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime")
        stats.print_stats(8)
    return mb / median


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        name, text = edition_text()
        rate = report(name, text, folder, profile="--profile" in sys.argv)
        report("the seed page", SEED_TXT.read_text(encoding="utf-8"), folder, profile=False)
    verdict = "meets" if rate >= TARGET_MB_S else "MISSES"
    print(f"median {rate:.1f} MB/s on the 40-page edition {verdict} the {TARGET_MB_S} MB/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
