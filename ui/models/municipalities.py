"""The 290 municipalities as Qt models: a compact list for pickers, a table for Jämförelsedata."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ui.models.table import ModelIndex, RowTableModel

if TYPE_CHECKING:
    from app.reference import Municipality

MUNICIPALITY_ROLE = Qt.ItemDataRole.UserRole + 1
#: An integer per column that sorts in Swedish order (å, ä, ö last) whatever the system locale.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def municipality_label(municipality: Municipality) -> str:
    """'Falun (Dalarnas län) – kommungrupp C': how a municipality is named wherever it is picked.

    The county is shown because the search also matches county names ('jämtland'), and a hit
    must say why it is there.
    """
    county = f" ({municipality.county})" if municipality.county else ""
    return f"{municipality.name}{county} – kommungrupp {municipality.group}"


class MunicipalityListModel(QAbstractListModel):
    """One row per municipality, labelled with its kommungrupp; the county as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Municipality] = []

    def set_municipalities(self, items: Sequence[Municipality]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def municipality(self, row: int) -> Municipality | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.municipality(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return municipality_label(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            county = f", {item.county}" if item.county else ""
            return f"{item.name}{county}. Kommungrupp {item.group} enligt SKR."
        if role == MUNICIPALITY_ROLE:
            return item
        return None


class MunicipalityTableModel(RowTableModel["Municipality"]):
    """Kommun, kommungrupp and län, for browsing and filtering the whole list."""

    HEADERS = ("Kommun", "Kommungrupp", "Län")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ranks: list[tuple[int, int, int]] = []

    def set_municipalities(self, items: Sequence[Municipality]) -> None:
        from app.reference import swedish_sort_key  # not at import: keeps the first paint fast

        self.beginResetModel()
        self._rows = list(items)
        by_name = sorted(
            range(len(self._rows)), key=lambda i: swedish_sort_key(self._rows[i].name)
        )
        name_rank = {row: rank for rank, row in enumerate(by_name)}
        by_county = sorted(
            range(len(self._rows)),
            key=lambda i: (swedish_sort_key(self._rows[i].county or ""), name_rank[i]),
        )
        county_rank = {row: rank for rank, row in enumerate(by_county)}
        self._ranks = [
            (name_rank[i], ord(m.group[:1] or " ") * 1000 + name_rank[i], county_rank[i])
            for i, m in enumerate(self._rows)
        ]
        self.endResetModel()

    def municipality(self, row: int) -> Municipality | None:
        return self.row(row)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.municipality(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.name, item.group, item.county or "–")[index.column()]
        if role == MUNICIPALITY_ROLE:
            return item
        if role == SORT_ROLE:
            return self._ranks[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignCenter
        return None
