"""Jämförelsedata: the benchmark table model, the municipality list and the maturity model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.reference import load_reference
from ui.models.benchmarks import BenchmarkTableModel
from ui.pages.benchmarks import BenchmarksPage


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture
def model(reference) -> BenchmarkTableModel:
    return BenchmarkTableModel(reference)


def test_shape_is_nine_areas_by_four_groups_and_two_years(model):
    assert model.rowCount() == 9
    assert model.columnCount() == 1 + 4 * 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Uppföljningsområde"
    assert headers[1:3] == ["Grupp A\n2019", "Grupp A\n2023"]
    assert headers[-1] == "Nationellt\n2023"


def test_b_2023_area_2_is_1_62_with_a_decimal_comma(model):
    index = model.index(1, model.column_of("B", 2023))
    assert index.data() == "1,62"
    assert index.data(Qt.ItemDataRole.UserRole) == pytest.approx(1.62)
    alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(1, 0).data() == "2. Styrande dokument och handlingsplaner"


def test_tooltips_tell_group_size_and_level_two_count(model, reference):
    bench = reference.benchmarks
    area = reference.areas[1]
    tip = model.index(1, model.column_of("B", 2023)).data(Qt.ItemDataRole.ToolTipRole)
    count = bench.level2_count("B", 2023, area.key)
    assert f"{count} av 110 kommuner på nivå 2" in tip
    assert "Kommungrupp B 2023: medelvärde 1,62" in tip
    header_tip = model.headerData(
        model.column_of("C", 2019), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header_tip == "Kommungrupp C 2019: 136 kommuner"


def test_every_value_matches_the_reference(model, reference):
    bench = reference.benchmarks
    for row, area in enumerate(reference.areas):
        for group, year in model.columns:
            shown = model.index(row, model.column_of(group, year)).data()
            assert shown == f"{bench.mean(group, year, area.key):.2f}".replace(".", ",")


def test_own_group_is_highlighted(model):
    model.set_highlight_group("C")
    assert model.index(0, model.column_of("C", 2023)).data(Qt.ItemDataRole.BackgroundRole)
    assert model.index(0, model.column_of("B", 2023)).data(Qt.ItemDataRole.BackgroundRole) is None


@pytest.fixture
def page(qtbot, workspace, falun) -> BenchmarksPage:
    page = BenchmarksPage()
    qtbot.addWidget(page)
    page.set_context(workspace, falun)
    return page


def test_page_shows_sources_and_known_discrepancies(page):
    texts = " ".join(label.text() for label in page.findChildren(type(page.subtitle)))
    assert "Figur 64" in texts and "Figur 67" in texts
    assert "Kända avvikelser i rapporten" in texts
    assert "1,17" in texts  # kommungrupp A 2019, upphandling, kept as published
    assert page.benchmark_model.highlight_group == "C"


def test_municipality_list_filters_by_group_and_search(page):
    assert page.municipality_filter.rowCount() == 290
    page.group_filter.setCurrentIndex(page.group_filter.findData("A"))
    assert page.municipality_filter.rowCount() == 46
    assert page.match_count.text() == "46 kommuner"
    page.group_filter.setCurrentIndex(0)
    page.search.setText("goteb")
    names = [
        page.municipality_filter.index(r, 0).data()
        for r in range(page.municipality_filter.rowCount())
    ]
    assert names == ["Göteborg"]


def test_municipality_list_sorts_in_swedish_order(page):
    page.municipality_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    proxy = page.municipality_filter
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names[0] == "Ale" and names[-1] == "Övertorneå"
    assert names.index("Åmål") < names.index("Älmhult") < names.index("Öckerö")


def test_maturity_tab_lists_the_four_levels(page, reference):
    texts = [label.text() for label in page.findChildren(type(page.subtitle))]
    for level in reference.maturity_levels:
        assert f"Nivå {level.level} – {level.name}" in texts


def test_models_pass_qt_model_tester(qtmodeltester, model, page):
    qtmodeltester.check(model)
    qtmodeltester.check(page.municipality_model)
    qtmodeltester.check(page.municipality_filter)
