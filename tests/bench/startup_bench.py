"""Start-up and navigation figures for the reading app (prints figures; not a timed test).

    python -m tests.bench.startup_bench [RUNS]

1. Process start -> first full paint of the seed edition, through the real
   `broadsheet PATH` entry point, against a bare Textual app (Header, Static,
   Footer) measured the same way in the same run. Each child runs in its own
   pseudo-terminal with the real driver and writes the time of the paint to a
   file; runs alternate between the apps. Target: reader <= 1.15 x bare.
   Also timed: a plain Textual app of the same screen (the seed's titles, article
   and ads as plain text in Textual's own widgets, the same borders and keys), so
   the figures tell what Textual itself needs for this screen from what
   broadsheet adds.
2. Median time from pressing J to the repaint, on a generated 40-page edition.
"""

from __future__ import annotations

import ast
import fcntl
import os
import pty
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_JSON = ROOT / "editions" / "광남일보-2026-02-04.json"
SIZE = (120, 40)
TARGET = 1.15

# Both children stamp the time after the screen that shows the content has been
# painted: call_after_refresh runs once the compositor has written a frame, and
# one more refresh makes sure the frame is the one with the content in it.
BARE = """
import sys, time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("광남일보 · 2026년 2월 4일 수요일")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.call_after_refresh, self.done)

    def done(self):
        open(sys.argv[1], "w").write(repr(time.time()))
        self.exit()

Bare().run()
"""

# The same screen built plainly from Textual's own widgets, without broadsheet's
# code: the seed's titles in an OptionList, its article and its ads as plain text
# in scrolling Statics, the same borders, widths and footer keys. How it compares
# with the bare app is what Textual itself costs for this screen.
PLAIN = """
import json, sys, time
from textual.app import App
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, OptionList, Static

def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "kind", "path", "spans"):
                yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)

edition = json.load(open(sys.argv[2], encoding="utf-8"))
items = [item for page in edition["pages"] for item in page["items"]]
masthead = " · ".join(str(v) for v in edition["masthead"].values() if isinstance(v, (str, int)))

class Plain(App):
    CSS = '''
    #masthead { dock: top; height: 1; padding: 0 1; background: $panel; }
    #panes { height: 1fr; }
    #sections, #article, #ads {
        height: 1fr; border: round $border-blurred; background: $background;
        scrollbar-size-vertical: 1;
    }
    #sections:focus, #article:focus, #ads:focus { border: round $border; }
    #sections { width: 30; }
    #article { width: 2fr; max-width: 78; padding: 0 1; }
    #ads { width: 1fr; min-width: 34; padding: 0 1; }
    '''
    BINDINGS = [Binding(key, key, name) for key, name in (
        ("J", "Next"), ("K", "Prev"), ("a", "Ads"), ("e", "Editions"),
        ("question_mark", "Help"), ("slash", "Search"), ("q", "Quit"))]

    def compose(self):
        yield Static(masthead, id="masthead", markup=False)
        with Horizontal(id="panes"):
            yield OptionList(*(next(texts(item.get("headline") or item.get("name")), "ad")
                               for item in items), id="sections", markup=False)
            with VerticalScroll(id="article"):
                yield Static("\\n\\n".join(texts(items[0])), markup=False)
            with VerticalScroll(id="ads"):
                yield Static("\\n\\n".join(t for i in items[1:] for t in texts(i)), markup=False)
        yield Footer()

    def on_mount(self):
        self.query_one("#article").focus()
        self.call_after_refresh(self.call_after_refresh, self.done)

    def done(self):
        open(sys.argv[1], "w").write(repr(time.time()))
        self.exit()

Plain().run()
"""

# The real entry point, `broadsheet PATH`, which loads the edition in a thread while
# Textual imports: the app's module is patched as it is first imported, so that
# nothing is imported before main() that main() would not import itself.
READER = """
import importlib.abc, importlib.util, sys, time

def timed(ui):
    from reader.ui.widgets.document import AdPane, ArticleView
    mount = ui.BroadsheetApp.on_mount

    def on_mount(app):
        mount(app)
        app.call_after_refresh(check, app)

    def check(app):
        # The document panes render once they know their width: wait for the frame
        # with the article and, where the ad pane shows (wide terminals), the ads.
        screen = app.screen
        panes = [screen.query_one(ArticleView), *(p for p in screen.query(AdPane) if p.display)]
        if not all(pane.anchors for pane in panes):
            app.call_after_refresh(check, app)
        else:
            app.call_after_refresh(done, app)

    def done(app):
        open(sys.argv[1], "w").write(repr(time.time()))
        app.exit()

    ui.BroadsheetApp.on_mount = on_mount

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "reader.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            timed(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
from reader.cli import main
sys.exit(main([sys.argv[2]]))
"""

PRESS_J = """
import statistics, sys, time
from reader.ingest import ingest_text
from reader.ui.app import BroadsheetApp
from reader.library import Entry, Library
from reader.ui.screens.reader import ReaderScreen
from tests.gen import generate_edition

edition = ingest_text(generate_edition(11, pages=40).text, name="generated")
presses = int(sys.argv[2])

class Timed(BroadsheetApp):
    def on_mount(self):
        self.times = []
        self.call_after_refresh(self.press)

    def press(self):
        self.t0 = time.perf_counter()
        self.simulate_key("J")
        self.call_after_refresh(self.painted)

    def painted(self):
        self.times.append(time.perf_counter() - self.t0)
        if len(self.times) < presses:
            self.call_after_refresh(self.press)
            return
        screen = self.screen
        assert isinstance(screen, ReaderScreen)
        open(sys.argv[1], "w").write(repr((self.times, len(edition.articles()),
                                           len(edition.pages), screen.item_id)))
        self.exit()

Timed(Library([Entry.of(edition)])).run()
"""


# Both apps start from compiled bytecode, as installed packages do: Textual's .pyc
# files came with its install, but the source tree's may never be written (the
# environment can set PYTHONDONTWRITEBYTECODE). The children write theirs to a cache
# of this run, which the warm-up runs fill for both apps.
PYCACHE = tempfile.TemporaryDirectory(prefix="broadsheet-bench-pyc-")


def run_in_pty(code: str, *args: str) -> str:
    """Run `python -c code OUT *args` in a pseudo-terminal; return what it wrote to OUT."""
    master, slave = pty.openpty()
    cols, rows = SIZE
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def drain() -> None:  # the child blocks if nobody reads its screen output
        try:
            while os.read(master, 65536):
                pass
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "BROADSHEET_HOME": tmp,
            "PYTHONPATH": str(ROOT),
            "PYTHONPYCACHEPREFIX": PYCACHE.name,
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(out), *args],
            stdin=slave,
            stdout=slave,
            stderr=subprocess.PIPE,
            cwd=tmp,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        _, err = proc.communicate(timeout=120)
        os.close(master)
        reader.join(timeout=5)
        if proc.returncode or not out.exists():
            raise RuntimeError(f"child failed ({proc.returncode}): {err.decode()[-2000:]}")
        return out.read_text()


def startup(code: str, *args: str) -> float:
    t0 = time.time()
    painted = float(run_in_pty(code, *args))
    return painted - t0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    apps = {
        "bare Textual app (Header, Static, Footer)": (BARE,),
        "plain Textual app of the same screen": (PLAIN, str(SEED_JSON)),
        f"broadsheet {SEED_JSON.name}": (READER, str(SEED_JSON)),
    }
    for app in apps.values():  # warm the file cache and .pyc files of each
        startup(*app)
    times: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(runs):  # interleaved, so load from elsewhere falls on all of them
        for name, app in apps.items():
            times[name].append(startup(*app))
    print(f"start-up to first full paint, {SIZE[0]}x{SIZE[1]} pty, median of {runs}:")
    for name, samples in times.items():
        print(
            f"  {name}: {ms(statistics.median(samples))}"
            f"  (min {ms(min(samples))}, max {ms(max(samples))})"
        )
    b, p, r = (statistics.median(samples) for samples in times.values())
    print(
        f"  broadsheet / bare: {r / b:.2f} x (target <= {TARGET} x) "
        f"{'ok' if r / b <= TARGET else 'OVER'}; plain / bare: {p / b:.2f} x; "
        f"broadsheet / plain: {r / p:.2f} x"
    )

    presses = 30
    times, articles, pages, last = ast.literal_eval(run_in_pty(PRESS_J, str(presses)))
    print(
        f"J -> repaint on a generated edition ({pages} pages, {articles} articles), "
        f"{presses} presses:"
    )
    print(
        f"  median {ms(statistics.median(times))}, p90 "
        f"{ms(sorted(times)[int(0.9 * len(times)) - 1])}, max {ms(max(times))}"
        f"  (ended on {last})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
