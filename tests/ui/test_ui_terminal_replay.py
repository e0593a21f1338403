"""The replay of tests/ui/terminal.py, fed the app's writes a few at a time between looks,
shows what a new screen fed all of them at once shows, wherever the writes were cut."""

from __future__ import annotations

from tests.ui.terminal import TerminalScreen, Written, replayed

SIZE = (16, 3)
# A frame as Textual writes one: cursor moves, SGR, a link (OSC 8, ended by ST), a
# device query (DCS), Hangul written over half a wide character, a combining mark.
FRAME = (
    "\x1b[?25l\x1b[1;1H\x1b[1;38;2;255;255;255m광남일보\x1b[0m "
    "\x1b]8;id=1;https://example.com/a\x1b\\기사\x1b]8;;\x1b\\"
    "\x1b[2;3H미소가\x1b[2;4H x\x1bP+q544e\x1b\\\x1b7\x1b[3;1Hcafe\u0301\x1b8\x1b[?25h"
)


def whole(data: str) -> list[str]:
    screen = TerminalScreen(*SIZE)
    screen.feed(data)
    return screen.lines()


def test_a_look_between_two_writes_cut_anywhere() -> None:
    for cut in range(1, len(FRAME)):
        written = Written()
        written.append(FRAME[:cut])
        assert replayed(written, SIZE) == whole(FRAME[:cut]), cut
        written.append(FRAME[cut:])
        assert replayed(written, SIZE) == whole(FRAME), cut


def test_looks_after_every_byte_and_at_two_sizes() -> None:
    written = Written()
    for n, char in enumerate(FRAME, 1):
        written.append(char)
        assert replayed(written, SIZE) == whole(FRAME[:n])
        narrow = TerminalScreen(8, 2)
        narrow.feed(FRAME[:n])
        assert replayed(written, (8, 2)) == narrow.lines()
