"""Table sources: one module per table format, chosen by file type behind one interface.

Each reader turns a file into cells that keep their provenance (file, row, column), so a
finding can name the cell a figure came from. CSV (``csvfile``) is the first format.

May import: ``claimcheck.text``, ``claimcheck.numbers``, ``claimcheck.errors``.
"""
