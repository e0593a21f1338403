"""In the English interface the reader's own labels are English: an ad's row in the
section list, the page map's boxes and the photo dialog; the paper's words stay Korean."""

from __future__ import annotations

from reader.ui.widgets.sections import SectionList
from tests.photo_editions import photo_library
from tests.ui.conftest import drive
from tests.ui.session import prompt


@drive(photo_library, pictures="halfblocks")
async def test_an_ad_row_in_the_section_list_says_ad(app, pilot, screen):
    ad = next(i for p in screen.edition.pages for i in p.items if i.id == "p2-4")
    assert str(prompt(screen, "p2-4")).strip() == f"Ad · {ad.name}"
    assert "광고" not in "".join(
        screen.query_one(SectionList).render_line(y).text for y in range(screen.size.height)
    )
