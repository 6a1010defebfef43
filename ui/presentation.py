"""Presentationsläge: one chart per full-screen slide, for the kommunstyrelse's meeting room.

Slides are built from the same app.domain.series objects as the dashboard (no second data path)
and drawn by the same chart classes in their large-type variant. Keys: Right/Space/PageDown/Down
forward, Left/PageUp/Backspace/Up back, Home/End first/last, Esc leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.domain import series as S
from app.domain.comparison import Comparison
from app.domain.errors import LagesbildError
from app.domain.model import Assessment, Organisation
from app.services.workspace import Workspace
from ui.charts.base import ChartBase
from ui.charts.difference import DifferenceBars
from ui.charts.distribution import DistributionChart
from ui.charts.key_figures import KeyFigures
from ui.charts.radar import RadarChart
from ui.charts.style import BACKGROUND, BLUE, INK, MUTED, ChartStyle
from ui.charts.trend import TrendChart
from ui.settings import PRESENTATION_OTHER_SCREEN, presentation_screen_of

FORWARD = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Space,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Down,
    Qt.Key.Key_Return,
}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}

#: The screen size (px) the slides' type sizes were chosen for. On any other screen everything
#: is scaled by ``fit_for`` (type, line widths, margins), as a slide program does, so a slide
#: keeps its look on a 1024×768 projector and nothing is cut off; a 1920×1080 screen gets larger
#: type rather than more white space.
DESIGN_SIZE = (1280, 900)
#: Limits of that scale: below, type would be too small to read; above, a 4K screen would get
#: huge type for nothing.
FIT_RANGE = (0.6, 1.6)


def fit_for(width: int, height: int) -> float:
    """The slide scale for a ``width`` × ``height`` window (two decimals, within FIT_RANGE)."""
    fit = min(width / DESIGN_SIZE[0], height / DESIGN_SIZE[1])
    return round(min(max(fit, FIT_RANGE[0]), FIT_RANGE[1]), 2)


def choose_screen(
    window_screen: QScreen | None, screens: Sequence[QScreen], setting: str
) -> QScreen | None:
    """The screen the slides fill: the main window's, or – when the setting asks for another
    screen and one is connected – the first other one (a projector in "extend" mode), so the
    main window stays on the presenter's own screen as in a presentation program."""
    if setting == PRESENTATION_OTHER_SCREEN and window_screen is not None:
        others = [screen for screen in screens if screen is not window_screen]
        if others:
            return others[0]
    return window_screen


#: Profile questions tried, in order, for the peer slide; the first with an own answer is used.
PEER_QUESTIONS = ("ciso_function", "ciso_hours", "policy_age", "risk_analysis_frequency")


@dataclass(frozen=True)
class Slide:
    """What the slide frame shows around its body."""

    title: str
    source: str
    body: QWidget


def _text(
    text: str, size_pt: float | None, color: str, *, bold: bool = False, wrap: bool = True
) -> QLabel:
    """A slide label; without ``size_pt`` its type is set later (the frame, see _fit_frame)."""
    label = QLabel(text)
    if size_pt is not None:
        label.setFont(ChartStyle().font(size_pt, bold=bold))
    label.setStyleSheet(f"color: {color}; background: transparent;")
    label.setWordWrap(wrap)
    return label


class PresentationWindow(QWidget):
    """A full-screen slide show of the organisation's position for one year."""

    #: Emitted with the new slide index whenever the slide changes.
    slide_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        organisation: Organisation,
        year: int,
        benchmark_year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.organisation = organisation
        self.year = year
        self.benchmark_year = benchmark_year
        # Translated once: go_to runs on every slide change and only formats these.
        self._subtitle = self.tr(
            "{organisation} · bedömning {year} · jämförelsetal {benchmark_year}"
        )
        self._slide_description = self.tr("Bild {number} av {count}: {title}")
        self.setWindowTitle(
            self.tr("Lägesbild {year} – {organisation}").format(
                year=year, organisation=organisation.name
            )
        )
        self.setAccessibleName(self.tr("Presentationsläge"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        self.setPalette(palette)
        #: The screen ``start`` fills (see choose_screen and Inställningar).
        self.target_screen = choose_screen(
            parent.screen() if parent is not None else QGuiApplication.primaryScreen(),
            QGuiApplication.screens(),
            presentation_screen_of(parent.window() if parent is not None else None),
        )
        #: The scale of this build of the slides (see fit_for): from the screen the window
        #: will fill, and again whenever the window gets a size that needs another one.
        self.fit = fit_for(*self._screen_size(self.target_screen))
        self.style_ = ChartStyle(presentation=True, fit=self.fit)

        self._frame = QVBoxLayout(self)
        self.title_label = _text("", None, INK)
        self.subtitle_label = _text("", None, MUTED)
        self._frame.addWidget(self.title_label)
        self._frame.addWidget(self.subtitle_label)
        self.stack = QStackedWidget()
        self._frame.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        self.source_label = _text("", None, MUTED)
        self.counter_label = _text("", None, MUTED, wrap=False)
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter_label.setAccessibleName(self.tr("Bildräknare"))
        footer.addWidget(self.source_label, 1)
        footer.addWidget(self.counter_label)
        self._frame.addLayout(footer)
        self._fit_frame()

        self.slides: list[Slide] = []
        self._build()
        self.go_to(0)

    # -- scaling to the screen ------------------------------------------------------------------
    @staticmethod
    def _screen_size(screen: QScreen | None) -> tuple[int, int]:
        if screen is None:
            return DESIGN_SIZE
        size = screen.geometry().size()
        return size.width(), size.height()

    def _fit_frame(self) -> None:
        """Margins and the frame's type for ``self.fit``."""
        fit = self.fit
        self._frame.setContentsMargins(
            round(56 * fit), round(36 * fit), round(56 * fit), round(28 * fit)
        )
        self._frame.setSpacing(round(8 * fit))
        style = self.style_
        for label, size_pt, bold in (
            (self.title_label, 19, True),
            (self.subtitle_label, 11, False),
            (self.source_label, 9, False),
            (self.counter_label, 10, False),
        ):
            label.setFont(style.font(style.pt(size_pt), bold=bold))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        """A size that needs another scale (another screen, a window) rebuilds the slides."""
        super().resizeEvent(event)
        size = event.size()
        fit = fit_for(size.width(), size.height())
        if fit != self.fit:
            self.refit(fit)

    def refit(self, fit: float) -> None:
        """Rebuild every slide at scale ``fit``, staying on the current slide."""
        index = max(self.current_index, 0)
        self.fit = fit
        self.style_ = ChartStyle(presentation=True, fit=fit)
        self._fit_frame()
        while self.stack.count():
            body = self.stack.widget(0)
            self.stack.removeWidget(body)
            body.deleteLater()
        self.slides = []
        self._build()
        self.go_to(index)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        workspace, org = self.workspace, self.organisation
        reference = workspace.reference
        try:
            history = sorted(workspace.assessments(org.id), key=lambda a: a.year)
            comparison = workspace.comparison(org.id, self.year, self.benchmark_year)
        except LagesbildError as exc:
            self._add(self._title_slide(exc.message))
            return
        earlier = [a.year for a in history if a.year < self.year]
        previous = (
            workspace.comparison(org.id, max(earlier), self.benchmark_year) if earlier else None
        )
        source = S.benchmark_source(reference, org.group, self.benchmark_year)
        self._add(self._title_slide(None, source))

        fit = self.fit
        radar = RadarChart(presentation=True, fit=fit)
        radar_data = S.radar_series(comparison, reference, previous=previous, organisation=org.name)
        self._chart_slide(radar, radar_data, radar_data.title, radar_data.source)

        difference = DifferenceBars(presentation=True, fit=fit)
        diff_data = S.difference_series(comparison, reference)
        self._chart_slide(difference, diff_data, diff_data.title, diff_data.source)

        trend = TrendChart(presentation=True, fit=fit)
        trend_data = S.trend_series(history, reference, org.group, organisation=org.name)
        self._chart_slide(trend, trend_data, trend_data.title, trend_data.source)

        figures = KeyFigures(presentation=True, fit=fit)
        figures_data = S.key_figures(comparison, previous)
        figures.set_data(figures_data)
        figures.set_title_visible(False)
        self._add(Slide(figures_data.title, source, self._centred(figures)))

        peer = self._peer_data(comparison, history)
        if peer is not None:
            chart = DistributionChart(presentation=True, fit=fit)
            self._chart_slide(chart, peer, self.tr("Jämförelse med andra kommuner"), peer.source)

    def _peer_data(
        self, comparison: Comparison, history: list[Assessment]
    ) -> S.DistributionData | None:
        assessment = next((a for a in history if a.year == comparison.year), None)
        profile = assessment.profile if assessment is not None else {}
        keys = [q.key for q in self.workspace.reference.profile_questions]
        ordered = [k for k in PEER_QUESTIONS if k in keys] + [
            k for k in keys if k not in PEER_QUESTIONS
        ]
        for key in ordered:
            if profile.get(key):
                return S.distribution_series(
                    self.workspace.reference, key, profile[key], self.organisation.group
                )
        return None

    def _chart_slide(self, chart: ChartBase, data, title: str, source: str) -> None:
        chart.source_in_note = False
        if title == getattr(data, "title", None):
            chart.set_title_visible(False)  # the slide's own title says it in larger type
        chart.set_data(data)
        self._add(Slide(title, source, chart))

    def _title_slide(self, message: str | None, source: str = "") -> Slide:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)  # flush with the footer's source line
        column.addStretch(2)
        heading = _text(self.organisation.name, self.style_.pt(26), INK, bold=True)
        line = QWidget()
        line.setFixedHeight(round(6 * self.fit))
        line.setFixedWidth(round(160 * self.fit))
        line.setStyleSheet(f"background: {BLUE};")
        what = _text(
            self.tr("Informationssäkerhet – lägesbild {year}").format(year=self.year),
            self.style_.pt(16),
            INK,
        )
        compared = _text(
            self.tr(
                "Självskattning jämförd med SKR:s uppföljning {benchmark_year} "
                "(kommungrupp {group} och nationellt)"
            ).format(benchmark_year=self.benchmark_year, group=self.organisation.group),
            self.style_.pt(11),
            MUTED,
        )
        for widget in (heading, line, what, compared):
            column.addWidget(widget)
        if message:
            column.addWidget(_text(message, self.style_.pt(12), INK))
        column.addStretch(3)
        return Slide("", source, body)

    @staticmethod
    def _centred(widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addStretch(1)
        column.addWidget(widget)
        column.addStretch(2)
        return holder

    def _add(self, slide: Slide) -> None:
        self.slides.append(slide)
        self.stack.addWidget(slide.body)

    # -- navigation -----------------------------------------------------------------------------
    @property
    def current_index(self) -> int:
        return self.stack.currentIndex()

    @property
    def slide_count(self) -> int:
        return len(self.slides)

    def counter_text(self) -> str:
        return self.counter_label.text()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.slide_count - 1))
        slide = self.slides[index]
        self.stack.setCurrentIndex(index)
        self.title_label.setText(slide.title)
        self.title_label.setVisible(bool(slide.title))
        self.subtitle_label.setText(
            self._subtitle.format(
                organisation=self.organisation.name,
                year=self.year,
                benchmark_year=self.benchmark_year,
            )
            if slide.title
            else ""
        )
        self.subtitle_label.setVisible(bool(slide.title))
        self.source_label.setText(slide.source)
        self.counter_label.setText(f"{index + 1} / {self.slide_count}")
        self.setAccessibleDescription(
            self._slide_description.format(
                number=index + 1, count=self.slide_count, title=slide.title
            )
        )
        self.slide_changed.emit(index)

    def next_slide(self) -> None:
        self.go_to(self.current_index + 1)

    def previous_slide(self) -> None:
        self.go_to(self.current_index - 1)

    def start(self) -> None:
        """Fill the target screen (see choose_screen) and take the keyboard."""
        screen = self.target_screen
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.go_to(0)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in FORWARD:
            self.next_slide()
        elif key in BACK:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.slide_count - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        """A click moves forward, a right-click back – as presentation clickers do."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_slide()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_slide()
        else:
            super().mousePressEvent(event)
