"""`make bench`: run every benchmark in turn; each prints its own figures."""

import importlib
import platform
import sys
import time

BENCHES = [
    "ingest_bench",
    "growth_bench",
    "pdf_bench",
    "search_bench",
    "startup_bench",
    "archive_bench",
    "photo_bench",
    "i18n_bench",
    "start_clue_bench",
    "line_roles_bench",
    "pdf_rules_growth",
    "pdf_dense_growth",
    "state_bench",
    "text_rules_growth",
    "day_join_sizes",
]


def main() -> int:
    print(
        f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"python {platform.python_version()}, {sys.platform}"
    )
    failed = 0
    names = sys.argv[1:] or BENCHES
    for name in names:
        print(f"\n== {name} ==", flush=True)
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as e:
            print(f"skipped: {e}")
            continue
        sys.argv = [name]  # each bench runs with its own defaults
        rc = module.main()
        failed += bool(rc)
        print(f"({name} took {time.perf_counter() - t0:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
