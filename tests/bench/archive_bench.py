"""Archive search over a decade of daily editions, beside grep over the raw text.

Run: python -m tests.bench.archive_bench [--years N] [--pages N] [--prepare-only]
[--keep-index] [--hanja]. Prints figures; asserts nothing. --hanja generates the
archive with Hanja in headlines and leads (tests.gen's ``hanja`` convention, in
folders of their own) and adds queries by sound.

The archive is generated once by tests.gen (raw page text, one file per day) and
ingested once to edition JSON, both cached under $BROADSHEET_BENCH_DIR or
platformdirs' user cache dir (broadsheet-bench; delete it after changing the
generator or the parser); each step resumes where an interrupted run stopped.
A run with --years N indexes the newest N years (ten: about 3,650 editions,
1 GB of raw text, 10 minutes to index on two cores; generating and ingesting
them the first time takes a few minutes more).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import platformdirs

from reader import store
from reader.catalog import catalog_path
from reader.library import open_library
from reader.search.archive import INDEX_NAME, Archive, split_filters
from reader.search.stream import as_typed
from reader.sources import ingest
from tests.gen import generate_archive

FIRST = 20  # results a first page shows
REPEAT = 5
TARGET_P95_MS = 50.0
TARGET_SPEEDUP = 20.0
TARGET_SIZE = 1.5
QUERIES = {
    "2 syllables": ["광주", "실증", "예산", "드론", "기자"],
    "4 syllables": ["인공지능", "탄소중립", "실증밸리", "균형발전", "스마트팜"],
    "phrase": [
        '"AX 실증밸리"',
        '"청년 일자리"',
        "지역 균형발전",
        '"광주형 AI 전환"',
        "AI 데이터센터",
    ],
    "초성": ["ㅇㅅㅈ", "ㅅㅈㅂㄹ", "ㅌㅅㅈㄹ", "오ㅅㅈ", "ㄱㅈ"],
    "filtered": [
        "광주 section:경제",
        "실증밸리 from:2020-01-01 to:2020-12-31",
        "인공지능 paper:한빛일보 from:2025",
        "ㅇㅅㅈ section:정치",
        '"청년 일자리" to:2017',
    ],
    "none": ["쀍뛟", "탄소중립 쀍뛟", "ㅃㅉㅃㅉ"],
}
# Steps of an input method that the search bar searches (광줏 on the way to 광주시): they
# find nothing as typed; and a query that finds nothing at all.
TYPED_SO_FAR = ["광줏", "인공지느", "청녀", "쀍뛟"]
# With --hanja: the archive has Hanja (tests/gen/hanja.py), found by sound.
HANJA_QUERIES = {"by sound": ["여야", "與野", "ㅇㅇ", "법률", "여성 ㄴㅇ"]}


def bench_dir() -> Path:
    value = os.environ.get("BROADSHEET_BENCH_DIR", "").strip()
    return Path(value) if value else platformdirs.user_cache_path("broadsheet-bench", False)


def _progress(label: str):
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            print(f"  {label} {done}/{total}  {time.perf_counter() - started:6.0f} s", flush=True)

    return report


def prepare(root: Path, years: int, pages: int, hanja: bool = False) -> tuple[list[Path], Path]:
    """Raw text files and a folder of their editions (hard links into the JSON cache)."""
    kind = f"{pages}p-hanja" if hanja else f"{pages}p"
    raw = generate_archive(
        root / f"raw-{kind}",
        years=years,
        pages=pages,
        progress=_progress("generate"),
        conventions=("hanja",) if hanja else (),
    )
    cache = root / f"json-{kind}"
    cache.mkdir(parents=True, exist_ok=True)
    folder = root / f"archive-{years}y-{kind}"
    folder.mkdir(parents=True, exist_ok=True)
    report = _progress("ingest")
    for n, txt in enumerate(raw, 1):
        target = cache / f"{txt.stem}.json"
        if not target.exists():
            store.atomic_write(target, store.to_json(ingest(txt)))
        link = folder / target.name
        if not link.exists():
            os.link(target, link)
        report(n, len(raw))
    return raw, folder


def _mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


def grep_ms(raw: list[Path], query: str) -> float:
    """`grep -c -F` of the query as typed, without filters and quotes, over the raw text."""
    text = split_filters(query)[0].replace('"', "").strip()
    t0 = time.perf_counter()
    subprocess.run(
        ["grep", "-c", "-F", "-h", "--", text, *map(str, raw)],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    return (time.perf_counter() - t0) * 1000


def open_folder(folder: Path) -> list[float]:
    """Seconds for `broadsheet FOLDER` to have its library: without the catalog of
    edition heads, then REPEAT times with it."""
    catalog_path(folder).unlink(missing_ok=True)
    seconds = []
    for _ in range(1 + REPEAT):
        t0 = time.perf_counter()
        open_library(folder)
        seconds.append(time.perf_counter() - t0)
    return seconds


def build(folder: Path, keep: bool) -> float:
    index = folder / INDEX_NAME
    if not keep:
        for extra in ("", "-wal", "-shm"):
            Path(f"{index}{extra}").unlink(missing_ok=True)
    with Archive(folder) as archive:
        report = archive.update(_progress("index"))
    print(
        f"index update: {report.added} added, {report.unchanged} unchanged, "
        f"{report.editions} editions, {report.items:,} items, {report.seconds:,.0f} s"
    )
    return report.seconds


def typed_so_far(archive: Archive) -> None:
    """The search bar's search of queries that find nothing as typed: searched again with
    their last syllable as still being typed (reader.search.composing)."""
    print(f"the search bar's search, to the first {FIRST}, median of {REPEAT} runs:")
    for query in TYPED_SO_FAR:
        times = []
        for _ in range(REPEAT):
            t0 = time.perf_counter()
            found = list(islice(as_typed(archive, query), FIRST))
            times.append((time.perf_counter() - t0) * 1000)
        print(f"  {query!r:40} {len(found):2} results  {statistics.median(times):5.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.archive_bench")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--prepare-only", action="store_true")
    parser.add_argument("--hanja", action="store_true", help="an archive with Hanja")
    parser.add_argument(
        "--keep-index",
        action="store_true",
        help="update the existing index instead of timing a fresh build",
    )
    # `python -m tests.bench` calls main() with its own argv: defaults then.
    args = parser.parse_args(argv or [])
    raw, folder = prepare(bench_dir(), args.years, args.pages, args.hanja)
    if args.prepare_only:
        return 0
    raw_bytes = sum(p.stat().st_size for p in raw)
    json_bytes = sum(p.stat().st_size for p in store.find_editions(folder))
    seconds = build(folder, args.keep_index)
    with Archive(folder) as archive:
        noop = archive.update()
        index_bytes = sum(p.stat().st_size for p in folder.glob(f"{INDEX_NAME}*"))
        print(
            f"archive: {len(raw)} editions of {args.pages} pages, {noop.items:,} articles and "
            f"ads; raw text {_mb(raw_bytes)}, edition JSON {_mb(json_bytes)}"
        )
        print(
            f"index: built in {seconds / 60:.1f} min, {_mb(index_bytes)} = "
            f"{index_bytes / raw_bytes:.2f}x the raw text; an update with nothing to do "
            f"{noop.seconds * 1000:.0f} ms"
        )
        opening = open_folder(folder)
        print(
            f"the reader opening the folder (the newest of {len(raw)} editions): "
            f"{opening[0] * 1000:,.0f} ms reading every head, then "
            f"{statistics.median(opening[1:]) * 1000:,.0f} ms with them remembered"
        )
        print(
            f"ms to the first result and to the first {FIRST}, median of {REPEAT} runs; "
            "grep -c -F of the query text (no filters, no quotes) over the raw text, once:"
        )
        worst, least = 0.0, float("inf")
        for category, queries in {**QUERIES, **(HANJA_QUERIES if args.hanja else {})}.items():
            samples, ratios = [], []
            for query in queries:
                firsts, times = [], []
                for _ in range(REPEAT):
                    t0 = time.perf_counter()
                    found = []
                    for result in islice(archive.search(query), FIRST):
                        if not found:
                            firsts.append((time.perf_counter() - t0) * 1000)
                        found.append(result)
                    times.append((time.perf_counter() - t0) * 1000)
                samples += times
                grep = grep_ms(raw, query)
                ratios.append(grep / statistics.median(times))
                first = f"{statistics.median(firsts):5.1f}" if firsts else "    -"
                print(
                    f"  {query!r:40} {len(found):2} results  first {first}  "
                    f"{FIRST}: {statistics.median(times):5.1f}   grep {grep:5.0f} "
                    f"({ratios[-1]:,.0f}x)"
                )
            median, p95 = _ms(samples)
            worst = max(worst, p95)
            least = min(least, min(ratios))
            print(
                f"{category:12} to {FIRST}: median {median:5.1f} ms, p95 {p95:5.1f} ms; "
                f"grep / this: {min(ratios):,.0f}x to {max(ratios):,.0f}x"
            )
        typed_so_far(archive)
        size = index_bytes / raw_bytes
        print(
            f"targets: p95 <= {TARGET_P95_MS:.0f} ms: worst {worst:.1f} ms; "
            f">= {TARGET_SPEEDUP:.0f}x grep: least {least:,.1f}x; "
            f"index <= {TARGET_SIZE}x raw text: {size:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
