"""The action plan's Excel and CSV exports, read back."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.atomic_file import atomic_path
from app.domain.activity import Activity, ActivityComment, ActivityStatus, Priority
from app.exchange.actions_export import (
    HEADERS,
    OVERDUE_TEXT,
    ExportContext,
    write_csv,
    write_xlsx,
)

TODAY = date(2026, 11, 29)
CONTEXT = ExportContext(
    today=TODAY, area_names={"training": "Utbildning", "continuity": "Kontinuitet"}
)
PLAN = [
    Activity(
        1,
        "Öva kontinuitetsplanen för äldreomsorgen",
        areas=("continuity",),
        owner="Örjan Åkesson",
        start_date=date(2026, 1, 15),
        due_date=date(2026, 10, 31),
        status=ActivityStatus.IN_PROGRESS,
        priority=Priority.HIGH,
        progress=60,
        comments=(
            ActivityComment(date(2026, 9, 1), "Åsa", "Övningen flyttad; ny tid i december."),
        ),
        id=1,
    ),
    Activity(
        1,
        "Utbildning för chefer",
        areas=("training", "continuity"),
        start_date=date(2026, 2, 1),
        due_date=date(2026, 5, 31),
        status=ActivityStatus.DONE,
        completed_on=date(2026, 5, 20),
        progress=100,
        id=2,
    ),
    Activity(1, 'Generell översyn; "citat"', id=3),
]


def test_xlsx_contents(tmp_path: Path):
    target = write_xlsx(PLAN, tmp_path / "plan.xlsx", CONTEXT, "Demoköpings kommun")
    sheet = load_workbook(target).active
    assert sheet.title == "Handlingsplan"
    assert "Demoköpings kommun" in sheet["A1"].value
    assert tuple(c.value for c in sheet[2]) == HEADERS
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == f"A2:N{2 + len(PLAN)}"
    assert sheet.max_row == 2 + len(PLAN)
    header = {h: i + 1 for i, h in enumerate(HEADERS)}
    due = sheet.cell(row=3, column=header["Slutdatum"])
    assert isinstance(due.value, datetime)
    assert due.value.date() == date(2026, 10, 31)
    assert due.number_format == "yyyy-mm-dd"
    assert due.is_date
    assert sheet.cell(row=3, column=header["Försenad"]).value == OVERDUE_TEXT
    assert sheet.cell(row=4, column=header["Försenad"]).value is None
    assert sheet.cell(row=3, column=header["Framsteg (%)"]).value == 60
    assert sheet.cell(row=4, column=header["Områden"]).value == "Utbildning, Kontinuitet"
    assert sheet.cell(row=5, column=header["Områden"]).value == "Generellt"
    assert sheet.cell(row=3, column=header["Status"]).value == "Pågår"
    assert sheet.cell(row=3, column=header["Status"]).fill.fgColor.rgb.endswith("DDEBF7")
    assert sheet.column_dimensions["B"].width == 45
    assert "Övningen flyttad" in sheet.cell(row=3, column=header["Senaste kommentar"]).value


def test_csv_for_swedish_excel(tmp_path: Path):
    target = write_csv(PLAN, tmp_path / "plan.csv", CONTEXT)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert len(lines) == 1 + len(PLAN) + 1
    assert lines[0] == ";".join(HEADERS)
    assert "\n" not in text.replace("\r\n", "")
    first = lines[1].split(";")
    assert first[1] == "Öva kontinuitetsplanen för äldreomsorgen"
    assert first[4] == "Örjan Åkesson"
    assert "2026-10-31" in first
    assert OVERDUE_TEXT in first
    assert lines[3].startswith('3;"Generell översyn; ""citat"""')


def test_export_is_private_and_replaces_whole(tmp_path: Path):
    target = tmp_path / "plan.csv"
    target.write_text("gammalt", encoding="utf-8")
    write_csv(PLAN, target, CONTEXT)
    assert "Aktivitet" in target.read_text(encoding="utf-8-sig")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.csv"]


def test_failed_write_leaves_target_untouched(tmp_path: Path):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"original")
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]
