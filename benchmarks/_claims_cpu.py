"""Claims a second of one claimcheck install: ``python _claims_cpu.py FILE``.

Loads and checks the claim file FILE once to import and warm everything, then once more with
the cyclic collector paused (as ``claimcheck check`` runs), and prints one line of JSON: the
CPU seconds the second load and check took. Uses only ``claimcheck.load``, ``claimcheck.check``
and ``claimcheck._gc.paused_gc``, so an older claimcheck can be measured side by side with its
own interpreter (``speed.py --compare``).
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    import claimcheck
    from claimcheck._gc import paused_gc

    path = sys.argv[1]
    claimcheck.check(claimcheck.load(path))  # imports and caches out of the timing
    with paused_gc():
        started = time.process_time()
        claim_file = claimcheck.load(path)
        loaded = time.process_time()
        claimcheck.check(claim_file)
        checked = time.process_time()
    print(json.dumps({"load": loaded - started, "check": checked - loaded}))


if __name__ == "__main__":
    main()
