"""The pages and dialogs beyond the main window follow the interface language.

The English catalogue is compiled into a temporary folder by the build script and installed only
for the tests that ask for it (``english`` removes it again), so every other test sees Swedish.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("qm")
    assert [p.name for p in module.build_translations(I18N, out)] == ["lagesbild_en.qm"]
    return out


@pytest.fixture
def english(qapp, compiled):
    translator = i18n.install_translator(qapp, "en", compiled)
    assert translator is not None and not translator.isEmpty()
    yield qapp
    i18n.remove_translators(qapp)


@pytest.fixture
def swedish(qapp):
    i18n.remove_translators(qapp)
    return qapp


def _headers(model) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


# Bedömningar --------------------------------------------------------------------------------


def _assessments_page(qtbot, settings, workspace, organisation):
    from ui.pages.assessments import AssessmentsPage

    page = AssessmentsPage(settings)
    qtbot.addWidget(page)
    page.set_context(workspace, organisation)
    return page


def test_assessments_page_is_english(english, qtbot, settings, workspace, falun):
    page = _assessments_page(qtbot, settings, workspace, falun)
    assert page.accessibleName() == "Assessments"
    assert page.new_button.text() == "New assessment"
    assert page.delete_button.text() == "Delete draft…"
    assert page.empty_title.text() == "No assessment yet"
    assert page.empty_text.text().startswith("There is no assessment for Falun yet.")
    assert page.carry_hint.text() == "Starts with an empty form."
    assert _headers(page.model) == ["Year", "Status", "Date", "Assessed by", "Level 2"]

    page.new_button.click()
    editor = page.editor
    assert editor.save_button.text() == "Save"
    assert editor.finalise_button.text() == "Finalise…"
    assert editor.revert_button.text() == "Undo changes"
    assert editor.reopen_button.text() == "Reopen for changes…"
    assert editor.heading.text() == f"Assessment {date.today().year}"
    assert editor.status.text() == "New – not saved yet"
    assert editor.summary.text().startswith("SKR-comparable level 2 in 0 of 9 areas")
    area = editor.areas[0]
    assert area.answer.itemText(0) == "Not answered"
    assert area.self_level.itemText(0) == "Not set"
    assert area.skr_level.text() == "SKR-comparable level: –"
    assert area.comment.placeholderText() == "What is the situation today? What is missing?"
    assert area.level_info.text().startswith("<b>Self-assessed level:</b> not set. Level 2 is")
    assert editor.profile.combos and all(
        combo.itemText(0) == "Not set" for combo in editor.profile.combos.values()
    )

    messages = []
    page.status_message.connect(messages.append)
    assert page.save_changes()
    assert messages[-1] == f"The assessment for {date.today().year} is saved."
    assert page.model.index(0, 1).data() == "Draft"
    assert page.model.index(0, 4).data() == "0 of 9"


def test_assessments_page_stays_swedish_without_the_catalogue(
    swedish, qtbot, settings, workspace, falun
):
    page = _assessments_page(qtbot, settings, workspace, falun)
    assert page.new_button.text() == "Ny bedömning"
    assert _headers(page.model) == ["År", "Status", "Datum", "Bedömd av", "Nivå 2"]
    page.new_button.click()
    assert page.editor.finalise_button.text() == "Fastställ…"
    assert page.editor.areas[0].self_level.itemText(0) == "Inte angiven"
