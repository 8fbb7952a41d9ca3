"""Instructions one load and check of a claim file costs, counted by valgrind's cachegrind.

    python benchmarks/claims_instructions.py FILE [--python OTHER/bin/python ...]

CPU time on a machine shared with other work swings by a quarter from run to run; the count
of instructions executed does not, so two installs (this one and ``--python`` interpreters,
for instance an older clone in its own virtualenv) can be compared to a per cent. Each
interpreter runs this script's ``--inner`` mode twice under cachegrind: once loading and
checking FILE to import and warm everything, once doing that and then one more load and check
with the collector paused (as ``claimcheck check`` runs). The difference is the second load
and check. The two runs go side by side, so a pair takes about a minute for 500 claims.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def _inner(path: str, again: int) -> None:
    import claimcheck
    from claimcheck._gc import paused_gc

    claimcheck.check(claimcheck.load(path))  # imports and caches
    for _ in range(again):
        with paused_gc():
            claimcheck.check(claimcheck.load(path))


def _counted(python: str, path: str, again: int, folder: Path) -> subprocess.Popen[str]:
    out = folder / f"cachegrind.{again}.out"
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        f"--cachegrind-out-file={out}",
        python,
        __file__,
        "--inner",
        str(again),
        path,
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _instructions(process: subprocess.Popen[str]) -> int:
    _, err = process.communicate()
    found = re.search(r"I\s+refs:\s+([\d,]+)", err)
    if process.returncode != 0 or found is None:
        raise SystemExit(f"cachegrind failed:\n{err}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--python", action="append", default=[], help="another interpreter")
    parser.add_argument("--inner", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.inner is not None:
        _inner(options.file, options.inner)
        return 0
    for python in (sys.executable, *options.python):
        with tempfile.TemporaryDirectory(prefix="claimcheck-instructions-") as folder:
            warm, again = (_counted(python, options.file, n, Path(folder)) for n in (0, 1))
            one = _instructions(again) - _instructions(warm)
        print(f"{one / 1e6:10,.1f} M instructions  one load and check  {python}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
