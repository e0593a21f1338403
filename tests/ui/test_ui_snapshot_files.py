"""Every stored snapshot belongs to a test. Syrupy fails a run that leaves a snapshot
unused, but not under pytest-xdist (`make test XDIST='-n auto'` runs on every core): its workers
each see part of the run, so it skips the check; this test makes it in their place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import COLLECTED

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "__snapshots__"


def stale_snapshots(folder: Path, collected: set[str]) -> list[str]:
    """The snapshots of `folder` (one test module's) that no collected test of it takes; all
    of them if the module is gone, none if the run collected nothing of it."""
    files = sorted(p.name for p in folder.iterdir())
    if not (HERE / f"{folder.name}.py").exists():
        return files
    module = f"{HERE.relative_to(HERE.parents[1]).as_posix()}/{folder.name}.py::"
    names = {node[len(module) :] for node in collected if node.startswith(module)}
    return [name for name in files if names and Path(name).stem not in names]


def test_every_snapshot_belongs_to_a_collected_test(request: pytest.FixtureRequest) -> None:
    collected = request.config.stash[COLLECTED]
    stale = [
        f"{folder.name}/{name}"
        for folder in sorted(SNAPSHOTS.iterdir())
        for name in stale_snapshots(folder, collected)
    ]
    assert stale == []
