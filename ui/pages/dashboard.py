"""Översikt: the organisation's position against SKR's jämförelsetal, in charts for the board.

Everything shown is built by app.domain.series from the workspace's comparison, the same objects
the presentation uses. Switching year, benchmark year or organisation only calls ``set_data`` on
existing charts (no widgets are re-created); the workspace caches history and comparisons until
the store changes. A chart scrolled out of view is drawn when it comes into view (or when the
user pauses), so a switch costs only what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import series as S
from app.domain.comparison import Comparison
from app.domain.errors import LagesbildError
from app.domain.model import Assessment
from ui.charts.base import ChartBase
from ui.charts.difference import DifferenceBars
from ui.charts.distribution import DistributionChart
from ui.charts.export_button import ExportButton, PathChooser
from ui.charts.key_figures import KeyFigures
from ui.charts.radar import RadarChart
from ui.charts.trend import TrendChart
from ui.first_paint import FirstPaintWatcher
from ui.pages.base import Page
from ui.style import label

# Swedish source texts, translated once per page (in the context ``DashboardPage``).
NO_ASSESSMENT = QT_TRANSLATE_NOOP(
    "DashboardPage", "Ingen bedömning ännu – skapa en under Bedömningar."
)
NO_ORGANISATION = QT_TRANSLATE_NOOP(
    "DashboardPage", "Ingen organisation vald – välj eller lägg till en organisation."
)
ALL_AREAS = QT_TRANSLATE_NOOP("DashboardPage", "Alla områden (medel)")

#: Below this width the chart panels stack in one column instead of two: two columns need the
#: radar's minimum width (470 px) per column beside the margins, spacing and scroll bar, which
#: a 1280 px wide window (a 1920×1080 laptop at 150 %) still gives.
TWO_COLUMNS_FROM = 1050
#: Charts out of view are drawn this long after the last switch (they are drawn at once
#: when scrolled into view anyway); until then screen readers would describe the old data.
IDLE_DRAW_MS = 300


class ChartPanel(QFrame):
    """A white card holding one chart, an optional selector and the chart's export menu."""

    def __init__(
        self,
        chart: QWidget,
        suggested_name: Callable[[], str],
        path_chooser: PathChooser | None,
        selector: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")  # the app stylesheet's white rounded panel
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        self.export_button = ExportButton(chart, suggested_name, path_chooser, self)
        self._floating = selector is None
        if selector is not None:
            bar = QHBoxLayout()
            bar.setSpacing(8)
            bar.addWidget(selector)
            bar.addStretch(1)
            bar.addWidget(self.export_button)
            layout.addLayout(bar)
        elif isinstance(chart, ChartBase):
            chart.set_title_inset(self.export_button.sizeHint().width() + 8)
        layout.addWidget(chart, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        """Without a selector row the export menu floats in the corner, above the chart title."""
        super().resizeEvent(event)
        if self._floating:
            hint = self.export_button.sizeHint()
            self.export_button.setGeometry(
                self.width() - hint.width() - 10, 8, hint.width(), hint.height()
            )
            self.export_button.raise_()


#: Every chart on the dashboard is at least this tall (readable when projected).
CHART_MIN_HEIGHT = 560


class _PanelSlot(QFrame):
    """The empty card a chart panel will take the place of: as tall, so nothing moves."""

    def __init__(self, selector: QWidget) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        # ChartPanel's margins (8 + 10), its selector row and the spacing below it (4).
        self.setMinimumHeight(CHART_MIN_HEIGHT + 18 + 4 + selector.sizeHint().height())


class DashboardPage(Page):
    """Header, controls, key figures and four charts, in a scroll area that reflows its grid."""

    title = "Översikt"

    #: Emitted after the charts were redrawn (tests and the status bar can listen); a chart
    #: out of view is drawn later, but its ``data``, title and labels are already the new ones.
    redrawn = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, path_chooser: PathChooser | None = None
    ) -> None:
        super().__init__(parent)
        # Texts shown on every switch are translated once, here, not per refresh.
        self._no_assessment = QCoreApplication.translate("DashboardPage", NO_ASSESSMENT)
        self._no_organisation = QCoreApplication.translate("DashboardPage", NO_ORGANISATION)
        self._all_areas = QCoreApplication.translate("DashboardPage", ALL_AREAS)
        self._overview = self.tr("Översikt")
        self._group_line = self.tr("Kommungrupp {group} · jämförelse med SKR:s jämförelsetal")
        self._draft_year = self.tr("{year} (utkast)")
        self.setAccessibleName(self._overview)
        self._path_chooser = path_chooser
        self._history: list[Assessment] = []
        self._columns = 0
        self._presentation: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        content = QWidget()
        content.setObjectName("DashboardContent")
        self.scroll.setWidget(content)
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 20)
        column.setSpacing(14)

        # Header -------------------------------------------------------------------------------
        self.heading = label("", "title", steady=True)
        self.subheading = label("", "muted", steady=True)
        column.addWidget(self.heading)
        column.addWidget(self.subheading)

        # Controls ------------------------------------------------------------------------------
        controls = QHBoxLayout()
        controls.setSpacing(10)
        #: What each selector was last filled with (see _refill).
        self._filled: dict[QComboBox, list[tuple[str, object]]] = {}
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Bedömningsår"))
        self.year_combo.setMinimumContentsLength(6)
        self.benchmark_combo = QComboBox()
        self.benchmark_combo.setAccessibleName(self.tr("Jämförelsetal från SKR:s uppföljning"))
        self.previous_check = QCheckBox(self.tr("Föregående år"))
        self.self_check = QCheckBox(self.tr("Självskattad nivå"))
        self.target_check = QCheckBox(self.tr("Målnivå"))
        self.previous_check.setToolTip(
            self.tr("Visa förra bedömningens nivåer i spindeldiagrammet")
        )
        self.self_check.setToolTip(self.tr("Visa den självskattade mognadsnivån (skala 1–4)"))
        self.target_check.setToolTip(self.tr("Visa målnivån (skala 1–4)"))
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year_combo)
        bench_label = QLabel(self.tr("&Jämför med:"))
        bench_label.setBuddy(self.benchmark_combo)
        self.present_button = QPushButton(self.tr("Presentationsläge"))
        self.present_button.setToolTip(
            self.tr("Visa diagrammen i helskärm för ett möte (Esc avslutar)")
        )
        for widget in (year_label, self.year_combo, bench_label, self.benchmark_combo):
            controls.addWidget(widget)
        controls.addSpacing(12)
        for widget in (self.previous_check, self.self_check, self.target_check):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.present_button)
        self.controls = QWidget()
        self.controls.setLayout(controls)
        controls.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.controls)

        # Empty state ---------------------------------------------------------------------------
        self.empty_label = label("", "info", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(80)
        column.addWidget(self.empty_label)

        # Charts --------------------------------------------------------------------------------
        self.key_figures = KeyFigures()
        self.radar = RadarChart()
        self.difference = DifferenceBars()
        #: The trend and distribution charts lie below the first screenful: they are built
        #: right after the page's first paint, or as soon as anything asks for them.
        self._trend: TrendChart | None = None
        self._distribution: DistributionChart | None = None
        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(self.tr("Område i utvecklingsdiagrammet"))
        self.question_combo = QComboBox()
        self.question_combo.setAccessibleName(
            self.tr("Profilfråga i jämförelsen med andra kommuner")
        )
        self.question_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_combo.setMinimumContentsLength(28)
        self.question_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.key_panel = ChartPanel(
            self.key_figures, lambda: self._file_name("nyckeltal"), path_chooser
        )
        self.key_figures.setMinimumHeight(150)
        self.panels: list[QFrame] = [
            ChartPanel(self.radar, lambda: self._file_name("mognadsnivå"), path_chooser),
            ChartPanel(self.difference, lambda: self._file_name("skillnad"), path_chooser),
            _PanelSlot(self.area_combo),
            _PanelSlot(self.question_combo),
        ]
        for panel in [self.key_panel, *self.panels[:2]]:
            self._connect_panel(panel)
        self.charts = QWidget()
        self.grid = QGridLayout(self.charts)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        column.addWidget(self.key_panel)
        column.addWidget(self.charts)
        column.addStretch(1)

        self.year_combo.currentIndexChanged.connect(self._redraw)
        self.benchmark_combo.currentIndexChanged.connect(self._redraw_benchmark)
        for check in (self.previous_check, self.self_check, self.target_check):
            check.toggled.connect(lambda: self.radar.draw_when_visible(self._redraw_radar))
        self.area_combo.currentIndexChanged.connect(
            lambda: self.trend.draw_when_visible(self._redraw_trend)
        )
        self.question_combo.currentIndexChanged.connect(
            lambda: self.distribution.draw_when_visible(self._redraw_distribution)
        )
        # The radar is the first chart on screen; watching only its viewport keeps every other
        # event free of the check while the page waits (it may be built hidden).
        FirstPaintWatcher(self.radar.view.viewport(), self._build_lower_charts, children=False)
        self.present_button.clicked.connect(self.start_presentation)
        self._idle_draw = QTimer(self)
        self._idle_draw.setSingleShot(True)
        self._idle_draw.setInterval(IDLE_DRAW_MS)
        self._idle_draw.timeout.connect(self._draw_pending)
        self._reflow()
        self._show_empty(self._no_organisation)

    # -- the charts below the first screenful -----------------------------------------------------
    @property
    def trend(self) -> TrendChart:
        self._build_lower_charts()
        assert self._trend is not None
        return self._trend

    @property
    def distribution(self) -> DistributionChart:
        self._build_lower_charts()
        assert self._distribution is not None
        return self._distribution

    def _build_lower_charts(self) -> None:
        """Put the trend and distribution charts in place of their slots (about 40 ms that
        the first paint of the dashboard does not wait for), drawn with the current data."""
        if self._trend is not None:
            return
        self._trend, self._distribution = TrendChart(), DistributionChart()
        chooser = self._path_chooser
        panels = [
            ChartPanel(
                self._trend, lambda: self._file_name("utveckling"), chooser, self.area_combo
            ),
            ChartPanel(
                self._distribution,
                lambda: self._file_name("jämförelse"),
                chooser,
                self.question_combo,
            ),
        ]
        for slot, panel in zip(self.panels[2:], panels, strict=True):
            self._connect_panel(panel)
            self.grid.replaceWidget(slot, panel)
            slot.deleteLater()
        self.panels[2:] = panels
        if self._history:
            self._trend.draw_when_visible(self._redraw_trend)
            self._distribution.draw_when_visible(self._redraw_distribution)
            self._draw_pending_later()

    def _connect_panel(self, panel: ChartPanel) -> None:
        panel.export_button.exported.connect(self.status_message)
        panel.export_button.failed.connect(self._export_failed)
        if isinstance(panel.chart, ChartBase):
            panel.chart.setMinimumHeight(max(panel.chart.minimumHeight(), CHART_MIN_HEIGHT))

    # -- Page contract ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload history and selectors; keeps the chosen year and benchmark year when possible."""
        self._history = []
        workspace, organisation = self.workspace, self.organisation
        if workspace is None or organisation is None or organisation.id is None:
            self.heading.setText(self._overview)
            self.subheading.setText("")
            self._show_empty(self._no_organisation)
            return
        self.heading.setText(organisation.name)
        self.subheading.setText(self._group_line.format(group=organisation.group))
        try:
            self._history = sorted(workspace.assessments(organisation.id), key=lambda a: a.year)
        except LagesbildError as exc:
            self._show_empty(exc.message)
            return
        if not self._history:
            self._show_empty(self._no_assessment)
            return
        self._fill_selectors()
        self._show_empty(None)
        self._redraw()
        if self._trend is not None:
            self._trend.draw_when_visible(self._redraw_trend)
        self._draw_pending_later()

    # -- selectors --------------------------------------------------------------------------------
    def _fill_selectors(self) -> None:
        reference = self.workspace.reference
        self._refill(
            self.year_combo,
            [
                (f"{a.year}" if a.is_final else self._draft_year.format(year=a.year), a.year)
                for a in reversed(self._history)
            ],
            self.year_combo.currentData(),
        )
        years = sorted(reference.benchmarks.years, reverse=True)
        self._refill(
            self.benchmark_combo,
            [(f"SKR {y}", y) for y in years],
            self.benchmark_combo.currentData(),
        )
        self._refill(
            self.area_combo,
            [(self._all_areas, None)] + [(a.name, a.key) for a in reference.areas],
            self.area_combo.currentData(),
        )
        if self._refill(
            self.question_combo,
            [(q.text, q.key) for q in reference.profile_questions],
            self.question_combo.currentData(),
        ):
            for i, question in enumerate(reference.profile_questions):
                self.question_combo.setItemData(i, question.text, Qt.ItemDataRole.ToolTipRole)

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]], keep: object) -> bool:
        """Replace the items without emitting a change per item; keep the selection if possible.

        The same items as last time leave the combo alone (an organisation switch changes only
        the years); returns whether the items changed.
        """
        if self._filled.get(combo) == items and combo.count() == len(items):
            return False
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self._filled[combo] = items
        return True

    def select(self, year: int | None = None, benchmark_year: int | None = None) -> None:
        """Choose the shown year and/or benchmark year (as the user would with the combos)."""
        if year is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        if benchmark_year is not None:
            self.benchmark_combo.setCurrentIndex(self.benchmark_combo.findData(benchmark_year))

    # -- data -------------------------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self.year_combo.currentData()

    @property
    def benchmark_year(self) -> int | None:
        return self.benchmark_combo.currentData()

    def _comparison(self, year: int, benchmark_year: int) -> Comparison:
        """From the workspace, which caches it until the store changes."""
        return self.workspace.comparison(self.organisation.id, year, benchmark_year)

    def _previous_year(self, year: int) -> int | None:
        earlier = [a.year for a in self._history if a.year < year]
        return max(earlier) if earlier else None

    def _assessment(self, year: int | None) -> Assessment | None:
        return next((a for a in self._history if a.year == year), None)

    # -- drawing ----------------------------------------------------------------------------------
    def _ready(self) -> bool:
        return bool(self._history) and self.year is not None and self.benchmark_year is not None

    def _redraw(self, *, distribution: bool = True) -> None:
        """Everything that depends on the year (the trend shows all years and is left alone)."""
        if not self._ready():
            return
        try:
            comparison = self._comparison(self.year, self.benchmark_year)
            previous_year = self._previous_year(self.year)
            previous = (
                self._comparison(previous_year, self.benchmark_year) if previous_year else None
            )
        except LagesbildError as exc:
            self._show_empty(exc.message)
            return
        self.previous_check.setEnabled(previous is not None)
        self.key_figures.set_data(S.key_figures(comparison, previous))
        self.difference.draw_when_visible(self._redraw_difference)
        self.radar.draw_when_visible(self._redraw_radar)
        if distribution and self._distribution is not None:
            self._distribution.draw_when_visible(self._redraw_distribution)
        self._draw_pending_later()
        self.redrawn.emit()

    def _redraw_benchmark(self) -> None:
        """Peer distributions do not depend on the benchmark year: skip them."""
        self._redraw(distribution=False)

    def _draw_pending_later(self) -> None:
        """Charts out of view are drawn once the user pauses (see IDLE_DRAW_MS)."""
        if any(chart.has_pending_draw() for chart in self._charts()):
            self._idle_draw.start()

    def _draw_pending(self) -> None:
        if not self.isVisible():
            return  # a hidden page's charts are drawn when it is shown again
        for chart in self._charts():
            chart.draw_pending()

    def _charts(self) -> tuple[ChartBase, ...]:
        """The charts built so far (see _build_lower_charts)."""
        lower = (self._trend, self._distribution) if self._trend is not None else ()
        return (self.radar, self.difference, *lower)

    def _redraw_difference(self) -> None:
        if not self._ready():
            return
        try:
            comparison = self._comparison(self.year, self.benchmark_year)
        except LagesbildError as exc:  # the store changed since the switch; a refresh follows
            self.difference.set_data(None, exc.message)
            return
        self.difference.set_data(S.difference_series(comparison, self.workspace.reference))

    def _redraw_radar(self) -> None:
        if not self._ready():
            return
        try:
            comparison = self._comparison(self.year, self.benchmark_year)
            previous_year = self._previous_year(self.year)
            previous = None
            if self.previous_check.isChecked() and previous_year is not None:
                previous = self._comparison(previous_year, self.benchmark_year)
        except LagesbildError as exc:  # as in _redraw_difference
            self.radar.set_data(None, exc.message)
            return
        self.radar.set_data(
            S.radar_series(
                comparison,
                self.workspace.reference,
                previous=previous,
                include_self=self.self_check.isChecked(),
                include_target=self.target_check.isChecked(),
                organisation=self.organisation.name,
            )
        )

    def _redraw_trend(self) -> None:
        if not self._history:
            return
        self.trend.set_data(
            S.trend_series(
                self._history,
                self.workspace.reference,
                self.organisation.group,
                self.area_combo.currentData(),
                organisation=self.organisation.name,
            )
        )

    def _redraw_distribution(self) -> None:
        question = self.question_combo.currentData()
        if not self._ready() or question is None:
            return
        assessment = self._assessment(self.year)
        own = assessment.profile.get(question) if assessment is not None else None
        self.distribution.set_data(
            S.distribution_series(self.workspace.reference, question, own, self.organisation.group)
        )

    def _show_empty(self, message: str | None) -> None:
        """An empty state replaces controls and charts with one clear sentence."""
        has_data = message is None
        self.empty_label.setText(message or "")
        self.empty_label.setVisible(not has_data)
        for widget in (self.controls, self.key_panel, self.charts):
            widget.setVisible(has_data)

    def empty_message(self) -> str:
        return self.empty_label.text() if not self.empty_label.isHidden() else ""

    # -- layout -----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Two columns of charts on a wide window, one column on a narrow one."""
        columns = 2 if self.width() >= TWO_COLUMNS_FROM else 1
        if columns == self._columns:
            return
        self._columns = columns
        for panel in self.panels:
            self.grid.removeWidget(panel)
        for i, panel in enumerate(self.panels):
            self.grid.addWidget(panel, i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    # -- actions ----------------------------------------------------------------------------------
    def _file_name(self, what: str) -> str:
        name = self.organisation.name if self.organisation is not None else "Lägesbild"
        return f"{name} {what} {self.year or ''}".strip()

    def _export_failed(self, message: str) -> None:
        self.status_message.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Exporten misslyckades"), message, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def start_presentation(self) -> None:
        """Full-screen slides for the shown year and benchmark year."""
        if not self._ready():
            return
        from ui.presentation import PresentationWindow

        self._presentation = PresentationWindow(
            self.workspace, self.organisation, self.year, self.benchmark_year, parent=self
        )
        self._presentation.start()
