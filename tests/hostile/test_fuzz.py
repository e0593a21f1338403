"""Fuzzing the edition decoder: any bytes load, or raise the one error the CLI reports."""

import json

from hypothesis import given
from hypothesis import strategies as st

from reader import store
from reader.errors import EditionError
from reader.model import Edition
from tests.editions import SEED_JSON

SEED = SEED_JSON.read_bytes()


def _load(data: bytes) -> Edition | None:
    try:
        edition = store.from_json(data, "fuzz.json")
    except EditionError as e:
        message = str(e)
        assert message.startswith("fuzz.json: ") and "\n" not in message
        return None
    assert isinstance(edition, Edition)
    store.check(edition)  # consistency check never raises either
    return edition


@given(st.binary(max_size=2048))
def test_any_bytes(data):
    _load(data)


@given(st.integers(0, len(SEED)), st.binary(max_size=16), st.integers(0, 32))
def test_seed_with_bytes_replaced(at, patch, cut):
    _load(SEED[:at] + patch + SEED[at + cut :])


def _json_values():
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    return st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


SEED_OBJ = json.loads(SEED)
SEED_PATHS = [p for p in _paths(SEED_OBJ) if p]


@given(st.sampled_from(SEED_PATHS), _json_values())
def test_seed_with_a_field_replaced(path, value):
    doc = json.loads(SEED)
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    _load(json.dumps(doc).encode())


def test_the_seed_itself_loads():
    assert _load(SEED) is not None
