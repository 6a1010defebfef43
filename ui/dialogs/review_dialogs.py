"""Dialogs of the management review: a decision and the NIS2 duty records.

As in ``activity_dialog``, the page calls the module functions (looked up at call time) so GUI
tests replace them with stubs. Record dialogs save through a callback and keep the dialog open
with the Swedish problems when the service refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LagesbildError
from app.domain.review import (
    Decision,
    DecisionKind,
    ManagementApproval,
    ManagementMember,
    ManagementTraining,
)
from ui.dialogs.activity_dialog import OptionalDate, ProblemsPanel

Record = TypeVar("Record", ManagementApproval, ManagementMember, ManagementTraining)

#: ``DecisionKind`` labels (app.domain.review) marked for translation; a test checks them.
KIND_LABELS = {
    DecisionKind.DECISION: QT_TRANSLATE_NOOP("DecisionDialog", "Beslut"),
    DecisionKind.PROPOSAL: QT_TRANSLATE_NOOP("DecisionDialog", "Förslag till beslut"),
}


def _date_edit(value: date, accessible: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible)
    return edit


class _FormDialog(QDialog):
    """A titled form with a problems panel and Spara/Avbryt.

    Its own texts use the explicit context ``_FormDialog``: ``self.tr`` would look them up under
    the subclass's name.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.problems = ProblemsPanel()
        layout.addWidget(self.problems)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            QCoreApplication.translate("_FormDialog", "Spara"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = buttons.addButton(
            QCoreApplication.translate("_FormDialog", "Avbryt"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def line(self, caption: str, value: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(caption.rstrip(":").replace("&", ""))
        edit.setPlaceholderText(placeholder)
        self.form.addRow(caption, edit)
        return edit


class DecisionDialog(_FormDialog):
    """One decision (9.3.3): text, Beslut / Förslag till beslut, owner, due date."""

    def __init__(self, decision: Decision, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Nytt beslut") if decision.id is None else self.tr("Redigera beslut"), parent
        )
        self.original = decision
        self.text = QPlainTextEdit(decision.text)
        self.text.setAccessibleName(self.tr("Beslutstext"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.form.addRow(self.tr("&Beslut:"), self.text)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Typ av beslut"))
        for kind in DecisionKind:
            self.kind.addItem(QCoreApplication.translate("DecisionDialog", kind.label), kind)
        self.kind.setCurrentIndex(self.kind.findData(decision.kind))
        self.form.addRow(self.tr("&Typ:"), self.kind)
        self.owner = self.line(
            self.tr("&Ansvarig:"), decision.owner, self.tr("T.ex. Lars Berg, IT-chef")
        )
        self.due = OptionalDate(self.tr("Klart senast"))
        self.due.set_value(decision.due_date, today)
        self.form.addRow(self.tr("&Klart senast:"), self.due)

    def decision(self) -> Decision:
        return replace(
            self.original,
            text=self.text.toPlainText().strip(),
            kind=self.kind.currentData(),
            owner=self.owner.text().strip(),
            due_date=self.due.value(),
        )

    def accept(self) -> None:
        if not self.decision().text:
            self.problems.show_problems([self.tr("Skriv vad som beslutades.")])
            return
        super().accept()


def edit_decision(parent: QWidget | None, decision: Decision, today: date) -> Decision | None:
    dialog = DecisionDialog(decision, today, parent)
    return dialog.decision() if dialog.exec() else None


class RecordDialog(_FormDialog):
    """An approval, a member or a training; saved through ``save`` (the service)."""

    def __init__(
        self,
        record: Record,
        save: Callable[[Record], int],
        *,
        people: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            ManagementApproval: self.tr("Ledningens godkännande av riskhanteringsåtgärder"),
            ManagementMember: self.tr("Ledamot i ledningen"),
            ManagementTraining: self.tr("Utbildning för ledningen"),
        }
        super().__init__(titles[type(record)], parent)
        self.original = record
        self._save = save
        self.saved_id: int | None = None
        self._collect: Callable[[], Record]
        if isinstance(record, ManagementApproval):
            self._approval_fields(record)
        elif isinstance(record, ManagementMember):
            self._member_fields(record)
        else:
            self._training_fields(record, people)

    def _approval_fields(self, record: ManagementApproval) -> None:
        approved_on = _date_edit(record.approved_on, self.tr("Datum för beslutet"))
        self.form.addRow(self.tr("&Datum:"), approved_on)
        body = self.line(self.tr("&Organ:"), record.body, self.tr("T.ex. Kommunstyrelsen"))
        reference = self.line(
            self.tr("&Beslutsreferens:"),
            record.decision_reference,
            self.tr("T.ex. KS 2026-03-12 § 45"),
        )
        note = self.line(
            self.tr("&Anteckning:"),
            record.note,
            self.tr("Vad godkändes, t.ex. åtgärdsplanen 2026"),
        )
        self._collect = lambda: replace(
            record,
            approved_on=approved_on.date().toPython(),
            body=body.text().strip(),
            decision_reference=reference.text().strip(),
            note=note.text().strip(),
        )

    def _member_fields(self, record: ManagementMember) -> None:
        name = self.line(self.tr("&Namn:"), record.name)
        role = self.line(
            self.tr("&Roll:"), record.role, self.tr("T.ex. Kommunstyrelsens ordförande")
        )
        active = QCheckBox(self.tr("Ingår i ledningen nu"))
        active.setChecked(record.active)
        self.form.addRow("", active)
        self._collect = lambda: replace(
            record, name=name.text().strip(), role=role.text().strip(), active=active.isChecked()
        )

    def _training_fields(self, record: ManagementTraining, people: Sequence[str]) -> None:
        person = QComboBox()
        person.setEditable(True)
        person.setAccessibleName(self.tr("Vem"))
        person.addItems(list(people))
        person.setCurrentText(record.person)
        self.form.addRow(self.tr("&Vem:"), person)
        role = self.line(self.tr("&Roll:"), record.role)
        trained_on = _date_edit(record.trained_on, self.tr("Datum för utbildningen"))
        self.form.addRow(self.tr("&Datum:"), trained_on)
        training = self.line(
            self.tr("&Utbildning:"), record.training, self.tr("Vilken utbildning i cybersäkerhet")
        )
        provider = self.line(self.tr("&Utbildare:"), record.provider)
        self._collect = lambda: replace(
            record,
            person=person.currentText().strip(),
            role=role.text().strip(),
            trained_on=trained_on.date().toPython(),
            training=training.text().strip(),
            provider=provider.text().strip(),
        )

    def record(self) -> Record:
        return self._collect()

    def accept(self) -> None:
        try:
            self.saved_id = self._save(self.record())
        except LagesbildError as exc:
            self.problems.show_error(exc)
            return
        super().accept()


def edit_duty_record(
    parent: QWidget | None,
    record: Record,
    save: Callable[[Record], int],
    people: Sequence[str] = (),
) -> int | None:
    """Show the dialog for an approval, member or training; the saved id, or None."""
    dialog = RecordDialog(record, save, people=people, parent=parent)
    dialog.exec()
    return dialog.saved_id
