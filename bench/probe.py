"""In-process measurements, each run by ``bench/run.py`` in a fresh child process.

    python bench/probe.py pdf    --db DEMO.db  --repeat 7
    python bench/probe.py radar  --db DEMO.db  --repeat 60
    python bench/probe.py large  --db LARGE.db --repeat 5

Each prints one JSON object on its last stdout line. Times are ``time.perf_counter`` seconds.
A fresh process per probe keeps one probe's caches and memory out of another's figures (the
``large`` probe's peak RSS is the whole process that opened the large store).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEMO_ORGANISATION = "Demoköpings kommun"
BENCHMARK_YEAR = 2023


def probe_pdf(db: Path, repeat: int) -> dict[str, object]:
    """Report content + PDF/A of the demo organisation's latest year, after one warm-up."""
    from app.report import build_pdf, build_report_content
    from app.services.workspace import Workspace

    with Workspace.open(db, read_only=True) as workspace, tempfile.TemporaryDirectory() as tmp:
        organisation = workspace.find_organisation(DEMO_ORGANISATION)
        assert organisation.id is not None
        year = max(workspace.years(organisation.id))
        totals, contents, pdfs = [], [], []
        for run in range(repeat + 1):
            start = time.perf_counter()
            content = build_report_content(workspace, organisation, year, None, BENCHMARK_YEAR)
            middle = time.perf_counter()
            build_pdf(content, Path(tmp) / f"rapport-{run}.pdf")
            end = time.perf_counter()
            if run == 0:
                continue  # warm-up: imports, fonts, reference caches
            totals.append(end - start)
            contents.append(middle - start)
            pdfs.append(end - middle)
        size = (Path(tmp) / f"rapport-{repeat}.pdf").stat().st_size
    return {"total": totals, "content": contents, "pdf": pdfs, "bytes": size, "year": year}


# -- GUI probes ------------------------------------------------------------------------------


def _Painted(widget):  # noqa: N802 - reads like the class it returns
    """A counter of ``widget``'s paint events (a chart's or a table's viewport)."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self, watched) -> None:
            super().__init__(watched)
            self.count = 0
            watched.installEventFilter(self)

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return PaintCounter(widget)


def _until_painted(app, painted, before: int, limit: float = 5.0) -> bool:
    """Let Qt finish the change: process the pending events (layout, the queued update and
    its paint); when Qt decided nothing needed a repaint, force one so every sample includes a
    paint. Returns False when even that did not paint (the widget is not visible)."""
    deadline = time.perf_counter() + limit
    for _ in range(10):  # a view lays out on a zero timer and paints on the next turn
        app.processEvents()
        if painted.count != before:
            break
    if painted.count == before:
        painted.parent().repaint()
    while painted.count == before and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()  # whatever the paint queued (pyqtgraph's deferred updates)
    return painted.count != before


def _gui(db: Path, scratch: Path):
    from PySide6.QtCore import QSettings

    from app.services.workspace import Workspace
    from ui.application import SCREENSHOT_SIZE, create_application
    from ui.dialogs.messages import UnsavedChoice
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    app = create_application("offscreen")
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    start = time.perf_counter()
    workspace = Workspace.open(db)
    # Never a modal question (it would wait for a click that never comes).
    window = MainWindow(workspace, settings, ask_unsaved=lambda *_: UnsavedChoice.DISCARD)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    return app, window, start


def _wait_for_all_pages(app, window, limit: float = 60.0) -> None:
    """The window builds its hidden pages after the first one is painted: let it finish, so
    no page build lands inside a measurement (the steady state a user works in)."""
    deadline = time.perf_counter() + limit
    while len(window.pages) < len(window.specs) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(5):
        app.processEvents()


def _wait_for_page(app, window, key: str, limit: float = 60.0):
    deadline = time.perf_counter() + limit
    while key not in window.pages:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError(f"page {key} was never built")
    return window.pages[key]


def _time_switches(
    app, painted, actions: list[Callable[[], object]], repeat: int
) -> tuple[list[float], int]:
    samples, unpainted = [], 0
    for n in range(repeat):
        action = actions[n % len(actions)]
        before = painted.count
        start = time.perf_counter()
        action()
        if not _until_painted(app, painted, before, limit=2.0):
            unpainted += 1
        samples.append(time.perf_counter() - start)
    return samples, unpainted


def probe_radar(db: Path, repeat: int) -> dict[str, object]:
    """Switch the dashboard's benchmark year, and the organisation, until the radar is painted."""
    with tempfile.TemporaryDirectory() as scratch:
        app, window, _ = _gui(db, Path(scratch))
        dashboard = _wait_for_page(app, window, "dashboard")
        window.show_page("dashboard", guard=False)
        _wait_for_all_pages(app, window)
        painted = _Painted(dashboard.radar.view.viewport())
        years = [
            dashboard.benchmark_combo.itemData(i) for i in range(dashboard.benchmark_combo.count())
        ]
        bench_actions = [lambda y=y: dashboard.select(benchmark_year=y) for y in years]
        # warm-up: every (year, benchmark) comparison once, as a user's first clicks would
        _time_switches(app, painted, bench_actions, len(years) * 2)
        bench_samples, bench_unpainted = _time_switches(app, painted, bench_actions, repeat)

        # The radar alone: the same two data sets drawn into the radar (set_data + paint),
        # without the key figures and the difference chart that the switch also redraws.
        drawn = []
        for year in years:
            dashboard.select(benchmark_year=year)
            app.processEvents()
            drawn.append(dashboard.radar.data)
        radar_actions = [lambda d=d: dashboard.radar.set_data(d) for d in drawn]
        radar_samples, _ = _time_switches(app, painted, radar_actions, repeat)

        organisations = window.workspace.organisations()
        org_actions = [lambda o=o: window.select_organisation(o.id) for o in organisations[:2]]
        _time_switches(app, painted, org_actions, 2)
        org_samples, org_unpainted = _time_switches(app, painted, org_actions, repeat)
        window.close()
    return {
        "benchmark_switch": bench_samples,
        "benchmark_unpainted": bench_unpainted,
        "radar_only": radar_samples,
        "organisation_switch": org_samples,
        "organisation_unpainted": org_unpainted,
        "benchmark_years": years,
        "organisations": [o.name for o in organisations[:2]],
    }


def probe_large(db: Path, repeat: int) -> dict[str, object]:
    """Open the large store, show the dashboard and the action plan, filter it; peak RSS."""
    import resource

    with tempfile.TemporaryDirectory() as scratch:
        app, window, start = _gui(db, Path(scratch))
        dashboard = _wait_for_page(app, window, "dashboard")
        painted = _Painted(dashboard.radar.view.viewport())
        _until_painted(app, painted, 0, limit=60)
        dashboard_shown = time.perf_counter() - start

        start = time.perf_counter()
        window.show_page("actions", guard=False)
        page = _wait_for_page(app, window, "actions")
        table = _Painted(page.table.viewport())
        _until_painted(app, table, 0, limit=60)
        actions_shown = time.perf_counter() - start
        rows = page.model.rowCount()
        _wait_for_all_pages(app, window)

        status_done = next(
            i for i in range(page.status_filter.count()) if page.status_filter.itemText(i) == "Klar"
        )
        operations: list[tuple[str, Callable[[], object]]] = [
            ("type 'r'", lambda: page.search.setText("r")),
            ("type 'ri'", lambda: page.search.setText("ri")),
            ("type 'ris'", lambda: page.search.setText("ris")),
            ("type 'risk'", lambda: page.search.setText("risk")),
            ("clear text", lambda: page.search.setText("")),
            ("status Öppna", lambda: page.status_filter.setCurrentIndex(1)),
            ("status Klar", lambda: page.status_filter.setCurrentIndex(status_done)),
            ("status alla", lambda: page.status_filter.setCurrentIndex(0)),
            ("endast försenade", lambda: page.overdue_only.setChecked(True)),
            ("alla (ej försenade)", lambda: page.overdue_only.setChecked(False)),
            ("ansvarig", lambda: page.owner_filter.setCurrentIndex(3)),
            ("alla ansvariga", lambda: page.owner_filter.setCurrentIndex(0)),
            ("område", lambda: page.area_filter.setCurrentIndex(4)),
            ("alla områden", lambda: page.area_filter.setCurrentIndex(0)),
        ]
        per_operation: dict[str, list[float]] = {name: [] for name, _ in operations}
        shown: dict[str, int] = {}
        samples: list[float] = []
        first_search: float | None = None
        unpainted = 0
        for round_ in range(repeat + 1):
            for name, operation in operations:
                before = table.count
                begin = time.perf_counter()
                operation()
                if not _until_painted(app, table, before, limit=5.0):
                    unpainted += 1
                elapsed = time.perf_counter() - begin
                if round_ == 0:
                    # warm-up round; its first keystroke also builds the search texts
                    first_search = first_search if first_search is not None else elapsed
                    continue
                samples.append(elapsed)
                per_operation[name].append(elapsed)
                shown[name] = page.proxy.rowCount()
        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        window.close()
    return {
        "dashboard_shown": dashboard_shown,
        "actions_shown": actions_shown,
        "rows": rows,
        "filter": samples,
        "first_search": first_search,
        "filter_unpainted": unpainted,
        "per_operation": per_operation,
        "rows_shown": shown,
        "maxrss_mb": rss_kib / 1024,
    }


PROBES = {"pdf": probe_pdf, "radar": probe_radar, "large": probe_large}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=sorted(PROBES))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    result = PROBES[args.probe](args.db, args.repeat)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
