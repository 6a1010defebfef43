"""Presentationsläge: slides from the same series, keyboard navigation, Esc leaves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain import series as S
from ui.charts.base import ChartBase
from ui.charts.radar import RadarChart
from ui.presentation import (
    DESIGN_SIZE,
    FIT_RANGE,
    PresentationWindow,
    choose_screen,
    fit_for,
)
from ui.settings import PRESENTATION_OTHER_SCREEN, PRESENTATION_WINDOW_SCREEN


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


def test_the_slide_scale_follows_the_screen() -> None:
    assert fit_for(*DESIGN_SIZE) == 1.0
    assert fit_for(1024, 768) == 0.8  # the width limits a 4:3 projector
    assert fit_for(1280, 720) == 0.8  # the height limits a 720p one
    assert fit_for(1920, 1080) == 1.2
    assert fit_for(320, 240) == FIT_RANGE[0]
    assert fit_for(7680, 4320) == FIT_RANGE[1]


#: Common projector and laptop resolutions in council rooms.
SCREENS = [(1024, 768), (1280, 720), (1280, 800), (1366, 768), (1920, 1080)]


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_slide_fits_a_full_screen_window(qtbot, demo_workspace, width, height):
    organisation = demo_workspace.organisations()[0]
    window = PresentationWindow(demo_workspace, organisation, 2023, 2023)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.fit == fit_for(width, height)
    for index in range(window.slide_count):
        window.go_to(index)
        needed = window.layout().totalMinimumSize()
        assert needed.width() <= width and needed.height() <= height, index
        body = window.slides[index].body
        if isinstance(body, ChartBase):
            assert body.chart_style.fit == window.fit


def test_a_size_needing_another_scale_rebuilds_the_slides_in_place(qtbot, demo_workspace):
    organisation = demo_workspace.organisations()[0]
    window = PresentationWindow(demo_workspace, organisation, 2023, 2023)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.go_to(1)
    small_radar = window.slides[1].body
    small_title = window.title_label.font().pointSizeF()

    window.resize(1920, 1080)
    assert window.fit == 1.2
    assert window.current_index == 1
    assert window.counter_text() == "2 / 6"
    radar = window.slides[1].body
    assert isinstance(radar, RadarChart) and radar is not small_radar
    assert radar.chart_style.fit == 1.2
    assert radar.curve_values(S.OWN) == small_radar.curve_values(S.OWN)
    assert window.title_label.font().pointSizeF() == pytest.approx(small_title * 1.5, rel=0.02)

    window.resize(1921, 1081)  # the same scale: nothing is rebuilt
    assert window.slides[1].body is radar


def test_the_slides_go_to_another_screen_unless_the_setting_says_otherwise() -> None:
    laptop, projector, third = object(), object(), object()
    screens = [laptop, projector, third]
    assert choose_screen(laptop, screens, PRESENTATION_OTHER_SCREEN) is projector
    assert choose_screen(projector, screens, PRESENTATION_OTHER_SCREEN) is laptop
    assert choose_screen(laptop, [laptop], PRESENTATION_OTHER_SCREEN) is laptop
    assert choose_screen(projector, screens, PRESENTATION_WINDOW_SCREEN) is projector
    assert choose_screen(None, screens, PRESENTATION_OTHER_SCREEN) is None


#: A laptop and a projector side by side, as Qt's offscreen platform can pretend (a fresh
#: process: the screens are fixed when the QApplication starts).
TWO_SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
        {"name": "Projektor", "x": 1440, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96},
    ]
}
TWO_SCREEN_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from app.demo import create_demo_store
from app.services.workspace import Workspace
from ui.presentation import PresentationWindow
from ui.settings import AppSettings

app = QApplication([])
folder = Path(sys.argv[1])
main = QWidget()  # stands in for the main window: it carries the settings
main.settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
main.settings.presentation_screen = sys.argv[2]
main.setGeometry(app.screens()[0].geometry().adjusted(100, 100, -100, -100))
main.show()
workspace = Workspace.open(create_demo_store(folder / "demo.db"))
organisation = workspace.organisations()[0]
slides = PresentationWindow(workspace, organisation, 2023, 2023, parent=main)
slides.start()
for _ in range(5):
    app.processEvents()
print(json.dumps({
    "main": main.screen().name(),
    "slides": slides.screen().name(),
    "geometry": list(slides.geometry().getRect()),
    "fit": slides.fit,
    "full_screen": slides.isFullScreen(),
}))
workspace.close()
"""


@pytest.mark.parametrize(
    ("setting", "screen", "geometry", "fit"),
    [
        (PRESENTATION_OTHER_SCREEN, "Projektor", [1440, 0, 1024, 768], 0.8),
        (PRESENTATION_WINDOW_SCREEN, "Laptop", [0, 0, 1440, 900], 1.0),
    ],
)
def test_with_a_projector_connected_the_slides_fill_the_chosen_screen(
    tmp_path: Path, fresh_python, setting: str, screen: str, geometry: list[int], fit: float
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    output = fresh_python(TWO_SCREEN_PROBE, str(tmp_path), setting, env=env)
    shown = json.loads(output.splitlines()[-1])
    assert shown == {
        "main": "Laptop",
        "slides": screen,
        "geometry": geometry,
        "fit": fit,
        "full_screen": True,
    }
