"""Chart test fixtures: the demo store's comparisons, built once per test."""

from __future__ import annotations

import pytest

from app.services.workspace import Workspace


@pytest.fixture
def demo_org(demo_workspace: Workspace):
    return next(o for o in demo_workspace.organisations() if o.name == "Demoköpings kommun")


@pytest.fixture
def show_chart(qtbot):
    """Show a chart at a fixed size and wait until it is on the (offscreen) screen."""

    def show(chart, size=(700, 560)):
        qtbot.addWidget(chart)
        chart.resize(*size)
        chart.show()
        qtbot.waitExposed(chart)
        return chart

    return show
