"""The judges by quantity, for the checker to send each statement to.

Each quantity has its own module (``value``, ``change``, ``multiple``, ``share``); what they
share is in ``judged``.
"""

from __future__ import annotations

from claimcheck.engine.judge.change import change, direction
from claimcheck.engine.judge.judged import Judged
from claimcheck.engine.judge.multiple import multiple
from claimcheck.engine.judge.share import share
from claimcheck.engine.judge.value import value

__all__ = ["Judged", "change", "direction", "multiple", "share", "value"]
