"""Export the action plan to Excel (.xlsx) and to a CSV file that Swedish Excel opens correctly.

Both formats share one column list (``COLUMNS``), so the same plan reads the same everywhere,
and both are written atomically (``app.atomic_file``): a failed export never leaves a
half-written file, and an existing file is only replaced whole. The file gets mode 0600, like the
store: the plan lists the organisation's weaknesses.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.atomic_file import atomic_path
from app.domain.activity import Activity, ActivityStatus, area_labels
from app.swedish_format import format_date

SHEET_TITLE = "Handlingsplan"
DATE_FORMAT = "yyyy-mm-dd"
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8
CSV_LINE_END = "\r\n"
OVERDUE_TEXT = "Försenad"

#: Light fills per status (text stays black, so the status text is readable in print too).
STATUS_FILLS = {
    ActivityStatus.NOT_STARTED: "EDEDED",
    ActivityStatus.IN_PROGRESS: "DDEBF7",
    ActivityStatus.DONE: "E2EFDA",
    ActivityStatus.CANCELLED: "F2F2F2",
}
OVERDUE_FILL = "F8CBAD"
HEADER_FILL = "1F3864"


@dataclass(frozen=True)
class ExportContext:
    """What a column needs besides the activity itself."""

    today: date
    area_names: Mapping[str, str]


@dataclass(frozen=True)
class Column:
    """One column of the export: Swedish header, Excel width, value (date, int or text)."""

    key: str
    header: str
    width: int
    value: Callable[[Activity, ExportContext], object]


def _latest_comment(activity: Activity, _: ExportContext) -> str:
    comment = activity.latest_comment
    if comment is None:
        return ""
    author = f" ({comment.author})" if comment.author else ""
    return f"{format_date(comment.written_on)}{author}: {comment.text}"


COLUMNS: tuple[Column, ...] = (
    Column("id", "Nr", 6, lambda a, _: a.id),
    Column("title", "Aktivitet", 45, lambda a, _: a.title),
    Column("areas", "Områden", 30, lambda a, c: area_labels(a.areas, c.area_names)),
    Column("origin", "Ursprung", 28, lambda a, _: a.origin.label),
    Column("owner", "Ansvarig", 22, lambda a, _: a.owner),
    Column("priority", "Prioritet", 10, lambda a, _: a.priority.label),
    Column("status", "Status", 13, lambda a, _: a.status.label),
    Column("overdue", "Försenad", 10, lambda a, c: OVERDUE_TEXT if a.is_overdue(c.today) else ""),
    Column("progress", "Framsteg (%)", 12, lambda a, _: a.progress),
    Column("start_date", "Startdatum", 12, lambda a, _: a.start_date),
    Column("due_date", "Slutdatum", 12, lambda a, _: a.due_date),
    Column("completed_on", "Klar datum", 12, lambda a, _: a.completed_on),
    Column("description", "Beskrivning", 60, lambda a, _: a.description),
    Column("latest_comment", "Senaste kommentar", 50, _latest_comment),
)
HEADERS = tuple(c.header for c in COLUMNS)


def export_rows(activities: Iterable[Activity], context: ExportContext) -> list[tuple[object, ...]]:
    """The values of every column for every activity (dates stay ``date`` objects)."""
    return [tuple(column.value(a, context) for column in COLUMNS) for a in activities]


def write_csv(activities: Iterable[Activity], path: Path, context: ExportContext) -> Path:
    """Semicolon-separated, UTF-8 with BOM, CRLF line ends, ISO dates: opens right in Excel."""
    rows = export_rows(activities, context)
    with (
        atomic_path(path) as temp,
        temp.open("w", encoding=CSV_ENCODING, newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator=CSV_LINE_END)
        writer.writerow(HEADERS)
        writer.writerows([_csv_value(v) for v in row] for row in rows)
    return Path(path)


def _csv_value(value: object) -> object:
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else value


def write_xlsx(
    activities: Sequence[Activity],
    path: Path,
    context: ExportContext,
    organisation_name: str,
) -> Path:
    """One sheet: a title row, a frozen header row with autofilter, real date cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet["A1"] = (
        f"Handlingsplan – {organisation_name} (utdrag {format_date(context.today)}, "
        f"{len(activities)} aktiviteter)"
    )
    sheet["A1"].font = Font(bold=True, size=14)
    header_row = 2
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=header_row, column=index, value=column.header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    status_col = _column_index("status")
    overdue_col = _column_index("overdue")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for row_offset, (activity, values) in enumerate(
        zip(activities, export_rows(activities, context), strict=True), start=1
    ):
        row = header_row + row_offset
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=index, value=value)
            cell.alignment = wrap if COLUMNS[index - 1].width >= 30 else top
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
        sheet.cell(row=row, column=status_col).fill = PatternFill(
            "solid", fgColor=STATUS_FILLS[activity.status]
        )
        if activity.is_overdue(context.today):
            overdue = sheet.cell(row=row, column=overdue_col)
            overdue.fill = PatternFill("solid", fgColor=OVERDUE_FILL)
            overdue.font = Font(bold=True)
    last_row = header_row + len(activities)
    last_col = get_column_letter(len(COLUMNS))
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = f"A{header_row}:{last_col}{last_row}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(path) as temp:
        workbook.save(temp)
    return Path(path)


def _column_index(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS, start=1) if c.key == key)
