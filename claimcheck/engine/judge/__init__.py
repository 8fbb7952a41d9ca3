"""Judging statements: exact arithmetic against the referenced figures, with the working.

Owns: the figures a claim references (``context``), the comparators and the policy bands
(``compare``), one module per quantity (``value``, ``change``, ``multiple``, ``share``, ``series``,
``periods``, ``unchanged``, ``says``; ``judged`` holds what they share and ``assess`` names them
for the checker), the wording of explanations (``explain``,
``format``) and editorial notes (``notes``).

May import: ``claimcheck.numbers``, ``claimcheck.claimfile.records``, ``claimcheck.model``,
``claimcheck.policy``, ``claimcheck.engine.read`` (the statements) and
``claimcheck.engine.wording``.
"""
