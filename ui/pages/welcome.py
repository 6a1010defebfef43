"""First run: pick the municipality (or other organisation) this store is about.

Shown instead of the ordinary pages while the store has no organisation, and when no store could
be opened at all – then it offers to open or create one instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.domain.errors import LagesbildError
from ui.dialogs import organisation as organisation_dialogs
from ui.dialogs.organisation import MunicipalitySearch, OrganisationRequest
from ui.pages.base import Page
from ui.style import card, label, set_role

if TYPE_CHECKING:
    from app.reference import Municipality


class WelcomePage(Page):
    """'Välkommen till Lägesbild': search the 290 municipalities and choose one."""

    title = QT_TRANSLATE_NOOP("WelcomePage", "Välkommen")

    #: The organisation that was created (an app.domain.model.Organisation).
    organisation_created = Signal(object)
    demo_requested = Signal()
    open_store_requested = Signal()
    new_store_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Välkommen till Lägesbild"))
        self.search: MunicipalitySearch | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        row.addStretch(1)
        self.panel = card()
        self.panel.setMinimumWidth(560)
        self.panel.setMaximumWidth(680)
        row.addWidget(self.panel, 3)
        row.addStretch(1)

        self.body = QVBoxLayout(self.panel)
        self.body.setContentsMargins(32, 28, 32, 24)
        self.body.setSpacing(12)
        self.body.addWidget(label(self.tr("Välkommen till Lägesbild"), "title"))
        self.intro = label("", wrap=True)
        self.body.addWidget(self.intro)
        self.search_heading = label(self.tr("Vilken kommun arbetar du i?"), "subtitle")
        self.body.addWidget(self.search_heading)
        self.search_slot = QVBoxLayout()
        self.body.addLayout(self.search_slot, 1)
        self.error = label("", "problem", wrap=True)
        self.error.hide()
        self.body.addWidget(self.error)

        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Välj kommun"))
        set_role(self.choose_button, "primary")
        self.choose_button.setDefault(True)
        self.custom_button = QPushButton(self.tr("Annan organisation…"))
        self.demo_button = QPushButton(self.tr("Öppna demodata"))
        self.open_button = QPushButton(self.tr("Öppna databas…"))
        self.new_button = QPushButton(self.tr("Ny databas…"))
        for button in (self.choose_button, self.custom_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.open_button, self.new_button, self.demo_button):
            buttons.addWidget(button)
        self.body.addLayout(buttons)
        self.demo_hint = label(
            self.tr(
                "Demodata är en påhittad kommun med några års bedömningar, så att du kan se hur "
                "Lägesbild fungerar. Den sparas inte."
            ),
            "muted",
            wrap=True,
        )
        self.body.addWidget(self.demo_hint)

        self.choose_button.clicked.connect(self._choose_selected)
        self.custom_button.clicked.connect(self._add_custom)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_store_requested)
        self.new_button.clicked.connect(self.new_store_requested)

    # Page contract ---------------------------------------------------------------------------

    def refresh(self) -> None:
        has_store = self.workspace is not None
        if has_store and self.search is None:
            self.search = MunicipalitySearch(self.workspace.reference)
            self.search.chosen.connect(self._choose)
            self.search.selection_changed.connect(self._update_buttons)
            self.search_slot.addWidget(self.search)
            self.setFocusProxy(self.search.field)
        if self.search is not None:
            self.search.setVisible(has_store)
        for widget in (self.search_heading, self.choose_button, self.custom_button):
            widget.setVisible(has_store)
        self.open_button.setVisible(not has_store)
        self.new_button.setVisible(not has_store)
        # With a store the card grows to give the list room; without one it stays compact.
        self.panel.setSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Expanding if has_store else QSizePolicy.Policy.Maximum,
        )
        if has_store:
            self.intro.setText(
                self.tr(
                    "Lägesbild hjälper dig att följa kommunens systematiska "
                    "informationssäkerhetsarbete år för år och jämföra det med SKR:s uppföljning. "
                    "Börja med att välja din kommun – då vet Lägesbild vilken kommungrupp du ska "
                    "jämföras med."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Ingen databas är öppen. Öppna en befintlig Lägesbild-databas, skapa en ny "
                    "eller prova med demodata."
                )
            )
        self._update_buttons()

    # Actions ---------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _update_buttons(self) -> None:
        read_only = self.workspace is None or self.workspace.read_only
        selected = self.search.selected() if self.search is not None else None
        self.choose_button.setEnabled(selected is not None and not read_only)
        self.custom_button.setEnabled(not read_only)
        if self.search is not None and selected is not None:
            self.choose_button.setText(self.tr("Välj {name}").format(name=selected.name))
        else:
            self.choose_button.setText(self.tr("Välj kommun"))

    def _choose_selected(self) -> None:
        if self.search is not None and (chosen := self.search.selected()) is not None:
            self._choose(chosen)

    def _choose(self, municipality: Municipality) -> None:
        self._create(OrganisationRequest(municipality.name))

    def _add_custom(self) -> None:
        request = organisation_dialogs.ask_custom_organisation(self)
        if request is not None:
            self._create(request)

    def _create(self, request: OrganisationRequest) -> None:
        if self.workspace is None:
            return
        try:
            created = organisation_dialogs.add_organisation(self.workspace, request)
        except LagesbildError as exc:
            self.show_error(exc.message)
            return
        self.show_error("")
        self.status_message.emit(self.tr("{name} är tillagd.").format(name=created.name))
        self.organisation_created.emit(created)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.search is not None:
            self.search.field.setFocus(Qt.FocusReason.OtherFocusReason)
