"""Every chart draws its series, describes itself in Swedish and exports PNG, SVG and clipboard."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage

from app.domain import series as S
from ui.charts.difference import DifferenceBars
from ui.charts.distribution import DistributionChart
from ui.charts.export import ExportError, copy_to_clipboard, export_png, export_svg
from ui.charts.export_button import ExportButton
from ui.charts.key_figures import KeyFigures
from ui.charts.radar import RadarChart
from ui.charts.trend import TrendChart

YEAR = 2023


@pytest.fixture
def comparison(demo_workspace, demo_org):
    return demo_workspace.comparison(demo_org.id, YEAR, 2023)


@pytest.fixture
def previous(demo_workspace, demo_org):
    return demo_workspace.comparison(demo_org.id, YEAR - 1, 2023)


def _non_white(image: QImage, step: int = 7) -> int:
    white = QColor("white").rgb()
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixel(x, y) != white
    )


@pytest.fixture
def radar(show_chart, qtbot, demo_workspace, comparison, previous):
    chart = RadarChart()
    chart.set_data(S.radar_series(comparison, demo_workspace.reference, previous=previous))
    return show_chart(chart)


def test_radar_draws_each_series_with_gaps_not_zeros(show_chart, qtbot, demo_workspace, comparison):
    chart = show_chart(RadarChart())
    data = S.radar_series(comparison, demo_workspace.reference, include_self=True)
    chart.set_data(data)
    for series in data.series:
        item = chart.series_item(series.key)
        assert item.isVisible()
        drawn = sum(1 for v in item.yData[:-1] if v == v)  # NaN != NaN marks a gap
        assert drawn == sum(1 for v in series.values if v is not None)
    assert chart.title() == f"Mognadsnivå per område {YEAR}"
    assert "Kontinuitet" in chart.accessibleDescription()
    assert chart.accessibleName() == chart.title()
    assert not chart.grab().isNull()


def test_radar_shows_the_other_benchmark_year_with_the_same_items(
    qtbot, radar, demo_workspace, demo_org
):
    reference = demo_workspace.reference
    before = list(radar.series_item(S.GROUP).yData)
    item = radar.series_item(S.GROUP)
    older = demo_workspace.comparison(demo_org.id, YEAR, 2019)
    radar.set_data(S.radar_series(older, reference))
    assert radar.series_item(S.GROUP) is item  # reused, not re-created
    assert list(item.yData) != before
    expected = tuple(reference.benchmarks.mean("B", 2019, a.key) for a in reference.areas)
    assert radar.curve_values(S.GROUP) == expected
    assert not radar.series_item(S.PREVIOUS).isVisible()


def test_radar_changes_with_the_assessment(qtbot, radar, demo_workspace, demo_org):
    before = radar.curve_values(S.OWN)
    other = demo_workspace.comparison(demo_org.id, 2018, 2023)
    radar.set_data(S.radar_series(other, demo_workspace.reference))
    assert radar.curve_values(S.OWN) != before
    assert radar.title().endswith("2018")


def test_radar_empty_state(show_chart, qtbot):
    chart = show_chart(RadarChart())
    chart.set_data(None, "Ingen bedömning ännu.")
    assert chart.message() == "Ingen bedömning ännu."


def test_trend_difference_distribution_and_key_figures_render(
    show_chart, qtbot, demo_workspace, demo_org, comparison, previous
):
    reference = demo_workspace.reference
    history = demo_workspace.assessments(demo_org.id)
    trend = show_chart(TrendChart())
    trend.set_data(S.trend_series(history, reference, "B"))
    assert trend.value_labels()[0] == "1,11"
    bottom = trend.plot.getAxis("bottom")
    assert [label for _, label in bottom._tickLevels[0]][:2] == ["2017", "2018"]

    bars = show_chart(DifferenceBars())
    diff = S.difference_series(comparison, reference)
    bars.set_data(diff)
    assert sorted(bars.value_labels()) == sorted(diff.value_texts)
    assert all(t[0] in "+\u2212±" for t in bars.value_labels())

    distribution = show_chart(DistributionChart())
    question = reference.profile_questions[0]
    distribution.set_data(S.distribution_series(reference, question.key, "yes", "B"))
    labels = [t.replace("\u00a0", " ") for t in distribution.value_labels()]
    assert "ej redovisat" in labels  # SKR gave no figure: never drawn as 0 %
    assert "72 %" in labels

    tiles = show_chart(KeyFigures(), (1000, 200))
    tiles.set_data(S.key_figures(comparison, previous))
    assert any(text.startswith("Områden på nivå 2:") for text in tiles.figure_texts())
    for chart in (trend, bars, distribution, tiles):
        assert chart.accessibleDescription()
        assert not chart.grab().isNull()


def test_export_png_is_three_times_the_size_and_not_blank(qtbot, radar, tmp_path: Path):
    out = tmp_path / "bilder"
    out.mkdir()
    target = export_png(radar, out / "mognadsnivå.png")
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() == radar.width() * 3
    assert image.height() == radar.height() * 3
    assert _non_white(image) > 500
    assert [p.name for p in out.iterdir()] == ["mognadsnivå.png"]  # no temp file left


def test_export_png_of_key_figures(show_chart, qtbot, comparison, previous, tmp_path: Path):
    tiles = show_chart(KeyFigures(), (900, 220))
    tiles.set_data(S.key_figures(comparison, previous))
    image = QImage(str(export_png(tiles, tmp_path / "nyckeltal.png", scale=2)))
    assert image.width() == tiles.width() * 2
    assert _non_white(image) > 100


def test_export_svg_is_xml_with_swedish_text(qtbot, radar, tmp_path: Path):
    target = export_svg(radar, tmp_path / "mognadsnivå.svg")
    root = ET.parse(target).getroot()
    texts = {"".join(e.itertext()).strip() for e in root.iter() if e.tag.endswith("text")}
    assert "Kontinuitet" in texts
    assert "Upphandling" in texts
    assert radar.title() in texts
    title = next(e for e in root.iter() if e.tag.endswith("title"))
    assert title.text == radar.title()
    assert root.attrib["viewBox"] == f"0 0 {radar.width()} {radar.height()}"


def test_copy_to_clipboard_puts_an_image_there(qtbot, radar):
    copy_to_clipboard(radar)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() >= radar.width()


def test_export_failure_is_a_swedish_error(qtbot, radar, tmp_path: Path):
    with pytest.raises(ExportError) as error:
        export_png(radar, tmp_path / "saknas" / "bild.png")
    assert "finns inte" in error.value.message


def test_export_button_uses_the_injected_path_chooser(qtbot, radar, tmp_path: Path):
    asked = []

    def chooser(parent, caption, suggested, name_filter, chosen):
        asked.append((caption, Path(suggested).name))
        chosen(str(tmp_path / "utan-ändelse"))

    button = ExportButton(radar, lambda: "Demoköpings kommun: mognadsnivå 2023", chooser)
    qtbot.addWidget(button)
    with qtbot.waitSignal(button.exported) as signal:
        button.save_svg()
    assert asked == [("Spara diagrammet som SVG", "Demoköpings kommun mognadsnivå 2023.svg")]
    assert (tmp_path / "utan-ändelse.svg").exists()
    assert "sparades" in signal.args[0]
    with qtbot.waitSignal(button.failed) as failure:
        button._choose = lambda *a: a[-1](str(tmp_path / "saknas" / "x.png"))
        button.save_png()
    assert "finns inte" in failure.args[0]


def test_difference_legend_explains_both_directions_whatever_the_data(
    show_chart, qtbot, demo_workspace, comparison
):
    """The legend describes the encoding, not which bars happen to exist: it reads the same for
    every organisation, and the chart keeps its layout when switching between them."""
    reference = demo_workspace.reference
    data = S.difference_series(comparison, reference)
    bars = show_chart(DifferenceBars())
    ahead = [abs(v) if v is not None else None for v in data.values]
    expected = [
        f"Över medel för {data.benchmark_label}",
        f"Under medel för {data.benchmark_label}",
    ]
    for values in (data.values, ahead):
        bars.set_data(replace(data, values=values))
        assert [entry.label for entry in bars.legend.entries] == expected
