"""`python -m tests.hostile.held_workers ARGS...`: broadsheet's command line, whose PDF
page workers each say they have started and then wait for ever (until ended).

For test_pdf_workers_end: it learns the workers exist from them, not from timing, and
the ingest cannot finish before the test signals it (no page is ever laid out).
HELD_WORKERS_FDS is "ready,gate": a worker writes its pid and a newline to `ready`,
then reads `gate`, whose write end the test holds and never writes.
"""

from __future__ import annotations

import os
import sys

from reader.cli import main
from reader.pdf import document

READY, GATE = (int(fd) for fd in os.environ["HELD_WORKERS_FDS"].split(","))
_quiet = document._quiet


def _held(parent: int) -> None:
    _quiet(parent)  # as a real worker starts: Ctrl-C ignored, ends with its parent
    os.write(READY, f"{os.getpid()}\n".encode())
    os.read(GATE, 1)


# A worker calls _quiet by its name in the module as it starts.
document._quiet = _held

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
