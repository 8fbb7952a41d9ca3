"""Reading a quote: from the words of a claim to the statements it makes.

Owns: the reading pipeline (``reader``: its passes, declared in order in ``reader.PASSES``),
the statements it yields (``mentions``), how a pass records one with its qualifier
(``record``), the passes that read the table's templates and literal wordings (``templated``)
and which of them a quote can match (``candidates``), and the passes that mark
asides such as years and durations (``asides``), extras such as "a day" (``extras``) and
ranges (``ranges``).

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.engine.wording``.
"""
