"""The action plan service: CRUD, validation, bulk status, templates, suggestions, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.activity import Activity, ActivityFilter, ActivityOrigin, ActivityStatus
from app.domain.errors import NotFoundError, ReadOnlyError, ValidationError
from app.domain.model import AreaResponse, Organisation
from app.reference import load_reference
from app.services.actions import ActionPlanService, load_templates
from app.services.workspace import Workspace
from app.storage import Store, open_store

TODAY = date(2026, 11, 29)


@pytest.fixture
def workspace(store: Store) -> Workspace:
    return Workspace(store, load_reference())


@pytest.fixture
def service(workspace: Workspace) -> ActionPlanService:
    return ActionPlanService(workspace, clock=lambda: TODAY)


def add(service: ActionPlanService, org: Organisation, **fields: object) -> Activity:
    values = {"title": "Aktivitet", "owner": "Åsa Öberg"}
    values.update(fields)
    return service.create(Activity(organisation_id=org.id, **values))  # type: ignore[arg-type]


def test_templates_load_and_map_to_valid_area_keys():
    reference = load_reference()
    keys = {a.key for a in reference.areas}
    templates = load_templates(keys)
    skr = [t for t in templates if t.origin is ActivityOrigin.SKR_RECOMMENDATION]
    nis2 = [t for t in templates if t.origin is ActivityOrigin.NIS2_MEASURE]
    assert len(skr) == 10
    assert [t.reference for t in nis2] == list("abcdefghij")
    assert all(set(t.areas) <= keys for t in templates)
    assert all(t.areas for t in templates)
    assert {t.source for t in skr} == {"SKR 2023, Rekommendationer"}
    assert {t.source for t in nis2} == {"Cybersäkerhetslagen (2025:1506) / NIS2 art. 21.2"}
    assert "Utse en informationssäkerhetssamordnare" in [t.title for t in skr]
    # every area is reachable from at least one template
    assert keys == {k for t in templates for k in t.areas}


def test_template_file_problems_are_reported_in_swedish(tmp_path: Path):
    bad = tmp_path / "mallar.json"
    bad.write_text(
        '{"version": 1, "templates": [{"key": "x", "title": "T", "description": "D", '
        '"origin": "own", "source": "S", "areas": ["okänt"]}]}',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as caught:
        load_templates({"training"}, bad)
    assert caught.value.problems == [
        "Mall 1: okänt uppföljningsområde «okänt».",
        "Mall 1: ursprunget «Egen» är inte tillåtet för en mall.",
    ]


def test_create_normalises_and_validates(service: ActionPlanService, organisation: Organisation):
    done = add(service, organisation, title="  Klar sak ", status=ActivityStatus.DONE)
    assert done.title == "Klar sak"
    assert done.completed_on == TODAY
    assert done.progress == 100
    with pytest.raises(ValidationError) as caught:
        add(
            service,
            organisation,
            title="",
            start_date=date(2026, 5, 1),
            due_date=date(2026, 4, 1),
            areas=("okänt",),
        )
    assert caught.value.problems == [
        "Aktiviteten måste ha en titel.",
        "Slutdatumet 2026-04-01 ligger före startdatumet 2026-05-01.",
        "Okänt uppföljningsområde «okänt».",
    ]


def test_update_and_delete(service: ActionPlanService, organisation: Organisation):
    created = add(service, organisation)
    updated = service.update(Activity(organisation.id, "Nytt namn", owner="Bo", id=created.id))
    assert service.activity(created.id).title == "Nytt namn" == updated.title
    assert service.delete([created.id]) == 1
    with pytest.raises(NotFoundError):
        service.activity(created.id)


def test_list_with_filters(service: ActionPlanService, organisation: Organisation):
    add(service, organisation, title="Försenad övning", due_date=date(2026, 11, 28))
    add(service, organisation, title="Förfaller idag", due_date=TODAY, areas=("training",))
    add(service, organisation, title="Klar", status=ActivityStatus.DONE, owner="Bo Ek")

    def titles(**criteria: object) -> list[str]:
        found = service.activities(organisation.id, ActivityFilter(**criteria))  # type: ignore[arg-type]
        return [a.title for a in found]

    assert titles(overdue_only=True) == ["Försenad övning"]
    assert titles(area="training") == ["Förfaller idag"]
    assert titles(owner="Bo Ek") == ["Klar"]
    assert titles(statuses=frozenset({ActivityStatus.NOT_STARTED})) == [
        "Försenad övning",
        "Förfaller idag",
    ]
    assert titles(text="idag") == ["Förfaller idag"]
    assert service.owners(organisation.id) == ["Bo Ek", "Åsa Öberg"]
    assert service.summary(organisation.id).overdue == 1


def test_bulk_status_change_is_one_transaction(
    service: ActionPlanService, organisation: Organisation
):
    first = add(service, organisation)
    second = add(service, organisation)
    changed = service.set_status([first.id, second.id], ActivityStatus.DONE)
    assert [a.status for a in changed] == [ActivityStatus.DONE] * 2
    assert all(a.completed_on == TODAY for a in changed)
    reverted = service.set_status([first.id], ActivityStatus.IN_PROGRESS)
    assert reverted[0].completed_on is None
    with pytest.raises(NotFoundError):
        service.set_status([second.id, 999], ActivityStatus.CANCELLED)
    assert service.activity(second.id).status is ActivityStatus.DONE


def test_add_comment(service: ActionPlanService, organisation: Organisation):
    created = add(service, organisation)
    after = service.add_comment(created.id, "  Möte bokat med förvaltningen. ", "Åsa")
    assert [(c.written_on, c.author, c.text) for c in after.comments] == [
        (TODAY, "Åsa", "Möte bokat med förvaltningen.")
    ]
    with pytest.raises(ValidationError, match="tom"):
        service.add_comment(created.id, "   ")


def test_create_from_template(service: ActionPlanService, organisation: Organisation):
    activity = service.create_from_template(
        organisation.id, "nis2_b_incident_handling", owner="Åsa", due_date=date(2027, 6, 30)
    )
    assert activity.origin is ActivityOrigin.NIS2_MEASURE
    assert activity.areas == ("incident_management",)
    assert activity.start_date == TODAY
    assert "Cybersäkerhetslagen (2025:1506)" in activity.description
    with pytest.raises(NotFoundError, match="ingen aktivitetsmall"):
        service.create_from_template(organisation.id, "finns_inte")


def test_suggestions_from_latest_assessment(
    workspace: Workspace, service: ActionPlanService, organisation: Organisation
):
    assert service.suggestions(organisation.id) == []
    responses = {
        a.key: AreaResponse(a.key, answer="full", self_level=2, target_level=2)
        for a in workspace.reference.areas
    }
    responses["training"] = AreaResponse("training", answer="planned", self_level=1, target_level=3)
    from app.domain.model import Assessment

    workspace.save_assessment(
        Assessment(organisation.id, 2026, date(2026, 3, 1), responses=responses)
    )
    suggestions = service.suggestions(organisation.id)
    assert [s.area_key for s in suggestions] == ["training"]
    assert suggestions[0].template_key == "skr_training"
    created = service.create_from_suggestion(organisation.id, suggestions[0], owner="HR")
    assert created.origin is ActivityOrigin.ASSESSMENT_GAP
    assert service.suggestions(organisation.id) == []  # covered by an open activity now


def test_export_both_formats(
    service: ActionPlanService, organisation: Organisation, tmp_path: Path
):
    add(service, organisation, title="Övning", due_date=date(2026, 1, 1), areas=("continuity",))
    add(service, organisation, title="Klar", status=ActivityStatus.DONE)
    xlsx = service.export(organisation.id, tmp_path / "plan.xlsx", "xlsx")
    sheet = load_workbook(xlsx).active
    assert sheet.max_row == 4
    assert sheet["C3"].value == "Kontinuitetshantering"
    csv_path = service.export(
        organisation.id,
        tmp_path / "plan.csv",
        "csv",
        ActivityFilter(statuses=frozenset({ActivityStatus.DONE})),
    )
    assert csv_path.read_bytes().decode("utf-8-sig").count("\r\n") == 2
    with pytest.raises(ValidationError, match="Okänt exportformat"):
        service.export(organisation.id, tmp_path / "plan.pdf", "pdf")


def test_export_to_missing_folder_is_a_swedish_error(
    service: ActionPlanService, organisation: Organisation, tmp_path: Path
):
    with pytest.raises(Exception, match="kunde inte skrivas"):
        service.export(organisation.id, tmp_path / "saknas" / "plan.csv", "csv")


def test_read_only_store_refuses_writes(db_path: Path, organisation: Organisation, store: Store):
    store.close()
    with open_store(db_path, create=False, read_only=True) as read_only:
        service = ActionPlanService(Workspace(read_only, load_reference()), clock=lambda: TODAY)
        with pytest.raises(ReadOnlyError):
            service.create(Activity(organisation.id, "Ny"))
