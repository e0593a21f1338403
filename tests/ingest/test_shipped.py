"""The shipped edition files are exactly what the parser makes of the seed page."""

from __future__ import annotations

from reader import store
from reader.sources import ingest
from tests.editions import PACKAGED_JSON, SEED_JSON, SEED_TXT

REGENERATE = (
    "regenerate with: broadsheet ingest editions/광남일보-2026-02-04.txt -o editions"
    " && cp editions/광남일보-2026-02-04.json reader/data/"
)


def test_editions_json_is_the_parse_of_the_seed() -> None:
    made = store.to_json(ingest(SEED_TXT))
    assert SEED_JSON.read_bytes() == made, f"{SEED_JSON.name} is stale; {REGENERATE}"


def test_packaged_copy_equals_editions_copy() -> None:
    assert PACKAGED_JSON.read_bytes() == SEED_JSON.read_bytes(), (
        f"reader/data/{PACKAGED_JSON.name} differs from editions/; {REGENERATE}"
    )


def test_shipped_edition_loads_and_checks() -> None:
    edition = store.load(SEED_JSON)
    assert store.check(edition) == []
    assert edition == ingest(SEED_TXT)
