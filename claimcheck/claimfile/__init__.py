"""Claim files: from YAML on disk to a validated ``ClaimFile`` the engine reads.

Owns: the records (``records``: ``ClaimFile``, ``Source``, ``Figure``, ``Claim``...), YAML
read with line and column (``nodes``), the one definition of the format (``schema``, with the
roles a claim may combine in ``rules``, which the loader checks and the JSON Schema states),
the references between claims and figures (``references``), sources and their figures
(``figures``; a table source's cells in ``table_figures``), problems mapped back to the file
(``problems``), the loader that ties them together (``loader``), the table readers behind one
interface (``tables``), and table files given on the command line (``table_sources``).

A new kind of source (derived figures, say) is a key under ``figures.TABLE_KEYS``' neighbour
in ``SourceBuilder._source``, a field in ``schema.SourceSpec`` and its own module here.

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
