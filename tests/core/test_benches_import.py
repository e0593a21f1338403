"""Every benchmark `make bench` runs still imports: a bench is not run by the suite, so a
helper moved from under it would otherwise go unseen until someone measures."""

from __future__ import annotations

import importlib

import pytest

from tests.bench.__main__ import BENCHES


@pytest.mark.parametrize("name", BENCHES)
def test_bench_imports_and_has_a_main(name: str) -> None:
    module = importlib.import_module(f"tests.bench.{name}")
    assert callable(module.main)
