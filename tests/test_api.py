"""The public API: a small, explicit set of names, loaded lazily so the command starts fast."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimcheck

PUBLIC = {
    "ClaimFile",
    "ClaimFileError",
    "Finding",
    "Mention",
    "Policy",
    "Problem",
    "Report",
    "Statement",
    "Verdict",
    "__version__",
    "check",
    "load",
    "loads",
    "scan",
    "verify",
}


def test_public_names_do_not_change_by_accident() -> None:
    assert set(claimcheck.__all__) == PUBLIC
    assert claimcheck.__all__ == sorted(claimcheck.__all__)


def test_every_public_name_resolves() -> None:
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        claimcheck.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, claimcheck\n"
        "print(sorted(m for m in ('pydantic', 'yaml', 'jinja2') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
