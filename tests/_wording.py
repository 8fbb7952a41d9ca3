"""Shared helpers for the wording tables: figures for a case, and checking it."""

from __future__ import annotations

from typing import Any

from claimcheck.engine.checker import check_claim
from claimcheck.engine.verifier import build_claim
from claimcheck.model import Finding


def check_case(quote: str, figures: dict[str, Any]) -> Finding:
    """The finding for ``quote`` over ``figures`` (before/after/value/part/whole, labels,
    series and label as ``build_claim`` takes them)."""
    return check_claim(build_claim(quote, **figures))


def ch(before: Any, after: Any) -> dict[str, Any]:
    """Figures for a change: from ``before`` to ``after``."""
    return {"before": before, "after": after}


def ser(label: str, *pairs: tuple[str, Any]) -> dict[str, Any]:
    """Figures for a series claim: ``label`` within the (label, value) ``pairs``."""
    return {"series": pairs, "label": label}
