"""The checking engine: read a claim's wording, do the arithmetic exactly, give a verdict.

``check(claim_file)`` checks every claim of a loaded claim file; ``verify(quote, ...)``
checks one quote against numbers a tool already holds. The wording rules are data in
``claimcheck.engine.phrases``.
"""

from __future__ import annotations

from claimcheck.engine._check import check
from claimcheck.engine._verify import verify

__all__ = ["check", "verify"]
