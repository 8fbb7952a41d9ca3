"""Shared helper for the wording tables: build a claim from a case and check it."""

from __future__ import annotations

from typing import Any

from claimcheck.engine._check import check_claim
from claimcheck.engine._verify import build_claim
from claimcheck.model import Finding


def check_case(quote: str, figures: dict[str, Any]) -> Finding:
    """The finding for ``quote`` over ``figures`` (before/after/value/part/whole, labels,
    series and label as ``build_claim`` takes them)."""
    return check_claim(build_claim(quote, **figures))
