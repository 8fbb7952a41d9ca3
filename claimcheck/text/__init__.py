"""The shared vocabulary of text: words and patterns every layer reads the same way.

Owns: month names and dates (``calendar``), decoding article and claim-file bytes (``decode``),
HTML to plain text with offsets (``html``), quote marks and finding a quote in an article
(``quotes``), and the word lists the scanner and the engine share (``vocabulary``: durations,
the range of years, spaces and dashes).

May import: the standard library only. Every other layer may import it.
"""
