"""The checking engine: read a claim's wording, do the arithmetic exactly, give a verdict.

``check(claim_file)`` checks every claim of a loaded claim file; ``verify(quote, ...)``
checks one quote against numbers a tool already holds. The wording rules are data in
``claimcheck.engine.wording.phrases``.
"""

from __future__ import annotations

from claimcheck.engine.checker import check
from claimcheck.engine.verifier import verify

__all__ = ["check", "verify"]
