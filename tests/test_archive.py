"""The Dask recipe of docs/archive.md, run as written on a local cluster of two workers."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck import batch
from claimcheck.model import Report
from claimcheck.report import render

ROOT = Path(__file__).resolve().parents[1]
RECIPE = ROOT / "docs" / "archive.md"


def recipe() -> dict[str, Any]:
    """The recipe's first Python block, run as a module of its own."""
    blocks = re.findall(r"```python\n(.*?)```", RECIPE.read_text(encoding="utf-8"), re.DOTALL)
    namespace: dict[str, Any] = {"__name__": "claimcheck_archive_recipe"}
    exec(compile(blocks[0], str(RECIPE), "exec"), namespace)
    return namespace


def test_the_core_never_imports_dask() -> None:
    import subprocess

    code = (
        "import sys, claimcheck, claimcheck.batch, claimcheck.checking, claimcheck.cli;"
        "claimcheck.check(claimcheck.load('claims/west-midlands-2016.yaml'));"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_recipe_on_a_local_cluster_of_two_workers(tmp_path: Path) -> None:
    pytest.importorskip("dask", reason="the archive recipe needs the 'archive' extra (Dask)")
    distributed = pytest.importorskip(
        "distributed", reason="the archive recipe needs the 'archive' extra (dask.distributed)"
    )
    archive = tmp_path / "archive"
    for name in ("one", "two", "three"):
        story = archive / name
        story.mkdir(parents=True)
        for source in (ROOT / "claims").iterdir():
            shutil.copy(source, story / source.name)
    (archive / "three" / "broken.yaml").write_text("claims: [\n", encoding="utf-8")
    steps = recipe()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        results = steps["check_archive"](client, [str(archive)], files_a_partition=1)
    files, _ = batch.expand([str(archive)])
    assert [result["path"] for result in results] == files
    for result, outcome in zip(
        results, batch.run([batch.Job(f) for f in files]).outcomes, strict=True
    ):
        if outcome.report is None:
            assert result["report"] is None
            assert result["problems"] == [str(p) for p in outcome.problems]
        else:
            assert result["report"] == render(Report.merge([outcome.report]), "json")
            assert result["problems"] == []
    failed = steps["write_reports"](results, tmp_path / "reports")
    assert failed == 1
    written = sorted((tmp_path / "reports").iterdir())
    assert len(written) == len(files)
    assert all(isinstance(json.loads(path.read_text(encoding="utf-8")), dict) for path in written)
