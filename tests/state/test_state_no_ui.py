"""The reading-state core never imports the UI toolkit."""

from __future__ import annotations

import subprocess
import sys


def test_core_modules_do_not_import_textual_or_rich():
    code = (
        "import sys\n"
        "import reader.state, reader.settings, reader.export\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
