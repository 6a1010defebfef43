"""Bedömningar: the organisation's yearly self-assessments, and the editor for one of them.

The list on the left shows the years; the editor on the right holds the nine areas, the profile
questions and the assessment's date and assessor. The editor keeps the loaded assessment as its
baseline and compares what the fields say with it, so "unsaved changes" is always exact.
Validation is the domain's: problems from ``ValidationError`` are shown in a panel above the
fields and next to the area they concern.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LagesbildError, ValidationError
from app.domain.model import MIN_YEAR, AreaResponse, Assessment
from app.domain.scoring import areas_at_level_two, skr_comparable_level
from app.domain.validation import max_year
from app.swedish_format import format_date
from ui.dialogs import messages
from ui.dialogs.messages import UnsavedChoice
from ui.models.assessments import AssessmentListModel
from ui.pages.base import Page
from ui.record_table import NarrowColumn, record_table
from ui.side_column import SideColumn
from ui.style import card, label, set_role

if TYPE_CHECKING:
    from app.reference import Area, Reference
    from ui.settings import AppSettings

#: The width the assessment editor needs beside the list: an area's widest row (caption, answer
#: combo, caption, level combo) in its card, plus the scroll bar (a test checks it at 1280 px).
EDITOR_WIDTH = 690

#: Swedish source texts; shown through ``QCoreApplication.translate("AreaEditor", …)``.
NO_VALUE = QT_TRANSLATE_NOOP("AreaEditor", "Inte angiven")
LEVEL_HINT = QT_TRANSLATE_NOOP(
    "AreaEditor",
    "Nivå 2 är den lägsta nivån där arbetet har en tillfredsställande struktur; nivå 3 är "
    "målnivån för ett systematiskt och riskbaserat arbete.",
)


def _no_value() -> str:
    """'Inte angiven' in the interface language (the empty choice of a level or profile field)."""
    return QCoreApplication.translate("AreaEditor", NO_VALUE)


def _plain_text(placeholder: str, accessible: str) -> QPlainTextEdit:
    """A short multi-line field where Tab moves on instead of inserting a tab."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(68)
    return edit


def _combo_data(combo: QComboBox) -> object:
    return combo.currentData() if combo.currentIndex() >= 0 else None


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _lock(widget: QWidget, locked: bool) -> None:
    """Make a field of a read-only record unchangeable but keep its value readable (ui.style)."""
    if isinstance(widget, QComboBox):
        widget.setEnabled(not locked)
    else:
        widget.setReadOnly(locked)  # type: ignore[attr-defined]
    set_role(widget, "locked" if locked else "")


def finalised_date(assessment: Assessment) -> date:
    """The local calendar day the assessment was made final (its assessment date for old data)."""
    if assessment.finalised_at is None:
        return assessment.assessed_on
    return assessment.finalised_at.astimezone().date()


def normalised(assessment: Assessment) -> Assessment:
    """Surrounding blanks trimmed (as the editor trims them), empty responses and blank profile
    answers dropped, so equal content compares equal and an untouched record is not 'changed'."""
    trimmed = (
        replace(response, comment=response.comment.strip(), evidence=response.evidence.strip())
        for response in assessment.responses.values()
    )
    responses = {r.area_key: r for r in trimmed if r != AreaResponse(r.area_key)}
    profile = {key: value for key, value in assessment.profile.items() if value}
    return replace(
        assessment,
        responses=responses,
        profile=profile,
        note=assessment.note.strip(),
        assessor=assessment.assessor.strip(),
    )


class AreaEditor(QWidget):
    """One area: the SKR answer (with its comparable level), MSB levels, comment and evidence."""

    changed = Signal()

    def __init__(self, area: Area, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self._ref = reference
        self.frame = card()
        self.frame.setAccessibleName(
            self.tr("Område {number}: {name}").format(number=area.number, name=area.name)
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)

        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(label(f"{area.number}. {area.name}", "subtitle"))
        question = label(area.question, "muted", wrap=True)
        layout.addWidget(question)
        self.problem = label("", "problem", wrap=True)
        self.problem.hide()
        layout.addWidget(self.problem)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        self.answer = QComboBox()
        self.answer.setAccessibleName(
            self.tr("Svar enligt SKR:s enkät, område {number}").format(number=area.number)
        )
        self.answer.setToolTip(area.question)
        self.answer.addItem(self.tr("Inte besvarat"), None)
        for option in reference.answer_scale:
            self.answer.addItem(option.label, option.key)
            self.answer.setItemData(
                self.answer.count() - 1,
                self.tr("Ger SKR-jämförbar nivå {level}").format(level=option.skr_level),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.skr_level = label("", "level")
        self.skr_level.setAccessibleName(
            self.tr("SKR-jämförbar nivå, område {number}").format(number=area.number)
        )
        self.skr_level.setToolTip(
            self.tr(
                "SKR räknar ”fullt” eller ”delvis etablerat” som mognadsnivå 2, alla andra "
                "svar som 1."
            )
        )
        grid.addWidget(self._caption(self.tr("SKR-svar:"), self.answer), 0, 0)
        grid.addWidget(self.answer, 0, 1)
        grid.addWidget(self.skr_level, 0, 2, 1, 2)

        self.self_level = self._level_combo(
            self.tr("Självskattad mognadsnivå, område {number}").format(number=area.number)
        )
        self.target_level = self._level_combo(
            self.tr("Målnivå, område {number}").format(number=area.number)
        )
        grid.addWidget(self._caption(self.tr("Självskattad nivå:"), self.self_level), 1, 0)
        grid.addWidget(self.self_level, 1, 1)
        grid.addWidget(self._caption(self.tr("Målnivå:"), self.target_level), 1, 2)
        grid.addWidget(self.target_level, 1, 3)

        self.level_info = label("", "info", wrap=True)
        self.level_info.setAccessibleName(
            self.tr("Beskrivning av vald nivå, område {number}").format(number=area.number)
        )
        self.level_info.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.level_info, 2, 0, 1, 4)

        self.comment = _plain_text(
            self.tr("Hur ser det ut i dag? Vad saknas?"),
            self.tr("Kommentar, område {number}").format(number=area.number),
        )
        self.evidence = _plain_text(
            self.tr("Dokument, beslut eller länkar som styrker bedömningen"),
            self.tr("Belägg, område {number}").format(number=area.number),
        )
        grid.addWidget(self._caption(self.tr("Kommentar:"), self.comment, top=True), 3, 0)
        grid.addWidget(self.comment, 3, 1)
        grid.addWidget(self._caption(self.tr("Belägg:"), self.evidence, top=True), 3, 2)
        grid.addWidget(self.evidence, 3, 3)

        self._info_source = self.self_level
        self.answer.currentIndexChanged.connect(self._on_answer)
        for combo in (self.self_level, self.target_level):
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._on_level(c))
        for edit in (self.comment, self.evidence):
            edit.textChanged.connect(self.changed)
        self._on_answer()
        self._show_level_info()

    @staticmethod
    def _caption(text: str, buddy: QWidget, top: bool = False) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        if top:
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, 4, 0, 0)
        return caption

    def _level_combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.addItem(_no_value(), None)
        for level in self._ref.maturity_levels:
            combo.addItem(f"{level.level} – {level.name}", level.level)
            combo.setItemData(combo.count() - 1, level.description, Qt.ItemDataRole.ToolTipRole)
        combo.installEventFilter(self)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The description follows the level field that has focus."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QComboBox):
            self._info_source = watched
            self._show_level_info()
        return False

    def _on_answer(self) -> None:
        level = skr_comparable_level(_combo_data(self.answer), self._ref)  # type: ignore[arg-type]
        self.skr_level.setText(
            self.tr("SKR-jämförbar nivå: {level}").format(level=level if level is not None else "–")
        )
        self.changed.emit()

    def _on_level(self, combo: QComboBox) -> None:
        self._info_source = combo
        self._show_level_info()
        self.changed.emit()

    def _show_level_info(self) -> None:
        combo = self._info_source
        which = self.tr("Självskattad nivå") if combo is self.self_level else self.tr("Målnivå")
        chosen = _combo_data(combo)
        level = next((m for m in self._ref.maturity_levels if m.level == chosen), None)
        if level is None:
            self.level_info.setText(
                self.tr("<b>{which}:</b> inte angiven. {hint}").format(
                    which=which, hint=QCoreApplication.translate("AreaEditor", LEVEL_HINT)
                )
            )
        else:
            self.level_info.setText(
                f"<b>{which} {level.level} – {level.name}.</b> {level.description}"
            )

    # Values ----------------------------------------------------------------------------------

    def set_response(self, response: AreaResponse) -> None:
        widgets = (self.answer, self.self_level, self.target_level, self.comment, self.evidence)
        for widget in widgets:
            widget.blockSignals(True)
        _select_data(self.answer, response.answer)
        _select_data(self.self_level, response.self_level)
        _select_data(self.target_level, response.target_level)
        self.comment.setPlainText(response.comment)
        self.evidence.setPlainText(response.evidence)
        for widget in widgets:
            widget.blockSignals(False)
        self._info_source = self.self_level
        self._on_answer()
        self._show_level_info()
        self.show_problems([])

    def response(self) -> AreaResponse:
        return AreaResponse(
            area_key=self.area.key,
            answer=_combo_data(self.answer),  # type: ignore[arg-type]
            self_level=_combo_data(self.self_level),  # type: ignore[arg-type]
            target_level=_combo_data(self.target_level),  # type: ignore[arg-type]
            comment=self.comment.toPlainText().strip(),
            evidence=self.evidence.toPlainText().strip(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.answer,
            self.self_level,
            self.target_level,
            self.comment,
            self.evidence,
        ):
            _lock(widget, read_only)

    def show_problems(self, problems: list[str]) -> None:
        prefix = f"{self.area.name}: "
        own = [p.removeprefix(prefix) for p in problems]
        self.problem.setText("\n".join(f"• {p[:1].upper()}{p[1:]}" for p in own))
        self.problem.setVisible(bool(own))

    def problems_for(self, problems: list[str]) -> list[str]:
        return [p for p in problems if p.startswith(f"{self.area.name}:")]


class ProfileEditor(QWidget):
    """SKR's profile questions (who leads the work, how it is organised) as combo boxes."""

    changed = Signal()

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Profil"), "subtitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Frågor om hur arbetet är organiserat. Svaren jämförs med hur andra "
                    "kommuner svarade i SKR:s uppföljning."
                ),
                "muted",
                wrap=True,
            )
        )
        self.combos: dict[str, QComboBox] = {}
        for question in reference.profile_questions:
            combo = QComboBox()
            combo.setAccessibleName(question.text)
            combo.addItem(_no_value(), None)
            for option in question.options:
                combo.addItem(option.label, option.key)
            combo.setMaximumWidth(560)
            combo.currentIndexChanged.connect(self.changed)
            caption = label(question.text, wrap=True)
            caption.setBuddy(combo)
            layout.addSpacing(4)
            layout.addWidget(caption)
            layout.addWidget(combo)
            self.combos[question.key] = combo

    def set_profile(self, profile: dict[str, str]) -> None:
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            _select_data(combo, profile.get(key))
            combo.blockSignals(False)

    def profile(self) -> dict[str, str]:
        values = {key: _combo_data(combo) for key, combo in self.combos.items()}
        return {key: str(value) for key, value in values.items() if value}

    def set_read_only(self, read_only: bool) -> None:
        for combo in self.combos.values():
            _lock(combo, read_only)


class AssessmentEditor(QWidget):
    """The whole form for one assessment, with its header, actions and problem panel."""

    changed = Signal()
    save_requested = Signal()
    revert_requested = Signal()
    finalise_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ref = reference
        self.baseline: Assessment | None = None
        self.is_new = False
        #: Whether any field was changed since ``load`` (edits all pass through ``_on_changed``).
        self._edited = False
        self._store_read_only = False
        self._note = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(10)
        self.heading = label("", "title")
        self.heading.setMinimumWidth(
            self.heading.fontMetrics().horizontalAdvance(
                self.tr("Bedömning {year}").format(year=2000)
            )
        )
        self.status = label("", "status-draft")
        self.status.setAccessibleName(self.tr("Bedömningens status"))
        header.addWidget(self.heading)
        header.addStretch(1)
        self.save_button = QPushButton(self.tr("Spara"))
        set_role(self.save_button, "primary")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Spara bedömningen (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Ångra ändringar"))
        self.finalise_button = QPushButton(self.tr("Fastställ…"))
        self.finalise_button.setToolTip(
            self.tr(
                "Fastställ bedömningen. Därefter är den skrivskyddad och kan användas i "
                "ledningens genomgång."
            )
        )
        self.reopen_button = QPushButton(self.tr("Öppna för ändring…"))
        for button in (
            self.save_button,
            self.revert_button,
            self.finalise_button,
            self.reopen_button,
        ):
            header.addWidget(button)
        layout.addLayout(header)

        status_row = QHBoxLayout()
        status_row.setSpacing(12)
        self.summary = label("", "muted", wrap=True)
        status_row.addWidget(self.status)
        status_row.addWidget(self.summary, 1)
        layout.addLayout(status_row)

        self.problems = card()
        set_role(self.problems, "problems")
        self.problems.setAccessibleName(self.tr("Problem som hindrar att bedömningen sparas"))
        problem_layout = QVBoxLayout(self.problems)
        problem_layout.setContentsMargins(14, 10, 14, 10)
        self.problems_title = label("", wrap=True)
        self.problems_title.setStyleSheet("font-weight: 600;")
        self.problems_text = label("", wrap=True)
        self.problems_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problem_layout.addWidget(self.problems_title)
        problem_layout.addWidget(self.problems_text)
        self.problems.hide()
        layout.addWidget(self.problems)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("EditorScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 12, 12)
        self.body_layout.setSpacing(12)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)

        self.body_layout.addWidget(self._details_card())
        self.areas = [AreaEditor(area, reference) for area in reference.areas]
        for editor in self.areas:
            editor.changed.connect(self._on_changed)
            self.body_layout.addWidget(editor)
        self.profile = ProfileEditor(reference)
        self.profile.changed.connect(self._on_changed)
        self.body_layout.addWidget(self.profile)
        self.body_layout.addStretch(1)

        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.finalise_button.clicked.connect(self.finalise_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)

    def _details_card(self) -> QWidget:
        frame = card()
        form = QFormLayout(frame)
        form.setContentsMargins(20, 16, 20, 16)
        form.setHorizontalSpacing(12)
        self.assessed_on = QDateEdit()
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setAccessibleName(self.tr("Datum för bedömningen"))
        self.assessed_on.setMaximumWidth(160)
        self.assessor = QLineEdit()
        self.assessor.setPlaceholderText(
            self.tr("Namn och roll, t.ex. Anna Berg, informationssäkerhetssamordnare")
        )
        self.assessor.setAccessibleName(self.tr("Bedömd av"))
        self.note = _plain_text(
            self.tr("Förutsättningar, avgränsningar eller vilka som deltog"),
            self.tr("Anteckning om bedömningen"),
        )
        form.addRow(self.tr("Datum:"), self.assessed_on)
        form.addRow(self.tr("Bedömd av:"), self.assessor)
        form.addRow(self.tr("Anteckning:"), self.note)
        for row in range(form.rowCount()):
            caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if caption and field and isinstance(caption.widget(), QLabel):
                caption.widget().setBuddy(field.widget())  # type: ignore[union-attr]
        self.assessed_on.dateChanged.connect(self._on_changed)
        self.assessor.textChanged.connect(self._on_changed)
        self.note.textChanged.connect(self._on_changed)
        return frame

    # Loading and collecting ------------------------------------------------------------------

    def load(self, assessment: Assessment, *, is_new: bool, store_read_only: bool) -> None:
        self.baseline = assessment
        self.is_new = is_new
        self._store_read_only = store_read_only
        blockers = (self.assessed_on, self.assessor, self.note)
        for widget in blockers:
            widget.blockSignals(True)
        day = assessment.assessed_on
        self.assessed_on.setDate(QDate(day.year, day.month, day.day))
        self.assessor.setText(assessment.assessor)
        self.note.setPlainText(assessment.note)
        for widget in blockers:
            widget.blockSignals(False)
        for editor in self.areas:
            editor.set_response(assessment.response(editor.area.key))
        self.profile.set_profile(assessment.profile)
        self._edited = False
        self.show_problems([])
        self.scroll.verticalScrollBar().setValue(0)
        self._apply_state()

    def collect(self) -> Assessment:
        """The assessment as the fields describe it now."""
        assert self.baseline is not None
        day = self.assessed_on.date()
        responses = {editor.area.key: editor.response() for editor in self.areas}
        return replace(
            self.baseline,
            assessed_on=date(day.year(), day.month(), day.day()),
            assessor=self.assessor.text().strip(),
            note=self.note.toPlainText().strip(),
            responses=responses,
            profile=self.profile.profile(),
        )

    def is_dirty(self) -> bool:
        if self.baseline is None or self.read_only:
            return False
        if self.is_new:
            return True
        if not self._edited:  # untouched since loaded: no need to collect every field
            return False
        return normalised(self.collect()) != normalised(self.baseline)

    @property
    def read_only(self) -> bool:
        return self._store_read_only or bool(self.baseline and self.baseline.is_final)

    # State -----------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._edited = True
        self._update_header()
        self.changed.emit()

    def _apply_state(self) -> None:
        read_only = self.read_only
        for editor in self.areas:
            editor.set_read_only(read_only)
        self.profile.set_read_only(read_only)
        for widget in (self.assessed_on, self.assessor, self.note):
            _lock(widget, read_only)
        self._update_header()

    def _update_header(self) -> None:
        assessment = self.baseline
        if assessment is None:
            return
        final = assessment.is_final
        dirty = self.is_dirty()
        self.heading.setText(self.tr("Bedömning {year}").format(year=assessment.year))
        if final:
            self.status.setText(
                self.tr("Fastställd {date} – skrivskyddad").format(
                    date=format_date(finalised_date(assessment))
                )
            )
            set_role(self.status, "status-final")
        else:
            if self.is_new:
                text = self.tr("Ny – inte sparad ännu")
            elif self._store_read_only:
                text = self.tr("Utkast – databasen är skrivskyddad")
            else:
                text = self.tr("Utkast – osparade ändringar") if dirty else self.tr("Utkast")
            self.status.setText(text)
            set_role(self.status, "status-draft")
        editable = not self.read_only
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)
        self.finalise_button.setVisible(editable and not self.is_new)
        self.reopen_button.setVisible(final and not self._store_read_only)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.finalise_button.setEnabled(True)
        current = self.collect()
        answered = sum(1 for e in self.areas if e.response().answer)
        self.summary.setText(
            self.tr(
                "SKR-jämförbar nivå 2 i {level_two} av {areas} områden · "
                "{answered} av {areas} områden besvarade"
            ).format(
                level_two=areas_at_level_two(current, self._ref),
                areas=len(self.areas),
                answered=answered,
            )
        )

    def show_problems(self, problems: list[str], title: str = "") -> None:
        """Problems in the panel above the form, and each area's own next to its fields."""
        for editor in self.areas:
            editor.show_problems(editor.problems_for(problems))
        self.problems.setVisible(bool(problems))
        if problems:
            self.problems_title.setText(title or self.tr("Bedömningen kunde inte sparas:"))
            self.problems_text.setText("\n".join(f"• {p}" for p in problems))
            first = next((e for e in self.areas if e.problems_for(problems)), None)
            if first is not None:
                self.scroll.ensureWidgetVisible(first, 0, 40)


class AssessmentsPage(Page):
    """The list of years plus the editor; new assessments start from last year's answers."""

    title = "Bedömningar"

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setAccessibleName(self.tr("Bedömningar"))
        self.editor: AssessmentEditor | None = None
        self._reference: Reference | None = None
        self._shown_year: int | None = None
        self._selecting = False

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(20)

        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(label(self.tr("Bedömningar"), "title"))
        side.addWidget(label(self.tr("Ett år per rad, senaste först."), "muted"))
        self.model = AssessmentListModel(parent=self)
        self.table = record_table(self.tr("Bedömningar per år"), self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == AssessmentListModel.ASSESSOR
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        NarrowColumn(self.table, AssessmentListModel.ASSESSOR, room=90)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        side.addWidget(self.table, 1)

        new_box = card()
        new_layout = QGridLayout(new_box)
        new_layout.setContentsMargins(14, 12, 14, 12)
        new_layout.addWidget(label(self.tr("Ny bedömning"), "subtitle"), 0, 0, 1, 3)
        self.year_spin = QSpinBox()
        self.year_spin.setAccessibleName(self.tr("År för ny bedömning"))
        self.year_spin.setRange(MIN_YEAR, max_year())
        year_caption = QLabel(self.tr("År:"))
        year_caption.setBuddy(self.year_spin)
        self.new_button = QPushButton(self.tr("Ny bedömning"))
        self.new_button.setToolTip(
            self.tr("Skapa ett utkast för året. Det utgår från förra årets svar.")
        )
        new_layout.addWidget(year_caption, 1, 0)
        new_layout.addWidget(self.year_spin, 1, 1)
        new_layout.addWidget(self.new_button, 1, 2)
        new_layout.setColumnStretch(2, 1)
        self.carry_hint = label("", "muted", wrap=True)
        new_layout.addWidget(self.carry_hint, 2, 0, 1, 3)
        side.addWidget(new_box)
        self.delete_button = QPushButton(self.tr("Ta bort utkast…"))
        self.delete_button.setToolTip(
            self.tr("Ta bort den valda bedömningen. Bara utkast kan tas bort.")
        )
        side.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(SideColumn(side, self, EDITOR_WIDTH))

        self.editor_stack = QStackedWidget()
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = card()
        empty_card_layout = QVBoxLayout(self.empty)
        empty_card_layout.setContentsMargins(28, 24, 28, 24)
        self.empty_title = label(self.tr("Ingen bedömning ännu"), "subtitle")
        self.empty_text = label("", wrap=True)
        empty_card_layout.addWidget(self.empty_title)
        empty_card_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty)
        empty_layout.addStretch(1)
        self.editor_stack.addWidget(empty_page)
        layout.addWidget(self.editor_stack, 1)

        self.new_button.clicked.connect(self.new_assessment)
        self.year_spin.valueChanged.connect(self._update_new_controls)
        self.delete_button.clicked.connect(self.delete_selected)

    # Page contract ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the years; keep the shown year (or an unsaved new draft) when possible."""
        ws, org = self.workspace, self.organisation
        if ws is None or org is None:
            self.model.set_assessments([], ws.reference if ws else None)
            self._show_empty()
            return
        self._ensure_editor(ws.reference)
        assessments = list(ws.assessments(org.id))
        self.model.set_assessments(assessments, ws.reference)
        editor = self.editor
        assert editor is not None
        keep_draft = (
            editor.is_new
            and editor.baseline is not None
            and (editor.baseline.organisation_id == org.id)
        )
        if keep_draft:
            self._select_row(-1)
        else:
            year = self._shown_year
            if year is None or self.model.row_of_year(year) < 0:
                year = max((a.year for a in assessments), default=None)
            self._show_year(year)
        self._reset_year_spin()

    def has_unsaved_changes(self) -> bool:
        return self.editor is not None and self.editor.is_dirty()

    def save_changes(self) -> bool:
        editor, ws = self.editor, self.workspace
        if editor is None or ws is None or editor.baseline is None:
            return True
        if not editor.is_dirty():
            return True
        candidate = editor.collect()
        try:
            saved = ws.save_assessment(candidate)
        except ValidationError as exc:
            editor.show_problems(exc.problems)
            self.status_message.emit(
                self.tr("Bedömningen sparades inte – se problemen ovanför formuläret.")
            )
            return False
        except LagesbildError as exc:
            editor.show_problems([exc.message], self.tr("Bedömningen kunde inte sparas."))
            return False
        if not isinstance(saved, Assessment):
            saved = ws.assessment(candidate.organisation_id, candidate.year)
        self._shown_year = saved.year
        editor.load(saved, is_new=False, store_read_only=ws.read_only)
        self._reload_list(saved.year)
        self.status_message.emit(
            self.tr("Bedömningen för {year} är sparad.").format(year=saved.year)
        )
        self.data_changed.emit()
        return True

    def discard_changes(self) -> None:
        editor = self.editor
        if editor is None or editor.baseline is None:
            return
        if editor.is_new:
            editor.is_new = False
            editor.baseline = None
            year = self._shown_year
            if year is None or self.model.row_of_year(year) < 0:
                year = max((a.year for a in self._all()), default=None)
            self._show_year(year)
        else:
            editor.load(editor.baseline, is_new=False, store_read_only=editor._store_read_only)

    # Editor lifecycle ------------------------------------------------------------------------

    def _ensure_editor(self, reference: Reference) -> None:
        if self.editor is not None and self._reference is reference:
            return
        if self.editor is not None:
            self.editor.deleteLater()
        self._reference = reference
        self.editor = AssessmentEditor(reference)
        self.editor_stack.addWidget(self.editor)
        self.editor.save_requested.connect(self.save_changes)
        self.editor.revert_requested.connect(self.discard_changes)
        self.editor.finalise_requested.connect(self.finalise)
        self.editor.reopen_requested.connect(self.reopen)

    def _all(self) -> list[Assessment]:
        return [a for i in range(self.model.rowCount()) if (a := self.model.assessment(i))]

    def _show_empty(self) -> None:
        if self.editor is not None:
            self.editor.baseline = None
            self.editor.is_new = False
        self._shown_year = None
        name = self.organisation.name if self.organisation else self.tr("organisationen")
        self.empty_text.setText(
            self.tr(
                "Det finns ingen bedömning för {name} ännu. Välj år under ”Ny bedömning” och "
                "klicka på knappen för att börja. Du svarar på SKR:s fråga för vart och ett av "
                "de nio uppföljningsområdena och gör en egen bedömning av mognadsnivån."
            ).format(name=name)
        )
        self.editor_stack.setCurrentIndex(0)
        self._update_new_controls()

    def _show_year(self, year: int | None) -> None:
        ws, org, editor = self.workspace, self.organisation, self.editor
        if year is None or ws is None or org is None or editor is None:
            self._select_row(-1)
            self._show_empty()
            return
        assessment = ws.assessment(org.id, year)
        self._shown_year = year
        editor.load(assessment, is_new=False, store_read_only=ws.read_only)
        self._reveal_editor()
        self._select_row(self.model.row_of_year(year))

    def _reveal_editor(self) -> None:
        assert self.editor is not None
        self.editor_stack.setCurrentWidget(self.editor)
        self._update_new_controls()

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                selection.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._selecting = False

    def _reload_list(self, year: int | None) -> None:
        ws, org = self.workspace, self.organisation
        if ws is None or org is None:
            return
        self.model.set_assessments(list(ws.assessments(org.id)), ws.reference)
        self._select_row(self.model.row_of_year(year) if year is not None else -1)
        self._reset_year_spin()

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        assessment = self.model.assessment(current.row())
        if (
            assessment is None
            or assessment.year == self._shown_year
            and not (self.editor and self.editor.is_new)
        ):
            return
        if not self._resolve_unsaved():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        self._show_year(assessment.year)

    def _resolve_unsaved(self) -> bool:
        """Spara / Spara inte / Avbryt before the editor shows another assessment."""
        if not self.has_unsaved_changes():
            return True
        choice = messages.ask_unsaved_changes(self, self.tr("bedömningen"))
        if choice is UnsavedChoice.CANCEL:
            return False
        if choice is UnsavedChoice.SAVE:
            return self.save_changes()
        self.discard_changes()
        return True

    # Actions ---------------------------------------------------------------------------------

    def next_free_year(self) -> int:
        """The year after the latest assessment (this year if none), kept within allowed years."""
        years = {a.year for a in self._all()}
        candidate = max(years) + 1 if years else date.today().year
        candidate = min(candidate, max_year())
        while candidate in years and candidate > MIN_YEAR:
            candidate -= 1
        return candidate

    def _reset_year_spin(self) -> None:
        """After the list changed, propose the next year that has no assessment."""
        self.year_spin.setValue(self.next_free_year())
        self._update_new_controls()

    def _update_new_controls(self) -> None:
        ws = self.workspace
        editable = ws is not None and not ws.read_only and self.organisation is not None
        years = {a.year for a in self._all()}
        year = self.year_spin.value()
        self.year_spin.setEnabled(editable)
        exists = year in years
        self.new_button.setEnabled(editable and not exists)
        earlier = [y for y in years if y < year]
        if exists:
            self.carry_hint.setText(
                self.tr("Det finns redan en bedömning för {year}.").format(year=year)
            )
        elif earlier:
            self.carry_hint.setText(
                self.tr("Utgår från svaren i bedömningen för {year}.").format(year=max(earlier))
            )
        else:
            self.carry_hint.setText(self.tr("Börjar med ett tomt formulär."))
        selected = self.model.assessment(self.table.currentIndex().row())
        can_delete = editable and selected is not None and not selected.is_final
        self.delete_button.setEnabled(bool(can_delete))

    def new_assessment(self) -> None:
        ws, org = self.workspace, self.organisation
        if ws is None or org is None or self.editor is None:
            return
        if not self._resolve_unsaved():
            return
        year = self.year_spin.value()
        assessor = self.settings.default_assessor if self.settings else ""
        try:
            draft = ws.new_assessment(org.id, year, assessed_on=date.today(), assessor=assessor)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ny bedömning"), exc.message)
            return
        if not draft.assessor and assessor:
            draft = replace(draft, assessor=assessor)
        self._select_row(-1)
        self.editor.load(draft, is_new=True, store_read_only=ws.read_only)
        self._reveal_editor()
        self.status_message.emit(
            self.tr(
                "Nytt utkast för {year}. Spara när du är klar – det finns inte i databasen "
                "förrän dess."
            ).format(year=year)
        )

    def finalise(self) -> None:
        ws, editor = self.workspace, self.editor
        if ws is None or editor is None or editor.baseline is None:
            return
        year = editor.baseline.year
        if not messages.confirm(
            self,
            self.tr("Fastställ bedömning"),
            self.tr("Vill du fastställa bedömningen för {year}?").format(year=year),
            self.tr("Fastställ"),
            self.tr(
                "En fastställd bedömning är skrivskyddad. Den kan öppnas för ändring igen, men "
                "då behöver du ange ett skäl."
            ),
        ):
            return
        if editor.is_dirty() and not self.save_changes():
            return
        assessment_id = editor.baseline.id
        try:
            ws.finalise_assessment(assessment_id)
        except ValidationError as exc:
            editor.show_problems(exc.problems, self.tr("Bedömningen kunde inte fastställas:"))
            return
        except LagesbildError as exc:
            editor.show_problems([exc.message], self.tr("Bedömningen kunde inte fastställas."))
            return
        self._show_year(year)
        self._reload_list(year)
        self.status_message.emit(self.tr("Bedömningen för {year} är fastställd.").format(year=year))
        self.data_changed.emit()

    def reopen(self) -> None:
        ws, editor = self.workspace, self.editor
        if ws is None or editor is None or editor.baseline is None:
            return
        year = editor.baseline.year
        reason = messages.ask_text(
            self,
            self.tr("Öppna för ändring"),
            self.tr(
                "Varför behöver den fastställda bedömningen för {year} ändras?\n"
                "Skälet sparas tillsammans med bedömningen."
            ).format(year=year),
        )
        if not reason:
            return
        try:
            ws.reopen_assessment(editor.baseline.id, reason)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Öppna för ändring"), exc.message)
            return
        self._show_year(year)
        self._reload_list(year)
        self.status_message.emit(
            self.tr("Bedömningen för {year} är öppnad för ändring.").format(year=year)
        )
        self.data_changed.emit()

    def delete_selected(self) -> None:
        ws = self.workspace
        selected = self.model.assessment(self.table.currentIndex().row())
        if ws is None or selected is None or selected.is_final:
            return
        if not messages.confirm(
            self,
            self.tr("Ta bort utkast"),
            self.tr("Vill du ta bort utkastet för {year}?").format(year=selected.year),
            self.tr("Ta bort"),
            self.tr("Utkastet och alla svar i det tas bort. Det går inte att ångra."),
        ):
            return
        try:
            ws.delete_assessment(selected.id)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ta bort utkast"), exc.message)
            return
        if self.editor is not None:
            self.editor.baseline = None
        self._shown_year = None
        self.refresh()
        self.status_message.emit(
            self.tr("Utkastet för {year} är borttaget.").format(year=selected.year)
        )
        self.data_changed.emit()
