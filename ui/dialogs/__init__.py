"""Dialogs. Modal questions go through ``ui.dialogs.messages`` so tests can replace them."""
