"""The reading screen's keys: each binding has an id, the name a keymap uses, and the
words help shows (generated from these)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from reader.i18n import N_

BINDINGS: list[BindingType] = [
    Binding("tab", "app.focus_next", N_("Next pane"), id="focus_next", show=False),
    Binding(
        "shift+tab", "app.focus_previous", N_("Previous pane"), id="focus_previous", show=False
    ),
    Binding(
        "J",
        "step_article(1)",
        N_("Next"),
        id="next_article",
        tooltip=N_("Next article, in edition order"),
    ),
    Binding(
        "K", "step_article(-1)", N_("Prev"), id="previous_article", tooltip=N_("Previous article")
    ),
    # On the bar, with a short name: the key of a morning's reading, at 80 columns too.
    Binding(
        "u",
        "step_unread",
        # TRANSLATORS: u's words on the key bar, at 80 columns too: where it goes (the next
        # unread article), not a state, which m's mark and a section's count say. English "Next
        # unread" overflows the bar at 80 columns when the edition has ads: "new" is unread here.
        N_("Next new"),
        id="next_unread",
        tooltip=N_("The next unread article (past the end, from the start)"),
    ),
    Binding(
        "right_square_bracket", "step_section(1)", N_("Next section"), id="next_section", show=False
    ),
    Binding(
        "left_square_bracket",
        "step_section(-1)",
        N_("Previous section"),
        id="previous_section",
        show=False,
    ),
    Binding(
        "space",
        "article('page_down')",
        N_("Page down"),
        id="page_down",
        show=False,
        tooltip=N_("Page down; at the end, the next article"),
    ),
    Binding(
        "b",
        "article('page_up')",
        N_("Page up"),
        id="page_up",
        show=False,
        tooltip=N_("Page up; at the top, the previous article's end"),
    ),
    Binding(
        "enter",
        "follow_jump",
        N_("Follow jump"),
        id="follow_jump",
        show=False,
        tooltip=N_("The story's other part, on another page"),
    ),
    Binding(
        "g",
        "article('scroll_home')",
        N_("Top"),
        id="top",
        show=False,
        tooltip=N_("Top of the article"),
    ),
    Binding(
        "G",
        "article('scroll_end')",
        N_("Bottom"),
        id="bottom",
        show=False,
        tooltip=N_("Bottom of the article"),
    ),
    Binding("a", "toggle_ads", N_("Ads"), id="toggle_ads", tooltip=N_("Show or hide the ad pane")),
    Binding(
        "h",
        "take('toggle_hanja')",
        N_("Hanja"),
        id="toggle_hanja",
        show=False,
        tooltip=N_("Show or hide Hanja readings: 與野(여야)"),
    ),
    Binding(
        "p",
        "take('page_map')",
        N_("Page map"),
        id="page_map",
        tooltip=N_("The printed page in miniature: move between its boxes, Enter opens one"),
    ),
    Binding(
        "i",
        "take('photo')",
        N_("Photo"),
        id="photo",
        show=False,
        tooltip=N_("The article's photos, large (from the first in view)"),
    ),
    Binding(
        "e",
        "pick_edition",
        N_("Editions"),
        id="pick_edition",
        # Its delete key is not named: it may be remapped, and the picker's footer shows it.
        tooltip=N_("Pick an edition, or delete one there"),
    ),
    Binding(
        "less_than_sign", "step_edition(-1)", N_("Older edition"), id="previous_edition", show=False
    ),
    Binding(
        "greater_than_sign", "step_edition(1)", N_("Newer edition"), id="next_edition", show=False
    ),
    Binding(
        "m",
        "take('toggle_read')",
        N_("Read/unread"),
        id="toggle_read",
        show=False,
        tooltip=N_("Mark the open article read or unread"),
    ),
    Binding(
        "B",
        "take('bookmark')",
        N_("Bookmark"),
        id="bookmark",
        show=False,
        tooltip=N_("Bookmark the article at the paragraph on top"),
    ),
    Binding(
        "apostrophe",
        "take('bookmarks')",
        N_("Bookmarks"),
        id="bookmarks",
        show=False,
        tooltip=N_("Bookmarks, across editions"),
    ),
    Binding(
        "y",
        "take('copy_article')",
        N_("Copy"),
        id="copy_article",
        show=False,
        tooltip=N_("Copy the article to the clipboard, as text (in the ad pane, its ads)"),
    ),
    Binding(
        "x",
        "take('export_article')",
        N_("Save"),
        id="export_article",
        show=False,
        tooltip=N_("Save the article as Markdown, in this folder"),
    ),
    Binding("question_mark", "help", N_("Help"), id="help", tooltip=N_("This list of keys")),
    Binding("slash", "search", N_("Search"), id="search", tooltip=N_("Search this edition")),
    Binding(
        "S",
        "search('archive')",
        N_("Search all"),
        id="search_archive",
        show=False,
        tooltip=N_("Search all editions of the folder"),
    ),
    # The search line names these while a search is on (SearchBar.status).
    Binding(
        "n",
        "step_hit(1)",
        N_("Next hit"),
        id="next_hit",
        show=False,
        tooltip=N_("Next search hit, across articles and ads"),
    ),
    Binding(
        "N",
        "step_hit(-1)",
        N_("Prev hit"),
        id="previous_hit",
        show=False,
        tooltip=N_("Previous search hit"),
    ),
    Binding(
        "backspace",
        "back",
        N_("Back"),
        id="back",
        show=False,
        tooltip=N_("Back to where you were before a search hit or a jump"),
    ),
    Binding(
        "escape",
        "clear_search",
        N_("Clear search"),
        id="clear_search",
        show=False,
        tooltip=N_("Close the search bar and clear the highlights"),
    ),
]
