"""GUI test fixtures: a temporary store and temporary QSettings per test, and no blocking dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.services.workspace import Workspace
from ui.dialogs import messages
from ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """QSettings on a temporary ini file, never the user's configuration."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A new, empty store of the test's own."""
    ws = Workspace.open(db_path, create=True)
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh demo store (two organisations, ten years of history, plans and reviews)."""
    from app.demo import create_demo_store

    workspace = Workspace.open(create_demo_store(tmp_path / "demo.db"))
    yield workspace
    workspace.close()


@pytest.fixture
def falun(workspace: Workspace):
    return workspace.add_municipality("Falun")


@pytest.fixture
def org(workspace: Workspace):
    """A custom organisation (no municipality) in kommungrupp B."""
    return workspace.add_custom_organisation("Testköpings kommun", "B")


@pytest.fixture
def open_page(qtbot, workspace: Workspace, org, no_modal_dialogs):
    """``open_page(PageClass, today, width, height)``: a page on a fixed clock, sized and
    showing ``org``."""

    def build(kind: Callable[..., Any], today: date, width: int, height: int) -> Any:
        page = kind(clock=lambda: today)
        qtbot.addWidget(page)
        page.resize(width, height)
        page.set_context(workspace, org)
        return page

    return build


class UnexpectedDialog(AssertionError):
    """A test reached a modal dialog nobody stubbed; failing beats hanging."""


@pytest.fixture
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every modal entry point raises unless the test replaced it with a stub."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise UnexpectedDialog(f"modal dialog opened in a test: {args[1:] or kwargs}")

    for name in (
        "ask_unsaved_changes",
        "confirm",
        "ask_text",
        "show_error",
        "show_information",
        "choose_database_to_open",
        "choose_new_database",
        "choose_backup_folder",
    ):
        monkeypatch.setattr(messages, name, refuse)
    monkeypatch.setattr(QDialog, "exec", lambda self: refuse(self, self.windowTitle()))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse(self, self.text()))


class UnsavedStub:
    """Stands in for the Spara / Spara inte / Avbryt question and records each time it is asked."""

    def __init__(self, answer: messages.UnsavedChoice = messages.UnsavedChoice.CANCEL) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: object, what: str) -> messages.UnsavedChoice:
        self.asked.append(what)
        return self.answer


@pytest.fixture
def unsaved() -> UnsavedStub:
    return UnsavedStub()


@pytest.fixture
def make_window(qtbot, settings: AppSettings, unsaved: UnsavedStub, no_modal_dialogs, monkeypatch):
    """Build a MainWindow on a workspace with all pages created (no deferred first paint)."""
    from ui.main_window import MainWindow

    monkeypatch.setattr(messages, "ask_unsaved_changes", unsaved)

    def build(workspace: Workspace | None, **kwargs: object) -> MainWindow:
        window = MainWindow(workspace, settings, ask_unsaved=unsaved, defer_pages=False, **kwargs)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        return window

    return build


# -- interface language ------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English catalogue compiled by the build script (``*.qm`` is not in git)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("qm")
    assert [p.name for p in module.build_translations(I18N, out)] == ["lagesbild_en.qm"]
    return out


@pytest.fixture
def english(qapp, compiled: Path):
    """English installed for one test; removed again so every other test sees Swedish."""
    from ui import i18n

    translator = i18n.install_translator(qapp, "en", compiled)
    assert translator is not None and not translator.isEmpty()
    yield qapp
    i18n.remove_translators(qapp)


@pytest.fixture
def swedish(qapp):
    """The source language: no translator installed."""
    from ui import i18n

    i18n.remove_translators(qapp)
    return qapp


class LayoutRequests(QObject):
    """Counts the layout requests one widget receives (``count`` may be reset to 0)."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.fixture
def layout_requests() -> Callable[[QWidget], LayoutRequests]:
    """A counter of a widget's layout requests: proves a change re-laid nothing out."""
    return LayoutRequests
