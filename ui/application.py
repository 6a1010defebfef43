"""Starting the desktop app: QApplication setup, the store to open, and screenshot mode.

``run`` is what ``lagesbild`` (no sub-command) calls. It keeps startup light: only the window,
the navigation and the light pages are imported before the first paint; the dashboard (and its
pyqtgraph) is built right after. Report libraries are never imported here.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.errors import LagesbildError
from app.paths import APP_AUTHOR, APP_NAME, database_path, resources_dir
from ui.feature_scan import skip_pyside_feature_scan
from ui.settings import AppSettings

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1440, 900)
#: Set by ``bench/run.py`` to time a cold start: ``first`` (or ``1``) prints a timestamp right
#: after the window's first paint and exits; ``ready`` waits until the store is open and the
#: current page has been painted with it. Unset in normal use (then nothing changes).
BENCH_ENV = "LAGESBILD_BENCH_EXIT_AFTER_PAINT"
#: ``--view`` names and the page each one shows ("presentation" is its own window).
VIEWS = {
    "dashboard": "dashboard",
    "assessment": "assessments",
    "actions": "actions",
    "review": "reviews",
    "benchmarks": "benchmarks",
    "settings": "settings",
    "presentation": "dashboard",
}
DESKTOP_FILE = "se.lagesbild.Lagesbild"
#: Windows groups taskbar buttons (and pins) by this ID instead of by python.exe.
WINDOWS_APP_ID = "se.lagesbild.Lagesbild"


def set_windows_app_id() -> bool:
    """On Windows, give the process Lägesbild's AppUserModelID; a no-op elsewhere.

    Must run before the QApplication creates its first window. True if the ID was set.
    """
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
        shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    except (OSError, AttributeError):
        log.debug("Kunde inte sätta AppUserModelID", exc_info=True)
        return False
    return True


def create_application(platform: str | None = None) -> QApplication:
    """The QApplication with names, high-DPI policy, Swedish locale, Fusion and the palette."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Before the window, numpy, pyqtgraph and the app's modules are imported (~0.1 s).
    skip_pyside_feature_scan()
    if platform:
        os.environ["QT_QPA_PLATFORM"] = platform
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    set_windows_app_id()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    return app


#: Set by ``run`` while it creates the application: the icon then waits for the first paint.
_icon_deferred = False


def configure_application(app: QApplication) -> None:
    """Everything that does not need to happen before the QApplication exists."""
    from ui.i18n import install_translator, language_setting
    from ui.style import apply_style

    app.setApplicationDisplayName("Lägesbild")
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    install_translator(app, language_setting())
    apply_style(app)
    # The icon files are read (and the image plugins loaded) right after the first paint, see
    # ``run``; elsewhere (screenshots, tests, the presentation) at once.
    if not _icon_deferred:
        app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The SVG icon plus the rendered PNGs (crisper at 16–48 px); empty if none are installed."""
    folder = resources_dir() / "icons"
    icon = QIcon()
    for path in [folder / "lagesbild.svg", *sorted(folder.glob("lagesbild-*.png"))]:
        if path.exists():
            icon.addFile(str(path))
    return icon


def run(
    db_path: Path | None,
    demo: bool,
    screenshot: Path | None,
    view: str | None,
    *,
    backup_dir: Path | None = None,
) -> int:
    """Start the GUI (or render one view to ``screenshot`` and exit); returns the exit code.

    ``backup_dir`` (``--backup-dir``) is this run's backup folder, stronger than the one saved
    in Inställningar and not saved itself.
    """
    if screenshot is not None:
        return render_screenshot(
            db_path, screenshot, view or "dashboard", demo=demo, backup_dir=backup_dir
        )

    global _icon_deferred
    _icon_deferred = True
    try:
        app = create_application()
    finally:
        _icon_deferred = False
    from ui.first_paint import FirstPaintWatcher
    from ui.main_window import MainWindow

    settings = AppSettings()
    settings.session_backup_folder = backup_dir
    demo_folders: list[tempfile.TemporaryDirectory[str]] = []

    def open_store(window: MainWindow) -> None:
        """Runs after the first paint, so the window is on screen while the store opens."""
        from ui.main_window import open_demo_workspace, open_workspace

        if demo:
            try:
                workspace, folder = open_demo_workspace()
            except LagesbildError as exc:
                from ui.dialogs import messages

                messages.show_error(window, "Demodata kunde inte skapas", exc.message)
                return
            demo_folders.append(folder)
            window.adopt_demo_folder(folder)
        else:
            path = _startup_path(db_path, settings)
            workspace = open_workspace(
                window, path, create=db_path is not None or not path.exists()
            )
        window.set_workspace(workspace, guard=False)
        if view == "presentation":
            QTimer.singleShot(0, window.start_presentation)

    window = MainWindow(None, settings, startup=open_store)
    if view in VIEWS:
        window.show_page(VIEWS[view], guard=False)
    # The title-bar/taskbar icon follows a turn after the first paint (reading the icon files
    # and loading Qt's image plugins costs ~15 ms that the window need not wait for).
    FirstPaintWatcher(window, lambda: QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon())))
    window.show()
    if os.environ.get(BENCH_ENV):
        _exit_after_paint(app, window, os.environ[BENCH_ENV])
    code = app.exec()
    for folder in demo_folders:
        folder.cleanup()
    return code


def _exit_after_paint(app: QApplication, window: MainWindow, mode: str) -> None:
    """The ``BENCH_ENV`` hook: print ``LAGESBILD_BENCH <event> <epoch seconds> <maxrss KiB>``."""
    import time

    from ui.first_paint import FirstPaintWatcher

    def report(event: str) -> None:
        rss = 0
        if sys.platform != "win32":
            import resource

            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"LAGESBILD_BENCH {event} {time.time():.6f} {rss}", flush=True)

    def first() -> None:
        report("first_paint")
        if mode == "ready":
            wait_for_page()
        else:
            app.exit(0)

    def wait_for_page() -> None:
        page = window.current_page()
        if window.workspace is None or page is None:  # the store is still opening
            QTimer.singleShot(5, wait_for_page)
            return
        FirstPaintWatcher(page, ready)
        page.update()

    def ready() -> None:
        report("ready_paint")
        app.exit(0)

    FirstPaintWatcher(window, first)


def _startup_path(db_path: Path | None, settings: AppSettings) -> Path:
    """``--db``/``LAGESBILD_DB`` first, then the store used last time, then the default."""
    if db_path is not None or os.environ.get("LAGESBILD_DB"):
        return database_path(db_path)
    last = settings.last_database
    if last is not None and last.exists():
        return last
    return database_path()


def render_screenshot(
    db_path: Path | None,
    target: Path,
    view: str,
    *,
    demo: bool = False,
    backup_dir: Path | None = None,
) -> int:
    """Render ``view`` at 1440×900 offscreen into ``target`` (PNG); never shows a dialog.

    Without ``--db`` (or with ``--demo``) a temporary demo store is used. The user's QSettings
    are not touched: a throw-away ini file stands in for them.
    """
    if view not in VIEWS:
        print(f"Okänd vy «{view}». Välj bland: {', '.join(VIEWS)}.", file=sys.stderr)
        return 2
    app = create_application("offscreen" if QApplication.instance() is None else None)
    from ui.main_window import MainWindow, open_demo_workspace

    with tempfile.TemporaryDirectory(prefix="lagesbild-shot-") as scratch:
        ini = str(Path(scratch) / "settings.ini")
        settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
        try:
            if demo or db_path is None:
                workspace, demo_folder = open_demo_workspace()
            else:
                store = database_path(db_path)
                workspace, demo_folder = _open_for_screenshot(store, backup_dir), None
        except LagesbildError as exc:
            print(exc.message, file=sys.stderr)
            return 1
        window = MainWindow(workspace, settings, defer_pages=False)
        if demo_folder is not None:
            window.adopt_demo_folder(demo_folder)
        window.resize(*SCREENSHOT_SIZE)
        shown: list[QWidget] = [window]
        try:
            try:
                widget = _prepare_view(window, view)
            except ImportError as exc:
                print(f"Vyn «{view}» finns inte i den här installationen ({exc}).", file=sys.stderr)
                return 1
            if widget is not window:
                shown.append(widget)
            widget.resize(*SCREENSHOT_SIZE)
            widget.show()
            for _ in range(3):
                app.processEvents()
            saved = widget.grab().save(str(target), "PNG") if _ensure_parent(target) else False
        finally:
            for item in reversed(shown):
                item.close()
    if not saved:
        print(f"Kunde inte spara {target}.", file=sys.stderr)
        return 1
    return 0


def _open_for_screenshot(path: Path, backup_dir: Path | None = None) -> Workspace:
    """The store as it is; read-only when a running Lägesbild holds it (never a dialog)."""
    from app.services.workspace import Workspace
    from app.storage.locking import StoreLockedError

    try:
        return Workspace.open(path, backup_dir=backup_dir)
    except StoreLockedError:
        return Workspace.open(path, read_only=True)


def _ensure_parent(target: Path) -> bool:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True


def _prepare_view(window: MainWindow, view: str) -> QWidget:
    """Navigate ``window`` to ``view``; returns the widget to photograph."""
    window.show_page(VIEWS[view], guard=False)
    if view == "presentation" and window.workspace is not None and window.organisation:
        from ui.main_window import presentation_window

        if window.workspace.years(window.organisation.id):
            return presentation_window(window, window.workspace, window.organisation)
    return window
