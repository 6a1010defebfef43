"""Handlingsplan: template → activity, filters, overdue marking, bulk status, delete, export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.activity import Activity, ActivityOrigin, ActivityStatus
from app.services.actions import ActionPlanService
from ui.dialogs import activity_dialog, messages
from ui.models.activity_model import ActivityTableModel
from ui.pages.actions import ActionsPage

TODAY = date(2026, 11, 29)


@pytest.fixture
def service(workspace) -> ActionPlanService:
    return ActionPlanService(workspace, clock=lambda: TODAY)


@pytest.fixture
def page(open_page) -> ActionsPage:
    return open_page(ActionsPage, TODAY, 1300, 800)


@pytest.fixture
def plan(service, org) -> list[Activity]:
    def add(title: str, **fields: object) -> Activity:
        return service.create(Activity(org.id, title, **fields))  # type: ignore[arg-type]

    return [
        add(
            "Öva kontinuitetsplanen",
            areas=("continuity",),
            due_date=date(2026, 10, 1),
            owner="Örjan Ek",
            status=ActivityStatus.IN_PROGRESS,
        ),
        add("Utbilda cheferna", areas=("training",), due_date=TODAY, owner="Åsa Ådahl"),
        add("Generell översyn", status=ActivityStatus.DONE, completed_on=date(2026, 5, 1)),
    ]


def titles(page: ActionsPage) -> list[str]:
    return [a.title for a in page.visible_activities()]


def test_main_window_shows_the_actions_page(make_window, workspace, org):
    window = make_window(workspace)
    window.show_page("actions")
    assert isinstance(window.page("actions"), ActionsPage)


def test_create_activity_from_template(page, monkeypatch, service, workspace):
    chosen = service.template("nis2_b_incident_handling")
    monkeypatch.setattr(activity_dialog, "choose_template", lambda *args: chosen)
    seen: dict[str, Activity] = {}

    def fill_in_and_save(parent, activity, *, save, **kwargs):
        seen["offered"] = activity
        return save(replace(activity, owner="Åsa Öberg", due_date=date(2027, 3, 31)))

    monkeypatch.setattr(activity_dialog, "edit_activity", fill_in_and_save)
    page.template_button.click()
    assert seen["offered"].id is None  # nothing is stored before the dialog is saved
    (created,) = page.model.activities()
    assert created.origin is ActivityOrigin.NIS2_MEASURE
    assert created.areas == ("incident_management",)
    assert created.owner == "Åsa Öberg"
    assert created.start_date == TODAY
    assert page.selected_activities() == [created]
    assert "1 aktiviteter · 1 öppna · 0 försenade" in page.summary.text()


def test_cancelled_template_dialog_creates_nothing(page, monkeypatch, service):
    monkeypatch.setattr(activity_dialog, "choose_template", lambda *args: None)
    page.template_button.click()
    assert page.model.rowCount() == 0


def test_filters(page, plan):
    page.refresh()
    assert page.table.model() is page.model  # no proxy: the model filters and sorts itself
    assert titles(page) == ["Öva kontinuitetsplanen", "Utbilda cheferna", "Generell översyn"]
    page.overdue_only.setChecked(True)
    assert titles(page) == ["Öva kontinuitetsplanen"]
    assert page.shown.text() == "Visar 1 av 3 aktiviteter."
    page.overdue_only.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findText("Klar"))
    assert titles(page) == ["Generell översyn"]
    page.status_filter.setCurrentIndex(page.status_filter.findText("Öppna"))
    assert titles(page) == ["Öva kontinuitetsplanen", "Utbilda cheferna"]
    page.status_filter.setCurrentIndex(0)
    page.search.setText("CHEFERNA")
    assert titles(page) == ["Utbilda cheferna"]
    page.search.clear()
    page.area_filter.setCurrentIndex(page.area_filter.findText("Generellt"))
    assert titles(page) == ["Generell översyn"]
    page.area_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("Örjan Ek"))
    assert titles(page) == ["Öva kontinuitetsplanen"]


def test_filtering_keeps_the_column_widths_and_the_selection(page, plan):
    page.refresh()
    header = page.table.horizontalHeader()
    header.resizeSection(ActivityTableModel.OWNER, 177)
    widths = [header.sectionSize(c) for c in range(header.count())]
    page.select_ids([plan[1].id])  # "Utbilda cheferna"
    page.search.setText("cheferna")  # the first row is filtered out
    page.search.setText("")
    page.status_filter.setCurrentIndex(page.status_filter.findText("Ej påbörjad"))
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    assert page.selected_activities() == [page.model.activity(0)]
    assert page.selected_activities()[0].title == "Utbilda cheferna"


def test_overdue_rows_are_marked_by_text_icon_and_bold(page, plan):
    page.refresh()
    model = page.model
    overdue_row = model.row_of(plan[0].id)
    due_today_row = model.row_of(plan[1].id)
    overdue_cell = model.index(overdue_row, ActivityTableModel.OVERDUE)
    assert model.data(overdue_cell) == "Försenad (59 dagar)"
    assert not model.data(overdue_cell, Qt.ItemDataRole.DecorationRole).isNull()
    title_cell = model.index(overdue_row, ActivityTableModel.TITLE)
    assert model.data(title_cell, Qt.ItemDataRole.FontRole).bold()
    # due today is not overdue
    assert model.data(model.index(due_today_row, ActivityTableModel.OVERDUE)) == ""
    assert model.data(model.index(due_today_row, 0), Qt.ItemDataRole.FontRole) is None


def test_sorting_by_due_date(page, plan):
    page.refresh()
    page.table.sortByColumn(ActivityTableModel.DUE, Qt.SortOrder.AscendingOrder)
    # no due date sorts last
    assert titles(page) == ["Öva kontinuitetsplanen", "Utbilda cheferna", "Generell översyn"]
    page.table.sortByColumn(ActivityTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(page) == ["Generell översyn", "Utbilda cheferna", "Öva kontinuitetsplanen"]


def test_bulk_status_change(page, plan, service, org):
    page.refresh()
    page.table.selectAll()
    assert len(page.selected_activities()) == 3
    page.set_status_of_selected(ActivityStatus.DONE)
    stored = service.activities(org.id)
    assert {a.status for a in stored} == {ActivityStatus.DONE}
    assert all(a.completed_on for a in stored)
    assert len(page.selected_activities()) == 3
    assert "0 försenade" in page.summary.text()


def test_delete_asks_first(page, plan, monkeypatch, service, org):
    page.refresh()
    page.select_ids([plan[2].id])
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    page.delete_button.click()
    assert len(service.activities(org.id)) == 3
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.delete_button.click()
    assert [a.title for a in service.activities(org.id)] == [
        "Öva kontinuitetsplanen",
        "Utbilda cheferna",
    ]


def test_suggestions_without_assessment_say_so(page, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(messages, "show_information", lambda parent, title, text: told.append(text))
    assert page.show_suggestions() == []
    assert "Det finns inga förslag just nu" in told[0]


def test_export_what_is_shown(page, plan, monkeypatch, qtbot, tmp_path: Path):
    page.refresh()
    page.overdue_only.setChecked(True)
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(activity_dialog, "choose_export_file", lambda parent, suggested: target)
    with qtbot.waitSignal(page.status_message, timeout=2000):
        page.export_button.click()  # "Exporterar …"
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=5000)
    sheet = load_workbook(target).active
    assert sheet.max_row == 3
    assert sheet["B3"].value == "Öva kontinuitetsplanen"
