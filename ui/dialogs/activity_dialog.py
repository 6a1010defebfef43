"""Dialogs of the action plan: edit an activity (with its comment log), pick a template, pick
suggestions, choose an export file.

The page calls the module functions (``edit_activity``, ``choose_template``, ...), looked up at
call time, so GUI tests replace them with stubs and no dialog ever blocks a run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import (
    GENERAL_AREA_LABEL,
    TITLE_MAX_LENGTH,
    Activity,
    ActivityComment,
    ActivityOrigin,
    ActivityStatus,
    Priority,
    Suggestion,
    area_labels,
)
from app.domain.errors import LagesbildError, ValidationError
from app.domain.templates import ActivityTemplate
from app.swedish_format import format_date
from ui.style import label, set_role

EXPORT_FILTERS = {
    "xlsx": QT_TRANSLATE_NOOP("ActivityDialog", "Excel-arbetsbok (*.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ActivityDialog", "CSV för Excel, semikolonseparerad (*.csv)"),
}

# The labels of the activity enums and "Generellt" (app.domain.activity), marked so lupdate keeps
# their translations; shown through ``label_text``. A test checks they are still the domain's.
ENUM_LABELS = {
    ActivityStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ActivityDialog", "Ej påbörjad"),
    ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActivityDialog", "Pågår"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("ActivityDialog", "Klar"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("ActivityDialog", "Avbruten"),
    ActivityOrigin.ASSESSMENT_GAP: QT_TRANSLATE_NOOP("ActivityDialog", "Brist i självskattning"),
    ActivityOrigin.REVIEW_DECISION: QT_TRANSLATE_NOOP(
        "ActivityDialog", "Beslut i ledningens genomgång"
    ),
    ActivityOrigin.SKR_RECOMMENDATION: QT_TRANSLATE_NOOP("ActivityDialog", "SKR:s rekommendation"),
    ActivityOrigin.NIS2_MEASURE: QT_TRANSLATE_NOOP(
        "ActivityDialog", "Cybersäkerhetslagen/NIS2-åtgärd"
    ),
    ActivityOrigin.OWN: QT_TRANSLATE_NOOP("ActivityDialog", "Egen"),
    Priority.HIGH: QT_TRANSLATE_NOOP("ActivityDialog", "Hög"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("ActivityDialog", "Medel"),
    Priority.LOW: QT_TRANSLATE_NOOP("ActivityDialog", "Låg"),
}
GENERAL_AREA = QT_TRANSLATE_NOOP("ActivityDialog", "Generellt")


def label_text(member: ActivityStatus | ActivityOrigin | Priority) -> str:
    """The member's label in the interface language."""
    return QCoreApplication.translate("ActivityDialog", member.label)


def area_text(areas: Sequence[str], area_names: Mapping[str, str]) -> str:
    """``area_labels`` with 'Generellt' in the interface language."""
    text = area_labels(areas, area_names)
    if text == GENERAL_AREA_LABEL and not areas:
        return QCoreApplication.translate("ActivityDialog", GENERAL_AREA_LABEL)
    return text


def export_filters() -> dict[str, str]:
    """``EXPORT_FILTERS`` in the interface language."""
    return {
        kind: QCoreApplication.translate("ActivityDialog", text)
        for kind, text in EXPORT_FILTERS.items()
    }


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on and off."""

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.enabled.setAccessibleName(self.tr("Ange {what}").format(what=accessible.lower()))
        self.enabled.setToolTip(
            self.tr("Bocka i för att ange {what}").format(what=accessible.lower())
        )
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(accessible)
        self.edit.setDate(QDate.currentDate())
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None, default: date | None = None) -> None:
        self.enabled.setChecked(value is not None)
        shown = value or default
        if shown is not None:
            self.edit.setDate(QDate(shown.year, shown.month, shown.day))

    def set_read_only(self, read_only: bool) -> None:
        self.enabled.setEnabled(not read_only)
        self.edit.setReadOnly(read_only)


class ProblemsPanel(QFrame):
    """The red panel above a form that lists what has to be fixed before saving."""

    def __init__(self, what: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "problems")
        self.setAccessibleName(what or self.tr("Problem att åtgärda"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.text = label("", wrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.hide()

    def show_problems(self, problems: Sequence[str], heading: str | None = None) -> None:
        if not problems:
            self.hide()
            return
        heading = heading or self.tr("Åtgärda följande:")
        self.text.setText(heading + "\n" + "\n".join(f"• {p}" for p in problems))
        self.show()

    def show_error(self, error: LagesbildError) -> None:
        """Every broken rule of a ValidationError, or the message of any other error."""
        self.show_problems(
            error.problems if isinstance(error, ValidationError) else [error.message]
        )


class ActivityDialog(QDialog):
    """All fields of an activity plus its dated comment log; saves through ``save``."""

    #: The comment author is remembered between dialogs in one session.
    last_author = ""

    def __init__(
        self,
        activity: Activity,
        *,
        area_names: Mapping[str, str],
        owners: Sequence[str] = (),
        save: Callable[[Activity], Activity],
        today: date,
        link_text: str = "",
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = activity
        self.saved: Activity | None = None
        self._save = save
        self._today = today
        self._comments = list(activity.comments)
        self.read_only = read_only
        self.setWindowTitle(
            self.tr("Ny aktivitet") if activity.id is None else self.tr("Redigera aktivitet")
        )
        self.setMinimumWidth(760)
        self.resize(780, 860)

        layout = QVBoxLayout(self)
        self.problems = ProblemsPanel()
        layout.addWidget(self.problems)
        if link_text:
            link = label(link_text, "info", wrap=True)
            link.setAccessibleName(self.tr("Kopplat beslut"))
            layout.addWidget(link)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.title_edit = QLineEdit(activity.title)
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)
        self.title_edit.setAccessibleName(self.tr("Titel"))
        form.addRow(self.tr("&Titel:"), self.title_edit)
        self.description = QPlainTextEdit(activity.description)
        self.description.setAccessibleName(self.tr("Beskrivning"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        form.addRow(self.tr("&Beskrivning:"), self.description)

        areas_box = QWidget()
        grid = QGridLayout(areas_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.area_checks: dict[str, QCheckBox] = {}
        for position, (key, name) in enumerate(area_names.items()):
            check = QCheckBox(name)
            check.setChecked(key in activity.areas)
            self.area_checks[key] = check
            grid.addWidget(check, position // 2, position % 2)
        hint = label(self.tr("Inget område valt = Generellt."), "muted")
        grid.addWidget(hint, (len(area_names) + 1) // 2, 0, 1, 2)
        form.addRow(self.tr("Områden:"), areas_box)

        self.origin = QComboBox()
        self.origin.setAccessibleName(self.tr("Ursprung"))
        for origin in ActivityOrigin:
            self.origin.addItem(label_text(origin), origin)
        self.origin.setCurrentIndex(self.origin.findData(activity.origin))
        form.addRow(self.tr("&Ursprung:"), self.origin)

        self.owner = QLineEdit(activity.owner)
        self.owner.setAccessibleName(self.tr("Ansvarig"))
        self.owner.setPlaceholderText(self.tr("Namn och gärna roll, t.ex. Lars Berg, IT-chef"))
        completer = QCompleter(list(owners), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner.setCompleter(completer)
        form.addRow(self.tr("&Ansvarig:"), self.owner)

        row = QHBoxLayout()
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Prioritet"))
        for priority in Priority:
            self.priority.addItem(label_text(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData(activity.priority))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ActivityStatus:
            self.status.addItem(label_text(status), status)
        self.status.setCurrentIndex(self.status.findData(activity.status))
        self.progress = QSpinBox()
        self.progress.setAccessibleName(self.tr("Framsteg i procent"))
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(10)
        self.progress.setSuffix(" %")
        self.progress.setValue(activity.progress)
        for caption, widget in (
            (self.tr("Status:"), self.status),
            (self.tr("Prioritet:"), self.priority),
            (self.tr("Klart:"), self.progress),
        ):
            text = QLabel(caption)
            text.setBuddy(widget)
            row.addWidget(text)
            row.addWidget(widget)
        row.addStretch(1)
        form.addRow("", row)

        self.start = OptionalDate(self.tr("Startdatum"))
        self.start.set_value(activity.start_date, today)
        self.due = OptionalDate(self.tr("Slutdatum"))
        self.due.set_value(activity.due_date, today)
        self.completed = OptionalDate(self.tr("Datum då aktiviteten blev klar"))
        self.completed.set_value(activity.completed_on, today)
        form.addRow(self.tr("&Startdatum:"), self.start)
        form.addRow(self.tr("S&lutdatum:"), self.due)
        form.addRow(self.tr("Klar datum:"), self.completed)
        self.status.currentIndexChanged.connect(self._on_status)

        layout.addWidget(label(self.tr("Kommentarslogg"), "subtitle"))
        self.log = QTableWidget(0, 3)
        self.log.setAccessibleName(self.tr("Kommentarslogg"))
        self.log.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Av"), self.tr("Kommentar")])
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setWordWrap(True)
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log.setMinimumHeight(150)
        layout.addWidget(self.log, 1)
        add_row = QHBoxLayout()
        self.comment_text = QLineEdit()
        self.comment_text.setAccessibleName(self.tr("Ny kommentar"))
        self.comment_text.setPlaceholderText(self.tr("Ny kommentar, dateras i dag"))
        self.comment_author = QLineEdit(ActivityDialog.last_author)
        self.comment_author.setAccessibleName(self.tr("Kommentaren skriven av"))
        self.comment_author.setPlaceholderText(self.tr("Av"))
        self.comment_author.setMaximumWidth(180)
        self.add_comment_button = QPushButton(self.tr("Lägg till kommentar"))
        add_row.addWidget(self.comment_text, 1)
        add_row.addWidget(self.comment_author)
        add_row.addWidget(self.add_comment_button)
        layout.addLayout(add_row)
        self.add_comment_button.clicked.connect(self.add_comment)
        self.comment_text.returnPressed.connect(self.add_comment)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Spara"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_log()
        self._on_status()
        if read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        for widget in (self.title_edit, self.owner, self.comment_text, self.comment_author):
            widget.setReadOnly(True)
        self.description.setReadOnly(True)
        for widget in (self.origin, self.priority, self.status, self.progress):
            widget.setEnabled(False)
        for check in self.area_checks.values():
            check.setEnabled(False)
        for optional in (self.start, self.due, self.completed):
            optional.set_read_only(True)
        self.add_comment_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _on_status(self) -> None:
        """Klar: dated today and 100 % unless given; otherwise no completion date."""
        done = self.status.currentData() is ActivityStatus.DONE
        if done and self.completed.value() is None:
            self.completed.set_value(self._today)
        if done:
            self.progress.setValue(100)
        self.completed.setEnabled(done)
        if not done:
            self.completed.set_value(None, self._today)

    def add_comment(self) -> None:
        text = self.comment_text.text().strip()
        if not text:
            return
        author = self.comment_author.text().strip()
        ActivityDialog.last_author = author
        self._comments.append(ActivityComment(self._today, author, text))
        self.comment_text.clear()
        self._show_log()

    def _show_log(self) -> None:
        ordered = sorted(self._comments, key=lambda c: (c.written_on, c.id or 1 << 62))
        self.log.setRowCount(len(ordered))
        for row, comment in enumerate(ordered):
            for column, text in enumerate(
                (format_date(comment.written_on), comment.author or "–", comment.text)
            ):
                self.log.setItem(row, column, QTableWidgetItem(text))
        self.log.resizeRowsToContents()

    def activity(self) -> Activity:
        """The activity as the fields describe it (not yet saved)."""
        pending = self.comment_text.text().strip()
        comments = list(self._comments)
        if pending:
            comments.append(
                ActivityComment(self._today, self.comment_author.text().strip(), pending)
            )
        return replace(
            self.original,
            title=self.title_edit.text(),
            description=self.description.toPlainText().strip(),
            areas=tuple(key for key, check in self.area_checks.items() if check.isChecked()),
            origin=self.origin.currentData(),
            owner=self.owner.text().strip(),
            priority=self.priority.currentData(),
            status=self.status.currentData(),
            progress=self.progress.value(),
            start_date=self.start.value(),
            due_date=self.due.value(),
            completed_on=self.completed.value(),
            comments=tuple(comments),
        )

    def accept(self) -> None:
        if self.read_only:
            self.reject()
            return
        try:
            self.saved = self._save(self.activity())
        except LagesbildError as exc:
            self.problems.show_error(exc)
            return
        super().accept()


def edit_activity(
    parent: QWidget | None,
    activity: Activity,
    *,
    area_names: Mapping[str, str],
    owners: Sequence[str],
    save: Callable[[Activity], Activity],
    today: date,
    link_text: str = "",
    read_only: bool = False,
) -> Activity | None:
    """Show the activity dialog; the saved activity, or None when cancelled."""
    dialog = ActivityDialog(
        activity,
        area_names=area_names,
        owners=owners,
        save=save,
        today=today,
        link_text=link_text,
        read_only=read_only,
        parent=parent,
    )
    dialog.exec()
    return dialog.saved


class TemplateDialog(QDialog):
    """SKR's recommendations and the NIS2 measures to start an activity from."""

    def __init__(
        self,
        templates: Sequence[ActivityTemplate],
        area_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny aktivitet från mall"))
        self.resize(940, 560)
        self._area_names = area_names
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Välj en mall. Aktiviteten öppnas sedan för ansvarig, datum och egna tillägg."
                ),
                "muted",
                wrap=True,
            )
        )
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Mallar"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        groups = (
            (ActivityOrigin.SKR_RECOMMENDATION, self.tr("SKR:s rekommendationer (2023)")),
            (ActivityOrigin.NIS2_MEASURE, self.tr("Cybersäkerhetslagen / NIS2 art. 21.2")),
        )
        for origin, heading in groups:
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.list.addItem(head)
            for template in templates:
                if template.origin is origin:
                    item = QListWidgetItem("   " + template.label)
                    item.setData(Qt.ItemDataRole.UserRole, template)
                    self.list.addItem(item)
        body.addWidget(self.list, 3)
        self.detail = label("", wrap=True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumWidth(280)
        body.addWidget(self.detail, 2)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Använd mallen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(1)

    def template(self) -> ActivityTemplate | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self) -> None:
        template = self.template()
        self.ok.setEnabled(template is not None)
        if template is None:
            self.detail.clear()
            return
        areas = area_text(template.areas, self._area_names)
        self.detail.setText(
            f"<b>{template.title}</b><p>{template.description}</p>"
            + self.tr("<p><b>Områden:</b> {areas}<br><b>Källa:</b> {source}</p>").format(
                areas=areas, source=template.source
            )
        )


def choose_template(
    parent: QWidget | None, templates: Sequence[ActivityTemplate], area_names: Mapping[str, str]
) -> ActivityTemplate | None:
    dialog = TemplateDialog(templates, area_names, parent)
    return dialog.template() if dialog.exec() else None


class SuggestionsDialog(QDialog):
    """Areas below target or below the group, each a checkable suggestion with its reasons."""

    def __init__(self, suggestions: Sequence[Suggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Förslag på aktiviteter"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Områden under målnivån eller under kommungruppens medelvärde som ingen "
                    "öppen aktivitet täcker. Bocka för de aktiviteter som ska läggas till."
                ),
                "muted",
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Förslag"))
        self.list.setWordWrap(True)
        for suggestion in suggestions:
            text = f"{suggestion.area_name}: {suggestion.title}\n   " + " ".join(suggestion.reasons)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(
                self.tr("Prioritet {priority}").format(priority=label_text(suggestion.priority))
            )
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Skapa valda aktiviteter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[Suggestion]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def choose_suggestions(
    parent: QWidget | None, suggestions: Sequence[Suggestion]
) -> list[Suggestion]:
    dialog = SuggestionsDialog(suggestions, parent)
    return dialog.chosen() if dialog.exec() else []


def choose_export_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to export; the suffix (.xlsx or .csv) follows the chosen file type."""
    shown = export_filters()
    filters = ";;".join(shown.values())
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ActivityDialog", "Exportera handlingsplanen"),
        str(suggested),
        filters,
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        kind = next((k for k, f in shown.items() if f == chosen_filter), "xlsx")
        target = target.with_suffix(f".{kind}")
    return target
