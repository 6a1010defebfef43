"""The Workspace use cases the GUI and the CLI share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.domain.errors import NotFoundError, ReadOnlyError, ValidationError
from app.domain.model import AreaResponse, Assessment, Organisation, RecordStatus
from app.services.workspace import Workspace
from app.storage import StoreError

Factory = Callable[..., Assessment]


@pytest.fixture
def org(workspace: Workspace) -> Organisation:
    return workspace.add_custom_organisation("Testköpings kommun", "b", "Testdata")


def _count(workspace: Workspace, table: str) -> int:
    return workspace.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- opening ---------------------------------------------------------------------------------------


def test_open_creates_and_reopens(db_path: Path) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        assert workspace.path == db_path
        assert workspace.read_only is False
        assert len(workspace.reference.areas) == 9
        workspace.add_custom_organisation("Förbundet", "C")
    with Workspace.open(db_path) as workspace:
        assert [o.name for o in workspace.organisations()] == ["Förbundet"]


def test_open_missing_without_create_fails(db_path: Path) -> None:
    with pytest.raises(StoreError, match="finns inte"):
        Workspace.open(db_path)
    assert not db_path.exists()


def test_read_only_workspace_reads_but_refuses_every_write(
    db_path: Path, complete_factory: Factory
) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        org = workspace.add_custom_organisation("Förbundet", "C")
        saved = workspace.save_assessment(complete_factory(org.id, 2024))
    before = db_path.read_bytes()
    with Workspace.open(db_path, read_only=True) as workspace:
        assert workspace.read_only
        assert workspace.years(org.id) == [2024]
        attempts = [
            lambda: workspace.add_custom_organisation("Ny", "A"),
            lambda: workspace.add_municipality("Ale"),
            lambda: workspace.save_assessment(complete_factory(org.id, 2025)),
            lambda: workspace.finalise_assessment(saved.id),
            lambda: workspace.reopen_assessment(saved.id, "x"),
            lambda: workspace.delete_assessment(saved.id),
        ]
        for attempt in attempts:
            with pytest.raises(ReadOnlyError, match="skrivskyddad"):
                attempt()
    assert db_path.read_bytes() == before


# -- organisations ---------------------------------------------------------------------------------


def test_organisations_in_swedish_order(workspace: Workspace) -> None:
    for name in ("Östra förbundet", "Åsele", "Borås", "Ale"):
        if name.endswith("förbundet"):
            workspace.add_custom_organisation(name, "C")
        else:
            workspace.add_municipality(name)
    assert [o.name for o in workspace.organisations()] == [
        "Ale",
        "Borås",
        "Åsele",
        "Östra förbundet",
    ]


def test_add_municipality_tolerates_case_diacritics_and_typos(workspace: Workspace) -> None:
    gothenburg = workspace.add_municipality("goteborg")
    assert (gothenburg.name, gothenburg.group, gothenburg.municipality) == (
        "Göteborg",
        "A",
        "Göteborg",
    )
    assert workspace.add_municipality("Kungsbaka").municipality == "Kungsbacka"
    assert workspace.add_municipality("Lunds kommun").group == "B"
    with pytest.raises(ValidationError, match="Göteborg finns redan"):
        workspace.add_municipality("GÖTEBORG")


def test_add_municipality_refuses_unsure_and_unknown_names(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as unsure:
        workspace.add_municipality("Hab")
    assert "Menade du" in unsure.value.message
    assert "Habo" in unsure.value.message and "Håbo" in unsure.value.message
    with pytest.raises(ValidationError, match="finns inte bland Sveriges 290 kommuner"):
        workspace.add_municipality("Xyzzyx")
    assert workspace.organisations() == []


def test_add_custom_organisation_rules(workspace: Workspace) -> None:
    added = workspace.add_custom_organisation("  Räddningstjänsten   Syd ", "c", "Kommunalförbund")
    assert (added.name, added.group, added.note, added.municipality) == (
        "Räddningstjänsten Syd",
        "C",
        "Kommunalförbund",
        None,
    )
    with pytest.raises(ValidationError, match="A, B eller C"):
        workspace.add_custom_organisation("Annan", "D")
    with pytest.raises(ValidationError, match="måste ha ett namn"):
        workspace.add_custom_organisation("   ", "A")
    with pytest.raises(ValidationError, match="finns redan"):
        workspace.add_custom_organisation("RADDNINGSTJANSTEN syd", "C")
    assert len(workspace.organisations()) == 1


def test_find_organisation_is_forgiving(workspace: Workspace, org: Organisation) -> None:
    other = workspace.add_municipality("Göteborg")
    assert workspace.find_organisation(org.id) == org
    assert workspace.find_organisation(str(org.id)) == org
    assert workspace.find_organisation("TESTKÖPINGS KOMMUN") == org
    assert workspace.find_organisation("testkopings kommun") == org
    assert workspace.find_organisation("Testköping") == org
    assert workspace.find_organisation("testk") == org
    assert workspace.find_organisation("goteborgs stad") == other


def test_find_organisation_does_not_guess_from_a_letter_or_a_middle_fragment(
    workspace: Workspace, org: Organisation
) -> None:
    for query in ("T", "te", "köping", "kommun"):
        with pytest.raises(NotFoundError):
            workspace.find_organisation(query)


def test_find_organisation_lists_what_exists(workspace: Workspace, org: Organisation) -> None:
    workspace.add_municipality("Ale")
    with pytest.raises(NotFoundError) as info:
        workspace.find_organisation("Malmö")
    assert info.value.message == (
        "Organisationen «Malmö» finns inte i databasen. Tillgängliga: Ale, Testköpings kommun."
    )
    with pytest.raises(NotFoundError, match="id"):
        workspace.organisation(999)


def test_find_organisation_in_an_empty_store(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="inga organisationer ännu"):
        workspace.find_organisation("Demo")


# -- assessments -----------------------------------------------------------------------------------


def test_new_assessment_without_history_is_empty(workspace: Workspace, org: Organisation) -> None:
    draft = workspace.new_assessment(org.id, 2024, date(2024, 5, 2), "Maria Lind")
    assert draft == Assessment(org.id, 2024, date(2024, 5, 2), "Maria Lind")
    assert draft.id is None and draft.status is RecordStatus.DRAFT
    assert workspace.years(org.id) == []


def test_new_assessment_carries_forward_the_latest_earlier_year(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    early = workspace.save_assessment(
        replace(complete_factory(org.id, 2021, "started", 1), note="2021")
    )
    workspace.finalise_assessment(early.id)
    workspace.save_assessment(complete_factory(org.id, 2025, "full", 3))
    draft = workspace.new_assessment(org.id, 2023, date(2023, 4, 1))
    assert draft.id is None
    assert draft.status is RecordStatus.DRAFT
    assert (draft.year, draft.assessed_on, draft.assessor, draft.note) == (
        2023,
        date(2023, 4, 1),
        "Maria Lind",
        "",
    )
    assert {r.answer for r in draft.responses.values()} == {"started"}
    assert draft.profile == {"ciso_function": "yes"}
    assert workspace.new_assessment(org.id, 2026, assessor="Ny").assessor == "Ny"


def test_new_assessment_refuses_existing_and_impossible_years(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    workspace.save_assessment(complete_factory(org.id, 2024))
    with pytest.raises(ValidationError, match="redan en bedömning för 2024"):
        workspace.new_assessment(org.id, 2024)
    with pytest.raises(ValidationError, match="utanför det tillåtna intervallet"):
        workspace.new_assessment(org.id, 1999)
    with pytest.raises(NotFoundError):
        workspace.new_assessment(4711, 2024)


def test_save_round_trip_and_update(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    saved = workspace.save_assessment(complete_factory(org.id, 2024))
    assert saved.id is not None
    assert workspace.assessment(org.id, 2024) == saved
    changed = saved.with_response(
        AreaResponse("training", "full", 3, 3, "Alla har gått kursen.", "HR-statistik 2024")
    )
    updated = workspace.save_assessment(changed)
    assert updated.response("training").comment == "Alla har gått kursen."
    assert workspace.assessments(org.id) == [updated]


def test_save_reports_every_problem_and_writes_nothing(
    workspace: Workspace, org: Organisation
) -> None:
    bad = Assessment(
        org.id,
        2024,
        date(2024, 1, 1),
        responses={
            "training": AreaResponse("training", answer="full", self_level=1),
            "procurement": AreaResponse("procurement", answer="maybe"),
            "nonsense": AreaResponse("nonsense"),
        },
        profile={"ciso_function": "kanske"},
    )
    with pytest.raises(ValidationError) as info:
        workspace.save_assessment(bad)
    problems = info.value.problems
    assert len(problems) == 4
    assert any("minst mognadsnivå 2" in p for p in problems)
    assert any("okänt svarsalternativ «maybe»" in p for p in problems)
    assert any("Okänt uppföljningsområde «nonsense»" in p for p in problems)
    assert any("okänt svar «kanske»" in p for p in problems)
    assert _count(workspace, "assessments") == 0


def test_save_refuses_duplicate_year_and_final_assessments(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    first = workspace.save_assessment(complete_factory(org.id, 2023))
    second = workspace.save_assessment(complete_factory(org.id, 2024))
    with pytest.raises(ValidationError, match="redan en bedömning för 2023"):
        workspace.save_assessment(replace(second, year=2023))
    final = workspace.finalise_assessment(first.id)
    with pytest.raises(ReadOnlyError, match="2023 är fastställd"):
        workspace.save_assessment(final)
    with pytest.raises(ReadOnlyError, match="2023 är fastställd"):
        workspace.save_assessment(replace(final, status=RecordStatus.DRAFT, note="smyg"))
    assert workspace.assessment(org.id, 2023) == final


def test_finalise_requires_all_areas_answered(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    complete = complete_factory(org.id, 2024)
    partial = replace(
        complete, responses={k: v for k, v in complete.responses.items() if k != "continuity"}
    )
    saved = workspace.save_assessment(partial)
    with pytest.raises(ValidationError) as info:
        workspace.finalise_assessment(saved.id)
    assert "6. Kontinuitetshantering" in info.value.message
    assert workspace.assessment(org.id, 2024).status is RecordStatus.DRAFT

    saved = workspace.save_assessment(replace(complete, id=saved.id))
    final = workspace.finalise_assessment(saved.id)
    assert final.status is RecordStatus.FINAL
    with pytest.raises(ValidationError, match="redan fastställd"):
        workspace.finalise_assessment(saved.id)
    with pytest.raises(NotFoundError):
        workspace.finalise_assessment(999)


def test_reopen_needs_a_reason_and_a_final_assessment(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    saved = workspace.save_assessment(complete_factory(org.id, 2024))
    with pytest.raises(ValidationError, match="redan ett utkast"):
        workspace.reopen_assessment(saved.id, "Rättelse")
    workspace.finalise_assessment(saved.id)
    with pytest.raises(ValidationError, match="motivering"):
        workspace.reopen_assessment(saved.id, "  ")
    reopened = workspace.reopen_assessment(saved.id, "  Fel område 3  ")
    assert reopened.status is RecordStatus.DRAFT
    assert [r.reason for r in workspace.reopenings(saved.id)] == ["Fel område 3"]


def test_delete_only_drafts(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    draft = workspace.save_assessment(complete_factory(org.id, 2023))
    final = workspace.save_assessment(complete_factory(org.id, 2024))
    workspace.finalise_assessment(final.id)
    workspace.delete_assessment(draft.id)
    assert workspace.years(org.id) == [2024]
    with pytest.raises(ReadOnlyError, match="kan inte tas bort"):
        workspace.delete_assessment(final.id)
    with pytest.raises(NotFoundError):
        workspace.delete_assessment(draft.id)
    assert workspace.years(org.id) == [2024]


# -- comparison ------------------------------------------------------------------------------------


def test_comparison_against_group_nation_and_previous_year(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    workspace.save_assessment(complete_factory(org.id, 2022, "started", 1))
    current = complete_factory(org.id, 2024, "partial", 2).with_response(
        AreaResponse("continuity", answer="no", self_level=1, target_level=3)
    )
    workspace.save_assessment(current)
    comparison = workspace.comparison(org.id, 2024, 2023)
    assert (comparison.year, comparison.benchmark_year, comparison.group) == (2024, 2023, "B")
    bench = workspace.reference.benchmarks
    rows = {r.area_key: r for r in comparison.rows}
    assert rows["training"].own_level == 2
    assert rows["training"].group_mean == bench.mean("B", 2023, "training")
    assert rows["training"].diff_group == pytest.approx(2 - bench.mean("B", 2023, "training"))
    assert rows["training"].change_since_previous == 1
    assert rows["continuity"].own_level == 1
    assert rows["continuity"].change_since_previous == 0
    assert rows["continuity"].gap_to_target == 2
    assert comparison.areas_at_level_two == 8
    assert comparison.improved_areas == 8
    assert [r.area_key for r in comparison.areas_below_group] == ["continuity"]


def test_comparison_input_errors(
    workspace: Workspace, org: Organisation, complete_factory: Factory
) -> None:
    workspace.save_assessment(complete_factory(org.id, 2022))
    workspace.save_assessment(complete_factory(org.id, 2024))
    with pytest.raises(NotFoundError) as info:
        workspace.comparison(org.id, 2023, 2023)
    assert info.value.message == (
        "Testköpings kommun har ingen bedömning för 2023. Bedömda år: 2022, 2024."
    )
    with pytest.raises(
        ValidationError, match="Jämförelsetal finns för 2019 och 2023, inte för 2021"
    ):
        workspace.comparison(org.id, 2024, 2021)
    assert workspace.comparison(org.id, 2024, 2019).benchmark_year == 2019
