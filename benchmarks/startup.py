"""How fast claimcheck starts: run ``python benchmarks/startup.py`` from the repository root.

Two ratios, each against its target (issue 13; docs/performance.md, "Start-up"):

1. ``claimcheck check claims/west-midlands-2016.yaml`` against
   ``python -c "import pydantic, yaml"`` (target: at most 2x);
2. ``claimcheck scan claims/example-article.txt`` against ``python -c pass``
   (target: at most 4x).

Every command runs as its own process from cached bytecode (the cache is kept in a temporary
folder through ``PYTHONPYCACHEPREFIX``, even when ``PYTHONDONTWRITEBYTECODE`` is set), once to
warm the cache and then ``--runs`` times, and the figure is the median CPU time (user + system)
of the child process. The four commands take turns, so load on a shared machine falls on all
of them alike. ``--importtime`` also prints the slowest imports of each claimcheck command
(``python -X importtime``, self time). The script times; no test times anything.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK_TARGET = 2.0
SCAN_TARGET = 4.0


@dataclass(frozen=True)
class Command:
    """One command to time, under a short name."""

    name: str
    argv: tuple[str, ...]


def commands() -> list[Command]:
    python = sys.executable
    west_midlands = str(Path("claims") / "west-midlands-2016.yaml")
    article = str(Path("claims") / "example-article.txt")
    return [
        Command("python -c pass", (python, "-c", "pass")),
        Command('python -c "import pydantic, yaml"', (python, "-c", "import pydantic, yaml")),
        Command(f"claimcheck check {west_midlands}", (*_claimcheck(), "check", west_midlands)),
        Command(f"claimcheck scan {article}", (*_claimcheck(), "scan", article)),
    ]


def _claimcheck() -> tuple[str, ...]:
    """The installed ``claimcheck`` script beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).parent / "claimcheck"
    if script.is_file():
        return (sys.executable, str(script))
    return (sys.executable, "-m", "claimcheck")


def cpu_seconds(argv: tuple[str, ...], env: dict[str, str]) -> float:
    """The CPU time (user + system) one run of ``argv`` takes, as a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(runs: int, env: dict[str, str]) -> dict[str, float]:
    """The median CPU time of each command, the commands taking turns."""
    times: dict[str, list[float]] = {command.name: [] for command in commands()}
    for command in commands():  # warm the bytecode cache
        cpu_seconds(command.argv, env)
    for _ in range(runs):
        for command in commands():
            times[command.name].append(cpu_seconds(command.argv, env))
    return {name: statistics.median(values) for name, values in times.items()}


def import_profile(command: Command, env: dict[str, str], top: int) -> list[str]:
    """The ``top`` slowest imports of ``command`` by self time, as printed lines."""
    argv = (command.argv[0], "-X", "importtime", *command.argv[1:])
    done = subprocess.run(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
        rows.append((int(self_us), int(cumulative_us), name.strip()))
    total = sum(row[0] for row in rows)
    lines = [f"  all imports, self time summed: {total / 1000:.1f} ms"]
    for self_us, cumulative_us, name in sorted(rows, reverse=True)[:top]:
        lines.append(f"  {self_us:>9,} {cumulative_us:>10,}  {name}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per command (9)")
    parser.add_argument(
        "--importtime", type=int, default=0, metavar="N", help="also the N slowest imports"
    )
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimcheck-startup-") as cache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        found = medians(options.runs, env)
        names = list(found)
        for name in names:
            print(f"{found[name]:7.3f} s CPU  {name}")
        check_ratio = found[names[2]] / found[names[1]]
        scan_ratio = found[names[3]] / found[names[0]]
        print(_verdict("check against import pydantic, yaml", check_ratio, CHECK_TARGET))
        print(_verdict("scan against python -c pass", scan_ratio, SCAN_TARGET))
        if options.importtime:
            for command in commands()[2:]:
                print(f"imports of {command.name} (self us, cumulative us):")
                print("\n".join(import_profile(command, env, options.importtime)))
    return 0


def _verdict(what: str, ratio: float, target: float) -> str:
    met = "met" if ratio <= target else "MISSED"
    return f"{ratio:5.2f}x  {what} (target at most {target:g}x: {met})"


if __name__ == "__main__":
    raise SystemExit(main())
