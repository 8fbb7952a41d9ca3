"""The article: every number in a story, which ones claims check, and first drafts of claims.

Owns: ``scan`` (every number with its kind and context: statistical, a year, a date, a phone
number...), with ``scan_context`` and ``scan_spans``; ``coverage`` (the statistical numbers no
claim checks, and quotes no longer in the article); ``draft`` (a first claim file from an
article and its sources), with ``draft_match`` and ``draft_sources``.

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.claimfile`` (records),
``claimcheck.model`` and, for vocabulary only, ``claimcheck.engine.wording``.
"""
