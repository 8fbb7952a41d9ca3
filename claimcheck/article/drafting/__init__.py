"""Drafting: a first claim file from an article and its sources, linked by meaning.

Owns: splitting sentences into statements (``statements``), linking each number to the figure
whose labels its words name (``link`` with ``link_table``, ``link_values``, ``link_words``),
planning the claims (``plan``), writing them with their sources (``compose``, ``sources``) and
re-drafting over a reporter's file (``update``). ``draft`` is the public entry point.

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.claimfile``,
``claimcheck.article.scan``.
"""

from __future__ import annotations

from claimcheck.article.drafting.compose import draft

__all__ = ["draft"]
