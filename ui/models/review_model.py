"""Table models of the management review page: the reviews, and one review's decisions.

A decision row shows the activity it became – its status, and "försenad" in words when it is
late – because the link lives on the activity and is followed here for the reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from app.domain.activity import Activity
from app.domain.review import Decision, DecisionFollowUp, Review
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

REVIEW_ROLE = Qt.ItemDataRole.UserRole + 1
DECISION_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewListModel(RowTableModel[Review]):
    """The organisation's reviews, latest meeting first."""

    DATE, FORUM, STATUS, DECISIONS = range(4)
    HEADERS = ("Datum", "Forum", "Status", "Beslut")
    HEADER_TIPS = (
        "Mötesdatum",
        "Där genomgången hölls",
        "Utkast kan ändras; en fastställd genomgång är skrivskyddad",
        "Antal beslut och förslag till beslut",
    )

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
                review.status.label,
                str(len(review.decisions)),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.DECISIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DecisionTableModel(RowTableModel[Decision]):
    """A review's decisions (saved or not) with the status of the activity each became."""

    KIND, TEXT, OWNER, DUE, ACTIVITY = range(5)
    HEADERS = ("Typ", "Beslut", "Ansvarig", "Klart senast", "Aktivitet i handlingsplanen")
    HEADER_TIPS = (
        "Beslut eller förslag till beslut",
        "Vad som beslutades",
        "Vem som ansvarar",
        "När beslutet ska vara genomfört",
        "Status för aktiviteten som beslutet blev, så att nästa genomgång kan följa upp den",
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
                return f"Aktivitet: {activity.title} (ansvarig {activity.owner or 'saknas'})"
            return decision.text
        overdue_cell = column == self.ACTIVITY and self.follow_up(decision).is_overdue(self.today)
        if role == Qt.ItemDataRole.FontRole and overdue_cell:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, decision: Decision, column: int) -> str:
        if column == self.KIND:
            return decision.kind.label
        if column == self.TEXT:
            return decision.text
        if column == self.OWNER:
            return decision.owner or "–"
        if column == self.DUE:
            return format_date(decision.due_date)
        if decision.id is None:
            return "Inte sparat ännu"
        return self.follow_up(decision).status_text(self.today)
