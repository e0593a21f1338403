"""Per-keystroke search time on a 40-page edition, beside a plain str.find scan.

Run: python -m tests.bench.search_bench. Prints figures; asserts nothing.

The edition is the shipped seed page repeated 40 times, each copy with ~3% of its
syllables replaced (fixed random seed), so pages differ as real pages do.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import msgspec

from reader import store
from reader.model import Edition, leaves
from reader.search import EditionIndex, fold, normalize

SEED = Path(__file__).resolve().parents[2] / "editions" / "광남일보-2026-02-04.json"
PAGES = 40
REPEAT = 5  # timings per prefix; each is one sample
TARGET_P95_MS = 5.0
QUERIES = [
    "인공지능 사업단",
    "ㅇㅅㅈ",
    "데이터 센터",
    '"그린피 면제"',
    "해피니스CC",
    "광주를 빌려드립니다",
    "AI 실증 -광고",
    "오ㅅㅈ",
]


def _perturb(value, rng: random.Random):
    if isinstance(value, dict):
        return {k: (_perturb(v, rng) if k != "id" else v) for k, v in value.items()}
    if isinstance(value, list):
        return [_perturb(v, rng) for v in value]
    if isinstance(value, str):
        return "".join(
            chr(rng.randrange(0xAC00, 0xD7A4)) if "가" <= ch <= "힣" and rng.random() < 0.03 else ch
            for ch in value
        )
    return value


def build_edition() -> Edition:
    seed = store.load(SEED)
    rng = random.Random(20260204)
    pages = []
    for n in range(1, PAGES + 1):
        for page in seed.pages:
            data = _perturb(msgspec.to_builtins(page), rng)
            data["number"] = n
            for j, item in enumerate(data["items"], 1):
                item["id"] = f"p{n}-{j}"
            pages.append(data)
    return msgspec.convert({**msgspec.to_builtins(seed), "id": "bench-40", "pages": pages}, Edition)


def prefixes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def _ms(samples: list[float]) -> str:
    p95 = statistics.quantiles(samples, n=20)[-1]
    return (
        f"median {statistics.median(samples):6.3f} ms   p95 {p95:6.3f} ms   "
        f"max {max(samples):6.3f} ms"
    )


def main() -> int:
    edition = build_edition()
    all_leaves = [leaf for _, item in edition.items() for leaf in leaves(item)]
    t0 = time.perf_counter()
    index = EditionIndex(edition)
    build_s = time.perf_counter() - t0
    # The same normalized text the index searches, as one string for str.find.
    plain = "".join(normalize(leaf.text).compact().text + "\n" for leaf in all_leaves)
    print(
        f"edition: {len(edition.pages)} pages, {sum(1 for _ in edition.items())} items, "
        f"{len(all_leaves)} leaves, {sum(len(leaf.text) for leaf in all_leaves):,} chars"
    )
    print(f"index build (once per edition): {build_s * 1000:.0f} ms")

    search_ms: list[float] = []
    find_ms: list[float] = []
    for query in QUERIES:
        for prefix in prefixes(query):
            needle = fold(prefix).replace(" ", "").replace('"', "")
            for _ in range(REPEAT):
                t0 = time.perf_counter()
                hits = index.search(prefix)
                search_ms.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                count, i = 0, plain.find(needle) if needle else -1
                while i != -1:
                    count += 1
                    i = plain.find(needle, i + 1)
                find_ms.append((time.perf_counter() - t0) * 1000)
        print(f"  {query!r:26} {len(prefixes(query)):2} keystrokes, {len(hits):4} hits at the end")
    print(f"per keystroke, {len(search_ms)} samples:")
    print(f"  search   {_ms(search_ms)}")
    print(f"  str.find {_ms(find_ms)}   (count only, no 초성, no items, no hits)")
    p95 = statistics.quantiles(search_ms, n=20)[-1]
    verdict = "within" if p95 <= TARGET_P95_MS else "OVER"
    print(f"target p95 <= {TARGET_P95_MS} ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
