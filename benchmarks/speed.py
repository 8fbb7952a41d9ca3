"""How fast claimcheck is, measured: run ``python benchmarks/speed.py`` from the repository root.

Four figures, each against its target (docs/performance.md records them):

1. the command line start to finish on the West Midlands claim file (target: under 0.3 s),
   with the import-time budget from ``python -X importtime``;
2. a generated claim file of 10,000 claims loaded and checked through the library
   (target: at least 5,000 claims a second);
3. 1,000 generated claim files checked with ``--jobs 1`` and ``--jobs 2`` (target: near-linear
   speed-up on two cores);

``--quick`` uses small sizes so that a test can run the script in a few seconds; its figures
are not comparable with a full run. ``--markdown`` prints the table for docs/performance.md;
``--profile`` adds where the library's time goes (cProfile, top functions).
Generated claim files are written to a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _generate import write_claim_file, write_claim_folder

ROOT = Path(__file__).resolve().parents[1]
WEST_MIDLANDS = Path("claims") / "west-midlands-2016.yaml"

CLI_TARGET_SECONDS = 0.3
CLAIMS_PER_SECOND_TARGET = 5_000
SPEED_UP_TARGET = 1.8  # two processes on two cores, 1,000 files (issue 13)


@dataclass
class Sizes:
    cli_runs: int
    claims: int
    library_runs: int
    files: int
    jobs_runs: int


FULL = Sizes(cli_runs=15, claims=10_000, library_runs=3, files=1_000, jobs_runs=3)
QUICK = Sizes(cli_runs=2, claims=300, library_runs=1, files=20, jobs_runs=1)


@dataclass
class Row:
    """One measured figure, its target, and whether the target was met."""

    what: str
    measured: str
    target: str
    met: bool | None  # None: no target, or a quick run whose figures do not count


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def claimcheck_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimcheck", *args]


@dataclass(frozen=True)
class Timing:
    """One run: wall-clock seconds, and the CPU seconds the process used (user + system)."""

    wall: float
    cpu: float


def timed_run(command: Sequence[str], *, ok: Sequence[int] = (0,)) -> Timing:
    """Time one run of ``command`` from the repository root; fails loudly on an error."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in ok:
        raise SystemExit(
            f"{' '.join(command)} exited {result.returncode}:\n"
            + result.stderr.decode(errors="replace")
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(elapsed, cpu)


# 1. The command line, start to finish ----------------------------------------------------------


def measure_cli(sizes: Sizes, results: Results, *, quick: bool) -> None:
    command = claimcheck_command("check", str(WEST_MIDLANDS))
    timed_run(command)  # warm the file cache and the bytecode cache first
    runs = [timed_run(command) for _ in range(sizes.cli_runs)]
    bare = [timed_run([sys.executable, "-c", "pass"]) for _ in range(sizes.cli_runs)]
    wall = statistics.median(run.wall for run in runs)
    cpu = statistics.median(run.cpu for run in runs)
    results.rows.append(
        Row(
            f"`claimcheck check {WEST_MIDLANDS.as_posix()}`, start to finish "
            f"(median of {sizes.cli_runs}; wall-clock median {wall:.3f} s, "
            f"best {min(run.wall for run in runs):.3f} s)",
            f"{cpu:.3f} s CPU",
            f"< {CLI_TARGET_SECONDS} s",
            None if quick else cpu < CLI_TARGET_SECONDS,
        )
    )
    results.rows.append(
        Row(
            "of which: the Python interpreter starting (`python -c pass`, median)",
            f"{statistics.median(run.cpu for run in bare):.3f} s CPU",
            "",
            None,
        )
    )


@dataclass
class ImportBudget:
    total_us: int
    by_package: dict[str, int]
    slowest: list[tuple[str, int]]


def import_budget(runs: int) -> ImportBudget:
    """Run ``python -X importtime`` on a check of the West Midlands file ``runs`` times and
    keep the quickest run: other work on the machine only ever adds time."""
    budgets = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "claimcheck", "check", str(WEST_MIDLANDS)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
            check=False,
        )
        budgets.append(parse_importtime(result.stderr))
    return min(budgets, key=lambda budget: budget.total_us)


def parse_importtime(stderr: str, *, slowest: int = 12) -> ImportBudget:
    """The import budget from ``-X importtime`` lines: the total (the sum of the top-level
    imports' cumulative times), each package's own time, and the slowest top-level imports."""
    by_package: dict[str, int] = defaultdict(int)
    top_level: list[tuple[str, int]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        # One space after the bar, then two more for each level of nesting.
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        module = name.strip()
        by_package[module.split(".")[0]] += int(self_us)
        if depth == 0:
            top_level.append((module, int(cumulative_us)))
    total = sum(cumulative for _, cumulative in top_level)
    top_level.sort(key=lambda item: item[1], reverse=True)
    return ImportBudget(total, dict(by_package), top_level[:slowest])


def measure_imports(sizes: Sizes, results: Results) -> ImportBudget:
    budget = import_budget(sizes.cli_runs)
    packages = sorted(budget.by_package.items(), key=lambda item: item[1], reverse=True)
    shown = ", ".join(f"{name} {us / 1000:.0f} ms" for name, us in packages[:6])
    results.rows.append(
        Row(
            f"of which: imports (`python -X importtime`, quickest of {sizes.cli_runs}; "
            f"by package: {shown})",
            f"{budget.total_us / 1e6:.3f} s",
            "",
            None,
        )
    )
    return budget


# 2. The library on one large claim file ---------------------------------------------------------


def measure_library(
    sizes: Sizes,
    folder: Path,
    results: Results,
    *,
    quick: bool,
    profile: bool,
    compare: Sequence[str] = (),
) -> None:
    import claimcheck

    path = write_claim_file(folder / "generated.yaml", sizes.claims)
    claimcheck.check(claimcheck.load(path))  # imports and caches out of the timing
    loads: list[Timing] = []
    checks: list[Timing] = []
    from claimcheck._gc import paused_gc

    for _ in range(sizes.library_runs):
        # As `claimcheck check` runs them: with the cyclic collector paused (claimcheck._gc).
        with paused_gc():
            started, started_cpu = time.perf_counter(), time.process_time()
            claim_file = claimcheck.load(path)
            loaded, loaded_cpu = time.perf_counter(), time.process_time()
            report = claimcheck.check(claim_file)
            checks.append(Timing(time.perf_counter() - loaded, time.process_time() - loaded_cpu))
            loads.append(Timing(loaded - started, loaded_cpu - started_cpu))
    load = min(loads, key=lambda timing: timing.cpu)
    check = min(checks, key=lambda timing: timing.cpu)
    rate = sizes.claims / (load.cpu + check.cpu)
    wall_rate = sizes.claims / (min(t.wall for t in loads) + min(t.wall for t in checks))
    results.rows.append(
        Row(
            f"a generated claim file of {sizes.claims:,} claims, loaded and checked as "
            "`claimcheck check` does (collector paused) "
            f"(best of {sizes.library_runs}: load {load.cpu:.2f} s, check {check.cpu:.2f} s "
            f"CPU; wall-clock {wall_rate:,.0f} claims/s)",
            f"{rate:,.0f} claims/s",
            f">= {CLAIMS_PER_SECOND_TARGET:,} claims/s",
            None if quick else rate >= CLAIMS_PER_SECOND_TARGET,
        )
    )
    summary = report.summary
    results.notes.append(
        f"Verdicts on the generated file: {summary.supported} supported, "
        f"{summary.needs_review} need review, {summary.contradicted} contradicted, "
        f"{summary.unsourced} unsourced."
    )
    if profile:
        print(profile_library(path))
    if compare:
        compare_library(path, sizes, results, compare)


def claims_cpu(python: str, path: Path) -> tuple[float, float]:
    """One install's load and check CPU seconds on ``path`` (``_claims_cpu.py``)."""
    script = Path(__file__).resolve().parent / "_claims_cpu.py"
    result = subprocess.run(
        [python, str(script), str(path)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return float(data["load"]), float(data["check"])


def compare_library(path: Path, sizes: Sizes, results: Results, compare: Sequence[str]) -> None:
    """Claims a second of this install and of each other interpreter's claimcheck, each in a
    process of its own, taken in turns so that other work on the machine weighs on all alike."""
    pythons = [sys.executable, *compare]
    runs: dict[str, list[tuple[float, float]]] = {python: [] for python in pythons}
    for _ in range(sizes.library_runs):
        for python in pythons:
            runs[python].append(claims_cpu(python, path))
    for python in pythons:
        load, check = min(runs[python], key=sum)
        results.rows.append(
            Row(
                f"the same, side by side in turns (best of {sizes.library_runs}: load "
                f"{load:.2f} s, check {check:.2f} s CPU; {python})",
                f"{sizes.claims / (load + check):,.0f} claims/s",
                "",
                None,
            )
        )


def profile_library(path: Path, top: int = 25) -> str:
    """Where loading and checking one large file spends its time (cProfile, own time)."""
    import claimcheck

    profiler = cProfile.Profile()
    profiler.enable()
    claimcheck.check(claimcheck.load(path))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# 3. Many files, one process against two ---------------------------------------------------------


def measure_jobs(
    sizes: Sizes, folder: Path, results: Results, *, quick: bool, compare: Sequence[str] = ()
) -> None:
    stories = folder / "stories"
    write_claim_folder(stories, sizes.files)
    commands = {
        jobs: claimcheck_command("check", str(stories), "--jobs", str(jobs)) for jobs in (1, 2)
    }
    # A generated story may hold a contradicted claim on purpose: exit 1 is expected.
    timed_run(commands[1], ok=(0, 1))
    times: dict[int, list[Timing]] = {1: [], 2: []}
    for _ in range(sizes.jobs_runs):
        # Alternate the two, so that other work on the machine weighs on both alike.
        for jobs, command in commands.items():
            times[jobs].append(timed_run(command, ok=(0, 1)))
    walls = {jobs: min(run.wall for run in runs) for jobs, runs in times.items()}
    speed_up = walls[1] / walls[2]
    results.rows.append(
        Row(
            f"{sizes.files:,} generated claim files (8 claims each), `--jobs 1` "
            f"(wall-clock, best of {sizes.jobs_runs})",
            f"{walls[1]:.2f} s",
            "",
            None,
        )
    )
    results.rows.append(
        Row(
            f"the same with `--jobs 2` ({os.cpu_count()} cores), wall-clock",
            f"{walls[2]:.2f} s, {speed_up:.2f}× faster",
            "",
            None,
        )
    )
    for python in [sys.executable, *compare]:
        idle, detail = idle_speed_up(python, stories, sizes.jobs_runs)
        results.rows.append(
            Row(
                f"`--jobs 2` against `--jobs 1` on two idle cores, from CPU time ({detail}; "
                f"{python})",
                f"{idle:.2f}×",
                f">= {SPEED_UP_TARGET}×",
                None if quick or python != sys.executable else idle >= SPEED_UP_TARGET,
            )
        )


def jobs_cpu(python: str, folder: Path, workers: int) -> tuple[float, float]:
    """The main process's and the workers' CPU seconds for ``--jobs workers`` (_jobs_cpu.py)."""
    script = Path(__file__).resolve().parent / "_jobs_cpu.py"
    result = subprocess.run(
        [python, str(script), str(folder), str(workers)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return float(data["main"]), float(data["workers"])


def idle_speed_up(python: str, folder: Path, runs: int) -> tuple[float, str]:
    """The speed-up ``--jobs 2`` gives on two idle cores, worked out from CPU time.

    With one process the run takes its CPU time. With two workers it takes at least the main
    process's own CPU (start-up, sending the files out, joining what comes back; none of it
    assumed to overlap the workers) plus half the workers' CPU (the files shared evenly). The
    ratio is what an idle two-core machine would show at best, and load disturbs it far less
    than a wall-clock ratio. Best of ``runs`` for each.
    """
    one = min(sum(jobs_cpu(python, folder, 1)) for _ in range(runs))
    splits = [jobs_cpu(python, folder, 2) for _ in range(runs)]
    main, workers = min(splits, key=lambda split: split[0] + split[1] / 2)
    two = main + workers / 2
    detail = (
        f"`--jobs 1` {one:.2f} s CPU; `--jobs 2` main process {main:.2f} s + workers "
        f"{workers:.2f} s CPU"
    )
    return one / two, detail


# Output -----------------------------------------------------------------------------------------


def machine() -> str:
    load = ""
    if hasattr(os, "getloadavg"):
        load = f" (load average {os.getloadavg()[0]:.1f} at the end of the run)"
    return (
        f"{platform.python_implementation()} {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores{load}"
    )


def markdown(results: Results, budget: ImportBudget | None, command: str) -> str:
    def verdict(met: bool | None) -> str:
        return "" if met is None else ("met" if met else "**missed**")

    lines = [
        f"Measured {datetime.date.today().isoformat()} with {machine()}, by `{command}`.",
        "",
        "| measure | result | target | |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {r.what} | {r.measured} | {r.target} | {verdict(r.met)} |" for r in results.rows]
    if budget is not None:
        lines += ["", "| slowest top-level imports | cumulative |", "| --- | ---: |"]
        lines += [f"| `{name}` | {us / 1000:.1f} ms |" for name, us in budget.slowest]
    if results.notes:
        lines += ["", *results.notes]
    return "\n".join(lines)


def plain(results: Results, budget: ImportBudget | None) -> str:
    lines = [machine(), ""]
    for row in results.rows:
        mark = "" if row.met is None else ("  [met]" if row.met else "  [MISSED]")
        target = f"  (target {row.target})" if row.target else ""
        lines.append(f"{row.measured:>24}  {row.what}{target}{mark}")
    if budget is not None:
        lines += ["", "slowest top-level imports (cumulative):"]
        lines += [f"{us / 1000:>10.1f} ms  {name}" for name, us in budget.slowest]
    lines += ["", *results.notes]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--profile", action="store_true", help="profile the library run")
    parser.add_argument(
        "--compare",
        metavar="PYTHON",
        action="append",
        default=[],
        help=(
            "also measure claims a second and work out the --jobs speed-up with this "
            "interpreter's claimcheck (side by side, in turns)"
        ),
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    results = Results()
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as name:
        folder = Path(name)
        # The commands run as they do after an install, from cached bytecode (kept in the
        # temporary folder, so nothing is written beside the sources).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        measure_cli(sizes, results, quick=args.quick)
        budget = measure_imports(sizes, results)
        measure_library(
            sizes, folder, results, quick=args.quick, profile=args.profile, compare=args.compare
        )
        measure_jobs(sizes, folder, results, quick=args.quick, compare=args.compare)
    command = "python benchmarks/speed.py" + (" --quick" if args.quick else "")
    print(markdown(results, budget, command) if args.markdown else plain(results, budget))
    return 0


if __name__ == "__main__":
    sys.exit(main())
