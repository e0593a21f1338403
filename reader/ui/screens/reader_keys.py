"""The reading screen's keys: each binding has an id, the name a keymap uses, and the
words help shows (generated from these)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

BINDINGS: list[BindingType] = [
    Binding("tab", "app.focus_next", "Next pane", id="focus_next", show=False),
    Binding("shift+tab", "app.focus_previous", "Previous pane", id="focus_previous", show=False),
    Binding(
        "J",
        "step_article(1)",
        "Next",
        id="next_article",
        tooltip="Next article, in edition order",
    ),
    Binding("K", "step_article(-1)", "Prev", id="previous_article", tooltip="Previous article"),
    Binding(
        "right_square_bracket", "step_section(1)", "Next section", id="next_section", show=False
    ),
    Binding(
        "left_square_bracket",
        "step_section(-1)",
        "Previous section",
        id="previous_section",
        show=False,
    ),
    Binding(
        "space",
        "article('page_down')",
        "Page down",
        id="page_down",
        show=False,
        tooltip="Page down the article",
    ),
    Binding(
        "b",
        "article('page_up')",
        "Page up",
        id="page_up",
        show=False,
        tooltip="Page up the article",
    ),
    Binding(
        "g", "article('scroll_home')", "Top", id="top", show=False, tooltip="Top of the article"
    ),
    Binding(
        "G",
        "article('scroll_end')",
        "Bottom",
        id="bottom",
        show=False,
        tooltip="Bottom of the article",
    ),
    Binding("a", "toggle_ads", "Ads", id="toggle_ads", tooltip="Show or hide the ad pane"),
    Binding(
        "h",
        "take('toggle_hanja')",
        "Hanja",
        id="toggle_hanja",
        show=False,
        tooltip="Show or hide Hanja readings: 與野(여야)",
    ),
    Binding(
        "p",
        "take('page_map')",
        "Page map",
        id="page_map",
        tooltip="The printed page in miniature: move between its boxes, Enter opens one",
    ),
    Binding(
        "i",
        "take('photo')",
        "Photo",
        id="photo",
        show=False,
        tooltip="The article's photos, large (from the first in view)",
    ),
    Binding("e", "pick_edition", "Editions", id="pick_edition", tooltip="Pick an edition"),
    Binding(
        "less_than_sign", "step_edition(-1)", "Older edition", id="previous_edition", show=False
    ),
    Binding("greater_than_sign", "step_edition(1)", "Newer edition", id="next_edition", show=False),
    Binding(
        "m",
        "take('toggle_read')",
        "Read/unread",
        id="toggle_read",
        show=False,
        tooltip="Mark the open article read or unread",
    ),
    Binding(
        "B",
        "take('bookmark')",
        "Bookmark",
        id="bookmark",
        show=False,
        tooltip="Bookmark the article at the paragraph on top",
    ),
    Binding(
        "apostrophe",
        "take('bookmarks')",
        "Bookmarks",
        id="bookmarks",
        show=False,
        tooltip="Bookmarks, across editions",
    ),
    Binding(
        "y",
        "take('copy_article')",
        "Copy",
        id="copy_article",
        show=False,
        tooltip="Copy the article to the clipboard, as text",
    ),
    Binding(
        "x",
        "take('export_article')",
        "Save",
        id="export_article",
        show=False,
        tooltip="Save the article as Markdown, in this folder",
    ),
    Binding("question_mark", "help", "Help", id="help", tooltip="This list of keys"),
    Binding("slash", "search", "Search", id="search", tooltip="Search this edition"),
    Binding(
        "S",
        "search('archive')",
        "Search all",
        id="search_archive",
        show=False,
        tooltip="Search all editions of the folder",
    ),
    # The search line names these while a search is on (SearchBar.status).
    Binding(
        "n",
        "step_hit(1)",
        "Next hit",
        id="next_hit",
        show=False,
        tooltip="Next search hit, across articles and ads",
    ),
    Binding(
        "N",
        "step_hit(-1)",
        "Prev hit",
        id="previous_hit",
        show=False,
        tooltip="Previous search hit",
    ),
    Binding(
        "escape",
        "clear_search",
        "Clear search",
        id="clear_search",
        show=False,
        tooltip="Close the search bar and clear the highlights",
    ),
]
