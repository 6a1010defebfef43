"""Handlingsplan: the organisation's activities in a filterable, sortable table.

Filters (area, status, owner, "Endast försenade", free text) narrow the table model,
with the domain's ``ActivityFilter``. Activities are created blank, from a template (SKR's
recommendations, the NIS2 measures) or from suggestions for areas below target or below the
group; several can change status at once (one transaction). Export writes what the table shows,
off the GUI thread. Every dialog is reached through ``ui.dialogs.activity_dialog`` or
``ui.dialogs.messages`` so tests can stub it.

Texts follow the interface language (``self.tr``, context ``ActionsPage``); the domain's activity
labels are shown through ``ui.models.activity_model.label_text``, as in the table. The export's
suggested file name stays Swedish, like the exported file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import (
    GENERAL_AREA,
    Activity,
    ActivityFilter,
    ActivityStatus,
    summarise,
)
from app.domain.errors import LagesbildError
from app.domain.review import DecisionKind
from app.services.actions import ActionPlanService, write_plan
from app.services.reviews import ReviewService
from app.swedish_format import format_date
from ui.dialogs import activity_dialog, messages
from ui.models.activity_model import ActivityTableModel, area_text, label_text
from ui.pages.base import Page
from ui.record_table import record_table
from ui.style import card, label, set_role

if TYPE_CHECKING:
    from ui.settings import AppSettings

ALL = "__all__"
#: Columns fitted to their contents when the plan is loaded, and how many rows are measured.
FITTED_COLUMNS = (
    ActivityTableModel.OWNER,
    ActivityTableModel.STATUS,
    ActivityTableModel.PRIORITY,
    ActivityTableModel.PROGRESS,
    ActivityTableModel.DUE,
    ActivityTableModel.OVERDUE,
)
FIT_ROWS = 200
OPEN_STATUSES = frozenset({ActivityStatus.NOT_STARTED, ActivityStatus.IN_PROGRESS})
# The decision kinds of app.domain.review, marked so lupdate keeps their translations (shown in
# the text about the decision an activity came from). A test checks they are still the domain's.
KIND_LABELS = {
    DecisionKind.DECISION: QT_TRANSLATE_NOOP("ActionsPage", "Beslut"),
    DecisionKind.PROPOSAL: QT_TRANSLATE_NOOP("ActionsPage", "Förslag till beslut"),
}


class ActionsPage(Page):
    """The action plan of the selected organisation."""

    title = "Handlingsplan"

    def __init__(
        self,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.setAccessibleName(self.tr("Handlingsplan"))
        self._export_task = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Handlingsplan"), "title"))
        heading.addStretch(1)
        self.summary = label("", "muted")
        self.summary.setAccessibleName(self.tr("Sammanfattning av handlingsplanen"))
        heading.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ny aktivitet"))
        set_role(self.new_button, "primary")
        self.template_button = QPushButton(self.tr("Från mall…"))
        self.template_button.setToolTip(
            self.tr("SKR:s rekommendationer och cybersäkerhetslagens åtgärder")
        )
        self.suggest_button = QPushButton(self.tr("Förslag…"))
        self.suggest_button.setToolTip(
            self.tr(
                "Områden under målnivån eller under kommungruppens medelvärde utan öppen aktivitet"
            )
        )
        self.edit_button = QPushButton(self.tr("Redigera…"))
        self.status_button = QPushButton(self.tr("Ändra status"))
        self.status_button.setToolTip(
            self.tr("Ändra status för alla markerade aktiviteter på en gång")
        )
        status_menu = QMenu(self.status_button)
        for status in ActivityStatus:
            action = status_menu.addAction(label_text(status))
            action.triggered.connect(lambda _c=False, s=status: self.set_status_of_selected(s))
        self.status_button.setMenu(status_menu)
        self.delete_button = QPushButton(self.tr("Ta bort…"))
        self.export_button = QPushButton(self.tr("Exportera…"))
        self.export_button.setToolTip(
            self.tr("Spara det som visas som Excel-arbetsbok eller CSV-fil")
        )
        for button in (
            self.new_button,
            self.template_button,
            self.suggest_button,
            self.edit_button,
            self.status_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)

        filters = QHBoxLayout()
        self.area_filter = QComboBox()
        self.area_filter.setAccessibleName(self.tr("Filtrera på område"))
        self.area_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_filter.setMinimumContentsLength(16)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filtrera på status"))
        self.status_filter.addItem(self.tr("Alla statusar"), frozenset())
        self.status_filter.addItem(self.tr("Öppna"), OPEN_STATUSES)
        for status in ActivityStatus:
            self.status_filter.addItem(label_text(status), frozenset({status}))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Filtrera på ansvarig"))
        self.overdue_only = QCheckBox(self.tr("Endast försenade"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Sök i handlingsplanen"))
        self.search.setPlaceholderText(
            self.tr("Sök i titel, beskrivning, ansvarig och kommentarer")
        )
        self.search.setClearButtonEnabled(True)
        for caption, widget in (
            (self.tr("Område:"), self.area_filter),
            (self.tr("Status:"), self.status_filter),
            (self.tr("Ansvarig:"), self.owner_filter),
        ):
            text = QLabel(caption)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        # The table shows the model directly (see ui.models.activity_model for why no proxy).
        self.model = ActivityTableModel(self)
        self.table = record_table(self.tr("Aktiviteter"), self.model, multi_select=True)
        # No column sorted at first: the plan order (open and overdue first, then by due date).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        # The short columns are fitted to their contents when the plan is loaded (_fit_columns),
        # not kept fitted (ResizeToContents): that re-measured up to 1,000 rows, each cell a
        # call into Python, on every filter change – most of the time of a keystroke in the
        # search field of a large plan.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionResizeMode(ActivityTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActivityTableModel.AREAS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActivityTableModel.AREAS, 150)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.table, 1)

        self.shown = label("", "muted")
        self.shown.setAccessibleName(self.tr("Antal visade aktiviteter"))
        layout.addWidget(self.shown)
        self.detail_card = card()
        detail_layout = QVBoxLayout(self.detail_card)
        detail_layout.setContentsMargins(16, 10, 16, 12)
        self.detail = label("", wrap=True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAccessibleName(self.tr("Vald aktivitet"))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.detail)
        self.detail_card.setMinimumHeight(120)
        self.detail_card.setMaximumHeight(180)
        layout.addWidget(self.detail_card)

        self.new_button.clicked.connect(self.new_activity)
        self.template_button.clicked.connect(self.new_from_template)
        self.suggest_button.clicked.connect(self.show_suggestions)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        for combo in (self.area_filter, self.status_filter, self.owner_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_only.toggled.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # Page contract ---------------------------------------------------------------------------

    @property
    def service(self) -> ActionPlanService | None:
        if self.workspace is None:
            return None
        return ActionPlanService(self.workspace, clock=self.clock)

    def refresh(self) -> None:
        """Reload the plan, keeping filters and the selected activities."""
        service, org = self.service, self.organisation
        selected = [a.id for a in self.selected_activities()]
        if service is None or org is None:
            self.model.set_activities([], self.clock(), {})
            self._update_summary()
            self._update_buttons()
            return
        short_names = {a.key: a.short_name for a in service.workspace.reference.areas}
        self.model.set_activities(
            service.activities(org.id), self.clock(), short_names, service.area_names()
        )
        self._fill_filters(service, org.id)
        self.apply_filter()
        self._fit_columns()
        self.select_ids(selected)
        self._update_summary()

    def _fit_columns(self) -> None:
        """Widen the short columns to their contents (the first ``FIT_ROWS`` rows shown)."""
        for column in FITTED_COLUMNS:
            self.table.resizeColumnToContents(column)

    def _fill_filters(self, service: ActionPlanService, org_id: int) -> None:
        area = self.area_filter.currentData()
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(self.tr("Alla områden"), ALL)
        self.area_filter.addItem(area_text((), {}), GENERAL_AREA)
        for key, name in service.area_names().items():
            self.area_filter.addItem(name, key)
        index = self.area_filter.findData(area)
        self.area_filter.setCurrentIndex(max(index, 0))
        self.area_filter.blockSignals(False)
        owner = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Alla ansvariga"), ALL)
        for name in service.owners(org_id):
            self.owner_filter.addItem(name, name)
        index = self.owner_filter.findData(owner)
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)

    # Filtering and selection -------------------------------------------------------------------

    def criteria(self) -> ActivityFilter:
        area = self.area_filter.currentData()
        owner = self.owner_filter.currentData()
        return ActivityFilter(
            area=None if area in (None, ALL) else area,
            statuses=self.status_filter.currentData() or frozenset(),
            owner=None if owner in (None, ALL) else owner,
            overdue_only=self.overdue_only.isChecked(),
            text=self.search.text(),
        )

    @property
    def proxy(self) -> ActivityTableModel:
        """What the table shows, row by row: the model itself, which filters and sorts (kept
        under this name for callers from when a proxy model stood in between)."""
        return self.model

    def apply_filter(self) -> None:
        self.model.set_criteria(self.criteria())
        total = self.model.total
        shown = self.model.rowCount()
        if shown != total:
            text = self.tr("Visar {shown} av {total} aktiviteter.").format(shown=shown, total=total)
        elif total == 1:
            # Swedish as for many, English "1 activity.": the disambiguation tells them apart.
            text = self.tr("{total} aktiviteter.", "one").format(total=total)
        else:
            text = self.tr("{total} aktiviteter.").format(total=total)
        self.shown.setText(text)
        self._update_buttons()

    def visible_activities(self) -> list[Activity]:
        """What the table shows, in its current order."""
        return self.model.shown_activities()

    def selected_activities(self) -> list[Activity]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [a for row in rows if (a := self.model.activity(row)) is not None]

    def select_ids(self, ids: list[int | None]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first: QModelIndex | None = None
        for activity_id in ids:
            row = self.model.row_of(activity_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            selection.select(index, flags)
            first = first or index
        if first is not None:
            self.table.scrollTo(first)
        self._update_buttons()

    def _update_summary(self) -> None:
        activities = self.model.activities()
        if self.organisation is None:
            self.summary.setText("")
            return
        summary = summarise(activities, self.clock())
        if summary.total == 1:
            text = self.tr(
                "{total} aktiviteter · {open} öppna · {overdue} försenade (per {date})", "one"
            )
        else:
            text = self.tr("{total} aktiviteter · {open} öppna · {overdue} försenade (per {date})")
        self.summary.setText(
            text.format(
                total=summary.total,
                open=summary.open,
                overdue=summary.overdue,
                date=format_date(self.clock()),
            )
        )

    def _update_buttons(self) -> None:
        has_context = self.workspace is not None and self.organisation is not None
        writable = has_context and not (self.workspace and self.workspace.read_only)
        selected = self.selected_activities()
        for button in (self.new_button, self.template_button, self.suggest_button):
            button.setEnabled(writable)
        self.edit_button.setEnabled(len(selected) == 1)
        self.edit_button.setText(self.tr("Redigera…") if writable else self.tr("Visa…"))
        self.status_button.setEnabled(writable and bool(selected))
        self.delete_button.setEnabled(writable and bool(selected))
        self.export_button.setEnabled(has_context and self.model.rowCount() > 0)
        self._show_detail(selected[0] if len(selected) == 1 else None)

    def _show_detail(self, activity: Activity | None) -> None:
        if activity is None:
            self.detail.setText(
                self.tr("Markera en aktivitet för att se beskrivning och kommentarer.")
            )
            return
        names = self.model.area_names
        parts = [
            self.tr("<b>{title}</b> – {status}, {progress}&nbsp;% klart").format(
                title=escape(activity.title),
                status=label_text(activity.status),
                progress=activity.progress,
            ),
            self.tr("Ursprung: {origin}. Områden: {areas}.").format(
                origin=label_text(activity.origin),
                areas=escape(area_text(activity.areas, names)),
            ),
        ]
        link = self._decision_text(activity)
        if link:
            parts.append(escape(link))
        if activity.description:
            parts.append(escape(activity.description).replace("\n", "<br>"))
        for comment in sorted(activity.comments, key=lambda c: c.written_on, reverse=True)[:3]:
            author = f" ({escape(comment.author)})" if comment.author else ""
            parts.append(
                f"<i>{format_date(comment.written_on)}{author}:</i> {escape(comment.text)}"
            )
        self.detail.setText("<br>".join(parts))

    def _decision_text(self, activity: Activity) -> str:
        if self.workspace is None or activity.decision_id is None:
            return ""
        found = ReviewService(self.workspace, clock=self.clock).decision_of(activity)
        if found is None:
            return ""
        review, decision = found
        kind = QCoreApplication.translate("ActionsPage", decision.kind.label).lower()
        return self.tr("Skapad från {kind} i ledningens genomgång {date} ({forum}): {text}").format(
            kind=kind, date=format_date(review.held_on), forum=review.forum, text=decision.text
        )

    # Actions ---------------------------------------------------------------------------------

    def _edit(self, activity: Activity) -> Activity | None:
        service = self.service
        assert service is not None
        read_only = self.workspace is not None and self.workspace.read_only
        saved = activity_dialog.edit_activity(
            self,
            activity,
            area_names=service.area_names(),
            owners=service.owners(activity.organisation_id),
            save=service.save,
            today=self.clock(),
            link_text=self._decision_text(activity),
            read_only=read_only,
        )
        if saved is not None:
            self._changed(
                [saved.id], self.tr("Aktiviteten «{title}» sparades.").format(title=saved.title)
            )
        return saved

    def new_activity(self) -> Activity | None:
        if self.organisation is None or self.organisation.id is None:
            return None
        today = self.clock()
        return self._edit(Activity(self.organisation.id, "", start_date=today))

    def new_from_template(self) -> Activity | None:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None:
            return None
        template = activity_dialog.choose_template(self, service.templates(), service.area_names())
        if template is None:
            return None
        return self._edit(template.to_activity(org.id, self.clock()))

    def show_suggestions(self) -> list[Activity]:
        service, org = self.service, self.organisation
        if service is None or org is None or org.id is None:
            return []
        try:
            suggestions = service.suggestions(org.id)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Förslag"), exc.message)
            return []
        if not suggestions:
            messages.show_information(
                self,
                self.tr("Förslag på aktiviteter"),
                self.tr(
                    "Det finns inga förslag just nu: inga områden ligger under målnivån eller "
                    "kommungruppens medelvärde utan en öppen aktivitet, eller så saknas en "
                    "bedömning."
                ),
            )
            return []
        chosen = activity_dialog.choose_suggestions(self, suggestions)
        created = []
        try:
            for suggestion in chosen:
                created.append(service.create_from_suggestion(org.id, suggestion))
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Förslag"), exc.message)
        if created:
            if len(created) == 1:
                text = self.tr("{count} aktiviteter skapades.", "one")
            else:
                text = self.tr("{count} aktiviteter skapades.")
            self._changed([a.id for a in created], text.format(count=len(created)))
        return created

    def edit_selected(self) -> Activity | None:
        selected = self.selected_activities()
        if len(selected) != 1:
            return None
        return self._edit(selected[0])

    def set_status_of_selected(self, status: ActivityStatus) -> list[Activity]:
        service = self.service
        selected = self.selected_activities()
        if service is None or not selected:
            return []
        try:
            changed = service.set_status([a.id for a in selected if a.id is not None], status)
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ändra status"), exc.message)
            return []
        if len(changed) == 1:
            text = self.tr("{count} aktiviteter har nu status {status}.", "one")
        else:
            text = self.tr("{count} aktiviteter har nu status {status}.")
        self._changed(
            [a.id for a in changed], text.format(count=len(changed), status=label_text(status))
        )
        return changed

    def delete_selected(self) -> int:
        service = self.service
        selected = self.selected_activities()
        if service is None or not selected or (self.workspace and self.workspace.read_only):
            return 0
        names = "\n".join(f"• {a.title}" for a in selected[:8])
        more = ""
        if len(selected) > 8:
            more = "\n" + self.tr("… och {count} till").format(count=len(selected) - 8)
        if len(selected) > 1:
            question = self.tr("Ta bort {count} aktiviteter?")
        else:
            question = self.tr("Ta bort {count} aktivitet?")
        if not messages.confirm(
            self,
            self.tr("Ta bort aktiviteter"),
            question.format(count=len(selected)),
            self.tr("Ta bort"),
            names + more,
        ):
            return 0
        try:
            deleted = service.delete([a.id for a in selected if a.id is not None])
        except LagesbildError as exc:
            messages.show_error(self, self.tr("Ta bort"), exc.message)
            return 0
        if deleted == 1:
            text = self.tr("{count} aktiviteter togs bort.", "one")
        else:
            text = self.tr("{count} aktiviteter togs bort.")
        self._changed([], text.format(count=deleted))
        return deleted

    def export(self) -> None:
        service, org = self.service, self.organisation
        if service is None or org is None:
            return
        suggested = Path.home() / f"Handlingsplan {org.name} {format_date(self.clock())}.xlsx"
        path = activity_dialog.choose_export_file(self, suggested)
        if path is None:
            return
        activities = self.visible_activities()
        kind = path.suffix.lower().lstrip(".")
        today, names, org_name = self.clock(), service.area_names(), org.name
        from ui.workers import run_task

        count = len(activities)
        if count == 1:
            exporting = self.tr("Exporterar {count} aktiviteter…", "one")
            saved = self.tr("Handlingsplanen ({count} aktiviteter) sparades som {file}.", "one")
        else:
            exporting = self.tr("Exporterar {count} aktiviteter…")
            saved = self.tr("Handlingsplanen ({count} aktiviteter) sparades som {file}.")
        failed_title = self.tr("Export")
        self.export_button.setEnabled(False)
        self.status_message.emit(exporting.format(count=count))
        self._export_task = run_task(
            lambda _ctx: write_plan(activities, path, kind, org_name, today, names),
            on_finished=lambda result: self.status_message.emit(
                saved.format(count=count, file=result)
            ),
            on_failed=lambda message: messages.show_error(self, failed_title, message),
        )
        self._export_task.done.connect(self._update_buttons)

    def _changed(self, ids: list[int | None], message: str) -> None:
        self.refresh()
        self.select_ids(ids)
        self.status_message.emit(message)
        self.data_changed.emit()
