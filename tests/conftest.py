"""Suite-wide settings: hypothesis profiles, and reading state kept out of the user's home."""

import os

import pytest
from hypothesis import HealthCheck, settings

# `make test` runs every property with a moderate number of examples; `make fuzz`
# (BROADSHEET_FUZZ=1) runs the same properties far longer.
settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("fuzz" if os.environ.get("BROADSHEET_FUZZ") == "1" else "default")


@pytest.fixture(autouse=True)
def _broadsheet_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's state, settings or caches."""
    if "BROADSHEET_HOME" not in os.environ:
        monkeypatch.setenv("BROADSHEET_HOME", str(tmp_path_factory.mktemp("home")))
