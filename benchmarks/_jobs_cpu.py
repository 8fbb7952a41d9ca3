"""Where the CPU of ``claimcheck check FOLDER --jobs N`` goes: ``python _jobs_cpu.py FOLDER N``.

Runs what the command runs (the batch, then the text report written to the null device) in
this process, and prints one line of JSON: the main process's CPU seconds from start-up to the
written report (``RUSAGE_SELF``) and the workers' (``RUSAGE_CHILDREN``). CPU time is what a
loaded machine disturbs least, so the speed-up two idle cores would give can be worked out
from it (``speed.py``). Works with an older claimcheck too (one without rendering in parts),
so the previous main can be measured side by side with its own interpreter.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    from claimcheck import batch

    folder, workers = sys.argv[1], int(sys.argv[2])
    files, _ = batch.expand([folder])
    gc.disable()  # as the command does
    jobs = [batch.Job(path) for path in files]
    with open(os.devnull, "w", encoding="utf-8") as out:
        try:
            from claimcheck.report.parts import Style, write_parts
        except ImportError:  # a claimcheck from before rendering in parts
            from claimcheck.report import render

            out.write(render(batch.run(jobs, workers=workers).report, "text"))
        else:
            style = Style("text")
            write_parts(batch.run(jobs, workers=workers, style=style).parts, style, out)
    main_cpu, workers_cpu = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    print(json.dumps({"main": main_cpu, "workers": workers_cpu}))


if __name__ == "__main__":
    main()
