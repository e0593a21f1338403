"""Command palette: jump to any article, section, ad or edition by its title."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


@dataclass(frozen=True)
class Target:
    text: str
    help: str
    jump: Callable[[], object]


class JumpProvider(Provider):
    """Titles come from the newspaper, so they are given as Content, never as markup."""

    def _targets(self) -> list[Target]:
        screen = self.screen
        return list(screen.jump_targets()) if hasattr(screen, "jump_targets") else []

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for target in self._targets():
            score, offsets = matcher.fuzzy_search.match(matcher.query, target.text)
            if score <= 0:
                continue
            display = Content(target.text)
            for offset in offsets:
                display = display.stylize(matcher.match_style, offset, offset + 1)
            yield Hit(score, display, target.jump, text=target.text, help=Content(target.help))

    async def discover(self) -> Hits:
        for target in self._targets():
            yield DiscoveryHit(
                Content(target.text), target.jump, text=target.text, help=Content(target.help)
            )
