"""PDF ingest: pages/s, MB/s and peak memory on generated 40-page editions.

Run: python -m tests.bench pdf_bench. Prints figures; asserts nothing.

The editions: the generator's 40-page bench edition (tests/pdfgen: dense six-column
pages of about 7,400 printed characters each, 10,100 as PDFium counts a page's text,
spaces and line ends included), and one of lighter pages of about 7,400 as PDFium
counts them (the issue's figure read that way). The baseline: PDFium's bare text
extraction of the same file (every page's text layer, no boxes, no layout), one
process. Each round runs the baseline, then the ingest in a fresh interpreter (so its
peak memory is its own) with workers (the default) and alone; figures are medians over
the rounds, ratios taken round by round. Stage times come from one in-process run.
Targets: 20 pages/s, 300 MB peak.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

PAGES = 40
ROUNDS = 3
TARGET_PAGES_S = 20.0

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from reader.pdf import document, ingest_pdf
def peak():
    # Linux's ru_maxrss keeps the parent's peak across exec (this bench's own, 130 MB and
    # more once it has written its editions): VmHWM is this process's alone.
    try:
        with open("/proc/self/status") as f:
            return next(int(x.split()[1]) for x in f if x.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if __name__ == "__main__":
    if sys.argv[2] == "alone":
        document.POOL_PAGES = 10**9
    t0 = time.perf_counter()
    done = ingest_pdf(Path(sys.argv[1]), pictures=True)
    took = time.perf_counter() - t0
    own = peak()
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"s": took, "own": own, "worker": worker, "pages": len(done.edition.pages)}))
"""


def make_edition(folder: Path, name: str, chars: int) -> Path:
    from tests.pdfgen import write_bench_edition

    return write_bench_edition(folder / f"{name}.pdf", PAGES, chars=chars).path


def baseline(path: Path) -> tuple[float, int, int]:
    """Seconds for PDFium to give every page's text, and the characters it gave: all of
    them, and without whitespace. PDFium's font lookups are answered as in the ingest
    (its last-resort font, installed on import) for both editions: the machine's own
    lookup of a PDF's CID fonts may cost more than the ingest (docs/performance.md)."""
    import reader.pdf.extract  # noqa: F401

    t0 = time.perf_counter()
    doc = pdfium.PdfDocument(str(path))
    texts = []
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    took = time.perf_counter() - t0
    return took, sum(map(len, texts)), sum(len("".join(t.split())) for t in texts)


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


def measure(path: Path, label: str) -> float:
    """Print one edition's figures; the best median pages/s of the two modes."""
    mb = path.stat().st_size / 1e6
    runs: dict[str, list[dict[str, float]]] = {"base": [], "workers": [], "alone": []}
    for _ in range(ROUNDS):
        base_s, chars, printed = baseline(path)
        runs["base"].append({"s": base_s})
        for mode in ("workers", "alone"):
            r = run_child(path, mode)
            r["ratio"] = r["s"] / base_s
            runs[mode].append(r)
    print(
        f"{label}: {PAGES} pages, {printed // PAGES} characters a page"
        f" ({chars // PAGES} with spaces and line ends), {mb:.2f} MB; median of {ROUNDS} rounds"
    )
    base_s = statistics.median(r["s"] for r in runs["base"])
    print(
        f"  baseline (PDFium text only, 1 process) {PAGES / base_s:7.1f} pages/s"
        f" {mb / base_s:6.2f} MB/s"
    )
    best = 0.0
    for mode in ("workers", "alone"):
        rs = runs[mode]
        took = statistics.median(r["s"] for r in rs)
        ratio = statistics.median(r["ratio"] for r in rs)
        own = max(r["own"] for r in rs)
        worker = max(r["worker"] for r in rs)
        peak = own + (worker * 2 if mode == "workers" else 0)
        best = max(best, PAGES / took)
        print(
            f"  ingest, {mode:7}                   {PAGES / took:7.1f} pages/s"
            f" {mb / took:6.2f} MB/s  {ratio:5.1f}x the baseline's time;"
            f" peak RSS {own:.0f} MB"
            + (f" + {worker:.0f} MB a worker (<= {peak:.0f} MB)" if worker else "")
        )
    return best


def main() -> int:
    from tests.pdfgen import DENSE_CHARS, LIGHT_CHARS

    print(f"load average {_load()} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        dense = make_edition(Path(tmp), "bench", DENSE_CHARS)
        measure(dense, "bench edition")
        took = stages(dense)
        print(
            "  stages, 1 process, ms a page: "
            + ", ".join(f"{k} {v * 1000 / PAGES:.1f}" for k, v in took.items())
        )
        best = measure(make_edition(Path(tmp), "light", LIGHT_CHARS), "issue's density")
    print(f"load average {_load()} after")
    verdict = "meets" if best >= TARGET_PAGES_S else "MISSES"
    print(
        f"issue's density: best {best:.1f} pages/s {verdict} the"
        f" {TARGET_PAGES_S:.0f} pages/s target"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
