"""Claim files: from YAML on disk to a validated ``ClaimFile`` the engine reads.

Owns: the records (``records``: ``ClaimFile``, ``Source``, ``Figure``, ``Claim``...), YAML
read with line and column (``nodes``), the one definition of the format (``schema``), the
references between claims and figures (``references``), sources and their figures
(``figures``), problems mapped back to the file (``problems``), the loader that ties them
together (``loader``), and the table readers behind one interface (``tables``).

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.errors``,
``claimcheck.policy``. Never the engine, the article layer or the reports.
"""

from __future__ import annotations

from claimcheck.claimfile.records import (
    Article,
    Claim,
    ClaimFile,
    Figure,
    Location,
    Reference,
    Role,
    Series,
    Source,
)

__all__ = [
    "Article",
    "Claim",
    "ClaimFile",
    "Figure",
    "Location",
    "Reference",
    "Role",
    "Series",
    "Source",
]
