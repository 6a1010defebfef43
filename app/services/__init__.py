"""Use cases shared by the GUI and the CLI; start with ``app.services.workspace.Workspace.open``.

Kept free of imports so that service modules can import each other without cycles.
"""
