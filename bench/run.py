"""Lägesbild's performance benchmark: one command, medians and ratios from the same run.

    .venv/bin/python bench/run.py            # everything (a few minutes), prints a table
    .venv/bin/python bench/run.py --quick    # fewer repeats (a smoke run, not for the record)
    .venv/bin/python bench/run.py --json     # machine-readable
    .venv/bin/python bench/run.py --only pdf,radar

Groups (``--only``):
  startup    whole process, ``lagesbild --db <demo store>`` until the main window's first paint,
             against a bare PySide6 QApplication + QMainWindow (target ≤ 2.0×)
  dashboard  whole process until the dashboard is painted with all charts, against a bare
             window with one pyqtgraph PlotWidget (target ≤ 1.3×)
  pdf        in-process: report content + PDF/A of the demo organisation (target ≤ 0.5 s)
  large      50 organisations × 20 years + 20,000 activities: whole-process dashboard against
             the demo store (≤ 1.5×), filtering the action plan table (≤ 50 ms), peak RSS of the
             process that showed dashboard + action plan (≤ 250 MB)
  radar      in-process: switching the dashboard's benchmark year, and the organisation, until
             the radar is painted again (≤ 16 ms); a full run pools three fresh processes

Whole-process runs spawn the real ``lagesbild`` entry point with
``LAGESBILD_BENCH_EXIT_AFTER_PAINT`` (see ``ui/application.py``): it prints a timestamp after
the paint and exits. Runs are interleaved (app, baseline, app, …) after one warm-up of each
command, so the OS file cache is warm for all of them and drift hits both sides alike. Every
child runs offscreen with throw-away config folders and its own copy of the store.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import selectors
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    BENCH_DIR,
    BENCH_ENV,
    MARKER,
    PYTHON,
    Metric,
    Samples,
    child_env,
    compile_bytecode,
    render_table,
    scratch_dir,
)

GROUPS = ("startup", "dashboard", "pdf", "large", "radar")

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
if PLOT:
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.plot([2017, 2018, 2019, 2020, 2021], [1.0, 1.4, 1.3, 2.0, 2.2], symbol="o")
    window.setCentralWidget(plot)


def report():
    stamp = time.time()
    print(f"MARKER first_paint {stamp:.6f} 0", flush=True)
    print(f"MARKER ready_paint {stamp:.6f} 0", flush=True)
    app.exit(0)


class Once(QObject):
    fired = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, report)
        return False


once = Once()
# The plot covers the whole window, which then gets no paint event of its own: watch the
# plot's viewport (the same pass paints everything).
(plot.viewport() if PLOT else window).installEventFilter(once)
window.show()
app.exec()
"""


def baseline_command(plot: bool) -> list[str]:
    code = BASELINE.replace("PLOT", repr(plot)).replace("MARKER", MARKER)
    return [PYTHON, "-c", code]


def app_command(db: Path) -> list[str]:
    """The installed ``lagesbild`` script (what users start), else the same call via -c."""
    script = Path(PYTHON).with_name("lagesbild")
    if script.exists():
        return [str(script), "--db", str(db)]
    return [PYTHON, "-c", "import sys; from app.cli import main; sys.exit(main())", "--db", str(db)]


# -- whole-process runs ----------------------------------------------------------------------


class ChildFailed(RuntimeError):
    pass


def time_process(
    command: list[str], event: str, mode: str, scratch: Path, timeout: float = 120.0
) -> float:
    """Seconds from spawning ``command`` until it printed ``event`` (wall clock, same machine)."""
    env = child_env(scratch)
    env[BENCH_ENV] = mode
    errors = scratch / "stderr.txt"
    with errors.open("w") as err:
        start = time.time()
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err, text=True, env=env, cwd=scratch
        )
        stamp = None
        assert child.stdout is not None
        deadline = start + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while stamp is None and time.time() < deadline:
                if not selector.select(timeout=max(0.0, deadline - time.time())):
                    break
                line = child.stdout.readline()
                if not line:  # the child ended without the event
                    break
                parts = line.split()
                if len(parts) >= 3 and parts[0] == MARKER and parts[1] == event:
                    stamp = float(parts[2])
        try:
            child.communicate(timeout=15.0 if stamp is not None else 0.1)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
    if stamp is None:
        tail = errors.read_text(errors="replace")[-2000:]
        raise ChildFailed(f"{' '.join(command[:3])} … printed no {event}:\n{tail}")
    return stamp - start


class ColdStarts:
    """Named whole-process commands, measured interleaved after one warm-up each."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.commands: dict[str, tuple[Callable[[], list[str]], str, str]] = {}
        self.samples: dict[str, Samples] = {}

    def add(self, name: str, command: Callable[[], list[str]], event: str, mode: str) -> None:
        self.commands[name] = (command, event, mode)

    def run(self, rounds: int, log: Callable[[str], None]) -> None:
        names = list(self.commands)
        for name in names:
            self.samples[name] = Samples()
        for round_ in range(rounds + 1):
            order = names[round_ % len(names) :] + names[: round_ % len(names)]
            for name in order:
                command, event, mode = self.commands[name]
                folder = self.scratch / name
                folder.mkdir(exist_ok=True)
                seconds = time_process(command(), event, mode, folder)
                if round_ > 0:
                    self.samples[name].add(seconds)
            log(f"  varv {round_}/{rounds}" + (" (uppvärmning)" if round_ == 0 else ""))


# -- probes ----------------------------------------------------------------------------------


def run_probe(name: str, db: Path, repeat: int, scratch: Path) -> dict:
    folder = scratch / f"probe-{name}"
    folder.mkdir(exist_ok=True)
    env = child_env(folder)
    result = subprocess.run(
        [PYTHON, str(BENCH_DIR / "probe.py"), name, "--db", str(db), "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=1800,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise ChildFailed(f"probe {name} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(lines[-1])


# -- machine ---------------------------------------------------------------------------------


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    memory = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass

    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    return {
        "date": date.today().isoformat(),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": version("PySide6-Essentials") or version("PySide6"),
        "pyqtgraph": version("pyqtgraph"),
        "sqlite_utils": version("sqlite-utils"),
        "reportlab": version("reportlab"),
        "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "load_average": _load(),
    }


def _load() -> list[float] | None:
    """Other work on the machine skews timings; the 1/5/15-minute load is printed with them."""
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except OSError:
        return None


# -- main ------------------------------------------------------------------------------------


def run(groups: list[str], quick: bool, log: Callable[[str], None]) -> tuple[list[Metric], dict]:
    from bench import stores

    # 15 rounds: on a shared VM single starts vary by ±30 % (bimodal), 9 left the medians jumpy.
    cold_rounds = 3 if quick else 15
    pdf_repeat = 3 if quick else 9
    radar_repeat = 20 if quick else 40
    # Redraw times move together within a process (CPU state, caches, the VM's neighbours):
    # a full run pools the samples of three fresh processes instead of trusting one.
    radar_processes = 1 if quick else 3
    filter_rounds = 1 if quick else 3
    metrics: list[Metric] = []
    details: dict[str, object] = {}

    with scratch_dir("run") as tmp:
        scratch = Path(tmp)
        demo = None
        if {"startup", "dashboard", "pdf", "large", "radar"} & set(groups):
            log("Skapar demodatabasen …")
            demo = stores.demo_store(scratch)
        large = stores.ensure_large_store(log) if "large" in groups else None

        def store_copy(source: Path, name: str) -> Callable[[], list[str]]:
            # One copy per command for the whole session: the warm-up run takes the store's
            # daily backup, the measured runs then start as on any later start that day.
            path = stores.copy_store(source, scratch / "stores" / name, "store.db")
            return lambda: app_command(path)

        cold = ColdStarts(scratch)
        if "startup" in groups:
            cold.add("app_first", store_copy(demo, "first"), "first_paint", "first")
            cold.add("bare_window", lambda: baseline_command(False), "first_paint", "first")
        if "dashboard" in groups or "large" in groups:
            cold.add("app_ready", store_copy(demo, "ready"), "ready_paint", "ready")
        if "dashboard" in groups:
            cold.add("bare_plot", lambda: baseline_command(True), "ready_paint", "first")
        if "large" in groups:
            cold.add("large_ready", store_copy(large, "large"), "ready_paint", "ready")
        if cold.commands:
            log(f"Kallstarter (hela processen): {', '.join(cold.commands)}")
            cold.run(cold_rounds, log)
            details["cold_starts"] = {k: v.values for k, v in cold.samples.items()}
        s = cold.samples

        if "startup" in groups:
            metrics.append(
                Metric(
                    "startup_first_paint",
                    "Kallstart till första målning (demo)",
                    "s",
                    s["app_first"],
                    s["bare_window"],
                    "tomt QMainWindow",
                    2.0,
                    ratio=True,
                )
            )
        if "dashboard" in groups:
            metrics.append(
                Metric(
                    "startup_dashboard",
                    "Kallstart till ritad översikt (demo)",
                    "s",
                    s["app_ready"],
                    s["bare_plot"],
                    "fönster + 1 PlotWidget",
                    1.3,
                    ratio=True,
                )
            )
        if "large" in groups:
            metrics.append(
                Metric(
                    "large_dashboard",
                    "Kallstart till ritad översikt (stor db)",
                    "s",
                    s["large_ready"],
                    s["app_ready"],
                    "demo-db",
                    1.5,
                    ratio=True,
                )
            )

        if "pdf" in groups:
            log("PDF-rapport (i processen) …")
            result = run_probe(
                "pdf", stores.copy_store(demo, scratch / "pdf", "demo.db"), pdf_repeat, scratch
            )
            details["pdf"] = result
            metrics.append(
                Metric(
                    "pdf_report",
                    f"PDF-rapport, innehåll + PDF/A ({result['year']})",
                    "s",
                    Samples(result["total"]),
                    target=0.5,
                )
            )

        if "large" in groups:
            log("Stor databas: översikt, handlingsplan, filter, minne …")
            result = run_probe(
                "large",
                stores.copy_store(large, scratch / "large-probe", "large.db"),
                filter_rounds,
                scratch,
            )
            details["large"] = result
            metrics.append(
                Metric(
                    "large_filter",
                    f"Filtrera handlingsplanen ({result['rows']} rader)",
                    "ms",
                    Samples(result["filter"]),
                    target=0.050,
                    note=f"{len(result['per_operation'])} filterbyten × {filter_rounds} varv",
                )
            )
            metrics.append(
                Metric(
                    "large_first_search",
                    "Första sökningen efter inläsning (stor db)",
                    "ms",
                    Samples([result["first_search"]]),
                )
            )
            metrics.append(
                Metric(
                    "large_actions_page",
                    "Visa handlingsplanen (stor db, i processen)",
                    "ms",
                    Samples([result["actions_shown"]]),
                )
            )
            metrics.append(
                Metric(
                    "large_peak_rss",
                    "Högsta RSS, stor db: översikt + handlingsplan",
                    "MB",
                    Samples([result["maxrss_mb"]]),
                    target=250.0,
                )
            )

        if "radar" in groups:
            log("Spindeldiagrammet: byte av jämförelseår och organisation …")
            runs = [
                run_probe(
                    "radar",
                    stores.copy_store(demo, scratch / f"radar-{n}", "demo.db"),
                    radar_repeat,
                    scratch,
                )
                for n in range(radar_processes)
            ]
            result = {
                key: [value for run_ in runs for value in run_[key]]
                for key in ("benchmark_switch", "radar_only", "organisation_switch")
            }
            details["radar"] = runs
            metrics.append(
                Metric(
                    "radar_benchmark_switch",
                    "Byt jämförelseår, omritat",
                    "ms",
                    Samples(result["benchmark_switch"]),
                    target=0.016,
                )
            )
            metrics.append(
                Metric(
                    "radar_only_redraw",
                    "Spindeldiagrammet ensamt: nya data, omritat",
                    "ms",
                    Samples(result["radar_only"]),
                )
            )
            metrics.append(
                Metric(
                    "radar_organisation_switch",
                    "Byt organisation, omritat",
                    "ms",
                    Samples(result["organisation_switch"]),
                    target=0.016,
                )
            )
    return metrics, details


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Lägesbild prestandamätning",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats (smoke run)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--only", default=",".join(GROUPS), help=f"comma-separated groups: {','.join(GROUPS)}"
    )
    args = parser.parse_args(argv)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}")

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    info = machine()
    compile_bytecode()
    started = time.time()
    try:
        metrics, details = run(groups, args.quick, log)
    except ChildFailed as exc:
        log(f"Mätningen misslyckades: {exc}")
        return 1
    summary = {
        "machine": info,
        "quick": args.quick,
        "groups": groups,
        "seconds": round(time.time() - started, 1),
        "load_average_after": _load(),
        "metrics": [m.as_dict() for m in metrics],
        "details": details,
        "all_passed": all(m.passed is not False for m in metrics),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(
            f"Lägesbild bench {info['date']} · {info['nproc']} kärnor · {info['cpu']} · "
            f"{info['ram_gib']} GiB · Python {info['python']} · PySide6 {info['pyside6']} · "
            f"pyqtgraph {info['pyqtgraph']}" + (" · --quick" if args.quick else "")
        )
        print(render_table(metrics))
        passed = sum(1 for m in metrics if m.passed)
        targets = sum(1 for m in metrics if m.passed is not None)
        print(
            f"{passed}/{targets} mål nådda · {summary['seconds']} s · belastning före/efter "
            f"{info['load_average']} / {summary['load_average_after']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
