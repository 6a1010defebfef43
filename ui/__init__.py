"""Lägesbild's PySide6 desktop interface. Calls app.services; never touches SQL."""
