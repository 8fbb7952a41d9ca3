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
of them alike. ``--against FOLDER`` measures another checkout side by side (the same commands
with ``PYTHONPATH=FOLDER``, taking turns with this one: its claimcheck is imported instead,
with this interpreter and its packages). ``--importtime N`` also prints the N slowest imports
of each claimcheck command (``python -X importtime``, self time, the quickest of three). The
script times; no test times anything.
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


def medians(runs: int, envs: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    """The median CPU time of each command in each checkout, all taking turns."""
    times: dict[str, dict[str, list[float]]] = {
        label: {command.name: [] for command in commands()} for label in envs
    }
    for env in envs.values():  # warm the bytecode caches
        for command in commands():
            cpu_seconds(command.argv, env)
    for _ in range(runs):
        for command in commands():
            for label, env in envs.items():
                times[label][command.name].append(cpu_seconds(command.argv, env))
    return {
        label: {name: statistics.median(values) for name, values in found.items()}
        for label, found in times.items()
    }


def import_profile(command: Command, env: dict[str, str], top: int) -> list[str]:
    """The ``top`` slowest imports of ``command`` by self time, as printed lines."""
    argv = (command.argv[0], "-X", "importtime", *command.argv[1:])
    quickest: dict[str, tuple[int, int]] = {}
    for _ in range(3):
        done = subprocess.run(
            argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, cumulative, module = line.removeprefix("import time:").split("|")
            found = (int(own), int(cumulative))
            quickest[module.strip()] = min(quickest.get(module.strip(), found), found)
    total = sum(own_us for own_us, _ in quickest.values())
    lines = [f"  all imports, self time summed: {total / 1000:.1f} ms"]
    ordered = sorted(quickest.items(), key=lambda item: item[1], reverse=True)
    for name, (self_us, cumulative_us) in ordered[:top]:
        lines.append(f"  {self_us:>9,} {cumulative_us:>10,}  {name}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per command (9)")
    parser.add_argument(
        "--importtime", type=int, default=0, metavar="N", help="also the N slowest imports"
    )
    parser.add_argument(
        "--against", type=Path, metavar="FOLDER", help="another checkout, measured side by side"
    )
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimcheck-startup-") as cache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        envs = {"this checkout": env}
        if options.against is not None:
            other = options.against.resolve()
            envs[str(other)] = dict(env, PYTHONPATH=str(other))
        for label, found in medians(options.runs, envs).items():
            print(f"{label}:")
            print("\n".join(_figures(found)))
        if options.importtime:
            for command in commands()[2:]:
                print(f"imports of {command.name} (self us, cumulative us):")
                print("\n".join(import_profile(command, env, options.importtime)))
    return 0


def _figures(found: dict[str, float]) -> list[str]:
    names = list(found)
    lines = [f"  {found[name]:7.3f} s CPU  {name}" for name in names]
    check_ratio = found[names[2]] / found[names[1]]
    scan_ratio = found[names[3]] / found[names[0]]
    lines.append(_verdict("check against import pydantic, yaml", check_ratio, CHECK_TARGET))
    lines.append(_verdict("scan against python -c pass", scan_ratio, SCAN_TARGET))
    return lines


def _verdict(what: str, ratio: float, target: float) -> str:
    met = "met" if ratio <= target else "MISSED"
    return f"  {ratio:5.2f}x  {what} (target at most {target:g}x: {met})"


if __name__ == "__main__":
    raise SystemExit(main())
