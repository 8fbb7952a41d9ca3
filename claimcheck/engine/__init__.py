"""The checking engine: read a claim's wording, do the arithmetic exactly, give a verdict.

``check(claim_file)`` checks every claim of a loaded claim file; ``verify(quote, ...)``
checks one quote against numbers a tool already holds. The wording rules are data in
``claimcheck.engine.wording.phrases``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.engine.checker import check
    from claimcheck.engine.verifier import verify

__all__ = ["check", "verify"]

# Loaded on first use, so that the wording table's plain data (``engine.wording.words``, which
# the article scanner reads) comes without the reader, the judges and pydantic.
_LAZY = {"check": "claimcheck.engine.checker", "verify": "claimcheck.engine.verifier"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck.engine' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
