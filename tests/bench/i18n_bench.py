"""What choosing the interface language costs at start-up (prints figures; not a timed test).

    python -m tests.bench.i18n_bench [RUNS]

`broadsheet` reads the settings first of all and sets the language from them and the
locale (reader.settings.configure). Each run is a fresh interpreter that times importing
reader.settings (msgspec and platformdirs, which it needs anyway, imported before) and
configure(), under an English locale (no catalog read: the baseline of the same run)
and a Korean one (the one .mo read by the stdlib's gettext); runs alternate.
Target: Korean costs at most 5 ms more than English, the median of the runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from reader import i18n

ROOT = Path(__file__).resolve().parents[2]
TARGET_MS = 5.0

# What the CLI imports anyway (the settings' own needs) first; then the timed part: the
# language module (the stdlib's gettext), reading the settings, choosing, one message.
PROBE = """
import time
import msgspec, platformdirs
t0 = time.perf_counter()
from reader.settings import configure
configure()
from reader.i18n import _, language
_("Search")
print((time.perf_counter() - t0) * 1000, language())
"""


def once(locale: str, home: str) -> tuple[float, str]:
    env = {**os.environ, "LANG": locale, "BROADSHEET_HOME": home}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    ms, language = done.stdout.split()
    return float(ms), language


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    times: dict[str, list[float]] = {"en": [], "ko": []}
    with tempfile.TemporaryDirectory() as home:  # no settings file: the locale decides
        for _run in range(runs):
            for locale in ("C.UTF-8", "ko_KR.UTF-8"):
                ms, language = once(locale, home)
                times[language].append(ms)
    mo = i18n.catalog_path("ko")
    en, ko = statistics.median(times["en"]), statistics.median(times["ko"])
    print(f"catalog: {mo.stat().st_size / 1024:.1f} KiB, {runs} runs of each")
    print(f"settings and language, English (no catalog): median {en:.2f} ms")
    print(f"settings and language, Korean (one .mo):     median {ko:.2f} ms")
    print(f"Korean costs {ko - en:+.2f} ms (target <= {TARGET_MS:.0f} ms)")
    return 0 if ko - en <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
