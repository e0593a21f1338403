"""How the reading screen's panes share a terminal: each pane's width, the article's text
width and the list's item rows cut (a headline wraps whole: never counted), per terminal
size and edition; where the ads fold, a second line with them asked for (`a`)
(docs/layout.md).

    python -m tests.bench pane_widths            # the shipped edition and blind90's 1916 page
    python -m tests.bench.pane_widths PATH...    # any edition, folder or page text
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from reader.library import open_library
from reader.ui.app import BroadsheetApp
from reader.ui.widgets.section_rows import row_cells, wraps
from tests.ui.conftest import settle

SIZES = [(80, 24), (100, 30), (120, 40), (150, 45), (160, 45), (200, 50)]
ROOT = Path(__file__).parent.parent.parent
DEFAULT = [ROOT / "editions", ROOT / "tests" / "ingest" / "blind90" / "11_en_weekly_local.txt"]


async def _widths(path: Path, size: tuple[int, int], asked: bool = False) -> tuple[int, ...]:
    library, start = open_library(path)
    app = BroadsheetApp(library, start)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.screen
        if asked:
            await pilot.press("a")
            await settle(app, pilot)
        room = screen.sections.scrollable_content_region.width
        items = [row for row in screen.sections._rows if row.item is not None]
        cut = sum(row_cells(row) > room and not wraps(row) for row in items)  # a headline wraps

        def width(pane) -> int:
            return pane.outer_size.width if pane.display else 0

        return (
            width(screen.sections),
            width(screen.article_view),
            screen.article_view.scrollable_content_region.width,
            width(screen.ad_pane),
            cut,
            len(items),
        )


def main() -> int:
    paths = [Path(p) for p in sys.argv[1:]] or DEFAULT
    for path in paths:
        for size in SIZES:
            for asked in (False, True):
                lst, article, text, ads, cut, rows = asyncio.run(_widths(path, size, asked))
                if asked and not lst:  # the ads took the list's place
                    print(
                        f"{'':24} {'with a':>7}: article {article:3} (text {text:3})  ads {ads:3}"
                    )
                elif not asked:
                    print(
                        f"{path.name[:24]:24} {size[0]}x{size[1]}: list {lst:3}  article "
                        f"{article:3} (text {text:3})  ads {ads:3}  rows cut {cut}/{rows}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
