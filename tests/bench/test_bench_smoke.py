"""The benchmark script works (``bench/run.py --quick --only pdf --json``); no timing is asserted.

Speed targets are checked by running ``make bench`` on a quiet machine, never in the test suite:
timings on a shared CI runner say little and would make the suite flaky.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_pdf_quick_runs_and_reports_json(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--only", "pdf", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout)
    assert summary["quick"] is True
    assert summary["machine"]["nproc"] >= 1
    (metric,) = summary["metrics"]
    assert metric["key"] == "pdf_report"
    assert metric["runs"] == len(metric["samples"]) >= 3
    assert metric["median"] > 0
    assert metric["target"] == 0.5
    assert metric["passed"] in (True, False)
    assert summary["details"]["pdf"]["bytes"] > 10_000


def test_table_renders_ratio_and_result() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.common import Metric, Samples, render_table

    table = render_table(
        [
            Metric(
                "a",
                "Kallstart",
                "s",
                Samples([0.5, 0.4, 0.6]),
                Samples([0.2, 0.25]),
                "tomt",
                2.0,
                ratio=True,
            ),
            Metric("b", "Filter", "ms", Samples([0.010, 0.020]), target=0.050),
            Metric("c", "Minne", "MB", Samples([300.0]), target=250.0),
        ]
    )
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["metric", "median"]
    assert "2.22×" in lines[2] and "MISS" in lines[2]
    assert "15.0 ms" in lines[3] and "PASS" in lines[3]
    assert "300 MB" in lines[4] and "MISS" in lines[4]
