"""Photos in the article pane: how long a repaint takes (prints figures; not a timed test).

    python -m tests.bench.photo_bench [ROUNDS]

The edition is the generated PDF e-edition of tests.photo_editions, its first article
on page 2 given a 2000 x 1500 JPEG. Each child runs the real app in its own
pseudo-terminal (120x40) and times, from the call to the repaint after it:

1. first: opening the article while its photo is not decoded (a frame is drawn, the
   photo decoded in a worker); `key during decode`: a key pressed right after that
   (Down in the section list) while the worker still runs, against the same kind of
   key when nothing is decoded; `photo shown`: until the picture is painted.
2. cached: opening the article again once its photo is decoded. Target <= 50 ms.
3. scrolling: a line down and up in turn with the photo in view, against the same
   article with pictures off, in the same run.

Each in half-blocks, in kitty mode (the child told it is in a 24-bit colour kitty,
so its pictures are PNGs sent to the pty, counted in bytes, and placeholder cells) and
in Sixel mode (each row of the picture written over its cells after every frame that
wrote them: counted in bytes a frame).
"""

from __future__ import annotations

import ast
import os
import statistics
import sys
import tempfile
from pathlib import Path

import msgspec
from PIL import Image as PILImage

from reader import store
from reader.model import Article
from tests.bench.pty_watch import run_to_end
from tests.bench.startup_bench import ms
from tests.photo_editions import photo_folder

TARGET_ID, OTHER_ID = "p2-1", "p2-3"
SIZE = (2000, 1500)
CACHED_TARGET = 0.050

CHILD = """
import asyncio, sys, time
from reader.library import open_library
from reader.pictures import LRU
from reader.ui.app import BroadsheetApp

out, folder, mode, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
TARGET, OTHER = "p2-1", "p2-3"
library, start = open_library(folder)
now = time.perf_counter


class Timed(BroadsheetApp):
    def on_mount(self):
        self.run_worker(self.script(), exclusive=True)

    async def painted(self):
        done = asyncio.Event()
        self.call_after_refresh(done.set)
        await done.wait()

    async def timed(self, act):
        t0 = now()
        act()
        await self.painted()
        return now() - t0

    async def script(self):
        screen = self.screen
        while screen.edition is None:
            await self.painted()
        view = screen.article_view
        screen.sections.focus()  # a key there moves the list's cursor: one repaint
        r = {"first": [], "during": [], "decoding": [], "quiet": [], "shown": [],
             "cached": [], "scroll": [], "sent": []}
        write = self.photos._write
        def counted(sequence):
            r["sent"].append(len(sequence))
            write(sequence)
        self.photos._write = counted
        for _ in range(rounds):
            self.photos._kept = LRU(64)  # not decoded yet: the first time, again
            screen.open_item(OTHER)
            await self.painted()
            t0 = now()
            r["first"].append(await self.timed(lambda: screen.open_item(TARGET)))
            r["decoding"].append(bool(self.photos._waiting))
            r["during"].append(await self.timed(lambda: self.simulate_key("down")))
            while self.photos._waiting:
                await self.painted()
            await self.painted()
            r["shown"].append(now() - t0)
            r["quiet"].append(await self.timed(lambda: self.simulate_key("up")))
        for _ in range(rounds):
            screen.open_item(OTHER)
            await self.painted()
            r["cached"].append(await self.timed(lambda: screen.open_item(TARGET)))
        figures = view._rendered.figures
        caption = max(view.anchors.values()) if not figures else min(figures.values())
        if not figures:  # pictures off: the placeholder's place, by its caption
            item = screen.edition.find(TARGET)
            at = next(i for i, b in enumerate(item.body) if b.image is not None)
            caption = view.anchors[f"body.{at + 1}"]
        top = max(0, min(caption - 5, int(view.max_scroll_y) - 1))
        view.scroll_to(y=top, animate=False)
        await self.painted()
        for n in range(4 * rounds):
            y = top + (n % 2 == 0)  # a line down, a line up: the photo always in view
            r["scroll"].append(await self.timed(lambda: view.scroll_to(y=y, animate=False)))
        open(out, "w").write(repr(r))
        self.exit()


Timed(library, start, fresh=True, pictures=mode).run()
"""


def big_photo_edition(dest: Path) -> Path:
    """The photo edition with the target article's photo replaced by a 2000 x 1500 JPEG."""
    folder = photo_folder(dest)
    path = next(folder.glob("*.json"))
    edition = store.load(path)
    article = edition.find(TARGET_ID)
    assert isinstance(article, Article)
    at = next(i for i, b in enumerate(article.body) if b.image is not None)
    image = article.body[at].image
    assert image is not None
    noise = PILImage.effect_noise(SIZE, 48).convert("RGB")
    gradient = PILImage.linear_gradient("L").resize(SIZE).convert("RGB")
    picture = PILImage.blend(noise, gradient, 0.6)
    picture.save(folder / image.src, format="JPEG", quality=88)
    body = list(article.body)
    body[at] = msgspec.structs.replace(
        body[at], image=msgspec.structs.replace(image, width=SIZE[0], height=SIZE[1])
    )
    pages = [
        msgspec.structs.replace(
            page,
            items=[
                msgspec.structs.replace(it, body=body) if it.id == TARGET_ID else it
                for it in page.items
            ],
        )
        for page in edition.pages
    ]
    store.save(msgspec.structs.replace(edition, pages=pages), folder)
    return folder


ROOT = Path(__file__).resolve().parents[2]


def run_in_pty(code: str, *args: str, colorterm: str = "") -> str:
    """Run `python -c code OUT *args` in a 120x40 pty, its home a temporary folder, with
    COLORTERM `colorterm`; what it wrote to OUT."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        env = {**os.environ, "TERM": "xterm-256color", "BROADSHEET_HOME": tmp}
        env["COLORTERM"] = colorterm
        env["PYTHONPATH"] = str(ROOT)
        run_to_end([sys.executable, "-c", code, str(out), *args], (120, 40), env)
        return out.read_text()


def summary(values: list[float]) -> str:
    p90 = sorted(values)[max(0, int(0.9 * len(values)) - 1)]
    return f"median {ms(statistics.median(values))}, p90 {ms(p90)}, max {ms(max(values))}"


def report(
    name: str, run: dict[str, list], off: dict[str, list], rounds: int, sixel: bool = False
) -> None:
    print(f"  {name}:")
    print(f"    first open (frame drawn, photo decoding): {summary(run['first'])}")
    print(f"      the same article, pictures off:         {summary(off['first'])}")
    decoding = sum(run["decoding"])
    print(
        f"    key during decode ({decoding}/{rounds} pressed while the worker ran): "
        f"{summary(run['during'])}"
    )
    print(f"      the same key, nothing decoding:         {summary(run['quiet'])}")
    print(f"    open -> photo shown:                      {summary(run['shown'])}")
    cached = statistics.median(run["cached"])
    verdict = "ok" if cached <= CACHED_TARGET else "OVER"
    print(
        f"    open again, photo cached: {summary(run['cached'])} "
        f"(target <= {ms(CACHED_TARGET)}) {verdict}"
    )
    print(f"      pictures off:             {summary(off['cached'])}")
    ratio = statistics.median(run["scroll"]) / statistics.median(off["scroll"])
    print(f"    scroll a line with the photo in view: {summary(run['scroll'])}")
    print(f"      pictures off:                      {summary(off['scroll'])}")
    print(f"      photos / off: {ratio:.2f} x")
    if run["sent"]:
        sent = [n for n in run["sent"] if n > 200]  # the pictures, not the deletions
        what = "frames' pictures" if sixel else "pictures"
        print(
            f"    written to the terminal: {len(sent)} {what}, "
            f"median {statistics.median(sent) / 1024:.0f} KiB, max {max(sent) / 1024:.0f} KiB"
        )


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = big_photo_edition(Path(tmp))
        runs = {
            mode: ast.literal_eval(
                # Kitty mode needs 24-bit colour; the others run as they always have.
                run_in_pty(CHILD, str(folder), mode, str(rounds), colorterm=colorterm)
            )
            for mode, colorterm in (
                ("halfblocks", ""),
                ("kitty", "truecolor"),
                ("sixel", ""),
                ("off", ""),
            )
        }
    print(f"article with a {SIZE[0]}x{SIZE[1]} JPEG, 120x40 pty, {rounds} rounds:")
    report("half-blocks", runs["halfblocks"], runs["off"], rounds)
    report("kitty (PNG sent once a size, placeholder cells)", runs["kitty"], runs["off"], rounds)
    report("sixel (rows drawn over each frame)", runs["sixel"], runs["off"], rounds, sixel=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
