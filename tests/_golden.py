"""Whether golden files are being refreshed: only by hand, never under CI.

A run with ``CLAIMCHECK_REFRESH_GOLDEN`` set rewrites the golden files instead of comparing
with them, so it passes whatever the output. Under CI (``CI`` set, as ``.ci/run`` sets it) that
would hide every regression, so the run fails instead (see also ``conftest.py``).
"""

from __future__ import annotations

import os

import pytest

REFRESH_VARIABLE = "CLAIMCHECK_REFRESH_GOLDEN"
REFUSED = f"{REFRESH_VARIABLE} is set under CI: golden files are refreshed by hand, never by CI"


def refresh_refused() -> bool:
    """Whether the environment asks for a refresh under CI."""
    return bool(os.environ.get(REFRESH_VARIABLE)) and bool(os.environ.get("CI"))


def refreshing() -> bool:
    """Whether to rewrite golden files rather than compare with them."""
    if not os.environ.get(REFRESH_VARIABLE):
        return False
    if refresh_refused():
        pytest.fail(REFUSED)
    return True
