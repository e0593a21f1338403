"""Opening page text (`broadsheet PAGE.txt`, a folder of pages) ingests it without the PDF
reader: importing reader.pdf cost some 55 ms of a text page's start (docs/performance.md),
for a source that holds no PDF. So does `broadsheet ingest` of page text. A PDF among the
pages still takes the PDF reader."""

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


INGEST = """
import sys
from reader.cli import main
code = main(["ingest", *sys.argv[1:]])
print(code, "reader.pdf" in sys.modules)
"""


def opened(path: Path) -> str:
    return _probe(PROBE, str(path))


def _probe(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
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


def test_ingesting_a_text_page_leaves_the_pdf_reader_unimported(tmp_path: Path) -> None:
    out = tmp_path / "editions"
    assert _probe(INGEST, str(PAGE), "-o", str(out)).splitlines()[-1] == "0 False"
    assert [p.suffix for p in out.iterdir()] == [".json"]  # the edition was written


def test_ingesting_a_pdf_still_takes_it(tmp_path: Path) -> None:
    out = tmp_path / "editions"
    pdf = ROOT / "tests" / "pdfreal" / "fixtures" / "01_ko_front_chromium.pdf"
    assert _probe(INGEST, str(pdf), "-o", str(out)).splitlines()[-1] == "0 True"
    assert any(p.suffix == ".json" for p in out.iterdir())
