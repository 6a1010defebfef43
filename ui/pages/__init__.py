"""The main window's pages: one module per page, each a Page subclass."""
