"""Översikt: follows the organisation, year and benchmark year; exports without dialogs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.domain import series as S
from ui.pages.dashboard import NO_ASSESSMENT, DashboardPage


class Chooser:
    """Stands in for the save dialog: answers with a fixed folder, remembers what was asked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked: list[str] = []

    def __call__(self, parent, caption, suggested, name_filter, chosen) -> None:
        self.asked.append(Path(suggested).name)
        chosen(str(self.folder / Path(suggested).name))


@pytest.fixture
def chooser(tmp_path: Path) -> Chooser:
    folder = tmp_path / "export"
    folder.mkdir()
    return Chooser(folder)


@pytest.fixture
def page(qtbot, demo_workspace, chooser, no_modal_dialogs) -> DashboardPage:
    page = DashboardPage(path_chooser=chooser)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.set_context(demo_workspace, demo_workspace.organisations()[0])
    page.show()
    qtbot.waitExposed(page)
    return page


def test_header_controls_and_latest_year(page: DashboardPage):
    assert page.title == "Översikt"
    assert page.heading.text() == "Demoköpings kommun"
    assert "Kommungrupp B" in page.subheading.text()
    assert page.year == 2026
    assert page.year_combo.currentText() == "2026 (utkast)"
    assert page.benchmark_year == 2023
    assert page.empty_message() == ""
    assert page.radar.title() == "Mognadsnivå per område 2026"


def test_switching_benchmark_year_redraws_the_same_chart_items(page, demo_workspace):
    reference = demo_workspace.reference
    group_item = page.radar.series_item(S.GROUP)
    radar_before = page.radar
    page.select(benchmark_year=2019)
    assert page.radar is radar_before and page.radar.series_item(S.GROUP) is group_item
    expected = tuple(reference.benchmarks.mean("B", 2019, a.key) for a in reference.areas)
    assert page.radar.curve_values(S.GROUP) == expected
    assert "2019" in page.difference.data.benchmark_label
    assert page.key_figures.data.figure("below_group").detail == "jämförelsetal 2019"


def test_switching_year_changes_radar_key_figures_and_distribution(page):
    own_before = page.radar.curve_values(S.OWN)
    page.select(year=2018)
    assert page.radar.curve_values(S.OWN) != own_before
    assert page.key_figures.data.title == "Nyckeltal 2018"
    assert page.radar.title().endswith("2018")
    assert page.distribution.data.own_option == page._assessment(2018).profile.get(
        page.distribution.data.question_key
    )


def test_checkboxes_add_previous_year_and_msb_scale(page):
    page.previous_check.setChecked(True)
    assert page.radar.data.series_by_key(S.PREVIOUS) is not None
    page.self_check.setChecked(True)
    assert page.radar.data.scale == (1, 4)
    page.self_check.setChecked(False)
    page.target_check.setChecked(True)
    assert page.radar.data.series_by_key(S.TARGET) is not None
    assert page.radar.data.scale == (1, 4)


def test_trend_area_and_distribution_question_selectors(page, demo_workspace):
    assert page.area_combo.itemText(0) == "Alla områden (medel)"
    assert page.area_combo.count() == 10
    page.area_combo.setCurrentIndex(page.area_combo.findData("continuity"))
    assert page.trend.data.area_key == "continuity"
    assert page.trend.title() == "Utveckling över tid – Kontinuitetshantering"
    questions = demo_workspace.reference.profile_questions
    page.question_combo.setCurrentIndex(1)
    assert page.distribution.data.question_key == questions[1].key


def test_organisation_without_assessment_shows_the_empty_state(page, demo_workspace):
    empty = demo_workspace.add_custom_organisation("Tomma förbundet", "C")
    page.set_context(demo_workspace, empty)
    assert page.empty_message() == NO_ASSESSMENT
    assert not page.charts.isVisible()
    page.set_context(demo_workspace, demo_workspace.organisations()[0])
    assert page.empty_message() == ""
    assert page.charts.isVisible()


def test_switching_organisation_keeps_the_charts(page, demo_workspace):
    radar = page.radar
    other = next(o for o in demo_workspace.organisations() if o.group == "C")
    page.set_context(demo_workspace, other)
    assert page.radar is radar
    assert page.heading.text() == other.name
    assert page.radar.data.series_by_key(S.GROUP).label.startswith("Kommungrupp C")


def test_export_menu_writes_files_without_a_dialog(qtbot, page, chooser):
    messages: list[str] = []
    page.status_message.connect(messages.append)
    radar_panel = page.panels[0]
    radar_panel.export_button.save_png()
    radar_panel.export_button.save_svg()
    page.key_panel.export_button.copy()
    assert chooser.asked == [
        "Demoköpings kommun mognadsnivå 2026.png",
        "Demoköpings kommun mognadsnivå 2026.svg",
    ]
    assert sorted(p.name for p in chooser.folder.iterdir()) == sorted(chooser.asked)
    assert any("sparades" in m for m in messages)
    assert messages[-1] == "Diagrammet har kopierats till urklipp."


def test_grid_reflows_between_one_and_two_columns(qtbot, page):
    page.resize(1000, 800)
    qtbot.wait(1)
    assert page.grid.itemAtPosition(1, 0).widget() is page.panels[1]
    page.resize(1600, 900)
    qtbot.wait(1)
    assert page.grid.itemAtPosition(0, 1).widget() is page.panels[1]


def test_presentation_button_opens_full_screen_slides(qtbot, page):
    page.start_presentation()
    presentation = page._presentation
    qtbot.addWidget(presentation)
    assert presentation.year == page.year
    assert presentation.benchmark_year == page.benchmark_year
    presentation.close()


def test_switching_organisation_redraws_in_place_and_draws_hidden_charts_when_scrolled_to(
    qtbot, page, demo_workspace
):
    reference = demo_workspace.reference
    own = page.radar.series_item(S.OWN)
    other = next(o for o in demo_workspace.organisations() if o.group == "C")
    page.set_context(demo_workspace, other)
    latest = max(demo_workspace.years(other.id))
    comparison = demo_workspace.comparison(other.id, latest, page.benchmark_year)
    assert page.radar.series_item(S.OWN) is own  # the same item, new points
    assert page.radar.curve_values(S.OWN) == tuple(row.own_level for row in comparison.rows)
    expected_bars = S.difference_series(comparison, reference)
    assert sorted(page.difference.value_labels()) == sorted(expected_bars.value_texts)
    # The trend sits below the fold at this size: drawn once scrolled to, for the new organisation.
    assert page.trend.has_pending_draw()
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not page.trend.has_pending_draw())
    history = demo_workspace.assessments(other.id)
    assert page.trend.data == S.trend_series(
        history, reference, other.group, None, organisation=other.name
    )
    assert page.trend.title() == page.trend.data.title


def test_a_saved_change_shows_on_the_next_refresh(page, demo_workspace):
    organisation = page.organisation
    draft = demo_workspace.assessment(organisation.id, page.year)
    assert draft is not None and not draft.is_final
    before = page.radar.curve_values(S.OWN)
    area = next(
        a.key for a, level in zip(demo_workspace.reference.areas, before, strict=True) if level == 1
    )
    response = replace(draft.response(area), answer="full", self_level=2, target_level=3)
    demo_workspace.save_assessment(draft.with_response(response))
    page.refresh()
    after = page.radar.curve_values(S.OWN)
    index = [a.key for a in demo_workspace.reference.areas].index(area)
    assert after[index] == 2
    assert after[:index] + after[index + 1 :] == before[:index] + before[index + 1 :]


def _pixels(image) -> bytes:
    image = image.convertToFormat(image.Format.Format_RGB32)
    return bytes(image.constBits())


def test_switches_leave_no_stale_pixels_on_screen(qtbot, page, demo_workspace):
    """Charts repaint only what changed: what is on screen must equal a full fresh render."""
    other = next(o for o in demo_workspace.organisations() if o.group == "C")
    steps = [
        lambda: page.select(benchmark_year=2019),
        lambda: page.select(benchmark_year=2023),
        lambda: page.set_context(demo_workspace, other),
        lambda: page.select(benchmark_year=2019),
        lambda: page.set_context(demo_workspace, demo_workspace.organisations()[0]),
        lambda: page.previous_check.setChecked(True),
        lambda: page.select(year=2024),
    ]
    for step in steps:
        step()
        qtbot.wait(30)
        shown = page.screen().grabWindow(page.winId()).toImage()
        fresh = page.grab().toImage()
        assert shown.size() == fresh.size()
        assert _pixels(shown) == _pixels(fresh)


def test_switching_organisation_redraws_without_laying_the_page_out_again(
    page, qapp, layout_requests
):
    """Heading and key figures change their texts in place (ui.steady_text): a switch costs
    no layout pass over the whole dashboard."""
    from PySide6.QtWidgets import QWidget

    content = page.findChild(QWidget, "DashboardContent")
    first, second = page.workspace.organisations()[:2]
    requests = layout_requests(content)
    for organisation in (second, first, second):  # every text shown once, then back and forth
        page.set_context(page.workspace, organisation)
        for _ in range(3):
            qapp.processEvents()
    requests.count = 0
    for organisation in (first, second, first):
        page.set_context(page.workspace, organisation)
        for _ in range(3):
            qapp.processEvents()
    assert page.heading.text() == first.name
    assert [t.value.text() for t in page.key_figures.tiles if not t.isHidden()]
    assert requests.count == 0


def test_the_charts_below_the_first_screenful_are_built_after_the_first_paint(
    qtbot, demo_workspace, chooser, no_modal_dialogs
):
    page = DashboardPage(path_chooser=chooser)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.set_context(demo_workspace, demo_workspace.organisations()[0])
    slot_heights = [panel.minimumHeight() for panel in page.panels[2:]]
    assert page._trend is None and page._distribution is None  # not yet: only slots
    page.show()
    qtbot.waitUntil(lambda: page._trend is not None, timeout=5000)
    lower = page.panels[2:]
    assert [panel.chart for panel in lower] == [page.trend, page.distribution]
    # the panels take exactly the room their slots held, so nothing on screen moves
    assert [panel.minimumSizeHint().height() for panel in lower] == slot_heights
    qtbot.waitUntil(lambda: not page.trend.has_pending_draw(), timeout=5000)
    assert page.trend.data is not None and page.distribution.data is not None


def test_asking_for_a_lower_chart_builds_it_at_once(qtbot, demo_workspace, chooser):
    page = DashboardPage(path_chooser=chooser)
    qtbot.addWidget(page)
    page.set_context(demo_workspace, demo_workspace.organisations()[0])
    assert page._trend is None
    assert page.trend.data.area_key is None  # built, and drawn with the page's data
    assert page.distribution.data is not None
