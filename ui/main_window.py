"""The main window: navigation, the page stack, the organisation switcher and the store.

Pages come from ``PAGE_FACTORIES``; each entry is ``PageSpec(key, title, icon, factory)`` and the
factory receives the :class:`~ui.settings.AppSettings`. To add a page, write a ``Page`` subclass
and replace (or append) its entry – e.g. a finished page replaces its placeholder factory.
Factories import their module lazily, so a heavy page (pyqtgraph) costs nothing at startup: the
window is painted first and the pages are built right after.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.domain.errors import LagesbildError
from app.paths import resources_dir
from ui.first_paint import FirstPaintWatcher
from ui.pages.base import Page
from ui.settings import AppSettings, backup_override_of
from ui.style import label

if TYPE_CHECKING:
    from app.domain.model import Organisation
    from app.services.workspace import Workspace
    from ui.dialogs.messages import UnsavedChoice
    from ui.pages.welcome import WelcomePage

log = logging.getLogger(__name__)


def _messages() -> ModuleType:
    """The message and file dialogs, loaded on first use: their Qt classes (QMessageBox,
    QFileDialog, QInputDialog) cost ~10 ms to set up, which the first paint need not wait for."""
    from ui.dialogs import messages

    return messages

PageFactory = Callable[[AppSettings], Page]


class PageSpec(NamedTuple):
    """One entry of the navigation: ``(key, title, icon name, factory)``."""

    key: str
    title: str
    icon: str
    factory: PageFactory


def _dashboard(settings: AppSettings) -> Page:
    from ui.pages.dashboard import DashboardPage

    return DashboardPage()


def _assessments(settings: AppSettings) -> Page:
    from ui.pages.assessments import AssessmentsPage

    return AssessmentsPage(settings)


def _actions(settings: AppSettings) -> Page:
    from ui.pages.actions import ActionsPage

    return ActionsPage(settings)


def _reviews(settings: AppSettings) -> Page:
    from ui.pages.reviews import ReviewsPage

    return ReviewsPage(settings)


def _benchmarks(settings: AppSettings) -> Page:
    from ui.pages.benchmarks import BenchmarksPage

    return BenchmarksPage()


def _settings(settings: AppSettings) -> Page:
    from ui.pages.settings_page import SettingsPage

    return SettingsPage(settings)


PAGE_FACTORIES: list[PageSpec] = [
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Översikt"), "dashboard", _dashboard),
    PageSpec(
        "assessments",
        QT_TRANSLATE_NOOP("MainWindow", "Bedömningar"),
        "assessments",
        _assessments,
    ),
    PageSpec("actions", QT_TRANSLATE_NOOP("MainWindow", "Handlingsplan"), "actions", _actions),
    PageSpec(
        "reviews", QT_TRANSLATE_NOOP("MainWindow", "Ledningens genomgång"), "reviews", _reviews
    ),
    PageSpec(
        "benchmarks", QT_TRANSLATE_NOOP("MainWindow", "Jämförelsedata"), "benchmarks", _benchmarks
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Inställningar"), "settings", _settings),
]


def page_title(spec: PageSpec) -> str:
    """The page's title in the interface language (``spec.title`` is the Swedish source)."""
    return QCoreApplication.translate("MainWindow", spec.title)


def unavailable_page(title: str, error: Exception) -> Page:
    """Shown in place of a page whose module failed to load, with the reason for support."""
    from ui.pages.placeholder import PlaceholderPage

    return PlaceholderPage(
        title,
        QCoreApplication.translate(
            "MainWindow",
            "Den här sidan kunde inte visas i den här installationen av Lägesbild. Övriga delar "
            "fungerar som vanligt.\n\nTekniskt fel: {error}",
        ).format(error=f"{type(error).__name__}: {error}"),
    )


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` if it exists, else an empty icon (text-only navigation)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class NavigationModel(QAbstractListModel):
    """The page titles as a list model, so the navigation is a plain keyboard-friendly QListView."""

    def __init__(self, specs: list[PageSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = specs
        self._icons = [icon(spec.icon) for spec in specs]
        self.enabled = True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        spec = self.specs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("MainWindow", spec.title)
        if role == Qt.ItemDataRole.DecorationRole and not self._icons[index.row()].isNull():
            return self._icons[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return spec.key
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self.enabled or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return  # no repaint of the navigation on every organisation switch
        self.enabled = enabled
        if self.specs:
            self.dataChanged.emit(self.index(0), self.index(len(self.specs) - 1))


ADD_ORGANISATION = "__add__"


class MainWindow(QMainWindow):
    """Lägesbild's window. ``workspace`` may be None when no store could be opened.

    ``ask_unsaved`` is the Spara / Spara inte / Avbryt question (tests pass a stub). The window
    owns the workspace it is given and closes it when the store is switched or the window closes.
    """

    organisation_changed = Signal(object)
    workspace_changed = Signal(object)

    def __init__(
        self,
        workspace: Workspace | None,
        settings: AppSettings | None = None,
        *,
        ask_unsaved: Callable[[QWidget | None, str], UnsavedChoice] | None = None,
        specs: list[PageSpec] | None = None,
        defer_pages: bool = True,
        startup: Callable[[MainWindow], None] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self._ask_unsaved = ask_unsaved
        self.specs = list(specs if specs is not None else PAGE_FACTORIES)
        self.workspace: Workspace | None = None
        self.organisation: Organisation | None = None
        self.pages: dict[str, Page] = {}
        self._holders: dict[str, QWidget] = {}
        self._current_key = self.specs[0].key if self.specs else ""
        self._demo_dir: tempfile.TemporaryDirectory[str] | None = None
        self._presentation: QWidget | None = None
        self._switching = False
        self._pages_ready = False
        self._loading = startup is not None
        self._welcome: WelcomePage | None = None
        #: The organisations in the switcher, as last read from the store.
        self._organisation_list: list[Organisation] = []
        # The organisation to open next time is written to the settings file a moment after
        # the last switch (and on close or store switch), not on every switch: the file write
        # cost a few milliseconds of each switch while flicking through organisations.
        self._pending_last_organisation: tuple[Path, int | None] | None = None
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(self.REMEMBER_DELAY_MS)
        self._remember_timer.timeout.connect(self.remember_last_organisation)

        self.setWindowTitle(self.tr("Lägesbild"))
        self.setMinimumSize(1024, 640)
        self._build_navigation()
        self._build_toolbar()
        self._build_menus()
        self._build_statusbar()
        self._restore_geometry()
        self.set_workspace(workspace, guard=False)
        if startup is not None:
            FirstPaintWatcher(self.stack, lambda: self._finish_startup(startup))
        elif defer_pages:
            FirstPaintWatcher(self.stack, self._build_visible_page_first)
        else:
            self.build_pages()

    def _finish_startup(self, startup: Callable[[MainWindow], None]) -> None:
        """After the first paint: let ``startup`` open the store, then build the pages."""
        try:
            startup(self)
        finally:
            self._loading = False
            self._build_visible_page_first()

    # Construction ----------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav_model = NavigationModel(self.specs, self)
        self.nav = QListView()
        self.nav.setObjectName("Navigation")
        self.nav.setModel(self.nav_model)
        self.nav.setAccessibleName(self.tr("Navigering"))
        self.nav.setAccessibleDescription(self.tr("Välj vilken del av Lägesbild som visas"))
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setFixedWidth(220)
        self.nav.setUniformItemSizes(True)
        self.nav.selectionModel().currentChanged.connect(self._on_nav_changed)
        layout.addWidget(self.nav)

        self.stack = QStackedWidget()
        for spec in self.specs:
            holder = QWidget()
            holder.setAccessibleName(page_title(spec))
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders[spec.key] = holder
            self.stack.addWidget(holder)
        self.loading = label(self.tr("Öppnar databasen …"), "muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    @property
    def welcome(self) -> WelcomePage:
        """The page shown while there is no organisation, built the first time it is needed:
        a start with a store to open never pays for it before the first paint."""
        if self._welcome is None:
            from ui.pages.welcome import WelcomePage

            page = WelcomePage()
            page.organisation_created.connect(self._on_organisation_created)
            page.demo_requested.connect(self.open_demo)
            page.open_store_requested.connect(self.open_database)
            page.new_store_requested.connect(self.new_database)
            page.status_message.connect(self.show_status)
            self.stack.addWidget(page)
            self._welcome = page
        return self._welcome

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Organisation"))
        bar.setObjectName("ContextBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        caption = QLabel("Organisation:")
        self.org_combo = QComboBox()
        self.org_combo.setAccessibleName(self.tr("Organisation"))
        self.org_combo.setPlaceholderText(self.tr("Ingen organisation vald"))
        self.org_combo.setMinimumContentsLength(28)
        self.org_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.org_combo)
        caption.setText(self.tr("&Organisation:"))
        self.org_combo.activated.connect(self._on_org_activated)
        self.org_group = label("", "muted", steady=True)
        caption.setContentsMargins(8, 0, 4, 0)
        self.org_group.setContentsMargins(8, 0, 0, 0)
        bar.addWidget(caption)
        bar.addWidget(self.org_combo)
        bar.addWidget(self.org_group)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        menu = self.menuBar()
        archive = menu.addMenu(self.tr("&Arkiv"))
        self.action_open = self._action(
            archive, self.tr("Öppna databas…"), self.open_database, QKeySequence.StandardKey.Open
        )
        self.action_new = self._action(
            archive, self.tr("Ny databas…"), self.new_database, QKeySequence.StandardKey.New
        )
        self.action_demo = self._action(archive, self.tr("Öppna demodata"), self.open_demo)
        archive.addSeparator()
        self.action_backups = self._action(archive, self.tr("Säkerhetskopior…"), self.show_backups)
        self.action_audit = self._action(archive, self.tr("Ändringslogg…"), self.show_audit_log)
        self.action_export = self._action(
            archive, self.tr("Exportera till fil…"), self.export_to_file
        )
        self.action_import = self._action(
            archive, self.tr("Importera från fil…"), self.import_from_file
        )
        archive.addSeparator()
        self.action_quit = self._action(
            archive, self.tr("Avsluta"), self.close, QKeySequence("Ctrl+Q")
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        view = menu.addMenu(self.tr("&Visa"))
        self.action_present = self._action(
            view, self.tr("Presentationsläge"), self.start_presentation, QKeySequence("F5")
        )
        help_menu = menu.addMenu(self.tr("&Hjälp"))
        self.action_about = self._action(help_menu, self.tr("Om Lägesbild"), self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(
        self,
        menu: QObject,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_statusbar(self) -> None:
        status = self.statusBar()
        self.store_label = QLabel()
        self.store_label.setAccessibleName(self.tr("Öppen databas"))
        self.readonly_label = QLabel(self.tr("Skrivskyddad"))
        self.readonly_label.setProperty("role", "readonly")
        self.readonly_label.setToolTip(
            self.tr("Databasen är öppnad skrivskyddat. Du kan läsa men inte ändra något.")
        )
        status.addPermanentWidget(self.readonly_label)
        status.addPermanentWidget(self.store_label)

    # Pages -----------------------------------------------------------------------------------

    def build_pages(self) -> None:
        """Create every page, the visible one first; runs right after the first paint."""
        self._pages_ready = True
        self._show_stack_for_state()
        for spec in self.specs:
            self.page(spec.key)

    #: How long after an organisation switch the choice is written to the settings file.
    REMEMBER_DELAY_MS = 1000

    def remember_last_organisation(self) -> None:
        """Write the pending "organisation to open next time" to the settings now."""
        self._remember_timer.stop()
        if self._pending_last_organisation is not None:
            path, organisation_id = self._pending_last_organisation
            self._pending_last_organisation = None
            self.settings.set_last_organisation(path, organisation_id)

    #: Pause between the visible page's first paint and building the hidden pages, so the
    #: visible page is on screen (and the event loop has breathed) before they cost anything.
    PREBUILD_DELAY_MS = 100

    def _build_visible_page_first(self) -> None:
        """Build the visible page now; the hidden ones one per turn of the event loop once it
        has been painted, so the window shows its first page without waiting for the others
        (a page is still built at once if the user opens it before its turn)."""
        self._pages_ready = True
        self._show_stack_for_state()
        FirstPaintWatcher(
            self.stack.currentWidget(),
            lambda: QTimer.singleShot(self.PREBUILD_DELAY_MS, self._build_next_page),
        )

    def _build_next_page(self) -> None:
        missing = next((spec.key for spec in self.specs if spec.key not in self.pages), None)
        if missing is not None:
            self.page(missing)
            QTimer.singleShot(0, self._build_next_page)

    def page(self, key: str) -> Page:
        """The page for ``key``, creating it on first use."""
        existing = self.pages.get(key)
        if existing is not None:
            return existing
        spec = next(s for s in self.specs if s.key == key)
        try:
            page = spec.factory(self.settings)
        except Exception as exc:  # one broken page must not take the whole window down
            log.exception("Sidan %s kunde inte skapas", key)
            page = unavailable_page(page_title(spec), exc)
        if not page.title:
            page.title = spec.title
        page.data_changed.connect(lambda page=page: self._on_page_data_changed(page))
        page.status_message.connect(self.show_status)
        for name, slot in (
            ("open_store_requested", self.open_database),
            ("new_store_requested", self.new_database),
        ):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(slot)
        self._holders[key].layout().addWidget(page)
        self.pages[key] = page
        page.set_context(self.workspace, self.organisation)
        return page

    @property
    def current_key(self) -> str:
        return self._current_key

    def current_page(self) -> Page | None:
        return self.pages.get(self._current_key)

    def show_page(self, key: str, *, guard: bool = True) -> bool:
        """Switch to ``key``; False when the user chose to stay (unsaved changes, Avbryt)."""
        if key == self._current_key and self.stack.currentWidget() is self._holders[key]:
            return True
        current = self.current_page()
        if guard and current is not None and not self._resolve_unsaved([current]):
            self._select_nav(self._current_key)
            return False
        self._current_key = key
        self._select_nav(key)
        if self.organisation is not None or self.workspace is None:
            self._show_stack_for_state()
        return True

    def _select_nav(self, key: str) -> None:
        row = next((i for i, s in enumerate(self.specs) if s.key == key), -1)
        if row < 0:
            return
        self._switching = True
        try:
            self.nav.selectionModel().setCurrentIndex(
                self.nav_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._switching = False

    def _on_nav_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        self.show_page(self.specs[current.row()].key)

    def _show_stack_for_state(self, *, refresh: bool = True) -> None:
        """The welcome page while there is no organisation, otherwise the current page.

        Before the first paint the current page is not built yet; its empty holder shows.
        """
        if self._loading:
            self.nav_model.set_enabled(False)
            self.stack.setCurrentWidget(self.loading)
            return
        welcome = (
            self.workspace is None
            or self.organisation is None
            or self._current_key not in self._holders
        )
        self.nav_model.set_enabled(not welcome)
        self.toolbar.setEnabled(self.workspace is not None)
        self.action_present.setEnabled(not welcome)
        if welcome:
            self.welcome.set_context(self.workspace, None)
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.setFocus()
            return
        self.stack.setCurrentWidget(self._holders[self._current_key])
        if not self._pages_ready:
            return
        built = self._current_key in self.pages
        page = self.page(self._current_key)
        if built and refresh:
            page.refresh()

    def _on_page_data_changed(self, source: Page) -> None:
        """A page saved something. Hidden pages reload when shown; the toolbar may need it now."""
        self._update_store_status()

    # Unsaved changes -------------------------------------------------------------------------

    def _resolve_unsaved(self, pages: list[Page] | None = None) -> bool:
        """Ask about every page with pending edits; True when it is fine to go on."""
        for page in pages if pages is not None else list(self.pages.values()):
            if not page.has_unsaved_changes():
                continue
            messages = _messages()
            ask = self._ask_unsaved or messages.ask_unsaved_changes
            what = (
                QCoreApplication.translate("MainWindow", page.title).lower()
                if page.title
                else self.tr("sidan")
            )
            choice = ask(self, what)
            if choice is messages.UnsavedChoice.CANCEL:
                return False
            if choice is messages.UnsavedChoice.SAVE:
                if not page.save_changes():
                    self._reveal(page)
                    return False
            else:
                page.discard_changes()
        return True

    def _reveal(self, page: Page) -> None:
        key = next(k for k, p in self.pages.items() if p is page)
        self._current_key = key
        self._select_nav(key)
        self._show_stack_for_state()

    # Workspace and organisation --------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None, *, guard: bool = True) -> bool:
        """Switch to another store (closing the old one); False if the user cancelled."""
        if guard and not self._resolve_unsaved():
            return False
        self.remember_last_organisation()
        old = self.workspace
        self.workspace = workspace
        if old is not None and old is not workspace:
            old.close()
        path = self.store_path()
        if path is not None and not self.is_demo_path(path):
            self.settings.last_database = path
        self._update_store_status()
        self._reload_organisations()
        self.workspace_changed.emit(workspace)
        return True

    def store_path(self) -> Path | None:
        if self.workspace is None:
            return None
        path = getattr(self.workspace, "path", None)
        return Path(path) if path is not None else None

    def is_demo_path(self, path: Path) -> bool:
        return self._demo_dir is not None and Path(self._demo_dir.name) in path.parents

    def _update_store_status(self) -> None:
        path = self.store_path()
        if path is None:
            self.store_label.setText(self.tr("Ingen databas öppen"))
            self.store_label.setToolTip("")
        elif self.is_demo_path(path):
            self.store_label.setText(self.tr("Demodata – ändringar sparas inte när du avslutar"))
            self.store_label.setToolTip(str(path))
        else:
            self.store_label.setText(str(path))
            self.store_label.setToolTip(self.tr("Databasen som är öppen"))
        read_only = bool(self.workspace and self.workspace.read_only)
        self.readonly_label.setVisible(read_only)
        reason = getattr(self.workspace, "read_only_reason", None) if read_only else None
        self.readonly_label.setToolTip(
            reason or self.tr("Databasen är öppnad skrivskyddat. Du kan läsa men inte ändra något.")
        )
        self.setWindowFilePath(str(path) if path else "")

    def _organisations(self) -> list[Organisation]:
        return list(self.workspace.organisations()) if self.workspace is not None else []

    def _reload_organisations(self, select_id: int | None = None) -> None:
        organisations = self._organisations()
        self._organisation_list = organisations
        if select_id is None:
            path = self.store_path()
            select_id = self.settings.last_organisation(path) if path else None
        chosen = next((o for o in organisations if o.id == select_id), None)
        if chosen is None and organisations:
            chosen = organisations[0]
        self._fill_org_combo(organisations, chosen)
        self._set_organisation(chosen)

    def _fill_org_combo(
        self, organisations: list[Organisation], chosen: Organisation | None
    ) -> None:
        combo = self.org_combo
        combo.blockSignals(True)
        combo.clear()
        for org in organisations:
            combo.addItem(org.name, org.id)
            combo.setItemData(
                combo.count() - 1,
                self.tr("{name}, kommungrupp {group}").format(name=org.name, group=org.group),
                Qt.ItemDataRole.ToolTipRole,
            )
        if organisations:
            combo.insertSeparator(combo.count())
        combo.addItem(self.tr("Lägg till organisation…"), ADD_ORGANISATION)
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen.id))
        else:
            combo.setCurrentIndex(-1)
        combo.blockSignals(False)
        read_only = self.workspace is None or self.workspace.read_only
        add_row = combo.findData(ADD_ORGANISATION)
        item = combo.model().item(add_row) if hasattr(combo.model(), "item") else None
        if item is not None:
            item.setEnabled(not read_only)

    def _set_organisation(self, organisation: Organisation | None) -> None:
        self.organisation = organisation
        path = self.store_path()
        if path is not None and organisation is not None:
            self._pending_last_organisation = (path, organisation.id)
            self._remember_timer.start()
        self.org_group.setText(
            self.tr("Kommungrupp {group}").format(group=organisation.group)
            if organisation is not None
            else ""
        )
        title = self.tr("Lägesbild")
        if organisation is not None:
            title = self.tr("{organisation} – Lägesbild").format(organisation=organisation.name)
        self.setWindowTitle(title)
        for key, page in self.pages.items():
            # Only the visible page reloads now; a hidden one reloads when it is shown
            # (_show_stack_for_state), so switching organisation costs one page, not six.
            page.set_context(self.workspace, organisation, refresh=key == self._current_key)
        self._show_stack_for_state(refresh=False)
        self.organisation_changed.emit(organisation)

    def select_organisation(self, organisation_id: int) -> bool:
        """Switch organisation (guarding unsaved edits); False if the user cancelled."""
        if self.organisation is not None and self.organisation.id == organisation_id:
            return True
        if not self._resolve_unsaved():
            self._restore_org_combo()
            return False
        known = next((o for o in self._organisation_list if o.id == organisation_id), None)
        if known is None:  # not in the combo: read the list again
            self._reload_organisations(organisation_id)
            return True
        # The list is current (every change to it reloads it): only the choice changes.
        self.org_combo.blockSignals(True)
        self.org_combo.setCurrentIndex(self.org_combo.findData(organisation_id))
        self.org_combo.blockSignals(False)
        self._set_organisation(known)
        return True

    def _restore_org_combo(self) -> None:
        index = self.org_combo.findData(self.organisation.id) if self.organisation else -1
        self.org_combo.setCurrentIndex(index)

    def _on_org_activated(self, index: int) -> None:
        data = self.org_combo.itemData(index)
        if data == ADD_ORGANISATION:
            self._restore_org_combo()
            self.add_organisation()
        elif data is not None:
            self.select_organisation(int(data))

    def add_organisation(self) -> None:
        if self.workspace is None:
            return
        if not self._resolve_unsaved():
            return
        from ui.dialogs import organisation as organisation_dialogs

        request = organisation_dialogs.ask_new_organisation(self, self.workspace.reference)
        if request is None:
            return
        try:
            created = organisation_dialogs.add_organisation(self.workspace, request)
        except LagesbildError as exc:
            _messages().show_error(self, self.tr("Organisationen kunde inte läggas till"), exc.message)
            return
        self._on_organisation_created(created)

    def _on_organisation_created(self, organisation: Organisation) -> None:
        self.show_status(self.tr("{name} är tillagd.").format(name=organisation.name))
        self._reload_organisations(organisation.id)

    # Store actions ---------------------------------------------------------------------------

    def _open_store(self, path: Path, *, create: bool) -> None:
        workspace = open_workspace(self, path, create=create)
        if workspace is None:
            return
        if not self.set_workspace(workspace):
            workspace.close()
            return
        opened = self.tr("Öppnade {path}").format(path=path)
        problem = getattr(workspace, "backup_problem", None)
        self.show_status(f"{opened}. {problem}" if problem else opened)

    def open_database(self) -> None:
        if not self._resolve_unsaved():
            return
        path = _messages().choose_database_to_open(self, self.store_path())
        if path is not None:
            self._open_store(path, create=False)

    def new_database(self) -> None:
        if not self._resolve_unsaved():
            return
        path = _messages().choose_new_database(self, self.store_path())
        if path is None:
            return
        if path.exists():
            _messages().show_error(
                self,
                self.tr("Databasen finns redan"),
                self.tr(
                    "{path} finns redan. Välj ”Öppna databas…” för att öppna den, "
                    "eller ange ett nytt filnamn."
                ).format(path=path),
            )
            return
        self._open_store(path, create=True)

    def open_demo(self) -> None:
        """Open a fresh demo store in a temporary folder that is removed when the app exits."""
        if not self._resolve_unsaved():
            return
        try:
            workspace, folder = open_demo_workspace()
        except LagesbildError as exc:
            _messages().show_error(self, self.tr("Demodata kunde inte skapas"), exc.message)
            return
        previous_demo = self._demo_dir
        self._demo_dir = folder
        self.set_workspace(workspace, guard=False)
        if previous_demo is not None:
            previous_demo.cleanup()
        self.show_status(self.tr("Demodata är öppnad. Ändringar försvinner när du avslutar."))

    def adopt_demo_folder(self, folder: tempfile.TemporaryDirectory[str]) -> None:
        """Take over a demo folder created before the window (``lagesbild --demo``)."""
        self._demo_dir = folder
        self._update_store_status()

    # Other actions ---------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def start_presentation(self) -> None:
        """F5: the year and benchmark the overview shows (else the latest year), full screen."""
        if self.workspace is None or self.organisation is None:
            return
        if not self.workspace.years(self.organisation.id):
            self.show_status(self.tr("Det finns ingen bedömning att presentera ännu."))
            return
        dashboard = self.pages.get("dashboard")
        try:
            if dashboard is not None and hasattr(dashboard, "start_presentation"):
                dashboard.start_presentation()
                return
            self._presentation = presentation_window(self, self.workspace, self.organisation)
        except ImportError:
            self.show_status(
                self.tr("Presentationsläget är inte tillgängligt i den här installationen.")
            )
            return
        self._presentation.start()  # type: ignore[attr-defined]

    def show_backups(self) -> None:
        from ui.dialogs.backup_dialog import show_backups

        show_backups(self)

    def export_to_file(self) -> None:
        from ui.dialogs.exchange_dialog import export_to_file

        export_to_file(self)

    def import_from_file(self) -> None:
        from ui.dialogs.exchange_dialog import import_from_file

        import_from_file(self)

    def show_audit_log(self) -> None:
        from ui.dialogs.audit_dialog import show_audit_log

        show_audit_log(self, self.workspace)

    def show_about(self) -> None:
        from app.paths import database_path
        from ui.about import show_about

        show_about(self, self.store_path() or database_path())

    # Window state ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is None or screen.width() < 1024:
                self.resize(1440, 900)
            else:  # first run: generous, but never larger than a laptop screen
                self.resize(
                    min(1440, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9))
                )
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._resolve_unsaved():
            event.ignore()
            return
        self.remember_last_organisation()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        if self._presentation is not None:
            self._presentation.close()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self._demo_dir is not None:
            self._demo_dir.cleanup()
            self._demo_dir = None
        event.accept()


def presentation_window(
    window: MainWindow, workspace: Workspace, organisation: Organisation
) -> QWidget:
    """The presentation of the organisation's latest year against the default benchmark year."""
    from ui.presentation import PresentationWindow

    year = max(workspace.years(organisation.id))
    benchmark_year = window.settings.benchmark_year(workspace.reference.benchmarks.years)
    return PresentationWindow(workspace, organisation, year, benchmark_year, parent=window)


def open_workspace(parent: QWidget | None, path: Path, *, create: bool) -> Workspace | None:
    """Open a store for the GUI; every problem becomes a Swedish message, never a traceback.

    A store another Lägesbild has open can still be read: the user is offered a read-only view.
    """
    from app.services.workspace import Workspace
    from app.storage.locking import StoreLockedError

    backup_dir = backup_override_of(parent)
    try:
        workspace = Workspace.open(path, create=create, backup_dir=backup_dir)
        if workspace.backup_problem and hasattr(parent, "show_status"):
            parent.show_status(workspace.backup_problem)  # the store opens all the same
        return workspace
    except StoreLockedError as exc:
        if not _messages().confirm(
            parent,
            QCoreApplication.translate("MainWindow", "Databasen används redan"),
            exc.message,
            QCoreApplication.translate("MainWindow", "Öppna skrivskyddad"),
            QCoreApplication.translate(
                "MainWindow",
                "Du kan läsa allt men inte ändra något förrän det andra fönstret är stängt.",
            ),
        ):
            return None
        try:
            return Workspace.open(path, read_only=True, backup_dir=backup_dir)
        except LagesbildError as again:
            _messages().show_error(
                parent,
                QCoreApplication.translate("MainWindow", "Databasen kunde inte öppnas"),
                again.message,
            )
    except LagesbildError as exc:
        if getattr(parent, "workspace", None) is None:  # nothing open: offer the ways out
            from ui.dialogs.store_problem_dialog import resolve_store_problem

            return resolve_store_problem(parent, path, exc)
        _messages().show_error(
            parent,
            QCoreApplication.translate("MainWindow", "Databasen kunde inte öppnas"),
            exc.message,
        )
    return None


def open_demo_workspace() -> tuple[Workspace, tempfile.TemporaryDirectory[str]]:
    """A new demo store in a temporary folder; the caller removes the folder when done."""
    from app.demo import create_demo_store
    from app.services.workspace import Workspace

    folder = tempfile.TemporaryDirectory(prefix="lagesbild-demo-")
    path = Path(folder.name) / "demo.db"
    try:
        create_demo_store(path)
        return Workspace.open(path), folder
    except Exception:
        folder.cleanup()
        raise
