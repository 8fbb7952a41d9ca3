"""The article: every number in a story, which ones claims check, and first drafts of claims.

Owns: ``scan`` (every number with its kind and context: statistical, a year, a date, a phone
number...), with ``scan_context`` and ``scan_spans``; ``coverage`` (the statistical numbers no
claim checks, and quotes no longer in the article); ``drafting`` (a first claim file from an
article and its sources, its numbers linked to figures by meaning: see its docstring);
``review`` (draft and check in one step, each statistical
number with its state).

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.claimfile`` (records),
``claimcheck.model`` and, for vocabulary only, ``claimcheck.engine.wording``; ``review``
also loads the claim file it drafts and checks it (``claimcheck.checking``).
"""
