"""An organisation's yearly assessments as a table: the list beside the assessment editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from app.domain.scoring import areas_at_level_two
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

if TYPE_CHECKING:
    from app.domain.model import Assessment
    from app.reference import Reference

ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class AssessmentListModel(RowTableModel["Assessment"]):
    """Year, status, date, assessor and areas at SKR level 2 – newest year first."""

    YEAR, STATUS, DATE, ASSESSOR, LEVEL_TWO = range(5)
    HEADERS = ("År", "Status", "Datum", "Bedömd av", "Nivå 2")
    HEADER_TIPS = (
        "Bedömningsår",
        "Utkast kan ändras; en fastställd bedömning är skrivskyddad",
        "Datum då bedömningen gjordes",
        "Vem som gjorde bedömningen",
        "Antal uppföljningsområden på SKR-jämförbar mognadsnivå 2",
    )

    def __init__(self, reference: Reference | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._level_two: list[int] = []
        self._area_count = 0

    def set_assessments(
        self, assessments: Sequence[Assessment], reference: Reference | None
    ) -> None:
        self.beginResetModel()
        self._reference = reference
        self._rows = sorted(assessments, key=lambda a: a.year, reverse=True)
        self._level_two = (
            [areas_at_level_two(a, reference) for a in self._rows] if reference else []
        )
        self._area_count = len(reference.areas) if reference else 0
        self.endResetModel()

    def assessment(self, row: int) -> Assessment | None:
        return self.row(row)

    def row_of_year(self, year: int) -> int:
        """The row showing ``year``, or -1."""
        return next((i for i, a in enumerate(self._rows) if a.year == year), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.assessment(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.YEAR:
                return str(item.year)
            if column == self.STATUS:
                return item.status.label
            if column == self.DATE:
                return format_date(item.assessed_on)
            if column == self.ASSESSOR:
                return item.assessor or "–"
            return f"{self._level_two[index.row()]} av {self._area_count}"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LEVEL_TWO:
            return (
                f"{self._level_two[index.row()]} av {self._area_count} områden "
                "på SKR-jämförbar nivå 2"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.YEAR, self.LEVEL_TWO):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ASSESSMENT_ROLE:
            return item
        return None
