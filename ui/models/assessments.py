"""An organisation's yearly assessments as a table: the list beside the assessment editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.domain.model import RecordStatus
from app.domain.scoring import areas_at_level_two
from app.swedish_format import format_date
from ui.models.table import ModelIndex, RowTableModel

if TYPE_CHECKING:
    from app.domain.model import Assessment
    from app.reference import Reference

ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole + 1

#: The statuses' Swedish labels (``RecordStatus.label``) marked for translation.
STATUS_LABELS = {
    RecordStatus.DRAFT: QT_TRANSLATE_NOOP("AssessmentListModel", "Utkast"),
    RecordStatus.FINAL: QT_TRANSLATE_NOOP("AssessmentListModel", "Fastställd"),
}


class AssessmentListModel(RowTableModel["Assessment"]):
    """Year, status, date, assessor and areas at SKR level 2 – newest year first."""

    YEAR, STATUS, DATE, ASSESSOR, LEVEL_TWO = range(5)
    # Swedish source texts; headerData shows them in the interface language.
    HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentListModel", "År"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Status"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Datum"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Bedömd av"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Nivå 2"),
    )
    HEADER_TIPS = (
        QT_TRANSLATE_NOOP("AssessmentListModel", "Bedömningsår"),
        QT_TRANSLATE_NOOP(
            "AssessmentListModel", "Utkast kan ändras; en fastställd bedömning är skrivskyddad"
        ),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Datum då bedömningen gjordes"),
        QT_TRANSLATE_NOOP("AssessmentListModel", "Vem som gjorde bedömningen"),
        QT_TRANSLATE_NOOP(
            "AssessmentListModel", "Antal uppföljningsområden på SKR-jämförbar mognadsnivå 2"
        ),
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().headerData(section, orientation, role)
        if isinstance(value, str):
            return QCoreApplication.translate("AssessmentListModel", value)
        return value

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.assessment(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.YEAR:
                return str(item.year)
            if column == self.STATUS:
                return QCoreApplication.translate("AssessmentListModel", item.status.label)
            if column == self.DATE:
                return format_date(item.assessed_on)
            if column == self.ASSESSOR:
                return item.assessor or "–"
            return self.tr("{count} av {total}").format(
                count=self._level_two[index.row()], total=self._area_count
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LEVEL_TWO:
            return self.tr("{count} av {total} områden på SKR-jämförbar nivå 2").format(
                count=self._level_two[index.row()], total=self._area_count
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.YEAR, self.LEVEL_TWO):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == ASSESSMENT_ROLE:
            return item
        return None
