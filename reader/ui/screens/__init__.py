"""The reading screen and the dialogs over it."""

from pathlib import Path

DIALOGS_CSS = Path(__file__).parents[1] / "dialogs.tcss"
"""The dialogs' styles (and the page map's): Textual reads a screen's CSS_PATH when the
screen first opens, so the first frame's stylesheet is only the reading screen's."""
