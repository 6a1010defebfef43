"""Shared helpers of the benchmark: paths, the child-process environment, statistics.

Nothing here imports Qt or the app, so ``bench/run.py`` stays a light parent process that only
spawns children and does arithmetic.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
PYTHON = sys.executable
BENCH_ENV = "LAGESBILD_BENCH_EXIT_AFTER_PAINT"
MARKER = "LAGESBILD_BENCH"


def source_hash(paths: Iterable[Path], extra: str = "") -> str:
    """A short hash of files' contents: a cached store is rebuilt when what made it changes."""
    digest = hashlib.sha256(extra.encode())
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def child_env(scratch: Path) -> dict[str, str]:
    """Offscreen Qt and throw-away config/data folders, so no run touches the user's settings
    (window geometry, last store) and every run starts from the same state."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = scratch / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    # PYTHONDONTWRITEBYTECODE (set on some build machines) would make every child compile the
    # app's modules from source on each start; an installed Lägesbild always has its bytecode
    # (pip compiles at install, PyInstaller ships it), so the children may write and use it.
    for name in ("LAGESBILD_DB", "LAGESBILD_DATA_DIR", BENCH_ENV, "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def compile_bytecode() -> None:
    """Byte-compile the app before measuring, as an installation would have done."""
    import compileall

    for package in ("app", "ui"):
        compileall.compile_dir(str(REPO / package), quiet=1, force=False)


def scratch_dir(prefix: str) -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix=f"lagesbild-bench-{prefix}-")


@dataclass
class Samples:
    """Timings (seconds) or sizes of one metric, with the summary the table prints."""

    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def low(self) -> float:
        return min(self.values) if self.values else float("nan")

    @property
    def high(self) -> float:
        return max(self.values) if self.values else float("nan")

    @property
    def iqr(self) -> tuple[float, float]:
        if len(self.values) < 4:
            return self.low, self.high
        q = statistics.quantiles(self.values, n=4, method="inclusive")
        return q[0], q[2]


@dataclass
class Metric:
    """One row of the result table."""

    key: str
    title: str
    unit: str  # "s", "ms" or "MB"
    samples: Samples
    baseline: Samples | None = None
    baseline_title: str = ""
    #: Either a ratio target (``ratio=True``: median / baseline median <= target) or an
    #: absolute one in the stored unit (seconds for "s" and "ms" rows, MB for "MB").
    target: float | None = None
    ratio: bool = False
    note: str = ""

    @property
    def value(self) -> float:
        return self.samples.median

    @property
    def ratio_value(self) -> float | None:
        if self.baseline is None or not self.baseline.values or self.baseline.median == 0:
            return None
        return self.samples.median / self.baseline.median

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        measured = self.ratio_value if self.ratio else self.value
        if measured is None or measured != measured:  # NaN: nothing measured
            return False
        return measured <= self.target

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "title": self.title,
            "unit": self.unit,
            "median": _round(self.value),
            "min": _round(self.samples.low),
            "max": _round(self.samples.high),
            "q1_q3": [_round(v) for v in self.samples.iqr],
            "runs": len(self.samples.values),
            "samples": [_round(v) for v in self.samples.values],
            "baseline": None
            if self.baseline is None
            else {
                "title": self.baseline_title,
                "median": _round(self.baseline.median),
                "min": _round(self.baseline.low),
                "max": _round(self.baseline.high),
                "runs": len(self.baseline.values),
                "samples": [_round(v) for v in self.baseline.values],
            },
            "ratio": _round(self.ratio_value) if self.ratio_value is not None else None,
            "target": self.target,
            "target_is_ratio": self.ratio,
            "passed": self.passed,
            "note": self.note,
        }


def _round(value: float | None) -> float | None:
    if value is None or value != value:
        return None
    return round(value, 6)


def scaled(value: float, unit: str) -> float:
    """Seconds are stored; ``ms`` rows print milliseconds."""
    return value * 1000 if unit == "ms" else value


def fmt(value: float, unit: str) -> str:
    if value != value:
        return "–"
    shown = scaled(value, unit)
    if unit == "ms":
        return f"{shown:.1f} ms" if shown < 100 else f"{shown:.0f} ms"
    if unit == "MB":
        return f"{shown:.0f} MB"
    return f"{shown:.3f} s"


def fmt_spread(samples: Samples, unit: str) -> str:
    if not samples.values:
        return "–"
    low, high = scaled(samples.low, unit), scaled(samples.high, unit)
    digits = 0 if unit == "MB" or (unit == "ms" and high >= 100) else (1 if unit == "ms" else 3)
    return f"{low:.{digits}f}–{high:.{digits}f} (n={len(samples.values)})"


def fmt_target(metric: Metric) -> str:
    if metric.target is None:
        return "–"
    if metric.ratio:
        return f"≤ {metric.target:g}×"
    return f"≤ {fmt(metric.target, metric.unit)}"


def render_table(metrics: Sequence[Metric]) -> str:
    header = ("metric", "median", "spread min–max", "baseline", "ratio", "target", "result")
    rows = [header]
    for m in metrics:
        result = {True: "PASS", False: "MISS", None: "info"}[m.passed]
        rows.append(
            (
                m.title,
                fmt(m.value, m.unit),
                fmt_spread(m.samples, m.unit),
                "–"
                if m.baseline is None
                else f"{fmt(m.baseline.median, m.unit)} ({m.baseline_title})",
                "–" if m.ratio_value is None else f"{m.ratio_value:.2f}×",
                fmt_target(m),
                result,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
