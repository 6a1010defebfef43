"""Table models of the management review page: the reviews, and one review's decisions.

A decision row shows the activity it became – its status, and "försenad" in words when it is
late – because the link lives on the activity and is followed here for the reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from app.domain.activity import Activity, ActivityStatus
from app.domain.model import RecordStatus
from app.domain.review import Decision, DecisionFollowUp, DecisionKind, Review
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

REVIEW_ROLE = Qt.ItemDataRole.UserRole + 1
DECISION_ROLE = Qt.ItemDataRole.UserRole + 2

# The domain's Swedish labels, marked so lupdate keeps their translations; shown through
# QCoreApplication.translate with the model's context. A test checks they are the domain's.
STATUS_LABELS = {
    RecordStatus.DRAFT: QT_TRANSLATE_NOOP("ReviewListModel", "Utkast"),
    RecordStatus.FINAL: QT_TRANSLATE_NOOP("ReviewListModel", "Fastställd"),
}
KIND_LABELS = {
    DecisionKind.DECISION: QT_TRANSLATE_NOOP("DecisionTableModel", "Beslut"),
    DecisionKind.PROPOSAL: QT_TRANSLATE_NOOP("DecisionTableModel", "Förslag till beslut"),
}
ACTIVITY_STATUS_LABELS = {
    ActivityStatus.NOT_STARTED: QT_TRANSLATE_NOOP("DecisionTableModel", "Ej påbörjad"),
    ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("DecisionTableModel", "Pågår"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("DecisionTableModel", "Klar"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("DecisionTableModel", "Avbruten"),
}


def _translated_header(context: str, value: Any) -> Any:
    return QCoreApplication.translate(context, value) if isinstance(value, str) else value


class ReviewListModel(RowTableModel[Review]):
    """The organisation's reviews, latest meeting first."""

    DATE, FORUM, STATUS, DECISIONS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewListModel", "Datum"),
        QT_TRANSLATE_NOOP("ReviewListModel", "Forum"),
        QT_TRANSLATE_NOOP("ReviewListModel", "Status"),
        QT_TRANSLATE_NOOP("ReviewListModel", "Beslut"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("ReviewListModel", "Mötesdatum"),
        QT_TRANSLATE_NOOP("ReviewListModel", "Där genomgången hölls"),
        QT_TRANSLATE_NOOP(
            "ReviewListModel", "Utkast kan ändras; en fastställd genomgång är skrivskyddad"
        ),
        QT_TRANSLATE_NOOP("ReviewListModel", "Antal beslut och förslag till beslut"),
    )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return _translated_header("ReviewListModel", super().headerData(section, orientation, role))

    def set_reviews(self, reviews: Sequence[Review]) -> None:
        self.beginResetModel()
        self._rows = sorted(reviews, key=lambda r: (r.held_on, r.id or 0), reverse=True)
        self.endResetModel()

    def review(self, row: int) -> Review | None:
        return self.row(row)

    def row_of(self, review_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == review_id), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        review = self.review(index.row()) if index.isValid() else None
        if review is None:
            return None
        if role == REVIEW_ROLE:
            return review
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                format_date(review.held_on),
                review.forum or "–",
                QCoreApplication.translate("ReviewListModel", review.status.label),
                str(len(review.decisions)),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.DECISIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DecisionTableModel(RowTableModel[Decision]):
    """A review's decisions (saved or not) with the status of the activity each became."""

    KIND, TEXT, OWNER, DUE, ACTIVITY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionTableModel", "Typ"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Beslut"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Ansvarig"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Klart senast"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Aktivitet i handlingsplanen"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("DecisionTableModel", "Beslut eller förslag till beslut"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Vad som beslutades"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Vem som ansvarar"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "När beslutet ska vara genomfört"),
        QT_TRANSLATE_NOOP(
            "DecisionTableModel",
            "Status för aktiviteten som beslutet blev, så att nästa genomgång kan följa upp den",
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activities: Mapping[int, Activity] = {}
        self.today = date.today()
        self.held_on = self.today

    def set_decisions(
        self,
        decisions: Sequence[Decision],
        activities: Mapping[int, Activity],
        today: date,
        held_on: date,
    ) -> None:
        """``activities`` maps decision id -> the activity created from it."""
        self.beginResetModel()
        self._rows = list(decisions)
        self._activities = activities
        self.today = today
        self.held_on = held_on
        self.endResetModel()

    def decision(self, row: int) -> Decision | None:
        return self.row(row)

    def replace_decisions(self, decisions: Sequence[Decision]) -> None:
        """New decision rows (edited in the page), keeping the known activities."""
        self.set_decisions(decisions, self._activities, self.today, self.held_on)

    def decisions(self) -> list[Decision]:
        return list(self._rows)

    def activity_for(self, decision: Decision) -> Activity | None:
        return self._activities.get(decision.id) if decision.id is not None else None

    def follow_up(self, decision: Decision) -> DecisionFollowUp:
        return DecisionFollowUp(decision, self.held_on, self.activity_for(decision))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return _translated_header(
            "DecisionTableModel", super().headerData(section, orientation, role)
        )

    def status_text(self, decision: Decision) -> str:
        """``DecisionFollowUp.status_text`` in the interface language: 'Klar 2026-05-02',
        'Pågår (40 %), försenad sedan 2026-03-01', 'Ingen aktivitet kopplad'."""
        follow_up = self.follow_up(decision)
        activity = follow_up.activity
        if activity is None:
            text = self.tr("Ingen aktivitet kopplad")
            if follow_up.is_overdue(self.today):
                text += self.tr(", förfallen sedan {date}").format(
                    date=format_date(decision.due_date)
                )
            return text
        text = QCoreApplication.translate("DecisionTableModel", activity.status.label)
        if activity.completed_on:
            text += f" {format_date(activity.completed_on)}"
        elif activity.is_open and activity.progress:
            text += f" ({activity.progress}\u00a0%)"
        if activity.is_overdue(self.today):
            text += self.tr(", försenad sedan {date}").format(date=format_date(activity.due_date))
        return text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        decision = self.decision(index.row()) if index.isValid() else None
        if decision is None:
            return None
        column = index.column()
        if role == DECISION_ROLE:
            return decision
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(decision, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TEXT, self.ACTIVITY):
            activity = self.activity_for(decision)
            if column == self.ACTIVITY and activity is not None:
                return self.tr("Aktivitet: {title} (ansvarig {owner})").format(
                    title=activity.title, owner=activity.owner or self.tr("saknas")
                )
            return decision.text
        overdue_cell = column == self.ACTIVITY and self.follow_up(decision).is_overdue(self.today)
        if role == Qt.ItemDataRole.FontRole and overdue_cell:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, decision: Decision, column: int) -> str:
        if column == self.KIND:
            return QCoreApplication.translate("DecisionTableModel", decision.kind.label)
        if column == self.TEXT:
            return decision.text
        if column == self.OWNER:
            return decision.owner or "–"
        if column == self.DUE:
            return format_date(decision.due_date)
        if decision.id is None:
            return self.tr("Inte sparat ännu")
        return self.status_text(decision)
