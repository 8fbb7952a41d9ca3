"""Where ``claimcheck check`` spends its start-up: ``python benchmarks/startup_split.py``.

``benchmarks/startup.py`` gives the ratios of issue 13; this script says where the time goes,
for the next change to aim at. Each run is a fresh interpreter (cached bytecode, as in
startup.py) that takes the steps of ``claimcheck check claims/west-midlands-2016.yaml`` one
at a time and reads its own CPU clock (``time.process_time``) between them:

1. ``import pydantic, yaml`` (what the target divides by);
2. ``from pydantic import BaseModel`` (pydantic-core's schema types, the model machinery);
3. ``import claimcheck.model`` (the result models: pydantic's lazy imports at the first model
   it builds, among them ``importlib.metadata`` for its plugin loader);
4. the command's other imports: the parser, the command module, the batch runner, the loader
   (with the claim-file schema models) and the text report;
5. the first check, in the process: the engine's imports and the patterns the story uses;
6. a second check of the same file: the work itself.

It also sums, over the whole run, the CPU of compiling regular expressions and of creating
dataclasses (wrapped around ``re._compiler.compile`` and ``dataclasses._process_class``, so
those two figures carry a little overhead of their own). The figure printed is the median of
``--runs`` interpreters. ``--against FOLDER`` measures another checkout in turns with this
one, as startup.py does.

``--floor`` measures instead what any command that builds a pydantic model pays: a process
that imports pydantic and PyYAML, defines one model of one described field and makes one
instance, against ``python -c "import pydantic, yaml"`` (median CPU of ``--runs`` turns each,
taking turns, as in startup.py). The script times; no test times anything.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: prints one JSON object of CPU seconds by step.
_CHILD = r"""
import time
clock = time.process_time
spent = {"compile patterns": 0.0, "create dataclasses": 0.0}

def _timed(name, function):
    def timed(*args, **kwargs):
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += clock() - start
    return timed

import dataclasses, re._compiler
re._compiler.compile = _timed("compile patterns", re._compiler.compile)
dataclasses._process_class = _timed("create dataclasses", dataclasses._process_class)
import contextlib, io, json, sys
steps = {}
start = mark = clock()

def step(name):
    global mark
    now = clock()
    steps[name] = now - mark
    mark = now

import pydantic, yaml
step("import pydantic, yaml")
from pydantic import BaseModel
step("from pydantic import BaseModel")
import claimcheck.model
step("import claimcheck.model")
import claimcheck.cli, claimcheck.cli.check, claimcheck.batch, claimcheck.claimfile.loader
import claimcheck.report.text
step("the command's other imports")
for name in ("first check (engine imports, patterns)", "second check (the work)"):
    with contextlib.redirect_stdout(io.StringIO()):
        claimcheck.cli.main(["check", "claims/west-midlands-2016.yaml"])
    step(name)
steps["all of it, after the interpreter's start"] = clock() - start
steps.update(spent)
print(json.dumps(steps))
"""


def split(runs: int, against: Path | None = None) -> dict[str, dict[str, float]]:
    """The median CPU seconds of each step over ``runs`` fresh interpreters, by checkout.

    The installed claimcheck is "this checkout"; ``against`` is another checkout's folder,
    imported through ``PYTHONPATH`` (the child runs with ``-P``, so the working folder does not
    come first), the two taking turns.
    """
    found: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="claimcheck-split-") as cache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        envs = {"this checkout": env}
        if against is not None:
            envs[str(against.resolve())] = dict(env, PYTHONPATH=str(against.resolve()))
        for run in range(runs + 1):
            for label, child_env in envs.items():
                done = subprocess.run(
                    [sys.executable, "-P", "-c", _CHILD],
                    cwd=ROOT,
                    env=child_env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                if run == 0:
                    continue  # the first run writes the bytecode cache
                steps = json.loads(done.stdout.splitlines()[-1])
                for name, seconds in steps.items():
                    found.setdefault(label, {}).setdefault(name, []).append(seconds)
    return {
        label: {name: statistics.median(values) for name, values in steps.items()}
        for label, steps in found.items()
    }


_FLOOR = {
    'python -c "import pydantic, yaml"': "import pydantic, yaml",
    "the same, then one pydantic model built and used": (
        "import pydantic, yaml\n"
        "from pydantic import BaseModel, Field\n"
        "class One(BaseModel):\n"
        "    text: str = Field(description='one field')\n"
        "One(text='x')\n"
    ),
}


def floor(runs: int) -> dict[str, float]:
    """The median CPU seconds of each ``_FLOOR`` program, the two taking turns."""
    found: dict[str, list[float]] = {name: [] for name in _FLOOR}
    with tempfile.TemporaryDirectory(prefix="claimcheck-floor-") as cache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(runs + 1):
            for name, program in _FLOOR.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run([sys.executable, "-c", program], env=env, check=True)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if run:  # the first round writes the bytecode cache
                    spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                    found[name].append(spent)
    return {name: statistics.median(values) for name, values in found.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="interpreters to take the median of")
    parser.add_argument(
        "--against", type=Path, metavar="FOLDER", help="another checkout, measured in turns"
    )
    parser.add_argument(
        "--floor", action="store_true", help="what building one pydantic model costs instead"
    )
    options = parser.parse_args(argv)
    if options.floor:
        found = floor(options.runs)
        base = found[next(iter(found))]
        for name, seconds in found.items():
            print(f"  {seconds:6.3f} s CPU  {seconds / base:5.2f}x  {name}")
        return 0
    for label, steps in split(options.runs, options.against).items():
        print(f"{label}:")
        for name, seconds in steps.items():
            print(f"  {seconds:6.3f} s CPU  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
