"""The number reader: every number a newsroom writes, with its exact value and precision.

Owns: ``Number`` (an exact ``Fraction`` with the step of its last written digit, its unit and
scale), ``find_numbers`` (every number in running text, in linear time) and ``parse_number`` (a
whole string such as "£3.7m"). ``number`` is the public face; ``reader`` finds where numbers
start, ``digits`` and ``words`` read them, ``vocab`` holds the number words.

May import: ``claimcheck.text``.
"""
