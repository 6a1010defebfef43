"""SteadyLabel: new text that fits causes no relayout; text that needs room gets it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.steady_text import SteadyLabel
from ui.style import STYLESHEET, label


@pytest.fixture
def column(qtbot, layout_requests):
    """A 260 px wide column with a steady one-liner, a steady wrapped text and a QLabel."""
    page = QWidget()
    layout = QVBoxLayout(page)
    page.line = label("Demoköpings kommun", "title", steady=True)
    page.wrapped = SteadyLabel("antal på nivå 2; 0 områden bättre, 1 sämre", wrap=True)
    page.plain = QLabel("Kommungrupp B")
    for widget in (page.line, page.wrapped, page.plain):
        layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(page)
    page.resize(260, 400)
    page.show()
    qtbot.waitExposed(page)
    page.requests = layout_requests(page)
    return page


def _settle(qapp) -> None:
    for _ in range(3):
        qapp.processEvents()


def test_new_text_that_fits_is_shown_without_a_relayout(column, qapp) -> None:
    _settle(qapp)
    column.requests.count = 0
    column.line.setText("Exempelsunda kommun")
    column.wrapped.setText("antal på nivå 2; 3 områden bättre, 0 sämre")
    _settle(qapp)
    assert column.requests.count == 0
    assert column.line.text() == "Exempelsunda kommun"
    assert column.line.accessibleName() == "Exempelsunda kommun"

    column.plain.setText("Kommungrupp C")  # the control: a QLabel always asks for a layout
    _settle(qapp)
    assert column.requests.count == 1


def test_text_that_needs_another_height_or_more_width_is_laid_out(
    column, qapp, layout_requests
) -> None:
    _settle(qapp)
    column.requests.count = 0
    before = column.wrapped.height()
    column.wrapped.setText(" ".join(["områden bättre"] * 12))
    _settle(qapp)
    assert column.requests.count == 1
    assert column.wrapped.height() > before
    assert column.wrapped.height() >= column.wrapped.heightForWidth(column.wrapped.width())

    column.requests.count = 0
    row = QWidget()
    QVBoxLayout(row)
    narrow = SteadyLabel("B", row)
    row.layout().addWidget(narrow)
    row.show()
    _settle(qapp)
    counter = layout_requests(row)
    narrow.setText("Kommungrupp B, Kommungrupp C, Kommungrupp A")
    _settle(qapp)
    assert counter.count == 1
    assert narrow.width() >= narrow.sizeHint().width()
    row.close()


def test_the_stylesheet_role_gives_font_and_colour(column, qapp) -> None:
    column.setStyleSheet(STYLESHEET)  # the app sets it on the QApplication
    reference = label("Demoköpings kommun", "title")
    column.layout().addWidget(reference)
    for widget in (reference, column.line):
        widget.ensurePolished()
    assert column.line.font().pointSizeF() == reference.font().pointSizeF() == 17
    assert column.line.palette().color(column.line.foregroundRole()) == reference.palette().color(
        reference.foregroundRole()
    )


def test_the_text_is_painted(column, qapp) -> None:
    image = column.line.grab().toImage()
    background = image.pixel(0, 0)
    inked = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixel(x, y) != background
    )
    assert inked > 50
    # An empty label keeps a line's height, so a page does not jump when its text arrives.
    assert SteadyLabel("").sizeHint().height() == SteadyLabel("Å").sizeHint().height() > 0


def test_a_wrapped_label_asks_for_no_more_room_than_a_qlabel(qapp) -> None:
    """Minimum one line high and one word wide, as QLabel: otherwise a column of key figures
    demands a taller window than a 1280×800 projector has (the presentation's key figures)."""
    text = "antal på nivå 2; 0 områden bättre, 1 sämre"
    steady = SteadyLabel(text, wrap=True)
    plain = QLabel(text)
    plain.setWordWrap(True)
    assert steady.minimumSizeHint().height() == plain.minimumSizeHint().height()
    assert abs(steady.minimumSizeHint().width() - plain.minimumSizeHint().width()) <= 4
    assert steady.heightForWidth(120) > steady.minimumSizeHint().height()  # wraps when narrow
