"""Opening page text (`broadsheet PAGE.txt`, a folder of pages) ingests it without the PDF
reader: importing reader.pdf cost some 55 ms of a text page's start (docs/performance.md),
for a source that holds no PDF. A PDF among the pages still takes the PDF reader."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "ingest" / "blind90" / "01_daily_front.txt"

PROBE = """
import sys
from pathlib import Path
from reader.sources import load_any
edition = load_any(Path(sys.argv[1]))
print(len(edition.pages), "reader.pdf" in sys.modules)
"""


def opened(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return done.stdout.strip()


def test_a_text_page_opens_without_the_pdf_reader() -> None:
    assert opened(PAGE) == "1 False"


def test_a_folder_of_text_pages_opens_without_it(tmp_path: Path) -> None:
    for name in ("01_daily_front.txt", "02_daily_economy.txt"):
        (tmp_path / name).write_bytes((PAGE.parent / name).read_bytes())
    assert opened(tmp_path) == "2 False"
