"""The wording table: the phrases newsrooms use for numbers, as data.

Owns: the families of phrases (``phrases`` lists them all; the rows are in ``qualifiers``,
``change_phrases``, ``amount_phrases``, ``time_phrases``, ``series_phrases`` and ``negation``,
built from the rising, falling and multiple ``words``), the record a family is
(``families``), the regular-expression templates built from them (``templates``) and the
generated documentation (``docs``, which writes docs/wording.md).

May import: ``claimcheck.model`` and ``claimcheck.engine.judge.compare`` (the comparators a
family names).
"""
