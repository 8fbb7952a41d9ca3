"""Reading a quote: from the words of a claim to the statements it makes.

Owns: the reading pipeline (``reader``: its passes and their order), the statements it yields
(``mentions``), the matching of wording templates (``candidates``), and the passes that mark
asides such as years and durations (``asides``), extras such as "a day" (``extras``) and
ranges (``ranges``).

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.engine.wording``.
"""
