"""Presentationsläge: slides from the same series, keyboard navigation, Esc leaves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.workspace import Workspace
from ui.charts.radar import RadarChart
from ui.presentation import PresentationWindow


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    from app.demo import create_demo_store

    workspace = Workspace.open(create_demo_store(tmp_path / "demo.db"))
    yield workspace
    workspace.close()


@pytest.fixture
def window(qtbot, demo_workspace) -> PresentationWindow:
    organisation = demo_workspace.organisations()[0]
    window = PresentationWindow(demo_workspace, organisation, 2023, 2023)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    return window


def test_slides_and_counter(window: PresentationWindow):
    assert window.slide_count == 6
    assert window.counter_text() == "1 / 6"
    assert [s.title for s in window.slides[1:]] == [
        "Mognadsnivå per område 2023",
        "Skillnad mot kommungrupp B 2023",
        "Utveckling över tid – alla områden (medel)",
        "Nyckeltal 2023",
        "Jämförelse med andra kommuner",
    ]
    assert window.isFullScreen()
    assert all(s.source.startswith("Källa: ") for s in window.slides)


def test_slides_use_the_same_series_as_the_dashboard(window, demo_workspace):
    from app.domain import series as S

    organisation = demo_workspace.organisations()[0]
    comparison = demo_workspace.comparison(organisation.id, 2023, 2023)
    radar = window.slides[1].body
    assert isinstance(radar, RadarChart)
    assert radar.chart_style.presentation
    expected = S.radar_series(comparison, demo_workspace.reference)
    assert radar.curve_values(S.OWN) == expected.series_by_key(S.OWN).values


def test_keyboard_navigation(qtbot, window: PresentationWindow):
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_index == 1
    assert window.counter_text() == "2 / 6"
    assert window.title_label.text() == "Mognadsnivå per område 2023"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.counter_text() == "4 / 6"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.current_index == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.counter_text() == "6 / 6"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # stays on the last slide
    assert window.current_index == 5
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.current_index == 0
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_index == 0


def test_escape_leaves(qtbot, window: PresentationWindow):
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_year_without_assessment_shows_a_message(qtbot, demo_workspace):
    organisation = demo_workspace.organisations()[0]
    window = PresentationWindow(demo_workspace, organisation, 2005, 2023)
    qtbot.addWidget(window)
    assert window.slide_count == 1
    assert window.counter_text() == "1 / 1"
