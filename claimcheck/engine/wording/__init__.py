"""The wording table: the phrases newsrooms use for numbers, as data.

Owns: the families of phrases (``phrases``, ``time_phrases``, ``negation``), the record a
family is (``families``), the regular-expression templates built from them (``templates``) and
the generated documentation (``docs``, which writes docs/wording.md).

May import: ``claimcheck.model`` and ``claimcheck.engine.judge.compare`` (the comparators a
family names).
"""
