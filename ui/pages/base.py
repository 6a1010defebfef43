"""The contract every main-window page fulfils, so the window can switch, refresh and guard them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.domain.model import Organisation
    from app.services.workspace import Workspace


class Page(QWidget):
    """A page shown in the main window's stack.

    The window calls ``set_context`` whenever the store or the selected organisation changes and
    ``refresh`` when the page becomes visible. Pages with editable state override
    ``has_unsaved_changes``/``save_changes``/``discard_changes`` so the window can guard a switch
    of page, organisation or store, and the close of the window.
    """

    #: Emitted when the page changed data others show (e.g. an assessment was saved).
    data_changed = Signal()
    #: A short message for the status bar.
    status_message = Signal(str)

    title: str = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.organisation: Organisation | None = None

    def set_context(
        self,
        workspace: Workspace | None,
        organisation: Organisation | None,
        *,
        refresh: bool = True,
    ) -> None:
        """Show ``organisation`` of ``workspace``; with ``refresh=False`` the page only takes
        the context and reloads when the window next shows it."""
        self.workspace = workspace
        self.organisation = organisation
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the workspace."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits; False when saving failed (the page has told the user why)."""
        return True

    def discard_changes(self) -> None:
        """Forget pending edits."""
