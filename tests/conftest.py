"""Shared fixtures and paths for the test suite.

The test folders mirror the package (``numbers/``, ``claimfile/``, ``engine/``, ``article/``,
``report/``, ``cli/``); helpers shared between them live here and in ``_wording.py`` and
``_report_samples.py`` beside this file, which pytest puts on the import path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _golden import REFUSED, refresh_refused

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """Refuse a run that would refresh the golden files under CI (see ``_golden.py``)."""
    if refresh_refused():
        raise pytest.UsageError(REFUSED)


@pytest.fixture(scope="session")
def root() -> Path:
    """The project's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    """The development data beside the project; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared (the development data) is not beside the project")
    return SHARED
