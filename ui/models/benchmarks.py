"""SKR's jämförelsetal as a table: the nine areas against each group and survey year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.model import GROUPS
from app.reference.benchmarks import NATIONAL, group_label
from app.swedish_format import format_decimal, format_integer
from ui.style import ACCENT_SOFT as HIGHLIGHT

if TYPE_CHECKING:
    from app.reference import Reference

ModelIndex = QModelIndex | QPersistentModelIndex


def group_name(group: str, short: bool = False) -> str:
    """'Kommungrupp B' (the reference's label), or 'Grupp B' where space is short, in the
    interface language ('Nationellt' for the nation; an unknown key as it is)."""
    if group == NATIONAL:
        return QCoreApplication.translate("BenchmarkTableModel", "Nationellt")
    if group in GROUPS:
        text = (
            QCoreApplication.translate("BenchmarkTableModel", "Grupp {group}")
            if short
            else QCoreApplication.translate("BenchmarkTableModel", "Kommungrupp {group}")
        )
        return text.format(group=group)
    label = group_label(group)
    return label.replace("Kommungrupp", "Grupp") if short else label


class BenchmarkTableModel(QAbstractTableModel):
    """Rows are the areas; columns are (group, year) pairs in the reference's order.

    Values are shown with a decimal comma and right-aligned; the tooltip tells how many
    municipalities of the group reached level 2, which is what the mean is made of.
    """

    def __init__(self, reference: Reference, parent: Any = None) -> None:
        super().__init__(parent)
        self._ref = reference
        bench = reference.benchmarks
        self.columns: list[tuple[str, int]] = [
            (group, year) for group in bench.groups for year in bench.years
        ]
        self.highlight_group: str | None = None

    def set_highlight_group(self, group: str | None) -> None:
        """Tint the columns of the organisation's own kommungrupp."""
        if group == self.highlight_group:
            return
        self.highlight_group = group
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 1),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, self.columnCount() - 1)

    def column_of(self, group: str, year: int) -> int:
        """The model column for a group and year (column 0 is the area)."""
        return 1 + self.columns.index((group, year))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ref.areas)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Uppföljningsområde")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return None
        group, year = self.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group_name(group, short=True)}\n{year}"
        if role == Qt.ItemDataRole.ToolTipRole:
            size = self._ref.benchmarks.group_size(group, year)
            text = (
                self.tr("{group} {year}: {count} kommuner – organisationens kommungrupp")
                if group == self.highlight_group
                else self.tr("{group} {year}: {count} kommuner")
            )
            return text.format(group=group_name(group), year=year, count=format_integer(size))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        area = self._ref.areas[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{area.number}. {area.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return area.question
            return None
        group, year = self.columns[index.column() - 1]
        bench = self._ref.benchmarks
        if role == Qt.ItemDataRole.DisplayRole:
            return format_decimal(bench.mean(group, year, area.key))
        if role == Qt.ItemDataRole.UserRole:
            return bench.mean(group, year, area.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and group == self.highlight_group:
            return QBrush(QColor(HIGHLIGHT))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            size = bench.group_size(group, year)
            count = bench.level2_count(group, year, area.key)
            mean = format_decimal(bench.mean(group, year, area.key))
            reached = (
                self.tr("{count} av {total} kommuner på nivå 2").format(
                    count=format_integer(count), total=format_integer(size)
                )
                if count is not None
                else self.tr("{total} kommuner; antalet på nivå 2 är inte publicerat").format(
                    total=format_integer(size)
                )
            )
            mean_text = self.tr("{group} {year}: medelvärde {mean}").format(
                group=group_name(group), year=year, mean=mean
            )
            return f"{area.name}\n{mean_text}\n{reached}"
        return None
