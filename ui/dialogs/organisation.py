"""Choosing the organisation to track: one of the 290 municipalities, or another body.

``MunicipalitySearch`` is the search-as-you-type picker used by the welcome page and by
"Lägg till organisation…". The ``ask_*`` functions are the modal entry points; callers use them
through the module (``organisation.ask_new_organisation(...)``) so tests can replace them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import GROUPS
from ui.models.municipalities import MunicipalityListModel
from ui.style import label

if TYPE_CHECKING:
    from app.domain.model import Organisation
    from app.reference import Municipality, Reference
    from app.services.workspace import Workspace


#: How SKR describes each kommungrupp (SKR 2023, avsnittet "Kommungruppsindelning"); Swedish
#: sources, shown through ``group_description``.
GROUP_DESCRIPTIONS = {
    "A": QT_TRANSLATE_NOOP("CustomOrganisationForm", "A – storstäder och storstadsnära kommuner"),
    "B": QT_TRANSLATE_NOOP(
        "CustomOrganisationForm", "B – större städer och kommuner nära större stad"
    ),
    "C": QT_TRANSLATE_NOOP(
        "CustomOrganisationForm", "C – mindre städer/tätorter och landsbygdskommuner"
    ),
}


def group_description(group: str) -> str:
    """SKR's description of a kommungrupp in the interface language."""
    return QCoreApplication.translate("CustomOrganisationForm", GROUP_DESCRIPTIONS[group])


class MunicipalitySearch(QWidget):
    """A search field over all municipalities with the matches in a list below it.

    Matching is the reference's own (diacritic-tolerant: "goteborg" finds Göteborg), so the
    picker, the CLI and the import agree on what a name means. Down-arrow moves from the field
    into the list; Enter or a double-click chooses.
    """

    chosen = Signal(object)  # Municipality
    selection_changed = Signal()

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = reference
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Skriv kommunens namn, t.ex. Falun"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Sök kommun"))
        self.model = MunicipalityListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Kommuner som matchar sökningen"))
        self.view.setObjectName("MunicipalityList")
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.hint = label("", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self.field.textChanged.connect(self._update)
        self.field.returnPressed.connect(self._choose_current)
        self.field.installEventFilter(self)
        self.view.activated.connect(lambda _index: self._choose_current())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self._update("")

    def _update(self, text: str) -> None:
        text = text.strip()
        registry = self._ref.municipalities
        matches = list(registry.search(text, len(registry)))  # all, in Swedish order, when empty
        self.model.set_municipalities(matches)
        if matches and text:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        if not matches:
            self.hint.setText(
                self.tr(
                    "Ingen kommun matchar. Kontrollera stavningen eller välj ”Annan organisation…”."
                )
            )
        elif text:
            self.hint.setText(
                self.tr("1 träff")
                if len(matches) == 1
                else self.tr("{count} träffar").format(count=len(matches))
            )
        else:
            self.hint.setText(self.tr("Alla {count} kommuner").format(count=len(matches)))
        self.selection_changed.emit()

    def selected(self) -> Municipality | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return self.model.municipality(indexes[0].row()) if indexes else None

    def _choose_current(self) -> None:
        municipality = self.selected()
        if municipality is not None:
            self.chosen.emit(municipality)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search field move the list selection, like a combo box."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                current = self.view.currentIndex().row()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, current + step))
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return True
        return super().eventFilter(watched, event)


class CustomOrganisationForm(QWidget):
    """Name and kommungrupp for a body that is not a municipality (e.g. a kommunalförbund)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Räddningstjänsten Dala Mitt"))
        self.name.setAccessibleName(self.tr("Organisationens namn"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Kommungrupp att jämföra med"))
        for key in GROUPS:
            self.group.addItem(group_description(key), key)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Namn:"), self.name)
        form.addRow(self.tr("Jämför med:"), self.group)
        form.addRow(
            label(
                self.tr(
                    "Välj den kommungrupp som liknar organisationen mest; dess jämförelsetal "
                    "används i översikten."
                ),
                "muted",
                wrap=True,
            )
        )
        self.name.textChanged.connect(lambda _text: self.changed.emit())

    def value(self) -> tuple[str, str] | None:
        name = self.name.text().strip()
        return (name, self.group.currentData()) if name else None


@dataclass(frozen=True)
class OrganisationRequest:
    """What the user asked to add: a municipality by name, or a custom body with a group."""

    name: str
    group: str | None = None  # None for a municipality: its group comes from SKR's list

    @property
    def is_municipality(self) -> bool:
        return self.group is None


class CustomOrganisationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annan organisation"))
        self.form = CustomOrganisationForm()
        buttons = _buttons(self, self.tr("Lägg till"))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(self.tr("Lägg till en organisation som inte är en kommun."), wrap=True)
        )
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.form.changed.connect(lambda: ok.setEnabled(self.form.value() is not None))
        self.resize(480, self.sizeHint().height())


class AddOrganisationDialog(QDialog):
    """A municipality (search) or another organisation (name + group), in one dialog."""

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till organisation"))
        self.as_municipality = QRadioButton(self.tr("En kommun"))
        self.as_custom = QRadioButton(
            self.tr("Annan organisation (t.ex. kommunalförbund eller bolag)")
        )
        self.as_municipality.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.as_municipality)
        kinds.addButton(self.as_custom)
        self.search = MunicipalitySearch(reference)
        self.custom = CustomOrganisationForm()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.search)
        self.stack.addWidget(self.custom)
        self.buttons = _buttons(self, self.tr("Lägg till"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.as_municipality)
        layout.addWidget(self.as_custom)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

        self.as_municipality.toggled.connect(self._switch)
        self.search.selection_changed.connect(self._update_ok)
        self.search.chosen.connect(lambda _m: self.accept())
        self.custom.changed.connect(self._update_ok)
        self._update_ok()
        self.resize(520, 520)
        self.search.field.setFocus()

    def _switch(self, municipality: bool) -> None:
        self.stack.setCurrentWidget(self.search if municipality else self.custom)
        (self.search.field if municipality else self.custom.name).setFocus()
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.request() is not None
        )

    def request(self) -> OrganisationRequest | None:
        if self.as_municipality.isChecked():
            chosen = self.search.selected()
            return OrganisationRequest(chosen.name) if chosen else None
        value = self.custom.value()
        return OrganisationRequest(*value) if value else None


def _buttons(dialog: QDialog, accept_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("AddOrganisationDialog", "Avbryt")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_new_organisation(
    parent: QWidget | None, reference: Reference
) -> OrganisationRequest | None:
    """The "Lägg till organisation…" dialog; None when cancelled."""
    dialog = AddOrganisationDialog(reference, parent)
    return dialog.request() if dialog.exec() else None


def ask_custom_organisation(parent: QWidget | None) -> OrganisationRequest | None:
    """The "Annan organisation…" dialog of the welcome page; None when cancelled."""
    dialog = CustomOrganisationDialog(parent)
    if not dialog.exec():
        return None
    value = dialog.form.value()
    return OrganisationRequest(*value) if value else None


def add_organisation(workspace: Workspace, request: OrganisationRequest) -> Organisation:
    """Create what the user asked for; raises the workspace's Swedish errors unchanged."""
    if request.is_municipality:
        return workspace.add_municipality(request.name)
    return workspace.add_custom_organisation(request.name, request.group)
