"""``python -m claimcheck``: the same as the ``claimcheck`` command."""

from claimcheck.cli import main

raise SystemExit(main())
