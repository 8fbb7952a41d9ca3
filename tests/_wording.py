"""Shared helpers for the wording tables: figures for a case, named case ids, and checking it.

One set of figure helpers for every table (tests/engine/test_wording*.py and the regression
tables): ``ch`` for a change, ``fig`` for a single value, ``sh`` for a share, ``ser`` for a
series.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from claimcheck.engine.checker import check_claim
from claimcheck.engine.verifier import build_claim
from claimcheck.model import Finding, Verdict

_NOT_ID = re.compile(r"[^a-z0-9%×.£$€]+")


def check_case(quote: str, figures: dict[str, Any]) -> Finding:
    """The finding for ``quote`` over ``figures`` (before/after/value/part/whole, labels,
    series and label as ``build_claim`` takes them)."""
    return check_claim(build_claim(quote, **figures))


def ch(before: Any, after: Any, labels: tuple[str, str] | None = None) -> dict[str, Any]:
    """Figures for a change: from ``before`` to ``after``, optionally with their labels."""
    figures: dict[str, Any] = {"before": before, "after": after}
    if labels is not None:
        figures["labels"] = labels
    return figures


def fig(value: Any) -> dict[str, Any]:
    """Figures for a single value."""
    return {"value": value}


def sh(part: Any, whole: Any) -> dict[str, Any]:
    """Figures for a share: ``part`` of ``whole``."""
    return {"part": part, "whole": whole}


def ser(label: str, *pairs: tuple[str, Any]) -> dict[str, Any]:
    """Figures for a series claim: ``label`` within the (label, value) ``pairs``."""
    return {"series": pairs, "label": label}


def case_id(*words: object) -> str:
    """A readable pytest id from a case's words: ("up 37 per cent", S) gives
    "up-37-per-cent-supported"."""
    parts = []
    for word in words:
        text = word.value if isinstance(word, Verdict) else str(word)
        parts.append(_NOT_ID.sub("-", text.lower()).strip("-")[:48])
    return "-".join(part for part in parts if part)


def named(rows: Iterable[Sequence[Any]], *, by: Sequence[int]) -> list[Any]:
    """``rows`` as pytest params whose ids are built from the columns ``by`` (repeats numbered)."""
    rows = list(rows)
    ids = [case_id(*(row[i] for i in by)) for row in rows]
    seen: Counter[str] = Counter()
    totals = Counter(ids)
    params = []
    for row, name in zip(rows, ids, strict=True):
        seen[name] += 1
        unique = f"{name}-{seen[name]}" if totals[name] > 1 else name
        params.append(pytest.param(*row, id=unique))
    return params
