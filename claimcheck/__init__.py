"""claimcheck: check the numbers in a news story against the figures they come from.

The public API is small and explicit::

    import claimcheck
    report = claimcheck.check(claimcheck.load("claims/west-midlands-2016.yaml"))
    finding = claimcheck.verify("more than quadrupled", before=151, after=640)
    mentions = claimcheck.scan(article_text)

Names are loaded on first use so that ``import claimcheck`` stays fast for command-line use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from claimcheck._version import __version__

if TYPE_CHECKING:
    from claimcheck.article.scan import Mention, scan
    from claimcheck.checking import check
    from claimcheck.claimfile import ClaimFile
    from claimcheck.claimfile.loader import load, loads
    from claimcheck.engine import verify
    from claimcheck.errors import ClaimFileError, Problem
    from claimcheck.model import Finding, Report, Statement, Verdict
    from claimcheck.policy import Policy

__all__ = [
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
]

_LAZY = {
    "ClaimFile": "claimcheck.claimfile",
    "ClaimFileError": "claimcheck.errors",
    "Problem": "claimcheck.errors",
    "Finding": "claimcheck.model",
    "Report": "claimcheck.model",
    "Statement": "claimcheck.model",
    "Verdict": "claimcheck.model",
    "Policy": "claimcheck.policy",
    "Mention": "claimcheck.article.scan",
    "scan": "claimcheck.article.scan",
    "check": "claimcheck.checking",
    "verify": "claimcheck.engine",
    "load": "claimcheck.claimfile.loader",
    "loads": "claimcheck.claimfile.loader",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
