"""`broadsheet PATH` run headless up to its first frame (tests/ui/test_ui_first_frame.py).

    python -m tests.ui.first_frame OUT PATH

Writes to OUT, as JSON, what that frame shows (its text), the modules imported by
then, the groups of the workers started by then, the reading state file's size
and time then (None: not created), and whether the cyclic garbage collector ran then. The app
is patched as its module is first imported, so nothing is imported before main()
that main() would not import itself.
"""

from __future__ import annotations

import gc
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any


def state_file() -> list[int] | None:
    from reader.state import state_path

    try:
        st = os.stat(state_path())
    except FileNotFoundError:
        return None
    return [st.st_size, st.st_mtime_ns]


def patch(module: ModuleType, out: Path) -> None:
    app_class = module.BroadsheetApp
    display = app_class._display
    run = app_class.run

    def first_display(app: Any, screen: Any, renderable: Any) -> None:
        if renderable is not None and not out.exists():
            modules = sorted(sys.modules)
            from tests.bench.pty_watch import screen_text

            text = screen_text(renderable.render_segments(app.console))
            workers = sorted({worker.group for worker in app.workers})
            found = {
                "text": text,
                "modules": modules,
                "state": state_file(),
                "workers": workers,
                "collector": gc.isenabled(),
            }
            out.write_text(json.dumps(found), encoding="utf-8")
            app.exit()
        display(app, screen, renderable)

    def headless(app: Any, **kwargs: Any) -> Any:
        return run(app, headless=True, size=(120, 40), **kwargs)

    app_class._display = first_display
    app_class.run = headless
    # Headless, with no terminal: the reader's own check would stop it (it is imported by
    # now: reader.cli.open imports the app).
    sys.modules["reader.cli.open"].has_terminal = lambda: True  # type: ignore[attr-defined]


class Hook(importlib.abc.MetaPathFinder):
    def __init__(self, out: Path) -> None:
        self.out = out
        # Done, it stays in sys.meta_path: taking it out would shift that list under an
        # import running on the loading thread, which could then miss a finder.
        self.done = False

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != "reader.ui.app" or self.done:
            return None
        self.done = True
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            patch(module, self.out)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if __name__ == "__main__":
    sys.meta_path.insert(0, Hook(Path(sys.argv[1])))
    from reader.cli import main

    sys.exit(main(sys.argv[2:]))
