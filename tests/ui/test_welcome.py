"""First run: an empty store shows the welcome page, and choosing a municipality creates it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs import organisation as organisation_dialogs
from ui.dialogs.organisation import OrganisationRequest


def test_empty_store_shows_the_welcome_page(make_window, workspace):
    window = make_window(workspace)
    assert window.stack.currentWidget() is window.welcome
    assert window.organisation is None
    assert not window.nav_model.flags(window.nav_model.index(0)) & Qt.ItemFlag.ItemIsEnabled
    assert window.welcome.search is not None
    assert window.welcome.search.model.rowCount() == 290


def test_typing_falu_and_choosing_falun_creates_it_in_group_c(make_window, workspace, qtbot):
    window = make_window(workspace)
    search = window.welcome.search
    qtbot.keyClicks(search.field, "falu")
    first = search.model.index(0, 0).data()
    assert first == "Falun (Dalarnas län) – kommungrupp C"
    assert search.selected().name == "Falun"
    assert window.welcome.choose_button.isEnabled()
    assert window.welcome.choose_button.text() == "Välj Falun"

    qtbot.mouseClick(window.welcome.choose_button, Qt.MouseButton.LeftButton)

    organisations = workspace.organisations()
    assert [(o.name, o.group, o.municipality) for o in organisations] == [("Falun", "C", "Falun")]
    assert window.organisation is not None and window.organisation.name == "Falun"
    assert window.stack.currentWidget() is not window.welcome
    assert window.org_combo.currentText() == "Falun"
    assert window.org_group.text() == "Kommungrupp C"


def test_search_is_diacritic_tolerant_and_enter_chooses(make_window, workspace, qtbot):
    window = make_window(workspace)
    search = window.welcome.search
    qtbot.keyClicks(search.field, "goteborg")
    assert search.model.index(0, 0).data() == "Göteborg (Västra Götalands län) – kommungrupp A"
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert window.organisation.name == "Göteborg"
    assert window.organisation.group == "A"


def test_arrow_keys_move_from_search_field_into_the_list(make_window, workspace, qtbot):
    window = make_window(workspace)
    search = window.welcome.search
    qtbot.keyClicks(search.field, "sala")
    names = [search.model.index(r, 0).data() for r in range(search.model.rowCount())]
    assert len(names) >= 1
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    expected = min(1, len(names) - 1)
    assert search.view.currentIndex().row() == expected


def test_other_organisation_uses_the_chosen_group(make_window, workspace, monkeypatch):
    monkeypatch.setattr(
        organisation_dialogs,
        "ask_custom_organisation",
        lambda parent: OrganisationRequest("Räddningstjänsten Dala Mitt", "B"),
    )
    window = make_window(workspace)
    window.welcome.custom_button.click()
    assert window.organisation.name == "Räddningstjänsten Dala Mitt"
    assert window.organisation.group == "B"
    assert window.organisation.municipality is None


def test_duplicate_municipality_is_reported_on_the_page(make_window, workspace, falun, qtbot):
    window = make_window(workspace)
    assert window.organisation.name == "Falun"
    # The welcome page is not shown once there is an organisation; adding again via the page
    # still reports the workspace's Swedish message instead of raising.
    window.welcome.set_context(workspace, None)
    window.welcome._create(OrganisationRequest("Falun"))
    assert "finns redan" in window.welcome.error.text()
    assert not window.welcome.error.isHidden()


def test_add_organisation_from_the_switcher(make_window, workspace, falun, monkeypatch):
    monkeypatch.setattr(
        organisation_dialogs,
        "ask_new_organisation",
        lambda parent, reference: OrganisationRequest("Borlänge"),
    )
    window = make_window(workspace)
    add_row = window.org_combo.findData("__add__")
    assert window.org_combo.itemText(add_row) == "Lägg till organisation…"
    window.org_combo.activated.emit(add_row)
    assert window.organisation.name == "Borlänge"
    assert window.org_combo.currentText() == "Borlänge"
    assert sorted(o.name for o in workspace.organisations()) == ["Borlänge", "Falun"]
