"""The article: every number in a story, which ones claims check, and first drafts of claims.

Owns: ``scan`` (every number with its kind and context: statistical, a year, a date, a phone
number...), with ``scan_context`` and ``scan_spans``; ``coverage`` (the statistical numbers no
claim checks, and quotes no longer in the article); ``draft`` (a first claim file from an
article and its sources: ``statements`` cuts sentences into statements, ``draft_plan`` makes
them claims, ``link`` with ``link_table``, ``link_values`` and ``link_words`` links each to
the figures its words name, ``draft_sources`` writes the sources and ``draft_update`` keeps a
reporter's work when re-drafting); ``review`` (draft and check in one step, each statistical
number with its state).

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.claimfile`` (records),
``claimcheck.model`` and, for vocabulary only, ``claimcheck.engine.wording``; ``review``
also loads the claim file it drafts and checks it (``claimcheck.checking``).
"""
