"""Ledningens genomgång: the organisation's management reviews and the editor for one of them.

The editor holds the header (date, forum, participants, period), the inputs a–g of ISO/IEC 27001
9.3.2 (prefilled from the store, editable, "Hämta underlag igen"), the decisions of 9.3.3 (each
can become an activity with one click) and the NIS2 management duties (approvals of the
risk-management measures, the members of management and their training, what is missing).
A final review is read-only until it is reopened with a reason. "Skapa rapport…" is shown only
when the report builder (``app.report``) is installed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import Activity
from app.domain.errors import LagesbildError, ValidationError
from app.domain.model import RecordStatus
from app.domain.review import (
    DUTY_RULES,
    DUTY_VALIDITY_MONTHS,
    Decision,
    ManagementApproval,
    ManagementDutyStatus,
    ManagementMember,
    ManagementTraining,
    Review,
    ReviewInput,
)
from app.services.reviews import ReviewService
from app.swedish_format import format_date
from ui.dialogs import messages, review_dialogs
from ui.dialogs.activity_dialog import ProblemsPanel
from ui.dialogs.messages import UnsavedChoice
from ui.models.review_model import DecisionTableModel, ReviewListModel
from ui.pages.base import Page
from ui.record_table import NarrowColumn, record_table
from ui.side_column import SideColumn
from ui.style import card, label, set_role

if TYPE_CHECKING:
    from ui.settings import AppSettings

#: The width the review editor needs beside the list: its header (title, status, buttons) and
#: the date/forum row (a test checks it at 1280 px).
EDITOR_WIDTH = 720

#: Suggested forums: names of Swedish bodies, stored as typed, so they are not translated.
FORUMS = (
    "Kommunstyrelsen",
    "Kommunstyrelsens arbetsutskott",
    "Kommunledningsgruppen",
    "Kommunfullmäktige",
)
# The Swedish texts below are sources: they are shown through
# ``QCoreApplication.translate("ReviewEditor", …)`` (``"DutyPanel"`` for the duty rules).
INPUT_HINTS = {
    ReviewInput.A: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Hämtas från förra genomgångens beslut och aktiviteterna de blev."
    ),
    ReviewInput.B: QT_TRANSLATE_NOOP(
        "ReviewEditor", "T.ex. ny lagstiftning, ändrad organisation, ny hotbild."
    ),
    ReviewInput.C: QT_TRANSLATE_NOOP(
        "ReviewEditor", "T.ex. förtroendevalda, invånare, tillsynsmyndigheter, leverantörer."
    ),
    ReviewInput.D: QT_TRANSLATE_NOOP(
        "ReviewEditor",
        "Mognad, jämförelse med SKR, handlingsplanens status, avvikelser, mätningar.",
    ),
    ReviewInput.E: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Synpunkter från förvaltningar, bolag, medarbetare och andra."
    ),
    ReviewInput.F: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Riskbehandling: aktiviteter inom riskhantering och NIS2-åtgärderna."
    ),
    ReviewInput.G: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Förslag utifrån självskattningen och det som saknas enligt lagen."
    ),
}
#: The labels of ``ReviewInput`` (app.domain.review), marked so lupdate keeps their translations;
#: a test checks that they are still the domain's labels.
INPUT_LABELS = {
    ReviewInput.A: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Status för åtgärder från tidigare ledningens genomgångar"
    ),
    ReviewInput.B: QT_TRANSLATE_NOOP(
        "ReviewEditor",
        "Förändringar i externa och interna frågor som är relevanta för ledningssystemet",
    ),
    ReviewInput.C: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Förändringar i intressenters behov och förväntningar"
    ),
    ReviewInput.D: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Återkoppling om informationssäkerhetens prestanda"
    ),
    ReviewInput.E: QT_TRANSLATE_NOOP("ReviewEditor", "Återkoppling från intressenter"),
    ReviewInput.F: QT_TRANSLATE_NOOP(
        "ReviewEditor", "Resultat av riskbedömning och status för riskbehandlingsplanen"
    ),
    ReviewInput.G: QT_TRANSLATE_NOOP("ReviewEditor", "Möjligheter till ständig förbättring"),
}
#: ``DUTY_RULES`` (app.domain.review) as translatable sources; a test checks they are the same.
DUTY_RULE_TEXTS = (
    QT_TRANSLATE_NOOP(
        "DutyPanel",
        "Ledningen ska ha godkänt riskhanteringsåtgärderna för cybersäkerhet, och det senaste "
        "godkännandet får inte vara äldre än 12 månader.",
    ),
    QT_TRANSLATE_NOOP(
        "DutyPanel",
        "Varje registrerad ledamot ska ha genomgått utbildning i cybersäkerhet under de senaste "
        "12 månaderna.",
    ),
)


def input_heading(key: ReviewInput) -> str:
    """'a) Status för åtgärder …' in the interface language (``ReviewInput.heading``)."""
    return f"{key.value}) {QCoreApplication.translate('ReviewEditor', key.label)}"


def review_title(review: Review) -> str:
    """'Ledningens genomgång 2026-03-12, Kommunstyrelsen' (``Review.title``) in the interface
    language."""
    title = QCoreApplication.translate("ReviewsPage", "Ledningens genomgång {date}").format(
        date=format_date(review.held_on)
    )
    return f"{title}, {review.forum}" if review.forum else title


def _lower_first(text: str) -> str:
    return f"{text[:1].lower()}{text[1:]}"


def report_available() -> bool:
    """Whether the PDF/Word report builder is part of this installation."""
    try:
        return all(
            importlib.util.find_spec(name) is not None
            for name in ("app.report", "ui.report_export")
        )
    except ModuleNotFoundError:
        return False


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class GrowingTextEdit(QTextEdit):
    """A plain-text field that grows with its text, between ``min_height`` and ``max_height``."""

    def __init__(
        self, min_height: int = 90, max_height: int = 520, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.min_height = min_height
        self.max_height = max_height
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, *_args: object) -> None:
        wanted = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(max(self.min_height, min(self.max_height, wanted)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def _table_widget(headers: tuple[str, ...], accessible: str) -> QTableWidget:
    table = record_table(accessible, view=QTableWidget(0, len(headers)))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, tuple[str, ...]]]) -> None:
    """Rows of (record, cell texts); the record rides along in the first cell's UserRole."""
    table.setRowCount(len(rows))
    for row, (record, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, record)
            table.setItem(row, column, item)


def _selected_record(table: QTableWidget) -> object | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


class DutyPanel(QWidget):
    """Cybersäkerhetslagen / NIS2 art. 20: approvals, members, training, and what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.missing = ProblemsPanel(self.tr("Det som saknas enligt cybersäkerhetslagen"))
        layout.addWidget(self.missing)
        self.status = label("", "info", wrap=True)
        self.status.setAccessibleName(self.tr("Ledningens ansvar – status"))
        layout.addWidget(self.status)
        rules = self.tr("Regler: {rules}").format(
            rules=" ".join(QCoreApplication.translate("DutyPanel", rule) for rule in DUTY_RULES)
        )
        layout.addWidget(label(rules, "muted", wrap=True))

        self.approvals = _table_widget(
            (self.tr("Datum"), self.tr("Organ"), self.tr("Beslutsreferens"), self.tr("Anteckning")),
            self.tr("Godkännanden"),
        )
        self.members = _table_widget(
            (self.tr("Namn"), self.tr("Roll"), self.tr("Senast utbildad"), self.tr("Status")),
            self.tr("Ledamöter i ledningen"),
        )
        self.trainings = _table_widget(
            (self.tr("Datum"), self.tr("Vem"), self.tr("Utbildning"), self.tr("Utbildare")),
            self.tr("Utbildningar för ledningen"),
        )
        self.add_approval = QPushButton(self.tr("Registrera godkännande…"))
        self.add_member = QPushButton(self.tr("Ny ledamot…"))
        self.edit_member = QPushButton(self.tr("Ändra ledamot…"))
        self.add_training = QPushButton(self.tr("Registrera utbildning…"))
        self.remove_buttons: dict[str, QPushButton] = {}
        for key, heading, table, buttons in (
            (
                "approval",
                self.tr("Ledningens godkännande av riskhanteringsåtgärderna"),
                self.approvals,
                (self.add_approval,),
            ),
            (
                "member",
                self.tr("Ledamöter i ledningen"),
                self.members,
                (self.add_member, self.edit_member),
            ),
            (
                "training",
                self.tr("Utbildning i cybersäkerhet"),
                self.trainings,
                (self.add_training,),
            ),
        ):
            layout.addWidget(label(heading, "subtitle"))
            table.setMinimumHeight(110)
            layout.addWidget(table)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            remove = QPushButton(self.tr("Ta bort"))
            remove.setAccessibleName(self.tr("Ta bort – {what}").format(what=heading))
            self.remove_buttons[key] = remove
            row.addWidget(remove)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def show_status(
        self,
        status: ManagementDutyStatus,
        approvals: list[ManagementApproval],
        members: list[ManagementMember],
        trainings: list[ManagementTraining],
    ) -> None:
        day = format_date(status.as_of)
        self.missing.show_problems(
            self.missing_texts(status), self.tr("Detta saknas per {date}:").format(date=day)
        )
        self.status.setVisible(not status.missing)
        self.status.setText(
            self.tr("Ledningens ansvar enligt cybersäkerhetslagen är uppfyllt per {date}.").format(
                date=day
            )
        )
        _fill(
            self.approvals,
            [
                (a, (format_date(a.approved_on), a.body, a.decision_reference, a.note))
                for a in sorted(approvals, key=lambda a: a.approved_on, reverse=True)
            ],
        )
        trained = {m.name: t for m, t in status.trained}
        latest: dict[str, date] = {}
        for t in trainings:
            key = t.person.strip().casefold()
            if t.trained_on <= status.as_of and t.trained_on > latest.get(key, date.min):
                latest[key] = t.trained_on
        _fill(
            self.members,
            [
                (
                    m,
                    (
                        m.name,
                        m.role,
                        format_date(latest.get(m.name.strip().casefold())),
                        self.tr("Avgått")
                        if not m.active
                        else self.tr("Utbildad")
                        if m.name in trained
                        else self.tr("Saknar utbildning senaste 12 mån."),
                    ),
                )
                for m in members
            ],
        )
        _fill(
            self.trainings,
            [
                (t, (format_date(t.trained_on), t.person, t.training, t.provider))
                for t in sorted(trainings, key=lambda t: t.trained_on, reverse=True)
            ],
        )

    def missing_texts(self, status: ManagementDutyStatus) -> list[str]:
        """``status.missing`` in the interface language, built from the status's own facts
        (the domain's list is Swedish); the domain's list when it says something unknown here."""
        texts: list[str] = []
        latest = status.latest_approval
        if latest is None:
            texts.append(
                self.tr(
                    "Det finns inget beslut om att ledningen har godkänt "
                    "riskhanteringsåtgärderna (cybersäkerhetslagen, NIS2 art. 20.1)."
                )
            )
        elif not status.approval_current:
            texts.append(
                self.tr(
                    "Ledningens senaste godkännande av riskhanteringsåtgärderna ({approval}) är "
                    "äldre än {months} månader."
                ).format(approval=latest.label, months=DUTY_VALIDITY_MONTHS)
            )
        if not status.members:
            texts.append(
                self.tr(
                    "Inga ledamöter i ledningen är registrerade, så utbildningskravet "
                    "(NIS2 art. 20.2) kan inte följas upp."
                )
            )
        for member in status.untrained:
            texts.append(
                self.tr(
                    "{member} saknar utbildning i cybersäkerhet under de senaste {months} "
                    "månaderna."
                ).format(member=member.label, months=DUTY_VALIDITY_MONTHS)
            )
        return texts if len(texts) == len(status.missing) else list(status.missing)

    def set_writable(self, writable: bool) -> None:
        for button in (self.add_approval, self.add_member, self.edit_member, self.add_training):
            button.setEnabled(writable)
        for button in self.remove_buttons.values():
            button.setEnabled(writable)


class ReviewEditor(QWidget):
    """One review: header fields, inputs a–g, decisions and the NIS2 duty panel."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.baseline: Review | None = None
        self.is_new = False
        self.store_read_only = False
        self._loading = False
        #: Whether any field changed since ``load`` (every edit passes through ``_on_changed``):
        #: an untouched form is clean without collecting and comparing every field.
        self._edited = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        head = QHBoxLayout()
        self.heading = label("", "subtitle", wrap=True)  # wraps before the buttons are cut
        self.status = label("")
        self.status.setAccessibleName(self.tr("Status för genomgången"))
        # The heading takes the free width (and wraps only when even that is too narrow); the
        # status then stands beside the buttons.
        head.addWidget(self.heading, 1)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.save_button = QPushButton(self.tr("Spara"))
        set_role(self.save_button, "primary")
        self.finalise_button = QPushButton(self.tr("Fastställ…"))
        self.finalise_button.setToolTip(
            self.tr("Gör genomgången skrivskyddad, t.ex. när protokollet är justerat")
        )
        self.reopen_button = QPushButton(self.tr("Öppna igen…"))
        self.report_button = QPushButton(self.tr("Skapa rapport…"))
        self.report_button.setToolTip(self.tr("Rapport till ledningen som PDF eller Word"))
        for button in (
            self.save_button,
            self.finalise_button,
            self.reopen_button,
            self.report_button,
        ):
            head.addWidget(button)
        layout.addLayout(head)
        self.problems = ProblemsPanel(self.tr("Problem som hindrar att genomgången sparas"))
        layout.addWidget(self.problems)

        details = card()
        form = QFormLayout(details)
        form.setContentsMargins(16, 12, 16, 12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.held_on = QDateEdit()
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setCalendarPopup(True)
        self.held_on.setAccessibleName(self.tr("Mötesdatum"))
        self.forum = QComboBox()
        self.forum.setEditable(True)
        self.forum.addItems(list(FORUMS))
        self.forum.setAccessibleName(self.tr("Forum"))
        row = QHBoxLayout()
        row.addWidget(self.held_on)
        forum_caption = QLabel(self.tr("&Forum:"))
        forum_caption.setBuddy(self.forum)
        row.addWidget(forum_caption)
        row.addWidget(self.forum, 1)
        date_caption = QLabel(self.tr("&Datum:"))
        date_caption.setBuddy(self.held_on)
        form.addRow(date_caption, row)
        self.period_from = QDateEdit()
        self.period_to = QDateEdit()
        period = QHBoxLayout()
        for edit, name in (
            (self.period_from, self.tr("Perioden från")),
            (self.period_to, self.tr("Perioden till")),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        period.addStretch(1)
        form.addRow(self.tr("Perioden som avses:"), period)
        self.participants = GrowingTextEdit(min_height=56, max_height=120)
        self.participants.setAccessibleName(self.tr("Deltagare, en per rad"))
        self.participants.setPlaceholderText(self.tr("En per rad: namn, roll"))
        self.participants.setTabChangesFocus(True)
        form.addRow(self.tr("&Deltagare:"), self.participants)
        layout.addWidget(details)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        inputs_page = QWidget()
        inputs_layout = QVBoxLayout(inputs_page)
        inputs_layout.setContentsMargins(12, 10, 12, 12)
        refetch_row = QHBoxLayout()
        refetch_row.addWidget(
            label(
                self.tr("Underlaget hämtas från databasen och kan redigeras fritt."),
                "muted",
                wrap=True,
            ),
            1,
        )
        self.refetch_button = QPushButton(self.tr("Hämta underlag igen"))
        self.refetch_button.setToolTip(
            self.tr(
                "Ersätt texterna a–g med nytt underlag från självskattning, handlingsplan och "
                "beslut"
            )
        )
        refetch_row.addWidget(self.refetch_button)
        inputs_layout.addLayout(refetch_row)
        self.inputs: dict[ReviewInput, GrowingTextEdit] = {}
        inputs_box = QWidget()
        box_layout = QVBoxLayout(inputs_box)
        box_layout.setContentsMargins(0, 0, 8, 0)
        for key in ReviewInput:
            heading = input_heading(key)
            caption = label(heading, "subtitle", wrap=True)
            edit = GrowingTextEdit()
            edit.setAccessibleName(heading)
            edit.setPlaceholderText(QCoreApplication.translate("ReviewEditor", INPUT_HINTS[key]))
            edit.setTabChangesFocus(True)
            caption.setBuddy(edit)
            box_layout.addWidget(caption)
            box_layout.addWidget(edit)
            self.inputs[key] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inputs_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inputs_layout.addWidget(scroll, 1)
        self.tabs.addTab(inputs_page, self.tr("Underlag a–g"))

        decisions_page = QWidget()
        decisions_layout = QVBoxLayout(decisions_page)
        decisions_layout.setContentsMargins(12, 10, 12, 12)
        decisions_layout.addWidget(
            label(
                self.tr(
                    "Beslut och förslag till beslut (ISO/IEC 27001 9.3.3). Ett beslut kan bli en "
                    "aktivitet i handlingsplanen; nästa genomgång följer då upp den."
                ),
                "muted",
                wrap=True,
            )
        )
        self.decision_model = DecisionTableModel(self)
        self.decision_table = record_table(self.tr("Beslut"), self.decision_model, word_wrap=True)
        header = self.decision_table.horizontalHeader()
        for column in range(self.decision_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DecisionTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.decision_model.modelReset.connect(self.decision_table.resizeRowsToContents)
        decisions_layout.addWidget(self.decision_table, 1)
        buttons = QHBoxLayout()
        self.add_decision_button = QPushButton(self.tr("Nytt beslut…"))
        self.edit_decision_button = QPushButton(self.tr("Redigera…"))
        self.remove_decision_button = QPushButton(self.tr("Ta bort"))
        self.activity_button = QPushButton(self.tr("Skapa aktivitet"))
        set_role(self.activity_button, "primary")
        self.activity_button.setToolTip(
            self.tr("Lägg till beslutet som aktivitet i handlingsplanen, kopplad till beslutet")
        )
        for button in (
            self.add_decision_button,
            self.edit_decision_button,
            self.remove_decision_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.activity_button)
        decisions_layout.addLayout(buttons)
        self.tabs.addTab(decisions_page, self.tr("Beslut"))

        self.duties = DutyPanel()
        duty_scroll = QScrollArea()
        duty_scroll.setWidgetResizable(True)
        duty_scroll.setWidget(self.duties)
        duty_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(duty_scroll, self.tr("Ledningens ansvar (NIS2)"))

        self.held_on.dateChanged.connect(self._on_changed)
        self.period_from.dateChanged.connect(self._on_changed)
        self.period_to.dateChanged.connect(self._on_changed)
        self.forum.currentTextChanged.connect(self._on_changed)
        self.participants.textChanged.connect(self._on_changed)
        for edit in self.inputs.values():
            edit.textChanged.connect(self._on_changed)
        self.decision_table.selectionModel().selectionChanged.connect(self.update_state)

    # Loading and collecting --------------------------------------------------------------------

    def load(
        self,
        review: Review,
        *,
        is_new: bool,
        store_read_only: bool,
        activities: dict[int, Activity],
        today: date,
    ) -> None:
        self._loading = True
        try:
            self.baseline = review
            self.is_new = is_new
            self.store_read_only = store_read_only
            self.held_on.setDate(_qdate(review.held_on))
            self.forum.setCurrentText(review.forum)
            self.period_from.setDate(_qdate(review.period_from or review.held_on))
            self.period_to.setDate(_qdate(review.period_to or review.held_on))
            self.participants.setPlainText("\n".join(review.participants))
            self.set_inputs(review.inputs)
            self.decision_model.set_decisions(review.decisions, activities, today, review.held_on)
            self.problems.show_problems([])
        finally:
            self._loading = False
        self._edited = False
        self.update_state()

    def set_inputs(self, inputs: dict[ReviewInput, str]) -> None:
        for key, edit in self.inputs.items():
            edit.setPlainText(inputs.get(key, ""))

    def set_decisions(self, decisions: list[Decision]) -> None:
        self.decision_model.replace_decisions(decisions)
        self._on_changed()

    def collect(self) -> Review:
        assert self.baseline is not None
        participants = tuple(
            line.strip() for line in self.participants.toPlainText().splitlines() if line.strip()
        )
        return replace(
            self.baseline,
            held_on=self.held_on.date().toPython(),
            forum=self.forum.currentText().strip(),
            period_from=self.period_from.date().toPython(),
            period_to=self.period_to.date().toPython(),
            participants=participants,
            inputs={key: edit.toPlainText() for key, edit in self.inputs.items()},
            decisions=tuple(self.decision_model.decisions()),
        )

    @property
    def read_only(self) -> bool:
        return self.store_read_only or bool(self.baseline and self.baseline.is_final)

    def is_dirty(self) -> bool:
        if self.baseline is None or self.read_only:
            return False
        if self.is_new:
            return True
        if not self._edited:
            return False
        base = self.baseline
        comparable = replace(
            base,
            period_from=base.period_from or base.held_on,
            period_to=base.period_to or base.held_on,
            # Qt's plain-text editor turns non-breaking spaces into spaces.
            inputs={key: base.inputs.get(key, "").replace("\xa0", " ") for key in ReviewInput},
        )
        return self.collect() != comparable

    def selected_decision(self) -> Decision | None:
        rows = self.decision_table.selectionModel().selectedRows()
        return self.decision_model.decision(rows[0].row()) if rows else None

    # State -------------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        if not self._loading:
            self._edited = True
            self.update_state()
            self.changed.emit()

    def update_state(self) -> None:
        review = self.baseline
        if review is None:
            return
        read_only = self.read_only
        for widget in (self.held_on, self.period_from, self.period_to):
            widget.setReadOnly(read_only)
        self.forum.setEnabled(not read_only)
        self.participants.setReadOnly(read_only)
        for edit in self.inputs.values():
            edit.setReadOnly(read_only)
        self.refetch_button.setEnabled(not read_only)
        decision = self.selected_decision()
        self.add_decision_button.setEnabled(not read_only)
        self.edit_decision_button.setEnabled(not read_only and decision is not None)
        self.remove_decision_button.setEnabled(not read_only and decision is not None)
        has_activity = decision is not None and self.decision_model.activity_for(decision)
        self.activity_button.setEnabled(
            not self.store_read_only and decision is not None and not has_activity
        )
        final = review.is_final
        self.heading.setText(
            self.tr("Ny ledningens genomgång")
            if self.is_new
            else self.tr("Ledningens genomgång {date}").format(date=format_date(review.held_on))
        )
        if self.is_new:
            status, role = self.tr("Ny – inte sparad ännu"), "status-draft"
        elif final:
            status, role = self.tr("Fastställd – skrivskyddad"), "status-final"
        else:
            status, role = (
                (self.tr("Utkast – osparade ändringar") if self.is_dirty() else self.tr("Utkast")),
                "status-draft",
            )
        self.status.setText(status)
        set_role(self.status, role)
        self.save_button.setVisible(not final)
        self.save_button.setEnabled(not self.store_read_only and self.is_dirty())
        self.finalise_button.setVisible(not final)
        self.finalise_button.setEnabled(not self.store_read_only)
        self.reopen_button.setVisible(final and not self.store_read_only)
        self.report_button.setVisible(report_available())
        self.report_button.setEnabled(not self.is_new)
        self.duties.set_writable(not self.store_read_only)


class ReviewsPage(Page):
    """The list of reviews plus the editor."""

    title = "Ledningens genomgång"

    def __init__(
        self,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.setAccessibleName(self.tr("Ledningens genomgång"))
        self._shown_id: int | None = None
        self._selecting = False
        self._report = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(20)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Ledningens genomgång"), "title", wrap=True))
        side.addWidget(
            label(self.tr("ISO/IEC 27001 9.3 – senaste mötet först."), "muted", wrap=True)
        )
        self.list_model = ReviewListModel(self)
        self.list = record_table(self.tr("Genomgångar"), self.list_model)
        header = self.list.horizontalHeader()
        for column in range(self.list_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewListModel.FORUM, QHeaderView.ResizeMode.Stretch)
        NarrowColumn(self.list, ReviewListModel.FORUM, room=110)
        side.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("Ny genomgång"))
        set_role(self.new_button, "primary")
        self.new_button.setToolTip(self.tr("Ett utkast med underlag a–g hämtat från databasen"))
        self.delete_button = QPushButton(self.tr("Ta bort utkast…"))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        side.addLayout(row)
        layout.addWidget(SideColumn(side, self, EDITOR_WIDTH))

        self.stack = QStackedWidget()
        empty = card()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(28, 24, 28, 24)
        self.empty_title = label(self.tr("Ingen genomgång vald"), "subtitle")
        empty_layout.addWidget(self.empty_title)
        self.empty_text = label("", wrap=True)
        empty_layout.addWidget(self.empty_text)
        empty_page = QWidget()
        empty_page_layout = QVBoxLayout(empty_page)
        empty_page_layout.setContentsMargins(0, 0, 0, 0)
        empty_page_layout.addWidget(empty)
        empty_page_layout.addStretch(1)
        self.stack.addWidget(empty_page)
        self.editor = ReviewEditor()
        self.stack.addWidget(self.editor)
        layout.addWidget(self.stack, 1)

        self.new_button.clicked.connect(self.new_review)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.selectionModel().currentRowChanged.connect(self._on_row_changed)
        editor = self.editor
        editor.save_button.clicked.connect(self.save_changes)
        editor.finalise_button.clicked.connect(self.finalise)
        editor.reopen_button.clicked.connect(self.reopen)
        editor.report_button.clicked.connect(self.create_report)
        editor.refetch_button.clicked.connect(self.refetch_inputs)
        editor.add_decision_button.clicked.connect(self.add_decision)
        editor.edit_decision_button.clicked.connect(self.edit_decision)
        editor.decision_table.doubleClicked.connect(lambda _index: self.edit_decision())
        editor.remove_decision_button.clicked.connect(self.remove_decision)
        editor.activity_button.clicked.connect(self.create_activity)
        duties = editor.duties
        duties.add_approval.clicked.connect(lambda: self.edit_duty(ManagementApproval))
        duties.add_member.clicked.connect(lambda: self.edit_duty(ManagementMember))
        duties.edit_member.clicked.connect(self.edit_selected_member)
        duties.add_training.clicked.connect(lambda: self.edit_duty(ManagementTraining))
        for key, table in (
            ("approval", duties.approvals),
            ("member", duties.members),
            ("training", duties.trainings),
        ):
            duties.remove_buttons[key].clicked.connect(
                lambda _c=False, t=table: self.remove_duty_record(t)
            )
        editor.changed.connect(self._update_side)

    # Page contract ---------------------------------------------------------------------------

    @property
    def service(self) -> ReviewService | None:
        if self.workspace is None:
            return None
        return ReviewService(self.workspace, clock=self.clock)

    def refresh(self) -> None:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None:
            self.list_model.set_reviews([])
            self._show_empty()
            self._update_side()
            return
        reviews = service.reviews(org.id)
        self.list_model.set_reviews(reviews)
        editor = self.editor
        if editor.is_new and editor.baseline and editor.baseline.organisation_id == org.id:
            self._select_row(-1)
            self._refresh_links()
        else:
            shown = self._shown_id if self.list_model.row_of(self._shown_id) >= 0 else None
            if shown is None and reviews:
                shown = max(reviews, key=lambda r: (r.held_on, r.id or 0)).id
            self._show_review(shown)
        self._update_side()

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def save_changes(self) -> bool:
        service, editor = self.service, self.editor
        if service is None or editor.baseline is None or not editor.is_dirty():
            return True
        try:
            saved = service.save(editor.collect())
        except ValidationError as exc:
            editor.problems.show_problems(exc.problems)
            self.status_message.emit(self.tr("Genomgången sparades inte – se problemen ovanför."))
            return False
        except LagesbildError as exc:
            editor.problems.show_problems([exc.message])
            return False
        self._shown_id = saved.id
        self._load(saved, is_new=False)
        self._reload_list(saved.id)
        self.status_message.emit(self.tr("{review} är sparad.").format(review=review_title(saved)))
        self.data_changed.emit()
        return True

    def discard_changes(self) -> None:
        editor = self.editor
        if editor.baseline is None:
            return
        if editor.is_new:
            editor.is_new = False
            editor.baseline = None
            self._show_review(self._shown_id)
        else:
            self._load(editor.baseline, is_new=False)

    # Showing reviews ---------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.editor.baseline = None
        self.editor.is_new = False
        if self.organisation is None:
            self.empty_text.setText(self.tr("Välj en organisation för att se dess genomgångar."))
        else:
            self.empty_text.setText(
                self.tr(
                    "Det finns ingen ledningens genomgång registrerad ännu. Välj «Ny genomgång» "
                    "för ett utkast där underlaget a–g redan är hämtat från självskattningen, "
                    "handlingsplanen och tidigare beslut."
                )
            )
        self.stack.setCurrentIndex(0)

    def _show_review(self, review_id: int | None) -> None:
        service = self.service
        if service is None or review_id is None:
            self._show_empty()
            self._select_row(-1)
            return
        self._shown_id = review_id
        self._load(service.review(review_id), is_new=False)
        self._select_row(self.list_model.row_of(review_id))

    def _load(self, review: Review, *, is_new: bool) -> None:
        service = self.service
        assert service is not None and self.workspace is not None
        activities = {
            item.decision.id: item.activity
            for item in service.follow_ups(review)
            if item.decision.id is not None and item.activity is not None
        }
        self.editor.load(
            review,
            is_new=is_new,
            store_read_only=self.workspace.read_only,
            activities=activities,
            today=self.clock(),
        )
        self._show_duties(review)
        self.stack.setCurrentIndex(1)
        self._update_side()

    def _refresh_links(self) -> None:
        """Reload the decisions' activities (after one was created) without losing edits."""
        service, editor = self.service, self.editor
        if service is None or editor.baseline is None:
            return
        current = editor.collect()
        activities = {
            item.decision.id: item.activity
            for item in service.follow_ups(current)
            if item.decision.id is not None and item.activity is not None
        }
        model = editor.decision_model
        model.set_decisions(model.decisions(), activities, self.clock(), current.held_on)
        self._show_duties(current)
        editor.update_state()

    def _show_duties(self, review: Review) -> None:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None:
            return
        status = service.management_duty_status(org.id, service.as_of(review))
        self.editor.duties.show_status(
            status, service.approvals(org.id), service.members(org.id), service.trainings(org.id)
        )

    def _reload_list(self, select_id: int | None) -> None:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None:
            return
        self.list_model.set_reviews(service.reviews(org.id))
        self._select_row(self.list_model.row_of(select_id))

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            selection = self.list.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                self.list.selectRow(row)
        finally:
            self._selecting = False
        self._update_side()

    def _on_row_changed(self, current, previous) -> None:  # noqa: ANN001 - Qt slot
        if self._selecting or not current.isValid():
            return
        review = self.list_model.review(current.row())
        if review is None or review.id == self._shown_id and not self.editor.is_new:
            return
        if not self._may_leave():
            self._select_row(self.list_model.row_of(self._shown_id))
            return
        self._show_review(review.id)

    def _may_leave(self) -> bool:
        if not self.editor.is_dirty():
            return True
        choice = messages.ask_unsaved_changes(self, self.tr("ledningens genomgång"))
        if choice is UnsavedChoice.SAVE:
            return self.save_changes()
        if choice is UnsavedChoice.DISCARD:
            self.discard_changes()
            return True
        return False

    def _update_side(self) -> None:
        writable = (
            self.workspace is not None
            and self.organisation is not None
            and not self.workspace.read_only
        )
        self.new_button.setEnabled(writable)
        baseline = self.editor.baseline
        self.delete_button.setEnabled(writable and baseline is not None and not baseline.is_final)

    # Review actions ----------------------------------------------------------------------------

    def new_review(self) -> Review | None:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None or not self._may_leave():
            return None
        try:
            draft = service.new_review(org.id, held_on=self.clock())
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ny genomgång"), exc.message)
            return None
        self._load(draft, is_new=True)
        self._select_row(-1)
        self.status_message.emit(
            self.tr("Ett nytt utkast med hämtat underlag. Spara när det är klart.")
        )
        return draft

    def refetch_inputs(self) -> None:
        service, editor = self.service, self.editor
        if service is None or editor.baseline is None or editor.read_only:
            return
        if not messages.confirm(
            self,
            self.tr("Hämta underlag igen"),
            self.tr("Ersätta texterna a–g med nytt underlag från databasen?"),
            self.tr("Hämta underlag"),
            self.tr("Det du har skrivit i a–g skrivs över."),
        ):
            return
        editor.set_inputs(service.prefill(editor.collect()))
        self.status_message.emit(self.tr("Underlaget a–g är hämtat på nytt."))

    def finalise(self) -> Review | None:
        service, editor = self.service, self.editor
        if service is None or editor.baseline is None:
            return None
        if editor.is_dirty() and not self.save_changes():
            return None
        review = editor.baseline
        if review.id is None or not messages.confirm(
            self,
            self.tr("Fastställ genomgången"),
            self.tr("Fastställa {review}?").format(review=_lower_first(review_title(review))),
            self.tr("Fastställ"),
            self.tr(
                "En fastställd genomgång är skrivskyddad. Den kan öppnas igen med en motivering."
            ),
        ):
            return None
        try:
            final = service.finalise(review.id)
        except ValidationError as exc:
            editor.problems.show_problems(exc.problems)
            return None
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Fastställ"), exc.message)
            return None
        self._load(final, is_new=False)
        self._reload_list(final.id)
        self.status_message.emit(
            self.tr("{review} är fastställd.").format(review=review_title(final))
        )
        self.data_changed.emit()
        return final

    def reopen(self) -> Review | None:
        service, review = self.service, self.editor.baseline
        if service is None or review is None or review.id is None:
            return None
        reason = messages.ask_text(
            self,
            self.tr("Öppna genomgången igen"),
            self.tr("Varför öppnas den fastställda genomgången igen?"),
        )
        if reason is None:
            return None
        try:
            reopened = service.reopen(review.id, reason)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Öppna igen"), exc.message)
            return None
        self._load(reopened, is_new=False)
        self._reload_list(reopened.id)
        self.status_message.emit(self.tr("Genomgången är ett utkast igen; motiveringen är sparad."))
        return reopened

    def delete_selected(self) -> bool:
        service, review = self.service, self.editor.baseline
        if service is None or review is None:
            return False
        if self.editor.is_new:
            self.discard_changes()
            return True
        if review.id is None or review.status is RecordStatus.FINAL:
            return False
        if not messages.confirm(
            self,
            self.tr("Ta bort utkast"),
            self.tr("Ta bort {review}?").format(review=_lower_first(review_title(review))),
            self.tr("Ta bort"),
            self.tr("Aktiviteter som skapats från besluten finns kvar i handlingsplanen."),
        ):
            return False
        try:
            service.delete(review.id)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ta bort"), exc.message)
            return False
        self._shown_id = None
        self.refresh()
        self.data_changed.emit()
        return True

    # Decisions ---------------------------------------------------------------------------------

    def add_decision(self) -> Decision | None:
        editor = self.editor
        if editor.baseline is None or editor.read_only:
            return None
        decision = review_dialogs.edit_decision(self, Decision(""), self.clock())
        if decision is not None:
            editor.set_decisions([*editor.decision_model.decisions(), decision])
        return decision

    def edit_decision(self) -> Decision | None:
        editor = self.editor
        current = editor.selected_decision()
        if current is None or editor.read_only:
            return None
        changed = review_dialogs.edit_decision(self, current, self.clock())
        if changed is not None:
            decisions = editor.decision_model.decisions()
            decisions[decisions.index(current)] = changed
            editor.set_decisions(decisions)
        return changed

    def remove_decision(self) -> None:
        editor = self.editor
        current = editor.selected_decision()
        if current is None or editor.read_only:
            return
        if editor.decision_model.activity_for(current) is not None and not messages.confirm(
            self,
            self.tr("Ta bort beslut"),
            self.tr("Beslutet har blivit en aktivitet i handlingsplanen."),
            self.tr("Ta bort beslutet"),
            self.tr(
                "Aktiviteten finns kvar men kopplas bort från beslutet när genomgången sparas."
            ),
        ):
            return
        editor.set_decisions([d for d in editor.decision_model.decisions() if d is not current])

    def create_activity(self) -> Activity | None:
        """The selected decision becomes an activity; an unsaved review is saved first."""
        service, editor = self.service, self.editor
        decision = editor.selected_decision()
        if service is None or decision is None:
            return None
        position = editor.decision_model.decisions().index(decision)
        if editor.is_dirty():
            if not self.save_changes():
                return None
            decision = editor.decision_model.decision(position)
            if decision is None:
                return None
        try:
            activity = service.create_activity(decision.id or 0)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Skapa aktivitet"), exc.message)
            return None
        self._refresh_links()
        editor.decision_table.selectRow(position)
        self.status_message.emit(
            self.tr("Aktiviteten «{title}» finns nu i handlingsplanen.").format(
                title=activity.title
            )
        )
        self.data_changed.emit()
        return activity

    # NIS2 duties -------------------------------------------------------------------------------

    def edit_duty(self, kind: type, record: object | None = None) -> int | None:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None:
            return None
        today = self.clock()
        blank = {
            ManagementApproval: lambda: ManagementApproval(org.id, today, "Kommunstyrelsen"),
            ManagementMember: lambda: ManagementMember(org.id, ""),
            ManagementTraining: lambda: ManagementTraining(org.id, "", today, ""),
        }[kind]
        people = [m.name for m in service.members(org.id) if m.active]
        saved = review_dialogs.edit_duty_record(
            self, record or blank(), service.save_duty_record, people
        )
        if saved is not None:
            self._show_duties(
                self.editor.collect() if self.editor.baseline else Review(org.id, today)
            )
            self.status_message.emit(self.tr("Uppgiften om ledningens ansvar är sparad."))
            self.data_changed.emit()
        return saved

    def edit_selected_member(self) -> int | None:
        member = _selected_record(self.editor.duties.members)
        if not isinstance(member, ManagementMember):
            return None
        return self.edit_duty(ManagementMember, member)

    def remove_duty_record(self, table: QTableWidget) -> bool:
        service = self.service
        record = _selected_record(table)
        if service is None or record is None:
            return False
        if not messages.confirm(
            self,
            self.tr("Ta bort"),
            self.tr("Ta bort den markerade uppgiften?"),
            self.tr("Ta bort"),
        ):
            return False
        try:
            service.delete_duty_record(record)  # type: ignore[arg-type]
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ta bort"), exc.message)
            return False
        if self.editor.baseline is not None:
            self._show_duties(self.editor.collect())
        self.data_changed.emit()
        return True

    # Report ------------------------------------------------------------------------------------

    def create_report(self) -> None:
        """The management report (PDF/A or Word) for this review, via ``ui.report_export``."""
        service, org, editor = self.service, self.organisation, self.editor
        if service is None or org is None or editor.baseline is None or not report_available():
            return
        if editor.is_dirty() and not self.save_changes():
            return
        review = editor.baseline
        years = [y for y in self.workspace.years(org.id) if y <= review.held_on.year]
        if not years:
            messages.show_error(
                self,
                self.tr("Skapa rapport"),
                self.tr(
                    "Rapporten bygger på en självskattning, och {organisation} har ingen för "
                    "{year} eller tidigare."
                ).format(organisation=org.name, year=review.held_on.year),
            )
            return
        if self._report is None:
            from ui.report_export import ReportExport

            self._report = ReportExport(self)
            self._report.status_message.connect(self.status_message)
        self._report.start(self.workspace, org, years[-1], review_id=review.id)
