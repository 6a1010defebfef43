"""Jämförelsedata: what Lägesbild compares with, shown openly with its sources.

Three tabs: SKR's jämförelsetal (with group sizes, sources and the known discrepancies of the
report), the 290 municipalities and their kommungrupp, and the maturity model with the answer
scale that turns an SKR answer into a comparable level. Nothing here depends on the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import GROUPS
from app.swedish_format import format_decimal, format_integer
from ui.dialogs.organisation import group_description
from ui.models.benchmarks import BenchmarkTableModel, group_name
from ui.models.municipalities import MUNICIPALITY_ROLE, SORT_ROLE, MunicipalityTableModel
from ui.pages.base import Page
from ui.record_table import record_table
from ui.style import card, label

if TYPE_CHECKING:
    from app.reference import Reference

#: The headers of ``MunicipalityTableModel`` (ui.models.municipalities), translated by the filter.
MUNICIPALITY_HEADERS = (
    QT_TRANSLATE_NOOP("MunicipalityFilter", "Kommun"),
    QT_TRANSLATE_NOOP("MunicipalityFilter", "Kommungrupp"),
    QT_TRANSLATE_NOOP("MunicipalityFilter", "Län"),
)


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def _table(accessible: str) -> QTableView:
    return record_table(accessible)


class MunicipalityFilter(QSortFilterProxyModel):
    """Keeps the rows whose municipality is in the current kommungrupp and search result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group: str | None = None
        self._names: set[str] | None = None

    def set_filter(self, group: str | None, names: set[str] | None) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self._group, self._names = group, names
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self._group = group
        self._names = names
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The source's Swedish headers in the interface language."""
        value = super().headerData(section, orientation, role)
        if isinstance(value, str) and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MunicipalityFilter", value)
        return value

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        municipality = self.sourceModel().index(row, 0, parent).data(MUNICIPALITY_ROLE)
        if municipality is None:
            return False
        if self._group and municipality.group != self._group:
            return False
        return self._names is None or municipality.name in self._names


class BenchmarksPage(Page):
    """The reference data behind every comparison: jämförelsetal, kommuner, mognadsmodell."""

    title = "Jämförelsedata"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Jämförelsedata"))
        self._ref: Reference | None = None
        self.benchmark_model: BenchmarkTableModel | None = None
        self.municipality_model = MunicipalityTableModel(self)
        self.municipality_filter = MunicipalityFilter(self)
        self.municipality_filter.setSourceModel(self.municipality_model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.heading = label(self.tr("Jämförelsedata"), "title")
        layout.addWidget(self.heading)
        self.subtitle = label("", "muted", wrap=True)
        layout.addWidget(self.subtitle)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Build the tabs once per reference data set; mark the organisation's group."""
        if self.workspace is None:
            return
        if self.workspace.reference is not self._ref:
            self._build(self.workspace.reference)
        group = self.organisation.group if self.organisation else None
        if self.benchmark_model is not None:
            self.benchmark_model.set_highlight_group(group)

    def _build(self, reference: Reference) -> None:
        self._ref = reference
        while self.tabs.count():
            self.tabs.widget(0).deleteLater()
            self.tabs.removeTab(0)
        bench = self._ref.benchmarks
        self.subtitle.setText(
            self.tr(
                "Det här är vad Lägesbild jämför med: {survey}, kommungruppsindelningen och "
                "mognadsmodellen. Kommungruppen för den valda organisationen är markerad."
            ).format(survey=bench.survey_label)
        )
        self.tabs.addTab(self._benchmark_tab(self._ref), self.tr("Jämförelsetal"))
        self.tabs.addTab(self._municipality_tab(self._ref), self.tr("Kommuner och kommungrupper"))
        self.tabs.addTab(self._maturity_tab(self._ref), self.tr("Mognadsmodellen"))

    # Jämförelsetal ---------------------------------------------------------------------------

    def _benchmark_tab(self, ref: Reference) -> QWidget:
        bench = ref.benchmarks
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)

        layout.addWidget(
            label(
                self.tr(
                    "Medelvärde av mognadsnivå (skala 1–4) per område. SKR:s enkät mätte bara "
                    "nivå 1 och 2, så alla värden ligger mellan 1 och 2: 1,62 betyder att 62 "
                    "procent av gruppens kommuner nådde nivå 2. Håll muspekaren över ett värde för "
                    "att se antalet kommuner."
                ),
                wrap=True,
            )
        )
        self.benchmark_model = BenchmarkTableModel(ref, self)
        table = _table(self.tr("Jämförelsetal per område, kommungrupp och år"))
        table.setModel(self.benchmark_model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column in range(1, self.benchmark_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, 92)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(r) for r in range(self.benchmark_model.rowCount()))
        table.setFixedHeight(rows_height + header.sizeHint().height() + 2 * table.frameWidth())
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(table)

        sizes = "; ".join(
            self.tr("{year}: {groups} (totalt {total})").format(
                year=year,
                groups=", ".join(
                    f"{g} {format_integer(bench.group_size(g, year))}" for g in GROUPS
                ),
                total=format_integer(bench.group_size("national", year)),
            )
            for year in bench.years
        )
        layout.addWidget(
            label(
                self.tr("Antal kommuner per kommungrupp – {sizes}.").format(sizes=sizes),
                "muted",
                wrap=True,
            )
        )

        notes = QGridLayout()
        notes.setHorizontalSpacing(16)
        notes.setVerticalSpacing(12)
        notes.addWidget(self._sources_card(ref), 0, 0)
        notes.addWidget(self._discrepancy_card(ref), 0, 1)
        notes.setColumnStretch(0, 1)
        notes.setColumnStretch(1, 1)
        layout.addLayout(notes)
        layout.addStretch(1)
        return _scrolling(content)

    def _sources_card(self, ref: Reference) -> QWidget:
        bench = ref.benchmarks
        box = card()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(label(self.tr("Källor"), "subtitle"))
        series = []
        for group in bench.groups:
            per_year = {bench.source(group, year) for year in bench.years}
            series.append(f"{group_name(group)}: {'; '.join(sorted(per_year))}")
        layout.addWidget(
            label(
                f"{bench.publisher}: <i>{bench.survey_title}</i>, {bench.survey_year}.",
                wrap=True,
            )
        )
        layout.addWidget(label("<br>".join(series), "muted", wrap=True))
        responses = self._response_text(ref)
        if responses:
            layout.addWidget(label(responses, "muted", wrap=True))
        layout.addStretch(1)
        return box

    def _response_text(self, ref: Reference) -> str:
        """'2023: 237 av 290 kommuner svarade' – how complete the benchmark is."""
        parts = []
        for year, figures in sorted(ref.benchmarks.response_figures.items()):
            no_answer = figures.get("no_answer")
            if isinstance(no_answer, int):
                answered = ref.benchmarks.group_size("national", year) - no_answer
                parts.append(
                    self.tr("{year}: {answered} av {total}").format(
                        year=year,
                        answered=format_integer(answered),
                        total=format_integer(ref.benchmarks.group_size("national", year)),
                    )
                )
        if not parts:
            return ""
        return self.tr(
            "Kommuner som svarade helt eller delvis – {figures}. Kommuner som inte svarade "
            "räknas som nivå 1 i medelvärdet."
        ).format(figures=", ".join(parts))

    def _discrepancy_card(self, ref: Reference) -> QWidget:
        bench = ref.benchmarks
        box = card()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(label(self.tr("Kända avvikelser i rapporten"), "subtitle"))
        if not bench.known_discrepancies:
            layout.addWidget(label(self.tr("Inga kända avvikelser."), "muted"))
        for item in bench.known_discrepancies:
            area = bench.area_name(item.area_key)
            layout.addWidget(
                label(
                    self.tr(
                        "<b>{group} {year}, {area}</b> – publicerat värde {value}. {description}"
                    ).format(
                        group=group_name(item.group),
                        year=item.year,
                        area=area,
                        value=format_decimal(item.published_mean),
                        description=item.description,
                    ),
                    wrap=True,
                )
            )
        layout.addWidget(
            label(
                self.tr("Lägesbild visar de publicerade värdena oförändrade."), "muted", wrap=True
            )
        )
        layout.addStretch(1)
        return box

    # Kommuner --------------------------------------------------------------------------------

    def _municipality_tab(self, ref: Reference) -> QWidget:
        self.municipality_model.set_municipalities(ref.municipalities.all())
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        counts = ref.municipalities.group_counts()
        layout.addWidget(
            label(
                self.tr("SKR:s kommungruppsindelning: {groups}.").format(
                    groups="; ".join(
                        f"{group_description(g)} ({format_integer(counts.get(g, 0))})"
                        for g in GROUPS
                    )
                ),
                wrap=True,
            )
        )
        controls = QHBoxLayout()
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName(self.tr("Visa kommungrupp"))
        self.group_filter.addItem(self.tr("Alla kommungrupper"), None)
        for group in GROUPS:
            self.group_filter.addItem(group_name(group), group)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök kommun eller län"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Sök kommun eller län"))
        self.search.setMaximumWidth(320)
        self.match_count = label("", "muted")
        controls.addWidget(self.group_filter)
        controls.addWidget(self.search)
        controls.addWidget(self.match_count)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.municipality_table = _table(self.tr("Kommuner med kommungrupp och län"))
        self.municipality_table.setModel(self.municipality_filter)
        self.municipality_table.setSortingEnabled(True)
        self.municipality_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.municipality_filter.setSortRole(SORT_ROLE)
        header = self.municipality_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.municipality_table, 1)

        self.group_filter.currentIndexChanged.connect(self._apply_municipality_filter)
        self.search.textChanged.connect(self._apply_municipality_filter)
        self._apply_municipality_filter()
        return content

    def _apply_municipality_filter(self) -> None:
        if self._ref is None:
            return
        text = self.search.text().strip()
        names = (
            {m.name for m in self._ref.municipalities.search(text, len(self._ref.municipalities))}
            if text
            else None
        )
        self.municipality_filter.set_filter(self.group_filter.currentData(), names)
        shown = self.municipality_filter.rowCount()
        self.match_count.setText(self.tr("{count} kommuner").format(count=format_integer(shown)))

    # Mognadsmodellen -------------------------------------------------------------------------

    def _maturity_tab(self, ref: Reference) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                self.tr(
                    "Mognadsmodellen har fyra nivåer. Nivå 2 är den lägsta nivå där arbetet har en "
                    "tillfredsställande struktur, och nivå 3 är målnivån för ett systematiskt och "
                    "riskbaserat informationssäkerhetsarbete. SKR:s enkät mätte bara nivå 1 och 2."
                ),
                wrap=True,
            )
        )
        levels = QGridLayout()
        levels.setHorizontalSpacing(12)
        levels.setVerticalSpacing(12)
        for index, level in enumerate(ref.maturity_levels):
            box = card()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(16, 12, 16, 14)
            box_layout.addWidget(
                label(
                    self.tr("Nivå {level} – {name}").format(level=level.level, name=level.name),
                    "subtitle",
                )
            )
            box_layout.addWidget(label(level.description, wrap=True))
            box_layout.addStretch(1)
            levels.addWidget(box, index // 2, index % 2)
        layout.addLayout(levels)

        scale = card()
        scale_layout = QVBoxLayout(scale)
        scale_layout.setContentsMargins(16, 12, 16, 14)
        scale_layout.addWidget(label(self.tr("Från SKR-svar till jämförbar nivå"), "subtitle"))
        scale_layout.addWidget(
            label(
                self.tr(
                    "I varje område svarar kommunen på frågan om den har ett etablerat "
                    "arbetssätt. SKR räknar svaren så här:"
                ),
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for row, option in enumerate(ref.answer_scale):
            grid.addWidget(label(option.label), row, 0)
            grid.addWidget(
                label(self.tr("nivå {level}").format(level=option.skr_level), "level"), row, 1
            )
        grid.setColumnStretch(2, 1)
        scale_layout.addLayout(grid)
        layout.addWidget(scale)
        layout.addStretch(1)
        return _scrolling(content)
