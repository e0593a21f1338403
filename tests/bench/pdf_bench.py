"""PDF ingest: pages/s, MB/s and peak memory on a generated 40-page edition.

Run: python -m tests.bench.pdf_bench. Prints figures; asserts nothing.

The edition: the generator's 40-page bench edition (tests/pdfgen: dense six-column
pages of about 7,400 characters each). The baseline, in the same run: PDFium's bare
text extraction of the same file (every page's text layer, no boxes, no layout), one
process. The ingest runs in a fresh interpreter (so its peak memory is its own), with
workers (the default) and alone; stage times come from one in-process run.
Targets: 20 pages/s, 300 MB peak.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

PAGES = 40
TARGET_PAGES_S = 20.0
TARGET_MB = 300.0

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from reader.pdf import document, ingest_pdf
if __name__ == "__main__":
    if sys.argv[2] == "alone":
        document.POOL_PAGES = 10**9
    t0 = time.perf_counter()
    done = ingest_pdf(Path(sys.argv[1]), pictures=True)
    took = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"s": took, "own": own, "worker": worker, "pages": len(done.edition.pages)}))
"""


def make_edition(folder: Path) -> Path:
    from tests.pdfgen import write_bench_edition

    return write_bench_edition(folder / "edition.pdf", PAGES).path


def baseline(path: Path) -> tuple[float, int]:
    """Seconds for PDFium to give every page's text, and the characters it gave."""
    t0 = time.perf_counter()
    doc = pdfium.PdfDocument(str(path))
    chars = 0
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        chars += len(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return time.perf_counter() - t0, chars


def stages(path: Path) -> dict[str, float]:
    """Seconds per stage, one process: extraction, layout, assembly."""
    from reader.pdf.assemble import assemble
    from reader.pdf.extract import read_page
    from reader.pdf.layout import analyse

    doc = pdfium.PdfDocument(str(path))
    took = {"extract": 0.0, "layout": 0.0, "assemble": 0.0}
    layouts = []
    for i in range(len(doc)):
        t0 = time.perf_counter()
        content = read_page(doc, i, i + 1, True)
        t1 = time.perf_counter()
        layouts.append(analyse(content, i == 0))
        took["extract"] += t1 - t0
        took["layout"] += time.perf_counter() - t1
    doc.close()
    t0 = time.perf_counter()
    assemble(list(layouts), path.stem, "pdf")
    took["assemble"] = time.perf_counter() - t0
    return took


def run_child(path: Path, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), mode],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    print(f"load average {_load()} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        path = make_edition(Path(tmp))
        mb = path.stat().st_size / 1e6
        base_s, chars = baseline(path)
        print(f"edition: {PAGES} dense pages, {chars // PAGES} characters a page, {mb:.2f} MB")
        print(
            f"  baseline (PDFium text only, 1 process) {PAGES / base_s:7.1f} pages/s"
            f" {mb / base_s:6.2f} MB/s"
        )
        results = {}
        for mode in ("workers", "alone"):
            r = run_child(path, mode)
            results[mode] = r
            peak = r["own"] + (r["worker"] * 2 if mode == "workers" else 0)
            print(
                f"  ingest, {mode:7}                   {PAGES / r['s']:7.1f} pages/s"
                f" {mb / r['s']:6.2f} MB/s  {r['s'] / base_s:5.1f}x the baseline's time;"
                f" peak RSS {r['own']:.0f} MB"
                + (f" + {r['worker']:.0f} MB a worker (<= {peak:.0f} MB)" if r["worker"] else "")
            )
        took = stages(path)
        print(
            "  stages, 1 process, ms a page: "
            + ", ".join(f"{k} {v * 1000 / PAGES:.1f}" for k, v in took.items())
        )
    print(f"load average {_load()} after")
    best = PAGES / min(r["s"] for r in results.values())
    verdict = "meets" if best >= TARGET_PAGES_S else "MISSES"
    print(f"best {best:.1f} pages/s {verdict} the {TARGET_PAGES_S:.0f} pages/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
